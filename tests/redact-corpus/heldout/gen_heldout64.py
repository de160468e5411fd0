#!/usr/bin/python3
"""Held-out part 64 of the redaction corpus (heldout64.jsonl).

Written blind by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 63 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 24's decisions
on consulates, visa centres, passports and residence-permit forms, part
28's on immigration numbers, lawyers, judges, precedents and IBANs, part
34's and 58's on officials and staff, part 49's on sponsors and agents,
part 62's restatement of them, part 22's sponsorship letters),
lines 1-100 of gen_heldout33.py and its function `pv_check`, and, outside
the repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 12:39:41 UTC on 2026-12-06 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: IMMIGRATION ADVISERS, VISA AGENTS AND RELOCATION FIRMS. What
immigration caseworkers, regulated advisers, visa-application-centre
staff, employers' mobility teams and relocation consultants paste into an
assistant, from 20 countries in 19 languages: visa and residence-permit
application forms (applicant, spouse and children with birth dates,
passports, home and host national ids), sponsor and employer letters,
proof-of-funds summaries with IBANs, fee payments by card typed into
chats, biometrics appointment bookings, document checklists, refusal
letters with an appeal draft, address histories, tenancy and
school-registration help for relocating families, chats with clients,
case-management exports (JSON, CSV) and case-system .env files. Hard
negatives of the theme everywhere: case and application references, visa
categories and form codes, fees, appointment dates and times, consulates',
visa centres' and firms' own addresses, switchboards, websites and role
mailboxes, published legislation and case-law citations, device serials,
private and documentation IPs, test cards, and streets, buildings and
programmes named after people.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
640613, shuffle seed 640614; each candidate seeded by
`seed:template:index`).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout64.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout64.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout64.py --stats   # counts
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
                       iban_make, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       nie_random, nie_ok, dni_random, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, pan_random, card_random, card_grouping,
                       split_groups, MONTHS, PLANS, secret_random, digits, nz)

SEED = 640613
SHUFFLE_SEED = 640614
OUT = os.path.join(HERE, "heldout64.jsonl")
PREFIX = "heldout-bl-"


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
# Checks written for this part (corpuslib holds SSN, NINO, Steuer-ID, NIR,
# DNI/NIE, codice fiscale, BSN, Aadhaar, PAN).

def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + pesel_check(body)


def pesel_check(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * x for c, x in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]


def tckn_make(R, foreign=False):
    while True:
        b = ("99" + digits(R, 7)) if foreign else (str(R.randint(1, 9)) + digits(R, 8))
        d = [int(c) for c in b]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        s = b + str(d10) + str(d11)
        if tckn_ok(s):
            return s


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = [int(c) for c in s]
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def tz_make(R):
    b = str(R.choice([0, 2, 3])) + digits(R, 7)
    for c in "0123456789":
        if tz_ok(b + c):
            return b + c


def eid_make(R, y):
    """Emirates ID: 784-yyyy-nnnnnnn-c, Luhn over the 15 digits."""
    b = "784%04d%s" % (y, digits(R, 7))
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def eid_ok(s):
    s = s.replace("-", "")
    return len(s) == 15 and s.startswith("784") and luhn_ok(s)


def thid_check(b12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b12)) % 11) % 10)


def thid_make(R):
    b = str(R.choice([1, 3])) + digits(R, 11)
    return b + thid_check(b)


def thid_ok(s):
    s = s.replace("-", "").replace(" ", "")
    return len(s) == 13 and s.isdigit() and thid_check(s[:12]) == s[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(b17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(b17, CN_W)) % 11]


def cnid_make(R, area, y, m, d, female):
    seq = R.randint(0, 99) * 10 + R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    b = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    return b + cnid_check(b)


def cnid_ok(s):
    return len(s) == 18 and s[:17].isdigit() and cnid_check(s[:17]) == s[17]


def rrn_check(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(b12, w)) % 11) % 10)


def rrn_make(R, y, m, d, female, foreign=False):
    s = (1 if y < 2000 else 3) + (1 if female else 0) + (4 if foreign else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, s, digits(R, 5))
    return b[:6] + "-" + b[6:] + rrn_check(b)


def rrn_ok(s):
    b = s.replace("-", "")
    return len(b) == 13 and b.isdigit() and rrn_check(b[:12]) == b[12]


def mynum_check(b11):
    t = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynum_make(R):
    b = nz(R, 11)
    return b + mynum_check(b)


def mynum_ok(s):
    s = s.replace(" ", "")
    return len(s) == 12 and s.isdigit() and mynum_check(s[:11]) == s[11]


def amka_make(R, y, m, d):
    b = "%02d%02d%02d%s" % (d, m, y % 100, digits(R, 4))
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def amka_ok(s):
    return len(s) == 11 and s.isdigit() and luhn_ok(s)


def afm_check(b8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b8)) % 11 % 10)


def afm_make(R):
    b = str(R.randint(0, 1)) + digits(R, 7)
    return b + afm_check(b)


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and afm_check(s[:8]) == s[8]


def snils_check(b9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(b9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils_make(R):
    b = str(R.randint(1, 9)) + digits(R, 8)
    return "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], snils_check(b))


def snils_ok(s):
    b = re.sub(r"\D", "", s)
    return len(b) == 11 and snils_check(b[:9]) == b[9:]


def nif_pt_check(b8):
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(b8)) % 11
    return "0" if c >= 10 else str(c)


def nif_pt_make(R):
    b = R.choice("123") + digits(R, 7)
    return b + nif_pt_check(b)


def nif_pt_ok(s):
    return len(s) == 9 and s.isdigit() and nif_pt_check(s[:8]) == s[8]


ICAO_W = [7, 3, 1]


def icao_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def icao_check(s):
    return str(sum(icao_val(c) * ICAO_W[i % 3] for i, c in enumerate(s)) % 10)


def de_card_make(R):
    """German identity card / eAT document number: 9 characters from the
    ICAO-safe set, first a letter, then the 7-3-1 check digit (as typed
    from the machine-readable zone)."""
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    b = R.choice("CFGHJKLMNPRTVWXYZ") + "".join(R.choice(al) for _ in range(8))
    return b + icao_check(b)


def de_card_ok(s):
    return len(s) == 10 and re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", s) is not None and icao_check(s[:9]) == s[9]


def cccd_make(R, prov, y, female):
    cs = (0 if y < 2000 else 2) + (1 if female else 0)
    return "%03d%d%02d%s" % (prov, cs, y % 100, digits(R, 6))


def cccd_ok(s):
    return re.fullmatch(r"0[0-9]{2}[0-3][0-9]{8}", s) is not None and 1 <= int(s[:3]) <= 96


# Passport numbers by the issuing country's printed format.
PASSPORT_RE = {
    "US": r"[0-9]{9}|[A-Z][0-9]{8}", "GB": r"[0-9]{9}", "DE": r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}",
    "FR": r"[0-9]{2}[A-Z]{2}[0-9]{5}", "ES": r"[A-Z]{3}[0-9]{6}", "IT": r"[A-Z]{2}[0-9]{7}",
    "NL": r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", "PT": r"[A-Z][0-9]{6}", "PL": r"[A-Z]{2}[0-9]{7}",
    "RU": r"[0-9]{2} [0-9]{7}", "GR": r"[A-Z]{2}[0-9]{7}", "TR": r"U[0-9]{8}", "IL": r"[0-9]{8}",
    "AE": r"[A-Z][0-9]{7}", "IN": r"[A-Z][0-9]{7}", "TH": r"[A-Z]{2}[0-9]{7}", "CN": r"E[A-Z0-9][0-9]{7}",
    "JP": r"T[A-Z][0-9]{7}", "KR": r"M[0-9]{3}[A-Z][0-9]{4}", "VN": r"[A-Z][0-9]{7}",
    "NG": r"A[0-9]{8}", "PH": r"P[0-9]{7}[A-Z]", "BR": r"[A-Z]{2}[0-9]{6}", "MX": r"[A-Z][0-9]{8}",
    "UA": r"[A-Z]{2}[0-9]{6}", "EG": r"A[0-9]{8}", "PK": r"[A-Z]{2}[0-9]{7}", "CO": r"[A-Z]{2}[0-9]{6}",
}
UC = string.ascii_uppercase


def passport_make(R, c):
    if c == "US":
        return R.choice(["5", "6"]) + digits(R, 8) if R.random() < 0.5 else "A" + digits(R, 8)
    if c == "GB":
        return R.choice("12345") + digits(R, 8)
    if c == "DE":
        return de_card_make(R)[:9]
    if c == "FR":
        return "%02d%s%s" % (R.randint(10, 24), "".join(R.choice(UC) for _ in range(2)), digits(R, 5))
    if c == "ES":
        return "P" + "".join(R.choice(UC) for _ in range(2)) + digits(R, 6)
    if c in ("IT", "GR", "PL", "TH", "PK"):
        return "".join(R.choice(UC) for _ in range(2)) + digits(R, 7)
    if c == "NL":
        a = UC.replace("O", "")
        return "".join(R.choice(a) for _ in range(2)) + "".join(R.choice(a + "0123456789") for _ in range(6)) + digits(R, 1)
    if c == "PT":
        return R.choice("CDEFHJKLMN") + digits(R, 6)
    if c == "RU":
        return "%02d %s" % (R.randint(70, 77), digits(R, 7))
    if c == "TR":
        return "U" + digits(R, 8)
    if c == "IL":
        return R.choice("23") + digits(R, 7)
    if c in ("AE", "IN", "VN"):
        return R.choice("BCJKLMNPRSTVZ") + nz(R, 7)
    if c == "CN":
        return "E" + R.choice(UC + "0123456789") + digits(R, 7)
    if c == "JP":
        return "T" + R.choice("KRSZ") + digits(R, 7)
    if c == "KR":
        return "M" + digits(R, 3) + R.choice(UC) + digits(R, 4)
    if c in ("NG", "EG"):
        return "A" + digits(R, 8)
    if c == "PH":
        return "P" + digits(R, 7) + R.choice(UC)
    if c in ("BR", "UA", "CO"):
        return "".join(R.choice(UC) for _ in range(2)) + digits(R, 6)
    if c == "MX":
        return R.choice("GN") + digits(R, 8)
    raise KeyError(c)


def passport_ok(s, c):
    return re.fullmatch(PASSPORT_RE[c], s) is not None


# Immigration numbers an authority gives one person (part 28's rule).
def a_number_make(R):
    return "A" + R.choice(["2", "0"]) + digits(R, 8)


def vnr_make(R):
    return R.choice("234") + digits(R, 9)


def agdref_make(R):
    return R.choice("789") + digits(R, 9)


def jp_rc_make(R):
    return "".join(R.choice(UC) for _ in range(2)) + digits(R, 8) + "".join(R.choice(UC) for _ in range(2))


GOV_RE = {"us_a_number": r"A[0-9]{9}", "nl_v_number": r"[2-4][0-9]{9}", "fr_agdref": r"[7-9][0-9]{9}",
          "jp_residence_card": r"[A-Z]{2}[0-9]{8}[A-Z]{2}", "ru_passport": r"[0-9]{2} [0-9]{2} [0-9]{6}"}

# IBAN registry entry not in corpuslib.
IBAN_EXTRA = {"IL": "3n3n13n"}


def iban_il(R):
    return iban_make("IL", digits(R, 19))


def iban_ok(s):
    c = re.sub(r"[\s\u00a0\u202f-]", "", s).upper()
    n = IBAN_LEN.get(c[:2]) or {"IL": 23}.get(c[:2])
    return n == len(c) and iban_mod97(c) == 1


# ====================================================================== names
# Per locale: male given, female given, family names. "native|roman" where
# the script is not Latin (roman forms for e-mail local parts only); female
# family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Garrison Beckett Ellison Stetson Lyndon Kenton Barrett Wiley",
           "Dorcas Shelby Arlene Darla Kimber Raelynn Tawny Verna",
           "Hargrove Pickens Stallings Whitfield Cantrell Bledsoe Tidwell Huffstetler Rasberry McWhorter Ogletree Blanchette"),
    "GB": ("Alasdair Digby Fergus Gideon Aurelian Wilfred Ambrose Evander",
           "Araminta Sibella Verity Jemima Rosalys Perpetua Henrietta Isolde",
           "Ainsworth Bagshawe Anstruther Gilchrist Featherby Lumsden Hinchliffe Pilkington Scarisbrick Thwaite Umfreville Oldroyd"),
    "DE": ("Gotthold Hartmut Volkmar Ingbert Friedhelm Wigand Lutz Traugott",
           "Irmhild Gudrun Henrike Gertraud Ortrud Wilhelmine Friedlinde Ehrentraud",
           "Kniebusch Pfeiffenberger Oberdorfer Hagedorn Zimmerling Wohlgemuth Brettschneider Eisenhuth Lindemeyer Schwarzbach Tiedemann Rathgeber"),
    "FR": ("Ansbert Évrard Gonzague Séverin Lazare Ferréol Aurèle Bastien",
           "Gislaine Ghislaine Lucienne Arlette Edwige Maylis Huguette Josiane",
           "Quillivic Rouxel Pellerin Lemaigre Chauvelot Desrosiers Guézennec Labrousse Mordelet Fauconnier Dufresnoy Lecoeur"),
    "ES": ("Anselmo Crisanto Fulgencio Leoncio Saturnino Teodomiro Evaristo Heriberto",
           "Adoración Eustaquia Felicitas Tomasa Azucena Ildefonsa Candelas Lucrecia",
           "Carrasquilla Ballesteros Carranza Cobeño Ezcurra Valdelomar Torrijos Mazuecos Zurbano Alcocer Escribano Olivencia Robledillo Cantalejo Pizarroso Carbonell"),
    "IT": ("Baldassarre Ermenegildo Gaspare Liborio Oreste Saverio Gioacchino Nunzio",
           "Assunta Concetta Annunziata Graziella Ornella Immacolata Tiziana Donatella",
           "Abbondanza Bonaccorsi Capobianco Chiaramonte Finocchiaro Scarpinato Muscarella Pappalardo Santangelo Trovato Zappalà Vinciguerra"),
    "NL": ("Hendrikus Lambertus Sjoerd Wessel Reinier Gerben Tjeerd Tjalling",
           "Aaltje Geertje Hendrika Wilhelmina Jannie Sientje Roelie Willemijn",
           "Bakhuizen Kloosterman Meijerink Oudshoorn Schuurmans Terpstra Veldkamp Wagenvoort Zwartjes Lieftinck van_Lieshout van_Blankevoort"),
    "PT": ("Aníbal Crispim Custódio Eurico Rogério Tibúrcio Aurélio Fausto",
           "Albertina Deolinda Gracinda Idalina Rosalina Benvinda Felismina Clotilde",
           "Calado Pestana Espinheira Rebelo Sarmento Taveira Vidigal Mourão Teixeira Salgueiro Zagalo Carvalhal"),
    "PL": ("Bogumił Czesław Lechosław Mieczysław Przemysław Radosław Wiesław Zdzisław",
           "Bożena Danuta Grażyna Jadwiga Mirosława Halina Ludmiła Teodozja",
           "Gwiazdowski/Gwiazdowska Kurzawski/Kurzawska Łopatecki/Łopatecka Mroczkowski/Mroczkowska "
           "Pszczółkowski/Pszczółkowska Wierzbicki/Wierzbicka Zagórski/Zagórska Kmiecik Sobczak Grzelak "
           "Jabłoński/Jabłońska Olszewski/Olszewska"),
    "RU": ("Всеволод|Vsevolod Ефим|Yefim Лаврентий|Lavrenty Матвей|Matvey Онуфрий|Onufry Савелий|Savely Фрол|Frol Яромир|Yaromir",
           "Агафья|Agafya Василиса|Vasilisa Евдокия|Yevdokiya Снежана|Snezhana Пелагея|Pelageya Серафима|Serafima Ульяна|Ulyana Аглая|Aglaya",
           "Вяземцев/Вяземцева|Vyazemtsev/Vyazemtseva Колокольцев/Колокольцева|Kolokoltsev/Kolokoltseva "
           "Переверзев/Переверзева|Pereverzev/Pereverzeva Селиверстов/Селиверстова|Seliverstov/Seliverstova "
           "Чернышёв/Чернышёва|Chernyshyov/Chernyshyova Шелепихин/Шелепихина|Shelepikhin/Shelepikhina "
           "Богомолов/Богомолова|Bogomolov/Bogomolova Овчинников/Овчинникова|Ovchinnikov/Ovchinnikova "
           "Загорулько|Zagorulko Толмачёв/Толмачёва|Tolmachyov/Tolmachyova"),
    "GR": ("Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis Ορέστης|Orestis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευάγγελος|Evangelos",
           "Αικατερίνη|Aikaterini Βασιλική|Vasiliki Ζωή|Zoi Ιφιγένεια|Ifigeneia Καλλιόπη|Kalliopi Ξανθίππη|Xanthippi Ουρανία|Ourania Φωτεινή|Foteini",
           "Αναστασόπουλος/Αναστασοπούλου|Anastasopoulos/Anastasopoulou Σαρρής/Σαρρή|Sarris/Sarri "
           "Μαυρομμάτης/Μαυρομμάτη|Mavrommatis/Mavrommati Σταυρίδης/Σταυρίδη|Stavridis/Stavridi "
           "Λαμπρινός/Λαμπρινού|Lamprinos/Lamprinou Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis/Vlachogianni "
           "Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos/Zacharopoulou Θεοχάρης/Θεοχάρη|Theocharis/Theochari "
           "Καρβούνης/Καρβούνη|Karvounis/Karvouni Παπαστεργίου|Papastergiou"),
    "TR": ("Cengiz Ertuğrul Fikret Haluk Necmettin Rüştü Tayfun Selahattin",
           "Gülizar Hacer Nermin Perihan Şükran Türkan Fehime Müzeyyen",
           "Akgündüz Bayraktaroğlu Çakıroğlu Eskikaya Karakaş Demirbilek Sarıgül Taşdelen Yağcıoğlu Zorlutuna Ünsal Kızılkaya"),
    "IL": ("אביגדור|Avigdor אלקנה|Elkana נתנאל|Netanel צפניה|Tsfanya צוריאל|Tsuriel עזריאל|Azriel אלישע|Elisha בועז|Boaz",
           "אביטל|Avital הדסה|Hadassa יוכבד|Yocheved גיטל|Gitel רוחמה|Ruchama שולמית|Shulamit אסנת|Osnat נעמה|Naama",
           "ברקוביץ|Berkovitz גולדפרב|Goldfarb הורוביץ|Horovitz זילברמן|Zilberman חזן|Hazan טננבאום|Tenenbaum "
           "קלצקין|Klatzkin נחמיאס|Nahmias שטרנפלד|Sternfeld פרלמן|Perlman קורנבלום|Kornblum רוזנצווייג|Rosenzweig"),
    "AE": ("حمدان|Hamdan جاسم|Jassim ذياب|Theyab هزاع|Hazza ماجد|Majid عبيد|Obaid غانم|Ghanem بطي|Butti",
           "ميثاء|Maitha عفراء|Afra موزة|Moza اليازية|Alyazia مهرة|Mahra شمسة|Shamsa ميرة|Meera ظبية|Thabya",
           "الكتبي|Alketbi المزروعي|Almazrouei الظاهري|Aldhaheri الشامسي|Alshamsi الرميثي|Alremeithi المهيري|Almheiri "
           "الفلاسي|Alfalasi الحمادي|Alhammadi السويدي|Alsuwaidi الغفلي|Alghafli البلوشي|Albalushi المنصوري|Almansoori"),
    "IN": ("प्रद्युम्न|Pradyumna ऋतुराज|Rituraj शशांक|Shashank योगेश्वर|Yogeshwar भुवनेश|Bhuvnesh धनंजय|Dhananjay अभिमन्यु|Abhimanyu विश्वजीत|Vishwajeet",
           "सुहासिनी|Suhasini कादम्बरी|Kadambari मृणालिनी|Mrinalini वैदेही|Vaidehi शुभांगी|Shubhangi चारुलता|Charulata तेजस्विनी|Tejaswini गार्गी|Gargi",
           "अग्निहोत्री|Agnihotri चौरसिया|Chaurasia द्विवेदी|Dwivedi सेठिया|Sethia रुंगटा|Rungta ढींगरा|Dhingra "
           "राठौड़|Rathore कोठारी|Kothari गोयनका|Goenka उनियाल|Uniyal जायसवाल|Jaiswal थपलियाल|Thapliyal"),
    "TH": ("ธนกฤต|Thanakrit ภูริภัทร|Phuriphat ณัฐวุฒิ|Nattawut ศุภชัย|Suppachai วรเมธ|Woramet กิตติพัฒน์|Kittipat ปิยะพงษ์|Piyapong ชยพล|Chayapol",
           "ชนิดา|Chanida พิมพ์ลดา|Pimlada ศศิธร|Sasithorn อรอุมา|Onuma กมลชนก|Kamonchanok ณิชาภัทร|Nichapat วิลาวัณย์|Wilawan ปาริฉัตร|Parichat",
           "ศรีสุวรรณ|Srisuwan วงศ์ไพบูลย์|Wongpaiboon ทองประเสริฐ|Thongprasert รัตนวงศ์|Rattanawong แสงอรุณ|Saengarun "
           "พงษ์พานิช|Pongpanich สุขเกษม|Sukkasem อินทรประเสริฐ|Intaraprasert ปัญญาดี|Panyadee เจริญสุข|Charoensuk "
           "ธรรมรักษ์|Thammarak ลิ้มเจริญ|Limcharoen"),
    "CN": ("浩宇|Haoyu 子墨|Zimo 俊熙|Junxi 泽楷|Zekai 嘉树|Jiashu 明轩|Mingxuan 景行|Jingxing 一鸣|Yiming",
           "雨桐|Yutong 梓萱|Zixuan 诗涵|Shihan 听澜|Tinglan 婧琪|Jingqi 晓彤|Xiaotong 心怡|Xinyi 梦琪|Mengqi",
           "祁|Qi 郜|Gao 覃|Qin 韦|Wei 鲍|Bao 柏|Bai 聂|Nie 卢|Lu 甄|Zhen 邵|Shao 冼|Xian 濮|Pu"),
    "JP": ("颯太|Sota 悠真|Yuma 陽翔|Haruto 蓮司|Renji 琉生|Ryusei 晴臣|Haruomi 快斗|Kaito 隼人|Hayato",
           "凛花|Rinka 依茉|Ema 天音|Amane 日葵|Himari 瑠璃|Ruri 乃々花|Nonoka 千穂|Chiho 柚月|Yuzuki",
           "榊原|Sakakibara 宇佐美|Usami 野々村|Nonomura 瀬戸口|Setoguchi 柳沢|Yanagisawa 堀之内|Horinouchi "
           "五十嵐|Igarashi 東海林|Shoji 相馬|Soma 小野寺|Onodera 皆川|Minagawa 真鍋|Manabe"),
    "KR": ("도윤|Doyoon 시우|Siwoo 하준|Hajun 은우|Eunwoo 지호|Jiho 건우|Gunwoo 우진|Woojin 로운|Rowoon",
           "서아|Seoa 아린|Arin 채원|Chaewon 지안|Jian 해솔|Haesol 다온|Daon 나래|Narae 예린|Yerin",
           "변|Byun 탁|Tahk 곽|Gwak 엄|Uhm 육|Yuk 채|Chae 염|Yeum 표|Pyoh 팽|Paeng 남|Nahm 옥|Ohk 목|Mok"),
    "VN": ("Lân Vịnh Khuông Đĩnh Hoàn Giới Lượng Hoạt",
           "Luyến Như Hòe Lựu Khuyên Ngoan Lanh Bông",
           "Bì Lạng Cổ Chử Biện Dư Ngũ Đậu Bàng Khưu Lôi Nhữ"),
}
ORDER_FAMILY_FIRST = {"CN", "JP", "KR", "VN"}
NO_SPACE = {"CN", "KR"}
NONLATIN = {"RU", "GR", "IL", "AE", "IN", "TH", "CN", "JP", "KR"}


def _split(entry):
    if "|" in entry:
        nat, rom = entry.split("|")
    else:
        nat, rom = entry, None
    return nat.replace("_", " "), (rom.replace("_", " ") if rom else None)


class Person:
    """One person of a locale: given, family (female form applied), roman
    forms, sex."""
    __slots__ = ("loc", "given", "family", "rgiven", "rfamily", "female", "words")

    def __init__(self, loc, given, family, rgiven, rfamily, female):
        self.loc, self.given, self.family = loc, given, family
        self.rgiven, self.rfamily, self.female = rgiven, rfamily, female
        self.words = set(name_words(given) + name_words(family) + name_words(rgiven) + name_words(rfamily))

    @property
    def full(self):
        if self.loc in NO_SPACE:
            return self.family + self.given
        if self.loc in ORDER_FAMILY_FIRST:
            return self.family + " " + self.given
        return self.given + " " + self.family

    @property
    def roman(self):
        return self.rgiven + " " + self.rfamily

    @property
    def call(self):
        """How a chat or a greeting names this person."""
        if self.loc == "JP":
            return self.family
        if self.loc in ("KR", "CN"):
            return self.full
        if self.loc == "VN":
            return self.given.split()[-1]
        return self.given

    def local(self, R):
        g = ascii_fold(self.rgiven).lower().replace(" ", "")
        f = ascii_fold(self.rfamily).lower().replace(" ", "").replace("'", "")
        return R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s" % (f, g), "%s.%s%d" % (g, f, R.randint(1, 99))])


def ascii_fold(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_words(s):
    return [w for w in re.split(r"[\s\-']+", s or "") if w]


def _fam(entry, female):
    nat, rom = _split(entry)
    if "/" in nat:
        nat = nat.split("/")[1 if female else 0]
    if rom and "/" in rom:
        rom = rom.split("/")[1 if female else 0]
    return nat, rom


def make_person(R, loc, female=None, avoid=None, family_of=None):
    """A person of loc whose words are not in `avoid`; family_of: share the
    family name of another Person (not used across labels, see rules)."""
    gm, gf, fam = NAMES[loc]
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g = R.choice((gf if fem else gm).split())
        f = R.choice(fam.split())
        f2 = None
        gn, gr = _split(g)
        fn, fr = _fam(f, fem)
        if loc == "VN":
            mid = R.choice(["", "Thị " if fem else "Văn "]) if R.random() < 0.5 else ""
            gn = mid + gn
            gr = ascii_fold(gn)
            fr = ascii_fold(fn)
        elif loc == "ES":
            f2 = R.choice(fam.split())
            if f2 == f:
                continue
            fn = fn + " " + f2
            gr, fr = ascii_fold(gn), ascii_fold(fn)
        elif loc == "PT" and R.random() < 0.5:
            f2 = R.choice(fam.split())
            if f2 == f:
                continue
            fn = f2 + " " + fn
            gr, fr = ascii_fold(gn), ascii_fold(fn)
        else:
            gr = gr or ascii_fold(gn)
            fr = fr or ascii_fold(fn)
        p = Person(loc, gn, fn, gr, fr, fem)
        if avoid is not None:
            forms = set(p.words)
            for e in {f, f2 if loc in ("ES", "PT") and f2 else f}:
                for part in e.replace("|", "/").split("/"):
                    forms.update(name_words(part.replace("_", " ")))
            if forms & avoid:
                continue
            avoid |= forms
        return p
    raise AssertionError("no person for " + loc)


def all_name_words():
    """Every word of the name lists: native, female and roman forms (roman
    forms only where the native script is not Latin); Văn/Thị and the
    particle `van` exempt."""
    out = set()
    for loc, (gm, gf, fam) in NAMES.items():
        for e in (gm + " " + gf + " " + fam).split():
            nat, rom = _split(e)
            for part in nat.split("/"):
                out.update(name_words(part))
            if rom and loc in NONLATIN:
                for part in rom.split("/"):
                    out.update(name_words(part))
    out -= {"van", "Văn", "Thị"}
    return out


# ====================================================================== phones
# Mobile ranges written for this part (GR, TR, IL, AE, TH, KR, VN); the
# others come from corpuslib's PLANS. Each country: its calling code and
# its national and international layouts.
def _mob_nsn(R, cc):
    if cc == "GR":
        return "69" + R.choice("0345789") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "31", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "47", "05", "06", "07", "52", "53", "54"]) + digits(R, 7)
    if cc == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if cc == "AE":
        return "5" + R.choice("02468") + nz(R, 7)
    if cc == "TH":
        return R.choice("89") + R.choice("1256789") + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("2345678") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "86", "88"]) + digits(R, 7)
    kind = {"US": "fixed_or_mobile", "DE": R.choice(["mobile", "mobile7"]), "ES": "mobile"}.get(cc, "mobile")
    return PLANS[cc][2][kind](R)


CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "PT": "351",
      "PL": "48", "RU": "7", "GR": "30", "TR": "90", "IL": "972", "AE": "971", "IN": "91", "TH": "66",
      "CN": "86", "JP": "81", "KR": "82", "VN": "84"}


def _fmt_nat(R, cc, n):
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return R.choice(["0%s %s", "0%s%s"]) % (n[:4], n[4:])
    if cc == "DE":
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if cc == "FR":
        return "0" + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if cc == "ES":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    if cc == "IT":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s %s" % (n[:3], n[3:])])
    if cc == "NL":
        return R.choice(["0%s-%s" % (n[0], n[1:]), "0%s %s %s" % (n[0], n[1:5], n[5:])])
    if cc in ("PT", "PL"):
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s", "8 %s %s-%s-%s", "8-%s-%s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    if cc == "TR":
        return R.choice(["0 (%s) %s %s %s", "0%s %s %s %s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return R.choice(["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s-%s" % (n[:2], n[2:])])
    if cc == "AE":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "IN":
        return R.choice(["%s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:]), n])
    if cc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:]), n])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s.%s.%s" % (n[:2], n[2:5], n[5:]), "0%s %s" % (n[:4], n[4:])])
    raise KeyError(cc)


def _fmt_intl(R, cc, n):
    c = "+" + CC[cc]
    if cc == "US":
        return R.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s (%s) %s-%s"]) % (c, n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "%s %s %s" % (c, n[:4], n[4:])
    if cc == "DE":
        return R.choice(["%s %s %s" % (c, n[:3], n[3:]), "%s (0) %s %s" % (c, n[:3], n[3:])])
    if cc == "FR":
        return c + " " + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if cc in ("ES", "PT", "PL", "IT"):
        return "%s %s %s %s" % (c, n[:3], n[3:6], n[6:])
    if cc == "NL":
        return "%s %s %s" % (c, n[0], n[1:])
    if cc == "RU":
        return "%s %s %s-%s-%s" % (c, n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return "%s %s %s %s" % (c, n[:3], n[3:6], n[6:])
    if cc == "TR":
        return "%s %s %s %s %s" % (c, n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return "%s %s-%s-%s" % (c, n[:2], n[2:5], n[5:])
    if cc == "AE":
        return "%s %s %s %s" % (c, n[:2], n[2:5], n[5:])
    if cc == "IN":
        return "%s %s %s" % (c, n[:5], n[5:])
    if cc == "TH":
        return "%s %s %s %s" % (c, n[:2], n[2:5], n[5:])
    if cc == "CN":
        return "%s %s %s %s" % (c, n[:3], n[3:7], n[7:])
    if cc in ("JP", "KR"):
        return "%s %s-%s-%s" % (c, n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "%s %s %s %s" % (c, n[:2], n[2:5], n[5:])
    raise KeyError(cc)


def phone(R, cc, intl=None, region=None):
    """A mobile of cc, national or +CC; region: the country the text is read
    in (a number from abroad is always +CC)."""
    region = region or cc
    n = _mob_nsn(R, cc)
    if intl is None:
        intl = R.random() < 0.35
    if region != cc:
        intl = True
    v = _fmt_intl(R, cc, n) if intl else _fmt_nat(R, cc, n)
    meta = {"sub": "mobile", "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", v, **meta)


def phone_items(recs):
    out = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                out.append((sp["value"], sp["region"], sp.get("plan", "")))
    return out


# ====================================================================== places
# Streets and towns per locale (hand-written; streets named after trades,
# plants and things, never after a person) and the one-line postal layout.
def _pick(R, s):
    return R.choice(s.split(";"))


def address(R, cc):
    n = R.randint(2, 180)
    if cc == "US":
        st = _pick(R, "Quail Run Dr;Sorghum Mill Rd;Pecan Grove Ct;Cottonseed Ln;Bluejoint Ridge Rd;Bramblewood Ter;Sawmill Creek Rd;Persnickety Hollow Ln")
        t, s, z = R.choice([("Chillicothe", "OH", "45601"), ("Nacogdoches", "TX", "75961"), ("Paducah", "KY", "42001"),
                            ("Hattiesburg", "MS", "39401"), ("Kalispell", "MT", "59901"), ("Owatonna", "MN", "55060")])
        unit = R.choice(["", ", Apt %d%s" % (R.randint(1, 9), R.choice("ABCD")), ", Unit %d" % R.randint(2, 40)])
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9899), st, unit, t, s, z)
    if cc == "GB":
        st = _pick(R, "Gorsey Bank;Flaxpool Row;Hurdlemaker Lane;Malthouse Yard;Osier Bed Road;Coopers Fold;Harnessmaker Walk")
        t, pc = R.choice([("Ulverston", "LA12"), ("Bridport", "DT6"), ("Ludlow", "SY8"), ("Hexham", "NE46"), ("Thirsk", "YO7"), ("Oakham", "LE15")])
        flat = R.choice(["", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s %d%s" % (flat, n, st, t, pc, R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    if cc == "DE":
        st = _pick(R, "Kesselflickerweg;Am Flachsrötteich;Seilerbahn;Glockengießergasse;Zunderweg;Beim Lohgerber;Hopfengarten")
        t, z = R.choice([("Meppen", "49716"), ("Zwiesel", "94227"), ("Eschwege", "37269"), ("Husum", "25813"), ("Wunsiedel", "95632"), ("Bad Mergentheim", "97980")])
        return "%s %d%s, %s %s" % (st, n, R.choice(["", "a", "b"]), z, t)
    if cc == "FR":
        st = _pick(R, "rue des Vanniers;impasse du Pressoir;allée des Cordiers;chemin de la Tuilerie;rue du Four à Chaux;passage des Sabotiers")
        t, z = R.choice([("Montbrison", "42600"), ("Paimpol", "22500"), ("Figeac", "46100"), ("Bressuire", "79300"), ("Lodève", "34700"), ("Saint-Flour", "15100")])
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis", " ter"]), st, z, t)
    if cc == "ES":
        st = _pick(R, "Calle del Alfarero;Avenida de los Tejares;Travesía del Molino de Papel;Calle de la Cordelería;Plaza del Esparto;Calle de los Curtidores")
        t, z, p = R.choice([("Villena", "03400", "Alicante"), ("Requena", "46340", "Valencia"), ("Úbeda", "23400", "Jaén"),
                            ("Alcoy", "03801", "Alicante"), ("Tudela", "31500", "Navarra"), ("Plasencia", "10600", "Cáceres")])
        return "%s %d, %d.º %s, %s %s (%s)" % (st, n, R.randint(1, 8), R.choice("ABCD"), z, t, p)
    if cc == "IT":
        st = _pick(R, "Via dei Cestai;Vicolo del Torchio;Via dei Battiloro;Via dei Bottai;Via della Fornace Vecchia;Via dei Canapai")
        t, z, p = R.choice([("Bassano del Grappa", "36061", "VI"), ("Fabriano", "60044", "AN"), ("Sulmona", "67039", "AQ"),
                            ("Caltagirone", "95041", "CT"), ("Chiavari", "16043", "GE"), ("Rovereto", "38068", "TN")])
        return "%s %d, %s %s (%s)" % (st, n, z, t, p)
    if cc == "NL":
        st = _pick(R, "Lijnbaanpad;Touwslagerij;Zeilmakerserf;Korenbloemhof;Turfschipkade;Mandenmakerstraat")
        t, z = R.choice([("Zutphen", "7201"), ("Culemborg", "4101"), ("Dokkum", "9101"), ("Harlingen", "8861"), ("Goes", "4461"), ("Weert", "6001")])
        return "%s %d%s, %s %s %s" % (st, n, R.choice(["", "-A", " bis"]), z, "".join(R.choice("BCDEGHJKLMNPRTVWXZ") for _ in range(2)), t)
    if cc == "PT":
        st = _pick(R, "Rua dos Tanoeiros;Travessa das Salinas;Rua do Lagar Velho;Rua dos Cesteiros;Largo da Cordoaria;Rua das Olarias")
        t, z = R.choice([("Ourém", "2490"), ("Chaves", "5400"), ("Tavira", "8800"), ("Elvas", "7350"), ("Lamego", "5100"), ("Peniche", "2520")])
        return "%s, %d%s, %s-%03d %s" % (st, n, R.choice(["", ", %d.º Esq." % R.randint(1, 6), ", %d.º Dto." % R.randint(1, 6)]), z, R.randint(1, 999), t)
    if cc == "PL":
        st = _pick(R, "Bednarska;Garncarska;Kołodziejska;Powroźnicza;Smolarska;Rymarska")
        t, z = R.choice([("Sandomierz", "27-600"), ("Łowicz", "99-400"), ("Zamość", "22-400"), ("Przemyśl", "37-700"), ("Ełk", "19-300"), ("Kłodzko", "57-300")])
        return "ul. %s %d%s, %s %s" % (st, n, R.choice(["", " m. %d" % R.randint(1, 40), "/%d" % R.randint(1, 40)]), z, t)
    if cc == "RU":
        st = _pick(R, "ул. Гончарная;пер. Бондарный;ул. Смоляная;ул. Кожевенная;пр-д Рогожный;ул. Ткацкая")
        t, z = R.choice([("Кострома", "1560"), ("Вологда", "1600"), ("Псков", "1800"), ("Тамбов", "3920"), ("Калуга", "2480"), ("Ижевск", "4260")])
        return "%s, д. %d, кв. %d, г. %s, %s%02d" % (st, n, R.randint(1, 240), t, z, R.randint(0, 99))
    if cc == "GR":
        st = _pick(R, "Σχοινοποιών;Αγγειοπλαστών;Καλαθάδων;Μυλοπετρών;Βαρελάδων;Ψαθοποιών")
        t, z = R.choice([("Λάρισα", "412"), ("Νάουσα", "592"), ("Καρπενήσι", "361"), ("Ξάνθη", "671"), ("Χαλκίδα", "341"), ("Έδεσσα", "582")])
        return "%s %d, ΤΚ %s %02d, %s" % (st, n, z, R.randint(10, 99), t)
    if cc == "TR":
        mah = _pick(R, "Çömlekçi;Değirmenbaşı;Bağlarbaşı;Kiremithane;Tabakhane")
        st = _pick(R, "Kalaycı;Semerci;Urgancı;Bakırcı;Hasırcı")
        t, p, z = R.choice([("Turgutlu", "Manisa", "45"), ("Akhisar", "Manisa", "45"), ("Salihli", "Manisa", "45"),
                            ("Ceyhan", "Adana", "01"), ("Kozan", "Adana", "01"), ("Ortaköy", "Aksaray", "68")])
        return "%s Mah. %s Sok. No: %d D: %d, %s%03d %s/%s" % (mah, st, n, R.randint(1, 20), z, R.randint(0, 999), t, p)
    if cc == "IL":
        st = _pick(R, "הקדרים;הבורסקאים;הנפחים;הזגגים;הכורמים;החבתנים")
        t = _pick(R, "רחובות;נהריה;כרמיאל;רמלה;קריית גת;יקנעם")
        return "רחוב %s %d, דירה %d, %s %s" % (st, n, R.randint(1, 30), t, nz(R, 7))
    if cc == "AE":
        bld = _pick(R, "بناية الغاف;بناية السدر;بناية القرم;بناية الياسمينة البيضاء")
        st = _pick(R, "شارع السمر;شارع الخزامى;شارع الريحان;شارع الليمون")
        d, e = R.choice([("المزهر", "دبي"), ("الطوار", "دبي"), ("مويلح", "الشارقة"), ("الرحمانية", "الشارقة"), ("الجرف", "عجمان"), ("الظيت", "رأس الخيمة")])
        return "شقة %d، %s، %s، %s، %s" % (R.randint(101, 2405), bld, st, d, e)
    if cc == "IN":
        col = _pick(R, "बुनकर कॉलोनी;सुनार गली;चक्की मोहल्ला;रंगरेज़ बस्ती;पीतल नगर")
        t, s, z = R.choice([("बरेली", "उत्तर प्रदेश", "243001"), ("भीलवाड़ा", "राजस्थान", "311001"), ("हल्द्वानी", "उत्तराखंड", "263139"),
                            ("बिलासपुर", "छत्तीसगढ़", "495001"), ("मुजफ्फरपुर", "बिहार", "842001"), ("सोलापुर", "महाराष्ट्र", "413001")])
        return "मकान नं. %d, गली नं. %d, %s, %s, %s - %s" % (n, R.randint(1, 14), col, t, s, z)
    if cc == "TH":
        tam = _pick(R, "ท่าช้าง;บ้านใหม่;หนองบัว;ท่าทราย;วังตะกู")
        t, z = R.choice([("นครนายก", "26000"), ("อ่างทอง", "14000"), ("ชัยนาท", "17000"), ("ตราด", "23000"), ("ยโสธร", "35000"), ("พังงา", "82000")])
        return "%d/%d หมู่ %d ตำบล%s อำเภอเมือง%s จังหวัด%s %s" % (n, R.randint(1, 99), R.randint(1, 12), tam, t, t, z)
    if cc == "CN":
        st = _pick(R, "缫丝巷;竹器街;箍桶弄;铸铁路;织锦路")
        city, prov, dist = R.choice([("湖州市", "浙江省", "吴兴区"), ("泉州市", "福建省", "鲤城区"), ("襄阳市", "湖北省", "樊城区"),
                                     ("宜宾市", "四川省", "翠屏区"), ("淄博市", "山东省", "张店区"), ("赣州市", "江西省", "章贡区")])
        return "%s%s%s%s%d号%d幢%d室" % (prov, city, dist, st, n, R.randint(1, 12), R.randint(1, 28) * 100 + R.randint(1, 6))
    if cc == "JP":
        pref, city, cho, z = R.choice([("島根県", "益田市", "桶屋町", "698"), ("岐阜県", "高山市", "紺屋町", "506"), ("鳥取県", "米子市", "鍛冶町", "683"),
                                       ("愛媛県", "今治市", "畳屋町", "794"), ("秋田県", "横手市", "鷹匠町", "013"), ("高知県", "四万十市", "塩屋町", "787")])
        return "〒%s-%04d %s%s%s%d丁目%d-%d%s" % (z, R.randint(1, 9999), pref, city, cho, R.randint(1, 4), R.randint(1, 30), R.randint(1, 20),
                                               R.choice(["", " コーポ若葉%d" % (R.randint(1, 3) * 100 + R.randint(1, 8)), " メゾン花水木%d" % (R.randint(1, 5) * 100 + R.randint(1, 9))]))
    if cc == "KR":
        do, si = R.choice([("경상북도", "안동시"), ("전라남도", "순천시"), ("강원특별자치도", "춘천시"), ("충청남도", "공주시"), ("경상남도", "통영시"), ("전북특별자치도", "전주시 완산구")])
        rd = _pick(R, "옹기장길;대장간로;베틀길;놋그릇로;도자기길")
        return "%s %s %s %d, %d동 %d호" % (do, si, rd, n, R.randint(101, 112), R.randint(1, 25) * 100 + R.randint(1, 6))
    if cc == "VN":
        st = _pick(R, "đường Làng Nghề;đường Bãi Sậy;đường Rặng Dừa;đường Vườn Điều;đường Xóm Chài")
        ph, t, p = R.choice([("phường 3", "Kon Tum", "Kon Tum"), ("phường 7", "Lào Cai", "Lào Cai"), ("phường 2", "Cà Mau", "Cà Mau"),
                             ("phường 8", "Cà Mau", "Cà Mau"), ("phường 4", "Kon Tum", "Kon Tum")])
        return "Số %d %s, %s, thành phố %s, tỉnh %s" % (n, st, ph, t, p)
    raise KeyError(cc)


# The advisory firm of each locale (fictional, named after harbours,
# bridges, beacons and crossings): name, domain, address, switchboard.
FIRMS = {
    "US": ("Crossway Immigration Counsel LLP", "crosswayimmigration.com", "1180 Lighter Row, Suite 400, Norfolk, VA 23510", "(757) 555-0162"),
    "GB": ("Beaconsfold Immigration Advisers", "beaconsfold.co.uk", "Unit 4, Ropery Court, Hull HU1 2AB", "01632 960 284"),
    "DE": ("Kompass Relocation & Visa GmbH", "kompass-relocation.de", "Ratsdelft 9, 26721 Emden", "04921 6945 227"),
    "FR": ("Passerelle Mobilité Internationale", "passerelle-mobilite.fr", "14 quai des Gabarres, 33000 Bordeaux", "05 56 48 21 90"),
    "ES": ("Puente de la Sirga Extranjería", "puentesirga-extranjeria.es", "Paseo del Muelle 21, 33402 Avilés", "985 52 14 67"),
    "IT": ("Approdo Immigrazione & Relocation Srl", "approdo-relocation.it", "Via del Lazzaretto 12, 34123 Trieste", "040 763 2215"),
    "NL": ("Loodsboot Relocation B.V.", "loodsboot.nl", "Veerkade 8, 4381 LN Vlissingen", "0118 241 883"),
    "PT": ("Cais Novo Imigração e Relocalização", "caisnovo.pt", "Rua da Alfândega Velha 40, 4050-024 Porto", "222 015 347"),
    "PL": ("Przeprawa Legalizacja Pobytu sp. z o.o.", "przeprawa-legalizacja.pl", "ul. Portowa 11, 78-100 Kołobrzeg", "94 341 27 90"),
    "RU": ("Миграционный центр «Паромная переправа»", "paromnaya-migr.ru", "наб. Обводного канала, д. 118, Санкт-Петербург, 190020", "+7 812 407-33-19"),
    "GR": ("Γραφείο Μετεγκατάστασης «Φάρος»", "faros-relocation.gr", "Ακτή Ποσειδώνος 31, ΤΚ 185 31, Πειραιάς", "210 411 7286"),
    "TR": ("Rıhtım Göç ve Vize Danışmanlığı", "rihtimgoc.com.tr", "Kemeraltı Cad. No: 44 Kat: 3, 33010 Akdeniz/Mersin", "0324 243 65 18"),
    "IL": ("מגדלור ייעוץ הגירה ורילוקיישן", "migdalor-reloc.co.il", "דרך העצמאות 52, חיפה 3303307", "04-8512760"),
    "AE": ("مرفأ لخدمات التأشيرات والإقامة", "marfa-visas.ae", "مكتب 1704، برج الخور، شارع بني ياس، ديرة، دبي", "04 229 4417"),
    "IN": ("सेतु वीज़ा एंड इमिग्रेशन कंसल्टेंट्स", "setu-visas.in", "ऑफिस 6, दूसरी मंज़िल, माल रोड, लुधियाना, पंजाब - 141001", "0161 274 3390"),
    "TH": ("บริษัท ประภาคาร วีซ่า แอนด์ รีโลเคชั่น จำกัด", "prapakarn-visa.co.th", "อาคารท่าเรือ ชั้น 9 แขวงบางรัก เขตบางรัก กรุงเทพมหานคร 10500", "02 234 7718"),
    "CN": ("渡口出入境咨询服务有限公司", "dukou-visa.cn", "上海市黄浦区中山东一路18号7楼", "021 6321 4470"),
    "JP": ("みなと在留手続サポート行政書士法人", "minato-zairyu.jp", "〒231-0002 神奈川県横浜市中区海岸通3丁目9", "045-212-3384"),
    "KR": ("나루 출입국행정사사무소", "naru-visa.kr", "인천광역시 중구 제물량로 218, 5층", "032-764-2280"),
    "VN": ("Công ty Tư vấn Di trú Bến Phà", "benpha-ditru.vn", "Tầng 7, số 41 đường Tôn Đức Thắng, phường Sài Gòn, TP. Hồ Chí Minh", "028 3822 6714"),
}

# Visa-application centres and consulates as look-alikes (real operators'
# and states' names; the centre's address here is written for this part).
VACS = {
    "US": "the Consulate General of Japan in Houston", "GB": "TLScontact Visa Application Centre, London",
    "DE": "VFS Global Visa Application Centre Düsseldorf", "FR": "le centre VFS Global de Lyon",
    "ES": "el centro BLS International de Barcelona", "IT": "il centro VFS Global di Milano",
    "NL": "het VFS Global-aanvraagcentrum in Den Haag", "PT": "o centro VFS Global de Lisboa",
    "PL": "Centrum Wizowe VFS Global w Warszawie", "RU": "визовый центр VFS Global в Москве",
    "GR": "το κέντρο θεωρήσεων VFS Global στην Αθήνα", "TR": "İstanbul iDATA vize başvuru merkezi",
    "IL": "מרכז הוויזות של VFS Global בתל אביב", "AE": "مركز VFS Global لطلبات التأشيرات في دبي",
    "IN": "वीएफएस ग्लोबल वीज़ा आवेदन केंद्र, नई दिल्ली", "TH": "ศูนย์ยื่นวีซ่า VFS Global กรุงเทพฯ",
    "CN": "北京VFS Global签证申请中心", "JP": "東京のVFS Global ビザ申請センター",
    "KR": "서울 VFS Global 비자신청센터", "VN": "Trung tâm tiếp nhận hồ sơ thị thực VFS Global Hà Nội",
}


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
}
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "PT": "pt", "PL": "pl",
        "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "AE": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}
LOCS = list(LANG)


def dob_draw(R, lo=1958, hi=2001):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_text(R, cc, y, m, d, kind=None):
    """A date of birth as the country writes it: numeric or with the month
    name (kind 'num' / 'name'; None draws one)."""
    if kind is None:
        kind = R.choice(["num", "num", "name"])
    lg = LANG[cc]
    if kind == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if kind == "num":
        if cc == "US":
            return "%02d/%02d/%04d" % (m, d, y)
        if cc in ("DE", "PL", "RU", "TR", "IL"):
            return "%02d.%02d.%04d" % (d, m, y)
        if cc == "GR":
            return "%d/%d/%04d" % (d, m, y)
        if cc in ("NL", "IN"):
            return "%02d-%02d-%04d" % (d, m, y)
        if cc == "TH":
            return "%02d/%02d/%04d" % (d, m, y + 543)
        if cc in ("CN", "JP"):
            return R.choice(["%04d年%d月%d日" % (y, m, d), "%04d/%02d/%02d" % (y, m, d)])
        if cc == "KR":
            return "%04d. %d. %d." % (y, m, d)
        return "%02d/%02d/%04d" % (d, m, y)
    if cc == "US":
        return "%s %d, %04d" % (MONTHS["en"][m - 1], d, y)
    if cc == "GB":
        return "%d %s %04d" % (d, MONTHS["en"][m - 1], y)
    if cc == "DE":
        return "%d. %s %04d" % (d, MONTHS["de"][m - 1], y)
    if cc in ("ES", "PT"):
        return "%d de %s de %04d" % (d, MONTHS[lg][m - 1], y)
    if cc in ("FR", "IT", "NL"):
        return "%d %s %04d" % (d, MONTHS[lg][m - 1], y)
    if cc == "PL":
        return "%d %s %04d r." % (d, MONTHS_X["pl"][m - 1], y)
    if cc == "RU":
        return "%d %s %04d г." % (d, MONTHS_X["ru"][m - 1], y)
    if cc in ("GR", "TR", "AE", "IN"):
        return "%d %s %04d" % (d, MONTHS_X[lg][m - 1], y)
    if cc == "IL":
        return "%d ב%s %04d" % (d, MONTHS_X["he"][m - 1], y)
    if cc == "TH":
        return "%d %s %04d" % (d, MONTHS_X["th"][m - 1], y + 543)
    if cc in ("CN", "JP"):
        return "%04d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%04d년 %d월 %d일" % (y, m, d)
    if cc == "VN":
        return "ngày %d tháng %d năm %04d" % (d, m, y)
    raise KeyError(cc)


def date_plain(R, cc, y, m, d):
    """A non-birth date (appointment, decision, issue...) in the country's
    numeric layout: a look-alike."""
    return dob_text(R, cc, y, m, d, "num")


# ====================================================================== ids
CF_BELFIORE = ["H501", "F205", "L219", "G273", "A662", "D612", "F839", "C351"]
CF_ABROAD = {"DE": "Z112", "FR": "Z110", "ES": "Z131", "GB": "Z114", "US": "Z404", "NL": "Z126", "PT": "Z128",
             "PL": "Z127", "RU": "Z154", "GR": "Z115", "TR": "Z243", "IL": "Z226", "AE": "Z215", "IN": "Z222",
             "TH": "Z241", "CN": "Z210", "JP": "Z219", "KR": "Z213", "VN": "Z251"}
CN_AREA = ["330502", "350502", "420606", "511502", "370303", "360702"]


def home_id(R, cc, p, y, m, d):
    """The national id a country's own forms ask for: (value, sub)."""
    f = p.female
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if cc == "GB":
        pr, num, suf = nino_random(R)
        return R.choice(["%s %s %s %s %s" % (pr, num[:2], num[2:4], num[4:], suf), pr + num + suf]), "gb_nino"
    if cc == "DE":
        return (steuerid_random(R), "de_steuerid") if R.random() < 0.5 else (de_card_make(R), "de_id_card")
    if cc == "FR":
        body, key = nir_random(R, "2" if f else "1", y % 100, m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if cc == "ES":
        n, l = dni_random(R)
        return R.choice([n + l, n + "-" + l]), "es_dni"
    if cc == "IT":
        return cf_make(ascii_fold(p.family.split()[-1]), ascii_fold(p.given), y % 100, m, d, f, R.choice(CF_BELFIORE)), "it_cf"
    if cc == "NL":
        return bsn_random(R), "nl_bsn"
    if cc == "PT":
        return nif_pt_make(R), "pt_nif"
    if cc == "PL":
        return pesel_make(R, y, m, d, f), "pl_pesel"
    if cc == "RU":
        return "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(1, 999999)), "ru_passport"
    if cc == "GR":
        return amka_make(R, y, m, d), "gr_amka"
    if cc == "TR":
        return tckn_make(R), "tr_tckn"
    if cc == "IL":
        return tz_make(R), "il_tz"
    if cc == "AE":
        e = eid_make(R, y)
        return "%s-%s-%s-%s" % (e[:3], e[3:7], e[7:14], e[14]), "ae_eid"
    if cc == "IN":
        if R.random() < 0.7:
            a = aadhaar_random(R)
            return R.choice(["%s %s %s" % (a[:4], a[4:8], a[8:]), a]), "in_aadhaar"
        return pan_random(R, "P", p.rfamily), "in_pan"
    if cc == "TH":
        t = thid_make(R)
        return "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), "th_id"
    if cc == "CN":
        return cnid_make(R, R.choice(CN_AREA), y, m, d, f), "cn_rid"
    if cc == "JP":
        mn = mynum_make(R)
        return R.choice([mn, "%s %s %s" % (mn[:4], mn[4:8], mn[8:])]), "jp_mynumber"
    if cc == "KR":
        return rrn_make(R, y, m, d, f), "kr_rrn"
    if cc == "VN":
        return cccd_make(R, R.choice([1, 31, 48, 66, 79, 86, 94]), y, f), "vn_cccd"
    raise KeyError(cc)


def host_ids(R, host, p, home, y, m, d):
    """The ids a foreign resident of `host` holds there: list of (value, sub,
    field key)."""
    f = p.female
    if host == "US":
        a, g, s = ssn_random(R)
        return [(a_number_make(R), "us_a_number", "anum"), ("%s-%s-%s" % (a, g, s), "us_ssn", "hid")]
    if host == "GB":
        pr, num, suf = nino_random(R)
        return [(pr + num + suf, "gb_nino", "hid")]
    if host == "DE":
        return [(de_card_make(R), "de_eat", "card"), (steuerid_random(R), "de_steuerid", "hid")]
    if host == "FR":
        return [(agdref_make(R), "fr_agdref", "anum")]
    if host == "ES":
        a, b, c = nie_random(R)
        return [(R.choice([a + b + c, "%s-%s-%s" % (a, b, c)]), "es_nie", "hid")]
    if host == "IT":
        return [(cf_make(ascii_fold(p.rfamily.split()[-1]), ascii_fold(p.rgiven.split()[0]), y % 100, m, d, f, CF_ABROAD[home]), "it_cf", "hid")]
    if host == "NL":
        return [(vnr_make(R), "nl_v_number", "anum"), (bsn_random(R), "nl_bsn", "hid")]
    if host == "PT":
        return [(nif_pt_make(R), "pt_nif", "hid")]
    if host == "PL":
        return [(pesel_make(R, y, m, d, f), "pl_pesel", "hid")]
    if host == "RU":
        return [(snils_make(R), "ru_snils", "hid")]
    if host == "GR":
        return [(amka_make(R, y, m, d), "gr_amka", "hid"), (afm_make(R), "gr_afm", "tax")]
    if host == "TR":
        return [(tckn_make(R, foreign=True), "tr_foreigner_id", "hid")]
    if host == "IL":
        return [(tz_make(R), "il_tz", "hid")]
    if host == "AE":
        e = eid_make(R, y)
        return [("%s-%s-%s-%s" % (e[:3], e[3:7], e[7:14], e[14]), "ae_eid", "hid")]
    if host == "IN":
        return [(pan_random(R, "P", p.rfamily), "in_pan", "hid")]
    if host == "TH":
        b = R.choice("67") + digits(R, 11)
        t = b + thid_check(b)
        return [("%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), "th_id", "hid")]
    if host == "CN":
        return []
    if host == "JP":
        return [(jp_rc_make(R), "jp_residence_card", "card"), (mynum_make(R), "jp_mynumber", "hid")]
    if host == "KR":
        return [(rrn_make(R, y, m, d, f, foreign=True), "kr_arc", "hid")]
    if host == "VN":
        return []
    raise KeyError(host)


def gov_ok(v, sub, country=None):
    """Re-verifies one gov_id label by its check or format."""
    c = re.sub(r"[\s\-]", "", v)
    if sub == "passport":
        return passport_ok(v, country)
    if sub == "us_ssn":
        p = v.split("-")
        return len(p) == 3 and ssn_valid(int(p[0]), int(p[1]), int(p[2]))
    if sub == "gb_nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", c) is not None and c[:2] not in NINO_BAD_PREFIX
    if sub == "de_steuerid":
        return steuerid_ok(c)
    if sub in ("de_id_card", "de_eat"):
        return de_card_ok(c)
    if sub == "fr_nir":
        return len(c) == 15 and nir_ok(c[:13], c[13:])
    if sub == "es_dni":
        return len(c) == 9 and c[:8].isdigit() and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "es_nie":
        return len(c) == 9 and nie_ok(c)
    if sub == "it_cf":
        return len(c) == 16 and cf_check(c[:15]) == c[15]
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "pt_nif":
        return nif_pt_ok(c)
    if sub == "pl_pesel":
        return pesel_ok(c)
    if sub == "ru_snils":
        return snils_ok(v)
    if sub == "gr_amka":
        return amka_ok(c)
    if sub == "gr_afm":
        return afm_ok(c)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "tr_foreigner_id":
        return tckn_ok(c) and c.startswith("99")
    if sub == "il_tz":
        return tz_ok(c)
    if sub == "ae_eid":
        return eid_ok(v)
    if sub == "in_aadhaar":
        return len(c) == 12 and c[0] not in "01" and verhoeff_ok(c)
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z][0-9]{4}[A-Z]", c) is not None
    if sub == "th_id":
        return thid_ok(c)
    if sub == "cn_rid":
        return cnid_ok(c)
    if sub == "jp_mynumber":
        return mynum_ok(c)
    if sub in ("kr_rrn", "kr_arc"):
        return rrn_ok(c) and (c[6] in "5678") == (sub == "kr_arc")
    if sub == "vn_cccd":
        return cccd_ok(c)
    if sub in GOV_RE:
        return re.fullmatch(GOV_RE[sub], v) is not None
    return False


def passport(R, cc):
    return L("gov_id", passport_make(R, cc), sub="passport", country=cc)


def gid(v, sub):
    return L("gov_id", v, sub=sub)


# ====================================================================== field labels
# Person fields of the English-skeleton systems, in the country's language:
# sur, giv, name, dob, pp, addr, tel, mail, rel (relationship), sp (spouse),
# ch (child), prev (previous address), holder (account holder), landlord,
# nat (nationality), plus the labels of the ids by sub.
_FL = {
    "en": "Surname;Given names;Full name;Date of birth;Passport no.;Home address;Mobile;E-mail;Relationship;Spouse;Child;Previous address;Account holder;Landlord;Nationality",
    "de": "Nachname;Vorname(n);Name, Vorname;Geburtsdatum;Reisepass-Nr.;Wohnanschrift;Mobil;E-Mail;Verwandtschaft;Ehepartner/in;Kind;Frühere Anschrift;Kontoinhaber/in;Vermieter/in;Staatsangehörigkeit",
    "fr": "Nom;Prénom(s);Nom et prénom;Date de naissance;N° de passeport;Adresse;Portable;Courriel;Lien de parenté;Conjoint(e);Enfant;Adresse précédente;Titulaire du compte;Bailleur;Nationalité",
    "es": "Apellidos;Nombre;Nombre y apellidos;Fecha de nacimiento;N.º de pasaporte;Domicilio;Móvil;Correo electrónico;Parentesco;Cónyuge;Hijo/a;Domicilio anterior;Titular de la cuenta;Arrendador/a;Nacionalidad",
    "it": "Cognome;Nome;Nome e cognome;Data di nascita;N. passaporto;Indirizzo di residenza;Cellulare;E-mail;Parentela;Coniuge;Figlio/a;Indirizzo precedente;Intestatario del conto;Locatore;Cittadinanza",
    "nl": "Achternaam;Voornamen;Naam;Geboortedatum;Paspoortnummer;Woonadres;Mobiel;E-mail;Relatie;Echtgenoot/partner;Kind;Vorig adres;Rekeninghouder;Verhuurder;Nationaliteit",
    "pt": "Apelido;Nome próprio;Nome completo;Data de nascimento;N.º do passaporte;Morada;Telemóvel;E-mail;Parentesco;Cônjuge;Filho/a;Morada anterior;Titular da conta;Senhorio;Nacionalidade",
    "pl": "Nazwisko;Imię (imiona);Imię i nazwisko;Data urodzenia;Nr paszportu;Adres zamieszkania;Tel. kom.;E-mail;Pokrewieństwo;Małżonek/małżonka;Dziecko;Poprzedni adres;Właściciel rachunku;Wynajmujący;Obywatelstwo",
    "ru": "Фамилия;Имя;ФИО;Дата рождения;Загранпаспорт №;Адрес проживания;Моб. тел.;Эл. почта;Степень родства;Супруг(а);Ребёнок;Прежний адрес;Владелец счёта;Арендодатель;Гражданство",
    "el": "Επώνυμο;Όνομα;Ονοματεπώνυμο;Ημερομηνία γέννησης;Αρ. διαβατηρίου;Διεύθυνση κατοικίας;Κινητό;Email;Σχέση;Σύζυγος;Τέκνο;Προηγούμενη διεύθυνση;Δικαιούχος λογαριασμού;Εκμισθωτής;Υπηκοότητα",
    "tr": "Soyadı;Adı;Adı Soyadı;Doğum tarihi;Pasaport No;İkamet adresi;Cep tel.;E-posta;Yakınlık;Eşi;Çocuğu;Önceki adres;Hesap sahibi;Ev sahibi;Uyruğu",
    "he": "שם משפחה;שם פרטי;שם מלא;תאריך לידה;מספר דרכון;כתובת מגורים;נייד;דוא\"ל;קרבה;בן/בת זוג;ילד/ה;כתובת קודמת;בעל/ת החשבון;המשכיר;אזרחות",
    "ar": "اسم العائلة;الاسم الأول;الاسم الكامل;تاريخ الميلاد;رقم جواز السفر;عنوان السكن;الهاتف المتحرك;البريد الإلكتروني;صلة القرابة;الزوج/الزوجة;الابن/الابنة;العنوان السابق;صاحب الحساب;المؤجر;الجنسية",
    "hi": "उपनाम;नाम;पूरा नाम;जन्म तिथि;पासपोर्ट संख्या;निवास का पता;मोबाइल;ईमेल;संबंध;पति/पत्नी;संतान;पिछला पता;खाताधारक;मकान मालिक;राष्ट्रीयता",
    "th": "นามสกุล;ชื่อ;ชื่อ-นามสกุล;วันเกิด;เลขที่หนังสือเดินทาง;ที่อยู่;มือถือ;อีเมล;ความสัมพันธ์;คู่สมรส;บุตร;ที่อยู่เดิม;เจ้าของบัญชี;ผู้ให้เช่า;สัญชาติ",
    "zh": "姓;名;姓名;出生日期;护照号码;现住址;手机;电子邮箱;关系;配偶;子女;曾住地址;账户持有人;房东;国籍",
    "ja": "姓;名;氏名;生年月日;旅券番号;現住所;携帯電話;メール;続柄;配偶者;子;旧住所;口座名義人;貸主;国籍",
    "ko": "성;이름;성명;생년월일;여권번호;주소;휴대전화;이메일;관계;배우자;자녀;이전 주소;예금주;임대인;국적",
    "vi": "Họ;Tên;Họ và tên;Ngày sinh;Số hộ chiếu;Địa chỉ thường trú;Di động;Email;Quan hệ;Vợ/chồng;Con;Địa chỉ cũ;Chủ tài khoản;Bên cho thuê;Quốc tịch",
}
_FK = "sur giv name dob pp addr tel mail rel sp ch prev holder landlord nat".split()
FL = {lg: dict(zip(_FK, v.split(";"))) for lg, v in _FL.items()}

# Id labels by sub, in the language of the form that asks for them.
IDL = {
    "us_ssn": {"en": "SSN"}, "us_a_number": {"en": "A-Number"},
    "gb_nino": {"en": "National Insurance no."},
    "de_steuerid": {"de": "Steuer-ID"}, "de_id_card": {"de": "Personalausweis-Nr."}, "de_eat": {"de": "eAT-Kartennummer"},
    "fr_nir": {"fr": "N° de sécurité sociale"}, "fr_agdref": {"fr": "N° étranger (AGDREF)"},
    "es_dni": {"es": "DNI"}, "es_nie": {"es": "NIE"}, "it_cf": {"it": "Codice fiscale"},
    "nl_bsn": {"nl": "BSN"}, "nl_v_number": {"nl": "V-nummer"}, "pt_nif": {"pt": "NIF"},
    "pl_pesel": {"pl": "PESEL"}, "ru_passport": {"ru": "Паспорт РФ (серия, номер)"}, "ru_snils": {"ru": "СНИЛС"},
    "gr_amka": {"el": "ΑΜΚΑ"}, "gr_afm": {"el": "ΑΦΜ"}, "tr_tckn": {"tr": "T.C. Kimlik No"},
    "tr_foreigner_id": {"tr": "Yabancı Kimlik No"}, "il_tz": {"he": "מספר תעודת זהות"},
    "ae_eid": {"ar": "رقم الهوية الإماراتية"}, "in_aadhaar": {"hi": "आधार संख्या"}, "in_pan": {"hi": "पैन"},
    "th_id": {"th": "เลขประจำตัวประชาชน"}, "cn_rid": {"zh": "身份证号"}, "jp_mynumber": {"ja": "個人番号"},
    "jp_residence_card": {"ja": "在留カード番号"}, "kr_rrn": {"ko": "주민등록번호"}, "kr_arc": {"ko": "외국인등록번호"},
    "vn_cccd": {"vi": "Số CCCD"},
}


def idl(sub, lg):
    d = IDL[sub]
    return d.get(lg) or next(iter(d.values()))


# ====================================================================== texts
# Requests (three per language, five in English), chat frames (c: client,
# a: adviser), sponsor letters, refusal letters with an appeal draft,
# notices, name-as-word sentences, places named after people, legislation.
REQ = {
    "en": ["Can you check this for anything missing before I file it?",
           "Summarise this for the case file in three bullet points.",
           "Help me write a polite reply to this client.",
           "Turn this into a tidy table I can paste into the case notes.",
           "What should I take out before I send this to the visa centre?"],
    "de": ["Kannst du prüfen, ob in dieser Akte noch etwas fehlt?",
           "Fass das bitte in drei Stichpunkten für die Fallakte zusammen.",
           "Hilf mir, dem Mandanten freundlich zu antworten."],
    "fr": ["Peux-tu vérifier s'il manque une pièce avant le dépôt ?",
           "Résume-moi ça en trois points pour le dossier.",
           "Aide-moi à répondre poliment à ce client."],
    "es": ["¿Puedes revisar si falta algo antes de presentarlo?",
           "Resúmelo en tres puntos para el expediente.",
           "Ayúdame a contestar con amabilidad a este cliente."],
    "it": ["Puoi controllare se manca qualcosa prima dell'invio?",
           "Riassumilo in tre punti per la pratica.",
           "Aiutami a rispondere in modo cortese a questo cliente."],
    "nl": ["Kun je nakijken of er nog iets ontbreekt voordat ik het indien?",
           "Vat dit samen in drie punten voor het dossier.",
           "Help me een vriendelijk antwoord aan deze klant te schrijven."],
    "pt": ["Consegues ver se falta alguma coisa antes de eu submeter?",
           "Resume isto em três pontos para o processo.",
           "Ajuda-me a responder com simpatia a este cliente."],
    "pl": ["Sprawdzisz, czy czegoś tu nie brakuje, zanim złożę wniosek?",
           "Streść to w trzech punktach do akt sprawy.",
           "Pomóż mi grzecznie odpisać temu klientowi."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я подам документы.",
           "Сделай краткое резюме в трёх пунктах для дела.",
           "Помоги вежливо ответить клиенту."],
    "el": ["Μπορείς να ελέγξεις αν λείπει κάτι πριν την υποβολή;",
           "Κάνε μου μια σύνοψη σε τρία σημεία για τον φάκελο.",
           "Βοήθησέ με να απαντήσω ευγενικά στον πελάτη."],
    "tr": ["Başvuruyu göndermeden önce eksik bir şey var mı kontrol eder misin?",
           "Bunu dosya için üç maddede özetle.",
           "Bu müşteriye kibar bir yanıt yazmama yardım et."],
    "he": ["תוכל לבדוק אם חסר משהו לפני שאני מגיש?",
           "תסכם לי את זה בשלוש נקודות לתיק.",
           "תעזור לי לנסח תשובה מנומסת ללקוח."],
    "ar": ["ممكن تراجع إذا كان ينقص شيء قبل ما أقدّم الطلب؟",
           "لخّص هذا في ثلاث نقاط لملف القضية.",
           "ساعدني أكتب رداً مهذباً على هذا العميل."],
    "hi": ["जमा करने से पहले देख लो कि कुछ छूट तो नहीं रहा।",
           "केस फ़ाइल के लिए इसे तीन बिंदुओं में सारांशित करो।",
           "इस क्लाइंट को विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจหน่อยว่ามีอะไรขาดไหมก่อนยื่นเรื่อง",
           "สรุปเรื่องนี้เป็นสามข้อสำหรับแฟ้มเคส",
           "ช่วยร่างคำตอบสุภาพถึงลูกค้ารายนี้หน่อย"],
    "zh": ["提交之前帮我看看还缺什么材料？",
           "帮我把这个整理成三条要点放进案卷。",
           "帮我给这位客户写一个礼貌的回复。"],
    "ja": ["申請前に漏れがないか確認してもらえますか。",
           "案件記録用に三行でまとめてください。",
           "このお客様への丁寧な返信を考えてください。"],
    "ko": ["접수하기 전에 빠진 게 없는지 확인해 줘.",
           "사건 파일용으로 세 줄 요약해 줘.",
           "이 고객에게 정중하게 답장 쓰는 것 좀 도와줘."],
    "vi": ["Kiểm tra giúp em hồ sơ này còn thiếu gì trước khi nộp nhé.",
           "Tóm tắt giúp em thành ba ý để lưu hồ sơ.",
           "Giúp em viết câu trả lời lịch sự cho khách hàng này."],
}

CARD = {
    "en": [("c", "Hi {a}, I'd like to pay the {fee} application fee for {ref} now."),
           ("a", "Of course. Type the card details here and I'll key them into the terminal."),
           ("c", "{card}, expiry {exp}. Name on the card: {holder}."),
           ("c", "Receipt to {mail} please."),
           ("a", "Payment went through. Thanks, {c}!")],
    "de": [("c", "Hallo {a}, ich möchte die Antragsgebühr von {fee} für {ref} jetzt bezahlen."),
           ("a", "Gern, schick mir die Kartendaten hier, ich gebe sie im Terminal ein."),
           ("c", "{card}, gültig bis {exp}, lautet auf {holder}."),
           ("c", "Die Quittung bitte an {mail}."),
           ("a", "Zahlung ist durch. Danke, {c}!")],
    "fr": [("c", "Bonjour {a}, je voudrais régler les frais de dossier de {fee} pour {ref}."),
           ("a", "Bien sûr, envoyez-moi les données de la carte ici, je les saisis sur le terminal."),
           ("c", "{card}, expire fin {exp}, au nom de {holder}."),
           ("c", "Le reçu à {mail} s'il vous plaît."),
           ("a", "Paiement accepté. Merci {c} !")],
    "es": [("c", "Hola {a}, quiero pagar ya la tasa de {fee} del expediente {ref}."),
           ("a", "Claro, pásame aquí los datos de la tarjeta y los meto en el datáfono."),
           ("c", "{card}, caduca {exp}, a nombre de {holder}."),
           ("c", "El justificante a {mail}, por favor."),
           ("a", "Pago hecho. ¡Gracias, {c}!")],
    "it": [("c", "Ciao {a}, vorrei pagare adesso il contributo di {fee} per la pratica {ref}."),
           ("a", "Certo, scrivimi qui i dati della carta e li inserisco nel POS virtuale."),
           ("c", "{card}, scadenza {exp}, intestata a {holder}."),
           ("c", "La ricevuta a {mail}, grazie."),
           ("a", "Pagamento riuscito. Grazie {c}!")],
    "nl": [("c", "Hoi {a}, ik wil de leges van {fee} voor {ref} nu betalen."),
           ("a", "Prima, stuur de kaartgegevens hier, dan voer ik ze in de betaalterminal in."),
           ("c", "{card}, geldig tot {exp}, op naam van {holder}."),
           ("c", "Het betaalbewijs graag naar {mail}."),
           ("a", "Betaling gelukt. Dank je, {c}!")],
    "pt": [("c", "Olá {a}, queria pagar já a taxa de {fee} do processo {ref}."),
           ("a", "Claro, envie aqui os dados do cartão que eu introduzo no terminal."),
           ("c", "{card}, validade {exp}, em nome de {holder}."),
           ("c", "O recibo para {mail}, por favor."),
           ("a", "Pagamento aceite. Obrigado, {c}!")],
    "pl": [("c", "Dzień dobry {a}, chcę teraz zapłacić opłatę {fee} za sprawę {ref}."),
           ("a", "Jasne, proszę wpisać tu dane karty, wprowadzę je w terminalu."),
           ("c", "{card}, ważna do {exp}, na nazwisko {holder}."),
           ("c", "Potwierdzenie proszę na {mail}."),
           ("a", "Płatność przeszła. Dziękuję, {c}!")],
    "ru": [("c", "Здравствуйте, {a}! Хочу оплатить сбор {fee} по делу {ref}."),
           ("a", "Конечно, напишите данные карты здесь, я введу их в терминал."),
           ("c", "{card}, срок до {exp}, владелец {holder}."),
           ("c", "Чек пришлите на {mail}."),
           ("a", "Оплата прошла. Спасибо, {c}!")],
    "el": [("c", "Γεια σας {a}, θέλω να πληρώσω τώρα το παράβολο {fee} για τον φάκελο {ref}."),
           ("a", "Βεβαίως, γράψτε εδώ τα στοιχεία της κάρτας και τα περνάω στο τερματικό."),
           ("c", "{card}, λήξη {exp}, στο όνομα {holder}."),
           ("c", "Την απόδειξη στο {mail} παρακαλώ."),
           ("a", "Η πληρωμή ολοκληρώθηκε. Ευχαριστώ, {c}!")],
    "tr": [("c", "Merhaba {a}, {ref} dosyası için {fee} başvuru ücretini şimdi ödemek istiyorum."),
           ("a", "Tabii, kart bilgilerini buraya yazın, POS'a ben gireyim."),
           ("c", "{card}, son kullanma {exp}, kart sahibi {holder}."),
           ("c", "Makbuzu {mail} adresine gönderir misiniz?"),
           ("a", "Ödeme tamam. Teşekkürler {c}!")],
    "he": [("c", "היי {a}, אני רוצה לשלם עכשיו את האגרה של {fee} לתיק {ref}."),
           ("a", "בטח, תכתוב כאן את פרטי הכרטיס ואני אקליד במסוף."),
           ("c", "{card}, תוקף {exp}, על שם {holder}."),
           ("c", "את הקבלה ל-{mail} בבקשה."),
           ("a", "התשלום עבר. תודה {c}!")],
    "ar": [("c", "مرحبا {a}، أريد أن أدفع رسوم الطلب {fee} للملف {ref} الآن."),
           ("a", "أكيد، اكتب بيانات البطاقة هنا وأنا أدخلها في الجهاز."),
           ("c", "{card}، تنتهي {exp}، باسم {holder}."),
           ("c", "أرسل الإيصال إلى {mail} من فضلك."),
           ("a", "تم الدفع. شكراً {c}!")],
    "hi": [("c", "नमस्ते {a}, मैं {ref} फ़ाइल की {fee} फ़ीस अभी भरना चाहता हूँ।"),
           ("a", "ज़रूर, कार्ड की डिटेल यहाँ लिख दीजिए, मैं टर्मिनल में डाल देता हूँ।"),
           ("c", "{card}, एक्सपायरी {exp}, कार्ड {holder} के नाम पर है।"),
           ("c", "रसीद {mail} पर भेज दीजिए।"),
           ("a", "पेमेंट हो गया। धन्यवाद {c} जी!")],
    "th": [("c", "สวัสดีค่ะคุณ{a} จะชำระค่าธรรมเนียม {fee} ของเคส {ref} ค่ะ"),
           ("a", "ได้เลยครับ พิมพ์ข้อมูลบัตรมาตรงนี้ เดี๋ยวผมคีย์เข้าเครื่องให้"),
           ("c", "{card} หมดอายุ {exp} ชื่อบนบัตร {holder}"),
           ("c", "ส่งใบเสร็จไปที่ {mail} นะคะ"),
           ("a", "ชำระเรียบร้อยครับ ขอบคุณคุณ{c}ครับ")],
    "zh": [("c", "{a}你好，{ref}的签证费{fee}我现在付一下。"),
           ("a", "好的，把卡号发这里，我在终端上帮你录入。"),
           ("c", "{card}，有效期{exp}，持卡人{holder}。"),
           ("c", "收据发到{mail}，谢谢。"),
           ("a", "已经扣款成功，谢谢{c}！")],
    "ja": [("c", "{a}さん、{ref}の申請手数料{fee}を今お支払いします。"),
           ("a", "承知しました。カード情報をこちらに送ってください、端末に入力します。"),
           ("c", "{card}、有効期限{exp}、名義は{holder}です。"),
           ("c", "領収書は{mail}にお願いします。"),
           ("a", "決済完了しました。{c}さん、ありがとうございます。")],
    "ko": [("c", "{a}님, {ref} 건 수수료 {fee} 지금 결제할게요."),
           ("a", "네, 카드 정보 여기 적어 주시면 단말기에 입력하겠습니다."),
           ("c", "{card}, 유효기간 {exp}, 명의는 {holder}입니다."),
           ("c", "영수증은 {mail}로 부탁드려요."),
           ("a", "결제 완료됐습니다. {c}님 감사합니다!")],
    "vi": [("c", "Chào anh {a}, em muốn thanh toán phí {fee} cho hồ sơ {ref} luôn ạ."),
           ("a", "Được em, gửi thông tin thẻ vào đây anh nhập vào máy cho."),
           ("c", "{card}, hết hạn {exp}, chủ thẻ {holder}."),
           ("c", "Biên lai gửi về {mail} giúp em."),
           ("a", "Đã thanh toán xong. Cảm ơn em {c}!")],
}

CHAT = {
    "en": [("a", "Hi {c}, for {ref} I still need your youngest's details."),
           ("c", "{kid}, born {kdob}, passport {pp}."),
           ("a", "Thanks. Where should the courier bring the passports back to?"),
           ("c", "{addr}. If nobody answers, ring {tel}."),
           ("a", "Got it. Biometrics booked for {appt}.")],
    "de": [("a", "Hallo {c}, für {ref} fehlen mir noch die Angaben zu Ihrem jüngsten Kind."),
           ("c", "{kid}, geboren am {kdob}, Reisepass {pp}."),
           ("a", "Danke. Wohin soll der Kurier die Pässe zurückbringen?"),
           ("c", "{addr}. Falls niemand öffnet: {tel}."),
           ("a", "Notiert. Biometrie-Termin ist am {appt}.")],
    "fr": [("a", "Bonjour {c}, pour {ref} il me manque encore les informations du petit dernier."),
           ("c", "{kid}, né le {kdob}, passeport {pp}."),
           ("a", "Merci. Où le coursier doit-il rapporter les passeports ?"),
           ("c", "{addr}. Si personne ne répond, appelez le {tel}."),
           ("a", "C'est noté. Rendez-vous biométrie le {appt}.")],
    "es": [("a", "Hola {c}, para el expediente {ref} me faltan los datos del pequeño."),
           ("c", "{kid}, nacido el {kdob}, pasaporte {pp}."),
           ("a", "Gracias. ¿A qué dirección devuelve el mensajero los pasaportes?"),
           ("c", "{addr}. Si no contesta nadie, llamad al {tel}."),
           ("a", "Apuntado. Cita de biometría el {appt}.")],
    "it": [("a", "Ciao {c}, per la pratica {ref} mi mancano ancora i dati del più piccolo."),
           ("c", "{kid}, nato il {kdob}, passaporto {pp}."),
           ("a", "Grazie. Dove deve riportare i passaporti il corriere?"),
           ("c", "{addr}. Se non risponde nessuno, chiamate il {tel}."),
           ("a", "Segnato. Appuntamento per le impronte il {appt}.")],
    "nl": [("a", "Hoi {c}, voor {ref} mis ik nog de gegevens van de jongste."),
           ("c", "{kid}, geboren op {kdob}, paspoort {pp}."),
           ("a", "Dank je. Waar moet de koerier de paspoorten terugbrengen?"),
           ("c", "{addr}. Als er niemand opendoet: {tel}."),
           ("a", "Genoteerd. Biometrie-afspraak op {appt}.")],
    "pt": [("a", "Olá {c}, para o processo {ref} ainda me faltam os dados do mais novo."),
           ("c", "{kid}, nascido a {kdob}, passaporte {pp}."),
           ("a", "Obrigado. Para onde deve o estafeta devolver os passaportes?"),
           ("c", "{addr}. Se ninguém atender, liguem para o {tel}."),
           ("a", "Anotado. Recolha de biometria a {appt}.")],
    "pl": [("a", "Dzień dobry {c}, do sprawy {ref} brakuje mi jeszcze danych najmłodszego dziecka."),
           ("c", "{kid}, ur. {kdob}, paszport {pp}."),
           ("a", "Dziękuję. Dokąd kurier ma odwieźć paszporty?"),
           ("c", "{addr}. Jeśli nikt nie otworzy, proszę dzwonić: {tel}."),
           ("a", "Zapisane. Biometria umówiona na {appt}.")],
    "ru": [("a", "Здравствуйте, {c}! По делу {ref} мне не хватает данных младшего ребёнка."),
           ("c", "{kid}, дата рождения {kdob}, загранпаспорт {pp}."),
           ("a", "Спасибо. Куда курьеру вернуть паспорта?"),
           ("c", "{addr}. Если никто не откроет, звоните {tel}."),
           ("a", "Записала. Сдача биометрии {appt}.")],
    "el": [("a", "Καλησπέρα {c}, για τον φάκελο {ref} μου λείπουν ακόμη τα στοιχεία του μικρού."),
           ("c", "{kid}, γεννήθηκε {kdob}, διαβατήριο {pp}."),
           ("a", "Ευχαριστώ. Πού να φέρει ο κούριερ πίσω τα διαβατήρια;"),
           ("c", "{addr}. Αν δεν απαντήσει κανείς, πάρτε στο {tel}."),
           ("a", "Σημειώθηκε. Ραντεβού βιομετρικών στις {appt}.")],
    "tr": [("a", "Merhaba {c}, {ref} dosyası için en küçüğün bilgileri eksik."),
           ("c", "{kid}, doğum tarihi {kdob}, pasaport {pp}."),
           ("a", "Teşekkürler. Kurye pasaportları nereye getirsin?"),
           ("c", "{addr}. Kimse açmazsa {tel} numarasını arayın."),
           ("a", "Not aldım. Biyometri randevusu {appt}.")],
    "he": [("a", "היי {c}, לתיק {ref} חסרים לי עדיין הפרטים של הקטן."),
           ("c", "{kid}, נולד ב-{kdob}, דרכון {pp}."),
           ("a", "תודה. לאן השליח יחזיר את הדרכונים?"),
           ("c", "{addr}. אם אף אחד לא עונה, תתקשרו ל-{tel}."),
           ("a", "רשמתי. תור לביומטריה ב-{appt}.")],
    "ar": [("a", "مرحبا {c}، لملف {ref} ما زلت أحتاج بيانات الطفل الأصغر."),
           ("c", "{kid}، مواليد {kdob}، جواز سفر {pp}."),
           ("a", "شكراً. إلى أين يعيد المندوب الجوازات؟"),
           ("c", "{addr}. إذا لم يرد أحد اتصل على {tel}."),
           ("a", "تم. موعد البصمات يوم {appt}.")],
    "hi": [("a", "नमस्ते {c} जी, {ref} फ़ाइल के लिए सबसे छोटे बच्चे की जानकारी चाहिए।"),
           ("c", "{kid}, जन्म तिथि {kdob}, पासपोर्ट {pp}।"),
           ("a", "धन्यवाद। कूरियर पासपोर्ट कहाँ लौटाए?"),
           ("c", "{addr}। कोई न मिले तो {tel} पर फ़ोन करें।"),
           ("a", "नोट कर लिया। बायोमेट्रिक अपॉइंटमेंट {appt} को है।")],
    "th": [("a", "สวัสดีครับคุณ{c} เคส {ref} ยังขาดข้อมูลของลูกคนเล็กครับ"),
           ("c", "{kid} เกิดวันที่ {kdob} หนังสือเดินทาง {pp}"),
           ("a", "ขอบคุณครับ ให้แมสเซนเจอร์ส่งพาสปอร์ตคืนที่ไหนครับ"),
           ("c", "{addr} ถ้าไม่มีคนรับสายโทร {tel}"),
           ("a", "รับทราบครับ นัดเก็บไบโอเมตริกซ์ {appt}")],
    "zh": [("a", "{c}您好，{ref}这个案子还差小孩的信息。"),
           ("c", "{kid}，出生日期{kdob}，护照号{pp}。"),
           ("a", "谢谢。护照让快递寄回哪里？"),
           ("c", "{addr}。没人接的话打{tel}。"),
           ("a", "好的，生物信息采集约在{appt}。")],
    "ja": [("a", "{c}様、{ref}の件でお子様の情報がまだ届いておりません。"),
           ("c", "{kid}、生年月日{kdob}、旅券番号{pp}です。"),
           ("a", "ありがとうございます。旅券の返送先はどちらにしますか。"),
           ("c", "{addr}です。不在の場合は{tel}まで。"),
           ("a", "承知しました。生体情報登録の予約は{appt}です。")],
    "ko": [("a", "{c}님, {ref} 건에 막내 자녀 정보가 아직 없습니다."),
           ("c", "{kid}, 생년월일 {kdob}, 여권번호 {pp}입니다."),
           ("a", "감사합니다. 여권은 어디로 반송할까요?"),
           ("c", "{addr}입니다. 부재 시 {tel}로 연락 주세요."),
           ("a", "확인했습니다. 생체정보 등록 예약은 {appt}입니다.")],
    "vi": [("a", "Chào chị {c}, hồ sơ {ref} còn thiếu thông tin của bé út."),
           ("c", "{kid}, sinh {kdob}, hộ chiếu số {pp}."),
           ("a", "Cảm ơn chị. Bên chuyển phát gửi trả hộ chiếu về đâu ạ?"),
           ("c", "{addr}. Không ai nghe máy thì gọi {tel}."),
           ("a", "Em ghi nhận rồi. Lịch lấy sinh trắc học: {appt}.")],
}

SPONSOR = {
    "en": "To the Entry Clearance Officer,\n\nThis letter confirms that {emp}, born {dob}, holder of passport {pp}, has been offered the position of {role} at {co}, starting {start}, at an annual salary of {sal}. The company is the sponsor for the {visa} application and will cover relocation costs for the family.\n\nPlease direct any questions to {hr} ({hrmail}, {hrtel}).\n\nYours faithfully,\n{hr2}\nGlobal Mobility, {co2}",
    "de": "Arbeitgeberbestätigung\n\nHiermit bestätigen wir, dass {emp}, geboren am {dob}, Reisepass {pp}, ab dem {start} als {role} bei der {co} beschäftigt wird. Das Bruttojahresgehalt beträgt {sal}; beantragt wird die {visa}.\n\nRückfragen bitte an {hr}, {hrmail}, Tel. {hrtel}.\n\nMit freundlichen Grüßen\n{hr2}\nPersonalabteilung",
    "fr": "Attestation employeur\n\nNous soussignés, {co}, certifions que {emp}, né(e) le {dob}, passeport n° {pp}, est recruté(e) en qualité de {role} à compter du {start}, pour une rémunération brute annuelle de {sal}, au titre d'un {visa}.\n\nContact : {hr}, {hrmail}, {hrtel}.\n\nFait pour servir et valoir ce que de droit.\n{hr2}, responsable mobilité internationale",
    "es": "Carta de la empresa\n\n{co} certifica que {emp}, nacido/a el {dob}, con pasaporte {pp}, se incorporará como {role} el {start} con un salario bruto anual de {sal}, para lo cual se solicita la {visa}.\n\nPara cualquier consulta: {hr}, {hrmail}, tel. {hrtel}.\n\nAtentamente,\n{hr2}\nDepartamento de Movilidad",
    "it": "Dichiarazione del datore di lavoro\n\nLa società {co} dichiara che {emp}, nato/a il {dob}, passaporto n. {pp}, sarà assunto/a come {role} dal {start} con una retribuzione annua lorda di {sal}; si richiede il {visa}.\n\nReferente: {hr}, {hrmail}, tel. {hrtel}.\n\nCordiali saluti,\n{hr2}\nUfficio Risorse Umane",
    "nl": "Werkgeversverklaring\n\nHierbij verklaart {co} dat {emp}, geboren op {dob}, paspoort {pp}, per {start} in dienst treedt als {role} tegen een bruto jaarsalaris van {sal}. Wij treden op als referent voor de aanvraag {visa}.\n\nVragen kunt u richten aan {hr}, {hrmail}, {hrtel}.\n\nMet vriendelijke groet,\n{hr2}\nHR Global Mobility",
    "pt": "Declaração da entidade empregadora\n\nA {co} declara que {emp}, nascido/a a {dob}, titular do passaporte {pp}, foi contratado/a como {role} com início a {start} e retribuição anual bruta de {sal}, para efeitos de {visa}.\n\nContacto: {hr}, {hrmail}, {hrtel}.\n\nCom os melhores cumprimentos,\n{hr2}\nRecursos Humanos",
    "pl": "Oświadczenie pracodawcy\n\n{co} oświadcza, że {emp}, ur. {dob}, paszport nr {pp}, zostanie zatrudniony/a na stanowisku {role} od dnia {start} z wynagrodzeniem rocznym brutto {sal}; wnioskujemy o {visa}.\n\nKontakt: {hr}, {hrmail}, tel. {hrtel}.\n\nZ poważaniem\n{hr2}\nDział Kadr",
    "ru": "Гарантийное письмо\n\n{co} подтверждает, что {emp}, дата рождения {dob}, паспорт {pp}, принимается на должность «{role}» с {start} с годовой заработной платой {sal}; оформляется {visa}.\n\nКонтактное лицо: {hr}, {hrmail}, тел. {hrtel}.\n\nС уважением,\n{hr2}\nотдел кадров",
    "el": "Βεβαίωση εργοδότη\n\nΗ εταιρεία {co} βεβαιώνει ότι ο/η {emp}, γεννημένος/η {dob}, με διαβατήριο {pp}, προσλαμβάνεται ως {role} από {start} με ετήσιες μικτές αποδοχές {sal}, για την έκδοση {visa}.\n\nΕπικοινωνία: {hr}, {hrmail}, τηλ. {hrtel}.\n\nΜε εκτίμηση,\n{hr2}\nΤμήμα Ανθρώπινου Δυναμικού",
    "tr": "İşveren yazısı\n\n{co} olarak, {dob} doğumlu, {pp} numaralı pasaport sahibi {emp} adlı çalışanımızın {start} tarihinden itibaren {role} olarak yıllık brüt {sal} ücretle istihdam edileceğini ve {visa} başvurusunun tarafımızca yapıldığını beyan ederiz.\n\nİrtibat: {hr}, {hrmail}, {hrtel}.\n\nSaygılarımızla,\n{hr2}\nİnsan Kaynakları",
    "he": "אישור מעסיק\n\n{co} מאשרת כי {emp}, יליד/ת {dob}, דרכון מספר {pp}, יועסק/תועסק כ{role} החל מ-{start} בשכר שנתי ברוטו של {sal}, ולשם כך מוגשת בקשה ל{visa}.\n\nלבירורים: {hr}, {hrmail}, {hrtel}.\n\nבכבוד רב,\n{hr2}\nמשאבי אנוש",
    "ar": "خطاب من جهة العمل\n\nتشهد {co} بأن {emp}، المولود بتاريخ {dob}، ويحمل جواز سفر رقم {pp}، سيعمل لديها بوظيفة {role} اعتباراً من {start} براتب سنوي قدره {sal}، وعليه نتقدم بطلب {visa}.\n\nللاستفسار: {hr}، {hrmail}، هاتف {hrtel}.\n\nوتفضلوا بقبول فائق الاحترام،\n{hr2}\nإدارة الموارد البشرية",
    "hi": "नियोक्ता पत्र\n\nप्रमाणित किया जाता है कि {emp}, जन्म तिथि {dob}, पासपोर्ट संख्या {pp}, {start} से {co} में {role} पद पर {sal} वार्षिक वेतन पर नियुक्त हैं, और उनके लिए {visa} का आवेदन किया जा रहा है।\n\nसंपर्क: {hr}, {hrmail}, {hrtel}\n\nभवदीय,\n{hr2}\nमानव संसाधन विभाग",
    "th": "หนังสือรับรองการจ้างงาน\n\n{co} ขอรับรองว่า {emp} เกิดวันที่ {dob} หนังสือเดินทางเลขที่ {pp} ได้รับการจ้างงานในตำแหน่ง {role} ตั้งแต่วันที่ {start} อัตราเงินเดือนรวมปีละ {sal} เพื่อประกอบการยื่นขอ {visa}\n\nติดต่อสอบถาม: {hr} {hrmail} โทร {hrtel}\n\nขอแสดงความนับถือ\n{hr2}\nฝ่ายทรัพยากรบุคคล",
    "zh": "在职及聘用证明\n\n兹证明{emp}（出生日期：{dob}，护照号码：{pp}）自{start}起受聘于{co}，担任{role}，年薪{sal}。我司为其申请{visa}。\n\n联系人：{hr}，{hrmail}，电话{hrtel}。\n\n{hr2}\n人力资源部",
    "ja": "雇用証明書\n\n{emp}（生年月日：{dob}、旅券番号：{pp}）は、{start}より{co}に{role}として雇用され、年収は{sal}であることを証明します。{visa}の在留資格認定証明書交付申請を行います。\n\n担当：{hr}（{hrmail}、{hrtel}）\n\n{hr2}\n人事部",
    "ko": "재직 및 고용 확인서\n\n{emp}(생년월일 {dob}, 여권번호 {pp})은(는) {start}부터 {co}에서 {role}(으)로 근무하며 연봉은 {sal}임을 확인합니다. 이에 {visa} 사증을 신청합니다.\n\n담당자: {hr}, {hrmail}, {hrtel}\n\n{hr2}\n인사팀",
    "vi": "Xác nhận của doanh nghiệp\n\n{co} xác nhận ông/bà {emp}, sinh {dob}, hộ chiếu số {pp}, được tuyển dụng vào vị trí {role} từ {start} với mức lương {sal} mỗi năm, và công ty đề nghị cấp {visa}.\n\nLiên hệ: {hr}, {hrmail}, ĐT {hrtel}.\n\nTrân trọng,\n{hr2}\nPhòng Nhân sự",
}

REFUSAL = {
    "en": "{auth}\nRef. {ref} · decision of {date}\n\nDear {app},\n\nYour application for {visa} has been refused under {law}. You have not shown that the funds in the statements are available to you.\n\n{off}\n{offrole}\n\n--- draft grounds of appeal ---\nThe appellant, {app2}, born {dob}, passport {pp}, lives at {addr}. The respondent misread the bank statements; see {case}.\nDrafted by {adv}, {firm}",
    "de": "{auth}\nAz. {ref} · Bescheid vom {date}\n\nSehr geehrte/r {app},\n\nIhr Antrag auf Erteilung einer {visa} wird gemäß {law} abgelehnt, da der Lebensunterhalt nicht gesichert ist.\n\nIm Auftrag\n{off}\n\n--- Entwurf Widerspruch ---\nNamens und in Vollmacht von {app2}, geboren am {dob}, Reisepass {pp}, wohnhaft {addr}, legen wir Widerspruch ein. Die Gehaltsnachweise wurden nicht berücksichtigt.\n{adv}, {firm}",
    "fr": "{auth}\nRéf. {ref} · décision du {date}\n\nMadame, Monsieur {app},\n\nVotre demande de {visa} est rejetée sur le fondement de {law} : les ressources ne sont pas justifiées.\n\nPour le préfet et par délégation,\n{off}\n\n--- projet de recours gracieux ---\nPour le compte de {app2}, né(e) le {dob}, passeport {pp}, demeurant {addr}, nous sollicitons le réexamen de la décision ; les bulletins de salaire joints n'ont pas été examinés.\n{adv}, {firm}",
    "es": "{auth}\nExpte. {ref} · resolución de {date}\n\nEstimado/a {app}:\n\nSe deniega su solicitud de {visa} conforme a {law}, por no acreditar medios económicos suficientes.\n\nEl/La instructor/a,\n{off}\n\n--- borrador de recurso de reposición ---\nEn nombre de {app2}, nacido/a el {dob}, pasaporte {pp}, con domicilio en {addr}, interponemos recurso: los extractos bancarios aportados sí acreditan los medios.\n{adv}, {firm}",
    "it": "{auth}\nProt. {ref} · provvedimento del {date}\n\nGentile {app},\n\nla Sua richiesta di {visa} è respinta ai sensi dell'{law}, per mancata dimostrazione del reddito.\n\nIl funzionario\n{off}\n\n--- bozza di ricorso ---\nPer conto di {app2}, nato/a il {dob}, passaporto {pp}, residente in {addr}, si chiede il riesame: le buste paga allegate non sono state valutate.\n{adv}, {firm}",
    "nl": "{auth}\nKenmerk {ref} · besluit van {date}\n\nGeachte {app},\n\nUw aanvraag voor {visa} wordt afgewezen op grond van {law}, omdat de middelen van bestaan niet zijn aangetoond.\n\nNamens de staatssecretaris,\n{off}\n\n--- concept bezwaarschrift ---\nNamens {app2}, geboren op {dob}, paspoort {pp}, wonende te {addr}, maken wij bezwaar: de loonstroken zijn niet meegewogen.\n{adv}, {firm}",
    "pt": "{auth}\nProc. {ref} · decisão de {date}\n\nExmo(a). Sr(a). {app},\n\nO seu pedido de {visa} foi indeferido ao abrigo do {law}, por falta de comprovação de meios de subsistência.\n\nO/A técnico/a,\n{off}\n\n--- minuta de reclamação ---\nEm nome de {app2}, nascido/a a {dob}, passaporte {pp}, residente em {addr}, reclamamos da decisão: os extratos bancários juntos comprovam os meios.\n{adv}, {firm}",
    "pl": "{auth}\nZnak sprawy {ref} · decyzja z dnia {date}\n\nSzanowna Pani / Szanowny Panie {app},\n\nodmawia się udzielenia {visa} na podstawie {law} z powodu braku stabilnego źródła dochodu.\n\nz up. Wojewody\n{off}\n\n--- projekt odwołania ---\nW imieniu {app2}, ur. {dob}, paszport {pp}, zam. {addr}, wnosimy odwołanie: organ pominął umowę o pracę.\n{adv}, {firm}",
    "ru": "{auth}\nИсх. № {ref} от {date}\n\nУважаемый(ая) {app}!\n\nВ выдаче {visa} отказано на основании {law}: не подтверждены средства к существованию.\n\nИнспектор\n{off}\n\n--- проект жалобы ---\nОт имени {app2}, дата рождения {dob}, паспорт {pp}, проживающего(ей) по адресу: {addr}, обжалуем решение: справки о доходах не были рассмотрены.\n{adv}, {firm}",
    "el": "{auth}\nΑρ. πρωτ. {ref} · απόφαση της {date}\n\nΑξιότιμε/η {app},\n\nΗ αίτησή σας για {visa} απορρίπτεται σύμφωνα με το {law}, διότι δεν αποδείχθηκαν επαρκείς πόροι.\n\nΟ/Η υπάλληλος\n{off}\n\n--- σχέδιο προσφυγής ---\nΓια λογαριασμό του/της {app2}, γεν. {dob}, διαβατήριο {pp}, κατοίκου {addr}, ασκούμε προσφυγή: οι βεβαιώσεις αποδοχών δεν εξετάστηκαν.\n{adv}, {firm}",
    "tr": "{auth}\nSayı: {ref} · {date} tarihli karar\n\nSayın {app},\n\n{visa} başvurunuz {law} uyarınca, yeterli maddi imkân belgelenmediğinden reddedilmiştir.\n\nUzman\n{off}\n\n--- itiraz dilekçesi taslağı ---\n{dob} doğumlu, {pp} pasaport numaralı, {addr} adresinde ikamet eden {app2} adına itiraz ediyoruz: maaş bordroları değerlendirilmemiştir.\n{adv}, {firm}",
    "he": "{auth}\nמספר תיק {ref} · החלטה מיום {date}\n\nלכבוד {app},\n\nבקשתך ל{visa} נדחתה בהתאם ל{law}, מאחר שלא הוכחו אמצעי מחיה.\n\n{off}\nממונה אשרות\n\n--- טיוטת ערר ---\nבשם {app2}, יליד/ת {dob}, דרכון {pp}, המתגורר/ת ב{addr}, אנו מגישים ערר: תלושי השכר לא נבדקו.\n{adv}, {firm}",
    "ar": "{auth}\nالمرجع {ref} · قرار بتاريخ {date}\n\nالسيد/السيدة {app}،\n\nنفيدكم برفض طلب {visa} استناداً إلى {law} لعدم إثبات القدرة المالية.\n\nالموظف المختص\n{off}\n\n--- مسودة تظلم ---\nبالنيابة عن {app2}، المولود بتاريخ {dob}، جواز سفر رقم {pp}، والمقيم في {addr}، نتقدم بتظلم: لم تُراجع كشوف الراتب المرفقة.\n{adv}، {firm}",
    "hi": "{auth}\nसंदर्भ {ref} · निर्णय दिनांक {date}\n\nप्रिय {app},\n\n{law} के अंतर्गत आपका {visa} आवेदन अस्वीकार किया जाता है, क्योंकि पर्याप्त आय प्रमाणित नहीं हुई।\n\n{off}\nअधिकारी\n\n--- अपील का मसौदा ---\n{app2}, जन्म तिथि {dob}, पासपोर्ट {pp}, निवासी {addr}, की ओर से अपील: संलग्न वेतन पर्चियों पर विचार नहीं किया गया।\n{adv}, {firm}",
    "th": "{auth}\nที่ {ref} · คำสั่งลงวันที่ {date}\n\nเรียน {app}\n\nคำขอ {visa} ของท่านไม่ได้รับอนุญาตตาม {law} เนื่องจากไม่แสดงหลักฐานทางการเงินเพียงพอ\n\n{off}\nเจ้าหน้าที่ผู้พิจารณา\n\n--- ร่างหนังสืออุทธรณ์ ---\nในนามของ {app2} เกิดวันที่ {dob} หนังสือเดินทาง {pp} ที่อยู่ {addr} ขออุทธรณ์คำสั่ง เนื่องจากสลิปเงินเดือนที่แนบไม่ได้รับการพิจารณา\n{adv} {firm}",
    "zh": "{auth}\n文号：{ref}　决定日期：{date}\n\n{app}：\n\n根据{law}，你的{visa}申请不予批准，理由是未能证明有足够的生活保障。\n\n经办人：{off}\n\n--- 行政复议申请书（草稿）---\n申请人{app2}，出生日期{dob}，护照号{pp}，住址{addr}。原决定未审查所附工资流水，请求撤销。\n代理人：{adv}，{firm}",
    "ja": "{auth}\n管理番号 {ref}　{date}付け通知\n\n{app} 殿\n\n{law}に基づき、{visa}に係る申請は不許可とします。生計要件を満たすことが立証されていません。\n\n審査担当 {off}\n\n--- 再申請理由書（案）---\n申請人 {app2}（生年月日 {dob}、旅券番号 {pp}、住所 {addr}）について、添付の給与明細が考慮されていないため再申請します。\n{firm} {adv}",
    "ko": "{auth}\n문서번호 {ref} · {date} 결정\n\n{app} 귀하\n\n{law}에 따라 귀하의 {visa} 신청을 불허합니다. 체류 경비 입증이 부족합니다.\n\n담당 {off}\n\n--- 이의신청서 초안 ---\n신청인 {app2}(생년월일 {dob}, 여권번호 {pp}, 주소 {addr})을(를) 대리하여 이의를 신청합니다. 첨부한 급여명세서가 검토되지 않았습니다.\n{firm} {adv}",
    "vi": "{auth}\nSố {ref} · quyết định ngày {date}\n\nKính gửi ông/bà {app},\n\nCăn cứ {law}, đề nghị cấp {visa} của ông/bà không được chấp thuận do chưa chứng minh đủ khả năng tài chính.\n\nCán bộ thụ lý\n{off}\n\n--- dự thảo đơn khiếu nại ---\nThay mặt {app2}, sinh {dob}, hộ chiếu {pp}, cư trú tại {addr}, chúng tôi khiếu nại quyết định vì bảng lương đính kèm chưa được xem xét.\n{adv}, {firm}",
}

NOTICE = {
    "en": "{firm}: office notice\nOur office at {addr} is closed on {date}. Urgent visa matters: {tel} or {mail}. Document drop-off continues at {vac}. Updates on {web}.\n{naw}",
    "de": "{firm}: Hinweis\nUnser Büro ({addr}) bleibt am {date} geschlossen. In dringenden Aufenthaltsfragen: {tel} oder {mail}. Unterlagen nimmt weiterhin {vac} an. Aktuelles unter {web}.\n{naw}",
    "fr": "{firm} : avis aux clients\nNos bureaux ({addr}) seront fermés le {date}. Urgences titre de séjour : {tel} ou {mail}. Dépôt des pièces toujours possible auprès de {vac}. Infos sur {web}.\n{naw}",
    "es": "{firm}: aviso\nLa oficina de {addr} cerrará el {date}. Urgencias de extranjería: {tel} o {mail}. La entrega de documentación sigue en {vac}. Más información en {web}.\n{naw}",
    "it": "{firm}: avviso\nL'ufficio di {addr} resterà chiuso il {date}. Per urgenze sui permessi: {tel} oppure {mail}. La consegna dei documenti prosegue presso {vac}. Aggiornamenti su {web}.\n{naw}",
    "nl": "{firm}: mededeling\nOns kantoor aan de {addr} is gesloten op {date}. Spoedzaken over verblijf: {tel} of {mail}. Documenten kunt u blijven afgeven bij {vac}. Meer op {web}.\n{naw}",
    "pt": "{firm}: aviso\nO escritório da {addr} estará encerrado a {date}. Urgências de autorização de residência: {tel} ou {mail}. A entrega de documentos continua n{vac}. Novidades em {web}.\n{naw}",
    "pl": "{firm}: komunikat\nBiuro przy {addr} będzie nieczynne {date}. W pilnych sprawach pobytowych: {tel} lub {mail}. Dokumenty nadal przyjmuje {vac}. Więcej na {web}.\n{naw}",
    "ru": "{firm}: объявление\nОфис по адресу {addr} не работает {date}. По срочным вопросам: {tel} или {mail}. Документы по-прежнему принимает {vac}. Подробности на {web}.\n{naw}",
    "el": "{firm}: ανακοίνωση\nΤο γραφείο μας ({addr}) θα παραμείνει κλειστό στις {date}. Για επείγοντα θέματα αδειών: {tel} ή {mail}. Τα έγγραφα παραλαμβάνει κανονικά {vac}. Ενημερώσεις στο {web}.\n{naw}",
    "tr": "{firm}: duyuru\n{addr} adresindeki ofisimiz {date} tarihinde kapalıdır. Acil oturum işleri için: {tel} veya {mail}. Evrak teslimi {vac} üzerinden devam ediyor. Ayrıntılar {web} adresinde.\n{naw}",
    "he": "{firm}: הודעה\nהמשרד שלנו ב{addr} סגור ב-{date}. בעניינים דחופים של אשרות: {tel} או {mail}. מסירת מסמכים ממשיכה ב{vac}. עדכונים ב-{web}.\n{naw}",
    "ar": "{firm}: إعلان\nمكتبنا في {addr} مغلق يوم {date}. للحالات العاجلة: {tel} أو {mail}. يستمر استلام المستندات في {vac}. التفاصيل على {web}.\n{naw}",
    "hi": "{firm}: सूचना\n{addr} स्थित हमारा कार्यालय {date} को बंद रहेगा। ज़रूरी वीज़ा मामलों के लिए: {tel} या {mail}। दस्तावेज़ {vac} में जमा होते रहेंगे। जानकारी: {web}\n{naw}",
    "th": "{firm}: ประกาศ\nสำนักงาน {addr} ปิดทำการวันที่ {date} กรณีเร่งด่วนเรื่องวีซ่าติดต่อ {tel} หรือ {mail} ยังยื่นเอกสารได้ที่{vac} ข้อมูลเพิ่มเติม {web}\n{naw}",
    "zh": "{firm}通知\n本公司（{addr}）{date}停止营业一天。签证加急事宜请致电{tel}或发邮件至{mail}。材料仍可递交至{vac}。详情见{web}。\n{naw}",
    "ja": "{firm}からのお知らせ\n{date}は事務所（{addr}）を休業いたします。お急ぎの在留手続きは{tel}または{mail}へ。書類の提出は{vac}で引き続き受け付けます。詳しくは{web}をご覧ください。\n{naw}",
    "ko": "{firm} 안내\n{date}에는 사무소({addr})가 휴무입니다. 급한 비자 업무는 {tel} 또는 {mail}로 연락 주세요. 서류 접수는 {vac}에서 계속됩니다. 자세한 내용은 {web}.\n{naw}",
    "vi": "{firm}: thông báo\nVăn phòng tại {addr} nghỉ làm việc ngày {date}. Việc gấp về thị thực: {tel} hoặc {mail}. Vẫn nhận hồ sơ tại {vac}. Chi tiết tại {web}.\n{naw}",
}

# Name-as-word sentences: a word that is a given name elsewhere, used as a
# word. None of these words is in this part's name lists.
NAW = {
    "en": ["Will the biometrics slot move if the flight is late?", "Grace period for the BRP collection is ten days.",
           "Mark the dependant visas as linked in the portal.", "Hope the priority service is worth the fee."],
    "de": ["Ernst gemeint: ohne Meldebescheinigung kein Termin.", "Frank und frei: die Frist ist knapp."],
    "fr": ["Rose pâle, le formulaire Cerfa, pas le blanc.", "Victor Hugo disait que tout arrive à qui sait attendre, la préfecture aussi."],
    "es": ["Amparo legal: el silencio administrativo es negativo.", "Esperanza no queda mucha con este plazo."],
    "it": ["Serena la giornata in questura, per una volta.", "Fortunato chi trova un appuntamento a luglio."],
    "nl": ["Hoop op een snelle beslissing is er nog.", "Roos de formulieren op kleur, dan gaat het sneller."],
    "pt": ["Graça a quem tem o agendamento já feito.", "Vitória: a AIMA respondeu ao fim de três meses."],
    "pl": ["Nadzieja na szybką decyzję jest niewielka.", "Bogdanka to nazwa kopalni, nie klientki."],
    "ru": ["Надежда на быстрое решение небольшая.", "Вера в электронную очередь у нас пропала."],
    "el": ["Ελπίδα υπάρχει ακόμη για την ανανέωση.", "Χαρά μας να βοηθήσουμε."],
    "tr": ["Umut var, dosya hâlâ incelemede.", "Barış Manço Caddesi'ndeki şube taşındı."],
    "he": ["תקווה יש, התיק עדיין בבדיקה.", "שמחה גדולה במשרד כשהאשרה יצאה."],
    "ar": ["على أمل أن يصدر القرار هذا الأسبوع.", "الفرج قريب إن شاء الله."],
    "hi": ["आशा है कि इस हफ़्ते फ़ैसला आ जाएगा।", "किरण अस्पताल वाली बिल्डिंग में नया केंद्र खुला है।"],
    "th": ["ขอให้โชคดีกับการยื่นรอบนี้", "หวังว่าผลจะออกภายในสัปดาห์นี้"],
    "zh": ["希望这周能出结果。", "中山路那家照相馆可以拍签证照。"],
    "ja": ["希望どおり今週中に結果が出ますように。", "明日は晴れの予報なので窓口も混みそうです。"],
    "ko": ["희망을 갖고 기다려 봅시다.", "세종대로 쪽 사진관에서 비자 사진을 찍으면 됩니다."],
    "vi": ["Hy vọng tuần này có kết quả.", "Tiệm chụp ảnh thẻ ở đường Lê Lợi làm nhanh lắm."],
}

# Streets, buildings and programmes named after people (look-alikes).
EPON = {
    "en": ["the Fulbright Program", "the Rhodes Scholarship", "the Marie Skłodowska-Curie fellowship", "Lunar House in Croydon", "the Thurgood Marshall Federal Judiciary Building"],
    "de": ["das Humboldt-Forschungsstipendium", "die Konrad-Adenauer-Straße", "das Willy-Brandt-Haus"],
    "fr": ["le boulevard Haussmann", "la bourse Eiffel", "la place Charles-de-Gaulle"],
    "es": ["la calle de Alcalá Galiano", "el programa Erasmus+", "la avenida de Blasco Ibáñez"],
    "it": ["il programma Erasmus+", "via Cristoforo Colombo", "corso Vittorio Emanuele II"],
    "nl": ["het Erasmus+-programma", "de Johan Cruijff ArenA", "het Thorbeckeplein"],
    "pt": ["a Avenida Almirante Reis", "o programa Erasmus+", "a Praça Marquês de Pombal"],
    "pl": ["aleja Jana Pawła II", "program Erasmus+", "ulica Mikołaja Kopernika"],
    "ru": ["Невский проспект", "проспект Вернадского", "улица Пушкина"],
    "el": ["η λεωφόρος Βασιλίσσης Σοφίας", "η οδός Ερμού", "το πρόγραμμα Erasmus+"],
    "tr": ["Atatürk Bulvarı", "Barbaros Bulvarı", "Erasmus+ programı"],
    "he": ["שדרות רוטשילד", "רחוב הרצל", "מלגת פולברייט"],
    "ar": ["شارع الشيخ زايد", "جسر آل مكتوم", "منحة فولبرايت"],
    "hi": ["राजीव चौक", "इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा", "फुलब्राइट फ़ेलोशिप"],
    "th": ["ถนนสุขุมวิท", "ถนนพระราม 4", "ทุนฟุลไบรท์"],
    "zh": ["中山东一路", "鲁迅公园", "富布赖特项目"],
    "ja": ["坂本龍馬記念館", "野口英世記念館", "フルブライト奨学金"],
    "ko": ["세종대로", "충무로", "풀브라이트 장학금"],
    "vi": ["đường Lê Lợi", "đường Hai Bà Trưng", "học bổng Fulbright"],
}

# The host country's immigration authority, legislation and the visa or
# permit category its letters name (institutions and citations: look-alikes).
HOSTDOC = {
    "US": ("U.S. Citizenship and Immigration Services, Nebraska Service Center", "INA § 214(b)", "an H-1B change of status", "H-1B (Form I-129)"),
    "GB": ("Home Office, UK Visas and Immigration", "paragraph SW 14.1 of Appendix Skilled Worker", "a Skilled Worker visa", "Skilled Worker (CoS)"),
    "DE": ("Ausländerbehörde Emden, Fachdienst 31", "§ 5 Abs. 1 Nr. 1 AufenthG", "Aufenthaltserlaubnis nach § 18b AufenthG", "Blaue Karte EU nach § 18g AufenthG"),
    "FR": ("Préfecture de la Gironde, bureau du séjour", "l'article L. 421-1 du CESEDA", "carte de séjour « salarié »", "passeport talent (salarié qualifié)"),
    "ES": ("Oficina de Extranjería de Asturias", "el artículo 64 del Reglamento de Extranjería", "residencia y trabajo por cuenta ajena", "autorización para profesional altamente cualificado"),
    "IT": ("Questura di Trieste, Ufficio Immigrazione", "art. 5, comma 5, D.Lgs. 286/1998", "permesso di soggiorno per lavoro subordinato", "nulla osta art. 27 TUI"),
    "NL": ("Immigratie- en Naturalisatiedienst (IND)", "artikel 16, eerste lid, Vreemdelingenwet 2000", "een verblijfsvergunning kennismigrant", "kennismigrant"),
    "PT": ("Agência para a Integração, Migrações e Asilo (AIMA)", "artigo 77.º da Lei n.º 23/2007", "autorização de residência para atividade profissional", "visto para atividade altamente qualificada"),
    "PL": ("Zachodniopomorski Urząd Wojewódzki, Wydział Spraw Cudzoziemców", "art. 100 ust. 1 ustawy o cudzoziemcach", "zezwolenia na pobyt czasowy i pracę", "zezwolenie na pracę typu A"),
    "RU": ("Управление по вопросам миграции ГУ МВД России", "ст. 18 Федерального закона № 115-ФЗ", "разрешения на временное проживание", "разрешение на работу ВКС"),
    "GR": ("Διεύθυνση Αλλοδαπών και Μετανάστευσης Πειραιά", "άρθρο 137 του ν. 5038/2023", "άδεια διαμονής για εξαρτημένη εργασία", "άδεια διαμονής υψηλής ειδίκευσης"),
    "TR": ("Mersin İl Göç İdaresi Müdürlüğü", "6458 sayılı Kanun m. 32", "kısa dönem ikamet izni", "çalışma izni"),
    "IL": ("רשות האוכלוסין וההגירה, לשכת חיפה", "סעיף 2 לחוק הכניסה לישראל, התשי\"ב-1952", "אשרת עבודה B/1", "אשרת B/1 למומחה חוץ"),
    "AE": ("الهيئة الاتحادية للهوية والجنسية والجمارك وأمن المنافذ", "المرسوم بقانون اتحادي رقم 29 لسنة 2021", "تأشيرة إقامة للعمل", "تأشيرة عمل وإقامة"),
    "IN": ("विदेशी क्षेत्रीय पंजीकरण कार्यालय (FRRO), अमृतसर", "आप्रवास और विदेशियों विषयक अधिनियम, 2025 की धारा 7", "निवास परमिट", "रोज़गार वीज़ा (E-1)"),
    "TH": ("สำนักงานตรวจคนเข้าเมือง กองบังคับการตรวจคนเข้าเมือง 1", "มาตรา 12 แห่ง พ.ร.บ.คนเข้าเมือง พ.ศ. 2522", "การขยายระยะเวลาพำนัก", "วีซ่า Non-Immigrant B"),
    "CN": ("上海市公安局出入境管理局", "《中华人民共和国出境入境管理法》第三十条", "工作类居留许可", "Z字签证"),
    "JP": ("東京出入国在留管理局 横浜支局", "出入国管理及び難民認定法第7条第1項第2号", "在留資格「技術・人文知識・国際業務」", "技術・人文知識・国際業務"),
    "KR": ("인천출입국·외국인청", "출입국관리법 제11조", "E-7 체류자격 변경", "E-7 특정활동"),
    "VN": ("Cục Quản lý xuất nhập cảnh, Bộ Công an", "Điều 8 Luật số 47/2014/QH13", "thẻ tạm trú", "giấy phép lao động"),
}
CASE_LAW = ["R (Agyarko) v SSHD [2017] UKSC 11", "MM (Lebanon) v SSHD [2017] UKSC 10", "Chikwamba v SSHD [2008] UKHL 40",
            "Zambrano (C-34/09)", "Metock (C-127/08)", "Matter of Dhanasar, 26 I&N Dec. 884 (AAO 2016)"]

EMPLOYER = {
    "US": "Prairiesmoke Analytics Inc.", "GB": "Kittiwake Robotics Ltd", "DE": "Wattkante Präzisionstechnik GmbH",
    "FR": "Atelier Numérique Brise-Lame SAS", "ES": "Ábrego Software S.L.", "IT": "Meccanica Maestrale S.p.A.",
    "NL": "Polderwind Systems B.V.", "PT": "Baixa-Mar Tecnologia, Lda.", "PL": "Bursztynowe Dane sp. z o.o.",
    "RU": "ООО «Сиверко Софт»", "GR": "Ζέφυρος Λογισμικό Α.Ε.", "TR": "Karayel Yazılım A.Ş.",
    "IL": "גל צפוני טכנולוגיות בע\"מ", "AE": "شركة رمال الخليج للتقنية ذ.م.م", "IN": "मानसून टेक सॉल्यूशंस प्रा. लि.",
    "TH": "บริษัท ลมมรสุม ซอฟต์แวร์ จำกัด", "CN": "杭州云帆科技有限公司", "JP": "株式会社しおかぜシステムズ",
    "KR": "(주)해오름테크", "VN": "Công ty TNHH Phần mềm Gió Nồm",
}
EMP_DOMAIN = {"US": "prairiesmoke-analytics.com", "GB": "kittiwake-robotics.co.uk", "DE": "wattkante-praezision.de",
              "FR": "brise-lame.fr", "ES": "abrego-sw.es", "IT": "maestrale-meccanica.it", "NL": "polderwind.nl",
              "PT": "baixamar.pt", "PL": "bursztynowe-dane.pl", "RU": "siverko-soft.ru", "GR": "zefyros-soft.gr",
              "TR": "karayelyazilim.com.tr", "IL": "galtsafoni.co.il", "AE": "gulfsands-tech.ae", "IN": "monsoontech.in",
              "TH": "monsoon-soft.co.th", "CN": "yunfan-tech.cn", "JP": "shiokaze-sys.jp", "KR": "haeoreum.kr", "VN": "gionom.vn"}
ROLE = {
    "en": ["Senior Data Engineer", "Wind Turbine Technician", "Clinical Research Lead"],
    "de": ["Softwarearchitekt/in", "Ingenieur/in Qualitätssicherung"], "fr": ["ingénieur(e) logiciel", "cheffe de projet data"],
    "es": ["ingeniero/a de datos", "jefe/a de proyecto"], "it": ["ingegnere meccanico", "analista dati"],
    "nl": ["data-engineer", "projectleider"], "pt": ["engenheiro/a de software", "analista de dados"],
    "pl": ["inżynier oprogramowania", "analityk danych"], "ru": ["ведущий инженер", "аналитик данных"],
    "el": ["μηχανικός λογισμικού", "αναλυτής δεδομένων"], "tr": ["yazılım mühendisi", "veri analisti"],
    "he": ["מהנדס/ת תוכנה", "מנהל/ת מוצר"], "ar": ["مهندس برمجيات", "محلل بيانات"],
    "hi": ["सॉफ़्टवेयर इंजीनियर", "डेटा विश्लेषक"], "th": ["วิศวกรซอฟต์แวร์", "นักวิเคราะห์ข้อมูล"],
    "zh": ["高级软件工程师", "数据分析师"], "ja": ["ソフトウェアエンジニア", "データアナリスト"],
    "ko": ["소프트웨어 엔지니어", "데이터 분석가"], "vi": ["kỹ sư phần mềm", "chuyên viên phân tích dữ liệu"],
}
CUR = {"US": ("USD", 1), "GB": ("GBP", 0.8), "DE": ("EUR", 0.9), "FR": ("EUR", 0.9), "ES": ("EUR", 0.9),
       "IT": ("EUR", 0.9), "NL": ("EUR", 0.9), "PT": ("EUR", 0.9), "PL": ("PLN", 4), "RU": ("RUB", 90),
       "GR": ("EUR", 0.9), "TR": ("TRY", 35), "IL": ("ILS", 3.7), "AE": ("AED", 3.7), "IN": ("INR", 85),
       "TH": ("THB", 35), "CN": ("CNY", 7), "JP": ("JPY", 150), "KR": ("KRW", 1400), "VN": ("VND", 25000)}


def money(R, cc, usd):
    code, k = CUR[cc]
    v = usd * k
    if v >= 10000:
        v = int(round(v, -3))
    else:
        v = int(round(v))
    s = "{:,}".format(v)
    if cc in ("DE", "ES", "IT", "NL", "PT", "GR", "TR", "VN", "PL", "RU", "FR"):
        s = s.replace(",", "." if cc not in ("FR", "PL", "RU") else "\u202f")
    return R.choice(["%s %s" % (s, code), "%s %s" % (code, s)]) if cc not in ("US", "GB") else ("$" if cc == "US" else "£") + s


# ====================================================================== helpers
WEBMAIL = {"US": ["gmail.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "posteo.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PT": ["sapo.pt", "gmail.com", "netcabo.pt"],
           "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
           "GR": ["otenet.gr", "gmail.com", "yahoo.gr"], "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "AE": ["gmail.com", "eim.ae", "outlook.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "outlook.co.th"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn", "fpt.vn"]}
EMAIL_RE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"


def email(R, p, domain=None):
    """Personal address on a webmail domain, or work address (sub work) on
    a firm's or employer's domain; local parts from the roman forms."""
    if domain:
        g = ascii_fold(p.rgiven).lower().replace(" ", "")
        f = ascii_fold(p.rfamily).lower().replace(" ", "").replace("'", "")
        return L("email", "%s@%s" % (R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), g]), domain), sub="work")
    return L("email", "%s@%s" % (p.local(R), R.choice(WEBMAIL[p.loc])), sub="personal")


