#!/usr/bin/python3
"""Held-out part 68 of the redaction corpus (heldout68.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 67 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 23's decisions
on hospital-internal numbers, national health ids, named clinicians and
institutions, parts 29 and 66 on ОМС and health-card numbers, parts 58 and
62 on interpreters, part 59 on patients, clinicians and practices), lines
1-100 of gen_heldout33.py and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 18:25:44 UTC on 2026-12-06 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: HOSPITAL PATIENT ADMINISTRATION, MEDICAL RECORDS AND CLINICAL CODING
OFFICES FROM THE STAFF SIDE. What ward clerks, admissions and discharge
coordinators, medical-records officers, clinical coders, outpatient booking
staff, patient-liaison officers, subject-access-request handlers and their
IT support paste into an assistant, from 20 countries in 19 languages:
admission and registration forms, referral and appointment letters,
waiting-list and theatre-list extracts, discharge summaries to be
rewritten, subject-access and records-release requests, overseas-visitor
charging forms, card payments typed into chats, patient-transport
bookings, complaint and liaison case notes, interpreter requests, chats
with patients and relatives, patient-administration-system exports (JSON,
CSV), HL7-like messages and `.env` files; clean ward notices, coding
queries, interface logs, card-payment UAT notes and records-retention
checklists. Hard negatives of the theme everywhere: ward, bed, clinic and
theatre numbers, hospital, episode and referral numbers, diagnosis and
procedure codes, drugs and doses, appointment dates and times, tariffs,
the hospitals', clinics' and GP surgeries' own addresses, switchboards,
websites and role mailboxes, health-law and retention citations, device
serials, private and documentation IPs, test cards, and name-as-word
sentences (wards, wings, hospitals and syndromes named after people).

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
680613, shuffle seed 680614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout68.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout68.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout68.py --stats   # counts
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
                       nir_random, nir_ok, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping, split_groups,
                       MONTHS, PLANS, digits, nz, secret_random)

SEED = 680613
SHUFFLE_SEED = 680614
OUT = os.path.join(HERE, "heldout68.jsonl")
PREFIX = "heldout-bp-"


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
KVNR_ALPHA = string.ascii_uppercase


def kvnr_check(letter, d8):
    """German Krankenversichertennummer: the letter as two digits (01-26),
    then the eight digits; weights 1,2 alternating, digit sums of the
    products, sum mod 10."""
    s = "%02d" % (KVNR_ALPHA.index(letter) + 1) + d8
    t = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return str(t % 10)


def kvnr_random(R):
    letter = R.choice(KVNR_ALPHA)
    d8 = nz(R, 1) + digits(R, 7)
    return letter + d8 + kvnr_check(letter, d8)


def kvnr_ok(s):
    return bool(re.fullmatch(r"[A-Z][1-9]\d{8}", s)) and kvnr_check(s[0], s[1:9]) == s[9]


def cns_ok(s):
    """Brazilian Cartão Nacional de Saúde: 15 digits, weights 15..1, mod 11."""
    return bool(re.fullmatch(r"[1-9]\d{14}", s)) and s[0] in "12789" and \
        sum(int(c) * (15 - i) for i, c in enumerate(s)) % 11 == 0


def cns_random(R):
    while True:
        body = R.choice("789") + digits(R, 13)
        r = (-sum(int(c) * (15 - i) for i, c in enumerate(body))) % 11
        if r < 10:
            s = body + str(r)
            assert cns_ok(s)
            return s


def pesel_check(d10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * w[i] for i, c in enumerate(d10)) % 10) % 10)


def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    ser = digits(R, 3) + R.choice("02468" if female else "13579")
    b = "%02d%02d%02d%s" % (y % 100, mm, d, ser)
    return b + pesel_check(b)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils_random(R):
    while True:
        d9 = digits(R, 9)
        if int(d9) > 1001998:
            return d9 + snils_check(d9)


def snils_ok(s):
    return len(s) == 11 and s.isdigit() and snils_check(s[:9]) == s[9:]


def amka_make(R, y, m, d):
    """Greek AMKA: ddmmyy, four digits, a Luhn check digit."""
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(R, 4))


def amka_ok(s):
    return len(s) == 11 and s.isdigit() and luhn_ok(s) and 1 <= int(s[:2]) <= 31 and 1 <= int(s[2:4]) <= 12


def tckn_random(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def tz_random(R):
    """Israeli Teudat Zehut: 9 digits, weights 1,2 from the left, digit
    sums, total mod 10 (the Luhn rule on nine digits)."""
    return luhn_complete(nz(R, 1) + digits(R, 7))


def tz_ok(s):
    return len(s) == 9 and s.isdigit() and luhn_ok(s)


def thid_random(R):
    body = R.choice("1358") + digits(R, 11)
    c = (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(body)) % 11) % 10
    return body + str(c)


def thid_ok(s):
    return len(s) == 13 and s.isdigit() and \
        (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, area, y, m, d, female):
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    b = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cnid_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_make(R, y, m, d, female):
    s = (1 if y < 2000 else 3) + (1 if female else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, s, digits(R, 5))
    return b + str((11 - sum(int(c) * w for c, w in zip(b, RRN_W)) % 11) % 10)


def rrn_ok(s):
    s = s.replace("-", "")
    return len(s) == 13 and s.isdigit() and s[6] in "1234" and \
        (11 - sum(int(c) * w for c, w in zip(s[:12], RRN_W)) % 11) % 10 == int(s[12])


def cccd_make(R, y, female):
    """Vietnamese CCCD: province code (3), century and sex digit, year (2),
    six digits."""
    c = (0 if y < 2000 else 2) + (1 if female else 0)
    return R.choice(["089", "087", "092", "094", "083"]) + str(c) + "%02d" % (y % 100) + digits(R, 6)


def cccd_ok(s):
    return len(s) == 12 and s.isdigit() and 1 <= int(s[:3]) <= 96 and s[3] in "0123"


def egid_make(R, y, m, d, female):
    """Egyptian national id: century digit, yymmdd, governorate, three
    digits and a sex digit (odd male), a check digit (not public; drawn)."""
    c = "2" if y < 2000 else "3"
    return c + "%02d%02d%02d" % (y % 100, m, d) + R.choice(["18", "19", "17", "16"]) + \
        digits(R, 3) + R.choice("02468" if female else "13579") + digits(R, 1)


def egid_ok(s):
    if not (len(s) == 14 and s.isdigit() and s[0] in "23"):
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return True


# passports by each issuing country's printed format
PASSPORT_FMT = {
    "US": "n9", "GB": "n9", "DE": "C|a8", "FR": "n2A2n5", "ES": "A3n6", "IT": "A2n7", "NL": "A2x6n1",
    "BR": "A2n6", "PL": "A2n7", "RU": "n9", "GR": "A2n7", "TR": "U|n8", "IL": "n8", "EG": "A1n8",
    "IN": "A1n7", "TH": "A2n7", "CN": "E|n8", "JP": "A2n7", "KR": "M|n8", "VN": "C|n7",
    "CA": "A2n6", "AU": "A1n7", "IE": "A2n7", "CH": "X|n7", "NG": "A1n8", "PK": "A2n7", "PH": "P|n7A1",
}
DE_PASS_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def passport_random(R, c):
    fmt = PASSPORT_FMT[c]
    out = ""
    if "|" in fmt:
        out, fmt = fmt.split("|")
    for k, n in re.findall(r"([nAxa])(\d+)", fmt):
        alpha = {"n": string.digits, "A": "ABCDEFGHJKLMNPRSTUVWXYZ", "x": "ABCDEFGHJKLMNPRSTUVWXYZ0123456789",
                 "a": DE_PASS_ALPHA}[k]
        out += "".join(R.choice(alpha) for _ in range(int(n)))
    if c in ("US", "GB", "RU") and out[0] == "0":
        out = "5" + out[1:]
    return out


def passport_ok(s, c):
    fmt = PASSPORT_FMT[c]
    pre = ""
    if "|" in fmt:
        pre, fmt = fmt.split("|")
    rx = re.escape(pre) + "".join({"n": r"\d", "A": "[A-Z]", "x": "[A-Z0-9]", "a": "[0-9CFGHJKLMNPRTVWXYZ]"}[k] + "{%s}" % n
                                  for k, n in re.findall(r"([nAxa])(\d+)", fmt))
    return re.fullmatch(rx, s.replace(" ", "")) is not None


# IBAN registry entries not in corpuslib
IBAN_EXTRA = {"EG": "4n4n17n", "IL": "3n3n13n"}


def iban_random2(R, c):
    if c in IBAN_SPEC:
        return iban_random(R, c)
    bban = ""
    for n, k in re.findall(r"(\d+)([nac])", IBAN_EXTRA[c]):
        bban += digits(R, int(n))
    s = iban_make(c, bban)
    assert iban_mod97(s) == 1
    return s


def iban_ok(s):
    c = s.replace(" ", "").replace("\u00a0", "").upper()
    ln = IBAN_LEN.get(c[:2]) or {"EG": 29, "IL": 23}.get(c[:2])
    return ln == len(c) and iban_mod97(c) == 1


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4000000000000002",
              "4000000000009995", "378282246310005", "6011111111111117", "5105105105105100",
              "4000000000000069", "4000000000000127"}
# ====================================================================== names
# Hand-written for this part. "native|roman" where the script is not Latin
# (roman forms for e-mail local parts and card holders only); female family
# forms after "/" (PL, RU, GR); RU patronymics "male/female".
NAMES = {
    'US': {
        'M': 'Alvis Garland Hollis Lamar Merle Odell Thurman Virgil Elvin Emmitt Loyd Arvel Dorsey Grady Harlan Kermit Monroe Newt Sherrill Wendel Lavern Elmo Waymon',
        'F': 'Bernadine Coralie Earline Hattie Idella Lavinia Maxine Nola Ophelia Pearlie Reba Sudie Twila Verna Wilma Zelda Leota Mavis Velma Eula Ina Lula Myrtle Ozella Vernie',
        'S': 'Abernathy Cavender Easterling Gilliland Isbell Jernigan Nance Rutledge Tidwell Umphrey Vinson Wofford Yeager Boggess Crumpler Dockery Estep Gentry Lunsford Mullinax',
    },
    'GB': {
        'M': 'Bartholomew Fergus Gideon Inigo Laurence Montague Nigel Quinlan Rupert Silas Tristram Wilfred Godfrey Humphrey Oswald Alasdair Piers Randolph',
        'F': 'Araminta Beatrix Dulcie Flavia Gwendolen Hermione Sybil Theodora Venetia Wilhelmina Clarissa Henrietta Romilly Wynne Morwenna Isadora Jemima',
        'S': 'Allardyce Crabtree Gorringe Jessop Oddie Quennell Sidebottom Tetley Underhill Vosper Yeadon Brotherton Clegg Earnshaw Fairclough Holroyd',
    },
    'DE': {
        'M': 'Bertram Diethelm Gerold Hartmut Jost Leberecht Manfred Tassilo Ulrich Volkmar Armin Eckehard Raimund Gunther',
        'F': 'Bettina Cordula Dagmar Elfriede Friederike Gudrun Kriemhild Liselotte Thekla Ute Waltraud Brigitta Edelgard Heiderose Isolde',
        'S': 'Bräutigam Dreyling Eisenhauer Fleischhacker Immendorf Jungbluth Kühnemund Lämmerhirt Mittelstaedt Nußbaum Oberdorfer Pfitzner Schimmelpfennig Trautwein Uhlendorf Vogelsang Ziegenbalg Deppisch Eschweiler Frühauf Hasenclever Lindemeyer Sauerbier Tiedemann Wohlgemuth Zimmerling',
    },
    'FR': {
        'M': 'Anatole Barthélemy Césaire Désiré Eustache Fulbert Gatien Honorat Isidore Josselin Lazare Marius Norbert Octave Philémon Rodolphe Théophile Urbain Wandrille Achille Baudouin Florimond Gonzague Hilaire Ignace Aymeric Gaspard',
        'F': 'Bernadette Félicie Gervaise Hyacinthe Joséphine Noémie Rosine Théodorine Anastasie Edwige Florentine Gilberte Ludivine Ghislaine Maryvonne',
        'S': 'Aubertin Bachelard Chauvineau Fauconnet Guillemot Hennequin Jaouen Lebreton Ouvrard Quémener Rabouin Souchon Thibaudeau Vaillancourt Archambault Boisselier Dufresnoy Fontanel Gaudichon Mauduit Perrichon Letellier Morvan Pouliquen Rouxel Tanguy Brossard Chevrier',
    },
    'ES': {
        'M': 'Baltasar Casimiro Dámaso Fulgencio Gumersindo Hermenegildo Isidoro Leoncio Macario Nicanor Onofre Pancracio Remigio Saturnino Teodosio Urbano Venancio Wenceslao Zacarías Bonifacio Cipriano Eusebio Florencio Genaro Ildefonso Marcelino Patricio',
        'F': 'Dionisia Inocencia Jovita Petra Úrsula Valeriana Zoraida Fuensanta Ramona Loreto Pastora Severina Ambrosia Balbina Evarista Gaudencia Hilaria Ignacia Marcelina Quiteria Teodora Vicenta',
        'S': 'Alcaraz Calatrava Escudero Fuenmayor Galindo Jaramillo Lozoya Navarrete Orduña Palomares Quiroga Robledo Tejedor Ulloa Yagüe Zamorano Albarracín Bermejo Estévez Figueroa Garrido Heredia Illescas Maldonado Olmedo Pacheco Rosales Toribio Villaverde Zurita Arjona Baena Cañete Dueñas Espejo Mellado Quesada',
    },
    'IT': {
        'M': 'Callisto Decimo Gervasio Ireneo Massimino Nazario Oddone Pasquale Rodolfo Sabatino Tancredi Vitaliano Zeno Alvise Cirillo Fulvio Gastone Ivano Raniero',
        'F': 'Addolorata Clelia Filippa Gelsomina Ippolita Loredana Mafalda Nunzia Ortensia Prassede Santina Tecla Zaira Brigida Elvira Graziella Iolanda Lucrezia Marcellina Teodolinda',
        'S': 'Boccadifuoco Cantalupo Farinacci Guastaferro Impagliazzo Lanzalonga Malacarne Nardecchia Quaranta Russomanno Sciacchitano Tagliaferri Vaccarella Zappalà Capobianco Digiacomo Fichera Giacalone Lopresti Mastrangelo Santangelo Carbonaro Trovato',
    },
    'NL': {
        'M': 'Aart Berend Cornelis Douwe Evert Gerrit IJsbrand Jochem Klaas Lubbert Marten Nanne Roelof Sjoerd Teunis Wessel Ype Arend Bauke Hidde Joost Reinier Wouter Gijsbert Rutger',
        'F': 'Aaltje Cato Elske Hendrika Ieke Jantine Klaasje Lieke Marijke Neeltje Oetske Pietje Roelie Willemijn Brechtje Fenna Hennie Marjolein Femmigje Annegien',
        'S': 'van Amerongen|Everaars|Feenstra|Groeneveld|Hooijmans|Jongsma|Kuipers|van Lienden|Nieuwenhuis|Oosterhof|Pannekoek|Quist|Rademaker|Schouten|Uitterlinden|Verbeek|Wijnands|van der Zee|Brinkhuis|Kampinga|Meulenbelt|de Haan|Timmermans|Vreugdenhil|van der Ploeg',
    },
    'BR': {
        'M': 'Aristides Benedito Cândido Floriano Itamar Lourival Manoel Olavo Pompeu Raimundo Tibúrcio Valdir Zacarias Adauto Orlando',
        'F': 'Alzira Benedita Cleonice Dulcinéia Edileusa Francisca Iracema Josefa Lindalva Marlene Neusa Odete Rosimeire Sebastiana Umbelina Valdete Zuleica Aparecida Creusa Deolinda Eunice Irani Luzia Ivonete Marinete Rosângela',
        'S': 'Cavalcanti Queiroz Uchoa Cardoso Diniz Lins Teixeira Amaral Castanheda Gouveia Quintão Varela Coimbra Frota Novaes Valente Farias',
    },
    'PL': {
        'M': 'Bogumił Czesław Dobromir Hieronim Jarosław Kazimierz Mieczysław Narcyz Radosław Sławomir Teodor Wacław Zdzisław Cyprian Feliks Januariusz Leszek Przemysław Stanisław Władysław Bronisław',
        'F': 'Bożena Danuta Eugenia Halina Irena Jadwiga Kunegunda Leokadia Marianna Otylia Pelagia Regina Stanisława Teodozja Urszula Wiesława Zdzisława Bronisława Celina Dobrosława Helena Ludmiła Wanda Zofia Apolonia',
        'S': 'Chrząszczewski/Chrząszczewska Dzierżanowski/Dzierżanowska Grzebielucha Mrozowicki/Mrozowicka Pstrągowski/Pstrągowska Szczepkowski/Szczepkowska Wszołek Żmudziński/Żmudzińska Bieńkowski/Bieńkowska Cichocki/Cichocka Dereszewski/Dereszewska Gąsiorowski/Gąsiorowska Kurowski/Kurowska Łapiński/Łapińska Niedźwiecki/Niedźwiecka Popławski/Popławska Rzepecki/Rzepecka Sieradzki/Sieradzka Tyszkiewicz Wieczorkowski/Wieczorkowska Zagórski/Zagórska Bednarczyk Kołakowski/Kołakowska',
    },
    'RU': {
        'M': 'Афанасий|Afanasy Варфоломей|Varfolomey Герасим|Gerasim Евстафий|Yevstafy Захар|Zakhar Илларион|Illarion Кондрат|Kondrat Мефодий|Mefody Никанор|Nikanor Савелий|Savely Фрол|Frol Харитон|Khariton Мирон|Miron Святослав|Svyatoslav Епифан|Yepifan Порфирий|Porfiry',
        'F': 'Агафья|Agafya Евдокия|Yevdokia Ефросинья|Yefrosinya Лукерья|Lukerya Марфа|Marfa Пелагея|Pelageya Прасковья|Praskovya Серафима|Serafima Таисия|Taisia Ульяна|Ulyana Фёкла|Fyokla Аглая|Aglaya Василиса|Vasilisa Ксения|Ksenia Милана|Milana Стефания|Stefania Антонина|Antonina',
        'S': 'Бобылёв/Бобылёва|Bobylev/Bobyleva Веденеев/Веденеева|Vedeneev/Vedeneeva Горшенин/Горшенина|Gorshenin/Gorshenina Дорофеев/Дорофеева|Dorofeev/Dorofeeva Ерофеев/Ерофеева|Yerofeev/Yerofeeva Жиганов/Жиганова|Zhiganov/Zhiganova Замятин/Замятина|Zamyatin/Zamyatina Извеков/Извекова|Izvekov/Izvekova Лапшин/Лапшина|Lapshin/Lapshina Мухортов/Мухортова|Mukhortov/Mukhortova Нечаев/Нечаева|Nechaev/Nechaeva Огурцов/Огурцова|Ogurtsov/Ogurtsova Пестов/Пестова|Pestov/Pestova Рябинин/Рябинина|Ryabinin/Ryabinina Сусликов/Сусликова|Suslikov/Suslikova Толмачёв/Толмачёва|Tolmachev/Tolmacheva Усольцев/Усольцева|Usoltsev/Usoltseva Хромов/Хромова|Khromov/Khromova Чебыкин/Чебыкина|Chebykin/Chebykina Шелепин/Шелепина|Shelepin/Shelepina Щеглов/Щеглова|Shcheglov/Shcheglova Юрасов/Юрасова|Yurasov/Yurasova Ямщиков/Ямщикова|Yamshchikov/Yamshchikova Грибанов/Грибанова|Gribanov/Gribanova Дьячков/Дьячкова|Dyachkov/Dyachkova',
        'P': 'Тимофеевич/Тимофеевна Аркадьевич/Аркадьевна Вениаминович/Вениаминовна Глебович/Глебовна Данилович/Даниловна Елизарович/Елизаровна Матвеевич/Матвеевна Поликарпович/Поликарповна Родионович/Родионовна Трофимович/Трофимовна Филиппович/Филипповна Семёнович/Семёновна Леонтьевич/Леонтьевна Власович/Власовна',
    },
    'GR': {
        'M': 'Αλκιβιάδης|Alkiviadis Γεράσιμος|Gerasimos Διονύσιος|Dionysios Ευάγγελος|Evangelos Ζαχαρίας|Zacharias Θεμιστοκλής|Themistoklis Ιάκωβος|Iakovos Κλεάνθης|Kleanthis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis Νεόφυτος|Neofytos Ορέστης|Orestis Παντελεήμων|Panteleimon Σπυρίδων|Spyridon Τιμόθεος|Timotheos Φώτιος|Fotios Χαράλαμπος|Charalampos Περικλής|Periklis Αριστείδης|Aristeidis Στυλιανός|Stylianos',
        'F': 'Αικατερίνη|Aikaterini Γαρυφαλλιά|Garyfallia Ευθαλία|Efthalia Θεοπίστη|Theopisti Ιφιγένεια|Ifigeneia Καλλιόπη|Kalliopi Λαμπρινή|Lamprini Ναυσικά|Nafsika Ουρανία|Ourania Σταυρούλα|Stavroula Τριανταφυλλιά|Triantafyllia Χρυσάνθη|Chrysanthi Ασπασία|Aspasia Ευτέρπη|Efterpi Κυριακούλα|Kyriakoula Ερασμία|Erasmia Μυρτώ|Myrto Φιλιώ|Filio',
        'S': 'Αθανασόπουλος/Αθανασοπούλου|Athanasopoulos/Athanasopoulou Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis/Vlachogianni Γκιουζέλης/Γκιουζέλη|Gkiouzelis/Gkiouzeli Δημητρακόπουλος/Δημητρακοπούλου|Dimitrakopoulos/Dimitrakopoulou Νικολαΐδης/Νικολαΐδου|Nikolaidis/Nikolaidou Ξανθόπουλος/Ξανθοπούλου|Xanthopoulos/Xanthopoulou Οικονομίδης/Οικονομίδου|Oikonomidis/Oikonomidou Παπαδόγιαννης/Παπαδογιάννη|Papadogiannis/Papadogianni Ρουσσάκης/Ρουσσάκη|Roussakis/Roussaki Σγουρός/Σγουρού|Sgouros/Sgourou Ψαρράς/Ψαρρά|Psarras/Psarra Μπαλτάς/Μπαλτά|Baltas/Balta Τζαννετάκης/Τζαννετάκη|Tzannetakis/Tzannetaki Χριστοδουλάκης/Χριστοδουλάκη|Christodoulakis/Christodoulaki Αλεξανδράκης/Αλεξανδράκη|Alexandrakis/Alexandraki Γεωργακόπουλος/Γεωργακοπούλου|Georgakopoulos/Georgakopoulou Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou Λιάπης/Λιάπη|Liapis/Liapi Μαργαρίτης/Μαργαρίτη|Margaritis/Margariti',
    },
    'TR': {
        'M': 'Abdurrahim Cevdet Dursun Ekrem Fikret Gazanfer Hüsnü İlhami Kâzım Lütfi Muammer Necmettin Rüştü Sabahattin Şükrü Tevfik Ulvi Vahdettin Zekeriya Bülent Fehmi Haydar Nurettin Refik',
        'F': 'Bedriye Cahide Dürdane Emine Fatma Gülsüm Hacer İkbal Kadriye Lamia Muazzez Perihan Rukiye Şükran Türkan Vesile Behiye Feride Handan Leman Mübeccel Nezahat Semiha',
        'S': 'Akbulut Başaran Dumlupınar Eryılmaz Gündoğdu Hacıoğlu Karabulut Kuşçu Nalbant Onursal Pamukçu Sarıkaya Şenocak Vardar Yavuzer Bozkurt Erkoç Gürsoy Ilgaz Tokgöz',
    },
    'IL': {
        'M': 'בצלאל|Betzalel גמליאל|Gamliel חנוך|Hanoch טוביה|Tuvia ידידיה|Yedidya נתנאל|Netanel פינחס|Pinchas רפאל|Refael יגאל|Yigal אליעזר|Eliezer מרדכי|Mordechai',
        'F': 'אביגיל|Avigail בתיה|Batya יוכבד|Yocheved נעמה|Naama צפורה|Tzipora רבקה|Rivka אסתר|Esther ציונה|Tziona רחלי|Racheli',
        'S': "אברבנאל|Abarbanel בן-עמי|Ben-Ami גרינבאום|Grinbaum דנציגר|Danziger הורוביץ|Horowitz ויסמן|Weissman זלצר|Saltzer טננבאום|Tenenbaum יפרח|Yifrach נחמיאס|Nachmias פרידמן|Friedman קורנפלד|Kornfeld שטרנברג|Sternberg תורג'מן|Turgeman דהן|Dahan חדד|Hadad שרעבי|Sharabi",
    },
    'EG': {
        'M': 'حازم|Hazem رأفت|Raafat فتحي|Fathy قدري|Kadry لطفي|Lotfy إيهاب|Ehab أيمن|Ayman تامر|Tamer وائل|Wael صبحي|Sobhy عصام|Essam فوزي|Fawzy توفيق|Tawfik زهدي|Zohdy',
        'F': 'بثينة|Bothaina جيهان|Gihan زينب|Zeinab سهير|Soheir شادية|Shadia فاطمة|Fatma لبنى|Lobna منال|Manal نجلاء|Naglaa هويدا|Howaida يسرا|Yousra إيناس|Enas سلوى|Salwa ناهد|Nahed عبلة|Abla',
        'S': 'البنا|Elbanna الشاذلي|Elshazly العريان|Elerian الفقي|Elfeki الكومي|Elkomy المراغي|Elmaraghy زيد|Abouzeid حجازي|Hegazy رضوان|Radwan سرحان|Sarhan شلبي|Shalaby غنيم|Ghoneim فرغلي|Farghaly مرزوق|Marzouk نصار|Nassar يونس|Younis الدهشوري|Eldahshoury',
    },
    'IN': {
        'M': 'भुवनेश|Bhuvanesh चंद्रकांत|Chandrakant दिग्विजय|Digvijay गजेंद्र|Gajendra हरिप्रसाद|Hariprasad जितेंद्र|Jitendra कमलेश|Kamlesh लोकेश|Lokesh मनोहर|Manohar ओमप्रकाश|Omprakash राजेंद्र|Rajendra शैलेंद्र|Shailendra त्रिलोक|Trilok उमाकांत|Umakant विश्वनाथ|Vishwanath योगेश|Yogesh सुरेंद्र|Surendra रमाकांत|Ramakant नंदकिशोर|Nandkishore',
        'F': 'अनुराधा|Anuradha चंद्रकला|Chandrakala दमयंती|Damayanti हेमलता|Hemlata इंदुमती|Indumati जानकी|Janaki कौशल्या|Kaushalya मालती|Malti निर्मला|Nirmala पद्मावती|Padmavati तारामती|Taramati उर्मिला|Urmila यशोदा|Yashoda शकुंतला|Shakuntala सुलोचना|Sulochana कमलावती|Kamlavati रुक्मिणी|Rukmini विमला|Vimla भगवती|Bhagwati',
        'S': 'अग्निहोत्री|Agnihotri चौरसिया|Chaurasia गहलोत|Gehlot हुड्डा|Hooda जायसवाल|Jaiswal लोहिया|Lohia राठौर|Rathore गोस्वामी|Goswami शेखावत|Shekhawat त्यागी|Tyagi रघुवंशी|Raghuvanshi सोलंकी|Solanki भदौरिया|Bhadauria',
    },
    'TH': {
        'M': 'ธีรวัฒน์|Teerawat ประยูร|Prayoon วิโรจน์|Wiroj บุญเลิศ|Boonlert ชาตรี|Chatree ณรงค์|Narong พิชิต|Pichit สุรพล|Surapol เกรียงไกร|Kriangkrai ทวีศักดิ์|Taweesak ไพโรจน์|Pairoj ธนากร|Thanakorn วัชระ|Watchara ศักดิ์ชัย|Sakchai เฉลิมพล|Chalermpol กิตติพงษ์|Kittipong สมบุญ|Somboon',
        'F': 'จันทร์เพ็ญ|Chanpen ปราณี|Pranee วันเพ็ญ|Wanpen สมพร|Somporn อรุณี|Arunee บุษบา|Bussaba ประภาพร|Praphaporn นงลักษณ์|Nongluck เยาวลักษณ์|Yaowaluck รัตนา|Rattana ศิริพร|Siriporn สุนันทา|Sunanta อัมพร|Amporn กนกวรรณ|Kanokwan พรทิพย์|Porntip ทองใบ|Thongbai บุญเรือน|Boonruen เพ็ญศรี|Pensri',
        'S': 'ศรีสุวรรณ|Srisuwan บุญยืน|Boonyuen จันทร์หอม|Chanhom พงษ์พานิช|Pongpanich วงศ์สวัสดิ์|Wongsawat สุขเจริญ|Sukcharoen รุ่งเรืองศรี|Rungruangsri เพชรรัตน์|Petcharat อินทรสุวรรณ|Intharasuwan นาคสวัสดิ์|Naksawat ปานทอง|Panthong มณีวงศ์|Maneewong ธนสาร|Thanasan เจริญผล|Charoenphon บุญประคอง|Boonprakong สายทอง|Saithong ทองคำสุข|Thongkhamsuk วิเศษสมบัติ|Wisetsombat',
    },
    'CN': {
        'M': '砚秋|Yanqiu 鹤年|Henian 松涛|Songtao 怀瑾|Huaijin 柏舟|Baizhou 叔平|Shuping 守拙|Shouzhuo 德馨|Dexin 星垂|Xingchui 立轩|Lixuan 秉文|Bingwen 慕白|Mubai 承志|Chengzhi 恒之|Hengzhi 振邦|Zhenbang 启元|Qiyuan',
        'F': "宛白|Wanbai 若芷|Ruozhi 月棠|Yuetang 绮罗|Qiluo 疏桐|Shutong 栖梧|Qiwu 映雪|Yingxue 清漪|Qingyi 梦蝶|Mengdie 紫陌|Zimo 素娥|Su'e 兰馨|Lanxin 晓筠|Xiaoyun 锦书|Jinshu 念慈|Nianci",
        'S': '詹|Zhan 邵|Shao 翟|Zhai 卞|Bian 鞠|Ju 冼|Xian 栾|Luan 郗|Xi 眭|Sui 符|Fu',
    },
    'JP': {
        'M': '宗一郎|Soichiro 虎之助|Toranosuke 慎之介|Shinnosuke 源太|Genta 惣右介|Sosuke 伊織|Iori 景虎|Kagetora 鉄平|Teppei 帆高|Hodaka 柊真|Toma 琥太郎|Kotaro 凌雅|Ryoga 遼平|Ryohei 創士|Soshi 恭輔|Kyosuke 晴臣|Haruomi 瑛士|Eiji 丈一郎|Joichiro 喜八郎|Kihachiro',
        'F': '小百合|Sayuri 千鶴|Chizuru 綾乃|Ayano 撫子|Nadeshiko 朱音|Akane 芙美子|Fumiko 鞠子|Mariko 寧々|Nene 佳乃子|Kanoko 初音|Hatsune 桐子|Kiriko 登美子|Tomiko 喜代|Kiyo 多恵子|Taeko',
        'S': '五十嵐|Igarashi 勅使河原|Teshigahara 東海林|Shoji 四十物|Aimono 御手洗|Mitarai 栗栖|Kurisu 古畑|Furuhata 籾山|Momiyama 刑部|Osakabe 百目鬼|Domeki 薬袋|Minai 舎人|Toneri 越智|Ochi 蓮見|Hasumi 樋渡|Hiwatashi 宍戸|Shishido 猪狩|Ikari 柘植|Tsuge 我妻|Wagatsuma 生田目|Namatame 纐纈|Koketsu',
    },
    'KR': {
        'M': '가람|Garam 다온|Daon 시우|Siwoo 준서|Junseo 태윤|Taeyun 건우|Geonu 성훈|Seonghun 상철|Sangcheol 정호|Jeongho 기택|Kitaek 병철|Byeongcheol 우혁|Woohyuk 도훈|Dohoon 진혁|Jinhyuk 찬영|Chanyoung 규환|Gyuhwan',
        'F': '여울|Yeoul 새롬|Saerom 초롱|Chorong 하늬|Hanui 은솔|Eunsol 순자|Sunja 옥분|Okbun 혜숙|Hyesuk 금순|Geumsun 복희|Bokhee 서윤|Seoyun 채원|Chaewon 예린|Yerin 지안|Jian',
        'S': '형|Hyeong 노|Roh 서|Suh 봉|Pong 연|Youn 소|Soh 온|Ohn 라|Rha 범|Beom 대|Dae 운|Woon 평|Pyeong 풍|Pung 필|Pil 학|Hak 강|Kahng',
    },
    'VN': {
        'M': 'Bửu Giác Kiếm Siêu Thới Đán Đảm Ấn Ẩn Phiên Rạng Dần Tý Mão',
        'F': 'Nở Đẹp Chăm Giỏi Mùi Dậu Nhuần Sáo Óng Ngời Bảy Niệm Thìn Hợi',
        'S': 'Lư Phù Thôi Tưởng Vòng Hạng Đằng Lù Hình Úc Ca',
    },
}


# ====================================================================== countries, hospitals, places
LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt", "PL": "pl",
        "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}
IBAN_C = {"GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "GR", "TR", "IL", "EG"}

# Fictional hospitals, one per country: name, domain, switchboard, own address (look-alikes).
HOSP = {
    "US": ("Snowcrest Regional Medical Center", "snowcrestrmc.org", "(406) 555-0148", "1400 Ptarmigan Pkwy, Dillon, MT 59725"),
    "GB": ("Troutbeck Vale Hospital", "troutbeckvale.nhs.uk", "01946 960 214", "Sandwith Road, Whitehaven CA28 9QQ"),
    "DE": ("Klinikum Fichtelhöhe", "klinikum-fichtelhoehe.de", "09231 96 400-0", "Am Klinikberg 2, 95615 Marktredwitz"),
    "FR": ("Centre hospitalier de l'Estran", "ch-estran.fr", "02 96 05 71 00", "5 boulevard de la Corniche, 22300 Lannion"),
    "ES": ("Hospital Comarcal Alcornocales", "hcalcornocales.es", "927 02 64 00", "Avenida del Hospital s/n, 10600 Plasencia"),
    "IT": ("Ospedale Civico Conca Peligna", "ospedaleconca.it", "0864 49 91", "Viale dell'Ospedale 1, 67039 Sulmona (AQ)"),
    "NL": ("Berkeldal Ziekenhuis", "berkeldal.nl", "0314 32 99 11", "Ziekenhuisweg 4, 7009 BL Doetinchem"),
    "BR": ("Hospital Regional Ibitipoca", "hribitipoca.org.br", "(32) 3339-4100", "Avenida das Hortênsias 890, Centro, Barbacena - MG, 36200-114"),
    "PL": ("Szpital Roztoczański SP ZOZ", "szpital-roztocze.pl", "84 638 40 00", "ul. Szpitalna 14, 22-400 Zamość"),
    "RU": ("ГБУЗ «Сухонская областная клиническая больница»", "sukhona-okb.ru", "8 (8172) 71-40-00", "ул. Больничная, д. 9, г. Вологда, 160002"),
    "GR": ("Γενικό Νοσοκομείο Αμβρακικού", "gnamvrakikou.gr", "26820 46 100", "Λεωφόρος Νοσοκομείου 1, 48200 Φιλιππιάδα"),
    "TR": ("Çoruh Vadisi Devlet Hastanesi", "coruhvadisidh.saglik.gov.tr", "0466 212 40 00", "Hastane Cad. No: 5, 08000 Merkez/Artvin"),
    "IL": ("המרכז הרפואי עמק החולה", "hula-mc.org.il", "04-690-7700", "דרך בית החולים 1, קריית שמונה"),
    "EG": ("مستشفى مصب النيل التخصصي", "nilemouth-hospital.com.eg", "045 292 4100", "طريق الكورنيش، رشيد"),
    "IN": ("बेतवा मल्टीस्पेशलिटी अस्पताल", "betwahospital.in", "0510 244 7100", "ग्वालियर रोड, झांसी, उत्तर प्रदेश 284003"),
    "TH": ("โรงพยาบาลแม่น้ำยม", "yomriverhospital.go.th", "055 611 700", "ถนนโรงพยาบาล ตำบลธานี อำเภอเมืองสุโขทัย จังหวัดสุโขทัย 64000"),
    "CN": ("黔北云岭医院", "qbyunling-hosp.cn", "0851-2861 4100", "贵州省遵义市汇川区医院路18号"),
    "JP": ("雄物川総合病院", "omonogawa-hp.jp", "0182-32-4100", "〒013-0037 秋田県横手市前郷二番町5-30"),
    "KR": ("영동바다병원", "ydbada-hospital.kr", "033-640-7100", "강원특별자치도 강릉시 사천면 방동길 38"),
    "VN": ("Bệnh viện Đa khoa Núi Sam", "bvnuisam.vn", "0296 3861 400", "số 2 đường Bệnh Viện, Châu Đốc, An Giang"),
}
# GP surgeries / primary-care units (look-alikes): name, address, phone.
GPS = {
    "US": ("Beaverhead Family Practice", "215 Bannack St, Dillon, MT 59725", "(406) 555-0172"),
    "GB": ("Seacote Medical Practice", "Ewanrigg Road, Maryport CA15 8EL", "01900 960 377"),
    "DE": ("Hausarztpraxis am Rathausplatz", "Rathausplatz 3, 95632 Wunsiedel", "09232 88 41 0"),
    "FR": ("Maison de santé de Kerity", "2 place du Martray, 22500 Paimpol", "02 96 20 44 18"),
    "ES": ("Centro de Salud Trujillo", "Calle Tiendas 3, 10200 Trujillo", "927 32 11 45"),
    "IT": ("Studio medico associato Peligno", "Piazza XX Settembre 12, 67039 Sulmona (AQ)", "0864 21 33 08"),
    "NL": ("Huisartsenpraktijk Het Slingepad", "Markt 7, 7241 AB Lochem", "0573 25 14 40"),
    "BR": ("UBS Caiçaras", "Rua Quinze de Novembro 55, Caiçaras, Barbacena - MG, 36202-330", "(32) 3331-2210"),
    "PL": ("Przychodnia Rodzinna Hetman", "ul. Rynek Wielki 9, 22-400 Zamość", "84 639 20 41"),
    "RU": ("Поликлиника № 3", "ул. Благовещенская, д. 30, г. Вологда, 160001", "8 (8172) 72-15-30"),
    "GR": ("Κέντρο Υγείας Κόνιτσας", "Πλατεία Κόνιτσας 1, 44100 Κόνιτσα", "26550 22 222"),
    "TR": ("Şavşat 2 No'lu Aile Sağlığı Merkezi", "Çarşı Mah. 08700 Şavşat/Artvin", "0466 517 10 20"),
    "IL": ("מרפאת מטולה", "רחוב הראשונים 3, מטולה", "04-694-1100"),
    "EG": ("وحدة طب الأسرة بإدكو", "شارع المستشفى، إدكو", "045 256 1010"),
    "IN": ("ओरछा सामुदायिक स्वास्थ्य केंद्र", "राम राजा मंदिर मार्ग, ओरछा, मध्य प्रदेश 472246", "07680 252 210"),
    "TH": ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านกล้วย", "หมู่ 4 ตำบลบ้านกล้วย อำเภอเมืองสุโขทัย จังหวัดสุโขทัย 64000", "055 620 114"),
    "CN": ("汇川区上海路社区卫生服务中心", "贵州省遵义市汇川区上海路56号", "0851-2863 1120"),
    "JP": ("前郷内科クリニック", "〒013-0036 秋田県横手市前郷一番町8-2", "0182-33-1180"),
    "KR": ("사천바다의원", "강원특별자치도 강릉시 사천면 진리항구길 12", "033-644-1180"),
    "VN": ("Trạm Y tế phường Núi Sam", "phường Núi Sam, Châu Đốc, An Giang", "0296 3866 114"),
}
ROLES = ["medical.records", "admissions", "outpatients", "pals", "sar", "overseas.visitors", "interpreting",
         "patient.transport", "clinical.coding", "switchboard", "it.servicedesk", "cashier", "noreply"]

# Patients' towns (postcode pattern, town) and streets, by country.
TOWNS = {
    "US": [("59457", "Lewistown"), ("59725", "Dillon"), ("59523", "Chinook")],
    "GB": [("CA13", "Cockermouth"), ("CA15", "Maryport"), ("CA22", "Egremont")],
    "DE": [("95632", "Wunsiedel"), ("95615", "Marktredwitz"), ("95100", "Selb")],
    "FR": [("22300", "Lannion"), ("22500", "Paimpol"), ("22200", "Guingamp")],
    "ES": [("10600", "Plasencia"), ("10200", "Trujillo"), ("10800", "Coria")],
    "IT": [("67039", "Sulmona"), ("67051", "Avezzano"), ("67069", "Tagliacozzo")],
    "NL": [("7001", "Doetinchem"), ("7241", "Lochem"), ("7151", "Eibergen")],
    "BR": [("36200", "Barbacena"), ("36400", "Conselheiro Lafaiete"), ("36415", "Congonhas")],
    "PL": [("22-400", "Zamość"), ("22-500", "Hrubieszów"), ("22-600", "Tomaszów Lubelski")],
    "RU": [("1600", "Вологда"), ("1621", "Сокол"), ("1613", "Тотьма")],
    "GR": [("44100", "Κόνιτσα"), ("44200", "Μέτσοβο"), ("48200", "Φιλιππιάδα")],
    "TR": [("08000", "Merkez"), ("08700", "Şavşat"), ("08400", "Borçka")],
    "IL": [("11", "קריית שמונה"), ("10", "מטולה"), ("12", "יסוד המעלה")],
    "EG": [("", "رشيد"), ("", "إدكو"), ("", "أبو حمص")],
    "IN": [("284001", "झांसी"), ("472246", "ओरछा"), ("284403", "ललितपुर")],
    "TH": [("64000", "สุโขทัย"), ("56000", "พะเยา"), ("66000", "พิจิตร")],
    "CN": [("", "遵义市红花岗区"), ("", "毕节市七星关区"), ("", "铜仁市碧江区")],
    "JP": [("013", "横手市"), ("012", "湯沢市"), ("014", "大仙市")],
    "KR": [("", "강릉시"), ("", "속초시"), ("", "동해시")],
    "VN": [("", "Châu Đốc"), ("", "Tịnh Biên"), ("", "Tri Tôn")],
}
STREETS = {
    "US": ["Cottonwood Draw Rd", "Bitterbrush Ln", "Balsamroot Ave", "Sagehen Dr", "Wapiti Trl", "Buffalo Jump Rd"],
    "GB": ["Brigsteer Road", "Skelghyll Lane", "Gallowbarrow Court", "Helvellyn View", "Oxenholme Road", "Crummock Street"],
    "DE": ["Egerstraße", "Kösseinestraße", "Am Schneeberg", "Röslauweg", "Porzellangasse", "Hohenbergerstraße"],
    "FR": ["rue des Goémoniers", "impasse de Kerhuel", "rue du Goëlo", "allée des Bruyères", "rue de Kermaria", "chemin du Léguer"],
    "ES": ["Calle Vettones", "Avenida de la Vera", "Calle Alcántara", "Calle Valle del Árrago", "Calle Hurdes", "Travesía de Gredos"],
    "IT": ["Via Peligna", "Via dei Marsi", "Via Fucino", "Via Monte Velino", "Vicolo del Confetto", "Via Sagittario"],
    "NL": ["Misterweg", "Kottenseweg", "Slingeweg", "Berkelkade", "Ratumseweg", "Hamelandlaan"],
    "BR": ["Rua dos Inconfidentes", "Rua Pouso Alegre", "Rua Mantiqueira", "Avenida Ibitipoca", "Rua Lagoa Dourada", "Travessa Carandaí"],
    "PL": ["ul. Partyzantów", "ul. Szczebrzeska", "ul. Roztoczańska", "ul. Hetmańska", "ul. Nadwieprzańska", "ul. Sitaniecka"],
    "RU": ["ул. Кирилловская", "ул. Судоремонтная", "ул. Сухонская", "пер. Льняной", "ул. Мальцева", "ул. Прибрежная"],
    "GR": ["Ζαλόγγου", "Αράχθου", "Δωδώνης", "Λούρου", "Παραμυθιάς", "Μετσόβου"],
    "TR": ["Hepkebirler Mah. Sakarya Cad.", "Kuruçay Mah. Ordu Cad.", "Boztepe Mah. Nasrullah Sok.", "Çamlık Mah. Kafkasör Cad.", "Orta Mah. Ardanuç Sok.", "Yeni Mah. Hopa Cad."],
    "IL": ["רחוב הדובדבן", "רחוב החרמון", "שדרות הירדן", "רחוב הבניאס", "רחוב השניר", "רחוב הדפנה"],
    "EG": ["شارع الجلاء", "شارع المديرية", "شارع الجيش", "شارع البورصة", "شارع الكتان", "شارع الشهداء"],
    "IN": ["सीपरी बाज़ार", "नंदनपुरा", "प्रेमनगर", "गुमनावारा", "खातीबाबा", "नई बस्ती"],
    "TH": ["ถนนจรดวิถีถ่อง", "ถนนสิงหวัฒน์", "ถนนนิกรเกษม", "ถนนประเสริฐพงษ์", "ถนนจรัลวิถี", "ถนนพิชัยสงคราม"],
    "CN": ["凤凰路", "湘江路", "红花岗路", "丁字口路", "洗马路", "碧江大道"],
    "JP": ["大町", "前郷一番町", "駅前町", "安田", "朝倉町", "四日町"],
    "KR": ["경강로", "교동광장로", "솔올로", "중앙시장로", "천곡로", "설악금강대교로"],
    "VN": ["đường Tân Lộ Kiều Lương", "đường Thủ Khoa Nghĩa", "đường Cây Gòn", "đường Sương Nguyệt Anh", "đường Nguyễn Hữu Cảnh", "đường Cử Trị"],
}
# fictional residential buildings where a flat is in the line
BUILDINGS = {"GB": ["Derwent House", "Solway Court"], "IN": ["सुरभि अपार्टमेंट", "गंगोत्री रेज़िडेंसी"],
             "JP": ["コーポ雪見", "メゾン朝倉"], "CN": ["", ""]}
# wards and units (look-alikes); wings and wards named after long-dead people (eponyms)
WARDS = {
    "en": ["Ward 7B", "Larch Ward", "Osprey Ward", "AMU", "Day Surgery Unit", "Ward 12"],
    "de": ["Station 3A", "Station 5 Nord", "Tagesklinik", "ZNA"], "fr": ["service de chirurgie 2", "UHCD", "unité 4B", "hôpital de jour"],
    "es": ["planta 3ª, unidad B", "UCI", "hospital de día", "Urgencias"], "it": ["reparto di Chirurgia 2", "Medicina B", "Day Hospital", "Pronto Soccorso"],
    "nl": ["afdeling B3", "SEH", "dagbehandeling", "afdeling C1"], "pt": ["ala C", "enfermaria 4", "hospital-dia", "pronto-socorro"],
    "pl": ["oddział chirurgii ogólnej", "SOR", "oddział wewnętrzny B", "izba przyjęć"], "ru": ["хирургическое отделение № 2", "приёмный покой", "терапия № 1", "дневной стационар"],
    "el": ["Β' Χειρουργική", "ΤΕΠ", "Παθολογική Κλινική", "Ημερήσια Νοσηλεία"], "tr": ["Genel Cerrahi Servisi", "Acil Servis", "Dahiliye 2", "Günübirlik Cerrahi"],
    "he": ["פנימית ב'", "מיון", "כירורגיה כללית", "אשפוז יום"], "ar": ["قسم الجراحة العامة", "الطوارئ", "الباطنة 2", "جراحة اليوم الواحد"],
    "hi": ["वार्ड 6", "आपातकालीन विभाग", "सर्जरी वार्ड बी", "डे-केयर यूनिट"], "th": ["หอผู้ป่วยศัลยกรรมชาย 2", "ห้องฉุกเฉิน", "อายุรกรรมหญิง", "หอผู้ป่วยพิเศษ 5"],
    "zh": ["普外科二病区", "急诊科", "心内科", "日间手术中心"], "ja": ["外科病棟4階", "救急外来", "内科2病棟", "日帰り手術センター"],
    "ko": ["외과 병동 71", "응급실", "내과 병동 52", "낮병동"], "vi": ["khoa Ngoại tổng hợp", "khoa Cấp cứu", "khoa Nội 2", "khoa Phẫu thuật trong ngày"],
}
CLINICS = {
    "en": ["fracture clinic", "urology outpatient clinic", "pre-assessment clinic", "diabetes clinic"],
    "de": ["Unfallchirurgischen Ambulanz", "Urologischen Sprechstunde", "Prämedikationsambulanz", "Diabetesambulanz"],
    "fr": ["consultation d'orthopédie", "consultation d'urologie", "consultation d'anesthésie", "consultation de diabétologie"],
    "es": ["consulta de Traumatología", "consulta de Urología", "consulta de preanestesia", "consulta de Endocrinología"],
    "it": ["ambulatorio di Ortopedia", "ambulatorio di Urologia", "ambulatorio di preospedalizzazione", "ambulatorio di Diabetologia"],
    "nl": ["polikliniek orthopedie", "polikliniek urologie", "preoperatieve screening", "diabetespoli"],
    "pt": ["ambulatório de ortopedia", "ambulatório de urologia", "consulta pré-anestésica", "ambulatório de endocrinologia"],
    "pl": ["poradni ortopedycznej", "poradni urologicznej", "poradni anestezjologicznej", "poradni diabetologicznej"],
    "ru": ["травматологический кабинет", "кабинет уролога", "кабинет анестезиолога", "кабинет эндокринолога"],
    "el": ["Ορθοπαιδικό Ιατρείο", "Ουρολογικό Ιατρείο", "Αναισθησιολογικό Ιατρείο", "Διαβητολογικό Ιατρείο"],
    "tr": ["Ortopedi Polikliniği", "Üroloji Polikliniği", "Anestezi Polikliniği", "Diyabet Polikliniği"],
    "he": ["מרפאת אורתופדיה", "מרפאת אורולוגיה", "מרפאת הערכה טרום ניתוחית", "מרפאת סוכרת"],
    "ar": ["عيادة العظام", "عيادة المسالك البولية", "عيادة التخدير", "عيادة السكر"],
    "hi": ["हड्डी रोग ओपीडी", "मूत्र रोग ओपीडी", "एनेस्थीसिया क्लिनिक", "मधुमेह क्लिनिक"],
    "th": ["คลินิกกระดูกและข้อ", "คลินิกศัลยกรรมทางเดินปัสสาวะ", "คลินิกเตรียมผ่าตัด", "คลินิกเบาหวาน"],
    "zh": ["骨科门诊", "泌尿外科门诊", "麻醉评估门诊", "内分泌科门诊"], "ja": ["整形外科外来", "泌尿器科外来", "術前外来", "糖尿病外来"],
    "ko": ["정형외과 외래", "비뇨의학과 외래", "마취통증의학과 외래", "내분비내과 외래"],
    "vi": ["phòng khám Chấn thương chỉnh hình", "phòng khám Tiết niệu", "phòng khám tiền mê", "phòng khám Nội tiết"],
}
EPONYM_WARD = {
    "US": ["Blackwell Pavilion", "Sabin Wing"], "GB": ["Lister Ward", "Cavell Ward", "Jenner Wing"],
    "DE": ["Virchow-Haus", "Semmelweis-Station"], "FR": ["pavillon Laennec", "aile Charcot"],
    "ES": ["pabellón Letamendi", "planta Achúcarro"], "IT": ["padiglione Golgi", "reparto Cotugno"],
    "NL": ["Boerhaavevleugel", "afdeling Einthoven"], "BR": ["ala Emílio Ribas", "pavilhão Vital Brazil"],
    "PL": ["pawilon im. Tytusa Chałubińskiego", "oddział im. Rydygiera"], "RU": ["корпус имени Склифосовского", "отделение им. Сеченова"],
    "GR": ["πτέρυγα Παπανικολάου", "κτίριο Γαληνός"], "TR": ["Cemil Topuzlu Pavyonu", "Hulusi Pavyonu"],
    "IL": ["אגף אסף הרופא", "מחלקת ברזילי"], "EG": ["جناح الرازي", "مبنى الزهراوي"],
    "IN": ["सुश्रुत वार्ड", "चरक भवन"], "TH": ["ตึกหมอบรัดเลย์", "อาคารหมอแมคคอร์มิค"],
    "CN": ["华佗楼", "仲景病区"], "JP": ["華岡青洲記念棟", "杉田玄白ホール"],
    "KR": ["지석영관", "이제마홀"], "VN": ["khu Đặng Văn Ngữ", "tòa nhà Albert Calmette"],
}
SYNDROME = {
    "en": ["Ménière's disease", "Dupuytren's contracture", "Cushing's syndrome", "a Colles fracture", "Barrett's oesophagus", "Guillain-Barré syndrome"],
    "de": ["Morbus Bechterew", "Morbus Basedow", "Wernicke-Enzephalopathie", "Morbus Paget"],
    "fr": ["maladie de Ménière", "maladie de Dupuytren", "syndrome de Guillain-Barré", "fracture de Pouteau-Colles"],
    "es": ["enfermedad de Ménière", "síndrome de Sjögren", "enfermedad de Addison", "fractura de Colles"],
    "it": ["morbo di Dupuytren", "sindrome di Guillain-Barré", "malattia di Addison", "morbo di Kahler"],
    "nl": ["ziekte van Kahler", "ziekte van Addison", "syndroom van Sjögren", "ziekte van Perthes"],
    "pt": ["síndrome de Guillain-Barré", "doença de Addison", "doença de Buerger", "síndrome de Marfan"],
    "pl": ["choroba Bechterewa", "zespół Sjögrena", "choroba Addisona", "zespół Marfana"],
    "ru": ["болезнь Бехтерева", "синдром Гийена — Барре", "болезнь Аддисона", "болезнь Педжета"],
    "el": ["νόσος του Addison", "σύνδρομο Sjögren", "νόσος Kahler", "σύνδρομο Marfan"],
    "tr": ["Addison hastalığı", "Marfan sendromu", "Guillain-Barré sendromu", "Kawasaki hastalığı"],
    "he": ["מחלת אדיסון", "תסמונת מרפן", "תסמונת גיאן-בארה", "מחלת קוואסאקי"],
    "ar": ["مرض أديسون", "متلازمة مارفان", "متلازمة غيلان باريه", "مرض كاواساكي"],
    "hi": ["एडिसन रोग", "मार्फन सिंड्रोम", "गुइलेन-बैरे सिंड्रोम", "कावासाकी रोग"],
    "th": ["โรคคาวาซากิ", "กลุ่มอาการมาร์แฟน", "โรคแอดดิสัน", "กลุ่มอาการกิลแลง-บาร์เร"],
    "zh": ["川崎病", "马凡综合征", "艾迪生病", "格林-巴利综合征"], "ja": ["川崎病", "マルファン症候群", "アジソン病", "ギラン・バレー症候群"],
    "ko": ["가와사키병", "마르판 증후군", "애디슨병", "길랭-바레 증후군"], "vi": ["bệnh Kawasaki", "hội chứng Marfan", "bệnh Addison", "hội chứng Guillain-Barré"],
}
CITES = {
    "US": ["45 CFR 164.524", "42 CFR 482.24(b)(1)", "Mont. Code Ann. § 50-16-541"],
    "GB": ["Article 15 UK GDPR", "the Records Management Code of Practice 2023", "the NHS (Charges to Overseas Visitors) Regulations 2015", "the Access to Health Records Act 1990"],
    "DE": ["§ 630g BGB", "§ 630f Abs. 3 BGB", "Art. 15 DSGVO"],
    "FR": ["article L. 1111-7 du code de la santé publique", "article R. 1112-7 du code de la santé publique", "article 15 du RGPD"],
    "ES": ["artículo 18 de la Ley 41/2002", "artículo 17.1 de la Ley 41/2002", "artículo 15 del RGPD"],
    "IT": ["art. 15 del GDPR", "circolare del Ministero della Sanità n. 61/1986", "art. 4 della legge 24/2017"],
    "NL": ["artikel 7:456 BW", "artikel 7:454 lid 3 BW", "artikel 15 AVG"],
    "BR": ["art. 18 da Lei nº 13.709/2018 (LGPD)", "Lei nº 13.787/2018", "Resolução CFM nº 1.821/2007"],
    "PL": ["art. 23 ustawy o prawach pacjenta i Rzeczniku Praw Pacjenta", "art. 29 ust. 1 ustawy o prawach pacjenta", "art. 15 RODO"],
    "RU": ["ст. 22 Федерального закона № 323-ФЗ", "приказ Минздрава России № 425н", "ст. 14 Федерального закона № 152-ФЗ"],
    "GR": ["άρθρο 14 του ν. 3418/2005", "ν. 4624/2019", "άρθρο 15 ΓΚΠΔ"],
    "TR": ["Hasta Hakları Yönetmeliği md. 16", "Sağlık Bakanlığı Arşiv Yönetmeliği", "6698 sayılı KVKK md. 11"],
    "IL": ["חוק זכויות החולה, התשנ\"ו-1996, סעיף 18", "תקנות בריאות העם (שמירת רשומות), התשל\"ז-1976", "חוק הגנת הפרטיות, התשמ\"א-1981"],
    "EG": ["قانون حماية البيانات الشخصية رقم 151 لسنة 2020", "قرار وزير الصحة رقم 238 لسنة 2018", "المادة 18 من الدستور"],
    "IN": ["डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023", "भारतीय चिकित्सा परिषद विनियम 2002 का विनियम 1.3.1", "क्लिनिकल एस्टैब्लिशमेंट्स अधिनियम, 2010"],
    "TH": ["พ.ร.บ.สุขภาพแห่งชาติ พ.ศ. 2550 มาตรา 7", "ระเบียบกระทรวงสาธารณสุข ว่าด้วยการเก็บรักษาเวชระเบียน", "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 30"],
    "CN": ["《个人信息保护法》第四十五条", "《医疗机构病历管理规定》第二十九条", "《医疗纠纷预防和处理条例》第十六条"],
    "JP": ["個人情報保護法第33条", "医師法第24条", "医療法施行規則第20条"],
    "KR": ["의료법 제21조", "의료법 시행규칙 제15조", "개인정보 보호법 제35조"],
    "VN": ["Luật Khám bệnh, chữa bệnh 2023, Điều 69", "Thông tư 32/2023/TT-BYT", "Nghị định 13/2023/NĐ-CP"],
}
ICD = [("K35.8", "acute appendicitis"), ("S72.00", "fracture of neck of femur"), ("I21.4", "NSTEMI"), ("J18.9", "pneumonia"),
       ("N20.0", "renal calculus"), ("E11.9", "type 2 diabetes"), ("C18.7", "sigmoid colon carcinoma"), ("M17.1", "primary gonarthrosis"),
       ("K80.20", "cholelithiasis"), ("I63.9", "cerebral infarction"), ("R07.4", "chest pain"), ("H25.1", "senile nuclear cataract"),
       ("K40.90", "inguinal hernia"), ("N39.0", "urinary tract infection"), ("I48.0", "paroxysmal atrial fibrillation")]
PROC = {"GB": ["W37.1", "H01.1", "C71.2", "T20.1", "J18.3"], "US": ["CPT 44970", "CPT 27130", "CPT 66984", "CPT 49505"],
        "DE": ["OPS 5-470.11", "OPS 5-820.00", "OPS 5-144.5a", "OPS 5-530.31"], "FR": ["CCAM HHFA016", "CCAM NEKA020", "CCAM BFGA004"],
        "NL": ["DBC 15A071", "DBC 13C099"], "BR": ["SIGTAP 04.07.04.008-7", "SIGTAP 04.08.04.009-2"]}
DRUGS = ["paracetamol 1 g QDS", "enoxaparin 40 mg SC OD", "amoxicillin 500 mg TDS", "metformin 500 mg BD", "bisoprolol 2.5 mg OD",
         "omeprazole 20 mg OD", "apixaban 5 mg BD", "furosemide 40 mg mane", "atorvastatin 40 mg ON", "co-codamol 30/500 PRN"]
CURRENCY = {"US": ("$", "pre", ",", "."), "GB": ("£", "pre", ",", "."), "DE": ("€", "post", ".", ","), "FR": ("€", "post", "\u202f", ","),
            "ES": ("€", "post", ".", ","), "IT": ("€", "post", ".", ","), "NL": ("€", "pre", ".", ","), "BR": ("R$", "pre", ".", ","),
            "PL": ("zł", "post", " ", ","), "RU": ("₽", "post", " ", ","), "GR": ("€", "post", ".", ","), "TR": ("₺", "pre", ".", ","),
            "IL": ("₪", "pre", ",", "."), "EG": ("ج.م", "post", ",", "."), "IN": ("₹", "pre", ",", "."), "TH": ("บาท", "post", ",", "."),
            "CN": ("元", "post", ",", "."), "JP": ("円", "post", ",", "."), "KR": ("원", "post", ",", "."), "VN": ("₫", "post", ".", ",")}
CUR_SCALE = {"US": 1, "GB": 1, "DE": 1, "FR": 1, "ES": 1, "IT": 1, "NL": 1, "BR": 5, "PL": 4, "RU": 90, "GR": 1, "TR": 35,
             "IL": 4, "EG": 48, "IN": 85, "TH": 35, "CN": 7, "JP": 150, "KR": 1350, "VN": 25000}


# ====================================================================== people
PARTICLES = ("van", "der", "den", "de", "ter")
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}


def _ents(loc, k):
    s = NAMES[loc].get(k, "")
    return s.split("|") if (loc == "NL" and k == "S") else s.split()


def _split(e):
    """'native|roman' -> (native, roman); female forms after '/'."""
    if "|" in e:
        nat, rom = e.split("|", 1)
    else:
        nat, rom = e, e
    return nat, rom


def fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


class Person:
    def __init__(self, loc, sex, given, given_r, fams, fams_r, patr=None, middle=None):
        self.loc, self.sex = loc, sex
        self.given, self.given_r = given, given_r
        self.fams, self.fams_r = fams, fams_r
        self.family = " ".join(fams)
        self.family_r = " ".join(fams_r)
        self.patr = patr
        self.middle = middle
        self.dob = None

    @property
    def full(self):
        loc = self.loc
        if loc == "CN" or loc == "KR":
            return self.family + self.given
        if loc == "JP":
            return self.family + " " + self.given
        if loc == "VN":
            return self.family + " " + self.middle + " " + self.given
        return self.given + " " + self.family

    @property
    def fio(self):
        """Russian ФИО (family, given, patronymic); others: family, given."""
        if self.loc == "RU":
            return self.family + " " + self.given + " " + self.patr
        if self.loc in ("CN", "KR", "JP", "VN", "TH", "IL", "EG", "IN"):
            return self.full
        return self.family + ", " + self.given

    @property
    def name_po(self):
        """given name and patronymic (Russian polite address)."""
        return self.given + " " + self.patr if self.patr else self.given

    @property
    def roman_full(self):
        if self.loc in ("CN", "KR", "JP"):
            return self.family_r + " " + self.given_r
        if self.loc == "VN":
            return fold(self.family + " " + self.middle + " " + self.given)
        return self.given_r + " " + self.family_r

    @property
    def chat(self):
        """The name a chat or greeting uses: given name; Japanese the family
        name; Korean and Chinese the full name."""
        if self.loc == "JP":
            return self.family
        if self.loc in ("KR", "CN"):
            return self.full
        return self.given

    def words(self):
        ws = set()
        for s in [self.given, self.given_r, self.patr or ""] + self.fams + self.fams_r:
            for w in s.replace(",", " ").split():
                if w not in PARTICLES:
                    ws.add(w)
        return ws


def _fam_entries(loc):
    out = []
    for e in _ents(loc, "S"):
        nat, rom = _split(e)
        nm, _, nf = nat.partition("/")
        rm, _, rf = rom.partition("/")
        out.append((nm, nf or nm, rm, rf or rm))
    return out


def draw_person(R, loc, used, sex=None, fams_used=None):
    """A person whose name words and family entries are not in `used`
    (a set of words) and `fams_used` (a set of family-entry indexes)."""
    sex = sex or R.choice("mf")
    fe = _fam_entries(loc)
    for _ in range(400):
        g = _split(R.choice(_ents(loc, "M" if sex == "m" else "F")))
        nfam = 2 if loc == "ES" else (R.choice([1, 1, 2]) if loc == "BR" else 1)
        idx = R.sample(range(len(fe)), nfam)
        if any(i in fams_used for i in idx):
            continue
        fams = [fe[i][1] if sex == "f" else fe[i][0] for i in idx]
        fams_r = [fe[i][3] if sex == "f" else fe[i][2] for i in idx]
        patr = None
        if loc == "RU":
            pm, pf = R.choice(_ents(loc, "P")).split("/")
            patr = pf if sex == "f" else pm
        middle = ("Thị" if sex == "f" else "Văn") if loc == "VN" else None
        p = Person(loc, sex, g[0], g[1], fams, fams_r, patr, middle)
        ws = p.words()
        allw = set(ws) | {fe[i][k] for i in idx for k in range(4)}
        if allw & used:
            continue
        used |= allw
        fams_used |= set(idx)
        y = R.randint(1934, 2019)
        p.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        return p
    raise RuntimeError("no person for " + loc)


class Cast:
    """The people of one record: no shared name word or family entry."""

    def __init__(self, R, loc):
        self.R, self.loc = R, loc
        self.used, self.fams = set(), set()
        self.people = []

    def __call__(self, sex=None, loc=None, adult=False, child=False):
        p = draw_person(self.R, loc or self.loc, self.used, sex, self.fams if (loc or self.loc) == self.loc else set())
        if adult and p.dob.year > 2003:
            p.dob = p.dob.replace(year=self.R.randint(1940, 2000))
        if child:
            p.dob = p.dob.replace(year=self.R.randint(2010, 2021))
        self.people.append(p)
        return p


def PN(p, form="full", sub=None):
    v = {"full": p.full, "given": p.given, "family": p.family, "fio": p.fio, "chat": p.chat,
         "po": p.name_po, "roman": p.roman_full.upper()}[form]
    return L("person", v, sub=sub) if sub else L("person", v)


# ====================================================================== e-mails
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "laposte.net", "free.fr"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "alice.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "o2.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "GR": ["otenet.gr", "yahoo.gr", "gmail.com"],
           "TR": ["hotmail.com", "gmail.com", "yandex.com.tr"], "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
           "EG": ["yahoo.com", "gmail.com", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"], "CN": ["qq.com", "163.com", "126.com"],
           "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "hanmail.net"],
           "VN": ["gmail.com", "yahoo.com.vn", "outlook.com.vn"]}


def _local(R, p):
    g = fold(p.given_r if p.loc in NONLATIN else p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = fold(p.fams_r[0] if p.loc in NONLATIN else p.fams[-1 if p.loc == "NL" else 0]).lower().replace(" ", "").replace("'", "").replace("-", "")
    if p.loc == "VN":
        g, f = fold(p.given).lower(), fold(p.fams[0]).lower()
    g, f = g.replace("'", ""), f.replace("'", "")
    k = R.randint(0, 5)
    if k == 0:
        return g + "." + f
    if k == 1:
        return g[0] + f + str(R.randint(10, 99))
    if k == 2:
        return f + "." + g
    if k == 3:
        return g + "_" + f + str(R.randint(1950, 2005))
    if k == 4:
        return f + g[0] + str(R.randint(1, 99))
    return g + f[:3] + str(R.randint(100, 999))


def EM(R, p, work_dom=None):
    if work_dom:
        g = fold(p.given_r if p.loc in NONLATIN else p.given).lower().replace(" ", "").replace("-", "")
        f = fold(p.fams_r[0] if p.loc in NONLATIN else p.fams[-1]).lower().replace(" ", "").replace("-", "").replace("'", "")
        if p.loc == "VN":
            g, f = fold(p.given).lower(), fold(p.fams[0]).lower()
        return L("email", "%s.%s@%s" % (g.replace("'", ""), f, work_dom), sub="work")
    return L("email", _local(R, p) + "@" + R.choice(WEBMAIL[p.loc]), sub="personal")


def ROLE(loc, role):
    return N("%s@%s" % (role, HOSP[loc][1]), "role_mailbox")


# ====================================================================== phones
def _nsn(R, c):
    if c == "US":
        return R.choice(["406"]) + R.choice("23456789") + digits(R, 2) + digits(R, 4)
    if c == "BR":
        return "32" + "9" + R.choice("89") + digits(R, 7)
    if c == "GR":
        return "69" + R.choice("3456789") + digits(R, 7)
    if c == "TR":
        return "5" + R.choice(["30", "31", "32", "33", "35", "36", "38", "39", "41", "42", "43", "44", "45", "46", "47", "05", "06", "07", "52", "53", "54", "55"]) + nz(R, 7)
    if c == "IL":
        return "5" + R.choice("02348") + R.choice("2345679") + digits(R, 6)
    if c == "EG":
        return "1" + R.choice("0125") + nz(R, 8)
    if c == "TH":
        return R.choice(["81", "82", "84", "86", "89", "61", "62", "63", "91", "92", "95"]) + nz(R, 7)
    if c == "KR":
        return "10" + R.choice("2345678") + digits(R, 7)
    if c == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "76", "77", "78", "79", "32", "33", "34", "35"]) + nz(R, 7)
    if c == "CA":
        return R.choice(["416", "604", "514"]) + R.choice("23456789") + digits(R, 6)
    if c == "AU":
        return "4" + R.choice("0123") + digits(R, 7)
    if c == "IE":
        return R.choice(["83", "85", "86", "87", "89"]) + nz(R, 7)
    kinds = PLANS[c][2]
    k = "mobile" if "mobile" in kinds else sorted(kinds)[0]
    return kinds[k](R)


CC = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BR": "55", "PL": "48",
      "RU": "7", "GR": "30", "TR": "90", "IL": "972", "EG": "20", "IN": "91", "TH": "66", "CN": "86", "JP": "81", "KR": "82",
      "VN": "84", "AU": "61", "IE": "353"}


def _fmt_nat(R, c, n):
    k = R.randint(0, 2)
    if c in ("US", "CA"):
        return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"][k] % (n[:3], n[3:6], n[6:])
    if c == "GB":
        return "0%s %s" % (n[:4], n[4:]) if k else "0%s %s %s" % (n[:4], n[4:7], n[7:])
    if c == "DE":
        return ("0%s %s" if k < 2 else "0%s/%s") % (n[:3], n[3:])
    if c == "FR":
        g = ["0" + n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]
        return (" " if k < 2 else ".").join(g)
    if c == "ES":
        return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if k else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "IT":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if k else "%s/%s" % (n[:3], n[3:])
    if c == "NL":
        return "0%s-%s" % (n[0], n[1:]) if k else "0%s %s %s" % (n[0], n[1:5], n[5:])
    if c == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if c == "PL":
        return ("%s %s %s" if k else "%s-%s-%s") % (n[:3], n[3:6], n[6:])
    if c == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if k else "8-%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "GR":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if k else n
    if c == "TR":
        return "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if k else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:]) if k else "0%s-%s" % (n[:2], n[2:])
    if c == "EG":
        return "0%s %s %s" % (n[:2], n[2:6], n[6:]) if k else "0" + n
    if c == "IN":
        return "%s %s" % (n[:5], n[5:]) if k else "0" + n
    if c == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if c == "CN":
        return ("%s %s %s" if k else "%s-%s-%s") % (n[:3], n[3:7], n[7:])
    if c == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if c == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if c == "VN":
        return ("0%s %s %s" if k else "0%s.%s.%s") % (n[:2], n[2:5], n[5:])
    if c == "AU":
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "IE":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    raise KeyError(c)


def _fmt_intl(R, c, n, compact=False):
    cc = CC[c]
    if compact:
        return "+" + cc + n
    if c in ("US", "CA"):
        return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
    if c == "GB":
        return R.choice(["+44 %s %s", "+44 (0)%s %s"]) % (n[:4], n[4:])
    if c == "FR":
        return "+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
    if c == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if c == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c in ("IL", "TH"):
        return "+%s %s-%s-%s" % (cc, n[:2], n[2:5], n[5:])
    if c in ("JP", "KR"):
        return "+%s %s-%s-%s" % (cc, n[:2], n[2:6], n[6:])
    if c == "DE":
        return "+49 %s %s" % (n[:3], n[3:])
    if c == "NL":
        return "+31 %s %s" % (n[0], n[1:])
    if c == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    if c == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if c == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    if c in ("ES", "IT", "GR", "PL", "AU"):
        return "+%s %s %s %s" % (cc, n[:3], n[3:6], n[6:])
    if c in ("VN", "IE"):
        return "+%s %s %s %s" % (cc, n[:2], n[2:5], n[5:])
    return "+%s %s" % (cc, n)


def PH(R, region, plan=None, intl=None, compact=False, sub="mobile"):
    """A mobile of `plan` (default the region's) read in `region`."""
    plan = plan or region
    n = _nsn(R, plan)
    if intl is None:
        intl = plan != region or R.random() < 0.3
    v = _fmt_intl(R, plan, n, compact) if (intl or plan != region) else _fmt_nat(R, plan, n)
    meta = {"sub": sub, "region": region}
    if plan != region:
        meta["plan"] = plan
    return L("phone", v, **meta)


# ====================================================================== dates
MON = dict(MONTHS)
MON["pl"] = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
MON["ru"] = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
MON["el"] = "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()
MON["tr"] = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
MON["he"] = "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split()
MON["ar"] = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
MON["hi"] = "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()
MON["th"] = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
TH_ABBR = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        return "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)
    if d >= datetime.date(1989, 1, 8):
        return "平成%d年%d月%d日" % (d.year - 1988, d.month, d.day)
    return "昭和%d年%d月%d日" % (d.year - 1925, d.month, d.day)


def fdate(R, loc, d, style=None):
    """A date in the country's numeric (0) or month-name (1) form; 2: a
    third local form where there is one."""
    if style is None:
        style = R.randint(0, 1)
    y, m, dd = d.year, d.month, d.day
    lang = LANG[loc]
    if loc == "US":
        return ["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MON["en"][m - 1], dd, y), "%s %d, %d" % (MON["en"][m - 1][:3], dd, y)][style]
    if loc == "GB":
        return ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MON["en"][m - 1], y), "%d %s %d" % (dd, MON["en"][m - 1][:3], y)][style]
    if loc == "TH":
        be = y + 543
        return ["%02d/%02d/%d" % (dd, m, be), "%d %s %d" % (dd, MON["th"][m - 1], be), "%d %s %d" % (dd, TH_ABBR[m - 1], be)][style]
    if loc == "CN":
        return ["%d年%d月%d日" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d.%d.%d" % (y, m, dd)][style]
    if loc == "JP":
        return ["%d/%02d/%02d" % (y, m, dd), "%d年%d月%d日" % (y, m, dd), jp_era(d)][style]
    if loc == "KR":
        return ["%d. %d. %d." % (y, m, dd), "%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)][style]
    if loc == "VN":
        return ["%02d/%02d/%d" % (dd, m, y), "ngày %d tháng %d năm %d" % (dd, m, y), "%d/%d/%d" % (dd, m, y)][style % 2 if style == 2 else style]
    sep = {"DE": ".", "PL": ".", "RU": ".", "TR": ".", "IL": ".", "NL": "-", "IN": "-"}.get(loc, "/")
    num = ("%d/%d/%d" % (dd, m, y)) if loc == "GR" else "%02d%s%02d%s%d" % (dd, sep, m, sep, y)
    if style == 0 or style == 2:
        return num
    mn = MON[lang][m - 1]
    if loc == "DE":
        return "%d. %s %d" % (dd, mn, y)
    if loc in ("ES", "BR"):
        return "%d de %s de %d" % (dd, mn, y)
    if loc == "RU":
        return "%d %s %d г." % (dd, mn, y)
    return "%d %s %d" % (dd, mn, y)


def DOB(R, loc, p, style=None):
    return L("dob", fdate(R, loc, p.dob, style))


def iso(d):
    return "%d-%02d-%02d" % (d.year, d.month, d.day)


def near_date(R, back=0, fwd=60):
    return datetime.date(2026, 12, 7) + datetime.timedelta(days=R.randint(-back, fwd))


def hhmm(R, lo=7, hi=18):
    return "%02d:%02d" % (R.randint(lo, hi), R.choice([0, 10, 15, 20, 30, 40, 45, 50]))


# ====================================================================== ids
BELFIORE = {"Sulmona": "I804", "Avezzano": "A515", "Tagliacozzo": "L025"}
CN_AREA = ["520302", "520502", "520602", "520303"]


def GID(R, loc, p, kind=None):
    """The national id a hospital records for the person (None for JP)."""
    d, f = p.dob, p.sex == "f"
    if loc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if loc == "GB":
        n = nhs_random(R)
        return L("gov_id", R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:]) if R.random() < 0.8 else n, sub="nhs_number")
    if loc == "DE":
        return L("gov_id", kvnr_random(R), sub="de_kvnr")
    if loc == "FR":
        body, key = nir_random(R, "2" if f else "1", d.year % 100, d.month)
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return L("gov_id", v if R.random() < 0.7 else body + key, sub="fr_nir")
    if loc == "ES":
        if R.random() < 0.8:
            n, c = dni_random(R)
            return L("gov_id", n + c if R.random() < 0.6 else n + "-" + c, sub="es_dni")
        p_, n, c = nie_random(R)
        return L("gov_id", p_ + n + c, sub="es_nie")
    if loc == "IT":
        town = R.choice(list(BELFIORE))
        return L("gov_id", cf_make(p.family, p.given, d.year % 100, d.month, d.day, f, BELFIORE[town]), sub="it_cf")
    if loc == "NL":
        s = bsn_random(R)
        return L("gov_id", s if R.random() < 0.6 else "%s.%s.%s" % (s[:4], s[4:6], s[6:]), sub="nl_bsn")
    if loc == "BR":
        if kind == "cns" or (kind is None and R.random() < 0.35):
            s = cns_random(R)
            return L("gov_id", "%s %s %s %s" % (s[:3], s[3:7], s[7:11], s[11:]), sub="br_cns")
        s = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="br_cpf")
    if loc == "PL":
        return L("gov_id", pesel_make(R, d.year, d.month, d.day, f), sub="pl_pesel")
    if loc == "RU":
        s = snils_random(R)
        return L("gov_id", "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="ru_snils")
    if loc == "GR":
        return L("gov_id", amka_make(R, d.year, d.month, d.day), sub="gr_amka")
    if loc == "TR":
        return L("gov_id", tckn_random(R), sub="tr_tckn")
    if loc == "IL":
        return L("gov_id", tz_random(R), sub="il_tz")
    if loc == "EG":
        return L("gov_id", egid_make(R, d.year, d.month, d.day, f), sub="eg_nid")
    if loc == "IN":
        s = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (s[:4], s[4:8], s[8:]), sub="in_aadhaar")
    if loc == "TH":
        s = thid_random(R)
        return L("gov_id", "%s %s %s %s %s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]) if R.random() < 0.7 else s, sub="th_id")
    if loc == "CN":
        return L("gov_id", cnid_make(R, R.choice(CN_AREA), d.year, d.month, d.day, f), sub="cn_rid")
    if loc == "KR":
        s = rrn_make(R, d.year, d.month, d.day, f)
        return L("gov_id", s[:6] + "-" + s[6:], sub="kr_rrn")
    if loc == "VN":
        return L("gov_id", cccd_make(R, d.year, f), sub="vn_cccd")
    return None


def PASS(R, c):
    return L("gov_id", passport_random(R, c), sub="passport", country=c)


def id_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    c = re.sub(r"[\s.\-]", "", v)
    return {"ssn": lambda: re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and ssn_valid(int(v[:3]), int(v[4:6]), int(v[7:])),
            "nhs_number": lambda: nhs_ok(c), "de_kvnr": lambda: kvnr_ok(c),
            "fr_nir": lambda: len(c) == 15 and nir_ok(c[:13], c[13:]),
            "es_dni": lambda: len(c) == 9 and c[:8].isdigit() and DNI_LETTERS[int(c[:8]) % 23] == c[8],
            "es_nie": lambda: len(c) == 9 and nie_ok(c), "it_cf": lambda: len(v) == 16 and cf_check(v[:15]) == v[15],
            "nl_bsn": lambda: bsn_ok(c), "br_cpf": lambda: cpf_ok(c), "br_cns": lambda: cns_ok(c),
            "pl_pesel": lambda: pesel_ok(c), "ru_snils": lambda: snils_ok(c), "gr_amka": lambda: amka_ok(c),
            "tr_tckn": lambda: tckn_ok(c), "il_tz": lambda: tz_ok(c), "eg_nid": lambda: egid_ok(c),
            "in_aadhaar": lambda: len(c) == 12 and verhoeff_ok(c), "th_id": lambda: thid_ok(c),
            "cn_rid": lambda: cnid_ok(c), "kr_rrn": lambda: rrn_ok(c), "vn_cccd": lambda: cccd_ok(c),
            "passport": lambda: passport_ok(v, sp.get("country")),
            }[sub]()


# ====================================================================== money, cards, IBANs, IPs
def money(R, loc, lo, hi, cents=True):
    sym, pos, th, dec = CURRENCY[loc]
    sc = CUR_SCALE[loc]
    v = R.uniform(lo, hi) * sc
    if loc in ("JP", "KR", "VN") or sc >= 48:
        cents = False
        v = round(v, -1 if v < 10000 else -2)
    ip = int(v)
    s = "{:,}".format(ip).replace(",", th)
    if cents:
        s += dec + "%02d" % R.randint(0, 99)
    return (sym + s) if pos == "pre" else (s + "\u00a0" + sym if loc in ("FR", "DE") else s + " " + sym)


ISSUERS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"], "RU": ["mir"],
           "CN": ["unionpay"], "JP": ["jcb", "visa"], "IN": ["rupay", "visa"], "TR": ["troy", "visa", "mastercard"]}


