#!/usr/bin/python3
"""Held-out part 61 of the redaction corpus (heldout61.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 59
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 27's and part 55's
decisions on driving licences, plates and VINs, part 49's on candidates,
pupils, parents and school numbers, part 23's on register numbers as
restated by part 59), lines 1-100 of gen_heldout33.py and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run only through `pv_check`); not the redactor, its docs,
its tests, the other generators' bodies or any .jsonl data file other than
its own output. It ran no project binary, no make, no cmake/ctest and no
git command, and it did not score this file. `pv_check` is reused as is;
the CLI layout (rewrite / --check / --stats) imitates part 33's header.

Theme: DRIVING SCHOOLS, INSTRUCTORS AND DRIVING-TEST CENTRES. What
driving-school office staff, instructors, test-centre clerks, examiners'
admin and their IT support paste into an assistant, from 20 countries in
19 languages: learner enrolment forms (a parent for under-18s),
provisional-licence and theory-certificate checks, lesson booking and
cancellation messages, block-booking invoices and payment plans, card
payments typed into chats, test booking confirmations and reschedule
requests, examiner fault sheets, medical and eyesight declarations,
instructor licence renewals, vehicle insurance forms, complaint and refund
letters, chats with learners and parents, booking-system exports (JSON,
CSV) and system .env files. Hard negatives of the theme everywhere:
registration plates, VINs, licence categories, test and booking
references, theory pass numbers, fault counts and manoeuvre codes, lesson
times, fees, instructors' ADI and badge numbers, the schools' and test
centres' addresses, switchboards, websites and role mailboxes, device
serials, private and documentation IPs, test cards, name-as-word
sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
610613, shuffle seed 610614; each candidate seeded by
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout61.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout61.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout61.py --stats   # counts
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
                       iban_mod97, IBAN_LEN, iban_random, group,
                       nino_random, NINO_BAD_PREFIX, nhs_ok, nhs_random,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz, ssn_random, ssn_valid)

SEED = 610613
SHUFFLE_SEED = 610614
OUT = os.path.join(HERE, "heldout61.jsonl")
PREFIX = "heldout-bi-"


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
    m = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (d.year % 100, m, d.day, R.randint(0, 999),
                                   R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + pesel_check(body)


def pesel_check(b10):
    s = sum(int(c) * w for c, w in zip(b10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return str((10 - s % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and pesel_check(s[:10]) == s[10]


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    c = s % 101
    return "00" if c == 100 else "%02d" % c


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    body = "%02d%02d%02d%04d" % (d.day, d.month, d.year % 100, R.randint(0, 9999))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def amka_ok(s, d=None):
    return len(s) == 11 and s.isdigit() and luhn_ok(s) and \
        (d is None or s[:6] == "%02d%02d%02d" % (d.day, d.month, d.year % 100))


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
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 \
        and d[10] == sum(d[:10]) % 10


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def tz_make(R):
    while True:
        b = str(R.randint(1, 3)) + digits(R, 7)
        for c in "0123456789":
            if tz_ok(b + c):
                return b + c


def thai_check(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thai_make(R):
    b = R.choice("1235") + digits(R, 11)
    return b + thai_check(b)


def thai_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and thai_check(d[:12]) == d[12]


def thai_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_AREAS = ["320102", "320506", "430104", "370212", "350203", "610113"]


def cnid_check(b17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(b17, CN_W)) % 11]


def cnid_make(R, d, female):
    seq = R.randint(0, 99) * 10 + R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    b = R.choice(CN_AREAS) + d.strftime("%Y%m%d") + "%03d" % seq
    return b + cnid_check(b)


def cnid_ok(s, d=None):
    return len(s) == 18 and s[:17].isdigit() and cnid_check(s[:17]) == s[17] and \
        (d is None or s[6:14] == d.strftime("%Y%m%d"))


def mynumber_check(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    b = nz(R, 11)
    return b + mynumber_check(b)


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check(d[:11]) == d[11]


def rrn_check(d12):
    return str((11 - sum(int(c) * w for c, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10)


def rrn_make(R, d, female):
    g = (3 if d.year >= 2000 else 1) + (1 if female else 0)
    b = d.strftime("%y%m%d") + str(g) + digits(R, 5)
    return "%s-%s" % (b[:6], b[6:] + rrn_check(b))


def rrn_ok(s, d=None):
    x = s.replace("-", "")
    return len(x) == 13 and x.isdigit() and rrn_check(x[:12]) == x[12] and \
        (d is None or x[:6] == d.strftime("%y%m%d"))


VN_PROV = ["001", "031", "048", "079", "092", "038", "046"]


def cccd_make(R, d, female):
    g = (2 if d.year >= 2000 else 0) + (1 if female else 0)
    return R.choice(VN_PROV) + str(g) + "%02d" % (d.year % 100) + digits(R, 6)


def cccd_ok(s, d=None):
    return len(s) == 12 and s.isdigit() and s[:3] in VN_PROV and s[3] in "0123" and \
        (d is None or s[4:6] == "%02d" % (d.year % 100))


EG_GOV = ["01", "02", "12", "13", "14", "16", "21"]


def egid_make(R, d, female):
    c = "3" if d.year >= 2000 else "2"
    return c + d.strftime("%y%m%d") + R.choice(EG_GOV) + digits(R, 3) + \
        R.choice("02468" if female else "13579") + digits(R, 1)


def egid_ok(s, d=None):
    if len(s) != 14 or not s.isdigit() or s[0] not in "23" or s[7:9] not in EG_GOV:
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return True


def dvla_make(R, family_roman, given_roman, d, female, middle=""):
    fam = re.sub(r"[^A-Z]", "", family_roman.upper())
    s5 = (fam + "99999")[:5]
    mm = d.month + (50 if female else 0)
    core = "%s%s%02d%02d%s" % (s5, str(d.year)[2], mm, d.day, str(d.year)[3])
    ini = (given_roman[0] + (middle[:1] or "9")).upper()
    return core + ini + "9" + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)


def dvla_ok(s, d=None, female=None):
    m = re.fullmatch(r"[A-Z9]{5}(\d)(\d\d)(\d\d)(\d)[A-Z][A-Z9]9[A-Z]{2}", s)
    if not m:
        return False
    mm = int(m.group(2))
    if not (1 <= mm <= 12 or 51 <= mm <= 62) or not 1 <= int(m.group(3)) <= 31:
        return False
    if d is not None and (m.group(1) != str(d.year)[2] or m.group(4) != str(d.year)[3]
                          or int(m.group(3)) != d.day or mm % 50 != d.month):
        return False
    return female is None or (mm > 50) == female
# ====================================================================== locales and names
# Hand-written for this part. Non-Latin entries are "native|roman" (the roman
# form is used for e-mail local parts only). Family names "male/female" where
# the language has female forms (PL, RU, GR). Vietnamese given names are two
# syllables joined by "+".
NAMES = {
    "US": ("Roscoe Rhett Beckham Ezekiel Cordell Quentin Tobiah Cleon",
           "Marlowe Delphine Oakley Wrenna Juniper Tallulah Verity Blythe",
           "Ostrander Ebersole Zollinger Haskell Alderete Ruggiero Vanderbeek Sumrall Calloway Eskew"),
    "GB": ("Alasdair Oswin Rafferty Wilfrid Tarquin Ellis Lorcan Piers",
           "Hermione Perpetua Isolde Fenella Tansy Araminta Bryony Henrietta",
           "Haythornthwaite Lightowler Sowerby Ridley-Hurst Brocklebank Beddoes Frobisher Shacklock Mottram Sugden"),
    "DE": ("Volkmar Willibald Reinmar Sigismund Hartmut Lutz Eberhard Kunibert",
           "Sieglinde Hildegunde Rotraud Wolfhild Traudel Reinhild Ottilie Friedlinde",
           "Brinkhaus Achterberg Ziegenhagen Kuckertz Wolkenhauer Quernheim Pfeilsticker Dreesbach Heckelmann Scharnagl"),
    "FR": ("Anatole Gaspard Fulbert Ambroise Séverin Léandre Octave Aymeric",
           "Pélagie Eugénie Fleurine Aurélie Ghislaine Capucine Solange Amadée",
           "Vaillancourt Pennanech Boisvert Chabanel Lemarquis Duplantier Montgaillard Riboulet Tréhorel Maillochon"),
    "ES": ("Fulgencio Teodosio Anselmo Baltasar Casimiro Evaristo Gumersindo Leandro",
           "Honorata Fructuosa Hermelinda Leocadia Clodomira Socorro Herminia Trinidad",
           "Etxabe Zabaleta Arteaga Gorostiza Ibargüengoitia Echenique Aizpurua Loinaz Oyarzábal Txurruka"),
    "IT": ("Ugolino Ermanno Corrado Brunello Costanzo Ubaldo Tancredi Lamberto",
           "Ornella Gelsomina Annunziata Zelinda Clelia Diomira Benedetta Ludovica",
           "Scaramuzza Pipitone Carnevali Carrozzino Tagliaferri Sanguineti Cacciapuoti Bonaccorsi Lanzavecchia Mezzasalma"),
    "NL": ("Wigbold Sjoerd Tjalling Menno Reinier Gijsbert Folkert Ruurd",
           "Geertruida Roelfje Wilhelmien Aaltje Sieuwke Gerdien Jacoba Fenneke",
           "Ouwerkerk Kuipers Dijkgraaf Hoogendoorn Wolthuis Vlietstra Zuidema Terpstra Blokzijl Veldkamp"),
    "BR": ("Odorico Arlindo Clodoaldo Ednaldo Waldemar Jurandir Anacleto Gumercindo",
           "Rosicleide Marinalva Luzinete Edivânia Francinete Josefa Creusa Iolanda",
           "Damasceno Cavalcanti Bezerra Cordeiro Rabelo Mesquita Peixoto Carvalhal Siqueira Sodré"),
    "PL": ("Bogumił Przemysław Zdzisław Wiesław Radosław Lechosław Dobrosław Kazimierz",
           "Bożena Jadwiga Wiesława Grażyna Halina Bronisława Teodozja Sławomira",
           "Szczepaniak Chrzanowski/Chrzanowska Pietrzak Gąsiorowski/Gąsiorowska Kaczmarczyk Siwiec Ciesielski/Ciesielska Brzozowski/Brzozowska Kowalczuk Wawrzyniak"),
    "RU": ("Всеволод|Vsevolod Святополк|Svyatopolk Ростислав|Rostislav Мирон|Miron Терентий|Terentiy Игнатий|Ignatiy Тимофей|Timofey Филарет|Filaret",
           "Агафья|Agafya Пелагея|Pelageya Василиса|Vasilisa Ульяна|Ulyana Прасковья|Praskovya Олимпиада|Olimpiada Снежана|Snezhana Аглая|Aglaya",
           "Голованов/Голованова|Golovanov/Golovanova Черемисин/Черемисина|Cheremisin/Cheremisina Охлобыстин/Охлобыстина|Okhlobystin/Okhlobystina Зарубин/Зарубина|Zarubin/Zarubina Пестов/Пестова|Pestov/Pestova Востриков/Вострикова|Vostrikov/Vostrikova Крутиков/Крутикова|Krutikov/Krutikova Лукашин/Лукашина|Lukashin/Lukashina"),
    "GR": ("Παντελεήμων|Panteleimon Χαράλαμπος|Charalampos Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Στυλιανός|Stylianos Ευάγγελος|Evangelos Σπυρίδων|Spyridon",
           "Αικατερίνη|Aikaterini Παναγιώτα|Panagiota Χρυσούλα|Chrysoula Ευανθία|Evanthia Θεοδώρα|Theodora Αγλαΐα|Aglaia Καλλιόπη|Kalliopi Σταυρούλα|Stavroula",
           "Παπαθανασίου/Παπαθανασίου|Papathanasiou/Papathanasiou Χατζηιωάννου/Χατζηιωάννου|Chatziioannou/Chatziioannou Τσιμπούκης/Τσιμπούκη|Tsimpoukis/Tsimpouki Κοντοστάθης/Κοντοστάθη|Kontostathis/Kontostathi Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou Καραβίας/Καραβία|Karavias/Karavia Ζαφειρίου/Ζαφειρίου|Zafeiriou/Zafeiriou Δρακόπουλος/Δρακοπούλου|Drakopoulos/Drakopoulou"),
    "TR": ("Berkant Emirhan Kayahan Doğukan Ertuğrul Alpaslan Yiğitcan Serhat",
           "Gülbahar Nurcihan Şenay Yeşim Dilruba Feraye Gülşah Ayşenur",
           "Karaosmanoğlu Tekinalp Sarıkaya Bozkurt Çelebioğlu Yazıcıoğlu Erdemli Kuşçuoğlu Tosunoğlu Akbulut"),
    "IL": ("אליקים|Elyakim אלנתן|Elnatan יהונתן|Yehonatan צוריאל|Tzuriel נתנאל|Netanel אלישע|Elisha ברוך|Baruch זבולון|Zevulun",
           "אביטל|Avital צביה|Tzvia הדסה|Hadassa זהבה|Zehava אורנה|Orna שלומית|Shlomit בתשבע|Batsheva יוכבד|Yocheved",
           "חזיזה|Haziza אלמליח|Elmaliach טננבאום|Tenenbaum זילברשטיין|Silberstein קרמרמן|Kramerman חדד|Hadad רוזנטל|Rosenthal גרינברג|Greenberg"),
    "EG": ("عبدالرحمن|Abdelrahman شريف|Sherif مصطفى|Mostafa عصام|Essam حازم|Hazem طارق|Tarek وليد|Walid سامح|Sameh",
           "نرمين|Nermin شيرين|Shereen رانيا|Rania غادة|Ghada نشوى|Nashwa دعاء|Doaa إيناس|Enas منار|Manar",
           "الأبنودي|Elabnoudy النحاس|Elnahhas السمالوطي|Elsamalouty العشماوي|Elashmawy الجرجاوي|Elgergawy الزفتاوي|Elzeftawy الشبراوي|Elshabrawy القليوبي|Elqalyouby"),
    "IN": ("प्रद्युम्न|Pradyumna ऋतुराज|Rituraj शिवांश|Shivansh दिग्विजय|Digvijay योगेश्वर|Yogeshwar तेजस्वी|Tejasvi ओजस|Ojas चिरंजीव|Chiranjeev",
           "गार्गी|Gargi वैदेही|Vaidehi मृणालिनी|Mrinalini सुहासिनी|Suhasini ऋचा|Richa लावण्या|Lavanya यामिनी|Yamini कादंबरी|Kadambari",
           "चतुर्वेदी|Chaturvedi वाजपेयी|Vajpeyi बुंदेला|Bundela भदौरिया|Bhadauria परिहार|Parihar रघुवंशी|Raghuvanshi सेंगर|Sengar अग्निहोत्री|Agnihotri"),
    "TH": ("ธนกฤต|Thanakrit ภูริพัฒน์|Phuriphat ณัฐวุฒิ|Nattawut กิตติภูมิ|Kittiphum วรเมธ|Worameth ศุภวิชญ์|Suphawit ปกรณ์|Pakorn ชยพล|Chayaphon",
           "พิมพ์ชนก|Pimchanok ณัฐธิดา|Natthida กัญญาณัฐ|Kanyanat ปุณยวีร์|Punyawee ชลธิชา|Chonticha วรรณวิสา|Wannawisa ธัญชนก|Thanchanok อรจิรา|Onjira",
           "ศรีสุวรรณ|Srisuwan วงศ์ไพบูลย์|Wongpaiboon เจริญผล|Charoenphon ทองประเสริฐ|Thongprasert แสงอรุณ|Saengarun บุญญาศิริ|Boonyasiri รัตนพันธ์|Rattanaphan พึ่งทอง|Phuengthong"),
    "CN": ("浩然|Haoran 子轩|Zixuan 俊熙|Junxi 明哲|Mingzhe 晟睿|Shengrui 煜祺|Yuqi 泽宇|Zeyu 梓豪|Zihao",
           "若曦|Ruoxi 欣妍|Xinyan 诗涵|Shihan 梦琪|Mengqi 雨萱|Yuxuan 思彤|Sitong 芷若|Zhiruo 佳怡|Jiayi",
           "缪|Miao 裘|Qiu 查|Zha 阮|Ruan 戴|Dai 钮|Niu 邵|Shao 滕|Teng"),
    "JP": ("颯太|Sota 蓮|Ren 大翔|Hiroto 湊|Minato 悠真|Yuma 陽翔|Haruto 樹|Itsuki 蒼|Aoi",
           "結菜|Yuina 結衣|Yui 紬|Tsumugi 朱莉|Juri 凛|Rin 千尋|Chihiro 百合子|Yuriko 菫|Sumire",
           "勅使河原|Teshigawara 小鳥遊|Takanashi 長谷部|Hasebe 小野寺|Onodera 東海林|Shoji 御手洗|Mitarai 波多野|Hatano 二階堂|Nikaido"),
    "KR": ("도윤|Doyun 시우|Siwoo 하준|Hajun 은호|Eunho 건우|Gunwoo 지환|Jihwan 하람|Haram 로운|Rowoon",
           "서아|Seoa 하윤|Hayun 지아|Jia 채원|Chaewon 수아|Sua 서린|Seorin 다온|Daon 예린|Yerin",
           "명|Myung 금|Geum 길|Gil 왕|Wang 엄|Eom 변|Byun 추|Choo 현|Hyun"),
    "VN": ("Tấn+Khởi Điền+Luật Triều+Chiến Vỹ+Hoan Liêm+Chương Thuần+Tráng Nhuận+Tòng Hậu+Lực",
           "Tịnh+Vân Dạ+Huyên Duyệt+Hân Oánh+Nhung Hường+Lài Thủy+Thương Thiêm+Phấn Vân+Kiệm",
           "Tô Viên Sầm Khuất Thiệu Mạch Lữ Nhan"),
}


# ====================================================================== locales
CCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU",
       "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar",
        "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}
FEMALE_FORMS = {"PL", "RU", "GR"}
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
           "GB": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk"],
           "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
           "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com"],
           "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
           "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
           "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
           "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
           "RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
           "GR": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"],
           "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il", "bezeqint.net"],
           "EG": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
           "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
           "TH": ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com"],
           "CN": ["qq.com", "163.com", "126.com", "sina.com"],
           "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
           "KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
           "VN": ["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com"]}

# --- streets and towns (hand-written for this part)
STREETS = {
    "US": ["Sassafras Bend Rd", "Persimmon Ridge Dr", "Old Ferry Landing Rd", "Buckeye Glen Ct", "Sorghum Mill Ln"],
    "GB": ["Tanpit Lane", "Saddler's Row", "Skinnergate Close", "Glebe Fold", "Cobbler's Wynd"],
    "DE": ["Hopfengartenweg", "Am Walkgraben", "Zehntscheuerstraße", "Kirschsteige", "Flachsrösteweg"],
    "FR": ["rue des Cordiers", "impasse du Pressoir", "allée des Chaumes", "chemin de la Fontaine-Rouge", "rue du Four-Banal"],
    "ES": ["calle del Albéitar", "calle de los Cordeleros", "travesía del Pozo Nuevo", "avenida de la Ribera", "calle del Tinte"],
    "IT": ["Via dei Cestai", "Vicolo del Forno Vecchio", "Via Fossa dei Mulini", "Via dei Lanaioli", "Viale dei Tigli Bassi"],
    "NL": ["Kuiperstraat", "Touwslagerslaan", "Bleekveldweg", "Turfschipperspad", "Lakenweversgang"],
    "BR": ["Rua dos Seringueiros", "Travessa do Engenho Velho", "Rua Cacimba Nova", "Avenida dos Tropeiros", "Rua do Monjolo"],
    "PL": ["ul. Powroźnicza", "ul. Garncarska", "ul. Kołodziejska", "ul. Bednarska", "ul. Przędzalniana"],
    "RU": ["ул. Бондарная", "Гончарный пер.", "ул. Ямская", "Кожевенная ул.", "ул. Ткацкая"],
    "GR": ["Βυρσοδεψών", "Σιδηρουργών", "Καλαφατάδων", "Αγγειοπλαστών", "Σαμαράδων"],
    "TR": ["Kazancılar Sk.", "Semerciler Cd.", "Keçeciler Sk.", "Dökümcüler Sk.", "Bakırcılar Sk."],
    "IL": ["רחוב הצורפים", "רחוב הנפחים", "שדרות הכורמים", "רחוב הרצענים", "רחוב הזגגים"],
    "EG": ["شارع الفخارين", "شارع الخيامية", "شارع السروجية", "شارع الصباغين", "شارع الحدادين"],
    "IN": ["गली नं. 4, कृष्णा कॉलोनी", "बजरंग मार्ग, गोविंदपुरी", "बाग़ मोहल्ला", "नई बस्ती, घंटाघर चौक", "पुरानी छावनी"],
    "TH": ["ซอยช่างทอง ถนนศรีจันทร์", "ซอยโรงสี ถนนมิตรสัมพันธ์", "ซอยตลาดเก่า ถนนหน้าเมือง", "ซอยบ่อน้ำ ถนนกลางเมือง"],
    "CN": ["箍桶巷", "铜匠街", "织锦路", "柳荫路", "染坊弄"],
    "JP": ["湊町四丁目", "鍛冶屋町二丁目", "紺屋町一丁目", "桶屋町三丁目"],
    "KR": ["대장간길", "옹기골로", "베틀길", "물레방아로"],
    "VN": ["đường Lò Rèn", "đường Thợ Nhuộm", "ngõ Thợ Thiếc", "đường Cối Xay"],
}
TOWNS = {
    "US": [("Ottumwa", "IA", "52501"), ("Pocatello", "ID", "83201"), ("Bemidji", "MN", "56601"), ("Hattiesburg", "MS", "39401")],
    "GB": [("Appleby-in-Westmorland", "CA16"), ("Hexham", "NE46"), ("Ludlow", "SY8"), ("Okehampton", "EX20")],
    "DE": [("Lichtenfels", "962", "LIF"), ("Uelzen", "295", "UE"), ("Detmold", "327", "LIP"), ("Deggendorf", "944", "DEG")],
    "FR": [("Chalon-sur-Saône", "71100"), ("Millau", "12100"), ("Pontivy", "56300"), ("Épinal", "88000")],
    "ES": [("Burgos", "090"), ("Cáceres", "100"), ("Lugo", "270"), ("Barbastro", "223")],
    "IT": [("Parma", "431", "PR"), ("Lecce", "731", "LE"), ("Rovigo", "451", "RO"), ("Macerata", "621", "MC")],
    "NL": [("Zwolle", "80"), ("Harderwijk", "38"), ("Nunspeet", "80"), ("Winterswijk", "71")],
    "BR": [("Uberlândia", "MG", "384"), ("Londrina", "PR", "860"), ("Juazeiro do Norte", "CE", "630"), ("Petrolina", "PE", "563")],
    "PL": [("Lublin", "20"), ("Olsztyn", "10"), ("Rzeszów", "35"), ("Opole", "45")],
    "RU": [("Тамбов", "392"), ("Кострома", "156"), ("Вологда", "160"), ("Псков", "180")],
    "GR": [("Πάτρα", "262"), ("Λάρισα", "412"), ("Χανιά", "731"), ("Βέροια", "591")],
    "TR": [("Merkez/Kütahya", "430"), ("Merkez/Uşak", "640"), ("Meram/Konya", "420"), ("Merkez/Isparta", "320")],
    "IL": [("רחובות", "76"), ("כפר סבא", "44"), ("נהריה", "22"), ("טבריה", "14")],
    "EG": [("شربين، الدقهلية", ""), ("طنطا، الغربية", ""), ("الزقازيق، الشرقية", ""), ("بنها، القليوبية", "")],
    "IN": [("ग्वालियर, मध्य प्रदेश", "4740"), ("झाँसी, उत्तर प्रदेश", "2840"), ("सागर, मध्य प्रदेश", "4700"), ("सतना, मध्य प्रदेश", "4850")],
    "TH": [("อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"), ("อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000"),
           ("อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์", "60000"), ("อำเภอเมืองลำปาง จังหวัดลำปาง", "52000")],
    "CN": [("江苏省扬州市广陵区", "225002"), ("湖南省株洲市芦淞区", "412000"), ("山东省潍坊市奎文区", "261031"), ("福建省泉州市鲤城区", "362000")],
    "JP": [("愛媛県今治市", "794"), ("群馬県前橋市", "371"), ("北海道釧路市", "085"), ("鳥取県米子市", "683")],
    "KR": [("충청북도 청주시 상당구", "28"), ("전라북도 전주시 완산구", "55"), ("강원도 춘천시", "24"), ("전라남도 여수시", "59")],
    "VN": [("thành phố Sa Đéc, Đồng Tháp", ""), ("phường Lam Sơn, thành phố Thanh Hóa", ""),
           ("thị xã Sa Pa, Lào Cai", ""), ("thành phố Huế", "")],
}
UK_PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def address(R, cc):
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    if cc == "US":
        unit = R.choice(["", ", Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), ", Unit %d" % R.randint(2, 40)])
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9899), st, unit, t[0], t[1], t[2])
    if cc == "GB":
        pc = "%s %d%s%s" % (t[1], R.randint(1, 9), R.choice(UK_PC_TAIL), R.choice(UK_PC_TAIL))
        flat = R.choice(["", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s" % (flat, n, st, t[0], pc)
    if cc == "DE":
        return "%s %d%s, %s%02d %s" % (st, n, R.choice(["", "", "a", "b"]), t[1], R.randint(1, 99), t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis", " ter"]), st, t[1], t[0])
    if cc == "ES":
        return "%s %d, %dº %s, %s%02d %s" % (st[0].upper() + st[1:], n, R.randint(1, 6), R.choice("ABCD"), t[1], R.randint(1, 12), t[0])
    if cc == "IT":
        return "%s %d, %s%02d %s (%s)" % (st, n, t[1], R.randint(0, 99), t[0], t[2])
    if cc == "NL":
        return "%s %d%s, %s%02d %s%s %s" % (st, n, R.choice(["", "", "-A", " bis"]), t[1], R.randint(10, 99),
                                          R.choice("BCDGHJKLMNPRSTVWXZ"), R.choice("BCDGHJKLMNPRSTVWXZ"), t[0])
    if cc == "BR":
        return "%s, %d, %s, %s - %s, %s%02d-%03d" % (st, R.randint(10, 2400), R.choice(["Jardim Aroeira", "Vila Cajueiro", "Bairro Capim Dourado"]),
                                                  t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        return "%s %d%s, %s-%03d %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 40)]), t[1], R.randint(1, 999), t[0])
    if cc == "RU":
        return "%s%03d, г. %s, %s, д. %d, кв. %d" % (t[1], R.randint(0, 99), t[0], st, n, R.randint(1, 180))
    if cc == "GR":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    if cc == "TR":
        return "%s No: %d D: %d, %s%02d %s" % (st, n, R.randint(1, 20), t[1], R.randint(10, 99), t[0])
    if cc == "IL":
        return "%s %d, דירה %d, %s %s%05d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d %s، متفرع من شارع الجلاء، %s" % (n, st, t[0])
    if cc == "IN":
        return "मकान नं. %d, %s, %s %s%02d" % (n, st, t[0], t[1], R.randint(1, 99))
    if cc == "TH":
        return "%d/%d หมู่ %d %s %s %s" % (R.randint(1, 299), R.randint(1, 60), R.randint(1, 12), st, t[0], t[1])
    if cc == "CN":
        return "%s%s%d号%d栋%d室" % (t[0], R.choice(STREETS["CN"]), n, R.randint(1, 12), R.randint(1, 28) * 100 + R.randint(1, 6))
    if cc == "JP":
        return "〒%s-%04d %s%s %d-%d" % (t[1], R.randint(1, 9999), t[0], st, R.randint(1, 20), R.randint(1, 30))
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s%03d)" % (t[0], st, n, R.randint(101, 112), R.randint(1, 20) * 100 + R.randint(1, 8), t[1], R.randint(0, 999))
    if cc == "VN":
        return "Số %d %s, %s" % (n, st, t[0])
    raise KeyError(cc)


def town_of(addr, cc):
    for t in TOWNS[cc]:
        if t[0] in addr:
            return t
    return TOWNS[cc][0]


# --- schools, test centres and authorities (fictional schools; real authorities only as look-alikes)
SCHOOL = {
    "US": ("Sorrel Creek Driving Academy", "sorrelcreekdriving.com", "(319) 555-0147", "2207 Cattail Slough Rd, Ottumwa, IA 52501"),
    "GB": ("Hornbeam School of Motoring", "hornbeammotoring.co.uk", "01632 960 384", "Unit 4, Tenter Yard, Appleby-in-Westmorland CA16 6TJ"),
    "DE": ("Fahrschule Lindenbühl", "fahrschule-lindenbuehl.de", "09571 9471 20", "Rübezahlweg 3, 96215 Lichtenfels"),
    "FR": ("Auto-école des Mimosas", "autoecole-mimosas.fr", "03 85 41 27 90", "4 place du Mail-aux-Ormes, 71100 Chalon-sur-Saône"),
    "ES": ("Autoescuela El Azarbe", "autoescuela-azarbe.es", "947 20 31 58", "Plaza de la Noria 2, 09002 Burgos"),
    "IT": ("Autoscuola Il Carpino", "autoscuolailcarpino.it", "0521 287 340", "Borgo delle Colonne 11, 43121 Parma (PR)"),
    "NL": ("Rijschool De Wielewaal", "rijschooldewielewaal.nl", "038 421 9930", "Schuttevaerkade 7, 8021 DB Zwolle"),
    "BR": ("CFC Ipê-Roxo Autoescola", "cfciperoxo.com.br", "(34) 3215-4470", "Avenida Buritizal, 1180, Uberlândia - MG, 38400-220"),
    "PL": ("OSK „Jaskier”", "osk-jaskier.pl", "81 532 40 17", "ul. Ceramiczna 9, 20-150 Lublin"),
    "RU": ("Автошкола «Кедровка»", "avtoshkola-kedrovka.ru", "8 (4752) 71-40-26", "392000, г. Тамбов, ул. Мукомольная, д. 5"),
    "GR": ("Σχολή Οδηγών «Λυγαριά»", "lygaria-driving.gr", "2610 274 118", "Ζαΐμη 41, 262 22 Πάτρα"),
    "TR": ("Özel Akçaağaç Sürücü Kursu", "akcaagacsurucu.com.tr", "0274 223 40 88", "Hasırcılar Cd. No: 22, 43100 Merkez/Kütahya"),
    "IL": ("בית הספר לנהיגה שקמה", "shikma-drive.co.il", "08-9471230", "רחוב התעשייה הקלה 14, רחובות"),
    "EG": ("مدرسة الكافور لتعليم القيادة", "alkafour-driving.com.eg", "050 7701 735", "برج الشروق، طريق الجمهورية، شربين"),
    "IN": ("हंसध्वनि ड्राइविंग स्कूल", "hansdhwanidriving.in", "0751 242 3187", "शॉप नं. 6, स्टेशन रोड, ग्वालियर 474002"),
    "TH": ("โรงเรียนสอนขับรถราชพฤกษ์", "ratchaphruek-driving.co.th", "043 241 586", "88 ถนนประชาสโมสร อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    "CN": ("扬州红枫驾校", "hongfengjx.cn", "0514-8732 4016", "江苏省扬州市广陵区运河北路266号"),
    "JP": ("あじさい台自動車教習所", "ajisaidai-ds.jp", "0898-31-4702", "〒794-0043 愛媛県今治市南宝来町一丁目 5-1"),
    "KR": ("산딸나무 자동차운전전문학원", "santtal-drive.co.kr", "043-257-4180", "충청북도 청주시 상당구 용암로 41 (28780)"),
    "VN": ("Trung tâm đào tạo lái xe Bằng Lăng", "banglangdriving.vn", "0236 3812 447", "Số 9 đường Bàu Trảng, phường Lam Sơn, thành phố Thanh Hóa"),
}
TESTCENTRE = {
    "US": "Iowa DOT Driver License Service Center, 1306 W Second St, Ottumwa",
    "GB": "Penrith Driving Test Centre, Gilwilly Road",
    "DE": "TÜV-Prüfstelle Lichtenfels, Mainau",
    "FR": "centre d'examen du permis de Chalon-Nord",
    "ES": "Jefatura Provincial de Tráfico de Burgos, pista de examen",
    "IT": "Motorizzazione Civile di Parma, sede d'esame",
    "NL": "CBR-examencentrum Zwolle",
    "BR": "Detran-MG, pista de exames de Uberlândia",
    "PL": "WORD Lublin, plac manewrowy",
    "RU": "экзаменационный отдел Госавтоинспекции г. Тамбова",
    "GR": "Εξεταστικό Κέντρο Οδηγών Πάτρας",
    "TR": "Kütahya Sürücü Sınav Merkezi",
    "IL": "מכון הרישוי רחובות",
    "EG": "وحدة مرور شربين",
    "IN": "आरटीओ ग्वालियर, ट्रैक नं. 2",
    "TH": "สำนักงานขนส่งจังหวัดขอนแก่น",
    "CN": "扬州市车管所科目二考场",
    "JP": "愛媛県運転免許センター",
    "KR": "청주 운전면허시험장",
    "VN": "Sở GTVT Thanh Hóa, sân sát hạch số 2",
}


# ====================================================================== people
import unicodedata


def _split(entry):
    if "|" in entry:
        nat, rom = entry.split("|")
    else:
        nat, rom = entry, entry
    return nat, rom


def roman_ascii(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


POOL = {}
for _cc, (_m, _f, _fam) in NAMES.items():
    _g = {"m": [], "f": []}
    for _k, _lst in (("m", _m), ("f", _f)):
        for _e in _lst.split():
            _n, _r = _split(_e)
            _g[_k].append((_n.replace("+", " "), _r.replace("+", " ")))
    _fams = []
    for _e in _fam.split():
        _n, _r = _split(_e)
        _nm, _nf = (_n.split("/") + [_n])[:2] if "/" in _n else (_n, _n)
        _rm, _rf = (_r.split("/") + [_r])[:2] if "/" in _r else (_r, _r)
        _fams.append((_nm, _nf, _rm, _rf))
    POOL[_cc] = (_g, _fams)


def name_words_all():
    """Every name word of the lists (native forms, female forms, roman forms
    where the native script is not Latin)."""
    out = set()
    for cc, (g, fams) in POOL.items():
        for k in ("m", "f"):
            for n, r in g[k]:
                out.update(re.split(r"[ \-־]", n))
                if r != n:
                    out.update(re.split(r"[ \-]", r))
        for nm, nf, rm, rf in fams:
            for w in (nm, nf):
                out.update(re.split(r"[ \-־]", w))
            if rm != nm:
                out.update(re.split(r"[ \-]", rm))
                out.update(re.split(r"[ \-]", rf))
    return {w for w in out if w}


class Person:
    def __init__(self, cc, female, given, given_r, fam, fam_r, dob, middle=""):
        self.cc, self.female, self.given, self.given_r = cc, female, given, given_r
        self.family, self.family_r, self.dob, self.middle = fam, fam_r, dob, middle
        if cc in ("CN", "KR"):
            self.full = fam + given
        elif cc == "JP":
            self.full = fam + " " + given
        elif cc == "VN":
            self.full = " ".join(x for x in (fam, middle, given) if x)
        else:
            self.full = given + " " + fam
        # the given name as people address each other (JA, KO, VI, ZH: full name)
        self.call = self.full if cc in ("JP", "KR", "VN", "CN") else given

    def words(self):
        ws = set(re.split(r"[ \-־]", self.given)) | set(re.split(r"[ \-־]", self.family))
        ws |= set(re.split(r"[ \-]", self.given_r)) | set(re.split(r"[ \-]", self.family_r))
        if self.cc in ("CN", "KR"):
            ws |= {self.family, self.given}
        return {w for w in ws if len(w) >= 2}


def person(R, cc, female=None, born=(1975, 2006), avoid=None):
    g, fams = POOL[cc]
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        gn, gr = R.choice(g["f" if fem else "m"])
        nm, nf, rm, rf = R.choice(fams)
        fam, famr = (nf, rf) if fem else (nm, rm)
        y = R.randint(*born)
        d = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        mid = ""
        if cc == "VN" and R.random() < 0.5:
            mid = "Thị" if fem else "Văn"
        p = Person(cc, fem, gn, gr, fam, famr, d, mid)
        if avoid is None or not (p.words() & avoid):
            if avoid is not None:
                avoid |= p.words()
            return p
    raise RuntimeError("no person")


def email_of(R, p, domain=None):
    g = roman_ascii(p.given_r).lower().replace(" ", "")
    f = roman_ascii(p.family_r).lower().replace(" ", "").replace("-", "")
    yy = "%02d" % (p.dob.year % 100)
    local = R.choice(["%s.%s" % (g, f), "%s%s%s" % (f, g[:1], yy), "%s_%s" % (g, f), "%s.%s%d" % (g[:1], f, R.randint(1, 99)),
                      "%s%s" % (g, yy)])
    return local + "@" + (domain or R.choice(WEBMAIL[p.cc]))


def work_email(R, p, domain):
    g = roman_ascii(p.given_r).lower().replace(" ", "")
    f = roman_ascii(p.family_r).lower().replace(" ", "").replace("-", "")
    return R.choice(["%s@%s" % (g, domain), "%s.%s@%s" % (g, f, domain), "%s%s@%s" % (g[0], f, domain)])


# ====================================================================== phones
def _grp(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def mobile_nsn(R, cc):
    if cc in PLANS and cc not in ("FR",):
        kinds = PLANS[cc][2]
        k = "mobile" if "mobile" in kinds else ("fixed_or_mobile" if "fixed_or_mobile" in kinds else sorted(kinds)[0])
        return kinds[k](R)
    if cc == "FR":
        while True:
            n = PLANS["FR"][2]["mobile"](R)
            if not n.startswith("639"):
                return n
    if cc == "GR":
        return "69" + R.choice("3457890") + nz(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "05", "06", "07", "52", "53", "54"]) + nz(R, 7)
    if cc == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if cc == "EG":
        return "1" + R.choice("0125") + nz(R, 8)
    if cc == "TH":
        return R.choice(["81", "82", "84", "86", "89", "91", "92", "93", "95", "61", "62", "63"]) + nz(R, 7)
    if cc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "39", "77", "78", "83", "84", "85"]) + nz(R, 7)
    raise KeyError(cc)


CC_CODE = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BR": "55", "PL": "48",
           "RU": "7", "GR": "30", "TR": "90", "IL": "972", "EG": "20", "IN": "91", "TH": "66", "CN": "86", "JP": "81",
           "KR": "82", "VN": "84", "IE": "353", "AT": "43", "CH": "41", "PT": "351", "BE": "32", "CA": "1", "AU": "61"}


def fmt_phone(R, cc, n, intl):
    c = CC_CODE[cc]
    if cc in ("US", "CA"):
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:]) if intl else \
            R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    if cc == "DE":
        return "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if cc == "FR":
        return "+33 %s %s" % (n[0], _grp(n[1:], [2, 2, 2, 2])) if intl else R.choice([" ", "."]).join(split_groups("0" + n, [2, 2, 2, 2, 2]))
    if cc == "ES":
        return "+34 %s" % _grp(n, [3, 2, 2, 2]) if intl else _grp(n, [3, 3, 3])
    if cc == "IT":
        return "+39 %s" % _grp(n, [3, 3, 4]) if intl else R.choice([_grp(n, [3, 3, 4]), n[:3] + " " + n[3:]])
    if cc == "NL":
        return "+31 6 %s" % n[1:] if intl else R.choice(["06-%s", "06 %s"]) % n[1:]
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return "+48 %s" % _grp(n, [3, 3, 3]) if intl else _grp(n, [3, 3, 3])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return "+30 %s" % _grp(n, [3, 3, 4]) if intl else R.choice([_grp(n, [3, 3, 4]), n])
    if cc == "TR":
        return "+90 %s" % _grp(n, [3, 3, 2, 2]) if intl else R.choice(["0%s %s %s %s", "0 (%s) %s %s %s"]) % tuple(split_groups(n, [3, 3, 2, 2]))
    if cc == "IL":
        return "+972-%s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s" % (n[:2], n[2:])
    if cc == "EG":
        return "+20 %s" % _grp(n, [2, 4, 4]) if intl else "0%s" % _grp(n, [2, 4, 4])
    if cc == "IN":
        return "+91 %s %s" % (n[:5], n[5:]) if intl else R.choice(["%s %s" % (n[:5], n[5:]), "0" + n])
    if cc == "TH":
        return "+66 %s" % _grp(n, [2, 3, 4]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return "+86 %s" % _grp(n, [3, 4, 4]) if intl else R.choice([_grp(n, [3, 4, 4]), n])
    if cc == "JP":
        return "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "+84 %s" % _grp(n, [2, 3, 4]) if intl else "0%s" % _grp(n, [2, 3, 4])
    if cc == "IE":
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "AT":
        return "+43 %s %s" % (n[:3], n[3:])
    if cc == "CH":
        return "+41 %s" % _grp(n, [2, 3, 2, 2])
    if cc == "PT":
        return "+351 %s" % _grp(n, [3, 3, 3])
    if cc == "BE":
        return "+32 %s" % _grp(n, [3, 2, 2, 2])
    if cc == "AU":
        return "+61 %s" % _grp(n, [3, 3, 3])
    raise KeyError(cc)


ABROAD = ["IE", "AT", "CH", "PT", "BE", "CA", "AU", "DE", "GB", "PL", "IN", "US"]


def phone(R, cc, intl=None, abroad=0.0):
    """A mobile as written in country cc (national or +CC); with probability
    `abroad` a number of another country (+CC, plan = that country)."""
    if abroad and R.random() < abroad:
        other = R.choice([c for c in ABROAD if c != cc])
        n = mobile_nsn(R, other)
        return L("phone", fmt_phone(R, other, n, True), sub="mobile", region=cc, plan=other)
    if intl is None:
        intl = R.random() < 0.3
    n = mobile_nsn(R, cc)
    return L("phone", fmt_phone(R, cc, n, intl), sub="mobile", region=cc)


# ====================================================================== dates of birth
MONTHS_X = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
    "thl": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
}


def dob(R, cc, d, style=None):
    if style is None:
        style = "num" if R.random() < 0.7 else "name"
    D, M, Y = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if cc == "US":
        return "%02d/%02d/%d" % (M, D, Y) if style == "num" else "%s %d, %d" % (MONTHS["en"][M - 1], D, Y)
    if cc == "GB":
        return "%02d/%02d/%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS["en"][M - 1], Y)
    if cc == "DE":
        return "%02d.%02d.%d" % (D, M, Y) if style == "num" else "%d. %s %d" % (D, MONTHS["de"][M - 1], Y)
    if cc in ("FR", "IT"):
        lg = LANG[cc]
        return "%02d/%02d/%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS[lg][M - 1], Y)
    if cc in ("ES", "BR"):
        lg = LANG[cc]
        return "%02d/%02d/%d" % (D, M, Y) if style == "num" else "%d de %s de %d" % (D, MONTHS[lg][M - 1], Y)
    if cc == "NL":
        return "%02d-%02d-%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS["nl"][M - 1], Y)
    if cc in ("PL", "RU", "TR"):
        lg = LANG[cc]
        suf = " г." if cc == "RU" else ""
        return "%02d.%02d.%d" % (D, M, Y) if style == "num" else "%d %s %d%s" % (D, MONTHS_X[lg][M - 1], Y, suf)
    if cc == "GR":
        return "%d/%d/%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS_X["el"][M - 1], Y)
    if cc == "IL":
        return "%02d.%02d.%d" % (D, M, Y) if style == "num" else "%d ב%s %d" % (D, MONTHS_X["he"][M - 1], Y)
    if cc == "EG":
        return "%02d/%02d/%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS_X["ar"][M - 1], Y)
    if cc == "IN":
        return "%02d-%02d-%d" % (D, M, Y) if style == "num" else "%d %s %d" % (D, MONTHS_X["hi"][M - 1], Y)
    if cc == "TH":
        return "%02d/%02d/%d" % (D, M, Y + 543) if style == "num" else \
            "%d %s %d" % (D, R.choice([MONTHS_X["th"], MONTHS_X["thl"]])[M - 1], Y + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (Y, M, D) if style == "name" or cc == "CN" and R.random() < 0.6 else \
            ("%d-%02d-%02d" % (Y, M, D) if cc == "CN" else "%d/%02d/%02d" % (Y, M, D))
    if cc == "KR":
        return "%d. %d. %d." % (Y, M, D) if style == "num" else "%d년 %d월 %d일" % (Y, M, D)
    if cc == "VN":
        return "%02d/%02d/%d" % (D, M, Y) if style == "num" else "ngày %d tháng %d năm %d" % (D, M, Y)
    raise KeyError(cc)


def date_plain(R, cc, d):
    """A lesson, test, issue or invoice date (look-alike), in the country's numeric form."""
    if cc == "US":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if cc in ("DE", "PL", "RU", "TR", "IL"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if cc in ("NL", "IN"):
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if cc == "TH":
        return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if cc == "KR":
        return "%d. %d. %d." % (d.year, d.month, d.day)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def future(R):
    return datetime.date(2026, 1, 5) + datetime.timedelta(days=R.randint(0, 330))


# ====================================================================== national ids and licences
ICAO_W = [7, 3, 1]
DE_ID_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def icao_check(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * ICAO_W[i % 3]
    return str(t % 10)


def de_idcard_make(R):
    b = R.choice("LMNPRTVWXYZCFGHJK") + "".join(R.choice(DE_ID_ALPHA) for _ in range(8))
    return b + icao_check(b)


def de_idcard_ok(s):
    return len(s) == 10 and all(c in DE_ID_ALPHA for c in s[:9]) and icao_check(s[:9]) == s[9]


def de_fs_make(R):
    return R.choice("BFJKLNW") + "%02d" % R.randint(1, 99) + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + \
        str(R.randint(0, 9)) + R.choice(string.digits)


def neph_make(R):
    return "%02d%02d%s%06d" % (R.randint(10, 26), R.randint(1, 12), R.choice(["71", "12", "56", "88", "21", "69"]), R.randint(1, 999999))


def it_pat_make(R):
    return R.choice(["PR", "LE", "RO", "MC", "U1"]) + "%07d" % R.randint(0, 9999999) + R.choice(string.ascii_uppercase)


def us_dl_make(R):
    return "%03d%s%04d" % (R.randint(100, 999), R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase), R.randint(0, 9999))


def nl_rb_make(R):
    return "5" + digits(R, 9)


def pl_pj_make(R, d):
    return "%05d/%02d/%04d" % (R.randint(1, 99999), R.randint(10, 26), R.randint(1, 9999))


def ru_doc_make(R):
    return "%02d %02d %06d" % (R.randint(10, 99), R.randint(10, 26), R.randint(0, 999999))


def gr_adt_make(R):
    return R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + " " + "%06d" % R.randint(0, 999999)


def in_dl_make(R):
    return "MP%02d %d%07d" % (R.choice([7, 19, 17, 15]), R.randint(2008, 2026), R.randint(1, 9999999))


def jp_dl_make(R):
    return "%02d%02d%06d%d%d" % (R.choice([62, 64, 33, 10]), R.randint(10, 26), R.randint(0, 999999), R.randint(0, 9), R.randint(0, 3))


def kr_dl_make(R):
    return "%02d-%02d-%06d-%02d" % (R.choice([13, 14, 15, 16, 20]), R.randint(10, 26), R.randint(0, 999999), R.randint(10, 99))


def passport_make(R, cc):
    return R.choice(["C", "E", "P", "K"]) + R.choice("ABCDEFHJKLMNPRSTUVWXYZ") + "%07d" % R.randint(0, 9999999)


def fmt_aadhaar(s):
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def fmt_cpf(s):
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def learner_id(R, cc, p, kind=None):
    """The identity number a driving school writes down for a learner: the
    country's id (or the provisional licence where that is the learner's id).
    Returns (field label, L)."""
    d, fem = p.dob, p.female
    if cc == "US":
        return "Permit / License #", L("gov_id", us_dl_make(R), sub="us_driving_licence")
    if cc == "GB":
        if kind == "nino":
            a, b, c = nino_random(R)
            return "National Insurance number", L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), sub="nino")
        return "Provisional licence no.", L("gov_id", dvla_make(R, p.family_r, p.given_r, d, fem), sub="gb_driving_licence")
    if cc == "DE":
        if kind == "licence":
            return "Führerschein-Nr.", L("gov_id", de_fs_make(R), sub="de_driving_licence")
        return "Personalausweis-Nr.", L("gov_id", de_idcard_make(R), sub="de_id_card")
    if cc == "FR":
        return "N° NEPH", L("gov_id", neph_make(R), sub="fr_driving_licence")
    if cc == "ES":
        if R.random() < 0.8:
            n, l = dni_random(R)
            return "DNI", L("gov_id", n + l if R.random() < 0.6 else n + "-" + l, sub="es_dni")
        a, b, c = nie_random(R)
        return "NIE", L("gov_id", a + b + c, sub="es_nie")
    if cc == "IT":
        if kind == "licence":
            return "N. patente", L("gov_id", it_pat_make(R), sub="it_driving_licence")
        bel = R.choice(["G337", "E506", "H620", "E783", "H501", "F205"])
        return "Codice fiscale", L("gov_id", cf_make(roman_ascii(p.family_r), roman_ascii(p.given_r), d.year % 100, d.month, d.day, fem, bel), sub="it_codice_fiscale")
    if cc == "NL":
        if kind == "licence":
            return "Rijbewijsnummer", L("gov_id", nl_rb_make(R), sub="nl_driving_licence")
        return "BSN", L("gov_id", bsn_random(R), sub="nl_bsn")
    if cc == "BR":
        c = cpf_random(R)
        return "CPF", L("gov_id", fmt_cpf(c) if R.random() < 0.7 else c, sub="br_cpf")
    if cc == "PL":
        if kind == "licence":
            return "Nr prawa jazdy", L("gov_id", pl_pj_make(R, d), sub="pl_driving_licence")
        return "PESEL", L("gov_id", pesel_make(R, d, fem), sub="pl_pesel")
    if cc == "RU":
        if kind == "licence":
            return "Вод. удостоверение", L("gov_id", ru_doc_make(R), sub="ru_driving_licence")
        if kind == "snils":
            return "СНИЛС", L("gov_id", snils_make(R), sub="ru_snils")
        return "Паспорт (серия, номер)", L("gov_id", ru_doc_make(R), sub="ru_passport")
    if cc == "GR":
        if kind == "idcard":
            return "Αρ. Δελτίου Ταυτότητας", L("gov_id", gr_adt_make(R), sub="gr_id_card")
        return "ΑΜΚΑ", L("gov_id", amka_make(R, d), sub="gr_amka")
    if cc == "TR":
        return "T.C. Kimlik No", L("gov_id", tckn_make(R), sub="tr_tckn")
    if cc == "IL":
        return "מספר ת\"ז", L("gov_id", tz_make(R), sub="il_teudat_zehut")
    if cc == "EG":
        return "الرقم القومي", L("gov_id", egid_make(R, d, fem), sub="eg_national_id")
    if cc == "IN":
        if kind == "licence":
            return "DL / LL No.", L("gov_id", in_dl_make(R), sub="in_driving_licence")
        return "आधार संख्या", L("gov_id", fmt_aadhaar(aadhaar_random(R)), sub="in_aadhaar")
    if cc == "TH":
        return "เลขบัตรประชาชน", L("gov_id", thai_fmt(thai_make(R)) if R.random() < 0.6 else thai_make(R), sub="th_national_id")
    if cc == "CN":
        return "身份证号", L("gov_id", cnid_make(R, d, fem), sub="cn_resident_id")
    if cc == "JP":
        return "運転免許証番号", L("gov_id", jp_dl_make(R), sub="jp_driving_licence")
    if cc == "KR":
        if kind == "licence":
            return "운전면허번호", L("gov_id", kr_dl_make(R), sub="kr_driving_licence")
        return "주민등록번호", L("gov_id", rrn_make(R, d, fem), sub="kr_rrn")
    if cc == "VN":
        return "Số CCCD", L("gov_id", cccd_make(R, d, fem), sub="vn_cccd")
    raise KeyError(cc)