def P(p, kind="full"):
    v = {"full": p.full, "call": p.call, "given": p.given, "family": p.family, "intl": intl(p)}[kind]
    return L("person", v)


def intl(p):
    """How a host country's form writes a foreign resident: Latin-script
    names as they are, the others in roman letters (family name in capitals
    first for CN, JP, KR)."""
    if p.loc not in NONLATIN:
        return p.full
    if p.loc in ("CN", "JP", "KR"):
        return p.rfamily.upper() + " " + p.rgiven
    return p.rgiven + " " + p.rfamily


def fill(frame, m):
    """Splits a frame on {key} and puts the parts of m in."""
    out = []
    for i, tok in enumerate(re.split(r"\{(\w+)\}", frame)):
        if i % 2 == 0:
            if tok:
                out.append(tok)
        else:
            out.append(m[tok])
    return out


def wrap(R, lg, body):
    """A request line in the text's language before or after the paste,
    sometimes in quotes, after a rule or around a code fence."""
    req = R.choice(REQ[lg])
    k = R.randint(0, 5)
    if k == 0:
        return [req, "\n\n", body]
    if k == 1:
        return [body, "\n\n", req]
    if k == 2:
        return [req, '\n"""\n', body, '\n"""']
    if k == 3:
        return [req, "\n---\n", body]
    if k == 4:
        return [req, "\n```\n", body, "\n```"]
    return ['"""\n', body, '\n"""\n', req]


