#!/usr/bin/python3
"""Held-out part 59 of the redaction corpus (heldout59.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 57 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 23's decisions on
named clinicians, practices, professional register numbers and national
health ids, part 47's on prescribers and pharmacies, part 52's on clients,
guardians and staff, part 20's on work addresses), lines 1-100 of
gen_heldout33.py and its function `pv_check`, and, outside the repository,
the source of the phone validator /tmp/pv/pv.cc (run only through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no project
binary, no make, no cmake/ctest and no git command, and it did not score
this file. Started 05:02:16 UTC on 2026-12-06 (`date -u`); the end time is
in heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: DENTAL, OPTICIAN AND PHYSIOTHERAPY PRACTICES, FROM THE STAFF SIDE.
What receptionists, practice managers, dental nurses and hygienists,
dispensing opticians and optometrists, physiotherapists and their admin and
IT support paste into an AI assistant, from 20 countries in 19 languages:
new-patient registrations (children with a parent), medical-history
questionnaires, treatment plans and fee estimates, recall and reminder
queues, spectacle and contact-lens prescriptions, sight-test claim forms
with the exemption or national id checked, insurance and health-fund
claims, referral letters, physiotherapy assessment and discharge notes,
dental-lab work tickets, payment plans and direct debits, card payments
typed into chats, complaint letters, practice-management exports (JSON,
CSV) and system `.env` files; clean charting worksheets, practice notices,
equipment logs, fee schedules and PMS test notes. Hard negatives of the
theme everywhere: tooth notation (UR6, FDI 36, LL8), lens prescriptions
(-2.25 / -0.75 x 180, PD 63, Add +2.00), procedure and item codes, lab job
numbers, frame and lens codes, appointment and recall dates, fees,
clinicians' registration numbers, the practices' own addresses,
switchboards, websites and role mailboxes, device serials, private and
documentation IPs, test cards and name-as-word sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
590613, shuffle seed 590614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout59.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout59.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout59.py --stats   # counts
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
                       nhs_random, nhs_ok, nir_random, nir_ok, dni_random,
                       nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, MONTHS, PLANS,
                       secret_random)

SEED = 590613
SHUFFLE_SEED = 590614
OUT = os.path.join(HERE, "heldout59.jsonl")
PREFIX = "heldout-bg-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ============================================================ id checksums
# Written for this part (the others come from corpuslib).

def kvnr_make(R):
    """German Krankenversichertennummer: letter + 8 digits + check digit.
    The letter becomes 01-26; the ten digits are weighted 1,2,1,2...,
    products > 9 reduced to their digit sum, the sum mod 10 is the check."""
    letter = R.choice(string.ascii_uppercase)
    body = "%d" % R.randint(1, 9) + "".join(R.choice(string.digits) for _ in range(7))
    return letter + body + kvnr_check(letter, body)


def kvnr_check(letter, body8):
    ds = "%02d" % (ord(letter) - 64) + body8
    s = 0
    for i, c in enumerate(ds):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return str(s % 10)


def kvnr_ok(s):
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[0], s[1:9]) == s[9]


def pesel_make(R, d, female):
    y, m = d.year, d.month
    m += {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d" % (y % 100, m, d.day) + "".join(R.choice(string.digits) for _ in range(3))
    sx = R.choice("02468" if female else "13579")
    body += sx
    return body + pesel_check(body)


def pesel_check(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * k for c, k in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else "%02d" % s


def snils_make(R):
    while True:
        d9 = "%09d" % R.randint(1001999, 999999999)
        if not re.search(r"(\d)\1\1", d9):
            return d9 + snils_check(d9)


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    body = d.strftime("%d%m%y") + "".join(R.choice(string.digits) for _ in range(4))
    return luhn_complete(body)


def amka_ok(s):
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
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_make(R):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2... from the left,
    digit sums of the products, total divisible by 10."""
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def tz_ok(s):
    return len(s) == 9 and s.isdigit() and luhn_ok(s)


def thid_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thid_make(R):
    d12 = R.choice("1238") + "".join(R.choice(string.digits) for _ in range(11))
    return d12 + thid_check(d12)


def thid_ok(s):
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 13 and d.isdigit() and thid_check(d[:12]) == d[12]


def cnid_check(d17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(d17, w)) % 11]


def cnid_make(R, area, d, female):
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    d17 = area + d.strftime("%Y%m%d") + seq
    return d17 + cnid_check(d17)


def cnid_ok(s):
    return len(s) == 18 and s[:17].isdigit() and cnid_check(s[:17]) == s[17]


def mynumber_check(d11):
    s = 0
    for n, c in enumerate(reversed(d11), 1):
        q = n + 1 if n <= 6 else n - 5
        s += int(c) * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    d11 = "".join(R.choice(string.digits) for _ in range(11))
    return d11 + mynumber_check(d11)


def mynumber_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and mynumber_check(d[:11]) == d[11]


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * k for c, k in zip(d12, w)) % 11) % 10)


def rrn_make(R, d, female):
    g = (2 if female else 1) if d.year < 2000 else (4 if female else 3)
    d12 = d.strftime("%y%m%d") + str(g) + "%05d" % R.randint(0, 99999)
    return d12 + rrn_check(d12)


def rrn_ok(s):
    d = s.replace("-", "")
    return len(d) == 13 and d.isdigit() and rrn_check(d[:12]) == d[12]


VN_PROV = ["001", "031", "048", "079", "092", "046", "037"]


def cccd_make(R, d, female):
    g = (1 if female else 0) + (0 if d.year < 2000 else 2)
    return R.choice(VN_PROV) + str(g) + "%02d" % (d.year % 100) + "%06d" % R.randint(0, 999999)


def cccd_ok(s, d=None):
    return len(s) == 12 and s.isdigit() and s[:3] in VN_PROV and s[3] in "0123"


def cns_make(R):
    """Brazilian Cartão Nacional de Saúde, provisional series (7, 8, 9):
    15 digits whose weighted sum (weights 15..1) is divisible by 11."""
    while True:
        d14 = R.choice("789") + "".join(R.choice(string.digits) for _ in range(13))
        s = sum(int(c) * (15 - i) for i, c in enumerate(d14))
        for last in range(10):
            if (s + last) % 11 == 0:
                return d14 + str(last)


def cns_ok(s):
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and d[0] in "12789" and sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    return bool(m) and ssn_valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def nino_ok(s):
    t = s.replace(" ", "")
    return bool(re.fullmatch(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]", t)) and t[:2] not in NINO_BAD_PREFIX


def dni_ok(s):
    t = s.replace(".", "").replace("-", "")
    return bool(re.fullmatch(r"\d{8}[A-Z]", t)) and DNI_LETTERS[int(t[:8]) % 23] == t[8]


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def aadhaar_ok(s):
    d = s.replace(" ", "")
    return len(d) == 12 and d.isdigit() and d[0] in "23456789" and verhoeff_ok(d)


def cpf_fmt_ok(s):
    return cpf_ok(re.sub(r"\D", "", s))


def nir_fmt_ok(s):
    t = s.replace(" ", "")
    return len(t) == 15 and nir_ok(t[:13], t[13:])


GOV_OK = {
    "ssn": ssn_ok, "nino": nino_ok, "nhs": lambda s: nhs_ok(s.replace(" ", "")),
    "kvnr": kvnr_ok, "nir": nir_fmt_ok, "dni": dni_ok, "nie": lambda s: len(s) == 9 and nie_ok(s),
    "codice_fiscale": cf_ok, "bsn": lambda s: bsn_ok(s.replace(".", "")), "cpf": cpf_fmt_ok,
    "cns": cns_ok, "pesel": pesel_ok, "snils": snils_ok, "amka": amka_ok, "tckn": tckn_ok,
    "teudat_zehut": tz_ok, "aadhaar": aadhaar_ok, "thai_id": thid_ok, "cn_resident_id": cnid_ok,
    "my_number": mynumber_ok, "rrn": rrn_ok, "cccd": cccd_ok,
    "passport": lambda s: bool(re.fullmatch(r"[A-Z0-9]{7,9}", s)),
}


# ================================================================ locales
# Names: "native|roman" where the script is not Latin (roman only for e-mail
# local parts); "male/female" family forms where the language has them.
# Family names of ES have two surnames drawn; CN, JP, KR, VN family first.
LOCALES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU",
           "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it",
        "NL": "nl", "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr",
        "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}

NAMES = {
    "US": ("Lyman Emory Emmett Sheldon Elbert Ambrose",
           "Delphine Maybelle Lorelei Kinsey Odessa Annabeth",
           "Wetherbee Hockaday Stoddard Lassiter Blankenship Ransome Hatchell Brubaker"),
    "GB": ("Alastair Fergus Rupert Lachlan Ewan Hywel",
           "Isobel Morwenna Harriet Gwenllian Clemmie Ottoline",
           "Tattersall Abernethy Wrigglesworth Sowerby Tregenza Bulstrode Pargeter Dimmock"),
    "DE": ("Detlef Hubertus Volkmar Hartmut Eberhard Ludger",
           "Ortrun Irmela Heike Hiltraut Ingeborg Gesine",
           "Kettenacker Brüggemann Thielscher Wolfsteller Hagedorn Eisenhuth Pöppelmann Eulenbruch"),
    "FR": ("Gaspard Anatole Évariste Barthélemy Firmin Léandre",
           "Bathilde Philomène Maylis Albane Bérangère Capucine",
           "Vaucelle Soubeyran Trémolières Lafargue Lanthier Maupertuis Cazeneuve Peyrelevade"),
    "ES": ("Evaristo Leocadio Teodomiro Baldomero Casimiro Ildefonso",
           "Rosaura Jacinta Nicasia Araceli Montserrat Fuensanta",
           "Izaguirre Lizarralde Ugalde Errazti Mendiola Ibargüen Zabaleta Amezketa"),
    "IT": ("Ottorino Alfeo Ruggero Orfeo Tarcisio Ermes",
           "Fiammetta Ludovica Zaira Annunziata Ortensia Brunella",
           "Bortolotti Cavazzuti Caporaletti Tagliaferri Zanardelli Tamburrino Pellizzari Zambonelli"),
    "NL": ("Ysbrand Hidde Sjoerd Wijnand Reinout Jurriaan",
           "Hinke Maaike Hiske Wobbine Roelien Gerbrich",
           "van_Ommeren Wijnberg Boekestijn Zuidervaart Kloosterhuis de_Wolff Meulenbelt Hemelrijk"),
    "BR": ("Altamiro Olavo Ezequiel Dorival Genival Jandir",
           "Jussara Iracema Lindalva Marilene Rosimeire Eulália",
           "Cavalcanti Quintanilha Assunção Mascarenhas Boaventura Figueirôa Junqueira Seabra"),
    "PL": ("Bogumił Radosław Przemysław Wiesław Zdzisław Lechosław",
           "Bożena Jadwiga Grażyna Wiesława Bronisława Halina",
           "Koźmiński/Koźmińska Kaczmarczyk Szczepański/Szczepańska Pietrzak Grzelczak "
           "Chmielewski/Chmielewska Kołodziej Jabłoński/Jabłońska"),
    "RU": ("Изяслав|Izyaslav Всеволод|Vsevolod Святослав|Svyatoslav Мирон|Miron Евграф|Evgraf Тимофей|Timofey",
           "Василиса|Vasilisa Ульяна|Ulyana Евдокия|Evdokia Евпраксия|Evpraksiya Агния|Agniya Феврония|Fevroniya",
           "Колокольцев/Колокольцева|Kolokoltsev Пряников/Пряникова|Pryanikov Сухоруков/Сухорукова|Sukhorukov "
           "Лебедянский/Лебедянская|Lebedyansky Тучков/Тучкова|Tuchkov Белозёров/Белозёрова|Belozyorov"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευάγγελος|Evangelos Παντελής|Pantelis Στυλιανός|Stylianos Αριστείδης|Aristeidis",
           "Χρυσούλα|Chrysoula Παναγιώτα|Panagiota Ευανθία|Evanthia Σταυρούλα|Stavroula Αγλαΐα|Aglaia Ξανθή|Xanthi",
           "Καλογεράκης/Καλογεράκη|Kalogerakis Μαυρογιάννης/Μαυρογιάννη|Mavrogiannis Τσακίρης/Τσακίρη|Tsakiris "
           "Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos"),
    "TR": ("Kayahan Tuğrul Erdinç Bülent Tolunay Taner",
           "Gülşen Feride Şükran Nurhan Zerrin Müjgan",
           "Karaosmanoğlu Dalkılıç Türkmenoğlu Akyürek Bozkurt Çağlayan Eskikaya Yavuzer"),
    "IL": ("עמיחי|Amichai אביגדור|Avigdor נתנאל|Netanel צביקה|Tzvika אלישע|Elisha יחזקאל|Yechezkel",
           "תהילה|Tehila אורטל|Ortal שולמית|Shulamit נחמה|Nechama הדסה|Hadassah פנינה|Pnina",
           "גולדנברג|Goldenberg ברקוביץ|Berkovich שטרנפלד|Sternfeld אלבז|Elbaz בן-שושן|Ben-Shushan דהאן|Dahan"),
    "EG": ("شريف|Sherif مدحت|Medhat حازم|Hazem عصام|Essam وائل|Wael رامي|Ramy",
           "نرمين|Nermeen هبة|Heba دعاء|Doaa رانيا|Rania منى|Mona سلوى|Salwa",
           "الشوربجي|Elshorbagy البنداري|Elbendary القصبجي|Elkasabgy الزناتي|Elzanaty المراغي|Elmaraghy الجوهري|Elgohary"),
    "IN": ("प्रणव|Pranav ऋषभ|Rishabh सौरभ|Saurabh अमोघ|Amogh योगेश|Yogesh चिराग|Chirag",
           "गार्गी|Gargi मृणाल|Mrinal कादंबरी|Kadambari वैदेही|Vaidehi ऋतुजा|Rutuja शर्वरी|Sharvari",
           "पुरंदरे|Purandare दातार|Datar पटवर्धन|Patwardhan नाडकर्णी|Nadkarni गोडबोले|Godbole परांजपे|Paranjpe"),
    "TH": ("ธนากร|Thanakorn ณัฐพล|Nattapon วรวุฒิ|Worawut ภาณุพงศ์|Panupong อภิชาติ|Apichat ศุภกร|Supakorn",
           "พิมพ์ชนก|Pimchanok ชุติมา|Chutima กมลชนก|Kamonchanok วรรณิศา|Wannisa ปิยธิดา|Piyathida อรอุมา|Onuma",
           "ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasert วงศ์สวัสดิ์|Wongsawat จันทร์เพ็ญ|Chanpen บุญญาศิริ|Bunyasiri พรหมวงศ์|Promwong"),
    "CN": ("昊天|Haotian 俊熙|Junxi 梓睿|Zirui 思源|Siyuan 明哲|Mingzhe 承泽|Chengze",
           "梦琪|Mengqi 雨桐|Yutong 若曦|Ruoxi 静怡|Jingyi 欣妍|Xinyan 书瑶|Shuyao",
           "霍|Huo 栾|Luan 卞|Bian 邬|Wu 靳|Jin 滕|Teng"),
    "JP": ("颯太|Sota 悠真|Yuma 陽翔|Haruto 智也|Tomoya 隼人|Hayato 拓海|Takumi",
           "結衣|Yui 陽菜|Hina 美咲|Misaki 真央|Mao 芽衣|Mei 彩花|Ayaka",
           "小野寺|Onodera 長谷部|Hasebe 宇佐美|Usami 五十嵐|Igarashi 早乙女|Saotome 東海林|Shoji"),
    "KR": ("도윤|Doyun 시우|Siwoo 건우|Geonwoo 현준|Hyunjun 재원|Jaewon 태민|Taemin",
           "서연|Seoyeon 하은|Haeun 지안|Jian 수아|Sua 예린|Yerin 채원|Chaewon",
           "편|Pyun 육|Yook 석|Seok 권|Kwon 천|Cheon 엄|Eom"),
    "VN": ("Thế_Vinh Mạnh_Hùng Hoài_Phong Vĩ_Dũng Tuyên_Đạt Trực_Hiến",
           "Cẩm_Tú Mộng_Cầm Lệ_Hiền Hạ_Khiết Phi_Dao Quế_Châm",
           "Trịnh Lại Chu Ứng Đinh Đỗ"),
}
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
NOSPACE = {"CN", "KR"}          # family + given written together
FAMILY_FIRST = {"CN", "JP", "KR", "VN"}
EXEMPT_WORDS = {"Văn", "Thị", "van", "de", "do"}


def _split(entry):
    if "|" in entry:
        n, r = entry.split("|")
    else:
        n, r = entry, None
    return n.replace("_", " "), (r.replace("_", " ") if r else None)


def _parse_names():
    out = {}
    for loc, (m, f, fam) in NAMES.items():
        males = [_split(x) for x in m.split()]
        females = [_split(x) for x in f.split()]
        fams = []
        for x in fam.split():
            nat, rom = _split(x)
            if "/" in nat:
                a, b = nat.split("/")
            else:
                a = b = nat
            fams.append((a, b, rom))
        out[loc] = (males, females, fams)
    return out


NAME_DATA = _parse_names()


def translit(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z]", "", s).lower()


def name_words():
    """Every name word of the lists: native (both family forms) and roman
    forms of non-Latin scripts."""
    ws = set()
    for loc, (males, females, fams) in NAME_DATA.items():
        for nat, rom in males + females:
            ws.update(nat.split())
            if rom and loc in NONLATIN:
                ws.update(rom.split())
        for a, b, rom in fams:
            ws.update(a.split())
            ws.update(b.split())
            if rom and loc in NONLATIN:
                ws.update(rom.split())
    return ws


class Person:
    __slots__ = ("loc", "female", "given", "family", "full", "rgiven", "rfamily", "dob", "words")


VIET_MID = {False: "Văn", True: "Thị"}


def make_person(R, loc, female=None, dob=None, child=False, avoid=()):
    males, females, fams = NAME_DATA[loc]
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g, rg = R.choice(females if fem else males)
        if loc == "ES":
            f1, f2 = R.sample(fams, 2)
            fam, rf = f1[0] + " " + f2[0], f1[0] + " " + f2[0]
        else:
            a, b, rom = R.choice(fams)
            fam = b if fem else a
            rf = rom or fam
        if loc == "NL" and fam[0].islower() and R.random() < 0.0:
            pass
        if loc in NOSPACE:
            full = fam + g
        elif loc == "VN":
            full = fam + (" " + VIET_MID[fem] if R.random() < 0.45 else "") + " " + g
        elif loc == "JP":
            full = fam + " " + g
        elif loc == "BR" and R.random() < 0.4:
            full = g + " " + R.choice(["de Paula ", "do Carmo "]) + fam
        else:
            full = g + " " + fam
        ws = set(w for w in (g + " " + fam).split() if len(w) >= 2 and w not in EXEMPT_WORDS)
        if loc in NONLATIN:
            ws |= set(w for w in ((rg or "") + " " + (rf or "")).split() if len(w) >= 2)
        if loc == "BR":
            ws |= set(w for w in full.split() if len(w) >= 3)
        if any(ws & set(a) for a in avoid):
            continue
        p = Person()
        p.loc, p.female, p.given, p.family, p.full = loc, fem, g, fam, full
        p.rgiven, p.rfamily = translit(rg or g), translit(rf or fam)
        if dob is None:
            if child:
                dob = datetime.date(R.randint(2011, 2020), R.randint(1, 12), R.randint(1, 28))
            else:
                dob = datetime.date(R.randint(1941, 2003), R.randint(1, 12), R.randint(1, 28))
        p.dob = dob
        p.words = ws
        return p
    raise AssertionError("no person")


def people(R, loc, n, **kw):
    out = []
    for _ in range(n):
        out.append(make_person(R, loc, avoid=[p.words for p in out], **kw))
    return out


def other(R, loc, ps, **kw):
    return make_person(R, loc, avoid=[p.words for p in ps], **kw)


# streets, towns (with postcodes), address layouts, one line
STREETS = {
    "US": ["Sassafras Ridge Rd", "Bramblewood Ct", "Old Fulling Mill Pike", "Quillback Trail"],
    "GB": ["Wherry Lane", "Saltpan Close", "Tenter Yard", "Flaxdressers Row"],
    "DE": ["Kranichweg", "Am Mühlenteich", "Hopfengartenstraße", "Flachsrötze"],
    "FR": ["rue des Tanneurs", "impasse du Pressoir", "chemin des Vignerons", "rue de la Chaudronnerie"],
    "ES": ["calle del Alfarero", "avenida de los Algarrobos", "plaza del Pósito", "calle de los Cesteros"],
    "IT": ["via dei Cordai", "vicolo dei Tintori", "viale delle Robinie", "via del Lanificio"],
    "NL": ["Touwslagerslaan", "Kuiperssteeg", "Blekerskade", "Lakenvoldersweg"],
    "BR": ["Rua das Quaresmeiras", "Travessa do Sapateiro", "Avenida dos Ipês", "Rua do Curtume"],
    "PL": ["ul. Kasztanowa", "ul. Bednarska", "ul. Garncarska", "ul. Powroźnicza"],
    "RU": ["ул. Черёмуховая", "пер. Гончарный", "ул. Рябиновая", "ул. Кожевенная"],
    "GR": ["Οδός Ροδακινιάς", "Οδός Αγγειοπλαστών", "Οδός Κυδωνιών", "Οδός Βυρσοδεψών"],
    "TR": ["Yaseminli Sk.", "Çömlekçi Cad.", "Ihlamur Sk.", "Bakırcılar Cad."],
    "IL": ["רחוב הרימון", "רחוב הסדנאות", "שדרות התאנה", "רחוב הכורמים"],
    "EG": ["شارع الجميز", "شارع السواقي", "شارع الياسمين", "شارع المدابغ"],
    "IN": ["गुलमोहर कॉलोनी", "कमला मार्ग", "आम्रवन सोसाइटी", "पारिजात नगर"],
    "TH": ["ซอยลำดวน", "ถนนเจริญราษฎร์", "ซอยสวนมะม่วง", "ถนนช่างหล่อ"],
    "CN": ["梧桐路", "嘉定北路", "鸢飞路", "织锦巷"],
    "JP": ["中央", "殿町", "柳川", "紺屋町"],
    "KR": ["옥동로", "연향로", "효자로", "대장간길"],
    "VN": ["đường Hoa Sữa", "ngõ Trạm", "đường Ven Hồ", "ngõ Thợ Nhuộm"],
}
TOWNS = {
    "US": [("Chillicothe", "OH", "45601"), ("Pikeville", "KY", "41501"), ("Ottumwa", "IA", "52501")],
    "GB": [("Bungay", "NR35 1DA"), ("Settle", "BD24 9EJ"), ("Ledbury", "HR8 1BN")],
    "DE": [("37581", "Bad Gandersheim"), ("97877", "Wertheim"), ("24340", "Eckernförde")],
    "FR": [("24200", "Sarlat-la-Canéda"), ("12100", "Millau"), ("71250", "Cluny")],
    "ES": [("10600", "Plasencia", "Cáceres"), ("23400", "Úbeda", "Jaén"), ("42360", "Berlanga de Duero", "Soria")],
    "IT": [("62032", "Camerino", "MC"), ("06049", "Spoleto", "PG"), ("33043", "Cividale del Friuli", "UD")],
    "NL": [("8861 AB", "Harlingen"), ("4301 CK", "Zierikzee"), ("9901 AG", "Appingedam")],
    "BR": [("Pouso Alegre", "MG", "37550-000"), ("Piranhas", "AL", "57460-000"), ("Lençóis", "BA", "46960-000")],
    "PL": [("26-600", "Radom"), ("38-400", "Krosno"), ("11-400", "Kętrzyn")],
    "RU": [("Кострома", "156005"), ("Вологда", "160000"), ("Суздаль", "601293")],
    "GR": [("46100", "Ηγουμενίτσα"), ("24500", "Κυπαρισσία"), ("31100", "Λευκάδα")],
    "TR": [("16040", "Osmangazi/Bursa"), ("20010", "Merkezefendi/Denizli"), ("61300", "Akçaabat/Trabzon")],
    "IL": [("זכרון יעקב", "3095000"), ("מעלות-תרשיחא", "2101000"), ("קצרין", "1290000")],
    "EG": [("بسيون", "الغربية"), ("فوه", "كفر الشيخ"), ("جرجا", "سوهاج")],
    "IN": [("नासिक", "महाराष्ट्र", "422001"), ("सतारा", "महाराष्ट्र", "415001"), ("उज्जैन", "मध्य प्रदेश", "456001")],
    "TH": [("ต.ท่าช้าง อ.เมืองจันทบุรี จ.จันทบุรี", "22000"), ("ต.ในเวียง อ.เมืองน่าน จ.น่าน", "55000"),
           ("ต.หัวหิน อ.หัวหิน จ.ประจวบคีรีขันธ์", "77110")],
    "CN": [("浙江省湖州市吴兴区", "313000"), ("四川省乐山市市中区", "614000"), ("山东省潍坊市奎文区", "261031")],
    "JP": [("916-0027", "福井県鯖江市"), ("690-0887", "島根県松江市"), ("038-0012", "青森県青森市")],
    "KR": [("경상북도 안동시", "36701"), ("전라남도 순천시", "57922"), ("강원특별자치도 춘천시", "24358")],
    "VN": [("phường Vĩnh Ninh, thành phố Huế",), ("phường 7, thành phố Đà Lạt, Lâm Đồng",),
           ("phường Trần Phú, thành phố Quy Nhơn, Bình Định",)],
}


def address(R, loc):
    s = R.choice(STREETS[loc])
    t = R.choice(TOWNS[loc])
    n = R.randint(2, 148)
    if loc == "US":
        unit = R.choice(["", "", ", Apt %d%s" % (R.randint(1, 9), R.choice("ABC")), ", Unit %d" % R.randint(2, 40)])
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9899), s, unit, t[0], t[1], t[2])
    if loc == "GB":
        flat = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s" % (flat, n, s, t[0], t[1])
    if loc == "DE":
        return "%s %d%s, %s %s" % (s, n, R.choice(["", "", "a", "b"]), t[0], t[1])
    if loc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis", " ter"]), s, t[0], t[1])
    if loc == "ES":
        return "%s %d, %dº %s, %s %s (%s)" % (s[0].upper() + s[1:], n, R.randint(1, 6), R.choice("ABCD"), t[0], t[1], t[2])
    if loc == "IT":
        return "%s %d, %s %s (%s)" % (s[0].upper() + s[1:], n, t[0], t[1], t[2])
    if loc == "NL":
        return "%s %d%s, %s %s" % (s, n, R.choice(["", "", "-II", "A"]), t[0], t[1])
    if loc == "BR":
        return "%s, %d%s, %s, %s - %s, %s" % (s, n * 3, R.choice(["", ", apto %d" % R.randint(11, 304)]),
                                            R.choice(["Centro", "Jardim Primavera", "Vila Operária"]), t[0], t[1], t[2])
    if loc == "PL":
        return "%s %d%s, %s %s" % (s, n, R.choice(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 60)]), t[0], t[1])
    if loc == "RU":
        return "%s, д. %d, кв. %d, %s, %s" % (s, n, R.randint(1, 180), t[0], t[1])
    if loc == "GR":
        return "%s %d, %s %s" % (s, n, t[0], t[1])
    if loc == "TR":
        return "%s No: %d D: %d, %s %s" % (s, n, R.randint(1, 24), t[0], t[1])
    if loc == "IL":
        return "%s %d דירה %d, %s %s" % (s, n, R.randint(1, 30), t[0], t[1])
    if loc == "EG":
        return "%d %s، %s، %s" % (n, s, t[0], t[1])
    if loc == "IN":
        return "फ्लैट %d, %s, %s, %s %s" % (R.randint(101, 904), s, t[0], t[1], t[2])
    if loc == "TH":
        return "%d/%d %s %s %s" % (n, R.randint(1, 99), s, t[0], t[1])
    if loc == "CN":
        return "%s%s%d号%d幢%d室" % (t[0], s, n, R.randint(1, 12), R.randint(101, 1802))
    if loc == "JP":
        return "〒%s %s%s%d-%d-%d" % (t[0], t[1], s, R.randint(1, 5), R.randint(1, 20), R.randint(1, 30))
    if loc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], s, n, R.randint(101, 112), R.randint(101, 1504))
    if loc == "VN":
        return "Số %d %s, %s" % (n, s, t[0])
    raise KeyError(loc)


WEBMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    "GR": ["otenet.gr", "yahoo.gr", "gmail.com", "hotmail.gr"],
    "TR": ["hotmail.com.tr", "yandex.com.tr", "gmail.com", "outlook.com"],
    "IL": ["walla.co.il", "gmail.com", "012.net.il", "bezeqint.net"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"],
    "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th", "outlook.co.th"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"],
    "JP": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
    "KR": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com", "fpt.vn"],
}


def email_for(R, p):
    g, f = p.rgiven, p.rfamily.replace(" ", "")
    if p.loc in ("CN",) and R.random() < 0.4:
        local = "%s%d" % (f + g, R.randint(1980, 2005))
    else:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (f, g, R.randint(1, 99)),
                          "%s.%s%d" % (g, f[0], R.randint(70, 99)), "%s%s" % (g, f[:4])])
    return local + "@" + R.choice(WEBMAIL[p.loc])


def work_email(R, p, dom):
    return "%s.%s@%s" % (p.rgiven, p.rfamily.replace(" ", "").replace("-", ""), dom)


# ================================================================ values
def dg(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


MOBILE = {
    "GR": lambda R: "69" + R.choice("0345789") + dg(R, 7),
    "TR": lambda R: "5" + R.choice(["30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "41", "42",
                                    "43", "44", "45", "46", "47", "48", "49", "05", "06", "07", "51", "52",
                                    "53", "54", "55", "59"]) + dg(R, 7),
    "IL": lambda R: "5" + R.choice("02348") + R.choice("123456789") + dg(R, 6),
    "EG": lambda R: "1" + R.choice("0125") + dg(R, 8),
    "TH": lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65",
                              "91", "92", "93", "95", "97", "98"]) + dg(R, 7),
    "KR": lambda R: "10" + R.choice("2346789") + dg(R, 7),
    "VN": lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37",
                              "38", "39", "86", "88", "89", "70", "76", "77", "78", "79", "81", "82", "83",
                              "84", "85"]) + dg(R, 7),
}
CC = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31, "BR": 55, "PL": 48, "RU": 7,
      "GR": 30, "TR": 90, "IL": 972, "EG": 20, "IN": 91, "TH": 66, "CN": 86, "JP": 81, "KR": 82, "VN": 84,
      "CA": 1, "IE": 353, "AT": 43, "CH": 41, "BE": 32, "PT": 351, "SG": 65, "HK": 852, "AU": 61}
# +CC layouts of the countries patients abroad give numbers from
ABROAD = {"CA": lambda n: "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "IE": lambda n: "+353 %s %s %s" % (n[:2], n[2:5], n[5:]),
          "AT": lambda n: "+43 %s %s" % (n[:3], n[3:]), "CH": lambda n: "+41 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]),
          "BE": lambda n: "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "PT": lambda n: "+351 %s %s %s" % (n[:3], n[3:6], n[6:]),
          "SG": lambda n: "+65 %s %s" % (n[:4], n[4:]), "HK": lambda n: "+852 %s %s" % (n[:4], n[4:]),
          "AU": lambda n: "+61 %s %s %s" % (n[:3], n[3:6], n[6:])}


def mobile_nsn(R, loc):
    if loc in MOBILE:
        return MOBILE[loc](R)
    kinds = {"US": "fixed_or_mobile", "CA": "fixed_or_mobile", "DE": R.choice(["mobile", "mobile7"])}
    return PLANS[loc][2][kinds.get(loc, "mobile")](R)