def licence_id(R, cc, p):
    """A full licence holder's (instructor's, named driver's) licence number,
    or the id that serves as the licence number."""
    if cc in ("DE", "IT", "NL", "PL", "IN", "KR"):
        return learner_id(R, cc, p, "licence")
    if cc == "RU":
        return learner_id(R, cc, p, "licence")
    if cc == "GB":
        lab, lb = learner_id(R, cc, p)
        return "Driving licence no.", lb
    if cc == "FR":
        return "N° de permis", L("gov_id", neph_make(R), sub="fr_driving_licence")
    if cc == "ES":
        lab, lb = learner_id(R, cc, p)
        return "Permiso de conducir (DNI)", lb
    if cc == "BR":
        lab, lb = learner_id(R, cc, p)
        return "CPF (CNH)", lb
    return learner_id(R, cc, p)


def gov_ok(sub, v):
    x = v.replace(" ", "").replace("-", "").replace(".", "")
    return {
        "us_driving_licence": lambda: re.fullmatch(r"\d{3}[A-Z]{2}\d{4}", v) is not None,
        "nino": lambda: re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", v) is not None and v[:2] not in NINO_BAD_PREFIX and v[0] not in "DFIQUV" and v[1] not in "DFIOQUV",
        "gb_driving_licence": lambda: dvla_ok(v),
        "de_id_card": lambda: de_idcard_ok(v),
        "de_driving_licence": lambda: re.fullmatch(r"[A-Z0-9]\d\d[A-Z0-9]{6}\d[A-Z0-9]", v) is not None,
        "fr_driving_licence": lambda: re.fullmatch(r"\d{12}", v) is not None and 1 <= int(v[2:4]) <= 12,
        "es_dni": lambda: re.fullmatch(r"\d{8}-?[A-Z]", v) is not None and DNI_LETTERS[int(v[:8]) % 23] == v[-1],
        "es_nie": lambda: re.fullmatch(r"[XYZ]\d{7}[A-Z]", v) is not None and nie_ok(v),
        "it_codice_fiscale": lambda: len(v) == 16 and cf_check(v[:15]) == v[15],
        "it_driving_licence": lambda: re.fullmatch(r"[A-Z][A-Z0-9]\d{7}[A-Z]", v) is not None,
        "nl_bsn": lambda: bsn_ok(v),
        "nl_driving_licence": lambda: re.fullmatch(r"\d{10}", v) is not None,
        "br_cpf": lambda: cpf_ok(x),
        "pl_pesel": lambda: pesel_ok(v),
        "pl_driving_licence": lambda: re.fullmatch(r"\d{5}/\d\d/\d{4}", v) is not None,
        "ru_passport": lambda: re.fullmatch(r"\d\d \d\d \d{6}", v) is not None,
        "ru_driving_licence": lambda: re.fullmatch(r"\d\d \d\d \d{6}", v) is not None,
        "ru_snils": lambda: snils_ok(v),
        "gr_amka": lambda: amka_ok(v),
        "gr_id_card": lambda: re.fullmatch(r"[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{2} \d{6}", v) is not None,
        "tr_tckn": lambda: tckn_ok(v),
        "il_teudat_zehut": lambda: tz_ok(v),
        "eg_national_id": lambda: egid_ok(v),
        "in_aadhaar": lambda: len(x) == 12 and verhoeff_ok(x),
        "in_driving_licence": lambda: re.fullmatch(r"MP\d\d \d{11}", v) is not None,
        "th_national_id": lambda: thai_ok(v),
        "cn_resident_id": lambda: cnid_ok(v),
        "jp_driving_licence": lambda: re.fullmatch(r"\d{12}", v) is not None,
        "kr_rrn": lambda: rrn_ok(v),
        "kr_driving_licence": lambda: re.fullmatch(r"\d\d-\d\d-\d{6}-\d\d", v) is not None,
        "vn_cccd": lambda: cccd_ok(v),
        "passport": lambda: re.fullmatch(r"[A-Z]{2}\d{7}", v) is not None,
    }[sub]()


