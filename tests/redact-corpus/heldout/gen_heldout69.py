#!/usr/bin/python3
"""Held-out part 69 of the redaction corpus (heldout69.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 67 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 28's decisions on
parties, collectors and case numbers, part 43's on debtors, collections
agents, bank details and promise-to-pay dates, part 47's on debt-collection
letters and collections officers, part 53's on debt-path notes, part 58's
on body-worn camera ids, part 62's on attachment orders, representatives,
judges and court staff, part 64's on previous addresses), lines 1-100 of
gen_heldout33.py and its function `pv_check`, and, outside the repository,
the source of the phone validator /tmp/pv/pv.cc (run only through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no project
binary, no make, no cmake/ctest and no git command, and it did not score
this file. Started 18:25:45 UTC on 2026-12-06 (`date -u`); the end time is
in heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: DEBT COLLECTION AGENCIES, ENFORCEMENT AGENTS AND CREDIT-CONTROL TEAMS
FROM THE STAFF SIDE. What collection agents, credit controllers,
enforcement officers, debt-advice caseworkers, compliance staff and their
IT support paste into an assistant, from 20 countries in 19 languages:
debtor account files, placement files from creditors, letters before
action and payment-plan letters to be rewritten, income-and-expenditure
forms, promise-to-pay chats with card payments, direct-debit mandates and
refund requests, trace notes, enforcement visit reports, vulnerability and
hardship notes, complaints, call transcripts with debtors and their
representatives, debt-sale exports (JSON, CSV) and collection-system .env
files; clean office notices, collections dashboards, card-terminal logs,
payment UAT notes and compliance checklists. Hard negatives of the theme
everywhere: account, case, placement, warrant and claim numbers, amounts,
interest rates, payment dates, the agencies', creditors' and charities'
own addresses, switchboards, websites and role mailboxes, consumer-credit
and enforcement-law citations, body-camera and card-terminal serials,
private and documentation IPs, test cards, and name-as-word sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
690613, shuffle seed 690614; each candidate seeded by
`seed:template:index`).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout69.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout69.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout69.py --stats   # counts
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
                       luhn_complete, iban_make, iban_mod97, IBAN_SPEC, IBAN_LEN,
                       bban_random, iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, card_random, card_grouping, split_groups,
                       MONTHS, PLANS, digits, nz, secret_random)

SEED = 690613
SHUFFLE_SEED = 690614
OUT = os.path.join(HERE, "heldout69.jsonl")
PREFIX = "heldout-bq-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ================================================================ id checks
# Written for this part (corpuslib has the others).

def pesel_make(R, y, m, d, female):
    mm = m + {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3)
    body += str(R.choice("02468" if female else "13579"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    if (10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10 != int(s[10]):
        return False
    mm = int(s[2:4])
    m = mm % 20
    return 1 <= m <= 12 and 1 <= int(s[4:6]) <= 31


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 \
        and d[10] == sum(d[:10]) % 10


def tz_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def tz_make(R):
    while True:
        s = str(R.randint(0, 3)) + digits(R, 8)
        if tz_ok(s):
            return s


def thai_id_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thai_id_make(R):
    d12 = R.choice("1358") + digits(R, 11)
    return d12 + thai_id_check(d12)


def thai_id_ok(s):
    return bool(re.fullmatch(r"[1-8]\d{12}", s)) and thai_id_check(s[:12]) == s[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, CN_W)) % 11]


def cnid_make(R, area, dob, female):
    seq = "%02d" % R.randint(0, 99) + str(R.choice("02468" if female else "13579"))
    s17 = area + dob.strftime("%Y%m%d") + seq
    return s17 + cnid_check(s17)


def cnid_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return cnid_check(s[:17]) == s[17]


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * k for c, k in zip(d12, w)) % 11) % 10)


def rrn_make(R, dob, female):
    g = (3 if dob.year >= 2000 else 1) + (1 if female else 0)
    d12 = dob.strftime("%y%m%d") + str(g) + "%02d" % R.randint(0, 95) + digits(R, 3)
    s = d12 + rrn_check(d12)
    return s[:6] + "-" + s[6:]


def rrn_ok(s):
    t = s.replace("-", "")
    return bool(re.fullmatch(r"\d{13}", t)) and t[6] in "1234" and rrn_check(t[:12]) == t[12]


def afm_check(d8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10)


def afm_make(R):
    d8 = R.choice("01") + digits(R, 7)
    return d8 + afm_check(d8)


def afm_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and afm_check(s[:8]) == s[8] and s != "000000000"


PA_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def pa_check(ser):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(ser):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def persoausweis_make(R):
    ser = R.choice("CFGHJKLMNPRTVWXYZ") + "".join(R.choice(PA_ALPHA) for _ in range(8))
    return ser + pa_check(ser)


def persoausweis_ok(s):
    return len(s) == 10 and all(c in PA_ALPHA for c in s[:9]) and s[0] in "CFGHJKLMNPRTVWXYZ" \
        and pa_check(s[:9]) == s[9]


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    c = snils_check(d9)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], c)


def snils_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3}) (\d{2})", s)
    return bool(m) and snils_check("".join(m.groups()[:3])) == m.group(4)


INN_W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
INN_W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_make(R, region):
    d = region + digits(R, 8)
    d += str(sum(int(c) * w for c, w in zip(d, INN_W11)) % 11 % 10)
    d += str(sum(int(c) * w for c, w in zip(d, INN_W12)) % 11 % 10)
    return d


def inn_ok(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    return int(s[10]) == sum(int(c) * w for c, w in zip(s[:10], INN_W11)) % 11 % 10 and \
        int(s[11]) == sum(int(c) * w for c, w in zip(s[:11], INN_W12)) % 11 % 10


EG_GOV = ["01", "02", "12", "13", "16", "21"]


def egid_make(R, dob, female):
    c = "2" if dob.year < 2000 else "3"
    seq = digits(R, 3) + str(R.choice("02468" if female else "13579"))
    return c + dob.strftime("%y%m%d") + R.choice(EG_GOV) + seq + str(R.randint(1, 9))


def egid_ok(s):
    """Structure: century digit, birth date, governorate code, sequence with
    the sex digit, check digit (its algorithm is not published)."""
    if not re.fullmatch(r"[23]\d{13}", s):
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return s[7:9] in EG_GOV


VN_PROV = ["092", "089", "082", "001", "079"]


def cccd_make(R, dob, female):
    g = (0 if dob.year < 2000 else 2) + (1 if female else 0)
    return R.choice(VN_PROV) + str(g) + dob.strftime("%y") + digits(R, 6)


def cccd_ok(s):
    return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in VN_PROV and s[3] in "0123"


def passport_make(R, cc):
    """Printed formats of the issuing countries' passports."""
    if cc == "JP":
        return R.choice(["TK", "TR", "TZ", "MU"]) + "%07d" % R.randint(1000000, 9999999)
    if cc == "US":
        return "A" + "%08d" % R.randint(10000000, 99999999)
    if cc == "GB":
        return "%09d" % R.randint(100000000, 999999999)
    raise KeyError(cc)


def passport_ok(s, cc):
    return bool(re.fullmatch({"JP": r"(TK|TR|TZ|MU)\d{7}", "US": r"A\d{8}", "GB": r"\d{9}"}[cc], s))


# IBAN registry entries not in corpuslib (SWIFT registry: EG 29, IL 23).
IBAN_SPEC_X = dict(IBAN_SPEC, EG="4n4n17n", IL="3n3n13n")
IBAN_LEN_X = dict(IBAN_LEN, EG=29, IL=23)


def iban_any(R, cc):
    if cc in IBAN_SPEC:
        return iban_random(R, cc)
    bban = "".join(R.choice(string.digits) for _ in range(IBAN_LEN_X[cc] - 4))
    return iban_make(cc, bban)


def iban_ok(s):
    t = s.replace(" ", "").replace("\u00a0", "").upper()
    return t[:2] in IBAN_LEN_X and len(t) == IBAN_LEN_X[t[:2]] and iban_mod97(t) == 1


# ====================================================================== names
# Written by hand for this part. "native|roman" where the script is not
# Latin (roman forms only for e-mail local parts and card holders); female
# family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Garland Thurman Ferrol Verlon Harlan Dewayne Arvel Vernell",
           "Lavonne Charla Darlene Roxanne Twyla Verna Jonelle Bobbie",
           "Throckmorton Vanhoose Kinchloe Goforth Stidham Mullinax Tillery Wofford Hembree Crabtree"),
    "GB": ("Alistair Rupert Godfrey Aneurin Ewart Ewan Lionel Wilfred",
           "Gwendolyn Hermione Marjorie Rosalie Bronwen Davina Isolde Lavinia",
           "Braithwaite Grimshaw Lumb Crossley Cheetham Eccleston Wadsworth Learmonth Moxon Mawdsley"),
    "DE": ("Hartmut Gotthilf Volkmar Kuno Ottmar Reimund Sebald Volkwin",
           "Waltraud Adelinde Gudrun Gerhild Liselotte Hedda Kriemhild Elfriede",
           "Kettelhake Brinkhoff Ziegenhals Obermaier Quednau Wachtendorf Holzapfel Rübsam Stegemann Tiedge"),
    "FR": ("Anatole Gaspard Lucien Baudouin Eustache Ambroise Félicien Isidore",
           "Gervaise Zélie Hermance Ghislaine Bernadette Oriane Séraphine Maryvonne",
           "Lemarchand Laborderie Bouvier Tessier Chauvière Rouquette Dufresnoy Mazurier Peyrefitte Chaumette"),
    "ES": ("Eusebio Fermín Saturnino Baltasar Leoncio Casimiro Nicanor Fulgencio",
           "Hermenegilda Benilde Gaudiosa Fuensanta Nemesia Saturnina Zenaida Clotilde",
           "Carrasquilla Calatrava Santisteban Alcubierre Carbajosa Mazuelas Ballesteros Balmaseda Escudero Villaverde Zamorano Pedraza"),
    "IT": ("Nicandro Gervasio Liborio Ruggero Tancredi Ciriaco Sabatino Oreste",
           "Ornella Agostina Clorinda Eleonora Gelsomina Loredana Ortensia Donatella",
           "Cavallaro Lomonaco Cuccurullo Pellicano Tagliaferri Sgambati Sanfilippo Crisafulli Lopresti Carbonaro"),
    "NL": ("Gerrit Jurriaan Wouter Sieger Cornelis Teunis Maarten Evert",
           "Aaltje Gesina Hendrika Wilhelmina Jantina Marijke Hillegonda Fokje",
           "Brinkerink Veldkamp Oosterhof Hoogendam Kamminga Heijboer Wolthuis van_Lingen ter_Brugge de_Haan"),
    "BR": ("Josué Eliseu Clodoaldo Deusdete Aureliano Cleto Epaminondas Aristides",
           "Creusa Josefa Lucineide Rosimeire Valdirene Edilene Marlene Iracema",
           "Bittar Cavalcanti Assunção Lisboa Marinho Negreiros Sardinha Valença Teixeira Queiroga"),
    "PL": ("Zdzisław Bogumił Mieczysław Czesław Wacław Radosław Ludwik Teodor",
           "Bożena Grażyna Jadwiga Halina Wiesława Bronisława Urszula Danuta",
           "Zaremba Kołodziej Pietrzak Wróbel Gołębiewski/Gołębiewska Dąbrowski/Dąbrowska Jankowski/Jankowska Kaczmarek Michalski/Michalska Zieliński/Zielińska"),
    "RU": ("Всеволод|Vsevolod Ростислав|Rostislav Вениамин|Veniamin Тимофей|Timofey Святослав|Svyatoslav Ефим|Efim Глеб|Gleb Мирон|Miron",
           "Ангелина|Angelina Серафима|Serafima Варвара|Varvara Евдокия|Evdokia Ульяна|Ulyana Антонина|Antonina Прасковья|Praskovya Агния|Agniya",
           "Кудрявцев/Кудрявцева|Kudryavtsev Баранов/Баранова|Baranov Лаптев/Лаптева|Laptev Воронцов/Воронцова|Vorontsov Шубин/Шубина|Shubin Горшков/Горшкова|Gorshkov Рябинин/Рябинина|Ryabinin Зайцев/Зайцева|Zaytsev"),
    "GR": ("Παντελής|Pantelis Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Ευστάθιος|Efstathios Θεμιστοκλής|Themistoklis Αριστείδης|Aristeidis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis",
           "Σταυρούλα|Stavroula Αικατερίνη|Aikaterini Ευτέρπη|Efterpi Καλλιόπη|Kalliopi Πολυξένη|Polyxeni Θεοδώρα|Theodora Ερασμία|Erasmia Ουρανία|Ourania",
           "Κατσαρός/Κατσαρού|Katsaros Μπαλτάς/Μπαλτά|Baltas Τσιρίγος/Τσιρίγου|Tsirigos Ζαφειρίου/Ζαφειρίου|Zafeiriou Λαμπράκης/Λαμπράκη|Lamprakis Ραφτόπουλος/Ραφτοπούλου|Raftopoulos Καραμπέτσος/Καραμπέτσου|Karampetsos Σκουλάς/Σκουλά|Skoulas"),
    "TR": ("Necmettin Şükrü Abdullah Cengiz Erdal Kâmil Hüsnü Rüştü",
           "Gülizar Nurten Hayriye Hatice Semiha Feride Müzeyyen Şükran",
           "Kılıçarslan Bozkurt Tekin Sevinçli Sarıgül Eroğlu Tanrıkulu Yavuz Akbulut Topal"),
    "IL": ("יחזקאל|Yechezkel אליהו|Eliyahu גמליאל|Gamliel מרדכי|Mordechai אלישיב|Elyashiv עובדיה|Ovadia נתנאל|Netanel זבולון|Zevulun",
           "אסתר|Ester רבקה|Rivka צפורה|Tzipora יוכבד|Yocheved מלכה|Malka שולמית|Shulamit בתיה|Batya נעמה|Naama",
           "ביטון|Biton גולדשטיין|Goldstein אלמוג|Almog פרידמן|Friedman שטרן|Stern דהן|Dahan ברקוביץ|Berkovich מלכיאלי|Malkieli"),
    "EG": ("مصطفى|Mostafa فتحي|Fathy ياسر|Yasser طارق|Tarek عصام|Essam حازم|Hazem أيمن|Ayman خالد|Khaled",
           "نادية|Nadia سعاد|Soad إيمان|Eman عبير|Abeer منال|Manal رشا|Rasha شيماء|Shaimaa هويدا|Howaida",
           "الشبراوي|Elshabrawy الشاذلي|Elshazly الدمنهوري|Eldamanhoury السمالوطي|Elsamalouty الأشموني|Elashmouny البنا|Elbanna الفقي|Elfeky الحلفاوي|Elhalfawy"),
    "IN": ("रघुवीर|Raghuveer हरिप्रसाद|Hariprasad जगदीश|Jagdish कमलेश|Kamlesh भूपेन्द्र|Bhupendra ओमप्रकाश|Omprakash सुरेश|Suresh रमाकांत|Ramakant",
           "कौशल्या|Kaushalya उर्मिला|Urmila सरोज|Saroj पुष्पा|Pushpa शकुंतला|Shakuntala मालती|Malti निर्मला|Nirmala कुसुम|Kusum",
           "अग्रवाल|Agarwal तापड़िया|Tapadia चौहान|Chauhan राठौर|Rathore गुप्ता|Gupta यादव|Yadav परमार|Parmar सोलंकी|Solanki"),
    "TH": ("ชาญชัย|Chanchai ประยูร|Prayoon วิรัช|Wirat สุรชัย|Surachai ธนากร|Thanakorn เกรียงไกร|Kriangkrai บุญเลิศ|Boonlert ไพโรจน์|Pairoj",
           "สมศรี|Somsri อรุณี|Arunee ลำดวน|Lamduan วันเพ็ญ|Wanphen สุนันทา|Sunanta จำเนียร|Chamnian ประไพ|Prapai พัชรี|Patcharee",
           "แสงทอง|Saengthong วงศ์สวัสดิ์|Wongsawat ศรีสุข|Srisuk ทองดี|Thongdee พึ่งบุญ|Phuengboon เจริญผล|Charoenphon อินทร์แก้ว|Inkaew ชูชีพ|Chucheep"),
    "CN": ("建华|Jianhua 国栋|Guodong 鸿飞|Hongfei 振宇|Zhenyu 德明|Deming 立新|Lixin 海涛|Haitao 俊杰|Junjie",
           "秀兰|Xiulan 淑芬|Shufen 丽娟|Lijuan 晓燕|Xiaoyan 春梅|Chunmei 玉珍|Yuzhen 慧敏|Huimin 桂英|Guiying",
           "郝|Hao 邰|Tai 鞠|Ju 鲍|Bao 廖|Liao 邵|Shao 萧|Xiao 卢|Lu"),
    "JP": ("正臣|Masaomi 智之|Tomoyuki 康弘|Yasuhiro 義昭|Yoshiaki 昌平|Shohei 孝之|Takayuki 辰夫|Tatsuo 勝利|Katsutoshi",
           "美智代|Michiyo 佳乃|Yoshino 千鶴|Chizuru 志保|Shiho 恵理子|Eriko 富美子|Fumiko 節子|Setsuko 和代|Kazuyo",
           "三雲|Mikumo 羽鳥|Hatori 蓮見|Hasumi 稲葉|Inaba 間宮|Mamiya 榊原|Sakakibara 宍戸|Shishido 鈴置|Suzuoki"),
    "KR": ("상철|Sangcheol 동욱|Donguk 재훈|Jaehoon 병수|Byeongsu 영식|Youngsik 태수|Taesu 상규|Sanggyu 만호|Manho",
           "두리|Duri 영자|Youngja 순자|Sunja 경숙|Kyungsook 미경|Mikyung 정희|Junghee 옥순|Oksun 복희|Bokhee",
           "구|Gu 문|Mun 안|Ahn 어|Eoh 국|Kuk 정|Jeong 감|Kam 조|Cho"),
    "VN": ("Nhiệm Dưỡng Ngữ Hồi Rạng Vận Thừa Sĩ",
           "Mùi Chanh Súng Muội Ổi Sứ Ngấn Mượt",
           "Danh Tưởng Vòng Cồ Đống Phù Ngưu Mãn"),
}

# Russian patronymics of the male given names (for ФИО).
PATR = {
    "Всеволод": ("Всеволодович", "Всеволодовна"), "Ростислав": ("Ростиславович", "Ростиславовна"),
    "Вениамин": ("Вениаминович", "Вениаминовна"), "Тимофей": ("Тимофеевич", "Тимофеевна"),
    "Святослав": ("Святославович", "Святославовна"), "Ефим": ("Ефимович", "Ефимовна"),
    "Глеб": ("Глебович", "Глебовна"), "Мирон": ("Миронович", "Мироновна"),
}

PARTICLES = {"van", "de", "ter", "der", "den", "Văn", "Thị"}


def _split(entry):
    if "|" in entry:
        a, b = entry.split("|")
        return a, b
    return entry, None


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Name:
    """One person: parts in the text's script, roman forms, sex."""
    __slots__ = ("cc", "given", "family", "family2", "patr", "female", "rgiven", "rfamily", "fkey")

    def full(self):
        cc = self.cc
        if cc in ("CN",):
            return self.family + self.given
        if cc == "KR":
            return self.family + self.given
        if cc == "JP":
            return self.family + " " + self.given
        if cc == "VN":
            return "%s %s %s" % (self.family, "Thị" if self.female else "Văn", self.given)
        if cc == "ES":
            return "%s %s %s" % (self.given, self.family, self.family2)
        if cc == "BR" and self.family2:
            return "%s %s %s" % (self.given, self.family2, self.family)
        if cc == "HU":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def fio(self):
        """RU: family, given, patronymic."""
        return "%s %s %s" % (self.family, self.given, self.patr)

    def io(self):
        return "%s %s" % (self.given, self.patr)

    def surname(self):
        if self.cc == "ES":
            return self.family + " " + self.family2
        return self.family

    def roman(self):
        g = self.rgiven or fold(self.given)
        f = self.rfamily or fold(self.family)
        return g, f

    def caps(self):
        g, f = self.roman()
        if self.cc == "VN":
            return (f + (" THI " if self.female else " VAN ") + g).upper()
        if self.cc in ("CN", "KR", "JP"):
            return (f + " " + g).upper()
        return (g + " " + f.replace("_", " ")).upper()

    def first(self):
        """How chat senders and greetings name this person."""
        if self.cc == "JP":
            return self.family
        if self.cc in ("CN", "KR"):
            return self.full()
        return self.given


def name_lists(cc):
    m, f, fam = NAMES[cc]
    return [_split(x) for x in m.split()], [_split(x) for x in f.split()], fam.split()


def draw_name(R, cc, female=None, avoid=()):
    """A person of locale cc sharing no family entry and no name word with
    the names in avoid."""
    m, f, fams = name_lists(cc)
    for _ in range(1000):
        fem = R.random() < 0.5 if female is None else female
        g, rg = R.choice(f if fem else m)
        fe = R.choice(fams)
        n = Name()
        n.cc, n.female, n.given, n.rgiven, n.fkey = cc, fem, g, rg, fe
        fam, rf = _split(fe)
        if "/" in fam:
            a, b = fam.split("/")
            fam = b if fem else a
        n.family, n.rfamily = fam.replace("_", " "), (rf or None)
        n.family2 = None
        n.patr = None
        if cc == "ES":
            f2 = R.choice([x for x in fams if x != fe])
            n.family2 = f2
            n.fkey = fe + "+" + f2
        if cc == "BR" and R.random() < 0.4:
            n.family2 = R.choice([x for x in fams if x != fe])
            n.fkey = fe + "+" + n.family2
        if cc == "RU":
            used = {o.given for o in avoid}
            fathers = [x[0] for x in m if x[0] != g and x[0] not in used]
            if not fathers:
                continue
            father = R.choice(fathers)
            n.patr = PATR[father][1 if fem else 0]
        if any(clash(n, o) for o in avoid):
            continue
        return n
    raise RuntimeError("no person for %s" % cc)


def words_of(n):
    w = set(x for x in re.split(r"[\s_]+", n.full()) if x and x not in PARTICLES)
    if n.patr:
        w.add(n.patr)
        w.add(n.patr[:-4] if n.patr.endswith("овна") or n.patr.endswith("евна") else n.patr)
    g, f = n.roman()
    w |= {g, f}
    return w


def clash(a, b):
    fa = set(a.fkey.split("+"))
    fb = set(b.fkey.split("+"))
    if fa & fb:
        return True
    wa, wb = words_of(a), words_of(b)
    if wa & wb:
        return True
    sa, sb = a.full() + " " + (a.patr or ""), b.full() + " " + (b.patr or "")
    for w in wa:
        if not w.isascii() and len(w) >= 2 and w in sb:
            return True
    for w in wb:
        if not w.isascii() and len(w) >= 2 and w in sa:
            return True
    # a given name that is a father's name of the other (patronymic)
    if a.patr and b.given and a.patr.startswith(b.given):
        return True
    if b.patr and a.given and b.patr.startswith(a.given):
        return True
    return False


def draw_people(R, cc, k, sexes=None):
    out = []
    for i in range(k):
        out.append(draw_name(R, cc, None if sexes is None else sexes[i], avoid=out))
    return out


def all_name_words():
    """Every name word of the lists (native, female, patronymic and roman
    forms), for the name-word rule."""
    out = set()
    for cc, (m, f, fam) in NAMES.items():
        for e in m.split() + f.split():
            a, b = _split(e)
            out.add(a)
            if b:
                out.add(b)
        for e in fam.split():
            a, b = _split(e)
            for x in a.split("/"):
                for y in x.split("_"):
                    out.add(y)
            if b:
                out.add(b)
    for a, b in PATR.values():
        out |= {a, b}
    return {w for w in out if w not in PARTICLES}


