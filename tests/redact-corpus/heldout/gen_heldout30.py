#!/usr/bin/python3
"""Held-out part 30 of the redaction corpus (heldout30.jsonl).

Written by a twenty-eighth helper that read only ../README.md,
../corpuslib.py, heldout/README.md (the conventions, the opening sections,
the part 29 section in full as the model, the theme lines of the other
parts and the lines a search for a few theme words turned up: ORCID, DOI,
Jupyter, thesis, participant, citation, reference list, student id, door
code, locker, passport), lines 1-60 of gen_heldout29.py (header and
imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run by hand on a few numbers,
otherwise only through `pv_check`); not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 12:31:13 UTC on
2026-12-04 (`date -u`); the end time is in heldout/README.md. `pv_check` is
reused as is; the CLI layout (rewrite / --check / --stats) imitates part
29's header.

Theme: UNIVERSITY, RESEARCH AND SCIENCE. What students, researchers and lab
staff paste into an AI assistant, from 30 countries and 20 languages:
university applications and enrolment forms, transcripts of records, thesis
cover pages and acknowledgements, reference letters, scholarship and
stipend applications with bank details, ethics-committee consent forms,
study participant lists and lab notebooks, conference registrations and
travel reimbursement forms, peer-review and editor e-mails, author lists of
paper drafts, HPC and lab server configs (.ssh/config, slurm scripts,
Jupyter tokens, cloud and LLM API keys, DB passwords, server IPs), student
housing and visa letters, exam seating lists, library and lab access
(door and locker codes), research-data CSVs, student group chats. Hard
negatives of the theme everywhere: student, matriculation, application,
manuscript, grant, ethics, protocol, sample, freezer, ticket and invoice
numbers, participant codes, ORCID iDs (valid check digits) and DOIs, ISBNs,
course codes, grades and ECTS, exam and submission dates, universities',
institutes' and venues' addresses, switchboards and role mailboxes, famous
scientists and eponymous institutions, prizes and theorems, published
authors in reference lists, documentation IPs, masked values, placeholders
and sample values in templates, prices and fees in many currencies.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
300924, shuffle seed 300925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout30.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout30.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout30.py --stats   # counts
"""
import base64
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
                       ssn_random, ssn_valid, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, cpf_random, cpf_ok, pan_random,
                       aadhaar_random, verhoeff_ok, card_random, card_grouping,
                       split_groups, steuerid_random, steuerid_ok, bsn_random, bsn_ok,
                       nino_random, NINO_BAD_PREFIX, nir_random, nir_ok, PLANS,
                       secret_random, MONTHS, rnd, ALNUM, URLSAFE, digits, nz)

SEED = 300924
SHUFFLE_SEED = 300925
OUT = os.path.join(HERE, "heldout30.jsonl")
PREFIX = "heldout-ad"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ================================================================ gov ids
# Written for this part after the public specifications (check digits).

def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + str(R.choice("02468" if female else "13579"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_make(R, y, m, d, long=False, sep="-"):
    body = "%02d%02d%02d" % (y % 100, m, d) + digits(R, 3)
    c = luhn_complete(body)[-1]
    s = body[:6] + sep + body[6:] + c
    return ("%02d" % (y // 100) + s) if long else s


def pnr_ok(s):
    d = re.sub(r"\D", "", s)[-10:]
    return len(d) == 10 and luhn_ok(d)


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_make(R, y, m, d, female):
    n = R.randint(2, 899)
    if (n % 2 == 0) != female:
        n += 1
    body = "%02d%02d%02d" % (d, m, y % 100)
    sep = "-" if y < 2000 else "A"
    return body + sep + "%03d" % n + HETU_CH[int(body + "%03d" % n) % 31]


def hetu_ok(s):
    return len(s) == 11 and HETU_CH[int(s[:6] + s[7:10]) % 31] == s[10]


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else "%02d" % s


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def rnokpp_make(R, y, m, d, female):
    import datetime
    days = (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days
    while True:
        b = "%05d" % days + digits(R, 3)
        sx = R.choice("02468" if female else "13579")
        b9 = b + sx
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        c = (sum(int(a) * x for a, x in zip(b9, w)) % 11) % 10
        return b9 + str(c)


def rnokpp_ok(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and (sum(int(a) * x for a, x in zip(s[:9], w)) % 11) % 10 == int(s[9])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, area, y, m, d, female):
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = area + "%04d%02d%02d" % (y, m, d) + seq
    return b + "10X98765432"[sum(int(a) * w for a, w in zip(b, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], CN_W)) % 11] == s[17]


def rrn_make(R, y, m, d, female):
    g = (3 if y >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d" % (y % 100, m, d) + str(g) + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def rrn_ok(s):
    d = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(d) == 13 and (11 - sum(int(a) * x for a, x in zip(d, w)) % 11) % 10 == int(d[12])


def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    b = nz(R, 11)
    return b + mynumber_check(b)


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check(d[:11]) == d[11]


def ptnif_make(R):
    while True:
        b = R.choice("123") + digits(R, 7)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
        c = 0 if c >= 10 else c
        return b + str(c)


def ptnif_ok(s):
    c = 11 - sum(int(a) * w for a, w in zip(s[:8], range(9, 1, -1))) % 11
    return len(s) == 9 and (0 if c >= 10 else c) == int(s[8])


def cuil_make(R, female):
    while True:
        pre = "27" if female else "20"
        dni = "%08d" % R.randint(30000000, 46999999)
        b = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        return "%s-%s-%d" % (pre, dni, c)


def cuil_ok(s):
    d = s.replace("-", "")
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * x for a, x in zip(d[:10], w)) % 11
    c = 0 if c == 11 else c
    return len(d) == 11 and c == int(d[10])


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(b17):
    s = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(b17))
    return str((10 - s % 10) % 10)


def curp_make(pat, mat, given, y, m, d, female, state):
    def up(x):
        return ascii_fold(x).upper().replace(" ", "")
    P, M, G = up(pat), up(mat), up(given)
    vow = next(c for c in P[1:] if c in "AEIOU")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    b = P[0] + vow + M[0] + G[0] + "%02d%02d%02d" % (y % 100, m, d) + ("M" if female else "H") + state + \
        cons(P) + cons(M) + cons(G) + ("0" if y < 2000 else "A")
    return b + curp_check(b)


def curp_ok(s):
    return len(s) == 18 and curp_check(s[:17]) == s[17]


def ahv_make(R):
    b = "756" + digits(R, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    c = (10 - s % 10) % 10
    d = b + str(c)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def ahv_ok(s):
    d = s.replace(".", "")
    return len(d) == 13 and d.startswith("756") and (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12])) % 10) % 10 == int(d[12])


def svnr_make(R, y, m, d):
    while True:
        n = "%03d" % R.randint(100, 999)
        dd = "%02d%02d%02d" % (d, m, y % 100)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * x for a, x in zip(n + dd, w)) % 11
        if c == 10:
            continue
        return n + str(c) + " " + dd


def svnr_ok(s):
    d = s.replace(" ", "")
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    return len(d) == 10 and sum(int(a) * x for a, x in zip(d[:3] + d[4:], w)) % 11 == int(d[3])


def bern_make(R, y, m, d):
    seq = "%03d" % R.randint(1, 998)
    b = "%02d%02d%02d%s" % (y % 100, m, d, seq)
    n = int(("2" if y >= 2000 else "") + b)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], seq, c)


def bern_ok(s):
    d = re.sub(r"\D", "", s)
    for pre in ("", "2"):
        if 97 - int(pre + d[:9]) % 97 == int(d[9:]):
            return True
    return False


def saudi_make(R):
    return luhn_complete(R.choice("12") + digits(R, 8))


def tfn_make(R):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = nz(R, 8)
        for c in "0123456789":
            if sum(int(a) * x for a, x in zip(b + c, w)) % 11 == 0:
                return b + c