def chat_lines(R, lg, lines, who):
    """lines: (c|a, parts); who: {'c': Person, 'a': Person}. Sender names
    are labelled as the chat shows them."""
    out = []
    h, mi = R.randint(8, 18), R.randint(0, 40)
    style = R.randint(0, 2)
    d = R.randint(1, 28)
    mo = R.randint(1, 12)
    for w, parts in lines:
        mi += R.randint(1, 6)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        nm = P(who[w], "call")
        if style == 0:
            out += ["[%02d:%02d] " % (h, mi), nm, ": "] + parts + ["\n"]
        elif style == 1:
            out += ["%02d/%02d/2026, %02d:%02d - " % (d, mo, h, mi), nm, ": "] + parts + ["\n"]
        else:
            out += [nm, " (%02d:%02d): " % (h, mi)] + parts + ["\n"]
    return out


def case_ref(R, cc):
    pre = {"US": "CIC", "GB": "LIA", "DE": "KRV", "FR": "PMI", "ES": "PNE", "IT": "APR", "NL": "LRB", "PT": "CNI",
           "PL": "PLP", "RU": "MPP", "GR": "FRS", "TR": "RGV", "IL": "MGD", "AE": "MRF", "IN": "SVI", "TH": "PVR",
           "CN": "DKC", "JP": "MZS", "KR": "NRV", "VN": "BCD"}[cc]
    return N("%s-2026-%05d" % (pre, R.randint(100, 99999)), "case_ref")