# ============================================================ places, firms
# Towns and streets of the debtors' addresses, and the fictional agencies
# (named after minerals), creditors and debt charities, one set per country.
# The agencies', creditors' and charities' addresses, switchboards, domains,
# websites and role mailboxes are look-alikes.

LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar",
        "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}
CCS = list(LANG)

TOWNS = {
    "US": [("Muskogee", "OK", "744"), ("Enid", "OK", "737"), ("Shawnee", "OK", "748")],
    "GB": [("Cockermouth", "CA13"), ("Maryport", "CA15"), ("Whitehaven", "CA28")],
    "DE": [("Bautzen", "026"), ("Zittau", "027"), ("Löbau", "027")],
    "FR": [("Morlaix", "296"), ("Concarneau", "299"), ("Landerneau", "298")],
    "ES": [("Lorca", "308", "Murcia"), ("Yecla", "305", "Murcia"), ("Jumilla", "305", "Murcia")],
    "IT": [("Avellino", "831", "AV"), ("Benevento", "821", "BN"), ("Ariano Irpino", "830", "AV")],
    "NL": [("Kampen", "826"), ("Raalte", "810"), ("Ommen", "773")],
    "BR": [("Campina Grande", "PB", "584"), ("Patos", "PB", "587"), ("Mossoró", "RN", "596")],
    "PL": [("Przemyśl", "37-7"), ("Krosno", "38-4"), ("Sanok", "38-5")],
    "RU": [("Вологда", "160"), ("Череповец", "162"), ("Кострома", "156")],
    "GR": [("Γιαννιτσά", "581"), ("Αμύνταιο", "532"), ("Σιάτιστα", "503")],
    "TR": [("Kilis", "79", "Merkez"), ("Gümüşhane", "29", "Merkez"), ("Gümüşhane", "29", "Kelkit")],
    "IL": [("ירוחם", "80"), ("אופקים", "87"), ("נתיבות", "87")],
    "EG": [("شبين الكوم", "المنوفية"), ("السنبلاوين", "الدقهلية"), ("أجا", "الدقهلية")],
    "IN": [("उज्जैन", "456", "मध्य प्रदेश"), ("रतलाम", "457", "मध्य प्रदेश"), ("देवास", "455", "मध्य प्रदेश")],
    "TH": [("ขอนแก่น", "40"), ("อุดรธานี", "41"), ("มหาสารคาม", "44")],
    "CN": [("温州市", "鹿城区"), ("衢州市", "柯城区"), ("金华市", "婺城区")],
    "JP": [("秋田県横手市", "013"), ("福島県郡山市", "963"), ("岩手県盛岡市", "020")],
    "KR": [("청주시 상당구", "충청북도"), ("원주시", "강원특별자치도"), ("천안시 동남구", "충청남도")],
    "VN": [("Cần Thơ", "quận Ô Môn"), ("Cần Thơ", "quận Thốt Nốt")],
}

STREETS = {
    "US": ["Okmulgee Ave", "Chickasaw St", "Cottonwood Dr", "Pecan Hollow Rd", "Redbud Ln", "Sandplum Ct"],
    "GB": ["Netherfield Road", "Sandgate", "Lowther Street", "Fellside Close", "Beezon Road", "Stricklandgate"],
    "DE": ["Töpferstraße", "Lauengraben", "Kupferschmiedestraße", "Mandauer Glück", "Weberplatz", "Ziegelgasse"],
    "FR": ["rue des Brebis", "allée des Goémons", "rue du Mur", "chemin de Kernéguès", "quai de la Penzé", "rue Traverse"],
    "ES": ["Calle Corredera", "Calle Álamo", "Calle Zapatería", "Calle Esparteros", "Calle Rambla", "Calle Marmolico"],
    "IT": ["Via Tagliamento", "Contrada Sant'Eustachio", "Via Pennacchio", "Via dei Liguri", "Viale Italia", "Via Fontananuova"],
    "NL": ["Oudestraat", "IJsselkade", "Burseplein", "Vechtdijk", "Boven Nieuwstraat", "Vismarkt"],
    "BR": ["Rua Vila Nova da Rainha", "Rua Semeão Leal", "Rua Treze de Maio", "Rua Almino Afonso", "Rua Vigário Calixto", "Rua Índios Cariris"],
    "PL": ["ul. Franciszkańska", "ul. Jagiellońska", "ul. Grodzka", "ul. Kolejowa", "ul. Lwowska", "ul. Zamkowa"],
    "RU": ["ул. Козленская", "ул. Мира", "ул. Пречистенская", "ул. Ленинградская", "ул. Сусанина", "ул. Молочная гора"],
    "GR": ["Ασκληπιού", "Καραϊσκάκη", "Βύρωνος", "Σαρανταπόρου", "Υψηλάντου", "Ανδρούτσου"],
    "TR": ["Hürriyet", "Zafertepe", "Kervansaray", "Yenice", "Ilıca", "Sultanbağı"],
    "IL": ["הגפן", "הנרקיס", "ששת הימים", "הרימון", "הצבר", "האשל"],
    "EG": ["الجمهورية", "البحر", "الجلاء", "الجيش", "المشاية", "النادي"],
    "IN": ["महाकाल मार्ग", "फ्रीगंज", "स्टेशन रोड", "दो बत्ती चौराहा", "नीलगंगा रोड", "सांवेर रोड"],
    "TH": ["มิตรภาพ", "ศรีจันทร์", "หน้าเมือง", "โพศรี", "ประจักษ์ศิลปาคม", "นครสวรรค์"],
    "CN": ["府前路", "解放北路", "人民中路", "胜利西路", "中山东路", "环城南路"],
    "JP": ["香澄町", "七日町", "駅前大通り", "清水町", "大手町", "菜園"],
    "KR": ["상당로", "팔달로", "중앙로", "백제대로", "충절로", "신부로"],
    "VN": ["Mương Khai", "Tầm Vu", "Rạch Ngỗng", "Cái Sơn", "Hàng Bàng", "Ấp Bắc"],
}

BUILDINGS_GB = ["Kentmere House", "Helvellyn Court", "Rydal Mews", "Whinfell Place"]
BUILDINGS_IN = ["गंगा निवास", "शिप्रा अपार्टमेंट", "मालवा रेजीडेंसी", "श्रीराम सोसाइटी"]

# (name, domain, office address, switchboard, website)
AGENCY = {
    "US": ("Pinecastle Recovery Services LLC", "pinecastle-recovery.com", "4410 S Memorial Dr, Suite 300, Tulsa, OK 74145", "(918) 555-0142"),
    "GB": ("Hollowcrest Credit Control Ltd", "hollowcrest-cc.co.uk", "Unit 6, Lillyhall Business Park, Workington CA14 4JP", "0330 088 4172"),
    "DE": ("Glimmer Inkasso GmbH", "glimmer-inkasso.de", "Reichenbacher Straße 112, 02827 Görlitz", "03581 88 47 0"),
    "FR": ("Cabinet de recouvrement Jaspe", "jaspe-recouvrement.fr", "ZA de Kerivoal, 29200 Brest", "02 98 41 77 00"),
    "ES": ("Cobros Basalto S.L.", "cobrosbasalto.es", "Polígono Oeste, parcela 22/14, 30169 Murcia", "968 89 40 10"),
    "IT": ("Recupero Crediti Gheppio S.r.l.", "gheppio-crediti.it", "Via Circumvallazione 181, 83100 Avellino", "0825 78 44 00"),
    "NL": ("Incassobureau Leisteen B.V.", "leisteen-incasso.nl", "Ceintuurbaan 9, 8022 AW Zwolle", "038 760 44 00"),
    "BR": ("Cobrança Tiziu Ltda.", "tiziu-cobranca.com.br", "Av. Assis Chateaubriand 4400, sala 12, Campina Grande - PB", "(83) 3341-0090"),
    "PL": ("Windykacja Pleszka sp. z o.o.", "pleszka-windykacja.pl", "al. Rejtana 53, 35-326 Rzeszów", "17 850 44 00"),
    "RU": ("ООО «Коллекторское агентство Родонит»", "rodonit-collect.ru", "г. Ярославль, Московский пр-т, д. 88, оф. 4", "8 (4852) 66-10-40"),
    "GR": ("Εταιρεία Ενημέρωσης Οφειλετών «Σμάραγδος» Α.Ε.", "smaragdos-eeo.gr", "Λεωφ. Δεσκάτης 21, 511 00 Δεσκάτη", "2410 660 400"),
    "TR": ("Akik Tahsilat Hizmetleri A.Ş.", "akik-tahsilat.com.tr", "Organize Sanayi Bölgesi 4. Cad. No: 12, Kilis", "0222 228 40 00"),
    "IL": ('טורקיז גבייה ואכיפה בע"מ', "turkiz-gvia.co.il", "רחוב העמל 7, אזור התעשייה, באר שבע", "08-6200400"),
    "EG": ("شركة الزبرجد للتحصيل", "zabargad-collect.com.eg", "برج الجلاء، الدور السابع، ميدان الشهداء، شبين الكوم", "050 2240 400"),
    "IN": ("स्फटिक रिकवरी सर्विसेज प्रा. लि.", "sphatik-recovery.in", "तीसरी मंज़िल, व्यापार भवन, ए.बी. रोड, इंदौर 452010", "0731 400 4400"),
    "TH": ("บริษัท หยกขาว ติดตามหนี้ จำกัด", "yokkhao-collect.co.th", "อาคารศรีจันทร์พลาซ่า ชั้น 5 ขอนแก่น 40000", "043 040 400"),
    "CN": ("台州玛瑙资产管理有限公司", "manao-am.cn", "台州市椒江区市府大道1418号7层", "0576-8604 4000"),
    "JP": ("琥珀債権回収株式会社", "kohaku-servicer.co.jp", "宮城県仙台市青葉区一番町2-4-1 7階", "022-200-4400"),
    "KR": ("흑요석신용정보(주)", "heukyoseok-ci.co.kr", "충청북도 충주시 예성로 100, 9층", "1588-4400"),
    "VN": ("Công ty TNHH Thu hồi nợ Mã Não", "manao-thuhoino.vn", "tầng 6, số 40 đường Rạch Bần, quận Cái Răng, Cần Thơ", "0292 3840 400"),
}

# Fictional creditors (two per country) and debt charities.
CREDITOR = {
    "US": ["Stillbrook Auto Finance", "Tidemark Wireless"],
    "GB": ["Hedgeflower Energy", "Quaystone Loans"],
    "DE": ["Stadtwerke Spreeaue", "Versandhaus Kieferngrund"],
    "FR": ["Crédit Goéland", "Énergies du Ponant"],
    "ES": ["Financiera Almendro", "Telefonía Salinas"],
    "IT": ["Finanziaria Castagno", "Acquedotto Irpino Servizi"],
    "NL": ["Energie Polderlicht", "Kredietbank Duinrand"],
    "BR": ["Financeira Mandacaru", "Telefonia Xique-Xique"],
    "PL": ["Pożyczki Jarzębina", "Energia Podkarpacie"],
    "RU": ["МФО «Брусника»", "ПАО «Северный телеком»"],
    "GR": ["Ενέργεια Πηνειού", "Πίστωση Ολύμπου"],
    "TR": ["Kardelen Finans", "Porsuk Elektrik Dağıtım"],
    "IL": ["אשראי הנגב", "סלולר דרום"],
    "EG": ["شركة النيل للتقسيط", "الدلتا للاتصالات"],
    "IN": ["मालवा फाइनेंस", "क्षिप्रा टेलीकॉम"],
    "TH": ["อีสานลิสซิ่ง", "บัตรเครดิตดาวเหนือ"],
    "CN": ["瓯江小额贷款", "越州通信"],
    "JP": ["みちのくクレジット", "蔵王ファイナンス"],
    "KR": ["미호캐피탈", "한밭카드"],
    "VN": ["Tài chính Sông Hậu", "Viễn thông Cửu Long"],
}

CHARITY = {
    "US": ("Lanternway Credit Counseling", "lanternway.org"),
    "GB": ("Stepping Stones Money Advice", "steppingstones-advice.org.uk"),
    "DE": ("Schuldnerberatung Wegweiser e.V.", "wegweiser-beratung.de"),
    "FR": ("Association Boussole Budget", "boussole-budget.fr"),
    "ES": ("Asociación Brújula Deuda", "brujuladeuda.es"),
    "IT": ("Sportello Bussola Debiti", "bussoladebiti.it"),
    "NL": ("Stichting Schuldhulp Kompasroos", "kompasroos-schuldhulp.nl"),
    "BR": ("Instituto Bússola Financeira", "bussola-financeira.org.br"),
    "PL": ("Fundacja Latarnia Finansowa", "latarnia-finansowa.pl"),
    "RU": ("АНО «Финансовый маяк»", "fin-mayak.ru"),
    "GR": ("Κέντρο Στήριξης Οφειλετών «Πυξίδα»", "pyxida-ofeiletes.gr"),
    "TR": ("Pusula Borç Danışma Derneği", "pusula-borc.org.tr"),
    "IL": ("עמותת מצפן לכלכלת המשפחה", "matzpen-finance.org.il"),
    "EG": ("جمعية البوصلة للاستشارات المالية", "bosla-advice.org.eg"),
    "IN": ("दिशा ऋण परामर्श केंद्र", "disha-rinparamarsh.org"),
    "TH": ("มูลนิธิเข็มทิศการเงิน", "khemthit-finance.or.th"),
    "CN": ("罗盘债务咨询中心", "luopan-advice.org.cn"),
    "JP": ("羅針盤生活再建相談室", "rashinban-soudan.or.jp"),
    "KR": ("나침반채무상담센터", "nachimban-debt.or.kr"),
    "VN": ("Trung tâm tư vấn nợ La Bàn", "labantuvan.org.vn"),
}

# Consumer-credit, collection and enforcement-law citations (real laws;
# look-alikes).
CITES = {
    "US": ["15 U.S.C. § 1692c(b)", "Regulation F, 12 CFR 1006.34", "Okla. Stat. tit. 12, § 1171"],
    "GB": ["section 87 of the Consumer Credit Act 1974", "CONC 7.3.4R", "Schedule 12 to the Tribunals, Courts and Enforcement Act 2007"],
    "DE": ["§ 286 BGB", "§ 13a RDG", "§ 802c ZPO"],
    "FR": ["article L. 124-1 du code des procédures civiles d'exécution", "article R. 124-4 du CPCE", "article L. 312-36 du code de la consommation"],
    "ES": ["artículo 1100 del Código Civil", "artículo 20 de la Ley 16/2011 de contratos de crédito al consumo", "artículo 607 de la LEC"],
    "IT": ["art. 1219 c.c.", "art. 115 TULPS", "art. 545 c.p.c."],
    "NL": ["artikel 6:96 lid 6 BW", "Wet incassodiensten", "artikel 475d Rv"],
    "BR": ["art. 42 do CDC", "art. 397 do Código Civil", "art. 54-A do CDC"],
    "PL": ["art. 481 § 1 k.c.", "art. 833 k.p.c.", "ustawa o kredycie konsumenckim"],
    "RU": ["Федеральный закон № 230-ФЗ", "ст. 395 ГК РФ", "ст. 446 ГПК РФ"],
    "GR": ["ν. 3758/2009", "άρθρο 345 ΑΚ", "άρθρο 982 ΚΠολΔ"],
    "TR": ["6502 sayılı Kanun md. 48", "İcra ve İflas Kanunu md. 82", "6098 sayılı TBK md. 117"],
    "IL": ['חוק ההוצאה לפועל, התשכ"ז-1967', 'חוק נתוני אשראי, התשע"ו-2016', "סעיף 22 לחוק ההוצאה לפועל"],
    "EG": ["المادة 226 من القانون المدني", "قانون حماية المستهلك رقم 181 لسنة 2018", "المادة 281 من قانون المرافعات"],
    "IN": ["वित्तीय आस्ति प्रतिभूतिकरण अधिनियम 2002 की धारा 13(2)", "आरबीआई परिपत्र 2022-23/108", "धारा 138, परक्राम्य लिखत अधिनियम"],
    "TH": ["พ.ร.บ.การทวงถามหนี้ พ.ศ. 2558 มาตรา 9", "ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 224", "ประมวลกฎหมายวิธีพิจารณาความแพ่ง มาตรา 302"],
    "CN": ["《民法典》第六百七十六条", "《互联网金融逾期债务催收自律公约》", "《民事诉讼法》第二百五十条"],
    "JP": ["債権管理回収業に関する特別措置法", "貸金業法第21条", "民事執行法第152条"],
    "KR": ["채권의 공정한 추심에 관한 법률 제9조", "민사집행법 제246조", "대부업법 제10조"],
    "VN": ["Điều 357 Bộ luật Dân sự 2015", "Nghị định 98/2020/NĐ-CP", "Điều 7 Luật Thi hành án dân sự"],
}

# Laws, schemes, firms and places named after people (look-alikes), each in
# a sentence of the country's language.
EPONYM = {
    "US": ["Privacy notices to debtors follow the Gramm-Leach-Bliley Act.", "Audit will test the Sarbanes-Oxley controls on write-offs."],
    "GB": ["Background reading for new starters: the Crowther Committee report on consumer credit."],
    "DE": ["Außentermin heute Nachmittag gegenüber dem Röntgen-Gymnasium.", "Betriebsausflug zur Zeppelin-Tribüne am Freitag."],
    "FR": ["Rappel : la loi Neiertz encadre le traitement du surendettement.", "La loi Lagarde a réformé le crédit renouvelable en 2010."],
    "ES": ["La cena de equipo será junto al Teatro Calderón.", "El plan Moncloa no afecta a nuestros expedientes."],
    "IT": ["La legge Pinto riguarda i ritardi dei processi, non le nostre pratiche.", "Formazione interna a Palazzo Caracciolo giovedì."],
    "NL": ["Boetes onder de Wet Mulder vallen buiten onze portefeuille.", "Teamdag op de Zernike Campus in september."],
    "BR": ["A Lei Sarney não se aplica às nossas cobranças."],
    "PL": ["Szkolenie o historii kredytu: plan Balcerowicza i lata 90.", "Spotkanie zespołu przy rondzie Dmowskiego."],
    "RU": ["Хранение записей звонков регулирует и пакет Яровой.", "Выездное совещание у Шуховской башни в пятницу."],
    "GR": ["Οι αιτήσεις με τον νόμο Κατσέλη αναστέλλουν τις οχλήσεις.", "Εκδήλωση της ομάδας στο Μέγαρο Βαρβάκειο."],
    "TR": ["Ekip yemeği Barbaros Bulvarı üzerindeki lokantada.", "Nasreddin Hoca Parkı önündeki ATM arızalı."],
    "IL": ["ערב צוות במוזיאון בית אהרונסון ביום חמישי.", 'הכנס השנתי ייערך בהיכל התרבות ע"ש מנדל.'],
    "EG": ["رحلة الفريق لقصر البارون إمبان يوم الجمعة."],
    "IN": ["टीम की बैठक भाभा परमाणु अनुसंधान केंद्र के पास वाले हॉल में होगी।", "प्रशिक्षण विश्वेश्वरैया औद्योगिक संग्रहालय के सभागार में।"],
    "TH": ["อบรมประจำปีจัดที่ศูนย์การประชุมแห่งชาติสิริกิติ์"],
    "CN": ["季度培训在嘉庚楼三楼会议室。"],
    "JP": ["研修は新渡戸稲造記念館の近くの会議室で行います。"],
    "KR": ["팀 워크숍은 윤봉길의사기념관 옆 강당에서 합니다.", "야유회 장소는 김유정문학촌입니다."],
    "VN": ["Buổi tập huấn tổ chức tại hội trường gần bệnh viện Calmette."],
}


# ================================================================== values

def mobile_nsn(R, cc):
    if cc == "US":
        while True:
            ex = R.choice("23456789") + digits(R, 2)
            if ex[1:] != "11" and ex != "555":
                return R.choice(["918", "405", "580", "539"]) + ex + digits(R, 4)
    if cc == "BR":
        return R.choice(["83", "84", "87", "81"]) + "9" + R.choice("6789") + digits(R, 7)
    if cc == "GR":
        return "69" + R.choice("0345789") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "31", "32", "33", "35", "36", "38", "39", "41", "42", "43", "44", "45", "46", "47", "48", "49", "05", "06", "07", "51", "52", "53", "54", "55"]) + digits(R, 7)
    if cc == "IL":
        return "5" + R.choice("02348") + R.choice("123456789") + digits(R, 6)
    if cc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if cc == "TH":
        return R.choice("869") + R.choice("123456789") + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"]) + digits(R, 7)
    if cc == "FR":
        while True:
            n = PLANS["FR"][2]["mobile"](R)
            if not n.startswith("639"):
                return n
    if cc == "DE":
        return PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R)
    return PLANS[cc][2]["mobile"](R)


CC_CODE = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31",
           "BR": "55", "PL": "48", "RU": "7", "GR": "30", "TR": "90", "IL": "972", "EG": "20",
           "IN": "91", "TH": "66", "CN": "86", "JP": "81", "KR": "82", "VN": "84",
           "IE": "353", "AT": "43", "CH": "41", "BE": "32", "PT": "351", "CA": "1", "AU": "61",
           "SG": "65", "HK": "852", "SE": "46"}


def fmt_phone(cc, n, intl):
    """National and +CC layouts, written per country."""
    c = "+" + CC_CODE[cc] + " "
    if cc in ("US", "CA"):
        return c + "%s-%s-%s" % (n[:3], n[3:6], n[6:]) if intl else "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return c + n[:4] + " " + n[4:] if intl else "0" + n[:4] + " " + n[4:]
    if cc == "DE":
        k = 3
        return c + n[:k] + " " + n[k:] if intl else "0" + n[:k] + " " + n[k:]
    if cc == "FR":
        p = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return c + n[0] + " " + p if intl else "0" + n[0] + " " + p
    if cc == "ES":
        return (c if intl else "") + "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "IT":
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return c + n[0] + " " + n[1:] if intl else "0" + n[0] + "-" + n[1:]
    if cc == "BR":
        return c + "%s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return c + "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return c + "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return c + "%s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return c + "%s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return (c if intl else "") + "%s %s" % (n[:5], n[5:])
    if cc == "TH":
        return c + "%s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return c + "%s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return c + "%s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return c + "%s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc in ("IE", "AT", "CH", "BE", "PT", "AU", "SG", "HK", "SE"):
        return c + " ".join(n[i:i + 3] for i in range(0, len(n), 3))
    raise KeyError(cc)


ABROAD = {"US": ["CA", "GB"], "GB": ["IE", "ES", "AU"], "DE": ["AT", "CH", "PL"], "FR": ["BE", "CH", "ES"],
          "ES": ["GB", "FR", "PT"], "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT", "US"],
          "PL": ["DE", "GB", "NL"], "RU": ["DE"], "GR": ["DE", "GB"], "TR": ["DE", "NL"],
          "IL": ["US", "GB"], "EG": ["GB", "IT"], "IN": ["SG", "GB"], "TH": ["SG", "HK"],
          "CN": ["HK", "SG"], "JP": ["US", "AU"], "KR": ["JP", "US"], "VN": ["KR", "JP"]}


def foreign_nsn(R, cc):
    if cc in LANG:
        return mobile_nsn(R, cc)
    return PLANS[cc][2][sorted(PLANS[cc][2])[0] if cc != "US" else "fixed_or_mobile"](R)


