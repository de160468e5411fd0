#!/usr/bin/python3
"""Held-out part 62 of the redaction corpus (heldout62.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 61 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 28's decisions on
judges, lawyers, parties, case numbers, birth dates and money, part 58's on
named staff, interpreters and court case numbers, part 34's on officials
acting in a person's record, part 13's juror numbers), lines 1-100 of gen_heldout33.py and its
function `pv_check`, and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (run only through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file
other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
10:09:54 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: COURT AND TRIBUNAL CLERKS. What clerks of civil, family,
small-claims and employment courts and tribunals, their listing officers,
ushers and their IT support paste into an assistant, from 20 countries in
19 languages: claim forms and defence forms, witness statements and
witness summonses, adjournment requests, fee-remission applications with
income and bank details, court fees paid by card in chats, orders and
judgments naming the parties, attachment-of-earnings orders with employers
and IBANs, interpreter bookings, jury-summons replies, chats with
litigants in person, case-management exports (JSON, CSV) and system .env
files; and clean cause lists, court notices, courtroom AV logs, research
notes with published case citations, and payment UAT notes. Hard
negatives of the theme everywhere: case and claim numbers, courtrooms,
statute references, published case names, sitting judges, hearing dates
and times, fees, the courts' own addresses, switchboards, websites and role
mailboxes, juror numbers, device serials, private and documentation IPs,
test cards, name-as-word sentences.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
620613, shuffle seed 620614; each candidate seeded by the string
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout62.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout62.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout62.py --stats   # counts
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
                       luhn_complete, iban_make, iban_mod97, IBAN_LEN,
                       iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz)

SEED = 620613
SHUFFLE_SEED = 620614
OUT = os.path.join(HERE, "heldout62.jsonl")
PREFIX = "heldout-bj-"


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

def pesel_make(R, y, m, d, female):
    mm = m + {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999),
                                   R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + pesel_digit(body)


def pesel_digit(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * x for c, x in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s) or pesel_digit(s[:10]) != s[10]:
        return False
    mm = int(s[2:4])
    return 1 <= mm % 20 <= 12 and 1 <= int(s[4:6]) <= 31


def snils_digits(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else "%02d" % s


def snils_make(R):
    while True:
        d9 = "%09d" % R.randint(2000000, 999999999)
        if not re.search(r"(\d)\1\1", d9):
            return d9, snils_digits(d9)


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_digits(d[:9]) == d[9:]


def amka_make(R, y, m, d):
    body = "%02d%02d%02d%s" % (d, m, y % 100, digits(R, 4))
    return luhn_complete(body)


def amka_ok(s):
    return bool(re.fullmatch(r"\d{11}", s)) and luhn_ok(s) and 1 <= int(s[:2]) <= 31 and 1 <= int(s[2:4]) <= 12


def afm_digit(d8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10)


def afm_make(R):
    d8 = R.choice("0123456789") + digits(R, 7)
    d8 = R.choice("1234567") + d8[1:]
    return d8 + afm_digit(d8)


def afm_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and afm_digit(s[:8]) == s[8]


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
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_digit(d8):
    s = 0
    for i, c in enumerate(d8):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def tz_make(R):
    d8 = R.choice("0123") + digits(R, 7)
    return d8 + tz_digit(d8)


def tz_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and tz_digit(s[:8]) == s[8]


def thid_digit(d12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10)


def thid_make(R):
    d12 = R.choice("13") + digits(R, 11)
    return d12 + thid_digit(d12)


def thid_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and thid_digit(d[:12]) == d[12]


def thid_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_digit(d17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(d17, CN_W)) % 11]


def cnid_make(R, area, y, m, d, female):
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    d17 = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return d17 + cnid_digit(d17)


def cnid_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cnid_digit(s[:17]) == s[17]


def mynumber_digit(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    d11 = nz(R, 11)
    return d11 + mynumber_digit(d11)


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_digit(d[:11]) == d[11]


def rrn_digit(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(d12, w)) % 11) % 10)


def rrn_make(R, y, m, d, female):
    g = (3 if y >= 2000 else 1) + (1 if female else 0)
    d12 = "%02d%02d%02d%d%s" % (y % 100, m, d, g, digits(R, 5))
    s = d12 + rrn_digit(d12)
    return s[:6] + "-" + s[6:]


def rrn_ok(s):
    d = s.replace("-", "")
    return bool(re.fullmatch(r"\d{13}", d)) and rrn_digit(d[:12]) == d[12]


EG_GOV = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35", "88"]


def egid_make(R, y, m, d, female):
    s = "%d%02d%02d%02d%s%s%d%d" % (2 if y < 2000 else 3, y % 100, m, d, R.choice(EG_GOV), digits(R, 3),
                                   R.choice([2, 4, 6, 8] if female else [1, 3, 5, 7, 9]), R.randint(1, 9))
    return s


def egid_ok(s):
    if not re.fullmatch(r"[23]\d{13}", s):
        return False
    return 1 <= int(s[3:5]) <= 12 and 1 <= int(s[5:7]) <= 31 and s[7:9] in EG_GOV


VN_PROV = ["001", "031", "036", "038", "040", "046", "048", "052", "056", "066", "074", "079", "082", "089", "092", "096"]


def cccd_make(R, y, female):
    g = (0 if y < 2000 else 2) + (1 if female else 0)
    return "%s%d%02d%s" % (R.choice(VN_PROV), g, y % 100, digits(R, 6))


def cccd_ok(s):
    return bool(re.fullmatch(r"\d{12}", s)) and s[:3] in VN_PROV and s[3] in "0123"


# IBAN structures of two countries not in corpuslib's registry (SWIFT IBAN
# registry: IL 3n3n13n, 23 characters; EG 4n4n17n, 29 characters).
EXTRA_IBAN = {"IL": (3 + 3 + 13, 23), "EG": (4 + 4 + 17, 29)}


def iban_any(R, cc):
    if cc in EXTRA_IBAN:
        iban = iban_make(cc, digits(R, EXTRA_IBAN[cc][0]))
        assert iban_mod97(iban) == 1
        return iban
    return iban_random(R, cc)


def iban_ok(s):
    c = re.sub(r"[\s\u00a0\u202f-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    ln = IBAN_LEN.get(c[:2]) or EXTRA_IBAN.get(c[:2], (0, 0))[1]
    return len(c) == ln and iban_mod97(c) == 1


# ====================================================================== locales and names
# Names: "native|roman" where the script is not Latin (the roman form only
# feeds e-mail local parts); female family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Garrison Delmar Arliss Ellery Lamont Emmett Sheldon Ferrell",
           "Maribeth Rosalee Deanna Lorraine Jessamyn Coralie Annabeth Dorinda",
           "Brinkerhoff Esterbrook Abernathy Wickliffe Blankenship Ballantyne Wetherbee Quackenbush Hollingsworth Tillinghast"),
    "GB": ("Ambrose Ulric Gideon Piers Evander Horatio Alastair Aldwyn",
           "Henrietta Ottilie Araminta Euphemia Seraphina Drusilla Winifred Rosalind",
           "Kettlewell Tankersley Bottomley Ackerley Fitzwilliam Brocklehurst Hinchcliffe Rawnsley Gaukroger Copplestone"),
    "DE": ("Gottfried Hartmut Volkmar Dietbert Leberecht Lothar Wigbert Ekkehard",
           "Annegret Gudrun Hiltraud Liselotte Heidrun Friederike Ortrud Brunhild",
           "Trenkwalder Wackernagel Brockhagen Oberdörfer Stuckenschmidt Wolkenhauer Niederlücke Tiefenbacher Trautwein Eichelkraut"),
    "FR": ("Anatole Barthélemy Évariste Gaspard Lucien Florentin Odilon Aurélien",
           "Bérénice Églantine Léontine Toinette Mélisande Ermeline Capucine Victorine",
           "Lemarchand Kerdraon Vaillancourt Boisjoly Tessereau Malleterre Chauvineau Rouxel Jaouen Gourvennec"),
    "ES": ("Eusebio Anselmo Fulgencio Baldomero Cipriano Eleuterio Leandro Saturnino",
           "Gertrudis Nekane Crescencia Eduvigis Herminia Jacinta Maite Begoñita",
           "Urrutia Echevarría Garmendia Zurutuza Ibargüen Salaberri Mugica Aranzadi Otaegui Lasarte"),
    "IT": ("Ercole Gianpaolo Tancredi Ludovico Romualdo Egidio Ugolino Fiorenzo",
           "Ornella Gelsomina Annunziata Eleonora Loredana Vittorina Fiammetta Ermenegilda",
           "Falzarano Mastrangelo Cacciapuoti Santangelo Tagliaferri Mezzasalma Castellucci Zanardelli Mancuso Pellegrini"),
    "NL": ("Jurjen Sybren Wouter Hidde Jelmer Maarten Tjeerd Evert",
           "Aaltje Femke Eelkje Marijke Gerdien Hendrika Jannie Lolkje",
           "van Ravesteyn|Hoogendoorn|Verschuren|Brinkhuis|Kruidenier|Rijpkema|Bijlsma|van Wijhe|Kloosterboer|Veldkamp"),
    "BR": ("Ariovaldo Belarmino Juvenal Moacir Ubirajara Hermógenes Jovelino Teotônio",
           "Iracema Marilene Rosângela Benedita Jurema Lindalva Marluce Creusa",
           "Dantas Carvalhal Bragança Queiroz Tourinho Guedes Rezende Cavalcanti Espíndola Camargo"),
    "PL": ("Bogumił Przemysław Radosław Zbigniew Wojciech Lechosław Mirosław Teodor",
           "Bożena Grażyna Jadwiga Czesława Halina Stanisława Wiesława Ludmiła",
           "Chmielewski/Chmielewska Gołębiowski/Gołębiowska Zalewski/Zalewska Kaczmarek Szczepaniak Sobczak "
           "Jabłoński/Jabłońska Grabowski/Grabowska Pawlak Kołodziej"),
    "RU": ("Всеволод|Vsevolod Святослав|Svyatoslav Ярополк|Yaropolk Мстислав|Mstislav Ростислав|Rostislav "
           "Евграф|Evgraf Аристарх|Aristarkh Тимофей|Timofey",
           "Евдокия|Evdokiya Агафья|Agafya Пелагея|Pelageya Ульяна|Ulyana Василиса|Vasilisa Серафима|Serafima "
           "Таисия|Taisiya Аглая|Aglaya",
           "Шереметев/Шереметева|Sheremetev Голицын/Голицына|Golitsyn Воротынский/Воротынская|Vorotynsky "
           "Оболенский/Оболенская|Obolensky Трубецкой/Трубецкая|Trubetskoy Бутурлин/Бутурлина|Buturlin "
           "Нарышкин/Нарышкина|Naryshkin Салтыков/Салтыкова|Saltykov Вяземский/Вяземская|Vyazemsky "
           "Долгоруков/Долгорукова|Dolgorukov"),
    "GR": ("Θεμιστοκλής|Themistoklis Αριστείδης|Aristeidis Περικλής|Periklis Λεωνίδας|Leonidas "
           "Σπυρίδων|Spyridon Ευάγγελος|Evangelos Χαράλαμπος|Charalampos Παντελής|Pantelis",
           "Καλλιόπη|Kalliopi Αικατερίνη|Aikaterini Παναγιώτα|Panagiota Ευτέρπη|Efterpi Ουρανία|Ourania "
           "Πολυξένη|Polyxeni Θεοδώρα|Theodora Σταυρούλα|Stavroula",
           "Παπαδημητρίου/Παπαδημητρίου|Papadimitriou Καραγιαννόπουλος/Καραγιαννοπούλου|Karagiannopoulos "
           "Αναστασιάδης/Αναστασιάδου|Anastasiadis Ζαφειρόπουλος/Ζαφειροπούλου|Zafeiropoulos "
           "Μπακογιάννης/Μπακογιάννη|Bakogiannis Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis "
           "Λαμπρακόπουλος/Λαμπρακοπούλου|Lamprakopoulos Τσιτσιπάτης/Τσιτσιπάτη|Tsitsipatis "
           "Γιαννακόπουλος/Γιαννακοπούλου|Giannakopoulos Σκαρλάτος/Σκαρλάτου|Skarlatos"),
    "TR": ("Serhat Erdinç Selahattin Hüsamettin Necmettin Bülent Cengiz Şahabettin",
           "Nurhan Gülizar Şükriye Müzeyyen Neriman Hacer Firdevs Mükerrem",
           "Karaosmanoğlu Çakıroğlu Bozdoğan Türkmenoğlu Eskici Kahramanlar Sarıgül Akyürek Tekinalp Hacıömeroğlu"),
    "IL": ("עזריאל|Azriel יהונתן|Yehonatan אלחנן|Elhanan שמשון|Shimshon נתנאל|Netanel זבולון|Zevulun "
           "אהרון|Aharon ירחמיאל|Yerachmiel",
           "בתשבע|Batsheva יוכבד|Yocheved חמוטל|Hamutal אסנת|Osnat הדסה|Hadassah צופיה|Tzofia "
           "יפעת|Yifat מרגלית|Margalit",
           "אבוקסיס|Abukasis קלמנוביץ|Kalmanovich רוזנצוויג|Rosenzweig גרינשפן|Greenspan לוזון|Luzon "
           "אסולין|Asulin וקנין|Vaknin שטרנברג|Sternberg סויסה|Swisa אלקריף|Elkarif"),
    "EG": ("محروس|Mahrous وجدي|Wagdy فتحي|Fathy بهجت|Bahgat رشدي|Roshdy صبري|Sabry ممتاز|Momtaz رأفت|Raafat",
           "نجلاء|Naglaa سهير|Soheir زينب|Zeinab هويدا|Howayda نادية|Nadia عزيزة|Aziza فوقية|Fawkia "
           "إنشراح|Ensherah",
           "البحيري|Elbehairy الدمنهوري|Eldamanhoury المحلاوي|Elmahallawy السمنودي|Elsamanoudy "
           "القناوي|Elqenawy الإسكندراني|Eleskandarany الدمياطي|Eldomyaty الصعيدي|Elsaidy "
           "الطنطاوي|Eltantawy الأسيوطي|Elasyouty"),
    "IN": ("हरिवंश|Harivansh प्रद्युम्न|Pradyumn शैलेन्द्र|Shailendra रघुवीर|Raghuvir धीरेन्द्र|Dhirendra "
           "अम्बरीष|Ambarish लोकेश|Lokesh सुधांशु|Sudhanshu",
           "वैदेही|Vaidehi सुकन्या|Sukanya अरुंधति|Arundhati मृणालिनी|Mrinalini सौदामिनी|Saudamini "
           "कादम्बरी|Kadambari यशोधरा|Yashodhara गार्गी|Gargi",
           "पाठक|Pathak अग्निहोत्री|Agnihotri उपाध्याय|Upadhyay जुयाल|Juyal अवस्थी|Awasthi "
           "बडथ्वाल|Barthwal दीक्षित|Dixit रायज़ादा|Raizada रस्तोगी|Rastogi श्रीमाली|Shrimali"),
    "TH": ("ธีรวัฒน์|Theerawat อภิชาติ|Apichat ณัฐพงษ์|Nattapong สุรเชษฐ์|Surachet วรวุฒิ|Worawut "
           "ชยพล|Chayapol กิตติศักดิ์|Kittisak ภูมิพัฒน์|Phumiphat",
           "ปิยะนุช|Piyanuch รัตนาภรณ์|Rattanaporn วิไลวรรณ|Wilaiwan กมลชนก|Kamonchanok จิราพร|Jiraporn "
           "ศิริพร|Siriporn นภัสสร|Napatsorn พรรณี|Pannee",
           "ศรีสุวรรณ|Srisuwan วงศ์ไพบูลย์|Wongpaiboon ธนากรกุล|Thanakornkul เจริญผล|Charoenphon "
           "บุญประเสริฐ|Boonprasert สุขสมบูรณ์|Suksomboon ปัญญาวงศ์|Panyawong แก้วมณี|Kaewmanee "
           "ทองประเสริฐ|Thongprasert อินทรวงศ์|Intarawong"),
    "CN": ("浩宇|Haoyu 子墨|Zimo 俊熙|Junxi 明轩|Mingxuan 梓睿|Zirui 逸尘|Yichen 煜祺|Yuqi 宸铭|Chenming",
           "梓涵|Zihan 雨桐|Yutong 蕴仪|Yunyi 静姝|Jingshu 诗涵|Shihan 芊羽|Qianyu 若兰|Ruolan 知夏|Zhixia",
           "邵|Shao 蒋|Jiang 卓|Zhuo 柯|Ke 庞|Pang 太史|Taishi 窦|Dou 佟|Tong 郜|Gao 戚|Qi"),
    "JP": ("颯太|Sota 蒼真|Soma 湊斗|Minato 悠真|Yuma 陽翔|Haruto 樹|Itsuki 蓮|Ren 碧人|Aoto",
           "凛|Rin 紬|Tsumugi 楓|Kaede 晴美|Harumi 琴葉|Kotoha 朋香|Tomoka 花音|Kanon 千夏|Chinatsu",
           "五十嵐|Igarashi 長谷部|Hasebe 東海林|Shoji 勅使河原|Teshigawara 四方田|Yomoda 百武|Hyakutake "
           "鬼頭|Kito 我妻|Wagatsuma 祖父江|Sobue 猪狩|Ikari"),
    "KR": ("도윤|Doyun 시우|Siwoo 은우|Eunwoo 하준|Hajun 지호|Jiho 예준|Yejun 건우|Geonwoo 우진|Woojin",
           "서아|Seoa 하윤|Hayun 솔비|Solbi 채원|Chaewon 수아|Sua 다인|Dain 예린|Yerin 연서|Yeonseo",
           "백|Baek 허|Heo 황|Hwang 채|Chae 견|Kyeon 변|Byun 계|Gye 배|Bae 선|Seon"),
    "VN": ("Quýnh|Vượng|Hưởng|Luyện|Điển|Xuyên|Thường|Chuẩn",
           "Liễu|Nhụy|Điềm|Diên|Tuyền|Xinh|Mến|Ân",
           "Sái Mông Ưng Nhâm Uông Vạn Cung Diêm Đới Ngạc"),
}

VN_MID = ("Văn", "Thị")
EXEMPT_WORDS = {"Văn", "Thị", "van", "de", "do", "da", "dos", "der"}


def _split(s, sep=" "):
    return [x for x in s.split(sep) if x]


def parse_names(cc):
    m, f, fam = NAMES[cc]
    sep = "|" if cc in ("VN",) else " "
    gm = _split(m, "|" if cc == "VN" else " ")
    gf = _split(f, "|" if cc == "VN" else " ")
    fams = _split(fam, "|" if cc == "NL" else " ")
    del sep

    def g(x):
        if "|" in x and cc not in ("VN", "NL"):
            n, r = x.split("|")
            return (n, r)
        return (x, None)

    def fm(x):
        roman = None
        if "|" in x and cc not in ("NL",):
            x, roman = x.split("|")
        if "/" in x:
            a, b = x.split("/")
        else:
            a = b = x
        return (a, b, roman)
    return [g(x) for x in gm], [g(x) for x in gf], [fm(x) for x in fams]


ASCII_MAP = {"ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "İ": "I", "œ": "oe", "đ": "d", "Đ": "D", "ø": "o"}


def asciify(s):
    import unicodedata
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


class Person:
    __slots__ = ("cc", "given", "family", "full", "rgiven", "rfamily", "female", "words", "base")

    def __init__(self, cc, given, family, full, rgiven, rfamily, female):
        self.cc, self.given, self.family, self.full = cc, given, family, full
        self.rgiven, self.rfamily, self.female = rgiven, rfamily, female
        self.words = set(w for w in re.split(r"[\s\-]+", full) if len(w) >= 2 and w not in EXEMPT_WORDS)
        self.base = set()


def make_person(R, cc, female=None, avoid=()):
    gm, gf, fams = parse_names(cc)
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        gn, gr = R.choice(gf if fem else gm)
        fa, ff, fr = R.choice(fams)
        fam = ff if fem else fa
        if cc == "ES":
            fa2 = R.choice(fams)[0]
            if fa2 == fa:
                continue
            fam = fa + " " + fa2
            fr = asciify(fa)
        if cc == "BR":
            fa2 = R.choice(fams)[0]
            if fa2 == fa:
                continue
            fam = (R.choice(["", "", "da ", "dos "]) + fa + " " + fa2)
            fr = asciify(fa2)
        if cc == "GB" and R.random() < 0.12:
            fa2 = R.choice(fams)[0]
            if fa2 == fa:
                continue
            fam = fa + "-" + fa2
            fr = asciify(fa2)
        if cc == "VN":
            mid = "Thị" if fem else "Văn"
            given = mid + " " + gn
            full = fam + " " + given
            rg, rf = asciify(gn).replace(" ", ""), asciify(fa)
            p = Person(cc, gn, fam, full, rg, rf, fem)
        elif cc in ("CN", "KR"):
            full = fam + gn
            p = Person(cc, gn, fam, full, gr, fr, fem)
        elif cc == "JP":
            full = fam + " " + gn
            p = Person(cc, gn, fam, full, gr, fr, fem)
        else:
            full = gn + " " + fam
            p = Person(cc, gn, fam, full, gr or asciify(gn), fr or asciify(fam.split(" ")[-1]), fem)
        p.base = {x for x in fam.split(" ") if x not in EXEMPT_WORDS} | {fa}
        if cc in ("CN", "KR"):
            p.words = {gn} | ({fam} if len(fam) >= 2 else set())
        if cc == "JP":
            p.words = {w for w in (gn, fam) if len(w) >= 2}
        if any(w in a.words for a in avoid for w in p.words) or \
           any(fam == a.family or gn == a.given or (p.base & a.base) or
               any(w in v or v in w for w in p.words for v in a.words) for a in avoid):
            continue
        return p
    raise RuntimeError("no person")


def people(R, cc, n, females=None):
    out = []
    for i in range(n):
        out.append(make_person(R, cc, None if females is None else females[i], avoid=out))
    return out


def name_words():
    """Every word of the name lists: (word, kind) with kind 'latin' (whole
    word, case-sensitive) or 'sub' (substring)."""
    out = set()
    for cc in NAMES:
        gm, gf, fams = parse_names(cc)
        latin = cc in LATIN_CC
        for n, r in gm + gf:
            for w in n.split(" "):
                out.add((w, "latin" if latin else "sub"))
        for a, b, r in fams:
            for x in (a, b):
                for w in x.split(" "):
                    out.add((w, "latin" if latin else "sub"))
    return sorted(w for w in out if w[0] not in EXEMPT_WORDS and
                  (w[1] == "latin" or len(w[0]) >= 2))


def roman_words():
    out = set()
    for cc in NAMES:
        if cc in LATIN_CC:
            continue
        gm, gf, fams = parse_names(cc)
        for n, r in gm + gf:
            if r:
                out.add(r)
        for a, b, r in fams:
            if r:
                out.add(r)
    return sorted(out)


LATIN_CC = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "VN")


# ====================================================================== countries, courts, towns, streets
CCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt", "PL": "pl",
        "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}

# The fictional courts and tribunals: (court, domain, court address, switchboard, judges in public office)
COURTS = {
    "US": ("Sagebrush County Superior Court, Small Claims Division", "sagebrushcountycourts.org",
           "400 Courthouse Plaza, Dry Fork, NV 89320", "(775) 555-0162",
           ["Hon. Cordell P. Ashgrove", "Commissioner Lavinia Quarterman"]),
    "GB": ("Kestrelbourne County Court and Family Court", "kestrelbourne-courts.org.uk",
           "Crown Buildings, Chalkpit Street, Kestrelbourne KB4 7QT", "01632 960 517",
           ["District Judge Polkinghorne", "Employment Judge Trevenna"]),
    "DE": ("Amtsgericht Hohenwiesbach", "ag-hohenwiesbach.de",
           "Gerichtsplatz 2, 36391 Hohenwiesbach", "06651 9870-0",
           ["Richterin am Amtsgericht Dr. Wiesmeyer", "Richter am Arbeitsgericht Lautenschläger"]),
    "FR": ("Tribunal judiciaire de Montbrisac", "tj-montbrisac.fr",
           "Palais de justice, 3 place des Jujubiers, 24510 Montbrisac", "05 53 98 41 20",
           ["Mme Armande Coquerel, juge des contentieux de la protection", "M. Clodion Lescouët, président"]),
    "ES": ("Juzgado de Primera Instancia n.º 3 de Villaseca de Abenojar", "juzgados-villaseca.es",
           "Plaza de la Audiencia, 1, 13160 Villaseca de Abenojar (Ciudad Real)", "926 51 73 00",
           ["Ilmo. Sr. D. Casimiro Lekuona", "Ilma. Sra. D.ª Eufemiana Oyarzun"]),
    "IT": ("Giudice di pace di Castelvetro Alto", "gdp-castelvetroalto.it",
           "Piazza della Loggia 9, 41014 Castelvetro Alto (MO)", "059 790 4410",
           ["Giudice dott. Aurelio Manganaro", "dott.ssa Prassede Lojacono"]),
    "NL": ("Rechtbank Noordervaart, team kanton", "rechtbank-noordervaart.nl",
           "Paleisstraat 40, 8911 KL Noordervaart", "058 233 7100",
           ["mr. H.J. Brummelkamp", "mr. A.C. Terpstra"]),
    "BR": ("Juizado Especial Cível da Comarca de Vale do Pequizeiro", "jec-valedopequizeiro.com.br",
           "Av. da Justiça, 500 - Centro, Vale do Pequizeiro - MG, 37990-000", "(35) 3551-2200",
           ["Juiz de Direito Dr. Epaminondas Lustosa", "Juíza Dra. Cleonice Baptistella"]),
    "PL": ("Sąd Rejonowy w Cisowie", "sr-cisow.pl",
           "ul. Sądowa 7, 66-440 Cisów", "95 721 40 00",
           ["SSR Kazimiera Bełkot", "SSR Ignacy Mrugała"]),
    "RU": ("Мировой суд судебного участка № 4 г. Светлоозёрска", "mirsud4-svetloozersk.ru",
           "ул. Правосудия, д. 3, г. Светлоозёрск, 162390", "8 (81750) 2-14-60",
           ["мировой судья Ферапонтова А. Н.", "судья Кукушкин П. С."]),
    "GR": ("Ειρηνοδικείο Καλλιπεύκης", "eirinodikeio-kallipefkis.gr",
           "Πλατεία Δικαστηρίων 1, 402 00 Καλλιπεύκη", "2493 0 51400",
           ["Ειρηνοδίκης Αγλαΐα Πετροπούλου", "Ειρηνοδίκης Στυλιανός Κουρκουμέλης"]),
    "TR": ("Karaçam Asliye Hukuk Mahkemesi", "karacam-adliye.com.tr",
           "Adliye Sarayı, Hürriyet Cad. No: 1, 48990 Karaçam/Muğla", "0252 512 30 00",
           ["Hâkim Necdet Kozanlıoğlu", "Hâkim Seniha Ağaoğlu"]),
    "IL": ("בית משפט השלום בגבעת האלה", "shalom-givathaela.co.il",
           "שדרות המשפט 4, גבעת האלה 2091200", "077-2701840",
           ["כב' השופטת אורנה ליבוביץ", "כב' השופט אפרים טננבאום"]),
    "EG": ("محكمة الياسمين الجزئية", "yasmin-court.com.eg",
           "مجمع المحاكم، شارع العدل، مدينة الياسمين، الإسماعيلية", "064 3321450",
           ["رئيس المحكمة الأستاذ/ عبدالمنعم القصبي", "القاضي/ حسن الأبياري"]),
    "IN": ("सिविल न्यायालय, चंदनपुर", "civilcourt-chandanpur.in",
           "न्यायालय परिसर, कचहरी रोड, चंदनपुर, मध्य प्रदेश - 464990", "07592 245 310",
           ["सिविल जज श्रीमती प्रमिला हजेला", "सिविल जज श्री सत्यव्रत पांडेय"]),
    "TH": ("ศาลแขวงบางมะปราง", "bangmaprang-court.co.th",
           "ถนนศาลากลาง ตำบลบางมะปราง อำเภอเมือง จังหวัดสุพรรณบุรี 72000", "035 512 480",
           ["ผู้พิพากษา นายอนุรักษ์ ดวงแก้ว", "ผู้พิพากษา นางสาวพิมพ์ลดา เทียนทอง"]),
    "CN": ("青枫县人民法院", "qingfeng-court.cn",
           "浙江省丽水市青枫县法治路18号", "0578-5120366",
           ["审判员 聂文渊", "审判长 苗素芬"]),
    "JP": ("白樺台簡易裁判所", "shirakabadai-court.jp",
           "〒071-8590 北海道白樺台市中央1条3丁目", "0166-51-2200",
           ["裁判官 柿沼 正道", "裁判官 早乙女 典子"]),
    "KR": ("해오름지방법원", "haeoreum-court.kr",
           "해오름시 법원로 12 (우 56790)", "063-540-1100",
           ["판사 함석진", "판사 기현숙"]),
    "VN": ("Tòa án nhân dân huyện Đồi Sim", "toaan-doisim.vn",
           "Số 2 đường Tòa Án, thị trấn Đồi Sim, tỉnh Tây Ninh", "0271 3 857 200",
           ["Thẩm phán Thang Khuynh", "Thẩm phán Ngư Thản"]),
}

TOWNS = {
    "US": [("Spearfish", "SD", "577"), ("Keokuk", "IA", "526"), ("Natchitoches", "LA", "714"), ("Bennington", "VT", "052")],
    "GB": [("Ludlow", "SY8"), ("Totnes", "TQ9"), ("Berwick-upon-Tweed", "TD15"), ("Wymondham", "NR18")],
    "DE": [("Ansbach", "915"), ("Ravensburg", "882"), ("Northeim", "371"), ("Wolfenbüttel", "383")],
    "FR": [("Cahors", "46000"), ("Dole", "39100"), ("Aurillac", "15000"), ("Dinan", "22100")],
    "ES": [("Almazán", "42", "Soria"), ("Lucena", "14", "Córdoba"), ("Plasencia", "10", "Cáceres"), ("Valdepeñas", "13", "Ciudad Real")],
    "IT": [("Ascoli Piceno", "63100", "AP"), ("Campobasso", "86100", "CB"), ("Rovereto", "38068", "TN"), ("Matera", "75100", "MT")],
    "NL": [("Zutphen", "720"), ("Assen", "940"), ("Tholen", "469"), ("Culemborg", "410")],
    "BR": [("Pelotas", "RS", "960"), ("Iguatu", "CE", "635"), ("Ilhéus", "BA", "456"), ("Uberaba", "MG", "380")],
    "PL": [("Radom", "26-6"), ("Zamość", "22-4"), ("Suwałki", "16-4"), ("Leszno", "64-1")],
    "RU": [("Кострома", "156"), ("Вологда", "160"), ("Псков", "180"), ("Тамбов", "392")],
    "GR": [("Λιβαδειά", "321"), ("Ξάνθη", "671"), ("Πρέβεζα", "481"), ("Σπάρτη", "231")],
    "TR": [("Kırşehir", "40"), ("Zonguldak", "67"), ("Aksaray", "68"), ("Çankırı", "18")],
    "IL": [("נהריה", "22"), ("רחובות", "76"), ("אשקלון", "78"), ("קריית שמונה", "11")],
    "EG": [("أشمون", "المنوفية"), ("ملوي", "المنيا"), ("سمالوط", "المنيا"), ("فاقوس", "الشرقية")],
    "IN": [("झांसी", "उत्तर प्रदेश", "2840"), ("अजमेर", "राजस्थान", "3050"), ("बिलासपुर", "छत्तीसगढ़", "4950"), ("धनबाद", "झारखंड", "8260")],
    "TH": [("แพร่", "54"), ("สุรินทร์", "32"), ("ตรัง", "92"), ("น่าน", "55")],
    "CN": [("安徽省芜湖市镜湖区", "2410"), ("江西省赣州市章贡区", "3410"), ("山东省潍坊市奎文区", "2610"), ("四川省绵阳市涪城区", "6210")],
    "JP": [("秋田県横手市", "013"), ("岐阜県高山市", "506"), ("愛媛県今治市", "794"), ("長崎県佐世保市", "857")],
    "KR": [("전북특별자치도 전주시 완산구", "55"), ("경상남도 진주시", "52"), ("강원특별자치도 원주시", "26"), ("충청남도 천안시 동남구", "31")],
    "VN": [("Cẩm Phả", "Quảng Ninh"), ("Buôn Ma Thuột", "Đắk Lắk"), ("Rạch Giá", "Kiên Giang"), ("Phan Rang-Tháp Chàm", "Ninh Thuận")],
}

STREETS = {
    "US": ["Cutbank Trail", "Old Ferrier Rd", "Bitterroot Dr", "Sweetfern Ct", "Singletree Ln", "Caprock Ave"],
    "GB": ["Tanners Wynd", "Currier Row", "Dyehouse Gardens", "Malthouse Yard", "Glebe Fields", "Ropemaker Walk"],
    "DE": ["Kupferschmiedgasse", "Am Flachsrösterweg", "Zehntscheuerstraße", "Gerberbachweg", "Im Hopfengarten", "Seilerbahn"],
    "FR": ["rue des Tonneliers", "impasse du Four-à-Chaux", "chemin des Cardeurs", "rue de la Gabelle", "allée des Vanniers", "rue du Pressoir"],
    "ES": ["calle del Batán", "calle de los Cordeleros", "travesía del Horno Viejo", "calle de la Alhóndiga", "camino de las Eras", "calle del Pósito"],
    "IT": ["Via dei Bottai", "Vicolo del Torchio", "Via della Gabella", "Via dei Cordai", "Via del Mulino a Vento", "Via delle Conce"],
    "NL": ["Kuipersgang", "Touwslagerslaan", "Lakenvoldersstraat", "Brouwersgracht-Zuid", "Looierspad", "Zeilmakerserf"],
    "BR": ["Rua dos Tanoeiros", "Rua do Engenho Velho", "Travessa da Olaria", "Rua dos Curtidores", "Rua da Cacimba", "Avenida dos Carreiros"],
    "PL": ["ul. Bednarska", "ul. Powroźnicza", "ul. Garbarska", "ul. Młynarska", "ul. Kołodziejska", "ul. Sukiennicza"],
    "RU": ["ул. Бондарная", "ул. Кожевенная", "пер. Гончарный", "ул. Мельничная", "ул. Ямская", "пр-т Ткачей"],
    "GR": ["Οδός Βαρελάδων", "Οδός Σχοινοπλόκων", "Οδός Ταμπακών", "Οδός Μυλοποτάμου", "Οδός Καλαθοπλεκτών", "Οδός Χαλκωματάδων"],
    "TR": ["Bakırcılar Sok.", "Urgancılar Sok.", "Debbağlar Cad.", "Değirmenaltı Sok.", "Keçeciler Sok.", "Nalbantlar Cad."],
    "IL": ["רחוב הכורמים", "רחוב החבלנים", "רחוב הבורסקאים", "רחוב הטחנה", "רחוב הקדרים", "רחוב הנפחים"],
    "EG": ["شارع الفخارين", "شارع الحبالين", "شارع المدابغ", "شارع الطاحونة", "شارع النحاسين", "شارع السروجية"],
    "IN": ["कुम्हार गली", "रस्सी बाज़ार मार्ग", "चर्मकार टोला", "पनचक्की रोड", "ताम्रकार गली", "जुलाहा मोहल्ला मार्ग"],
    "TH": ["ถนนช่างหม้อ", "ซอยโรงสี", "ถนนช่างทอง", "ซอยช่างหล่อ", "ถนนโรงเกลือ", "ซอยบ้านหม้อ"],
    "CN": ["陶坊路", "绳匠巷", "皮坊街", "磨坊路", "铜匠街", "染坊巷"],
    "JP": ["桶屋町", "縄手通", "紺屋町", "水車通", "鍛冶屋町", "瓦町"],
    "KR": ["옹기전길", "새끼줄로", "물레방아길", "대장간로", "놋전골길", "기와말길"],
    "VN": ["ngõ Thợ Gốm", "đường Lò Rèn", "hẻm Thợ Dệt", "đường Cối Xay", "ngõ Thợ Nhuộm", "đường Lò Vôi"],
}

US_STATE = {"MT": "MT", "IA": "IA", "LA": "LA", "VT": "VT"}
TH_AMPHOE = {"แพร่": ("ทุ่งโฮ้ง", "เมืองแพร่"), "สุรินทร์": ("ในเมือง", "เมืองสุรินทร์"), "ตรัง": ("ทับเที่ยง", "เมืองตรัง"), "น่าน": ("ในเวียง", "เมืองน่าน")}
VN_WARD = {"Cẩm Phả": "phường Cẩm Trung", "Buôn Ma Thuột": "phường Tân Lợi", "Rạch Giá": "phường Vĩnh Lạc", "Phan Rang-Tháp Chàm": "phường Kinh Dinh"}
EG_DIST = {"أشمون": "حي الشهداء", "ملوي": "حي المحطة", "سمالوط": "حي البحر", "فاقوس": "حي السوق"}
RU_OBL = {"Кострома": "Костромская обл.", "Вологда": "Вологодская обл.", "Псков": "Псковская обл.", "Тамбов": "Тамбовская обл."}
TR_MAH = ["Kurtuluş Mah.", "Yenidoğan Mah.", "Çamlıbel Mah.", "Gazipaşa Mah."]
IN_MOH = ["सदर बाज़ार", "नई बस्ती", "गांधीनगर कॉलोनी", "रेलवे कॉलोनी"]
CN_COMM = ["锦绣花园", "翠湖苑", "丹桂小区", "银杏家园"]
JP_BLD = ["コーポ柊", "メゾン若葉", "ハイツ朝凪", ""]


def address(R, cc):
    t = R.choice(TOWNS[cc])
    st = R.choice(STREETS[cc])
    n = R.randint(2, 148)
    if cc == "US":
        unit = R.choice(["", "", ", Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s, %s, %s %s%02d" % (R.randint(100, 9899), st, unit, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        flat = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s %d%s" % (flat, n, st, t[0], t[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    if cc == "DE":
        return "%s %d%s, %s%02d %s" % (st, n, R.choice(["", "", "a", "b"]), t[1], R.randint(1, 99), t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis", " ter"]), st, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %d.º %s, %s%03d %s (%s)" % (st[0].upper() + st[1:], n, R.randint(1, 6), R.choice("ABCD"), t[1], R.randint(1, 9), t[0], t[2])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d%s, %s%d %s%s %s" % (st, n, R.choice(["", "", "-A", " bis"]), t[1], R.randint(1, 9), R.choice("BCDEGHJKLMNPRTVWXZ"), R.choice("ABCEGHJKLNPRTVWXZ"), t[0])
    if cc == "BR":
        apt = R.choice(["", ", apto %d" % R.randint(11, 804), ", casa %d" % R.randint(1, 4)])
        bairro = R.choice(["Centro", "Jardim Primavera", "Vila Operária", "Alto da Colina"])
        return "%s, %d%s - %s, %s - %s, %s%02d-%03d" % (st, R.randint(10, 2400), apt, bairro, t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        m = R.choice(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 60)])
        return "%s %d%s, %s%02d %s" % (st, n, m, t[1], R.randint(0, 99), t[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, г. %s, %s, %s%03d" % (st, n, R.randint(1, 180), t[0], RU_OBL[t[0]], t[1], R.randint(0, 99))
    if cc == "GR":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(0, 99), t[0])
    if cc == "TR":
        return "%s %s No: %d D: %d, %s%03d Merkez/%s" % (R.choice(TR_MAH), st, n, R.randint(1, 16), t[1], R.randint(0, 999), t[0])
    if cc == "IL":
        return "%s %d%s, %s %s%05d" % (st, n, R.choice(["", " דירה %d" % R.randint(1, 30)]), t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d %s، %s، %s، محافظة %s" % (n, st, EG_DIST[t[0]], t[0], t[1])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, %s, %s - %s%02d" % (n, st, R.choice(IN_MOH), t[0], t[1], t[2], R.randint(1, 99))
    if cc == "TH":
        tambon, amphoe = TH_AMPHOE[t[0]]
        return "%d/%d หมู่ %d %s ตำบล%s อำเภอ%s จังหวัด%s %s%03d" % (n, R.randint(1, 40), R.randint(1, 12), st, tambon, amphoe, t[0], t[1], R.randint(0, 999) // 10 * 10)
    if cc == "CN":
        return "%s%s%d号%s%d栋%d单元%d室" % (t[0], st, n, R.choice(CN_COMM), R.randint(1, 18), R.randint(1, 4), R.randint(1, 28) * 100 + R.randint(1, 4))
    if cc == "JP":
        b = R.choice(JP_BLD)
        return "〒%s-%04d %s%s%d丁目%d-%d%s" % (t[1], R.randint(0, 9999), t[0], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), (" " + b + str(R.randint(1, 3)) + "0" + str(R.randint(1, 9))) if b else "")
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s%03d)" % (t[0], st, n, R.randint(101, 115), R.randint(1, 25) * 100 + R.randint(1, 6), t[1], R.randint(0, 999))
    if cc == "VN":
        return "Số %d %s, %s, thành phố %s, tỉnh %s" % (n, st, VN_WARD[t[0]], t[0], t[1])
    raise KeyError(cc)


# ====================================================================== value formats
CC_CODE = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31, "BR": 55, "PL": 48, "RU": 7,
           "GR": 30, "TR": 90, "IL": 972, "EG": 20, "IN": 91, "TH": 66, "CN": 86, "JP": 81, "KR": 82, "VN": 84,
           "IE": 353, "AU": 61, "CA": 1, "PT": 351, "AT": 43, "CH": 41, "BE": 32}


def mobile_nsn(R, cc):
    if cc in ("US", "CA"):
        return PLANS[cc][2]["fixed_or_mobile"](R)
    if cc == "FR":
        while True:
            n = PLANS["FR"][2]["mobile"](R)
            if not n.startswith("639"):
                return n
    if cc in ("GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "IN", "CN", "JP", "IE", "AU", "PT", "AT", "CH", "BE"):
        return PLANS[cc][2]["mobile"](R)
    if cc == "GR":
        return "69" + R.choice("4579") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "46", "49", "05", "06"]) + digits(R, 7)
    if cc == "IL":
        return "5" + R.choice("0238") + nz(R, 7)
    if cc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if cc == "TH":
        return R.choice(["81", "82", "86", "89", "91", "92", "95", "61", "63"]) + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "32", "35", "38", "83", "84", "76", "77"]) + digits(R, 7)
    raise KeyError(cc)


def phone_national(R, cc, n):
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return R.choice(["0%s %s", "0%s%s"]) % (n[:4], n[4:]) if R.random() < 0.8 else "0%s %s %s" % (n[:4], n[4:7], n[7:])
    if cc == "DE":
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if cc == "FR":
        return R.choice([" ", ".", ""]).join(["0" + n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if cc == "ES":
        return ("%s %s %s" % (n[:3], n[3:6], n[6:])) if R.random() < 0.5 else ("%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]))
    if cc == "IT":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s %s" % (n[:3], n[3:])])
    if cc == "NL":
        return R.choice(["06-%s" % n[1:], "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]), "06%s" % n[1:]])
    if cc == "BR":
        return R.choice(["(%s) %s-%s", "%s %s-%s"]) % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s", "8 %s %s-%s-%s", "8-%s-%s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s %s" % (n[:3], n[3:])])
    if cc == "TR":
        return R.choice(["0 (%s) %s %s %s", "0%s %s %s %s", "0%s-%s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return ("0%s-%s" % (n[:2], n[2:])) if R.random() < 0.6 else ("0%s-%s-%s" % (n[:2], n[2:5], n[5:]))
    if cc == "EG":
        return R.choice(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s" % n, "0%s-%s-%s" % (n[:2], n[2:6], n[6:])])
    if cc == "IN":
        return R.choice(["%s %s" % (n[:5], n[5:]), "0%s" % n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if cc == "TH":
        return R.choice(["0%s-%s-%s", "0%s %s %s"]) % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if cc == "JP":
        return R.choice(["0%s-%s-%s", "0%s %s %s"]) % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return R.choice(["0%s-%s-%s", "0%s %s %s"]) % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s" % n, "0%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    raise KeyError(cc)


def phone_intl(R, cc, n):
    c = CC_CODE[cc]
    if cc in ("US", "CA"):
        return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:])
    if cc == "DE":
        return R.choice(["+49 %s %s", "+49 (0)%s %s"]) % (n[:3], n[3:])
    if cc == "FR":
        return "+33 " + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "RU":
        return R.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return R.choice(["+972-%s-%s-%s", "+972 %s %s %s"]) % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    if cc == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if cc in ("JP", "KR"):
        return "+%d %s-%s-%s" % (c, n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc in ("ES", "IT", "PL", "GR"):
        return "+%d %s %s %s" % (c, n[:3], n[3:6], n[6:])
    if cc == "NL":
        return "+31 6 %s" % n[1:]
    if cc == "IE":
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "AU":
        return "+61 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "PT":
        return "+351 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc in ("AT", "CH", "BE"):
        return "+%d %s %s" % (c, n[:3], n[3:])
    raise KeyError(cc)


ABROAD = {"US": ["CA", "GB", "IE"], "GB": ["IE", "AU", "PL"], "DE": ["AT", "PL", "TR"], "FR": ["BE", "CH", "PT"],
          "ES": ["PT", "FR", "GB"], "IT": ["CH", "DE", "FR"], "NL": ["BE", "DE", "TR"], "BR": ["PT", "US", "IT"],
          "PL": ["DE", "GB", "NL"], "RU": ["DE", "TR", "IL"], "GR": ["DE", "GB", "IT"], "TR": ["DE", "NL", "AT"],
          "IL": ["US", "FR", "RU"], "EG": ["IT", "GB", "FR"], "IN": ["GB", "US", "AU"], "TH": ["JP", "AU", "GB"],
          "CN": ["JP", "KR", "AU"], "JP": ["US", "KR", "CN"], "KR": ["US", "JP", "CN"], "VN": ["JP", "KR", "AU"]}


def phone(R, cc, intl=None, abroad=0.0, kind="mobile"):
    """An L label for a mobile of cc (or, with probability abroad, of a
    country people from cc's courts often give numbers from)."""
    if R.random() < abroad:
        plan = R.choice(ABROAD[cc])
        n = mobile_nsn(R, plan)
        return L("phone", phone_intl(R, plan, n), sub=kind, region=cc, plan=plan)
    n = mobile_nsn(R, cc)
    if intl is None:
        intl = R.random() < 0.35
    v = phone_intl(R, cc, n) if intl else phone_national(R, cc, n)
    return L("phone", v, sub=kind, region=cc)


# ---------------------------------------------------------------- dates of birth
PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
GR_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
HE_M = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"]
AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
HI_M = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
TH_MA = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MF = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def birth(R, lo=1944, hi=2005):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_text(R, cc, ymd, iso=False):
    y, m, d = ymd
    if iso:
        return "%04d-%02d-%02d" % (y, m, d)
    word = R.random() < 0.4
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y) if word else R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y)])
    if cc == "GB":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "DE":
        return "%d. %s %d" % (d, MONTHS["de"][m - 1], y) if word else "%02d.%02d.%d" % (d, m, y)
    if cc == "FR":
        return "%s %s %d" % ("1er" if d == 1 else str(d), MONTHS["fr"][m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "ES":
        return "%d de %s de %d" % (d, MONTHS["es"][m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "IT":
        return "%d %s %d" % (d, MONTHS["it"][m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "NL":
        return "%d %s %d" % (d, MONTHS["nl"][m - 1], y) if word else "%02d-%02d-%d" % (d, m, y)
    if cc == "BR":
        return "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "PL":
        return "%d %s %d r." % (d, PL_GEN[m - 1], y) if word else "%02d.%02d.%d" % (d, m, y)
    if cc == "RU":
        return "%d %s %d г." % (d, RU_GEN[m - 1], y) if word else "%02d.%02d.%d" % (d, m, y)
    if cc == "GR":
        return "%d %s %d" % (d, GR_GEN[m - 1], y) if word else "%d/%d/%d" % (d, m, y)
    if cc == "TR":
        return "%d %s %d" % (d, TR_M[m - 1], y) if word else "%02d.%02d.%d" % (d, m, y)
    if cc == "IL":
        return "%d ב%s %d" % (d, HE_M[m - 1], y) if word else "%02d.%02d.%d" % (d, m, y)
    if cc == "EG":
        return "%d %s %d" % (d, AR_M[m - 1], y) if word else "%02d/%02d/%d" % (d, m, y)
    if cc == "IN":
        return "%d %s %d" % (d, HI_M[m - 1], y) if word else "%02d-%02d-%d" % (d, m, y)
    if cc == "TH":
        be = y + 543
        return R.choice(["%d %s %d" % (d, TH_MA[m - 1], be), "%d %s %d" % (d, TH_MF[m - 1], be)]) if word else "%02d/%02d/%d" % (d, m, be)
    if cc == "CN":
        return "%d年%d月%d日" % (y, m, d) if word or R.random() < 0.5 else "%d-%02d-%02d" % (y, m, d)
    if cc == "JP":
        return "%d年%d月%d日" % (y, m, d) if word or R.random() < 0.5 else "%d/%02d/%02d" % (y, m, d)
    if cc == "KR":
        return "%d년 %d월 %d일" % (y, m, d) if word else "%d. %d. %d." % (y, m, d)
    if cc == "VN":
        return "ngày %d tháng %d năm %d" % (d, m, y) if word else "%02d/%02d/%d" % (d, m, y)
    raise KeyError(cc)


# ---------------------------------------------------------------- national ids
CN_AREA = {"安徽省芜湖市镜湖区": "340202", "江西省赣州市章贡区": "360702", "山东省潍坊市奎文区": "370705", "四川省绵阳市涪城区": "510703"}
IT_BELFIORE = ["A462", "B519", "H612", "F052"]


def gov_id(R, cc, p, ymd):
    """The id a court form of cc asks for: (value, sub)."""
    y, m, d = ymd
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (a, b[:2], b[2:4], b[4:], c), "gb_nino"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=y % 100, mm=m)
        return R.choice(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key),
                         body + key]), "fr_nir"
    if cc == "ES":
        if R.random() < 0.8:
            n, l = dni_random(R)
            return R.choice([n + l, n + "-" + l]), "es_dni"
        a, b, c = nie_random(R)
        return a + b + c, "es_nie"
    if cc == "IT":
        return cf_make(asciify(p.family.split(" ")[-1]), asciify(p.given), y % 100, m, d, p.female, R.choice(IT_BELFIORE)), "it_cf"
    if cc == "NL":
        return bsn_random(R), "nl_bsn"
    if cc == "BR":
        s = cpf_random(R)
        return R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s]), "br_cpf"
    if cc == "PL":
        return pesel_make(R, y, m, d, p.female), "pl_pesel"
    if cc == "RU":
        a, b = snils_make(R)
        return "%s-%s-%s %s" % (a[:3], a[3:6], a[6:], b), "ru_snils"
    if cc == "GR":
        return amka_make(R, y, m, d), "gr_amka"
    if cc == "TR":
        return tckn_make(R), "tr_tckn"
    if cc == "IL":
        return tz_make(R), "il_tz"
    if cc == "EG":
        return egid_make(R, y, m, d, p.female), "eg_nid"
    if cc == "IN":
        s = aadhaar_random(R)
        return R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s]), "in_aadhaar"
    if cc == "TH":
        return thid_fmt(thid_make(R)), "th_id"
    if cc == "CN":
        return cnid_make(R, R.choice(list(CN_AREA.values())), y, m, d, p.female), "cn_rid"
    if cc == "JP":
        s = mynumber_make(R)
        return R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s]), "jp_mynumber"
    if cc == "KR":
        return rrn_make(R, y, m, d, p.female), "kr_rrn"
    if cc == "VN":
        return cccd_make(R, y, p.female), "vn_cccd"
    raise KeyError(cc)


