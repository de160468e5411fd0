#!/usr/bin/python3
"""Held-out part 36 of the redaction corpus (heldout36.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 35
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 24's and part 23's
decisions on named vets and doctors and on clinics' and organisations'
addresses, switchboards and role mailboxes, parts 25, 29 and 32's on
key-safe, door and alarm codes, part 32's on sole traders, business
premises and sample values, part 24's on driving-licence and membership
numbers), lines 1-100 of gen_heldout33.py (header and imports) and its
function `pv_check`, and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (used only through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file
other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
23:21:39 UTC on 2026-12-04 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: ANIMALS, FARMING AND THE OUTDOORS. What pet owners, vets and their
receptionists, farmers, breeders, riding stables, shelter volunteers,
hunters, anglers and allotment holders paste into an AI assistant, from
33 countries in 27 languages: vet clinic records and referral letters,
EU pet passports, microchip keeper transfers, pet insurance claims
(IBAN), shelter adoption applications with home checks, lost-pet posts,
pet-sitter bookings (key-safe, alarm and Wi-Fi codes), breeders' puppy
contracts, livery agreements, farm subsidy applications (tax ids, IBAN),
milk statements, seasonal worker lists (passports, national ids),
hunting and fishing licence applications, firearm certificate renewals,
allotment waiting lists, farm-shop and weather-station configs,
agricultural contractors' invoices, vaccination-due exports, farmland
leases and riding-school bookings. Hard negatives of the theme
everywhere: 15-digit microchips (drawn Luhn-invalid), ear tags, herd and
holding (CPH) numbers, UELNs, pedigree and studbook numbers, pet passport
numbers, animals' names that are also human names, animals' birth dates,
vaccine batches, parcel ids, clinic licence numbers, clinics',
co-operatives' and shelters' addresses, switchboards and role mailboxes,
sample values, famous people, name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
360417, shuffle seed 360418).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout36.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout36.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout36.py --stats   # counts
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
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, _nanp_line, digits, nz, rnd, ALNUM)

SEED = 360417
SHUFFLE_SEED = 360418
OUT = os.path.join(HERE, "heldout36.jsonl")
PREFIX = "heldout-aj-"


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
# Checks written for this part from the public specifications (corpuslib
# gives SSN, NINO, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, Aadhaar,
# PAN and CPF).

def pesel_make(R, d, female):
    y, m = d.year, d.month
    m += {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d" % (y % 100, m, d.day) + digits3(R) + R.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def digits3(R):
    return "%03d" % R.randint(0, 999)


def se_pnr_make(R, d, female):
    body = d.strftime("%y%m%d") + "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    return luhn_complete(body)


def tckn_make(R):
    while True:
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


def rc_make(R, d, female):
    """Czech rodne cislo (10 digits, born 1954+): YYMMDD/XXXC, month +50 for
    women, the whole number divisible by 11."""
    while True:
        head = "%02d%02d%02d" % (d.year % 100, d.month + (50 if female else 0), d.day) + digits3(R)
        c = int(head) % 11
        if c == 10:
            continue
        s = head + str(c)
        assert int(s) % 11 == 0
        return s[:6] + "/" + s[6:]


def rc_ok(s):
    t = s.replace("/", "")
    return len(t) == 10 and t.isdigit() and int(t) % 11 == 0


def afm_make(R):
    while True:
        body = str(R.randint(0, 1)) + "".join(R.choice(string.digits) for _ in range(7))
        body = R.choice("0123") + body[1:]
        c = sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(body)) % 11 % 10
        s = body + str(c)
        if s[0] != "0" or s[1] != "0":
            return s


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(s[:8])) % 11 % 10 == int(s[8])


def no_fnr_make(R, d, female):
    while True:
        ind = "%03d" % R.randint(0, 499)
        if (int(ind[2]) % 2 == 0) != female:
            continue
        base = d.strftime("%d%m%y") + ind
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * w for c, w in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * w for c, w in zip(base + str(k1), w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return base + str(k1) + str(k2)


def no_fnr_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = (11 - sum(int(c) * w for c, w in zip(s[:9], w1)) % 11) % 11
    k2 = (11 - sum(int(c) * w for c, w in zip(s[:10], w2)) % 11) % 11
    return k1 == int(s[9]) and k2 == int(s[10])


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_make(R, d, female):
    while True:
        z = R.randint(2, 899)
        if (z % 2 == 0) == female:
            break
    sep = {19: "-", 20: "A"}[d.year // 100]
    n = int(d.strftime("%d%m%y") + "%03d" % z)
    return d.strftime("%d%m%y") + sep + "%03d" % z + HETU_CH[n % 31]


def hetu_ok(s):
    return len(s) == 11 and HETU_CH[int(s[:6] + s[7:10]) % 31] == s[10]


def pt_nif_make(R):
    while True:
        body = R.choice("123") + "".join(R.choice(string.digits) for _ in range(7))
        c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(body)) % 11
        return body + str(0 if c >= 10 else c)


def pt_nif_ok(s):
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def cuil_make(R, female):
    while True:
        pre = "27" if female else "20"
        dni = "%08d" % R.randint(14000000, 45999999)
        body = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        z = 11 - sum(int(c) * x for c, x in zip(body, w)) % 11
        if z == 10:
            continue
        return "%s-%s-%d" % (pre, dni, 0 if z == 11 else z)


def cuil_ok(s):
    t = s.replace("-", "")
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    z = 11 - sum(int(c) * x for c, x in zip(t[:10], w)) % 11
    return len(t) == 11 and z != 10 and int(t[10]) == (0 if z == 11 else z)


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_rid_make(R, area, d, female):
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    body = area + d.strftime("%Y%m%d") + seq
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, CN_W)) % 11]


def cn_rid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def kr_rrn_make(R, d, female):
    s7 = {19: "2" if female else "1", 20: "4" if female else "3"}[d.year // 100]
    body = d.strftime("%y%m%d") + s7 + "%05d" % R.randint(0, 99999)
    c = (11 - sum(int(ch) * w for ch, w in zip(body, KR_W)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_rrn_ok(s):
    t = s.replace("-", "")
    return len(t) == 13 and (11 - sum(int(ch) * w for ch, w in zip(t[:12], KR_W)) % 11) % 10 == int(t[12])


def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    d11 = "".join(R.choice(string.digits) for _ in range(11))
    return d11 + mynumber_check(d11)


def mynumber_ok(s):
    t = s.replace(" ", "")
    return len(t) == 12 and mynumber_check(t[:11]) == t[11]


def il_tz_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def th_id_make(R):
    body = R.choice("1358") + "".join(R.choice(string.digits) for _ in range(11))
    c = (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(body)) % 11) % 10
    s = body + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def th_id_ok(s):
    t = s.replace("-", "").replace(" ", "")
    return len(t) == 13 and (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(t[:12])) % 11) % 10 == int(t[12])


PPS_CH = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_make(R):
    d7 = "%07d" % R.randint(1000000, 9999999)
    second = R.choice(["", "A"])
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7)) + (9 * (ord(second) - 64) if second else 0)
    return d7 + PPS_CH[s % 23] + second


def ppsn_ok(s):
    d7, chk, second = s[:7], s[7], s[8:]
    t = sum(int(c) * (8 - i) for i, c in enumerate(d7)) + (9 * (ord(second) - 64) if second else 0)
    return PPS_CH[t % 23] == chk


def tfn_make(R):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d8 = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(7))
        for last in "0123456789":
            s = d8 + last
            if sum(int(c) * x for c, x in zip(s, w)) % 11 == 0:
                return s


def tfn_ok(s):
    t = s.replace(" ", "")
    return len(t) == 9 and sum(int(c) * x for c, x in zip(t, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def ro_cnp_make(R, d, female):
    while True:
        s = {19: "2" if female else "1", 20: "6" if female else "5"}[d.year // 100]
        body = s + d.strftime("%y%m%d") + R.choice(["12", "21", "33", "35", "39", "40", "06", "38"]) + "%03d" % R.randint(1, 999)
        c = sum(int(ch) * w for ch, w in zip(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
        return body + ("1" if c == 10 else str(c))


def ro_cnp_ok(s):
    c = sum(int(ch) * w for ch, w in zip(s[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return len(s) == 13 and s[12] == ("1" if c == 10 else str(c))


def at_svnr_make(R, d):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        nnn = "%03d" % R.randint(100, 999)
        s = nnn + "0" + d.strftime("%d%m%y")
        c = sum(int(ch) * x for ch, x in zip(s, w)) % 11
        if c == 10:
            continue
        return nnn + str(c) + " " + d.strftime("%d%m%y")


def at_svnr_ok(s):
    t = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(t) == 10 and sum(int(ch) * x for ch, x in zip(t, w)) % 11 == int(t[3])


def snils_make(R):
    while True:
        d9 = "%09d" % R.randint(2000000, 999999999)
        s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            if c == 100:
                c = 0
        return "%s-%s-%s %02d" % (d9[:3], d9[3:6], d9[6:], c)


def snils_ok(v):
    t = v.replace("-", "").replace(" ", "")
    s = sum(int(c) * (9 - i) for i, c in enumerate(t[:9]))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return len(t) == 11 and c == int(t[9:])


def ua_rnokpp_make(R, d, female):
    days = (d - datetime.date(1899, 12, 31)).days
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    while True:
        body = "%05d" % days + "%03d" % R.randint(0, 999) + R.choice("02468" if female else "13579")
        c = sum(int(ch) * x for ch, x in zip(body, w)) % 11 % 10
        return body + str(c)


def ua_rnokpp_ok(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(int(ch) * x for ch, x in zip(s, w)) % 11 % 10 == int(s[9])


def hu_adoaz_make(R, d):
    days = (d - datetime.date(1867, 1, 1)).days
    while True:
        body = "8" + "%05d" % days + "%03d" % R.randint(0, 999)
        c = sum(int(ch) * (i + 1) for i, ch in enumerate(body)) % 11
        if c == 10:
            continue
        return body + str(c)


def hu_adoaz_ok(s):
    return len(s) == 10 and s[0] == "8" and sum(int(ch) * (i + 1) for i, ch in enumerate(s[:9])) % 11 == int(s[9])


def eg_nid_make(R, d, female):
    """Egyptian national number by structure: century digit, YYMMDD,
    governorate, 3-digit sequence, sex digit (odd male), 1 digit."""
    cen = {19: "2", 20: "3"}[d.year // 100]
    return cen + d.strftime("%y%m%d") + R.choice(["12", "14", "19", "23"]) + "%03d" % R.randint(0, 999) + \
        R.choice("02468" if female else "13579") + str(R.randint(1, 9))


def vn_cccd_make(R, d, female):
    """Vietnamese CCCD by structure: province, sex/century digit, YY, 6 digits."""
    g = {19: 1 if female else 0, 20: 3 if female else 2}[d.year // 100]
    return R.choice(["082", "084", "070", "040"]) + str(g) + d.strftime("%y") + "%06d" % R.randint(0, 999999)


def id_nik_make(R, region6, d, female):
    """Indonesian NIK by structure: region code, DDMMYY (+40 on the day for
    women), 4-digit sequence."""
    return region6 + "%02d" % (d.day + (40 if female else 0)) + d.strftime("%m%y") + "%04d" % R.randint(1, 2999)





def ru_passport(R):
    return "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(100000, 999999))



# IBANs of countries corpuslib's registry table leaves out (SWIFT registry:
# UA 29 = 6!n 19!c, IL 23 = 3!n 3!n 13!n, EG 29 = 4!n 4!n 17!n).
EXTRA_IBAN = {"UA": "6n19n", "IL": "3n3n13n", "EG": "4n4n17n"}
EXTRA_LEN = {"UA": 29, "IL": 23, "EG": 29}


def iban_any(R, cc):
    if cc in EXTRA_IBAN:
        spec = EXTRA_IBAN[cc]
        bban = "".join("".join(R.choice(string.digits) for _ in range(int(n))) for n, _ in re.findall(r"(\d+)([nac])", spec))
        ib = iban_make(cc, bban)
        assert iban_mod97(ib) == 1 and len(ib) == EXTRA_LEN[cc]
        return ib
    return iban_random(R, cc)


def iban_len(cc):
    return EXTRA_LEN.get(cc) or IBAN_LEN[cc]


def iban_fmt(R, ib):
    k = R.random()
    if k < 0.6:
        return group(ib, 4, " ")
    if k < 0.85:
        return ib
    return ib[:4] + " " + ib[4:]


# ====================================================================== phones
# Mobile ranges written for this part (national significant numbers); the
# GB, IE, AU, IN, DE, AT, FR, NL, ES, IT, PT, PL, SE, RU, JP and CN ranges
# come from corpuslib's PLANS.
def _g(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def _nsn(R, cc):
    if cc in PLANS and cc not in ("BR", "US"):
        kinds = PLANS[cc][2]
        k = "mobile" if "mobile" in kinds else sorted(kinds)[0]
        if cc == "DE":
            k = R.choice(["mobile", "mobile7"])
        return kinds[k](R)
    if cc == "US":
        return _nanp_line(R, ["515", "402", "209", "740", "270", "509", "605", "701", "320", "785"])
    if cc == "BR":
        return R.choice(["49", "64", "66", "54", "34", "87", "44", "67"]) + "9" + R.choice("6789") + digits(R, 7)
    if cc == "CZ":
        return R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "723", "724", "728", "730", "731", "732", "733", "734", "736", "737", "739", "773", "774", "775", "776", "777", "792", "799"]) + digits(R, 6)
    if cc == "NO":
        return R.choice(["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"]) + digits(R, 6)
    if cc == "FI":
        return R.choice(["40", "41", "44", "45", "46", "50"]) + nz(R, 7)
    if cc == "HU":
        return R.choice(["20", "30", "70"]) + nz(R, 7)
    if cc == "RO":
        return R.choice(["722", "723", "724", "726", "727", "728", "730", "731", "740", "741", "744", "745", "747", "748", "751", "752", "753", "754", "755", "756", "766", "767", "770", "771", "772", "773", "774", "784", "785", "786", "787", "788"]) + digits(R, 6)
    if cc == "GR":
        return R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7)
    if cc == "TR":
        return R.choice(["530", "531", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"]) + nz(R, 7)
    if cc == "UA":
        return R.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + nz(R, 7)
    if cc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if cc == "TH":
        return R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98", "61", "62", "63", "64", "65"]) + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "97", "98", "96", "86", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + digits(R, 7)
    if cc == "ID":
        return R.choice(["811", "812", "813", "821", "822", "823", "852", "853", "857", "858", "856", "877", "878", "896", "897", "895"]) + nz(R, 8)
    if cc == "EG":
        return R.choice(["10", "11", "12", "15"]) + nz(R, 8)
    if cc == "IL":
        return R.choice(["50", "52", "53", "54", "58"]) + nz(R, 7)
    if cc == "AR":
        return R.choice(["11"]) + R.choice("2345") + digits(R, 7)
    raise KeyError(cc)


CC = {"US": "1", "GB": "44", "IE": "353", "AU": "61", "IN": "91", "DE": "49", "AT": "43", "FR": "33",
      "NL": "31", "ES": "34", "AR": "54", "IT": "39", "PT": "351", "BR": "55", "PL": "48", "CZ": "420",
      "SE": "46", "NO": "47", "FI": "358", "HU": "36", "RO": "40", "GR": "30", "TR": "90", "RU": "7",
      "UA": "380", "JP": "81", "KR": "82", "CN": "86", "TH": "66", "VN": "84", "ID": "62", "EG": "20",
      "IL": "972"}


def fmt_national(R, cc, n):
    if cc == "US":
        return R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if cc == "GB":
        return "0" + n[:4] + R.choice([" ", ""]) + n[4:]
    if cc == "IE":
        return "0" + n[:2] + " " + n[2:5] + " " + n[5:]
    if cc == "AU":
        return "0" + n[:3] + " " + n[3:6] + " " + n[6:]
    if cc == "IN":
        return R.choice(["0" + n[:5] + " " + n[5:], n[:5] + " " + n[5:], n])
    if cc == "DE":
        return "0" + n[:3] + R.choice([" ", "/", " "]) + n[3:]
    if cc == "AT":
        return "0" + n[:3] + R.choice([" ", "/"]) + n[3:]
    if cc == "FR":
        m = "0" + n
        return R.choice([" ", "."]).join(m[i:i + 2] for i in range(0, 10, 2))
    if cc == "NL":
        return "06" + R.choice(["-", " ", ""]) + n[1:]
    if cc == "ES":
        return R.choice([_g(n, [3, 3, 3]), _g(n, [3, 2, 2, 2])])
    if cc == "AR":
        return "011 15-" + n[2:6] + "-" + n[6:]
    if cc == "IT":
        return R.choice([_g(n, [3, 3, 4]), n[:3] + " " + n[3:]])
    if cc == "PT":
        return _g(n, [3, 3, 3])
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return _g(n, [3, 3, 3])
    if cc == "CZ":
        return _g(n, [3, 3, 3])
    if cc == "SE":
        return "0" + n[:2] + "-" + _g(n[2:], [3, 2, 2])
    if cc == "NO":
        return R.choice([_g(n, [3, 2, 3]), _g(n, [2, 2, 2, 2])])
    if cc == "FI":
        return "0" + n[:2] + " " + _g(n[2:], [3, len(n) - 5])
    if cc == "HU":
        return "06 " + n[:2] + " " + n[2:5] + " " + n[5:]
    if cc == "RO":
        return "0" + _g(n, [3, 3, 3])
    if cc == "GR":
        return R.choice([_g(n, [3, 3, 4]), n])
    if cc == "TR":
        return "0" + _g(n, [3, 3, 2, 2])
    if cc == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "UA":
        return "0" + _g(n, [2, 3, 2, 2])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "CN":
        return _g(n, [3, 4, 4])
    if cc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "VN":
        return "0" + _g(n, [3, 3, 3])
    if cc == "ID":
        return "0" + n[:3] + "-" + n[3:7] + "-" + n[7:]
    if cc == "EG":
        return "0" + _g(n, [3, 3, 4])
    if cc == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    raise KeyError(cc)


def fmt_intl(R, cc, n):
    c = CC[cc]
    if cc == "US":
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "AR":
        return "+54 9 11 %s-%s" % (n[2:6], n[6:])
    if cc == "FR":
        return "+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
    if cc == "HU":
        return "+36 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc in ("JP", "KR"):
        return "+%s %s-%s-%s" % (c, n[:2], n[2:6], n[6:])
    if cc == "CN":
        return "+86 " + _g(n, [3, 4, 4])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "ID":
        return "+62 %s-%s-%s" % (n[:3], n[3:7], n[7:])
    if cc == "NL":
        return "+31 6 " + n[1:]
    if cc == "SE":
        return "+46 %s %s" % (n[:2], _g(n[2:], [3, 2, 2]))
    if cc == "IE":
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    if cc == "FI":
        return "+358 %s %s" % (n[:2], n[2:])
    if cc in ("GB",):
        return "+44 %s %s" % (n[:4], n[4:])
    if cc in ("DE", "AT"):
        return "+%s %s %s" % (c, n[:3], n[3:])
    if cc == "UA":
        return "+380 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    return "+%s %s" % (c, _g(n, [3, 3, len(n) - 6]) if len(n) > 7 else n)


def mobile(R, cc, region=None, intl=None):
    """A mobile number of country cc as written in a text read in `region`:
    (text, meta). Numbers of another country are written +CC."""
    region = region or cc
    n = _nsn(R, cc)
    if cc != region or intl is True or (intl is None and R.random() < 0.22):
        t = fmt_intl(R, cc, n)
    else:
        t = fmt_national(R, cc, n)
    meta = {"sub": "mobile", "region": region}
    if cc != region:
        meta["plan"] = cc
    return t, meta


def P(R, cc, region=None, intl=None):
    t, meta = mobile(R, cc, region, intl)
    return L("phone", t, **meta)


# ====================================================================== people
# Hand-written for this part. "native|roman" where the script is not Latin
# (roman for e-mail local parts only). Family "m/f" where the female form
# differs (PL, CZ, RU, GR).
NAMES = {
    "US": ("Garrison Dalton Beckett Landry Emmett Rhett Sawyer Colby",
           "Raelynn Dixie Marlowe Annabeth Loretta Callie Oaklee Wrenley",
           "Haverkamp Hochstetler McCrory Bledsoe Winegar Tackett Osterhout Kittredge Puckett Yoder"),
    "GB": ("Gethin Rhodri Alasdair Fergus Piers Ewan Tristram Cedric",
           "Morwenna Gwenllian Harriet Bryony Clemency Eilidh Lowri Henrietta",
           "Trelawney Penhaligon Ashcroft Cadwallader Threlfall Bainbridge Tregunna Ollerenshaw Pugh Fenwick"),
    "IE": ("Lorcan Donncha Senan Diarmuid Colm Fionnán Odhrán Padraig",
           "Gráinne Clodagh Aoibhinn Sorcha Caoimhe Róisín Bríd Éabha",
           "Hennessy Moriarty Cullinane Twomey Houlihan Fitzgibbon Scanlon Mulcahy Lenihan Dineen"),
    "AU": ("Lachlan Angus Bryce Fletcher Darcy Heath Campbell Mitchell",
           "Tegan Shelby Maddison Brooke Jacinta Kylie Leanne Tahlia",
           "Kilpatrick Gillespie Dunstan Treloar McAuliffe Bransgrove Cockburn Stapleton Weatherall Hourigan"),
    "IN": ("राजवीर|Rajveer गुरप्रीत|Gurpreet हरदीप|Hardeep बलवंत|Balwant सुखदेव|Sukhdev जसवीर|Jasveer नवनीत|Navneet कुलदीप|Kuldeep",
           "हरप्रीत|Harpreet मनजीत|Manjeet सिमरन|Simran जसलीन|Jasleen कमलजीत|Kamaljeet रूपिंदर|Rupinder गगनदीप|Gagandeep अमनदीप|Amandeep",
           "ढिल्लों|Dhillon संधू|Sandhu बराड़|Brar ग्रेवाल|Grewal चौधरी|Choudhary पाटिल|Patil देशमुख|Deshmukh सांगवान|Sangwan मलिक|Malik सिद्धू|Sidhu"),
    "DE": ("Hinnerk Frerk Ulf Hartmut Eike Detlef Arnd Volkmar",
           "Heike Gesa Silke Antje Imke Rieke Dörte Insa",
           "Brüggemann Hollmann Oltmanns Tjarks Meinecke Ahlers Husmann Wübbena Grotelüschen Schnakenberg"),
    "AT": ("Leopold Alois Engelbert Wendelin Gottfried Rupert Severin Vinzenz",
           "Theresia Philomena Rosina Kathrin Burgi Veronika Hemma Waltraud",
           "Stockinger Pöttler Hinterleitner Reisenbichler Scheiblhofer Zauner Kaltenegger Wimmleitner Griesmayr Hochreiter"),
    "FR": ("Aurélien Gaëtan Thibaut Loïc Corentin Baptistin Anatole Firmin",
           "Solène Gwladys Mathilde Bérénice Anaïs Clémence Ghislaine Maëlle",
           "Lagrange Fourcade Peyrelongue Castaing Labarthe Bouscarle Dufourcq Lavergne Teyssèdre Marsaud"),
    "NL": ("Gerrit Hessel Wouter Sjoerd Joost Teun Harm Klaas",
           "Geertje Hilde Marrit Femke Janneke Trijntje Grietje Aafke",
           "ter_Braake Bloemendaal van_Zuilekom Kuipers Wijnberg Stegeman Oosterhuis Nijenhuis Brinkhorst van_Essen"),
    "ES": ("Anselmo Baltasar Eusebio Fermín Genaro Isidro Leandro Marcelino",
           "Herminia Begoña Angustias Encarnación Inmaculada Remedios Socorro Visitación",
           "Zurita Cifuentes Pedraza Villalobos Carrasco Montoya Quintana Barroso Escudero Lozano"),
    "AR": ("Facundo Ezequiel Ramiro Nahuel Lisandro Hernán Agustín Benjamín",
           "Florencia Agustina Milagros Ludmila Candela Malena Antonella Josefina",
           "Etchegaray Bustamante Irigoyen Arrieta Olmedo Zapiola Ledesma Pereyra Sosa Gorostiaga"),
    "IT": ("Gianluca Ercole Tiberio Amedeo Cosimo Raffaele Saverio Battista",
           "Assunta Graziella Ornella Rosalba Loredana Nunzia Immacolata Teodora",
           "Zanardi Bortolotti Pellizzari Tomasoni Carnevali Sgarbossa Menegatti Fracasso Brunetta Scarpellini"),
    "PT": ("Duarte Tiago Henrique Afonso Rodrigo Joaquim Sérgio Bernardo",
           "Leonor Inês Beatriz Margarida Teresa Ermelinda Filipa Benedita",
           "Queirós Amorim Carvalhal Figueiredo Cerqueira Quintela Rebelo Pinheiro Sampaio Gouveia"),
    "BR": ("Juscelino Valdemar Edivaldo Gilberto Josué Adalberto Claudionor Wanderley",
           "Lucineide Rosângela Valdirene Edileuza Cleonice Marinalva Gislaine Terezinha",
           "Cavalcante Bezerra Medeiros Bortolini Zanella Fagundes Brizola Tomazoni Guimarães Bittencourt"),
    "PL": ("Zdzisław Bogusław Czesław Mirosław Stanisław Wiesław Ryszard Tadeusz",
           "Halina Bożena Grażyna Jadwiga Danuta Wiesława Urszula Krystyna",
           "Kaczmarczyk Pawlak Sobczak Grabowski/Grabowska Kołodziej Zalewski/Zalewska Jabłoński/Jabłońska Czarnecki/Czarnecka Borkowski/Borkowska Szewczyk"),
    "CZ": ("Bohumil Jaroslav Vlastimil Zdeněk Radek Přemysl Luboš Oldřich",
           "Blanka Dagmar Jarmila Libuše Věra Zdenka Ludmila Milada",
           "Kratochvíl/Kratochvílová Procházka/Procházková Štěpánek/Štěpánková Pospíšil/Pospíšilová Hájek/Hájková Doležal/Doležalová Beneš/Benešová Holub/Holubová Vávra/Vávrová Šebesta/Šebestová"),
    "SE": ("Sune Gösta Bertil Torbjörn Folke Evert Ingvar Assar",
           "Gunvor Siv Elsy Ingegerd Britt Agneta Ylva Solbritt",
           "Lindqvist Hägglund Sjöberg Forsgren Nordqvist Wallin Strömberg Öberg Bergkvist Åström"),
    "NO": ("Torgeir Kjetil Arvid Sindre Eivind Håkon Vidar Ragnvald",
           "Solveig Sigrid Liv Tuva Ragnhild Gunhild Borghild Åse",
           "Haugland Bakken Myrvold Fjeldstad Rønningen Slettebakk Tveit Kvamme Hovland Bjørnstad"),
    "FI": ("Juhani Pentti Tapio Eero Jouko Reijo Veikko Heikki",
           "Aino Kaarina Sirkka Riitta Tuula Pirjo Marjatta Helmi",
           "Mäkelä Heikkinen Koskinen Hämäläinen Laaksonen Rantanen Kettunen Lehtonen Salminen Karjalainen"),
    "HU": ("Imre Gyula Lajos Tibor Zoltán Dezső Sándor Attila",
           "Erzsébet Ilona Zsuzsanna Katalin Piroska Irén Margit Edit",
           "Juhász Halász Bognár Csizmadia Takács Mészáros Gulyás Szűcs Ludányi Vörös"),
    "RO": ("Gheorghe Vasile Ionuț Dorin Marcel Costel Florin Sorin",
           "Mirela Viorica Rodica Ileana Florentina Lăcrămioara Daniela Anca",
           "Bălănescu Ciobanu Munteanu Păduraru Vlădescu Oprea Stoica Dumitrescu Cojocaru Pârvulescu"),
    "GR": ("Σταύρος|Stavros Μιλτιάδης|Miltiadis Θεοφάνης|Theofanis Χαράλαμπος|Charalampos Παναγιώτης|Panagiotis Ευάγγελος|Evangelos Αθανάσιος|Athanasios Ηλίας|Ilias",
           "Παρασκευή|Paraskevi Σταματία|Stamatia Ευανθία|Evanthia Κυριακή|Kyriaki Χρυσούλα|Chrysoula Δέσποινα|Despoina Αγλαΐα|Aglaia Φωτεινή|Foteini",
           "Καραγιάννης/Καραγιάννη|Karagiannis Μπαλτάς/Μπαλτά|Baltas Τσακίρης/Τσακίρη|Tsakiris Ζαχαρίου/Ζαχαρίου|Zachariou Κουτσούκος/Κουτσούκου|Koutsoukos Λαμπράκης/Λαμπράκη|Lamprakis Ρήγας/Ρήγα|Rigas Σηφάκης/Σηφάκη|Sifakis"),
    "TR": ("Hüseyin Ramazan Yusuf İsmail Osman Durmuş Hasan Bayram",
           "Hatice Emine Fadime Zeliha Şerife Gülsüm Nurten Hacer",
           "Kocabaş Topaloğlu Değirmenci Çoban Bozkurt Akbulut Karakoyun Ekinci Tarhan Sarıkaya"),
    "RU": ("Геннадий|Gennady Валерий|Valery Анатолий|Anatoly Вячеслав|Vyacheslav Эдуард|Eduard Леонид|Leonid Тимофей|Timofey Савелий|Savely",
           "Антонина|Antonina Зинаида|Zinaida Валентина|Valentina Лариса|Larisa Раиса|Raisa Галина|Galina Тамара|Tamara Людмила|Lyudmila",
           "Пахомов/Пахомова|Pakhomov Шестаков/Шестакова|Shestakov Гладков/Гладкова|Gladkov Мельников/Мельникова|Melnikov Дроздов/Дроздова|Drozdov Тихонов/Тихонова|Tikhonov Сорокин/Сорокина|Sorokin Колесников/Колесникова|Kolesnikov"),
    "UA": ("Богдан|Bohdan Тарас|Taras Остап|Ostap Мирослав|Myroslav Ярема|Yarema Святослав|Sviatoslav Орест|Orest Зіновій|Zinovii",
           "Оксана|Oksana Ганна|Hanna Леся|Lesia Мирослава|Myroslava Уляна|Uliana Ярослава|Yaroslava Христина|Khrystyna Соломія|Solomiia",
           "Кравчук|Kravchuk Ткаченко|Tkachenko Бондаренко|Bondarenko Мельничук|Melnychuk Гуцуляк|Hutsuliak Савчук|Savchuk Коваль|Koval Литвиненко|Lytvynenko"),
    "JP": ("健太|Kenta 大輔|Daisuke 和也|Kazuya 拓海|Takumi 哲也|Tetsuya 隆|Takashi 修|Osamu 誠|Makoto",
           "美咲|Misaki 千尋|Chihiro 彩花|Ayaka 恵子|Keiko 真由美|Mayumi 陽子|Yoko 里奈|Rina 友美|Tomomi",
           "佐久間|Sakuma 宇佐美|Usami 小野寺|Onodera 菅原|Sugawara 熊谷|Kumagai 畠山|Hatakeyama 工藤|Kudo 及川|Oikawa 三浦|Miura 柴田|Shibata"),
    "KR": ("동현|Donghyun 재원|Jaewon 성민|Sungmin 태윤|Taeyoon 영수|Youngsoo 경호|Kyungho 상철|Sangcheol 병훈|Byunghoon",
           "은정|Eunjung 미숙|Misook 혜진|Hyejin 수정|Sujung 경희|Kyunghee 정란|Jungran 보람|Boram 다은|Daeun",
           "추|Choo 엄|Eom 유|Yoo 문|Moon 배|Bae 백|Baek 허|Heo 남|Nam 탁|Tak 하|Ha"),
    "CN": ("建国|Jianguo 志强|Zhiqiang 国栋|Guodong 海涛|Haitao 立新|Lixin 振华|Zhenhua 永刚|Yonggang 春生|Chunsheng",
           "秀英|Xiuying 桂兰|Guilan 丽娟|Lijuan 春梅|Chunmei 玉珍|Yuzhen 晓燕|Xiaoyan 淑芬|Shufen 红霞|Hongxia",
           "蒋|Jiang 钟|Zhong 邱|Qiu 熊|Xiong 贺|He 龚|Gong 薛|Xue 严|Yan 覃|Qin 司马|Sima"),
    "TH": ("สมชาย|Somchai ประเสริฐ|Prasert วิชัย|Wichai บุญเลิศ|Boonlert สุรชัย|Surachai อำนาจ|Amnat ไพโรจน์|Pairoj เกรียงไกร|Kriangkrai",
           "สมศรี|Somsri บุญมี|Boonmee มาลัย|Malai วันเพ็ญ|Wanpen อรุณี|Arunee สุภาพร|Supaporn ลำดวน|Lamduan พิมพ์ใจ|Pimjai",
           "ศรีสุข|Srisuk แก้วมณี|Kaewmanee บุญประเสริฐ|Boonprasert ทองดี|Thongdee สุขสวัสดิ์|Suksawat เพชรรัตน์|Phetcharat วงศ์ใหญ่|Wongyai อินทร์แก้ว|Inkaew ชัยมงคล|Chaimongkol คำภีร์|Khamphi"),
    "VN": ("Quang Tuấn Dũng Hải Thắng Phúc Lộc Trung",
           "Hằng Ngọc Thảo Hương Yến Nhung Trang Loan",
           "Nguyễn Tạ Phạm Quách Võ Đặng Bùi Đỗ Dương Lương"),
    "ID": ("Agus Bambang Sutrisno Suparman Wahyu Joko Hendra Teguh",
           "Wulan Ratna Endang Dewi Lestari Sumarni Yuliana Ningsih",
           "Santoso Wibowo Hidayat Purnomo Susanto Nugroho Setiawan Rahayu Kurniawan Prasetyo"),
    "EG": ("محمود|Mahmoud حسن|Hassan مصطفى|Mostafa إبراهيم|Ibrahim سعيد|Saeed عادل|Adel شريف|Sherif طارق|Tarek",
           "فاطمة|Fatma زينب|Zeinab منى|Mona نادية|Nadia سعاد|Soad هدى|Hoda رشا|Rasha دعاء|Doaa",
           "الشناوي|Elshenawy المنياوي|Elmenyawy الدسوقي|Eldesouky البحيري|Elbeheiry الفيومي|Elfayoumy الزيات|Elzayat السيوفي|Elseyoufy الجندي|Elgendy القاضي|Elqady النجار|Elnaggar"),
    "IL": ("אבישי|Avishai עמרי|Omri יואב|Yoav נדב|Nadav אלעד|Elad איתמר|Itamar שחר|Shahar גלעד|Gilad",
           "מיכל|Michal נועה|Noa הדס|Hadas ענבל|Inbal טליה|Talia אורית|Orit רוני|Roni אפרת|Efrat",
           "שטרן|Stern אזולאי|Azoulay פרידמן|Friedman ביטון|Biton וקנין|Vaknin חזן|Hazan שושן|Shoshan ברקוביץ|Berkovich דהן|Dahan"),
}

LANG = {"US": "en", "GB": "en", "IE": "en", "AU": "en", "IN": "hi", "DE": "de", "AT": "de", "FR": "fr",
        "NL": "nl", "ES": "es", "AR": "es", "IT": "it", "PT": "pt", "BR": "pt", "PL": "pl", "CZ": "cs",
        "SE": "sv", "NO": "nb", "FI": "fi", "HU": "hu", "RO": "ro", "GR": "el", "TR": "tr", "RU": "ru",
        "UA": "uk", "JP": "ja", "KR": "ko", "CN": "zh", "TH": "th", "VN": "vi", "ID": "id", "EG": "ar",
        "IL": "he"}
FAMILY_FIRST = {"HU", "JP", "KR", "CN", "VN"}
CJK = {"JP", "KR", "CN"}
NONLATIN = {"IN", "GR", "RU", "UA", "JP", "KR", "CN", "TH", "EG", "IL"}

MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com"], "AU": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "DE": ["gmx.de", "web.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at", "a1.net"], "FR": ["orange.fr", "free.fr", "laposte.net"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "PT": ["sapo.pt", "gmail.com", "clix.pt"], "BR": ["uol.com.br", "terra.com.br", "bol.com.br"],
    "PL": ["wp.pl", "o2.pl", "interia.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "SE": ["telia.com", "gmail.com", "bredband.net"], "NO": ["online.no", "gmail.com", "hotmail.no"],
    "FI": ["luukku.com", "gmail.com", "elisanet.fi"], "HU": ["freemail.hu", "citromail.hu", "gmail.com"],
    "RO": ["yahoo.ro", "gmail.com", "clicknet.ro"], "GR": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
    "UA": ["ukr.net", "i.ua", "gmail.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "KR": ["naver.com", "daum.net", "hanmail.net"], "CN": ["qq.com", "163.com", "126.com"],
    "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"], "VN": ["gmail.com", "yahoo.com.vn"],
    "ID": ["yahoo.co.id", "gmail.com"], "EG": ["yahoo.com", "gmail.com", "hotmail.com"],
    "IL": ["walla.co.il", "gmail.com", "012.net.il"],
}


def _split(entry):
    entry = entry.replace("_", " ")
    if "|" in entry:
        a, b = entry.split("|", 1)
        return a, b
    return entry, entry


def _words(s):
    return s.split()


def _name_lists(cc):
    m, f, fam = NAMES[cc]
    return _words(m), _words(f), _words(fam)


def ascii_fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


PARTICLES = {"de", "van", "ter", "da", "dos", "del", "la"}


class Person:
    def __init__(self, cc, given, family, rgiven, rfamily, female, dob):
        self.cc, self.given, self.family, self.rgiven, self.rfamily = cc, given, family, rgiven, rfamily
        self.female, self.dob = female, dob
        if cc in ("JP",):
            self.full = family + " " + given
        elif cc in ("KR", "CN"):
            self.full = family + given
        elif cc in FAMILY_FIRST:
            self.full = family + " " + given
        else:
            self.full = given + " " + family
        self.roman = (rgiven + " " + rfamily) if cc not in FAMILY_FIRST else (rfamily + " " + rgiven)

    def words(self):
        if self.cc in CJK or self.cc == "TH":
            out = {self.full, self.given, self.family}
            return {w for w in out if len(w) >= 2}
        return set(re.split(r"[\s\-]+", self.full)) - PARTICLES


def make_person(R, cc, female=None, dob_range=(1948, 2002), used=None, family=None):
    m, f, fam = _name_lists(cc)
    if female is None:
        female = R.random() < 0.5
    used = used if used is not None else set()
    for _ in range(200):
        g = R.choice(f if female else m)
        gn, gr = _split(g)
        if family is not None:
            fn, fr = family
        else:
            fe = R.choice(fam)
            fn, fr = _split(fe)
            if "/" in fn:
                a, b = fn.split("/")
                fn = b if female else a
                if cc == "GR" and fr.endswith("s") and female:
                    fr = fr[:-1]
                if cc == "RU" and female:
                    fr = fr + "a"
            if cc == "ES":
                fe2 = R.choice([x for x in fam if x != fe])
                fn, fr = fn + " " + fe2, fr + " " + fe2
            if cc in ("PT", "BR") and R.random() < 0.6:
                fe2 = R.choice([x for x in fam if x != fe])
                fn, fr = fe2 + " " + fn, fe2 + " " + fr
        ws = set(re.split(r"[\s\-]+", gn + " " + fn)) | {gn, fn}
        ws -= PARTICLES
        if cc == "VN":
            gn = R.choice(["Thị", "Ngọc", "Thu"] if female else ["Văn", "Hữu", "Đức"]) + " " + gn
            gr = gn
        chk = ws - set(fn.split()) - {fn} if family is not None else ws
        if chk & used:
            continue
        d = rand_date(R, dob_range[0], dob_range[1])
        p = Person(cc, gn, fn, ascii_fold(gr), ascii_fold(fr), female, d)
        used |= ws
        return p
    raise AssertionError("names exhausted %s" % cc)


def rand_date(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return datetime.date(y, m, d)


def email_of(R, p, cc=None, domain=None):
    cc = cc or p.cc
    g = re.sub(r"[^a-z]", "", p.rgiven.lower().split()[-1] if p.cc == "VN" else p.rgiven.lower().split()[0])
    f = re.sub(r"[^a-z]", "", p.rfamily.lower().replace(" ", ""))
    if p.cc == "ES" or p.cc in ("PT", "BR"):
        f = re.sub(r"[^a-z]", "", p.rfamily.lower().split()[0])
    y = str(p.dob.year)
    k = R.randint(0, 6)
    local = [g + "." + f, g + f[:1], g[:1] + "." + f, f + "." + g, g + "_" + f + y[2:], g + f + y[2:], f + g[:1] + str(R.randint(1, 99))][k]
    return local + "@" + (domain or R.choice(MAIL[cc]))


def E(R, p, **kw):
    return L("email", email_of(R, p, **kw), sub="personal")


# ====================================================================== addresses
# Streets, towns and postcodes written for this part (rural places, farms,
# villages). addr(R, cc, ml) -> the whole postal address; ml: across lines.
STREETS = {
    "US": ["County Road 14", "Sorghum Mill Rd", "Prairie Rose Ln", "Old Creamery Rd", "Tallgrass Trl", "Hayloft Ct"],
    "GB": ["Cragg Lane", "Sheepfold Lane", "Pinfold Way", "Tenter Row", "Drovers Road", "Byre Lane"],
    "IE": ["Knockanore", "Carrigeen", "Lisheen", "Gortnaclohy", "Ballyduff Upper", "Cloonagh"],
    "AU": ["Saleyards Rd", "Wattle Grove", "Ironbark Dr", "Mulga St", "Boundary Rd", "Bottlebrush Ct"],
    "IN": ["ग्राम रामपुरा", "ग्राम खेड़ी मानसिंह", "ग्राम सावरगाँव", "ग्राम बेलवा", "ग्राम नंगल कलां"],
    "DE": ["Moorweg", "Am Sieltief", "Eschstraße", "Weidenkamp", "Kreuzdeich", "Zum Geestrand"],
    "AT": ["Almweg", "Kirchfeldstraße", "Untere Hofzeile", "Ortsried", "Sonnleiten", "Leitenweg"],
    "FR": ["chemin des Granges", "route de la Laiterie", "rue des Pâtures", "impasse du Moulin Neuf", "allée des Noisetiers", "chemin du Pré Carré"],
    "NL": ["Zuiderdijk", "Hessenweg", "Kolonistenweg", "Broekweg", "Veenkade", "Middelweg"],
    "ES": ["Camino de las Eras", "Calle del Pósito", "Travesía del Molino", "Calle de los Olivares", "Calle Trasera de la Iglesia", "Calle Ejido"],
    "AR": ["Calle Los Tilos", "Pasaje Los Alerces", "Calle Las Acacias", "Avenida Los Ombúes", "Calle Tranquera"],
    "IT": ["Via delle Mondine", "Via Argine Sinistro", "Strada della Bonifica", "Via dei Gelsi", "Via Cascina Nuova", "Via dei Fontanili"],
    "PT": ["Rua da Eira", "Travessa do Lagar", "Rua do Outeiro", "Largo do Chafariz", "Rua das Azenhas"],
    "BR": ["Rua Ipê Amarelo", "Estrada do Bananal", "Rua dos Tropeiros", "Rua das Paineiras", "Estrada da Invernada"],
    "PL": ["ul. Polna", "ul. Łąkowa", "ul. Sadowa", "ul. Kasztanowa", "ul. Żytnia", "ul. Stawowa"],
    "CZ": ["Polní", "Luční", "U Mlýna", "Na Výsluní", "Družstevní", "Za Humny"],
    "SE": ["Gårdsvägen", "Ängsvägen", "Byvägen", "Hagtornsvägen", "Kvarnbacken", "Ladugårdsvägen"],
    "NO": ["Gardsvegen", "Bjørkelia", "Setervegen", "Kvernhusvegen", "Lensmannsvegen", "Fjøsbakken"],
    "FI": ["Peltotie", "Navettatie", "Myllytie", "Koivukuja", "Niittytie", "Kartanontie"],
    "HU": ["Tanyasor", "Szőlő utca", "Malom utca", "Akác utca", "Gyümölcsös utca", "Csárda utca"],
    "RO": ["Str. Livezii", "Str. Morii", "Str. Câmpului", "Str. Viilor", "Str. Fântânii", "Str. Stânii"],
    "GR": ["Αγροτών", "Ελαιώνων", "Μύλου", "Πλατάνων", "Αλωνιών", "Ποιμένων"],
    "TR": ["Ekin Sokak", "Ayçiçeği Sokak", "Çınar Sokak", "Harman Sokak", "Bostan Sokak", "Kuyu Sokak"],
    "RU": ["ул. Полевая", "ул. Колхозная", "ул. Луговая", "ул. Степная", "ул. Элеваторная", "ул. Пасечная"],
    "UA": ["вул. Польова", "вул. Лугова", "вул. Вишнева", "вул. Хліборобна", "вул. Млинова", "вул. Черешнева"],
    "JP": ["", ], "KR": [""], "CN": [""], "TH": [""], "VN": [""], "ID": ["Jl. Raya Perkebunan", "Jl. Sawah Lega", "Jl. Kebun Teh", "Jl. Pasar Hewan"],
    "EG": ["شارع الترعة", "شارع المحطة", "شارع الجمعية الزراعية", "شارع السوق", "شارع المدرسة"],
    "IL": ["הגפן", "השקד", "הרימון", "האלון", "הזית", "התאנה"],
}
TOWNS = {
    "US": [("Ames", "IA", "5001"), ("Hastings", "NE", "6890"), ("Modesto", "CA", "9535"), ("Chillicothe", "OH", "4560"), ("Paducah", "KY", "4200"), ("Ellensburg", "WA", "9892"), ("Mitchell", "SD", "5730")],
    "GB": [("Hexham", "NE46"), ("Leominster", "HR6"), ("Tiverton", "EX16"), ("Bakewell", "DE45"), ("Brecon", "LD3"), ("Thirsk", "YO7"), ("Sedbergh", "LA10"), ("Ludlow", "SY8")],
    "IE": [("Mitchelstown", "Co. Cork", "P67"), ("Ballinasloe", "Co. Galway", "H53"), ("Kells", "Co. Meath", "A82"), ("Carrick-on-Suir", "Co. Tipperary", "E32"), ("Castlerea", "Co. Roscommon", "F45")],
    "AU": [("Dubbo", "NSW", "2830"), ("Toowoomba", "QLD", "4350"), ("Gundagai", "NSW", "2722"), ("Mount Gambier", "SA", "5290"), ("Shepparton", "VIC", "3630"), ("Narrogin", "WA", "6312")],
    "IN": [("तहसील जगराओं, ज़िला लुधियाना", "पंजाब", "142026"), ("ज़िला करनाल", "हरियाणा", "132001"), ("तालुका बारामती", "महाराष्ट्र", "413102"), ("ज़िला गोरखपुर", "उत्तर प्रदेश", "273001"), ("तहसील नाभा, ज़िला पटियाला", "पंजाब", "147201")],
    "DE": [("Friesoythe", "26169"), ("Vechta", "49377"), ("Wittmund", "26409"), ("Soltau", "29614"), ("Uelzen", "29525"), ("Heide", "25746"), ("Rotenburg (Wümme)", "27356")],
    "AT": [("Zwettl", "3910"), ("Kirchdorf an der Krems", "4560"), ("Lienz", "9900"), ("Feldbach", "8330"), ("Hollabrunn", "2020"), ("Schärding", "4780")],
    "FR": [("Aurillac", "15000"), ("Mont-de-Marsan", "40000"), ("Lamballe-Armor", "22400"), ("Vesoul", "70000"), ("Saint-Flour", "15100"), ("Loudéac", "22600")],
    "NL": [("Dronten", "8251"), ("Emmeloord", "8302"), ("Winterswijk", "7101"), ("Barneveld", "3771"), ("Joure", "8501"), ("Hoogeveen", "7901")],
    "ES": [("Plasencia", "10600", "Cáceres"), ("Tarancón", "16400", "Cuenca"), ("Lorca", "30800", "Murcia"), ("Zafra", "06300", "Badajoz"), ("Tudela", "31500", "Navarra"), ("Medina del Campo", "47400", "Valladolid")],
    "AR": [("Venado Tuerto", "S2600", "Santa Fe"), ("Pergamino", "B2700", "Buenos Aires"), ("Río Cuarto", "X5800", "Córdoba"), ("Tandil", "B7000", "Buenos Aires"), ("Rafaela", "S2300", "Santa Fe")],
    "IT": [("Mantova", "46100", "MN"), ("Cremona", "26100", "CR"), ("Bassano del Grappa", "36061", "VI"), ("Foggia", "71121", "FG"), ("Grosseto", "58100", "GR"), ("Saluzzo", "12037", "CN")],
    "PT": [("Castelo Branco", "6000"), ("Beja", "7800"), ("Barcelos", "4750"), ("Montemor-o-Novo", "7050"), ("Vila Real", "5000")],
    "BR": [("Chapecó", "SC", "89801"), ("Rio Verde", "GO", "75901"), ("Sinop", "MT", "78550"), ("Passo Fundo", "RS", "99010"), ("Uberaba", "MG", "38010"), ("Petrolina", "PE", "56300")],
    "PL": [("Łowicz", "99-400"), ("Sokółka", "16-100"), ("Grójec", "05-600"), ("Kutno", "99-300"), ("Zamość", "22-400"), ("Ostrołęka", "07-410")],
    "CZ": [("Havlíčkův Brod", "580 01"), ("Pelhřimov", "393 01"), ("Strakonice", "386 01"), ("Kroměříž", "767 01"), ("Rakovník", "269 01"), ("Jičín", "506 01")],
    "SE": [("Skara", "532 3"), ("Ljungby", "341 3"), ("Sala", "733 3"), ("Tranås", "573 3"), ("Sveg", "842 3"), ("Hjo", "544 3")],
    "NO": [("Steinkjer", "7713"), ("Levanger", "7600"), ("Gjøvik", "2815"), ("Elverum", "2406"), ("Voss", "5700"), ("Bryne", "4340")],
    "FI": [("Seinäjoki", "60100"), ("Ylivieska", "84100"), ("Loimaa", "32200"), ("Iisalmi", "74100"), ("Kauhava", "62200"), ("Salo", "24100")],
    "HU": [("Hódmezővásárhely", "6800"), ("Kiskunhalas", "6400"), ("Mezőtúr", "5400"), ("Szentes", "6600"), ("Makó", "6900"), ("Kisújszállás", "5310")],
    "RO": [("Bistrița", "jud. Bistrița-Năsăud", "4200"), ("Slobozia", "jud. Ialomița", "9200"), ("Alexandria", "jud. Teleorman", "1400"), ("Focșani", "jud. Vrancea", "6200"), ("Caracal", "jud. Olt", "2352"), ("Sighișoara", "jud. Mureș", "5454")],
    "GR": [("Λάρισα", "412 22"), ("Καρδίτσα", "431 00"), ("Τρίκαλα", "421 00"), ("Άργος", "212 00"), ("Σέρρες", "621 22"), ("Δράμα", "661 00")],
    "TR": [("Polatlı", "Ankara", "06900"), ("Akşehir", "Konya", "42550"), ("Söke", "Aydın", "09200"), ("Bafra", "Samsun", "55400"), ("Turgutlu", "Manisa", "45400"), ("Ereğli", "Konya", "42310")],
    "RU": [("Краснодарский край, ст. Полтавская", "353800"), ("Ростовская обл., г. Сальск", "347630"), ("Воронежская обл., г. Россошь", "396650"), ("Алтайский край, г. Бийск", "659300"), ("Тамбовская обл., г. Мичуринск", "393760")],
    "UA": [("м. Умань", "Черкаська обл.", "20300"), ("м. Бердичів", "Житомирська обл.", "13300"), ("м. Миргород", "Полтавська обл.", "37600"), ("м. Коломия", "Івано-Франківська обл.", "78200"), ("с. Велика Михайлівка", "Одеська обл.", "67100")],
    "JP": [("080-2469", "北海道帯広市西十九条南"), ("028-3101", "岩手県花巻市石鳥谷町"), ("869-2612", "熊本県阿蘇市一の宮町"), ("399-8303", "長野県安曇野市穂高"), ("885-1202", "宮崎県都城市高城町"), ("949-6680", "新潟県南魚沼市六日町")],
    "KR": [("25372", "강원특별자치도 평창군 대관령면 꽃밭양지길"), ("37163", "경상북도 상주시 외서면 연꽃로"), ("59015", "전라남도 해남군 산이면 목장길"), ("32241", "충청남도 홍성군 결성면 들녘로"), ("63627", "제주특별자치도 서귀포시 표선면 목장로")],
    "CN": [("262700", "山东省寿光市孙家集街道三元朱村"), ("150200", "黑龙江省五常市龙凤山镇乐园村"), ("466600", "河南省周口市西华县红花集镇"), ("665000", "云南省普洱市思茅区倚象镇"), ("026000", "内蒙古自治区锡林浩特市宝力根苏木")],
    "TH": [("ต.ห้วยทราย อ.สันกำแพง จ.เชียงใหม่", "50130"), ("ต.หนองหาร อ.สันทราย จ.เชียงใหม่", "50290"), ("ต.บ้านไผ่ อ.บ้านไผ่ จ.ขอนแก่น", "40110"), ("ต.ท่าม่วง อ.ท่าม่วง จ.กาญจนบุรี", "71110"), ("ต.ปากช่อง อ.ปากช่อง จ.นครราชสีมา", "30130")],
    "VN": [("Thôn Phú Thạnh", "xã Tân Hòa", "huyện Chợ Gạo", "tỉnh Tiền Giang"), ("Ấp 3", "xã Long Hiệp", "huyện Trà Cú", "tỉnh Trà Vinh"), ("Thôn Bình Đông", "xã Nghĩa Trung", "huyện Bù Đăng", "tỉnh Bình Phước"), ("Xóm 5", "xã Diễn Kỷ", "huyện Diễn Châu", "tỉnh Nghệ An")],
    "ID": [("Desa Sukamaju, Kec. Cikajang", "Kab. Garut", "Jawa Barat", "44171"), ("Desa Tegalrejo, Kec. Pakis", "Kab. Magelang", "Jawa Tengah", "56193"), ("Desa Bumiaji, Kec. Bumiaji", "Kota Batu", "Jawa Timur", "65331"), ("Desa Pujon Kidul, Kec. Pujon", "Kab. Malang", "Jawa Timur", "65391")],
    "EG": [("مركز دكرنس", "محافظة الدقهلية"), ("مركز طوخ", "محافظة القليوبية"), ("مركز إطسا", "محافظة الفيوم"), ("مركز ببا", "محافظة بني سويف")],
    "IL": [("מושב נהלל", "1060000"), ("כפר ויתקין", "4020000"), ("זכרון יעקב", "3095000"), ("מושב בני דרור", "4581500"), ("קיבוץ גבת", "3657900")],
}
HOUSE_GB = ["Lower Hollins Farm", "Greystones", "Rookery Cottage", "Dale View", "Fellgarth Farm", "The Old Granary"]
HOUSE_IE = ["Ashgrove House", "Mulcair Farm", "Derrynane Cottage", "The Paddocks"]
EIR = "ACDEFHKNPRTVWXY"


def addr(R, cc, ml=False):
    """One private (home or farm) address of country cc; ml=True across lines."""
    nl = "\n" if ml else ", "
    s = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(1, 148)
    if cc == "US":
        return "%d %s%s%s, %s %s%d" % (R.randint(1000, 9899), s, nl, t[0], t[1], t[2], R.randint(0, 9))
    if cc == "GB":
        pc = "%s %d%s%s" % (t[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))
        h = R.choice(HOUSE_GB) if R.random() < 0.5 else str(n)
        return "%s%s%s%s%s%s%s" % (h, ", " if not h.isdigit() else " ", s, nl, t[0], nl, pc) if ml else "%s%s%s, %s, %s" % (h, ", " if not h.isdigit() else " ", s, t[0], pc)
    if cc == "IE":
        eir = "%s %s%s" % (t[2], R.choice(EIR), "".join(R.choice(EIR + "0123456789") for _ in range(3)))
        h = R.choice(HOUSE_IE)
        return nl.join([h, s, t[0], t[1], eir])
    if cc == "AU":
        return "%d %s%s%s %s %s" % (n, s, nl, t[0].upper() if R.random() < 0.3 else t[0], t[1], t[2])
    if cc == "IN":
        return "%s, %s%s%s - %s" % (s, t[0], nl, t[1], t[2])
    if cc in ("DE", "AT"):
        return "%s %d%s%s%s %s" % (s, n, R.choice(["", "", "a"]) if cc == "DE" else "", nl, t[1], t[0])
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", "", " bis"]), s, nl, t[1], t[0].upper() if R.random() < 0.4 else t[0])
    if cc == "NL":
        return "%s %d%s%s %s%s %s" % (s, n, nl, t[1], R.choice("BCDEGHJKLMNPRTVWXZ"), R.choice("ABCDEGHJKLMNPRTVWXZ"), t[0].upper() if R.random() < 0.3 else t[0])
    if cc == "ES":
        return "%s, %d%s%s %s (%s)" % (s, n, nl, t[1], t[0], t[2])
    if cc == "AR":
        cpa = t[1] + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return "%s %d%s%s %s, %s" % (s, R.randint(100, 2999), nl, cpa, t[0], t[2])
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (s, n, nl, t[1], t[0], t[2])
    if cc == "PT":
        return "%s, %d%s%s-%03d %s" % (s, n, nl, t[1], R.randint(1, 599), t[0])
    if cc == "BR":
        return "%s, %d - Zona Rural%s%s - %s, %s-%03d" % (s, n, nl, t[0], t[1], t[2], R.randint(0, 999))
    if cc == "PL":
        return "%s %d%s%s %s" % (s, n, nl, t[1], t[0])
    if cc == "CZ":
        return "%s %d%s%s %s" % (s, R.randint(100, 1999), nl, t[1], t[0])
    if cc == "SE":
        return "%s %d%s%s%d %s" % (s, n, nl, t[1], R.randint(0, 9), t[0].upper() if R.random() < 0.5 else t[0])
    if cc == "NO":
        return "%s %d%s%s %s" % (s, n, nl, t[1], t[0])
    if cc == "FI":
        return "%s %d%s%s %s" % (s, n, nl, t[1], t[0].upper() if R.random() < 0.3 else t[0])
    if cc == "HU":
        if ml:
            return "%s %d.\n%s %s" % (s, n, t[1], t[0])
        return "%s %s, %s %d." % (t[1], t[0], s, n)
    if cc == "RO":
        return "%s nr. %d%s%s, %s, %s%02d" % (s, n, nl, t[0], t[1], t[2], R.randint(0, 99))
    if cc == "GR":
        return "%s %d%s%s %s" % (s, n, nl, t[1], t[0])
    if cc == "TR":
        return "%s Mah. %s No: %d%s%s %s/%s" % (R.choice(["Çiftlik", "Değirmen", "Bağlar", "Yeşilyurt", "Pınarbaşı"]), s, n, nl, t[2], t[0], t[1])
    if cc == "RU":
        return "%s, %s, %s, д. %d" % (t[1], t[0], s, n)
    if cc == "UA":
        return "%s, %d, %s, %s, %s" % (s, n, t[0], t[1], t[2])
    if cc == "JP":
        return "〒%s %s%d-%d" % (t[0], t[1], R.randint(1, 30), R.randint(1, 40))
    if cc == "KR":
        return "(%s) %s %d" % (t[0], t[1], R.randint(2, 180))
    if cc == "CN":
        return "%s%d号" % (t[1], R.randint(1, 220))
    if cc == "TH":
        return "%d หมู่ %d %s %s" % (R.randint(1, 240), R.randint(1, 12), t[0], t[1])
    if cc == "VN":
        return "%s, %s, %s, %s" % t
    if cc == "ID":
        return "%s No. %d, RT %03d/RW %03d, %s, %s, %s %s" % (s, n, R.randint(1, 9), R.randint(1, 9), t[0], t[1], t[2], t[3])
    if cc == "EG":
        return "%d %s، %s، %s" % (n, s, t[0], t[1])
    if cc == "IL":
        if t[0].startswith("מושב") or t[0].startswith("קיבוץ"):
            return "משק %d, %s %s" % (n, t[0], t[1])
        return "%s %d, %s %s" % (s, n, t[0], t[1])
    raise KeyError(cc)


def A(R, cc, ml=False, sub="home"):
    return L("address", addr(R, cc, ml), sub=sub)


# Organisations (clinics, shelters, co-operatives, offices) are look-alikes,
# with their premises, switchboards and role mailboxes.
ORG_STREETS = {
    "US": "200 Commerce Park Dr", "GB": "Unit 4, Auction Mart Way", "IE": "Mart Road", "AU": "12 Showground Rd",
    "IN": "मंडी रोड", "DE": "Gewerbering 7", "AT": "Industriestraße 3", "FR": "ZA des Quatre Chemins",
    "NL": "Industrieweg 21", "ES": "Polígono La Vega, nave 9", "AR": "Av. del Trabajo 450", "IT": "Zona Artigianale 5",
    "PT": "Zona Industrial, Lote 14", "BR": "Av. das Indústrias 1200", "PL": "ul. Przemysłowa 3", "CZ": "Průmyslová 12",
    "SE": "Industrivägen 6", "NO": "Næringsvegen 4", "FI": "Teollisuustie 9", "HU": "Ipari Park 2",
    "RO": "Str. Industriei 8", "GR": "ΒΙΠΕ, Οδός 3", "TR": "Organize Sanayi Bölgesi 5. Cadde No: 11",
    "RU": "Промышленная ул., 10", "UA": "вул. Промислова, 6", "JP": "工業団地2-1", "KR": "산업단지로 41",
    "CN": "经济开发区工业路8号", "TH": "99/9 ถนนมิตรภาพ", "VN": "Khu công nghiệp, lô B2", "ID": "Jl. Raya Industri No. 5",
    "EG": "المنطقة الصناعية، قطعة 12", "IL": "אזור התעשייה, רחוב המלאכה 4",
}


def org_addr(R, cc):
    t = TOWNS[cc][0] if R.random() < 0.5 else R.choice(TOWNS[cc])
    s = ORG_STREETS[cc]
    if cc in ("US",):
        return "%s, %s, %s %s0" % (s, t[0], t[1], t[2])
    if cc == "GB":
        return "%s, %s %s 1AA" % (s, t[0], t[1])
    if cc == "IE":
        return "%s, %s, %s" % (s, t[0], t[1])
    if cc == "AU":
        return "%s, %s %s %s" % (s, t[0], t[1], t[2])
    if cc in ("DE", "AT", "NL", "PL", "CZ", "NO", "FI", "GR"):
        return "%s, %s %s" % (s, t[1], t[0])
    if cc == "SE":
        return "%s, %s0 %s" % (s, t[1], t[0])
    if cc in ("FR",):
        return "%s, %s %s" % (s, t[1], t[0])
    if cc in ("ES", "IT"):
        return "%s, %s %s" % (s, t[1], t[0])
    if cc == "HU":
        return "%s %s, %s" % (t[1], t[0], s)
    return "%s, %s" % (s, t[0])


def org_phone(R, cc):
    """A landline-shaped switchboard number (look-alike)."""
    d = lambda n: "".join(R.choice(string.digits) for _ in range(n))
    return {
        "US": "(%s) %s-%s" % (R.choice(["515", "402", "740"]), R.choice("2345678") + d(2), d(4)),
        "GB": "01%s %s" % (d(3), d(6)), "IE": "0%s %s %s" % (R.choice(["25", "90", "46", "51"]), d(3), d(4)),
        "AU": "(02) %s %s" % (d(4), d(4)), "IN": "0161-%s" % d(7), "DE": "0%s %s" % (R.choice(["4471", "4441", "4941"]), d(5)),
        "AT": "0%s %s" % (R.choice(["2822", "7582", "3152"]), d(5)), "FR": "0%s %s %s %s %s" % (R.choice("2345"), d(2), d(2), d(2), d(2)),
        "NL": "0%s %s" % (R.choice(["321", "527", "543"]), d(6)), "ES": "9%s %s %s" % (d(2), d(3), d(3)),
        "AR": "(03462) %s-%s" % (d(2), d(4)), "IT": "0%s %s" % (R.choice(["376", "372", "424"]), d(6)),
        "PT": "2%s %s %s" % (d(2), d(3), d(3)), "BR": "(49) 3%s-%s" % (d(3), d(4)), "PL": "46 %s %s %s" % (d(3), d(2), d(2)),
        "CZ": "5%s %s %s" % (d(2), d(3), d(3)), "SE": "0%s-%s %s" % (R.choice(["511", "372", "224"]), d(2), d(2)),
        "NO": "7%s %s %s" % (d(1), d(2), d(4)), "FI": "0%s %s %s" % (R.choice(["6", "8", "2"]), d(3), d(4)),
        "HU": "(62) %s %s" % (d(3), d(3)), "RO": "0263 %s %s" % (d(3), d(3)), "GR": "2%s0 %s %s" % (d(2), d(3), d(3)),
        "TR": "0 (312) %s %s %s" % (d(3), d(2), d(2)), "RU": "8 (86130) %s-%s-%s" % (d(1), d(2), d(2)),
        "UA": "(04744) %s-%s-%s" % (d(1), d(2), d(2)), "JP": "0155-%s-%s" % (d(2), d(4)), "KR": "033-%s-%s" % (d(3), d(4)),
        "CN": "0536-%s" % d(7), "TH": "053-%s-%s" % (d(3), d(3)), "VN": "0273 %s %s" % (d(3), d(3)),
        "ID": "(0262) %s" % d(6), "EG": "050 %s %s" % (d(3), d(4)), "IL": "04-%s-%s" % (d(3), d(4)),
    }[cc]


# ====================================================================== words
FKEYS = "owner name address phone email dob animal species breed sex chip vet emergency date account policy applicant notes colour signature".split()
_FL = {
    "en": "Owner|Name|Address|Phone|E-mail|Date of birth|Animal's name|Species|Breed|Sex|Microchip no.|Veterinary surgeon|Emergency contact|Date|Bank account (IBAN)|Policy no.|Applicant|Notes|Colour|Signature",
    "de": "Halter/in|Name|Anschrift|Telefon|E-Mail|Geburtsdatum|Name des Tieres|Tierart|Rasse|Geschlecht|Transponder-Nr.|Tierarzt/Tierärztin|Notfallkontakt|Datum|Bankverbindung (IBAN)|Versicherungsnr.|Antragsteller/in|Bemerkungen|Farbe|Unterschrift",
    "fr": "Propriétaire|Nom|Adresse|Téléphone|E-mail|Date de naissance|Nom de l'animal|Espèce|Race|Sexe|N° de transpondeur|Vétérinaire|Personne à prévenir|Date|Coordonnées bancaires (IBAN)|N° de contrat|Demandeur|Remarques|Robe|Signature",
    "es": "Titular|Nombre|Dirección|Teléfono|Correo electrónico|Fecha de nacimiento|Nombre del animal|Especie|Raza|Sexo|N.º de microchip|Veterinario/a|Contacto de emergencia|Fecha|Cuenta bancaria (IBAN)|N.º de póliza|Solicitante|Observaciones|Capa|Firma",
    "it": "Proprietario|Nome|Indirizzo|Telefono|E-mail|Data di nascita|Nome dell'animale|Specie|Razza|Sesso|N. microchip|Medico veterinario|Contatto di emergenza|Data|Conto (IBAN)|N. polizza|Richiedente|Note|Mantello|Firma",
    "nl": "Eigenaar|Naam|Adres|Telefoon|E-mail|Geboortedatum|Naam dier|Diersoort|Ras|Geslacht|Chipnummer|Dierenarts|Contact bij nood|Datum|Rekeningnummer (IBAN)|Polisnummer|Aanvrager|Opmerkingen|Kleur|Handtekening",
    "pt": "Detentor|Nome|Morada|Telefone|E-mail|Data de nascimento|Nome do animal|Espécie|Raça|Sexo|N.º do microchip|Médico veterinário|Contacto de emergência|Data|Conta (IBAN)|N.º da apólice|Requerente|Observações|Pelagem|Assinatura",
    "br": "Tutor(a)|Nome|Endereço|Celular|E-mail|Data de nascimento|Nome do animal|Espécie|Raça|Sexo|Nº do microchip|Médico(a) veterinário(a)|Contato de emergência|Data|Conta bancária|Nº da apólice|Solicitante|Observações|Pelagem|Assinatura",
    "pl": "Właściciel|Imię i nazwisko|Adres|Telefon|E-mail|Data urodzenia|Imię zwierzęcia|Gatunek|Rasa|Płeć|Nr transpondera|Lekarz weterynarii|Kontakt awaryjny|Data|Nr rachunku (IBAN)|Nr polisy|Wnioskodawca|Uwagi|Umaszczenie|Podpis",
    "cs": "Majitel|Jméno a příjmení|Adresa|Telefon|E-mail|Datum narození|Jméno zvířete|Druh|Plemeno|Pohlaví|Číslo čipu|Veterinární lékař|Kontakt v nouzi|Datum|Číslo účtu (IBAN)|Číslo pojistky|Žadatel|Poznámky|Barva|Podpis",
    "sv": "Ägare|Namn|Adress|Telefon|E-post|Födelsedatum|Djurets namn|Djurslag|Ras|Kön|Chipnummer|Veterinär|Nödkontakt|Datum|Bankkonto (IBAN)|Försäkringsnummer|Sökande|Anteckningar|Färg|Underskrift",
    "nb": "Eier|Navn|Adresse|Telefon|E-post|Fødselsdato|Dyrets navn|Dyreart|Rase|Kjønn|Chipnummer|Veterinær|Nødkontakt|Dato|Kontonummer (IBAN)|Polisenummer|Søker|Merknader|Farge|Signatur",
    "fi": "Omistaja|Nimi|Osoite|Puhelin|Sähköposti|Syntymäaika|Eläimen nimi|Eläinlaji|Rotu|Sukupuoli|Mikrosirun numero|Eläinlääkäri|Hätäyhteyshenkilö|Päivämäärä|Tilinumero (IBAN)|Vakuutusnumero|Hakija|Lisätiedot|Väri|Allekirjoitus",
    "hu": "Tulajdonos|Név|Lakcím|Telefon|E-mail|Születési dátum|Az állat neve|Faj|Fajta|Ivar|Transzponder száma|Állatorvos|Értesítendő személy|Dátum|Bankszámla (IBAN)|Kötvényszám|Kérelmező|Megjegyzés|Szín|Aláírás",
    "ro": "Proprietar|Nume și prenume|Adresă|Telefon|E-mail|Data nașterii|Numele animalului|Specie|Rasă|Sex|Nr. microcip|Medic veterinar|Persoană de contact în caz de urgență|Data|Cont bancar (IBAN)|Nr. poliță|Solicitant|Observații|Culoare|Semnătura",
    "el": "Ιδιοκτήτης|Ονοματεπώνυμο|Διεύθυνση|Τηλέφωνο|E-mail|Ημερομηνία γέννησης|Όνομα ζώου|Είδος|Φυλή|Φύλο|Αρ. μικροτσίπ|Κτηνίατρος|Επαφή έκτακτης ανάγκης|Ημερομηνία|Λογαριασμός (IBAN)|Αρ. συμβολαίου|Αιτών|Παρατηρήσεις|Χρώμα|Υπογραφή",
    "tr": "Sahibi|Ad Soyad|Adres|Telefon|E-posta|Doğum tarihi|Hayvanın adı|Türü|Irkı|Cinsiyet|Mikroçip no|Veteriner hekim|Acil durumda aranacak kişi|Tarih|Hesap (IBAN)|Poliçe no|Başvuru sahibi|Notlar|Renk|İmza",
    "ru": "Владелец|ФИО|Адрес|Телефон|Эл. почта|Дата рождения|Кличка животного|Вид|Порода|Пол|Номер микрочипа|Ветеринарный врач|Контакт для экстренной связи|Дата|Счёт|Номер полиса|Заявитель|Примечания|Окрас|Подпись",
    "uk": "Власник|ПІБ|Адреса|Телефон|Ел. пошта|Дата народження|Кличка тварини|Вид|Порода|Стать|Номер мікрочипа|Лікар ветеринарної медицини|Контакт на випадок надзвичайної ситуації|Дата|Рахунок (IBAN)|Номер поліса|Заявник|Примітки|Масть|Підпис",
    "ja": "飼い主|氏名|住所|電話番号|メール|生年月日|動物の名前|種類|品種|性別|マイクロチップ番号|獣医師|緊急連絡先|日付|振込先口座|証券番号|申請者|備考|毛色|署名",
    "ko": "보호자|성명|주소|연락처|이메일|생년월일|동물 이름|종|품종|성별|마이크로칩 번호|수의사|비상 연락처|날짜|계좌|증권번호|신청인|비고|털색|서명",
    "zh": "主人|姓名|地址|电话|电子邮箱|出生日期|宠物名字|种类|品种|性别|芯片号|兽医|紧急联系人|日期|银行账户|保单号|申请人|备注|毛色|签名",
    "hi": "मालिक|नाम|पता|फ़ोन|ईमेल|जन्म तिथि|पशु का नाम|प्रजाति|नस्ल|लिंग|माइक्रोचिप नं.|पशु चिकित्सक|आपात संपर्क|दिनांक|बैंक खाता|पॉलिसी नं.|आवेदक|टिप्पणी|रंग|हस्ताक्षर",
    "th": "เจ้าของ|ชื่อ-นามสกุล|ที่อยู่|โทรศัพท์|อีเมล|วันเกิด|ชื่อสัตว์|ชนิด|สายพันธุ์|เพศ|หมายเลขไมโครชิป|สัตวแพทย์|ผู้ติดต่อกรณีฉุกเฉิน|วันที่|บัญชีธนาคาร|เลขกรมธรรม์|ผู้สมัคร|หมายเหตุ|สี|ลายมือชื่อ",
    "vi": "Chủ nuôi|Họ và tên|Địa chỉ|Điện thoại|Email|Ngày sinh|Tên con vật|Loài|Giống|Giới tính|Số microchip|Bác sĩ thú y|Người liên hệ khẩn cấp|Ngày|Tài khoản ngân hàng|Số hợp đồng bảo hiểm|Người đăng ký|Ghi chú|Màu lông|Chữ ký",
    "id": "Pemilik|Nama|Alamat|Telepon|Email|Tanggal lahir|Nama hewan|Jenis|Ras|Jenis kelamin|No. microchip|Dokter hewan|Kontak darurat|Tanggal|Rekening bank|No. polis|Pemohon|Catatan|Warna|Tanda tangan",
    "ar": "المالك|الاسم|العنوان|الهاتف|البريد الإلكتروني|تاريخ الميلاد|اسم الحيوان|النوع|السلالة|الجنس|رقم الشريحة|الطبيب البيطري|جهة اتصال للطوارئ|التاريخ|الحساب البنكي (IBAN)|رقم الوثيقة|مقدم الطلب|ملاحظات|اللون|التوقيع",
    "he": "בעלים|שם מלא|כתובת|טלפון|דוא\"ל|תאריך לידה|שם החיה|סוג|גזע|מין|מספר שבב|וטרינר/ית|איש קשר לחירום|תאריך|חשבון בנק (IBAN)|מספר פוליסה|מבקש/ת|הערות|צבע|חתימה",
}
FL = {k: dict(zip(FKEYS, v.split("|"))) for k, v in _FL.items()}
for _k, _v in FL.items():
    assert len(_v) == len(FKEYS), _k


def fl(cc):
    return FL["br" if cc == "BR" else LANG[cc]]


# Requests, by kind: check (a form before sending), summ (explain in plain
# words), table (tidy into a table), reply (draft an answer), fix (a config
# that fails), post (shorten a public post).
_REQ = {
    "en": ["Can you check this before I send it? Is anything missing?", "Could you explain this in plain English? I'm not sure what I'm agreeing to.", "Please turn this into a tidy table I can print for the noticeboard.", "Help me write a short, polite reply to this.", "The sync stopped working last night and the shop shows no stock. What's wrong with this config?", "Can you make this post shorter and punchier so people actually share it?"],
    "de": ["Kannst du das prüfen, bevor ich es abschicke? Fehlt noch was?", "Kannst du mir das in einfachen Worten erklären?", "Mach mir bitte eine saubere Tabelle daraus.", "Hilf mir bitte bei einer kurzen, freundlichen Antwort.", "Seit gestern Abend synchronisiert nichts mehr. Was stimmt an der Konfiguration nicht?", "Kannst du den Post kürzer machen, damit ihn mehr Leute teilen?"],
    "fr": ["Tu peux vérifier avant que je l'envoie ? Il manque quelque chose ?", "Tu peux m'expliquer ça simplement ?", "Mets-moi ça au propre dans un tableau, s'il te plaît.", "Aide-moi à rédiger une réponse courte et polie.", "Depuis hier soir la synchro ne marche plus. Qu'est-ce qui cloche dans cette config ?", "Tu peux raccourcir ce post pour qu'il soit plus partagé ?"],
    "es": ["¿Me lo revisas antes de enviarlo? ¿Falta algo?", "¿Me lo explicas con palabras sencillas?", "Pásamelo a una tabla limpia, por favor.", "Ayúdame a contestar de forma breve y amable.", "Desde anoche no sincroniza nada. ¿Qué falla en esta configuración?", "¿Puedes acortar este post para que lo comparta más gente?"],
    "it": ["Puoi controllarlo prima che lo invii? Manca qualcosa?", "Me lo spieghi in parole semplici?", "Me lo sistemi in una tabella ordinata?", "Aiutami a scrivere una risposta breve e gentile.", "Da ieri sera la sincronizzazione non va. Cosa c'è di sbagliato in questa configurazione?", "Puoi accorciare questo post così lo condividono di più?"],
    "nl": ["Kun je dit nakijken voordat ik het verstuur? Mist er iets?", "Kun je me dit in gewone taal uitleggen?", "Maak hier even een nette tabel van, graag.", "Help me een kort, vriendelijk antwoord te schrijven.", "Sinds gisteravond synchroniseert niets meer. Wat klopt er niet aan deze config?", "Kun je dit bericht korter maken zodat het vaker gedeeld wordt?"],
    "pt": ["Podes verificar antes de eu enviar? Falta alguma coisa?", "Consegues explicar-me isto por palavras simples?", "Passa isto para uma tabela arrumada, por favor.", "Ajuda-me a escrever uma resposta curta e simpática.", "Desde ontem à noite a sincronização falha. O que está mal nesta configuração?", "Consegues encurtar esta publicação para ser mais partilhada?"],
    "br": ["Você confere antes de eu mandar? Tá faltando alguma coisa?", "Me explica isso de um jeito simples?", "Transforma isso numa tabela organizada, por favor.", "Me ajuda a responder de forma curta e educada?", "Desde ontem à noite a sincronização parou. O que tem de errado nessa configuração?", "Dá pra deixar esse post mais curto pra mais gente compartilhar?"],
    "pl": ["Sprawdzisz to, zanim wyślę? Czegoś brakuje?", "Wytłumaczysz mi to prostymi słowami?", "Zrób z tego porządną tabelę, proszę.", "Pomóż mi napisać krótką, uprzejmą odpowiedź.", "Od wczoraj wieczorem nic się nie synchronizuje. Co jest nie tak z tą konfiguracją?", "Możesz skrócić ten post, żeby więcej osób go udostępniło?"],
    "cs": ["Můžeš to zkontrolovat, než to odešlu? Chybí něco?", "Vysvětlíš mi to jednoduše?", "Udělej z toho prosím přehlednou tabulku.", "Pomoz mi napsat krátkou a zdvořilou odpověď.", "Od včerejšího večera se nic nesynchronizuje. Co je v téhle konfiguraci špatně?", "Můžeš ten příspěvek zkrátit, aby ho sdílelo víc lidí?"],
    "sv": ["Kan du kolla igenom det här innan jag skickar? Saknas något?", "Kan du förklara det här på vanlig svenska?", "Gör om det här till en snygg tabell, tack.", "Hjälp mig skriva ett kort och vänligt svar.", "Sedan i går kväll synkar ingenting. Vad är fel i den här konfigurationen?", "Kan du korta inlägget så att fler delar det?"],
    "nb": ["Kan du se over dette før jeg sender det? Mangler noe?", "Kan du forklare dette på enkel norsk?", "Lag en ryddig tabell av dette, takk.", "Hjelp meg å skrive et kort og hyggelig svar.", "Siden i går kveld synkroniserer ingenting. Hva er galt med denne konfigurasjonen?", "Kan du gjøre innlegget kortere så flere deler det?"],
    "fi": ["Voitko tarkistaa tämän ennen kuin lähetän? Puuttuuko jotain?", "Voitko selittää tämän selkokielellä?", "Tee tästä siisti taulukko, kiitos.", "Auta minua kirjoittamaan lyhyt ja kohtelias vastaus.", "Eilisillasta asti synkronointi ei toimi. Mikä tässä konfiguraatiossa on vialla?", "Voitko lyhentää julkaisua, jotta useampi jakaisi sen?"],
    "hu": ["Átnéznéd, mielőtt elküldöm? Hiányzik valami?", "Elmagyaráznád egyszerűen?", "Csinálnál ebből egy rendes táblázatot?", "Segíts egy rövid, udvarias választ írni.", "Tegnap este óta nem szinkronizál semmi. Mi a hiba ebben a konfigurációban?", "Le tudnád rövidíteni a posztot, hogy többen megosszák?"],
    "ro": ["Poți să verifici înainte să-l trimit? Lipsește ceva?", "Îmi explici asta pe înțelesul meu?", "Fă-mi din asta un tabel ordonat, te rog.", "Ajută-mă să scriu un răspuns scurt și politicos.", "De aseară nu se mai sincronizează nimic. Ce e greșit în configurația asta?", "Poți scurta postarea ca s-o distribuie mai mulți?"],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;", "Μου το εξηγείς με απλά λόγια;", "Κάν' το μου έναν καθαρό πίνακα, σε παρακαλώ.", "Βοήθησέ με να γράψω μια σύντομη, ευγενική απάντηση.", "Από χθες το βράδυ δεν συγχρονίζει τίποτα. Τι φταίει σε αυτές τις ρυθμίσεις;", "Μπορείς να κάνεις την ανάρτηση πιο σύντομη για να κοινοποιηθεί περισσότερο;"],
    "tr": ["Göndermeden önce kontrol eder misin? Eksik bir şey var mı?", "Bunu bana basit bir dille açıklar mısın?", "Bunu düzgün bir tabloya çevirir misin?", "Kısa ve kibar bir cevap yazmama yardım et.", "Dün akşamdan beri senkronizasyon çalışmıyor. Bu ayarlarda ne yanlış?", "Bu paylaşımı daha çok kişi paylaşsın diye kısaltır mısın?"],
    "ru": ["Проверь, пожалуйста, перед отправкой. Ничего не забыто?", "Объясни простыми словами, что здесь написано.", "Сделай из этого аккуратную таблицу.", "Помоги написать короткий вежливый ответ.", "Со вчерашнего вечера ничего не синхронизируется. Что не так с конфигом?", "Сократи пост, чтобы его чаще репостили."],
    "uk": ["Перевір, будь ласка, перед відправкою. Чогось бракує?", "Поясни простими словами, що тут написано.", "Зроби з цього охайну таблицю.", "Допоможи написати коротку ввічливу відповідь.", "З учорашнього вечора нічого не синхронізується. Що не так із конфігом?", "Скороти допис, щоб його більше поширювали."],
    "ja": ["送る前に確認してもらえますか？抜けているところはありますか？", "これをわかりやすく説明してください。", "これを見やすい表にまとめてください。", "短くて丁寧な返信を書くのを手伝ってください。", "昨夜から同期が止まっています。この設定のどこがおかしいですか？", "もっと拡散されるように、この投稿を短くしてください。"],
    "ko": ["보내기 전에 확인해 줄래? 빠진 거 있어?", "이거 쉽게 설명해 줘.", "이거 깔끔한 표로 정리해 줘.", "짧고 정중한 답장 쓰는 것 좀 도와줘.", "어젯밤부터 동기화가 안 돼. 이 설정 뭐가 문제야?", "더 많이 공유되게 이 글 좀 짧게 다듬어 줘."],
    "zh": ["发出去之前帮我检查一下，有没有漏填的？", "用简单的话给我解释一下这是什么意思。", "帮我整理成一个清楚的表格。", "帮我写一个简短、客气的回复。", "从昨晚开始同步就失败了，这个配置哪里有问题？", "帮我把这条帖子改短一点，方便大家转发。"],
    "hi": ["भेजने से पहले एक बार चेक कर दो, कुछ छूटा तो नहीं?", "इसे आसान भाषा में समझा दो।", "इसकी एक साफ़ तालिका बना दो।", "एक छोटा और विनम्र जवाब लिखने में मदद करो।", "कल रात से सिंक बंद है। इस कॉन्फ़िग में क्या गड़बड़ है?", "इस पोस्ट को छोटा कर दो ताकि ज़्यादा लोग शेयर करें।"],
    "th": ["ช่วยตรวจก่อนส่งหน่อย ขาดอะไรไหม", "ช่วยอธิบายให้เข้าใจง่าย ๆ หน่อย", "ช่วยจัดเป็นตารางให้อ่านง่ายหน่อย", "ช่วยร่างคำตอบสั้น ๆ สุภาพ ๆ ให้หน่อย", "ตั้งแต่เมื่อคืนซิงก์ไม่ได้เลย การตั้งค่านี้ผิดตรงไหน", "ช่วยย่อโพสต์นี้ให้สั้นลงหน่อย คนจะได้แชร์เยอะ ๆ"],
    "vi": ["Kiểm tra giúp mình trước khi gửi nhé, có thiếu gì không?", "Giải thích giúp mình bằng lời dễ hiểu.", "Chuyển cái này thành bảng gọn gàng giúp mình.", "Giúp mình viết một câu trả lời ngắn gọn, lịch sự.", "Từ tối qua không đồng bộ được nữa. Cấu hình này sai ở đâu?", "Rút gọn bài đăng này giúp mình để nhiều người chia sẻ hơn."],
    "id": ["Tolong dicek dulu sebelum saya kirim, ada yang kurang?", "Tolong jelaskan ini dengan bahasa yang sederhana.", "Tolong rapikan jadi tabel.", "Bantu saya menulis balasan singkat dan sopan.", "Sejak semalam sinkronisasi gagal terus. Konfigurasi ini salahnya di mana?", "Tolong pendekkan postingan ini supaya lebih banyak yang bagikan."],
    "ar": ["ممكن تراجع هذا قبل ما أرسله؟ هل ينقص شيء؟", "اشرح لي هذا بكلمات بسيطة.", "رتّب هذا في جدول واضح من فضلك.", "ساعدني أكتب ردًا قصيرًا ومهذبًا.", "من ليلة أمس والمزامنة متوقفة. ما المشكلة في هذا الإعداد؟", "اختصر هذا المنشور حتى يشاركه ناس أكثر."],
    "he": ["אפשר לבדוק את זה לפני שאני שולח? חסר משהו?", "תסביר לי את זה במילים פשוטות.", "תסדר לי את זה בטבלה מסודרת.", "תעזור לי לכתוב תשובה קצרה ומנומסת.", "מאתמול בלילה הסנכרון לא עובד. מה לא בסדר בהגדרות האלה?", "תקצר לי את הפוסט כדי שיותר אנשים ישתפו."],
}
REQ_KINDS = ["check", "summ", "table", "reply", "fix", "post"]


def req(R, cc, kind, lang=None):
    key = lang or ("br" if cc == "BR" else LANG[cc])
    return _REQ[key][REQ_KINDS.index(kind)]


def wrap(R, request, body):
    """Request line before or after the paste, sometimes quoted or fenced."""
    k = R.randint(0, 5)
    if k == 0:
        return [request + "\n\n", body]
    if k == 1:
        return [body, "\n\n" + request]
    if k == 2:
        return [request + "\n\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [request + "\n---\n", body]
    if k == 4:
        return [body, "\n---\n" + request]
    return [request + "\n\n", body]


def fmt_dob(R, cc, d):
    """A date (birth date or otherwise) as written in country cc."""
    if cc == "US":
        return d.strftime("%m/%d/%Y")
    if cc in ("GB", "IE", "AU", "FR", "ES", "AR", "IT", "PT", "BR", "GR", "VN", "EG"):
        if R.random() < 0.25 and LANG[cc] in MONTHS:
            return "%d %s %d" % (d.day, MONTHS[LANG[cc]][d.month - 1], d.year) if cc not in ("ES", "AR", "PT", "BR") else "%d de %s de %d" % (d.day, MONTHS[LANG[cc]][d.month - 1], d.year)
        return d.strftime("%d/%m/%Y")
    if cc in ("DE", "AT", "PL", "NO", "RO", "TR", "RU", "UA", "IL"):
        if R.random() < 0.2 and cc in ("DE", "AT"):
            return "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year)
        return d.strftime("%d.%m.%Y")
    if cc in ("NL", "IN", "ID"):
        return d.strftime("%d-%m-%Y")
    if cc == "CZ":
        return "%d. %d. %d" % (d.day, d.month, d.year)
    if cc == "FI":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if cc == "SE":
        return d.strftime("%Y-%m-%d")
    if cc == "HU":
        return d.strftime("%Y. %m. %d.")
    if cc in ("JP", "CN"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if cc == "KR":
        return R.choice(["%d년 %d월 %d일" % (d.year, d.month, d.day), d.strftime("%Y.%m.%d")])
    if cc == "TH":
        return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    raise KeyError(cc)


def DOB(R, p):
    return L("dob", fmt_dob(R, p.cc, p.dob))


def gov_id(R, p):
    """The person's national or personal tax id for forms that ask for it:
    (field label, L) or None where the country's forms carry none here."""
    cc, d, fe = p.cc, p.dob, p.female
    if cc == "US":
        a, g, s = ssn_random(R)
        return "SSN", L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        a, b, c = nino_random(R)
        return "National Insurance no.", L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c) if R.random() < 0.5 else a + b + c, sub="nino")
    if cc == "IE":
        return "PPSN", L("gov_id", ppsn_make(R), sub="ppsn")
    if cc == "AU":
        t = tfn_make(R)
        return "TFN", L("gov_id", "%s %s %s" % (t[:3], t[3:6], t[6:]), sub="tfn")
    if cc == "IN":
        a = aadhaar_random(R)
        return "आधार संख्या", L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="aadhaar")
    if cc == "DE":
        s = steuerid_random(R)
        return "Steuer-ID", L("gov_id", R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), sub="steuer_id")
    if cc == "AT":
        return "SV-Nummer", L("gov_id", at_svnr_make(R, d), sub="at_svnr")
    if cc == "FR":
        body, key = nir_random(R, sex="2" if fe else "1", yy=d.year % 100, mm=d.month)
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return "N° de sécurité sociale", L("gov_id", v, sub="nir")
    if cc == "NL":
        return "BSN", L("gov_id", bsn_random(R), sub="bsn")
    if cc == "ES":
        if R.random() < 0.8:
            n, c = dni_random(R)
            return "DNI", L("gov_id", n + c, sub="dni")
        pfx, n, c = nie_random(R)
        return "NIE", L("gov_id", pfx + n + c, sub="nie")
    if cc == "AR":
        return "CUIL", L("gov_id", cuil_make(R, fe), sub="cuil")
    if cc == "IT":
        sur = p.family.split()[-1]
        return "Codice fiscale", L("gov_id", cf_make(sur, p.given, d.year % 100, d.month, d.day, fe, R.choice(["E897", "D150", "A465", "D643", "E202", "D205"])), sub="codice_fiscale")
    if cc == "PT":
        return "NIF", L("gov_id", pt_nif_make(R), sub="pt_nif")
    if cc == "BR":
        c = cpf_random(R)
        return "CPF", L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="cpf")
    if cc == "PL":
        return "PESEL", L("gov_id", pesel_make(R, d, fe), sub="pesel")
    if cc == "CZ":
        return "Rodné číslo", L("gov_id", rc_make(R, d, fe), sub="rodne_cislo")
    if cc == "SE":
        v = se_pnr_make(R, d, fe)
        return "Personnummer", L("gov_id", R.choice([v[:6] + "-" + v[6:], str(d.year)[:2] + v[:6] + "-" + v[6:]]), sub="se_pnr")
    if cc == "NO":
        v = no_fnr_make(R, d, fe)
        return "Fødselsnummer", L("gov_id", R.choice([v, v[:6] + " " + v[6:]]), sub="no_fnr")
    if cc == "FI":
        return "Henkilötunnus", L("gov_id", hetu_make(R, d, fe), sub="hetu")
    if cc == "HU":
        return "Adóazonosító jel", L("gov_id", hu_adoaz_make(R, d), sub="hu_adoazonosito")
    if cc == "RO":
        return "CNP", L("gov_id", ro_cnp_make(R, d, fe), sub="cnp")
    if cc == "GR":
        return "ΑΦΜ", L("gov_id", afm_make(R), sub="afm")
    if cc == "TR":
        return "T.C. Kimlik No", L("gov_id", tckn_make(R), sub="tckn")
    if cc == "RU":
        return "СНИЛС", L("gov_id", snils_make(R), sub="snils")
    if cc == "UA":
        return "РНОКПП", L("gov_id", ua_rnokpp_make(R, d, fe), sub="rnokpp")
    if cc == "JP":
        v = mynumber_make(R)
        return "個人番号", L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="my_number")
    if cc == "KR":
        return "주민등록번호", L("gov_id", kr_rrn_make(R, d, fe), sub="rrn")
    if cc == "CN":
        return "身份证号", L("gov_id", cn_rid_make(R, R.choice(["370783", "230184", "411622", "530802"]), d, fe), sub="cn_rid")
    if cc == "TH":
        return "เลขประจำตัวประชาชน", L("gov_id", th_id_make(R), sub="th_id")
    if cc == "VN":
        return "Số CCCD", L("gov_id", vn_cccd_make(R, d, fe), sub="vn_cccd")
    if cc == "ID":
        return "NIK", L("gov_id", id_nik_make(R, R.choice(["320501", "330801", "357901", "350725"]), d, fe), sub="id_nik")
    if cc == "EG":
        return "الرقم القومي", L("gov_id", eg_nid_make(R, d, fe), sub="eg_nid")
    if cc == "IL":
        return "מספר זהות", L("gov_id", il_tz_make(R), sub="il_tz")
    raise KeyError(cc)