def phone(R, cc, intl=None, e164=False, abroad=0.0, sub="mobile"):
    """A mobile of the text's country cc (national or +CC), or, with
    probability abroad, a number of another country in +CC form."""
    plan = cc
    if abroad and R.random() < abroad:
        plan = R.choice(ABROAD[cc])
    n = foreign_nsn(R, plan)
    if e164:
        txt = "+" + CC_CODE[plan] + n
    elif plan != cc:
        txt = fmt_phone(plan, n, True)
    else:
        txt = fmt_phone(cc, n, R.random() < 0.4 if intl is None else intl)
    meta = {"sub": sub, "region": cc}
    if plan != cc:
        meta["plan"] = plan
    return L("phone", txt, **meta)


# ------------------------------------------------------------------ dates
MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "he": ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "th_abbr": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
}


def rand_dob(R, lo=1942, hi=2003):
    d = datetime.date(R.randint(lo, hi), 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    return d


def jp_era(d):
    if d >= datetime.date(1989, 1, 8):
        return "平成%d年%d月%d日" % (d.year - 1988, d.month, d.day)
    return "昭和%d年%d月%d日" % (d.year - 1925, d.month, d.day)


def fmt_date(R, cc, d, style=None):
    """A date in the country's numeric or month-name form."""
    lang = LANG[cc]
    words = style if style is not None else R.random() < 0.35
    if style == "iso":
        return d.isoformat()
    D, M, Y = d.day, d.month, d.year
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][M - 1], D, Y) if words else "%02d/%02d/%d" % (M, D, Y)
    if cc == "GB":
        return "%d %s %d" % (D, MONTHS["en"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc == "DE":
        return "%d. %s %d" % (D, MONTHS["de"][M - 1], Y) if words else "%02d.%02d.%d" % (D, M, Y)
    if cc == "FR":
        return "%d %s %d" % (D, MONTHS["fr"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc == "ES":
        return "%d de %s de %d" % (D, MONTHS["es"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc == "IT":
        return "%d %s %d" % (D, MONTHS["it"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc == "NL":
        return "%d %s %d" % (D, MONTHS["nl"][M - 1], Y) if words else "%02d-%02d-%d" % (D, M, Y)
    if cc == "BR":
        return "%d de %s de %d" % (D, MONTHS["pt"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc in ("PL", "RU", "TR"):
        return "%d %s %d" % (D, MONTHS_X[lang][M - 1], Y) if words else "%02d.%02d.%d" % (D, M, Y)
    if cc == "GR":
        return "%d %s %d" % (D, MONTHS_X["el"][M - 1], Y) if words else "%d/%d/%d" % (D, M, Y)
    if cc == "IL":
        return "%d ב%s %d" % (D, MONTHS_X["he"][M - 1], Y) if words else "%02d.%02d.%d" % (D, M, Y)
    if cc == "EG":
        return "%d %s %d" % (D, MONTHS_X["ar"][M - 1], Y) if words else "%02d/%02d/%d" % (D, M, Y)
    if cc == "IN":
        return "%d %s %d" % (D, MONTHS_X["hi"][M - 1], Y) if words else "%02d-%02d-%d" % (D, M, Y)
    if cc == "TH":
        be = Y + 543
        k = R.random()
        if not words:
            return "%02d/%02d/%d" % (D, M, be)
        return ("%d %s %d" % (D, MONTHS_X["th_abbr"][M - 1], be)) if k < 0.5 else "%d %s %d" % (D, MONTHS_X["th"][M - 1], be)
    if cc == "CN":
        return "%d年%d月%d日" % (Y, M, D) if words else "%d-%02d-%02d" % (Y, M, D)
    if cc == "JP":
        return jp_era(d) if words else "%d年%d月%d日" % (Y, M, D)
    if cc == "KR":
        return "%d년 %d월 %d일" % (Y, M, D) if words else "%d. %d. %d." % (Y, M, D)
    if cc == "VN":
        return "ngày %d tháng %d năm %d" % (D, M, Y) if words else "%02d/%02d/%d" % (D, M, Y)
    raise KeyError(cc)


def dob(R, cc, d=None, style=None):
    d = d or rand_dob(R)
    return L("dob", fmt_date(R, cc, d, style))


def plain_date(R, cc, year=2026, lo=1, hi=330):
    """A date that is not a birth date (payments, visits, letters)."""
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randint(lo, hi))
    return fmt_date(R, cc, d, False)


# -------------------------------------------------------------------- ids
CF_PLACE = ["A509", "A783", "L589", "F839", "H501"]
CN_AREA = ["330302", "330802", "330702", "330304", "330803"]
ID_FIELD = {
    "US": "SSN", "GB": "NI number", "DE": "Personalausweis-Nr.", "FR": "N° de sécurité sociale",
    "ES": "DNI/NIE", "IT": "Codice fiscale", "NL": "BSN", "BR": "CPF", "PL": "PESEL",
    "RU": "СНИЛС", "GR": "ΑΦΜ", "TR": "T.C. Kimlik No", "IL": "מספר זהות", "EG": "الرقم القومي",
    "IN": "आधार संख्या", "TH": "เลขประจำตัวประชาชน", "CN": "身份证号", "JP": "旅券番号",
    "KR": "주민등록번호", "VN": "Số CCCD",
}


def gov_id(R, cc, p, d):
    """The national id a collector records for cc, valid by its rules."""
    if cc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if cc == "GB":
        a, b, c = nino_random(R)
        return L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), sub="gb_nino")
    if cc == "DE":
        return L("gov_id", persoausweis_make(R), sub="de_personalausweis")
    if cc == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=d.year % 100, mm=d.month)
        b = body
        return L("gov_id", "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key), sub="fr_nir")
    if cc == "ES":
        if R.random() < 0.7:
            n, l = dni_random(R)
            return L("gov_id", n + l, sub="es_dni")
        a, n, l = nie_random(R)
        return L("gov_id", a + n + l, sub="es_nie")
    if cc == "IT":
        g, f = p.roman()
        return L("gov_id", cf_make(f, g, d.year % 100, d.month, d.day, p.female, R.choice(CF_PLACE)), sub="it_cf")
    if cc == "NL":
        return L("gov_id", bsn_random(R), sub="nl_bsn")
    if cc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf")
    if cc == "PL":
        return L("gov_id", pesel_make(R, d.year, d.month, d.day, p.female), sub="pl_pesel")
    if cc == "RU":
        if R.random() < 0.6:
            return L("gov_id", snils_make(R), sub="ru_snils")
        return L("gov_id", inn_make(R, R.choice(["35", "44", "76"])), sub="ru_inn")
    if cc == "GR":
        return L("gov_id", afm_make(R), sub="gr_afm")
    if cc == "TR":
        return L("gov_id", tckn_make(R), sub="tr_tckn")
    if cc == "IL":
        return L("gov_id", tz_make(R), sub="il_tz")
    if cc == "EG":
        return L("gov_id", egid_make(R, d, p.female), sub="eg_national_id")
    if cc == "IN":
        if R.random() < 0.7:
            a = aadhaar_random(R)
            return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="in_aadhaar")
        g, f = p.roman()
        return L("gov_id", pan_random(R, "P", f), sub="in_pan")
    if cc == "TH":
        t = thai_id_make(R)
        return L("gov_id", "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), sub="th_id")
    if cc == "CN":
        return L("gov_id", cnid_make(R, R.choice(CN_AREA), d, p.female), sub="cn_resident_id")
    if cc == "JP":
        return L("gov_id", passport_make(R, "JP"), sub="passport", country="JP")
    if cc == "KR":
        return L("gov_id", rrn_make(R, d, p.female), sub="kr_rrn")
    if cc == "VN":
        return L("gov_id", cccd_make(R, d, p.female), sub="vn_cccd")
    raise KeyError(cc)


def gov_id_ok(v, sub, country=None):
    t = v.replace(" ", "").replace("-", "").replace(".", "")
    if sub == "us_ssn":
        return bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)) and ssn_valid(int(v[:3]), int(v[4:6]), int(v[7:]))
    if sub == "gb_nino":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t)) and t[:2] not in NINO_BAD_PREFIX and t[0] in "ABCEGHJKLMNOPRSTWXYZ" and t[1] in "ABCEGHJKLMNPRSTWXYZ"
    if sub == "de_personalausweis":
        return persoausweis_ok(v)
    if sub == "fr_nir":
        return nir_ok(t[:13], t[13:])
    if sub == "es_dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and DNI_LETTERS[int(v[:8]) % 23] == v[8]
    if sub == "es_nie":
        return nie_ok(v)
    if sub == "it_cf":
        return len(v) == 16 and cf_check(v[:15]) == v[15]
    if sub == "nl_bsn":
        return bsn_ok(v)
    if sub == "br_cpf":
        return cpf_ok(t)
    if sub == "pl_pesel":
        return pesel_ok(v)
    if sub == "ru_snils":
        return snils_ok(v)
    if sub == "ru_inn":
        return inn_ok(v)
    if sub == "gr_afm":
        return afm_ok(v)
    if sub == "tr_tckn":
        return tckn_ok(v)
    if sub == "il_tz":
        return tz_ok(v)
    if sub == "eg_national_id":
        return egid_ok(v)
    if sub == "in_aadhaar":
        return len(t) == 12 and verhoeff_ok(t)
    if sub == "in_pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v))
    if sub == "th_id":
        return thai_id_ok(t)
    if sub == "cn_resident_id":
        return cnid_ok(v)
    if sub == "passport":
        return passport_ok(v, country)
    if sub == "kr_rrn":
        return rrn_ok(v)
    if sub == "vn_cccd":
        return cccd_ok(v)
    return False


# ------------------------------------------------------------ cards, IBANs
CARD_ISS = {"US": ["visa", "visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard"],
            "RU": ["mir", "mir", "visa"], "CN": ["unionpay", "unionpay", "visa"], "TR": ["troy", "visa", "mastercard"],
            "IN": ["rupay", "visa", "mastercard"], "JP": ["jcb", "visa", "mastercard"], "KR": ["visa", "mastercard"],
            "BR": ["visa", "mastercard"]}
IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "IL", "EG"}


def card(R, cc):
    iss = R.choice(CARD_ISS.get(cc, ["visa", "visa", "mastercard"]))
    num = card_random(R, iss)
    sep = R.choice([" ", " ", "-", "", "\u00a0"])
    g = split_groups(num, card_grouping(len(num)) if iss != "unionpay" or len(num) == 16 else card_grouping(len(num)))
    return L("card", sep.join(g), sub=iss)


def iban(R, cc, holder=None):
    v = iban_any(R, cc)
    k = R.random()
    txt = group(v) if k < 0.6 else (v if k < 0.85 else group(v, 4, "\u00a0"))
    meta = {"sub": cc}
    if holder:
        meta["holder"] = holder
    return L("iban", txt, **meta)


def natl_account(R, cc, org=True):
    """National account details that are not IBANs (look-alikes), redrawn
    until no Luhn-valid window of 13-19 digits is in them."""
    while True:
        if cc == "US":
            s = "routing %s, account %s" % (digits(R, 9), digits(R, 10))
        elif cc == "GB":
            s = "sort code %s-%s-%s, account %s" % (digits(R, 2), digits(R, 2), digits(R, 2), digits(R, 8))
        elif cc == "BR":
            s = "banco 104, agência %s-%s, conta %s-%s" % (digits(R, 4), digits(R, 1), digits(R, 8), digits(R, 1))
        elif cc == "RU":
            s = "р/с %s810%s, БИК 04%s" % ("40702" if org else "40817", digits(R, 12), digits(R, 7))
        elif cc == "IN":
            s = "खाता %s, IFSC SBIN0%s" % (digits(R, 11), digits(R, 6))
        elif cc == "TH":
            s = "บัญชี %s-%s-%s-%s" % (digits(R, 3), digits(R, 1), digits(R, 5), digits(R, 1))
        elif cc == "CN":
            s = ("对公账户 %s %s %s" % (digits(R, 4), digits(R, 4), digits(R, 4))) if org else "储蓄卡尾号%s" % digits(R, 4)
        elif cc == "JP":
            s = "普通 %s（%s支店）" % (digits(R, 7), digits(R, 3))
        elif cc == "KR":
            s = "%s-%s-%s-%s" % (digits(R, 3), digits(R, 6), digits(R, 2), digits(R, 3))
        elif cc == "VN":
            s = "STK %s" % digits(R, 10)
        else:
            raise KeyError(cc)
        if not luhn_windows(s):
            return N(s, "national_account")


# ----------------------------------------------------------------- money
CUR = {"US": ("$", 1.1, "en"), "GB": ("£", 0.85, "en"), "DE": ("€", 1, "de"), "FR": ("€", 1, "fr"),
       "ES": ("€", 1, "de"), "IT": ("€", 1, "it"), "NL": ("€", 1, "it"), "BR": ("R$", 6, "br"),
       "PL": ("zł", 4.3, "fr"), "RU": ("₽", 100, "fr"), "GR": ("€", 1, "de"), "TR": ("TL", 38, "de"),
       "IL": ("₪", 4, "en"), "EG": ("جنيه", 50, "en"), "IN": ("₹", 90, "in"), "TH": ("บาท", 38, "en"),
       "CN": ("元", 8, "cn"), "JP": ("円", 160, "jp"), "KR": ("원", 1450, "jp"), "VN": ("₫", 27000, "vn")}


def money(R, cc, lo=40, hi=4000, tag="amount"):
    sym, f, style = CUR[cc]
    v = R.uniform(lo, hi) * f
    if cc in ("JP", "KR", "VN"):
        v = round(v, -2 if cc != "VN" else -3)
    cents = int(round(v * 100))
    ip, fp = divmod(cents, 100)
    def grp(n, sep):
        s = str(n)
        out = []
        while len(s) > 3:
            out.insert(0, s[-3:])
            s = s[:-3]
        out.insert(0, s)
        return sep.join(out)
    if style == "en":
        num = grp(ip, ",") + ".%02d" % fp
        txt = sym + num if sym in "$£₪" else num + " " + sym
    elif style == "de":
        txt = grp(ip, ".") + ",%02d " % fp + sym
    elif style == "fr":
        txt = grp(ip, "\u202f") + ",%02d " % fp + sym
    elif style == "it":
        txt = sym + " " + grp(ip, ".") + ",%02d" % fp
    elif style == "br":
        txt = "R$ " + grp(ip, ".") + ",%02d" % fp
    elif style == "in":
        s = str(ip)
        if len(s) > 3:
            head, tail = s[:-3], s[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            s = ",".join(parts) + "," + tail
        txt = "₹" + s
    elif style == "cn":
        txt = grp(ip, ",") + ".%02d" % fp + sym
    elif style == "jp":
        txt = grp(ip, ",") + sym
    elif style == "vn":
        txt = grp(ip, ".") + " " + sym
    return N(txt, tag)


# ---------------------------------------------------------------- e-mails
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "o2.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
           "GR": ["gmail.com", "yahoo.gr", "otenet.gr"], "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["yahoo.com", "gmail.com", "hotmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
           "CN": ["163.com", "126.com", "sina.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"]}


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def email(R, cc, p):
    g, f = p.roman()
    g, f = _ascii(g), _ascii(f)
    k = R.randint(0, 4)
    local = [g + "." + f, f + g[:1], g + "_" + f + str(R.randint(60, 99)), g[:1] + "." + f + str(R.randint(1, 9)), f + "." + g][k]
    return L("email", local + "@" + R.choice(WEBMAIL[cc]), sub="personal")


def work_email(R, cc, p, domain=None):
    g, f = p.roman()
    return L("email", "%s.%s@%s" % (_ascii(g), _ascii(f), domain or AGENCY[cc][1]), sub="work")


def role_mail(cc, box):
    return N("%s@%s" % (box, AGENCY[cc][1]), "role_mailbox")


# ------------------------------------------------------------------- IPs
V4_BLOCKS = [(31, 0), (46, 0), (62, 0), (77, 0), (81, 0), (85, 0), (89, 0), (91, 0), (94, 0), (109, 0),
             (151, 0), (176, 0), (178, 0), (185, 0), (188, 0), (193, 0), (212, 0), (213, 0), (217, 0),
             (24, 0), (67, 0), (73, 0), (98, 0), (112, 0), (121, 0), (124, 0), (180, 0), (183, 0), (201, 0), (189, 0)]
V6_PREFIX = ["2a02:", "2a01:", "2a00:", "2600:", "2605:", "240e:", "2405:", "2804:", "2001:4c8"]


def ip_global(R, v6=False):
    while True:
        if v6:
            p = R.choice(V6_PREFIX)
            groups = p.rstrip(":").split(":")
            tail = ["%x" % R.randint(1, 0xffff) for _ in range(4)]
            s = ":".join(groups + ["%x" % R.randint(0x100, 0xfff)]) + ":" + ":".join(tail)
            if p == "2001:4c8":
                s = "2001:4c8:%x:%x::%x" % (R.randint(1, 0xfff), R.randint(1, 0xfff), R.randint(1, 0xfff))
        else:
            a = R.choice(V4_BLOCKS)[0]
            s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        try:
            if ipaddress.ip_address(s).is_global:
                return L("ip", s, sub="ipv6" if v6 else "ipv4")
        except ValueError:
            continue


def ip_lan(R):
    k = R.random()
    if k < 0.4:
        return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250))
    if k < 0.7:
        return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))
    return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))


def ip_doc(R):
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 250))


# -------------------------------------------------------------- addresses

