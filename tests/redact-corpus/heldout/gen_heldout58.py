#!/usr/bin/python3
"""Held-out part 58 of the redaction corpus (heldout58.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 57 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 28's decisions on
case numbers, parties, lawyers and collar numbers, part 39's on witnesses,
victims, officers named by number and staff numbers (with part 23's rule
on next of kin), the PIN and access-code decisions of parts 25, 27 and 32,
and part 30's student/staff-number rule), lines 1-100 of gen_heldout33.py (header and
imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run only through `pv_check`);
not the redactor, its docs, its tests, the other generators' bodies or any
.jsonl data file other than its own output. It ran no project binary, no
make, no cmake/ctest and no git command, and it did not score this file.
Started 05:02:17 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: PRISONS AND PROBATION, FROM THE STAFF SIDE. What reception and
custody officers, visits-booking staff, offender managers and probation
officers, approved-premises and resettlement workers, victim-liaison
officers, electronic-monitoring installers, prison healthcare and
chaplaincy teams and the services' IT support paste into an assistant,
from 20 countries in 19 languages: reception forms, visit bookings with
the visitor's ID check, PIN phone-contact lists, property and cash records
with a family transfer, legal-visit bookings, licence letters, supervision
notes, hostel referrals, victim-contact letters, tag install sheets,
community-payback rotas (CSV), pre-sentence report extracts, use-of-force
reports with witnesses, family chats, offender-management exports (JSON)
and `.env` files. Hard negatives of the theme everywhere: prison, case and
court numbers, cell locations, wings named after people, establishment
codes, sentence lengths and licence dates, statute sections, tag serials,
collar numbers, the establishments' own addresses, switchboards,
helplines, websites and role mailboxes, private and documentation IPs,
test cards, amounts and name-as-word sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
580613, shuffle seed 580614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout58.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout58.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout58.py --stats   # counts
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
                       dni_random, DNI_LETTERS, nie_random, nie_ok, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, PLANS, secret_random, rnd)

SEED = 580613
SHUFFLE_SEED = 580614
OUT = os.path.join(HERE, "heldout58.jsonl")
PREFIX = "heldout-bf-"


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
# Written for this part (corpuslib has SSN, NINO, Steuer-ID, NIR, DNI/NIE,
# codice fiscale, BSN, Aadhaar and CPF).

def pesel_make(R, d, female):
    yy, mm = d.year % 100, d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (yy, mm, d.day, R.randint(0, 999),
                                   R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    if (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 != int(s[10]):
        return False
    mm = int(s[2:4]) % 20
    return 1 <= mm <= 12 and 1 <= int(s[4:6]) <= 31


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t > 101:
        t %= 101
    return "00" if t in (100, 101) else "%02d" % t


def snils_make(R):
    while True:
        d9 = "%09d" % R.randint(2000000, 999999999)
        if not re.search(r"(\d)\1\1", d9):
            return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and int(d[:9]) > 1001998 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    return luhn_complete("%02d%02d%02d%04d" % (d.day, d.month, d.year % 100, R.randint(0, 9999)))


def amka_ok(s):
    if not re.fullmatch(r"\d{11}", s) or not luhn_ok(s):
        return False
    try:
        datetime.date(2000, int(s[2:4]), int(s[:2]))
    except ValueError:
        return False
    return True


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = [int(c) for c in s]
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and \
        d[10] == sum(d[:10]) % 10


def tz_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def tz_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and luhn_ok(s)


def thai_id_make(R):
    b = str(R.choice([1, 1, 3, 5])) + "".join(R.choice(string.digits) for _ in range(11))
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    s = b + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def thai_id_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"\d{13}", d):
        return False
    return (11 - sum(int(x) * (13 - i) for i, x in enumerate(d[:12])) % 11) % 10 == int(d[12])


CN_AREAS = ["340321", "410823", "430381", "510922", "360424", "130529"]


def cn_id_check(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(b17, w)) % 11]


def cn_id_make(R, d, female):
    seq = R.randint(0, 99) * 10 + R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    b = R.choice(CN_AREAS) + d.strftime("%Y%m%d") + "%03d" % seq
    return b + cn_id_check(b)


def cn_id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return cn_id_check(s[:17]) == s[17]


VN_PROV = ["001", "031", "036", "040", "046", "079", "092", "052"]


def cccd_make(R, d, female):
    cs = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return R.choice(VN_PROV) + str(cs) + "%02d" % (d.year % 100) + "%06d" % R.randint(0, 999999)


def cccd_ok(s):
    return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in VN_PROV and s[3] in "0123"


def passport_make(R, cc):
    if cc in ("US", "GB"):
        return str(R.randint(1, 9)) + "%08d" % R.randint(0, 99999999)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVZ") + str(R.randint(1, 9)) + "%06d" % R.randint(0, 999999)
    if cc == "CN":
        return "E" + "%08d" % R.randint(10000000, 99999999)
    if cc == "KR":
        return R.choice("MS") + "%08d" % R.randint(10000000, 99999999)
    if cc == "EG":
        return R.choice("AT") + "%08d" % R.randint(10000000, 99999999)
    return "".join(R.choice("CFGHJKLMNPRTVWXYZ") for _ in range(2)) + "%07d" % R.randint(0, 9999999)


PASSPORT_RE = {"US": r"\d{9}", "GB": r"\d{9}", "IN": r"[A-Z]\d{7}", "CN": r"E\d{8}",
               "KR": r"[MS]\d{8}", "EG": r"[AT]\d{8}"}


def passport_ok(s, cc):
    return bool(re.fullmatch(PASSPORT_RE.get(cc, r"[A-Z]{2}\d{7}"), s))


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def dni_ok(s):
    d = s.replace(".", "").replace("-", "")
    return bool(re.fullmatch(r"\d{8}[A-Z]", d)) and DNI_LETTERS[int(d[:8]) % 23] == d[8]


# ====================================================================== names
# "native|roman" where the script is not Latin (roman used for e-mail local
# parts only). Female family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Leland Orrin Rufus Emmett Harlan Delbert",
           "Glenda Darlene Velma Verna Earline Maxine",
           "Purcell Swafford Tillery Swinford Rountree Spurlock Ledford Tankersley"),
    "GB": ("Cedric Lachlan Digby Ambrose Auberon Osric",
           "Marguerite Henrietta Ottoline Perpetua Theodora Wilhelmina",
           "Chillingworth Sidebottom Leadbetter Horrocks Threlfall Dransfield Rawsthorne"),
    "DE": ("Gottfried Ruprecht Adalbert Hartmut Volkmar Eberhard",
           "Ottilie Friederike Luitgard Hildegunde Gudrun Ortrud",
           "Stockhammer Wenzlaff Kirchgässner Brunnhuber Zwirnmann Eisenlohr Pfisterer Hollerbach"),
    "FR": ("Anatole Barthélemy Eustache Gonzague Aurélien Séverin",
           "Bérangère Ghislaine Maëlys Capucine Eugénie Victorine",
           "Lespinasse Carbonnel Dufrêne Vauquelin Bazinet Cordelier Rouquette Lagarrigue"),
    "ES": ("Eleuterio Anselmo Fulgencio Baltasar Isidoro Evaristo",
           "Maripaz Araceli Eusebia Florentina Leocadia Nicasia",
           "Arruabarrena Aranguren Villalustre Valdeolmillos Mondragón Escobedo Barrachina Losada Zubiaurre Torrecilla Carrascosa Garcinuño Valdelomar"),
    "IT": ("Ottorino Guglielmo Rodolfo Aurelio Tancredi Emiliano",
           "Ornella Fiammetta Loredana Gelsomina Ombretta Marcella",
           "Bertagnolli Capuzzo Girardello Tonolli Zanardelli Castellucci Pettenuzzo Bonfiglioli"),
    "NL": ("Gijsbert Hendrikus Wubbo Ysbrand Meindert Reinier",
           "Geertruida Hiske Wilhelmien Jozefien Maaike Femke",
           "Koopmanschap Bruinsma Terpstra Hoogeveen Scheepmaker Dijkgraaf Tuinstra"),
    "PL": ("Bogumił Przemysław Zdzisław Wiesław Radosław Czesław",
           "Bożena Jadwiga Grażyna Wiesława Halina Danuta",
           "Jastrzębski/Jastrzębska Szczepaniak Kołodziejczyk Pietrzyk Bartoszewski/Bartoszewska "
           "Zaremba Chmielewski/Chmielewska Grabowiecki/Grabowiecka"),
    "RU": ("Евстафий|Yevstafiy Ермолай|Yermolai Мирон|Miron Тимофей|Timofei Савелий|Saveliy Всеволод|Vsevolod",
           "Агафья|Agafya Ефросинья|Yefrosinya Варвара|Varvara Евдокия|Yevdokiya Пелагея|Pelageya Серафима|Serafima",
           "Кудрявцев/Кудрявцева|Kudryavtsev Шапошников/Шапошникова|Shaposhnikov "
           "Овчинников/Овчинникова|Ovchinnikov Кормильцев/Кормильцева|Kormiltsev "
           "Селиверстов/Селиверстова|Seliverstov Мухин/Мухина|Mukhin Буслаев/Буслаева|Buslaev"),
    "GR": ("Χαράλαμπος|Charalampos Παντελής|Pantelis Σπυρίδων|Spyridon Ευάγγελος|Evangelos "
           "Θρασύβουλος|Thrasyvoulos Αριστείδης|Aristeidis",
           "Ευανθία|Evanthia Καλλιόπη|Kalliopi Πολυξένη|Polyxeni Σταυρούλα|Stavroula Χρυσούλα|Chrysoula "
           "Παναγιώτα|Panagiota",
           "Καραγκούνης/Καραγκούνη|Karagkounis Λαζαρίδης/Λαζαρίδου|Lazaridis Τσακαλίδης/Τσακαλίδου|Tsakalidis "
           "Μπαλτάς/Μπαλτά|Baltas Ζερβός/Ζερβού|Zervos Δημόπουλος/Δημοπούλου|Dimopoulos"),
    "TR": ("Ferhat Tarkan Erdinç Nusret Sabahattin Nurettin",
           "Gülbahar Fadime Şükran Nurten Sevgül Hülya",
           "Kocabaş Akbulut Eryılmaz Bozdoğan Çakıroğlu Sarıkaya Yazıcıoğlu Aydemir"),
    "IL": ("ירמיהו|Yirmiyahu שלומי|Shlomi אליקים|Elyakim יחזקאל|Yehezkel גדליה|Gedalya נתנאל|Netanel",
           "ברוריה|Bruria אורנה|Orna יוכבד|Yocheved שולמית|Shulamit אביגיל|Avigail אסנת|Osnat",
           "אלקובי|Elkoubi אלמוזנינו|Almoznino גבאי|Gabay קורנפלד|Kornfeld שטרנברג|Sternberg "
           "מזרחי|Mizrahi דהן|Dahan"),
    "EG": ("وجدي|Wagdy رأفت|Raafat سامح|Sameh عصام|Essam شريف|Sherif نشأت|Nashaat",
           "نادية|Nadia سناء|Sanaa عفاف|Afaf هويدا|Howeida إيناس|Enas ميرفت|Mervat",
           "الشربيني|Elsherbiny البحيري|Elbehiry الدمياطي|Eldomiaty الحفناوي|Elhefnawy الزغبي|Elzoghby "
           "البرلسي|Elborollosy"),
    "IN": ("हरिप्रसाद|Hariprasad योगेंद्र|Yogendra धर्मेंद्र|Dharmendra शिवनारायण|Shivnarayan "
           "रामकिशोर|Ramkishore ओमप्रकाश|Omprakash",
           "चंद्रकला|Chandrakala कमलेश्वरी|Kamleshwari उर्मिला|Urmila सरोज|Saroj मालती|Malti पुष्पलता|Pushpalata",
           "चतुर्वेदी|Chaturvedi अग्निहोत्री|Agnihotri परिहार|Parihar रघुवंशी|Raghuvanshi सोलंकी|Solanki "
           "भदौरिया|Bhadauria पांडेय|Pandey"),
    "TH": ("วีระพงษ์|Weerapong ธนากร|Thanakorn สุรเชษฐ์|Surachet ชาตรี|Chatree บุญเลิศ|Boonlert สมศักดิ์|Somsak",
           "บุษบา|Budsaba พิมพ์ชนก|Pimchanok รัชนี|Ratchanee อรุณี|Arunee วิไลวรรณ|Wilaiwan",
           "ศรีสุวรรณ|Srisuwan ศรีวิชัย|Sriwichai ทองดี|Thongdee เพชรรัตน์|Phetcharat จันทร์หอม|Chanhom "
           "พึ่งบุญ|Phuengboon สายทอง|Saithong วงศ์ใหญ่|Wongyai"),
    "CN": ("振华|Zhenhua 永福|Yongfu 立新|Lixin 国栋|Guodong",
           "秀兰|Xiulan 桂芳|Guifang 淑珍|Shuzhen 金凤|Jinfeng 凤英|Fengying",
           "蒋|Jiang 窦|Dou 邱|Qiu 戚|Qi 柏|Bai 薛|Xue 韦|Wei 覃|Qin 霍|Huo"),
    "JP": ("辰夫|Tatsuo 寅吉|Torakichi 敏行|Toshiyuki 喜一|Kiichi 昭二|Shoji",
           "節子|Setsuko 芳江|Yoshie 和代|Kazuyo 文枝|Fumie 久美子|Kumiko",
           "矢作|Yahagi 粕谷|Kasuya 宍戸|Shishido 蛭田|Hiruta 小野寺|Onodera 栗林|Kuribayashi "
           "猪俣|Inomata 五十嵐|Igarashi"),
    "KR": ("동훈|Donghun 상철|Sangcheol 병철|Byeongcheol 영길|Yeonggil",
           "순자|Sunja 옥분|Okbun 금순|Geumsun 영자|Yeongja 점례|Jeomrye",
           "진|Jin 명|Myeong 심|Sim 류|Ryu 현|Hyeon 경|Gyeong 연|Yeon"),
    "VN": ("Bửu_Lực Tấn_Đạt Tuấn_Vinh Chiến_Dũng Nhuận_Điền",
           "Cẩm_Nhung Ái_Tiên Quế_Lài Tú_Vân Tâm_Duyệt",
           "Đinh Trịnh Lữ Chử Đỗ Cao Lý Lãnh"),
    "BR": ("Josias Raimundo Anésio Valdeci Juvenal Deusdete",
           "Rosimeire Lucineide Josefa Edinalva Marinalva Zuleide",
           "Cavalcanti Coutinho Sarmento Aguiar Teixeira Bezerra"),
}
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}


def _strip(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _parse(cc, field):
    out = []
    for tok in field.split():
        native, _, roman = tok.partition("|")
        male, _, fem = native.partition("/")
        male = male.replace("_", " ")
        roman = roman or _strip(male)
        out.append({"m": male, "f": fem or male, "roman": roman.replace("_", " ")})
    return out


NAMELIST = {cc: tuple(_parse(cc, f) for f in v) for cc, v in NAMES.items()}


def name_words():
    """Every name word of the lists: (word, latin?) - native forms, female
    forms, and roman forms where the native script is not Latin."""
    ws = set()
    for cc, (gm, gf, fam) in NAMELIST.items():
        for e in gm + gf + fam:
            for w in (e["m"].split() + e["f"].split()):
                ws.add(w)
            if cc in NONLATIN:
                ws.update(e["roman"].split())
    return ws


VN_MIDDLE = {"Văn", "Thị"}


# ================================================================== locales
COUNTRIES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "RU", "GR",
             "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN", "BR"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi",
        "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi", "BR": "pt"}
CC_CODE = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31, "PL": 48,
           "RU": 7, "GR": 30, "TR": 90, "IL": 972, "EG": 20, "IN": 91, "TH": 66, "CN": 86,
           "JP": 81, "KR": 82, "VN": 84, "BR": 55}
IBAN_CC = {"GB", "DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "BR"}


def person(R, cc, female=None, avoid=()):
    """A person of locale cc; returns dict(full, given, family, roman_given,
    roman_family, female, words). Avoids name words in `avoid`."""
    gm, gf, fam = NAMELIST[cc]
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g = R.choice(gf if fem else gm)
        f = R.choice(fam)
        f2 = R.choice(fam) if cc == "ES" else None
        if f2 is f:
            continue
        gn = g["m"]
        fn = f["f"] if fem else f["m"]
        words = set(gn.split()) | set(fn.split())
        if f2:
            words |= {f2["m"]}
        if words & set(avoid):
            continue
        rg, rf = g["roman"], f["roman"]
        if cc == "CN":
            full = fn + gn
        elif cc == "JP":
            full = fn + " " + gn
        elif cc == "KR":
            full = fn + gn
        elif cc == "VN":
            mid = R.choice(["", "Thị " if fem else "Văn "]) if R.random() < 0.6 else ""
            full = fn + " " + mid + gn
        elif cc == "ES":
            full = gn + " " + fn + " " + f2["m"]
            rf = _strip(fn)
        else:
            full = gn + " " + fn
        return {"full": full, "given": gn, "family": fn, "rg": _strip(rg).lower().replace(" ", ""),
                "rf": _strip(rf).lower().replace(" ", "").replace("-", ""), "female": fem,
                "words": words, "cc": cc}
    raise RuntimeError("no person")


class Cast:
    """The people of one record: no name word shared between two of them."""

    def __init__(self, R, cc):
        self.R, self.cc, self.used = R, cc, set()

    def __call__(self, cc=None, female=None):
        p = person(self.R, cc or self.cc, female, self.used)
        self.used |= {w for w in p["words"] if len(w) >= 2}
        return p


# ------------------------------------------------------------------ phones
def _own_mobile(R, cc):
    d = lambda n: "".join(R.choice(string.digits) for _ in range(n))  # noqa: E731
    if cc == "GR":
        return "69" + R.choice("0345789") + d(7)
    if cc == "TR":
        return R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543",
                         "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"]) + d(7)
    if cc == "IL":
        return "5" + R.choice("02348") + d(7)
    if cc == "EG":
        return "1" + R.choice("0125") + d(8)
    if cc == "TH":
        return R.choice(["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88",
                         "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + d(7)
    if cc == "KR":
        return "10" + R.choice("23456789") + d(7)
    if cc == "VN":
        return R.choice(["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79",
                         "81", "82", "83", "84", "85", "86", "88", "90", "91", "93", "94", "96", "97", "98"]) + d(7)
    kind = {"US": "fixed_or_mobile", "GB": "mobile", "DE": R.choice(["mobile", "mobile7"]), "FR": "mobile",
            "ES": "mobile", "IT": "mobile", "NL": "mobile", "PL": "mobile", "RU": "mobile", "IN": "mobile",
            "CN": "mobile", "JP": "mobile", "BR": "mobile"}[cc]
    return PLANS[cc][2][kind](R)


def fmt_phone(R, cc, nsn, intl):
    n = nsn
    c = "+%d " % CC_CODE[cc]
    if cc == "US":
        a, e, l4 = n[:3], n[3:6], n[6:]
        if intl:
            return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1 %s %s %s"]) % (a, e, l4)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l4)
    if cc == "GB":
        return c + n[:4] + " " + n[4:] if intl else "0" + n[:4] + R.choice([" ", ""]) + n[4:]
    if cc == "DE":
        return c + n[:3] + " " + n[3:] if intl else "0" + n[:3] + R.choice([" ", "/", "-"]) + n[3:]
    if cc == "FR":
        p = [n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]
        return c + " ".join(p) if intl else R.choice([" ", ".", "\u00a0"]).join(["0" + p[0]] + p[1:])
    if cc == "ES":
        return c + "%s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "IT":
        return c + "%s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s", "%s/%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return c + "6 " + n[1:] if intl else R.choice(["06-%s", "06 %s", "06%s"]) % n[1:]
    if cc == "PL":
        return c + "%s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return c + "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else \
            R.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return c + "%s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return c + "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return c + "%s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else R.choice(["0%s-%s-%s", "0%s-%s%s"]) % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return c + "%s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return c + "%s %s" % (n[:5], n[5:]) if intl else R.choice(["%s %s", "0%s %s", "%s-%s"]) % (n[:5], n[5:])
    if cc == "TH":
        return c + "%s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return c + "%s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return c + "%s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return c + "%s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return c + "%s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "BR":
        return c + "%s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    raise KeyError(cc)


def phone(R, cc, intl=None, read_in=None, kind="mobile"):
    """A labelled mobile of country cc, read in read_in (default cc)."""
    if intl is None:
        intl = R.random() < 0.3
    read_in = read_in or cc
    if read_in != cc:
        intl = True
    txt = fmt_phone(R, cc, _own_mobile(R, cc), intl)
    meta = {"sub": kind, "region": read_in}
    if read_in != cc:
        meta["plan"] = cc
    return L("phone", txt, **meta)


# -------------------------------------------------------------------- dates
MONTHS_X = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
}


def birth(R, lo=1958, hi=2005):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def fmt_date(R, cc, d, style=None):
    """Numeric or month-name form of the country; style 'iso' forces ISO."""
    if style == "iso":
        return d.isoformat()
    word = style == "word" or (style is None and R.random() < 0.35)
    lang = LANG[cc]
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year) if word else \
            R.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (d.month, d.day, d.year)
    if cc == "GB" or cc == "IN" and not word:
        if cc == "IN":
            return R.choice(["%02d-%02d-%d", "%02d/%02d/%d"]) % (d.day, d.month, d.year)
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang in ("de",):
        return "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year) if word else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "fr":
        return "%d %s %d" % (d.day, MONTHS["fr"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "es":
        return "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "pt":
        return "%d de %s de %d" % (d.day, MONTHS["pt"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "it":
        return "%d %s %d" % (d.day, MONTHS["it"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "nl":
        return "%d %s %d" % (d.day, MONTHS["nl"][d.month - 1], d.year) if word else "%02d-%02d-%d" % (d.day, d.month, d.year)
    if lang in ("pl", "tr"):
        return "%d %s %d" % (d.day, MONTHS_X[lang][d.month - 1], d.year) if word else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "ru":
        return "%d %s %d г." % (d.day, MONTHS_X["ru"][d.month - 1], d.year) if word else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "el":
        return "%d %s %d" % (d.day, MONTHS_X["el"][d.month - 1], d.year) if word else "%d/%d/%d" % (d.day, d.month, d.year)
    if lang == "he":
        return "%d ב%s %d" % (d.day, MONTHS_X["he"][d.month - 1], d.year) if word else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "ar":
        return "%d %s %d" % (d.day, MONTHS_X["ar"][d.month - 1], d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "hi":
        return "%d %s %d" % (d.day, MONTHS_X["hi"][d.month - 1], d.year)
    if lang == "th":
        be = d.year + 543
        return "%d %s %d" % (d.day, MONTHS_X["th"][d.month - 1], be) if word else "%d/%d/%d" % (d.day, d.month, be)
    if lang == "zh":
        return "%d年%d月%d日" % (d.year, d.month, d.day) if word or R.random() < 0.5 else d.isoformat()
    if lang == "ja":
        return "%d年%d月%d日" % (d.year, d.month, d.day) if word or R.random() < 0.5 else "%d/%02d/%02d" % (d.year, d.month, d.day)
    if lang == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day) if word else "%d. %d. %d." % (d.year, d.month, d.day)
    if lang == "vi":
        return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year) if word else "%02d/%02d/%d" % (d.day, d.month, d.year)
    raise KeyError(cc)


def dob(R, cc, style=None, lo=1958, hi=2005):
    d = birth(R, lo, hi)
    return d, L("dob", fmt_date(R, cc, d, style))


def plain_date(R, cc, year=None, style=None):
    """A date that is not a birth date (look-alike)."""
    d = datetime.date(year or R.randint(2024, 2027), R.randint(1, 12), R.randint(1, 28))
    return fmt_date(R, cc, d, style)


# ---------------------------------------------------------------- addresses
STREETS = {
    "US": ["Quillback Lane", "Sassafras Hollow Road", "Muskrat Bend Drive", "Cobblecreek Court", "Flintlock Ridge Avenue"],
    "GB": ["Tanners Yard", "Flaxdressers Row", "Saltpetre Lane", "Hopkiln Close", "Ropemakers Walk"],
    "DE": ["Seilerweg", "Kupferschmiedstraße", "Flachsröste", "Am Ziegelteich", "Lohmühlenweg"],
    "FR": ["rue des Tonneliers", "impasse du Pressoir", "chemin des Lavandières", "allée des Vanniers", "rue du Four à Chaux"],
    "ES": ["calle del Alfarero", "calle de los Curtidores", "travesía del Esparto", "calle de la Tahona", "camino de las Eras Altas"],
    "IT": ["via dei Bottai", "vicolo del Mulino Vecchio", "via dei Vetrai", "via dei Cordai", "strada della Pieve"],
    "NL": ["Touwslagerslaan", "Kuipersstraat", "Bleekveld", "Zeilmakershof", "Turfschipperskade"],
    "PL": ["ul. Bednarska", "ul. Garncarska", "ul. Powroźnicza", "ul. Smolarska", "ul. Łąkowa Boczna"],
    "RU": ["ул. Бондарная", "пер. Кузнечный", "ул. Гончарная", "ул. Канатная", "ул. Смолокуров"],
    "GR": ["Βυρσοδεψών", "Αγγειοπλαστών", "Σχοινοποιών", "Καλαθάδων", "Μυλωνάδων"],
    "TR": ["Bakırcılar Sok.", "Urgancılar Cad.", "Semerciler Sok.", "Çömlekçi Sok.", "Dokumacılar Cad."],
    "IL": ["הקדרים", "הנפחים", "הצורפים", "החבלנים", "הבורסקאים"],
    "EG": ["شارع الفخارين", "شارع الحبالين", "شارع الدباغين", "شارع النساجين", "شارع الصباغين"],
    "IN": ["कुम्हार गली", "बुनकर मोहल्ला", "ठठेरा बाज़ार", "रस्सीवाला कटरा", "लोहार पट्टी"],
    "TH": ["ซอยช่างหม้อ", "ซอยช่างทอ", "ซอยโรงสีเก่า", "ซอยหลังตลาดปลา", "ซอยท่าเกวียน"],
    "CN": ["铁匠巷", "染坊街", "磨坊路", "箍桶胡同", "织布里"],
    "JP": ["鍛冶町", "紺屋町", "桶屋町", "糸屋町", "瓦町"],
    "KR": ["대장간길", "옹기골로", "물레방아길", "삼베마을길", "가마터로"],
    "VN": ["ngõ Thợ Nhuộm", "phố Hàng Thừng", "hẻm Lò Gạch", "đường Bến Ghe", "ngõ Thợ Mộc"],
    "BR": ["Rua dos Curtidores", "Travessa do Curtume", "Rua da Olaria Velha", "Rua dos Tanoeiros", "Beco do Engenho"],
}
TOWNS = {
    "US": [("Elk Prairie", "MO", "654"), ("Cedar Lick", "WV", "262"), ("Quillmere", "TN", "373"),
           ("Bitterroot Springs", "MT", "598"), ("Saline Ford", "KS", "674")],
    "GB": [("Brackenlow", "BD23"), ("Kettlewick", "LN4"), ("Hollinsmoor", "OL13"), ("Saltcote", "TS13"), ("Mireford", "DN21")],
    "DE": [("Hammelsfeld", "3"), ("Obergrauen", "9"), ("Lindenhagen", "1"), ("Kreuzbrunn", "7"), ("Wiesenbeck", "4")],
    "FR": [("Montcabrier-le-Bas", "46"), ("Vallières-sur-Lèze", "31"), ("Roquelaure-d'Olt", "12"), ("Saint-Jory-des-Prés", "24"), ("Bourg-Fontanil", "38")],
    "ES": [("Villanueva del Cardo", "Ciudad Real", "13"), ("Fuentelapeña de Abajo", "Zamora", "49"),
           ("Castrillo de la Reina Baja", "Burgos", "09"), ("Torremocha del Pinar", "Guadalajara", "19"), ("Alcolea de Cinca Alta", "Huesca", "22")],
    "IT": [("Castelvetro Alto", "MO", "41"), ("San Quirico in Valle", "SI", "53"), ("Roccalbegna Scalo", "GR", "58"),
           ("Pietralunga Marina", "PG", "06"), ("Villafranca Sabauda", "TO", "10")],
    "NL": [("Heeswijkerveen", "5"), ("Oosterdiep", "7"), ("Zandwerven-Noord", "1"), ("Lutten aan de Vaart", "7"), ("Grevenmaar", "6")],
    "PL": [("Brzozów Mały", "36"), ("Wólka Sosnowa", "26"), ("Jabłonna Górna", "08"), ("Ostrów Błotny", "63"), ("Kamionka Stara", "21")],
    "RU": [("г. Верхнеозёрск", "Тверская обл.", "17"), ("пос. Ольховый Лог", "Вологодская обл.", "16"),
           ("г. Сосногорье", "Кировская обл.", "61"), ("с. Малые Ключи", "Пензенская обл.", "44"), ("г. Заречинск", "Ярославская обл.", "15")],
    "GR": [("Νέα Πλαγιά", "63"), ("Άνω Βροντού", "60"), ("Κάτω Σχολάρι", "57"), ("Παλαιόχωρα Σερβίων", "50"), ("Μεσοχώρι Ελασσόνας", "40")],
    "TR": [("Gölbaşı Mah.", "Saimbeyli", "Adana"), ("Çamlıca Mah.", "Taşköprü", "Kastamonu"), ("Karaağaç Mah.", "Emirdağ", "Afyonkarahisar"),
           ("Kayabaşı Mah.", "Gürün", "Sivas"), ("Pınarbaşı Mah.", "Ulubey", "Uşak")],
    "IL": [("מגדל העמק", "23"), ("ירוחם", "80"), ("קצרין", "12"), ("מעלות-תרשיחא", "24"), ("אופקים", "80")],
    "EG": [("قلين، كفر الشيخ", "33"), ("أبو تيج، أسيوط", "71"), ("فاقوس، الشرقية", "44"), ("قطور، الغربية", "31"), ("إدفو، أسوان", "81")],
    "IN": [("सतना, मध्य प्रदेश", "485"), ("बांदा, उत्तर प्रदेश", "210"), ("झुंझुनू, राजस्थान", "333"), ("हरदोई, उत्तर प्रदेश", "241"), ("सीधी, मध्य प्रदेश", "486")],
    "TH": [("ตำบลหนองตะไก้ อำเภอหนองบุญมาก จังหวัดนครราชสีมา", "30"), ("ตำบลบ้านโคก อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์", "53"),
           ("ตำบลท่าข้าม อำเภอปากท่อ จังหวัดราชบุรี", "70"), ("ตำบลนาเชือก อำเภอนาเชือก จังหวัดมหาสารคาม", "44"),
           ("ตำบลวังหิน อำเภอวังโป่ง จังหวัดเพชรบูรณ์", "67")],
    "CN": [("安徽省淮北市濉溪县", "235"), ("河南省漯河市郾城区", "462"), ("湖南省湘潭市湘乡市", "411"), ("四川省遂宁市蓬溪县", "629"), ("江西省吉安市泰和县", "343")],
    "JP": [("山梨県韮崎市", "407"), ("岩手県遠野市", "028"), ("愛媛県大洲市", "795"), ("福井県大野市", "912"), ("島根県雲南市", "699")],
    "KR": [("경상북도 영주시", "36"), ("전라남도 곡성군", "57"), ("충청북도 괴산군", "28"), ("강원특별자치도 정선군", "26"), ("경상남도 함양군", "50")],
    "VN": [("phường Tân Hòa, TP. Buôn Ma Thuột, Đắk Lắk", ""), ("xã Nghĩa Trung, huyện Bù Đăng, Bình Phước", ""),
           ("phường Quang Trung, TP. Uông Bí, Quảng Ninh", ""), ("xã Hòa Khánh, huyện Cái Bè, Tiền Giang", ""),
           ("phường 4, TP. Sóc Trăng, Sóc Trăng", "")],
    "BR": [("Jardim Urucum", "Três Lagoas", "MS", "796"), ("Vila Taquaral", "Itapetininga", "SP", "182"),
           ("Bairro Cajueiro", "Sobral", "CE", "620"), ("Alto da Serrinha", "Caratinga", "MG", "353"), ("Vila Esperança", "Ijuí", "RS", "987")],
}


def address(R, cc):
    s, t = R.choice(STREETS[cc]), R.choice(TOWNS[cc])
    n = R.randint(2, 188)
    d = lambda k: "".join(R.choice(string.digits) for _ in range(k))  # noqa: E731
    if cc == "US":
        unit = R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s, %s, %s %s%s" % (R.randint(100, 9899), s, unit, t[0], t[1], t[2], d(2))
    if cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        return "%s%d %s, %s %s" % (R.choice(["", "Flat %d, " % R.randint(1, 12)]), n, s, t[0], pc)
    if cc == "DE":
        return "%s %d%s, %s%s %s" % (s, n, R.choice(["", "a", "b"]), t[1], d(4), t[0])
    if cc == "FR":
        return "%d%s %s, %s%s %s" % (n, R.choice(["", " bis", " ter"]), s, t[1], d(3), t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s%s %s (%s)" % (s, n, R.randint(1, 6), R.choice("ABCD"), t[2], d(3), t[0], t[1])
    if cc == "IT":
        return "%s %d, %s%s %s (%s)" % (s, n, t[2], d(3), t[0], t[1])
    if cc == "NL":
        return "%s %d, %s%s %s %s" % (s, n, t[1], d(3), "".join(R.choice("BCDEGHJKLMNPRSTVWXZ") for _ in range(2)), t[0])
    if cc == "PL":
        return "%s %d%s, %s-%s %s" % (s, n, R.choice(["", "/%d" % R.randint(1, 40)]), t[1], d(3), t[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, %s, %s, %s%s" % (s, n, R.randint(1, 120), t[0], t[1], t[2], d(4))
    if cc == "GR":
        return "%s %d, %s, %s%s %s" % (s, n, t[0], t[1], d(1), d(2))
    if cc == "TR":
        return "%s %s No: %d D: %d, %s/%s" % (t[0], s, n, R.randint(1, 14), t[1], t[2])
    if cc == "IL":
        return "רחוב %s %d, %s %s%s" % (s, n, t[0], t[1], d(5))
    if cc == "EG":
        return "%d %s، %s" % (n, s, t[0])
    if cc == "IN":
        return "मकान नं. %d, %s, %s %s%s" % (n, s, t[0], t[1], d(3))
    if cc == "TH":
        return "%d/%d หมู่ %d %s %s %s%s" % (R.randint(1, 240), R.randint(1, 30), R.randint(1, 12), s, t[0], t[1], d(3))
    if cc == "CN":
        return "%s%s%d号%d栋%d室" % (t[0], s, n, R.randint(1, 9), R.randint(101, 1802))
    if cc == "JP":
        return "〒%s-%s %s%s%d丁目%d-%d" % (t[1], d(4), t[0], s, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s%s)" % (t[0], s, n, R.randint(101, 112), R.randint(101, 1504), t[1], d(3))
    if cc == "VN":
        return "Số %d %s, %s" % (n, s, t[0])
    if cc == "BR":
        return "%s, %d - %s, %s - %s, %s%s-%s" % (s, n, t[0], t[1], t[2], t[3], d(2), d(3))
    raise KeyError(cc)


# ------------------------------------------------------------------ gov ids
def gov_id(R, cc, p, d):
    """The national id of person p (dict) born d, in its usual print form."""
    fem = p["female"]
    if cc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        pre, num, suf = nino_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (pre, num[:2], num[2:4], num[4:], suf), sub="nino")
    if cc == "DE":
        s = steuerid_random(R)
        return L("gov_id", R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), sub="steuer_id")
    if cc == "FR":
        body, key = nir_random(R, "2" if fem else "1", d.year % 100, d.month)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="nir")
    if cc == "ES":
        if R.random() < 0.8:
            n, c = dni_random(R)
            return L("gov_id", n + R.choice(["", "-"]) + c, sub="dni")
        p_, n, c = nie_random(R)
        return L("gov_id", p_ + n + c, sub="nie")
    if cc == "IT":
        bel = R.choice(["H501", "F205", "L219", "F839", "A944", "G273"])
        return L("gov_id", cf_make(p["rf"], p["rg"], d.year % 100, d.month, d.day, fem, bel), sub="codice_fiscale")
    if cc == "NL":
        s = bsn_random(R)
        return L("gov_id", R.choice([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])]), sub="bsn")
    if cc == "PL":
        return L("gov_id", pesel_make(R, d, fem), sub="pesel")
    if cc == "RU":
        return L("gov_id", snils_make(R), sub="snils")
    if cc == "GR":
        return L("gov_id", amka_make(R, d), sub="amka")
    if cc == "TR":
        return L("gov_id", tckn_make(R), sub="tckn")
    if cc == "IL":
        return L("gov_id", tz_make(R), sub="teudat_zehut")
    if cc == "IN":
        a = aadhaar_random(R)
        return L("gov_id", R.choice(["%s %s %s", "%s-%s-%s"]) % (a[:4], a[4:8], a[8:]), sub="aadhaar")
    if cc == "TH":
        return L("gov_id", thai_id_make(R), sub="thai_id")
    if cc == "CN":
        return L("gov_id", cn_id_make(R, d, fem), sub="cn_resident_id")
    if cc == "VN":
        return L("gov_id", cccd_make(R, d, fem), sub="cccd")
    if cc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="cpf")
    return passport(R, cc)   # EG, JP, KR: the passport is the id the desk writes


def passport(R, cc):
    return L("gov_id", passport_make(R, cc), sub="passport", country=cc)


def gov_id_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"[\s.\-]", "", v)
    if sub == "ssn":
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        return bool(m) and ssn_valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if sub == "nino":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", d)) and d[:2] not in NINO_BAD_PREFIX and \
            d[0] not in "DFIQUV" and d[1] not in "DFIOQUV"
    if sub == "steuer_id":
        return steuerid_ok(d)
    if sub == "nir":
        return len(d) == 15 and nir_ok(d[:13], d[13:])
    if sub == "dni":
        return dni_ok(d)
    if sub == "nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", d)) and nie_ok(d)
    if sub == "codice_fiscale":
        return cf_ok(v)
    if sub == "bsn":
        return bsn_ok(d)
    if sub == "pesel":
        return pesel_ok(v)
    if sub == "snils":
        return snils_ok(v)
    if sub == "amka":
        return amka_ok(v)
    if sub == "tckn":
        return tckn_ok(v)
    if sub == "teudat_zehut":
        return tz_ok(v)
    if sub == "aadhaar":
        return bool(re.fullmatch(r"[2-9]\d{11}", d)) and verhoeff_ok(d)
    if sub == "thai_id":
        return thai_id_ok(v)
    if sub == "cn_resident_id":
        return cn_id_ok(v)
    if sub == "cccd":
        return cccd_ok(v)
    if sub == "cpf":
        return bool(re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", v)) and cpf_ok(d)
    if sub == "passport":
        return passport_ok(v, sp.get("country"))
    return False


# ------------------------------------------------------------ e-mail, money
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "laposte.net", "free.fr"],
           "ES": ["gmail.com", "telefonica.net", "hotmail.es"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
           "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "GR": ["otenet.gr", "gmail.com", "yahoo.gr"],
           "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
           "EG": ["gmail.com", "yahoo.com", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"], "CN": ["qq.com", "163.com", "126.com"],
           "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "hanmail.net"],
           "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"], "BR": ["uol.com.br", "bol.com.br", "terra.com.br"]}


def email(R, p, domain=None):
    g, f = p["rg"], p["rf"]
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)),
                      "%s.%s%d" % (f, g[0], R.randint(60, 99)), "%s%s" % (g, f[:3])])
    if domain:
        return L("email", "%s.%s@%s" % (g, f, domain), sub="work")
    return L("email", "%s@%s" % (local, R.choice(WEBMAIL[p["cc"]])), sub="personal")


def iban(R, cc):
    v = iban_random(R, cc)
    style = R.random()
    if style < 0.55:
        v = group(v)
    elif style < 0.7:
        v = group(v, 4, "\u00a0")
    return L("iban", v, sub=cc)


CARD_KINDS = [("visa", "visa"), ("mastercard", "mastercard"), ("mastercard2", "mastercard"),
              ("discover", "discover"), ("amex", "amex"), ("jcb", "jcb"), ("maestro", "maestro"), ("unionpay", "unionpay")]


def card(R, kinds=None):
    k, sub = R.choice(kinds or CARD_KINDS)
    num = card_random(R, k)
    if k == "maestro" and len(num) not in (16, 19):
        num = card_random(R, "visa")
        sub = "visa"
    r = R.random()
    if r < 0.55:
        v = " ".join(split_groups(num, card_grouping(len(num))))
    elif r < 0.75:
        v = "-".join(split_groups(num, card_grouping(len(num))))
    else:
        v = num
    return L("card", v, sub=sub)


def card_ok(v):
    d = re.sub(r"[ \-]", "", v)
    return d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d)


def pub_ipv4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 81, 84, 89, 91, 94, 109, 151, 176, 178, 185, 188, 193, 212, 217, 223])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def pub_ipv6(R):
    while True:
        ip = "%s:%x:%x:%x::%x" % (R.choice(["2a02:810d", "2a01:4f8", "2003:e2", "2406:3003", "2804:14c", "2a00:23c7"]),
                                  R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ip_ok(v):
    try:
        return ipaddress.ip_address(v).is_global
    except ValueError:
        return False


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 30), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


# ============================================ institutions (all fictional)
# prison, probation service, approved premises (hostel), domain, switchboard,
# the prison's own address, establishment code, a wing named after a long-dead
# reformer or writer (look-alike), a helpline.
INST = {
    "US": dict(prison="Shagbark Ridge Correctional Facility", probation="Chenango Valley Probation Department",
               hostel="Bridgeway Reentry House", domain="shagbarkridge-doc.org", switch="(607) 555-0193",
               addr="4100 Quarry Spur Rd, Pine Hollow, NY 13790", code="SRCF", wing="the Dorothea Dix Unit",
               help="1-800-555-0147", cur=lambda a: "$%s" % format(a, ",.2f")),
    "GB": dict(prison="HMP Blackwater Fen", probation="Mercia Vale Probation Delivery Unit",
               hostel="Cowslip House Approved Premises", domain="blackwaterfen-justice.org.uk",
               switch="01632 960 581", addr="Sluice Road, Fenby St Agnes, PE14 8XR", code="BWF",
               wing="the Elizabeth Fry wing", help="0808 196 0418", cur=lambda a: "£%s" % format(a, ",.2f")),
    "DE": dict(prison="Justizvollzugsanstalt Mühlbachtal", probation="Bewährungshilfe am Landgericht Talheim",
               hostel="Übergangswohnheim Lindenhof", domain="jva-muehlbachtal.de", switch="07131 5508-0",
               addr="Am Anstaltsberg 1, 74199 Mühlbachtal", code="JVA MBT", wing="Haus Gustav Radbruch",
               help="0800 110 0418", cur=lambda a: ("%s €" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "FR": dict(prison="Centre pénitentiaire de Roche-Grise", probation="SPIP des Hautes-Combes",
               hostel="Foyer d'accueil Les Ajoncs", domain="cp-rochegrise.fr", switch="04 75 00 12 30",
               addr="route des Carrières, 26400 Roche-Grise", code="CP RGR", wing="le bâtiment Victor-Hugo",
               help="08 00 00 41 80", cur=lambda a: ("%s €" % format(a, ",.2f")).replace(",", "\u202f").replace(".", ",")),
    "ES": dict(prison="Centro Penitenciario Los Olmos Secos", probation="Servicio de Gestión de Penas de Valdemora",
               hostel="Centro de Inserción Social La Vereda", domain="cp-olmossecos.es", switch="925 00 41 80",
               addr="Carretera CM-4010, km 7, 45280 Valdemora (Toledo)", code="CP-OS", wing="el módulo Concepción Arenal",
               help="900 100 418", cur=lambda a: ("%s €" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "IT": dict(prison="Casa circondariale di Valle Scura", probation="UEPE di Monteforte",
               hostel="Casa di accoglienza Il Ponte", domain="cc-vallescura.it", switch="0744 000 418",
               addr="strada provinciale 12, 05039 Valle Scura (TR)", code="CC VSC", wing="il reparto Cesare Beccaria",
               help="800 004 180", cur=lambda a: ("€ %s" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "NL": dict(prison="Penitentiaire Inrichting Wadhorst", probation="Reclassering regio Veenmarke",
               hostel="Beschermd Wonen De Brug", domain="pi-wadhorst.nl", switch="088 000 4180",
               addr="Dijkweg 2, 9979 ZZ Wadhorst", code="PI WDH", wing="de afdeling Coornhert",
               help="0800 0418", cur=lambda a: ("€ %s" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "PL": dict(prison="Zakład Karny w Olszanej Górce", probation="Zespół Kuratorskiej Służby Sądowej w Brzezinach Dolnych",
               hostel="Hostel dla osób opuszczających zakłady karne „Przystań”", domain="zk-olszanagorka.pl",
               switch="22 000 41 80", addr="ul. Więzienna 4, 26-099 Olszana Górka", code="ZK OG",
               wing="oddział im. Janusza Korczaka", help="800 100 418", cur=lambda a: ("%s zł" % format(a, ",.2f")).replace(",", " ").replace(".", ",")),
    "RU": dict(prison="ФКУ ИК-7 «Ольховка»", probation="уголовно-исполнительная инспекция Заречного района",
               hostel="центр социальной адаптации «Причал»", domain="ik7-olkhovka.ru", switch="8 (800) 000-41-80",
               addr="Лесная ул., 1, пос. Ольховка, 171999", code="ИК-7", wing="отряд имени доктора Гааза",
               help="8 800 000-41-81", cur=lambda a: ("%s руб." % format(a, ",.2f")).replace(",", " ").replace(".", ",")),
    "GR": dict(prison="Κατάστημα Κράτησης Λευκόβρυσης", probation="Υπηρεσία Επιμελητών Ανηλίκων και Κοινωνικής Αρωγής Λευκόβρυσης",
               hostel="Ξενώνας Επανένταξης «Αρωγή»", domain="kk-lefkovrysi.gr", switch="210 000 4180",
               addr="Επαρχιακή Οδός Λευκόβρυσης, 50100", code="ΚΚ ΛΕΥ", wing="η πτέρυγα Ιωάννη Καποδίστρια",
               help="801 11 04180", cur=lambda a: ("%s €" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "TR": dict(prison="Kızılçam T Tipi Kapalı Ceza İnfaz Kurumu", probation="Kızılçam Denetimli Serbestlik Müdürlüğü",
               hostel="Yeniden Başlangıç Konukevi", domain="kizilcam-cik.org.tr", switch="0 (312) 000 41 80",
               addr="Kızılçam Yolu 5. km, Kızılçam/Ankara", code="KÇ-T", wing="Mithat Paşa koğuşu",
               help="444 0 418", cur=lambda a: ("%s TL" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
    "IL": dict(prison="בית הסוהר עין הצפצפה", probation="שירות המבחן מחוז העמקים",
               hostel="הוסטל \"דרך חדשה\"", domain="tzaftzafa-prison.org.il", switch="*4180",
               addr="צומת עין הצפצפה, ת.ד. 418", code="ע\"צ", wing="אגף הרצל",
               help="1-800-000-418", cur=lambda a: "%s ₪" % format(a, ",.2f")),
    "EG": dict(prison="مركز إصلاح وتأهيل وادي الصفصاف", probation="إدارة الرعاية اللاحقة بوادي الصفصاف",
               hostel="دار الإيواء المؤقت «بداية»", domain="safsaf-reform.org.eg", switch="19418",
               addr="طريق وادي الصفصاف الصحراوي، الكيلو 12", code="و.ص", wing="عنبر طه حسين",
               help="16418", cur=lambda a: "%s ج.م" % format(a, ",.2f")),
    "IN": dict(prison="जिला कारागार नीमखेड़ा", probation="परिवीक्षा कार्यालय नीमखेड़ा",
               hostel="पुनर्वास आश्रय गृह 'नई राह'", domain="neemkheda-jail.org.in", switch="0755-000-4180",
               addr="कारागार मार्ग, नीमखेड़ा 464999", code="DJ-NMK", wing="महात्मा गांधी बैरक",
               help="1800-000-4180", cur=lambda a: "₹%s" % format(a, ",.2f")),
    "TH": dict(prison="เรือนจำอำเภอทุ่งกระเจียว", probation="สำนักงานคุมประพฤติทุ่งกระเจียว",
               hostel="บ้านกึ่งวิถีทุ่งกระเจียว", domain="tungkrajiao-prison.or.th", switch="0-4400-4180",
               addr="ถนนเลี่ยงเมือง ทุ่งกระเจียว", code="รจ.ทกจ", wing="แดนพระยาอนุมานราชธน",
               help="1111 กด 77", cur=lambda a: "%s บาท" % format(a, ",.2f")),
    "CN": dict(prison="青檀监狱", probation="青檀区社区矫正管理局", hostel="青檀安置帮教基地",
               domain="qingtanjianyu.cn", switch="0551-0000-4180", addr="青檀路1号", code="QT-01",
               wing="林则徐监区", help="12348", cur=lambda a: "%s元" % format(a, ",.2f")),
    "JP": dict(prison="白樫刑務所", probation="白樫保護観察所", hostel="更生保護施設しらかし寮",
               domain="shirakashi-keimusho.jp", switch="0120-000-418", addr="白樫市刑部1-1", code="SKK",
               wing="二宮尊徳寮", help="0570-000-418", cur=lambda a: "%s円" % format(int(a), ",")),
    "KR": dict(prison="솔마루교도소", probation="솔마루보호관찰소", hostel="솔마루 갱생보호시설",
               domain="solmaru-cor.kr", switch="1588-0418", addr="솔마루시 교정로 1", code="SM-01",
               wing="안중근 동", help="1577-0418", cur=lambda a: "%s원" % format(int(a), ",")),
    "VN": dict(prison="Trại giam Suối Mây", probation="Đội thi hành án hình sự huyện Suối Mây",
               hostel="Nhà tạm lánh Bình Minh", domain="traigiamsuoimay.vn", switch="1900 0418",
               addr="Km 12 quốc lộ 14, xã Suối Mây", code="TG-SM", wing="phân trại Phan Bội Châu",
               help="1800 0418", cur=lambda a: ("%s đ" % format(int(a) * 1000, ",")).replace(",", ".")),
    "BR": dict(prison="Penitenciária Estadual Vale do Urucum", probation="Central de Penas e Medidas Alternativas de Urucum",
               hostel="Casa de Passagem Recomeço", domain="pe-valedourucum.org.br", switch="(67) 3000-4180",
               addr="Rodovia MS-418, km 9, Vale do Urucum - MS", code="PEVU", wing="a ala Nise da Silveira",
               help="0800 000 4180", cur=lambda a: ("R$ %s" % format(a, ",.2f")).replace(",", "X").replace(".", ",").replace("X", ".")),
}

# Field labels of the person fields, in the country's language (forms keep
# an English skeleton around them).
FIELDS = {
    "en": dict(name="Full name", dob="Date of birth", addr="Address", phone="Phone", email="Email",
               id="ID", nok="Next of kin", rel="Relationship", pp="Passport no."),
    "de": dict(name="Name, Vorname", dob="Geburtsdatum", addr="Anschrift", phone="Telefon", email="E-Mail",
               id="Steuer-ID", nok="Angehörige/r", rel="Beziehung", pp="Reisepass-Nr."),
    "fr": dict(name="Nom et prénom", dob="Date de naissance", addr="Adresse", phone="Téléphone", email="Courriel",
               id="N° de sécurité sociale", nok="Proche à prévenir", rel="Lien", pp="N° de passeport"),
    "es": dict(name="Nombre y apellidos", dob="Fecha de nacimiento", addr="Domicilio", phone="Teléfono",
               email="Correo", id="DNI/NIE", nok="Familiar de contacto", rel="Parentesco", pp="N.º de pasaporte"),
    "it": dict(name="Cognome e nome", dob="Data di nascita", addr="Residenza", phone="Cellulare", email="E-mail",
               id="Codice fiscale", nok="Familiare di riferimento", rel="Parentela", pp="N. passaporto"),
    "nl": dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Telefoon", email="E-mail", id="BSN",
               nok="Contactpersoon", rel="Relatie", pp="Paspoortnummer"),
    "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", phone="Telefon", email="E-mail",
               id="PESEL", nok="Osoba najbliższa", rel="Pokrewieństwo", pp="Nr paszportu"),
    "ru": dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Телефон", email="Эл. почта", id="СНИЛС",
               nok="Близкий родственник", rel="Степень родства", pp="Номер паспорта"),
    "el": dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Τηλέφωνο", email="Email",
               id="ΑΜΚΑ", nok="Συγγενής επικοινωνίας", rel="Σχέση", pp="Αρ. διαβατηρίου"),
    "tr": dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="Telefon", email="E-posta",
               id="T.C. Kimlik No", nok="Yakını", rel="Yakınlık", pp="Pasaport No"),
    "he": dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="טלפון", email="דוא\"ל", id="מס' ת\"ז",
               nok="איש קשר", rel="קרבה", pp="מס' דרכון"),
    "ar": dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الهاتف", email="البريد الإلكتروني",
               id="رقم جواز السفر", nok="أقرب الأقارب", rel="صلة القرابة", pp="رقم جواز السفر"),
    "hi": dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", id="आधार संख्या",
               nok="निकटतम परिजन", rel="संबंध", pp="पासपोर्ट संख्या"),
    "th": dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทรศัพท์", email="อีเมล",
               id="เลขประจำตัวประชาชน", nok="ญาติที่ติดต่อได้", rel="ความสัมพันธ์", pp="เลขหนังสือเดินทาง"),
    "zh": dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱", id="身份证号",
               nok="紧急联系人", rel="关系", pp="护照号码"),
    "ja": dict(name="氏名", dob="生年月日", addr="住所", phone="電話番号", email="メール", id="旅券番号",
               nok="緊急連絡先", rel="続柄", pp="旅券番号"),
    "ko": dict(name="성명", dob="생년월일", addr="주소", phone="연락처", email="이메일", id="여권번호",
               nok="비상연락처", rel="관계", pp="여권번호"),
    "vi": dict(name="Họ và tên", dob="Ngày sinh", addr="Địa chỉ", phone="Điện thoại", email="Email",
               id="Số CCCD", nok="Người thân liên hệ", rel="Quan hệ", pp="Số hộ chiếu"),
    "pt": dict(name="Nome completo", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail",
               id="CPF", nok="Contato familiar", rel="Parentesco", pp="N.º do passaporte"),
}
ID_LABEL_EN = {"US": "SSN", "GB": "NI number", "DE": "Steuer-ID", "FR": "NIR", "ES": "DNI/NIE", "IT": "Codice fiscale",
               "NL": "BSN", "PL": "PESEL", "RU": "SNILS", "GR": "AMKA", "TR": "TC Kimlik No", "IL": "Teudat Zehut",
               "EG": "Passport no.", "IN": "Aadhaar", "TH": "Thai ID no.", "CN": "Resident ID", "JP": "Passport no.",
               "KR": "Passport no.", "VN": "CCCD no.", "BR": "CPF"}

REL = {
    "en": ["mother", "brother", "partner", "sister", "father", "aunt", "son", "daughter"],
    "de": ["Mutter", "Bruder", "Partnerin", "Schwester", "Vater", "Tante", "Sohn", "Tochter"],
    "fr": ["mère", "frère", "compagne", "sœur", "père", "tante", "fils", "fille"],
    "es": ["madre", "hermano", "pareja", "hermana", "padre", "tía", "hijo", "hija"],
    "it": ["madre", "fratello", "compagna", "sorella", "padre", "zia", "figlio", "figlia"],
    "nl": ["moeder", "broer", "partner", "zus", "vader", "tante", "zoon", "dochter"],
    "pl": ["matka", "brat", "partnerka", "siostra", "ojciec", "ciotka", "syn", "córka"],
    "ru": ["мать", "брат", "сожительница", "сестра", "отец", "тётя", "сын", "дочь"],
    "el": ["μητέρα", "αδελφός", "σύντροφος", "αδελφή", "πατέρας", "θεία", "γιος", "κόρη"],
    "tr": ["annesi", "kardeşi", "eşi", "ablası", "babası", "teyzesi", "oğlu", "kızı"],
    "he": ["אם", "אח", "בת זוג", "אחות", "אב", "דודה", "בן", "בת"],
    "ar": ["الأم", "الأخ", "الزوجة", "الأخت", "الأب", "العمة", "الابن", "الابنة"],
    "hi": ["माँ", "भाई", "पत्नी", "बहन", "पिता", "चाची", "बेटा", "बेटी"],
    "th": ["แม่", "พี่ชาย", "ภรรยา", "น้องสาว", "พ่อ", "ป้า", "ลูกชาย", "ลูกสาว"],
    "zh": ["母亲", "哥哥", "妻子", "妹妹", "父亲", "姑姑", "儿子", "女儿"],
    "ja": ["母", "兄", "妻", "妹", "父", "叔母", "長男", "長女"],
    "ko": ["어머니", "형", "배우자", "여동생", "아버지", "고모", "아들", "딸"],
    "vi": ["mẹ", "anh trai", "vợ", "em gái", "bố", "cô", "con trai", "con gái"],
    "pt": ["mãe", "irmão", "companheira", "irmã", "pai", "tia", "filho", "filha"],
}



def rel(R, lang, p):
    """A relationship word that fits person p's sex (the lists above are
    mother, brother, partner(f), sister, father, aunt, son, daughter)."""
    return REL[lang][R.choice([0, 2, 3, 5, 7] if p["female"] else [1, 4, 6])]


# Requests, in the language of the paste: check / summarise / reply.
REQ = {
    "en": ["Can you check this for anything missing before I upload it to the case file?",
           "Summarise this in three bullet points for the morning handover.",
           "Help me write a short, polite reply to this.",
           "Turn this into a clean table, one row per person.",
           "What should I take out before this goes to the resettlement team's group chat?"],
    "de": ["Kannst du prüfen, ob etwas fehlt, bevor ich es in die Akte lade?",
           "Fass das bitte in drei Stichpunkten für die Dienstübergabe zusammen.",
           "Hilf mir, eine kurze, höfliche Antwort darauf zu formulieren."],
    "fr": ["Tu peux vérifier s'il manque quelque chose avant que je le verse au dossier ?",
           "Résume-moi ça en trois points pour la relève de ce matin.",
           "Aide-moi à rédiger une réponse courte et polie."],
    "es": ["¿Puedes revisar si falta algo antes de subirlo al expediente?",
           "Resúmelo en tres puntos para el relevo de la mañana.",
           "Ayúdame a redactar una respuesta breve y educada."],
    "it": ["Puoi controllare se manca qualcosa prima che lo carichi nel fascicolo?",
           "Riassumilo in tre punti per il cambio turno di stamattina.",
           "Aiutami a scrivere una risposta breve e cortese."],
    "nl": ["Kun je kijken of er iets ontbreekt voordat ik het in het dossier zet?",
           "Vat dit samen in drie punten voor de overdracht van vanochtend.",
           "Help me een korte, beleefde reactie te schrijven."],
    "pl": ["Sprawdzisz, czy czegoś nie brakuje, zanim wrzucę to do akt?",
           "Streść to w trzech punktach na poranną odprawę.",
           "Pomóż mi napisać krótką, uprzejmą odpowiedź."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я загружу это в дело.",
           "Сделай краткое резюме в трёх пунктах для утренней пересменки.",
           "Помоги составить короткий вежливый ответ."],
    "el": ["Μπορείς να ελέγξεις αν λείπει κάτι πριν το ανεβάσω στον φάκελο;",
           "Κάνε μου μια σύνοψη σε τρία σημεία για την πρωινή παράδοση βάρδιας.",
           "Βοήθησέ με να γράψω μια σύντομη, ευγενική απάντηση."],
    "tr": ["Dosyaya yüklemeden önce eksik bir şey var mı kontrol eder misin?",
           "Sabah devir teslimi için bunu üç maddede özetle.",
           "Buna kısa ve kibar bir cevap yazmama yardım et."],
    "he": ["תבדוק בבקשה אם חסר משהו לפני שאני מעלה את זה לתיק.",
           "תסכם לי את זה בשלוש נקודות לחפיפת הבוקר.",
           "תעזור לי לנסח תשובה קצרה ומנומסת."],
    "ar": ["هل يمكنك مراجعة هذا قبل أن أرفعه إلى الملف؟",
           "لخّص هذا في ثلاث نقاط لتسليم الوردية صباحًا.",
           "ساعدني في كتابة رد قصير ولطيف."],
    "hi": ["फ़ाइल में चढ़ाने से पहले देख लो कि कुछ छूटा तो नहीं।",
           "सुबह की हैंडओवर मीटिंग के लिए इसे तीन बिंदुओं में समेट दो।",
           "इसका एक छोटा और विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจหน่อยว่ามีอะไรขาดไหมก่อนอัปโหลดเข้าแฟ้มคดี",
           "สรุปเป็นสามข้อสำหรับส่งเวรเช้านี้ให้หน่อย",
           "ช่วยร่างคำตอบสั้น ๆ แบบสุภาพให้หน่อย"],
    "zh": ["上传到档案之前帮我看看有没有漏填的？",
           "帮我总结成三点，早上交班用。",
           "帮我写一个简短、礼貌的回复。"],
    "ja": ["記録にアップする前に、漏れがないか確認してもらえますか。",
           "朝の引き継ぎ用に三点で要約してください。",
           "短く丁寧な返信の文面を手伝ってください。"],
    "ko": ["파일에 올리기 전에 빠진 거 없는지 확인해 줘.",
           "아침 인수인계용으로 세 줄 요약해 줘.",
           "짧고 정중한 답장 좀 써 줘."],
    "vi": ["Kiểm tra giúp em xem còn thiếu gì không trước khi đưa vào hồ sơ.",
           "Tóm tắt giúp em thành ba ý cho buổi giao ca sáng.",
           "Giúp em viết một câu trả lời ngắn gọn, lịch sự."],
    "pt": ["Pode ver se falta alguma coisa antes de eu subir isso no prontuário?",
           "Resume isso em três tópicos para a passagem de plantão.",
           "Me ajuda a escrever uma resposta curta e educada?"],
}


def wrap(R, lang, parts):
    """Puts a request line in the paste's language before or after it,
    sometimes in \"\"\" quotes, after a --- rule or around a code fence."""
    q = R.choice(REQ[lang])
    how = R.random()
    if how < 0.3:
        return [q, "\n\n", parts]
    if how < 0.5:
        return [q, "\n\"\"\"\n", parts, "\n\"\"\""]
    if how < 0.65:
        return [parts, "\n---\n", q]
    if how < 0.8:
        return [q, "\n```\n", parts, "\n```"]
    return [parts, "\n\n", q]