# ====================================================================== cards, IBANs, IPs
CARD_BY_CC = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"],
              "DE": ["visa", "mastercard", "maestro"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
              "IT": ["visa", "mastercard", "amex"], "NL": ["visa", "mastercard", "maestro"], "BR": ["visa", "mastercard"],
              "PL": ["visa", "mastercard"], "RU": ["mir", "visa"], "GR": ["visa", "mastercard"], "TR": ["troy", "visa", "mastercard"],
              "IL": ["visa", "mastercard", "amex"], "EG": ["visa", "mastercard"], "IN": ["rupay", "visa"], "TH": ["visa", "mastercard", "jcb"],
              "CN": ["unionpay"], "JP": ["jcb", "visa"], "KR": ["visa", "mastercard"], "VN": ["visa", "mastercard", "jcb"]}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4111111111111111",
              "5200828282828210", "6011111111111117"}


def card(R, cc):
    iss = R.choice(CARD_BY_CC[cc])
    while True:
        n = card_random(R, iss)
        if iss != "maestro" or len(n) in (16, 19):
            break
    sizes = card_grouping(len(n))
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    return L("card", sep.join(split_groups(n, sizes)) if sep else n, sub=iss)


IBAN_CC = {"GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "GR", "TR"}


def iban(R, cc):
    v = iban_random(R, cc)
    f = R.random()
    if f < 0.6:
        v = group(v)
    elif f < 0.75:
        v = group(v, sep="\u00a0")
    return L("iban", v, sub=cc)


V4_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
            109, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 223, 49, 58, 59, 101, 110, 111, 114, 115, 118]