def address(R, cc):
    """A home address on one line, in the country's postal layout."""
    t = R.choice(TOWNS[cc])
    st = R.choice(STREETS[cc])
    n = R.randint(2, 188)
    if cc == "US":
        return "%d %s, Apt %d, %s, %s %s%s" % (R.randint(100, 9800), st, R.randint(1, 40), t[0], t[1], t[2], digits(R, 2))
    if cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(0, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        if R.random() < 0.5:
            return "Flat %d, %s, %s, %s %s" % (R.randint(1, 24), R.choice(BUILDINGS_GB), st, t[0], pc)
        return "%d %s, %s %s" % (n, st, t[0], pc)
    if cc == "DE":
        return "%s %d%s, %s%s %s" % (st, n, R.choice(["", "", "a", "b"]), t[1], digits(R, 2), t[0])
    if cc == "FR":
        return "%d%s %s, %s%s %s" % (n, R.choice(["", "", " bis", " ter"]), st, t[1], digits(R, 2) if t[1] != "299" else "00", t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s%s %s (%s)" % (st, n, R.randint(1, 8), R.choice("ABCD"), t[1], digits(R, 2), t[0], t[2])
    if cc == "IT":
        return "%s %d, %s%s %s (%s)" % (st, n, t[1], digits(R, 2), t[0], t[2])
    if cc == "NL":
        return "%s %d, %s%s %s %s" % (st, n, t[1], digits(R, 1), "".join(R.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)), t[0])
    if cc == "BR":
        return "%s, %d, apto %d - Centro, %s - %s, %s%s-%s" % (st, n, R.randint(101, 804), t[0], t[1], t[2], digits(R, 2), digits(R, 3))
    if cc == "PL":
        return "%s %d m. %d, %s%s %s" % (st, n, R.randint(1, 60), t[1], digits(R, 2 if len(t[1]) == 4 else 1), t[0])
    if cc == "RU":
        return "г. %s, %s, д. %d, кв. %d" % (t[0], st, n, R.randint(1, 180))
    if cc == "GR":
        return "%s %d, %s %s%s %s" % (st, n, t[1], R.choice("0123"), digits(R, 1), t[0])
    if cc == "TR":
        return "%s Mah. %s Sok. No: %d D: %d, %s%s %s/%s" % (R.choice(["Yeni", "Çarşı", "Bahçelievler", "Gazi"]), st, n, R.randint(1, 24), t[1], digits(R, 3), t[2], t[0])
    if cc == "IL":
        return "רחוב %s %d דירה %d, %s %s%s" % (st, n, R.randint(1, 30), t[0], t[1], digits(R, 5))
    if cc == "EG":
        return "%d شارع %s، شقة %d، %s، محافظة %s" % (n, st, R.randint(1, 30), t[0], t[1])
    if cc == "IN":
        return "फ्लैट नं. %d, %s, %s, %s, %s - %s%s" % (R.randint(101, 904), R.choice(BUILDINGS_IN), st, t[0], t[2], t[1], digits(R, 3))
    if cc == "TH":
        return "%d/%d ถนน%s ตำบลในเมือง อำเภอเมือง%s จังหวัด%s %s000" % (n, R.randint(1, 60), st, t[0], t[0], t[1])
    if cc == "CN":
        return "浙江省%s%s%s%d号%d幢%d室" % (t[0], t[1], st, n, R.randint(1, 12), R.randint(101, 1802))
    if cc == "JP":
        return "〒%s-%s %s%s%d-%d-%d %d号室" % (t[1], digits(R, 4), t[0], st, R.randint(1, 5), R.randint(1, 20), R.randint(1, 30), R.randint(101, 805))
    if cc == "KR":
        return "%s %s %s %d, %d동 %d호" % (t[1], t[0], st, n, R.randint(101, 112), R.randint(101, 1504))
    if cc == "VN":
        return "căn hộ %d, số %d đường %s, %s, %s" % (R.randint(101, 1208), n, st, t[1], t[0])
    raise KeyError(cc)


def addr(R, cc):
    return L("address", address(R, cc))


# ------------------------------------------------------------ Luhn windows
_SEPS = " -.\u00a0\u202f"


def luhn_windows(text, exempt=()):
    """Luhn-valid runs of 13-19 digits: contiguous, or windows of digit
    groups joined by one space, dash, dot, NBSP or NNBSP. Runs of one
    repeated digit and exempt strings are skipped."""
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            tot = ""
            for j in range(i, len(groups)):
                tot += groups[j]
                if len(tot) > 19:
                    break
                if 13 <= len(tot) <= 19 and len(set(tot)) > 1 and luhn_ok(tot) and tot not in exempt:
                    out.append(tot)
    return out


# ============================================================== frames
# Per language, written for this part. Placeholders in braces are filled by
# fill(): strings, L labels or N look-alikes.
T = {}

T["en"] = dict(
    req=["Can you tidy this up before I send it? Keep the figures exactly as they are.",
         "Summarise this in three bullet points for the team leader.",
         "Rewrite this so it sounds firm but fair and complies with our collections policy.",
         "What should I take out before I forward this to the client's compliance inbox?"],
    f=dict(name="Full name", dob="Date of birth", addr="Address", phone="Mobile", email="Email",
           prev="Previous address", partner="Partner", employer="Employer", rep="Representative"),
    lba_subj="LETTER BEFORE ACTION - account {acct}",
    lba=["We act for {creditor}, which has passed us your account for collection. The balance of {amount} remains unpaid despite earlier reminders.",
         "If the balance is not paid, or an affordable arrangement agreed, by {deadline}, our client may issue a claim without further notice. Please read the enclosed information sheet, which explains your rights under {cite}.",
         "You can pay by bank transfer ({pay}), by card on {sw} or online at {web}. If you are struggling, free and impartial advice is available from {charity}."],
    close="Yours sincerely,",
    plan_subj="Your payment arrangement - reference {acct}",
    plan=["Thank you for speaking to us on {date}. We confirm the arrangement you agreed: {inst} a month from {start}, against a balance of {amount}.",
          "Payments will be collected by direct debit from the account you gave us: {pay}.",
          "If your circumstances change, please call us on {sw} before a payment is missed."],
    chat=[("D", "Hi, I got a text about account {acct}. I can't pay it all at once."),
          ("A", "Thanks for getting in touch. Can you confirm your date of birth for security?"),
          ("D", "{dob}"),
          ("A", "Thank you. The balance is {amount}. Could you manage a first payment today?"),
          ("D", "I can do {inst} now and the same on the 1st of each month. Card is {card}, name {holder}."),
          ("A", "That's gone through. The receipt will go to {email}. Promise logged for {date}.")],
    comp=["I am writing to complain about the way my account {acct} has been handled.",
          "Your agent phoned my workplace twice last week and discussed the debt with a colleague, although I had asked for contact by letter only. I also dispute the charges of {amount} added since the account was passed to you.",
          "Please reply in writing to the address above or to {email}. My phone number is {phone}."],
    call=[("A", "Good morning, could I speak to {name}, please?"),
          ("T", "This is {third}. I'm their partner. They've asked me to handle this."),
          ("A", "I'll need their authority before I can discuss the account. Can they come to the phone?"),
          ("D", "It's me now. Yes, I'm happy for {third} to speak for me."),
          ("A", "Thank you. The arrears on account {acct} are {amount}."),
          ("T", "We can pay {inst} a month. Please call me on {tphone} rather than the landline.")],
    visit="Attended at {time}. Door answered by {third}, who said the debtor was at work. No goods levied. Notice of enforcement left at the property.",
    visit2="Debtor present. Controlled goods agreement signed for one vehicle. Body camera {cam} recording throughout.",
    vuln="Customer disclosed a recent bereavement and is receiving treatment for depression. Hold placed for 30 days.",
    vuln2="{rep} from {charity} is helping with a budget; send all letters to them as well. Their direct line is {rphone}.",
    notice=["Our Workington office will be closed on the bank holiday; the payment line on {sw} stays open 8am-8pm.",
            "Customers can set up or change a payment plan online at {web} at any time.",
            "Post should be sent to {office}. Please quote your account number on every letter.",
            "For complaints write to {role}."],
    check=["Check that the letter quotes {cite} correctly.",
           "Confirm the statutory information sheet is enclosed with every notice of sums in arrears.",
           "Review interest at {rate} and the fee cap before the file goes to litigation.",
           "Calls outside 8am-9pm are not permitted; check the dialler schedule."],
    naw=["Grace period: 14 days from the date of this letter.", "Bill the client for the trace only if the new address is verified."],
)

T["de"] = dict(
    req=["Kannst du das glätten, bevor ich es rausschicke? Die Beträge bitte unverändert lassen.",
         "Fass das bitte in drei Stichpunkten für die Teamleitung zusammen.",
         "Formulier das bestimmt, aber freundlich, und im Einklang mit unseren Inkasso-Richtlinien."],
    f=dict(name="Vor- und Nachname", dob="Geburtsdatum", addr="Anschrift", phone="Mobil", email="E-Mail",
           prev="Frühere Anschrift", partner="Ehepartner", employer="Arbeitgeber", rep="Bevollmächtigte/r"),
    lba_subj="Letzte außergerichtliche Zahlungsaufforderung – Aktenzeichen {acct}",
    lba=["wir sind von {creditor} mit dem Einzug der offenen Forderung beauftragt. Trotz Mahnung ist ein Betrag von {amount} offen.",
         "Bitte gleichen Sie die Forderung bis zum {deadline} aus oder setzen Sie sich mit uns in Verbindung. Die Angaben nach {cite} finden Sie in der Anlage.",
         "Zahlung bitte an: {pay}. Telefonisch erreichen Sie uns unter {sw}, online unter {web}. Kostenlose Beratung bietet die {charity} an."],
    close="Mit freundlichen Grüßen",
    plan_subj="Ratenzahlungsvereinbarung – Aktenzeichen {acct}",
    plan=["vielen Dank für das Telefonat am {date}. Wir bestätigen die vereinbarte Ratenzahlung: monatlich {inst} ab dem {start}, Gesamtforderung {amount}.",
          "Die Raten werden per SEPA-Lastschrift von Ihrem Konto {pay} eingezogen.",
          "Sollte sich Ihre Lage ändern, rufen Sie uns bitte vor der nächsten Fälligkeit unter {sw} an."],
    chat=[("D", "Hallo, ich habe eine Mahnung zum Aktenzeichen {acct} bekommen. Alles auf einmal schaffe ich nicht."),
          ("A", "Danke für Ihre Nachricht. Können Sie mir zur Sicherheit Ihr Geburtsdatum nennen?"),
          ("D", "{dob}"),
          ("A", "Danke. Offen sind {amount}. Wäre heute eine erste Zahlung möglich?"),
          ("D", "Ich kann jetzt {inst} zahlen und dann jeden Monat dasselbe. Karte: {card}, Inhaber {holder}."),
          ("A", "Die Zahlung ist durch. Die Quittung geht an {email}. Zahlungszusage für den {date} ist vermerkt.")],
    comp=["hiermit beschwere ich mich über die Bearbeitung meines Vorgangs {acct}.",
          "Ihr Mitarbeiter hat zweimal bei meinem Arbeitgeber angerufen, obwohl ich um schriftliche Kontaktaufnahme gebeten hatte. Die Inkassokosten von {amount} bestreite ich.",
          "Bitte antworten Sie schriftlich oder per E-Mail an {email}. Telefonisch bin ich unter {phone} erreichbar."],
    call=[("A", "Guten Tag, spreche ich mit {name}?"),
          ("T", "Hier ist {third}, ich bin die Betreuerin. Ich kümmere mich um die Post."),
          ("A", "Dann brauche ich bitte eine Kopie des Betreuerausweises, bevor wir über die Forderung sprechen."),
          ("D", "Ich bin jetzt dran. Ja, {third} darf für mich sprechen."),
          ("A", "Danke. Zum Aktenzeichen {acct} sind {amount} offen."),
          ("T", "Wir können {inst} im Monat zahlen. Rufen Sie bitte mich an: {tphone}.")],
    visit="Vor Ort um {time}. Die Tür öffnete {third} und gab an, der Schuldner sei bei der Arbeit. Keine Pfändung, Benachrichtigung hinterlassen.",
    visit2="Schuldner anwesend. Vermögensauskunft terminiert. Bodycam {cam} lief durchgehend.",
    vuln="Kunde berichtet von einem Todesfall in der Familie und ist in psychiatrischer Behandlung. Vorgang 30 Tage ruhend gestellt.",
    vuln2="{rep} von {charity} erstellt einen Haushaltsplan; Schreiben bitte in Kopie dorthin. Durchwahl: {rphone}.",
    notice=["Unser Büro ist am Brückentag geschlossen; die Zahlungshotline {sw} ist von 8 bis 20 Uhr erreichbar.",
            "Ratenzahlungen können jederzeit online unter {web} vereinbart oder geändert werden.",
            "Post bitte an {office}, immer mit Aktenzeichen.",
            "Beschwerden bitte an {role}."],
    check=["Prüfen, ob das Schreiben {cite} korrekt zitiert.",
           "Informationspflichten nach dem Rechtsdienstleistungsgesetz im ersten Schreiben erfüllt?",
           "Verzugszinsen von {rate} über dem Basiszinssatz nachrechnen.",
           "Keine Anrufe nach 21 Uhr; Wählplan prüfen."],
    naw=["Ernst nehmen wir jede Beschwerde, auch telefonische.", "Frank und frei: die Gebührentabelle muss bis Montag stehen."],
)

T["fr"] = dict(
    req=["Tu peux reformuler ça proprement avant envoi ? Ne touche pas aux montants.",
         "Résume-moi ça en trois points pour la responsable d'équipe.",
         "Réécris ce courrier pour qu'il soit ferme mais courtois et conforme à notre charte de recouvrement."],
    f=dict(name="Prénom et nom", dob="Date de naissance", addr="Adresse", phone="Portable", email="Courriel",
           prev="Ancienne adresse", partner="Conjoint", employer="Employeur", rep="Mandataire"),
    lba_subj="Mise en demeure avant poursuites – dossier {acct}",
    lba=["Nous intervenons pour le compte de {creditor}, qui nous a confié le recouvrement de votre dette. La somme de {amount} reste impayée malgré les relances.",
         "À défaut de règlement ou d'échéancier accepté avant le {deadline}, notre mandant pourra saisir la juridiction compétente. Vos droits au titre de l'{cite} figurent au verso.",
         "Règlement par virement ({pay}), par carte au {sw} ou sur {web}. En cas de difficulté, {charity} peut vous conseiller gratuitement."],
    close="Veuillez agréer nos salutations distinguées.",
    plan_subj="Votre échéancier – dossier {acct}",
    plan=["Suite à notre entretien du {date}, nous confirmons l'échéancier convenu : {inst} par mois à compter du {start}, pour un solde de {amount}.",
          "Les échéances seront prélevées sur le compte suivant : {pay}.",
          "Si votre situation change, appelez-nous au {sw} avant l'échéance."],
    chat=[("D", "Bonjour, j'ai reçu un SMS pour le dossier {acct}. Je ne peux pas tout payer d'un coup."),
          ("A", "Merci de votre message. Pour vérification, pouvez-vous me donner votre date de naissance ?"),
          ("D", "{dob}"),
          ("A", "Merci. Le solde est de {amount}. Un premier versement aujourd'hui serait possible ?"),
          ("D", "Je peux faire {inst} maintenant puis pareil chaque mois. Carte {card}, titulaire {holder}."),
          ("A", "C'est validé. Le reçu part à {email}. Promesse de paiement notée pour le {date}.")],
    comp=["Je souhaite me plaindre de la gestion de mon dossier {acct}.",
          "Votre gestionnaire a appelé deux fois mon employeur alors que j'avais demandé un contact par écrit. Je conteste par ailleurs les frais de {amount} ajoutés.",
          "Merci de me répondre par courrier ou à {email}. Mon numéro : {phone}."],
    call=[("A", "Bonjour, je souhaiterais parler à {name}."),
          ("T", "C'est {third}, sa curatrice. Je gère ses courriers."),
          ("A", "Il me faudra une copie du jugement de curatelle avant d'évoquer le dossier."),
          ("D", "C'est moi. Oui, {third} peut parler pour moi."),
          ("A", "Merci. Sur le dossier {acct}, il reste {amount}."),
          ("T", "Nous pouvons verser {inst} par mois. Rappelez-moi plutôt au {tphone}.")],
    visit="Passage à {time}. {third} a ouvert et indiqué que le débiteur était au travail. Aucune saisie, avis de passage déposé.",
    visit2="Débiteur présent. Procès-verbal de saisie-vente dressé pour un véhicule. Caméra-piéton {cam} active.",
    vuln="Le client signale un deuil récent et un suivi pour dépression. Dossier suspendu 30 jours.",
    vuln2="{rep}, de {charity}, l'aide à établir un budget ; mettre en copie. Ligne directe : {rphone}.",
    notice=["Nos bureaux seront fermés le jour férié ; la ligne de paiement {sw} reste ouverte de 8 h à 20 h.",
            "Les échéanciers peuvent être créés ou modifiés sur {web}.",
            "Courrier à adresser à {office}, en rappelant votre numéro de dossier.",
            "Réclamations : {role}."],
    check=["Vérifier que le courrier cite correctement l'{cite}.",
           "Mentions obligatoires du premier courrier présentes ?",
           "Recalculer les intérêts au taux de {rate} avant transmission à l'huissier.",
           "Aucun appel après 20 h ni le dimanche : contrôler le planning."],
    naw=["Prudence avant toute relance au domicile.", "Constance et clarté sont attendues dans chaque courrier."],
)

T["es"] = dict(
    req=["¿Me lo dejas más claro antes de enviarlo? No cambies las cifras.",
         "Resúmelo en tres puntos para la jefa de equipo.",
         "Reescríbelo con un tono firme pero respetuoso, conforme a nuestro código de recobro."],
    f=dict(name="Nombre y apellidos", dob="Fecha de nacimiento", addr="Domicilio", phone="Móvil", email="Correo",
           prev="Domicilio anterior", partner="Cónyuge", employer="Empresa", rep="Representante"),
    lba_subj="Requerimiento previo a la vía judicial – expediente {acct}",
    lba=["Actuamos en nombre de {creditor}, que nos ha encomendado la gestión de cobro de su deuda. Sigue pendiente un importe de {amount}.",
         "Si antes del {deadline} no se abona la deuda ni se acuerda un plan de pagos, nuestro cliente podrá iniciar acciones judiciales conforme al {cite}.",
         "Puede pagar por transferencia ({pay}), con tarjeta en el {sw} o en {web}. Si tiene dificultades, {charity} le asesora gratis."],
    close="Atentamente,",
    plan_subj="Su plan de pagos – expediente {acct}",
    plan=["Gracias por atendernos el {date}. Confirmamos el plan acordado: {inst} al mes desde el {start}, para una deuda de {amount}.",
          "Las cuotas se cargarán por domiciliación en la cuenta: {pay}.",
          "Si su situación cambia, llámenos al {sw} antes del vencimiento."],
    chat=[("D", "Hola, me ha llegado un SMS del expediente {acct}. No puedo pagarlo todo de golpe."),
          ("A", "Gracias por escribir. ¿Me confirma su fecha de nacimiento, por seguridad?"),
          ("D", "{dob}"),
          ("A", "Gracias. El saldo es de {amount}. ¿Podría hacer hoy un primer pago?"),
          ("D", "Puedo pagar {inst} ahora y lo mismo cada mes. Tarjeta {card}, titular {holder}."),
          ("A", "Pago realizado. El justificante irá a {email}. Promesa de pago anotada para el {date}.")],
    comp=["Presento una queja por la gestión de mi expediente {acct}.",
          "Su gestor llamó dos veces a mi trabajo aunque pedí contacto solo por carta. Además no reconozco los gastos de {amount}.",
          "Respóndanme por escrito o a {email}. Mi teléfono es el {phone}."],
    call=[("A", "Buenos días, ¿podría hablar con {name}?"),
          ("T", "Soy {third}, su pareja. Me pidió que me encargara yo."),
          ("A", "Necesito su autorización antes de hablar del expediente. ¿Puede ponerse?"),
          ("D", "Ya estoy yo. Sí, {third} puede hablar por mí."),
          ("A", "Gracias. En el expediente {acct} quedan {amount}."),
          ("T", "Podemos pagar {inst} al mes. Llámeme mejor al {tphone}.")],
    visit="Visita a las {time}. Abrió {third}, que dijo que el deudor estaba trabajando. Sin embargo, dejamos aviso.",
    visit2="Deudor presente. Se acuerda embargo de un vehículo. Cámara corporal {cam} grabando.",
    vuln="El cliente comunica un fallecimiento reciente en la familia y tratamiento por depresión. Expediente en pausa 30 días.",
    vuln2="{rep}, de {charity}, le ayuda con el presupuesto; enviarle copia. Teléfono directo: {rphone}.",
    notice=["La oficina cierra el día festivo; la línea de pagos {sw} sigue abierta de 8 a 20 h.",
            "Los planes de pago se pueden crear o modificar en {web}.",
            "Correspondencia a {office}, indicando el número de expediente.",
            "Reclamaciones: {role}."],
    check=["Comprobar que la carta cita bien el {cite}.",
           "¿Incluye la información sobre el derecho a reclamar?",
           "Revisar intereses al {rate} antes de pasar a judicial.",
           "Sin llamadas después de las 21 h; revisar el marcador."],
    naw=["Victoria parcial: el juzgado admitió la reclamación del cliente.", "Paz y calma en las llamadas difíciles."],
)

T["it"] = dict(
    req=["Me lo sistemi prima che lo mandi? Gli importi lasciali come sono.",
         "Riassumilo in tre punti per la responsabile del team.",
         "Riscrivilo con un tono fermo ma cortese, in linea con il nostro codice di recupero crediti."],
    f=dict(name="Nome e cognome", dob="Data di nascita", addr="Indirizzo", phone="Cellulare", email="E-mail",
           prev="Indirizzo precedente", partner="Coniuge", employer="Datore di lavoro", rep="Delegato"),
    lba_subj="Diffida e messa in mora – pratica {acct}",
    lba=["Operiamo per conto di {creditor}, che ci ha affidato il recupero del suo debito. Risulta ancora insoluto l'importo di {amount}.",
         "In mancanza di pagamento o di un piano di rientro entro il {deadline}, il nostro mandante potrà agire in giudizio ({cite}).",
         "Può pagare con bonifico ({pay}), con carta al {sw} o su {web}. In caso di difficoltà può rivolgersi gratuitamente a {charity}."],
    close="Distinti saluti,",
    plan_subj="Piano di rientro – pratica {acct}",
    plan=["La ringraziamo per il colloquio del {date}. Confermiamo il piano concordato: {inst} al mese dal {start}, su un debito di {amount}.",
          "Le rate saranno addebitate con SDD sul conto: {pay}.",
          "Se la sua situazione cambia, ci chiami al {sw} prima della scadenza."],
    chat=[("D", "Buongiorno, mi è arrivato un SMS per la pratica {acct}. Non riesco a pagare tutto subito."),
          ("A", "Grazie per averci scritto. Per sicurezza mi conferma la data di nascita?"),
          ("D", "{dob}"),
          ("A", "Grazie. Il saldo è {amount}. Riesce a fare oggi un primo versamento?"),
          ("D", "Posso pagare {inst} adesso e poi uguale ogni mese. Carta {card}, intestata a {holder}."),
          ("A", "Pagamento riuscito. La ricevuta arriva a {email}. Promessa registrata per il {date}.")],
    comp=["Scrivo per presentare reclamo sulla gestione della pratica {acct}.",
          "Il vostro operatore ha chiamato due volte il mio posto di lavoro, nonostante avessi chiesto solo contatti scritti. Contesto inoltre le spese di {amount}.",
          "Vi prego di rispondere per iscritto o a {email}. Il mio numero è {phone}."],
    call=[("A", "Buongiorno, potrei parlare con {name}?"),
          ("T", "Sono {third}, l'amministratore di sostegno. Seguo io la corrispondenza."),
          ("A", "Mi serve copia del decreto di nomina prima di parlare della pratica."),
          ("D", "Ci sono io adesso. Sì, {third} può parlare per me."),
          ("A", "Grazie. Sulla pratica {acct} restano {amount}."),
          ("T", "Possiamo versare {inst} al mese. Mi richiami al {tphone}.")],
    visit="Accesso alle {time}. Ha aperto {third}, che ha riferito che il debitore era al lavoro. Nessun pignoramento, lasciato avviso.",
    visit2="Debitore presente. Pignoramento di un veicolo verbalizzato. Bodycam {cam} attiva.",
    vuln="Il cliente riferisce un lutto recente ed è in cura per depressione. Pratica sospesa per 30 giorni.",
    vuln2="{rep} di {charity} lo aiuta con il bilancio familiare; mettere in copia. Numero diretto: {rphone}.",
    notice=["L'ufficio resta chiuso nel giorno festivo; la linea pagamenti {sw} è attiva dalle 8 alle 20.",
            "I piani di rientro si possono attivare o modificare su {web}.",
            "Posta da inviare a {office}, indicando il numero di pratica.",
            "Reclami: {role}."],
    check=["Verificare che la lettera citi correttamente {cite}.",
           "Informativa privacy allegata al primo contatto?",
           "Ricalcolare gli interessi al {rate} prima del passaggio al legale.",
           "Nessuna chiamata dopo le 21; controllare il dialer."],
    naw=["Speranza di chiudere la pratica entro fine mese.", "Serena la trattativa di ieri, nessuna tensione."],
)

T["nl"] = dict(
    req=["Kun je dit netjes maken voor ik het verstuur? Laat de bedragen staan.",
         "Vat dit samen in drie punten voor de teamleider.",
         "Herschrijf dit zakelijk maar vriendelijk, volgens onze incassogedragscode."],
    f=dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Mobiel", email="E-mail",
           prev="Vorig adres", partner="Partner", employer="Werkgever", rep="Gemachtigde"),
    lba_subj="Veertiendagenbrief – dossier {acct}",
    lba=["Wij treden op namens {creditor}, die ons de incasso van uw openstaande rekening heeft overgedragen. Er staat nog {amount} open.",
         "Betaal binnen veertien dagen, uiterlijk {deadline}, of neem contact op voor een regeling. Daarna brengen wij incassokosten in rekening volgens {cite}.",
         "Betalen kan via {pay}, telefonisch op {sw} of via {web}. Hulp nodig? {charity} helpt gratis."],
    close="Met vriendelijke groet,",
    plan_subj="Uw betalingsregeling – dossier {acct}",
    plan=["Bedankt voor het gesprek op {date}. Wij bevestigen de regeling: {inst} per maand vanaf {start}, voor een schuld van {amount}.",
          "De termijnen worden automatisch afgeschreven van: {pay}.",
          "Verandert uw situatie, bel ons dan op {sw} vóór de volgende termijn."],
    chat=[("D", "Hoi, ik kreeg een sms over dossier {acct}. Alles in één keer lukt niet."),
          ("A", "Dank voor uw bericht. Wilt u ter controle uw geboortedatum geven?"),
          ("D", "{dob}"),
          ("A", "Dank u. Het saldo is {amount}. Lukt een eerste betaling vandaag?"),
          ("D", "Ik kan nu {inst} betalen en daarna elke maand hetzelfde. Kaart {card}, op naam van {holder}."),
          ("A", "Gelukt. De bevestiging gaat naar {email}. Betaalbelofte genoteerd voor {date}.")],
    comp=["Ik dien een klacht in over de behandeling van dossier {acct}.",
          "Uw medewerker belde twee keer naar mijn werk, terwijl ik om schriftelijk contact had gevraagd. Ook betwist ik de incassokosten van {amount}.",
          "Antwoord graag schriftelijk of via {email}. Mijn nummer is {phone}."],
    call=[("A", "Goedemorgen, spreek ik met {name}?"),
          ("T", "U spreekt met {third}, de bewindvoerder. Ik beheer de post."),
          ("A", "Dan heb ik graag de beschikking van de rechtbank voordat we het dossier bespreken."),
          ("D", "Ik ben het nu. Ja, {third} mag namens mij spreken."),
          ("A", "Dank u. Op dossier {acct} staat {amount} open."),
          ("T", "We kunnen {inst} per maand betalen. Bel mij liever op {tphone}.")],
    visit="Bezoek om {time}. {third} deed open en zei dat de schuldenaar aan het werk was. Geen beslag gelegd, bericht achtergelaten.",
    visit2="Schuldenaar aanwezig. Beslag op één auto gelegd. Bodycam {cam} liep mee.",
    vuln="Klant meldt een recent overlijden in het gezin en is onder behandeling voor depressie. Dossier 30 dagen on hold.",
    vuln2="{rep} van {charity} maakt een budgetplan; post in kopie. Direct nummer: {rphone}.",
    notice=["Ons kantoor is op de feestdag gesloten; de betaallijn {sw} is open van 8 tot 20 uur.",
            "Betalingsregelingen kunt u regelen via {web}.",
            "Post naar {office}, met uw dossiernummer.",
            "Klachten: {role}."],
    check=["Controleer of de brief {cite} goed noemt.",
           "Is de veertiendagentermijn correct berekend?",
           "Wettelijke rente ({rate}) narekenen vóór overdracht aan de deurwaarder.",
           "Geen belpogingen na 21 uur; belplan controleren."],
    naw=["Roos op de gevel van de balie is opnieuw geschilderd.", "Hoop dat de regeling nu wel standhoudt."],
)