def tfn_ok(s):
    d = s.replace(" ", "")
    return len(d) == 9 and sum(int(a) * x for a, x in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nik_make(R, region6, y, m, d, female):
    return region6 + "%02d%02d%02d" % (d + (40 if female else 0), m, y % 100) + "%04d" % R.randint(1, 9999)


def orcid_make(R):
    while True:
        s = _orcid(R)
        runs = re.findall(r"\d(?:-?\d)+", s)
        if not any(13 <= len(r.replace("-", "")) <= 19 and luhn_ok(r.replace("-", "")) for r in runs):
            return s


def _orcid(R):
    b = "0000000" + str(R.randint(2, 3)) + digits(R, 7)
    t = 0
    for c in b:
        t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    s = b + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def passport_ok(s):
    return re.fullmatch(r"[A-Z0-9]{7,9}", s) is not None and any(c.isdigit() for c in s)


def dni_ok(s):
    d = s.replace(".", "").replace("-", "")
    if d[0] in "XYZ":
        return nie_ok(d)
    return len(d) == 9 and DNI_LETTERS[int(d[:8]) % 23] == d[8]


# ====================================================================== names
# cc: (given_m, given_f, family); "m|f" for gendered family names; native
# script entries "native=roman". Written for this part.
NAMES = {
    "US": ("Garrick Emmett Holden Lowell Roscoe Barrett Thatcher Cormac Desmond Ulysses",
           "Maribeth Tessaly Annalise Shayla Corinne Lorelai Wynona Darcelle Jolene Perpetua",
           "Vandermolen Kettleson Pettigrew Ashcombe Gullickson Ravenscroft Dumbauld Haverkamp Hostetler Wigginton Brightwater Lindqvist-Ross"),
    "GB": ("Ptolemy Jolyon Leofric Tarquin Godric Oswin Cedric Ambrose Fergus Benedict",
           "Sybilla Octavia Verity Jemima Hermione Lettice Bryony Ottoline Honoria Wilhelmina",
           "Chattaway Bickerstaffe Ramsbottom Oddie Featherstonehaugh Threlfall Pocklington Wolstenholme Cheetham Sidebottom Gathercole"),
    "AU": ("Tynan Caelan Hamish-Rhys Bede Jonty Lochlan Beau Dawson",
           "Briony Annika-Jade Tegan Shandelle Larissa Kiara Coralie Aleisha",
           "Tregear Fenwick-Doyle Kalogeropoulos Tregonning Birrell Mulholland Cuthbertson Ngata"),
    "NG": ("Chidubem Oluwaseun Ikechukwu Babatunde Emeka Adebowale Nnamdi Olumide Kelechi Ayodeji",
           "Chiamaka Oluwakemi Ngozika Folasade Ifeoma Temitope Adaeze Omolara Chinwendu Yetunde",
           "Okoroafor-Eze Adeyemi Nwachukwu Ogunleye Obiora Akinwande Eze-Udeh Adegbite Olaniyan Ezeonu-Ibe Adebayo-Lawal"),
    "IN": ("Rishabh Vedant Anirban Kartikeya Shreyas Abhijit Parth Tushar Sourav Hrishikesh",
           "Madhumita Anwesha Sreeja Gargi Nandini Trisha Aparajita Rituparna Lavanya Swathi",
           "Mukhopadhyay Raghunathan Dasgupta Subramaniam Thakur Kashyap Hegde Pillai Chakraborty Joshi Ranganathan"),
    "DE": ("Lennart Bendix Momme Jesko Tjark Wolfram Enno Lorenz Clemens Hinnerk",
           "Gesine Henrike Mathilda Telse Ottilie Silke Insa Dörte Almut Lisbeth",
           "Brockhagen Wiechmann Overbeck Dreesmann Klinkhammer Schwerdtfeger Uhlenbrock Ebeling Stüwe Lohmeyer Krabbenhöft"),
    "AT": ("Engelbert Jakob Lukas Benedikt Xaver Wolfgang",
           "Veronika Rosalie Cäcilia Annemarie Sophie Waltraud",
           "Pfeifenberger Zöhrer Gschwandtner Moosbrugger Hochleitner Rauchenwald"),
    "CH": ("Gion-Andri Dumeng Luregn Pirmin Adrian Cla",
           "Mengia Madlaina Chatrina Barbla Riccarda Nicole",
           "Derungs Tönz Caviezel Schmidlin Grünenfelder Oberholzer"),
    "FR": ("Baudouin Thibault Aymeric Eudes Gwenaël Lancelot Marius Honoré Côme Tugdual",
           "Capucine Apolline Bérénice Domitille Gwladys Isaure Solveig Perrine Clothilde Maïwenn",
           "Kerbrat Duchâteau Kervella-Riou Vautrin Abgrall Morvan Lozach-Sabin Tessier Guéguen Bourdais"),
    "BE": ("Wannes Lowie Arnout Seppe Cédric Lander",
           "Fien Fauve Hanne Ysaline Alixe Liesbeth",
           "Van Acker-Wouters Vercruysse Delvaux Deprez Goossens Mertens-Ruys"),
    "ES": ("Iker Unai Ferran Borja Gonzalo Telmo Jacinto Sancho Aitor Gaizka",
           "Edurne Amaia Montserrat Rocío Nerea Arantxa Jimena Maialen Begoña Candela",
           "Iriondo Larrañaga Valcárcel Peñalosa Barrachina Urquijo Castañeda Ribalta Salvatierra Zubizarreta Echániz Albornoz"),
    "MX": ("Itzcóatl Emiliano Tadeo Rodrigo Tenoch Joaquín",
           "Yólotl Ximena Guadalupe Nayeli Itzel Marisela",
           "Huerta Villaseñor Ayala Zamudio Cervantes Tlapanco Olvera Arriaga"),
    "AR": ("Facundo Agustín Lautaro Thiago Ezequiel Nahuel",
           "Florencia Agustina Milagros Abril Rocío-Belén Luján",
           "Bianchetti Goycochea Iturraspe Sosa Benítez Larralde"),
    "IT": ("Ettore Gianmarco Ludovico Arrigo Tommaso Jacopo Guglielmo Corrado Saverio Niccolò",
           "Ginevra Beatrice Ludovica Costanza Ilaria Fiammetta Benedetta Viola Cosima Eleonora",
           "Bortolussi Zanellato Pellegrini Scarpa Fumagalli Ravizza Cappelletti Bonfanti Tagliabue Zuccarini"),
    "NL": ("Sjoerd Thijmen Wessel Floris Gijs Bram Jelmer Rutger",
           "Femke Marloes Sietske Jorien Anouk Merel Liesje Maaike",
           "van Oosterzee Wolters de Graaff Wiersma Brouwer-Smit Terpstra van den Akker Zwanenburg Bijleveld"),
    "PT": ("Duarte Gonçalo Martim Afonso Tomás Rodrigo",
           "Leonor Matilde Inês Carlota Beatriz Francisca",
           "Sarmento Vasconcelos Gouveia Pestana Amaral Brandão"),
    "BR": ("Caio Thiago Luan-Miguel Davi Ícaro Heitor Joaquim Benício",
           "Maitê Lorena Yasmin Thaís Giovanna Bianca Heloísa Débora",
           "Nogueira da Fonseca Albuquerque Carvalhaes Teixeira Bittencourt Quintanilha Siqueira Prudente Moraes"),
    "PL": ("Bartłomiej Szymon Przemysław Mikołaj Jędrzej Wojciech Tymon Kacper",
           "Agnieszka Zuzanna Małgorzata Weronika Joanna Aleksandra Dorota Bożena",
           "Wiśniewski|Wiśniewska Zawadzki|Zawadzka Grabowski|Grabowska Jabłoński|Jabłońska Szczepaniak|Szczepaniak Kołodziej|Kołodziej Sobczak|Sobczak Chmielewski|Chmielewska"),
    "SE": ("Vilgot Tage Gustaf Hjalmar Isak Melker",
           "Elvira Saga Ingrid Märta Tuva Freja",
           "Lindgård Bergkvist Sandström Öberg Wikström Hellqvist"),
    "FI": ("Eero Väinö Aatu Lauri Onni Kalle",
           "Aino Venla Siiri Elina Hilla Kerttu",
           "Virtanen Mäkelä Korhonen Heikkinen Hämäläinen Laaksonen Tuominen Räsänen"),
    "TR": ("Emre Burak Kaan Onur Mert Oğuzhan Barış Tolga",
           "Elif Zeynep Büşra Ceren Ezgi Gökçe Nehir Damla",
           "Karaca Özdemir Aksoy Kılıç Erdem Çelikkaya Yazıcıoğlu Taşdelen"),
    "RU": ("Арсений=Arseny Глеб=Gleb Тимофей=Timofey Всеволод=Vsevolod Ярослав=Yaroslav Матвей=Matvey",
           "Ульяна=Ulyana Варвара=Varvara Полина=Polina Есения=Yesenia Злата=Zlata Таисия=Taisiya",
           "Скворцов|Скворцова=Skvortsov|Skvortsova Белоусов|Белоусова=Belousov|Belousova Лаптев|Лаптева=Laptev|Lapteva Гончаров|Гончарова=Goncharov|Goncharova Рябов|Рябова=Ryabov|Ryabova Шубин|Шубина=Shubin|Shubina"),
    "UA": ("Тарас=Taras Остап=Ostap Богдан=Bohdan Назар=Nazar Мирослав=Myroslav",
           "Соломія=Solomiia Оксана=Oksana Христина=Khrystyna Ярина=Yaryna Мар'яна=Mariana",
           "Коваленко=Kovalenko Шевчук=Shevchuk Бондаренко=Bondarenko Ткачук=Tkachuk Мельничук=Melnychuk Гуменюк=Humeniuk"),
    "CN": ("浩然=Haoran 子轩=Zixuan 宇航=Yuhang 俊杰=Junjie 思远=Siyuan 博文=Bowen",
           "梓涵=Zihan 欣怡=Xinyi 雨桐=Yutong 诗琪=Shiqi 佳怡=Jiayi 若曦=Ruoxi",
           "欧阳=Ouyang 诸葛=Zhuge 赵=Zhao 钱=Qian 孙=Sun 郑=Zheng 冯=Feng 蒋=Jiang"),
    "JP": ("悠真=Yuma 蒼=Aoi 湊=Minato 蓮=Ren 颯太=Sota 陽翔=Haruto",
           "結衣=Yui 陽菜=Hina 凛=Rin 芽依=Mei 紬=Tsumugi 澪=Mio",
           "高橋=Takahashi 渡辺=Watanabe 伊藤=Ito 中村=Nakamura 小林=Kobayashi 加藤=Kato 吉田=Yoshida 松本=Matsumoto"),
    "KR": ("민준=Minjun 서준=Seojun 도윤=Doyun 예준=Yejun 시우=Siwoo 하준=Hajun",
           "서연=Seoyeon 지우=Jiwoo 하은=Haeun 수아=Sua 다인=Dain 채원=Chaewon",
           "박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim"),
    "SA": ("فيصل=Faisal تركي=Turki عبدالرحمن=Abdulrahman ماجد=Majed بندر=Bandar",
           "نوف=Nouf ريم=Reem لجين=Lujain هيفاء=Haifa العنود=Alanoud",
           "القحطاني=Al-Qahtani العتيبي=Al-Otaibi الدوسري=Al-Dosari الشهري=Al-Shehri الزهراني=Al-Zahrani"),
    "EG": ("محمود=Mahmoud كريم=Karim يوسف=Youssef طارق=Tarek",
           "ياسمين=Yasmin منة=Menna دينا=Dina سلمى=Salma",
           "عبدالعزيز=Abdelaziz الشناوي=El-Shenawy منصور=Mansour فهمي=Fahmy"),
    "ID": ("Bagus Rizky Adi Fajar Wahyu Dimas",
           "Ayu Sekar Putri Dewi Indah Rahmawati",
           "Setiawan Wibowo Kusumawardani Hidayat Nugroho Siregar Simanjuntak Pratama"),
    "VN": ("Tuấn Khôi=Tuan Khoi|Đức Anh=Duc Anh|Thiện Bảo=Thien Bao|Gia Huy=Gia Huy",
           "Thu Trang=Thu Trang|Ngọc Ánh=Ngoc Anh|Bảo Trâm=Bao Tram|Khánh Linh=Khanh Linh",
           "Bùi=Bui Lương=Luong Lê=Le Phạm=Pham Đặng=Dang Vũ=Vu"),
}


def _split_entry(e):
    if "=" in e:
        a, b = e.split("=", 1)
        return a, b
    return e, e


def _names(cc):
    gm, gf, fam = NAMES[cc]
    sep = "|" if cc == "VN" else " "
    gm = [_split_entry(x) for x in gm.split(sep)]
    gf = [_split_entry(x) for x in gf.split(sep)]
    fams = []
    raw = fam.split(" ")
    # multi-word family names are kept together where written with a particle
    i = 0
    while i < len(raw):
        w = raw[i]
        if w in ("van", "de", "den", "da", "Van", "Le") and i + 1 < len(raw):
            j = i + 1
            while raw[j] in ("den", "der", "van", "de", "da"):
                j += 1
            w = " ".join(raw[i:j + 1])
            i = j
        i += 1
        nat, rom = _split_entry(w)
        if "|" in nat:
            m, f = nat.split("|")
            rm, rf = rom.split("|")
            fams.append(((m, rm), (f, rf)))
        else:
            fams.append(((nat, rom), (nat, rom)))
    return gm, gf, fams


NAME_TABLE = {cc: _names(cc) for cc in NAMES}
CJK = {"CN", "JP", "KR"}


class Person:
    def __init__(self, R, cc, female=None, family=None, latin=False):
        gm, gf, fams = NAME_TABLE[cc]
        self.cc = cc
        self.female = R.random() < 0.5 if female is None else female
        g = R.choice(gf if self.female else gm)
        fam = family or R.choice(fams)
        f = fam[1] if self.female else fam[0]
        self.fam_pair = fam
        self.given, self.rgiven = g
        self.family, self.rfamily = f
        self.latin = latin
        if cc == "EG" and R.random() < 0.5 and not latin:
            self.family = R.choice(["أحمد", "حسن", "سعيد"]) + " " + self.family
        if latin:
            self.given, self.family = self.rgiven, self.rfamily
        self.y = R.randint(1968, 2006)
        self.m = R.randint(1, 12)
        self.d = R.randint(1, 28)

    def full(self, R=None):
        cc = self.cc
        if not self.latin and cc in ("CN", "KR"):
            sp = " " if (cc == "KR" and R is not None and R.random() < 0.3) else ""
            return self.family + sp + self.given
        if not self.latin and cc == "JP":
            sp = " " if (R is not None and R.random() < 0.5) else ""
            return self.family + sp + self.given
        if not self.latin and cc == "VN":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def words(self):
        return [w for w in re.split(r"[\s\-]+", self.given + " " + self.family) if w]

    def email(self, R, domain=None):
        g = ascii_fold(self.rgiven).lower().replace(" ", "").replace("'", "")
        f = ascii_fold(self.rfamily).lower().replace(" ", "").replace("'", "").replace("-", "")
        styles = ["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s" % (g, f), "%s.%s%d" % (g, f, R.randint(1, 99)),
                  "%s%s%02d" % (f, g[0], R.randint(0, 99)), "%s.%s" % (g[0], f)]
        dom = domain or R.choice(MAILDOM.get(self.cc, ["gmail.com"]))
        return R.choice(styles) + "@" + dom


MAILDOM = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at", "chello.at"],
    "CH": ["bluewin.ch", "gmx.ch", "protonmail.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "BE": ["telenet.be", "skynet.be", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx"],
    "AR": ["gmail.com", "hotmail.com.ar", "fibertel.com.ar"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "PT": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "SE": ["telia.com", "gmail.com", "bredband.net"],
    "FI": ["elisanet.fi", "gmail.com", "luukku.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
    "UA": ["ukr.net", "i.ua", "gmail.com"],
    "CN": ["qq.com", "163.com", "126.com", "foxmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "KR": ["naver.com", "daum.net", "hanmail.net"],
    "SA": ["gmail.com", "hotmail.com", "outlook.sa"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

# Fictional universities and institutes (domains for staff and student mail).
UNIS = {
    "US": [("Pinecrest State University", "pinecrest.edu"), ("Halvorsen College of Engineering", "halvorsen.edu")],
    "GB": [("University of Thornbury", "thornbury.ac.uk"), ("Ravensmoor College", "ravensmoor.ac.uk")],
    "AU": [("Coolabah University", "coolabah.edu.au")],
    "NG": [("Federal University of Technology, Ugwuoba", "futugwuoba.edu.ng")],
    "IN": [("Sahyadri Institute of Science", "sahyadri-is.ac.in"), ("Vindhya University", "vindhyauni.ac.in")],
    "DE": [("Universität Lindenau", "uni-lindenau.de"), ("Hochschule Wesermünde", "hs-wesermuende.de")],
    "AT": [("Universität Salzachtal", "uni-salzachtal.ac.at")],
    "CH": [("Hochschule Rheintal-Glarus", "hs-rheintal.ch")],
    "FR": [("Université de Valmorel", "univ-valmorel.fr"), ("École supérieure d'Argentan-Loire", "esal.fr")],
    "BE": [("Université libre de Hesbaye", "ulh.be"), ("Hogeschool Leiedal", "leiedal.be")],
    "ES": [("Universidad de Almenara", "ualmenara.es"), ("Universitat de la Costera", "ucostera.cat")],
    "MX": [("Universidad Autónoma del Bajío Norte", "uabn.mx")],
    "AR": [("Universidad Nacional del Paraná Medio", "unpm.edu.ar")],
    "IT": [("Università degli Studi di Valdelsa", "univaldelsa.it"), ("Politecnico di Brianza", "polibrianza.it")],
    "NL": [("Universiteit Zuiderveld", "zuiderveld.nl"), ("Hogeschool Eemland", "hseemland.nl")],
    "PT": [("Universidade do Alto Tâmega", "ualtotamega.pt")],
    "BR": [("Universidade Federal do Vale do Jequitaí", "ufvj.edu.br")],
    "PL": [("Uniwersytet Nadwarciański", "unadwarcie.edu.pl")],
    "SE": [("Norrviks universitet", "norrvik.se")],
    "FI": [("Pohjanlahden yliopisto", "pohjanlahti.fi")],
    "TR": [("Bozkır Teknik Üniversitesi", "bozkirteknik.edu.tr")],
    "RU": [("Приокский государственный университет", "priokgu.ru")],
    "UA": [("Подільський національний університет", "podilnu.edu.ua")],
    "CN": [("江汉理工大学", "jhlg.edu.cn")],
    "JP": [("北陵大学", "hokuryo-u.ac.jp")],
    "KR": [("한빛과학기술원", "hanbit.ac.kr")],
    "SA": [("جامعة الواحة للعلوم", "oasis-u.edu.sa")],
    "EG": [("جامعة الدلتا الجديدة", "ndu.edu.eg")],
    "ID": [("Universitas Lembah Brantas", "ulb.ac.id")],
    "VN": [("Đại học Khoa học Sông Hồng", "shus.edu.vn")],
}


# ====================================================================== places
# Streets, towns and postcodes written for this part (postcodes of the real
# towns' ranges where a town is real).
def addr_US(R):
    st = R.choice(["Larkspur Hollow Rd", "Quillfeather Ln", "Osage Orange Ave", "Tamarack Bend Dr", "Bellwether St", "Copperbeech Ct", "Wintergreen Pkwy"])
    city = R.choice([("Ann Arbor", "MI", "481%02d"), ("Madison", "WI", "537%02d"), ("Eugene", "OR", "974%02d"), ("Durham", "NC", "277%02d"), ("Boulder", "CO", "803%02d"), ("Ithaca", "NY", "148%02d")])
    unit = R.choice(["", ", Apt %d" % R.randint(2, 40), " Unit %d%s" % (R.randint(1, 9), R.choice("ABC"))])
    return ["%d %s%s" % (R.randint(10, 9899), st, unit), "%s, %s %s" % (city[0], city[1], city[2] % R.randint(1, 99))]


def addr_GB(R):
    st = R.choice(["Wrenfield Terrace", "Marlpit Lane", "Cobbler's Row", "Hazelmere Crescent", "Saltings Walk", "Tenter Street", "Quarrybank Road"])
    town = R.choice([("Sheffield", "S10 %d%s" % (R.randint(1, 9), R.choice(["HF", "QR", "LT", "AB"]))), ("Leeds", "LS6 %d%s" % (R.randint(1, 9), R.choice(["RP", "JW", "DN"]))),
                     ("Exeter", "EX4 %d%s" % (R.randint(1, 9), R.choice(["QJ", "LB", "PZ"]))), ("Norwich", "NR2 %d%s" % (R.randint(1, 9), R.choice(["ES", "HT", "RA"]))), ("Bristol", "BS6 %d%s" % (R.randint(5, 7), R.choice(["UH", "AQ", "NB"])))])
    first = R.choice(["Flat %d, " % R.randint(1, 12), "", "Room %d, " % R.randint(101, 420)])
    return [first + "%d %s" % (R.randint(1, 180), st), town[0], town[1]]


def addr_AU(R):
    st = R.choice(["Grevillea St", "Quandong Pde", "Wattlebird Cres", "Ironbark Rd", "Kurrajong Ave"])
    sub = R.choice([("Carlton", "VIC", "3053"), ("St Lucia", "QLD", "4067"), ("Newtown", "NSW", "2042"), ("Bedford Park", "SA", "5042"), ("Crawley", "WA", "6009")])
    return ["%d/%d %s" % (R.randint(1, 14), R.randint(2, 220), st), "%s %s %s" % sub]


def addr_NG(R):
    st = R.choice(["Adekunle Fajuyi Close", "Ogbunike Street", "Ifeanyi Nwosu Crescent", "Aroma Junction Road", "Oba Akinjobi Way"])
    area = R.choice([("Nsukka", "Enugu State", "410001"), ("Awka", "Anambra State", "420108"), ("Akoka, Yaba", "Lagos State", "101017"), ("Bodija", "Oyo State", "200284")])
    return ["No. %d %s" % (R.randint(2, 80), st), "%s, %s %s" % area]


def addr_IN(R):
    soc = R.choice(["Gulmohar Heights", "Shivkrupa Co-op Housing Society", "Nilgiri Enclave", "Sai Darshan Apartments", "Kanchanjunga Residency"])
    loc = R.choice([("Kothrud", "Pune", "411038", "Maharashtra"), ("Salt Lake Sector III", "Kolkata", "700106", "West Bengal"),
                    ("Indiranagar", "Bengaluru", "560038", "Karnataka"), ("Adyar", "Chennai", "600020", "Tamil Nadu"), ("Powai", "Mumbai", "400076", "Maharashtra")])
    return ["Flat %d%02d, %s" % (R.randint(1, 9), R.randint(1, 12), soc), "%s, %s - %s, %s" % loc]


def addr_DE(R):
    st = R.choice(["Mühlenkamp", "Am Klosterteich", "Lindenhofstraße", "Hainholzweg", "Kiebitzstieg", "Zur Alten Ziegelei", "Ebertswiese", "Hinter der Wachsbleiche"])
    town = R.choice([("37083", "Göttingen"), ("35039", "Marburg"), ("72074", "Tübingen"), ("24118", "Kiel"), ("06108", "Halle (Saale)"), ("01069", "Dresden"), ("69121", "Heidelberg")])
    return ["%s %d%s" % (st, R.randint(1, 120), R.choice(["", "", "a", "b"])), "%s %s" % town]


def addr_AT(R):
    st = R.choice(["Hallwanggasse", "Kapuzinerbergstraße", "Liechtensteinstraße", "Zehentgasse", "Schönbrunner Schlossweg"])
    town = R.choice([("5020", "Salzburg"), ("8010", "Graz"), ("6020", "Innsbruck"), ("1090", "Wien")])
    return ["%s %d/%d" % (st, R.randint(1, 60), R.randint(1, 18)), "%s %s" % town]


def addr_CH(R):
    st = R.choice(["Rebbergstrasse", "Chemin des Pâquerettes", "Via Surpunt", "Gletscherweg", "Mattenhofstrasse"])
    town = R.choice([("8006", "Zürich"), ("3012", "Bern"), ("7000", "Chur"), ("4056", "Basel")])
    return ["%s %d" % (st, R.randint(1, 90)), "%s %s" % town]


def addr_FR(R):
    st = R.choice(["rue des Tanneurs-Lainés", "allée des Cormorans", "impasse du Vieux-Pressoir", "boulevard des Acacias-Rouges", "chemin de la Garenne-Basse", "rue Pierre-Étienne Baudard"])
    town = R.choice([("38000", "Grenoble"), ("35000", "Rennes"), ("67000", "Strasbourg"), ("31400", "Toulouse"), ("34090", "Montpellier"), ("86000", "Poitiers")])
    return ["%d%s %s" % (R.randint(1, 140), R.choice(["", "", " bis", " ter"]), st), "%s %s" % town]


def addr_BE(R):
    st = R.choice(["Tiensevest-Noord", "Rue des Bouleaux-Argentés", "Kapelleveld", "Boomgaardstraat", "Avenue du Sart-Tilman"])
    town = R.choice([("3000", "Leuven"), ("9000", "Gent"), ("4000", "Liège"), ("1348", "Louvain-la-Neuve")])
    return ["%s %d%s" % (st, R.randint(1, 99), R.choice(["", " bus %d" % R.randint(1, 12), " boîte %d" % R.randint(1, 9)])), "%s %s" % town]


def addr_ES(R):
    st = R.choice(["C/ de los Alfareros", "Avda. de la Vega Baja", "C/ Sierra de Cazorla", "Pl. del Trinquete", "C/ Cronista Paco Ferrán", "Rúa do Fieital"])
    town = R.choice([("18002", "Granada", ""), ("37007", "Salamanca", ""), ("46022", "València", ""), ("15705", "Santiago de Compostela", " (A Coruña)"), ("48009", "Bilbao", ""), ("50009", "Zaragoza", "")])
    return ["%s, %d, %dº %s" % (st, R.randint(1, 90), R.randint(1, 8), R.choice("ABCD")), "%s %s%s" % town]


def addr_MX(R):
    st = R.choice(["Calle Ahuehuetes", "Av. Tepeyac Sur", "Calle Xicoténcatl Oriente", "Privada de los Naranjos"])
    col = R.choice([("Col. Copilco Universidad", "04360", "Coyoacán, CDMX"), ("Col. Jardines Universidad", "45110", "Zapopan, Jal."), ("Col. Ciudad Universitaria", "66455", "San Nicolás de los Garza, N.L.")])
    return ["%s %d%s" % (st, R.randint(10, 999), R.choice(["", " int. %d" % R.randint(1, 12)])), "%s, C.P. %s, %s" % col]


def addr_AR(R):
    st = R.choice(["Av. Gral. Paz Lobos", "Calle Chacabuco Norte", "Bv. de los Ombúes", "Pasaje Las Calandrias"])
    town = R.choice([("X5000", "Córdoba"), ("C1425", "CABA"), ("S2000", "Rosario"), ("B1900", "La Plata")])
    return ["%s %d, piso %d, dto. %s" % (st, R.randint(100, 4999), R.randint(1, 12), R.choice("ABCD")), "%s %s" % town]


def addr_IT(R):
    st = R.choice(["Via dei Cartai", "Via del Pozzo Rotondo", "Borgo San Iacopo Nuovo", "Viale delle Magnolie Alte", "Vicolo dei Setaioli", "Via Fonte Gaia"])
    town = R.choice([("40126", "Bologna", "BO"), ("56127", "Pisa", "PI"), ("35121", "Padova", "PD"), ("53100", "Siena", "SI"), ("10124", "Torino", "TO"), ("06123", "Perugia", "PG")])
    return ["%s %d%s" % (st, R.randint(1, 120), R.choice(["", "/A", ", int. %d" % R.randint(1, 14)])), "%s %s (%s)" % town]


def addr_NL(R):
    st = R.choice(["Kromme Nieuwegracht-Oost", "Lepelaarstraat", "Wijnhaven-Zuid", "Brugsestraat", "Pieterskerkstraatje", "Boterdiep"])
    town = R.choice([("3512", "Utrecht"), ("2311", "Leiden"), ("9712", "Groningen"), ("6525", "Nijmegen"), ("5611", "Eindhoven")])
    return ["%s %d%s" % (st, R.randint(1, 180), R.choice(["", "-bis", " A", "-2"])), "%s %s  %s" % (town[0], R.choice(["AB", "KL", "GT", "SX", "EH"]), town[1].upper() if R.random() < 0.3 else town[1])]


def addr_PT(R):
    st = R.choice(["Rua dos Bacalhoeiros Velhos", "Travessa do Caracol da Graça", "Rua Engenheiro Sá Pinto", "Avenida das Tílias"])
    town = R.choice([("3000-214", "Coimbra"), ("4050-117", "Porto"), ("1600-189", "Lisboa"), ("4710-057", "Braga")])
    return ["%s, %d, %dº %s" % (st, R.randint(1, 200), R.randint(1, 6), R.choice(["Esq.", "Dto.", "Frt."])), "%s %s" % town]


def addr_BR(R):
    st = R.choice(["Rua Desembargador Otávio Lima", "Av. dos Ipês-Amarelos", "Rua Professora Zilá Campos", "Travessa das Jabuticabeiras", "Rua Coronel Teófilo Brum"])
    city = R.choice([("Barão Geraldo", "Campinas", "SP", "13083-%03d"), ("Cidade Universitária", "Recife", "PE", "50740-%03d"), ("Trindade", "Florianópolis", "SC", "88036-%03d"), ("Pampulha", "Belo Horizonte", "MG", "31270-%03d")])
    return ["%s, nº %d, apto %d" % (st, R.randint(10, 2200), R.randint(11, 1204)), "%s, %s - %s, CEP %s" % (city[0], city[1], city[2], city[3] % R.randint(0, 999))]


def addr_PL(R):
    st = R.choice(["ul. Kminkowa", "ul. Zaułek Rybaków", "al. Jaśminowa", "ul. Strzelecka Dolna", "os. Pod Kasztanami"])
    town = R.choice([("30-084", "Kraków"), ("61-614", "Poznań"), ("50-383", "Wrocław"), ("80-309", "Gdańsk"), ("20-031", "Lublin")])
    return ["%s %d/%d" % (st, R.randint(1, 80), R.randint(1, 60)), "%s %s" % town]


def addr_SE(R):
    st = R.choice(["Kvarngärdesgatan", "Rackarbergsvägen", "Flogstavägen", "Sparvhöksgränd", "Möllevångsgatan"])
    town = R.choice([("752 37", "Uppsala"), ("223 62", "Lund"), ("907 36", "Umeå"), ("412 58", "Göteborg")])
    return ["%s %d%s" % (st, R.randint(1, 90), R.choice(["", " lgh 1%03d" % R.randint(1, 999)])), "%s %s" % town]


def addr_FI(R):
    st = R.choice(["Leppäsuonkatu", "Kuusitie", "Hervannan valtaväylä", "Yliopistonkatu", "Ruskotie"])
    town = R.choice([("00250", "Helsinki"), ("33720", "Tampere"), ("90570", "Oulu"), ("20500", "Turku")])
    return ["%s %d %s %d" % (st, R.randint(1, 60), R.choice("ABC"), R.randint(1, 40)), "%s %s" % town]


def addr_TR(R):
    mah = R.choice(["Moda", "Bahçelievler", "Kızılırmak", "Üniversiteler", "Beştepe"])
    sok = R.choice(["Ihlamur", "Kuşkonmaz", "Papatya", "Menekşe", "Çınaraltı"])
    ilce = R.choice(["Kadıköy/İstanbul", "Çankaya/Ankara", "Bornova/İzmir", "Nilüfer/Bursa"])
    return ["%s Mah. %s Sok. No: %d D: %d" % (mah, sok, R.randint(1, 70), R.randint(1, 20)), ilce]


def addr_RU(R):
    city = R.choice([("630090", "Новосибирск"), ("119234", "Москва"), ("199034", "Санкт-Петербург"), ("620002", "Екатеринбург"), ("420008", "Казань")])
    st = R.choice(["Морской проспект", "ул. Пирогова", "ул. Лесная Поляна", "ул. Кедровая", "Университетский пер."])
    return ["%s, г. %s, %s, д. %d, кв. %d" % (city[0], city[1], st, R.randint(1, 60), R.randint(1, 220))]


def addr_UA(R):
    st = R.choice(["вул. Ярославова Криниця", "вул. Липова Алея", "просп. Науки", "вул. Соборна Нижня", "вул. Черемшини"])
    town = R.choice([("03127", "Київ"), ("79005", "Львів"), ("61022", "Харків"), ("21050", "Вінниця")])
    return ["%s, %d, кв. %d, м. %s, %s" % (st, R.randint(1, 90), R.randint(1, 150), town[1], town[0])]


def addr_CN(R):
    p = R.choice(["湖北省武汉市洪山区珞喻路", "浙江省杭州市西湖区文三路", "四川省成都市武侯区一环路南二段", "陕西省西安市碑林区友谊西路", "江苏省南京市鼓楼区汉口路"])
    xq = R.choice(["桂园小区", "丹桂苑", "银杏家园", "翠湖花园"])
    return ["%s%d号%s%d栋%d单元%d室" % (p, R.randint(1, 999), xq, R.randint(1, 30), R.randint(1, 6), R.randint(101, 2804))]


def addr_JP(R):
    a = R.choice([("606-8317", "京都府京都市左京区吉田本町"), ("980-8577", "宮城県仙台市青葉区片平"), ("060-0808", "北海道札幌市北区北八条西"), ("812-0053", "福岡県福岡市東区箱崎"), ("464-0814", "愛知県名古屋市千種区不老町")])
    return ["〒%s %s%d-%d-%d %s%d号室" % (a[0], a[1], R.randint(1, 9), R.randint(1, 20), R.randint(1, 30), R.choice(["メゾン北白川", "コーポ青葉", "ハイツ楓", ""]), R.randint(101, 505))]


def addr_KR(R):
    a = R.choice([("서울특별시 관악구", "관악로", "08826"), ("대전광역시 유성구", "대학로", "34141"), ("부산광역시 금정구", "부산대학로", "46241"), ("경상북도 포항시 남구", "청암로", "37673")])
    return ["%s %s %d, %d동 %d호 (%s)" % (a[0], a[1], R.randint(1, 300), R.randint(101, 120), R.randint(101, 1504), a[2])]


def addr_SA(R):
    hay = R.choice(["حي الملقا", "حي الياسمين", "حي النخيل", "حي الروضة"])
    st = R.choice(["شارع وادي الثمامة", "شارع أبي الفداء", "شارع السدير"])
    return ["%s، %s، مبنى %d، الرياض %d" % (hay, st, R.randint(1000, 9999), R.choice([13521, 13325, 12384, 13211]))]


def addr_EG(R):
    st = R.choice(["شارع النخلة البيضاء", "شارع الجامعة الجديدة", "شارع أحمد الزمر الفرعي"])
    hay = R.choice(["الدقي، الجيزة", "مدينة نصر، القاهرة", "سموحة، الإسكندرية"])
    return ["%d %s، شقة %d، %s" % (R.randint(2, 90), st, R.randint(1, 30), hay)]


def addr_ID(R):
    st = R.choice(["Jl. Kaliurang Km 5 Gg. Pandega", "Jl. Dipati Ukur Dalam", "Jl. Tembalang Baru", "Jl. Kenanga Raya"])
    town = R.choice([("Caturtunggal, Depok, Sleman", "55281"), ("Lebakgede, Coblong, Bandung", "40132"), ("Tembalang, Semarang", "50275")])
    return ["%s No. %d, RT %02d/RW %02d" % (st, R.randint(1, 99), R.randint(1, 12), R.randint(1, 9)), "%s %s" % town]


def addr_VN(R):
    st = R.choice(["phố Chùa Láng", "đường Xuân Thủy", "phố Tạ Quang Bửu", "đường Cầu Giấy"])
    town = R.choice(["phường Láng Thượng, quận Đống Đa, Hà Nội", "phường Dịch Vọng Hậu, quận Cầu Giấy, Hà Nội", "phường 4, quận 5, TP. Hồ Chí Minh"])
    return ["Số %d ngõ %d %s, %s" % (R.randint(1, 120), R.randint(2, 200), st, town)]


def address(R, cc, sep=None):
    """The address as written, joined with sep (', ' or a newline)."""
    lines = globals()["addr_" + cc](R)
    if sep is None:
        sep = ", "
    return sep.join(lines)


# ====================================================================== phones
def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def _plan(R, cc, kind=None):
    return phone_nsn_local(R, cc, kind)


def phone_nsn_local(R, cc, kind=None):
    cc_, trunk, kinds = PLANS[cc]
    k = kind if kind in kinds else R.choice(sorted(kinds))
    return str(cc_), trunk, k, kinds[k](R)


EXTRA_MOBILE = {
    "NG": ("234", "0", lambda R: R.choice(["803", "806", "813", "816", "703", "706", "903", "802", "808", "812", "708", "805", "807", "815", "705", "809", "817", "818", "909"]) + digits(R, 7)),
    "AR": ("54", "0", None),
    "FI": ("358", "0", lambda R: R.choice(["40", "41", "44", "45", "46", "50"]) + digits(R, 7)),
    "TR": ("90", "0", lambda R: "5" + R.choice(["30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "05", "06", "07", "42", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "55"]) + digits(R, 7)),
    "UA": ("380", "0", lambda R: R.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + digits(R, 7)),
    "KR": ("82", "0", lambda R: "10" + R.choice("23456789") + digits(R, 7)),
    "SA": ("966", "0", lambda R: "5" + R.choice("0345689") + digits(R, 7)),
    "EG": ("20", "0", lambda R: "1" + R.choice("0125") + R.choice("0123456789") + digits(R, 7)),
    "ID": ("62", "0", lambda R: "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "57", "58", "77", "78", "95", "96", "97", "98", "99", "81", "82", "83", "85", "87", "88"]) + digits(R, 8)),
    "VN": ("84", "0", lambda R: R.choice(["91", "94", "88", "90", "93", "98", "97", "96", "86", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + digits(R, 7)),
}


ZERO0 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "PL", "SE", "FI", "GB", "TR", "UA", "CN", "IN", "EG", "SA", "MX"}


def phone(R, cc, region=None, intl=None, kind=None):
    """A phone number of country cc written as people of region write it.
    Returns an L-ready tuple (text, meta)."""
    region = region or cc
    abroad = region != cc
    if intl is None:
        intl = abroad or R.random() < 0.3
    meta = {"sub": "mobile", "region": region}
    if abroad:
        meta["plan"] = cc
    pre = "+" if (R.random() < 0.8 or region not in ZERO0) else "00"
    if cc == "AR":
        area = R.choice(["11", "351", "341", "221"])
        loc = digits(R, 10 - len(area))
        loc = R.choice("2345") + loc[1:]
        if intl:
            t = "%s54 9 %s %s-%s" % (pre, area, loc[:-4], loc[-4:])
        else:
            t = "0%s 15-%s-%s" % (area, loc[:-4], loc[-4:])
        return t, meta
    if cc in EXTRA_MOBILE:
        code, trunk, fn = EXTRA_MOBILE[cc]
        nsn = fn(R)
        fmt = {"NG": [3, 3, 4], "FI": [2, 3, 4], "TR": [3, 3, 2, 2], "UA": [2, 3, 2, 2], "KR": [2, 4, 4],
               "SA": [2, 3, 4], "EG": [2, 4, 4], "ID": [3, 4, 4], "VN": [3, 3, 3]}[cc]
        if intl:
            sep = "-" if cc in ("KR", "ID") and R.random() < 0.5 else " "
            body = _g(nsn, fmt, sep)
            if R.random() < 0.15:
                body = nsn
            return "%s%s %s" % (pre, code, body), meta
        sep = {"KR": "-", "ID": "-"}.get(cc, " ")
        if cc == "KR" and R.random() < 0.25:
            return "0" + nsn, meta
        if cc == "TR" and R.random() < 0.3:
            return "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), meta
        if cc == "UA":
            return "0%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]), meta
        first = "0" + nsn[:fmt[0]]
        rest = _g(nsn[fmt[0]:], fmt[1:], sep)
        return first + sep + rest, meta
    if cc == "US" and kind is None:
        kind = "fixed_or_mobile"
    code, trunk, kind_, nsn = phone_nsn_local(R, cc, kind)
    meta["sub"] = "mobile" if "mobile" in kind_ else ("fixed" if kind_ not in ("fixed_or_mobile", "any") else "fixed_or_mobile")
    if cc in ("US", "CA"):
        a, e, l_ = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, e, l_), meta
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l_), meta
    fmts = {
        "GB": lambda n: (_g(n, [4, 6]) if n[0] == "7" else (_g(n, [2, 4, 4]) if n.startswith("20") else _g(n, [3, 3, 4]))),
        "AU": lambda n: _g(n, [3, 3, 3]),
        "IN": lambda n: _g(n, [5, 5]),
        "DE": lambda n: _g(n, [3, 20]) if n[0] == "1" else _g(n, [2 if n[:2] in ("30", "89", "40", "69") else 3, 20]),
        "AT": lambda n: _g(n, [3, 20]) if n[0] == "6" else _g(n, [1, 3, 4]),
        "CH": lambda n: _g(n, [2, 3, 2, 2]),
        "FR": lambda n: _g(n, [1, 2, 2, 2, 2]),
        "BE": lambda n: _g(n, [3, 2, 2, 2]) if n[0] == "4" else _g(n, [1, 3, 2, 2]),
        "NL": lambda n: _g(n, [1, 8]) if n[0] == "6" else _g(n, [2, 3, 4]),
        "ES": lambda n: _g(n, [3, 3, 3]) if n[0] in "67" else _g(n, [2, 3, 2, 2]),
        "PT": lambda n: _g(n, [3, 3, 3]),
        "IT": lambda n: _g(n, [3, 7]) if n[0] == "3" else _g(n, [2, 4, 4]),
        "PL": lambda n: _g(n, [3, 3, 3]) if n[:2] != "22" else _g(n, [2, 3, 2, 2]),
        "SE": lambda n: _g(n, [2, 3, 2, 2]),
        "BR": lambda n: "%s %s-%s" % (n[:2], n[2:-4], n[-4:]),
        "MX": lambda n: _g(n, [2, 4, 4]),
        "CN": lambda n: _g(n, [3, 4, 4]) if n[0] == "1" and n[:2] != "10" else _g(n, [2, 4, 4]),
        "RU": lambda n: "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
        "JP": lambda n: "%s-%s-%s" % (n[:2], n[2:6], n[6:]),
        "IE": lambda n: _g(n, [2, 3, 4]),
        "ZA": lambda n: _g(n, [2, 3, 4]),
    }
    body = fmts[cc](nsn)
    if intl:
        if cc == "RU" and R.random() < 0.5:
            return "%s7 (%s) %s-%s-%s" % (pre, nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), meta
        if trunk == "0" and cc in ("DE", "AT", "CH", "GB", "NL", "FR", "BE") and R.random() < 0.25 and not abroad:
            return "+%s (0)%s" % (code, body), meta
        if R.random() < 0.12:
            return "+%s%s" % (code, nsn), meta
        return "%s%s %s" % (pre, code, body), meta
    # national
    if cc == "GB":
        return "0" + body, meta
    if cc == "DE" and R.random() < 0.3:
        return "0%s/%s" % (body.split(" ")[0], body.split(" ", 1)[1].replace(" ", "")), meta
    if cc == "NL" and nsn[0] == "6":
        return R.choice(["06-%s" % nsn[1:], "06 %s" % _g(nsn[1:], [2, 2, 2, 2]), "06 %s" % nsn[1:]]), meta
    if cc == "FR":
        return "0" + (body if R.random() < 0.8 else body.replace(" ", ".")), meta
    if cc == "BR":
        return "(%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:]), meta
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s", "8 %s %s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), meta
    if cc == "CN" and nsn[:2] != "10":
        return (nsn if R.random() < 0.4 else body), meta
    return trunk + body, meta


def PH(R, cc, region=None, intl=None, kind=None):
    t, meta = phone(R, cc, region, intl, kind)
    return L("phone", t, **meta)


# ====================================================================== dates
MONTHS_X = dict(MONTHS)
MONTHS_X.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
})

COUNTRY_LANG = {"US": "en", "GB": "en", "AU": "en", "NG": "en", "IN": "in", "DE": "de", "AT": "de", "CH": "de",
                "FR": "fr", "BE": "fr", "ES": "es", "MX": "es", "AR": "es", "IT": "it", "NL": "nl", "PT": "pt",
                "BR": "pt", "PL": "pl", "SE": "sv", "FI": "fi", "TR": "tr", "RU": "ru", "UA": "uk", "CN": "zh",
                "JP": "ja", "KR": "ko", "SA": "ar", "EG": "ar", "ID": "id", "VN": "vi"}


def fmt_date(R, cc, y, m, d, words=None):
    """A date as people of cc write it (words: allow month names)."""
    lang = COUNTRY_LANG[cc]
    if words is None:
        words = R.random() < 0.25
    if cc == "US":
        return R.choice(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y)]) if not words else "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if cc in ("CN", "JP"):
        return R.choice(["%d年%d月%d日" % (y, m, d), "%04d-%02d-%02d" % (y, m, d), "%04d/%02d/%02d" % (y, m, d)])
    if cc == "KR":
        return R.choice(["%d년 %d월 %d일" % (y, m, d), "%04d.%02d.%02d" % (y, m, d), "%04d-%02d-%02d" % (y, m, d)])
    if cc == "SE":
        return R.choice(["%04d-%02d-%02d" % (y, m, d)]) if not words else "%d %s %d" % (d, MONTHS_X["sv"][m - 1], y)
    if cc == "HU":
        return "%04d.%02d.%02d." % (y, m, d)
    if words and lang in MONTHS_X:
        mn = MONTHS_X[lang][m - 1]
        if lang == "en":
            return "%d %s %d" % (d, mn, y)
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        if lang in ("ru", "uk"):
            return "%d %s %d г." % (d, mn, y) if lang == "ru" else "%d %s %d р." % (d, mn, y)
        if lang == "fi":
            return "%d. %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    sep = {"DE": ".", "AT": ".", "CH": ".", "PL": ".", "FI": ".", "TR": ".", "RU": ".", "UA": ".", "NL": "-",
           "ID": "-", "BE": "/", "FR": "/", "IT": "/", "ES": "/", "MX": "/", "AR": "/", "PT": "/", "BR": "/",
           "GB": "/", "AU": "/", "NG": "/", "IN": "/", "SA": "/", "EG": "/", "VN": "/"}[cc]
    if cc == "FI" and R.random() < 0.5:
        return "%d.%d.%d" % (d, m, y)
    if cc == "IN" and R.random() < 0.3:
        return "%02d-%02d-%04d" % (d, m, y)
    return "%02d%s%02d%s%04d" % (d, sep, m, sep, y)


def DOB(R, p, cc=None, words=None):
    return L("dob", fmt_date(R, cc or p.cc, p.y, p.m, p.d, words))


def other_date(R, cc, year=None, words=None):
    y = year or R.choice([2025, 2026, 2027])
    return fmt_date(R, cc, y, R.randint(1, 12), R.randint(1, 28), words)


# ====================================================================== ids
CN_AREAS = ["420111", "330106", "510107", "610103", "320106"]
ID_AREAS = ["340401", "327303", "337401", "357801"]
MX_STATES = ["DF", "JC", "NL", "PL", "GT", "VZ"]


def gov_id(R, p, kind=None):
    """(value, sub) of the national id that a form of p's country asks for."""
    cc = p.cc
    y, m, d, f = p.y, p.m, p.d, p.female
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if cc == "GB":
        pfx, num, suf = nino_random(R)
        return R.choice(["%s %s %s %s %s" % (pfx, num[:2], num[2:4], num[4:], suf), "%s%s%s" % (pfx, num, suf)]), "gb_nino"
    if cc == "AU":
        t = tfn_make(R)
        return "%s %s %s" % (t[:3], t[3:6], t[6:]), "au_tfn"
    if cc == "IN":
        if kind == "pan" or (kind is None and R.random() < 0.4):
            return pan_random(R, "P", ascii_fold(p.rfamily)), "in_pan"
        a = aadhaar_random(R)
        return R.choice(["%s %s %s" % (a[:4], a[4:8], a[8:]), a]), "in_aadhaar"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuer_id"
    if cc == "AT":
        return svnr_make(R, y, m, d), "at_svnr"
    if cc == "CH":
        return ahv_make(R), "ch_ahv"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if f else "1", yy=y % 100, mm=m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if cc == "BE":
        return bern_make(R, y, m, d), "be_rrn"
    if cc == "ES":
        if R.random() < 0.25:
            p_, n, l_ = nie_random(R)
            return "%s%s%s" % (p_, n, l_), "es_nie"
        n, l_ = dni_random(R)
        return R.choice(["%s%s" % (n, l_), "%s-%s" % (n, l_)]), "es_dni"
    if cc == "MX":
        pat, mat = p.family.split(" ") if " " in p.family else (p.family, "Ruiz")
        return curp_make(pat, mat, p.given, y, m, d, f, R.choice(MX_STATES)), "mx_curp"
    if cc == "AR":
        return cuil_make(R, f), "ar_cuil"
    if cc == "IT":
        return cf_make(ascii_fold(p.family), ascii_fold(p.given), y % 100, m, d, f, R.choice(["A944", "G702", "G224", "I726", "L219", "G478"])), "it_cf"
    if cc == "NL":
        return bsn_random(R), "nl_bsn"
    if cc == "PT":
        return ptnif_make(R), "pt_nif"
    if cc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "br_cpf"
    if cc == "PL":
        return pesel_make(R, y, m, d, f), "pl_pesel"
    if cc == "SE":
        return pnr_make(R, y, m, d, long=R.random() < 0.5), "se_personnummer"
    if cc == "FI":
        return hetu_make(R, y, m, d, f), "fi_hetu"
    if cc == "TR":
        return tckn_make(R), "tr_tckn"
    if cc == "RU":
        return snils_make(R), "ru_snils"
    if cc == "UA":
        return rnokpp_make(R, y, m, d, f), "ua_rnokpp"
    if cc == "CN":
        return cnid_make(R, R.choice(CN_AREAS), y, m, d, f), "cn_resident_id"
    if cc == "JP":
        s = mynumber_make(R)
        return R.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])]), "jp_my_number"
    if cc == "KR":
        return rrn_make(R, y, m, d, f), "kr_rrn"
    if cc == "SA":
        return saudi_make(R), "sa_national_id"
    if cc == "ID":
        return nik_make(R, R.choice(ID_AREAS), y, m, d, f), "id_nik"
    return None, None