def app_ref(R, cc=None):
    """Application references are issued per application: look-alikes."""
    k = {"US": 1, "GB": 0, "DE": 4, "FR": 4, "IT": 4}.get(cc, R.choice([2, 3]))
    if k == 0:
        return N("GWF%09d" % R.randint(10 ** 7, 10 ** 9 - 1), "application_ref")
    if k == 1:
        return N("IOE%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "application_ref")
    if k == 2:
        return N("VFS/%s/2026/%06d" % (R.choice(["DEL", "BKK", "HAN", "PEK", "IST", "DXB"]), R.randint(1, 999999)), "application_ref")
    if k == 3:
        return N("AA%08d%s" % (R.randint(0, 10 ** 8 - 1), R.choice("ABCDEFGH")), "application_ref")
    return N("E%s-%04d-%04d" % (cc or "DE", R.randint(1000, 9999), R.randint(1000, 9999)), "application_ref")


DEST = [("Canada", "Study permit", "IMM 1294"), ("Canada", "Visitor visa", "IMM 5257"), ("United States", "B1/B2 visitor visa", "DS-160"),
        ("United Kingdom", "Family visa (partner)", "Appendix FM"), ("Australia", "Student visa subclass 500", "Form 157A"),
        ("Germany", "National visa (type D)", "VIDEX"), ("New Zealand", "Skilled Migrant Category", "INZ 1000"),
        ("Ireland", "Join Family visa", "AVATS"), ("Japan", "Certificate of Eligibility", "COE")]
DEST_CC = {"Canada": None, "United States": "US", "United Kingdom": "GB", "Australia": None, "Germany": "DE",
           "New Zealand": None, "Ireland": None, "Japan": "JP"}


def dest_for(R, cc):
    while True:
        d = R.choice(DEST)
        if DEST_CC[d[0]] != cc:
            return d


def appt(R, cc):
    y, m, d = 2026, R.randint(1, 12), R.randint(1, 28)
    return N("%s %02d:%02d" % (date_plain(R, cc, y, m, d), R.randint(8, 15), R.choice([0, 15, 30, 45])), "appointment")


def some_date(R, cc, tag, y0=2024, y1=2027):
    return N(date_plain(R, cc, R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)), tag)