T["pt"] = dict(
    req=["Pode revisar antes de eu enviar? Não mexa nos valores.",
         "Resume em três tópicos para a supervisora.",
         "Reescreva com tom firme mas respeitoso, dentro do nosso código de cobrança."],
    f=dict(name="Nome completo", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail",
           prev="Endereço anterior", partner="Cônjuge", employer="Empregador", rep="Procurador"),
    lba_subj="Notificação extrajudicial – contrato {acct}",
    lba=["Atuamos em nome de {creditor}, que nos encaminhou o seu débito para cobrança. O valor de {amount} continua em aberto.",
         "Caso o débito não seja quitado ou negociado até {deadline}, o credor poderá incluir seu nome nos cadastros de proteção ao crédito, observado o {cite}.",
         "Pague por boleto, pelo telefone {sw} ou em {web} ({pay}). Se estiver com dificuldade, o {charity} orienta gratuitamente."],
    close="Atenciosamente,",
    plan_subj="Seu acordo de parcelamento – contrato {acct}",
    plan=["Obrigado pelo contato em {date}. Confirmamos o acordo: {inst} por mês a partir de {start}, para um débito de {amount}.",
          "As parcelas serão debitadas em conta: {pay}.",
          "Se sua situação mudar, ligue para {sw} antes do vencimento."],
    chat=[("D", "Oi, recebi um SMS sobre o contrato {acct}. Não consigo pagar tudo de uma vez."),
          ("A", "Obrigado pelo contato. Pode confirmar sua data de nascimento, por segurança?"),
          ("D", "{dob}"),
          ("A", "Obrigado. O saldo é {amount}. Consegue fazer um primeiro pagamento hoje?"),
          ("D", "Posso pagar {inst} agora e o mesmo todo mês. Cartão {card}, titular {holder}."),
          ("A", "Pagamento aprovado. O comprovante vai para {email}. Promessa registrada para {date}.")],
    comp=["Venho reclamar da forma como o contrato {acct} está sendo cobrado.",
          "O atendente ligou duas vezes para o meu trabalho, embora eu tenha pedido contato só por escrito. Também contesto os encargos de {amount}.",
          "Respondam por escrito ou para {email}. Meu celular é {phone}."],
    call=[("A", "Bom dia, eu poderia falar com {name}?"),
          ("T", "Aqui é {third}, sou o procurador. Cuido das contas."),
          ("A", "Vou precisar da procuração antes de falar do contrato."),
          ("D", "Sou eu agora. Sim, {third} pode falar por mim."),
          ("A", "Obrigado. No contrato {acct} faltam {amount}."),
          ("T", "Conseguimos pagar {inst} por mês. Me ligue no {tphone}.")],
    visit="Diligência às {time}. Quem atendeu foi {third}, que disse que o devedor estava no trabalho. Nada penhorado, aviso deixado.",
    visit2="Devedor presente. Auto de penhora lavrado para um veículo. Câmera corporal {cam} gravando.",
    vuln="Cliente relata luto recente e tratamento para depressão. Cobrança suspensa por 30 dias.",
    vuln2="{rep}, do {charity}, ajuda com o orçamento; enviar cópia. Telefone direto: {rphone}.",
    notice=["O escritório fecha no feriado; a central de pagamento {sw} funciona das 8h às 20h.",
            "Acordos podem ser feitos ou alterados em {web}.",
            "Correspondência para {office}, sempre com o número do contrato.",
            "Reclamações: {role}."],
    check=["Conferir se a carta cita corretamente o {cite}.",
           "A notificação traz o valor atualizado e o prazo?",
           "Recalcular juros de {rate} antes de enviar ao jurídico.",
           "Sem ligações após as 20h nem aos domingos; revisar o discador."],
    naw=["Esperança de fechar o acordo ainda hoje.", "Graça ao novo sistema, o boleto sai na hora."],
)

T["pl"] = dict(
    req=["Możesz to wygładzić, zanim wyślę? Kwot nie zmieniaj.",
         "Streść to w trzech punktach dla kierowniczki zespołu.",
         "Przeredaguj to stanowczo, ale uprzejmie, zgodnie z naszymi zasadami windykacji."],
    f=dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", phone="Telefon komórkowy", email="E-mail",
           prev="Poprzedni adres", partner="Małżonek", employer="Pracodawca", rep="Pełnomocnik"),
    lba_subj="Przedsądowe wezwanie do zapłaty – sprawa {acct}",
    lba=["Działamy na zlecenie wierzyciela ({creditor}), który przekazał nam Pana/Pani zadłużenie do windykacji. Do zapłaty pozostaje {amount}.",
         "Jeżeli należność nie zostanie uregulowana lub nie zawrzemy ugody do {deadline}, wierzyciel może na podstawie {cite} skierować sprawę do sądu.",
         "Wpłaty: {pay}, telefonicznie pod numerem {sw} lub na {web}. Bezpłatną pomoc oferuje {charity}."],
    close="Z poważaniem",
    plan_subj="Ugoda ratalna – sprawa {acct}",
    plan=["Dziękujemy za rozmowę w dniu {date}. Potwierdzamy ugodę: {inst} miesięcznie od {start}, przy zadłużeniu {amount}.",
          "Raty będą pobierane z rachunku: {pay}.",
          "Jeśli sytuacja się zmieni, prosimy o telefon pod {sw} przed terminem raty."],
    chat=[("D", "Dzień dobry, dostałem SMS w sprawie {acct}. Nie dam rady spłacić wszystkiego naraz."),
          ("A", "Dziękuję za kontakt. Proszę podać datę urodzenia do weryfikacji."),
          ("D", "{dob}"),
          ("A", "Dziękuję. Saldo wynosi {amount}. Czy możliwa jest dziś pierwsza wpłata?"),
          ("D", "Mogę teraz wpłacić {inst} i tyle samo co miesiąc. Karta {card}, właściciel {holder}."),
          ("A", "Płatność przeszła. Potwierdzenie wyślę na {email}. Deklaracja wpłaty zapisana na {date}.")],
    comp=["Składam reklamację dotyczącą prowadzenia sprawy {acct}.",
          "Wasz konsultant dwukrotnie dzwonił do mojego zakładu pracy, choć prosiłem o kontakt wyłącznie listowny. Kwestionuję też koszty {amount}.",
          "Proszę o odpowiedź na piśmie lub na {email}. Mój numer: {phone}."],
    call=[("A", "Dzień dobry, czy rozmawiam z {name}?"),
          ("T", "Tu {third}, pełnomocnik. Zajmuję się tą sprawą."),
          ("A", "Potrzebuję kopii pełnomocnictwa, zanim omówimy zadłużenie."),
          ("D", "Już jestem. Tak, {third} może mówić w moim imieniu."),
          ("A", "Dziękuję. W sprawie {acct} zostało {amount}."),
          ("T", "Możemy płacić {inst} miesięcznie. Proszę dzwonić do mnie: {tphone}.")],
    visit="Wizyta o {time}. Drzwi otworzył(a) {third}, informując, że dłużnik jest w pracy. Bez zajęcia, zostawiono awizo.",
    visit2="Dłużnik obecny. Sporządzono protokół zajęcia samochodu. Kamera nasobna {cam} nagrywała.",
    vuln="Klient zgłasza niedawną śmierć w rodzinie i leczenie depresji. Sprawa wstrzymana na 30 dni.",
    vuln2="{rep} z {charity} pomaga w budżecie; korespondencję do wiadomości. Numer bezpośredni: {rphone}.",
    notice=["Biuro będzie zamknięte w dzień świąteczny; linia płatności {sw} działa w godz. 8-20.",
            "Ugody można zawierać i zmieniać na {web}.",
            "Korespondencję prosimy kierować na adres {office}, z numerem sprawy.",
            "Reklamacje: {role}."],
    check=["Sprawdzić, czy pismo poprawnie przywołuje {cite}.",
           "Czy wezwanie zawiera pouczenie o prawie do reklamacji?",
           "Przeliczyć odsetki ({rate}) przed przekazaniem do kancelarii.",
           "Żadnych telefonów po 21:00; sprawdzić harmonogram."],
    naw=["Nadzieja na ugodę jeszcze w tym tygodniu.", "Wiara w poprawę wskaźników nie wystarczy bez nowego skryptu."],
)

T["ru"] = dict(
    req=["Поправь текст перед отправкой, суммы не трогай.",
         "Кратко перескажи в трёх пунктах для руководителя группы.",
         "Перепиши вежливо, но твёрдо, в рамках 230-ФЗ."],
    f=dict(name="ФИО", dob="Дата рождения", addr="Адрес регистрации", phone="Мобильный", email="Эл. почта",
           prev="Прежний адрес", partner="Супруг(а)", employer="Работодатель", rep="Представитель"),
    lba_subj="Досудебная претензия – договор {acct}",
    lba=["Мы действуем по поручению {creditor}. По вашему договору остаётся непогашенной сумма {amount}.",
         "Если задолженность не будет погашена или реструктурирована до {deadline}, кредитор вправе обратиться в суд. Порядок взаимодействия определяет {cite}.",
         "Оплата: {pay}. Телефон: {sw}, сайт: {web}. Бесплатную консультацию даёт {charity}."],
    close="С уважением,",
    plan_subj="График погашения – договор {acct}",
    plan=["Благодарим за разговор {date}. Подтверждаем график: {inst} ежемесячно с {start}, общая сумма долга {amount}.",
          "Платежи списываются с карты или счёта: {pay}.",
          "Если ваше положение изменится, позвоните по номеру {sw} до даты платежа."],
    chat=[("D", "Здравствуйте, пришло СМС по договору {acct}. Сразу всё оплатить не могу."),
          ("A", "Спасибо за обращение. Назовите, пожалуйста, дату рождения для проверки."),
          ("D", "{dob}"),
          ("A", "Спасибо. Остаток долга {amount}. Сможете внести первый платёж сегодня?"),
          ("D", "Могу сейчас {inst} и дальше столько же каждый месяц. Карта {card}, держатель {holder}."),
          ("A", "Платёж прошёл. Чек придёт на {email}. Обещание платежа записано на {date}.")],
    comp=["Прошу рассмотреть жалобу на порядок взыскания по договору {acct}.",
          "Ваш сотрудник дважды звонил мне на работу, хотя я просил связываться только письменно. Также оспариваю начисленные {amount}.",
          "Ответ прошу направить письменно или на {email}. Мой телефон: {phone}."],
    call=[("A", "Добрый день, могу я поговорить с {name}?"),
          ("T", "Это {third}, представитель по доверенности."),
          ("A", "Мне нужна копия доверенности, прежде чем обсуждать долг."),
          ("D", "Это я. Да, {third} может говорить за меня."),
          ("A", "Спасибо. По договору {acct} остаток {amount}."),
          ("T", "Можем платить {inst} в месяц. Звоните мне: {tphone}.")],
    visit="Выезд в {time}. Дверь открыл(а) {third}, сообщил(а), что должника нет дома. Имущество не описано, оставлено извещение.",
    visit2="Должник на месте. Составлен акт описи автомобиля. Видеорегистратор {cam} включён.",
    vuln="Клиент сообщил о недавней смерти близкого и лечении депрессии. Взыскание приостановлено на 30 дней.",
    vuln2="{rep} из {charity} помогает составить бюджет; копии писем направлять туда. Прямой номер: {rphone}.",
    notice=["В праздничный день офис закрыт; линия для платежей {sw} работает с 8 до 20.",
            "Оформить или изменить график можно на {web}.",
            "Письма направляйте по адресу: {office}, с номером договора.",
            "Жалобы: {role}."],
    check=["Проверить, правильно ли письмо ссылается на {cite}.",
           "Не больше одного звонка в сутки и двух в неделю?",
           "Пересчитать проценты ({rate}) перед передачей в суд.",
           "Никаких звонков после 20:00 в будни; проверить график."],
    naw=["Вера в то, что должник выйдет на связь, оправдалась.", "Любовь к порядку в документах сэкономила нам неделю."],
)

T["el"] = dict(
    req=["Μπορείς να το στρώσεις πριν το στείλω; Τα ποσά να μείνουν ίδια.",
         "Κάνε μου περίληψη σε τρία σημεία για την υπεύθυνη ομάδας.",
         "Ξαναγράψε το με σταθερό αλλά ευγενικό ύφος, σύμφωνα με τον κώδικα δεοντολογίας μας."],
    f=dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Κινητό", email="Email",
           prev="Προηγούμενη διεύθυνση", partner="Σύζυγος", employer="Εργοδότης", rep="Πληρεξούσιος"),
    lba_subj="Εξώδικη όχληση – υπόθεση {acct}",
    lba=["Ενεργούμε για λογαριασμό της {creditor}, η οποία μας ανέθεσε την ενημέρωσή σας για οφειλή ύψους {amount}.",
         "Αν η οφειλή δεν εξοφληθεί ή δεν ρυθμιστεί έως {deadline}, η δανείστρια μπορεί να κινηθεί δικαστικά. Σχετική διάταξη: {cite}.",
         "Πληρωμή: {pay}. Τηλέφωνο {sw}, ιστότοπος {web}. Δωρεάν συμβουλές παρέχει το {charity}."],
    close="Με εκτίμηση,",
    plan_subj="Ρύθμιση οφειλής – υπόθεση {acct}",
    plan=["Σας ευχαριστούμε για την επικοινωνία στις {date}. Επιβεβαιώνουμε τη ρύθμιση: {inst} τον μήνα από {start}, για οφειλή {amount}.",
          "Οι δόσεις θα χρεώνονται στον λογαριασμό: {pay}.",
          "Αν αλλάξει η κατάστασή σας, καλέστε στο {sw} πριν τη λήξη της δόσης."],
    chat=[("D", "Καλησπέρα, πήρα μήνυμα για την υπόθεση {acct}. Δεν μπορώ να τα δώσω όλα μαζί."),
          ("A", "Ευχαριστούμε. Για επιβεβαίωση, μου λέτε την ημερομηνία γέννησης;"),
          ("D", "{dob}"),
          ("A", "Ευχαριστώ. Το υπόλοιπο είναι {amount}. Μπορείτε να κάνετε μια πρώτη πληρωμή σήμερα;"),
          ("D", "Μπορώ {inst} τώρα και το ίδιο κάθε μήνα. Κάρτα {card}, κάτοχος {holder}."),
          ("A", "Η πληρωμή πέρασε. Η απόδειξη θα σταλεί στο {email}. Η δέσμευση πληρωμής καταχωρίστηκε για {date}.")],
    comp=["Υποβάλλω παράπονο για τον χειρισμό της υπόθεσης {acct}.",
          "Ο υπάλληλός σας τηλεφώνησε δύο φορές στη δουλειά μου, αν και είχα ζητήσει μόνο γραπτή επικοινωνία. Αμφισβητώ και τις χρεώσεις {amount}.",
          "Παρακαλώ απαντήστε γραπτώς ή στο {email}. Τηλέφωνο: {phone}."],
    call=[("A", "Καλημέρα, θα ήθελα να μιλήσω με τον/την {name}."),
          ("T", "Είμαι {third}, πληρεξούσιος. Εγώ χειρίζομαι την υπόθεση."),
          ("A", "Χρειάζομαι αντίγραφο του πληρεξουσίου πριν συζητήσουμε την οφειλή."),
          ("D", "Είμαι εγώ τώρα. Ναι, μπορείτε να μιλάτε με {third}."),
          ("A", "Ευχαριστώ. Στην υπόθεση {acct} απομένουν {amount}."),
          ("T", "Μπορούμε {inst} τον μήνα. Καλέστε με στο {tphone}.")],
    visit="Επίσκεψη στις {time}. Άνοιξε {third} και είπε ότι ο οφειλέτης λείπει στη δουλειά. Δεν έγινε κατάσχεση, αφέθηκε ειδοποίηση.",
    visit2="Ο οφειλέτης παρών. Συντάχθηκε έκθεση κατάσχεσης οχήματος. Κάμερα σώματος {cam} σε λειτουργία.",
    vuln="Ο πελάτης ανέφερε πρόσφατο πένθος και θεραπεία για κατάθλιψη. Αναστολή για 30 ημέρες.",
    vuln2="{rep} από το {charity} βοηθά με τον προϋπολογισμό· κοινοποίηση εκεί. Απευθείας τηλέφωνο: {rphone}.",
    notice=["Το γραφείο θα είναι κλειστό την αργία· η γραμμή πληρωμών {sw} λειτουργεί 8:00-20:00.",
            "Ρυθμίσεις μπορούν να γίνουν στο {web}.",
            "Αλληλογραφία στη διεύθυνση {office}, με τον αριθμό υπόθεσης.",
            "Παράπονα: {role}."],
    check=["Έλεγχος ότι η επιστολή αναφέρει σωστά τη διάταξη: {cite}.",
           "Τηλεφωνική επικοινωνία μόνο εργάσιμες 9:00-20:00;",
           "Επανυπολογισμός τόκων ({rate}) πριν τη δικαστική οδό.",
           "Ενημέρωση οφειλέτη για το δικαίωμα αντίρρησης;"],
    naw=["Ελπίδα μας είναι να κλείσει η ρύθμιση αυτή την εβδομάδα.", "Ειρήνη στο γραφείο μετά το τηλεφωνικό κέντρο."],
)

T["tr"] = dict(
    req=["Göndermeden önce toparlar mısın? Tutarlara dokunma.",
         "Ekip liderine üç maddede özetle.",
         "Bunu kararlı ama nazik bir dille, tahsilat politikamıza uygun şekilde yeniden yaz."],
    f=dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="Cep telefonu", email="E-posta",
           prev="Önceki adres", partner="Eşi", employer="İşveren", rep="Vekil"),
    lba_subj="İhtarname – dosya {acct}",
    lba=["{creditor} adına hareket ediyoruz. Borcunuzun {amount} tutarındaki kısmı hâlâ ödenmemiştir.",
         "Borç {deadline} tarihine kadar ödenmez ya da yapılandırılmazsa alacaklı yasal yola başvurabilir ({cite}).",
         "Ödeme: {pay}. Telefon {sw}, web {web}. Ücretsiz danışmanlık için {charity}."],
    close="Saygılarımızla,",
    plan_subj="Ödeme planınız – dosya {acct}",
    plan=["{date} tarihli görüşmemiz için teşekkürler. Anlaşılan plan: {start} tarihinden itibaren ayda {inst}, toplam borç {amount}.",
          "Taksitler şu hesaptan otomatik tahsil edilecektir: {pay}.",
          "Durumunuz değişirse lütfen vadeden önce {sw} numarasını arayın."],
    chat=[("D", "Merhaba, {acct} numaralı dosya için SMS geldi. Hepsini bir seferde ödeyemem."),
          ("A", "Yazdığınız için teşekkürler. Güvenlik için doğum tarihinizi teyit eder misiniz?"),
          ("D", "{dob}"),
          ("A", "Teşekkürler. Bakiye {amount}. Bugün ilk ödemeyi yapabilir misiniz?"),
          ("D", "Şimdi {inst} ödeyebilirim, sonra her ay aynı. Kart {card}, kart sahibi {holder}."),
          ("A", "Ödeme alındı. Dekont {email} adresine gidecek. Ödeme sözü {date} için kaydedildi.")],
    comp=["{acct} numaralı dosyanın yürütülüş şekli hakkında şikâyette bulunuyorum.",
          "Temsilciniz, yalnızca yazılı iletişim istememe rağmen iş yerimi iki kez aradı. Eklenen {amount} masrafa da itiraz ediyorum.",
          "Lütfen yazılı olarak ya da {email} adresine yanıt verin. Telefonum: {phone}."],
    call=[("A", "İyi günler, {name} ile mi görüşüyorum?"),
          ("T", "Ben {third}, vekiliyim. Bu işle ben ilgileniyorum."),
          ("A", "Borcu konuşmadan önce vekâletnamenin bir kopyasına ihtiyacım var."),
          ("D", "Şimdi benim. Evet, {third} benim adıma konuşabilir."),
          ("A", "Teşekkürler. {acct} dosyasında kalan {amount}."),
          ("T", "Ayda {inst} ödeyebiliriz. Lütfen beni arayın: {tphone}.")],
    visit="Saat {time} ziyaret. Kapıyı {third} açtı, borçlunun işte olduğunu söyledi. Haciz yapılmadı, bildirim bırakıldı.",
    visit2="Borçlu hazır. Bir araç için haciz tutanağı düzenlendi. Yaka kamerası {cam} kayıtta.",
    vuln="Müşteri yakın zamanda bir yakınını kaybettiğini ve depresyon tedavisi gördüğünü bildirdi. Dosya 30 gün bekletiliyor.",
    vuln2="{charity} üzerinden {rep} bütçe planına yardım ediyor; yazışmalarda bilgi verilsin. Doğrudan hat: {rphone}.",
    notice=["Ofisimiz resmî tatilde kapalıdır; ödeme hattı {sw} hafta içi saat 08.00 ile 20.00 arasında açıktır.",
            "Ödeme planı oluşturmak veya değiştirmek için {web}.",
            "Yazışmalar için adres: {office}. Lütfen dosya numarasını belirtin.",
            "Şikâyetler: {role}."],
    check=["Mektubun {cite} atfını doğru yaptığını kontrol et.",
           "Arama saatleri 09.00-20.00 ile sınırlı mı?",
           "Faizi ({rate}) icra takibinden önce yeniden hesapla.",
           "Borçluya itiraz hakkı bildirildi mi?"],
    naw=["Umut var, borçlu bu hafta geri dönecek.", "Barış içinde kapanan ilk dosya oldu."],
)

T["he"] = dict(
    req=["תוכל לסדר את זה לפני שאני שולח? אל תשנה את הסכומים.",
         "תסכם לי את זה בשלוש נקודות לראש הצוות.",
         "תנסח מחדש בטון תקיף אבל מנומס, לפי נוהל הגבייה שלנו."],
    f=dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="נייד", email="דוא\"ל",
           prev="כתובת קודמת", partner="בן/בת זוג", employer="מעסיק", rep="מיופה כוח"),
    lba_subj="מכתב התראה לפני נקיטת הליכים – תיק {acct}",
    lba=["אנו פונים בשם {creditor}, שהעבירה אלינו את החוב לגבייה. יתרת החוב בסך {amount} טרם שולמה.",
         "אם החוב לא ישולם או לא יוסדר עד {deadline}, הנושה רשאי לפתוח תיק בהוצאה לפועל לפי {cite}.",
         "תשלום: {pay}. טלפון {sw}, אתר {web}. ייעוץ חינם: {charity}."],
    close="בכבוד רב,",
    plan_subj="הסדר תשלומים – תיק {acct}",
    plan=["תודה על השיחה ב-{date}. אנו מאשרים את ההסדר: {inst} לחודש החל מ-{start}, מתוך חוב של {amount}.",
          "התשלומים ייגבו בהוראת קבע מהחשבון: {pay}.",
          "אם מצבך משתנה, התקשר/י אלינו ל-{sw} לפני מועד התשלום."],
    chat=[("D", "שלום, קיבלתי הודעה על תיק {acct}. אני לא יכול לשלם הכול בבת אחת."),
          ("A", "תודה שפנית. לצורך אימות, מה תאריך הלידה שלך?"),
          ("D", "{dob}"),
          ("A", "תודה. היתרה היא {amount}. אפשר לבצע היום תשלום ראשון?"),
          ("D", "אני יכול {inst} עכשיו ואותו סכום כל חודש. כרטיס {card}, על שם {holder}."),
          ("A", "התשלום עבר. הקבלה תישלח ל-{email}. התחייבות לתשלום נרשמה ל-{date}.")],
    comp=["אני מגיש תלונה על הטיפול בתיק {acct}.",
          "הנציג שלכם התקשר פעמיים למקום העבודה שלי, למרות שביקשתי פנייה בכתב בלבד. אני גם חולק על החיובים בסך {amount}.",
          "נא להשיב בכתב או ל-{email}. הטלפון שלי: {phone}."],
    call=[("A", "בוקר טוב, אפשר לדבר עם {name}?"),
          ("T", "מדבר {third}, מיופה הכוח. אני מטפל בעניין."),
          ("A", "אצטרך עותק של ייפוי הכוח לפני שנדבר על החוב."),
          ("D", "זה אני עכשיו. כן, {third} יכול לדבר בשמי."),
          ("A", "תודה. בתיק {acct} נותרו {amount}."),
          ("T", "נוכל לשלם {inst} לחודש. תתקשרו אליי: {tphone}.")],
    visit="ביקור בשעה {time}. פתח את הדלת {third}, שאמר שהחייב בעבודה. לא בוצע עיקול, הושארה הודעה.",
    visit2="החייב נוכח. נערך פרוטוקול עיקול לרכב. מצלמת גוף {cam} הקליטה לאורך כל הביקור.",
    vuln="הלקוח סיפר על אובדן במשפחה ועל טיפול בדיכאון. התיק הוקפא ל-30 יום.",
    vuln2="{rep} מ{charity} עוזר בבניית תקציב; להעביר העתקים. קו ישיר: {rphone}.",
    notice=["המשרד סגור בחג; מוקד התשלומים {sw} פתוח 8:00-20:00.",
            "אפשר להסדיר תשלומים באתר {web}.",
            "דואר לכתובת {office}, עם מספר התיק.",
            "תלונות: {role}."],
    check=["לוודא שהמכתב מפנה נכון אל {cite}.",
           "האם נמסרה לחייב הודעה על זכותו להתנגד?",
           "לחשב מחדש ריבית ({rate}) לפני פתיחת תיק.",
           "אין שיחות אחרי 20:00; לבדוק את החייגן."],
    naw=["אור בקצה המנהרה: החייב חזר לעבוד.", "נועם הליכות הוא חלק מהתסריט החדש."],
    male_debtor=True, male_third=True,
)