def CARD(R, loc, issuer=None):
    iss = issuer or R.choice(ISSUERS.get(loc, ["visa", "mastercard"]))
    n = card_random(R, iss)
    while n in TEST_CARDS:
        n = card_random(R, iss)
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=iss)


def IBAN(R, c, **meta):
    s = iban_random2(R, c)
    k = R.randint(0, 3)
    v = s if k == 0 else group(s, 4, "\u00a0" if k == 3 else " ")
    return L("iban", v, sub=c, **meta)


V6P = ["2a01:", "2a02:", "2a03:", "2a04:", "2400:", "2401:", "2600:", "2601:", "2800:", "2c0f:"]


def IP(R, v6=None):
    if v6 is None:
        v6 = R.random() < 0.2
    if v6:
        s = R.choice(V6P) + ":".join("%x" % R.randint(0x100, 0xffff) for _ in range(3)) + "::" + "%x" % R.randint(1, 0xfff)
        return L("ip", str(ipaddress.ip_address(s)), sub="ipv6")
    while True:
        a = ipaddress.ip_address("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global and not a.is_multicast:
            return L("ip", str(a), sub="ipv4")


def LANIP(R):
    k = R.randint(0, 4)
    if k == 0:
        return N("10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)), "private_ip")
    if k == 1:
        return N("192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 250)), "private_ip")
    if k == 2:
        return N("172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250)), "private_ip")
    if k == 3:
        return N(R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 250)), "doc_ip")
    return N("2001:db8:%x::%x" % (R.randint(1, 0xfff), R.randint(1, 0xff)), "doc_ip")


# ====================================================================== addresses
GB_L = "ABDEFGHJLNPQRSTUWXYZ"
TH_TAMBON = {"สุโขทัย": "ธานี", "พะเยา": "เวียง", "พิจิตร": "ในเมือง"}
IN_STATE = {"झांसी": "उत्तर प्रदेश", "ओरछा": "मध्य प्रदेश", "ललितपुर": "उत्तर प्रदेश"}
BR_BAIRRO = ["Caiçaras", "Piranga", "Caeté", "Vista Alegre", "Funcionários"]


def ADDR(R, loc, flat=None):
    pc, town = R.choice(TOWNS[loc])
    st = R.choice(STREETS[loc])
    n = R.randint(2, 180)
    if flat is None:
        flat = R.random() < 0.4
    f = R.randint(1, 24)
    if loc == "US":
        v = "%d %s%s, %s, MT %s" % (R.randint(100, 9899), st, (", Apt %d%s" % (R.randint(1, 9), R.choice("ABCD"))) if flat else "", town, pc)
    elif loc == "GB":
        pcode = "%s %d%s%s" % (pc, R.randint(0, 9), R.choice(GB_L), R.choice(GB_L))
        v = ("Flat %d, %s, " % (f, R.choice(BUILDINGS["GB"])) if flat else "") + "%d %s, %s %s" % (n, st, town, pcode)
    elif loc == "DE":
        v = "%s %d%s, %s %s" % (st, n, R.choice(["", "", "a"]), pc, town)
    elif loc == "FR":
        v = "%d%s %s, %s %s" % (n, R.choice(["", "", " bis", " ter"]), st, pc, town)
    elif loc == "ES":
        v = "%s, %d, %dº %s, %s %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), pc, town) if flat else "%s, %d, %s %s" % (st, n, pc, town)
    elif loc == "IT":
        v = "%s %d%s, %s %s (AQ)" % (st, n, (", int. %d" % f) if flat else "", pc, town)
    elif loc == "NL":
        v = "%s %d%s, %s %s%s %s" % (st, n, R.choice(["", "", "-1", "A"]), pc, R.choice("BCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRSTVWXZ"), town)
    elif loc == "BR":
        v = "%s, %d%s, %s, %s - MG, %s-%03d" % (st, R.randint(10, 2400), (", apto %d%02d" % (R.randint(1, 9), R.randint(1, 4))) if flat else "",
                                                R.choice(BR_BAIRRO), town, pc[:5], R.randint(0, 999))
    elif loc == "PL":
        v = "%s %d%s, %s %s" % (st, n, (" m. %d" % f) if flat else "", pc, town)
    elif loc == "RU":
        v = "%s, д. %d, кв. %d, г. %s, %s%02d" % (st, n, R.randint(1, 140), town, pc, R.randint(0, 99))
    elif loc == "GR":
        v = "%s %d, %s %s %s" % (st, n, pc[:3], pc[3:], town)
    elif loc == "TR":
        v = "%s No: %d%s, %s %s/Artvin" % (st, n, (" D: %d" % f) if flat else "", pc, town)
    elif loc == "IL":
        v = "%s %d%s, %s" % (st, n, (" דירה %d" % f) if flat else "", town)
    elif loc == "EG":
        v = "%d %s، %sشقة %d، %s" % (n, st, "عمارة %d، " % R.randint(1, 40) if flat else "", f, town)
    elif loc == "IN":
        v = "%s %d, %s, %s, %s %s" % (R.choice(["मकान नं.", "फ्लैट नं."]), n, st, town, IN_STATE[town], pc)
    elif loc == "TH":
        v = "%d/%d หมู่ %d %s ตำบล%s อำเภอเมือง%s จังหวัด%s %s" % (n, R.randint(1, 99), R.randint(1, 12), st, TH_TAMBON[town], town, town, pc)
    elif loc == "CN":
        v = "贵州省%s%s%d号%d栋%d单元%d室" % (town, st, n, R.randint(1, 12), R.randint(1, 4), R.randint(1, 28) * 100 + R.randint(1, 6))
    elif loc == "JP":
        v = "〒%s-%04d 秋田県%s%s%d丁目%d-%d%s" % (pc, R.randint(1, 999) * 10 + R.randint(1, 9), town, st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20),
                                              (" %s %d号室" % (R.choice(BUILDINGS["JP"]), R.randint(1, 5) * 100 + R.randint(1, 9))) if flat else "")
    elif loc == "KR":
        v = "강원특별자치도 %s %s %d%s" % (town, st, n, (", %d동 %d호" % (R.randint(101, 112), R.randint(1, 20) * 100 + R.randint(1, 6))) if flat else "")
    elif loc == "VN":
        v = "số %d %s, khóm %d, %s, An Giang" % (n, st, R.randint(1, 9), town)
    else:
        raise KeyError(loc)
    return L("address", v, sub=loc.lower())


# ====================================================================== per-language frames
# Each language: requests (check, summarise, reply, rewrite), form field labels for
# person fields, relations, appointment-letter lines, discharge-summary headings,
# subject-access lines, liaison-note lines, two chats, notice and retention lines,
# name-as-word sentences. Slots are written {slot}.
T = {}
T["en"] = dict(
    req=["Can you check this for anything missing before I send it?", "Summarise this in three bullet points for the ward manager.",
         "Help me write a polite reply to this.", "Rewrite this in plain English for the patient, please."],
    fl=dict(name="Full name", dob="Date of birth", addr="Home address", phone="Mobile", email="Email", nok="Next of kin",
            rel="Relationship", gp="Registered GP"),
    rel=["daughter", "son", "wife", "husband", "neighbour", "brother"],
    appt=["We have received a referral from {gp} and have booked you into the {clinic}.",
          "Your appointment: {date} at {time}, {place}.",
          "Please bring a list of your medicines. If you cannot attend, call {sw} or email {role}.",
          "Outpatient Booking Team"],
    disch=dict(title="DISCHARGE SUMMARY", pt="Patient", adm="Admitted", dis="Discharged", dx="Diagnosis", meds="Medication on discharge",
               fu="Follow-up", nok="Next of kin", cons="Consultant", gp="GP",
               body="Admitted via the emergency department with {dx} and treated on {ward}; mobilising independently at discharge."),
    sar=["I am writing to ask for a copy of my hospital records under {cite}.",
         "I am the patient's {rel} and hold her written consent; her details are below.",
         "My own details:",
         "Your request {ref} was received on {date}. We will reply within one calendar month; no fee is charged.",
         "Medical Records Officer"],
    compl=["{who} ({rel} of {pt}) phoned on {date} about the discharge arrangements.",
           "She says staff nurse {staff} on {ward} told the family the transport was booked, but no one came.",
           "Wants a call back on {phone}.",
           "Logged by {officer}, Patient Advice and Liaison Service."],
    chatpay=["Hi, this is the cashier's office at {hosp}. Invoice {inv} for {amount} is still open.",
             "I can pay now by card: {card}, expires {exp}, name on card {holder}.",
             "Thank you. Where shall I send the receipt?", "To {email} please.",
             "Payment taken. Kind regards, {staff}"],
    chatpt=["Hello, I need to move my appointment on {date}.", "Of course. Can you confirm your date of birth?",
            "{dob}", "Thanks. I can offer {date2} at {time} in the {clinic}. Is your mobile still {phone0}?",
            "No, it's {phone} now, and I've moved to {addr}.", "Updated. See you then!"],
    notice=["Visiting hours on {ward}: {t1}-{t2}, two visitors per bed.", "Please use the hand gel at the entrance.",
            "Questions: switchboard {sw}, {role}, {web}.", "The {epo} reopens after refurbishment on {date}."],
    ret=["Adult inpatient records: keep 8 years after the last entry ({cite}).", "Children's records: until the 25th birthday.",
         "Destroy through confidential waste and log the batch in the destruction register.",
         "Subject access requests: reply within one month ({cite})."],
    naw=["Will the ward round start before the bed meeting?", "Grace period for returning the loan crutches is two weeks."],
)
T["de"] = dict(
    req=["Kannst du prüfen, ob hier etwas fehlt, bevor ich es rausschicke?", "Fass das bitte in drei Punkten für die Stationsleitung zusammen.",
         "Hilf mir, eine höfliche Antwort darauf zu schreiben.", "Formulier das bitte in einfacher Sprache für den Patienten um."],
    fl=dict(name="Name, Vorname", dob="Geburtsdatum", addr="Anschrift", phone="Mobil", email="E-Mail", nok="Angehörige/r",
            rel="Beziehung", gp="Hausarzt"),
    rel=["Tochter", "Sohn", "Ehefrau", "Ehemann", "Nachbarin", "Bruder"],
    appt=["Wir haben eine Überweisung von {gp} erhalten und für Sie einen Termin in der {clinic} vereinbart.",
          "Ihr Termin: {date} um {time} Uhr, {place}.",
          "Bitte bringen Sie Ihren Medikationsplan mit. Falls Sie verhindert sind, rufen Sie {sw} an oder schreiben Sie an {role}.",
          "Ihr Team der Terminvergabe"],
    disch=dict(title="ENTLASSUNGSBRIEF", pt="Patient/in", adm="Aufnahme", dis="Entlassung", dx="Diagnose", meds="Entlassmedikation",
               fu="Weiteres Vorgehen", nok="Angehörige", cons="Oberarzt/Oberärztin", gp="Hausarzt",
               body="Aufnahme über die Notaufnahme mit {dx}, Behandlung auf {ward}; bei Entlassung selbstständig mobil."),
    sar=["hiermit beantrage ich eine Kopie meiner Patientenakte gemäß {cite}.",
         "Ich bin {rel} der Patientin und lege ihre schriftliche Einwilligung bei; ihre Daten stehen unten.",
         "Meine Daten:",
         "Ihr Antrag {ref} ist am {date} eingegangen. Wir antworten innerhalb eines Monats; es entstehen keine Kosten.",
         "Patientenaktenarchiv"],
    compl=["{who} ({rel} von {pt}) rief am {date} wegen der Entlassung an.",
           "Laut ihr hat Pflegekraft {staff} auf {ward} gesagt, der Transport sei bestellt, es kam aber niemand.",
           "Bittet um Rückruf unter {phone}.",
           "Aufgenommen von {officer}, Patientenfürsprache."],
    chatpay=["Hallo, hier ist die Kasse des {hosp}. Die Rechnung {inv} über {amount} ist noch offen.",
             "Ich zahle gleich per Karte: {card}, gültig bis {exp}, Karteninhaber {holder}.",
             "Danke. Wohin soll die Quittung gehen?", "An {email}, bitte.",
             "Zahlung ist verbucht. Viele Grüße, {staff}"],
    chatpt=["Hallo, ich muss meinen Termin am {date} verschieben.", "Kein Problem. Können Sie mir Ihr Geburtsdatum bestätigen?",
            "{dob}", "Danke. Ich hätte {date2} um {time} in der {clinic}. Ist Ihre Handynummer noch {phone0}?",
            "Nein, jetzt {phone}, und ich bin umgezogen: {addr}.", "Ist geändert. Bis dann!"],
    notice=["Besuchszeiten auf {ward}: {t1}-{t2} Uhr, höchstens zwei Besucher pro Bett.", "Bitte am Eingang die Hände desinfizieren.",
            "Fragen: Zentrale {sw}, {role}, {web}.", "Das {epo} öffnet nach der Renovierung am {date} wieder."],
    ret=["Behandlungsunterlagen: Aufbewahrung 10 Jahre nach Abschluss der Behandlung ({cite}).", "Röntgenbilder von Kindern: bis zum 28. Lebensjahr.",
         "Vernichtung über den Datenschutzcontainer, Charge im Vernichtungsprotokoll eintragen.",
         "Auskunftsersuchen: Antwort innerhalb eines Monats ({cite})."],
    naw=["Heide und Moor sind auf dem Bild im Wartebereich zu sehen.", "Frank und frei sagte die Stationsleitung, dass Betten fehlen."],
)
T["fr"] = dict(
    req=["Tu peux vérifier s'il manque quelque chose avant que je l'envoie ?", "Résume ceci en trois points pour la cadre de santé.",
         "Aide-moi à rédiger une réponse polie.", "Reformule ceci en langage simple pour le patient, s'il te plaît."],
    fl=dict(name="Nom, prénom", dob="Date de naissance", addr="Adresse", phone="Portable", email="E-mail", nok="Personne à prévenir",
            rel="Lien", gp="Médecin traitant"),
    rel=["fille", "fils", "épouse", "mari", "voisine", "frère"],
    appt=["Nous avons reçu un courrier d'adressage de {gp} et vous avons donné rendez-vous à la {clinic}.",
          "Votre rendez-vous : le {date} à {time}, {place}.",
          "Merci d'apporter vos ordonnances. En cas d'empêchement, appelez le {sw} ou écrivez à {role}.",
          "Le bureau des rendez-vous"],
    disch=dict(title="COMPTE RENDU D'HOSPITALISATION", pt="Patient(e)", adm="Entrée", dis="Sortie", dx="Diagnostic", meds="Traitement de sortie",
               fu="Suivi", nok="Personne de confiance", cons="Médecin senior", gp="Médecin traitant",
               body="Entrée par les urgences pour {dx}, prise en charge en {ward} ; autonome à la sortie."),
    sar=["je vous prie de me communiquer une copie de mon dossier médical en application de l'{cite}.",
         "Je suis {rel} de la patiente et je joins son accord écrit ; ses coordonnées figurent ci-dessous.",
         "Mes coordonnées :",
         "Votre demande {ref} a été reçue le {date}. Nous vous répondrons sous huit jours ; l'envoi est gratuit.",
         "Service des archives médicales"],
    compl=["{who} ({rel} de {pt}) a appelé le {date} au sujet de la sortie.",
           "Selon elle, l'infirmière {staff} du {ward} avait annoncé que le transport était réservé, mais personne n'est venu.",
           "Demande à être rappelée au {phone}.",
           "Saisi par {officer}, chargée des relations avec les usagers."],
    chatpay=["Bonjour, ici la caisse du {hosp}. La facture {inv} de {amount} reste à régler.",
             "Je peux payer par carte : {card}, expire {exp}, titulaire {holder}.",
             "Merci. À quelle adresse envoyer le reçu ?", "À {email}, merci.",
             "Paiement enregistré. Bien cordialement, {staff}"],
    chatpt=["Bonjour, je dois déplacer mon rendez-vous du {date}.", "Bien sûr. Pouvez-vous me confirmer votre date de naissance ?",
            "{dob}", "Merci. Je peux vous proposer le {date2} à {time} à la {clinic}. Votre portable est toujours le {phone0} ?",
            "Non, c'est le {phone} maintenant, et j'ai déménagé : {addr}.", "C'est noté. À bientôt !"],
    notice=["Visites en {ward} : de {t1} à {t2}, deux visiteurs par lit.", "Merci d'utiliser le gel hydroalcoolique à l'entrée.",
            "Renseignements : standard {sw}, {role}, {web}.", "Le {epo} rouvre après travaux le {date}."],
    ret=["Dossiers médicaux : conservation 20 ans après le dernier séjour ({cite}).", "Mineurs : au moins jusqu'au 28e anniversaire.",
         "Destruction par la filière confidentielle, lot consigné au registre.",
         "Demandes de communication : réponse sous huit jours ({cite})."],
    naw=["Rose trémière dans la cour intérieure, à tailler avant l'hiver.", "Pierre de taille du hall d'entrée à nettoyer samedi."],
)
T["es"] = dict(
    req=["¿Puedes revisar si falta algo antes de enviarlo?", "Resúmelo en tres puntos para la supervisora de planta.",
         "Ayúdame a redactar una respuesta educada.", "Reescríbelo en lenguaje sencillo para el paciente, por favor."],
    fl=dict(name="Apellidos y nombre", dob="Fecha de nacimiento", addr="Domicilio", phone="Móvil", email="Correo electrónico", nok="Familiar de contacto",
            rel="Parentesco", gp="Médico de familia"),
    rel=["hija", "hijo", "esposa", "marido", "vecina", "hermano"],
    appt=["Hemos recibido la derivación de {gp} y le hemos citado en {clinic}.",
          "Su cita: {date} a las {time}, {place}.",
          "Traiga la lista de su medicación. Si no puede acudir, llame al {sw} o escriba a {role}.",
          "Servicio de Admisión y Citaciones"],
    disch=dict(title="INFORME DE ALTA", pt="Paciente", adm="Ingreso", dis="Alta", dx="Diagnóstico", meds="Tratamiento al alta",
               fu="Seguimiento", nok="Familiar de contacto", cons="Facultativo responsable", gp="Médico de familia",
               body="Ingresa desde Urgencias por {dx} y es tratado en {ward}; deambula de forma autónoma al alta."),
    sar=["solicito una copia de mi historia clínica conforme al {cite}.",
         "Soy {rel} de la paciente y adjunto su autorización por escrito; sus datos figuran abajo.",
         "Mis datos:",
         "Su solicitud {ref} se recibió el {date}. Responderemos en el plazo de un mes; no tiene coste.",
         "Unidad de Documentación Clínica"],
    compl=["{who} ({rel} de {pt}) llamó el {date} por el alta.",
           "Dice que la enfermera {staff} de {ward} les confirmó la ambulancia, pero no llegó nadie.",
           "Pide que la llamen al {phone}.",
           "Registrado por {officer}, Servicio de Atención al Paciente."],
    chatpay=["Hola, le escribe la caja del {hosp}. La factura {inv} de {amount} sigue pendiente.",
             "Pago ahora con tarjeta: {card}, caduca {exp}, titular {holder}.",
             "Gracias. ¿A qué correo le envío el justificante?", "A {email}, por favor.",
             "Cobro realizado. Un saludo, {staff}"],
    chatpt=["Hola, tengo que cambiar mi cita del {date}.", "Claro. ¿Me confirma su fecha de nacimiento?",
            "{dob}", "Gracias. Le puedo dar el {date2} a las {time} en {clinic}. ¿Su móvil sigue siendo el {phone0}?",
            "No, ahora es el {phone}, y me he mudado a {addr}.", "Actualizado. ¡Hasta entonces!"],
    notice=["Horario de visitas en {ward}: de {t1} a {t2}, dos acompañantes por cama.", "Use el gel hidroalcohólico a la entrada.",
            "Información: centralita {sw}, {role}, {web}.", "La {epo} reabre tras las obras el {date}."],
    ret=["Historias clínicas: conservar al menos cinco años desde el alta ({cite}).", "Menores: hasta la mayoría de edad más cinco años.",
         "Destrucción por el circuito confidencial y anotación del lote en el registro.",
         "Solicitudes de acceso: respuesta en un mes ({cite})."],
    naw=["Pilar 4 del aparcamiento golpeado por una ambulancia esta mañana.", "Rocío en el césped del jardín de pacientes; cuidado al salir."],
)
T["it"] = dict(
    req=["Puoi controllare se manca qualcosa prima che lo invii?", "Riassumilo in tre punti per la coordinatrice infermieristica.",
         "Aiutami a scrivere una risposta cortese.", "Riscrivilo in parole semplici per il paziente, per favore."],
    fl=dict(name="Cognome e nome", dob="Data di nascita", addr="Indirizzo di residenza", phone="Cellulare", email="E-mail", nok="Familiare di riferimento",
            rel="Parentela", gp="Medico di medicina generale"),
    rel=["figlia", "figlio", "moglie", "marito", "vicina", "fratello"],
    appt=["Abbiamo ricevuto l'impegnativa di {gp} e le abbiamo fissato una visita presso {clinic}.",
          "Appuntamento: {date} alle {time}, {place}.",
          "Porti l'elenco dei farmaci che assume. In caso di disdetta chiami il {sw} o scriva a {role}.",
          "Ufficio Prenotazioni CUP"],
    disch=dict(title="LETTERA DI DIMISSIONE", pt="Paziente", adm="Ricovero", dis="Dimissione", dx="Diagnosi", meds="Terapia alla dimissione",
               fu="Controlli", nok="Familiare di riferimento", cons="Dirigente medico", gp="Medico curante",
               body="Ricoverato dal Pronto Soccorso per {dx} e trattato in {ward}; alla dimissione deambula autonomamente."),
    sar=["chiedo copia della mia cartella clinica ai sensi dell'{cite}.",
         "Sono {rel} della paziente e allego la sua delega scritta; i suoi dati sono riportati sotto.",
         "I miei dati:",
         "La sua richiesta {ref} è pervenuta il {date}. Risponderemo entro trenta giorni.",
         "Ufficio Cartelle Cliniche"],
    compl=["{who} ({rel} di {pt}) ha telefonato il {date} per la dimissione.",
           "Riferisce che l'infermiera {staff} del {ward} aveva confermato il trasporto, ma non è arrivato nessuno.",
           "Chiede di essere richiamata al {phone}.",
           "Registrato da {officer}, Ufficio Relazioni con il Pubblico."],
    chatpay=["Buongiorno, le scrive la cassa dell'{hosp}. La fattura {inv} di {amount} risulta ancora aperta.",
             "Pago adesso con carta: {card}, scadenza {exp}, intestata a {holder}.",
             "Grazie. A quale indirizzo mando la ricevuta?", "A {email}, grazie.",
             "Pagamento registrato. Cordiali saluti, {staff}"],
    chatpt=["Buongiorno, devo spostare la visita del {date}.", "Certo. Mi conferma la sua data di nascita?",
            "{dob}", "Grazie. Posso darle il {date2} alle {time} presso {clinic}. Il cellulare è sempre il {phone0}?",
            "No, adesso è il {phone}, e ho cambiato indirizzo: {addr}.", "Aggiornato. A presto!"],
    notice=["Orari di visita in {ward}: {t1}-{t2}, un visitatore per letto.", "Si prega di igienizzare le mani all'ingresso.",
            "Informazioni: centralino {sw}, {role}, {web}.", "Il {epo} riapre dopo i lavori il {date}."],
    ret=["Cartelle cliniche: conservazione illimitata ({cite}).", "Referti radiologici: almeno dieci anni.",
         "Distruzione tramite ditta autorizzata, verbale nel registro.",
         "Richieste di copia: rilascio entro sette giorni ({cite})."],
    naw=["Rosa dei venti dipinta sul muro della sala d'attesa.", "Serena la notte in reparto, nessuna chiamata al medico di guardia."],
)
T["nl"] = dict(
    req=["Kun je checken of hier iets ontbreekt voordat ik het verstuur?", "Vat dit samen in drie punten voor de afdelingsmanager.",
         "Help me een beleefd antwoord te schrijven.", "Herschrijf dit in eenvoudige taal voor de patiënt, alsjeblieft."],
    fl=dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Mobiel", email="E-mail", nok="Contactpersoon",
            rel="Relatie", gp="Huisarts"),
    rel=["dochter", "zoon", "echtgenote", "echtgenoot", "buurvrouw", "broer"],
    appt=["Wij ontvingen een verwijzing van {gp} en hebben een afspraak voor u gepland op de {clinic}.",
          "Uw afspraak: {date} om {time} uur, {place}.",
          "Neem uw medicatieoverzicht mee. Bent u verhinderd, bel dan {sw} of mail {role}.",
          "Afsprakenbureau polikliniek"],
    disch=dict(title="ONTSLAGBRIEF", pt="Patiënt", adm="Opname", dis="Ontslag", dx="Diagnose", meds="Medicatie bij ontslag",
               fu="Controle", nok="Contactpersoon", cons="Behandelend specialist", gp="Huisarts",
               body="Opgenomen via de SEH met {dx} en behandeld op {ward}; bij ontslag zelfstandig mobiel."),
    sar=["hierbij verzoek ik om een kopie van mijn medisch dossier op grond van {cite}.",
         "Ik ben de {rel} van de patiënte en stuur haar schriftelijke toestemming mee; haar gegevens staan hieronder.",
         "Mijn gegevens:",
         "Uw verzoek {ref} is op {date} ontvangen. U krijgt binnen een maand antwoord; er zijn geen kosten.",
         "Afdeling Medische Informatie"],
    compl=["{who} ({rel} van {pt}) belde op {date} over het ontslag.",
           "Volgens haar had verpleegkundige {staff} van {ward} gezegd dat het vervoer geregeld was, maar er kwam niemand.",
           "Wil teruggebeld worden op {phone}.",
           "Genoteerd door {officer}, klachtenfunctionaris."],
    chatpay=["Hallo, u spreekt met de kassa van {hosp}. Factuur {inv} van {amount} staat nog open.",
             "Ik betaal nu met mijn kaart: {card}, geldig tot {exp}, op naam van {holder}.",
             "Dank u. Waar mag ik het betaalbewijs heen sturen?", "Naar {email} graag.",
             "Betaling verwerkt. Met vriendelijke groet, {staff}"],
    chatpt=["Hoi, ik moet mijn afspraak van {date} verzetten.", "Natuurlijk. Kunt u uw geboortedatum bevestigen?",
            "{dob}", "Dank u. Ik kan u {date2} om {time} op de {clinic} aanbieden. Is uw mobiele nummer nog {phone0}?",
            "Nee, het is nu {phone}, en ik ben verhuisd naar {addr}.", "Aangepast. Tot dan!"],
    notice=["Bezoektijden {ward}: {t1}-{t2}, twee bezoekers per bed.", "Gebruik bij de ingang de handalcohol.",
            "Vragen: receptie {sw}, {role}, {web}.", "De {epo} gaat na de verbouwing op {date} weer open."],
    ret=["Medisch dossier: bewaren tot 20 jaar na de laatste wijziging ({cite}).", "Minderjarigen: tot hun 38e verjaardag niet vernietigen zonder overleg.",
         "Vernietigen via de vertrouwelijke container, batch registreren.",
         "Inzageverzoeken: antwoord binnen een maand ({cite})."],
    naw=["Mees in de nestkast bij de fietsenstalling van de polikliniek.", "Berk bij de ingang van het parkeerterrein wordt gesnoeid."],
)
T["pt"] = dict(
    req=["Pode verificar se falta alguma coisa antes de eu enviar?", "Resuma isto em três tópicos para a coordenadora de enfermagem.",
         "Me ajude a escrever uma resposta educada.", "Reescreva isto em linguagem simples para o paciente, por favor."],
    fl=dict(name="Nome completo", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail", nok="Contato de emergência",
            rel="Parentesco", gp="Médico de família (UBS)"),
    rel=["filha", "filho", "esposa", "marido", "vizinha", "irmão"],
    appt=["Recebemos o encaminhamento de {gp} e agendamos sua consulta no {clinic}.",
          "Sua consulta: {date} às {time}, {place}.",
          "Traga a lista dos seus remédios. Se não puder comparecer, ligue para {sw} ou escreva para {role}.",
          "Central de Marcação de Consultas"],
    disch=dict(title="RESUMO DE ALTA", pt="Paciente", adm="Internação", dis="Alta", dx="Diagnóstico", meds="Prescrição de alta",
               fu="Retorno", nok="Contato de emergência", cons="Médico responsável", gp="Médico da UBS",
               body="Internado pelo pronto-socorro com {dx} e tratado na {ward}; deambulando sem ajuda na alta."),
    sar=["solicito cópia do meu prontuário médico, nos termos do {cite}.",
         "Sou {rel} da paciente e anexo a autorização dela por escrito; os dados dela estão abaixo.",
         "Meus dados:",
         "Sua solicitação {ref} foi recebida em {date}. Responderemos em até quinze dias.",
         "Serviço de Arquivo Médico e Estatística (SAME)"],
    compl=["{who} ({rel} de {pt}) ligou em {date} sobre a alta.",
           "Diz que a enfermeira {staff} da {ward} confirmou a ambulância, mas ninguém apareceu.",
           "Pede retorno no {phone}.",
           "Registrado por {officer}, Ouvidoria."],
    chatpay=["Olá, aqui é o caixa do {hosp}. A fatura {inv} de {amount} ainda está em aberto.",
             "Posso pagar agora no cartão: {card}, validade {exp}, nome impresso {holder}.",
             "Obrigada. Para qual e-mail envio o recibo?", "Para {email}, por favor.",
             "Pagamento confirmado. Atenciosamente, {staff}"],
    chatpt=["Oi, preciso remarcar minha consulta do dia {date}.", "Claro. Pode confirmar sua data de nascimento?",
            "{dob}", "Obrigada. Tenho {date2} às {time} no {clinic}. Seu celular ainda é {phone0}?",
            "Não, agora é {phone}, e mudei para {addr}.", "Atualizado. Até lá!"],
    notice=["Horário de visita na {ward}: {t1} às {t2}, dois visitantes por leito.", "Use o álcool em gel na entrada.",
            "Dúvidas: central {sw}, {role}, {web}.", "A {epo} reabre após a reforma em {date}."],
    ret=["Prontuários: guarda mínima de 20 anos a partir do último registro ({cite}).", "Prontuários digitalizados: conferir assinatura antes de descartar o papel.",
         "Descarte por empresa credenciada, lote anotado no livro de eliminação.",
         "Pedidos de cópia: resposta em até quinze dias ({cite})."],
    naw=["Luz da escada do bloco B queimada desde ontem.", "Dores nas costas são a queixa mais comum da equipe da noite."],
)
T["pl"] = dict(
    req=["Sprawdzisz, czy czegoś tu nie brakuje, zanim to wyślę?", "Streść to w trzech punktach dla oddziałowej.",
         "Pomóż mi napisać uprzejmą odpowiedź.", "Przepisz to prostym językiem dla pacjenta, proszę."],
    fl=dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres zamieszkania", phone="Telefon komórkowy", email="E-mail", nok="Osoba upoważniona",
            rel="Stopień pokrewieństwa", gp="Lekarz POZ"),
    rel=["córka", "syn", "żona", "mąż", "sąsiadka", "brat"],
    appt=["Otrzymaliśmy skierowanie od {gp} i wyznaczyliśmy wizytę w {clinic}.",
          "Termin: {date}, godz. {time}, {place}.",
          "Prosimy zabrać listę przyjmowanych leków. W razie rezygnacji prosimy o telefon {sw} lub e-mail {role}.",
          "Rejestracja poradni specjalistycznych"],
    disch=dict(title="KARTA INFORMACYJNA LECZENIA SZPITALNEGO", pt="Pacjent", adm="Przyjęcie", dis="Wypis", dx="Rozpoznanie", meds="Zalecane leki",
               fu="Zalecenia", nok="Osoba upoważniona", cons="Lekarz prowadzący", gp="Lekarz POZ",
               body="Przyjęty przez SOR z powodu {dx}, leczony na oddziale: {ward}; przy wypisie chodzi samodzielnie."),
    sar=["proszę o wydanie kopii mojej dokumentacji medycznej na podstawie {cite}.",
         "Jestem osobą upoważnioną przez pacjentkę ({rel}) i załączam jej pisemne upoważnienie; jej dane poniżej.",
         "Moje dane:",
         "Wniosek {ref} wpłynął {date}. Odpowiemy w ciągu miesiąca.",
         "Archiwum Dokumentacji Medycznej"],
    compl=["{who} ({rel} pacjenta {pt}) dzwoniła {date} w sprawie wypisu.",
           "Twierdzi, że pielęgniarka {staff} z oddziału {ward} potwierdziła transport, ale nikt nie przyjechał.",
           "Prosi o kontakt pod numerem {phone}.",
           "Zanotowała {officer}, Biuro Praw Pacjenta."],
    chatpay=["Dzień dobry, tu kasa {hosp}. Faktura {inv} na {amount} jest nadal nieopłacona.",
             "Mogę zapłacić kartą: {card}, ważna do {exp}, właściciel {holder}.",
             "Dziękuję. Na jaki adres wysłać potwierdzenie?", "Na {email}, proszę.",
             "Płatność przyjęta. Pozdrawiam, {staff}"],
    chatpt=["Dzień dobry, muszę przełożyć wizytę z {date}.", "Oczywiście. Proszę potwierdzić datę urodzenia.",
            "{dob}", "Dziękuję. Mam wolny termin {date2} o {time} w {clinic}. Czy numer komórki to nadal {phone0}?",
            "Nie, teraz {phone}, a nowy adres to {addr}.", "Zaktualizowane. Do zobaczenia!"],
    notice=["Odwiedziny na oddziale {ward}: {t1}-{t2}, dwie osoby przy łóżku.", "Prosimy o dezynfekcję rąk przy wejściu.",
            "Informacja: centrala {sw}, {role}, {web}.", "Po remoncie {epo} zostanie otwarty {date}."],
    ret=["Dokumentacja medyczna: przechowywanie przez 20 lat od końca roku ostatniego wpisu ({cite}).", "Zdjęcia RTG: 10 lat.",
         "Niszczenie przez firmę zewnętrzną, protokół w rejestrze brakowania.",
         "Wnioski o kopię: realizacja bez zbędnej zwłoki ({cite})."],
    naw=["Róża wiatrów na posadzce holu głównego do odnowienia.", "Jagoda i porzeczka na deser w szpitalnej kuchni w piątek."],
)
T["ru"] = dict(
    req=["Проверь, пожалуйста, ничего ли не упущено, прежде чем я отправлю.", "Сделай краткую выжимку в три пункта для старшей медсестры.",
         "Помоги составить вежливый ответ.", "Перепиши это простым языком для пациента, пожалуйста."],
    fl=dict(name="ФИО", dob="Дата рождения", addr="Адрес регистрации", phone="Мобильный телефон", email="Эл. почта", nok="Контактное лицо",
            rel="Степень родства", gp="Участковый терапевт"),
    rel=["дочь", "сын", "жена", "муж", "соседка", "брат"],
    appt=["Мы получили направление (направивший врач — {gp}) и записали вас на приём: {clinic}.",
          "Дата приёма: {date} в {time}, {place}.",
          "Возьмите с собой список принимаемых лекарств. Если не сможете прийти, позвоните {sw} или напишите на {role}.",
          "Регистратура консультативной поликлиники"],
    disch=dict(title="ВЫПИСНОЙ ЭПИКРИЗ", pt="Пациент", adm="Поступил(а)", dis="Выписан(а)", dx="Диагноз", meds="Рекомендованная терапия",
               fu="Наблюдение", nok="Контактное лицо", cons="Лечащий врач", gp="Участковый терапевт",
               body="Поступил(а) через приёмный покой с диагнозом {dx}, лечение в отделении: {ward}; при выписке передвигается самостоятельно."),
    sar=["прошу выдать копию моей медицинской документации в соответствии со {cite}.",
         "Я представитель пациентки ({rel}), прилагаю её письменное согласие; её данные ниже.",
         "Мои данные:",
         "Ваш запрос {ref} получен {date}. Ответ будет дан в течение 30 дней.",
         "Медицинский архив"],
    compl=["{who} ({rel} пациента {pt}) звонила {date} по поводу выписки.",
           "По её словам, медсестра {staff} из отделения «{ward}» подтвердила транспорт, но никто не приехал.",
           "Просит перезвонить по номеру {phone}.",
           "Записала {officer}, отдел по работе с обращениями."],
    chatpay=["Здравствуйте, это касса {hosp}. Счёт {inv} на {amount} пока не оплачен.",
             "Оплачу картой: {card}, срок {exp}, держатель {holder}.",
             "Спасибо. Куда прислать чек?", "На {email}, пожалуйста.",
             "Оплата прошла. С уважением, {staff}"],
    chatpt=["Здравствуйте, мне нужно перенести приём {date}.", "Конечно. Подтвердите, пожалуйста, дату рождения.",
            "{dob}", "Спасибо. Могу предложить {date2} в {time}, {clinic}. Ваш мобильный по-прежнему {phone0}?",
            "Нет, теперь {phone}, и адрес сменился: {addr}.", "Данные обновлены. До встречи!"],
    notice=["Часы посещений ({ward}): {t1}-{t2}, не более двух посетителей.", "Пожалуйста, обработайте руки у входа.",
            "Справки: {sw}, {role}, {web}.", "{epo} откроется после ремонта {date}."],
    ret=["Медицинские карты стационарного больного: хранить 25 лет ({cite}).", "Журналы приёмного отделения: 10 лет.",
         "Уничтожение по акту, номер акта вносится в журнал.",
         "Запросы пациентов о копиях: срок ответа 30 дней ({cite})."],
    naw=["Надежда на то, что лифт починят до выходных, пока остаётся.", "Роза ветров на фасаде главного корпуса видна с парковки."],
)
T["el"] = dict(
    req=["Μπορείς να ελέγξεις αν λείπει κάτι πριν το στείλω;", "Σύνοψέ το σε τρία σημεία για την προϊσταμένη.",
         "Βοήθησέ με να γράψω μια ευγενική απάντηση.", "Ξαναγράψ' το σε απλή γλώσσα για τον ασθενή, παρακαλώ."],
    fl=dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Κινητό", email="Email", nok="Συγγενής επικοινωνίας",
            rel="Σχέση", gp="Οικογενειακός γιατρός"),
    rel=["κόρη", "γιος", "σύζυγος", "σύζυγος", "γειτόνισσα", "αδελφός"],
    appt=["Λάβαμε παραπεμπτικό από {gp} και σας κλείσαμε ραντεβού στο {clinic}.",
          "Ραντεβού: {date}, ώρα {time}, {place}.",
          "Φέρτε τη λίστα των φαρμάκων σας. Αν δεν μπορείτε να έρθετε, καλέστε στο {sw} ή γράψτε στο {role}.",
          "Γραφείο Κίνησης Εξωτερικών Ιατρείων"],
    disch=dict(title="ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ", pt="Ασθενής", adm="Εισαγωγή", dis="Έξοδος", dx="Διάγνωση", meds="Φαρμακευτική αγωγή",
               fu="Επανέλεγχος", nok="Συγγενής", cons="Θεράπων ιατρός", gp="Οικογενειακός γιατρός",
               body="Εισήχθη από τα ΤΕΠ με {dx} και νοσηλεύτηκε στην {ward}· κατά την έξοδο κινείται αυτόνομα."),
    sar=["ζητώ αντίγραφο του ιατρικού φακέλου σύμφωνα με το {cite}.",
         "Είμαι {rel} της ασθενούς και επισυνάπτω τη γραπτή συναίνεσή της· τα στοιχεία της ακολουθούν.",
         "Τα στοιχεία μου:",
         "Το αίτημά σας {ref} παρελήφθη στις {date}. Θα απαντήσουμε εντός μηνός.",
         "Γραφείο Ιατρικού Αρχείου"],
    compl=["{who} ({rel} του/της {pt}) τηλεφώνησε στις {date} για την έξοδο.",
           "Λέει ότι η νοσηλεύτρια {staff} της {ward} είχε επιβεβαιώσει τη μεταφορά, αλλά δεν ήρθε κανείς.",
           "Ζητά να την καλέσουμε στο {phone}.",
           "Καταχώριση: {officer}, Γραφείο Προστασίας Δικαιωμάτων Ληπτών Υπηρεσιών Υγείας."],
    chatpay=["Καλησπέρα, από το ταμείο του {hosp}. Το τιμολόγιο {inv} ύψους {amount} είναι ανεξόφλητο.",
             "Πληρώνω τώρα με κάρτα: {card}, λήξη {exp}, κάτοχος {holder}.",
             "Ευχαριστώ. Πού να στείλω την απόδειξη;", "Στο {email}, παρακαλώ.",
             "Η πληρωμή ολοκληρώθηκε. Με εκτίμηση, {staff}"],
    chatpt=["Καλημέρα, πρέπει να αλλάξω το ραντεβού της {date}.", "Βεβαίως. Μου επιβεβαιώνετε την ημερομηνία γέννησης;",
            "{dob}", "Ευχαριστώ. Έχω {date2} στις {time} στο {clinic}. Το κινητό σας είναι ακόμη το {phone0};",
            "Όχι, τώρα είναι {phone}, και μετακόμισα: {addr}.", "Ενημερώθηκε. Τα λέμε!"],
    notice=["Ώρες επισκεπτηρίου στην {ward}: {t1}-{t2}, δύο επισκέπτες ανά κλίνη.", "Παρακαλούμε χρησιμοποιείτε αντισηπτικό στην είσοδο.",
            "Πληροφορίες: τηλεφωνικό κέντρο {sw}, {role}, {web}.", "Η {epo} ανοίγει ξανά μετά την ανακαίνιση στις {date}."],
    ret=["Ιατρικός φάκελος: διατήρηση 20 ετών από την τελευταία επίσκεψη ({cite}).", "Ακτινογραφίες: 10 έτη.",
         "Καταστροφή μέσω αδειοδοτημένης εταιρείας, πρωτόκολλο στο βιβλίο καταστροφής.",
         "Αιτήματα πρόσβασης: απάντηση εντός μηνός ({cite})."],
    naw=["Χαρά μας που η νέα πτέρυγα άνοιξε νωρίτερα.", "Δόξα τω Θεώ, κανένα περιστατικό απόψε στα ΤΕΠ."],
)
T["tr"] = dict(
    req=["Göndermeden önce eksik bir şey var mı kontrol eder misin?", "Bunu servis sorumlu hemşiresi için üç maddede özetle.",
         "Buna kibar bir yanıt yazmama yardım et.", "Bunu hasta için sade bir dille yeniden yaz lütfen."],
    fl=dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="Cep telefonu", email="E-posta", nok="Yakını",
            rel="Yakınlık derecesi", gp="Aile hekimi"),
    rel=["kızı", "oğlu", "eşi", "eşi", "komşusu", "kardeşi"],
    appt=["{gp} tarafından yapılan sevki aldık ve {clinic} için randevunuzu oluşturduk.",
          "Randevunuz: {date}, saat {time}, {place}.",
          "Lütfen kullandığınız ilaçların listesini getirin. Gelemeyecekseniz {sw} numarasını arayın veya {role} adresine yazın.",
          "Randevu Birimi"],
    disch=dict(title="EPİKRİZ", pt="Hasta", adm="Yatış", dis="Taburcu", dx="Tanı", meds="Taburculuk tedavisi",
               fu="Kontrol", nok="Hasta yakını", cons="Sorumlu hekim", gp="Aile hekimi",
               body="Acil servisten {dx} tanısıyla yatırıldı, {ward} bölümünde tedavi edildi; taburculukta bağımsız mobilize."),
    sar=["{cite} uyarınca tıbbi kayıtlarımın bir örneğini talep ediyorum.",
         "Hastanın {rel} olarak yazılı onayını ekliyorum; bilgileri aşağıdadır.",
         "Bilgilerim:",
         "{ref} numaralı başvurunuz {date} tarihinde alınmıştır. Otuz gün içinde yanıt verilecektir.",
         "Tıbbi Arşiv Birimi"],
    compl=["{who} (hasta {pt} yakını, {rel}) {date} tarihinde taburculuk için aradı.",
           "Anlattığına göre {ward} servisinden hemşire {staff} ambulansın ayarlandığını söylemiş, ama kimse gelmemiş.",
           "{phone} numarasından geri aranmak istiyor.",
           "Kaydı alan: {officer}, Hasta Hakları Birimi."],
    chatpay=["Merhaba, {hosp} vezne biriminden yazıyorum. {inv} numaralı {amount} tutarındaki fatura hâlâ açık.",
             "Şimdi kartla ödeyeyim: {card}, son kullanma {exp}, kart sahibi {holder}.",
             "Teşekkürler. Makbuzu nereye göndereyim?", "{email} adresine lütfen.",
             "Ödeme alındı. İyi günler, {staff}"],
    chatpt=["Merhaba, {date} tarihli randevumu değiştirmem gerekiyor.", "Tabii. Doğum tarihinizi teyit eder misiniz?",
            "{dob}", "Teşekkürler. {date2}, saat {time} için {clinic} uygun. Cep numaranız hâlâ {phone0} mi?",
            "Hayır, artık {phone}; adresim de değişti: {addr}.", "Güncellendi. Görüşmek üzere!"],
    notice=["{ward} ziyaret saatleri: {t1}-{t2}, yatak başına iki ziyaretçi.", "Lütfen girişte el dezenfektanı kullanın.",
            "Bilgi: santral {sw}, {role}, {web}.", "{epo} tadilattan sonra {date} tarihinde yeniden açılıyor."],
    ret=["Yatan hasta dosyaları: son işlemden sonra 20 yıl saklanır ({cite}).", "Görüntüleme arşivi: 10 yıl.",
         "İmha komisyon tutanağı ile yapılır, tutanak no. deftere işlenir.",
         "Kayıt örneği talepleri: 30 gün içinde yanıt ({cite})."],
    naw=["Deniz manzaralı bekleme salonu bu hafta kapalı.", "Güneş panelleri yeni poliklinik binasının çatısına takıldı."],
)
T["he"] = dict(
    req=["אפשר לבדוק אם חסר פה משהו לפני שאני שולחת?", "תסכם את זה בשלוש נקודות לאחראית המשמרת.",
         "תעזור לי לנסח תשובה מנומסת.", "תכתוב את זה מחדש בשפה פשוטה למטופל, בבקשה."],
    fl=dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="טלפון נייד", email="דוא\"ל", nok="איש קשר",
            rel="קרבה", gp="רופא/ת משפחה"),
    rel=["בת", "בן", "אשתו", "בעלה", "שכנה", "אח"],
    appt=["קיבלנו הפניה מ{gp} וקבענו לך תור ב{clinic}.",
          "התור שלך: {date} בשעה {time}, {place}.",
          "נא להביא רשימת תרופות. אם אינך יכול/ה להגיע, יש להתקשר ל{sw} או לכתוב ל{role}.",
          "מוקד זימון תורים"],
    disch=dict(title="מכתב שחרור", pt="מטופל/ת", adm="קבלה", dis="שחרור", dx="אבחנה", meds="טיפול תרופתי בשחרור",
               fu="המשך מעקב", nok="איש קשר", cons="רופא/ה אחראי/ת", gp="רופא/ת משפחה",
               body="התקבל/ה דרך המיון עם {dx} וטופל/ה ב{ward}; בשחרור מתנייד/ת באופן עצמאי."),
    sar=["אבקש העתק של הרשומה הרפואית לפי {cite}.",
         "אני {rel} של המטופלת ומצרף/ת את הסכמתה בכתב; פרטיה מופיעים למטה.",
         "הפרטים שלי:",
         "בקשתך {ref} התקבלה ב-{date}. נשיב בתוך 30 יום.",
         "מחלקת רשומות רפואיות"],
    compl=["{who} ({rel} של {pt}) התקשרה ב-{date} בעניין השחרור.",
           "לדבריה, האחות {staff} מ{ward} אמרה שההסעה הוזמנה, אבל אף אחד לא הגיע.",
           "מבקשת שיחזרו אליה ל-{phone}.",
           "נרשם על ידי {officer}, הממונה על פניות הציבור."],
    chatpay=["שלום, כאן הקופה של {hosp}. חשבונית {inv} על סך {amount} עדיין פתוחה.",
             "אני משלם עכשיו בכרטיס: {card}, תוקף {exp}, שם בעל הכרטיס {holder}.",
             "תודה. לאן לשלוח את הקבלה?", "ל-{email} בבקשה.",
             "התשלום התקבל. בברכה, {staff}"],
    chatpt=["שלום, אני צריך להזיז את התור שלי מ-{date}.", "בטח. אפשר לאשר את תאריך הלידה?",
            "{dob}", "תודה. יש לי {date2} בשעה {time} ב{clinic}. הנייד שלך עדיין {phone0}?",
            "לא, עכשיו {phone}, ועברתי דירה: {addr}.", "עודכן. נתראה!"],
    notice=["שעות ביקור ב{ward}: {t1}-{t2}, שני מבקרים למיטה.", "נא לחטא ידיים בכניסה.",
            "בירורים: מרכזייה {sw}, {role}, {web}.", "{epo} ייפתח מחדש אחרי השיפוץ ב-{date}."],
    ret=["תיק אשפוז: שמירה 20 שנה מהביקור האחרון ({cite}).", "צילומי רנטגן: 7 שנים.",
         "ביעור בפיקוח ועדת ביעור, פרוטוקול נרשם בפנקס.",
         "בקשות לעיון: מענה בתוך 30 יום ({cite})."],
    naw=["שמחה גדולה במחלקה אחרי שהמעלית תוקנה.", "טל של בוקר על הדשא ליד חניון האמבולנסים."],
)
T["ar"] = dict(
    req=["ممكن تراجع لو فيه حاجة ناقصة قبل ما أبعت؟", "لخص ده في ثلاث نقاط لرئيسة التمريض.",
         "ساعدني أكتب رد مهذب على ده.", "اكتب ده تاني بلغة بسيطة للمريض لو سمحت."],
    fl=dict(name="الاسم بالكامل", dob="تاريخ الميلاد", addr="العنوان", phone="الموبايل", email="البريد الإلكتروني", nok="أقرب الأقارب",
            rel="صلة القرابة", gp="طبيب الأسرة"),
    rel=["ابنة", "ابن", "زوجة", "زوج", "جارة", "أخ"],
    appt=["وصلنا التحويل من {gp} وحجزنا لك موعدًا في {clinic}.",
          "موعدك: {date} الساعة {time}، {place}.",
          "برجاء إحضار قائمة الأدوية. لو مش هتقدر تحضر اتصل على {sw} أو ابعت على {role}.",
          "مكتب حجز العيادات الخارجية"],
    disch=dict(title="ملخص الخروج", pt="المريض", adm="الدخول", dis="الخروج", dx="التشخيص", meds="العلاج عند الخروج",
               fu="المتابعة", nok="أقرب الأقارب", cons="الطبيب المعالج", gp="طبيب الأسرة",
               body="دخل عن طريق الطوارئ بتشخيص {dx} وتم علاجه في {ward}؛ يتحرك بمفرده عند الخروج."),
    sar=["أطلب نسخة من ملفي الطبي وفقًا لـ{cite}.",
         "أنا {rel} المريضة ومرفق موافقتها المكتوبة؛ بياناتها بالأسفل.",
         "بياناتي:",
         "تم استلام طلبك {ref} بتاريخ {date}. سيتم الرد خلال ثلاثين يومًا.",
         "قسم السجلات الطبية"],
    compl=["{who} ({rel} المريض {pt}) اتصلت يوم {date} بخصوص الخروج.",
           "بتقول إن الممرضة {staff} في {ward} أكدت الإسعاف، لكن محدش جه.",
           "عايزة حد يكلمها على {phone}.",
           "سجلته {officer}، مكتب خدمة المرضى."],
    chatpay=["أهلاً، معاك خزينة {hosp}. فاتورة {inv} بمبلغ {amount} لسه مفتوحة.",
             "هدفع بالكارت دلوقتي: {card}، الصلاحية {exp}، الاسم على الكارت {holder}.",
             "شكرًا. أبعت الإيصال فين؟", "على {email} لو سمحت.",
             "تم الدفع. مع التحية، {staff}"],
    chatpt=["أهلاً، محتاج أغير ميعاد {date}.", "أكيد. ممكن تأكد تاريخ الميلاد؟",
            "{dob}", "شكرًا. عندي {date2} الساعة {time} في {clinic}. رقم موبايلك لسه {phone0}؟",
            "لا، بقى {phone}، وعزلت على {addr}.", "اتعدل. نشوفك!"],
    notice=["مواعيد الزيارة في {ward}: {t1}-{t2}، زائران لكل سرير.", "برجاء تعقيم اليدين عند المدخل.",
            "للاستفسار: السنترال {sw}، {role}، {web}.", "يعاد افتتاح {epo} بعد التجديد يوم {date}."],
    ret=["ملفات المرضى الداخليين: حفظ 15 سنة من آخر زيارة ({cite}).", "صور الأشعة: 10 سنوات.",
         "الإعدام بمحضر لجنة، ويقيد رقم المحضر في السجل.",
         "طلبات نسخ الملفات: الرد خلال 30 يومًا ({cite})."],
    naw=["أمل كبير إن المصعد يتصلح قبل الخميس.", "فرح المرضى بالحديقة الجديدة باين."],
)
T["hi"] = dict(
    req=["भेजने से पहले देख लो कि कुछ छूटा तो नहीं?", "इसे वार्ड इंचार्ज के लिए तीन बिंदुओं में सारांशित करो।",
         "इसका एक विनम्र जवाब लिखने में मदद करो।", "मरीज़ के लिए इसे आसान भाषा में दोबारा लिख दो।"],
    fl=dict(name="पूरा नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", nok="निकटतम परिजन",
            rel="संबंध", gp="फ़ैमिली डॉक्टर"),
    rel=["बेटी", "बेटा", "पत्नी", "पति", "पड़ोसन", "भाई"],
    appt=["हमें {gp} से रेफ़रल मिला है और {clinic} में आपकी अपॉइंटमेंट तय कर दी गई है।",
          "आपकी अपॉइंटमेंट: {date}, समय {time}, {place}।",
          "कृपया अपनी दवाओं की सूची साथ लाएँ। न आ पाएँ तो {sw} पर फ़ोन करें या {role} पर लिखें।",
          "ओपीडी अपॉइंटमेंट डेस्क"],
    disch=dict(title="डिस्चार्ज सारांश", pt="मरीज़", adm="भर्ती", dis="छुट्टी", dx="निदान", meds="छुट्टी पर दवाएँ",
               fu="फ़ॉलो-अप", nok="परिजन", cons="ज़िम्मेदार डॉक्टर", gp="फ़ैमिली डॉक्टर",
               body="आपातकालीन विभाग से {dx} के साथ भर्ती, {ward} में इलाज; छुट्टी के समय खुद चल-फिर रहे हैं।"),
    sar=["{cite} के तहत मेडिकल रिकॉर्ड की प्रति के लिए यह अनुरोध है।",
         "मैं मरीज़ की {rel} हूँ और उनकी लिखित सहमति संलग्न है; उनका विवरण नीचे है।",
         "मेरा विवरण:",
         "आपका अनुरोध {ref} दिनांक {date} को प्राप्त हुआ। 30 दिन के भीतर उत्तर दिया जाएगा।",
         "मेडिकल रिकॉर्ड विभाग"],
    compl=["{who} ({pt} की {rel}) ने {date} को डिस्चार्ज के बारे में फ़ोन किया।",
           "उनका कहना है कि {ward} की नर्स {staff} ने एम्बुलेंस बुक होने की बात कही थी, पर कोई नहीं आया।",
           "{phone} पर वापस कॉल चाहती हैं।",
           "दर्ज किया: {officer}, मरीज़ सहायता डेस्क।"],
    chatpay=["नमस्ते, {hosp} के कैश काउंटर से। बिल {inv} की राशि {amount} अभी बाकी है।",
             "मैं अभी कार्ड से भुगतान करता हूँ: {card}, एक्सपायरी {exp}, कार्ड पर नाम {holder}।",
             "धन्यवाद। रसीद कहाँ भेजूँ?", "{email} पर भेज दीजिए।",
             "भुगतान हो गया। सादर, {staff}"],
    chatpt=["नमस्ते, मुझे {date} की अपॉइंटमेंट बदलनी है।", "ज़रूर। अपनी जन्म तिथि बताइए।",
            "{dob}", "धन्यवाद। {date2} को {time} बजे {clinic} में जगह है। क्या आपका मोबाइल अब भी {phone0} है?",
            "नहीं, अब {phone} है, और पता भी बदल गया है: {addr}।", "अपडेट कर दिया। मिलते हैं!"],
    notice=["{ward} में मिलने का समय: {t1}-{t2}, हर बिस्तर पर दो आगंतुक।", "प्रवेश द्वार पर हाथ सैनिटाइज़ करें।",
            "जानकारी: स्विचबोर्ड {sw}, {role}, {web}।", "{epo} मरम्मत के बाद {date} को फिर खुलेगा।"],
    ret=["आंतरिक रोगी रिकॉर्ड: अंतिम प्रविष्टि से 3 वर्ष तक सुरक्षित रखें ({cite})।", "मेडिको-लीगल मामलों के रिकॉर्ड: निपटारे तक।",
         "नष्ट करने से पहले समिति की मंज़ूरी, रजिस्टर में प्रविष्टि।",
         "रिकॉर्ड की प्रति के अनुरोध: 72 घंटे के भीतर ({cite})।"],
    naw=["सुबह की पहली किरण वार्ड की खिड़की से आती है।", "दिवाली की पूजा के बाद ओपीडी दोपहर दो बजे खुलेगी।"],
)
T["th"] = dict(
    req=["ช่วยดูหน่อยว่ามีอะไรตกหล่นไหมก่อนส่ง", "ช่วยสรุปเป็นสามข้อให้หัวหน้าหอผู้ป่วยหน่อย",
         "ช่วยร่างคำตอบสุภาพให้หน่อย", "ช่วยเขียนใหม่เป็นภาษาง่าย ๆ ให้ผู้ป่วยอ่านหน่อย"],
    fl=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทรศัพท์มือถือ", email="อีเมล", nok="ญาติที่ติดต่อได้",
            rel="ความสัมพันธ์", gp="แพทย์ประจำตัว"),
    rel=["ลูกสาว", "ลูกชาย", "ภรรยา", "สามี", "เพื่อนบ้าน", "พี่ชาย"],
    appt=["เราได้รับใบส่งตัวจาก {gp} และนัดหมายให้ท่านที่{clinic} แล้ว",
          "วันนัด: {date} เวลา {time} น. {place}",
          "กรุณานำรายการยาที่ใช้อยู่มาด้วย หากมาไม่ได้ โทร {sw} หรือเขียนถึง {role}",
          "งานนัดหมายผู้ป่วยนอก"],
    disch=dict(title="สรุปการจำหน่ายผู้ป่วย", pt="ผู้ป่วย", adm="วันรับไว้", dis="วันจำหน่าย", dx="การวินิจฉัย", meds="ยากลับบ้าน",
               fu="นัดติดตาม", nok="ญาติ", cons="แพทย์เจ้าของไข้", gp="แพทย์ประจำตัว",
               body="รับไว้ทางห้องฉุกเฉินด้วย {dx} รักษาที่{ward} ขณะจำหน่ายเดินได้เอง"),
    sar=["ขอสำเนาเวชระเบียนของข้าพเจ้าตาม{cite}",
         "ข้าพเจ้าเป็น{rel}ของผู้ป่วยและแนบหนังสือยินยอมของผู้ป่วยมาด้วย ข้อมูลผู้ป่วยอยู่ด้านล่าง",
         "ข้อมูลของข้าพเจ้า:",
         "ได้รับคำขอเลขที่ {ref} เมื่อวันที่ {date} จะแจ้งผลภายใน 30 วัน",
         "งานเวชระเบียน"],
    compl=["{who} ({rel}ของ{pt}) โทรมาเมื่อ {date} เรื่องการจำหน่าย",
           "แจ้งว่าพยาบาล {staff} ที่{ward} บอกว่าจองรถรับส่งแล้ว แต่ไม่มีใครมา",
           "ขอให้โทรกลับที่ {phone}",
           "บันทึกโดย {officer} ศูนย์รับเรื่องร้องเรียน"],
    chatpay=["สวัสดีค่ะ จากฝ่ายการเงิน{hosp} ใบแจ้งหนี้ {inv} ยอด {amount} ยังค้างชำระค่ะ",
             "จ่ายด้วยบัตรเลยนะคะ {card} หมดอายุ {exp} ชื่อบนบัตร {holder}",
             "ขอบคุณค่ะ ส่งใบเสร็จไปที่ไหนดีคะ", "ส่งที่ {email} ค่ะ",
             "ชำระเรียบร้อยแล้วค่ะ {staff}"],
    chatpt=["สวัสดีค่ะ ขอเลื่อนนัดวันที่ {date} ค่ะ", "ได้ค่ะ รบกวนยืนยันวันเกิดด้วยค่ะ",
            "{dob}", "ขอบคุณค่ะ มีคิว {date2} เวลา {time} น. ที่{clinic} เบอร์มือถือยังเป็น {phone0} ไหมคะ",
            "เปลี่ยนเป็น {phone} แล้วค่ะ ย้ายบ้านด้วย: {addr}", "แก้ไขแล้วค่ะ แล้วพบกันนะคะ"],
    notice=["เวลาเยี่ยม{ward}: {t1}-{t2} น. เตียงละไม่เกินสองคน", "กรุณาล้างมือด้วยเจลที่ทางเข้า",
            "สอบถาม: โทร {sw}, {role}, {web}", "{epo}เปิดให้บริการอีกครั้งหลังปรับปรุงวันที่ {date}"],
    ret=["เวชระเบียนผู้ป่วยใน: เก็บอย่างน้อย 5 ปีนับจากการรักษาครั้งสุดท้าย ({cite})", "ฟิล์มเอกซเรย์: 5 ปี",
         "ทำลายโดยคณะกรรมการ บันทึกเลขที่รายงานไว้ในสมุดทะเบียน",
         "คำขอสำเนาเวชระเบียน: ตอบภายใน 30 วัน ({cite})"],
    naw=["ฝนตกหนักเมื่อคืน ทางเดินไปตึกผู้ป่วยนอกลื่น", "ฟ้าผ่าเมื่อคืนทำให้ไฟดับที่ลานจอดรถชั่วครู่"],
)
T["zh"] = dict(
    req=["发出去之前帮我看看还有没有漏的？", "帮我整理成三条要点给护士长。", "帮我写一个礼貌的回复。", "请改写成患者能看懂的通俗语言。"],
    fl=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="电子邮箱", nok="紧急联系人", rel="关系", gp="签约家庭医生"),
    rel=["女儿", "儿子", "妻子", "丈夫", "邻居", "哥哥"],
    appt=["我们已收到{gp}的转诊单，并为您预约了{clinic}。", "就诊时间：{date} {time}，{place}。",
          "请携带正在服用的药品清单。如不能按时就诊，请致电{sw}或发邮件至{role}。", "门诊预约中心"],
    disch=dict(title="出院小结", pt="患者", adm="入院日期", dis="出院日期", dx="出院诊断", meds="出院带药",
               fu="随访", nok="联系人", cons="主治医师", gp="家庭医生", body="经急诊以{dx}收入{ward}，出院时可自行行走。"),
    sar=["根据{cite}，申请复印本人的病历资料。", "本人为患者的{rel}，附患者书面授权书，患者信息如下。", "本人信息：",
         "您的申请（编号{ref}）已于{date}收到，我们将在30日内答复。", "病案管理科"],
    compl=["{who}（{pt}的{rel}）于{date}来电反映出院问题。", "称{ward}护士{staff}说已预约转运车，但无人到场。",
           "要求回电：{phone}。", "记录人：{officer}，患者服务中心。"],
    chatpay=["您好，这里是{hosp}收费处。账单{inv}共计{amount}尚未结清。", "我现在刷卡：{card}，有效期{exp}，持卡人{holder}。",
             "谢谢。收据发到哪里？", "发到{email}。", "已收款。{staff}"],
    chatpt=["你好，我想改一下{date}的预约。", "好的，请核对一下您的出生日期。", "{dob}",
            "谢谢。可以约{date2} {time}，{clinic}。您的手机号还是{phone0}吗？", "换了，现在是{phone}，地址也改成{addr}。", "已更新，到时见！"],
    notice=["{ward}探视时间：{t1}-{t2}，每床限两人。", "进门请使用手部消毒液。", "咨询：总机{sw}，{role}，{web}。", "{epo}装修后于{date}重新开放。"],
    ret=["住院病历：保存不少于30年（{cite}）。", "门诊病历：不少于15年。", "销毁须经委员会审批，并登记销毁清册编号。", "病历复印申请：30日内答复（{cite}）。"],
    naw=["春华秋实，医院新门诊楼今年落成。", "换了新灯以后，走廊更加光明了。"],
)
T["ja"] = dict(
    req=["送る前に漏れがないか確認してもらえますか？", "病棟師長向けに三行でまとめてください。", "丁寧な返信を書くのを手伝ってください。",
         "患者さん向けにやさしい言葉で書き直してください。"],
    fl=dict(name="氏名", dob="生年月日", addr="住所", phone="携帯電話", email="メール", nok="緊急連絡先", rel="続柄", gp="かかりつけ医"),
    rel=["長女", "長男", "妻", "夫", "隣人", "兄"],
    appt=["{gp}より紹介状をいただき、{clinic}の予約をお取りしました。", "予約日時：{date} {time}、{place}。",
          "お薬手帳をお持ちください。ご都合が悪い場合は{sw}までお電話いただくか、{role}へご連絡ください。", "外来予約センター"],
    disch=dict(title="退院サマリー", pt="患者", adm="入院日", dis="退院日", dx="診断名", meds="退院時処方",
               fu="外来フォロー", nok="緊急連絡先", cons="主治医", gp="かかりつけ医", body="救急外来より{dx}にて入院、{ward}で加療。退院時は独歩可能。"),
    sar=["{cite}に基づき、私の診療記録の開示を請求します。", "私は患者の{rel}で、本人の同意書を添付します。患者情報は以下のとおりです。", "請求者情報：",
         "開示請求（受付番号{ref}）を{date}に受け付けました。30日以内に回答いたします。", "医療情報管理室"],
    compl=["{who}さん（{pt}さんの{rel}）から{date}に退院について電話あり。", "{ward}の看護師{staff}から搬送車の手配済みと聞いたが、誰も来なかったとのこと。",
           "折り返し希望：{phone}。", "記録：{officer}（患者相談窓口）"],
    chatpay=["こんにちは、{hosp}会計窓口です。請求書{inv}（{amount}）が未払いになっています。", "今カードで払います。{card}、有効期限{exp}、名義{holder}です。",
             "ありがとうございます。領収書の送付先は？", "{email}にお願いします。", "お支払いを確認しました。{staff}"],
    chatpt=["すみません、{date}の予約を変更したいです。", "承知しました。生年月日を確認させてください。", "{dob}",
            "ありがとうございます。{date2} {time}、{clinic}が空いています。携帯番号は{phone0}のままですか？",
            "いえ、今は{phone}です。引っ越したので住所も変わりました：{addr}", "更新しました。お待ちしています。"],
    notice=["{ward}の面会時間：{t1}〜{t2}、一床につき二名まで。", "入口で手指消毒をお願いします。", "お問い合わせ：代表{sw}、{role}、{web}",
            "{epo}は改修工事のあと{date}に再開します。"],
    ret=["診療録：最終診療日から5年間保存（{cite}）。", "手術記録：10年。", "廃棄は委員会承認後、廃棄台帳に記録。", "開示請求：30日以内に回答（{cite}）。"],
    naw=["桜の季節は中庭のベンチが患者さんで一杯になります。", "大和ハウス製の渡り廊下が来月完成します。"],
)
T["ko"] = dict(
    req=["보내기 전에 빠진 게 없는지 확인해 줄래요?", "수간호사님께 드릴 수 있게 세 줄로 요약해 주세요.", "정중한 답장을 쓰도록 도와주세요.",
         "환자분이 읽기 쉽게 쉬운 말로 다시 써 주세요."],
    fl=dict(name="성명", dob="생년월일", addr="주소", phone="휴대전화", email="이메일", nok="보호자", rel="관계", gp="주치의"),
    rel=["딸", "아들", "아내", "남편", "이웃", "형"],
    appt=["{gp}으로부터 진료의뢰서를 받아 {clinic} 진료를 예약했습니다.", "예약 일시: {date} {time}, {place}.",
          "복용 중인 약 목록을 지참해 주세요. 오실 수 없으면 {sw}로 전화하시거나 {role}로 연락 주세요.", "외래 예약센터"],
    disch=dict(title="퇴원요약지", pt="환자", adm="입원일", dis="퇴원일", dx="진단명", meds="퇴원약", fu="외래 추적", nok="보호자",
               cons="담당 교수", gp="주치의", body="응급실을 통해 {dx}(으)로 입원하여 {ward}에서 치료, 퇴원 시 독립 보행 가능."),
    sar=["{cite}에 따라 본인의 진료기록 사본 발급을 신청합니다.", "저는 환자의 {rel}이며 환자 본인의 동의서를 첨부합니다. 환자 정보는 아래와 같습니다.",
         "신청인 정보:", "신청 건({ref})이 {date}에 접수되었습니다. 30일 이내에 회신드리겠습니다.", "의무기록팀"],
    compl=["{who} 님({pt} 님의 {rel})이 {date}에 퇴원 관련으로 전화함.", "{ward} 간호사 {staff} 님이 이송차량을 예약했다고 했으나 아무도 오지 않았다고 함.",
           "회신 요청: {phone}.", "기록: {officer}, 고객상담실"],
    chatpay=["안녕하세요, {hosp} 원무과 수납 창구입니다. 청구서 {inv} 금액 {amount}이 미납입니다.", "지금 카드로 낼게요. {card}, 유효기간 {exp}, 명의 {holder}.",
             "감사합니다. 영수증은 어디로 보내 드릴까요?", "{email}로 부탁드려요.", "결제 완료되었습니다. {staff} 드림"],
    chatpt=["안녕하세요, {date} 예약을 변경하고 싶어요.", "네, 생년월일 확인 부탁드립니다.", "{dob}",
            "감사합니다. {date2} {time}에 {clinic} 가능합니다. 휴대전화는 아직 {phone0}이신가요?",
            "아니요, 지금은 {phone}이고 이사해서 주소도 바뀌었어요: {addr}", "수정했습니다. 그때 뵙겠습니다!"],
    notice=["{ward} 면회 시간: {t1}-{t2}, 침상당 2명.", "입구에서 손 소독을 해 주세요.", "문의: 대표전화 {sw}, {role}, {web}",
            "{epo}은 리모델링 후 {date}에 다시 문을 엽니다."],
    ret=["진료기록부: 10년 보존({cite}).", "수술기록: 10년, 처방전: 2년.", "폐기는 위원회 승인 후 폐기대장에 기록.", "사본 발급 신청: 30일 이내 회신({cite})."],
    naw=["한결 깨끗해진 외래 대기실이 환자분들께 호평입니다.", "슬기로운 병동 생활 안내문을 새로 붙였습니다."],
)
T["vi"] = dict(
    req=["Kiểm tra giúp em xem còn thiếu gì trước khi gửi nhé.", "Tóm tắt giúp em thành ba ý cho điều dưỡng trưởng khoa.",
         "Giúp em viết một câu trả lời lịch sự.", "Viết lại giúp em bằng lời lẽ dễ hiểu cho người bệnh."],
    fl=dict(name="Họ và tên", dob="Ngày sinh", addr="Địa chỉ", phone="Số điện thoại", email="Email", nok="Người nhà liên hệ",
            rel="Quan hệ", gp="Bác sĩ gia đình"),
    rel=["con gái", "con trai", "vợ", "chồng", "hàng xóm", "anh trai"],
    appt=["Chúng tôi đã nhận giấy chuyển tuyến của {gp} và đặt lịch khám cho ông/bà tại {clinic}.", "Lịch hẹn: {date} lúc {time}, {place}.",
          "Vui lòng mang theo danh sách thuốc đang dùng. Nếu không đến được, xin gọi {sw} hoặc gửi thư tới {role}.", "Tổ đặt lịch khám ngoại trú"],
    disch=dict(title="GIẤY RA VIỆN", pt="Người bệnh", adm="Vào viện", dis="Ra viện", dx="Chẩn đoán", meds="Thuốc khi ra viện",
               fu="Tái khám", nok="Người nhà", cons="Bác sĩ điều trị", gp="Bác sĩ gia đình",
               body="Vào viện qua khoa Cấp cứu với chẩn đoán {dx}, điều trị tại {ward}; khi ra viện tự đi lại được."),
    sar=["Căn cứ {cite}, tôi đề nghị được sao bệnh án của mình.", "Tôi là {rel} của người bệnh, xin gửi kèm giấy ủy quyền; thông tin người bệnh như sau.",
         "Thông tin của tôi:", "Đề nghị số {ref} đã được tiếp nhận ngày {date}. Chúng tôi sẽ trả lời trong 30 ngày.", "Phòng Kế hoạch tổng hợp - Lưu trữ hồ sơ"],
    compl=["{who} ({rel} của người bệnh {pt}) gọi điện ngày {date} về việc ra viện.", "Theo chị, điều dưỡng {staff} ở {ward} nói đã đặt xe, nhưng không ai đến.",
           "Đề nghị gọi lại số {phone}.", "Người ghi: {officer}, Phòng Công tác xã hội."],
    chatpay=["Chào anh/chị, đây là quầy thu ngân {hosp}. Hóa đơn {inv} số tiền {amount} còn chưa thanh toán.",
             "Tôi trả bằng thẻ luôn: {card}, hết hạn {exp}, tên chủ thẻ {holder}.", "Cảm ơn. Em gửi biên lai về đâu ạ?", "Gửi về {email} nhé.",
             "Đã thanh toán xong. Trân trọng, {staff}"],
    chatpt=["Chào em, chị muốn dời lịch khám ngày {date}.", "Dạ được ạ. Chị xác nhận giúp em ngày sinh nhé.", "{dob}",
            "Cảm ơn chị. Em xếp được {date2} lúc {time} tại {clinic}. Số điện thoại vẫn là {phone0} phải không ạ?",
            "Không, giờ là {phone}, chị cũng chuyển nhà rồi: {addr}", "Em đã cập nhật. Hẹn gặp chị!"],
    notice=["Giờ thăm bệnh tại {ward}: {t1}-{t2}, mỗi giường tối đa hai người.", "Vui lòng sát khuẩn tay ở lối vào.",
            "Thông tin: tổng đài {sw}, {role}, {web}.", "{epo} mở cửa trở lại sau sửa chữa vào ngày {date}."],
    ret=["Hồ sơ bệnh án nội trú: lưu trữ ít nhất 10 năm ({cite}).", "Hồ sơ tai nạn lao động: 15 năm.",
         "Tiêu hủy có biên bản của hội đồng, ghi số biên bản vào sổ.", "Đề nghị sao bệnh án: trả lời trong 30 ngày ({cite})."],
    naw=["Bình yên sau cơn mưa, sân bệnh viện đã khô.", "An toàn phòng cháy được kiểm tra lại vào thứ Sáu."],
)
GENDERED_CHAT = {"he": "m", "hi": "m", "ar": "m", "th": "f", "vi": "f"}
STAFF_F = {"pt", "th"}