def passport(R, cc):
    if cc in ("US", "GB"):
        return nz(R, 9)
    if cc == "JP":
        return R.choice(["TK", "TR", "MZ"]) + digits(R, 7)
    if cc == "DE":
        return R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc in ("FR",):
        return "%02d%s%05d" % (R.randint(10, 25), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 99999))
    if cc == "RU":
        return "%s %s" % (R.choice(["72", "75", "76"]), digits(R, 7))
    if cc in ("CN",):
        return "E" + digits(R, 8)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + digits(R, 7)
    if cc == "KR":
        return "M" + digits(R, 8)
    return R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(R, 7)


def gov_id_ok(v, sub):
    c = re.sub(r"[\s.\-]", "", v)
    if sub == "us_ssn":
        return bool(re.fullmatch(r"\d{9}", c)) and ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:]))
    if sub == "gb_nino":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)) and c[:2] not in NINO_BAD_PREFIX
    if sub == "de_steuer_id":
        return steuerid_ok(c)
    if sub == "fr_nir":
        return len(c) == 15 and nir_ok(c[:13], c[13:])
    if sub == "es_dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", c)) and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "es_nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", c)) and nie_ok(c)
    if sub == "it_cf":
        return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", c)) and cf_check(c[:15]) == c[15]
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "br_cpf":
        return cpf_ok(c)
    if sub == "pl_pesel":
        return pesel_ok(c)
    if sub == "ru_snils":
        return snils_ok(c)
    if sub == "gr_amka":
        return amka_ok(c)
    if sub == "gr_afm":
        return afm_ok(c)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "il_tz":
        return tz_ok(c)
    if sub == "eg_nid":
        return egid_ok(c)
    if sub == "in_aadhaar":
        return len(c) == 12 and c[0] in "23456789" and verhoeff_ok(c)
    if sub == "in_pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c))
    if sub == "th_id":
        return thid_ok(c)
    if sub == "cn_rid":
        return cnid_ok(c)
    if sub == "jp_mynumber":
        return mynumber_ok(c)
    if sub == "kr_rrn":
        return rrn_ok(c)
    if sub == "vn_cccd":
        return cccd_ok(c)
    if sub.endswith("_passport"):
        return bool(re.fullmatch(r"[A-Z0-9]{8,10}", c))
    return False


