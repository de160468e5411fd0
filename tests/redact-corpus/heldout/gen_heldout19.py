#!/usr/bin/python3
"""Held-out part 19 of the redaction corpus (heldout19.jsonl).

Written by a seventeenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-18 hold),
lines 1-60 of gen_heldout18.py (header and constants) and its function
`pv_check` (grep -A14), and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (and it ran /tmp/pv/pv through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file (it read samples of its own output only). It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file.
Started 07:57:22 UTC, ended 08:07:06 UTC on 2026-12-03 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 18's header.

Theme: DEALING WITH PUBLIC BODIES -- OFFICIAL FORMS, APPLICATIONS AND LETTERS,
FILLED IN AND PASTED FOR HELP. Benefit and allowance claims, tax returns and
tax-office letters, residence permits and visas, registration of residence,
school and nursery enrolment, university admission, driving licences and
vehicle registration, health insurance and GP registration, pension
statements, fines, jury summonses, electoral registration, housing
applications, parking permits, marriage and birth registration, passport
renewal, child benefit, unemployment registration, social security letters,
municipal requests; field labels with values, boxes, numbered questions,
checkbox lines, sections per person. English about 45 % (UK, US, IE, AU, CA,
NZ, IN), then de, fr, es, it, nl, pt (PT/BR), pl, sv, da, no, fi, cs, ro, el,
tr. Weighted toward gov ids, dates of birth and addresses. Hard negatives:
office, case, form and tax-office numbers, short service numbers of public
bodies, offices named with a postcode, non-birth dates, amounts, statutes,
placeholders and form instructions, ids with a wrong check digit, officials
only by role, person-like place names. Public bodies appear by name (and
postcode or PO box), never with a street address or a dialable phone number
in a labelled record: the README is silent on whether those are labelled, so
they are kept out. One-time codes are not secrets (negatives); portal
passwords are. No public figures.
Every name, street, office, frame sentence, template and look-alike here was
written by hand for this part. Deterministic (seed 190919, shuffle seed
190920).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout19.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout19.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout19.py --stats   # counts
"""
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
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok, luhn_complete,  # noqa: E402
                       iban_mod97, iban_random, IBAN_LEN, group,
                       ssn_random, ssn_valid, itin_random, nino_random, NINO_BAD_PREFIX,
                       nhs_random, nhs_ok, nhs_check, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       pan_random, cpf_random, cpf_ok, MONTHS, PLANS, digits, nz)

SEED = 190919
SHUFFLE_SEED = 190920
OUT = os.path.join(HERE, "heldout19.jsonl")
PREFIX = "heldout-s-"
NREC = 800
NCLEAN = 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- gov ids
# New ones, with their published check rules; corpuslib's for the rest.

def ppsn_make(R):
    d = "%07d" % R.randint(1000000, 9999999)
    second = R.choice(["", "", "A", "W"])
    s = sum(int(c) * (8 - i) for i, c in enumerate(d)) + (9 if second == "A" else 0)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def ppsn_ok(v):
    m = re.fullmatch(r"(\d{7})([A-W])([AW]?)", v)
    if not m:
        return False
    s = sum(int(c) * (8 - i) for i, c in enumerate(m.group(1))) + (9 if m.group(3) == "A" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] == m.group(2)


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_ok(d):
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, TFN_W)) % 11 == 0


def tfn_make(R):
    while True:
        b = str(R.randint(1, 9)) + digits(R, 7)
        for c in "0123456789":
            if tfn_ok(b + c):
                return b + c


def medicare_ok(d):
    return (len(d) in (10, 11) and d[0] in "23456" and
            sum(int(c) * w for c, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8]) and d[9] != "0")


def medicare_make(R):
    b = str(R.randint(2, 6)) + digits(R, 7)
    return b + str(sum(int(c) * w for c, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10) + str(R.randint(1, 9))


def sin_make(R):
    return luhn_complete(str(R.randint(1, 7)) + digits(R, 7))


def sin_ok(d):
    return len(d) == 9 and d[0] in "1234567" and luhn_ok(d)


def ird_check(base8):
    r = sum(int(c) * w for c, w in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        r = sum(int(c2) * w for c2, w in zip(base8, [7, 4, 3, 2, 5, 2, 7, 6])) % 11
        c = 0 if r == 0 else 11 - r
        if c == 10:
            return None
    return str(c)


def ird_make(R):
    while True:
        b = "%08d" % R.randint(1000000, 14999999)
        c = ird_check(b)
        if c is not None:
            return (b + c).lstrip("0")


def ird_ok(d):
    d = d.zfill(9)
    return len(d) == 9 and 10000000 <= int(d) <= 150000000 and ird_check(d[:8]) == d[8]


def nifpt_make(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + ("0" if c >= 10 else str(c))


def nifpt_ok(d):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 11
    return len(d) == 9 and d[8] == ("0" if c >= 10 else str(c))


def pesel_make(y, m, d, male, R):
    mm = m + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + R.choice("13579" if male else "02468")
    return b + str((10 - sum(int(c) * w for c, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and str((10 - sum(int(c) * w for c, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10) == s[10]


def pnr_make(y, m, d, male, R, long=False):
    b = "%02d%02d%02d" % (y % 100, m, d) + digits(R, 2) + R.choice("13579" if male else "02468")
    full = luhn_complete(b)
    sep = "-" if y >= 1925 else "+"
    return ("%d" % (y // 100) if long else "") + full[:6] + sep + full[6:]


def pnr_ok(s):
    d = re.sub(r"\D", "", s)[-10:]
    return len(d) == 10 and luhn_ok(d)


def cpr_make(y, m, d, male, R):
    while True:
        b = "%02d%02d%02d" % (d, m, y % 100) + digits(R, 3)
        for c in ("13579" if male else "02468"):
            if sum(int(x) * w for x, w in zip(b + c, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return b[:6] + "-" + b[6:] + c


def cpr_ok(s):
    d = s.replace("-", "")
    return len(d) == 10 and sum(int(x) * w for x, w in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def fnr_checks(b9):
    k1 = 11 - sum(int(x) * w for x, w in zip(b9, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(int(x) * w for x, w in zip(b9 + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return "%d%d" % (k1, k2)


def fnr_make(y, m, d, male, R):
    while True:
        ind = R.randint(0, 499) if y < 2000 else R.randint(500, 999)
        if (ind % 10) % 2 != (1 if male else 0):
            continue
        b = "%02d%02d%02d%03d" % (d, m, y % 100, ind)
        k = fnr_checks(b)
        if k:
            return b + k


def fnr_ok(s):
    return len(s) == 11 and fnr_checks(s[:9]) == s[9:]


HETU_C = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_make(y, m, d, male, R):
    while True:
        n = R.randint(2, 899)
        if n % 2 == (1 if male else 0):
            break
    b = "%02d%02d%02d" % (d, m, y % 100)
    return b + ("-" if y < 2000 else "A") + "%03d" % n + HETU_C[int(b + "%03d" % n) % 31]


def hetu_ok(s):
    return len(s) == 11 and HETU_C[int(s[:6] + s[7:10]) % 31] == s[10]


def rc_make(y, m, d, male, R):
    while True:
        b = "%02d%02d%02d" % (y % 100, m + (0 if male else 50), d) + digits(R, 3)
        c = int(b) % 11
        if c < 10:
            return b[:6] + "/" + b[6:] + str(c)


def rc_ok(s):
    d = s.replace("/", "")
    return len(d) == 10 and int(d) % 11 == 0


CNP_W = "279146358279"


def cnp_make(y, m, d, male, R):
    s = ("1" if male else "2") if y < 2000 else ("5" if male else "6")
    b = s + "%02d%02d%02d" % (y % 100, m, d) + "%02d" % R.choice(list(range(1, 41)) + [51, 52]) + "%03d" % R.randint(1, 999)
    c = sum(int(x) * int(w) for x, w in zip(b, CNP_W)) % 11
    return b + ("1" if c == 10 else str(c))


def cnp_ok(s):
    c = sum(int(x) * int(w) for x, w in zip(s[:12], CNP_W)) % 11
    return len(s) == 13 and s[12] == ("1" if c == 10 else str(c))


def amka_make(y, m, d, R):
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(R, 4))


def amka_ok(s):
    return len(s) == 11 and luhn_ok(s)


def tckn_make(R):
    b = str(R.randint(1, 9)) + digits(R, 8)
    d = [int(c) for c in b]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return b + str(d10) + str(d11)


def tckn_ok(s):
    d = [int(c) for c in s]
    return (len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def rrn_make(y, m, d, male, R):
    while True:
        ser = R.randint(1, 997)
        if ser % 2 == (1 if male else 0):
            break
    b = "%02d%02d%02d%03d" % (y % 100, m, d, ser)
    c = 97 - int(("2" if y >= 2000 else "") + b) % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], c)


def rrn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and (97 - int(d[:9]) % 97 == int(d[9:]) or 97 - int("2" + d[:9]) % 97 == int(d[9:]))


BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "B157", "E506"]


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def dni_ok(s):
    s = s.replace("-", "").replace(".", "").replace(" ", "")
    return len(s) == 9 and s[8] == DNI_LETTERS[int(s[:8]) % 23]


def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] in "ABCEGHJKLMNOPRSTWXYZ" and s[1] in "ABCEGHJKLMNPRSTWXYZ"
            and s[:2] not in NINO_BAD_PREFIX and s[2:8].isdigit() and s[8] in "ABCD")


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 9 and ssn_valid(int(d[:3]), int(d[3:5]), int(d[5:]))


def itin_ok(s):
    d = s.replace("-", "")
    g = int(d[3:5])
    return d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99)


def nir_ok_s(s):
    d = s.replace(" ", "")
    return nir_ok(d[:13], d[13:])


def aadhaar_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    return re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", s) is not None


def cpf_ok_s(s):
    return cpf_ok(re.sub(r"\D", "", s))


NISS_W = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]


def niss_make(R):
    b = "1" + digits(R, 9)
    return b + str(9 - sum(int(c) * w for c, w in zip(b, NISS_W)) % 10)


def niss_ok(s):
    return len(s) == 11 and s[0] in "12" and str(9 - sum(int(c) * w for c, w in zip(s, NISS_W)) % 10) == s[10]


def passport_ok(s):
    return re.fullmatch(r"[A-Z0-9]{8,9}", s) is not None


VALIDATORS = {
    "ssn": ssn_ok, "itin": itin_ok, "nino": nino_ok, "nhs": lambda s: nhs_ok(s.replace(" ", "").replace("-", "")),
    "steuer_id": lambda s: steuerid_ok(s.replace(" ", "")), "nir": nir_ok_s, "dni": dni_ok, "nie": lambda s: nie_ok(s.replace("-", "")),
    "codice_fiscale": cf_ok, "bsn": lambda s: bsn_ok(s.replace(".", "").replace(" ", "")), "aadhaar": aadhaar_ok,
    "pan": pan_ok, "cpf": cpf_ok_s, "passport": passport_ok, "ppsn": ppsn_ok,
    "tfn": lambda s: tfn_ok(s.replace(" ", "")), "medicare": lambda s: medicare_ok(s.replace(" ", "").replace("-", "")),
    "sin": lambda s: sin_ok(s.replace(" ", "").replace("-", "")), "ird": lambda s: ird_ok(s.replace("-", "")),
    "nif_pt": lambda s: nifpt_ok(s.replace(" ", "")), "pesel": pesel_ok, "personnummer": pnr_ok, "cpr": cpr_ok,
    "fodselsnummer": lambda s: fnr_ok(s.replace(" ", "")), "hetu": hetu_ok, "rodne_cislo": rc_ok, "cnp": cnp_ok,
    "amka": amka_ok, "tc_kimlik": tckn_ok, "rrn": rrn_ok, "niss": niss_ok,
}


def bad_check(valid, kind):
    """The same id with its last check character changed so that it fails."""
    alphabet = string.ascii_uppercase if valid[-1].isalpha() else string.digits
    for c in alphabet:
        v = valid[:-1] + c
        if v != valid and not VALIDATORS[kind](v):
            return v
    raise AssertionError(valid)


# ---------------------------------------------------------------- names
# culture: (male given, female given, surnames); surnames given as
# (male, female) pairs where the language inflects them.
NAMES = {
    "gb": (["Rhodri", "Callum", "Fergus", "Alistair", "Tobias", "Declan", "Jasper", "Ewan", "Rupert", "Lachlan"],
           ["Imogen", "Philippa", "Rosalind", "Harriet", "Niamh", "Bethan", "Eleanor", "Saoirse", "Georgina", "Tamsin"],
           ["Pemberton", "Ashworth", "Trelawney", "Hollingsworth", "Featherstone", "Blackwood", "Oyelaran", "Radcliffe", "Kershaw", "Attwater", "Penhaligon", "Bancroft"]),
    "us": (["Dashiell", "Everett", "Malik", "Beau", "Tanner", "Roderick", "Jamal", "Wyatt", "Cornelius", "Reid"],
           ["Marisol", "Tamika", "Shelby", "Delphine", "Kendra", "Rosalyn", "Aubrey", "Latoya", "Maribel", "Juniper"],
           ["Vandermolen", "Okonkwo-Reyes", "Whitfield", "Castellanos", "Brandvold", "Tolliver", "Haskins", "Pruitt", "Szymanowski", "Delacroix-Hart", "Nakagawa", "Burkhalter"]),
    "ie": (["Cathal", "Donnacha", "Ruairí", "Tadhg", "Oisín", "Fiachra"],
           ["Aoibheann", "Caoimhe", "Gráinne", "Síofra", "Clodagh", "Éabha"],
           ["Ó Catháin", "Mac Giolla Phádraig", "Fitzmaurice", "Ní Bhriain", "Kinsella", "Delaney", "Lenihan", "Ó Dálaigh"]),
    "au": (["Lachie", "Brodie", "Kieran", "Tamati", "Hamish", "Jarrah"],
           ["Kirra", "Matilda", "Allira", "Bronwyn", "Tahnee", "Jacinta"],
           ["Wetherall", "Costigan", "Papadakis", "Nguyen-Trinh", "McCutcheon", "Bellamy", "Tuhiwai", "Harland"]),
    "ca": (["Étienne", "Gurpreet", "Dominic", "Rowan", "Théo", "Mackenzie"],
           ["Gabrielle", "Harpreet", "Maëlle", "Siobhan", "Océane", "Brielle"],
           ["Tremblay-Sandhu", "Gagnon", "Okafor", "Lachance", "Rasmussen", "Boudreault", "Dhaliwal", "MacIsaac"]),
    "nz": (["Wiremu", "Nikau", "Fletcher", "Tane", "Kauri", "Hemi"],
           ["Aroha", "Mereana", "Greer", "Ngaire", "Anahera", "Kahurangi"],
           ["Te Whata", "Parata", "Hohaia", "Ruatapu", "Marsden-Kingi", "Tautahi", "Wairua", "Pomare"]),
    "in": (["Tejas", "Harshvardhan", "Ishaan", "Venkatesh", "Dhruv", "Siddharth", "Prabhakar", "Anirudh"],
           ["Meenakshi", "Ishita", "Yamini", "Rukmini", "Sanvi", "Tanushree", "Hemalatha", "Aditi"],
           ["Raghunathan", "Deshpande", "Bhattacharjee", "Kulkarni", "Venugopal", "Chaturvedi", "Gopalakrishnan", "Mukhopadhyay"]),
    "de": (["Jörn", "Hartmut", "Kai-Uwe", "Leander", "Volkmar", "Malte", "Detlef", "Henrik"],
           ["Wiebke", "Hiltrud", "Annegret", "Svenja", "Gesine", "Frauke", "Ulrike", "Mareike"],
           ["Bröckelmann", "Tiedemann", "Oberhäuser", "Wendeborn", "Kußmaul", "Rautenstrauch", "Yıldırım-Brandt", "Heidkamp", "Nöllenburg", "Schwertfeger"]),
    "fr": (["Gaspard", "Anatole", "Maxence", "Thibault", "Yanis", "Baptiste", "Aurélien"],
           ["Ségolène", "Clémence", "Apolline", "Maëlys", "Bérénice", "Soizic", "Héloïse"],
           ["Lemarchand", "Kerbrat", "Duvivier", "Benhamou", "Rouxel", "Delaporte", "Fauconnier", "Le Bihan", "Chevrier"]),
    "es": (["Íñigo", "Gonzalo", "Eneko", "Rodrigo", "Fermín", "Ximo", "Borja"],
           ["Itziar", "Montserrat", "Nerea", "Almudena", "Rocío", "Ainhoa", "Macarena"],
           ["Urquijo", "Barrenechea", "Quintanilla", "Escribano", "Villalobos", "Arrieta", "Sotomayor", "Cifuentes", "Gallardo"]),
    "it": (["Ettore", "Corrado", "Raffaele", "Gianmarco", "Ottavio", "Tancredi", "Loris"],
           ["Ludovica", "Benedetta", "Ginevra", "Mirella", "Ornella", "Annunziata", "Carlotta"],
           ["Sanfilippo", "Bonaccorsi", "Pellegrino", "Trapani", "Malaspina", "Cipolletti", "Guarnieri", "De Santis", "Lo Presti"]),
    "nl": (["Joost", "Sjoerd", "Maarten", "Wouter", "Thijs", "Gijs", "Reinier"],
           ["Marieke", "Fenna", "Ilse", "Jorien", "Sanne", "Lieke", "Wilhelmien"],
           ["van Oosterhout", "Terpstra", "de Wilde", "Hoekstra", "van der Meulen", "Bosscher", "Kuipers", "Zijlstra"]),
    "pt": (["Duarte", "Rui", "Tiago", "Vasco", "Gonçalo", "Nuno"],
           ["Inês", "Leonor", "Matilde", "Beatriz", "Carolina", "Madalena"],
           ["Magalhães Rebelo", "Figueiredo", "Canário", "Sequeira", "Pinto Barroso", "Vasconcelos", "Guimarães", "Monteiro Dias"]),
    "br": (["Thiago", "Caio", "Wellington", "Jefferson", "Raimundo", "Davi", "Kauã"],
           ["Jussara", "Thaís", "Luana", "Rosângela", "Kelly Cristina", "Valdirene", "Ingrid"],
           ["dos Anjos Nascimento", "Cavalcanti", "Brandão", "Siqueira Lopes", "Albuquerque", "Teixeira de Souza", "Bezerra", "Quintela"]),
    "pl": (["Bartłomiej", "Wojciech", "Przemysław", "Grzegorz", "Radosław", "Ireneusz"],
           ["Małgorzata", "Agnieszka", "Bożena", "Justyna", "Jadwiga", "Grażyna"],
           [("Wróblewski", "Wróblewska"), ("Kaczmarczyk", "Kaczmarczyk"), ("Zieliński", "Zielińska"), ("Pawłowski", "Pawłowska"), ("Sobczak", "Sobczak"), ("Chmielewski", "Chmielewska")]),
    "sv": (["Björn", "Torsten", "Ingvar", "Viggo", "Alrik", "Måns"],
           ["Ingegerd", "Linnea", "Märta", "Solveig", "Ebba", "Agnetha"],
           ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Hedlund", "Wallin", "Ekdahl", "Nyqvist"]),
    "da": (["Søren", "Mikkel", "Anders", "Rasmus", "Esben", "Troels"],
           ["Mette", "Signe", "Birgitte", "Karen", "Lærke", "Ditte"],
           ["Kjærgaard", "Østergaard", "Thygesen", "Mølgaard", "Damgaard", "Frandsen", "Bech-Holm", "Skovbo"]),
    "no": (["Håkon", "Eirik", "Torbjørn", "Sindre", "Øystein", "Vegard"],
           ["Ingrid", "Solveig", "Tuva", "Ragnhild", "Sigrid", "Åse"],
           ["Haugland", "Bjørnstad", "Rønningen", "Tveit", "Kvalheim", "Lunde", "Sæther", "Fjellheim"]),
    "fi": (["Juhani", "Eero", "Teemu", "Ville", "Onni", "Jarkko"],
           ["Aino", "Pirjo", "Satu", "Tuulikki", "Helmi", "Riikka"],
           ["Hämäläinen", "Kettunen", "Räsänen", "Laaksonen", "Väisänen", "Ikonen", "Pelkonen", "Mäkelä"]),
    "cs": (["Vojtěch", "Jiří", "Ondřej", "Radek", "Zdeněk", "Bohumil"],
           ["Jitka", "Květa", "Lenka", "Zuzana", "Hana", "Markéta"],
           [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Šťastný", "Šťastná")]),
    "ro": (["Mihai", "Sorin", "Cătălin", "Radu", "Bogdan", "Dorin"],
           ["Ioana", "Mirela", "Loredana", "Roxana", "Anca", "Simona"],
           ["Popescu", "Dumitrescu", "Stănescu", "Munteanu", "Ciobanu", "Vlădescu", "Iordache", "Bălan"]),
    "el": (["Γιώργος", "Νικόλαος", "Σπύρος", "Παναγιώτης", "Αθανάσιος", "Χαράλαμπος"],
           ["Ελένη", "Κατερίνα", "Δέσποινα", "Βασιλική", "Χρυσούλα", "Ευανθία"],
           [("Παπαδάκης", "Παπαδάκη"), ("Κωνσταντίνου", "Κωνσταντίνου"), ("Μαυρίδης", "Μαυρίδου"), ("Τσακίρης", "Τσακίρη"), ("Αλεξίου", "Αλεξίου"), ("Σταματόπουλος", "Σταματοπούλου")]),
    "tr": (["Emre", "Oğuzhan", "Serkan", "Barış", "Tolga", "Kadir"],
           ["Zeynep", "Gülşen", "Elif", "Şule", "Derya", "Tuğba"],
           ["Karaağaç", "Öztürk", "Demirtaş", "Çelikkol", "Aydoğan", "Kocabıyık", "Erdem", "Şimşek"]),
}


def person(R, cul, sex=None, fam_key=None):
    m, f, s = NAMES[cul]
    sex = sex or R.choice("MF")
    given = R.choice(m if sex == "M" else f)
    key = fam_key if fam_key is not None else R.choice(s)
    fam = key[0 if sex == "M" else 1] if isinstance(key, tuple) else key
    return {"given": given, "family": fam, "sex": sex, "key": key, "full": given + " " + fam}


def household(R, cul, nkids):
    a = person(R, cul)
    b = person(R, cul, sex="F" if a["sex"] == "M" else "M")
    kids = []
    used = {a["given"], b["given"]}
    for _ in range(nkids):
        while True:
            k = person(R, cul, fam_key=a["key"])
            if k["given"] not in used:
                used.add(k["given"])
                kids.append(k)
                break
    return a, b, kids


# ---------------------------------------------------------------- dates

MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}


def birth(R, kind="adult"):
    y = {"adult": R.randint(1952, 2001), "child": R.randint(2008, 2024), "senior": R.randint(1938, 1962),
         "young": R.randint(1999, 2008)}[kind]
    return y, R.randint(1, 12), R.randint(1, 28)


def fmt_date(R, lang, ymd, style=None):
    y, m, d = ymd
    styles = {
        "gb": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)],
        "us": ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%d" % (m, d, y)],
        "iso": ["%d-%02d-%02d" % (y, m, d)],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["it"][m - 1], y)],
        "nl": ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)],
        "pl": ["%02d.%02d.%d" % (d, m, y), "%d %s %d r." % (d, MONTHS_X["pl"][m - 1], y)],
        "sv": ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS_X["sv"][m - 1], y)],
        "da": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS_X["da"][m - 1], y)],
        "no": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS_X["no"][m - 1], y)],
        "fi": ["%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS_X["fi"][m - 1], y)],
        "cs": ["%d. %d. %d" % (d, m, y), "%d. %s %d" % (d, MONTHS_X["cs"][m - 1], y)],
        "ro": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS_X["ro"][m - 1], y)],
        "el": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_X["el"][m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS_X["tr"][m - 1], y)],
    }[lang]
    return styles[style] if style is not None else R.choice(styles)