PASSPORT_FMT = {"RO": lambda R: "%08d" % R.randint(5000000, 59999999), "PL": lambda R: "E" + R.choice("ABCDEFGHJKLMNPRS") + "%07d" % R.randint(0, 9999999),
                "UA": lambda R: "F" + R.choice("ABCEHKMOPT") + "%06d" % R.randint(0, 999999), "TH": lambda R: R.choice(["AA", "AB", "AC"]) + "%07d" % R.randint(0, 9999999),
                "VN": lambda R: R.choice("CNP") + "%08d" % R.randint(0, 99999999), "ID": lambda R: R.choice(["X", "E", "C"]) + "%07d" % R.randint(0, 9999999),
                "TR": lambda R: "U" + "%08d" % R.randint(0, 99999999), "HU": lambda R: R.choice(["BK", "BL", "BN"]) + "%07d" % R.randint(0, 9999999),
                "PT": lambda R: R.choice("CPR") + "%06d" % R.randint(0, 999999), "IN": lambda R: R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(0, 9999999),
                "GR": lambda R: R.choice(["AK", "AN", "AP"]) + "%07d" % R.randint(0, 9999999), "CZ": lambda R: "%08d" % R.randint(40000000, 49999999)}


def passport(R, cc):
    return L("gov_id", PASSPORT_FMT[cc](R), sub="passport")