# ---------------------------------------------------------------- cards, IBANs, IPs, e-mails, secrets
CARD_BY_CC = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"],
              "DE": ["mastercard", "visa"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
              "IT": ["visa", "mastercard", "amex"], "NL": ["mastercard", "visa"], "BR": ["mastercard", "visa"],
              "PL": ["visa", "mastercard"], "RU": ["mir", "mir", "visa"], "GR": ["visa", "mastercard"],
              "TR": ["troy", "mastercard", "visa"], "IL": ["visa", "mastercard", "diners"], "EG": ["mastercard", "visa"],
              "IN": ["rupay", "visa", "mastercard"], "TH": ["visa", "jcb", "mastercard"], "CN": ["unionpay", "unionpay", "visa"],
              "JP": ["jcb", "visa", "mastercard"], "KR": ["visa", "mastercard", "unionpay"], "VN": ["visa", "jcb", "mastercard"]}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111", "378282246310005",
              "6011111111111117", "3566002020360505", "6200000000000005"}


def card(R, cc):
    iss = R.choice(CARD_BY_CC[cc])
    while True:
        num = card_random(R, iss)
        if num not in TEST_CARDS:
            break
    sizes = card_grouping(len(num))
    sep = R.choice([" ", " ", " ", "-", "", "\u00a0"])
    v = sep.join(split_groups(num, sizes)) if sep else num
    return L("card", v, sub=iss)


IBAN_CC = {"GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "GR", "TR", "IL", "EG"}


def iban(R, cc, **meta):
    s = iban_any(R, cc)
    style = R.random()
    if style < 0.6:
        v = group(s, 4, " ")
    elif style < 0.75:
        v = group(s, 4, "\u00a0")
    else:
        v = s
    return L("iban", v, sub=cc, **meta)


def ipv4_global(R):
    while True:
        a = ".".join(str(x) for x in (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if ipaddress.ip_address(a).is_global:
            return a


def ipv6_global(R):
    while True:
        a = "%x:%x:%x:%x::%x" % (R.choice([0x2a01, 0x2a02, 0x2001, 0x2600, 0x2400, 0x2804, 0x2a00]),
                                 R.randint(0x100, 0xfff0), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        ip = ipaddress.ip_address(a)
        if ip.is_global and not ip in ipaddress.ip_network("2001:db8::/32") and not a.startswith("2001:0:"):
            return str(ip)


def ip_label(R, v6=0.15, **meta):
    if R.random() < v6:
        return L("ip", ipv6_global(R), sub="ipv6", **meta)
    return L("ip", ipv4_global(R), sub="ipv4", **meta)


def ip_ok(v):
    try:
        return ipaddress.ip_address(v).is_global and not ipaddress.ip_address(v) in ipaddress.ip_network("2001:db8::/32")
    except ValueError:
        return False


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "o2.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
           "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"]}


def email_personal(R, p):
    g = asciify(p.rgiven).lower().replace(" ", "").replace("'", "")
    f = asciify(p.rfamily).lower().replace(" ", "").replace("'", "")
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (f, g, R.randint(1, 99)),
                      "%s.%s%d" % (g, f[0], R.randint(60, 99)), "%s%s" % (f, g[:3])])
    if p.cc == "CN" and R.random() < 0.3:
        return L("email", "%d@qq.com" % R.randint(10 ** 7, 10 ** 10), sub="personal")
    return L("email", local + "@" + R.choice(WEBMAIL[p.cc]), sub="personal")


def email_work(R, p, domain):
    g = asciify(p.rgiven).lower().replace(" ", "")
    f = asciify(p.rfamily).lower().replace(" ", "")
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s" % (g[0], f)])
    return L("email", local + "@" + domain, sub="work")


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def email_ok(v):
    if not EMAIL_RE.fullmatch(v):
        return False
    dom = v.split("@")[1].lower()
    return not re.search(r"(^|\.)example(\.|$)", dom)


def secret(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


# ====================================================================== requests, field labels and per-language frames
REQ = {
    "en": ["Can you check this for anything missing before I put it on the court file?",
           "Summarise this in three bullet points for the listing officer.",
           "Help me write a polite reply to this litigant.",
           "Turn this into a tidy table, one row per party.",
           "What should I take out before I forward this to the appeals office?"],
    "de": ["Kannst du prüfen, ob hier etwas fehlt, bevor ich es zur Akte nehme?",
           "Fass das bitte in drei Stichpunkten für die Geschäftsstelle zusammen.",
           "Hilf mir, eine höfliche Antwort an die Partei zu formulieren."],
    "fr": ["Peux-tu vérifier s'il manque quelque chose avant que je le verse au dossier ?",
           "Résume ça en trois points pour le greffe.",
           "Aide-moi à rédiger une réponse courtoise au justiciable."],
    "es": ["¿Puedes revisar si falta algo antes de incorporarlo a los autos?",
           "Resúmelo en tres puntos para la oficina judicial.",
           "Ayúdame a redactar una respuesta cortés a la parte."],
    "it": ["Puoi controllare se manca qualcosa prima che lo inserisca nel fascicolo?",
           "Riassumilo in tre punti per la cancelleria.",
           "Aiutami a scrivere una risposta cortese alla parte."],
    "nl": ["Kun je controleren of er iets ontbreekt voordat ik het in het dossier zet?",
           "Vat dit samen in drie punten voor de griffie.",
           "Help me een beleefd antwoord aan de procespartij te schrijven."],
    "pt": ["Pode verificar se falta alguma coisa antes de eu juntar aos autos?",
           "Resume isto em três tópicos para o cartório.",
           "Me ajuda a escrever uma resposta educada para a parte?"],
    "pl": ["Sprawdź, proszę, czy czegoś nie brakuje, zanim włożę to do akt.",
           "Streść to w trzech punktach dla sekretariatu wydziału.",
           "Pomóż mi napisać uprzejmą odpowiedź dla strony."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я подошью это в дело.",
           "Сделай краткое резюме в трёх пунктах для секретаря судебного заседания.",
           "Помоги составить вежливый ответ стороне."],
    "el": ["Μπορείς να ελέγξεις αν λείπει κάτι πριν το βάλω στη δικογραφία;",
           "Σύνοψέ το σε τρία σημεία για τη γραμματεία.",
           "Βοήθησέ με να γράψω μια ευγενική απάντηση στον διάδικο."],
    "tr": ["Dosyaya koymadan önce eksik bir şey var mı kontrol eder misin?",
           "Bunu yazı işleri için üç maddede özetle.",
           "Tarafa nazik bir cevap yazmama yardım et."],
    "he": ["תבדוק בבקשה אם חסר משהו לפני שאני מתייקת את זה בתיק.",
           "תסכם את זה בשלוש נקודות בשביל מזכירות בית המשפט.",
           "תעזור לי לנסח תשובה מנומסת לבעל הדין."],
    "ar": ["ممكن تراجع لو فيه حاجة ناقصة قبل ما أضمها لملف الدعوى؟",
           "لخص ده في ثلاث نقاط لقلم الكتاب.",
           "ساعدني أكتب رد مهذب للخصم."],
    "hi": ["फ़ाइल में लगाने से पहले देख लीजिए कि कुछ छूटा तो नहीं।",
           "इसे रीडर साहब के लिए तीन बिंदुओं में सारांशित कर दीजिए।",
           "पक्षकार को एक विनम्र जवाब लिखने में मदद कीजिए।"],
    "th": ["ช่วยตรวจดูหน่อยว่ามีอะไรขาดไหมก่อนเข้าสำนวน",
           "ช่วยสรุปเป็นสามข้อให้เจ้าหน้าที่งานหมาย",
           "ช่วยร่างคำตอบสุภาพถึงคู่ความหน่อย"],
    "zh": ["归档之前帮我看看有没有漏填的？",
           "帮我把这个概括成三点，发给立案庭。",
           "帮我给当事人写一段礼貌的回复。"],
    "ja": ["記録に綴じる前に、記入漏れがないか確認してください。",
           "書記官室向けに三行でまとめてください。",
           "当事者への丁寧な返信を一緒に考えてください。"],
    "ko": ["기록에 편철하기 전에 빠진 게 있는지 확인해 줘.",
           "참여관실에 올릴 수 있게 세 줄로 요약해 줘.",
           "당사자에게 보낼 정중한 답장 좀 써 줘."],
    "vi": ["Kiểm tra giúp em xem còn thiếu gì trước khi đưa vào hồ sơ vụ án nhé.",
           "Tóm tắt giúp em thành ba ý cho bộ phận thư ký.",
           "Giúp em viết câu trả lời lịch sự cho đương sự."],
}

# Person-field labels in the country's language (forms keep an English skeleton).
F = {
    "en": dict(name="Full name", dob="Date of birth", addr="Address", phone="Mobile", email="Email", pp="Passport no.",
               emp="Employer", inc="Net monthly income", bank="Bank account (IBAN)", occ="Occupation"),
    "de": dict(name="Name, Vorname", dob="Geburtsdatum", addr="Anschrift", phone="Mobil", email="E-Mail", pp="Reisepass-Nr.",
               emp="Arbeitgeber", inc="Nettoeinkommen mtl.", bank="Bankverbindung (IBAN)", occ="Beruf"),
    "fr": dict(name="Nom et prénom", dob="Date de naissance", addr="Adresse", phone="Portable", email="Courriel", pp="N° de passeport",
               emp="Employeur", inc="Revenu mensuel net", bank="IBAN", occ="Profession"),
    "es": dict(name="Nombre y apellidos", dob="Fecha de nacimiento", addr="Domicilio", phone="Móvil", email="Correo electrónico",
               pp="N.º de pasaporte", emp="Empleador", inc="Ingresos netos mensuales", bank="IBAN", occ="Profesión"),
    "it": dict(name="Cognome e nome", dob="Data di nascita", addr="Residenza", phone="Cellulare", email="E-mail", pp="N. passaporto",
               emp="Datore di lavoro", inc="Reddito netto mensile", bank="IBAN", occ="Professione"),
    "nl": dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Mobiel", email="E-mail", pp="Paspoortnummer",
               emp="Werkgever", inc="Netto maandinkomen", bank="IBAN", occ="Beroep"),
    "pt": dict(name="Nome completo", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail", pp="Passaporte nº",
               emp="Empregador", inc="Renda mensal líquida", bank="IBAN", occ="Profissão"),
    "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres zamieszkania", phone="Telefon", email="E-mail",
               pp="Nr paszportu", emp="Pracodawca", inc="Dochód netto miesięcznie", bank="Nr rachunku (IBAN)", occ="Zawód"),
    "ru": dict(name="ФИО", dob="Дата рождения", addr="Адрес регистрации", phone="Телефон", email="Эл. почта", pp="Загранпаспорт №",
               emp="Работодатель", inc="Доход в месяц", bank="Счёт", occ="Род занятий"),
    "el": dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Κινητό", email="Email", pp="Αρ. διαβατηρίου",
               emp="Εργοδότης", inc="Καθαρό μηνιαίο εισόδημα", bank="IBAN", occ="Επάγγελμα"),
    "tr": dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="Cep telefonu", email="E-posta", pp="Pasaport no",
               emp="İşveren", inc="Aylık net gelir", bank="IBAN", occ="Meslek"),
    "he": dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="נייד", email="דוא\"ל", pp="מס' דרכון",
               emp="מעסיק", inc="הכנסה חודשית נטו", bank="IBAN", occ="עיסוק"),
    "ar": dict(name="الاسم بالكامل", dob="تاريخ الميلاد", addr="العنوان", phone="المحمول", email="البريد الإلكتروني",
               pp="رقم جواز السفر", emp="جهة العمل", inc="صافي الدخل الشهري", bank="IBAN", occ="المهنة"),
    "hi": dict(name="पूरा नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", pp="पासपोर्ट संख्या",
               emp="नियोक्ता", inc="मासिक शुद्ध आय", bank="बैंक खाता", occ="व्यवसाय"),
    "th": dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", email="อีเมล", pp="เลขที่หนังสือเดินทาง",
               emp="นายจ้าง", inc="รายได้สุทธิต่อเดือน", bank="บัญชีธนาคาร", occ="อาชีพ"),
    "zh": dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="电子邮箱", pp="护照号码",
               emp="工作单位", inc="月净收入", bank="银行账户", occ="职业"),
    "ja": dict(name="氏名", dob="生年月日", addr="住所", phone="携帯電話", email="メール", pp="旅券番号",
               emp="勤務先", inc="月収（手取り）", bank="振込口座", occ="職業"),
    "ko": dict(name="성명", dob="생년월일", addr="주소", phone="휴대전화", email="이메일", pp="여권번호",
               emp="직장", inc="월 실수령액", bank="계좌", occ="직업"),
    "vi": dict(name="Họ và tên", dob="Ngày sinh", addr="Địa chỉ", phone="Điện thoại", email="Email", pp="Số hộ chiếu",
               emp="Nơi làm việc", inc="Thu nhập hằng tháng", bank="Tài khoản (IBAN)", occ="Nghề nghiệp"),
}
IDLBL = {"US": "SSN", "GB": "National Insurance number", "DE": "Steuer-ID", "FR": "N° de sécurité sociale",
         "ES": "DNI/NIE", "IT": "Codice fiscale", "NL": "BSN", "BR": "CPF", "PL": "PESEL", "RU": "СНИЛС",
         "GR": "ΑΜΚΑ", "TR": "T.C. Kimlik No", "IL": "מספר זהות", "EG": "الرقم القومي", "IN": "आधार संख्या",
         "TH": "เลขประจำตัวประชาชน", "CN": "公民身份号码", "JP": "個人番号", "KR": "주민등록번호", "VN": "Số CCCD"}