def dob_L(R, cc, y, m, d, kind=None):
    return L("dob", dob_text(R, cc, y, m, d, kind))


def firm_n(cc, what):
    f = FIRMS[cc]
    return N({"name": f[0], "domain": f[1], "addr": f[2], "tel": f[3], "web": "www." + f[1]}[what],
             {"name": "firm", "domain": "website", "addr": "firm_address", "tel": "switchboard", "web": "website"}[what])


def role_mail(R, cc, box=None):
    box = box or R.choice(["visas", "info", "cases", "relocation", "documents", "accounts"])
    return N("%s@%s" % (box, FIRMS[cc][1]), "role_mailbox")


CARD_ISS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard"], "DE": ["mastercard", "visa"],
            "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"], "IT": ["visa", "mastercard"], "NL": ["mastercard", "visa"],
            "PT": ["visa", "mastercard"], "PL": ["visa", "mastercard"], "RU": ["mir"], "GR": ["visa", "mastercard"],
            "TR": ["troy", "mastercard", "visa"], "IL": ["visa", "mastercard", "amex"], "AE": ["visa", "mastercard"],
            "IN": ["rupay", "visa"], "TH": ["visa", "jcb"], "CN": ["unionpay"], "JP": ["jcb", "visa"],
            "KR": ["visa", "mastercard"], "VN": ["visa", "jcb", "mastercard"]}