# ============================================================ look-alikes
def fill(tpl, **slots):
    """'Text {slot} text' -> parts; a slot value is a str, L, N or list."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
        out.append(slots[piece] if i % 2 else piece)
    return out


def prison_no(R, cc):
    up = string.ascii_uppercase
    d = lambda k: "".join(R.choice(string.digits) for _ in range(k))  # noqa: E731
    f = {"GB": lambda: R.choice(up) + d(4) + R.choice(up) + R.choice(up),
         "US": lambda: "%s-%s" % (d(5), d(3)),
         "DE": lambda: "GB-Nr. %s/%s" % (d(4), R.choice(["24", "25", "26"])),
         "FR": lambda: "écrou n° %s" % d(5),
         "IT": lambda: "matr. %s" % d(6),
         "RU": lambda: "№ %s" % d(6),
         "JP": lambda: "称呼番号%s" % d(4),
         "KR": lambda: "수용번호 %s" % d(4),
         "CN": lambda: "罪犯编号%s" % d(10),
         "TH": lambda: "เลขผู้ต้องขัง %s/%s" % (d(4), R.choice(["2568", "2569"])),
         }.get(cc, lambda: "%s-%s" % (INST[cc]["code"].replace(" ", ""), d(6)))()
    return N(f, "prison_number")


def case_ref(R, cc):
    up = string.ascii_uppercase
    d = lambda k: "".join(R.choice(string.digits) for _ in range(k))  # noqa: E731
    yr = R.choice(["2025", "2026"])
    if cc == "GB":
        f = R.choice(["CRN %s%s" % (R.choice(up), d(6)), "%s/%s/%s" % (R.choice(["PB", "OM", "VLU", "AP"]), yr, d(5))])
    elif cc == "US":
        f = R.choice(["%s-PRB-%s" % (yr[2:], d(5)), "OM-%s-%s" % (yr, d(5))])
    else:
        f = "%s/%s/%s" % (R.choice(["PB", "OM", "VL", "EM"]), yr, d(5))
    return N(f, "case_number")


def court_no(R, cc):
    d = lambda k: "".join(R.choice(string.digits) for _ in range(k))  # noqa: E731
    f = {"DE": "Az. %s Ls %s/%s" % (d(2), d(3), R.choice(["24", "25"])),
         "FR": "RG n° %s/%s" % (R.choice(["24", "25"]), d(5)),
         "ES": "Ejecutoria %s/%s" % (d(3), R.choice(["2024", "2025"])),
         "IT": "SIEP n. %s/%s" % (d(4), R.choice(["2024", "2025"])),
         "NL": "parketnr. %s/%s" % (d(2), d(6)),
         "PL": "sygn. akt II K %s/%s" % (d(3), R.choice(["24", "25"])),
         "RU": "дело № 1-%s/%s" % (d(3), R.choice(["2024", "2025"])),
         "BR": "processo %s-%s.%s.8.12.%s" % (d(7), d(2), R.choice(["2024", "2025"]), d(4)),
         "US": "Case No. %s-CR-%s" % (R.choice(["25", "26"]), d(4)),
         "GB": "T%s%s" % (R.choice(["2025", "2026"]), d(4))}.get(cc, "%s-%s/%s" % (INST[cc]["code"], d(4), R.choice(["2024", "2025"])))
    return N(f, "court_case_number")


def cell(R):
    return N(R.choice(["%s-%d-%02d", "%s%d-%02d"]) % (R.choice("ABCDEFGH"), R.randint(1, 4), R.randint(1, 40)), "cell_location")


def tag_serial(R):
    return N(R.choice(["EMT-%s-%05d", "HMU%s%06d", "RF-%s-%05d"]) % (rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3), R.randint(0, 99999)), "tag_serial")


def collar(R):
    return N(R.choice(["CO %d", "SO %d", "OSG %d", "#%d"]) % R.randint(1000, 9999), "collar_number")


STATUTE = {"GB": ["s.20 OAPA 1861", "s.1 Theft Act 1968", "s.4A Public Order Act 1986", "s.5 Misuse of Drugs Act 1971"],
           "US": ["18 U.S.C. § 922(g)", "PL 140.20", "§ 165.40", "21 U.S.C. § 841"],
           "DE": ["§ 242 StGB", "§ 223 StGB", "§ 29 BtMG", "§ 263 StGB"], "FR": ["art. 311-1 du code pénal", "art. 222-11 du code pénal"],
           "ES": ["art. 234 CP", "art. 147 CP", "art. 368 CP"], "IT": ["art. 624 c.p.", "art. 582 c.p.", "art. 73 DPR 309/90"],
           "NL": ["art. 310 Sr", "art. 300 Sr"], "PL": ["art. 278 § 1 kk", "art. 157 § 1 kk"], "RU": ["ч. 1 ст. 158 УК РФ", "ч. 2 ст. 228 УК РФ"],
           "GR": ["άρθρο 372 ΠΚ", "άρθρο 308 ΠΚ"], "TR": ["TCK m. 141", "TCK m. 86"], "IL": ["סעיף 384 לחוק העונשין"],
           "EG": ["المادة 318 عقوبات"], "IN": ["BNS धारा 303", "BNS धारा 115"], "TH": ["ป.อ. มาตรา 334"],
           "CN": ["刑法第264条"], "JP": ["刑法235条"], "KR": ["형법 제329조"], "VN": ["Điều 173 BLHS"], "BR": ["art. 155 do CP", "art. 33 da Lei 11.343/06"]}


def statute(R, cc):
    return N(R.choice(STATUTE[cc]), "statute")


def amount(R, cc, lo=5, hi=400):
    return N(INST[cc]["cur"](R.randint(lo, hi) + R.choice([0, 0.5, 0.25, 0.8])), "amount")


def sentence_len(R):
    return N(R.choice(["%d months" % R.randint(4, 60), "%d years %d months" % (R.randint(2, 9), R.randint(1, 11)),
                       "%d weeks" % R.randint(8, 26)]), "sentence_length")


# Name-as-word sentences (no word of them is in the name lists).
NAME_AS_WORD = {
    "en": ["Will the visits hall open at 14:00 on Saturday?", "Grant the extra phone credit only after review.",
           "Frank talk with the wing manager helped.", "Hope wing is running the listener scheme again.",
           "Chase up the property bag from reception.", "Bill the replacement ID card to the canteen account.",
           "Carol service in the chapel is at 10:30.", "Mark the cell as checked on the roll.",
           "Faith leaders' rota is pinned in the multi-faith room."],
    "de": ["Frank und frei reden darf man in der Gesprächsgruppe."],
    "fr": ["Pierre d'angle du nouveau parloir posée hier."],
    "es": ["Rosario en la capilla los martes a las 18:00."],
    "it": ["Speranza è il nome del nuovo laboratorio di sartoria."],
    "nl": ["Roos op de binnenplaats is gesnoeid."],
    "pt": ["Graça e paz a todos no culto de domingo."],
}


# ================================================= per-language frames
# Release on licence: {name} {pno} {prison} {date} {addr} {office} {po}
# {pophone} {victim} {exp} {switch}
LICENCE = {
    "en": "Dear {name},\nRelease on licence - prison number {pno}\nYou will be released from {prison} on {date}. You must live at {addr} and report to {office} by 15:00 on the day of release, where your probation officer {po} ({pophone}) will meet you. You must not contact {victim}, directly or through anyone else, and you must not enter the town-centre exclusion zone shown on the map. Your licence expires on {exp}.\nOffender Management Unit, {prison}, {switch}",
    "de": "Sehr geehrter Herr / sehr geehrte Frau {name},\nEntlassung zur Bewährung, {pno}\nSie werden am {date} aus der {prison} entlassen. Sie wohnen ab dann unter der Anschrift {addr} und melden sich am Entlassungstag bis 15 Uhr bei der {office}; Ihr Bewährungshelfer bzw. Ihre Bewährungshelferin {po} ist unter {pophone} erreichbar. Jeder Kontakt zu {victim} ist Ihnen untersagt, auch über Dritte. Die Bewährungszeit endet am {exp}.\nVollzugsgeschäftsstelle, {prison}, Tel. {switch}",
    "fr": "Madame, Monsieur {name},\nLibération sous contrainte - {pno}\nVous serez libéré(e) du {prison} le {date}. Vous devrez résider au {addr} et vous présenter au {office} le jour même avant 15 h ; votre conseiller(ère) d'insertion et de probation, {po}, est joignable au {pophone}. Il vous est interdit d'entrer en contact avec {victim}, directement ou par un tiers. La mesure prend fin le {exp}.\nGreffe pénitentiaire, {prison}, {switch}",
    "es": "Estimado/a {name}:\nLibertad condicional - {pno}\nSaldrá del {prison} el {date}. Deberá residir en {addr} y presentarse ese mismo día antes de las 15:00 en el {office}, donde le atenderá su técnico/a {po} ({pophone}). Tiene prohibido comunicarse con {victim} por cualquier medio, directamente o a través de terceros. La libertad condicional finaliza el {exp}.\nOficina de Régimen, {prison}, tel. {switch}",
    "it": "Gentile {name},\nliberazione condizionale - {pno}\nLei sarà dimesso/a dalla {prison} il {date}. Dovrà risiedere in {addr} e presentarsi lo stesso giorno entro le 15 all'{office}, dove la seguirà il funzionario {po} ({pophone}). Le è vietato ogni contatto con {victim}, anche tramite terzi. La misura termina il {exp}.\nUfficio matricola, {prison}, tel. {switch}",
    "nl": "Beste {name},\nVoorwaardelijke invrijheidstelling - {pno}\nU wordt op {date} in vrijheid gesteld uit {prison}. U woont vanaf dan op {addr} en meldt zich dezelfde dag voor 15.00 uur bij {office}; uw toezichthouder {po} is bereikbaar op {pophone}. U mag geen contact zoeken met {victim}, ook niet via anderen. De proeftijd eindigt op {exp}.\nBureau Selectie en Detentiebegeleiding, {prison}, {switch}",
    "pl": "Pan/Pani {name}\nWarunkowe przedterminowe zwolnienie - {pno}\nZostanie Pan/Pani zwolniony/a z jednostki penitencjarnej ({prison}) w dniu {date}. Obowiązuje Pana/Panią zamieszkanie pod adresem {addr} oraz stawiennictwo w dniu zwolnienia do godz. 15:00 w {office}; kurator {po}, tel. {pophone}. Zakazany jest wszelki kontakt z {victim}, także za pośrednictwem osób trzecich. Okres próby kończy się {exp}.\nDział ewidencji, {prison}, tel. {switch}",
    "ru": "Уважаемый(ая) {name}!\nУсловно-досрочное освобождение, {pno}\nВы будете освобождены из {prison} {date}. Вы обязаны проживать по адресу: {addr} и в день освобождения до 15:00 явиться в {office}; ваш инспектор {po}, тел. {pophone}. Вам запрещено вступать в контакт с {victim}, в том числе через третьих лиц. Испытательный срок истекает {exp}.\nСпецчасть, {prison}, тел. {switch}",
    "el": "Προς {name},\nΑπόλυση υπό όρο - {pno}\nΘα αποφυλακιστείτε από το {prison} στις {date}. Οφείλετε να διαμένετε στη διεύθυνση {addr} και να παρουσιαστείτε την ίδια μέρα έως τις 15:00 στην {office}· ο/η επιμελητής/τρια σας {po} είναι στο {pophone}. Απαγορεύεται κάθε επικοινωνία με {victim}, άμεσα ή μέσω τρίτων. Ο όρος λήγει στις {exp}.\nΓραμματεία, {prison}, τηλ. {switch}",
    "tr": "Sayın {name},\nKoşullu salıverilme - {pno}\n{date} tarihinde {prison} tahliye edileceksiniz. {addr} adresinde ikamet etmeniz ve tahliye günü saat 15:00'e kadar {office} başvurmanız gerekmektedir; denetim görevliniz {po}, tel. {pophone}. {victim} ile doğrudan ya da başkaları aracılığıyla iletişim kurmanız yasaktır. Denetim süresi {exp} tarihinde sona erer.\nİdare, {prison}, tel. {switch}",
    "he": "לכבוד {name},\nשחרור על תנאי - {pno}\nתשוחרר/י מ{prison} בתאריך {date}. עליך להתגורר בכתובת {addr} ולהתייצב ביום השחרור עד השעה 15:00 ב{office}; קצין/ת המבחן שלך, {po}, זמין/ה בטלפון {pophone}. חל איסור על כל קשר עם {victim}, במישרין או בעקיפין. תקופת התנאי מסתיימת ב-{exp}.\nמשרד האסירים, {prison}, {switch}",
    "ar": "السيد/السيدة {name}،\nالإفراج الشرطي - {pno}\nسيتم الإفراج عنك من {prison} بتاريخ {date}. يجب أن تقيم في العنوان {addr} وأن تحضر في يوم الإفراج قبل الساعة الثالثة عصرًا إلى {office}؛ المشرف المسؤول عنك {po}، هاتف {pophone}. يُحظر عليك التواصل مع {victim} بشكل مباشر أو عن طريق الغير. تنتهي مدة الإفراج الشرطي في {exp}.\nقسم السجلات، {prison}، {switch}",
    "hi": "प्रिय {name},\nपैरोल पर रिहाई - {pno}\nआपको {date} को {prison} से रिहा किया जाएगा। आपको {addr} पर रहना होगा और रिहाई के दिन दोपहर 3 बजे तक {office} में हाज़िर होना होगा; आपके परिवीक्षा अधिकारी {po}, फ़ोन {pophone}। {victim} से सीधे या किसी और के ज़रिए संपर्क करना मना है। यह शर्त {exp} को समाप्त होगी।\nरिकॉर्ड शाखा, {prison}, {switch}",
    "th": "เรียน {name}\nเรื่อง การพักการลงโทษ {pno}\nท่านจะได้รับการปล่อยตัวจาก{prison} ในวันที่ {date} ท่านต้องพักอาศัยอยู่ที่ {addr} และไปรายงานตัวที่{office} ภายในเวลา 15.00 น. ของวันที่ได้รับการปล่อยตัว พนักงานคุมประพฤติผู้รับผิดชอบคือ {po} โทร {pophone} ห้ามติดต่อ{victim}ไม่ว่าทางตรงหรือทางอ้อม การคุมประพฤติสิ้นสุดวันที่ {exp}\nฝ่ายทะเบียน {prison} โทร {switch}",
    "zh": "{name}：\n关于假释出监的通知（{pno}）\n你将于{date}从{prison}出监。出监后须居住在{addr}，并于当日15时前到{office}报到，负责你的矫正工作人员为{po}（电话{pophone}）。不得直接或通过他人联系{victim}。考验期至{exp}止。\n{prison}狱政科　电话{switch}",
    "ja": "{name} 様\n仮釈放について（{pno}）\nあなたは{date}に{prison}から仮釈放されます。釈放後は{addr}に居住し、当日15時までに{office}へ出頭してください。担当の保護観察官は{po}（{pophone}）です。{victim}さんへの直接・間接の接触は禁止されています。保護観察期間は{exp}までです。\n{prison} 総務課（{switch}）",
    "ko": "{name} 님께\n가석방 안내 ({pno})\n귀하는 {date}에 {prison}에서 가석방됩니다. 출소 후 {addr}에 거주하여야 하며, 출소 당일 15시까지 {office}에 출석하십시오. 담당 보호관찰관은 {po}({pophone})입니다. {victim} 씨와는 직접 또는 제3자를 통한 어떠한 연락도 금지됩니다. 보호관찰 기간은 {exp}까지입니다.\n{prison} 수용기록과 ({switch})",
    "vi": "Gửi {name},\nV/v tha tù trước thời hạn có điều kiện ({pno})\nAnh/chị sẽ được ra trại {prison} vào {date}. Anh/chị phải cư trú tại {addr} và trình diện tại {office} trước 15 giờ ngày ra trại; cán bộ theo dõi là {po}, điện thoại {pophone}. Nghiêm cấm liên hệ với {victim} dưới mọi hình thức, kể cả qua người khác. Thời gian thử thách kết thúc vào {exp}.\nPhòng hồ sơ, {prison}, {switch}",
    "pt": "Prezado(a) {name},\nLivramento condicional - {pno}\nO(a) senhor(a) será posto(a) em liberdade da {prison} em {date}. Deverá residir na {addr} e comparecer no mesmo dia, até as 15h, à {office}; seu(sua) técnico(a) de referência é {po}, telefone {pophone}. É proibido qualquer contato com {victim}, direto ou por terceiros. O período de prova termina em {exp}.\nSetor de Prontuário, {prison}, tel. {switch}",
}

# Victim contact: {victim} {vaddr} {offender} {prison} {date} {vlo} {vlophone} {help} {ref}
VICTIM = {
    "en": "{victim}\n{vaddr}\nOur ref: {ref}\nDear {victim_short},\nI am the victim liaison officer for the case of {offender}. I am writing to let you know that {offender_short} is due to be considered for release from {prison} on or after {date}. You can ask for conditions to be added to the licence, for example that {offender_short} must not contact you. Please call me on {vlophone} or reply to this letter. If you would like support, the victims' helpline is free on {help}.\nYours sincerely,\n{vlo}\nVictim Liaison Unit",
    "de": "{victim}\n{vaddr}\nUnser Zeichen: {ref}\nSehr geehrte/r {victim_short},\nich betreue als Opferkontaktstelle das Verfahren gegen {offender}. Hiermit teile ich Ihnen mit, dass eine Entlassung aus der {prison} frühestens am {date} geprüft wird. Sie können beantragen, dass {offender_short} Ihnen gegenüber ein Kontaktverbot auferlegt wird. Sie erreichen mich unter {vlophone}. Das Opfertelefon ist kostenlos unter {help} erreichbar.\nMit freundlichen Grüßen\n{vlo}",
    "fr": "{victim}\n{vaddr}\nRéf. : {ref}\nMadame, Monsieur,\nEn tant que référent(e) victimes dans le dossier de {offender}, je vous informe qu'une libération du {prison} pourra être examinée à partir du {date}. Vous pouvez demander qu'une interdiction de contact soit imposée à {offender_short}. Vous pouvez me joindre au {vlophone}. Le numéro d'aide aux victimes, gratuit, est le {help}.\nVeuillez agréer mes salutations distinguées.\n{vlo}",
    "es": "{victim}\n{vaddr}\nN/ref.: {ref}\nEstimado/a {victim_short}:\nComo técnico/a de atención a víctimas en el caso de {offender}, le comunico que a partir del {date} podrá estudiarse su salida del {prison}. Puede solicitar que se imponga a {offender_short} la prohibición de comunicarse con usted. Puede llamarme al {vlophone}. El teléfono gratuito de atención a víctimas es el {help}.\nAtentamente,\n{vlo}",
    "it": "{victim}\n{vaddr}\nRif.: {ref}\nGentile {victim_short},\nin qualità di referente per le vittime nel procedimento a carico di {offender}, la informo che dal {date} potrà essere valutata la scarcerazione dalla {prison}. Può chiedere che a {offender_short} sia imposto il divieto di contattarla. Può chiamarmi al {vlophone}. Il numero gratuito di sostegno alle vittime è {help}.\nCordiali saluti,\n{vlo}",
    "nl": "{victim}\n{vaddr}\nOns kenmerk: {ref}\nBeste {victim_short},\nAls slachtoffercontactpersoon in de zaak tegen {offender} laat ik u weten dat vanaf {date} wordt bekeken of invrijheidstelling uit {prison} mogelijk is. U kunt vragen om een contactverbod voor {offender_short}. U bereikt mij op {vlophone}. Slachtofferhulp is gratis bereikbaar op {help}.\nMet vriendelijke groet,\n{vlo}",
    "pl": "{victim}\n{vaddr}\nZnak sprawy: {ref}\nSzanowna Pani / Szanowny Panie {victim_short},\njako osoba kontaktowa dla pokrzywdzonych informuję, że od {date} może być rozpatrywane warunkowe zwolnienie z jednostki penitencjarnej ({prison}) osoby skazanej: {offender}. Może Pan/Pani wnioskować o zakaz kontaktowania się tej osoby z Panem/Panią. Proszę dzwonić pod numer {vlophone}. Bezpłatna linia wsparcia dla pokrzywdzonych: {help}.\nZ poważaniem\n{vlo}",
    "ru": "{victim}\n{vaddr}\nИсх. № {ref}\nУважаемый(ая) {victim_short}!\nСообщаю, что с {date} может рассматриваться вопрос об условно-досрочном освобождении из {prison} осуждённого(ой): {offender}. Вы вправе ходатайствовать о запрете этому лицу вступать с вами в контакт. Мой телефон: {vlophone}. Бесплатная линия помощи потерпевшим: {help}.\nС уважением,\n{vlo}",
    "el": "{victim}\n{vaddr}\nΑρ. πρωτ.: {ref}\nΑξιότιμε/η {victim_short},\nως υπεύθυνος/η επικοινωνίας με θύματα στην υπόθεση του/της {offender}, σας ενημερώνω ότι από {date} μπορεί να εξεταστεί η αποφυλάκιση από το {prison}. Μπορείτε να ζητήσετε να επιβληθεί στον/στην {offender_short} απαγόρευση επικοινωνίας μαζί σας. Τηλέφωνό μου: {vlophone}. Η δωρεάν γραμμή υποστήριξης θυμάτων είναι {help}.\nΜε εκτίμηση,\n{vlo}",
    "tr": "{victim}\n{vaddr}\nSayı: {ref}\nSayın {victim_short},\n{offender} hakkındaki dosyada mağdur irtibat görevlisi olarak, {date} tarihinden itibaren {prison} tahliyesinin değerlendirilebileceğini bildiririm. {offender_short} için sizinle iletişim yasağı konulmasını talep edebilirsiniz. Bana {vlophone} numarasından ulaşabilirsiniz. Ücretsiz mağdur destek hattı: {help}.\nSaygılarımla,\n{vlo}",
    "he": "{victim}\n{vaddr}\nסימוכין: {ref}\nשלום {victim_short},\nאני קצין/ת הקשר לנפגעי עבירה בתיק של {offender}. ברצוני לעדכן כי החל מ-{date} תיבחן האפשרות לשחרר את {offender_short} מ{prison}. באפשרותך לבקש שייקבע איסור יצירת קשר איתך. ניתן להשיג אותי בטלפון {vlophone}. קו התמיכה לנפגעי עבירה זמין ללא תשלום: {help}.\nבברכה,\n{vlo}",
    "ar": "{victim}\n{vaddr}\nالمرجع: {ref}\nالسيد/السيدة {victim_short}،\nبصفتي مسؤول التواصل مع المجني عليهم في قضية {offender}، أود إبلاغكم بأنه اعتبارًا من {date} قد يُنظر في الإفراج عنه من {prison}. يحق لكم طلب منع {offender_short} من التواصل معكم. يمكنكم الاتصال بي على {vlophone}. خط دعم المجني عليهم المجاني: {help}.\nمع خالص التحية،\n{vlo}",
    "hi": "{victim}\n{vaddr}\nसंदर्भ: {ref}\nआदरणीय {victim_short} जी,\n{offender} के मामले में पीड़ित संपर्क अधिकारी के रूप में आपको सूचित किया जाता है कि {date} से {prison} से रिहाई पर विचार हो सकता है। आप अनुरोध कर सकते हैं कि {offender_short} पर आपसे संपर्क न करने की शर्त लगाई जाए। मुझसे {vlophone} पर बात करें। पीड़ित सहायता हेल्पलाइन निःशुल्क है: {help}।\nभवदीय,\n{vlo}",
    "th": "{victim}\n{vaddr}\nที่ {ref}\nเรียน คุณ{victim_short}\nในฐานะเจ้าหน้าที่ประสานงานผู้เสียหายในคดีของ {offender} ขอแจ้งว่าตั้งแต่วันที่ {date} อาจมีการพิจารณาปล่อยตัวจาก{prison} ท่านสามารถขอให้กำหนดเงื่อนไขห้าม {offender_short} ติดต่อท่านได้ ติดต่อดิฉันได้ที่ {vlophone} สายด่วนช่วยเหลือผู้เสียหายโทรฟรี {help}\nขอแสดงความนับถือ\n{vlo}",
    "zh": "{victim}\n{vaddr}\n编号：{ref}\n{victim_short}您好：\n我是{offender}一案的被害人联络员。特此告知，自{date}起可能对其从{prison}假释一事进行审查。您可以申请禁止{offender_short}与您联系。我的电话是{vlophone}。被害人援助热线（免费）：{help}。\n此致\n{vlo}",
    "ja": "{victim} 様\n{vaddr}\n整理番号：{ref}\n{offender}に係る事件の被害者連絡担当の{vlo}です。{date}以降、{prison}からの仮釈放が審理される可能性がありますのでお知らせします。{offender_short}に対し、あなたへの接触禁止を遵守事項として求めることができます。ご連絡は{vlophone}までお願いします。被害者相談窓口（無料）：{help}",
    "ko": "{victim} 님\n{vaddr}\n문서번호: {ref}\n{victim_short} 님께,\n저는 {offender} 사건의 피해자 연락 담당자입니다. {date} 이후 {prison}에서의 가석방 심사가 진행될 수 있음을 알려 드립니다. {offender_short}에게 귀하와의 접촉 금지 조건을 부과해 달라고 요청하실 수 있습니다. 연락은 {vlophone}으로 주십시오. 피해자 지원 상담전화(무료): {help}\n{vlo} 드림",
    "vi": "{victim}\n{vaddr}\nSố: {ref}\nKính gửi {victim_short},\nTôi là cán bộ liên lạc với bị hại trong vụ án của {offender}. Xin thông báo từ {date} có thể xem xét việc tha tù trước thời hạn khỏi {prison}. Ông/bà có thể đề nghị cấm {offender_short} liên lạc với mình. Xin gọi cho tôi qua số {vlophone}. Đường dây hỗ trợ bị hại miễn phí: {help}.\nTrân trọng,\n{vlo}",
    "pt": "{victim}\n{vaddr}\nRef.: {ref}\nPrezado(a) {victim_short},\ncomo responsável pelo contato com vítimas no processo de {offender}, informo que a partir de {date} poderá ser analisada a saída da {prison}. O(a) senhor(a) pode pedir que seja imposta a {offender_short} a proibição de contato. Meu telefone é {vlophone}. A linha gratuita de apoio às vítimas é {help}.\nAtenciosamente,\n{vlo}",
}


# Family chats: [opening by the relative, agent greeting + asking contact,
# relative gives phone, relative gives e-mail, agent confirms booking,
# relative types a card, agent warns, agent sign-off]
CHAT = {
    "en": ["Hi, I'm {fam}, {pris}'s {rel}. Can I book a visit for next week?",
           "Hello {famg}, this is {agentg} from the family support desk at {prison}. What's the best number or email for you?",
           "my mobile is {phone}", "best to email me: {email}",
           "Thanks. Visit booked, reference {vo}, for {date} at 14:00. Please bring photo ID.",
           "Also can I put phone credit on with my card {card}?",
           "Please don't send card numbers in this chat, I'll delete it. Use the family portal instead.",
           "{agent} - Family Support, {prison}"],
    "de": ["Hallo, hier ist {fam}, {rel} von {pris}. Kann ich für nächste Woche einen Besuch buchen?",
           "Guten Tag {famg}, hier {agentg} vom Angehörigenservice der {prison}. Unter welcher Nummer oder Mail erreichen wir Sie?",
           "meine Handynummer: {phone}", "am besten per Mail: {email}",
           "Danke. Besuch gebucht, Nummer {vo}, am {date} um 14 Uhr. Bitte Ausweis mitbringen.",
           "Kann ich das Telefonguthaben gleich mit meiner Karte {card} aufladen?",
           "Bitte keine Kartennummern im Chat schicken, ich lösche die Nachricht. Nutzen Sie bitte das Angehörigenportal.",
           "{agent}, Angehörigenservice, {prison}"],
    "fr": ["Bonjour, je suis {fam}, {rel} de {pris}. Je peux réserver un parloir pour la semaine prochaine ?",
           "Bonjour {famg}, ici {agentg} du service familles du {prison}. À quel numéro ou quelle adresse mail vous joindre ?",
           "mon portable : {phone}", "plutôt par mail : {email}",
           "Merci. Parloir réservé, n° {vo}, le {date} à 14 h. Pensez à votre pièce d'identité.",
           "Et je peux payer la recharge téléphone avec ma carte {card} ?",
           "Merci de ne pas envoyer de numéro de carte ici, je supprime le message. Passez par le portail familles.",
           "{agent}, service familles, {prison}"],
    "es": ["Hola, soy {fam}, {rel} de {pris}. ¿Puedo reservar un vis a vis para la semana que viene?",
           "Hola {famg}, le atiende {agentg}, del servicio de familias del {prison}. ¿En qué teléfono o correo le localizamos?",
           "mi móvil es {phone}", "mejor por correo: {email}",
           "Gracias. Comunicación reservada, n.º {vo}, el {date} a las 14:00. Traiga el DNI.",
           "¿Puedo pagar el saldo del teléfono con mi tarjeta {card}?",
           "Por favor, no envíe números de tarjeta por este chat; borro el mensaje. Use el portal de familias.",
           "{agent}, servicio de familias, {prison}"],
    "it": ["Buongiorno, sono {fam}, {rel} di {pris}. Posso prenotare un colloquio per la settimana prossima?",
           "Buongiorno {famg}, sono {agentg} dell'ufficio colloqui della {prison}. A che numero o e-mail la troviamo?",
           "il mio cellulare è {phone}", "meglio per e-mail: {email}",
           "Grazie. Colloquio prenotato, n. {vo}, il {date} alle 14. Porti un documento.",
           "Posso caricare il credito telefonico con la mia carta {card}?",
           "Per favore non mandi numeri di carta in chat, cancello il messaggio. Usi il portale famiglie.",
           "{agent}, ufficio colloqui, {prison}"],
    "nl": ["Hoi, ik ben {fam}, {rel} van {pris}. Kan ik voor volgende week een bezoek boeken?",
           "Hallo {famg}, met {agentg} van het familieloket van {prison}. Op welk nummer of mailadres bent u bereikbaar?",
           "mijn mobiel: {phone}", "liever per mail: {email}",
           "Dank u. Bezoek geboekt, nummer {vo}, op {date} om 14.00 uur. Neem een identiteitsbewijs mee.",
           "Kan ik het beltegoed betalen met mijn kaart {card}?",
           "Stuur alstublieft geen kaartnummers in deze chat, ik verwijder het bericht. Gebruik het familieportaal.",
           "{agent}, familieloket, {prison}"],
    "pl": ["Dzień dobry, tu {fam} ({rel}), chodzi o osadzonego/osadzoną: {pris}. Czy mogę umówić widzenie na przyszły tydzień?",
           "Dzień dobry, {famg}, tu {agentg} z działu widzeń ({prison}). Pod jaki numer lub e-mail się odezwać?",
           "mój numer: {phone}", "najlepiej mailem: {email}",
           "Dziękuję. Widzenie zarezerwowane, nr {vo}, {date} o 14:00. Proszę zabrać dowód osobisty.",
           "Czy mogę doładować telefon kartą {card}?",
           "Proszę nie wysyłać numerów kart na czacie, usuwam wiadomość. Proszę skorzystać z portalu dla rodzin.",
           "{agent}, dział widzeń, {prison}"],
    "ru": ["Здравствуйте, меня зовут {fam}, я {rel}. Осуждённый(ая): {pris}. Можно записаться на свидание на следующей неделе?",
           "Здравствуйте, {famg}! Это {agentg}, служба по работе с родственниками {prison}. По какому телефону или почте с вами связаться?",
           "мой телефон {phone}", "лучше на почту: {email}",
           "Спасибо. Свидание записано, № {vo}, {date} в 14:00. Возьмите паспорт.",
           "А можно оплатить звонки моей картой {card}?",
           "Пожалуйста, не присылайте номера карт в чат, я удаляю сообщение. Оплата через портал для родственников.",
           "{agent}, служба по работе с родственниками, {prison}"],
    "el": ["Καλησπέρα, είμαι η/ο {fam}, {rel} του/της {pris}. Μπορώ να κλείσω επισκεπτήριο για την άλλη εβδομάδα;",
           "Καλησπέρα {famg}, είμαι {agentg} από το γραφείο επισκεπτηρίων του {prison}. Σε ποιο τηλέφωνο ή email σας βρίσκουμε;",
           "το κινητό μου {phone}", "καλύτερα με email: {email}",
           "Ευχαριστώ. Το επισκεπτήριο κλείστηκε, αρ. {vo}, στις {date} και ώρα 14:00. Φέρτε ταυτότητα.",
           "Μπορώ να πληρώσω τη χρέωση τηλεφώνου με την κάρτα μου {card};",
           "Παρακαλώ μη στέλνετε αριθμούς καρτών εδώ, διαγράφω το μήνυμα. Χρησιμοποιήστε την πύλη οικογενειών.",
           "{agent}, γραφείο επισκεπτηρίων, {prison}"],
    "tr": ["Merhaba, ben {fam}, {pris} adlı hükümlünün {rel}. Gelecek hafta için görüş randevusu alabilir miyim?",
           "Merhaba {famg}, ben {agentg}, {prison} aile destek masası. Size hangi numara ya da e-postadan ulaşalım?",
           "cep numaram {phone}", "e-posta daha iyi: {email}",
           "Teşekkürler. Görüş kaydedildi, no {vo}, {date} saat 14:00. Lütfen kimliğinizi getirin.",
           "Telefon kontörünü kartımla ödeyebilir miyim: {card}",
           "Lütfen kart numarasını buradan göndermeyin, mesajı siliyorum. Aile portalını kullanın.",
           "{agent}, aile destek masası, {prison}"],
    "he": ["שלום, אני {fam}, {rel} של {pris}. אפשר לקבוע ביקור לשבוע הבא?",
           "שלום {famg}, כאן {agentg} ממוקד המשפחות של {prison}. באיזה טלפון או מייל אפשר להשיג אותך?",
           "הנייד שלי {phone}", "עדיף במייל: {email}",
           "תודה. הביקור נקבע, מס' {vo}, ב-{date} בשעה 14:00. נא להביא תעודה מזהה.",
           "אפשר לשלם על כרטיס החיוג בכרטיס האשראי שלי {card}?",
           "בבקשה לא לשלוח מספרי כרטיס בצ'אט, אני מוחק/ת את ההודעה. אפשר לשלם דרך פורטל המשפחות.",
           "{agent}, מוקד המשפחות, {prison}"],
    "ar": ["السلام عليكم، أنا {fam} ({rel})، بخصوص النزيل/النزيلة {pris}. هل يمكنني حجز زيارة الأسبوع القادم؟",
           "وعليكم السلام {famg}، معك {agentg} من مكتب خدمة الأسر في {prison}. ما رقم الهاتف أو البريد المناسب للتواصل؟",
           "رقمي {phone}", "الأفضل بالبريد: {email}",
           "شكرًا. تم حجز الزيارة برقم {vo} يوم {date} الساعة الثانية ظهرًا. برجاء إحضار البطاقة.",
           "هل يمكنني شحن رصيد المكالمات ببطاقتي {card}؟",
           "من فضلك لا ترسل أرقام البطاقات هنا، سأحذف الرسالة. استخدم بوابة الأسر.",
           "{agent}، مكتب خدمة الأسر، {prison}"],
    "hi": ["नमस्ते, मैं {fam} हूँ, {pris} की/का {rel}। क्या अगले हफ़्ते मुलाक़ात बुक हो सकती है?",
           "नमस्ते {famg} जी, मैं {agentg}, {prison} की परिवार सहायता डेस्क से। आपसे किस नंबर या ईमेल पर संपर्क करें?",
           "मेरा मोबाइल {phone} है", "ईमेल ठीक रहेगा: {email}",
           "धन्यवाद। मुलाक़ात बुक हो गई, संख्या {vo}, {date} को दोपहर 2 बजे। पहचान पत्र साथ लाएँ।",
           "क्या फ़ोन बैलेंस मेरे कार्ड {card} से भर सकते हैं?",
           "कृपया चैट में कार्ड नंबर न भेजें, मैं संदेश हटा रहा हूँ। परिवार पोर्टल से भुगतान करें।",
           "{agent}, परिवार सहायता डेस्क, {prison}"],
    "th": ["สวัสดีค่ะ ดิฉัน{fam} เป็น{rel}ของ{pris} ขอจองเยี่ยมสัปดาห์หน้าได้ไหมคะ",
           "สวัสดีค่ะคุณ{famg} {agentg}จากศูนย์บริการญาติ {prison} ค่ะ สะดวกให้ติดต่อเบอร์หรืออีเมลไหนคะ",
           "เบอร์มือถือ {phone} ค่ะ", "ส่งทางอีเมลดีกว่าค่ะ {email}",
           "ขอบคุณค่ะ จองเยี่ยมแล้ว เลขที่ {vo} วันที่ {date} เวลา 14.00 น. กรุณานำบัตรประชาชนมาด้วยนะคะ",
           "เติมเงินค่าโทรศัพท์ด้วยบัตร {card} ได้ไหมคะ",
           "กรุณาอย่าส่งเลขบัตรในแชทนะคะ ขอลบข้อความนี้ ชำระผ่านพอร์ทัลญาติได้ค่ะ",
           "{agent} ศูนย์บริการญาติ {prison}"],
    "zh": ["你好，我是{fam}，{pris}的{rel}。下周可以预约会见吗？",
           "您好{famg}，我是{prison}亲属服务窗口的{agentg}。方便留个电话或邮箱吗？",
           "我手机是{phone}", "发邮箱吧：{email}",
           "谢谢。会见已预约，编号{vo}，{date}下午两点，请带身份证。",
           "亲情电话的话费能用我的卡{card}充吗？",
           "请不要在聊天里发卡号，我先把消息删了。请通过亲属服务平台缴费。",
           "{prison}亲属服务窗口　{agent}"],
    "ja": ["こんにちは、{pris}の{rel}の{fam}です。来週の面会を予約できますか。",
           "{famg}様、{prison}面会受付の{agentg}です。ご連絡先のお電話かメールを教えていただけますか。",
           "携帯は{phone}です", "メールでお願いします：{email}",
           "ありがとうございます。面会を予約しました。受付番号{vo}、{date} 14時です。身分証をお持ちください。",
           "電話の利用料を私のカード{card}で払えますか。",
           "カード番号はチャットに送らないでください。メッセージは削除します。家族向けポータルからお支払いください。",
           "{prison} 面会受付 {agent}"],
    "ko": ["안녕하세요, {pris}의 {rel} {fam}입니다. 다음 주 접견 예약 가능할까요?",
           "{famg} 님 안녕하세요, {prison} 가족지원 창구 {agentg}입니다. 연락받으실 번호나 이메일 알려 주시겠어요?",
           "제 번호는 {phone}이에요", "이메일로 주세요: {email}",
           "감사합니다. 접견 예약되었습니다. 예약번호 {vo}, {date} 오후 2시입니다. 신분증 지참해 주세요.",
           "전화 충전을 제 카드 {card}로 해도 되나요?",
           "채팅으로 카드번호를 보내지 마세요. 메시지는 삭제하겠습니다. 가족 포털에서 결제해 주세요.",
           "{prison} 가족지원 창구 {agent}"],
    "vi": ["Chào anh chị, tôi là {fam}, {rel} của phạm nhân {pris}. Tuần sau tôi đặt lịch thăm gặp được không?",
           "Chào {famg}, em là {agentg} ở bộ phận hỗ trợ thân nhân của {prison}. Mình để lại số điện thoại hoặc email nhé?",
           "số của tôi là {phone}", "gửi qua email giúp tôi: {email}",
           "Cảm ơn. Đã đặt lịch thăm gặp, mã {vo}, vào {date} lúc 14 giờ. Nhớ mang CCCD.",
           "Tôi nạp tiền điện thoại bằng thẻ {card} được không?",
           "Xin đừng gửi số thẻ qua chat, em xin xóa tin nhắn. Mình thanh toán qua cổng thông tin thân nhân nhé.",
           "{agent}, bộ phận hỗ trợ thân nhân, {prison}"],
    "pt": ["Oi, sou {fam}, {rel} do(a) {pris}. Consigo agendar visita pra semana que vem?",
           "Olá {famg}, aqui é {agentg}, do atendimento às famílias da {prison}. Qual telefone ou e-mail para contato?",
           "meu celular é {phone}", "melhor por e-mail: {email}",
           "Obrigado(a). Visita agendada, nº {vo}, em {date} às 14h. Traga documento com foto.",
           "Posso pagar os créditos de telefone com meu cartão {card}?",
           "Por favor, não mande número de cartão aqui no chat, vou apagar a mensagem. Use o portal das famílias.",
           "{agent}, atendimento às famílias, {prison}"],
}


# ======================================================= labelled templates
TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f.__name__, count, clean, f))
        return f
    return deco


def P(p):
    return L("person", p["full"])


def PG(p):
    return L("person", p["given"])


def vo_no(R):
    return N(R.choice(["VO-%06d" % R.randint(0, 999999), "BK%07d" % R.randint(0, 9999999),
                       "V%d-%05d" % (R.randint(25, 27), R.randint(0, 99999))]), "booking_number")


def idcheck(R, cc, p, d):
    """The id a visitor or applicant shows: national id or passport."""
    if R.random() < 0.35 or cc in ("EG", "JP", "KR"):
        return FIELDS[LANG[cc]]["pp"], passport(R, cc)
    return ID_LABEL_EN[cc], gov_id(R, cc, p, d)


@tpl(44)
def reception_form(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    cast = Cast(R, cc)
    pr, nok, off = cast(), cast(), cast()
    d, dl = dob(R, cc, lo=1960, hi=2006)
    parts = ["RECEPTION / FIRST NIGHT - ", N(I["prison"], "institution"), " (", N(I["code"], "establishment_code"), ")\n",
             "Received: ", plain_date(R, cc, 2026), " 16:%02d   Prison no.: " % R.randint(0, 59), prison_no(R, cc),
             "   Cell: ", cell(R), "   Location: ", N(I["wing"], "eponym_wing"), "\n",
             f["name"], ": ", P(pr), "\n", f["dob"], ": ", dl, "\n",
             f["addr"], " (last known): ", L("address", address(R, cc)), "\n"]
    if R.random() < 0.65:
        parts += [ID_LABEL_EN[cc], ": ", gov_id(R, cc, pr, d), "\n"]
    parts += [f["nok"], ": ", P(nok), " (", rel(R, lang, nok), "), ", f["phone"], " ", phone(R, cc), "\n",
              "Warrant: ", court_no(R, cc), "; offence ", statute(R, cc), "; sentence ", sentence_len(R), "\n",
              "Cash on reception: ", amount(R, cc, 0, 90), "; property sealed in bag ", N("PB%07d" % R.randint(0, 9999999), "seal_number"), "\n",
              "Healthcare screen: seen by nurse ", PG(cast()), "; next appointment ", plain_date(R, cc, 2026), "\n",
              "Received by: ", P(off), " ", collar(R)]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def visit_booking(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    cast = Cast(R, cc)
    pr, v = cast(), cast()
    d, dl = dob(R, cc)
    idl, idv = idcheck(R, cc, v, d)
    parts = ["SOCIAL VISIT BOOKING - ", N(I["prison"], "institution"), "\n",
             "Booking ref: ", vo_no(R), "   Session: ", plain_date(R, cc, 2026), " 14:00-15:30, visits hall ", R.choice("ABC"), "\n",
             "Prisoner: ", P(pr), " (", prison_no(R, cc), "), ", N(I["wing"], "eponym_wing"), "\n",
             "Lead visitor\n", f["name"], ": ", P(v), "\n", f["dob"], ": ", dl, "\n",
             f["addr"], ": ", L("address", address(R, cc)), "\n", f["phone"], ": ", phone(R, cc)]
    if R.random() < 0.7:
        parts += ["   ", f["email"], ": ", email(R, v)]
    parts += ["\nID checked at gate: ", idl, " ", idv, "\n"]
    if cc in IBAN_CC and R.random() < 0.5:
        parts += ["Travel-cost refund (assisted visits) to: ", iban(R, cc), "\n"]
    if R.random() < 0.5:
        v2 = cast()
        parts += ["Additional visitor: ", P(v2), " (", rel(R, lang, v2), "), ", f["dob"], " ", dob(R, cc, lo=2008, hi=2020)[1], "\n"]
    parts += ["Booked by: ", PG(cast()), " (visits booking line ", N(I["switch"], "switchboard"), ")"]
    return "form", lang, wrap(R, lang, parts)


@tpl(36)
def pin_contacts(R, cc):
    lang, I = LANG[cc], INST[cc]
    cast = Cast(R, cc)
    pr = cast()
    rows = []
    for i in range(R.randint(3, 4)):
        c = cast()
        abroad = i == 2 and R.random() < 0.5
        if abroad:
            other = R.choice([x for x in COUNTRIES if x != cc])
            ph = phone(R, other, read_in=cc)
            c = Cast(R, other)()  # relative living abroad, from that country's list
            while c["words"] & cast.used:
                c = Cast(R, other)()
            cast.used |= c["words"]
        else:
            ph = phone(R, cc)
        rows += [P(c), ",", rel(R, lang, c), ",", ph, ",", R.choice(["approved", "approved", "pending", "barred"]), ",",
                 plain_date(R, cc, 2026, "iso"), "\n"]
    pin = "".join(R.choice(string.digits) for _ in range(R.choice([4, 5, 6])))
    parts = ["# PIN phone account - ", N(I["prison"], "institution"), "\n",
             "# prisoner: ", P(pr), " / ", prison_no(R, cc), " / credit ", amount(R, cc, 2, 40), "\n",
             "# PIN: ", L("secret", pin, sub="pin"), "  (reset after the last call-log review)\n",
             "name,relationship,number,status,checked\n", rows,
             "# Listener line and legal advice numbers are free and not on this list: ", N(I["help"], "helpline"), "\n",
             "# checked by ", P(cast()), " ", collar(R)]
    return "csv", lang, wrap(R, lang, parts)


@tpl(36)
def cash_property(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    cast = Cast(R, cc)
    pr, s = cast(), cast()
    parts = ["PRIVATE CASH & PROPERTY - ", N(I["prison"], "institution"), "\n",
             "Prisoner: ", P(pr), "   No. ", prison_no(R, cc), "   Cell ", cell(R), "\n",
             "Incoming family payment: ", amount(R, cc, 10, 150), " received ", plain_date(R, cc, 2026), "\n",
             "Sender - ", f["name"], ": ", P(s), " (", rel(R, lang, s), ")\n",
             f["addr"], ": ", L("address", address(R, cc)), "\n"]
    if cc in IBAN_CC:
        parts += ["Sender account (IBAN): ", iban(R, cc), "\n"]
    else:
        parts += ["Paid by debit card: ", card(R), " (exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry_date"), ")\n"]
    if R.random() < 0.6:
        parts += [f["phone"], ": ", phone(R, cc), "\n"]
    parts += ["Payment reference: ", N("FP-%08d" % R.randint(0, 99999999), "payment_reference"), "\n",
              "Property in possession: 1 x watch (yellow metal), 1 x wallet, 2 x letters; seal ",
              N("PB%07d" % R.randint(0, 9999999), "seal_number"), "\n", "Entered by: ", P(cast()), " ", collar(R)]
    return "form", lang, wrap(R, lang, parts)


FIRMS = {"US": ("Halloway Brisco Defense Group", "hallowaybrisco.law"), "GB": ("Pellham Ward Criminal Defence", "pellhamward-law.co.uk"),
         "DE": ("Kanzlei am Krummen Tor", "kanzlei-krummestor.de"), "FR": ("Cabinet Rive Haute Avocats", "rivehaute-avocats.fr"),
         "ES": ("Bufete Puerta del Olivar", "puertadelolivar-abogados.es"), "IT": ("Studio legale Ponte Rotto", "studioponterotto.it"),
         "NL": ("Advocatenkantoor De Sluiswachter", "sluiswachter-advocaten.nl"), "PL": ("Kancelaria Adwokacka Pod Arkadami", "podarkadami-adwokaci.pl"),
         "RU": ("Коллегия адвокатов «Северный берег»", "sevbereg-advokat.ru"), "GR": ("Δικηγορική Εταιρεία Πύλη Αγοράς", "pyliagoras-law.gr"),
         "TR": ("Yeşilvadi Hukuk Bürosu", "yesilvadi-hukuk.com.tr"), "IL": ("משרד עורכי דין שער הגיא", "shaarhagai-law.co.il"),
         "EG": ("مكتب المحاماة «الميزان»", "almizan-law.com.eg"), "IN": ("न्याय मार्ग विधि सहायक", "nyaymarg-law.in"),
         "TH": ("สำนักงานกฎหมายท่าน้ำ", "thanam-law.co.th"), "CN": ("青石律师事务所", "qingshilaw.cn"),
         "JP": ("さくら通り法律事務所", "sakuradori-law.jp"), "KR": ("법무법인 한울타리", "hanultari-law.kr"),
         "VN": ("Văn phòng luật sư Bến Nghé Xưa", "luatbennghexua.vn"), "BR": ("Advocacia Largo do Rosário Velho", "largodorosario-adv.com.br")}


@tpl(36)
def legal_visit(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    firm, dom = FIRMS[cc]
    cast = Cast(R, cc)
    sol, cl = cast(), cast()
    d, dl = dob(R, cc, lo=1965, hi=2006)
    parts = ["LEGAL VISIT REQUEST (online form) - ", N(I["prison"], "institution"), "\n",
             "Legal representative - ", f["name"], ": ", P(sol), "\n", "Firm: ", N(firm, "law_firm"), "\n",
             "Direct line: ", phone(R, cc), "   ", f["email"], ": ", email(R, sol, dom), "\n",
             "Client - ", f["name"], ": ", P(cl), "   ", f["dob"], ": ", dl, "\n",
             "Prison no.: ", prison_no(R, cc), "   Court case: ", court_no(R, cc), "\n",
             "Requested slot: ", plain_date(R, cc, 2026), " 09:30 (2 h), legal visits room ", str(R.randint(1, 6)), "\n"]
    if R.random() < 0.5:
        parts += ["Also attending: trainee ", P(cast()), "\n"]
    if R.random() < 0.4:
        parts += ["Interpreter booked: ", P(cast()), "\n"]
    parts += ["Confirmations go to ", N("legalvisits@" + I["domain"], "role_mailbox"), " - ", N(I["switch"], "switchboard")]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def licence_letter(R, cc):
    lang, I = LANG[cc], INST[cc]
    cast = Cast(R, cc)
    o, po, vic = cast(), cast(), cast()
    body = fill(LICENCE[lang], name=P(o), pno=prison_no(R, cc), prison=N(I["prison"], "institution"),
                date=N(plain_date(R, cc, 2026), "release_date"), addr=L("address", address(R, cc)),
                office=N(I["probation"], "institution"), po=P(po), pophone=phone(R, cc), victim=P(vic),
                exp=N(plain_date(R, cc, R.choice([2027, 2028, 2029])), "licence_expiry"), switch=N(I["switch"], "switchboard"))
    # repeated slots must be fresh N objects: fill() reuses them, which build() accepts
    return "letter", lang, wrap(R, lang, body)


@tpl(40)
def supervision_notes(R, cc):
    I = INST[cc]
    cast = Cast(R, cc)
    pop, partner, po, vic = cast(), cast(), cast(), cast()
    d, dl = dob(R, cc, lo=1968, hi=2006)
    parts = ["Supervision contact - ", plain_date(R, cc, 2026, "iso"), " - ", case_ref(R, cc), "\n",
             "Seen: ", P(pop), " (DOB ", dl, ") at ", N(I["probation"], "institution"), ", office visit, 45 min.\n",
             "Living at ", L("address", address(R, cc)), " with partner ", P(partner), "; address checked, no concerns.\n",
             "New mobile given: ", phone(R, cc), ". Old number deleted from the system.\n",
             "Licence conditions reviewed (", statute(R, cc), " offence): no contact with ", P(vic),
             "; curfew 19:00-07:00 via tag ", tag_serial(R), ".\n",
             "Drug test negative. Employment: started at a warehouse on agency shifts.\n"]
    if R.random() < 0.4:
        parts += [N(R.choice(NAME_AS_WORD["en"]), "name_as_word"), "\n"]
    if R.random() < 0.5:
        parts += ["Partner's number for emergencies: ", phone(R, cc), ".\n"]
    parts += ["Next appointment ", plain_date(R, cc, 2026), " 10:00. Licence ends ", N(plain_date(R, cc, 2028), "licence_expiry"), ".\n",
              "Probation officer: ", P(po)]
    return "notes", "en", wrap(R, "en", parts)


@tpl(36)
def hostel_referral(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    cast = Cast(R, cc)
    res, nok, po = cast(), cast(), cast()
    d, dl = dob(R, cc, lo=1965, hi=2006)
    parts = ["APPROVED PREMISES REFERRAL - ", N(I["hostel"], "institution"), "\n",
             "Referral ", case_ref(R, cc), "   Expected arrival: ", N(plain_date(R, cc, 2026), "release_date"),
             "   Room ", N(str(R.randint(1, 24)), "room_number"), "\n",
             f["name"], ": ", P(res), "\n", f["dob"], ": ", dl, "\n", ID_LABEL_EN[cc], ": ", gov_id(R, cc, res, d), "\n",
             "Current location: ", N(I["prison"], "institution"), ", ", N(I["addr"], "institution_address"), "\n",
             "Last private address: ", L("address", address(R, cc)), "\n",
             ["Bank account for the housing-benefit claim: ", iban(R, cc), "\n"] if cc in IBAN_CC and R.random() < 0.6 else "",
             f["nok"], ": ", P(nok), " (", rel(R, lang, nok), ") ", phone(R, cc), "\n",
             "Risk summary: medium; no known risk to staff. Exclusion: not to enter the estate of the index offence.\n",
             "Referring officer: ", P(po), ", ", phone(R, cc), ", ", email(R, po, I["domain"]), "\n",
             "Hostel duty phone: ", N(I["switch"], "switchboard")]
    return "form", lang, wrap(R, lang, parts)


@tpl(36)
def victim_letter(R, cc):
    lang, I = LANG[cc], INST[cc]
    cast = Cast(R, cc)
    vic, off, vlo = cast(), cast(), cast(female=True if lang == "th" else None)
    vshort = PG(vic) if lang in ("en", "he", "th") else P(vic)
    body = fill(VICTIM[lang], victim=P(vic), vaddr=L("address", address(R, cc)), ref=case_ref(R, cc),
                victim_short=vshort, offender=P(off), offender_short=P(off), prison=N(I["prison"], "institution"),
                date=N(plain_date(R, cc, 2027), "release_date"), vlophone=phone(R, cc), help=N(I["help"], "helpline"), vlo=P(vlo))
    return "letter", lang, wrap(R, lang, body)


@tpl(40)
def tag_install(R, cc):
    lang, f, I = LANG[cc], FIELDS[LANG[cc]], INST[cc]
    cast = Cast(R, cc)
    s, hh, fitter = cast(), cast(), cast()
    d, dl = dob(R, cc, lo=1970, hi=2007)
    parts = ["EM INSTALL SHEET - order ", case_ref(R, cc), "\n",
             f["name"], ": ", P(s), "   ", f["dob"], ": ", dl, "\n",
             "Curfew address: ", L("address", address(R, cc)), "\n",
             f["phone"], ": ", phone(R, cc), "\n",
             "Householder consent: ", P(hh), " (", rel(R, lang, hh), ") signed; ", f["phone"], " ", phone(R, cc), "\n",
             "Curfew: 19:00-07:00 daily until ", N(plain_date(R, cc, 2027), "order_end_date"), "\n",
             "Ankle tag: ", tag_serial(R), "   Home unit: ", tag_serial(R), "   strap checked, 2 fingers\n",
             "Home unit signal: good (4/5), mains + backup battery; router at ", N(lan_ip(R), "ip_private"), " not used\n",
             "Installed by: ", P(fitter), " ", N("ID %d" % R.randint(1000, 9999), "staff_number"), "   ",
             "Control room: ", N(I["switch"], "switchboard")]
    return "form", lang, wrap(R, lang, parts)


@tpl(36)
def payback_rota(R, cc):
    lang, I = LANG[cc], INST[cc]
    cast = Cast(R, cc)
    rows = []
    for _ in range(R.randint(3, 4)):
        p = cast()
        d = birth(R, 1975, 2006)
        rows += [P(p), ",", L("dob", d.isoformat()), ",", phone(R, cc, intl=False), ",",
                 N(str(R.choice([40, 60, 80, 100, 120, 150, 200])), "hours"), ",", N(str(R.randint(0, 90)), "hours"), ",",
                 R.choice(["Sat", "Sun", "Sat+Sun", "Wed"]), "\n"]
    parts = ["# Community payback - ", N(I["probation"], "institution"), " - project: riverside litter clear, meet at the leisure-centre car park 08:30\n",
             "name,dob,mobile,hours_ordered,hours_done,days\n", rows,
             "# supervisor: ", P(cast()), ", van ", N("CP-%02d" % R.randint(1, 30), "vehicle_id"),
             "; absences to ", N("payback@" + I["domain"], "role_mailbox")]
    return "csv", lang, wrap(R, lang, parts)


@tpl(36)
def psr_extract(R, cc):
    I = INST[cc]
    cast = Cast(R, cc)
    dft, partner, child, vic, author = cast(), cast(), cast(), cast(female=True), cast()
    d, dl = dob(R, cc, lo=1970, hi=2006)
    parts = ["PRE-SENTENCE REPORT (extract) - ", court_no(R, cc), "\n",
             "Name: ", P(dft), "   Date of birth: ", dl, "\n",
             "Address: ", L("address", address(R, cc)), "\n",
             "Offence: ", statute(R, cc), "; plea: guilty at first hearing.\n\n",
             "2.3 ", P(dft), " lives with ", P(partner), " and their child ", PG(child), " (", N(str(R.randint(3, 12)), "age"),
             "). The victim, ", P(vic), ", described in the statement how the incident has affected her work.\n",
             "2.4 Previous convictions: ", N(str(R.randint(0, 6)), "count"), ". Last sentence: ", sentence_len(R), ".\n",
             "5.1 Proposal: community order, 12 months, with ", N(str(R.choice([80, 120, 150])), "hours"),
             " hours unpaid work and a rehabilitation activity requirement.\n",
             "Author: ", P(author), ", Probation Officer, ", N(I["probation"], "institution"), " (", N(I["switch"], "switchboard"), ")"]
    return "report", "en", wrap(R, "en", parts)


@tpl(36)
def use_of_force(R, cc):
    I = INST[cc]
    cast = Cast(R, cc)
    pr, o1, o2, w, nurse = cast(), cast(), cast(), cast(), cast()
    d, dl = dob(R, cc, lo=1975, hi=2006)
    parts = ["USE OF FORCE / INCIDENT REPORT ", N("UoF-%d-%04d" % (R.choice([2025, 2026]), R.randint(1, 9999)), "incident_number"), "\n",
             "Establishment: ", N(I["prison"], "institution"), ", ", N(I["wing"], "eponym_wing"), ", landing ", str(R.randint(1, 4)),
             ", outside cell ", cell(R), "\n",
             "Prisoner: ", P(pr), " (", prison_no(R, cc), "), DOB ", dl, "\n",
             "Staff involved: ", P(o1), " ", collar(R), " (head), ", P(o2), " ", collar(R), " (right arm)\n",
             "Account: at 17:40 during unlock the prisoner refused to return to cell and pushed an officer. Guiding holds applied for about 2 minutes. ",
             "Body-worn camera ", N("BWV-%05d" % R.randint(0, 99999), "camera_id"), " recording.\n",
             "Witness: prisoner ", P(w), " (", prison_no(R, cc), ") from the next cell", R.choice([", statement taken.", ", declined to give a statement."]), "\n"]
    if R.random() < 0.5:
        parts += ["Witness (staff): ", P(cast()), " ", collar(R), "\n"]
    if R.random() < 0.4:
        parts += ["Wing note: ", N(R.choice(NAME_AS_WORD["en"]), "name_as_word"), "\n"]
    parts += ["Injuries: graze to left forearm; seen by nurse ", P(nurse), " at 18:05.\n",
              "Reported by: ", P(o1), "   ", plain_date(R, cc, 2026, "iso")]
    return "report", "en", wrap(R, "en", parts)


@tpl(44)
def family_chat(R, cc):
    lang, I = LANG[cc], INST[cc]
    cast = Cast(R, cc)
    fam = cast(female=True if lang == "th" else None)
    agent = cast(female=True if lang == "th" else None)
    pris = cast()
    c = CHAT[lang]
    t = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(8, 17), R.randint(0, 40))

    def line(who, txt):
        nonlocal t
        s = ["[%s] " % t.strftime("%d/%m/%Y, %H:%M"), who, ": ", txt, "\n"]
        t += datetime.timedelta(minutes=R.randint(1, 4))
        return s
    fg, ag = fam["given"], agent["given"]
    out = [line(PG(fam), fill(c[0], fam=P(fam), pris=P(pris), rel=rel(R, lang, fam))),
           line(PG(agent), fill(c[1], famg=PG(fam), agentg=PG(agent), prison=N(I["prison"], "institution")))]
    if R.random() < 0.5:
        out.append(line(PG(fam), fill(c[2], phone=phone(R, cc))))
    else:
        out.append(line(PG(fam), fill(c[3], email=email(R, fam))))
    out.append(line(PG(agent), fill(c[4], vo=vo_no(R), date=plain_date(R, cc, 2026))))
    if R.random() < 0.45:
        out.append(line(PG(fam), fill(c[5], card=card(R))))
        out.append(line(PG(agent), c[6]))
    out.append(line(PG(agent), fill(c[7], agent=P(agent), prison=N(I["prison"], "institution"))))
    return "chat_export", lang, wrap(R, lang, out)


@tpl(32)
def om_export(R, cc):
    I = INST[cc]
    cast = Cast(R, cc)
    recs = []
    for i in range(R.randint(2, 3)):
        p, c = cast(), cast()
        d = birth(R, 1965, 2006)
        ip = pub_ipv4(R) if R.random() < 0.8 else pub_ipv6(R)
        if recs:
            recs.append(",\n")
        recs += ['    {"prison_no": "', N(prison_no(R, cc).text, "prison_number"), '", "name": "', P(p), '", "dob": "', L("dob", d.isoformat()),
                 '", "gov_id": "', gov_id(R, cc, p, d), '", "cell": "', cell(R), '",\n',
                 '     "release": "', N(plain_date(R, cc, 2027, "iso"), "release_date"), '", "nominated_contact": {"name": "', P(c),
                 '", "phone": "', phone(R, cc, intl=True), '", "email": "', email(R, c), '", "portal_last_ip": "',
                 L("ip", ip, sub="v4_login" if ":" not in ip else "v6_login"), '"}}']
    parts = ['{"export": "offender-management", "establishment": "', N(I["code"], "establishment_code"),
             '", "generated": "', plain_date(R, cc, 2026, "iso"), 'T06:00:00Z", "records": [\n', recs, "\n]}"]
    return "json", "en", wrap(R, "en", parts)


@tpl(32)
def env_file(R, cc):
    I = INST[cc]
    cast = Cast(R, cc)
    own = cast()
    svc = R.choice(["visits-booking-api", "pin-phone-sync", "em-tag-bridge", "om-export-job"])
    parts = ["# ", svc, " - ", N(I["prison"], "institution"), "\n", "# owner: ", PG(own), " (", email(R, own, I["domain"]), ")\n",
             "APP_BASE_URL=https://", N(svc + "." + I["domain"], "domain"), "\n",
             "DB_HOST=", N(lan_ip(R), "ip_private"), "\nDB_USER=", svc.replace("-", "_"), "\nDB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n",
             "TELEPHONY_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
             "SSO_SERVICE_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    if R.random() < 0.6:
        parts += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe").replace("sk_test_", "sk_live_"), sub="stripe"), "\n",
                  "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, string.ascii_letters + string.digits, 24), "publishable_key"), "\n"]
    if R.random() < 0.4:
        parts += ["SLACK_ALERT_WEBHOOK=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    parts += ["# allow-list: jump host + ", PG(own), "'s home line for out-of-hours\n",
              "ADMIN_ALLOW_IPS=", N(lan_ip(R), "ip_private"), ",", L("ip", pub_ipv4(R), sub="v4_allowlist"), "\n",
              "TEST_CARD=", N("4242 4242 4242 4242", "test_card"), "\nSANDBOX_CALLBACK=http://", N(doc_ip(R), "ip_documentation"), ":8080/hook\n",
              "SUPPORT_MAILBOX=", N("it-support@" + I["domain"], "role_mailbox")]
    return "config", "en", wrap(R, "en", parts)


# ========================================================== clean templates
# Visiting information notices, wholly in the language:
# {prison} {addr} {switch} {web} {mail} {wing} {help} {amount} {code}
NOTICE = {
    "en": "VISITING INFORMATION - {prison} ({code})\nVisits run Tuesday to Sunday, 14:00-16:00. Book at least 24 hours ahead on {switch} or through {web}. Lockers take a {amount} coin, returned afterwards. Visits for {wing} are held in the small hall. Address for post: {addr}. Questions: {mail}. Free family helpline: {help}.",
    "de": "BESUCHSINFORMATION - {prison} ({code})\nBesuche finden dienstags bis sonntags von 14 bis 16 Uhr statt. Bitte mindestens 24 Stunden vorher unter {switch} oder über {web} anmelden. Die Schließfächer brauchen eine Münze zu {amount}. Besuche für {wing} finden im kleinen Saal statt. Postanschrift: {addr}. Fragen an {mail}. Kostenlose Angehörigen-Hotline: {help}.",
    "fr": "INFORMATIONS PARLOIRS - {prison} ({code})\nLes parloirs ont lieu du mardi au dimanche, de 14 h à 16 h. Réservez au moins 24 heures à l'avance au {switch} ou sur {web}. Les casiers fonctionnent avec une pièce de {amount}. Les parloirs du {wing} ont lieu dans la petite salle. Adresse postale : {addr}. Questions : {mail}. Ligne gratuite pour les familles : {help}.",
    "es": "INFORMACIÓN DE COMUNICACIONES - {prison} ({code})\nLas comunicaciones son de martes a domingo, de 14:00 a 16:00. Reserve con 24 horas de antelación en el {switch} o en {web}. Las taquillas funcionan con una moneda de {amount}. Las de {wing} se hacen en la sala pequeña. Dirección postal: {addr}. Consultas: {mail}. Teléfono gratuito para familias: {help}.",
    "it": "INFORMAZIONI COLLOQUI - {prison} ({code})\nI colloqui si svolgono dal martedì alla domenica, dalle 14 alle 16. Prenotare almeno 24 ore prima al {switch} o su {web}. Gli armadietti funzionano con una moneta da {amount}. I colloqui per {wing} si tengono nella sala piccola. Indirizzo postale: {addr}. Domande: {mail}. Numero verde per le famiglie: {help}.",
    "nl": "BEZOEKINFORMATIE - {prison} ({code})\nBezoek is van dinsdag tot en met zondag, 14.00-16.00 uur. Reserveer minstens 24 uur vooraf via {switch} of {web}. De kluisjes werken met een munt van {amount}. Bezoek voor {wing} is in de kleine zaal. Postadres: {addr}. Vragen: {mail}. Gratis familielijn: {help}.",
    "pl": "INFORMACJA O WIDZENIACH - {prison} ({code})\nWidzenia odbywają się od wtorku do niedzieli w godz. 14:00-16:00. Rezerwacja co najmniej 24 godziny wcześniej pod numerem {switch} lub przez {web}. Szafki na monetę {amount}. Widzenia - {wing} - odbywają się w małej sali. Adres do korespondencji: {addr}. Pytania: {mail}. Bezpłatna infolinia dla rodzin: {help}.",
    "ru": "ИНФОРМАЦИЯ О СВИДАНИЯХ - {prison} ({code})\nСвидания проводятся со вторника по воскресенье с 14:00 до 16:00. Запись не позднее чем за сутки по телефону {switch} или на сайте {web}. Камеры хранения работают с жетоном за {amount}. Свидания для осуждённых, отряд которых - {wing}, проходят в малом зале. Почтовый адрес: {addr}. Вопросы: {mail}. Бесплатная линия для родственников: {help}.",
    "el": "ΠΛΗΡΟΦΟΡΙΕΣ ΕΠΙΣΚΕΨΕΩΝ - {prison} ({code})\nΤα επισκεπτήρια γίνονται Τρίτη έως Κυριακή, 14:00-16:00. Κλείστε τουλάχιστον 24 ώρες πριν στο {switch} ή στο {web}. Οι θυρίδες λειτουργούν με κέρμα {amount}. Τα επισκεπτήρια για {wing} γίνονται στη μικρή αίθουσα. Ταχυδρομική διεύθυνση: {addr}. Ερωτήσεις: {mail}. Δωρεάν γραμμή για οικογένειες: {help}.",
    "tr": "GÖRÜŞ BİLGİLENDİRMESİ - {prison} ({code})\nGörüşler salıdan pazara 14:00-16:00 arasındadır. En az 24 saat önce {switch} numarasından veya {web} üzerinden randevu alınız. Dolaplar {amount} bozuk para ile çalışır. {wing} görüşleri küçük salonda yapılır. Posta adresi: {addr}. Sorular: {mail}. Ücretsiz aile hattı: {help}.",
    "he": "מידע למבקרים - {prison} ({code})\nהביקורים מתקיימים בימים שלישי עד ראשון, 14:00-16:00. יש להזמין לפחות 24 שעות מראש בטלפון {switch} או באתר {web}. הלוקרים פועלים עם מטבע של {amount}. ביקורים ב{wing} מתקיימים באולם הקטן. כתובת למכתבים: {addr}. שאלות: {mail}. קו חינם למשפחות: {help}.",
    "ar": "معلومات الزيارة - {prison} ({code})\nالزيارات من الثلاثاء إلى الأحد من الثانية إلى الرابعة عصرًا. يُرجى الحجز قبل 24 ساعة على الأقل على {switch} أو عبر {web}. الخزائن تعمل بعملة {amount}. زيارات {wing} في القاعة الصغيرة. العنوان البريدي: {addr}. للاستفسار: {mail}. الخط المجاني للأسر: {help}.",
    "hi": "मुलाक़ात की जानकारी - {prison} ({code})\nमुलाक़ात मंगलवार से रविवार, दोपहर 2 से 4 बजे तक होती है। कम से कम 24 घंटे पहले {switch} पर या {web} से बुक करें। लॉकर के लिए {amount} का सिक्का लगेगा। {wing} की मुलाक़ातें छोटे हॉल में होती हैं। डाक पता: {addr}। प्रश्न: {mail}। परिवारों के लिए निःशुल्क हेल्पलाइन: {help}।",
    "th": "ประกาศการเยี่ยมญาติ - {prison} ({code})\nเปิดให้เยี่ยมวันอังคารถึงวันอาทิตย์ เวลา 14.00-16.00 น. กรุณาจองล่วงหน้าอย่างน้อย 24 ชั่วโมงที่ {switch} หรือ {web} ตู้ฝากของใช้เหรียญ {amount} การเยี่ยมผู้ต้องขัง{wing}จัดที่ห้องเล็ก ที่อยู่สำหรับส่งจดหมาย {addr} สอบถาม {mail} สายด่วนสำหรับญาติ โทรฟรี {help}",
    "zh": "会见须知 - {prison}（{code}）\n会见时间为周二至周日14:00-16:00。请至少提前24小时拨打{switch}或通过{web}预约。储物柜需投币{amount}。{wing}的会见在小会见室进行。通信地址：{addr}。咨询邮箱：{mail}。亲属免费热线：{help}。",
    "ja": "面会のご案内 - {prison}（{code}）\n面会は火曜から日曜の14時から16時までです。24時間前までに{switch}または{web}でご予約ください。ロッカーは{amount}硬貨が必要です（返却式）。{wing}の面会は小面会室で行います。郵送先：{addr}。お問い合わせ：{mail}。ご家族向け無料相談：{help}。",
    "ko": "접견 안내 - {prison} ({code})\n접견은 화요일부터 일요일까지 14:00-16:00에 진행됩니다. 최소 24시간 전에 {switch} 또는 {web}에서 예약하십시오. 보관함은 {amount} 동전을 사용합니다. {wing} 접견은 소접견실에서 진행됩니다. 우편 주소: {addr}. 문의: {mail}. 가족 무료 상담전화: {help}.",
    "vi": "THÔNG BÁO THĂM GẶP - {prison} ({code})\nThời gian thăm gặp từ thứ Ba đến Chủ nhật, 14:00-16:00. Vui lòng đặt lịch trước ít nhất 24 giờ qua số {switch} hoặc trang {web}. Tủ gửi đồ dùng đồng xu {amount}. Thăm gặp tại {wing} diễn ra ở phòng nhỏ. Địa chỉ gửi thư: {addr}. Hỏi đáp: {mail}. Đường dây miễn phí cho thân nhân: {help}.",
    "pt": "INFORMAÇÕES SOBRE VISITAS - {prison} ({code})\nAs visitas ocorrem de terça a domingo, das 14h às 16h. Agende com pelo menos 24 horas de antecedência pelo {switch} ou em {web}. Os armários funcionam com moeda de {amount}. As visitas da {wing} são na sala pequena. Endereço para correspondência: {addr}. Dúvidas: {mail}. Linha gratuita para famílias: {help}.",
}


@tpl(40, clean=True)
def visiting_notice(R, cc):
    lang, I = LANG[cc], INST[cc]
    body = fill(NOTICE[lang], prison=N(I["prison"], "institution"), code=N(I["code"], "establishment_code"),
                switch=N(I["switch"], "switchboard"), web=N("www." + I["domain"] + "/visits", "website"),
                amount=amount(R, cc, 1, 2), wing=N(I["wing"], "eponym_wing"), addr=N(I["addr"], "institution_address"),
                mail=N("visits@" + I["domain"], "role_mailbox"), help=N(I["help"], "helpline"))
    extra = []
    if lang in NAME_AS_WORD and R.random() < 0.7:
        extra = ["\n", N(R.choice(NAME_AS_WORD[lang]), "name_as_word")]
    return "notice", lang, wrap(R, lang, [body, extra])


@tpl(40, clean=True)
def roll_check_log(R, cc):
    I = INST[cc]
    lines = []
    t = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), 5, R.randint(0, 20))
    for _ in range(R.randint(5, 8)):
        t += datetime.timedelta(minutes=R.randint(2, 19))
        lines += [t.strftime("%Y-%m-%dT%H:%M:%S"), " ", N(I["code"], "establishment_code"), " roll ",
                  R.choice(["A", "B", "C", "D", "HCC", "SEG"]), "-wing count=", str(R.randint(20, 160)),
                  " unlock_pending=", str(R.randint(0, 9)), " cell=", cell(R), " officer=", collar(R),
                  " term=", N(lan_ip(R), "ip_private"), R.choice(["", " ACCT open", " constant-watch", " OK"]), "\n"]
    parts = ["Morning roll check export, no names in it - is the count balanced?\n", "```\n", lines,
             "ROLL CORRECT: ", str(R.randint(500, 1400)), " (incl. ", str(R.randint(2, 20)), " at court, ",
             str(R.randint(0, 6)), " in outside hospital, ", N("escort " + "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + str(R.randint(10, 99)), "escort_id"), ")\n```"]
    return "log", "en", parts


@tpl(40, clean=True)
def sentence_calc(R, cc):
    d0 = datetime.date(R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28))
    months = R.randint(8, 72)
    half = d0 + datetime.timedelta(days=months * 15)
    sed = d0 + datetime.timedelta(days=months * 30)
    parts = ["Sentence calculation check for ", prison_no(R, cc), " (", court_no(R, cc), ", ", statute(R, cc), ")\n",
             "Sentence date: ", N(d0.isoformat(), "date"), "\nLength: ", N("%d months" % months, "sentence_length"),
             "\nRemand days credited: ", N(str(R.randint(0, 200)), "count"),
             "\nConditional release date (CRD): ", N(half.isoformat(), "release_date"),
             "\nLicence / sentence expiry (SLED): ", N(sed.isoformat(), "licence_expiry"),
             "\nHDC eligibility: ", N((half - datetime.timedelta(days=R.choice([90, 135, 180]))).isoformat(), "release_date"),
             "\nVictim surcharge: ", amount(R, cc, 26, 228),
             "\n\nDoes the CRD look right at the half-way point after remand credit? Our system and the court's warrant disagree by ",
             str(R.randint(1, 14)), " days."]
    return "notes", "en", parts


@tpl(40, clean=True)
def portal_uat(R, cc):
    I = INST[cc]
    bad = luhn_complete("4" + "".join(R.choice(string.digits) for _ in range(14)))
    bad = bad[:-1] + str((int(bad[-1]) + R.randint(1, 9)) % 10)
    parts = ["UAT notes - family payments portal (", N(I["prison"], "institution"), ")\n",
             "1. Pay ", amount(R, cc, 5, 50), " phone credit with test card ", N(R.choice(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444"]), "test_card"),
             " -> success, receipt ", N("RCPT-%06d" % R.randint(0, 999999), "receipt_number"), "\n",
             "2. Typo card ", N(group(bad), "luhn_fail"), " -> 'card number invalid' (correct)\n",
             "3. Saved card shows as ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "\n",
             "4. Sign-up with ", N("test.family@example.com", "example_email"), " and phone ", N("+00 000 000 000", "placeholder"), " -> validation error shown\n",
             "5. Prisoner search by number ", prison_no(R, cc), " -> location: ", N(I["wing"], "eponym_wing"), "\n",
             "6. Webhook from ", N(doc_ip(R), "ip_documentation"), " rejected; from ", N(lan_ip(R), "ip_private"), " accepted\n",
             "7. Config still has ", N(R.choice(["<payments-api-key>", "${PAYMENTS_API_KEY}", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), " in staging\n"]
    if R.random() < 0.7:
        parts += ["8. Copy check: '", N(R.choice(NAME_AS_WORD["en"]), "name_as_word"), "'\n"]
    parts += ["Can you turn these into a short pass/fail table?"]
    return "notes", "en", parts


@tpl(40, clean=True)
def em_stock(R, cc):
    I = INST[cc]
    rows = []
    for _ in range(R.randint(4, 7)):
        rows += [tag_serial(R), ",", R.choice(["ankle-RF", "ankle-GPS", "home-unit", "alcohol-monitor"]), ",fw ",
                 N("%d.%d.%d" % (R.randint(1, 4), R.randint(0, 12), R.randint(0, 30)), "version"), ",",
                 R.choice(["in stock", "fitted", "returned", "faulty-strap", "awaiting-clean"]), ",",
                 N(plain_date(R, cc, 2026, "iso"), "date"), ",", N("VAN-%02d" % R.randint(1, 40), "vehicle_id"), "\n"]
    parts = ["EM stock sheet - ", N(I["probation"], "institution"), " depot\n", "serial,type,firmware,status,last_movement,vehicle\n", rows,
             "Depot phone ", N(I["switch"], "switchboard"), "; stock queries to ", N("emstock@" + I["domain"], "role_mailbox"), "\n",
             "Which of these should be recalled for the strap fault batch?"]
    return "csv", "en", parts


# ==================================================================== rules
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444"}
INST_DOMAINS = {I["domain"] for I in INST.values()}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
NAME_WORDS = {w for w in name_words() if w not in VN_MIDDLE}


def _latin(w):
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF for c in w)


def _cjk1(w):
    return len(w) == 1 and any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in w)


LATIN_NAME_RE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted((re.escape(w) for w in NAME_WORDS if _latin(w) and len(w) >= 2),
                                                                     key=len, reverse=True)))
OTHER_NAMES = sorted(w for w in NAME_WORDS if not _latin(w) and len(w) >= 2 and not _cjk1(w))


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def iban_ok(v):
    s = re.sub(r"[\s\u00a0\u202f-]", "", v).upper()
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod97(s) == 1


def email_ok(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", v)
    return bool(m) and not re.search(r"(^|\.)example\.", m.group(1) + ".")


def label_ok(sp):
    t, v = sp["type"], sp["value"]
    if t == "gov_id":
        return gov_id_ok(sp)
    if t == "iban":
        return iban_ok(v)
    if t == "card":
        return card_ok(v)
    if t == "email":
        return email_ok(v)
    if t == "ip":
        return ip_ok(v)
    return True


SEP_CLASS = "[ \\-.\u00a0\u202f]"


def luhn_runs(m):
    """Luhn-valid runs of 13-19 digits outside the labels (contiguous, or a
    window of digit groups joined by one separator)."""
    out = []
    for chain in re.finditer(r"\d+(?:%s\d+)*" % SEP_CLASS, m):
        groups = re.findall(r"\d+", chain.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc) and len(set(acc)) > 1 and acc not in TEST_CARDS:
                    out.append(acc)
    return out


def stray_ibans(m):
    out = []
    for x in re.finditer(r"[A-Z]{2}\d{2}(?:[ \u00a0\u202f-]?[A-Z0-9]){10,34}", m):
        s = re.sub(r"[ \u00a0\u202f-]", "", x.group(0))
        cc = s[:2]
        if cc in IBAN_LEN and len(s) >= IBAN_LEN[cc] and iban_mod97(s[:IBAN_LEN[cc]]) == 1:
            out.append(s[:IBAN_LEN[cc]])
    return out


def stray_ips(m):
    out = []
    for x in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", m):
        try:
            if ipaddress.ip_address(x.group(0)).is_global:
                out.append(x.group(0))
        except ValueError:
            pass
    for x in re.finditer(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}", m):
        try:
            if ipaddress.ip_address(x.group(0)).is_global:
                out.append(x.group(0))
        except ValueError:
            pass
    return out


def stray_names(m):
    out = [x.group(0) for x in LATIN_NAME_RE.finditer(m)]
    out += [w for w in OTHER_NAMES if w in m]
    return out


def problems(rec, clean):
    """The rule a record breaks (None when it passes)."""
    try:
        check_record(rec)
    except AssertionError:
        return "check_record"
    for sp in rec["spans"]:
        if not label_ok(sp):
            return "bad %s label %r" % (sp["type"], sp["value"])
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        return "length %d" % len(t)
    if clean and rec["spans"]:
        return "clean record with labels"
    if not clean and not rec["spans"]:
        return "labelled record without labels"
    m = masked(rec)
    for x in EMAIL_RE.finditer(m):
        dom = x.group(1).lower()
        if dom not in INST_DOMAINS and not re.match(r"example\.", dom):
            return "e-mail outside a label: " + x.group(0)
    if stray_ips(m):
        return "global IP outside a label: %s" % stray_ips(m)[0]
    if luhn_runs(m):
        return "Luhn run outside a label: %s" % luhn_runs(m)[0]
    if stray_ibans(m):
        return "IBAN outside a label: %s" % stray_ibans(m)[0]
    if stray_names(m):
        return "name word outside a label: %s" % stray_names(m)[0]
    return None


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ================================================================ generate
def candidates():
    """All candidates of all templates, in template order."""
    out = []
    for ti, (name, count, clean, fn) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            form, lang, parts = fn(R, cc)
            rec = build("", form, lang, parts)
            out.append((name, clean, cc, rec))
    return out


def generate(report=None):
    cands = candidates()
    items = sorted({p for _, _, _, r in cands for p in phones_of(r)})
    bad = pv_check(items)
    if bad is None:
        sys.exit("pv (/tmp/pv/pv) is missing: phones cannot be checked")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept, seen, dropped = [], set(), Counter()
    per = Counter()
    for name, clean, cc, rec in cands:
        count = [c for n, c, _, _ in TEMPLATES if n == name][0]
        if per[name] >= count:
            continue
        why = problems(rec, clean)
        if why is None and any(p in badset for p in phones_of(rec)):
            why = "phone rejected by pv"
        if why is None and rec["text"] in seen:
            why = "repeated text"
        if why:
            dropped[(name, why.split(":")[0])] += 1
            if report is not None:
                report.append((name, cc, why))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append((name, clean, cc, rec))
    for name, count, _, _ in TEMPLATES:
        assert per[name] == count, (name, per[name], count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for k, (name, clean, cc, rec) in enumerate(kept):
        r = {"id": "%s%05d" % (PREFIX, k)}
        r.update({x: rec[x] for x in rec if x != "id"})
        recs.append(r)
    return recs, kept, dropped


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    ok = True
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    labelled = sum(1 for r in recs if r["spans"])
    clean = len(recs) - labelled
    print("records %d: labelled %d, clean %d" % (len(recs), labelled, clean))
    if (len(recs), labelled, clean) != (800, 600, 200):
        print("FAIL: split"); ok = False
    texts = Counter(r["text"] for r in recs)
    if max(texts.values()) > 1:
        print("FAIL: repeated text"); ok = False
    nlab = Counter()
    for r in recs:
        why = problems(r, not r["spans"])
        if why:
            print("FAIL", r["id"], why); ok = False
        for sp in r["spans"]:
            nlab[sp["type"]] += 1
    items = [p for r in recs for p in phones_of(r)]
    bad = pv_check(items)
    if bad is None:
        print("FAIL: pv missing"); ok = False
    elif bad:
        print("FAIL: pv rejects", bad[:5]); ok = False
    print("labels %d:" % sum(nlab.values()), ", ".join("%s %d" % kv for kv in nlab.most_common()))
    print("checksums/formats: %d gov ids, %d IBANs, %d cards, %d e-mails, %d IPs re-verified; %d phones valid per pv"
          % (nlab["gov_id"], nlab["iban"], nlab["card"], nlab["email"], nlab["ip"], len(items)))
    regen, _, _ = generate()
    if dump(regen) != data:
        print("FAIL: regenerating does not give the file byte for byte"); ok = False
    else:
        print("regenerated: identical byte for byte")
    print("OK" if ok else "CHECK FAILED")
    return ok


def stats():
    recs, kept, dropped = generate()
    nlab, subs, langs, forms, negs, tpls = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    lens, persons, ccs, plus, regions, plans = [], set(), Counter(), 0, Counter(), 0
    for name, clean, cc, rec in kept:
        tpls[name] += 1
        if not clean:
            ccs[cc] += 1
    for r in recs:
        langs[r["lang"]] += 1
        forms[r["form"]] += 1
        lens.append(len(r["text"]))
        for t in r.get("neg", []):
            negs[t] += 1
        for sp in r["spans"]:
            nlab[sp["type"]] += 1
            subs[(sp["type"], sp.get("sub"))] += 1
            if sp["type"] == "person":
                persons.add(sp["value"])
            if sp["type"] == "phone":
                regions[sp["region"]] += 1
                plus += sp["value"].startswith("+")
                plans += "plan" in sp
    lens.sort()
    print("templates:", ", ".join("%s %d" % kv for kv in tpls.items()))
    print("labels %d:" % sum(nlab.values()), ", ".join("%s %d" % kv for kv in nlab.most_common()))
    print("subs:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(subs.items(), key=lambda x: (x[0][0], -x[1]))))
    print("langs:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    print("countries (labelled):", ", ".join("%s %d" % kv for kv in ccs.most_common()))
    print("phone regions:", ", ".join("%s %d" % kv for kv in regions.most_common()), "; +CC:", plus, "; read abroad (plan):", plans)
    print("neg tags %d:" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("text length: min %d, median %d, max %d; distinct persons %d" % (lens[0], lens[len(lens) // 2], lens[-1], len(persons)))
    print("dropped:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(dropped.items())) or "none")


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    recs, _, dropped = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records (dropped %d candidates)" % (OUT, len(recs), sum(dropped.values())))
    if not check():
        sys.exit(1)


if __name__ == "__main__":
    main()