GOV_CHECK = {
    "us_ssn": lambda s: ssn_valid(int(s[:3]), int(s[4:6]), int(s[7:])),
    "gb_nino": lambda s: s.replace(" ", "")[:2] not in NINO_BAD_PREFIX and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s.replace(" ", "")) is not None,
    "au_tfn": tfn_ok,
    "in_pan": lambda s: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s) is not None,
    "in_aadhaar": lambda s: verhoeff_ok(s.replace(" ", "")) and s[0] not in "01",
    "de_steuer_id": lambda s: steuerid_ok(s.replace(" ", "")),
    "at_svnr": svnr_ok,
    "ch_ahv": ahv_ok,
    "fr_nir": lambda s: nir_ok(s.replace(" ", "")[:13], s.replace(" ", "")[13:]),
    "be_rrn": bern_ok,
    "es_dni": dni_ok, "es_nie": dni_ok,
    "mx_curp": curp_ok,
    "ar_cuil": cuil_ok,
    "it_cf": lambda s: cf_check(s[:15]) == s[15],
    "nl_bsn": bsn_ok,
    "pt_nif": ptnif_ok,
    "br_cpf": lambda s: cpf_ok(re.sub(r"\D", "", s)),
    "pl_pesel": pesel_ok,
    "se_personnummer": pnr_ok,
    "fi_hetu": hetu_ok,
    "tr_tckn": tckn_ok,
    "ru_snils": snils_ok,
    "ua_rnokpp": rnokpp_ok,
    "cn_resident_id": cnid_ok,
    "jp_my_number": mynumber_ok,
    "kr_rrn": rrn_ok,
    "sa_national_id": lambda s: len(s) == 10 and s[0] in "12" and luhn_ok(s),
    "id_nik": lambda s: len(s) == 16 and s.isdigit() and 1 <= int(s[6:8]) % 40 <= 31 and 1 <= int(s[8:10]) <= 12,
    "passport": passport_ok,
}


def GID(R, p, kind=None):
    v, sub = gov_id(R, p, kind)
    return L("gov_id", v, sub=sub)


PASSPORT = {
    "NG": lambda R: "A" + digits(R, 8), "IN": lambda R: R.choice("JKLMNPRSTUVWZ") + nz(R, 7), "CN": lambda R: "E" + digits(R, 8),
    "US": lambda R: nz(R, 9), "GB": lambda R: nz(R, 9), "DE": lambda R: R.choice("CFGHJK") + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8),
    "TR": lambda R: "U" + digits(R, 8), "RU": lambda R: "7" + digits(R, 8), "UA": lambda R: R.choice(["FA", "FX", "GC"]) + digits(R, 6),
    "BR": lambda R: R.choice(["FX", "GB", "GC"]) + digits(R, 6), "MX": lambda R: "G" + digits(R, 8), "ID": lambda R: R.choice("ABCX") + digits(R, 7),
    "VN": lambda R: R.choice("CP") + digits(R, 7), "EG": lambda R: "A" + digits(R, 8), "SA": lambda R: R.choice("ABDF") + digits(R, 7),
    "KR": lambda R: "M" + digits(R, 8), "JP": lambda R: R.choice(["TK", "TR", "MZ"]) + digits(R, 7), "IT": lambda R: "Y" + R.choice("ABCD") + digits(R, 7),
    "FR": lambda R: "%02d" % R.randint(10, 25) + rnd(R, string.ascii_uppercase, 2) + digits(R, 5), "PL": lambda R: "E" + rnd(R, string.ascii_uppercase, 1) + digits(R, 7),
}


def PASS(R, cc):
    return L("gov_id", PASSPORT.get(cc, lambda R: R.choice("ABCDEFGHJK") + digits(R, 8))(R), sub="passport")


# ====================================================================== money
def iban_fmt(R, country):
    v = iban_random(R, country)
    st = R.random()
    if st < 0.55:
        return group(v)
    if st < 0.8:
        return v
    if st < 0.9:
        return group(v, sep="\u00a0")
    return group(v).lower() if R.random() < 0.3 else group(v)


def IB(R, country, **meta):
    return L("iban", iban_fmt(R, country), sub=country, **meta)


def card_fmt(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb", "unionpay", "mir", "troy", "rupay"])
    n = card_random(R, issuer)
    gs = card_grouping(len(n))
    sep = R.choice([" ", " ", "-", "", "\u00a0"])
    return sep.join(split_groups(n, gs)), issuer


def CARD(R, issuer=None):
    v, iss = card_fmt(R, issuer)
    return L("card", v, sub=iss)


def bad_luhn(R, n):
    """n digits that fail Luhn (look-alike numbers)."""
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


# ====================================================================== secrets and IPs
def pub_ipv4(R):
    while True:
        a = R.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 85, 88, 91, 94, 95, 129, 130, 131, 134, 137, 141, 143, 145, 147, 152, 155, 158, 160, 163, 171, 176, 185, 188, 193, 194, 195, 210, 212, 213, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def pub_ipv6(R):
    p = R.choice(["2001:638", "2001:67c", "2a02:8109", "2a01:4f8", "2001:4ca0", "2400:4050", "2804:14c", "2a00:1450"])
    rest = ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.choice([2, 3])))
    ip = p + ":" + rest + "::" + "%x" % R.randint(1, 0xffff)
    assert ipaddress.ip_address(ip).is_global
    return ip


def IP(R, v6=False):
    return L("ip", pub_ipv6(R) if v6 else pub_ipv4(R), sub="ipv6" if v6 else "ipv4")


PW_WORDS = ["Pipette", "Zentrifuge", "Mitochondria", "Quokka", "Kolibri", "Tensor", "Eppendorf", "Boltzmann7", "Fermion", "Lumen", "Sorbet", "Gradient", "Cuvette", "Helix", "Tundra"]


def password(R):
    w = R.choice(PW_WORDS)
    return R.choice(["%s%s%d", "%s_%s%d", "%s%s%d!"]) % (w, R.choice(["#", "!", "$", "%", "&", "."]), R.randint(10, 9999))


def SEC(R, kind):
    if kind == "jupyter_token":
        v = rnd(R, "0123456789abcdef", 48)
    elif kind == "hf_token":
        v = "hf_" + rnd(R, string.ascii_letters, 34)
    elif kind == "wandb_key":
        v = rnd(R, "0123456789abcdef", 40)
    elif kind in ("password", "db_password", "cluster_password", "wifi_password", "smtp_password"):
        v = password(R)
    elif kind in ("door_code", "locker_code", "pin"):
        v = R.choice(["%04d", "%05d", "%06d"]) % R.randint(1000, 999999) if kind != "locker_code" else "%04d" % R.randint(1000, 9999)
        if kind == "door_code" and R.random() < 0.3:
            v = "%04d#" % R.randint(1000, 9999)
            v = v[:-1]
    elif kind == "openai":
        v = secret_random(R, "openai")
    elif kind == "anthropic":
        v = secret_random(R, "anthropic")
    elif kind in ("aws_access_key_id", "aws_secret_access_key", "github_pat", "github_fine_grained", "gitlab_pat", "slack_webhook", "google_api_key", "jwt", "sendgrid", "pem", "hex32"):
        v = secret_random(R, kind)
    elif kind == "pem_openssh":
        lines = [rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 70) for _ in range(R.randint(4, 7))]
        v = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(lines) + "\n" + rnd(R, ALNUM, 24) + "=\n-----END OPENSSH PRIVATE KEY-----"
    elif kind == "app_password":
        v = " ".join(rnd(R, string.ascii_lowercase, 4) for _ in range(4))
    else:
        raise KeyError(kind)
    return L("secret", v, sub=kind)


# ====================================================================== frames
# Field labels per language (name, given, family, dob, pob, nationality,
# address, phone, e-mail, student id, bank account, holder, signature, date,
# supervisor, emergency contact, programme).
FL = {
    "en": "Full name|Given name(s)|Family name|Date of birth|Place of birth|Nationality|Home address|Mobile|E-mail|Student ID|Bank account (IBAN)|Account holder|Signature|Date|Supervisor|Emergency contact|Programme",
    "in": "Name of the candidate|First name|Surname|Date of Birth|Place of Birth|Nationality|Permanent address|Mobile No.|Email ID|Enrolment No.|Bank A/c|Account holder|Signature of candidate|Date|Guide / Supervisor|Emergency contact|Programme",
    "de": "Name, Vorname|Vorname(n)|Nachname|Geburtsdatum|Geburtsort|Staatsangehörigkeit|Semesteranschrift|Mobil|E-Mail|Matrikelnummer|IBAN|Kontoinhaber/in|Unterschrift|Datum|Betreuer/in|Notfallkontakt|Studiengang",
    "fr": "Nom et prénom|Prénom(s)|Nom de famille|Date de naissance|Lieu de naissance|Nationalité|Adresse|Portable|Courriel|N° étudiant|IBAN|Titulaire du compte|Signature|Date|Directeur/directrice de thèse|Personne à prévenir|Formation",
    "es": "Nombre y apellidos|Nombre|Apellidos|Fecha de nacimiento|Lugar de nacimiento|Nacionalidad|Domicilio|Móvil|Correo electrónico|N.º de expediente|IBAN|Titular de la cuenta|Firma|Fecha|Director/a|Contacto de emergencia|Titulación",
    "it": "Cognome e nome|Nome|Cognome|Data di nascita|Luogo di nascita|Cittadinanza|Residenza|Cellulare|E-mail|Matricola|IBAN|Intestatario del conto|Firma|Data|Relatore|Contatto di emergenza|Corso di laurea",
    "nl": "Naam|Voornamen|Achternaam|Geboortedatum|Geboorteplaats|Nationaliteit|Woonadres|Mobiel|E-mailadres|Studentnummer|IBAN|Rekeninghouder|Handtekening|Datum|Begeleider|Contactpersoon bij nood|Opleiding",
    "pt": "Nome completo|Nome|Apelido/Sobrenome|Data de nascimento|Naturalidade|Nacionalidade|Morada/Endereço|Telemóvel/Celular|E-mail|N.º de aluno / Matrícula|IBAN|Titular da conta|Assinatura|Data|Orientador(a)|Contato de emergência|Curso",
    "pl": "Imię i nazwisko|Imię (imiona)|Nazwisko|Data urodzenia|Miejsce urodzenia|Obywatelstwo|Adres zamieszkania|Telefon komórkowy|E-mail|Nr albumu|Numer rachunku (IBAN)|Właściciel rachunku|Podpis|Data|Promotor|Osoba do kontaktu w nagłych wypadkach|Kierunek studiów",
    "sv": "Namn|Förnamn|Efternamn|Födelsedatum|Födelseort|Medborgarskap|Adress|Mobil|E-post|Studentnummer|IBAN|Kontoinnehavare|Underskrift|Datum|Handledare|Närmast anhörig|Program",
    "fi": "Nimi|Etunimet|Sukunimi|Syntymäaika|Syntymäpaikka|Kansalaisuus|Osoite|Matkapuhelin|Sähköposti|Opiskelijanumero|IBAN-tilinumero|Tilinomistaja|Allekirjoitus|Päiväys|Ohjaaja|Hätäyhteyshenkilö|Koulutusohjelma",
    "tr": "Adı Soyadı|Adı|Soyadı|Doğum Tarihi|Doğum Yeri|Uyruğu|Adres|Cep Telefonu|E-posta|Öğrenci No|IBAN|Hesap Sahibi|İmza|Tarih|Danışman|Acil Durumda Aranacak Kişi|Program",
    "ru": "ФИО|Имя|Фамилия|Дата рождения|Место рождения|Гражданство|Адрес проживания|Моб. телефон|Эл. почта|№ студенческого билета|Счёт (IBAN)|Владелец счёта|Подпись|Дата|Научный руководитель|Контактное лицо|Направление подготовки",
    "uk": "ПІБ|Ім'я|Прізвище|Дата народження|Місце народження|Громадянство|Адреса проживання|Мобільний|Ел. пошта|№ залікової книжки|IBAN|Власник рахунку|Підпис|Дата|Науковий керівник|Контактна особа|Спеціальність",
    "zh": "姓名|名|姓|出生日期|出生地|国籍|家庭住址|手机|电子邮箱|学号|银行账户|户名|签名|日期|导师|紧急联系人|专业",
    "ja": "氏名|名|姓|生年月日|出生地|国籍|現住所|携帯電話|メールアドレス|学籍番号|口座|口座名義|署名|日付|指導教員|緊急連絡先|専攻",
    "ko": "성명|이름|성|생년월일|출생지|국적|주소|휴대전화|이메일|학번|계좌|예금주|서명|날짜|지도교수|비상연락처|전공",
    "ar": "الاسم الكامل|الاسم الأول|اسم العائلة|تاريخ الميلاد|مكان الميلاد|الجنسية|العنوان|الجوال|البريد الإلكتروني|الرقم الجامعي|رقم الآيبان|اسم صاحب الحساب|التوقيع|التاريخ|المشرف|جهة اتصال للطوارئ|البرنامج",
    "id": "Nama lengkap|Nama depan|Nama belakang|Tanggal lahir|Tempat lahir|Kewarganegaraan|Alamat|No. HP|Email|NIM|Rekening|Nama pemilik rekening|Tanda tangan|Tanggal|Dosen pembimbing|Kontak darurat|Program studi",
    "vi": "Họ và tên|Tên|Họ|Ngày sinh|Nơi sinh|Quốc tịch|Địa chỉ|Số điện thoại|Email|Mã số sinh viên|Số tài khoản|Chủ tài khoản|Chữ ký|Ngày|Giảng viên hướng dẫn|Người liên hệ khẩn cấp|Ngành",
}
FLK = "name given family dob pob nat addr phone email sid iban holder sign date sup emerg prog".split()
FL = {k: dict(zip(FLK, v.split("|"))) for k, v in FL.items()}

ID_LABEL = {"us_ssn": "SSN", "gb_nino": "National Insurance number", "au_tfn": "Tax File Number", "in_pan": "PAN",
            "in_aadhaar": "Aadhaar No.", "de_steuer_id": "Steuer-ID", "at_svnr": "SV-Nummer", "ch_ahv": "AHV-Nr.",
            "fr_nir": "N° de sécurité sociale", "be_rrn": "Numéro de registre national", "es_dni": "DNI", "es_nie": "NIE",
            "mx_curp": "CURP", "ar_cuil": "CUIL", "it_cf": "Codice fiscale", "nl_bsn": "BSN", "pt_nif": "NIF",
            "br_cpf": "CPF", "pl_pesel": "PESEL", "se_personnummer": "Personnummer", "fi_hetu": "Henkilötunnus",
            "tr_tckn": "T.C. Kimlik No", "ru_snils": "СНИЛС", "ua_rnokpp": "РНОКПП (ІПН)", "cn_resident_id": "身份证号",
            "jp_my_number": "マイナンバー", "kr_rrn": "주민등록번호", "sa_national_id": "رقم الهوية الوطنية", "id_nik": "NIK"}

# Request lines per language: check (a form), fix (a config), write (a reply
# or letter), summ (summarise/translate), table (sort/clean a list).
REQ = {
    "en": {"check": ["Can you check this form before I submit it to the graduate school?", "Is anything missing here? Deadline is Friday noon.",
                     "Does this look complete? The admissions office rejected my first one.", "Please proofread this, my supervisor signs it tomorrow."],
           "fix": ["Slurm keeps rejecting this job — what's wrong?", "Why does ssh ask for a password every time with this config?", "The notebook won't start on the cluster, here's my setup:"],
           "write": ["Can you help me write a polite reply to this?", "Draft a short answer, I want to accept but ask for two more weeks.", "Make this sound more professional please."],
           "summ": ["Summarise this thread for me in three bullet points.", "What exactly do I need to do after this email?", "tl;dr please, I have a lab meeting in 10 minutes"],
           "table": ["Turn this into a clean table sorted by surname.", "Can you dedupe this list and sort by date of birth?", "Convert this to CSV so I can load it in R."]},
    "in": {"check": ["Kindly check if all fields are filled correctly, HOD has to sign today.", "Please verify the format, the university portal is very strict.", "Is this OK for the scholarship cell? They returned it once."],
           "fix": ["Job is failing on the HPC, please check the script.", "Why this config is not connecting to the server?"],
           "write": ["Please draft a reply to the guide in formal tone.", "Make this letter more formal and correct grammar."],
           "summ": ["Please summarise this mail chain.", "What are the action points from this?"],
           "table": ["Please make this list in proper table format sorted by roll number.", "Sort this by name and remove duplicates."]},
    "de": {"check": ["Kannst du kurz drüberschauen, ob der Antrag vollständig ist?", "Fehlt da noch was? Muss es bis Freitag beim Prüfungsamt abgeben.", "Passt das so fürs Studierendensekretariat?"],
           "fix": ["Der Job bricht auf dem Cluster sofort ab – siehst du den Fehler?", "Warum fragt ssh trotzdem nach dem Passwort?", "Jupyter startet nicht, hier meine Config:"],
           "write": ["Hilf mir bitte, eine höfliche Antwort zu formulieren.", "Kannst du das förmlicher klingen lassen?"],
           "summ": ["Fass mir den Verlauf bitte kurz zusammen.", "Was muss ich jetzt konkret tun?"],
           "table": ["Mach mir daraus eine saubere Tabelle, sortiert nach Nachname.", "Bitte als CSV, damit ich es in SPSS laden kann."]},
    "fr": {"check": ["Tu peux vérifier que le dossier est complet avant que je l'envoie à la scolarité ?", "Il manque quelque chose ? C'est pour l'école doctorale.", "Est-ce que le formulaire est bien rempli ?"],
           "fix": ["Le job Slurm plante direct, tu vois pourquoi ?", "Pourquoi ssh me redemande le mot de passe avec cette config ?"],
           "write": ["Aide-moi à rédiger une réponse polie.", "Tu peux reformuler ça de façon plus formelle ?"],
           "summ": ["Résume-moi cet échange en quelques points.", "Qu'est-ce que je dois faire concrètement ?"],
           "table": ["Mets-moi ça dans un tableau trié par nom.", "Convertis en CSV pour que je l'importe dans R."]},
    "es": {"check": ["¿Me revisas si está todo bien antes de mandarlo a secretaría?", "¿Falta algo? Lo tengo que entregar el viernes.", "¿Está completo el formulario de la beca?"],
           "fix": ["El trabajo de Slurm falla al instante, ¿ves el error?", "¿Por qué ssh me sigue pidiendo la contraseña?"],
           "write": ["Ayúdame a redactar una respuesta educada.", "¿Puedes hacerlo sonar más formal?"],
           "summ": ["Resúmeme este hilo en tres puntos.", "¿Qué tengo que hacer exactamente?"],
           "table": ["Pásamelo a una tabla ordenada por apellido.", "Conviértelo a CSV para cargarlo en R."]},
    "it": {"check": ["Mi controlli se la domanda è completa prima che la mandi in segreteria?", "Manca qualcosa? La scadenza è venerdì.", "Va bene così per l'ufficio borse di studio?"],
           "fix": ["Il job su Slurm si ferma subito, vedi l'errore?", "Perché ssh mi chiede ancora la password?"],
           "write": ["Aiutami a scrivere una risposta cortese.", "Puoi renderlo più formale?"],
           "summ": ["Riassumimi questo scambio in tre punti.", "Cosa devo fare esattamente adesso?"],
           "table": ["Fammi una tabella ordinata per cognome.", "Convertilo in CSV per caricarlo in R."]},
    "nl": {"check": ["Kun je checken of dit formulier compleet is voordat ik het instuur?", "Mis ik nog iets? Moet morgen bij de examencommissie liggen.", "Klopt dit zo voor de beurs?"],
           "fix": ["Mijn Slurm-job crasht meteen, zie jij de fout?", "Waarom vraagt ssh nog steeds om een wachtwoord?"],
           "write": ["Help je me met een beleefd antwoord?", "Kun je dit formeler maken?"],
           "summ": ["Vat deze mailwisseling kort samen.", "Wat moet ik nu precies doen?"],
           "table": ["Maak hier een nette tabel van, gesorteerd op achternaam.", "Zet het om naar CSV voor R."]},
    "pt": {"check": ["Pode ver se o formulário está completo antes de eu enviar para a secretaria?", "Falta alguma coisa? O prazo é sexta.", "Está certo para a bolsa?"],
           "fix": ["O job no Slurm falha logo, vê o erro?", "Porque é que o ssh continua a pedir a senha?"],
           "write": ["Me ajuda a escrever uma resposta educada?", "Pode deixar isso mais formal?"],
           "summ": ["Resume essa conversa em três tópicos.", "O que eu preciso fazer agora?"],
           "table": ["Organiza numa tabela por sobrenome.", "Converte para CSV pra eu abrir no R."]},
    "pl": {"check": ["Sprawdzisz, czy wniosek jest kompletny, zanim wyślę do dziekanatu?", "Czy czegoś brakuje? Termin mija w piątek.", "Czy dobrze wypełniłem ten formularz stypendialny?"],
           "fix": ["Zadanie w Slurmie od razu się wywala, widzisz błąd?", "Czemu ssh dalej pyta o hasło?"],
           "write": ["Pomóż mi napisać uprzejmą odpowiedź.", "Możesz to przeredagować bardziej formalnie?"],
           "summ": ["Streść mi ten wątek w trzech punktach.", "Co dokładnie mam teraz zrobić?"],
           "table": ["Zrób z tego tabelę posortowaną po nazwisku.", "Zamień to na CSV do R."]},
    "sv": {"check": ["Kan du kolla att blanketten är komplett innan jag skickar den?", "Saknas något? Deadline på fredag."],
           "fix": ["Slurm-jobbet dör direkt, ser du felet?", "Varför frågar ssh fortfarande efter lösenord?"],
           "write": ["Hjälp mig skriva ett artigt svar.", "Kan du göra det mer formellt?"],
           "summ": ["Sammanfatta tråden i tre punkter.", "Vad behöver jag göra nu?"],
           "table": ["Gör en tabell sorterad på efternamn."]},
    "fi": {"check": ["Voitko tarkistaa, onko hakemus täydellinen ennen kuin lähetän sen?", "Puuttuuko jotain? Määräaika on perjantaina."],
           "fix": ["Slurm-ajo kaatuu heti, näetkö virheen?", "Miksi ssh kysyy yhä salasanaa?"],
           "write": ["Auta kirjoittamaan kohtelias vastaus.", "Voitko muotoilla tämän virallisemmin?"],
           "summ": ["Tiivistä tämä viestiketju kolmeen kohtaan.", "Mitä minun pitää nyt tehdä?"],
           "table": ["Tee tästä taulukko sukunimen mukaan järjestettynä."]},
    "tr": {"check": ["Öğrenci işlerine göndermeden önce formu kontrol eder misin?", "Eksik bir şey var mı? Son gün cuma.", "Burs başvurusu için doğru doldurdum mu?"],
           "fix": ["Slurm işi hemen düşüyor, hatayı görüyor musun?", "ssh neden hâlâ şifre soruyor?"],
           "write": ["Kibar bir cevap yazmama yardım eder misin?", "Bunu daha resmi hale getirebilir misin?"],
           "summ": ["Bu yazışmayı üç maddede özetle.", "Şimdi tam olarak ne yapmam gerekiyor?"],
           "table": ["Bunu soyadına göre sıralı bir tabloya çevir."]},
    "ru": {"check": ["Проверь, пожалуйста, всё ли заполнено, пока я не отправил в деканат.", "Ничего не забыл? Сдавать в пятницу.", "Так правильно для заявки на стипендию?"],
           "fix": ["Задача в Slurm сразу падает, видишь ошибку?", "Почему ssh всё равно спрашивает пароль?"],
           "write": ["Помоги написать вежливый ответ.", "Можно сделать текст более официальным?"],
           "summ": ["Кратко перескажи эту переписку.", "Что мне теперь нужно сделать?"],
           "table": ["Сделай таблицу, отсортированную по фамилии."]},
    "uk": {"check": ["Перевір, будь ласка, чи все заповнено, перш ніж я надішлю в деканат.", "Чогось бракує? Термін до п'ятниці."],
           "fix": ["Завдання в Slurm одразу падає, бачиш помилку?"],
           "write": ["Допоможи написати ввічливу відповідь.", "Зроби текст більш офіційним."],
           "summ": ["Коротко підсумуй це листування.", "Що мені тепер робити?"],
           "table": ["Зроби таблицю за прізвищем."]},
    "zh": {"check": ["帮我看看这份表有没有漏填的，明天要交给研究生院。", "这样填可以吗？奖学金申请截止是周五。", "帮我检查一下格式。"],
           "fix": ["集群上的作业一提交就挂了，帮我看看脚本哪里不对？", "为什么ssh还是要我输密码？"],
           "write": ["帮我写一封礼貌的回复。", "帮我把这段改得正式一点。"],
           "summ": ["帮我总结一下这段聊天记录。", "我接下来具体要做什么？"],
           "table": ["按姓名整理成表格。", "转成CSV格式，我要导入R。"]},
    "ja": {"check": ["提出前にこの書類に不備がないか確認してもらえますか？", "記入漏れはありますか？締切は金曜です。"],
           "fix": ["クラスタでジョブがすぐ落ちます。スクリプトのどこが悪いですか？", "この設定だとsshでパスワードを聞かれるのはなぜ？"],
           "write": ["丁寧な返信を書くのを手伝ってください。", "もう少しフォーマルな文章にしてください。"],
           "summ": ["このやりとりを3行で要約してください。", "私がやるべきことは何ですか？"],
           "table": ["名字順に表にまとめてください。"]},
    "ko": {"check": ["제출하기 전에 이 서류 빠진 거 없는지 봐 줄래?", "장학금 신청서 이렇게 쓰면 돼?"],
           "fix": ["클러스터에서 작업이 바로 죽어. 스크립트 좀 봐 줘.", "ssh가 왜 자꾸 비밀번호를 물어봐?"],
           "write": ["정중한 답장 좀 같이 써 줘.", "좀 더 격식 있게 고쳐 줘."],
           "summ": ["이 대화 세 줄로 요약해 줘.", "내가 이제 뭘 해야 돼?"],
           "table": ["이 명단 성 기준으로 표로 정리해 줘."]},
    "ar": {"check": ["هل يمكنك مراجعة النموذج قبل أن أرسله إلى عمادة الدراسات العليا؟", "هل ينقص شيء؟ الموعد النهائي يوم الخميس."],
           "fix": ["المهمة على الحاسوب العنقودي تتوقف فوراً، هل ترى الخطأ؟"],
           "write": ["ساعدني في كتابة رد مهذب.", "اجعل هذه الرسالة أكثر رسمية من فضلك."],
           "summ": ["لخص لي هذه المراسلات في ثلاث نقاط.", "ما الذي يجب علي فعله الآن؟"],
           "table": ["رتب هذه القائمة في جدول حسب اسم العائلة."]},
    "id": {"check": ["Tolong cek apakah formulir ini sudah lengkap sebelum saya kirim ke BAAK?", "Ada yang kurang nggak? Deadline hari Jumat."],
           "fix": ["Job Slurm saya langsung gagal, bisa lihat errornya?"],
           "write": ["Bantu saya menulis balasan yang sopan.", "Tolong buat lebih formal."],
           "summ": ["Tolong ringkas percakapan ini.", "Apa yang harus saya lakukan sekarang?"],
           "table": ["Buatkan tabel urut nama belakang."]},
    "vi": {"check": ["Bạn kiểm tra giúp mình hồ sơ này đã đủ chưa trước khi nộp phòng đào tạo?", "Còn thiếu gì không? Hạn nộp là thứ Sáu."],
           "fix": ["Job trên cụm HPC bị lỗi ngay, bạn xem giúp script?"],
           "write": ["Giúp mình viết thư trả lời lịch sự.", "Viết lại cho trang trọng hơn giúp mình."],
           "summ": ["Tóm tắt giúp mình đoạn trao đổi này.", "Giờ mình cần làm gì?"],
           "table": ["Sắp xếp danh sách này thành bảng theo họ."]},
}


def req(R, lang, kind):
    d = REQ.get(lang, REQ["en"])
    return R.choice(d.get(kind) or d["check"])


def wrap(R, lang, kind, body):
    """The request line before or after the paste, sometimes quoted."""
    q = req(R, lang, kind)
    s = R.random()
    if s < 0.45:
        return [q + "\n\n", body]
    if s < 0.65:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if s < 0.8:
        return [body, "\n\n---\n" + q]
    return [body, "\n\n" + q]