# Witness statements (letter): {name} {dob} {addr} {other} {idate} {phone}
WS = {
    "en": "WITNESS STATEMENT\nCase: {case}\n\nI, {name}, born {dob}, of {addr}, will say as follows.\n1. On {idate} I was at the counter when {other} handed back the keys and said the deposit would be returned within a week.\n2. I did not see any damage to the van at that time.\nI believe that the facts stated in this witness statement are true.\nSigned: {name}\nTel: {phone}",
    "de": "ZEUGENAUSSAGE (schriftlich)\nAktenzeichen: {case}\n\nIch, {name}, geboren am {dob}, wohnhaft {addr}, erkläre Folgendes:\nAm {idate} war ich dabei, als {other} die Schlüssel der Wohnung übergab und sagte, die Kaution komme in einer Woche zurück.\nSchäden an der Küche habe ich damals nicht gesehen.\nIch versichere die Richtigkeit meiner Angaben.\n{name}, Tel. {phone}",
    "fr": "ATTESTATION DE TÉMOIN (art. 202 CPC)\nRG : {case}\n\nJe soussigné(e) {name}, né(e) le {dob}, demeurant {addr}, atteste que le {idate} j'ai vu {other} rendre les clés du local et promettre le remboursement du dépôt sous huit jours.\nJe n'ai constaté aucun dégât ce jour-là.\nFait pour servir et valoir ce que de droit.\n{name} – {phone}",
    "es": "DECLARACIÓN TESTIFICAL\nProcedimiento: {case}\n\nYo, {name}, nacido/a el {dob}, con domicilio en {addr}, declaro:\nQue el día {idate} presencié cómo {other} entregaba las llaves del local y decía que la fianza se devolvería en una semana.\nQue no vi desperfectos en ese momento.\nFirmado: {name}. Teléfono de contacto: {phone}",
    "it": "DICHIARAZIONE TESTIMONIALE\nR.G.: {case}\n\nIl/La sottoscritto/a {name}, nato/a il {dob}, residente in {addr}, dichiara:\nil giorno {idate} ero presente quando {other} ha riconsegnato le chiavi e ha detto che la cauzione sarebbe stata restituita entro una settimana.\nIn quell'occasione non ho notato danni.\nIn fede, {name} — cell. {phone}",
    "nl": "GETUIGENVERKLARING\nZaaknummer: {case}\n\nIk, {name}, geboren op {dob}, wonende {addr}, verklaar het volgende.\nOp {idate} was ik erbij toen {other} de sleutels inleverde en zei dat de borg binnen een week terug zou komen.\nIk heb toen geen schade gezien.\nAldus naar waarheid opgemaakt, {name}, tel. {phone}",
    "pt": "DECLARAÇÃO DE TESTEMUNHA\nProcesso: {case}\n\nEu, {name}, nascido(a) em {dob}, residente na {addr}, declaro que:\nno dia {idate} presenciei quando {other} devolveu as chaves e disse que o caução seria devolvido em uma semana.\nNão vi nenhum dano naquela ocasião.\nAssino, {name}. Contato: {phone}",
    "pl": "OŚWIADCZENIE ŚWIADKA\nSygn. akt: {case}\n\nJa, {name}, ur. {dob}, zam. {addr}, oświadczam, co następuje:\nw dniu {idate} byłem/byłam obecny/a, gdy {other} oddawał(a) klucze do lokalu i mówił(a), że kaucja zostanie zwrócona w ciągu tygodnia.\nNie widziałem/am wtedy żadnych uszkodzeń.\n{name}, tel. {phone}",
    "ru": "ПИСЬМЕННЫЕ ОБЪЯСНЕНИЯ СВИДЕТЕЛЯ\nДело {case}\n\nЯ, {name}, {dob} года рождения, проживающий(ая) по адресу: {addr}, поясняю следующее.\n{idate} я присутствовал(а), когда {other} вернул(а) ключи от помещения и сказал(а), что залог вернут через неделю.\nПовреждений я тогда не видел(а).\n{name}, тел. {phone}",
    "el": "ΕΝΟΡΚΗ ΒΕΒΑΙΩΣΗ ΜΑΡΤΥΡΑ\nΑρ. κατάθεσης: {case}\n\nΟ/Η {name}, γεννηθείς/-είσα στις {dob}, κάτοικος {addr}, δηλώνω ότι:\nστις {idate} ήμουν παρών/-ούσα όταν ο/η {other} παρέδωσε τα κλειδιά και είπε ότι η εγγύηση θα επιστραφεί σε μία εβδομάδα.\nΔεν είδα καμία ζημιά εκείνη τη μέρα.\n{name}, τηλ. {phone}",
    "tr": "TANIK BEYANI\nEsas No: {case}\n\nBen {name}, doğum tarihi {dob}, adres {addr}, aşağıdaki hususları beyan ederim:\n{idate} tarihinde {other} dükkânın anahtarlarını teslim ederken oradaydım; depozitonun bir hafta içinde iade edileceğini söyledi.\nO gün herhangi bir hasar görmedim.\n{name} — Tel: {phone}",
    "he": "תצהיר עד\nתיק: {case}\n\nאני, {name}, ילידת/יליד {dob}, מ{addr}, מצהיר/ה כדלקמן:\nביום {idate} הייתי נוכח/ת כאשר {other} החזיר/ה את המפתחות ואמר/ה שהפיקדון יוחזר תוך שבוע.\nלא ראיתי נזק באותו יום.\n{name}, טל' {phone}",
    "ar": "إقرار شاهد\nالدعوى: {case}\n\nأنا {name}، مواليد {dob}، المقيم في {addr}، أقر بما يلي:\nفي يوم {idate} كنت حاضرًا عندما سلّم {other} مفاتيح المحل وقال إن التأمين سيُرد خلال أسبوع.\nولم أرَ أي تلفيات في ذلك اليوم.\n{name} — موبايل {phone}",
    "hi": "साक्षी का लिखित बयान\nवाद: {case}\n\nमैं, {name}, जन्म तिथि {dob}, निवासी {addr}, निम्नलिखित बयान करता/करती हूँ:\n{idate} को मैं वहाँ मौजूद था/थी जब {other} ने दुकान की चाबियाँ लौटाईं और कहा कि जमानत राशि एक हफ़्ते में लौटा दी जाएगी।\nउस दिन मैंने कोई नुकसान नहीं देखा।\n{name}, मोबाइल {phone}",
    "th": "บันทึกถ้อยคำพยาน\nคดี {case}\n\nข้าพเจ้า {name} เกิดวันที่ {dob} อยู่บ้านเลขที่ {addr} ขอให้ถ้อยคำดังนี้\nเมื่อวันที่ {idate} ข้าพเจ้าอยู่ด้วยตอนที่ {other} คืนกุญแจร้านและบอกว่าจะคืนเงินประกันภายในหนึ่งสัปดาห์\nวันนั้นข้าพเจ้าไม่เห็นความเสียหายใด ๆ\nลงชื่อ {name} โทร {phone}",
    "zh": "证人证言\n案号：{case}\n\n本人{name}，{dob}出生，住{addr}，现陈述如下：\n{idate}，我亲眼看到{other}归还店铺钥匙，并说押金一周内退还。\n当天我没有看到任何损坏。\n陈述人：{name}　联系电话：{phone}",
    "ja": "陳述書\n事件番号：{case}\n\n住所 {addr}\n氏名 {name}（{dob}生）\n{idate}、{other}さんが店舗の鍵を返却し、敷金は一週間以内に返すと話していたのをその場で聞きました。\nその日、損傷は見ていません。\n連絡先：{phone}",
    "ko": "진술서\n사건번호: {case}\n\n성명: {name} (생년월일 {dob})\n주소: {addr}\n{idate}에 {other} 씨가 점포 열쇠를 반납하면서 보증금은 일주일 안에 돌려준다고 말하는 것을 옆에서 들었습니다.\n그날 파손된 부분은 보지 못했습니다.\n진술인 {name} / 연락처 {phone}",
    "vi": "BẢN KHAI CỦA NGƯỜI LÀM CHỨNG\nVụ án: {case}\n\nTôi là {name}, sinh {dob}, cư trú tại {addr}, xin khai như sau:\nvào {idate} tôi có mặt khi {other} trả lại chìa khóa cửa hàng và nói sẽ hoàn tiền đặt cọc trong một tuần.\nHôm đó tôi không thấy hư hỏng gì.\nNgười khai: {name}, điện thoại {phone}",
}

# Witness summonses (notice): {court} {case} {name} {addr} {hdate} {htime} {room} {cl} {df} {switch} {mail}
SM = {
    "en": "{court}\nWITNESS SUMMONS — Claim {case}\nTo: {name}, {addr}\nYou are summoned to attend court on {hdate} at {htime} in Courtroom {room} to give evidence in the claim between {cl} (claimant) and {df} (defendant).\nIf you cannot attend, contact the listing office on {switch} or at {mail} at once.",
    "de": "{court}\nLADUNG ALS ZEUGE/ZEUGIN — Az. {case}\nAn: {name}, {addr}\nIn dem Rechtsstreit {cl} gegen {df} werden Sie zum Termin am {hdate} um {htime} Uhr, Sitzungssaal {room}, als Zeuge/Zeugin geladen.\nBei Verhinderung melden Sie sich bitte umgehend unter {switch} oder {mail}.",
    "fr": "{court}\nCITATION DE TÉMOIN — RG {case}\nDestinataire : {name}, {addr}\nVous êtes cité(e) à comparaître le {hdate} à {htime}, salle {room}, en qualité de témoin dans l'affaire opposant {cl} à {df}.\nEn cas d'empêchement, prévenez le greffe au {switch} ou à {mail}.",
    "es": "{court}\nCITACIÓN DE TESTIGO — {case}\nA: {name}, {addr}\nSe le cita para comparecer el {hdate} a las {htime}, sala {room}, como testigo en el procedimiento entre {cl} (demandante) y {df} (demandado/a).\nSi no puede asistir, comuníquelo al {switch} o a {mail}.",
    "it": "{court}\nINTIMAZIONE A TESTIMONE — R.G. {case}\nA: {name}, {addr}\nLa S.V. è intimata a comparire il {hdate} alle ore {htime}, aula {room}, come testimone nella causa tra {cl} (attore) e {df} (convenuto).\nIn caso di impedimento contatti la cancelleria al {switch} o a {mail}.",
    "nl": "{court}\nOPROEPING GETUIGE — zaaknummer {case}\nAan: {name}, {addr}\nU wordt opgeroepen om op {hdate} om {htime} uur in zaal {room} als getuige te verschijnen in de zaak tussen {cl} (eiser) en {df} (gedaagde).\nKunt u niet komen, bel dan {switch} of mail {mail}.",
    "pt": "{court}\nINTIMAÇÃO DE TESTEMUNHA — Processo {case}\nIntimado(a): {name}, {addr}\nFica V.Sa. intimada a comparecer em {hdate}, às {htime}, sala {room}, como testemunha no processo entre {cl} (autor) e {df} (réu).\nEm caso de impedimento, ligue {switch} ou escreva para {mail}.",
    "pl": "{court}\nWEZWANIE ŚWIADKA — sygn. akt {case}\nAdresat: {name}, {addr}\nSąd wzywa Pana/Panią do stawiennictwa w dniu {hdate} o godz. {htime}, sala {room}, w charakterze świadka w sprawie z powództwa {cl} przeciwko {df}.\nW razie przeszkody prosimy o kontakt: {switch}, {mail}.",
    "ru": "{court}\nПОВЕСТКА СВИДЕТЕЛЮ — дело {case}\nКому: {name}, {addr}\nВам надлежит явиться {hdate} к {htime}, зал № {room}, в качестве свидетеля по делу по иску {cl} к {df}.\nПри невозможности явки сообщите по тел. {switch} или на {mail}.",
    "el": "{court}\nΚΛΗΣΗ ΜΑΡΤΥΡΑ — Αρ. {case}\nΠρος: {name}, {addr}\nΚαλείστε να εμφανιστείτε στις {hdate}, ώρα {htime}, αίθουσα {room}, ως μάρτυρας στη δίκη μεταξύ {cl} (ενάγων) και {df} (εναγόμενος).\nΣε περίπτωση κωλύματος επικοινωνήστε στο {switch} ή στο {mail}.",
    "tr": "{court}\nTANIK DAVETİYESİ — Esas No: {case}\nAlıcı: {name}, {addr}\n{cl} ile {df} arasındaki davada tanık olarak dinlenmek üzere {hdate} günü saat {htime}'da {room} numaralı duruşma salonunda hazır bulunmanız gerekmektedir.\nMazeretinizi {switch} veya {mail} üzerinden bildiriniz.",
    "he": "{court}\nהזמנה לעד — תיק {case}\nאל: {name}, {addr}\nהנך מוזמן/ת להעיד ביום {hdate} בשעה {htime}, אולם {room}, בתביעה שבין {cl} (התובע/ת) לבין {df} (הנתבע/ת).\nאם אינך יכול/ה להגיע, יש להודיע למזכירות בטלפון {switch} או ב-{mail}.",
    "ar": "{court}\nإعلان شاهد — الدعوى {case}\nإلى: {name}، {addr}\nمطلوب حضوركم يوم {hdate} الساعة {htime} بالقاعة رقم {room} للإدلاء بالشهادة في الدعوى المقامة من {cl} ضد {df}.\nفي حالة التعذر يرجى الاتصال على {switch} أو المراسلة على {mail}.",
    "hi": "{court}\nसाक्षी समन — वाद {case}\nप्रति: {name}, {addr}\nआपको {cl} बनाम {df} वाद में साक्ष्य देने हेतु दिनांक {hdate} को {htime} बजे कक्ष संख्या {room} में उपस्थित होने का निर्देश दिया जाता है।\nअसमर्थता की स्थिति में {switch} या {mail} पर सूचित करें।",
    "th": "{court}\nหมายเรียกพยาน คดี {case}\nถึง {name} {addr}\nให้มาเบิกความเป็นพยานในคดีระหว่าง {cl} โจทก์ กับ {df} จำเลย ในวันที่ {hdate} เวลา {htime} น. ห้องพิจารณาคดีที่ {room}\nหากไม่สามารถมาได้ โปรดแจ้งที่ {switch} หรือ {mail}",
    "zh": "{court}\n证人出庭通知书　案号：{case}\n{name}（住{addr}）：\n本院受理{cl}诉{df}一案，定于{hdate}{htime}在第{room}法庭开庭，请你准时到庭作证。\n如不能到庭，请联系{switch}或{mail}。",
    "ja": "{court}\n証人呼出状　事件番号 {case}\n{addr}\n{name} 殿\n原告 {cl}、被告 {df} 間の事件について、{hdate} {htime}、第{room}号法廷に証人として出頭してください。\n出頭できない場合は {switch} または {mail} まで連絡してください。",
    "ko": "{court}\n증인소환장 — 사건 {case}\n받는 사람: {name} ({addr})\n원고 {cl}, 피고 {df} 사이의 사건에 관하여 {hdate} {htime} 제{room}호 법정에 증인으로 출석하시기 바랍니다.\n출석이 어려우면 {switch} 또는 {mail}로 알려 주십시오.",
    "vi": "{court}\nGIẤY TRIỆU TẬP NGƯỜI LÀM CHỨNG — Vụ án {case}\nGửi: {name}, {addr}\nĐề nghị có mặt lúc {htime} ngày {hdate} tại phòng xử án số {room} để làm chứng trong vụ án giữa {cl} (nguyên đơn) và {df} (bị đơn).\nNếu không thể có mặt, vui lòng báo qua số {switch} hoặc {mail}.",
}

# Adjournment requests (e-mail to a named clerk): {clerk} {case} {hdate} {htime} {dob} {phone} {name} {email}
ADJ = {
    "en": "Subject: Adjournment request – {case}\n\nDear {clerk},\nMy hearing is listed for {hdate} at {htime}. I am having surgery that week and ask for it to be adjourned. For identification, my date of birth is {dob}. You can reach me on {phone}.\nKind regards,\n{name}\n{email}",
    "de": "Betreff: Antrag auf Terminsverlegung – {case}\n\nSehr geehrte(r) {clerk},\nmein Termin ist auf den {hdate}, {htime} Uhr, angesetzt. Ich werde in dieser Woche operiert und bitte um Verlegung. Zur Zuordnung: Geburtsdatum {dob}. Erreichbar unter {phone}.\nMit freundlichen Grüßen\n{name}\n{email}",
    "fr": "Objet : demande de renvoi – {case}\n\nBonjour {clerk},\nL'audience est fixée au {hdate} à {htime}. Je serai hospitalisé(e) cette semaine-là et sollicite un renvoi. Pour m'identifier : né(e) le {dob}. Joignable au {phone}.\nCordialement,\n{name}\n{email}",
    "es": "Asunto: solicitud de suspensión de vista – {case}\n\nEstimado/a {clerk}:\nMi vista está señalada para el {hdate} a las {htime}. Me operan esa semana y solicito la suspensión. Para identificarme: fecha de nacimiento {dob}. Teléfono {phone}.\nUn saludo,\n{name}\n{email}",
    "it": "Oggetto: istanza di rinvio udienza – {case}\n\nGentile {clerk},\nl'udienza è fissata per il {hdate} alle {htime}. Quella settimana sarò ricoverato/a e chiedo un rinvio. Per identificarmi: nato/a il {dob}. Cellulare {phone}.\nCordiali saluti,\n{name}\n{email}",
    "nl": "Onderwerp: verzoek om uitstel – {case}\n\nBeste {clerk},\nMijn zitting staat gepland op {hdate} om {htime}. Ik word die week geopereerd en vraag om uitstel. Ter identificatie: geboren {dob}. Bereikbaar op {phone}.\nMet vriendelijke groet,\n{name}\n{email}",
    "pt": "Assunto: pedido de redesignação de audiência – {case}\n\nPrezado(a) {clerk},\nMinha audiência está marcada para {hdate}, às {htime}. Vou passar por cirurgia nessa semana e peço a redesignação. Para identificação: nascido(a) em {dob}. Celular {phone}.\nAtenciosamente,\n{name}\n{email}",
    "pl": "Temat: wniosek o odroczenie rozprawy – {case}\n\nSzanowna Pani / Szanowny Panie {clerk},\nrozprawa wyznaczona jest na {hdate}, godz. {htime}. W tym tygodniu przechodzę operację i wnoszę o odroczenie. Dla identyfikacji: data urodzenia {dob}. Telefon {phone}.\nZ poważaniem\n{name}\n{email}",
    "ru": "Тема: ходатайство об отложении заседания – {case}\n\nЗдравствуйте, {clerk}!\nЗаседание назначено на {hdate} в {htime}. На этой неделе у меня операция, прошу отложить. Для идентификации: дата рождения {dob}. Телефон {phone}.\nС уважением,\n{name}\n{email}",
    "el": "Θέμα: αίτημα αναβολής – {case}\n\nΑγαπητέ/ή {clerk},\nη συζήτηση έχει οριστεί για τις {hdate}, ώρα {htime}. Εκείνη την εβδομάδα χειρουργούμαι και ζητώ αναβολή. Για ταυτοποίηση: ημερομηνία γέννησης {dob}. Τηλέφωνο {phone}.\nΜε εκτίμηση,\n{name}\n{email}",
    "tr": "Konu: Duruşmanın ertelenmesi talebi – {case}\n\nSayın {clerk},\nDuruşmam {hdate} saat {htime} olarak belirlendi. O hafta ameliyat olacağım, ertelenmesini rica ediyorum. Kimlik için doğum tarihim: {dob}. Telefon: {phone}.\nSaygılarımla,\n{name}\n{email}",
    "he": "נושא: בקשה לדחיית דיון – {case}\n\nשלום {clerk},\nהדיון שלי קבוע ל-{hdate} בשעה {htime}. באותו שבוע אני עובר/ת ניתוח ומבקש/ת לדחות. לזיהוי: תאריך לידה {dob}. טלפון {phone}.\nבברכה,\n{name}\n{email}",
    "ar": "الموضوع: طلب تأجيل جلسة – {case}\n\nالأستاذ/ة {clerk}،\nجلستي محددة يوم {hdate} الساعة {htime}، وعندي عملية جراحية في نفس الأسبوع، لذلك أطلب التأجيل. للتعريف: تاريخ ميلادي {dob}. رقمي {phone}.\nمع الشكر،\n{name}\n{email}",
    "hi": "विषय: सुनवाई स्थगन हेतु प्रार्थना – {case}\n\nआदरणीय {clerk} जी,\nमेरी सुनवाई {hdate} को {htime} बजे नियत है। उसी सप्ताह मेरा ऑपरेशन है, अतः स्थगन का निवेदन है। पहचान हेतु जन्म तिथि {dob}। मोबाइल {phone}।\nसादर,\n{name}\n{email}",
    "th": "เรื่อง ขอเลื่อนวันนัดพิจารณา คดี {case}\n\nเรียนคุณ{clerk}\nคดีของดิฉัน/ผมนัดไว้วันที่ {hdate} เวลา {htime} น. แต่สัปดาห์นั้นต้องผ่าตัด จึงขอเลื่อนนัด วันเกิดเพื่อยืนยันตัวตน {dob} เบอร์ติดต่อ {phone}\nขอบคุณค่ะ/ครับ\n{name}\n{email}",
    "zh": "主题：申请延期开庭 – {case}\n\n{clerk}您好：\n我的案件定于{hdate}{htime}开庭，那一周我要做手术，申请延期。核对身份：出生日期{dob}，电话{phone}。\n此致\n{name}\n{email}",
    "ja": "件名：期日変更の申出（{case}）\n\n{clerk}様\n{hdate} {htime}の期日について、その週に手術を受けるため変更をお願いします。本人確認のため生年月日は{dob}です。連絡先は{phone}です。\nよろしくお願いいたします。\n{name}\n{email}",
    "ko": "제목: 기일변경 신청 – {case}\n\n{clerk} 님께,\n{hdate} {htime}로 잡힌 변론기일에 그 주에 수술이 있어 변경을 요청드립니다. 본인 확인용 생년월일은 {dob}, 연락처는 {phone}입니다.\n감사합니다.\n{name}\n{email}",
    "vi": "Tiêu đề: Đề nghị hoãn phiên tòa – {case}\n\nKính gửi anh/chị {clerk},\nPhiên tòa của tôi được ấn định vào {htime} ngày {hdate}. Tuần đó tôi phải phẫu thuật nên xin hoãn. Để đối chiếu: ngày sinh {dob}, điện thoại {phone}.\nTrân trọng,\n{name}\n{email}",
}