def card_L(R, cc):
    iss = R.choice(CARD_ISS[cc])
    n = card_random(R, iss)
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=iss)


TEST_CARDS = ["4111111111111111", "5555555555554444", "4000000000000002", "378282246310005", "4242424242424242"]


def iban_L(R, cc):
    v = iban_il(R) if cc == "IL" else iban_random(R, cc)
    k = R.randint(0, 3)
    if k == 0:
        s = v
    elif k == 3:
        s = group(v, 4, "\u00a0")
    else:
        s = group(v, 4, " ")
    return L("iban", s, sub=cc)


def ip_L(R, v6=False):
    while True:
        if v6:
            s = "%s:%x:%x:%x::%x" % (R.choice(["2a01", "2a02", "2a00", "2600", "2603", "2804", "2400", "2406", "240e", "2001:4860"]), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
        else:
            s = "%d.%d.%d.%d" % (R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip_global(s):
            return L("ip", s, sub="v6" if v6 else "v4")


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_global(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


def doc_ip(R):
    return N("%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(1, 254)), "documentation_ip")


def lan_ip(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(1, 254)),
                       "192.168.%d.%d" % (R.randint(0, 20), R.randint(1, 254)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))]), "private_ip")


def serial(R):
    return N("%s-%s%05d" % (R.choice(["BIO-KX", "FPS-220", "CAM-IR", "SCN-A4"]), R.choice("ABCDEFGH"), R.randint(0, 99999)), "device_serial")