# ====================================================================== helpers
def new_person(R, used, cc, female=None, family=None, latin=False):
    for _ in range(200):
        p = Person(R, cc, female, family, latin)
        ws = set(w.lower() for w in p.words()) | {p.given, p.family}
        if cc in CJK and not latin and len(p.family) < 2:
            ws -= {p.family, p.family.lower()}
        if family is not None:
            ws -= {w.lower() for w in re.split(r"[\s\-]+", p.family)} | {p.family}
        if not (ws & used):
            used |= ws
            return p
    return new_person(R, used, R.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR"]), female, None, latin)


def PN(R, p, text=None):
    return L("person", text if text is not None else p.full(R))


def EM(R, p, domain=None):
    return L("email", p.email(R, domain))


def ADDR(R, cc, sep=", "):
    return L("address", address(R, cc, sep))


def uni(R, cc):
    return R.choice(UNIS[cc])


def sid(R, cc):
    """A student / matriculation number of the country's usual shape (look-alike)."""
    return {"DE": lambda: "%07d" % R.randint(2100000, 3999999), "US": lambda: "%09d" % R.randint(900000000, 909999999),
            "GB": lambda: "%08d" % R.randint(20000000, 29999999), "IN": lambda: "%s%02d%s%03d" % (R.choice(["21", "22", "23"]), R.randint(1, 30), R.choice(["BT", "PH", "CS", "CH"]), R.randint(1, 400)),
            "FR": lambda: "%08d" % R.randint(21900000, 22699999), "IT": lambda: "%06d" % R.randint(500000, 699999),
            "NL": lambda: "s%07d" % R.randint(1000000, 4999999), "PL": lambda: "%06d" % R.randint(100000, 399999),
            "CN": lambda: "%d%08d" % (R.randint(2021, 2025), R.randint(10000000, 99999999)), "KR": lambda: "%d%06d" % (R.randint(2019, 2025), R.randint(0, 999999)),
            "JP": lambda: "%d%s%04d" % (R.randint(22, 26), R.choice("ABCDEFGHM"), R.randint(1, 9999)), "TR": lambda: "%d%07d" % (R.randint(20, 25), R.randint(0, 9999999)),
            "BR": lambda: "RA %06d" % R.randint(100000, 299999)}.get(cc, lambda: "%08d" % R.randint(10000000, 99999999))()


def ncode(R, prefix, n=4):
    return "%s%0*d" % (prefix, n, R.randint(1, 10 ** n - 1))


def pick_cc(R, ccs):
    return R.choice(ccs)


FAMOUS = [  # famous scientists and eponymous places/prizes/theorems (look-alikes)
    "Emmy Noether", "Marie Skłodowska-Curie", "Srinivasa Ramanujan", "Alan Turing", "Rosalind Franklin", "Dmitri Mendeleev",
    "Ada Lovelace", "Carl Friedrich Gauss", "Lise Meitner", "Santiago Ramón y Cajal", "Barbara McClintock", "Niels Bohr",
    "Chien-Shiung Wu", "Ibn al-Haytham", "Hideki Yukawa", "Maryam Mirzakhani", "Alexander von Humboldt", "Erwin Schrödinger",
]
EPONYMS = ["Max-Planck-Institut für Biochemie", "Karolinska Institutet", "Institut Pasteur", "Johns Hopkins University", "Humboldt-Universität zu Berlin",
           "Instituto Oswaldo Cruz", "Fondazione Bruno Kessler", "Fraunhofer-Institut für Solare Energiesysteme", "Leibniz-Rechenzentrum", "Niels Bohr Institute",
           "Francis Crick Institute", "Ludwig-Maximilians-Universität München", "Universidad Carlos III de Madrid", "Erasmus MC", "Jagiellonian University",
           "Institut Curie", "Helmholtz-Zentrum Dresden-Rossendorf", "Nobel Prize", "Fields Medal", "Turing Award", "Copley Medal", "Abel Prize", "Gottfried Wilhelm Leibniz Prize"]


def doi(R):
    while True:
        d = _doi(R)
        if not any(13 <= len(re.sub(r"\D", "", r)) <= 19 and luhn_ok(re.sub(r"\D", "", r)) for r in RUN_RE.findall(d)):
            return d


def _doi(R):
    return "10.%d/%s" % (R.choice([1038, 1016, 1103, 1371, 1093, 48550, 1145, 3389]), R.choice(["s41586-0%d-0%04d-%d" % (R.randint(24, 26), R.randint(1000, 9999), R.randint(0, 9)), "j.cell.20%d.%02d.%03d" % (R.randint(23, 26), R.randint(1, 12), R.randint(1, 99)), "arXiv.25%02d.%05d" % (R.randint(1, 12), R.randint(1, 19999)), "PhysRevLett.13%d.%06d" % (R.randint(0, 5), R.randint(0, 999999))]))


def money(R, cc):
    a = R.randint(40, 2400)
    return {"US": "$%d.00" % a, "GB": "£%d" % a, "AU": "A$%d" % a, "NG": "₦%s" % format(a * 1000, ","), "IN": "₹%s" % format(a * 90, ","),
            "DE": "%d,00\u00a0€" % a, "AT": "€ %d,–" % a, "CH": "CHF %d.00" % a, "FR": "%d,00\u00a0€" % a, "BE": "%d,00 EUR" % a,
            "ES": "%d,00 €" % a, "MX": "$%s MXN" % format(a * 18, ","), "AR": "$ %s ARS" % format(a * 900, ","), "IT": "€ %d,00" % a, "NL": "€ %d,-" % a,
            "PT": "%d,00 €" % a, "BR": "R$ %d,00" % (a * 5), "PL": "%d,00 zł" % (a * 4), "SE": "%d kr" % (a * 11), "FI": "%d,00 €" % a,
            "TR": "%s ₺" % format(a * 35, ","), "RU": "%d ₽" % (a * 95), "UA": "%d грн" % (a * 42), "CN": "¥%d" % (a * 7), "JP": "%s円" % format(a * 150, ","),
            "KR": "%s원" % format(a * 1350, ","), "SA": "%d ر.س" % (a * 4), "EG": "%d ج.م" % (a * 48), "ID": "Rp%s" % format(a * 16000, ",").replace(",", "."), "VN": "%s ₫" % format(a * 25000, ",").replace(",", ".")}[cc]


ALL_CC = list(NAMES)
ID_CC = [c for c in ALL_CC if c not in ("NG", "EG", "VN")]
IBAN_CC = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "NL": "NL", "PT": "PT",
           "PL": "PL", "SE": "SE", "FI": "FI", "TR": "TR", "SA": "SA", "GB": "GB", "BR": "BR"}


# ====================================================================== templates
TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f, count, clean))
        return f
    return deco


ENROL_TITLE = {
    "en": ["GRADUATE ADMISSIONS — APPLICANT DETAILS", "Application for Admission (International Students)", "Enrolment form – Semester 1"],
    "in": ["APPLICATION FORM FOR ADMISSION TO Ph.D. PROGRAMME", "M.Tech Admission – Candidate Details"],
    "de": ["Antrag auf Immatrikulation", "Einschreibung – Persönliche Angaben", "Antrag auf Zulassung zum Masterstudium"],
    "fr": ["DOSSIER D'INSCRIPTION ADMINISTRATIVE", "Fiche d'inscription en doctorat"],
    "es": ["SOLICITUD DE MATRÍCULA", "Preinscripción en máster oficial – datos personales"],
    "it": ["Domanda di immatricolazione", "Iscrizione al corso di dottorato – dati anagrafici"],
    "nl": ["Inschrijfformulier", "Aanmelding masteropleiding – persoonsgegevens"],
    "pt": ["Ficha de matrícula", "Requerimento de inscrição – pós-graduação"],
    "pl": ["Podanie o przyjęcie na studia", "Karta zgłoszeniowa – studia doktoranckie"],
    "sv": ["Ansökan om antagning – personuppgifter"],
    "fi": ["Ilmoittautumislomake – henkilötiedot"],
    "tr": ["LİSANSÜSTÜ BAŞVURU FORMU", "Kesin Kayıt Formu"],
    "ru": ["ЗАЯВЛЕНИЕ О ПРИЁМЕ", "Анкета поступающего в магистратуру"],
    "uk": ["ЗАЯВА ПРО ВСТУП", "Анкета вступника"],
    "zh": ["研究生入学登记表", "硕士研究生报名信息表"],
    "ja": ["入学願書（個人情報）", "大学院入学試験 出願票"],
    "ko": ["대학원 입학지원서", "신입생 학적 등록 카드"],
    "ar": ["استمارة التقديم للدراسات العليا", "نموذج تسجيل طالب جديد"],
    "id": ["FORMULIR PENDAFTARAN MAHASISWA BARU", "Formulir Registrasi Pascasarjana"],
    "vi": ["PHIẾU ĐĂNG KÝ NHẬP HỌC", "Hồ sơ dự tuyển cao học"],
}
APPNO = {"en": "Application no.", "in": "Application No.", "de": "Bewerbungsnr.", "fr": "N° de candidature", "es": "N.º de solicitud",
         "it": "N. domanda", "nl": "Aanmeldnummer", "pt": "N.º de inscrição", "pl": "Nr zgłoszenia", "sv": "Ansökningsnr", "fi": "Hakemusnumero",
         "tr": "Başvuru No", "ru": "№ заявления", "uk": "№ заяви", "zh": "报名号", "ja": "受験番号", "ko": "수험번호", "ar": "رقم الطلب", "id": "No. pendaftaran", "vi": "Mã hồ sơ"}


def form_rows(R, lang, rows, style=None):
    """rows: (label, parts). Renders as 'label: value' lines, a Markdown
    table or tab-separated pairs."""
    style = style or R.choice(["colon", "colon", "md", "tab", "dots"])
    out = []
    if style == "md":
        out.append("| | |\n|---|---|\n")
        for k, v in rows:
            out += ["| %s | " % k, v, " |\n"]
    elif style == "tab":
        for k, v in rows:
            out += [k + "\t", v, "\n"]
    elif style == "dots":
        for k, v in rows:
            out += [k + " " + "." * R.randint(2, 8) + " ", v, "\n"]
    else:
        for k, v in rows:
            out += [k + ": ", v, "\n"]
    return out


@tpl(45)
def t_enrol(R):
    cc = R.choice(ID_CC + ["NG", "VN", "EG"])
    lang = COUNTRY_LANG[cc]
    f = FL[lang]
    used = set()
    p = new_person(R, used, cc)
    em = new_person(R, used, cc, family=p.fam_pair if R.random() < 0.5 else None)
    un, dom = uni(R, cc)
    rows = [(APPNO[lang], N(ncode(R, R.choice(["", "APP-", "2026-"]), R.choice([6, 7])), "application_no"))]
    if R.random() < 0.5 and cc not in CJK:
        rows += [(f["family"], PN(R, p, p.family)), (f["given"], PN(R, p, p.given))]
    else:
        rows += [(f["name"], PN(R, p))]
    rows += [(f["dob"], DOB(R, p)), (f["pob"], R.choice(["Lagos", "Kraków", "Sevilla", "Ōsaka", "Chengdu", "Kumasi", "Izmir", "Rosario", "Brno", "Tromsø"]) if False else p_city(R, cc)),
             (f["nat"], NAT.get(lang, NAT["en"]).get(cc, cc))]
    v, sub = gov_id(R, p)
    if v:
        rows.append((ID_LABEL[sub] if R.random() < 0.8 else ID_LABEL[sub] + " / ID", L("gov_id", v, sub=sub)))
    elif R.random() < 0.7:
        rows.append(("Passport No." if lang != "ar" else "رقم جواز السفر", PASS(R, cc)))
    rows += [(f["addr"], ADDR(R, cc)), (f["phone"], PH(R, cc)), (f["email"], EM(R, p))]
    if R.random() < 0.6:
        rows.append((f["emerg"], [PN(R, em), " — ", PH(R, cc)]))
    rows += [(f["prog"], R.choice(PROGS.get(lang, PROGS["en"]))), (f["sid"], N(sid(R, cc) if R.random() < 0.5 else "—", "student_id")),
             (f["date"], N(other_date(R, cc, 2026), "signature_date"))]
    body = [R.choice(ENROL_TITLE[lang]) + "\n" + un + "\n\n"] + form_rows(R, lang, rows)
    return "form", lang, wrap(R, lang, "check", body)


def p_city(R, cc):
    return R.choice(CITIES.get(cc, ["—"]))


CITIES = {"US": ["Tulsa, OK", "Spokane, WA"], "GB": ["Preston", "Dundee"], "AU": ["Wagga Wagga", "Geelong"], "NG": ["Onitsha", "Abeokuta"],
          "IN": ["Nagpur", "Mysuru", "Guwahati"], "DE": ["Bielefeld", "Cottbus"], "AT": ["Wels", "Villach"], "CH": ["Thun", "Sion"],
          "FR": ["Quimper", "Besançon"], "BE": ["Hasselt", "Namur"], "ES": ["Cáceres", "Lugo"], "MX": ["Puebla", "Oaxaca de Juárez"],
          "AR": ["Mendoza", "Salta"], "IT": ["Lecce", "Trento"], "NL": ["Zwolle", "Delft"], "PT": ["Viseu", "Évora"], "BR": ["Manaus", "Londrina"],
          "PL": ["Rzeszów", "Olsztyn"], "SE": ["Östersund", "Växjö"], "FI": ["Jyväskylä", "Kuopio"], "TR": ["Eskişehir", "Trabzon"],
          "RU": ["Томск", "Пермь"], "UA": ["Полтава", "Чернівці"], "CN": ["湖南省长沙市", "山东省青岛市"], "JP": ["長野県松本市", "広島県呉市"],
          "KR": ["전주시", "춘천시"], "SA": ["أبها", "بريدة"], "EG": ["المنصورة", "أسيوط"], "ID": ["Malang", "Padang"], "VN": ["Huế", "Cần Thơ"]}
NAT = {"en": {"US": "American", "GB": "British", "AU": "Australian", "NG": "Nigerian"}, "in": {"IN": "Indian"},
       "de": {"DE": "deutsch", "AT": "österreichisch", "CH": "schweizerisch"}, "fr": {"FR": "française", "BE": "belge"},
       "es": {"ES": "española", "MX": "mexicana", "AR": "argentina"}, "it": {"IT": "italiana"}, "nl": {"NL": "Nederlandse"},
       "pt": {"PT": "portuguesa", "BR": "brasileira"}, "pl": {"PL": "polskie"}, "sv": {"SE": "svensk"}, "fi": {"FI": "Suomi"},
       "tr": {"TR": "T.C."}, "ru": {"RU": "Российская Федерация"}, "uk": {"UA": "Україна"}, "zh": {"CN": "中国"}, "ja": {"JP": "日本"},
       "ko": {"KR": "대한민국"}, "ar": {"SA": "سعودي", "EG": "مصري"}, "id": {"ID": "WNI"}, "vi": {"VN": "Việt Nam"}}
PROGS = {"en": ["MSc Computational Neuroscience", "PhD Materials Chemistry", "MPH Epidemiology", "BSc Marine Biology"],
         "in": ["Ph.D. (Biotechnology)", "M.Tech (VLSI Design)", "M.Sc. Physics"], "de": ["M.Sc. Geoökologie", "Promotion Biochemie", "B.Sc. Informatik"],
         "fr": ["Master 2 Écologie", "Doctorat en chimie", "Licence de mathématiques"], "es": ["Máster en Bioinformática", "Doctorado en Física", "Grado en Biología"],
         "it": ["Laurea magistrale in Fisica", "Dottorato in Neuroscienze"], "nl": ["MSc Biomedical Sciences", "Bachelor Psychologie"],
         "pt": ["Mestrado em Engenharia Química", "Doutorado em Ecologia"], "pl": ["Biotechnologia, II stopień", "Szkoła doktorska – chemia"],
         "sv": ["Masterprogram i molekylärbiologi"], "fi": ["Fysiikan maisteriohjelma"], "tr": ["Moleküler Biyoloji Yüksek Lisans"],
         "ru": ["Магистратура «Прикладная математика»"], "uk": ["Магістр, 091 Біологія"], "zh": ["计算机科学与技术（学术型硕士）", "材料物理与化学"],
         "ja": ["理学研究科 化学専攻 修士課程"], "ko": ["화학생물공학부 석사과정"], "ar": ["ماجستير الكيمياء الحيوية"], "id": ["S2 Teknik Lingkungan"], "vi": ["Thạc sĩ Khoa học máy tính"]}


SCHOL = {
    "de": ("Antrag auf Stipendium (Deutschlandstipendium)", "Die monatliche Förderung von 300 € wird auf folgendes Konto überwiesen:", "Betreuende Professur"),
    "fr": ("Demande d'allocation de mobilité", "Le versement de la bourse sera effectué sur le compte suivant :", "Directeur de thèse"),
    "es": ("Solicitud de ayuda predoctoral", "El importe de la ayuda se abonará en la cuenta:", "Director/a de tesis"),
    "it": ("Domanda di borsa di studio per merito", "L'importo sarà accreditato sul conto corrente:", "Docente di riferimento"),
    "nl": ("Aanvraag studiebeurs (excellentiebeurs)", "De beurs wordt maandelijks overgemaakt naar:", "Begeleidend docent"),
    "pt": ("Candidatura a bolsa de investigação", "A bolsa será paga por transferência para:", "Orientador(a)"),
    "pl": ("Wniosek o stypendium rektora", "Stypendium proszę przekazywać na rachunek:", "Opiekun naukowy"),
    "sv": ("Ansökan om stipendium", "Stipendiet betalas ut till konto:", "Handledare"),
    "fi": ("Apurahahakemus", "Apuraha maksetaan tilille:", "Ohjaaja"),
    "tr": ("Burs Başvuru Formu", "Burs ödemesi aşağıdaki hesaba yapılacaktır:", "Tez danışmanı"),
    "en": ("Research Studentship — Stipend Payment Details", "Stipend payments will be made monthly to:", "Principal supervisor"),
    "ar": ("طلب منحة دراسية", "يتم صرف المكافأة الشهرية على الحساب التالي:", "المشرف الأكاديمي"),
    "pt_BR": ("Solicitação de bolsa (PIBIC)", "A bolsa será depositada na conta:", "Orientador(a)"),
}


