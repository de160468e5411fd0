#!/usr/bin/python3
"""Held-out part 55 of the redaction corpus (heldout55.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 53
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 27's decisions on driving
licences, plates, VINs and car-sharing, part 24's on rental firms, part
40's on telematics configs, part 50's on PCN appeals), lines 1-100 of gen_heldout33.py and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run only through `pv_check`); not the redactor, its docs,
its tests, the other generators' bodies or any .jsonl data file other than
its own output. It ran no project binary, no make, no cmake/ctest and no
git command, and it did not score this file. Started 23:24:11 UTC on
2026-12-05 (`date -u`); the end time is in heldout/README.md. `pv_check`
is reused as is; the CLI layout (rewrite / --check / --stats) imitates
part 33's header.

Theme: CAR RENTAL, CAR SHARING AND PARKING OPERATORS FROM THE STAFF SIDE.
What rental-desk agents, damage assessors, parking enforcement and appeals
officers, penalty-charge processors, car-park attendants, customer-service
agents, fraud and recovery teams, telematics analysts and the operators'
booking and IT support paste into an AI assistant, from 21 countries in 20
languages: rental agreements, additional-driver forms, check-in/check-out
damage reports, deposit and refund disputes, penalty-charge appeals,
traffic-fine transfers, stolen-vehicle and recovery reports, car-sharing
app exports, parking-permit applications and season-ticket lists, CCTV and
ANPR incident notes, customer chats, booking/telematics/payment configs
and tourists' messages. Hard negatives everywhere: plates, VINs, booking,
agreement, PCN and permit numbers, car-park, bay, zone and level numbers,
mileage and fuel, vehicle models, amounts, tariffs, dates, GPS coordinates
of public places, the operators' own phones, mailboxes and websites,
airports, stations and streets named after people, private and
documentation IPs, processors' test cards, name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
550211, shuffle seed 550212).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout55.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout55.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout55.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, DNI_LETTERS, cf_make, cf_check, bsn_random,
                       bsn_ok, aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz)

SEED = 550211
SHUFFLE_SEED = 550212
OUT = os.path.join(HERE, "heldout55.jsonl")
PREFIX = "heldout-bc-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ================================================================ gov ids
def pesel_make(R, d, female):
    mm = d.month + (20 if d.year >= 2000 else 0)
    s = "%02d%02d%02d" % (d.year % 100, mm, d.day) + digits(R, 3) + R.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils_make(R):
    d9 = str(R.randint(2, 9)) + digits(R, 8)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:9], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    body = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + digits(R, 4)
    return luhn_complete(body)


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v // 10 + v % 10
    return len(s) == 9 and t % 10 == 0


def tz_make(R):
    while True:
        s = str(R.randint(0, 3)) + digits(R, 8)
        if tz_ok(s):
            return s


def thid_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thid_make(R):
    d12 = R.choice("13") + digits(R, 11)
    s = d12 + thid_check(d12)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def thid_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and thid_check(d[:12]) == d[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, d, female):
    area = R.choice(["330502", "320583", "440305", "510107", "370202", "420106", "350203"])
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    s = area + d.strftime("%Y%m%d") + seq
    return s + "10X98765432"[sum(int(c) * w for c, w in zip(s, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def mynum_check(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynum_make(R):
    d11 = nz(R, 11)
    s = d11 + mynum_check(d11)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def mynum_ok(s):
    d = s.replace(" ", "")
    return len(d) == 12 and mynum_check(d[:11]) == d[11]


def rrn_make(R, d, female):
    sx = (3 if d.year >= 2000 else 1) + (1 if female else 0)
    s = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + str(sx) + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)


def rrn_ok(s):
    d = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(d) == 13 and (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])


def pnr_make(R, d):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + digits(R, 3)
    s = luhn_complete(body)
    return s[:6] + "-" + s[6:]


def egid_make(R, d, female):
    c = "3" if d.year >= 2000 else "2"
    gov = R.choice(["01", "02", "12", "13", "14", "16", "21", "22", "24"])
    seq = digits(R, 3) + R.choice("02468" if female else "13579")
    return c + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + gov + seq + str(R.randint(1, 9))


def cccd_make(R, d, female):
    prov = R.choice(["001", "031", "079", "048", "036", "038", "040", "092"])
    cs = (2 if d.year >= 2000 else 0) + (1 if female else 0)
    return prov + str(cs) + "%02d" % (d.year % 100) + digits(R, 6)


BELFIORE = ["F205", "H501", "L219", "G273", "A944", "D612", "C351", "B157"]


def dvla_make(R, family, given, middle_initial, d, female):
    fam = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", family).encode("ascii", "ignore").decode().upper())
    s = (fam[:5] + "99999")[:5]
    y = d.year % 100
    s += str(y // 10) + "%02d" % (d.month + (50 if female else 0)) + "%02d" % d.day + str(y % 10)
    s += given[0].upper() + (middle_initial or "9") + "9" + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)
    return s


# ================================================================ IPs / cards
def public_v4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 78, 80, 81, 85, 86, 88, 90, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217])
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def public_v6(R):
    s = "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x100, 0xffff), R.randint(0x10, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))
    assert ipaddress.ip_address(s).is_global
    return s


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 30), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4111 1111 1111 1111", "3782 822463 10005"]


def card_text(R, issuer):
    c = card_random(R, issuer)
    sep = R.choice([" ", " ", "-", ""])
    return sep.join(split_groups(c, card_grouping(len(c)))) if sep else c


def masked_card(R):
    return R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d", "ending %04d"]) % R.randint(0, 9999)


def luhn_bad16(R):
    while True:
        s = "4" + digits(R, 15)
        if not luhn_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def iban_bad(R, cc):
    s = iban_random(R, cc)
    k = int(s[2:4])
    s2 = s[:2] + "%02d" % ((k + R.randint(1, 40)) % 97 or 11) + s[4:]
    if iban_mod97(s2) == 1:
        return iban_bad(R, cc)
    return group(s2)


def iban_text(R, cc):
    s = iban_random(R, cc)
    return R.choice([group(s), group(s), s])


# ================================================================ look-alikes
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(R):
    return R.choice(["WVW", "WBA", "VF1", "ZFA", "JTD", "KMH", "5YJ", "1FA", "TMB", "YV1", "SAL", "VSS"]) + "".join(R.choice(VIN_CH) for _ in range(14))


def odo(R):
    return "%d km" % R.randint(4000, 148000)


def fuel(R):
    return R.choice(["1/4", "1/2", "3/4", "4/4", "5/8", "7/8", "62 %", "88 %", "100 %", "41 % SoC", "79 % SoC"])


MODELS = ["Ford Focus", "Mercedes Sprinter", "Tesla Model 3", "VW Polo", "Toyota Yaris Hybrid", "Peugeot 208",
          "Skoda Octavia Combi", "Fiat 500e", "Renault Clio", "Kia Niro EV", "BMW 320d Touring", "Volvo XC40 Recharge",
          "Hyundai Ioniq 5", "Opel Corsa", "Seat Ibiza", "Citroën C3", "Nissan Qashqai", "Dacia Sandero", "Mini Cooper SE",
          "Land Rover Discovery Sport", "Mercedes Vito", "Ford Transit Custom"]

PLATE_FMT = {
    "US": lambda R: "%d%s%d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(100, 999)),
    "GB": lambda R: "%s%02d %s" % ("".join(R.choice("ABCDEFGHJKLMNOPRSVWY") for _ in range(2)), R.choice([24, 74, 25, 75, 73, 23]), "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))),
    "DE": lambda R: "%s-%s %d" % (R.choice(["M", "B", "HH", "K", "F", "S", "HRO", "OL"]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(10, 9999)),
    "FR": lambda R: "%s-%03d-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(1, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))),
    "ES": lambda R: "%04d %s" % (R.randint(0, 9999), "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
    "IT": lambda R: "%s %03d%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(0, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))),
    "NL": lambda R: "%s-%03d-%s" % (R.choice("GHJKLNPRSTXZ"), R.randint(1, 999), "".join(R.choice("BDFGHJKLNPRSTXZ") for _ in range(2))),
    "PL": lambda R: "%s %05d" % (R.choice(["WX", "KR", "PO", "GD", "WR", "LU"]), R.randint(1000, 99999)),
    "RU": lambda R: "%s%03d%s %d" % (R.choice("АВЕКМНОРСТУХ"), R.randint(1, 999), R.choice("АВЕКМНОРСТУХ") + R.choice("АВЕКМНОРСТУХ"), R.choice([77, 97, 177, 78, 50, 150])),
    "GR": lambda R: "%s-%04d" % ("".join(R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(3)), R.randint(1000, 9999)),
    "TR": lambda R: "%02d %s %d" % (R.choice([34, 6, 35, 7, 16, 61]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(R.randint(1, 3))), R.randint(10, 9999)),
    "IL": lambda R: "%03d-%02d-%03d" % (R.randint(100, 999), R.randint(10, 99), R.randint(100, 999)),
    "EG": lambda R: "%s %d" % (" ".join(R.sample("أبجدرسصطعفقلمنهوى", 3)), R.randint(100, 9999)),
    "IN": lambda R: "%s %02d %s %04d" % (R.choice(["MH", "DL", "UP", "KA", "RJ"]), R.randint(1, 50), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1, 9999)),
    "TH": lambda R: "%d%s %04d" % (R.randint(1, 9), R.choice(["กข", "ขม", "ฆจ", "ชท", "นบ"]), R.randint(1, 9999)),
    "CN": lambda R: "%s%s·%s" % (R.choice(["浙E", "苏B", "粤B", "川A", "鲁B"]), "", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))),
    "JP": lambda R: "%s %d %s %02d-%02d" % (R.choice(["品川", "練馬", "横浜", "なにわ", "札幌"]), R.randint(300, 599), R.choice("さすせそたちつてとなにぬねのは"), R.randint(1, 99), R.randint(10, 99)),
    "KR": lambda R: "%d%s %04d" % (R.randint(10, 399), R.choice(["하", "허", "호"]), R.randint(1000, 9999)),
    "VN": lambda R: "%02dA-%03d.%02d" % (R.choice([29, 30, 51, 43, 92]), R.randint(100, 999), R.randint(10, 99)),
    "BR": lambda R: "%s%d%s%02d" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)), R.randint(0, 9), R.choice("ABCDEFGHIJ"), R.randint(0, 99)),
    "SE": lambda R: "%s %02d%s" % ("".join(R.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)), R.randint(0, 99), R.choice("0123456789ABCDEFGHJKLMNPRSTUWXYZ")),
}


def plate(R, cc):
    return PLATE_FMT[cc](R)


def coords(R, lat, lon):
    return "%.5f, %.5f" % (lat + R.uniform(-0.03, 0.03), lon + R.uniform(-0.03, 0.03))


# ================================================================ locales
def _d(R, lo=1948, hi=2003):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def _grp(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def mob(R, cc):
    if cc in PLANS:
        kinds = PLANS[cc][2]
        k = "mobile" if "mobile" in kinds else ("fixed_or_mobile" if "fixed_or_mobile" in kinds else sorted(kinds)[0])
        return kinds[k](R)
    if cc == "GR":
        return "69" + R.choice("0345789") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "42", "43", "44", "05", "06", "07", "52", "54"]) + digits(R, 7)
    if cc == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if cc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if cc == "TH":
        return R.choice(["81", "82", "84", "86", "89", "61", "62", "63", "91", "92", "95"]) + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("2345678") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "36", "37", "38", "70", "77", "79", "83", "84", "85", "88"]) + digits(R, 7)
    raise KeyError(cc)


CC = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31, "PL": 48, "RU": 7, "GR": 30, "TR": 90,
      "IL": 972, "EG": 20, "IN": 91, "TH": 66, "CN": 86, "JP": 81, "KR": 82, "VN": 84, "BR": 55, "SE": 46}


def phone_fmt(R, cc, intl=None):
    n = mob(R, cc)
    if intl is None:
        intl = R.random() < 0.3
    g = {
        "US": lambda: ("(%s) %s-%s" % (n[:3], n[3:6], n[6:]) if R.random() < .5 else "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:])),
        "GB": lambda: ("0" + n[:4] + " " + n[4:], n[:4] + " " + n[4:]),
        "DE": lambda: ("0" + n[:3] + " " + n[3:], n[:3] + " " + n[3:]),
        "FR": lambda: ("0" + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]).replace(" ", "", 1)[:2] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))),
        "ES": lambda: (_grp(n, [3, 2, 2, 2]), _grp(n, [3, 3, 3])),
        "IT": lambda: (_grp(n, [3, 3, 4]), n[:3] + " " + n[3:]),
        "NL": lambda: ("06-" + n[1:], "6 " + n[1:]),
        "PL": lambda: (_grp(n, [3, 3, 3]), _grp(n, [3, 3, 3])),
        "RU": lambda: ("8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])),
        "GR": lambda: (_grp(n, [3, 3, 4]), _grp(n, [3, 3, 4])),
        "TR": lambda: ("0" + _grp(n, [3, 3, 2, 2]), _grp(n, [3, 3, 2, 2])),
        "IL": lambda: ("0" + n[:2] + "-" + n[2:], n[:2] + "-" + n[2:5] + "-" + n[5:]),
        "EG": lambda: ("0" + _grp(n, [2, 4, 4]), _grp(n, [2, 4, 4])),
        "IN": lambda: (_grp(n, [5, 5]), _grp(n, [5, 5])),
        "TH": lambda: ("0" + n[:2] + "-" + n[2:5] + "-" + n[5:], _grp(n, [2, 3, 4])),
        "CN": lambda: (_grp(n, [3, 4, 4]), _grp(n, [3, 4, 4])),
        "JP": lambda: ("0" + n[:2] + "-" + n[2:6] + "-" + n[6:], n[:2] + "-" + n[2:6] + "-" + n[6:]),
        "KR": lambda: ("0" + n[:2] + "-" + n[2:6] + "-" + n[6:], n[:2] + "-" + n[2:6] + "-" + n[6:]),
        "VN": lambda: ("0" + _grp(n, [2, 3, 4]), _grp(n, [2, 3, 4])),
        "BR": lambda: ("(%s) %s-%s" % (n[:2], n[2:7], n[7:]), "%s %s-%s" % (n[:2], n[2:7], n[7:])),
        "SE": lambda: ("0" + n[:2] + "-" + n[2:5] + " " + n[5:7] + " " + n[7:], n[:2] + " " + n[2:5] + " " + n[5:7] + " " + n[7:]),
    }[cc]()
    if cc == "FR":
        g = ("0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), g[1])
    return ("+%d %s" % (CC[cc], g[1])) if intl else g[0]


def dob_fmt(R, cc, d, lang):
    if lang in MONTHS and R.random() < 0.2:
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            return "%d %s %d" % (d.day, m, d.year) if cc == "GB" else "%s %d, %d" % (m, d.day, d.year)
        if lang == "de":
            return "%d. %s %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year) if lang != "pt" and lang != "es" else "%d de %s de %d" % (d.day, m, d.year)
    f = {"US": "%m/%d/%Y", "GB": "%d/%m/%Y", "DE": "%d.%m.%Y", "FR": "%d/%m/%Y", "ES": "%d/%m/%Y", "IT": "%d/%m/%Y",
         "NL": "%d-%m-%Y", "PL": "%d.%m.%Y", "RU": "%d.%m.%Y", "GR": "%d/%m/%Y", "TR": "%d.%m.%Y", "IL": "%d.%m.%Y",
         "EG": "%d/%m/%Y", "IN": "%d-%m-%Y", "VN": "%d/%m/%Y", "BR": "%d/%m/%Y", "SE": "%Y-%m-%d"}
    if cc == "TH":
        return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if cc == "KR":
        return "%d. %d. %d." % (d.year, d.month, d.day)
    return d.strftime(f[cc])


def strip_acc(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# name lists: "native|roman" for non-Latin scripts
LOC = {}


def loc(cc, **kw):
    kw["cc"] = cc
    LOC[cc] = kw


loc("US", lang="en", m="Ellsworth Caswell Emmerich Lemuel Oakley Rhett Darnell", f="Marlowe Delphine Leighanne Odessa Tallulah Arletta Quinley",
    fam="Wetherbee Kosinski Dunnigan Pettyjohn Arbogast Raffensperger Stidham Truluck",
    streets=["Bittersweet Hollow Rd", "Quarry Ridge Dr", "Tanager Loop", "Silo Creek Ave", "Hackberry Ct"],
    towns=[("Zanesville", "OH", "437"), ("Kalispell", "MT", "599"), ("Natchitoches", "LA", "714"), ("Chillicothe", "MO", "646")],
    prov=["gmail.com", "yahoo.com", "icloud.com"], iban=None, cur="$%s", dec=".")
loc("GB", lang="en", m="Wystan Swithin Egbert Crispian Benedick Fulke", f="Araminta Oenone Ottoline Wenna Hester Clemmie",
    fam="Brocklehurst Entwhistle Gotobed Hollingdrake Snodgrass Witheridge Nettleship Gummersall",
    streets=["Tithebarn Street", "Mardle Close", "Sheepwash Road", "Ropewalk Terrace", "Gallowtree Gardens"],
    towns=[("Launceston", "PL15"), ("Hexham", "NE46"), ("Ludlow", "SY8"), ("Ilkley", "LS29"), ("Tewkesbury", "GL20")],
    prov=["btinternet.com", "outlook.com", "gmail.com"], iban="GB", cur="£%s", dec=".")
loc("DE", lang="de", m="Folkhard Hunold Hartwig Sigmar Volkward Sieghard", f="Edeltraud Adelheid Waltraut Gertrud Ilsabe Reinhild",
    fam="Kapfhammer Wunderlich Siebenhaar Dreesbach Ochsenreiter Brinkhege Pfannschmidt Kessebohm",
    streets=["Kuhtränke", "Am Flachsröstegraben", "Bleichwiesenweg", "Zehntscheunenstraße", "Ölmühlenpfad"],
    towns=[("Quakenbrück", "49610"), ("Einbeck", "37574"), ("Bad Wildungen", "34537"), ("Ochsenfurt", "97199")],
    prov=["web.de", "gmx.de", "t-online.de"], iban="DE", cur="%s €", dec=",")
loc("FR", lang="fr", m="Aurélien Gontran Ferréol Théophane Clodomir Evariste", f="Perrine Philiberte Armelle Mélusine Hortense Aliénor",
    fam="Barthélémy-Roux Castagnède Pouyade Lartigue Estrabaut Daguerre Sarrazy Labeyrie",
    streets=["rue des Tanneurs-Vieux", "chemin de la Garenne aux Loups", "impasse du Pressoir", "allée des Tilleuls Argentés"],
    towns=[("Mont-de-Marsan", "40000"), ("Oloron-Sainte-Marie", "64400"), ("Sarlat-la-Canéda", "24200"), ("Aurillac", "15000")],
    prov=["orange.fr", "free.fr", "laposte.net"], iban="FR", cur="%s €", dec=",")
loc("ES", lang="es", m="Anselmo Baltasar Crisanto Eleuterio Fermín Leoncio", f="Azucena Prudencia Candelaria Inmaculada Leocadia Nieves",
    fam="Urquiola Villarejo Barrenetxea Mendiluce Urdangarín Castrillo Peñalosa Echevarne",
    streets=["Calle del Herrador", "Calle Eras Altas", "Travesía del Lavadero", "Calle Molino Harinero"],
    towns=[("Benavente", "49600"), ("Béjar", "37700"), ("Tudela", "31500"), ("Tarazona", "50500")],
    prov=["gmail.com", "hotmail.es", "telefonica.net"], iban="ES", cur="%s €", dec=",")
loc("IT", lang="it", m="Ottorino Gianpaolo Ermanno Tarcisio Lucio Fiorenzo", f="Ornella Mirella Loredana Tiziana Graziella Fiammetta",
    fam="Bracchi Zanfardino Cavalleri Pellizzari Santamato Tagliaferri Bortolotti Zuccarini",
    streets=["Via dei Fornai", "Via del Mulino Vecchio", "Vicolo dei Cordai", "Via Tratturo Regio"],
    towns=[("Fidenza", "43036", "PR"), ("Bassano del Grappa", "36061", "VI"), ("Sulmona", "67039", "AQ"), ("Chiavari", "16043", "GE")],
    prov=["libero.it", "virgilio.it", "gmail.com"], iban="IT", cur="%s €", dec=",")
loc("NL", lang="nl", m="Gijsbert Reinout Hidde Wessel Tjalling Meindert", f="Hendrike Geesje Lieke Aaltje Marijke Wobbe",
    fam="Hofstede Zwanenveld van Oosterwijk Kuipers-Mol Dekkinga Huisman Veldkamp Brouwershaven",
    streets=["Turfschippad", "Lijnbaanstraat", "Vlasakker", "Zuivelhof"],
    towns=[("Coevorden", "7741"), ("Harlingen", "8861"), ("Tiel", "4001"), ("Woerden", "3441")],
    prov=["ziggo.nl", "kpnmail.nl", "gmail.com"], iban="NL", cur="€ %s", dec=",")
loc("PL", lang="pl", m="Boguchwał Przemysław Wojsław Zbigniew Radosław Ludomir", f="Bożena Jadwiga Wiesława Grażyna Dobrosława Halszka",
    fam="Wierzbicki Grzybowski Kołodziej Przyłucki Szczepaniak Zawadzki Chmielewski Kowalczuk",
    streets=["ul. Bednarska", "ul. Garncarska", "ul. Młynarska", "ul. Powroźnicza"],
    towns=[("Sandomierz", "27-600"), ("Łowicz", "99-400"), ("Cieszyn", "43-400"), ("Kłodzko", "57-300")],
    prov=["wp.pl", "onet.pl", "interia.pl"], iban="PL", cur="%s zł", dec=",")
loc("RU", lang="ru", m="Всеволод|Vsevolod Ростислав|Rostislav Ефим|Efim Святополк|Svyatopolk Мирон|Miron Прохор|Prokhor",
    f="Агния|Agniya Ефросинья|Efrosinya Златослава|Zlatoslava Ульяна|Ulyana Серафима|Serafima Милослава|Miloslava",
    fam="Перепёлкин|Perepyolkin Колокольцев|Kolokoltsev Ступишин|Stupishin Завьялов|Zavyalov Мухортов|Mukhortov Щеглов|Shcheglov",
    streets=["ул. Кожевенная", "ул. Ямская", "пер. Гончарный", "ул. Мельничная"],
    towns=[("Кострома", "156"), ("Вологда", "160"), ("Тамбов", "392"), ("Псков", "180")],
    prov=["mail.ru", "yandex.ru", "rambler.ru"], iban=None, cur="%s ₽", dec=",")
loc("GR", lang="el", m="Ευάγγελος|Evangelos Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Ιάκωβος|Iakovos Λεωνίδας|Leonidas",
    f="Παναγιώτα|Panagiota Ευτυχία|Eftychia Χρυσάνθη|Chrysanthi Σταυρούλα|Stavroula Κυριακή|Kyriaki",
    fam="Τσιρογιάννης|Tsirogiannis Μπαλτατζής|Baltatzis Καραμπέτσος|Karampetsos Ζαφειρόπουλος|Zafeiropoulos Λαζαρίδης|Lazaridis Χατζηπαναγιώτου|Chatzipanagiotou",
    streets=["οδός Βυρσοδεψών", "οδός Ανεμομύλων", "οδός Σιδηρουργών", "οδός Αλωνίων"],
    towns=[("Καλαμπάκα", "422 00"), ("Κοζάνη", "501 00"), ("Ναύπλιο", "211 00"), ("Χανιά", "731 00")],
    prov=["gmail.com", "yahoo.gr", "otenet.gr"], iban="GR", cur="%s €", dec=",")
loc("TR", lang="tr", m="Cengizhan Oğuzhan Tarkan Bülent Nurettin Şahin", f="Gülizar Nurhayat Şükran Feraye Dilruba Sevgül",
    fam="Karaosmanoğlu Demirkıran Yazıcıoğlu Sarıkaya Bozkurtlar Tepecik Kocabıyık Eğilmez",
    streets=["Değirmenaltı Sokak", "Çınarlı Sokak", "Bakırcılar Caddesi", "Harman Sokak"],
    towns=[("Tosya", "37300"), ("Bayburt", "69000"), ("Bartın", "74100"), ("Nevşehir", "50100")],
    prov=["gmail.com", "hotmail.com", "yandex.com.tr"], iban="TR", cur="%s ₺", dec=",")
loc("IL", lang="he", m="אליקים|Elyakim נתנאל|Netanel צורי|Tzuri שמריהו|Shmaryahu גדליה|Gedalya", f="הדסה|Hadassa שולמית|Shulamit תהילה|Tehila אביטל|Avital נעמה|Naama",
    fam="בוסקילה|Bouskila חיימוביץ|Chaimovitz ממון|Mimoun שטרנברג|Sternberg גבריאלי|Gavrieli",
    streets=["רחוב הסדנאות", "רחוב הבורסקאים", "רחוב הגפן הישנה", "רחוב הרכבת"],
    towns=[("רחובות", "76"), ("כרמיאל", "21"), ("נתיבות", "87"), ("דימונה", "86")],
    prov=["gmail.com", "walla.co.il", "012.net.il"], iban=None, cur="₪%s", dec=".")
loc("EG", lang="ar", m="عبدالرؤوف|Abdelraouf شهاب|Shehab جلال|Galal رأفت|Raafat سامح|Sameh", f="نرمين|Nermine شيماء|Shaimaa رحاب|Rehab هبة|Heba إيناس|Enas",
    fam="الفيشاوي|Elfishawy الشرقاوي|Elsharkawy أبوالعينين|Abouelenein القليوبي|Elqalyouby الديب|Eldeeb",
    streets=["شارع المطاحن", "شارع الدباغين", "شارع الترعة البحرية", "شارع السلخانة"],
    towns=[("سمنود", "31"), ("زفتى", "31"), ("بني سويف", "62"), ("سوهاج", "82")],
    prov=["gmail.com", "yahoo.com", "hotmail.com"], iban=None, cur="%s ج.م", dec=".")
loc("IN", lang="hi", m="ध्रुवराज|Dhruvraj चंद्रकांत|Chandrakant दिग्विजय|Digvijay योगेंद्र|Yogendra पुरुषोत्तम|Purushottam", f="सुलोचना|Sulochana विभावरी|Vibhavari कादंबरी|Kadambari ऋतंभरा|Ritambhara मंदाकिनी|Mandakini",
    fam="घाणेकर|Ghanekar पुसालकर|Pusalkar झुनझुनवाला|Jhunjhunwala भटनागर|Bhatnagar भंडारकर|Bhandarkar",
    streets=["कुम्हार गली", "नीम चौक मार्ग", "पुरानी मंडी रोड", "तालाब पार मार्ग"],
    towns=[("अजमेर", "305001", "राजस्थान"), ("सतारा", "415001", "महाराष्ट्र"), ("बरेली", "243001", "उत्तर प्रदेश"), ("उज्जैन", "456001", "मध्य प्रदेश")],
    prov=["gmail.com", "rediffmail.com", "yahoo.co.in"], iban=None, cur="₹%s", dec=".")
loc("TH", lang="th", m="ธีรวัฒน์|Theerawat ณัฐพงษ์|Nattapong วรวุฒิ|Worawut อนุชิต|Anuchit ปิยะพงศ์|Piyapong", f="สุภาวดี|Supawadee อรุณี|Arunee ปิยนุช|Piyanuch วาสนา|Wassana กาญจนา|Kanjana",
    fam="ทองประเสริฐวงศ์|Thongprasertwong ศรีสุวรรณรัตน์|Srisuwannarat บุญญาศิริกุล|Bunyasirikul เจริญพานิชย์|Charoenpanich วงศ์ไพบูลย์สุข|Wongpaiboonsuk",
    streets=["ซอยโรงสี", "ถนนท่าน้ำเก่า", "ซอยตลาดล่าง", "ถนนคลองขุด"],
    towns=[("อำเภอเมือง จังหวัดลำปาง", "52000"), ("อำเภอเมือง จังหวัดพิษณุโลก", "65000"), ("อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์", "77110"), ("อำเภอเมือง จังหวัดอุดรธานี", "41000")],
    prov=["gmail.com", "hotmail.com", "yahoo.co.th"], iban=None, cur="%s บาท", dec=".")
loc("CN", lang="zh", m="浩宇|Haoyu 俊熙|Junxi 睿泽|Ruize 梓轩|Zixuan 铭远|Mingyuan", f="雨桐|Yutong 婉清|Wanqing 诗涵|Shihan 若曦|Ruoxi 梦琪|Mengqi",
    fam="濮|Pu 昝|Zan 晏|Yan 缪|Miao 乜|Nie 蒯|Kuai",
    streets=["织造路", "木渎巷", "盐仓街", "船坞路"],
    towns=[("浙江省湖州市吴兴区", "313000"), ("江苏省常熟市虞山街道", "215500"), ("四川省绵阳市涪城区", "621000"), ("山东省威海市环翠区", "264200")],
    prov=["qq.com", "163.com", "126.com"], iban=None, cur="¥%s", dec=".")
loc("JP", lang="ja", m="嘉一郎|Kaichiro 篤志|Atsushi 晴臣|Haruomi 宗介|Sosuke 耕平|Kohei", f="千鶴|Chizuru 瑞季|Mizuki 帆乃香|Honoka 小夜子|Sayoko 結衣花|Yuika",
    fam="鳥居塚|Toriizuka 東海林|Shoji 四十物|Aimono 小鳥遊|Takanashi 五百旗頭|Iokibe",
    streets=["桜堤", "鍛冶町", "舟入町", "紺屋町"],
    towns=[("栃木県足利市", "326-08"), ("長野県飯田市", "395-00"), ("島根県出雲市", "693-00"), ("福井県敦賀市", "914-00")],
    prov=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"], iban=None, cur="¥%s", dec=".")
loc("KR", lang="ko", m="도윤|Doyun 건우|Geonu 시후|Sihu 태민|Taemin 재혁|Jaehyeok", f="가온|Gaon 예서|Yeseo 채원|Chaewon 나연|Nayeon 소율|Soyul",
    fam="편|Pyeon 음|Eum 빈|Bin 봉|Bong 빈|Bin",
    streets=["물레방아길", "대장간로", "나루터길", "옹기골로"],
    towns=[("경상북도 안동시", "367"), ("전라남도 순천시", "579"), ("충청북도 충주시", "274"), ("강원특별자치도 강릉시", "254")],
    prov=["naver.com", "daum.net", "kakao.com"], iban=None, cur="%s원", dec=".")
loc("VN", lang="vi", m="", f="", fam="",  # filled below
    streets=["đường Ba Mươi Tháng Tư", "đường Bến Gỗ", "hẻm Lò Gạch", "đường Kênh Tẻ"],
    towns=[("phường Tân Định, Quận 1, TP. Hồ Chí Minh", "700000"), ("phường Phú Lâm, Tuy Hòa, Phú Yên", "620000"), ("phường Vĩnh Hải, Nha Trang, Khánh Hòa", "650000"), ("phường Phú Hội, Huế", "530000")],
    prov=["gmail.com", "yahoo.com.vn", "outlook.com"], iban=None, cur="%s ₫", dec=",")
loc("BR", lang="pt", m="Jeferson Josivan Adailton Josué Torquato Cleiton", f="Rosicleide Lucimara Joseane Valdirene Gleice Marinalva",
    fam="Tabosa Bezerril Trigueiro Damasceno Pitombeira Rolemberg Maracajá Castanheira",
    streets=["Rua dos Curtumes", "Rua Olaria Velha", "Travessa do Engenho", "Rua das Mangabeiras"],
    towns=[("Petrolina", "PE", "563"), ("Campina Grande", "PB", "584"), ("Juiz de Fora", "MG", "360"), ("Ponta Grossa", "PR", "840")],
    prov=["gmail.com", "uol.com.br", "bol.com.br"], iban="BR", cur="R$ %s", dec=",")
loc("SE", lang="sv", m="Torvald Osvald Ingvald Evert Tyko Sune", f="Signe Alfhild Gunvor Ingegerd Ronja Sigrun",
    fam="Bergqvist Fröberg Lindhagen Strömblad Åkesson Hagström Wiklander Norrby",
    streets=["Garvaregatan", "Repslagarbacken", "Kvarngränd", "Smedjevägen"],
    towns=[("Kumla", "692"), ("Arvika", "671"), ("Sollefteå", "881"), ("Nässjö", "571")],
    prov=["telia.com", "gmail.com", "bredband.net"], iban="SE", cur="%s kr", dec=",")

ORDER = list(LOC)


def _split(s):
    out = []
    for w in s.split():
        if "|" in w:
            a, b = w.split("|")
        else:
            a, b = w, strip_acc(w)
        out.append((a, b))
    return out


for _l in LOC.values():
    for k in ("m", "f", "fam"):
        _l[k] = _split(_l[k])

# Vietnamese given names written out (native, roman)
LOC["VN"]["m"] = [("Thoại Vũ", "Thoai Vu"), ("Tuệ Nhẫn", "Tue Nhan"), ("Thụy Quan", "Thuy Quan")]
LOC["VN"]["f"] = [("Uyển Nhi", "Uyen Nhi"), ("Cát Trang", "Cat Trang"), ("Nghi Dung", "Nghi Dung"), ("Huệ Phụng", "Hue Phung")]
LOC["VN"]["fam"] = [("Mẫn", "Man"), ("Hầu", "Hau"), ("Kiều", "Kieu"), ("Trương", "Truong"), ("Đình", "Dinh"), ("Ung", "Ung")]


class Person:
    pass


def person(R, lc, used, sex=None, lo=1948, hi=2003):
    l = LOC[lc]
    for _ in range(200):
        s = sex or R.choice("mf")
        g = R.choice(l[s])
        f = R.choice(l["fam"])
        words = set(g[0].split()) | set(f[0].split())
        if words & used:
            continue
        break
    used |= words
    p = Person()
    p.sex, p.given, p.family, p.cc = s, g, f, lc
    cc = lc
    fam_n = f[0]
    if cc == "RU" and s == "f":
        fam_n = fam_n + "а" if fam_n.endswith(("н", "в")) else fam_n
    if cc == "PL" and s == "f" and fam_n.endswith("ki"):
        fam_n = fam_n[:-1] + "a"
    if cc == "GR" and s == "f":
        fam_n = re.sub("ης$", "η", re.sub("ος$", "ου", fam_n))
        fam_n = re.sub("ής$", "ή", fam_n)
    p.fam_native = fam_n
    if cc in ("CN", "KR"):
        p.name = fam_n + g[0]
    elif cc == "JP":
        p.name = fam_n + " " + g[0]
    elif cc == "VN":
        mid = R.choice(["", "Văn " if s == "m" else "Thị "])
        p.name = fam_n + " " + mid + g[0]
    else:
        p.name = g[0] + " " + fam_n
    p.roman_given = strip_acc(g[1]).split()[0]
    p.roman_family = strip_acc(f[1]).replace(" ", "").replace("-", "")
    p.dob = _d(R, lo, hi)
    return p


def email_of(R, p):
    l = LOC[p.cc]
    g, f = p.roman_given.lower(), p.roman_family.lower()
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s%d" % (g, f, p.dob.year % 100), "%s_%s" % (f, g), "%s%d" % (g + f[:3], R.randint(2, 99))])
    return local + "@" + R.choice(l["prov"])


def address(R, lc):
    l = LOC[lc]
    st = R.choice(l["streets"])
    t = R.choice(l["towns"])
    n = R.randint(2, 188)
    if lc == "US":
        return "%d %s%s, %s, %s %s%02d" % (n * 7, st, R.choice(["", ", Apt %d" % R.randint(2, 30)]), t[0], t[1], t[2], R.randint(1, 99))
    if lc == "GB":
        return "%d %s, %s %s %d%s" % (n, st, t[0], t[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXY") + R.choice("ABDEFGHJLNPQRSTUWXY"))
    if lc == "DE":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if lc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis"]), st, t[1], t[0])
    if lc == "ES":
        return "%s, %d, %dº %s, %s %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], t[0])
    if lc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if lc == "NL":
        return "%s %d, %s %s %s" % (st, n, t[1], R.choice("BDGHKLMNPRST") + R.choice("ABEHJKLNPRTVXZ"), t[0])
    if lc == "PL":
        return "%s %d/%d, %s %s" % (st, n, R.randint(1, 40), t[1], t[0])
    if lc == "RU":
        return "%s%03d, г. %s, %s, д. %d, кв. %d" % (t[1], R.randint(0, 40), t[0], st, n, R.randint(1, 150))
    if lc == "GR":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if lc == "TR":
        return "%s No: %d D: %d, %s %s" % (st, n, R.randint(1, 20), t[1], t[0])
    if lc == "IL":
        return "%s %d, %s %s%05d" % (st, n, t[0], t[1], R.randint(0, 99999))
    if lc == "EG":
        return "%d %s، %s" % (n, st, t[0])
    if lc == "IN":
        return "मकान नं. %d, %s, %s, %s %s" % (n, st, t[0], t[2], t[1])
    if lc == "TH":
        return "%d/%d %s %s %s" % (n, R.randint(1, 90), st, t[0], t[1])
    if lc == "CN":
        return "%s%s%d号%d单元%d室" % (t[0], st, n, R.randint(1, 6), R.randint(101, 1802))
    if lc == "JP":
        return "〒%s%02d %s%s%d-%d-%d" % (t[1], R.randint(0, 99), t[0], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if lc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, n, R.randint(101, 112), R.randint(101, 1504))
    if lc == "VN":
        return "số %d %s, %s" % (n, st, t[0])
    if lc == "BR":
        return "%s, %d, %s - %s, %s%02d-%03d" % (st, n * 3, t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if lc == "SE":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    raise KeyError(lc)


def natid(R, p):
    """The id a desk of this country takes down: (value, sub)."""
    cc, d, fem = p.cc, p.dob, p.sex == "f"
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), "nino"
    if cc == "DE":
        s = steuerid_random(R)
        return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]), "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if fem else "1", yy=d.year % 100, mm=d.month)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        n, c = dni_random(R)
        return n + c, "dni"
    if cc == "IT":
        return cf_make(strip_acc(p.roman_family), strip_acc(p.roman_given), d.year % 100, d.month, d.day, fem, R.choice(BELFIORE)), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "PL":
        return pesel_make(R, d, fem), "pesel"
    if cc == "RU":
        return snils_make(R), "snils"
    if cc == "GR":
        return amka_make(R, d), "amka"
    if cc == "TR":
        return tckn_make(R), "tc_kimlik"
    if cc == "IL":
        return tz_make(R), "teudat_zehut"
    if cc == "EG":
        return egid_make(R, d, fem), "eg_national_id"
    if cc == "IN":
        s = aadhaar_random(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "aadhaar"
    if cc == "TH":
        return thid_make(R), "th_national_id"
    if cc == "CN":
        return cnid_make(R, d, fem), "cn_resident_id"
    if cc == "JP":
        return mynum_make(R), "my_number"
    if cc == "KR":
        return rrn_make(R, d, fem), "rrn"
    if cc == "VN":
        return cccd_make(R, d, fem), "cccd"
    if cc == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    if cc == "SE":
        return pnr_make(R, d), "personnummer"


def licence(R, p):
    """Driving-licence number by the country's format (part 27's rule:
    gov_id, sub <cc>_driving_licence); None where the desk writes the
    national id instead."""
    cc = p.cc
    if cc == "GB":
        return dvla_make(R, p.roman_family, p.roman_given, R.choice([None, R.choice("ACDEJKMRST")]), p.dob, p.sex == "f"), "gb_driving_licence"
    if cc == "US":
        return R.choice("ABCDFGNRSTW") + digits(R, 7), "us_driving_licence"
    if cc == "DE":
        return R.choice("BFJKMN") + digits(R, 3) + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(5)) + digits(R, 1) + R.choice("0123456789"), "de_driving_licence"
    if cc == "FR":
        return "%02d%02d%s%s" % (R.randint(0, 23), R.randint(1, 12), R.choice(["40", "64", "24", "15", "75", "33"]), digits(R, 6)), "fr_driving_licence"
    if cc == "IT":
        return R.choice(["U1", "PV", "GE", "AQ", "VI"]) + digits(R, 7) + R.choice(string.ascii_uppercase), "it_driving_licence"
    if cc == "NL":
        return str(R.randint(4, 6)) + digits(R, 9), "nl_driving_licence"
    if cc == "JP":
        return R.choice(["30", "45", "53", "62", "41"]) + digits(R, 10), "jp_driving_licence"
    if cc == "KR":
        return "%02d-%02d-%06d-%02d" % (R.choice([11, 12, 13, 14, 15, 19, 21, 22]), R.randint(0, 24), R.randint(0, 999999), R.randint(10, 99)), "kr_driving_licence"
    if cc == "PL":
        return "%05d/%02d/%04d" % (R.randint(1, 99999), R.randint(5, 24), R.randint(1, 9999)), "pl_driving_licence"
    return None


def money(R, lc, lo=20, hi=900):
    l = LOC[lc]
    v = R.randint(lo, hi)
    c = R.choice([0, 0, 50, 99, 20])
    s = ("%d%s%02d" % (v, l["dec"], c)) if c else str(v)
    if lc in ("JP", "KR", "VN", "IN", "TH", "EG", "RU"):
        s = "{:,}".format(v * {"JP": 150, "KR": 1400, "VN": 25000, "IN": 85, "TH": 36, "EG": 48, "RU": 95}[lc]).replace(",", "." if lc == "VN" else ",")
    return l["cur"] % s


# ================================================================ operators and frames
# (operator, domain, helpline, eponymous place, city centre lat/lon)
OPS = {
    "US": ("Hatchback Hollow Car Rental", "hatchbackhollow.com", "1-888-555-0142", "Ronald Reagan Washington National Airport", (38.85, -77.04)),
    "GB": ("Whinchat Lane Vehicle Hire", "whinchathire.co.uk", "0345 600 1972", "Liverpool John Lennon Airport", (53.33, -2.85)),
    "DE": ("Grauspecht Mietwagen GmbH", "grauspecht-mietwagen.de", "0800 7234 118", "Flughafen München Franz Josef Strauß", (48.35, 11.78)),
    "FR": ("Loc'Azur Mobilités SAS", "locazur-mobilites.fr", "3260", "aéroport Paris-Charles de Gaulle", (49.00, 2.55)),
    "ES": ("Alquileres Vadillo Motor S.L.", "vadillomotor.es", "900 414 276", "aeropuerto Adolfo Suárez Madrid-Barajas", (40.49, -3.57)),
    "IT": ("Noleggi Valtidone S.r.l.", "noleggivaltidone.it", "800 912 447", "aeroporto Leonardo da Vinci di Fiumicino", (41.80, 12.25)),
    "NL": ("Deelauto Kromme Rijn B.V.", "deelautokrommerijn.nl", "0800-0246", "Johan Cruijff ArenA", (52.31, 4.94)),
    "PL": ("Wypożyczalnia Dunajec Auto Sp. z o.o.", "dunajecauto.pl", "801 300 412", "Lotnisko Chopina", (52.17, 20.97)),
    "RU": ("ООО «Каршеринг Заозерье»", "zaozerye-drive.ru", "8 800 301-22-14", "аэропорт Шереметьево имени А. С. Пушкина", (55.97, 37.41)),
    "GR": ("Ενοικιάσεις Αυτοκινήτων Αιγαίου Μύρτος", "myrtos-rent.gr", "1140", "αεροδρόμιο Ελευθέριος Βενιζέλος", (37.94, 23.94)),
    "TR": ("Yeşilırmak Oto Kiralama A.Ş.", "yesilirmakoto.com.tr", "444 6 172", "Sabiha Gökçen Havalimanı", (40.90, 29.31)),
    "IL": ("השכרת רכב גליל עליון בע\"מ", "galil-rent.co.il", "*6172", "נמל התעופה בן גוריון", (32.00, 34.87)),
    "EG": ("شركة النيل الأزرق لتأجير السيارات", "bluenile-rent.com.eg", "19742", "محطة مصر برمسيس", (30.06, 31.25)),
    "IN": ("सारथी सेल्फ-ड्राइव कार रेंटल", "saarthi-selfdrive.in", "1800 209 4417", "छत्रपति शिवाजी महाराज अंतरराष्ट्रीय हवाई अड्डा", (19.09, 72.87)),
    "TH": ("บริษัท ล้อหมุน คาร์เร้นท์ จำกัด", "lormoon-carrent.co.th", "1428", "สถานีรถไฟฟ้าพหลโยธิน", (13.81, 100.56)),
    "CN": ("驿途共享汽车", "yitu-share.cn", "400-820-1742", "中山路地下停车场", (30.87, 120.09)),
    "JP": ("みなとレンタカー株式会社", "minato-rentacar.jp", "0120-48-2617", "高知龍馬空港", (33.55, 133.67)),
    "KR": ("바람길 카셰어링", "baramgil.co.kr", "1588-4172", "김대중컨벤션센터역 공영주차장", (35.15, 126.84)),
    "VN": ("Công ty Thuê xe Sóng Hàn", "songhan-rent.vn", "1900 6172", "bãi xe đường Lê Duẩn", (16.07, 108.22)),
    "BR": ("Locadora Serra Azul Veículos", "serraazulveiculos.com.br", "0800 727 4417", "Aeroporto Santos Dumont", (-22.91, -43.16)),
    "SE": ("Bilpoolen Älvdalen AB", "bilpoolen-alvdalen.se", "0771-41 72 00", "Gustav Adolfs torg", (59.33, 18.06)),
}

# field labels in the paste's language: name, birth date, address, phone, e-mail, id, licence
FL = {
    "en": ("Driver", "Date of birth", "Home address", "Mobile", "Email", "ID", "Licence no."),
    "de": ("Fahrer/in", "Geburtsdatum", "Anschrift", "Mobil", "E-Mail", "Steuer-ID", "Führerschein-Nr."),
    "fr": ("Conducteur", "Date de naissance", "Adresse", "Portable", "E-mail", "N° de sécurité sociale", "N° de permis"),
    "es": ("Conductor", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "DNI (permiso de conducir)", "N.º de permiso"),
    "it": ("Conducente", "Data di nascita", "Residenza", "Cellulare", "E-mail", "Codice fiscale", "N. patente"),
    "nl": ("Bestuurder", "Geboortedatum", "Adres", "Mobiel", "E-mail", "BSN", "Rijbewijsnummer"),
    "pl": ("Kierowca", "Data urodzenia", "Adres", "Telefon", "E-mail", "PESEL", "Nr prawa jazdy"),
    "ru": ("Водитель", "Дата рождения", "Адрес", "Телефон", "E-mail", "СНИЛС", "ВУ"),
    "el": ("Οδηγός", "Ημ. γέννησης", "Διεύθυνση", "Κινητό", "E-mail", "ΑΜΚΑ", "Αρ. διπλώματος"),
    "tr": ("Sürücü", "Doğum tarihi", "Adres", "Cep", "E-posta", "TC Kimlik No", "Ehliyet No"),
    "he": ("נהג", "תאריך לידה", "כתובת", "נייד", "דוא\"ל", "ת\"ז", "מס' רישיון"),
    "ar": ("السائق", "تاريخ الميلاد", "العنوان", "المحمول", "البريد", "الرقم القومي", "رقم الرخصة"),
    "hi": ("चालक", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "आधार", "लाइसेंस संख्या"),
    "th": ("ผู้ขับขี่", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล", "เลขประจำตัวประชาชน", "เลขใบขับขี่"),
    "zh": ("驾驶人", "出生日期", "地址", "手机", "邮箱", "身份证号", "驾驶证号"),
    "ja": ("運転者", "生年月日", "住所", "携帯", "メール", "マイナンバー", "免許証番号"),
    "ko": ("운전자", "생년월일", "주소", "휴대폰", "이메일", "주민등록번호", "면허번호"),
    "vi": ("Người lái", "Ngày sinh", "Địa chỉ", "Di động", "Email", "Số CCCD", "Số GPLX"),
    "pt": ("Condutor", "Data de nascimento", "Endereço", "Celular", "E-mail", "CPF", "Nº CNH"),
    "sv": ("Förare", "Födelsedatum", "Adress", "Mobil", "E-post", "Personnummer", "Körkortsnummer"),
}
FL_GB = ("Driver", "Date of birth", "Home address", "Mobile", "Email", "NI number", "Licence no.")
FL_US = ("Driver", "DOB", "Home address", "Cell", "Email", "SSN", "DL #")


def fl(lc):
    return FL_GB if lc == "GB" else FL_US if lc == "US" else FL[LOC[lc]["lang"]]


REQ = {
    "en": ["Can you tidy this up before I send it to the branch manager? Flag anything missing.",
           "Summarise this for the claims team in three bullet points.",
           "Draft a short, polite reply to the customer based on this."],
    "GB": ["Could you check this over before it goes to the appeals panel? Anything missing?",
           "Turn this into a neat table, one row per driver please.",
           "What should I strip out before I forward this to the recovery agent?",
           "Write a firm but polite reply to the customer from this.",
           "Summarise this for the morning handover, three bullets max."],
    "de": ["Kannst du das prüfen, bevor es an die Filialleitung geht?", "Fass das bitte in drei Punkten für die Schadenabteilung zusammen.", "Formuliere eine höfliche Antwort an den Kunden."],
    "fr": ["Tu peux relire ça avant que je l'envoie au responsable d'agence ?", "Résume ça en trois points pour le service sinistres.", "Aide-moi à rédiger une réponse polie au client."],
    "es": ["¿Puedes revisar esto antes de enviarlo al jefe de oficina?", "Resúmelo en tres puntos para el departamento de siniestros.", "Ayúdame a redactar una respuesta educada al cliente."],
    "it": ["Puoi controllare questo prima che lo mandi al responsabile di filiale?", "Riassumilo in tre punti per l'ufficio sinistri.", "Aiutami a scrivere una risposta cortese al cliente."],
    "nl": ["Kun je dit nakijken voordat het naar de vestigingsmanager gaat?", "Vat dit samen in drie punten voor de schadeafdeling.", "Help me een beleefd antwoord aan de klant te schrijven."],
    "pl": ["Sprawdzisz to, zanim wyślę do kierownika oddziału?", "Streść to w trzech punktach dla działu szkód.", "Pomóż mi napisać uprzejmą odpowiedź do klienta."],
    "ru": ["Проверь, пожалуйста, прежде чем я отправлю руководителю офиса.", "Сделай краткое резюме в трёх пунктах для отдела урегулирования.", "Помоги написать вежливый ответ клиенту."],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω στον υπεύθυνο καταστήματος;", "Σύνοψέ το σε τρία σημεία για το τμήμα ζημιών.", "Βοήθησέ με να γράψω μια ευγενική απάντηση στον πελάτη."],
    "tr": ["Şube müdürüne göndermeden önce bunu kontrol eder misin?", "Bunu hasar ekibi için üç maddede özetle.", "Müşteriye kibar bir yanıt yazmama yardım et."],
    "he": ["תוכל לבדוק את זה לפני שאני שולח למנהל הסניף?", "תסכם את זה בשלוש נקודות לצוות הנזקים.", "תעזור לי לנסח תשובה מנומסת ללקוח."],
    "ar": ["ممكن تراجع هذا قبل ما أرسله لمدير الفرع؟", "لخّص هذا في ثلاث نقاط لقسم الأضرار.", "ساعدني أكتب ردًا مهذبًا على العميل."],
    "hi": ["शाखा प्रबंधक को भेजने से पहले इसे जाँच दो।", "इसे नुकसान टीम के लिए तीन बिंदुओं में सारांशित करो।", "ग्राहक के लिए एक विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจเอกสารนี้ก่อนส่งให้ผู้จัดการสาขาหน่อย", "สรุปเป็นสามข้อให้ทีมประเมินความเสียหาย", "ช่วยร่างข้อความตอบลูกค้าแบบสุภาพให้หน่อย"],
    "zh": ["发给门店经理之前帮我检查一下，有没有漏的？", "帮我给定损组总结成三点。", "帮我给客户写一段礼貌的回复。"],
    "ja": ["店長に送る前にこれをチェックしてもらえますか？", "損害担当向けに三点で要約してください。", "お客様への丁寧な返信文を作ってください。"],
    "ko": ["지점장한테 보내기 전에 이거 확인해 줄래?", "손해사정팀용으로 세 줄 요약해 줘.", "고객에게 보낼 정중한 답장 초안 좀 써 줘."],
    "vi": ["Kiểm tra giúp em trước khi gửi quản lý chi nhánh nhé.", "Tóm tắt giúp em thành ba ý cho bộ phận bồi thường.", "Soạn giúp em câu trả lời lịch sự cho khách."],
    "pt": ["Pode revisar isto antes de eu mandar para o gerente da loja?", "Resume em três tópicos para o setor de avarias.", "Me ajuda a escrever uma resposta educada para o cliente."],
    "sv": ["Kan du kolla det här innan jag skickar det till stationschefen?", "Sammanfatta i tre punkter för skadeavdelningen.", "Hjälp mig skriva ett artigt svar till kunden."],
}


def req(R, lc):
    l = LOC[lc]
    if lc == "GB":
        return R.choice(REQ["GB"])
    return R.choice(REQ[l["lang"]])


def wrap(R, lc, body):
    """Puts the request line before or after the paste (quotes, rule or fence)."""
    q = req(R, lc)
    k = R.randint(0, 4)
    if k == 0:
        return [q + "\n\n", body]
    if k == 1:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 2:
        return [body, "\n\n---\n", q]
    if k == 3:
        return [q + "\n```\n", body, "\n```"]
    return [body, "\n\n" + q]


# customer messages written wholly in the customer's language:
# {P} name, {PH} phone, {E} e-mail, {A} address, {BK} booking ref, {PL} plate, {D} birth date, {ID} id
MSG = {
    "en": ["Hi, this is {P}. My booking {BK} shows the wrong pick-up time. Best number is {PH}, or email {E}. Car was {PL}.",
           "Hello, {P} here, I returned {PL} yesterday but the deposit is still held. Please send the refund confirmation to {E}. My address is {A}."],
    "de": ["Guten Tag, hier ist {P}. Zur Buchung {BK}: Die Kaution ist noch nicht zurück. Erreichbar unter {PH} oder {E}.",
           "Hallo, {P} hier. Das Fahrzeug {PL} hatte den Kratzer schon bei der Übernahme. Meine Anschrift für das Schreiben: {A}."],
    "fr": ["Bonjour, c'est {P}. Pour la réservation {BK}, la caution n'est toujours pas débloquée. Mon numéro : {PH}, mon mail : {E}.",
           "Bonjour, {P} à l'appareil. J'ai rendu {PL} au parking hier soir. Adresse pour la facture : {A}."],
    "es": ["Hola, soy {P}. La reserva {BK} sigue con la fianza retenida. Mi móvil es {PH} y mi correo {E}.",
           "Buenas, soy {P}, devolví el {PL} ayer. Para la factura, mi domicilio es {A}."],
    "it": ["Buongiorno, sono {P}. Per la prenotazione {BK} la cauzione risulta ancora bloccata. Cellulare {PH}, e-mail {E}.",
           "Salve, sono {P}, ho riconsegnato {PL} ieri sera. Indirizzo per la fattura: {A}."],
    "nl": ["Hoi, met {P}. Bij reservering {BK} is de borg nog niet terug. Bereikbaar op {PH} of {E}.",
           "Hallo, {P} hier. Ik heb de {PL} gisteren ingeleverd. Factuuradres: {A}."],
    "pl": ["Dzień dobry, tu {P}. W rezerwacji {BK} kaucja nadal jest zablokowana. Mój numer {PH}, e-mail {E}.",
           "Witam, {P}, oddałem auto {PL} wczoraj. Adres do faktury: {A}."],
    "ru": ["Здравствуйте, это {P}. По брони {BK} залог до сих пор не вернули. Мой телефон {PH}, почта {E}.",
           "Добрый день, {P}. Машину {PL} сдал вчера вечером. Адрес для документов: {A}."],
    "el": ["Καλησπέρα, είμαι ο/η {P}. Για την κράτηση {BK} η εγγύηση δεν έχει αποδεσμευτεί. Κινητό {PH}, e-mail {E}.",
           "Γεια σας, {P}. Παρέδωσα το {PL} χθες. Διεύθυνση για το τιμολόγιο: {A}."],
    "tr": ["Merhaba, ben {P}. {BK} numaralı rezervasyonda depozito hâlâ iade edilmedi. Cep: {PH}, e-posta: {E}.",
           "İyi günler, {P}. {PL} plakalı aracı dün teslim ettim. Fatura adresim: {A}."],
    "he": ["שלום, כאן {P}. בהזמנה {BK} הפיקדון עדיין לא שוחרר. הנייד שלי {PH}, מייל {E}.",
           "היי, {P}. החזרתי אתמול את {PL}. כתובת לחשבונית: {A}."],
    "ar": ["مرحبًا، معك {P}. في الحجز {BK} لم يُفرج عن مبلغ التأمين بعد. رقمي {PH} وبريدي {E}.",
           "السلام عليكم، أنا {P}. سلّمت السيارة {PL} أمس. العنوان للفاتورة: {A}."],
    "hi": ["नमस्ते, मैं {P} बोल रहा/रही हूँ। बुकिंग {BK} की जमा राशि अभी तक वापस नहीं आई। मेरा नंबर {PH}, ईमेल {E}।",
           "नमस्ते, {P}। मैंने कल गाड़ी {PL} लौटा दी। बिल के लिए पता: {A}।"],
    "th": ["สวัสดีค่ะ ดิฉัน {P} การจอง {BK} ยังไม่ได้รับเงินมัดจำคืน เบอร์ {PH} อีเมล {E}",
           "สวัสดีครับ ผม {P} คืนรถ {PL} ไปเมื่อวาน ที่อยู่สำหรับใบเสร็จ {A}"],
    "zh": ["您好，我是{P}。订单{BK}的押金还没退回来。我的手机{PH}，邮箱{E}。",
           "你好，我是{P}，昨天已经把{PL}还了。发票寄到：{A}。"],
    "ja": ["お世話になっております。{P}です。予約{BK}の保証金がまだ返金されていません。携帯{PH}、メール{E}までご連絡ください。",
           "{P}です。昨日{PL}を返却しました。領収書の送付先は{A}です。"],
    "ko": ["안녕하세요, {P}입니다. 예약 {BK} 보증금이 아직 환불되지 않았어요. 연락처 {PH}, 이메일 {E}입니다.",
           "안녕하세요 {P}예요. 어제 {PL} 반납했습니다. 영수증 주소는 {A}입니다."],
    "vi": ["Chào anh chị, em là {P}. Đơn đặt xe {BK} vẫn chưa được hoàn tiền cọc. Số em {PH}, email {E}.",
           "Chào shop, {P} đây. Hôm qua em đã trả xe {PL}. Địa chỉ xuất hóa đơn: {A}."],
    "pt": ["Olá, aqui é {P}. Na reserva {BK} a caução ainda não foi liberada. Meu celular {PH}, e-mail {E}.",
           "Boa tarde, {P}. Devolvi o carro {PL} ontem. Endereço para a nota: {A}."],
    "sv": ["Hej, det är {P}. För bokning {BK} är depositionen fortfarande spärrad. Nås på {PH} eller {E}.",
           "Hej, {P} här. Jag lämnade tillbaka {PL} igår. Fakturaadress: {A}."],
}

# short agent replies, signed by given name
SIGN = {"en": "Thanks, {S}", "de": "Viele Grüße, {S}", "fr": "Cordialement, {S}", "es": "Saludos, {S}", "it": "Cordiali saluti, {S}",
        "nl": "Groet, {S}", "pl": "Pozdrawiam, {S}", "ru": "С уважением, {S}", "el": "Με εκτίμηση, {S}", "tr": "Saygılarımla, {S}",
        "he": "בברכה, {S}", "ar": "مع التحية، {S}", "hi": "धन्यवाद, {S}", "th": "ขอบคุณค่ะ {S}", "zh": "谢谢，{S}", "ja": "よろしくお願いいたします。{S}",
        "ko": "감사합니다. {S}", "vi": "Trân trọng, {S}", "pt": "Abraço, {S}", "sv": "Vänliga hälsningar, {S}"}


def fill(frame, m):
    out = []
    for piece in re.split(r"(\{[A-Z]+\})", frame):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(m[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


# ================================================================ helpers for templates
def LP(p):
    return L("person", p.name)


def LG(p):
    return L("person", p.given[0])


def LPH(R, lc, intl=None):
    return L("phone", phone_fmt(R, lc, intl), sub="mobile", region=lc)


def LE(R, p):
    return L("email", email_of(R, p), sub="personal")


def LW(p, lc):
    return L("email", "%s.%s@%s" % (p.roman_given.lower(), p.roman_family.lower()[:1], OPS[lc][1]), sub="work")


def LA(R, lc):
    return L("address", address(R, lc), sub=lc.lower())


def LD(R, p):
    return L("dob", dob_fmt(R, p.cc, p.dob, LOC[p.cc]["lang"]))


def LID(R, p):
    v, s = natid(R, p)
    return L("gov_id", v, sub=s)


def LLIC(R, p):
    """(label text, labelled value): the licence number where the country's
    desks write one, else the national id under its own field name."""
    x = licence(R, p)
    f = fl(p.cc)
    if x:
        return f[6], L("gov_id", x[0], sub=x[1])
    v, s = natid(R, p)
    return f[5], L("gov_id", v, sub=s)


def role(lc, box):
    return N("%s@%s" % (box, OPS[lc][1]), "role_mailbox")


def bk(R):
    return N(R.choice(["RA-%07d", "BK%08d", "R%d-%05d" % (R.randint(10, 99), 0) if False else "RES-%06d"]) % R.randint(100000, 9999999), "booking_no")


def agr(R):
    return N("AGR-%02d-%06d" % (R.randint(10, 99), R.randint(0, 999999)), "agreement_no")


def pcn(R):
    return N("%s%08d" % (R.choice(["PC", "ZX", "KH", "WP"]), R.randint(0, 99999999)), "pcn_no")


def pl_(R, lc):
    return N(plate(R, lc), "plate")


def vin_(R):
    return N(vin(R), "vin")


def model_(R):
    return N(R.choice(MODELS), "vehicle_model")


def amt(R, lc, lo=20, hi=900):
    return N(money(R, lc, lo, hi), "amount")


def dt(R, lc=None, time=True):
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(6, 22), R.choice([0, 15, 30, 45]))
    return N(d.strftime("%Y-%m-%d %H:%M" if time else "%Y-%m-%d"), "date")


def bay(R):
    return N(R.choice(["Bay %s%02d" % (R.choice("ABCDEFG"), R.randint(1, 80)), "Level %d / bay %d" % (R.randint(-3, 6), R.randint(1, 240)), "Zone %d%s" % (R.randint(1, 40), R.choice(["", "A", "B"]))]), "bay_zone")


def helpline(lc):
    return N(OPS[lc][2], "operator_phone")


def site(lc):
    return N("www." + OPS[lc][1], "operator_site")


def epon(lc):
    return N(OPS[lc][3], "eponym_place")


def gps(R, lc):
    return N(coords(R, *OPS[lc][4]), "coordinates")


NAW = ["Mercedes Sprinter vans are to be returned with the AdBlue topped up.",
       "Jack the car only at the marked points shown in the handbook.",
       "The Rover in Bay 12 is a courtesy car, not for hire.",
       "Park in the overflow lane if the main deck is full.",
       "Grant access to the barrier only after the ANPR read is confirmed.",
       "Will the customer be charged the late-return fee? Only after 59 minutes.",
       "Mark the fuel level on the diagram before the walk-round.",
       "Bill the toll charges to the agreement, not the card on file.",
       "Lane 3 exit barrier is sticking again, ticket raised.",
       "Victoria Street car park closes at midnight on Sundays."]


def naw(R):
    return N(R.choice(NAW), "name_as_word")


def pick(R, n=1, *lst):
    return R.sample(lst, n)


TPL = []


def tpl(count, clean=False):
    def deco(f):
        TPL.append((f.__name__, count, clean, f))
        return f
    return deco


# ================================================================ labelled templates
@tpl(56)
def rental_agreement(R, lc):
    used = set()
    p = person(R, lc, used, lo=1950, hi=2002)
    ag = person(R, lc, used)
    f = fl(lc)
    licl, lic = LLIC(R, p)
    t0 = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 20), R.choice([0, 15, 30, 45]))
    b = ["%s — RENTAL AGREEMENT " % OPS[lc][0], agr(R), "\n",
         "Pick-up: ", epon(lc), " · ", N(t0.strftime("%Y-%m-%d %H:%M"), "date"), "  Return: ", N((t0 + datetime.timedelta(days=R.randint(1, 14), hours=R.choice([0, 1, 2, -1]))).strftime("%Y-%m-%d %H:%M"), "date"), "\n",
         "Vehicle: ", model_(R), " · ", pl_(R, lc), " · VIN ", vin_(R), "\n",
         "Odometer out: ", N(odo(R), "mileage"), " · Fuel out: ", N(fuel(R), "fuel"), "\n",
         f[0] + ": ", LP(p), "\n", f[1] + ": ", LD(R, p), "\n", licl + ": ", lic, "\n",
         f[2] + ": ", LA(R, lc), "\n", f[3] + ": ", LPH(R, lc), "\n"]
    if R.random() < 0.75:
        b += [f[4] + ": ", LE(R, p), "\n"]
    if R.random() < 0.35:
        b += ["Pre-auth card: ", L("card", card_text(R, R.choice(["visa", "mastercard", "amex"])), sub="card"), "  exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), "\n"]
    else:
        b += ["Pre-auth card: ", N(masked_card(R), "masked_card"), "\n"]
    if LOC[lc]["iban"] and R.random() < 0.3:
        b += ["Deposit refund account: ", L("iban", iban_text(R, LOC[lc]["iban"]), sub=LOC[lc]["iban"].lower()), "\n"]
    b += ["Deposit: ", amt(R, lc, 150, 1500), " · Daily rate: ", amt(R, lc, 19, 140), "\n",
          "Agent: ", LP(ag), " (", LW(ag, lc) if R.random() < 0.5 else role(lc, "desk"), ")"]
    return "form", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(44)
def additional_driver(R, lc):
    used = set()
    p, q = person(R, lc, used), person(R, lc, used)
    f = fl(lc)
    b = ["ADDITIONAL DRIVER FORM — agreement ", agr(R), " · ", pl_(R, lc), " (", model_(R), ")\n"]
    for tag, x in (("Main renter", p), ("Additional driver", q)):
        licl, lic = LLIC(R, x)
        b += ["[", tag, "]\n", f[0], ": ", LP(x), "\n", f[1], ": ", LD(R, x), "\n", licl, ": ", lic, "\n", f[3], ": ", LPH(R, lc), "\n"]
        if tag == "Main renter":
            b += [f[2], ": ", LA(R, lc), "\n"]
    b += ["Fee: ", amt(R, lc, 5, 25), " per day · added ", dt(R, lc), "\n"]
    if R.random() < 0.5:
        b += ["Confirmation sent to ", LE(R, p), "\n"]
    b += ["Checked by ", LG(person(R, lc, used)), " at ", epon(lc)]
    return "form", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(44)
def checkout_damage(R, lc):
    used = set()
    p = person(R, lc, used)
    a = person(R, lc, used)
    b = ["CHECK-IN REPORT ", N("DMG-%d-%05d" % (R.randint(24, 26), R.randint(0, 99999)), "damage_ref"), "\n",
         "Vehicle ", pl_(R, lc), " ", model_(R), " · returned ", dt(R, lc), " · ", bay(R), "\n",
         "Odometer in ", N(odo(R), "mileage"), " · fuel in ", N(fuel(R), "fuel"), "\n",
         "Renter: ", LP(p), " · ", LPH(R, lc), "\n",
         R.choice(["- scratch 12 cm rear bumper N/S\n- kerbed alloy O/S/F\n", "- chip windscreen, driver's line of sight\n- dent tailgate 3 cm\n", "- missing locking wheel nut\n- interior smoke odour, valet fee\n"]),
         "Estimate: ", amt(R, lc, 80, 1400), " · photos 14\n"]
    if R.random() < 0.6:
        b += ["Customer e-mail for the report: ", LE(R, p), "\n"]
    if R.random() < 0.6:
        b += ["Customer's home address (for the invoice): ", LA(R, lc), "\n"]
    if R.random() < 0.4:
        q = person(R, lc, used)
        b += ["Returned by the additional driver ", LP(q), ", ", LPH(R, lc), "\n"]
    b += ["Assessor: ", LP(a), " — ", LW(a, lc) if R.random() < 0.5 else role(lc, "damage"), "\n", naw(R)]
    return "report", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(46)
def deposit_dispute(R, lc):
    used = set()
    p, a = person(R, lc, used), person(R, lc, used)
    l = LOC[lc]
    b = ["Ticket ", N("CS-%07d" % R.randint(0, 9999999), "ticket_no"), " · deposit dispute · booking ", bk(R), "\n",
         "From: ", LP(p), " <", LE(R, p), ">\n",
         "Held: ", amt(R, lc, 200, 1200), " on ", N(masked_card(R), "masked_card"), " since ", dt(R, lc, False), "\n",
         "Customer says the car (", pl_(R, lc), ") came back with a full tank and wants the hold released.\n",
         "Phone: ", LPH(R, lc), "\n"]
    if l["iban"] and R.random() < 0.75:
        b += ["Refund to account: ", L("iban", iban_text(R, l["iban"]), sub=l["iban"].lower()), "\n"]
    else:
        b += ["Refund to card (customer typed it in chat): ", L("card", card_text(R, R.choice(["visa", "mastercard", "maestro", "jcb"])), sub="card"), "\n"]
    if R.random() < 0.5:
        b += ["Billing address: ", LA(R, lc), "\n"]
    if R.random() < 0.3:
        b += ["DPA check: ", LD(R, p), "\n"]
    b += ["Escalated by ", LP(a), " to ", role(lc, "refunds")]
    return "notes", l["lang"], wrap(R, lc, b)


@tpl(46)
def pcn_appeal(R, lc):
    used = set()
    p, o = person(R, lc, used), person(R, lc, used)
    b = ["From: ", LP(p), " <", LE(R, p), ">\nTo: ", role(lc, "appeals"), "\nSubject: Appeal against ", pcn(R), "\n\n",
         "I was issued the charge at ", N(R.choice(["Orchard Gate multi-storey", "Riverside Retail Park", "Station Approach deck", "Brook Row surface car park"]), "car_park"), ", ", bay(R), ", vehicle ", pl_(R, lc), ", on ", dt(R, lc), ". ",
         "The pay machine was out of order and I paid ", amt(R, lc, 2, 12), " by app. The charge is ", amt(R, lc, 40, 120), ".\n",
         "My address: ", LA(R, lc), "\nTel: ", LPH(R, lc), "\n"]
    if R.random() < 0.3:
        b += ["I paid the reduced rate by mistake with card ", L("card", card_text(R, R.choice(["visa", "mastercard"])), sub="card"), ", please refund if the appeal succeeds.\n"]
    b += ["Regards,\n", LP(p), "\n\n[internal note] contravention code ", N(R.choice(["82", "83", "86", "87", "91"]), "contravention_code"), ", CEO no. ", N("%04d" % R.randint(1, 9999), "ceo_no"), ", reviewed by ", LG(o)]
    return "email", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(44)
def fine_transfer(R, lc):
    used = set()
    p = person(R, lc, used, lo=1955, hi=2003)
    a = person(R, lc, used)
    f = fl(lc)
    licl, lic = LLIC(R, p)
    b = ["DRIVER NOMINATION — fine ", N("%s/%d/%06d" % (R.choice(["VB", "OW", "TF", "SP"]), R.randint(2025, 2026), R.randint(0, 999999)), "fine_ref"),
         " from the authority, received ", dt(R, lc, False), "\n",
         "Offence: ", R.choice(["speeding 64 in a 50 zone", "bus lane", "red light", "low-emission zone without permit"]), " · ", pl_(R, lc), " · ", dt(R, lc), "\n",
         "Hirer at the time (agreement ", agr(R), "):\n",
         f[0], ": ", LP(p), "\n", f[1], ": ", LD(R, p), "\n", licl, ": ", lic, "\n", f[2], ": ", LA(R, lc), "\n"]
    if R.random() < 0.5:
        b += ["Passport seen at the desk: ", L("gov_id", R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(R, 7), sub="passport"), "\n"]
    b += ["Admin fee charged: ", amt(R, lc, 15, 40), "\nProcessed by ", LP(a), " · fines team ", role(lc, "fines")]
    return "form", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40)
def stolen_recovery(R, lc):
    used = set()
    p, w1, w2, ag = (person(R, lc, used) for _ in range(4))
    b = ["STOLEN VEHICLE / RECOVERY — case ", N("SV-%05d" % R.randint(0, 99999), "case_no"), "\n",
         "Vehicle ", pl_(R, lc), " · VIN ", vin_(R), " · ", model_(R), "\n",
         "Last telematics ping ", dt(R, lc), " at ", gps(R, lc), " (public road near ", epon(lc), ")\n",
         "Last renter: ", LP(p), ", ", LPH(R, lc), ", ", LA(R, lc), "\n",
         "Witness: ", LP(w1), " (", LPH(R, lc), ") saw the car loaded onto a flatbed.\n"]
    if R.random() < 0.6:
        b += ["Second witness: ", LP(w2), ", ", LPH(R, lc), ", e-mail ", LE(R, w2), "\n"]
    b += ["Police crime ref ", N("CR/%06d/%d" % (R.randint(0, 999999), 26), "police_ref"), " · recovered at ", gps(R, lc), " · odometer ", N(odo(R), "mileage"), "\n",
          "Recovery agent: ", LP(ag), " ", LPH(R, lc)]
    return "report", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(44)
def carshare_json(R, lc):
    used = set()
    recs = []
    for i in range(R.randint(2, 3)):
        p = person(R, lc, used, lo=1960, hi=2004)
        licl, lic = LLIC(R, p)
        ip = L("ip", public_v4(R), sub="v4_login") if R.random() < 0.8 else L("ip", public_v6(R), sub="v6_login")
        recs.append(["  {\"member_id\": ", N("\"M-%06d\"" % R.randint(0, 999999), "member_id"), ", \"name\": \"", LP(p), "\", \"email\": \"", LE(R, p),
                     "\", \"phone\": \"", LPH(R, lc, True), "\", \"dob\": \"", L("dob", p.dob.isoformat()), "\", \"licence\": \"", lic,
                     "\", \"last_login_ip\": \"", ip, "\", \"home_zone\": ", N("\"Z%02d\"" % R.randint(1, 60), "bay_zone"),
                     ", \"trips\": %d}" % R.randint(0, 300)])
    b = ["{\"export\": \"members\", \"operator\": \"%s\", \"generated\": \"2026-%02d-%02dT06:00:00Z\", \"items\": [\n" % (OPS[lc][1], R.randint(1, 11), R.randint(1, 28))]
    for i, r in enumerate(recs):
        b += r + [",\n" if i < len(recs) - 1 else "\n"]
    b += ["]}"]
    return "json", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(44)
def permit_application(R, lc):
    used = set()
    p, o = person(R, lc, used), person(R, lc, used)
    f = fl(lc)
    b = ["Residents' parking permit application ", N("PRM-%05d" % R.randint(0, 99999), "permit_no"), " · ", bay(R), "\n",
         f[0], ": ", LP(p), "\n", f[2], ": ", LA(R, lc), "\n", f[1], ": ", LD(R, p), "\n", f[3], ": ", LPH(R, lc), "\n", f[4], ": ", LE(R, p), "\n",
         "Vehicle: ", pl_(R, lc), " ", model_(R), "\nProof of residence: council tax bill; id: ", LID(R, p), "\n",
         "Fee: ", amt(R, lc, 30, 240), " / year · valid from ", dt(R, lc, False), "\n"]
    if LOC[lc]["iban"] and R.random() < 0.6:
        b += ["Direct debit from: ", L("iban", iban_text(R, LOC[lc]["iban"]), sub=LOC[lc]["iban"].lower()), "\n"]
    b += ["Officer: ", LG(o)]
    return "form", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40)
def season_ticket_csv(R, lc):
    used = set()
    b = ["ticket_no,name,email,mobile,plate,car_park,level,expires\n"]
    for i in range(R.randint(2, 4)):
        p = person(R, lc, used)
        b += [N("ST%06d" % R.randint(0, 999999), "season_ticket_no"), ",", LP(p), ",", LE(R, p), ",", LPH(R, lc), ",", pl_(R, lc), ",",
              N(R.choice(["Orchard Gate", "Millrace Deck", "Tannery Yard", "Weavers Quay"]), "car_park"), ",", N("L%d" % R.randint(-2, 5), "bay_zone"), ",", dt(R, lc, False), "\n"]
    b += ["# exported by billing; questions to ", role(lc, "seasontickets")]
    return "csv", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40)
def anpr_incident(R, lc):
    used = set()
    att, d, w = person(R, lc, used), person(R, lc, used), person(R, lc, used)
    b = ["INCIDENT LOG ", N("INC-%05d" % R.randint(0, 99999), "incident_no"), " · ", N(R.choice(["Orchard Gate multi-storey", "Millrace Deck", "Tannery Yard"]), "car_park"), "\n",
         dt(R, lc), " ANPR cam ", N("CAM-%02d" % R.randint(1, 40), "camera_id"), " read ", pl_(R, lc), " (confidence 0.%d) tailgating at exit barrier, " % R.randint(71, 99), bay(R), "\n",
         "CCTV clip ", N("clip_%d.mp4" % R.randint(1000, 99999), "file_name"), " saved to NVR ", N(lan_ip(R), "private_ip"), "\n",
         "Driver gave name as ", LP(d), ", phone ", LPH(R, lc), "\n"]
    if R.random() < 0.6:
        b += ["Witness ", LP(w), " (", LPH(R, lc), ") confirmed the barrier arm was hit.\n"]
    if R.random() < 0.5:
        b += ["From the licence shown: ", LA(R, lc), ", born ", LD(R, d), "\n"]
    b += ["Attendant on duty: ", LP(att), "\n", naw(R)]
    return "log", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(66)
def customer_chat(R, lc):
    used = set()
    l = LOC[lc]
    lang = l["lang"]
    p, a = person(R, lc, used), person(R, lc, used)
    frame = R.choice(MSG[lang])
    m = {"P": LP(p), "PH": LPH(R, lc), "E": LE(R, p), "A": LA(R, lc), "BK": bk(R), "PL": pl_(R, lc)}
    b = ["[%02d:%02d] " % (R.randint(8, 12), R.randint(0, 59)), LG(p), ": "] + fill(frame, m)
    if R.random() < 0.45:
        b += [" ", fl(lc)[1], ": ", LD(R, p), ", ", fl(lc)[5], ": ", LID(R, p)]
    b += ["\n[%02d:%02d] " % (R.randint(13, 18), R.randint(0, 59)), LG(a), ": "] + fill(SIGN[lang], {"S": LG(a)})
    return "chat_export", lang, wrap(R, lc, b)


@tpl(46)
def config_env(R, lc):
    used = set()
    o = person(R, lc, used)
    dom = OPS[lc][1]
    b = ["# booking-sync / telematics bridge for %s\n# owner: " % dom, LP(o), " ", LW(o, lc), "\n",
         "BOOKING_API_URL=https://api.", N(dom, "operator_site"), "/v2\n",
         "BOOKING_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
         "TELEMATICS_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n",
         "DB_URL=postgres://fleet:", L("secret", secret_random(R, "password"), sub="password"), "@", N(lan_ip(R), "private_ip"), ":5432/fleet\n"]
    if R.random() < 0.6:
        b += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe").replace("sk_test_", "sk_live_"), sub="stripe"), "\n",
              "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        b += ["SLACK_WEBHOOK=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    b += ["TEST_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\n",
          "# admin allow-list (", LG(o), " from home)\nADMIN_ALLOW=", N(doc_ip(R), "doc_ip"), ",", L("ip", public_v4(R), sub="v4_allowlist"), "\n",
          "SUPPORT_MAILBOX=", role(lc, "it-support")]
    return "config", "en", wrap(R, "US" if lc not in ("GB",) else "GB", b)


# ================================================================ clean templates
@tpl(40, clean=True)
def fleet_status(R, lc):
    b = ["plate,vin,model,odometer,fuel,location,status,next_service\n"]
    for i in range(R.randint(3, 6)):
        b += [pl_(R, lc), ",", vin_(R), ",", model_(R), ",", N(odo(R), "mileage"), ",", N(fuel(R), "fuel"), ",", bay(R), ",",
              R.choice(["ready", "valet", "damage hold", "in service", "on hire"]), ",", dt(R, lc, False), "\n"]
    b += ["# site: ", epon(lc), " · fleet desk ", role(lc, "fleet"), " · ", helpline(lc)]
    return "csv", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40, clean=True)
def tariff_table(R, lc):
    b = ["| zone | site | first hour | day max | permit |\n|---|---|---|---|---|\n"]
    for i in range(R.randint(3, 5)):
        b += ["| ", N("Zone %d%s" % (R.randint(1, 40), R.choice(["", "A", "B"])), "bay_zone"), " | ",
              R.choice([epon(lc), N(R.choice(["Orchard Gate", "Millrace Deck", "Tannery Yard", "Weavers Quay", "Station Approach"]), "car_park")]), " | ",
              amt(R, lc, 1, 6), " | ", amt(R, lc, 8, 40), " | ", N("PRM-%05d" % R.randint(0, 99999), "permit_no"), " |\n"]
    b += ["\nEV bays: 22 kW AC, ", amt(R, lc, 1, 3), " per kWh. Questions: ", role(lc, "parking"), ", ", site(lc), ", ", helpline(lc), "\n", naw(R)]
    return "table", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40, clean=True)
def uat_notes(R, lc):
    l = LOC[lc]
    b = ["UAT — payment step of the booking flow, build ", N("v%d.%d.%d" % (R.randint(2, 9), R.randint(0, 30), R.randint(0, 99)), "version"), "\n",
         "- card ", N(R.choice(TEST_CARDS), "test_card"), " exp ", N("12/34", "expiry"), " CVC ", N("%03d" % R.randint(100, 999), "cvc"), " → authorised\n",
         "- card ", N(luhn_bad16(R), "luhn_fail"), " → rejected by the form (Luhn) as expected\n",
         "- masked on receipt: ", N(masked_card(R), "masked_card"), "\n",
         "- user ", N("test.driver@example.com", "example_email"), ", phone ", N(R.choice(["+00 000 000 000", "0000 000000", "555-0100"]), "placeholder_phone"), "\n",
         "- API key placeholder ", N(R.choice(["<booking-api-key>", "${BOOKING_API_KEY}", "changeme", "sk_test_xxxxxxxx"]), "placeholder_secret"), "\n",
         "- callback from ", N(doc_ip(R), "doc_ip"), " and ", N(lan_ip(R), "private_ip"), "\n"]
    if l["iban"]:
        b += ["- refund IBAN field rejects ", N(iban_bad(R, l["iban"]), "iban_bad_check"), " (wrong check digits) — good\n"]
    b += ["- ticket ", N("QA-%04d" % R.randint(1, 9999), "ticket_no"), " raised for the 3DS timeout"]
    return "notes", "en", wrap(R, "GB" if R.random() < 0.5 else "US", b)


@tpl(40, clean=True)
def enforcement_briefing(R, lc):
    b = ["Enforcement briefing ", dt(R, lc, False), "\n",
         "- beats ", N("B%02d-B%02d" % (R.randint(1, 10), R.randint(11, 30)), "beat_no"), "; PCN stock from ", pcn(R), "\n",
         "- watch ", bay(R), " and the loading bays near ", epon(lc), " (", gps(R, lc), ")\n",
         "- codes ", N("01, 12, 40, 62", "contravention_code"), "; handheld firmware ", N("HH %d.%d" % (R.randint(3, 9), R.randint(0, 20)), "version"), "\n",
         "- ", naw(R), "\n- ", naw(R), "\n",
         "- sick cover via ", role(lc, "enforcement"), ", control room ", helpline(lc)]
    return "notes", LOC[lc]["lang"], wrap(R, lc, b)


@tpl(40, clean=True)
def carpark_notice(R, lc):
    b = ["NOTICE — ", N(R.choice(["Orchard Gate", "Millrace Deck", "Tannery Yard", "Weavers Quay"]), "car_park"), " car park, operated by ", OPS[lc][0], "\n",
         "Levels ", N("%d to %d" % (R.randint(-3, 0), R.randint(3, 8)), "bay_zone"), " close on ", dt(R, lc, False), " for resurfacing; ",
         "use ", bay(R), " or the shuttle to ", epon(lc), ".\n",
         "Season tickets ", N("ST%06d" % R.randint(0, 999999), "season_ticket_no"), "-range stay valid. Day tariff ", amt(R, lc, 5, 30), ".\n",
         "Help point ", helpline(lc), " · ", site(lc), " · ", role(lc, "carparks"), "\n", naw(R)]
    return "notice", LOC[lc]["lang"], wrap(R, lc, b)


# ================================================================ drop rules
PARTICLES = {"van", "de", "der", "Văn", "Thị"}
NAME_WORDS_LATIN, NAME_WORDS_OTHER = set(), set()
for _l in LOC.values():
    for k in ("m", "f", "fam"):
        for nat, rom in _l[k]:
            for w in nat.split():
                if w in PARTICLES:
                    continue
                if all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in w):
                    NAME_WORDS_LATIN.add(w)
                elif len(w) >= 2:
                    NAME_WORDS_OTHER.add(w)
    if _l["cc"] in ("RU", "GR", "PL"):
        pass
# female surname forms
for _w in list(NAME_WORDS_OTHER):
    if re.search("[нв]$", _w) and re.match("[А-Яа-яЁё]", _w):
        NAME_WORDS_OTHER.add(_w + "а")
    if re.search("ος$", _w):
        NAME_WORDS_OTHER.add(_w[:-2] + "ου")
    if re.search("ης$", _w):
        NAME_WORDS_OTHER.add(_w[:-2] + "η")
    if re.search("ής$", _w):
        NAME_WORDS_OTHER.add(_w[:-2] + "ή")
for _w in list(NAME_WORDS_LATIN):
    if _w.endswith("ki"):
        NAME_WORDS_LATIN.add(_w[:-1] + "a")
LATIN_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, NAME_WORDS_LATIN), key=len, reverse=True)) + r")(?![\w])")
OP_DOMAINS = {o[1] for o in OPS.values()}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_runs(m):
    out = []
    for mo in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", m):
        gs = re.split(r"[ \-.\u00a0\u202f]", mo.group(0))
        for i in range(len(gs)):
            s = ""
            for j in range(i, len(gs)):
                s += gs[j]
                if len(s) > 19:
                    break
                if len(s) >= 13 and luhn_ok(s) and len(set(s)) > 1 and s not in {c.replace(" ", "") for c in TEST_CARDS}:
                    out.append(s)
        if len(gs) == 1:
            pass
    return out


def violations(rec, clean):
    v = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        v.append("length %d" % len(t))
    if clean and rec["spans"]:
        v.append("clean with labels")
    if not clean and not rec["spans"]:
        v.append("labelled without labels")
    for sp in rec["spans"]:
        ty, val = sp["type"], sp["value"]
        if ty == "iban" and iban_mod97(val.replace(" ", "")) != 1:
            v.append("bad iban")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", val)):
            v.append("bad card")
        if ty == "ip" and not ipaddress.ip_address(val).is_global:
            v.append("ip not global")
        if ty == "email" and re.search(r"@example\.", val):
            v.append("example email labelled")
        if ty == "gov_id" and not gov_ok(sp):
            v.append("bad gov id " + val)
    m = masked(rec)
    for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", m):
        dom = e.split("@")[1]
        if dom not in OP_DOMAINS and not dom.startswith("example."):
            v.append("email outside " + e)
    for ip in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", m):
        try:
            if ipaddress.ip_address(ip).is_global:
                v.append("ip outside " + ip)
        except ValueError:
            pass
    for ip in re.findall(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", m):
        try:
            if ipaddress.ip_address(ip).is_global:
                v.append("ip6 outside " + ip)
        except ValueError:
            pass
    for s in luhn_runs(m):
        v.append("luhn outside " + s)
    for mo in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}", m):
        s = mo.group(0).replace(" ", "")
        if s[:2] in IBAN_LEN and len(s) >= IBAN_LEN[s[:2]] and iban_mod97(s[:IBAN_LEN[s[:2]]]) == 1:
            v.append("iban outside " + s)
    for w in LATIN_RE.findall(m):
        v.append("name word outside " + w)
    for w in NAME_WORDS_OTHER:
        if w in m:
            v.append("name word outside " + w)
    return v


def gov_ok(sp):
    s, sub = sp["value"], sp["sub"]
    d = re.sub(r"\D", "", s)
    if sub == "ssn":
        return ssn_valid(int(d[:3]), int(d[3:5]), int(d[5:]))
    if sub == "nino":
        c = s.replace(" ", "")
        return c[:2] not in NINO_BAD_PREFIX and c[-1] in "ABCD"
    if sub == "steuer_id":
        return steuerid_ok(d)
    if sub == "nir":
        c = s.replace(" ", "")
        return nir_ok(c[:13], c[13:])
    if sub == "dni":
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "codice_fiscale":
        return cf_check(s[:15]) == s[15]
    if sub == "bsn":
        return bsn_ok(s)
    if sub == "pesel":
        return pesel_ok(s)
    if sub == "snils":
        return snils_ok(s)
    if sub == "amka":
        return luhn_ok(s) and len(s) == 11
    if sub == "tc_kimlik":
        return tckn_ok(s)
    if sub == "teudat_zehut":
        return tz_ok(s)
    if sub == "aadhaar":
        return verhoeff_ok(d)
    if sub == "th_national_id":
        return thid_ok(s)
    if sub == "cn_resident_id":
        return cnid_ok(s)
    if sub == "my_number":
        return mynum_ok(s)
    if sub == "rrn":
        return rrn_ok(s)
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "personnummer":
        return luhn_ok(d) and len(d) == 10
    if sub == "eg_national_id":
        return len(d) == 14 and d[0] in "23"
    if sub == "cccd":
        return len(d) == 12
    if sub == "passport":
        return re.fullmatch(r"[A-Z]{2}\d{7}", s) is not None
    if sub.endswith("_driving_licence"):
        return len(s) >= 8
    return False


# ================================================================ generation
META = []


def generate():
    cands = []
    for ti, (name, count, clean, f) in enumerate(TPL):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            lc = ORDER[(i + 5 * ti) % len(ORDER)]
            form, lang, parts = f(R, lc)
            rec = build("x", form, lang, parts)
            cands.append((name, count, clean, lc, rec))
    phones = [(sp["value"], sp["region"], sp["region"]) for c in cands for sp in c[4]["spans"] if sp["type"] == "phone"]
    bad = pv_check(phones)
    if bad is None:
        sys.exit("pv missing")
    badset = {ln.split("\t")[1] for ln in bad}
    kept, dropped, seen = [], [], set()
    per = Counter()
    for name, count, clean, lc, rec in cands:
        if per[name] >= count:
            continue
        v = violations(rec, clean)
        if any(sp["type"] == "phone" and sp["value"] in badset for sp in rec["spans"]):
            v.append("pv")
        if rec["text"] in seen:
            v.append("repeat")
        if v:
            dropped.append((name, lc, v))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append((name, lc, rec))
    for name, count, clean, f in TPL:
        assert per[name] == count, (name, per[name])
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    recs = []
    META.clear()
    for i, (name, lc, rec) in enumerate(kept):
        rec["id"] = PREFIX + "%05d" % i
        recs.append(rec)
        META.append((name, lc))
    return recs, dropped, badset


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    args = sys.argv[1:]
    recs, dropped, badset = generate()
    if "--check" in args:
        with open(OUT, encoding="utf-8") as fh:
            cur = fh.read()
        assert cur == dump(recs), "file differs from a fresh generation"
        clean_names = {n for n, c, cl, f in TPL if cl}
        for (name, lc), r in zip(META, recs):
            assert not violations(r, name in clean_names), r["id"]
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
        print("ok: %d records, identical and valid" % len(recs))
        return
    if "--stats" in args:
        ty = Counter(sp["type"] for r in recs for sp in r["spans"])
        print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
        print("types", ty.most_common())
        print("langs", Counter(r["lang"] for r in recs).most_common())
        print("countries (labelled)", Counter(lc for (n, lc), r in zip(META, recs) if r["spans"]).most_common())
        print("forms", Counter(r["form"] for r in recs).most_common())
        print("gov subs", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common())
        print("secret subs", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common())
        print("ip subs", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "ip").most_common())
        print("email subs", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "email").most_common())
        print("card", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "card"), "iban", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common())
        print("phones by region", Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common())
        print("neg tags", len({t for r in recs for t in r.get("neg", [])}), sorted({t for r in recs for t in r.get("neg", [])}))
        print("dropped", len(dropped), Counter(x for d in dropped for x in d[2]).most_common(12))
        L_ = sorted(len(r["text"]) for r in recs)
        print("length", L_[0], L_[len(L_) // 2], L_[-1])
        tl = Counter()
        for (n, lc), r in zip(META, recs):
            tl[n] += len(r["spans"])
        print("mean labels", {n: round(tl[n] / c, 1) for n, c, cl, f in TPL})
        return
    write_jsonl(OUT, recs)
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
