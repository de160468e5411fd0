#!/usr/bin/python3
"""Held-out part 60 of the redaction corpus (heldout60.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py and, from
heldout/README.md, the opening sections (to the end of the part 3 section),
the part 59 section in full as the model, every part's theme line and the
lines that searches for a few theme words turned up (part 36's decisions on
vets, owners, clinics, animals, microchips and pet passports, part 23's on
doctors, clinics and register numbers, part 38's on pet insurance claims);
lines 1-100 of gen_heldout33.py and its function `pv_check`; and, outside
the repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`). Not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 07:36:40 UTC on 2026-12-06 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: VETERINARY PRACTICES AND ANIMAL HOSPITALS FROM THE STAFF SIDE. What
receptionists, vet nurses, veterinary surgeons, practice managers,
out-of-hours triage staff and their admin and IT support paste into an
assistant, from 20 countries in 19 languages: new-client registrations
(owner, joint owner, pets), consent forms for surgery and euthanasia,
estimates and invoices, vaccination and booster reminders, pet-insurance
claim forms, referral letters to specialist hospitals, lab and
histopathology requests, microchip and pet-passport paperwork,
repeat-prescription requests, payment plans and direct debits, card
payments typed into chats, bad-debt and complaint letters,
practice-management exports (JSON, CSV) and system .env files; and clean
dosing sheets, practice notices, equipment logs, price lists and UAT notes.
Hard negatives of the theme everywhere: pets' names (some human given names
that are in no name list), species and breeds, weights and doses, microchip
numbers (15 digits, drawn Luhn-invalid), pet-passport and vaccine batch
numbers, drug and procedure codes, lab accession numbers, appointment and
booster dates, fees, vets' registration numbers, the practices' addresses,
switchboards, websites and role mailboxes, device serials, private and
documentation IPs, test cards and name-as-word sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
600613, shuffle seed 600614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout60.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout60.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout60.py --stats   # counts
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
                       ssn_random, ssn_valid, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, PLANS, digits, nz)

SEED = 600613
SHUFFLE_SEED = 600614
OUT = os.path.join(HERE, "heldout60.jsonl")
PREFIX = "heldout-bh-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== id checks written for this part

def pesel_make(R, d, female):
    y, m = d.year, d.month
    mm = m + {1800: 80, 1900: 0, 2000: 20, 2100: 40}[y // 100 * 100]
    body = "%02d%02d%02d" % (y % 100, mm, d.day) + digits(R, 3) + R.choice("02468" if female else "13579")
    return body + pesel_check(body)


def pesel_check(b10):
    s = sum(int(c) * w for c, w in zip(b10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return str((10 - s % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]


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


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def tz_make(R):
    while True:
        s = str(R.randint(0, 3)) + digits(R, 8)
        for c in "0123456789":
            if tz_ok(s[:8] + c):
                return s[:8] + c


def thai_id_check(b12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b12)) % 11) % 10)


def thai_id_make(R):
    b = R.choice("1235") + digits(R, 11)
    return b + thai_id_check(b)


def thai_id_ok(s):
    return len(s) == 13 and s.isdigit() and s[0] != "0" and thai_id_check(s[:12]) == s[12]


def cn_id_check(b17):
    s = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(b17))
    return "10X98765432"[s % 11]


def cn_id_make(R, d, female):
    area = R.choice(["330602", "320583", "440305", "510107", "420106", "370212"])
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    b = area + d.strftime("%Y%m%d") + seq
    return b + cn_id_check(b)


def cn_id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and cn_id_check(s[:17]) == s[17]


def rrn_check(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(b12, w)) % 11) % 10)


def rrn_make(R, d, female):
    g = ("2" if female else "1") if d.year < 2000 else ("4" if female else "3")
    b = d.strftime("%y%m%d") + g + digits(R, 5)
    return b[:6] + "-" + b[6:] + rrn_check(b)


def rrn_ok(s):
    b = s.replace("-", "")
    return len(b) == 13 and b.isdigit() and rrn_check(b[:12]) == b[12] and b[6] in "1234"


def afm_check(b8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b8)) % 11 % 10)


def afm_make(R):
    b = R.choice("01") + digits(R, 7)
    return b + afm_check(b)


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and afm_check(s[:8]) == s[8] and s != "000000000"


def cccd_make(R, d, female):
    prov = R.choice(["001", "031", "048", "079", "092", "036"])
    cs = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return prov + str(cs) + d.strftime("%y") + digits(R, 6)


def cccd_ok(s):
    return len(s) == 12 and s.isdigit() and s[3] in "0123"


PA_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def perso_make(R):
    return R.choice("LMNPRTVWXY") + "".join(R.choice(PA_ALPHA) for _ in range(8))


def perso_ok(s):
    return len(s) == 9 and s[0] in "LMNPRTVWXY" and all(c in PA_ALPHA for c in s)


def passport_make(R, c):
    if c in ("US", "GB"):
        return R.choice("123456789") + digits(R, 8)
    if c == "FR":
        return digits(R, 2) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(R, 5)
    if c == "NL":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(R, 1)
    if c == "EG":
        return "A" + nz(R, 8)
    if c == "JP":
        return R.choice(["TK", "TR", "TZ", "MU"]) + nz(R, 7)
    if c == "RU":  # internal passport: series (region + year) and number
        return "%02d %02d %06d" % (R.choice([45, 46, 40, 50, 60, 77]), R.randint(10, 24), R.randint(100000, 999999))
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + nz(R, 7)


def passport_ok(s, c):
    pat = {"US": r"[1-9]\d{8}", "GB": r"[1-9]\d{8}", "FR": r"\d\d[A-Z]{2}\d{5}", "NL": r"[A-Z]{2}[A-Z0-9]{6}\d",
           "EG": r"A[1-9]\d{7}", "JP": r"[A-Z]{2}[1-9]\d{6}", "RU": r"\d\d \d\d \d{6}"}.get(c, r"[A-Z]{2}[1-9]\d{6}")
    return re.fullmatch(pat, s) is not None


# ====================================================================== names
# Per locale: male given, female given, family names. "native|roman" where
# the script is not Latin (roman only for e-mail local parts). Female family
# forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Thornton Cornelius Leland Virgil Garland Merritt Roscoe Wendell",
           "Lorraine Marcella Rosalee Twyla Georgette Odessa Verna Luanne",
           "Bankhead Puckett Weatherford Sizemore Pettigrew Blankenship Rutledge McWhorter Stidham Cogburn"),
    "GB": ("Algernon Tarquin Digby Jocelyn Fabian Godfrey Hereward Ambrose",
           "Honoria Araminta Perpetua Jemima Hermione Millicent Euphemia Wilhelmina",
           "Aysgarth Attwood Hetherington Bickerstaff Micklethwaite Pargeter Gotobed Spraggett Wolstenholme Trelawney"),
    "DE": ("Baldur Volkmar Wigbert Volkward Hartmut Hartwig Adalbert Gunnar",
           "Gudrun Hildegunde Reinhild Sigrune Traudel Dietlinde Ortrun Rosemarie",
           "Pfisterer Hufnagel Wurmbrand Ziegenhals Hämmerling Bräutigam Dreyling Schwertfeger Obermaier Quellmalz"),
    "FR": ("Anatole Théophile Gaspard Aurèle Eustache Fulbert Amaury Lucien",
           "Isaure Bérangère Aude Ghislaine Léontine Mahaut Séverine Pélagie",
           "Tessier Lecoutre Bouchardeau Vaillancourt Lemercier Chaumontel Rabouin Guérinel Desmazures Fauchard"),
    "ES": ("Anselmo Baldomero Crisanto Eustaquio Fructuoso Heliodoro Leoncio Tranquilino",
           "Casilda Fermina Celedonia Herminia Leocadia Gregoria Benigna Obdulia",
           "Zabaleta Uribarri Ormaetxea Ibarguren Urrutia Garmendia Echániz Arteaga Gorostiza Azpeitia"),
    "IT": ("Ottorino Ilario Ermenegildo Pierluigi Lamberto Ferruccio Sestilio Adelmo",
           "Ermelinda Clelia Gelsomina Ornella Teodolinda Zelinda Assunta Rosalba",
           "Mastrantonio Gravagna Tagliaferri Calabrò Fioravanti Capuzzimati Pettinato Lanzafame Borromini Zanardelli"),
    "NL": ("Sieuwert Gerolt Hidde Reinout Tjeerd Eelco Gijsbert Wouter",
           "Aaltje Hylkje Geertruida Hendrikje Jitske Marrigje Ymkje Lieke",
           "van Wingerden|de Bruijckere|Hoogendoorn|Spanjaard|Kapteijn|van Steenbergen|Hofstede|Oudshoorn|Wesselink|Brinkhuis"),
    "BR": ("Adamastor Clodoaldo Josuel Genésio Anacleto Euclides Raimundo Valdecir",
           "Ediléia Gildete Iracema Josenilda Marinalva Rosilene Valdirene Francisca",
           "Bezerra Cavalcanti Damasceno Pacheco Queiroz Siqueira Fagundes Loureiro Nóbrega Cordeiro"),
    "PL": ("Bogumił Czcibor Ziemowit Lechosław Przemysław Radosław Wiesław Zdzisław",
           "Bożena Czesława Teofila Jadwiga Mirosława Stanisława Wiesława Zofia",
           "Jabłoński/Jabłońska Kwiatkowski/Kwiatkowska Sobieraj Pietrzak Nowicki/Nowicka Zalewski/Zalewska "
           "Chmielewski/Chmielewska Kaczmarczyk Szczepański/Szczepańska Wawrzyniak"),
    "RU": ("Всеволод|Vsevolod Ростислав|Rostislav Гордей|Gordey Мирон|Miron Парамон|Paramon Феоктист|Feoktist Ермолай|Ermolay Савелий|Saveliy",
           "Агафья|Agafya Василиса|Vasilisa Ефросинья|Efrosinya Пелагея|Pelageya Серафима|Serafima Таисия|Taisiya Ульяна|Ulyana Аксинья|Aksinya",
           "Завьялов/Завьялова|Zavyalov/Zavyalova Черемисин/Черемисина|Cheremisin/Cheremisina Голованов/Голованова|Golovanov/Golovanova Шелепин/Шелепина|Shelepin/Shelepina "
           "Кудряшов/Кудряшова|Kudryashov/Kudryashova Пономарёв/Пономарёва|Ponomaryov/Ponomaryova Рыбаков/Рыбакова|Rybakov/Rybakova Дьяконов/Дьяконова|Dyakonov/Dyakonova"),
    "GR": ("Θεμιστοκλής|Themistoklis Αριστείδης|Aristeidis Λεωνίδας|Leonidas Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Παντελής|Pantelis Ευάγγελος|Evangelos Στυλιανός|Stylianos",
           "Αικατερίνη|Aikaterini Καλλιόπη|Kalliopi Πηνελόπη|Pinelopi Θεοδώρα|Theodora Ευανθία|Evanthia Χρυσούλα|Chrysoula Σταυρούλα|Stavroula Παναγιώτα|Panagiota",
           "Σκουλαρίκης/Σκουλαρίκη|Skoularikis/Skoulariki Μαυρομμάτης/Μαυρομμάτη|Mavrommatis/Mavrommati Λαζαρίδης/Λαζαρίδου|Lazaridis/Lazaridou Θεοχάρης/Θεοχάρη|Theocharis/Theochari "
           "Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos/Zacharopoulou Βλαχόπουλος/Βλαχοπούλου|Vlachopoulos/Vlachopoulou Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou Παπαδημητρίου/Παπαδημητρίου|Papadimitriou/Papadimitriou"),
    "TR": ("Tolgahan Bahadır Cengizhan Doğukan Erdinç Gökberk Kutlu Tarkan",
           "Ayten Begüm Cansu Dilruba Feraye Gülsüm Nurhan Şükran",
           "Karaosmanoğlu Yazıcıoğlu Çetinkaya Boztepe Eryılmaz Kocabaş Sarıgül Tekinalp Uzunçarşılı Yüksekdağ"),
    "IL": ("אביגדור|Avigdor גדליה|Gedalya יהונתן|Yehonatan נחמיה|Nechemya עזריאל|Azriel צפניה|Tzefanya אליקים|Elyakim אלישיב|Elyashiv",
           "אביטל|Avital הדסה|Hadassah זהבה|Zehava יוכבד|Yocheved מרגלית|Margalit רוחמה|Ruchama שולמית|Shulamit אסנת|Osnat",
           "ברקוביץ|Berkovich גולדפרב|Goldfarb דנינו|Danino פרלמוטר|Perlmutter שטרנברג|Sternberg קלמנוביץ|Kalmanovich רוזנצוויג|Rosenzweig טביב|Tabib"),
    "EG": ("حازم|Hazem طارق|Tarek مدحت|Medhat سامح|Sameh وليد|Walid عصام|Essam رأفت|Raafat هشام|Hesham",
           "نيفين|Nevine شيرين|Shereen داليا|Dalia رانيا|Rania سهير|Soheir ياسمين|Yasmine إنجي|Engy نرمين|Nermine",
           "البلتاجي|Elbeltagy البنداري|Elbendary الحفناوي|Elhefnawy الشربيني|Elsherbiny البرعي|Elbaraey الأتربي|Elatreby العشماوي|Elashmawy الكفراوي|Elkafrawy"),
    "IN": ("अनिमेष|Animesh दिव्यांशु|Divyanshu हिमांशु|Himanshu कौस्तुभ|Kaustubh प्रियव्रत|Priyavrat शाश्वत|Shashwat त्रिलोक|Trilok यशवंत|Yashwant",
           "अनुपमा|Anupama चारुलता|Charulata गार्गी|Gargi इरावती|Iravati कादंबरी|Kadambari मालविका|Malvika ऋतुजा|Rutuja सुरभि|Surbhi",
           "टंडन|Tandon कक्कड़|Kakkar बंसल|Bansal चतुर्वेदी|Chaturvedi अग्निहोत्री|Agnihotri सिंघल|Singhal माथुर|Mathur रस्तोगी|Rastogi"),
    "TH": ("ธนพล|Thanaphon ณัฐวุฒิ|Natthawut ปรเมศวร์|Poramet วีรยุทธ|Weerayut ศุภชัย|Supachai อนุชิต|Anuchit กิตติพัฒน์|Kittiphat ชยพล|Chayaphon",
           "กัญญารัตน์|Kanyarat ณิชาภัทร|Nichaphat พรรณราย|Phannarai วรางคณา|Warangkhana สุนิสา|Sunisa อรวรรณ|Orawan ปิยธิดา|Piyathida รัชนีกร|Ratchaneekorn",
           "ศรีสุวรรณ|Srisuwan วงศ์ไพบูลย์|Wongpaiboon ธนสารสมบัติ|Thanasarnsombat เจริญผล|Charoenphon บุญยืน|Boonyuen แก้วมณี|Kaewmanee พิทักษ์ธรรม|Phithaktham อินทรประเสริฐ|Intaraprasert"),
    "CN": ("浩宇|Haoyu 梓轩|Zixuan 子墨|Zimo 明哲|Mingzhe 昊天|Haotian 文博|Wenbo 天佑|Tianyou 俊熙|Junxi",
           "雨桐|Yutong 思琪|Siqi 芷若|Zhiruo 梦瑶|Mengyao 诗涵|Shihan 若曦|Ruoxi 佳怡|Jiayi 紫萱|Zixuan",
           "郑|Zheng 谢|Xie 冯|Feng 尹|Yin 彭|Peng 蒋|Jiang 魏|Wei 董|Dong"),
    "JP": ("颯太|Sota 悠真|Yuma 陽翔|Haruto 蓮司|Renji 隼人|Hayato 創介|Sosuke 健吾|Kengo 慎之介|Shinnosuke",
           "日向子|Hinako 美空|Misora 小春|Koharu 結衣|Yui 菜摘|Natsumi 楓花|Fuuka 陽菜|Hina 乃愛|Noa",
           "小野寺|Onodera 長谷部|Hasebe 宇佐美|Usami 五十嵐|Igarashi 勅使河原|Teshigawara 早乙女|Saotome 東海林|Shoji 鬼塚|Onizuka"),
    "KR": ("도윤|Doyun 시우|Siu 하준|Hajun 은호|Eunho 재원|Jaewon 태민|Taemin 건우|Geonu 현석|Hyeonseok",
           "서윤|Seoyun 지안|Jian 소율|Soyul 예린|Yerin 수아|Sua 채원|Chaewon 다인|Dain 윤서|Yunseo",
           "배|Bae 류|Ryu 변|Byun 채|Chae 곽|Kwak 엄|Eom 금|Geum 태|Tae"),
    "VN": ("Tuấn Kỳ|Cương Nghiệp|Hoằng Diễn|Chương Lập|Bằng Tráng|Xương Thức|Tịnh Khâm|Lực Thao",
           "Thùy Vân|Hân Khanh|Phấn Nhung|Ý Tiên|Thủy Điệp|Huế Tâm|Vân Hậu|Lài Tươi",
           "Phó Vưu Sầm Ngụy Khuất Khâu Đổng Thẩm"),
}


# ====================================================================== locales
COUNTRIES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU",
             "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar",
        "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
FEMFORM = {"PL", "RU", "GR"}


def _parse_names():
    out = {}
    for c, (m, f, s) in NAMES.items():
        def items(field, multi):
            toks = field.split("|") if multi else field.split()
            if c in NONLATIN:
                toks = field.split()
                res = []
                for t in toks:
                    nat, rom = t.split("|")
                    res.append((nat, rom))
                return res
            return [(t, t) for t in toks]
        mm = items(m, c == "VN")
        ff = items(f, c == "VN")
        if c == "NL":
            ss = [(t, t) for t in s.split("|")]
        else:
            ss = items(s, False)
        out[c] = (mm, ff, ss)
    return out


PNAMES = _parse_names()


def _deaccent(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class Person:
    """A drawn person: display name in the text's script, its words, roman
    parts for e-mails."""
    def __init__(self, c, given, family, female, rg, rf):
        self.c, self.given, self.family, self.female = c, given, family, female
        self.rgiven, self.rfamily = rg, rf
        if c in ("CN",):
            self.full = family + given
        elif c in ("JP",):
            self.full = family + " " + given
        elif c == "KR":
            self.full = family + given
        elif c == "VN":
            self.full = family + " " + given
        elif c == "HU":
            self.full = family + " " + given
        else:
            self.full = given + " " + family
        self.short = given  # by given name alone

    def words(self):
        ws = set(re.split(r"[\s\-]+", self.given + " " + self.family))
        ws |= set(re.split(r"[\s\-]+", self.rgiven + " " + self.rfamily))
        return {w for w in ws if len(w) >= 2 and w not in ("van", "de", "do")}

    def local(self, R):
        g = _deaccent(self.rgiven).lower().replace(" ", "")
        f = _deaccent(self.rfamily).lower().replace(" ", "")
        return R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)),
                         "%s.%s%02d" % (f, g, R.randint(60, 99)), "%s%s" % (g, f[:1])])


def draw_person(R, c, used, female=None):
    mm, ff, ss = PNAMES[c]
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g = R.choice(ff if fem else mm)
        s = R.choice(ss)
        fam, rf = s
        if "/" in fam:
            a, b = fam.split("/")
            fam = b if fem else a
        if "/" in rf:
            a, b = rf.split("/")
            rf = b if fem else a
        p = Person(c, g[0], fam, fem, g[1], rf)
        if not (p.words() & used):
            used |= p.words()
            return p
    raise RuntimeError("no person")


def all_name_words():
    """Every name word of the lists (native forms, female forms, roman forms
    of non-Latin names) for the outside-label rule."""
    out = set()
    for c, (m, f, s) in NAMES.items():
        mm, ff, ss = PNAMES[c]
        for nat, rom in mm + ff + ss:
            for part in re.split(r"[\s/]+", nat):
                out.add(part)
            if c in NONLATIN:
                for part in re.split(r"[\s/]+", rom):
                    out.add(part)
    return {w for w in out if len(w) >= 2 and w not in ("van", "de", "do", "Văn", "Thị")}


# Pets: names per language (none is a word of a name list), species, breeds.
PETS = {
    "en": ["Biscuit", "Pudding", "Waffles", "Noodle", "Pickle", "Gizmo", "Otis", "Clementine", "Rufus", "Milo", "Nutmeg", "Bramble"],
    "de": ["Krümel", "Flocke", "Strolch", "Bello", "Mausi", "Otis", "Paule", "Wuschel"],
    "fr": ["Caramel", "Noisette", "Filou", "Praline", "Réglisse", "Rufus", "Pompon"],
    "es": ["Canela", "Chispa", "Pelusa", "Turrón", "Lucera", "Toby"],
    "it": ["Briciola", "Fagiolo", "Pepe", "Biscotto", "Nuvola", "Birillo"],
    "nl": ["Snuffie", "Dropje", "Pluisje", "Boris", "Koekje", "Bobbie"],
    "pt": ["Paçoca", "Pipoca", "Farofa", "Thor", "Pretinha", "Bolinha"],
    "pl": ["Burek", "Puszek", "Kluska", "Azor", "Fafik", "Mruczek"],
    "ru": ["Барсик", "Пушок", "Тузик", "Мурзик", "Шарик", "Дымка"],
    "el": ["Φούφου", "Μπόμπος", "Ρεξ", "Λουκουμάκι", "Μελένια"],
    "tr": ["Boncuk", "Karamel", "Fıstık", "Duman", "Tarçın", "Zeytin"],
    "he": ["שוקו", "במבה", "פיסטוק", "טופי", "מקס"],
    "ar": ["لولو", "بسبوسة", "سمسم", "فلفل", "روكي"],
    "hi": ["शेरू", "मोती", "टॉमी", "बिस्कुट", "गोलू"],
    "th": ["ข้าวปั้น", "ส้มโอ", "ถุงทอง", "โกโก้", "มะขาม"],
    "zh": ["豆豆", "球球", "旺财", "糯米", "可乐"],
    "ja": ["ポチ", "こむぎ", "きなこ", "モカ", "てつ"],
    "ko": ["콩이", "보리", "초코", "두부", "몽실이"],
    "vi": ["Mít", "Bơ", "Lu", "Bắp", "Sấu"],
}
SPECIES = {
    "en": [("dog", ["Labrador Retriever", "Cocker Spaniel", "Border Collie", "Dachshund", "Staffordshire Bull Terrier", "Cavalier King Charles Spaniel"]),
           ("cat", ["Domestic Shorthair", "Maine Coon", "British Shorthair", "Ragdoll"]),
           ("rabbit", ["Netherland Dwarf", "Lionhead"])],
    "de": [("Hund", ["Dackel", "Deutscher Schäferhund", "Labrador", "Jack Russell Terrier", "Berner Sennenhund"]),
           ("Katze", ["Europäisch Kurzhaar", "Maine Coon", "Norwegische Waldkatze"]), ("Kaninchen", ["Zwergwidder"])],
    "fr": [("chien", ["Berger australien", "Labrador", "Bouledogue français", "Épagneul breton"]),
           ("chat", ["Européen", "Chartreux", "Sacré de Birmanie"])],
    "es": [("perro", ["Podenco", "Galgo español", "Yorkshire Terrier", "Mestizo"]), ("gato", ["Común europeo", "Siamés"])],
    "it": [("cane", ["Lagotto romagnolo", "Volpino italiano", "Maremmano", "Meticcio"]), ("gatto", ["Europeo", "Persiano"])],
    "nl": [("hond", ["Kooikerhondje", "Stabyhoun", "Labrador", "Beagle"]), ("kat", ["Europese korthaar", "Brits korthaar"]), ("konijn", ["Hollander"])],
    "pt": [("cão", ["Vira-lata", "Shih Tzu", "Golden Retriever", "Pinscher"]), ("gato", ["SRD", "Persa"])],
    "pl": [("pies", ["Owczarek podhalański", "Kundelek", "Jamnik", "Labrador"]), ("kot", ["Europejski", "Brytyjski krótkowłosy"])],
    "ru": [("собака", ["лайка", "такса", "немецкая овчарка", "метис"]), ("кошка", ["британская", "сибирская", "метис"])],
    "el": [("σκύλος", ["ράτσας κοκόνι", "λαμπραντόρ", "ημίαιμο"]), ("γάτα", ["ευρωπαϊκή", "ημίαιμη"])],
    "tr": [("köpek", ["Kangal", "Golden Retriever", "melez"]), ("kedi", ["Van kedisi", "Tekir", "Ankara kedisi"])],
    "he": [("כלב", ["כנעני", "לברדור", "מעורב"]), ("חתול", ["חתול בית", "פרסי"])],
    "ar": [("كلب", ["جيرمن شيبرد", "جولدن", "بلدي"]), ("قطة", ["شيرازي", "بلدي"])],
    "hi": [("कुत्ता", ["लैब्राडोर", "इंडी", "पग"]), ("बिल्ली", ["पर्शियन", "देसी"])],
    "th": [("สุนัข", ["บางแก้ว", "ไทยหลังอาน", "ชิวาวา"]), ("แมว", ["วิเชียรมาศ", "ขาวมณี"])],
    "zh": [("犬", ["柯基", "柴犬", "中华田园犬", "金毛"]), ("猫", ["英短", "布偶", "中华田园猫"])],
    "ja": [("犬", ["柴犬", "トイ・プードル", "ミニチュア・ダックスフンド"]), ("猫", ["雑種", "スコティッシュフォールド"])],
    "ko": [("개", ["진돗개", "말티즈", "푸들"]), ("고양이", ["코리안숏헤어", "러시안블루"])],
    "vi": [("chó", ["Phú Quốc", "Poodle", "chó ta"]), ("mèo", ["mèo ta", "Anh lông ngắn"])],
}


# ====================================================================== phones
def _mob(R, c):
    if c in PLANS and c not in ("GB",):
        kinds = PLANS[c][2]
        k = "mobile" if "mobile" in kinds else sorted(kinds)[0]
        if c in ("US", "CA"):
            k = "fixed_or_mobile"
        return kinds[k](R)
    if c == "GB":
        return PLANS["GB"][2]["mobile"](R)
    if c == "GR":
        return "69" + R.choice("0345789") + nz(R, 7)
    if c == "TR":
        return R.choice(["530", "532", "533", "535", "536", "541", "542", "544", "505", "506", "555"]) + nz(R, 7)
    if c == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if c == "EG":
        return "1" + R.choice("0125") + nz(R, 8)
    if c == "TH":
        return R.choice(["81", "82", "84", "86", "89", "91", "92", "95", "98", "61", "62", "63"]) + nz(R, 7)
    if c == "KR":
        return "10" + nz(R, 8)
    if c == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "35", "38", "77", "79", "83", "86", "88"]) + nz(R, 7)
    raise KeyError(c)


CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BR": "55",
      "PL": "48", "RU": "7", "GR": "30", "TR": "90", "IL": "972", "EG": "20", "IN": "91", "TH": "66",
      "CN": "86", "JP": "81", "KR": "82", "VN": "84", "AT": "43", "CH": "41", "BE": "32", "IE": "353",
      "CA": "1", "PT": "351", "AU": "61"}


def fmt_national(R, c, n):
    if c in ("US", "CA"):
        return R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if c == "GB":
        return R.choice(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
    if c == "DE":
        return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])])
    if c == "FR":
        d = "0" + n
        return R.choice([" ", ".", "\u00a0"]).join(d[i:i + 2] for i in range(0, 10, 2))
    if c == "ES":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    if c == "IT":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s %s" % (n[:3], n[3:])])
    if c == "NL":
        return R.choice(["06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:]), "06 %s" % n[1:]])
    if c == "BR":
        return R.choice(["(%s) %s-%s" % (n[:2], n[2:7], n[7:]), "(0%s) %s-%s" % (n[:2], n[2:7], n[7:]), "%s %s-%s" % (n[:2], n[2:7], n[7:])])
    if c == "PL":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if c == "RU":
        return R.choice(["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8-%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])])
    if c == "GR":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:]), n])
    if c == "TR":
        return R.choice(["0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])])
    if c == "IL":
        return R.choice(["0%s-%s" % (n[:2], n[2:]), "0%s-%s-%s" % (n[:2], n[2:5], n[5:])])
    if c == "EG":
        return R.choice(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s" % n, "0%s-%s-%s" % (n[:2], n[2:6], n[6:])])
    if c == "IN":
        return R.choice(["%s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:]), "%s-%s" % (n[:5], n[5:])])
    if c == "TH":
        return R.choice(["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])])
    if c == "CN":
        return R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if c == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if c == "KR":
        return R.choice(["0%s-%s-%s" % (n[:2], n[2:6], n[6:]), "0%s %s %s" % (n[:2], n[2:6], n[6:])])
    if c == "VN":
        d = "0" + n
        return R.choice(["%s %s %s" % (d[:4], d[4:7], d[7:]), "%s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:])])
    raise KeyError(c)


def fmt_intl(R, c, n):
    cc = CC[c]
    if c in ("US", "CA"):
        return R.choice(["+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:])])
    if c == "GB":
        return "+44 %s %s" % (n[:4], n[4:])
    if c == "FR":
        return "+33 %s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if c == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if c == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if c == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    if c == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    if c in ("TH",):
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:])
    if c == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if c in ("JP", "KR"):
        return "+%s %s-%s-%s" % (cc, n[:2], n[2:6], n[6:])
    if c == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    if c in ("DE", "IT", "ES", "PL", "GR", "PT", "AT", "CH", "IE", "BE", "NL"):
        if c == "NL":
            return "+31 6 %s" % n[1:]
        return "+%s %s %s %s" % (cc, n[:3], n[3:6], n[6:])
    if c == "AU":
        return "+61 %s %s %s" % (n[:3], n[3:6], n[6:])
    raise KeyError(c)


ABROAD = {"US": ["CA", "GB"], "GB": ["IE", "FR"], "DE": ["AT", "CH"], "FR": ["BE", "CH"], "ES": ["GB", "PT"],
          "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT", "US"], "PL": ["DE", "GB"], "RU": ["DE", "TR"],
          "GR": ["DE", "GB"], "TR": ["DE", "NL"], "IL": ["US", "FR"], "EG": ["GB", "DE"], "IN": ["GB", "US"],
          "TH": ["GB", "AU"], "CN": ["JP", "KR"], "JP": ["US", "KR"], "KR": ["US", "JP"], "VN": ["KR", "JP"]}


def phone(R, c, abroad=0.0, intl=0.3):
    """A mobile phone label of country c read in c (or of another country
    read in c, in +CC form, with `plan`)."""
    if R.random() < abroad:
        p = R.choice(ABROAD[c])
        n = _mob(R, p)
        return L("phone", fmt_intl(R, p, n), sub="mobile", region=c, plan=p)
    n = _mob(R, c)
    v = fmt_intl(R, c, n) if R.random() < intl else fmt_national(R, c, n)
    return L("phone", v, sub="mobile", region=c)


def phone_intl(R, c):
    return L("phone", "+" + CC[c] + _mob(R, c), sub="mobile", region=c)


# ====================================================================== dates
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
GR_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
HE_MON = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HI_MON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"]


def rand_dob(R, lo=1942, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def fmt_date(R, c, d, names=None):
    """A date in the country's written forms (numeric or with month names)."""
    if names is None:
        names = R.random() < 0.35
    y, m, dd = d.year, d.month, d.day
    if c == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if names else R.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y)])
    if c == "GB":
        return "%d %s %d" % (dd, MONTHS["en"][m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "DE":
        return "%d. %s %d" % (dd, MONTHS["de"][m - 1], y) if names else "%02d.%02d.%d" % (dd, m, y)
    if c == "FR":
        return "%d %s %d" % (dd, MONTHS["fr"][m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "ES":
        return "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "IT":
        return "%d %s %d" % (dd, MONTHS["it"][m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "NL":
        return "%d %s %d" % (dd, MONTHS["nl"][m - 1], y) if names else "%02d-%02d-%d" % (dd, m, y)
    if c == "BR":
        return "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "PL":
        return "%d %s %d" % (dd, PL_GEN[m - 1], y) if names else "%02d.%02d.%d" % (dd, m, y)
    if c == "RU":
        return "%d %s %d" % (dd, RU_GEN[m - 1], y) if names else "%02d.%02d.%d" % (dd, m, y)
    if c == "GR":
        return "%d %s %d" % (dd, GR_GEN[m - 1], y) if names else "%d/%d/%d" % (dd, m, y)
    if c == "TR":
        return "%d %s %d" % (dd, TR_MON[m - 1], y) if names else "%02d.%02d.%d" % (dd, m, y)
    if c == "IL":
        return "%d %s %d" % (dd, HE_MON[m - 1], y) if names else "%02d.%02d.%d" % (dd, m, y)
    if c == "EG":
        return "%d %s %d" % (dd, AR_MON[m - 1], y) if names else "%02d/%02d/%d" % (dd, m, y)
    if c == "IN":
        return "%d %s %d" % (dd, HI_MON[m - 1], y) if names else R.choice(["%02d-%02d-%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)])
    if c == "TH":
        return "%d %s %d" % (dd, TH_MON[m - 1], y + 543) if names else "%02d/%02d/%d" % (dd, m, y + 543)
    if c in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, dd) if names else ("%d-%02d-%02d" % (y, m, dd) if c == "CN" else "%d/%02d/%02d" % (y, m, dd))
    if c == "KR":
        return "%d년 %d월 %d일" % (y, m, dd) if names else "%d. %d. %d." % (y, m, dd)
    if c == "VN":
        return "ngày %d tháng %d năm %d" % (dd, m, y) if names else "%02d/%02d/%d" % (dd, m, y)
    raise KeyError(c)


def dob(R, c, d=None, names=None, lo=1942, hi=2004):
    d = d or rand_dob(R, lo, hi)
    return L("dob", fmt_date(R, c, d, names))


def near_date(R, c, names=False):
    """A date of 2026/2027 (appointments, boosters, invoices): look-alike."""
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 540))
    return fmt_date(R, c, d, names)


# ====================================================================== addresses
ADDR = {
    "US": (["Persimmon Thicket Rd", "Catawba Landing Ln", "Pawpaw Ct", "Tuckahoe Pike", "Buckeye Furnace Rd"],
           [("Chillicothe", "OH", "456"), ("Paducah", "KY", "420"), ("Natchitoches", "LA", "714"), ("Ottumwa", "IA", "525")]),
    "GB": (["Tithebarn Row", "Cordwainers Lane", "Flaxdresser Gardens", "Hollyhock Terrace", "Saddlers Mews"],
           [("Ludlow", "SY8"), ("Bridport", "DT6"), ("Thirsk", "YO7"), ("Oakham", "LE15")]),
    "DE": (["Mühlbachweg", "Hopfengartenstraße", "Am Ziegelstadel", "Schlehdornweg", "Kiesgrubenstraße"],
           [("Alsfeld", "363"), ("Wunsiedel", "956"), ("Itzehoe", "255"), ("Meppen", "497")]),
    "FR": (["rue des Tanneurs", "impasse du Lavoir", "chemin des Vignes Basses", "allée des Bergeronnettes", "rue du Four à Chaux"],
           [("Pontarlier", "25300"), ("Millau", "12100"), ("Saumur", "49400"), ("Guingamp", "22200")]),
    "ES": (["calle del Almez", "avenida del Regadío", "calle Cantarranas", "paseo de las Acacias", "calle del Tinte"],
           [("Plasencia", "10600", "Cáceres"), ("Tudela", "31500", "Navarra"), ("Calamocha", "44200", "Teruel"), ("Ponferrada", "24400", "León")]),
    "IT": (["Via dei Cordai", "Vicolo del Mangano", "Via Ronchi Bassi", "Viale delle Robinie", "Via della Filanda"],
           [("Fidenza", "43036", "PR"), ("Sulmona", "67039", "AQ"), ("Bassano del Grappa", "36061", "VI"), ("Cortona", "52044", "AR")]),
    "NL": (["Zuivelstraat", "Hooibergsingel", "Karnemelkspad", "Eendenkooi", "Turfschipstraat"],
           [("Dokkum", "9101"), ("Zierikzee", "4301"), ("Winterswijk", "7101"), ("Heerenveen", "8441")]),
    "BR": (["Rua das Paineiras", "Rua do Engenho", "Avenida dos Ipês Roxos", "Travessa da Olaria", "Rua Guatambu"],
           [("Vila Seixas", "Ribeirão Preto", "SP", "140"), ("Boa Vista", "Petrolina", "PE", "563"), ("Jardim Glória", "Juiz de Fora", "MG", "360"), ("Vila Ipiranga", "Londrina", "PR", "860")]),
    "PL": (["ul. Wierzbowa", "ul. Kołodziejska", "ul. Rzemieślnicza", "ul. Zbożowa", "ul. Garncarska"],
           [("Sandomierz", "27-600"), ("Kętrzyn", "11-400"), ("Łowicz", "99-400"), ("Bochnia", "32-700")]),
    "RU": (["ул. Кузнечная", "ул. Гончарная", "пер. Мельничный", "ул. Ямская", "ул. Пряничная"],
           [("Кострома", "156"), ("Вологда", "160"), ("Тамбов", "392"), ("Псков", "180")]),
    "GR": (["Αμυγδαλιάς", "Ταξιαρχών", "Ελαιώνων", "Μυλοποτάμου", "Κυδωνιών"],
           [("Καρδίτσα", "431 00"), ("Ναύπλιο", "211 00"), ("Κομοτηνή", "691 00"), ("Καστοριά", "521 00")]),
    "TR": ([("Çınarlı", "Değirmen"), ("Bağlarbaşı", "Zeytinlik"), ("Gülbahçe", "Kavaklı"), ("Karşıyaka", "Nar Çiçeği")],
           [("Odunpazarı", "Eskişehir", "26010"), ("Merkezefendi", "Denizli", "20010"), ("Altınordu", "Ordu", "52200"), ("İlkadım", "Samsun", "55030")]),
    "IL": (["התאנה", "השקמה", "הגפן", "הרימון", "החרוב"],
           [("כפר סבא", "44"), ("רחובות", "76"), ("נהריה", "22"), ("קריית טבעון", "36")]),
    "EG": (["الجميز", "المدارس", "الترعة", "محطة المياه", "الجلاء"],
           [("المعادي", "القاهرة"), ("سموحة", "الإسكندرية"), ("الدقي", "الجيزة"), ("حي الجامعة", "دمياط")]),
    "IN": (["आशियाना कॉलोनी", "गोमती नगर", "सिविल लाइन्स", "विकास खंड", "रेलवे कॉलोनी"],
           [("लखनऊ", "उत्तर प्रदेश", "226"), ("भोपाल", "मध्य प्रदेश", "462"), ("जयपुर", "राजस्थान", "302"), ("देहरादून", "उत्तराखंड", "248")]),
    "TH": (["ลาดพร้าว", "ประชาอุทิศ", "นิมมานเหมินท์", "มิตรภาพ", "ศรีนครินทร์"],
           [("แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพมหานคร", "10310"), ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "50200"),
            ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"), ("ตำบลหนองปรือ อำเภอบางละมุง จังหวัดชลบุรี", "20150")]),
    "CN": (["凤凰街", "玉林北路", "福州路", "枫林一路", "竹竿巷"],
           [("江苏省苏州市姑苏区", "215000"), ("四川省成都市武侯区", "610041"), ("山东省青岛市市南区", "266071"), ("湖南省长沙市岳麓区", "410006")]),
    "JP": (["大手", "城西", "本町", "桜木町", "緑ケ丘"],
           [("長野県安曇野市", "399"), ("岐阜県高山市", "506"), ("愛媛県松山市", "790"), ("秋田県横手市", "013")]),
    "KR": (["상당로", "팔달로", "중앙로", "진양호로", "백제대로"],
           [("충청북도 청주시 상당구", "28"), ("전북특별자치도 익산시", "54"), ("강원특별자치도 춘천시", "24"), ("경상남도 진주시", "52")]),
    "VN": (["đường Hoa Sứ", "phố Hàng Thiếc", "đường Ven Sông Cái", "phố Lò Rèn", "đường Cây Sấu"],
           [("phường Hàng Bồ, quận Hoàn Kiếm, Hà Nội"), ("phường 7, quận Phú Nhuận, TP. Hồ Chí Minh"),
            ("phường Khuê Trung, quận Cẩm Lệ, Đà Nẵng"), ("phường Phú Hội, TP. Huế")]),
}


def address(R, c):
    st, towns = ADDR[c]
    s, t = R.choice(st), R.choice(towns)
    n = R.randint(2, 186)
    if c == "US":
        v = "%d %s%s, %s, %s %s%s" % (n * 10 + R.randint(0, 9), s, R.choice(["", ", Apt %d" % R.randint(2, 30)]), t[0], t[1], t[2], digits(R, 2))
    elif c == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        v = "%s%d %s, %s %s" % (R.choice(["", "Flat %d, " % R.randint(1, 9)]), n, s, t[0], pc)
    elif c == "DE":
        v = "%s %d%s, %s%s %s" % (s, n, R.choice(["", "a", "b"]), t[1], digits(R, 2), t[0])
    elif c == "FR":
        v = "%d%s %s, %s %s" % (n, R.choice(["", " bis", " ter"]), s, t[1], t[0].upper() if R.random() < 0.3 else t[0])
    elif c == "ES":
        v = "%s, %d, %dº %s, %s %s (%s)" % (s, n, R.randint(1, 6), R.choice("ABCD"), t[1], t[0], t[2])
    elif c == "IT":
        v = "%s %d, %s %s (%s)" % (s, n, t[1], t[0], t[2])
    elif c == "NL":
        v = "%s %d, %s %s %s" % (s, n, str(int(t[1]) + R.randint(0, 8)), "".join(R.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)), t[0])
    elif c == "BR":
        v = "%s, %d, %s%s, %s - %s, %s%s-%s" % (s, n * 7, R.choice(["", "apto %d, " % R.randint(11, 94)]), t[0], t[1], t[2], t[3], digits(R, 2), digits(R, 3))
    elif c == "PL":
        v = "%s %d%s, %s %s" % (s, n, R.choice(["", "/%d" % R.randint(1, 40)]), t[1], t[0])
    elif c == "RU":
        v = "%s%s, г. %s, %s, д. %d, кв. %d" % (t[1], digits(R, 3), t[0], s, n, R.randint(1, 140))
    elif c == "GR":
        v = "%s %d, %s %s" % (s, n, t[1], t[0])
    elif c == "TR":
        v = "%s Mah. %s Sok. No: %d D: %d, %s %s/%s" % (s[0], s[1], n, R.randint(1, 20), t[2], t[0], t[1])
    elif c == "IL":
        v = "רחוב %s %d, %s %s" % (s, n, t[0], t[1] + digits(R, 5))
    elif c == "EG":
        v = "%d شارع %s، %s، %s" % (n, s, t[0], t[1])
    elif c == "IN":
        v = "मकान नं. %d, %s, %s, %s - %s%s" % (n, s, t[0], t[1], t[2], digits(R, 3))
    elif c == "TH":
        v = "%d/%d ถนน%s %s %s" % (n, R.randint(1, 99), s, t[0], t[1])
    elif c == "CN":
        v = "%s%s%d号%d栋%d室" % (t[0], s, n, R.randint(1, 12), R.randint(1, 28) * 100 + R.randint(1, 6))
    elif c == "JP":
        v = "〒%s-%s %s%s%d丁目%d-%d" % (t[1], digits(R, 4), t[0], s, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    elif c == "KR":
        v = "%s %s %d, %d동 %d호" % (t[0], s, n, R.randint(101, 112), R.randint(1, 19) * 100 + R.randint(1, 8))
    elif c == "VN":
        v = "số %d %s, %s" % (n, s, t)
    return L("address", v, sub=c.lower())


# ====================================================================== ids
ID_LABEL = {"US": "SSN", "GB": "Passport no.", "DE": "Personalausweis-Nr.", "FR": "N° de passeport",
            "ES": "DNI/NIE", "IT": "Codice fiscale", "NL": "Paspoortnummer", "BR": "CPF", "PL": "PESEL",
            "RU": "Паспорт (серия, номер)", "GR": "ΑΦΜ", "TR": "T.C. Kimlik No", "IL": "ת\"ז",
            "EG": "رقم جواز السفر", "IN": "आधार संख्या", "TH": "เลขบัตรประชาชน", "CN": "身份证号",
            "JP": "旅券番号", "KR": "주민등록번호", "VN": "Số CCCD"}


def gov_id(R, c, p, d):
    """The national id a practice of country c writes for person p born on d."""
    fem = p.female
    if c == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if c in ("GB", "FR", "NL", "EG", "JP", "RU"):
        return L("gov_id", passport_make(R, c), sub="passport" if c != "RU" else "ru_passport")
    if c == "DE":
        return L("gov_id", perso_make(R), sub="de_personalausweis")
    if c == "ES":
        if R.random() < 0.75:
            n, l = dni_random(R)
            return L("gov_id", n + R.choice(["", "-"]) + l, sub="es_dni")
        p_, n, l = nie_random(R)
        return L("gov_id", p_ + n + l, sub="es_nie")
    if c == "IT":
        bel = R.choice(["D458", "I804", "A703", "D077", "L781"])
        return L("gov_id", cf_make(_deaccent(p.family), _deaccent(p.given), d.year % 100, d.month, d.day, fem, bel), sub="it_cf")
    if c == "BR":
        v = cpf_random(R)
        return L("gov_id", R.choice([v, "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])]), sub="br_cpf")
    if c == "PL":
        return L("gov_id", pesel_make(R, d, fem), sub="pl_pesel")
    if c == "GR":
        return L("gov_id", afm_make(R), sub="gr_afm")
    if c == "TR":
        return L("gov_id", tckn_make(R), sub="tr_tckn")
    if c == "IL":
        return L("gov_id", tz_make(R), sub="il_tz")
    if c == "IN":
        v = aadhaar_random(R)
        return L("gov_id", R.choice([v, "%s %s %s" % (v[:4], v[4:8], v[8:])]), sub="in_aadhaar")
    if c == "TH":
        v = thai_id_make(R)
        return L("gov_id", R.choice([v, "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12])]), sub="th_id")
    if c == "CN":
        return L("gov_id", cn_id_make(R, d, fem), sub="cn_id")
    if c == "KR":
        return L("gov_id", rrn_make(R, d, fem), sub="kr_rrn")
    if c == "VN":
        return L("gov_id", cccd_make(R, d, fem), sub="vn_cccd")
    raise KeyError(c)


def gov_id_ok(sp):
    v, s = sp["value"], sp["sub"]
    b = v.replace("-", "").replace(".", "").replace(" ", "")
    if s == "us_ssn":
        return re.fullmatch(r"\d{3}-\d\d-\d{4}", v) is not None and ssn_valid(int(b[:3]), int(b[3:5]), int(b[5:]))
    if s == "passport":
        return any(passport_ok(v, c) for c in ("GB", "FR", "NL", "EG", "JP", "XX"))
    if s == "ru_passport":
        return passport_ok(v, "RU")
    if s == "de_personalausweis":
        return perso_ok(v)
    if s == "es_dni":
        return len(b) == 9 and b[:8].isdigit() and DNI_LETTERS[int(b[:8]) % 23] == b[8]
    if s == "es_nie":
        return nie_ok(b)
    if s == "it_cf":
        return len(v) == 16 and cf_check(v[:15]) == v[15]
    if s == "br_cpf":
        return cpf_ok(b)
    if s == "pl_pesel":
        return pesel_ok(b)
    if s == "gr_afm":
        return afm_ok(b)
    if s == "tr_tckn":
        return tckn_ok(b)
    if s == "il_tz":
        return tz_ok(b)
    if s == "in_aadhaar":
        return len(b) == 12 and verhoeff_ok(b) and b[0] not in "01"
    if s == "th_id":
        return thai_id_ok(b)
    if s == "cn_id":
        return cn_id_ok(v)
    if s == "kr_rrn":
        return rrn_ok(v)
    if s == "vn_cccd":
        return cccd_ok(v)
    return False


# ====================================================================== money
IBAN_C = {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "GR": "GR", "TR": "TR"}
CARD_ISS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"],
            "DE": ["visa", "mastercard"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
            "IT": ["visa", "mastercard", "amex"], "NL": ["visa", "mastercard"], "BR": ["visa", "mastercard"],
            "PL": ["visa", "mastercard"], "RU": ["mir", "visa"], "GR": ["visa", "mastercard"],
            "TR": ["troy", "visa", "mastercard"], "IL": ["visa", "mastercard"], "EG": ["visa", "mastercard"],
            "IN": ["rupay", "visa"], "TH": ["visa", "jcb"], "CN": ["unionpay"], "JP": ["jcb", "visa"],
            "KR": ["visa", "mastercard"], "VN": ["visa", "jcb"]}
TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4111111111111111",
              "6011111111111117", "2223003122003222", "3566002020360505"]


def card(R, c):
    iss = R.choice(CARD_ISS[c])
    v = card_random(R, iss)
    g = split_groups(v, card_grouping(len(v)))
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    return L("card", sep.join(g), sub=iss)


def iban(R, c):
    v = iban_random(R, IBAN_C[c])
    return L("iban", R.choice([group(v), group(v), v, group(v, 4, "\u00a0")]), sub=IBAN_C[c].lower())


def global_ip(R, v6=False):
    while True:
        if v6:
            a = ipaddress.IPv6Address("2%03x:%x:%x:%x::%x" % (R.randint(0x1, 0xfff) | 0x400, R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)))
        else:
            a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global and not a.is_multicast:
            return str(a)


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["gmail.com", "uol.com.br", "bol.com.br"],
           "PL": ["wp.pl", "onet.pl", "o2.pl"], "RU": ["yandex.ru", "mail.ru"], "GR": ["gmail.com", "yahoo.gr"],
           "TR": ["gmail.com", "hotmail.com"], "IL": ["gmail.com", "walla.co.il"], "EG": ["gmail.com", "yahoo.com"],
           "IN": ["gmail.com", "rediffmail.com"], "TH": ["gmail.com", "hotmail.com"], "CN": ["qq.com", "163.com"],
           "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "VN": ["gmail.com", "yahoo.com.vn"]}


def email(R, p):
    return L("email", "%s@%s" % (p.local(R), R.choice(WEBMAIL[p.c])), sub="personal")


def work_email(R, p, inst):
    g = _deaccent(p.rgiven).lower().replace(" ", "")
    f = _deaccent(p.rfamily).lower().replace(" ", "")
    return L("email", "%s@%s" % (R.choice([g + "." + f, g[0] + f, g]), inst["domain"]), sub="work")


# ====================================================================== institutions (fictional)
# practice, its domain, its own address, switchboard; the referral hospital,
# the insurer and the lab. All look-alikes.
INST = {
    "US": dict(practice="Sassafras Bend Animal Hospital", domain="sassafrasbendvet.com", paddr="2210 Old Canal Rd, Logan, OH 43138",
               switch="(740) 555-0148", hospital="Tri-County Veterinary Specialty Center", insurer="Indiangrass Pet Mutual", lab="Redbud Veterinary Diagnostics"),
    "GB": dict(practice="Wagtail Veterinary Surgery", domain="wagtailvets.co.uk", paddr="Unit 3, Maltings Yard, Sherborne DT9 3QP",
               switch="01632 960 284", hospital="Heathland Veterinary Referrals", insurer="Furlong Pet Cover", lab="Marlpit Vet Lab"),
    "DE": dict(practice="Tierarztpraxis am Schlehenhang", domain="schlehenhang-tierarzt.de", paddr="Vogelsbergstraße 41, 36304 Alsfeld",
               switch="06631 918 40", hospital="Tierklinik Auenblick", insurer="Pfotenhilfe VVaG", lab="Laborgemeinschaft Vet Nord"),
    "FR": dict(practice="Clinique vétérinaire des Chardonnerets", domain="veto-chardonnerets.fr", paddr="12 avenue de la Gare, 25300 Pontarlier",
               switch="03 81 39 22 60", hospital="Centre hospitalier vétérinaire de Franche-Comté", insurer="Mutuelle Patte Douce", lab="VétoLab Est"),
    "ES": dict(practice="Clínica Veterinaria Los Madroños", domain="vetmadronos.es", paddr="avenida de la Estación, 8, 10600 Plasencia (Cáceres)",
               switch="927 41 66 03", hospital="Hospital Veterinario Bochorno", insurer="Huellas Seguros", lab="Vetanalítica"),
    "IT": dict(practice="Ambulatorio Veterinario Il Corbezzolo", domain="vetcorbezzolo.it", paddr="Via Emilia Ovest 112, 43036 Fidenza (PR)",
               switch="0524 530 117", hospital="Clinica Veterinaria Tre Ponti", insurer="Zampa Sicura Assicurazioni", lab="VetLab Appennino"),
    "NL": dict(practice="Dierenartsenpraktijk De Kwikstaart", domain="dekwikstaart.nl", paddr="Stationsweg 19, 9101 KN Dokkum",
               switch="0519 29 41 70", hospital="Dierenziekenhuis Slotermeer", insurer="Snuffel Verzekeringen", lab="VetDiagnostiek Noord"),
    "BR": dict(practice="Clínica Veterinária Bem-te-vi", domain="clinicabemtevi.com.br", paddr="Av. Nove de Julho, 1450, Centro, Ribeirão Preto - SP, 14010-000",
               switch="(16) 3610-4477", hospital="Hospital Veterinário Jacarandá", insurer="Patinha Segura Seguros", lab="VetAnálises"),
    "PL": dict(practice="Przychodnia Weterynaryjna „Dzięcioł”", domain="dzieciol-vet.pl", paddr="ul. Opatowska 5, 27-600 Sandomierz",
               switch="15 832 40 19", hospital="Szpital Weterynaryjny Zielony Gaj", insurer="Łapka Ubezpieczenia", lab="VetLab Mazury"),
    "RU": dict(practice="Ветклиника «Снегирь»", domain="snegir-vet.ru", paddr="156000, г. Кострома, ул. Советская, д. 31",
               switch="8 (4942) 31-70-55", hospital="Ветеринарный госпиталь «Заречный»", insurer="Страховая компания «Лапа»", lab="ВетЛаб-Экспресс"),
    "GR": dict(practice="Κτηνιατρείο Χελιδόνι", domain="chelidoni-vet.gr", paddr="Ασκληπιού 22, 431 00 Καρδίτσα",
               switch="24310 27 845", hospital="Κτηνιατρική Κλινική Πλάτανος", insurer="Πατουσάκι Ασφαλιστική", lab="VetLab Θεσσαλίας"),
    "TR": dict(practice="Serçe Veteriner Kliniği", domain="sercevet.com.tr", paddr="Arifiye Mah. Cumhuriyet Cad. No: 88, 26010 Odunpazarı/Eskişehir",
               switch="0222 231 40 66", hospital="Erguvan Hayvan Hastanesi", insurer="Pati Sigorta", lab="VetLab Anadolu"),
    "IL": dict(practice="מרפאה וטרינרית הדוכיפת", domain="duchifat-vet.co.il", paddr="רחוב ויצמן 104, כפר סבא",
               switch="09-7654120", hospital="בית החולים הווטרינרי השרון", insurer="כלבוטוח", lab="וטלאב"),
    "EG": dict(practice="عيادة الهدهد البيطرية", domain="hudhud-vet.com.eg", paddr="14 شارع 9، المعادي، القاهرة",
               switch="02 2358 4410", hospital="مستشفى الزمالك للحيوانات الأليفة", insurer="تأمين الأليف", lab="معمل فيت لاب"),
    "IN": dict(practice="मोरपंख पशु चिकित्सालय", domain="morpankhvet.in", paddr="बी-12, सेक्टर सी, अलीगंज, लखनऊ - 226024",
               switch="0522 407 1180", hospital="सह्याद्री वेटरनरी रेफ़रल अस्पताल", insurer="पंजा पेट बीमा", lab="वेटलैब डायग्नोस्टिक्स"),
    "TH": dict(practice="โรงพยาบาลสัตว์นกกระจิบ", domain="nokkrajibvet.co.th", paddr="88 ถนนประดิพัทธ์ แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400",
               switch="02 279 4410", hospital="โรงพยาบาลสัตว์ศูนย์ส่งต่อเฉพาะทาง", insurer="ประกันสัตว์เลี้ยงอุ้งเท้า", lab="เว็ทแล็บ"),
    "CN": dict(practice="喜鹊动物医院", domain="xiquepet.cn", paddr="江苏省苏州市姑苏区人民路1088号",
               switch="0512-6523 4418", hospital="市宠物专科转诊中心", insurer="爪爪宠物保险", lab="宠检实验室"),
    "JP": dict(practice="しらさぎ動物病院", domain="shirasagi-ah.jp", paddr="〒399-8205 長野県安曇野市豊科4丁目2-7",
               switch="0263-35-4172", hospital="信州動物医療センター", insurer="にくきゅうペット保険", lab="ペット検査センター"),
    "KR": dict(practice="까치동물병원", domain="kkachivet.kr", paddr="충청북도 청주시 상당구 상당로 140",
               switch="043-255-7410", hospital="24시 동물의료센터", insurer="발바닥펫보험", lab="벳랩진단검사"),
    "VN": dict(practice="Phòng khám thú y Chim Sẻ", domain="chimsevet.vn", paddr="số 12 phố Hàng Bún, quận Ba Đình, Hà Nội",
               switch="024 3716 4420", hospital="Bệnh viện thú y Trung tâm", insurer="Bảo hiểm thú cưng Bàn Chân", lab="Phòng xét nghiệm VetLab"),
}

VETREG = {
    "US": lambda R: "OH lic. #%d" % R.randint(10000, 39999), "GB": lambda R: "RCVS %07d" % R.randint(1000000, 7999999),
    "DE": lambda R: "TÄK-Nr. %d" % R.randint(1000, 9999), "FR": lambda R: "N° ordinal %d" % R.randint(10000, 39999),
    "ES": lambda R: "Col. nº 10/%04d" % R.randint(100, 1999), "IT": lambda R: "Ordine Vet. PR n. %d" % R.randint(100, 999),
    "NL": lambda R: "UDN %06d" % R.randint(100000, 999999), "BR": lambda R: "CRMV-SP %d" % R.randint(10000, 59999),
    "PL": lambda R: "PWZ %04d" % R.randint(1000, 9999), "RU": lambda R: "рег. № %d" % R.randint(1000, 9999),
    "GR": lambda R: "Α.Μ. ΠΚΣ %d" % R.randint(1000, 6999), "TR": lambda R: "Oda sicil no %d" % R.randint(1000, 9999),
    "IL": lambda R: "רישיון %d" % R.randint(1000, 4999), "EG": lambda R: "قيد النقابة %d" % R.randint(10000, 59999),
    "IN": lambda R: "UPVC Reg. %d" % R.randint(1000, 9999), "TH": lambda R: "ใบอนุญาต ว.%d" % R.randint(1000, 9999),
    "CN": lambda R: "执业兽医 %d" % R.randint(100000, 999999), "JP": lambda R: "獣医師免許 第%d号" % R.randint(30000, 49999),
    "KR": lambda R: "면허 제%d호" % R.randint(10000, 29999), "VN": lambda R: "CCHN số %d/CCHN-TY" % R.randint(100, 999),
}

CUR = {"US": ("$%s", "."), "GB": ("£%s", "."), "DE": ("%s €", ","), "FR": ("%s €", ","), "ES": ("%s €", ","),
       "IT": ("€ %s", ","), "NL": ("€ %s", ","), "BR": ("R$ %s", ","), "PL": ("%s zł", ","), "RU": ("%s ₽", ","),
       "GR": ("%s €", ","), "TR": ("%s TL", ","), "IL": ("₪%s", "."), "EG": ("%s ج.م", "."), "IN": ("₹%s", "."),
       "TH": ("%s บาท", "."), "CN": ("¥%s", "."), "JP": ("%s円", "."), "KR": ("%s원", "."), "VN": ("%s đ", ",")}
FEE_SCALE = {"US": 1, "GB": 1, "DE": 1, "FR": 1, "ES": 1, "IT": 1, "NL": 1, "BR": 4, "PL": 3, "RU": 60, "GR": 1,
             "TR": 25, "IL": 3.5, "EG": 20, "IN": 25, "TH": 25, "CN": 5, "JP": 120, "KR": 1000, "VN": 8000}


def fee(R, c, lo=20, hi=900):
    v = R.uniform(lo, hi) * FEE_SCALE[c]
    fmt, dec = CUR[c]
    if c in ("JP", "KR", "VN"):
        s = "{:,}".format(int(round(v, -2 if c == "VN" else 1))).replace(",", "." if c == "VN" else ",")
    else:
        s = "%.2f" % v
        if dec == ",":
            s = s.replace(".", ",")
    return fmt % s


def dec(c, s):
    return s.replace(".", ",") if CUR[c][1] == "," and c not in ("VN",) else s


# ====================================================================== field labels (person fields in the country's language)
FL = {
    "en": dict(owner="Owner", joint="Joint owner", dob="Date of birth", addr="Address", tel="Mobile", mail="Email", sign="Signed", staff="Taken by"),
    "de": dict(owner="Tierhalter/in", joint="Mithalter/in", dob="Geburtsdatum", addr="Anschrift", tel="Mobil", mail="E-Mail", sign="Unterschrift", staff="Aufgenommen von"),
    "fr": dict(owner="Propriétaire", joint="Copropriétaire", dob="Date de naissance", addr="Adresse", tel="Portable", mail="Courriel", sign="Signature", staff="Saisi par"),
    "es": dict(owner="Titular", joint="Cotitular", dob="Fecha de nacimiento", addr="Domicilio", tel="Móvil", mail="Correo", sign="Firma", staff="Atendido por"),
    "it": dict(owner="Proprietario", joint="Co-proprietario", dob="Data di nascita", addr="Residenza", tel="Cellulare", mail="E-mail", sign="Firma", staff="Compilato da"),
    "nl": dict(owner="Eigenaar", joint="Mede-eigenaar", dob="Geboortedatum", addr="Adres", tel="Mobiel", mail="E-mail", sign="Handtekening", staff="Ingevoerd door"),
    "pt": dict(owner="Tutor(a)", joint="Cotutor(a)", dob="Data de nascimento", addr="Endereço", tel="Celular", mail="E-mail", sign="Assinatura", staff="Atendente"),
    "pl": dict(owner="Właściciel", joint="Współwłaściciel", dob="Data urodzenia", addr="Adres", tel="Tel. kom.", mail="E-mail", sign="Podpis", staff="Przyjął(a)"),
    "ru": dict(owner="Владелец", joint="Совладелец", dob="Дата рождения", addr="Адрес", tel="Моб. тел.", mail="Эл. почта", sign="Подпись", staff="Принял(а)"),
    "el": dict(owner="Ιδιοκτήτης", joint="Συνιδιοκτήτης", dob="Ημ. γέννησης", addr="Διεύθυνση", tel="Κινητό", mail="Email", sign="Υπογραφή", staff="Καταχώριση"),
    "tr": dict(owner="Hayvan sahibi", joint="Ortak sahip", dob="Doğum tarihi", addr="Adres", tel="Cep tel.", mail="E-posta", sign="İmza", staff="Kaydı alan"),
    "he": dict(owner="בעלים", joint="בעלים נוסף", dob="תאריך לידה", addr="כתובת", tel="נייד", mail="דוא\"ל", sign="חתימה", staff="נקלט ע\"י"),
    "ar": dict(owner="المالك", joint="مالك مشارك", dob="تاريخ الميلاد", addr="العنوان", tel="الموبايل", mail="البريد الإلكتروني", sign="التوقيع", staff="سجّله"),
    "hi": dict(owner="पालक/मालिक", joint="सह-मालिक", dob="जन्म तिथि", addr="पता", tel="मोबाइल", mail="ईमेल", sign="हस्ताक्षर", staff="दर्ज करने वाले"),
    "th": dict(owner="เจ้าของสัตว์", joint="เจ้าของร่วม", dob="วันเกิด", addr="ที่อยู่", tel="มือถือ", mail="อีเมล", sign="ลงชื่อ", staff="ผู้รับเรื่อง"),
    "zh": dict(owner="宠物主人", joint="共同主人", dob="出生日期", addr="住址", tel="手机", mail="邮箱", sign="签名", staff="经办人"),
    "ja": dict(owner="飼い主", joint="共同飼い主", dob="生年月日", addr="住所", tel="携帯", mail="メール", sign="署名", staff="受付"),
    "ko": dict(owner="보호자", joint="공동 보호자", dob="생년월일", addr="주소", tel="휴대폰", mail="이메일", sign="서명", staff="접수자"),
    "vi": dict(owner="Chủ nuôi", joint="Đồng chủ nuôi", dob="Ngày sinh", addr="Địa chỉ", tel="Di động", mail="Email", sign="Chữ ký", staff="Người tiếp nhận"),
}

# ====================================================================== requests (in the text's language)
REQ = {
    "en": ["Can you check this for anything missing before I save it to the client record?",
           "Summarise this in three bullet points for the morning rounds.",
           "Help me write a polite reply to this.",
           "Turn this into a tidy table, one row per animal.",
           "What should I take out before I post this in the staff group chat?"],
    "de": ["Kannst du schauen, ob hier etwas fehlt, bevor ich es in die Patientenkartei übernehme?",
           "Fass das bitte in drei Stichpunkten für die Frühbesprechung zusammen.",
           "Hilf mir, darauf freundlich zu antworten."],
    "fr": ["Tu peux vérifier s'il manque quelque chose avant que je l'enregistre dans le dossier ?",
           "Résume-moi ça en trois points pour la réunion du matin.",
           "Aide-moi à rédiger une réponse courtoise."],
    "es": ["¿Puedes revisar si falta algo antes de guardarlo en la ficha del cliente?",
           "Resúmelo en tres puntos para la reunión de la mañana.",
           "Ayúdame a redactar una respuesta educada."],
    "it": ["Puoi controllare se manca qualcosa prima che lo salvi nella cartella clinica?",
           "Riassumilo in tre punti per la riunione del mattino.",
           "Aiutami a scrivere una risposta cortese."],
    "nl": ["Kun je checken of er iets ontbreekt voordat ik het in het dossier zet?",
           "Vat dit samen in drie punten voor het ochtendoverleg.",
           "Help me een beleefd antwoord te schrijven."],
    "pt": ["Pode conferir se falta alguma coisa antes de eu salvar na ficha do paciente?",
           "Resume isso em três tópicos para a reunião da manhã.",
           "Me ajuda a escrever uma resposta educada?"],
    "pl": ["Sprawdź, proszę, czy czegoś tu nie brakuje, zanim zapiszę to w kartotece.",
           "Streść to w trzech punktach na poranną odprawę.",
           "Pomóż mi napisać uprzejmą odpowiedź."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я сохраню это в карту.",
           "Сделай краткое резюме в трёх пунктах для утренней планёрки.",
           "Помоги написать вежливый ответ."],
    "el": ["Μπορείς να ελέγξεις αν λείπει κάτι πριν το περάσω στην καρτέλα;",
           "Κάνε μου μια σύνοψη σε τρία σημεία για την πρωινή ενημέρωση.",
           "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    "tr": ["Kayda geçirmeden önce eksik bir şey var mı kontrol eder misin?",
           "Bunu sabah toplantısı için üç maddede özetle.",
           "Buna kibar bir cevap yazmama yardım et."],
    "he": ["תוכל לבדוק אם חסר משהו לפני שאני שומרת את זה בתיק?",
           "תסכם לי את זה בשלוש נקודות לישיבת הבוקר.",
           "תעזור לי לנסח תשובה מנומסת."],
    "ar": ["ممكن تراجع لو فيه حاجة ناقصة قبل ما أحفظه في الملف؟",
           "لخّص ده في تلات نقط لاجتماع الصبح.",
           "ساعدني أكتب رد مهذب على ده."],
    "hi": ["रिकॉर्ड में सेव करने से पहले देख लो कि कुछ छूटा तो नहीं।",
           "सुबह की मीटिंग के लिए इसे तीन बिंदुओं में समझा दो।",
           "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจหน่อยว่าขาดอะไรไหมก่อนบันทึกลงแฟ้ม",
           "สรุปเป็นสามข้อสำหรับประชุมเช้าให้หน่อย",
           "ช่วยร่างคำตอบแบบสุภาพให้หน่อย"],
    "zh": ["存进病历之前帮我看看有没有漏填的？",
           "帮我整理成三条要点，早会用。",
           "帮我写一个礼貌的回复。"],
    "ja": ["カルテに保存する前に、抜けている項目がないか確認してもらえますか？",
           "朝礼用に三行でまとめてください。",
           "丁寧な返信文を一緒に考えてください。"],
    "ko": ["차트에 저장하기 전에 빠진 항목이 없는지 확인해 줘.",
           "아침 회의용으로 세 줄 요약해 줘.",
           "정중한 답장을 쓰는 것 좀 도와줘."],
    "vi": ["Kiểm tra giúp em xem còn thiếu gì không trước khi lưu vào hồ sơ.",
           "Tóm tắt giúp em thành ba ý cho buổi giao ban sáng.",
           "Giúp em viết một câu trả lời lịch sự."],
}


def wrap_request(R, lang, body, kind=None, fence=False):
    reqs = REQ[lang]
    q = reqs[kind] if kind is not None and kind < len(reqs) else R.choice(reqs)
    style = R.randrange(5)
    if fence or style == 0:
        return [q + "\n```\n", body, "\n```"]
    if style == 1:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if style == 2:
        return [body, "\n---\n" + q]
    if style == 3:
        return [q + "\n\n", body]
    return [body, "\n\n" + q]


def fill(fmt, **kw):
    """Split a frame at {name} and put in the value (str, L, N or list)."""
    out = []
    for piece in re.split(r"(\{\w+\})", fmt):
        m = re.fullmatch(r"\{(\w+)\}", piece)
        if m:
            out.append(kw[m.group(1)])
        elif piece:
            out.append(piece)
    return out


# ====================================================================== look-alikes
ISO_NUM = {"US": "840", "GB": "826", "DE": "276", "FR": "250", "ES": "724", "IT": "380", "NL": "528", "BR": "076",
           "PL": "616", "RU": "643", "GR": "300", "TR": "792", "IL": "376", "EG": "818", "IN": "356", "TH": "764",
           "CN": "156", "JP": "392", "KR": "410", "VN": "704"}


def chip_digits(R, c):
    while True:
        v = R.choice([ISO_NUM[c], ISO_NUM[c], "985", "981", "941", "956", "900", "977"]) + digits(R, 12)
        if not luhn_ok(v) and not any(luhn_ok(v[i:j]) for i in range(3) for j in range(13 + i, 16) if j - i >= 13):
            return v


def microchip(R, c):
    v = chip_digits(R, c)
    return N(R.choice([v, v, "%s %s %s" % (v[:3], v[3:9], v[9:])]), "microchip")


def pet_passport(R, c):
    cc = {"GB": "GB", "US": "US", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "GR": "GR"}.get(c, c)
    return N(R.choice(["%s%s %s" % (cc, digits(R, 2), digits(R, 7)), "%s-%s-%s" % (cc, digits(R, 3), digits(R, 6))]), "pet_passport")


def batch(R):
    return N(R.choice(["A%03dB%02d" % (R.randint(100, 999), R.randint(1, 9)), "%d%s" % (R.randint(300000, 399999), R.choice("ABC")),
                       "L%dK" % R.randint(40000, 89999)]), "vaccine_batch")


def accession(R):
    return N(R.choice(["IDX-26-%07d" % R.randint(1000000, 9999999), "HP26/%05d" % R.randint(1000, 99999),
                       "LAB-%d-%04d" % (R.randint(2026, 2027), R.randint(1, 9999))]), "lab_accession")


def weight(R, c, kind=0):
    lo, hi = [(3.0, 46.0), (2.4, 7.8), (0.9, 3.2)][kind]
    return N(dec(c, "%.1f kg" % R.uniform(lo, hi)), "weight")


DRUGS = [("meloxicam", "0.1 mg/kg PO q24h"), ("amoxicillin-clavulanate", "12.5 mg/kg PO q12h"), ("maropitant", "1 mg/kg SC"),
         ("buprenorphine", "0.02 mg/kg IV"), ("gabapentin", "10 mg/kg PO q8h"), ("prednisolone", "0.5 mg/kg PO q24h"),
         ("medetomidine", "0.5 ml/10 kg IM"), ("furosemide", "2 mg/kg PO q12h"), ("pimobendan", "0.25 mg/kg PO q12h"),
         ("milbemycin/praziquantel", "1 tab/5-25 kg")]
VACS = ["DHPPi + L4", "rabies", "RCP", "FeLV", "kennel cough (Bb/Pi)", "RHD2", "DAPP", "L4"]


def dose(R, c):
    d, s = R.choice(DRUGS)
    return N("%s %s" % (d, dec(c, s)), "drug_dose")


def drug_code(R):
    return N(R.choice(["Vm %05d/%04d" % (R.randint(10000, 59999), R.randint(4000, 5999)), "EU/2/%02d/%03d/%03d" % (R.randint(10, 24), R.randint(100, 299), R.randint(1, 40)),
                       "ATCvet QM01AC%02d" % R.randint(1, 9)]), "drug_code")


def proc_code(R):
    return N(R.choice(["CONS-%02d" % R.randint(1, 20), "VAC-%s" % R.choice(["DHP", "L4", "RAB", "RCP"]), "DENT-SCL%d" % R.randint(1, 3),
                       "SURG-OVH-%s" % R.choice("SML"), "HIST-%d" % R.randint(1, 3), "RX-REP", "EUTH-%s" % R.choice(["STD", "HV"]), "XR-%d" % R.randint(1, 4)]), "procedure_code")


def vetreg(R, c):
    return N(VETREG[c](R), "vet_registration")


def inv_no(R):
    return N(R.choice(["INV-%06d" % R.randint(100000, 999999), "F2026-%05d" % R.randint(1, 99999), "#%d" % R.randint(40000, 89999)]), "invoice_number")


def client_no(R):
    return N(R.choice(["C-%05d" % R.randint(1, 99999), "CL%06d" % R.randint(1, 999999), "%d" % R.randint(10000, 99999)]), "client_number")


def animal_no(R):
    return N(R.choice(["P-%05d" % R.randint(1, 99999), "A%06d" % R.randint(1, 999999)]), "patient_number")


def policy_no(R):
    return N(R.choice(["POL-%08d" % R.randint(1, 99999999), "PC%d-%04d" % (R.randint(100, 999), R.randint(1, 9999))]), "policy_number")


def claim_no(R):
    return N("CLM-%d-%05d" % (R.randint(2026, 2027), R.randint(1, 99999)), "claim_number")


def mandate_ref(R):
    return N("MNDT-%s-%05d" % (R.choice(["PP", "VET", "DD"]), R.randint(1, 99999)), "mandate_reference")


def serial(R):
    return N(R.choice(["SN %s%07d" % (R.choice(["IDX", "HEM", "DXR", "ANS"]), R.randint(1, 9999999)), "S/N %d-%04d" % (R.randint(2019, 2025), R.randint(1, 9999))]), "device_serial")


def priv_ip(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                       "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))]), "private_ip")


def doc_ip(R):
    return N(R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xffff)]), "documentation_ip")


def test_card(R):
    v = R.choice(TEST_CARDS)
    return N(R.choice([v, group(v)]), "test_card")


def masked_card(R):
    return N(R.choice(["**** **** **** %s" % digits(R, 4), "xxxx-%s" % digits(R, 4), "•••• %s" % digits(R, 4)]), "masked_card")


def expiry(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def switch(c):
    return N(INST[c]["switch"], "practice_phone")


def site(c):
    return N("www." + INST[c]["domain"], "practice_website")


def role(R, c, box=None):
    return N("%s@%s" % (box or R.choice(["reception", "accounts", "frontdesk", "boosters", "referrals", "lab", "info"]), INST[c]["domain"]), "role_mailbox")


def paddr(c):
    return N(INST[c]["paddr"], "practice_address")


def inst(c, key):
    return N(INST[c][key], {"practice": "practice", "hospital": "referral_hospital", "insurer": "insurer", "lab": "lab"}[key])


def pet_name(R, lang):
    return N(R.choice(PETS[lang]), "pet_name")


def breed(R, lang):
    """(species word, breed look-alike, kind: 0 dog, 1 cat, 2 rabbit)."""
    k = R.randrange(len(SPECIES[lang]))
    sp, bs = SPECIES[lang][k]
    return sp, N(R.choice(bs), "breed"), k


def pet_dob(R, c):
    d = datetime.date(R.randint(2010, 2025), R.randint(1, 12), R.randint(1, 28))
    return N(fmt_date(R, c, d, False), "pet_birth_date")


def appt(R, c, names=False):
    return N(near_date(R, c, names), "appointment_date")


def date_seq(R, c, n, tag="appointment_date", gap=(3, 90)):
    """n increasing dates of 2026/2027 as look-alikes."""
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 300))
    out = []
    for _ in range(n):
        out.append(N(fmt_date(R, c, d, False), tag))
        d += datetime.timedelta(days=R.randint(*gap))
    return out


def feeN(R, c, lo=20, hi=900):
    return N(fee(R, c, lo, hi), "fee")


def time_slot(R):
    h = R.randint(8, 18)
    return N("%02d:%s" % (h, R.choice(["00", "15", "30", "45"])), "appointment_time")


# Name-as-word sentences per language (none of these words is in a name list).
NAW = {
    "en": ["Will the 3 pm consult run late if the X-ray overruns?", "Mark the isolation kennel as cleaned.", "Grant access to the locum's login before Friday.",
           "Bill the insurer directly for this one.", "Rusty bowls go in the skip, please.", "Sandy coat, so check for fleas properly.",
           "Dusty shelves in the pharmacy need wiping."],
    "de": ["Frank gesagt ist der OP-Plan zu knapp.", "Ernst gemeint: bitte vor jedem Patienten Hände desinfizieren."],
    "fr": ["Rose pâle : couleur de la nouvelle collerette.", "Pierre à lécher livrée pour le chenil."],
    "es": ["Dolores articulares: revisar en dos semanas.", "Amparo legal: el consentimiento firmado está archivado."],
    "it": ["Serena la notte in degenza, nessun vomito.", "Fortunata la cucciolata: tutti sani."],
    "nl": ["Roos-achtige huiduitslag bij de kat in box 2.", "Wil je de kooien nog even schoonmaken?"],
    "pt": ["Vitória: castração sem intercorrências.", "Graça nenhuma, o portão ficou aberto de novo."],
    "pl": ["Nadzieja, że szwy ładnie się zagoją.", "Róża w recepcji znowu przywiędła."],
    "ru": ["Надежда есть: анализы стали лучше.", "Вера в новый корм пока не оправдалась."],
    "el": ["Ελπίδα να φάει κανονικά μέχρι αύριο.", "Ειρήνη στην αίθουσα αναμονής, επιτέλους."],
    "tr": ["Umut var, iştahı geri geldi.", "Deniz kenarında yürüyüş önerildi."],
    "he": ["יש תקווה, הוא אכל הבוקר.", "שושנה אדומה בעציץ בקבלה נבלה."],
    "ar": ["على أمل يتحسن بكرة.", "نور الممر مطفي من امبارح."],
    "hi": ["आशा है कि टांके जल्दी भरेंगे।", "किरण मशीन की सर्विस बाकी है।"],
    "th": ["น้องเป็นดวงใจของบ้าน ดูแลดี ๆ นะคะ", "ฟ้าใสวันนี้ คนพาน้องมาฉีดวัคซีนเยอะ"],
    "zh": ["春花开了，门口的绿植记得浇水。", "晓得了，明天再复诊。"],
    "ja": ["さくらの季節は予約が混みます。", "明日は晴れの予報なので散歩OKです。"],
    "ko": ["하늘이 맑아서 산책 상담이 많아요.", "보람 있는 하루였어요, 수술 모두 잘 끝났습니다."],
    "vi": ["Mong bé bình an, mai tái khám.", "Hạnh phúc nhất là thấy bé ăn lại được."],
}


def naw(R, lang):
    return N(R.choice(NAW[lang]), "name_as_word")


# ====================================================================== per-language frames
REMIND = {
    "en": "Hi {o}, {pet} is due for the {vac} booster on {date}. Book online at {site} or call {sw}. Thanks, {st} at {pr}",
    "de": "Hallo {o}, bei {pet} steht am {date} die Auffrischung {vac} an. Termin unter {sw} oder {site}. Viele Grüße, {st}, {pr}",
    "fr": "Bonjour {o}, le rappel {vac} de {pet} est prévu le {date}. Prenez rendez-vous au {sw} ou sur {site}. {st}, {pr}",
    "es": "Hola {o}: a {pet} le toca el refuerzo de {vac} el {date}. Pide cita en el {sw} o en {site}. Un saludo, {st} ({pr})",
    "it": "Gentile {o}, il richiamo {vac} di {pet} scade il {date}. Prenoti allo {sw} o su {site}. {st}, {pr}",
    "nl": "Beste {o}, {pet} moet op {date} de herhalingsprik {vac} krijgen. Bel {sw} of boek via {site}. Groet, {st} ({pr})",
    "pt": "Olá, {o}! O reforço da vacina {vac} do(a) {pet} vence em {date}. Agende pelo {sw} ou em {site}. Abraço, {st} – {pr}",
    "pl": "Dzień dobry, {o}! {pet} ma termin szczepienia przypominającego ({vac}) {date}. Zapisy: {sw} lub {site}. {st}, {pr}",
    "ru": "Здравствуйте, {o}! У питомца {pet} {date} ревакцинация ({vac}). Запись по тел. {sw} или на {site}. {st}, {pr}",
    "el": "Γεια σας {o}, ο/η {pet} έχει αναμνηστικό εμβόλιο {vac} στις {date}. Ραντεβού στο {sw} ή στο {site}. {st}, {pr}",
    "tr": "Merhaba {o}, {pet} için {vac} rapel aşısı {date} tarihinde. Randevu: {sw} veya {site}. {st}, {pr}",
    "he": "שלום {o}, ל{pet} מגיע חיסון דחף {vac} בתאריך {date}. לקביעת תור: {sw} או {site}. {st}, {pr}",
    "ar": "أهلاً {o}، ميعاد الجرعة المنشطة {vac} لـ{pet} يوم {date}. للحجز: {sw} أو {site}. {st} - {pr}",
    "hi": "नमस्ते {o} जी, {pet} का {vac} बूस्टर टीका {date} को देय है। बुकिंग: {sw} या {site}। {st}, {pr}",
    "th": "สวัสดีค่ะคุณ{o} น้อง{pet} ครบกำหนดฉีดวัคซีนกระตุ้น {vac} วันที่ {date} นัดได้ที่ {sw} หรือ {site} ค่ะ {st} {pr}",
    "zh": "{o}您好，{pet}的{vac}加强针将于{date}到期，请致电{sw}或在{site}预约。{pr} {st}",
    "ja": "{o}様　{pet}ちゃんの{vac}追加接種の時期（{date}）が近づいております。ご予約は{sw}または{site}まで。{pr} {st}",
    "ko": "{o}님, {pet}의 {vac} 추가 접종일이 {date}입니다. 예약: {sw} 또는 {site}. {pr} {st} 드림",
    "vi": "Chào anh/chị {o}, bé {pet} đến hạn tiêm nhắc {vac} vào {date}. Đặt lịch qua {sw} hoặc {site}. {st} – {pr}",
}

REFER = {
    "en": ("Dear Dr {rv},", "Thank you for seeing {pet}, a {age}-year-old {breed}, for {reason}. The owner is {o}, {addr}, {tel}. Bloods are attached (accession {acc}); current weight {wt}.", "Kind regards,"),
    "de": ("Sehr geehrte/r Dr. {rv},", "wir überweisen Ihnen {pet} ({breed}, {age} Jahre) zur Abklärung: {reason}. Halter/in: {o}, {addr}, Tel. {tel}. Blutbefund anbei (Eingangsnr. {acc}), Gewicht {wt}.", "Mit freundlichen Grüßen"),
    "fr": ("Cher confrère, Dr {rv},", "je vous adresse {pet}, {breed} de {age} ans, pour {reason}. Propriétaire : {o}, {addr}, tél. {tel}. Bilan sanguin joint (n° {acc}), poids {wt}.", "Confraternellement,"),
    "es": ("Estimado/a Dr./Dra. {rv}:", "le remitimos a {pet}, {breed} de {age} años, por {reason}. Titular: {o}, {addr}, tel. {tel}. Adjuntamos analítica (n.º {acc}); peso {wt}.", "Un cordial saludo,"),
    "it": ("Gentile Dott. {rv},", "Le invio {pet}, {breed} di {age} anni, per {reason}. Proprietario: {o}, {addr}, tel. {tel}. In allegato gli esami (accettazione {acc}); peso {wt}.", "Cordiali saluti,"),
    "nl": ("Geachte collega {rv},", "Graag verwijs ik {pet} ({breed}, {age} jaar) naar u door voor {reason}. Eigenaar: {o}, {addr}, tel. {tel}. Bloeduitslagen bijgevoegd (monsternr. {acc}); gewicht {wt}.", "Met collegiale groet,"),
    "pt": ("Prezado(a) Dr(a). {rv},", "encaminho {pet}, {breed} de {age} anos, para {reason}. Tutor(a): {o}, {addr}, tel. {tel}. Exames em anexo (protocolo {acc}); peso {wt}.", "Atenciosamente,"),
    "pl": ("Szanowny Panie Doktorze / Szanowna Pani Doktor {rv},", "kieruję do Państwa {pet} ({breed}, {age} lat) w celu: {reason}. Właściciel: {o}, {addr}, tel. {tel}. Wyniki krwi w załączeniu (nr {acc}); masa ciała {wt}.", "Z wyrazami szacunku"),
    "ru": ("Уважаемый(ая) {rv}!", "Направляю к вам {pet} ({breed}, {age} лет) для {reason}. Владелец: {o}, {addr}, тел. {tel}. Анализы крови прилагаю (№ {acc}), вес {wt}.", "С уважением,"),
    "el": ("Αγαπητέ/ή συνάδελφε {rv},", "σας παραπέμπω τον/την {pet} ({breed}, {age} ετών) για {reason}. Ιδιοκτήτης: {o}, {addr}, τηλ. {tel}. Επισυνάπτονται οι αιματολογικές (αρ. {acc}), βάρος {wt}.", "Με εκτίμηση,"),
    "tr": ("Sayın Dr. {rv},", "{age} yaşındaki {breed} {pet} adlı hastayı {reason} için size sevk ediyorum. Sahibi: {o}, {addr}, tel. {tel}. Kan sonuçları ektedir (örnek no {acc}); kilo {wt}.", "Saygılarımla,"),
    "he": ("לכבוד ד\"ר {rv},", "אני מפנה אליך את {pet}, {breed} בן {age}, לצורך {reason}. הבעלים: {o}, {addr}, טל' {tel}. בדיקות דם מצורפות (מס' {acc}); משקל {wt}.", "בברכה,"),
    "ar": ("الزميل/ة العزيز/ة د. {rv}،", "أحوّل إليكم {pet}، {breed} عمره {age} سنوات، بسبب {reason}. المالك: {o}، {addr}، تليفون {tel}. مرفق تحليل الدم (رقم {acc})، الوزن {wt}.", "مع خالص التحية،"),
    "hi": ("आदरणीय डॉ. {rv},", "{pet} ({breed}, {age} वर्ष) को {reason} के लिए आपके पास भेज रहे हैं। मालिक: {o}, {addr}, फ़ोन {tel}। रक्त जाँच संलग्न है (संख्या {acc}); वज़न {wt}।", "सादर,"),
    "th": ("เรียน สพ.ญ./น.สพ. {rv}", "ขอส่งต่อน้อง{pet} ({breed} อายุ {age} ปี) เพื่อ{reason} เจ้าของคือ {o} ที่อยู่ {addr} โทร {tel} แนบผลเลือด (เลขที่ {acc}) น้ำหนัก {wt}", "ขอแสดงความนับถือ"),
    "zh": ("{rv}医生：", "现转诊{pet}（{breed}，{age}岁）前来{reason}。主人：{o}，住址：{addr}，电话：{tel}。附血检报告（编号{acc}），体重{wt}。", "此致"),
    "ja": ("{rv}先生", "{pet}ちゃん（{breed}、{age}歳）の{reason}についてご紹介いたします。飼い主：{o}様、{addr}、電話{tel}。血液検査結果（受付番号{acc}）を添付します。体重{wt}。", "よろしくお願いいたします。"),
    "ko": ("{rv} 원장님께,", "{pet}({breed}, {age}세)를 {reason} 목적으로 의뢰드립니다. 보호자: {o}, {addr}, 연락처 {tel}. 혈액검사 결과(접수번호 {acc}) 첨부합니다. 체중 {wt}.", "감사합니다."),
    "vi": ("Kính gửi BS. {rv},", "Chúng tôi chuyển bé {pet} ({breed}, {age} tuổi) đến để {reason}. Chủ nuôi: {o}, {addr}, ĐT {tel}. Gửi kèm kết quả xét nghiệm máu (mã {acc}); cân nặng {wt}.", "Trân trọng,"),
}
REASON = {
    "en": ["an orthopaedic work-up of a left hind lameness", "echocardiography for a grade IV murmur", "an MRI for suspected IVDD", "surgical removal of a splenic mass"],
    "de": ["Lahmheitsabklärung hinten links", "Herzultraschall bei Herzgeräusch Grad IV", "MRT bei Verdacht auf Bandscheibenvorfall"],
    "fr": ["un bilan orthopédique (boiterie postérieure gauche)", "une échocardiographie (souffle de grade IV)", "une IRM (suspicion de hernie discale)"],
    "es": ["estudio de cojera del posterior izquierdo", "ecocardiografía por soplo grado IV", "resonancia por sospecha de hernia discal"],
    "it": ["approfondimento di una zoppia posteriore sinistra", "ecocardiografia per soffio di IV grado", "risonanza per sospetta ernia discale"],
    "nl": ["onderzoek van kreupelheid linksachter", "echocardiografie bij een graad IV-souffle", "een MRI bij verdenking op hernia"],
    "pt": ["avaliação ortopédica de claudicação do membro posterior esquerdo", "ecocardiograma por sopro grau IV", "ressonância por suspeita de hérnia de disco"],
    "pl": ["diagnostyka kulawizny lewej kończyny miednicznej", "echokardiografia (szmer IV stopnia)", "rezonans przy podejrzeniu dyskopatii"],
    "ru": ["обследования хромоты левой тазовой конечности", "ЭхоКГ (шум IV степени)", "МРТ при подозрении на грыжу диска"],
    "el": ["ορθοπαιδικό έλεγχο χωλότητας", "υπερηχοκαρδιογράφημα (φύσημα IV βαθμού)", "μαγνητική τομογραφία"],
    "tr": ["sol arka bacak topallığının incelenmesi", "ekokardiyografi (4. derece üfürüm)", "disk hernisi şüphesiyle MR"],
    "he": ["בירור צליעה ברגל אחורית שמאלית", "אקו לב בשל אוושה דרגה 4", "MRI בחשד לפריצת דיסק"],
    "ar": ["عرج في الرجل الخلفية الشمال", "إيكو على القلب بسبب لغط درجة رابعة", "رنين مغناطيسي لاشتباه انزلاق غضروفي"],
    "hi": ["पिछले बाएँ पैर के लंगड़ेपन की जाँच", "हृदय की इको जाँच", "डिस्क की समस्या के लिए एमआरआई"],
    "th": ["ตรวจอาการขาหลังซ้ายกะเผลก", "ตรวจอัลตราซาวด์หัวใจ", "ทำ MRI สงสัยหมอนรองกระดูกทับเส้นประสาท"],
    "zh": ["左后肢跛行检查", "心脏彩超检查", "核磁共振检查（疑似椎间盘突出）"],
    "ja": ["左後肢跛行の精査", "心エコー検査", "椎間板ヘルニア疑いのMRI検査"],
    "ko": ["좌측 뒷다리 파행 정밀검사", "심장 초음파 검사", "디스크 의심 MRI 검사"],
    "vi": ["kiểm tra tình trạng đi khập khiễng chân sau trái", "siêu âm tim", "chụp MRI nghi thoát vị đĩa đệm"],
}

# chat lines: owner asks to pay; staff confirms (sf = staff full name sign-off)
CHAT = {
    "en": ["Hi, it's {og}, I'd like to pay {pet}'s bill over the phone/chat. Card {card}, exp {exp}.", "Thanks {og}, {fee} has gone through. Receipt to {mail}?", "Yes please, {mail}", "Done. {sf}, {pr}"],
    "de": ["Hallo, hier ist {og}. Ich möchte die Rechnung für {pet} bezahlen: Karte {card}, gültig bis {exp}.", "Danke, {og}! {fee} sind gebucht. Beleg an {mail}?", "Ja, an {mail} bitte.", "Erledigt. Viele Grüße, {sf}, {pr}"],
    "fr": ["Bonjour, c'est {og}. Je voudrais régler la facture de {pet} : carte {card}, exp. {exp}.", "Merci {og}, le paiement de {fee} est passé. Reçu à {mail} ?", "Oui, {mail} svp.", "C'est fait. {sf}, {pr}"],
    "es": ["Hola, soy {og}. Quiero pagar la factura de {pet}: tarjeta {card}, caduca {exp}.", "Gracias, {og}. Cobrados {fee}. ¿Te mando el recibo a {mail}?", "Sí, a {mail}.", "Enviado. {sf}, {pr}"],
    "it": ["Buongiorno, sono {og}. Vorrei saldare il conto di {pet}: carta {card}, scad. {exp}.", "Grazie {og}, pagamento di {fee} andato a buon fine. Ricevuta a {mail}?", "Sì, {mail}.", "Inviata. {sf}, {pr}"],
    "nl": ["Hoi, met {og}. Ik wil de rekening van {pet} betalen: kaart {card}, geldig tot {exp}.", "Dank je {og}, {fee} is afgeschreven. Bon naar {mail}?", "Ja graag, {mail}", "Verstuurd. {sf}, {pr}"],
    "pt": ["Oi, aqui é {og}. Quero pagar a conta do(a) {pet}: cartão {card}, validade {exp}.", "Obrigada, {og}! Pagamento de {fee} aprovado. Mando o recibo para {mail}?", "Pode mandar, {mail}", "Enviado. {sf}, {pr}"],
    "pl": ["Dzień dobry, tu {og}. Chcę zapłacić za wizytę {pet}: karta {card}, ważna do {exp}.", "Dziękuję, {og}, płatność {fee} przeszła. Paragon na {mail}?", "Tak, {mail}", "Wysłane. {sf}, {pr}"],
    "ru": ["Здравствуйте, это {og}. Хочу оплатить счёт за {pet}: карта {card}, срок {exp}.", "Спасибо, {og}, оплата {fee} прошла. Чек на {mail}?", "Да, на {mail}.", "Отправили. {sf}, {pr}"],
    "el": ["Γεια σας, είμαι η/ο {og}. Θέλω να πληρώσω τον λογαριασμό για τον/την {pet}: κάρτα {card}, λήξη {exp}.", "Ευχαριστούμε {og}, η πληρωμή {fee} πέρασε. Απόδειξη στο {mail};", "Ναι, στο {mail}.", "Στάλθηκε. {sf}, {pr}"],
    "tr": ["Merhaba, ben {og}. {pet} için faturayı ödemek istiyorum: kart {card}, SKT {exp}.", "Teşekkürler {og}, {fee} çekildi. Makbuz {mail} adresine mi?", "Evet, {mail}", "Gönderildi. {sf}, {pr}"],
    "he": ["היי, כאן {og}. אני רוצה לשלם את החשבון של {pet}: כרטיס {card}, תוקף {exp}.", "תודה {og}, החיוב של {fee} עבר. לשלוח קבלה ל-{mail}?", "כן, {mail}", "נשלח. {sf}, {pr}"],
    "ar": ["السلام عليكم، أنا {og}. عايز أدفع فاتورة {pet}: الكارت {card}، الانتهاء {exp}.", "شكراً يا {og}، تم خصم {fee}. أبعت الإيصال على {mail}؟", "أيوه، {mail}", "اتبعت. {sf}، {pr}"],
    "hi": ["नमस्ते, मैं {og} बोल रहा/रही हूँ। {pet} का बिल कार्ड से भरना है: {card}, वैधता {exp}।", "धन्यवाद {og} जी, {fee} का भुगतान हो गया। रसीद {mail} पर भेज दूँ?", "हाँ, {mail}", "भेज दी। {sf}, {pr}"],
    "th": ["สวัสดีค่ะ {og} นะคะ ขอชำระค่ารักษาน้อง{pet} บัตร {card} หมดอายุ {exp}", "ขอบคุณค่ะคุณ{og} ตัดเงิน {fee} เรียบร้อย ส่งใบเสร็จไปที่ {mail} ไหมคะ", "ได้ค่ะ {mail}", "ส่งแล้วค่ะ {sf} {pr}"],
    "zh": ["你好，我是{og}，想付{pet}的费用，卡号{card}，有效期{exp}。", "谢谢{og}，{fee}已扣款成功。收据发到{mail}吗？", "对，{mail}", "已发送。{pr} {sf}"],
    "ja": ["{og}です。{pet}の診療費をカードで払いたいです。{card}、有効期限{exp}。", "{og}様、{fee}の決済が完了しました。領収書は{mail}宛でよろしいですか？", "はい、{mail}でお願いします。", "送信しました。{pr} {sf}"],
    "ko": ["안녕하세요, {og}입니다. {pet} 진료비 카드로 결제할게요. {card}, 유효기간 {exp}.", "{og}님, {fee} 결제 완료됐습니다. 영수증 {mail}로 보내드릴까요?", "네, {mail}요.", "발송했습니다. {pr} {sf}"],
    "vi": ["Chào phòng khám, em là {og}. Em muốn thanh toán viện phí cho bé {pet}: thẻ {card}, hết hạn {exp}.", "Cảm ơn {og}, đã trừ {fee}. Gửi hóa đơn về {mail} nhé?", "Dạ, {mail}", "Đã gửi. {sf} – {pr}"],
}

# bad-debt letter from the practice (owner's name and address at the top)
DEBT = {
    "en": ("Dear {o},", "Our records show an unpaid balance of {fee} for the treatment of {pet} on {date} (invoice {inv}). Please pay within 14 days by card on {sw} or by bank transfer{ib}. If you are having difficulty, we can set up a payment plan.", "Yours sincerely,", "Practice Manager"),
    "de": ("Sehr geehrte/r {o},", "für die Behandlung von {pet} am {date} (Rechnung {inv}) ist noch ein Betrag von {fee} offen. Bitte überweisen Sie ihn innerhalb von 14 Tagen{ib} oder rufen Sie uns unter {sw} an.", "Mit freundlichen Grüßen", "Praxismanagerin"),
    "fr": ("Madame, Monsieur {o},", "sauf erreur de notre part, la facture {inv} du {date} pour les soins de {pet} ({fee}) reste impayée. Merci de la régler sous 14 jours{ib} ou de nous appeler au {sw}.", "Veuillez agréer nos salutations distinguées,", "Responsable administrative"),
    "es": ("Estimado/a {o}:", "Le recordamos que la factura {inv} del {date} por la atención de {pet} ({fee}) sigue pendiente. Le rogamos que la abone en 14 días{ib} o que nos llame al {sw}.", "Atentamente,", "Gerente de la clínica"),
    "it": ("Gentile {o},", "risulta ancora da saldare la fattura {inv} del {date} per le cure di {pet} ({fee}). La preghiamo di provvedere entro 14 giorni{ib} o di contattarci allo {sw}.", "Distinti saluti,", "Responsabile amministrativa"),
    "nl": ("Beste {o},", "Volgens onze administratie staat factuur {inv} van {date} voor de behandeling van {pet} ({fee}) nog open. Wilt u dit binnen 14 dagen betalen{ib} of ons bellen op {sw}?", "Met vriendelijke groet,", "Praktijkmanager"),
    "pt": ("Prezado(a) {o},", "consta em aberto a fatura {inv} de {date}, referente ao atendimento do(a) {pet} ({fee}). Pedimos a gentileza de quitar em 14 dias ou ligar para {sw}.", "Atenciosamente,", "Gerente administrativa"),
    "pl": ("Szanowna Pani / Szanowny Panie {o},", "faktura {inv} z dnia {date} za leczenie {pet} ({fee}) pozostaje nieopłacona. Prosimy o wpłatę w ciągu 14 dni{ib} lub kontakt pod nr {sw}.", "Z poważaniem", "Kierownik przychodni"),
    "ru": ("Уважаемый(ая) {o}!", "По счёту {inv} от {date} за лечение питомца {pet} остаётся задолженность {fee}. Просим оплатить в течение 14 дней или позвонить по тел. {sw}.", "С уважением,", "администратор клиники"),
    "el": ("Αγαπητέ/ή {o},", "το τιμολόγιο {inv} της {date} για τη θεραπεία του/της {pet} ({fee}) παραμένει ανεξόφλητο. Παρακαλούμε εξοφλήστε το εντός 14 ημερών{ib} ή καλέστε μας στο {sw}.", "Με εκτίμηση,", "Υπεύθυνη διοίκησης"),
    "tr": ("Sayın {o},", "{date} tarihli {inv} numaralı faturanız ({pet}, {fee}) henüz ödenmemiştir. Lütfen 14 gün içinde ödeyiniz{ib} ya da {sw} numarasından bize ulaşınız.", "Saygılarımızla,", "Klinik müdürü"),
    "he": ("לכבוד {o},", "לפי הרישומים שלנו, חשבונית {inv} מתאריך {date} עבור הטיפול ב{pet} ({fee}) טרם שולמה. נבקש להסדיר את התשלום תוך 14 יום או להתקשר ל-{sw}.", "בברכה,", "מנהלת המרפאה"),
    "ar": ("السيد/السيدة {o}،", "نحيطكم علماً بأن الفاتورة {inv} بتاريخ {date} عن علاج {pet} ({fee}) لم تُسدَّد بعد. نرجو السداد خلال 14 يوماً أو الاتصال على {sw}.", "مع التحية،", "مديرة العيادة"),
    "hi": ("प्रिय {o} जी,", "हमारे रिकॉर्ड के अनुसार {date} को {pet} के इलाज का बिल {inv} ({fee}) अभी बकाया है। कृपया 14 दिनों में भुगतान करें या {sw} पर संपर्क करें।", "सादर,", "प्रैक्टिस मैनेजर"),
    "th": ("เรียน คุณ{o}", "ตามบันทึกของโรงพยาบาล ใบแจ้งหนี้ {inv} ลงวันที่ {date} ค่ารักษาน้อง{pet} จำนวน {fee} ยังไม่ได้ชำระ กรุณาชำระภายใน 14 วัน หรือติดต่อ {sw}", "ขอแสดงความนับถือ", "ผู้จัดการโรงพยาบาล"),
    "zh": ("尊敬的{o}：", "根据我院记录，{date}为{pet}诊疗所产生的费用（单号{inv}，{fee}）尚未结清，请于14日内付款或致电{sw}。", "此致敬礼", "医院行政主管"),
    "ja": ("{o}様", "{date}の{pet}ちゃんの診療費（請求番号{inv}、{fee}）が未納となっております。14日以内のお支払い、または{sw}までご連絡をお願いいたします。", "敬具", "事務長"),
    "ko": ("{o} 보호자님께", "{date} {pet} 진료비(청구번호 {inv}, {fee})가 아직 미납 상태입니다. 14일 이내 납부하시거나 {sw}로 연락 부탁드립니다.", "감사합니다.", "행정실장"),
    "vi": ("Kính gửi anh/chị {o},", "Theo sổ sách, hóa đơn {inv} ngày {date} cho bé {pet} ({fee}) vẫn chưa được thanh toán. Vui lòng thanh toán trong 14 ngày hoặc gọi {sw}.", "Trân trọng,", "Quản lý phòng khám"),
}
IB = {"en": " (or it will be collected by direct debit from your account {iban} under your existing mandate)",
      "de": " (andernfalls buchen wir ihn per Lastschrift von Ihrem Konto {iban} ab)",
      "fr": " (à défaut, il sera prélevé sur votre compte {iban} selon votre mandat)",
      "es": " (en caso contrario, se cargará en su cuenta {iban} según la orden de domiciliación)",
      "it": " (in alternativa sarà addebitato sul Suo conto {iban} come da mandato SDD)",
      "nl": " (anders schrijven wij het bedrag af van uw rekening {iban} volgens uw machtiging)",
      "pl": " (w przeciwnym razie kwota zostanie pobrana z Pani/Pana rachunku {iban} na podstawie polecenia zapłaty)",
      "el": " (διαφορετικά θα χρεωθεί ο λογαριασμός σας {iban} βάσει της εντολής)",
      "tr": " (aksi halde talimatınız gereği {iban} hesabınızdan tahsil edilecektir)"}

# complaint from an owner (signed with name, address, phone)
COMPLAIN = {
    "en": "To the practice manager,\n\nI am writing about {pet}'s visit on {date}. {vet} quoted {fee} for the dental but the invoice ({inv}) was almost double, and nobody called me before the extra extractions. I would like an itemised breakdown and a call back.",
    "de": "Sehr geehrte Damen und Herren,\n\nich beschwere mich über den Termin von {pet} am {date}. {vet} hatte {fee} genannt, die Rechnung {inv} ist fast doppelt so hoch, und niemand hat mich vorher angerufen. Ich bitte um eine Aufstellung und Rückruf.",
    "fr": "Madame, Monsieur,\n\nje vous écris au sujet de la consultation de {pet} le {date}. {vet} avait annoncé {fee}, mais la facture {inv} est presque le double, sans appel préalable. Je souhaite un détail des actes et être rappelé(e).",
    "es": "A la atención de la gerencia:\n\nLes escribo por la visita de {pet} el {date}. {vet} nos presupuestó {fee}, pero la factura {inv} casi lo duplica y nadie me llamó antes. Solicito el desglose y que me llamen.",
    "it": "Alla direzione,\n\nscrivo in merito alla visita di {pet} del {date}. {vet} aveva preventivato {fee}, ma la fattura {inv} è quasi il doppio e nessuno mi ha avvisato. Chiedo il dettaglio delle voci e di essere richiamato/a.",
    "nl": "Geachte praktijkmanager,\n\nIk schrijf over het bezoek van {pet} op {date}. {vet} noemde {fee}, maar factuur {inv} is bijna het dubbele en niemand heeft mij vooraf gebeld. Ik wil graag een specificatie en een terugbelverzoek.",
    "pt": "À gerência,\n\nescrevo sobre o atendimento do(a) {pet} em {date}. {vet} orçou {fee}, mas a fatura {inv} veio quase o dobro e ninguém me ligou antes. Peço o detalhamento e um retorno.",
    "pl": "Szanowni Państwo,\n\npiszę w sprawie wizyty {pet} w dniu {date}. {vet} podał(a) kwotę {fee}, a faktura {inv} jest prawie dwa razy wyższa, bez wcześniejszego telefonu. Proszę o specyfikację i kontakt.",
    "ru": "Руководству клиники.\n\nПишу по поводу приёма {pet} {date}. {vet} назвал(а) сумму {fee}, а в счёте {inv} почти вдвое больше, и мне никто не позвонил заранее. Прошу расшифровку и обратный звонок.",
    "el": "Προς τη διεύθυνση,\n\nγράφω για την επίσκεψη του/της {pet} στις {date}. Ο/Η {vet} είχε πει {fee}, όμως το τιμολόγιο {inv} είναι σχεδόν διπλάσιο, χωρίς να με ενημερώσει κανείς. Ζητώ αναλυτικό λογαριασμό και επικοινωνία.",
    "tr": "Klinik yönetimine,\n\n{date} tarihinde {pet} ile yaptığımız ziyaret hakkında yazıyorum. {vet} {fee} demişti, ancak {inv} numaralı fatura neredeyse iki katı ve kimse önceden aramadı. Ayrıntılı döküm ve geri dönüş rica ediyorum.",
    "he": "לכבוד מנהלת המרפאה,\n\nאני כותב/ת בעניין הביקור של {pet} בתאריך {date}. {vet} נתן/ה הערכה של {fee}, אבל החשבונית {inv} כמעט כפולה ואף אחד לא התקשר אליי קודם. אבקש פירוט וחזרה טלפונית.",
    "ar": "إلى إدارة العيادة،\n\nأكتب بخصوص زيارة {pet} يوم {date}. {vet} قال إن التكلفة {fee}، لكن الفاتورة {inv} تقريباً الضعف ومحدش كلمني قبلها. أطلب تفاصيل الفاتورة وحد يتصل بيا.",
    "hi": "प्रैक्टिस मैनेजर जी,\n\n{date} को {pet} की विज़िट के बारे में लिख रहा/रही हूँ। {vet} ने {fee} बताया था, पर बिल {inv} लगभग दोगुना है और पहले किसी ने फ़ोन नहीं किया। कृपया पूरा ब्योरा दें और संपर्क करें।",
    "th": "เรียน ผู้จัดการโรงพยาบาลสัตว์\n\nขอร้องเรียนเรื่องการรักษาน้อง{pet} เมื่อวันที่ {date} {vet} แจ้งค่าใช้จ่าย {fee} แต่ใบแจ้งหนี้ {inv} เกือบสองเท่า และไม่มีใครโทรแจ้งก่อน ขอรายละเอียดค่าใช้จ่ายและให้ติดต่อกลับด้วยค่ะ",
    "zh": "医院负责人：\n\n关于{date}{pet}的就诊，{vet}报价{fee}，但账单{inv}几乎翻倍，事先也没人打电话告知。请提供明细并回电。",
    "ja": "院長様\n\n{date}の{pet}の診療について申し上げます。{vet}からは{fee}と伺っていましたが、請求書{inv}はほぼ倍額で、事前の連絡もありませんでした。明細とご連絡をお願いします。",
    "ko": "원장님께\n\n{date} {pet} 진료 건으로 글을 드립니다. {vet} 선생님이 {fee}라고 하셨는데 청구서 {inv}는 거의 두 배이고 사전 연락도 없었습니다. 상세 내역과 연락 부탁드립니다.",
    "vi": "Kính gửi quản lý phòng khám,\n\nTôi viết về lần khám của bé {pet} ngày {date}. {vet} báo giá {fee}, nhưng hóa đơn {inv} gần gấp đôi và không ai gọi báo trước. Đề nghị gửi bảng kê chi tiết và liên hệ lại.",
}

NOTICE = {
    "en": "{pr} will be closed on {date} for staff training. For emergencies call {sw}; booster bookings to {role} or {site}. We are at {pa}.",
    "de": "{pr} bleibt am {date} wegen Fortbildung geschlossen. Notfälle: {sw}; Impftermine über {role} oder {site}. Adresse: {pa}.",
    "fr": "{pr} sera fermée le {date} (formation). Urgences : {sw} ; rappels de vaccins : {role} ou {site}. Adresse : {pa}.",
    "es": "{pr} cerrará el {date} por formación. Urgencias: {sw}; citas de vacunas en {role} o {site}. Estamos en {pa}.",
    "it": "{pr} resterà chiuso il {date} per aggiornamento. Urgenze: {sw}; richiami vaccinali: {role} o {site}. Sede: {pa}.",
    "nl": "{pr} is op {date} gesloten wegens scholing. Spoed: {sw}; vaccinatieafspraken via {role} of {site}. Adres: {pa}.",
    "pt": "A {pr} estará fechada em {date} para treinamento. Emergências: {sw}; vacinas pelo {role} ou {site}. Endereço: {pa}.",
    "pl": "{pr} będzie nieczynna {date} z powodu szkolenia. Nagłe przypadki: {sw}; szczepienia: {role} lub {site}. Adres: {pa}.",
    "ru": "{pr} не работает {date} (обучение персонала). Экстренно: {sw}; запись на прививки: {role} или {site}. Адрес: {pa}.",
    "el": "Το {pr} θα είναι κλειστό στις {date} λόγω εκπαίδευσης. Επείγοντα: {sw}· εμβόλια: {role} ή {site}. Διεύθυνση: {pa}.",
    "tr": "{pr} {date} tarihinde eğitim nedeniyle kapalıdır. Acil: {sw}; aşı randevusu: {role} veya {site}. Adres: {pa}.",
    "he": "{pr} תהיה סגורה ב-{date} בשל השתלמות צוות. מקרי חירום: {sw}; תורים לחיסונים: {role} או {site}. כתובת: {pa}.",
    "ar": "{pr} مغلقة يوم {date} للتدريب. للطوارئ: {sw}؛ لحجز التطعيمات: {role} أو {site}. العنوان: {pa}.",
    "hi": "{pr} {date} को स्टाफ़ प्रशिक्षण के कारण बंद रहेगा। आपात स्थिति: {sw}; टीकाकरण बुकिंग: {role} या {site}। पता: {pa}।",
    "th": "{pr} ปิดทำการวันที่ {date} เนื่องจากอบรมพนักงาน กรณีฉุกเฉินโทร {sw} นัดฉีดวัคซีน {role} หรือ {site} ที่อยู่ {pa}",
    "zh": "{pr}将于{date}因员工培训停诊一天。急诊请拨{sw}；疫苗预约请发邮件至{role}或访问{site}。地址：{pa}。",
    "ja": "{pr}は{date}、スタッフ研修のため休診いたします。急患は{sw}、ワクチンのご予約は{role}または{site}へ。所在地：{pa}",
    "ko": "{pr}은 {date} 직원 교육으로 휴진합니다. 응급: {sw}, 예방접종 예약: {role} 또는 {site}. 주소: {pa}",
    "vi": "{pr} nghỉ ngày {date} để tập huấn nhân viên. Cấp cứu: {sw}; đặt lịch tiêm phòng: {role} hoặc {site}. Địa chỉ: {pa}.",
}


# ====================================================================== templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, clean, f))
        return f
    return deco


def P(p):
    return L("person", p.full)


def G(p):
    return L("person", p.given)


def dr(c):
    return {"de": "Dr. ", "fr": "Dr ", "es": "Dra./Dr. ", "it": "Dott. ", "nl": "drs. ", "pt": "Dr(a). ", "pl": "lek. wet. ",
            "ru": "вет. врач ", "el": "Δρ. ", "tr": "Vet. Hek. ", "he": "ד\"ר ", "ar": "د. ", "hi": "डॉ. ", "th": "สพ.ญ./น.สพ. ",
            "zh": "兽医 ", "ja": "獣医師 ", "ko": "수의사 ", "vi": "BS. "}.get(LANG[c], "Dr ")


def pet_line(R, c, lang):
    sp, br, k = breed(R, lang)
    return ["Pet: ", pet_name(R, lang), " | ", sp, " | ", br, " | DOB ", pet_dob(R, c), " | ", weight(R, c, k), " | chip ", microchip(R, c)]


def has_id(c):
    return c in ("ES", "IT", "BR", "PL", "TR", "IL", "TH", "CN", "KR", "VN", "IN", "GR")


@tpl("registration", 48)
def t_registration(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    d = rand_dob(R)
    parts = ["NEW CLIENT REGISTRATION — ", inst(c, "practice"), "\n", paddr(c), " · ", switch(c), "\n",
             "Client no.: ", client_no(R), "   Registered: ", appt(R, c), "\n",
             f["owner"], ": ", P(o), "\n"]
    if R.random() < 0.6:
        parts += [f["dob"], ": ", dob(R, c, d), "\n"]
    parts += [f["addr"], ": ", address(R, c), "\n", f["tel"], ": ", phone(R, c, abroad=0.1), "\n", f["mail"], ": ", email(R, o), "\n"]
    if has_id(c) and R.random() < 0.85:
        parts += [ID_LABEL[c], ": ", gov_id(R, c, o, d), "\n"]
    if R.random() < 0.4:
        j = draw_person(R, c, used)
        parts += [f["joint"], ": ", P(j), ", ", f["tel"], " ", phone(R, c), "\n"]
    for _ in range(R.randint(1, 2)):
        parts += pet_line(R, c, lang) + ["\n"]
    v = draw_person(R, c, used)
    s = draw_person(R, c, used)
    parts += ["Preferred vet: ", dr(c), P(v), " (", vetreg(R, c), ")\n", f["staff"], ": ", G(s)]
    if R.random() < 0.3 and lang == "en":
        parts += ["\nNote: ", naw(R, lang)]
    return "form", lang, wrap_request(R, lang, parts)


CONSENT_KIND = [("SURGERY", "SURG-OVH", "Neutering (ovariohysterectomy) under general anaesthesia"),
                ("SURGERY", "DENT-SCL", "Dental scale and polish, extractions as needed"),
                ("SURGERY", "SURG-MASS", "Lumpectomy, left flank, with histopathology"),
                ("EUTHANASIA", "EUTH-STD", "Euthanasia by intravenous injection")]


@tpl("consent", 44)
def t_consent(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    kind, code, desc = R.choice(CONSENT_KIND)
    sp, br, k = breed(R, lang)
    parts = ["CONSENT FOR ", kind, " — ", inst(c, "practice"), "\n", "Animal: ", pet_name(R, lang), " (", sp, ", ", br, ", ", weight(R, c, k), "), chip ", microchip(R, c), "\n",
             "Procedure: ", desc, " [", N(code + R.choice(["", "-1", "-2", "-S", "-M", "-L"]), "procedure_code"), "]\n"]
    if kind == "EUTHANASIA":
        parts += ["Aftercare: ", R.choice(["individual cremation, ashes returned", "communal cremation", "home burial"]), "\n"]
    else:
        parts += ["Estimate: ", feeN(R, c, 150, 900), " – ", feeN(R, c, 950, 1600), "   Premed: ", dose(R, c), "\n"]
    parts += [f["owner"], ": ", P(o), "\n"]
    if R.random() < 0.6:
        parts += [f["addr"], ": ", address(R, c), "\n"]
    parts += ["Contact on the day (", f["tel"], "): ", phone(R, c, abroad=0.1), "\n"]
    if R.random() < 0.3:
        a = draw_person(R, c, used)
        parts += ["Agent for the owner: ", P(a), " (", f["tel"], " ", phone(R, c), ")\n"]
    v = draw_person(R, c, used)
    n = draw_person(R, c, used)
    parts += ["Veterinary surgeon: ", P(v), ", ", vetreg(R, c), "\n", "Witnessed by (nurse): ", P(n), "\n",
              f["sign"], ": ", P(o), "   Date: ", appt(R, c)]
    return "form", lang, wrap_request(R, lang, parts)


@tpl("invoice", 44)
def t_invoice(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    est = R.random() < 0.35
    parts = [("ESTIMATE " if est else "INVOICE "), inv_no(R), " — ", inst(c, "practice"), ", ", paddr(c), "\n",
             "Date: ", appt(R, c), "   Client no. ", client_no(R), "\n", "Bill to (", f["owner"], "): ", P(o), ", ", address(R, c), "\n"]
    if R.random() < 0.5:
        parts += [f["mail"], ": ", email(R, o), "\n"]
    parts += ["Patient: ", pet_name(R, lang), " (", animal_no(R), ")\n"]
    for _ in range(R.randint(2, 4)):
        k = R.randrange(3)
        if k == 0:
            parts += ["  ", proc_code(R), "  consultation  ", feeN(R, c, 40, 90), "\n"]
        elif k == 1:
            parts += ["  ", dose(R, c), "  ", drug_code(R), "  ", feeN(R, c, 10, 60), "\n"]
        else:
            parts += ["  vaccine ", R.choice(VACS), " batch ", batch(R), "  ", feeN(R, c, 30, 80), "\n"]
    parts += ["Total: ", feeN(R, c, 150, 700), "\n"]
    v = draw_person(R, c, used)
    parts += ["Seen by: ", dr(c), P(v), "\n"]
    if not est:
        if R.random() < 0.3:
            parts += ["Paid by card ", card(R, c), " exp ", expiry(R)]
        else:
            parts += ["Paid: card ", masked_card(R), " exp ", expiry(R)]
    else:
        parts += ["Valid until ", appt(R, c)]
    return "invoice", lang, wrap_request(R, lang, parts)


@tpl("reminders", 44)
def t_reminders(R, c):
    lang = LANG[c]
    used = set()
    owners = [draw_person(R, c, used) for _ in range(R.randint(2, 3))]
    st = draw_person(R, c, used, female=True if lang == "th" else None)
    parts = ["Booster reminders due — run ", appt(R, c), " (batch ", N("RMD-%05d" % R.randint(1, 99999), "batch_number"), ")\n"]
    first = None
    for o in owners:
        pet, vac, due = R.choice(PETS[lang]), R.choice(VACS), near_date(R, c)
        first = first or (pet, vac, due)
        parts += [P(o), " | ", phone(R, c, intl=0.2), " | ", N(pet, "pet_name"), " | ", vac, " | due ", N(due, "appointment_date"), "\n"]
    o = owners[0]
    addressed = P(o) if lang in ("ja", "ko", "zh") or (lang in ("vi", "th") and R.random() < 0.5) else G(o)
    msg = fill(REMIND[lang], o=addressed, pet=N(first[0], "pet_name"), vac=first[1], date=N(first[2], "appointment_date"), sw=switch(c), site=site(c),
               st=G(st), pr=inst(c, "practice"))
    parts += ["\nSMS template (first row):\n"] + msg
    return "list", lang, wrap_request(R, lang, parts)


@tpl("insurance_claim", 44)
def t_claim(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    d = rand_dob(R)
    sp, br, k = breed(R, lang)
    d1, d2, d3 = date_seq(R, c, 3)
    parts = ["PET INSURANCE CLAIM FORM — ", inst(c, "insurer"), "\n", "Policy no.: ", policy_no(R), "   Claim ref.: ", claim_no(R), "\n",
             "Policyholder (", f["owner"], "): ", P(o), "\n", f["dob"], ": ", dob(R, c, d), "\n", f["addr"], ": ", address(R, c), "\n",
             f["tel"], ": ", phone(R, c), "   ", f["mail"], ": ", email(R, o), "\n",
             "Pet: ", pet_name(R, lang), ", ", sp, ", ", br, ", chip ", microchip(R, c), "\n",
             "Condition: ", R.choice(["cruciate ligament rupture", "gastroenteritis", "otitis externa", "foreign body ingestion", "cystitis"]),
             "; first signs ", d1, "; treatment ", d2, " to ", d3, "\n",
             "Invoice total: ", feeN(R, c, 200, 2500), " (", inv_no(R), ")\n"]
    if has_id(c) and R.random() < 0.5:
        parts += [ID_LABEL[c], ": ", gov_id(R, c, o, d), "\n"]
    if c in IBAN_C and R.random() < 0.7:
        parts += ["Pay claim to (IBAN): ", iban(R, c), "\n"]
    else:
        parts += ["Payment: direct to the practice\n"]
    v = draw_person(R, c, used)
    parts += ["Treating vet: ", P(v), ", ", inst(c, "practice"), ", ", vetreg(R, c), "\n"]
    if R.random() < 0.3:
        parts += ["Submitted online from IP ", L("ip", global_ip(R, R.random() < 0.2), sub="portal_login"), " at ", time_slot(R)]
    else:
        parts += ["Vet's declaration signed ", appt(R, c)]
    return "form", lang, wrap_request(R, lang, parts)


@tpl("referral_letter", 44)
def t_referral(R, c):
    lang = LANG[c]
    used = set()
    rv = draw_person(R, c, used)
    o = draw_person(R, c, used)
    v = draw_person(R, c, used)
    greet, body, close = REFER[lang]
    sp, br, k = breed(R, lang)
    head = [inst(c, "practice"), "\n", paddr(c), " · ", switch(c), "\n", appt(R, c), "\n", inst(c, "hospital"), "\n\n"]
    parts = head + fill(greet, rv=P(rv)) + ["\n\n"] + fill(body, pet=pet_name(R, lang), age=str(R.randint(2, 13)), breed=br,
                                                           reason=R.choice(REASON[lang]), o=P(o), addr=address(R, c),
                                                           tel=phone(R, c, abroad=0.1), acc=accession(R), wt=weight(R, c, k))
    parts += ["\n\n", close, "\n", P(v), " (", vetreg(R, c), ")\n"]
    parts += [work_email(R, v, INST[c]) if R.random() < 0.5 else role(R, c, "referrals")]
    return "letter", lang, wrap_request(R, lang, parts)


SAMPLES = ["skin mass, left flank, 2 x 1.5 cm, in formalin", "EDTA + serum, fasted", "mammary chain, right, 3 nodules, in formalin",
           "fine-needle aspirate, popliteal lymph node, 4 slides", "urine by cystocentesis, 5 ml"]
TESTS = ["Histopathology (HIST-2), margins please", "Haematology + biochemistry profile", "Cytology", "Urinalysis + culture/sensitivity",
         "Total T4", "Leishmania serology"]


@tpl("lab_request", 40)
def t_lab(R, c):
    lang = LANG[c]
    used = set()
    v = draw_person(R, c, used)
    o = draw_person(R, c, used)
    sp, br, k = breed(R, "en")
    parts = ["LAB SUBMISSION — ", inst(c, "lab"), "   Accession: ", accession(R), "\n",
             "Submitting practice: ", inst(c, "practice"), " (", switch(c), ")\n",
             "Vet: ", P(v), ", ", vetreg(R, c), ", results to ", (work_email(R, v, INST[c]) if R.random() < 0.6 else role(R, c, "lab")), "\n",
             "Owner: ", P(o)]
    if R.random() < 0.4:
        parts += [", ", phone(R, c)]
    parts += ["\n", "Animal: ", pet_name(R, lang), " | ", sp, " | ", br, " | ", R.choice(["MN", "FN", "M", "F"]), " | ", str(R.randint(1, 15)), " y | ", weight(R, c, k), "\n",
              "Sample: ", R.choice(SAMPLES), " — collected ", appt(R, c), " ", time_slot(R), "\n",
              "Tests: ", R.choice(TESTS), "\n", "History: on ", dose(R, c), "; ", R.choice(["no prior neoplasia", "lump present 6 weeks, growing", "PU/PD for 3 weeks", "intermittent vomiting"])]
    if R.random() < 0.3:
        parts += ["\nCourier to collect from ", paddr(c)]
    return "form", "en", wrap_request(R, "en", parts)


@tpl("microchip_passport", 40)
def t_chip(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    d = rand_dob(R)
    kind = R.choice(["MICROCHIP REGISTRATION", "KEEPER TRANSFER", "PET PASSPORT ISSUE"])
    sp, br, k = breed(R, lang)
    parts = [kind, " — ", inst(c, "practice"), "\n", "Chip: ", microchip(R, c), " implanted ", appt(R, c), "\n",
             "Animal: ", pet_name(R, lang), ", ", sp, ", ", br, ", born ", pet_dob(R, c), "\n",
             ("New keeper" if kind == "KEEPER TRANSFER" else "Keeper"), " (", f["owner"], "): ", P(o), "\n",
             f["addr"], ": ", address(R, c), "\n", f["tel"], ": ", phone(R, c, abroad=0.1), "\n"]
    if R.random() < 0.5:
        parts += [f["dob"], ": ", dob(R, c, d), "\n"]
    if R.random() < 0.5:
        parts += [f["mail"], ": ", email(R, o), "\n"]
    if c in ("KR", "CN", "TR", "TH", "VN") and R.random() < 0.8:
        parts += [ID_LABEL[c], ": ", gov_id(R, c, o, d), "\n"]
    elif kind == "PET PASSPORT ISSUE" and R.random() < 0.6:
        parts += ["Owner's passport (travel): ", L("gov_id", passport_make(R, c if c in ("US", "GB", "FR", "NL", "EG", "JP") else "XX"), sub="passport"), "\n"]
    if kind == "KEEPER TRANSFER":
        p = draw_person(R, c, used)
        parts += ["Previous keeper: ", P(p), ", ", phone(R, c), "\n"]
    if kind == "PET PASSPORT ISSUE":
        g1 = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
        parts += ["Passport no.: ", pet_passport(R, c), "   Rabies vaccine batch ", batch(R), ", given ", N(fmt_date(R, c, g1, False), "vaccination_date"),
                  ", valid until ", N(fmt_date(R, c, g1.replace(year=g1.year + R.choice([1, 3])), False), "validity_date"), "\n"]
    v = draw_person(R, c, used)
    parts += ["Authorised vet: ", P(v), " (", vetreg(R, c), ")"]
    return "form", lang, wrap_request(R, lang, parts)


@tpl("repeat_prescription", 40)
def t_rx(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    parts = ["Repeat prescription request #", N("RX%06d" % R.randint(1, 999999), "rx_number"), " — online portal\n",
             f["owner"], ": ", P(o), "  ", f["tel"], ": ", phone(R, c), "\n"]
    if R.random() < 0.6:
        parts += [f["mail"], ": ", email(R, o), "\n"]
    parts += ["Pet: ", pet_name(R, lang), " (", animal_no(R), "), ", weight(R, c), "\n",
              "Item: ", dose(R, c), ", qty ", str(R.choice([28, 30, 56, 60, 90])), " — ", drug_code(R), "\n",
              "Last check-up: ", appt(R, c), "   Next check due: ", appt(R, c), "\n"]
    if R.random() < 0.5:
        parts += ["Post to: ", address(R, c), "\n"]
    else:
        parts += ["Collect from reception, ", paddr(c), "\n"]
    v = draw_person(R, c, used)
    parts += ["Authorised by: ", P(v), " ", vetreg(R, c), " — fee ", feeN(R, c, 10, 30)]
    return "form", lang, wrap_request(R, lang, parts)


@tpl("payment_plan", 44)
def t_plan(R, c):
    lang = LANG[c]
    f = FL[lang]
    used = set()
    o = draw_person(R, c, used)
    d = rand_dob(R, 1950, 2004)
    parts = ["PAYMENT PLAN AGREEMENT — ", inst(c, "practice"), "\n", "Account holder (", f["owner"], "): ", P(o), "\n",
             f["dob"], ": ", dob(R, c, d), "\n", f["addr"], ": ", address(R, c), "\n", f["mail"], ": ", email(R, o), "   ", f["tel"], ": ", phone(R, c), "\n"]
    if R.random() < 0.8 and (has_id(c) or c in ("US", "DE", "RU")):
        parts += [ID_LABEL[c], (" (credit check)" if c == "US" else ""), ": ", gov_id(R, c, o, d), "\n"]
    parts += ["Treatment: ", pet_name(R, lang), " — ", N(R.choice(["SURG-TPLO", "SURG-OVH-L", "DENT-SCL3", "SURG-FB", "ORTHO-FHO"]), "procedure_code"), ", total ", feeN(R, c, 600, 3000), ", deposit ", feeN(R, c, 100, 300), "\n",
              "Instalments: ", str(R.choice([3, 4, 6, 10, 12])), " × ", feeN(R, c, 50, 300), " from ", appt(R, c), "\n"]
    if c in IBAN_C:
        parts += ["Direct debit from IBAN: ", iban(R, c), "   Mandate ref.: ", mandate_ref(R), "\n"]
    else:
        parts += ["Card on file: ", card(R, c), " exp ", expiry(R), "\n"]
    s = draw_person(R, c, used)
    parts += ["Agreed with: ", P(s), ", practice manager, ", appt(R, c)]
    return "form", lang, wrap_request(R, lang, parts)


@tpl("card_chat", 44)
def t_chat(R, c):
    lang = LANG[c]
    used = set()
    o = draw_person(R, c, used, female=True if lang == "th" else None)
    s = draw_person(R, c, used, female=True if lang == "th" else None)
    lines = CHAT[lang]
    mail = email(R, o)
    mail2 = L("email", mail.value, sub="personal")
    kw = dict(og=G(o), pet=pet_name(R, lang), card=card(R, c), exp=expiry(R), fee=feeN(R, c, 40, 600), mail=mail, sf=P(s), pr=inst(c, "practice"))
    h, m = R.randint(8, 20), R.randint(0, 50)
    parts = []
    who = [o, s, o, s]
    for k, ln in enumerate(lines):
        t = "[%02d:%02d] " % (h, m + k)
        sender = G(who[k])
        if k == 2:
            kw2 = dict(kw, mail=mail2)
            parts += [t, sender, ": "] + fill(ln, **kw2) + ["\n"]
        else:
            parts += [t, sender, ": "] + fill(ln, **kw) + ["\n"]
    parts[-1] = parts[-1].rstrip("\n") if isinstance(parts[-1], str) else parts[-1]
    return "chat_export", lang, wrap_request(R, lang, parts)


@tpl("debt_complaint", 44)
def t_debt(R, c):
    lang = LANG[c]
    used = set()
    o = draw_person(R, c, used)
    parts = [inst(c, "practice"), " · ", paddr(c), "\n\n"]
    if R.random() < 0.5:
        greet, body, close, role_ = DEBT[lang]
        ib = fill(IB[lang], iban=iban(R, c)) if c in IBAN_C and lang in IB else ""
        s = draw_person(R, c, used, female=True)
        parts += [P(o), "\n", address(R, c), "\n\n"] + fill(greet, o=P(o)) + ["\n\n"]
        parts += fill(body, fee=feeN(R, c, 80, 1200), pet=pet_name(R, lang), date=appt(R, c), inv=inv_no(R), sw=switch(c), ib=ib)
        parts += ["\n\n", close, "\n", P(s), ", ", role_]
        return "letter", lang, wrap_request(R, lang, parts, kind=2 if lang != "en" else 0)
    v = draw_person(R, c, used)
    parts = fill(COMPLAIN[lang], pet=pet_name(R, lang), date=appt(R, c), vet=P(v), fee=feeN(R, c, 150, 500), inv=inv_no(R))
    if c in IBAN_C and R.random() < 0.4:
        parts += ["\nIBAN: ", iban(R, c)]
    parts += ["\n\n", P(o), "\n", address(R, c), "\n", phone(R, c, abroad=0.1), " · ", email(R, o)]
    return "letter", lang, wrap_request(R, lang, parts, kind=2)


@tpl("pms_export", 40)
def t_export(R, c):
    used = set()
    n = R.randint(2, 3)
    rows = []
    for _ in range(n):
        o = draw_person(R, c, used)
        d = rand_dob(R)
        rows.append((o, d))
    if R.random() < 0.5:
        parts = ["[\n"]
        for k, (o, d) in enumerate(rows):
            parts += ['  {"client_id": "', client_no(R), '", "name": "', P(o), '", "dob": "', L("dob", d.isoformat()), '", "mobile": "',
                      phone_intl(R, c), '", "email": "', email(R, o), '", "pets": ["', pet_name(R, LANG[c]), '"], "chip": "', microchip(R, c),
                      '", "last_login_ip": "', L("ip", global_ip(R, R.random() < 0.25), sub="portal_login"), '"}', ",\n" if k < n - 1 else "\n"]
        parts += ["]"]
        form = "json"
    else:
        parts = ["client_id,name,dob,mobile,email,pet,next_booster,last_login_ip\n"]
        for k, (o, d) in enumerate(rows):
            parts += [client_no(R), ",", P(o), ",", L("dob", d.isoformat()), ",", phone_intl(R, c), ",", email(R, o), ",", pet_name(R, LANG[c]), ",",
                      N((datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 500))).isoformat(), "appointment_date"), ",",
                      L("ip", global_ip(R, R.random() < 0.25), sub="portal_login"), "\n" if k < n - 1 else ""]
        form = "csv"
    pre = ["Export from ", N(R.choice(["VetPMS 7.4.2", "ClinicDesk v12.1", "PawsOffice 3.9"]), "version"), " (", inst(c, "practice"), "):\n"]
    return form, "en", wrap_request(R, "en", pre + parts, kind=R.choice([3, 4]), fence=True)


@tpl("env_file", 40)
def t_env(R, c):
    used = set()
    s = draw_person(R, c, used)
    dom = INST[c]["domain"]
    purpose = R.choice(["online booking", "SMS booster reminders", "lab results sync", "insurance claims portal"])
    parts = ["# .env — ", purpose, " for ", inst(c, "practice"), "\n", "# owner: ", G(s), " <", work_email(R, s, INST[c]), ">, issues to ", role(R, c, "it-support"), "\n",
             "APP_URL=https://booking.", N(dom, "practice_domain"), "\n",
             "PMS_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
             "PMS_JWT=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n",
             "DATABASE_URL=postgres://vetpms:", L("secret", secret_random(R, "password"), sub="password"), "@", priv_ip(R), ":5432/pms\n"]
    if R.random() < 0.6:
        parts += ["STRIPE_SECRET_KEY=", L("secret", "sk_live_" + secret_random(R, "stripe")[8:], sub="stripe"), "\n",
                  "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd_pub(R), "publishable_key"), "\n"]
    if R.random() < 0.4:
        parts += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    if purpose == "SMS booster reminders" or R.random() < 0.3:
        parts += ["TWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n"]
    parts += ["ADMIN_ALLOWLIST=", L("ip", global_ip(R), sub="allowlist"), ",", doc_ip(R), "\n",
              "ANALYSER_SERIAL=", serial(R), "\n", "# sandbox card for checkout tests: ", test_card(R)]
    return "config", "en", wrap_request(R, "en", parts, kind=4, fence=R.random() < 0.5)


def rnd_pub(R):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24))


# ====================================================================== clean templates
@tpl("ward_sheet", 40, clean=True)
def c_ward(R, c):
    lang = LANG[c]
    parts = ["Ward sheet — ", N(R.choice(["kennel", "cattery", "ICU"]) + " %d" % R.randint(1, 12), "kennel_number"), ", ", appt(R, c), "\n"]
    for _ in range(R.randint(2, 4)):
        sp, br, k = breed(R, "en")
        parts += ["- ", pet_name(R, R.choice(["en", lang])), " (", br, ", ", weight(R, c, k), "): ", dose(R, c), " at ", time_slot(R),
                  "; fluids ", N(dec(c, "%.1f ml/kg/h" % R.choice([2, 2.5, 3, 4, 5])), "drug_dose"), "; chip ", microchip(R, c), "\n"]
    parts += ["Vaccine batch in fridge: ", batch(R), ", exp ", appt(R, c), "\n", naw(R, "en")]
    return "notes", "en", wrap_request(R, "en", parts, kind=R.choice([1, 3]))


@tpl("practice_notice", 40, clean=True)
def c_notice(R, c):
    lang = LANG[c]
    parts = fill(NOTICE[lang], pr=inst(c, "practice"), date=appt(R, c, R.random() < 0.5), sw=switch(c), role=role(R, c, "boosters"), site=site(c), pa=paddr(c))
    if R.random() < 0.6:
        parts += ["\n", naw(R, lang)]
    return "notice", lang, wrap_request(R, lang, parts, kind=R.choice([1, 2]))


@tpl("equipment_log", 40, clean=True)
def c_equip(R, c):
    parts = ["Equipment / IT log — ", inst(c, "practice"), "\n"]
    for _ in range(R.randint(3, 5)):
        k = R.randrange(4)
        t = "%s %s" % (N((datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))).isoformat(), "log_date").text, time_slot(R).text)
        if k == 0:
            parts += [t, " autoclave ", serial(R), " cycle ", N("#%d" % R.randint(1000, 9999), "cycle_number"), " 134 °C OK\n"]
        elif k == 1:
            parts += [t, " blood analyser ", serial(R), " at ", priv_ip(R), " firmware ", N("v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "version"), "\n"]
        elif k == 2:
            parts += [t, " backup of PMS to NAS ", priv_ip(R), ": ", N("%d.%d GB" % (R.randint(2, 900), R.randint(0, 9)), "size"), " OK\n"]
        else:
            parts += [t, " X-ray DR panel ", serial(R), " calibrated; test ping ", doc_ip(R), "\n"]
    parts += ["Faults to ", role(R, c, "it-support")]
    return "log", "en", wrap_request(R, "en", parts, kind=R.choice([1, 4]))


PRICE_ITEMS = [("CONS-01", "consultation", 40, 70), ("VAC-DHP", "booster vaccination", 45, 80), ("CHIP-01", "microchip implant", 20, 35),
               ("NAIL-01", "nail clip", 10, 18), ("DENT-SCL1", "dental scale and polish", 250, 450), ("SURG-OVH-S", "bitch spay (<20 kg)", 250, 400),
               ("SURG-CAT-M", "cat castrate", 80, 130), ("OOH-CALL", "out-of-hours call-out", 150, 260), ("HIST-1", "histopathology, one sample", 90, 160),
               ("XR-2", "radiographs, two views", 120, 220), ("EUTH-STD", "euthanasia (small animal)", 80, 150)]


@tpl("price_list", 40, clean=True)
def c_price(R, c):
    lang = LANG[c]
    parts = ["Price list ", N("2026/%d" % R.randint(1, 4), "version"), " — ", inst(c, "practice"), ", ", paddr(c), "\n"]
    for code, item, lo, hi in R.sample(PRICE_ITEMS, R.randint(3, 6)):
        parts += [N(code, "procedure_code"), "  ", item, "  ", feeN(R, c, lo, hi), "\n"]
    parts += ["Queries: ", switch(c), " / ", role(R, c, "accounts"), " / ", site(c)]
    return "list", lang, wrap_request(R, lang, parts, kind=R.choice([0, 1]))


def luhn_bad16(R):
    while True:
        v = "4" + digits(R, 15)
        if not luhn_ok(v) and not any(luhn_ok(v[i:j]) for i in range(4) for j in range(i + 13, 17)):
            return v


@tpl("uat_notes", 40, clean=True)
def c_uat(R, c):
    parts = ["UAT — online booking/checkout ", N("v%d.%d" % (R.randint(2, 6), R.randint(0, 30)), "version"), " for ", inst(c, "practice"), "\n",
             "1. Pay with ", test_card(R), " exp ", expiry(R), " → success\n",
             "2. Pay with ", N(group(luhn_bad16(R)), "luhn_fail"), " → 'card number invalid' shown\n",
             "3. Receipt shows ", masked_card(R), "\n",
             "4. Booking e-mail to ", N("test.owner@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder_phone"), "\n",
             "5. Config uses ", N(R.choice(["<pms-api-key>", "${PMS_API_KEY}", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), "; webhook from ", doc_ip(R), ", DB on ", priv_ip(R), "\n",
             "6. Slot ", time_slot(R), " on ", appt(R, c), " for pet ", pet_name(R, "en"), "\n", naw(R, "en")]
    return "notes", "en", wrap_request(R, "en", parts, kind=R.choice([0, 4]))


# ====================================================================== rules
NAME_WORDS = all_name_words()


def _latin(w):
    return all(c.isascii() or 0xc0 <= ord(c) <= 0x24f or 0x1e00 <= ord(c) <= 0x1eff for c in w if c.isalpha())


LATIN_NW = {w for w in NAME_WORDS if _latin(w)}
OTHER_NW = sorted(w for w in NAME_WORDS if not _latin(w))
INST_DOMAINS = {v["domain"] for v in INST.values()}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}:?[0-9A-Fa-f:]*")
SEPS1 = " -.\u00a0\u202f"


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_windows(text):
    """Luhn-valid runs of 13-19 digits: contiguous or windows of digit groups
    joined by a single separator."""
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if len(s) >= 13 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    out.append(s)
    return out


def iban_outside(text):
    for m in re.finditer(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}", text):
        s = re.sub(r"[ \u00a0]", "", m.group(0))
        cc = s[:2]
        if cc in IBAN_LEN and len(s) >= IBAN_LEN[cc] and iban_mod97(s[:IBAN_LEN[cc]]) == 1:
            return s
    return None


def label_ok(sp):
    t, v = sp["type"], sp["value"]
    if t == "gov_id":
        return gov_id_ok(sp)
    if t == "iban":
        s = re.sub(r"[\s\u00a0]", "", v).upper()
        return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod97(s) == 1
    if t == "card":
        d = re.sub(r"\D", "", v)
        return 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS
    if t == "email":
        return re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None and "example" not in v.split("@")[1]
    if t == "ip":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    return True


def rule_problems(rec, clean):
    """The rule a record breaks (None when none)."""
    try:
        check_record(rec)
    except AssertionError:
        return "check_record"
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        return "length"
    if clean and rec["spans"]:
        return "clean_with_labels"
    if not clean and not rec["spans"]:
        return "labelled_without_labels"
    for sp in rec["spans"]:
        if not label_ok(sp):
            return "bad_label_" + sp["type"]
        if "\n" in sp["value"] and sp["type"] != "secret":
            return "label_across_lines"
    mt = masked(rec)
    for m in EMAIL_RE.finditer(mt):
        dom = m.group(0).split("@")[1].lower()
        if dom not in INST_DOMAINS and not re.match(r"example\.", dom):
            return "email_outside"
    for m in IPV4_RE.finditer(mt):
        try:
            if ipaddress.IPv4Address(m.group(0)).is_global:
                return "ip_outside"
        except ValueError:
            pass
    for m in IPV6_RE.finditer(mt):
        try:
            if ipaddress.IPv6Address(m.group(0).rstrip(":") if not m.group(0).endswith("::") else m.group(0)).is_global:
                return "ipv6_outside"
        except ValueError:
            pass
    if luhn_windows(mt):
        return "luhn_outside"
    if iban_outside(mt):
        return "iban_outside"
    for w in re.findall(r"\w+", mt):
        if w in LATIN_NW:
            return "name_word_outside:" + w
    for w in OTHER_NW:
        if w in mt:
            return "name_word_outside:" + w
    return None


# ====================================================================== generation
def candidates():
    """Every candidate of every template, in order, with its phones."""
    out = []
    for ti, (name, count, clean, f) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            c = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            form, lang, parts = f(R, c)
            rec = build("tmp", form, lang, parts)
            out.append((name, count, clean, c, rec))
    return out


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(report=None):
    cands = candidates()
    items = sorted({it for *_, rec in cands for it in phone_items(rec)})
    bad = pv_check(items)
    if bad is None:
        sys.exit("pv helper /tmp/pv/pv missing")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    kept, seen, counts = [], set(), Counter()
    for name, count, clean, c, rec in cands:
        if counts[name] >= count:
            continue
        why = rule_problems(rec, clean)
        if why is None and any(it in badset for it in phone_items(rec)):
            why = "phone_pv"
        if why is None and rec["text"] in seen:
            why = "repeated"
        if why is not None:
            if report is not None:
                report.append((name, c, why))
            continue
        seen.add(rec["text"])
        counts[name] += 1
        kept.append((name, clean, c, rec))
    for name, count, clean, f in TEMPLATES:
        assert counts[name] == count, (name, counts[name], count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for k, (name, clean, c, rec) in enumerate(kept):
        rec["id"] = "%s%05d" % (PREFIX, k)
        recs.append(rec)
    return recs, kept


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as fh:
        data = fh.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    problems = []
    n_clean = sum(1 for r in recs if not r["spans"])
    if len(recs) != 800 or n_clean != 200:
        problems.append("split %d/%d" % (len(recs) - n_clean, n_clean))
    texts = Counter(r["text"] for r in recs)
    if any(v > 1 for v in texts.values()):
        problems.append("repeated text")
    for r in recs:
        why = rule_problems(r, not r["spans"])
        if why:
            problems.append("%s: %s" % (r["id"], why))
    items = sorted({it for r in recs for it in phone_items(r)})
    bad = pv_check(items)
    if bad is None:
        problems.append("pv helper missing")
    elif bad:
        problems += ["pv: " + b for b in bad]
    regen, _ = generate()
    if serialise(regen) != data:
        problems.append("regeneration differs from the file")
    nl = sum(len(r["spans"]) for r in recs)
    print("%d records (%d labelled, %d clean), %d labels, %d phones checked with pv; checksums, formats and rules re-verified"
          % (len(recs), len(recs) - n_clean, n_clean, nl, len(items)))
    if problems:
        print("PROBLEMS:")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print("OK: every label valid, every rule holds, the file regenerates byte for byte")
    return 0


def stats():
    with open(OUT, encoding="utf-8") as fh:
        recs = [json.loads(ln) for ln in fh]
    types, subs, forms, langs, negs, regions, plans = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        for t in r.get("neg", []):
            negs[t] += 1
        for sp in r["spans"]:
            types[sp["type"]] += 1
            subs["%s:%s" % (sp["type"], sp.get("sub", ""))] += 1
            if sp["type"] == "phone":
                regions[sp["region"]] += 1
                if "plan" in sp:
                    plans[sp["plan"]] += 1
    lens = sorted(len(r["text"]) for r in recs)
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("types:", dict(types.most_common()))
    print("forms:", dict(forms.most_common()))
    print("langs:", dict(langs.most_common()))
    print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("phone regions:", dict(regions.most_common()))
    print("phone plans abroad:", dict(plans.most_common()), "+CC:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and sp["value"].startswith("+")))
    print("subs:", dict(sorted(subs.items())))
    print("distinct persons:", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    print("neg tags (%d):" % len(negs), dict(negs.most_common()))


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    if "--stats" in sys.argv:
        stats()
        return
    recs, _ = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))
    sys.exit(check())


if __name__ == "__main__":
    main()