T["ar"] = dict(
    req=["ممكن تظبط الكلام ده قبل ما أبعته؟ متغيرش المبالغ.",
         "لخص ده في تلات نقط لمدير الفريق.",
         "اكتبه تاني بأسلوب جاد ومحترم حسب سياسة التحصيل بتاعتنا."],
    f=dict(name="الاسم بالكامل", dob="تاريخ الميلاد", addr="العنوان", phone="الموبايل", email="البريد الإلكتروني",
           prev="العنوان السابق", partner="الزوج/الزوجة", employer="جهة العمل", rep="الوكيل"),
    lba_subj="إنذار قبل اتخاذ الإجراءات القانونية – ملف {acct}",
    lba=["نتواصل معكم نيابة عن {creditor} بشأن مديونية متأخرة بقيمة {amount}.",
         "في حالة عدم السداد أو الاتفاق على جدولة قبل {deadline}، يحق للدائن اتخاذ الإجراءات القانونية وفقًا لـ{cite}.",
         "السداد: {pay}. تليفون {sw}، الموقع {web}. للاستشارة المجانية: {charity}."],
    close="وتفضلوا بقبول فائق الاحترام،",
    plan_subj="اتفاق جدولة – ملف {acct}",
    plan=["شكرًا على المكالمة بتاريخ {date}. نؤكد الاتفاق: {inst} شهريًا اعتبارًا من {start}، من إجمالي مديونية {amount}.",
          "يتم خصم الأقساط من الحساب: {pay}.",
          "لو ظروفك اتغيرت كلمنا على {sw} قبل ميعاد القسط."],
    chat=[("D", "السلام عليكم، جالي رسالة عن ملف {acct}. مش هقدر أدفع المبلغ كله مرة واحدة."),
          ("A", "شكرًا لتواصلك. ممكن تأكد تاريخ الميلاد للتحقق؟"),
          ("D", "{dob}"),
          ("A", "شكرًا. المتبقي {amount}. ينفع تدفع أول دفعة النهارده؟"),
          ("D", "أقدر أدفع {inst} دلوقتي ونفس المبلغ كل شهر. الكارت {card}، باسم {holder}."),
          ("A", "تم الدفع. الإيصال هيتبعت على {email}. الوعد بالسداد متسجل يوم {date}.")],
    comp=["أتقدم بشكوى بخصوص طريقة التعامل مع ملف {acct}.",
          "المندوب بتاعكم اتصل بمكان شغلي مرتين رغم إني طلبت التواصل كتابةً بس. كمان بعترض على مصاريف {amount}.",
          "برجاء الرد كتابةً أو على {email}. رقمي: {phone}."],
    call=[("A", "صباح الخير، ممكن أكلم {name}؟"),
          ("T", "معاك {third}، الوكيل. أنا اللي بتابع الموضوع."),
          ("A", "محتاج صورة من التوكيل قبل ما نتكلم في المديونية."),
          ("D", "أنا معاك دلوقتي. أيوه، {third} يتكلم بالنيابة عني."),
          ("A", "شكرًا. في ملف {acct} متبقي {amount}."),
          ("T", "نقدر ندفع {inst} في الشهر. كلمني على {tphone}.")],
    visit="زيارة الساعة {time}. فتح الباب {third} وقال إن المدين في الشغل. لم يتم الحجز، وتم ترك إخطار.",
    visit2="المدين موجود. تم تحرير محضر حجز على سيارة. كاميرا الجسم {cam} كانت شغالة.",
    vuln="العميل أبلغ بوفاة في الأسرة مؤخرًا وبأنه يتلقى علاج اكتئاب. تم إيقاف الملف 30 يومًا.",
    vuln2="{rep} من {charity} بيساعده في الميزانية؛ نسخة من المراسلات ليه. الخط المباشر: {rphone}.",
    notice=["المكتب مغلق في الإجازة الرسمية؛ خط السداد {sw} متاح من 8 صباحًا لـ 8 مساءً.",
            "يمكن عمل جدولة أو تعديلها على {web}.",
            "المراسلات على العنوان: {office}، مع رقم الملف.",
            "الشكاوى: {role}."],
    check=["التأكد من أن الخطاب يشير بشكل صحيح إلى {cite}.",
           "هل تم إخطار المدين بحقه في الاعتراض؟",
           "إعادة حساب الفوائد ({rate}) قبل الإحالة للشؤون القانونية.",
           "ممنوع الاتصال بعد 9 مساءً؛ راجع جدول الاتصال."],
    naw=["نور في آخر النفق: المدين رجع للشغل.", "سلامة الموظفين في الزيارات الميدانية أولوية."],
    male_debtor=True, male_third=True,
)

T["hi"] = dict(
    req=["भेजने से पहले इसे ठीक कर दो, रकम मत बदलना।",
         "टीम लीडर के लिए इसे तीन बिंदुओं में समेट दो।",
         "इसे दृढ़ लेकिन विनम्र भाषा में दोबारा लिखो, हमारी वसूली नीति के अनुसार।"],
    f=dict(name="पूरा नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल",
           prev="पुराना पता", partner="पति/पत्नी", employer="नियोक्ता", rep="प्रतिनिधि"),
    lba_subj="कानूनी कार्रवाई से पूर्व नोटिस – खाता {acct}",
    lba=["हम {creditor} की ओर से आपसे संपर्क कर रहे हैं। आपके खाते पर {amount} की राशि बकाया है।",
         "यदि {deadline} तक भुगतान या किस्तों का समझौता नहीं होता, तो लेनदार {cite} के तहत कार्रवाई कर सकता है।",
         "भुगतान: {pay}। फ़ोन {sw}, वेबसाइट {web}। निःशुल्क सलाह के लिए {charity}।"],
    close="भवदीय,",
    plan_subj="किस्त समझौता – खाता {acct}",
    plan=["{date} को हुई बातचीत के लिए धन्यवाद। तय किस्त: {start} से हर महीने {inst}, कुल बकाया {amount}।",
          "किस्तें इस खाते से ऑटो-डेबिट होंगी: {pay}।",
          "अगर आपकी स्थिति बदलती है तो किस्त की तारीख से पहले {sw} पर कॉल करें।"],
    chat=[("D", "नमस्ते, खाता {acct} के बारे में मैसेज आया है। मैं पूरी रकम एक साथ नहीं दे सकता।"),
          ("A", "संपर्क के लिए धन्यवाद। सत्यापन के लिए अपनी जन्म तिथि बताइए।"),
          ("D", "{dob}"),
          ("A", "धन्यवाद। बकाया {amount} है। क्या आज पहली किस्त दे सकते हैं?"),
          ("D", "अभी {inst} दे सकता हूँ, फिर हर महीने इतना ही। कार्ड {card}, नाम {holder}।"),
          ("A", "भुगतान हो गया। रसीद {email} पर जाएगी। भुगतान का वादा {date} के लिए दर्ज है।")],
    comp=["मैं खाता {acct} की वसूली के तरीके पर शिकायत दर्ज कर रहा हूँ।",
          "आपके एजेंट ने मेरे दफ़्तर में दो बार फ़ोन किया, जबकि मैंने सिर्फ़ लिखित संपर्क माँगा था। {amount} के शुल्क पर भी मेरी आपत्ति है।",
          "कृपया लिखित में या {email} पर जवाब दें। मेरा नंबर: {phone}।"],
    call=[("A", "नमस्ते, क्या मेरी बात {name} से हो रही है?"),
          ("T", "मैं {third} बोल रहा हूँ, उनका प्रतिनिधि।"),
          ("A", "खाते पर बात करने से पहले मुझे अधिकार-पत्र की प्रति चाहिए।"),
          ("D", "अब मैं बोल रहा हूँ। हाँ, {third} मेरी तरफ़ से बात कर सकते हैं।"),
          ("A", "धन्यवाद। खाता {acct} पर {amount} बाकी है।"),
          ("T", "हम हर महीने {inst} दे सकते हैं। मुझे {tphone} पर फ़ोन करें।")],
    visit="{time} बजे दौरा। दरवाज़ा {third} ने खोला और बताया कि देनदार काम पर है। कोई कुर्की नहीं, सूचना छोड़ी गई।",
    visit2="देनदार मौजूद। एक वाहन की कुर्की का पंचनामा बना। बॉडी कैमरा {cam} चालू रहा।",
    vuln="ग्राहक ने परिवार में हाल की मृत्यु और अवसाद के इलाज की जानकारी दी। खाता 30 दिन के लिए रोका गया।",
    vuln2="{charity} से {rep} बजट बनाने में मदद कर रहे हैं; पत्रों की प्रति भेजें। सीधा नंबर: {rphone}।",
    notice=["त्योहार के दिन कार्यालय बंद रहेगा; भुगतान लाइन {sw} सुबह 8 से रात 8 बजे तक खुली है।",
            "किस्त समझौता {web} पर बनाया या बदला जा सकता है।",
            "पत्राचार का पता: {office}, खाता संख्या के साथ।",
            "शिकायतें: {role}।"],
    check=["जाँचें कि पत्र में {cite} का सही उल्लेख है।",
           "क्या देनदार को आपत्ति के अधिकार की सूचना दी गई?",
           "कानूनी कार्रवाई से पहले ब्याज ({rate}) दोबारा जोड़ें।",
           "शाम 7 बजे के बाद कॉल नहीं; डायलर देखें।"],
    naw=["आशा है कि अगले हफ़्ते तक सारे खाते अपडेट हो जाएँगे।", "विजय दिवस पर कार्यालय आधे दिन खुला रहेगा।"],
    male_debtor=True, male_third=True,
)

T["th"] = dict(
    req=["ช่วยเกลาข้อความนี้ก่อนส่งหน่อย ตัวเลขไม่ต้องแก้",
         "ช่วยสรุปเป็นสามข้อให้หัวหน้าทีมหน่อย",
         "ช่วยเขียนใหม่ให้หนักแน่นแต่สุภาพ ตามนโยบายการทวงถามหนี้ของเรา"],
    f=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", email="อีเมล",
           prev="ที่อยู่เดิม", partner="คู่สมรส", employer="นายจ้าง", rep="ผู้รับมอบอำนาจ"),
    lba_subj="หนังสือบอกกล่าวทวงถาม – เลขที่ {acct}",
    lba=["บริษัทฯ ได้รับมอบหมายจาก {creditor} ให้ติดตามหนี้ค้างชำระของท่าน จำนวน {amount}",
         "หากไม่ชำระหรือไม่ติดต่อขอผ่อนชำระภายใน {deadline} เจ้าหนี้อาจดำเนินคดีตามกฎหมาย ทั้งนี้เป็นไปตาม{cite}",
         "ช่องทางชำระ: {pay} โทร {sw} เว็บไซต์ {web} ขอคำปรึกษาฟรีได้ที่{charity}"],
    close="ขอแสดงความนับถือ",
    plan_subj="ข้อตกลงผ่อนชำระ – เลขที่ {acct}",
    plan=["ขอบคุณที่ติดต่อเมื่อวันที่ {date} ขอยืนยันข้อตกลง: ผ่อนเดือนละ {inst} เริ่ม {start} จากยอดหนี้ {amount}",
          "งวดผ่อนจะหักจากบัญชี: {pay}",
          "หากสถานการณ์เปลี่ยน กรุณาโทร {sw} ก่อนถึงกำหนดชำระ"],
    chat=[("D", "สวัสดีค่ะ ได้ SMS เรื่องเลขที่ {acct} ค่ะ จ่ายทีเดียวไม่ไหวค่ะ"),
          ("A", "ขอบคุณที่ติดต่อมาครับ รบกวนยืนยันวันเกิดเพื่อตรวจสอบครับ"),
          ("D", "{dob}"),
          ("A", "ขอบคุณครับ ยอดคงเหลือ {amount} วันนี้พอจะชำระงวดแรกได้ไหมครับ"),
          ("D", "ตอนนี้จ่ายได้ {inst} แล้วเดือนละเท่านี้ค่ะ บัตร {card} ชื่อบนบัตร {holder}"),
          ("A", "ชำระเรียบร้อยครับ ใบเสร็จจะส่งไปที่ {email} บันทึกนัดชำระวันที่ {date} แล้วครับ")],
    comp=["ดิฉันขอร้องเรียนเรื่องการติดตามหนี้เลขที่ {acct}",
          "พนักงานของบริษัทโทรไปที่ทำงานของดิฉันสองครั้ง ทั้งที่ขอให้ติดต่อเป็นหนังสือเท่านั้น และขอโต้แย้งค่าธรรมเนียม {amount}",
          "กรุณาตอบเป็นหนังสือหรือทาง {email} เบอร์โทร {phone}"],
    call=[("A", "สวัสดีครับ ขอสายคุณ{name}ครับ"),
          ("T", "ดิฉัน{third}ค่ะ เป็นผู้รับมอบอำนาจ"),
          ("A", "ขอสำเนาหนังสือมอบอำนาจก่อนคุยเรื่องหนี้นะครับ"),
          ("D", "ดิฉันเองค่ะ ให้คุณ{third}คุยแทนได้ค่ะ"),
          ("A", "ขอบคุณครับ เลขที่ {acct} คงเหลือ {amount}"),
          ("T", "ผ่อนได้เดือนละ {inst} ค่ะ โทรหาดิฉันที่ {tphone}")],
    visit="ลงพื้นที่เวลา {time} คุณ{third}เปิดประตูและแจ้งว่าลูกหนี้ไปทำงาน ไม่มีการยึดทรัพย์ ทิ้งหนังสือแจ้งไว้",
    visit2="ลูกหนี้อยู่ ณ ที่นั้น จัดทำบันทึกยึดรถยนต์หนึ่งคัน กล้องติดตัว {cam} บันทึกตลอด",
    vuln="ลูกค้าแจ้งว่าเพิ่งสูญเสียคนในครอบครัวและกำลังรักษาภาวะซึมเศร้า พักการติดตาม 30 วัน",
    vuln2="คุณ{rep}จาก{charity}ช่วยวางแผนงบประมาณ ให้ส่งสำเนาจดหมายด้วย เบอร์ตรง {rphone}",
    notice=["สำนักงานปิดในวันหยุดนักขัตฤกษ์ สายชำระเงิน {sw} เปิด 08.00-20.00 น.",
            "ขอผ่อนชำระหรือแก้ไขได้ที่ {web}",
            "ส่งเอกสารถึง {office} โปรดระบุเลขที่สัญญา",
            "ร้องเรียน: {role}"],
    check=["ตรวจว่าจดหมายอ้างอิง{cite}ถูกต้อง",
           "ติดต่อได้เฉพาะ 08.00-20.00 น. ในวันทำการหรือไม่",
           "คำนวณดอกเบี้ย ({rate}) ใหม่ก่อนส่งฝ่ายกฎหมาย",
           "ห้ามติดต่อบุคคลอื่นเกินวันละหนึ่งครั้ง"],
    naw=["ฝนตกหนักช่วงบ่าย ทีมลงพื้นที่เลื่อนนัด", "ขวัญกำลังใจของทีมดีขึ้นหลังปรับสคริปต์"],
    female_debtor=True, female_third=True,
)

T["zh"] = dict(
    req=["发出去之前帮我润色一下，金额别动。",
         "帮我用三点总结一下，给组长看。",
         "帮我改写得坚决但礼貌，符合我们的催收规范。"],
    f=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱",
           prev="原住址", partner="配偶", employer="工作单位", rep="代理人"),
    lba_subj="律师函前催告通知 – 案件号 {acct}",
    lba=["我司受{creditor}委托，就您名下逾期欠款{amount}进行催收。",
         "如您未能在{deadline}前还款或协商分期，债权人将依据{cite}提起诉讼。",
         "还款方式：{pay}。电话{sw}，网站{web}。如有困难，可向{charity}免费咨询。"],
    close="此致",
    plan_subj="分期还款协议 – 案件号 {acct}",
    plan=["感谢您{date}的来电。现确认分期方案：自{start}起每月还款{inst}，欠款总额{amount}。",
          "每期款项将从以下账户自动扣划：{pay}。",
          "如情况变化，请在还款日前致电{sw}。"],
    chat=[("D", "你好，我收到案件{acct}的短信，一次还不上。"),
          ("A", "感谢联系。为核实身份，请提供出生日期。"),
          ("D", "{dob}"),
          ("A", "谢谢。欠款余额{amount}，今天能先还一笔吗？"),
          ("D", "现在可以还{inst}，以后每月一样。卡号{card}，持卡人{holder}。"),
          ("A", "扣款成功，凭证发到{email}。已登记{date}的还款承诺。")],
    comp=["我对案件{acct}的催收方式提出投诉。",
          "贵司催收员两次打电话到我单位，而我已要求只通过书面联系。另外我对新增的{amount}费用有异议。",
          "请书面答复或发至{email}。我的电话：{phone}。"],
    call=[("A", "您好，请问是{name}吗？"),
          ("T", "我是{third}，是委托代理人。"),
          ("A", "在谈欠款之前，我需要授权委托书的复印件。"),
          ("D", "现在是我本人。可以，{third}可以代表我。"),
          ("A", "谢谢。案件{acct}还欠{amount}。"),
          ("T", "我们每月能还{inst}。请打我电话{tphone}。")],
    visit="{time}上门。{third}开门，称债务人在上班。未扣押财产，已留通知。",
    visit2="债务人在场。对一辆车制作了查封笔录。执法记录仪{cam}全程录像。",
    vuln="客户称家中近期有亲人去世，正在接受抑郁症治疗。案件暂停30天。",
    vuln2="{charity}的{rep}在帮他做预算，来往信件抄送对方。直线电话：{rphone}。",
    notice=["节假日办公室关闭；还款热线{sw}每天8:00-20:00开放。",
            "可在{web}办理或调整分期。",
            "信件请寄{office}，注明案件号。",
            "投诉邮箱：{role}。"],
    check=["检查函件是否正确引用{cite}。",
           "是否告知债务人异议权利？",
           "移交法务前重新计算利息（{rate}）。",
           "晚上9点后不得致电；检查外呼排班。"],
    naw=["祝大家平安顺利，月底冲刺加油。", "海燕台风过境，外访顺延一天。"],
)

T["ja"] = dict(
    req=["送る前に整えてもらえますか。金額はそのままで。",
         "チームリーダー向けに三行でまとめてください。",
         "毅然としつつ丁寧な表現に書き直してください。当社の回収ガイドラインに沿って。"],
    f=dict(name="氏名", dob="生年月日", addr="住所", phone="携帯電話", email="メール",
           prev="旧住所", partner="配偶者", employer="勤務先", rep="代理人"),
    lba_subj="法的手続き前のご通知 – 管理番号 {acct}",
    lba=["当社は{creditor}より委託を受け、お客様の未払金{amount}についてご連絡しております。",
         "{deadline}までにお支払いまたは分割のご相談がない場合、債権者は法的手続きに移行する場合があります（{cite}）。",
         "お支払い方法：{pay}。お問い合わせ{sw}、{web}。お困りの方は{charity}で無料相談ができます。"],
    close="敬具",
    plan_subj="分割払いのご確認 – 管理番号 {acct}",
    plan=["{date}のお電話ありがとうございました。合意内容：{start}から毎月{inst}、残高{amount}。",
          "口座振替：{pay}。",
          "ご事情が変わった場合は、支払日前に{sw}までご連絡ください。"],
    chat=[("D", "管理番号{acct}の件でSMSが届きました。一括では払えません。"),
          ("A", "ご連絡ありがとうございます。ご本人確認のため生年月日をお願いします。"),
          ("D", "{dob}"),
          ("A", "ありがとうございます。残高は{amount}です。本日、初回のお支払いは可能ですか。"),
          ("D", "今{inst}払えます。来月からも同額で。カード{card}、名義{holder}です。"),
          ("A", "決済が完了しました。領収書は{email}に送ります。{date}の支払約束を登録しました。")],
    comp=["管理番号{acct}の回収方法について苦情を申し立てます。",
          "書面での連絡のみをお願いしていたのに、担当者が勤務先に二度電話してきました。また、追加された{amount}の費用にも異議があります。",
          "書面または{email}でご回答ください。電話：{phone}。"],
    call=[("A", "お世話になっております。{name}様はいらっしゃいますか。"),
          ("T", "代理人の{third}です。この件は私が対応します。"),
          ("A", "債務のお話の前に、委任状の写しをいただけますか。"),
          ("D", "本人です。はい、{third}さんに任せます。"),
          ("A", "ありがとうございます。管理番号{acct}の残高は{amount}です。"),
          ("T", "月{inst}なら払えます。私の携帯{tphone}にお願いします。")],
    visit="{time}訪問。{third}が応対し、債務者は勤務中とのこと。差押えなし、不在票を投函。",
    visit2="債務者在宅。自動車一台の差押調書を作成。ボディカメラ{cam}で全行程録画。",
    vuln="顧客より最近家族を亡くし、うつ病の治療中との申告。30日間督促停止。",
    vuln2="{charity}の{rep}さんが家計の見直しを支援中。書面は写しを送付。直通：{rphone}。",
    notice=["祝日は休業します。支払専用ダイヤル{sw}は8時から20時まで受付。",
            "分割払いの申込み・変更は{web}から。",
            "郵送先：{office}（管理番号をご記入ください）。",
            "苦情窓口：{role}。"],
    check=["通知書が{cite}を正しく引用しているか確認。",
           "勤務先への電話は禁止事項に該当しないか。",
           "法的措置の前に利息（{rate}）を再計算。",
           "21時以降の架電なし、発信スケジュールを確認。"],
    naw=["誠実な対応を最優先にしてください。", "光回線の工事のため、午後はシステムが止まります。"],
)

