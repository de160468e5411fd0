#!/usr/bin/python3
"""Held-out part 65 of the redaction corpus (heldout65.jsonl).

Written blind by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 63 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: parts 21, 22 and 32 on
named employees and accountants, company and VAT ids, PAYE references, tax
codes, the Steuernummer and the Steuer-ID, sole traders' personal tax ids,
company IBANs and cards for wages; parts 37 and 38 on client contacts and
company ids), lines 1-100 of gen_heldout33.py (header, imports) and its
function `pv_check`, and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (run only through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file
other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
12:39:41 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the header and the CLI
layout (rewrite / --check / --stats) imitate part 33's.

Theme: ACCOUNTANTS, TAX PREPARERS AND PAYROLL BUREAUS. What bookkeepers,
tax preparers, accountancy-practice staff, payroll-bureau operators and
their IT support paste into an assistant, from 20 countries in 19
languages: client onboarding forms with identity checks, tax-return
worksheets, payslips and payroll runs, family tax-credit forms with
dependants, invoices and supplier remittances, client card payments typed
into chats, engagement letters, letters to and from tax authorities, chats
with clients and employees, directors' details for company filings,
practice-software exports (JSON, CSV) and payroll-system .env files; and
clean practice notices, fee schedules, payroll-engine logs, payment UAT
notes and tax-year checklists. Hard negatives of the theme everywhere:
company registration and VAT numbers, tax-office references, tax codes,
invoice, employee and account codes, amounts, tax years and dates, the
practices', tax offices' and client firms' own addresses, switchboards,
websites and role mailboxes, published guidance citations, device serials,
private and documentation IPs, test cards, and names as words (firms,
buildings and reliefs named after people).

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
650613, shuffle seed 650614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout65.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout65.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout65.py --stats   # counts
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
                       luhn_complete, iban_make, iban_mod97, IBAN_SPEC, IBAN_LEN,
                       bban_random, iban_random, group, ssn_random, ssn_valid,
                       itin_random, nino_random, NINO_BAD_PREFIX, steuerid_random,
                       steuerid_ok, nir_random, nir_ok, dni_random, DNI_LETTERS,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, pan_random, cpf_random, cpf_ok, card_random,
                       card_grouping, split_groups, MONTHS, PLANS, secret_random,
                       digits, nz)

SEED = 650613
SHUFFLE_SEED = 650614
OUT = os.path.join(HERE, "heldout65.jsonl")
PREFIX = "heldout-bm-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== ids written for this part
# IBAN registry entries corpuslib does not carry (SWIFT registry).
IBAN_EXTRA = {"EG": "4n4n17n", "IL": "3n3n13n"}


def iban_len(country):
    if country in IBAN_LEN:
        return IBAN_LEN[country]
    return 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_EXTRA[country]))


def iban_any(R, country):
    if country in IBAN_SPEC:
        return iban_random(R, country)
    bban = "".join(R.choice(string.digits) for _ in range(iban_len(country) - 4))
    return iban_make(country, bban)


def iban_ok(s):
    c = s.replace(" ", "").replace("\u00a0", "").upper()
    return (c[:2] in IBAN_LEN or c[:2] in IBAN_EXTRA) and len(c) == iban_len(c[:2]) and iban_mod97(c) == 1


def utr_check(d9):
    """UK Unique Taxpayer Reference: the leading check digit over the other
    nine (weights 6,7,8,9,10,5,4,3,2, mod 11, table 21987654321)."""
    return "21987654321"[sum(int(c) * w for c, w in zip(d9, (6, 7, 8, 9, 10, 5, 4, 3, 2))) % 11]


def utr_random(R):
    d9 = nz(R, 9)
    return utr_check(d9) + d9


def utr_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] == utr_check(s[1:])


def svnr_ok(s):
    """German Rentenversicherungsnummer: area 2, ddmmyy, surname initial,
    serial 2, check digit (letter as its 2-digit alphabet position, weights
    2,1,2,5,7,1,2,1,2,1,2,1, cross sums, mod 10)."""
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", s):
        return False
    d = s[:8] + "%02d" % (ord(s[8]) - 64) + s[9:11]
    t = 0
    for c, w in zip(d, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)):
        p = int(c) * w
        t += p // 10 + p % 10
    return str(t % 10) == s[11]


def svnr_make(R, dob, family):
    area = R.choice(["12", "13", "15", "18", "23", "28", "42", "53", "65"])
    initial = unicodedata.normalize("NFKD", family)[0].upper()
    body = area + dob.strftime("%d%m%y") + initial + "%02d" % R.choice([R.randint(0, 49), R.randint(50, 99)])
    for c in "0123456789":
        if svnr_ok(body + c):
            return body + c
    raise AssertionError(body)


def nuss_make(R):
    """Spanish Seguridad Social number: province 2, number 8, control
    (province and number read as one integer) mod 97."""
    prov = "%02d" % R.choice([3, 8, 9, 10, 23, 28, 41, 44, 46, 47])
    num = "%08d" % R.randint(1000000, 99999999)
    return prov + num + "%02d" % (int(prov + num) % 97)


def nuss_ok(s):
    return len(s) == 12 and s.isdigit() and int(s[:10]) % 97 == int(s[10:])


def pis_make(R):
    """Brazilian PIS/PASEP/NIS: weights 3,2,9,8,7,6,5,4,3,2; 11 - sum mod 11
    (10 and 11 give 0)."""
    d10 = "1" + digits(R, 9)
    c = 11 - sum(int(a) * w for a, w in zip(d10, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))) % 11
    return d10 + str(0 if c >= 10 else c)


def pis_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    c = 11 - sum(int(a) * w for a, w in zip(s[:10], (3, 2, 9, 8, 7, 6, 5, 4, 3, 2))) % 11
    return s[10] == str(0 if c >= 10 else c)


def pesel_make(R, dob, female):
    mm = dob.month + {18: 80, 19: 0, 20: 20}[dob.year // 100]
    body = "%02d%02d%02d" % (dob.year % 100, mm, dob.day) + digits(R, 3) + str(R.choice("02468" if female else "13579"))
    c = (10 - sum(int(a) * w for a, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    return (10 - sum(int(a) * w for a, w in zip(s, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10 == int(s[10])


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t > 101:
        t %= 101
    return "00" if t in (100, 101) else "%02d" % t


def snils_make(R):
    d9 = "%09d" % R.randint(1001999, 999999999)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def inn12_make(R):
    """Russian personal ИНН (12 digits, two mod-11 check digits)."""
    b = R.choice(["77", "50", "69", "40", "35", "44", "60", "68"]) + "%02d" % R.randint(1, 50) + digits(R, 6)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(a) * w for a, w in zip(b, w1)) % 11 % 10
    b += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return b + str(sum(int(a) * w for a, w in zip(b, w2)) % 11 % 10)


def inn12_ok(s):
    if len(s) != 12 or not s.isdigit():
        return False
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return (sum(int(a) * w for a, w in zip(s[:10], w1)) % 11 % 10 == int(s[10]) and
            sum(int(a) * w for a, w in zip(s[:11], w2)) % 11 % 10 == int(s[11]))


def afm_ok(s):
    """Greek ΑΦΜ: 9 digits, sum of d_i * 2^(8-i) over the first 8, mod 11 mod 10."""
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(s[:8])) % 11 % 10 == int(s[8])


def afm_make(R):
    while True:
        b = R.choice("01") + digits(R, 7)
        s = b + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b)) % 11 % 10)
        if afm_ok(s) and s[:8] != "00000000":
            return s


def amka_make(R, dob):
    body = dob.strftime("%d%m%y") + digits(R, 4)
    return luhn_complete(body)


def amka_ok(s, dob=None):
    return len(s) == 11 and s.isdigit() and luhn_ok(s)


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
    return (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def tz_ok(s):
    """Israeli Teudat Zehut: 9 digits, weights 1,2 alternating, cross sums, mod 10."""
    if len(s) != 9 or not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(s):
        p = int(c) * (1 + i % 2)
        t += p // 10 + p % 10
    return t % 10 == 0


def tz_make(R):
    while True:
        b = R.choice("0123") + digits(R, 7)
        for c in "0123456789":
            if tz_ok(b + c):
                return b + c


EG_GOVS = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35"]


def egid_make(R, dob, female):
    """Egyptian national id by its structure: century (2 = 1900s, 3 =
    2000s), yymmdd, governorate, 3-digit serial, sex digit (odd male), one
    check digit (its algorithm is unpublished; checked by structure only)."""
    cen = "2" if dob.year < 2000 else "3"
    return cen + dob.strftime("%y%m%d") + R.choice(EG_GOVS) + digits(R, 3) + R.choice("02468" if female else "13579") + digits(R, 1)


def egid_ok(s):
    if not re.fullmatch(r"[23]\d{13}", s):
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return s[7:9] in EG_GOVS


def thid_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thid_make(R):
    d12 = R.choice("1358") + digits(R, 11)
    return d12 + thid_check(d12)


def thid_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and thid_check(d[:12]) == d[12]


def thid_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def cnid_check(d17):
    t = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(d17))
    return "10X98765432"[t % 11]


def cnid_make(R, dob, female):
    area = R.choice(["330402", "321003", "340202", "430203", "350503", "370705"])
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    d17 = area + dob.strftime("%Y%m%d") + seq
    return d17 + cnid_check(d17)


def cnid_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_check(s[:17]) == s[17]


def mynumber_check(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    d11 = nz(R, 11)
    return d11 + mynumber_check(d11)


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check(d[:11]) == d[11]


def rrn_make(R, dob, female):
    s7 = {(19, False): "1", (19, True): "2", (20, False): "3", (20, True): "4"}[(dob.year // 100, female)]
    body = dob.strftime("%y%m%d") + s7 + digits(R, 5)
    c = (11 - sum(int(a) * w for a, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def rrn_ok(s):
    d = s.replace("-", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return (11 - sum(int(a) * w for a, w in zip(d, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10 == int(d[12])


VN_PROV = ["001", "019", "038", "040", "066", "091", "060", "020", "079", "092", "096", "094"]


def cccd_make(R, dob, female):
    """Vietnamese CCCD by its structure: province 3, sex/century digit
    (0/1 for 1900s, 2/3 for 2000s), yy, six digits."""
    cs = {(19, False): "0", (19, True): "1", (20, False): "2", (20, True): "3"}[(dob.year // 100, female)]
    return R.choice(VN_PROV) + cs + dob.strftime("%y") + digits(R, 6)


def cccd_ok(s):
    return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in VN_PROV and s[3] in "0123"


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = map(int, m.groups())
    return ssn_valid(a, g, n) or (a >= 900 and (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99))


def nino_ok(s):
    c = s.replace(" ", "")
    return (bool(re.fullmatch(r"[ABCEGHJKLMNOPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ]\d{6}[A-D]", c))
            and c[:2] not in NINO_BAD_PREFIX)


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))


PASSPORT_RE = {
    "US": r"\d{9}", "GB": r"\d{9}", "DE": r"C[CFGHJKLMNPRTVWXYZ0-9]{8}", "FR": r"\d\d[A-Z]{2}\d{5}",
    "ES": r"[A-Z]{3}\d{6}", "IT": r"[A-Z]{2}\d{7}", "NL": r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d",
    "BR": r"[A-Z]{2}\d{6}", "PL": r"[A-Z]{2}\d{7}", "RU": r"\d\d \d{7}", "GR": r"[A-Z]{2}\d{7}",
    "TR": r"U\d{8}", "IL": r"\d{8}", "EG": r"A\d{8}", "IN": r"[A-Z]\d{7}", "TH": r"[A-Z]{2}\d{7}",
    "CN": r"E[A-Z0-9]\d{7}", "JP": r"T[A-Z]\d{7}", "KR": r"M\d{3}[A-Z]\d{4}", "VN": r"[A-Z]\d{7}",
}


def passport_make(R, loc):
    U = string.ascii_uppercase
    f = {
        "US": lambda: nz(R, 9), "GB": lambda: R.choice("12356") + digits(R, 8),
        "DE": lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: digits(R, 2) + R.choice(U) + R.choice(U) + digits(R, 5),
        "ES": lambda: R.choice(["PAA", "PAB", "PAC", "XDA", "XDB"]) + digits(R, 6),
        "IT": lambda: R.choice(["YA", "YB", "YC", "AA"]) + digits(R, 7),
        "NL": lambda: R.choice(["NS", "NT", "NW", "BR"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(R, 1),
        "BR": lambda: R.choice(["FX", "FZ", "GA", "GB"]) + digits(R, 6),
        "PL": lambda: R.choice(["EA", "EB", "EF", "EJ"]) + digits(R, 7),
        "RU": lambda: R.choice(["72", "75", "76", "65"]) + " " + nz(R, 7),
        "GR": lambda: R.choice(["AK", "AN", "AT", "AZ"]) + digits(R, 7),
        "TR": lambda: "U" + nz(R, 8), "IL": lambda: R.choice("23") + digits(R, 7),
        "EG": lambda: "A" + nz(R, 8), "IN": lambda: R.choice("JKLMNPRSTUVWZ") + nz(R, 7),
        "TH": lambda: R.choice(["AA", "AB", "AC"]) + nz(R, 7), "CN": lambda: "E" + R.choice("ABCDEFGH") + nz(R, 7),
        "JP": lambda: "T" + R.choice("KRSZ") + nz(R, 7), "KR": lambda: "M" + digits(R, 3) + R.choice(U) + digits(R, 4),
        "VN": lambda: R.choice("BCN") + nz(R, 7),
    }[loc]
    p = f()
    assert re.fullmatch(PASSPORT_RE[loc], p), (loc, p)
    return p


def passport_ok(s, loc):
    return bool(re.fullmatch(PASSPORT_RE[loc], s))
# ====================================================================== names
# Hand-written for this part. Each locale: male given, female given, family.
# "native|roman" where the script is not Latin (roman forms only for e-mail
# local parts); family "male/female|roman_m/roman_f" where the language has
# female surname forms.
NAMES = {
    "US": ("Delbert Osgood Grover Emmitt Harlan Merritt Orval Ansel",
           "Dorinda Leora Maybelle Odessa Verna Lavonne Annabeth Delphine",
           "Ledbetter Coldiron Fulgham Hembree Kinsler Spurlock Pettaway Roebuck Scarbrough Tidwell Yocum Weatherford"),
    "GB": ("Ambrose Bartholomew Fergus Digby Piers Gervase Evander Jocelin",
           "Araminta Davina Sabina Georgiana Henrietta Saffron Verity Winifred",
           "Bagshawe Bramall Crabtree Tottle Wragge Oldroyd Haslam Marchbanks Wolstenholme Sidebottom Thackray Woolnough"),
    "DE": ("Berthold Folkert Hartmut Siegbert Ingolf Volkmar Arbogast Gotthelf",
           "Erdmute Brunhild Gudrun Gertraud Hildegund Ottilie Waltraud Utta",
           "Dörfler Eisenhut Achterberg Gräfenstein Hinterberger Bollwahn Lindemeyer Dreesbach Eichelkraut Schimmelpfennig Fettweis Obermaier"),
    "FR": ("Anatole Barthélemy Eudes Firmin Gonzague Lucien Séverin Théophile",
           "Eugénie Bérénice Mahaut Ghislaine Adélaïde Marcelline Roseline Violaine",
           "Aubertin Beaulieu Chassagne Desrosiers Fontanel Grosjean Bourdarias Pouzet Rouvière Tessier Vaucher Montagnac"),
    "ES": ("Anselmo Baldomero Ceferino Eusebio Fulgencio Nicanor Saturnino Teodoro",
           "Dorotea Hortensia Sinforosa Eleuteria Rosenda Florentina Teodosia Eulogia",
           "Alcántara Barragán Arellano Carrasquilla Escudero Garrido Lozano Manzanares Olmedo Bejarano Hinojosa Madariaga Valdivieso Zamorano"),
    "IT": ("Aurelio Ercole Gaspare Liborio Dionigi Eliseo Sabino Tiberio",
           "Assunta Concetta Carmela Gelsomina Loredana Nunzia Immacolata Ornella",
           "Abbiati Carbonaro Mangiafico Lanzafame Maccarrone Pellicano Rapisarda Sciacca Incorvaia Vitiello Zappalà Bonanomi"),
    "NL": ("Aart Durk Hidde Jelte Lieuwe Maarten Sjoerd Wouter",
           "Aaltje Dieuwertje Femke Geertruida Hendrika Jantina Marrit Jitske",
           "van_Brakel Dijkgraaf Hoogendoorn van_Kampen Hazelhoff Meulenbelt Nijboer Oosterhuis van_Wijchen Veldkamp Zwartjes Brinkhuis"),
    "BR": ("Agenor Clodoaldo Darci Cleomar Elizeu Irineu Josué Osmar",
           "Cleide Dalva Edileusa Gercina Iraci Lindalva Rosimeire Zenaide",
           "Brasileiro Bastos Cavalcanti Gondim Tenreiro Mourão Pontes Escobar Peixoto Queiroz Cajueiro Carvalhal"),
    "PL": ("Bogumił Czesław Dobromir Euzebiusz Hieronim Lechosław Radosław Zdzisław",
           "Bronisława Dobrosława Halina Jadwiga Leokadia Stanisława Teodozja Wiesława",
           "Bednarczyk Jastrzębski/Jastrzębska Dąbrowski/Dąbrowska Grzybowski/Grzybowska Kaczmarek Lisiecki/Lisiecka "
           "Malinowski/Malinowska Pawlak Sobczak Kołodziejski/Kołodziejska Zalewski/Zalewska Szczepański/Szczepańska"),
    "RU": ("Евграф|Evgraf Гордей|Gordey Савелий|Saveliy Трофим|Trofim Фрол|Frol Филимон|Filimon Никодим|Nikodim Потап|Potap",
           "Агриппина|Agrippina Василиса|Vasilisa Евдокия|Yevdokiya Капитолина|Kapitolina Пелагея|Pelageya Серафима|Serafima Ульяна|Ulyana Фёкла|Fyokla",
           "Белозёров/Белозёрова|Belozyorov/Belozyorova Воскобойников/Воскобойникова|Voskoboynikov/Voskoboynikova "
           "Гребенщиков/Гребенщикова|Grebenshchikov/Grebenshchikova Дементьев/Дементьева|Dementyev/Dementyeva "
           "Журавлёв/Журавлёва|Zhuravlyov/Zhuravlyova Овчинников/Овчинникова|Ovchinnikov/Ovchinnikova "
           "Лапшин/Лапшина|Lapshin/Lapshina Мухин/Мухина|Mukhin/Mukhina Рукавишников/Рукавишникова|Rukavishnikov/Rukavishnikova "
           "Сыромятников/Сыромятникова|Syromyatnikov/Syromyatnikova Чеботарёв/Чеботарёва|Chebotaryov/Chebotaryova "
           "Шелепов/Шелепова|Shelepov/Shelepova"),
    "GR": ("Αριστείδης|Aristeidis Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Παντελής|Pantelis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ιάκωβος|Iakovos",
           "Πηνελόπη|Pinelopi Βασιλική|Vasiliki Ευανθία|Evanthia Θεοδώρα|Theodora Καλλιόπη|Kalliopi Ουρανία|Ourania Σταματία|Stamatia Χρυσούλα|Chrysoula",
           "Αναγνωστόπουλος/Αναγνωστοπούλου|Anagnostopoulos/Anagnostopoulou Βλαχάκης/Βλαχάκη|Vlachakis/Vlachaki "
           "Γεωργιάδης/Γεωργιάδου|Georgiadis/Georgiadou Δημητρακόπουλος/Δημητρακοπούλου|Dimitrakopoulos/Dimitrakopoulou "
           "Κουτσούκος/Κουτσούκου|Koutsoukos/Koutsoukou Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou "
           "Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Ξενάκης/Ξενάκη|Xenakis/Xenaki Καλογεράκης/Καλογεράκη|Kalogerakis/Kalogeraki "
           "Σιδηρόπουλος/Σιδηροπούλου|Sidiropoulos/Sidiropoulou Τσακίρης/Τσακίρη|Tsakiris/Tsakiri Φωτιάδης/Φωτιάδου|Fotiadis/Fotiadou"),
    "TR": ("Bülent Cengiz Durmuş Ferhat İlhami Kemalettin Şükrü Tahsin",
           "Cemile Dürdane Feride Gülsüm Hacer Nurten Şerife Mukaddes",
           "Akçay Bozkurt Çelikkol Demirtaş Eroğlu Gündoğdu Karabulut Çakıroğlu Sarıkaya Topçuoğlu Yavuzer Tekinalp"),
    "IL": ("אביגדור|Avigdor בנציון|Bentzion גדליה|Gedalia זבולון|Zevulun חנוך|Hanoch מרדכי|Mordechai צפניה|Tzefanya יחזקאל|Yehezkel",
           "אסתר|Ester בתיה|Batya חמדה|Hemda אלישבע|Elisheva שולמית|Shulamit יוכבד|Yocheved תרצה|Tirtza אביטל|Avital",
           "אוחנה|Ohana בירנבאום|Birnbaum גולדשטיין|Goldstein הורוביץ|Horowitz ויסמן|Weissman זילברמן|Silberman "
           "טננבאום|Tenenbaum כהנוביץ|Kahanovich לנדאו|Landau פרלמוטר|Perlmutter נחמיאס|Nahmias רוזנטל|Rosenthal"),
    "EG": ("إبراهيم|Ibrahim حسام|Hossam طارق|Tarek عصام|Essam مصطفى|Mostafa ياسر|Yasser وليد|Walid أيمن|Ayman",
           "عفاف|Afaf رانيا|Rania سهير|Soheir شيماء|Shaimaa نجلاء|Naglaa نرمين|Nermine إيناس|Enas منال|Manal",
           "البرلسي|Elborollosy الخولي|Elkholy القصبي|Elkasaby البلقاسي|Elbelkasy السباعي|Elsebaei الصاوي|Elsawy "
           "الحفناوي|Elhefnawy الزرقاني|Elzorkany الفقي|Elfeky المراغي|Elmaraghy الأبياري|Elabyary الرفاعي|Elrefaey"),
    "IN": ("अभिनव|Abhinav गिरीश|Girish जतिन|Jatin दिवाकर|Diwakar प्रणव|Pranav मनोहर|Manohar शशांक|Shashank हेमंत|Hemant",
           "अनुराधा|Anuradha ऋतिका|Ritika कामिनी|Kamini गौरी|Gauri दीपशिखा|Deepshikha पद्मजा|Padmaja मालविका|Malavika सुलोचना|Sulochana",
           "अग्निहोत्री|Agnihotri खुराना|Khurana गोयनका|Goenka चौहान|Chauhan भरद्वाज|Bhardwaj कश्यप|Kashyap नागपाल|Nagpal "
           "लूथरा|Luthra सहगल|Sehgal राठौर|Rathore दुग्गल|Duggal वाधवा|Wadhwa"),
    "TH": ("ธนากร|Thanakorn ปิยะพงษ์|Piyapong วรวุฒิ|Worawut สุรเชษฐ์|Surachet อนุชา|Anucha กิตติศักดิ์|Kittisak ชัยวัฒน์|Chaiwat ณรงค์ฤทธิ์|Narongrit",
           "กัลยา|Kanlaya จันทร์เพ็ญ|Janpen นภาพร|Napaporn พรทิพย์|Pornthip รัตนาภรณ์|Rattanaporn วิไลวรรณ|Wilaiwan สุนิสา|Sunisa อรอุมา|Onuma",
           "ศิริมงคล|Sirimongkol จันทร์หอม|Janhom ทองคำดี|Thongkhamdee บุญประเสริฐ|Boonprasert พรหมวงศ์|Phromwong ศรีสุข|Srisuk "
           "สมบูรณ์ชัย|Somboonchai อินทรสุวรรณ|Intarasuwan เรืองศรี|Ruangsri วงศ์สวัสดิ์|Wongsawat ปัญญาดี|Panyadee ชาญชัย|Chanchai"),
    "CN": ("浩宇|Haoyu 俊杰|Junjie 明轩|Mingxuan 子墨|Zimo 天佑|Tianyou 嘉豪|Jiahao 梓睿|Zirui 博涛|Botao",
           "诗涵|Shihan 雨桐|Yutong 梦琪|Mengqi 思彤|Sitong 佳怡|Jiayi 瑾萱|Jinxuan 欣妍|Xinyan 紫萱|Zixuan",
           "郑|Zheng 冯|Feng 柯|Ke 裴|Pei 彭|Peng 蒋|Jiang 濮|Pu 唐|Tang 邓|Deng 萧|Xiao 祁|Qi 邝|Kuang"),
    "JP": ("大翔|Hiroto 悠真|Yuma 颯太|Sota 陽翔|Haruto 湊斗|Minato 健吾|Kengo 拓海|Takumi 慎之介|Shinnosuke",
           "美咲|Misaki 陽菜|Hina 桃花|Momoka 凛花|Rinka 菜々子|Nanako 侑李|Yuri 彩寧|Ayane 環奈|Kanna",
           "五十嵐|Igarashi 小野寺|Onodera 鬼塚|Onizuka 本間|Honma 松永|Matsunaga 杉浦|Sugiura 野々村|Nonomura 菅原|Sugawara "
           "竹内|Takeuchi 大塚|Otsuka 百瀬|Momose 藤原|Fujiwara"),
    "KR": ("도윤|Doyun 시우|Siu 하준|Hajun 은호|Eunho 건우|Geonu 태민|Taemin 준서|Junseo 승훈|Seunghun",
           "서연|Seoyeon 하은|Haeun 예담|Yedam 채원|Chaewon 예린|Yerin 수아|Sua 다인|Dain 윤서|Yunseo",
           "허|Hur 변|Byun 채|Chae 임|Lim 은|Eun 반|Bahn 금|Keum 예|Yeh 라|Ra 탁|Tahk"),
    "VN": ("Bính_Thọ Lãng_Vịnh Thiết_Cừ Hoàn_Sính Giản_Phác Diệm_Vọng Hách_Lân Hoà_Kỷ",
           "Thuý_Khuyên Mỵ_Khê Bông_Đài Đan_Thi Ngoan_Hoè Nết_Tơ Út_Nhị Trầm_Tranh",
           "Chế Khiếu Nhữ Đèo Bồ Nguỵ Hàm Sử Nghê Bàng Đậu Địch"),
}
# Russian patronymics (male/female|roman) for ФИО fields.
RU_PATRONYMICS = ["Лукьянович/Лукьяновна|Lukyanovich/Lukyanovna", "Никанорович/Никаноровна|Nikanorovich/Nikanorovna",
                  "Спиридонович/Спиридоновна|Spiridonovich/Spiridonovna", "Тимофеевич/Тимофеевна|Timofeyevich/Timofeyevna",
                  "Елисеевич/Елисеевна|Yeliseyevich/Yeliseyevna", "Игнатьевич/Игнатьевна|Ignatyevich/Ignatyevna"]


# ====================================================================== phones
# Mobile ranges written for this part where corpuslib has no plan (GR, TR,
# IL, EG, TH, KR, VN); national and +CC layouts for all 20 countries.
EXTRA_MOBILE = {
    "GR": (30, lambda R: "69" + R.choice("0345789") + digits(R, 7)),
    "TR": (90, lambda R: "5" + R.choice(["01", "05", "06", "07", "30", "31", "32", "33", "35", "36", "38", "39", "41", "42", "43", "44", "45", "46", "47", "48", "49", "52", "53", "54", "55"]) + nz(R, 7)),
    "IL": (972, lambda R: "5" + R.choice("02348") + nz(R, 7)),
    "EG": (20, lambda R: "1" + R.choice("0125") + nz(R, 8)),
    "TH": (66, lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98", "61", "62", "63", "64", "65"]) + digits(R, 7)),
    "KR": (82, lambda R: "10" + R.choice("23456789") + digits(R, 7)),
    "VN": (84, lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "86", "88", "89", "70", "77", "79", "81", "83", "84", "85"]) + digits(R, 7)),
}
MOBILE_KIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile",
               "IT": "mobile", "NL": "mobile", "BR": "mobile", "PL": "mobile", "RU": "mobile",
               "IN": "mobile", "CN": "mobile", "JP": "mobile"}


def mobile_nsn(R, c):
    if c in EXTRA_MOBILE:
        return EXTRA_MOBILE[c][0], EXTRA_MOBILE[c][1](R)
    cc, trunk, kinds = PLANS[c]
    kind = MOBILE_KIND[c]
    if c == "DE":
        kind = R.choice(["mobile", "mobile7"])
    return cc, kinds[kind](R)


def fmt_national(R, c, n):
    k = R.randint(0, 2)
    if c == "US":
        return ["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])][k]
    if c == "GB":
        return ["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "0%s%s" % (n[:4], n[4:])][k]
    if c == "DE":
        return ["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])][k]
    if c == "FR":
        return ["0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "0%s.%s.%s.%s.%s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "0%s%s" % (n[0], n[1:])][k]
    if c == "ES":
        return ["%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), n][k]
    if c == "IT":
        return ["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s %s" % (n[:3], n[3:])][k]
    if c == "NL":
        return ["0%s-%s" % (n[0], n[1:]), "0%s %s" % (n[0], n[1:]), "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])][k]
    if c == "BR":
        return ["(%s) %s-%s" % (n[:2], n[2:7], n[7:]), "(%s) %s %s-%s" % (n[:2], n[2], n[3:7], n[7:]), "%s %s-%s" % (n[:2], n[2:7], n[7:])][k]
    if c == "PL":
        return ["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), n][k]
    if c == "RU":
        return ["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8-%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])][k]
    if c == "GR":
        return ["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s %s" % (n[:3], n[3:])][k]
    if c == "TR":
        return ["0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])][k]
    if c == "IL":
        return ["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s-%s" % (n[:2], n[2:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])][k]
    if c == "EG":
        return ["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s%s" % (n[:2], n[2:]), "0%s-%s-%s" % (n[:2], n[2:6], n[6:])][k]
    if c == "IN":
        return ["%s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:]), n][k]
    if c == "TH":
        return ["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s%s" % (n[:2], n[2:])][k]
    if c == "CN":
        return ["%s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:]), n][k]
    if c == "JP":
        return ["0%s-%s-%s" % (n[:2], n[2:6], n[6:]), "0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s%s" % (n[:2], n[2:])][k]
    if c == "KR":
        return ["0%s-%s-%s" % (n[:2], n[2:6], n[6:]), "0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s%s" % (n[:2], n[2:])][k]
    if c == "VN":
        return ["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s%s" % (n[:2], n[2:])][k]
    raise KeyError(c)


def fmt_intl(R, c, cc, n):
    k = R.randint(0, 1)
    if c == "US":
        return ["+1 %s-%s-%s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:])][k]
    if c == "GB":
        return ["+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:])][k]
    if c == "DE":
        return ["+49 %s %s" % (n[:3], n[3:]), "+49 (0)%s %s" % (n[:3], n[3:])][k]
    if c == "FR":
        return ["+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "+33 (0)%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])][k]
    if c in ("ES", "PL"):
        return ["+%d %s %s %s" % (cc, n[:3], n[3:6], n[6:]), "+%d%s" % (cc, n)][k]
    if c == "IT":
        return ["+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "+39 %s %s" % (n[:3], n[3:])][k]
    if c == "NL":
        return ["+31 %s %s" % (n[0], n[1:]), "+31 (0)%s %s" % (n[0], n[1:])][k]
    if c == "BR":
        return ["+55 %s %s-%s" % (n[:2], n[2:7], n[7:]), "+55 (%s) %s-%s" % (n[:2], n[2:7], n[7:])][k]
    if c == "RU":
        return ["+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "+7 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])][k]
    if c == "GR":
        return ["+30 %s %s %s" % (n[:3], n[3:6], n[6:]), "+30 %s" % n][k]
    if c == "TR":
        return ["+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "+90 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])][k]
    if c == "IL":
        return ["+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]), "+972 %s %s %s" % (n[:2], n[2:5], n[5:])][k]
    if c == "EG":
        return ["+20 %s %s %s" % (n[:2], n[2:6], n[6:]), "+20 %s" % n][k]
    if c == "IN":
        return ["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n][k]
    if c == "TH":
        return ["+66 %s %s %s" % (n[:2], n[2:5], n[5:]), "+66 %s-%s-%s" % (n[:2], n[2:5], n[5:])][k]
    if c == "CN":
        return ["+86 %s %s %s" % (n[:3], n[3:7], n[7:]), "+86 %s" % n][k]
    if c in ("JP", "KR"):
        return ["+%d %s-%s-%s" % (cc, n[:2], n[2:6], n[6:]), "+%d %s %s %s" % (cc, n[:2], n[2:6], n[6:])][k]
    if c == "VN":
        return ["+84 %s %s %s" % (n[:2], n[2:5], n[5:]), "+84 %s" % n][k]
    raise KeyError(c)


ABROAD = {"US": ["CA", "GB", "DE"], "GB": ["IE", "FR", "ES"], "DE": ["AT", "CH", "PL"], "FR": ["BE", "CH", "ES"],
          "ES": ["GB", "FR", "PT"], "IT": ["CH", "DE", "FR"], "NL": ["BE", "DE", "GB"], "BR": ["PT", "US", "IT"],
          "PL": ["DE", "GB", "NL"], "RU": ["DE", "IT", "ES"], "GR": ["DE", "GB", "IT"], "TR": ["DE", "NL", "FR"],
          "IL": ["US", "FR", "GB"], "EG": ["GB", "DE", "IT"], "IN": ["GB", "US", "SG"], "TH": ["GB", "DE", "AU"],
          "CN": ["SG", "HK", "AU"], "JP": ["US", "GB", "AU"], "KR": ["US", "JP", "AU"], "VN": ["JP", "AU", "US"]}
FOREIGN_PLAN_KIND = {"CA": "fixed_or_mobile", "IE": "mobile", "AT": "mobile", "CH": "mobile", "PT": "mobile",
                     "BE": "mobile", "SG": "mobile", "HK": "mobile", "AU": "mobile", "US": "fixed_or_mobile",
                     "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile", "IT": "mobile", "NL": "mobile",
                     "PL": "mobile", "JP": "mobile"}


def foreign_intl(R, f):
    cc, trunk, kinds = PLANS[f]
    n = kinds[FOREIGN_PLAN_KIND[f]](R)
    if f in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "JP"):
        return fmt_intl(R, f, cc, n)
    if f == "CA":
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    return "+%d %s" % (cc, n)


def phone(R, c, intl=None, abroad=0.0):
    """A labelled mobile of a person in country c (read in c)."""
    if abroad and R.random() < abroad:
        f = R.choice(ABROAD[c])
        return L("phone", foreign_intl(R, f), sub="mobile", region=c, plan=f)
    cc, n = mobile_nsn(R, c)
    if intl is None:
        intl = R.random() < 0.3
    v = fmt_intl(R, c, cc, n) if intl else fmt_national(R, c, n)
    return L("phone", v, sub="mobile", region=c)


# ====================================================================== places
# Streets and towns (hand-written), one-line postal layouts per country.
STREETS = {
    "US": ["Pokeberry Run Rd", "Whippoorwill Dr", "Old Tanbark Ln", "Limekiln Spur Rd", "Mulberry Shoals Ave", "Hackberry Glade Ct"],
    "GB": ["Quillet Row", "Tenter Fold", "Flaxmill Lane", "Hempdresser Terrace", "Tallowchandler Row", "Bobbin Mill Way"],
    "DE": ["Hainbuchenweg", "Am Pottaschberg", "Ziegelhüttenweg", "Flachsröste", "Im Flachsgarten", "Salzstadelgasse"],
    "FR": ["rue du Pressoir", "allée des Vanniers", "impasse des Cordiers", "chemin de la Tuilerie", "rue des Sabotiers", "rue de la Chaudronnerie"],
    "ES": ["Calle del Batán", "Calle de la Tahona", "Avenida de los Olivareros", "Calle del Esparto", "Calle de los Cordeleros", "Calle del Lagar"],
    "IT": ["Via dei Cestai", "Vicolo dei Carradori", "Via dei Funai", "Via della Fornace Vecchia", "Via dei Bottari", "Via del Maglio"],
    "NL": ["Touwslagerslaan", "Lakenweversweg", "Pottenbakkerstraat", "Klompenmakerpad", "Kuipersdijk", "Zeilmakerserf"],
    "BR": ["Rua dos Seleiros", "Rua das Rendeiras", "Travessa dos Oleiros", "Avenida dos Tropeiros", "Rua das Bordadeiras", "Rua das Fiandeiras"],
    "PL": ["ul. Garncarska", "ul. Powroźnicza", "ul. Sukiennicza", "ul. Bednarska", "ul. Kołodziejów", "ul. Folusz"],
    "RU": ["ул. Кожевенная", "ул. Гончарная", "пер. Ямской", "ул. Бондарная", "ул. Ткацкая", "ул. Солодовенная"],
    "GR": ["Βυρσοδεψών", "Αγγειοπλαστών", "Σχοινοποιών", "Μυλωνάδων", "Καλαθοποιών", "Υφαντουργών"],
    "TR": ["Çömlekçi Sok.", "Bakırcılar Sok.", "Urgancı Sok.", "Semerci Sok.", "Keçeci Sok.", "Yorgancı Sok."],
    "IL": ["רחוב הצורפים", "רחוב הנפחים", "רחוב הקדרים", "רחוב האורגים", "רחוב הסתתים", "רחוב הרצענים"],
    "EG": ["شارع الخيامية", "شارع الصاغة", "شارع الحدادين", "شارع الفواخير", "شارع النحاسين", "شارع السروجية"],
    "IN": ["गली नं. 3, कुम्हार मोहल्ला", "गली नं. 7, बुनकर कॉलोनी", "सेक्टर 4, ठठेरा बाज़ार", "गली नं. 2, रंगरेज़ मोहल्ला", "सेक्टर 9, लोहार गली", "गली नं. 5, कसेरा बाज़ार"],
    "TH": ["ถนนช่างหล่อ", "ซอยช่างทอง", "ถนนช่างไม้", "ซอยตีเหล็ก", "ถนนปั้นหม้อ", "ซอยทอผ้า"],
    "CN": ["织造巷", "染坊街", "茶亭路", "瓷窑路", "盐仓街", "铜匠巷"],
    "JP": [],
    "KR": ["대장간로", "옹기골길", "베틀로", "물레방아길", "한지공방로", "놋전길"],
    "VN": ["đường Chợ Cá", "đường Làng Nghề", "đường Gốm Sứ", "đường Dệt Lụa", "đường Bến Muối", "đường Ngòi Đường"],
}
TOWNS = {
    "US": [("Chillicothe", "OH", "456"), ("Kearney", "NE", "688"), ("Paducah", "KY", "420"), ("Muskogee", "OK", "744"), ("Beckley", "WV", "258"), ("Hattiesburg", "MS", "394")],
    "GB": [("Ulverston", "LA12"), ("Ripon", "HG4"), ("Ludlow", "SY8"), ("Hexham", "NE46"), ("Thirsk", "YO7"), ("Settle", "BD24")],
    "DE": [("Wetzlar", "3557"), ("Amberg", "9222"), ("Ravensburg", "8821"), ("Göttingen", "3707"), ("Eschwege", "3726"), ("Detmold", "3275")],
    "FR": [("Poitiers", "86000"), ("Dijon", "21000"), ("Limoges", "87000"), ("Besançon", "25000"), ("Agen", "47000"), ("Cahors", "46000")],
    "ES": [("Cáceres", "1000"), ("Burgos", "0900"), ("Jaén", "2300"), ("Segovia", "4000"), ("Palencia", "3400"), ("Lugo", "2700")],
    "IT": [("Perugia", "0612", "PG"), ("Parma", "4312", "PR"), ("Vicenza", "3610", "VI"), ("Pesaro", "6112", "PU"), ("Viterbo", "0110", "VT"), ("Cremona", "2610", "CR")],
    "NL": [("Zutphen", "720"), ("Zwolle", "801"), ("Breda", "481"), ("Arnhem", "681"), ("Assen", "940"), ("Hoorn", "162")],
    "BR": [("Londrina", "PR", "860"), ("Uberlândia", "MG", "384"), ("Campina Grande", "PB", "584"), ("Joinville", "SC", "892"), ("Maringá", "PR", "870"), ("Feira de Santana", "BA", "440")],
    "PL": [("Płock", "09-4"), ("Tarnów", "33-1"), ("Opole", "45-0"), ("Olsztyn", "10-0"), ("Rzeszów", "35-0"), ("Kielce", "25-0")],
    "RU": [("Тверь", "170"), ("Калуга", "248"), ("Вологда", "160"), ("Кострома", "156"), ("Псков", "180"), ("Тамбов", "392")],
    "GR": [("Λάρισα", "412"), ("Σέρρες", "621"), ("Καβάλα", "654"), ("Χανιά", "731"), ("Ξάνθη", "671"), ("Αγρίνιο", "301")],
    "TR": [("Gölyaka", "Düzce", "818"), ("Mudurnu", "Bolu", "148"), ("Bucak", "Burdur", "153"), ("Ermenek", "Karaman", "704"), ("Akçakoca", "Düzce", "813"), ("Gerede", "Bolu", "149")],
    "IL": [("רחובות", "76"), ("קריית גת", "82"), ("נהריה", "22"), ("כפר סבא", "44"), ("דימונה", "86"), ("יקנעם", "20")],
    "EG": [("أسوان", "أسوان"), ("إدفو", "أسوان"), ("كوم أمبو", "أسوان"), ("منوف", "المنوفية"), ("قويسنا", "المنوفية"), ("بورسعيد", "بورسعيد")],
    "IN": [("जयपुर", "राजस्थान", "3020"), ("लखनऊ", "उत्तर प्रदेश", "2260"), ("अजमेर", "राजस्थान", "3050"), ("मेरठ", "उत्तर प्रदेश", "2500"), ("कानपुर", "उत्तर प्रदेश", "2080"), ("देहरादून", "उत्तराखंड", "2480")],
    "TH": [("ช้างเผือก", "เมืองเชียงใหม่", "เชียงใหม่", "50300"), ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"), ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"), ("หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"), ("ในเมือง", "เมืองพิษณุโลก", "พิษณุโลก", "65000")],
    "CN": [("浙江省", "湖州市", "吴兴区"), ("江苏省", "泰州市", "海陵区"), ("安徽省", "芜湖市", "镜湖区"), ("湖南省", "株洲市", "芦淞区"), ("福建省", "泉州市", "丰泽区"), ("山东省", "潍坊市", "奎文区")],
    "JP": [("920", "石川県金沢市", "本町"), ("710", "岡山県倉敷市", "阿知"), ("683", "鳥取県米子市", "角盤町"), ("430", "静岡県浜松市中央区", "砂山町"), ("860", "熊本県熊本市中央区", "新町"), ("036", "青森県弘前市", "土手町")],
    "KR": [("대전광역시", "유성구"), ("전북특별자치도", "전주시 완산구"), ("충청북도", "청주시 상당구"), ("경상남도", "창원시 의창구"), ("강원특별자치도", "춘천시"), ("경상북도", "포항시 남구")],
    "VN": [("phường Cốc Lếu", "thành phố Lào Cai", "tỉnh Lào Cai"), ("phường Bắc Lệnh", "thành phố Lào Cai", "tỉnh Lào Cai"), ("phường Thống Nhất", "thành phố Kon Tum", "tỉnh Kon Tum"), ("phường 2", "thành phố Kon Tum", "tỉnh Kon Tum"), ("phường 4", "thành phố Pleiku", "tỉnh Gia Lai"), ("phường 1", "thành phố Pleiku", "tỉnh Gia Lai")],
}
US_ZIP_DIGITS = 2


def address(R, c):
    """A home address on one line in the country's postal layout."""
    s = R.choice(STREETS[c]) if STREETS[c] else ""
    if c == "US":
        t, st, z = R.choice(TOWNS[c])
        unit = R.choice(["", "", "Apt %d%s, " % (R.randint(1, 4), R.choice("ABCD")), "Unit %d, " % R.randint(2, 40)])
        return "%d %s, %s%s, %s %s%s" % (R.randint(100, 9899), s, unit, t, st, z, digits(R, 2))
    if c == "GB":
        t, pc = R.choice(TOWNS[c])
        flat = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s %d%s" % (flat, R.randint(1, 140), s, t, pc, R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    if c == "DE":
        t, pc = R.choice(TOWNS[c])
        return "%s %d%s, %s%d %s" % (s, R.randint(1, 88), R.choice(["", "", "a", "b"]), pc, R.randint(0, 9), t)
    if c == "FR":
        t, pc = R.choice(TOWNS[c])
        return "%d%s %s, %s %s" % (R.randint(1, 96), R.choice(["", "", " bis", " ter"]), s, pc, t)
    if c == "ES":
        t, pc = R.choice(TOWNS[c])
        return "%s %d, %dº %s, %s%d %s" % (s, R.randint(1, 120), R.randint(1, 8), R.choice("ABCDI"), pc, R.randint(1, 9), t)
    if c == "IT":
        t, pc, pr = R.choice(TOWNS[c])
        return "%s %d, %s%d %s (%s)" % (s, R.randint(1, 140), pc, R.randint(1, 9), t, pr)
    if c == "NL":
        t, pc = R.choice(TOWNS[c])
        return "%s %d%s, %s%d %s %s" % (s, R.randint(1, 230), R.choice(["", "", "-A", " bis"]), pc, R.randint(1, 9), "".join(R.choice("BCDEGHJKLMNPRSTVWXZ") for _ in range(2)), t)
    if c == "BR":
        t, uf, z = R.choice(TOWNS[c])
        bairro = R.choice(["Jardim Primavera", "Vila Operária", "Centro", "Parque das Acácias", "Boa Vista"])
        comp = R.choice(["", ", apto %d" % R.randint(11, 904), ", casa %d" % R.randint(1, 3)])
        return "%s, nº %d%s, %s, %s - %s, CEP %s%s-%s" % (s, R.randint(10, 2400), comp, bairro, t, uf, z, digits(R, 2), digits(R, 3))
    if c == "PL":
        t, pc = R.choice(TOWNS[c])
        return "%s %d%s, %s%s %s" % (s, R.randint(1, 90), R.choice(["", "/%d" % R.randint(1, 40)]), pc, digits(R, 2), t)
    if c == "RU":
        t, pc = R.choice(TOWNS[c])
        return "%s, д. %d, кв. %d, г. %s, %s%s" % (s, R.randint(1, 70), R.randint(1, 180), t, pc, digits(R, 3))
    if c == "GR":
        t, pc = R.choice(TOWNS[c])
        return "%s %d, %s %s, %s" % (s, R.randint(1, 90), pc, digits(R, 2), t)
    if c == "TR":
        il, ilce, pc = (lambda x: (x[1], x[0], x[2]))(R.choice(TOWNS[c]))
        mah = R.choice(["Yenidoğan Mah.", "Gülbahar Mah.", "Çamlık Mah.", "Kuyubaşı Mah.", "Hürriyet Mah."])
        return "%s %s No: %d D: %d, %s%s %s/%s" % (mah, s, R.randint(1, 60), R.randint(1, 24), pc, digits(R, 2), ilce, il)
    if c == "IL":
        t, pc = R.choice(TOWNS[c])
        return "%s %d, דירה %d, %s %s%s" % (s, R.randint(1, 80), R.randint(1, 30), t, pc, digits(R, 5))
    if c == "EG":
        t, gov = R.choice(TOWNS[c])
        hay = R.choice(["حي الجامعة", "حي السلام", "الحي الغربي", "حي المحطة"])
        return "%d %s، %s، %s، محافظة %s" % (R.randint(1, 90), s, hay, t, gov)
    if c == "IN":
        t, st, pin = R.choice(TOWNS[c])
        return "मकान नं. %d, %s, %s, %s %s%s" % (R.randint(1, 480), s, t, st, pin, digits(R, 2))
    if c == "TH":
        tam, amp, prov, pc = R.choice(TOWNS[c])
        return "%d/%d หมู่ %d %s ตำบล%s อำเภอ%s จังหวัด%s %s" % (R.randint(1, 240), R.randint(1, 60), R.randint(1, 12), s, tam, amp, prov, pc)
    if c == "CN":
        pv, ct, ds = R.choice(TOWNS[c])
        return "%s%s%s%s%d号%d幢%d室" % (pv, ct, ds, s, R.randint(1, 300), R.randint(1, 12), R.randint(1, 26) * 100 + R.randint(1, 4))
    if c == "JP":
        z, pref, cho = R.choice(TOWNS[c])
        return "〒%s-%s %s%s%d丁目%d-%d" % (z, digits(R, 4), pref, cho, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if c == "KR":
        do, si = R.choice(TOWNS[c])
        return "%s %s %s %d, %d동 %d호" % (do, si, s, R.randint(1, 250), R.randint(101, 112), R.randint(1, 25) * 100 + R.randint(1, 4))
    if c == "VN":
        ph, tp, tinh = R.choice(TOWNS[c])
        return "Số %d %s, %s, %s, %s" % (R.randint(1, 300), s, ph, tp, tinh)
    raise KeyError(c)


# ====================================================================== institutions
# Fictional practices and payroll bureaus, one per country, named after
# minerals: (name, domain, one-line address, switchboard).
PRACTICE = {
    "US": ("Feldspar Tax & Payroll LLC", "feldspartax.com", "210 Courthouse Sq, Suite 4, Chillicothe, OH 45601", "(740) 555-0148"),
    "GB": ("Greywacke Accountancy Ltd", "greywacke-accountancy.co.uk", "3 Hartley Street Chambers, Ulverston LA12 7BN", "01229 960 214"),
    "DE": ("Steuerkanzlei Glimmerstein", "glimmerstein-steuer.de", "Kornblumengasse 6, 35578 Wetzlar", "06441 9402 310"),
    "FR": ("Cabinet Porphyre Expertise Comptable", "porphyre-expertise.fr", "14 place du Marché Notre-Dame, 86000 Poitiers", "05 49 60 21 74"),
    "ES": ("Asesoría Pizarra Gestión", "asesoriapizarra.es", "Plaza Mayor 9, 2º, 10003 Cáceres", "927 60 41 18"),
    "IT": ("Studio Commercialista Porfido", "studioporfido.it", "Corso Vannucci 41, 06121 Perugia (PG)", "075 572 4416"),
    "NL": ("Administratiekantoor Zandsteen", "zandsteen-administratie.nl", "Houtmarkt 31, 7201 KL Zutphen", "0575 52 14 90"),
    "BR": ("Escritório Contábil Ametista", "contabilametista.com.br", "Avenida Higienópolis 1120, sala 804, Centro, Londrina - PR, CEP 86020-080", "(43) 3324-7180"),
    "PL": ("Biuro Rachunkowe Krzemień", "krzemien-rachunki.pl", "Stary Rynek 19, 09-400 Płock", "24 262 31 07"),
    "RU": ("Бухгалтерская компания «Яшма»", "yashma-buh.ru", "ул. Советская, д. 18, оф. 305, г. Тверь, 170100", "8 (4822) 34-61-20"),
    "GR": ("Λογιστικό Γραφείο «Οψιανός»", "opsianos-logistiki.gr", "Πλατεία Ταχυδρομείου 4, 412 22 Λάρισα", "2410 536 207"),
    "TR": ("Lületaşı Mali Müşavirlik", "luletasimusavirlik.com.tr", "Ormanlı Cad. No: 22 Kat: 3, 81010 Düzce", "0380 524 47 60"),
    "IL": ("גרניט רואי חשבון ושכר", "granitcpa.co.il", "רחוב הנשיא 112, קומה 3, רחובות 7630417", "08-9461207"),
    "EG": ("مكتب البازلت للمحاسبة والضرائب", "basalt-tax.com.eg", "18 شارع الكورنيش، الدور الرابع، أسوان، محافظة أسوان", "097 231 4718"),
    "IN": ("अभ्रक टैक्स एंड पेरोल सर्विसेज", "abhraktax.in", "तीसरी मंज़िल, एम.आई. रोड, जयपुर, राजस्थान 302001", "0141 236 4107"),
    "TH": ("สำนักงานบัญชี หินอ่อน", "hinonaccounting.co.th", "88/4 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200", "053 217 640"),
    "CN": ("湖州云母财税咨询有限公司", "yunmu-caishui.cn", "浙江省湖州市吴兴区中山路268号云母大厦9楼", "0572-2201 4476"),
    "JP": ("石英会計事務所", "sekiei-kaikei.jp", "〒920-0031 石川県金沢市広岡3丁目1-1 金沢パークビル7階", "076-254-3180"),
    "KR": ("운모세무회계", "unmo-tax.co.kr", "대전광역시 서구 둔산로 100, 운모빌딩 6층", "042-487-3160"),
    "VN": ("Công ty Kế toán Đá Phiến", "daphien-ketoan.vn", "Tầng 5, số 214 đường Ngòi Đường, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai", "0214 3856 412"),
}
# The tax administration and a local office (its name and postal address).
TAXOFFICE = {
    "US": ("Internal Revenue Service", "Department of the Treasury, Internal Revenue Service, Kansas City, MO 64999-0002"),
    "GB": ("HM Revenue & Customs", "HM Revenue and Customs, BX9 1AS"),
    "DE": ("Finanzamt Wetzlar", "Finanzamt Wetzlar, Frankfurter Straße 59, 35578 Wetzlar"),
    "FR": ("Service des impôts des particuliers de Poitiers", "SIP de Poitiers, 15 rue de Slovénie, 86000 Poitiers"),
    "ES": ("Agencia Tributaria, Delegación de Cáceres", "Agencia Tributaria, Avenida Primo de Rivera 2, 10001 Cáceres"),
    "IT": ("Agenzia delle Entrate, Direzione provinciale di Perugia", "Agenzia delle Entrate, Via Settevalli 131, 06129 Perugia (PG)"),
    "NL": ("Belastingdienst", "Belastingdienst, Postbus 2865, 6401 DJ Heerlen"),
    "BR": ("Receita Federal do Brasil", "Delegacia da Receita Federal em Londrina, Rua Pará 60, Centro, Londrina - PR"),
    "PL": ("Urząd Skarbowy w Płocku", "Urząd Skarbowy w Płocku, ul. Grudziądzka 6, 09-400 Płock"),
    "RU": ("Межрайонная ИФНС России № 12 по Тверской области", "ИФНС, ул. Коминтерна, д. 32, г. Тверь, 170100"),
    "GR": ("ΔΟΥ Λάρισας", "ΔΟΥ Λάρισας, Παπαναστασίου 88, 412 22 Λάρισα"),
    "TR": ("Düzce Vergi Dairesi Müdürlüğü", "Vergi Dairesi, Hükümet Konağı, 81010 Düzce"),
    "IL": ("רשות המסים - פקיד שומה רחובות", "פקיד שומה רחובות, רחוב בילו 2, רחובות"),
    "EG": ("مصلحة الضرائب المصرية - مأمورية ضرائب أسوان", "مأمورية ضرائب أسوان، شارع أبطال التحرير، أسوان"),
    "IN": ("आयकर विभाग, वार्ड 2(1), जयपुर", "आयकर भवन, स्टेच्यू सर्किल, जयपुर 302005"),
    "TH": ("สำนักงานสรรพากรพื้นที่เชียงใหม่", "สำนักงานสรรพากรพื้นที่เชียงใหม่ ถนนโชตนา อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300"),
    "CN": ("国家税务总局湖州市吴兴区税务局", "国家税务总局湖州市吴兴区税务局 浙江省湖州市吴兴区环城东路199号"),
    "JP": ("金沢税務署", "金沢税務署 〒920-8585 石川県金沢市広坂2丁目2-60"),
    "KR": ("대전세무서", "대전세무서 대전광역시 중구 목척7길 50"),
    "VN": ("Chi cục Thuế khu vực thành phố Lào Cai", "Chi cục Thuế, đại lộ Trần Hưng Đạo, thành phố Lào Cai"),
}
# Client firms (employers on payslips, companies with directors): name,
# trade address.
FIRMS = {
    "US": [("Hocking Tile & Flagstone Inc.", "88 Depot St, Chillicothe, OH 45601"), ("Paint Valley Dental Lab LLC", "1402 Western Ave, Chillicothe, OH 45601")],
    "GB": [("Howgill Joinery Ltd", "Unit 7, Lightburn Works, Ulverston LA12 0DA"), ("Furness Oatcake Co. Ltd", "2 Canal Head Estate, Ulverston LA12 9EL")],
    "DE": [("Bäckerei Am Lahnbogen GmbH", "Lahnbogen 3, 35576 Wetzlar"), ("Dillblick Haustechnik GmbH", "Gewerbestraße 12, 35578 Wetzlar")],
    "FR": [("SARL Boulangerie du Clain", "3 rue de la Cathédrale, 86000 Poitiers"), ("SAS Menuiserie Haut-Poitou", "ZA de la Pépinière, 86170 Neuville-de-Poitou")],
    "ES": [("Talleres Guadiloba S.L.", "Polígono Las Capellanías, parcela 22, 10005 Cáceres"), ("Panadería La Montaña S.L.", "Calle Pintores 6, 10003 Cáceres")],
    "IT": [("Falegnameria Valtopina S.r.l.", "Via del Lavoro 5, 06030 Valtopina (PG)"), ("Pasticceria Fontemaggiore S.n.c.", "Via Cartolari 3, 06122 Perugia (PG)")],
    "NL": [("Installatiebedrijf IJsselkade B.V.", "IJsselkade 40, 7201 HD Zutphen"), ("Bakkerij De Berkelpoort B.V.", "Lange Hofstraat 2, 7201 HT Zutphen")],
    "BR": [("Padaria Pão do Norte Ltda.", "Rua Sergipe 880, Centro, Londrina - PR"), ("Auto Elétrica Tibagi Ltda.", "Avenida Duque de Caxias 3100, Londrina - PR")],
    "PL": [("Piekarnia Drwęca Sp. z o.o.", "ul. Przemysłowa 40, 09-400 Płock"), ("Stolarstwo Radziwie Sp. z o.o.", "ul. Dobrzyńska 120, 09-400 Płock")],
    "RU": [("ООО «Тверской хлебозавод № 3»", "ул. Паши Савельевой, д. 45, г. Тверь"), ("ООО «Волжские окна»", "пр-т Калинина, д. 15, г. Тверь")],
    "GR": [("Αρτοποιία Πηνειός Α.Ε.", "Ηρώων Πολυτεχνείου 55, Λάρισα"), ("Θεσσαλική Ξυλουργική Ο.Ε.", "ΒΙΠΕ Λάρισας, Οδός 3"), ],
    "TR": [("Melen Ekmek Fırını Ltd. Şti.", "Küçük Sanayi Sitesi 4. Blok No: 9, 81010 Düzce"), ("Asar Tesisat A.Ş.", "İstanbul Cad. No: 61, 81010 Düzce")],
    "IL": [("מאפיית גבעת הכרמים בע\"מ", "רחוב התעשייה 5, רחובות"), ("שיפוצי הבקעה בע\"מ", "אזור התעשייה, רחובות")],
    "EG": [("شركة الوادي للمخبوزات", "المنطقة الصناعية، أسوان"), ("شركة الفجر للتوريدات", "شارع السوق، أسوان")],
    "IN": [("गुलाबी नगर बेकर्स प्रा. लि.", "औद्योगिक क्षेत्र, जयपुर"), ("थार फर्निशिंग प्रा. लि.", "सीतापुरा, जयपुर")],
    "TH": [("บริษัท ขนมปังดอยคำ จำกัด", "ถนนเจริญประเทศ เชียงใหม่"), ("บริษัท ล้านนาก่อสร้าง จำกัด", "ถนนซุปเปอร์ไฮเวย์ เชียงใหม่")],
    "CN": [("湖州太湖烘焙有限公司", "湖州市吴兴区红旗路66号"), ("湖州苕溪装饰工程有限公司", "湖州市南浔区康和路18号")],
    "JP": [("株式会社香林坊ベーカリー", "金沢市香林坊1丁目2-3"), ("有限会社犀川工務店", "金沢市野町4丁目5-6")],
    "KR": [("㈜한밭제과", "대전광역시 중구 대종로 480"), ("㈜갑천인테리어", "대전광역시 서구 계룡로 270")],
    "VN": [("Công ty TNHH Bánh Mì Cốc Lếu", "đường Làng Nghề, thành phố Lào Cai"), ("Công ty CP Nội Thất Ngòi Đường", "khu công nghiệp Đông Phố Mới, tỉnh Lào Cai")],
}
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
           "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "bezeqint.net"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
           "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "TH": ["gmail.com", "hotmail.com", "yahoo.co.th"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"]}