# Court fees paid by card in a chat: (sender, text); L = litigant, C = clerk.
PAY = {
    "en": [("L", "Hi, I need to pay the hearing fee for claim {case}"), ("C", "Hello, the fee is {fee}. You can give me the card details here."),
           ("L", "{card} exp {exp}"), ("C", "Thanks. The name on the card and your date of birth for the fee record?"),
           ("L", "{full}, {dob}"), ("C", "Payment taken. Receipt to which email?"), ("L", "{email}"), ("C", "Sent. {csign}, fees office")],
    "de": [("L", "Hallo, ich möchte den Gerichtskostenvorschuss für {case} zahlen"), ("C", "Guten Tag, es sind {fee}. Sie können die Kartendaten hier angeben."),
           ("L", "{card} gültig bis {exp}"), ("C", "Danke. Name auf der Karte und Ihr Geburtsdatum für die Kostenakte?"),
           ("L", "{full}, {dob}"), ("C", "Zahlung ist durch. An welche E-Mail geht die Quittung?"), ("L", "{email}"), ("C", "Ist raus. {csign}, Kostenstelle")],
    "fr": [("L", "Bonjour, je dois régler les frais pour le dossier {case}"), ("C", "Bonjour, le montant est de {fee}. Vous pouvez m'indiquer la carte ici."),
           ("L", "{card} exp {exp}"), ("C", "Merci. Le nom du titulaire et votre date de naissance pour la régie ?"),
           ("L", "{full}, {dob}"), ("C", "Paiement accepté. Le reçu part à quelle adresse ?"), ("L", "{email}"), ("C", "C'est envoyé. {csign}, régie du greffe")],
    "es": [("L", "Hola, tengo que pagar la tasa del procedimiento {case}"), ("C", "Buenos días, son {fee}. Puede darme la tarjeta por aquí."),
           ("L", "{card} caduca {exp}"), ("C", "Gracias. ¿Titular de la tarjeta y fecha de nacimiento para el justificante?"),
           ("L", "{full}, {dob}"), ("C", "Cobrado. ¿A qué correo le mando el justificante?"), ("L", "{email}"), ("C", "Enviado. {csign}, oficina judicial")],
    "it": [("L", "Buongiorno, devo pagare il contributo unificato per {case}"), ("C", "Buongiorno, sono {fee}. Può scrivermi qui i dati della carta."),
           ("L", "{card} scad. {exp}"), ("C", "Grazie. Intestatario della carta e data di nascita per la ricevuta?"),
           ("L", "{full}, {dob}"), ("C", "Pagamento registrato. A quale e-mail mando la ricevuta?"), ("L", "{email}"), ("C", "Inviata. {csign}, cancelleria")],
    "nl": [("L", "Hoi, ik moet het griffierecht voor {case} betalen"), ("C", "Goedemiddag, het is {fee}. U kunt de kaartgegevens hier doorgeven."),
           ("L", "{card} geldig tot {exp}"), ("C", "Dank u. Naam op de kaart en uw geboortedatum voor de administratie?"),
           ("L", "{full}, {dob}"), ("C", "Betaling gelukt. Naar welk e-mailadres mag het bewijs?"), ("L", "{email}"), ("C", "Verstuurd. {csign}, griffie")],
    "pt": [("L", "Oi, preciso pagar as custas do processo {case}"), ("C", "Bom dia, o valor é {fee}. Pode passar o cartão por aqui."),
           ("L", "{card} validade {exp}"), ("C", "Obrigado. Nome do titular e data de nascimento para a guia?"),
           ("L", "{full}, {dob}"), ("C", "Pagamento feito. Mando o comprovante para qual e-mail?"), ("L", "{email}"), ("C", "Enviado. {csign}, secretaria")],
    "pl": [("L", "Dzień dobry, chcę opłacić wpis w sprawie {case}"), ("C", "Dzień dobry, to {fee}. Proszę podać tutaj dane karty."),
           ("L", "{card} ważna do {exp}"), ("C", "Dziękuję. Imię i nazwisko posiadacza oraz data urodzenia do ewidencji?"),
           ("L", "{full}, {dob}"), ("C", "Płatność przyjęta. Na jaki e-mail wysłać potwierdzenie?"), ("L", "{email}"), ("C", "Wysłane. {csign}, kasa sądu")],
    "ru": [("L", "Здравствуйте, мне нужно оплатить госпошлину по делу {case}"), ("C", "Добрый день, сумма {fee}. Можете прислать данные карты сюда."),
           ("L", "{card} до {exp}"), ("C", "Спасибо. ФИО держателя и дата рождения для квитанции?"),
           ("L", "{full}, {dob}"), ("C", "Оплата прошла. На какую почту отправить квитанцию?"), ("L", "{email}"), ("C", "Отправила. {csign}, канцелярия")],
    "el": [("L", "Καλησπέρα, θέλω να πληρώσω το παράβολο για την υπόθεση {case}"), ("C", "Καλησπέρα, είναι {fee}. Μπορείτε να δώσετε εδώ την κάρτα."),
           ("L", "{card} λήξη {exp}"), ("C", "Ευχαριστώ. Όνομα κατόχου και ημερομηνία γέννησης για την απόδειξη;"),
           ("L", "{full}, {dob}"), ("C", "Η πληρωμή έγινε. Σε ποιο email να στείλω την απόδειξη;"), ("L", "{email}"), ("C", "Στάλθηκε. {csign}, γραμματεία")],
    "tr": [("L", "Merhaba, {case} dosyası için harç ödemem lazım"), ("C", "Merhaba, tutar {fee}. Kart bilgilerini buradan iletebilirsiniz."),
           ("L", "{card} SKT {exp}"), ("C", "Teşekkürler. Kart sahibinin adı ve doğum tarihiniz makbuz için?"),
           ("L", "{full}, {dob}"), ("C", "Ödeme alındı. Makbuzu hangi e-postaya göndereyim?"), ("L", "{email}"), ("C", "Gönderildi. {csign}, harç bürosu")],
    "he": [("L", "שלום, אני צריך לשלם אגרה לתיק {case}"), ("C", "שלום, הסכום הוא {fee}. אפשר למסור כאן את פרטי הכרטיס."),
           ("L", "{card} תוקף {exp}"), ("C", "תודה. שם בעל הכרטיס ותאריך לידה לקבלה?"),
           ("L", "{full}, {dob}"), ("C", "התשלום עבר. לאיזה מייל לשלוח קבלה?"), ("L", "{email}"), ("C", "נשלח. {csign}, מזכירות")],
    "ar": [("L", "السلام عليكم، عايز أدفع رسوم الدعوى {case}"), ("C", "وعليكم السلام، المبلغ {fee}. ممكن تبعت بيانات الكارت هنا."),
           ("L", "{card} ينتهي {exp}"), ("C", "شكرًا. اسم صاحب الكارت وتاريخ الميلاد للإيصال؟"),
           ("L", "{full}، {dob}"), ("C", "تم الدفع. أبعت الإيصال على أي إيميل؟"), ("L", "{email}"), ("C", "اتبعت. {csign}، خزينة المحكمة")],
    "hi": [("L", "नमस्ते, मुझे वाद {case} की कोर्ट फ़ीस जमा करनी है"), ("C", "नमस्ते, राशि {fee} है। कार्ड का विवरण यहीं भेज दीजिए।"),
           ("L", "{card} वैधता {exp}"), ("C", "धन्यवाद। रसीद के लिए कार्डधारक का नाम और जन्म तिथि?"),
           ("L", "{full}, {dob}"), ("C", "भुगतान हो गया। रसीद किस ईमेल पर भेजूँ?"), ("L", "{email}"), ("C", "भेज दी। {csign}, नक़ल विभाग")],
    "th": [("L", "สวัสดีค่ะ จะชำระค่าธรรมเนียมศาลคดี {case} ค่ะ"), ("C", "สวัสดีครับ ยอด {fee} ครับ ส่งข้อมูลบัตรมาทางนี้ได้เลย"),
           ("L", "{card} หมดอายุ {exp}"), ("C", "ขอบคุณครับ ขอชื่อผู้ถือบัตรและวันเกิดสำหรับใบเสร็จครับ"),
           ("L", "{full} {dob}"), ("C", "ชำระเรียบร้อย ส่งใบเสร็จไปที่อีเมลไหนครับ"), ("L", "{email}"), ("C", "ส่งแล้วครับ {csign} งานการเงิน")],
    "zh": [("L", "你好，我要交{case}的诉讼费"), ("C", "您好，金额{fee}，银行卡信息可以发在这里。"),
           ("L", "{card} 有效期{exp}"), ("C", "谢谢。开票需要持卡人姓名和出生日期。"),
           ("L", "{full}，{dob}"), ("C", "已扣款。收据发到哪个邮箱？"), ("L", "{email}"), ("C", "已发送。{csign}，诉讼服务中心")],
    "ja": [("L", "こんにちは。{case}の手数料を支払いたいです"), ("C", "こんにちは。{fee}です。カード情報はこちらに送ってください。"),
           ("L", "{card} 有効期限{exp}"), ("C", "ありがとうございます。領収書用にカード名義と生年月日をお願いします。"),
           ("L", "{full}、{dob}"), ("C", "決済しました。領収書の送付先メールは？"), ("L", "{email}"), ("C", "送信しました。{csign}（会計係）")],
    "ko": [("L", "안녕하세요, {case} 인지대를 납부하려고요"), ("C", "안녕하세요, {fee}입니다. 카드 정보를 여기로 보내 주세요."),
           ("L", "{card} 유효기간 {exp}"), ("C", "감사합니다. 영수증용으로 카드 명의자와 생년월일 알려 주세요."),
           ("L", "{full}, {dob}"), ("C", "결제됐습니다. 영수증은 어느 메일로 보낼까요?"), ("L", "{email}"), ("C", "보냈습니다. {csign}, 민원실")],
    "vi": [("L", "Chào chị, em cần nộp án phí vụ {case}"), ("C", "Chào bạn, số tiền là {fee}. Bạn gửi thông tin thẻ ở đây nhé."),
           ("L", "{card} hết hạn {exp}"), ("C", "Cảm ơn. Cho xin tên chủ thẻ và ngày sinh để ghi biên lai."),
           ("L", "{full}, {dob}"), ("C", "Đã thu. Gửi biên lai qua email nào ạ?"), ("L", "{email}"), ("C", "Đã gửi. {csign}, bộ phận kế toán")],
}

# Chats with litigants in person: {case} {hdate} {htime} {addr} {phone} {other} {csign}
LIP = {
    "en": [("L", "Morning, I'm representing myself in {case}. Is the hearing still on {hdate}?"), ("C", "Yes, {htime}, please arrive 30 minutes early."),
           ("L", "I've moved, can you update my address to {addr}"), ("C", "Done. Has {other} been sent the bundle?"),
           ("L", "Posted it Monday. My new mobile is {phone}"), ("C", "Noted on the file. {csign}")],
    "de": [("L", "Guten Morgen, ich vertrete mich in {case} selbst. Bleibt es beim Termin am {hdate}?"), ("C", "Ja, {htime} Uhr, bitte 30 Minuten vorher da sein."),
           ("L", "Ich bin umgezogen, neue Anschrift: {addr}"), ("C", "Erledigt. Hat {other} die Unterlagen bekommen?"),
           ("L", "Am Montag verschickt. Neue Handynummer {phone}"), ("C", "Ist vermerkt. {csign}")],
    "fr": [("L", "Bonjour, je me défends seul(e) dans le dossier {case}. L'audience est toujours le {hdate} ?"), ("C", "Oui, à {htime}, arrivez 30 minutes avant."),
           ("L", "J'ai déménagé, nouvelle adresse : {addr}"), ("C", "C'est noté. {other} a bien reçu vos pièces ?"),
           ("L", "Envoyées lundi. Mon nouveau portable : {phone}"), ("C", "Enregistré au dossier. {csign}")],
    "es": [("L", "Buenos días, me defiendo yo mismo/a en {case}. ¿Sigue la vista el {hdate}?"), ("C", "Sí, a las {htime}; venga media hora antes."),
           ("L", "Me he mudado, el nuevo domicilio es {addr}"), ("C", "Anotado. ¿Le ha llegado la documentación a {other}?"),
           ("L", "La mandé el lunes. Mi móvil nuevo es {phone}"), ("C", "Queda en el expediente. {csign}")],
    "it": [("L", "Buongiorno, sto in giudizio personalmente nella causa {case}. L'udienza è sempre il {hdate}?"), ("C", "Sì, alle {htime}, arrivi mezz'ora prima."),
           ("L", "Ho cambiato casa, nuova residenza: {addr}"), ("C", "Fatto. {other} ha ricevuto i documenti?"),
           ("L", "Spediti lunedì. Nuovo cellulare {phone}"), ("C", "Annotato nel fascicolo. {csign}")],
    "nl": [("L", "Goedemorgen, ik procedeer zelf in {case}. Gaat de zitting op {hdate} nog door?"), ("C", "Ja, om {htime}, kom een half uur eerder."),
           ("L", "Ik ben verhuisd, nieuw adres: {addr}"), ("C", "Aangepast. Heeft {other} de stukken ontvangen?"),
           ("L", "Maandag verstuurd. Mijn nieuwe nummer is {phone}"), ("C", "Genoteerd in het dossier. {csign}")],
    "pt": [("L", "Bom dia, estou sem advogado no processo {case}. A audiência continua em {hdate}?"), ("C", "Sim, às {htime}, chegue meia hora antes."),
           ("L", "Me mudei, endereço novo: {addr}"), ("C", "Atualizado. {other} recebeu os documentos?"),
           ("L", "Mandei segunda. Meu celular novo é {phone}"), ("C", "Registrado nos autos. {csign}")],
    "pl": [("L", "Dzień dobry, występuję bez pełnomocnika w sprawie {case}. Rozprawa dalej {hdate}?"), ("C", "Tak, o {htime}, proszę przyjść pół godziny wcześniej."),
           ("L", "Przeprowadziłem/am się, nowy adres: {addr}"), ("C", "Zmienione. Czy {other} dostał(a) odpis?"),
           ("L", "Wysłane w poniedziałek. Nowy numer: {phone}"), ("C", "Odnotowane w aktach. {csign}")],
    "ru": [("L", "Добрый день, я без представителя по делу {case}. Заседание по-прежнему {hdate}?"), ("C", "Да, в {htime}, приходите за полчаса."),
           ("L", "Я переехал(а), новый адрес: {addr}"), ("C", "Исправила. {other} получил(а) копии?"),
           ("L", "Отправил(а) в понедельник. Новый номер {phone}"), ("C", "Внесено в дело. {csign}")],
    "el": [("L", "Καλημέρα, παρίσταμαι χωρίς δικηγόρο στην υπόθεση {case}. Η συζήτηση ισχύει στις {hdate};"), ("C", "Ναι, ώρα {htime}, ελάτε μισή ώρα νωρίτερα."),
           ("L", "Μετακόμισα, νέα διεύθυνση: {addr}"), ("C", "Ενημερώθηκε. Ο/Η {other} πήρε τα έγγραφα;"),
           ("L", "Τα έστειλα Δευτέρα. Νέο κινητό {phone}"), ("C", "Καταχωρίστηκε στον φάκελο. {csign}")],
    "tr": [("L", "Günaydın, {case} dosyasında vekilim yok. Duruşma hâlâ {hdate} mi?"), ("C", "Evet, saat {htime}, yarım saat önce gelin."),
           ("L", "Taşındım, yeni adresim: {addr}"), ("C", "Güncellendi. {other} evrakı aldı mı?"),
           ("L", "Pazartesi gönderdim. Yeni numaram {phone}"), ("C", "Dosyaya işlendi. {csign}")],
    "he": [("L", "בוקר טוב, אני מייצג/ת את עצמי בתיק {case}. הדיון עדיין ב-{hdate}?"), ("C", "כן, בשעה {htime}, כדאי להגיע חצי שעה לפני."),
           ("L", "עברתי דירה, הכתובת החדשה: {addr}"), ("C", "עודכן. {other} קיבל/ה את המסמכים?"),
           ("L", "שלחתי ביום שני. הנייד החדש שלי {phone}"), ("C", "נרשם בתיק. {csign}")],
    "ar": [("L", "صباح الخير، أنا من غير محامي في الدعوى {case}. الجلسة لسه يوم {hdate}؟"), ("C", "أيوة، الساعة {htime}، تعالى قبلها بنص ساعة."),
           ("L", "أنا نقلت، العنوان الجديد: {addr}"), ("C", "اتعدل. {other} استلم الأوراق؟"),
           ("L", "بعتها يوم الاتنين. رقمي الجديد {phone}"), ("C", "اتسجل في الملف. {csign}")],
    "hi": [("L", "नमस्ते, वाद {case} में मैं स्वयं पैरवी कर रहा/रही हूँ। सुनवाई अब भी {hdate} को है?"), ("C", "जी, {htime} बजे, आधा घंटा पहले आइए।"),
           ("L", "मेरा पता बदल गया है: {addr}"), ("C", "दर्ज कर दिया। क्या {other} को काग़ज़ात मिल गए?"),
           ("L", "सोमवार को भेज दिए। नया मोबाइल {phone}"), ("C", "फ़ाइल में नोट कर लिया। {csign}")],
    "th": [("L", "สวัสดีค่ะ ดิฉันว่าความเองในคดี {case} นัดวันที่ {hdate} ยังเหมือนเดิมไหมคะ"), ("C", "ครับ เวลา {htime} น. มาก่อนครึ่งชั่วโมงนะครับ"),
           ("L", "ย้ายบ้านแล้วค่ะ ที่อยู่ใหม่ {addr}"), ("C", "แก้ไขแล้วครับ {other} ได้รับเอกสารหรือยังครับ"),
           ("L", "ส่งไปวันจันทร์ค่ะ เบอร์ใหม่ {phone}"), ("C", "บันทึกในสำนวนแล้วครับ {csign}")],
    "zh": [("L", "您好，{case}我没有请律师，开庭还是{hdate}吗？"), ("C", "是的，{htime}，请提前半小时到。"),
           ("L", "我搬家了，新地址是{addr}"), ("C", "已更新。{other}收到材料了吗？"),
           ("L", "周一寄出的。新手机号{phone}"), ("C", "已记入卷宗。{csign}")],
    "ja": [("L", "おはようございます。{case}は本人訴訟です。期日は{hdate}のままですか？"), ("C", "はい、{htime}です。30分前にお越しください。"),
           ("L", "引っ越しました。新住所は{addr}です"), ("C", "変更しました。{other}さんに書面は届いていますか？"),
           ("L", "月曜に送りました。新しい携帯は{phone}です"), ("C", "記録に残しました。{csign}")],
    "ko": [("L", "안녕하세요, {case} 사건 나홀로 소송 중인데요. 기일이 아직 {hdate}인가요?"), ("C", "네, {htime}입니다. 30분 일찍 오세요."),
           ("L", "이사했어요. 새 주소는 {addr}"), ("C", "변경했습니다. {other} 씨는 서류를 받았나요?"),
           ("L", "월요일에 보냈어요. 새 번호 {phone}"), ("C", "기록에 남겼습니다. {csign}")],
    "vi": [("L", "Chào anh, em tự bảo vệ quyền lợi trong vụ {case}. Phiên tòa vẫn ngày {hdate} chứ ạ?"), ("C", "Đúng, lúc {htime}, nhớ đến sớm nửa tiếng."),
           ("L", "Em đã chuyển nhà, địa chỉ mới: {addr}"), ("C", "Đã cập nhật. {other} nhận được tài liệu chưa?"),
           ("L", "Em gửi hôm thứ Hai. Số mới của em {phone}"), ("C", "Đã ghi vào hồ sơ. {csign}")],
}