# ====================================================================== animals and organisations
# Animals' names (several are also human given names: Max, Bella, Charlie,
# Oscar...) are look-alikes; none is a word of this part's name lists.
PETNAMES = {
    "en": ["Max", "Bella", "Charlie", "Oscar", "Molly", "Rosie", "Biscuit", "Pickle", "Bramble", "Tilly", "Murphy", "Poppy"],
    "de": ["Bello", "Luna", "Max", "Balu", "Fienchen", "Knöpfchen", "Frieda", "Krümel", "Wuschel", "Lotti"],
    "fr": ["Filou", "Caramel", "Vanille", "Rocky", "Praline", "Moustache", "Noisette", "Oscar"],
    "es": ["Canela", "Kiko", "Lola", "Toby", "Nala", "Rufo", "Chispa", "Trufa"],
    "it": ["Briciola", "Pallino", "Birba", "Fido", "Bella", "Ciccio", "Nuvola", "Zeus"],
    "nl": ["Guus", "Bobbie", "Pluis", "Dribbel", "Dikkie", "Kees", "Moos", "Sjakie"],
    "pt": ["Pantufa", "Farrusco", "Bolinha", "Tareco", "Pipoca", "Xica", "Faísca"],
    "pl": ["Burek", "Azor", "Reksio", "Mruczek", "Pusia", "Kluska", "Fafik"],
    "cs": ["Alík", "Punťa", "Micka", "Rex", "Bety", "Čiko", "Ferda"],
    "sv": ["Ludde", "Bamse", "Smilla", "Tussan", "Molly", "Kaxe"],
    "nb": ["Bamse", "Pelle", "Trofast", "Luna", "Rufus", "Tassen"],
    "fi": ["Musti", "Rekku", "Nuppu", "Peppi", "Hurtta", "Vili"],
    "hu": ["Bodri", "Cirmi", "Morzsa", "Bundás", "Picur", "Frakk"],
    "ro": ["Azorel", "Grivei", "Pufi", "Tărcuș", "Miți", "Lăbuș"],
    "el": ["Ρεξ", "Λούκι", "Μπόμπος", "Ζουζού", "Ασπρούλα", "Σνούπι"],
    "tr": ["Fındık", "Karabaş", "Boncuk", "Tarçın", "Zeytin", "Duman"],
    "ru": ["Барсик", "Жучка", "Мурка", "Шарик", "Тузик", "Пушок"],
    "uk": ["Рудик", "Бублик", "Сірко", "Мурчик", "Ласка", "Бровко"],
    "ja": ["ポチ", "ハナ", "モモ", "ソラ", "コタロウ", "きなこ"],
    "ko": ["초코", "콩이", "보리", "뭉치", "두부", "호두"],
    "zh": ["旺财", "豆豆", "咪咪", "球球", "元宝", "可乐"],
    "hi": ["शेरू", "मोती", "टाइगर", "भूरा", "कालू"],
    "th": ["ข้าวปั้น", "ทองคำ", "เจ้าดำ", "มะม่วง", "ส้มโอ"],
    "vi": ["Mực", "Vàng", "Lu", "Bông", "Mướp", "Miu"],
    "id": ["Belang", "Mochi", "Kopi", "Oyen", "Blacky", "Cemong"],
    "ar": ["لوسي", "ميشو", "بوبي", "سكر", "ريكس"],
    "he": ["שוקו", "לוקה", "בוני", "קקאו", "פיצי"],
}
HORSES = ["Silver Tempest", "Donnerhall's Echo", "Brambleberry Jack", "Kestrelwood Dancer", "Fjordblick", "Haselnuss", "Tinkerbell", "Rubinstern", "Ferro", "Orion du Bocage", "Ulla Vom Moor", "Galopin", "Quibus", "Nandor", "Sámson", "Zafira"]
SPECIES = {
    "en": ("dog", "cat", "horse"), "de": ("Hund", "Katze", "Pferd"), "fr": ("chien", "chat", "cheval"), "es": ("perro", "gato", "caballo"),
    "it": ("cane", "gatto", "cavallo"), "nl": ("hond", "kat", "paard"), "pt": ("cão", "gato", "cavalo"), "br": ("cachorro", "gato", "cavalo"),
    "pl": ("pies", "kot", "koń"), "cs": ("pes", "kočka", "kůň"), "sv": ("hund", "katt", "häst"), "nb": ("hund", "katt", "hest"),
    "fi": ("koira", "kissa", "hevonen"), "hu": ("kutya", "macska", "ló"), "ro": ("câine", "pisică", "cal"), "el": ("σκύλος", "γάτα", "άλογο"),
    "tr": ("köpek", "kedi", "at"), "ru": ("собака", "кошка", "лошадь"), "uk": ("собака", "кішка", "кінь"), "ja": ("犬", "猫", "馬"),
    "ko": ("개", "고양이", "말"), "zh": ("犬", "猫", "马"), "hi": ("कुत्ता", "बिल्ली", "घोड़ा"), "th": ("สุนัข", "แมว", "ม้า"),
    "vi": ("chó", "mèo", "ngựa"), "id": ("anjing", "kucing", "kuda"), "ar": ("كلب", "قطة", "حصان"), "he": ("כלב", "חתול", "סוס"),
}
DOG_BREEDS = ["Labrador Retriever", "Border Collie", "Jack Russell Terrier", "Cocker Spaniel", "Dachshund", "Beagle", "Golden Retriever", "German Shepherd", "Australian Shepherd", "Whippet", "Cavalier King Charles Spaniel", "Weimaraner", "Springer Spaniel", "Shetland Sheepdog"]
CAT_BREEDS = ["Maine Coon", "British Shorthair", "Norwegian Forest Cat", "Ragdoll", "European Shorthair", "Siamese", "Bengal"]
LOCAL_BREEDS = {"ja": ["柴犬", "秋田犬", "雑種"], "ko": ["진돗개", "풍산개", "믹스견"], "zh": ["中华田园犬", "柯基", "狸花猫"], "hi": ["देसी", "लैब्राडोर"], "th": ["ไทยหลังอาน", "บางแก้ว"], "tr": ["Kangal", "Akbaş"], "ru": ["дворняга", "лайка"], "uk": ["метис"]}

CHIP_CC = {"US": "840", "GB": "826", "IE": "372", "AU": "036", "IN": "356", "DE": "276", "AT": "040", "FR": "250", "NL": "528",
           "ES": "724", "AR": "032", "IT": "380", "PT": "620", "BR": "076", "PL": "616", "CZ": "203", "SE": "752", "NO": "578",
           "FI": "246", "HU": "348", "RO": "642", "GR": "300", "TR": "792", "RU": "643", "UA": "804", "JP": "392", "KR": "410",
           "CN": "156", "TH": "764", "VN": "704", "ID": "360", "EG": "818", "IL": "376"}


def chip(R, cc):
    """ISO 11784 15-digit transponder code (country or manufacturer code);
    drawn Luhn-invalid so it never passes as a card."""
    while True:
        pre = CHIP_CC[cc] if R.random() < 0.5 else R.choice(["900", "941", "956", "968", "977", "981", "985"])
        s = pre + "".join(R.choice(string.digits) for _ in range(12))
        if not luhn_ok(s):
            return s if R.random() < 0.8 else " ".join(s[i:i + 3] for i in range(0, 15, 3))


class Pet:
    def __init__(self, R, cc, kind=None):
        lg = "br" if cc == "BR" else LANG[cc]
        self.kind = kind if kind is not None else (0 if R.random() < 0.65 else 1)
        self.name = R.choice(PETNAMES["pt" if lg == "br" else lg] if kind != 2 else HORSES)
        self.species = SPECIES[lg][self.kind]
        if self.kind == 2:
            self.breed = R.choice(["Hanoverian", "Connemara", "Haflinger", "Fjord", "Welsh Cob", "Selle Français", "KWPN", "Lusitano", "Shetland Pony"])
        elif lg in LOCAL_BREEDS and R.random() < 0.5:
            self.breed = R.choice(LOCAL_BREEDS[lg])
        else:
            self.breed = R.choice(DOG_BREEDS if self.kind == 0 else CAT_BREEDS)
        self.born = rand_date(R, 2010 if self.kind == 2 else 2012, 2024)
        self.chip = chip(R, cc)
        self.male = R.random() < 0.5


def sex_word(lg, male):
    d = {"en": ("male", "female"), "de": ("männlich", "weiblich"), "fr": ("mâle", "femelle"), "es": ("macho", "hembra"),
         "it": ("maschio", "femmina"), "nl": ("reu", "teef"), "pt": ("macho", "fêmea"), "br": ("macho", "fêmea"),
         "pl": ("samiec", "samica"), "cs": ("samec", "samice"), "sv": ("hane", "hona"), "nb": ("hann", "hunn"),
         "fi": ("uros", "naaras"), "hu": ("kan", "szuka"), "ro": ("mascul", "femelă"), "el": ("αρσενικό", "θηλυκό"),
         "tr": ("erkek", "dişi"), "ru": ("кобель", "сука"), "uk": ("самець", "самиця"), "ja": ("オス", "メス"),
         "ko": ("수컷", "암컷"), "zh": ("公", "母"), "hi": ("नर", "मादा"), "th": ("ผู้", "เมีย"), "vi": ("đực", "cái"),
         "id": ("jantan", "betina"), "ar": ("ذكر", "أنثى"), "he": ("זכר", "נקבה")}
    return d[lg][0 if male else 1]


CLINICS = {
    "US": ["Prairie Gate Animal Hospital", "Cottonwood Creek Veterinary Clinic"], "GB": ["Fernbrook Vets", "Harebell Veterinary Group"],
    "IE": ["Slaney Bridge Veterinary", "Mulcair Valley Vets"], "AU": ["Saltbush Vet Clinic", "Red Gum Veterinary Hospital"],
    "IN": ["किसान पशु चिकित्सालय", "हरियाली पशु क्लिनिक"], "DE": ["Tierarztpraxis am Deichtor", "Kleintierpraxis Geestblick"],
    "AT": ["Tierklinik Almblick", "Tierarztpraxis Lindenhof"], "FR": ["Clinique vétérinaire des Trois Rivières", "Cabinet vétérinaire du Bocage"],
    "NL": ["Dierenkliniek De Hooiberg", "Dierenartsenpraktijk Het Veenland"], "ES": ["Clínica Veterinaria El Encinar", "Centro Veterinario La Dehesa"],
    "AR": ["Veterinaria El Ñandú", "Clínica Veterinaria Pampa Sur"], "IT": ["Ambulatorio Veterinario Il Frassino", "Clinica Veterinaria Le Risaie"],
    "PT": ["Clínica Veterinária do Montado", "Hospital Veterinário Vale do Sorraia"], "BR": ["Clínica Veterinária Quero-Quero", "Hospital Veterinário Cerrado Vivo"],
    "PL": ["Przychodnia Weterynaryjna Pod Lipami", "Gabinet Weterynaryjny Bocian"], "CZ": ["Veterinární ordinace U Tří Lip", "Veterinární klinika Vysočina Vet"],
    "SE": ["Djurkliniken Vallmon", "Djursjukhuset Klövern"], "NO": ["Dyreklinikken Lyngheia", "Fjordvet Dyrlegesenter"],
    "FI": ["Eläinlääkäriasema Kanerva", "Eläinklinikka Ruiskukka"], "HU": ["Pipacs Állatorvosi Rendelő", "Tiszamenti Állatklinika"],
    "RO": ["Cabinet Veterinar Floarea Soarelui", "Clinica Veterinară Măceș"], "GR": ["Κτηνιατρείο Ελιά", "Κτηνιατρική Κλινική Θεσσαλικός Κάμπος"],
    "TR": ["Papatya Veteriner Kliniği", "Ova Hayvan Hastanesi"], "RU": ["Ветклиника «Подсолнух»", "Ветеринарный центр «Степь»"],
    "UA": ["Ветеринарна клініка «Калина»", "Ветцентр «Лелека»"], "JP": ["みどり野動物病院", "ひまわり獣医科"],
    "KR": ["들꽃동물병원", "초원동물메디컬센터"], "CN": ["绿野宠物医院", "牧田动物诊所"], "TH": ["โรงพยาบาลสัตว์ทุ่งทอง", "คลินิกรักษาสัตว์บ้านสวน"],
    "VN": ["Phòng khám thú y Đồng Xanh", "Bệnh viện thú y Cánh Đồng"], "ID": ["Klinik Hewan Padi Emas", "Praktik Dokter Hewan Sawah Hijau"],
    "EG": ["عيادة النخيل البيطرية", "مستشفى الريف البيطري"], "IL": ["מרפאה וטרינרית השדה", "בית החולים לחיות עמק"],
}
DOMAINS = {"US": "prairiegate-vet.example", "GB": "fernbrookvets.example", "IE": "slaneybridgevet.example", "AU": "saltbushvet.example",
           "DE": "praxis-deichtor.example", "AT": "almblick-tierklinik.example", "FR": "vet-troisrivieres.example", "NL": "dehooiberg.example",
           "ES": "vetelencinar.example", "IT": "vetilfrassino.example", "PT": "vetmontado.example", "BR": "queroquerovet.example",
           "PL": "podlipami-vet.example", "CZ": "utrilip-vet.example", "SE": "djurklinikenvallmon.example", "NO": "lyngheia-dyreklinikk.example",
           "FI": "elainlaakari-kanerva.example", "HU": "pipacsvet.example", "RO": "vetfloareasoarelui.example", "GR": "ktiniatreio-elia.example",
           "TR": "papatyavet.example", "RU": "podsolnukh-vet.example", "UA": "kalyna-vet.example", "JP": "midorino-ah.example",
           "KR": "deulkkot-vet.example", "CN": "lvye-pet.example", "TH": "thungthong-vet.example", "VN": "dongxanh-vet.example",
           "ID": "padiemas-vet.example", "EG": "nakheel-vet.example", "IL": "hasade-vet.example", "IN": "kisan-pashu.example", "AR": "elnandu-vet.example"}
ROLE = ["info", "reception", "empfang", "accueil", "recepcion", "segreteria", "balie", "recepcao", "rejestracja", "ordinace", "reception", "post", "toimisto", "rendelo", "contact", "info", "info", "info"]


def role_mail(R, cc, kind="info"):
    return kind + "@" + DOMAINS[cc]


def clinic_lic(R, cc):
    return {"GB": "RCVS practice no. %d" % R.randint(10000, 99999), "IE": "VCI reg. %d" % R.randint(1000, 9999),
            "US": "State license VC-%d" % R.randint(1000, 9999), "AU": "VSB reg. %d" % R.randint(1000, 9999),
            "DE": "Praxis-Nr. %d-%03d" % (R.randint(100, 999), R.randint(1, 999)), "AT": "TÄK-Nr. %d" % R.randint(1000, 9999),
            "FR": "N° d'inscription ordinal %d" % R.randint(10000, 99999), "NL": "KNMvD-lid %d" % R.randint(1000, 9999),
            "ES": "N.º Colegiado %s-%d" % (R.choice(["CC", "CR", "MU", "BA"]), R.randint(100, 2999)), "IT": "Iscr. Albo n. %d" % R.randint(100, 3999),
            "PT": "Cédula OMV n.º %d" % R.randint(1000, 9999), "BR": "CRMV-%s %d" % (R.choice(["SC", "GO", "MT", "RS"]), R.randint(1000, 19999)),
            "PL": "Nr wpisu %s/%d" % (R.choice(["07", "14", "10"]), R.randint(100, 999)), "CZ": "KVL ČR č. %d" % R.randint(1000, 9999),
            "SE": "Leg. nr %d" % R.randint(1000, 9999), "NO": "Aut.nr %d" % R.randint(1000, 9999), "FI": "Rek. %d" % R.randint(1000, 9999),
            "HU": "MÁOK szám %d" % R.randint(1000, 9999), "RO": "CMV %s %d" % (R.choice(["BN", "VN", "IL"]), R.randint(100, 999)),
            "GR": "Αρ. άδειας %d/%d" % (R.randint(10, 999), R.randint(2005, 2023)), "TR": "Ruhsat No: %d" % R.randint(100, 999),
            "RU": "Лицензия № %d" % R.randint(100000, 999999), "UA": "Ліцензія № %d" % R.randint(1000, 9999),
            "JP": "診療施設開設届 第%d号" % R.randint(100, 999), "KR": "동물병원 개설신고 제%d호" % R.randint(100, 999),
            "CN": "动物诊疗许可证 (%d)第%03d号" % (R.randint(2019, 2024), R.randint(1, 999)), "TH": "ใบอนุญาตเลขที่ %d/%d" % (R.randint(10, 99), R.randint(2560, 2567)),
            "VN": "Giấy phép số %d/GP" % R.randint(10, 999), "ID": "SIP No. %d/DKH/%d" % (R.randint(10, 999), R.randint(2019, 2024)),
            "EG": "ترخيص رقم %d" % R.randint(100, 9999), "IL": "רישיון מס' %d" % R.randint(100, 9999),
            "IN": "पंजीकरण सं. %d" % R.randint(1000, 9999), "AR": "Mat. Prof. %d" % R.randint(1000, 9999)}[cc]


VET_TITLE = {"en": "", "de": "Dr. med. vet. ", "fr": "Dr ", "es": "", "it": "Dott. ", "nl": "", "pt": "Dr. ", "br": "Dr(a). ", "pl": "lek. wet. ",
             "cs": "MVDr. ", "sv": "leg. vet. ", "nb": "", "fi": "ELL ", "hu": "dr. ", "ro": "Dr. ", "el": "", "tr": "Vet. Hek. ",
             "ru": "", "uk": "", "ja": "", "ko": "", "zh": "", "hi": "डॉ. ", "th": "", "vi": "BS. ", "id": "drh. ", "ar": "د. ", "he": "ד\"ר "}


def vet_name(R, p):
    lg = "br" if p.cc == "BR" else LANG[p.cc]
    t = VET_TITLE[lg]
    if p.cc == "TH":
        t = "สพ.ญ. " if p.female else "น.สพ. "
    return t


NOTE = {
    "en": "Annual booster given; mild dental tartar, re-check in 6 months.",
    "de": "Jährliche Auffrischimpfung; leichter Zahnstein, Kontrolle in 6 Monaten.",
    "fr": "Rappel annuel fait ; léger tartre, contrôle dans 6 mois.",
    "es": "Refuerzo anual puesto; sarro leve, revisión en 6 meses.",
    "it": "Richiamo annuale eseguito; lieve tartaro, controllo tra 6 mesi.",
    "nl": "Jaarlijkse vaccinatie gegeven; licht tandsteen, controle over 6 maanden.",
    "pt": "Reforço anual feito; tártaro ligeiro, revisão dentro de 6 meses.",
    "br": "Reforço anual aplicado; tártaro leve, retorno em 6 meses.",
    "pl": "Coroczne szczepienie przypominające; lekki kamień nazębny, kontrola za 6 miesięcy.",
    "cs": "Každoroční přeočkování; mírný zubní kámen, kontrola za 6 měsíců.",
    "sv": "Årlig påfyllnadsdos given; lätt tandsten, återbesök om 6 månader.",
    "nb": "Årlig oppfriskningsvaksine gitt; litt tannstein, kontroll om 6 måneder.",
    "fi": "Vuosittainen tehosterokotus annettu; lievästi hammaskiveä, kontrolli 6 kk:n päästä.",
    "hu": "Éves emlékeztető oltás beadva; enyhe fogkő, kontroll 6 hónap múlva.",
    "ro": "Rapel anual efectuat; tartru ușor, control peste 6 luni.",
    "el": "Έγινε η ετήσια αναμνηστική δόση· ελαφριά πέτρα, επανέλεγχος σε 6 μήνες.",
    "tr": "Yıllık rapel aşı yapıldı; hafif diş taşı, 6 ay sonra kontrol.",
    "ru": "Ежегодная ревакцинация проведена; небольшой зубной камень, контроль через 6 месяцев.",
    "uk": "Щорічну ревакцинацію проведено; невеликий зубний камінь, контроль через 6 місяців.",
    "ja": "年1回の追加接種済み。軽度の歯石あり、6か月後に再診。",
    "ko": "연 1회 추가 접종 완료. 치석 약간, 6개월 후 재진.",
    "zh": "已完成年度加强免疫；轻度牙结石，6个月后复查。",
    "hi": "वार्षिक बूस्टर टीका लगा; हल्का टार्टर, 6 महीने बाद जाँच।",
    "th": "ฉีดวัคซีนกระตุ้นประจำปีแล้ว หินปูนเล็กน้อย นัดตรวจอีก 6 เดือน",
    "vi": "Đã tiêm nhắc lại hằng năm; cao răng nhẹ, tái khám sau 6 tháng.",
    "id": "Vaksin ulangan tahunan sudah diberikan; karang gigi ringan, kontrol 6 bulan lagi.",
    "ar": "تم إعطاء الجرعة المنشطة السنوية؛ جير خفيف على الأسنان، مراجعة بعد 6 أشهر.",
    "he": "ניתן חיסון דחף שנתי; אבנית קלה, ביקורת בעוד 6 חודשים.",
}


def lgof(cc):
    return "br" if cc == "BR" else LANG[cc]


def rlang(cc):
    return LANG[cc]


# ====================================================================== templates
ALL = ["US", "GB", "IE", "AU", "IN", "DE", "AT", "FR", "NL", "ES", "AR", "IT", "PT", "BR", "PL", "CZ", "SE", "NO",
       "FI", "HU", "RO", "GR", "TR", "RU", "UA", "JP", "KR", "CN", "TH", "VN", "ID", "EG", "IL"]
TEMPLATES = []


def tpl(name, count, locales, clean=False):
    def deco(fn):
        TEMPLATES.append((name, count, locales, fn, clean))
        return fn
    return deco