def ip_global(R, v6=False):
    while True:
        if v6:
            s = "%s:%x:%x:%x::%x" % (R.choice(["2a02:8108", "2a01:cb00", "2001:16b8", "2804:14c", "2405:201", "2400:4051", "2001:ee0"]),
                                      R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
        else:
            s = "%d.%d.%d.%d" % (R.choice(V4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip_is_global(s):
            return s


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_is_global(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


# ====================================================================== requests and per-language frames (hand-written for this part)
F = {}
F["en"] = dict(
    req=["Can you check this for anything missing before I file it?",
         "Summarise this in three bullet points for the instructors' WhatsApp group.",
         "Help me write a polite reply to this.",
         "Turn this into a tidy table, one row per learner.",
         "What should I take out before I forward this to the franchise office?"],
    hi="Hi {n},", book="Hi, it's {n} — could I get a lesson on {d} at {t}?",
    cancel="Sorry, I have to cancel {d} at {t}, I've got a temperature.",
    ok="No problem. {i} will pick you up at {t} then.", home_q="Pick-up from home as usual?",
    home_a="Yes please, {a}", full="For the invoice my full name is {n}, date of birth {b}.",
    card_q="Can I pay for the block of {k} lessons by card here?", card_give="card number {c} exp {e}",
    card_done="Payment taken, thank you. The receipt goes to {m}.",
    test_subj="Your practical driving test is booked", test_body="Dear {n}, your practical driving test (category {cat}) is booked for {d} at {t}, {c}. Booking reference: {r}.",
    test_bring="Please bring your provisional licence and arrive 10 minutes early.",
    resched="I need to move my test, I can't make {d}.", resched_id="My licence number is {lic} and my date of birth is {b}.",
    compl_subj="Complaint about cancelled lessons", compl_1="I am writing about the lessons my {rel} {c} booked with {i}.",
    compl_2="Three lessons in a row were cancelled on the day, and we paid {f} for the block.",
    compl_iban="Please refund the unused lessons to {iban}.", compl_contact="You can reach me on {ph} or at {m}.",
    yours="Yours sincerely,", son="son", daughter="daughter",
    par_intro="Hello, this is {c}'s {role}.", par_q="How is {c} getting on? Do you think the test in {mth} is realistic?",
    ins_a="{c} is doing well, roundabouts and bay parking still need work.",
    par_pick="Could you pick {c} up from home on {d}? Address: {a}", par_ph="My mobile is {ph} if anything changes.",
    mother="mother", father="father", ok2="Great, thanks!",
    n_closed="The office is closed on {d}; lessons go ahead as booked.", n_contact="Test bookings and changes: {sw} or {mb}.",
    n_web="Online booking: {w}", n_fee="Lesson prices from {f} per hour.",
    naw=["Will the theory room be open on Saturday?", "Grace period for cancellations is 48 hours.",
         "Mark the dual-control check in the fleet log.", "Summer intensive courses start in June."],
)
F["de"] = dict(
    req=["Kannst du prüfen, ob hier etwas fehlt, bevor ich es ablege?", "Fass das bitte in drei Punkten für die Fahrlehrer-Gruppe zusammen.",
         "Hilf mir bitte, eine freundliche Antwort darauf zu formulieren."],
    hi="Hallo {n},", book="Hallo, hier ist {n} – hätten Sie am {d} um {t} eine Fahrstunde frei?",
    cancel="Tut mir leid, ich muss den {d} um {t} absagen, ich habe Fieber.",
    ok="Kein Problem. {i} holt dich dann um {t} ab.", home_q="Abholung wie immer zu Hause?",
    home_a="Ja bitte, {a}", full="Für die Rechnung: mein voller Name ist {n}, geboren am {b}.",
    card_q="Kann ich das Paket mit {k} Fahrstunden hier mit Karte zahlen?", card_give="Kartennummer {c}, gültig bis {e}",
    card_done="Zahlung erhalten, danke. Die Quittung geht an {m}.",
    test_subj="Ihr Termin zur praktischen Prüfung", test_body="Guten Tag {n}, Ihre praktische Fahrerlaubnisprüfung (Klasse {cat}) ist am {d} um {t} angesetzt, {c}. Prüfauftrag: {r}.",
    test_bring="Bitte bringen Sie Ihren Personalausweis mit und seien Sie 15 Minuten vorher da.",
    resched="Ich muss meinen Prüfungstermin verschieben, am {d} kann ich nicht.", resched_id="Meine Führerscheinnummer ist {lic}, Geburtsdatum {b}.",
    compl_subj="Beschwerde über ausgefallene Fahrstunden", compl_1="ich schreibe wegen der Fahrstunden, die {rel} {c} bei {i} gebucht hat.",
    compl_2="Drei Stunden hintereinander wurden kurzfristig abgesagt, bezahlt haben wir {f} für das Paket.",
    compl_iban="Bitte erstatten Sie die nicht genutzten Stunden auf {iban}.", compl_contact="Sie erreichen mich unter {ph} oder {m}.",
    yours="Mit freundlichen Grüßen", son="unser Sohn", daughter="unsere Tochter",
    par_intro="Hallo, hier ist {role} von {c}.", par_q="Wie macht sich {c}? Ist die Prüfung im {mth} realistisch?",
    ins_a="{c} macht das gut, Kreisverkehr und Einparken müssen wir noch üben.",
    par_pick="Können Sie {c} am {d} zu Hause abholen? Adresse: {a}", par_ph="Meine Handynummer ist {ph}, falls sich etwas ändert.",
    mother="die Mutter", father="der Vater", ok2="Super, danke!",
    n_closed="Das Büro ist am {d} geschlossen; Fahrstunden finden wie gebucht statt.", n_contact="Prüfungstermine und Änderungen: {sw} oder {mb}.",
    n_web="Online-Buchung: {w}", n_fee="Fahrstunden ab {f} pro 45 Minuten.",
    naw=["Frank und frei: die Sonderfahrten sind ausgebucht.", "Sonne und Nebel: Beleuchtung prüfen!"],
)
F["fr"] = dict(
    req=["Tu peux vérifier s'il manque quelque chose avant que je l'archive ?", "Résume ça en trois points pour le groupe des moniteurs.",
         "Aide-moi à rédiger une réponse aimable."],
    hi="Bonjour {n},", book="Bonjour, c'est {n} — vous auriez une leçon le {d} à {t} ?",
    cancel="Désolé, je dois annuler le {d} à {t}, j'ai de la fièvre.",
    ok="Pas de souci. {i} passe te prendre à {t}.", home_q="Prise en charge à domicile comme d'habitude ?",
    home_a="Oui, {a}", full="Pour la facture : nom complet {n}, date de naissance {b}.",
    card_q="Je peux régler le forfait de {k} heures par carte ici ?", card_give="carte {c} exp {e}",
    card_done="Paiement reçu, merci. Le reçu part à {m}.",
    test_subj="Convocation à l'examen pratique", test_body="Bonjour {n}, votre examen pratique du permis (catégorie {cat}) aura lieu le {d} à {t}, {c}. Référence : {r}.",
    test_bring="Merci de venir avec votre pièce d'identité et votre convocation.",
    resched="Je dois décaler mon examen, je ne suis pas disponible le {d}.", resched_id="Mon numéro NEPH est {lic}, né(e) le {b}.",
    compl_subj="Réclamation : leçons annulées", compl_1="je vous écris au sujet des leçons que {rel} {c} a réservées avec {i}.",
    compl_2="Trois leçons de suite ont été annulées le jour même, alors que nous avons payé {f} pour le forfait.",
    compl_iban="Merci de rembourser les heures non utilisées sur {iban}.", compl_contact="Vous pouvez me joindre au {ph} ou à {m}.",
    yours="Veuillez agréer mes salutations distinguées.", son="mon fils", daughter="ma fille",
    par_intro="Bonjour, c'est {role} de {c}.", par_q="Comment se débrouille {c} ? L'examen en {mth}, c'est réaliste ?",
    ins_a="{c} progresse bien, il reste les ronds-points et le créneau.",
    par_pick="Vous pouvez prendre {c} à la maison le {d} ? Adresse : {a}", par_ph="Mon portable : {ph} en cas de changement.",
    mother="la mère", father="le père", ok2="Parfait, merci !",
    n_closed="Le bureau est fermé le {d} ; les leçons sont maintenues.", n_contact="Examens et changements : {sw} ou {mb}.",
    n_web="Réservation en ligne : {w}", n_fee="Heure de conduite à partir de {f}.",
    naw=["Rose pâle ou blanc : les cônes du plateau sont neufs.", "Clément, le temps de samedi ? Prévoir la pluie."],
)
F["es"] = dict(
    req=["¿Puedes revisar si falta algo antes de archivarlo?", "Resúmelo en tres puntos para el grupo de profesores.",
         "Ayúdame a redactar una respuesta amable."],
    hi="Hola {n}:", book="Hola, soy {n}. ¿Habría clase el {d} a las {t}?",
    cancel="Lo siento, tengo que anular la clase del {d} a las {t}, tengo fiebre.",
    ok="Sin problema. {i} te recoge a las {t}.", home_q="¿Te recogemos en casa como siempre?",
    home_a="Sí, en {a}", full="Para la factura: nombre completo {n}, fecha de nacimiento {b}.",
    card_q="¿Puedo pagar el bono de {k} clases con tarjeta por aquí?", card_give="tarjeta {c} caduca {e}",
    card_done="Pago recibido, gracias. El recibo va a {m}.",
    test_subj="Cita para el examen práctico", test_body="Hola {n}: tu examen práctico (permiso {cat}) es el {d} a las {t}, {c}. Referencia: {r}.",
    test_bring="Trae el DNI original y llega 15 minutos antes.",
    resched="Necesito cambiar la fecha del examen, el {d} no puedo.", resched_id="Mi DNI es {lic} y nací el {b}.",
    compl_subj="Reclamación por clases anuladas", compl_1="les escribo por las clases que {rel} {c} reservó con {i}.",
    compl_2="Se anularon tres clases seguidas el mismo día y pagamos {f} por el bono.",
    compl_iban="Les ruego que devuelvan las clases no usadas a {iban}.", compl_contact="Pueden localizarme en el {ph} o en {m}.",
    yours="Atentamente,", son="mi hijo", daughter="mi hija",
    par_intro="Hola, soy {role} de {c}.", par_q="¿Qué tal va {c}? ¿Llegará al examen de {mth}?",
    ins_a="{c} va bien, nos quedan las rotondas y el aparcamiento en batería.",
    par_pick="¿Podéis recoger a {c} en casa el {d}? Dirección: {a}", par_ph="Mi móvil es el {ph} por si cambia algo.",
    mother="la madre", father="el padre", ok2="¡Genial, gracias!",
    n_closed="La oficina cierra el {d}; las clases se mantienen.", n_contact="Exámenes y cambios: {sw} o {mb}.",
    n_web="Reservas en línea: {w}", n_fee="Clase práctica desde {f}.",
    naw=["Dolores de espalda tras el examen: ajustad bien el asiento.", "Rocío en el parabrisas por la mañana, encended la luneta."],
)
F["it"] = dict(
    req=["Puoi controllare se manca qualcosa prima che lo archivi?", "Riassumilo in tre punti per il gruppo degli istruttori.",
         "Aiutami a scrivere una risposta cortese."],
    hi="Ciao {n},", book="Ciao, sono {n}: c'è posto per una guida il {d} alle {t}?",
    cancel="Scusate, devo disdire la guida del {d} alle {t}, ho la febbre.",
    ok="Nessun problema. {i} ti passa a prendere alle {t}.", home_q="Ti prendiamo a casa come sempre?",
    home_a="Sì, {a}", full="Per la fattura: nome completo {n}, nato/a il {b}.",
    card_q="Posso pagare il pacchetto da {k} guide con la carta qui?", card_give="carta {c} scad. {e}",
    card_done="Pagamento ricevuto, grazie. La ricevuta arriva a {m}.",
    test_subj="Prenotazione esame di guida", test_body="Gentile {n}, l'esame pratico (patente {cat}) è fissato per il {d} alle {t}, {c}. Riferimento: {r}.",
    test_bring="Porti il foglio rosa e un documento d'identità.",
    resched="Devo spostare l'esame, il {d} non posso.", resched_id="Il mio codice fiscale è {lic}, data di nascita {b}.",
    compl_subj="Reclamo per guide annullate", compl_1="vi scrivo per le guide che {rel} {c} ha prenotato con {i}.",
    compl_2="Tre guide di fila sono state annullate all'ultimo momento e abbiamo pagato {f} per il pacchetto.",
    compl_iban="Vi chiedo il rimborso delle guide non fatte su {iban}.", compl_contact="Potete contattarmi al {ph} o a {m}.",
    yours="Distinti saluti,", son="mio figlio", daughter="mia figlia",
    par_intro="Buongiorno, sono {role} di {c}.", par_q="Come va {c}? L'esame di {mth} è realistico?",
    ins_a="{c} va bene, dobbiamo ancora lavorare su rotonde e parcheggio.",
    par_pick="Potete prendere {c} a casa il {d}? Indirizzo: {a}", par_ph="Il mio cellulare è {ph} se cambia qualcosa.",
    mother="la mamma", father="il papà", ok2="Perfetto, grazie!",
    n_closed="L'ufficio resta chiuso il {d}; le guide si svolgono regolarmente.", n_contact="Esami e modifiche: {sw} oppure {mb}.",
    n_web="Prenotazioni online: {w}", n_fee="Guida singola da {f}.",
    naw=["Vittoria per il team: tutti promossi a marzo!", "Serena la mattina, nebbia nel pomeriggio: occhio ai fari."],
)
F["nl"] = dict(
    req=["Kun je nakijken of er iets ontbreekt voordat ik het opsla?", "Vat dit samen in drie punten voor de instructeursapp.",
         "Help me een vriendelijk antwoord te schrijven."],
    hi="Hoi {n},", book="Hoi, met {n}. Is er op {d} om {t} nog een les vrij?",
    cancel="Sorry, ik moet {d} om {t} afzeggen, ik heb koorts.",
    ok="Geen probleem. {i} haalt je om {t} op.", home_q="Ophalen thuis zoals altijd?",
    home_a="Ja graag, {a}", full="Voor de factuur: volledige naam {n}, geboren {b}.",
    card_q="Kan ik het pakket van {k} lessen hier met een kaart betalen?", card_give="kaartnummer {c} geldig tot {e}",
    card_done="Betaling ontvangen, bedankt. De bon gaat naar {m}.",
    test_subj="Bevestiging praktijkexamen", test_body="Beste {n}, je praktijkexamen (categorie {cat}) staat op {d} om {t}, {c}. Reserveringsnummer: {r}.",
    test_bring="Neem je identiteitsbewijs mee en wees 10 minuten eerder.",
    resched="Ik moet mijn examen verzetten, {d} kan ik niet.", resched_id="Mijn rijbewijsnummer is {lic}, geboortedatum {b}.",
    compl_subj="Klacht over geannuleerde lessen", compl_1="ik schrijf over de lessen die {rel} {c} bij {i} heeft geboekt.",
    compl_2="Drie lessen achter elkaar werden op de dag zelf afgezegd en we hebben {f} voor het pakket betaald.",
    compl_iban="Graag de niet-gebruikte lessen terugstorten op {iban}.", compl_contact="U kunt mij bereiken op {ph} of {m}.",
    yours="Met vriendelijke groet,", son="onze zoon", daughter="onze dochter",
    par_intro="Hallo, met {role} van {c}.", par_q="Hoe gaat het met {c}? Is het examen in {mth} haalbaar?",
    ins_a="{c} doet het goed, rotondes en vak parkeren moeten nog beter.",
    par_pick="Kunnen jullie {c} op {d} thuis ophalen? Adres: {a}", par_ph="Mijn mobiel is {ph} als er iets verandert.",
    mother="de moeder", father="de vader", ok2="Top, dank je!",
    n_closed="Het kantoor is op {d} gesloten; lessen gaan gewoon door.", n_contact="Examens en wijzigingen: {sw} of {mb}.",
    n_web="Online boeken: {w}", n_fee="Lesuur vanaf {f}.",
    naw=["Roos-kleurige pionnen liggen in de kast.", "Hoop op droog weer voor de examens van vrijdag."],
)
F["pt"] = dict(
    req=["Pode conferir se falta alguma coisa antes de eu arquivar?", "Resume isso em três tópicos para o grupo dos instrutores.",
         "Me ajuda a escrever uma resposta educada?"],
    hi="Olá, {n}!", book="Oi, aqui é {n}. Tem aula no dia {d} às {t}?",
    cancel="Desculpa, preciso desmarcar a aula do dia {d} às {t}, estou com febre.",
    ok="Sem problema. {i} te busca às {t}.", home_q="Buscamos em casa como sempre?",
    home_a="Sim, {a}", full="Para a nota: nome completo {n}, nascimento {b}.",
    card_q="Posso pagar o pacote de {k} aulas no cartão por aqui?", card_give="cartão {c} validade {e}",
    card_done="Pagamento recebido, obrigado. O recibo vai para {m}.",
    test_subj="Agendamento do exame prático", test_body="Olá, {n}! Seu exame prático (categoria {cat}) está marcado para {d} às {t}, {c}. Protocolo: {r}.",
    test_bring="Traga documento com foto e chegue 20 minutos antes.",
    resched="Preciso remarcar o exame, no dia {d} não posso.", resched_id="Meu CPF é {lic}, nascimento {b}.",
    compl_subj="Reclamação: aulas canceladas", compl_1="escrevo sobre as aulas que {rel} {c} agendou com {i}.",
    compl_2="Três aulas seguidas foram canceladas no próprio dia e pagamos {f} pelo pacote.",
    compl_iban="Peço o reembolso das aulas não usadas para {iban}.", compl_contact="Meu contato: {ph} ou {m}.",
    yours="Atenciosamente,", son="meu filho", daughter="minha filha",
    par_intro="Oi, aqui é {role} de {c}.", par_q="Como {c} está indo? Dá para fazer o exame em {mth}?",
    ins_a="{c} está indo bem, falta treinar rotatória e baliza.",
    par_pick="Vocês podem buscar {c} em casa no dia {d}? Endereço: {a}", par_ph="Meu celular é {ph} se mudar algo.",
    mother="a mãe", father="o pai", ok2="Ótimo, obrigado!",
    n_closed="O escritório fecha no dia {d}; as aulas continuam.", n_contact="Exames e remarcações: {sw} ou {mb}.",
    n_web="Agendamento online: {w}", n_fee="Aula prática a partir de {f}.",
    naw=["Vitória da turma: todos aprovados no simulado!", "Graça a Deus a chuva parou antes do exame."],
)
F["pl"] = dict(
    req=["Sprawdzisz, czy czegoś tu nie brakuje, zanim to zapiszę?", "Streść to w trzech punktach dla grupy instruktorów.",
         "Pomóż mi napisać uprzejmą odpowiedź."],
    hi="Dzień dobry {n},", book="Dzień dobry, tu {n}. Czy jest wolna jazda {d} o {t}?",
    cancel="Przepraszam, muszę odwołać jazdę {d} o {t}, mam gorączkę.",
    ok="Nie ma problemu. {i} odbierze Cię o {t}.", home_q="Odbiór spod domu jak zwykle?",
    home_a="Tak, {a}", full="Do faktury: imię i nazwisko {n}, data urodzenia {b}.",
    card_q="Czy mogę zapłacić kartą za pakiet {k} godzin?", card_give="karta {c} ważna do {e}",
    card_done="Płatność przyjęta, dziękujemy. Potwierdzenie pójdzie na {m}.",
    test_subj="Termin egzaminu praktycznego", test_body="Dzień dobry {n}, egzamin praktyczny (kategoria {cat}) odbędzie się {d} o {t}, {c}. Nr rezerwacji: {r}.",
    test_bring="Proszę zabrać dowód osobisty i przyjść 15 minut wcześniej.",
    resched="Muszę przełożyć egzamin, {d} nie mogę.", resched_id="Mój PESEL to {lic}, data urodzenia {b}.",
    compl_subj="Reklamacja – odwołane jazdy", compl_1="piszę w sprawie jazd, które {rel} {c} zarezerwował(a) u {i}.",
    compl_2="Trzy jazdy z rzędu odwołano w dniu zajęć, a za pakiet zapłaciliśmy {f}.",
    compl_iban="Proszę o zwrot za niewykorzystane godziny na {iban}.", compl_contact="Kontakt: {ph} lub {m}.",
    yours="Z poważaniem", son="syn", daughter="córka",
    par_intro="Dzień dobry, tu {role} {c}.", par_q="Jak idzie {c}? Czy egzamin w {mth} jest realny?",
    ins_a="{c} radzi sobie dobrze, ronda i parkowanie jeszcze do poprawy.",
    par_pick="Czy można odebrać {c} z domu {d}? Adres: {a}", par_ph="Mój numer to {ph}, gdyby coś się zmieniło.",
    mother="mama", father="tata", ok2="Super, dziękuję!",
    n_closed="Biuro nieczynne {d}; jazdy odbywają się normalnie.", n_contact="Egzaminy i zmiany: {sw} lub {mb}.",
    n_web="Zapisy online: {w}", n_fee="Jazda doszkalająca od {f}.",
    naw=["Nadzieja, że plac manewrowy wyschnie do piątku.", "Róża wiatrów na tablicy w sali wykładowej do wymiany."],
)
F["ru"] = dict(
    req=["Проверь, пожалуйста, ничего ли не пропущено, прежде чем я сохраню.", "Сделай краткое резюме в трёх пунктах для чата инструкторов.",
         "Помоги составить вежливый ответ."],
    hi="Здравствуйте, {n}!", book="Здравствуйте, это {n}. Можно записаться на вождение {d} в {t}?",
    cancel="Извините, придётся отменить занятие {d} в {t}, у меня температура.",
    ok="Без проблем. {i} заберёт вас в {t}.", home_q="Забрать от дома, как обычно?",
    home_a="Да, {a}", full="Для квитанции: ФИО {n}, дата рождения {b}.",
    card_q="Можно оплатить пакет из {k} занятий картой здесь?", card_give="карта {c} до {e}",
    card_done="Оплата получена, спасибо. Чек придёт на {m}.",
    test_subj="Запись на практический экзамен", test_body="Здравствуйте, {n}! Практический экзамен (категория {cat}) назначен на {d} в {t}, {c}. Номер записи: {r}.",
    test_bring="Возьмите паспорт и медицинскую справку.",
    resched="Нужно перенести экзамен, {d} не получается.", resched_id="Номер паспорта {lic}, дата рождения {b}.",
    compl_subj="Жалоба на отменённые занятия", compl_1="пишу по поводу занятий, на которые {rel} {c} записан(а) к инструктору {i}.",
    compl_2="Три занятия подряд отменили в тот же день, а за пакет мы заплатили {f}.",
    compl_iban="Прошу вернуть деньги за непройденные занятия.", compl_contact="Мой телефон {ph}, почта {m}.",
    yours="С уважением,", son="сын", daughter="дочь",
    par_intro="Здравствуйте, это {role} {c}.", par_q="Как успехи у {c}? Реально сдать в {mth}?",
    ins_a="{c} молодец, осталось отработать круговое движение и парковку.",
    par_pick="Сможете забрать {c} из дома {d}? Адрес: {a}", par_ph="Мой номер {ph}, если что-то изменится.",
    mother="мама", father="папа", ok2="Отлично, спасибо!",
    n_closed="Офис не работает {d}; занятия проходят по расписанию.", n_contact="Запись на экзамен и переносы: {sw} или {mb}.",
    n_web="Онлайн-запись: {w}", n_fee="Занятие по вождению от {f}.",
    naw=["Надежда на сухую погоду к экзамену в пятницу.", "Вера в себя — половина успеха на площадке."],
)
F["el"] = dict(
    req=["Μπορείς να ελέγξεις αν λείπει κάτι πριν το αρχειοθετήσω;", "Κάνε μια περίληψη σε τρία σημεία για την ομάδα των εκπαιδευτών.",
         "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    hi="Γεια σας {n},", book="Γεια σας, είμαι ο/η {n}. Υπάρχει μάθημα στις {d} στις {t};",
    cancel="Συγγνώμη, πρέπει να ακυρώσω το μάθημα στις {d} στις {t}, έχω πυρετό.",
    ok="Κανένα πρόβλημα. Ο/Η {i} θα σας πάρει στις {t}.", home_q="Παραλαβή από το σπίτι όπως πάντα;",
    home_a="Ναι, {a}", full="Για την απόδειξη: ονοματεπώνυμο {n}, ημερομηνία γέννησης {b}.",
    card_q="Μπορώ να πληρώσω το πακέτο {k} μαθημάτων με κάρτα εδώ;", card_give="κάρτα {c} λήξη {e}",
    card_done="Η πληρωμή έγινε, ευχαριστούμε. Η απόδειξη θα σταλεί στο {m}.",
    test_subj="Ορισμός πρακτικής εξέτασης", test_body="Αγαπητέ/ή {n}, η πρακτική εξέταση (κατηγορία {cat}) ορίστηκε για {d} στις {t}, {c}. Αριθμός κράτησης: {r}.",
    test_bring="Φέρτε την αστυνομική σας ταυτότητα.",
    resched="Πρέπει να αλλάξω ημερομηνία εξέτασης, στις {d} δεν μπορώ.", resched_id="Ο ΑΜΚΑ μου είναι {lic}, γέννηση {b}.",
    compl_subj="Παράπονο για ακυρωμένα μαθήματα", compl_1="σας γράφω για τα μαθήματα που έκλεισε {rel} {c} με τον/την {i}.",
    compl_2="Τρία μαθήματα στη σειρά ακυρώθηκαν την ίδια μέρα και πληρώσαμε {f} για το πακέτο.",
    compl_iban="Παρακαλώ επιστρέψτε τα χρήματα για τα μαθήματα που δεν έγιναν στο {iban}.", compl_contact="Τηλέφωνο {ph}, email {m}.",
    yours="Με εκτίμηση,", son="ο γιος μου", daughter="η κόρη μου",
    par_intro="Καλησπέρα, είμαι {role} του/της {c}.", par_q="Πώς τα πάει {c}; Είναι ρεαλιστική η εξέταση τον {mth};",
    ins_a="{c} τα πάει καλά, μένουν οι κυκλικοί κόμβοι και το παρκάρισμα.",
    par_pick="Μπορείτε να πάρετε {c} από το σπίτι στις {d}; Διεύθυνση: {a}", par_ph="Το κινητό μου είναι {ph} αν αλλάξει κάτι.",
    mother="η μητέρα", father="ο πατέρας", ok2="Τέλεια, ευχαριστώ!",
    n_closed="Το γραφείο είναι κλειστό στις {d}· τα μαθήματα γίνονται κανονικά.", n_contact="Εξετάσεις και αλλαγές: {sw} ή {mb}.",
    n_web="Κρατήσεις online: {w}", n_fee="Μάθημα οδήγησης από {f}.",
    naw=["Ελπίδα να στεγνώσει η πίστα μέχρι την Παρασκευή.", "Ειρήνη και ησυχία στην αίθουσα θεωρίας, παρακαλώ."],
)
F["tr"] = dict(
    req=["Kaydetmeden önce eksik bir şey var mı kontrol eder misin?", "Bunu eğitmen grubu için üç maddede özetler misin?",
         "Buna kibar bir cevap yazmama yardım et."],
    hi="Merhaba {n},", book="Merhaba, ben {n}. {d} saat {t} için direksiyon dersi var mı?",
    cancel="Kusura bakmayın, {d} saat {t} dersini iptal etmem gerekiyor, ateşim var.",
    ok="Sorun değil. {i} sizi saat {t} gibi alır.", home_q="Her zamanki gibi evden mi alalım?",
    home_a="Evet, {a}", full="Fatura için: ad soyad {n}, doğum tarihi {b}.",
    card_q="{k} derslik paketi buradan kartla ödeyebilir miyim?", card_give="kart {c} son kullanma {e}",
    card_done="Ödeme alındı, teşekkürler. Makbuz {m} adresine gidecek.",
    test_subj="Direksiyon sınavı randevusu", test_body="Sayın {n}, direksiyon sınavınız ({cat} sınıfı) {d} saat {t}, {c}. Randevu no: {r}.",
    test_bring="Lütfen kimlik kartınızı yanınızda getirin.",
    resched="Sınavımı ertelemem gerekiyor, {d} gelemiyorum.", resched_id="T.C. kimlik numaram {lic}, doğum tarihim {b}.",
    compl_subj="İptal edilen dersler hakkında şikâyet", compl_1="{rel} {c} için {i} ile alınan dersler hakkında yazıyorum.",
    compl_2="Üst üste üç ders aynı gün iptal edildi, paket için {f} ödedik.",
    compl_iban="Kullanılmayan derslerin ücretini {iban} hesabına iade etmenizi rica ederim.", compl_contact="Bana {ph} veya {m} üzerinden ulaşabilirsiniz.",
    yours="Saygılarımla,", son="oğlum", daughter="kızım",
    par_intro="Merhaba, ben {c}'in {role}.", par_q="{c} nasıl gidiyor? {mth} ayındaki sınav gerçekçi mi?",
    ins_a="{c} iyi gidiyor, döner kavşak ve park biraz daha çalışılmalı.",
    par_pick="{d} günü {c}'i evden alabilir misiniz? Adres: {a}", par_ph="Bir değişiklik olursa numaram {ph}.",
    mother="annesi", father="babası", ok2="Harika, teşekkürler!",
    n_closed="Büromuz {d} günü kapalıdır; dersler planlandığı gibi yapılacaktır.", n_contact="Sınav randevuları: {sw} veya {mb}.",
    n_web="Online kayıt: {w}", n_fee="Direksiyon dersi {f} başlayan fiyatlarla.",
    naw=["Umut var, pist cumaya kadar kurur.", "Deniz kenarındaki parkurda sis olabilir."],
)
F["he"] = dict(
    req=["תוכל לבדוק אם חסר פה משהו לפני שאני מתייק?", "תסכם את זה בשלוש נקודות לקבוצה של המורים.",
         "תעזור לי לנסח תשובה מנומסת."],
    hi="שלום {n},", book="היי, זה {n}. יש שיעור פנוי ב־{d} בשעה {t}?",
    cancel="סליחה, צריך לבטל את השיעור של {d} בשעה {t}, יש לי חום.",
    ok="אין בעיה. האיסוף עם {i} ב־{t}.", home_q="איסוף מהבית כרגיל?",
    home_a="כן, {a}", full="לחשבונית: שם מלא {n}, תאריך לידה {b}.",
    card_q="אפשר לשלם על חבילה של {k} שיעורים בכרטיס כאן?", card_give="כרטיס {c} תוקף {e}",
    card_done="התשלום התקבל, תודה. הקבלה תישלח ל־{m}.",
    test_subj="זימון לטסט", test_body="שלום {n}, הטסט המעשי (דרגה {cat}) נקבע ל־{d} בשעה {t}, {c}. מספר הזמנה: {r}.",
    test_bring="יש להביא תעודת זהות וטופס ירוק.",
    resched="צריך להזיז את הטסט, ב־{d} זה לא מסתדר.", resched_id="מספר תעודת הזהות {lic}, תאריך לידה {b}.",
    compl_subj="תלונה על שיעורים שבוטלו", compl_1="הפנייה בעניין השיעורים של {rel} {c} אצל המורה {i}.",
    compl_2="שלושה שיעורים ברצף בוטלו באותו יום, ושילמנו {f} על החבילה.",
    compl_iban="אבקש החזר על השיעורים שלא נוצלו.", compl_contact="אפשר להשיג אותי ב־{ph} או ב־{m}.",
    yours="בברכה,", son="בני", daughter="בתי",
    par_intro="שלום, מדבר/ת {role} של {c}.", par_q="איך {c} מתקדם/ת? הטסט ב{mth} ריאלי?",
    ins_a="{c} בסדר גמור, נשאר לתרגל כיכרות וחניה.",
    par_pick="אפשר לאסוף את {c} מהבית ב־{d}? הכתובת: {a}", par_ph="הנייד שלי {ph} אם משהו משתנה.",
    mother="האמא", father="האבא", ok2="מעולה, תודה!",
    n_closed="המשרד סגור ב־{d}; השיעורים מתקיימים כרגיל.", n_contact="טסטים ושינויים: {sw} או {mb}.",
    n_web="הזמנה מקוונת: {w}", n_fee="שיעור נהיגה החל מ־{f}.",
    naw=["תקווה שהמגרש יתייבש עד שישי.", "שושנה אדומה על הלוח בכיתת התאוריה."],
)
F["ar"] = dict(
    req=["ممكن تراجع لو فيه حاجة ناقصة قبل ما أحفظه؟", "لخص ده في ثلاث نقاط لجروب المدربين.",
         "ساعدني أكتب رد مهذب على ده."],
    hi="أهلاً {n}،", book="السلام عليكم، معاك {n}. فيه حصة يوم {d} الساعة {t}؟",
    cancel="آسف، لازم ألغي حصة {d} الساعة {t}، عندي سخونية.",
    ok="مفيش مشكلة. الكابتن {i} هيعدي عليك الساعة {t}.", home_q="نعدي عليك من البيت زي كل مرة؟",
    home_a="أيوه، {a}", full="للفاتورة: الاسم بالكامل {n}، تاريخ الميلاد {b}.",
    card_q="ينفع أدفع باقة الـ{k} حصص بالكارت هنا؟", card_give="رقم الكارت {c} ينتهي {e}",
    card_done="تم الدفع، شكراً. الإيصال هيوصل على {m}.",
    test_subj="موعد اختبار القيادة", test_body="الأستاذ/ة {n}، اختبار القيادة العملي (رخصة {cat}) يوم {d} الساعة {t}، {c}. رقم الحجز: {r}.",
    test_bring="برجاء إحضار البطاقة الشخصية والكشف الطبي.",
    resched="محتاج أأجل الاختبار، يوم {d} مش هقدر.", resched_id="الرقم القومي {lic}، تاريخ الميلاد {b}.",
    compl_subj="شكوى بخصوص حصص ملغاة", compl_1="بكتب لحضراتكم بخصوص الحصص اللي {rel} {c} حجزها مع الكابتن {i}.",
    compl_2="اتلغت ثلاث حصص ورا بعض في نفس اليوم، ودفعنا {f} للباقة.",
    compl_iban="برجاء استرداد قيمة الحصص اللي ما اتعملتش.", compl_contact="رقمي {ph} والإيميل {m}.",
    yours="مع خالص التحية،", son="ابني", daughter="بنتي",
    par_intro="مساء الخير، معاك {role} {c}.", par_q="{c} ماشي إزاي؟ ينفع يدخل الاختبار في {mth}؟",
    ins_a="{c} كويس جداً، فاضل الدوران والركن.",
    par_pick="ممكن تعدوا على {c} من البيت يوم {d}؟ العنوان: {a}", par_ph="رقم موبايلي {ph} لو فيه أي تغيير.",
    mother="والدة", father="والد", ok2="تمام، شكراً!",
    n_closed="المكتب مقفول يوم {d}؛ الحصص ماشية عادي.", n_contact="حجز الاختبارات: {sw} أو {mb}.",
    n_web="الحجز أونلاين: {w}", n_fee="الحصة تبدأ من {f}.",
    naw=["على أمل إن الأرض تنشف قبل الجمعة.", "نور الكشافات لازم يتراجع قبل الحصص الليلية."],
)
F["hi"] = dict(
    req=["सेव करने से पहले देख लो कि इसमें कुछ छूटा तो नहीं?", "इसे इंस्ट्रक्टर ग्रुप के लिए तीन बिंदुओं में समेट दो।",
         "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    hi="नमस्ते {n} जी,", book="नमस्ते, मैं {n} बोल रहा/रही हूँ। क्या {d} को {t} बजे क्लास मिल सकती है?",
    cancel="माफ़ कीजिए, {d} की {t} वाली क्लास रद्द करनी है, बुखार है।",
    ok="कोई बात नहीं। {i} आपको {t} बजे ले लेंगे।", home_q="हमेशा की तरह घर से पिक-अप?",
    home_a="हाँ, {a}", full="रसीद के लिए: पूरा नाम {n}, जन्म तिथि {b}।",
    card_q="क्या {k} क्लास वाले पैकेज का भुगतान यहीं कार्ड से हो सकता है?", card_give="कार्ड {c} समाप्ति {e}",
    card_done="भुगतान मिल गया, धन्यवाद। रसीद {m} पर भेजी जाएगी।",
    test_subj="ड्राइविंग टेस्ट की बुकिंग", test_body="प्रिय {n}, आपका ड्राइविंग टेस्ट (श्रेणी {cat}) {d} को {t} बजे, {c} में है। बुकिंग संख्या: {r}।",
    test_bring="लर्निंग लाइसेंस और पहचान पत्र साथ लाएँ।",
    resched="मुझे टेस्ट की तारीख बदलनी है, {d} को नहीं आ पाऊँगा।", resched_id="मेरा लाइसेंस नंबर {lic} है, जन्म तिथि {b}।",
    compl_subj="रद्द हुई क्लासों की शिकायत", compl_1="मैं उन क्लासों के बारे में लिख रहा/रही हूँ जो {rel} {c} ने {i} के साथ बुक की थीं।",
    compl_2="लगातार तीन क्लास उसी दिन रद्द कर दी गईं, जबकि पैकेज के लिए {f} दिए गए थे।",
    compl_iban="बची हुई क्लासों का पैसा वापस करने का अनुरोध है।", compl_contact="मुझसे {ph} या {m} पर संपर्क करें।",
    yours="भवदीय,", son="मेरे बेटे", daughter="मेरी बेटी",
    par_intro="नमस्ते, मैं {c} की {role} हूँ।", par_q="{c} कैसा कर रहा है? क्या {mth} में टेस्ट हो पाएगा?",
    ins_a="{c} अच्छा कर रहे हैं, गोल चक्कर और पार्किंग पर थोड़ा काम बाकी है।",
    par_pick="क्या {d} को {c} को घर से ले सकते हैं? पता: {a}", par_ph="कुछ बदले तो मेरा नंबर {ph} है।",
    mother="माँ", father="पिता", ok2="बढ़िया, धन्यवाद!",
    n_closed="{d} को कार्यालय बंद रहेगा; क्लासें तय समय पर होंगी।", n_contact="टेस्ट बुकिंग और बदलाव: {sw} या {mb}।",
    n_web="ऑनलाइन बुकिंग: {w}", n_fee="एक क्लास {f} से शुरू।",
    naw=["आशा है शुक्रवार तक ट्रैक सूख जाएगा।", "किरण की रोशनी में डैशबोर्ड की चमक देखें।"],
)
F["th"] = dict(
    req=["ช่วยตรวจหน่อยว่าขาดอะไรไหมก่อนเก็บเข้าแฟ้ม", "สรุปเป็นสามข้อสำหรับกลุ่มครูฝึกหน่อย", "ช่วยร่างคำตอบสุภาพให้หน่อย"],
    hi="สวัสดี{p} คุณ{n}", book="สวัสดี{p} {n} นะ{p} ขอจองเรียนขับวันที่ {d} เวลา {t} ได้ไหม{p}",
    cancel="ขอโทษ{p} ขอยกเลิกคลาสวันที่ {d} เวลา {t} เพราะมีไข้{p}",
    ok="ได้เลย{p} ครู{i} จะไปรับเวลา {t}", home_q="รับที่บ้านเหมือนเดิมไหม{p}",
    home_a="ใช่{p} {a}", full="สำหรับใบเสร็จ ชื่อเต็ม {n} เกิดวันที่ {b}",
    card_q="จ่ายแพ็กเกจ {k} ชั่วโมงด้วยบัตรตรงนี้ได้ไหม{p}", card_give="บัตร {c} หมดอายุ {e}",
    card_done="ได้รับชำระแล้ว ขอบคุณ{p} ใบเสร็จจะส่งไปที่ {m}",
    test_subj="ยืนยันวันสอบขับรถ", test_body="เรียนคุณ{n} วันสอบภาคปฏิบัติ (ประเภท {cat}) คือ {d} เวลา {t} ที่{c} เลขที่จอง {r}",
    test_bring="กรุณานำบัตรประชาชนและใบรับรองแพทย์มาด้วย",
    resched="ขอเลื่อนวันสอบ{p} วันที่ {d} ไปไม่ได้", resched_id="เลขบัตรประชาชน {lic} เกิดวันที่ {b}",
    compl_subj="ร้องเรียนเรื่องคลาสที่ถูกยกเลิก", compl_1="เขียนมาเรื่องคลาสที่{rel} {c} จองไว้กับครู{i}",
    compl_2="คลาสถูกยกเลิกในวันเดียวกันสามครั้งติด ทั้งที่จ่ายค่าแพ็กเกจ {f} แล้ว",
    compl_iban="ขอคืนเงินค่าคลาสที่ยังไม่ได้เรียน", compl_contact="ติดต่อได้ที่ {ph} หรือ {m}",
    yours="ขอแสดงความนับถือ", son="ลูกชาย", daughter="ลูกสาว",
    par_intro="สวัสดี{p} เป็น{role}ของ{c}{p}", par_q="{c}เรียนเป็นยังไงบ้าง{p} สอบเดือน{mth}ทันไหม",
    ins_a="{c}ทำได้ดี เหลือฝึกวงเวียนกับการจอดรถ",
    par_pick="วันที่ {d} ไปรับ{c}ที่บ้านได้ไหม{p} ที่อยู่ {a}", par_ph="ถ้ามีอะไรเปลี่ยน โทร {ph} ได้เลย{p}",
    mother="แม่", father="พ่อ", ok2="ขอบคุณมาก{p}",
    n_closed="สำนักงานปิดวันที่ {d} คลาสเรียนตามปกติ", n_contact="จองสอบและเปลี่ยนวัน: {sw} หรือ {mb}",
    n_web="จองออนไลน์: {w}", n_fee="ค่าเรียนเริ่มต้น {f}",
    naw=["หวังว่าสนามจะแห้งก่อนวันศุกร์", "ฟ้าใสดีวันนี้ เหมาะกับการฝึกถอยจอด"],
)
F["zh"] = dict(
    req=["存档之前帮我看看有没有漏填的？", "帮我总结成三点，发到教练群里。", "帮我写一个礼貌的回复。"],
    hi="{n}你好，", book="你好，我是{n}，{d} {t}还能约车吗？",
    cancel="不好意思，{d} {t}的课要取消，我发烧了。",
    ok="没问题，{i}教练{t}去接你。", home_q="还是在家门口接吗？",
    home_a="是的，{a}", full="开发票用：姓名{n}，出生日期{b}。",
    card_q="{k}课时的套餐可以在这里刷卡付吗？", card_give="卡号{c}，有效期{e}",
    card_done="已收款，谢谢。收据会发到{m}。",
    test_subj="科目二考试预约成功", test_body="{n}您好，您的驾驶技能考试（{cat}照）定于{d} {t}，地点：{c}。预约号：{r}。",
    test_bring="请携带身份证原件，提前20分钟到场。",
    resched="我想改考试时间，{d}去不了。", resched_id="我的身份证号是{lic}，出生日期{b}。",
    compl_subj="关于课程被取消的投诉", compl_1="我想反映{rel}{c}跟{i}教练预约的课程问题。",
    compl_2="连续三次课都是当天被取消的，而套餐我们已经付了{f}。",
    compl_iban="请把没上的课时费退回。", compl_contact="联系电话{ph}，邮箱{m}。",
    yours="此致", son="我儿子", daughter="我女儿",
    par_intro="您好，我是{c}的{role}。", par_q="{c}最近练得怎么样？{mth}考试来得及吗？",
    ins_a="{c}进步很快，环岛和侧方停车还要多练。",
    par_pick="{d}能不能到家里接{c}？地址：{a}", par_ph="有变动请打我电话{ph}。",
    mother="妈妈", father="爸爸", ok2="好的，谢谢！",
    n_closed="{d}办公室休息，练车照常。", n_contact="考试预约及改期：{sw}或{mb}。",
    n_web="网上预约：{w}", n_fee="单个课时{f}起。",
    naw=["希望周五之前考场能干。", "春风吹过，练车场的锥桶该换了。"],
)
F["ja"] = dict(
    req=["保存する前に、抜けているところがないか確認してもらえますか？", "指導員グループ向けに三行でまとめてください。",
         "丁寧な返信を書くのを手伝ってください。"],
    hi="{n}様", book="お疲れさまです、{n}です。{d}の{t}に技能教習の予約は取れますか？",
    cancel="すみません、{d}の{t}の教習をキャンセルさせてください。熱があります。",
    ok="大丈夫ですよ。{i}指導員が{t}にお迎えに行きます。", home_q="いつも通りご自宅への送迎でよろしいですか？",
    home_a="はい、{a}です", full="領収書用に：氏名{n}、生年月日{b}。",
    card_q="{k}時限のセット料金をここでカード払いできますか？", card_give="カード番号{c} 有効期限{e}",
    card_done="お支払いを確認しました。領収書は{m}へお送りします。",
    test_subj="技能検定のご案内", test_body="{n}様、技能検定（{cat}）は{d} {t}、{c}で行います。受付番号：{r}。",
    test_bring="仮免許証と教習手帳をお持ちください。",
    resched="検定の日程を変更したいです。{d}は都合が悪いです。", resched_id="仮免許証番号は{lic}、生年月日は{b}です。",
    compl_subj="教習キャンセルについての苦情", compl_1="{rel}{c}が{i}指導員に予約していた教習についてご連絡します。",
    compl_2="三回続けて当日キャンセルとなり、セット料金{f}はすでに支払っています。",
    compl_iban="未受講分の返金をお願いします。", compl_contact="連絡先：{ph}、{m}",
    yours="よろしくお願いいたします。", son="息子の", daughter="娘の",
    par_intro="いつもお世話になっております。{c}の{role}です。", par_q="{c}の様子はいかがですか？{mth}の検定は間に合いそうですか？",
    ins_a="{c}さんは順調です。あとは交差点と縦列駐車ですね。",
    par_pick="{d}は自宅まで{c}を迎えに来てもらえますか？住所：{a}", par_ph="変更があれば{ph}までお願いします。",
    mother="母", father="父", ok2="ありがとうございます！",
    n_closed="{d}は事務所休業です。教習は通常通り行います。", n_contact="検定予約・変更：{sw} または {mb}",
    n_web="オンライン予約：{w}", n_fee="技能教習1時限{f}から。",
    naw=["金曜までにコースが乾くといいですね。", "春の交通安全週間に合わせて講習を行います。"],
)
F["ko"] = dict(
    req=["저장하기 전에 빠진 거 없는지 확인해 줘.", "강사 단톡방에 올릴 수 있게 세 줄로 요약해 줘.", "정중한 답장 쓰는 것 좀 도와줘."],
    hi="{n}님 안녕하세요,", book="안녕하세요, {n}입니다. {d} {t}에 도로연수 예약 가능할까요?",
    cancel="죄송하지만 {d} {t} 수업은 취소해야 할 것 같아요. 열이 나서요.",
    ok="괜찮아요. {i} 강사님이 {t}에 모시러 갑니다.", home_q="평소처럼 집 앞에서 픽업할까요?",
    home_a="네, {a}", full="영수증용: 성명 {n}, 생년월일 {b}.",
    card_q="{k}시간 패키지를 여기서 카드로 결제할 수 있나요?", card_give="카드번호 {c} 유효기간 {e}",
    card_done="결제 완료되었습니다. 영수증은 {m}로 보내드립니다.",
    test_subj="기능시험 예약 안내", test_body="{n}님, 기능시험({cat})이 {d} {t}, {c}에서 진행됩니다. 접수번호: {r}.",
    test_bring="신분증과 연습면허증을 지참해 주세요.",
    resched="시험 날짜를 바꾸고 싶어요. {d}은 안 될 것 같아요.", resched_id="주민등록번호는 {lic}, 생년월일은 {b}입니다.",
    compl_subj="수업 취소 관련 민원", compl_1="{rel} {c}이(가) {i} 강사님께 예약한 수업 건으로 연락드립니다.",
    compl_2="세 번 연속 당일 취소되었고, 패키지 요금 {f}은 이미 결제했습니다.",
    compl_iban="미수강분 환불을 요청드립니다.", compl_contact="연락처: {ph}, {m}",
    yours="감사합니다.", son="아들", daughter="딸",
    par_intro="안녕하세요, {c} {role}입니다.", par_q="{c} 연수는 잘 되고 있나요? {mth} 시험 가능할까요?",
    ins_a="{c} 학생 잘하고 있어요. 회전교차로랑 주차만 더 연습하면 됩니다.",
    par_pick="{d}에 집으로 {c} 픽업 가능할까요? 주소: {a}", par_ph="변동 있으면 {ph}로 연락 주세요.",
    mother="엄마", father="아빠", ok2="감사합니다!",
    n_closed="{d}은 사무실 휴무입니다. 수업은 정상 진행합니다.", n_contact="시험 예약 및 변경: {sw} 또는 {mb}",
    n_web="온라인 예약: {w}", n_fee="도로연수 1시간 {f}부터.",
    naw=["금요일까지 코스가 마르길 바랍니다.", "봄비가 오면 와이퍼 점검부터 하세요."],
)
F["vi"] = dict(
    req=["Kiểm tra giúp em xem còn thiếu gì trước khi lưu hồ sơ nhé.", "Tóm tắt giúp em thành ba ý cho nhóm giáo viên.",
         "Giúp em viết một câu trả lời lịch sự."],
    hi="Chào {n},", book="Chào trung tâm, em là {n}. Ngày {d} lúc {t} còn lịch học lái không ạ?",
    cancel="Em xin lỗi, em phải hủy buổi ngày {d} lúc {t} vì bị sốt ạ.",
    ok="Không sao. Giáo viên {i} sẽ đón em lúc {t}.", home_q="Đón tại nhà như mọi khi nhé?",
    home_a="Vâng ạ, {a}", full="Để xuất hóa đơn: họ tên {n}, ngày sinh {b}.",
    card_q="Em thanh toán gói {k} giờ bằng thẻ ở đây được không ạ?", card_give="số thẻ {c} hết hạn {e}",
    card_done="Đã nhận thanh toán, cảm ơn em. Biên lai sẽ gửi về {m}.",
    test_subj="Lịch sát hạch lái xe", test_body="Chào {n}, lịch sát hạch thực hành (hạng {cat}) của bạn là {d} lúc {t}, {c}. Mã đăng ký: {r}.",
    test_bring="Vui lòng mang theo căn cước công dân bản gốc.",
    resched="Em muốn đổi lịch thi, ngày {d} em không đi được.", resched_id="Số CCCD của em là {lic}, sinh ngày {b}.",
    compl_subj="Khiếu nại về các buổi học bị hủy", compl_1="tôi viết thư về các buổi học mà {rel} {c} đã đặt với giáo viên {i}.",
    compl_2="Ba buổi liên tiếp bị hủy ngay trong ngày, trong khi gia đình đã đóng {f} cho cả gói.",
    compl_iban="Đề nghị trung tâm hoàn lại tiền các buổi chưa học.", compl_contact="Liên hệ: {ph} hoặc {m}.",
    yours="Trân trọng,", son="con trai tôi", daughter="con gái tôi",
    par_intro="Chào trung tâm, tôi là {role} của {c}.", par_q="Cháu {c} học thế nào rồi ạ? Thi vào tháng {mth} kịp không?",
    ins_a="Cháu {c} tiến bộ tốt, chỉ cần luyện thêm vòng xuyến và ghép xe.",
    par_pick="Ngày {d} có thể đón cháu {c} tại nhà được không? Địa chỉ: {a}", par_ph="Có gì thay đổi xin gọi {ph} nhé.",
    mother="mẹ", father="bố", ok2="Cảm ơn nhiều ạ!",
    n_closed="Văn phòng nghỉ ngày {d}; lịch học vẫn giữ nguyên.", n_contact="Đăng ký thi và đổi lịch: {sw} hoặc {mb}.",
    n_web="Đặt lịch trực tuyến: {w}", n_fee="Học phí từ {f} một giờ.",
    naw=["Mong sân tập khô ráo trước thứ Sáu.", "Mưa phùn buổi sáng, nhớ bật đèn sương mù."],
)
MONTH_WORD = {"en": MONTHS["en"], "de": MONTHS["de"], "fr": MONTHS["fr"], "es": MONTHS["es"], "it": MONTHS["it"],
              "nl": MONTHS["nl"], "pt": MONTHS["pt"],
              "pl": "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu".split(),
              "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(),
              "el": "Ιανουάριο Φεβρουάριο Μάρτιο Απρίλιο Μάιο Ιούνιο Ιούλιο Αύγουστο Σεπτέμβριο Οκτώβριο Νοέμβριο Δεκέμβριο".split(),
              "tr": MONTHS_X["tr"], "he": MONTHS_X["he"], "ar": MONTHS_X["ar"], "hi": MONTHS_X["hi"], "th": MONTHS_X["thl"],
              "zh": ["%d月" % i for i in range(1, 13)], "ja": ["%d月" % i for i in range(1, 13)],
              "ko": ["%d월" % i for i in range(1, 13)], "vi": [str(i) for i in range(1, 13)]}


def fr_(R, lang, key, **kw):
    s = F[lang][key]
    if lang == "th":
        kw.setdefault("p", "ค่ะ" if kw.pop("fem", False) else "ครับ")
    else:
        kw.pop("fem", None)
    return s.format(**kw) if kw else s


def split_fmt(s, **labels):
    """Splits a frame at {x} placeholders whose value is an L/N (or list),
    returning parts for build()."""
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", s):
        out.append(s[pos:m.start()])
        out.append(labels[m.group(1)])
        pos = m.end()
    out.append(s[pos:])
    return out


def frame(R, lang, key, fem=False, **kw):
    """A frame sentence with some values as labels/negatives (L, N) and the
    rest plain text."""
    s = F[lang][key]
    if lang == "th":
        s = s.replace("{p}", "ค่ะ" if fem else "ครับ")
    return split_fmt(s, **kw)


def request(R, lang, kind=None):
    return R.choice(F[lang]["req"])


# ====================================================================== field labels (person fields in the country's language)
LBL = {
    "en": ("Full name", "Date of birth", "Home address", "Mobile", "E-mail", "Parent/guardian"),
    "de": ("Name, Vorname", "Geburtsdatum", "Anschrift", "Handy", "E-Mail", "Erziehungsberechtigte/r"),
    "fr": ("Nom et prénom", "Date de naissance", "Adresse", "Portable", "Courriel", "Représentant légal"),
    "es": ("Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "Padre/madre/tutor"),
    "it": ("Nome e cognome", "Data di nascita", "Indirizzo", "Cellulare", "E-mail", "Genitore/tutore"),
    "nl": ("Naam", "Geboortedatum", "Adres", "Mobiel", "E-mail", "Ouder/voogd"),
    "pt": ("Nome completo", "Data de nascimento", "Endereço", "Celular", "E-mail", "Responsável"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "Telefon", "E-mail", "Rodzic/opiekun"),
    "ru": ("ФИО", "Дата рождения", "Адрес регистрации", "Моб. телефон", "Эл. почта", "Законный представитель"),
    "el": ("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Κινητό", "Email", "Γονέας/κηδεμόνας"),
    "tr": ("Adı Soyadı", "Doğum tarihi", "Adres", "Cep telefonu", "E-posta", "Veli"),
    "he": ("שם מלא", "תאריך לידה", "כתובת", "נייד", "דוא\"ל", "הורה/אפוטרופוס"),
    "ar": ("الاسم بالكامل", "تاريخ الميلاد", "العنوان", "الموبايل", "البريد الإلكتروني", "ولي الأمر"),
    "hi": ("पूरा नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "अभिभावक"),
    "th": ("ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล", "ผู้ปกครอง"),
    "zh": ("姓名", "出生日期", "住址", "手机", "邮箱", "监护人"),
    "ja": ("氏名", "生年月日", "住所", "携帯電話", "メール", "保護者"),
    "ko": ("성명", "생년월일", "주소", "휴대폰", "이메일", "보호자"),
    "vi": ("Họ và tên", "Ngày sinh", "Địa chỉ", "Điện thoại", "Email", "Phụ huynh"),
}
CUR = {"US": ("$%s", 60), "GB": ("£%s", 38), "DE": ("%s €", 65), "FR": ("%s €", 55), "ES": ("%s €", 40), "IT": ("€ %s", 45),
       "NL": ("€ %s", 62), "BR": ("R$ %s", 120), "PL": ("%s zł", 160), "RU": ("%s ₽", 2500), "GR": ("%s €", 35),
       "TR": ("%s TL", 1800), "IL": ("%s ₪", 190), "EG": ("%s ج.م", 450), "IN": ("₹%s", 600), "TH": ("%s บาท", 700),
       "CN": ("%s元", 180), "JP": ("%s円", 5800), "KR": ("%s원", 70000), "VN": ("%s đ", 600000)}


def fee(R, cc, mult=1):
    f, base = CUR[cc]
    v = int(base * mult * R.choice([0.9, 1, 1.1, 1.25]))
    if v >= 1000:
        s = "{:,}".format(v)
        if cc in ("DE", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "VN", "FR"):
            s = s.replace(",", "." if cc != "FR" and cc != "PL" and cc != "RU" else "\u202f")
    else:
        s = str(v)
    return f % s


# ====================================================================== look-alikes of the theme
PLATE_L = {"RU": "АВЕКМНОРСТУХ", "GR": "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"}
A_Z = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate(R, cc):
    u = lambda n: "".join(R.choice(A_Z) for _ in range(n))
    d = lambda n: "".join(R.choice(string.digits) for _ in range(n))
    if cc == "US":
        return d(1) + u(3) + d(3)
    if cc == "GB":
        return u(2) + d(2) + " " + u(3)
    if cc == "DE":
        return R.choice(["LIF", "UE", "LIP", "DEG"]) + "-" + u(2) + " " + str(R.randint(10, 9999))
    if cc == "FR":
        return "%s-%s-%s" % (u(2), d(3), u(2))
    if cc == "ES":
        return d(4) + " " + "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    if cc == "IT":
        return "%s %s %s" % (u(2), d(3), u(2))
    if cc == "NL":
        return "%s-%s-%s" % (u(2), d(3), u(1))
    if cc == "BR":
        return u(3) + d(1) + u(1) + d(2)
    if cc == "PL":
        return R.choice(["LU", "NO", "RZ", "OP"]) + " " + d(4) + u(1)
    if cc == "RU":
        a = PLATE_L["RU"]
        return R.choice(a) + d(3) + R.choice(a) + R.choice(a) + " " + R.choice(["68", "44", "35", "60"])
    if cc == "GR":
        a = PLATE_L["GR"]
        return "".join(R.choice(a) for _ in range(3)) + "-" + d(4)
    if cc == "TR":
        return "%s %s %s" % (R.choice(["43", "64", "32", "42"]), u(R.choice([2, 3])), d(3))
    if cc == "IL":
        return "%s-%s-%s" % (d(3), d(2), d(3))
    if cc == "EG":
        return "%s %s %s %s" % (R.choice("أبجدرسصطعفقلمنهوى"), R.choice("أبجدرسصطعفقلمنهوى"), R.choice("أبجدرسصطعفقلمنهوى"),
                               "".join(R.choice("٠١٢٣٤٥٦٧٨٩") for _ in range(4)))
    if cc == "IN":
        return "MP %02d %s %s" % (R.choice([7, 19, 17, 15]), u(2), d(4))
    if cc == "TH":
        return "%s%s %s %s" % (R.randint(1, 9), R.choice(["กท", "ขข", "ฆง", "ษณ"]), d(4), R.choice(["ขอนแก่น", "อุดรธานี", "ลำปาง"]))
    if cc == "CN":
        return R.choice(["苏K", "湘B", "鲁G", "闽C"]) + "·" + d(4) + "学"
    if cc == "JP":
        return "%s %d %s %s-%s" % (R.choice(["愛媛", "前橋", "釧路", "鳥取"]), R.randint(300, 599), R.choice("あいうえかきくけこ"), d(2), d(2))
    if cc == "KR":
        return "%d%s %s" % (R.randint(10, 399), R.choice("가나다라마거너더러머"), d(4))
    if cc == "VN":
        return "%s%s-%s.%s" % (R.choice(["66", "36", "24", "75"]), R.choice("ABCDEFGH"), d(3), d(2))
    raise KeyError(cc)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = {"US": "1HG", "GB": "SJN", "DE": "WVW", "FR": "VF1", "ES": "VSS", "IT": "ZFA", "NL": "WF0", "BR": "9BW", "PL": "SUF",
       "RU": "XTA", "GR": "TMB", "TR": "NMT", "IL": "KMH", "EG": "JTD", "IN": "MA3", "TH": "MR0", "CN": "LSV", "JP": "JTD",
       "KR": "KNA", "VN": "RL4"}


def vin(R, cc):
    return WMI[cc] + "".join(R.choice(VIN_CH) for _ in range(14))


def category(R, cc):
    if cc == "JP":
        return R.choice(["普通", "準中型", "普通二輪"])
    if cc == "CN":
        return R.choice(["C1", "C2"])
    if cc == "KR":
        return R.choice(["1종 보통", "2종 보통"])
    if cc == "VN":
        return R.choice(["B1", "B2", "A1"])
    if cc == "IN":
        return R.choice(["LMV", "MCWG", "LMV-NT"])
    if cc == "EG":
        return R.choice(["رخصة خاصة", "رخصة دراجة نارية"])
    if cc == "TH":
        return R.choice(["รถยนต์ส่วนบุคคล", "รถจักรยานยนต์"])
    if cc == "US":
        return R.choice(["Class D", "Class C", "Class M"])
    if cc in ("RU", "BR", "IL", "TR"):
        return R.choice(["B", "A", "BE", "A1"])
    return R.choice(["B", "B", "BE", "A2", "B96", "AM"])


def booking_ref(R, cc):
    if cc == "GB":
        return "%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
    if cc == "US":
        return "RT-%06d" % R.randint(0, 999999)
    if cc == "NL":
        return "%d%06d" % (R.randint(1, 9), R.randint(0, 999999))
    if cc == "CN":
        return "KM2-%d%05d" % (R.randint(1, 9), R.randint(0, 99999))
    return R.choice(["PR", "EX", "T"]) + "-%d-%05d" % (2026, R.randint(0, 99999))


def nonluhn_digits(R, n):
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


def theory_no(R, cc):
    if cc == "GB":
        return nonluhn_digits(R, 16)
    if cc == "DE":
        return "TP-%s" % nonluhn_digits(R, 9)
    if cc == "PL":
        return nonluhn_digits(R, 20)   # PKK
    return "%s/%d/%05d" % (R.choice(["TH", "TE", "T1"]), 2026, R.randint(0, 99999))


INSTR_FMT = {"US": "DI-%05d", "GB": "ADI %06d", "DE": "FL-LIF-%04d", "FR": "A 07 071 %04d 0", "ES": "PROF-BU-%04d",
             "IT": "istr. MC/%04d", "NL": "WRM %07d", "BR": "Detran nº %06d", "PL": "legit. %05d", "RU": "св-во ПОВ № %06d",
             "GR": "Α.Ε. %04d", "TR": "usta öğretici %05d", "IL": "רישיון מורה %05d", "EG": "رخصة مدرب %05d",
             "IN": "MP/DI/%04d", "TH": "ครูฝึก %04d/2569", "CN": "教练证 %06d", "JP": "指導員 第%04d号", "KR": "강사 %02d-%04d",
             "VN": "GV %03d/GTVT"}


def instr_no(R, cc):
    f = INSTR_FMT[cc]
    if f.count("%") == 2:
        return f % (R.randint(10, 99), R.randint(0, 9999))
    return f % R.randint(1000 if "04d" in f else 1, 10 ** int(re.search(r"%0(\d)d", f).group(1)) - 1)


def examiner_no(R):
    return R.choice(["EX", "DE", "PRF"]) + "-%04d" % R.randint(1, 9999)


def lesson_time(R):
    h = R.randint(7, 19)
    m = R.choice([0, 15, 30, 45])
    return "%02d:%02d" % (h, m)


def serial(R, kind):
    return {"dashcam": "DC4K-%s" % "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
            "dual": "DCS-%04d-%s" % (R.randint(0, 9999), R.choice(string.ascii_uppercase) * 1),
            "tablet": "SN %s" % "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(11)),
            "tracker": "IMEI-TAG %s" % nonluhn_digits(R, 15)}[kind]


def priv_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def mailbox(cc, box):
    return "%s@%s" % (box, SCHOOL[cc][1])


def school(cc):
    return SCHOOL[cc][0]


# English-skeleton form labels of the booking systems
def wrap(R, lang, parts, english=False):
    """Places a request line in the text's language before or after the paste."""
    req = request(R, "en" if english else lang)
    k = R.randint(0, 5)
    if k == 0:
        return [req, "\n\n", parts]
    if k == 1:
        return [parts, "\n\n", req]
    if k == 2:
        return [req, "\n\"\"\"\n", parts, "\n\"\"\""]
    if k == 3:
        return [req, "\n---\n", parts]
    if k == 4:
        return [req, "\n```\n", parts, "\n```"]
    return [parts, "\n---\n", req]


# ====================================================================== templates
TEMPLATES = []


def tpl(count, labelled=True):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fn, count, labelled))
        return fn
    return deco


def P(p, role=None):
    return L("person", p.full, **({"sub": role} if role else {}))


def PG(p, role=None):
    """The person as addressed (given name; full name in CN, JP, KR, VN)."""
    return L("person", p.call, **({"sub": role} if role else {}))


def DOB(R, p, style=None):
    return L("dob", dob(R, p.cc, p.dob, style))


def ADDR(R, cc):
    return L("address", address(R, cc), sub=cc)


def EM(R, p, domain=None, work=False):
    if work:
        return L("email", work_email(R, p, domain), sub="work")
    return L("email", email_of(R, p), sub="personal")


def learner(R, cc, avoid, minor=None):
    minor = R.random() < 0.4 if minor is None else minor
    return person(R, cc, born=(2008, 2010) if minor else (1988, 2007), avoid=avoid), minor


def staff(R, cc, avoid, female=None):
    return person(R, cc, female=female, born=(1962, 1996), avoid=avoid)


def parent(R, cc, avoid):
    return person(R, cc, born=(1966, 1986), avoid=avoid)


def tstamp(R, cc, d):
    """Chat export timestamps, rising through the conversation."""
    m = getattr(R, "_clock", None)
    m = R.randint(7 * 60, 18 * 60) if m is None else m + R.randint(1, 25)
    R._clock = m
    t = "%02d:%02d" % (min(m // 60, 23), m % 60)
    if cc == "US":
        return "[%d/%d/%02d, %s]" % (d.month, d.day, d.year % 100, t)
    if cc in ("DE", "PL", "RU", "TR"):
        return "[%02d.%02d.%02d, %s]" % (d.day, d.month, d.year % 100, t)
    if cc in ("CN", "JP", "KR"):
        return "[%d/%02d/%02d %s]" % (d.year, d.month, d.day, t)
    return "[%02d/%02d/%d, %s]" % (d.day, d.month, d.year, t)


SAL = {"en": "Dear Sir or Madam,", "de": "Sehr geehrte Damen und Herren,", "fr": "Madame, Monsieur,", "es": "Estimados señores:",
       "it": "Spettabile autoscuola,", "nl": "Geachte heer, mevrouw,", "pt": "Prezados,", "pl": "Szanowni Państwo,",
       "ru": "Уважаемая администрация,", "el": "Αξιότιμοι κύριοι,", "tr": "Sayın yetkili,", "he": "לכבוד הנהלת בית הספר,",
       "ar": "السادة إدارة المدرسة،", "hi": "आदरणीय महोदय,", "th": "เรียน ผู้จัดการโรงเรียน", "zh": "驾校负责人您好：",
       "ja": "ご担当者様", "ko": "담당자님께,", "vi": "Kính gửi Ban giám đốc trung tâm,"}


@tpl(52)
def enrolment(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    p, minor = learner(R, cc, av)
    ins = staff(R, cc, av)
    idl, idv = learner_id(R, cc, p)
    parts = ["LEARNER ENROLMENT — ", N(school(cc), "school"), "\n",
             "Branch: ", N(SCHOOL[cc][3], "school_address"), " · Tel. ", N(SCHOOL[cc][2], "switchboard"), "\n\n",
             lb[0], ": ", P(p, "learner"), "\n", lb[1], ": ", DOB(R, p), "\n", lb[2], ": ", ADDR(R, cc), "\n",
             lb[3], ": ", phone(R, cc, abroad=0.08), "\n", lb[4], ": ", EM(R, p), "\n", idl, ": ", idv, "\n"]
    if R.random() < 0.12:
        parts += ["Passport (non-resident): ", L("gov_id", passport_make(R, cc), sub="passport"), "\n"]
    parts += ["Licence category: ", N(category(R, cc), "licence_category"), "   Package: ",
              N("%d × 60 min" % R.choice([10, 15, 20, 30]), "package"), " = ", N(fee(R, cc, 20), "fee"), "\n",
              "Theory status: ", N(R.choice(["not booked", "booked", "passed"]), "status"), "\n",
              "Assigned instructor: ", P(ins, "instructor"), " (", N(instr_no(R, cc), "instructor_number"), ")\n"]
    if minor:
        par = parent(R, cc, av)
        parts += ["\nUNDER 18 — ", lb[5], ": ", P(par, "parent"), "\n", lb[3], ": ", phone(R, cc, abroad=0.1), "\n",
                  lb[4], ": ", EM(R, par), "\n", "Consent signed: ", N(date_plain(R, cc, future(R)), "date"), "\n"]
    if R.random() < 0.35:
        parts += ["Office note: ", N(R.choice(F[lang]["naw"]), "name_as_word"), "\n"]
    parts += ["Office: ", N(mailbox(cc, "office"), "role_mailbox"), " · ", N("www." + SCHOOL[cc][1], "website")]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def provisional_check(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    p, minor = learner(R, cc, av)
    clerk = staff(R, cc, av)
    idl, idv = learner_id(R, cc, p)
    tdate = future(R)
    parts = ["Provisional licence & theory certificate check — ", N(school(cc), "school"), "\n",
             "| field | value |\n|---|---|\n",
             "| ", lb[0], " | ", P(p, "learner"), " |\n", "| ", lb[1], " | ", DOB(R, p), " |\n",
             "| ", idl, " | ", idv, " |\n",
             "| Categories | ", N(category(R, cc), "licence_category"), " (provisional) |\n",
             "| Theory pass cert. no. | ", N(theory_no(R, cc), "theory_cert"), " |\n",
             "| Theory passed on | ", N(date_plain(R, cc, tdate - datetime.timedelta(days=R.randint(20, 300))), "date"), " |\n",
             "| Hazard perception | ", N("%d/75" % R.randint(44, 70), "score"), " |\n",
             "| Cert. valid until | ", N(date_plain(R, cc, tdate + datetime.timedelta(days=700)), "date"), " |\n"]
    if R.random() < 0.5:
        parts += ["| ", lb[2], " | ", ADDR(R, cc), " |\n"]
    if R.random() < 0.4:
        parts += ["| ", lb[3], " | ", phone(R, cc), " |\n"]
    parts += ["\nChecked by ", PG(clerk, "staff"), " at the front desk on ", N(date_plain(R, cc, tdate), "date"), "."]
    return "form", lang, wrap(R, lang, parts)


@tpl(52)
def lesson_messages(R, cc):
    lang = LANG[cc]
    av = set()
    p, _ = learner(R, cc, av, minor=False)
    off = staff(R, cc, av)
    ins = staff(R, cc, av)
    d0 = future(R)
    day = N(date_plain(R, cc, d0 + datetime.timedelta(days=3)), "lesson_date")
    t = N(lesson_time(R), "lesson_time")
    t2 = N(lesson_time(R), "lesson_time")
    fem = p.female
    lines = [tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "cancel", fem=fem, d=day, t=t), "\n",
             tstamp(R, cc, d0), " ", PG(off, "staff"), ": ", frame(R, lang, "ok", fem=off.female, i=PG(ins, "instructor"), t=t2), "\n",
             tstamp(R, cc, d0), " ", PG(off, "staff"), ": ", frame(R, lang, "home_q", fem=off.female), "\n",
             tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "home_a", fem=fem, a=ADDR(R, cc)), "\n"]
    if R.random() < 0.6:
        lines += [tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "full", fem=fem, n=P(p, "learner"), b=DOB(R, p)), "\n"]
    if R.random() < 0.5:
        lines += [tstamp(R, cc, d0), " ", PG(off, "staff"), ": ", N(plate(R, cc), "plate"), " · ", N(category(R, cc), "licence_category"), "\n"]
    lines += [tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "ok2", fem=fem)]
    return "chat_export", lang, wrap(R, lang, lines)


@tpl(44)
def block_invoice(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    p, minor = learner(R, cc, av)
    payer = parent(R, cc, av) if minor else p
    inv = "INV-%d-%05d" % (2026, R.randint(0, 99999))
    parts = [N(school(cc), "school"), " · ", N(SCHOOL[cc][3], "school_address"), "\n",
             "INVOICE ", N(inv, "invoice_number"), " — block booking / payment plan\n\n",
             "Bill to: ", P(payer, "payer"), "\n", lb[2], ": ", ADDR(R, cc), "\n", lb[4], ": ", EM(R, payer), "\n"]
    if minor:
        parts += ["Learner: ", P(p, "learner"), " (", lb[1], " ", DOB(R, p), ")\n"]
    n = R.choice([10, 12, 20])
    parts += ["\n", N("%d × lesson (60 min)" % n, "package"), "   ", N(fee(R, cc, n), "fee"), "\n",
              "Practical test fee   ", N(fee(R, cc, 1.5), "fee"), "\n",
              "Payment plan: ", N("%d monthly instalments of %s" % (R.choice([3, 4, 6]), fee(R, cc, 4)), "instalment"), "\n"]
    if cc in IBAN_CC:
        parts += ["Direct debit from: ", iban(R, cc), " (mandate ref. ", N("MND-%s-%06d" % (cc, R.randint(0, 999999)), "mandate_ref"), ")\n"]
    else:
        parts += ["Card on file: ", card(R, cc), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    parts += ["Queries: ", N(mailbox(cc, "accounts"), "role_mailbox"), " · ", N(SCHOOL[cc][2], "switchboard")]
    return "invoice", lang, wrap(R, lang, parts)


@tpl(40)
def card_chat(R, cc):
    lang = LANG[cc]
    av = set()
    p, minor = learner(R, cc, av, minor=False)
    off = staff(R, cc, av)
    d0 = future(R)
    full = R.random() < 0.7
    c = card(R, cc) if full else N("•••• %s" % digits(R, 4), "last_four")
    exp = N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")
    lines = [tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "card_q", fem=p.female, k=str(R.choice([5, 10, 20]))), "\n",
             tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "card_give", fem=p.female, c=c, e=exp), "\n",
             tstamp(R, cc, d0), " ", PG(off, "staff"), ": ", frame(R, lang, "card_done", fem=off.female, m=EM(R, p)), "\n"]
    if R.random() < 0.5:
        lines += [tstamp(R, cc, d0), " ", PG(p, "learner"), ": ", frame(R, lang, "full", fem=p.female, n=P(p, "learner"), b=DOB(R, p)), "\n"]
    lines += ["— ", P(off, "staff"), ", ", N(school(cc), "school")]
    return "chat_export", lang, wrap(R, lang, lines)


@tpl(44)
def test_booking(R, cc):
    lang = LANG[cc]
    av = set()
    p, minor = learner(R, cc, av, minor=False)
    d = N(date_plain(R, cc, future(R)), "test_date")
    t = N(lesson_time(R), "test_time")
    parts = ["Subject: ", F[lang]["test_subj"], "\n", "From: ", N(mailbox(cc, "tests"), "role_mailbox"), "\n\n",
             frame(R, lang, "test_body", n=P(p, "learner"), cat=N(category(R, cc), "licence_category"), d=d, t=t,
                   c=N(TESTCENTRE[cc], "test_centre"), r=N(booking_ref(R, cc), "test_booking_ref")), "\n",
             F[lang]["test_bring"], "\n"]
    if R.random() < 0.7:
        idl, idv = learner_id(R, cc, p, "licence" if cc in ("DE", "NL", "IN") else None)
        d2 = N(date_plain(R, cc, future(R)), "test_date")
        parts += ["\n> ", frame(R, lang, "resched", fem=p.female, d=d2), " ", frame(R, lang, "resched_id", fem=p.female, lic=idv, b=DOB(R, p)),
                  "\n> ", phone(R, cc, abroad=0.06), "\n"]
    if R.random() < 0.3:
        parts += ["\n", N(R.choice(F[lang]["naw"]), "name_as_word"), "\n"]
    parts += ["\n", N(school(cc), "school"), " · ", N(SCHOOL[cc][2], "switchboard")]
    return "email", lang, wrap(R, lang, parts)


FAULTS = ["Junctions – observation", "Mirrors – change direction", "Response to signals – traffic lights", "Use of speed",
          "Move off – control", "Positioning – normal driving", "Reverse park – control", "Clearance – parked vehicles"]


@tpl(40)
def fault_sheet(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    p, _ = learner(R, cc, av, minor=False)
    ex = staff(R, cc, av)
    ins = staff(R, cc, av)
    idl, idv = licence_id(R, cc, p) if R.random() < 0.3 else learner_id(R, cc, p)
    parts = ["DRIVING TEST REPORT — ", N(TESTCENTRE[cc], "test_centre"), "\n",
             "Booking ref: ", N(booking_ref(R, cc), "test_booking_ref"), "   Date: ", N(date_plain(R, cc, future(R)), "test_date"),
             "   Time: ", N(lesson_time(R), "test_time"), "\n",
             "Candidate: ", P(p, "candidate"), "   ", idl, ": ", idv, "\n",
             "Vehicle: ", N(plate(R, cc), "plate"), " (school car, dual controls)   Cat. ", N(category(R, cc), "licence_category"), "\n",
             "Examiner: ", P(ex, "examiner"), " (", N(examiner_no(R), "examiner_number"), ")\n",
             "Accompanying instructor: ", P(ins, "instructor"), " (", N(instr_no(R, cc), "instructor_number"), ")\n\n"]
    for f in R.sample(FAULTS, R.randint(2, 4)):
        parts += ["  ", f, ": ", N("%d D" % R.randint(1, 4) + R.choice(["", " / 1 S"]), "fault_count"), "\n"]
    parts += ["Manoeuvre: ", N(R.choice(["RP-B (bay park)", "PR (parallel park)", "FP (forward bay)", "CS (controlled stop)"]), "manoeuvre_code"),
              "   Show me/tell me: ", N(R.choice(["S3 / T5", "S1 / T2", "S5 / T7"]), "manoeuvre_code"), "\n",
              "Result: ", N(R.choice(["PASS – 6 driving faults", "FAIL – 1 serious", "PASS – 11 driving faults", "FAIL – 16 driving faults"]), "result"), "\n"]
    if R.random() < 0.4:
        parts += ["Candidate ", lb[1], ": ", DOB(R, p), "\n"]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def medical_declaration(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    p, minor = learner(R, cc, av)
    doc = staff(R, cc, av)
    kind = {"GB": "nino", "RU": "snils", "GR": None}.get(cc)
    idl, idv = learner_id(R, cc, p, kind)
    parts = ["MEDICAL & EYESIGHT DECLARATION (", N(school(cc), "school"), ")\n",
             lb[0], ": ", P(p, "learner"), "\n", lb[1], ": ", DOB(R, p), "\n", lb[2], ": ", ADDR(R, cc), "\n",
             idl, ": ", idv, "\n",
             "Reads a number plate at 20 m (", N(plate(R, cc), "plate"), "): ", N(R.choice(["yes", "yes, with glasses"]), "answer"), "\n",
             "Visual acuity: ", N(R.choice(["6/6 both eyes", "0.8 / 1.0", "6/9 R, 6/6 L"]), "acuity"), "   Glasses: ",
             N(R.choice(["no", "yes – code 01"]), "licence_code"), "\n",
             "Conditions declared: ", N(R.choice(["none", "asthma (controlled)", "type 1 diabetes (treated)", "epilepsy – seizure-free 3 y"]), "condition"), "\n",
             "Doctor / optician: Dr ", P(doc, "doctor"), ", ", N("district clinic No. %d" % R.randint(2, 19), "institution"), "\n",
             "Certificate dated: ", N(date_plain(R, cc, future(R)), "date"), "\n"]
    if minor:
        par = parent(R, cc, av)
        parts += [lb[5], ": ", P(par, "parent"), ", ", phone(R, cc), "\n"]
    return "form", lang, wrap(R, lang, parts)


@tpl(36)
def instructor_renewal(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    ins = staff(R, cc, av)
    adm = staff(R, cc, av)
    idl, idv = licence_id(R, cc, ins)
    parts = ["INSTRUCTOR LICENCE RENEWAL — ", N(school(cc), "school"), "\n",
             "Instructor: ", P(ins, "instructor"), "\n", lb[1], ": ", DOB(R, ins), "\n", lb[2], ": ", ADDR(R, cc), "\n",
             lb[3], ": ", phone(R, cc), "\n", lb[4], ": ", EM(R, ins, SCHOOL[cc][1], work=True) if R.random() < 0.5 else EM(R, ins), "\n",
             idl, ": ", idv, "\n",
             "Instructor no.: ", N(instr_no(R, cc), "instructor_number"), "   Badge expires: ", N(date_plain(R, cc, future(R)), "date"), "\n",
             "Standards check grade: ", N(R.choice(["A (49/51)", "B (38/51)", "A (44/51)"]), "grade"), "\n",
             "Background check cert.: ", N("%012d" % R.randint(10 ** 10, 10 ** 12 - 1), "background_check_no"), "\n",
             "Renewal fee: ", N(fee(R, cc, 5), "fee"), "\n\nProcessed by ", PG(adm, "staff"), " — ", N(mailbox(cc, "office"), "role_mailbox")]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def vehicle_insurance(R, cc):
    lang = LANG[cc]
    lb = LBL[lang]
    av = set()
    own = staff(R, cc, av)
    drv = staff(R, cc, av)
    idl, idv = licence_id(R, cc, own)
    idl2, idv2 = licence_id(R, cc, drv)
    parts = ["TUITION VEHICLE INSURANCE — proposal\n",
             "Policyholder: ", N(school(cc), "school"), "\n", "Policy no.: ", N("DS-%s-%07d" % (cc, R.randint(0, 9999999)), "policy_number"), "\n",
             "Vehicle: ", N(plate(R, cc), "plate"), "   VIN ", N(vin(R, cc), "vin"), "   dual controls ", N(serial(R, "dual"), "serial"), "\n",
             "Dashcam: ", N(serial(R, "dashcam"), "serial"), "\n\n",
             "Main driver: ", P(own, "instructor"), "\n", lb[1], ": ", DOB(R, own), "\n", idl, ": ", idv, "\n",
             lb[2], ": ", ADDR(R, cc), "\n",
             "Named driver: ", P(drv, "instructor"), " — ", lb[1], " ", DOB(R, drv), ", ", idl2, " ", idv2, "\n",
             "Claims in 5 years: ", N(str(R.randint(0, 2)), "count"), "   Premium: ", N(fee(R, cc, 30), "fee"), "\n"]
    if cc in IBAN_CC and R.random() < 0.5:
        parts += ["Premium collected from: ", iban(R, cc), "\n"]
    return "form", lang, wrap(R, lang, parts)


@tpl(40)
def complaint_letter(R, cc):
    lang = LANG[cc]
    av = set()
    au = parent(R, cc, av)
    child, _ = learner(R, cc, av, minor=True)
    ins = staff(R, cc, av)
    rel = F[lang]["daughter" if child.female else "son"]
    parts = [N(school(cc), "school"), "\n", N(SCHOOL[cc][3], "school_address"), "\n\n",
             F[lang]["compl_subj"], "\n\n", SAL[lang], "\n",
             frame(R, lang, "compl_1", rel=rel, c=P(child, "learner"), i=P(ins, "instructor")), " ",
             frame(R, lang, "compl_2", f=N(fee(R, cc, 10), "fee")), " "]
    if cc in IBAN_CC and "{iban}" in F[lang]["compl_iban"] and R.random() < 0.7:
        parts += [frame(R, lang, "compl_iban", iban=iban(R, cc)), "\n"]
    else:
        parts += [F[lang]["compl_iban"].replace(" {iban}", "").replace("{iban}", ""), "\n"]
    parts += [frame(R, lang, "compl_contact", ph=phone(R, cc, abroad=0.08), m=EM(R, au)), "\n\n",
              F[lang]["yours"], "\n", P(au, "parent"), "\n", ADDR(R, cc)]
    return "letter", lang, wrap(R, lang, parts)


@tpl(48)
def parent_chat(R, cc):
    lang = LANG[cc]
    av = set()
    par = parent(R, cc, av)
    child, _ = learner(R, cc, av, minor=True)
    ins = staff(R, cc, av)
    d0 = future(R)
    role = F[lang]["mother" if par.female else "father"]
    mth = MONTH_WORD[lang][(d0.month + 1) % 12]
    lines = [tstamp(R, cc, d0), " ", PG(par, "parent"), ": ", frame(R, lang, "par_intro", fem=par.female, c=PG(child, "learner"), role=role), " ",
             frame(R, lang, "par_q", fem=par.female, c=PG(child, "learner"), mth=mth), "\n",
             tstamp(R, cc, d0), " ", PG(ins, "instructor"), ": ", frame(R, lang, "ins_a", fem=ins.female, c=PG(child, "learner")), "\n",
             tstamp(R, cc, d0), " ", PG(par, "parent"), ": ",
             frame(R, lang, "par_pick", fem=par.female, c=PG(child, "learner"), d=N(date_plain(R, cc, d0 + datetime.timedelta(days=2)), "lesson_date"),
                   a=ADDR(R, cc), t=N(lesson_time(R), "lesson_time")), "\n",
             tstamp(R, cc, d0), " ", PG(par, "parent"), ": ", frame(R, lang, "par_ph", fem=par.female, ph=phone(R, cc, abroad=0.1)), "\n",
             tstamp(R, cc, d0), " ", PG(ins, "instructor"), ": ", frame(R, lang, "ok2", fem=ins.female)]
    return "chat_export", lang, wrap(R, lang, lines)


@tpl(40)
def booking_export(R, cc):
    av = set()
    n = R.randint(2, 3)
    ppl = [learner(R, cc, av, minor=False)[0] for _ in range(n)]
    if R.random() < 0.5:
        parts = ["[\n"]
        for i, p in enumerate(ppl):
            v6 = R.random() < 0.2
            parts += ['  {"learner_id": ', N(str(R.randint(10000, 99999)), "learner_number"), ', "name": "', P(p, "learner"),
                      '", "dob": "', DOB(R, p, "iso"), '", "mobile": "', phone(R, cc, intl=True),
                      '", "email": "', EM(R, p), '", "category": "', N(category(R, cc), "licence_category"),
                      '", "next_lesson": "', N("2026-%02d-%02dT%s" % (R.randint(1, 12), R.randint(1, 28), lesson_time(R)), "lesson_date"),
                      '", "last_login_ip": "', L("ip", ip_global(R, v6), sub="v6" if v6 else "v4"), '"}', ",\n" if i < n - 1 else "\n"]
        parts += ["]"]
        form = "json"
    else:
        parts = ["learner_id,name,dob,mobile,email,category,theory_passed,last_login_ip\n"]
        for p in ppl:
            v6 = R.random() < 0.2
            parts += [N(str(R.randint(10000, 99999)), "learner_number"), ",", P(p, "learner"), ",", DOB(R, p, "iso"), ",",
                      phone(R, cc, intl=True), ",", EM(R, p), ",", N(category(R, cc), "licence_category"), ",",
                      N(R.choice(["yes", "no"]), "flag"), ",", L("ip", ip_global(R, v6), sub="v6" if v6 else "v4"), "\n"]
        form = "csv"
    parts = ["# export from booking system v", N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version"), " — ", N(school(cc), "school"), "\n"] + parts
    return form, "en", wrap(R, "en", parts, english=True)


@tpl(44)
def system_env(R, cc):
    av = set()
    own = staff(R, cc, av)
    dom = SCHOOL[cc][1]
    parts = ["# booking-system .env — ", N(school(cc), "school"), "\n# owner: ", PG(own, "staff"), " <", EM(R, own, dom, work=True), ">\n",
             "APP_URL=https://booking.", N(dom, "domain"), "\n",
             "DB_HOST=", N(priv_ip(R), "private_ip"), "\nDB_USER=bookings\nDB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n",
             "SMS_PROVIDER=twilio\nTWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n",
             "MAIL_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n",
             "MAIL_FROM=", N(mailbox(cc, "bookings"), "role_mailbox"), "\n"]
    if R.random() < 0.6:
        parts += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\n",
                  "STRIPE_PUBLISHABLE_KEY=", N("pk_test_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        parts += ["SLACK_WEBHOOK=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    parts += ["INSTRUCTOR_APP_JWT=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n",
              "ADMIN_ALLOWLIST=", L("ip", ip_global(R), sub="v4"), ",", N(doc_ip(R), "documentation_ip"), "\n",
              "TRACKER_SERIAL=", N(serial(R, "tablet"), "serial"), "\n",
              "SUPPORT=", N(mailbox(cc, "it"), "role_mailbox")]
    return "config", "en", wrap(R, "en", parts, english=True)


# ====================================================================== clean templates (no personal data)
@tpl(40, labelled=False)
def instructor_diary(R, cc):
    d0 = future(R)
    parts = ["Instructor diary — ", N(school(cc), "school"), " — week of ", N(date_plain(R, cc, d0), "date"), "\n",
             "car ", N(plate(R, cc), "plate"), " (cat. ", N(category(R, cc), "licence_category"), ")\n"]
    for _ in range(R.randint(4, 6)):
        h, m = R.randint(7, 18), R.choice([0, 15, 30, 45])
        e = h * 60 + m + R.choice([45, 60, 90, 120])
        parts += [N("%02d:%02d" % (h, m), "lesson_time"), "–", N("%02d:%02d" % (e // 60, e % 60), "lesson_time"), "  learner #", N(str(R.randint(10000, 99999)), "learner_number"),
                  "  ", N(R.choice(["mock test", "roundabouts", "motorway", "night drive", "bay park + emergency stop", "theory review"]), "lesson_topic"),
                  "  pick-up: ", N(R.choice(["station forecourt", "test centre car park", "office", "college gates"]), "public_place"), "\n"]
    parts += ["Test slot: ", N(booking_ref(R, cc), "test_booking_ref"), " at ", N(TESTCENTRE[cc], "test_centre"), "\n",
              "Fuel card ending ", N(digits(R, 4), "last_four"), "; odometer ", N("%d km" % R.randint(20000, 190000), "odometer"), "\n"]
    if R.random() < 0.5:
        parts += [N(R.choice(F["en"]["naw"]), "name_as_word"), "\n"]
    return "list", "en", wrap(R, "en", parts, english=True)


@tpl(40, labelled=False)
def centre_notice(R, cc):
    lang = LANG[cc]
    parts = [N(school(cc), "school"), " — ", N(SCHOOL[cc][3], "school_address"), "\n\n",
             frame(R, lang, "n_closed", d=N(date_plain(R, cc, future(R)), "date")), "\n",
             frame(R, lang, "n_contact", sw=N(SCHOOL[cc][2], "switchboard"), mb=N(mailbox(cc, R.choice(["tests", "office", "bookings"])), "role_mailbox")), "\n",
             frame(R, lang, "n_web", w=N("https://www." + SCHOOL[cc][1], "website")), "\n",
             frame(R, lang, "n_fee", f=N(fee(R, cc), "fee")), "\n",
             N(TESTCENTRE[cc], "test_centre"), "\n"]
    if R.random() < 0.6:
        parts += [N(R.choice(F[lang]["naw"]), "name_as_word"), "\n"]
    return "notice", lang, wrap(R, lang, parts)


@tpl(40, labelled=False)
def fleet_log(R, cc):
    parts = ["fleet log — ", N(school(cc), "school"), "\n",
             "plate,vin,inspection_due,odometer_km,dashcam,dual_controls\n"]
    for _ in range(R.randint(2, 4)):
        parts += [N(plate(R, cc), "plate"), ",", N(vin(R, cc), "vin"), ",", N(future(R).isoformat(), "date"), ",",
                  N(str(R.randint(20000, 190000)), "odometer"), ",", N(serial(R, "dashcam"), "serial"), ",", N(serial(R, "dual"), "serial"), "\n"]
    parts += ["sync host ", N(priv_ip(R), "private_ip"), " ok; fallback ", N(doc_ip(R), "documentation_ip"), " unreachable\n",
              "tablet ", N(serial(R, "tablet"), "serial"), " firmware ", N("v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "version"), "\n",
              "report issues to ", N(mailbox(cc, "it"), "role_mailbox")]
    return "log", "en", wrap(R, "en", parts, english=True)


@tpl(40, labelled=False)
def price_list(R, cc):
    lang = LANG[cc]
    parts = [N(school(cc), "school"), " — price list 2026\n", N(SCHOOL[cc][3], "school_address"), " · ", N(SCHOOL[cc][2], "switchboard"), "\n\n"]
    for item, mult in R.sample([("lesson 60 min", 1), ("lesson 90 min", 1.5), ("block of 10", 9.5), ("intensive course", 28),
                                 ("theory app access", 0.5), ("practical test (school car)", 2.2), ("motorway lesson", 1.4),
                                 ("category BE add-on", 12)], 5):
        parts += [item, " ", N("(%s-%02d)" % (R.choice(["LES", "PKG", "TST"]), R.randint(1, 40)), "item_code"), ": ", N(fee(R, cc, mult), "fee"), "\n"]
    parts += ["\n", frame(R, lang, "n_web", w=N("www." + SCHOOL[cc][1], "website")), "\n",
              "Invoices: ", N(mailbox(cc, "accounts"), "role_mailbox"), "\n"]
    return "list", lang, wrap(R, lang, parts)


@tpl(40, labelled=False)
def uat_notes(R, cc):
    tc = R.choice(["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005"])
    bad = nonluhn_digits(R, 16)
    parts = ["UAT — online booking checkout (", N(school(cc), "school"), ")\n",
             "1. pay with test card ", N(tc, "test_card"), " exp ", N("12/34", "card_expiry"), " → success\n",
             "2. pay with ", N(" ".join(split_groups(bad, [4, 4, 4, 4])), "luhn_fail"), " → 'card number invalid' ✔\n",
             "3. receipt shows ", N("**** **** **** %s" % digits(R, 4), "masked_card"), "\n",
             "4. learner e-mail ", N("test.learner@example.com", "example_email"), ", phone ", N("+00 000 000 000", "fake_phone"), "\n",
             "5. keys: ", N(R.choice(["<twilio-api-key>", "${SENDGRID_API_KEY}", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), "\n",
             "6. webhook from ", N(doc_ip(R), "documentation_ip"), " via ", N(priv_ip(R), "private_ip"), "\n",
             "7. slot ", N(lesson_time(R), "lesson_time"), " on ", N(date_plain(R, cc, future(R)), "date"), ", build ",
             N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "version"), "\n"]
    if R.random() < 0.6:
        parts += [N(R.choice(F["en"]["naw"]), "name_as_word"), "\n"]
    return "list", "en", wrap(R, "en", parts, english=True)


# ====================================================================== rules
SCHOOL_DOMAINS = {v[1] for v in SCHOOL.values()}
NAME_WORDS = name_words_all()
EXEMPT = {"Văn", "Thị", "van", "de", "do", "da", "dos"}


def _latin(w):
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF for c in w if c.isalpha())


NAME_LATIN = {w for w in NAME_WORDS if _latin(w) and w not in EXEMPT and len(w) >= 2}
NAME_OTHER = sorted(w for w in NAME_WORDS if not _latin(w) and len(w) >= 2)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
V4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
V6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
SEP = " -.\u00a0\u202f"


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_windows(text):
    """Digit groups joined by one separator; every window of consecutive
    groups holding 13-19 digits that is Luhn-valid (repeated-digit runs and
    test cards exempt)."""
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    out.append(s)
                if len(s) > 19:
                    break
    return out


def iban_outside(text):
    t = text.replace(" ", "").replace("\u00a0", "").replace("-", "")
    for m in re.finditer(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", t):
        s = m.group(0)
        c = s[:2]
        if c in IBAN_LEN and len(s) >= IBAN_LEN[c] and iban_mod97(s[:IBAN_LEN[c]]) == 1:
            return s
    return None


def label_ok(sp):
    v, t = sp["value"], sp["type"]
    if t == "gov_id":
        return gov_ok(sp["sub"], v)
    if t == "iban":
        x = v.replace(" ", "").replace("\u00a0", "")
        return x[:2] in IBAN_LEN and len(x) == IBAN_LEN[x[:2]] and iban_mod97(x) == 1
    if t == "card":
        x = re.sub(r"\D", "", v)
        return 12 <= len(x) <= 19 and luhn_ok(x) and x not in TEST_CARDS
    if t == "email":
        return EMAIL_RE.fullmatch(v) is not None and ".example" not in v and "@example" not in v
    if t == "ip":
        return ip_is_global(v)
    return True


def problems(rec, labelled):
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record")
    for sp in rec["spans"]:
        if not label_ok(sp):
            out.append("bad %s %s" % (sp["type"], sp["value"]))
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        dom = e.split("@", 1)[1].lower()
        if dom not in SCHOOL_DOMAINS and not re.match(r"example\.", dom):
            out.append("email outside " + e)
    for a in V4_RE.findall(m) + V6_RE.findall(m):
        if ip_is_global(a):
            out.append("ip outside " + a)
    for s in luhn_windows(m):
        out.append("luhn outside " + s)
    ib = iban_outside(m)
    if ib:
        out.append("iban outside " + ib)
    for w in re.findall(r"[^\W\d_]+", m):
        if w in NAME_LATIN:
            out.append("name outside " + w)
    for w in NAME_OTHER:
        if w in m:
            out.append("name outside " + w)
    pw = {}
    for sp in rec["spans"]:
        if sp["type"] == "person":
            pw[sp["value"]] = {w for w in re.split(r"[ \-־]", sp["value"]) if len(w) >= 2 and w not in EXEMPT}
    vals = sorted(pw)
    for i, a in enumerate(vals):
        for b in vals[i + 1:]:
            A, B = pw[a], pw[b]
            if not (A <= B or B <= A) and A & B:
                out.append("people share a name word: %s / %s" % (a, b))
    if not 120 <= len(rec["text"]) <= 2500:
        out.append("length %d" % len(rec["text"]))
    if labelled and not rec["spans"]:
        out.append("no labels")
    if not labelled and rec["spans"]:
        out.append("clean with labels")
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation
def generate(log=None):
    recs = []
    seen = set()
    for ti, (name, fn, count, labelled) in enumerate(TEMPLATES):
        cands = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = CCS[(i + 5 * ti) % len(CCS)]
            form, lang, parts = fn(R, cc)
            rec = build("x", form, lang, parts)
            rec["_cc"] = cc
            pr = problems(rec, labelled)
            if rec["text"] in seen:
                pr.append("repeated text")
            if pr:
                if log is not None:
                    log.append((name, i, cc, pr))
                continue
            cands.append(rec)
        items = [ph for r in cands for ph in phones_of(r)]
        bad = pv_check(items)
        if bad is None:
            raise SystemExit("phone validator /tmp/pv/pv is missing")
        badset = {tuple(b.split("\t")[1:4]) if b.count("\t") >= 3 else tuple(b.split("\t")[1:3]) + ("",) for b in bad}
        kept = []
        for r in cands:
            if any((v, rg, pl) in badset or (v, rg, "") in badset for v, rg, pl in phones_of(r)):
                if log is not None:
                    log.append((name, -1, r["_cc"], ["pv rejects a phone"]))
                continue
            if r["text"] in seen:
                continue
            kept.append(r)
            seen.add(r["text"])
            if len(kept) == count:
                break
        if len(kept) < count:
            raise SystemExit("template %s: only %d of %d" % (name, len(kept), count))
        for r in kept:
            r["_tpl"] = name
        recs += kept
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for k, r in enumerate(recs):
        rec = {"id": "%s%05d" % (PREFIX, k), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        out.append(rec)
    return out, recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    lab = sum(1 for r in recs if r["spans"])
    if len(recs) != 800 or lab != 600:
        errs.append("split %d records, %d labelled" % (len(recs), lab))
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
        errs.append("pv missing")
    elif bad:
        errs += ["pv: " + b for b in bad]
    regen, _ = generate()
    if dumps(regen) != data:
        errs.append("regeneration differs from the file")
    print("%d records (%d labelled, %d clean), %d labels, %d phones checked with pv" %
          (len(recs), lab, len(recs) - lab, sum(len(r["spans"]) for r in recs), len(items)))
    if errs:
        print("\n".join(errs[:50]))
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK: every checksum, format, phone and rule verified; regeneration is byte-identical")


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, labelled %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if r["spans"]),
                                                          sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    for t in ("gov_id", "card", "iban", "secret", "email", "ip", "person"):
        print(t + ":", ", ".join("%s %d" % kv for kv in Counter(sp.get("sub", "-") for r in recs for sp in r["spans"] if sp["type"] == t).most_common()))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones: %d, +CC %d, other plan %d; regions: %s" % (len(ph), sum(1 for s in ph if s["value"].startswith("+")),
                                                            sum(1 for s in ph if "plan" in s),
                                                            ", ".join("%s %d" % kv for kv in sorted(Counter(s["region"] for s in ph).items()))))
    print("neg tags (%d):" % len({t for r in recs for t in r.get("neg", [])}),
          ", ".join("%s %d" % kv for kv in Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    ls = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d; distinct person values %d" % (ls[0], ls[len(ls) // 2], ls[-1],
                                                                       len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"})))


def main():
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    else:
        recs, _ = generate()
        write_jsonl(OUT, recs)
        print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