# ====================================================================== people
LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt", "PL": "pl",
        "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
PARTICLES = {"van", "de", "ter", "der", "den", "Văn", "Thị"}


def _split(entry):
    native, _, roman = entry.partition("|")
    return native.replace("_", " "), roman.replace("_", " ")


def _parse_family(entry):
    native, roman = _split(entry)
    m, _, f = native.partition("/")
    rm, _, rf = roman.partition("/")
    return (m, f or m, rm, rf or rm)


LISTS = {}
for _c, (_m, _f, _fam) in NAMES.items():
    LISTS[_c] = ([_split(e) for e in _m.split()], [_split(e) for e in _f.split()],
                 [_parse_family(e) for e in _fam.split()])
PATR = [_parse_family(e) for e in RU_PATRONYMICS]


def name_words_all():
    """Every name word of the lists (native, female and roman forms)."""
    out = set()
    for c, (ms, fs, fams) in LISTS.items():
        for n, r in ms + fs:
            out.update(n.split())
            out.update(r.split())
        for t in fams:
            for x in t:
                out.update(x.split())
    for t in PATR:
        for x in t:
            out.update(x.split())
    return {w for w in out if w and w not in PARTICLES}


class Person:
    def __init__(self, loc, female, given, given_r, fam, fam_r, fam2=None, fam2_r=None, patr=None, patr_r=None, dob=None):
        self.loc, self.female = loc, female
        self.given, self.given_r, self.fam, self.fam_r = given, given_r, fam, fam_r
        self.fam2, self.fam2_r, self.patr, self.patr_r = fam2, fam2_r, patr, patr_r
        self.dob = dob
        self.mid = ""

    @property
    def family(self):
        return self.fam + (" " + self.fam2 if self.fam2 else "")

    @property
    def full(self):
        c = self.loc
        if c == "CN":
            return self.fam + self.given
        if c == "KR":
            return self.fam + self.given
        if c == "JP":
            return self.fam + " " + self.given
        if c == "VN":
            return self.fam + (" " + self.mid if self.mid else "") + " " + self.given
        return self.given + " " + self.family

    @property
    def formal(self):
        """As official forms print it (ФИО with patronymic in RU)."""
        if self.loc == "RU" and self.patr:
            return self.fam + " " + self.given + " " + self.patr
        return self.full

    @property
    def call(self):
        """The name a chat, greeting or sign-off by first name uses."""
        if self.loc == "JP":
            return self.fam
        if self.loc in ("KR", "CN"):
            return self.full
        if self.loc == "VN":
            return self.given.split()[-1]
        return self.given

    def roman(self):
        g = self.given_r or self.given
        f = (self.fam_r or self.fam)
        return g, f

    def words(self):
        ws = set()
        for x in (self.given, self.given_r, self.fam, self.fam_r, self.fam2, self.fam2_r, self.patr, self.patr_r):
            if x:
                ws.update(x.split())
        return ws