def fill(s, **kw):
    """Splits a sentence frame at {KEY} and puts the values (str, L, N or
    lists) in their places."""
    out = []
    for piece in re.split(r"(\{[A-Z_0-9]+\})", s):
        if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in kw:
            out.append(kw[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


def X(table, cc, default="en"):
    """Per-language phrase list ("a|b|c" strings) for cc, English fallback."""
    lg = lgof(cc)
    v = table.get(lg) or table.get(LANG[cc]) or table[default]
    return v.split("|")


def PN(p):
    return L("person", p.full)


def GIV(p):
    return L("person", p.given)


def work_mail(R, p, cc, domain=None):
    g = re.sub(r"[^a-z]", "", p.rgiven.lower().split()[-1] if p.cc == "VN" else p.rgiven.lower().split()[0])
    f = re.sub(r"[^a-z]", "", p.rfamily.lower().split()[0])
    local = R.choice([g + "." + f, g[0] + "." + f, g[0] + f, f])
    return L("email", local + "@" + (domain or DOMAINS[cc].replace(".example", WORK_TLD.get(cc, ".com"))), sub="work")


WORK_TLD = {"GB": ".co.uk", "IE": ".ie", "US": ".com", "AU": ".com.au", "DE": ".de", "AT": ".at", "FR": ".fr", "NL": ".nl", "ES": ".es", "IT": ".it",
            "PT": ".pt", "PL": ".pl", "SE": ".se", "CZ": ".cz", "JP": ".jp", "NO": ".no", "FI": ".fi"}


def card_label(R, issuer=None):
    iss = issuer or R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro", "mastercard2", "discover"])
    n = card_random(R, iss)
    if iss == "amex":
        v = "%s %s %s" % (n[:4], n[4:10], n[10:])
    elif R.random() < 0.2:
        v = n
    else:
        v = " ".join(split_groups(n, card_grouping(len(n))))
    return L("card", v, sub=iss.rstrip("2") if iss != "visa13" else "visa")


def expiry(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")


def when(R, y0=2025, y1=2026):
    return rand_date(R, y0, y1)


# ---------------------------------------------------------------- T1 vet clinic record
@tpl("vet_record", 30, ALL)
def t_vet_record(R, cc):
    F, lg = fl(cc), lgof(cc)
    used = set()
    o = make_person(R, cc, used=used)
    v = make_person(R, cc, used=used)
    pet = Pet(R, cc)
    body = [N(R.choice(CLINICS[cc]), "clinic"), " · ", N(org_addr(R, cc), "org_address"), " · ", N(org_phone(R, cc), "org_phone"), "\n",
            N(clinic_lic(R, cc), "clinic_licence"), "\n\n",
            F["owner"], ": ", PN(o), "\n", F["address"], ": ", A(R, cc) if R.random() < 0.85 else "—", "\n", F["phone"], ": ", P(R, cc), "\n"]
    if R.random() < 0.55:
        body += [F["email"], ": ", E(R, o), "\n"]
    if R.random() < 0.25:
        e = make_person(R, cc, used=used)
        body += [F["emergency"], ": ", PN(e), ", ", P(R, cc), "\n"]
    body += ["\n", F["animal"], ": ", N(pet.name, "pet_name"), "\n", F["species"], " / ", F["breed"], ": ", pet.species, ", ", pet.breed,
             ", ", sex_word(lg, pet.male), "\n", F["dob"], ": ", N(fmt_dob(R, cc, pet.born), "animal_dob"), "\n",
             F["chip"], ": ", N(pet.chip, "microchip"), "\n", F["notes"], ": ", NOTE[lg], "\n", F["vet"], ": ", vet_name(R, v), PN(v)]
    return "record", LANG[cc], wrap(R, req(R, cc, R.choice(["summ", "reply", "table"])), body)


# ---------------------------------------------------------------- T2 referral letter
REFER = {
    "en": "{CENTRE}\nReferrals desk\n\n{DATE}\n\nDear Colleague,\n\nRe: {PET} ({BREED}, {SEX}), chip {CHIP}\nOwner: {OWNER}, {ADDR}; tel. {PHONE}\n\nThank you for seeing {PET}, who has had an intermittent hind-limb lameness for three weeks despite NSAIDs. Radiographs are enclosed. {OWNER2} is happy to be contacted directly, preferably in the mornings.\n\nKind regards,\n\n{VET}\n{CLINIC}\nDirect e-mail: {VETMAIL}",
    "de": "{CENTRE}\nÜberweisungsmanagement\n\n{DATE}\n\nLiebe Kolleginnen und Kollegen,\n\nbetr.: {PET} ({BREED}, {SEX}), Chip {CHIP}\nBesitzer/in: {OWNER}, {ADDR}, Tel. {PHONE}\n\nich überweise {PET} zur Abklärung einer seit drei Wochen bestehenden intermittierenden Lahmheit hinten trotz NSAID-Gabe. Röntgenbilder liegen bei. {OWNER2} ist vormittags am besten erreichbar.\n\nMit kollegialen Grüßen\n\n{VET}\n{CLINIC}\nDirekt: {VETMAIL}",
    "fr": "{CENTRE}\nService référés\n\n{DATE}\n\nChère consœur, cher confrère,\n\nObjet : {PET} ({BREED}, {SEX}), transpondeur {CHIP}\nPropriétaire : {OWNER}, {ADDR}, tél. {PHONE}\n\nJe vous adresse {PET} pour une boiterie intermittente du postérieur depuis trois semaines malgré les AINS. Radios jointes. {OWNER2} est joignable plutôt le matin.\n\nBien confraternellement,\n\n{VET}\n{CLINIC}\nE-mail direct : {VETMAIL}",
    "nl": "{CENTRE}\nVerwijzingen\n\n{DATE}\n\nBeste collega,\n\nBetreft: {PET} ({BREED}, {SEX}), chip {CHIP}\nEigenaar: {OWNER}, {ADDR}, tel. {PHONE}\n\nGraag verwijs ik {PET} naar u voor intermitterende kreupelheid achter, al drie weken ondanks NSAID's. Röntgenfoto's zijn bijgevoegd. {OWNER2} is 's ochtends het best bereikbaar.\n\nMet collegiale groet,\n\n{VET}\n{CLINIC}\nDirect: {VETMAIL}",
    "es": "{CENTRE}\nDerivaciones\n\n{DATE}\n\nEstimado/a colega:\n\nAsunto: {PET} ({BREED}, {SEX}), microchip {CHIP}\nPropietario/a: {OWNER}, {ADDR}, tel. {PHONE}\n\nTe remito a {PET} por una cojera intermitente de la extremidad posterior de tres semanas de evolución pese a los AINE. Adjunto radiografías. {OWNER2} prefiere que le llaméis por la mañana.\n\nUn saludo,\n\n{VET}\n{CLINIC}\nCorreo directo: {VETMAIL}",
    "it": "{CENTRE}\nUfficio referenze\n\n{DATE}\n\nGentile collega,\n\nOggetto: {PET} ({BREED}, {SEX}), microchip {CHIP}\nProprietario: {OWNER}, {ADDR}, tel. {PHONE}\n\nTi invio {PET} per una zoppia intermittente del posteriore da tre settimane nonostante i FANS. Allego le radiografie. {OWNER2} è reperibile soprattutto al mattino.\n\nCordiali saluti,\n\n{VET}\n{CLINIC}\nE-mail diretta: {VETMAIL}",
    "pt": "{CENTRE}\nReferenciação\n\n{DATE}\n\nCaro/a colega,\n\nAssunto: {PET} ({BREED}, {SEX}), microchip {CHIP}\nDetentor: {OWNER}, {ADDR}, tel. {PHONE}\n\nReferencio o {PET} por claudicação intermitente do membro posterior há três semanas, apesar dos AINE. Seguem as radiografias. {OWNER2} prefere ser contactado/a de manhã.\n\nCom os melhores cumprimentos,\n\n{VET}\n{CLINIC}\nE-mail direto: {VETMAIL}",
    "pl": "{CENTRE}\nSkierowania\n\n{DATE}\n\nSzanowni Państwo,\n\ndotyczy: {PET} ({BREED}, {SEX}), chip {CHIP}\nWłaściciel: {OWNER}, {ADDR}, tel. {PHONE}\n\nkieruję {PET} z powodu okresowej kulawizny kończyny miednicznej od trzech tygodni mimo NLPZ. Zdjęcia RTG w załączeniu. {OWNER2} jest najłatwiej osiągalny/a rano.\n\nZ wyrazami szacunku\n\n{VET}\n{CLINIC}\nE-mail bezpośredni: {VETMAIL}",
    "sv": "{CENTRE}\nRemisser\n\n{DATE}\n\nHej kollega,\n\nAng.: {PET} ({BREED}, {SEX}), chip {CHIP}\nÄgare: {OWNER}, {ADDR}, tel. {PHONE}\n\nJag remitterar {PET} för intermittent hälta bak sedan tre veckor trots NSAID. Röntgenbilder bifogas. {OWNER2} nås helst på förmiddagen.\n\nVänliga hälsningar\n\n{VET}\n{CLINIC}\nDirekt: {VETMAIL}",
    "cs": "{CENTRE}\nPříjem doporučených pacientů\n\n{DATE}\n\nVážená kolegyně, vážený kolego,\n\nvěc: {PET} ({BREED}, {SEX}), čip {CHIP}\nMajitel: {OWNER}, {ADDR}, tel. {PHONE}\n\nposílám {PET} k vyšetření intermitentního kulhání na pánevní končetinu trvajícího tři týdny i přes NSAID. RTG snímky přikládám. {OWNER2} je nejlépe k zastižení dopoledne.\n\nS kolegiálním pozdravem\n\n{VET}\n{CLINIC}\nPřímý e-mail: {VETMAIL}",
    "ja": "{CENTRE}\n紹介受付 御中\n\n{DATE}\n\n平素よりお世話になっております。\n\n患者：{PET}（{BREED}、{SEX}）マイクロチップ {CHIP}\n飼い主：{OWNER} 様　{ADDR}　電話 {PHONE}\n\n3週間前から消炎鎮痛剤を使用しても改善しない後肢の間欠的跛行について、精査をお願いいたします。X線画像を同封します。{OWNER2}様へは午前中のご連絡が確実です。\n\n{CLINIC}\n獣医師　{VET}\n直通メール：{VETMAIL}",
}
CENTRES = {"en": "Wyvernmoor Referral Hospital", "de": "Tierklinik Marschland Überweisungszentrum", "fr": "Centre hospitalier vétérinaire de l'Estran",
           "nl": "Verwijskliniek De Polderhoeve", "es": "Hospital Veterinario de Referencia Los Alcornoques", "it": "Centro Veterinario di Referenza Le Brughiere",
           "pt": "Hospital Veterinário de Referência da Lezíria", "pl": "Centrum Weterynaryjne Nadwarcie", "sv": "Remissdjursjukhuset Ljungheden",
           "cs": "Referenční veterinární centrum Podyjí", "ja": "十勝平野動物医療センター"}


@tpl("referral_letter", 29, ["GB", "DE", "FR", "NL", "ES", "IT", "PT", "PL", "SE", "CZ", "JP", "IE", "AT", "US", "AU"])
def t_referral(R, cc):
    lg = LANG[cc]
    used = set()
    o = make_person(R, cc, used=used)
    v = make_person(R, cc, used=used)
    pet = Pet(R, cc, kind=0)
    d = when(R)
    if cc in ("JP", "KR", "CN"):
        owner2 = L("person", o.family)
    else:
        owner2 = L("person", o.given) if lg in ("en", "nl", "sv") and R.random() < 0.5 else PN(o)
    body = fill(REFER[lg], CENTRE=N(CENTRES[lg], "org"), DATE=N(fmt_dob(R, cc, d), "letter_date"), PET=N(pet.name, "pet_name"), BREED=pet.breed,
                SEX=sex_word(lgof(cc), pet.male), CHIP=N(pet.chip, "microchip"), OWNER=PN(o), ADDR=A(R, cc), PHONE=P(R, cc), OWNER2=owner2,
                VET=[vet_name(R, v), PN(v)], CLINIC=N(CLINICS[cc][0], "clinic"), VETMAIL=work_mail(R, v, cc))
    return "letter", lg, wrap(R, req(R, cc, R.choice(["check", "reply"])), body)


# ---------------------------------------------------------------- T3 EU pet passport
PASS_TITLE = {"de": "EU-Heimtierausweis", "fr": "Passeport européen pour animal de compagnie", "nl": "Europees dierenpaspoort",
              "es": "Pasaporte europeo para animales de compañía", "it": "Passaporto europeo per animali da compagnia",
              "pt": "Passaporte europeu para animais de companhia", "pl": "Paszport dla zwierząt domowych UE", "cs": "Pas pro zvířata v zájmovém chovu",
              "sv": "EU-pass för sällskapsdjur", "fi": "EU-lemmikkieläinpassi", "hu": "Uniós kisállatútlevél", "ro": "Pașaport european pentru animale de companie",
              "el": "Ευρωπαϊκό διαβατήριο κατοικίδιου ζώου", "en": "European Union pet passport", "nb": "Kjæledyrpass"}
PASS_REQ = {"en": "We're taking the ferry to France next month – is everything in the passport filled in correctly?",
            "de": "Wir fahren nächsten Monat nach Dänemark – ist im Heimtierausweis alles richtig eingetragen?",
            "fr": "On part en Espagne le mois prochain : tout est bien rempli dans le passeport ?",
            "nl": "We gaan volgende maand naar Frankrijk – staat alles goed in het paspoort?",
            "es": "Nos vamos a Portugal el mes que viene, ¿está todo bien rellenado en el pasaporte?",
            "it": "Il mese prossimo andiamo in Austria: è tutto compilato bene nel passaporto?",
            "pt": "Vamos a Espanha no próximo mês – está tudo bem preenchido no passaporte?",
            "pl": "W przyszłym miesiącu jedziemy do Niemiec – czy wszystko w paszporcie jest dobrze wpisane?",
            "cs": "Příští měsíc jedeme do Chorvatska – je v pasu všechno správně vyplněné?",
            "sv": "Vi åker till Norge nästa månad – är allt rätt ifyllt i passet?",
            "fi": "Lähdemme ensi kuussa Viroon – onko passissa kaikki oikein?",
            "hu": "Jövő hónapban Horvátországba megyünk – minden rendben van az útlevélben?",
            "ro": "Luna viitoare mergem în Bulgaria – e totul completat corect în pașaport?",
            "el": "Τον άλλο μήνα πάμε Ιταλία – είναι όλα σωστά συμπληρωμένα στο διαβατήριο;",
            "nb": "Vi skal til Sverige neste måned – er alt riktig fylt ut i passet?"}


@tpl("pet_passport", 29, ["DE", "FR", "NL", "ES", "IT", "PT", "PL", "CZ", "SE", "FI", "HU", "RO", "GR", "IE", "NO", "AT"])
def t_passport(R, cc):
    F, lg = fl(cc), LANG[cc]
    used = set()
    o = make_person(R, cc, used=used)
    v = make_person(R, cc, used=used)
    pet = Pet(R, cc, kind=R.choice([0, 0, 1]))
    en = lg == "en"
    b = lambda k, e: F[k] if en else "%s / %s" % (F[k], e)
    va = when(R, 2024, 2025)
    body = [PASS_TITLE[lg] + ("" if en else " / European Union pet passport"), "\n", "No. ", N("%s %s %07d" % (cc, R.choice(["01", "02", "09", "11"]), R.randint(0, 9999999)), "pet_passport_no"), "\n\n",
            "I. ", b("owner", "Owner"), "\n", b("name", "Name"), ": ", PN(o), "\n", b("address", "Address"), ":\n", A(R, cc, ml=True), "\n",
            b("phone", "Telephone"), ": ", P(R, cc) if R.random() < 0.8 else "—", "\n"]
    if R.random() < 0.35:
        body += [b("email", "E-mail"), ": ", E(R, o), "\n"]
    body += ["\nIII. ", b("animal", "Name"), ": ", N(pet.name, "pet_name"), "\n", b("species", "Species"), ": ", pet.species, "; ", b("breed", "Breed"), ": ", pet.breed,
             "; ", b("sex", "Sex"), ": ", sex_word(lg, pet.male), "\n", b("dob", "Date of birth"), ": ", N(fmt_dob(R, cc, pet.born), "animal_dob"), "\n",
             "\nIV. ", b("chip", "Transponder"), ": ", N(pet.chip, "microchip"), " (", N(fmt_dob(R, cc, rand_date(R, 2015, 2024)), "chip_date"), ")\n",
             "\nV. Rabies: Nobivac Rabies, Lot ", N(R.choice(["A", "B", "C"]) + "%03d" % R.randint(100, 999) + R.choice(["A01", "B02", "C01"]), "vaccine_batch"),
             ", ", N(fmt_dob(R, cc, va), "vaccination_date"), " – ", N(fmt_dob(R, cc, va.replace(year=va.year + 3)), "valid_until"), "\n",
             b("vet", "Authorised veterinarian"), ": ", vet_name(R, v), PN(v), ", ", N(R.choice(CLINICS[cc]), "clinic"), ", ", N(org_addr(R, cc), "org_address")]
    return "form", lg, wrap(R, PASS_REQ[lg], body)


# ---------------------------------------------------------------- T4 microchip transfer
TRANSFER = {  # title | previous keeper | new keeper | date of transfer | registry ref | declaration
    "en": "Change of keeper – microchip database|Current keeper|New keeper|Date of transfer|Database ref.|I confirm the animal has been transferred and I am 18 or over.",
    "de": "Halterwechsel – Heimtierregister|Bisherige/r Halter/in|Neue/r Halter/in|Übergabedatum|Register-Nr.|Ich bestätige die Übergabe des Tieres.",
    "fr": "Déclaration de cession – fichier d'identification|Ancien détenteur|Nouveau détenteur|Date de cession|Réf. dossier|Je certifie l'exactitude des informations ci-dessus.",
    "nl": "Overschrijving eigenaar – chipregistratie|Huidige eigenaar|Nieuwe eigenaar|Datum overdracht|Registratienr.|Ik verklaar dat het dier is overgedragen.",
    "es": "Cambio de titularidad – registro de identificación animal|Titular anterior|Nuevo titular|Fecha de cesión|N.º de registro|Declaro que los datos son ciertos.",
    "it": "Passaggio di proprietà – anagrafe animali d'affezione|Cedente|Acquirente|Data del passaggio|N. pratica|Dichiaro che i dati sono veritieri.",
    "sv": "Ägarbyte – registrering av hund och katt|Nuvarande ägare|Ny ägare|Datum för ägarbyte|Ärendenr|Jag intygar att uppgifterna stämmer.",
    "fi": "Omistajanvaihdos – lemmikkirekisteri|Nykyinen omistaja|Uusi omistaja|Luovutuspäivä|Viite|Vakuutan tiedot oikeiksi.",
    "nb": "Eierskifte – ID-merking|Nåværende eier|Ny eier|Dato for eierskifte|Referanse|Jeg bekrefter at opplysningene er riktige.",
    "pl": "Zmiana właściciela – rejestr zwierząt|Dotychczasowy właściciel|Nowy właściciel|Data przekazania|Nr zgłoszenia|Oświadczam, że dane są prawdziwe.",
    "cs": "Změna majitele – registr čipovaných zvířat|Původní majitel|Nový majitel|Datum převodu|Číslo záznamu|Prohlašuji, že údaje jsou pravdivé.",
    "ja": "所有者変更届（マイクロチップ登録）|旧所有者|新所有者|譲渡日|受付番号|上記のとおり届け出ます。",
    "ko": "동물등록 변경신고서 (소유자 변경)|종전 소유자|새 소유자|양도일|접수번호|위와 같이 신고합니다.",
}
REGISTRY = {"en": "PetTrace Register", "de": "Tierfinder Nord e.V.", "fr": "Fichier Félin-Canin", "nl": "ChipVindt", "es": "Registro Huellas",
            "it": "Anagrafe Zampa", "sv": "Djurspåret", "fi": "Kotiinpaluu-rekisteri", "nb": "Dyresporet", "pl": "Rejestr Psiak", "cs": "Registr Tlapka",
            "ja": "どうぶつ登録センター", "ko": "반려동물 등록센터"}


@tpl("microchip_transfer", 29, ["GB", "DE", "FR", "NL", "ES", "IT", "SE", "FI", "NO", "PL", "CZ", "JP", "KR", "IE", "US", "AU"])
def t_transfer(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(TRANSFER, cc)
    used = set()
    a = make_person(R, cc, used=used)
    b = make_person(R, cc, used=used)
    pet = Pet(R, cc)
    body = [T[0], " · ", N(REGISTRY.get(lg, REGISTRY["en"]), "org"), "\n", T[4], ": ", N("%s-%06d" % (R.choice(["TR", "KW", "CH"]), R.randint(0, 999999)), "registry_ref"), "\n\n",
            F["chip"], ": ", N(pet.chip, "microchip"), "\n", F["animal"], ": ", N(pet.name, "pet_name"), " (", pet.species, ", ", pet.breed, ")\n\n"]
    for who, p in ((T[1], a), (T[2], b)):
        body += ["— ", who, " —\n", F["name"], ": ", PN(p), "\n", F["address"], ": ", A(R, cc), "\n", F["phone"], ": ", P(R, cc), "\n"]
        if R.random() < 0.55:
            body += [F["email"], ": ", E(R, p), "\n"]
        if p is b and R.random() < 0.4:
            body += [F["dob"], ": ", DOB(R, p), "\n"]
        body += ["\n"]
    body += [T[3], ": ", N(fmt_dob(R, cc, when(R)), "transfer_date"), "\n", T[5]]
    if R.random() < 0.5:
        body += ["\n\n— online form, IP ", IP(R), ", ", N("%s %02d:%02d" % (when(R).isoformat(), R.randint(6, 23), R.randint(0, 59)), "timestamp")]
    return "form", lg, wrap(R, req(R, cc, "check"), body)


# ---------------------------------------------------------------- T5 pet insurance claim
CLAIM = {  # title | insurer | claim no | treatment | amount | pay to | policyholder | declaration
    "en": "Vet fee claim form|Insurer|Claim no.|Condition / treatment|Amount claimed|Pay claim to|Policyholder|I declare the information above is true and complete.",
    "de": "Schadenmeldung Tierkrankenversicherung|Versicherer|Schaden-Nr.|Diagnose / Behandlung|Rechnungsbetrag|Erstattung auf|Versicherungsnehmer/in|Ich versichere die Richtigkeit der Angaben.",
    "fr": "Demande de remboursement – assurance santé animale|Assureur|N° de sinistre|Diagnostic / soins|Montant|Remboursement sur|Souscripteur|Je certifie l'exactitude des renseignements.",
    "nl": "Declaratieformulier dierenverzekering|Verzekeraar|Schadenummer|Diagnose / behandeling|Bedrag|Uitbetalen op|Verzekeringnemer|Ik verklaar dit naar waarheid te hebben ingevuld.",
    "es": "Solicitud de reembolso – seguro de salud para mascotas|Aseguradora|N.º de siniestro|Diagnóstico / tratamiento|Importe|Abonar en|Tomador|Declaro que los datos son ciertos.",
    "it": "Denuncia di sinistro – polizza salute animali|Compagnia|N. sinistro|Diagnosi / terapia|Importo|Accredito su|Contraente|Dichiaro che le informazioni sono veritiere.",
    "pt": "Participação de sinistro – seguro de saúde animal|Seguradora|N.º de sinistro|Diagnóstico / tratamento|Montante|Reembolso para|Tomador do seguro|Declaro que as informações são verdadeiras.",
    "sv": "Skadeanmälan djurförsäkring|Försäkringsbolag|Skadenummer|Diagnos / behandling|Belopp|Utbetalning till|Försäkringstagare|Jag intygar att uppgifterna är riktiga.",
    "nb": "Skademelding dyreforsikring|Forsikringsselskap|Skadenummer|Diagnose / behandling|Beløp|Utbetaling til|Forsikringstaker|Jeg bekrefter at opplysningene er riktige.",
    "fi": "Korvaushakemus – eläinvakuutus|Vakuutusyhtiö|Vahinkonumero|Diagnoosi / hoito|Summa|Maksetaan tilille|Vakuutuksenottaja|Vakuutan tiedot oikeiksi.",
    "pl": "Zgłoszenie szkody – ubezpieczenie zwierzęcia|Ubezpieczyciel|Nr szkody|Rozpoznanie / leczenie|Kwota|Wypłata na rachunek|Ubezpieczający|Oświadczam, że dane są prawdziwe.",
    "cs": "Oznámení pojistné události – pojištění zvířat|Pojišťovna|Číslo události|Diagnóza / léčba|Částka|Výplata na účet|Pojistník|Prohlašuji, že údaje jsou pravdivé.",
    "ja": "保険金請求書（ペット保険）|保険会社|事故番号|傷病名・治療内容|請求金額|振込先|契約者|上記の内容に相違ありません。",
    "ko": "보험금 청구서 (반려동물보험)|보험사|사고번호|진단명 / 치료내용|청구금액|지급 계좌|계약자|위 내용이 사실임을 확인합니다.",
}
INSURERS = {"en": "Hearthpaw Insurance", "de": "Pfotenschutz Versicherung AG", "fr": "Assur'Compagnon", "nl": "Snuitje Verzekeringen", "es": "Seguros Huellita",
            "it": "Zampasicura Assicurazioni", "pt": "Seguros Patinha", "sv": "Tassförsäkringar", "nb": "Labb Forsikring", "fi": "Tassuturva", "pl": "Łapa Ubezpieczenia",
            "cs": "Tlapka pojišťovna", "ja": "しっぽ少額短期保険", "ko": "꼬리펫보험"}
CUR = {"US": "USD", "GB": "£", "IE": "€", "AU": "AUD", "DE": "€", "AT": "€", "FR": "€", "NL": "€", "ES": "€", "IT": "€", "PT": "€", "SE": "SEK",
       "NO": "NOK", "FI": "€", "PL": "zł", "CZ": "Kč", "JP": "円", "KR": "원", "HU": "Ft", "RO": "lei", "GR": "€", "TR": "TL", "RU": "₽",
       "UA": "грн", "IN": "₹", "AR": "ARS", "BR": "R$", "CN": "元", "TH": "บาท", "VN": "đ", "ID": "Rp", "EG": "ج.م", "IL": "₪"}


def money(R, cc, lo, hi):
    v = R.randint(lo, hi)
    c = CUR[cc]
    if cc in ("GB", "US", "AU"):
        return "%s%s.%02d" % (c if c in "£" else c + " ", "{:,}".format(v), R.randint(0, 99))
    if cc in ("JP", "KR", "CN", "VN", "ID"):
        return "{:,}".format(v * (100 if cc in ("JP", "KR") else (1000 if cc in ("VN", "ID") else 1))) + " " + c
    return ("%d,%02d %s" % (v, R.randint(0, 99), c))


def national_account(R, cc):
    """Account numbers that are not IBANs (look-alikes)."""
    if cc == "US":
        return "routing %09d, acct %d" % (R.randint(10000000, 129999999), R.randint(10 ** 8, 10 ** 10))
    if cc == "AU":
        return "BSB %03d-%03d, acct %d" % (R.randint(10, 999), R.randint(0, 999), R.randint(10 ** 7, 10 ** 9))
    if cc == "JP":
        return "みちのく信用金庫 花巻支店 普通 %07d" % R.randint(0, 9999999)
    if cc == "KR":
        return "농협은행 %03d-%04d-%04d-%02d" % (R.randint(300, 399), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))
    if cc == "IN":
        return "खाता %d, IFSC %s0%06d" % (R.randint(10 ** 10, 10 ** 11), R.choice(["PUNB", "SBIN", "HDFC"]), R.randint(0, 999999))
    if cc == "BR":
        return "Sicredi, ag. %04d, c/c %05d-%d" % (R.randint(100, 9999), R.randint(0, 99999), R.randint(0, 9))
    if cc == "AR":
        return "CBU %s" % ("".join(R.choice(string.digits) for _ in range(22)))
    if cc == "RU":
        return "р/с 40817810%012d" % R.randint(0, 10 ** 12 - 1)
    if cc == "CN":
        return "农村信用社 账号 %d" % R.randint(10 ** 11, 10 ** 12)
    if cc == "TH":
        return "ธ.ก.ส. %03d-%d-%05d-%d" % (R.randint(0, 999), R.randint(0, 9), R.randint(0, 99999), R.randint(0, 9))
    if cc == "VN":
        return "Agribank %d" % R.randint(10 ** 12, 10 ** 13)
    if cc == "ID":
        return "BRI %04d-%02d-%06d-%02d-%d" % (R.randint(0, 9999), R.randint(0, 99), R.randint(0, 999999), R.randint(0, 99), R.randint(0, 9))
    raise KeyError(cc)


def pay_label(R, cc):
    if (cc in IBAN_SPEC or cc in EXTRA_IBAN) and cc != "BR":
        ib = iban_any(R, cc)
        return L("iban", iban_fmt(R, ib), sub=cc.lower())
    return N(national_account(R, cc), "national_account")


@tpl("insurance_claim", 29, ["GB", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "NO", "FI", "PL", "CZ", "JP", "KR", "IE", "AT", "US", "AU"])
def t_claim(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(CLAIM, cc)
    used = set()
    o = make_person(R, cc, used=used)
    v = make_person(R, cc, used=used)
    pet = Pet(R, cc)
    body = [T[0], "\n", T[1], ": ", N(INSURERS.get(lg, INSURERS["en"]), "org"), " · ", F["policy"], " ", N("%s%07d" % (R.choice(["PP", "HP", "TK"]), R.randint(0, 9999999)), "policy_no"),
            " · ", T[2], " ", N("%d/%05d" % (R.randint(2025, 2026), R.randint(0, 99999)), "claim_no"), "\n\n",
            T[6], ": ", PN(o), "\n", F["dob"], ": ", DOB(R, o), "\n", F["address"], ": ", A(R, cc), "\n", F["phone"], ": ", P(R, cc), "\n",
            F["email"], ": ", E(R, o), "\n\n",
            F["animal"], ": ", N(pet.name, "pet_name"), ", ", pet.breed, ", ", F["dob"], " ", N(fmt_dob(R, cc, pet.born), "animal_dob"), "\n",
            F["vet"], ": ", vet_name(R, v), PN(v), " (", N(R.choice(CLINICS[cc]), "clinic"), ", ", N(org_phone(R, cc), "org_phone"), ")\n",
            T[3], ": ", R.choice(["otitis externa", "cruciate ligament rupture (TPLO)", "gastroenteritis", "cystitis", "foreign body, laparotomy"]), "\n",
            T[4], ": ", N(money(R, cc, 180, 3400), "amount"), "\n", T[5], ": ", pay_label(R, cc), "\n\n", T[7], "\n", F["signature"], ": ", PN(o)]
    if R.random() < 0.4:
        body += ["\n[portal upload · IP ", IP(R), " · ref ", N("UP-%08d" % R.randint(0, 99999999), "upload_ref"), "]"]
    return "form", lg, wrap(R, req(R, cc, R.choice(["check", "check", "summ"])), body)


# ---------------------------------------------------------------- T6 shelter adoption application
ADOPT = {  # title | submitted from | household | landlord | reference | home check by | fee | animal ref | rent/own | result
    "en": "Adoption application|Submitted from|Household|Landlord|Reference|Home check by|Adoption fee paid by card|Animal ref.|Rented|Home check passed, garden fence 1.8 m, no gaps.",
    "de": "Adoptionsantrag|Gesendet von|Haushalt|Vermieter/in|Referenz|Vorkontrolle durch|Schutzgebühr per Karte|Tier-Nr.|Mietwohnung|Vorkontrolle positiv, Garten eingezäunt, 1,60 m.",
    "fr": "Demande d'adoption|Envoyé depuis|Foyer|Propriétaire du logement|Référence|Visite pré-adoption par|Frais d'adoption par carte|Réf. animal|Locataire|Visite favorable, jardin clos, pas de trou dans la clôture.",
    "es": "Solicitud de adopción|Enviado desde|Convivientes|Casero/a|Referencia|Visita previa realizada por|Donativo de adopción con tarjeta|Ref. animal|Alquiler|Visita favorable, patio vallado y sin huecos.",
    "br": "Formulário de adoção|Enviado de|Moradores|Proprietário do imóvel|Referência|Visita feita por|Taxa de adoção no cartão|Ref. do animal|Aluguel|Visita aprovada, quintal todo murado.",
    "it": "Richiesta di adozione|Inviato da|Nucleo familiare|Proprietario di casa|Referenza|Pre-affido di|Contributo di adozione con carta|Rif. animale|In affitto|Pre-affido positivo, giardino recintato.",
    "nl": "Adoptieaanvraag|Verzonden vanaf|Huishouden|Verhuurder|Referentie|Huisbezoek door|Adoptiebijdrage per kaart|Dier-ref.|Huurwoning|Huisbezoek akkoord, tuin volledig omheind.",
    "pt": "Pedido de adoção|Enviado a partir de|Agregado familiar|Senhorio|Referência|Visita feita por|Taxa de adoção por cartão|Ref. animal|Arrendada|Visita aprovada, quintal vedado.",
    "pl": "Ankieta adopcyjna|Wysłano z|Domownicy|Właściciel mieszkania|Osoba polecająca|Wizyta przedadopcyjna|Opłata adopcyjna kartą|Nr zwierzęcia|Wynajem|Wizyta pozytywna, ogród ogrodzony.",
    "cs": "Žádost o adopci|Odesláno z|Členové domácnosti|Pronajímatel|Reference|Předadopční návštěva|Adopční poplatek kartou|Ev. č. zvířete|Nájem|Návštěva v pořádku, zahrada oplocená.",
    "sv": "Adoptionsansökan|Skickad från|Hushåll|Hyresvärd|Referens|Hembesök av|Adoptionsavgift med kort|Djur-id|Hyresrätt|Hembesöket godkänt, tomten inhägnad.",
    "fi": "Adoptiohakemus|Lähetetty osoitteesta|Kotitalous|Vuokranantaja|Suosittelija|Kotikäynnin teki|Adoptiomaksu kortilla|Eläimen tunnus|Vuokra-asunto|Kotikäynti hyväksytty, piha aidattu.",
    "tr": "Sahiplenme başvurusu|Gönderen IP|Hanede yaşayanlar|Ev sahibi|Referans|Ev ziyaretini yapan|Bağış kartla ödendi|Hayvan no|Kira|Ev ziyareti olumlu, bahçe çevrili.",
    "ru": "Анкета на усыновление животного|Отправлено с|Члены семьи|Арендодатель|Рекомендатель|Домашний визит провёл(а)|Пожертвование картой|№ животного|Аренда|Визит успешный, участок огорожен.",
    "uk": "Анкета на адопцію|Надіслано з|Члени родини|Орендодавець|Рекомендація|Домашній візит провів(ла)|Внесок карткою|№ тварини|Оренда|Візит успішний, подвір'я огороджене.",
    "el": "Αίτηση υιοθεσίας|Υποβλήθηκε από|Μέλη νοικοκυριού|Ιδιοκτήτης ακινήτου|Σύσταση|Επίσκεψη από|Δωρεά με κάρτα|Κωδ. ζώου|Ενοίκιο|Θετική επίσκεψη, περιφραγμένη αυλή.",
    "ja": "譲渡申込書|送信元|同居家族|大家さん|推薦者|お宅訪問担当|譲渡費用（カード払い）|動物番号|賃貸|お宅訪問OK、庭はフェンスで囲われている。",
    "ko": "입양 신청서|접속 IP|가족 구성원|집주인|추천인|가정 방문 담당|입양비 카드 결제|동물 번호|전세/월세|가정 방문 통과, 마당 울타리 있음.",
    "zh": "领养申请表|提交IP|家庭成员|房东|推荐人|家访志愿者|领养费（刷卡）|动物编号|租房|家访通过，院子有围栏。",
    "th": "ใบสมัครรับเลี้ยงสัตว์|ส่งจาก IP|สมาชิกในบ้าน|เจ้าของบ้านเช่า|ผู้รับรอง|เยี่ยมบ้านโดย|ค่าบริจาครับเลี้ยง (บัตร)|รหัสสัตว์|บ้านเช่า|เยี่ยมบ้านผ่าน รั้วรอบบ้านสูง 1.5 ม.",
    "vi": "Đơn xin nhận nuôi|Gửi từ IP|Thành viên trong nhà|Chủ nhà cho thuê|Người giới thiệu|Người thăm nhà|Phí nhận nuôi (thẻ)|Mã con vật|Nhà thuê|Đã thăm nhà, sân có hàng rào.",
    "id": "Formulir adopsi|Dikirim dari IP|Anggota keluarga|Pemilik rumah|Referensi|Kunjungan rumah oleh|Donasi adopsi (kartu)|Kode hewan|Kontrak|Kunjungan rumah lolos, halaman berpagar.",
    "ar": "طلب تبني|أُرسل من IP|أفراد الأسرة|المالك (الإيجار)|مرجع|الزيارة المنزلية بواسطة|رسوم التبني بالبطاقة|رقم الحيوان|إيجار|الزيارة المنزلية ناجحة، الحديقة مسوّرة.",
    "hi": "गोद लेने का आवेदन|भेजा गया IP|घर के सदस्य|मकान मालिक|संदर्भ|घर का दौरा|गोद लेने का शुल्क (कार्ड)|पशु क्रमांक|किराये का घर|घर का दौरा ठीक रहा, आँगन में चारदीवारी है।",
    "he": "טופס בקשה לאימוץ|נשלח מכתובת|בני הבית|בעל הדירה|ממליץ/ה|ביקור בית על ידי|דמי אימוץ בכרטיס|מס' חיה|שכירות|ביקור בית עבר, חצר מגודרת.",
}
SHELTERS = {"en": "Harrow Lane Animal Rescue", "de": "Tierheim Am Wiesengrund", "fr": "Refuge de la Combe aux Chats", "es": "Protectora El Refugio del Pinar",
            "br": "ONG Lar dos Vira-Latas", "it": "Rifugio Il Girasole", "nl": "Dierenasiel De Kievit", "pt": "Associação Quatro Patas do Alentejo",
            "pl": "Schronisko Przytulisko pod Brzozą", "cs": "Útulek Tlapičky", "sv": "Hundstallet Skogsgläntan", "fi": "Löytöeläintalo Turvapesä",
            "tr": "Patiler Barınağı", "ru": "Приют «Верный друг»", "uk": "Притулок «Хвостики»", "el": "Καταφύγιο Αδέσποτων «Ουρίτσα»",
            "ja": "里親の会ひだまり", "ko": "행복한 유기견 쉼터", "zh": "暖窝流浪动物救助站", "he": "עמותת בית חם לבעלי חיים",
            "th": "มูลนิธิบ้านหมาแมวสุขใจ", "vi": "Nhóm cứu hộ Mái Ấm Xanh", "id": "Rumah Singgah Satwa Harapan", "ar": "جمعية الرفق بالحيوان – فرع الريف", "hi": "आश्रय पशु सेवा समिति"}


def ip_global(R, v6=False):
    while True:
        if v6:
            a = "%s:%x:%x:%x:%x:%x:%x:%x" % (R.choice(["2a02", "2a01", "2a00", "2003", "2605", "2401", "2804", "2a0a"]), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
            a = str(ipaddress.ip_address(a))
        else:
            a = "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ip = ipaddress.ip_address(a)
        if ip.is_global and not ip.is_multicast:
            return a


def IP(R, v6=None):
    v6 = (R.random() < 0.2) if v6 is None else v6
    return L("ip", ip_global(R, v6), sub="ipv6" if v6 else "ipv4")


@tpl("adoption_application", 32, ["US", "GB", "TH", "IE", "AU", "DE", "VN", "AT", "FR", "ES", "ID", "AR", "IT", "NL", "EG", "PT", "BR", "PL", "IN", "CZ", "SE", "FI", "TR", "RU", "UA", "GR", "JP", "KR", "CN", "IL"])
def t_adopt(R, cc):
    F, lg = fl(cc), lgof(cc)
    T = X(ADOPT, cc)
    used = set()
    a = make_person(R, cc, used=used)
    pet = Pet(R, cc)
    ts = when(R)
    body = [N(SHELTERS.get(lg, SHELTERS["en"]), "shelter"), " — ", T[0], "\n", T[1], ": ", IP(R), " · ", N("%s %02d:%02d" % (ts.isoformat(), R.randint(7, 22), R.randint(0, 59)), "timestamp"), "\n",
            T[7], ": ", N("A-%d-%04d" % (ts.year, R.randint(1, 2999)), "animal_ref"), " (", N(pet.name, "pet_name"), ", ", pet.species, ")\n\n",
            F["applicant"], ": ", PN(a), "\n", F["dob"], ": ", DOB(R, a), "\n", F["address"], ": ", A(R, cc), "\n",
            F["phone"], ": ", P(R, cc), "\n", F["email"], ": ", E(R, a), "\n"]
    if R.random() < 0.6:
        hh = make_person(R, cc, used=used)
        body += [T[2], ": ", PN(hh)]
        if R.random() < 0.5:
            body += [", ", str(R.randint(4, 15)), " / ", str(R.randint(4, 15))]
        body += ["\n"]
    if R.random() < 0.4:
        ll = make_person(R, cc, used=used)
        body += [T[8], " — ", T[3], ": ", PN(ll), ", ", P(R, cc), "\n"]
    rf = make_person(R, cc, used=used)
    body += [T[4], ": ", PN(rf), ", ", P(R, cc) if R.random() < 0.6 else E(R, rf), "\n"]
    if R.random() < 0.45:
        body += [T[6], ": ", card_label(R), " ", expiry(R), "\n"]
    hc = make_person(R, cc, used=used)
    body += ["\n", T[5], " ", L("person", hc.given) if R.random() < 0.5 and cc not in CJK else PN(hc), ": ", T[9]]
    return "form", LANG[cc], wrap(R, req(R, cc, R.choice(["summ", "reply", "check"])), body)


# ---------------------------------------------------------------- T7 lost and found posts
LOST = {
    "en": "LOST near {PLACE}: {PET}, {BREED}, answers to her name, very shy. Last seen {DATE} around 7 pm. Please call or text {OWNER} on {PHONE}, day or night.\n\n💬 {NB}: I think I saw her by the bins behind the co-op this morning!\n💬 {OWNER_G}: Thank you!! Heading there now.",
    "de": "VERMISST bei {PLACE}: {PET}, {BREED}, sehr scheu, bitte nicht hinterherlaufen! Zuletzt gesehen am {DATE} gegen 19 Uhr. Hinweise bitte an {OWNER}, {PHONE} (auch nachts).\n\n💬 {NB}: Heute früh saß ein ähnlicher Hund am Feldweg hinter dem Sportplatz.\n💬 {OWNER_G}: Danke, ich fahre sofort hin!",
    "fr": "PERDU vers {PLACE} : {PET}, {BREED}, craintif, ne pas courir après. Vu pour la dernière fois le {DATE} vers 19 h. Merci d'appeler {OWNER} au {PHONE}.\n\n💬 {NB} : Il me semble l'avoir vu ce matin près du lavoir !\n💬 {OWNER_G} : Merci mille fois, j'y vais.",
    "es": "SE BUSCA cerca de {PLACE}: {PET}, {BREED}, muy asustadizo. Visto por última vez el {DATE} hacia las 19 h. Si lo ves, llama a {OWNER} al {PHONE}.\n\n💬 {NB}: ¡Creo que lo vi esta mañana junto a la cooperativa!\n💬 {OWNER_G}: ¡Gracias! Voy para allá.",
    "it": "SMARRITO vicino a {PLACE}: {PET}, {BREED}, molto timoroso. Visto l'ultima volta il {DATE} verso le 19. Chi lo vede chiami {OWNER} al {PHONE}.\n\n💬 {NB}: Stamattina c'era un cane simile vicino al consorzio agrario!\n💬 {OWNER_G}: Grazie, corro subito.",
    "nl": "VERMIST bij {PLACE}: {PET}, {BREED}, erg schuw, niet achterna lopen. Voor het laatst gezien op {DATE} rond 19.00 uur. Bel of app {OWNER}: {PHONE}.\n\n💬 {NB}: Vanochtend liep er een soortgelijke hond langs de dijk!\n💬 {OWNER_G}: Dank je, ik ga meteen kijken.",
    "pt": "DESAPARECIDO perto de {PLACE}: {PET}, {BREED}, muito assustado. Visto pela última vez a {DATE} por volta das 19h. Contacte {OWNER}: {PHONE}.\n\n💬 {NB}: Acho que o vi hoje de manhã junto ao lagar!\n💬 {OWNER_G}: Obrigado, vou já lá.",
    "br": "PERDIDO perto de {PLACE}: {PET}, {BREED}, bem medroso. Visto pela última vez em {DATE} lá pelas 19h. Quem vir, liga pra {OWNER}: {PHONE}.\n\n💬 {NB}: Acho que vi ele hoje cedo perto da cooperativa!\n💬 {OWNER_G}: Valeu demais, tô indo lá.",
    "pl": "ZAGINĄŁ w okolicy {PLACE}: {PET}, {BREED}, bardzo płochliwy. Ostatnio widziany {DATE} około 19:00. Proszę dzwonić: {OWNER}, {PHONE}.\n\n💬 {NB}: Chyba widziałam go rano przy skupie zboża!\n💬 {OWNER_G}: Dziękuję, już jadę.",
    "cs": "ZTRATIL SE u {PLACE}: {PET}, {BREED}, hodně bojácný. Naposledy viděn {DATE} kolem 19 hodin. Volejte prosím {OWNER}, {PHONE}.\n\n💬 {NB}: Ráno jsem podobného psa viděla u družstva!\n💬 {OWNER_G}: Děkuju, hned tam jedu.",
    "sv": "BORTSPRUNGEN vid {PLACE}: {PET}, {BREED}, väldigt skygg. Senast sedd {DATE} runt kl. 19. Ring eller sms:a {OWNER}, {PHONE}.\n\n💬 {NB}: Jag tror jag såg den vid lantmännen i morse!\n💬 {OWNER_G}: Tack! Åker dit nu.",
    "nb": "SAVNET ved {PLACE}: {PET}, {BREED}, veldig sky. Sist sett {DATE} ca. kl. 19. Ring {OWNER} på {PHONE}.\n\n💬 {NB}: Tror jeg så den ved kornsiloen i dag tidlig!\n💬 {OWNER_G}: Tusen takk, drar dit nå.",
    "fi": "KADONNUT {PLACE} lähellä: {PET}, {BREED}, tosi arka. Nähty viimeksi {DATE} noin klo 19. Soita {OWNER}, {PHONE}.\n\n💬 {NB}: Taisin nähdä sen aamulla meijerin pihalla!\n💬 {OWNER_G}: Kiitos, lähden heti.",
    "hu": "ELVESZETT {PLACE} környékén: {PET}, {BREED}, nagyon félénk. Utoljára {DATE} este 7 körül látták. Kérem, hívják: {OWNER}, {PHONE}.\n\n💬 {NB}: Reggel láttam egy hasonló kutyát a tsz-major mellett!\n💬 {OWNER_G}: Köszönöm, már megyek is.",
    "ro": "PIERDUT lângă {PLACE}: {PET}, {BREED}, foarte sperios. Văzut ultima dată pe {DATE} pe la ora 19. Sunați-o/l pe {OWNER}: {PHONE}.\n\n💬 {NB}: Cred că l-am văzut azi-dimineață lângă siloz!\n💬 {OWNER_G}: Mulțumesc, plec acum.",
    "el": "ΧΑΘΗΚΕ κοντά σε {PLACE}: {PET}, {BREED}, πολύ φοβισμένο. Τελευταία φορά {DATE} γύρω στις 7 το απόγευμα. Τηλ. {OWNER}: {PHONE}.\n\n💬 {NB}: Νομίζω ότι το είδα το πρωί δίπλα στον συνεταιρισμό!\n💬 {OWNER_G}: Ευχαριστώ πολύ, πάω τώρα.",
    "tr": "KAYIP – {PLACE} civarı: {PET}, {BREED}, çok ürkek. En son {DATE} akşam 7 sularında görüldü. Gören {OWNER}'ı arasın: {PHONE}.\n\n💬 {NB}: Sabah kooperatifin arkasında gördüm galiba!\n💬 {OWNER_G}: Çok sağ ol, hemen gidiyorum.",
    "ru": "ПОТЕРЯЛСЯ в районе {PLACE}: {PET}, {BREED}, очень пугливый. Последний раз видели {DATE} около 19:00. Звоните: {OWNER}, {PHONE}.\n\n💬 {NB}: Кажется, утром видела его у элеватора!\n💬 {OWNER_G}: Спасибо, уже еду.",
    "uk": "ЗАГУБИВСЯ біля {PLACE}: {PET}, {BREED}, дуже лякливий. Востаннє бачили {DATE} близько 19:00. Телефонуйте: {OWNER}, {PHONE}.\n\n💬 {NB}: Здається, зранку бачила його біля елеватора!\n💬 {OWNER_G}: Дякую, вже їду.",
    "ja": "【迷子】{PLACE}付近で{PET}（{BREED}）がいなくなりました。とても臆病です。{DATE}の夜7時ごろが最後の目撃です。見かけた方は{OWNER}（{PHONE}）までご連絡ください。\n\n💬 {NB}：今朝、農協の裏で似た子を見ました！\n💬 {OWNER_G}：ありがとうございます、すぐ向かいます。",
    "ko": "[실종] {PLACE} 근처에서 {PET}({BREED})를 잃어버렸어요. 겁이 많아요. {DATE} 저녁 7시쯤 마지막으로 봤습니다. 보신 분은 {OWNER} {PHONE}로 연락 주세요.\n\n💬 {NB}: 아침에 농협 뒤에서 비슷한 애 봤어요!\n💬 {OWNER_G}: 감사합니다, 바로 가볼게요.",
    "zh": "【寻宠】{PLACE}附近走失：{PET}，{BREED}，很胆小。最后一次看到是{DATE}晚上7点左右。看到请联系{OWNER}，电话{PHONE}。\n\n💬 {NB}：今天早上好像在农资店后面看到过！\n💬 {OWNER_G}：谢谢！我马上过去。",
    "hi": "गुम हुआ – {PLACE} के पास: {PET}, {BREED}, बहुत डरपोक है। आख़िरी बार {DATE} शाम 7 बजे देखा गया। दिखे तो {OWNER} को {PHONE} पर फ़ोन करें।\n\n💬 {NB}: सुबह मंडी के पीछे ऐसा ही कुत्ता देखा था!\n💬 {OWNER_G}: धन्यवाद, अभी जा रहा हूँ।",
    "th": "ตามหาน้องหาย แถว{PLACE}: {PET} พันธุ์{BREED} ขี้กลัวมาก เห็นครั้งสุดท้าย {DATE} ประมาณหนึ่งทุ่ม ใครเห็นโทรหา {OWNER} {PHONE}\n\n💬 {NB}: เมื่อเช้าเหมือนเห็นอยู่หลังสหกรณ์นะ\n💬 {OWNER_G}: ขอบคุณมากค่ะ กำลังไปดู",
    "vi": "TÌM CHÓ LẠC gần {PLACE}: {PET}, giống {BREED}, rất nhát. Lần cuối thấy ngày {DATE} khoảng 7 giờ tối. Ai thấy xin gọi {OWNER}: {PHONE}.\n\n💬 {NB}: Sáng nay hình như mình thấy nó sau hợp tác xã!\n💬 {OWNER_G}: Cảm ơn nhiều, mình qua liền.",
    "id": "HILANG di sekitar {PLACE}: {PET}, {BREED}, penakut. Terakhir terlihat {DATE} sekitar jam 7 malam. Yang melihat tolong hubungi {OWNER} di {PHONE}.\n\n💬 {NB}: Tadi pagi kayaknya lihat di belakang koperasi!\n💬 {OWNER_G}: Makasih banyak, langsung ke sana.",
    "ar": "مفقود قرب {PLACE}: {PET}، {BREED}، خجول جدًا. آخر مرة شوهد يوم {DATE} حوالي السابعة مساءً. من يراه يتصل بـ{OWNER} على {PHONE}.\n\n💬 {NB}: أظن أني رأيته الصبح خلف الجمعية الزراعية!\n💬 {OWNER_G}: شكرًا جزيلًا، رايح حالًا.",
    "he": "אבד ליד {PLACE}: {PET}, {BREED}, מאוד ביישן. נראה לאחרונה ב-{DATE} בסביבות 19:00. מי שרואה – להתקשר ל{OWNER}: {PHONE}.\n\n💬 {NB}: נראה לי שראיתי אותו הבוקר ליד הלול של המושב!\n💬 {OWNER_G}: תודה רבה, יוצא לשם עכשיו.",
}
PLACES = {"en": "the recreation ground", "de": "dem Baggersee", "fr": "l'étang communal", "es": "la ermita", "it": "il campo sportivo", "nl": "het gemaal",
          "pt": "a feira semanal", "br": "o trevo da rodovia", "pl": "remizy OSP", "cs": "návsi", "sv": "badplatsen", "nb": "skolen", "fi": "urheilukentän",
          "hu": "a vasútállomás", "ro": "gara veche", "el": "το πανηγύρι", "tr": "köy meydanı", "ru": "остановки «Совхоз»", "uk": "сільради",
          "ja": "道の駅", "ko": "마을회관", "zh": "村口大槐树", "hi": "गाँव का तालाब", "th": "วัดประจำหมู่บ้าน", "vi": "chợ xã", "id": "balai desa",
          "ar": "مسجد القرية", "he": "חדר האוכל"}


@tpl("lost_found_post", 30, ALL)
def t_lost(R, cc):
    lg = lgof(cc)
    used = set()
    o = make_person(R, cc, used=used)
    nb = make_person(R, cc, used=used)
    pet = Pet(R, cc, kind=0)
    full = R.random() < 0.6
    own = PN(o) if full else GIV(o)
    if cc in CJK:
        own = PN(o)
    nbn = GIV(nb) if cc not in CJK else PN(nb)
    og = GIV(o) if cc not in CJK else (L("person", o.family) if cc == "JP" else (PN(o) if cc == "KR" else L("person", o.given)))
    body = fill(LOST[lg], PLACE=N(PLACES[lg], "public_place"), PET=N(pet.name, "pet_name"), BREED=pet.breed, DATE=N(fmt_dob(R, cc, when(R)), "date_seen"),
                OWNER=own, PHONE=P(R, cc), NB=nbn, OWNER_G=og)
    if R.random() < 0.3:
        body += ["\n", chip_line(R, cc, pet)]
    if R.random() < 0.35:
        body += ["\n📍 ", A(R, cc)]
    return "post", LANG[cc], wrap(R, req(R, cc, "post"), body)


def chip_line(R, cc, pet):
    return [fl(cc)["chip"], ": ", N(pet.chip, "microchip")]


# ---------------------------------------------------------------- T8 pet-sitter / dog-walker booking
SITTER = {  # title | dates | key safe | alarm code | wifi | feeding | walks | partner | vet practice | keys
    "en": "Pet sitting booking form|Dates|Key safe (by the back door)|Alarm code|Wi-Fi|Feeding|Walks|Partner / second contact|Registered vet practice|Spare key with",
    "de": "Buchungsformular Tierbetreuung|Zeitraum|Schlüsseltresor (Garage)|Alarmanlage Code|WLAN|Füttern|Gassi|Partner/in / zweiter Kontakt|Tierarztpraxis|Ersatzschlüssel bei",
    "nl": "Boekingsformulier oppas|Periode|Sleutelkluis (achterdeur)|Alarmcode|Wifi|Voeren|Uitlaten|Partner / tweede contact|Dierenartspraktijk|Reservesleutel bij",
    "fr": "Fiche de réservation garde d'animaux|Dates|Boîte à clés (portail)|Code alarme|Wi-Fi|Repas|Promenades|Conjoint / second contact|Clinique vétérinaire|Double des clés chez",
    "es": "Ficha de reserva – cuidado de mascotas|Fechas|Caja de llaves (puerta trasera)|Código de la alarma|Wifi|Comida|Paseos|Pareja / segundo contacto|Clínica veterinaria|Copia de llaves con",
    "it": "Modulo prenotazione pet sitter|Date|Cassetta chiavi (cancello)|Codice allarme|Wi-Fi|Pappa|Passeggiate|Partner / secondo contatto|Veterinario di fiducia|Chiavi di scorta da",
    "pt": "Ficha de reserva pet sitting|Datas|Cofre de chaves (portão)|Código do alarme|Wi-Fi|Alimentação|Passeios|Companheiro/a / 2.º contacto|Clínica veterinária|Chave suplente com",
    "sv": "Bokningsformulär djurpassning|Datum|Nyckelbox (vid altandörren)|Larmkod|Wifi|Mat|Promenader|Partner / andra kontakt|Veterinärklinik|Extranyckel hos",
    "nb": "Bestillingsskjema dyrepass|Datoer|Nøkkelboks (ved garasjen)|Alarmkode|Wi-Fi|Fôring|Turer|Partner / annen kontakt|Dyreklinikk|Reservenøkkel hos",
    "fi": "Lemmikkihoidon varauslomake|Päivät|Avainsäilö (autotallin seinä)|Hälytinkoodi|Wi-Fi|Ruokinta|Lenkit|Puoliso / toinen yhteyshenkilö|Eläinlääkäriasema|Vara-avain",
    "pl": "Formularz rezerwacji opieki nad zwierzętami|Termin|Sejf na klucze (przy furtce)|Kod alarmu|Wi-Fi|Karmienie|Spacery|Partner / drugi kontakt|Przychodnia weterynaryjna|Zapasowy klucz u",
    "cs": "Objednávka hlídání zvířat|Termín|Schránka na klíče (u branky)|Kód alarmu|Wi-Fi|Krmení|Venčení|Partner / druhý kontakt|Veterinární ordinace|Náhradní klíč má",
    "ja": "ペットシッター申込書|期間|キーボックス（勝手口）|警報解除コード|Wi-Fi|ごはん|散歩|家族 / 第二連絡先|かかりつけ動物病院|合鍵の預け先",
    "ko": "펫시터 예약 신청서|기간|키박스 (뒷문)|경보 해제 번호|와이파이|급식|산책|배우자 / 두 번째 연락처|단골 동물병원|보조 열쇠 보관",
    "he": "טופס הזמנת פט-סיטר|תאריכים|כספת מפתחות (ליד הדלת האחורית)|קוד אזעקה|Wi-Fi|האכלה|טיולים|בן/בת זוג / איש קשר נוסף|מרפאה וטרינרית|מפתח רזרבי אצל",
}


def door_code(R):
    return L("secret", R.choice(["%04d" % R.randint(0, 9999), "%d%d%d%d" % tuple(R.randint(0, 9) for _ in range(4)), "C%03d" % R.randint(0, 999), "%05d" % R.randint(0, 99999)]), sub="door_code")


def alarm_code(R):
    return L("secret", R.choice(["%04d" % R.randint(0, 9999), "%06d" % R.randint(0, 999999), "%04d#" % R.randint(0, 9999)]).rstrip("#"), sub="alarm_code")


WIFI_WORDS = ["Heuboden", "Strohballen", "Kuhglocke", "MeadowLark", "Haystack", "Zwergziege", "Tractor", "Runkelrübe", "Gänseblümchen", "Bramblepatch", "Klaver", "Pipoca"]


def wifi_key(R):
    w = R.choice(WIFI_WORDS)
    return L("secret", R.choice([w + str(R.randint(10, 99)) + R.choice("!#?*"), w.lower() + "-" + R.choice(WIFI_WORDS).lower() + "-" + str(R.randint(1, 99)), rnd(R, string.ascii_letters + string.digits, 12)]), sub="wifi_key")


@tpl("pet_sitter_booking", 29, ["GB", "US", "DE", "NL", "FR", "ES", "IT", "SE", "NO", "FI", "PL", "CZ", "JP", "KR", "IL", "PT", "AU", "AT", "IE"])
def t_sitter(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(SITTER, cc)
    used = set()
    c = make_person(R, cc, used=used)
    pets = [Pet(R, cc) for _ in range(R.randint(1, 2))]
    d1 = when(R)
    d2 = d1 + datetime.timedelta(days=R.randint(2, 14))
    body = [T[0], "\n\n", F["name"], ": ", PN(c), "\n", F["address"], ": ", A(R, cc), "\n", F["phone"], ": ", P(R, cc), "\n", F["email"], ": ", E(R, c), "\n",
            T[1], ": ", N(fmt_dob(R, cc, d1), "booking_date"), " – ", N(fmt_dob(R, cc, d2), "booking_date"), "\n\n"]
    for pt in pets:
        body += [F["animal"], ": ", N(pt.name, "pet_name"), " (", pt.species, ", ", pt.breed, ", ", F["dob"], " ", N(fmt_dob(R, cc, pt.born), "animal_dob"), ")\n"]
    body += [T[5], ": ", R.choice(["2 × 150 g", "7:30 + 18:00", "½ + 40 g"]), "\n", T[6], ": ", R.choice(["2 × 45 min", "3×/day", "1 h"]), "\n\n",
             T[2], ": ", door_code(R), "\n", T[3], ": ", alarm_code(R), "\n"]
    if R.random() < 0.6:
        body += [T[4], ": ", N(R.choice(["FarmhouseNet", "BT-Hub-4G7K", "FRITZ!Box 7590 QX", "Vodafone-C3A1", "Livebox-8E20"]), "ssid"), " / ", wifi_key(R), "\n"]
    pa = make_person(R, cc, used=used)
    body += [T[7], ": ", PN(pa), ", ", P(R, cc), "\n"]
    if R.random() < 0.4:
        nbp = make_person(R, cc, used=used)
        body += [T[9], ": ", PN(nbp), "\n"]
    if R.random() < 0.3:
        body += [{"en": "Deposit (card)", "de": "Anzahlung per Karte", "fr": "Acompte par carte", "nl": "Aanbetaling per kaart", "es": "Señal con tarjeta", "it": "Acconto con carta", "sv": "Handpenning med kort", "pl": "Zaliczka kartą"}.get(lg, "💳"), ": ", card_label(R), " ", expiry(R), "\n"]
    body += [T[8], ": ", N(R.choice(CLINICS[cc]), "clinic"), ", ", N(org_phone(R, cc), "org_phone")]
    return "form", lg, wrap(R, req(R, cc, R.choice(["check", "table", "reply"])), body)


# ---------------------------------------------------------------- T9 breeder's puppy sale contract
PUPPY = {  # title | breeder | buyer | kennel | pedigree no. | litter born | price | deposit paid to | clause | signed
    "en": "Puppy sale contract|Breeder|Buyer|Kennel affix|KC registration no.|Litter born|Price|Deposit of 300 paid to|The buyer agrees to offer the puppy back to the breeder should they ever be unable to keep it.|Signed",
    "de": "Welpenkaufvertrag|Züchter/in|Käufer/in|Zwingername|Zuchtbuch-Nr.|Wurftag|Kaufpreis|Anzahlung 300 € auf|Der Käufer verpflichtet sich, den Hund bei Abgabe zuerst dem Züchter anzubieten.|Unterschriften",
    "fr": "Contrat de vente d'un chiot|Éleveur|Acquéreur|Affixe|N° d'inscription|Date de naissance de la portée|Prix|Acompte de 300 € versé sur|L'acquéreur s'engage à proposer le chiot en priorité à l'éleveur en cas de cession.|Fait et signé",
    "nl": "Koopovereenkomst pup|Fokker|Koper|Kennelnaam|Stamboomnr.|Geboortedatum nest|Koopsom|Aanbetaling € 300 op|De koper biedt de hond bij herplaatsing eerst aan de fokker aan.|Getekend",
    "es": "Contrato de compraventa de cachorro|Criador/a|Comprador/a|Afijo|N.º de registro|Fecha de nacimiento de la camada|Precio|Señal de 300 € ingresada en|El comprador se compromete a ofrecer el cachorro al criador antes de cederlo a terceros.|Firmado",
    "it": "Contratto di vendita cucciolo|Allevatore|Acquirente|Affisso|N. di iscrizione|Data di nascita cucciolata|Prezzo|Caparra di 300 € versata su|L'acquirente si impegna a offrire il cane all'allevatore prima di cederlo.|Firmato",
    "pt": "Contrato de compra e venda de cachorro|Criador|Comprador|Afixo|N.º de registo|Data de nascimento da ninhada|Preço|Sinal de 300 € pago para|O comprador compromete-se a oferecer o cão primeiro ao criador.|Assinado",
    "br": "Contrato de compra e venda de filhote|Criador(a)|Comprador(a)|Canil|Registro|Nascimento da ninhada|Valor|Sinal de R$ 500 via PIX|O comprador se compromete a oferecer o filhote primeiro ao criador.|Assinaturas",
    "pl": "Umowa kupna-sprzedaży szczenięcia|Hodowca|Nabywca|Przydomek hodowlany|Nr rodowodu|Data urodzenia miotu|Cena|Zadatek 1200 zł wpłacony na|Nabywca zobowiązuje się w razie oddania psa najpierw zaproponować go hodowcy.|Podpisy",
    "cs": "Kupní smlouva na štěně|Chovatel|Kupující|Chovatelská stanice|Č. zápisu ČMKU|Datum vrhu|Cena|Záloha 5 000 Kč na účet|Kupující se zavazuje nabídnout psa nejprve chovateli.|Podpisy",
    "sv": "Köpeavtal valp|Uppfödare|Köpare|Kennelnamn|Reg.nr SKK|Kullen född|Pris|Handpenning 3 000 kr till|Köparen erbjuder hunden till uppfödaren i första hand vid omplacering.|Underskrifter",
    "fi": "Koiran kauppasopimus|Kasvattaja|Ostaja|Kennelnimi|Rekisterinumero|Pentue syntynyt|Kauppahinta|Varausmaksu 300 € tilille|Ostaja tarjoaa koiraa ensin kasvattajalle, jos joutuu luopumaan siitä.|Allekirjoitukset",
    "hu": "Adásvételi szerződés – kiskutya|Tenyésztő|Vevő|Kennelnév|MEOESZ törzskönyvszám|Alom születése|Vételár|Foglaló 100 000 Ft a számlára|A vevő vállalja, hogy a kutyát először a tenyésztőnek ajánlja fel.|Aláírások",
    "ro": "Contract de vânzare-cumpărare cățel|Crescător|Cumpărător|Afix canisa|Nr. înregistrare|Data nașterii cuibului|Preț|Avans 1 500 lei în contul|Cumpărătorul se obligă să ofere câinele mai întâi crescătorului.|Semnături",
    "tr": "Yavru köpek satış sözleşmesi|Yetiştirici|Alıcı|Kennel adı|Tescil no|Batın doğum tarihi|Bedel|5.000 TL kapora yatırılan hesap|Alıcı köpeği devretmeden önce yetiştiriciye teklif etmeyi kabul eder.|İmzalar",
    "ru": "Договор купли-продажи щенка|Заводчик|Покупатель|Заводская приставка|№ метрики|Дата рождения помёта|Цена|Задаток 10 000 ₽ переведён на|Покупатель обязуется в случае передачи собаки сначала предложить её заводчику.|Подписи",
}
KENNELS = ["of Bramblecombe", "vom Kiebitzmoor", "du Val des Genêts", "van de Ooievaarshof", "de la Dehesa Alta", "della Valle dei Gelsi", "do Monte Verde", "Pampa Dourado",
           "z Wrzosowej Łąki", "z Lískového Dvora", "Tallmossens", "Kanervakummun", "Tisza-parti", "de la Stâna Veche", "Ovakent", "Степной Ветер"]


def pedigree_no(R, cc):
    return {"GB": "AB%05d%02d" % (R.randint(0, 99999), R.randint(1, 9)), "DE": "VDH/%s %02d/%04d" % (R.choice(["DRC", "CfBrH", "DTK"]), R.randint(20, 25), R.randint(1, 9999)),
            "FR": "LOF %d/%d" % (R.randint(100000, 299999), R.randint(1000, 9999)), "NL": "NHSB %d" % R.randint(3000000, 3499999), "ES": "LOE %d" % R.randint(2000000, 2999999),
            "IT": "ROI %02d/%06d" % (R.randint(20, 25), R.randint(0, 199999)), "PT": "LOP %d" % R.randint(100000, 999999), "BR": "RG CBKC %s-%05d/%02d" % (R.choice(["GO", "SC", "RS"]), R.randint(0, 99999), R.randint(20, 25)),
            "PL": "PKR.VIII-%d" % R.randint(10000, 99999), "CZ": "ČLP/%s/%d" % (R.choice(["LR", "BOC", "NO"]), R.randint(10000, 99999)), "SE": "SE%d/20%02d" % (R.randint(10000, 99999), R.randint(20, 25)),
            "FI": "FI%d/%02d" % (R.randint(10000, 99999), R.randint(20, 25)), "HU": "MET.%s.%d/%02d" % (R.choice(["lab", "bc", "vizs"]), R.randint(1000, 9999), R.randint(20, 25)),
            "RO": "COR %s %d" % (R.choice(["LR", "BC"]), R.randint(1000, 99999)), "TR": "KIF-%05d" % R.randint(0, 99999), "RU": "РКФ %d" % R.randint(5000000, 6999999),
            "US": "AKC %s%d%02d" % (R.choice(["SS", "SR", "WS"]), R.randint(10000000, 99999999), R.randint(1, 12)), "AT": "ÖHZB %s %d" % (R.choice(["LR", "BC"]), R.randint(1000, 9999))}.get(cc, "REG %d" % R.randint(10000, 99999))


@tpl("puppy_contract", 29, ["GB", "DE", "FR", "NL", "ES", "IT", "PT", "BR", "PL", "CZ", "SE", "FI", "HU", "RO", "TR", "RU", "US", "AT"])
def t_puppy(R, cc):
    F, lg = fl(cc), lgof(cc)
    T = X(PUPPY, cc)
    used = set()
    br = make_person(R, cc, used=used)
    bu = make_person(R, cc, used=used)
    pet = Pet(R, cc, kind=0)
    body = [T[0], "\n\n1. ", T[1], ": ", PN(br), " (", T[3], " ", N("»" + R.choice(KENNELS) + "«", "kennel_name"), ")\n", F["address"], ": ", A(R, cc, sub="breeder_home"), "\n",
            F["phone"], ": ", P(R, cc), " · ", F["email"], ": ", E(R, br), "\n\n2. ", T[2], ": ", PN(bu), "\n", F["address"], ": ", A(R, cc), "\n",
            F["phone"], ": ", P(R, cc), " · ", F["email"], ": ", E(R, bu), "\n"]
    if cc in ("ES", "IT", "PT", "BR", "PL", "RO", "TR", "HU", "CZ") and R.random() < 0.8:
        lab, g = gov_id(R, bu)
        body += [lab, ": ", g, "\n"]
    body += ["\n3. ", F["breed"], ": ", pet.breed, ", ", sex_word(lg, pet.male), (", " + F["colour"] + ": " + R.choice(["black", "yellow", "blue merle", "tricolour", "liver"])) if lg == "en" else "", "\n",
             T[4], ": ", N(pedigree_no(R, cc), "pedigree_no"), "\n", T[5], ": ", N(fmt_dob(R, cc, rand_date(R, 2025, 2025)), "litter_dob"), "\n", F["chip"], ": ", N(pet.chip, "microchip"), "\n",
             T[6], ": ", N(money(R, cc, 900, 2800), "amount"), "\n"]
    if cc == "BR":
        body += [T[7], " (", R.choice(["chave", "chave PIX"]), ": ", E(R, br), ")\n"]
    elif cc in IBAN_SPEC:
        body += [T[7], " ", pay_label(R, cc), "\n"]
    body += ["\n", T[8], "\n\n", T[9], ": ", PN(br), " / ", PN(bu)]
    return "contract", LANG[cc], wrap(R, req(R, cc, R.choice(["summ", "check"])), body)


# ---------------------------------------------------------------- T10 livery agreement / horse
LIVERY = {  # title | yard owner | horse owner | horse | UELN | passport | monthly fee | paid to | farrier | clause
    "en": "DIY / part livery agreement|Yard owner|Horse owner|Horse|UELN|Passport no.|Monthly fee|Payable on the 1st to|Farrier|The owner keeps the horse's vaccinations and worming up to date and carries third-party liability cover.",
    "de": "Einstellervertrag (Pensionspferd)|Stallbetreiber/in|Pferdebesitzer/in|Pferd|UELN|Equidenpass-Nr.|Boxenmiete monatlich|Zahlbar zum 1. auf|Hufschmied|Der Einsteller sorgt für Impfungen und Wurmkuren und unterhält eine Tierhalterhaftpflicht.",
    "nl": "Stallingsovereenkomst|Stalhouder|Eigenaar paard|Paard|UELN|Paspoortnr.|Stallingsprijs per maand|Te voldoen vóór de 1e op|Hoefsmid|De eigenaar zorgt voor vaccinaties en ontworming en heeft een WA-verzekering.",
    "fr": "Contrat de mise en pension|Gérant de l'écurie|Propriétaire du cheval|Cheval|UELN|N° SIRE|Pension mensuelle|Payable le 1er sur|Maréchal-ferrant|Le propriétaire tient à jour vaccins et vermifuges et souscrit une assurance RC.",
    "sv": "Uppstallningsavtal|Stallägare|Hästägare|Häst|UELN|Passnummer|Månadsavgift|Betalas den 1:a till|Hovslagare|Hästägaren ansvarar för vaccinationer och avmaskning samt har ansvarsförsäkring.",
    "nb": "Oppstallingsavtale|Stalleier|Hesteeier|Hest|UELN|Passnummer|Månedsleie|Betales den 1. til|Hovslager|Eier sørger for vaksiner og ormekur og har ansvarsforsikring.",
    "fi": "Täysihoitosopimus|Tallinpitäjä|Hevosen omistaja|Hevonen|UELN|Passin numero|Kuukausimaksu|Maksetaan kuun 1. päivä tilille|Kengittäjä|Omistaja huolehtii rokotuksista ja madotuksista sekä vastuuvakuutuksesta.",
    "pl": "Umowa pensjonatowa dla konia|Właściciel stajni|Właściciel konia|Koń|UELN|Nr paszportu|Opłata miesięczna|Płatna do 1. dnia na|Kowal|Właściciel konia dba o szczepienia i odrobaczanie oraz ma polisę OC.",
}


@tpl("livery_agreement", 28, ["GB", "DE", "NL", "FR", "SE", "NO", "FI", "PL", "IE", "AT", "US", "AU"])
def t_livery(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(LIVERY, cc)
    used = set()
    yo = make_person(R, cc, used=used)
    ho = make_person(R, cc, used=used)
    fa = make_person(R, cc, used=used)
    v = make_person(R, cc, used=used)
    horse = Pet(R, cc, kind=2)
    while True:
        ueln = "%s%s%09d" % (CHIP_CC[cc], R.choice(["001", "002", "012", "019"]), R.randint(0, 999999999))
        if not luhn_ok(ueln):
            break
    body = [T[0], "\n\n", T[1], ": ", PN(yo), ", ", A(R, cc, sub="farm"), "\n", T[2], ": ", PN(ho), "\n", F["address"], ": ", A(R, cc), "\n",
            F["phone"], ": ", P(R, cc), "\n", F["email"], ": ", E(R, ho), "\n"]
    if R.random() < 0.35:
        em = make_person(R, cc, used=used)
        body += [F["emergency"], ": ", PN(em), ", ", P(R, cc), "\n"]
    body += ["\n", T[3], ": ", N(horse.name, "horse_name"), ", ", horse.breed, ", ", F["dob"], " ", N(fmt_dob(R, cc, horse.born), "animal_dob"), "\n",
             T[4], ": ", N(ueln, "ueln"), " · ", T[5], ": ", N("%s-%d" % (R.choice(["PP", "EP", "HP"]), R.randint(100000, 999999)), "horse_passport_no"), "\n",
             F["chip"], ": ", N(horse.chip, "microchip"), "\n\n", T[6], ": ", N(money(R, cc, 180, 650), "amount"), "\n"]
    if cc in IBAN_SPEC:
        body += [T[7], " ", pay_label(R, cc), "\n"]
    body += [F["vet"], ": ", vet_name(R, v), PN(v), " (", N(R.choice(CLINICS[cc]), "clinic"), ")\n", T[8], ": ", PN(fa), ", ", P(R, cc) if R.random() < 0.5 else N(org_phone(R, cc), "org_phone"), "\n\n", T[9]]
    return "contract", lg, wrap(R, req(R, cc, R.choice(["summ", "check"])), body)


# ---------------------------------------------------------------- T11 farm subsidy application
SUBSIDY = {  # title | holding no. | applicant farmer | parcels | area | crop | payee account | phone | declaration
    "de": "Sammelantrag Agrarförderung 2026|Betriebsnummer (BNRZD)|Antragsteller/in (Betriebsinhaber/in)|Flächenverzeichnis|Fläche (ha)|Kultur|Auszahlung auf|Telefon|Ich versichere die Richtigkeit meiner Angaben.",
    "fr": "Déclaration PAC 2026 (Telepac)|N° PACAGE|Demandeur (exploitant)|Îlots et parcelles|Surface (ha)|Culture|Paiement sur|Téléphone|Je certifie l'exactitude des informations déclarées.",
    "es": "Solicitud Única PAC 2026|N.º REGA|Solicitante (titular de la explotación)|Recintos SIGPAC|Superficie (ha)|Cultivo|Cuenta para el pago|Teléfono|Declaro que los datos son ciertos.",
    "it": "Domanda Unica PAC 2026|CUAA / fascicolo aziendale|Richiedente (titolare)|Particelle catastali|Superficie (ha)|Coltura|Accredito su|Telefono|Dichiaro che quanto sopra corrisponde al vero.",
    "pt": "Pedido Único 2026|N.º de beneficiário IFAP|Requerente (titular da exploração)|Parcelas (iSIP)|Área (ha)|Cultura|Pagamento para|Telefone|Declaro que as informações são verdadeiras.",
    "pl": "Wniosek o płatności bezpośrednie 2026|Nr identyfikacyjny producenta (EP)|Wnioskodawca (rolnik)|Działki rolne|Powierzchnia (ha)|Uprawa|Rachunek do wypłaty|Telefon|Oświadczam, że dane są zgodne z prawdą.",
    "cs": "Jednotná žádost 2026|Registrační číslo (JI)|Žadatel (zemědělský podnikatel)|Díly půdních bloků (LPIS)|Výměra (ha)|Plodina|Platba na účet|Telefon|Prohlašuji, že údaje jsou pravdivé.",
    "hu": "Egységes kérelem 2026|Ügyfél-azonosító (MVH)|Kérelmező (gazdálkodó)|Táblák (MePAR blokkazonosító)|Terület (ha)|Növény|Kifizetés bankszámlára|Telefon|Kijelentem, hogy az adatok a valóságnak megfelelnek.",
    "ro": "Cerere unică de plată 2026 (APIA)|Cod RO APIA|Solicitant (fermier)|Parcele (LPIS)|Suprafața (ha)|Cultura|Plata în contul|Telefon|Declar pe propria răspundere că datele sunt corecte.",
    "el": "Ενιαία Αίτηση Ενίσχυσης 2026 (ΟΣΔΕ)|Κωδ. εκμετάλλευσης|Αιτών (κάτοχος εκμετάλλευσης)|Αγροτεμάχια|Έκταση (ha)|Καλλιέργεια|Πληρωμή στον λογαριασμό|Τηλέφωνο|Δηλώνω υπεύθυνα ότι τα στοιχεία είναι αληθή.",
    "en": "Basic Income Support / area aid application 2026|Herd no. / holding (CPH)|Applicant (farmer)|Land parcels|Area (ha)|Crop|Payment to|Phone|I declare that the information given is correct.",
    "fi": "Tukihakemus 2026 (Vipu)|Tilatunnus|Hakija (viljelijä)|Peruslohkot|Pinta-ala (ha)|Kasvi|Maksu tilille|Puhelin|Vakuutan tiedot oikeiksi.",
    "sv": "SAM-ansökan 2026|Produktionsplatsnummer|Sökande (brukare)|Skiften (blocknummer)|Areal (ha)|Gröda|Utbetalning till|Telefon|Jag intygar att uppgifterna är riktiga.",
    "nl": "Gecombineerde opgave 2026|Relatienummer RVO|Aanvrager (landbouwer)|Percelen|Oppervlakte (ha)|Gewas|Uitbetaling op|Telefoon|Ik verklaar dit naar waarheid te hebben ingevuld.",
    "tr": "ÇKS Başvuru Formu 2026|İşletme no|Başvuru sahibi (çiftçi)|Parseller (ada/parsel)|Alan (dekar)|Ürün|Ödeme hesabı|Telefon|Beyan ettiğim bilgilerin doğru olduğunu taahhüt ederim.",
    "uk": "Заявка на бюджетну дотацію 2026 (ДАР)|Реєстраційний № господарства|Заявник (фермер)|Земельні ділянки (кадастрові номери)|Площа (га)|Культура|Рахунок для виплати|Телефон|Підтверджую достовірність наданих відомостей.",
    "hi": "पीएम-किसान पंजीकरण फ़ॉर्म|किसान पंजीकरण सं.|आवेदक किसान|खसरा / खतौनी|रकबा (हेक्टेयर)|फसल|बैंक खाता|मोबाइल|मैं घोषित करता/करती हूँ कि दी गई जानकारी सही है।",
    "br": "Cadastro para crédito rural / Pronaf 2026|Nº CAR|Proponente (agricultor)|Talhões|Área (ha)|Cultura|Conta para liberação|Celular|Declaro que as informações são verdadeiras.",
}
CROPS = {"de": ["Winterweizen", "Silomais", "Dauergrünland", "Winterraps", "Zuckerrüben"], "fr": ["blé tendre", "maïs ensilage", "prairie permanente", "colza"],
         "es": ["trigo blando", "olivar", "viñedo", "cebada"], "it": ["mais da granella", "riso", "prato stabile", "frumento duro"], "pt": ["olival", "pastagem permanente", "montado", "milho"],
         "pl": ["pszenica ozima", "kukurydza", "użytki zielone", "rzepak"], "cs": ["pšenice ozimá", "kukuřice", "trvalý travní porost", "řepka"],
         "hu": ["őszi búza", "kukorica", "napraforgó", "gyep"], "ro": ["grâu", "porumb", "floarea-soarelui", "pășune"], "el": ["βαμβάκι", "ελιές", "σιτάρι", "τριφύλλι"],
         "en": ["permanent grassland", "spring barley", "winter wheat", "temporary grass"], "fi": ["kevätvehnä", "nurmi", "ohra", "kaura"], "sv": ["vall", "höstvete", "korn", "havre"],
         "nl": ["grasland, blijvend", "snijmaïs", "consumptieaardappelen", "suikerbieten"], "tr": ["buğday", "arpa", "ayçiçeği", "şeker pancarı"],
         "uk": ["пшениця озима", "соняшник", "кукурудза", "ячмінь"], "hi": ["गेहूँ", "धान", "सरसों", "गन्ना"], "br": ["soja", "milho safrinha", "pastagem", "café"]}


def holding_no(R, cc):
    return {"DE": "276 09 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)), "FR": "0%d%06d" % (R.randint(10, 95), R.randint(0, 999999)),
            "ES": "ES%012d" % R.randint(0, 10 ** 12 - 1), "IT": "fascicolo %d" % R.randint(100000, 999999), "PT": "%09d" % R.randint(0, 10 ** 9 - 1),
            "PL": "%09d" % R.randint(0, 10 ** 9 - 1), "CZ": "%07d" % R.randint(0, 9999999), "HU": "%d" % R.randint(1000000000, 1009999999),
            "RO": "RO%09d" % R.randint(0, 10 ** 9 - 1), "GR": "%d" % R.randint(1000000, 9999999), "IE": "herd no. %s%05d" % (R.choice(["P", "E", "H", "A"]), R.randint(0, 99999)),
            "GB": "CPH %02d/%03d/%04d" % (R.randint(1, 99), R.randint(1, 999), R.randint(1, 9999)), "FI": "%03d%06d" % (R.randint(0, 999), R.randint(0, 999999)),
            "SE": "SE%07d" % R.randint(0, 9999999), "NL": "%010d" % R.randint(0, 10 ** 10 - 1), "TR": "TR%s%07d" % (R.choice(["06", "42", "09"]), R.randint(0, 9999999)),
            "UA": "%d" % R.randint(10000000, 99999999), "IN": "UP%d" % R.randint(10 ** 9, 10 ** 10 - 1), "BR": "%s-%07d-%s" % (R.choice(["SC", "GO", "MT"]), R.randint(0, 9999999), rnd(R, "0123456789ABCDEF", 32)),
            "AT": "%07d" % R.randint(0, 9999999)}[cc]


def parcel_id(R, cc):
    return {"DE": "DENILI%010d" % R.randint(0, 10 ** 10), "FR": "îlot %d / parcelle %d" % (R.randint(1, 40), R.randint(1, 12)),
            "ES": "%02d:%03d:0:0:%d:%d:%d" % (R.randint(1, 50), R.randint(1, 300), R.randint(1, 20), R.randint(1, 400), R.randint(1, 9)),
            "IT": "fg. %d part. %d" % (R.randint(1, 60), R.randint(1, 900)), "PT": "P%d" % R.randint(1000000000, 9999999999),
            "PL": "%06d_2.%04d.%d" % (R.randint(0, 999999), R.randint(0, 9999), R.randint(1, 400)), "CZ": "%s %04d/%d" % (R.choice(["620-1080", "650-1130"]), R.randint(0, 9999), R.randint(1, 9)),
            "HU": "%s%s-%d-%02d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVXYZ", 1), rnd(R, "0123456789", 4), R.randint(1, 9), R.randint(1, 99)), "RO": "bloc %d, parcela %d" % (R.randint(1, 300), R.randint(1, 30)),
            "GR": "%010d" % R.randint(0, 10 ** 10 - 1), "IE": "%s%07d" % (R.choice(["P", "E", "H", "A"]), R.randint(0, 9999999)), "GB": "%s %04d %04d" % (R.choice(["SD", "SO", "NY", "SE"]), R.randint(0, 9999), R.randint(0, 9999)),
            "FI": "%010d" % R.randint(0, 10 ** 10 - 1), "SE": "%s%05d" % (R.choice(["E", "F", "G"]), R.randint(0, 99999)), "NL": "perceel %d" % R.randint(1, 40),
            "TR": "ada %d parsel %d" % (R.randint(100, 999), R.randint(1, 60)), "UA": "%010d:%02d:%03d:%04d" % (R.randint(0, 10 ** 10), R.randint(1, 9), R.randint(1, 999), R.randint(1, 9999)),
            "IN": "खसरा %d/%d" % (R.randint(1, 900), R.randint(1, 9)), "BR": "talhão %02d" % R.randint(1, 40), "AT": "Schlag %d, Feldstück %d" % (R.randint(1, 30), R.randint(1, 20))}[cc]


@tpl("farm_subsidy", 30, ["DE", "FR", "ES", "IT", "PT", "PL", "CZ", "HU", "RO", "GR", "IE", "FI", "SE", "NL", "TR", "UA", "IN", "BR", "GB", "AT"])
def t_subsidy(R, cc):
    F, lg = fl(cc), lgof(cc)
    T = X(SUBSIDY, cc)
    used = set()
    f = make_person(R, cc, used=used)
    body = [T[0], "\n", T[1], ": ", N(holding_no(R, cc), "holding_no"), "\n\n", T[2], ": ", PN(f), "\n", F["dob"], ": ", DOB(R, f), "\n"]
    lab, g = gov_id(R, f)
    body += [lab, ": ", g, "\n", F["address"], ": ", A(R, cc, sub="farm"), "\n", T[7], ": ", P(R, cc) if R.random() < 0.8 else "—", "\n"]
    if R.random() < 0.45:
        body += [F["email"], ": ", E(R, f), "\n"]
    if R.random() < 0.3:
        sp = make_person(R, cc, used=used, family=(f.family, f.rfamily) if cc not in ("PL", "CZ", "RU", "GR", "ES", "PT", "BR", "IS") else None)
        lab2, g2 = gov_id(R, sp)
        body += ["+ ", PN(sp), ", ", lab2, " ", g2, "\n"]
    body += [T[6], ": ", pay_label(R, cc), "\n\n", T[3], ":\n"]
    crops = CROPS.get(lg, CROPS["en"])
    for _ in range(R.randint(2, 4)):
        body += ["  ", N(parcel_id(R, cc), "parcel_id"), " | ", R.choice(crops), " | ", N("%d,%02d" % (R.randint(0, 40), R.randint(0, 99)), "area"), "\n"]
    body += ["\n", T[8]]
    return "form", LANG[cc], wrap(R, req(R, cc, R.choice(["check", "summ"])), body)


# ---------------------------------------------------------------- T12 milk / grain delivery statement
DELIV = {  # title | supplier no. | supplier | period | date | quantity | fat | protein | price | total | paid to
    "de": "Milchgeldabrechnung|Lieferanten-Nr.|Lieferant/in|Abrechnungszeitraum|Datum|Menge (kg)|Fett %|Eiweiß %|Grundpreis ct/kg|Auszahlungsbetrag|Überweisung auf",
    "nl": "Melkgeldafrekening|Leveranciersnr.|Leverancier|Periode|Datum|Kg melk|Vet %|Eiwit %|Basisprijs per 100 kg|Uit te betalen|Overgemaakt naar",
    "fr": "Relevé de paie du lait|N° producteur|Producteur|Période|Date|Litres|MG g/l|MP g/l|Prix de base €/1000 l|Net à payer|Virement sur",
    "en": "Milk statement|Supplier no.|Supplier|Period|Date|Litres|Butterfat %|Protein %|Base price p/l|Net payment|Paid to",
    "pl": "Rozliczenie mleka|Nr dostawcy|Dostawca|Okres|Data|Ilość (l)|Tłuszcz %|Białko %|Cena bazowa zł/l|Do wypłaty|Przelew na",
    "cs": "Vyúčtování dodávek mléka|Č. dodavatele|Dodavatel|Období|Datum|Množství (l)|Tuk %|Bílkoviny %|Základní cena Kč/l|K výplatě|Převodem na",
    "fi": "Maitotilitys|Tuottajanumero|Tuottaja|Tilityskausi|Päivä|Litrat|Rasva %|Valkuainen %|Perushinta snt/l|Maksetaan|Tilille",
    "sv": "Mjölklikvid|Leverantörsnr|Leverantör|Period|Datum|Liter|Fett %|Protein %|Grundpris öre/kg|Att utbetala|Till konto",
    "nb": "Melkeoppgjør|Produsentnr.|Produsent|Periode|Dato|Liter|Fett %|Protein %|Grunnpris øre/l|Til utbetaling|Til konto",
    "it": "Liquidazione latte conferito|Cod. socio|Socio conferente|Periodo|Data|Litri|Grasso %|Proteine %|Prezzo base €/hl|Netto a pagare|Bonifico su",
    "es": "Liquidación de leche|N.º de socio|Ganadero/a|Periodo|Fecha|Litros|Grasa %|Proteína %|Precio base €/l|Líquido a percibir|Transferencia a",
    "pt": "Nota de liquidação de leite|N.º de produtor|Produtor|Período|Data|Litros|Gordura %|Proteína %|Preço base €/l|Valor líquido|Transferência para",
    "hu": "Tejelszámolás|Termelői szám|Termelő|Időszak|Dátum|Liter|Zsír %|Fehérje %|Alapár Ft/l|Kifizetendő|Átutalás",
    "ro": "Decont lapte livrat|Cod furnizor|Furnizor|Perioada|Data|Litri|Grăsime %|Proteină %|Preț de bază lei/l|De plată|Virament în contul",
    "el": "Εκκαθάριση γάλακτος|Κωδ. παραγωγού|Παραγωγός|Περίοδος|Ημερομηνία|Λίτρα|Λίπος %|Πρωτεΐνη %|Βασική τιμή €/kg|Πληρωτέο|Κατάθεση σε",
    "tr": "Süt hakediş belgesi|Üretici no|Üretici|Dönem|Tarih|Litre|Yağ %|Protein %|Baz fiyat TL/lt|Ödenecek tutar|Ödeme hesabı",
    "uk": "Розрахунок за здане молоко|№ постачальника|Постачальник|Період|Дата|Літри|Жир %|Білок %|Базова ціна грн/л|До виплати|На рахунок",
    "hi": "दूध भुगतान पर्ची|सदस्य कोड|सदस्य|अवधि|दिनांक|लीटर|फैट %|एसएनएफ %|दर ₹/ली.|देय राशि|खाता",
    "br": "Demonstrativo de pagamento do leite|Cód. produtor|Produtor(a)|Quinzena|Data|Litros|Gordura %|Proteína %|Preço base R$/l|Líquido a receber|Depósito em",
    "es_ar": "Liquidación de leche|N.º de tambo|Productor/a|Quincena|Fecha|Litros|Grasa %|Proteína %|Precio base $/l|Neto a cobrar|Acreditación en",
}
COOPS = {"de": "Molkerei Geestland eG", "nl": "Zuivelcoöperatie De Zuidwal", "fr": "Laiterie coopérative du Plateau", "en": "Fellside Dairies Ltd",
         "pl": "Okręgowa Spółdzielnia Mleczarska „Pradolina”", "cs": "Mlékárna Vysočina, družstvo", "fi": "Osuuskunta Pohjanmaito", "sv": "Mejeriföreningen Norrängen",
         "nb": "Fjellmeieriet SA", "it": "Latteria Sociale Tre Fontane", "es": "Cooperativa Láctea Valle del Tiétar", "pt": "Cooperativa de Lacticínios do Cávado",
         "hu": "Alföldi Tejszövetkezet", "ro": "Cooperativa Agricolă Lactis Vale", "el": "Συνεταιρισμός Γαλακτοπαραγωγών Θεσσαλίας", "tr": "Ova Süt Üreticileri Birliği",
         "uk": "Молочний кооператив «Заграва»", "hi": "पंचायत दुग्ध उत्पादक सहकारी समिति", "br": "Cooperativa Leite Serrano", "es_ar": "Cooperativa Tambera La Criolla"}


@tpl("delivery_statement", 28, ["DE", "NL", "FR", "IE", "GB", "PL", "CZ", "FI", "SE", "NO", "IT", "ES", "PT", "AT", "HU", "RO", "GR", "TR", "UA", "IN", "AR", "BR"])
def t_deliv(R, cc):
    lg = "es_ar" if cc == "AR" else lgof(cc)
    T = DELIV.get(lg, DELIV["en"]).split("|")
    F = fl(cc)
    used = set()
    f = make_person(R, cc, used=used)
    d0 = when(R)
    body = [N(COOPS.get(lg, COOPS["en"]), "coop"), " · ", N(org_addr(R, cc), "org_address"), " · ", N(org_phone(R, cc), "org_phone"), "\n", T[0], "\n\n",
            T[1], ": ", N("%05d" % R.randint(0, 99999), "supplier_no"), "\n", T[2], ": ", PN(f), "\n", A(R, cc, ml=R.random() < 0.5, sub="farm"), "\n"]
    if cc in ("ES", "PT", "IT", "GR", "TR", "IN", "BR", "AR", "RO") and R.random() < 0.7:
        lab, g = gov_id(R, f)
        body += [lab, ": ", g, "\n"]
    if R.random() < 0.25:
        body += [F["phone"], ": ", P(R, cc), "\n"]
    body += [T[3], ": ", N("%02d/%d" % (d0.month, d0.year), "period"), "\n\n", " | ".join(T[4:8]), "\n"]
    for k in range(R.randint(3, 5)):
        d = d0.replace(day=min(28, 2 + 3 * k))
        body += [N(fmt_dob(R, cc, d), "delivery_date"), " | ", N(str(R.randint(1800, 9600)), "quantity"), " | ", N("%.2f" % R.uniform(3.6, 4.6), "fat"), " | ", N("%.2f" % R.uniform(3.1, 3.7), "protein"), "\n"]
    body += ["\n", T[8], ": ", N("%d,%d" % (R.randint(38, 56), R.randint(0, 9)), "price"), "\n", T[9], ": ", N(money(R, cc, 4000, 19000), "amount"), "\n", T[10], ": ", pay_label(R, cc)]
    return "statement", LANG[cc], wrap(R, req(R, cc, R.choice(["summ", "table"])), body)


# ---------------------------------------------------------------- T13 seasonal farm worker list
WORKERS = {  # title | contact | name | nationality | DOB | passport / id | mobile | start | accommodation | bank
    "de": "Saisonarbeitskräfte Spargel/Erdbeeren|Ansprechpartner Betrieb|Name|Staatsangehörigkeit|Geburtsdatum|Pass-/Ausweisnr.|Handy|Beginn|Unterkunft|IBAN",
    "nl": "Seizoenwerkers aardbeienpluk|Contactpersoon bedrijf|Naam|Nationaliteit|Geboortedatum|Paspoort/ID-nr.|Mobiel|Start|Huisvesting|IBAN",
    "en": "Seasonal workers – soft fruit|Farm contact|Name|Nationality|DOB|Passport / ID no.|Mobile|Start|Accommodation|Bank (IBAN)",
    "es": "Temporeros campaña de la fresa|Contacto de la finca|Nombre|Nacionalidad|Fecha de nacimiento|Pasaporte / documento|Móvil|Alta|Alojamiento|IBAN",
    "it": "Stagionali vendemmia|Referente azienda|Nome|Nazionalità|Data di nascita|Passaporto / documento|Cellulare|Inizio|Alloggio|IBAN",
    "pl": "Pracownicy sezonowi – zbiór jabłek|Osoba kontaktowa w gospodarstwie|Imię i nazwisko|Obywatelstwo|Data urodzenia|Nr paszportu / dokumentu|Telefon|Początek|Zakwaterowanie|IBAN",
    "fi": "Kausityöntekijät – mansikanpoiminta|Tilan yhteyshenkilö|Nimi|Kansalaisuus|Syntymäaika|Passin / henkilökortin nro|Puhelin|Aloitus|Majoitus|IBAN",
    "sv": "Säsongsarbetare bärplockning|Kontaktperson gården|Namn|Medborgarskap|Födelsedatum|Pass-/ID-nr|Mobil|Start|Boende|IBAN",
    "nb": "Sesongarbeidere jordbær|Kontaktperson gården|Navn|Statsborgerskap|Fødselsdato|Pass-/ID-nr.|Mobil|Oppstart|Bolig|IBAN",
    "fr": "Saisonniers vendanges|Contact exploitation|Nom|Nationalité|Date de naissance|N° passeport / pièce d'identité|Portable|Début|Logement|IBAN",
    "el": "Εποχικοί εργάτες συγκομιδής|Υπεύθυνος εκμετάλλευσης|Ονοματεπώνυμο|Υπηκοότητα|Ημ. γέννησης|Αρ. διαβατηρίου / ταυτότητας|Κινητό|Έναρξη|Διαμονή|IBAN",
    "cs": "Sezónní pracovníci – sklizeň|Kontaktní osoba farmy|Jméno|Státní občanství|Datum narození|Č. pasu / dokladu|Mobil|Nástup|Ubytování|IBAN",
}
ORIGINS = {"DE": ["RO", "PL", "UA"], "NL": ["PL", "RO", "UA"], "GB": ["RO", "UA", "ID"], "ES": ["RO", "UA"], "IT": ["RO", "IN", "PL"], "PL": ["UA", "IN"],
           "FI": ["TH", "UA", "VN"], "SE": ["TH", "VN", "UA"], "NO": ["PL", "TH", "RO"], "AT": ["RO", "HU", "UA"], "FR": ["PT", "RO", "PL"],
           "GR": ["RO", "IN"], "CZ": ["UA", "RO"], "IE": ["PL", "RO", "PT"]}
NATION = {"RO": "RO", "PL": "PL", "UA": "UA", "TH": "TH", "VN": "VN", "ID": "ID", "IN": "IN", "HU": "HU", "PT": "PT"}


@tpl("seasonal_workers", 26, ["DE", "NL", "GB", "ES", "IT", "PL", "FI", "SE", "NO", "AT", "FR", "GR", "CZ", "IE"])
def t_workers(R, cc):
    lg = LANG[cc]
    T = X(WORKERS, cc)
    used = set()
    boss = make_person(R, cc, used=used)
    body = [T[0], "\n", T[1], ": ", PN(boss), ", ", P(R, cc), "\n\n", " ; ".join([T[2], T[3], T[4], T[5], T[6], T[7], T[8]] + ([T[9]] if True else [])), "\n"]
    start = when(R)
    for k in range(R.randint(2, 4)):
        oc = R.choice(ORIGINS[cc])
        w = make_person(R, oc, used=used, dob_range=(1966, 2005))
        name = w.roman if oc in NONLATIN else w.full
        if oc in NONLATIN:
            name = name.upper() if R.random() < 0.5 else name
        if oc in PASSPORT_FMT and R.random() < 0.6:
            idv = passport(R, oc)
        else:
            _, idv = gov_id(R, w)
        row = [L("person", name), " ; ", NATION[oc], " ; ", L("dob", fmt_dob(R, cc, w.dob)), " ; ", idv, " ; ", P(R, oc, region=cc) if R.random() < 0.6 else "—", " ; ",
               N(fmt_dob(R, cc, start + datetime.timedelta(days=7 * R.randint(0, 3))), "start_date"), " ; ", N(R.choice(["Container 2", "B/4", "Caravan 7", "Unit 3", "Chalet 1", "Mobilhome 12"]), "accommodation"), " ; "]
        if (oc in IBAN_SPEC or oc in EXTRA_IBAN) and R.random() < 0.35:
            row += [L("iban", iban_any(R, oc), sub=oc.lower())]
        else:
            row += ["—"]
        body += row + ["\n"]
    return "csv", lg, wrap(R, req(R, cc, R.choice(["check", "table"])), body)


# ---------------------------------------------------------------- T14 hunting / fishing licence application
LIC = {  # hunting title | fishing title | place of birth | licence type | previous licence no. | exam certificate | fee paid by card | valid
    "en": "Hunting licence application|Fishing licence application|Place of birth|Licence type|Previous licence no.|Hunter education cert. no.|Fee paid by card|Valid",
    "de": "Antrag auf Erteilung eines Jagdscheins|Antrag auf Fischereischein|Geburtsort|Art|Bisherige Schein-Nr.|Jägerprüfung Zeugnis-Nr.|Gebühr per Karte|Gültig",
    "fr": "Demande de validation du permis de chasser|Adhésion AAPPMA – carte de pêche|Lieu de naissance|Type|N° de permis|N° d'examen|Paiement par carte|Validité",
    "es": "Solicitud de licencia de caza|Solicitud de licencia de pesca continental|Lugar de nacimiento|Clase|N.º de licencia anterior|N.º certificado de aptitud|Pago con tarjeta|Validez",
    "it": "Domanda di rilascio licenza di caccia|Domanda licenza di pesca tipo B|Luogo di nascita|Tipo|N. licenza precedente|N. abilitazione venatoria|Pagamento con carta|Validità",
    "pl": "Wniosek o wydanie legitymacji członkowskiej PZŁ|Wniosek o kartę wędkarską|Miejsce urodzenia|Rodzaj|Nr poprzedniej karty|Nr świadectwa egzaminu|Opłata kartą|Ważność",
    "cs": "Žádost o vydání loveckého lístku|Žádost o vydání rybářského lístku|Místo narození|Druh|Č. předchozího lístku|Č. osvědčení o zkoušce|Poplatek kartou|Platnost",
    "sv": "Ansökan om jaktkort / viltvårdsavgift|Ansökan om fiskekort|Födelseort|Typ|Tidigare kortnummer|Jägarexamen nr|Betalt med kort|Giltigt",
    "nb": "Registrering i Jegerregisteret|Fiskekort – innlandsfiske|Fødested|Type|Tidligere jegernummer|Jegerprøve bevisnr.|Betalt med kort|Gyldig",
    "fi": "Riistanhoitomaksu / metsästyskortti|Kalastonhoitomaksu ja lupa|Syntymäpaikka|Tyyppi|Aiempi numero|Metsästäjätutkinto nro|Maksettu kortilla|Voimassa",
    "hu": "Vadászjegy kiváltása iránti kérelem|Horgászjegy igénylés|Születési hely|Típus|Előző jegy száma|Vadászvizsga bizonyítvány száma|Kártyás fizetés|Érvényes",
    "ro": "Cerere permis de vânătoare|Cerere permis de pescuit recreativ|Locul nașterii|Tip|Nr. permis anterior|Nr. certificat examen|Plată cu cardul|Valabil",
    "el": "Αίτηση άδειας θήρας|Αίτηση άδειας ερασιτεχνικής αλιείας|Τόπος γέννησης|Τύπος|Αρ. προηγούμενης άδειας|Αρ. βεβαίωσης εξετάσεων|Πληρωμή με κάρτα|Ισχύς",
    "tr": "Avcılık belgesi başvurusu|Amatör balıkçılık belgesi başvurusu|Doğum yeri|Türü|Önceki belge no|Avcı eğitim sertifika no|Kartla ödendi|Geçerlilik",
    "ru": "Заявление на выдачу охотничьего билета|Заявление на путёвку на рыбалку|Место рождения|Тип|№ прежнего билета|№ справки об экзамене|Оплата картой|Срок",
    "uk": "Заява на видачу посвідчення мисливця|Заява на любительський вилов риби|Місце народження|Тип|№ попереднього посвідчення|№ свідоцтва про іспит|Оплата карткою|Дійсне",
    "pt": "Pedido de carta de caçador / licença|Licença de pesca lúdica|Naturalidade|Tipo|N.º da licença anterior|N.º do exame|Pago com cartão|Validade",
    "br": "Requerimento de licença de pesca amadora|Requerimento de licença de pesca amadora embarcada|Naturalidade|Categoria|Nº da licença anterior|Nº do protocolo|Pago no cartão|Validade",
    "es_ar": "Solicitud de licencia de caza deportiva|Permiso de pesca deportiva|Lugar de nacimiento|Categoría|N.º de licencia anterior|N.º de curso|Pago con tarjeta|Vigencia",
    "ja": "狩猟者登録申請書|遊漁承認証申込書|本籍地|種別|前回の登録番号|狩猟免許番号|カード決済|有効期間",
    "ko": "수렵면허 신청서|낚시 허가 신청서|출생지|종류|이전 면허번호|수렵강습 이수번호|카드 결제|유효기간",
}
BIRTHPLACES = {"US": "Grand Island, NE", "DE": "Oldenburg (Oldb)", "FR": "Rodez", "ES": "Cáceres", "IT": "Vercelli", "PL": "Białystok", "CZ": "Jihlava", "SE": "Östersund",
               "NO": "Trondheim", "FI": "Vaasa", "HU": "Szeged", "RO": "Cluj-Napoca", "GR": "Βόλος", "TR": "Kırşehir", "RU": "Ставрополь", "UA": "Вінниця",
               "PT": "Évora", "BR": "Cascavel - PR", "AR": "Azul", "IE": "Clonmel", "JP": "岩手県", "KR": "강원도 정선", "AT": "Bruck an der Mur"}


@tpl("licence_application", 30, ["US", "DE", "FR", "ES", "IT", "PL", "CZ", "SE", "NO", "FI", "HU", "RO", "GR", "TR", "RU", "UA", "PT", "BR", "AR", "IE", "JP", "KR", "AT"])
def t_licence(R, cc):
    F = fl(cc)
    lg = "es_ar" if cc == "AR" else lgof(cc)
    T = LIC.get(lg, LIC["en"]).split("|")
    used = set()
    a = make_person(R, cc, used=used, dob_range=(1950, 2006))
    fish = R.random() < 0.5
    body = [T[1] if fish else T[0], "\n\n", F["name"], ": ", PN(a), "\n", F["dob"], ": ", DOB(R, a), "\n", T[2], ": ", BIRTHPLACES[cc], "\n"]
    if cc == "RU":
        body += ["Паспорт: ", L("gov_id", ru_passport(R), sub="passport"), "\n"]
    elif cc not in ("JP",) and (cc not in ("DE", "AT", "FR", "IE") or R.random() < 0.4):
        lab, g = gov_id(R, a)
        body += [lab, ": ", g, "\n"]
    body += [F["address"], ": ", A(R, cc), "\n", F["phone"], ": ", P(R, cc) if R.random() < 0.8 else "—", "\n"]
    if R.random() < 0.7:
        body += [F["email"], ": ", E(R, a), "\n"]
    body += ["\n", T[3], ": ", R.choice(["A", "B", "1 year", "3", "annual", "season"]), "\n", T[4], ": ", N("%s-%06d" % (R.choice(["JS", "FL", "LC", "H"]), R.randint(0, 999999)), "licence_no"), "\n"]
    if not fish:
        body += [T[5], ": ", N("%d/%04d" % (R.randint(2, 99), R.randint(1990, 2024)), "exam_cert_no"), "\n"]
    d = when(R)
    body += [T[7], ": ", N(fmt_dob(R, cc, d), "valid_from"), " – ", N(fmt_dob(R, cc, d.replace(year=d.year + 1)), "valid_to"), "\n"]
    if R.random() < 0.5:
        body += [T[6], ": ", card_label(R), " (", expiry(R), ")\n"]
    return "form", LANG[cc], wrap(R, req(R, cc, R.choice(["check", "check", "summ"])), body)


# ---------------------------------------------------------------- T15 firearm / shotgun certificate renewal
FIREARM = {  # title | certificate no. | referee / countersignatory | GP | firearms | serial | calibre | storage
    "en": "Application for renewal of firearm and shotgun certificates|Certificate no.|Referee (known you 2+ years)|Doctor / GP practice|Firearms held|Serial|Calibre|Stored in a BS 7558 cabinet, bolted to the wall.",
    "de": "Antrag auf Verlängerung / Eintragung in die Waffenbesitzkarte|WBK-Nr.|Bürge / Vereinsvorstand|Hausarzt / Praxis|Eingetragene Waffen|Seriennr.|Kaliber|Aufbewahrung im Waffenschrank Grad I nach EN 1143-1.",
    "fi": "Hakemus ampuma-aseluvan uusimiseksi|Luvan nro|Suosittelija|Lääkäri / terveysasema|Aseet|Sarjanumero|Kaliiperi|Säilytys lukitussa asekaapissa.",
    "sv": "Ansökan om förnyelse av vapenlicens|Licensnr|Referensperson|Läkare / vårdcentral|Vapen|Tillverkningsnr|Kaliber|Förvaras i godkänt vapenskåp.",
    "nb": "Søknad om fornyelse av våpenkort|Våpenkortnr.|Referanseperson|Fastlege / legesenter|Våpen|Serienr.|Kaliber|Oppbevares i godkjent våpenskap.",
    "cs": "Žádost o prodloužení zbrojního průkazu|Č. ZP|Ručitel|Praktický lékař|Zbraně|Výrobní č.|Ráže|Uloženo v trezoru.",
    "fr": "Demande de renouvellement d'autorisation de détention d'armes|N° d'autorisation|Parrain (président de l'ACCA)|Médecin traitant|Armes détenues|N° de série|Calibre|Conservées dans un coffre-fort scellé.",
    "it": "Domanda di rinnovo porto di fucile uso caccia|N. licenza|Garante|Medico curante|Armi detenute|Matricola|Calibro|Custodite in armadio blindato.",
}
PRACTICES = {"en": "Fellgate Medical Practice", "de": "Hausarztpraxis am Marktplatz", "fi": "Terveysasema Koivula", "sv": "Vårdcentralen Ekbacken",
             "nb": "Sentrum legesenter", "cs": "Ordinace praktického lékaře Na Návsi", "fr": "Cabinet médical des Tilleuls", "it": "Studio Medico Associato Il Borgo"}
GUNS = ["Beretta 686 Silver Pigeon 12/76", "Browning B525 20 bore", "Sauer 101 .308 Win", "Tikka T3x 6.5 Creedmoor", "Blaser R8 8x57 IS", "Merkel 96K 7x65R", "Sako 85 .243", "Brno ZH 304"]


@tpl("firearm_renewal", 25, ["GB", "IE", "AU", "DE", "AT", "FI", "SE", "NO", "CZ", "FR", "IT"])
def t_firearm(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(FIREARM, cc)
    used = set()
    a = make_person(R, cc, used=used, dob_range=(1950, 2000))
    rf = make_person(R, cc, used=used)
    gp = make_person(R, cc, used=used)
    body = [T[0], "\n", T[1], ": ", N("%s/%05d" % (R.choice(["FAC", "SGC", "WBK", "L"]), R.randint(0, 99999)), "certificate_no"), "\n\n",
            F["name"], ": ", PN(a), "\n", F["dob"], ": ", DOB(R, a), "\n", F["address"], ": ", A(R, cc, ml=R.random() < 0.3), "\n", F["phone"], ": ", P(R, cc), "\n"]
    if R.random() < 0.7:
        body += [F["email"], ": ", E(R, a), "\n"]
    if cc in ("SE", "NO", "FI", "CZ", "IT") and R.random() < 0.7:
        lab, g = gov_id(R, a)
        body += [lab, ": ", g, "\n"]
    body += ["\n", T[2], ": ", PN(rf), ", ", P(R, cc), "\n", T[3], ": ", "Dr " if lg == "en" else "", PN(gp), ", ", N(PRACTICES.get(lg, PRACTICES["en"]), "practice"), ", ", N(org_phone(R, cc), "org_phone"), "\n\n", T[4], ":\n"]
    for g in R.sample(GUNS, R.randint(1, 3)):
        body += ["  ", g, " – ", T[5], " ", N(R.choice(["", "S", "BR"]) + str(R.randint(100000, 9999999)), "gun_serial"), "\n"]
    body += [T[7]]
    return "form", lg, wrap(R, req(R, cc, "check"), body)


# ---------------------------------------------------------------- T16 allotment / community garden waiting list
ALLOT = {  # intro | position | applied | plot offered | sign-off
    "en": "Hi all, here's the current waiting list for the {SITE} allotments before Saturday's committee meeting. Plot 14b is free from 1 March.|No.|Applied|Plot|Thanks, {SEC}",
    "de": "Hallo zusammen, anbei die aktuelle Warteliste der Kleingartenanlage {SITE} für die Vorstandssitzung am Samstag. Parzelle 14b wird zum 1. März frei.|Nr.|Antrag vom|Parzelle|Gruß, {SEC}",
    "nl": "Hoi allemaal, hierbij de wachtlijst van volkstuinvereniging {SITE} voor de bestuursvergadering van zaterdag. Tuin 14b komt per 1 maart vrij.|Nr.|Ingeschreven|Tuin|Groet, {SEC}",
    "sv": "Hej! Här är kölistan för koloniområdet {SITE} inför styrelsemötet på lördag. Lott 14b blir ledig 1 mars.|Nr|Anmäld|Lott|Hälsningar {SEC}",
    "fi": "Hei kaikki, tässä siirtolapuutarha {SITE} jonotuslista lauantain hallituksen kokoukseen. Palsta 14b vapautuu 1.3.|Nro|Ilmoittautunut|Palsta|Terveisin {SEC}",
    "nb": "Hei alle, her er ventelisten for kolonihagen {SITE} før styremøtet på lørdag. Parsell 14b blir ledig 1. mars.|Nr.|Påmeldt|Parsell|Hilsen {SEC}",
    "pl": "Dzień dobry, przesyłam aktualną listę oczekujących ROD {SITE} przed sobotnim zebraniem zarządu. Działka 14b zwalnia się od 1 marca.|Lp.|Data zgłoszenia|Działka|Pozdrawiam, {SEC}",
    "cs": "Dobrý den, posílám aktuální pořadník zahrádkářské osady {SITE} před sobotní schůzí výboru. Parcela 14b se uvolní od 1. března.|Č.|Přihláška|Parcela|Zdraví {SEC}",
    "fr": "Bonjour à tous, voici la liste d'attente des jardins familiaux {SITE} avant la réunion du bureau samedi. La parcelle 14b se libère au 1er mars.|N°|Inscrit le|Parcelle|Bien à vous, {SEC}",
    "ja": "皆さま、土曜日の役員会に向けて、{SITE}市民農園の待機者リストを共有します。14b区画が3月1日から空きます。|順番|申込日|区画|{SEC}",
    "hu": "Sziasztok, küldöm a {SITE} kiskertek várólistáját a szombati vezetőségi ülésre. A 14b parcella március 1-jétől szabad.|Sorszám|Jelentkezett|Parcella|Üdv, {SEC}",
}
SITES = {"en": "Mill Leat", "de": "Am Krähenwinkel", "nl": "De Groene Schoffel", "sv": "Humlegården Södra", "fi": "Kuusikko", "nb": "Solbakken",
         "pl": "„Pod Jabłonią”", "cs": "Na Štěpnici", "fr": "des Coteaux", "ja": "すずらん", "hu": "Napfény"}


@tpl("allotment_waitlist", 26, ["GB", "DE", "AT", "NL", "SE", "FI", "NO", "PL", "CZ", "FR", "JP", "IE", "US", "AU", "HU"])
def t_allot(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(ALLOT, cc)
    used = set()
    sec = make_person(R, cc, used=used)
    site = N(SITES.get(lg, SITES["en"]), "site_name")
    body = fill(T[0], SITE=site) + ["\n\n", T[1], " | ", F["name"], " | ", F["address"], " | ", F["phone"], " | ", F["email"], " | ", T[2], "\n"]
    for k in range(R.randint(2, 4)):
        p = make_person(R, cc, used=used)
        row = [str(k + 1), " | ", PN(p), " | ", A(R, cc) if R.random() < 0.55 else "—", " | ", P(R, cc) if R.random() < 0.7 else "—", " | "]
        row += [E(R, p)] if R.random() < 0.6 else ["—"]
        row += [" | ", N(fmt_dob(R, cc, rand_date(R, 2021, 2025)), "applied_date"), "\n"]
        body += row
    body += ["\n"] + fill(T[4], SEC=GIV(sec) if cc not in CJK else PN(sec))
    return "email", lg, wrap(R, req(R, cc, R.choice(["table", "reply", "summ"])), body)


# ---------------------------------------------------------------- T17 farm-shop store and weather-station config
SHOPS = ["hofladen-moorweg", "fellside-eggs", "ferme-des-granges", "huerta-la-vega", "cascina-gelsi", "boerderij-veenkade", "gardsbutikken", "maatila-kanerva",
         "gospodarstwo-polna", "statek-u-mlyna", "tanyabolt", "ciftlik-pazari", "ferma-livezii", "kmetija-dobra", "oliveto-delle-mondine", "pastures-edge-farm"]


def woo_secret(R):
    return "cs_" + rnd(R, "0123456789abcdef", 40)


@tpl("farmshop_config", 30, ALL)
def t_config(R, cc):
    used = set()
    admin = make_person(R, cc, used=used)
    shop = R.choice(SHOPS)
    k = R.randint(0, 2)
    name = admin.roman if cc in NONLATIN else admin.full
    mail = E(R, admin)
    if k == 0:
        body = ["```env\n# ", shop, " – shop + weather station, maintained by ", L("person", name), "\n",
                "SHOP_URL=", N("https://" + shop + ".example", "site_url"), "\n", "ADMIN_EMAIL=", mail, "\n",
                "ADMIN_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n",
                "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n",
                "STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\n",
                "WOO_CONSUMER_KEY=", N("ck_" + rnd(R, "0123456789abcdef", 40), "woo_consumer_key"), "\n",
                "WOO_CONSUMER_SECRET=", L("secret", woo_secret(R), sub="woo_cs"), "\n",
                "WEATHER_STATION_ID=", N("I" + rnd(R, string.ascii_uppercase, 5) + str(R.randint(1, 99)), "station_id"), "\n",
                "WEATHER_API_KEY=", L("secret", rnd(R, "0123456789abcdef", 32), sub="api_key"), "\n",
                "MQTT_HOST=", IP(R, v6=False), "\n", "MQTT_PORT=", N("8883", "port"), "\n", "MQTT_USER=stall-sensoren\n",
                "MQTT_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n```"]
    elif k == 1:
        body = ["```yaml\n# shopify-sync.yml (", L("person", name), ")\nstore: ", N(shop + ".myshopify.com", "site_url"), "\n",
                "admin_api_token: ", L("secret", "shpat_" + rnd(R, "0123456789abcdef", 32), sub="shopify"), "\n",
                "api_key: ", N(rnd(R, "0123456789abcdef", 32), "api_key_id"), "\n",
                "notify: ", mail, "\n", "smtp:\n  host: ", N("smtp.example.net", "host"), "\n  password: ", L("secret", secret_random(R, "password"), sub="password"), "\n",
                "ecowitt:\n  application_key: ", L("secret", rnd(R, "0123456789ABCDEF", 32), sub="api_key"), "\n  api_key: ", L("secret", rnd(R, "0123456789abcdef", 8) + "-" + rnd(R, "0123456789abcdef", 4) + "-" + rnd(R, "0123456789abcdef", 4) + "-" + rnd(R, "0123456789abcdef", 4) + "-" + rnd(R, "0123456789abcdef", 12), sub="api_key"), "\n",
                "  mac: ", N(":".join(rnd(R, "0123456789ABCDEF", 2) for _ in range(6)), "mac"), "\n",
                "allowed_admin_ips:\n  - ", IP(R), "\n  - ", N("127.0.0.1", "loopback"), "\n```"]
    else:
        body = ["```ini\n; weewx.conf excerpt – milking parlour sensors (", L("person", name), ", ", mail, ")\n[StdRESTful]\n  [[Wunderground]]\n    station = ",
                N("I" + rnd(R, string.ascii_uppercase, 6) + str(R.randint(1, 9)), "station_id"), "\n    password = ", L("secret", rnd(R, ALNUM, 8), sub="password"), "\n",
                "  [[OpenWeatherMap]]\n    api_key = ", L("secret", rnd(R, "0123456789abcdef", 32), sub="api_key"), "\n",
                "[MQTT]\n    server_url = mqtt://parlour:", L("secret", secret_random(R, "password"), sub="password"), "@", IP(R, v6=False), ":1883/\n",
                "[Database]\n    host = ", IP(R, v6=False), "\n    password = ", L("secret", secret_random(R, "password"), sub="password"), "\n",
                "[Station]\n    latitude = ", N("%.4f" % R.uniform(35, 64), "coordinate"), "\n    longitude = ", N("%.4f" % R.uniform(-8, 30), "coordinate"), "\n```"]
    return "code", LANG[cc], wrap(R, req(R, cc, "fix"), body)


# ---------------------------------------------------------------- T18 agricultural contractor invoice
INV = {  # invoice | invoice no. | date | customer | work | qty | unit price | net | VAT | total | pay to | VAT id label
    "en": "INVOICE|Invoice no.|Date|Customer|Work|Qty|Rate|Net|VAT|Total|Please pay to|VAT reg.",
    "de": "RECHNUNG|Rechnungs-Nr.|Datum|Kunde|Leistung|Menge|Preis|Netto|MwSt.|Gesamt|Bitte überweisen auf|USt-IdNr.",
    "nl": "FACTUUR|Factuurnr.|Datum|Klant|Werkzaamheden|Aantal|Tarief|Netto|Btw|Totaal|Graag overmaken naar|Btw-id",
    "fr": "FACTURE|N° de facture|Date|Client|Travaux|Qté|P.U.|HT|TVA|TTC|Règlement par virement sur|N° TVA",
    "es": "FACTURA|N.º de factura|Fecha|Cliente|Concepto|Cant.|Precio|Base imponible|IVA|Total|Ingresar en|NIF",
    "it": "FATTURA|N. fattura|Data|Cliente|Lavorazione|Q.tà|Prezzo|Imponibile|IVA|Totale|Pagamento su|P. IVA",
    "pt": "FATURA|N.º da fatura|Data|Cliente|Serviço|Qtd.|Preço|Valor|IVA|Total|Pagamento para|NIF",
    "pl": "FAKTURA|Nr faktury|Data|Nabywca|Usługa|Ilość|Cena|Netto|VAT|Brutto|Płatność na rachunek|NIP",
    "cs": "FAKTURA|Č. faktury|Datum|Odběratel|Práce|Množství|Cena|Základ|DPH|Celkem|Platba na účet|DIČ",
    "sv": "FAKTURA|Fakturanr|Datum|Kund|Arbete|Antal|À-pris|Netto|Moms|Totalt|Betalas till|Momsreg.nr",
    "fi": "LASKU|Laskun nro|Päivä|Asiakas|Työ|Määrä|Hinta|Veroton|ALV|Yhteensä|Maksu tilille|Y-tunnus",
    "nb": "FAKTURA|Fakturanr.|Dato|Kunde|Arbeid|Antall|Pris|Netto|MVA|Totalt|Betales til|Org.nr.",
    "el": "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ|Αρ.|Ημερομηνία|Πελάτης|Εργασία|Ποσ.|Τιμή|Καθαρό|ΦΠΑ|Σύνολο|Πληρωμή σε|ΑΦΜ",
    "tr": "SERBEST MESLEK MAKBUZU / FATURA|Fatura no|Tarih|Müşteri|Hizmet|Miktar|Birim fiyat|Matrah|KDV|Toplam|Ödeme hesabı|T.C. Kimlik No",
    "ro": "FACTURĂ|Nr. factură|Data|Client|Lucrare|Cant.|Preț|Valoare|TVA|Total|Plată în contul|CIF",
    "hu": "SZÁMLA|Számlaszám|Kelt|Vevő|Szolgáltatás|Menny.|Egységár|Nettó|ÁFA|Bruttó|Fizetés bankszámlára|Adószám",
}
WORKS = {"en": ["Silage clamp rolling", "Round baling (bales)", "Hedge trimming (h)", "Slurry spreading (ha)", "Drilling winter wheat (ha)"],
         "de": ["Häckseln Mais (ha)", "Rundballen pressen (Stk.)", "Gülle ausbringen (m³)", "Mähdrusch Weizen (ha)"],
         "nl": ["Maïs hakselen (ha)", "Ronde balen persen (st.)", "Mest uitrijden (m³)", "Gras maaien (ha)"],
         "fr": ["Ensilage maïs (ha)", "Pressage balles rondes (u)", "Épandage lisier (m³)", "Moisson blé (ha)"],
         "es": ["Cosecha de cereal (ha)", "Empacado (pacas)", "Poda de olivar (h)", "Siembra directa (ha)"],
         "it": ["Trinciatura mais (ha)", "Rotoballe (n.)", "Spandimento liquame (m³)", "Trebbiatura frumento (ha)"],
         "pt": ["Ceifa de cereal (ha)", "Enfardamento (fardos)", "Poda de olival (h)", "Sementeira direta (ha)"],
         "pl": ["Zbiór kukurydzy na kiszonkę (ha)", "Prasowanie bel (szt.)", "Oprysk (ha)", "Koszenie traw (ha)"],
         "cs": ["Sklizeň kukuřice (ha)", "Lisování balíků (ks)", "Postřik (ha)", "Mulčování (h)"],
         "sv": ["Tröskning (ha)", "Rundbalspressning (st)", "Flytgödselspridning (m³)", "Sådd (ha)"],
         "fi": ["Puinti (ha)", "Paalaus (kpl)", "Lietteen levitys (m³)", "Kylvö (ha)"], "nb": ["Rundballepressing (stk)", "Slått (daa)", "Gjødselkjøring (m³)", "Treskning (daa)"],
         "el": ["Αλώνισμα (στρ.)", "Δεματοποίηση (δέμ.)", "Ψεκασμός (στρ.)", "Όργωμα (ώρες)"], "tr": ["Biçerdöver hasat (da)", "Balya (adet)", "İlaçlama (da)", "Sürüm (saat)"],
         "ro": ["Recoltat cereale (ha)", "Balotat (baloți)", "Arat (ha)", "Erbicidat (ha)"], "hu": ["Aratás (ha)", "Bálázás (db)", "Szántás (ha)", "Permetezés (ha)"]}


def vat_id_lookalike(R, cc):
    return {"GB": "GB %03d %04d %02d" % (R.randint(100, 999), R.randint(0, 9999), R.randint(0, 99)), "IE": "IE %dS%04dT" % (R.randint(1, 9), R.randint(0, 9999)),
            "DE": "DE%09d" % R.randint(100000000, 999999999), "AT": "ATU%08d" % R.randint(10000000, 99999999), "NL": "NL%09dB%02d" % (R.randint(0, 999999999), R.randint(1, 99)),
            "FR": "FR%02d %09d" % (R.randint(0, 99), R.randint(0, 999999999)), "IT": "%011d" % R.randint(0, 10 ** 11 - 1), "PL": "%03d-%03d-%02d-%02d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
            "CZ": "CZ%08d" % R.randint(10000000, 99999999), "SE": "SE%010d01" % R.randint(0, 10 ** 10 - 1), "FI": "%07d-%d" % (R.randint(0, 9999999), R.randint(0, 9)),
            "NO": "%03d %03d %03d MVA" % (R.randint(800, 999), R.randint(0, 999), R.randint(0, 999)), "RO": "RO%d" % R.randint(10000000, 49999999),
            "HU": "%08d-%d-%02d" % (R.randint(0, 99999999), R.randint(1, 5), R.randint(2, 44)), "AU": "ABN %02d %03d %03d %03d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999))}.get(cc)


@tpl("contractor_invoice", 28, ["GB", "IE", "DE", "AT", "NL", "FR", "ES", "IT", "PT", "PL", "CZ", "SE", "FI", "NO", "GR", "TR", "RO", "HU", "AU"])
def t_invoice(R, cc):
    lg = LANG[cc]
    T = X(INV, cc)
    used = set()
    c = make_person(R, cc, used=used)
    cu = make_person(R, cc, used=used)
    body = [T[0], "\n", PN(c), R.choice([" – Lohnarbeiten" if lg == "de" else " – agricultural contracting" if lg == "en" else "", ""]), "\n", A(R, cc, ml=True, sub="sole_trader_home"), "\n", P(R, cc), " · ", E(R, c), "\n"]
    if cc in ("ES", "PT", "GR", "TR", "IT"):
        lab, g = gov_id(R, c)
        body += [T[11] if cc != "IT" else "C.F.", ": ", g, "\n"]
        if cc == "IT":
            body += ["P. IVA: ", N(vat_id_lookalike(R, cc), "vat_id"), "\n"]
    else:
        v = vat_id_lookalike(R, cc)
        if v:
            body += [T[11], ": ", N(v, "vat_id"), "\n"]
    d = when(R)
    body += ["\n", T[1], ": ", N("%d-%03d" % (d.year, R.randint(1, 400)), "invoice_no"), " · ", T[2], ": ", N(fmt_dob(R, cc, d), "invoice_date"), "\n",
             T[3], ": ", PN(cu), "\n", A(R, cc, ml=True, sub="farm"), "\n\n", " | ".join(T[4:7]), "\n"]
    net = 0
    for w in R.sample(WORKS.get(lg, WORKS["en"]), 2):
        q, pr = R.randint(2, 60), R.randint(18, 95)
        net += q * pr
        body += [w, " | ", N(str(q), "quantity"), " | ", N("%d,00" % pr, "rate"), "\n"]
    vat = net * {"GB": 20, "IE": 23, "DE": 19, "AT": 20, "NL": 21, "FR": 20, "ES": 21, "IT": 22, "PT": 23, "PL": 23, "CZ": 21, "SE": 25, "FI": 25, "NO": 25,
                 "GR": 24, "TR": 20, "RO": 19, "HU": 27, "AU": 10}[cc] // 100
    body += ["\n", T[7], ": ", N("%d,00" % net, "amount"), " · ", T[8], ": ", N("%d,00" % vat, "amount"), " · ", T[9], ": ", N("%d,00 %s" % (net + vat, CUR[cc]), "amount"), "\n",
             T[10], ": ", pay_label(R, cc) if cc != "AU" else N(national_account(R, cc), "national_account")]
    return "invoice", lg, wrap(R, req(R, cc, R.choice(["check", "reply"])), body)


# ---------------------------------------------------------------- T19 vaccination-due export from the practice software
DUE = {"en": "vaccination_due", "de": "Impferinnerung", "fr": "rappels_vaccins", "es": "recordatorio_vacunas", "it": "richiami_vaccinali", "nl": "vaccinatieherinnering",
       "pt": "lembretes_vacinas", "br": "lembretes_vacinas", "pl": "przypomnienia_szczepien", "cs": "pripominky_ockovani", "sv": "vaccinationspaminnelse", "nb": "vaksinepaminnelse",
       "fi": "rokotusmuistutus", "hu": "oltasi_emlekezteto", "ro": "reamintire_vaccin", "el": "υπενθυμίσεις_εμβολίων", "tr": "asi_hatirlatma", "ru": "напоминания_прививки",
       "uk": "нагадування_щеплення", "ja": "ワクチン案内", "ko": "접종안내", "zh": "疫苗提醒", "hi": "टीकाकरण_अनुस्मारक", "th": "แจ้งเตือนวัคซีน", "vi": "nhac_lich_tiem",
       "id": "pengingat_vaksin", "ar": "تذكير_التطعيم", "he": "תזכורת_חיסונים"}
DUE_REQ = {"en": "Write me a short SMS reminder I can send to each of these, and flag anyone without a mobile.",
           "de": "Schreib mir eine kurze SMS-Erinnerung für alle hier und markier, wer keine Handynummer hat.",
           "fr": "Rédige-moi un SMS de rappel court pour chacun et signale ceux qui n'ont pas de portable.",
           "es": "Escríbeme un SMS corto de recordatorio para todos y marca a quien no tenga móvil.",
           "ja": "この一覧の飼い主さん向けに、短いリマインドSMSの文面を作ってください。携帯番号がない人も教えて。",
           "ko": "이 명단 보호자들한테 보낼 짧은 접종 안내 문자 써 줘. 휴대폰 번호 없는 사람도 표시해 줘.",
           "zh": "帮我写一条简短的疫苗提醒短信，发给名单上的每个人，没有手机号的标出来。"}


@tpl("reminder_export", 28, ALL)
def t_due(R, cc):
    F, lg = fl(cc), lgof(cc)
    used = set()
    head = [F["owner"], F["phone"], F["email"], F["animal"], F["species"], N_HEAD.get(lg, "due")]
    body = [DUE[lg], "_", N("%d%02d" % (when(R).year, R.randint(1, 12)), "export_period"), ".csv\n", ",".join(head), "\n"]
    for _ in range(R.randint(3, 4)):
        p = make_person(R, cc, used=used)
        pet = Pet(R, cc)
        row = [PN(p), ","]
        row += [P(R, cc)] if R.random() < 0.75 else [""]
        row += [","]
        row += [E(R, p)] if R.random() < 0.6 else [""]
        row += [",", N(pet.name, "pet_name"), ",", pet.species, ",", N(when(R).isoformat(), "due_date"), "\n"]
        body += row
    rq = DUE_REQ.get(lg) or req(R, cc, "table")
    return "csv", LANG[cc], wrap(R, rq, body)


N_HEAD = {"en": "due_date", "de": "fällig_am", "fr": "échéance", "es": "vence", "it": "scadenza", "nl": "vervaldatum", "pt": "data_prevista", "br": "vencimento",
          "pl": "termin", "cs": "termín", "sv": "förfaller", "nb": "forfaller", "fi": "eräpäivä", "hu": "esedékes", "ro": "scadență", "el": "λήξη", "tr": "son_tarih",
          "ru": "срок", "uk": "термін", "ja": "予定日", "ko": "예정일", "zh": "到期日", "hi": "नियत_तिथि", "th": "วันครบกำหนด", "vi": "hạn_tiêm", "id": "jatuh_tempo",
          "ar": "الموعد", "he": "מועד"}


# ---------------------------------------------------------------- T20 farmland lease
LEASE = {  # title | landlord | tenant | parcels | rent per ha | term | paid to | clause
    "de": "Landpachtvertrag|Verpächter/in|Pächter/in|Pachtflächen|Pachtzins je ha|Pachtdauer 12 Jahre ab|Der Pachtzins ist jährlich zum 1. Oktober zu zahlen auf|Die Anzeige nach dem Landpachtverkehrsgesetz übernimmt der Pächter.",
    "fr": "Bail rural à ferme|Bailleur|Preneur|Parcelles louées|Fermage par ha|Durée de 9 ans à compter du|Fermage payable à la Saint-Martin sur le compte|Le preneur s'engage à entretenir haies et fossés.",
    "nl": "Pachtovereenkomst los land|Verpachter|Pachter|Percelen|Pachtprijs per ha|Duur 6 jaar ingaande|De pacht wordt jaarlijks vóór 1 november voldaan op|De overeenkomst wordt ter goedkeuring voorgelegd aan de Grondkamer.",
    "pl": "Umowa dzierżawy gruntów rolnych|Wydzierżawiający|Dzierżawca|Działki|Czynsz za ha|Okres 10 lat od|Czynsz płatny do 30 listopada na rachunek|Dzierżawca pokrywa podatek rolny.",
    "cs": "Pachtovní smlouva na zemědělské pozemky|Propachtovatel|Pachtýř|Pozemky|Pachtovné za ha|Doba 10 let od|Pachtovné je splatné k 1. říjnu na účet|Pachtýř pozemky řádně obhospodařuje.",
    "hu": "Földhaszonbérleti szerződés|Haszonbérbe adó|Haszonbérlő|Földrészletek (hrsz.)|Haszonbér / ha|Időtartam 10 év, kezdete|A haszonbér évente október 31-ig fizetendő a számlára|A szerződést a jegyző kifüggeszti.",
    "ro": "Contract de arendare|Arendator|Arendaș|Terenuri (nr. cadastral)|Arendă pe ha|Durata 7 ani de la|Arenda se plătește până la 1 noiembrie în contul|Contractul se înregistrează la primărie.",
    "it": "Contratto di affitto di fondo rustico|Concedente|Affittuario|Particelle|Canone per ha|Durata 15 anni dal|Canone annuo da versare entro l'11 novembre su|Stipulato in deroga ai sensi dell'art. 45 L. 203/82.",
    "es": "Contrato de arrendamiento rústico|Arrendador|Arrendatario|Parcelas|Renta por ha|Duración de 5 años desde|La renta se abonará antes del 30 de septiembre en la cuenta|El arrendatario asume el pago de la PAC.",
    "pt": "Contrato de arrendamento rural|Senhorio|Arrendatário|Prédios rústicos|Renda por ha|Prazo de 7 anos a contar de|A renda é paga até 30 de setembro por transferência para|O arrendatário conserva muros e valas.",
    "el": "Μισθωτήριο αγρού|Εκμισθωτής|Μισθωτής|Αγροτεμάχια|Μίσθωμα ανά στρέμμα|Διάρκεια 5 έτη από|Το μίσθωμα καταβάλλεται έως 31 Οκτωβρίου στον λογαριασμό|Ο μισθωτής δηλώνει τα αγροτεμάχια στο ΟΣΔΕ.",
    "fi": "Maanvuokrasopimus (peltoalue)|Vuokranantaja|Vuokralainen|Lohkot|Vuokra / ha|Vuokra-aika 5 vuotta alkaen|Vuokra maksetaan vuosittain 31.10. mennessä tilille|Vuokralainen vastaa ojien kunnossapidosta.",
    "en": "Conacre / grazing agreement|Landowner|Grazier|Lands (folio)|Rent per acre|Term 11 months from|Rent payable by 1 March to|The grazier keeps fences stock-proof and removes all stock by the end date.",
    "tr": "Tarım arazisi kira sözleşmesi|Kiraya veren|Kiracı|Parseller|Dekar başına kira|Süre 5 yıl, başlangıç|Kira her yıl 1 Kasım'a kadar şu hesaba ödenir|Kiracı ÇKS kaydını kendi adına yapar.",
    "uk": "Договір оренди землі|Орендодавець|Орендар|Земельні ділянки|Орендна плата за га|Строк 7 років з|Орендна плата сплачується до 31 грудня на рахунок|Договір підлягає державній реєстрації.",
}


@tpl("land_lease", 28, ["DE", "FR", "NL", "PL", "CZ", "HU", "RO", "IT", "ES", "PT", "GR", "FI", "IE", "TR", "UA", "AT"])
def t_lease(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(LEASE, cc)
    used = set()
    lo = make_person(R, cc, used=used, dob_range=(1938, 1975))
    te = make_person(R, cc, used=used, dob_range=(1965, 2000))
    body = [T[0], "\n\n"]
    for role, p in ((T[1], lo), (T[2], te)):
        body += [role, ": ", PN(p), ", ", F["dob"], " ", DOB(R, p), "\n", A(R, cc, ml=R.random() < 0.4, sub="farm" if p is te else "home"), "\n"]
        if cc not in ("IE", "NL", "FI", "DE", "AT") or R.random() < 0.4:
            lab, g = gov_id(R, p)
            body += [lab, ": ", g, "\n"]
        if R.random() < 0.35:
            body += [F["phone"], ": ", P(R, cc), "\n"]
        body += ["\n"]
    body += [T[3], ":\n"]
    for _ in range(R.randint(2, 4)):
        body += ["  ", N(parcel_id(R, cc), "parcel_id"), " – ", N("%d,%02d ha" % (R.randint(0, 25), R.randint(0, 99)), "area"), "\n"]
    d = when(R)
    body += [T[4], ": ", N(money(R, cc, 150, 900), "amount"), "\n", T[5], " ", N(fmt_dob(R, cc, d), "start_date"), "\n", T[6], " ", pay_label(R, cc), ".\n", T[7]]
    return "contract", lg, wrap(R, req(R, cc, R.choice(["summ", "check"])), body)


# ---------------------------------------------------------------- T21 riding school booking for a child
RIDE = {  # title | rider | parent | level | lesson | pony | deposit | medical
    "en": "Riding lessons – booking form|Rider|Parent / guardian|Level|Lesson|Pony preference|Deposit paid by card|Medical notes",
    "de": "Reitschule – Anmeldung|Reiter/in|Erziehungsberechtigte/r|Reitniveau|Kurs|Wunschpony|Anzahlung per Karte|Gesundheitliche Hinweise",
    "nl": "Manege – inschrijfformulier|Ruiter|Ouder / verzorger|Niveau|Les|Voorkeur pony|Aanbetaling per kaart|Medische bijzonderheden",
    "fr": "Centre équestre – fiche d'inscription|Cavalier|Responsable légal|Niveau (Galop)|Cours|Poney préféré|Acompte par carte|Informations médicales",
    "sv": "Ridskola – anmälan|Ryttare|Vårdnadshavare|Nivå|Lektion|Önskad ponny|Anmälningsavgift med kort|Medicinsk info",
    "nb": "Rideskole – påmelding|Rytter|Foresatt|Nivå|Time|Ønsket ponni|Depositum med kort|Medisinske opplysninger",
    "fi": "Ratsastuskoulu – ilmoittautuminen|Ratsastaja|Huoltaja|Taso|Tunti|Toiveponi|Ennakkomaksu kortilla|Terveystiedot",
    "pl": "Szkółka jeździecka – zapis|Jeździec|Rodzic / opiekun|Poziom|Zajęcia|Ulubiony kucyk|Zaliczka kartą|Uwagi zdrowotne",
    "cs": "Jezdecká škola – přihláška|Jezdec|Zákonný zástupce|Úroveň|Lekce|Oblíbený pony|Záloha kartou|Zdravotní omezení",
    "it": "Scuola di equitazione – iscrizione|Allievo|Genitore|Livello|Lezione|Pony preferito|Acconto con carta|Note mediche",
    "es": "Escuela de equitación – inscripción|Jinete|Padre/madre o tutor|Nivel|Clase|Poni preferido|Señal con tarjeta|Observaciones médicas",
    "ja": "乗馬クラブ 体験レッスン申込書|騎乗者|保護者|レベル|レッスン|希望ポニー|予約金（カード）|健康上の注意",
    "ko": "승마장 레슨 신청서|기승자|보호자|수준|레슨|희망 포니|예약금 (카드)|건강 관련 사항",
}
PONIES = ["Smartie", "Pebbles", "Krümel", "Toffee", "Buttons", "Fleur", "Sunny", "Nutmeg"]


@tpl("riding_booking", 27, ["GB", "IE", "US", "AU", "DE", "AT", "NL", "FR", "SE", "NO", "FI", "PL", "CZ", "IT", "ES", "JP", "KR"])
def t_ride(R, cc):
    F, lg = fl(cc), LANG[cc]
    T = X(RIDE, cc)
    used = set()
    par = make_person(R, cc, used=used, dob_range=(1972, 1992))
    fam = (par.family, par.rfamily) if cc not in ("PL", "CZ", "RU", "GR", "ES", "PT") else None
    kid = make_person(R, cc, used=used, dob_range=(2012, 2019), family=fam)
    body = [T[0], "\n\n", T[1], ": ", PN(kid), "\n", F["dob"], ": ", DOB(R, kid), "\n", T[2], ": ", PN(par), "\n", F["address"], ": ", A(R, cc), "\n",
            F["phone"], ": ", P(R, cc), "\n", F["email"], ": ", E(R, par), "\n"]
    em = make_person(R, cc, used=used)
    body += [F["emergency"], ": ", PN(em), ", ", P(R, cc), "\n\n", T[3], ": ", R.choice(["beginner", "Galop 2", "walk/trot", "1", "A"]), "\n",
             T[4], ": ", N(R.choice(["Sat 10:00–11:00", "Mi 16:30", "mercredi 14 h", "土曜 10:00"]), "lesson_time"), "\n", T[5], ": ", N(R.choice(PONIES), "pony_name"), "\n"]
    if R.random() < 0.5:
        body += [T[6], ": ", card_label(R), " ", expiry(R), "\n"]
    body += [T[7], ": ", R.choice(["—", "asthma (inhaler in bag)", "pollen allergy", "none"])]
    return "form", lg, wrap(R, req(R, cc, R.choice(["check", "reply"])), body)


# ====================================================================== clean-only templates (hard negatives only)
CLEAN_REQ = {
    "en": ["What does all this mean? I've never done one before.", "Can you put this into a table?", "Is this right, or have I mixed something up?"],
    "de": ["Was bedeutet das alles? Ich mache das zum ersten Mal.", "Kannst du das in eine Tabelle bringen?", "Stimmt das so, oder habe ich was verwechselt?"],
    "fr": ["Ça veut dire quoi, tout ça ? C'est la première fois.", "Tu peux me mettre ça dans un tableau ?", "C'est juste, ou j'ai confondu quelque chose ?"],
    "es": ["¿Qué significa todo esto? Es la primera vez.", "¿Me lo pasas a una tabla?", "¿Está bien o he mezclado algo?"],
    "it": ["Cosa significa tutto questo? È la prima volta.", "Me lo metti in una tabella?", "È giusto o ho confuso qualcosa?"],
    "nl": ["Wat betekent dit allemaal? Ik doe dit voor het eerst.", "Kun je dit in een tabel zetten?", "Klopt dit, of heb ik iets verwisseld?"],
    "pt": ["O que quer dizer isto tudo? É a primeira vez.", "Podes pôr isto numa tabela?", "Está certo ou troquei alguma coisa?"],
    "pl": ["Co to wszystko znaczy? Robię to pierwszy raz.", "Możesz to ułożyć w tabelę?", "Czy to się zgadza, czy coś pomyliłem?"],
    "cs": ["Co to všechno znamená? Dělám to poprvé.", "Dáš mi to do tabulky?", "Je to správně, nebo jsem něco spletl?"],
    "sv": ["Vad betyder allt det här? Jag gör det för första gången.", "Kan du göra en tabell av det?", "Stämmer det här, eller har jag blandat ihop något?"],
    "nb": ["Hva betyr alt dette? Jeg gjør det for første gang.", "Kan du sette dette opp i en tabell?", "Stemmer dette, eller har jeg blandet noe?"],
    "fi": ["Mitä tämä kaikki tarkoittaa? Teen tätä ensimmäistä kertaa.", "Voitko tehdä tästä taulukon?", "Onko tämä oikein vai sekoitinko jotain?"],
    "hu": ["Mit jelent ez az egész? Először csinálom.", "Táblázatba tennéd?", "Jó ez így, vagy összekevertem valamit?"],
    "ro": ["Ce înseamnă toate astea? E prima dată.", "Poți să le pui într-un tabel?", "E corect sau am încurcat ceva?"],
    "ja": ["これはどういう意味ですか？初めてなのでよくわかりません。", "表にまとめてもらえますか？", "これで合っていますか？何か取り違えていませんか？"],
    "ko": ["이게 다 무슨 뜻이야? 처음 해 봐서 모르겠어.", "표로 정리해 줄래?", "이거 맞아? 뭔가 헷갈린 것 같아."],
    "zh": ["这些都是什么意思？我第一次弄。", "能帮我整理成表格吗？", "这样对吗？我是不是搞混了什么？"],
    "ru": ["Что всё это значит? Я впервые с этим сталкиваюсь.", "Сведи это в таблицу, пожалуйста.", "Всё верно или я что-то перепутал?"],
    "tr": ["Bunların hepsi ne anlama geliyor? İlk kez yapıyorum.", "Bunu tabloya döker misin?", "Bu doğru mu, yoksa bir şeyi mi karıştırdım?"],
    "el": ["Τι σημαίνουν όλα αυτά; Πρώτη φορά το κάνω.", "Μου το βάζεις σε πίνακα;", "Είναι σωστό ή μπέρδεψα κάτι;"],
    "uk": ["Що це все означає? Роблю це вперше.", "Зведи це в таблицю, будь ласка.", "Усе правильно чи я щось переплутав?"],
    "ar": ["ماذا يعني كل هذا؟ أول مرة أتعامل معه.", "هل يمكنك وضعه في جدول؟", "هل هذا صحيح أم خلطت شيئًا؟"],
    "he": ["מה כל זה אומר? זו הפעם הראשונה שלי.", "אפשר לסדר את זה בטבלה?", "זה נכון או שהתבלבלתי במשהו?"],
    "hi": ["इन सबका क्या मतलब है? मैं पहली बार कर रहा हूँ।", "इसे एक तालिका में डाल दो।", "क्या यह सही है या मैंने कुछ गड़बड़ कर दी?"],
    "th": ["ทั้งหมดนี้หมายความว่าอะไร ทำครั้งแรกเลย", "ช่วยจัดเป็นตารางหน่อย", "แบบนี้ถูกไหม หรือสับสนอะไรไป"],
    "vi": ["Mấy cái này nghĩa là gì vậy? Lần đầu mình làm.", "Làm thành bảng giúp mình nhé.", "Thế này đúng chưa hay mình nhầm gì?"],
    "id": ["Ini semua maksudnya apa? Baru pertama kali.", "Bisa dibuat jadi tabel?", "Sudah benar atau ada yang tertukar?"],
}


def creq(R, lg):
    return R.choice(CLEAN_REQ[lg])


def ear_tag(R, cc):
    if cc in ("GB", "IE"):
        return "%s %06d %d %05d" % (cc if cc == "IE" else "UK", R.randint(100000, 999999), R.randint(1, 7), R.randint(1, 99999))
    return "%s %02d %03d %05d" % (cc, R.randint(1, 16), R.randint(0, 999), R.randint(0, 99999))


@tpl("c_herd_register", 25, ["GB", "IE", "DE", "FR", "NL", "PL", "IT", "ES", "AT", "CZ"], clean=True)
def c_herd(R, cc):
    lg = LANG[cc]
    H = {"en": "Herd register – holding %s|Ear tag|Born|Sex|Breed|Dam|Moved off|Destination",
         "de": "Bestandsregister Rinder – Betrieb %s|Ohrmarke|Geburt|Geschl.|Rasse|Mutter|Abgang|Empfänger",
         "fr": "Registre d'élevage bovin – EDE %s|N° national|Né le|Sexe|Race|Mère|Sortie|Destination",
         "nl": "Stalregister rundvee – UBN %s|Oormerk|Geboren|Geslacht|Ras|Moeder|Afvoer|Bestemming",
         "pl": "Księga rejestracji bydła – siedziba stada %s|Kolczyk|Urodzenie|Płeć|Rasa|Matka|Zbycie|Odbiorca",
         "it": "Registro di stalla bovini – cod. aziendale %s|Marca auricolare|Nascita|Sesso|Razza|Madre|Uscita|Destinazione",
         "es": "Libro de registro bovino – REGA %s|Crotal|Nacimiento|Sexo|Raza|Madre|Baja|Destino",
         "cs": "Registr skotu – hospodářství %s|Ušní známka|Narození|Pohlaví|Plemeno|Matka|Odsun|Příjemce"}
    T = H.get(lg, H["en"]).split("|")
    hold = {"GB": "CPH 34/567/0%03d" % R.randint(0, 999), "IE": "herd P%05d" % R.randint(0, 99999)}.get(cc, "%s%09d" % (cc, R.randint(0, 999999999)))
    dest = {"en": ["Mart (store ring)", "abattoir", "—"], "de": ["Schlachthof", "Viehmarkt", "—"], "fr": ["abattoir", "marché", "—"]}.get(lg, ["—", "abattoir", "—"])
    breeds = ["HF", "FV", "LIM", "CHA", "AA", "SIM", "BBB", "JER"]
    body = [T[0] % hold, "\n", " | ".join(T[1:]), "\n"]
    for _ in range(R.randint(5, 8)):
        b = rand_date(R, 2019, 2025)
        body += [N(ear_tag(R, cc), "ear_tag"), " | ", N(fmt_dob(R, cc, b), "animal_dob"), " | ", R.choice(["F", "M"]), " | ", R.choice(breeds), " | ",
                 N(ear_tag(R, cc), "ear_tag"), " | ", N(fmt_dob(R, cc, rand_date(R, 2025, 2026)), "movement_date") if R.random() < 0.4 else "—", " | ", R.choice(dest), "\n"]
    return "table", lg, wrap(R, creq(R, lg), body)


@tpl("c_chip_help", 25, ["GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "US", "AT"], clean=True)
def c_chiphelp(R, cc):
    lg = LANG[cc]
    ex = chip(R, cc).replace(" ", "")
    samp = {"en": "Jane Doe", "de": "Max Mustermann", "fr": "Jean Dupont", "es": "Juan Español Español", "it": "Mario Rossi", "nl": "Jan Jansen", "sv": "Anna Andersson", "pl": "Jan Kowalski"}[lg]
    H = {
        "en": "How to register your pet's microchip\n1. Find the 15-digit number on the vet's sticker, e.g. {CHIP}.\n2. Enter the keeper as on the example card: {SAMPLE}, 1 Example Street.\n3. Pet passport numbers look like {PP} – they are not the chip.\nQuestions? {MAIL} or {PHONE} (Mon–Fri 9–17). Fee: {FEE}.",
        "de": "So registrieren Sie den Transponder Ihres Tieres\n1. Die 15-stellige Nummer steht auf dem Aufkleber der Praxis, z. B. {CHIP}.\n2. Halter wie im Muster eintragen: {SAMPLE}, Musterstraße 1.\n3. Die Ausweisnummer sieht so aus: {PP} – das ist nicht der Chip.\nFragen? {MAIL} oder {PHONE} (Mo–Fr 9–17 Uhr). Gebühr: {FEE}.",
        "fr": "Comment enregistrer la puce de votre animal\n1. Le numéro à 15 chiffres figure sur l'étiquette du vétérinaire, ex. {CHIP}.\n2. Saisissez le détenteur comme dans l'exemple : {SAMPLE}, 1 rue de l'Exemple.\n3. Le n° de passeport ressemble à {PP} – ce n'est pas la puce.\nDes questions ? {MAIL} ou {PHONE} (lun.–ven. 9 h–17 h). Tarif : {FEE}.",
        "es": "Cómo registrar el microchip de tu mascota\n1. El número de 15 cifras está en la etiqueta de la clínica, p. ej. {CHIP}.\n2. Escribe el titular como en el ejemplo: {SAMPLE}, Calle Ejemplo 1.\n3. El n.º de pasaporte tiene este aspecto: {PP}; no es el chip.\n¿Dudas? {MAIL} o {PHONE} (L–V 9–17 h). Tasa: {FEE}.",
        "it": "Come registrare il microchip del tuo animale\n1. Il numero di 15 cifre è sull'etichetta del veterinario, es. {CHIP}.\n2. Inserisci il proprietario come nel facsimile: {SAMPLE}, Via Esempio 1.\n3. Il n. di passaporto è così: {PP} – non è il microchip.\nDomande? {MAIL} o {PHONE} (lun–ven 9–17). Costo: {FEE}.",
        "nl": "Zo registreer je de chip van je huisdier\n1. Het 15-cijferige nummer staat op de sticker van de dierenarts, bijv. {CHIP}.\n2. Vul de eigenaar in zoals in het voorbeeld: {SAMPLE}, Voorbeeldstraat 1.\n3. Een paspoortnummer ziet eruit als {PP} – dat is niet de chip.\nVragen? {MAIL} of {PHONE} (ma–vr 9–17 uur). Kosten: {FEE}.",
        "sv": "Så registrerar du ditt djurs chip\n1. Det 15-siffriga numret står på veterinärens etikett, t.ex. {CHIP}.\n2. Fyll i ägaren som i exemplet: {SAMPLE}, Exempelgatan 1.\n3. Passnumret ser ut så här: {PP} – det är inte chipet.\nFrågor? {MAIL} eller {PHONE} (mån–fre 9–17). Avgift: {FEE}.",
        "pl": "Jak zarejestrować chip zwierzęcia\n1. 15-cyfrowy numer jest na naklejce od weterynarza, np. {CHIP}.\n2. Wpisz właściciela jak we wzorze: {SAMPLE}, ul. Przykładowa 1.\n3. Numer paszportu wygląda tak: {PP} – to nie jest chip.\nPytania? {MAIL} lub {PHONE} (pn–pt 9–17). Opłata: {FEE}.",
    }
    body = fill(H[lg], CHIP=N(ex, "microchip"), SAMPLE=N(samp, "sample_value"), PP=N("%s 01 %07d" % (cc, R.randint(0, 9999999)), "pet_passport_no"),
                MAIL=N("help@" + R.choice(["pettrace-register", "tierfinder-nord", "chipvindt", "djursparet"]) + ".example", "role_mailbox"), PHONE=N(org_phone(R, cc), "org_phone"),
                FEE=N(money(R, cc, 5, 25), "amount"))
    return "help", lg, wrap(R, creq(R, lg), body)


@tpl("c_pedigree", 25, ["GB", "DE", "FR", "SE", "FI", "NL", "CZ", "PL", "US", "AT"], clean=True)
def c_ped(R, cc):
    lg = LANG[cc]
    aff = ["Bramblecombe", "vom Kiebitzmoor", "du Val des Genêts", "Tallmossens", "Kanervakummun", "van de Ooievaarshof", "z Lískového Dvora", "z Wrzosowej Łąki"]
    call = ["Thunder", "Nimbus", "Saffron", "Quill", "Ember", "Juniper", "Paprika", "Fable", "Rune", "Aster"]
    H = {"en": "Pedigree (4 generations)|Sire|Dam|Reg. no.|Born|Colour|Hips|Titles", "de": "Ahnentafel|Vater|Mutter|ZB-Nr.|Wurftag|Farbe|HD|Titel",
         "fr": "Pedigree|Père|Mère|N°|Né le|Robe|Dysplasie|Titres", "sv": "Stamtavla|Far|Mor|Reg.nr|Född|Färg|HD|Meriter", "fi": "Sukutaulu|Isä|Emä|Rek.nro|Syntynyt|Väri|Lonkat|Tittelit",
         "nl": "Stamboom|Vader|Moeder|Stamboeknr.|Geboren|Kleur|HD|Titels", "cs": "Rodokmen|Otec|Matka|Č. zápisu|Narozen|Barva|DKK|Tituly", "pl": "Rodowód|Ojciec|Matka|Nr|Urodzony|Maść|HD|Tytuły"}
    T = H.get(lg, H["en"]).split("|")
    body = [T[0], "\n"]
    for role in (T[1], T[2], T[1] + " – " + T[1], T[1] + " – " + T[2], T[2] + " – " + T[1], T[2] + " – " + T[2]):
        nm = R.choice(call) + " " + R.choice(aff) if R.random() < 0.6 else R.choice(aff) + " " + R.choice(call)
        body += [role, ": ", N(nm, "registered_name"), " · ", T[3], " ", N(pedigree_no(R, cc), "pedigree_no"), " · ", T[4], " ", N(fmt_dob(R, cc, rand_date(R, 2008, 2022)), "animal_dob"),
                 " · ", T[6], " ", R.choice(["A/A", "A/B", "0/0", "1/1", "4:4"]), " · ", T[7], " ", R.choice(["—", "CH", "JCH", "C.I.B.", "SE UCH", "FI MVA"]), "\n"]
    body += ["DNA: ", N("DN-%d" % R.randint(100000, 999999), "dna_profile_no")]
    return "list", lg, wrap(R, creq(R, lg), body)


@tpl("c_field_records", 25, ["DE", "GB", "FR", "NL", "PL", "IT", "ES", "CZ", "HU", "RO", "FI"], clean=True)
def c_field(R, cc):
    lg = LANG[cc]
    H = {"de": "Pflanzenschutz-Aufzeichnung|Schlag|Mittel|Zul.-Nr.|Charge|Aufwand|Datum|Wind", "en": "Spray record|Field|Product|MAPP no.|Batch|Rate|Date|Wind",
         "fr": "Cahier d'enregistrement phyto|Parcelle|Produit|AMM|Lot|Dose|Date|Vent", "nl": "Gewasbeschermingsregistratie|Perceel|Middel|Toelatingsnr.|Partij|Dosering|Datum|Wind",
         "pl": "Ewidencja zabiegów ochrony roślin|Działka|Środek|Nr zezwolenia|Partia|Dawka|Data|Wiatr", "it": "Quaderno di campagna|Appezzamento|Prodotto|N. registrazione|Lotto|Dose|Data|Vento",
         "es": "Cuaderno de explotación|Parcela|Producto|N.º registro|Lote|Dosis|Fecha|Viento", "cs": "Evidence použití POR|Pozemek|Přípravek|Č. povolení|Šarže|Dávka|Datum|Vítr",
         "hu": "Permetezési napló|Tábla|Szer|Engedélyszám|Gyártási szám|Dózis|Dátum|Szél", "ro": "Registru tratamente fitosanitare|Parcela|Produs|Nr. omologare|Lot|Doza|Data|Vânt",
         "fi": "Kasvinsuojeluruiskutukset|Lohko|Valmiste|Rek.nro|Erä|Annos|Päivä|Tuuli"}
    T = H.get(lg, H["en"]).split("|")
    prods = ["Tebucur 250", "Propulse", "Roundup PowerFlex", "Ariane C", "Mero", "Fandango", "Biathlon 4D"]
    body = [T[0], "\n", " | ".join(T[1:]), "\n"]
    for _ in range(R.randint(4, 6)):
        body += [N(parcel_id(R, cc) if cc in ("DE", "FR", "PL", "IT", "ES", "CZ", "HU", "RO", "FI", "GB") else "perceel %d" % R.randint(1, 40), "parcel_id"), " | ", R.choice(prods), " | ",
                 N("%05d-%02d" % (R.randint(0, 99999), R.randint(0, 99)), "approval_no"), " | ", N("%s%06d" % (R.choice(["L", "B", "CH"]), R.randint(0, 999999)), "batch_no"), " | ",
                 N("%.1f l/ha" % R.uniform(0.2, 3.0), "rate"), " | ", N(fmt_dob(R, cc, rand_date(R, 2025, 2026)), "spray_date"), " | ", N("%d km/h" % R.randint(2, 18), "wind"), "\n"]
    body += ["GPS: ", N("%.5f, %.5f" % (R.uniform(40, 62), R.uniform(-6, 28)), "coordinate"), " · ", N("JD 6R 150 SN 1RW6150RXNP%06d" % R.randint(0, 999999), "tractor_serial")]
    return "table", lg, wrap(R, creq(R, lg), body)


PETQ = {
    "en": ["Max keeps scratching his ears after swimming – should I worry? Bella, our other dog, is fine.", "Will the rabies booster make Charlie sleepy? Mark my words, he'll sulk all day.", "Is it true James Herriot based his stories on a practice in Thirsk? And did Jane Goodall ever keep dogs?", "Rosie the cat hates the carrier. Any tips before the vet on Friday? Grace period on our insurance ends soon too."],
    "de": ["Max kratzt sich nach dem Baden ständig an den Ohren – muss ich mir Sorgen machen? Bella geht's gut.", "Stimmt es, dass Konrad Lorenz mit Graugänsen gearbeitet hat? Und hatte Bernhard Grzimek eigene Hunde?", "Frank gesagt: Unser Kater Oscar frisst seit zwei Tagen kaum. Ab wann zum Tierarzt?"],
    "fr": ["Max se gratte les oreilles après la baignade, c'est grave ? Bella, elle, va bien.", "C'est vrai que Brigitte Bardot a créé une fondation pour les animaux ? Et Jean de La Fontaine, il avait des animaux ?", "La Rose des vents du refuge organise une journée portes ouvertes : on peut y aller avec Charlie ?"],
    "es": ["Max se rasca las orejas después de bañarse, ¿es grave? Bella está bien.", "¿Félix Rodríguez de la Fuente tenía lobos en casa de verdad?", "Nuestra gata Luna no quiere comer desde ayer. ¿Cuándo hay que ir al veterinario?"],
    "it": ["Max si gratta le orecchie dopo il bagno, devo preoccuparmi? Bella sta bene.", "È vero che Hachikō aspettò il padrone per dieci anni? E Lassie era una femmina?", "Il gatto Oscar non mangia da due giorni: quando devo portarlo dal veterinario?"],
    "nl": ["Max krabt na het zwemmen steeds aan zijn oren, moet ik me zorgen maken? Bella is in orde.", "Klopt het dat Midas Dekkers boeken over dieren schreef? Welke raad je aan?", "Onze kat Luna eet al twee dagen slecht. Wanneer naar de dierenarts?"],
    "sv": ["Max kliar sig i öronen efter badet – ska jag oroa mig? Bella mår bra.", "Stämmer det att Selma Lagerlöf lät Nils Holgersson flyga med vildgässen? Vad hette gåsen som ledde flocken?", "Vår katt Oscar äter dåligt sedan i går. När ska man åka till veterinären?"],
    "pl": ["Max drapie się po uszach po kąpieli w jeziorze, czy to coś poważnego? Bella czuje się dobrze.", "Czy to prawda, że Szarik z „Czterech pancernych” grało kilka psów?", "Nasza kotka Luna od dwóch dni mało je. Kiedy iść do weterynarza?"],
    "ja": ["去勢手術のあと、散歩はいつから再開していいですか？チャーリーは元気すぎて困っています。", "うちの犬のマックスが泳いだあと耳をかいてばかりいます。心配したほうがいいですか？ベラは元気です。", "忠犬ハチ公は本当に10年も待っていたんですか？秋田犬ってどんな性格？", "猫のルナが二日ほどあまり食べません。何日目で病院に行くべき？"],
    "ko": ["중성화 수술 후 산책은 언제부터 다시 해도 되나요? 찰리가 너무 활발해서 걱정이에요.", "우리 강아지 맥스가 수영하고 나서 계속 귀를 긁어요. 걱정해야 하나요? 벨라는 괜찮아요.", "진돗개는 원래 주인만 따르나요? 백구 이야기가 실화라던데 맞아요?", "고양이 루나가 이틀째 밥을 잘 안 먹어요. 언제 병원에 가야 하나요?"],
    "zh": ["绝育手术以后多久可以正常遛狗？Charlie精力太旺盛了，真让人头疼。", "我家狗Max游泳以后一直挠耳朵，要紧吗？Bella倒是没事。", "听说忠犬八公真的等了主人十年？秋田犬性格怎么样？", "猫咪Luna两天不怎么吃东西了，什么时候该去医院？"],
    "ru": ["Когда после кастрации можно снова гулять с Чарли как обычно? Он слишком активный.", "Макс после купания всё время чешет уши – это опасно? Белла в порядке.", "Правда, что Белка и Стрелка были дворнягами? И что стало с ними после полёта?", "Кошка Луна второй день почти не ест. Когда идти к ветеринару?"],
    "ar": ["متى يمكنني أن أعيد تشارلي للمشي بعد عملية التعقيم؟ إنه نشيط جدًا.", "كلبي ماكس يحك أذنيه بعد السباحة، هل هذا خطير؟ بيلا بخير.", "هل صحيح أن القطط كانت مقدسة عند المصريين القدماء؟ وما قصة الإلهة باستيت؟", "قطتي لونا لا تأكل منذ يومين، متى يجب أن أذهب للطبيب البيطري؟"],
    "he": ["מתי אפשר לחזור לטיולים עם צ'רלי אחרי העיקור? הוא פשוט לא נרגע.", "מקס מגרד את האוזניים אחרי שחייה, זה מדאיג? בלה בסדר.", "נכון שהכלב הכנעני הוכרז כגזע בזכות רודולפינה מנצל? מה מיוחד בו?", "החתולה לונה כמעט לא אוכלת יומיים. מתי ללכת לווטרינר?"],
    "tr": ["Köpeğim Max yüzdükten sonra sürekli kulağını kaşıyor, endişelenmeli miyim? Bella iyi.", "Kangal köpekleri gerçekten kurtlarla baş edebilir mi?", "Kedimiz Luna iki gündür az yiyor. Ne zaman veterinere gitmeli?"],
    "hi": ["नसबंदी के बाद चार्ली को कब से टहलाने ले जा सकते हैं? वह बहुत चंचल है।", "मेरा कुत्ता मैक्स तैरने के बाद कान खुजलाता रहता है, क्या चिंता की बात है? बेला ठीक है।", "क्या गाय को रोज़ कितना पानी चाहिए होता है? गर्मियों में ज़्यादा?", "हमारी बिल्ली लूना दो दिन से कम खा रही है, डॉक्टर के पास कब जाएँ?"],
    "th": ["หลังทำหมันแล้วพาน้องชาร์ลีไปเดินเล่นได้เมื่อไหร่ เขาซนมากจนห้ามไม่อยู่", "หมามักซ์ของเราว่ายน้ำแล้วเกาหูตลอด ต้องห่วงไหม ส่วนเบลล่าปกติดี", "ทองแดงสุนัขทรงเลี้ยงเป็นพันธุ์อะไร จริงไหมว่าเป็นหมาจรมาก่อน", "แมวลูน่ากินน้อยมาสองวันแล้ว ควรพาไปหาหมอเมื่อไหร่"],
}


@tpl("c_pet_questions", 25, ["GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "JP", "KR", "CN", "RU", "EG", "IL", "TR", "IN", "TH"], clean=True)
def c_petq(R, cc):
    lg = LANG[cc]
    qs = PETQ[lg][:]
    R.shuffle(qs)
    body = ["\n\n".join(qs)]
    return "question", lg, body


NOTICE = {
    "en": "{ORG}\n{ADDR}\nReception {PHONE} · out of hours {PHONE2}\n{MAIL}\n\nOpening hours: Mon–Fri 8:00–19:00, Sat 9:00–12:00. Vaccination clinic every Tuesday.\nPrices from 1 {MONTH}: consultation {FEE}, booster {FEE2}.\nPractice registration {LIC}.",
    "de": "{ORG}\n{ADDR}\nAnmeldung {PHONE} · Notdienst {PHONE2}\n{MAIL}\n\nSprechzeiten: Mo–Fr 8–19 Uhr, Sa 9–12 Uhr. Impfsprechstunde dienstags.\nPreise ab 1. {MONTH}: Untersuchung {FEE}, Impfung {FEE2}.\n{LIC}.",
    "fr": "{ORG}\n{ADDR}\nAccueil {PHONE} · urgences {PHONE2}\n{MAIL}\n\nHoraires : lun.–ven. 8 h–19 h, sam. 9 h–12 h. Vaccinations le mardi.\nTarifs au 1er {MONTH} : consultation {FEE}, rappel {FEE2}.\n{LIC}.",
    "es": "{ORG}\n{ADDR}\nRecepción {PHONE} · urgencias {PHONE2}\n{MAIL}\n\nHorario: L–V 8:00–19:00, S 9:00–12:00. Vacunación los martes.\nPrecios desde el 1 de {MONTH}: consulta {FEE}, vacuna {FEE2}.\n{LIC}.",
    "it": "{ORG}\n{ADDR}\nSegreteria {PHONE} · reperibilità {PHONE2}\n{MAIL}\n\nOrari: lun–ven 8–19, sab 9–12. Vaccinazioni il martedì.\nTariffe dal 1° {MONTH}: visita {FEE}, richiamo {FEE2}.\n{LIC}.",
    "nl": "{ORG}\n{ADDR}\nBalie {PHONE} · spoed {PHONE2}\n{MAIL}\n\nOpeningstijden: ma–vr 8.00–19.00, za 9.00–12.00. Vaccinatiespreekuur op dinsdag.\nTarieven per 1 {MONTH}: consult {FEE}, vaccinatie {FEE2}.\n{LIC}.",
    "pt": "{ORG}\n{ADDR}\nReceção {PHONE} · urgências {PHONE2}\n{MAIL}\n\nHorário: seg–sex 8h–19h, sáb 9h–12h. Vacinação às terças.\nPreços a partir de 1 de {MONTH}: consulta {FEE}, reforço {FEE2}.\n{LIC}.",
    "pl": "{ORG}\n{ADDR}\nRejestracja {PHONE} · dyżur {PHONE2}\n{MAIL}\n\nGodziny: pn–pt 8–19, sob 9–12. Szczepienia we wtorki.\nCennik od 1 {MONTH}: wizyta {FEE}, szczepienie {FEE2}.\n{LIC}.",
    "cs": "{ORG}\n{ADDR}\nRecepce {PHONE} · pohotovost {PHONE2}\n{MAIL}\n\nOrdinační hodiny: po–pá 8–19, so 9–12. Očkování v úterý.\nCeník od 1. {MONTH}: vyšetření {FEE}, očkování {FEE2}.\n{LIC}.",
    "sv": "{ORG}\n{ADDR}\nReception {PHONE} · jour {PHONE2}\n{MAIL}\n\nÖppettider: mån–fre 8–19, lör 9–12. Vaccinationsmottagning tisdagar.\nPriser från 1 {MONTH}: besök {FEE}, vaccination {FEE2}.\n{LIC}.",
    "fi": "{ORG}\n{ADDR}\nAsiakaspalvelu {PHONE} · päivystys {PHONE2}\n{MAIL}\n\nAukioloajat: ma–pe 8–19, la 9–12. Rokotusvastaanotto tiistaisin.\nHinnat 1.{MONTH} alkaen: käynti {FEE}, rokotus {FEE2}.\n{LIC}.",
    "hu": "{ORG}\n{ADDR}\nRecepció {PHONE} · ügyelet {PHONE2}\n{MAIL}\n\nRendelési idő: h–p 8–19, szo 9–12. Oltás kedden.\nÁrak {MONTH} 1-jétől: vizsgálat {FEE}, oltás {FEE2}.\n{LIC}.",
    "ro": "{ORG}\n{ADDR}\nRecepție {PHONE} · urgențe {PHONE2}\n{MAIL}\n\nProgram: L–V 8–19, S 9–12. Vaccinări marțea.\nPrețuri de la 1 {MONTH}: consultație {FEE}, rapel {FEE2}.\n{LIC}.",
    "tr": "{ORG}\n{ADDR}\nResepsiyon {PHONE} · nöbet {PHONE2}\n{MAIL}\n\nÇalışma saatleri: Pzt–Cum 8–19, Cmt 9–12. Aşı günü salı.\n1 {MONTH} itibarıyla fiyatlar: muayene {FEE}, aşı {FEE2}.\n{LIC}.",
    "ja": "{ORG}\n{ADDR}\n受付 {PHONE}・夜間救急 {PHONE2}\n{MAIL}\n\n診療時間：月〜金 8:00〜19:00、土 9:00〜12:00。ワクチン外来は火曜日。\n{MONTH}1日からの料金：診察 {FEE}、追加接種 {FEE2}。\n{LIC}",
    "ko": "{ORG}\n{ADDR}\n접수 {PHONE} · 야간 응급 {PHONE2}\n{MAIL}\n\n진료시간: 월–금 8:00–19:00, 토 9:00–12:00. 예방접종은 화요일.\n{MONTH} 1일부터 요금: 진찰 {FEE}, 추가접종 {FEE2}.\n{LIC}",
    "el": "{ORG}\n{ADDR}\nΓραμματεία {PHONE} · εφημερία {PHONE2}\n{MAIL}\n\nΩράριο: Δευ–Παρ 8–19, Σάβ 9–12. Εμβολιασμοί κάθε Τρίτη.\nΤιμές από 1 {MONTH}: εξέταση {FEE}, εμβόλιο {FEE2}.\n{LIC}.",
}
MONTHS_X = {"tr": ["Ocak", "Şubat", "Mart", "Nisan"], "ja": ["1月", "2月", "3月", "4月"], "ko": ["1월", "2월", "3월", "4월"], "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου"],
            "pl": ["stycznia", "lutego", "marca", "kwietnia"], "cs": ["ledna", "února", "března", "dubna"], "sv": ["januari", "februari", "mars", "april"], "fi": ["1.", "2.", "3.", "4."],
            "hu": ["január", "február", "március", "április"], "ro": ["ianuarie", "februarie", "martie", "aprilie"]}


@tpl("c_org_notices", 25, ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "CZ", "SE", "FI", "HU", "RO", "TR", "JP", "KR", "GR", "US", "AU"], clean=True)
def c_notice(R, cc):
    lg = LANG[cc]
    mon = R.choice(MONTHS[lg][:4]) if lg in MONTHS else R.choice(MONTHS_X[lg])
    body = fill(NOTICE[lg], ORG=N(R.choice(CLINICS[cc]), "clinic"), ADDR=N(org_addr(R, cc), "org_address"), PHONE=N(org_phone(R, cc), "org_phone"), PHONE2=N(org_phone(R, cc), "org_phone"),
                MAIL=N(R.choice(["info", "reception", "team"]) + "@" + DOMAINS[cc], "role_mailbox"), MONTH=mon, FEE=N(money(R, cc, 30, 80), "amount"), FEE2=N(money(R, cc, 20, 60), "amount"),
                LIC=N(clinic_lic(R, cc), "clinic_licence"))
    return "notice", lg, wrap(R, req(R, cc, R.choice(["summ", "table"])), body)


SEASON = {
    "en": "Open seasons 2026/27 – {AREA}\nRed stag {D1} – {D2}; roe buck {D3} – {D4}.\nBag limit: 2 per permit per day (zone {ZONE}). Day permits {FEE}, permit book no. {PERMIT}.\nLicence office: {PHONE}, {MAIL}. Trout: catch and release only below the weir.",
    "de": "Jagd- und Schonzeiten 2026/27 – {AREA}\nRotwild {D1} – {D2}; Rehbock {D3} – {D4}.\nAbschuss: max. 2 je Erlaubnisschein und Tag (Revier {ZONE}). Tageskarte {FEE}, Kartenblock Nr. {PERMIT}.\nUntere Jagdbehörde: {PHONE}, {MAIL}. Forelle: unterhalb des Wehrs nur Catch & Release.",
    "fr": "Dates d'ouverture 2026/27 – {AREA}\nCerf {D1} – {D2} ; chevreuil brocard {D3} – {D4}.\nPrélèvement : 2 par bracelet et par jour (lot {ZONE}). Carte journalière {FEE}, carnet n° {PERMIT}.\nFédération : {PHONE}, {MAIL}. Truite : no-kill en aval du barrage.",
    "sv": "Jakttider 2026/27 – {AREA}\nKronhjort {D1} – {D2}; råbock {D3} – {D4}.\nFällningsbegränsning: 2 per kort och dag (område {ZONE}). Dagkort {FEE}, kortblock nr {PERMIT}.\nLänsstyrelsen: {PHONE}, {MAIL}. Öring: endast fånga och släpp nedanför dammen.",
    "nb": "Jakttider 2026/27 – {AREA}\nHjort {D1} – {D2}; rådyr bukk {D3} – {D4}.\nKvote: 2 per kort per dag (vald {ZONE}). Dagskort {FEE}, kortnr. {PERMIT}.\nViltnemnda: {PHONE}, {MAIL}. Ørret: kun fang og slipp nedenfor demningen.",
    "fi": "Metsästysajat 2026/27 – {AREA}\nSaksanhirvi {D1} – {D2}; metsäkauris {D3} – {D4}.\nSaalisraja: 2 / lupa / päivä (alue {ZONE}). Päivälupa {FEE}, lupavihko nro {PERMIT}.\nRiistakeskus: {PHONE}, {MAIL}. Taimen: vain pyydä ja päästä padon alapuolella.",
    "pl": "Okresy polowań 2026/27 – {AREA}\nJeleń byk {D1} – {D2}; rogacz {D3} – {D4}.\nLimit: 2 sztuki na upoważnienie dziennie (obwód {ZONE}). Zezwolenie dzienne {FEE}, książka nr {PERMIT}.\nZarząd okręgowy: {PHONE}, {MAIL}. Pstrąg: poniżej jazu tylko no-kill.",
    "cs": "Doby lovu 2026/27 – {AREA}\nJelen {D1} – {D2}; srnec {D3} – {D4}.\nLimit: 2 kusy na povolenku a den (honitba {ZONE}). Denní povolenka {FEE}, povolenka č. {PERMIT}.\nSvaz: {PHONE}, {MAIL}. Pstruh: pod jezem pouze chyť a pusť.",
    "es": "Periodos hábiles 2026/27 – {AREA}\nCiervo {D1} – {D2}; corzo macho {D3} – {D4}.\nCupo: 2 por permiso y día (coto {ZONE}). Permiso diario {FEE}, talonario n.º {PERMIT}.\nServicio de caza: {PHONE}, {MAIL}. Trucha: captura y suelta aguas abajo de la presa.",
    "it": "Calendario venatorio 2026/27 – {AREA}\nCervo {D1} – {D2}; capriolo maschio {D3} – {D4}.\nCarniere: 2 capi per tesserino al giorno (ATC {ZONE}). Permesso giornaliero {FEE}, blocchetto n. {PERMIT}.\nUfficio caccia: {PHONE}, {MAIL}. Trota: solo no-kill a valle della diga.",
}
AREAS = {"en": "Kielder & Upper Tyne", "de": "Hegering Lüneburger Heide Süd", "fr": "Monts du Cantal", "sv": "Jämtlands län, Bergs kommun", "nb": "Innherred viltvald", "fi": "Etelä-Pohjanmaa",
         "pl": "Okręg Łomżyński", "cs": "Vysočina – Pelhřimovsko", "es": "Reserva Regional de Caza de Riaño", "it": "Comprensorio Alpino Valle Stura"}


@tpl("c_season_rules", 25, ["GB", "DE", "FR", "SE", "NO", "FI", "PL", "CZ", "ES", "IT"], clean=True)
def c_season(R, cc):
    lg = LANG[cc]
    ds = [rand_date(R, 2026, 2027) for _ in range(4)]
    body = fill(SEASON[lg], AREA=N(AREAS[lg], "area_name"), D1=N(fmt_dob(R, cc, ds[0]), "season_date"), D2=N(fmt_dob(R, cc, ds[1]), "season_date"),
                D3=N(fmt_dob(R, cc, ds[2]), "season_date"), D4=N(fmt_dob(R, cc, ds[3]), "season_date"), ZONE=N("%s-%02d" % (R.choice("ABCDEF"), R.randint(1, 40)), "zone_code"),
                FEE=N(money(R, cc, 8, 60), "amount"), PERMIT=N("%06d" % R.randint(0, 999999), "permit_no"), PHONE=N(org_phone(R, cc), "org_phone"),
                MAIL=N(R.choice(["licensing", "jagd", "permis", "info"]) + "@" + R.choice(["gamewarden", "jagdbehoerde", "federation-chasse", "viltvard"]) + ".example", "role_mailbox"))
    return "notice", lg, wrap(R, creq(R, lg), body)


MARKET = {
    "en": "Store cattle sale report – {MART}\nLot {LOT1}: 6 × Limousin x bullocks, avg 412 kg, {P1}/kg · Lot {LOT2}: 4 × Hereford heifers, {P2}/head\nCull cows top {P3}/kg. Ewes with lambs at foot to {P4}.\nNext sale {DATE}. Entries: {MAIL}, {PHONE}. Contract {CON}.",
    "de": "Marktbericht Zuchtviehauktion – {MART}\nKat.-Nr. {LOT1}: Bullenkälber, {P1}/kg · Kat.-Nr. {LOT2}: Fleckvieh-Jungkühe, Ø {P2}/Tier\nSchlachtkühe bis {P3}/kg. Weizen ab Hof {P4}/dt, Feuchte 14,5 %.\nNächste Auktion {DATE}. Anmeldung: {MAIL}, {PHONE}. Kontrakt {CON}.",
    "fr": "Cotations marché au cadran – {MART}\nLot {LOT1} : broutards charolais, 320 kg, {P1}/kg · lot {LOT2} : génisses limousines, {P2}/tête\nVaches de réforme jusqu'à {P3}/kg. Blé rendu silo {P4}/t, humidité 15 %.\nProchain marché {DATE}. Inscriptions : {MAIL}, {PHONE}. Contrat {CON}.",
    "nl": "Marktverslag veemarkt – {MART}\nKavel {LOT1}: nuchtere stierkalveren, {P1}/stuk · kavel {LOT2}: vaarzen, {P2}/kg\nSlachtkoeien tot {P3}/kg. Tarwe {P4}/ton, vocht 15%.\nVolgende markt {DATE}. Aanmelden: {MAIL}, {PHONE}. Contract {CON}.",
    "pl": "Notowania targowe – {MART}\nPartia {LOT1}: byczki mięsne, {P1}/kg · partia {LOT2}: jałówki, {P2}/szt.\nKrowy ubojowe do {P3}/kg. Pszenica konsumpcyjna {P4}/t, wilgotność 14%.\nNastępny targ {DATE}. Zgłoszenia: {MAIL}, {PHONE}. Kontrakt {CON}.",
    "es": "Lonja – cotizaciones de la semana – {MART}\nLote {LOT1}: terneros cruzados, {P1}/kg · lote {LOT2}: novillas, {P2}/cabeza\nVacas de desvieje hasta {P3}/kg. Trigo panificable {P4}/t, humedad 13 %.\nPróxima sesión {DATE}. Inscripciones: {MAIL}, {PHONE}. Contrato {CON}.",
    "it": "Listino settimanale – {MART}\nLotto {LOT1}: vitelli da ristallo, {P1}/kg · lotto {LOT2}: manze, {P2}/capo\nVacche a fine carriera fino a {P3}/kg. Frumento tenero {P4}/t, umidità 13%.\nProssima asta {DATE}. Iscrizioni: {MAIL}, {PHONE}. Contratto {CON}.",
    "pt": "Boletim do mercado de gado – {MART}\nLote {LOT1}: vitelos cruzados, {P1}/kg · lote {LOT2}: novilhas, {P2}/cabeça\nVacas de refugo até {P3}/kg. Trigo mole {P4}/t, humidade 13%.\nPróximo leilão {DATE}. Inscrições: {MAIL}, {PHONE}. Contrato {CON}.",
}
MARTS = {"en": "Fellside Auction Mart", "de": "Rinderunion Geest, Halle 2", "fr": "Marché au cadran du Haut-Cantal", "nl": "Veemarkt Zuidwal", "pl": "Targowisko Rolne Łowicz-Zachód",
         "es": "Lonja Agropecuaria del Tiétar", "it": "Mercato Zootecnico di Fiera Vecchia", "pt": "Mercado de Gado do Cávado"}


@tpl("c_market_report", 25, ["GB", "IE", "DE", "AT", "FR", "NL", "PL", "ES", "IT", "PT"], clean=True)
def c_market(R, cc):
    lg = LANG[cc]
    body = fill(MARKET[lg], MART=N(MARTS[lg], "mart"), LOT1=N(str(R.randint(1, 480)), "lot_no"), LOT2=N(str(R.randint(1, 480)), "lot_no"),
                P1=N(money(R, cc, 2, 6), "price"), P2=N(money(R, cc, 600, 2200), "price"), P3=N(money(R, cc, 2, 5), "price"), P4=N(money(R, cc, 180, 260), "price"),
                DATE=N(fmt_dob(R, cc, when(R)), "sale_date"), MAIL=N(R.choice(["entries", "auktion", "inscriptions", "info"]) + "@" + R.choice(["fellsidemart", "rinderunion-geest", "cadran-hautcantal", "lonjatietar"]) + ".example", "role_mailbox"),
                PHONE=N(org_phone(R, cc), "org_phone"), CON=N("K-%d/%04d" % (R.randint(2025, 2026), R.randint(1, 9999)), "contract_no"))
    return "report", lg, wrap(R, creq(R, lg), body)


# ====================================================================== rules
ROLE_LOCAL = {"info", "reception", "team", "help", "support", "licensing", "jagd", "permis", "entries", "auktion", "inscriptions", "empfang", "accueil"}
NAME_ATOMS = set()
for _cc, (_m, _f, _fam) in NAMES.items():
    for _lst in (_m, _f, _fam):
        for _e in _lst.split():
            for _part in re.split(r"[|/]", _e.replace("_", " ")):
                NAME_ATOMS.add(_part)
SCRIPT_NOSPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def name_atoms(value):
    """The words of a person label to look for elsewhere in the text."""
    out = set()
    for w in re.split(r"[\s\-]+", value):
        w = w.strip(".,")
        if not w or w.lower() in PARTICLES:
            continue
        if SCRIPT_NOSPACE.search(w):
            if len(w) >= 2:
                out.add(w)
            for a in NAME_ATOMS:
                if len(a) >= 2 and SCRIPT_NOSPACE.search(a) and a in w:
                    out.add(a)
        elif len(w) >= 2:
            out.add(w)
    return out


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


DIGRUN = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")


def luhn_runs(m):
    for mo in DIGRUN.finditer(m):
        groups = re.split(r"[ \-.\u00a0\u202f]", mo.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and luhn_ok(s):
                    return s
    return None


def iban_outside(m):
    for mo in re.finditer(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}", m):
        s = mo.group(0).replace(" ", "")
        cc = s[:2]
        ln = IBAN_LEN.get(cc) or EXTRA_LEN.get(cc)
        if ln and len(s) >= ln and iban_mod97(s[:ln]) == 1:
            return s[:ln]
    return None


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def check_value(sp):
    v, t = sp["value"], sp["type"]
    if t == "iban":
        s = v.replace(" ", "")
        return iban_mod97(s) == 1 and len(s) == iban_len(s[:2])
    if t == "card":
        return luhn_ok(re.sub(r"\D", "", v))
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    if t == "email":
        return bool(EMAIL_RE.fullmatch(v)) and not v.endswith(".example")
    if t == "gov_id":
        return gid_ok(sp)
    return True


def gid_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"[\s\-./]", "", v)
    if sub == "ssn":
        a, g, s = v.split("-")
        return ssn_valid(int(a), int(g), int(s))
    if sub == "nino":
        return d[:2] not in NINO_BAD_PREFIX and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d) is not None
    if sub == "ppsn":
        return ppsn_ok(d)
    if sub == "tfn":
        return tfn_ok(d)
    if sub == "aadhaar":
        return verhoeff_ok(d)
    if sub == "steuer_id":
        return steuerid_ok(d)
    if sub == "at_svnr":
        return at_svnr_ok(v)
    if sub == "nir":
        return nir_ok(d[:13], d[13:])
    if sub == "bsn":
        return bsn_ok(d)
    if sub == "dni":
        return DNI_LETTERS[int(d[:8]) % 23] == d[8]
    if sub == "nie":
        return nie_ok(d)
    if sub == "cuil":
        return cuil_ok(v)
    if sub == "codice_fiscale":
        return cf_check(d[:15]) == d[15]
    if sub == "pt_nif":
        return pt_nif_ok(d)
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "pesel":
        return pesel_ok(d)
    if sub == "rodne_cislo":
        return rc_ok(v)
    if sub == "se_pnr":
        return luhn_ok(d[-10:])
    if sub == "no_fnr":
        return no_fnr_ok(d)
    if sub == "hetu":
        return hetu_ok(v)
    if sub == "hu_adoazonosito":
        return hu_adoaz_ok(d)
    if sub == "cnp":
        return ro_cnp_ok(d)
    if sub == "afm":
        return afm_ok(d)
    if sub == "tckn":
        return tckn_ok(d)
    if sub == "snils":
        return snils_ok(v)
    if sub == "rnokpp":
        return ua_rnokpp_ok(d)
    if sub == "my_number":
        return mynumber_ok(d)
    if sub == "rrn":
        return kr_rrn_ok(v)
    if sub == "cn_rid":
        return cn_rid_ok(d)
    if sub == "th_id":
        return th_id_ok(v)
    if sub == "il_tz":
        return len(d) == 9 and luhn_ok(d)
    if sub == "vn_cccd":
        return len(d) == 12 and d.isdigit()
    if sub == "id_nik":
        return len(d) == 16 and d.isdigit() and 1 <= int(d[6:8]) % 40 <= 31
    if sub == "eg_nid":
        return len(d) == 14 and d[0] in "23"
    if sub == "passport":
        return 6 <= len(d) <= 10 and d.isalnum()
    raise KeyError(sub)


def rule_broken(rec, clean):
    """The first rule a candidate breaks, or None."""
    t = rec["text"]
    if not (120 <= len(t) <= 2500):
        return "length"
    if clean and rec["spans"]:
        return "clean_with_labels"
    if not clean and not rec["spans"]:
        return "labelled_without_labels"
    try:
        check_record(rec)
    except AssertionError:
        return "span"
    for sp in rec["spans"]:
        if not check_value(sp):
            return "bad_" + sp["type"]
    m = masked(rec)
    for mo in EMAIL_RE.finditer(m):
        e = mo.group(0)
        if not (e.split("@")[1].endswith(".example") or e.split("@")[0] in ROLE_LOCAL):
            return "email_outside"
    for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", m):
        try:
            if ipaddress.ip_address(mo.group(0)).is_global:
                return "ip_outside"
        except ValueError:
            pass
    if luhn_runs(m):
        return "luhn_run"
    if iban_outside(m):
        return "iban_outside"
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        for a in name_atoms(sp["value"]):
            if SCRIPT_NOSPACE.search(a):
                if a in m:
                    return "name_word"
            elif re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", m, re.IGNORECASE if a[:1].isupper() else 0):
                return "name_word"
    return None


# ====================================================================== draw
N_LABELLED = 600
N_CLEAN = 200


def generate(collect_drops=False):
    """Draws 3 x count + 6 candidates per template (locales in turn), drops
    those that break a rule (pv is run once over all candidate phones) and
    keeps the first `count`."""
    drops, texts = Counter(), set()
    cands = []
    for ti, (name, count, locales, fn, clean) in enumerate(TEMPLATES):
        off = (ti * 5) % len(locales)
        for i in range(3 * count + 6):
            cc = locales[(i + off) % len(locales)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = fn(R, cc)
            rec = build("tmp", form, lang, parts)
            rec["_tpl"], rec["_cc"] = name, cc
            cands.append((ti, rec, rule_broken(rec, clean)))
    bad = pv_check(phone_items([c[1] for c in cands if c[2] is None]))
    badset = {tuple(ln.split("\t")[1:4]) for ln in (bad or [])}
    recs = []
    for ti, (name, count, locales, fn, clean) in enumerate(TEMPLATES):
        kept = []
        for tj, rec, why in cands:
            if tj != ti or len(kept) == count:
                continue
            if why is None and any(it in badset for it in phone_items([rec])):
                why = "phone_pv"
            if why is None and rec["text"] in texts:
                why = "repeated_text"
            if why:
                drops[(name, why)] += 1
                continue
            texts.add(rec["text"])
            kept.append(rec)
        assert len(kept) == count, (name, len(kept), count)
        recs += kept
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(recs)
    out = []
    for k, r in enumerate(recs):
        rr = {"id": "%s%05d" % (PREFIX, k), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rr["neg"] = r["neg"]
        out.append(rr)
    return (out, drops, recs) if collect_drops else out


def phone_items(recs):
    items = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                items.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    return items


def check_file(path):
    recs = [json.loads(ln) for ln in open(path, encoding="utf-8")]
    ids = [r["id"] for r in recs]
    assert ids == ["%s%05d" % (PREFIX, k) for k in range(len(recs))], "ids"
    clean = sum(1 for r in recs if not r["spans"])
    assert len(recs) == N_LABELLED + N_CLEAN and clean == N_CLEAN, (len(recs), clean)
    for r in recs:
        why = rule_broken(r, not r["spans"])
        assert why is None, (r["id"], why)
    bad = pv_check(phone_items(recs))
    if bad is None:
        print("warning: /tmp/pv/pv missing, phones not re-validated")
    else:
        assert not bad, bad[:5]
    again = generate()
    fresh = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in again)
    assert fresh == open(path, encoding="utf-8").read(), "regenerating differs"
    for seed in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outp = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        assert outp == fresh, "PYTHONHASHSEED=%s differs" % seed
    n = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("ok: %d records (%d clean), %d labels; every checksum, format, rule and phone (pv) verified; regenerating gives the file byte for byte (also PYTHONHASHSEED 0, 7, 12345)" % (len(recs), clean, sum(n.values())))


def stats(path):
    recs = [json.loads(ln) for ln in open(path, encoding="utf-8")]
    n = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(n.values()))
    print("types", dict(n.most_common()))
    print("lang", dict(Counter(r["lang"] for r in recs).most_common()))
    print("form", dict(Counter(r["form"] for r in recs).most_common()))
    print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "card", "iban", "ip", "address")).most_common()))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}))
    L_ = [len(r["text"]) for r in recs]
    print("length min/median/max", min(L_), sorted(L_)[len(L_) // 2], max(L_))
    print("plan phones", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))


def main():
    if "--dump" in sys.argv:
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in generate()))
        return
    if "--check" in sys.argv:
        check_file(OUT)
        return
    if "--stats" in sys.argv:
        stats(OUT)
        return
    recs = generate()
    write_jsonl(OUT, recs)
    check_file(OUT)


if __name__ == "__main__":
    main()