# Orders and judgments: {court} {case} {cl} {claddr} {df} {dfaddr} {judge} {odate} {amount} {due} {iban} {cite}
ORD = {
    "en": "{court}\nClaim No. {case}\nBETWEEN {cl}, of {claddr} (Claimant) and {df}, of {dfaddr} (Defendant)\nORDER made by {judge} on {odate}\nUPON hearing both parties in person, and applying {cite}, IT IS ORDERED THAT:\n1. The Defendant pay the Claimant {amount} by 4pm on {due}{iban}.\n2. No order as to costs.",
    "de": "{court}\nAz. {case}\nIn dem Rechtsstreit {cl}, {claddr} – Klägerin/Kläger – gegen {df}, {dfaddr} – Beklagte/Beklagter –\nhat {judge} am {odate} für Recht erkannt (vgl. {cite}):\n1. Die beklagte Partei wird verurteilt, an die klagende Partei {amount} bis zum {due} zu zahlen{iban}.\n2. Die Kosten trägt die beklagte Partei.",
    "fr": "{court}\nRG {case}\nENTRE {cl}, demeurant {claddr}, demandeur, ET {df}, demeurant {dfaddr}, défendeur.\nJugement rendu le {odate} par {judge} (vu {cite}) :\ncondamne le défendeur à payer au demandeur la somme de {amount} avant le {due}{iban} ;\nlaisse les dépens à la charge du défendeur.",
    "es": "{court}\n{case}\nDemandante: {cl}, con domicilio en {claddr}. Demandado/a: {df}, con domicilio en {dfaddr}.\nSENTENCIA dictada el {odate} por {judge} (cfr. {cite}).\nFALLO: condeno a la parte demandada a abonar a la actora {amount} antes del {due}{iban}, con costas.",
    "it": "{court}\nR.G. {case}\nTra {cl}, residente in {claddr}, attore, e {df}, residente in {dfaddr}, convenuto.\nSentenza emessa il {odate} da {judge} (richiamato {cite}):\ncondanna il convenuto a pagare all'attore {amount} entro il {due}{iban}; spese a carico del convenuto.",
    "nl": "{court}\nZaaknummer {case}\nVONNIS van {odate} in de zaak van {cl}, wonende {claddr}, eiser, tegen {df}, wonende {dfaddr}, gedaagde.\nDe kantonrechter {judge} (gelet op {cite}):\nveroordeelt gedaagde om aan eiser {amount} te betalen vóór {due}{iban};\nveroordeelt gedaagde in de proceskosten.",
    "pt": "{court}\nProcesso {case}\nAutor(a): {cl}, residente na {claddr}. Réu/Ré: {df}, residente na {dfaddr}.\nSENTENÇA proferida em {odate} por {judge} (cf. {cite}):\ncondeno a parte ré a pagar à parte autora {amount} até {due}{iban}. Sem custas nesta instância.",
    "pl": "{court}\nSygn. akt {case}\nWYROK z dnia {odate}, {judge}, w sprawie z powództwa {cl}, zam. {claddr}, przeciwko {df}, zam. {dfaddr}\n(por. {cite}):\n1. zasądza od pozwanego na rzecz powoda kwotę {amount} płatną do {due}{iban};\n2. obciąża pozwanego kosztami procesu.",
    "ru": "{court}\nДело {case}\nРЕШЕНИЕ от {odate}. {judge}, рассмотрев иск {cl} (адрес: {claddr}) к {df} (адрес: {dfaddr}), руководствуясь {cite},\nРЕШИЛ: взыскать с ответчика в пользу истца {amount} в срок до {due}{iban}.",
    "el": "{court}\nΑρ. {case}\nΑΠΟΦΑΣΗ της {odate}, {judge}.\nΕνάγων: {cl}, κάτοικος {claddr}. Εναγόμενος: {df}, κάτοικος {dfaddr}.\nΣύμφωνα με {cite}, υποχρεώνει τον εναγόμενο να καταβάλει στον ενάγοντα {amount} έως τις {due}{iban}.",
    "tr": "{court}\nEsas No: {case}\nDavacı: {cl}, {claddr}\nDavalı: {df}, {dfaddr}\n{judge} tarafından {odate} tarihinde verilen kararla ({cite}) davalının davacıya {amount} tutarını {due} tarihine kadar ödemesine{iban} karar verildi.",
    "he": "{court}\nתיק {case}\nהתובע/ת: {cl}, {claddr}\nהנתבע/ת: {df}, {dfaddr}\nפסק דין מיום {odate}, {judge} (ראו {cite}):\nהנתבע/ת ישלם/תשלם לתובע/ת {amount} עד ליום {due}{iban}.",
    "ar": "{court}\nالدعوى {case}\nالمدعي: {cl}، المقيم في {claddr}\nالمدعى عليه: {df}، المقيم في {dfaddr}\nحكمت المحكمة بجلسة {odate} برئاسة {judge} (عملًا بـ{cite}) بإلزام المدعى عليه بأن يؤدي للمدعي مبلغ {amount} في موعد أقصاه {due}{iban}.",
    "hi": "{court}\nवाद {case}\nवादी: {cl}, निवासी {claddr}\nप्रतिवादी: {df}, निवासी {dfaddr}\nनिर्णय दिनांक {odate}, {judge} ({cite} के अनुसार):\nप्रतिवादी, वादी को {amount} की राशि {due} तक अदा करे{iban}।",
    "th": "{court}\nคดี {case}\nโจทก์ {cl} อยู่ที่ {claddr}\nจำเลย {df} อยู่ที่ {dfaddr}\nคำพิพากษาวันที่ {odate} โดย {judge} (อาศัย {cite})\nให้จำเลยชำระเงิน {amount} แก่โจทก์ภายในวันที่ {due}{iban}",
    "zh": "{court}\n民事判决书　{case}\n原告：{cl}，住{claddr}。\n被告：{df}，住{dfaddr}。\n本院于{odate}审理终结，{judge}。依照{cite}，判决如下：\n被告于{due}前向原告支付{amount}{iban}。",
    "ja": "{court}\n{case}\n判決（{odate}言渡）\n原告 {cl}（{claddr}）\n被告 {df}（{dfaddr}）\n{judge}\n主文　被告は、原告に対し、{due}までに{amount}を支払え{iban}。（{cite}参照）",
    "ko": "{court}\n사건 {case}\n원고 {cl} ({claddr})\n피고 {df} ({dfaddr})\n판결 선고 {odate}, {judge}\n주문: 피고는 원고에게 {due}까지 {amount}을 지급하라{iban}. ({cite})",
    "vi": "{court}\nBản án số {case}\nNguyên đơn: {cl}, trú tại {claddr}.\nBị đơn: {df}, trú tại {dfaddr}.\nNgày {odate}, {judge} (căn cứ {cite}) quyết định: buộc bị đơn trả cho nguyên đơn {amount} trước ngày {due}{iban}.",
}
ORD_IBAN = {"en": ", into the Claimant's account {iban}", "de": " auf das Konto {iban}", "fr": " sur le compte {iban}",
            "es": " en la cuenta {iban}", "it": " sul conto {iban}", "nl": " op rekening {iban}", "pt": " na conta {iban}",
            "pl": " na rachunek {iban}", "el": " στον λογαριασμό {iban}", "tr": " ({iban} hesabına)", "he": " לחשבון {iban}",
            "ar": " على الحساب {iban}"}

# Court notices (clean): {court} {cdate} {switch} {mail} {web} {caddr} {statute}
NOTICE = {
    "en": "NOTICE — {court}\nThe building at {caddr} will be closed on {cdate} for maintenance. Hearings listed that day are moved; parties will be told by post.\nUrgent applications: {switch} or {mail}. Fees and forms: {web}. Small claims track rules: {statute}.",
    "de": "AUSHANG — {court}\nDas Gebäude {caddr} bleibt am {cdate} wegen Wartungsarbeiten geschlossen. Termine dieses Tages werden verlegt.\nEilanträge: {switch} oder {mail}. Formulare: {web}. Vereinfachtes Verfahren: {statute}.",
    "fr": "AVIS — {court}\nLe palais, {caddr}, sera fermé le {cdate} pour travaux. Les audiences de ce jour sont renvoyées.\nUrgences : {switch} ou {mail}. Formulaires : {web}. Procédure : {statute}.",
    "es": "AVISO — {court}\nLa sede de {caddr} permanecerá cerrada el {cdate} por obras. Las vistas de ese día se reseñalan.\nAsuntos urgentes: {switch} o {mail}. Impresos: {web}. Juicio verbal: {statute}.",
    "it": "AVVISO — {court}\nLa sede di {caddr} resterà chiusa il {cdate} per manutenzione. Le udienze del giorno sono rinviate d'ufficio.\nUrgenze: {switch} o {mail}. Moduli: {web}. Procedimento: {statute}.",
    "nl": "MEDEDELING — {court}\nHet gebouw aan de {caddr} is op {cdate} gesloten wegens onderhoud. Zittingen van die dag worden verplaatst.\nSpoed: {switch} of {mail}. Formulieren: {web}. Procedure: {statute}.",
    "pt": "AVISO — {court}\nO fórum, {caddr}, ficará fechado em {cdate} para manutenção. As audiências do dia serão redesignadas.\nUrgências: {switch} ou {mail}. Formulários: {web}. Rito: {statute}.",
    "pl": "OGŁOSZENIE — {court}\nBudynek przy {caddr} będzie nieczynny w dniu {cdate} z powodu prac konserwacyjnych. Rozprawy z tego dnia zostaną przeniesione.\nSprawy pilne: {switch} lub {mail}. Formularze: {web}. Postępowanie uproszczone: {statute}.",
    "ru": "ОБЪЯВЛЕНИЕ — {court}\nЗдание по адресу {caddr} будет закрыто {cdate} на профилактику. Заседания этого дня переносятся.\nСрочные вопросы: {switch} или {mail}. Бланки: {web}. Подсудность: {statute}.",
    "el": "ΑΝΑΚΟΙΝΩΣΗ — {court}\nΤο κτίριο, {caddr}, θα παραμείνει κλειστό στις {cdate} λόγω εργασιών. Οι υποθέσεις της ημέρας αναβάλλονται.\nΕπείγοντα: {switch} ή {mail}. Έντυπα: {web}. Διαδικασία: {statute}.",
    "tr": "DUYURU — {court}\n{caddr} adresindeki bina {cdate} günü bakım nedeniyle kapalı olacaktır. O günkü duruşmalar ertelenecektir.\nAcil işler: {switch} veya {mail}. Formlar: {web}. Basit yargılama: {statute}.",
    "he": "הודעה — {court}\nהמבנה ב{caddr} יהיה סגור ביום {cdate} לצורך עבודות תחזוקה. הדיונים באותו יום יידחו.\nבקשות דחופות: {switch} או {mail}. טפסים: {web}. סדר הדין: {statute}.",
    "ar": "إعلان — {court}\nيُغلق مبنى المحكمة بـ{caddr} يوم {cdate} لأعمال الصيانة، وتؤجل جلسات ذلك اليوم.\nللطلبات العاجلة: {switch} أو {mail}. النماذج: {web}. الإجراءات: {statute}.",
    "hi": "सूचना — {court}\n{caddr} स्थित भवन {cdate} को रखरखाव के कारण बंद रहेगा। उस दिन की सुनवाइयाँ आगे बढ़ाई जाएँगी।\nआवश्यक मामलों के लिए: {switch} या {mail}। प्रपत्र: {web}। प्रक्रिया: {statute}।",
    "th": "ประกาศ {court}\nอาคารศาล {caddr} ปิดทำการวันที่ {cdate} เพื่อซ่อมบำรุง คดีที่นัดไว้วันนั้นจะเลื่อนออกไป\nเรื่องเร่งด่วน {switch} หรือ {mail} แบบฟอร์ม {web} ข้อกฎหมาย {statute}",
    "zh": "公告　{court}\n本院（{caddr}）定于{cdate}停止对外办公进行检修，当日排期案件另行通知。\n紧急事项请联系{switch}或{mail}，诉讼文书样式见{web}。法律依据：{statute}。",
    "ja": "お知らせ　{court}\n庁舎（{caddr}）は{cdate}、設備点検のため閉庁します。当日の期日は変更されます。\n急ぎの御用は{switch}または{mail}へ。書式は{web}。根拠：{statute}。",
    "ko": "안내 — {court}\n{caddr} 청사는 {cdate} 시설 점검으로 휴무합니다. 당일 기일은 변경됩니다.\n긴급 문의: {switch} 또는 {mail}. 양식: {web}. 근거: {statute}.",
    "vi": "THÔNG BÁO — {court}\nTrụ sở tại {caddr} tạm nghỉ ngày {cdate} để bảo trì. Các phiên tòa ngày đó sẽ được dời lại.\nViệc khẩn: {switch} hoặc {mail}. Biểu mẫu: {web}. Căn cứ: {statute}.",
}

# Name-as-word sentences (no word of them is in this part's name lists).
NAW = {
    "en": ["Justice must be seen to be done, so the public gallery stays open.", "Can a tenant sue for the deposit in the small claims track?",
           "Earnest money is not the same as a court fee.", "Bill of costs goes to the costs officer, not the usher.",
           "Chase the interpreter agency if there is no reply by noon.", "Sterling amounts only on the fee remission form."],
    "de": ["Die Lage im Wartebereich ist ernst, bitte Security informieren.", "Klare Ansage: Handys im Saal aus."],
    "fr": ["La prudence s'impose avec les pièces originales.", "Constance dans les délais : on ne renvoie plus sans motif."],
    "es": ["El recurso de amparo no se presenta en este juzgado.", "Consuelo para los testigos: la sala de espera tiene calefacción."],
    "it": ["Speranza che il server delle notifiche regga lunedì.", "Fortunato chi trova parcheggio davanti al tribunale."],
    "nl": ["Storm op komst, de zitting van vijf uur vervalt misschien.", "Fleur de wachtruimte wat op met nieuwe stoelen."],
    "pt": ["Socorro, a impressora do cartório travou de novo.", "Glória ao técnico que consertou o sistema."],
    "pl": ["Jagoda w cieście z bufetu sądowego była świetna.", "Kalina przy wejściu zasłania tablicę z wokandą."],
    "ru": ["Слава богу, заседание прошло без задержек.", "Любовь к порядку в канцелярии видна сразу."],
    "el": ["Αγάπη για τη διαδικασία δεν σημαίνει καθυστέρηση.", "Δόξα τω Θεώ, το σύστημα ξαναδούλεψε."],
    "tr": ["Adalet herkes için aynı saatte başlar.", "Barış içinde uzlaşma için arabulucu odası boş."],
    "he": ["אור במסדרון של אולם 3 לא עובד.", "שלום לכולם, המזכירות פתוחה עד שתיים."],
    "ar": ["عادل أن ننتظر الطرفين قبل بدء الجلسة.", "كريم جدًا أن يتطوع المترجم بساعة إضافية."],
    "hi": ["पूजा के अवकाश के कारण शुक्रवार को अदालत बंद रहेगी।", "विजय जुलूस के कारण कचहरी रोड पर जाम है।"],
    "th": ["ฟ้าครึ้มมาก ระวังฝนตกช่วงบ่าย", "น้ำท่วมลานจอดรถหน้าศาล"],
    "zh": ["国庆期间立案窗口照常开放。", "建国路口施工，请当事人绕行。"],
    "ja": ["正義の女神像は二階ロビーにあります。", "誠に恐れ入りますが、傍聴席は先着順です。"],
    "ko": ["하늘이 흐려서 야외 대기줄은 없애겠습니다.", "보람 있는 한 주였습니다, 참여관님들 수고하셨어요."],
    "vi": ["Bình an là điều mọi đương sự mong muốn.", "Hòa giải thành thì không cần mở phiên tòa."],
}


# ====================================================================== institutions and look-alikes
FIRMS = {
    "US": ("Bellweather Legal Aid Clinic", "bellweatherlegalaid.org"), "GB": ("Saltings Law LLP", "saltingslaw.co.uk"),
    "DE": ("Kanzlei am Mühlwehr", "kanzlei-muehlwehr.de"), "FR": ("Cabinet Ardillon Avocats", "ardillon-avocats.fr"),
    "ES": ("Bufete Robledal Abogados", "robledal-abogados.es"), "IT": ("Studio Legale Lecceto", "studiolegalelecceto.it"),
    "NL": ("Advocatenkantoor De Waterral", "waterral-advocaten.nl"), "BR": ("Buriti Advogados Associados", "buritiadv.com.br"),
    "PL": ("Kancelaria Radcy Prawnego „Modrzew”", "kancelaria-modrzew.pl"), "RU": ("Коллегия адвокатов «Ладога-Право»", "ladoga-pravo.ru"),
    "GR": ("Δικηγορική Εταιρεία «Κυπαρίσσι»", "kyparissi-law.gr"), "TR": ("Ardıç Hukuk Bürosu", "ardichukuk.com.tr"),
    "IL": ("משרד עורכי דין ערבה ושות'", "arava-law.co.il"), "EG": ("مكتب السنط للمحاماة", "sant-law.com.eg"),
    "IN": ("नीम विधि परामर्श", "neemlegal.in"), "TH": ("สำนักงานกฎหมายตะเคียนทอง", "takhianthong-law.co.th"),
    "CN": ("青檀律师事务所", "qingtanlaw.cn"), "JP": ("けやき坂法律事務所", "keyakizaka-law.jp"),
    "KR": ("법무법인 느릅", "neureup-law.kr"), "VN": ("Văn phòng luật sư Cây Gạo", "caygaolaw.vn"),
}
EMPLOYERS = {
    "US": "Dry Fork Gravel & Asphalt LLC", "GB": "Wendlebury Bakeries Ltd", "DE": "Brauerei Hopfenstein GmbH",
    "FR": "Conserverie des Salins SAS", "ES": "Cerámicas del Záncara S.L.", "IT": "Pastificio Granobianco S.r.l.",
    "NL": "Kaashandel Weidezoom B.V.", "BR": "Laticínios Capim-Dourado Ltda.", "PL": "Tartak Jodłowy Sp. z o.o.",
    "RU": "ООО «Северный лён»", "GR": "Ελαιουργείο Αργυρόφυλλο Α.Ε.", "TR": "Akgürgen Mobilya A.Ş.",
    "IL": "מאפיית השיבולת בע\"מ", "EG": "شركة النسيم للغزل والنسيج", "IN": "कपास धागा उद्योग प्रा. लि.",
    "TH": "บริษัท ข้าวทองนาดี จำกัด", "CN": "青枫县竹韵家具有限公司", "JP": "株式会社ささ舟運送",
    "KR": "(주)솔바람물류", "VN": "Công ty TNHH Dệt may Sen Trắng",
}
EMP_DOM = {"US": "dryforkgravel.com", "GB": "wendleburybakeries.co.uk", "DE": "brauerei-hopfenstein.de", "FR": "conserverie-salins.fr",
           "ES": "ceramicaszancara.es", "IT": "pastificiogranobianco.it", "NL": "weidezoom.nl", "BR": "capimdourado.com.br",
           "PL": "tartak-jodlowy.pl", "RU": "severny-lyon.ru", "GR": "argyrofyllo.gr", "TR": "akgurgenmobilya.com.tr",
           "IL": "hashibolet.co.il", "EG": "elnessim-textile.com.eg", "IN": "kapasdhaga.in", "TH": "khaothongnadee.co.th",
           "CN": "zhuyun-furniture.cn", "JP": "sasabune-unso.co.jp", "KR": "solbaram-logis.co.kr", "VN": "detmaysentrang.vn"}
CUR = {"US": "$%s.00", "GB": "£%s.00", "DE": "%s,00 €", "FR": "%s,00 €", "ES": "%s,00 €", "IT": "€ %s,00", "NL": "€ %s,00",
       "BR": "R$ %s,00", "PL": "%s,00 zł", "RU": "%s руб.", "GR": "%s,00 €", "TR": "%s,00 TL", "IL": "%s ₪", "EG": "%s جنيه",
       "IN": "₹%s", "TH": "%s บาท", "CN": "%s元", "JP": "%s円", "KR": "%s원", "VN": "%s.000 đồng"}
SCALE = {"US": 1, "GB": 1, "DE": 1, "FR": 1, "ES": 1, "IT": 1, "NL": 1, "BR": 5, "PL": 4, "RU": 90, "GR": 1, "TR": 35,
         "IL": 4, "EG": 50, "IN": 85, "TH": 35, "CN": 7, "JP": 150, "KR": 1300, "VN": 25}