# ====================================================================== look-alikes, labels, frame helpers
DOC = {"en": ("Dr ", "Dr ", ""), "de": ("Dr. ", "Dr. ", ""), "fr": ("Dr ", "Dr ", ""), "es": ("Dr. ", "Dra. ", ""),
       "it": ("dott. ", "dott.ssa ", ""), "nl": ("dr. ", "dr. ", ""), "pt": ("Dr. ", "Dra. ", ""), "pl": ("lek. ", "lek. ", ""),
       "ru": ("врач ", "врач ", ""), "el": ("Δρ ", "Δρ ", ""), "tr": ("Dr. ", "Dr. ", ""), "he": ("ד\"ר ", "ד\"ר ", ""),
       "ar": ("د. ", "د. ", ""), "hi": ("डॉ. ", "डॉ. ", ""), "th": ("นพ.", "พญ.", ""), "zh": ("", "", "医生"),
       "ja": ("", "", "先生"), "ko": ("", "", " 원장님"), "vi": ("BS. ", "BS. ", "")}
CONS = {"zh": "主任", "ja": "医師", "ko": " 교수"}


def DR(lang, p, form="full", cons=False):
    pre_m, pre_f, suf = DOC[lang]
    if cons and lang in CONS:
        suf = CONS[lang]
    return [pre_f if p.sex == "f" else pre_m, PN(p, form), suf]