T["ko"] = dict(
    req=["보내기 전에 다듬어 줄래요? 금액은 그대로 두세요.",
         "팀장님 보고용으로 세 줄 요약해 주세요.",
         "단호하지만 정중하게, 우리 추심 지침에 맞게 다시 써 주세요."],
    f=dict(name="성명", dob="생년월일", addr="주소", phone="휴대전화", email="이메일",
           prev="이전 주소", partner="배우자", employer="직장", rep="대리인"),
    lba_subj="법적 조치 전 최고서 – 관리번호 {acct}",
    lba=["당사는 {creditor}의 위임을 받아 귀하의 연체 채무 {amount}에 대해 안내드립니다.",
         "{deadline}까지 상환하거나 분할 상환을 협의하지 않으면 채권자는 법적 절차를 진행할 수 있습니다({cite}).",
         "납부 방법: {pay}. 문의 {sw}, {web}. 어려우신 경우 {charity}에서 무료 상담을 받을 수 있습니다."],
    close="감사합니다.",
    plan_subj="분할 상환 약정 – 관리번호 {acct}",
    plan=["{date} 통화 감사합니다. 약정 내용: {start}부터 매월 {inst}, 채무 잔액 {amount}.",
          "자동이체 계좌: {pay}.",
          "사정이 바뀌면 납부일 전에 {sw}로 연락 주세요."],
    chat=[("D", "안녕하세요, 관리번호 {acct} 문자 받았어요. 한 번에는 못 갚아요."),
          ("A", "연락 감사합니다. 본인 확인을 위해 생년월일 부탁드립니다."),
          ("D", "{dob}"),
          ("A", "감사합니다. 잔액은 {amount}입니다. 오늘 첫 납부 가능하실까요?"),
          ("D", "지금 {inst} 내고 매달 같은 금액으로 할게요. 카드 {card}, 명의 {holder}."),
          ("A", "결제 완료됐습니다. 영수증은 {email}로 갑니다. {date} 납부 약속 등록했습니다.")],
    comp=["관리번호 {acct} 추심 방식에 대해 민원을 제기합니다.",
          "서면 연락만 요청했는데도 담당자가 직장에 두 번 전화했습니다. 추가된 {amount} 비용에도 이의가 있습니다.",
          "서면이나 {email}로 답변 바랍니다. 연락처: {phone}."],
    call=[("A", "안녕하세요, {name} 님 맞으신가요?"),
          ("T", "대리인 {third}입니다. 이 건은 제가 맡고 있어요."),
          ("A", "채무 말씀 전에 위임장 사본이 필요합니다."),
          ("D", "이제 본인입니다. 네, {third} 씨가 대신 말해도 됩니다."),
          ("A", "감사합니다. 관리번호 {acct} 잔액은 {amount}입니다."),
          ("T", "매달 {inst}씩 가능해요. 제 번호 {tphone}로 연락 주세요.")],
    visit="{time} 방문. {third} 씨가 응대했고 채무자는 출근했다고 함. 압류 없음, 안내문 부착.",
    visit2="채무자 재실. 차량 1대 압류 조서 작성. 바디캠 {cam} 전 과정 녹화.",
    vuln="고객이 최근 가족상을 당했고 우울증 치료 중이라고 알림. 30일간 추심 중지.",
    vuln2="{charity}의 {rep} 님이 예산 수립을 돕는 중; 서신 사본 발송. 직통: {rphone}.",
    notice=["공휴일에는 사무실이 쉽니다. 납부 전용 전화 {sw}는 오전 8시~오후 8시 운영합니다.",
            "분할 상환 신청·변경은 {web}에서 가능합니다.",
            "우편은 {office}로 보내 주시고 관리번호를 적어 주세요.",
            "민원: {role}."],
    check=["최고서가 {cite}를 정확히 인용하는지 확인.",
           "오후 9시 이후 연락 금지 준수 여부.",
           "법적 조치 전 이자({rate}) 재계산.",
           "관계인에게 채무 사실을 알리지 않았는지 확인."],
    naw=["하늘이 맑아서 현장 방문이 순조로웠습니다.", "보람 있는 한 주였습니다, 모두 수고하셨습니다."],
)

T["vi"] = dict(
    req=["Chỉnh lại giúp em trước khi gửi nhé, giữ nguyên số tiền.",
         "Tóm tắt giúp em thành ba ý cho trưởng nhóm.",
         "Viết lại giúp em cho cứng rắn nhưng lịch sự, đúng quy trình thu hồi nợ của công ty."],
    f=dict(name="Họ và tên", dob="Ngày sinh", addr="Địa chỉ", phone="Số điện thoại", email="Email",
           prev="Địa chỉ cũ", partner="Vợ/chồng", employer="Nơi làm việc", rep="Người đại diện"),
    lba_subj="Thông báo trước khi khởi kiện – hồ sơ {acct}",
    lba=["Chúng tôi được {creditor} ủy quyền liên hệ về khoản nợ quá hạn {amount} của quý khách.",
         "Nếu không thanh toán hoặc thỏa thuận trả góp trước {deadline}, bên cho vay có thể khởi kiện theo {cite}.",
         "Thanh toán: {pay}. Điện thoại {sw}, website {web}. Tư vấn miễn phí tại {charity}."],
    close="Trân trọng,",
    plan_subj="Thỏa thuận trả góp – hồ sơ {acct}",
    plan=["Cảm ơn quý khách đã trao đổi vào {date}. Xác nhận thỏa thuận: mỗi tháng {inst} từ {start}, tổng nợ {amount}.",
          "Tiền góp sẽ được trích tự động từ tài khoản: {pay}.",
          "Nếu hoàn cảnh thay đổi, vui lòng gọi {sw} trước ngày đến hạn."],
    chat=[("D", "Chào anh, em nhận tin nhắn về hồ sơ {acct}. Em không trả một lần được."),
          ("A", "Cảm ơn chị đã liên hệ. Chị cho em xin ngày sinh để xác minh nhé."),
          ("D", "{dob}"),
          ("A", "Cảm ơn chị. Dư nợ là {amount}. Hôm nay chị trả trước một phần được không?"),
          ("D", "Em trả {inst} bây giờ, rồi tháng nào cũng vậy. Thẻ {card}, chủ thẻ {holder}."),
          ("A", "Đã thanh toán xong. Biên nhận gửi về {email}. Em ghi hẹn trả ngày {date} rồi ạ.")],
    comp=["Tôi khiếu nại về cách xử lý hồ sơ {acct}.",
          "Nhân viên của công ty gọi đến cơ quan tôi hai lần, dù tôi đã yêu cầu chỉ liên hệ bằng văn bản. Tôi cũng không đồng ý khoản phí {amount}.",
          "Đề nghị trả lời bằng văn bản hoặc qua {email}. Số điện thoại: {phone}."],
    call=[("A", "Chào chị, cho em gặp {name} ạ."),
          ("T", "Tôi là {third}, người được ủy quyền."),
          ("A", "Em cần bản sao giấy ủy quyền trước khi trao đổi về khoản nợ."),
          ("D", "Tôi đây. Vâng, {third} được nói thay tôi."),
          ("A", "Cảm ơn chị. Hồ sơ {acct} còn {amount}."),
          ("T", "Mỗi tháng trả được {inst}. Gọi cho tôi số {tphone}.")],
    visit="Đến lúc {time}. {third} ra mở cửa, cho biết người nợ đi làm. Không kê biên, đã để lại thông báo.",
    visit2="Người nợ có mặt. Lập biên bản kê biên một xe máy. Camera đeo người {cam} ghi hình suốt buổi.",
    vuln="Khách hàng cho biết gia đình vừa có người mất và đang điều trị trầm cảm. Tạm dừng 30 ngày.",
    vuln2="{rep} của {charity} đang giúp lập ngân sách; gửi bản sao thư từ. Số trực tiếp: {rphone}.",
    notice=["Văn phòng nghỉ ngày lễ; đường dây thanh toán {sw} mở từ 8 giờ đến 20 giờ.",
            "Đăng ký hoặc thay đổi trả góp tại {web}.",
            "Thư từ gửi về {office}, ghi rõ số hồ sơ.",
            "Khiếu nại: {role}."],
    check=["Kiểm tra thư trích dẫn đúng {cite}.",
           "Không gọi quá 5 lần mỗi ngày cho người nợ?",
           "Tính lại lãi ({rate}) trước khi chuyển pháp chế.",
           "Không liên hệ người thân không có nghĩa vụ trả nợ."],
    naw=["Hòa giải với khách nợ là bước đầu tiên.", "Thành công của quý này nhờ cả nhóm."],
    female_debtor=True,
)

# speakers whose frames mark grammatical gender
GENDER = {"pl": {"D": False}, "ru": {"D": False}, "he": {"D": False, "T": False}, "ar": {"D": False, "T": False},
          "hi": {"D": False, "T": False}, "th": {"D": True, "T": True, "A": False}, "vi": {"D": True, "T": True, "A": False},
          "el": {"T": False}, "pt": {"T": False}, "it": {"T": False}, "fr": {"T": True}, "de": {"T": True}}


def sex_for(lang, role):
    """True (female), False (male) or None where the frame is neutral."""
    g = GENDER.get(lang, {})
    return g.get(role)


# ============================================================ look-alikes

def acct_ref(R, cc):
    k = R.randint(0, 4)
    return N(["%s-%d" % (R.choice(["COL", "ACC", "PLC"]), R.randint(100000, 9999999)),
              "%d/%d/%02d" % (R.randint(100, 9999), R.randint(1, 99), R.randint(20, 26)),
              "%s%07d" % (R.choice("ABKMR"), R.randint(0, 9999999)),
              "%d-%04d" % (R.randint(2019, 2026), R.randint(1, 9999)),
              "%d" % R.randint(10000000, 99999999)][k], "account_ref")


def placement_ref(R):
    return N("PL-%d-%03d" % (R.randint(2024, 2026), R.randint(1, 999)), "placement_ref")


def warrant_ref(R, cc):
    return N(R.choice(["W%d%05d" % (R.randint(24, 26), R.randint(0, 99999)),
                       "%s/%d/%d" % (R.choice(["DR", "Km", "EX"]), R.randint(100, 9999), R.randint(2024, 2026))]), "warrant_ref")


def claim_no(R):
    return N(R.choice(["K%dQZ%03d" % (R.randint(0, 9), R.randint(0, 999)), "%d C %d/%d" % (R.randint(1, 40), R.randint(100, 9999), R.randint(24, 26))]), "claim_number")


def cam_serial(R):
    return N(R.choice(["BWC-%05d" % R.randint(0, 99999), "AX3-%s" % rnd_upper(R, 8), "VB400-%06d" % R.randint(0, 999999)]), "bodycam_serial")


def terminal_serial(R):
    return N(R.choice(["TID %08d" % R.randint(0, 99999999), "S/N %s-%s" % (rnd_upper(R, 3), digits(R, 6)), "PAX A920 %s" % digits(R, 10)]), "terminal_serial")


def rnd_upper(R, n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def rate(R):
    return N(R.choice(["%d,%d %%" % (R.randint(2, 19), R.randint(0, 9)), "%d.%d%%" % (R.randint(2, 29), R.randint(0, 9))]), "interest_rate")


def hhmm(R, lo=8, hi=20):
    return N("%02d:%02d" % (R.randint(lo, hi - 1), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])), "time")


def cite(R, cc):
    return N(R.choice(CITES[cc]), "law_citation")


def web(cc):
    return N("www." + AGENCY[cc][1], "website")


def sw(cc):
    return N(AGENCY[cc][3], "switchboard")


def office(cc):
    return N(AGENCY[cc][2], "agency_address")


def creditor(R, cc):
    return N(R.choice(CREDITOR[cc]), "creditor")


def charity(cc):
    return N(CHARITY[cc][0], "debt_charity")


def eponym(R, cc):
    return N(R.choice(EPONYM[cc]), "eponym")


def naw(R, lang):
    return N(R.choice(T[lang]["naw"]), "name_as_word")


def pdate(R, cc, lo=1, hi=330):
    return N(plain_date(R, cc, 2026, lo, hi), "date")


TEST_CARDS = ["4242 4242 4242 4242", "4000 0000 0000 0002", "5555 5555 5555 4444", "4000 0000 0000 9995",
              "3782 822463 10005", "4111 1111 1111 1111", "5200 8282 8282 8210"]
TEST_CARD_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


# ============================================================ frame fill

def fill(frame, **kw):
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", frame):
        out.append(frame[pos:m.start()])
        v = kw[m.group(1)]
        out.append(v)
        pos = m.end()
    out.append(frame[pos:])
    return out


def request(R, lang, parts, k=None, en_reqs=None):
    """Wraps a paste with a request in the text's language, before or after
    it, sometimes in triple quotes, after a --- rule or around a fence."""
    reqs = en_reqs or T[lang]["req"]
    q = reqs[k] if k is not None else R.choice(reqs)
    style = R.randint(0, 4)
    if style == 0:
        return [q, "\n\n", parts]
    if style == 1:
        return [parts, "\n\n", q]
    if style == 2:
        return [q, '\n"""\n', parts, '\n"""']
    if style == 3:
        return [parts, "\n---\n", q]
    return [q, "\n```\n", parts, "\n```"]


def P(p, text=None, sub=None, **meta):
    """A person label."""
    m = dict(meta)
    if sub:
        m["sub"] = sub
    return L("person", text if text is not None else p.full(), **m)


def chat_lines(R, lang, cc, lines, names, kw, ts=True):
    """Chat export lines: [d/m/yyyy, hh:mm] Sender: text."""
    out = []
    h, mnt = R.randint(8, 18), R.randint(0, 50)
    day = plain_date(R, cc, 2026, 1, 300)
    for i, (who, frame) in enumerate(lines):
        mnt += R.randint(1, 4)
        if mnt >= 60:
            h, mnt = h + 1, mnt - 60
        stamp = "[%s %02d:%02d] " % (day, h, mnt)
        out += [N(stamp, "timestamp") if ts else "", names[who], ": "] + fill(frame, **kw) + ["\n"]
    return out


# ====================================================== labelled templates
TEMPLATES = []


def tpl(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, clean))
        return fn
    return deco


def name_label(p, sub=None):
    """The person's name as a form or letter prints it (ФИО in RU)."""
    if p.cc == "RU":
        return P(p, p.fio(), sub)
    return P(p, p.full(), sub)


def salutation(lang, p):
    f = p.female
    if lang == "en":
        return ["Dear " + ("Ms " if f else "Mr "), P(p, p.family), ","]
    if lang == "de":
        return ["Sehr geehrte Frau " if f else "Sehr geehrter Herr ", P(p, p.family), ","]
    if lang == "fr":
        return ["Madame," if f else "Monsieur,"]
    if lang == "es":
        return ["Estimada Sra. " if f else "Estimado Sr. ", P(p, p.surname()), ":"]
    if lang == "it":
        return ["Gentile ", P(p), ","]
    if lang == "nl":
        return ["Geachte ", P(p), ","]
    if lang == "pt":
        return ["Prezada " if f else "Prezado ", P(p), ","]
    if lang == "pl":
        return ["Szanowna Pani," if f else "Szanowny Panie,"]
    if lang == "ru":
        return ["Уважаемая " if f else "Уважаемый ", P(p, p.io()), "!"]
    if lang == "el":
        return ["Αξιότιμη κυρία," if f else "Αξιότιμε κύριε,"]
    if lang == "tr":
        return ["Sayın ", P(p), ","]
    if lang == "he":
        return ["שלום ", P(p), ","]
    if lang == "ar":
        return ["السيدة/ " if f else "السيد/ ", P(p), "،"]
    if lang == "hi":
        return ["प्रिय ", P(p), " जी,"]
    if lang == "th":
        return ["เรียน คุณ", P(p)]
    if lang == "zh":
        return [P(p), "女士：" if f else "先生："]
    if lang == "ja":
        return [P(p), " 様"]
    if lang == "ko":
        return [P(p), " 님께"]
    if lang == "vi":
        return ["Kính gửi bà " if f else "Kính gửi ông ", P(p), ","]


def agent_sign(R, cc, a, role_box="collections"):
    out = [P(a, sub="staff"), "\n", N(AGENCY[cc][0], "agency"), "\n"]
    if R.random() < 0.55:
        out.append(work_email(R, cc, a))
    else:
        out.append(role_mail(cc, role_box))
    return out


def pay_details(R, cc, holder_org=True):
    """How the debtor pays the agency: the client account IBAN (labelled,
    holder org) where IBANs are used, national account details else."""
    if cc in IBAN_CC:
        return iban(R, cc, holder="org")
    return natl_account(R, cc)


def letterhead(R, cc):
    return [N(AGENCY[cc][0], "agency"), "\n", office(cc), " · ", sw(cc), " · ", web(cc), "\n\n"]


@tpl(48)
def account_file(R, cc):
    lang = LANG[cc]
    f = T[lang]["f"]
    d, a, gu = draw_people(R, cc, 3)
    b = rand_dob(R)
    rows = ["COLLECTIONS SYSTEM · Debtor account\n",
            "Account ref: ", acct_ref(R, cc), "   Placement: ", placement_ref(R), "\n",
            "Creditor: ", creditor(R, cc), "   Balance: ", money(R, cc, 150, 9000, "balance"),
            "   Last payment: ", pdate(R, cc), "\n",
            "Status: ", R.choice(["ACTIVE - arrangement broken", "ACTIVE - no contact", "HOLD - dispute", "ACTIVE - promise to pay"]), "\n",
            "-- Debtor --\n",
            f["name"], ": ", name_label(d), "\n",
            f["dob"], ": ", dob(R, cc, b), "\n",
            ID_FIELD[cc], ": ", gov_id(R, cc, d, b), "\n"]
    if cc in ("US", "GB") and R.random() < 0.35:
        rows += ["Passport no. (ID check): ", L("gov_id", passport_make(R, cc), sub="passport", country=cc), "\n"]
    rows += [f["addr"], ": ", addr(R, cc), "\n",
             f["phone"], ": ", phone(R, cc, abroad=0.08), "\n"]
    if R.random() < 0.7:
        rows += [f["email"], ": ", email(R, cc, d), "\n"]
    if R.random() < 0.3:
        rows += ["Guarantor: ", name_label(gu), ", ", phone(R, cc, abroad=0.1), "\n"]
    rows += ["Assigned agent: ", P(a, sub="staff")]
    if R.random() < 0.5:
        rows += [" <", work_email(R, cc, a), ">"]
    rows += ["\n"]
    if R.random() < 0.3:
        rows += ["Note: ", naw(R, lang), "\n"]
    if R.random() < 0.3:
        rows += ["Interest: ", rate(R), "   Claim: ", claim_no(R), "\n"]
    return "form", lang, request(R, lang, rows)


def csv_q(s):
    return '"' + s + '"'


@tpl(44)
def placement_file(R, cc):
    lang = LANG[cc]
    k = R.randint(3, 4) if cc != "RU" else 3
    people = draw_people(R, cc, k + 2)
    ag, cs = people[-2], people[-1]
    people = people[:-1]
    rows = ["Placement file from ", creditor(R, cc), " - batch ", placement_ref(R), ", received ", pdate(R, cc),
            ", sent by ", P(cs, sub="creditor_staff"), "\n",
            "```csv\naccount_no,debtor_name,date_of_birth,address,mobile,email,balance,default_date\n"]
    for p in people[:-1]:
        rows += [acct_ref(R, cc), ",", '"', name_label(p), '",', dob(R, cc, None, False), ',"', addr(R, cc), '",',
                 phone(R, cc, abroad=0.06), ","]
        if R.random() < 0.75:
            rows.append(email(R, cc, p))
        rows += [',"', money(R, cc, 80, 6000, "balance"), '",', pdate(R, cc, 1, 200), "\n"]
    rows += ["```\nLoaded by ", P(ag, ag.first(), sub="staff"), "; ", N("%d" % k, "count"), " accounts, 0 rejected."]
    reqs = ["Check this placement file for obvious errors before I load it.",
            "Turn this into a tidy table, one row per debtor.",
            "What should I take out before I send this to the software vendor's support desk?"]
    return "csv", lang, request(R, lang, rows, en_reqs=reqs)