def money(R, cc, lo, hi):
    v = R.randint(lo, hi) * SCALE[cc]
    if cc == "VN":
        v = max(1, v)
    if cc in ("KR", "JP"):
        v = (v // 100) * 100
    s = "{:,}".format(v)
    if cc == "IN" and v >= 100000:
        t = str(v)
        head, tail = t[:-3], t[-3:]
        s = ",".join(re.findall(r"\d{1,2}(?=(?:\d{2})*$)", head)) + "," + tail
    if cc in ("DE", "ES", "IT", "NL", "BR", "GR", "TR", "VN"):
        s = s.replace(",", ".")
    elif cc in ("FR", "PL", "RU"):
        s = s.replace(",", "\u202f" if cc == "FR" else "\u00a0")
    return N(CUR[cc] % s, "amount")


def case_no(R, cc):
    y = R.choice([2025, 2026])
    n = R.randint(100, 9999)
    if cc == "US":
        v = "SC-%d-%06d" % (y, R.randint(1, 99999))
    elif cc == "GB":
        v = "%s%d%s%s%d" % (R.choice(["K", "M", "L"]), R.randint(10, 99), R.choice(["KB", "QZ", "DC"]), R.choice("ABCDEFGH"), R.randint(100, 999))
    elif cc == "DE":
        v = "%d C %d/%02d" % (R.randint(1, 40), n, y % 100)
    elif cc == "FR":
        v = "RG n° %02d/%05d" % (y % 100, n)
    elif cc == "ES":
        v = "Juicio verbal %d/%d" % (n, y)
    elif cc == "IT":
        v = "%d/%d" % (n, y)
    elif cc == "NL":
        v = "C/%02d/%d / CV EXPL %02d-%d" % (R.randint(1, 19), R.randint(100000, 999999), y % 100, n)
    elif cc == "BR":
        seq, j, tr, oo = "%07d" % R.randint(1, 9999999), "8", "13", "%04d" % R.randint(1, 9999)
        dd = 98 - (int(seq + str(y) + j + tr + oo) * 100) % 97
        v = "%s-%02d.%d.%s.%s.%s" % (seq, dd, y, j, tr, oo)
    elif cc == "PL":
        v = "I C %d/%02d" % (n, y % 100)
    elif cc == "RU":
        v = "№ 2-%d/%d" % (n, y)
    elif cc == "GR":
        v = "%d/%d" % (n, y)
    elif cc == "TR":
        v = "%d/%d" % (y, n)
    elif cc == "IL":
        v = "ת\"ק %d-%02d-%02d" % (R.randint(10000, 99999), R.randint(1, 12), y % 100)
    elif cc == "EG":
        v = "%d لسنة %d مدني جزئي" % (n, y)
    elif cc == "IN":
        v = "%d/%d" % (n, y)
    elif cc == "TH":
        v = "ผบ.%d/%d" % (n, y + 543)
    elif cc == "CN":
        v = "（%d）浙1125民初%d号" % (y, n)
    elif cc == "JP":
        v = "令和%d年(少コ)第%d号" % (y - 2018, R.randint(10, 999))
    elif cc == "KR":
        v = "%d가소%d" % (y, R.randint(100000, 999999))
    elif cc == "VN":
        v = "%d/%d/TLST-DS" % (R.randint(10, 999), y)
    return N(v, "case_number")


STATUTE = {
    "US": ["NRS 73.010", "NRS 73.012"], "GB": ["CPR 27.14", "s.71 County Courts Act 1984"], "DE": ["§ 495a ZPO", "§ 850c ZPO"],
    "FR": ["article 750-1 du code de procédure civile", "article R. 3252-1 du code du travail"], "ES": ["art. 250.1.2.º LEC", "art. 607 LEC"],
    "IT": ["art. 316 c.p.c.", "art. 545 c.p.c."], "NL": ["art. 96 Rv", "art. 475c Rv"], "BR": ["art. 3º da Lei 9.099/95", "art. 833 do CPC"],
    "PL": ["art. 505¹ k.p.c.", "art. 871 k.p.c."], "RU": ["ст. 23 ГПК РФ", "ст. 99 Закона № 229-ФЗ"],
    "GR": ["άρθρο 466 ΚΠολΔ", "άρθρο 982 ΚΠολΔ"], "TR": ["HMK m. 316", "İİK m. 83"],
    "IL": ["תקנות שיפוט בתביעות קטנות (סדרי דין)", "סעיף 60 לחוק בתי המשפט"], "EG": ["المادة 42 من قانون المرافعات", "المادة 76 من قانون العمل"],
    "IN": ["आदेश 37, सिविल प्रक्रिया संहिता", "धारा 60, सिविल प्रक्रिया संहिता"], "TH": ["มาตรา 189 ประมวลกฎหมายวิธีพิจารณาความแพ่ง", "มาตรา 286 ป.วิ.พ."],
    "CN": ["《民事诉讼法》第一百六十五条", "《民事诉讼法》第二百五十条"], "JP": ["民事訴訟法第368条", "民事執行法第152条"],
    "KR": ["소액사건심판법 제5조의3", "민사집행법 제246조"], "VN": ["Điều 317 Bộ luật Tố tụng dân sự", "Điều 35 Bộ luật Tố tụng dân sự"],
}
# Published judgments cited by name (their parties are look-alikes: the decisions are public law reports).
CITES = {
    "us": ["Marbury v. Madison, 5 U.S. 137 (1803)", "Miranda v. Arizona, 384 U.S. 436 (1966)", "Erie Railroad Co. v. Tompkins, 304 U.S. 64 (1938)"],
    "en": ["Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256", "Pepper v Hart [1993] AC 593", "Caparo Industries plc v Dickman [1990] 2 AC 605"],
    "de": ["BGH, Urteil vom 15.11.2012 – I ZR 74/12 (Morpheus)", "BVerfGE 7, 198 (Lüth)"],
    "fr": ["Cass. civ., 20 mai 1936, arrêt Mercier", "CE, 3 février 1956, Thouzellier"],
    "es": ["STC 31/1981, de 28 de julio", "STS 241/2013, de 9 de mayo"],
    "it": ["Cass. SS.UU. n. 500/1999", "Corte cost. n. 184/1986"],
    "nl": ["HR 31 januari 1919 (Lindenbaum/Cohen)", "HR 5 november 1965 (Kelderluik)"],
    "pt": ["STF, RE 201.819 (caso UBC)", "STJ, Súmula 385"],
    "pl": ["uchwała SN z 17.02.2016, III CZP 111/15", "wyrok TK z 8.10.2002, K 36/00"],
    "ru": ["Постановление Пленума ВС РФ № 7 от 24.03.2016", "Определение ВС РФ № 5-КГ19-1"],
    "el": ["ΑΠ 1/2018 (Ολομ.)", "ΣτΕ 668/2012"],
    "tr": ["Yargıtay 3. HD, 2019/1234 E.", "Yargıtay HGK, 2017/1234 E., 2019/567 K."],
    "he": ["ע\"א 6821/93 בנק המזרחי", "בג\"ץ 73/53 קול העם"],
    "ar": ["حكم محكمة النقض في الطعن رقم 1234 لسنة 80 ق", "المحكمة الدستورية العليا، القضية رقم 37 لسنة 9 ق"],
    "hi": ["केशवानंद भारती बनाम केरल राज्य (1973)", "मेनका गांधी बनाम भारत संघ (1978)"],
    "th": ["คำพิพากษาศาลฎีกาที่ 1234/2560", "คำพิพากษาศาลฎีกาที่ 5678/2562"],
    "zh": ["最高人民法院指导案例24号", "最高人民法院指导案例1号"],
    "ja": ["最大判昭和48年12月12日（三菱樹脂事件）", "最大判昭和39年5月27日"],
    "ko": ["대법원 2019다12345 판결", "대법원 2008다55634 전원합의체 판결"],
    "vi": ["Án lệ số 04/2016/AL", "Án lệ số 06/2016/AL"],
}


def cite(R, lang, cc=None):
    if lang == "en" and cc == "US":
        lang = "us"
    return N(R.choice(CITES[lang]), "case_citation")


def date_pair(R, cc, tags=("order_date", "due_date")):
    import datetime
    a = datetime.date(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28))
    b = a + datetime.timedelta(days=R.randint(14, 42))
    return (N(dob_text(R, cc, (a.year, a.month, a.day)), tags[0]), N(dob_text(R, cc, (b.year, b.month, b.day)), tags[1]))


def judge(R, cc):
    return N(R.choice(COURTS[cc][4]), "judge")


def hdate(R, cc, tag="hearing_date"):
    y = R.choice([2025, 2026])
    return N(dob_text(R, cc, (y, R.randint(1, 12), R.randint(1, 28))), tag)


def htime(R):
    return N("%02d:%s" % (R.choice([9, 10, 10, 11, 12, 14, 14, 15]), R.choice(["00", "15", "30", "45"])), "hearing_time")


def room(R):
    return N(str(R.randint(1, 14)), "courtroom")


def switch(cc):
    return N(COURTS[cc][3], "switchboard")


def court(cc):
    return N(COURTS[cc][0], "court")


def court_addr(cc):
    return N(COURTS[cc][2], "court_address")


def role_mail(R, cc, role=None):
    return N("%s@%s" % (role or R.choice(["listing", "enquiries", "fees", "civil", "family", "interpreters"]), COURTS[cc][1]), "role_mailbox")


def web(cc):
    return N("https://www." + COURTS[cc][1], "website")


def expiry(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")


def serial(R, pfx):
    return N("%s-%s%s" % (pfx, "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(R, 6)), "serial")


def private_ip(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                       "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))]), "private_ip")


def doc_ip(R):
    return N(R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254),
                       "2001:db8::%x" % R.randint(1, 0xffff)]), "documentation_ip")


def juror_no(R):
    return N("%d-%05d" % (R.randint(10, 99), R.randint(0, 99999)), "juror_number")


ROLE_EN = {"clerk": "court clerk", "listing": "listing officer", "usher": "usher", "it": "IT support"}
LANGS_INTERP = {"en": ["Polish", "Romanian", "Tigrinya", "Punjabi"], "de": ["Türkisch", "Arabisch", "Rumänisch"],
                "fr": ["arabe", "portugais", "wolof"], "es": ["rumano", "árabe", "inglés"], "it": ["rumeno", "albanese", "arabo"],
                "nl": ["Turks", "Pools", "Arabisch"], "pt": ["espanhol", "inglês", "libras"], "pl": ["ukraiński", "angielski", "niemiecki"],
                "ru": ["узбекский", "таджикский", "армянский"], "el": ["αλβανικά", "αραβικά", "αγγλικά"], "tr": ["Arapça", "Farsça", "Kürtçe"],
                "he": ["רוסית", "ערבית", "אמהרית"], "ar": ["الإنجليزية", "الفرنسية", "لغة الإشارة"], "hi": ["बांग्ला", "उर्दू", "तमिल"],
                "th": ["พม่า", "ลาว", "อังกฤษ"], "zh": ["英语", "维吾尔语", "手语"], "ja": ["ベトナム語", "中国語", "ポルトガル語"],
                "ko": ["베트남어", "중국어", "러시아어"], "vi": ["tiếng Khmer", "tiếng Anh", "tiếng Hoa"]}


# ====================================================================== template helpers
def fill(tpl, **kw):
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(kw[piece])
    return out


def P(p):
    return L("person", p.full)


def G(p):
    """A person by the name used alone in chats and greetings (the family
    name in Japanese, the given name elsewhere)."""
    return L("person", p.family if p.cc == "JP" else p.given)


def A(R, cc):
    return L("address", address(R, cc))


def D(R, cc, ymd, iso=False):
    return L("dob", dob_text(R, cc, ymd, iso))


def GID(R, cc, p, ymd):
    v, sub = gov_id(R, cc, p, ymd)
    return L("gov_id", v, sub=sub)


# Countries whose claim and defence forms ask each party for a national id.
CLAIM_ID_CC = {"ES", "IT", "BR", "PL", "CN", "TR", "KR", "VN", "EG", "IL", "GR", "RU", "TH", "IN"}


def party_id(R, cc, p, ymd):
    """(field label, label) of the id a claim form asks for; the Greek forms
    ask for the tax number (ΑΦΜ)."""
    if cc == "GR":
        return "ΑΦΜ", L("gov_id", afm_make(R), sub="gr_afm")
    return IDLBL[cc], GID(R, cc, p, ymd)


def wrap(R, lang, body):
    req = R.choice(REQ[lang])
    k = R.randint(0, 5)
    if k == 0:
        return [req, "\n\n", body]
    if k == 1:
        return [body, "\n\n", req]
    if k == 2:
        return [req, "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [body, "\n---\n", req]
    if k == 4:
        return [req, "\n```\n", body, "\n```"]
    return ["```\n", body, "\n```\n", req]


def chat(R, cc, lines, who):
    """lines: (sender key, parts); who: sender key -> L or str. Timestamps rise."""
    out = []
    h, m = R.randint(8, 15), R.randint(0, 50)
    d = R.randint(1, 27)
    mo = R.randint(1, 12)
    style = R.randint(0, 2)
    for k, parts in lines:
        m += R.randint(1, 6)
        if m >= 60:
            h, m = h + 1, m - 60
        if style == 0:
            out += ["[%02d/%02d/%02d, %02d:%02d] " % (d, mo, 25, h, m), who[k], ": "] + parts + ["\n"]
        elif style == 1:
            out += ["%02d.%02d.25 %02d:%02d - " % (d, mo, h, m), who[k], ": "] + parts + ["\n"]
        else:
            out += [who[k], " (%02d:%02d): " % (h, m)] + parts + ["\n"]
    return out


def staff_sign(p):
    return P(p)


COMPANY_PARTY = 0.25
# Sender genders the chat frames need (litigant female?, clerk female?).
PAY_G = {"th": (True, False), "he": (False, None), "ru": (None, True), "vi": (None, True)}
LIP_G = {"th": (True, False), "ru": (None, True), "vi": (None, False)}


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, form, ccs=None):
    def deco(fn):
        TEMPLATES.append((name, count, form, fn, ccs or CCS))
        return fn
    return deco


@tpl("claim_form", 52, "form")
def t_claim(R, cc):
    lang = LANG[cc]
    f = F[lang]
    cl, df, rep, clerk = people(R, cc, 4)
    ymd = birth(R)
    body = ["CourtDesk · Claim form · ", court(cc), "\nClaim no. ", case_no(R, cc), " · issue fee ", money(R, cc, 35, 455), "\n\n",
            "CLAIMANT\n", f["name"], ": ", P(cl), "\n", f["dob"], ": ", D(R, cc, ymd), "\n", f["addr"], ": ", A(R, cc), "\n",
            f["phone"], ": ", phone(R, cc, abroad=0.08), "\n", f["email"], ": ", email_personal(R, cl), "\n"]
    if cc in CLAIM_ID_CC and R.random() < 0.8:
        lb, v = party_id(R, cc, cl, ymd)
        body += [lb, ": ", v, "\n"]
    body += ["\nDEFENDANT\n"]
    if R.random() < COMPANY_PARTY:
        body += [f["name"], ": ", N(EMPLOYERS[cc], "company_party"), "\n", f["addr"], ": registered office (see register)\n"]
    else:
        body += [f["name"], ": ", P(df), "\n", f["addr"], ": ", A(R, cc), "\n"]
    if R.random() < 0.5:
        firm, dom = FIRMS[cc]
        body += ["\nREPRESENTATIVE\n", P(rep), " — ", N(firm, "law_firm"), "\n", f["email"], ": ", email_work(R, rep, dom),
                 " · ", f["phone"], ": ", phone(R, cc, kind="work"), "\n"]
    body += ["\nValue of claim: ", money(R, cc, 300, 9500), " · statute: ", N(R.choice(STATUTE[cc]), "statute"),
             "\nChecked by: ", G(clerk), " (court clerk)"]
    if R.random() < 0.3:
        body += ["\nNote: ", N(R.choice(NAW["en"]), "name_as_word")]
    return lang, wrap(R, "en" if R.random() < 0.3 else lang, body)


@tpl("defence_form", 40, "form")
def t_defence(R, cc):
    lang = LANG[cc]
    f = F[lang]
    df, cl, clerk = people(R, cc, 3)
    ymd = birth(R)
    body = ["CourtDesk · Defence and counterclaim · ", court(cc), "\nClaim no. ", case_no(R, cc), "\nClaimant: "]
    body += [N(EMPLOYERS[cc], "company_party")] if R.random() < COMPANY_PARTY else [P(cl)]
    body += ["\n\nDEFENDANT\n", f["name"], ": ", P(df), "\n", f["dob"], ": ", D(R, cc, ymd), "\n", f["addr"], ": ", A(R, cc), "\n",
             f["phone"], ": ", phone(R, cc, abroad=0.06), "\n"]
    if R.random() < 0.6:
        body += [f["email"], ": ", email_personal(R, df), "\n"]
    if cc in CLAIM_ID_CC and R.random() < 0.75:
        lb, v = party_id(R, cc, df, ymd)
        body += [lb, ": ", v, "\n"]
    elif R.random() < 0.3:
        body += [f["pp"], ": ", L("gov_id", passport(R, cc), sub=cc.lower() + "_passport"), " (not resident)\n"]
    body += ["\nDisputes whole claim: yes · amount admitted: ", money(R, cc, 0, 150), "\nInterpreter needed: ",
             R.choice(LANGS_INTERP[lang]) if R.random() < 0.3 else "no", "\nHearing preference: ", hdate(R, cc, "preferred_date"),
             "\nReceived by: ", P(clerk), " (", R.choice(["court clerk", "listing officer"]), ")"]
    return lang, wrap(R, lang, body)


@tpl("witness_statement", 40, "letter")
def t_ws(R, cc):
    lang = LANG[cc]
    w, o = people(R, cc, 2, females=[False, False] if lang == "ar" else None)
    ymd = birth(R, 1950, 2004)
    other = N(EMPLOYERS[cc], "company_party") if R.random() < 0.2 else P(o)
    body = fill(WS[lang], case=case_no(R, cc), name=P(w), dob=D(R, cc, ymd), addr=A(R, cc), other=other,
                idate=hdate(R, cc, "incident_date"), phone=phone(R, cc, abroad=0.05))
    if cc in CLAIM_ID_CC and R.random() < 0.5:
        lb, v = party_id(R, cc, w, ymd)
        body += ["\n", lb, ": ", v]
    return lang, wrap(R, lang, body)


@tpl("witness_summons", 40, "notice")
def t_summons(R, cc):
    lang = LANG[cc]
    w, c, d = people(R, cc, 3)
    cl = P(c)
    df = N(EMPLOYERS[cc], "company_party") if R.random() < 0.3 else P(d)
    body = fill(SM[lang], court=court(cc), case=case_no(R, cc), name=P(w), addr=A(R, cc), hdate=hdate(R, cc), htime=htime(R),
                room=room(R), cl=cl, df=df, switch=switch(cc), mail=role_mail(R, cc, "listing"))
    if R.random() < 0.4:
        body += ["\n", judge(R, cc)]
    return lang, wrap(R, lang, body)


@tpl("adjournment_request", 44, "email")
def t_adj(R, cc):
    lang = LANG[cc]
    p, clerk = people(R, cc, 2)
    ymd = birth(R)
    body = fill(ADJ[lang], clerk=G(clerk), case=case_no(R, cc), hdate=hdate(R, cc), htime=htime(R), dob=D(R, cc, ymd),
                phone=phone(R, cc, abroad=0.08), name=P(p), email=email_personal(R, p))
    return lang, wrap(R, lang, body)


@tpl("fee_remission", 44, "form")
def t_fee(R, cc):
    lang = LANG[cc]
    f = F[lang]
    a, partner, clerk = people(R, cc, 3, females=[None, None, None])
    ymd = birth(R)
    body = ["Help with Fees / fee remission application · ", court(cc), "\nRef. ", N("HWF-%s-%s" % (digits(R, 3), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))), "application_ref"),
            " · case ", case_no(R, cc), " · fee ", money(R, cc, 50, 600), "\n\nAPPLICANT\n",
            f["name"], ": ", P(a), "\n", f["dob"], ": ", D(R, cc, ymd), "\n", IDLBL[cc], ": ", GID(R, cc, a, ymd), "\n",
            f["addr"], ": ", A(R, cc), "\n", f["phone"], ": ", phone(R, cc), "\n"]
    if R.random() < 0.35:
        pymd = birth(R)
        body += ["\nPARTNER\n", f["name"], ": ", P(partner), "\n", f["dob"], ": ", D(R, cc, pymd), "\n"]
    body += ["\nINCOME\n", f["emp"], ": ", N(EMPLOYERS[cc], "employer"), "\n", f["inc"], ": ", money(R, cc, 600, 2100),
             "\nSavings: ", money(R, cc, 0, 2800), "\n"]
    if cc in IBAN_CC:
        body += [f["bank"], ": ", iban(R, cc), "\n"]
    elif R.random() < 0.7:
        body += ["Fee already paid — refund to card: ", card(R, cc), " exp ", expiry(R), "\n"]
    body += ["\nDecision: ", R.choice(["full remission", "part remission", "refused — savings over threshold"]),
             " · decided by ", G(clerk), " (fees clerk)"]
    return lang, wrap(R, "en" if R.random() < 0.25 else lang, body)


@tpl("fee_card_chat", 40, "chat_export")
def t_pay(R, cc):
    lang = LANG[cc]
    lit, clerk = people(R, cc, 2, females=list(PAY_G.get(lang, (None, None))))
    ymd = birth(R)
    full_card = R.random() < 0.9
    c = card(R, cc) if full_card else N("**** **** **** %s" % digits(R, 4), "masked_card")
    vals = dict(case=case_no(R, cc), fee=money(R, cc, 35, 600), card=c, exp=expiry(R), full=P(lit), dob=D(R, cc, ymd),
                email=email_personal(R, lit), csign=P(clerk))
    lines = [(k, fill(t, **vals)) for k, t in PAY[lang]]
    body = chat(R, cc, lines, {"L": G(lit), "C": G(clerk)})
    return lang, wrap(R, lang, body)


@tpl("order_judgment", 44, "judgment")
def t_order(R, cc):
    lang = LANG[cc]
    c, d = people(R, cc, 2)
    od, due = date_pair(R, cc)
    ib = []
    if cc in IBAN_CC and lang in ORD_IBAN and R.random() < 0.6:
        ib = fill(ORD_IBAN[lang], iban=iban(R, cc))
    body = fill(ORD[lang], court=court(cc), case=case_no(R, cc), cl=P(c), claddr=A(R, cc), df=P(d), dfaddr=A(R, cc),
                judge=judge(R, cc), odate=od, amount=money(R, cc, 250, 8000), due=due,
                iban=ib, cite=cite(R, lang, cc))
    return lang, wrap(R, lang, body)


@tpl("attachment_of_earnings", 40, "form")
def t_aoe(R, cc):
    lang = LANG[cc]
    f = F[lang]
    debtor, creditor, payroll = people(R, cc, 3)
    ymd = birth(R)
    emp = EMPLOYERS[cc]
    dom = EMP_DOM[cc]
    body = ["Enforcement · Attachment of earnings order · ", court(cc), "\nCase ", case_no(R, cc), " · order made ", hdate(R, cc, "order_date"),
            " by ", judge(R, cc), "\n\nDEBTOR\n", f["name"], ": ", P(debtor), "\n", f["dob"], ": ", D(R, cc, ymd), "\n",
            f["addr"], ": ", A(R, cc), "\n", IDLBL[cc], ": ", GID(R, cc, debtor, ymd), "\n\nEMPLOYER\n",
            N(emp, "employer"), "\nPayroll contact: ", P(payroll), ", ", email_work(R, payroll, dom), "\n",
            "Normal deduction rate: ", money(R, cc, 40, 400), " per month · protected earnings: ", money(R, cc, 700, 1400), "\n\nCREDITOR\n",
            f["name"], ": ", P(creditor), "\n"]
    if cc in IBAN_CC:
        body += ["Pay to: ", iban(R, cc), "\n"]
    else:
        body += [f["addr"], ": ", A(R, cc), "\n"]
    body += ["Statute: ", N(R.choice(STATUTE[cc]), "statute")]
    return lang, wrap(R, "en" if R.random() < 0.3 else lang, body)