ID_LABEL = {"US": "SSN", "GB": "NHS number", "DE": "KVNR (Krankenversichertennummer)", "FR": "N° de sécurité sociale (NIR)",
            "ES": "DNI/NIE", "IT": "Codice fiscale", "NL": "BSN", "BR": "CPF / Cartão SUS", "PL": "PESEL", "RU": "СНИЛС",
            "GR": "ΑΜΚΑ", "TR": "T.C. Kimlik No", "IL": "מספר זהות", "EG": "الرقم القومي", "IN": "आधार संख्या",
            "TH": "เลขประจำตัวประชาชน", "CN": "身份证号", "JP": "被保険者番号", "KR": "주민등록번호", "VN": "Số CCCD"}


def nolu(R, n, lead=None):
    """n digits with no Luhn-valid window of 13 or more (n < 13 is always
    safe; longer ones are redrawn)."""
    while True:
        s = (lead or "") + digits(R, n - len(lead or ""))
        if n < 13 or not any(luhn_ok(s[i:j]) for i in range(len(s)) for j in range(i + 13, min(len(s), i + 19) + 1)):
            return s


def HOSPNO(R, loc):
    k = {"US": lambda: "MRN " + nolu(R, 8, "00"), "GB": lambda: "TVH" + nolu(R, 7), "DE": lambda: "Fall-Nr. " + nolu(R, 10, "26"),
         "FR": lambda: "IPP " + nolu(R, 9, "22"), "ES": lambda: "NHC " + nolu(R, 7), "IT": lambda: "nosologico 2026/" + nolu(R, 6),
         "NL": lambda: "patiëntnr. " + nolu(R, 7), "BR": lambda: "prontuário " + nolu(R, 7), "PL": lambda: "nr księgi " + nolu(R, 5) + "/2026",
         "RU": lambda: "№ истории болезни " + nolu(R, 5) + "/26", "GR": lambda: "Α.Μ. " + nolu(R, 8), "TR": lambda: "Protokol " + nolu(R, 9),
         "IL": lambda: "מס' מקרה " + nolu(R, 9), "EG": lambda: "رقم الملف " + nolu(R, 7), "IN": lambda: "UHID BMH" + nolu(R, 8),
         "TH": lambda: "HN " + nolu(R, 2) + "-" + nolu(R, 6), "CN": lambda: "住院号 " + nolu(R, 8), "JP": lambda: "患者ID " + nolu(R, 8),
         "KR": lambda: "등록번호 " + nolu(R, 8), "VN": lambda: "Mã BN " + nolu(R, 10)}[loc]
    return N(k(), "hospital_number")