@tpl(40)
def t_scholarship(R):
    cc = R.choice(["DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "PL", "SE", "FI", "TR", "GB", "SA", "BR", "DE", "IT", "ES"])
    lang = COUNTRY_LANG[cc]
    f = FL[lang]
    used = set()
    p = new_person(R, used, cc)
    sup = new_person(R, used, cc)
    title, payline, suplabel = SCHOL["pt_BR" if cc == "BR" else lang]
    un, dom = uni(R, cc)
    rows = [(f["name"], PN(R, p)), (f["dob"], DOB(R, p)), (f["addr"], ADDR(R, cc)), (f["phone"], PH(R, cc)), (f["email"], EM(R, p, dom if R.random() < 0.4 else None))]
    v, sub = gov_id(R, p)
    if v and R.random() < 0.75:
        rows.insert(2, (ID_LABEL[sub], L("gov_id", v, sub=sub)))
    rows.append((f["sid"], N(sid(R, cc), "student_id")))
    rows.append((suplabel, [R.choice(["Prof. Dr. ", "Prof. ", "Dr. ", ""]), PN(R, sup)]))
    body = [title + " — " + un + "\n" + "Ref.: " , N(ncode(R, R.choice(["STP-", "BRS-", "GA-"]), 5), "grant_no"), "\n\n"] + form_rows(R, lang, rows, R.choice(["colon", "md", "tab"]))
    body += ["\n" + payline + "\n", f["holder"] + ": ", PN(R, p, p.full()), "\nIBAN: ", IB(R, IBAN_CC[cc]), "\nBIC: ", N({"DE": "COBADEFFXXX", "FR": "BNPAFRPP", "ES": "CAIXESBBXXX", "IT": "BCITITMM", "NL": "INGBNL2A", "PL": "PKOPPLPW", "SE": "NDEASESS", "TR": "TGBATRIS", "GB": "NWBKGB2L", "SA": "RJHISARI", "BE": "BBRUBEBB", "PT": "CGDIPTPL", "FI": "OKOYFIHH", "AT": "BKAUATWW", "CH": "UBSWCHZH80A", "BR": "BRASBRRJ"}[cc], "bic"),
             "\n" + {"de": "Betrag: ", "es": "Importe: ", "it": "Importo: ", "fr": "Montant : ", "pl": "Kwota: ", "nl": "Bedrag: ", "pt": "Valor: ", "sv": "Belopp: ", "fi": "Summa: ", "tr": "Tutar: ", "ar": "المبلغ: "}.get(lang, "Monthly amount: "), N(money(R, cc), "amount"), "\n"]
    return "form", lang, wrap(R, lang, "check", body)


THESIS = {
    "en": ("A thesis submitted in partial fulfilment of the requirements for the degree of", "Acknowledgements", "I am deeply grateful to my supervisor", "for their patience and guidance, and to", "Thanks also to my parents", "and to", "who proofread every chapter.", "Submitted"),
    "de": ("Masterarbeit zur Erlangung des akademischen Grades Master of Science", "Danksagung", "Mein besonderer Dank gilt meiner Betreuerin bzw. meinem Betreuer", "für die Geduld und die vielen Hinweise, sowie", "Danke auch an meine Eltern", "und an", "fürs Korrekturlesen.", "Eingereicht am"),
    "fr": ("Thèse présentée pour obtenir le grade de docteur", "Remerciements", "Je remercie chaleureusement", "pour son encadrement, ainsi que", "Merci à mes parents", "et à", "pour ses relectures.", "Soutenue le"),
    "es": ("Trabajo Fin de Máster", "Agradecimientos", "Quiero agradecer a mi director", "su paciencia y sus consejos, y a", "Gracias también a mis padres", "y a", "por revisar cada capítulo.", "Presentado el"),
    "it": ("Tesi di laurea magistrale", "Ringraziamenti", "Ringrazio il mio relatore", "per la pazienza e i consigli, e", "Grazie ai miei genitori", "e a", "per aver riletto ogni capitolo.", "Sessione di laurea del"),
    "nl": ("Masterscriptie", "Dankwoord", "Ik wil mijn begeleider", "bedanken voor het geduld, en ook", "Dank aan mijn ouders", "en aan", "voor het nalezen.", "Ingeleverd op"),
    "pt": ("Dissertação de Mestrado", "Agradecimentos", "Agradeço ao meu orientador", "pela paciência e pelo apoio, e a", "Obrigado aos meus pais", "e a", "pela revisão de cada capítulo.", "Defendida em"),
    "pl": ("Praca magisterska", "Podziękowania", "Dziękuję mojemu promotorowi", "za cierpliwość i wskazówki, a także", "Dziękuję rodzicom", "oraz", "za korektę każdego rozdziału.", "Złożono"),
    "tr": ("Yüksek Lisans Tezi", "Teşekkür", "Tez danışmanım", "hocama sabrı için, ayrıca", "Annem ve babam", "ile", "a tüm okumaları için teşekkür ederim.", "Teslim tarihi"),
    "zh": ("硕士学位论文", "致谢", "衷心感谢我的导师", "老师的悉心指导，感谢", "感谢我的父母", "和", "帮我校对论文。", "提交日期"),
    "ja": ("修士論文", "謝辞", "指導教員の", "先生には多大なご指導をいただき、また", "両親", "と", "には原稿を読んでいただきました。", "提出日"),
    "ko": ("석사학위논문", "감사의 글", "지도교수", "교수님께 깊이 감사드리며,", "부모님", "과", "에게도 감사드립니다.", "제출일"),
    "ru": ("Выпускная квалификационная работа", "Благодарности", "Благодарю научного руководителя", "за терпение, а также", "Спасибо родителям", "и", "за вычитку.", "Дата сдачи"),
}
QUOTES = ["If I have seen further it is by standing on the shoulders of giants.", "Nothing in life is to be feared, it is only to be understood.",
          "Die Neugier steht immer an erster Stelle eines Problems, das gelöst werden will.", "Dans les champs de l'observation, le hasard ne favorise que les esprits préparés."]
QAUTH = ["Isaac Newton", "Marie Curie", "Galileo Galilei", "Louis Pasteur"]


@tpl(30)
def t_thesis(R):
    cc = R.choice(["GB", "US", "AU", "IN", "NG", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "TR", "CN", "JP", "KR", "RU"])
    lang = {"IN": "en", "NG": "en"}.get(cc, COUNTRY_LANG[cc])
    if lang not in THESIS:
        lang = "en"
    T = THESIS[lang]
    used = set()
    a = new_person(R, used, cc)
    s1 = new_person(R, used, cc)
    s2 = new_person(R, used, cc) if R.random() < 0.5 else None
    fr1 = new_person(R, used, cc)
    fr2 = new_person(R, used, R.choice([cc, R.choice(ALL_CC)]))
    un, dom = uni(R, cc)
    qi = R.randrange(len(QUOTES))
    body = [R.choice(["TITLE: ", ""]) + R.choice(["Bayesian calibration of low-cost PM2.5 sensors", "Spatial transcriptomics of the regenerating zebrafish fin", "Perovskite passivation with bulky ammonium ligands",
                                                 "Cross-lingual transfer for low-resource speech recognition", "Microplastic uptake in freshwater mussels"]) + "\n\n",
            T[0] + "\n\n", R.choice(["by ", "", ""]) if lang == "en" else "", PN(R, a), "\n", un + "\n", f"{FL[COUNTRY_LANG[cc]]['sid'] if COUNTRY_LANG[cc] in FL else 'ID'}: ", N(sid(R, cc), "student_id"), "\n",
            T[7] + " ", N(other_date(R, cc, 2026, words=False), "submission_date"), "\n\n",
            "\"" + QUOTES[qi] + "\" — ", N(QAUTH[qi], "famous_person"), "\n\n", T[1] + "\n", T[2] + " ", PN(R, s1), " " + T[3] + " "]
    if s2:
        body += [PN(R, s2), ". "]
    else:
        body += [N(R.choice(["the whole group at the " + R.choice(EPONYMS), "the staff of the " + R.choice(EPONYMS)]), "eponym"), ". "]
    body += [T[4] + ", ", PN(R, fr1, fr1.given), " " + T[5] + " ", PN(R, fr2), " " + T[6]]
    if R.random() < 0.5:
        body += ["\n" + R.choice(["Simulations ran on the ", "Computations used the "]), N(R.choice(["Leibniz-Rechenzentrum SuperMUC-NG", "Niels Bohr Institute cluster", "Fritz-Haber-Institut HPC"]), "eponym"), " (grant ", N(ncode(R, "pn", 5), "grant_no"), ")."]
    return "document", ("in" if cc == "IN" else lang), wrap(R, COUNTRY_LANG[cc], R.choice(["write", "check"]), body)


REFL = {
    "en": ("To whom it may concern,", "I am writing in strong support of", "application to the", "programme. I supervised", "during a twelve-month research internship in my group, where", "built our single-molecule imaging pipeline almost single-handedly.",
           "Please feel free to contact me at", "or on my mobile", "Yours faithfully,"),
    "de": ("Sehr geehrte Damen und Herren,", "hiermit empfehle ich nachdrücklich", "für die Aufnahme in das", "Programm. Ich habe", "während einer einjährigen Tätigkeit als wissenschaftliche Hilfskraft betreut;", "hat unsere Auswertungspipeline nahezu allein aufgebaut.",
           "Für Rückfragen erreichen Sie mich unter", "oder mobil unter", "Mit freundlichen Grüßen"),
    "fr": ("Madame, Monsieur,", "je recommande vivement", "pour une admission au", "programme. J'ai encadré", "pendant un stage de recherche de six mois, au cours duquel", "a mis en place toute notre chaîne d'analyse.",
           "Je reste joignable à", "ou sur mon portable au", "Veuillez agréer mes salutations distinguées."),
    "es": ("A quien corresponda:", "Me complace recomendar a", "para su admisión en el", "programa. Dirigí a", "durante sus prácticas de investigación, en las que", "desarrolló casi en solitario nuestro flujo de análisis.",
           "Quedo a su disposición en", "o en el móvil", "Atentamente,"),
    "it": ("Gentile Commissione,", "con la presente raccomando", "per l'ammissione al", "programma. Ho seguito", "durante il tirocinio di ricerca, in cui", "ha sviluppato quasi da solo la nostra pipeline di analisi.",
           "Resto a disposizione all'indirizzo", "o al cellulare", "Cordiali saluti,"),
    "nl": ("Geachte commissie,", "Met veel plezier beveel ik", "aan voor toelating tot het", "programma. Ik begeleidde", "tijdens een onderzoeksstage, waarin", "vrijwel zelfstandig onze analysepijplijn bouwde.",
           "U kunt mij bereiken via", "of mobiel op", "Met vriendelijke groet,"),
    "pl": ("Szanowni Państwo,", "z przekonaniem rekomenduję", "do przyjęcia na", "program. Byłem opiekunem", "podczas rocznego stażu badawczego, w trakcie którego", "samodzielnie zbudował(a) nasz system analizy danych.",
           "W razie pytań proszę o kontakt:", "lub telefonicznie", "Z wyrazami szacunku,"),
    "pt": ("A quem possa interessar,", "Recomendo vivamente", "para admissão no", "programa. Orientei", "durante um estágio de investigação, no qual", "construiu praticamente sozinho(a) o nosso pipeline de análise.",
           "Estou disponível em", "ou pelo telemóvel", "Com os melhores cumprimentos,"),
    "tr": ("İlgili makama,", "Aşağıda adı geçen", "adayın", "programına kabulünü içtenlikle destekliyorum. Kendisine", "bir yıl boyunca laboratuvarımızda danışmanlık yaptım;", "analiz altyapımızı neredeyse tek başına kurdu.",
           "Bana şu adresten ulaşabilirsiniz:", "veya cep telefonum", "Saygılarımla,"),
}


@tpl(27)
def t_reference(R):
    cc = R.choice(["US", "GB", "AU", "IN", "NG", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PL", "PT", "TR", "MX", "AR"])
    lang = COUNTRY_LANG[cc]
    Lg = lang if lang in REFL else ("en" if lang == "in" else "es" if cc in ("MX", "AR") else "en")
    T = REFL[Lg]
    used = set()
    ref = new_person(R, used, cc)
    cand = new_person(R, used, R.choice([cc, cc, R.choice(["IN", "NG", "CN", "TR", "VN", "ID", "EG", "BR", "UA"])]), latin=True)
    un, dom = uni(R, cc)
    prog = R.choice(["Erasmus Mundus Joint Master in Nanoscience", "MSc Quantitative Biology", "PhD in Atmospheric Chemistry", "Marie Skłodowska-Curie Doctoral Network"])
    dept, sw, role = {"de": ("Institut für Zellbiologie", "Tel. +49 551 39-0", "sekretariat@"), "it": ("Dipartimento di Chimica", "Centralino 049 827 1111", "segreteria@"),
                      "nl": ("Faculteit Bètawetenschappen", "Tel. 030 253 3550", "secretariaat@"), "pl": ("Wydział Biologii", "tel. +48 61 829 0000", "dziekanat@"),
                      "fr": ("UFR Sciences du vivant", "Standard : 03 20 00 00 00", "secretariat@"), "es": ("Departamento de Bioquímica", "Centralita: 91 394 10 00", "secretaria@"),
                      "pt": ("Departamento de Química", "Tel. 239 000 000", "secretaria@"), "tr": ("Moleküler Biyoloji Bölümü", "Santral: 0312 000 00 00", "bolum@")}.get(Lg, ("Department of Physics", "Switchboard: +44 113 496 0000", "office@"))
    body = [un.upper() + " · " + dept + "\n", N(sw, "switchboard"), " · ", N(role + dom, "role_mailbox"), "\n\n",
            T[0] + "\n\n", T[1] + " ", PN(R, cand), " " + T[2] + " " + prog + " " + T[3] + " ", PN(R, cand, cand.given), " " + T[4] + " ", PN(R, cand, cand.given), " " + T[5] + "\n\n"]
    if R.random() < 0.5:
        body += ["(" + R.choice(["Candidate ref. ", "Applicant ID ", "Bewerber-Nr. "]), N(ncode(R, R.choice(["EMJM-", "CAND-", ""]), 6), "application_no"), ")\n\n"]
    body += [T[6] + " ", EM(R, ref, dom), " " + T[7] + " ", PH(R, cc), ".\n\n", T[8] + "\n\n", R.choice(["Prof. Dr. ", "Dr. ", "Prof. ", ""]), PN(R, ref), "\n",
             R.choice(["Head of the Biophysics Lab", "Leiter der AG Proteomik", "Responsable de l'équipe Écologie microbienne", "Associate Professor"]) + "\n",
             "ORCID ", N(orcid_make(R), "orcid")]
    return "letter", lang, wrap(R, lang, "write", body)


CONSENT = {
    "en": ("PARTICIPANT CONSENT FORM", "Study", "Ethics approval", "Participant code", "I confirm that I have read the information sheet dated", "and understand that I can withdraw at any time without giving a reason.", "Name of participant", "Researcher taking consent", "Contact phone (for appointment reminders)"),
    "de": ("EINWILLIGUNGSERKLÄRUNG", "Studie", "Ethikvotum", "Probandencode", "Ich habe die Probandeninformation vom", "gelesen und weiß, dass ich die Teilnahme jederzeit ohne Angabe von Gründen beenden kann.", "Name der Teilnehmerin / des Teilnehmers", "Aufklärende Person", "Telefon (für Terminerinnerungen)"),
    "fr": ("FORMULAIRE DE CONSENTEMENT", "Étude", "Avis du CPP", "Code participant", "J'ai lu la notice d'information datée du", "et je sais que je peux me retirer à tout moment.", "Nom du participant", "Investigateur", "Téléphone (rappels de rendez-vous)"),
    "es": ("CONSENTIMIENTO INFORMADO", "Estudio", "Dictamen del CEIm", "Código de participante", "He leído la hoja de información con fecha", "y entiendo que puedo retirarme en cualquier momento.", "Nombre del participante", "Investigador/a", "Teléfono (recordatorios de cita)"),
    "it": ("MODULO DI CONSENSO INFORMATO", "Studio", "Parere del Comitato Etico", "Codice partecipante", "Dichiaro di aver letto il foglio informativo del", "e di poter ritirarmi in qualsiasi momento.", "Nome del partecipante", "Sperimentatore", "Telefono (promemoria appuntamenti)"),
    "nl": ("TOESTEMMINGSVERKLARING", "Onderzoek", "METC-nummer", "Deelnemerscode", "Ik heb de informatiebrief van", "gelezen en weet dat ik op elk moment kan stoppen.", "Naam deelnemer", "Onderzoeker", "Telefoon (herinneringen)"),
    "sv": ("SAMTYCKESFORMULÄR", "Studie", "Etikprövningsmyndighetens dnr", "Deltagarkod", "Jag har läst forskningspersonsinformationen daterad", "och vet att jag kan avbryta när som helst.", "Deltagarens namn", "Ansvarig forskare", "Telefon (påminnelser)"),
    "fi": ("SUOSTUMUSLOMAKE", "Tutkimus", "Eettisen toimikunnan lausunto", "Tutkittavan koodi", "Olen lukenut tiedotteen, päivätty", "ja tiedän voivani keskeyttää milloin tahansa.", "Tutkittavan nimi", "Tutkija", "Puhelin (muistutukset)"),
    "pl": ("FORMULARZ ŚWIADOMEJ ZGODY", "Badanie", "Uchwała komisji bioetycznej", "Kod uczestnika", "Zapoznałem/am się z informacją z dnia", "i wiem, że mogę wycofać się w każdej chwili.", "Imię i nazwisko uczestnika", "Badacz", "Telefon (przypomnienia)"),
    "ja": ("研究参加同意書", "研究課題", "倫理審査承認番号", "被験者ID", "私は", "付の説明文書を読み、いつでも参加を撤回できることを理解しました。", "参加者氏名", "説明者", "連絡先電話（予約確認用）"),
    "ko": ("연구 참여 동의서", "연구과제", "IRB 승인번호", "참여자 코드", "본인은", "자 설명문을 읽었으며 언제든지 참여를 철회할 수 있음을 이해합니다.", "참여자 성명", "연구원", "연락처 (일정 안내용)"),
    "zh": ("知情同意书", "研究项目", "伦理审批号", "受试者编号", "本人已阅读", "版知情告知书，并了解可随时退出研究。", "受试者姓名", "研究者", "联系电话（预约提醒）"),
    "pt": ("TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO", "Estudo", "Parecer CEP/CAAE", "Código do participante", "Li o documento informativo de", "e sei que posso desistir a qualquer momento.", "Nome do participante", "Pesquisador(a)", "Telefone (lembretes)"),
    "tr": ("BİLGİLENDİRİLMİŞ ONAM FORMU", "Çalışma", "Etik kurul karar no", "Katılımcı kodu", "", "tarihli bilgilendirme metnini okudum ve istediğim zaman ayrılabileceğimi biliyorum.", "Katılımcının adı soyadı", "Araştırmacı", "Telefon (randevu hatırlatma)"),
}


@tpl(27)
def t_consent(R):
    cc = R.choice(["GB", "US", "AU", "DE", "AT", "FR", "ES", "IT", "NL", "SE", "FI", "PL", "JP", "KR", "CN", "BR", "TR", "IN"])
    lang = COUNTRY_LANG[cc]
    T = CONSENT.get(lang, CONSENT["en"])
    used = set()
    p = new_person(R, used, cc)
    r = new_person(R, used, cc)
    study = R.choice(["Sleep spindles and memory consolidation (SLEEPMEM)", "Gut microbiome in early pregnancy", "Eye-tracking during second-language reading", "Heat stress in outdoor workers", "Vitamin D and muscle strength in older adults"])
    body = [T[0] + "\n" + T[1] + ": " + study + "\n" + T[2] + ": ", N(R.choice(["REC/25/%04d" % R.randint(1, 9999), "EK %d/25" % R.randint(10, 999), "CEIm %d/2025" % R.randint(10, 400), "2025-%05d-01" % R.randint(1, 99999)]), "ethics_no"),
            "\n" + T[3] + ": ", N(R.choice(["P%03d" % R.randint(1, 300), "SM-%02d-%03d" % (R.randint(1, 9), R.randint(1, 300)), "VP%04d" % R.randint(1, 9999)]), "participant_code"), "\n\n",
            "☑ " + T[4] + " ", N(other_date(R, cc, 2025), "document_date"), " " + T[5] + "\n☑ " + {"en": "Audio recording: yes", "de": "Tonaufnahme: ja", "fr": "Enregistrement audio : oui", "ja": "匿名化データの共有：同意する", "es": "Grabación de audio: sí", "it": "Registrazione audio: sì",
                                                        "nl": "Audio-opname: ja", "sv": "Ljudinspelning: ja", "fi": "Äänitallenne: kyllä", "pl": "Nagranie audio: tak", "ko": "녹음 동의: 예", "zh": "同意录音：是", "pt": "Gravação de áudio: sim", "tr": "Ses kaydı: evet"}.get(lang, "Audio recording: yes") + "\n\n",
            T[6] + ": ", PN(R, p), "\n", FL[lang]["dob"] + ": ", DOB(R, p), "\n", T[8] + ": ", PH(R, cc), "\n"]
    if R.random() < 0.4:
        body += [FL[lang]["email"] + ": ", EM(R, p), "\n"]
    body += [FL[lang]["sign"] + ": ", R.choice(["[signed]", "(firma)", "✍", "/s/"]), "   " + FL[lang]["date"] + ": ", N(other_date(R, cc, 2026), "signature_date"), "\n", T[7] + ": ", PN(R, r), "\n"]
    if R.random() < 0.5:
        body += [N({"de": "Studientelefon: +49 30 450 000", "en": "Study hotline: 0800 000 1234", "fr": "Ligne de l'étude : 01 40 00 00 00", "nl": "Studietelefoon: 020 000 0000"}.get(lang, "Study office: study-office@" + uni(R, cc)[1]), "study_line"), "\n"]
    return "form", lang, wrap(R, lang, R.choice(["check", "summ"]), body)


CSVH = {
    "en": ("code", "name", "dob", "phone", "email", "group", "visit1"),
    "de": ("VP-Code", "Name", "Geburtsdatum", "Telefon", "E-Mail", "Gruppe", "T1"),
    "fr": ("code", "nom", "date_naissance", "tel", "courriel", "bras", "V1"),
    "es": ("codigo", "nombre", "fecha_nac", "telefono", "email", "grupo", "visita1"),
    "it": ("codice", "nominativo", "data_nascita", "cellulare", "email", "braccio", "V1"),
    "nl": ("code", "naam", "geboortedatum", "telefoon", "email", "groep", "meting1"),
    "pt": ("codigo", "nome", "data_nasc", "celular", "email", "grupo", "coleta1"),
    "pl": ("kod", "imie_nazwisko", "data_ur", "telefon", "email", "grupa", "pomiar1"),
    "sv": ("kod", "namn", "fodd", "telefon", "epost", "grupp", "matning1"),
    "tr": ("kod", "ad_soyad", "dogum_tarihi", "telefon", "eposta", "grup", "olcum1"),
    "zh": ("编号", "姓名", "出生日期", "手机", "邮箱", "组别", "基线"),
    "ja": ("ID", "氏名", "生年月日", "電話", "メール", "群", "測定1"),
    "ko": ("코드", "이름", "생년월일", "연락처", "이메일", "그룹", "1차"),
    "ru": ("код", "ФИО", "дата_рождения", "телефон", "email", "группа", "визит1"),
    "id": ("kode", "nama", "tgl_lahir", "no_hp", "email", "kelompok", "kunjungan1"),
    "in": ("code", "name", "dob", "mobile", "email", "arm", "visit1"),
    "uk": ("код", "ПІБ", "дата_народження", "телефон", "email", "група", "візит1"),
    "vi": ("ma", "ho_ten", "ngay_sinh", "sdt", "email", "nhom", "lan1"),
    "fi": ("koodi", "nimi", "syntymaaika", "puhelin", "sahkoposti", "ryhma", "mittaus1"),
}


@tpl(36)
def t_participants(R):
    cc = R.choice(["US", "GB", "AU", "IN", "DE", "AT", "CH", "FR", "ES", "MX", "IT", "NL", "BR", "PT", "PL", "SE", "TR", "CN", "JP", "KR", "RU", "ID", "NG", "UA", "VN", "FI"])
    lang = COUNTRY_LANG[cc]
    H = CSVH.get(lang, CSVH["en"])
    used = set()
    n = R.randint(3, 6)
    sep = R.choice([",", ";", "\t", "|"])
    has_mail = R.random() < 0.5
    has_dob = R.random() < 0.85
    cols = [H[0], H[1]] + ([H[2]] if has_dob else []) + [H[3]] + ([H[4]] if has_mail else []) + [H[5], H[6]]
    md = sep == "|"
    if md:
        out = ["| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"]
    else:
        out = [sep.join(cols) + "\n"]
    pre = R.choice(["P", "S", "VP", "ID-", "SUBJ"])
    c0 = R.randint(1, 200)
    for i in range(n):
        p = new_person(R, used, cc)
        cells = [N("%s%03d" % (pre, c0 + i * R.randint(1, 3) + i), "participant_code"), PN(R, p)]
        if has_dob:
            cells.append(DOB(R, p, words=False))
        cells.append(PH(R, cc, intl=False) if R.random() < 0.9 else "")
        if has_mail:
            cells.append(EM(R, p) if R.random() < 0.85 else "NA")
        cells += [R.choice(["A", "B", "ctrl", "int", "placebo"]), N(R.choice(["%.2f" % R.uniform(10, 99), "%d" % R.randint(60, 190), "NA", "%.1f" % R.uniform(0, 40)]), "measurement")]
        row = []
        if md:
            row.append("| ")
        for j, c in enumerate(cells):
            if j:
                row.append(" | " if md else sep)
            row.append(c)
        row.append(" |\n" if md else "\n")
        out += row
    return "csv", lang, wrap(R, lang, "table", out)


LABNOTE = {
    "en": ["{d} — Called {p} ({ph}) to reschedule the second blood draw; aliquots stored in freezer −80 °C #3, box {box}.", "Lab door code changed to {code} (don't write it on the whiteboard again).", "Plate reader booked 14:00–16:00. Run {run}."],
    "de": ["{d} – {p} angerufen ({ph}), zweite Blutentnahme verschoben; Aliquots im −80-°C-Schrank Nr. 3, Box {box}.", "Neuer Türcode fürs S1-Labor: {code} (bitte nicht ans Whiteboard schreiben).", "Plattenleser 14–16 Uhr gebucht, Lauf {run}."],
    "fr": ["{d} — Appelé {p} ({ph}) pour décaler le 2e prélèvement ; aliquots au congélateur −80 °C n° 3, boîte {box}.", "Nouveau code de la porte du labo : {code} (ne plus l'écrire au tableau).", "Lecteur de plaques réservé 14 h–16 h, run {run}."],
    "es": ["{d} — Llamé a {p} ({ph}) para cambiar la segunda extracción; alícuotas en el congelador de −80 °C n.º 3, caja {box}.", "Código nuevo de la puerta del laboratorio: {code} (no lo apuntéis en la pizarra).", "Lector de placas reservado de 14:00 a 16:00, serie {run}."],
    "it": ["{d} — Chiamato {p} ({ph}) per spostare il secondo prelievo; aliquote nel congelatore −80 °C n. 3, scatola {box}.", "Nuovo codice porta laboratorio: {code} (non scrivetelo sulla lavagna).", "Lettore di piastre prenotato 14–16, corsa {run}."],
    "nl": ["{d} — {p} gebeld ({ph}) om de tweede bloedafname te verzetten; aliquots in vriezer −80 °C nr. 3, doos {box}.", "Nieuwe deurcode lab: {code} (niet meer op het whiteboard).", "Platereader geboekt 14–16 uur, run {run}."],
    "zh": ["{d} 给{p}打电话（{ph}）改第二次采血时间；样本存−80 °C冰箱3号，盒{box}。", "实验室门禁密码改成{code}了，别再写白板上。", "酶标仪14:00–16:00已预约，批次{run}。"],
    "ja": ["{d} {p}さん（{ph}）に電話し、2回目の採血日を変更。検体は−80 °C冷凍庫3番、箱{box}。", "実験室のドア暗証番号を{code}に変更（ホワイトボードに書かないこと）。", "プレートリーダー14:00–16:00予約済み、ラン{run}。"],
    "pl": ["{d} — dzwoniłam do {p} ({ph}) w sprawie przełożenia drugiego pobrania; próbki w zamrażarce −80 °C nr 3, pudełko {box}.", "Nowy kod do drzwi pracowni: {code} (nie piszcie go na tablicy).", "Czytnik płytek zarezerwowany 14–16, seria {run}."],
    "pt": ["{d} — Liguei para {p} ({ph}) para remarcar a segunda coleta; alíquotas no freezer −80 °C nº 3, caixa {box}.", "Novo código da porta do laboratório: {code} (não escrevam no quadro).", "Leitora de placas reservada 14h–16h, corrida {run}."],
}


def fill(R, tmpl, vals):
    """Splits a format string with {k} slots into parts."""
    out = []
    for piece in re.split(r"(\{\w+\})", tmpl):
        m = re.fullmatch(r"\{(\w+)\}", piece)
        if m:
            out.append(vals[m.group(1)])
        elif piece:
            out.append(piece)
    return out


@tpl(20)
def t_labnotes(R):
    cc = R.choice(["US", "GB", "DE", "AT", "FR", "ES", "IT", "NL", "CN", "JP", "PL", "BR", "PT", "MX", "IN"])
    lang = COUNTRY_LANG[cc]
    T = LABNOTE.get(lang, LABNOTE["en"])
    used = set()
    p = new_person(R, used, cc)
    q = new_person(R, used, cc)
    body = [{"de": "Laborbuch – KW 48", "fr": "Cahier de labo – semaine 48", "es": "Cuaderno de laboratorio – semana 48", "it": "Quaderno di laboratorio – settimana 48", "nl": "Labjournaal – week 48",
             "zh": "实验记录 第48周", "ja": "実験ノート 第48週", "pl": "Dziennik laboratoryjny – tydzień 48", "pt": "Caderno de laboratório – semana 48"}.get(lang, R.choice(["## Lab notebook — week 47", "ELN export, week 48"])) + "\n\n"]
    body += fill(R, T[0], {"d": N(other_date(R, cc, 2026, words=False), "entry_date"), "p": PN(R, p), "ph": PH(R, cc), "box": N("%s-%02d" % (R.choice("ABCDEFGH"), R.randint(1, 81)), "freezer_box")}) + ["\n"]
    if R.random() < 0.6:
        body += ["  " + {"de": R.choice(["Geb.: ", "geb. "]), "fr": "né(e) le ", "es": "Fecha nac.: ", "ja": "生年月日: ", "zh": "出生日期: ", "it": "nato/a il ", "nl": "geb. ", "pl": "ur. ", "pt": "nasc. "}.get(lang, "DOB (for the CRF): "), DOB(R, p), "\n"]
    body += fill(R, T[1], {"code": SEC(R, "door_code")}) + ["\n"]
    body += fill(R, T[2], {"run": N(R.choice(["R2026-%03d" % R.randint(1, 400), "#%d" % R.randint(100, 999)]), "run_id")}) + ["\n"]
    if R.random() < 0.6:
        body += [R.choice(["Ask ", "→ ", "TODO: "]), PN(R, q), R.choice([" about the ELISA standards (", " re. primers ("]), EM(R, q, uni(R, cc)[1]), ").\n"]
    if R.random() < 0.5:
        body += ["Cell line ", N(R.choice(["HeLa", "HEK293T", "MCF-7", "Jurkat"]), "cell_line"), " passage ", N(str(R.randint(5, 40)), "passage"), ", Lot ", N(ncode(R, "LOT", 6), "lot_no"), "\n"]
    return "notes", lang, wrap(R, lang, R.choice(["summ", "table"]), body)


CONFS = [("EuroNeuro 2026", "Palais des Congrès de Lyon, 50 quai Charles de Gaulle, 69006 Lyon"), ("ICMSP 2026", "Messe Wien, Trabrennstraße 5, 1020 Wien"),
         ("Asia-Pacific Catalysis Symposium", "Pacifico Yokohama, 1-1-1 Minatomirai, Nishi-ku, Yokohama"), ("Congresso SIBBM", "Centro Congressi Lingotto, Via Nizza 280, 10126 Torino"),
         ("Nordic Ecology Meeting", "Aula Magna, Frescativägen 6, Stockholm"), ("Gordon-style Workshop on Soft Matter", "Ettore Majorana Foundation, Erice")]


@tpl(35)
def t_conference(R):
    cc = R.choice(["US", "GB", "IN", "NG", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "TR", "CN", "JP", "KR", "UA", "EG", "ID", "VN", "MX", "AR", "SA"])
    lang = COUNTRY_LANG[cc]
    used = set()
    p = new_person(R, used, cc, latin=cc in ("CN", "JP", "KR", "UA", "EG", "SA", "RU"))
    conf, venue = R.choice(CONFS)
    kind = R.choice(["registration", "registration", "reimbursement", "visa"])
    body = []
    if kind == "registration":
        body += ["%s — Registration summary\nOrder ", N(ncode(R, R.choice(["REG-", "#"]), 6), "order_no"), "\nVenue: ", N(venue, "venue_address"), "\n\n"]
        body[0] = conf + " — Registration summary\nOrder "
        body += ["Participant: ", R.choice(["Dr. ", "Ms. ", "Mr. ", ""]), PN(R, p), "\nAffiliation: ", uni(R, cc)[0], "\nE-mail: ", EM(R, p), "\nMobile: ", PH(R, cc, intl=True),
                 "\nCategory: ", R.choice(["Student (early bird)", "Regular", "Postdoc"]), " — ", N(R.choice(["€ 290.00", "€ 445.00", "US$ 350", "¥ 42,000"]), "amount"),
                 "\nGala dinner: ", R.choice(["yes (+€ 75)", "no"]), "\nDietary: ", R.choice(["vegetarian", "halal", "none", "gluten-free"]), "\n\nPayment: ", CARD(R), "  exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    elif kind == "reimbursement":
        hc = R.choice(["DE", "NL", "FR", "IT", "ES", "AT", "BE", "PT", "FI", "SE", "PL", "GB"])
        body += ["TRAVEL EXPENSE CLAIM / Reisekostenabrechnung\nClaim no. ", N(ncode(R, "TC-2026-", 4), "claim_no"), "\nTrip: " + conf + ", ", N(other_date(R, "DE", 2026, words=False), "trip_date"), "\n\n",
                 "Claimant: ", PN(R, p), "\nPrivate address: ", ADDR(R, hc), "\nPhone: ", PH(R, hc), "\n\n",
                 "Flight ", N(R.choice(["LH 1082", "KL 1274", "AF 1503", "TK 1821", "FR 8831"]), "flight_no"), "  ", N(money(R, hc), "amount"), "\nHotel (3 nights)  ", N(money(R, hc), "amount"), "\nRegistration  ", N(money(R, hc), "amount"),
                 "\n\nRefund to — IBAN: ", IB(R, IBAN_CC[hc]), "\nCost centre: ", N("KST %d" % R.randint(100000, 999999), "cost_centre"), "\nApproved by: ", PN(R, new_person(R, used, hc)), "\n"]
    else:
        body += [conf + " — request for an invitation letter (visa)\n\nFull name (as in passport): ", PN(R, p, p.full().upper() if R.random() < 0.4 else None), "\nDate of birth: ", DOB(R, p, cc="GB"),
                 "\nPassport number: ", PASS(R, cc), "\nPassport expiry: ", N(other_date(R, "GB", R.randint(2028, 2035), words=False), "expiry_date"), "\nNationality: ", NAT.get(lang, {}).get(cc, cc),
                 "\nHome address: ", ADDR(R, cc), "\nE-mail: ", EM(R, p), "\nAbstract ID: ", N(ncode(R, "ABS-", 4), "abstract_id"), "\nEmbassy: ", R.choice(["German Embassy Lagos", "Consulat général de France à Shanghai", "Italian Embassy Jakarta", "Spanish Consulate Cairo"]), "\n"]
    rl = lang if R.random() < 0.7 else "en"
    return "form", rl, wrap(R, rl, R.choice(["check", "write"]), body)


JOURNALS = ["Journal of Applied Limnology", "Cell Reports Methods", "Physical Review Materials", "Nucleic Acids Research", "Environmental Science: Atmospheres", "ACS Catalysis", "eLife"]


@tpl(26)
def t_review(R):
    cc = R.choice(["US", "GB", "AU", "IN", "DE", "NL", "FR", "IT", "ES", "SE", "CH", "PL", "CN", "JP", "KR", "BR", "TR"])
    cc2 = R.choice(ALL_CC)
    used = set()
    ed = new_person(R, used, cc, latin=True)
    au = new_person(R, used, cc2, latin=True)
    rv = new_person(R, used, R.choice(ALL_CC), latin=True)
    j = R.choice(JOURNALS)
    ms = "%s-D-26-%05d" % (("".join(w[0] for w in j.split() if w[0].isupper())[:4] if j != "eLife" else "ELIFE"), R.randint(100, 99999))
    kind = R.choice(["decision", "invite", "forward"])
    if kind == "decision":
        body = ["From: ", PN(R, ed), " <", EM(R, ed, R.choice(["gmail.com", uni(R, cc)[1]])), ">\nTo: ", PN(R, au), " <", EM(R, au), ">\nCc: ", N("editorial-office@" + R.choice(["jal-journal.org", "elsevier-mail.example"]), "role_mailbox"),
                "\nSubject: Decision on manuscript ", N(ms, "manuscript_id"), "\n\nDear Dr ", PN(R, au, au.family), ",\n\nThank you for submitting your manuscript to " + j + ". Two reviewers have now assessed it; Reviewer 2 (",
                PN(R, rv), ") agreed to be named. Both recommend major revision. Please pay particular attention to the comparison with ", N(R.choice(["Kohn-Sham DFT", "the Michaelis–Menten fit", "the Lotka–Volterra model", "Bayes factors"]), "eponym"),
                ".\n\nPlease submit the revision within 60 days. If you need more time, call me directly on ", PH(R, cc, intl=True), ".\n\nBest wishes,\n", PN(R, ed, ed.given), "\nHandling Editor"]
    elif kind == "invite":
        body = ["Subject: Invitation to review ", N(ms, "manuscript_id"), "\nFrom: ", N("em@editorialmanager.example", "role_mailbox"), "\n\nDear Prof. ", PN(R, rv, rv.family), ",\n\nOn behalf of the editor, ", PN(R, ed),
                ", I would like to invite you to review the manuscript \"Seasonal drivers of methane flux in boreal peatlands\" by ", PN(R, au), " et al. The preprint is at ", N("https://doi.org/" + doi(R), "doi"),
                ".\n\nIf you decline, could you suggest an alternative reviewer? Reply to ", EM(R, ed, uni(R, cc)[1]), ".\n\nKind regards\nEditorial Office\nManuscript ", N(ms, "manuscript_id")]
    else:
        body = ["---------- Forwarded message ---------\nFrom: ", PN(R, rv), " <", EM(R, rv), ">\nDate: ", N(other_date(R, "US", 2026, words=True), "mail_date"), "\nTo: ", PN(R, au), " <", EM(R, au), ">\n\n",
                "Hi ", PN(R, au, au.given), ", I was reviewer 3 on your ", N(ms, "manuscript_id"), " (I know, confidential — but the editor ", PN(R, ed), " said it's fine to reach out after the decision). The deposited data under ",
                N(doi(R), "doi"), " are missing the raw counts. My personal number if easier: ", PH(R, rv.cc), ".\n"]
    lang = COUNTRY_LANG[cc] if R.random() < 0.4 else "en"
    return "email", lang, wrap(R, lang, R.choice(["write", "summ"]), body)


REFS = ["Hochreiter S, Schmidhuber J. Long short-term memory. Neural Comput. 1997;9(8):1735-80.", "Watson JD, Crick FHC. Molecular structure of nucleic acids. Nature. 1953;171:737-8.",
        "Shannon CE. A mathematical theory of communication. Bell Syst Tech J. 1948;27:379-423.", "Lowry OH, Rosebrough NJ, Farr AL, Randall RJ. Protein measurement with the Folin phenol reagent. J Biol Chem. 1951;193:265-75.",
        "Laemmli UK. Cleavage of structural proteins during the assembly of the head of bacteriophage T4. Nature. 1970;227:680-5.", "Bradford MM. A rapid and sensitive method for the quantitation of microgram quantities of protein. Anal Biochem. 1976;72:248-54.",
        "Kohn W, Sham LJ. Self-consistent equations including exchange and correlation effects. Phys Rev. 1965;140:A1133.", "Metropolis N, Rosenbluth AW, Rosenbluth MN, Teller AH, Teller E. Equation of state calculations by fast computing machines. J Chem Phys. 1953;21:1087."]


@tpl(26)
def t_authors(R):
    cc = R.choice(["US", "GB", "DE", "FR", "IT", "ES", "NL", "CH", "CN", "JP", "KR", "IN", "BR", "PL", "SE", "AU", "TR"])
    used = set()
    n = R.randint(3, 6)
    ppl = [new_person(R, used, R.choice([cc, cc, R.choice(ALL_CC)]), latin=True) for _ in range(n)]
    affs = R.sample([uni(R, c)[0] for c in ALL_CC] + EPONYMS[:12], 3)
    tex = R.random() < 0.6
    body = []
    if tex:
        body.append("\\title{" + R.choice(["Single-cell atlas of the axolotl blastema", "Learned force fields for ionic liquids", "Drought memory in Arabidopsis root hairs"]) + "}\n")
        for i, p in enumerate(ppl):
            body += ["\\author[", str(R.randint(1, 3)), "]{", PN(R, p), "}\n"]
            if i == 0 and R.random() < 0.6:
                body += ["\\orcid{", N(orcid_make(R), "orcid"), "}\n"]
        for i, a in enumerate(affs):
            body += ["\\affil[%d]{" % (i + 1), N(a, "affiliation"), "}\n"]
        body += ["\\corresp{", EM(R, ppl[-1]), "}\n\n"]
    else:
        body.append(R.choice(["DRAFT v3 — do not circulate\n\n", "Author list (please check spelling!)\n\n"]))
        for i, p in enumerate(ppl):
            body += [PN(R, p), "¹" if i % 2 == 0 else "²", ", " if i < n - 1 else "\n"]
        body += ["¹ ", N(affs[0], "affiliation"), "\n² ", N(affs[1], "affiliation"), "\n* Correspondence: ", EM(R, ppl[0]), R.choice(["", "; Tel. "])]
        if body[-1] == "; Tel. ":
            body += [PH(R, ppl[0].cc)]
        body += ["\n\n"]
    body += ["Acknowledgements: We thank ", PN(R, new_person(R, used, cc, latin=True)), " for help with the ", N(R.choice(["Zeiss LSM 980", "Orbitrap Exploris", "Bruker Avance NEO 600"]), "instrument"), ". Funded by ", N(R.choice(["ERC StG 101077321", "DFG SFB 1452", "NSF DEB-2143317", "NSFC 32271045", "ANR-24-CE20-0031"]), "grant_no"), ".\n\nReferences\n"]
    for k, r in enumerate(R.sample(REFS, R.randint(2, 4))):
        body += ["%d. " % (k + 1), N(r, "citation"), "\n"]
    lang = COUNTRY_LANG[cc] if R.random() < 0.5 else "en"
    return "code" if tex else "document", lang, wrap(R, lang, R.choice(["check", "table", "write"]), body)


CLUSTERS = ["hpc-login1", "euler", "snellius", "raven", "levante", "hawk", "tetralith", "puhti", "hyperion", "bwunicluster", "ceres", "gadi"]


def uname(R):
    """Cluster usernames (never derived from names): look-alikes."""
    return R.choice(["s%07d" % R.randint(1000000, 4999999), "ab%dcd" % R.randint(10, 99), "u%05d" % R.randint(10000, 99999), "hpc%04d" % R.randint(1, 9999), "gxk%03d" % R.randint(1, 999), "di%02dzoq" % R.randint(10, 99)])


@tpl(36)
def t_hpc(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl", "zh", "ja", "ko", "pt", "tr", "ru", "in", "sv", "fi", "uk", "vi", "id"])
    cc = {v: k for k, v in COUNTRY_LANG.items()}.get(lang, "US")
    used = set()
    me = new_person(R, used, cc, latin=True)
    kind = R.choice(["ssh", "slurm", "slurm", "both"])
    body = []
    if kind in ("ssh", "both"):
        cl = R.choice(CLUSTERS)
        body += ["# ~/.ssh/config\nHost " + cl + "\n    HostName ", IP(R), "\n    User ", N(uname(R), "username"), "\n    IdentityFile ~/.ssh/id_ed25519\n    Port ", N(R.choice(["22", "2222", "22022"]), "port"), "\n"]
        if R.random() < 0.5:
            body += ["\nHost labserver\n    HostName ", IP(R, v6=R.random() < 0.3), "\n    User ", N(R.choice(["labadmin", "gpuuser", "analysis"]), "username"), "\n    ProxyJump " + cl + "\n"]
        if R.random() < 0.4:
            body += ["\nHost gitlab-intern\n    HostName ", N(R.choice(["10.42.0.17", "192.168.10.5", "172.16.4.20"]), "private_ip"), "\n"]
        if R.random() < 0.35:
            body += ["\n# cat ~/.ssh/id_ed25519  (is this the right key??)\n", SEC(R, "pem_openssh"), "\n"]
    if kind in ("slurm", "both"):
        body += ["\n#!/bin/bash\n#SBATCH --job-name=" + R.choice(["md_equil", "bert_ft", "cryo_refine", "qe_relax", "dada2"]) + "\n#SBATCH --account=", N(R.choice(["proj%05d" % R.randint(1, 99999), "pn%02dxo" % R.randint(10, 99), "snic2026-%d-%d" % (R.randint(1, 30), R.randint(1, 900))]), "project_account"),
                 "\n#SBATCH --partition=" + R.choice(["gpu", "a100", "standard", "short"]) + "\n#SBATCH --gres=gpu:" + str(R.randint(1, 4)) + "\n#SBATCH --time=" + R.choice(["24:00:00", "02:00:00", "7-00:00:00"]) + "\n#SBATCH --mail-type=END,FAIL\n#SBATCH --mail-user=", EM(R, me), "\n\n"]
        keys = R.sample(["WANDB_API_KEY", "HF_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AWS", "GITHUB_TOKEN"], R.randint(1, 3))
        for k in keys:
            if k == "WANDB_API_KEY":
                body += ["export WANDB_API_KEY=", SEC(R, "wandb_key"), "\n"]
            elif k == "HF_TOKEN":
                body += ["export HF_TOKEN=", SEC(R, "hf_token"), "\n"]
            elif k == "OPENAI_API_KEY":
                body += ["export OPENAI_API_KEY=\"", SEC(R, "openai"), "\"\n"]
            elif k == "ANTHROPIC_API_KEY":
                body += ["export ANTHROPIC_API_KEY=", SEC(R, "anthropic"), "\n"]
            elif k == "AWS":
                body += ["export AWS_ACCESS_KEY_ID=", SEC(R, "aws_access_key_id"), "\nexport AWS_SECRET_ACCESS_KEY=", SEC(R, "aws_secret_access_key"), "\n"]
            else:
                body += ["export GITHUB_TOKEN=", SEC(R, "github_pat"), "\n"]
        body += ["module load " + R.choice(["cuda/12.4", "gromacs/2024.3", "python/3.11.7", "R/4.4.1"]) + "\nsrun python train.py --seed ", N(str(R.randint(1, 99999)), "seed"), "\n"]
        if R.random() < 0.5:
            body += ["\n--- slurm-", N(str(R.randint(1000000, 99999999)), "job_id"), ".out ---\n" + R.choice(["srun: error: Unable to create step for job: Invalid generic resource (gres) specification", "OSError: [Errno 122] Disk quota exceeded", "torch.OutOfMemoryError: CUDA out of memory.", "slurmstepd: error: *** JOB CANCELLED DUE TO TIME LIMIT ***"]) + "\n"]
    if R.random() < 0.3:
        body += ["\n# " + {"de": "Passwort fürs Cluster: ", "fr": "mot de passe cluster : ", "zh": "集群密码：", "es": "contraseña del clúster: ", "it": "password cluster: ", "ja": "クラスタのパスワード：", "ko": "클러스터 비번: ", "pl": "hasło do klastra: ", "tr": "küme şifresi: ", "ru": "пароль от кластера: ", "nl": "wachtwoord cluster: ", "pt": "senha do cluster: "}.get(lang, "cluster password (temp): "), SEC(R, "cluster_password"), "\n"]
    return "code", lang, wrap(R, lang, "fix", body)


@tpl(25)
def t_env(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "zh", "ja", "ko", "pl", "tr", "ru", "in"])
    cc = {v: k for k, v in COUNTRY_LANG.items()}.get(lang, "US")
    used = set()
    me = new_person(R, used, cc, latin=True)
    db = R.choice(["postgresql", "mysql", "mongodb+srv"])
    user = R.choice(["labdb", "redcap", "limsadmin", "survey_app"])
    host = IP(R)
    pw = SEC(R, "db_password")
    body = ["# .env — " + R.choice(["lab LIMS", "survey backend", "REDCap sync", "JupyterHub", "annotation tool"]) + "\n",
            "DB_HOST=", host, "\nDB_USER=", N(user, "username"), "\nDB_PASSWORD=", pw, "\n"]
    if R.random() < 0.5:
        body += ["DATABASE_URL=" + db + "://" + user + ":", SEC(R, "db_password"), "@", IP(R), ":" + R.choice(["5432", "3306", "27017"]) + "/" + R.choice(["lims", "cohort", "survey"]) + "\n"]
    body += ["JUPYTER_TOKEN=", SEC(R, "jupyter_token"), "\n"]
    for k in R.sample(["OPENAI", "GOOGLE", "SLACK", "SENDGRID", "JWT", "HF", "GITLAB"], R.randint(1, 3)):
        if k == "OPENAI":
            body += ["OPENAI_API_KEY=", SEC(R, "openai"), "\n"]
        elif k == "GOOGLE":
            body += ["GOOGLE_MAPS_KEY=", SEC(R, "google_api_key"), "\n"]
        elif k == "SLACK":
            body += ["SLACK_WEBHOOK_URL=", SEC(R, "slack_webhook"), "\n"]
        elif k == "SENDGRID":
            body += ["SENDGRID_API_KEY=", SEC(R, "sendgrid"), "\n"]
        elif k == "JWT":
            body += ["ADMIN_JWT=", SEC(R, "jwt"), "\n"]
        elif k == "HF":
            body += ["HUGGINGFACE_HUB_TOKEN=", SEC(R, "hf_token"), "\n"]
        else:
            body += ["GITLAB_TOKEN=", SEC(R, "gitlab_pat"), "\n"]
    body += ["ALLOWED_HOSTS=", N(R.choice(["127.0.0.1,localhost", "0.0.0.0", "10.0.0.0/8"]), "local_ip"), "\nPUBLIC_DEMO_SERVER=", N(R.choice(["192.0.2.44", "198.51.100.7", "203.0.113.81"]), "documentation_ip"), "\nADMIN_EMAIL=", EM(R, me), "\n"]
    if R.random() < 0.5:
        body += ["SUPPORT_EMAIL=", N(R.choice(["it-helpdesk@", "hpc-support@", "noreply@"]) + R.choice(["uni-lindenau.de", "zuiderveld.nl", "univaldelsa.it"]), "role_mailbox"), "\n"]
    body += ["# maintainer: ", PN(R, me), R.choice([", mobile ", " tel. "]), PH(R, cc), "\n"]
    return "env", lang, wrap(R, lang, "fix", body)


VISA = {
    "en": ("TO WHOM IT MAY CONCERN — Confirmation of enrolment", "This is to confirm that", "born on", "holder of passport no.", "is registered as a full-time doctoral researcher at", "from 1 October 2026 for 36 months. The student will live at",
           "The tenancy (contract", ") was arranged through the university accommodation service.", "International Office"),
    "de": ("Immatrikulationsbescheinigung / Bestätigung für die Ausländerbehörde", "Hiermit bestätigen wir, dass", "geboren am", "Reisepass-Nr.", "ab dem Wintersemester 2026/27 als Promovierende/r an der", "eingeschrieben ist. Wohnanschrift:",
           "Der Mietvertrag (Nr.", ") wurde über das Studierendenwerk vermittelt.", "International Office"),
    "fr": ("ATTESTATION D'ACCUEIL", "Nous certifions que", "né(e) le", "passeport n°", "est inscrit(e) en doctorat à l'", "à compter du 1er octobre 2026. Adresse de résidence :",
           "Le bail (n°", ") a été conclu via le CROUS.", "Service des relations internationales"),
    "nl": ("VERKLARING VAN INSCHRIJVING", "Hierbij verklaren wij dat", "geboren op", "paspoortnummer", "staat ingeschreven als promovendus bij de", "vanaf 1 september 2026. Woonadres:",
           "Het huurcontract (nr.", ") is geregeld via de huisvestingsdienst.", "International Office"),
    "it": ("DICHIARAZIONE DI OSPITALITÀ", "Si dichiara che", "nato/a il", "passaporto n.", "è iscritto/a al dottorato presso l'", "dal 1° novembre 2026. Domicilio:",
           "Il contratto di locazione (n.", ") è stato stipulato tramite il servizio alloggi.", "Ufficio Relazioni Internazionali"),
    "es": ("CERTIFICADO DE MATRÍCULA Y ALOJAMIENTO", "Se certifica que", "nacido/a el", "pasaporte n.º", "está matriculado/a en el programa de doctorado de la", "desde el 1 de octubre de 2026. Domicilio:",
           "El contrato de alquiler (n.º", ") se tramitó a través del Servicio de Alojamiento.", "Oficina de Relaciones Internacionales"),
    "sv": ("INTYG OM ANTAGNING", "Härmed intygas att", "född", "passnummer", "är antagen till forskarutbildning vid", "från 1 september 2026. Bostadsadress:",
           "Hyresavtalet (nr", ") har förmedlats av bostadsservice.", "Internationella kansliet"),
    "ko": ("재학 및 기숙사 배정 확인서", "아래 학생", "생년월일", "여권번호", "은(는) 2026학년도 2학기부터", "대학원 박사과정에 재학 중이며, 거주지는 다음과 같습니다:",
           "기숙사 계약번호", "", "국제협력처"),
    "ja": ("在籍証明書（ビザ申請用）", "下記の者", "生年月日", "旅券番号", "は2026年10月より", "博士後期課程に在籍しており、現住所は以下の通りである：",
           "賃貸契約番号", "", "国際交流課"),
}


@tpl(35)
def t_visa(R):
    hc = R.choice(["GB", "US", "AU", "DE", "AT", "FR", "BE", "NL", "IT", "ES", "SE", "KR", "JP", "DE", "NL"])
    lang = COUNTRY_LANG[hc]
    T = VISA.get(lang, VISA["en"])
    home = R.choice(["NG", "IN", "CN", "VN", "ID", "EG", "BR", "MX", "TR", "UA", "AR", "SA", "KR", "PL"])
    used = set()
    s = new_person(R, used, home, latin=True)
    off = new_person(R, used, hc)
    un, dom = uni(R, hc)
    body = [un + "\n", N(R.choice(["Ref. IO/2026/%04d" % R.randint(1, 9999), "Az. 2026-%05d" % R.randint(1, 99999)]), "reference_no"), "   ", N(other_date(R, hc, 2026), "letter_date"), "\n\n", T[0] + "\n\n",
            T[1] + " ", PN(R, s, s.full().upper() if R.random() < 0.3 else None), ", " + T[2] + " ", DOB(R, s, cc=hc), ", " + T[3] + " ", PASS(R, home), ", " + T[4] + " " + un + " " + T[5] + "\n", ADDR(R, hc, sep="\n" if R.random() < 0.4 else ", "), "\n"]
    if T[7]:
        body += [T[6] + " ", N(ncode(R, R.choice(["HV-", "WN-", "MV "]), 6), "contract_no"), T[7] + "\n\n"]
    else:
        body += [T[6] + ": ", N(ncode(R, "D-", 5), "contract_no"), "\n\n"]
    body += [N(R.choice(["Blocked account (Sperrkonto) confirmed: 11.904 €", "Funding: 3-year studentship", "Tuition: waived"]), "funding_note"), "\n\n", PN(R, off), "\n" + T[8] + "\n", N(R.choice(["international@", "io@", "welcome@"]) + dom, "role_mailbox")]
    if R.random() < 0.5:
        body += ["\n\nStudent contact: ", PH(R, home, region=hc, intl=True), " / ", EM(R, s)]
    return "letter", lang, wrap(R, lang if R.random() < 0.6 else "en", R.choice(["check", "summ", "write"]), body)


@tpl(12)
def t_seating(R):
    cc = R.choice(["DE", "GB", "US", "FR", "IT", "ES", "NL", "PL", "TR", "CN", "KR", "JP", "IN", "BR", "SE"])
    lang = COUNTRY_LANG[cc]
    used = set()
    hdr = {"de": "Sitzplan Klausur", "en": "Exam seating plan", "in": "Seating arrangement – End Semester Exam", "fr": "Plan de table – examen", "it": "Disposizione posti – esame", "es": "Distribución de asientos – examen",
           "nl": "Zaalindeling tentamen", "pl": "Rozmieszczenie na egzaminie", "tr": "Sınav oturma planı", "zh": "考场座位表", "ko": "시험 좌석 배치표", "ja": "試験座席表", "pt": "Mapa de sala – prova", "sv": "Placeringslista tenta"}[lang]
    course = R.choice(["MATH 2410 Linear Algebra II", "CHEM-B204 Organic Chemistry", "INF-12 Algorithmen und Datenstrukturen", "PHY 301 Quantum Mechanics", "BIO 115 Cell Biology"])
    out = [hdr + " — " + course + "\n", N(R.choice(["Room ", "Hörsaal ", "Salle ", "Aula ", "Zaal "]) + R.choice(["HS 3", "B-104", "Amphi Curie", "Aula Fermi", "Max-Born-Hörsaal", "Lecture Theatre 2"]), "room"), ", ", N(other_date(R, cc, 2027, words=False), "exam_date"), " ", N(R.choice(["09:00–11:00", "14:00-16:30", "8.30–10.30"]), "time_range"), "\n\n"]
    sep = R.choice(["\t", " | ", ";"])
    out.append(sep.join(["Seat", "Student ID", "Name"]) + "\n")
    for i in range(R.randint(5, 9)):
        p = new_person(R, used, cc)
        nm = p.full(R) if R.random() < 0.6 or cc in CJK else p.family.upper() + ", " + p.given
        out += [N("%s%02d" % (R.choice("ABCD"), R.randint(1, 40)), "seat"), sep, N(sid(R, cc), "student_id"), sep]
        if ", " in nm and cc not in CJK:
            out += [PN(R, p, p.family.upper()), ", ", PN(R, p, p.given)]
        else:
            out += [PN(R, p, nm)]
        out.append("\n")
    out += ["\n" + R.choice(["Invigilator", "Aufsicht", "Surveillant", "监考"]) + ": ", PN(R, new_person(R, used, cc)), "\n"]
    return "list", lang, wrap(R, lang, "table", out)


ACCESS = {
    "en": ("Lab & library access — welcome notes", "Your transponder has been activated for rooms", "Door code for the cold room", "Locker", "combination", "Wi-Fi (LabNet) password", "Library locker PIN"),
    "de": ("Zugang Labor & Bibliothek – Infos für neue Mitarbeitende", "Dein Transponder ist freigeschaltet für die Räume", "Türcode Kühlraum", "Spind", "Zahlenschloss", "WLAN-Passwort (LabNet)", "PIN Bibliotheksschließfach"),
    "fr": ("Accès labo et bibliothèque — infos d'accueil", "Ton badge est activé pour les salles", "Code de la porte de la chambre froide", "Casier", "code", "Mot de passe Wi-Fi (LabNet)", "Code du casier BU"),
    "nl": ("Toegang lab & bibliotheek – welkomstinfo", "Je pas is geactiveerd voor de ruimtes", "Deurcode koelcel", "Kluisje", "code", "Wifi-wachtwoord (LabNet)", "Pincode bibliotheekkluis"),
    "it": ("Accesso laboratorio e biblioteca — info per nuovi arrivati", "Il badge è attivo per le stanze", "Codice porta cella frigo", "Armadietto", "combinazione", "Password Wi-Fi (LabNet)", "PIN armadietto biblioteca"),
    "es": ("Acceso a laboratorio y biblioteca — bienvenida", "Tu tarjeta está activada para las salas", "Código de la cámara fría", "Taquilla", "combinación", "Contraseña Wi-Fi (LabNet)", "PIN taquilla biblioteca"),
    "sv": ("Tillträde labb & bibliotek", "Din passerbricka är aktiverad för rum", "Portkod kylrum", "Skåp", "kod", "Wi-Fi-lösenord (LabNet)", "PIN bibliotekets skåp"),
    "fi": ("Laboratorio- ja kirjastokulku", "Kulkutunnisteesi on aktivoitu tiloihin", "Kylmähuoneen ovikoodi", "Kaappi", "koodi", "Wi-Fi-salasana (LabNet)", "Kirjaston kaapin PIN"),
    "zh": ("实验室与图书馆门禁须知", "你的门禁卡已开通以下房间：", "冷库门密码", "储物柜", "密码", "实验室Wi-Fi密码", "图书馆储物柜PIN"),
}


@tpl(22)
def t_access(R):
    cc = R.choice(["GB", "US", "DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "SE", "FI", "CN", "AU", "IN"])
    lang = COUNTRY_LANG[cc]
    T = ACCESS.get(lang, ACCESS["en"])
    used = set()
    p = new_person(R, used, cc)
    mgr = new_person(R, used, cc)
    un, dom = uni(R, cc)
    body = [T[0] + "\n\n" + {"de": "Hallo ", "fr": "Salut ", "nl": "Hoi ", "it": "Ciao ", "es": "Hola ", "sv": "Hej ", "fi": "Moi ", "zh": ""}.get(lang, "Hi "), PN(R, p, p.given), ",\n", T[1] + " ", N(", ".join(R.sample(["B2.14", "B2.16", "C0.07", "L-112", "S1-Labor 3.021", "Cryo-EM suite"], 2)), "room"),
            " (", {"de": "Karten-Nr. ", "fr": "badge n° ", "it": "badge n. ", "es": "tarjeta n.º ", "nl": "pasnr. ", "zh": "卡号 "}.get(lang, "card no. "), N(bad_luhn(R, 10), "access_card_no"), ").\n", T[2] + ": ", SEC(R, "door_code"), "\n", T[3] + " ", N(str(R.randint(1, 240)), "locker_no"), ", " + T[4] + " ", SEC(R, "locker_code"), "\n",
            T[5] + ": ", SEC(R, "wifi_password"), "  (SSID ", N(R.choice(["LabNet", "AG-Kuehn-5G", "eduroam"]), "ssid"), ")\n"]
    if R.random() < 0.5:
        body += [T[6] + ": ", SEC(R, "pin"), "\n"]
    body += ["\n" + R.choice(["Questions → ", "Fragen → ", "Contact : "]), PN(R, mgr), ", ", PH(R, cc), ", ", EM(R, mgr, dom), "\n", N({"de": "Pforte: +49 551 39 0", "fr": "Accueil : 01 44 27 00 00", "nl": "Receptie: 030 253 3550", "it": "Portineria: 050 221 0000", "es": "Conserjería: 91 394 10 00", "sv": "Reception: 018-471 00 00"}.get(lang, "Porters' lodge 24/7: 0113 343 1234"), "switchboard"), "\n"]
    if R.random() < 0.5:
        body += ["\n(" + {"de": "Privatadresse für die Kautionsquittung: ", "fr": "Adresse perso pour le reçu de caution : ", "nl": "Mijn adres voor de borgkwitantie: ", "it": "Indirizzo per la ricevuta della cauzione: ",
                           "es": "Mi dirección para el recibo de la fianza: ", "sv": "Min adress för depositionskvittot: ", "fi": "Osoitteeni pantin kuittia varten: ", "zh": "押金收据寄送地址："}.get(lang, "My home address for the key deposit receipt: "), ADDR(R, cc), ")\n"]
    return "notes", lang, wrap(R, lang, R.choice(["summ", "table"]), body)


TRANS = {
    "de": ("Transcript of Records / Notenspiegel", "Modul", "ECTS", "Note"), "en": ("Academic Transcript (unofficial)", "Course", "Credits", "Grade"),
    "fr": ("Relevé de notes", "UE", "ECTS", "Note/20"), "it": ("Certificato esami sostenuti", "Insegnamento", "CFU", "Voto"),
    "es": ("Certificado académico personal", "Asignatura", "ECTS", "Calif."), "nl": ("Cijferlijst", "Vak", "EC", "Cijfer"),
    "pl": ("Wykaz ocen", "Przedmiot", "ECTS", "Ocena"), "tr": ("Not Döküm Belgesi", "Ders", "AKTS", "Harf Notu"),
    "zh": ("成绩单", "课程", "学分", "成绩"), "ja": ("成績証明書", "科目", "単位", "評価"), "ko": ("성적증명서", "과목", "학점", "성적"),
    "pt": ("Histórico escolar", "Disciplina", "Créditos", "Nota"), "ru": ("Выписка из зачётной ведомости", "Дисциплина", "ЗЕТ", "Оценка"),
    "in": ("Grade Card / Statement of Marks", "Course", "Credits", "Grade"), "fi": ("Opintosuoritusote", "Opintojakso", "op", "Arvosana"),
    "uk": ("Академічна довідка", "Дисципліна", "ЄКТС", "Оцінка"), "vi": ("Bảng điểm", "Học phần", "Tín chỉ", "Điểm"), "id": ("Transkrip Nilai", "Mata kuliah", "SKS", "Nilai"),
}
COURSES = ["Analysis I", "Thermodynamics", "Molecular Genetics", "Numerical Methods", "Statistical Learning", "Ecology of Soils", "Quantum Chemistry", "Scientific Writing", "Cell Signalling", "Fluid Dynamics"]


@tpl(20)
def t_transcript(R):
    cc = R.choice(["DE", "AT", "GB", "US", "FR", "IT", "ES", "NL", "PL", "TR", "CN", "JP", "KR", "BR", "RU", "IN", "FI", "MX", "UA", "VN", "ID"])
    lang = COUNTRY_LANG[cc]
    T = TRANS.get(lang, TRANS["en"])
    f = FL[lang]
    used = set()
    p = new_person(R, used, cc)
    un, dom = uni(R, cc)
    body = [un + " — " + T[0] + "\n", f["name"] + ": ", PN(R, p), "\n", f["dob"] + ": ", DOB(R, p), "\n", f["sid"] + ": ", N(sid(R, cc), "student_id"), "\n", f["prog"] + ": " + R.choice(PROGS.get(lang, PROGS["en"])) + "\n\n"]
    sep = R.choice(["\t", " | ", "  "])
    body.append(sep.join([T[1], T[2], T[3]]) + "\n")
    for c in R.sample(COURSES, R.randint(4, 7)):
        g = {"de": R.choice(["1,3", "2,0", "1,7", "2,3"]), "fr": "%d,%d" % (R.randint(10, 18), R.randint(0, 9)), "it": R.choice(["28/30", "30 e lode", "27/30"]), "nl": R.choice(["7,5", "8", "6,5"]),
             "es": R.choice(["8,4", "9,1 (SB)", "7,0"]), "pl": R.choice(["4,5", "5,0", "4,0"]), "tr": R.choice(["AA", "BA", "BB"]), "ru": R.choice(["отлично", "хорошо", "зачтено"])}.get(lang, R.choice(["A", "A-", "B+", "4.0", "S", "A+"]))
        body += [N(R.choice(["MOD-%03d " % R.randint(1, 999), ""]) + c, "course"), sep, N(str(R.choice([3, 5, 6, 7.5, 10])), "credits"), sep, N(g, "grade"), "\n"]
    body += ["\n" + {"de": "Durchschnitt ", "fr": "Moyenne ", "it": "Media ", "es": "Nota media ", "zh": "平均学分绩点 ", "ja": "GPA ", "nl": "Gemiddelde ", "pl": "Średnia ", "pt": "Média ", "tr": "GANO ", "ru": "Средний балл ", "uk": "Середній бал ", "fi": "Keskiarvo ", "vi": "Điểm TB ", "id": "IPK "}.get(lang, "GPA "), N(R.choice(["3.71", "1,6", "14,2", "28,4", "8,12"]), "grade"), "   " + f["date"] + ": ", N(other_date(R, cc, 2026), "issue_date"), "\n"]
    if R.random() < 0.4:
        body += [{"de": "Prüfcode: ", "fr": "Code de vérification : "}.get(lang, "Verification code: "), N(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12), "verification_code"), "\n"]
    return "form", lang, wrap(R, lang, R.choice(["table", "summ", "check"]), body)


CHAT_PLATFORM = {"zh": "微信", "ko": "카카오톡", "ja": "LINE", "ru": "Telegram", "uk": "Telegram", "vi": "Zalo"}
CHAT_LINES = {
    "en": ["anyone got the key for the -80? {a} locked it", "party at mine on Friday! {addr}", "my number's changed btw → {ph}", "wifi in the new office is {pw} lol", "can someone swipe me in, door code isn't {code} anymore?", "{b} you still owe me for the poster printing 😅"],
    "de": ["hat jemand den Schlüssel für den -80er? {a} hat abgeschlossen", "Freitag Party bei mir! {addr}", "neue Nummer übrigens: {ph}", "WLAN im neuen Büro: {pw}", "kann mich wer reinlassen, Türcode {code} geht nicht mehr?", "{b} du schuldest mir noch was fürs Posterdrucken 😅"],
    "fr": ["quelqu'un a la clé du -80 ? {a} l'a fermé", "soirée chez moi vendredi ! {addr}", "nouveau numéro : {ph}", "le wifi du nouveau bureau c'est {pw}", "quelqu'un peut m'ouvrir, le code {code} marche plus ?", "{b} tu me dois encore l'impression du poster 😅"],
    "es": ["¿alguien tiene la llave del -80? {a} lo cerró", "¡fiesta en mi piso el viernes! {addr}", "cambié de número: {ph}", "la wifi del despacho nuevo es {pw}", "¿alguien me abre? el código {code} ya no va", "{b} me debes lo del póster 😅"],
    "it": ["qualcuno ha la chiave del -80? l'ha chiuso {a}", "festa da me venerdì! {addr}", "nuovo numero: {ph}", "wifi ufficio nuovo: {pw}", "qualcuno mi apre? il codice {code} non va più", "{b} mi devi ancora la stampa del poster 😅"],
    "nl": ["heeft iemand de sleutel van de -80? {a} heeft hem op slot gedaan", "vrijdag feestje bij mij! {addr}", "nieuw nummer trouwens: {ph}", "wifi nieuwe kantoor: {pw}", "kan iemand me binnenlaten, code {code} werkt niet meer?", "{b} je bent me nog geld schuldig voor de poster 😅"],
    "pt": ["alguém tem a chave do -80? {a} trancou", "festa lá em casa sexta! {addr}", "mudei de número: {ph}", "wifi da sala nova: {pw}", "alguém me abre? o código {code} não funciona mais", "{b} ainda me deve a impressão do pôster 😅"],
    "pl": ["ktoś ma klucz do -80? {a} zamknęła", "impreza u mnie w piątek! {addr}", "nowy numer: {ph}", "wifi w nowym pokoju: {pw}", "ktoś mnie wpuści? kod {code} już nie działa", "{b} wisisz mi za druk plakatu 😅"],
    "tr": ["-80'in anahtarı kimde? {a} kilitlemiş", "cuma bende parti! {addr}", "yeni numaram: {ph}", "yeni ofisin wifi şifresi: {pw}", "biri kapıyı açar mı, {code} kodu artık çalışmıyor", "{b} poster baskı parasını hâlâ vermedin 😅"],
    "zh": ["-80冰箱钥匙谁拿了？{a}锁上了", "周五来我家聚餐！{addr}", "我换号了：{ph}", "新办公室wifi：{pw}", "谁来帮我开下门，密码{code}不对了", "{b} 海报打印的钱还没给我呢😅"],
    "ko": ["-80 냉동고 열쇠 누가 갖고 있어? {a}가 잠갔대", "금요일에 우리 집에서 파티! {addr}", "번호 바뀌었어: {ph}", "새 연구실 와이파이: {pw}", "누가 문 좀 열어줘, 비번 {code} 안 돼", "{b} 포스터 인쇄비 아직 안 줬어 😅"],
    "ja": ["-80のカギ誰か持ってる？{a}さんが閉めたって", "金曜うちで飲み会！{addr}", "番号変わりました→{ph}", "新しい部屋のWi-Fiは{pw}", "誰か開けて〜暗証番号{code}じゃなくなってる", "{b} ポスター印刷代まだだよ😅"],
    "ru": ["у кого ключ от -80? {a} закрыла", "в пятницу вечеринка у меня! {addr}", "мой новый номер: {ph}", "вайфай в новом кабинете: {pw}", "откройте кто-нибудь, код {code} больше не работает", "{b}, ты мне ещё должен за печать постера 😅"],
    "uk": ["у кого ключ від -80? {a} замкнула", "у п'ятницю вечірка в мене! {addr}", "мій новий номер: {ph}", "вайфай у новому кабінеті: {pw}", "відчиніть хтось, код {code} більше не працює", "{b}, ти ще винен за друк постера 😅"],
    "vi": ["ai cầm chìa tủ -80 vậy? {a} khóa rồi", "thứ Sáu qua nhà mình nhé! {addr}", "số mới của mình: {ph}", "wifi phòng mới: {pw}", "ai mở cửa giúp với, mã {code} không được nữa", "{b} còn nợ tiền in poster đó 😅"],
    "id": ["siapa yang pegang kunci -80? {a} udah kunci", "Jumat pesta di kosanku! {addr}", "nomorku ganti: {ph}", "wifi ruangan baru: {pw}", "ada yang bisa bukain pintu? kode {code} udah nggak bisa", "{b} utang cetak poster belum dibayar 😅"],
    "ar": ["من معه مفتاح فريزر -80؟ {a} أقفله", "حفلة عندي يوم الجمعة! {addr}", "رقمي الجديد: {ph}", "واي فاي المكتب الجديد: {pw}", "هل يفتح لي أحد الباب؟ الرمز {code} لم يعد يعمل", "{b} ما زلت مديناً لي بطباعة الملصق 😅"],
}


@tpl(30)
def t_chat(R):
    cc = R.choice(["US", "GB", "AU", "DE", "FR", "ES", "MX", "IT", "NL", "BR", "PT", "PL", "TR", "CN", "KR", "JP", "RU", "UA", "VN", "ID", "EG", "SA", "AR", "IN", "NG"])
    lang = COUNTRY_LANG[cc]
    lines = CHAT_LINES.get(lang, CHAT_LINES["en"])
    used = set()
    ppl = [new_person(R, used, cc) for _ in range(R.randint(3, 4))]
    plat = CHAT_PLATFORM.get(lang, R.choice(["WhatsApp", "Signal", "Telegram"]))
    style = R.choice(["wa", "plain"])
    names = {id(p): (p.full(R) if R.random() < 0.5 else p.given) for p in ppl}
    out = ["[" + plat + " export — " + R.choice(["AG Lab chat", "PhD cohort 2025", "Office B2", "Journal club", "课题组", "연구실 단톡방"]) + "]\n"]
    order = R.sample(range(len(lines)), R.randint(4, 5))
    for k, i in enumerate(order):
        sp = ppl[k % len(ppl)]
        other = ppl[(k + 1) % len(ppl)]
        vals = {"a": PN(R, other, other.given), "b": PN(R, other, other.given), "addr": ADDR(R, cc), "ph": PH(R, cc), "pw": SEC(R, "wifi_password"), "code": SEC(R, "door_code")}
        ts = "%02d.%02d.%d, %02d:%02d" % (R.randint(1, 28), R.randint(1, 12), 26, R.randint(7, 23), R.randint(0, 59)) if style == "wa" else "%02d:%02d" % (R.randint(7, 23), R.randint(0, 59))
        out += [N(ts, "chat_time"), " - " if style == "wa" else " ", PN(R, sp, names[id(sp)]), ": "] + fill(R, lines[i], vals) + ["\n"]
    return "chat_export", lang, wrap(R, lang, "summ", out)


@tpl(18)
def t_grant(R):
    cc = R.choice(["DE", "NL", "FR", "IT", "ES", "PL", "SE", "FI", "CH", "AT", "GB", "US", "BR", "TR", "IN", "PT"])
    lang = COUNTRY_LANG[cc]
    used = set()
    pi = new_person(R, used, cc)
    co = [new_person(R, used, R.choice([cc, R.choice(ALL_CC)]), latin=True) for _ in range(R.randint(1, 3))]
    un, dom = uni(R, cc)
    call = R.choice(["ERC-2026-StG", "HORIZON-MSCA-2026-DN-01", "DFG Sachbeihilfe", "NWO Vidi 2026", "NCN OPUS 29", "FAPESP Jovem Pesquisador", "TÜBİTAK 1001", "SNSF Project funding"])
    body = ["Proposal: " + call + " — Part B1, Section 4: Personnel\nProposal no. ", N(str(R.randint(101000000, 101999999)), "proposal_no"), "\n\nPrincipal Investigator: ", PN(R, pi), "\n",
            "ORCID: ", N(orcid_make(R), "orcid"), "\n", R.choice(["Date of birth (for eligibility window): ", "Geburtsdatum (Antragsberechtigung): ", "Date of birth (ERC eligibility): "]), DOB(R, pi, words=R.random() < 0.5),
            "\nPhD awarded: ", N(other_date(R, cc, R.randint(2016, 2022), words=False), "phd_date"), "\nHost institution: " + un + "\nPrivate phone: ", PH(R, cc), "\nE-mail: ", EM(R, pi, dom), "\n\nTeam members:\n"]
    for c in co:
        body += ["- ", PN(R, c), ", ", R.choice(["postdoc", "co-investigator", "PhD student (to be hired)", "technician"]), ", ", EM(R, c), ", ORCID ", N(orcid_make(R), "orcid"), "\n"]
    body += ["\nBudget: personnel ", N(money(R, cc), "amount"), ", equipment ", N(money(R, cc), "amount"), ", overhead 25 %\n"]
    rl = lang if R.random() < 0.4 else "en"
    return "form", rl, wrap(R, rl, R.choice(["check", "write"]), body)


PAY = {
    "de": ("Quittung Aufwandsentschädigung Studienteilnahme", "Ich bestätige, für die Teilnahme an der Studie", "den Betrag von", "erhalten zu haben bzw. per Überweisung zu erhalten.", "Steuer-ID (Meldung an das Finanzamt ab 256 €)"),
    "it": ("Ricevuta compenso partecipazione a studio", "Dichiaro di aver ricevuto per la partecipazione allo studio", "l'importo di", "tramite bonifico.", "Codice fiscale"),
    "es": ("Recibí – compensación por participación", "Declaro haber recibido por mi participación en el estudio", "la cantidad de", "mediante transferencia.", "DNI/NIE"),
    "nl": ("Ontvangstbewijs proefpersoonvergoeding", "Ik verklaar voor deelname aan het onderzoek", "een bedrag van", "te ontvangen op onderstaande rekening.", "BSN (verplicht voor de belastingdienst)"),
    "fr": ("Reçu – indemnisation des participants", "Je reconnais avoir reçu pour ma participation à l'étude", "la somme de", "par virement.", "N° de sécurité sociale"),
    "pl": ("Potwierdzenie wypłaty wynagrodzenia dla uczestnika badania", "Potwierdzam otrzymanie za udział w badaniu", "kwoty", "przelewem.", "PESEL"),
    "sv": ("Kvitto ersättning forskningsperson", "Jag intygar att jag för deltagande i studien", "erhåller", "via insättning på konto.", "Personnummer"),
    "fi": ("Kuitti – tutkimuspalkkio", "Vahvistan saaneeni tutkimukseen osallistumisesta", "summan", "tilisiirtona.", "Henkilötunnus"),
    "pt": ("Recibo – compensação de participante", "Declaro ter recebido pela participação no estudo", "o montante de", "por transferência.", "NIF"),
    "tr": ("Katılımcı ödeme makbuzu", "Çalışmaya katılımım karşılığında", "tutarını", "banka havalesiyle aldığımı beyan ederim.", "T.C. Kimlik No"),
    "en": ("Participant payment receipt", "I confirm that for taking part in the study", "I will receive", "by bank transfer.", "National Insurance number"),
    "de_AT": ("Bestätigung Probandenhonorar", "Ich bestätige, für die Teilnahme an der Studie", "den Betrag von", "per Überweisung zu erhalten.", "SV-Nummer"),
}


@tpl(22)
def t_payment(R):
    cc = R.choice(["DE", "AT", "IT", "ES", "NL", "FR", "PL", "SE", "FI", "PT", "TR", "GB", "BE", "CH"])
    lang = COUNTRY_LANG[cc]
    T = PAY["de_AT"] if cc in ("AT",) else PAY.get(lang, PAY["en"])
    used = set()
    p = new_person(R, used, cc)
    r = new_person(R, used, cc)
    f = FL[lang]
    study = R.choice(["\"fMRT Arbeitsgedächtnis\"", "\"Sleep & Memory\"", "\"MoBi-Kohorte\"", "\"EEG-Lesestudie\"", "\"Stress e cortisolo\""])
    v, sub = gov_id(R, p)
    body = [T[0] + "\n" + R.choice(["Studien-Nr. ", "Study no. ", "Protocollo n. ", "Ref. "]), N(ncode(R, "ST-", 4), "study_no"), "   " + R.choice(["Probanden-ID ", "Subject ", "ID "]), N("%s%03d" % (R.choice(["VP", "P", "S"]), R.randint(1, 300)), "participant_code"), "\n\n",
            T[1] + " " + study + " " + T[2] + " ", N(money(R, cc), "amount"), " " + T[3] + "\n\n", f["name"] + ": ", PN(R, p), "\n", f["addr"] + ": ", ADDR(R, cc), "\n", f["dob"] + ": ", DOB(R, p), "\n"]
    if v:
        body += [T[4] + ": ", L("gov_id", v, sub=sub), "\n"]
    body += ["IBAN: ", IB(R, IBAN_CC[cc]), "\n", f["sign"] + ": ____________   " + f["date"] + ": ", N(other_date(R, cc, 2026), "signature_date"), "\n", {"de": "Studienleitung: ", "it": "Sperimentatore: ", "nl": "Onderzoeker: ", "es": "Investigador/a: ", "fr": "Investigateur : ", "pl": "Kierownik badania: ", "sv": "Ansvarig forskare: ", "fi": "Tutkija: ", "pt": "Investigador: ", "tr": "Araştırmacı: "}.get(lang, "Investigator: "), PN(R, r), "\n"]
    return "receipt", lang, wrap(R, lang, "check", body)


SUPMAIL = {
    "en": ("Subject: Extension request — chapter 3", "Dear", "I'm sorry to ask, but my father", "was admitted to hospital last week and I need to fly home. Could the draft deadline move by three weeks? I will still be reachable on", "or at my private address", "Best,"),
    "de": ("Betreff: Bitte um Fristverlängerung – Kapitel 3", "Liebe/r", "es tut mir leid, aber mein Vater", "liegt seit letzter Woche im Krankenhaus und ich muss nach Hause. Könnte sich die Abgabe um drei Wochen verschieben? Erreichbar bin ich weiterhin unter", "oder privat unter", "Viele Grüße"),
    "fr": ("Objet : Demande de report – chapitre 3", "Bonjour", "désolé de vous demander cela, mais mon père", "a été hospitalisé la semaine dernière et je dois rentrer. Serait-il possible de décaler la remise de trois semaines ? Je reste joignable au", "ou à mon adresse personnelle", "Bien cordialement,"),
    "es": ("Asunto: Solicitud de prórroga – capítulo 3", "Hola", "siento pedírtelo, pero mi padre", "está ingresado desde la semana pasada y tengo que volver a casa. ¿Podríamos retrasar la entrega tres semanas? Sigo localizable en el", "o en mi dirección", "Un saludo,"),
    "it": ("Oggetto: Richiesta di proroga – capitolo 3", "Gentile", "mi dispiace chiederlo, ma mio padre", "è ricoverato dalla settimana scorsa e devo tornare a casa. Potremmo spostare la consegna di tre settimane? Resto raggiungibile al", "o al mio indirizzo", "Un caro saluto,"),
    "pl": ("Temat: Prośba o przedłużenie terminu – rozdział 3", "Szanowny Panie Profesorze", "przepraszam, ale mój tata", "trafił w zeszłym tygodniu do szpitala i muszę wrócić do domu. Czy termin mógłby się przesunąć o trzy tygodnie? Jestem dostępny pod numerem", "lub pod adresem", "Z poważaniem,"),
    "nl": ("Onderwerp: Verzoek om uitstel – hoofdstuk 3", "Beste", "sorry dat ik het vraag, maar mijn vader", "ligt sinds vorige week in het ziekenhuis en ik moet naar huis. Kan de deadline drie weken opschuiven? Ik blijf bereikbaar op", "of op mijn adres", "Groet,"),
    "tr": ("Konu: Süre uzatma talebi – 3. bölüm", "Sayın Hocam", "babam", "geçen hafta hastaneye kaldırıldı, eve dönmem gerekiyor. Teslim tarihini üç hafta erteleyebilir miyiz? Bana şu numaradan ulaşabilirsiniz:", "ya da adresim:", "Saygılarımla,"),
}


@tpl(18)
def t_supmail(R):
    cc = R.choice(["GB", "US", "AU", "IN", "NG", "DE", "AT", "FR", "ES", "IT", "PL", "NL", "TR", "MX", "BE"])
    lang = COUNTRY_LANG[cc]
    T = SUPMAIL.get(lang, SUPMAIL["en"] if lang in ("en", "in") else SUPMAIL["es"] if lang == "es" else SUPMAIL["en"])
    used = set()
    st = new_person(R, used, cc)
    sup = new_person(R, used, cc)
    dad = new_person(R, used, cc, female=False, family=st.fam_pair)
    un, dom = uni(R, cc)
    body = ["From: ", EM(R, st), "\nTo: ", EM(R, sup, dom), "\n" + T[0] + "\n\n", T[1] + " ", PN(R, sup, sup.given if R.random() < 0.5 else sup.full()), ",\n\n", T[2] + " (", PN(R, dad), ", " + R.choice(["b. ", "geb. ", "né le ", "nato il ", "ur. ", "d. "]), DOB(R, dad), ") " + T[3] + " ", PH(R, cc), " " + T[4] + " ", ADDR(R, cc), ".\n\n",
            T[5] + "\n", PN(R, st, st.given), "\n", N(R.choice(["PhD candidate, Graduate School of Life Sciences", "Doktorand, AG Molekulare Ökologie", "Doctorant, ED 388"]), "signature_role")]
    if R.random() < 0.4:
        body += ["\n", N("Student no. " + sid(R, cc), "student_id")]
    return "email", lang, wrap(R, lang, "write", body)


GRAD = {"en": ("Graduation ceremony — guest registration", "Graduate", "Guests", "Tickets"), "in": ("Convocation 2026 — guest passes", "Graduand", "Guests", "Passes"),
        "de": ("Absolventenfeier – Gästeanmeldung", "Absolvent/in", "Gäste", "Karten"), "nl": ("Diploma-uitreiking – gastenregistratie", "Afgestudeerde", "Gasten", "Kaarten"),
        "fr": ("Cérémonie de remise des diplômes – invités", "Diplômé(e)", "Invités", "Billets"), "it": ("Cerimonia di laurea – registrazione ospiti", "Laureando/a", "Ospiti", "Biglietti"),
        "es": ("Acto de graduación – registro de invitados", "Graduado/a", "Invitados", "Entradas"), "zh": ("毕业典礼 来宾登记", "毕业生", "来宾", "入场券"),
        "ko": ("학위수여식 하객 등록", "졸업생", "하객", "입장권"), "pt": ("Cerimônia de formatura – convidados", "Formando(a)", "Convidados", "Ingressos"),
        "tr": ("Mezuniyet töreni – misafir kaydı", "Mezun", "Misafirler", "Davetiye"), "pl": ("Uroczystość wręczenia dyplomów – goście", "Absolwent", "Goście", "Zaproszenia")}


@tpl(15)
def t_graduation(R):
    cc = R.choice(["GB", "US", "AU", "IN", "NG", "DE", "NL", "FR", "IT", "ES", "CN", "KR", "BR", "TR", "PL"])
    lang = COUNTRY_LANG[cc]
    used = set()
    g = new_person(R, used, cc)
    hall = R.choice(["Sheldonian-style Great Hall", "Max-Weber-Saal", "Aula Magna \"Galileo Galilei\"", "Amphithéâtre Marie-Curie", "Auditorio Severo Ochoa", "Lee Kuan Yew Lecture Hall", "Nkrumah Hall"])
    H = GRAD.get(lang, GRAD["en"])
    body = [H[0] + "\n",
            N(hall, "eponym_venue"), ", ", N(other_date(R, cc, 2026), "ceremony_date"), ", ", N(R.choice(["10:30", "14:00", "11.00 Uhr"]), "time"), "\n\n", H[1] + ": ", PN(R, g), "  (", N(sid(R, cc), "student_id"), ")\n", FL[lang]["email"] + ": ", EM(R, g), "\n" + FL[lang]["phone"] + ": ", PH(R, cc), "\n\n" + H[2] + ":\n"]
    for i in range(R.randint(2, 4)):
        q = new_person(R, used, R.choice([cc, cc, R.choice(ALL_CC)]), family=g.fam_pair if i == 0 and R.random() < 0.5 and g.cc == cc else None)
        body += ["%d. " % (i + 1), PN(R, q), R.choice(["", " (wheelchair access)", " — vegetarian", ""]), "\n"]
    body += ["\n" + H[3] + ": ", N(R.choice(["2 × £25", "3 × 15 €", "¥0", "free"]), "amount"), "   Ref. ", N(ncode(R, "GRAD-", 5), "booking_ref"), "\n"]
    return "list", lang, wrap(R, lang, R.choice(["table", "check"]), body)


PAYFORM = {
    "en": [("Open Access APC — payment by card", "Article", "Invoice", "Cardholder", "Card number", "Expiry", "Billing address"),
           ("Student housing — deposit payment", "Room offer", "Booking ref.", "Name on card", "Card number", "Valid thru", "Current home address"),
           ("Poster printing order (A0, matte)", "Poster", "Order", "Cardholder", "Card no.", "Exp.", "Delivery address")],
    "de": [("Druckauftrag Abschlussarbeit (Hardcover, 3 Expl.)", "Titel", "Auftrag", "Karteninhaber/in", "Kartennummer", "gültig bis", "Lieferadresse"),
           ("Kaution Wohnheimzimmer", "Zimmerangebot", "Buchungsnr.", "Karteninhaber/in", "Kartennummer", "gültig bis", "Heimatadresse")],
    "fr": [("Frais de publication (APC) – paiement par carte", "Article", "Facture", "Titulaire", "N° de carte", "Expiration", "Adresse de facturation"),
           ("Impression de thèse – commande", "Titre", "Commande", "Titulaire", "N° de carte", "Exp.", "Adresse de livraison")],
    "es": [("Pago de tasas de APC", "Artículo", "Factura", "Titular", "N.º de tarjeta", "Caducidad", "Dirección de facturación"),
           ("Reserva de residencia universitaria – fianza", "Habitación", "Reserva", "Titular", "N.º de tarjeta", "Cad.", "Domicilio actual")],
    "it": [("Stampa e rilegatura tesi", "Titolo", "Ordine", "Intestatario", "Numero carta", "Scadenza", "Indirizzo di consegna")],
    "nl": [("Borg studentenkamer", "Kameraanbod", "Boekingsnr.", "Kaarthouder", "Kaartnummer", "Geldig t/m", "Huidig adres")],
    "sv": [("Deposition studentrum", "Rumserbjudande", "Bokningsnr", "Kortinnehavare", "Kortnummer", "Giltigt t.o.m.", "Nuvarande adress")],
    "zh": [("论文版面费（APC）刷卡支付", "论文", "发票号", "持卡人", "卡号", "有效期", "账单地址")],
    "ja": [("学生寮 入居保証金のお支払い", "部屋", "予約番号", "カード名義", "カード番号", "有効期限", "現住所")],
    "ko": [("기숙사 보증금 결제", "호실", "예약번호", "카드 소유자", "카드번호", "유효기간", "현 주소")],
    "pt": [("Taxa de publicação (APC) – cartão", "Artigo", "Fatura", "Titular", "Número do cartão", "Validade", "Endereço de cobrança")],
    "pl": [("Opłata za druk pracy dyplomowej", "Tytuł", "Zamówienie", "Posiadacz karty", "Numer karty", "Ważna do", "Adres dostawy")],
    "tr": [("Yurt depozito ödemesi", "Oda", "Rezervasyon no", "Kart sahibi", "Kart numarası", "Son kullanma", "Mevcut adres")],
}


@tpl(35)
def t_payform(R):
    cc = R.choice(["US", "GB", "AU", "IN", "NG", "DE", "AT", "CH", "FR", "BE", "ES", "MX", "IT", "NL", "SE", "CN", "JP", "KR", "BR", "PL", "TR", "AR"])
    lang = COUNTRY_LANG[cc]
    T = R.choice(PAYFORM.get(lang, PAYFORM["en"]))
    f = FL[lang]
    used = set()
    p = new_person(R, used, cc, latin=R.random() < 0.5)
    issuer = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb", "unionpay", "troy", "rupay"])
    if cc == "CN":
        issuer = R.choice(["unionpay", "visa"])
    if cc == "TR":
        issuer = R.choice(["troy", "visa", "mastercard"])
    if cc == "IN":
        issuer = R.choice(["rupay", "visa"])
    t0 = T[0].lower()
    if any(k in t0 for k in ("apc", "open access", "publication", "版面")):
        item = R.choice(["\"Seasonal methane flux in boreal peatlands\"", "\"Ion transport in hydrogel membranes\"", "\"Root exudates shape rhizosphere nitrogen cycling\""])
    elif any(k in t0 for k in ("poster", "druck", "impression", "stampa", "druk")):
        item = R.choice(["A0, 2×", "Hardcover ×3", "Softcover ×2, A4"])
    else:
        item = R.choice(["B-214", "Haus 3 / 0.12", "C-1107", "Korridor 4, rum 9", "A동 312호", "3号楼 506"])
    body = [T[0] + "\n" + T[1] + ": " + item + "\n",
            T[2] + ": ", N(ncode(R, R.choice(["INV-", "APC-", "ORD-", "HSG-", ""]), 7), "invoice_no"), "   ", N(money(R, cc), "amount"), "\n\n",
            T[3] + ": ", PN(R, p, p.full().upper() if R.random() < 0.4 else None), "\n", T[4] + ": ", CARD(R, issuer), "\n", T[5] + ": ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 32)), "card_expiry"), "   CVC: ", N("%03d" % R.randint(100, 999), "cvc"), "\n",
            T[6] + ": ", ADDR(R, cc), "\n", f["email"] + ": ", EM(R, p), "\n"]
    if R.random() < 0.6:
        body += [f["phone"] + ": ", PH(R, cc), "\n"]
    if R.random() < 0.3:
        body += ["DOI: ", N(doi(R), "doi"), "\n"]
    if R.random() < 0.3:
        body += [{"de": "Alte Karte: ", "fr": "Ancienne carte : ", "es": "Tarjeta anterior: ", "nl": "Vorige kaart: ", "it": "Carta precedente: "}.get(lang, "Previously used card: "), N("•••• •••• •••• %04d" % R.randint(0, 9999), "masked_card"), "\n"]
    return "form", lang, wrap(R, lang, R.choice(["check", "summ"]), body)


# ---------------------------------------------------------------- clean
CLEAN_REQ = {
    "refs": {"en": "Can you convert these references to APA 7th?", "de": "Kannst du die Literaturangaben einheitlich nach APA formatieren?", "fr": "Tu peux mettre ces références au format Vancouver ?",
             "es": "¿Me pasas estas referencias a formato APA?", "it": "Mi sistemi la bibliografia in stile Harvard?", "zh": "帮我把参考文献改成GB/T 7714格式。", "ja": "参考文献をAPA形式に揃えてください。", "pl": "Ujednolicisz bibliografię w stylu APA?", "pt": "Formata essas referências na ABNT?", "ko": "참고문헌을 APA 형식으로 바꿔 줘."},
}
FAMOUS_REFS = ["Einstein A. Zur Elektrodynamik bewegter Körper. Ann Phys. 1905;17:891-921.", "Darwin C. On the Origin of Species. London: John Murray; 1859.",
               "Franklin RE, Gosling RG. Molecular configuration in sodium thymonucleate. Nature. 1953;171:740-1.", "Turing AM. On computable numbers, with an application to the Entscheidungsproblem. Proc Lond Math Soc. 1937;s2-42:230-65.",
               "Noether E. Invariante Variationsprobleme. Nachr Ges Wiss Göttingen. 1918:235-57.", "Meitner L, Frisch OR. Disintegration of uranium by neutrons. Nature. 1939;143:239-40.",
               "Mendel G. Versuche über Pflanzen-Hybriden. Verh Naturf Ver Brünn. 1866;4:3-47.", "Curie P, Curie M, Bémont G. Sur une nouvelle substance fortement radio-active. C R Acad Sci. 1898;127:1215-7.",
               "Ramón y Cajal S. Textura del sistema nervioso del hombre y de los vertebrados. Madrid: Moya; 1899.", "Yukawa H. On the interaction of elementary particles. Proc Phys Math Soc Jpn. 1935;17:48-57.",
               "Hodgkin AL, Huxley AF. A quantitative description of membrane current. J Physiol. 1952;117:500-44.", "Sanger F, Nicklen S, Coulson AR. DNA sequencing with chain-terminating inhibitors. PNAS. 1977;74:5463-7.",
               "Kuhn TS. The Structure of Scientific Revolutions. Chicago: University of Chicago Press; 1962. ISBN 978-0-226-45808-3.", "Popper K. Logik der Forschung. Wien: Springer; 1935."]


@tpl(30, clean=True)
def c_refs(R):
    lang = R.choice(list(CLEAN_REQ["refs"]))
    refs = R.sample(FAMOUS_REFS, R.randint(4, 7))
    body = [{"de": "Literaturverzeichnis\n", "fr": "Bibliographie\n", "es": "Bibliografía\n", "it": "Bibliografia\n", "zh": "参考文献\n", "ja": "参考文献\n", "pl": "Bibliografia\n", "pt": "Referências\n", "ko": "참고문헌\n"}.get(lang, "References\n")]
    for k, r in enumerate(refs):
        body += ["[%d] " % (k + 1), N(r, "citation"), R.choice(["", " doi:" + doi(R) if R.random() < 0.3 else ""]), "\n"]
    q = CLEAN_REQ["refs"][lang]
    return "list", lang, ([q + "\n\n"] + body) if R.random() < 0.5 else (body + ["\n" + q])


@tpl(35, clean=True)
def c_pseudo_csv(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "zh", "ja", "ko", "sv", "tr", "in"])
    q = {"en": "Fit a mixed model on this: score ~ group * visit + (1|id). R code please.", "de": "Wie rechne ich hier eine ANOVA mit Messwiederholung in R?", "fr": "Quel test utiliser pour comparer les deux bras ?",
         "es": "¿Qué prueba estadística uso para comparar grupos?", "it": "Come faccio un boxplot per gruppo in ggplot?", "nl": "Welke toets moet ik hier gebruiken?", "pt": "Como faço um modelo misto no R com esses dados?",
         "pl": "Jaki test statystyczny tu zastosować?", "zh": "帮我用Python算一下两组的t检验。", "ja": "この表で群間比較をするにはどの検定が良いですか？", "ko": "이 데이터로 그룹 간 차이 검정하는 R 코드 짜 줘.", "sv": "Vilket test ska jag använda?",
         "tr": "Bu veriyle hangi istatistiksel test uygun?", "in": "Please suggest which test to apply for this data."}[lang]
    sep = R.choice([",", ";", "\t"])
    rows = [sep.join(["id", "age", "sex", "group", "visit", "score", "bmi", "site"])]
    for _ in range(R.randint(5, 10)):
        rows.append(sep.join(["%s%03d" % (R.choice(["P", "S", "SUBJ-", "X"]), R.randint(1, 400)), str(R.randint(19, 84)), R.choice("MF"), R.choice(["ctrl", "tx"]), str(R.randint(1, 3)), "%.1f" % R.uniform(5, 60), "%.1f" % R.uniform(17, 38), R.choice(["03", "07", "11", "Site B"])]))
    body = [N("\n".join(rows) + "\n", "participant_code")]
    if R.random() < 0.4:
        body.append("# pseudonymised, key file held by the data steward (see DMP v" + "%d.%d" % (R.randint(1, 3), R.randint(0, 9)) + ")\n")
    return "csv", lang, ([q + "\n\n"] + body) if R.random() < 0.5 else (body + ["\n" + q])


CFP = [
    ("en", "CALL FOR ABSTRACTS — {conf}\nVenue: {venue}\nAbstract deadline: {d1} (23:59 AoE)\nEarly-bird registration: {p1} (students {p2})\nKeynotes include the {prize} lecture.\nQuestions: {mail}\nWebinar stream test: {ip}\n", "Can you turn this into a short LinkedIn post?"),
    ("de", "CALL FOR PAPERS – {conf}\nTagungsort: {venue}\nEinreichungsfrist: {d1}\nTeilnahmegebühr: {p1} (Studierende {p2})\nMit Verleihung des {prize}.\nKontakt: {mail}\n", "Fass die wichtigsten Fristen zusammen."),
    ("fr", "APPEL À COMMUNICATIONS — {conf}\nLieu : {venue}\nDate limite : {d1}\nInscription : {p1} (doctorants {p2})\nConférence plénière : {prize}\nContact : {mail}\n", "Tu peux me faire un résumé des dates importantes ?"),
    ("es", "CONVOCATORIA — {conf}\nSede: {venue}\nFecha límite de resúmenes: {d1}\nInscripción: {p1} (estudiantes {p2})\nConferencia {prize}\nContacto: {mail}\n", "¿Me resumes los plazos?"),
    ("it", "CALL FOR ABSTRACT — {conf}\nSede: {venue}\nScadenza: {d1}\nQuota: {p1} (studenti {p2})\nLettura magistrale {prize}\nInfo: {mail}\n", "Mi riassumi le scadenze?"),
    ("ja", "演題募集 — {conf}\n会場：{venue}\n締切：{d1}\n参加費：{p1}（学生 {p2}）\n特別講演：{prize}\n問い合わせ：{mail}\n", "締切を箇条書きでまとめてください。"),
    ("zh", "征稿通知 — {conf}\n会议地点：{venue}\n摘要截止：{d1}\n注册费：{p1}（学生 {p2}）\n特邀报告：{prize}\n联系：{mail}\n", "帮我总结一下重要日期。"),
    ("nl", "CALL FOR ABSTRACTS — {conf}\nLocatie: {venue}\nDeadline: {d1}\nInschrijving: {p1} (studenten {p2})\n{prize}\nContact: {mail}\n", "Kun je de deadlines op een rijtje zetten?"),
    ("pl", "ZAPROSZENIE DO ZGŁASZANIA REFERATÓW — {conf}\nMiejsce: {venue}\nTermin: {d1}\nOpłata: {p1} (studenci {p2})\nWykład im. {prize}\nKontakt: {mail}\n", "Streść najważniejsze terminy."),
]
PRIZES = ["Emmy Noether", "Lise Meitner", "Rosalind Franklin", "Ramanujan", "Max Planck", "Hans Krebs", "Ibn Sina", "Yukawa", "Marie Skłodowska-Curie", "Dorothy Hodgkin"]


@tpl(30, clean=True)
def c_cfp(R):
    lang, t, q = R.choice(CFP)
    conf, venue = R.choice(CONFS)
    vals = {"conf": conf, "venue": N(venue, "venue_address"), "d1": N(other_date(R, {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "ja": "JP", "zh": "CN", "nl": "NL", "pl": "PL"}.get(lang, "GB"), 2026, words=True), "deadline"), "p1": N(R.choice(["€ 380", "€\u00a0420,00", "¥ 30,000", "US$ 495", "CHF 350.–"]), "amount"),
            "p2": N(R.choice(["€ 190", "€\u00a0150,00", "¥ 8,000", "US$ 150"]), "amount"), "prize": N(R.choice(PRIZES) + R.choice([" Lecture", " Prize", " Medal"]), "eponym"),
            "mail": N(R.choice(["abstracts@", "registration@", "secretariat@", "info@"]) + R.choice(["euroneuro2026.example.org", "icmsp.example.net", "nordicecology.example.com"]), "role_mailbox"),
            "ip": N(R.choice(["203.0.113.10", "198.51.100.25", "192.0.2.200"]), "documentation_ip")}
    body = fill(R, t, vals)
    return "notice", lang, ([q + "\n\n"] + body) if R.random() < 0.5 else (body + ["\n" + q])


HPCDOC = [
    ("en", "Connecting to the cluster\n\n    ssh <username>@login.hpc.example.edu\n\nAdd to ~/.ssh/config:\n\n    Host hpc\n        HostName 203.0.113.5\n        User <your-uid>\n        IdentityFile ~/.ssh/id_ed25519\n\nSet your W&B key with `export WANDB_API_KEY=$WANDB_API_KEY` (never paste the key itself).\nJupyter: `jupyter lab --no-browser --port=8888 --ip=127.0.0.1` then open http://localhost:8888/?token=<token>.\nSupport: hpc-support@example.edu, Mon–Fri 09:00–17:00.\n", "What does ProxyJump do here and do I need it?"),
    ("de", "Anleitung: Zugang zum Rechencluster\n\n1. Schlüssel erzeugen: ssh-keygen -t ed25519 -C \"<Kennung>\"\n2. Öffentlichen Schlüssel im Portal hochladen (NICHT die Datei id_ed25519!).\n3. Verbinden: ssh <Kennung>@192.0.2.17\n\nAPI-Keys gehören in ~/.config/secrets.env, z. B. OPENAI_API_KEY=sk-...\nBei Problemen: hpc-hilfe@example.de oder Durchwahl -4711.\n", "Ich verstehe Schritt 2 nicht – welche Datei genau?"),
    ("fr", "Soumettre un job Slurm\n\n#SBATCH --mail-user=prenom.nom@example.fr\n#SBATCH --account=<projet>\nexport HF_TOKEN=<votre_jeton>\n\nNœud de test : 198.51.100.40 (réseau de documentation)\nAssistance : support-calcul@example.fr\n", "Pourquoi faut-il mettre --account ?"),
    ("zh", "集群使用说明\n\nssh <用户名>@203.0.113.66\n#SBATCH --mail-user=your_name@example.com\nexport OPENAI_API_KEY=\"<在这里填写你的key>\"\n密码请勿写入脚本。技术支持：hpc@example.cn\n", "这个说明里的ProxyJump是什么意思？"),
    ("es", "Guía rápida del clúster\n\nssh <usuario>@198.51.100.9\nexport WANDB_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nContraseña: la del SSO (nunca la pongas en el script).\nSoporte: soporte-hpc@example.es\n", "¿Qué significa --gres=gpu:2?"),
    ("ja", "計算機クラスタ利用の手引き\n\nssh <ユーザー名>@192.0.2.88\nexport HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nパスワードはスクリプトに書かないこと。問い合わせ：hpc-help@example.jp\n", "ProxyJumpの設定方法を教えてください。"),
    ("en", ".env.example\n\nDB_HOST=127.0.0.1\nDB_USER=app\nDB_PASSWORD=changeme\nJUPYTER_TOKEN=<generate with `openssl rand -hex 24`>\nOPENAI_API_KEY=sk-...\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "Is it OK to commit this example file to the lab repo?"),
]


@tpl(30, clean=True)
def c_hpcdoc(R):
    lang, t, q = R.choice(HPCDOC)
    body = [N(t, "placeholder")]
    extra = "\nLast updated: " + other_date(R, "GB", R.randint(2024, 2026), words=True) + ", v" + str(R.randint(1, 9)) + "." + str(R.randint(0, 30)) + "\n" + R.choice(["", "\nGPU quota: %d GPU-h per month, project %s\n" % (R.choice([500, 2000, 8000]), "proj%05d" % R.randint(1, 99999)), "\nMaintenance: %s, 08:00–12:00 UTC\n" % other_date(R, "GB", 2026, words=True)])
    body.append(extra)
    return "faq", lang, ([q + "\n\n"] + body) if R.random() < 0.5 else (body + ["\n" + q])


FAMQ = {
    "en": ["Why is the {f} effect named after {n}? Will it be on the exam?", "May I ask how {n} actually discovered this? Our prof only mentioned the {e}.", "Grant writing tip from the seminar: mention the {e} only if relevant. Is that true?", "Who got the {e} in 2020 and for what?"],
    "de": ["Warum heißt das eigentlich {n}-Gleichung? Kommt das in der Klausur?", "Wer hat den {e} gewonnen und wofür?", "Ist das {e} eigentlich nach {n} benannt?"],
    "fr": ["Pourquoi on parle du théorème de {n} ? C'est au programme ?", "Qui a reçu la {e} cette année-là ?"],
    "es": ["¿Por qué se llama así la ley de {n}? ¿Entra en el examen?", "¿Quién era {n} y qué tiene que ver con el {e}?"],
    "it": ["Perché si chiama teorema di {n}? È all'esame?", "Chi ha vinto il {e} nel 2018?"],
    "zh": ["{n}是怎么发现这个的？会考吗？", "{e}是哪一年设立的？"],
    "ja": ["{n}の法則ってなぜそう呼ばれるの？試験に出る？"],
    "ko": ["{n} 법칙은 왜 그렇게 불러? 시험에 나와?"],
    "pl": ["Dlaczego to się nazywa prawo {n}? Będzie na egzaminie?"],
    "ru": ["Почему это называется законом {n}? Будет на экзамене?"],
    "tr": ["Buna neden {n} yasası deniyor? Sınavda çıkar mı?"],
    "ar": ["لماذا سمي هذا القانون باسم {n}؟ هل سيأتي في الامتحان؟"],
    "pt": ["Por que se chama lei de {n}? Cai na prova?"],
}
FAMN = {"en": ["Doppler", "Ramanujan", "Noether", "Hubble", "Pauli", "Mendel"], "de": ["Schrödinger", "Navier-Stokes", "Arrhenius", "Hardy-Weinberg"], "fr": ["Fermat", "Lagrange", "Cauchy"], "es": ["Ramón y Cajal", "Snell", "Ohm"],
        "it": ["Fermat", "Avogadro", "Volta"], "zh": ["屠呦呦", "钱学森", "华罗庚"], "ja": ["湯川秀樹", "北里柴三郎"], "ko": ["장영실", "우장춘"], "pl": ["Kopernika", "Skłodowskiej-Curie"], "ru": ["Менделеева", "Ломоносова", "Павлова"],
        "tr": ["Cahit Arf", "Ohm"], "ar": ["ابن الهيثم", "الخوارزمي"], "pt": ["Lavoisier", "Carlos Chagas"]}
FAME = {"en": ["Nobel Prize", "Fields Medal", "Turing Award", "Kavli Prize"], "de": ["Leibniz-Preis", "Max-Planck-Forschungspreis", "Nobelpreis"], "fr": ["médaille Fields", "médaille d'or du CNRS"],
        "es": ["Premio Princesa de Asturias", "Premio Nobel"], "it": ["Premio Balzan", "Premio Nobel"], "zh": ["国家最高科学技术奖", "诺贝尔奖"], "ja": ["ノーベル賞"], "ko": ["노벨상"], "pl": ["Nagroda Nobla"],
        "ru": ["Нобелевская премия"], "tr": ["TÜBİTAK Bilim Ödülü"], "ar": ["جائزة الملك فيصل"], "pt": ["Prêmio Nobel"]}


FILLER = {"en": ["Also: will the formula sheet include constants? Mark which parts are exam-relevant please.", "Hope the answer can cite a textbook; grant me a simple explanation first."],
          "de": ["Und: Steht die Formel auf dem Formelblatt? Bitte einfach erklären.", "Bitte mit Lehrbuchquelle, wenn möglich."], "fr": ["Et : est-ce que la formule sera donnée à l'examen ? Explique simplement stp.", "Si possible avec une référence de manuel."],
          "es": ["Y: ¿la fórmula viene en el formulario del examen? Explícamelo fácil.", "Si puedes, con una referencia de libro."], "it": ["E: la formula è nel formulario dell'esame? Spiegamelo semplice.", "Se puoi, con un riferimento a un manuale."],
          "zh": ["另外：公式表里会给这个公式吗？请尽量简单地解释。", "最好能给出教材出处。"], "ja": ["あと、公式集に載っていますか？簡単に説明してください。", "できれば教科書の出典もお願いします。"],
          "ko": ["그리고 공식표에 이 공식이 나와? 쉽게 설명해 줘.", "가능하면 교재 출처도 알려 줘."], "pl": ["I jeszcze: czy wzór będzie na karcie wzorów? Wyjaśnij prosto.", "Najlepiej z odnośnikiem do podręcznika."],
          "ru": ["И ещё: эта формула будет в справочных материалах? Объясни попроще.", "Если можно, со ссылкой на учебник."], "tr": ["Bir de: formül kâğıdında bu var mı? Basitçe anlatır mısın?", "Mümkünse ders kitabı kaynağıyla."],
          "ar": ["وأيضاً: هل ستكون هذه المعادلة في ورقة القوانين؟ اشرحها ببساطة.", "ويفضل مع مرجع من كتاب دراسي."], "pt": ["E: essa fórmula vem na folha de fórmulas? Explica de um jeito simples.", "Se der, com referência de livro."]}


@tpl(30, clean=True)
def c_famous(R):
    lang = R.choice(list(FAMQ))
    qs = R.sample(FAMQ[lang], min(len(FAMQ[lang]), R.randint(1, 2)))
    body = []
    for q in qs:
        body += fill(R, q, {"f": N(R.choice(["Doppler", "Hall", "Zeeman", "Mössbauer"]), "famous_person"), "n": N(R.choice(FAMN[lang]), "famous_person"), "e": N(R.choice(FAME[lang]), "eponym")}) + ["\n"]
    body += [{"en": "Context: lecture PHYS 2210, week 7", "de": "Kontext: Vorlesung Biochemie II, Folie 34", "fr": "Contexte : L2 chimie, CM 5", "ja": "背景：第7回講義", "zh": "背景：大学物理第7讲"}.get(lang, "PHYS 2210 / 7") + "\n"]
    while sum(len(x) if isinstance(x, str) else len(x.text) for x in body) < 130:
        body += [FILLER.get(lang, FILLER["en"])[len(body) % 2] + "\n"]
    return "question", lang, body


@tpl(25, clean=True)
def c_timetable(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl", "sv", "fi", "tr", "zh", "ko", "ja", "pt", "in"])
    hdr = {"en": "Exam timetable — Winter term", "de": "Prüfungsplan WiSe 2026/27", "fr": "Calendrier des examens", "es": "Calendario de exámenes", "it": "Calendario appelli", "nl": "Tentamenrooster blok 2",
           "pl": "Harmonogram sesji", "sv": "Tentamensschema", "fi": "Tenttiaikataulu", "tr": "Final sınav programı", "zh": "期末考试安排", "ko": "기말고사 일정", "ja": "定期試験時間割", "pt": "Calendário de provas", "in": "End Semester Examination Schedule"}[lang]
    body = [hdr + "\n"]
    sep = R.choice(["\t", " | ", ";"])
    for _ in range(R.randint(5, 8)):
        body += [N(R.choice(["MATH", "CHEM", "BIO", "PHYS", "INF", "ECON"]) + "-%d%02d" % (R.randint(1, 4), R.randint(1, 99)), "course_code"), sep, R.choice(COURSES), sep, N(other_date(R, "DE" if lang == "de" else "GB", 2027, words=False), "exam_date"), sep,
                 N(R.choice(["09:00–11:00", "13:30–15:30", "10.00–12.00"]), "time_range"), sep, N(R.choice(["Max-Born-Hörsaal", "Amphi Lavoisier", "Aula Volta", "LT Faraday", "Sala Galvani", "Hall B-204", "Zaal Lorentz"]), "room"), "\n"]
    body.append("\n" + {"en": "Re-sit registration closes ", "de": "Anmeldung im Prüfungsportal bis ", "fr": "Inscriptions closes le ", "es": "Inscripción hasta el ", "it": "Prenotazione entro il "}.get(lang, "→ ") + other_date(R, "DE" if lang == "de" else "GB", 2027, words=False) + "\n")
    q = req(R, lang, "table")
    return "list", lang, [q + "\n\n"] + body


BLANK = [
    ("de", "Muster – so füllen Sie den Antrag aus:\nName, Vorname: Mustermann, Erika\nGeburtsdatum: TT.MM.JJJJ\nSteuer-ID: 11 Ziffern, z. B. 99 999 999 999\nIBAN: DE00 0000 0000 0000 0000 00\nE-Mail: vorname.nachname@example.de\n", "Muss ich bei Geburtsdatum führende Nullen schreiben?"),
    ("en", "SAMPLE — completed form\nName: John Q. Public\nDate of birth: MM/DD/YYYY\nSSN: XXX-XX-XXXX\nPhone: (555) 010-0000\nE-mail: jane.doe@example.com\n", "Does the SSN field accept dashes in the portal?"),
    ("pl", "Wzór wypełnienia:\nImię i nazwisko: Jan Kowalski\nPESEL: 00000000000\nNr albumu: 123456\nAdres: ul. Przykładowa 1, 00-000 Miasto\n", "Czy nr albumu to to samo co indeks?"),
    ("ja", "記入例\n氏名：山田 太郎\n生年月日：平成○年○月○日\n学籍番号：26X0000\n電話：000-0000-0000\n", "生年月日は和暦と西暦どちらで書くべき？"),
    ("ko", "작성 예시\n성명: 홍길동\n생년월일: YYYY.MM.DD\n학번: 2026000000\n연락처: 010-0000-0000\n", "생년월일 형식이 이게 맞아?"),
    ("es", "Ejemplo de cumplimentación:\nNombre: Fulano de Tal\nDNI: 00000000T\nIBAN: ES00 0000 0000 0000 0000 0000\nCorreo: nombre@example.es\n", "¿El DNI se pone con letra?"),
    ("fr", "Exemple :\nNOM Prénom : DUPONT Marie\nN° INE : 0000000000A\nDate de naissance : JJ/MM/AAAA\nCourriel : prenom.nom@example.fr\n", "C'est quoi exactement le numéro INE ?"),
    ("zh", "填写示例\n姓名：张三\n身份证号：110101199001011234（示例，勿用）\n学号：2026XXXXXXXX\n手机：138XXXXXXXX\n", "身份证号那一栏要不要加空格？"),
    ("it", "Esempio di compilazione:\nCognome e nome: Rossi Mario\nCodice fiscale: RSSMRA00A01H501X\nMatricola: 000000\nIBAN: IT00 X000 0000 0000 0000 0000 000\n", "Il codice fiscale va scritto in maiuscolo?"),
    ("pt", "Exemplo de preenchimento:\nNome: Fulano de Tal\nCPF: 000.000.000-00\nMatrícula: 0000000\nCelular: (00) 00000-0000\n", "O CPF vai com pontos e traço?"),
]


@tpl(20, clean=True)
def c_blank(R):
    lang, t, q = R.choice(BLANK)
    head = R.choice(["Formular/Form ", "Modelo ", "Wzór ", "様式", "양식 ", "Modulo ", "Formulaire "]) + "%s-%02d" % (R.choice(["IMM", "STIP", "REG", "AUS"]), R.randint(1, 40)) + ", " + R.choice(["version", "Stand", "rev."]) + " " + other_date(R, "DE", R.randint(2024, 2026), words=False) + "\n"
    body = [head, N(t, "sample_values"), R.choice(["(Felder mit * sind Pflicht)\n", "Fields marked * are mandatory.\n", "* campos obligatorios\n", "* 必須項目\n", "* pola obowiązkowe\n", "\n"])]
    return "form", lang, ([q + "\n\n"] + body) if R.random() < 0.5 else (body + ["\n" + q])


# ====================================================================== rules
ROLE_LOCAL = {"secretariaat", "secretaria", "bolum", "office", "sekretariat", "segreteria", "secretariat", "dziekanat", "editorial-office", "em", "international", "io", "welcome", "it-helpdesk", "hpc-support",
              "noreply", "abstracts", "registration", "info", "hpc-hilfe", "support-calcul", "hpc", "soporte-hpc", "hpc-help", "study-office"}
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
RUN_RE = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
PARTICLES = {"Al", "El", "van", "der", "de", "den", "da", "das", "dos", "di", "del", "le", "la", "Van", "De", "Le", "y", "bin", "al"}
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def masked(text, spans, types=None):
    t = list(text)
    for sp in spans:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                t[i] = "#" if not t[i].isspace() else t[i]
    return "".join(t)


def rule_failures(rec, clean):
    errs = []
    t = rec["text"]
    if not 120 <= len(t) <= 2600:
        errs.append("length %d" % len(t))
    if clean and rec["spans"]:
        errs.append("clean with labels")
    if not clean and not rec["spans"]:
        errs.append("labelled without labels")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id" and not GOV_CHECK[sp["sub"]](v):
            errs.append("gov_id check " + v)
        if ty == "iban":
            c = v.replace(" ", "").replace("\u00a0", "").upper()
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                errs.append("iban " + v)
        if ty == "card":
            d = re.sub(r"\D", "", v)
            if not luhn_ok(d) or not 12 <= len(d) <= 19:
                errs.append("card " + v)
        if ty == "email" and not EMAIL_RE.fullmatch(v):
            errs.append("email " + v)
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            errs.append("ip " + v)
    m = masked(t, rec["spans"])
    for e in EMAIL_RE.findall(m):
        loc, dom = e.split("@", 1)
        if loc not in ROLE_LOCAL and "example" not in dom:
            errs.append("email outside label " + e)
    for r in RUN_RE.findall(m):
        d = re.sub(r"\D", "", r)
        if 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1:
            errs.append("luhn run outside label " + r)
    for r in IBAN_RE.findall(m):
        c = r.replace(" ", "").replace("\u00a0", "")
        if c[:2] in IBAN_LEN and len(c) >= IBAN_LEN[c[:2]] and iban_mod97(c[:IBAN_LEN[c[:2]]]) == 1:
            errs.append("iban outside label " + r)
    mp = masked(t, rec["spans"], {"person"})
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if CJK_RE.search(v):
            cands = {v, v.replace(" ", "")} | {w for w in v.split(" ") if len(w) >= 2}
            for c in cands:
                if c in mp:
                    errs.append("name outside label " + c)
            continue
        for w in re.split(r"[\s,.\-]+", v):
            if len(w) < 2 or w in PARTICLES or not w[0].isupper():
                continue
            for form in {w, w.upper(), w.title()}:
                if re.search(r"(?<![\w'])" + re.escape(form) + r"(?![\w'])", mp):
                    errs.append("name word outside label " + form)
    return errs


# ====================================================================== generation
def candidates():
    R = random.Random(SEED)
    out = []  # (template name, clean, rank, record-without-id)
    for f, count, clean in TEMPLATES:
        for k in range(count * 3 + 6):
            form, lang, parts = f(R)
            rec = build("x", form, lang, parts)
            out.append((f.__name__, clean, count, k, rec))
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def select(cands, pv_bad):
    bad = set(tuple(x.split("\t")[1:4]) for x in pv_bad)
    kept, seen, dropped = {}, set(), Counter()
    for name, clean, count, k, rec in cands:
        n = kept.setdefault(name, [])
        if len(n) >= count:
            continue
        errs = rule_failures(rec, clean)
        if any((v, r, p) in bad for v, r, p in phones_of(rec)):
            errs.append("pv invalid")
        if rec["text"] in seen:
            errs.append("repeated text")
        if errs:
            dropped[(name, errs[0].split(" ")[0] + " " + errs[0].split(" ")[1] if " " in errs[0] else errs[0])] += 1
            continue
        seen.add(rec["text"])
        n.append(rec)
    return kept, dropped


def generate():
    cands = candidates()
    items = sorted(set(it for c in cands for it in phones_of(c[4])))
    pv_bad = pv_check(items)
    if pv_bad is None:
        sys.exit("pv missing: /tmp/pv/pv")
    kept, dropped = select(cands, pv_bad)
    recs = []
    for f, count, clean in TEMPLATES:
        got = kept.get(f.__name__, [])
        assert len(got) == count, (f.__name__, len(got), count)
        recs += got
    random.Random(SHUFFLE_SEED).shuffle(recs)
    final = []
    for i, r in enumerate(recs):
        r = dict(r)
        r["id"] = "%s-%05d" % (PREFIX, i)
        final.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
    return final, dropped, len(cands), len(items)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def country_of_span(sp):
    if sp["type"] == "phone":
        return [sp["region"]] + ([sp["plan"]] if sp.get("plan") else [])
    if sp["type"] == "iban":
        return [sp["sub"]]
    if sp["type"] == "gov_id" and sp["sub"] != "passport":
        return [sp["sub"][:2].upper()]
    return []


def main():
    args = sys.argv[1:]
    if "--check" in args:
        with open(OUT, encoding="utf-8") as fh:
            data = fh.read()
        recs = [json.loads(x) for x in data.splitlines()]
        assert len(recs) == 800, len(recs)
        clean = sum(1 for r in recs if not r["spans"])
        assert clean == 200, clean
        for i, r in enumerate(recs):
            assert r["id"] == "%s-%05d" % (PREFIX, i)
            check_record(r)
            errs = rule_failures(r, not r["spans"])
            assert not errs, (r["id"], errs)
        items = sorted(set(it for r in recs for it in phones_of(r)))
        bad = pv_check(items)
        assert bad is not None, "pv missing"
        assert not bad, bad[:5]
        final, _, _, _ = generate()
        assert dumps(final) == data, "regeneration differs"
        n = sum(len(r["spans"]) for r in recs)
        print("OK: %d records, %d clean, %d labels, %d distinct phones valid with pv; regenerated byte for byte" % (len(recs), clean, n, len(items)))
        return
    if "--stats" in args:
        with open(OUT, encoding="utf-8") as fh:
            recs = [json.loads(x) for x in fh]
        ty, lg, fm, sub, cc, neg = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
        lens = sorted(len(r["text"]) for r in recs)
        for r in recs:
            lg[r["lang"]] += 1
            fm[r["form"]] += 1
            for t in r.get("neg", []):
                neg[t] += 1
            for sp in r["spans"]:
                ty[sp["type"]] += 1
                sub["%s:%s" % (sp["type"], sp.get("sub", ""))] += 1
                for c in country_of_span(sp):
                    cc[c] += 1
        print("records %d, clean %d, labels %d, text length %d-%d (median %d)" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values()), lens[0], lens[-1], lens[len(lens) // 2]))
        print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
        print("languages (%d):" % len(lg), ", ".join("%s %d" % kv for kv in lg.most_common()))
        print("countries from phones/ids/IBANs (%d):" % len(cc), ", ".join("%s %d" % kv for kv in cc.most_common()))
        print("forms:", ", ".join("%s %d" % kv for kv in fm.most_common()))
        print("subs:", ", ".join("%s %d" % kv for kv in sorted(sub.items())))
        print("look-alike tags (%d):" % len(neg), ", ".join("%s %d" % kv for kv in neg.most_common()))
        ml = sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])
        pl = sum(1 for r in recs for sp in r["spans"] if sp.get("plan"))
        print("labels across line breaks %d, phones with plan %d" % (ml, pl))
        return
    final, dropped, ncand, nph = generate()
    write_jsonl(OUT, final)
    print("wrote %s: %d records; %d candidates, %d distinct candidate phones" % (OUT, len(final), ncand, nph))
    for k, v in sorted(dropped.items()):
        print("  dropped %s: %d" % (k, v))


if __name__ == "__main__":
    main()