@tpl("interpreter_booking", 40, "form")
def t_interp(R, cc):
    lang = LANG[cc]
    f = F[lang]
    interp, party, lo = people(R, cc, 3)
    ymd = birth(R)
    court_dom = COURTS[cc][1]
    body = ["Interpreter booking · ", court(cc), "\nBooking ref ", N("INT-%s" % digits(R, 6), "booking_ref"), " · case ", case_no(R, cc),
            "\nHearing: ", hdate(R, cc), " ", htime(R), ", courtroom ", room(R), "\nLanguage: ", R.choice(LANGS_INTERP[lang]),
            "\n\nINTERPRETER\n", f["name"], ": ", P(interp), "\n", f["phone"], ": ", phone(R, cc, abroad=0.05, kind="work"), "\n",
            f["email"], ": ", email_personal(R, interp), "\nRegister no. ", N("REG %s" % digits(R, 5), "register_number"),
            "\n\nPARTY NEEDING INTERPRETATION\n", f["name"], ": ", P(party), "\n"]
    if R.random() < 0.5:
        body += [f["dob"], ": ", D(R, cc, ymd), "\n"]
    if R.random() < 0.3:
        body += [f["pp"], ": ", L("gov_id", passport(R, cc), sub=cc.lower() + "_passport"), " (visitor)\n"]
    body += ["\nBooked by: ", P(lo), " (listing officer), ", email_work(R, lo, court_dom), "\nAgency copy: ", role_mail(R, cc, "interpreters")]
    return lang, wrap(R, lang, body)


JURY_TITLE = {"US": "Juror Qualification Questionnaire — reply", "GB": "Reply to Jury Summons", "DE": "Schöffenamt — Rückmeldebogen",
              "FR": "Jurés d'assises — questionnaire", "ES": "Cuestionario de candidato a jurado", "IT": "Giudici popolari — dichiarazione",
              "BR": "Tribunal do Júri — resposta do jurado", "PL": "Ławnicy — ankieta kandydata", "RU": "Анкета кандидата в присяжные заседатели",
              "GR": "Ένορκοι — δήλωση", "TH": "ผู้พิพากษาสมทบ — แบบตอบรับ", "CN": "人民陪审员候选人信息表",
              "JP": "裁判員候補者 調査票（回答）", "KR": "국민참여재판 배심원 질문표 회신", "VN": "Hội thẩm nhân dân — phiếu thông tin"}


@tpl("jury_summons_reply", 40, "form", ccs=list(JURY_TITLE))
def t_jury(R, cc):
    lang = LANG[cc]
    f = F[lang]
    j, officer = people(R, cc, 2)
    ymd = birth(R, 1948, 2004)
    body = ["Jury office · ", JURY_TITLE[cc], " · ", court(cc), "\nJuror no. ", juror_no(R), " · service from ", hdate(R, cc, "service_date"),
            "\n\n", f["name"], ": ", P(j), "\n", f["dob"], ": ", D(R, cc, ymd), "\n", f["addr"], ": ", A(R, cc), "\n",
            f["phone"], ": ", phone(R, cc), "\n"]
    if R.random() < 0.6:
        body += [f["email"], ": ", email_personal(R, j), "\n"]
    if R.random() < 0.7:
        body += [IDLBL[cc], ": ", GID(R, cc, j, ymd), "\n"]
    body += [f["occ"], ": ", R.choice(["nurse", "bus driver", "teacher", "retired", "student", "farmer"]),
             "\nDeferral requested: ", R.choice(["yes — exams", "yes — surgery", "no"]),
             "\nProcessed by: ", G(officer), " (jury officer) · ", role_mail(R, cc, "jury")]
    return lang, wrap(R, lang, body)


@tpl("litigant_chat", 52, "chat_export")
def t_lip(R, cc):
    lang = LANG[cc]
    lit, clerk, o = people(R, cc, 3, females=list(LIP_G.get(lang, (None, None))) + [None])
    other = N(EMPLOYERS[cc], "company_party") if R.random() < 0.25 else P(o)
    vals = dict(case=case_no(R, cc), hdate=hdate(R, cc), htime=htime(R), addr=A(R, cc), phone=phone(R, cc, abroad=0.08),
                other=other, csign=P(clerk))
    lines = [(k, fill(t, **vals)) for k, t in LIP[lang]]
    body = chat(R, cc, lines, {"L": G(lit), "C": G(clerk)})
    if R.random() < 0.3:
        body += [N(R.choice(NAW[lang]), "name_as_word")]
    return lang, wrap(R, lang, body)


@tpl("case_export", 40, "json")
def t_export(R, cc):
    ps = people(R, cc, R.choice([2, 3]))
    roles = ["claimant", "defendant", "witness"]
    cs = case_no(R, cc)
    rows = []
    for i, p in enumerate(ps):
        ymd = birth(R)
        n = mobile_nsn(R, cc)
        ph = L("phone", phone_intl(R, cc, n), sub="mobile", region=cc)
        rows.append((p, roles[i], ymd, ph, email_personal(R, p), ip_label(R, 0.2)))
    if R.random() < 0.55:
        form = "json"
        body = ['{"court": "', N(COURTS[cc][1], "court_domain"), '", "case": "', cs, '", "parties": [\n']
        for i, (p, role, ymd, ph, em, ip) in enumerate(rows):
            body += ['  {"id": "', N("PTY-%s" % digits(R, 7), "party_id"), '", "role": "%s", "name": "' % role, P(p),
                     '", "dob": "', D(R, cc, ymd, iso=True), '", "mobile": "', ph, '", "email": "', em,
                     '", "last_login_ip": "', ip, '", "represented": %s}' % R.choice(["true", "false"]),
                     ",\n" if i < len(rows) - 1 else "\n"]
        body += ['], "next_hearing": "', N("%d-%02d-%02dT%02d:%s:00" % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.choice([9, 10, 14]), R.choice(["00", "30"])), "hearing_date"),
                 '", "schema": "', N("v%d.%d.%d" % (R.randint(2, 5), R.randint(0, 12), R.randint(0, 9)), "version"), '"}']
    else:
        form = "csv"
        body = ["case,party_id,role,name,dob,mobile,email,last_login_ip\n"]
        for p, role, ymd, ph, em, ip in rows:
            body += [cs, ",", N("PTY-%s" % digits(R, 7), "party_id"), ",%s," % role, P(p), ",", D(R, cc, ymd, iso=True), ",", ph, ",", em, ",", ip, "\n"]
    return ("en", wrap(R, "en", body), form)


@tpl("cms_env", 44, "config")
def t_env(R, cc):
    it = make_person(R, cc)
    dom = COURTS[cc][1]
    body = ["# case-management system — ", N(COURTS[cc][0], "court"), "\n# owner: ", G(it), " (IT support) ", email_work(R, it, dom), "\n",
            "APP_URL=https://cms.%s\n" % dom, "DB_HOST=", private_ip(R), "\nDB_USER=cms_app\nDB_PASSWORD=", secret(R, "password"), "\n",
            "AWS_ACCESS_KEY_ID=", secret(R, "aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", secret(R, "aws_secret_access_key"), "\n",
            "BUNDLE_BUCKET=court-bundles-%s\n" % cc.lower(), "SMTP_HOST=smtp.%s\nSMTP_PASSWORD=" % dom, secret(R, "password"), "\n",
            "DEPLOY_TOKEN=", secret(R, "gitlab_pat"), "\n"]
    if R.random() < 0.6:
        body += ["FEES_PAYMENT_SECRET=", secret(R, "stripe"), "\nFEES_PAYMENT_PUBLISHABLE=", N("pk_live_" + rnd_alnum(R, 24), "publishable_key"), "\n"]
    if R.random() < 0.4:
        body += ["LISTING_ALERTS_WEBHOOK=", secret(R, "slack_webhook"), "\n"]
    body += ["ADMIN_ALLOWLIST=", private_ip(R), "/24,", ip_label(R, 0.25), "  # ", G(it), " home\n",
             "SYSLOG_TARGET=", doc_ip(R), "\nCOURTROOM_PC_SERIAL=", serial(R, "CR"), "\nLISTING_MAILBOX=", role_mail(R, cc, "listing")]
    return ("en", wrap(R, "en", body), "config")


def rnd_alnum(R, n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


# ====================================================================== clean templates
CLEAN = []


def ctpl(name, count, form):
    def deco(fn):
        CLEAN.append((name, count, form, fn, CCS))
        return fn
    return deco


ANON = ["Persons Unknown", "Re A (a child)", "X v Y (anonymised)", "the applicant mother", "Claimant A"]
HEARING_TYPES = ["small claims hearing", "case management", "directions", "final hearing", "application to set aside",
                 "employment preliminary hearing", "enforcement review", "first hearing dispute resolution"]


@ctpl("cause_list", 40, "list")
def c_causes(R, cc):
    lang = LANG[cc]
    body = ["DAILY CAUSE LIST · ", court(cc), " · ", hdate(R, cc, "list_date"), "\n"]
    for _ in range(R.randint(3, 5)):
        body += ["Courtroom ", room(R), " · ", judge(R, cc), "\n  ", htime(R), "  ", case_no(R, cc), "  ",
                 R.choice([N(EMPLOYERS[cc] + " v " + R.choice(ANON[:1] + ["Claimant A"]), "company_party"),
                           N(R.choice(ANON), "anonymised_party")]),
                 " — ", R.choice(HEARING_TYPES), "\n"]
    body += ["Public enquiries: ", switch(cc), " · ", role_mail(R, cc, "listing")]
    if R.random() < 0.5:
        body += ["\n", N(R.choice(NAW["en"]), "name_as_word")]
    return lang, wrap(R, "en", body)


@ctpl("court_notice", 40, "notice")
def c_notice(R, cc):
    lang = LANG[cc]
    body = fill(NOTICE[lang], court=court(cc), cdate=hdate(R, cc, "closure_date"), switch=switch(cc),
                mail=role_mail(R, cc, "enquiries"), web=web(cc), caddr=court_addr(cc), statute=N(R.choice(STATUTE[cc]), "statute"))
    if R.random() < 0.6:
        body += ["\n", N(R.choice(NAW[lang]), "name_as_word")]
    return lang, wrap(R, lang, body)


@ctpl("courtroom_av_log", 40, "log")
def c_avlog(R, cc):
    h = R.randint(7, 9)
    body = []
    for i in range(R.randint(5, 8)):
        m = R.randint(0, 59)
        h += R.choice([0, 0, 1])
        body += ["2026-%02d-%02dT%02d:%02d:%02dZ " % (R.randint(1, 12), R.randint(1, 28), min(h, 18), m, R.randint(0, 59)),
                 R.choice(["INFO", "WARN", "INFO"]), " courtroom=", room(R), " ",
                 R.choice([["cvp-bridge connected peer=", doc_ip(R)], ["recorder serial=", serial(R, "DAR"), " fw=", N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version")],
                           ["dhcp lease ", private_ip(R), " host=usher-tablet-%02d" % R.randint(1, 20)],
                           ["hearing-loop amp serial=", serial(R, "HLA"), " gain=-%ddB" % R.randint(3, 12)],
                           ["video link test case=", case_no(R, cc), " latency=%dms" % R.randint(20, 300)],
                           ["display wall serial=", serial(R, "DW"), " input=HDMI%d" % R.randint(1, 3)]]), "\n"]
    body += ["support: ", role_mail(R, cc, "it-helpdesk")]
    return "en", wrap(R, "en", body)


@ctpl("research_note", 40, "list")
def c_research(R, cc):
    lang = LANG[cc]
    body = ["Research note for the listing team — ", court(cc), "\n",
            "- Track and limits: ", N(R.choice(STATUTE[cc]), "statute"), "\n",
            "- Leading authority: ", cite(R, "en" if R.random() < 0.4 else lang, cc), "\n",
            "- Also cited: ", cite(R, lang), "\n",
            "- Fees: issue ", money(R, cc, 35, 455), ", hearing ", money(R, cc, 25, 346), "\n",
            "- Pending: ", case_no(R, cc), " (", hdate(R, cc), ")\n"]
    if R.random() < 0.6:
        body += ["- ", N(R.choice(NAW["en"] if R.random() < 0.5 else NAW[lang]), "name_as_word")]
    return lang, wrap(R, "en", body)


@ctpl("payment_uat", 40, "list")
def c_uat(R, cc):
    tc = R.choice(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4111 1111 1111 1111", "3782 822463 10005", "6011 1111 1111 1117"])
    bad = list(card_random(R, "visa"))
    bad[-1] = str((int(bad[-1]) + R.randint(1, 9)) % 10)
    body = ["Fees portal UAT — build ", N("%d.%d.%d-rc%d" % (R.randint(3, 6), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4)), "version"), "\n",
            "1. Card ", N(tc, "test_card"), " exp ", expiry(R), " → accepted\n",
            "2. Card ", N(group("".join(bad), 4), "luhn_fail"), " → rejected as expected\n",
            "3. Masked in receipt: ", N("•••• •••• •••• %s" % digits(R, 4), "masked_card"), "\n",
            "4. Receipt to ", N("test.litigant@example.com", "example_email"), ", SMS to ", N("+00 000 000 000", "fake_phone"), "\n",
            "5. Key in config: ", N(R.choice(["<stripe-secret-key>", "${FEES_PAYMENT_SECRET}", "sk_test_xxxxxxxxxxxx", "changeme"]), "placeholder"), "\n",
            "6. Webhook from ", doc_ip(R), " to ", private_ip(R), " ok; fee ", money(R, cc, 35, 455), " for ", case_no(R, cc), "\n"]
    if R.random() < 0.6:
        body += [N(R.choice(NAW["en"]), "name_as_word")]
    return "en", wrap(R, "en", body)


# ====================================================================== rules
INST_DOMAINS = {c[1] for c in COURTS.values()} | {f[1] for f in FIRMS.values()}
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
GROUP_RE = re.compile(r"\d+")
SEPCH = " -.\u00a0\u202f"
IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2}")


def _latin_alt(words):
    words = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(re.escape(w) for w in words))


_NW = name_words()
NAME_LATIN = _latin_alt([w for w, k in _NW if k == "latin"] + roman_words())
NAME_SUB = re.compile("|".join(re.escape(w) for w in sorted({w for w, k in _NW if k == "sub"}, key=len, reverse=True)))
NAME_SUB_SET = {w for w, k in _NW if k == "sub"}


def outside_text(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_windows(text):
    """Luhn-valid digit runs of 13-19 digits: contiguous, or any window of
    digit groups joined by one separator character."""
    found = []
    groups = [(m.start(), m.end()) for m in GROUP_RE.finditer(text)]
    i = 0
    while i < len(groups):
        chain = [groups[i]]
        j = i + 1
        while j < len(groups) and groups[j][0] == chain[-1][1] + 1 and text[chain[-1][1]] in SEPCH:
            chain.append(groups[j])
            j += 1
        for a in range(len(chain)):
            s = ""
            for b in range(a, len(chain)):
                s += text[chain[b][0]:chain[b][1]]
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    found.append(s)
                if len(s) > 19:
                    break
        i = j
    return found


def ibans_in(text):
    out = []
    up = text.upper()
    for m in IBAN_HEAD.finditer(up):
        cc = m.group()[:2]
        ln = IBAN_LEN.get(cc) or EXTRA_IBAN.get(cc, (0, 0))[1]
        if not ln:
            continue
        s = ""
        k = m.start()
        while k < len(up) and len(s) < ln:
            ch = up[k]
            if ch.isascii() and ch.isalnum():
                s += ch
            elif ch in " \u00a0\u202f-" and k + 1 < len(up) and up[k + 1].isascii() and up[k + 1].isalnum():
                pass
            else:
                break
            k += 1
        if len(s) == ln and iban_mod97(s) == 1:
            out.append(s)
    return out


FEM2BASE = {}
for _cc in NAMES:
    for _a, _b, _r in parse_names(_cc)[2]:
        if _a != _b:
            FEM2BASE[_b] = _a


def label_words(v):
    """The name words of a person label (female surname forms counted as
    their base form, so a man and a woman of one family share it)."""
    ws = {w for w in re.split(r"[\s\-]+", v) if len(w) >= 2 and w not in EXEMPT_WORDS}
    for w in NAME_SUB_SET:
        if w in v:
            ws.add(w)
    return {FEM2BASE.get(w, w) for w in ws}


def problems(rec, labelled, phone_bad=frozenset()):
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record: %s" % str(e)[:80])
        return out
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        out.append("length %d" % len(t))
    if labelled and not rec["spans"]:
        out.append("labelled without labels")
    if not labelled and rec["spans"]:
        out.append("clean with labels")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if "\n" in v and ty != "secret":
            out.append("label across a line break")
        if ty == "gov_id" and not gov_id_ok(v, sp["sub"]):
            out.append("bad gov_id %s %s" % (sp["sub"], v))
        elif ty == "iban" and not iban_ok(v):
            out.append("bad iban " + v)
        elif ty == "card":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_CARDS:
                out.append("bad card " + v)
        elif ty == "email" and not email_ok(v):
            out.append("bad email " + v)
        elif ty == "ip" and not ip_ok(v):
            out.append("bad ip " + v)
        elif ty == "phone" and (v, sp["region"], sp.get("plan", sp["region"])) in phone_bad:
            out.append("pv rejects " + v)
    o = outside_text(rec)
    for m in EMAIL_RE.finditer(o):
        dom = m.group().split("@")[1].lower()
        if dom not in INST_DOMAINS and not re.search(r"(^|\.)example(\.|$)", dom):
            out.append("e-mail outside a label: " + m.group())
    for m in IPV4_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                out.append("global IPv4 outside a label: " + m.group())
        except ValueError:
            pass
    for m in IPV6_RE.finditer(o):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global and ip not in ipaddress.ip_network("2001:db8::/32"):
            out.append("global IPv6 outside a label: " + m.group())
    for s in luhn_windows(o):
        out.append("Luhn-valid run outside the labels: " + s)
    o2 = outside_text({"text": t, "spans": [sp for sp in rec["spans"] if sp["type"] == "iban"]})
    for s in ibans_in(o2):
        out.append("valid IBAN outside an IBAN label: " + s)
    for m in NAME_LATIN.finditer(o):
        out.append("name word outside the labels: " + m.group())
    for m in NAME_SUB.finditer(o):
        out.append("name word outside the labels: " + m.group())
    pers = [sp["value"] for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(pers)):
        for j in range(i + 1, len(pers)):
            a, b = label_words(pers[i]), label_words(pers[j])
            if a <= b or b <= a:
                continue
            if a & b:
                out.append("people share a name word: %s / %s" % (pers[i], pers[j]))
    return out


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation and CLI
def candidates():
    """All candidates in order: (template, labelled, count, index, cc, record)."""
    out = []
    allt = [(t, True) for t in TEMPLATES] + [(t, False) for t in CLEAN]
    for k, ((name, count, form, fn, ccs), labelled) in enumerate(allt):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = ccs[(i + 5 * k) % len(ccs)]
            res = fn(R, cc)
            if len(res) == 3:
                lang, parts, f = res
            else:
                (lang, parts), f = res, form
            rec = build("", f, lang, parts)
            out.append((name, labelled, count, i, cc, rec))
    return out


def generate(log=None):
    cands = candidates()
    items = sorted({it for c in cands for it in phone_items(c[5])})
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("/tmp/pv/pv is missing: phones cannot be checked")
    phone_bad = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept, seen, meta = [], set(), []
    per = Counter()
    for name, labelled, count, i, cc, rec in cands:
        if per[name] >= count:
            continue
        pr = problems(rec, labelled, phone_bad)
        if rec["text"] in seen:
            pr.append("repeated text")
        if pr:
            if log is not None:
                log.append((name, i, cc, pr))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append(rec)
        meta.append((name, cc, labelled))
    for name, labelled, count, i, cc, rec in cands:
        assert per[name] == count, (name, per[name], count)
    order = list(range(len(kept)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    recs, metas = [], []
    for n, k in enumerate(order):
        r = kept[k]
        r["id"] = PREFIX + "%05d" % n
        recs.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
        metas.append(meta[k])
    return recs, metas


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    args = sys.argv[1:]
    if "--emit" in args:
        recs, _ = generate()
        sys.stdout.write(dump(recs))
        return
    if "--check" in args:
        with open(OUT, encoding="utf-8") as fh:
            data = fh.read()
        recs = [json.loads(ln) for ln in data.splitlines()]
        items = sorted({it for r in recs for it in phone_items(r)})
        bad = pv_check(items)
        assert bad is not None, "pv missing"
        phone_bad = {tuple(ln.split("\t")[1:4]) for ln in bad}
        nprob = 0
        for r in recs:
            labelled = bool(r["spans"])
            pr = problems(r, labelled, phone_bad)
            if pr:
                nprob += 1
                print(r["id"], pr)
        texts = Counter(r["text"] for r in recs)
        rep = sum(1 for v in texts.values() if v > 1)
        nl = sum(1 for r in recs if r["spans"])
        nc = len(recs) - nl
        print("records %d (labelled %d, clean %d); phones %d, pv rejects %d; records with problems %d; repeated texts %d"
              % (len(recs), nl, nc, len(items), len(bad), nprob, rep))
        ok = nprob == 0 and not bad and rep == 0 and nl == 600 and nc == 200
        regen, _ = generate()
        same = dump(regen) == data
        print("regenerated byte for byte: %s" % same)
        for hs in ("7", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            outp = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
            print("PYTHONHASHSEED=%s byte for byte: %s" % (hs, outp == data))
            same = same and outp == data
        ok = ok and same
        print("CHECK OK" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    if "--stats" in args:
        log = []
        recs, metas = generate(log)
        types = Counter(sp["type"] for r in recs for sp in r["spans"])
        print("records", len(recs), "labelled", sum(1 for r in recs if r["spans"]), "clean", sum(1 for r in recs if not r["spans"]))
        print("labels", sum(types.values()), dict(types.most_common()))
        print("forms", dict(Counter(r["form"] for r in recs).most_common()))
        print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
        print("countries (labelled)", dict(Counter(m[1] for m in metas if m[2]).most_common()))
        print("templates", dict(Counter(m[0] for m in metas)))
        for ty in ("gov_id", "card", "iban", "secret", "email", "ip", "phone"):
            print(ty, dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
        ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
        print("phones", len(ph), "abroad", dict(Counter(sp["plan"] for sp in ph if "plan" in sp).most_common()),
              "+CC", sum(1 for sp in ph if sp["value"].startswith("+")), "regions", len({sp["region"] for sp in ph}))
        lens = sorted(len(r["text"]) for r in recs)
        print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
        print("distinct person values", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
        negs = Counter(t for r in recs for t in r.get("neg", []))
        print("neg tags", len(negs), dict(negs.most_common()))
        print("dropped candidates", len(log))
        for name, i, cc, pr in log:
            print("  drop", name, i, cc, pr[:3])
        return
    recs, _ = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