def other_date(R, lang, style=0):
    return fmt_date(R, lang, (R.randint(2025, 2026), R.randint(1, 12), R.randint(1, 28)), style)


# ---------------------------------------------------------------- addresses

def addr(R, c, multiline=False):
    n = R.randint(1, 240)
    nl = "\n" if multiline else ", "
    if c == "gb":
        st = R.choice(["Quarry Bank Lane", "Tollgate Crescent", "Haverstock Mews", "Kiln Row", "Sandpiper Close", "Abbotsford Drive", "Weavers Walk", "Lark Rise"])
        town, pc = R.choice([("Kendal", "LA9 %d%s" % (R.randint(4, 7), R.choice(["QX", "HF", "BN"]))), ("Stroud", "GL5 %d%s" % (R.randint(1, 5), R.choice(["RT", "DJ", "AW"]))),
                             ("Wrexham", "LL13 %d%s" % (R.randint(7, 9), R.choice(["PG", "YB"]))), ("Falkirk", "FK2 %d%s" % (R.randint(7, 9), R.choice(["EN", "SL"]))),
                             ("Lowestoft", "NR32 %d%s" % (R.randint(1, 5), R.choice(["HU", "BZ"]))), ("Stockport", "SK4 %d%s" % (R.randint(1, 4), R.choice(["AJ", "LQ"])))])
        first = R.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 12), n, st)])
        return first + nl + town + nl + pc
    if c == "us":
        st = R.choice(["Sycamore Bend Rd", "W Harrison Ave", "Larkspur Ct", "Old Mill Pike", "N Cedar Hollow Dr", "Briarcliff Way", "E Pershing St"])
        city = R.choice([("Tulsa", "OK", "741"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Albany", "NY", "122"), ("Savannah", "GA", "314")])
        unit = R.choice(["", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice(["B", "4C", "12"])])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, unit, nl, city[0], city[1], city[2], R.randint(1, 99))
    if c == "ie":
        st = R.choice(["Ardnacrusha Road", "Knocknagree Avenue", "Ballinteer Park", "Carrigmore Lawn", "Sruthán Close"])
        town, ek = R.choice([("Ennis, Co. Clare", "V95 "), ("Mallow, Co. Cork", "P51 "), ("Dublin 16", "D16 "), ("Tullamore, Co. Offaly", "R35 ")])
        return "%d %s%s%s%s%s" % (n, st, nl, town, nl, ek + R.choice("ACDEFHKNPRTVWXY") + digits(R, 1) + R.choice("ACDEFHKNPRTVWXY") + digits(R, 1))
    if c == "au":
        st = R.choice(["Banksia Parade", "Wattlebird Street", "Koorong Road", "Jacaranda Crescent", "Murrumbidgee Avenue"])
        sub = R.choice([("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Wagga Wagga", "NSW", "2650"), ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250")])
        return "%s%d %s%s%s %s %s" % (R.choice(["", "Unit %d/" % R.randint(1, 9)]), n, st, nl, sub[0], sub[1], sub[2])
    if c == "ca":
        st = R.choice(["rue des Érables", "Beaverbrook Road", "Chemin du Lac-Noir", "Tamarack Drive", "Spruce Hollow Lane"])
        city = R.choice([("Sherbrooke", "QC", "J1H %d%s%d" % (R.randint(1, 9), R.choice("ABCEGHJ"), R.randint(1, 9))), ("Kamloops", "BC", "V2C %d%s%d" % (R.randint(1, 9), R.choice("KLMN"), R.randint(1, 9))),
                         ("Moncton", "NB", "E1C %d%s%d" % (R.randint(1, 9), R.choice("STVW"), R.randint(1, 9))), ("Red Deer", "AB", "T4N %d%s%d" % (R.randint(1, 9), R.choice("ABCE"), R.randint(1, 9)))])
        return "%d %s%s%s %s  %s" % (n, st, nl, city[0], city[1], city[2])
    if c == "nz":
        st = R.choice(["Kowhai Terrace", "Pōhutukawa Drive", "Rimu Street", "Totara Grove", "Matai Road"])
        city = R.choice([("Whanganui", "4500"), ("Rotorua", "3010"), ("Nelson", "7010"), ("Palmerston North", "4410")])
        return "%d %s%s%s%s %s" % (n, st, nl, R.choice(["", "Aramoho" + nl, "Tahunanui" + nl]), city[0], city[1])
    if c == "in":
        first = R.choice(["Flat %d, Sai Kripa Apartments" % R.randint(101, 904), "H.No. %d-%d/%d" % (R.randint(1, 20), R.randint(10, 300), R.randint(1, 9)),
                          "Plot %d, Shanti Nagar" % R.randint(5, 200), "Door No. %d, Vinayaka Layout" % R.randint(3, 90)])
        lm = R.choice(["Near Hanuman Mandir", "Behind Ration Office Lane", "Opp. Gandhi Maidan", "Beside Vidya Nursing Home"])
        city = R.choice(["Nashik, Maharashtra", "Mysuru, Karnataka", "Guntur, Andhra Pradesh", "Bhopal, Madhya Pradesh", "Madurai, Tamil Nadu"])
        return "%s, %s,%s%s - %d" % (first, lm, "\n" if multiline else " ", city, R.randint(400001, 629999))
    if c == "de":
        st = R.choice(["Lindenhofweg", "Am Kiekeberg", "Fröbelstraße", "Unterer Mühlgraben", "Dorfanger", "Saarlandstraße", "Zum Hasenkamp"])
        city = R.choice(["34117 Kassel", "26122 Oldenburg", "93047 Regensburg", "06108 Halle (Saale)", "79098 Freiburg im Breisgau", "18055 Rostock"])
        return "%s %d%s%s%s" % (st, n % 90 + 1, R.choice(["", "a", "b"]), nl, city)
    if c == "fr":
        st = R.choice(["rue des Tanneurs", "allée des Cormorans", "impasse du Pressoir", "boulevard Jean-Moulin", "chemin de la Croix-Blanche"])
        city = R.choice(["35000 Rennes", "87000 Limoges", "21000 Dijon", "64100 Bayonne", "80000 Amiens"])
        return "%d%s %s%s%s" % (n % 120 + 1, R.choice(["", " bis", " ter"]), st, nl, city)
    if c == "es":
        st = R.choice(["Calle del Almendro", "Avenida de la Albufera", "Calle Mayor de Triana", "Paseo de los Tilos", "Calle Sierra de Gredos"])
        city = R.choice(["46021 Valencia", "41010 Sevilla", "33011 Oviedo", "30005 Murcia", "50009 Zaragoza"])
        return "%s, %d, %dº %s%s%s" % (st, n % 140 + 1, R.randint(1, 8), R.choice("ABCDI"), nl, city)
    if c == "it":
        st = R.choice(["Via dei Mille", "Viale Gorizia", "Vicolo del Pozzo", "Via San Rocco", "Corso Vittorio Veneto"])
        city = R.choice(["37121 Verona (VR)", "95124 Catania (CT)", "43121 Parma (PR)", "73100 Lecce (LE)", "38122 Trento (TN)"])
        return "%s %d%s%s" % (st, n % 90 + 1, nl, city)
    if c == "nl":
        st = R.choice(["Kastanjelaan", "Zuiderdiep", "Meidoornstraat", "Hoge Nieuwstraat", "Achter de Kerk"])
        city = R.choice(["Zwolle", "Leeuwarden", "Tilburg", "Deventer", "Amersfoort"])
        return "%s %d%s%s%d %s%s" % (st, n % 150 + 1, R.choice(["", "-A", " II"]), nl, R.randint(1011, 9999), R.choice(["AB", "KL", "RT", "VX", "CG"]), " " + city)
    if c == "pt":
        st = R.choice(["Rua da Boavista", "Travessa do Carmo", "Avenida Dom Afonso Henriques", "Rua Cândido dos Reis"])
        city = R.choice(["4050-104 Porto", "3000-150 Coimbra", "8000-312 Faro", "4700-036 Braga"])
        return "%s, n.º %d, %s%s%s" % (st, n % 200 + 1, R.choice(["1.º Esq.", "3.º Dto.", "r/c"]), nl, city)
    if c == "br":
        st = R.choice(["Rua Padre Cícero", "Avenida Sete de Setembro", "Rua das Palmeiras", "Travessa São Benedito"])
        city = R.choice([("Jardim Paulista", "Ribeirão Preto - SP", "14025-"), ("Boa Viagem", "Recife - PE", "51020-"), ("Centro", "Londrina - PR", "86010-"), ("Aldeota", "Fortaleza - CE", "60150-")])
        return "%s, %d, %s%s%s%sCEP %s%03d" % (st, n * 7, city[0], nl, city[1], nl, city[2], R.randint(0, 999))
    if c == "pl":
        st = R.choice(["ul. Jaśminowa", "ul. Długa", "al. Niepodległości", "ul. Rzemieślnicza", "os. Kopernika"])
        city = R.choice(["31-%03d Kraków" % R.randint(1, 999), "80-%03d Gdańsk" % R.randint(1, 999), "90-%03d Łódź" % R.randint(1, 999), "20-%03d Lublin" % R.randint(1, 999)])
        return "%s %d%s%s%s" % (st, n % 80 + 1, R.choice(["", "/%d" % R.randint(1, 40)]), nl, city)
    if c == "sv":
        st = R.choice(["Björkvägen", "Storgatan", "Kvarngränd", "Tallbacken", "Norra Allégatan"])
        city = R.choice(["753 %02d Uppsala" % R.randint(10, 40), "903 %02d Umeå" % R.randint(20, 60), "582 %02d Linköping" % R.randint(10, 50), "702 %02d Örebro" % R.randint(10, 30)])
        return "%s %d%s%s" % (st, n % 60 + 1, nl, city)
    if c == "da":
        st = R.choice(["Søndergade", "Havrevænget", "Bøgeskovvej", "Rosenvængets Allé", "Kirkestien"])
        city = R.choice(["8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "7100 Vejle"])
        return "%s %d, %s%s%s" % (st, n % 70 + 1, R.choice(["st. th.", "1. tv.", "2. mf."]), nl, city)
    if c == "no":
        st = R.choice(["Fjellveien", "Bryggegata", "Skogstien", "Kirkegata", "Løvåsveien"])
        city = R.choice(["5003 Bergen", "7010 Trondheim", "9008 Tromsø", "4006 Stavanger"])
        return "%s %d%s%s%s" % (st, n % 60 + 1, R.choice(["", " B", " H0201"]), nl, city)
    if c == "fi":
        st = R.choice(["Koivukuja", "Rantatie", "Pihlajakatu", "Männistönkatu", "Kirkkopuistikko"])
        city = R.choice(["33100 Tampere", "40100 Jyväskylä", "90100 Oulu", "20100 Turku"])
        return "%s %d %s%s%s" % (st, n % 50 + 1, R.choice(["A 4", "B 12", "C 7"]), nl, city)
    if c == "cs":
        st = R.choice(["Lipová", "Na Výsluní", "Husova", "Třída Svobody", "U Potoka"])
        city = R.choice(["602 00 Brno", "779 00 Olomouc", "370 01 České Budějovice", "301 00 Plzeň"])
        return "%s %d/%d%s%s" % (st, R.randint(100, 2500), n % 40 + 1, nl, city)
    if c == "ro":
        st = R.choice(["Str. Trandafirilor", "Bd. Independenței", "Str. Avram Iancu", "Aleea Teilor"])
        city = R.choice(["Cluj-Napoca, jud. Cluj", "Iași, jud. Iași", "Brașov, jud. Brașov", "Timișoara, jud. Timiș"])
        return "%s nr. %d, bl. %s, ap. %d%s%s, cod %d" % (st, n % 90 + 1, R.choice(["A3", "B7", "C1"]), R.randint(1, 60), nl, city, R.randint(100000, 900000))
    if c == "el":
        st = R.choice(["Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Αγίου Δημητρίου", "Οδός Ηπείρου"])
        city = R.choice(["546 %02d Θεσσαλονίκη" % R.randint(21, 46), "262 %02d Πάτρα" % R.randint(21, 25), "712 %02d Ηράκλειο" % R.randint(1, 9)])
        return "%s %d%s%s" % (st, n % 90 + 1, nl, city)
    if c == "tr":
        st = R.choice(["Çınarlı Mah. Menekşe Sok.", "Yenişehir Mah. Atatürk Cad.", "Kültür Mah. Lale Sok.", "Bahçelievler Mah. Papatya Sok."])
        pc, city = R.choice([("35540", "Karşıyaka/İzmir"), ("16110", "Nilüfer/Bursa"), ("06680", "Çankaya/Ankara"), ("26130", "Tepebaşı/Eskişehir")])
        return "%s No: %d Daire: %d%s%s %s" % (st, n % 60 + 1, R.randint(1, 20), nl, pc, city)
    raise KeyError(c)


# ---------------------------------------------------------------- phones
# New plans for this part (DK, NO, FI, CZ, RO, GR, TR, NZ); corpuslib's for
# the rest. Every one goes through libphonenumber (pv) before it is kept.
NEW_PLANS = {
    "DK": (45, "", lambda R: R.choice(["20", "21", "22", "24", "26", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]) + digits(R, 6)),
    "NO": (47, "", lambda R: R.choice("49") + R.choice("012345678") + digits(R, 6)),
    "FI": (358, "0", lambda R: R.choice(["40", "41", "44", "45", "46", "50"]) + digits(R, 7)),
    "CZ": (420, "", lambda R: R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "730", "731", "736", "737", "739", "774", "775", "776", "777"]) + digits(R, 6)),
    "RO": (40, "0", lambda R: "7" + R.choice("2345678") + digits(R, 7)),
    "GR": (30, "", lambda R: "69" + R.choice("0345789") + digits(R, 7)),
    "TR": (90, "0", lambda R: "5" + R.choice(["30", "31", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55"]) + digits(R, 7)),
    "NZ": (64, "0", lambda R: R.choice(["21", "22", "27"]) + digits(R, 7)),
}


def phone(R, region, intl=None):
    """(text, meta) for a phone of region in that country's written layout."""
    if region in NEW_PLANS:
        cc, trunk, f = NEW_PLANS[region]
        nsn = f(R)
        kind = "mobile"
    else:
        cc, trunk, kind, nsn = None, None, None, None
        cc, trunk, kinds = PLANS[region]
        kind = R.choice([k for k in sorted(kinds) if k not in ("fiction", "toll_free", "beijing")])
        nsn = kinds[kind](R)
    intl = R.random() < 0.3 if intl is None else intl
    g = grp
    if intl:
        body = {"FR": lambda: nsn[0] + " " + " ".join(nsn[i:i + 2] for i in range(1, 9, 2)),
                "US": lambda: "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "CA": lambda: "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])}.get(region, lambda: g(nsn, [3, 3, len(nsn) - 6] if len(nsn) > 7 else [2, 3, len(nsn) - 5]))()
        text = "+%d %s" % (cc, body)
        if R.random() < 0.15 and region in ("GB", "DE", "CH", "AT", "NL"):
            text = "+%d (0)%s" % (cc, body)
    else:
        full = trunk + nsn
        if region in ("US", "CA"):
            text = R.choice(["(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])])
        elif region == "GB":
            text = g(full, [5, 6]) if full.startswith("07") else (g(full, [3, 4, 4]) if full.startswith("020") else g(full, [4, 3, 4]))
        elif region == "FR":
            text = " ".join(full[i:i + 2] for i in range(0, 10, 2))
        elif region == "DE":
            p = 4 if full[1] in "1" else (3 if full[1:3] in ("30", "40", "89", "69") else 4)
            text = full[:p] + R.choice([" ", "/", " / "]) + full[p:]
        elif region == "BR":
            text = "(%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:])
        elif region == "NL":
            text = full[:2] + "-" + full[2:] if full.startswith("06") else g(full, [3, 3, 4])
        elif region in ("ES", "PT", "PL", "CZ"):
            text = g(full, [3, 3, 3])
        elif region == "IT":
            text = g(full, [3, 3, 4]) if full[0] == "3" else g(full, [2, 4, 4])
        elif region == "SE":
            text = full[:3] + "-" + g(full[3:], [3, 2, 2])
        elif region == "BE":
            text = g(full, [4, 2, 2, 2]) if full.startswith("04") else g(full, [2, 3, 2, 2])
        elif region in ("DK",):
            text = g(full, [2, 2, 2, 2])
        elif region == "NO":
            text = g(full, [3, 2, 3])
        elif region == "TR":
            text = "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if R.random() < 0.4 else g(full, [4, 3, 2, 2])
        elif region == "GR":
            text = g(full, [3, 3, 4])
        elif region in ("AU",):
            text = g(full, [4, 3, 3])
        elif region in ("IN",):
            text = R.choice([g(nsn, [5, 5]), "0" + nsn, "+91-" + nsn])
        else:
            text = g(full, [3, 3, len(full) - 6])
    meta = {"sub": kind if kind != "fixed_or_mobile" else "fixed_or_mobile", "region": region}
    return text, meta


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return " ".join(x for x in out if x)


def Ph(R, region, intl=None, plan_region=None):
    """A phone label; plan_region: the country of the text when the number
    is foreign (region stays the reader's, plan the number's)."""
    t, meta = phone(R, region, intl=True if plan_region else intl)
    if plan_region:
        meta = {"sub": meta["sub"], "region": plan_region, "plan": region}
    return L("phone", t, **meta)


# ---------------------------------------------------------------- emails

MAILDOM = {"gb": ["btinternet.com", "gmail.com", "outlook.com"], "us": ["gmail.com", "yahoo.com", "icloud.com"],
           "ie": ["eircom.net", "gmail.com"], "au": ["bigpond.com", "gmail.com"], "ca": ["videotron.ca", "shaw.ca", "gmail.com"],
           "nz": ["xtra.co.nz", "gmail.com"], "in": ["rediffmail.com", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["telefonica.net", "gmail.com"], "it": ["libero.it", "tiscali.it"],
           "nl": ["ziggo.nl", "kpnmail.nl"], "pt": ["sapo.pt", "gmail.com"], "br": ["uol.com.br", "bol.com.br", "gmail.com"],
           "pl": ["wp.pl", "o2.pl", "interia.pl"], "sv": ["telia.com", "gmail.com"], "da": ["mail.dk", "gmail.com"],
           "no": ["online.no", "gmail.com"], "fi": ["elisanet.fi", "gmail.com"], "cs": ["seznam.cz", "email.cz"],
           "ro": ["yahoo.ro", "gmail.com"], "el": ["otenet.gr", "gmail.com"], "tr": ["hotmail.com.tr", "gmail.com"]}

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e", "á": "a", "à": "a", "â": "a",
                       "í": "i", "ï": "i", "ó": "o", "ô": "o", "ú": "u", "ç": "c", "ñ": "n", "ã": "a", "õ": "o", "ø": "o", "å": "a",
                       "æ": "ae", "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ę": "e", "ą": "a", "ř": "r", "š": "s",
                       "č": "c", "ě": "e", "ž": "z", "ů": "u", "ý": "y", "ť": "t", "ď": "d", "ň": "n", "ă": "a", "ș": "s", "ț": "t",
                       "ı": "i", "ğ": "g", "ş": "s", "ü": "u", "ō": "o"})

GREEK = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m",
                       "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
                       "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ΐ": "i", "ϊ": "i"})


def email(R, p, cul):
    g = p["given"].lower().translate(GREEK).translate(TRANS)
    f = p["family"].lower().translate(GREEK).translate(TRANS)
    g = re.sub(r"[^a-z]", "", g)
    f = re.sub(r"[^a-z]", "", f)
    local = R.choice([g + "." + f, g[0] + f, f + "." + g[0], g + f[:3] + str(R.randint(2, 99)), g + "_" + f])
    return L("email", local + "@" + R.choice(MAILDOM[cul]))


def iban(R, cc, grouped=None):
    v = iban_random(R, cc)
    if grouped is None:
        grouped = R.random() < 0.7
    return L("iban", group(v) if grouped else v, sub=cc)


# shorthands
def opt(R, label, value, p=0.66):
    """An optional form line: most applicants fill in a phone, some leave it blank."""
    return [label, value] if R.random() < p else []


def P(p, part="full"):
    return L("person", p[part])


def D(R, lang, ymd, style=None):
    return L("dob", fmt_date(R, lang, ymd, style))


def A(R, c, multiline=False):
    return L("address", addr(R, c, multiline), sub=c)


def G(value, kind):
    return L("gov_id", value, sub=kind)


# ---------------------------------------------------------------- requests
ASK = {
    "en": ["Can you check this before I send it off?", "I filled this in for my mum, does it look right?", "What does this letter actually want from me?",
           "Is anything missing from this form?", "Help me write a reply to this, please.", "Does box 7 need to be filled in if we're married?",
           "Can you explain this in plain English?", "I have to submit this by Friday. Anything wrong?"],
    "de": ["Kannst du das kurz prüfen, bevor ich es abschicke?", "Was wollen die von mir? Bitte einfach erklären.", "Hab ich das richtig ausgefüllt?",
           "Hilf mir bitte, einen Widerspruch zu formulieren."],
    "fr": ["Tu peux vérifier avant que je l'envoie ?", "Je ne comprends pas ce courrier, tu peux m'expliquer ?", "C'est bien rempli comme ça ?",
           "Aide-moi à répondre à ce courrier s'il te plaît."],
    "es": ["¿Me lo revisas antes de presentarlo?", "No entiendo esta carta, ¿qué me piden?", "¿Está bien rellenado?", "Ayúdame a redactar la respuesta."],
    "it": ["Puoi controllare prima che lo invii?", "Non capisco questa lettera, mi spieghi?", "È compilato correttamente?"],
    "nl": ["Kun je dit even nakijken voordat ik het opstuur?", "Wat bedoelen ze met deze brief?", "Heb ik dit goed ingevuld?"],
    "pt": ["Podes verificar antes de eu enviar?", "Não percebo esta carta, explicas-me?", "Está bem preenchido?"],
    "br": ["Pode conferir antes de eu mandar?", "Não entendi essa carta, me explica?", "Preenchi certo?"],
    "pl": ["Możesz sprawdzić, zanim to wyślę?", "Nie rozumiem tego pisma, wyjaśnisz?", "Czy dobrze to wypełniłem?"],
    "sv": ["Kan du kolla detta innan jag skickar in det?", "Vad menar de i brevet?", "Har jag fyllt i rätt?"],
    "da": ["Kan du tjekke det, før jeg sender det?", "Hvad vil de have, jeg gør?", "Har jeg udfyldt det rigtigt?"],
    "no": ["Kan du sjekke dette før jeg sender det?", "Hva betyr dette brevet?", "Har jeg fylt ut riktig?"],
    "fi": ["Voitko tarkistaa tämän ennen kuin lähetän?", "Mitä tässä kirjeessä pyydetään?", "Täytinkö oikein?"],
    "cs": ["Můžeš to zkontrolovat, než to pošlu?", "Co po mně ten dopis chce?", "Vyplnil jsem to správně?"],
    "ro": ["Poți să verifici înainte să trimit?", "Ce vor de la mine în scrisoarea asta?", "Am completat corect?"],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω;", "Τι ζητάνε σε αυτό το έγγραφο;", "Το συμπλήρωσα σωστά;"],
    "tr": ["Göndermeden önce kontrol eder misin?", "Bu yazıda benden ne istiyorlar?", "Doğru doldurdum mu?"],
}


def ask(R, lang, after=False):
    q = R.choice(ASK["br" if lang == "br" else lang])
    return q


TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f, count, clean))
        return f
    return deco


def yesno(R, yes="Yes", no="No"):
    v = R.random() < 0.5
    return ("[x] %s  [ ] %s" % (yes, no)) if v else ("[ ] %s  [x] %s" % (yes, no))


def ref(R, pre, n=8):
    return pre + digits(R, n)


def amount(R, cur="£", dec="."):
    v = "%d%s%02d" % (R.randint(12, 2400), dec, R.randint(0, 99))
    return cur + v if cur in "£$€" else v + " " + cur


def nino_s(R, spaced=None):
    p, d, s = nino_random(R)
    spaced = R.random() < 0.6 if spaced is None else spaced
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s) if spaced else p + d + s


def ssn_s(R, dashed=True):
    a, g, s = ssn_random(R)
    return "%s-%s-%s" % (a, g, s) if dashed else a + g + s


def nhs_s(R):
    v = nhs_random(R)
    return R.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), v])