def fmt_phone(R, loc, n, intl):
    if loc in ABROAD:
        return ABROAD[loc](n)
    if loc == "US":
        a, b, d = n[:3], n[3:6], n[6:]
        return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, b, d) if intl else \
            R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, b, d)
    if loc == "GB":
        if intl:
            return R.choice(["+44 %s %s", "+44 (0)%s %s"]) % (n[:4], n[4:])
        return R.choice(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
    if loc == "DE":
        k = 3
        return R.choice(["+49 %s %s", "+49 (0)%s %s"]) % (n[:k], n[k:]) if intl else \
            R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:k], n[k:])
    if loc == "FR":
        g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return "+33 %s %s" % (n[0], g) if intl else R.choice([" ", "."]).join(["0" + n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if loc == "ES":
        return "+34 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else \
            R.choice(["%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), n, "%s %s %s" % (n[:3], n[3:6], n[6:])])
    if loc == "IT":
        return "+39 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s/%s" % (n[:3], n[3:])])
    if loc == "NL":
        return R.choice(["+31 6 %s %s" % (n[1:5], n[5:]), "+31 (0)6 %s" % n[1:]]) if intl else \
            R.choice(["06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:]), "06 %s" % n[1:]])
    if loc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else R.choice(["(%s) %s-%s", "(%s) %s %s"]) % (n[:2], n[2:7], n[7:])
    if loc == "PL":
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "RU":
        return R.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:]) if intl else \
            R.choice(["8 (%s) %s-%s-%s", "8 %s %s %s %s", "8-%s-%s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "GR":
        return "+30 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    if loc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else \
            R.choice(["0%s %s %s %s", "0 (%s) %s %s %s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "IL":
        return R.choice(["+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]), "+972-%s-%s" % (n[:2], n[2:])]) if intl else \
            R.choice(["0%s-%s" % (n[:2], n[2:]), "0%s-%s-%s" % (n[:2], n[2:5], n[5:])])
    if loc == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else R.choice(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0" + n])
    if loc == "IN":
        return R.choice(["+91 %s %s", "+91-%s-%s"]) % (n[:5], n[5:]) if intl else R.choice(["%s %s", "0%s %s", "0%s-%s"]) % (n[:5], n[5:])
    if loc == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else R.choice(["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])])
    if loc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:7], n[7:]) if R.random() < 0.7 else n
    if loc == "JP":
        return "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if loc == "KR":
        return "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else R.choice(["0%s-%s-%s", "0%s %s %s"]) % (n[:2], n[2:6], n[6:])
    if loc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else R.choice(["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])])
    raise KeyError(loc)


def phone(R, loc, intl=None, foreign=None, sub="mobile"):
    """A person's mobile: national or +CC; foreign: the number's own country
    (then written +CC and read in loc)."""
    if foreign:
        s = fmt_phone(R, foreign, mobile_nsn(R, foreign), True)
        return L("phone", s, sub=sub, region=loc, plan=foreign)
    if intl is None:
        intl = R.random() < 0.3
    return L("phone", fmt_phone(R, loc, mobile_nsn(R, loc), intl), sub=sub, region=loc)


# dates of birth
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
GR_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
HE_MON = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HI_MON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def dob(R, loc, d, iso=False):
    """A birth date as the country writes it (numeric or with the month
    name); ISO in exports."""
    if iso:
        return L("dob", d.isoformat(), sub="iso")
    y, m, dd = d.year, d.month, d.day
    words = R.random() < 0.35
    if loc == "US":
        s = "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if words else R.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y)])
    elif loc == "GB":
        s = "%d %s %d" % (dd, MONTHS["en"][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    elif loc == "DE":
        s = "%d. %s %d" % (dd, MONTHS["de"][m - 1], y) if words else "%02d.%02d.%d" % (dd, m, y)
    elif loc in ("FR", "IT"):
        s = "%d %s %d" % (dd, MONTHS[LANG[loc]][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    elif loc in ("ES", "BR"):
        s = "%d de %s de %d" % (dd, MONTHS[LANG[loc]][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    elif loc == "NL":
        s = "%d %s %d" % (dd, MONTHS["nl"][m - 1], y) if words else "%02d-%02d-%d" % (dd, m, y)
    elif loc == "PL":
        s = "%d %s %d r." % (dd, PL_MON[m - 1], y) if words else "%02d.%02d.%d" % (dd, m, y)
    elif loc == "RU":
        s = "%d %s %d г." % (dd, RU_MON[m - 1], y) if words else "%02d.%02d.%d" % (dd, m, y)
    elif loc == "GR":
        s = "%d %s %d" % (dd, GR_MON[m - 1], y) if words else "%d/%d/%d" % (dd, m, y)
    elif loc == "TR":
        s = "%d %s %d" % (dd, TR_MON[m - 1], y) if words else "%02d.%02d.%d" % (dd, m, y)
    elif loc == "IL":
        s = "%d ב%s %d" % (dd, HE_MON[m - 1], y) if words else "%02d.%02d.%d" % (dd, m, y)
    elif loc == "EG":
        s = "%d %s %d" % (dd, AR_MON[m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    elif loc == "IN":
        s = "%d %s %d" % (dd, HI_MON[m - 1], y) if words else R.choice(["%02d-%02d-%d", "%02d/%02d/%d"]) % (dd, m, y)
    elif loc == "TH":
        s = "%d %s %d" % (dd, TH_MON[m - 1], y + 543) if words else "%02d/%02d/%d" % (dd, m, y + 543)
    elif loc in ("CN", "JP"):
        s = "%d年%d月%d日" % (y, m, dd) if words or loc == "JP" else "%d-%02d-%02d" % (y, m, dd)
    elif loc == "KR":
        s = "%d년 %d월 %d일" % (y, m, dd) if words else "%d. %d. %d." % (y, m, dd)
    elif loc == "VN":
        s = "ngày %d tháng %d năm %d" % (dd, m, y) if words else "%02d/%02d/%d" % (dd, m, y)
    else:
        raise KeyError(loc)
    return L("dob", s)


# national ids
BELFIORE = ["B474", "I921", "C758", "H501", "F205", "G478"]
CN_AREA = ["330502", "511102", "370705"]


def gov_id(R, loc, p, kind=None):
    """The id a practice checks: national health or identity number by
    country (passport in context where noted)."""
    d = p.dob
    if kind == "passport":
        pre, n = {"US": ("", 9), "GB": ("", 9), "IN": (R.choice("JKLMNPRSTUVWZ"), 7), "CN": ("E", 8),
                  "JP": (R.choice(["TK", "TR", "MZ"]), 7), "KR": ("M", 8), "EG": ("A", 8)}.get(
            loc, (R.choice("PCX") + R.choice(string.ascii_uppercase), 7))
        return L("gov_id", pre + R.choice("123456789") + dg(R, n - 1), sub="passport")
    if loc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if loc == "GB":
        if kind == "nino":
            a, b, c = nino_random(R)
            return L("gov_id", R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (a, b[:2], b[2:4], b[4:], c), sub="nino")
        v = nhs_random(R)
        return L("gov_id", R.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), v]), sub="nhs")
    if loc == "DE":
        return L("gov_id", kvnr_make(R), sub="kvnr")
    if loc == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=d.year % 100, mm=d.month)
        s = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return L("gov_id", s, sub="nir")
    if loc == "ES":
        if R.random() < 0.2:
            a, b, c = nie_random(R)
            return L("gov_id", a + b + c, sub="nie")
        n, c = dni_random(R)
        return L("gov_id", n + c, sub="dni")
    if loc == "IT":
        return L("gov_id", cf_make(translit(p.family), translit(p.given), d.year % 100, d.month, d.day, p.female,
                                   R.choice(BELFIORE)), sub="codice_fiscale")
    if loc == "NL":
        v = bsn_random(R)
        return L("gov_id", R.choice([v, "%s.%s.%s" % (v[:4], v[4:6], v[6:])]), sub="bsn")
    if loc == "BR":
        if kind == "cns" or (kind is None and R.random() < 0.3):
            v = cns_make(R)
            return L("gov_id", "%s %s %s %s" % (v[:3], v[3:7], v[7:11], v[11:]), sub="cns")
        v = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="cpf")
    if loc == "PL":
        return L("gov_id", pesel_make(R, d, p.female), sub="pesel")
    if loc == "RU":
        v = snils_make(R)
        return L("gov_id", "%s-%s-%s %s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="snils")
    if loc == "GR":
        return L("gov_id", amka_make(R, d), sub="amka")
    if loc == "TR":
        return L("gov_id", tckn_make(R), sub="tckn")
    if loc == "IL":
        return L("gov_id", tz_make(R), sub="teudat_zehut")
    if loc == "EG":
        return gov_id(R, loc, p, "passport")
    if loc == "IN":
        v = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="aadhaar")
    if loc == "TH":
        v = thid_make(R)
        return L("gov_id", "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12]), sub="thai_id")
    if loc == "CN":
        return L("gov_id", cnid_make(R, R.choice(CN_AREA), d, p.female), sub="cn_resident_id")
    if loc == "JP":
        v = mynumber_make(R)
        return L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="my_number")
    if loc == "KR":
        v = rrn_make(R, d, p.female)
        return L("gov_id", v[:6] + "-" + v[6:], sub="rrn")
    if loc == "VN":
        return L("gov_id", cccd_make(R, d, p.female), sub="cccd")
    raise KeyError(loc)


# cards, IBANs, IPs, secrets
CARD_BY_LOC = {"US": ["visa", "mastercard", "amex", "discover"], "JP": ["jcb", "visa", "mastercard"],
               "CN": ["unionpay", "visa"], "IN": ["rupay", "visa", "mastercard"], "TR": ["troy", "visa", "mastercard"],
               "RU": ["mir", "visa"], "BR": ["mastercard", "visa"], "GB": ["visa", "mastercard", "amex", "maestro"]}


def card(R, loc):
    iss = R.choice(CARD_BY_LOC.get(loc, ["visa", "mastercard", "visa", "amex"]))
    v = card_random(R, iss)
    while len(v) not in (15, 16):
        v = card_random(R, iss)
    if len(v) == 15:
        s = R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (v[:4], v[4:10], v[10:])
    else:
        sep = R.choice([" ", " ", "-", "", "\u00a0"])
        s = sep.join(v[i:i + 4] for i in range(0, 16, 4))
    return L("card", s, sub=iss)


IBAN_LOCS = {"GB", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "GR", "BR"}


def iban(R, loc):
    v = iban_random(R, loc)
    s = R.choice([group(v), group(v), v, group(v, 4, "\u00a0")])
    return L("iban", s, sub=loc)


PUB4 = [31, 37, 46, 62, 77, 78, 79, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 151, 176, 178,
        185, 188, 212, 213, 217, 24, 49, 59, 98, 103, 110, 112, 116, 121, 175, 182, 201, 203, 210]


def ip_pub(R, v6=False, sub="v4"):
    while True:
        if v6:
            s = "%s:%x:%x:%x::%x" % (R.choice(["2a02", "2a01", "2600", "2405", "2a00", "2804", "2400", "2c0f"]),
                                     R.randint(0x100, 0xffff), R.randint(0x10, 0xffff), R.randint(1, 0xffff),
                                     R.randint(1, 0xffff))
        else:
            s = "%d.%d.%d.%d" % (R.choice(PUB4), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip_global(s):
            return L("ip", s, sub=sub)


def ip_global(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def secret(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


# ================================================= institutions, labels, requests
# Fictional practices: one group per country with a dental surgery, an
# optician and a physiotherapy clinic, one domain, its own address and
# switchboard (all look-alikes).
INST = {
    "US": ("Larchmere Family Dental", "Larchmere Vision Center", "Larchmere Physical Therapy",
           "larchmerecare.com", "2214 Depot Street, Suite 3, Chillicothe, OH 45601", "(740) 555-0163"),
    "GB": ("Quarrybank Dental Care", "Quarrybank Opticians", "Quarrybank Physiotherapy",
           "quarrybankhealth.co.uk", "Unit 4, Tanyard Parade, Bungay NR35 1EP", "01632 960 517"),
    "DE": ("Zahnarztpraxis am Brunnenhof", "Optik am Brunnenhof", "Physiotherapie am Brunnenhof",
           "brunnenhof-praxen.de", "Brunnenhof 3, 37581 Bad Gandersheim", "05382 9184-0"),
    "FR": ("Cabinet dentaire des Micocouliers", "Optique des Micocouliers", "Kinésithérapie des Micocouliers",
           "pole-sante-micocouliers.fr", "4 place du Foirail, 12100 Millau", "05 65 00 41 77"),
    "ES": ("Clínica Dental Los Lentiscos", "Óptica Los Lentiscos", "Fisioterapia Los Lentiscos",
           "clinicaloslentiscos.es", "Plaza del Azoguejo 2, 23400 Úbeda (Jaén)", "953 00 41 77"),
    "IT": ("Studio Dentistico Le Gelsomine", "Ottica Le Gelsomine", "Fisioterapia Le Gelsomine",
           "studiolegelsomine.it", "Piazza del Mercato 5, 06049 Spoleto (PG)", "0743 000417"),
    "NL": ("Tandartspraktijk De Zeekraal", "Opticien De Zeekraal", "Fysiotherapie De Zeekraal",
           "zeekraal-zorg.nl", "Havenplein 3, 8861 AB Harlingen", "0517 004 177"),
    "BR": ("Clínica Odontológica Cambuí", "Ótica Cambuí", "Fisioterapia Cambuí",
           "clinicacambui.com.br", "Praça da Matriz, 40, Centro, Pouso Alegre - MG, 37550-000", "(35) 3000-4177"),
    "PL": ("Gabinet Stomatologiczny „Pod Jarzębiną”", "Salon Optyczny „Pod Jarzębiną”", "Fizjoterapia „Pod Jarzębiną”",
           "podjarzebina-zdrowie.pl", "Rynek 7, 38-400 Krosno", "13 400 41 77"),
    "RU": ("Стоматология «Жемчужинка»", "Оптика «Жемчужинка»", "Реабилитационный центр «Жемчужинка»",
           "zhemchuzhinka-dent.ru", "пл. Революции, д. 3, Кострома, 156000", "8 (4942) 00-41-77"),
    "GR": ("Οδοντιατρικό Κέντρο Αγιόκλημα", "Οπτικά Αγιόκλημα", "Φυσικοθεραπευτήριο Αγιόκλημα",
           "agioklima-clinic.gr", "Πλατεία Αγοράς 2, 46100 Ηγουμενίτσα", "26650 04177"),
    "TR": ("Hanımeli Ağız ve Diş Sağlığı Polikliniği", "Hanımeli Optik", "Hanımeli Fizik Tedavi Merkezi",
           "hanimelipoliklinik.com.tr", "Cumhuriyet Meydanı No: 4, 16040 Osmangazi/Bursa", "0224 000 41 77"),
    "IL": ("מרפאת השיניים הכלניות", "אופטיקה הכלניות", "מכון הפיזיותרפיה הכלניות",
           "kalaniyot-clinic.co.il", "כיכר המייסדים 2, זכרון יעקב", "04-000-4177"),
    "EG": ("عيادة أسنان الزيزفون", "بصريات الزيزفون", "مركز الزيزفون للعلاج الطبيعي",
           "zayzafoun-clinic.com.eg", "ميدان المحطة، بسيون، الغربية", "040 000 4177"),
    "IN": ("नीलकमल दंत चिकित्सालय", "नीलकमल ऑप्टिकल्स", "नीलकमल फ़िज़ियोथेरेपी केंद्र",
           "neelkamalclinic.in", "स्टेशन रोड, नासिक 422001", "0253 000 4177"),
    "TH": ("คลินิกทันตกรรมดอกแก้ว", "ร้านแว่นดอกแก้ว", "คลินิกกายภาพบำบัดดอกแก้ว",
           "dokkaewclinic.co.th", "ถนนตลาดเก่า อ.เมืองน่าน จ.น่าน 55000", "054-000-417"),
    "CN": ("银杏口腔诊所", "银杏眼镜店", "银杏康复理疗中心",
           "yinxing-clinic.cn", "湖州市吴兴区红旗路1号", "0572-0004177"),
    "JP": ("つばき歯科クリニック", "つばき眼鏡店", "つばきリハビリ整骨院",
           "tsubaki-clinic.jp", "福井県鯖江市本町1-1", "0778-00-4177"),
    "KR": ("동백치과의원", "동백안경원", "동백물리치료센터",
           "dongbaek-clinic.kr", "경상북도 안동시 중앙로 1", "054-000-4177"),
    "VN": ("Nha khoa Hoa Gạo", "Kính mắt Hoa Gạo", "Phòng khám vật lý trị liệu Hoa Gạo",
           "nhakhoahoagao.vn", "phố Cầu Gạch, thành phố Huế", "0234 000 4177"),
}
CURRENCY = {"US": "$%s", "GB": "£%s", "DE": "%s €", "FR": "%s €", "ES": "%s €", "IT": "€ %s", "NL": "€ %s",
            "BR": "R$ %s", "PL": "%s zł", "RU": "%s ₽", "GR": "%s €", "TR": "%s ₺", "IL": "₪%s", "EG": "%s ج.م",
            "IN": "₹%s", "TH": "%s บาท", "CN": "¥%s", "JP": "%s円", "KR": "%s원", "VN": "%s ₫"}
DECIMAL_COMMA = {"DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "VN"}


def money(R, loc, lo=20, hi=900):
    big = {"JP": 100, "KR": 1000, "VN": 20000, "IN": 50, "TH": 30, "RU": 60, "TR": 25, "EG": 40, "CN": 7}.get(loc, 1)
    v = R.randint(lo, hi) * big
    cents = R.choice([0, 0, 50, 20, 75]) if big == 1 else 0
    if loc in DECIMAL_COMMA:
        s = "{:,}".format(v).replace(",", "." if loc != "RU" else "\u00a0") + ("," + "%02d" % cents if big == 1 or loc in ("RU", "TR") else "")
    else:
        s = "{:,}".format(v) + (".%02d" % cents if big == 1 else "")
    return N(CURRENCY[loc] % s, "fee")


def inst(loc, kind):
    i = INST[loc]
    return {"dental": i[0], "optical": i[1], "physio": i[2]}[kind]


def role(loc, box):
    return N("%s@%s" % (box, INST[loc][3]), "role_mailbox")


# person field labels of the forms (English skeleton, local person fields)
FL = {
    "US": ("Patient name", "Date of birth", "Home address", "Cell", "Email", "SSN", "Parent/guardian", "Checked by"),
    "GB": ("Full name", "Date of birth", "Home address", "Mobile", "Email", "NHS number", "Parent/guardian", "Checked by"),
    "DE": ("Name", "Geburtsdatum", "Anschrift", "Mobil", "E-Mail", "Versichertennr.", "Erziehungsberechtigte/r", "Geprüft von"),
    "FR": ("Nom", "Date de naissance", "Adresse", "Portable", "Courriel", "N° de sécurité sociale", "Représentant légal", "Vérifié par"),
    "ES": ("Nombre", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "DNI/NIE", "Tutor legal", "Comprobado por"),
    "IT": ("Nome e cognome", "Data di nascita", "Indirizzo", "Cellulare", "E-mail", "Codice fiscale", "Genitore/tutore", "Verificato da"),
    "NL": ("Naam", "Geboortedatum", "Adres", "Mobiel", "E-mail", "BSN", "Ouder/voogd", "Gecontroleerd door"),
    "BR": ("Nome", "Data de nascimento", "Endereço", "Celular", "E-mail", "CPF/CNS", "Responsável", "Conferido por"),
    "PL": ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon", "E-mail", "PESEL", "Opiekun prawny", "Sprawdził(a)"),
    "RU": ("ФИО", "Дата рождения", "Адрес", "Моб. телефон", "Эл. почта", "СНИЛС", "Законный представитель", "Проверил(а)"),
    "GR": ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση", "Κινητό", "Email", "ΑΜΚΑ", "Κηδεμόνας", "Έλεγχος από"),
    "TR": ("Ad Soyad", "Doğum tarihi", "Adres", "Cep", "E-posta", "T.C. Kimlik No", "Veli", "Kontrol eden"),
    "IL": ("שם מלא", "תאריך לידה", "כתובת", "נייד", "דוא\"ל", "ת\"ז", "הורה/אפוטרופוס", "נבדק ע\"י"),
    "EG": ("الاسم", "تاريخ الميلاد", "العنوان", "الموبايل", "البريد الإلكتروني", "رقم جواز السفر", "ولي الأمر", "راجعه"),
    "IN": ("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "आधार संख्या", "अभिभावक", "जाँचकर्ता"),
    "TH": ("ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล", "เลขบัตรประชาชน", "ผู้ปกครอง", "ตรวจสอบโดย"),
    "CN": ("姓名", "出生日期", "住址", "手机", "邮箱", "身份证号", "监护人", "核对人"),
    "JP": ("氏名", "生年月日", "住所", "携帯", "メール", "マイナンバー", "保護者", "確認者"),
    "KR": ("성명", "생년월일", "주소", "휴대폰", "이메일", "주민등록번호", "보호자", "확인자"),
    "VN": ("Họ tên", "Ngày sinh", "Địa chỉ", "Di động", "Email", "Số CCCD", "Người giám hộ", "Người kiểm tra"),
}
F_NAME, F_DOB, F_ADDR, F_MOB, F_MAIL, F_ID, F_PARENT, F_BY = range(8)

# requests: check / summarise / reply in the language; English has five
REQ = {
    "en": ["Can you check this for anything missing before I save it to the patient record?",
           "Summarise this in three bullet points for the morning huddle.",
           "Help me write a polite reply to this.",
           "Turn this into a tidy table, one row per patient.",
           "What should I take out before I post this in the staff group chat?"],
    "de": ["Kannst du prüfen, ob hier etwas fehlt, bevor ich es in die Kartei übernehme?",
           "Fass das in drei Stichpunkten für die Teambesprechung zusammen.",
           "Hilf mir, eine freundliche Antwort darauf zu formulieren."],
    "fr": ["Tu peux vérifier s'il manque quelque chose avant que je l'enregistre dans le dossier ?",
           "Résume ça en trois points pour la réunion du cabinet.",
           "Aide-moi à rédiger une réponse aimable."],
    "es": ["¿Puedes revisar si falta algo antes de guardarlo en la ficha?",
           "Resúmelo en tres puntos para la reunión de la clínica.",
           "Ayúdame a redactar una respuesta amable."],
    "it": ["Puoi controllare se manca qualcosa prima che lo salvi in cartella?",
           "Riassumilo in tre punti per la riunione dello studio.",
           "Aiutami a scrivere una risposta cortese."],
    "nl": ["Kun je nakijken of er iets ontbreekt voordat ik het in het dossier zet?",
           "Vat dit samen in drie punten voor het teamoverleg.",
           "Help me een vriendelijk antwoord te schrijven."],
    "pt": ["Pode conferir se falta alguma coisa antes de eu salvar na ficha?",
           "Resuma isso em três tópicos para a reunião da equipe.",
           "Me ajuda a escrever uma resposta educada?"],
    "pl": ["Sprawdź, czy czegoś tu nie brakuje, zanim zapiszę to w karcie.",
           "Streść to w trzech punktach na odprawę zespołu.",
           "Pomóż mi napisać uprzejmą odpowiedź."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я внесу это в карту.",
           "Сделай краткое резюме в трёх пунктах для утренней планёрки.",
           "Помоги составить вежливый ответ."],
    "el": ["Μπορείς να ελέγξεις αν λείπει κάτι πριν το περάσω στον φάκελο;",
           "Κάνε μια σύνοψη σε τρία σημεία για τη σύσκεψη του ιατρείου.",
           "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    "tr": ["Dosyaya kaydetmeden önce eksik bir şey var mı kontrol eder misin?",
           "Bunu ekip toplantısı için üç maddede özetle.",
           "Buna nazik bir cevap yazmama yardım et."],
    "he": ["תבדוק בבקשה אם חסר משהו לפני שאני שומרת את זה בתיק.",
           "תסכם את זה בשלוש נקודות לישיבת הצוות.",
           "תעזור לי לנסח תשובה מנומסת."],
    "ar": ["ممكن تراجع لو فيه حاجة ناقصة قبل ما أحفظه في الملف؟",
           "لخص ده في ثلاث نقاط لاجتماع العيادة.",
           "ساعدني أكتب رد مهذب على ده."],
    "hi": ["इसे फ़ाइल में सेव करने से पहले देख लो कि कुछ छूटा तो नहीं।",
           "स्टाफ़ मीटिंग के लिए इसे तीन बिंदुओं में समेट दो।",
           "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจหน่อยว่าขาดอะไรไหมก่อนบันทึกลงแฟ้มคนไข้",
           "ช่วยสรุปเป็นสามข้อสำหรับประชุมทีมตอนเช้า",
           "ช่วยร่างคำตอบแบบสุภาพให้หน่อย"],
    "zh": ["存进病历之前帮我看看有没有漏填的？",
           "帮我总结成三点，早会要用。",
           "帮我写一个礼貌的回复。"],
    "ja": ["カルテに登録する前に、抜けている項目がないか確認してもらえますか。",
           "朝礼用に三つのポイントにまとめてください。",
           "丁寧な返信の文面を考えてください。"],
    "ko": ["차트에 저장하기 전에 빠진 항목이 없는지 확인해 줘.",
           "아침 회의용으로 세 줄 요약해 줘.",
           "이거에 대한 정중한 답장 좀 써 줘."],
    "vi": ["Kiểm tra giúp em xem còn thiếu gì trước khi lưu vào hồ sơ nhé.",
           "Tóm tắt giúp em thành ba ý cho buổi giao ban.",
           "Giúp em soạn một câu trả lời lịch sự."],
}


def wrap(R, lang, body, kind=None):
    """A paste with its request line before or after it, sometimes in
    triple quotes, after a rule or around a code fence."""
    reqs = REQ[lang]
    q = reqs[kind] if kind is not None and kind < len(reqs) else R.choice(reqs)
    style = R.choice(["before", "before", "after", "quotes", "rule", "fence"])
    if style == "before":
        return [q + "\n\n", body]
    if style == "after":
        return [body, "\n\n" + q]
    if style == "quotes":
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if style == "rule":
        return [q + "\n---\n", body]
    return [q + "\n```\n", body, "\n```"]


# ============================================================ look-alikes
def fill(tpl, **kw):
    """Splits a frame at {key} and puts the parts (str, L, N or lists) in."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(kw[piece])
    return out


PALMER = ["UR", "UL", "LR", "LL"]


def tooth(R, loc):
    if loc in ("GB",) or (loc == "IN" and R.random() < 0.5):
        return N("%s%d" % (R.choice(PALMER), R.randint(1, 8)), "tooth_notation")
    if loc == "US":
        return N("#%d" % R.randint(1, 32), "tooth_notation")
    return N("%d%d" % (R.randint(1, 4), R.randint(1, 8)), "tooth_notation")


def tooth_line(R, loc):
    t = tooth(R, loc)
    surf = R.choice(["MO", "DO", "MOD", "B", "O", "DL"])
    return [t, " " + surf]


def sph(R):
    v = R.choice(range(-32, 17)) * 0.25
    return ("%+.2f" % v) if v else "plano"


def lens_rx(R):
    cyl = lambda: "%.2f" % (-R.randint(1, 10) * 0.25)
    ax = lambda: str(R.choice(range(5, 181, 5)))
    s = "R %s / %s x %s   L %s / %s x %s" % (sph(R), cyl(), ax(), sph(R), cyl(), ax())
    if R.random() < 0.5:
        s += "   Add +%.2f" % (R.randint(4, 12) * 0.25)
    return N(s, "lens_rx")


def pd(R):
    v = R.randint(56, 70)
    return N(R.choice(["PD %d" % v, "PD %.1f/%.1f" % (v / 2, v / 2), "PD %d mm" % v]), "pd")


def cl_params(R):
    return N("BC %.1f DIA %.1f PWR %s" % (R.choice([8.3, 8.4, 8.5, 8.6, 8.7, 8.8]), R.choice([13.8, 14.0, 14.2, 14.5]),
                                          sph(R)), "contact_lens_params")


def acuity(R, loc):
    return N(R.choice(["20/20", "20/25", "20/40"]) if loc == "US" else R.choice(["6/6", "6/9", "6/5", "1,0", "0,8"]),
             "visual_acuity")


# procedure / item codes by country and discipline (dental, optical, physio)
PROC = {
    "US": (["D0150", "D1110", "D2391", "D2740", "D0274"], ["92004", "92014", "92310", "V2020"], ["97110", "97140", "97161", "97530"]),
    "GB": (["Band 1", "Band 2", "Band 3", "Band 1 urgent"], ["GOS 1", "GOS 3 voucher B", "GOS 4 repair"], ["MSK-01", "HEP review", "CSP pathway 3"]),
    "DE": (["BEMA 13b", "GOZ 2100", "BEMA 01", "GOZ 2197"], ["HMV 25.21.01", "GOÄ 1200", "GOÄ 1201"], ["HM-Pos. X0501", "HM-Pos. X0106", "HM-Pos. X1201"]),
    "FR": (["HBMD038", "HBJD001", "HBLD036"], ["BLQP010", "LPP 2203240", "BGQP002"], ["AMK 8", "AMC 7,5", "AMS 9,5"]),
    "ES": (["cód. 0401", "cód. 1203", "cód. 2210"], ["cód. OPT-12", "cód. OPT-31"], ["cód. FT-05", "cód. FT-22"]),
    "IT": (["cod. 23.20.1", "cod. 96.54", "cod. 23.09"], ["cod. 95.02", "cod. 95.09.1"], ["cod. 93.39.4", "cod. 93.11.1"]),
    "NL": (["V91", "C11", "M03", "H11"], ["OPT-101", "OPT-210"], ["1000", "1864", "1001"]),
    "BR": (["TUSS 81000030", "TUSS 85100196", "TUSS 85400076"], ["TUSS 41301250", "TUSS 41301323"], ["TUSS 50000160", "TUSS 50000470"]),
    "PL": (["kod 23.09", "kod 23.2", "kod 96.54"], ["kod 95.02", "kod 95.31"], ["kod 93.39", "kod 93.11"]),
    "RU": (["A16.07.002", "A16.07.051", "A16.07.004"], ["A02.26.004", "A23.26.001"], ["A21.30.001", "A19.03.002"]),
    "GR": (["κωδ. 4005", "κωδ. 4110"], ["κωδ. ΟΠ-21", "κωδ. ΟΠ-08"], ["κωδ. ΦΘ-12", "κωδ. ΦΘ-30"]),
    "TR": (["SUT 401010", "SUT 402020", "SUT 403030"], ["SUT 613100", "SUT 613270"], ["SUT 700060", "SUT 700110"]),
    "IL": (["קוד 1204", "קוד 3310"], ["קוד 8120", "קוד 8133"], ["קוד 5120", "קוד 5131"]),
    "EG": (["كود 2101", "كود 3304"], ["كود 6110", "كود 6125"], ["كود 7710", "كود 7722"]),
    "IN": (["कोड D-214", "कोड D-031"], ["कोड E-112", "कोड E-140"], ["कोड P-031", "कोड P-045"]),
    "TH": (["รหัส 2330011", "รหัส 2387030"], ["รหัส 6021", "รหัส 6040"], ["รหัส 5101", "รหัส 5110"]),
    "CN": (["项目编码 310513001", "项目编码 310511001"], ["项目编码 310300002", "项目编码 310300011"], ["项目编码 340200014", "项目编码 340200005"]),
    "JP": (["処置コード 140000610", "処置コード 140009310"], ["検査コード 160077710", "検査コード 160077810"], ["リハ料 H002", "リハ料 H001"]),
    "KR": (["U2233", "U1010", "U0010"], ["E6660", "E6670"], ["MM105", "MM301"]),
    "VN": (["mã DV 10.0908", "mã DV 10.0933"], ["mã DV 14.0205", "mã DV 14.0210"], ["mã DV 17.0011", "mã DV 17.0024"]),
}
KIND_INDEX = {"dental": 0, "optical": 1, "physio": 2}


def proc(R, loc, kind="dental"):
    return N(R.choice(PROC[loc][KIND_INDEX[kind]]), "procedure_code")


def lab_job(R):
    return N(R.choice(["LAB-%05d" % R.randint(100, 99999), "Job %d/%s" % (R.randint(1000, 9999), R.choice("ABCK")),
                       "LJ-%d-%03d" % (R.randint(24, 26), R.randint(1, 999))]), "lab_job")


def frame_code(R):
    return N(R.choice(["%s-%d %d□%d %d" % (R.choice(["TX", "OV", "LK", "MR"]), R.randint(1000, 9999), R.randint(48, 56),
                                            R.randint(15, 21), R.choice([135, 140, 145])),
                       "lens 1.%d %s" % (R.choice([50, 60, 67, 74]), R.choice(["AR", "HC", "BlueCut", "photochromic"])),
                       "SKU CL-%s-%.1f" % (R.choice(["DAILY", "MTH", "TORIC"]), R.choice([8.4, 8.6, 8.7]))]), "frame_code")


def appt(R, loc, kind="appointment"):
    d = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
    t = "%02d:%02d" % (R.randint(8, 18), R.choice([0, 15, 30, 45]))
    if loc == "US":
        s = "%d/%d/2026 %s" % (d.month, d.day, t)
    elif loc in ("CN", "JP"):
        s = "%d月%d日 %s" % (d.month, d.day, t)
    elif loc == "KR":
        s = "%d월 %d일 %s" % (d.month, d.day, t)
    elif loc in ("DE", "PL", "RU", "TR", "IL"):
        s = "%02d.%02d.2026 %s" % (d.day, d.month, t)
    elif loc == "NL":
        s = "%02d-%02d-2026 %s" % (d.day, d.month, t)
    elif loc == "TH":
        s = "%d/%d/2569 %s น." % (d.day, d.month, t)
    else:
        s = "%02d/%02d/2026 %s" % (d.day, d.month, t)
    if kind == "recall":
        s = s.rsplit(" ", 1)[0] if loc != "TH" else s.split(" ")[0]
    return N(s, kind)


REGNO = {
    "US": lambda R: "NPI %d" % R.randint(1000000000, 1999999999),
    "GB": lambda R, k: {"dental": "GDC %d" % R.randint(50000, 299999), "optical": "GOC 01-%05d" % R.randint(10000, 99999),
                        "physio": "HCPC PH%06d" % R.randint(10000, 199999)}[k],
    "DE": lambda R: "KZV-Abr.-Nr. %d/%02d" % (R.randint(1000, 9999), R.randint(1, 99)),
    "FR": lambda R: "RPPS %d" % R.randint(10000000000, 10199999999),
    "ES": lambda R: "Col. nº %02d/%05d" % (R.randint(1, 52), R.randint(1, 99999)),
    "IT": lambda R: "Albo n. %d" % R.randint(100, 9999),
    "NL": lambda R: "BIG %d" % R.randint(19000000000, 99099999999),
    "BR": lambda R: "CRO-%s %d" % (R.choice(["MG", "SP", "BA"]), R.randint(10000, 99999)),
    "PL": lambda R: "PWZ %d" % R.randint(1000000, 9999999),
    "RU": lambda R: "лицензия № ЛО-44-01-%06d" % R.randint(1, 999999),
    "GR": lambda R: "ΑΜ %d" % R.randint(1000, 9999),
    "TR": lambda R: "Diploma Tescil No: %d" % R.randint(10000, 99999),
    "IL": lambda R: "מ.ר. %d" % R.randint(10000, 99999),
    "EG": lambda R: "رقم القيد %d" % R.randint(10000, 99999),
    "IN": lambda R: "Reg. No. A-%d" % R.randint(1000, 99999),
    "TH": lambda R: "ท.%d" % R.randint(1000, 99999),
    "CN": lambda R: "执业证书编码 %d" % R.randint(10000000, 99999999),
    "JP": lambda R: "登録番号 第%d号" % R.randint(100000, 199999),
    "KR": lambda R: "면허번호 제%d호" % R.randint(10000, 99999),
    "VN": lambda R: "CCHN số %06d/TTH-CCHN" % R.randint(1, 99999),
}


REGNO_KIND = {
    ("DE", "optical"): lambda R: "HWK-Nr. %d" % R.randint(10000, 99999),
    ("DE", "physio"): lambda R: "IK %d" % R.randint(100000000, 999999999),
    ("BR", "optical"): lambda R: "CBOO %d" % R.randint(1000, 9999),
    ("BR", "physio"): lambda R: "CREFITO-4 %d-F" % R.randint(10000, 99999),
    ("TH", "optical"): lambda R: "ใบอนุญาตเลขที่ %d" % R.randint(1000, 99999),
    ("TH", "physio"): lambda R: "ก.%d" % R.randint(1000, 99999),
}


def regno(R, loc, kind="dental"):
    if (loc, kind) in REGNO_KIND:
        return N(REGNO_KIND[(loc, kind)](R), "registration_number")
    return N(REGNO[loc](R, kind) if loc == "GB" else REGNO[loc](R), "registration_number")


def serial(R):
    return N(R.choice(["SN %s-%d" % (R.choice(["OCT", "AC", "XR", "SC"]), R.randint(10000, 99999)),
                       "S/N W%02d-%04d" % (R.randint(18, 26), R.randint(1, 9999)),
                       "serial %X%X%X%X-%d" % (R.randint(0, 15), R.randint(0, 15), R.randint(0, 15), R.randint(0, 15),
                                               R.randint(100, 999))]), "device_serial")


def lan_ip(R):
    return N(R.choice(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))]), "private_ip")


def doc_ip(R):
    return N(R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254),
                       "2001:db8::%x" % R.randint(1, 0xffff)]), "doc_ip")


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4111 1111 1111 1111",
              "3782 822463 10005", "6011 1111 1111 1117"]
TEST_CARD_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


def test_card(R):
    return N(R.choice(TEST_CARDS), "test_card")


def masked(R):
    return N(R.choice(["**** **** **** %04d" % R.randint(0, 9999), "xxxx-%04d" % R.randint(0, 9999), "•••• %04d" % R.randint(0, 9999)]),
             "masked_card")


def member_no(R, loc):
    return N(R.choice(["%s%07d" % (R.choice(["W", "MB", "H"]), R.randint(0, 9999999)), "%d-%05d" % (R.randint(10, 99), R.randint(0, 99999))]),
             "insurance_number")


def patient_no(R):
    return N(R.choice(["PT-%06d" % R.randint(1, 999999), "#%d" % R.randint(10000, 99999), "MRN %d" % R.randint(100000, 999999)]),
             "patient_number")


NAME_AS_WORD = {
    "en": ["Will the hygienist be in on Saturday?", "Iris imaging is booked for Tuesday morning.",
           "Hazel and tortoiseshell frames are back in stock.", "Amber lenses cut glare for night drivers.",
           "Grace period for late cancellations is 24 hours.", "Crystal clear aligners arrive on Friday.",
           "Mark the new bracket position on the chart.", "Ruby red frames sold out again.",
           "Faith in the new scanner is growing.", "Summer hours start next week.",
           "Pearl white shade A1 was requested.", "Jade green cases for the kids' glasses."],
    "de": ["Frank gesagt ist die Wartezeit zu lang.", "Iris-Aufnahmen sind für Dienstag gebucht."],
    "fr": ["Rose poudré : la nouvelle monture est arrivée.", "Constance des résultats après la rééducation."],
    "es": ["Dolores de espalda: revisar la altura del sillón.", "Consuelo para los pacientes: la sala tiene aire acondicionado."],
    "it": ["Vittoria per il team: niente ritardi oggi.", "Speranza di chiudere il piano entro giugno."],
    "nl": ["Iris-scan staat donderdag gepland.", "Roze monturen zijn uitverkocht, Roos-tint volgt."],
    "pt": ["Vitória: agenda de hoje sem faltas.", "Luz azul: lentes com filtro em promoção."],
    "pl": ["Nadzieja, że laboratorium zdąży do piątku.", "Róża wiatrów na plakacie w poczekalni."],
    "ru": ["Надежда есть: лаборатория обещала к пятнице.", "Вера в новый сканер растёт."],
    "el": ["Ελπίδα να έρθουν οι φακοί την Παρασκευή.", "Ειρήνη και ησυχία στην αίθουσα αναμονής."],
    "tr": ["Umut var, laboratuvar cuma teslim edecek.", "Deniz mavisi çerçeveler tükendi."],
    "he": ["יש תקווה שהעדשות יגיעו ביום שישי.", "שושנה אדומה על השלט בחדר ההמתנה."],
    "ar": ["على أمل أن تصل العدسات يوم الجمعة.", "نور الغرفة الجديدة ممتاز للتصوير."],
    "hi": ["आशा है कि लैब शुक्रवार तक भेज देगी।", "किरण मशीन की सर्विस अगले हफ़्ते है।"],
}


def naw(R, lang):
    return N(R.choice(NAME_AS_WORD.get(lang, NAME_AS_WORD["en"])), "name_as_word")


# ================================================== per-language frames
# recall / reminder message and its three "what" words (dental, eye, physio)
RECALL = {
    "en": ("Hi {given}, it's {practice}. Your {what} is due. We've pencilled you in for {when}; call {sw} to change it.",
           ("dental check-up and clean", "eye test", "physio review")),
    "de": ("Hallo {given}, hier ist {practice}. Ihre {what} steht an. Wir haben {when} für Sie reserviert; Änderungen unter {sw}.",
           ("Kontrolluntersuchung", "Augenprüfung", "Nachkontrolle")),
    "fr": ("Bonjour {given}, ici {practice}. Votre {what} arrive à échéance. Rendez-vous proposé : {when}. Pour le modifier : {sw}.",
           ("contrôle dentaire", "examen de vue", "séance de suivi")),
    "es": ("Hola {given}, te escribimos de {practice}. Te toca la {what}. Te hemos reservado el {when}; para cambiarla llama al {sw}.",
           ("revisión dental", "revisión de la vista", "sesión de control")),
    "it": ("Ciao {given}, ti scriviamo da {practice}. È ora della {what}. Ti abbiamo riservato il {when}; per spostarla chiama lo {sw}.",
           ("visita di controllo", "visita della vista", "seduta di controllo")),
    "nl": ("Hallo {given}, hier {practice}. Uw {what} staat gepland op {when}. Verzetten? Bel {sw}.",
           ("halfjaarlijkse controle", "oogmeting", "controlebehandeling")),
    "pt": ("Olá {given}, aqui é da {practice}. Está na hora da sua {what}. Reservamos {when}; para remarcar ligue {sw}.",
           ("revisão odontológica", "consulta de vista", "sessão de reavaliação")),
    "pl": ("Dzień dobry {given}, tu {practice}. Zbliża się termin: {what}. Zarezerwowaliśmy {when}; zmiana pod numerem {sw}.",
           ("przegląd stomatologiczny", "badanie wzroku", "wizyta kontrolna")),
    "ru": ("Здравствуйте, {given}! Это {practice}. Пора на {what}. Мы записали вас на {when}; перенести можно по телефону {sw}.",
           ("профилактический осмотр", "проверку зрения", "контрольное занятие")),
    "el": ("Γεια σας {given}, από {practice}. Ήρθε η ώρα για {what}. Σας κλείσαμε ραντεβού {when}· για αλλαγή καλέστε {sw}.",
           ("τον προληπτικό έλεγχο", "την εξέταση όρασης", "την επανεκτίμηση")),
    "tr": ("Merhaba {given}, {practice} olarak yazıyoruz. {what} zamanı geldi. Randevunuz {when}; değiştirmek için {sw}.",
           ("Kontrol muayenenizin", "Göz muayenenizin", "Kontrol seansınızın")),
    "he": ("שלום {given}, כאן {practice}. הגיע הזמן ל{what}. שריינו לך תור ב-{when}; לשינוי התקשרו {sw}.",
           ("בדיקה תקופתית", "בדיקת ראייה", "טיפול מעקב")),
    "ar": ("أهلاً {given}، معك {practice}. حان موعد {what}. حجزنا لك يوم {when}؛ للتغيير اتصل على {sw}.",
           ("الكشف الدوري", "فحص النظر", "جلسة المتابعة")),
    "hi": ("नमस्ते {given}, {practice} से संदेश। आपकी {what} का समय हो गया है। आपका समय {when} रखा गया है; बदलने के लिए {sw} पर कॉल करें।",
           ("दंत जाँच", "आँखों की जाँच", "फ़ॉलो-अप जाँच")),
    "th": ("สวัสดีค่ะคุณ{given} จาก{practice} ถึงเวลา{what}แล้วค่ะ นัดไว้วันที่ {when} หากต้องการเลื่อนโทร {sw}",
           ("ตรวจฟันประจำ", "ตรวจสายตา", "ติดตามอาการ")),
    "zh": ("{given}您好，这里是{practice}。您的{what}时间到了，已为您预约{when}，如需更改请致电{sw}。",
           ("定期口腔检查", "视力检查", "康复复诊")),
    "ja": ("{name}様　{practice}です。{what}の時期になりました。{when}でご予約をお取りしています。変更は{sw}まで。",
           ("定期検診", "視力検査", "経過観察")),
    "ko": ("{name}님, {practice}입니다. {what} 시기가 되었습니다. {when}로 예약해 두었으니 변경은 {sw}로 연락 주세요.",
           ("정기 검진", "시력 검사", "재활 재평가")),
    "vi": ("Chào {name}, {practice} xin nhắc lịch {what} của bạn vào {when}. Đổi lịch vui lòng gọi {sw}.",
           ("khám răng định kỳ", "đo mắt", "tái khám")),
}
RECALL_FULLNAME = {"ja", "ko", "vi"}

# chat: patient, agent, (patient gives name + dob), agent, patient card, patient masked, agent sign-off
CHAT = {
    "en": ("Hi, I think I was charged twice for my appointment on {date}.", "Sorry about that! Can I take your full name and date of birth?",
           "Thanks. Which card did you pay with, and where should the receipt go?", "This card: {card}. Receipt to {email} please.",
           "The one ending {masked}. Receipt to {email} please.", "Done, the duplicate will be refunded within 5 working days. {agent}, {practice}"),
    "de": ("Hallo, mir wurde der Termin am {date} zweimal abgebucht.", "Das tut mir leid! Nennen Sie mir bitte Ihren vollen Namen und Ihr Geburtsdatum?",
           "Danke. Mit welcher Karte haben Sie bezahlt, und wohin soll die Quittung?", "Mit dieser Karte: {card}. Quittung bitte an {email}.",
           "Mit der Karte, die auf {masked} endet. Quittung bitte an {email}.", "Erledigt, die doppelte Zahlung wird in 5 Werktagen erstattet. {agent}, {practice}"),
    "fr": ("Bonjour, j'ai été débité deux fois pour mon rendez-vous du {date}.", "Désolé ! Pouvez-vous me donner vos nom, prénom et date de naissance ?",
           "Merci. Avec quelle carte avez-vous payé, et où envoyer le reçu ?", "Avec celle-ci : {card}. Le reçu à {email}, svp.",
           "Celle qui finit par {masked}. Le reçu à {email}, svp.", "C'est fait, le doublon sera remboursé sous 5 jours ouvrés. {agent}, {practice}"),
    "es": ("Hola, me han cobrado dos veces la cita del {date}.", "¡Lo siento! ¿Me dices tu nombre completo y fecha de nacimiento?",
           "Gracias. ¿Con qué tarjeta pagaste y a dónde te mando el recibo?", "Con esta: {card}. El recibo a {email}, por favor.",
           "Con la que termina en {masked}. El recibo a {email}, por favor.", "Listo, el cobro duplicado se devolverá en 5 días hábiles. {agent}, {practice}"),
    "it": ("Buongiorno, mi avete addebitato due volte la visita del {date}.", "Mi dispiace! Mi dà nome, cognome e data di nascita?",
           "Grazie. Con quale carta ha pagato e dove le mando la ricevuta?", "Con questa: {card}. La ricevuta a {email}, grazie.",
           "Quella che finisce con {masked}. La ricevuta a {email}, grazie.", "Fatto, l'addebito doppio verrà rimborsato entro 5 giorni lavorativi. {agent}, {practice}"),
    "nl": ("Hoi, de afspraak van {date} is twee keer afgeschreven.", "Vervelend! Mag ik uw volledige naam en geboortedatum?",
           "Dank u. Met welke kaart heeft u betaald en waar mag de bon heen?", "Met deze: {card}. Bon graag naar {email}.",
           "Die eindigt op {masked}. Bon graag naar {email}.", "Geregeld, de dubbele betaling wordt binnen 5 werkdagen teruggestort. {agent}, {practice}"),
    "pt": ("Oi, cobraram duas vezes a consulta do dia {date}.", "Que chato! Pode me passar seu nome completo e data de nascimento?",
           "Obrigado. Com qual cartão pagou e para onde mando o recibo?", "Com este: {card}. Recibo para {email}, por favor.",
           "O que termina em {masked}. Recibo para {email}, por favor.", "Pronto, a cobrança duplicada será estornada em até 5 dias úteis. {agent}, {practice}"),
    "pl": ("Dzień dobry, za wizytę {date} pobrano opłatę dwa razy.", "Przepraszamy! Proszę podać imię, nazwisko i datę urodzenia.",
           "Dziękuję. Którą kartą była płatność i gdzie wysłać paragon?", "Tą: {card}. Paragon proszę na {email}.",
           "Tą, która kończy się na {masked}. Paragon proszę na {email}.", "Załatwione, podwójna płatność wróci w ciągu 5 dni roboczych. {agent}, {practice}"),
    "ru": ("Здравствуйте, за приём {date} с меня списали дважды.", "Извините! Назовите, пожалуйста, ФИО и дату рождения.",
           "Спасибо. Какой картой вы платили и куда прислать чек?", "Вот этой: {card}. Чек на {email}, пожалуйста.",
           "Той, что заканчивается на {masked}. Чек на {email}, пожалуйста.", "Готово, двойное списание вернётся в течение 5 рабочих дней. {agent}, {practice}"),
    "el": ("Καλησπέρα, με χρεώσατε δύο φορές για το ραντεβού της {date}.", "Λυπάμαι! Μου λέτε ονοματεπώνυμο και ημερομηνία γέννησης;",
           "Ευχαριστώ. Με ποια κάρτα πληρώσατε και πού να στείλω την απόδειξη;", "Με αυτή: {card}. Την απόδειξη στο {email}.",
           "Με αυτή που λήγει σε {masked}. Την απόδειξη στο {email}.", "Έγινε, η διπλή χρέωση θα επιστραφεί σε 5 εργάσιμες. {agent}, {practice}"),
    "tr": ("Merhaba, {date} tarihli randevum için iki kez ücret çekilmiş.", "Kusura bakmayın! Adınızı soyadınızı ve doğum tarihinizi alabilir miyim?",
           "Teşekkürler. Hangi kartla ödediniz, makbuzu nereye gönderelim?", "Bu kartla: {card}. Makbuz {email} adresine lütfen.",
           "Sonu {masked} olan kartla. Makbuz {email} adresine lütfen.", "Tamamdır, mükerrer tutar 5 iş günü içinde iade edilecek. {agent}, {practice}"),
    "he": ("שלום, חייבו אותי פעמיים על התור מ-{date}.", "מצטערים! אפשר שם מלא ותאריך לידה?",
           "תודה. באיזה כרטיס שילמת ולאן לשלוח קבלה?", "בכרטיס הזה: {card}. קבלה ל-{email} בבקשה.",
           "בכרטיס שמסתיים ב-{masked}. קבלה ל-{email} בבקשה.", "טופל, החיוב הכפול יזוכה תוך 5 ימי עסקים. {agent}, {practice}"),
    "ar": ("السلام عليكم، اتخصم مني مرتين على كشف يوم {date}.", "آسفين جداً! ممكن الاسم بالكامل وتاريخ الميلاد؟",
           "شكراً. دفعت بأنهي كارت، وأبعت الإيصال فين؟", "بالكارت ده: {card}. الإيصال على {email} لو سمحت.",
           "الكارت اللي آخره {masked}. الإيصال على {email} لو سمحت.", "تمام، المبلغ المكرر هيرجع خلال 5 أيام عمل. {agent}، {practice}"),
    "hi": ("नमस्ते, {date} की अपॉइंटमेंट के पैसे दो बार कट गए।", "माफ़ कीजिए! अपना पूरा नाम और जन्म तिथि बताइए।",
           "धन्यवाद। किस कार्ड से भुगतान किया था, और रसीद कहाँ भेजें?", "इस कार्ड से: {card}। रसीद {email} पर भेज दीजिए।",
           "जिसके आख़िरी अंक {masked} हैं। रसीद {email} पर भेज दीजिए।", "हो गया, दोहरी राशि 5 कार्य दिवसों में लौट आएगी। {agent}, {practice}"),
    "th": ("สวัสดีค่ะ นัดวันที่ {date} โดนตัดเงินสองครั้งค่ะ", "ขออภัยค่ะ ขอชื่อ-นามสกุลและวันเกิดด้วยค่ะ",
           "ขอบคุณค่ะ จ่ายด้วยบัตรใบไหน และให้ส่งใบเสร็จไปที่ไหนคะ", "ใบนี้ค่ะ {card} ส่งใบเสร็จที่ {email}",
           "ใบที่ลงท้าย {masked} ค่ะ ส่งใบเสร็จที่ {email}", "เรียบร้อยค่ะ ยอดที่ตัดซ้ำจะคืนภายใน 5 วันทำการ {agent} {practice}"),
    "zh": ("你好，我{date}那次就诊被扣了两次钱。", "抱歉！请提供一下您的姓名和出生日期。",
           "谢谢。您用哪张卡付的？收据发到哪里？", "这张：{card}，收据发到{email}。",
           "尾号{masked}那张，收据发到{email}。", "已处理，重复扣款会在5个工作日内退回。{agent}，{practice}"),
    "ja": ("すみません、{date}の診療代が二重に引き落とされています。", "申し訳ございません。お名前と生年月日をお願いします。",
           "ありがとうございます。お支払いのカードと領収書の送付先を教えてください。", "このカードです：{card}。領収書は{email}へお願いします。",
           "末尾{masked}のカードです。領収書は{email}へお願いします。", "対応しました。重複分は5営業日以内に返金されます。{agent}（{practice}）"),
    "ko": ("안녕하세요, {date} 진료비가 두 번 결제됐어요.", "죄송합니다! 성함과 생년월일 알려 주시겠어요?",
           "감사합니다. 어떤 카드로 결제하셨고 영수증은 어디로 보내 드릴까요?", "이 카드예요: {card}. 영수증은 {email}로 부탁해요.",
           "끝자리 {masked} 카드예요. 영수증은 {email}로 부탁해요.", "처리했습니다. 중복 결제분은 영업일 5일 안에 환불됩니다. {agent}, {practice}"),
    "vi": ("Chào bạn, buổi hẹn ngày {date} bị trừ tiền hai lần.", "Xin lỗi anh/chị! Cho em xin họ tên và ngày sinh ạ.",
           "Cảm ơn. Anh/chị thanh toán bằng thẻ nào và gửi biên lai đi đâu ạ?", "Thẻ này: {card}. Biên lai gửi {email} nhé.",
           "Thẻ có đuôi {masked}. Biên lai gửi {email} nhé.", "Đã xử lý, khoản trừ trùng sẽ được hoàn trong 5 ngày làm việc. {agent}, {practice}"),
}

# complaint: salutation, body, child line, contact line, closing
COMPLAINT = {
    "en": ("Dear Practice Manager,", "I am writing to complain about the appointment on {date}. We waited over an hour, the treatment felt rushed, and we were still charged {fee}.",
           "The appointment was for my child, {child}.", "Please call me on {phone} or write to {email}.", "Yours sincerely,"),
    "de": ("Sehr geehrte Praxisleitung,", "hiermit beschwere ich mich über den Termin am {date}. Wir haben über eine Stunde gewartet, die Behandlung war überhastet, und trotzdem wurden {fee} berechnet.",
           "Der Termin war für mein Kind {child}.", "Bitte rufen Sie mich unter {phone} an oder schreiben Sie an {email}.", "Mit freundlichen Grüßen"),
    "fr": ("Madame, Monsieur,", "je souhaite me plaindre du rendez-vous du {date}. Nous avons attendu plus d'une heure, le soin a été bâclé et {fee} ont tout de même été facturés.",
           "Le rendez-vous concernait mon enfant, {child}.", "Merci de me rappeler au {phone} ou d'écrire à {email}.", "Veuillez agréer mes salutations distinguées."),
    "es": ("Estimada dirección de la clínica:", "les escribo para quejarme de la cita del {date}. Esperamos más de una hora, el tratamiento fue precipitado y aun así nos cobraron {fee}.",
           "La cita era para mi hijo/a, {child}.", "Pueden llamarme al {phone} o escribirme a {email}.", "Atentamente,"),
    "it": ("Gentile responsabile dello studio,", "scrivo per lamentarmi dell'appuntamento del {date}. Abbiamo atteso più di un'ora, il trattamento è stato frettoloso e ci avete comunque addebitato {fee}.",
           "L'appuntamento era per mio figlio/a, {child}.", "Potete chiamarmi al {phone} o scrivere a {email}.", "Distinti saluti,"),
    "nl": ("Geachte praktijkmanager,", "hierbij dien ik een klacht in over de afspraak van {date}. We hebben meer dan een uur gewacht, de behandeling was gehaast en toch is er {fee} in rekening gebracht.",
           "De afspraak was voor mijn kind, {child}.", "U kunt mij bellen op {phone} of mailen naar {email}.", "Met vriendelijke groet,"),
    "pt": ("Prezada gerência da clínica,", "venho reclamar do atendimento do dia {date}. Esperamos mais de uma hora, o procedimento foi feito às pressas e mesmo assim cobraram {fee}.",
           "A consulta era do meu filho/a, {child}.", "Podem me ligar no {phone} ou escrever para {email}.", "Atenciosamente,"),
    "pl": ("Szanowni Państwo,", "składam skargę dotyczącą wizyty z dnia {date}. Czekaliśmy ponad godzinę, zabieg wykonano w pośpiechu, a mimo to pobrano {fee}.",
           "Wizyta dotyczyła mojego dziecka: {child}.", "Proszę o kontakt pod numerem {phone} lub na adres {email}.", "Z poważaniem"),
    "ru": ("Уважаемая администрация клиники!", "Пишу с жалобой на приём {date}. Мы ждали больше часа, процедуру провели наспех, а списали всё равно {fee}.",
           "Приём был для моего ребёнка: {child}.", "Прошу связаться со мной по телефону {phone} или по почте {email}.", "С уважением,"),
    "el": ("Αξιότιμη διεύθυνση,", "θα ήθελα να διαμαρτυρηθώ για το ραντεβού της {date}. Περιμέναμε πάνω από μία ώρα, η θεραπεία έγινε βιαστικά και χρεωθήκαμε κανονικά {fee}.",
           "Το ραντεβού ήταν για το παιδί μου: {child}.", "Παρακαλώ καλέστε με στο {phone} ή γράψτε στο {email}.", "Με εκτίμηση,"),
    "tr": ("Sayın klinik yönetimi,", "{date} tarihli randevu hakkında şikâyette bulunmak istiyorum. Bir saatten fazla bekledik, tedavi aceleye getirildi ve yine de {fee} tahsil edildi.",
           "Randevu çocuğum içindi: {child}.", "Bana {phone} numarasından ya da {email} adresinden ulaşabilirsiniz.", "Saygılarımla,"),
    "he": ("לכבוד מנהלת המרפאה,", "ברצוני להתלונן על התור מ-{date}. המתנו יותר משעה, הטיפול נעשה בחיפזון ובכל זאת חויבנו ב-{fee}.",
           "התור היה עבור הילד/ה שלי: {child}.", "אפשר לחזור אליי בטלפון {phone} או במייל {email}.", "בברכה,"),
    "ar": ("السادة إدارة العيادة،", "أكتب لكم شكوى بخصوص موعد يوم {date}. انتظرنا أكثر من ساعة، وتم العلاج بسرعة، ومع ذلك تم تحصيل {fee}.",
           "الموعد كان لابني/ابنتي: {child}.", "برجاء التواصل معي على {phone} أو على {email}.", "مع خالص التحية،"),
    "hi": ("प्रिय प्रबंधक महोदय,", "मैं {date} की अपॉइंटमेंट के बारे में शिकायत दर्ज करना चाहता हूँ। हमें एक घंटे से ज़्यादा इंतज़ार करना पड़ा, इलाज जल्दबाज़ी में हुआ, फिर भी {fee} लिए गए।",
           "अपॉइंटमेंट मेरे बच्चे की थी: {child}।", "कृपया मुझे {phone} पर कॉल करें या {email} पर लिखें।", "सादर,"),
    "th": ("เรียน ผู้จัดการคลินิก", "ดิฉันขอร้องเรียนเรื่องนัดวันที่ {date} ต้องรอนานกว่าหนึ่งชั่วโมง การรักษาทำอย่างรีบร้อน แต่ยังถูกเรียกเก็บ {fee}",
           "นัดนี้เป็นของลูก: {child}", "กรุณาติดต่อกลับที่ {phone} หรืออีเมล {email}", "ขอแสดงความนับถือ"),
    "zh": ("诊所负责人您好：", "我想就{date}的就诊进行投诉。我们等了一个多小时，治疗很仓促，却仍被收取了{fee}。",
           "这次就诊的是我的孩子：{child}。", "请拨打{phone}或发邮件至{email}与我联系。", "此致"),
    "ja": ("院長様", "{date}の診療について苦情を申し上げます。一時間以上待たされ、処置も慌ただしかったにもかかわらず、{fee}を請求されました。",
           "受診したのは子どもです（{child}）。", "ご連絡は{phone}または{email}までお願いいたします。", "敬具"),
    "ko": ("원장님께,", "{date} 진료에 대해 불만을 말씀드리고자 합니다. 한 시간 넘게 기다렸고 치료도 서둘러 진행되었는데 비용 {fee}이 청구되었습니다.",
           "진료 대상은 제 아이입니다: {child}.", "{phone} 또는 {email}로 연락 부탁드립니다.", "드림"),
    "vi": ("Kính gửi quản lý phòng khám,", "Tôi xin phản ánh về buổi hẹn ngày {date}. Chúng tôi phải chờ hơn một tiếng, việc điều trị làm vội vàng mà vẫn bị thu {fee}.",
           "Buổi hẹn là của con tôi: {child}.", "Xin liên hệ lại với tôi qua số {phone} hoặc email {email}.", "Trân trọng,"),
}

# referral: to-line, greeting, body, reason, closing; and the receiving unit (look-alike)
REFERRAL = {
    "en": ("To: Dr {to}, {dest}", "Dear colleague,", "I would be grateful if you could see {patient}, born {dob}, of {address}, mobile {phone}.",
           "Reason for referral: {finding}.", "Kind regards,", "Orthodontic Department, District General Hospital"),
    "de": ("An: Dr. {to}, {dest}", "Sehr geehrte Kolleginnen und Kollegen,", "ich bitte um Mitbeurteilung von {patient}, geb. {dob}, wohnhaft {address}, Tel. {phone}.",
           "Befund: {finding}.", "Mit kollegialen Grüßen", "Kieferorthopädie, Kreisklinikum"),
    "fr": ("À : Dr {to}, {dest}", "Cher confrère,", "je vous adresse {patient}, né(e) le {dob}, domicilié(e) {address}, tél. {phone}.",
           "Motif : {finding}.", "Bien confraternellement,", "service de stomatologie, centre hospitalier"),
    "es": ("Para: Dr. {to}, {dest}", "Estimado/a colega:", "le remito a {patient}, nacido/a el {dob}, con domicilio en {address}, tel. {phone}.",
           "Motivo: {finding}.", "Un cordial saludo,", "Servicio de Cirugía Maxilofacial, hospital comarcal"),
    "it": ("A: dott. {to}, {dest}", "Gentile collega,", "le invio {patient}, nato/a il {dob}, residente in {address}, tel. {phone}.",
           "Motivo dell'invio: {finding}.", "Cordiali saluti,", "ambulatorio di ortodonzia, ospedale civile"),
    "nl": ("Aan: dr. {to}, {dest}", "Geachte collega,", "graag verwijs ik {patient}, geboren {dob}, wonend {address}, tel. {phone}.",
           "Reden van verwijzing: {finding}.", "Met collegiale groet,", "afdeling kaakchirurgie, streekziekenhuis"),
    "pt": ("Para: Dr. {to}, {dest}", "Prezado(a) colega,", "encaminho {patient}, nascido(a) em {dob}, residente na {address}, tel. {phone}.",
           "Motivo: {finding}.", "Atenciosamente,", "ambulatório de ortodontia, hospital regional"),
    "pl": ("Do: dr {to}, {dest}", "Szanowni Państwo,", "kieruję osobę: {patient}, ur. {dob}, zam. {address}, tel. {phone}.",
           "Powód skierowania: {finding}.", "Z wyrazami szacunku", "poradnia ortodontyczna, szpital powiatowy"),
    "ru": ("Кому: {to}, {dest}", "Уважаемые коллеги!", "Направляю пациента: {patient}, дата рождения {dob}, адрес: {address}, тел. {phone}.",
           "Причина направления: {finding}.", "С уважением,", "отделение челюстно-лицевой хирургии, областная больница"),
    "el": ("Προς: Δρ {to}, {dest}", "Αγαπητέ συνάδελφε,", "σας παραπέμπω: {patient}, γενν. {dob}, κάτοικος {address}, τηλ. {phone}.",
           "Αιτία παραπομπής: {finding}.", "Με εκτίμηση,", "ορθοδοντικό τμήμα, γενικό νοσοκομείο"),
    "tr": ("Kime: Dr. {to}, {dest}", "Sayın meslektaşım,", "Hastam {patient} (doğum tarihi {dob}, adres {address}, tel. {phone}) size yönlendirilmiştir.",
           "Sevk nedeni: {finding}.", "Saygılarımla,", "ortodonti bölümü, devlet hastanesi"),
    "he": ("אל: ד\"ר {to}, {dest}", "שלום רב,", "אבקש לראות את {patient}, ת. לידה {dob}, כתובת: {address}, טל' {phone}.",
           "סיבת ההפניה: {finding}.", "בברכה,", "מחלקת פה ולסת, בית החולים האזורי"),
    "ar": ("إلى: د. {to}، {dest}", "الزميل العزيز،", "أحيل إليكم: {patient}، تاريخ الميلاد {dob}، العنوان {address}، موبايل {phone}.",
           "سبب التحويل: {finding}.", "مع التحية،", "قسم جراحة الوجه والفكين، المستشفى العام"),
    "hi": ("प्रति: डॉ. {to}, {dest}", "आदरणीय सहकर्मी,", "कृपया इन्हें देखें: {patient}, जन्म तिथि {dob}, पता {address}, मोबाइल {phone}।",
           "रेफ़र करने का कारण: {finding}।", "सादर,", "दंत विभाग, ज़िला अस्पताल"),
    "th": ("ถึง: คุณหมอ{to} {dest}", "เรียน คุณหมอ", "ขอส่งตัวผู้ป่วย {patient} เกิด {dob} ที่อยู่ {address} โทร {phone}",
           "เหตุผลที่ส่งต่อ: {finding}", "ขอแสดงความนับถือ", "แผนกทันตกรรม โรงพยาบาลจังหวัด"),
    "zh": ("致：{to}医生，{dest}", "尊敬的同事：", "现转诊患者{patient}，出生日期{dob}，住址{address}，电话{phone}。",
           "转诊原因：{finding}。", "此致敬礼", "市人民医院口腔颌面外科"),
    "ja": ("宛先：{dest} {to}先生", "いつもお世話になっております。", "患者 {patient} 様（生年月日{dob}、住所{address}、電話{phone}）をご紹介いたします。",
           "紹介理由：{finding}。", "よろしくお願いいたします。", "市民病院 歯科口腔外科"),
    "ko": ("받는 분: {dest} {to} 선생님", "안녕하십니까.", "환자 {patient} (생년월일 {dob}, 주소 {address}, 연락처 {phone}) 를 의뢰드립니다.",
           "의뢰 사유: {finding}.", "감사합니다.", "도립병원 구강악안면외과"),
    "vi": ("Kính gửi: BS. {to}, {dest}", "Thưa đồng nghiệp,", "Tôi xin chuyển bệnh nhân {patient}, sinh {dob}, địa chỉ {address}, điện thoại {phone}.",
           "Lý do chuyển: {finding}.", "Trân trọng,", "khoa răng hàm mặt, bệnh viện tỉnh"),
}

# practice notices (clean)
NOTICE = {
    "en": "{practice} is closed on {date} for staff training. Recalls due that week move to {date2}. Emergencies: {sw}. Questions: {mail} or {site}.",
    "de": "{practice} bleibt am {date} wegen einer Fortbildung geschlossen. Recall-Termine dieser Woche verschieben sich auf {date2}. Notfälle: {sw}. Fragen: {mail} oder {site}.",
    "fr": "{practice} sera fermé le {date} pour formation. Les rappels de la semaine sont reportés au {date2}. Urgences : {sw}. Questions : {mail} ou {site}.",
    "es": "{practice} cerrará el {date} por formación del equipo. Las revisiones de esa semana pasan al {date2}. Urgencias: {sw}. Dudas: {mail} o {site}.",
    "it": "{practice} resterà chiuso il {date} per formazione. I richiami di quella settimana slittano al {date2}. Urgenze: {sw}. Domande: {mail} o {site}.",
    "nl": "{practice} is op {date} gesloten wegens scholing. Controles van die week schuiven door naar {date2}. Spoed: {sw}. Vragen: {mail} of {site}.",
    "pt": "{practice} estará fechada em {date} para treinamento. Os retornos daquela semana passam para {date2}. Urgências: {sw}. Dúvidas: {mail} ou {site}.",
    "pl": "{practice} będzie nieczynny {date} z powodu szkolenia. Wizyty kontrolne z tego tygodnia przechodzą na {date2}. Pilne sprawy: {sw}. Pytania: {mail} lub {site}.",
    "ru": "{practice}: {date} закрыто на обучение персонала. Профосмотры этой недели переносятся на {date2}. Срочно: {sw}. Вопросы: {mail} или {site}.",
    "el": "{practice}: κλειστά στις {date} λόγω εκπαίδευσης. Οι επανεξετάσεις της εβδομάδας μεταφέρονται στις {date2}. Επείγοντα: {sw}. Ερωτήσεις: {mail} ή {site}.",
    "tr": "{practice} {date} tarihinde eğitim nedeniyle kapalıdır. O haftanın kontrolleri {date2} tarihine alındı. Acil: {sw}. Sorular: {mail} veya {site}.",
    "he": "{practice} סגורה ב-{date} בשל השתלמות צוות. בדיקות התקופתיות של אותו שבוע נדחות ל-{date2}. חירום: {sw}. שאלות: {mail} או {site}.",
    "ar": "{practice} مغلقة يوم {date} بسبب تدريب الفريق. مواعيد المتابعة في ذلك الأسبوع تنتقل إلى {date2}. للطوارئ: {sw}. للاستفسار: {mail} أو {site}.",
    "hi": "{practice} {date} को स्टाफ़ प्रशिक्षण के कारण बंद रहेगा। उस सप्ताह की जाँचें {date2} पर होंगी। आपात स्थिति: {sw}। प्रश्न: {mail} या {site}।",
    "th": "{practice} ปิดทำการวันที่ {date} เพื่ออบรมเจ้าหน้าที่ นัดตรวจสัปดาห์นั้นเลื่อนเป็น {date2} ฉุกเฉินโทร {sw} สอบถาม {mail} หรือ {site}",
    "zh": "{practice}将于{date}因员工培训停诊，当周的复查顺延至{date2}。急诊请拨{sw}，咨询请发邮件至{mail}或访问{site}。",
    "ja": "{practice}は{date}、研修のため休診いたします。同じ週の定期検診は{date2}に変更となります。急患は{sw}、お問い合わせは{mail}または{site}へ。",
    "ko": "{practice}은 {date} 직원 교육으로 휴진합니다. 해당 주 정기 검진은 {date2}로 변경됩니다. 응급: {sw}, 문의: {mail} 또는 {site}.",
    "vi": "{practice} nghỉ ngày {date} để đào tạo nhân viên. Lịch tái khám tuần đó dời sang {date2}. Cấp cứu: {sw}. Thắc mắc: {mail} hoặc {site}.",
}

# receiving units of optical and physiotherapy referrals (look-alikes)
DEST_EYE = {"en": "Eye Clinic, District General Hospital", "de": "Augenklinik, Kreisklinikum", "fr": "service d'ophtalmologie, centre hospitalier",
            "es": "Servicio de Oftalmología, hospital comarcal", "it": "ambulatorio di oculistica, ospedale civile",
            "nl": "afdeling oogheelkunde, streekziekenhuis", "pt": "ambulatório de oftalmologia, hospital regional",
            "pl": "poradnia okulistyczna, szpital powiatowy", "ru": "офтальмологическое отделение, областная больница",
            "el": "οφθαλμολογική κλινική, γενικό νοσοκομείο", "tr": "göz hastalıkları bölümü, devlet hastanesi",
            "he": "מרפאת עיניים, בית החולים האזורי", "ar": "قسم الرمد، المستشفى العام", "hi": "नेत्र विभाग, ज़िला अस्पताल",
            "th": "แผนกจักษุ โรงพยาบาลจังหวัด", "zh": "市人民医院眼科", "ja": "市民病院 眼科", "ko": "도립병원 안과",
            "vi": "khoa mắt, bệnh viện tỉnh"}
DEST_ORTHO = {"en": "Orthopaedic Clinic, District General Hospital", "de": "Orthopädie, Kreisklinikum",
              "fr": "service d'orthopédie, centre hospitalier", "es": "Servicio de Traumatología, hospital comarcal",
              "it": "ambulatorio di ortopedia, ospedale civile", "nl": "afdeling orthopedie, streekziekenhuis",
              "pt": "ambulatório de ortopedia, hospital regional", "pl": "poradnia ortopedyczna, szpital powiatowy",
              "ru": "травматологическое отделение, областная больница", "el": "ορθοπαιδική κλινική, γενικό νοσοκομείο",
              "tr": "ortopedi bölümü, devlet hastanesi", "he": "מרפאה אורתופדית, בית החולים האזורי", "ar": "قسم العظام، المستشفى العام",
              "hi": "अस्थि रोग विभाग, ज़िला अस्पताल", "th": "แผนกออร์โธปิดิกส์ โรงพยาบาลจังหวัด", "zh": "市人民医院骨科",
              "ja": "市民病院 整形外科", "ko": "도립병원 정형외과", "vi": "khoa chấn thương chỉnh hình, bệnh viện tỉnh"}


# ====================================================== labelled templates
TEMPLATES = []      # (name, count, func, labelled)


def tpl(name, count, labelled=True):
    def deco(f):
        TEMPLATES.append((name, count, f, labelled))
        return f
    return deco


class Ctx:
    """One record's drawing state: its locale and the people drawn so far
    (no name word shared between two of them)."""

    def __init__(self, R, loc):
        self.R, self.loc, self.ps = R, loc, []
        self.lang = LANG[loc]
        self.fl = FL[loc]

    def person(self, **kw):
        p = make_person(self.R, self.loc, avoid=[q.words for q in self.ps], **kw)
        self.ps.append(p)
        return p


def P(p, sub="patient"):
    return L("person", p.full, sub=sub)


def G(p, sub="staff"):
    return L("person", p.given, sub=sub)


def ADDR(c):
    return L("address", address(c.R, c.loc), sub=c.loc)


def MAIL(c, p):
    return L("email", email_for(c.R, p), sub="personal")


def WMAIL(c, p):
    return L("email", work_email(c.R, p, INST[c.loc][3]), sub="work")


NEAR = {"US": "CA", "GB": "IE", "DE": "AT", "FR": "BE", "ES": "PT", "IT": "CH", "NL": "BE", "BR": "PT", "PL": "DE",
        "RU": "DE", "GR": "DE", "TR": "DE", "IL": "US", "EG": "SG", "IN": "SG", "TH": "SG", "CN": "HK", "JP": "US",
        "KR": "US", "VN": "AU"}


def MOB(c, intl=None, foreign_p=0.0):
    if c.R.random() < foreign_p:
        return phone(c.R, c.loc, foreign=NEAR[c.loc])
    return phone(c.R, c.loc, intl=intl)


def SW(loc):
    return N(INST[loc][5], "switchboard")


def PRACTICE(loc, kind):
    return N(inst(loc, kind), "practice")


def PADDR(loc):
    return N(INST[loc][4], "practice_address")


def SITE(loc):
    return N("www." + INST[loc][3], "website")


KINDS = ["dental", "optical", "physio"]
TITLE = {"dental": "Dentist", "optical": "Optometrist", "physio": "Physiotherapist"}


def field(c, k, val):
    return [c.fl[k] + ": ", val, "\n"]


@tpl("registration", 48)
def t_registration(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(KINDS)
    child = R.random() < 0.4
    pt = c.person(child=child)
    parts = ["NEW PATIENT REGISTRATION — ", PRACTICE(loc, kind), "\n", "Practice: ", PADDR(loc), " · Tel ", SW(loc), "\n\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    parts += field(c, F_ADDR, ADDR(c))
    if child:
        par = c.person(child=False)
        parts += field(c, F_PARENT, P(par, "guardian"))
        parts += [c.fl[F_MOB] + " (" + c.fl[F_PARENT] + "): ", MOB(c, foreign_p=0.15), "\n"]
        if R.random() < 0.7:
            parts += field(c, F_MAIL, MAIL(c, par))
    else:
        parts += field(c, F_MOB, MOB(c, foreign_p=0.15))
        if R.random() < 0.75:
            parts += field(c, F_MAIL, MAIL(c, pt))
    if R.random() < 0.15 and loc != "EG":
        parts += ["Passport (seen, patient resident abroad): ", gov_id(R, loc, pt, "passport"), "\n"]
    elif R.random() < 0.75:
        parts += field(c, F_ID, gov_id(R, loc, pt))
    parts += ["Patient no.: ", patient_no(R), "\n"]
    clin = c.person()
    parts += ["Preferred clinician: ", P(clin, "clinician"), " (", regno(R, loc, kind), ")\n"]
    parts += ["First appointment: ", appt(R, loc), " · Recall interval: 6 months\n"]
    parts += field(c, F_BY, G(c.person()))
    if R.random() < 0.5:
        parts += ["Note: ", naw(R, c.lang)]
    return "form", c.lang, wrap(R, c.lang, parts)


MEDS = ["warfarin 5 mg (INR 2.4 last week)", "alendronic acid 70 mg weekly", "metformin 500 mg bd", "amlodipine 5 mg od",
        "levothyroxine 75 mcg", "apixaban 5 mg bd", "none", "salbutamol inhaler prn"]
ALLERG = ["penicillin", "latex", "chlorhexidine", "none known", "ibuprofen", "articaine (reported, unconfirmed)"]


@tpl("medical_history", 36)
def t_medhist(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(["dental", "dental", "physio"])
    pt = c.person()
    parts = ["MEDICAL HISTORY QUESTIONNAIRE — ", PRACTICE(loc, kind), "\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    if R.random() < 0.4:
        parts += field(c, F_ID, gov_id(R, loc, pt))
    gp = c.person()
    parts += ["GP / family doctor: Dr ", P(gp, "clinician"), "\n"]
    parts += ["Current medication: ", R.choice(MEDS), "\nAllergies: ", R.choice(ALLERG), "\n"]
    parts += ["Bisphosphonates: ", R.choice(["Y", "N"]), " · Anticoagulants: ", R.choice(["Y", "N"]),
              " · Pacemaker: N · Pregnant: ", R.choice(["N", "N/A"]), "\n"]
    if R.random() < 0.7:
        ec = c.person()
        parts += ["Emergency contact: ", P(ec, "relative"), ", ", MOB(c), "\n"]
    parts += ["Last visit: ", appt(R, loc, "recall"), " · Smoker: ", R.choice(["no", "ex", "10/day"]), "\n"]
    rv = c.person()
    parts += ["Reviewed by: ", P(rv, "clinician"), ", ", regno(R, loc, kind), " on ", appt(R, loc), "\n"]
    if kind == "dental" and R.random() < 0.5:
        parts += ["Teeth: ", tooth(R, loc), " sensitive to cold, ", tooth(R, loc), " fractured cusp\n"]
    return "form", c.lang, wrap(R, c.lang, parts)


@tpl("treatment_plan", 40)
def t_plan(R, loc):
    c = Ctx(R, loc)
    pt = c.person()
    dent = c.person()
    parts = ["TREATMENT PLAN & FEE ESTIMATE — ", PRACTICE(loc, "dental"), "\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    parts += ["Patient no.: ", patient_no(R), "\n"]
    parts += ["Clinician: ", P(dent, "clinician"), " (", regno(R, loc), ")\n\n"]
    parts += ["1. ", tooth_line(R, loc), " composite — ", proc(R, loc), " — ", money(R, loc, 60, 220), "\n"]
    parts += ["2. ", tooth(R, loc), " crown, lab ", lab_job(R), " — ", proc(R, loc), " — ", money(R, loc, 300, 900), "\n"]
    parts += ["3. Hygiene x2 — ", proc(R, loc), " — ", money(R, loc, 40, 120), "\n"]
    parts += ["Total: ", money(R, loc, 500, 1400), " · valid until ", appt(R, loc, "recall"), "\n"]
    if R.random() < 0.6:
        parts += field(c, F_MAIL, MAIL(c, pt))
    if R.random() < 0.4:
        parts += ["Insurance member no.: ", member_no(R, loc), "\n"]
    if R.random() < 0.35:
        parts += ["Deposit ", money(R, loc, 20, 90), " taken on card ", card(R, loc), "\n"]
    parts += ["Prepared by: ", G(c.person()), "\n"]
    return "form", c.lang, wrap(R, c.lang, parts)


@tpl("recall_queue", 44)
def t_recall(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(KINDS)
    ki = KINDS.index(kind)
    msg, whats = RECALL[c.lang]
    parts = ["Recall / reminder queue — ", PRACTICE(loc, kind), " — batch ", N("%d" % R.randint(1000, 9999), "batch_number"), "\n\n"]
    for i in range(R.randint(2, 3)):
        pt = c.person()
        nm = P(pt) if c.lang in RECALL_FULLNAME else G(pt, "patient")
        parts += [MOB(c, intl=R.random() < 0.25), " · ", P(pt), " · ", dob(R, loc, pt.dob), "\n"]
        parts += [fill(msg, given=nm, name=nm, practice=PRACTICE(loc, kind), what=whats[ki], when=appt(R, loc), sw=SW(loc)), "\n\n"]
    parts += ["Sent by: ", G(c.person(female=True if loc == "TH" else None))]
    return "notice", c.lang, wrap(R, c.lang, parts)


@tpl("lens_prescription", 40)
def t_rx(R, loc):
    c = Ctx(R, loc)
    pt = c.person(child=R.random() < 0.2)
    cl = R.random() < 0.4
    parts = [("CONTACT LENS SPECIFICATION" if cl else "SPECTACLE PRESCRIPTION") + " — ", PRACTICE(loc, "optical"), "\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    if R.random() < 0.7:
        parts += field(c, F_ADDR, ADDR(c))
    parts += ["Rx: ", lens_rx(R), "\n", pd(R), " · VA ", acuity(R, loc), " / ", acuity(R, loc), "\n"]
    if cl:
        parts += ["Lenses: ", cl_params(R), " · ", frame_code(R), "\n"]
    else:
        parts += ["Frame: ", frame_code(R), " · ", frame_code(R), "\n"]
    opt = c.person()
    parts += ["Optometrist: ", P(opt, "clinician"), ", ", regno(R, loc, "optical"), "\n"]
    if R.random() < 0.2:
        parts += ["Paid by card: ", card(R, loc), " · ", money(R, loc, 80, 400), "\n"]
    parts += ["Dispensed by: ", G(c.person()), " · next test due ", appt(R, loc, "recall"), "\n"]
    if R.random() < 0.4:
        parts += ["Note: ", naw(R, c.lang)]
    return "form", c.lang, wrap(R, c.lang, parts)


@tpl("sight_test_claim", 36)
def t_sight(R, loc):
    c = Ctx(R, loc)
    child = R.random() < 0.3
    pt = c.person(child=child)
    parts = ["SIGHT TEST CLAIM — ", PRACTICE(loc, "optical"), " · contractor ", N("%d" % R.randint(100000, 999999), "contract_number"), "\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    parts += field(c, F_ADDR, ADDR(c))
    parts += field(c, F_ID, gov_id(R, loc, pt))
    if child:
        parts += ["Eligibility: under 16 — ", c.fl[F_PARENT], ": ", P(c.person(), "guardian"), "\n"]
    elif loc == "GB":
        partner = c.person()
        parts += ["Eligibility: income-related benefit, claimed by partner ", P(partner, "relative"), ", NI no. ",
                  gov_id(R, loc, partner, "nino"), "\n"]
    else:
        parts += ["Eligibility: ", R.choice(["diabetic", "glaucoma family history", "over 60", "low income"]), " · coverage no. ", member_no(R, loc), "\n"]
    parts += ["Evidence seen: yes · test date ", appt(R, loc), " · voucher ", N(R.choice(["A", "B", "C", "D"]), "voucher_band"), "\n"]
    parts += ["Optometrist: ", P(c.person(), "clinician"), ", ", regno(R, loc, "optical"), "\n"]
    parts += field(c, F_BY, G(c.person()))
    return "form", c.lang, wrap(R, c.lang, parts)


INSURER = {"US": "Buttonwood Mutual Dental", "GB": "Hearthstone Health Cash Plan", "DE": "BKK Brunnental", "FR": "Mutuelle des Tisserands",
           "ES": "Mutua Olivarera", "IT": "Cassa Mutua Artigiani", "NL": "Zorgverzekeraar De Dijk", "BR": "Plano Odonto Jequitibá",
           "PL": "Fundusz Zdrowie Plus", "RU": "«Забота-Мед» (ДМС)", "GR": "Ασφαλιστική Αρχιπέλαγος", "TR": "Çınar Sigorta",
           "IL": "קופת חולים מגן", "EG": "شركة الندى للتأمين الطبي", "IN": "स्वास्थ्य रक्षा बीमा", "TH": "ประกันสุขภาพรวงข้าว",
           "CN": "康宁商业保险", "JP": "わかくさ健康保険組合", "KR": "동백상호보험", "VN": "Bảo hiểm Trúc Xanh"}


@tpl("insurance_claim", 40)
def t_ins(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(KINDS)
    dep = R.random() < 0.4
    sub_p = c.person()
    parts = ["INSURANCE CLAIM — ", PRACTICE(loc, kind), "\nInsurer: ", N(INSURER[loc], "insurer"), " · member no. ", member_no(R, loc), "\n"]
    parts += ["Policyholder: ", P(sub_p, "policyholder"), " · ", c.fl[F_DOB], ": ", dob(R, loc, sub_p.dob), "\n"]
    if loc == "US" and R.random() < 0.5:
        parts += ["Subscriber SSN: ", gov_id(R, loc, sub_p), "\n"]
    elif loc != "US" and R.random() < 0.6:
        parts += field(c, F_ID, gov_id(R, loc, sub_p))
    if dep:
        pt = c.person(child=True)
        parts += ["Patient (dependant): ", P(pt), " · ", c.fl[F_DOB], ": ", dob(R, loc, pt.dob), "\n"]
    parts += field(c, F_ADDR, ADDR(c))
    parts += ["Service: ", appt(R, loc), " · ", proc(R, loc, kind), " ", (tooth(R, loc) if kind == "dental" else "(1 session)"), " · ", money(R, loc), "\n"]
    parts += ["Treating clinician: ", P(c.person(), "clinician"), " (", regno(R, loc, kind), ")\n"]
    if loc in IBAN_LOCS and R.random() < 0.6:
        parts += ["Reimburse to policyholder IBAN: ", iban(R, loc), "\n"]
    parts += ["Submitted by: ", G(c.person()), " · claim ref ", N("CLM-%06d" % R.randint(1, 999999), "claim_number"), "\n"]
    return "form", c.lang, wrap(R, c.lang, parts)


def finding(R, loc, kind):
    if kind == "optical":
        return [lens_rx(R), ", VA ", acuity(R, loc)]
    if kind == "physio":
        return [N(R.choice(["L4/5", "C5/6", "ACL", "rotator cuff"]), "anatomy"), " ", N("ROM %d°" % R.randint(40, 140), "measurement")]
    return [tooth(R, loc), " ", N(R.choice(["8 mm overjet", "impacted", "Class II div 1", "periapical lesion", "crossbite"]), "finding"), " — ", proc(R, loc, kind)]


@tpl("referral_letter", 40)
def t_referral(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(["dental", "dental", "optical", "physio"])
    to_line, greet, body, reason, closing, dest = REFERRAL[c.lang]
    pt = c.person(child=R.random() < 0.3)
    to = c.person()
    sender = c.person()
    parts = [PRACTICE(loc, kind), " · ", PADDR(loc), " · ", SW(loc), "\n\n"]
    dest = {"dental": dest, "optical": DEST_EYE[c.lang], "physio": DEST_ORTHO[c.lang]}[kind]
    parts += [fill(to_line, to=P(to, "clinician"), dest=N(dest, "institution")), "\n\n", greet, "\n\n"]
    parts += [fill(body, patient=P(pt), dob=dob(R, loc, pt.dob), address=ADDR(c), phone=MOB(c, foreign_p=0.1)), "\n"]
    parts += [fill(reason, finding=finding(R, loc, kind)), "\n\n", closing, "\n", P(sender, "clinician"), ", ", regno(R, loc, kind)]
    if R.random() < 0.5:
        parts += ["\n", WMAIL(c, sender)]
    else:
        parts += ["\n", role(loc, "referrals")]
    return "letter", c.lang, wrap(R, c.lang, parts)


@tpl("physio_notes", 40)
def t_physio(R, loc):
    c = Ctx(R, loc)
    pt = c.person()
    disch = R.random() < 0.5
    parts = ["PHYSIOTHERAPY " + ("DISCHARGE SUMMARY" if disch else "INITIAL ASSESSMENT") + " — ", PRACTICE(loc, "physio"), "\n"]
    parts += field(c, F_NAME, P(pt))
    parts += field(c, F_DOB, dob(R, loc, pt.dob))
    parts += field(c, F_MOB, MOB(c, foreign_p=0.1))
    if R.random() < 0.4:
        parts += field(c, F_ADDR, ADDR(c))
    if R.random() < 0.3:
        parts += field(c, F_ID, gov_id(R, loc, pt))
    parts += ["Referred by: Dr ", P(c.person(), "clinician"), "\n"]
    parts += ["S: ", R.choice(["R knee pain after fall, worse on stairs", "low back pain radiating to L leg", "stiff L shoulder since March", "neck pain, desk worker"]), "\n"]
    parts += ["O: ", N("ROM %d°" % R.randint(40, 140), "measurement"), ", ", N(R.choice(["SLR 60°", "Oxford score 31/48", "NPRS 6/10", "grip 22 kg"]), "measurement"), "\n"]
    parts += ["A: ", N(R.choice(["L4/5", "C5/6", "ACL", "rotator cuff"]), "anatomy"), " ", R.choice(["mechanical", "post-op", "tendinopathy"]), "\n"]
    parts += ["P: ", ("discharged with HEP" if disch else "6 sessions, HEP"), " · codes ", proc(R, loc, "physio"), " · next ", appt(R, loc), "\n"]
    th = c.person()
    parts += ["Therapist: ", P(th, "clinician"), " (", regno(R, loc, "physio"), ")"]
    if R.random() < 0.4:
        parts += [" · ", WMAIL(c, th)]
    parts += ["\n"]
    if R.random() < 0.3:
        parts += ["Lives with: ", P(c.person(), "relative"), "\n"]
    return "notes", c.lang, wrap(R, c.lang, parts)


@tpl("lab_ticket", 36)
def t_lab(R, loc):
    c = Ctx(R, loc)
    pt = c.person()
    dent = c.person()
    parts = ["DENTAL LAB WORK TICKET ", lab_job(R), "\nFrom: ", PRACTICE(loc, "dental"), " · ", SW(loc), " · ", role(loc, "lab"), "\n"]
    parts += ["Dentist: ", P(dent, "clinician"), " ", regno(R, loc), "\n"]
    parts += ["Patient: ", P(pt)]
    if R.random() < 0.6:
        parts += [" · ", c.fl[F_DOB], ": ", dob(R, loc, pt.dob)]
    parts += ["\nWork: ", R.choice(["zirconia crown", "PFM bridge", "night guard", "Essix retainer", "partial denture, acrylic"]), " ",
              tooth(R, loc), "-", tooth(R, loc), " · shade ", N(R.choice(["A2", "A3", "B1", "A3.5", "BL2"]), "shade"), "\n"]
    parts += ["Impression: ", serial(R), " scan · return by ", appt(R, loc), "\n"]
    parts += ["Technician: ", G(c.person()), "\n"]
    return "label", "en", wrap(R, "en", parts)


@tpl("payment_plan", 40)
def t_payment(R, loc):
    c = Ctx(R, loc)
    kind = R.choice(["dental", "dental", "optical", "physio"])
    holder = c.person()
    parts = ["PAYMENT PLAN" + (" / DIRECT DEBIT MANDATE" if loc in IBAN_LOCS else "") + " — ", PRACTICE(loc, kind), "\n"]
    parts += ["Account holder: ", P(holder, "account_holder"), "\n"]
    parts += field(c, F_ADDR, ADDR(c))
    parts += field(c, F_MAIL, MAIL(c, holder))
    if R.random() < 0.3:
        parts += field(c, F_ID, gov_id(R, loc, holder))
    if loc in IBAN_LOCS:
        parts += ["IBAN: ", iban(R, loc), "\nMandate ref: ", N("MND-%s-%05d" % (loc, R.randint(1, 99999)), "mandate_reference"), "\n"]
    else:
        parts += ["Card on file: ", card(R, loc), " · exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    parts += ["Plan: 12 × ", money(R, loc, 30, 160), " from ", appt(R, loc, "recall"), "\n"]
    if R.random() < 0.5:
        parts += ["Covers: ", P(c.person(child=True)), " (", proc(R, loc, kind), ")\n"]
    parts += ["Taken by: ", G(c.person()), "\n"]
    return "form", c.lang, wrap(R, c.lang, parts)


@tpl("patient_chat", 48)
def t_chat(R, loc):
    c = Ctx(R, loc)
    fem = True if loc == "TH" else None      # the Thai lines end in the female particle
    pt = c.person(female=fem)
    ag = c.person(female=fem)
    p1, a1, a2, p3, p3m, a3 = CHAT[c.lang]
    h, m = R.randint(8, 17), R.randint(0, 40)
    ts = lambda k: "[%02d:%02d] " % (h, m + k)
    pg, ag_ = G(pt, "patient"), G(ag, "staff")
    kind = R.choice(KINDS)
    parts = [ts(0), pg, ": ", fill(p1, date=appt(R, loc, "recall")), "\n",
             ts(1), ag_, ": ", a1, "\n",
             ts(2), G(pt, "patient"), ": ", P(pt), ", ", dob(R, loc, pt.dob), "\n",
             ts(3), G(ag, "staff"), ": ", a2, "\n"]
    if R.random() < 0.5:
        parts += [ts(5), G(pt, "patient"), ": ", fill(p3, card=card(R, loc), email=MAIL(c, pt)), "\n"]
    else:
        parts += [ts(5), G(pt, "patient"), ": ", fill(p3m, masked=N("%04d" % R.randint(0, 9999), "masked_card"), email=MAIL(c, pt)), "\n"]
    parts += [ts(7), G(ag, "staff"), ": ", fill(a3, agent=P(ag, "staff"), practice=PRACTICE(loc, kind))]
    return "chat_export", c.lang, wrap(R, c.lang, parts)


@tpl("complaint_letter", 36)
def t_complaint(R, loc):
    c = Ctx(R, loc)
    sal, body, childl, contact, closing = COMPLAINT[c.lang]
    au = c.person(female={"TH": True, "IN": False}.get(loc))     # ดิฉัน / चाहता हूँ
    kind = R.choice(KINDS)
    parts = ["To: ", PRACTICE(loc, kind), ", ", PADDR(loc), "\n\n", sal, "\n\n",
             fill(body, date=appt(R, loc, "recall"), fee=money(R, loc)), "\n"]
    if R.random() < 0.5:
        parts += [fill(childl, child=P(c.person(child=True))), "\n"]
    parts += [fill(contact, phone=MOB(c, foreign_p=0.1), email=MAIL(c, au)), "\n"]
    if loc in IBAN_LOCS and R.random() < 0.3:
        parts += ["IBAN: ", iban(R, loc), "\n"]
    parts += ["\n", closing, "\n", P(au, "complainant"), "\n", ADDR(c)]
    return "letter", c.lang, wrap(R, c.lang, parts)


@tpl("pms_export", 40)
def t_export(R, loc):
    c = Ctx(R, loc)
    n = R.randint(2, 3)
    rows = []
    for _ in range(n):
        pt = c.person()
        rows.append((pt, phone(R, loc, intl=True), MAIL(c, pt), ip_pub(R, v6=R.random() < 0.2, sub="portal_login")))
    if R.random() < 0.5:
        parts = ["[\n"]
        for i, (pt, ph, em, ip) in enumerate(rows):
            parts += ['  {"patient_id": "', patient_no(R), '", "name": "', P(pt), '", "dob": "', dob(R, loc, pt.dob, iso=True),
                      '", "mobile": "', ph, '", "email": "', em, '", "recall_due": "', appt(R, loc, "recall"),
                      '", "last_portal_ip": "', ip, '"}', ",\n" if i < n - 1 else "\n"]
        parts += ["]"]
        form = "json"
    else:
        parts = ["patient_id,name,dob,mobile,email,recall_due,last_portal_ip\n"]
        for pt, ph, em, ip in rows:
            parts += [patient_no(R), ",", P(pt), ",", dob(R, loc, pt.dob, iso=True), ",", ph, ",", em, ",",
                      appt(R, loc, "recall"), ",", ip, "\n"]
        form = "csv"
    head = ["Export from ", PRACTICE(loc, R.choice(KINDS)), " PMS (", N("v%d.%d.%d" % (R.randint(3, 9), R.randint(0, 20), R.randint(0, 9)), "version"), "):\n"]
    return form, "en", wrap(R, "en", head + parts, R.choice([0, 3, 4]))


@tpl("system_env", 36)
def t_env(R, loc):
    c = Ctx(R, loc)
    ow = c.person()
    dom = INST[loc][3]
    svc = R.choice(["recall-sms-gateway", "imaging-bridge", "online-booking", "lab-portal-sync"])
    parts = ["# ", svc, " for ", PRACTICE(loc, R.choice(KINDS)), "\n# owner: ", G(ow), " (", WMAIL(c, ow), "), escalate to ", role(loc, "it-support"), "\n"]
    parts += ["PMS_BASE_URL=https://pms.", N(dom, "domain"), "/api/v2\n"]
    parts += ["PMS_API_KEY=", secret(R, "hex32"), "\n"]
    parts += ["IMAGING_JWT=", secret(R, "jwt"), "\n"]
    parts += ["DB_HOST=", lan_ip(R), "\nDB_USER=pms_app\nDB_PASSWORD=", secret(R, "password"), "\n"]
    if R.random() < 0.6:
        parts += ["STRIPE_SECRET_KEY=", secret(R, "stripe"), "\n"]
        parts += ["STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd_alnum(R, 24), "publishable_key"), "\n"]
    if R.random() < 0.4:
        parts += ["SLACK_WEBHOOK_URL=", secret(R, "slack_webhook"), "\n"]
    parts += ["ADMIN_ALLOWLIST=", ip_pub(R, v6=R.random() < 0.2, sub="allowlist"), ",", doc_ip(R), "\n"]
    parts += ["# sandbox card for booking tests: ", test_card(R), "\n"]
    parts += ["XRAY_SENSOR=", serial(R), "\n"]
    return "config", "en", wrap(R, "en", parts, R.choice([0, 4]))


def rnd_alnum(R, n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


# ========================================================= clean templates
@tpl("charting_worksheet", 40, labelled=False)
def c_chart(R, loc):
    parts = ["Charting worksheet — surgery ", N(str(R.randint(1, 6)), "room"), " (training copy, no patient details)\n"]
    parts += ["BPE: ", N("%d %d %d / %d %s %d" % tuple(R.choice([0, 1, 2, 3, 4]) if i != 4 else R.choice(["*", "2", "3"]) for i in range(6)), "bpe"), "\n"]
    parts += ["Pocket depths ", tooth(R, loc), ": ", N("%d %d %d" % (R.randint(2, 6), R.randint(2, 6), R.randint(2, 6)), "measurement"), " · ",
              tooth(R, loc), ": ", N("%d %d %d" % (R.randint(2, 6), R.randint(2, 6), R.randint(2, 6)), "measurement"), "\n"]
    parts += ["Planned: ", tooth_line(R, loc), " composite (", proc(R, loc), "); ", tooth(R, loc), " extraction; ", tooth(R, loc), " fissure sealant\n"]
    parts += ["Lab: ", lab_job(R), ", shade ", N(R.choice(["A1", "A2", "B2", "C1"]), "shade"), ", return ", appt(R, loc), "\n"]
    parts += ["Optical template: ", lens_rx(R), " · ", pd(R), " · ", cl_params(R), "\n"]
    parts += ["Reminder: ", naw(R, "en")]
    return "notes", "en", wrap(R, "en", parts, R.choice([0, 1, 3]))


@tpl("practice_notice", 40, labelled=False)
def c_notice(R, loc):
    lang = LANG[loc]
    kind = R.choice(KINDS)
    parts = [fill(NOTICE[lang], practice=PRACTICE(loc, kind), date=appt(R, loc, "recall"), date2=appt(R, loc, "recall"), sw=SW(loc),
                  mail=role(loc, R.choice(["reception", "recalls", "info"])), site=SITE(loc))]
    parts += ["\n", PADDR(loc)]
    if R.random() < 0.6:
        parts += ["\n", naw(R, lang)]
    return "notice", lang, wrap(R, lang, parts, R.choice([1, 2]))


@tpl("equipment_log", 40, labelled=False)
def c_equip(R, loc):
    parts = ["%s autoclave " % ("2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))), serial(R), " cycle ", N("%04d" % R.randint(1, 9999), "cycle_number"),
             " 134°C 3.5 min PASS\n"]
    parts += ["OCT ", serial(R), " firmware ", N("%d.%d.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 30)), "version"), " host ", lan_ip(R), "\n"]
    parts += ["DICOM push to ", doc_ip(R), ":104 failed (timeout), retried via ", lan_ip(R), "\n"]
    parts += ["X-ray sensor ", serial(R), " calibrated ", appt(R, loc), "\n"]
    parts += ["PMS server ", lan_ip(R), ":5432 backup OK, ", N("%d.%d GB" % (R.randint(2, 90), R.randint(0, 9)), "size"), "\n"]
    parts += ["Site: ", PRACTICE(loc, R.choice(KINDS)), "; alerts to ", role(loc, "it-support")]
    return "log", "en", wrap(R, "en", parts, R.choice([0, 1]))


@tpl("fee_schedule", 40, labelled=False)
def c_fees(R, loc):
    lang = LANG[loc]
    kind = R.choice(KINDS)
    parts = ["Fee schedule 2026 — ", PRACTICE(loc, kind), "\n"]
    items = {"dental": ["Examination", "Scale & polish", "Composite filling", "Crown", "Night guard"],
             "optical": ["Eye test", "Contact lens fitting", "Single vision lenses", "Varifocals", "Frame repair"],
             "physio": ["Initial assessment", "Follow-up 30 min", "Sports massage", "Shockwave session", "Home visit"]}[kind]
    for it in R.sample(items, 4):
        parts += [it, " — ", proc(R, loc, kind), " — ", money(R, loc), "\n"]
    parts += ["Switchboard ", SW(loc), " · ", SITE(loc), " · ", role(loc, "accounts"), "\n", PADDR(loc)]
    return "list", lang, wrap(R, lang, parts, R.choice([1, 2]))


def luhn_fail(R):
    v = luhn_complete("4" + dg(R, 14))
    return v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)


@tpl("pms_uat_notes", 40, labelled=False)
def c_uat(R, loc):
    parts = ["UAT notes — online booking for ", PRACTICE(loc, R.choice(KINDS)), "\n"]
    parts += ["- test cards ", test_card(R), " and ", test_card(R), " pass; ", N(group(luhn_fail(R)), "luhn_fail"), " correctly rejected\n"]
    parts += ["- receipt shows ", masked(R), " only\n"]
    parts += ["- test patient: ", N("test.patient@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder_phone"), "\n"]
    parts += ["- keys: ", N(R.choice(["<pms-api-key>", "${PMS_API_KEY}", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), " in staging\n"]
    parts += ["- webhook from ", doc_ip(R), " to ", lan_ip(R), "\n"]
    parts += ["- slot ", appt(R, loc), " double-booked, fixed in ", N("v%d.%d" % (R.randint(2, 9), R.randint(0, 30)), "version"), "\n"]
    parts += ["- ", naw(R, "en")]
    return "notes", "en", wrap(R, "en", parts, R.choice([0, 3]))


# ================================================================== rules
NAME_WORDS = {w for w in name_words() if len(w) >= 2 and w not in EXEMPT_WORDS}


def _is_latin(w):
    return all("LATIN" in unicodedata.name(ch, "") for ch in w if ch.isalpha())


LATIN_RE = re.compile(r"(?<!\w)(" + "|".join(sorted((re.escape(w) for w in NAME_WORDS if _is_latin(w)), key=len, reverse=True)) + r")(?!\w)")
OTHER_WORDS = sorted(w for w in NAME_WORDS if not _is_latin(w))
INST_DOMAINS = {v[3] for v in INST.values()}
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", re.ASCII)
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
GROUPS_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")


def outside(rec):
    t = rec["text"]
    out, last = [], 0
    for sp in rec["spans"]:
        out.append(t[last:sp["start"]])
        out.append("\x00")
        last = sp["end"]
    out.append(t[last:])
    return "".join(out)


def label_ok(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id":
        return GOV_OK[sp["sub"]](v)
    if ty == "iban":
        c = v.replace(" ", "").replace("\u00a0", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN.get(c[:2])
    if ty == "card":
        d = re.sub(r"\D", "", v)
        return 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARD_DIGITS
    if ty == "email":
        m = re.fullmatch(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", v)
        return bool(m) and not re.match(r"example\.", m.group(1)) and ".example" not in m.group(1)
    if ty == "ip":
        return ip_global(v)
    return True


def luhn_runs(o):
    for m in GROUPS_RE.finditer(o):
        toks = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(toks)):
            s = ""
            for j in range(i, len(toks)):
                s += toks[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARD_DIGITS:
                    return s
    return None


def iban_outside(o):
    for m in IBAN_RE.finditer(o):
        c = m.group(0).replace(" ", "").replace("\u00a0", "")
        n = IBAN_LEN.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            return c[:n]
    return None


def name_outside(o):
    m = LATIN_RE.search(o)
    if m:
        return m.group(1)
    for w in OTHER_WORDS:
        if w in o:
            return w
    return None


def problems(rec, labelled):
    """The rules a record breaks (empty when it passes), except pv and
    repeats, which are checked over the whole draw."""
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record")
    for sp in rec["spans"]:
        if not label_ok(sp):
            out.append("bad %s %s" % (sp["type"], sp["value"]))
    o = outside(rec)
    for m in EMAIL_RE.finditer(o):
        d = m.group(1)
        if d not in INST_DOMAINS and not d.startswith("example."):
            out.append("email outside " + m.group(0))
    for m in IPV4_RE.finditer(o):
        if ip_global(m.group(1)):
            out.append("ip outside " + m.group(1))
    for m in IPV6_RE.finditer(o):
        if ip_global(m.group(1)):
            out.append("ip outside " + m.group(1))
    r = luhn_runs(o)
    if r:
        out.append("luhn outside " + r)
    r = iban_outside(o)
    if r:
        out.append("iban outside " + r)
    r = name_outside(o)
    if r:
        out.append("name outside " + r)
    if not 120 <= len(rec["text"]) <= 2500:
        out.append("length %d" % len(rec["text"]))
    if labelled and not rec["spans"]:
        out.append("no labels")
    if not labelled and rec["spans"]:
        out.append("clean with labels")
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ============================================================== generation
def candidates():
    """Every candidate of every template, in template order, with the rules
    it breaks (pv and repeats apart)."""
    out = []
    for ti, (name, count, f, labelled) in enumerate(TEMPLATES):
        shift = 5 * ti
        for i in range(3 * count + 6):
            loc = LOCALES[(i + shift) % len(LOCALES)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = f(R, loc)
            rec = build("x", form, lang, parts)
            rec["_t"], rec["_loc"] = name, loc
            out.append((name, count, labelled, rec, problems(rec, labelled)))
    return out


def generate(report=None):
    cands = candidates()
    items = sorted({ph for _, _, _, rec, _ in cands for ph in phones_of(rec)})
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("pv helper /tmp/pv/pv missing")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept, seen, taken = [], set(), Counter()
    for name, count, labelled, rec, probs in cands:
        probs = list(probs)
        if any(ph in badset for ph in phones_of(rec)):
            probs.append("pv")
        if rec["text"] in seen:
            probs.append("repeat")
        if taken[name] >= count:
            continue
        if probs:
            if report is not None:
                report.append((name, rec["_loc"], probs))
            continue
        seen.add(rec["text"])
        taken[name] += 1
        kept.append(rec)
    for name, count, f, labelled in TEMPLATES:
        assert taken[name] == count, (name, taken[name], count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for i, rec in enumerate(kept):
        r = {"id": "%s%05d" % (PREFIX, i), "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r["neg"] = rec["neg"]
        recs.append(r)
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check_file():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    assert len(recs) == 800, len(recs)
    lab = sum(1 for r in recs if r["spans"])
    if (lab, len(recs) - lab) != (600, 200):
        errs.append("split %d/%d" % (lab, len(recs) - lab))
    texts = Counter(r["text"] for r in recs)
    if any(v > 1 for v in texts.values()):
        errs.append("repeated text")
    items = []
    for r in recs:
        for p in problems(r, bool(r["spans"])):
            errs.append("%s: %s" % (r["id"], p))
        items += phones_of(r)
    bad = pv_check(items)
    if bad is None:
        errs.append("pv helper missing")
    else:
        errs += bad
    if dump(generate()) != data:
        errs.append("regenerating does not give the file byte for byte")
    return recs, items, errs


def stats(recs):
    t = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, labelled %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if r["spans"]),
                                                            sum(1 for r in recs if not r["spans"]), sum(t.values())))
    print("types:", ", ".join("%s %d" % kv for kv in t.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    for ty in ("gov_id", "card", "iban", "secret", "ip", "email", "phone", "person"):
        print("%s subs:" % ty, ", ".join("%s %d" % kv for kv in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    print("phone regions:", ", ".join("%s %d" % kv for kv in Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("phones with plan:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp),
          "+CC:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and sp["value"].startswith("+")))
    print("distinct persons:", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    ls = sorted(len(r["text"]) for r in recs)
    print("lengths: %d-%d, median %d" % (ls[0], ls[-1], ls[len(ls) // 2]))
    print("neg tags (%d):" % len({n for r in recs for n in r.get("neg", [])}),
          ", ".join("%s %d" % kv for kv in Counter(n for r in recs for n in r.get("neg", [])).most_common()))


def main():
    args = sys.argv[1:]
    if "--check" in args:
        recs, items, errs = check_file()
        for e in errs[:50]:
            print("ERROR", e)
        print("%d records (%d labelled, %d clean), %d labels, %d phones checked with pv: %s" % (
            len(recs), sum(1 for r in recs if r["spans"]), sum(1 for r in recs if not r["spans"]),
            sum(len(r["spans"]) for r in recs), len(items), "OK" if not errs else "%d problems" % len(errs)))
        sys.exit(1 if errs else 0)
    if "--stats" in args:
        with open(OUT, encoding="utf-8") as f:
            recs = [json.loads(ln) for ln in f]
        stats(recs)
        return
    report = [] if "--dropped" in args else None
    recs = generate(report)
    for r in recs:
        check_record(r)
    write_jsonl(OUT, recs)
    if report is not None:
        for x in report:
            print("DROP", x)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