def MRN_BARE(R):
    return N(nolu(R, 8, "0"), "hospital_number")


def EPISODE(R):
    return N("EP-2026-%s" % nolu(R, 6), "episode_ref")


def REFNO(R, tag, pre):
    return N("%s-%s-%s" % (pre, R.choice(["2026", "26"]), nolu(R, R.choice([4, 5, 6]))), tag)


def INSURER(R, loc):
    f = {"US": lambda: "Member ID " + R.choice(["XJH", "MTB", "BCM"]) + nolu(R, 9),
         "DE": lambda: "IK " + "10" + nolu(R, 7), "FR": lambda: "mutuelle n° " + nolu(R, 8),
         "ES": lambda: "CIP " + "".join(R.choice("BCDFGHJLMNPRSTV") for _ in range(4)) + nolu(R, 12),
         "NL": lambda: "UZOVI " + nolu(R, 4, "3") + ", polisnr. " + nolu(R, 9),
         "JP": lambda: "保険者番号 " + nolu(R, 8, "06") + " 記号 " + nolu(R, 4) + " 番号 " + nolu(R, 3),
         "KR": lambda: "건강보험 증번호 " + nolu(R, 11), "TH": lambda: "สิทธิบัตรทอง หน่วยบริการ " + nolu(R, 5),
         "CN": lambda: "医保卡号 " + "".join(R.choice("ABCDEFGHJK") for _ in range(2)) + nolu(R, 9),
         "TR": lambda: "SGK tescil " + nolu(R, 10), "IL": lambda: "קופת חולים, מס' חבר " + nolu(R, 7),
         "GR": lambda: "ΕΟΠΥΥ, ΑΜ ασφάλισης " + nolu(R, 9), "BR": lambda: "carteirinha do plano " + nolu(R, 12),
         "IT": lambda: "ASL 1 Avezzano-Sulmona-L'Aquila", "PL": lambda: "NFZ, oddział 03", "RU": lambda: "ОМС: полис предъявлен",
         "EG": lambda: "التأمين الصحي، رقم المنتفع " + nolu(R, 9), "IN": lambda: "PM-JAY कार्ड " + nolu(R, 9),
         "VN": lambda: "Nơi ĐK KCB ban đầu " + nolu(R, 5), "GB": lambda: "n/a (NHS)"}[loc]
    return N(f(), "insurer_number")