def sid_s(R):
    v = steuerid_random(R)
    return R.choice([v, "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])])


def nir_s(R, p, ymd):
    body, key = nir_random(R, sex="1" if p["sex"] == "M" else "2", yy=ymd[0] % 100, mm=ymd[1])
    return R.choice(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), body + key])


def dni_s(R):
    n, l = dni_random(R)
    return R.choice([n + l, n + "-" + l])


def nie_s(R):
    p, n, l = nie_random(R)
    return R.choice([p + n + l, p + "-" + n + "-" + l])


def cf_s(R, p, ymd):
    return cf_make(p["family"], p["given"], ymd[0] % 100, ymd[1], ymd[2], p["sex"] == "F", R.choice(BELFIORE))


def bsn_s(R):
    v = bsn_random(R)
    return R.choice([v, v[:4] + "." + v[4:6] + "." + v[6:]])


def aadhaar_s(R):
    v = aadhaar_random(R)
    return R.choice(["%s %s %s" % (v[:4], v[4:8], v[8:]), v])


def cpf_s(R):
    v = cpf_random(R)
    return R.choice(["%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), v])


def passport_s(R, c):
    if c in ("gb", "us", "au", "nz", "ie", "ca"):
        return {"gb": lambda: str(R.randint(1, 9)) + digits(R, 8), "us": lambda: R.choice(["5", "6", "A"]) + digits(R, 8),
                "au": lambda: R.choice(["PA", "PB", "RA"]) + digits(R, 7), "nz": lambda: R.choice(["LA", "LH"]) + digits(R, 6),
                "ie": lambda: R.choice(["PA", "PB", "PD"]) + digits(R, 7), "ca": lambda: R.choice(["AB", "GK", "HM"]) + digits(R, 6)}[c]()
    if c == "in":
        return R.choice("JKLMNPRSTUVWZ") + digits(R, 7)
    if c == "de":
        return R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if c == "fr":
        return "%02d" % R.randint(10, 25) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(R, 5)
    return R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(R, 7)


def tfn_s(R):
    v = tfn_make(R)
    return R.choice([v[:3] + " " + v[3:6] + " " + v[6:], v])


def medicare_s(R):
    v = medicare_make(R)
    return v[:4] + " " + v[4:9] + " " + v[9]


def sin_s(R):
    v = sin_make(R)
    return R.choice([v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + "-" + v[3:6] + "-" + v[6:]])


def ird_s(R):
    v = ird_make(R)
    return v[:-6] + "-" + v[-6:-3] + "-" + v[-3:]


def pan_s(R, p):
    return pan_random(R, "P", p["family"].replace("Ó ", "O").replace("Mac ", "M"))


def pesel_s(R, p, ymd):
    return pesel_make(ymd[0], ymd[1], ymd[2], p["sex"] == "M", R)


# ================================================================ labelled templates: English

@tpl(9)
def uk_universal_credit(R):
    a, b, _ = household(R, "gb", 0)
    ya, yb = birth(R), birth(R)
    return "form", "en", [ask(R, "en"), "\n\n", N("Universal Credit", "benefit_name"), " – partner details (", N("UC50", "form_number"), " attached)\n",
                          "Claimant\n  Full name: ", P(a), "\n  Date of birth: ", D(R, "gb", ya, 0), "\n  National Insurance number: ", G(nino_s(R), "nino"),
                          "\nPartner\n  Full name: ", P(b), "\n  Date of birth: ", D(R, "gb", yb, 0), "\n  National Insurance number: ", G(nino_s(R), "nino"),
                          "\nHome address: ", A(R, "gb"), *opt(R, "\nContact number: ", Ph(R, "GB")),
                          "\nClaim date: ", N(other_date(R, "gb", 0), "date_claim"), "   Assessment period ends: ", N(other_date(R, "gb", 0), "date_deadline"),
                          "\nExample format for NI number: ", N("QQ 12 34 56 C", "placeholder_id")]


@tpl(9)
def uk_child_benefit(R):
    a, b, kids = household(R, "gb", R.randint(1, 3))
    parts = ["Filling in ", N("CH2", "form_number"), " for Child Benefit. This is what I've got so far:\n\n",
             "Part 1 About you\n1.1 Surname: ", L("person", a["family"]), "\n1.2 Other names: ", L("person", a["given"]),
             "\n1.5 Date of birth: ", D(R, "gb", birth(R), 0), "\n1.6 National Insurance number: ", G(nino_s(R), "nino"),
             "\n1.8 Address: ", A(R, "gb"), "\n"]
    for i, k in enumerate(kids):
        parts += ["\nPart 5 Child %d\n5.1 Child's full name: " % (i + 1), P(k), "\n5.2 Date of birth: ", D(R, "gb", birth(R, "child"), 0),
                  "\n5.3 Sex: ", "Male" if k["sex"] == "M" else "Female", "\n"]
    parts += ["\nSend to: ", N("Child Benefit Office, PO Box 1, Newcastle upon Tyne, NE88 1AA", "office_address_po"),
              "\nDo we need to worry about the ", N("HICBC", "acronym"), " if one of us earns over ", N("£60,000", "amount"), "?"]
    return "form", "en", parts


@tpl(9)
def uk_gp_registration(R):
    p = person(R, "gb")
    return "form", "en", ["GMS1 – Family doctor services registration (", N("GMS1", "form_number"), ")\n",
                          "Surname  ", L("person", p["family"]), "        First names  ", L("person", p["given"]), "\n",
                          "Date of birth  ", D(R, "gb", birth(R), 0), "        NHS No.  ", G(nhs_s(R), "nhs"), "\n",
                          "Home address  ", A(R, "gb"), "\n",
                          *opt(R, "Telephone  ", Ph(R, "GB", intl=False)), "        Email  ", email(R, p, "gb"), "\n",
                          "Previous GP: ", N("Abbey Meadows Surgery", "org_name"), ", practice code ", N("M8%04d" % R.randint(1000, 9999), "practice_code"), "\n",
                          "Were you ever registered as a patient before? ", yesno(R), "\n\nWhich bits can I leave blank?"]


@tpl(9)
def uk_driving_licence_d1(R):
    p = person(R, "gb")
    return "form", "en", [ask(R, "en"), "\n---\n", N("D1", "form_number"), " Application for a driving licence\n",
                          "Section 1  Your details\n  1 Title: ", (R.choice(["Mr", "Mx"]) if p["sex"] == "M" else R.choice(["Ms", "Mrs", "Miss"])), "\n  2 Surname: ", L("person", p["family"]),
                          "\n  3 First names: ", L("person", p["given"]), "\n  4 Date of birth: ", D(R, "gb", birth(R, "young"), 0),
                          "\n  5 Address: ", A(R, "gb"), "\n  7 National Insurance number: ", G(nino_s(R, spaced=False), "nino"),
                          *opt(R, "\n  9 Mobile: ", Ph(R, "GB", intl=False)),
                          "\nSection 4  Photo countersigned by: ", N("a person of good standing (not a relative)", "role_only"),
                          "\nPostcode of DVLA: ", N("DVLA, Swansea, SA99 1BN", "office_postcode"), "   Fee: ", N("£34.00", "amount")]


@tpl(9)
def uk_electoral_itr(R):
    p = person(R, "gb")
    return "form", "en", ["Invitation to Register – ", N("Electoral Registration Officer", "role_only"), ", ", N("Stroud District Council", "org_name"), "\n",
                          "Form reference: ", N("ITR/%d/%05d" % (R.randint(2025, 2026), R.randint(0, 99999)), "case_ref"), "\n\n",
                          "Q1. Your full name: ", P(p), "\nQ2. Have you changed your name in the last 12 months? ", yesno(R),
                          "\nQ3. Your address: ", A(R, "gb"), "\nQ4. Date of birth: ", D(R, "gb", birth(R), R.choice([0, 1])),
                          "\nQ5. National Insurance number: ", G(nino_s(R), "nino"), "\nQ6. Nationality: British",
                          "\nQ7. Open register: ", yesno(R, "Remove me", "Keep me"), "\n\nReply by ", N(other_date(R, "gb", 1), "date_deadline"), "."]


@tpl(9)
def uk_jury_summons_reply(R):
    p = person(R, "gb")
    return "letter", "en", ["I got a jury summons, this is the reply form. Can I ask for a deferral?\n\n",
                            "Juror number: ", N("%d" % R.randint(100000000, 999999999), "juror_number"), "\n",
                            "Court: ", N("Crown Court at Preston", "court_name"), "   Attend on: ", N(other_date(R, "gb", 1), "date_appointment"), " at 9.30am\n",
                            "Part 1 – Name: ", P(p), "\nAddress: ", A(R, "gb"), "\nDate of birth: ", D(R, "gb", birth(R), 0),
                            *opt(R, "\nDaytime phone: ", Ph(R, "GB")), "\nEmail: ", email(R, p, "gb"),
                            "\nPart 2 – Are you eligible? ", yesno(R), "\nPart 3 – Deferral: I am a sole carer until ", N(other_date(R, "gb", 1), "date_other"), ".",
                            "\nSummoning officer: ", N("Jury Central Summoning Bureau", "org_name")]


@tpl(9)
def uk_housing_register(R):
    a, b, kids = household(R, "gb", R.randint(1, 2))
    parts = ["Housing register application – ", N("Kirklees Council", "org_name"), " (ref ", N(ref(R, "HR/", 6), "case_ref"), ")\n\n",
             "Main applicant | ", P(a), " | DOB ", D(R, "gb", birth(R), 0), " | NI ", G(nino_s(R), "nino"), "\n",
             "Joint applicant | ", P(b), " | DOB ", D(R, "gb", birth(R), 0), " | NI ", G(nino_s(R), "nino"), "\n"]
    for k in kids:
        parts += ["Child | ", P(k), " | DOB ", D(R, "gb", birth(R, "child"), 0), " | NI n/a\n"]
    parts += ["Current address: ", A(R, "gb"), *opt(R, "\nPhone: ", Ph(R, "GB")), "\nBand requested: ", N("Band B", "band"),
              " – overcrowded by one bedroom under ", N("s.166A Housing Act 1996", "statute")]
    return "form", "en", parts


@tpl(8)
def uk_parking_permit(R):
    p = person(R, "gb")
    return "form", "en", ["Resident parking permit – Zone ", N("CPZ 4", "zone_code"), "\n",
                          "Name: ", P(p), "\nAddress: ", A(R, "gb"), *opt(R, "\nPhone: ", Ph(R, "GB")), "\nEmail: ", email(R, p, "gb"),
                          "\nVehicle registration: ", N(R.choice(["LK", "YB", "MA"]) + "%02d " % R.randint(10, 74) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "plate"),
                          "\nPermit start: ", N(other_date(R, "gb", 0), "date_start"), "   Fee: ", N("£%d.00" % R.randint(40, 180), "amount"),
                          "\nProof of address: council tax bill dated ", N(other_date(R, "gb", 1), "date_other"),
                          "\n\nIs a council tax bill enough proof or do they want a V5C as well?"]


@tpl(9)
def uk_passport_renewal(R):
    p = person(R, "gb")
    return "form", "en", ["Renewing my passport online, copying the summary page:\n\n",
                          "Applicant: ", P(p), "\nDate of birth: ", D(R, "gb", birth(R), 1), "\nPlace of birth: ", N(R.choice(["Port Talbot", "St Helens", "Milton Keynes", "Fort William"]), "place_personlike"),
                          "\nOld passport number: ", G(passport_s(R, "gb"), "passport"), "   Expiry: ", N(other_date(R, "gb", 0), "date_expiry"),
                          "\nDelivery address: ", A(R, "gb", multiline=True), *opt(R, "\nMobile: ", Ph(R, "GB", intl=True)),
                          "\nCountersignatory: ", N("not required for renewals", "instruction"),
                          "\nApplication reference: ", N("PEX " + digits(R, 4) + " " + digits(R, 4) + " " + digits(R, 4), "case_ref"),
                          "\n\nThe photo code is ", N(rnd_code(R), "photo_code"), " – do I need to give that to anyone?"]


def rnd_code(R):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


@tpl(9)
def uk_state_pension_letter(R):
    p = person(R, "gb")
    off = person(R, "gb")
    return "letter", "en", ["Can you explain this letter to my dad in simple words?\n\n", N("The Pension Service 9", "org_name"), "\n",
                            N("Mail Handling Site A, Wolverhampton, WV98 1LU", "office_address_po"), "\n\n",
                            "Mr ", P(p), "\n", A(R, "gb", multiline=True), "\n\nNational Insurance number: ", G(nino_s(R), "nino"),
                            "\nDate of birth: ", D(R, "gb", birth(R, "senior"), 1), "\nOur reference: ", N(ref(R, "SPF/", 7), "case_ref"), "\n\n",
                            "Dear Mr ", L("person", p["family"]), ",\nYour State Pension will be ", N("£230.25", "amount"), " a week from ",
                            N(other_date(R, "gb", 1), "date_start"), " under ", N("section 4 of the Pensions Act 2014", "statute"),
                            ".\n\nYours sincerely\n", P(off), "\n", N("Decision Maker", "role_only")]


@tpl(9)
def us_ssa_application(R):
    p = person(R, "us")
    return "form", "en", ["Helping my aunt with her Social Security retirement application, ", N("Form SSA-1-BK", "form_number"), ". Does this look okay?\n\n",
                          "1. (a) Print your name: ", P(p), "\n   (c) Social Security number: ", G(ssn_s(R), "ssn"),
                          "\n2. (a) Enter your date of birth: ", D(R, "us", birth(R, "senior"), 0),
                          "\n3. Mailing address: ", A(R, "us"), *opt(R, "\n4. Daytime phone: ", Ph(R, "US", intl=False)),
                          "\n7. Were you ever in the U.S. military? ", yesno(R),
                          "\n12. I want benefits to begin with ", N(MONTHS["en"][R.randint(0, 11)] + " 2026", "date_start"),
                          "\nField office: ", N("SSA office, ZIP 73102", "office_postcode"), "   Claim number placeholder: ", N("XXX-XX-XXXX", "placeholder_id")]


@tpl(9)
def us_w4(R):
    p = person(R, "us")
    return "form", "en", ["My HR sent me a W-4 to fill out. Step 1 filled in:\n\n", N("Form W-4 (2026)", "form_number"), "\n",
                          "Step 1 (a) First name and middle initial: ", L("person", p["given"] + " " + R.choice("BDJKMT") + "."), "   Last name: ", L("person", p["family"]),
                          "\n       Address: ", L("address", addr(R, "us")), "\n  (b) Social security number: ", G(ssn_s(R), "ssn"),
                          "\n  (c) [x] Married filing jointly\nStep 3 Claim dependents: ", N("$4,000", "amount"), "\nStep 4(c) Extra withholding: ", N("$25", "amount"),
                          "\nEmployer EIN: ", N("%02d-%07d" % (R.randint(10, 98), R.randint(0, 9999999)), "ein"),
                          "\nFirst date of employment: ", N(other_date(R, "us", 0), "date_hire")]


@tpl(9)
def us_1040_dependents(R):
    a, b, kids = household(R, "us", R.randint(1, 3))
    parts = ["Can you check the dependents part of our ", N("Form 1040", "form_number"), " before we e-file?\n\n",
             "Your first name and middle initial: ", L("person", a["given"]), "  Last name: ", L("person", a["family"]), "  SSN: ", G(ssn_s(R), "ssn"), "\n",
             "Spouse's first name: ", L("person", b["given"]), "  Last name: ", L("person", b["family"]), "  Spouse's SSN: ", G(ssn_s(R), "ssn"), "\n",
             "Home address: ", A(R, "us"), "\n\nDependents:\n"]
    for k in kids:
        parts += ["  (1) ", P(k), "  (2) SSN ", G(ssn_s(R), "ssn"), "  (3) son/daughter  (4) [x] Child tax credit\n"]
    parts += ["\nLine 11 AGI: ", N("$%d,%03d" % (R.randint(40, 190), R.randint(0, 999)), "amount"), "  Routing number: ", N("0%08d" % R.randint(10000000, 99999999), "routing_number")]
    return "form", "en", parts


@tpl(9)
def us_itin_w7(R):
    p = person(R, "us")
    g = itin_random(R)
    return "form", "en", ["W-7 renewal for my spouse, is this right?\n\n", N("Form W-7 (Rev. December 2024)", "form_number"), "\n",
                          "Reason: [x] f Resident alien filing a U.S. federal tax return\n",
                          "1a First name: ", L("person", p["given"]), "   Last name: ", L("person", p["family"]),
                          "\n2 Applicant's mailing address: ", A(R, "us"), "\n4 Date of birth (month/day/year): ", D(R, "us", birth(R), 0),
                          "\n6c Passport number: ", G(passport_s(R, "ie"), "passport"),
                          "\n6e Previously issued ITIN: ", G("%s-%s-%s" % g, "itin"), *opt(R, "\n  Phone: ", Ph(R, "US")),
                          "\nCertifying acceptance agent office code: ", N(digits(R, 5), "office_code")]


@tpl(9)
def us_voter_registration(R):
    p = person(R, "us")
    last4 = digits(R, 4)
    return "form", "en", ["National Mail Voter Registration Form – box by box:\n",
                          "Box 1: ", L("person", p["family"]), ", ", L("person", p["given"]), "\nBox 2: ", A(R, "us"),
                          "\nBox 5: Date of birth ", D(R, "us", birth(R, "young"), 0), *opt(R, "\nBox 6: Telephone ", Ph(R, "US", intl=False)),
                          "\nBox 6: ID number – last four digits of SSN: ", N(last4, "ssn_last4"),
                          "\nBox 7: Party: Independent\nBox 9: Signed ", N(other_date(R, "us", 0), "date_signed"),
                          "\nDeadline in my state: ", N(other_date(R, "us", 1), "date_deadline"), " (postmarked)"]


@tpl(9)
def us_fafsa(R):
    s = person(R, "us")
    par = person(R, "us", fam_key=s["key"])
    return "form", "en", ["FAFSA contributor info, does the parent section look complete?\n\n", N("2026–27 FAFSA", "form_number"), "\n",
                          "Student: ", P(s), "\n  SSN: ", G(ssn_s(R), "ssn"), "\n  Date of birth: ", D(R, "us", birth(R, "young"), 0),
                          "\n  Email: ", email(R, s, "us"), *opt(R, "\n  Mobile: ", Ph(R, "US")),
                          "\nParent contributor: ", P(par), "\n  SSN: ", G(ssn_s(R), "ssn"), "\n  Date of birth: ", D(R, "us", birth(R), 0),
                          "\n  Address: ", A(R, "us"), "\nFederal School Code: ", N(R.choice("BEG") + "%05d" % R.randint(0, 99999), "school_code"),
                          "\nFSA ID username is set, the code they texted was ", N(digits(R, 6), "otp_code")]


@tpl(9)
def us_dmv_title(R):
    p = person(R, "us")
    return "form", "en", ["Application for Title or Registration (", N("REG 343", "form_number"), ")\n",
                          "Owner true full name: ", P(p), "\nDriver license / ID no.: ", N("see back", "instruction"),
                          "\nDate of birth: ", D(R, "us", birth(R), 2), "\nResidence address: ", A(R, "us"),
                          *opt(R, "\nPhone: ", Ph(R, "US")), "\nVIN: ", N("1HGCM8" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(11)), "vin"),
                          "\nDate acquired: ", N(other_date(R, "us", 0), "date_purchase"), "   Purchase price: ", N("$%d,%03d" % (R.randint(2, 40), R.randint(0, 999)), "amount"),
                          "\n\nWhat does 'true full name' mean, do I need my middle name?"]


@tpl(9)
def ie_child_benefit(R):
    a, b, kids = household(R, "ie", R.randint(1, 2))
    parts = [ask(R, "en"), "\n\n", N("CB1", "form_number"), " Child Benefit claim – ", N("Department of Social Protection", "org_name"), "\n",
             "Part 1 Your details\n  Name: ", P(a), "\n  PPS No.: ", G(ppsn_make(R), "ppsn"), "\n  Date of birth: ", D(R, "gb", birth(R), 0),
             "\n  Address: ", A(R, "ie"), *opt(R, "\n  Phone: ", Ph(R, "IE")),
             "\nPart 2 Spouse/civil partner\n  Name: ", P(b), "\n  PPS No.: ", G(ppsn_make(R), "ppsn"), "\n"]
    for k in kids:
        parts += ["Part 3 Child: ", P(k), "  DOB ", D(R, "gb", birth(R, "child"), 0), "  PPSN ", G(ppsn_make(R), "ppsn"), "\n"]
    parts += ["Part 6 Payment: IBAN ", iban(R, "IE"), "  BIC ", N("AIBKIE2D", "bic")]
    return "form", "en", parts


@tpl(9)
def ie_irp_renewal(R):
    cul = R.choice(["in", "br", "us"])
    p = person(R, cul)
    return "form", "en", ["Renewing my Irish Residence Permit online. Is this ok to submit?\n\n",
                          "Surname: ", L("person", p["family"]), "\nForename(s): ", L("person", p["given"]), "\nDate of birth: ", D(R, "gb", birth(R, "young"), 0),
                          "\nPassport number: ", G(passport_s(R, "in" if cul == "in" else ("us" if cul == "us" else "xx")), "passport"),
                          "\nApplication type: ", N("renewal, online (ISD portal)", "instruction"),
                          "\nStamp: ", N("Stamp 1G", "permit_stamp"), "   Expires: ", N(other_date(R, "gb", 0), "date_expiry"),
                          "\nAddress in Ireland: ", A(R, "ie"), *opt(R, "\nMobile: ", Ph(R, "IE", intl=False)), "\nEmail: ", email(R, p, cul),
                          "\nFee: ", N("€300", "amount")]


@tpl(9)
def au_centrelink(R):
    a, b, kids = household(R, "au", R.randint(0, 2))
    parts = ["Centrelink claim for Family Tax Benefit, my draft answers:\n\n",
             "Q1 Your name: ", P(a), "\nQ2 Date of birth: ", D(R, "gb", birth(R), 0), "\nQ4 Tax file number: ", G(tfn_s(R), "tfn"),
             "\nQ5 Medicare card: ", G(medicare_s(R), "medicare"), "\nQ7 Partner's name: ", P(b), "   Partner's TFN: ", G(tfn_s(R), "tfn"),
             "\nQ9 Home address: ", A(R, "au"), *opt(R, "\nQ10 Mobile: ", Ph(R, "AU")), "\n"]
    for k in kids:
        parts += ["Q14 Child: ", P(k), ", born ", D(R, "gb", birth(R, "child"), 1), "\n"]
    parts += ["Form ", N("FA001", "form_number"), ", lodged via myGov. Example TFN on the help page: ", N("123 456 789", "placeholder_id")]
    return "form", "en", parts


@tpl(9)
def au_medicare_enrolment(R):
    a, b, kids = household(R, "au", R.randint(1, 3))
    parts = ["Adding the kids to my Medicare card (", N("MS004", "form_number"), "). Right way round?\n\n",
             "Card holder: ", P(a), "   Medicare number: ", G(medicare_s(R), "medicare"), "\nAddress: ", A(R, "au"), *opt(R, "\nPhone: ", Ph(R, "AU", intl=False)), "\n"]
    for k in kids:
        parts += ["- ", P(k), "   DOB ", D(R, "gb", birth(R, "child"), 0), "\n"]
    parts += ["Service centre: ", N("Services Australia, Parramatta NSW 2150", "office_postcode")]
    return "form", "en", parts


@tpl(9)
def ca_ccb_rc66(R):
    a, b, kids = household(R, "ca", R.randint(1, 2))
    parts = ["Canada child benefits application ", N("RC66", "form_number"), " – does step 2 look right?\n\n",
             "Step 1 Applicant: ", P(a), "  SIN ", G(sin_s(R), "sin"), "  Date of birth ", D(R, "iso", birth(R), 0),
             "\n  Mailing address: ", A(R, "ca"), *opt(R, "\n  Telephone: ", Ph(R, "CA")),
             "\nStep 2 Spouse: ", P(b), "  SIN ", G(sin_s(R), "sin"), "\n"]
    for k in kids:
        parts += ["Step 4 Child: ", P(k), "  born ", D(R, "iso", birth(R, "child"), 0), "  province of birth: ", N("Nova Scotia", "province"), "\n"]
    parts += ["Send to: ", N("Sudbury Tax Centre, Sudbury ON P3A 5C1", "office_postcode"), "  (use Tax Centre for your area)"]
    return "form", "en", parts


@tpl(9)
def ca_cra_letter(R):
    p = person(R, "ca")
    return "letter", "en", ["Got this from the CRA, do I have to do anything?\n\n", N("Canada Revenue Agency", "org_name"), "\n",
                            "Notice of reassessment – tax year 2025\nDate issued: ", N(other_date(R, "gb", 1), "date_letter"),
                            "\n\n", P(p), "\n", A(R, "ca", multiline=True), "\n\nSocial insurance number: ", G(sin_s(R), "sin"),
                            "\nDate of birth on file: ", D(R, "gb", birth(R), 1),
                            "\n\nWe changed line ", N("21900", "line_number"), " (moving expenses) from ", N("$3,412.00", "amount"), " to ", N("$0.00", "amount"),
                            ". If you disagree, file an objection by ", N(other_date(R, "gb", 1), "date_deadline"), " (", N("subsection 165(1)", "statute"), ")."]


@tpl(9)
def nz_working_for_families(R):
    a, b, kids = household(R, "nz", R.randint(1, 2))
    parts = ["Working for Families application, Inland Revenue. Check my numbers please:\n\n",
             "Your IRD number: ", G(ird_s(R), "ird"), "\nFull name: ", P(a), "\nDate of birth: ", D(R, "gb", birth(R), 0),
             "\nPostal address: ", A(R, "nz"), *opt(R, "\nMobile: ", Ph(R, "NZ")), "\nPartner: ", P(b), "   Partner's IRD number: ", G(ird_s(R), "ird"), "\n"]
    for k in kids:
        parts += ["Child: ", P(k), " – DOB ", D(R, "gb", birth(R, "child"), 0), " – IRD ", G(ird_s(R), "ird"), "\n"]
    parts += ["Form ", N("FS 1", "form_number"), "; payments go to the account already held by Inland Revenue (", N("see myIR", "instruction"), ")"]
    return "form", "en", parts


@tpl(9)
def in_passport_seva(R):
    p = person(R, "in")
    par = person(R, "in", sex="M", fam_key=p["key"])
    return "form", "en", ["Passport Seva fresh application – please check before I book the PSK slot.\n\n",
                          "Applicant given name: ", L("person", p["given"]), "\nSurname: ", L("person", p["family"]),
                          "\nDate of birth: ", D(R, "gb", birth(R, "young"), 0), "\nPlace of birth: ", N("Bhimavaram", "place"),
                          "\nAadhaar number: ", G(aadhaar_s(R), "aadhaar"), "\nPAN: ", G(pan_s(R, p), "pan"),
                          "\nFather's name: ", P(par), "\nPresent address: ", A(R, "in"), *opt(R, "\nMobile: ", Ph(R, "IN")), "\nE-mail: ", email(R, p, "in"),
                          "\nARN: ", N("26-%010d" % R.randint(0, 9999999999), "case_ref"), "\nAppointment: ", N(other_date(R, "gb", 1), "date_appointment"),
                          " at ", N("PSK Vijayawada", "office_name")]


@tpl(9)
def in_ration_card(R):
    a, b, kids = household(R, "in", R.randint(1, 3))
    parts = ["Ration card new application – family members table, is the format ok?\n\n",
             "Sl | Name | Relation | DOB | Aadhaar\n",
             "1 | ", P(a), " | Head | ", D(R, "gb", birth(R), 0), " | ", G(aadhaar_s(R), "aadhaar"), "\n",
             "2 | ", P(b), " | Spouse | ", D(R, "gb", birth(R), 0), " | ", G(aadhaar_s(R), "aadhaar"), "\n"]
    for i, k in enumerate(kids):
        parts += ["%d | " % (i + 3), P(k), " | Child | ", D(R, "gb", birth(R, "child"), 0), " | ", G(aadhaar_s(R), "aadhaar"), "\n"]
    parts += ["\nAddress: ", A(R, "in"), *opt(R, "\nMobile: ", Ph(R, "IN")), "\nAnnual income: ", N("₹1,84,000", "amount"),
              "\nFPS shop no.: ", N(digits(R, 7), "shop_number"), "   Wrong Aadhaar from last time (rejected): ", N(bad_check(aadhaar_random(R), "aadhaar"), "id_bad_check")]
    return "form", "en", parts


@tpl(9)
def uk_school_admission(R):
    par = person(R, "gb")
    kid = person(R, "gb", fam_key=par["key"])
    return "form", "en", ["Primary school application – child details\n",
                          "Child's legal name: ", P(kid), "\nDate of birth: ", D(R, "gb", birth(R, "child"), 0), "\nHome address: ", A(R, "gb"),
                          "\nParent/carer: ", P(par), *opt(R, "\nPhone: ", Ph(R, "GB")), "\nEmail: ", email(R, par, "gb"),
                          "\nPreference 1: ", N("St Oswald's C of E Primary", "school_name"), "  (URN ", N(str(R.randint(100000, 149999)), "urn"), ")",
                          "\nPreference 2: ", N("Sir John Barrow Academy", "school_name"),
                          "\nClosing date: ", N("15 January 2027", "date_deadline"), "   Offer day: ", N("16 April 2027", "date_decision"),
                          "\n\nShould I mention the sibling link for preference 1?"]


@tpl(9)
def uk_birth_registration(R):
    a, b, kids = household(R, "gb", 1)
    reg = person(R, "gb")
    return "letter", "en", ["Checking the draft entry the registrar read out to us:\n\n",
                            "Birth in the sub-district of ", N("Kendal", "place"), "\n1. Date and place of birth: ", D(R, "gb", birth(R, "child"), 1),
                            ", ", N("Westmorland General Hospital", "org_name"), "\n2. Name and surname: ", P(kids[0]),
                            "\n4. Father: ", P(a), "   5. Place of birth: ", N("Grange-over-Sands", "place"), "   DOB ", D(R, "gb", birth(R), 1),
                            "\n7. Mother: ", P(b), "   DOB ", D(R, "gb", birth(R), 1),
                            "\n10. Usual address: ", A(R, "gb"), "\nRegistrar: ", P(reg),
                            "\nEntry no. ", N(str(R.randint(12, 480)), "entry_number"), ", registered ", N(other_date(R, "gb", 1), "date_registration")]


@tpl(8)
def uk_marriage_notice(R):
    a = person(R, "gb", "M")
    b = person(R, "gb", "F")
    return "form", "en", ["Notice of marriage, both our details. Anything the register office will reject?\n\n",
                          "Person 1: ", P(a), " | born ", D(R, "gb", birth(R), 1), " | nationality British | NI ", G(nino_s(R), "nino"),
                          "\nPerson 2: ", P(b), " | born ", D(R, "gb", birth(R), 1), " | passport ", G(passport_s(R, R.choice(["ie", "au", "nz"])), "passport"),
                          "\nAddress (both): ", A(R, "gb"), "\nContact: ", email(R, a, "gb"),
                          "\nVenue: ", N("Lytham Hall", "venue"), "   Date: ", N(other_date(R, "gb", 1), "date_event"),
                          "\nNotice fee: ", N("£42", "amount"), " each; 28 days' notice (", N("Marriage Act 1949, s.31", "statute"), ")"]


@tpl(8)
def gov_portal_password_chat(R):
    p = person(R, R.choice(["gb", "au", "ie"]))
    pw = R.choice(["Tollgate", "Kiwi", "Wattle", "Shamrock", "Harbour"]) + R.choice(["!", "#", "_", "$"]) + str(R.randint(1000, 9999)) + R.choice(["", "x", "Q"])
    return "chat", "en", ["My Government Gateway login keeps saying 'details not recognised'. User ID is ", N(" ".join(digits(R, 4) for _ in range(3)), "user_id"),
                          " and my password is ", L("secret", pw, sub="password"), ". The access code they texted was ", N(digits(R, 6), "otp_code"),
                          ". It's for ", P(p), ", NI number ", G(nino_s(R), "nino"), ". Should I just reset it?"]


# ================================================================ labelled templates: other languages

@tpl(10)
def de_anmeldung(R):
    a, b, kids = household(R, "de", R.randint(0, 2))
    parts = [ask(R, "de"), "\n\nAnmeldung bei der Meldebehörde (Bürgeramt ", N("Kassel-Mitte", "office_name"), ")\n",
             "Neue Wohnung: ", A(R, "de"), "\nEinzugsdatum: ", N(other_date(R, "de", 0), "date_move"), "\nBisherige Wohnung: ", A(R, "de"), "\n\n",
             "Person 1: Familienname ", L("person", a["family"]), ", Vornamen ", L("person", a["given"]), ", Geburtsdatum ", D(R, "de", birth(R), 0),
             ", Geburtsort ", N(R.choice(["Sankt Augustin", "Bad Friedrichshall", "Königs Wusterhausen"]), "place_personlike"), "\n",
             "Person 2: Familienname ", L("person", b["family"]), ", Vornamen ", L("person", b["given"]), ", Geburtsdatum ", D(R, "de", birth(R), 0), "\n"]
    for i, k in enumerate(kids):
        parts += ["Person %d: " % (i + 3), P(k), ", geb. ", D(R, "de", birth(R, "child"), 0), "\n"]
    parts += ["Wohnungsgeberbestätigung nach ", N("§ 19 BMG", "statute"), " liegt bei."]
    return "form", "de", parts


@tpl(11)
def de_kindergeld(R):
    a, b, kids = household(R, "de", R.randint(1, 3))
    parts = ["Kindergeldantrag (", N("KG 1", "form_number"), "), Familienkasse ", N("Nordrhein-Westfalen Ost", "office_name"), "\n\n",
             "1 Angaben zur antragstellenden Person\n  Name: ", L("person", a["family"]), "   Vorname: ", L("person", a["given"]),
             "\n  Steuerliche Identifikationsnummer: ", G(sid_s(R), "steuer_id"), "\n  Geburtsdatum: ", D(R, "de", birth(R), 0),
             "\n  Anschrift: ", A(R, "de"), *opt(R, "\n  Telefon: ", Ph(R, "DE")),
             "\n2 Ehegatte/eingetragener Lebenspartner\n  Name, Vorname: ", L("person", b["family"] + ", " + b["given"]), "\n  Steuer-ID: ", G(sid_s(R), "steuer_id"),
             "\n3 Zahlungsweg\n  IBAN: ", iban(R, "DE"), "   Kontoinhaber: ", N("siehe Antragsteller", "instruction"), "\n"]
    for k in kids:
        parts += ["Anlage Kind: ", P(k), ", geboren am ", D(R, "de", birth(R, "child"), R.choice([0, 1])), ", Steuer-ID ", G(sid_s(R), "steuer_id"), "\n"]
    parts += ["Kindergeldnummer (falls vorhanden): ", N("%03dFK%06d" % (R.randint(100, 999), R.randint(0, 999999)), "case_ref")]
    return "form", "de", parts


@tpl(10)
def de_finanzamt_letter(R):
    p = person(R, "de")
    off = person(R, "de")
    return "letter", "de", ["Was will das Finanzamt von mir?\n\n", N("Finanzamt Regensburg", "office_name"), " · ", N("Postfach 11 02 48", "po_box"), " · ", N("93015 Regensburg", "office_postcode"), "\n\n",
                            "Herrn/Frau\n", P(p), "\n", A(R, "de", multiline=True), "\n\nSteuernummer: ", N("244/%03d/%05d" % (R.randint(100, 999), R.randint(0, 99999)), "tax_office_number"),
                            "\nIdentifikationsnummer: ", G(sid_s(R), "steuer_id"), "\nDatum: ", N(other_date(R, "de", 0), "date_letter"), "\n\n",
                            "Einkommensteuererklärung 2025 – Anforderung von Belegen\n\nSehr geehrte Damen und Herren,\n",
                            "zur Bearbeitung Ihrer Erklärung (", N("Anlage N", "form_number"), ", Zeile ", N("41", "line_number"), ") reichen Sie bitte bis zum ",
                            N(other_date(R, "de", 0), "date_deadline"), " die Nachweise über Fahrtkosten in Höhe von ", N("1.846,20 €", "amount"),
                            " ein (", N("§ 97 AO", "statute"), ").\n\nMit freundlichen Grüßen\nIm Auftrag\n", P(off), "\nSachbearbeitung, Servicezeiten Mo–Fr, Behördennummer ", N("115", "short_service_number")]


@tpl(10)
def de_buergergeld(R):
    p = person(R, "de")
    b = person(R, "de", fam_key=p["key"], sex="F" if p["sex"] == "M" else "M")
    return "form", "de", ["Weiterbewilligungsantrag Bürgergeld (", N("WBA", "form_number"), ") – Jobcenter ", N("Halle (Saale)", "office_name"), "\n",
                          "BG-Nummer: ", N("%05dBG%07d" % (R.randint(10000, 99999), R.randint(0, 9999999)), "case_ref"), "\n",
                          "Antragsteller: ", P(p), ", geb. ", D(R, "de", birth(R), 0), "\nPartner/in in der BG: ", P(b), ", geb. ", D(R, "de", birth(R), 0),
                          "\nAnschrift: ", A(R, "de"), *opt(R, "\nTelefon: ", Ph(R, "DE", intl=False)), "\nE-Mail: ", email(R, p, "de"),
                          "\nKonto für Zahlungen: ", iban(R, "DE"), "\nÄnderungen seit ", N(other_date(R, "de", 0), "date_other"), ": ", yesno(R, "ja", "nein"),
                          "\nRegelbedarf lt. Bescheid: ", N("563,00 €", "amount")]


@tpl(9)
def de_fuehrerschein(R):
    p = person(R, "de")
    return "form", "de", ["Antrag auf Umschreibung einer ausländischen Fahrerlaubnis – Fahrerlaubnisbehörde ", N("Landkreis Rostock", "office_name"), "\n",
                          "Familienname: ", L("person", p["family"]), "\nVorname(n): ", L("person", p["given"]), "\nGeburtsdatum: ", D(R, "de", birth(R, "young"), 0),
                          "\nGeburtsort: ", N("Marienberg", "place_personlike"), "\nWohnanschrift: ", A(R, "de"), "\nReisepassnummer: ", G(passport_s(R, "de"), "passport"),
                          "\nKlassen: ", N("B, AM, L", "licence_classes"), "\nSehtest vom ", N(other_date(R, "de", 0), "date_other"), *opt(R, "\nTelefon: ", Ph(R, "DE")),
                          "\n\nMuss ich die Übersetzung beglaubigen lassen?"]


@tpl(11)
def fr_caf(R):
    a, b, kids = household(R, "fr", R.randint(1, 3))
    ya, yb = birth(R), birth(R)
    parts = [ask(R, "fr"), "\n\nDemande de prestations familiales – CAF ", N("de la Gironde", "office_name"), "\n",
             "N° allocataire : ", N("%07d" % R.randint(0, 9999999), "case_ref"), "\n",
             "Vous : ", P(a), ", né(e) le ", D(R, "fr", ya, 0), "\n  N° de sécurité sociale : ", G(nir_s(R, a, ya), "nir"),
             "\nVotre conjoint : ", P(b), ", né(e) le ", D(R, "fr", yb, 0), "\n  N° de sécurité sociale : ", G(nir_s(R, b, yb), "nir"),
             "\nAdresse : ", A(R, "fr"), *opt(R, "\nTéléphone : ", Ph(R, "FR")), "\nRIB – IBAN : ", iban(R, "FR"), "\n\nEnfants à charge :\n"]
    for k in kids:
        parts += ["- ", P(k), ", né(e) le ", D(R, "fr", birth(R, "child"), R.choice([0, 1])), "\n"]
    parts += ["Formulaire ", N("Cerfa n° 11423*09", "form_number"), " – à renvoyer avant le ", N(other_date(R, "fr", 1), "date_deadline")]
    return "form", "fr", parts


@tpl(10)
def fr_titre_sejour(R):
    cul = R.choice(["br", "tr", "in"])
    p = person(R, cul)
    return "form", "fr", ["Demande de renouvellement de titre de séjour (ANEF) – récapitulatif\n",
                          "Nom : ", L("person", p["family"].upper()), "\nPrénom(s) : ", L("person", p["given"]), "\nDate de naissance : ", D(R, "fr", birth(R, "young"), 0),
                          "\nN° de passeport : ", G(passport_s(R, "in" if cul == "in" else "xx"), "passport"),
                          "\nN° étranger : ", N("voir carte actuelle", "instruction"), "\nAdresse en France : ", A(R, "fr"), *opt(R, "\nTéléphone : ", Ph(R, "FR")),
                          "\nCourriel : ", email(R, p, cul), "\nTitre actuel valable jusqu'au : ", N(other_date(R, "fr", 0), "date_expiry"),
                          "\nTimbre fiscal : ", N("225 €", "amount"), " (", N("article L. 436-1 du CESEDA", "statute"), ")\n\nIl manque quelque chose ?"]


@tpl(10)
def fr_impots(R):
    p = person(R, "fr")
    y = birth(R)
    return "letter", "fr", ["J'ai reçu ça des impôts, je dois répondre ?\n\n", N("Direction générale des Finances publiques", "org_name"), "\n",
                            N("Service des impôts des particuliers de Limoges", "office_name"), "\n\n", P(p), "\n", A(R, "fr", multiline=True), "\n\n",
                            "Objet : demande de renseignements – déclaration ", N("n° 2042", "form_number"), " (revenus 2025)\n",
                            "Référence : ", N("%02d%02d%06d" % (R.randint(10, 99), R.randint(1, 12), R.randint(0, 999999)), "case_ref"),
                            "\nDate : ", N(other_date(R, "fr", 0), "date_letter"), "\n\n",
                            "Madame, Monsieur,\nVotre numéro de sécurité sociale ", G(nir_s(R, p, y), "nir"), " figure sur l'attestation de l'employeur. ",
                            "Merci de nous transmettre sous 30 jours le justificatif des frais réels de ", N("2 314 €", "amount"),
                            " (", N("article L. 10 du LPF", "statute"), ").\n\nL'inspecteur des finances publiques"]


@tpl(9)
def fr_inscription_scolaire(R):
    par = person(R, "fr")
    kid = person(R, "fr", fam_key=par["key"])
    return "form", "fr", ["Fiche d'inscription scolaire – Mairie de ", N("Saint-Brieuc", "place_personlike"), "\n",
                          "ENFANT\n  Nom : ", L("person", kid["family"]), "   Prénom : ", L("person", kid["given"]), "\n  Date de naissance : ", D(R, "fr", birth(R, "child"), 0),
                          "\n  École demandée : ", N("École maternelle Jules-Ferry", "school_name"), "\nRESPONSABLE LÉGAL 1\n  Nom, prénom : ", L("person", par["family"] + " " + par["given"]),
                          "\n  Adresse : ", A(R, "fr"), *opt(R, "\n  Tél. portable : ", Ph(R, "FR", intl=False)), "\n  Courriel : ", email(R, par, "fr"),
                          "\n  [x] Autorité parentale   [ ] Garde alternée\nDate limite de dépôt : ", N(other_date(R, "fr", 0), "date_deadline")]


@tpl(10)
def es_empadronamiento(R):
    a, b, kids = household(R, "es", R.randint(0, 2))
    a2 = R.choice(NAMES["es"][2])
    parts = ["Hoja padronal – alta por cambio de residencia. ", ask(R, "es"), "\n\n",
             "Domicilio: ", A(R, "es"), "\n\n",
             "1. Nombre: ", L("person", a["given"]), "  Apellidos: ", L("person", a["family"] + " " + a2), "  DNI: ", G(dni_s(R), "dni"),
             "  Fecha de nacimiento: ", D(R, "es", birth(R), 0), "\n",
             "2. Nombre: ", L("person", b["given"]), "  Apellidos: ", L("person", b["family"]), "  NIE: ", G(nie_s(R), "nie"),
             "  Fecha de nacimiento: ", D(R, "es", birth(R), 0), "\n"]
    for i, k in enumerate(kids):
        parts += ["%d. " % (i + 3), L("person", k["given"] + " " + a["family"] + " " + b["family"]), "  (menor) nacido/a el ", D(R, "es", birth(R, "child"), 0), "\n"]
    parts += [*opt(R, "Teléfono: ", Ph(R, "ES")), "\nProcedencia: ", N("San Sebastián de los Reyes", "place_personlike"), "   Fecha de alta: ", N(other_date(R, "es", 0), "date_registration")]
    return "form", "es", parts


@tpl(10)
def es_ex15_nie(R):
    cul = R.choice(["gb", "us", "de", "it"])
    p = person(R, cul)
    return "form", "es", ["Solicitud de NIE y certificados (", N("EX-15", "form_number"), ")\n",
                          "1) DATOS DEL SOLICITANTE\nPasaporte: ", G(passport_s(R, cul if cul in ("gb", "us", "de") else "xx"), "passport"),
                          "   NIE: ", N("X-_______-_", "placeholder_id"), "\n1er Apellido: ", L("person", p["family"]), "   Nombre: ", L("person", p["given"]),
                          "\nFecha de nacimiento: ", D(R, "es", birth(R), 0), "   Lugar: ", N("Santa Cruz de Tenerife", "place_personlike"),
                          "\nDomicilio en España: ", A(R, "es"), *opt(R, "\nTeléfono móvil: ", Ph(R, "ES", intl=False)), "   E-mail: ", email(R, p, cul),
                          "\nTasa ", N("modelo 790 código 012", "form_number"), ": ", N("9,84 €", "amount"),
                          "\nCita previa: ", N(other_date(R, "es", 0), "date_appointment"), " – Oficina de Extranjería"]


@tpl(10)
def es_renta_carta(R):
    p = person(R, "es")
    return "letter", "es", ["Me ha llegado esto de Hacienda, ¿qué tengo que hacer?\n\n", N("Agencia Tributaria", "org_name"), " – Delegación de ", N("Ciudad Real", "place_personlike"), "\n\n",
                            "D./Dña. ", P(p), "\nNIF: ", G(dni_s(R), "dni"), "\nDomicilio fiscal: ", A(R, "es", multiline=True), "\n\n",
                            "Requerimiento – IRPF ejercicio 2025 (", N("Modelo 100", "form_number"), ")\nReferencia: ", N("202%d%s%08d" % (R.randint(4, 6), R.choice("ABC"), R.randint(0, 99999999)), "case_ref"),
                            "\nCódigo seguro de verificación: ", N("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)), "csv_code"),
                            "\nPlazo: 10 días hábiles desde el ", N(other_date(R, "es", 0), "date_letter"), " (", N("art. 93 de la Ley 58/2003", "statute"), ").",
                            "\nDevolución solicitada a la cuenta ", iban(R, "ES"), " por ", N("612,40 €", "amount"), "."]


@tpl(9)
def es_escuela_infantil(R):
    par = person(R, "es")
    kid = person(R, "es", fam_key=par["key"])
    return "form", "es", ["Solicitud de plaza en escuela infantil pública, curso 2026-27\n",
                          "Datos del niño/a: ", P(kid), "  Fecha de nacimiento: ", D(R, "es", birth(R, "child"), 0), "\n",
                          "Padre/madre/tutor: ", P(par), "  DNI/NIE: ", (G(dni_s(R), "dni") if R.random() < 0.5 else G(nie_s(R), "nie")),
                          "\nDomicilio: ", A(R, "es"), *opt(R, "\nTeléfono: ", Ph(R, "ES")), "\nCorreo: ", email(R, par, "es"),
                          "\nCentro 1: ", N("EI Sant Jordi", "school_name"), "  Centro 2: ", N("EI Virgen del Carmen", "school_name"),
                          "\nPuntuación baremo: ", N("8,5", "score"), "\n¿Está bien puesto el orden de centros?"]


@tpl(11)
def it_assegno_unico(R):
    a, b, kids = household(R, "it", R.randint(1, 3))
    ya = birth(R)
    parts = ["Domanda Assegno Unico – INPS, riepilogo. ", ask(R, "it"), "\n\n",
             "Richiedente: ", P(a), "\nCodice fiscale: ", G(cf_s(R, a, ya), "codice_fiscale"), "\nNato/a il: ", D(R, "it", ya, 0),
             "\nResidenza: ", A(R, "it"), *opt(R, "\nCellulare: ", Ph(R, "IT")), "\nIBAN di accredito: ", iban(R, "IT"), "\n\nFigli:\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["  ", P(k), " – CF ", G(cf_s(R, k, yk), "codice_fiscale"), " – nato/a il ", D(R, "it", yk, 0), "\n"]
    parts += ["ISEE in corso di validità: ", N("18.420,37 €", "amount"), " – protocollo ", N("INPS-ISEE-2026-%08d-00" % R.randint(0, 99999999), "case_ref"),
              "\n(", N("D.Lgs. 230/2021", "statute"), ")"]
    return "form", "it", parts


@tpl(10)
def it_cambio_residenza(R):
    p = person(R, "it")
    y = birth(R)
    return "form", "it", ["Dichiarazione di residenza – Comune di ", N("San Giovanni Rotondo", "place_personlike"), "\n",
                          "Cognome: ", L("person", p["family"]), "  Nome: ", L("person", p["given"]), "\nData di nascita: ", D(R, "it", y, R.choice([0, 1])),
                          "\nCodice fiscale: ", G(cf_s(R, p, y), "codice_fiscale"), "\nNuovo indirizzo: ", A(R, "it"),
                          *opt(R, "\nTelefono: ", Ph(R, "IT", intl=False)), "\nE-mail/PEC: ", email(R, p, "it"),
                          "\nPatente n.: ", N("vedi allegato", "instruction"), "\n[x] Proveniente da altro Comune   [ ] Proveniente dall'estero",
                          "\nEsempio di codice fiscale nelle istruzioni: ", N("RSSMRA80A01H501U", "placeholder_id")]


@tpl(9)
def it_iscrizione_scuola(R):
    par = person(R, "it")
    kid = person(R, "it", fam_key=par["key"])
    yk = birth(R, "child")
    return "form", "it", ["Iscrizione online scuola primaria – dati alunno\n",
                          "Alunno/a: ", P(kid), "\nCodice fiscale alunno: ", G(cf_s(R, kid, yk), "codice_fiscale"), "\nData di nascita: ", D(R, "it", yk, 0),
                          "\nGenitore che compila: ", P(par), "\nIndirizzo: ", A(R, "it"), *opt(R, "\nTelefono: ", Ph(R, "IT")),
                          "\nCodice meccanografico scuola: ", N("VRIC8%05d" % R.randint(0, 99999), "school_code"),
                          "\nTempo scuola: [ ] 27 ore  [x] 40 ore\nScadenza iscrizioni: ", N(other_date(R, "it", 1), "date_deadline")]


@tpl(10)
def nl_toeslagen(R):
    a, b, _ = household(R, "nl", 0)
    return "form", "nl", ["Aanvraag zorgtoeslag en huurtoeslag – Belastingdienst/Toeslagen\n",
                          "Aanvrager: ", P(a), "\nBSN: ", G(bsn_s(R), "bsn"), "\nGeboortedatum: ", D(R, "nl", birth(R), 0),
                          "\nToeslagpartner: ", P(b), "\nBSN partner: ", G(bsn_s(R), "bsn"), "\nGeboortedatum partner: ", D(R, "nl", birth(R), 0),
                          "\nAdres: ", A(R, "nl"), *opt(R, "\nTelefoon: ", Ph(R, "NL")), "\nRekeningnummer: ", iban(R, "NL"),
                          "\nGeschat inkomen 2026: ", N("€ 31.500", "amount"), "\nVoorbeeld-BSN uit de toelichting: ", N(bad_check(bsn_random(R), "bsn"), "id_bad_check"),
                          "\n\n", ask(R, "nl")]


@tpl(10)
def nl_gemeente_inschrijving(R):
    p = person(R, "nl")
    return "form", "nl", ["Verhuizing doorgeven – gemeente ", N("Sint-Oedenrode", "place_personlike"), "\n",
                          "Achternaam: ", L("person", p["family"]), "\nVoornamen: ", L("person", p["given"]), "\nGeboortedatum: ", D(R, "nl", birth(R), R.choice([0, 1])),
                          "\nBurgerservicenummer: ", G(bsn_s(R), "bsn"), "\nNieuw adres: ", A(R, "nl"), "\nVorig adres: ", A(R, "nl"),
                          "\nVerhuisdatum: ", N(other_date(R, "nl", 0), "date_move"), "\nE-mail: ", email(R, p, "nl"), *opt(R, "\nMobiel: ", Ph(R, "NL", intl=False)),
                          "\nZaaknummer: ", N("Z-%d-%06d" % (R.randint(24, 26), R.randint(0, 999999)), "case_ref")]


@tpl(8)
def nl_duo(R):
    p = person(R, "nl")
    return "letter", "nl", ["Brief van DUO, begrijp ik dit goed?\n\n", N("Dienst Uitvoering Onderwijs", "org_name"), " – ", N("Postbus 50061, 9702 EB Groningen", "office_address_po"), "\n\n",
                            P(p), "\n", A(R, "nl", multiline=True), "\n\nBurgerservicenummer: ", G(bsn_s(R), "bsn"), "\nGeboortedatum: ", D(R, "nl", birth(R, "young"), 1),
                            "\nKenmerk: ", N("%d-%s" % (R.randint(10000000, 99999999), R.choice(["SF", "AB"])), "case_ref"),
                            "\n\nBeste ", L("person", p["given"]), ",\nu heeft een aanvullende beurs van ", N("€ 468,62", "amount"), " per maand vanaf ",
                            N(other_date(R, "nl", 1), "date_start"), ". Wij betalen uit op rekening ", iban(R, "NL"), "."]


@tpl(10)
def pt_seguranca_social(R):
    p = person(R, "pt")
    return "form", "pt", ["Requerimento de abono de família – Segurança Social. ", ask(R, "pt"), "\n\n",
                          "Nome completo: ", P(p), "\nNIF: ", G(nifpt_make(R), "nif_pt"), "\nN.º de identificação da Segurança Social: ", G(niss_make(R), "niss"),
                          "\nData de nascimento: ", D(R, "pt", birth(R), 0), "\nMorada: ", A(R, "pt"), *opt(R, "\nTelemóvel: ", Ph(R, "PT")),
                          "\nIBAN: ", iban(R, "PT"), "\nModelo ", N("GF 1-DGSS", "form_number"), " – entregue em ", N(other_date(R, "pt", 0), "date_application")]


@tpl(10)
def br_cadunico(R):
    a, b, kids = household(R, "br", R.randint(1, 3))
    parts = ["Atualização do CadÚnico – composição familiar. ", ask(R, "br"), "\n\n",
             "Responsável familiar: ", P(a), " – CPF ", G(cpf_s(R), "cpf"), " – nasc. ", D(R, "pt", birth(R), 0), "\n",
             "Cônjuge: ", P(b), " – CPF ", G(cpf_s(R), "cpf"), " – nasc. ", D(R, "pt", birth(R), 0), "\n"]
    for k in kids:
        parts += ["Filho(a): ", P(k), " – CPF ", G(cpf_s(R), "cpf"), " – nasc. ", D(R, "pt", birth(R, "child"), 0), "\n"]
    parts += ["Endereço: ", A(R, "br"), *opt(R, "\nCelular: ", Ph(R, "BR")), "\nNIS: ", N("preencher no CRAS", "instruction"),
              "\nRenda per capita: ", N("R$ 412,00", "amount"), "\nCPF de exemplo no manual: ", N("000.000.000-00", "placeholder_id")]
    return "form", "pt", parts


@tpl(9)
def br_inss_carta(R):
    p = person(R, "br")
    return "letter", "pt", ["Recebi essa carta do INSS, o que significa?\n\n", N("Instituto Nacional do Seguro Social", "org_name"), " – Agência ", N("São José dos Campos", "place_personlike"), "\n\n",
                            "Segurado(a): ", P(p), "\nCPF: ", G(cpf_s(R), "cpf"), "\nData de nascimento: ", D(R, "pt", birth(R, "senior"), R.choice([0, 1])),
                            "\nEndereço: ", A(R, "br"), "\nBenefício n.º ", N("%03d.%03d.%03d-%d" % (R.randint(100, 199), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9)), "case_ref"),
                            "\n\nComunicamos que o requerimento de aposentadoria de ", N(other_date(R, "pt", 0), "date_application"),
                            " foi indeferido com base no ", N("art. 201 da Constituição Federal", "statute"), ". Prazo para recurso: 30 dias."]


@tpl(11)
def pl_800plus(R):
    a, b, kids = household(R, "pl", R.randint(1, 3))
    ya = birth(R)
    parts = ["Wniosek o świadczenie wychowawcze 800+ (ZUS, ", N("SW-O", "form_number"), ")\n",
             "Wnioskodawca: ", P(a), "\nPESEL: ", G(pesel_s(R, a, ya), "pesel"), "\nData urodzenia: ", D(R, "pl", ya, 0),
             "\nAdres zamieszkania: ", A(R, "pl"), *opt(R, "\nTelefon: ", Ph(R, "PL")), "\nNumer rachunku: ", iban(R, "PL"), "\n\nDzieci:\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["- ", P(k), ", PESEL ", G(pesel_s(R, k, yk), "pesel"), ", ur. ", D(R, "pl", yk, R.choice([0, 1])), "\n"]
    parts += ["Data złożenia: ", N(other_date(R, "pl", 0), "date_application"), " (", N("art. 13 ustawy z dnia 11 lutego 2016 r.", "statute"), ")\n", ask(R, "pl")]
    return "form", "pl", parts


@tpl(9)
def pl_zameldowanie(R):
    p = person(R, "pl")
    y = birth(R)
    own = person(R, "pl")
    return "form", "pl", ["Formularz zgłoszenia pobytu stałego – Urząd Miasta ", N("Nowy Targ", "place"), "\n",
                          "1. Nazwisko: ", L("person", p["family"]), "\n2. Imię (imiona): ", L("person", p["given"]), "\n3. Numer PESEL: ", G(pesel_s(R, p, y), "pesel"),
                          "\n4. Data urodzenia: ", D(R, "pl", y, 0), "\n5. Adres pobytu stałego: ", A(R, "pl"), "\n6. Data zameldowania: ", N(other_date(R, "pl", 0), "date_registration"),
                          "\n7. Właściciel lokalu: ", P(own), "\n8. E-mail: ", email(R, p, "pl")]


@tpl(10)
def sv_forsakringskassan(R):
    a, b, kids = household(R, "sv", R.randint(1, 2))
    ya = birth(R)
    parts = ["Ansökan om bostadsbidrag – Försäkringskassan\n", "Sökande: ", P(a), "  Personnummer: ", G(pnr_make(*ya, a["sex"] == "M", R, long=R.random() < 0.5), "personnummer"), "\n"]
    yb = birth(R)
    parts += ["Make/sambo: ", P(b), "  Personnummer: ", G(pnr_make(*yb, b["sex"] == "M", R), "personnummer"), "\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["Barn: ", P(k), "  född ", D(R, "sv", yk, 0), "\n"]
    parts += ["Adress: ", A(R, "sv"), *opt(R, "\nTelefon: ", Ph(R, "SE")), "\nMånadshyra: ", N("8 450 kr", "amount"), "\nÄrendenummer: ", N("%d-%06d" % (R.randint(2025, 2026), R.randint(0, 999999)), "case_ref"),
              "\n", ask(R, "sv")]
    return "form", "sv", parts


@tpl(8)
def sv_flyttanmalan(R):
    p = person(R, "sv")
    y = birth(R)
    return "form", "sv", ["Flyttanmälan till Skatteverket\n", "Namn: ", P(p), "\nPersonnummer: ", G(pnr_make(*y, p["sex"] == "M", R, long=True), "personnummer"),
                          "\nFödelsedatum: ", D(R, "sv", y, 1), "\nNy adress: ", A(R, "sv"), "\nFlyttdatum: ", N(other_date(R, "sv", 0), "date_move"),
                          "\nKontrollkod som skickades till nya adressen: ", N("%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999)), "otp_code"),
                          "\nE-post: ", email(R, p, "sv"), "\n\nBehöver min sambo göra en egen anmälan?"]


@tpl(10)
def da_borger_flytning(R):
    a, b, kids = household(R, "da", R.randint(0, 2))
    ya, yb = birth(R), birth(R)
    parts = ["Flytning – borger.dk, opsummering\n", "Anmelder: ", P(a), ", CPR-nr. ", G(cpr_make(*ya, a["sex"] == "M", R), "cpr"), "\n",
             "Medflyttende: ", P(b), ", CPR-nr. ", G(cpr_make(*yb, b["sex"] == "M", R), "cpr"), "\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["Barn: ", P(k), ", født ", D(R, "da", yk, R.choice([0, 1])), "\n"]
    parts += ["Ny adresse: ", A(R, "da"), *opt(R, "\nTelefon: ", Ph(R, "DK")), "\nFlyttedato: ", N(other_date(R, "da", 0), "date_move"),
              "\nKommune: ", N("Aarhus Kommune", "office_name"), ", sagsnr. ", N("%d-%05d" % (R.randint(25, 26), R.randint(0, 99999)), "case_ref"), "\n", ask(R, "da")]
    return "form", "da", parts


@tpl(10)
def no_nav_soknad(R):
    p = person(R, "no")
    y = birth(R)
    saksb = person(R, "no")
    return "letter", "no", ["Vedtak fra NAV – kan du forklare?\n\n", N("NAV Arbeid og ytelser", "office_name"), "\n\n", P(p), "\n", A(R, "no", multiline=True),
                            "\n\nFødselsnummer: ", G(fnr_make(*y, p["sex"] == "M", R), "fodselsnummer"), "\nSaksnummer: ", N(str(R.randint(100000000, 999999999)), "case_ref"),
                            "\n\nDu har søkt om dagpenger ", N(other_date(R, "no", 0), "date_application"), ". Vi har innvilget søknaden etter ", N("folketrygdloven § 4-3", "statute"),
                            ". Utbetaling til konto ", iban(R, "NO"), *opt(R, ".\nDitt mobilnummer i våre systemer: ", Ph(R, "NO")), "\n\nMed vennlig hilsen\n", P(saksb), "\nsaksbehandler"]


@tpl(10)
def fi_kela(R):
    p = person(R, "fi")
    y = birth(R)
    parts = ["Kelan hakemus – asumistuki. ", ask(R, "fi"), "\n\n", "Hakija: ", P(p), "\nHenkilötunnus: ", G(hetu_make(*y, p["sex"] == "M", R), "hetu"),
             "\nSyntymäaika: ", D(R, "fi", y, R.choice([0, 1])), "\nOsoite: ", A(R, "fi"), *opt(R, "\nPuhelin: ", Ph(R, "FI")), "\nTilinumero: ", iban(R, "FI")]
    if R.random() < 0.6:
        q = person(R, "fi")
        yq = birth(R)
        parts += ["\nPuoliso: ", P(q), ", henkilötunnus ", G(hetu_make(*yq, q["sex"] == "M", R), "hetu")]
    parts += ["\nVuokra: ", N("742,00 €/kk", "amount"), "\nLomake ", N("YH 1", "form_number")]
    return "form", "fi", parts


@tpl(10)
def cs_pridavek(R):
    a, b, kids = household(R, "cs", R.randint(1, 2))
    ya = birth(R)
    parts = ["Žádost o přídavek na dítě – Úřad práce ČR, kontaktní pracoviště ", N("Olomouc", "office_name"), "\n",
             "Žadatel: ", P(a), "\nRodné číslo: ", G(rc_make(*ya, a["sex"] == "M", R), "rodne_cislo"), "\nDatum narození: ", D(R, "cs", ya, 0),
             "\nTrvalý pobyt: ", A(R, "cs"), *opt(R, "\nTelefon: ", Ph(R, "CZ")), "\nČíslo účtu: ", iban(R, "CZ"), "\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["Dítě: ", P(k), ", RČ ", G(rc_make(*yk, k["sex"] == "M", R), "rodne_cislo"), ", nar. ", D(R, "cs", yk, R.choice([0, 1])), "\n"]
    parts += ["Číslo jednací: ", N("UPCR-%d/%06d" % (R.randint(2025, 2026), R.randint(0, 999999)), "case_ref"), "\n", ask(R, "cs")]
    return "form", "cs", parts


@tpl(10)
def ro_alocatie(R):
    a, b, kids = household(R, "ro", R.randint(1, 2))
    ya = birth(R)
    parts = ["Cerere pentru alocația de stat pentru copii – ", N("AJPIS Cluj", "office_name"), "\n",
             "Subsemnatul/a: ", P(a), ", CNP ", G(cnp_make(*ya, a["sex"] == "M", R), "cnp"), ", născut/ă la ", D(R, "ro", ya, R.choice([0, 1])),
             "\nDomiciliul: ", A(R, "ro"), *opt(R, "\nTelefon: ", Ph(R, "RO")), "\nCont IBAN: ", iban(R, "RO"), "\n"]
    for k in kids:
        yk = birth(R, "child")
        parts += ["Copil: ", P(k), ", CNP ", G(cnp_make(*yk, k["sex"] == "M", R), "cnp"), "\n"]
    parts += ["Nr. înregistrare: ", N("%d/%s" % (R.randint(1000, 99999), other_date(R, "ro", 0)), "case_ref"), " (", N("Legea nr. 61/1993", "statute"), ")\n", ask(R, "ro")]
    return "form", "ro", parts


@tpl(10)
def el_kep_aitisi(R):
    p = person(R, "el")
    y = birth(R)
    return "form", "el", ["ΑΙΤΗΣΗ – ΚΕΠ ", N("Δήμου Θεσσαλονίκης", "office_name"), "\n",
                          "Επώνυμο: ", L("person", p["family"]), "\nΌνομα: ", L("person", p["given"]), "\nΗμερομηνία γέννησης: ", D(R, "el", y, R.choice([0, 1])),
                          "\nΑΜΚΑ: ", G(amka_make(*y, R), "amka"), "\nΔιεύθυνση κατοικίας: ", A(R, "el"), *opt(R, "\nΚινητό: ", Ph(R, "GR")),
                          "\nΑρ. πρωτοκόλλου: ", N("%d/%s" % (R.randint(100, 99999), other_date(R, "el", 0)), "case_ref"),
                          "\nΘέμα: έκδοση πιστοποιητικού οικογενειακής κατάστασης\n\n", ask(R, "el")]


@tpl(10)
def tr_edevlet(R):
    p = person(R, "tr")
    y = birth(R)
    return "form", "tr", ["Genel Sağlık Sigortası tescil başvurusu – SGK ", N("Karşıyaka SGM", "office_name"), "\n",
                          "Adı Soyadı: ", P(p), "\nT.C. Kimlik No: ", G(tckn_make(R), "tc_kimlik"), "\nDoğum Tarihi: ", D(R, "tr", y, R.choice([0, 1])),
                          "\nAdres: ", A(R, "tr"), *opt(R, "\nCep Telefonu: ", Ph(R, "TR")), "\nE-posta: ", email(R, p, "tr"), "\nIBAN: ", iban(R, "TR"),
                          "\nBaşvuru tarihi: ", N(other_date(R, "tr", 0), "date_application"), "\nEvrak sayısı: ", N("E-%d-%08d" % (R.randint(20000000, 99999999), R.randint(0, 99999999)), "case_ref"),
                          "\n\n", ask(R, "tr")]


@tpl(9)
def be_inschrijving(R):
    p = person(R, "nl")
    y = birth(R)
    return "form", "nl", ["Aangifte van adreswijziging – stad ", N("Sint-Niklaas", "place_personlike"), "\n",
                          "Naam: ", P(p), "\nRijksregisternummer: ", G(rrn_make(*y, p["sex"] == "M", R), "rrn"), "\nGeboortedatum: ", D(R, "nl", y, 0),
                          "\nNieuw adres: ", L("address", "%s %d, %d %s" % (R.choice(["Stationsstraat", "Kapelleweg", "Veldstraat"]), R.randint(1, 140), R.choice([9100, 2800, 3000]), R.choice(["Sint-Niklaas", "Mechelen", "Leuven"])), sub="be"),
                          *opt(R, "\nGSM: ", Ph(R, "BE")), "\nWijkagent komt langs na ", N(other_date(R, "nl", 0), "date_other"), "\n", ask(R, "nl")]


# ================================================================ clean templates

@tpl(10, clean=True)
def c_blank_uk_form(R):
    return "form", "en", [R.choice(["Here's the blank form, which boxes apply to a self-employed person?", "Blank template from the council website:", "What goes in these boxes?"]), "\n\n",
                          N(R.choice(["SA100", "UC50", "CH2", "D1", "GMS1"]), "form_number"), "\n",
                          "Surname: [Your surname]\nFirst names: [Your first names]\nDate of birth: ", N("DD/MM/YYYY", "placeholder_date"),
                          "\nNational Insurance number: ", N(R.choice(["e.g. QQ 12 34 56 C", "e.g. AB 12 34 56 C", "__ __ __ __ _"]), "placeholder_id"),
                          "\nAddress: [House number and street], [Town], [Postcode]\nPhone: ", N("[Your phone number]", "placeholder_phone"),
                          "\n[ ] Yes  [ ] No  Have you lived at this address for more than 3 years?"]


@tpl(10, clean=True)
def c_guidance_note(R):
    return "notes", "en", ["Guidance notes (", N(R.choice(["SA150", "PA1", "RC66-1", "CB1 notes"]), "form_number"), ")\n",
                           "Box 4: enter your date of birth as ", N("DD MM YYYY", "placeholder_date"), ". Box 5: your ", N("10-digit Unique Taxpayer Reference", "instruction"),
                           " is on letters from us. Box 7: leave blank if you have never been married.\n",
                           "If you need help, call the helpline on weekdays between %dam and %dpm, or write to us at the address on page %d quoting the form number.\n" % (R.randint(7, 9), R.randint(4, 8), R.randint(2, 6)),
                           "Deadline for paper returns: ", N(other_date(R, "gb", 1), "date_deadline"), "; online: ", N(other_date(R, "gb", 1), "date_deadline"), ". Penalty: ", N("£%d" % R.choice([10, 100, 200, 300]), "amount"), "."]


@tpl(10, clean=True)
def c_us_instructions(R):
    return "notes", "en", ["Instructions for ", N(R.choice(["Form W-4", "Form W-7", "Form 1040", "Form SS-5"]), "form_number"), ":\n",
                           "Line 1: Enter your name exactly as shown on your Social Security card. Line 2: Enter your SSN (", N("XXX-XX-XXXX", "placeholder_id"), "). ",
                           "Do not use ", N("000-00-0000", "placeholder_id"), " or an ITIN here. Line 3: Date of birth as ", N("MM/DD/YYYY", "placeholder_date"), ".\n",
                           "See ", N("26 U.S.C. § 6109", "statute"), ". Mail to the address for your state listed in the table on page %d. Standard deduction: " % R.randint(3, 9), N("$%d,%d00" % (R.randint(14, 32), R.randint(0, 9)), "amount"), ". Due ", N(other_date(R, "us", 1), "date_deadline"), "."]


@tpl(10, clean=True)
def c_de_merkblatt(R):
    return "notes", "de", ["Kannst du mir dieses Merkblatt erklären?\n\n", N(R.choice(["Merkblatt Kindergeld", "Hinweise zum Antrag auf Bürgergeld", "Ausfüllhilfe Anlage N"]), "form_number"), "\n",
                           "Tragen Sie in Zeile 4 Ihre steuerliche Identifikationsnummer (11 Ziffern) ein, nicht die Steuernummer. ",
                           "Das Geburtsdatum ist im Format ", N("TT.MM.JJJJ", "placeholder_date"), " anzugeben. Beispiel: ", N("Max Mustermann", "example_name"), ", ",
                           N("Musterstraße 1, 12345 Musterstadt", "placeholder_address"), ".\nFristen nach ", N("§ 149 Abs. 2 AO", "statute"), "; Abgabe bis ", N(other_date(R, "de", 0), "date_deadline"), ", Zuschlag bis ", N("%d.000 €" % R.randint(5, 25), "amount"), "."]


@tpl(10, clean=True)
def c_fr_notice(R):
    return "notes", "fr", ["Notice explicative – ", N(R.choice(["Cerfa n° 13824*05", "formulaire 2042", "demande de RSA"]), "form_number"), "\n",
                           "Indiquez votre numéro de sécurité sociale à 15 chiffres (", N("1 AA MM DD CCC KKK CC", "placeholder_id"), "). ",
                           "Date de naissance au format ", N("JJ/MM/AAAA", "placeholder_date"), ". Exemple : ", N("[Prénom Nom]", "placeholder_name"), ".\n",
                           "Pour toute question, composez le ", N("3939", "short_service_number"), " (Allô Service Public) ou rendez-vous dans votre espace France Services. ",
                           "Date limite : ", N("le " + other_date(R, "fr", 1), "date_deadline"), "."]


@tpl(10, clean=True)
def c_es_instrucciones(R):
    return "notes", "es", ["¿Qué significa esto del formulario?\n\n", "Instrucciones ", N(R.choice(["EX-15", "modelo 790 código 012", "Modelo 100"]), "form_number"), ":\n",
                           "Casilla 1: NIE, si lo tiene (", N("X-0000000-X", "placeholder_id"), "). Casilla 4: fecha de nacimiento (", N("dd/mm/aaaa", "placeholder_date"), "). ",
                           "Teléfono de información administrativa: ", N("060", "short_service_number"), ". Tasa: ", N("%d,%02d €" % (R.randint(6, 40), R.choice([0, 20, 50, 84])), "amount"), ". Plazo de presentación: ",
                           N("hasta el " + other_date(R, "es", 1), "date_deadline"), " (", N("Real Decreto 1155/2024", "statute"), ")."]


@tpl(10, clean=True)
def c_it_istruzioni(R):
    return "notes", "it", ["Istruzioni per la compilazione – ", N(R.choice(["modello ISEE", "domanda Assegno Unico", "modello 730"]), "form_number"), "\n",
                           "Riquadro A: indicare il codice fiscale (16 caratteri, es. ", N("RSSMRA80A01H501U", "placeholder_id"), "). Riquadro B: data di nascita (", N("gg/mm/aaaa", "placeholder_date"), ").\n",
                           "Contact center INPS: ", N("803 164", "short_service_number"), " da rete fissa. Scadenza: ", N(other_date(R, "it", 1), "date_deadline"), "."]


@tpl(10, clean=True)
def c_nl_toelichting(R):
    return "notes", "nl", ["Toelichting bij het formulier ", N(R.choice(["Aanvraag huurtoeslag", "Wijziging doorgeven DUO", "Aangifte inkomstenbelasting"]), "form_number"), "\n",
                           "Vraag 3: vul uw burgerservicenummer in (9 cijfers). Vraag 5: geboortedatum als ", N("dd-mm-jjjj", "placeholder_date"), ".\n",
                           "Vraag 9: uw IBAN, bijvoorbeeld ", N("NL00 BANK 0000 0000 00", "placeholder_iban"), ". Reageer binnen 6 weken na ", N("de datum van deze brief", "instruction"),
                           ". Toeslagen: maximaal ", N("€ %d.%d00" % (R.randint(1, 5), R.randint(0, 9)), "amount"), " per jaar, uiterlijk ", N(other_date(R, "nl", 1), "date_deadline"), "."]


@tpl(10, clean=True)
def c_generic_office_letter(R):
    lang = R.choice(["en", "en", "de", "fr", "es"])
    t = {"en": ["Dear resident,\nThe council offices will be closed on ", N(other_date(R, "gb", 1), "date_other"), ". Bin collections move by one day. Parking permits for ",
                N("Zone D", "zone_code"), " can now be renewed online; the fee rises to ", N("£96", "amount"), " from ", N("1 April 2027", "date_start"), ".\n",
                "Yours faithfully,\n", N("Head of Customer Services", "role_only")],
         "de": ["Sehr geehrte Bürgerinnen und Bürger,\ndas Bürgeramt ", N("Mitte", "office_name"), " ist vom ", N(other_date(R, "de", 0), "date_other"), " bis ", N(other_date(R, "de", 0), "date_other"),
                " geschlossen. Termine für Personalausweise vergeben wir wieder ab dem ", N(other_date(R, "de", 0), "date_other"), ". Gebühr Reisepass: ", N("70,00 €", "amount"), ".\n",
                "Mit freundlichen Grüßen\n", N("Die Amtsleitung", "role_only")],
         "fr": ["Madame, Monsieur,\nla mairie annexe sera fermée le ", N(other_date(R, "fr", 1), "date_other"), ". Les demandes de carte d'identité se font uniquement sur rendez-vous. ",
                "Tarif du passeport : ", N("86 €", "amount"), ".\n", N("Le maire", "role_only")],
         "es": ["Estimado/a vecino/a:\nLa Oficina de Atención Ciudadana cambia de horario a partir del ", N(other_date(R, "es", 1), "date_start"), ". ",
                "Para el empadronamiento, solicite cita previa. Tasa del certificado: ", N("3,50 €", "amount"), ".\n", N("La Concejala de Participación", "role_only")]}[lang]
    return "letter", lang, [R.choice(["What does this notice mean for me?", "Translate this please:", "Summarise this:"]), "\n\n"] + t


@tpl(10, clean=True)
def c_document_checklist(R):
    lang = R.choice(["en", "pl", "sv", "da", "no", "fi"])
    t = {"en": "Documents to bring to your appointment:\n[ ] passport or national identity card\n[ ] proof of address dated within 3 months\n[ ] birth certificates of all children\n[ ] two passport photos (45 x 35 mm)\n[ ] fee of ",
         "pl": "Wymagane dokumenty:\n[ ] dowód osobisty lub paszport\n[ ] akt urodzenia dziecka\n[ ] tytuł prawny do lokalu\n[ ] opłata skarbowa ",
         "sv": "Ta med till besöket:\n[ ] giltig id-handling\n[ ] hyreskontrakt\n[ ] personbevis för barnen\n[ ] avgift ",
         "da": "Medbring til mødet:\n[ ] pas eller kørekort\n[ ] lejekontrakt\n[ ] fødselsattest for børn\n[ ] gebyr ",
         "no": "Ta med til timen:\n[ ] pass eller ID-kort\n[ ] leiekontrakt\n[ ] fødselsattest\n[ ] gebyr ",
         "fi": "Ota mukaan:\n[ ] passi tai henkilökortti\n[ ] vuokrasopimus\n[ ] lasten syntymätodistukset\n[ ] maksu "}[lang]
    amt = {"en": "£75", "pl": "17 zł", "sv": "400 kr", "da": "835 kr.", "no": "1 140 kr", "fi": "52 €"}[lang]
    return "list", lang, [ask(R, lang), "\n\n", t, N(amt, "amount"), "\nReference: ", N("%s-%d" % (R.choice(["APP", "ZG", "ÄR", "SAG", "SAK", "DNRO"]), R.randint(1000, 99999)), "case_ref")]


@tpl(10, clean=True)
def c_fee_table(R):
    return "notes", "en", ["Which fee applies to me?\n\n", "Service | Form | Fee | Processing\n",
                           "Adult passport renewal | ", N("online", "instruction"), " | ", N("£94.50", "amount"), " | 3 weeks\n",
                           "Child passport | ", N("PEX C", "form_number"), " | ", N("£61.50", "amount"), " | 3 weeks\n",
                           "Provisional licence | ", N("D1", "form_number"), " | ", N("£34.00", "amount"), " | 2 weeks\n",
                           "Birth certificate copy | ", N("GRO", "acronym"), " | ", N("£12.50", "amount"), " | 15 working days\n",
                           "Prices valid from ", N(other_date(R, "gb", 1), "date_start"), "."]


@tpl(10, clean=True)
def c_cs_ro_el_tr_blank(R):
    lang = R.choice(["cs", "ro", "el", "tr"])
    t = {"cs": ["Formulář – žádost o vydání občanského průkazu\nJméno a příjmení: ………………\nRodné číslo: ", N("______/____", "placeholder_id"),
                "\nDatum narození: ", N("DD. MM. RRRR", "placeholder_date"), "\nPoplatek: ", N("%d Kč" % R.choice([50, 100, 200, 500, 600]), "amount")],
         "ro": ["Model cerere – carte de identitate\nNume și prenume: ____________\nCNP: ", N("_____________", "placeholder_id"), "\nData nașterii: ", N("ZZ.LL.AAAA", "placeholder_date"),
                "\nTaxă: ", N("%d lei" % R.choice([5, 7, 10, 15]), "amount"), " (", N("HG nr. 1375/2006", "statute"), ")"],
         "el": ["Υπόδειγμα αίτησης\nΕπώνυμο: ________\nΑΜΚΑ: ", N("___________", "placeholder_id"), "\nΗμερομηνία γέννησης: ", N("ΗΗ/ΜΜ/ΕΕΕΕ", "placeholder_date"),
                "\nΠαράβολο: ", N("%d €" % R.choice([5, 10, 15, 25]), "amount")],
         "tr": ["Dilekçe örneği\nAdı Soyadı: ................\nT.C. Kimlik No: ", N("___________", "placeholder_id"), "\nDoğum Tarihi: ", N("GG.AA.YYYY", "placeholder_date"),
                "\nHarç: ", N("%d.%d50 TL" % (R.randint(1, 3), R.randint(0, 9)), "amount")]}[lang]
    return "form", lang, [ask(R, lang), "\n\n"] + t


@tpl(10, clean=True)
def c_bad_id_question(R):
    k = R.choice(["nhs", "bsn", "dni", "aadhaar", "cpf", "steuer_id"])
    v = {"nhs": nhs_random, "bsn": bsn_random, "dni": lambda R: "".join(dni_random(R)), "aadhaar": aadhaar_random, "cpf": cpf_random, "steuer_id": steuerid_random}[k](R)
    bad = bad_check(v, k)
    label = {"nhs": "NHS number", "bsn": "BSN", "dni": "DNI", "aadhaar": "Aadhaar", "cpf": "CPF", "steuer_id": "Steuer-ID"}[k]
    return "chat", "en", ["The online form rejects the ", label, " ", N(bad, "id_bad_check"), " as 'invalid check digit'. I copied it from an old letter, so maybe a digit is wrong? ",
                          "How is the check digit worked out for a ", label, "?"]


@tpl(10, clean=True)
def c_appointment_confirmation(R):
    lang = R.choice(["en", "de", "nl", "it", "pt"])
    t = {"en": ["Appointment confirmed: ", N(other_date(R, "gb", 1), "date_appointment"), " at 10:40, Register Office, desk 3. Booking reference ", N(rnd_code(R), "case_ref"),
                ". Bring the documents listed in your invitation."],
         "de": ["Terminbestätigung: ", N(other_date(R, "de", 0), "date_appointment"), ", 08:15 Uhr, Bürgerbüro, Schalter 7. Vorgangsnummer ", N("T-%07d" % R.randint(0, 9999999), "case_ref"), "."],
         "nl": ["Uw afspraak: ", N(other_date(R, "nl", 1), "date_appointment"), " om 14.20 uur, Stadswinkel, balie 2. Afspraaknummer ", N(str(R.randint(100000, 999999)), "case_ref"), "."],
         "it": ["Prenotazione confermata: ", N(other_date(R, "it", 0), "date_appointment"), " ore 9:30, Ufficio Anagrafe, sportello 4. Codice ", N(rnd_code(R), "case_ref"), "."],
         "pt": ["Agendamento confirmado: ", N(other_date(R, "pt", 0), "date_appointment"), " às 11h00, Loja do Cidadão, senha ", N("A%03d" % R.randint(1, 400), "queue_ticket"), "."]}[lang]
    return "email", lang, [R.choice(["Is this the right place?", "What should I bring?", ""]), "\n"] + t


@tpl(10, clean=True)
def c_statute_question(R):
    return "chat", "en", ["What does ", N(R.choice(["section 13A Social Security Administration Act 1992", "s.184 Housing Act 1996", "regulation 36 of the Universal Credit Regulations 2013",
                                                   "§ 60 SGB I", "article L. 262-2 du CASF"]), "statute"),
                          " mean for a claim made on ", N(other_date(R, "gb", 1), "date_claim"), "? The decision letter (ref ", N(ref(R, "DM/", 7), "case_ref"),
                          ") says I was overpaid ", N("£%d.%02d" % (R.randint(100, 4000), R.randint(0, 99)), "amount"), " and that the ", N("Decision Maker", "role_only"),
                          " will contact me."]


@tpl(10, clean=True)
def c_place_names(R):
    return "chat", "en", ["Which office do I go to: the one in ", N(R.choice(["St Albans", "Port Talbot", "Milton Keynes", "Fort William", "St Helens"]), "place_personlike"),
                          " or ", N(R.choice(["Bishop Auckland", "Kingston upon Thames", "Stoke-on-Trent", "Newton Abbot"]), "place_personlike"),
                          "? The letter just says 'your nearest ", N("Jobcentre Plus", "org_name"), "' and gives office code ", N("JCP%04d" % R.randint(0, 9999), "office_code"), "."]


@tpl(10, clean=True)
def c_otp_sms(R):
    lang = R.choice(["en", "de", "es", "fr", "sv", "pl"])
    code = digits(R, 6)
    t = {"en": "Your HMRC access code is %s. It expires in 15 minutes. Do not share it.",
         "de": "Ihr Freischaltcode für ELSTER lautet %s. Er ist 90 Tage gültig.",
         "es": "Cl@ve PIN: %s. Válido durante 10 minutos.",
         "fr": "Votre code de sécurité FranceConnect est %s.",
         "sv": "Din engångskod från Skatteverket är %s.",
         "pl": "Kod autoryzacyjny ePUAP: %s. Nie udostępniaj go nikomu."}[lang]
    a, b = t.split("%s")
    return "sms", lang, [R.choice(["Is this text real?", "Got this SMS, legit?", "Is this a scam?"]), "\n\n", a, N(code, "otp_code"), b]


@tpl(10, clean=True)
def c_decision_summary(R):
    return "letter", "en", ["Summarise this decision for me:\n\n", N("Tribunal reference SC%03d/26/%05d" % (R.randint(100, 999), R.randint(0, 99999)), "case_ref"), "\n",
                            "The appeal is allowed. The decision of ", N(other_date(R, "gb", 1), "date_decision"), " is set aside. The appellant is entitled to the standard rate of the daily living component from ",
                            N(other_date(R, "gb", 1), "date_start"), ". Points scored: ", N("9", "score"), " (activity 4b, 6c). ", N("Tribunal Judge", "role_only"), ", sitting with a ",
                            N("medically qualified panel member", "role_only"), "."]


@tpl(10, clean=True)
def c_school_guidance(R):
    lang = R.choice(["en", "fr", "it", "es"])
    t = {"en": "Admissions criteria, in order: 1. looked-after children; 2. siblings; 3. distance. Applications open %s and close %s.",
         "fr": "Les inscriptions en petite section ont lieu du %s au %s en mairie, sur présentation du livret de famille.",
         "it": "Le iscrizioni alla scuola dell'infanzia sono aperte dal %s al %s (nota ministeriale).",
         "es": "El plazo de solicitud de plaza escolar va del %s al %s; las listas provisionales se publican después."}[lang]
    a, b, c = t.split("%s")
    dl = {"en": "gb", "fr": "fr", "it": "it", "es": "es"}[lang]
    return "notes", lang, [a, N(other_date(R, dl, 1), "date_start"), b, N(other_date(R, dl, 1), "date_deadline"), c]


@tpl(10, clean=True)
def c_tax_office_info(R):
    lang = R.choice(["de", "nl", "fi", "da", "no", "sv"])
    t = {"de": ["Finanzamt ", N("Oldenburg (Oldb)", "office_name"), ", Finanzamtsnummer ", N(str(R.randint(2300, 2399)), "tax_office_number"), ", Bankverbindung über ELSTER abrufbar. Steuernummerformat: ", N("64/123/45678", "placeholder_id")],
         "nl": ["Belastingdienst, kantoor ", N("Apeldoorn", "office_name"), ". Aangifte 2025 vóór ", N(other_date(R, "nl", 1), "date_deadline"), ". BelastingTelefoon bereikbaar op werkdagen."],
         "fi": ["Verohallinto: veroilmoitus palautettava viimeistään ", N(other_date(R, "fi", 0), "date_deadline"), ". Lomake ", N("3A", "form_number"), "."],
         "da": ["Skattestyrelsen: årsopgørelsen for 2025 er klar ", N("den " + other_date(R, "da", 1), "date_other"), ". Fristen for ændringer er ", N("1. maj", "date_deadline"), "."],
         "no": ["Skatteetaten: skattemeldingen må leveres innen ", N(other_date(R, "no", 1), "date_deadline"), ". Skjema ", N("RF-1030", "form_number"), "."],
         "sv": ["Skatteverket: deklarationen ska vara inne senast ", N(other_date(R, "sv", 1), "date_deadline"), ". Blankett ", N("SKV 2000", "form_number"), "."]}[lang]
    return "notes", lang, [ask(R, lang), "\n\n"] + t


# ================================================================ checks and main

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _outside(rec, start, end, types=None):
    for sp in rec["spans"]:
        if sp["start"] < end and start < sp["end"] and (types is None or sp["type"] in types):
            return False
    return True


def problems(rec, clean):
    """The rules of this part a record breaks (empty list when none)."""
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record: %r" % (e,))
    t = rec["text"]
    if clean and rec["spans"]:
        out.append("clean record with labels")
    if not clean and not rec["spans"]:
        out.append("labelled record without labels")
    for sp in rec["spans"]:
        if sp["type"] == "gov_id" and not VALIDATORS[sp["sub"]](sp["value"]):
            out.append("gov id check fails: %s %s" % (sp["sub"], sp["value"]))
        if sp["type"] == "iban":
            v = sp["value"].replace(" ", "")
            if iban_mod97(v) != 1 or len(v) != IBAN_LEN[v[:2].upper()]:
                out.append("iban fails: %s" % v)
    for m in EMAIL_RE.finditer(t):
        if _outside(rec, m.start(), m.end(), ("email",)):
            out.append("e-mail outside a label: %s" % m.group())
    for m in IPV4_RE.finditer(t):
        if all(int(g) <= 255 for g in m.groups()) and _outside(rec, m.start(), m.end()):
            out.append("IPv4 outside a label: %s" % m.group())
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            words.update(w for w in WORD_RE.findall(sp["value"]) if len(w) >= 2 and not w[0].islower())
    for m in WORD_RE.finditer(t):
        if m.group() in words and _outside(rec, m.start(), m.end()):
            out.append("name word outside a label: %s" % m.group())
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def generate():
    R = random.Random(SEED)
    cands = []  # (template index, record)
    for ti, (f, count, clean) in enumerate(TEMPLATES):
        for _ in range(3 * count + 6):
            form, lang, parts = f(R)
            cands.append((ti, build("x", form, lang, parts)))
    bad = pv_check([ph for _, r in cands for ph in phones_of(r)])
    if bad is None:
        sys.exit("phone validator /tmp/pv/pv missing")
    badset = {tuple(ln.split("\t")[1:3]) for ln in bad}
    kept = {ti: [] for ti in range(len(TEMPLATES))}
    seen = set()
    dropped = Counter()
    for ti, rec in cands:
        f, count, clean = TEMPLATES[ti]
        if len(kept[ti]) >= count:
            continue
        pr = problems(rec, clean)
        if any((v, r) in badset for v, r, _ in phones_of(rec)):
            pr.append("phone rejected by libphonenumber")
        if rec["text"] in seen:
            pr.append("repeated text")
        if pr:
            dropped[pr[0].split(":")[0]] += 1
            continue
        seen.add(rec["text"])
        kept[ti].append(rec)
    recs = []
    for ti, (f, count, clean) in enumerate(TEMPLATES):
        if len(kept[ti]) != count:
            sys.exit("template %s: only %d of %d records" % (f.__name__, len(kept[ti]), count))
        for r in kept[ti]:
            r["tpl"] = f.__name__
        recs += kept[ti]
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r.pop("tpl")
        r["id"] = "%s%05d" % (PREFIX, i)
        out.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
    return out, dropped


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def check(recs):
    fails = 0
    texts = Counter(r["text"] for r in recs)
    nclean = sum(1 for r in recs if not r["spans"])
    if len(recs) != NREC or nclean != NCLEAN:
        print("FAIL: %d records, %d clean (want %d, %d)" % (len(recs), nclean, NREC, NCLEAN))
        fails += 1
    for r in recs:
        if not r["id"].startswith(PREFIX):
            print("FAIL: id", r["id"])
            fails += 1
        pr = problems(r, not r["spans"])
        if texts[r["text"]] > 1:
            pr.append("repeated text")
        for p in pr:
            print("FAIL:", r["id"], p)
            fails += 1
    phones = [ph for r in recs for ph in phones_of(r)]
    bad = pv_check(phones)
    if bad is None:
        print("FAIL: /tmp/pv/pv missing, phones not checked")
        fails += 1
    else:
        for ln in bad:
            print("FAIL: phone", ln)
            fails += 1
    print("checked %d records, %d labels, %d phones (pv): %s" % (len(recs), sum(len(r["spans"]) for r in recs), len(phones),
                                                              "OK" if not fails else "%d FAILURES" % fails))
    return fails


def stats(recs):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("gov_id kinds:", ", ".join("%s %d" % kv for kv in Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
    print("phone regions:", ", ".join("%s %d" % kv for kv in Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("langs (clean):", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs if not r["spans"]).most_common()))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags %d:" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("templates: %d labelled, %d clean" % (sum(1 for t in TEMPLATES if not t[2]), sum(1 for t in TEMPLATES if t[2])))
    names = set()
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "person":
                names.update(w for w in WORD_RE.findall(sp["value"]) if len(w) >= 2)
    print("distinct name words:", len(names))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))


def main():
    if "--check" in sys.argv:
        sys.exit(1 if check(load()) else 0)
    if "--stats" in sys.argv:
        stats(load())
        return
    recs, dropped = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records; dropped candidates: %s" % (OUT, len(recs), dict(dropped)))
    sys.exit(1 if check(recs) else 0)


if __name__ == "__main__":
    main()