@tpl(44)
def letter_before_action(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d, a = draw_people(R, cc, 2)
    acct = acct_ref(R, cc)
    kw = dict(acct=acct, creditor=creditor(R, cc), amount=money(R, cc, 200, 7000), deadline=pdate(R, cc, 200, 330),
              cite=cite(R, cc), pay=pay_details(R, cc), sw=sw(cc), web=web(cc), charity=charity(cc))
    body = []
    for line in t["lba"]:
        body += fill(line, **kw) + ["\n\n"]
    rows = letterhead(R, cc) + [pdate(R, cc, 150, 200), "\n\n", name_label(d), "\n", addr(R, cc), "\n\n"] + \
        fill(t["lba_subj"], acct=acct) + ["\n\n"] + salutation(lang, d) + ["\n\n"] + body + \
        [t["close"], "\n"] + agent_sign(R, cc, a)
    return "letter", lang, request(R, lang, rows, k=R.choice([0, 2]))


@tpl(40)
def payment_plan_letter(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d, a = draw_people(R, cc, 2)
    acct = acct_ref(R, cc)
    if cc in IBAN_CC:
        pay = iban(R, cc)
    elif R.random() < 0.5:
        pay = N("**** **** **** %s" % digits(R, 4), "masked_card")
    else:
        pay = natl_account(R, cc, org=False)
    kw = dict(acct=acct, date=pdate(R, cc, 100, 150), inst=money(R, cc, 10, 120, "instalment"),
              start=pdate(R, cc, 160, 200), amount=money(R, cc, 300, 5000), pay=pay, sw=sw(cc))
    body = []
    for line in t["plan"]:
        body += fill(line, **kw) + ["\n\n"]
    rows = letterhead(R, cc) + [name_label(d), "\n", addr(R, cc), "\n\n"] + fill(t["plan_subj"], acct=acct) + \
        ["\n\n"] + salutation(lang, d) + ["\n\n"] + body + [t["close"], "\n"] + agent_sign(R, cc, a)
    return "letter", lang, request(R, lang, rows, k=R.choice([0, 2]))


@tpl(40)
def income_expenditure(R, cc):
    lang = LANG[cc]
    f = T[lang]["f"]
    d, partner, a = draw_people(R, cc, 3)
    b = rand_dob(R)
    rows = ["INCOME & EXPENDITURE · Standard Financial Statement\n",
            "Case: ", acct_ref(R, cc), "   Completed: ", pdate(R, cc), "\n\n",
            f["name"], ": ", name_label(d), "\n", f["dob"], ": ", dob(R, cc, b), "\n",
            f["addr"], ": ", addr(R, cc), "\n", f["phone"], ": ", phone(R, cc), "\n"]
    if R.random() < 0.4:
        rows += [ID_FIELD[cc], ": ", gov_id(R, cc, d, b), "\n"]
    rows += [f["partner"], ": ", name_label(partner), "   Dependants: ", N(str(R.randint(0, 4)), "count"), "\n",
             f["employer"], ": ", N(R.choice(["warehouse", "care home", "bakery", "hospital", "call centre"]), "job_title"), "\n\n",
             "Income (monthly): wages ", money(R, cc, 900, 2600), ", benefits ", money(R, cc, 50, 600), "\n",
             "Outgoings: rent ", money(R, cc, 300, 1100), ", energy ", money(R, cc, 60, 220), ", food ", money(R, cc, 200, 500), "\n",
             "Disposable income: ", money(R, cc, 30, 150), "   Offer: ", money(R, cc, 5, 25, "instalment"), " / month\n"]
    if R.random() < 0.3:
        rows += ["Completed with: ", P(a, sub="adviser"), " (", charity(cc), ")\n"]
    else:
        rows += ["Agent: ", P(a, a.first(), sub="staff"), "\n"]
    return "form", lang, request(R, lang, rows)


@tpl(44)
def promise_chat(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d = draw_name(R, cc, sex_for(lang, "D"))
    a = draw_name(R, cc, sex_for(lang, "A"), avoid=[d])
    b = rand_dob(R)
    names = {"D": P(d, d.first()), "A": P(a, a.first(), sub="staff")}
    c = card(R, cc)
    kw = dict(acct=acct_ref(R, cc), dob=dob(R, cc, b), amount=money(R, cc, 150, 3000), inst=money(R, cc, 10, 100, "instalment"),
              card=c, holder=P(d, d.caps()), email=email(R, cc, d), date=pdate(R, cc, 200, 300))
    rows = chat_lines(R, lang, cc, t["chat"], names, kw)
    return "chat_export", lang, request(R, lang, rows)


@tpl(44)
def dd_mandate(R, cc):
    lang = LANG[cc]
    f = T[lang]["f"]
    d, a = draw_people(R, cc, 2)
    refund = R.random() < 0.4
    rows = ["REFUND REQUEST\n" if refund else "DIRECT DEBIT MANDATE\n",
            "Creditor: ", N(AGENCY[cc][0], "agency"), "   Ref: ", acct_ref(R, cc), "\n"]
    if cc in IBAN_CC:
        rows += ["Creditor identifier: ", N("%s%02dZZZ%s" % (cc, R.randint(10, 99), digits(R, 8)), "creditor_id"), "\n"]
    rows += [f["name"], ": ", name_label(d), "\n", f["addr"], ": ", addr(R, cc), "\n"]
    if cc in IBAN_CC:
        rows += ["IBAN: ", iban(R, cc), "\nBIC: ", N("".join(R.choice(string.ascii_uppercase) for _ in range(4)) + cc + "XX", "bic"), "\n"]
    else:
        rows += ["Account: ", natl_account(R, cc, org=False), "\n"]
        if refund and R.random() < 0.6:
            rows += ["Refund to card: ", card(R, cc), "\n"]
    has_mail = R.random() < 0.6
    if has_mail:
        rows += [f["email"], ": ", email(R, cc, d), "\n"]
    if R.random() < 0.5 or not has_mail:
        rows += [f["phone"], ": ", phone(R, cc), "\n"]
    if refund:
        rows += ["Refund amount: ", money(R, cc, 20, 600), " (overpayment after settlement on ", pdate(R, cc), ")\n"]
    else:
        rows += ["Amount: ", money(R, cc, 10, 150, "instalment"), " monthly, first collection ", pdate(R, cc), "\n"]
    rows += ["Processed by: ", P(a, sub="staff"), "\n"]
    return "form", lang, request(R, lang, rows)


@tpl(44)
def trace_notes(R, cc):
    lang = LANG[cc]
    f = T[lang]["f"]
    d, rel, a = draw_people(R, cc, 3)
    b = rand_dob(R)
    rows = ["TRACE RESULT · skip-trace request ", acct_ref(R, cc), "\n",
            "Subject: ", name_label(d), "\n", f["dob"], ": ", dob(R, cc, b), "\n"]
    if R.random() < 0.45:
        rows += [ID_FIELD[cc], ": ", gov_id(R, cc, d, b), " (matched)\n"]
    rows += [
            f["prev"], ": ", addr(R, cc), " (gone away, mail returned ", pdate(R, cc, 1, 120), ")\n",
            f["addr"], ": ", addr(R, cc), " (confirmed, 2 sources)\n",
            f["phone"], ": ", phone(R, cc, abroad=0.1), " (new, live)\n"]
    if R.random() < 0.5:
        rows += [f["email"], ": ", email(R, cc, d), "\n"]
    rows += [f["employer"], ": ", N(R.choice(["warehouse operative", "delivery driver", "care assistant", "cleaner", "kitchen porter"]), "job_title"), "\n"]
    if R.random() < 0.6:
        rows += ["Relative at previous address: ", name_label(rel), ", ", phone(R, cc), "\n"]
    rows += ["Score: ", N("%d/100" % R.randint(40, 99), "score"), "   Traced by: ", P(a, a.first(), sub="staff"), "\n"]
    return "notes", lang, request(R, lang, rows)


@tpl(44)
def visit_report(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d = draw_name(R, cc)
    third = draw_name(R, cc, sex_for(lang, "T"), avoid=[d])
    off = draw_name(R, cc, None, avoid=[d, third])
    rows = ["ENFORCEMENT VISIT REPORT\n",
            "Warrant: ", warrant_ref(R, cc), "   Claim: ", claim_no(R), "   Client: ", creditor(R, cc), "\n",
            "Debtor: ", name_label(d), "\n", "Address: ", addr(R, cc), "\n",
            "Visit: ", pdate(R, cc), "   Officer: ", P(off, sub="staff"), " (cert. ", N("EA%05d" % R.randint(0, 99999), "certificate_no"), ")\n",
            "Outstanding: ", money(R, cc, 300, 8000), "\n\n"]
    if R.random() < 0.6:
        rows += fill(t["visit"], time=hhmm(R), third=P(third, third.full())) + ["\n"]
    else:
        rows += fill(t["visit2"], cam=cam_serial(R)) + ["\n", "Vehicle: ", N("%s %s" % (rnd_upper(R, 3), digits(R, 3)), "plate"), "\n"]
    if R.random() < 0.5:
        rows += ["Debtor phone: ", phone(R, cc), "\n"]
    return "report", lang, request(R, lang, rows)


@tpl(40)
def vulnerability_note(R, cc):
    lang = LANG[cc]
    t = T[lang]
    f = t["f"]
    d, rep, a = draw_people(R, cc, 3)
    b = rand_dob(R, 1940, 1990)
    rows = ["VULNERABILITY / HARDSHIP NOTE · ", acct_ref(R, cc), "\n",
            f["name"], ": ", name_label(d), "   ", f["dob"], ": ", dob(R, cc, b), "\n",
            f["phone"], ": ", phone(R, cc), "\n\n", t["vuln"], "\n"]
    rows += fill(t["vuln2"], rep=P(rep, rep.full(), sub="adviser"), charity=charity(cc), rphone=phone(R, cc)) + ["\n"]
    rows += ["Review: ", pdate(R, cc, 200, 330), "   Logged by: ", P(a, sub="staff"), "\n"]
    return "notes", lang, request(R, lang, rows)


@tpl(40)
def complaint_email(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d = draw_name(R, cc, sex_for(lang, "D"))
    em = email(R, cc, d)
    acct = acct_ref(R, cc)
    rows = ["From: ", name_label(d), " <", em, ">\nTo: ", role_mail(cc, "complaints"), "\nDate: ", pdate(R, cc),
            "\nSubject: ", acct, "\n\n"]
    kw = dict(acct=acct, amount=money(R, cc, 30, 400), email=em, phone=phone(R, cc))
    for line in t["comp"]:
        rows += fill(line, **kw) + ["\n\n"]
    rows += [name_label(d), "\n", addr(R, cc)]
    return "email", lang, request(R, lang, rows)


@tpl(44)
def call_transcript(R, cc):
    lang = LANG[cc]
    t = T[lang]
    d = draw_name(R, cc, sex_for(lang, "D"))
    third = draw_name(R, cc, sex_for(lang, "T"), avoid=[d])
    a = draw_name(R, cc, sex_for(lang, "A"), avoid=[d, third])
    names = {"A": P(a, a.first(), sub="staff"), "D": P(d, d.first()), "T": P(third, third.first())}
    kw = dict(name=P(d, d.full()), third=P(third, third.full()), acct=acct_ref(R, cc), amount=money(R, cc, 200, 5000),
              inst=money(R, cc, 10, 100, "instalment"), tphone=phone(R, cc, abroad=0.15))
    rows = ["Call recording transcript · ", N("REC-%08d" % R.randint(0, 99999999), "recording_id"), "\n"]
    rows += chat_lines(R, lang, cc, t["call"], names, kw, ts=False)
    return "transcript", lang, request(R, lang, rows)


@tpl(48)
def debt_sale_export(R, cc):
    lang = "en"
    k = R.randint(2, 3)
    people = draw_people(R, cc, k)
    js = R.random() < 0.58
    rows = []
    if js:
        rows += ['{"batch": "', placement_ref(R), '", "seller": "', N(CREDITOR[cc][0], "creditor"), '", "accounts": [\n']
        for i, p in enumerate(people):
            rows += ['  {"account_ref": "', acct_ref(R, cc), '", "debtor": {"name": "', name_label(p), '", "dob": "',
                     dob(R, cc, None, "iso"), '", "mobile": "', phone(R, cc, e164=True), '"']
            if R.random() < 0.8:
                rows += [', "email": "', email(R, cc, p), '"']
            rows += [', "address": "', addr(R, cc), '"}, "face_value": "', money(R, cc, 100, 9000), '", "last_login_ip": "',
                     ip_global(R, R.random() < 0.25), '"}', ",\n" if i < k - 1 else "\n"]
        rows += ["]}"]
        form = "json"
    else:
        rows += ["account_ref,name,dob,mobile,email,address,face_value,last_login_ip\n"]
        for p in people:
            rows += [acct_ref(R, cc), ",", name_label(p), ",", dob(R, cc, None, "iso"), ",", phone(R, cc, e164=True), ",",
                     email(R, cc, p), ',"', addr(R, cc), '","', money(R, cc, 100, 9000), '",', ip_global(R, R.random() < 0.25), "\n"]
        form = "csv"
    reqs = ["Turn this into a tidy table, one row per debtor.",
            "What should I take out before I send this to the buyer's due-diligence team?",
            "Can you check these records for duplicates?"]
    return form, lang, request(R, lang, rows, en_reqs=reqs)


@tpl(36)
def collections_env(R, cc):
    lang = "en"
    o = draw_name(R, cc)
    rows = ["# collections-portal/.env (owner: ", P(o, o.first(), sub="staff"), " ", work_email(R, cc, o), ")\n",
            "APP_ENV=production\n",
            "DATABASE_URL=postgres://collect_app:", L("secret", secret_random(R, "password"), sub="password"), "@",
            N(ip_lan(R), "private_ip"), ":5432/collections\n",
            "PAYMENT_GATEWAY_SECRET=", L("secret", "sk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), sub="stripe"), "\n",
            "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
            "SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n",
            "TWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n",
            "DIALLER_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
            "PORTAL_JWT=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    if R.random() < 0.4:
        rows += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    rows += ["MAIL_FROM=", role_mail(cc, "noreply"), "\n",
             "BODYCAM_SYNC_HOST=", N(ip_lan(R), "private_ip"), "\n",
             "ADMIN_ALLOWLIST=", ip_global(R, R.random() < 0.2), "\n",
             "STAGING_WEBHOOK_SOURCE=", N(ip_doc(R), "doc_ip"), "\n"]
    reqs = ["What should I take out before I send this to the software vendor's support desk?",
            "Why does the portal say the payment gateway secret is invalid?",
            "Can you turn this into a docker-compose environment block?"]
    return "config", lang, request(R, lang, rows, en_reqs=reqs)


# ========================================================= clean templates

@tpl(40, clean=True)
def office_notice(R, cc):
    lang = LANG[cc]
    t = T[lang]
    kw = dict(sw=sw(cc), web=web(cc), office=office(cc), role=role_mail(cc, R.choice(["complaints", "info", "payments"])))
    rows = [N(AGENCY[cc][0], "agency"), "\n\n"]
    lines = list(t["notice"])
    R.shuffle(lines)
    for line in lines[:R.randint(3, 4)]:
        rows += ["- "] + fill(line, **kw) + ["\n"]
    if R.random() < 0.6:
        rows += ["- ", naw(R, lang), "\n"]
    if R.random() < 0.4:
        rows += ["- ", eponym(R, cc), "\n"]
    return "notice", lang, request(R, lang, rows, k=R.choice([0, 1]))


@tpl(40, clean=True)
def collections_dashboard(R, cc):
    rows = ["Collections dashboard · week ", N(str(R.randint(1, 52)), "week"), " · ", N(AGENCY[cc][0], "agency"), "\n"]
    for cr in CREDITOR[cc]:
        rows += [N(cr, "creditor"), ": placements ", N(str(R.randint(40, 900)), "count"), ", collected ",
                 money(R, cc, 2000, 90000), ", right-party contact ", N("%d%%" % R.randint(20, 70), "percent"),
                 ", PTP kept ", N("%d%%" % R.randint(40, 90), "percent"), "\n"]
    rows += ["Top escalation: ", acct_ref(R, cc), " (", money(R, cc, 2000, 20000), "), hearing ", pdate(R, cc), "\n",
             "Warrants issued: ", N(str(R.randint(3, 80)), "count"), " (batch ", warrant_ref(R, cc), ")\n",
             "Dialler: ", N("%d calls, %d%% abandoned" % (R.randint(2000, 30000), R.randint(1, 5)), "count"), "\n"]
    if R.random() < 0.5:
        rows += ["Interest applied at ", rate(R), " per ", cite(R, cc), "\n"]
    if R.random() < 0.4:
        rows += ["Team offsite: ", eponym(R, cc), "\n"]
    reqs = ["Summarise this dashboard in three bullet points for the client review.",
            "Which of these figures should worry us most?",
            "Turn this into a short email to the operations director."]
    return "report", "en", request(R, "en", rows, en_reqs=reqs)


@tpl(40, clean=True)
def terminal_log(R, cc):
    rows = []
    t0 = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 12), R.randint(0, 59), R.randint(0, 59))
    term = terminal_serial(R)
    host = ip_lan(R)
    for i in range(R.randint(5, 8)):
        t0 += datetime.timedelta(seconds=R.randint(3, 400))
        ev = R.choice(["AUTH_REQ", "AUTH_OK", "AUTH_DECLINED 05", "BATCH_CLOSE", "KEY_ROTATE", "PIN_ENTRY_TIMEOUT", "AUTH_OK"])
        rows += [N(t0.strftime("%Y-%m-%dT%H:%M:%S"), "timestamp"), " ", term if i == 0 else N("term=%s" % digits(R, 4), "terminal_id"),
                 " host=", N(host, "private_ip"), " ev=", ev, " card=", N("************%s" % digits(R, 4), "masked_card"),
                 " amt=", money(R, cc, 5, 300), " auth=", N(rnd_upper(R, 6), "auth_code"), "\n"]
    rows += ["webhook from ", N(ip_doc(R), "doc_ip"), " -> HTTP 200\n"]
    reqs = ["Why does this card terminal keep timing out on PIN entry?",
            "Can you explain what these terminal events mean?",
            "Summarise what happened in this log."]
    return "log", "en", request(R, "en", rows, en_reqs=reqs)


@tpl(40, clean=True)
def payment_uat_notes(R, cc):
    rows = ["UAT · debtor payment portal · build ", N("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 30)), "version"), "\n"]
    cards = R.sample(TEST_CARDS, 3)
    for c in cards:
        ok = c.replace(" ", "") not in ("4000000000000002", "4000000000009995")
        rows += ["- ", N(c, "test_card"), " exp ", N("%02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), " CVC ",
                 N(digits(R, 3), "cvc"), ": ", "approved" if ok else "declined", "\n"]
    bad = "4" + digits(R, 14)
    bad = bad + str((int(luhn_complete(bad)[-1]) + 3) % 10)
    rows += ["- ", N(group(bad), "luhn_fail"), " rejected client-side (Luhn) as expected\n",
             "- receipt e-mail to ", N("test.debtor@example.com", "example_email"), ", SMS to ", N("+00 000 000 000", "sample_phone"), "\n",
             "- keys: ", N("${PAYMENT_GATEWAY_SECRET}", "placeholder"), ", ", N("<sendgrid-api-key>", "placeholder"), ", ",
             N("sk_test_xxxxxxxxxxxxxxxx", "placeholder"), "\n",
             "- callbacks from ", N(ip_doc(R), "doc_ip"), " and ", N("2001:db8::%x" % R.randint(1, 0xfff), "doc_ip"),
             ", app at ", N(ip_lan(R), "private_ip"), "\n"]
    if R.random() < 0.6:
        rows += ["- ", naw(R, "en"), "\n"]
    reqs = ["Turn these UAT notes into a test checklist.", "Are any of these card numbers real?",
            "What is missing from this test plan?"]
    return "list", "en", request(R, "en", rows, en_reqs=reqs)


@tpl(40, clean=True)
def compliance_checklist(R, cc):
    lang = LANG[cc]
    t = T[lang]
    rows = [N(AGENCY[cc][0], "agency"), " · compliance\n"]
    for line in t["check"]:
        rows += ["[ ] "] + fill(line, cite=cite(R, cc), rate=rate(R)) + ["\n"]
    if R.random() < 0.5:
        rows += ["[ ] ", eponym(R, cc), "\n"]
    if R.random() < 0.5:
        rows += ["[ ] ", naw(R, lang), "\n"]
    return "checklist", lang, request(R, lang, rows, k=R.choice([0, 1]))


# ================================================================== rules
NAME_WORDS = all_name_words()
LATIN_NW = {w for w in NAME_WORDS if re.fullmatch(r"[A-Za-zÀ-ɏḀ-ỿ'\-]+", w)}
OTHER_NW = {w for w in NAME_WORDS - LATIN_NW if len(w) >= 2}
AGENCY_DOMAINS = {a[1] for a in AGENCY.values()}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])((?:[0-9a-fA-F]{1,4}:){2,7}:?[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{1,4})*)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){8,32})")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "#"
    return "".join(t)


def label_problem(sp):
    v, ty = sp["value"], sp["type"]
    if "\n" in v:
        return "label across a line break"
    if ty == "gov_id" and not gov_id_ok(v, sp.get("sub"), sp.get("country")):
        return "bad gov id %s" % v
    if ty == "iban" and not (iban_ok(v) and v.replace(" ", "").replace("\u00a0", "")[:2].upper() == sp.get("sub")):
        return "bad iban %s" % v
    if ty == "card":
        dg = re.sub(r"\D", "", v)
        if not luhn_ok(dg) or dg in TEST_CARD_DIGITS:
            return "bad card %s" % v
    if ty == "email":
        m = EMAIL_RE.fullmatch(v)
        if not m or "example" in m.group(1).split("."):
            return "bad email %s" % v
    if ty == "ip":
        try:
            if not ipaddress.ip_address(v).is_global:
                return "non-global ip label %s" % v
        except ValueError:
            return "bad ip %s" % v
    return None


def label_words(v):
    parts = {p.casefold() for p in PARTICLES} | {"van", "thi"}
    ws = {w.casefold() for w in re.findall(r"[^\W\d_]+", v) if w.casefold() not in parts and len(w) >= 2}
    for w in OTHER_NW:
        if w in v:
            ws.add(w)
    return ws


def rule_problems(rec, clean):
    probs = []
    try:
        check_record(rec)
    except AssertionError as e:
        probs.append("check_record")
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        probs.append("length %d" % len(t))
    if clean and rec["spans"]:
        probs.append("clean record with labels")
    if not clean and not rec["spans"]:
        probs.append("labelled record without labels")
    for sp in rec["spans"]:
        p = label_problem(sp)
        if p:
            probs.append(p)
    m = masked(rec)
    for em in EMAIL_RE.finditer(m):
        dom = em.group(1)
        if dom not in AGENCY_DOMAINS and "example" not in dom.split("."):
            probs.append("e-mail outside a label: " + em.group(0))
    for ip in IPV4_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                probs.append("global IPv4 outside a label: " + ip)
        except ValueError:
            pass
    for ip in IPV6_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                probs.append("global IPv6 outside a label: " + ip)
        except ValueError:
            pass
    lw = luhn_windows(m, TEST_CARD_DIGITS)
    if lw:
        probs.append("Luhn-valid run outside labels: " + lw[0])
    for cand in IBAN_RE.findall(m):
        c = cand.replace(" ", "").replace("\u00a0", "")
        n = IBAN_LEN_X.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            probs.append("valid IBAN outside a label: " + c[:n])
    for w in re.findall(r"[^\W\d_]+", m):
        if w in LATIN_NW:
            probs.append("name word outside labels: " + w)
    for w in OTHER_NW:
        if w in m:
            probs.append("name word outside labels: " + w)
    persons = [sp["value"] for sp in rec["spans"] if sp["type"] == "person"]
    ws = [label_words(v) for v in set(persons)]
    for i in range(len(ws)):
        for j in range(i + 1, len(ws)):
            if ws[i] & ws[j] and not (ws[i] <= ws[j] or ws[j] <= ws[i]):
                probs.append("two people share a name word: %s" % sorted(ws[i] & ws[j]))
    return probs


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ============================================================ generation

def candidates():
    """Every candidate of every template, in order, with its rule problems."""
    out = []
    for ti, (name, count, fn, clean) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = CCS[(i + 5 * ti) % len(CCS)]
            form, lang, parts = fn(R, cc)
            rec = build("", form, lang, parts)
            out.append(dict(tpl=name, i=i, cc=cc, clean=clean, rec=rec, probs=rule_problems(rec, clean)))
    return out


def generate(verbose=False):
    cands = candidates()
    items = sorted({ph for c in cands if not c["probs"] for ph in phones_of(c["rec"])})
    bad = pv_check(items)
    if bad is None:
        sys.exit("pv (/tmp/pv/pv) is missing: phones cannot be checked")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    for c in cands:
        for ph in phones_of(c["rec"]):
            if ph in badset:
                c["probs"].append("phone pv rejects: %s %s %s" % ph)
    kept, seen = [], set()
    for name, count, fn, clean in TEMPLATES:
        n = 0
        for c in cands:
            if c["tpl"] != name or n >= count:
                continue
            if c["rec"]["text"] in seen:
                c["probs"].append("repeated text")
            if c["probs"]:
                continue
            seen.add(c["rec"]["text"])
            kept.append(c)
            n += 1
        if n < count:
            sys.exit("template %s: only %d of %d candidates pass" % (name, n, count))
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    recs = []
    for k, c in enumerate(kept):
        rec = dict(c["rec"])
        rec["id"] = "%s%05d" % (PREFIX, k)
        rec = {"id": rec["id"], "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"],
               **({"neg": rec["neg"]} if "neg" in rec else {})}
        recs.append(rec)
        c["rec"] = rec
    return recs, kept, cands


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    clean = sum(1 for r in recs if not r["spans"])
    if len(recs) != 800 or clean != 200:
        errs.append("split: %d records, %d clean" % (len(recs), clean))
    texts = Counter(r["text"] for r in recs)
    if any(v > 1 for v in texts.values()):
        errs.append("repeated texts")
    items = []
    for r in recs:
        for p in rule_problems(r, not r["spans"]):
            errs.append("%s: %s" % (r["id"], p))
        items += phones_of(r)
    bad = pv_check(sorted(set(items)))
    if bad is None:
        errs.append("pv missing")
    else:
        errs += ["pv: " + b for b in bad]
    regen, _, _ = generate()
    if dumps(regen) != data:
        errs.append("regenerating does not give the file byte for byte")
    nlab = sum(len(r["spans"]) for r in recs)
    print("%d records, %d clean, %d labels, %d phones checked with pv" % (len(recs), clean, nlab, len(set(items))))
    if errs:
        print("\n".join(errs[:50]))
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK: every checksum, format, phone and rule holds; the file regenerates byte for byte")


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    _, kept, cands = generate()
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("types:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled):", ", ".join("%s %d" % kv for kv in Counter(c["cc"] for c in kept if not c["clean"]).most_common()))
    print("templates:", ", ".join("%s %d" % kv for kv in Counter(c["tpl"] for c in kept).items()))
    for ty in ("gov_id", "card", "iban", "secret", "email", "ip"):
        print(ty + ":", ", ".join("%s %d" % kv for kv in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones: %d, +CC %d, from abroad %d (%s)" % (len(ph), sum(1 for s in ph if s["value"].startswith("+")),
          sum(1 for s in ph if "plan" in s), ", ".join("%s %d" % kv for kv in Counter(s["plan"] for s in ph if "plan" in s).most_common())))
    print("phone regions:", ", ".join("%s %d" % kv for kv in sorted(Counter(s["region"] for s in ph).items())))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length %d-%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    print("distinct person values:", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    drops = Counter()
    kept_ids = {(c["tpl"], c["i"]) for c in kept}
    for c in cands:
        if c["probs"]:
            drops[c["probs"][0].split(":")[0]] += 1
    print("candidates %d, dropped (first rule):" % len(cands), ", ".join("%s %d" % kv for kv in drops.most_common()))


def main():
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    else:
        recs, _, _ = generate()
        write_jsonl(OUT, recs)
        print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