PROF_REG = {"US": lambda R: "NPI " + luhn_complete("80840" + digits(R, 9))[5:], "GB": lambda R: "GMC " + nolu(R, 7, "7"),
            "DE": lambda R: "LANR " + nolu(R, 9), "FR": lambda R: "RPPS " + nolu(R, 11, "10"), "ES": lambda R: "nº colegiado 10" + nolu(R, 5),
            "IT": lambda R: "albo AQ n. " + nolu(R, 4), "NL": lambda R: "BIG " + nolu(R, 11), "BR": lambda R: "CRM-MG " + nolu(R, 5),
            "PL": lambda R: "PWZ " + nolu(R, 7), "RU": lambda R: "СНМ № " + nolu(R, 6), "GR": lambda R: "ΑΜ ΙΣ Άρτας " + nolu(R, 4),
            "TR": lambda R: "diploma tescil " + nolu(R, 6), "IL": lambda R: "מ.ר. " + nolu(R, 5), "EG": lambda R: "رقم القيد بالنقابة " + nolu(R, 6),
            "IN": lambda R: "पंजीकरण सं. UPMC-" + nolu(R, 5), "TH": lambda R: "ว." + nolu(R, 5), "CN": lambda R: "执业证书编码 " + nolu(R, 12),
            "JP": lambda R: "医籍登録番号 " + nolu(R, 6), "KR": lambda R: "면허번호 " + nolu(R, 6), "VN": lambda R: "CCHN số " + nolu(R, 6) + "/AG-CCHN"}


