#!/usr/bin/python3
"""Held-out part 54 of the redaction corpus (heldout54.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 53
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 22's named-employee rule
and its decisions on employee, payroll and assignment numbers, part 44's
agency workers and right-to-work check references, part 48's right-to-work
ids, part 50's DBS certificate numbers), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of
the phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
23:24:10 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: RECRUITMENT AND STAFFING AGENCIES FROM THE STAFF SIDE. What
recruiters, resourcers, account managers, vetting and compliance officers,
payroll and timesheet teams, temp-desk coordinators, onboarding and
right-to-work checkers and the agency's CRM and IT support paste into an
AI assistant, from 20 countries in 19 languages: ATS candidate profiles,
interview shortlists, reference requests and replies, right-to-work and id
checks, background-check forms, offer letters, timesheet and payroll
exports, temp shift bookings and no-show logs, candidate chats, grievance
notes, job-board application exports, integration configs, messages to
candidates abroad, client fee payments, and clean job briefs, rate cards,
rota summaries, UAT notes and weekly KPI reports. Hard negatives of the
theme everywhere: job, requisition, placement, candidate and check
references, salary bands, hourly rates, shift and interview dates, skills
(Java, Rust, Go), client firms and buildings named after people, the
agency's own numbers, mailboxes and websites, documentation and private
IPs, test cards, DBS certificate numbers and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
540219, shuffle seed 540220).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout54.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout54.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout54.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, DNI_LETTERS, cf_make, cf_check, bsn_random,
                       bsn_ok, aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS)

SEED = 540219
SHUFFLE_SEED = 540220
OUT = os.path.join(HERE, "heldout54.jsonl")
PREFIX = "heldout-bb-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ================================================================ gov-id checks
# written for this part (the rest come from corpuslib)

def pesel_make(R, d, female):
    yy, mm, dd = d.year % 100, d.month + (20 if d.year >= 2000 else 0), d.day
    body = "%02d%02d%02d" % (yy, mm, dd) + "%03d" % R.randint(0, 999)
    body += str(R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils_make(R):
    d9 = "%03d%03d%03d" % (R.randint(2, 999), R.randint(0, 999), R.randint(0, 999))
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    body = d.strftime("%d%m%y") + "%04d" % R.randint(0, 9999)
    return luhn_complete(body)


def amka_ok(s):
    return len(s) == 11 and luhn_ok(s)


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if len(s) != 11 or s[0] == "0":
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def thid_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thid_make(R):
    d12 = str(R.choice([1, 3])) + "%011d" % R.randint(10 ** 9, 10 ** 11 - 1)
    return d12 + thid_check(d12)


def thid_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and thid_check(d[:12]) == d[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, CN_W)) % 11]


def cnid_make(R, d, female):
    area = R.choice(["110105", "310115", "440305", "330106", "510107", "420111", "320102", "370202"])
    seq = "%02d" % R.randint(0, 99) + str(R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    d17 = area + d.strftime("%Y%m%d") + seq
    return d17 + cnid_check(d17)


def cnid_ok(s):
    return len(s) == 18 and cnid_check(s[:17]) == s[17]


def mynum_check(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynum_make(R):
    d11 = "%011d" % R.randint(10 ** 10, 10 ** 11 - 1)
    return d11 + mynum_check(d11)


def mynum_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynum_check(d[:11]) == d[11]


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(d12, w)) % 11) % 10)


def rrn_make(R, d, female):
    s = (2 if female else 1) + (2 if d.year >= 2000 else 0)
    d12 = d.strftime("%y%m%d") + str(s) + "%05d" % R.randint(0, 99999)
    return d12[:6] + "-" + d12[6:] + rrn_check(d12)


def rrn_ok(s):
    d = s.replace("-", "")
    return len(d) == 13 and rrn_check(d[:12]) == d[12]


def egid_make(R, d):
    gov = R.choice(["01", "02", "12", "13", "14", "16", "21", "88"])
    return "%d%s%s%04d%d" % (2 if d.year < 2000 else 3, d.strftime("%y%m%d"), gov, R.randint(1, 9999), R.randint(1, 9))


def egid_ok(s):
    if len(s) != 14 or s[0] not in "23":
        return False
    try:
        datetime.date(1900 + 100 * (int(s[0]) - 2) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return True


def cccd_make(R, d, female):
    prov = R.choice(["001", "031", "048", "079", "092", "036", "038"])
    c = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return prov + str(c) + d.strftime("%y") + "%06d" % R.randint(0, 999999)


def cccd_ok(s):
    return len(s) == 12 and s.isdigit() and s[3] in "0123"


def nir_full(R, d, female):
    body, key = nir_random(R, sex="2" if female else "1", yy=d.year % 100, mm=d.month)
    return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def nir_ok_s(s):
    d = s.replace(" ", "")
    return len(d) == 15 and nir_ok(d[:13], d[13:])


def dni_s(R):
    n, c = dni_random(R)
    return n + c


def dni_ok(s):
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", s):
        return s[8] == DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23]
    return re.fullmatch(r"\d{8}[A-Z]", s) is not None and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def nino_ok(s):
    d = s.replace(" ", "")
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d) is not None and d[:2] not in NINO_BAD_PREFIX


def ssn_ok(s):
    a, g, n = s.split("-")
    return ssn_valid(int(a), int(g), int(n))


def passport_make(R, cc):
    if cc in ("GB", "US"):
        return "%d%08d" % (R.randint(1, 9), R.randint(0, 10 ** 8 - 1))
    if cc == "DE":
        return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(0, 9999999)
    if cc == "CN":
        return "E" + "%08d" % R.randint(0, 10 ** 8 - 1)
    if cc == "JP":
        return R.choice(["TK", "TR", "TZ", "MZ"]) + "%07d" % R.randint(0, 9999999)
    if cc == "KR":
        return "M" + "%08d" % R.randint(0, 10 ** 8 - 1)
    if cc == "VN":
        return R.choice("BCN") + "%07d" % R.randint(0, 9999999)
    if cc == "TH":
        return R.choice(["AA", "AB", "AC"]) + "%07d" % R.randint(0, 9999999)
    if cc == "EG":
        return "A" + "%08d" % R.randint(0, 10 ** 8 - 1)
    if cc == "PL":
        return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + "%07d" % R.randint(0, 9999999)
    if cc == "RU":
        return "%02d %07d" % (R.randint(70, 77), R.randint(0, 9999999))
    return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + "%07d" % R.randint(0, 9999999)


# ================================================================ helpers

def fmt(template, **kv):
    """Splits a template on {key} and returns parts (strings, L, N)."""
    out = []
    for piece in re.split(r"(\{[a-z_0-9]+\})", template):
        if re.fullmatch(r"\{[a-z_0-9]+\}", piece):
            out.append(kv[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


def ip_global_v4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 81, 85, 89, 94, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217, 82, 88, 95, 2, 5])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ip_global_v6(R):
    while True:
        ip = "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x100, 0xffff), R.randint(0x10, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ip_private(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])


def ip_doc(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "2223 0031 2200 3222", "3782 822463 10005"]
TEST_CARD_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


def card_fmt(R, num, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", ""])
    if not sep:
        return num
    return sep.join(split_groups(num, card_grouping(len(num))))


def luhn_bad(R, n=16):
    while True:
        s = R.choice("456") + "".join(R.choice(string.digits) for _ in range(n - 1))
        if not luhn_ok(s):
            return s


def iban_bad(R, cc):
    good = iban_random(R, cc)
    chk = int(good[2:4])
    bad = good[:2] + "%02d" % ((chk + R.randint(1, 50)) % 97 + 2) + good[4:]
    if iban_mod97(bad) == 1:
        return iban_bad(R, cc)
    return bad


def iban_fmt(R, iban):
    c = R.random()
    if c < 0.6:
        return group(iban)
    if c < 0.85:
        return iban
    return group(iban, sep="\u00a0")


def ref(R, prefix, n=6):
    return prefix + "".join(R.choice(string.digits) for _ in range(n))

# ================================================================ locales
# names "native|roman" where the script is not Latin; "m/f" family forms.
LOC = {
    "US": dict(lang="en", M="Waylon Grady Cletus Merritt Ottis Alton Delbert Clovis",
               F="Darlene Loretta Shelby Kaylee Rhonda Tammy Earlene Bobbie",
               S="Pickens Dillard Huckaby Swoope Gandy Faircloth Stringfellow Hargis Buckalew Pettway",
               streets="Persimmon Hollow Rd|Quarry Ridge Dr|Old Mill Pond Ln|Sawgrass Bend Ct",
               towns="Opelika,AL,368|Kearney,NE,688|Hattiesburg,MS,394|Ardmore,OK,734",
               mail="gmail.com|yahoo.com|outlook.com|icloud.com"),
    "GB": dict(lang="en", M="Gervase Benedick Digby Alistair Amyas Ewart Crispian Lachlan",
               F="Verity Araminta Morwenna Clemmie Henrietta Ottoline Philippa Hermione",
               S="Pengelly Tregaskis Hindmarsh Lamberth Sugden Ackroyd Gathercole Trelawney Clutterbuck Pettifer",
               streets="Tannery Close|Ropewalk Lane|Furnace Hill|Maltings Yard",
               towns="Ripon,HG4|Launceston,PL15|Market Harborough,LE16|Hexham,NE46",
               mail="gmail.com|btinternet.com|hotmail.co.uk|outlook.com"),
    "DE": dict(lang="de", M="Sieghard Hartmut Adelmar Volkmar Eckehard Gottlieb Reinulf Baldur",
               F="Gerlinde Gesine Swanhild Mechthild Edeltraud Hannelore Rotraut Liesel",
               S="Habermehl Kappelmann Ziegenbein Strohschneider Kuckelkorn Eisenhuth Wunderlich Kornmesser Sauerbier Brotzeller",
               streets="Kupferschmiedgasse|Am Flachsrain|Weidenhof|Salzstadel",
               towns="Wunsiedel,95632|Bad Hersfeld,36251|Gifhorn,38518|Sigmaringen,72488",
               mail="web.de|gmx.de|t-online.de|posteo.de"),
    "FR": dict(lang="fr", M="Gaspard Évariste Firmin Lazare Honoré Aurélien Anatole Séverin",
               F="Héloïse Bérangère Bénédicte Clotilde Ghislaine Radegonde Perrine Flavie",
               S="Lemarchand Fauconnier Chevrier Pelletan Tissandier Bouvard Rochefeuille Lamberdière Tourangeau Rouquayrol",
               streets="rue des Tanneurs|chemin de la Crayère|impasse du Pressoir|allée des Vanniers",
               towns="Montbrison,42600|Saint-Flour,15100|Pontarlier,25300|Lannion,22300",
               mail="orange.fr|free.fr|laposte.net|gmail.com"),
    "ES": dict(lang="es", M="Eustaquio Baltasar Nicanor Fulgencio Abundio Leandro Casimiro Evaristo",
               F="Inmaculada Filomena Jacinta Petronila Nieves Ascensión Herminia Leocadia",
               S="Aguirrezabal Urquiola Garcés Berasategui Bermejo Ocaña Iturbide Elizondo Larrea Valdeolivas",
               streets="Calle del Alfarero|Calle de los Tintoreros|Calle Cuesta del Molino|Calle de la Albarda",
               towns="Medina de Rioseco,47800,Valladolid|Úbeda,23400,Jaén|Plasencia,10600,Cáceres|Almendralejo,06200,Badajoz",
               mail="gmail.com|hotmail.es|yahoo.es|telefonica.net"),
    "IT": dict(lang="it", M="Ercole Fiorenzo Gervasio Ubaldo Ottorino Sabatino Nazzareno Tarcisio",
               F="Ornella Zoraide Annunziata Fiammetta Clelia Liliana Elvira Assunta",
               S="Pizzimenti Bortolotti Zanardelli Capuozzo Mastrangelo Pellegatta Lopresti Gualandi Cavazzuti Barbisan",
               streets="Via dei Cordai|Via del Pozzo Vecchio|Vicolo dei Bottai|Via delle Filande",
               towns="Fidenza,43036,PR|Sulmona,67039,AQ|Bassano del Grappa,36061,VI|Crema,26013,CR",
               mail="libero.it|virgilio.it|tiscali.it|gmail.com"),
    "NL": dict(lang="nl", M="Gerbrand Siebe Wessel Hidde Rutger Bartel Jelmer Tjeerd",
               F="Femke Geertruida Trijntje Wendelien Marijke Klazina Hendrikje Geeske",
               S="Boekhorst|van Brouwershaven|Hesselink|Hoogeveen|Wubbels|Brinkman|Veltkamp|de Wolff|Oosterbeek|Kampinga",
               streets="Lijnbaansgracht|Kuipersteeg|Zeilmakerspad|Touwslagerij",
               towns="Zutphen,7201,LA|Harderwijk,3841,ER|Winschoten,9671,BK|Tiel,4001,MX",
               mail="ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com"),
    "PL": dict(lang="pl", M="Zdzisław Bogumił Ignacy Przemysław Radosław Leszek Wiesław Czesław",
               F="Bożena Grażyna Wiesława Halina Jadwiga Teodora Bronisława Stanisława",
               S="Tomaszewski/Tomaszewska Szczepaniak/Szczepaniak Zawadzki/Zawadzka Pietrzak/Pietrzak Sobczak/Sobczak Jabłoński/Jabłońska Kaczmarczyk/Kaczmarczyk Mrozowski/Mrozowska",
               streets="Garncarska|Bednarska|Powroźnicza|Kowalska",
               towns="Sandomierz,27-600|Łowicz,99-400|Krosno,38-400|Chełm,22-100",
               mail="wp.pl|onet.pl|interia.pl|o2.pl"),
    "RU": dict(lang="ru", M="Всеволод|Vsevolod Святослав|Svyatoslav Мирон|Miron Платон|Platon Фадей|Fadey Ярополк|Yaropolk",
               F="Ульяна|Ulyana Василиса|Vasilisa Агафья|Agafya Цветана|Tsvetana Милена|Milena Ефросинья|Yefrosinya",
               S="Кудрявцев/Кудрявцева|Kudryavtsev Ширяев/Ширяева|Shiryaev Брагин/Брагина|Bragin Лапшин/Лапшина|Lapshin Осокин/Осокина|Osokin Пестов/Пестова|Pestov Гурьянов/Гурьянова|Guryanov",
               streets="Кожевенная|Гончарная|Ткацкая|Бондарная",
               towns="Кострома,156000|Вологда,160000|Тамбов,392000|Киров,610000",
               mail="mail.ru|yandex.ru|rambler.ru|bk.ru"),
    "GR": dict(lang="el", M="Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis Παντελής|Pantelis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευστάθιος|Efstathios",
               F="Ευανθία|Evanthia Καλλιόπη|Kalliopi Σταυρούλα|Stavroula Χρυσάνθη|Chrysanthi Παρασκευή|Paraskevi Ευτέρπη|Efterpi",
               S="Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos Κοντογιώργης/Κοντογιώργη|Kontogiorgis Μαυρομμάτης/Μαυρομμάτη|Mavrommatis Τσακαλίδης/Τσακαλίδου|Tsakalidis Πετρόπουλος/Πετροπούλου|Petropoulos Λαζαρίδης/Λαζαρίδου|Lazaridis",
               streets="Βυρσοδεψών|Αγγειοπλαστών|Ταπητουργών|Σχοινοπλοκάδων",
               towns="Λάρισα,412 22|Καβάλα,654 03|Κοζάνη,501 00|Χαλκίδα,341 00",
               mail="gmail.com|yahoo.gr|otenet.gr|hotmail.gr"),
    "TR": dict(lang="tr", M="Selahattin Bahattin Erdal Nurettin Hüsamettin Kadir Zülfikar Şükrü",
               F="Gülizar Nurhan Şükran Dilruba Feraye Hacer Nevin Gülbahar",
               S="Yılmazer Kocabaş Eryılmaz Sarıkaya Tekinalp Bozkurt Özbilgin Çetinkaya Demirağ Gündoğdu",
               streets="Çömlekçi|Bakırcılar|Semerci|Dokumacı",
               towns="Sivas,58040,Kadıburhanettin|Kütahya,43020,Cumhuriyet|Niğde,51100,Efendibey|Isparta,32100,Yayla",
               mail="gmail.com|hotmail.com|yandex.com.tr|outlook.com"),
    "IL": dict(lang="he", M="אליעזר|Eliezer שמריהו|Shmaryahu יהונתן|Yehonatan נתנאל|Netanel אביגדור|Avigdor עמנואל|Emanuel",
               F="תהילה|Tehila אביטל|Avital הדסה|Hadassa רעות|Reut שולמית|Shulamit נחמה|Nechama",
               S="ברקוביץ|Berkovitz שאולי|Shauli דהן|Dahan פרידמן|Friedman שטרן|Stern חזן|Hazan ביטון|Biton",
               streets="הצורפים|הנפחים|הבורסקאים|האורגים",
               towns="רחובות,7630000|נתניה,4240000|קריית גת,8200000|אשקלון,7810000",
               mail="gmail.com|walla.co.il|012.net.il|hotmail.com"),
    "EG": dict(lang="ar", M="عزت|Ezzat حسام|Hossam شريف|Sherif طارق|Tarek وليد|Walid مصطفى|Mostafa",
               F="نرمين|Nermeen هبة|Heba دعاء|Doaa رحاب|Rehab منى|Mona سلمى|Salma",
               S="الشرقاوي|Elsharkawy الجمال|Elgamal سليمان|Soliman الفقي|Elfeky حجازي|Hegazy البحيري|Elbehiry الدسوقي|Eldesouky",
               streets="الفخارين|النحاسين|الصباغين|الخيامية",
               towns="سوهاج,الكوثر|قنا,الشؤون|بني سويف,مقبل|البحيرة - كفر الدوار,الحدائق",
               mail="gmail.com|yahoo.com|hotmail.com|outlook.com"),
    "IN": dict(lang="hi", M="प्रवीण|Praveen वर्धमान|Vardhaman योगेश|Yogesh मनोहर|Manohar चंद्रकांत|Chandrakant गिरीश|Girish",
               F="सुलोचना|Sulochana रेवती|Revati कामिनी|Kamini उर्मिला|Urmila लतिका|Latika भारती|Bharati",
               S="करंदीकर|Karandikar दामले|Damle भागवत|Bhagwat चतुर्वेदी|Chaturvedi मोघे|Moghe अग्निहोत्री|Agnihotri पांडेय|Pandey",
               streets="कुम्हार गली|ठठेरा बाज़ार|जुलाहा टोली|लोहार मोहल्ला",
               towns="झाँसी,उत्तर प्रदेश,284001|मेरठ,उत्तर प्रदेश,250002|अजमेर,राजस्थान,305001|बरेली,उत्तर प्रदेश,243001",
               mail="gmail.com|rediffmail.com|yahoo.co.in|outlook.com"),
    "TH": dict(lang="th", M="ธีรวัฒน์|Teerawat สุรเชษฐ์|Surachet อนุชา|Anucha ชัยวัฒน์|Chaiwat ปิยะพงษ์|Piyapong วรวุฒิ|Worawut",
               F="สุภาวดี|Supawadee กาญจนา|Kanjana รัตนาภรณ์|Rattanaporn พิมพ์ชนก|Pimchanok อรอุมา|Onuma ศิริพร|Siriporn",
               S="ศรีสวัสดิ์|Srisawat บุญประเสริฐ|Boonprasert แสงอรุณ|Saengarun วงศ์ใหญ่|Wongyai จันทร์เพ็ญ|Chanpen พึ่งทอง|Phuengthong สุขเจริญ|Sukcharoen",
               streets="ช่างหล่อ|ช่างทอง|ช่างไม้|ช่างเคี่ยน",
               towns="นครสวรรค์,ปากน้ำโพ,เมืองนครสวรรค์,60000|อุดรธานี,หมากแข้ง,เมืองอุดรธานี,41000|ลำพูน,ในเมือง,เมืองลำพูน,51000|สุราษฎร์ธานี,ตลาด,เมืองสุราษฎร์ธานี,84000",
               mail="gmail.com|hotmail.com|yahoo.co.th|outlook.co.th"),
    "CN": dict(lang="zh", M="建华|Jianhua 志强|Zhiqiang 国栋|Guodong 海涛|Haitao 振宇|Zhenyu 永康|Yongkang",
               F="秀兰|Xiulan 丽娟|Lijuan 婉清|Wanqing 雪梅|Xuemei 晓燕|Xiaoyan 佳怡|Jiayi",
               S="郑|Zheng 邹|Zou 谢|Xie 龚|Gong 唐|Tang 冯|Feng 曹|Cao 彭|Peng",
               streets="织锦路|铸铁巷|竹编街|陶瓷路",
               towns="江苏省,镇江市,京口区|安徽省,芜湖市,镜湖区|江西省,九江市,浔阳区|湖南省,岳阳市,岳阳楼区",
               mail="qq.com|163.com|126.com|sina.com"),
    "JP": dict(lang="ja", M="健太郎|Kentaro 誠一|Seiichi 浩二|Koji 達也|Tatsuya 修平|Shuhei 大輔|Daisuke",
               F="由美子|Yumiko 千尋|Chihiro 真理子|Mariko 恵美|Emi 彩花|Ayaka 陽子|Yoko",
               S="佐々木|Sasaki 宮本|Miyamoto 石川|Ishikawa 森田|Morita 藤井|Fujii 岡本|Okamoto 松尾|Matsuo",
               streets="鍛冶町|紺屋町|桶屋町|鋳物師町",
               towns="山形県,山形市,990-0043|富山県,高岡市,933-0023|岐阜県,大垣市,503-0887|愛媛県,今治市,794-0042",
               mail="docomo.ne.jp|gmail.com|yahoo.co.jp|icloud.com"),
    "KR": dict(lang="ko", M="민석|Minseok 재훈|Jaehoon 동혁|Donghyuk 성민|Sungmin 태윤|Taeyoon 현우|Hyunwoo",
               F="지은|Jieun 수빈|Subin 혜진|Hyejin 은지|Eunji 서연|Seoyeon 미정|Mijeong",
               S="김|Kim 표|Pyo 최|Choi 정|Jung 강|Kang 조|Cho 윤|Yoon",
               streets="대장간길|옹기골로|베틀길|유기장로",
               towns="경상북도,안동시|충청남도,공주시|전라남도,순천시|강원도,원주시",
               mail="naver.com|daum.net|gmail.com|kakao.com"),
    "VN": dict(lang="vi", M="Duật Trác|Thạc Dực|Hạo Sâm|Tiệp Uy|Toại Nhiên|Hiển Phụng",
               F="Diệu Sương|Tuệ Cúc|Thiều Oanh|Hằng Nương|Huệ Nhạn|Mận Đào",
               S="Phạm Hoàng Đặng Bùi Quách Mẫn Lưu Kiều",
               streets="Thợ Nhuộm|Hàng Thiếc|Lò Rèn|Thợ Gốm",
               towns="Vinh,Bến Thủy,Nghệ An|Tuy Hòa,phường 9,Phú Yên|Buôn Ma Thuột,Tân Lợi,Đắk Lắk|Sóc Trăng,phường 6,Sóc Trăng",
               mail="gmail.com|yahoo.com.vn|outlook.com|icloud.com"),
    "BR": dict(lang="pt", M="Jurandir Valdomiro Josenildo Genivaldo Ariovaldo Adalberto Claudomiro Osmar",
               F="Marinalva Josefa Rosângela Cleonice Lucimar Edileuza Terezinha Valdirene",
               S="Cavalcanti Bezerra Siqueira Figueiredo Guimarães Jucelino Damasceno Barreto Medeiros Quitério",
               streets="Rua dos Oleiros|Rua dos Seleiros|Travessa dos Funileiros|Rua dos Tecelões",
               towns="Campina Grande,PB,58400|Feira de Santana,BA,44001|Juiz de Fora,MG,36010|Caxias do Sul,RS,95020",
               mail="gmail.com|uol.com.br|bol.com.br|hotmail.com"),
}
LOCALES = list(LOC)

# ================================================================ values
import unicodedata


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -'")).strip()


# re-split: entries "native|roman" are separated by spaces, except NL and VN
def entries(cc, key):
    s = LOC[cc][key]
    if cc in ("NL", "VN"):
        return [(x, fold(x)) for x in (s.split("|") if "|" in s else s.split())]
    out = []
    for it in s.split():
        nat, _, rom = it.partition("|")
        out.append((nat, rom or fold(nat.split("/")[0])))
    return out


NON_LATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}


def name_words():
    """Every name word of the lists: (word, latin?)."""
    ws = set()
    for cc in LOC:
        for key in ("M", "F", "S"):
            for nat, rom in entries(cc, key):
                for part in nat.split("/"):
                    for w in part.split():
                        ws.add(w)
                for w in rom.split():
                    ws.add(w)
    ws -= {"van", "de", "der", "ter"}
    return ws


def person(R, cc, used, female=None):
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g, gr = R.choice(entries(cc, "F" if fem else "M"))
        f, fr = R.choice(entries(cc, "S"))
        f = f.split("/")[1] if "/" in f and fem else f.split("/")[0]
        f2 = f2r = None
        if cc == "ES" or (cc == "BR" and R.random() < 0.5):
            f2, f2r = R.choice(entries(cc, "S"))
            if f2 == f:
                continue
        words = set((g + " " + f + " " + (f2 or "")).split()) | {g, f}
        if words & used:
            continue
        used |= words
        if cc in ("CN", "KR"):
            full = f + g
        elif cc == "JP":
            full = f + " " + g
        elif cc == "VN":
            full = f + R.choice(["", " Văn" if not fem else " Thị"]) + " " + g
        elif f2:
            full = g + " " + f + (" " + f2 if cc == "ES" else " " + R.choice(["", "", "", "da ", "de "]) + f2).replace("  ", " ")
        else:
            full = g + " " + f
        y = R.randint(1961, 2005)
        dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        return dict(cc=cc, given=g, family=f, full=full, gr=fold(gr), fr=fold(fr), female=fem, dob=dob)
    raise RuntimeError("names")


def email_of(R, p, domain=None):
    g, f = p["gr"].lower().replace(" ", ""), p["fr"].lower().replace(" ", "").replace("'", "")
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)),
                      "%s.%s%d" % (f, g, R.randint(60, 99)), "%s%s" % (g, f[:3])])
    return local + "@" + (domain or R.choice(LOC[p["cc"]]["mail"].split("|")))


def work_email(p, domain):
    return "%s.%s@%s" % (p["gr"].lower().replace(" ", ""), p["fr"].lower().replace(" ", "").replace("'", ""), domain)


# ---------------------------------------------------------------- phones
EXTRA_MOBILE = {
    "GR": (30, lambda R: "69" + R.choice("34789") + digits_(R, 7)),
    "TR": (90, lambda R: "5" + R.choice(["32", "33", "35", "42", "43", "05", "06", "53", "54", "55"]) + digits_(R, 7)),
    "IL": (972, lambda R: "5" + R.choice("02348") + R.choice("23456789") + digits_(R, 6)),
    "EG": (20, lambda R: "1" + R.choice("0125") + digits_(R, 8)),
    "TH": (66, lambda R: R.choice(["81", "86", "89", "91", "92", "95", "61", "62"]) + digits_(R, 7)),
    "KR": (82, lambda R: "10" + R.choice("23456789") + digits_(R, 7)),
    "VN": (84, lambda R: R.choice(["90", "91", "93", "97", "98", "32", "33", "35", "38", "86"]) + digits_(R, 7)),
}


def digits_(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def mobile_nsn(R, cc):
    if cc in EXTRA_MOBILE:
        return EXTRA_MOBILE[cc][0], EXTRA_MOBILE[cc][1](R)
    cc_, trunk, kinds = PLANS[cc]
    kind = "fixed_or_mobile" if cc == "US" else ("mobile" if "mobile" in kinds else sorted(kinds)[0])
    return cc_, kinds[kind](R)


def phone_text(R, cc, intl=None):
    code, n = mobile_nsn(R, cc)
    intl = R.random() < 0.3 if intl is None else intl
    if cc == "US":
        a, e, l_ = n[:3], n[3:6], n[6:]
        return "+1 %s %s %s" % (a, e, l_) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l_)
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    if cc == "DE":
        return "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s"]) % (n[:3], n[3:])
    if cc == "FR":
        g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return "+33 %s %s" % (n[0], g) if intl else "0%s %s" % (n[0], g)
    if cc == "ES":
        return "+34 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "IT":
        return "+39 %s %s" % (n[:3], n[3:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return "+31 6 %s" % n[1:] if intl else "06-%s" % n[1:]
    if cc == "PL":
        return ("+48 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return ("+30 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return ("+90 %s" if intl else "0%s") % ("%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]))
    if cc == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return ("+91 " if intl else "") + "%s %s" % (n[:5], n[5:])
    if cc == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return ("+86 " if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    raise KeyError(cc)


def PH(R, cc, intl=None):
    return L("phone", phone_text(R, cc, intl), sub="mobile", region=cc)


# ---------------------------------------------------------------- addresses
def addr_text(R, cc):
    d = LOC[cc]
    st = R.choice(d["streets"].split("|"))
    t = R.choice(d["towns"].split("|")).split(",")
    n = R.randint(2, 148)
    if cc == "US":
        return "%d %s, %s, %s %s%02d" % (R.randint(100, 9899), st, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        return "%s%d %s, %s %s %d%s" % (R.choice(["", "Flat %d, " % R.randint(1, 9)]), n, st, t[0], t[1], R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXY") for _ in range(2)))
    if cc == "DE":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis"]), st, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s %s (%s)" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], t[0], t[2])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d, %s %s %s" % (st, n, t[1], t[2], t[0])
    if cc == "PL":
        return "ul. %s %d/%d, %s %s" % (st, n, R.randint(1, 40), t[1], t[0])
    if cc == "RU":
        return "%s, г. %s, ул. %s, д. %d, кв. %d" % (t[1], t[0], st, n, R.randint(1, 180))
    if cc == "GR":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "TR":
        return "%s Mah. %s Sok. No:%d D:%d, %s %s/%s" % (t[2], st, n, R.randint(1, 20), t[1], "Merkez" if False else t[0], t[0])
    if cc == "IL":
        return "רחוב %s %d, %s %s" % (st, n, t[0], t[1])
    if cc == "EG":
        return "%d شارع %s، %s، %s" % (n, st, t[1], t[0])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, %s - %s" % (n, st, t[0], t[1], t[2])
    if cc == "TH":
        return "%d/%d ถ.%s ต.%s อ.%s จ.%s %s" % (n, R.randint(1, 99), st, t[1], t[2], t[0], t[3])
    if cc == "CN":
        return "%s%s%s%s%d号%d栋%d室" % (t[0], t[1], t[2], st, n, R.randint(1, 12), R.randint(101, 2408))
    if cc == "JP":
        return "〒%s %s%s%s%d-%d-%d" % (t[2], t[0], t[1], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if cc == "KR":
        return "%s %s %s %d, %d동 %d호" % (t[0], t[1], st, n, R.randint(101, 112), R.randint(101, 1504))
    if cc == "VN":
        return "Số %d đường %s, %s, TP %s, %s" % (n, st, "phường " + t[1] if not t[1].startswith("phường") else t[1], t[0], t[2])
    if cc == "BR":
        return "%s, nº %d, Centro, %s - %s, CEP %s-%03d" % (st, n, t[0], t[1], t[2], R.randint(0, 999))
    raise KeyError(cc)


def AD(R, cc):
    return L("address", addr_text(R, cc))


# ---------------------------------------------------------------- dates
def dob_text(R, cc, d):
    m = d.month
    if cc == "US":
        return R.choice(["%02d/%02d/%d" % (m, d.day, d.year), "%s %d, %d" % (MONTHS["en"][m - 1], d.day, d.year)])
    if cc == "GB":
        return R.choice(["%02d/%02d/%d" % (d.day, m, d.year), "%d %s %d" % (d.day, MONTHS["en"][m - 1], d.year)])
    if cc == "DE":
        return R.choice(["%02d.%02d.%d" % (d.day, m, d.year), "%d. %s %d" % (d.day, MONTHS["de"][m - 1], d.year)])
    if cc == "FR":
        return R.choice(["%02d/%02d/%d" % (d.day, m, d.year), "%d %s %d" % (d.day, MONTHS["fr"][m - 1], d.year)])
    if cc == "ES":
        return R.choice(["%02d/%02d/%d" % (d.day, m, d.year), "%d de %s de %d" % (d.day, MONTHS["es"][m - 1], d.year)])
    if cc == "IT":
        return R.choice(["%02d/%02d/%d" % (d.day, m, d.year), "%d %s %d" % (d.day, MONTHS["it"][m - 1], d.year)])
    if cc == "NL":
        return R.choice(["%02d-%02d-%d" % (d.day, m, d.year), "%d %s %d" % (d.day, MONTHS["nl"][m - 1], d.year)])
    if cc == "BR":
        return R.choice(["%02d/%02d/%d" % (d.day, m, d.year), "%d de %s de %d" % (d.day, MONTHS["pt"][m - 1], d.year)])
    if cc in ("PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d.day, m, d.year)
    if cc in ("GR", "IL", "EG", "VN"):
        return "%02d/%02d/%d" % (d.day, m, d.year)
    if cc == "IN":
        return R.choice(["%02d-%02d-%d" % (d.day, m, d.year), "%02d/%02d/%d" % (d.day, m, d.year)])
    if cc == "TH":
        return "%d/%d/%d" % (d.day, m, d.year + 543)
    if cc in ("CN", "JP"):
        return R.choice(["%d年%d月%d日" % (d.year, m, d.day), "%d-%02d-%02d" % (d.year, m, d.day)])
    if cc == "KR":
        return R.choice(["%d. %d. %d." % (d.year, m, d.day), "%d-%02d-%02d" % (d.year, m, d.day)])
    raise KeyError(cc)


def DOB(R, p):
    return L("dob", dob_text(R, p["cc"], p["dob"]))


def later_date(R, cc):
    d = datetime.date(2026, 1, 5) + datetime.timedelta(days=R.randint(0, 420))
    if cc == "US":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if cc in ("CN", "JP", "KR", "SE"):
        return d.isoformat()
    if cc in ("DE", "PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ---------------------------------------------------------------- ids
ID_LABEL = {"US": "SSN", "GB": "NI number", "DE": "Steuer-ID", "FR": "N° de sécurité sociale",
            "ES": "DNI/NIE", "IT": "Codice fiscale", "NL": "BSN", "PL": "PESEL", "RU": "СНИЛС",
            "GR": "ΑΜΚΑ", "TR": "TC Kimlik No", "IL": "מס' ת\"ז", "EG": "الرقم القومي", "IN": "आधार",
            "TH": "เลขประจำตัวประชาชน", "CN": "身份证号", "JP": "マイナンバー", "KR": "주민등록번호",
            "VN": "Số CCCD", "BR": "CPF"}
PASSPORT_LABEL = {"US": "Passport no.", "GB": "Passport no.", "DE": "Reisepass-Nr.", "FR": "N° de passeport",
                  "ES": "N.º de pasaporte", "IT": "N. passaporto", "NL": "Paspoortnummer", "PL": "Nr paszportu",
                  "RU": "Загранпаспорт №", "GR": "Αρ. διαβατηρίου", "TR": "Pasaport No", "IL": "מס' דרכון",
                  "EG": "رقم جواز السفر", "IN": "पासपोर्ट नं.", "TH": "เลขหนังสือเดินทาง", "CN": "护照号",
                  "JP": "旅券番号", "KR": "여권번호", "VN": "Số hộ chiếu", "BR": "Passaporte nº"}
BELFIORE = ["D969", "H501", "F205", "L219", "A944", "G273", "F839"]


def gid(R, p):
    cc, d, fem = p["cc"], p["dob"], p["female"]
    if cc == "US":
        return "%s-%s-%s" % ssn_random(R), "ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c]), "nino"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id"
    if cc == "FR":
        return nir_full(R, d, fem), "nir"
    if cc == "ES":
        if R.random() < 0.75:
            return dni_s(R), "dni"
        pre = R.choice("XYZ")
        n = "%07d" % R.randint(0, 9999999)
        return pre + n + DNI_LETTERS[int(str("XYZ".index(pre)) + n) % 23], "nie"
    if cc == "IT":
        return cf_make(fold(p["family"]), fold(p["given"]), d.year % 100, d.month, d.day, fem, R.choice(BELFIORE)), "codice_fiscale"
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
        return egid_make(R, d), "eg_national_id"
    if cc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "aadhaar"
    if cc == "TH":
        s = thid_make(R)
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]), "th_national_id"
    if cc == "CN":
        return cnid_make(R, d, fem), "cn_resident_id"
    if cc == "JP":
        s = mynum_make(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "my_number"
    if cc == "KR":
        return rrn_make(R, d, fem), "rrn"
    if cc == "VN":
        return cccd_make(R, d, fem), "cccd"
    if cc == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    raise KeyError(cc)


def GID(R, p):
    v, sub = gid(R, p)
    return L("gov_id", v, sub=sub)


def PASS(R, cc):
    return L("gov_id", passport_make(R, cc), sub="passport", country=cc)


def gid_valid(v, sub):
    c = re.sub(r"[\s.\-]", "", v)
    return {"ssn": lambda: ssn_ok(v), "nino": lambda: nino_ok(v), "steuer_id": lambda: steuerid_ok(c),
            "nir": lambda: nir_ok_s(v), "dni": lambda: dni_ok(v), "nie": lambda: dni_ok(v),
            "codice_fiscale": lambda: cf_ok(v), "bsn": lambda: bsn_ok(v), "pesel": lambda: pesel_ok(v),
            "snils": lambda: snils_ok(v), "amka": lambda: amka_ok(v), "tc_kimlik": lambda: tckn_ok(v),
            "teudat_zehut": lambda: len(v) == 9 and luhn_ok(v), "eg_national_id": lambda: egid_ok(v),
            "aadhaar": lambda: verhoeff_ok(c) and len(c) == 12, "th_national_id": lambda: thid_ok(v),
            "cn_resident_id": lambda: cnid_ok(v), "my_number": lambda: mynum_ok(v), "rrn": lambda: rrn_ok(v),
            "cccd": lambda: cccd_ok(v), "cpf": lambda: cpf_ok(c), "passport": lambda: len(v) >= 8}[sub]()


IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "GB", "BR"}


def IB(R, cc):
    return L("iban", iban_fmt(R, iban_random(R, cc)), sub=cc)


# ---------------------------------------------------------------- agencies
# (agency, domain, switchboard, client firm named after people, university or
# school named after a person, building or street named after a person)
AG = {
    "US": ("Cottingham Vreeland Staffing Group", "cottinghamvreeland.com", "1-800-555-0143", "Morgan Prescott Capital", "Vanderbilt University", "Coolidge Tower"),
    "GB": ("Pemberton Shaw Recruitment", "pembertonshaw.co.uk", "0800 048 7710", "Lloyd Hartigan Engineering", "Heriot-Watt University", "Brunel House"),
    "DE": ("Jessberger & Adomeit Personaldienste GmbH", "jessberger-adomeit.de", "0800 7264410", "Gebr. Anselm Fahrzeugbau", "Otto-von-Guericke-Universität", "Robert-Bosch-Straße 4"),
    "FR": ("Groupe Daguerre Intérim", "daguerre-interim.fr", "0 800 91 27 44", "Établissements Marcel Rigaud", "Université Jean-Monnet", "rue Gambetta"),
    "ES": ("Grupo Ledesma Empleo ETT", "ledesmaempleo.es", "900 812 447", "Hermanos Olmedilla S.L.", "Universidad Carlos III", "Avenida de Blasco Ibáñez"),
    "IT": ("Ferrabue Lavoro S.p.A.", "ferrabuelavoro.it", "800 914 227", "Officine Gino Baratta", "Università Bocconi", "Corso Garibaldi"),
    "NL": ("Van Heumen Uitzendgroep", "vanheumen-uitzend.nl", "0800 0227", "Bakkerij Gebroeders Stoop", "Radboud Universiteit", "Annie M.G. Schmidtlaan"),
    "PL": ("Agencja Pracy Tymieniecki i Wspólnicy", "tymieniecki-praca.pl", "800 112 934", "Zakłady Cegielskiego", "Uniwersytet im. Stefana Banacha", "ul. Władysława Reymonta"),
    "RU": ("КА «Самохвалов и партнёры»", "samokhvalov-hr.ru", "8 800 301-47-26", "завод имени Лихачёва", "университет имени Лобачевского", "проспект Гагарина"),
    "GR": ("Βαρβαρέσος Στελέχωση", "varvaresos-staffing.gr", "800 11 42 77", "Ίδρυμα Ευγενίδου", "Αριστοτέλειο Πανεπιστήμιο", "Λεωφόρος Βασιλίσσης Σοφίας"),
    "TR": ("Ekinci Özbek İnsan Kaynakları", "ekinciozbek-ik.com.tr", "444 7 392", "Mehmet Akif Tekstil", "Piri Reis Üniversitesi", "Fevzi Çakmak Caddesi"),
    "IL": ("בר-נתן השמה", "barnatan-hr.co.il", "*6742", "מפעלי רוטנברג", "מכללת ספיר", "שדרות רוטשילד"),
    "EG": ("أبو النجا للتوظيف", "abulnaga-jobs.com.eg", "19427", "مصانع طلعت حرب", "مدرسة أحمد شوقي", "شارع محمد فريد"),
    "IN": ("भटनागर प्लेसमेंट", "bhatnagar-placements.in", "1800 419 3372", "टाटा मोटर्स", "सावित्रीबाई फुले विश्वविद्यालय", "महात्मा गांधी मार्ग"),
    "TH": ("จัดหางานชัยมงคล", "chaimongkol-jobs.co.th", "1547", "โรงพยาบาลจุฬาลงกรณ์", "มหาวิทยาลัยมหิดล", "ถนนพระราม 9"),
    "CN": ("鸿途人力", "hongtu-hr.cn", "400-820-7163", "嘉庚机械厂", "中山大学", "逸夫楼"),
    "JP": ("サクラ人材センター", "sakura-jinzai.co.jp", "0120-418-362", "豊田紡織", "津田塾大学", "大隈講堂"),
    "KR": ("한결인재개발", "hangyeol-hr.co.kr", "1588-4417", "최무선정밀", "율곡대학", "충무로"),
    "VN": ("Nhân lực Sao Bắc", "saobac-hr.vn", "1900 6471", "Công ty Bạch Thái Bưởi", "Đại học Tôn Đức Thắng", "đường Lê Duẩn"),
    "BR": ("Grupo Fontoura RH", "fontourarh.com.br", "0800 727 4419", "Construtora Irmãos Vilela", "Universidade Presbiteriana Mackenzie", "Avenida Rui Barbosa"),
}
ROLE = ["jobs", "payroll", "timesheets", "compliance", "tempdesk", "vetting", "onboarding", "noreply"]

# ================================================================ texts
# requests (before or after the paste), chat lines c1-c4, message lines m1-m3
TX = {
    "en": dict(req=["Can you tidy this up before I send it to the hiring manager?",
                    "Summarise this for the account manager in three bullets.",
                    "Draft a short, friendly reply to the candidate.",
                    "Turn this into a clean table, one row per candidate.",
                    "What should I strip out before forwarding this to the client?"],
               c1="Hi {cg}, it's {rg} from {agency}. Are you still OK for the interview on {date} at {time}?",
               c2="Yes, all good! FYI I've moved, new address is {addr}, and please use {email} from now on.",
               c3="Great, thanks. For the right-to-work check I need your date of birth and your ID number.",
               c4="DOB {dob}, ID {id}. If I don't pick up, try my other number {phone}.",
               m1="Dear {name},",
               m2="Your assignment with {client} starting on {date} is confirmed. Your accommodation will be at {addr}.",
               m3="For the onboarding file we have your passport number {pp} and date of birth {dob}. Please confirm that {phone} is the best number to reach you."),
    "de": dict(req=["Kannst du das aufräumen, bevor ich es an den Fachbereich schicke?",
                    "Fass das für die Kundenbetreuung in drei Punkten zusammen.",
                    "Schreib mir eine kurze, freundliche Antwort an den Bewerber."],
               c1="Hallo {cg}, hier ist {rg} von {agency}. Passt das Vorstellungsgespräch am {date} um {time} noch?",
               c2="Ja, passt! Ich bin übrigens umgezogen: {addr}. Bitte ab jetzt an {email} schreiben.",
               c3="Danke! Für die Prüfung der Arbeitserlaubnis brauche ich noch dein Geburtsdatum und deine Steuer-ID.",
               c4="Geboren am {dob}, Steuer-ID {id}. Falls ich nicht rangehe: {phone}.",
               m1="Hallo {name},",
               m2="Ihr Einsatz bei {client} ab dem {date} ist bestätigt. Ihre Unterkunft: {addr}.",
               m3="Für die Personalakte liegen uns Ihre Passnummer {pp} und Ihr Geburtsdatum {dob} vor. Bitte bestätigen Sie, dass Sie unter {phone} erreichbar sind."),
    "fr": dict(req=["Tu peux remettre ça au propre avant que je l'envoie au manager ?",
                    "Résume ça pour le chargé de clientèle en trois points.",
                    "Rédige une réponse courte et cordiale au candidat."],
               c1="Bonjour {cg}, c'est {rg} de {agency}. Toujours disponible pour l'entretien du {date} à {time} ?",
               c2="Oui ! J'ai déménagé : {addr}. Merci d'écrire désormais à {email}.",
               c3="Merci. Pour la vérification du droit au travail, il me faut ta date de naissance et ton numéro de sécu.",
               c4="Date de naissance : {dob}, n° {id}. Sinon, mon autre numéro : {phone}.",
               m1="Bonjour {name},",
               m2="Votre mission chez {client} à partir du {date} est confirmée. Votre logement : {addr}.",
               m3="Pour le dossier d'intégration, nous avons votre numéro de passeport {pp} et votre date de naissance {dob}. Merci de confirmer que le {phone} est le bon numéro."),
    "es": dict(req=["¿Me lo ordenas antes de enviárselo al responsable de la vacante?",
                    "Resúmelo para el gestor de cuenta en tres puntos.",
                    "Redáctame una respuesta breve y amable para el candidato."],
               c1="Hola {cg}, soy {rg} de {agency}. ¿Sigues bien para la entrevista del {date} a las {time}?",
               c2="¡Sí! Por cierto, me he mudado: {addr}. A partir de ahora escríbeme a {email}.",
               c3="Gracias. Para comprobar tu permiso de trabajo necesito tu fecha de nacimiento y tu DNI.",
               c4="Fecha de nacimiento {dob}, DNI {id}. Si no contesto, llama al {phone}.",
               m1="Hola, {name}:",
               m2="Tu incorporación en {client} a partir del {date} está confirmada. Tu alojamiento será en {addr}.",
               m3="Para el expediente tenemos tu número de pasaporte {pp} y tu fecha de nacimiento {dob}. Confírmanos si el {phone} es el mejor número para localizarte."),
    "it": dict(req=["Me lo sistemi prima che lo mandi al responsabile della selezione?",
                    "Riassumilo per l'account in tre punti.",
                    "Scrivimi una risposta breve e cordiale per il candidato."],
               c1="Ciao {cg}, sono {rg} di {agency}. Confermi il colloquio del {date} alle {time}?",
               c2="Sì! Intanto ho cambiato casa: {addr}. D'ora in poi scrivimi a {email}.",
               c3="Grazie. Per la verifica dei documenti mi servono la data di nascita e il codice fiscale.",
               c4="Data di nascita {dob}, codice fiscale {id}. Se non rispondo: {phone}.",
               m1="Gentile {name},",
               m2="la missione presso {client} dal {date} è confermata. L'alloggio sarà in {addr}.",
               m3="Per la pratica abbiamo il numero di passaporto {pp} e la data di nascita {dob}. Confermi che il {phone} è il numero giusto?"),
    "nl": dict(req=["Kun je dit netjes maken voordat ik het naar de hiring manager stuur?",
                    "Vat dit samen voor de accountmanager in drie punten.",
                    "Schrijf een kort, vriendelijk antwoord aan de kandidaat."],
               c1="Hoi {cg}, met {rg} van {agency}. Gaat het gesprek op {date} om {time} nog door?",
               c2="Ja hoor! Ik ben trouwens verhuisd: {addr}. Mail voortaan naar {email}.",
               c3="Top, dank je. Voor de ID-controle heb ik je geboortedatum en je BSN nodig.",
               c4="Geboortedatum {dob}, BSN {id}. Als ik niet opneem: {phone}.",
               m1="Beste {name},",
               m2="Je plaatsing bij {client} vanaf {date} is bevestigd. Je huisvesting is op {addr}.",
               m3="Voor het dossier hebben we je paspoortnummer {pp} en geboortedatum {dob}. Klopt het dat je bereikbaar bent op {phone}?"),
    "pl": dict(req=["Możesz to uporządkować, zanim wyślę do klienta?",
                    "Streść to dla opiekuna klienta w trzech punktach.",
                    "Napisz krótką, uprzejmą odpowiedź do kandydata."],
               c1="Cześć {cg}, tu {rg} z {agency}. Czy rozmowa {date} o {time} jest nadal aktualna?",
               c2="Tak! Mam nowy adres: {addr}. Proszę pisać teraz na {email}.",
               c3="Dzięki. Do weryfikacji prawa do pracy potrzebuję daty urodzenia i numeru PESEL.",
               c4="Data urodzenia {dob}, PESEL {id}. Jak nie odbiorę, dzwoń na {phone}.",
               m1="Dzień dobry {name},",
               m2="potwierdzamy skierowanie do {client} od {date}. Zakwaterowanie: {addr}.",
               m3="Do akt mamy numer paszportu {pp} i datę urodzenia {dob}. Prosimy o potwierdzenie, że numer {phone} jest aktualny."),
    "ru": dict(req=["Приведи это в порядок, прежде чем я отправлю заказчику.",
                    "Сделай краткое резюме для аккаунт-менеджера в трёх пунктах.",
                    "Набросай короткий вежливый ответ кандидату."],
               c1="Здравствуйте, {cg}! Это {rg} из {agency}. Собеседование {date} в {time} в силе?",
               c2="Да! Кстати, у меня новый адрес: {addr}. Пишите теперь на {email}.",
               c3="Спасибо. Для проверки документов нужна дата рождения и СНИЛС.",
               c4="Дата рождения {dob}, СНИЛС {id}. Если не отвечу — {phone}.",
               m1="Здравствуйте, {name}!",
               m2="Ваш выход на объект {client} с {date} подтверждён. Проживание: {addr}.",
               m3="В личном деле у нас номер паспорта {pp} и дата рождения {dob}. Подтвердите, пожалуйста, что номер {phone} актуален."),
    "el": dict(req=["Μπορείς να το τακτοποιήσεις πριν το στείλω στον πελάτη;",
                    "Κάνε μια σύνοψη για τον υπεύθυνο λογαριασμού σε τρία σημεία.",
                    "Γράψε μια σύντομη, ευγενική απάντηση στον υποψήφιο."],
               c1="Γεια σου {cg}, εδώ {rg} από {agency}. Ισχύει η συνέντευξη στις {date}, ώρα {time};",
               c2="Ναι! Άλλαξα διεύθυνση: {addr}. Στείλε μου πλέον στο {email}.",
               c3="Ευχαριστώ. Για τον έλεγχο χρειάζομαι ημερομηνία γέννησης και ΑΜΚΑ.",
               c4="Ημ. γέννησης {dob}, ΑΜΚΑ {id}. Αν δεν απαντήσω: {phone}.",
               m1="Αγαπητέ/ή {name},",
               m2="Η τοποθέτησή σας στο {client} από {date} επιβεβαιώθηκε. Διαμονή: {addr}.",
               m3="Στον φάκελο έχουμε αριθμό διαβατηρίου {pp} και ημερομηνία γέννησης {dob}. Επιβεβαιώστε ότι το {phone} είναι το σωστό τηλέφωνο."),
    "tr": dict(req=["Müşteriye göndermeden önce bunu toparlar mısın?",
                    "Müşteri temsilcisi için üç maddede özetle.",
                    "Adaya kısa ve nazik bir cevap yaz."],
               c1="Merhaba {cg}, ben {agency} ekibinden {rg}. {date} saat {time} mülakatı hâlâ uygun mu?",
               c2="Evet! Bu arada taşındım: {addr}. Artık {email} adresine yazın.",
               c3="Teşekkürler. Çalışma izni kontrolü için doğum tarihin ve TC kimlik numaran lazım.",
               c4="Doğum tarihi {dob}, TC {id}. Açmazsam {phone} numarasını arayın.",
               m1="Sayın {name},",
               m2="{client} bünyesindeki göreviniz {date} itibarıyla onaylandı. Konaklama adresiniz: {addr}.",
               m3="Dosyanızda pasaport numaranız {pp} ve doğum tarihiniz {dob} kayıtlı. {phone} numarasının güncel olduğunu teyit eder misiniz?"),
    "he": dict(req=["תוכל לסדר את זה לפני שאני שולח ללקוח?",
                    "תסכם את זה למנהל התיק בשלוש נקודות.",
                    "תנסח תשובה קצרה ואדיבה למועמד."],
               c1="היי {cg}, כאן {rg} מ{agency}. הראיון ב-{date} בשעה {time} עדיין בתוקף?",
               c2="כן! עברתי דירה: {addr}. מעכשיו לכתוב ל-{email}.",
               c3="תודה. לבדיקת היתר העבודה צריך תאריך לידה ומספר ת\"ז.",
               c4="תאריך לידה {dob}, ת\"ז {id}. אם לא עניתי: {phone}.",
               m1="שלום {name},",
               m2="השיבוץ שלך אצל {client} החל מ-{date} אושר. המגורים: {addr}.",
               m3="בתיק שלך רשומים מספר דרכון {pp} ותאריך לידה {dob}. נא לאשר שהמספר {phone} עדכני."),
    "ar": dict(req=["ممكن ترتب هذا قبل ما أرسله للعميل؟",
                    "لخّص هذا لمدير الحساب في ثلاث نقاط.",
                    "اكتب لي ردًا قصيرًا ومهذبًا على المرشح."],
               c1="أهلاً {cg}، معك {rg} من {agency}. هل موعد المقابلة يوم {date} الساعة {time} ما زال مناسبًا؟",
               c2="أيوه! غيرت السكن، العنوان الجديد: {addr}. وابعتوا من فضلكم على {email}.",
               c3="شكرًا. للتحقق من تصريح العمل أحتاج تاريخ الميلاد والرقم القومي.",
               c4="تاريخ الميلاد {dob}، الرقم القومي {id}. لو ما رديتش كلمني على {phone}.",
               m1="الأستاذ/ة {name}،",
               m2="تم تأكيد تعيينك لدى {client} ابتداءً من {date}. السكن في: {addr}.",
               m3="لدينا في الملف رقم جواز السفر {pp} وتاريخ الميلاد {dob}. برجاء تأكيد أن الرقم {phone} صحيح."),
    "hi": dict(req=["क्लाइंट को भेजने से पहले इसे ठीक कर दो।",
                    "अकाउंट मैनेजर के लिए इसे तीन बिंदुओं में सारांशित करो।",
                    "उम्मीदवार के लिए एक छोटा, विनम्र जवाब लिख दो।"],
               c1="नमस्ते {cg}, मैं {agency} से {rg}। {date} को {time} बजे का इंटरव्यू पक्का है?",
               c2="जी हाँ! मेरा नया पता है: {addr}. आगे से {email} पर मेल करें।",
               c3="धन्यवाद। वेरिफिकेशन के लिए जन्मतिथि और आधार नंबर चाहिए।",
               c4="जन्मतिथि {dob}, आधार {id}. फ़ोन न उठाऊँ तो {phone} पर कॉल करें।",
               m1="प्रिय {name},",
               m2="{client} में {date} से आपकी नियुक्ति की पुष्टि हो गई है। आवास: {addr}.",
               m3="फ़ाइल में आपका पासपोर्ट नंबर {pp} और जन्मतिथि {dob} दर्ज है। कृपया पुष्टि करें कि {phone} सही नंबर है।"),
    "th": dict(req=["ช่วยจัดให้เรียบร้อยก่อนส่งให้ลูกค้าหน่อย",
                    "สรุปให้ผู้ดูแลลูกค้าเป็นสามข้อ",
                    "ช่วยร่างข้อความตอบผู้สมัครสั้น ๆ สุภาพ ๆ"],
               c1="สวัสดีค่ะคุณ{cg} {rg} จาก{agency}นะคะ นัดสัมภาษณ์วันที่ {date} เวลา {time} ยังสะดวกไหมคะ",
               c2="สะดวกครับ ย้ายบ้านแล้วนะครับ ที่อยู่ใหม่ {addr} ส่งเมลมาที่ {email} ได้เลยครับ",
               c3="ขอบคุณค่ะ สำหรับตรวจสอบสิทธิ์การทำงาน ขอวันเกิดและเลขบัตรประชาชนด้วยค่ะ",
               c4="เกิด {dob} เลขบัตร {id} ถ้าไม่รับสายโทร {phone} ครับ",
               m1="เรียน คุณ{name}",
               m2="ยืนยันการเริ่มงานที่ {client} ตั้งแต่ {date} ที่พัก: {addr}",
               m3="ในแฟ้มมีเลขหนังสือเดินทาง {pp} และวันเกิด {dob} กรุณายืนยันว่าเบอร์ {phone} ถูกต้อง"),
    "zh": dict(req=["发给客户之前帮我整理一下。",
                    "帮我给客户经理总结成三点。",
                    "帮我给候选人写一条简短礼貌的回复。"],
               c1="{cg}你好，我是{agency}的{rg}。{date} {time}的面试还方便吗？",
               c2="方便！我搬家了，新地址：{addr}。以后请发到{email}。",
               c3="谢谢。做工作资格核查需要你的出生日期和身份证号。",
               c4="出生日期{dob}，身份证号{id}。如果没接电话，打{phone}。",
               m1="{name}您好：",
               m2="您在{client}的派遣自{date}起已确认，住宿地址：{addr}。",
               m3="档案中有您的护照号{pp}和出生日期{dob}，请确认{phone}是否为最新联系电话。"),
    "ja": dict(req=["クライアントに送る前に整えてもらえますか。",
                    "営業担当向けに3点で要約してください。",
                    "候補者への短く丁寧な返信を書いてください。"],
               c1="{cg}さん、{agency}の{rg}です。{date} {time}の面接は大丈夫ですか？",
               c2="大丈夫です！引っ越しました。新住所は{addr}です。今後は{email}にお願いします。",
               c3="ありがとうございます。就労資格の確認のため、生年月日とマイナンバーを教えてください。",
               c4="生年月日は{dob}、マイナンバーは{id}です。出られないときは{phone}へ。",
               m1="{name}様",
               m2="{client}での就業（{date}開始）が確定しました。宿舎：{addr}",
               m3="ファイルにはパスポート番号{pp}と生年月日{dob}が登録されています。連絡先{phone}でお間違いないかご確認ください。"),
    "ko": dict(req=["고객사에 보내기 전에 정리 좀 해 줘.",
                    "담당 AM용으로 세 줄 요약해 줘.",
                    "지원자에게 보낼 짧고 정중한 답장 써 줘."],
               c1="{cg}님, {agency} {rg}입니다. {date} {time} 면접 괜찮으세요?",
               c2="네 괜찮아요! 이사했어요. 새 주소는 {addr}이고, 앞으로 {email}로 보내 주세요.",
               c3="감사합니다. 취업 자격 확인을 위해 생년월일과 주민등록번호가 필요합니다.",
               c4="생년월일 {dob}, 주민번호 {id}입니다. 안 받으면 {phone}로 연락 주세요.",
               m1="{name}님께",
               m2="{client} 파견이 {date}부터 확정되었습니다. 숙소: {addr}",
               m3="파일에 여권번호 {pp}와 생년월일 {dob}가 등록되어 있습니다. 연락처 {phone}가 맞는지 확인 부탁드립니다."),
    "vi": dict(req=["Sắp xếp lại giúp em trước khi gửi cho khách hàng nhé.",
                    "Tóm tắt giúp em cho quản lý khách hàng thành ba ý.",
                    "Viết giúp em một tin trả lời ngắn, lịch sự cho ứng viên."],
               c1="Chào {cg}, mình là {rg} bên {agency}. Lịch phỏng vấn ngày {date} lúc {time} vẫn ổn chứ?",
               c2="Dạ ổn ạ! Em mới chuyển nhà: {addr}. Từ giờ gửi vào {email} giúp em.",
               c3="Cảm ơn em. Để kiểm tra giấy phép lao động, mình cần ngày sinh và số CCCD.",
               c4="Ngày sinh {dob}, CCCD {id}. Nếu em không nghe máy thì gọi {phone} ạ.",
               m1="Chào {name},",
               m2="Việc làm của bạn tại {client} từ ngày {date} đã được xác nhận. Chỗ ở: {addr}.",
               m3="Hồ sơ có số hộ chiếu {pp} và ngày sinh {dob}. Vui lòng xác nhận số {phone} còn dùng."),
    "pt": dict(req=["Pode organizar isso antes de eu mandar para o gestor da vaga?",
                    "Resume isso para o gerente de contas em três tópicos.",
                    "Escreve uma resposta curta e educada para o candidato."],
               c1="Oi {cg}, aqui é {rg} da {agency}. A entrevista do dia {date} às {time} continua de pé?",
               c2="Sim! Mudei de endereço: {addr}. Agora manda no {email}.",
               c3="Obrigado. Para a checagem de documentos preciso da sua data de nascimento e do CPF.",
               c4="Nascimento {dob}, CPF {id}. Se eu não atender, liga no {phone}.",
               m1="Olá, {name},",
               m2="Sua alocação na {client} a partir de {date} está confirmada. Hospedagem: {addr}.",
               m3="No cadastro temos seu passaporte {pp} e data de nascimento {dob}. Confirme se o {phone} é o melhor número."),
}


def wrap(R, cc, body, tags=None):
    """Puts the request line before or after the paste."""
    req = R.choice(TX[LOC[cc]["lang"]]["req"])
    k = R.randint(0, 4)
    if k == 0:
        return [req, "\n\n", body]
    if k == 1:
        return [body, "\n\n", req]
    if k == 2:
        return [req, '\n"""\n', body, '\n"""']
    if k == 3:
        return [req, "\n---\n", body]
    return [req, "\n```\n", body, "\n```"]


SKILLS = ["Java", "Rust", "Go", "Kotlin", "Python", "Terraform", "SAP FI/CO", "forklift (counterbalance)", "CSCS", "HGV Class 1",
          "React", "PostgreSQL", "AutoCAD", "Excel (advanced)", "Salesforce", "C#/.NET"]
ROLES = ["Senior Java Developer", "Rust Engineer (embedded)", "Go Backend Engineer", "Warehouse Operative", "Forklift Driver",
         "Payroll Administrator", "Care Assistant (nights)", "Site Manager", "Data Analyst", "Receptionist (temp)",
         "Chef de Partie", "Picker/Packer", "Accounts Payable Clerk", "Registered Nurse (RGN)", "Electrician (JIB)"]
CUR = {"US": "$", "GB": "£", "DE": "€", "FR": "€", "ES": "€", "IT": "€", "NL": "€", "PL": "zł ", "RU": "₽", "GR": "€",
       "TR": "₺", "IL": "₪", "EG": "E£", "IN": "₹", "TH": "฿", "CN": "¥", "JP": "¥", "KR": "₩", "VN": "₫", "BR": "R$"}
NAME_AS_WORD = ["Will the client extend the booking past Friday?", "Hope is not a sourcing plan - chase the two missing references.",
                "Grace period for timesheet sign-off is 48 hours.", "Drew up the rota for next week already.",
                "Chase the site manager for the PO before payroll cut-off.", "Faith in this pipeline is low; widen the search.",
                "Joy of the week: 14 starts on Monday.", "Will do - I'll re-send the contract tonight."]

# ================================================================ templates
def P(p):
    return L("person", p["full"])


def short(p):
    if p["cc"] == "JP":
        return p["family"]
    if p["cc"] in ("KR", "CN"):
        return p["full"]
    if p["cc"] == "VN":
        return p["given"]
    return p["given"]


def SH(p):
    return L("person", short(p))


def WE(p, cc):
    return L("email", work_email(p, AG[cc][1]), sub="work")


def EM(R, p):
    return L("email", email_of(R, p), sub="personal")


MULT = {"JP": 150, "KR": 1400, "VN": 25000, "IN": 85, "RU": 90, "EG": 50, "TH": 35, "TR": 40, "CN": 7,
        "PL": 4, "IL": 4, "BR": 5}


def rate(R, cc, lo, hi):
    m = MULT.get(cc, 1)
    v = R.randint(lo * 100, hi * 100) * m / 100.0
    return CUR[cc] + ("{:,.0f}".format(v) if m >= 40 else "%.2f" % v)


def money(R, cc, lo, hi, dec=False):
    v = R.randint(lo, hi) * MULT.get(cc, 1)
    return CUR[cc] + ("{:,}".format(v) + (".%02d" % R.randint(0, 99) if dec else ""))


def t_profile(R, cc):
    used = set()
    c, rec = person(R, cc, used), person(R, cc, used)
    ag = AG[cc]
    b = ["%s · ATS candidate profile\n" % ag[0],
         "Candidate ID: ", N(ref(R, "CAN-"), "candidate_ref"), "   Source: ", R.choice(["job board", "LinkedIn", "referral", "walk-in"]),
         "   Owner: ", P(rec), "\n",
         "Name: ", P(c), "\nMobile: ", PH(R, cc), "\nEmail: ", EM(R, c), "\nHome address: ", AD(R, cc), "\n"]
    if R.random() < 0.85:
        b += ["Date of birth: ", DOB(R, c), "\n"]
    if R.random() < 0.45:
        b += ["Right to work: verified, %s " % ID_LABEL[cc], GID(R, c), "\n"]
    b += ["Skills: ", N(", ".join(R.sample(SKILLS, 3)), "skills"), "\n",
          "Target role: ", N(R.choice(ROLES), "job_title"), "   Salary expectation: ", N(money(R, cc, 28, 90) + "k", "salary"),
          "   Notice: ", N("%d weeks" % R.randint(2, 12), "notice"), "\n",
          "Education: ", N(ag[4], "eponym_school"), "\n",
          "Notes: ", N(R.choice(NAME_AS_WORD), "name_as_word"), " Last contact ", N(later_date(R, cc), "date_other"), "."]
    return "form", LOC[cc]["lang"], wrap(R, cc, b)


def t_shortlist(R, cc):
    used = set()
    ag = AG[cc]
    cands = [person(R, cc, used) for _ in range(R.choice([2, 3, 3]))]
    rec = person(R, cc, used)
    b = ["Shortlist - ", N(R.choice(ROLES), "job_title"), " for ", N(ag[3], "eponym_firm"), " (",
         N("REQ-2026-%04d" % R.randint(1, 9999), "requisition"), ", band ", N(money(R, cc, 30, 60) + "k-" + str(R.randint(61, 95)) + "k", "salary"), ")\n",
         "| # | Candidate | Mobile | Email | Interview | Score |\n|---|---|---|---|---|---|\n"]
    for i, c in enumerate(cands):
        b += ["| %d | " % (i + 1), P(c), " | ", PH(R, cc), " | ", EM(R, c), " | ",
              N("%s %02d:%s" % (later_date(R, cc), R.randint(9, 16), R.choice(["00", "30"])), "interview_slot"), " | ",
              N("%d/5" % R.randint(2, 5), "score"), " |\n"]
    b += ["Interview panel: ", N(R.choice(["Head of Engineering", "Ops Manager", "HR Business Partner", "Site Lead"]), "job_title"), " (client), ", SH(rec), " (", ag[0], ")"]
    return "table", LOC[cc]["lang"], wrap(R, cc, b)


def t_reference(R, cc):
    used = set()
    ag = AG[cc]
    rec, cand, refe = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    d1, d2 = "%02d/%d" % (R.randint(1, 12), R.randint(2014, 2019)), "%02d/%d" % (R.randint(1, 12), R.randint(2020, 2025))
    b = ["From: ", P(rec), " <", WE(rec, cc), ">\nTo: ", EM(R, refe), "\nSubject: Reference request - ", P(cand), " (",
         N(ref(R, "PLC-", 5), "placement_ref"), ")\n\nDear ", P(refe), ",\n", P(cand), " has named you as a referee for a ", N(R.choice(ROLES), "job_title"), " placement with ",
         N(ag[3], "eponym_firm"), ". Could you confirm the dates of employment (", N(d1, "date_other"), " to ", N(d2, "date_other"),
         ") and whether you would re-employ?\nKind regards,\n", SH(rec), "\n", ag[0], " | ", N(ag[2], "agency_phone"),
         "\n\n> Hi, happy to confirm. ", SH(cand), " worked with us from ", d1, " to ", d2,
         R.choice([" and yes, we would re-employ.", " - reliable, good with the team, would re-employ."]),
         " Call me on ", PH(R, cc), " if you need more.\n> Sent from my phone"]
    return "email", LOC[cc]["lang"], wrap(R, cc, b)


def t_rtw(R, cc):
    used = set()
    ag = AG[cc]
    w, chk = person(R, cc, used), person(R, cc, used)
    b = ["RIGHT-TO-WORK CHECK - ", ag[0], " compliance\nCheck ref: ", N(ref(R, "RTW-", 8), "check_ref"),
         "   Date of check: ", N(later_date(R, cc), "date_other"), "\nWorker: ", P(w), "\nDate of birth: ", DOB(R, w), "\n"]
    if R.random() < 0.6:
        b += ["Document seen: passport, %s " % PASSPORT_LABEL[cc], PASS(R, cc), ", expires ",
              N("%02d/%d" % (R.randint(1, 12), R.randint(2027, 2035)), "expiry"), "\n"]
    b += [ID_LABEL[cc], ": ", GID(R, w), "\nHome address: ", AD(R, cc), "\nMobile: ", PH(R, cc), "\n",
          "Checked by: ", P(chk), " (", R.choice(["in person", "video call", "IDSP report"]), ")\n",
          "Outcome: ", R.choice(["continuous right to work", "time-limited - diarise follow-up", "verified, copy on file"]),
          ". Vacancy ", N("VAC-%05d" % R.randint(1, 99999), "vacancy_ref"), "."]
    return "form", LOC[cc]["lang"], wrap(R, cc, b)


def t_vetting(R, cc):
    used = set()
    ag = AG[cc]
    a, off = person(R, cc, used), person(R, cc, used)
    b = ["Background check request - vetting desk\nApplicant: ", P(a), "\n"]
    if a["female"] and cc not in ("CN", "JP", "KR", "VN") and R.random() < 0.5:
        for _ in range(20):
            f2, _r = R.choice(entries(cc, "S"))
            f2 = f2.split("/")[1] if "/" in f2 else f2
            if not set(f2.split()) & used:
                used |= set(f2.split())
                b += ["Other names used: ", L("person", a["given"] + " " + f2), "\n"]
                break
    b += ["Date of birth: ", DOB(R, a), "\nCurrent address (since %d): " % R.randint(2019, 2024), AD(R, cc),
          "\nPrevious address (%d-%d): " % (R.randint(2010, 2014), R.randint(2015, 2018)), AD(R, cc), "\n",
          ID_LABEL[cc], ": ", GID(R, a), "\nEmail: ", EM(R, a), "   Mobile: ", PH(R, cc), "\n",
          "Check level: ", R.choice(["enhanced + barred list", "standard", "basic criminal record"]), " | Certificate no.: ",
          N("00%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "certificate_no"), " (issued ", N(later_date(R, cc), "date_other"), ")\n",
          "Position: ", N(R.choice(ROLES), "job_title"), " at ", N(ag[3], "eponym_firm"), "\nVetting officer: ", P(off)]
    return "form", LOC[cc]["lang"], wrap(R, cc, b)


def t_offer(R, cc):
    used = set()
    ag = AG[cc]
    c, con = person(R, cc, used), person(R, cc, used)
    b = [ag[0], " · ", N(ag[5], "eponym_street"), "\n\n", P(c), "\n", AD(R, cc), "\n\n", N(later_date(R, cc), "date_other"),
         "\n\nDear ", SH(c), ",\n\nOffer of temporary assignment - ", N(R.choice(ROLES), "job_title"), " (job ref ",
         N(ref(R, "JOB-", 5), "job_ref"), ")\nWe are pleased to confirm your assignment with ", N(ag[3], "eponym_firm"), " from ",
         N(later_date(R, cc), "date_other"), ". Pay rate ", N(rate(R, cc, 11, 48), "hourly_rate"),
         " per hour, holiday pay accrued at 12.07%. Please sign and return within five working days.\n\nYours sincerely,\n",
         P(con), "\nSenior Consultant, ", ag[0], "\n", WE(con, cc), " | direct ", PH(R, cc)]
    if R.random() < 0.5:
        b += ["\ncc: ", EM(R, c)]
    return "letter", LOC[cc]["lang"], wrap(R, cc, b)


def csv_dob(R, w):
    t = dob_text(R, w["cc"], w["dob"])
    return L("dob", t if "," not in t else w["dob"].isoformat())


def t_payroll(R, cc):
    used = set()
    ag = AG[cc]
    appr = person(R, cc, used)
    rows = [person(R, cc, used) for _ in range(3)]
    col = "iban" if cc in IBAN_CC else "mobile"
    b = ["# weekly payroll export - week ", N("%d/2026" % R.randint(1, 52), "week_no"), " - ", ag[0], " - approved by ", P(appr), "\n",
         "worker_id,name,date_of_birth,tax_id,%s,hours,rate,gross\n" % col]
    for w in rows:
        hrs = R.choice([22.5, 30, 37.5, 40, 45.5])
        rate = (R.randint(11, 40) + R.choice([0, 0.25, 0.5, 0.8])) * MULT.get(cc, 1)
        b += [N(ref(R, "W", 5), "worker_id"), ",", P(w), ",", csv_dob(R, w), ",", GID(R, w), ",", IB(R, cc) if col == "iban" else PH(R, cc, False),
              ",", N("%s,%.2f,%.2f" % (hrs, rate, hrs * rate), "amount"), "\n"]
    b += ["# holiday accrual 12.07% not included; ", N("PAYE ref 123/AB%05d" % R.randint(1, 99999) if cc == "GB" else "batch " + ref(R, "PB-", 6), "payroll_ref")]
    return "csv", LOC[cc]["lang"], wrap(R, cc, b)


def t_shifts(R, cc):
    used = set()
    ag = AG[cc]
    ws = [person(R, cc, used) for _ in range(3)]
    cover, coord = person(R, cc, used), person(R, cc, used)
    b = ["Temp desk log - ", N(ag[3], "eponym_firm"), ", ", N(ag[5], "eponym_street"), " - shift date ", N(later_date(R, cc), "shift_date"), "\n"]
    stats = [("confirmed, badge ", N("B-%04d" % R.randint(1, 9999), "badge")),
             ("NO SHOW - 2nd strike, voicemail left", None),
             ("late %d min, bus" % R.randint(15, 70), None)]
    R.shuffle(stats)
    for w, (st, extra) in zip(ws, stats):
        b += [N("%02d:00" % R.choice([6, 7, 14, 22]), "shift_time"), " ", P(w), " (", PH(R, cc), ") - ", st]
        if extra:
            b += [extra]
        b += ["\n"]
    b += ["Covered by ", P(cover)]
    if R.random() < 0.5:
        b += [" (", PH(R, cc), ")"]
    b += [" from the reserve list at ", N(rate(R, cc, 11, 30), "hourly_rate"), "/h.\n",
          "Logged by ", SH(coord), " (temp desk). ", N(R.choice(NAME_AS_WORD[:5]), "name_as_word")]
    return "log", LOC[cc]["lang"], wrap(R, cc, b)


def t_chat(R, cc):
    used = set()
    ag = AG[cc]
    if cc == "TH":
        rec, c = person(R, cc, used, female=True), person(R, cc, used, female=False)
    else:
        rec, c = person(R, cc, used), person(R, cc, used)
    tx = TX[LOC[cc]["lang"]]
    d = datetime.date(2026, 1, 5) + datetime.timedelta(days=R.randint(0, 300))
    iv = d + datetime.timedelta(days=R.randint(2, 9))
    ivs = iv.strftime("%m/%d/%Y") if cc == "US" else (iv.isoformat() if cc in ("CN", "JP", "KR") else iv.strftime("%d.%m.%Y") if cc in ("DE", "PL", "RU", "TR") else iv.strftime("%d/%m/%Y"))
    ds = d.strftime("%d/%m/%Y") if cc != "US" else d.strftime("%m/%d/%Y")
    h = R.randint(8, 17)
    mins = sorted(R.sample(range(0, 59), 4))
    idv, idsub = gid(R, c)
    lines = [
        (rec, fmt(tx["c1"], cg=SH(c), rg=SH(rec), agency=ag[0], date=N(ivs, "interview_date"), time=N("%02d:%s" % (R.randint(9, 16), R.choice(["00", "30"])), "time"))),
        (c, fmt(tx["c2"], addr=AD(R, cc), email=EM(R, c))),
        (rec, fmt(tx["c3"])),
        (c, fmt(tx["c4"], dob=DOB(R, c), id=L("gov_id", idv, sub=idsub), phone=PH(R, cc))),
    ]
    b = []
    for (who, parts), m in zip(lines, mins):
        b += ["[%s, %02d:%02d] " % (ds, h, m), SH(who), ": ", parts, "\n"]
    b[-1] = b[-1].rstrip("\n") if isinstance(b[-1], str) else b[-1]
    return "chat_export", LOC[cc]["lang"], wrap(R, cc, b)


def t_grievance(R, cc):
    used = set()
    ag = AG[cc]
    w, sup, wit, st = person(R, cc, used), person(R, cc, used), person(R, cc, used), person(R, cc, used)
    b = ["Grievance note - placement ", N(ref(R, "PLC-", 5), "placement_ref"), " - ", N(ag[3], "eponym_firm"), "\n",
         "Raised by: ", P(w), ", mobile ", PH(R, cc), ", email ", EM(R, w), "\n", "Home address (outcome letter): ", AD(R, cc), "\n",
         "Against: shift supervisor ", P(sup), " (client employee)\n",
         "Summary: says the supervisor ", R.choice(["cut the paid breaks", "changed the rota without notice", "made comments about accents", "refused PPE"]),
         " on ", N(later_date(R, cc), "date_other"), "; ", R.choice(["two other temps agree", "first complaint on this site", "asked not to be named to the client"]), ".\n",
         "Witness: ", P(wit), ", ", PH(R, cc), "\n",
         "Handled by: ", P(st), " (compliance), case ", N(ref(R, "GRV-", 4), "case_ref"), ". Next: call the client's HR by ",
         N(later_date(R, cc), "date_other"), "."]
    return "notes", LOC[cc]["lang"], wrap(R, cc, b)


def t_jobboard(R, cc):
    used = set()
    ag = AG[cc]
    n = R.choice([2, 3])
    apps = [person(R, cc, used) for _ in range(n)]
    b = ['{"export": "applications", "job_ref": "', N(ref(R, "JB-", 6), "job_ref"), '", "client": "', N(ag[3], "eponym_firm"),
         '", "items": [\n']
    for i, a in enumerate(apps):
        ipv = ip_global_v6(R) if R.random() < 0.15 else ip_global_v4(R)
        b += ['  {"application_id": "', N(ref(R, "APP-", 7), "application_id"), '", "name": "', P(a), '", "email": "', EM(R, a),
              '", "phone": "', PH(R, cc), '", "ip": "', L("ip", ipv, sub=("v6" if ":" in ipv else "v4") + "_applicant"),
              '", "submitted": "', N("2026-%02d-%02dT%02d:%02d:11Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"),
              '", "skills": ["', N('", "'.join(R.sample(["Java", "Rust", "Go", "Kotlin", "SQL", "Python"], 2)), "skills"), '"]}',
              ",\n" if i < n - 1 else "\n"]
    b += ["]}"]
    return "json", LOC[cc]["lang"], wrap(R, cc, b)


def t_config(R, cc):
    used = set()
    ag = AG[cc]
    o = person(R, cc, used)
    home = ip_global_v4(R)
    b = ["# ats-sync.env - owner: ", SH(o), " (", WE(o, cc), ")\n",
         "ATS_BASE_URL=https://ats.", ag[1], "/api/v2\n",
         "ATS_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
         "JOBBOARD_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n",
         "PAYROLL_DB_URL=postgresql://payroll_svc:", L("secret", secret_random(R, "password"), sub="password"), "@",
         N(ip_private(R), "private_ip"), ":5432/payroll\n",
         "TWILIO_API_KEY_SID=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n"]
    if R.random() < 0.5:
        b += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    b += ["ADMIN_ALLOWLIST=", N(ip_doc(R).rsplit(".", 1)[0] + ".0/24", "doc_ip"), ",", L("ip", home, sub="v4_allowlist"),
          "   # owner's home line\n",
          "STRIPE_TEST_CARD=", N("4242 4242 4242 4242", "test_card"), "   # sandbox only\n",
          "SUPPORT_MAILBOX=", N("%s@%s" % (R.choice(ROLE), ag[1]), "role_mailbox")]
    return "config", LOC[cc]["lang"], wrap(R, cc, b)


def t_message(R, cc):
    used = set()
    ag = AG[cc]
    c, rec = person(R, cc, used), person(R, cc, used)
    tx = TX[LOC[cc]["lang"]]
    b = [fmt(tx["m1"], name=P(c)), "\n\n",
         fmt(tx["m2"], client=N(ag[3], "eponym_firm"), date=N(later_date(R, cc), "start_date"), addr=AD(R, cc)), "\n",
         fmt(tx["m3"], pp=PASS(R, cc), dob=DOB(R, c), phone=PH(R, cc)), "\n\n",
         P(rec), "\n", ag[0], "\n", WE(rec, cc)]
    return "email", LOC[cc]["lang"], wrap(R, cc, b)


def t_feecard(R, cc):
    used = set()
    ag = AG[cc]
    cand, contact, am = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    issuer = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "mastercard2"])
    num = card_random(R, issuer)
    b = ["Account note - ", N(ag[3], "eponym_firm"), " - placement fee\n",
         "Candidate placed: ", P(cand), " as ", N(R.choice(ROLES), "job_title"), ", start ", N(later_date(R, cc), "start_date"),
         ", ref ", N(ref(R, "PLC-", 5), "placement_ref"), "\n",
         "Fee ", N(money(R, cc, 3000, 19000, True), "amount"), " (", N("%d%%" % R.choice([15, 18, 20, 22]), "fee_pct"),
         " of first-year salary), invoice ", N(ref(R, "INV-", 6), "invoice_no"), ".\n",
         P(contact), " (client accounts payable) paid by card over the phone: ", L("card", card_fmt(R, num), sub=issuer.rstrip("2")),
         ", exp ", N("%02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), ". CVC taken verbally, not stored.\n",
         "Receipt to ", EM(R, contact), "; call-back ", PH(R, cc), ".\nLogged by ", P(am), ", account manager."]
    return "notes", LOC[cc]["lang"], wrap(R, cc, b)


LABELLED = [(t_profile, 44), (t_shortlist, 42), (t_reference, 44), (t_rtw, 44), (t_vetting, 42), (t_offer, 42),
            (t_payroll, 44), (t_shifts, 42), (t_chat, 44), (t_grievance, 42), (t_jobboard, 42), (t_config, 40),
            (t_message, 44), (t_feecard, 44)]

# ================================================================ clean templates
def c_brief(R, cc):
    ag = AG[cc]
    b = ["Client brief - ", N(ag[3], "eponym_firm"), " (", N(ag[5], "eponym_street"), ")\n",
         "Req: ", N("REQ-2026-%04d" % R.randint(1, 9999), "requisition"), "   Role: ", N(R.choice(ROLES), "job_title"),
         "   Headcount: %d\n" % R.randint(1, 12),
         "Salary band: ", N(money(R, cc, 30, 60) + ",000-" + str(R.randint(61, 99)) + ",000", "salary"), " + bonus   Day rate: ",
         N(rate(R, cc, 180, 750) + "/day", "day_rate"), "\n",
         "Must-have: ", N("Java, Rust, Go", "skills"), "; nice-to-have: ", N(", ".join(R.sample(SKILLS, 2)), "skills"), "\n",
         "Interview slots: ", N(later_date(R, cc) + " 10:00-12:00", "interview_slot"), ", ", N(later_date(R, cc) + " 14:00-16:00", "interview_slot"), "\n",
         "Applications: ", N("%s@%s" % ("jobs", ag[1]), "role_mailbox"), " or ", N(ag[2], "agency_phone"), " - www.", ag[1], "\n",
         "Graduates of ", N(ag[4], "eponym_school"), " welcome. ", N(R.choice(NAME_AS_WORD), "name_as_word")]
    return "notes", LOC[cc]["lang"], wrap(R, cc, b)


def c_ratecard(R, cc):
    ag = AG[cc]
    b = ["Rate card ", N("RC-%d-%02d" % (2026, R.randint(1, 12)), "ratecard_ref"), " - ", N(ag[3], "eponym_firm"), "\n",
         "| Role | Pay rate | Charge rate | Margin | Code |\n|---|---|---|---|---|\n"]
    for role in R.sample(ROLES, 4):
        pay = rate(R, cc, 11, 45)
        b += ["| ", N(role, "job_title"), " | ", N(pay, "hourly_rate"), " | ",
              N(rate(R, cc, 46, 60), "hourly_rate"), " | 24% | ", N(ref(R, "JC-", 4), "job_code"), " |\n"]
    b += ["Overtime x1.5 after 40h; nights +", N(rate(R, cc, 2, 3), "amount"), "/h. Valid from ", N(later_date(R, cc), "date_other"), ". ",
          N(R.choice(NAME_AS_WORD), "name_as_word")]
    return "table", LOC[cc]["lang"], wrap(R, cc, b)


def c_rota(R, cc):
    ag = AG[cc]
    b = ["Weekly fill report - temp desk - ", N(ag[0], "agency"), "\n"]
    for _ in range(4):
        b += ["Site ", N("S-%03d" % R.randint(1, 999), "site_code"), " (", N(ag[3], "eponym_firm"), "): ",
              N("%d/%d shifts filled, %d no-shows" % (R.randint(20, 80), R.randint(81, 90), R.randint(0, 6)), "count"), ", ",
              N(later_date(R, cc), "shift_date"), "\n"]
    b += ["Kiosk clock-in server ", N(ip_private(R), "private_ip"), " was down 06:10-06:45. Escalations to ",
          N("tempdesk@" + ag[1], "role_mailbox"), " or ", N(ag[2], "agency_phone"), ". ", N(R.choice(NAME_AS_WORD), "name_as_word")]
    return "report", LOC[cc]["lang"], wrap(R, cc, b)


def c_uat(R, cc):
    ag = AG[cc]
    icc = cc if cc in IBAN_CC else R.choice(sorted(IBAN_CC))
    b = ["UAT notes - payroll connector ", N("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 30)), "version"), "\n",
         "- test candidate: ", N("test.candidate@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder"), "\n",
         "- card form accepts ", N(R.choice(TEST_CARDS), "test_card"), " and rejects ", N(card_fmt(R, luhn_bad(R), " "), "luhn_fail"), "\n",
         "- IBAN validator correctly rejects ", N(group(iban_bad(R, icc)), "iban_bad_check"), "\n",
         "- API key placeholder ", N("<ats-api-key>", "placeholder"), " / ", N("${ATS_API_KEY}", "placeholder"), ", DB password ",
         N("changeme", "placeholder"), "\n",
         "- webhook test from ", N(ip_doc(R), "doc_ip"), " and ", N(ip_private(R), "private_ip"), " OK; ticket ",
         N(ref(R, "ITSD-", 5), "ticket"), "\n- masked card shown as ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card")]
    return "notes", LOC[cc]["lang"], wrap(R, cc, b)


def c_kpi(R, cc):
    ag = AG[cc]
    b = ["Weekly KPIs - ", N(ag[0], "agency"), " - week ", N("%d" % R.randint(1, 52), "week_no"), "\n",
         "Placements: ", N("%d perm / %d temp" % (R.randint(1, 20), R.randint(10, 200)), "count"), "\n",
         "Fill rate: ", N("%d%%" % R.randint(60, 99), "count"), "   Time to hire: ", N("%d days" % R.randint(9, 45), "count"), "\n",
         "Top reqs: ", N(", ".join("REQ-2026-%04d" % R.randint(1, 9999) for _ in range(3)), "requisition"), "\n",
         "Revenue: ", N(money(R, cc, 20000, 400000, True), "amount"), "\n",
         "Campus day at ", N(ag[4], "eponym_school"), " on ", N(later_date(R, cc), "date_other"), ". ",
         N(R.choice(NAME_AS_WORD), "name_as_word"), " ", N(R.choice(NAME_AS_WORD), "name_as_word")]
    return "report", LOC[cc]["lang"], wrap(R, cc, b)


CLEAN = [(c_brief, 40), (c_ratecard, 40), (c_rota, 40), (c_uat, 40), (c_kpi, 40)]

# ================================================================ rules
NAMEWORDS = name_words()
EXEMPT = {"van", "de", "der", "ter", "Văn", "Thị"}
LAT_WORDS = sorted(w for w in NAMEWORDS if all(ord(c) < 0x250 or 0x1e00 <= ord(c) <= 0x1eff or c in "ĐđƯưƠơ" for c in w) and w not in EXEMPT)
OTHER_WORDS = sorted(w for w in NAMEWORDS if w not in LAT_WORDS and len(w) >= 2 and w not in EXEMPT)
LAT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(LAT_WORDS, key=len, reverse=True)) + r")(?!\w)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])")
RUN_RE = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)+")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
AG_DOMAINS = {a[1] for a in AG.values()}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def span_ok(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id":
        return gid_valid(v, sp["sub"])
    if ty == "iban":
        c = re.sub(r"\s", "", v)
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if ty == "card":
        d = re.sub(r"\D", "", v)
        return 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARD_DIGITS
    if ty == "email":
        return EMAIL_RE.fullmatch(v) is not None and ".example" not in v and "@example" not in v
    if ty == "ip":
        return ipaddress.ip_address(v).is_global
    return True


def violations(rec, clean):
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    for sp in rec["spans"]:
        if not span_ok(sp):
            out.append("bad %s %s" % (sp["type"], sp["value"]))
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        loc, dom = e.split("@")
        if not (dom.endswith("example.com") or dom.endswith("example.org") or (loc in ROLE and dom in AG_DOMAINS)):
            out.append("email " + e)
    for x in IP4_RE.findall(m):
        try:
            if ipaddress.ip_address(x).is_global:
                out.append("ip " + x)
        except ValueError:
            pass
    for x in IP6_RE.findall(m):
        try:
            if ipaddress.ip_address(x).is_global:
                out.append("ip6 " + x)
        except ValueError:
            pass
    for x in RUN_RE.findall(m):
        d = re.sub(r"\D", "", x)
        if 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1 and d not in TEST_CARD_DIGITS:
            out.append("luhn " + x)
    for x in IBAN_RE.findall(m):
        c = re.sub(r"\s", "", x)
        if c[:2] in IBAN_LEN and len(c) >= IBAN_LEN[c[:2]] and iban_mod97(c[:IBAN_LEN[c[:2]]]) == 1:
            out.append("iban " + x)
    for w in LAT_RE.findall(m):
        out.append("name " + w)
    for w in OTHER_WORDS:
        if w in m:
            out.append("name " + w)
    if not 120 <= len(rec["text"]) <= 2500:
        out.append("length %d" % len(rec["text"]))
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp["region"]) for sp in rec["spans"] if sp["type"] == "phone"]


# ================================================================ generation
def generate(verbose=False):
    cands = []   # (template name, clean, index, cc, rec, reasons)
    for ti, (fn, count) in enumerate(LABELLED + CLEAN):
        clean = (fn, count) in CLEAN
        for i in range(3 * count + 6):
            cc = LOCALES[(i + 5 * ti) % len(LOCALES)]
            R = random.Random("%d:%s:%d" % (SEED, fn.__name__, i))
            form, lang, parts = fn(R, cc)
            rec = build("tmp", form, lang, parts)
            cands.append([fn.__name__, clean, i, cc, rec, violations(rec, clean)])
    allph = sorted({p for c in cands for p in phones_of(c[4])})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("pv helper missing: /tmp/pv/pv")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    for c in cands:
        for p in phones_of(c[4]):
            if p in badset:
                c[5].append("pv %s %s" % (p[0], p[1]))
    seen = set()
    kept, dropped = [], []
    for fn, count in LABELLED + CLEAN:
        k = 0
        for c in cands:
            if c[0] != fn.__name__ or k >= count:
                continue
            if c[4]["text"] in seen:
                c[5].append("repeated")
            if c[5]:
                dropped.append(c)
                continue
            seen.add(c[4]["text"])
            kept.append(c)
            k += 1
        assert k == count, (fn.__name__, k)
    # dropped among the candidates before the last kept one of each template
    last = {}
    for c in kept:
        last[c[0]] = max(last.get(c[0], -1), c[2])
    real_drops = [c for c in dropped if c[2] < last[c[0]]]
    order = list(range(len(kept)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    recs, meta = [], []
    for n, j in enumerate(order):
        r = dict(kept[j][4])
        r = {"id": PREFIX + "%05d" % n, "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"],
             **({"neg": r["neg"]} if "neg" in r else {})}
        recs.append(r)
        meta.append((kept[j][0], kept[j][1], kept[j][3]))
    return recs, meta, real_drops, badset, len(allph)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    args = sys.argv[1:]
    recs, meta, drops, badset, nph = generate()
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        assert cur == dumps(recs), "heldout54.jsonl differs from a fresh generation"
        file_recs = [json.loads(x) for x in cur.splitlines()]
        assert len(file_recs) == 800 and sum(1 for r in file_recs if not r["spans"]) == 200
        for n, r in enumerate(file_recs):
            assert r["id"] == PREFIX + "%05d" % n
            v = violations(r, not r["spans"])
            assert not v, (r["id"], v)
        allph = sorted({p for r in file_recs for p in phones_of(r)})
        assert not pv_check(allph), "pv rejects a phone"
        print("ok: %d records, %d labels, every check passed; %d phones valid" % (
            len(file_recs), sum(len(r["spans"]) for r in file_recs), len(allph)))
        return
    if "--stats" in args:
        ty = Counter(sp["type"] for r in recs for sp in r["spans"])
        print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
        print("types", dict(ty.most_common()))
        print("forms", dict(Counter(r["form"] for r in recs).most_common()))
        print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
        print("countries (labelled)", dict(Counter(m[2] for m in meta if not m[1]).most_common()))
        tl = Counter()
        for r, m in zip(recs, meta):
            tl[m[0]] += len(r["spans"])
        tc = Counter(m[0] for m in meta)
        print("templates", {k: (tc[k], round(tl[k] / tc[k], 1)) for k in tc})
        print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "ip", "email", "card", "iban")).most_common()))
        print("neg tags", len({t for r in recs for t in r.get("neg", [])}), dict(Counter(t for r in recs for t in r.get("neg", [])).most_common()))
        print("phones", nph, "candidates; pv rejected", len(badset), "; labelled phones by region", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
        lens = sorted(len(r["text"]) for r in recs)
        print("length", lens[0], lens[len(lens) // 2], lens[-1])
        print("dropped before the last kept", len(drops))
        for d in drops:
            print("  ", d[0], d[2], d[3], d[5][:3])
        return
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