def naw(R, lg):
    return N(R.choice(NAW[lg]), "name_as_word")


def epon(R, lg):
    return N(R.choice(EPON[lg]), "place_named_after_person")


def fee(R, cc, usd=None):
    return N(money(R, cc, usd or R.choice([85, 120, 185, 205, 310, 490, 640, 1015])), "fee")


def exp_date(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 32)), "card_expiry")


def kid_dob(R):
    return dob_draw(R, 2008, 2022)


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(fn):
        TEMPLATES.append((name, count, fn, clean))
        return fn
    return deco


def other_loc(R, cc):
    while True:
        o = R.choice(LOCS)
        if o != cc:
            return o


def person_block(R, cc, fl, p, y, m, d, pp=True, nid=True, split=True):
    """Lines of a person section: name (split or whole), birth date,
    passport, the id the country's forms ask for."""
    out = []
    if split:
        out += ["%s: " % fl["sur"], P(p, "family"), "\n%s: " % fl["giv"], P(p, "given"), "\n"]
    else:
        out += ["%s: " % fl["name"], P(p), "\n"]
    out += ["%s: " % fl["dob"], dob_L(R, cc, y, m, d), "\n"]
    if pp:
        out += ["%s: " % fl["pp"], passport(R, cc), "\n"]
    if nid:
        v, sub = home_id(R, cc, p, y, m, d)
        out += ["%s: " % idl(sub, LANG[cc]), gid(v, sub), "\n"]
    return out


@tpl("visa_form", 52)
def t_visa_form(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    av = set()
    app = make_person(R, cc, avoid=av)
    sp = make_person(R, cc, female=not app.female, avoid=av)
    adv = make_person(R, cc, avoid=av)
    dest, cat, code = dest_for(R, cc)
    y, m, d = dob_draw(R, 1970, 1996)
    body = [firm_n(cc, "name"), " · visa case ", case_ref(R, cc), "\nDestination: %s · Category: " % dest,
            N(cat, "visa_category"), " (", N(code, "form_code"), ")\n\n== Applicant ==\n"]
    body += person_block(R, cc, fl, app, y, m, d, split=R.random() < 0.7)
    body += ["%s: " % fl["addr"], L("address", address(R, cc)), "\n%s: " % fl["tel"], phone(R, cc),
             "\n%s: " % fl["mail"], email(R, app), "\n\n== Spouse ==\n"]
    y2, m2, d2 = dob_draw(R, 1968, 1998)
    body += person_block(R, cc, fl, sp, y2, m2, d2, nid=R.random() < 0.5, split=False)
    if R.random() < 0.5:
        body += ["%s: " % fl["tel"], phone(R, cc if R.random() < 0.75 else other_loc(R, cc), region=cc), "\n"]
    for i in range(R.randint(1, 2)):
        k = make_person(R, cc, avoid=av)
        ky, km, kd = kid_dob(R)
        body += ["\n== Child %d ==\n" % (i + 1)]
        body += person_block(R, cc, fl, k, ky, km, kd, nid=False, split=False)
    body += ["\nFees: ", fee(R, cc), " · Biometrics: ", appt(R, cc)]
    if R.random() < 0.4:
        body += ["\nPaid by card: ", card_L(R, cc), " exp ", exp_date(R), " (", P(app if R.random() < 0.7 else sp), ")"]
    body += ["\nAdviser: ", P(adv, "call")]
    if R.random() < 0.35:
        body += ["\nNote: ", naw(R, lg)]
    return "form", lg, wrap(R, lg, body)


@tpl("permit_form", 44)
def t_permit_form(R, host):
    lg = LANG[host]
    fl = FL[lg]
    home = other_loc(R, host)
    av = set()
    app = make_person(R, home, avoid=av)
    adv = make_person(R, host, avoid=av)
    auth, law, permit, _ = HOSTDOC[host]
    y, m, d = dob_draw(R, 1966, 2000)
    body = ["RESIDENCE PERMIT · ", N(permit, "visa_category"), "\nAuthority: ", N(auth, "authority"), " · legal basis: ",
            N(law, "legislation"), "\nApplication no.: ", app_ref(R, host), " · appointment: ", appt(R, host), "\n\n[Applicant]\n",
            "%s: " % fl["name"], P(app, "intl"), "\n%s: " % fl["dob"], dob_L(R, host, y, m, d), "\n%s: " % fl["nat"], N(COUNTRY_EN[home], "nationality"),
            "\n%s: " % fl["pp"], passport(R, home), " (", some_date(R, host, "passport_expiry", 2029, 2035), ")\n"]
    for v, sub, _k in host_ids(R, host, app, home, y, m, d):
        body += ["%s: " % idl(sub, lg), gid(v, sub), "\n"]
    body += ["%s: " % fl["addr"], L("address", address(R, host)), "\n%s: " % fl["tel"], phone(R, host if R.random() < 0.75 else home, region=host),
             "\n%s: " % fl["mail"], email(R, app), "\n"]
    if R.random() < 0.6:
        sp = make_person(R, home, female=not app.female, avoid=av)
        y2, m2, d2 = dob_draw(R, 1966, 2000)
        body += ["\n[Family member]\n%s: " % fl["rel"], N(fl["sp"], "relationship"), "\n%s: " % fl["name"], P(sp, "intl"),
                 "\n%s: " % fl["dob"], dob_L(R, host, y2, m2, d2), "\n%s: " % fl["pp"], passport(R, home), "\n"]
    body += ["\nFee: ", fee(R, host, R.choice([100, 120, 160])), " · prepared by ", P(adv, "call"), " (", firm_n(host, "name"), ")"]
    return "form", lg, wrap(R, lg, body)


@tpl("sponsor_letter", 44)
def t_sponsor(R, host):
    lg = LANG[host]
    home = other_loc(R, host)
    av = set()
    emp = make_person(R, home, avoid=av)
    hr = make_person(R, host, avoid=av)
    y, m, d = dob_draw(R, 1975, 2000)
    co = EMPLOYER[host]
    start = some_date(R, host, "start_date", 2026, 2027)
    m_ = {"emp": P(emp, "intl"), "dob": dob_L(R, host, y, m, d), "pp": passport(R, home), "role": N(R.choice(ROLE[lg]), "job_title"),
          "co": N(co, "employer"), "co2": N(co, "employer"), "start": start, "sal": N(money(R, host, R.choice([68000, 82000, 95000, 120000])), "salary"),
          "visa": N(HOSTDOC[host][3], "visa_category"), "hr": P(hr), "hr2": P(hr), "hrmail": email(R, hr, EMP_DOMAIN[host]),
          "hrtel": phone(R, host, intl=R.random() < 0.4)}
    body = fill(SPONSOR[lg], m_)
    return "letter", lg, wrap(R, lg, body)


BANKS = {"GB": "Nationwide", "DE": "Sparkasse Bremen", "FR": "Crédit Mutuel", "ES": "CaixaBank", "IT": "Intesa Sanpaolo",
         "NL": "ING", "PT": "Millennium bcp", "PL": "PKO BP", "GR": "Εθνική Τράπεζα", "TR": "Ziraat Bankası",
         "IL": "בנק הפועלים", "AE": "Emirates NBD"}


@tpl("proof_of_funds", 44)
def t_funds(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    av = set()
    app = make_person(R, cc, avoid=av)
    spon = make_person(R, cc, avoid=av)
    y, m, d = dob_draw(R, 1990, 2007)
    dest, cat, code = dest_for(R, cc) if cc in BANKS else ("Germany", "National visa (type D)", "VIDEX")
    body = ["PROOF OF FUNDS · summary for ", case_ref(R, cc), " (", N(cat, "visa_category"), ", %s)\n" % dest,
            "%s: " % fl["name"], P(app), " · %s: " % fl["dob"], dob_L(R, cc, y, m, d), "\n\n"]
    if cc in BANKS:
        acc1 = ["Account 1 · ", N(BANKS[cc], "bank"), " · %s: " % fl["holder"], P(app), "\nIBAN ", iban_L(R, cc)]
    else:
        acc1 = ["Account 1 · ", N(R.choice(["Expatrio blocked account", "Fintiba blocked account"]), "bank"),
                " (Sperrkonto, Germany) · %s: " % fl["holder"], P(app), "\nIBAN ", iban_L(R, "DE")]
    body += acc1 + [" · balance ", N(money(R, cc if cc in BANKS else "DE", R.choice([11900, 13500, 15800])), "balance"),
                    " on ", some_date(R, cc, "statement_date", 2026, 2026), "\n\n"]
    rel = R.choice(["father", "mother", "uncle", "aunt"])
    sc = cc if cc in BANKS else R.choice(["DE", "NL", "FR", "GB", "AE"])
    body += ["Account 2 · sponsor (%s: " % fl["rel"], N(rel, "relationship"), ") · %s: " % fl["holder"], P(spon),
             "\nIBAN ", iban_L(R, sc), " · average balance (6 months) ", N(money(R, sc, R.choice([24000, 31000, 47000])), "balance"), "\n"]
    if R.random() < 0.5:
        body += ["%s: " % fl["tel"], phone(R, cc), "\n"]
    body += ["\nRequired for this route: ", N(money(R, cc if cc in BANKS else "DE", R.choice([11208, 12324, 20635])), "fee"),
             " · checked by ", P(make_person(R, cc, avoid=av), "call")]
    return "form", lg, wrap(R, lg, body)


@tpl("card_chat", 40)
def t_card_chat(R, cc):
    lg = LANG[cc]
    av = set()
    fem_c = {"th": True, "hi": False}.get(lg)
    cl = make_person(R, cc, female=fem_c, avoid=av)
    ad = make_person(R, cc, female={"th": False, "vi": False}.get(lg), avoid=av)
    holder = cl if R.random() < 0.6 else make_person(R, cc, avoid=av)
    m_ = {"a": P(ad, "call"), "c": P(cl, "call"), "fee": fee(R, cc), "ref": case_ref(R, cc), "card": card_L(R, cc),
          "exp": exp_date(R), "holder": P(holder), "mail": email(R, holder)}
    lines = [(w, fill(t, m_)) for w, t in CARD[lg]]
    body = chat_lines(R, lg, lines, {"c": cl, "a": ad})
    return "chat_export", lg, wrap(R, lg, body)


@tpl("biometrics_booking", 40)
def t_biometrics(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    av = set()
    n = R.randint(1, 3)
    body = ["APPOINTMENT CONFIRMATION · ", N(VACS[cc], "visa_centre"), "\nReference: ", app_ref(R), " · Date/time: ", appt(R, cc),
            " · Counter ", N("%s-%02d" % (R.choice("ABCD"), R.randint(1, 20)), "counter"), "\nApplicants:\n"]
    first = None
    for i in range(n):
        p = make_person(R, cc, avoid=av)
        first = first or p
        y, m, d = dob_draw(R, 1960, 2018)
        body += ["%d. %s: " % (i + 1, fl["name"]), P(p), " · %s: " % fl["dob"], dob_L(R, cc, y, m, d), " · %s: " % fl["pp"], passport(R, cc), "\n"]
    body += ["%s: " % fl["tel"], phone(R, cc), " · %s: " % fl["mail"], email(R, first),
             "\nBring the appointment letter, passports and two photos. Helpline: ", firm_n(cc, "tel"), " (", firm_n(cc, "name"), ")"]
    return "form", lg, wrap(R, lg, body)


@tpl("document_checklist", 40)
def t_checklist(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    av = set()
    a = make_person(R, cc, avoid=av)
    b = make_person(R, cc, female=not a.female, avoid=av)
    k = make_person(R, cc, avoid=av)
    adv = make_person(R, cc, avoid=av)
    dest, cat, code = dest_for(R, cc)
    ky, km, kd = kid_dob(R)
    body = ["Document checklist · ", case_ref(R, cc), " · %s, " % dest, N(cat, "visa_category"), "\n",
            "[x] Passport: ", P(a), " (", passport(R, cc), ", expires ", some_date(R, cc, "passport_expiry", 2028, 2035), ")\n",
            "[x] Passport: ", P(b), " (", passport(R, cc), ")", *([" · %s " % fl["tel"], phone(R, cc)] if R.random() < 0.5 else []), "\n",
            "[ ] Birth certificate: ", P(k), " (%s " % fl["dob"], dob_L(R, cc, ky, km, kd), ")\n",
            "[x] Marriage certificate: ", P(a, "given"), " & ", P(b, "given"), "\n",
            "[ ] Employer letter from ", N(EMPLOYER[cc], "employer"), "\n",
            "[ ] Police certificate: ", P(b, "given"), "\n",
            "[x] Form ", N(code, "form_code"), " signed\n"]
    body += ["Adviser: ", P(adv), " · next review ", some_date(R, cc, "review_date", 2026, 2026)]
    if R.random() < 0.4:
        body += ["\n", naw(R, lg)]
    return "list", lg, wrap(R, lg, body)


@tpl("refusal_appeal", 44)
def t_refusal(R, host):
    lg = LANG[host]
    home = other_loc(R, host)
    av = set()
    app = make_person(R, home, avoid=av)
    off = make_person(R, host, avoid=av)
    adv = make_person(R, host, avoid=av)
    auth, law, permit, _ = HOSTDOC[host]
    y, m, d = dob_draw(R, 1970, 2001)
    m_ = {"auth": N(auth, "authority"), "ref": app_ref(R, host), "date": some_date(R, host, "decision_date", 2026, 2026),
          "app": P(app, "intl"), "app2": P(app, "intl"), "visa": N(permit, "visa_category"), "law": N(law, "legislation"),
          "off": P(off), "dob": dob_L(R, host, y, m, d), "pp": passport(R, home), "addr": L("address", address(R, host)),
          "adv": P(adv), "firm": firm_n(host, "name"), "case": N(R.choice(CASE_LAW), "case_law"),
          "offrole": "Immigration Services Officer" if host == "US" else "Entry Clearance Manager"}
    return "letter", lg, wrap(R, lg, fill(REFUSAL[lg], m_))


@tpl("address_history", 44)
def t_addr_hist(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    av = set()
    p = make_person(R, cc, avoid=av)
    adv = make_person(R, cc, avoid=av)
    y, m, d = dob_draw(R, 1965, 1998)
    body = ["Address history · ", case_ref(R, cc), "\n%s: " % fl["name"], P(p), " · %s: " % fl["dob"], dob_L(R, cc, y, m, d),
            "\n%s (5 years, most recent first):\n" % fl["prev"]]
    places = [cc] + [other_loc(R, cc) for _ in range(R.randint(2, 3))]
    yr, mo = 2026, R.randint(1, 10)
    for i, pl in enumerate(places):
        y0 = yr - R.randint(1, 2)
        m0 = R.randint(1, 12)
        span = "%02d/%d – %s" % (m0, y0, "present" if i == 0 else "%02d/%d" % (mo, yr))
        body += [N(span, "date_range"), ": ", L("address", address(R, pl)), "\n"]
        yr, mo = y0, m0
    if R.random() < 0.6:
        body += ["%s: " % fl["tel"], phone(R, cc), "\n"]
    body += ["Checked against utility bills and tenancy agreements by ", P(adv, "call"), "."]
    return "form", lg, wrap(R, lg, body)


COUNTRY_EN = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy",
              "NL": "Netherlands", "PT": "Portugal", "PL": "Poland", "RU": "Russia", "GR": "Greece", "TR": "Türkiye",
              "IL": "Israel", "AE": "United Arab Emirates", "IN": "India", "TH": "Thailand", "CN": "China", "JP": "Japan",
              "KR": "South Korea", "VN": "Vietnam"}

SCHOOLS = {"US": "Norfolk Academy of Languages", "GB": "Humberside International School", "DE": "Internationale Schule am Emsufer",
           "FR": "Lycée international des Deux-Mers", "ES": "Colegio Internacional Bahía", "IT": "Scuola Internazionale del Carso",
           "NL": "Internationale School Scheldeoever", "PT": "Colégio Internacional do Douro", "PL": "Międzynarodowa Szkoła Nadmorska",
           "RU": "Международная школа «Невская волна»", "GR": "Διεθνές Σχολείο Πειραιά", "TR": "Akdeniz Uluslararası Okulu",
           "IL": "בית הספר הבינלאומי האלון", "AE": "مدرسة الخور الدولية", "IN": "पंचनद इंटरनेशनल स्कूल",
           "TH": "โรงเรียนนานาชาติริมน้ำ", "CN": "黄浦国际学校", "JP": "横浜山手インターナショナルスクール",
           "KR": "인천 송도 국제학교", "VN": "Trường Quốc tế Rặng Dừa"}


@tpl("tenancy_school", 40)
def t_tenancy(R, host):
    lg = LANG[host]
    fl = FL[lg]
    home = other_loc(R, host)
    av = set()
    par = make_person(R, home, avoid=av)
    kid = make_person(R, home, avoid=av)
    cons = make_person(R, host, avoid=av)
    ky, km, kd = kid_dob(R)
    body = ["SCHOOL REGISTRATION + TENANCY · relocation file ", case_ref(R, host), "\nSchool: ", N(SCHOOLS[host], "school"),
            " · year group ", N(str(R.randint(1, 11)), "year_group"), "\nPupil (%s): " % fl["name"], P(kid, "intl"),
            " · %s: " % fl["dob"], dob_L(R, host, ky, km, kd), "\nParent/guardian: ", P(par, "intl"), " · %s: " % fl["tel"],
            phone(R, host if R.random() < 0.7 else home, region=host), " · %s: " % fl["mail"], email(R, par),
            "\nNew address (%s): " % fl["addr"], L("address", address(R, host)), "\n"]
    if R.random() < 0.5:
        ll = make_person(R, host, avoid=av)
        body += ["%s: " % fl["landlord"], P(ll), " · ", phone(R, host)]
    else:
        body += ["Letting agent: ", N(R.choice(["Harbour Lettings", "Quayside Homes", "Cityside Residential"]), "letting_agent"),
                 " (", role_mail(R, host, "lettings"), ")"]
    body += ["\nRent: ", N(money(R, host, R.choice([1800, 2400, 3100])), "rent"), " · move-in ", some_date(R, host, "move_in_date", 2026, 2027),
             "\nRelocation consultant: ", P(cons, "call"), " (", firm_n(host, "name"), ")"]
    return "form", lg, wrap(R, lg, body)


@tpl("client_chat", 48)
def t_client_chat(R, cc):
    lg = LANG[cc]
    av = set()
    cl = make_person(R, cc, female=True if lg == "vi" else None, avoid=av)
    ad = make_person(R, cc, female={"ru": True, "th": False}.get(lg), avoid=av)
    kid = make_person(R, cc, female=False if lg in ("fr", "es", "it", "pt", "he") else None, avoid=av)
    ky, km, kd = kid_dob(R)
    m_ = {"c": P(cl, "call"), "ref": case_ref(R, cc), "kid": P(kid), "kdob": dob_L(R, cc, ky, km, kd), "pp": passport(R, cc),
          "addr": L("address", address(R, cc)), "tel": phone(R, cc), "appt": appt(R, cc)}
    lines = [(w, fill(t, m_)) for w, t in CHAT[lg]]
    body = chat_lines(R, lg, lines, {"c": cl, "a": ad})
    return "chat_export", lg, wrap(R, lg, body)


@tpl("case_export", 40)
def t_export(R, cc):
    av = set()
    n = R.randint(2, 3)
    rows = []
    for i in range(n):
        p = make_person(R, cc, avoid=av)
        y, m, d = dob_draw(R, 1960, 2004)
        rows.append((p, y, m, d, passport(R, cc), phone(R, cc, intl=True), email(R, p), ip_L(R, R.random() < 0.15),
                     case_ref(R, cc), N(R.choice(["submitted", "biometrics_booked", "decision_pending", "refused_appeal"]), "status")))
    if R.random() < 0.55:
        body = ['{"export": "cases", "version": "', N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version"), '", "firm": "',
                firm_n(cc, "domain"), '", "clients": [\n']
        for i, (p, y, m, d, pp, ph, em, ip, ref, st) in enumerate(rows):
            body += ['  {"case": "', ref, '", "name": "', P(p), '", "dob": "', L("dob", "%04d-%02d-%02d" % (y, m, d)),
                     '", "passport": "', pp, '", "mobile": "', ph, '", "email": "', em, '", "last_login_ip": "', ip,
                     '", "status": "', st, '"}', ",\n" if i < n - 1 else "\n"]
        body += ["]}"]
        form = "json"
    else:
        body = ["case,name,dob,passport,mobile,email,last_login_ip,status\n"]
        for p, y, m, d, pp, ph, em, ip, ref, st in rows:
            body += [ref, ",", P(p), ",", L("dob", "%04d-%02d-%02d" % (y, m, d)), ",", pp, ",", ph, ",", em, ",", ip, ",", st, "\n"]
        form = "csv"
    return form, "en", wrap(R, "en", body)


@tpl("case_env", 40)
def t_env(R, cc):
    av = set()
    own = make_person(R, cc, avoid=av)
    dom = FIRMS[cc][1]
    body = ["# case-management system .env (owner: ", P(own, "call"), ", ", email(R, own, dom), ")\n",
            "APP_ENV=production\nAPP_URL=https://cases.", firm_n(cc, "domain"), "\nDB_HOST=", lan_ip(R),
            "\nDB_USER=cases_app\nDB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"),
            "\nESIGN_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"),
            "\nTWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"),
            "\nSENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"),
            "\nPORTAL_SERVICE_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    if R.random() < 0.6:
        body += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"),
                 "\nSTRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        body += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    body += ["ADMIN_ALLOWLIST=", ip_L(R), ",", doc_ip(R), "\nBIOMETRIC_KIOSK=", serial(R),
             "\nNOTIFY_FROM=", role_mail(R, cc, "noreply"), "\n"]
    return "config", "en", wrap(R, "en", body)