def PREG(R, loc):
    return N(PROF_REG[loc](R), "professional_reg")


def ICDN(R, with_desc=True):
    c, d = R.choice(ICD)
    return N(("%s %s" % (c, d)) if with_desc else c, "icd10")


def PROCN(R, loc):
    return N(R.choice(PROC.get(loc, ["ICD-9-CM 47.09", "ICD-9-CM 81.54", "ICD-9-CM 13.41"])), "proc_code")


def DRUG(R):
    return N(R.choice(DRUGS), "drug_dose")


def WARD(R, lang):
    return N(R.choice(WARDS[lang]), "ward")


def CLINIC(R, lang):
    return N(R.choice(CLINICS[lang]), "clinic")


def EPOW(R, loc):
    return N(R.choice(EPONYM_WARD[loc]), "eponym_ward")


def SYND(R, lang):
    return N(R.choice(SYNDROME[lang]), "eponym_syndrome")


def CITE(R, loc, k=None):
    """k: 0 access law, 1 retention rule, 2 other; None: any."""
    return N(CITES[loc][k] if k is not None else R.choice(CITES[loc]), "law_citation")


def REL(R, lang, p):
    """A relation word that fits the person's sex."""
    return T[lang]["rel"][R.choice([0, 4] if p.sex == "f" else [1, 5])]


PASSWORD_W = {"en": "passport", "de": "Reisepass", "fr": "passeport", "es": "pasaporte", "it": "passaporto", "nl": "paspoort", "pt": "passaporte",
              "pl": "paszport", "ru": "загранпаспорт", "el": "διαβατήριο", "tr": "pasaport", "he": "דרכון", "ar": "جواز سفر", "hi": "पासपोर्ट",
              "th": "หนังสือเดินทาง", "zh": "护照", "ja": "旅券", "ko": "여권", "vi": "hộ chiếu"}


def SW(loc):
    return N(HOSP[loc][2], "switchboard")


def WEB(loc):
    return N("www." + HOSP[loc][1], "website")


def HNAME(loc):
    return N(HOSP[loc][0], "institution")


def HADDR(loc):
    return N(HOSP[loc][3], "hospital_address")


def GPN(loc):
    return N(GPS[loc][0], "gp_practice")


def DATEN(R, loc, tag="appt_date", style=0, back=0, fwd=60):
    return N(fdate(R, loc, near_date(R, back, fwd), style), tag)


def TIMEN(R):
    return N(hhmm(R), "appt_time")


def AMOUNT(R, loc, lo, hi, tag="tariff"):
    return N(money(R, loc, lo, hi), tag)


SERIALS = ["Fujitsu fi-7160 SN A%s", "Philips IntelliVue MX450 SN DE%s", "Zebra ZD421 SN D4J%s", "Honeywell Xenon 1950g SN 22%s",
           "GE CARESCAPE B450 SN SFT%s", "Canon DR-C230 SN GH%s"]


def SERIAL(R):
    s = R.choice(SERIALS)
    return N(s % nolu(R, 8), "device_serial")


def TESTCARD(R):
    return N(R.choice(["4242 4242 4242 4242", "4000 0000 0000 0002", "5555 5555 5555 4444", "4111 1111 1111 1111",
                       "3782 822463 10005", "4000 0000 0000 9995"]), "test_card")


def LAST4(R):
    while True:
        s = nolu(R, 4)
        return N(s, "card_last4")