def draw_person(R, loc, used, female=None, adult=True, dob_range=None):
    """A person of the locale sharing no name word (any length, roman forms
    included) with the ones already drawn for the record (`used`)."""
    if female is None:
        female = R.random() < 0.5
    ms, fs, fams = LISTS[loc]
    for _ in range(500):
        g, gr = R.choice(fs if female else ms)
        t = R.choice(fams)
        fam, fam_r = (t[1], t[3]) if female else (t[0], t[2])
        allfam = {w for x in t for w in x.split()}
        fam2 = fam2_r = None
        if loc == "ES" or (loc == "BR" and R.random() < 0.5):
            t2 = R.choice(fams)
            if t2 == t:
                continue
            fam2, fam2_r = t2[0], t2[2]
            allfam |= {w for x in t2 for w in x.split()}
        patr = patr_r = None
        pw = set()
        if loc == "RU":
            pt = R.choice(PATR)
            patr, patr_r = (pt[1], pt[3]) if female else (pt[0], pt[2])
            pw = {w for x in pt for w in x.split()}
        ws = set(g.split()) | set(gr.split()) | allfam | pw
        ws -= PARTICLES
        if ws & used:
            continue
        used |= ws
        if dob_range is None:
            dob_range = (1948, 2003) if adult else (2009, 2023)
        y = R.randint(*dob_range)
        dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        p = Person(loc, female, g, gr if loc in NONLATIN else "", fam, fam_r if loc in NONLATIN else "", fam2, fam2_r if loc in NONLATIN else "", patr, patr_r, dob)
        if loc == "VN" and R.random() < 0.5:
            p.mid = "Thị" if female else "Văn"
        return p
    raise AssertionError("people exhausted for " + loc)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def email_of(R, p, work_domain=None):
    g, f = p.roman()
    if p.loc not in NONLATIN:
        f = p.fam
    g = re.sub(r"[^a-z]", "", ascii_fold(g).lower())
    f = re.sub(r"[^a-z]", "", ascii_fold(f).lower())
    if work_domain:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s" % g + "." + f[0]])
        return L("email", "%s@%s" % (local, work_domain), sub="work")
    local = R.choice(["%s.%s" % (g, f), "%s%s%d" % (g, f, R.randint(1, 99)), "%s.%s%02d" % (f, g, R.randint(50, 99)),
                      "%s%s" % (g[0], f), "%s_%s" % (g, f[:4])])
    return L("email", "%s@%s" % (local, R.choice(WEBMAIL[p.loc])), sub="personal")


# ====================================================================== dates
MONTHS_X = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
    "thf": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
}


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    return "%s%s年%d月%d日" % (era, "元" if y == 1 else str(y), d.month, d.day)


def date_fmt(R, d, loc, style=None):
    """A date in the country's numeric or month-name form (used for birth
    dates and, unlabelled, for other dates)."""
    lang = LANG[loc]
    if style is None:
        style = R.choice(["num", "num", "month"])
    D, M, Y = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return {
            "US": "%02d/%02d/%d" % (M, D, Y), "GB": "%02d/%02d/%d" % (D, M, Y), "DE": "%02d.%02d.%d" % (D, M, Y),
            "FR": "%02d/%02d/%d" % (D, M, Y), "ES": "%02d/%02d/%d" % (D, M, Y), "IT": "%02d/%02d/%d" % (D, M, Y),
            "NL": "%02d-%02d-%d" % (D, M, Y), "BR": "%02d/%02d/%d" % (D, M, Y), "PL": "%02d.%02d.%d" % (D, M, Y),
            "RU": "%02d.%02d.%d" % (D, M, Y), "GR": "%d/%d/%d" % (D, M, Y), "TR": "%02d.%02d.%d" % (D, M, Y),
            "IL": "%02d.%02d.%d" % (D, M, Y), "EG": "%02d/%02d/%d" % (D, M, Y), "IN": "%02d-%02d-%d" % (D, M, Y),
            "TH": "%02d/%02d/%d" % (D, M, Y + 543), "CN": "%d年%d月%d日" % (Y, M, D), "JP": "%d/%02d/%02d" % (Y, M, D),
            "KR": "%d. %d. %d." % (Y, M, D), "VN": "%02d/%02d/%d" % (D, M, Y),
        }[loc]
    if loc == "US":
        return "%s %d, %d" % (MONTHS["en"][M - 1], D, Y)
    if lang in ("en", "fr", "it", "nl"):
        return "%d %s %d" % (D, MONTHS[lang][M - 1], Y)
    if lang == "de":
        return "%d. %s %d" % (D, MONTHS["de"][M - 1], Y)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (D, MONTHS[lang][M - 1], Y)
    if lang in ("pl", "el", "tr", "ar", "hi"):
        return "%d %s %d" % (D, MONTHS_X[lang][M - 1], Y)
    if lang == "ru":
        return "%d %s %d г." % (D, MONTHS_X["ru"][M - 1], Y)
    if lang == "he":
        return "%d ב%s %d" % (D, MONTHS_X["he"][M - 1], Y)
    if lang == "th":
        return "%d %s %d" % (D, MONTHS_X[R.choice(["th", "thf"])][M - 1], Y + 543)
    if lang == "zh":
        return "%d年%02d月%02d日" % (Y, M, D)
    if lang == "ja":
        return jp_era(d) if R.random() < 0.5 else "%d年%d月%d日" % (Y, M, D)
    if lang == "ko":
        return "%d년 %d월 %d일" % (Y, M, D)
    if lang == "vi":
        return "ngày %d tháng %d năm %d" % (D, M, Y)
    raise KeyError(loc)


def dob_label(R, p, style=None):
    return L("dob", date_fmt(R, p.dob, p.loc, style))


def rdate(R, y0=2025, y1=2026):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ====================================================================== government ids
BELFIORE = ["G478", "G337", "L840", "G479", "M082", "D150"]


def gov(value, sub, **kw):
    return L("gov_id", value, sub=sub, **kw)


def tax_id(R, p):
    """The person's own tax or national number as a tax return, payroll
    record or onboarding form asks for it."""
    c, d = p.loc, p.dob
    if c == "US":
        if R.random() < 0.15:
            a, g, s = itin_random(R)
            return gov("%s-%s-%s" % (a, g, s), "itin")
        a, g, s = ssn_random(R)
        return gov("%s-%s-%s" % (a, g, s), "ssn")
    if c == "GB":
        if R.random() < 0.5:
            u = utr_random(R)
            return gov(R.choice([u, u[:5] + " " + u[5:]]), "gb_utr")
        return nino(R)
    if c == "DE":
        s = steuerid_random(R)
        return gov(R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuerid")
    if c == "FR":
        body, key = nir_random(R, "2" if p.female else "1", d.year % 100, d.month)
        return gov("%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir")
    if c == "ES":
        n, l = dni_random(R)
        return gov(n + l, "es_dni")
    if c == "IT":
        return gov(cf_make(p.fam, p.given, d.year % 100, d.month, d.day, p.female, R.choice(BELFIORE)), "it_cf")
    if c == "NL":
        b = bsn_random(R)
        return gov(R.choice([b, "%s.%s.%s" % (b[:4], b[4:6], b[6:])]), "nl_bsn")
    if c == "BR":
        s = cpf_random(R)
        return gov("%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "br_cpf")
    if c == "PL":
        return gov(pesel_make(R, d, p.female), "pl_pesel")
    if c == "RU":
        return gov(inn12_make(R), "ru_inn")
    if c == "GR":
        return gov(afm_make(R), "gr_afm")
    if c == "TR":
        return gov(tckn_make(R), "tr_tckn")
    if c == "IL":
        return gov(tz_make(R), "il_tz")
    if c == "EG":
        return gov(egid_make(R, d, p.female), "eg_nid")
    if c == "IN":
        g, f = p.roman()
        return gov(pan_random(R, "P", f), "in_pan")
    if c == "TH":
        s = thid_make(R)
        return gov(R.choice([s, thid_fmt(s)]), "th_id")
    if c == "CN":
        return gov(cnid_make(R, d, p.female), "cn_id")
    if c == "JP":
        s = mynumber_make(R)
        return gov(R.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])]), "jp_mynumber")
    if c == "KR":
        return gov(rrn_make(R, d, p.female), "kr_rrn")
    if c == "VN":
        return gov(cccd_make(R, d, p.female), "vn_cccd")
    raise KeyError(c)


def nino(R):
    a, b, s = nino_random(R)
    return gov(R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], s), a + b + s]), "gb_nino")


def social_id(R, p):
    """The social-security or pension number a payslip prints (the tax id
    where the country uses one number for both)."""
    c = p.loc
    if c == "GB":
        return nino(R)
    if c == "DE":
        s = svnr_make(R, p.dob, ascii_fold(p.fam))
        return gov(R.choice([s, "%s %s %s %s" % (s[:2], s[2:8], s[8], s[9:])]), "de_svnr")
    if c == "ES":
        s = nuss_make(R)
        return gov(R.choice([s, "%s/%s/%s" % (s[:2], s[2:10], s[10:]), "%s %s %s" % (s[:2], s[2:10], s[10:])]), "es_nuss")
    if c == "BR":
        s = pis_make(R)
        return gov("%s.%s.%s-%s" % (s[:3], s[3:8], s[8:10], s[10]), "br_pis")
    if c == "RU":
        return gov(snils_make(R), "ru_snils")
    if c == "GR":
        return gov(amka_make(R, p.dob), "gr_amka")
    if c == "IN":
        s = aadhaar_random(R)
        return gov("%s %s %s" % (s[:4], s[4:8], s[8:]), "in_aadhaar")
    return tax_id(R, p)


def passport(R, p):
    return gov(passport_make(R, p.loc), "passport", country=p.loc)


def gov_ok(v, sub, country=None):
    s = v.replace(" ", "")
    if sub in ("ssn", "itin"):
        return ssn_ok(s)
    if sub == "gb_nino":
        return nino_ok(s)
    if sub == "gb_utr":
        return utr_ok(s)
    if sub == "de_steuerid":
        return steuerid_ok(s)
    if sub == "de_svnr":
        return svnr_ok(s)
    if sub == "fr_nir":
        return len(s) == 15 and nir_ok(s[:13], s[13:])
    if sub == "es_dni":
        return dni_ok(s)
    if sub == "es_nuss":
        return nuss_ok(s.replace("/", ""))
    if sub == "it_cf":
        return cf_ok(s)
    if sub == "nl_bsn":
        return bsn_ok(s.replace(".", ""))
    if sub == "br_cpf":
        return cpf_ok(re.sub(r"\D", "", s))
    if sub == "br_pis":
        return pis_ok(re.sub(r"\D", "", s))
    if sub == "pl_pesel":
        return pesel_ok(s)
    if sub == "ru_inn":
        return inn12_ok(s)
    if sub == "ru_snils":
        return snils_ok(s)
    if sub == "gr_afm":
        return afm_ok(s)
    if sub == "gr_amka":
        return amka_ok(s)
    if sub == "tr_tckn":
        return tckn_ok(s)
    if sub == "il_tz":
        return tz_ok(s)
    if sub == "eg_nid":
        return egid_ok(s)
    if sub == "in_pan":
        return pan_ok(s)
    if sub == "in_aadhaar":
        return len(s) == 12 and s.isdigit() and verhoeff_ok(s) and s[0] not in "01"
    if sub == "th_id":
        return thid_ok(s)
    if sub == "cn_id":
        return cnid_ok(s)
    if sub == "jp_mynumber":
        return mynumber_ok(s)
    if sub == "kr_rrn":
        return rrn_ok(s)
    if sub == "vn_cccd":
        return cccd_ok(s)
    if sub == "passport":
        return passport_ok(v, country)
    return False


# ====================================================================== money
IBAN_C = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "IL", "EG"}
CARD_ISS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"],
            "DE": ["visa", "mastercard"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
            "IT": ["visa", "mastercard", "amex"], "NL": ["visa", "mastercard"], "BR": ["visa", "mastercard"],
            "PL": ["visa", "mastercard"], "RU": ["mir"], "GR": ["visa", "mastercard"],
            "TR": ["troy", "visa", "mastercard"], "IL": ["visa", "mastercard"], "EG": ["visa", "mastercard"],
            "IN": ["rupay", "visa"], "TH": ["visa", "mastercard", "jcb"], "CN": ["unionpay"],
            "JP": ["jcb", "visa"], "KR": ["visa", "mastercard"], "VN": ["visa", "jcb"]}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "6011111111111117",
              "3566002020360505", "4111111111111111", "5105105105105100", "4000000000000002", "4000000000009995"}


def card(R, c, issuer=None):
    iss = issuer or R.choice(CARD_ISS[c])
    while True:
        n = card_random(R, iss)
        if n not in TEST_CARDS:
            break
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=iss)


def iban(R, c, **kw):
    v = iban_any(R, c)
    k = R.random()
    if k < 0.6:
        v = group(v)
    elif k < 0.7:
        v = group(v, sep="\u00a0")
    return L("iban", v, sub=c, **kw)