@tpl("mobility_brief", 40)
def t_mobility(R, cc):
    lg = LANG[cc]
    fl = FL[lg]
    dest = other_loc(R, cc)
    av = set()
    emp = make_person(R, cc, avoid=av)
    sp = make_person(R, cc, female=not emp.female, avoid=av)
    kid = make_person(R, cc, avoid=av)
    hr = make_person(R, cc, avoid=av)
    cons = make_person(R, dest, avoid=av)
    y, m, d = dob_draw(R, 1972, 1996)
    y2, m2, d2 = dob_draw(R, 1972, 1998)
    ky, km, kd = kid_dob(R)
    v, sub = home_id(R, cc, emp, y, m, d)
    body = ["GLOBAL MOBILITY · assignment brief ", N("ASG-%d-%04d" % (R.randint(24, 27), R.randint(1, 9999)), "assignment_id"),
            "\nEmployer: ", N(EMPLOYER[cc], "employer"), " · cost centre ", N("CC-%d" % R.randint(1000, 9999), "cost_centre"),
            " · policy: long-term assignment\n",
            "Assignee (%s): " % fl["name"], P(emp), " · %s: " % fl["dob"], dob_L(R, cc, y, m, d), " · %s: " % fl["pp"], passport(R, cc),
            " · %s: " % idl(sub, lg), gid(v, sub), "\n",
            "%s: " % fl["sp"], P(sp), " · %s: " % fl["dob"], dob_L(R, cc, y2, m2, d2), "\n",
            "%s: " % fl["ch"], P(kid), " · %s: " % fl["dob"], dob_L(R, cc, ky, km, kd), "\n",
            "%s (home): " % fl["addr"], L("address", address(R, cc)), "\n",
            "Host country: ", N(COUNTRY_EN[dest], "host_country"), " · start ", some_date(R, cc, "start_date", 2026, 2027), "\n",
            "Temporary housing: ", L("address", address(R, dest)), "\n",
            "%s: " % fl["tel"], phone(R, cc, intl=True), " · %s: " % fl["mail"], email(R, emp), "\n",
            "Relocation partner: ", firm_n(dest, "name"), " · consultant ", P(cons), " (", email(R, cons, FIRMS[dest][1]), ")\n",
            "HR contact: ", P(hr), ", ", email(R, hr, EMP_DOMAIN[cc])]
    return "form", lg, wrap(R, lg, body)


# ====================================================================== clean templates
@tpl("firm_notice", 40, clean=True)
def c_notice(R, cc):
    lg = LANG[cc]
    m_ = {"firm": firm_n(cc, "name"), "date": some_date(R, cc, "closure_date", 2026, 2027), "addr": firm_n(cc, "addr"),
          "tel": firm_n(cc, "tel"), "mail": role_mail(R, cc), "web": firm_n(cc, "web"), "vac": N(VACS[cc], "visa_centre"),
          "naw": naw(R, lg) if R.random() < 0.6 else ""}
    return "notice", lg, wrap(R, lg, fill(NOTICE[lg], m_))


@tpl("fee_schedule", 40, clean=True)
def c_fees(R, cc):
    lg = LANG[cc]
    auth, law, permit, cat = HOSTDOC[cc]
    permit = re.sub(r"^(a|an) ", "", permit)
    body = ["FEE SCHEDULE %d · " % R.randint(2026, 2027), firm_n(cc, "name"), "\nCategory | form | government fee | our fee | processing\n"]
    for c, code in [(permit, R.choice(["A-1", "R-2", "W-4"])), (cat, R.choice(["B-3", "S-7"])), (R.choice([d[1] for d in DEST]), R.choice([d[2] for d in DEST]))]:
        body += [N(c, "visa_category"), " | ", N(code, "form_code"), " | ", fee(R, cc), " | ", fee(R, cc, R.choice([400, 650, 900])),
                 " | ", N("%d-%d weeks" % (R.randint(2, 6), R.randint(8, 16)), "processing_time"), "\n"]
    body += ["Legal basis: ", N(law, "legislation"), "\n"]
    if lg == "en" or R.random() < 0.4:
        body += ["See also ", N(R.choice(CASE_LAW), "case_law"), " on financial requirements.\n"]
    body += ["Questions: ", firm_n(cc, "tel"), " · ", role_mail(R, cc, "accounts"), " · ", firm_n(cc, "web"), "\n"]
    body += ["Scholarship holders (", epon(R, lg), ") pay no adviser fee."] if R.random() < 0.5 else [naw(R, lg)]
    return "list", lg, wrap(R, lg, body)


@tpl("case_log", 40, clean=True)
def c_log(R, cc):
    h, mi, s = R.randint(6, 20), R.randint(0, 59), R.randint(0, 59)
    day = "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    body = []
    for i in range(R.randint(5, 8)):
        s += R.randint(3, 50)
        mi += s // 60
        s %= 60
        h += mi // 60
        mi %= 60
        ts = "%sT%02d:%02d:%02dZ" % (day, h % 24, mi, s)
        k = R.randint(0, 5)
        if k == 0:
            ev = ["case ", case_ref(R, cc), " status=submitted ref=", app_ref(R)]
        elif k == 1:
            ev = ["sync to ", lan_ip(R), ":5432 ok (", N("%d ms" % R.randint(3, 900), "duration"), ")"]
        elif k == 2:
            ev = ["webhook from ", doc_ip(R), " kiosk=", serial(R), " event=biometrics.captured"]
        elif k == 3:
            ev = ["payment ok amount=", fee(R, cc), " card=", N("****%04d" % R.randint(0, 9999), "masked_card")]
        elif k == 4:
            ev = ["appointment ", appt(R, cc), " booked at ", N(VACS[cc], "visa_centre")]
        else:
            ev = ["upload ", N("doc_%s.pdf" % "".join(R.choice("abcdef0123456789") for _ in range(8)), "file_name"), " size=", N("%d KB" % R.randint(80, 4000), "size")]
        body += [ts, " ", R.choice(["INFO", "INFO", "WARN"]), " ", N("cases-%d" % R.randint(1, 4), "host_name"), " "] + ev + ["\n"]
    return "log", "en", wrap(R, "en", body)


def luhn_fail(R):
    b = "4" + digits(R, 14)
    c = R.choice([x for x in "0123456789" if not luhn_ok(b + x)])
    return group(b + c, 4, " ")


@tpl("payment_uat", 40, clean=True)
def c_uat(R, cc):
    tc = R.sample(TEST_CARDS, 2)
    body = ["Checkout UAT (fee payments), build ", N("%d.%d.%d" % (R.randint(3, 6), R.randint(0, 20), R.randint(0, 99)), "version"), "\n",
            "- Approve: ", N(group(tc[0], 4, " ") if len(tc[0]) == 16 else tc[0], "test_card"), " exp ", exp_date(R), " CVC 123\n",
            "- Second card: ", N(tc[1], "test_card"), "\n",
            "- Luhn failure should be rejected: ", N(luhn_fail(R), "luhn_fail"), "\n",
            "- Masked on receipt: ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "\n",
            "- Test applicant: test.applicant@example.com, phone +00 000 000 000\n",
            "- Keys from vault only: ${STRIPE_SECRET_KEY}, <twilio-api-key>, sk_test_xxxxxxxx, password changeme\n",
            "- Sandbox callback from ", doc_ip(R), ", app server ", lan_ip(R), "\n",
            "- Fee shown: ", fee(R, cc), " · slot ", appt(R, cc), "\n"]
    if R.random() < 0.6:
        body += ["- ", naw(R, "en"), "\n"]
    return "notes", "en", wrap(R, "en", body)


@tpl("slot_list", 40, clean=True)
def c_slots(R, cc):
    lg = LANG[cc]
    body = ["SLOT CAPACITY · ", N(VACS[cc], "visa_centre"), "\nDate | time | counter | booked/total | kiosk\n"]
    days = sorted((R.randint(1, 12), R.randint(1, 28)) for _ in range(R.randint(4, 7)))
    for mo, dd in days:
        body += [N(date_plain(R, cc, 2026, mo, dd), "slot_date"), " | ", N("%02d:%02d" % (R.randint(8, 15), R.choice([0, 30])), "time"), " | ",
                 N("%s-%02d" % (R.choice("ABCD"), R.randint(1, 20)), "counter"), " | ", N("%d/%d" % (R.randint(0, 40), 40), "count"),
                 " | ", serial(R), "\n"]
    body += ["Premium lounge moved to ", epon(R, lg), ". Bookings: ", role_mail(R, cc, "appointments"), " · ", firm_n(cc, "tel")]
    return "list", lg, wrap(R, lg, body)


# ====================================================================== rules
NAME_WORDS = all_name_words()
LATIN_NW = {w for w in NAME_WORDS if re.fullmatch(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+", w)}
OTHER_NW = {w for w in NAME_WORDS if w not in LATIN_NW and len(w) >= 2}
OK_DOMAINS = {f[1] for f in FIRMS.values()}
SEPS_RE = "[ \\-.\u00a0\u202f]"


def outside(rec):
    t = rec["text"]
    out = list(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            out[i] = "\x00"
    return "".join(out)


def luhn_runs(s):
    """Luhn-valid runs of 13-19 digits: contiguous, or any window of digit
    groups joined by one separator."""
    bad = []
    for m in re.finditer(r"\d+(?:%s\d+)*" % SEPS_RE, s):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc) and len(set(acc)) > 1 and acc not in TEST_CARDS:
                    bad.append(acc)
    return bad


def name_words_in(s):
    found = set()
    for w in re.findall(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+", s):
        if w in LATIN_NW:
            found.add(w)
    for w in OTHER_NW:
        if w in s:
            found.add(w)
    return found


def label_words(v):
    ws = {w for w in re.findall(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+", v) if len(w) >= 2 and w not in ("Văn", "Thị", "van")}
    ws |= {w for w in OTHER_NW if w in v}
    return ws


def label_problems(sp):
    v, t = sp["value"], sp["type"]
    if t == "gov_id" and not gov_ok(v, sp.get("sub"), sp.get("country")):
        return "gov_id check"
    if t == "iban" and not iban_ok(v):
        return "iban check"
    if t == "card":
        c = re.sub(r"\D", "", v)
        if not (13 <= len(c) <= 19 and luhn_ok(c)) or c in TEST_CARDS:
            return "card check"
    if t == "email" and (not re.fullmatch(EMAIL_RE, v) or re.search(r"@([^.]+\.)*example\.", v)):
        return "email format"
    if t == "ip" and not ip_global(v):
        return "ip not global"
    return None


def problems(rec, clean):
    """Every rule a record breaks (empty list: kept)."""
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record: %s" % str(e)[:80]]
    for sp in rec["spans"]:
        p = label_problems(sp)
        if p:
            out.append("%s: %s" % (p, sp["value"]))
    o = outside(rec)
    for m in re.finditer(EMAIL_RE, o):
        dom = m.group(0).split("@")[1]
        if dom not in OK_DOMAINS and not re.match(r"(.+\.)?example\.", dom):
            out.append("email outside: " + m.group(0))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", o):
        if ip_global(m.group(0)):
            out.append("ip outside: " + m.group(0))
    for m in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", o):
        if ip_global(m.group(0)):
            out.append("ip6 outside: " + m.group(0))
    for r in luhn_runs(o):
        out.append("luhn outside: " + r)
    for m in re.finditer(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}", o):
        s = re.sub(r"[ \u00a0]", "", m.group(0))
        for n in range(15, len(s) + 1):
            if iban_ok(s[:n]):
                out.append("iban outside: " + s[:n])
                break
    nw = name_words_in(o)
    if nw:
        out.append("name word outside: " + " ".join(sorted(nw)))
    people = [label_words(sp["value"]) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(people)):
        for j in range(i + 1, len(people)):
            a, b = people[i], people[j]
            if a & b and not (a <= b or b <= a):
                out.append("people share: " + " ".join(sorted(a & b)))
    if not 120 <= len(rec["text"]) <= 2500:
        out.append("length %d" % len(rec["text"]))
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    return out


# ====================================================================== build
def candidates():
    """All candidates, in template order: (template, index, loc, record)."""
    out = []
    for ti, (name, count, fn, clean) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            loc = LOCS[(i + 5 * ti) % len(LOCS)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = fn(R, loc)
            rec = build("cand", form, lang, parts)
            out.append((name, i, loc, rec))
    return out


def generate(with_log=False):
    cands = candidates()
    items = phone_items([c[3] for c in cands])
    bad = pv_check(items)
    badset = set()
    if bad:
        for ln in bad:
            f = ln.split("\t")
            badset.add((f[1], f[2]))
    kept, seen, log = [], set(), []
    by_t = {}
    for name, i, loc, rec in cands:
        clean = next(t[3] for t in TEMPLATES if t[0] == name)
        count = next(t[1] for t in TEMPLATES if t[0] == name)
        pr = problems(rec, clean)
        for sp in rec["spans"]:
            if sp["type"] == "phone" and (sp["value"], sp["region"]) in badset:
                pr.append("pv rejects " + sp["value"])
        if rec["text"] in seen:
            pr.append("repeated text")
        log.append((name, i, loc, pr))
        if pr or by_t.get(name, 0) >= count:
            continue
        seen.add(rec["text"])
        by_t[name] = by_t.get(name, 0) + 1
        kept.append((name, loc, rec))
    for name, count, fn, clean in TEMPLATES:
        assert by_t.get(name, 0) == count, (name, by_t.get(name, 0), count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for k, (name, loc, rec) in enumerate(kept):
        r = {"id": "%s%05d" % (PREFIX, k)}
        r.update({x: rec[x] for x in rec if x != "id"})
        recs.append(r)
    return (recs, kept, log) if with_log else recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    clean = sum(1 for r in recs if not r["spans"])
    if len(recs) != 800 or clean != 200:
        errs.append("split %d/%d" % (len(recs) - clean, clean))
    texts = set()
    for r in recs:
        for p in problems(r, not r["spans"]):
            errs.append("%s: %s" % (r["id"], p))
        if r["text"] in texts:
            errs.append("%s: repeated text" % r["id"])
        texts.add(r["text"])
    items = phone_items(recs)
    bad = pv_check(items)
    if bad is None:
        errs.append("pv missing: phones not checked")
    else:
        errs += bad
    if dumps(generate()) != data:
        errs.append("regeneration differs from the file")
    nl = sum(len(r["spans"]) for r in recs)
    print("records %d (labelled %d, clean %d), labels %d, phones checked with pv %d" % (len(recs), len(recs) - clean, clean, nl, len(items)))
    for e in errs[:50]:
        print("ERROR", e)
    print("OK" if not errs else "%d problems" % len(errs))
    return not errs


def stats():
    recs = generate()
    _, kept, log = generate(True)
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(types.values()))
    print("types", dict(types.most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(loc for name, loc, rec in kept if rec["spans"]).most_common()))
    print("templates", dict(Counter(name for name, loc, rec in kept)))
    gsub = Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "gov_id")
    print("gov_id", dict(gsub.most_common()))
    print("card", dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "card").most_common()))
    print("iban", dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common()))
    print("email", dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "email").most_common()))
    print("ip", dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "ip").most_common()))
    print("secret", dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common()))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones", len(ph), "regions", len(set(sp["region"] for sp in ph)), "+CC", sum(1 for sp in ph if sp["value"].startswith("+")),
          "other plan", dict(Counter(sp["plan"] for sp in ph if "plan" in sp)))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags", len(negs), dict(negs.most_common()))
    L_ = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (L_[0], L_[len(L_) // 2], L_[-1]))
    print("labels across a line break", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("distinct person values", len(set(sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person")))
    dropped = [(n, i, loc, p) for n, i, loc, p in log if p]
    print("candidates", len(log), "breaking a rule", len(dropped))
    for k, v in Counter(p[0].split(":")[0] for n, i, loc, p in dropped).most_common():
        print("   ", k, v)


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    recs = generate()
    write_jsonl(OUT, recs)
    print("wrote %d records to %s" % (len(recs), OUT))
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