def EXP(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def F(fmt, **kw):
    """Splits a frame on {slot} and inserts the parts."""
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", fmt):
        out.append(fmt[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(fmt[pos:])
    return [p for p in out if p != ""]


def wrap(R, lang, body, req=None, fence=False):
    """Places the request before or after the paste: plain, in triple
    quotes, after a --- rule or around a code fence."""
    r = req if req is not None else R.choice(T[lang]["req"][:2])
    k = R.randint(0, 4)
    if fence or k == 4:
        return [r, "\n\n```\n", body, "\n```"] if R.random() < 0.6 else ["```\n", body, "\n```\n\n", r]
    if k == 0:
        return [r, "\n\n", body]
    if k == 1:
        return [body, "\n\n", r]
    if k == 2:
        return [r, "\n\"\"\"\n", body, "\n\"\"\""]
    return [body, "\n---\n", r]


def chat_line(R, who, text_parts, ts=None):
    if ts:
        return ["[", ts, "] ", who, ": ", text_parts, "\n"]
    return [who, ": ", text_parts, "\n"]


def NAW(R, lang):
    return N(R.choice(T[lang]["naw"]), "name_as_word")


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, labelled=True):
    def deco(fn):
        TEMPLATES.append((name, count, fn, labelled))
        return fn
    return deco


def staff_line(R, c, lang, role, dom_pct=0.5):
    """A staff member with work e-mail on the hospital domain (sometimes)."""
    s = c(sex="f" if lang in STAFF_F else None, adult=True)
    out = [PN(s), ", ", role]
    if R.random() < dom_pct:
        out += [", ", EM(R, s, HOSP[c.loc][1])]
    return s, out


def id_field(R, loc, p, fl_lang=None):
    """(label, value part) of the id a hospital records; JP: the insurer's
    number (a look-alike)."""
    if loc == "JP":
        return ID_LABEL[loc], INSURER(R, loc)
    return ID_LABEL[loc], GID(R, loc, p)


@tpl("admission_form", 48)
def t_admission(R, loc):
    lang = LANG[loc]
    fl = T[lang]["fl"]
    c = Cast(R, loc)
    pt = c()
    nok = c(adult=True)
    gp = c(adult=True)
    clerk = c(adult=True)
    idl, idv = id_field(R, loc, pt)
    rows = [HNAME(loc), " - PATIENT ADMINISTRATION SYSTEM\nADMISSION / REGISTRATION FORM    Hospital no.: ", HOSPNO(R, loc), "\n",
            "Episode: ", EPISODE(R), "   Ward/Bed: ", WARD(R, lang), " / Bed ", N(str(R.randint(1, 32)), "ward_bed"),
            "   Admitted: ", DATEN(R, loc, "admit_date", 0, 3, 0), " ", TIMEN(R), "\n\n-- PATIENT --\n",
            fl["name"], ": ", PN(pt, "fio"), "\n", fl["dob"], ": ", DOB(R, loc, pt), "\n", idl, ": ", idv, "\n"]
    if R.random() < 0.4 and loc != "GB":
        rows += ["Insurance: ", INSURER(R, loc), "\n"]
    rows += [fl["addr"], ": ", ADDR(R, loc), "\n", fl["phone"], ": ", PH(R, loc), "\n"]
    if R.random() < 0.7:
        rows += [fl["email"], ": ", EM(R, pt), "\n"]
    rows += ["\n-- ", fl["nok"].upper() if lang not in ("ar", "he", "hi", "th", "zh", "ja", "ko") else fl["nok"], " --\n",
             fl["name"], ": ", PN(nok, "full"), "   ", fl["rel"], ": ", REL(R, lang, nok), "   ", fl["phone"], ": ",
             PH(R, loc, plan=R.choice([loc] * 9 + ["GB", "DE", "US", "AU"]) if loc not in ("GB", "DE", "US") else loc), "\n"]
    rows += ["\n-- ", fl["gp"], " --\n", DR(lang, gp), " - ", GPN(loc), ", tel. ", N(GPS[loc][2], "gp_phone"), "\n"]
    rows += ["\nPresenting complaint: ", ICDN(R), "\nAdmitting clerk: ", PN(clerk), ", ext. ", N(str(R.randint(2000, 7999)), "extension"), "\n"]
    return "form", lang, wrap(R, lang, rows)


@tpl("appointment_letter", 44)
def t_appt(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    c = Cast(R, loc)
    pt = c()
    gp = c(adult=True)
    cons = c(adult=True)
    greet = GREET[lang](pt)
    d = L_["disch"]
    body = [HNAME(loc), "\n", HADDR(loc), " · ", SW(loc), " · ", WEB(loc), "\n\n", DATEN(R, loc, "letter_date", 1, 0, 0), "\n\n",
            PN(pt, "fio" if loc == "RU" else "full"), "\n", ADDR(R, loc), "\n\n", d["pt"], ": ", PN(pt, "fio") if loc == "RU" else PN(pt, "full"), " · ",
            T[lang]["fl"]["dob"], ": ", DOB(R, loc, pt)]
    if R.random() < 0.5 and loc != "JP":
        body += [" · ", ID_LABEL[loc], ": ", GID(R, loc, pt)]
    body += [" · ", HOSPNO(R, loc), "\n\n", greet, "\n\n",
             F(L_["appt"][0], gp=DR(lang, gp), clinic=CLINIC(R, lang)), " ",
             F(L_["appt"][1], date=DATEN(R, loc, "appt_date", R.randint(0, 1), 0, 60), time=TIMEN(R), place=EPOW(R, loc)), "\n",
             d["cons"], ": ", DR(lang, cons, cons=True), " (", PREG(R, loc), ")\n",
             F(L_["appt"][2], sw=SW(loc), role=ROLE(loc, "outpatients")), "\n\n", L_["appt"][3], "\n", "cc: ", DR(lang, gp), ", ", GPN(loc)]
    return "letter", lang, wrap(R, lang, body, req=R.choice(L_["req"]))


@tpl("theatre_waiting_list", 44)
def t_list(R, loc):
    lang = LANG[loc]
    c = Cast(R, loc)
    n = R.randint(3, 5)
    pts = [c() for _ in range(n)]
    cons = [c(adult=True) for _ in range(R.randint(1, 2))]
    theatre = R.random() < 0.5
    head = ([HNAME(loc), " - THEATRE LIST, Theatre ", N(str(R.randint(1, 9)), "theatre_no"), ", ", DATEN(R, loc, "list_date", 0, 0, 14), " ",
             N(R.choice(["AM", "PM", "all day"]), "session")] if theatre else
            [HNAME(loc), " - INPATIENT WAITING LIST EXTRACT (", N(R.choice(["general surgery", "orthopaedics", "urology", "ophthalmology"]), "specialty"),
             "), run ", DATEN(R, loc, "export_date", 0, 0, 0)])
    rows = head + ["\n\n| # | Hospital no. | Patient | DOB | Indication | Proc. code | Consultant | ",
                   "Start |" if theatre else "Listed | Priority |", "\n|---|---|---|---|---|---|---|---|" + ("" if theatre else "---|"), "\n"]
    t = datetime.datetime(2026, 12, 7, R.choice([8, 13]), 30)
    for i, p in enumerate(pts):
        cn = cons[i % len(cons)]
        rows += ["| ", str(i + 1), " | ", MRN_BARE(R), " | ", PN(p, "fio"), " | ", DOB(R, loc, p, 0), " | ", ICDN(R), " | ", PROCN(R, loc), " | ",
                 DR("en", cn, "family" if loc not in ("CN", "JP", "KR") else "full"), " | "]
        if theatre:
            rows += [N(t.strftime("%H:%M"), "appt_time"), " |\n"]
            t += datetime.timedelta(minutes=R.choice([45, 60, 75, 90]))
        else:
            rows += [DATEN(R, loc, "listed_date", 0, 200, 0), " | ", N(R.choice(["P2", "P3", "P4", "urgent", "routine"]), "priority"), " |\n"]
    rows += ["\nAnaesthetist: ", PN(c(adult=True)), "   Scrub lead: ", PN(c(adult=True), "given"), "   Bleep ", N(str(R.randint(1000, 4999)), "bleep")]
    return "list", lang, wrap(R, lang, rows)


@tpl("discharge_summary", 44)
def t_disch(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    d = L_["disch"]
    c = Cast(R, loc)
    pt = c()
    nok = c(adult=True)
    cons = c(adult=True)
    gp = c(adult=True)
    code, desc = R.choice(ICD)
    dx = [N(code + " " + desc, "icd10")] if R.random() < 0.6 else [SYND(R, lang), " (", N(code, "icd10"), ")"]
    d1, d2 = R.sample(DRUGS, 2)
    body = [d["title"], " - ", HNAME(loc), "\n", d["pt"], ": ", PN(pt, "fio"), " · ", T[lang]["fl"]["dob"], ": ", DOB(R, loc, pt)]
    if loc != "JP" and R.random() < 0.6:
        body += [" · ", ID_LABEL[loc], ": ", GID(R, loc, pt)]
    dd = near_date(R, 3, 0)
    da = dd - datetime.timedelta(days=R.randint(1, 18))
    body += ["\n", d["adm"], ": ", N(fdate(R, loc, da, 0), "admit_date"), " · ", d["dis"], ": ", N(fdate(R, loc, dd, 0), "discharge_date"),
             "\n", d["dx"], ": ", dx, "\n", F(d["body"], dx=N(code, "icd10"), ward=WARD(R, lang)), "\n", d["meds"], ": ", N(d1, "drug_dose"), "; ", N(d2, "drug_dose"),
             "\n", d["fu"], ": ", CLINIC(R, lang), ", ", DATEN(R, loc, "appt_date", 0, 0, 60), "\n", d["nok"], ": ", PN(nok), " (",
             REL(R, lang, nok), "), ", PH(R, loc), "\n", d["cons"], ": ", DR(lang, cons, cons=True), "\n", d["gp"], ": ", DR(lang, gp), ", ", GPN(loc)]
    return "letter", lang, wrap(R, lang, body, req=L_["req"][3] if R.random() < 0.6 else L_["req"][1])


@tpl("subject_access_request", 44)
def t_sar(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    fl = L_["fl"]
    c = Cast(R, loc)
    behalf = R.random() < 0.4
    ri = R.choice([0, 1, 4, 5]) if behalf else 0
    req_sex = "f" if ri in (0, 4) else "m"
    rq = c(sex=req_sex, adult=True)
    body = ["From: ", PN(rq), " <", EM(R, rq), ">\nTo: ", ROLE(loc, R.choice(["sar", "medical.records"])), "\n\n", GREET0[lang], "\n\n"]
    if behalf:
        pt = c(sex="f")
        body += [F(L_["sar"][1], rel=L_["rel"][ri]), "\n", fl["name"], ": ", PN(pt, "fio"), "; ", fl["dob"], ": ", DOB(R, loc, pt)]
        if loc != "JP":
            body += ["; ", ID_LABEL[loc], ": ", GID(R, loc, pt)]
        body += ["\n(", CITE(R, loc, 0), ")\n\n"]
    else:
        body += [F(L_["sar"][0], cite=CITE(R, loc, 0)), "\n\n"]
    body += [L_["sar"][2], "\n", fl["name"], ": ", PN(rq, "fio"), "\n", fl["dob"], ": ", DOB(R, loc, rq), "\n", fl["addr"], ": ", ADDR(R, loc), "\n",
             fl["phone"], ": ", PH(R, loc), "\n"]
    if R.random() < 0.35:
        body += ["ID: ", PASSWORD_W[lang], " ", PASS(R, loc), "\n"]
    elif loc != "JP" and not behalf:
        body += [ID_LABEL[loc], ": ", GID(R, loc, rq), "\n"]
    body += ["\n", PN(rq)]
    if R.random() < 0.55:
        off = c(adult=True)
        body += ["\n\n---- reply ----\n", F(L_["sar"][3], ref=REFNO(R, "sar_ref", "SAR"), date=DATEN(R, loc, "received_date", 0, 10, 0)), "\n",
                 PN(off), ", ", L_["sar"][4], ", ", EM(R, off, HOSP[loc][1])]
    return "letter", lang, wrap(R, lang, body, req=R.choice(L_["req"][:3]))


@tpl("overseas_visitor_charging", 40)
def t_overseas(R, loc):
    lang = LANG[loc]
    fl = T[lang]["fl"]
    c2 = R.choice([x for x in LOCS if x != loc])
    c = Cast(R, loc)
    pt = c(loc=c2, adult=True)
    off = c(adult=True)
    body = [HNAME(loc), " - OVERSEAS VISITOR / INTERNATIONAL PATIENT CHARGING FORM\nCase: ", REFNO(R, "charging_ref", "OVM"),
            "   Hospital no.: ", HOSPNO(R, loc), "\n\n", fl["name"], ": ", PN(pt, "full"), "\nNationality: ", N(c2, "country_code"),
            "\n", fl["dob"], ": ", L("dob", iso(pt.dob) if R.random() < 0.3 else fdate(R, loc, pt.dob, 0)),
            "\nPassport no.: ", PASS(R, c2), " (issued by ", N(c2, "country_code"), ", expires ", DATEN(R, loc, "expiry_date", 0, 0, 2000), ")",
            "\nHome address abroad: ", ADDR(R, c2), "\n", fl["phone"], ": ", PH(R, loc, plan=c2), "\n", fl["email"], ": ", EM(R, pt), "\n"]
    if R.random() < 0.5:
        body += ["Address while here: ", ADDR(R, loc), "\n"]
    body += ["\nTreatment: ", ICDN(R), "   Estimate: ", AMOUNT(R, loc, 800, 9000), "   Tariff code ", N("HRG " + R.choice(["FD01", "HC12", "EB05", "LA08"]) + R.choice("ABCD"), "tariff_code"), "\n"]
    if R.random() < 0.65:
        body += ["Deposit taken by card: ", CARD(R, c2), "  exp ", EXP(R), "  cardholder ", PN(pt, "roman"), "\n"]
    else:
        body += ["Deposit: card ending ", LAST4(R), ", ", AMOUNT(R, loc, 200, 1500, "deposit"), "\n"]
    if c2 in IBAN_C and R.random() < 0.6:
        body += ["Refund account (if overpaid): IBAN ", IBAN(R, c2), "\n"]
    if loc == "GB":
        body += ["Regulations: ", CITE(R, loc, 2), "\n"]
    body += ["Officer: ", PN(off), ", ", ROLE(loc, "overseas.visitors"), "\n"]
    return "form", lang, wrap(R, lang, body)


@tpl("card_payment_chat", 40)
def t_chatpay(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    c = Cast(R, loc)
    payer = c(sex=GENDERED_CHAT.get(lang), adult=True)
    staff = c(sex="f" if lang in STAFF_F else None, adult=True)
    t = datetime.datetime(2026, 12, R.randint(1, 6), R.randint(8, 16), R.randint(0, 59))
    ts = []
    for _ in range(5):
        t += datetime.timedelta(minutes=R.randint(1, 6))
        ts.append(fdate(R, loc, t.date(), 0) + " " + t.strftime("%H:%M"))
    use_ts = R.random() < 0.6
    card = CARD(R, loc) if R.random() < 0.7 else ["**** ", LAST4(R)]
    lines = [chat_line(R, PN(staff, "chat"), F(L_["chatpay"][0], hosp=HNAME(loc), inv=REFNO(R, "invoice_ref", "INV"), amount=AMOUNT(R, loc, 40, 900)), use_ts and ts[0]),
             chat_line(R, PN(payer, "chat"), F(L_["chatpay"][1], card=card, exp=EXP(R), holder=PN(payer, "roman")), use_ts and ts[1]),
             chat_line(R, PN(staff, "chat"), L_["chatpay"][2], use_ts and ts[2]),
             chat_line(R, PN(payer, "chat"), F(L_["chatpay"][3], email=EM(R, payer)), use_ts and ts[3]),
             chat_line(R, PN(staff, "chat"), F(L_["chatpay"][4], staff=PN(staff)), use_ts and ts[4])]
    return "chat_export", lang, wrap(R, lang, lines)


@tpl("patient_transport_booking", 40)
def t_transport(R, loc):
    lang = LANG[loc]
    fl = T[lang]["fl"]
    c = Cast(R, loc)
    pt = c()
    staff = c(adult=True)
    ta = datetime.datetime(2026, 12, 7, R.randint(10, 16), R.choice([0, 15, 30, 45]))
    body = ["PATIENT TRANSPORT BOOKING - ", HNAME(loc), "\nBooking ref: ", REFNO(R, "transport_ref", "PTS"), "   Provider: ",
            N(R.choice(["Fellgate Patient Transport", "Medivan Services", "Kestrelway Ambulance Ltd"]), "transport_provider"), "\n\n",
            fl["name"], ": ", PN(pt, "fio"), "\n", fl["dob"], ": ", DOB(R, loc, pt), "\n", HOSPNO(R, loc), "\nPick-up: ", ADDR(R, loc, flat=True), "\n",
            fl["phone"], ": ", PH(R, loc), "\nMobility: ", N(R.choice(["wheelchair (own)", "stretcher", "walks with frame", "seated, oxygen 2 L/min"]), "mobility"),
            "\nDestination: ", WARD(R, lang), ", ", HADDR(loc), "\nAppointment: ", DATEN(R, loc, "appt_date", 0, 0, 30), " ", N(ta.strftime("%H:%M"), "appt_time"),
            "   Ready from: ", N((ta - datetime.timedelta(minutes=R.choice([60, 90, 120, 150]))).strftime("%H:%M"), "appt_time"), "\n"]
    if R.random() < 0.6:
        esc = c(adult=True)
        body += ["Escort: ", PN(esc), " (", REL(R, lang, esc), "), ", PH(R, loc), "\n"]
    body += ["Booked by: ", PN(staff), ", ext. ", N(str(R.randint(2000, 7999)), "extension"), "\n"]
    return "form", lang, wrap(R, lang, body)


@tpl("liaison_case_notes", 44)
def t_compl(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    c = Cast(R, loc)
    ri = R.choice([0, 2, 4])
    who = c(sex="f", adult=True)
    pt = c(sex="m" if ri == 2 else None)
    staff = c(sex="f", adult=True)
    off = c(sex="f", adult=True)
    body = [REFNO(R, "case_ref", "PALS"), " - ", DATEN(R, loc, "log_date", 0, 5, 0), "\n",
            F(L_["compl"][0], who=PN(who), rel=L_["rel"][ri], pt=PN(pt), date=DATEN(R, loc, "call_date", 0, 5, 0)), "\n",
            F(L_["compl"][1], staff=PN(staff, R.choice(["full", "given"])), ward=WARD(R, lang)), "\n",
            F(L_["compl"][2], phone=PH(R, loc))]
    if R.random() < 0.5:
        body += [" / ", EM(R, who)]
    if loc in IBAN_C and R.random() < 0.5:
        body += ["\n", REFUND[lang], ": ", AMOUNT(R, loc, 5, 60, "refund_amount"), " \u2192 IBAN ", IBAN(R, loc)]
    body += ["\n", HOSPNO(R, loc), "\n", F(L_["compl"][3], officer=PN(off)), "\n"]
    return "notes", lang, wrap(R, lang, body, req=R.choice(L_["req"][:3]))


REFUND = {"en": "Parking refund agreed", "de": "Erstattung Parkgebühr", "fr": "Remboursement du parking", "es": "Reembolso del aparcamiento",
          "it": "Rimborso parcheggio", "nl": "Terugbetaling parkeerkosten", "pt": "Reembolso do estacionamento", "pl": "Zwrot za parking",
          "el": "Επιστροφή χρημάτων στάθμευσης", "tr": "Otopark ücreti iadesi", "he": "החזר דמי חניה", "ar": "استرداد رسوم الانتظار"}


LANGS_NAMES = {"US": "Spanish", "GB": "Polish", "DE": "Turkish", "FR": "Arabic", "ES": "Romanian", "IT": "Albanian", "NL": "Turkish",
               "BR": "Spanish", "PL": "Ukrainian", "RU": "Uzbek", "GR": "Arabic", "TR": "Arabic", "IL": "Russian", "EG": "English",
               "IN": "Bengali", "TH": "Burmese", "CN": "English", "JP": "Vietnamese", "KR": "Vietnamese", "VN": "Korean"}


@tpl("interpreter_request", 40)
def t_interp(R, loc):
    lang = LANG[loc]
    fl = T[lang]["fl"]
    c = Cast(R, loc)
    pt = c()
    itp = c(adult=True)
    staff = c(adult=True)
    agency = R.choice(["kalamos-interpreting.com", "veritalk-languages.com", "polyglotta-health.net"])
    body = ["INTERPRETER REQUEST - ", HNAME(loc), "\nRequest no.: ", REFNO(R, "interp_ref", "INT"), "\n\n", fl["name"], ": ", PN(pt, "fio"), "\n",
            fl["dob"], ": ", DOB(R, loc, pt), "\n", HOSPNO(R, loc), "\nLanguage: ", N(LANGS_NAMES[loc], "language"), " (face to face)\nAppointment: ",
            DATEN(R, loc, "appt_date", 0, 0, 30), " ", TIMEN(R), ", ", CLINIC(R, lang), "\n\nInterpreter: ", PN(itp), "\n", fl["phone"], ": ", PH(R, loc), "\n"]
    if R.random() < 0.6:
        body += [fl["email"], ": ", EM(R, itp, agency), "\n"]
    body += ["Agency: ", N(agency, "agency_domain"), ", bookings@", N(agency, "agency_domain"), "\nRequested by: ", PN(staff), ", ",
             ROLE(loc, "interpreting"), "\n"]
    return "form", lang, wrap(R, lang, body)


@tpl("patient_chat", 48)
def t_chatpt(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    c = Cast(R, loc)
    pt = c(sex=GENDERED_CHAT.get(lang), adult=True)
    staff = c(sex="f" if lang in STAFF_F else None, adult=True)
    t = datetime.datetime(2026, 12, R.randint(1, 6), R.randint(8, 16), R.randint(0, 59))
    use_ts = R.random() < 0.5
    ts = []
    for _ in range(6):
        t += datetime.timedelta(minutes=R.randint(1, 4))
        ts.append(t.strftime("%H:%M"))
    who = [pt, staff, pt, staff, pt, staff]
    d1 = near_date(R, 0, 20)
    d2 = d1 + datetime.timedelta(days=R.randint(7, 40))
    parts = [F(L_["chatpt"][0], date=N(fdate(R, loc, d1, 0), "appt_date")), L_["chatpt"][1], F(L_["chatpt"][2], dob=DOB(R, loc, pt)),
             F(L_["chatpt"][3], date2=N(fdate(R, loc, d2, 0), "appt_date"), time=TIMEN(R), clinic=CLINIC(R, lang), phone0=PH(R, loc)),
             F(L_["chatpt"][4], phone=PH(R, loc), addr=ADDR(R, loc)), L_["chatpt"][5]]
    lines = [chat_line(R, PN(w, "chat"), p, use_ts and ts[i]) for i, (w, p) in enumerate(zip(who, parts))]
    return "chat_export", lang, wrap(R, lang, lines)


def _e164(R, loc):
    return PH(R, loc, intl=True, compact=True)


@tpl("pas_export", 40)
def t_export(R, loc):
    c = Cast(R, loc)
    n = R.randint(2, 3)
    pts = [c() for _ in range(n)]
    js = R.random() < 0.6
    if js:
        body = ["[\n"]
        for i, p in enumerate(pts):
            gid = GID(R, loc, p) if loc != "JP" else None
            body += ['  {"mrn": "', MRN_BARE(R), '", "name": "', PN(p, "full"), '", "birthDate": "', L("dob", iso(p.dob)), '",\n',
                     '   "nationalId": ', (['"', gid, '"'] if gid else "null"), ', "mobile": "', _e164(R, loc), '",\n',
                     '   "email": ', (['"', EM(R, p), '"'] if R.random() < 0.7 else "null"), ', "ward": "', WARD(R, LANG[loc]), '",\n',
                     '   "portal": {"lastLogin": "', N("2026-12-0%dT%02d:%02d:00Z" % (R.randint(1, 6), R.randint(0, 23), R.randint(0, 59)), "timestamp"),
                     '", "ip": "', IP(R), '"}}', ",\n" if i < n - 1 else "\n"]
        body += ["]"]
        form = "json"
    else:
        body = ["mrn,name,birth_date,national_id,mobile,email,gp_practice,last_login_ip\n"]
        for p in pts:
            gid = GID(R, loc, p) if loc != "JP" else ""
            body += [MRN_BARE(R), ",", PN(p, "full"), ",", L("dob", iso(p.dob)), ",", gid, ",", _e164(R, loc), ",", EM(R, p), ",\"", GPN(loc), "\",", IP(R), "\n"]
        form = "csv"
    req = R.choice(["Turn this into a tidy table, one row per patient.", "What should I take out before I send this to the PAS vendor's support desk?",
                    "Can you check this export for anything missing before I send it?"])
    return form, "en", wrap(R, "en", body, req=req, fence=R.random() < 0.5)


@tpl("hl7_message", 36)
def t_hl7(R, loc):
    c = Cast(R, loc)
    pt = c()
    nok = c(adult=True)
    doc = c(adult=True)
    ts = "202612%02d%02d%02d" % (R.randint(1, 6), R.randint(0, 23), R.randint(0, 59))
    app = HOSP[loc][1].split(".")[0].upper()[:12]
    gid = GID(R, loc, pt) if loc != "JP" else None
    sex = "F" if pt.sex == "f" else "M"
    fam = lambda p: PN(p, "family")
    giv = lambda p: PN(p, "given")
    body = ["MSH|^~\\&|PAS|", N(app, "hl7_app"), "|EPR|", N(app, "hl7_app"), "|", N(ts, "timestamp"), "||ADT^A01^ADT_A01|",
            N("MSG" + nolu(R, 8), "hl7_control_id"), "|P|2.5.1\r\nEVN|A01|", N(ts, "timestamp"), "\r\nPID|1||", MRN_BARE(R), "^^^", N(app, "hl7_app"), "^MR"]
    if gid:
        body += ["~", gid, "^^^", N(loc, "country_code"), "^NI"]
    body += ["||", fam(pt), "^", giv(pt), ("^" if pt.patr else ""), (L("person", pt.patr) if pt.patr else ""),
             "||", L("dob", "%04d%02d%02d" % (pt.dob.year, pt.dob.month, pt.dob.day)), "|", sex, "|||", ADDR(R, loc), "||", _e164(R, loc), "^PRN^CP\r\n",
             "NK1|1|", fam(nok), "^", giv(nok), "|", N(R.choice(["DAU^Daughter", "SPO^Spouse", "NEI^Neighbour"] if nok.sex == "f" else ["SON^Son", "SPO^Spouse", "NEI^Neighbour"]), "hl7_code"), "||", _e164(R, loc), "\r\n",
             "PV1|1|I|", N(R.choice(["W7B", "AMU", "SAU", "CCU"]) + "^" + str(R.randint(1, 30)) + "^" + str(R.randint(1, 4)), "ward_bed"), "||||",
             N("C" + nolu(R, 7), "professional_reg"), "^", fam(doc), "^", giv(doc), "^^^Dr|||", N(R.choice(["SUR", "MED", "URO", "ORT"]), "hl7_code"),
             "||||||||", EPISODE(R)]
    req = R.choice(["Why is the interface engine rejecting this ADT message?", "Can you explain what each segment of this HL7 message means?",
                    "What should I take out before I post this to the vendor's forum?"])
    return "hl7", "en", wrap(R, "en", body, req=req, fence=R.random() < 0.7)


@tpl("pas_env_file", 48)
def t_env(R, loc):
    c = Cast(R, loc)
    own = c(adult=True)
    dom = HOSP[loc][1]
    body = ["# ", HNAME(loc), " - PAS integration service (.env)\n# owner: ", PN(own, "given"), " <", EM(R, own, dom), ">\n",
            "APP_ENV=production\nPAS_DB_URL=postgresql://pas_app:", L("secret", secret_random(R, "password"), sub="password"), "@", LANIP(R), ":5432/pas\n",
            "HL7_LISTENER=", LANIP(R), ":2575\nSMTP_HOST=smtp.sendgrid.net\nSENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n",
            "SMS_FROM=", N(HOSP[loc][0][:11] if loc in ("US", "GB", "NL", "DE", "FR", "ES", "IT", "BR", "PL", "TR", "VN") else "HOSPITAL", "sender_id"), "\n",
            "TWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n",
            "FHIR_CLIENT_SECRET=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n"]
    if R.random() < 0.5:
        body += ["PORTAL_SERVICE_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    if R.random() < 0.4:
        body += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    body += ["MAIL_FROM=", ROLE(loc, "noreply"), "\nSCANNER=", SERIAL(R), "\nADMIN_ALLOWLIST=", IP(R), "\nSTAGING_HOST=", LANIP(R), "\n"]
    req = R.choice(["What should I take out before I send this to the PAS vendor's support desk?", "Why does the HL7 listener fail to start with this config?",
                    "Can you check this .env for mistakes before I deploy it?"])
    return "config", "en", wrap(R, "en", body, req=req, fence=R.random() < 0.5)


GREET = {
    "en": lambda p: ["Dear ", PN(p), ","], "de": lambda p: ["Guten Tag ", PN(p), ","],
    "fr": lambda p: ["Madame " if p.sex == "f" else "Monsieur ", PN(p, "family"), ","],
    "es": lambda p: ["Estimada " if p.sex == "f" else "Estimado ", PN(p), ":"],
    "it": lambda p: ["Gentile ", "signora " if p.sex == "f" else "signor ", PN(p), ","],
    "nl": lambda p: ["Beste ", PN(p), ","], "pt": lambda p: ["Prezada Sra. " if p.sex == "f" else "Prezado Sr. ", PN(p), ","],
    "pl": lambda p: ["Szanowna Pani," if p.sex == "f" else "Szanowny Panie,"],
    "ru": lambda p: ["Уважаемая " if p.sex == "f" else "Уважаемый ", PN(p, "po"), "!"],
    "el": lambda p: ["Αγαπητή κυρία," if p.sex == "f" else "Αγαπητέ κύριε,"],
    "tr": lambda p: ["Sayın ", PN(p), ","], "he": lambda p: ["לכבוד ", PN(p), ","],
    "ar": lambda p: ["السيدة " if p.sex == "f" else "السيد ", PN(p), "،"], "hi": lambda p: ["प्रिय ", PN(p), " जी,"],
    "th": lambda p: ["เรียน คุณ", PN(p)], "zh": lambda p: ["尊敬的", PN(p), "女士：" if p.sex == "f" else "先生："],
    "ja": lambda p: [PN(p), " 様"], "ko": lambda p: [PN(p), " 님께"],
    "vi": lambda p: ["Kính gửi ", "bà " if p.sex == "f" else "ông ", PN(p), ","],
}
GREET0 = {"en": "Dear Medical Records team,", "de": "Sehr geehrte Damen und Herren,", "fr": "Madame, Monsieur,", "es": "Estimados señores:",
          "it": "Spettabile Ufficio Cartelle Cliniche,", "nl": "Geachte heer/mevrouw,", "pt": "Prezados,", "pl": "Szanowni Państwo,",
          "ru": "Уважаемые коллеги!", "el": "Αξιότιμοι κύριοι,", "tr": "Sayın Yetkili,", "he": "לכבוד מחלקת רשומות רפואיות,",
          "ar": "السادة قسم السجلات الطبية،", "hi": "सेवा में, मेडिकल रिकॉर्ड विभाग,", "th": "เรียน งานเวชระเบียน",
          "zh": "病案管理科：", "ja": "医療情報管理室 御中", "ko": "의무기록팀 귀중", "vi": "Kính gửi Phòng Kế hoạch tổng hợp,"}


# ====================================================================== clean templates
@tpl("ward_notice", 40, labelled=False)
def c_notice(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    t1 = R.randint(10, 15)
    body = [HNAME(loc), " - ", WARD(R, lang), "\n\n",
            F(L_["notice"][0], ward=WARD(R, lang), t1=N("%02d:00" % t1, "visiting_time"), t2=N("%02d:00" % (t1 + R.randint(3, 6)), "visiting_time")), "\n",
            L_["notice"][1], "\n", F(L_["notice"][3], epo=EPOW(R, loc), date=DATEN(R, loc, "reopen_date", R.randint(0, 1), 0, 60)), "\n", NAW(R, lang), "\n",
            F(L_["notice"][2], sw=SW(loc), role=ROLE(loc, R.choice(["pals", "outpatients", "admissions"])), web=WEB(loc))]
    if R.random() < 0.4:
        body += ["\n", HADDR(loc)]
    return "notice", lang, wrap(R, lang, body, req=R.choice(L_["req"][:3] + L_["req"][3:]))


@tpl("coding_query", 40, labelled=False)
def c_coding(R, loc):
    lang = LANG[loc]
    los = R.randint(1, 14)
    body = ["Coding query - ", EPISODE(R), " (", HNAME(loc), ")\nAdmitted ", DATEN(R, loc, "admit_date", 0, 60, 0), ", LOS ", N("%d days" % los, "los"),
            ", discharged from ", WARD(R, lang), ".\nPrimary diagnosis on the discharge letter: ", SYND(R, "en"), "; clinician also wrote ", ICDN(R),
            ".\nSecondary: ", ICDN(R), ", ", ICDN(R, False), ". Procedure: ", PROCN(R, loc), ".\nMeds on TTO: ", DRUG(R), ", ", DRUG(R),
            ".\nGrouper gives ", N("HRG " + R.choice(["FD01", "HC12", "EB05", "LA08", "WJ06"]) + R.choice("ABCDE"), "tariff_code"), " at ",
            AMOUNT(R, loc, 900, 7000), "; with the secondary it would be ", AMOUNT(R, loc, 900, 7000), ".\nQueries to ", ROLE(loc, "clinical.coding"),
            " by ", DATEN(R, loc, "deadline", 0, 0, 20), " (", CITE(R, loc), ")."]
    if R.random() < 0.5:
        body += ["\nWard was ", EPOW(R, loc), "."]
    req = R.choice(["Which primary diagnosis code should I use here?", "Is the secondary diagnosis codable from this wording?",
                    "Summarise this coding query in two lines for the coding lead."])
    return "notes", "en", wrap(R, "en", body, req=req)


@tpl("interface_log", 40, labelled=False)
def c_log(R, loc):
    t = datetime.datetime(2026, 12, R.randint(1, 6), R.randint(0, 22), R.randint(0, 59), R.randint(0, 59))
    app = HOSP[loc][1].split(".")[0].upper()[:12]
    lines = []
    for i in range(R.randint(5, 8)):
        t += datetime.timedelta(seconds=R.randint(1, 90))
        k = R.randint(0, 4)
        src = LANIP(R)
        if k == 0:
            msg = ["INFO  inbound ADT^A0", str(R.choice([1, 2, 3, 8])), " ctrl=", N("MSG" + nolu(R, 8), "hl7_control_id"), " from ", src, " ACK AA"]
        elif k == 1:
            msg = ["WARN  PID-3 missing assigning authority for ", MRN_BARE(R), " (", N(app, "hl7_app"), "), ACK AE"]
        elif k == 2:
            msg = ["INFO  scanner ", SERIAL(R), " at ", src, " uploaded batch ", N("B" + nolu(R, 6), "batch_id"), " (", N(str(R.randint(2, 60)), "count"), " pages)"]
        elif k == 3:
            msg = ["ERROR monitor ", SERIAL(R), " fw ", N("%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "version"), " lost link to ", src]
        else:
            msg = ["INFO  MLLP connection from ", src, " closed after ", N("%d ms" % R.randint(40, 9000), "duration")]
        lines += [N(t.strftime("%Y-%m-%dT%H:%M:%S"), "timestamp"), " ", msg, "\n"]
    req = R.choice(["Why does the interface engine keep returning ACK AE?", "Can you explain what these interface log lines mean?",
                    "Is anything in this log a problem for the overnight batch?"])
    return "log", "en", wrap(R, "en", lines, req=req, fence=R.random() < 0.6)


def LUHNFAIL(R):
    s = card_random(R, "visa")
    s = s[:-1] + str((int(s[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(s)
    return N(" ".join(split_groups(s, card_grouping(16))), "luhn_fail")


@tpl("payment_uat_notes", 40, labelled=False)
def c_uat(R, loc):
    body = ["UAT - cashier card payments (", HNAME(loc), ")\n1. ", N(R.choice(["4242 4242 4242 4242", "5555 5555 5555 4444", "4111 1111 1111 1111", "3782 822463 10005"]), "test_card"), " exp ", EXP(R), " CVC ", N(nolu(R, 3), "cvc"), " -> approved\n",
            "2. ", N(R.choice(["4000 0000 0000 0002", "4000 0000 0000 9995", "4000 0000 0000 0069"]), "test_card"), " -> declined\n3. Luhn check: ", LUHNFAIL(R),
            " must be rejected\n4. Receipt to ", N("test.patient@example.com", "example_email"), ", SMS to ", N("+00 000 000 000", "sample_phone"), "\n",
            "5. Keys: STRIPE_SECRET_KEY=", N(R.choice(["${STRIPE_SECRET_KEY}", "sk_test_xxxxxxxx", "<stripe-secret-key>"]), "placeholder"),
            ", publishable ", N("pk_test_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
            "6. Terminal ", SERIAL(R), " at ", LANIP(R), ", gateway ", LANIP(R), "\n"]
    if R.random() < 0.6:
        body += [NAW(R, "en"), "\n"]
    req = R.choice(["Turn these UAT notes into a test checklist.", "Are any of these card numbers real?", "What test cases am I missing here?"])
    return "notes", "en", wrap(R, "en", body, req=req)


@tpl("retention_checklist", 40, labelled=False)
def c_ret(R, loc):
    lang = LANG[loc]
    L_ = T[lang]
    body = [HNAME(loc), " - ", ROLE(loc, "medical.records"), "\n"]
    for i, s in enumerate(L_["ret"]):
        body += ["[ ] ", F(s, cite=CITE(R, loc, 1 if i == 0 else 0)), "\n"]
    body += ["[ ] ", NAW(R, lang), "\n", DATEN(R, loc, "review_date", 1, 0, 90)]
    return "checklist", lang, wrap(R, lang, body, req=R.choice(L_["req"][:3]))


# ====================================================================== rules
def _name_words():
    out = set()
    for loc, d in NAMES.items():
        for k in d:
            for e in _ents(loc, k):
                for alt in e.split("|"):
                    for form in alt.split("/"):
                        for w in form.split():
                            if w not in PARTICLES:
                                out.add(w)
    return out


ALL_NAME_WORDS = _name_words()
LATIN_RX = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'\-]+$")
LATIN_WORDS = {w for w in ALL_NAME_WORDS if LATIN_RX.match(w)}
OTHER_WORDS = {w for w in ALL_NAME_WORDS if w not in LATIN_WORDS and len(w) >= 2}
EXEMPT = {"Văn", "Thị"}
ALLOWED_DOMAINS = {h[1] for h in HOSP.values()} | {"kalamos-interpreting.com", "veritalk-languages.com", "polyglotta-health.net"}
EMAIL_RX = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IP4_RX = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RX = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
IBAN_RX = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{2,4}){3,8}")
GROUP_RX = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
WORD_RX = re.compile(r"[\w'\-]+")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\u0000"
    return "".join(t)


def luhn_windows(m):
    out = []
    for chain in GROUP_RX.finditer(m):
        groups = re.split(r"[ \-.\u00a0\u202f]", chain.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    out.append(s)
    return out


def label_problems(sp):
    v, ty = sp["value"], sp["type"]
    if "\n" in v:
        return "label across a line break"
    if ty == "gov_id" and not id_ok(sp):
        return "bad gov_id " + v
    if ty == "iban" and not iban_ok(v):
        return "bad iban " + v
    if ty == "card":
        d = re.sub(r"\D", "", v)
        if not luhn_ok(d) or d in TEST_CARDS or not 12 <= len(d) <= 19:
            return "bad card " + v
    if ty == "email":
        m = EMAIL_RX.fullmatch(v)
        if not m or "example" in m.group(1).split("."):
            return "bad email " + v
    if ty == "ip":
        try:
            a = ipaddress.ip_address(v)
        except ValueError:
            return "bad ip " + v
        if not a.is_global:
            return "non-global ip " + v
    return None


def person_words(v):
    ws = {w for w in re.split(r"[\s,^]+", v) if len(w) >= 2 and w not in EXEMPT and w not in PARTICLES}
    ws |= {w for w in OTHER_WORDS if w in v}
    return ws


def problems(rec, labelled):
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record")
    for sp in rec["spans"]:
        p = label_problems(sp)
        if p:
            out.append(p)
    m = masked(rec)
    for e in EMAIL_RX.finditer(m):
        dom = e.group(1).lower()
        if dom not in ALLOWED_DOMAINS and not (dom.startswith("example.") or ".example." in dom):
            out.append("email outside a label " + e.group(0))
    for rx in (IP4_RX, IP6_RX):
        for x in rx.finditer(m):
            try:
                a = ipaddress.ip_address(x.group(1))
            except ValueError:
                continue
            if a.is_global:
                out.append("global ip outside a label " + x.group(1))
    for w in luhn_windows(m):
        out.append("luhn window outside labels " + w)
    for x in IBAN_RX.finditer(m):
        c = re.sub(r"[ \u00a0]", "", x.group(0))
        for n in range(len(c), 14, -1):
            if iban_ok(c[:n]):
                out.append("valid iban outside a label " + c[:n])
                break
    for w in WORD_RX.findall(m):
        if w in LATIN_WORDS and w not in EXEMPT:
            out.append("name word outside labels " + w)
    for w in OTHER_WORDS:
        if w in m:
            out.append("name word outside labels " + w)
    if not 120 <= len(rec["text"]) <= 2500:
        out.append("length %d" % len(rec["text"]))
    if labelled and not rec["spans"]:
        out.append("labelled record without labels")
    if not labelled and rec["spans"]:
        out.append("clean record with labels")
    pw = [(sp["value"], person_words(sp["value"])) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(pw)):
        for j in range(i + 1, len(pw)):
            a, b = pw[i][1], pw[j][1]
            if a & b and not (a <= b or b <= a):
                out.append("people share a name word %s / %s" % (pw[i][0], pw[j][0]))
    return out


def phones_of(recs):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for r in recs for sp in r["spans"] if sp["type"] == "phone"]


# ====================================================================== generation and CLI
def candidates():
    out = []
    for ti, (name, count, fn, labelled) in enumerate(TEMPLATES):
        cands = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            loc = LOCS[(i + 5 * ti) % len(LOCS)]
            try:
                form, lang, parts = fn(R, loc)
                rec = build("tmp", form, lang, parts)
                rec["_loc"] = loc
            except RuntimeError as e:
                rec = {"_err": str(e)}
            cands.append(rec)
        out.append((name, count, labelled, cands))
    return out


def select(verbose=False):
    allc = candidates()
    items = []
    for _, _, _, cands in allc:
        for r in cands:
            if "_err" not in r:
                items += phones_of([r])
    bad = pv_check(items)
    if bad is None:
        sys.exit("pv helper /tmp/pv/pv is missing")
    badnums = {b.split("\t")[1] for b in bad}
    seen = set()
    kept, log = [], []
    for name, count, labelled, cands in allc:
        k = 0
        for i, r in enumerate(cands):
            if "_err" in r:
                log.append((name, i, [r["_err"]]))
                continue
            pr = problems(r, labelled)
            if any(v in badnums for v, _, _ in phones_of([r])):
                pr.append("phone rejected by pv")
            if r["text"] in seen:
                pr.append("repeated text")
            if pr:
                log.append((name, i, pr))
                continue
            if k < count:
                seen.add(r["text"])
                r["_tpl"] = name
                kept.append(r)
                k += 1
        if k < count:
            raise SystemExit("template %s: only %d of %d" % (name, k, count))
    return kept, log


def finalize(kept):
    recs = list(kept)
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        o = {"id": "%s%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            o["neg"] = r["neg"]
        out.append(o)
    return out


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    ok = True
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(l) for l in data.splitlines()]
    kept, _ = select()
    if serialise(finalize(kept)) != data:
        print("FAIL: regenerating does not give the file byte for byte")
        ok = False
    lab = sum(1 for r in recs if r["spans"])
    if len(recs) != 800 or lab != 600:
        print("FAIL: split %d records, %d labelled" % (len(recs), lab))
        ok = False
    texts = Counter(r["text"] for r in recs)
    if max(texts.values()) > 1:
        print("FAIL: repeated text")
        ok = False
    bad = pv_check(phones_of(recs))
    if bad:
        print("FAIL: pv rejects", bad[:5])
        ok = False
    for r in recs:
        pr = problems(r, bool(r["spans"]))
        if pr:
            print("FAIL", r["id"], pr[:3])
            ok = False
    n = sum(len(r["spans"]) for r in recs)
    print("%s: %d records (%d labelled, %d clean), %d labels, %d phones checked with pv; checksums, formats and rules verified"
          % ("OK" if ok else "FAILED", len(recs), lab, len(recs) - lab, n, len(phones_of(recs))))
    return ok


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f]
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "labelled", sum(1 for r in recs if r["spans"]), "labels", sum(ty.values()))
    print("types", dict(ty.most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("gov_id", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
    print("card", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "card").most_common()))
    print("iban", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common()))
    print("secret", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common()))
    print("email", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "email").most_common()))
    print("ip", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "ip").most_common()))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones by region", dict(Counter(sp["region"] for sp in ph).most_common()))
    print("phones with plan", dict(Counter(sp["plan"] for sp in ph if "plan" in sp).most_common()), "+CC", sum(1 for sp in ph if sp["value"].startswith("+")))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}), dict(Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    ln = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (ln[0], ln[len(ln) // 2], ln[-1]))
    print("distinct person values", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    kept, _ = select()
    recs = finalize(kept)
    for r in recs:
        check_record(r)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialise(recs))
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