def ip_global(R, v6=False):
    while True:
        if v6:
            a = ipaddress.ip_address("%s:%x:%x:%x::%x" % (R.choice(["2a02:8108", "2a01:e0a", "2001:4860", "2a00:23c5", "2405:6580", "2600:1700", "2804:14c", "2a02:a03f"]), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff)))
        else:
            a = ipaddress.ip_address("%d.%d.%d.%d" % (R.choice([31, 37, 46, 62, 77, 79, 81, 85, 88, 91, 94, 109, 151, 176, 178, 188, 193, 212, 213, 217]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global:
            return L("ip", str(a), sub="ipv6" if v6 else "ipv4")


def secret(R, kind, sub=None):
    return L("secret", secret_random(R, kind), sub=sub or kind)


# ====================================================================== per-language frames
# Requests (the paste's question), form labels and the frames of chats,
# letters, notices and checklists, written by hand per language.
# Slots in {braces} are filled with labels (L), look-alikes (N) or text.
LX = {}
LX["en"] = dict(
    req=["Can you check this for anything missing before I file it?",
         "Summarise this in three bullet points for the partner.",
         "Help me write a polite reply to this.",
         "Turn this into a tidy table, one row per person.",
         "What should I take out before I send this to the software vendor's support desk?"],
    F=dict(name="Full name", fam="Surname", given="First name(s)", dob="Date of birth", addr="Home address",
           phone="Mobile", email="E-mail", passport="Passport no.", partner="Spouse / partner", child="Child",
           employee="Employee", sign="Signed", date="Date", nat="Nationality"),
    cc=["A|Hi {cname}, for your {year} return I still need your date of birth and your {tidl}.",
        "C|Sure, I was born {dob} and my {tidl} is {tid}.",
        "A|Thanks. Are you still at the same address?",
        "C|No, we moved in the summer: {addr}. New mobile too: {phone}",
        "A|Noted. Can you send me your partner's full name and date of birth for the allowance transfer?",
        "C|{pname}, born {pdob}.",
        "C|Please send the draft to {email} when it's ready."],
    ce=["E|Hi, it's {ename} from {firm}. I've changed banks, my new IBAN is {iban}",
        "E|Hi, it's {ename} from {firm}. I've moved house, the new address is {addr}.",
        "O|Thanks {ecall}. Could you confirm your date of birth and {sidl} so I can match the record?",
        "E|{dob}, and it's {sid}.",
        "O|All updated for the {month} payroll. Your {tcode} stays the same.",
        "E|Brilliant, thank you."],
    cp=["C|Hi {sname}, can I pay invoice {inv} for {amount} by card?",
        "S|Of course, {cname}. Send me the card number, expiry date and the name on the card.",
        "C|{card}, expires {exp}, {holder}.",
        "C|Can you use the card ending {last4} that you have on file?",
        "S|Payment taken, thank you. Which e-mail should the receipt go to?",
        "C|{email} please.",
        "S|Sent. Kind regards, {sfull}"],
    eng=["Dear {cname},",
         "Thank you for choosing {practice} to prepare your tax return for {year} and to run the monthly payroll of {firm}.",
         "Our fixed fee is {fee} per month, invoiced quarterly. You remain responsible for the information you give us, and we file only after your written approval.",
         "Yours sincerely,", "Partner"],
    tout=["Re: {client}, {tidl} {tid}, your ref. {tref}", "Dear Sir or Madam,",
          "We act for the above taxpayer, born {dob}, of {addr}.",
          "Please find enclosed the amended return for {year}. Kindly send any further correspondence to our office.",
          "Yours faithfully,"],
    tin=["Dear {cname},",
         "We have reviewed your return for {year}. The amount of {amount} is payable by {due}. Please quote reference {tref} in all correspondence.",
         "Your contact officer is {officer}.", "Yours sincerely,"],
    note=["Practice notice: our office is closed from {d1} to {d2}.",
          "The filing deadline is {d3}; please send your records at least two weeks before.",
          "Payroll queries: {sw} or {mb}. Documents and portal: {web}."],
    chk=["Checklist for the {year} return", "Reliefs to consider", "Deadline", "Tax code"],
    naw=["Will the P60s be ready before the end of May?", "Grace period for the late-filing penalty ends next week.",
         "Bill the client for the extra schedules once the return is filed.", "Mark the VAT return as submitted when the receipt arrives."],
    year="tax year {y}", month=MONTHS["en"],
)
LX["de"] = dict(
    req=["Kannst du prüfen, ob hier etwas fehlt, bevor ich es abgebe?",
         "Fass das bitte in drei Stichpunkten für die Kanzleileitung zusammen.",
         "Hilf mir, eine höfliche Antwort darauf zu formulieren."],
    F=dict(name="Name, Vorname", fam="Familienname", given="Vorname(n)", dob="Geburtsdatum", addr="Anschrift",
           phone="Mobil", email="E-Mail", passport="Reisepass-Nr.", partner="Ehegatte / Lebenspartner", child="Kind",
           employee="Mitarbeiter", sign="Unterschrift", date="Datum", nat="Staatsangehörigkeit"),
    cc=["A|Hallo {cname}, für die Erklärung {year} brauche ich noch Ihr Geburtsdatum und Ihre {tidl}.",
        "C|Gern: geboren am {dob}, {tidl} {tid}.",
        "A|Danke. Wohnen Sie noch unter der alten Anschrift?",
        "C|Nein, wir sind im Sommer umgezogen: {addr}. Neue Handynummer: {phone}",
        "A|Notiert. Für die Zusammenveranlagung brauche ich noch Namen und Geburtsdatum Ihrer Frau bzw. Ihres Mannes.",
        "C|{pname}, geboren am {pdob}.",
        "C|Den Entwurf bitte an {email} schicken."],
    ce=["E|Hallo, hier ist {ename} von {firm}. Ich habe die Bank gewechselt, neue IBAN: {iban}",
        "E|Hallo, hier ist {ename} von {firm}. Ich bin umgezogen, neue Anschrift: {addr}.",
        "O|Danke, {ecall}. Können Sie mir zum Abgleich Geburtsdatum und {sidl} bestätigen?",
        "E|{dob}, {sidl} {sid}.",
        "O|Ist für die Abrechnung {month} hinterlegt. An {tcode} ändert sich nichts.",
        "E|Super, danke!"],
    cp=["C|Hallo {sname}, kann ich die Rechnung {inv} über {amount} mit Karte bezahlen?",
        "S|Natürlich, {cname}. Schicken Sie mir Kartennummer, Ablaufdatum und den Namen auf der Karte.",
        "C|{card}, gültig bis {exp}, {holder}.",
        "C|Können Sie die hinterlegte Karte mit den Endziffern {last4} nehmen?",
        "S|Zahlung ist durch, danke. An welche E-Mail soll der Beleg gehen?",
        "C|An {email} bitte.",
        "S|Ist raus. Viele Grüße, {sfull}"],
    eng=["Sehr geehrte(r) {cname},",
         "vielen Dank, dass Sie {practice} mit der Einkommensteuererklärung {year} und der monatlichen Lohnabrechnung der {firm} beauftragen.",
         "Unser Pauschalhonorar beträgt {fee} monatlich, abgerechnet quartalsweise. Für die Richtigkeit Ihrer Angaben bleiben Sie verantwortlich; wir übermitteln erst nach Ihrer schriftlichen Freigabe.",
         "Mit freundlichen Grüßen", "Steuerberater/in"],
    tout=["Betreff: {client}, {tidl} {tid}, Ihr Zeichen {tref}", "Sehr geehrte Damen und Herren,",
          "wir vertreten den oben genannten Steuerpflichtigen, geboren am {dob}, wohnhaft {addr}.",
          "Anbei erhalten Sie die berichtigte Erklärung für {year}. Bitte richten Sie weitere Schreiben an unsere Kanzlei.",
          "Mit freundlichen Grüßen"],
    tin=["Sehr geehrte(r) {cname},",
         "wir haben Ihre Erklärung für {year} geprüft. Der Betrag von {amount} ist bis zum {due} zu zahlen. Bitte geben Sie stets das Zeichen {tref} an.",
         "Ihre Ansprechpartnerin bzw. Ihr Ansprechpartner: {officer}.", "Mit freundlichen Grüßen"],
    note=["Hinweis der Kanzlei: Vom {d1} bis {d2} bleibt das Büro geschlossen.",
          "Die Abgabefrist endet am {d3}; bitte reichen Sie Ihre Unterlagen mindestens zwei Wochen vorher ein.",
          "Fragen zur Lohnabrechnung: {sw} oder {mb}. Unterlagen und Portal: {web}."],
    chk=["Checkliste Einkommensteuer {year}", "Zu prüfende Vergünstigungen", "Frist", "Steuerklasse"],
    naw=["Der Ernst der Lage ist allen klar: die Frist läuft Freitag ab.",
         "Frank und frei gesagt: ohne Belege keine Erstattung."],
    year="{y}", month=MONTHS["de"],
)
LX["fr"] = dict(
    req=["Tu peux vérifier s'il manque quelque chose avant que je dépose ?",
         "Résume-moi ça en trois points pour l'associé.",
         "Aide-moi à rédiger une réponse aimable."],
    F=dict(name="Nom, prénom", fam="Nom de naissance", given="Prénom(s)", dob="Date de naissance", addr="Adresse",
           phone="Portable", email="Courriel", passport="N° de passeport", partner="Conjoint / partenaire de PACS", child="Enfant",
           employee="Salarié", sign="Signature", date="Date", nat="Nationalité"),
    cc=["A|Bonjour {cname}, pour la déclaration {year} il me manque votre date de naissance et votre {tidl}.",
        "C|Bien sûr : née ou né le {dob}, {tidl} {tid}.",
        "A|Merci. Vous êtes toujours à la même adresse ?",
        "C|Non, nous avons déménagé cet été : {addr}. Nouveau portable : {phone}",
        "A|C'est noté. Pour la déclaration commune, il me faut le nom et la date de naissance de votre conjoint.",
        "C|{pname}, né(e) le {pdob}.",
        "C|Vous pouvez envoyer le projet à {email}."],
    ce=["E|Bonjour, c'est {ename} de {firm}. J'ai changé de banque, voici mon nouvel IBAN : {iban}",
        "E|Bonjour, c'est {ename} de {firm}. J'ai déménagé, nouvelle adresse : {addr}.",
        "O|Merci {ecall}. Pouvez-vous me confirmer votre date de naissance et votre {sidl} ?",
        "E|{dob}, {sidl} {sid}.",
        "O|C'est enregistré pour la paie de {month}. Votre {tcode} ne change pas.",
        "E|Parfait, merci !"],
    cp=["C|Bonjour {sname}, je peux régler la facture {inv} de {amount} par carte ?",
        "S|Bien sûr, {cname}. Envoyez-moi le numéro de carte, la date d'expiration et le nom du titulaire.",
        "C|{card}, expire fin {exp}, {holder}.",
        "C|Vous pouvez utiliser la carte enregistrée qui finit par {last4} ?",
        "S|Paiement accepté, merci. À quelle adresse j'envoie le reçu ?",
        "C|À {email}, merci.",
        "S|C'est envoyé. Bien cordialement, {sfull}"],
    eng=["Madame, Monsieur {cname},",
         "Nous vous remercions de confier à {practice} l'établissement de votre déclaration de revenus {year} et la paie mensuelle de {firm}.",
         "Nos honoraires forfaitaires s'élèvent à {fee} par mois, facturés chaque trimestre. Vous restez responsable des informations transmises ; aucune télédéclaration ne sera faite sans votre accord écrit.",
         "Veuillez agréer nos salutations distinguées.", "Expert-comptable associé(e)"],
    tout=["Objet : {client}, {tidl} {tid}, vos réf. {tref}", "Madame, Monsieur,",
          "Nous intervenons pour le contribuable ci-dessus, né(e) le {dob}, demeurant {addr}.",
          "Vous trouverez ci-joint la déclaration rectificative {year}. Merci d'adresser toute correspondance à notre cabinet.",
          "Veuillez agréer nos salutations distinguées."],
    tin=["Madame, Monsieur {cname},",
         "Après examen de votre déclaration {year}, la somme de {amount} reste à payer avant le {due}. Merci de rappeler la référence {tref} dans vos échanges.",
         "Votre interlocuteur : {officer}.", "Veuillez agréer nos salutations distinguées."],
    note=["Information du cabinet : nos bureaux seront fermés du {d1} au {d2}.",
          "La date limite de déclaration est le {d3} ; merci de nous transmettre vos pièces deux semaines avant.",
          "Questions de paie : {sw} ou {mb}. Documents et portail : {web}."],
    chk=["Liste de contrôle, revenus {year}", "Dispositifs à examiner", "Échéance", "Taux"],
    naw=["Prudence est de mise avant d'envoyer la liasse fiscale.",
         "Constance et rigueur : on rapproche les comptes chaque mois."],
    year="{y}", month=MONTHS["fr"],
)
LX["es"] = dict(
    req=["¿Puedes revisar si falta algo antes de presentarlo?",
         "Resúmelo en tres puntos para el socio.",
         "Ayúdame a redactar una respuesta amable."],
    F=dict(name="Apellidos y nombre", fam="Apellidos", given="Nombre", dob="Fecha de nacimiento", addr="Domicilio",
           phone="Móvil", email="Correo electrónico", passport="N.º de pasaporte", partner="Cónyuge", child="Hijo/a",
           employee="Trabajador/a", sign="Firma", date="Fecha", nat="Nacionalidad"),
    cc=["A|Hola {cname}, para la renta {year} me faltan tu fecha de nacimiento y tu {tidl}.",
        "C|Claro: nací el {dob} y mi {tidl} es {tid}.",
        "A|Gracias. ¿Sigues en el mismo domicilio?",
        "C|No, nos mudamos en verano: {addr}. Móvil nuevo: {phone}",
        "A|Apuntado. Para la declaración conjunta necesito el nombre completo y la fecha de nacimiento de tu cónyuge.",
        "C|{pname}, nacido/a el {pdob}.",
        "C|Mándame el borrador a {email}, porfa."],
    ce=["E|Hola, soy {ename}, de {firm}. He cambiado de banco, el IBAN nuevo es {iban}",
        "E|Hola, soy {ename}, de {firm}. Me he mudado, la dirección nueva es {addr}.",
        "O|Gracias, {ecall}. ¿Me confirmas la fecha de nacimiento y el {sidl} para cuadrar la ficha?",
        "E|{dob}, {sidl} {sid}.",
        "O|Actualizado para la nómina de {month}. El {tcode} no cambia.",
        "E|¡Genial, gracias!"],
    cp=["C|Hola {sname}, ¿puedo pagar la factura {inv} de {amount} con tarjeta?",
        "S|Claro, {cname}. Pásame el número de tarjeta, la caducidad y el nombre del titular.",
        "C|{card}, caduca {exp}, {holder}.",
        "C|¿Podéis usar la tarjeta que tenéis guardada, la que acaba en {last4}?",
        "S|Cobrado, gracias. ¿A qué correo te mando el justificante?",
        "C|A {email}, gracias.",
        "S|Enviado. Un saludo, {sfull}"],
    eng=["Estimado/a {cname}:",
         "Le agradecemos que haya confiado a {practice} la declaración de la renta {year} y la gestión mensual de las nóminas de {firm}.",
         "Nuestros honorarios fijos ascienden a {fee} al mes, facturados trimestralmente. Usted responde de la veracidad de los datos aportados y no presentaremos nada sin su conformidad por escrito.",
         "Atentamente,", "Socio/a director/a"],
    tout=["Asunto: {client}, {tidl} {tid}, su ref. {tref}", "Muy señores nuestros:",
          "Actuamos en representación del contribuyente arriba indicado, nacido/a el {dob}, con domicilio en {addr}.",
          "Adjuntamos la autoliquidación complementaria del ejercicio {year}. Rogamos remitan cualquier comunicación a nuestra asesoría.",
          "Atentamente,"],
    tin=["Estimado/a {cname}:",
         "Tras revisar su declaración del ejercicio {year}, resulta una cuota de {amount} que deberá ingresar antes del {due}. Indique la referencia {tref} en toda comunicación.",
         "Funcionario/a responsable: {officer}.", "Atentamente,"],
    note=["Aviso de la asesoría: la oficina permanecerá cerrada del {d1} al {d2}.",
          "El plazo de presentación termina el {d3}; envíenos la documentación con dos semanas de antelación.",
          "Consultas de nóminas: {sw} o {mb}. Documentación y portal: {web}."],
    chk=["Lista de comprobación, renta {year}", "Deducciones a revisar", "Plazo", "Retención"],
    naw=["Esperanza hay poca: Hacienda no contesta hasta junio.",
         "Victoria pírrica: nos devolvieron solo doce euros."],
    year="{y}", month=MONTHS["es"],
)
LX["it"] = dict(
    req=["Puoi controllare se manca qualcosa prima che lo trasmetta?",
         "Riassumilo in tre punti per il titolare dello studio.",
         "Aiutami a scrivere una risposta cortese."],
    F=dict(name="Cognome e nome", fam="Cognome", given="Nome", dob="Data di nascita", addr="Residenza",
           phone="Cellulare", email="E-mail", passport="N. passaporto", partner="Coniuge", child="Figlio/a",
           employee="Dipendente", sign="Firma", date="Data", nat="Cittadinanza"),
    cc=["A|Buongiorno {cname}, per il 730 {year} mi mancano la data di nascita e il {tidl}.",
        "C|Certo: sono nato/a il {dob}, {tidl} {tid}.",
        "A|Grazie. Abita ancora allo stesso indirizzo?",
        "C|No, ci siamo trasferiti in estate: {addr}. Nuovo cellulare: {phone}",
        "A|Segnato. Per le detrazioni mi servono nome completo e data di nascita del coniuge.",
        "C|{pname}, nato/a il {pdob}.",
        "C|La bozza me la mandi a {email}, grazie."],
    ce=["E|Buongiorno, sono {ename} di {firm}. Ho cambiato banca, il nuovo IBAN è {iban}",
        "E|Buongiorno, sono {ename} di {firm}. Ho cambiato casa, nuovo indirizzo: {addr}.",
        "O|Grazie {ecall}. Mi conferma data di nascita e {sidl} per l'anagrafica?",
        "E|{dob}, {sidl} {sid}.",
        "O|Aggiornato dal cedolino di {month}. L'{tcode} resta invariata.",
        "E|Perfetto, grazie!"],
    cp=["C|Buongiorno {sname}, posso pagare la fattura {inv} di {amount} con carta?",
        "S|Certo, {cname}. Mi mandi numero della carta, scadenza e intestatario.",
        "C|{card}, scadenza {exp}, {holder}.",
        "C|Potete usare la carta salvata che finisce con {last4}?",
        "S|Pagamento ricevuto, grazie. A quale e-mail mando la ricevuta?",
        "C|A {email}, grazie.",
        "S|Inviata. Cordiali saluti, {sfull}"],
    eng=["Gentile {cname},",
         "La ringraziamo per aver affidato a {practice} la dichiarazione dei redditi {year} e l'elaborazione mensile delle buste paga di {firm}.",
         "Il compenso forfettario è di {fee} al mese, fatturato trimestralmente. Resta a Suo carico la correttezza dei dati forniti; la trasmissione avverrà solo dopo il Suo consenso scritto.",
         "Cordiali saluti,", "Dottore commercialista"],
    tout=["Oggetto: {client}, {tidl} {tid}, Vs. rif. {tref}", "Spettabile Ufficio,",
          "scriviamo per conto del contribuente in oggetto, nato/a il {dob}, residente in {addr}.",
          "Alleghiamo la dichiarazione integrativa per il {year}. Vi preghiamo di inviare ogni comunicazione al nostro studio.",
          "Distinti saluti,"],
    tin=["Gentile {cname},",
         "dal controllo della dichiarazione {year} risulta dovuto l'importo di {amount}, da versare entro il {due}. Indichi sempre il riferimento {tref}.",
         "Funzionario incaricato: {officer}.", "Distinti saluti,"],
    note=["Avviso dello studio: gli uffici resteranno chiusi dal {d1} al {d2}.",
          "La scadenza di presentazione è il {d3}; inviateci i documenti almeno due settimane prima.",
          "Domande sulle buste paga: {sw} o {mb}. Documenti e portale: {web}."],
    chk=["Promemoria dichiarazione {year}", "Agevolazioni da valutare", "Scadenza", "Aliquota"],
    naw=["Felice di confermare che il 730 è stato trasmesso.",
         "Benedetta pazienza: il cassetto fiscale è di nuovo bloccato."],
    year="{y}", month=MONTHS["it"],
)
LX["nl"] = dict(
    req=["Kun je checken of er iets ontbreekt voordat ik het indien?",
         "Vat dit samen in drie punten voor de vennoot.",
         "Help me een vriendelijk antwoord te schrijven."],
    F=dict(name="Naam", fam="Achternaam", given="Voornamen", dob="Geboortedatum", addr="Adres",
           phone="Mobiel", email="E-mail", passport="Paspoortnummer", partner="Fiscale partner", child="Kind",
           employee="Werknemer", sign="Handtekening", date="Datum", nat="Nationaliteit"),
    cc=["A|Hoi {cname}, voor de aangifte {year} mis ik nog je geboortedatum en je {tidl}.",
        "C|Natuurlijk: geboren op {dob}, {tidl} {tid}.",
        "A|Dank je. Woon je nog op hetzelfde adres?",
        "C|Nee, we zijn deze zomer verhuisd: {addr}. Nieuw mobiel nummer: {phone}",
        "A|Genoteerd. Voor de verdeling van de aftrekposten heb ik de naam en geboortedatum van je fiscale partner nodig.",
        "C|{pname}, geboren op {pdob}.",
        "C|Stuur het concept maar naar {email}."],
    ce=["E|Hoi, met {ename} van {firm}. Ik heb een nieuwe bank, mijn IBAN is nu {iban}",
        "E|Hoi, met {ename} van {firm}. Ik ben verhuisd, nieuw adres: {addr}.",
        "O|Dank je, {ecall}. Wil je ter controle je geboortedatum en {sidl} bevestigen?",
        "E|{dob}, {sidl} {sid}.",
        "O|Staat erin voor de salarisrun van {month}. Je {tcode} blijft zoals het was.",
        "E|Top, bedankt!"],
    cp=["C|Hoi {sname}, kan ik factuur {inv} van {amount} met een creditcard betalen?",
        "S|Zeker, {cname}. Stuur me het kaartnummer, de vervaldatum en de naam op de kaart.",
        "C|{card}, geldig tot {exp}, {holder}.",
        "C|Kunnen jullie de opgeslagen kaart gebruiken die eindigt op {last4}?",
        "S|Betaling is gelukt, dank je. Naar welk e-mailadres stuur ik de bevestiging?",
        "C|Naar {email} graag.",
        "S|Verstuurd. Met vriendelijke groet, {sfull}"],
    eng=["Beste {cname},",
         "Dank voor uw opdracht aan {practice} voor de aangifte inkomstenbelasting {year} en de maandelijkse salarisadministratie van {firm}.",
         "Ons vaste honorarium bedraagt {fee} per maand, per kwartaal gefactureerd. U blijft verantwoordelijk voor de juistheid van uw gegevens; wij dienen pas in na uw schriftelijke akkoord.",
         "Met vriendelijke groet,", "Vennoot"],
    tout=["Betreft: {client}, {tidl} {tid}, uw kenmerk {tref}", "Geachte heer, mevrouw,",
          "Wij treden op namens bovengenoemde belastingplichtige, geboren op {dob}, wonende {addr}.",
          "Bijgaand treft u de aanvullende aangifte over {year}. Wilt u verdere correspondentie aan ons kantoor richten?",
          "Hoogachtend,"],
    tin=["Geachte {cname},",
         "Wij hebben uw aangifte over {year} beoordeeld. U moet {amount} betalen vóór {due}. Vermeld bij alle post het kenmerk {tref}.",
         "Uw contactpersoon: {officer}.", "Met vriendelijke groet,"],
    note=["Mededeling: ons kantoor is gesloten van {d1} tot en met {d2}.",
          "De aangiftetermijn loopt tot {d3}; lever uw stukken uiterlijk twee weken eerder aan.",
          "Vragen over de salarisadministratie: {sw} of {mb}. Stukken en portaal: {web}."],
    chk=["Checklist aangifte {year}", "Te beoordelen regelingen", "Termijn", "Loonheffing"],
    naw=["Roos op de gevel van het kantoor is weer opgeschilderd.",
         "Hoop doet leven, maar de aanslag komt toch."],
    year="belastingjaar {y}", month=MONTHS["nl"],
)
LX["pt"] = dict(
    req=["Pode conferir se falta alguma coisa antes de eu transmitir?",
         "Resuma isso em três tópicos para o sócio.",
         "Me ajude a escrever uma resposta educada."],
    F=dict(name="Nome completo", fam="Sobrenome", given="Nome", dob="Data de nascimento", addr="Endereço",
           phone="Celular", email="E-mail", passport="Nº do passaporte", partner="Cônjuge", child="Dependente",
           employee="Funcionário(a)", sign="Assinatura", date="Data", nat="Nacionalidade"),
    cc=["A|Oi {cname}, para a declaração {year} ainda preciso da sua data de nascimento e do seu {tidl}.",
        "C|Claro: nasci em {dob}, {tidl} {tid}.",
        "A|Obrigado. Continua no mesmo endereço?",
        "C|Não, mudamos no meio do ano: {addr}. Celular novo: {phone}",
        "A|Anotado. Para incluir como dependente preciso do nome completo e da data de nascimento do seu cônjuge.",
        "C|{pname}, nascido(a) em {pdob}.",
        "C|Pode mandar o rascunho para {email}."],
    ce=["E|Oi, aqui é {ename}, da {firm}. Troquei de banco, o IBAN novo é {iban}",
        "E|Oi, aqui é {ename}, da {firm}. Mudei de casa, endereço novo: {addr}.",
        "O|Obrigado, {ecall}. Confirma a data de nascimento e o {sidl} para eu bater o cadastro?",
        "E|{dob}, {sidl} {sid}.",
        "O|Atualizado para a folha de {month}. A {tcode} continua igual.",
        "E|Show, obrigado!"],
    cp=["C|Oi {sname}, posso pagar a nota {inv} de {amount} no cartão?",
        "S|Claro, {cname}. Me mande o número do cartão, a validade e o nome impresso.",
        "C|{card}, validade {exp}, {holder}.",
        "C|Pode usar o cartão cadastrado com final {last4}?",
        "S|Pagamento aprovado, obrigado. Para qual e-mail mando o recibo?",
        "C|Para {email}, por favor.",
        "S|Enviado. Abraço, {sfull}"],
    eng=["Prezado(a) {cname},",
         "Agradecemos por confiar ao {practice} a declaração de imposto de renda {year} e a folha de pagamento mensal da {firm}.",
         "Nossos honorários fixos são de {fee} por mês, faturados trimestralmente. A exatidão das informações é de sua responsabilidade, e só transmitiremos após sua aprovação por escrito.",
         "Atenciosamente,", "Contador(a) responsável"],
    tout=["Assunto: {client}, {tidl} {tid}, ref. {tref}", "Prezados senhores,",
          "Representamos o contribuinte acima, nascido(a) em {dob}, residente em {addr}.",
          "Segue em anexo a declaração retificadora do exercício {year}. Pedimos que as próximas comunicações sejam enviadas ao nosso escritório.",
          "Atenciosamente,"],
    tin=["Prezado(a) {cname},",
         "Na análise da sua declaração {year} apurou-se o valor de {amount}, a ser pago até {due}. Informe sempre a referência {tref}.",
         "Auditor(a) responsável: {officer}.", "Atenciosamente,"],
    note=["Aviso do escritório: não haverá expediente de {d1} a {d2}.",
          "O prazo de entrega termina em {d3}; envie seus documentos com duas semanas de antecedência.",
          "Dúvidas sobre a folha: {sw} ou {mb}. Documentos e portal: {web}."],
    chk=["Checklist da declaração {year}", "Incentivos a avaliar", "Prazo", "Alíquota"],
    naw=["Vitória! A Receita liberou a restituição no primeiro lote.",
         "Glória a quem guardou todos os recibos médicos."],
    year="{y}", month=MONTHS["pt"],
)
LX["pl"] = dict(
    req=["Sprawdzisz, czy czegoś nie brakuje, zanim to wyślę?",
         "Streść to w trzech punktach dla właścicielki biura.",
         "Pomóż mi napisać uprzejmą odpowiedź."],
    F=dict(name="Imię i nazwisko", fam="Nazwisko", given="Imiona", dob="Data urodzenia", addr="Adres zamieszkania",
           phone="Telefon kom.", email="E-mail", passport="Nr paszportu", partner="Małżonek", child="Dziecko",
           employee="Pracownik", sign="Podpis", date="Data", nat="Obywatelstwo"),
    cc=["A|Dzień dobry, {cname}, do zeznania za {year} brakuje mi daty urodzenia i numeru {tidl}.",
        "C|Jasne: urodziłem się / urodziłam się {dob}, {tidl} {tid}.",
        "A|Dziękuję. Czy adres się nie zmienił?",
        "C|Zmienił, przeprowadziliśmy się latem: {addr}. Nowy numer komórki: {phone}",
        "A|Zanotowane. Do wspólnego rozliczenia potrzebuję imienia, nazwiska i daty urodzenia małżonka.",
        "C|{pname}, ur. {pdob}.",
        "C|Projekt proszę wysłać na {email}."],
    ce=["E|Dzień dobry, tu {ename} z firmy {firm}. Zmieniłem bank, nowy numer konta: {iban}",
        "E|Dzień dobry, tu {ename} z firmy {firm}. Przeprowadziłem się, nowy adres: {addr}.",
        "O|Dziękuję, {ecall}. Proszę jeszcze potwierdzić datę urodzenia i {sidl}.",
        "E|{dob}, {sidl} {sid}.",
        "O|Zmienione od listy płac za {month}. {tcode} bez zmian.",
        "E|Super, dziękuję!"],
    cp=["C|Dzień dobry, {sname}, czy mogę zapłacić fakturę {inv} na {amount} kartą?",
        "S|Oczywiście, {cname}. Proszę o numer karty, datę ważności i imię i nazwisko posiadacza.",
        "C|{card}, ważna do {exp}, {holder}.",
        "C|Czy możecie obciążyć zapisaną kartę kończącą się na {last4}?",
        "S|Płatność przyjęta, dziękuję. Na jaki adres wysłać potwierdzenie?",
        "C|Na {email}, dziękuję.",
        "S|Wysłane. Pozdrawiam, {sfull}"],
    eng=["Szanowna Pani / Szanowny Panie {cname},",
         "dziękujemy za powierzenie biuru {practice} przygotowania zeznania podatkowego za {year} oraz comiesięcznej obsługi płac firmy {firm}.",
         "Nasze stałe wynagrodzenie wynosi {fee} miesięcznie, fakturowane kwartalnie. Za prawdziwość przekazanych danych odpowiada Pan/Pani; wysyłamy deklaracje wyłącznie po pisemnej akceptacji.",
         "Z poważaniem", "Właścicielka biura rachunkowego"],
    tout=["Dotyczy: {client}, {tidl} {tid}, znak sprawy {tref}", "Szanowni Państwo,",
          "działamy w imieniu wymienionego podatnika, urodzonego {dob}, zamieszkałego pod adresem {addr}.",
          "W załączeniu przesyłamy korektę zeznania za {year}. Prosimy o kierowanie dalszej korespondencji do naszego biura.",
          "Z poważaniem"],
    tin=["Szanowna Pani / Szanowny Panie {cname},",
         "po weryfikacji zeznania za {year} do zapłaty pozostaje {amount}, płatne do {due}. W korespondencji prosimy podawać znak {tref}.",
         "Osoba prowadząca sprawę: {officer}.", "Z poważaniem"],
    note=["Komunikat biura: w dniach {d1} – {d2} biuro będzie nieczynne.",
          "Termin złożenia zeznań mija {d3}; prosimy o dokumenty najpóźniej dwa tygodnie wcześniej.",
          "Sprawy płacowe: {sw} lub {mb}. Dokumenty i portal: {web}."],
    chk=["Lista kontrolna PIT za {year}", "Ulgi do sprawdzenia", "Termin", "Stawka"],
    naw=["Kalina przy wejściu do biura znowu zakwitła.",
         "Nadzieja w korekcie, bo urząd wciąż milczy."],
    year="rok podatkowy {y}", month=["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
)
LX["ru"] = dict(
    req=["Проверь, пожалуйста, всё ли заполнено, прежде чем я отправлю.",
         "Сделай краткое резюме в трёх пунктах для главбуха.",
         "Помоги написать вежливый ответ."],
    F=dict(name="ФИО", fam="Фамилия", given="Имя", dob="Дата рождения", addr="Адрес регистрации",
           phone="Мобильный", email="Эл. почта", passport="Загранпаспорт №", partner="Супруг(а)", child="Ребёнок",
           employee="Сотрудник", sign="Подпись", date="Дата", nat="Гражданство"),
    cc=["A|Здравствуйте, {cname}! Для декларации за {year} мне нужны ваша дата рождения и {tidl}.",
        "C|Конечно: дата рождения {dob}, {tidl} {tid}.",
        "A|Спасибо. Вы по-прежнему живёте по старому адресу?",
        "C|Нет, летом переехали: {addr}. Новый номер: {phone}",
        "A|Записала. Для вычета нужны ФИО и дата рождения супруга или супруги.",
        "C|{pname}, дата рождения {pdob}.",
        "C|Черновик пришлите, пожалуйста, на {email}."],
    ce=["E|Здравствуйте, это {ename} из {firm}. Зарплату теперь прошу перечислять на карту {card}",
        "E|Здравствуйте, это {ename} из {firm}. Я переехал, новый адрес: {addr}.",
        "O|Спасибо, {ecall}. Подтвердите, пожалуйста, дату рождения и {sidl}.",
        "E|{dob}, {sidl} {sid}.",
        "O|Изменения внесены с зарплаты за {month}. {tcode} без изменений.",
        "E|Отлично, спасибо!"],
    cp=["C|Здравствуйте, {sname}! Можно оплатить счёт {inv} на {amount} картой?",
        "S|Конечно, {cname}. Пришлите номер карты, срок действия и имя владельца.",
        "C|{card}, до {exp}, {holder}.",
        "C|Можно списать с сохранённой карты, которая заканчивается на {last4}?",
        "S|Оплата прошла, спасибо. На какую почту отправить чек?",
        "C|На {email}, спасибо.",
        "S|Отправила. С уважением, {sfull}"],
    eng=["Уважаемый(ая) {cname}!",
         "Благодарим вас за то, что поручили нам ({practice}) подготовку декларации за {year} и ежемесячный расчёт зарплаты {firm}.",
         "Стоимость услуг составляет {fee} в месяц, счёт выставляется ежеквартально. Вы отвечаете за достоверность переданных сведений; отчётность направляется только после вашего письменного согласия.",
         "С уважением,", "Главный бухгалтер"],
    tout=["Тема: {client}, {tidl} {tid}, ваш исх. {tref}", "Уважаемые коллеги!",
          "Мы представляем интересы указанного налогоплательщика, дата рождения {dob}, адрес: {addr}.",
          "Направляем уточнённую декларацию за {year}. Просим направлять дальнейшую переписку в нашу компанию.",
          "С уважением,"],
    tin=["Уважаемый(ая) {cname}!",
         "По итогам проверки декларации за {year} к уплате {amount} до {due}. При обращении указывайте номер {tref}.",
         "Ответственный специалист: {officer}.", "С уважением,"],
    note=["Объявление: офис не работает с {d1} по {d2}.",
          "Срок подачи деклараций — {d3}; пришлите документы не позднее чем за две недели.",
          "Вопросы по зарплате: {sw} или {mb}. Документы и личный кабинет: {web}."],
    chk=["Памятка по декларации за {year}", "Вычеты, которые стоит проверить", "Срок", "Ставка"],
    naw=["Вера в то, что налоговая ответит вовремя, тает с каждым днём.",
         "Любовь к порядку в первичке окупается при проверке."],
    year="{y} год", month=["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
)
LX["el"] = dict(
    req=["Μπορείς να ελέγξεις αν λείπει κάτι πριν το υποβάλω;",
         "Κάνε μου μια σύνοψη σε τρία σημεία για τον συνέταιρο.",
         "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    F=dict(name="Ονοματεπώνυμο", fam="Επώνυμο", given="Όνομα", dob="Ημερομηνία γέννησης", addr="Διεύθυνση κατοικίας",
           phone="Κινητό", email="Email", passport="Αρ. διαβατηρίου", partner="Σύζυγος", child="Τέκνο",
           employee="Εργαζόμενος", sign="Υπογραφή", date="Ημερομηνία", nat="Υπηκοότητα"),
    cc=["A|Καλησπέρα {cname}, για τη δήλωση {year} μου λείπουν η ημερομηνία γέννησης και ο {tidl} σας.",
        "C|Βεβαίως: γεννήθηκα {dob}, {tidl} {tid}.",
        "A|Ευχαριστώ. Μένετε ακόμα στην ίδια διεύθυνση;",
        "C|Όχι, μετακομίσαμε το καλοκαίρι: {addr}. Νέο κινητό: {phone}",
        "A|Το σημείωσα. Για την κοινή δήλωση χρειάζομαι ονοματεπώνυμο και ημερομηνία γέννησης του/της συζύγου.",
        "C|{pname}, γεννήθηκε {pdob}.",
        "C|Στείλτε μου το σχέδιο στο {email}."],
    ce=["E|Καλημέρα, είμαι {ename} από την {firm}. Άλλαξα τράπεζα, νέο IBAN: {iban}",
        "E|Καλημέρα, είμαι {ename} από την {firm}. Μετακόμισα, νέα διεύθυνση: {addr}.",
        "O|Ευχαριστώ, {ecall}. Μου επιβεβαιώνετε ημερομηνία γέννησης και {sidl};",
        "E|{dob}, {sidl} {sid}.",
        "O|Ενημερώθηκε από τη μισθοδοσία {month}. Η {tcode} δεν αλλάζει.",
        "E|Τέλεια, ευχαριστώ!"],
    cp=["C|Καλημέρα {sname}, μπορώ να εξοφλήσω το τιμολόγιο {inv} των {amount} με κάρτα;",
        "S|Φυσικά, {cname}. Στείλτε μου αριθμό κάρτας, λήξη και όνομα κατόχου.",
        "C|{card}, λήξη {exp}, {holder}.",
        "C|Μπορείτε να χρεώσετε την αποθηκευμένη κάρτα που λήγει σε {last4};",
        "S|Η πληρωμή ολοκληρώθηκε, ευχαριστώ. Σε ποιο email να στείλω την απόδειξη;",
        "C|Στο {email}, ευχαριστώ.",
        "S|Στάλθηκε. Με εκτίμηση, {sfull}"],
    eng=["Αγαπητέ/ή {cname},",
         "σας ευχαριστούμε που αναθέσατε στο {practice} τη φορολογική σας δήλωση {year} και τη μηνιαία μισθοδοσία της {firm}.",
         "Η σταθερή αμοιβή μας είναι {fee} τον μήνα, με τριμηνιαία τιμολόγηση. Την ευθύνη για την ακρίβεια των στοιχείων έχετε εσείς· υποβάλλουμε μόνο μετά από γραπτή έγκρισή σας.",
         "Με εκτίμηση,", "Λογιστής – Φοροτέχνης Α΄ τάξης"],
    tout=["Θέμα: {client}, {tidl} {tid}, σχετ. {tref}", "Αξιότιμοι κύριοι,",
          "εκπροσωπούμε τον ανωτέρω φορολογούμενο, γεννηθέντα {dob}, κάτοικο {addr}.",
          "Σας επισυνάπτουμε τροποποιητική δήλωση για το {year}. Παρακαλούμε η περαιτέρω αλληλογραφία να απευθύνεται στο γραφείο μας.",
          "Με τιμή,"],
    tin=["Αγαπητέ/ή {cname},",
         "από τον έλεγχο της δήλωσης {year} προκύπτει ποσό {amount}, πληρωτέο έως {due}. Αναφέρετε πάντα τον αριθμό {tref}.",
         "Υπεύθυνος υπάλληλος: {officer}.", "Με τιμή,"],
    note=["Ανακοίνωση: το γραφείο θα παραμείνει κλειστό από {d1} έως {d2}.",
          "Η προθεσμία υποβολής λήγει στις {d3}· στείλτε μας τα παραστατικά δύο εβδομάδες νωρίτερα.",
          "Θέματα μισθοδοσίας: {sw} ή {mb}. Έγγραφα και πύλη: {web}."],
    chk=["Λίστα ελέγχου δήλωσης {year}", "Εκπτώσεις προς έλεγχο", "Προθεσμία", "Συντελεστής"],
    naw=["Ειρήνη και ησυχία μετά την προθεσμία του Ε1.",
         "Ελπίδα μας να ανοίξει η πλατφόρμα νωρίτερα φέτος."],
    year="{y}", month=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
)
LX["tr"] = dict(
    req=["Göndermeden önce eksik bir şey var mı kontrol eder misin?",
         "Bunu ortak için üç maddede özetler misin?",
         "Buna kibar bir cevap yazmama yardım et."],
    F=dict(name="Adı Soyadı", fam="Soyadı", given="Adı", dob="Doğum tarihi", addr="Adres",
           phone="Cep telefonu", email="E-posta", passport="Pasaport no", partner="Eş", child="Çocuk",
           employee="Personel", sign="İmza", date="Tarih", nat="Uyruğu"),
    cc=["A|Merhaba {cname}, {year} beyannamesi için doğum tarihiniz ve {tidl} eksik.",
        "C|Tabii: doğum tarihim {dob}, {tidl} {tid}.",
        "A|Teşekkürler. Adresiniz aynı mı?",
        "C|Hayır, yazın taşındık: {addr}. Yeni cep numaram: {phone}",
        "A|Not aldım. Eşinizin adı soyadı ve doğum tarihi de lazım.",
        "C|{pname}, doğum tarihi {pdob}.",
        "C|Taslağı {email} adresine gönderebilirsiniz."],
    ce=["E|Merhaba, ben {firm} çalışanı {ename}. Banka değiştirdim, yeni IBAN: {iban}",
        "E|Merhaba, ben {firm} çalışanı {ename}. Taşındım, yeni adresim: {addr}.",
        "O|Teşekkürler {ecall}. Kayıt için doğum tarihinizi ve {sidl} teyit eder misiniz?",
        "E|{dob}, {sidl} {sid}.",
        "O|{month} bordrosundan itibaren güncellendi. {tcode} değişmiyor.",
        "E|Çok iyi, teşekkürler!"],
    cp=["C|Merhaba {sname}, {inv} numaralı {amount} tutarındaki faturayı kartla ödeyebilir miyim?",
        "S|Elbette {cname}. Kart numarasını, son kullanma tarihini ve kart sahibinin adını gönderin.",
        "C|{card}, SKT {exp}, {holder}.",
        "C|Kayıtlı olan ve {last4} ile biten kartı kullanabilir misiniz?",
        "S|Ödeme alındı, teşekkürler. Makbuzu hangi e-postaya göndereyim?",
        "C|{email} lütfen.",
        "S|Gönderildi. Saygılarımla, {sfull}"],
    eng=["Sayın {cname},",
         "{year} gelir vergisi beyannamenizin hazırlanmasını ve {firm} aylık bordro işlemlerini {practice} ofisine emanet ettiğiniz için teşekkür ederiz.",
         "Sabit ücretimiz aylık {fee} olup üç ayda bir faturalandırılır. Verdiğiniz bilgilerin doğruluğu sizin sorumluluğunuzdadır; yazılı onayınız olmadan hiçbir beyanname gönderilmez.",
         "Saygılarımızla,", "Serbest Muhasebeci Mali Müşavir"],
    tout=["Konu: {client}, {tidl} {tid}, ilgi {tref}", "Sayın Yetkili,",
          "Yukarıda adı geçen mükellefi temsil etmekteyiz; doğum tarihi {dob}, adresi {addr}.",
          "{year} dönemine ait düzeltme beyannamesi ekte sunulmuştur. Bundan sonraki yazışmaların ofisimize yapılmasını rica ederiz.",
          "Saygılarımızla,"],
    tin=["Sayın {cname},",
         "{year} beyannamenizin incelenmesi sonucunda {amount} tutarındaki verginin {due} tarihine kadar ödenmesi gerekmektedir. Yazışmalarda {tref} sayısını belirtiniz.",
         "İlgili memur: {officer}.", "Saygılarımızla,"],
    note=["Duyuru: ofisimiz {d1} – {d2} tarihleri arasında kapalıdır.",
          "Beyanname için son gün {d3}; belgelerinizi en geç iki hafta önce iletiniz.",
          "Bordro soruları: {sw} veya {mb}. Belgeler ve portal: {web}."],
    chk=["{year} beyanname kontrol listesi", "Değerlendirilecek indirimler", "Son gün", "Dilim"],
    naw=["Barış içinde bir beyanname dönemi diliyoruz.",
         "Umut ediyoruz ki sistem bu yıl son gün çökmez."],
    year="{y}", month=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
)
LX["he"] = dict(
    req=["תוכל לבדוק אם חסר משהו לפני שאני מגיש?",
         "תסכם לי את זה בשלוש נקודות בשביל השותף.",
         "תעזור לי לנסח תשובה מנומסת."],
    F=dict(name="שם מלא", fam="שם משפחה", given="שם פרטי", dob="תאריך לידה", addr="כתובת מגורים",
           phone="נייד", email="דוא\"ל", passport="מספר דרכון", partner="בן/בת זוג", child="ילד/ה",
           employee="עובד/ת", sign="חתימה", date="תאריך", nat="אזרחות"),
    cc=["A|שלום {cname}, לדוח לשנת {year} חסרים לי תאריך הלידה ו{tidl} שלך.",
        "C|בטח: נולדתי ב-{dob}, {tidl} {tid}.",
        "A|תודה. הכתובת עדיין אותה כתובת?",
        "C|לא, עברנו בקיץ: {addr}. נייד חדש: {phone}",
        "A|רשמתי. בשביל נקודות הזיכוי אני צריכה גם שם מלא ותאריך לידה של בן או בת הזוג.",
        "C|{pname}, נולד/ה ב-{pdob}.",
        "C|את הטיוטה אפשר לשלוח ל-{email}."],
    ce=["E|שלום, כאן {ename} מ{firm}. החלפתי בנק, ה-IBAN החדש: {iban}",
        "E|שלום, כאן {ename} מ{firm}. עברתי דירה, הכתובת החדשה: {addr}.",
        "O|תודה {ecall}. אפשר לאשר תאריך לידה ו{sidl} לצורך ההתאמה?",
        "E|{dob}, {sidl} {sid}.",
        "O|עודכן החל ממשכורת {month}. {tcode} לא משתנות.",
        "E|מעולה, תודה!"],
    cp=["C|היי {sname}, אפשר לשלם את חשבונית {inv} על סך {amount} בכרטיס אשראי?",
        "S|בטח {cname}. שלח/י מספר כרטיס, תוקף ושם בעל הכרטיס.",
        "C|{card}, תוקף {exp}, {holder}.",
        "C|אפשר לחייב את הכרטיס השמור שמסתיים ב-{last4}?",
        "S|התשלום עבר, תודה. לאיזה מייל לשלוח קבלה?",
        "C|ל-{email}, תודה.",
        "S|נשלח. בברכה, {sfull}"],
    eng=["לכבוד {cname},",
         "תודה שבחרת ב{practice} להכנת הדוח השנתי לשנת {year} ולהפקת המשכורות החודשיות של {firm}.",
         "שכר הטרחה הקבוע שלנו הוא {fee} לחודש, בחיוב רבעוני. האחריות לנכונות המידע שתמסור/י היא שלך; לא נגיש דבר ללא אישורך בכתב.",
         "בכבוד רב,", "רו\"ח, שותף/ה"],
    tout=["הנדון: {client}, {tidl} {tid}, סימוכין {tref}", "לכבוד פקיד השומה,",
          "אנו מייצגים את הנישום הנ\"ל, יליד {dob}, המתגורר ב{addr}.",
          "מצורף דוח מתוקן לשנת {year}. נבקש להפנות כל התכתבות נוספת למשרדנו.",
          "בכבוד רב,"],
    tin=["לכבוד {cname},",
         "בבדיקת הדוח לשנת {year} נמצא חוב בסך {amount}, לתשלום עד {due}. נא לציין את הסימוכין {tref} בכל פנייה.",
         "פקיד/ת מטפל/ת: {officer}.", "בכבוד רב,"],
    note=["הודעה: המשרד סגור מ-{d1} עד {d2}.",
          "המועד האחרון להגשה הוא {d3}; נא להעביר מסמכים לפחות שבועיים לפני.",
          "שאלות שכר: {sw} או {mb}. מסמכים ופורטל: {web}."],
    chk=["רשימת בדיקה לדוח {year}", "הטבות לבדיקה", "מועד", "מדרגת מס"],
    naw=["שלום לכולם, המשרד סגור ביום שישי.",
         "אור בקצה המנהרה: ההחזר אושר סוף סוף."],
    year="{y}", month=["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
)
LX["ar"] = dict(
    req=["ممكن تراجع لو فيه حاجة ناقصة قبل ما أقدّمه؟",
         "لخّص ده في ثلاث نقاط للشريك.",
         "ساعدني أكتب رد مهذب على ده."],
    F=dict(name="الاسم بالكامل", fam="اسم العائلة", given="الاسم الأول", dob="تاريخ الميلاد", addr="العنوان",
           phone="الموبايل", email="البريد الإلكتروني", passport="رقم جواز السفر", partner="الزوج/الزوجة", child="الابن/الابنة",
           employee="الموظف", sign="التوقيع", date="التاريخ", nat="الجنسية"),
    cc=["A|أهلاً {cname}، علشان إقرار {year} محتاج تاريخ ميلادك و{tidl}.",
        "C|أكيد: مواليد {dob}، {tidl} {tid}.",
        "A|شكراً. لسه ساكن في نفس العنوان؟",
        "C|لا، عزّلنا في الصيف: {addr}. رقم الموبايل الجديد: {phone}",
        "A|تمام. محتاج كمان الاسم بالكامل وتاريخ الميلاد للزوج أو الزوجة.",
        "C|{pname}، مواليد {pdob}.",
        "C|ابعت المسودة على {email} لو سمحت."],
    ce=["E|السلام عليكم، معاك {ename} من {firm}. غيّرت البنك، رقم الـ IBAN الجديد: {iban}",
        "E|السلام عليكم، معاك {ename} من {firm}. نقلت سكن، العنوان الجديد: {addr}.",
        "O|شكراً يا {ecall}. ممكن تأكد تاريخ الميلاد و{sidl} علشان أطابق الملف؟",
        "E|{dob}، {sidl} {sid}.",
        "O|اتحدّث من مرتب شهر {month}. {tcode} زي ما هي.",
        "E|تمام، شكراً!"],
    cp=["C|أهلاً {sname}، ينفع أدفع فاتورة {inv} بمبلغ {amount} بالكارت؟",
        "S|طبعاً يا {cname}. ابعت رقم الكارت وتاريخ الانتهاء والاسم اللي على الكارت.",
        "C|{card}، ينتهي {exp}، {holder}.",
        "C|ممكن تستخدموا الكارت المحفوظ اللي آخره {last4}؟",
        "S|الدفع تم، شكراً. أبعت الإيصال على أنهي إيميل؟",
        "C|على {email} لو سمحت.",
        "S|اتبعت. مع التحية، {sfull}"],
    eng=["السيد/السيدة {cname}،",
         "نشكركم على تكليف {practice} بإعداد الإقرار الضريبي لسنة {year} وإعداد المرتبات الشهرية لـ{firm}.",
         "أتعابنا الثابتة {fee} شهرياً وتُحصّل كل ثلاثة أشهر. تظل مسؤولية صحة البيانات عليكم، ولن نقدّم أي إقرار إلا بعد موافقتكم الكتابية.",
         "وتفضلوا بقبول فائق الاحترام،", "محاسب قانوني - شريك"],
    tout=["الموضوع: {client}، {tidl} {tid}، إشارة {tref}", "السيد مدير المأمورية،",
          "نتشرف بتمثيل الممول المذكور أعلاه، مواليد {dob}، والمقيم في {addr}.",
          "مرفق الإقرار المعدّل عن سنة {year}. نرجو توجيه أي مراسلات لاحقة إلى مكتبنا.",
          "وتفضلوا بقبول فائق الاحترام،"],
    tin=["السيد/السيدة {cname}،",
         "بعد فحص إقرار سنة {year} تبين استحقاق مبلغ {amount} يُسدّد قبل {due}. برجاء ذكر الرقم المرجعي {tref} في أي مراسلة.",
         "الموظف المختص: {officer}.", "وتفضلوا بقبول فائق الاحترام،"],
    note=["تنويه: المكتب مغلق من {d1} إلى {d2}.",
          "آخر موعد لتقديم الإقرارات {d3}؛ برجاء إرسال المستندات قبلها بأسبوعين على الأقل.",
          "استفسارات المرتبات: {sw} أو {mb}. المستندات والبوابة: {web}."],
    chk=["قائمة مراجعة إقرار {year}", "إعفاءات تستحق المراجعة", "الموعد", "الشريحة"],
    naw=["سلام للجميع، المكتب مغلق يوم الجمعة.",
         "نور السلم اتصلّح أخيراً قدام باب المكتب."],
    year="{y}", month=MONTHS_X["ar"],
)
LX["hi"] = dict(
    req=["जमा करने से पहले देख लो कि कुछ छूटा तो नहीं है?",
         "इसे पार्टनर के लिए तीन बिंदुओं में सारांशित कर दो।",
         "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    F=dict(name="पूरा नाम", fam="उपनाम", given="पहला नाम", dob="जन्म तिथि", addr="पता",
           phone="मोबाइल", email="ईमेल", passport="पासपोर्ट संख्या", partner="पति/पत्नी", child="संतान",
           employee="कर्मचारी", sign="हस्ताक्षर", date="दिनांक", nat="राष्ट्रीयता"),
    cc=["A|नमस्ते {cname} जी, {year} के रिटर्न के लिए आपकी जन्म तिथि और {tidl} चाहिए।",
        "C|ज़रूर: जन्म तिथि {dob}, {tidl} {tid}।",
        "A|धन्यवाद। क्या आप अभी भी उसी पते पर रहते हैं?",
        "C|नहीं, गर्मियों में घर बदल लिया: {addr}। नया मोबाइल: {phone}",
        "A|नोट कर लिया। पत्नी या पति का पूरा नाम और जन्म तिथि भी भेज दीजिए।",
        "C|{pname}, जन्म तिथि {pdob}।",
        "C|ड्राफ़्ट {email} पर भेज दीजिए।"],
    ce=["E|नमस्ते, मैं {firm} से {ename} बोल रहा हूँ। मेरा पता बदल गया है, नया पता: {addr}।",
        "E|नमस्ते, मैं {firm} से {ename} बोल रहा हूँ। मेरा पता बदल गया है, नया पता: {addr}।",
        "O|धन्यवाद {ecall} जी। रिकॉर्ड मिलाने के लिए जन्म तिथि और {sidl} बता दीजिए।",
        "E|{dob}, {sidl} {sid}।",
        "O|{month} के वेतन से अपडेट हो गया है। {tcode} वही रहेगा।",
        "E|बढ़िया, धन्यवाद!"],
    cp=["C|नमस्ते {sname} जी, क्या इनवॉइस {inv} के {amount} कार्ड से दे सकता हूँ?",
        "S|ज़रूर {cname} जी। कार्ड नंबर, एक्सपायरी और कार्ड पर लिखा नाम भेज दीजिए।",
        "C|{card}, एक्सपायरी {exp}, {holder}।",
        "C|जो कार्ड फ़ाइल में है, जिसके आख़िरी अंक {last4} हैं, उसी से ले लीजिए।",
        "S|भुगतान हो गया, धन्यवाद। रसीद किस ईमेल पर भेजूँ?",
        "C|{email} पर भेज दीजिए।",
        "S|भेज दी है। सादर, {sfull}"],
    eng=["प्रिय {cname} जी,",
         "{year} का आयकर रिटर्न तैयार करने और {firm} का मासिक पेरोल चलाने का काम {practice} को सौंपने के लिए धन्यवाद।",
         "हमारी तय फ़ीस {fee} प्रति माह है, जिसका बिल हर तिमाही भेजा जाएगा। दी गई जानकारी की सत्यता आपकी ज़िम्मेदारी है; आपकी लिखित मंज़ूरी के बिना हम कुछ भी फ़ाइल नहीं करेंगे।",
         "सादर,", "चार्टर्ड अकाउंटेंट, पार्टनर"],
    tout=["विषय: {client}, {tidl} {tid}, संदर्भ {tref}", "महोदय/महोदया,",
          "हम उपरोक्त करदाता की ओर से लिख रहे हैं, जन्म तिथि {dob}, निवासी {addr}।",
          "{year} का संशोधित रिटर्न संलग्न है। कृपया आगे का पत्राचार हमारे कार्यालय को भेजें।",
          "भवदीय,"],
    tin=["प्रिय {cname},",
         "{year} के रिटर्न की जाँच के बाद {amount} की माँग बनती है, जिसे {due} तक जमा करना है। कृपया हर पत्र में संदर्भ {tref} लिखें।",
         "संबंधित अधिकारी: {officer}।", "भवदीय,"],
    note=["सूचना: कार्यालय {d1} से {d2} तक बंद रहेगा।",
          "रिटर्न भरने की आख़िरी तारीख़ {d3} है; कृपया दस्तावेज़ कम से कम दो हफ़्ते पहले भेजें।",
          "पेरोल संबंधी प्रश्न: {sw} या {mb}। दस्तावेज़ और पोर्टल: {web}।"],
    chk=["{year} रिटर्न की जाँच-सूची", "देखने लायक़ छूट", "अंतिम तिथि", "कर व्यवस्था"],
    naw=["शांति से काम करें, आख़िरी तारीख़ अभी दूर है।",
         "आशा है इस बार रिफ़ंड जल्दी आएगा।"],
    year="वित्त वर्ष {y}", month=MONTHS_X["hi"],
)
LX["th"] = dict(
    req=["ช่วยดูหน่อยว่ายังขาดอะไรไหมก่อนยื่น",
         "สรุปเป็นสามข้อให้หุ้นส่วนหน่อย",
         "ช่วยเขียนคำตอบแบบสุภาพให้หน่อย"],
    F=dict(name="ชื่อ-นามสกุล", fam="นามสกุล", given="ชื่อ", dob="วันเกิด", addr="ที่อยู่",
           phone="มือถือ", email="อีเมล", passport="เลขที่หนังสือเดินทาง", partner="คู่สมรส", child="บุตร",
           employee="พนักงาน", sign="ลงชื่อ", date="วันที่", nat="สัญชาติ"),
    cc=["A|สวัสดีค่ะคุณ{cname} สำหรับการยื่นภาษีปี {year} ยังขาดวันเกิดและ{tidl}ค่ะ",
        "C|ได้ครับ เกิดวันที่ {dob} {tidl} {tid}",
        "A|ขอบคุณค่ะ ยังอยู่ที่อยู่เดิมไหมคะ",
        "C|ย้ายแล้วครับ ที่อยู่ใหม่ {addr} เบอร์ใหม่ {phone}",
        "A|รับทราบค่ะ ขอชื่อ-นามสกุลและวันเกิดของคู่สมรสเพื่อใช้ลดหย่อนด้วยนะคะ",
        "C|{pname} เกิด {pdob}",
        "C|ส่งร่างมาที่ {email} ได้เลยครับ"],
    ce=["E|สวัสดีครับ {ename} จาก{firm}ครับ ผมย้ายบ้านแล้ว ที่อยู่ใหม่คือ {addr}",
        "E|สวัสดีครับ {ename} จาก{firm}ครับ ผมย้ายบ้านแล้ว ที่อยู่ใหม่คือ {addr}",
        "O|ขอบคุณค่ะคุณ{ecall} รบกวนยืนยันวันเกิดและ{sidl}อีกครั้งนะคะ",
        "E|{dob} {sidl} {sid}",
        "O|อัปเดตตั้งแต่งวดเงินเดือน{month}แล้วค่ะ {tcode} เหมือนเดิม",
        "E|ขอบคุณครับ"],
    cp=["C|สวัสดีค่ะคุณ{sname} ขอจ่ายใบแจ้งหนี้ {inv} ยอด {amount} ด้วยบัตรได้ไหมคะ",
        "S|ได้ครับคุณ{cname} ส่งเลขบัตร วันหมดอายุ และชื่อบนบัตรมาได้เลยครับ",
        "C|{card} หมดอายุ {exp} {holder}",
        "C|ใช้บัตรที่บันทึกไว้ ลงท้าย {last4} ได้ไหมคะ",
        "S|ชำระเรียบร้อยครับ ให้ส่งใบเสร็จไปที่อีเมลไหนครับ",
        "C|{email} ค่ะ",
        "S|ส่งแล้วครับ ขอบคุณครับ {sfull}"],
    eng=["เรียน คุณ{cname}",
         "ขอบคุณที่ไว้วางใจให้{practice}จัดทำแบบแสดงรายการภาษีปี {year} และทำเงินเดือนรายเดือนของ{firm}",
         "ค่าบริการคงที่ {fee} ต่อเดือน เรียกเก็บทุกไตรมาส ท่านรับผิดชอบความถูกต้องของข้อมูลที่ให้ไว้ และเราจะยื่นแบบเมื่อได้รับความยินยอมเป็นลายลักษณ์อักษรเท่านั้น",
         "ขอแสดงความนับถือ", "ผู้สอบบัญชีรับอนุญาต หุ้นส่วน"],
    tout=["เรื่อง {client} {tidl} {tid} อ้างถึง {tref}", "เรียน สรรพากรพื้นที่",
          "สำนักงานฯ ในฐานะตัวแทนของผู้เสียภาษีข้างต้น เกิดวันที่ {dob} ที่อยู่ {addr}",
          "ขอส่งแบบแสดงรายการเพิ่มเติมสำหรับปี {year} มาพร้อมนี้ และขอให้ติดต่อกลับที่สำนักงานฯ",
          "ขอแสดงความนับถือ"],
    tin=["เรียน คุณ{cname}",
         "จากการตรวจแบบแสดงรายการปี {year} ท่านมีภาษีต้องชำระ {amount} ภายใน {due} โปรดอ้างเลขที่ {tref} ทุกครั้ง",
         "เจ้าหน้าที่ผู้รับผิดชอบ: {officer}", "ขอแสดงความนับถือ"],
    note=["ประกาศ: สำนักงานปิดทำการตั้งแต่ {d1} ถึง {d2}",
          "กำหนดยื่นแบบวันสุดท้ายคือ {d3} กรุณาส่งเอกสารล่วงหน้าอย่างน้อยสองสัปดาห์",
          "สอบถามเรื่องเงินเดือน: {sw} หรือ {mb} เอกสารและพอร์ทัล: {web}"],
    chk=["รายการตรวจสอบภาษีปี {year}", "ค่าลดหย่อนที่ควรดู", "กำหนดยื่น", "แบบ"],
    naw=["ขอให้สมหวังกับการยื่นภาษีปีนี้ทุกคนนะคะ",
         "ฟ้าใสหลังฝนตก แต่กำหนดยื่นแบบใกล้เข้ามาแล้ว"],
    year="{y}", month=MONTHS_X["thf"],
)
LX["zh"] = dict(
    req=["提交之前帮我看看还有没有漏填的？",
         "帮我整理成三条要点，给合伙人看。",
         "帮我写一个礼貌的回复。"],
    F=dict(name="姓名", fam="姓", given="名", dob="出生日期", addr="住址",
           phone="手机", email="电子邮箱", passport="护照号码", partner="配偶", child="子女",
           employee="员工", sign="签字", date="日期", nat="国籍"),
    cc=["A|{cname}您好，办理{year}个税汇算还需要您的出生日期和{tidl}。",
        "C|好的：出生日期{dob}，{tidl}{tid}。",
        "A|谢谢。您还住在原来的地址吗？",
        "C|不是了，夏天搬家了：{addr}。新手机号：{phone}",
        "A|记下了。专项附加扣除还需要配偶的姓名和出生日期。",
        "C|{pname}，出生日期{pdob}。",
        "C|草稿发到{email}就行。"],
    ce=["E|您好，我是{firm}的{ename}。工资卡换了，新卡号：{card}",
        "E|您好，我是{firm}的{ename}。我搬家了，新地址：{addr}。",
        "O|谢谢{ecall}。麻烦再确认一下出生日期和{sidl}。",
        "E|{dob}，{sidl}{sid}。",
        "O|从{month}工资起已更新，{tcode}不变。",
        "E|好的，谢谢！"],
    cp=["C|{sname}您好，发票{inv}的{amount}可以刷卡支付吗？",
        "S|可以的，{cname}。请发一下卡号、有效期和持卡人姓名。",
        "C|{card}，有效期{exp}，{holder}。",
        "C|可以直接用存档里尾号{last4}的那张卡吗？",
        "S|已扣款，谢谢。收据发到哪个邮箱？",
        "C|发到{email}，谢谢。",
        "S|已发送。{sfull}"],
    eng=["尊敬的{cname}：",
         "感谢您委托{practice}办理{year}个人所得税汇算，并负责{firm}的每月工资核算。",
         "我们的固定服务费为每月{fee}，按季度开票。您对所提供资料的真实性负责；未经您书面确认，我们不会提交任何申报。",
         "此致", "合伙人 注册会计师"],
    tout=["事由：{client}，{tidl}{tid}，文号{tref}", "尊敬的税务机关：",
          "我所受上述纳税人委托，纳税人出生日期{dob}，住址{addr}。",
          "现附上{year}更正申报表，后续文书请寄送我所。",
          "此致"],
    tin=["{cname}：",
         "经审核，您{year}的申报需补缴税款{amount}，请于{due}前缴纳。来函请注明文号{tref}。",
         "经办人：{officer}。", "特此通知"],
    note=["通知：本所于{d1}至{d2}放假。",
          "汇算清缴截止日为{d3}，请至少提前两周提交资料。",
          "工资问题请致电{sw}或发邮件至{mb}。资料与客户门户：{web}。"],
    chk=["{year}汇算清缴核对清单", "可关注的扣除项目", "截止日", "计税方式"],
    naw=["国庆假期后统一办理社保基数调整。",
         "建国路那家打印店周末也营业。"],
    year="{y}年度", month=["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
)
LX["ja"] = dict(
    req=["提出する前に抜けがないか確認してもらえますか。",
         "所長向けに三行でまとめてください。",
         "丁寧な返信の文面を考えてください。"],
    F=dict(name="氏名", fam="姓", given="名", dob="生年月日", addr="住所",
           phone="携帯電話", email="メール", passport="旅券番号", partner="配偶者", child="扶養親族",
           employee="従業員", sign="署名", date="日付", nat="国籍"),
    cc=["A|{cname}様、{year}の確定申告について、生年月日と{tidl}をお知らせください。",
        "C|はい、生年月日は{dob}、{tidl}は{tid}です。",
        "A|ありがとうございます。ご住所は以前と同じでしょうか。",
        "C|夏に引っ越しました。{addr}です。携帯も変わりました：{phone}",
        "A|承知しました。配偶者控除のため、配偶者の氏名と生年月日もお願いします。",
        "C|{pname}、{pdob}生まれです。",
        "C|下書きは{email}に送ってください。"],
    ce=["E|お疲れさまです、{firm}の{ename}です。引っ越しましたので、新住所は{addr}です。",
        "E|お疲れさまです、{firm}の{ename}です。引っ越しましたので、新住所は{addr}です。",
        "O|{ecall}さん、ありがとうございます。確認のため生年月日と{sidl}をお願いします。",
        "E|{dob}、{sidl}は{sid}です。",
        "O|{month}分の給与から反映しました。{tcode}は変わりません。",
        "E|ありがとうございます。"],
    cp=["C|{sname}さん、請求書{inv}の{amount}をカードで払えますか。",
        "S|はい、{cname}様。カード番号、有効期限、名義をお送りください。",
        "C|{card}、有効期限{exp}、{holder}です。",
        "C|登録済みの末尾{last4}のカードで決済できますか。",
        "S|決済が完了しました。領収書はどのメールに送りましょうか。",
        "C|{email}にお願いします。",
        "S|送信しました。{sfull}"],
    eng=["{cname}様",
         "このたびは{year}の確定申告および{firm}の毎月の給与計算を{practice}にご依頼いただき、ありがとうございます。",
         "報酬は月額{fee}とし、四半期ごとに請求いたします。ご提供いただく資料の正確性はご依頼者様の責任とし、書面でのご承認後に申告いたします。",
         "敬具", "代表税理士"],
    tout=["件名：{client}、{tidl}{tid}、{tref}", "税務署御中",
          "当事務所は上記納税者（生年月日{dob}、住所{addr}）の税務代理人です。",
          "{year}の修正申告書を同封いたします。今後のご連絡は当事務所宛てにお願いいたします。",
          "敬具"],
    tin=["{cname}様",
         "{year}の申告内容を確認した結果、{amount}の納付が必要です。{due}までに納付してください。お問い合わせの際は{tref}をお伝えください。",
         "担当：{officer}", "以上"],
    note=["お知らせ：{d1}から{d2}まで休業いたします。",
          "申告期限は{d3}です。資料は二週間前までにお送りください。",
          "給与に関するお問い合わせ：{sw}または{mb}。資料・ポータル：{web}"],
    chk=["{year} 確定申告チェックリスト", "検討したい控除", "期限", "区分"],
    naw=["希望者には年末調整の説明会を開きます。",
         "翼を広げるように、今期は顧問先を増やしていきます。"],
    year="{y}年分", month=["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
)
LX["ko"] = dict(
    req=["제출하기 전에 빠진 게 없는지 봐 줄래?",
         "대표님 보고용으로 세 줄 요약해 줘.",
         "정중한 답장 쓰는 것 좀 도와줘."],
    F=dict(name="성명", fam="성", given="이름", dob="생년월일", addr="주소",
           phone="휴대전화", email="이메일", passport="여권번호", partner="배우자", child="자녀",
           employee="직원", sign="서명", date="일자", nat="국적"),
    cc=["A|{cname}님, {year} 종합소득세 신고에 생년월일과 {tidl}가 필요합니다.",
        "C|네, 생년월일은 {dob}이고 {tidl}는 {tid}입니다.",
        "A|감사합니다. 주소는 그대로이신가요?",
        "C|여름에 이사했어요. {addr}입니다. 새 번호는 {phone}",
        "A|확인했습니다. 배우자 공제를 위해 배우자 성명과 생년월일도 부탁드립니다.",
        "C|{pname}, {pdob}생입니다.",
        "C|초안은 {email}로 보내 주세요."],
    ce=["E|안녕하세요, {firm} {ename}입니다. 이사해서 주소가 바뀌었어요. {addr}입니다.",
        "E|안녕하세요, {firm} {ename}입니다. 이사해서 주소가 바뀌었어요. {addr}입니다.",
        "O|{ecall}님, 감사합니다. 확인을 위해 생년월일과 {sidl} 부탁드립니다.",
        "E|{dob}, {sidl} {sid}입니다.",
        "O|{month} 급여부터 반영했습니다. {tcode} 기준은 그대로입니다.",
        "E|감사합니다!"],
    cp=["C|{sname}님, 청구서 {inv} {amount} 카드로 결제해도 될까요?",
        "S|네, {cname}님. 카드번호, 유효기간, 카드 명의를 보내 주세요.",
        "C|{card}, 유효기간 {exp}, {holder}입니다.",
        "C|등록해 둔 끝자리 {last4} 카드로 결제해 주실 수 있나요?",
        "S|결제 완료됐습니다. 영수증은 어느 메일로 보내 드릴까요?",
        "C|{email}로 부탁드려요.",
        "S|발송했습니다. {sfull} 드림"],
    eng=["{cname} 귀하",
         "{year} 종합소득세 신고와 {firm}의 월별 급여 업무를 {practice}에 맡겨 주셔서 감사합니다.",
         "수임료는 월 {fee}이며 분기별로 청구합니다. 제공하신 자료의 정확성은 의뢰인께 책임이 있으며, 서면 승인 후에만 신고합니다.",
         "감사합니다.", "대표 세무사"],
    tout=["제목: {client}, {tidl} {tid}, 관련 {tref}", "세무서장 귀하",
          "당 사무소는 위 납세자(생년월일 {dob}, 주소 {addr})의 세무대리인입니다.",
          "{year} 수정신고서를 첨부합니다. 향후 연락은 당 사무소로 부탁드립니다.",
          "감사합니다."],
    tin=["{cname} 귀하",
         "{year} 신고 내용을 검토한 결과 {amount}을 {due}까지 납부하셔야 합니다. 문의 시 {tref}를 알려 주십시오.",
         "담당자: {officer}", "감사합니다."],
    note=["안내: {d1}부터 {d2}까지 사무실 휴무입니다.",
          "신고 기한은 {d3}입니다. 자료는 2주 전까지 보내 주세요.",
          "급여 문의: {sw} 또는 {mb}. 자료 및 포털: {web}"],
    chk=["{year} 신고 체크리스트", "검토할 공제 항목", "기한", "구분"],
    naw=["하늘이 맑아도 신고 기한은 다가옵니다.",
         "보람 있는 한 해였습니다, 모두 수고하셨습니다."],
    year="{y}년 귀속", month=["1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"],
)
LX["vi"] = dict(
    req=["Kiểm tra giúp em xem còn thiếu gì trước khi nộp nhé.",
         "Tóm tắt giúp em thành ba ý để gửi chị trưởng phòng.",
         "Giúp em viết một câu trả lời lịch sự."],
    F=dict(name="Họ và tên", fam="Họ", given="Tên", dob="Ngày sinh", addr="Địa chỉ thường trú",
           phone="Di động", email="Email", passport="Số hộ chiếu", partner="Vợ/chồng", child="Con",
           employee="Nhân viên", sign="Ký tên", date="Ngày", nat="Quốc tịch"),
    cc=["A|Chào anh/chị {cname}, để quyết toán thuế {year} em cần ngày sinh và {tidl} của anh/chị.",
        "C|Được em: sinh {dob}, {tidl} {tid}.",
        "A|Cảm ơn anh/chị. Mình vẫn ở địa chỉ cũ chứ ạ?",
        "C|Không, hè vừa rồi chuyển nhà: {addr}. Số mới: {phone}",
        "A|Em ghi nhận rồi. Để tính giảm trừ gia cảnh em cần thêm họ tên và ngày sinh của vợ hoặc chồng.",
        "C|{pname}, sinh {pdob}.",
        "C|Bản nháp gửi vào {email} giúp chị nhé."],
    ce=["E|Chào chị, em là {ename} bên {firm}. Em chuyển nhà rồi, địa chỉ mới: {addr}.",
        "E|Chào chị, em là {ename} bên {firm}. Em chuyển nhà rồi, địa chỉ mới: {addr}.",
        "O|Cảm ơn {ecall}. Em xác nhận giúp chị ngày sinh và {sidl} nhé.",
        "E|{dob}, {sidl} {sid}.",
        "O|Đã cập nhật từ bảng lương {month}. Phần {tcode} giữ nguyên.",
        "E|Dạ em cảm ơn chị!"],
    cp=["C|Chào {sname}, chị trả hóa đơn {inv} số tiền {amount} bằng thẻ được không?",
        "S|Dạ được ạ. Chị gửi em số thẻ, ngày hết hạn và tên chủ thẻ nhé.",
        "C|{card}, hết hạn {exp}, {holder}.",
        "C|Em dùng luôn thẻ đã lưu, đuôi {last4} giúp chị nhé.",
        "S|Thanh toán xong rồi ạ. Em gửi biên lai vào email nào ạ?",
        "C|Vào {email} em nhé.",
        "S|Em gửi rồi ạ. {sfull}"],
    eng=["Kính gửi {cname},",
         "Cảm ơn anh/chị đã giao cho {practice} việc quyết toán thuế thu nhập cá nhân {year} và làm lương hằng tháng cho {firm}.",
         "Phí dịch vụ cố định là {fee} mỗi tháng, xuất hóa đơn theo quý. Anh/chị chịu trách nhiệm về tính chính xác của thông tin cung cấp; chúng tôi chỉ nộp tờ khai khi có xác nhận bằng văn bản.",
         "Trân trọng,", "Kế toán trưởng"],
    tout=["V/v: {client}, {tidl} {tid}, tham chiếu {tref}", "Kính gửi Chi cục Thuế,",
          "Công ty chúng tôi là đại lý thuế của người nộp thuế nêu trên, sinh {dob}, địa chỉ {addr}.",
          "Xin gửi kèm tờ khai bổ sung {year}. Đề nghị mọi thư từ tiếp theo gửi về công ty chúng tôi.",
          "Trân trọng,"],
    tin=["Kính gửi {cname},",
         "Qua kiểm tra tờ khai {year}, số thuế phải nộp là {amount}, hạn nộp {due}. Vui lòng ghi số tham chiếu {tref} khi liên hệ.",
         "Cán bộ phụ trách: {officer}.", "Trân trọng,"],
    note=["Thông báo: văn phòng nghỉ từ {d1} đến {d2}.",
          "Hạn nộp hồ sơ quyết toán là {d3}; vui lòng gửi chứng từ trước ít nhất hai tuần.",
          "Hỏi về tiền lương: {sw} hoặc {mb}. Hồ sơ và cổng thông tin: {web}."],
    chk=["Danh mục kiểm tra quyết toán {year}", "Khoản giảm trừ cần xem", "Hạn nộp", "Biểu thuế"],
    naw=["Xuân này văn phòng nghỉ từ 27 tháng Chạp.",
         "Thu sang rồi, nhớ gom hóa đơn cho quý cuối."],
    year="năm {y}", month=["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
)


# ====================================================================== look-alikes
def luhn_runs(text):
    """Luhn-valid runs of 13-19 digits: contiguous, or windows of digit
    groups joined by one space, dash, dot, NBSP or NNBSP."""
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) and luhn_ok(s) and len(set(s)) > 1:
                    out.append(s)
        for g in groups:
            for a in range(len(g)):
                for b in range(a + 13, min(len(g), a + 19) + 1):
                    if luhn_ok(g[a:b]) and len(set(g[a:b])) > 1:
                        out.append(g[a:b])
    return out


def safe(R, f):
    """Redraws a look-alike until no Luhn-valid digit window is in it."""
    for _ in range(200):
        s = f()
        if not luhn_runs(s):
            return s
    raise AssertionError(s)


def _aba(R):
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            t = d + [c]
            if (3 * (t[0] + t[3] + t[6]) + 7 * (t[1] + t[4] + t[7]) + (t[2] + t[5] + t[8])) % 10 == 0:
                return "".join(map(str, t))


def siren(R):
    return luhn_complete(R.choice("3456789") + digits(R, 7))


def cnpj(R):
    b = digits(R, 8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d1 = 11 - sum(int(a) * w for a, w in zip(b, w1)) % 11
    b += str(0 if d1 >= 10 else d1)
    w2 = [6] + w1
    d2 = 11 - sum(int(a) * w for a, w in zip(b, w2)) % 11
    b += str(0 if d2 >= 10 else d2)
    return "%s.%s.%s/%s-%s" % (b[:2], b[2:5], b[5:8], b[8:12], b[12:])


def nip(R):
    while True:
        b = R.choice("123456789") + digits(R, 8)
        c = sum(int(a) * w for a, w in zip(b, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if c < 10:
            s = b + str(c)
            return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])


def inn10(R):
    b = R.choice(["69", "77", "50"]) + digits(R, 7)
    return b + str(sum(int(a) * w for a, w in zip(b, (2, 4, 10, 3, 5, 9, 4, 6, 8))) % 11 % 10)


def ogrn(R):
    b = "1" + digits(R, 11)
    return b + str(int(b) % 11 % 10)


def piva(R):
    return luhn_complete(digits(R, 7) + R.choice(["054", "034", "024", "155"]))


def kr_bizno(R):
    b = digits(R, 9)
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    t = sum(int(a) * x for a, x in zip(b, w)) + int(b[8]) * 5 // 10
    s = b + str((10 - t % 10) % 10)
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:])


def uscc(R):
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    b = "91" + R.choice(["330502", "330503", "330521"]) + "MA" + "".join(R.choice(cs) for _ in range(7))
    c = (31 - sum(cs.index(ch) * x for ch, x in zip(b, w)) % 31) % 31
    return b + cs[c]


def company_ids(R, c):
    """The registration / VAT / tax ids of a business (look-alikes, parts 21,
    22 and 32): a list of parts."""
    if c == "US":
        return ["EIN ", N("%s-%s" % (digits(R, 2), digits(R, 7)), "company_id")]
    if c == "GB":
        v = nz(R, 9)
        return ["Company No. ", N("%08d" % R.randint(4000000, 15999999), "company_id"), " · VAT Reg. No. ", N("GB %s %s %s" % (v[:3], v[3:7], v[7:]), "vat_id")]
    if c == "DE":
        return ["USt-IdNr. ", N("DE" + nz(R, 9), "vat_id"), " · ", N("HRB %d" % R.randint(1000, 9999), "company_id"), " · Steuernummer ", N("0%s %s %s" % (digits(R, 2), digits(R, 3), digits(R, 5)), "tax_ref")]
    if c == "FR":
        s = siren(R)
        key = (12 + 3 * (int(s) % 97)) % 97
        return ["SIREN ", N("%s %s %s" % (s[:3], s[3:6], s[6:]), "company_id"), " · TVA ", N("FR %02d %s" % (key, s), "vat_id")]
    if c == "ES":
        return ["CIF ", N(R.choice("AB") + digits(R, 8), "company_id")]
    if c == "IT":
        return ["P. IVA ", N(piva(R), "vat_id"), " · REA ", N("PG-%d" % R.randint(100000, 299999), "company_id")]
    if c == "NL":
        return ["KvK ", N(nz(R, 8), "company_id"), " · btw ", N("NL%s%sB01" % (nz(R, 8), digits(R, 1)), "vat_id")]
    if c == "BR":
        return ["CNPJ ", N(cnpj(R), "company_id")]
    if c == "PL":
        return ["NIP ", N(nip(R), "vat_id"), " · KRS ", N("0000%06d" % R.randint(100000, 999999), "company_id")]
    if c == "RU":
        return ["ИНН ", N(inn10(R), "company_id"), " · КПП ", N(digits(R, 4) + "01001", "company_id"), " · ОГРН ", N(safe(R, lambda: ogrn(R)), "company_id")]
    if c == "GR":
        return ["ΑΦΜ ", N(R.choice(["09", "80", "99"]) + digits(R, 7), "vat_id"), " · ΓΕΜΗ ", N(digits(R, 9) + "000", "company_id")]
    if c == "TR":
        return ["VKN ", N(digits(R, 10), "vat_id"), " · Ticaret Sicil No ", N(str(R.randint(1000, 29999)), "company_id")]
    if c == "IL":
        return ["ח.פ. ", N("51-%s-%s" % (digits(R, 6), digits(R, 1)), "company_id")]
    if c == "EG":
        return ["رقم التسجيل الضريبي ", N("%s-%s-%s" % (digits(R, 3), digits(R, 3), digits(R, 3)), "vat_id"), " · سجل تجاري ", N(str(R.randint(1000, 99999)), "company_id")]
    if c == "IN":
        return ["GSTIN ", N("08%sC%s%s1Z%s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(3)), R.choice(string.ascii_uppercase), digits(R, 4) + R.choice(string.ascii_uppercase), R.choice(string.digits + "ABC")), "vat_id")]
    if c == "TH":
        return ["เลขประจำตัวผู้เสียภาษี ", N(safe(R, lambda: "0505" + digits(R, 9)), "vat_id")]
    if c == "CN":
        return ["统一社会信用代码 ", N(uscc(R), "company_id")]
    if c == "JP":
        return ["登録番号 ", N("T" + safe(R, lambda: R.choice("123456789") + digits(R, 12)), "vat_id")]
    if c == "KR":
        return ["사업자등록번호 ", N(kr_bizno(R), "company_id")]
    if c == "VN":
        return ["MST ", N("5300" + digits(R, 6), "vat_id")]
    raise KeyError(c)


def tax_ref(R, c):
    """A tax office's or employer's reference (look-alike)."""
    f = {
        "US": lambda: "Notice CP%d" % R.choice([11, 14, 501, 503, 2000]),
        "GB": lambda: "%03d/%s%05d" % (R.randint(100, 999), R.choice(["GB", "ZA", "NX", "PK"]), R.randint(10000, 99999)),
        "DE": lambda: "0%s %s %s" % (digits(R, 2), digits(R, 3), digits(R, 5)),
        "FR": lambda: "%d-SIP-%05d" % (R.randint(2025, 2026), R.randint(1000, 99999)),
        "ES": lambda: "%d-IRPF-%04d" % (R.randint(2025, 2026), R.randint(100, 9999)),
        "IT": lambda: "%d/PG-%06d" % (R.randint(2025, 2026), R.randint(100000, 999999)),
        "NL": lambda: "IH-%d-%06d" % (R.randint(2025, 2026), R.randint(100000, 999999)),
        "BR": lambda: "%05d.%06d/%d-%02d" % (R.randint(10000, 19999), R.randint(100000, 999999), R.randint(2025, 2026), R.randint(10, 99)),
        "PL": lambda: "1425-SPV.4011.%d.%d" % (R.randint(10, 999), R.randint(2025, 2026)),
        "RU": lambda: "%02d-%02d/%05d@" % (R.randint(10, 30), R.randint(10, 20), R.randint(1000, 99999)),
        "GR": lambda: "%d/%d" % (R.randint(1000, 99999), R.randint(2025, 2026)),
        "TR": lambda: "E-81010-105[VUK]-%d" % R.randint(10000, 99999),
        "IL": lambda: "%d-%05d" % (R.randint(2025, 2026), R.randint(1000, 99999)),
        "EG": lambda: "%d/%d/%d" % (R.randint(1, 9), R.randint(100, 999), R.randint(10, 99)),
        "IN": lambda: "ITBA/AST/S/143(1)/2025-26/%s(1)" % nz(R, 10),
        "TH": lambda: "กค 0702/%d" % R.randint(1000, 9999),
        "CN": lambda: "湖税通〔%d〕%d号" % (R.randint(2025, 2026), R.randint(100, 999)),
        "JP": lambda: "整理番号 %s" % nz(R, 8),
        "KR": lambda: "대전세무서-%d-%d" % (R.randint(2025, 2026), R.randint(1000, 99999)),
        "VN": lambda: "%d/TB-CCT" % R.randint(100, 9999),
    }[c]
    return N(safe(R, f), "tax_ref")


TAX_CODES = {
    "US": ["filing status (married filing jointly)", "filing status (head of household)", "W-4 withholding (Step 2 checked)"],
    "GB": ["tax code 1257L", "tax code BR", "tax code K497", "tax code S1257L", "tax code 1257L M1", "tax code 0T"],
    "DE": ["Steuerklasse III", "Steuerklasse IV", "Steuerklasse I, Kirchensteuer rk"],
    "FR": ["taux PAS 7,5 %", "taux neutre", "taux PAS 4,2 %"],
    "ES": ["tipo de retención IRPF 15 %", "tipo de retención IRPF 2 %"],
    "IT": ["aliquota IRPEF 23%", "aliquota IRPEF 35%"],
    "NL": ["loonheffingskorting", "tabel wit maandloon"],
    "BR": ["alíquota IRRF 22,5%", "alíquota IRRF 7,5%"],
    "PL": ["PIT-2 złożony", "koszty uzyskania 250 zł"],
    "RU": ["НДФЛ 13%", "вычет на ребёнка 1 400 ₽"],
    "GR": ["κλίμακα μισθωτών", "παρακράτηση ΦΜΥ"],
    "TR": ["SGK prim günü 30", "Gelir vergisi dilimi %20"],
    "IL": ["נקודות זיכוי 2.25", "נקודות זיכוי 2.75"],
    "EG": ["شريحة 15%", "شريحة 20%"],
    "IN": ["New regime (115BAC)", "Section 80C"],
    "TH": ["ภ.ง.ด.1", "ลดหย่อนส่วนตัว 60,000"],
    "CN": ["专项附加扣除", "累计预扣法"],
    "JP": ["甲欄", "扶養親族等の数 2人"],
    "KR": ["간이세액표 100%", "간이세액표 80%"],
    "VN": ["giảm trừ gia cảnh", "biểu thuế lũy tiến bậc 3"],
}


def tcode(R, c):
    return N(R.choice(TAX_CODES[c]), "tax_code")


CITATIONS = {
    "US": ["IRS Publication 501", "Form 1040, Schedule C", "IRS Publication 15-T"],
    "GB": ["HMRC manual EIM32760", "SA100 notes", "PAYE Manual PAYE20010"],
    "DE": ["§ 35a EStG", "§ 10 Abs. 1 Nr. 2 EStG", "BMF-Schreiben vom 11.03.2010"],
    "FR": ["article 199 sexdecies du CGI", "BOI-IR-RICI-150", "notice 2041-GR"],
    "ES": ["artículo 81 bis LIRPF", "modelo 100", "artículo 19 LIRPF"],
    "IT": ["art. 15 TUIR", "modello 730/2026", "Circolare 17/E"],
    "NL": ["artikel 3.1 Wet IB 2001", "box 1", "artikel 6.17 Wet IB 2001"],
    "BR": ["Lei nº 7.713/1988", "art. 8º da Lei nº 9.250/1995"],
    "PL": ["art. 27 ustawy o PIT", "art. 26 ust. 1 ustawy o PIT", "PIT-37"],
    "RU": ["ст. 219 НК РФ", "ст. 218 НК РФ", "форма 3-НДФЛ"],
    "GR": ["άρθρο 15 ΚΦΕ", "έντυπο Ε1", "ν. 4172/2013"],
    "TR": ["GVK 89. madde", "GVK 63. madde", "193 sayılı Gelir Vergisi Kanunu"],
    "IL": ["סעיף 45א לפקודת מס הכנסה", "טופס 135", "סעיף 46 לפקודה"],
    "EG": ["القانون رقم 91 لسنة 2005", "المادة 13 من قانون الضريبة على الدخل"],
    "IN": ["धारा 80C, आयकर अधिनियम", "धारा 80D", "ITR-1 निर्देश"],
    "TH": ["มาตรา 40(1) แห่งประมวลรัษฎากร", "แบบ ภ.ง.ด.90", "มาตรา 47"],
    "CN": ["《个人所得税法》第六条", "《个人所得税专项附加扣除暂行办法》", "国家税务总局公告2019年第44号"],
    "JP": ["所得税法第120条", "所得税法第83条", "タックスアンサーNo.1180"],
    "KR": ["소득세법 제70조", "소득세법 제50조", "조세특례제한법 제126조의2"],
    "VN": ["Thông tư 111/2013/TT-BTC", "Luật Thuế TNCN 2007", "Nghị định 126/2020/NĐ-CP"],
}
# Reliefs, schemes and laws named after people (where the country has
# them), and firms, buildings and places named after people.
RELIEFS = {
    "US": ["Roth IRA", "Coverdell ESA", "Keogh plan"], "DE": ["Riester-Rente", "Rürup-Rente"],
    "FR": ["loi Pinel", "contrat Madelin", "dispositif Malraux"], "ES": ["régimen de la Ley Beckham"],
    "IT": ["Nuova Sabatini", "Legge Tremonti"], "NL": ["Wet Hillen"], "BR": ["Lei Rouanet", "Lei Kandir"],
    "PL": ["ustawa Wilczka"], "IN": ["अटल पेंशन योजना"],
}
PLACES = {
    "US": ["H&R Block", "Jackson Hewitt", "Rockefeller Center"],
    "GB": ["Deloitte", "Ernst & Young", "Grant Thornton", "Baker Tilly", "Lloyds Bank"],
    "DE": ["Ebner Stolz", "Rödl & Partner", "Ernst-Reuter-Platz"],
    "FR": ["Mazars", "place Jean-Jaurès"],
    "ES": ["Garrigues", "Torre Picasso"], "IT": ["Palazzo Marino", "Galleria Vittorio Emanuele II"],
    "NL": ["Rembrandttoren", "Baker Tilly"], "BR": ["Edifício Martinelli", "Avenida Getúlio Vargas"],
    "PL": ["Baker Tilly TPA", "Most Poniatowskiego"],
    "RU": ["Дом Пашкова", "Третьяковский проезд", "площадь Гагарина"],
    "GR": ["Μέγαρο Μαξίμου", "οδός Ελευθερίου Βενιζέλου", "Μέγαρο Σταθάτου"],
    "TR": ["Sabancı Center", "Koç Holding", "Rahmi M. Koç Müzesi"],
    "IL": ["מגדלי עזריאלי", "שדרות בן גוריון", "בניין שלום מאיר"],
    "EG": ["قصر عابدين", "ميدان طلعت حرب", "مسجد محمد علي"],
    "IN": ["नेहरू प्लेस", "इंदिरा गांधी नहर"],
    "TH": ["สะพานพระราม 8", "โรงพยาบาลศิริราช", "ถนนพระรามที่ 4"],
    "CN": ["中山路", "逸夫楼", "鲁迅公园"],
    "JP": ["伊藤忠商事", "松下記念病院", "渋沢栄一記念財団"],
    "KR": ["세종문화회관", "충무로", "김구 기념관"],
    "VN": ["đường Nguyễn Huệ", "trường Lê Quý Đôn", "cầu Trần Thị Lý"],
}


ROLE = ["payroll", "accounts", "tax", "info", "onboarding", "billing", "clients", "office"]


def role_mb(R, c, role=None):
    return N("%s@%s" % (role or R.choice(ROLE), PRACTICE[c][1]), "role_mailbox")


def website(c):
    return N("www." + PRACTICE[c][1], "website")


def switchboard(c):
    return N(PRACTICE[c][3], "switchboard")


def practice_name(c):
    return N(PRACTICE[c][0], "practice")


def practice_addr(c):
    return N(PRACTICE[c][2], "practice_address")


CUR = {"US": ("$", "pre", ",", "."), "GB": ("£", "pre", ",", "."), "DE": ("€", "post", ".", ","), "FR": ("€", "post", "\u202f", ","),
       "ES": ("€", "post", ".", ","), "IT": ("€", "pre ", ".", ","), "NL": ("€", "pre ", ".", ","), "BR": ("R$", "pre ", ".", ","),
       "PL": ("zł", "post", " ", ","), "RU": ("₽", "post", " ", ","), "GR": ("€", "post", ".", ","), "TR": ("TL", "post", ".", ","),
       "IL": ("₪", "pre", ",", "."), "EG": ("ج.م", "post", ",", "."), "IN": ("₹", "pre", ",", "."), "TH": ("บาท", "post", ",", "."),
       "CN": ("元", "postn", ",", "."), "JP": ("円", "postn", ",", ""), "KR": ("원", "postn", ",", ""), "VN": ("₫", "post", ".", "")}
SCALE = {"JP": 150, "KR": 1400, "VN": 25000, "IN": 85, "TH": 35, "RU": 95, "TR": 38, "EG": 50, "CN": 7, "BR": 5.5, "PL": 4.2, "IL": 3.7}


def money_v(R, c, v):
    """An amount (v in the local currency) in the country's notation."""
    sym, pos, th, dec = CUR[c]
    v = int(v)
    cents = R.choice([0, 0, 50, R.randint(1, 99)]) if dec else 0
    s = "{:,}".format(v)
    if c == "IN" and v >= 100000:
        x = str(v)
        head, tail = x[:-3], x[-3:]
        head = ",".join([head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1])
        s = head + "," + tail
    s = s.replace(",", th)
    if dec:
        s += "%s%02d" % (dec, cents)
    if pos == "pre":
        t = sym + s
    elif pos == "pre ":
        t = sym + " " + s
    elif pos == "postn":
        t = s + sym
    else:
        t = s + " " + sym
    return N(t, "amount")


def money(R, c, lo, hi):
    return money_v(R, c, R.randint(int(lo * SCALE.get(c, 1)), int(hi * SCALE.get(c, 1))))


def inv_no(R, c):
    f = {"US": "INV-%d-%04d", "GB": "INV-%d-%04d", "DE": "RE-%d-%04d", "FR": "FAC-%d-%04d", "ES": "F%d/%04d", "IT": "FT %d/%04d",
         "NL": "F%d-%04d", "BR": "NFS-e %d%04d", "PL": "FV/%d/%04d", "RU": "СЧ-%d-%04d", "GR": "ΤΠΥ %d/%04d", "TR": "GIB%d%04d",
         "IL": "חשבונית %d-%04d", "EG": "ف-%d-%04d", "IN": "INV/%d/%04d", "TH": "INV%d-%04d", "CN": "FP%d%04d", "JP": "No.%d-%04d",
         "KR": "INV-%d-%04d", "VN": "HĐ %d/%04d"}[c]
    return N(f % (R.randint(2025, 2026), R.randint(1, 4999)), "invoice_number")


def emp_no(R, c):
    f = {"DE": "Pers.-Nr. %05d", "FR": "Matricule %05d", "ES": "N.º empleado %05d", "IT": "Matricola %05d",
         "NL": "Personeelsnr. %05d", "BR": "Matrícula %05d", "PL": "Nr ewid. %05d", "RU": "Таб. № %05d",
         "GR": "Α/Α %05d", "TR": "Sicil no %05d", "IL": "מס' עובד %05d", "EG": "رقم الموظف %05d",
         "IN": "कर्मचारी सं. %05d", "TH": "รหัสพนักงาน %05d", "CN": "工号 %05d", "JP": "社員番号 %05d",
         "KR": "사번 %05d", "VN": "Mã NV %05d"}.get(c, "Employee no. %05d")
    return N(f % R.randint(100, 99999), "employee_number")


def serial(R):
    return N(R.choice(["SN ", "S/N ", "Serial: "]) + R.choice(["FPX", "TWN", "PX", "C02", "HBK"]) + "-" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(4)) + "-" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(5)), "device_serial")


def lan_ip(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                       "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))]), "private_ip")


def doc_ip(R):
    return N(R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254),
                       "2001:db8::%x" % R.randint(1, 0xfff)]), "documentation_ip")


def bank_account(R, c):
    """National account details that are not IBANs (look-alikes, part 21)."""
    f = {
        "US": lambda: "routing %s · account %s" % (_aba(R), nz(R, 10)),
        "GB": lambda: "sort code %s-%s-%s · account %s" % (digits(R, 2), digits(R, 2), digits(R, 2), nz(R, 8)),
        "BR": lambda: "Banco %03d · agência %04d · conta %05d-%d" % (R.choice([1, 33, 104, 237, 341]), R.randint(100, 9999), R.randint(10000, 99999), R.randint(0, 9)),
        "IN": lambda: "A/c %s · IFSC %s0%s" % (nz(R, 11), R.choice(["SBIN", "HDFC", "ICIC", "PUNB"]), digits(R, 6)),
        "TH": lambda: "บัญชี %s-%s-%s-%s" % (digits(R, 3), digits(R, 1), digits(R, 5), digits(R, 1)),
        "JP": lambda: "%s銀行 %s支店 普通 %s" % (R.choice(["北國", "みずほ", "ゆうちょ"]), R.choice(["本店", "香林坊", "片町"]), nz(R, 7)),
        "KR": lambda: "%s %s-%s-%s" % (R.choice(["국민은행", "신한은행", "하나은행"]), digits(R, 3), digits(R, 3), nz(R, 6)),
        "VN": lambda: "STK %s · %s" % (nz(R, 12), R.choice(["Vietcombank", "BIDV", "Agribank"])),
        "RU": lambda: "БИК 04%s" % digits(R, 7),
        "CN": lambda: "开户行 %s" % R.choice(["中国银行湖州分行", "工商银行吴兴支行"]),
    }[c]
    return N(safe(R, f), "bank_account")


TAXYEAR = {"GB": lambda y: "%d/%02d" % (y, (y + 1) % 100), "IN": lambda y: "%d-%02d" % (y, (y + 1) % 100),
           "TH": lambda y: str(y + 543)}


def tyear(R, c, y=None):
    y = y or R.choice([2024, 2025])
    t = TAXYEAR.get(c, lambda y: str(y))(y)
    return N(LX[LANG[c]]["year"].format(y=t), "tax_year")


# ====================================================================== frame helpers
def fill(tpl, **kw):
    out = []
    for i, seg in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if seg:
                out.append(seg)
        else:
            out.append(kw[seg])
    return out


def fl(lang, key):
    """A form field label: English skeleton with the country's own label."""
    en = LX["en"]["F"][key]
    if lang == "en":
        return en
    return "%s / %s" % (en, LX[lang]["F"][key])


def req_line(R, lang, english_only=False):
    rs = LX[lang]["req"]
    return R.choice(rs)


def wrap(R, lang, body, fence_tag=""):
    """The paste with its request line before or after it, sometimes in
    triple quotes, after a rule or around a code fence."""
    q = req_line(R, lang)
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
        return [q, "\n```%s\n" % fence_tag, body, "\n```"]
    return [q, "\n\n", body, "\n\n", R.choice(["Thanks.", "Thank you!", "🙏", ""]) if lang == "en" else ""]


SIDL = {"ssn": "SSN", "itin": "ITIN", "gb_utr": "UTR", "gb_nino": "NI number", "de_steuerid": "Steuer-ID",
        "de_svnr": "SV-Nummer", "fr_nir": "n° de sécurité sociale", "es_dni": "DNI", "es_nuss": "n.º de la Seguridad Social",
        "it_cf": "codice fiscale", "nl_bsn": "BSN", "br_cpf": "CPF", "br_pis": "PIS", "pl_pesel": "PESEL",
        "ru_inn": "ИНН", "ru_snils": "СНИЛС", "gr_afm": "ΑΦΜ", "gr_amka": "ΑΜΚΑ", "tr_tckn": "T.C. Kimlik No",
        "il_tz": "מספר זהות", "eg_nid": "الرقم القومي", "in_pan": "पैन", "in_aadhaar": "आधार संख्या",
        "th_id": "เลขประจำตัวประชาชน", "cn_id": "身份证号", "jp_mynumber": "マイナンバー", "kr_rrn": "주민등록번호",
        "vn_cccd": "số CCCD", "passport": "Passport"}


def per(p, formal=False):
    return L("person", p.formal if formal else p.full)


def per_call(p):
    return L("person", p.call)


def chat_lines(R, c, lines, who):
    """lines: (speaker key, parts); who: speaker key -> Person. Senders are
    person labels on every line; timestamps are look-alikes."""
    out = []
    h, m = R.randint(8, 17), R.randint(0, 50)
    d = rdate(R, 2026, 2026)
    style = R.randint(0, 2)
    for sp, parts in lines:
        m += R.randint(0, 4)
        if m > 59:
            h, m = h + 1, m - 60
        ts = "%02d:%02d" % (h, m)
        if style == 0:
            out += ["[", N(ts, "time"), "] ", per_call(who[sp]), ": "]
        elif style == 1:
            out += [N(date_fmt(R, d, c, "num") + ", " + ts, "timestamp"), " - ", per_call(who[sp]), ": "]
        else:
            out += [per_call(who[sp]), " (", N(ts, "time"), "): "]
        out += parts
        out.append("\n")
    return out[:-1]


def exp_date(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def holder_name(p):
    """The name as embossed on a card: roman capitals."""
    if p.loc in NONLATIN:
        g, f = p.roman()
        if p.loc in ("CN", "KR", "JP"):
            return L("person", ("%s %s" % (g, f)).upper())
        return L("person", ("%s %s" % (g, f)).upper())
    return L("person", ascii_fold(p.full).upper() if p.loc in ("VN", "TR", "PL") else p.full.upper())


def naw(R, c):
    return N(R.choice(LX[LANG[c]]["naw"]), "name_as_word")


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, clean, f))
        return f
    return deco


# Grammatical gender the chat frames give a speaker (True: female), where
# the language marks it (Thai particles, Hindi, Hebrew, Polish and Russian
# verb forms, Vietnamese pronouns).
GENDER = {("cc", "th", "A"): True, ("cc", "th", "C"): False, ("cc", "he", "A"): True, ("cc", "ru", "A"): True,
          ("cc", "vi", "C"): True, ("ce", "th", "E"): False, ("ce", "th", "O"): True, ("ce", "hi", "E"): False,
          ("ce", "pl", "E"): False, ("ce", "ru", "E"): False, ("ce", "vi", "O"): True, ("cp", "th", "C"): True,
          ("cp", "th", "S"): False, ("cp", "hi", "C"): False, ("cp", "ru", "S"): True, ("cp", "vi", "C"): True}


def staff(R, c, used, female=None):
    return draw_person(R, c, used, female=female, dob_range=(1965, 1998))


def pay_target(R, c, **kw):
    """Where wages or refunds go: an IBAN, a wage card (RU, CN) or national
    account details (look-alike)."""
    if c in IBAN_C:
        return ["IBAN ", iban(R, c, **kw)]
    if c in ("RU", "CN"):
        return [{"RU": "карта Мир ", "CN": "工资卡 "}[c], card(R, c)]
    return [bank_account(R, c)]


@tpl("onboarding", 48)
def t_onboarding(R, c):
    lang, used = LANG[c], set()
    cl, st = draw_person(R, c, used), staff(R, c, used)
    tid = tax_id(R, cl)
    b = ["Client onboarding — identity check (KYC)\n", "Practice: ", practice_name(c), " · Client ref: ",
         N("CL-%d-%04d" % (R.randint(2025, 2026), R.randint(1, 9999)), "client_ref"), "\n"]
    if R.random() < 0.4:
        b += [fl(lang, "fam"), ": ", L("person", cl.family if c != "RU" else cl.fam), "\n", fl(lang, "given"), ": ",
              L("person", cl.given if c != "RU" else cl.given + " " + cl.patr), "\n"]
    else:
        b += [fl(lang, "name"), ": ", per(cl, True), "\n"]
    b += [fl(lang, "dob"), ": ", dob_label(R, cl), "\n", SIDL[tid.meta["sub"]], ": ", tid, "\n"]
    if R.random() < 0.5:
        b += [fl(lang, "passport"), ": ", passport(R, cl), " (expiry ", N(date_fmt(R, rdate(R, 2027, 2034), c, "num"), "passport_expiry"), ")\n"]
    b += [fl(lang, "addr"), ": ", L("address", address(R, c)), "\n", fl(lang, "phone"), ": ", phone(R, c, abroad=0.1), "\n",
          fl(lang, "email"), ": ", email_of(R, cl), "\n",
          "Services: personal tax return, payroll · Fee: ", money(R, c, 40, 300), " / month\n",
          "Risk rating: low · ID seen by ", per_call(st), " on ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "date")]
    if R.random() < 0.35:
        b += ["\nNote: ", naw(R, c)]
    return "form", lang, wrap(R, lang, b)


@tpl("taxreturn", 44)
def t_taxreturn(R, c):
    lang, used = LANG[c], set()
    tp, st = draw_person(R, c, used), staff(R, c, used)
    firm = R.choice(FIRMS[c])
    tid = tax_id(R, tp)
    b = ["Tax return worksheet — ", tyear(R, c), "\n", "Taxpayer / ", LX[lang]["F"]["name"], ": ", per(tp, True), "\n",
         SIDL[tid.meta["sub"]], ": ", tid, "\n", fl(lang, "dob"), ": ", dob_label(R, tp), "\n",
         fl(lang, "addr"), ": ", L("address", address(R, c)), "\n",
         "Employer: ", N(firm[0], "client_firm"), " (", company_ids(R, c), ")\n",
         "Gross pay: ", money(R, c, 18000, 90000), " · Tax withheld: ", money(R, c, 1500, 20000), "\n"]
    if R.random() < 0.55:
        sp = draw_person(R, c, used)
        stid = tax_id(R, sp)
        b += [fl(lang, "partner"), ": ", per(sp, True), " · ", LX[lang]["F"]["dob"], " ", dob_label(R, sp),
              " · ", SIDL[stid.meta["sub"]], " ", stid, "\n"]
    b += ["Refund to: ", pay_target(R, c), "\n", "See: ", N(R.choice(CITATIONS[c]), "guidance_citation"), "\n",
          "Prepared by: ", per(st), " · ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "date")]
    return "form", lang, wrap(R, lang, b)


@tpl("payslip", 44)
def t_payslip(R, c):
    lang, used = LANG[c], set()
    em = draw_person(R, c, used, dob_range=(1960, 2004))
    firm = R.choice(FIRMS[c])
    sid = social_id(R, em)
    mon = R.randint(1, 12)
    b = ["PAYSLIP — ", N("%s %d" % (LX[lang]["month"][mon - 1], 2026), "pay_period"), "\n",
         "Employer: ", N(firm[0], "client_firm"), ", ", N(firm[1], "firm_address"), "\n", company_ids(R, c), "\n",
         fl(lang, "employee"), ": ", per(em, True), " · ", emp_no(R, c), "\n",
         SIDL[sid.meta["sub"]], ": ", sid, "\n"]
    if R.random() < 0.6:
        b += [fl(lang, "dob"), ": ", dob_label(R, em), "\n"]
    if R.random() < 0.5:
        b += [fl(lang, "addr"), ": ", L("address", address(R, c)), "\n"]
    g = R.randint(1800, 7000) * SCALE.get(c, 1)
    d = g * R.uniform(0.18, 0.38)
    b += ["Tax: ", tcode(R, c), "\n", "Gross: ", money_v(R, c, g), " · Deductions: ", money_v(R, c, d),
          " · Net pay: ", money_v(R, c, g - d - 1), "\n", "Paid to: ", pay_target(R, c), "\n",
          "Payroll bureau: ", practice_name(c), " · ", switchboard(c)]
    return "payslip", lang, wrap(R, lang, b)


@tpl("payrollrun", 40)
def t_payrollrun(R, c):
    lang, used = LANG[c], set()
    n = R.randint(3, 5)
    people = [draw_person(R, c, used, dob_range=(1962, 2005)) for _ in range(n)]
    iso = R.random() < 0.5
    pay = "iban" if c in IBAN_C else ("card" if c in ("RU", "CN") else None)
    head = "emp_no,name,date_of_birth,national_id" + ("," + pay if pay else "") + ",gross,net"
    rows = []
    for p in people:
        sid = social_id(R, p)
        row = [N("E%04d" % R.randint(1, 9999), "employee_number"), ",", per(p, True), ",",
               dob_label(R, p, "iso" if iso else "num"), ",", sid]
        if pay == "iban":
            v = iban_any(R, c)
            row += [",", L("iban", v, sub=c)]
        elif pay == "card":
            row += [",", L("card", card_random(R, CARD_ISS[c][0]), sub=CARD_ISS[c][0])]
        g = R.randint(1800, 7000) * SCALE.get(c, 1)
        row += [",", N("%.2f" % g, "amount"), ",", N("%.2f" % (g * R.uniform(0.6, 0.8)), "amount")]
        rows.append(row)
    body = ["# payroll run ", N("PR-2026-%02d" % R.randint(1, 12), "payroll_run"), " · ", N(R.choice(FIRMS[c])[0], "client_firm"), "\n", head]
    for r in rows:
        body += ["\n"] + r
    return "csv", lang, wrap(R, lang, body, "csv")


FIRM_DOM = {"DE": "baeckerei-lahnbogen.de", "FR": "boulangerie-clain.fr", "ES": "talleresguadiloba.es",
            "IT": "falegnameriavaltopina.it", "NL": "ijsselkade-installatie.nl", "PL": "piekarnia-drweca.pl",
            "GR": "artopoiia-pineios.gr", "TR": "melenekmek.com.tr", "IL": "gvat-hakramim.co.il", "EG": "elwadi-bakeries.com.eg"}
KID_IDS = {"IT", "PL", "BR", "TR", "IL", "TH", "KR", "CN"}


@tpl("taxcredit", 40)
def t_taxcredit(R, c):
    lang, used = LANG[c], set()
    cl = draw_person(R, c, used, dob_range=(1975, 1998))
    pa = draw_person(R, c, used, female=not cl.female, dob_range=(1972, 1998))
    kids = [draw_person(R, c, used, adult=False) for _ in range(R.randint(1, 3))]
    tid = tax_id(R, cl)
    b = ["Family tax credit / child benefit claim — ", tyear(R, c), "\n",
         "Claimant / ", LX[lang]["F"]["name"], ": ", per(cl, True), "\n", fl(lang, "dob"), ": ", dob_label(R, cl), "\n",
         SIDL[tid.meta["sub"]], ": ", tid, "\n", fl(lang, "addr"), ": ", L("address", address(R, c)), "\n",
         fl(lang, "phone"), ": ", phone(R, c), "\n",
         fl(lang, "partner"), ": ", per(pa, True), " · ", LX[lang]["F"]["dob"], " ", dob_label(R, pa), "\n",
         "Children / ", LX[lang]["F"]["child"], " (first names):\n"]
    for i, k in enumerate(kids):
        b += ["  %d. " % (i + 1), L("person", k.given), " — ", LX[lang]["F"]["dob"], " ", dob_label(R, k)]
        if c in KID_IDS and R.random() < 0.7:
            kid = tax_id(R, k)
            b += [" — ", SIDL[kid.meta["sub"]], " ", kid]
        b.append("\n")
    b += ["Claim ref: ", N("FTC-%06d" % R.randint(1, 999999), "claim_ref"), " · Award: ", money(R, c, 20, 200), " / week"]
    return "form", lang, wrap(R, lang, b)


@tpl("invoice", 40)
def t_invoice(R, c):
    lang, used = LANG[c], set()
    if R.random() < 0.5 or c not in IBAN_C:
        cl, st = draw_person(R, c, used), staff(R, c, used)
        b = ["INVOICE ", inv_no(R, c), " · ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "date"), "\n",
             "From: ", practice_name(c), ", ", practice_addr(c), "\n", company_ids(R, c), "\n",
             "To: ", per(cl, True), ", ", L("address", address(R, c)), "\n",
             "Tax return ", tyear(R, c), ": ", money(R, c, 150, 900), "\n",
             "Payroll, ", N("%d" % R.randint(2, 40), "count"), " employees: ", money(R, c, 80, 600), "\n",
             "Total due by ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "due_date"), ": ", money(R, c, 300, 1500), "\n"]
        if c in IBAN_C:
            b += ["Pay to: ", practice_name(c), " · IBAN ", iban(R, c, holder="org"), "\n"]
        else:
            b += ["Pay to: ", bank_account(R, c), "\n"]
        b += ["Questions: ", per(st), ", ", email_of(R, st, PRACTICE[c][1])]
        form = "invoice"
    else:
        fin = draw_person(R, c, used)
        payer, sup = FIRMS[c][0], FIRMS[c][1]
        b = ["REMITTANCE ADVICE ", N("RA-%05d" % R.randint(1, 99999), "remittance_number"), "\n",
             "Payer: ", N(payer[0], "client_firm"), ", ", N(payer[1], "firm_address"), "\n",
             "Payee: ", N(sup[0], "client_firm"), " · ", company_ids(R, c), "\n",
             "Invoices paid: ", inv_no(R, c), " ", money(R, c, 200, 5000), "; ", inv_no(R, c), " ", money(R, c, 100, 3000), "\n",
             "Paid on ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "date"), " to IBAN ", iban(R, c, holder="org"), "\n",
             "Contact: ", per(fin), ", ", phone(R, c, intl=False), ", ", email_of(R, fin, FIRM_DOM[c])]
        form = "invoice"
    return form, lang, wrap(R, lang, b)


@tpl("cardchat", 40)
def t_cardchat(R, c):
    lang, used = LANG[c], set()
    cl = draw_person(R, c, used, female=GENDER.get(("cp", lang, "C")))
    st = staff(R, c, used, female=GENDER.get(("cp", lang, "S")))
    T = dict((i, ln.split("|", 1)) for i, ln in enumerate(LX[lang]["cp"]))
    full = R.random() < 0.7
    kw = dict(sname=per_call(st), cname=per_call(cl), inv=inv_no(R, c), amount=money(R, c, 80, 1200))
    lines = [("C", fill(T[0][1], **kw)), ("S", fill(T[1][1], **kw))]
    if full:
        lines.append(("C", fill(T[2][1], card=card(R, c), exp=exp_date(R), holder=holder_name(cl))))
    else:
        lines.append(("C", fill(T[3][1], last4=N(digits(R, 4), "last4"))))
    lines += [("S", fill(T[4][1])), ("C", fill(T[5][1], email=email_of(R, cl))), ("S", fill(T[6][1], sfull=per(st)))]
    return "chat_export", lang, wrap(R, lang, chat_lines(R, c, lines, {"C": cl, "S": st}))


@tpl("engagement", 40)
def t_engagement(R, c):
    lang, used = LANG[c], set()
    cl, pt = draw_person(R, c, used), staff(R, c, used)
    E = LX[lang]["eng"]
    firm = R.choice(FIRMS[c])
    b = [practice_name(c), "\n", practice_addr(c), " · ", switchboard(c), " · ", website(c), "\n\n",
         N(date_fmt(R, rdate(R, 2026, 2026), c, R.choice(["num", "month"])), "date"), "\n\n",
         per(cl, True), "\n", L("address", address(R, c)), "\n\n",
         fill(E[0], cname=per(cl, True)), "\n\n",
         fill(E[1], practice=practice_name(c), year=tyear(R, c), firm=N(firm[0], "client_firm")), "\n",
         fill(E[2], fee=money(R, c, 60, 400)), "\n\n", E[3], "\n", per(pt), "\n", E[4], "\n", email_of(R, pt, PRACTICE[c][1])]
    return "letter", lang, wrap(R, lang, b)


@tpl("taxletter", 44)
def t_taxletter(R, c):
    lang, used = LANG[c], set()
    tp = draw_person(R, c, used)
    if R.random() < 0.5:
        st = staff(R, c, used)
        T = LX[lang]["tout"]
        tid = tax_id(R, tp)
        b = [practice_name(c), " · ", practice_addr(c), "\n", N(TAXOFFICE[c][1], "tax_office_address"), "\n\n",
             fill(T[0], client=per(tp, True), tidl=SIDL[tid.meta["sub"]], tid=tid, tref=tax_ref(R, c)), "\n\n", T[1], "\n",
             fill(T[2], dob=dob_label(R, tp), addr=L("address", address(R, c))), "\n",
             fill(T[3], year=tyear(R, c)), "\n\n", T[4], "\n", per(st), "\n", email_of(R, st, PRACTICE[c][1])]
    else:
        of = draw_person(R, c, used)
        T = LX[lang]["tin"]
        b = [N(TAXOFFICE[c][0], "tax_office"), "\n", N(TAXOFFICE[c][1], "tax_office_address"), "\n\n",
             per(tp, True), "\n", L("address", address(R, c)), "\n\n", fill(T[0], cname=per(tp, True)), "\n",
             fill(T[1], year=tyear(R, c), amount=money(R, c, 200, 6000), due=N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "due_date"), tref=tax_ref(R, c)), "\n",
             fill(T[2], officer=per(of)), "\n\n", T[3]]
    return "letter", lang, wrap(R, lang, b)


@tpl("clientchat", 48)
def t_clientchat(R, c):
    lang, used = LANG[c], set()
    cl = draw_person(R, c, used, female=GENDER.get(("cc", lang, "C")))
    ac = staff(R, c, used, female=GENDER.get(("cc", lang, "A")))
    pa = draw_person(R, c, used, female=not cl.female)
    T = [ln.split("|", 1)[1] for ln in LX[lang]["cc"]]
    tid = tax_id(R, cl)
    tidl = SIDL[tid.meta["sub"]]
    yr = tyear(R, c)
    lines = [("A", fill(T[0], cname=per_call(cl), year=yr, tidl=tidl)),
             ("C", fill(T[1], dob=dob_label(R, cl), tidl=tidl, tid=tid)),
             ("A", fill(T[2])),
             ("C", fill(T[3], addr=L("address", address(R, c)), phone=phone(R, c, abroad=0.08)))]
    if R.random() < 0.7:
        lines += [("A", fill(T[4])), ("C", fill(T[5], pname=per(pa), pdob=dob_label(R, pa)))]
    lines.append(("C", fill(T[6], email=email_of(R, cl))))
    return "chat_export", lang, wrap(R, lang, chat_lines(R, c, lines, {"A": ac, "C": cl}))


@tpl("empchat", 40)
def t_empchat(R, c):
    lang, used = LANG[c], set()
    em = draw_person(R, c, used, female=GENDER.get(("ce", lang, "E")), dob_range=(1962, 2005))
    op = staff(R, c, used, female=GENDER.get(("ce", lang, "O")))
    T = [ln.split("|", 1)[1] for ln in LX[lang]["ce"]]
    firm = N(R.choice(FIRMS[c])[0], "client_firm")
    sid = social_id(R, em)
    if c in IBAN_C:
        first = fill(T[0], ename=per(em), firm=firm, iban=iban(R, c))
    elif c in ("RU", "CN"):
        first = fill(T[0], ename=per(em), firm=firm, card=card(R, c))
    else:
        first = fill(T[1], ename=per(em), firm=firm, addr=L("address", address(R, c)))
    lines = [("E", first), ("O", fill(T[2], ecall=per_call(em), sidl=SIDL[sid.meta["sub"]])),
             ("E", fill(T[3], dob=dob_label(R, em), sidl=SIDL[sid.meta["sub"]], sid=sid)),
             ("O", fill(T[4], month=N(LX[lang]["month"][R.randint(0, 11)], "pay_period"), tcode=tcode(R, c))),
             ("E", fill(T[5]))]
    return "chat_export", lang, wrap(R, lang, chat_lines(R, c, lines, {"E": em, "O": op}))


@tpl("export", 40)
def t_export(R, c):
    used = set()
    ps = [draw_person(R, c, used) for _ in range(R.randint(2, 3))]
    recs = []
    for p in ps:
        cc, n = mobile_nsn(R, c)
        ph = L("phone", "+%d%s" % (cc, n), sub="mobile", region=c)
        r = [("client_id", N("C-%05d" % R.randint(1, 99999), "client_ref")), ("name", per(p)),
             ("date_of_birth", dob_label(R, p, "iso")), ("mobile", ph), ("email", email_of(R, p))]
        if R.random() < 0.5:
            t = tax_id(R, p)
            r.append(("tax_id", t))
        r += [("engagement", N(R.choice(["SA-PERSONAL", "PAYROLL-M", "BOOKKEEPING-Q", "YEAR-END"]), "service_code")),
              ("last_login_ip", ip_global(R, v6=R.random() < 0.15)), ("last_login", N("2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"))]
        recs.append(r)
    if R.random() < 0.55:
        body = ['{"export": "clients", "practice": "', N(PRACTICE[c][1], "domain"), '", "version": "', N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version"), '", "rows": [']
        for i, r in enumerate(recs):
            body.append("\n  {")
            for j, (k, v) in enumerate(r):
                body += ['"%s": "' % k, v, '"' + (", " if j < len(r) - 1 else "")]
            body.append("}" + ("," if i < len(recs) - 1 else ""))
        body.append("\n]}")
        form, tag = "json", "json"
    else:
        keys = [k for k, _ in recs[0]]
        allk = []
        for r in recs:
            for k, _ in r:
                if k not in allk:
                    allk.append(k)
        body = [",".join(allk)]
        for r in recs:
            d = dict(r)
            body.append("\n")
            for j, k in enumerate(allk):
                if k in d:
                    body.append(d[k])
                if j < len(allk) - 1:
                    body.append(",")
        form, tag = "csv", "csv"
    return form, "en", wrap(R, "en", body, tag)


@tpl("env", 40)
def t_env(R, c):
    used = set()
    ow = staff(R, c, used)
    dom = PRACTICE[c][1]
    b = ["# payroll-sync .env (", practice_name(c), ")\n# owner: ", per_call(ow), " <", email_of(R, ow, dom), ">\n",
         "APP_ENV=production\nAPP_URL=https://portal.", N(dom, "domain"), "\n",
         "DB_HOST=", lan_ip(R), "\nDB_USER=payroll\nDB_PASSWORD=", secret(R, "password"), "\n",
         "PAYROLL_API_KEY=", secret(R, "hex32", "api_key"), "\n",
         "TAX_GATEWAY_CLIENT_ID=", N("txg-%s" % "".join(R.choice("abcdef0123456789") for _ in range(8)), "client_id"), "\n",
         "TAX_GATEWAY_CLIENT_SECRET=", secret(R, "hex32", "client_secret"), "\n",
         "SENDGRID_API_KEY=", secret(R, "sendgrid"), "\n", "TWILIO_API_KEY=", secret(R, "twilio"), "\n",
         "PORTAL_JWT=", secret(R, "jwt"), "\n"]
    if R.random() < 0.6:
        b += ["STRIPE_SECRET_KEY=", secret(R, "stripe"), "\nSTRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        b += ["SLACK_WEBHOOK_URL=", secret(R, "slack_webhook"), "\n"]
    b += ["ADMIN_ALLOWLIST=", ip_global(R), ",", doc_ip(R), "\n", "SCANNER_SERIAL=", serial(R), "\n",
          "SUPPORT_EMAIL=", role_mb(R, c, "it")]
    return "config", "en", wrap(R, "en", b, "bash")


@tpl("directors", 52)
def t_directors(R, c):
    lang, used = LANG[c], set()
    firm = R.choice(FIRMS[c])
    st = staff(R, c, used)
    ds = [draw_person(R, c, used, dob_range=(1950, 1996)) for _ in range(R.randint(2, 3))]
    b = ["Company details for the annual return — ", N(firm[0], "client_firm"), "\n", company_ids(R, c), "\n",
         "Registered office: ", N(firm[1], "firm_address"), "\n",
         "Accounting reference date: ", N(R.choice(["31/03", "31/12", "30/06"]), "date"), "\n", "Directors:\n"]
    for i, d in enumerate(ds):
        b += ["  %d. " % (i + 1), per(d, True), " — ", LX[lang]["F"]["dob"], " ", dob_label(R, d), " — ",
              LX[lang]["F"]["addr"], ": ", L("address", address(R, c))]
        if R.random() < 0.6:
            t = tax_id(R, d)
            b += [" — ", SIDL[t.meta["sub"]], " ", t]
        else:
            b += [" — ", fl(lang, "passport"), " ", passport(R, d)]
        b.append("\n")
    b += ["Company secretary: ", practice_name(c), " (corporate)\n", "Prepared by: ", per(st), ", ", email_of(R, st, PRACTICE[c][1])]
    return "form", lang, wrap(R, lang, b)


# ====================================================================== clean templates
@tpl("notice", 40, clean=True)
def c_notice(R, c):
    lang = LANG[c]
    T = LX[lang]["note"]
    d1 = rdate(R, 2026, 2026)
    d2 = d1 + datetime.timedelta(days=R.randint(3, 14))
    d3 = rdate(R, 2026, 2026)
    b = [practice_name(c), "\n", fill(T[0], d1=N(date_fmt(R, d1, c, "num"), "date"), d2=N(date_fmt(R, d2, c, "num"), "date")), "\n",
         fill(T[1], d3=N(date_fmt(R, d3, c, R.choice(["num", "month"])), "deadline")), "\n",
         fill(T[2], sw=switchboard(c), mb=role_mb(R, c), web=website(c)), "\n", practice_addr(c)]
    if R.random() < 0.6:
        b += ["\n\n", naw(R, c)]
    return "notice", lang, wrap(R, lang, b)


SERVICES = ["Personal tax return", "Payroll (per employee, per month)", "Year-end accounts", "VAT return (quarterly)",
            "Bookkeeping (per month)", "Company formation", "Tax investigation cover", "Pension auto-enrolment"]


@tpl("feesheet", 40, clean=True)
def c_feesheet(R, c):
    lang = LANG[c]
    b = ["Fee schedule ", tyear(R, c), " — ", practice_name(c), "\n", company_ids(R, c), "\n"]
    for s in R.sample(SERVICES, R.randint(4, 6)):
        b += ["- ", s, ": ", money(R, c, 20, 900), "\n"]
    if c in RELIEFS:
        b += ["- ", N(R.choice(RELIEFS[c]), "relief_named_after_person"), " review: ", money(R, c, 50, 300), "\n"]
    b += ["Next client seminar: ", N(R.choice(PLACES[c]), "place_named_after_person"), ", ", N(date_fmt(R, rdate(R, 2026, 2026), c, "num"), "date"), "\n",
          "Invoices: ", role_mb(R, c, "billing"), " · ", switchboard(c), " · ", website(c), "\n", practice_addr(c)]
    return "list", lang, wrap(R, lang, b)


@tpl("payrolllog", 40, clean=True)
def c_payrolllog(R, c):
    t0 = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 5), R.randint(0, 59), R.randint(0, 59))
    ln = []
    run = N("PR-2026-%02d" % R.randint(1, 12), "payroll_run")

    def ts():
        nonlocal t0
        t0 += datetime.timedelta(seconds=R.randint(1, 900))
        return N(t0.strftime("%Y-%m-%dT%H:%M:%SZ"), "timestamp")
    ln += [ts(), " INFO payroll-run ", run, " started tenant=", N(PRACTICE[c][1], "domain"), " employees=", N(str(R.randint(5, 240)), "count"), "\n"]
    ln += [ts(), " INFO gross=", money(R, c, 20000, 400000), " net=", money(R, c, 15000, 300000), " batch=", N("B-%04d" % R.randint(1, 9999), "batch"), "\n"]
    ln += [ts(), " WARN tax-gateway timeout host=", lan_ip(R), " retry=", N(str(R.randint(1, 5)), "count"), "\n"]
    ln += [ts(), " INFO webhook from ", doc_ip(R), " signature ok event=", N("payslip.published", "event"), "\n"]
    ln += [ts(), " INFO scanner ", serial(R), " uploaded ", N(str(R.randint(2, 80)), "count"), " receipts\n"]
    ln += [ts(), " INFO report sent to ", role_mb(R, c, "payroll"), " version=", N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version"), "\n"]
    ln += [ts(), " INFO ", run, " finished in ", N("%ds" % R.randint(20, 900), "duration")]
    return "log", "en", wrap(R, "en", ln, "text")


@tpl("uat", 40, clean=True)
def c_uat(R, c):
    tc = R.sample(["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "6011 1111 1111 1117", "3566 0020 2036 0505"], 2)
    bad = group(safe(R, lambda: "4" + digits(R, 15)))
    b = ["UAT notes — client-portal card payments (", practice_name(c), ")\n",
         "1. Pay with ", N(tc[0], "test_card"), ", any future expiry, CVC ", N("123", "cvc"), ": approved.\n",
         "2. ", N(tc[1], "test_card"), ": approved; ", N("4000 0000 0000 0002", "test_card"), ": declined as expected.\n",
         "3. ", N(bad, "luhn_fail"), " is rejected client-side (Luhn).\n",
         "4. Receipt shows ", N("•••• •••• •••• %s" % digits(R, 4), "masked_card"), " and goes to ", N("test.client@example.com", "example_email"), ".\n",
         "5. Phone field accepts ", N("+00 000 000 000", "sample_phone"), " (should not).\n",
         "6. Keys in the staging config are placeholders: ", N("${STRIPE_SECRET_KEY}", "placeholder"), ", ", N("<sendgrid-api-key>", "placeholder"), ", ",
         N("sk_test_xxxxxxxx", "placeholder"), ", DB password ", N("changeme", "placeholder"), ".\n",
         "7. Webhooks arrive from ", doc_ip(R), "; the app server is ", lan_ip(R), ".\n",
         "Build ", N("%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)), "version"), ", slot ", N("%02d:00-%02d:00" % (R.randint(6, 9), R.randint(10, 12)), "time_range")]
    if R.random() < 0.6:
        b += ["\n", naw(R, "US")]
    return "notes", "en", wrap(R, "en", b)


@tpl("guidance", 40, clean=True)
def c_guidance(R, c):
    lang = LANG[c]
    H = LX[lang]["chk"]
    b = [fill(H[0], year=tyear(R, c)), "\n",
         [["- ", N(x, "guidance_citation"), "\n"] for x in R.sample(CITATIONS[c], 2)],
         ["- ", H[1], ": ", N(R.choice(RELIEFS[c]), "relief_named_after_person"), "\n"] if c in RELIEFS else [],
         "- ", H[2], ": ", N(date_fmt(R, rdate(R, 2026, 2026), c, R.choice(["num", "month"])), "deadline"), "\n",
         "- ", H[3], ": ", tcode(R, c), "\n",
         "- ", money(R, c, 500, 20000), "\n"]
    if R.random() < 0.5:
        b += [naw(R, c)]
    else:
        b += [practice_name(c), " · ", switchboard(c), " · ", N(R.choice(PLACES[c]), "place_named_after_person")]
    return "list", lang, wrap(R, lang, b)


# ====================================================================== rules
def is_latin(w):
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in w)


NAME_WORDS = sorted(name_words_all())
LAT_NW = {w for w in NAME_WORDS if is_latin(w)}
NONLAT_NW = [w for w in NAME_WORDS if not is_latin(w) and len(w) >= 2]
INST_DOMAINS = {p[1] for p in PRACTICE.values()}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]){10,30}")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def label_problem(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id":
        return not gov_ok(v, sp.get("sub"), sp.get("country"))
    if ty == "iban":
        return not iban_ok(v)
    if ty == "card":
        d = re.sub(r"\D", "", v)
        return not (12 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_CARDS
    if ty == "email":
        m = EMAIL_RE.fullmatch(v)
        return not m or re.search(r"(^|[@.])example\.", v.split("@")[1]) is not None
    if ty == "ip":
        try:
            return not ipaddress.ip_address(v).is_global
        except ValueError:
            return True
    return False


def person_words(v):
    ws = {w for w in re.split(r"[\s\-]+", v) if len(w) >= 2}
    ws |= {w for w in NONLAT_NW if w in v}
    return ws - PARTICLES


def outside_luhn(m):
    bad = []
    for mt in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", m):
        if re.sub(r"\D", "", mt.group(0)) in TEST_CARDS:
            continue
        bad += luhn_runs(mt.group(0))
    return bad


def outside_ibans(m):
    out = []
    for mt in IBAN_RE.finditer(m):
        s = re.sub(r"[ \u00a0]", "", mt.group(0))
        cc = s[:2]
        if cc in IBAN_LEN or cc in IBAN_EXTRA:
            n = iban_len(cc)
            if len(s) >= n and iban_mod97(s[:n]) == 1:
                out.append(s[:n])
    return out


def problems(rec, clean):
    """The rules a record must pass (a candidate breaking one is dropped)."""
    pr = []
    try:
        check_record(rec)
    except AssertionError:
        pr.append("check_record")
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        pr.append("length %d" % len(t))
    if clean and rec["spans"]:
        pr.append("clean record with labels")
    if not clean and not rec["spans"]:
        pr.append("labelled record without labels")
    for sp in rec["spans"]:
        if label_problem(sp):
            pr.append("bad %s label %r" % (sp["type"], sp["value"]))
        if "\n" in sp["value"]:
            pr.append("label across a line break")
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        dom = e.split("@")[1].lower()
        if dom not in INST_DOMAINS and not dom.startswith("example."):
            pr.append("e-mail outside a label %s" % e)
    for ip in IPV4_RE.findall(m) + IPV6_RE.findall(m):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if a.is_global:
            pr.append("global IP outside a label %s" % ip)
    for r in outside_luhn(m):
        pr.append("Luhn-valid run outside the labels %s" % r)
    for i in outside_ibans(m):
        pr.append("valid IBAN outside a label %s" % i)
    for w in set(re.findall(r"\w+", m)) & LAT_NW:
        pr.append("name word outside the labels %s" % w)
    for w in NONLAT_NW:
        if w in m:
            pr.append("name word outside the labels %s" % w)
    pl = [person_words(sp["value"]) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(pl)):
        for j in range(i + 1, len(pl)):
            a, b = pl[i], pl[j]
            if a & b and not (a <= b or b <= a):
                pr.append("people share a name word %s" % sorted(a & b))
    return pr


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation and CLI
def candidates():
    out = []
    for ti, (name, count, clean, fn) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            c = LOCS[(i + 5 * ti) % len(LOCS)]
            form, lang, parts = fn(R, c)
            rec = build("tmp", form, lang, parts)
            out.append((name, i, clean, c, rec))
    return out


def generate(log=None):
    cands = candidates()
    items = sorted({p for (_, _, _, _, r) in cands for p in phones_of(r)})
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("pv helper /tmp/pv/pv missing: phones cannot be checked")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    kept, seen = [], set()
    want = {n: cnt for (n, cnt, _, _) in TEMPLATES}
    have = Counter()
    for name, i, clean, c, rec in cands:
        pr = problems(rec, clean)
        if any(p in badset for p in phones_of(rec)):
            pr.append("phone rejected by pv")
        if rec["text"] in seen:
            pr.append("repeated text")
        if log is not None:
            log.append((name, i, c, pr, have[name] < want[name]))
        if pr or have[name] >= want[name]:
            continue
        seen.add(rec["text"])
        have[name] += 1
        kept.append((clean, c, rec))
    for n, cnt in want.items():
        assert have[n] == cnt, (n, have[n], cnt)
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    recs = []
    for k, (clean, c, rec) in enumerate(kept):
        rec = dict(rec)
        rec["id"] = "%s%05d" % (PREFIX, k)
        recs.append({"id": rec["id"], "form": rec["form"], "lang": rec["lang"], "text": rec["text"],
                     "spans": rec["spans"], **({"neg": rec["neg"]} if "neg" in rec else {})})
    return recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    data = open(OUT, encoding="utf-8").read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    ok = True
    clean = [r for r in recs if not r["spans"]]
    print("records %d, labelled %d, clean %d" % (len(recs), len(recs) - len(clean), len(clean)))
    if (len(recs), len(clean)) != (800, 200):
        print("FAIL: split is not 600/200")
        ok = False
    nprob = 0
    for r in recs:
        for p in problems(r, not r["spans"]):
            print("FAIL", r["id"], p)
            nprob += 1
    ids = ["%s%05d" % (PREFIX, k) for k in range(len(recs))]
    if [r["id"] for r in recs] != ids or len({r["text"] for r in recs}) != len(recs):
        print("FAIL: ids or repeated texts")
        ok = False
    items = [p for r in recs for p in phones_of(r)]
    bad = pv_check(items)
    if bad is None:
        print("FAIL: pv helper missing")
        ok = False
    elif bad:
        print("FAIL: %d phones rejected by pv" % len(bad))
        ok = False
    print("checksums and formats: %d labels re-verified; rules: %d problems; phones: %d valid with pv" % (
        sum(len(r["spans"]) for r in recs), nprob, len(items) - len(bad or [])))
    ok = ok and nprob == 0
    again = dumps(generate())
    same = again == data
    print("regenerated byte for byte: %s" % same)
    for hs in ("7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        print("PYTHONHASHSEED=%s byte for byte: %s" % (hs, out == data))
        same = same and out == data
    ok = ok and same
    print("OK" if ok else "CHECK FAILED")
    return 0 if ok else 1


def stats():
    recs = [json.loads(ln) for ln in open(OUT, encoding="utf-8")]
    types, subs, forms, langs, negs = Counter(), Counter(), Counter(), Counter(), Counter()
    regions, plans, persons, lens = Counter(), Counter(), set(), []
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        lens.append(len(r["text"]))
        for t in r.get("neg", []):
            negs[t] += 1
        for sp in r["spans"]:
            types[sp["type"]] += 1
            subs["%s:%s" % (sp["type"], sp.get("sub", ""))] += 1
            if sp["type"] == "phone":
                regions[sp["region"]] += 1
                if "plan" in sp:
                    plans[sp["plan"]] += 1
            if sp["type"] == "person":
                persons.add(sp["value"])
    lens.sort()
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("types:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("subs:", ", ".join("%s %d" % kv for kv in sorted(subs.items())))
    print("phone regions:", ", ".join("%s %d" % kv for kv in sorted(regions.items())), "; other plans:", dict(sorted(plans.items())))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in sorted(negs.items())))
    print("text length min %d median %d max %d; distinct person values %d" % (lens[0], lens[len(lens) // 2], lens[-1], len(persons)))


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    if "--stats" in sys.argv:
        stats()
        return
    if "--emit" in sys.argv:
        sys.stdout.write(dumps(generate()))
        return
    recs = generate()
    for r in recs:
        check_record(r)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dumps(recs))
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
