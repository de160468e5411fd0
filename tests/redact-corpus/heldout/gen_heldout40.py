#!/usr/bin/python3
"""Held-out part 40 of the redaction corpus (heldout40.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 39
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: parts 2, 20, 22, 26, 27, 32, 37
and 39 on business contacts, work e-mails and direct lines, organisations'
addresses and switchboards, couriers and neighbours, plates, driving
licences, company ids, EORI-like data, HS codes, container numbers, GTINs
and tracking numbers), lines 1-100 of gen_heldout33.py and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run only through `pv_check`); not the redactor, its docs,
its tests, the other generators' bodies or any .jsonl data file other than
its own output. It ran no project binary, no make, no cmake/ctest and no
git command, and it did not score this file. Started 04:23:58 UTC on
2026-12-05 (`date -u`), ended 04:49:17 UTC. `pv_check` is reused as is; the
CLI layout (rewrite / --check / --stats) imitates part 33's header.

Theme: LOGISTICS, WAREHOUSING, FREIGHT AND CUSTOMS. What dispatchers,
warehouse supervisors, freight forwarders, customs brokers, truck and van
drivers, couriers, port and airport cargo staff, fleet managers and small
importers paste into an assistant, from 24 countries in 21 languages:
bills of lading with shipper, consignee and notify-party contacts,
consolidation manifests with private consignees and their customs ids,
private-import customs declarations, broker and forwarder e-mails,
proof-of-delivery logs ("left with neighbour"), courier chats about
redelivery, tachograph working-time exports, licence and ADR checks, shift
rotas with agency workers and emergency contacts, forklift registers,
TMS/telematics configs, carrier-portal handover notes, damage claims, driver
payroll and expense rows, dock incident reports, returns lists, dispatch
group chats, gate check-in logs, driver onboarding forms and recipients'
complaint letters. Hard negatives of the theme everywhere: B/L, booking,
HAWB/AWB, MRN, tracking, RMA, claim and report numbers, ISO 6346 container
numbers, seal numbers, SSCC and GTIN (GS1 check digit, Luhn-invalid), HS
codes, EORI and VAT ids of companies, plates, trailer ids, driver-card and
ADR/forklift certificate numbers, pallet, bay and dock ids, flight and
vessel names, IMO numbers, UN numbers, UN/LOCODEs, weights, dimensions,
shipping dates, companies' and depots' addresses and switchboards, role
mailboxes, LAN and documentation IPs, sample values, famous people and
name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
400517, shuffle seed 400518).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout40.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout40.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout40.py --stats   # counts
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
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, PLANS, _nanp_line,
                       US_AREAS, GB_MOBILE, digits, nz, rnd, ALNUM, B64, URLSAFE)

SEED = 400517
SHUFFLE_SEED = 400518
OUT = os.path.join(HERE, "heldout40.jsonl")
PREFIX = "heldout-an-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== helpers

def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def pick(R, xs):
    return xs[R.randrange(len(xs))]


def chance(R, p):
    return R.random() < p


def rdate(R, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


# ====================================================================== gov ids (written for this part)

def pesel_make(d, female, R):
    y, m = d.year, d.month
    if y >= 2000:
        m += 20
    body = "%02d%02d%02d" % (y % 100, m, d.day) + digits(R, 3)
    sexd = R.choice("02468" if female else "13579")
    body += sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_make(d, female, R):
    """Swedish personnummer: yymmdd + 3-digit serial (odd for men) + Luhn."""
    serial = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + serial
    return b + luhn_complete(b)[-1]


def pnr_ok(s10):
    return len(s10) == 10 and luhn_ok(s10)


def rc_make(d, female, R):
    """Czech rodné číslo (after 1954): yymmdd (+50 on the month for women) + 4
    digits, the whole number divisible by 11."""
    m = d.month + (50 if female else 0)
    head = "%02d%02d%02d" % (d.year % 100, m, d.day)
    while True:
        tail = digits(R, 3)
        n = int(head + tail)
        c = (-(n * 10)) % 11
        if c == 10:
            continue
        s = head + tail + str(c)
        assert int(s) % 11 == 0
        return s


def rc_ok(s):
    return len(s) == 10 and s.isdigit() and int(s) % 11 == 0


def tckn_make(R):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def ptnif_make(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(x) * w for x, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


def ptnif_ok(s):
    c = 11 - sum(int(x) * w for x, w in zip(s[:8], range(9, 1, -1))) % 11
    return len(s) == 9 and str(0 if c >= 10 else c) == s[8]


def amka_make(d, R):
    """Greek AMKA: ddmmyy + 4 digits + Luhn check digit."""
    b = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + digits(R, 4)
    return luhn_complete(b)


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else "%02d" % r


def snils_make(R):
    d9 = str(R.randint(1, 9)) + digits(R, 8)
    return d9 + snils_check(d9)


def cn_id_make(area, d, female, R):
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = area + d.strftime("%Y%m%d") + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


def cn_id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(a) * x for a, x in zip(s[:17], w)) % 11] == s[17]


def rrn_make(d, female, R):
    g = (3 if d.year >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + str(g) + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return b + str((11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10)


def rrn_ok(s):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(a) * x for a, x in zip(s, w)) % 11) % 10 == int(s[12])


def mynumber_make(R):
    b = digits(R, 11)
    s = sum(int(b[10 - (n - 1)]) * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12))
    r = s % 11
    return b + str(0 if r <= 1 else 11 - r)


def mynumber_ok(s):
    s2 = sum(int(s[10 - (n - 1)]) * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12))
    r = s2 % 11
    return len(s) == 12 and int(s[11]) == (0 if r <= 1 else 11 - r)


def thai_id_make(R):
    b = R.choice("1358") + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def thai_id_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def eid_make(d, R):
    """UAE Emirates ID: 784 + birth year + 7 digits + Luhn check digit."""
    return luhn_complete("784" + "%04d" % d.year + digits(R, 7))


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17):
    t = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def curp_make(fam1, fam2, given, d, female, state):
    def up(w):
        return ascii_fold(w).upper()
    f1, f2, g = up(fam1), up(fam2), up(given)
    v1 = next((c for c in f1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
    s = f1[0] + v1 + f2[0] + g[0] + d.strftime("%y%m%d") + ("M" if female else "H") + state + \
        cons(f1) + cons(f2) + cons(g) + ("0" if d.year < 2000 else "A")
    return s + curp_check(s)


def curp_ok(s):
    return len(s) == 18 and curp_check(s[:17]) == s[17]


def pccc_make(R):
    return "P" + R.choice("12") + digits(R, 11)


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def gs1_ok(s):
    return gs1_check(s[:-1]) == s[-1]


ISO6346_VAL = {}
_v = 10
for _c in string.ascii_uppercase:
    if _v % 11 == 0:
        _v += 1
    ISO6346_VAL[_c] = _v
    _v += 1


def iso6346_check(s10):
    t = sum((ISO6346_VAL[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s10))
    return str(t % 11 % 10)


def awb_make(R, prefix):
    serial = R.randint(1000000, 9999999)
    return "%s-%07d%d" % (prefix, serial, serial % 7)


# ====================================================================== locales
# Names: "native|roman" where the script is not Latin. Family names with a
# female form are written "male/female".
NAMES = {
    "US": ("Dalton Beckett Emmett Garrison Lowell Tremaine Cordell Boyd",
           "Marlena Kaylee Jocelyn Charmaine Loretta Averie Shelby Maribeth",
           "Honeycutt Wickersham Stallworth Mcelhaney Dorsett Blackwood Underhill Easterling Gaskins Rutledge Overstreet Bramlett"),
    "GB": ("Rhodri Ewan Alasdair Fergus Oswin Declan Ruairidh Callum",
           "Morwenna Harriet Bethan Eluned Isla Georgina Lowri Seren",
           "Entwistle Sidebottom Pemberton Sowerby Aldridge Boothroyd Marchbank Greenhalgh Ackroyd Trevethan Thwaites Holroyd"),
    "IN": ("हरीश|Harish प्रणव|Pranav अश्विन|Ashwin योगेश|Yogesh मयंक|Mayank निखिल|Nikhil",
           "कविता|Kavita रागिनी|Ragini भावना|Bhavna लावण्या|Lavanya ज्योत्स्ना|Jyotsna शालिनी|Shalini",
           "चतुर्वेदी|Chaturvedi गाडगिल|Gadgil जोगलेकर|Joglekar राठौर|Rathore भंडारी|Bhandari तिवारी|Tiwari सक्सेना|Saxena अग्निहोत्री|Agnihotri"),
    "DE": ("Volkmar Gerold Hartwig Gernot Detlef Wigbert Lothar Burkhard",
           "Heidrun Hiltrud Edeltraud Almut Gesine Irmgard Ortrun Roswitha",
           "Kesselring Dannenberg Wolfsteller Schlotterbeck Rübsamen Hölzemann Brackmann Tiedemann Ostermeier Luckhardt Weißgerber Kornmesser"),
    "FR": ("Goulven Anatole Firmin Ludovic Honoré Évariste Aurélien Barthélemy",
           "Solange Maëlys Bérangère Ghislaine Apolline Clothilde Philomène Marjolaine",
           "Kerhervé Dubreuil Fontanille Chaumette Delaunay Maréchal Rouquette Vasseur Thuillier Lemarchand Kerdoncuff Bouvier"),
    "ES": ("Iñaki Gonzalo Anselmo Baltasar Eusebio Leandro Teodoro Ruperto",
           "Garazi Begoña Montserrat Nerea Inmaculada Leire Arantxa Maite",
           "Arrieta Altolaguirre Valcárcel Montoya Elorriaga Bustamante Cienfuegos Olazábal Quintanilla Sepúlveda Villalobos Larrañaga"),
    "MX": ("Ehécatl Eleuterio Jacinto Efraín Heriberto Maximino Saúl Octavio",
           "Itzayana Yesenia Araceli Maricruz Nayeli Ameyali Xiomara Guadalupe",
           "Huerta Tlapale Zacarías Ocampo Tepox Necoechea Chimal Tezoco Macías Quiñones Tlacuilo Ayala"),
    "IT": ("Ettore Fiorenzo Ercole Corrado Tancredi Ippolito Aurelio Ruggero",
           "Ornella Loredana Rossella Benedetta Carmela Ludovica Annunziata Graziella",
           "Santangelo Capobianco Lombardozzi Ciampaglia Tagliaferri Bonfiglio Cavallaro Marcianò Sciarra Iacovelli Fumagalli Trombetta"),
    "NL": ("Joost Hidde Sjoerd Wouter Gerrit Maarten Teun Ruud",
           "Femke Marloes Anouk Sietske Lieke Geertje Ilse Jeltje",
           "van|Bommel Terpstra Hoogendijk Kuipers Wijnstra van|der|Wiel Dijkhuis Ravensbergen Oudshoorn Bruinsma Hofstede Vlietstra"),
    "PL": ("Zdzisław Bogumił Radosław Mirosław Wiesław Przemysław Jarogniew Czesław",
           "Bożena Jadwiga Grażyna Wiesława Dobrosława Kazimiera Halina Bronisława",
           "Szczepański/Szczepańska Przybylski/Przybylska Wrzesiński/Wrzesińska Grabowiecki/Grabowiecka Kaczmarczyk Pietrzak Sobczak Ziółkowski/Ziółkowska Lewandowicz Mazurek Chmielewski/Chmielewska Kwiatkowski/Kwiatkowska"),
    "PT": ("Duarte Gaspar Nuno Fausto Tiago Afonso Bernardo Rui",
           "Inês Leonor Matilde Filipa Mafalda Benedita Iolanda Leonilde",
           "Figueiredo Cerqueira Carrilho Pinheiro Quaresma Fragoso Loureiro Sequeira Faustoncelos Valadares Sarmento Gouveia"),
    "BR": ("Josué Claudiomiro Cleiton Valdomiro Reginaldo Adelmo Genival Ubirajara",
           "Rosângela Gleice Jussara Luzia Elisângela Marinalva Creuza Ivonete",
           "Gurgel Bezerra Cavalcanti Queiroz Sampaio Barbosa Rolim Andrade Siqueira Albuquerque Teixeira Lacerda"),
    "TR": ("Kadir Oğuzhan Ertuğrul Selçuk Volkan Tuncay Erdal Hüseyin",
           "Gülşen Nurcan Şükran Hatice Filiz Sevgül Dilek Zerrin",
           "Karaağaç Çetinkaya Kalkavan Kocabaş Tekin Aksoy Bayraktar Karakoyun Gündoğdu Kılıçarslan Uysal Taşdelen"),
    "SE": ("Torbjörn Sölve Leif Gunnar Ragnar Torvald Arvid Håkan",
           "Ingegerd Solveig Birgitta Margit Agneta Ylva Gunilla Ebba",
           "Lindqvist Bergström Sjöberg Wallin Holmgren Åkesson Nyström Lundgren Engström Hedlund Forsberg Ekdahl"),
    "CZ": ("Bohumil Vratislav Zdeněk Lubomír Radek Ctibor Vojtěch Dalibor",
           "Bohumila Libuše Jarmila Vlasta Ludmila Drahomíra Zdenka Blažena",
           "Hrubý/Hrubá Procházka/Procházková Kučera/Kučerová Šťastný/Šťastná Pokorný/Pokorná Havlíček/Havlíčková Vondráček/Vondráčková Zeman/Zemanová Bartoš/Bartošová Kolář/Kolářová Jelínek/Jelínková Sýkora/Sýkorová"),
    "GR": ("Σπύρος|Spyros Θανάσης|Thanasis Παναγιώτης|Panagiotis Χαράλαμπος|Charalampos Στέλιος|Stelios Διονύσης|Dionysis",
           "Ευανθία|Evanthia Σταυρούλα|Stavroula Αικατερίνη|Aikaterini Χρυσούλα|Chrysoula Παρασκευή|Paraskevi Βασιλική|Vasiliki",
           "Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Τσακίρης/Τσακίρη|Tsakiris/Tsakiri Αλεξίου|Alexiou Ζαχαρίου|Zachariou Κουτσούκος/Κουτσούκου|Koutsoukos/Koutsoukou Ραφαηλίδης/Ραφαηλίδου|Rafailidis/Rafailidou Σπανός/Σπανού|Spanos/Spanou Λιάπης/Λιάπη|Liapis/Liapi"),
    "RU": ("Всеволод|Vsevolod Ярослав|Yaroslav Тимофей|Timofey Геннадий|Gennadiy Святослав|Svyatoslav Елисей|Yelisey",
           "Снежана|Snezhana Евдокия|Evdokiya Ангелина|Angelina Таисия|Taisiya Варвара|Varvara Олеся|Olesya",
           "Белозёров/Белозёрова|Belozyorov/Belozyorova Кудряшов/Кудряшова|Kudryashov/Kudryashova Ладыгин/Ладыгина|Ladygin/Ladygina Зотов/Зотова|Zotov/Zotova Прохоров/Прохорова|Prokhorov/Prokhorova Шубин/Шубина|Shubin/Shubina Тарасов/Тарасова|Tarasov/Tarasova Голованов/Голованова|Golovanov/Golovanova"),
    "JP": ("健二|Kenji 浩之|Hiroyuki 拓海|Takumi 雄大|Yudai 和也|Kazuya 航平|Kohei",
           "真由美|Mayumi 沙織|Saori 千尋|Chihiro 菜々子|Nanako 恵理|Eri 亜希子|Akiko",
           "森岡|Morioka 土屋|Tsuchiya 河合|Kawai 柴田|Shibata 熊谷|Kumagai 溝口|Mizoguchi 岩瀬|Iwase 野々村|Nonomura"),
    "KR": ("민재|Minjae 도현|Dohyun 지훈|Jihun 성민|Sungmin 태윤|Taeyun 건우|Geonwoo",
           "예린|Yerin 수빈|Subin 하은|Haeun 지아|Jia 서윤|Seoyun 다인|Dain",
           "변|Byeon 맹|Maeng 채|Chae 편|Pyeon 견|Gyeon 육|Yuk 천|Cheon 국|Kook"),
    "CN": ("建军|Jianjun 志强|Zhiqiang 海涛|Haitao 文博|Wenbo 国栋|Guodong 振宇|Zhenyu",
           "丽娟|Lijuan 秀英|Xiuying 雪梅|Xuemei 晓燕|Xiaoyan 婉婷|Wanting 佳怡|Jiayi",
           "熊|Xiong 邵|Shao 覃|Qin 甘|Gan 阎|Yan 庞|Pang 殷|Yin 滕|Teng"),
    "AE": ("خالد|Khalid سيف|Saif حمدان|Hamdan راشد|Rashid ماجد|Majid عبيد|Obaid",
           "مريم|Mariam شيخة|Shaikha عائشة|Aisha حصة|Hessa موزة|Moza نورة|Noura",
           "المهيري|Al|Muhairi الكتبي|Al|Ketbi الشامسي|Al|Shamsi النعيمي|Al|Nuaimi الزعابي|Al|Zaabi الفلاسي|Al|Falasi"),
    "TH": ("ธนากร|Thanakorn วีรพงษ์|Weerapong ณัฐวุฒิ|Nattawut ประเสริฐ|Prasert อนุชา|Anucha กิตติพงษ์|Kittipong",
           "สุภาพร|Supaporn กนกวรรณ|Kanokwan พิมพ์ชนก|Pimchanok รัตนา|Rattana อรทัย|Orathai ศิริพร|Siriporn",
           "ศรีสุข|Srisuk บุญมา|Boonma แก้วมณี|Kaewmanee ทองดี|Thongdee วงศ์สวัสดิ์|Wongsawat จันทร์เพ็ญ|Chanpen"),
    "VN": ("Lộc Thắng Quyết Tuấn Hiếu Đạt",
           "Hạnh Trinh Nhung Thảo Uyên Diễm",
           "Lương Đinh Kiều Quách Vương Tạ Khúc Lã"),
    "ID": ("Bambang Hendra Agus Wahyu Joko Rudi Darmawan Yusuf",
           "Wulan Ratna Kartika Endang Dewi Fitriani Puspita Yuliani",
           "Siregar Nasution Pardede Wibowo Kusuma Hartono Santoso Prasetyo Gunawan Saputra Simatupang Hutapea"),
}
VN_MIDDLE_M = ["Bá", "Hữu", "Đức", "Duy"]
VN_MIDDLE_F = ["Mỹ", "Ngọc", "Diệu", "Bích"]
FAMILY_FIRST = {"JP", "KR", "CN", "VN"}
NONLATIN = {"IN", "GR", "RU", "JP", "KR", "CN", "AE", "TH"}
PARTICLES = {"van", "der", "de", "den", "da", "dos", "das", "di", "del", "al", "ter"}
SPANISH2 = {"ES", "MX"}


def _split(s):
    return s.split()


def parse_names(loc):
    gm, gf, fam = NAMES[loc]

    def one(tok):
        if "|" in tok and loc in NONLATIN:
            nat, rom = tok.split("|", 1)
        else:
            nat, rom = tok, tok
        return nat, rom
    g_m = [one(t) for t in _split(gm)]
    g_f = [one(t) for t in _split(gf)]
    fams = []
    for t in _split(fam):
        if loc == "AE":
            nat, rom = t.split("|", 1)
            rom = rom.replace("|", " ")
            fams.append(((nat, nat), (rom, rom)))
            continue
        if loc == "NL":
            w = t.replace("|", " ")
            fams.append(((w, w), (w, w)))
            continue
        nat, rom = one(t)
        nm, nf = (nat.split("/") + [nat])[:2] if "/" in nat else (nat, nat)
        rm, rf = (rom.split("/") + [rom])[:2] if "/" in rom else (rom, rom)
        fams.append(((nm, nf), (rm, rf)))
    return g_m, g_f, fams


class Person:
    __slots__ = ("loc", "female", "given", "family", "given_r", "family_r", "middle")

    def full(self, roman=False):
        g = self.given_r if roman else self.given
        f = self.family_r if roman else self.family
        if self.loc == "VN":
            return "%s %s %s" % (f, self.middle, g) if not roman else "%s %s %s" % (ascii_fold(f), ascii_fold(self.middle), ascii_fold(g))
        if self.loc in FAMILY_FIRST and not roman:
            if self.loc == "JP":
                return "%s %s" % (f, g)
            return f + g
        if self.loc in ("KR", "CN") and roman:
            return "%s %s" % (f, g)
        return "%s %s" % (g, f)

    def words(self):
        ws = set()
        for s in (self.full(False), self.full(True)):
            for w in re.split(r"[\s\-]+", s):
                if w and w.lower() not in PARTICLES:
                    ws.add(w)
        ws.add(self.given)
        ws.add(self.given_r)
        if self.loc in ("JP", "KR", "CN", "TH"):
            ws.add(self.family)
            ws.add(self.full(False).replace(" ", ""))
        return ws


def draw_person(R, loc, used, female=None):
    """A person of the locale whose name words are not in `used` (a set of
    lower-case words shared by the record)."""
    g_m, g_f, fams = parse_names(loc)
    for _ in range(60):
        fem = chance(R, 0.45) if female is None else female
        g = pick(R, g_f if fem else g_m)
        (fm, ff), (rm, rf) = pick(R, fams)
        p = Person()
        p.loc, p.female = loc, fem
        p.given, p.given_r = g
        p.family, p.family_r = (ff, rf) if fem else (fm, rm)
        p.middle = ""
        if loc in SPANISH2:
            (fm2, _), _ = pick(R, fams)
            if fm2 == p.family:
                continue
            p.family = p.family_r = p.family + " " + fm2
        if loc == "VN":
            p.middle = pick(R, VN_MIDDLE_F if fem else VN_MIDDLE_M)
            p.given_r, p.family_r = ascii_fold(p.given), ascii_fold(p.family)
        ws = {w.lower() for w in p.words() if w.lower() not in {m.lower() for m in VN_MIDDLE_M + VN_MIDDLE_F}}
        if ws & used:
            continue
        used |= ws
        return p
    return None


# ---------------------------------------------------------------- per locale data
LOC = {}


def _loc(code, **kw):
    LOC[code] = kw


_loc("US", lang="en", region="US", domains=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
     streets=["Tanager Hollow Rd", "Quarry Ridge Dr", "Sumac Bend Ln", "Old Ferry Pike", "Cottonwood Flats Ave", "Plover Point Ct", "Bluestem Trail", "Wagon Spur Rd"],
     towns=[("Reno", "NV", "895"), ("Des Moines", "IA", "503"), ("Chattanooga", "TN", "374"), ("Tacoma", "WA", "984"), ("Lubbock", "TX", "794"), ("Dayton", "OH", "454"), ("Savannah", "GA", "314"), ("Boise", "ID", "837")])
_loc("GB", lang="en", region="GB", domains=["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
     streets=["Quarry Bank Lane", "Heronsgate Road", "Tannery Row", "Wheelwright Close", "Sandpiper Walk", "Mill Leat Terrace", "Coppice View", "Ropewalk Street"],
     towns=[("Hexham", "NE46"), ("Wakefield", "WF2"), ("Kettering", "NN15"), ("Stoke-on-Trent", "ST4"), ("Felixstowe", "IP11"), ("Doncaster", "DN4"), ("Thurrock", "RM17"), ("Warrington", "WA5")])
_loc("IN", lang="hi", region="IN", domains=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
     streets=["गुलमोहर रेजीडेंसी|Gulmohar Residency", "साई कृपा अपार्टमेंट|Sai Kripa Apartments", "शांति कुंज सोसाइटी|Shanti Kunj Society", "पारिजात हाइट्स|Parijat Heights", "अमलतास एन्क्लेव|Amaltas Enclave"],
     towns=[("Bhiwandi", "Thane", "Maharashtra", "421302", "भिवंडी"), ("Manesar", "Gurugram", "Haryana", "122051", "मानेसर"), ("Sriperumbudur", "Kanchipuram", "Tamil Nadu", "602105", "श्रीपेरंबदूर"), ("Nagpur", "Nagpur", "Maharashtra", "440023", "नागपुर"), ("Indore", "Indore", "Madhya Pradesh", "452010", "इंदौर")])
_loc("DE", lang="de", region="DE", domains=["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
     streets=["Kranichweg", "Am Schleusenwärter", "Speicherstraße", "Lotsenstieg", "Deichgrafenweg", "Ladestraße", "Ankerwinde", "Zollhausgasse"],
     towns=[("Bremerhaven", "27572"), ("Duisburg", "47119"), ("Kassel", "34123"), ("Osnabrück", "49084"), ("Cuxhaven", "27472"), ("Erfurt", "99086"), ("Landshut", "84034"), ("Bad Hersfeld", "36251")])
_loc("FR", lang="fr", region="FR", domains=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
     streets=["rue des Haleurs", "impasse du Grand Quai", "allée des Gabiers", "rue du Bassin à Flot", "chemin des Éclusiers", "avenue des Entrepôts", "rue de la Darse", "place des Mariniers"],
     towns=[("Le Havre", "76600"), ("Roissy-en-France", "95700"), ("Saint-Quentin-Fallavier", "38070"), ("Vierzon", "18100"), ("Dunkerque", "59140"), ("Chalon-sur-Saône", "71100"), ("Cholet", "49300"), ("Béthune", "62400")])
_loc("ES", lang="es", region="ES", domains=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
     streets=["Calle de los Estibadores", "Calle del Muelle Viejo", "Avenida de la Aduana", "Calle Tartaneros", "Calle de las Grúas", "Paseo de los Arrieros", "Calle Bodegueros", "Calle del Almacén Real"],
     towns=[("Algeciras", "11201"), ("Coslada", "28821"), ("Valencia", "46024"), ("Alcalá de Henares", "28806"), ("Getafe", "28904"), ("Lugo", "27003"), ("Cáceres", "10005"), ("Tarragona", "43004")])
_loc("MX", lang="es", region="MX", domains=["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
     streets=["Calle Cargadores", "Calle Ferrocarrileros", "Av. de los Transportistas", "Calle Aduana Vieja", "Calle Maquiladores", "Calle Troqueladores"],
     towns=[("Nuevo Laredo", "Tamaulipas", "88", "Col. Aduanal"), ("Tlalnepantla", "Edo. Méx.", "54", "Col. Los Reyes Ixtacala"), ("Apodaca", "N.L.", "66", "Col. Huinalá"), ("Manzanillo", "Col.", "28", "Col. Las Brisas"), ("Querétaro", "Qro.", "76", "Col. El Pueblito")])
_loc("IT", lang="it", region="IT", domains=["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
     streets=["Via dei Facchini", "Via della Darsena", "Via degli Spedizionieri", "Via Calata Mandraccio", "Via dei Carrettieri", "Via Stazione Merci", "Via del Magazzino Vecchio", "Via degli Scaricatori"],
     towns=[("Livorno", "57123", "LI"), ("Piacenza", "29122", "PC"), ("Novara", "28100", "NO"), ("La Spezia", "19126", "SP"), ("Verona", "37135", "VR"), ("Nola", "80035", "NA"), ("Trieste", "34145", "TS"), ("Bergamo", "24126", "BG")])
_loc("NL", lang="nl", region="NL", domains=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
     streets=["Stuwadoorsweg", "Loodsenkade", "Sleepbootstraat", "Containerlaan", "Kraanmeesterhof", "Binnenvaartkade", "Expeditieweg", "Meerpaalstraat"],
     towns=[("Venlo", "59"), ("Tilburg", "50"), ("Rotterdam", "30"), ("Zaandam", "15"), ("Moerdijk", "47"), ("Nijmegen", "65"), ("Zwolle", "80"), ("Roosendaal", "47")])
_loc("PL", lang="pl", region="PL", domains=["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
     streets=["ul. Przeładunkowa", "ul. Spedytorów", "ul. Dokerów", "ul. Magazynowa", "ul. Celników", "ul. Kolejarzy", "ul. Portowa", "ul. Wózkowa"],
     towns=[("Stryków", "95-010"), ("Gdynia", "81-336"), ("Poznań", "61-248"), ("Sosnowiec", "41-200"), ("Małaszewicze", "21-540"), ("Łódź", "92-402"), ("Wrocław", "54-616"), ("Rzeszów", "35-234")])
_loc("PT", lang="pt", region="PT", domains=["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
     streets=["Rua dos Fragateiros", "Rua do Cais Novo", "Travessa dos Carregadores", "Rua da Alfândega Velha", "Rua dos Calafates", "Avenida dos Estivadores"],
     towns=[("Leixões", "4450-208", "Matosinhos"), ("Alverca do Ribatejo", "2615-056", "Alverca do Ribatejo"), ("Setúbal", "2900-182", "Setúbal"), ("Aveiro", "3810-164", "Aveiro"), ("Sines", "7520-203", "Sines"), ("Braga", "4700-321", "Braga")])
_loc("BR", lang="pt", region="BR", domains=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
     streets=["Rua dos Estivadores", "Rua Armazém Três", "Rua das Empilhadeiras", "Avenida dos Caminhoneiros", "Rua do Porto Seco", "Rua dos Despachantes"],
     towns=[("Paranaguá", "PR", "83203", "Rocio"), ("Guarulhos", "SP", "07190", "Cumbica"), ("Itajaí", "SC", "88303", "Fazenda"), ("Contagem", "MG", "32040", "Cidade Industrial"), ("Cajamar", "SP", "07790", "Jordanésia"), ("Canoas", "RS", "92410", "Niterói")])
_loc("TR", lang="tr", region="TR", domains=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
     streets=["Liman Yolu", "Antrepo", "Gümrükçü", "Konteyner", "Hamal", "Vinç"],
     towns=[("Dilovası", "Kocaeli", "41455", "Tavşancıl"), ("Gebze", "Kocaeli", "41400", "Sultanorhan"), ("Mersin", "Mersin", "33020", "Kiremithane"), ("Torbalı", "İzmir", "35860", "Ayrancılar"), ("Kemalpaşa", "İzmir", "35730", "Ulucak"), ("Çorlu", "Tekirdağ", "59860", "Velimeşe")])
_loc("SE", lang="sv", region="SE", domains=["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
     streets=["Stuvaregatan", "Pråmvägen", "Kajmästargränd", "Godsbangatan", "Lastkajen", "Truckförargatan", "Tullhusvägen", "Fraktgatan"],
     towns=[("Jönköping", "553 03"), ("Göteborg", "418 34"), ("Norrköping", "602 38"), ("Örebro", "702 27"), ("Helsingborg", "252 78"), ("Eskilstuna", "633 46")])
_loc("CZ", lang="cs", region="CZ", domains=["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
     streets=["Překladištní", "Skladová", "Celní", "Vozatajská", "Nákladní", "Kontejnerová"],
     towns=[("Pardubice", "530 02"), ("Ostrava", "702 00"), ("Kladno", "272 01"), ("Lovosice", "410 02"), ("Brno", "619 00"), ("Jihlava", "586 01")])
_loc("GR", lang="el", region="GR", domains=["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
     streets=["Λιμενεργατών|Limenergaton", "Τελωνείου|Teloneiou", "Αποθηκαρίων|Apothikarion", "Φορτοεκφορτωτών|Fortoekfortoton", "Ναυτιλίας|Naftilias", "Εμπορευματοκιβωτίων|Emporevmatokivotion"],
     towns=[("Πειραιάς|Piraeus", "185 45"), ("Θεσσαλονίκη|Thessaloniki", "546 27"), ("Ασπρόπυργος|Aspropyrgos", "193 00"), ("Βόλος|Volos", "383 33"), ("Πάτρα|Patra", "262 22"), ("Ηράκλειο|Heraklion", "713 07")])
_loc("RU", lang="ru", region="RU", domains=["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"],
     streets=["Грузчиков|Gruzchikov", "Таможенная|Tamozhennaya", "Складская|Skladskaya", "Пакгаузная|Pakgauznaya", "Экспедиторов|Ekspeditorov", "Перегрузочная|Peregruzochnaya"],
     towns=[("Подольск|Podolsk", "142110"), ("Новороссийск|Novorossiysk", "353900"), ("Екатеринбург|Yekaterinburg", "620017"), ("Химки|Khimki", "141407"), ("Тольятти|Tolyatti", "445037"), ("Калуга|Kaluga", "248016")])
_loc("JP", lang="ja", region="JP", domains=["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "nifty.com"],
     streets=["港南|Konan", "流通センター|Ryutsu Center", "倉庫町|Sokomachi", "平和島|Heiwajima", "潮見|Shiomi"],
     towns=[("東京都大田区|Ota-ku, Tokyo", "143-0006"), ("大阪府茨木市|Ibaraki, Osaka", "567-0853"), ("愛知県小牧市|Komaki, Aichi", "485-0825"), ("福岡県粕屋町|Kasuya, Fukuoka", "811-2317"), ("埼玉県三郷市|Misato, Saitama", "341-0038")])
_loc("KR", lang="ko", region="KR", domains=["naver.com", "daum.net", "gmail.com", "kakao.com"],
     streets=["물류단지로|Mulryudanji-ro", "항만대로|Hangmandae-ro", "부두로|Budu-ro", "화물터미널길|Hwamulteomineol-gil", "세관로|Segwan-ro"],
     towns=[("인천광역시 중구|Jung-gu, Incheon", "22382"), ("부산광역시 강서구|Gangseo-gu, Busan", "46729"), ("경기도 이천시|Icheon-si, Gyeonggi-do", "17383"), ("경기도 평택시|Pyeongtaek-si, Gyeonggi-do", "17958"), ("대구광역시 북구|Buk-gu, Daegu", "41501")])
_loc("CN", lang="zh", region="CN", domains=["qq.com", "163.com", "126.com", "sina.com"],
     streets=["港城路|Gangcheng Rd", "保税区路|Baoshuiqu Rd", "物流大道|Wuliu Ave", "集运路|Jiyun Rd", "仓储路|Cangchu Rd"],
     towns=[("上海市浦东新区|Pudong New Area, Shanghai", "201306", "310115"), ("广东省深圳市宝安区|Bao'an District, Shenzhen", "518128", "440306"), ("浙江省宁波市北仑区|Beilun District, Ningbo", "315800", "330206"), ("四川省成都市双流区|Shuangliu District, Chengdu", "610200", "510116"), ("天津市滨海新区|Binhai New Area, Tianjin", "300450", "120116")])
_loc("AE", lang="ar", region="AE", domains=["gmail.com", "hotmail.com", "outlook.com", "eim.ae"],
     streets=["الميناء|Al Meena", "الجمارك|Al Jamarek", "الشحن|Al Shahn", "المستودعات|Al Mustawdaat"],
     towns=[("جبل علي|Jebel Ali", "دبي|Dubai"), ("القصيص|Al Qusais", "دبي|Dubai"), ("المصفح|Mussafah", "أبوظبي|Abu Dhabi"), ("الخان|Al Khan", "الشارقة|Sharjah")])
_loc("TH", lang="th", region="TH", domains=["gmail.com", "hotmail.com", "yahoo.co.th"],
     streets=["ท่าเรือ|Tha Ruea", "ขนส่ง|Khonsong", "คลังสินค้า|Khlang Sinkha", "ศุลกากร|Sunlakakon"],
     towns=[("แหลมฉบัง|Laem Chabang", "ศรีราชา|Si Racha", "ชลบุรี|Chon Buri", "20230"), ("บางนา|Bang Na", "บางนา|Bang Na", "กรุงเทพมหานคร|Bangkok", "10260"), ("ลาดกระบัง|Lat Krabang", "ลาดกระบัง|Lat Krabang", "กรุงเทพมหานคร|Bangkok", "10520"), ("บางพลี|Bang Phli", "บางพลี|Bang Phli", "สมุทรปราการ|Samut Prakan", "10540")])
_loc("VN", lang="vi", region="VN", domains=["gmail.com", "yahoo.com.vn", "outlook.com"],
     streets=["Bến Nghé Mới", "Kho Vận", "Cảng Cát Lái", "Tân Thuận Đông", "Phà Rừng"],
     towns=[("Nhơn Trạch", "Đồng Nai", "075"), ("Hải An", "Hải Phòng", "031"), ("Từ Sơn", "Bắc Ninh", "027"), ("Dĩ An", "Bình Dương", "074"), ("Liên Chiểu", "Đà Nẵng", "048")])
_loc("ID", lang="id", region="ID", domains=["gmail.com", "yahoo.co.id", "outlook.com"],
     streets=["Jl. Pelabuhan Baru", "Jl. Gudang Garam Laut", "Jl. Ekspedisi", "Jl. Bongkar Muat", "Jl. Peti Kemas", "Jl. Bea Cukai Lama"],
     towns=[("Cilincing", "Jakarta Utara", "14120", "317204"), ("Cikarang Barat", "Kab. Bekasi", "17530", "321617"), ("Tanjung Perak", "Surabaya", "60165", "357826"), ("Pulau Baai", "Bengkulu", "38216", "177104"), ("Batam Kota", "Batam", "29432", "217104")])

LOCS = list(LOC)
LANGS = sorted({v["lang"] for v in LOC.values()} | {"en"})


def two(R, s):
    """native|roman pair -> (native, roman)."""
    if "|" in s:
        a, b = s.split("|", 1)
        return a, b
    return s, s


# ---------------------------------------------------------------- addresses
def address(R, loc, roman=False, multiline=False):
    """A home address of the locale (one string; lines joined by ', ' or
    '\\n')."""
    d = LOC[loc]
    sep = "\n" if multiline else ", "
    st = pick(R, d["streets"])
    tw = pick(R, d["towns"])
    n = R.randint(2, 148)
    if loc == "US":
        unit = ", Apt %d" % R.randint(2, 40) if chance(R, 0.3) else ""
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, unit, sep, tw[0], tw[1], tw[2], R.randint(1, 99))
    if loc == "GB":
        flat = "Flat %d, " % R.randint(1, 12) if chance(R, 0.25) else ""
        return "%s%d %s%s%s %s %d%s" % (flat, n, st, sep, tw[0], tw[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXY") + R.choice("ABDEFGHJLNPQRSTUWXY"))
    if loc == "IN":
        b_n, b_r = two(R, st)
        if roman:
            return "Flat %d%02d, %s%sNear Octroi Naka, %s, Dist. %s%s%s %s" % (R.randint(1, 9), R.randint(1, 12), b_r, sep, tw[0], tw[1], sep, tw[2], tw[3]) if chance(R, 0.4) else \
                "Flat %d%02d, %s, %s, %s %s" % (R.randint(1, 9), R.randint(1, 12), b_r, tw[0], tw[2], tw[3])
        return "फ्लैट %d%02d, %s, %s - %s" % (R.randint(1, 9), R.randint(1, 12), b_n, tw[4], tw[3])
    if loc == "DE":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "", "a", "b"]), sep, tw[1], tw[0])
    if loc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", "", "", " bis", " ter"]), st, sep, tw[1], tw[0])
    if loc == "ES":
        return "%s, %d, %dº %s%s%s %s" % (st, n, R.randint(1, 9), R.choice("ABCD"), sep, tw[1], tw[0])
    if loc == "MX":
        return "%s %d, %s%s%s%03d %s, %s" % (st, n, tw[3], sep, tw[2], R.randint(0, 999), tw[0], tw[1])
    if loc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, sep, tw[1], tw[0], tw[2])
    if loc == "NL":
        return "%s %d%s%s%s%02d %s%s %s" % (st, n, R.choice(["", "", "-A", " bis"]), sep, tw[1], R.randint(11, 99), R.choice("BCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRTVWXZ"), tw[0])
    if loc == "PL":
        return "%s %d/%d%s%s %s" % (st, n, R.randint(1, 60), sep, tw[1], tw[0])
    if loc == "PT":
        return "%s, %d, %dº %s%s%s %s" % (st, n, R.randint(1, 8), R.choice(["Esq.", "Dto.", "Frt."]), sep, tw[1], tw[2])
    if loc == "BR":
        return "%s, %d, apto %d - %s%s%s - %s, %s-%03d" % (st, R.randint(10, 2900), R.randint(11, 1204), tw[3], sep, tw[0], tw[1], tw[2], R.randint(0, 999))
    if loc == "TR":
        return "%s Mah. %s Sok. No: %d D: %d%s%s %s/%s" % (tw[3], st, n, R.randint(1, 24), sep, tw[2], tw[0], tw[1])
    if loc == "SE":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "", " A", " B"]), sep, tw[1], tw[0])
    if loc == "CZ":
        return "%s %d/%d%s%s %s" % (st, R.randint(100, 2999), R.randint(1, 60), sep, tw[1], tw[0])
    if loc == "GR":
        s_n, s_r = two(R, st)
        t_n, t_r = two(R, tw[0])
        if roman:
            return "%s %d%s%s %s" % (s_r, n, sep, tw[1], t_r)
        return "%s %d%s%s %s" % (s_n, n, sep, tw[1], t_n)
    if loc == "RU":
        s_n, s_r = two(R, st)
        t_n, t_r = two(R, tw[0])
        if roman:
            return "ul. %s, d. %d, kv. %d%s%s, %s" % (s_r, n, R.randint(1, 240), sep, t_r, tw[1])
        return "ул. %s, д. %d, кв. %d%sг. %s, %s" % (s_n, n, R.randint(1, 240), sep, t_n, tw[1])
    if loc == "JP":
        s_n, s_r = two(R, st)
        t_n, t_r = two(R, tw[0])
        a, b, c = R.randint(1, 6), R.randint(1, 30), R.randint(1, 20)
        if roman:
            return "%d-%d-%d %s%s%s %s" % (a, b, c, s_r, sep, t_r, tw[1])
        return "〒%s %s%s%d丁目%d-%d" % (tw[1], t_n, s_n, a, b, c)
    if loc == "KR":
        s_n, s_r = two(R, st)
        t_n, t_r = two(R, tw[0])
        unit = R.randint(101, 1904)
        if roman:
            return "%d %s, %d-ho%s%s %s" % (n, s_r, unit, sep, t_r, tw[1])
        return "%s %s %d, %d동 %d호" % (t_n, s_n, n, R.randint(101, 115), unit)
    if loc == "CN":
        s_n, s_r = two(R, st)
        t_n, t_r = two(R, tw[0])
        if roman:
            return "Room %d, No. %d %s%s%s %s" % (R.randint(101, 2806), n, s_r, sep, t_r, tw[1])
        return "%s%s%d号%d栋%d室" % (t_n, s_n, n, R.randint(1, 18), R.randint(101, 2806))
    if loc == "AE":
        s_n, s_r = two(R, st)
        a_n, a_r = two(R, tw[0])
        c_n, c_r = two(R, tw[1])
        if roman:
            return "Villa %d, Street %d, %s%s%s" % (n, R.randint(3, 40), a_r, sep, c_r)
        return "فيلا %d، شارع %d، %s، %s" % (n, R.randint(3, 40), a_n, c_n)
    if loc == "TH":
        s_n, s_r = two(R, st)
        k_n, k_r = two(R, tw[0])
        d_n, d_r = two(R, tw[1])
        p_n, p_r = two(R, tw[2])
        hn = "%d/%d" % (R.randint(10, 399), R.randint(1, 99))
        if roman:
            return "%s Soi %s %d, %s, %s%s%s %s" % (hn, s_r, R.randint(1, 30), k_r, d_r, sep, p_r, tw[3])
        return "%s ซอย%s %d แขวง%s เขต%s%s%s %s" % (hn, s_n, R.randint(1, 30), k_n, d_n, sep, p_n, tw[3])
    if loc == "VN":
        return "Số %d ngõ %d đường %s%sphường %d, quận %s, %s" % (n, R.randint(2, 90), st, sep, R.randint(1, 15), tw[0], tw[1])
    if loc == "ID":
        return "%s No. %d, RT %03d/RW %03d%s%s, %s %s" % (st, n, R.randint(1, 12), R.randint(1, 9), sep, tw[0], tw[1], tw[2])
    raise KeyError(loc)


# ---------------------------------------------------------------- phones
def _fmt(nsn, pattern):
    out, i = "", 0
    for ch in pattern:
        if ch == "#":
            out += nsn[i]
            i += 1
        else:
            out += ch
    assert i == len(nsn), (nsn, pattern)
    return out


MOBILE_FORMS = {
    "US": [("1", "(###) ###-####"), ("1", "###-###-####"), ("1", "###.###.####"), ("1", "+1 ### ### ####"), ("1", "+1-###-###-####")],
    "GB": [("44", "0#### ######"), ("44", "+44 #### ######"), ("44", "+44##########")],
    "IN": [("91", "+91 ##### #####"), ("91", "0##### #####"), ("91", "##### #####"), ("91", "+91-##########")],
    "DE": [("49", "0### ########"), ("49", "+49 ### ########"), ("49", "0###/########")],
    "FR": [("33", "0# ## ## ## ##"), ("33", "+33 # ## ## ## ##"), ("33", "0#.##.##.##.##")],
    "ES": [("34", "### ### ###"), ("34", "+34 ### ## ## ##"), ("34", "+34 ### ### ###")],
    "MX": [("52", "## #### ####"), ("52", "+52 ## #### ####"), ("52", "+52 ## ## ## ## ##")],
    "IT": [("39", "### ### ####"), ("39", "+39 ### #######"), ("39", "###/#######")],
    "NL": [("31", "0#-########"), ("31", "0# ## ## ## ##"), ("31", "+31 # ########")],
    "PL": [("48", "### ### ###"), ("48", "+48 ### ### ###"), ("48", "+48 ###-###-###")],
    "PT": [("351", "### ### ###"), ("351", "+351 ### ### ###")],
    "BR": [("55", "(##) #####-####"), ("55", "+55 ## #####-####"), ("55", "+55 (##) #####-####")],
    "TR": [("90", "0### ### ## ##"), ("90", "+90 ### ### ## ##"), ("90", "0 (###) ### ## ##")],
    "SE": [("46", "0##-### ## ##"), ("46", "+46 ## ### ## ##"), ("46", "0## ### ## ##")],
    "CZ": [("420", "### ### ###"), ("420", "+420 ### ### ###")],
    "GR": [("30", "### ### ####"), ("30", "+30 ### ### ####"), ("30", "+30 ##########")],
    "RU": [("7", "+7 ### ###-##-##"), ("7", "8 (###) ###-##-##"), ("7", "8-###-###-##-##")],
    "JP": [("81", "0##-####-####"), ("81", "+81 ##-####-####")],
    "KR": [("82", "0##-####-####"), ("82", "+82 ##-####-####")],
    "CN": [("86", "### #### ####"), ("86", "+86 ### #### ####"), ("86", "###########")],
    "AE": [("971", "0## ### ####"), ("971", "+971 ## ### ####"), ("971", "+971-##-#######")],
    "TH": [("66", "0##-###-####"), ("66", "+66 ## ### ####")],
    "VN": [("84", "0### ### ###"), ("84", "+84 ## ### ## ##"), ("84", "0#########")],
    "ID": [("62", "0###-####-####"), ("62", "+62 ###-####-####"), ("62", "0### #### ####")],
}


def mobile_nsn(R, loc):
    if loc == "FR":
        return R.choice(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + digits(R, 7)
    if loc in PLANS and loc not in ("US",):
        cc, trunk, kinds = PLANS[loc]
        k = "mobile" if "mobile" in kinds else ("any" if "any" in kinds else sorted(kinds)[0])
        if loc == "DE":
            k = R.choice(["mobile", "mobile7"])
        return kinds[k](R)
    if loc == "US":
        return _nanp_line(R, US_AREAS)
    if loc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "46", "49", "52", "53", "55"]) + digits(R, 7)
    if loc == "CZ":
        return R.choice(["602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724", "728", "731", "732", "733", "736", "737", "739", "773", "775", "776", "777"]) + digits(R, 6)
    if loc == "GR":
        return "69" + R.choice("34789") + digits(R, 7)
    if loc == "KR":
        return "10" + nz(R, 8)
    if loc == "AE":
        return "5" + R.choice("024568") + digits(R, 7)
    if loc == "TH":
        return R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95"]) + digits(R, 7)
    if loc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "39", "70", "77", "78", "83", "84", "85"]) + digits(R, 7)
    if loc == "ID":
        return "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "57", "58", "77", "78", "95", "96", "97"]) + digits(R, 8)
    raise KeyError(loc)


def mobile(R, loc, intl=False):
    """(text, cc): a mobile of the locale in one of its layouts (literal
    prefix, '#' for the digits of the national significant number)."""
    nsn = mobile_nsn(R, loc)
    forms = [f for f in MOBILE_FORMS[loc] if f[1].startswith("+")] if intl else MOBILE_FORMS[loc]
    cc, pat = pick(R, forms)
    if pat.count("#") != len(nsn):
        pat = _fit(pat, len(nsn))
    return _fmt(nsn, pat), cc


def _fit(pat, n):
    """Adjust a layout to an NSN of n digits: extend or trim the last group."""
    k = pat.count("#")
    if k < n:
        return pat + "#" * (n - k)
    out = []
    drop = k - n
    for ch in reversed(pat):
        if ch == "#" and drop:
            drop -= 1
            continue
        out.append(ch)
    return "".join(reversed(out)).rstrip(" -./")


FIXED = {
    "US": lambda R: (_fmt(_nanp_line(R, US_AREAS), pick(R, ["(###) ###-####", "###-###-####"])), "1"),
    "GB": lambda R: (pick(R, ["0113 ", "0161 ", "0121 ", "0114 "]) + R.choice("2345") + digits(R, 2) + " " + digits(R, 4), "44"),
    "IN": lambda R: (pick(R, ["022 2", "020 2", "080 2"]) + digits(R, 3) + " " + digits(R, 4), "91"),
    "DE": lambda R: (pick(R, ["040 ", "0421 ", "0471 ", "0541 ", "0561 "]) + nz(R, 7), "49"),
    "FR": lambda R: ("0" + R.choice("2345") + " " + R.choice("123456789") + digits(R, 1) + " " + " ".join(digits(R, 2) for _ in range(3)), "33"),
    "ES": lambda R: (pick(R, ["91", "93", "95", "96"]) + R.choice("2345") + " " + digits(R, 3) + " " + digits(R, 3), "34"),
    "IT": lambda R: (pick(R, ["02 ", "06 ", "0586 ", "010 "]) + R.choice("2345") + digits(R, 6), "39"),
    "NL": lambda R: (pick(R, ["010-", "020-", "013-", "077-"]) + R.choice("2345") + digits(R, 6), "31"),
    "PL": lambda R: (pick(R, ["22 ", "58 ", "61 ", "42 "]) + R.choice("5678") + digits(R, 2) + " " + digits(R, 2) + " " + digits(R, 2), "48"),
    "PT": lambda R: (pick(R, ["22", "21"]) + R.choice("2345678") + " " + digits(R, 3) + " " + digits(R, 3), "351"),
    "BR": lambda R: ("(%s) %s-%s" % (pick(R, ["11", "13", "47", "31", "51"]), R.choice("2345") + digits(R, 3), digits(R, 4)), "55"),
    "TR": lambda R: (pick(R, ["0212 ", "0216 ", "0262 ", "0232 "]) + R.choice("2345") + digits(R, 2) + " " + digits(R, 2) + " " + digits(R, 2), "90"),
    "SE": lambda R: (pick(R, ["031-", "036-", "011-"]) + R.choice("123456") + digits(R, 2) + " " + digits(R, 2) + " " + digits(R, 2), "46"),
    "RU": lambda R: ("8 (%s) %s-%s-%s" % (pick(R, ["495", "499", "812"]), nz(R, 3), digits(R, 2), digits(R, 2)), "7"),
    "JP": lambda R: (pick(R, ["03-", "06-"]) + R.choice("3456") + digits(R, 3) + "-" + digits(R, 4), "81"),
    "KR": lambda R: ("02-" + R.choice("23456789") + digits(R, 2) + "-" + digits(R, 4), "82"),
    "CN": lambda R: ("021-" + R.choice("56") + digits(R, 7), "86"),
}


TRUNK0 = {"GB", "IN", "DE", "FR", "NL", "TR", "SE", "JP", "KR", "AE", "TH", "VN", "ID"}


def phone_label(R, loc, text_region, kind="mobile"):
    """L(phone) for a number of `loc`, read in `text_region`; a foreign
    number is written internationally and carries `plan`."""
    foreign = loc != text_region
    if kind == "fixed" and loc in FIXED:
        txt, cc = FIXED[loc](R)
        if foreign:
            nsn = re.sub(r"\D", "", txt)
            if loc in TRUNK0 and nsn.startswith("0"):
                nsn = nsn[1:]
            if loc == "RU" and nsn.startswith("8"):
                nsn = nsn[1:]
            txt = "+%s %s" % (cc, nsn)
    else:
        kind = "mobile"
        txt, cc = mobile(R, loc, intl=foreign)
    meta = {"sub": kind, "region": text_region}
    if foreign:
        meta["plan"] = loc
    return L("phone", txt, **meta)


# ---------------------------------------------------------------- dates of birth
DOB_FMT = {
    "US": ["%m/%d/%Y", "MON %d, %Y"], "GB": ["%d/%m/%Y", "%d MON %Y"], "IN": ["%d/%m/%Y", "%d-%m-%Y"],
    "DE": ["%d.%m.%Y"], "FR": ["%d/%m/%Y", "%d MON %Y"], "ES": ["%d/%m/%Y"], "MX": ["%d/%m/%Y"],
    "IT": ["%d/%m/%Y"], "NL": ["%d-%m-%Y"], "PL": ["%d.%m.%Y"], "PT": ["%d/%m/%Y"], "BR": ["%d/%m/%Y"],
    "TR": ["%d.%m.%Y"], "SE": ["%Y-%m-%d"], "CZ": ["D. M. %Y"], "GR": ["%d/%m/%Y"], "RU": ["%d.%m.%Y"],
    "JP": ["%Y年M月D日", "%Y/%m/%d"], "KR": ["%Y. %m. %d.", "%Y년 M월 D일"], "CN": ["%Y年M月D日", "%Y-%m-%d"],
    "AE": ["%d/%m/%Y"], "TH": ["%d/%m/%Y"], "VN": ["%d/%m/%Y"], "ID": ["%d-%m-%Y"],
}


def dob_text(R, loc, d, roman=False):
    fmts = DOB_FMT[loc]
    f = pick(R, fmts)
    if roman and loc in ("JP", "KR", "CN"):
        f = "%Y-%m-%d"
    s = f.replace("MON", "@M@").replace("D. M.", "%-d. %-m.").replace("M月D日", "%-m月%-d日").replace("M월 D일", "%-m월 %-d일")
    s = d.strftime(s.replace("%-d", str(d.day)).replace("%-m", str(d.month)))
    if "@M@" in s:
        lang = "en" if loc in ("US", "GB") else "fr"
        s = s.replace("@M@", MONTHS[lang][d.month - 1])
    if loc == "TH" and not roman and chance(R, 0.5):
        s = "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    return s


def birth(R, lo=1958, hi=2003):
    return rdate(R, lo, hi)


# ---------------------------------------------------------------- e-mails
def email_personal(R, p, loc):
    g, f = slug(p.given_r), slug(p.family_r.split()[-1] if p.loc != "NL" else p.family_r)
    local = pick(R, ["%s.%s" % (g, f), "%s%s%d" % (g[0], f, R.randint(1, 99)), "%s_%s" % (f, g), "%s.%s%d" % (g, f, R.randint(70, 99)), "%s%s" % (g, f)])
    return L("email", "%s@%s" % (local, pick(R, LOC[loc]["domains"])), sub="personal")


def email_work(R, p, domain):
    g, f = slug(p.given_r), slug(p.family_r.split()[-1] if p.loc != "NL" else p.family_r)
    local = pick(R, ["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s%s" % (g[0], f), "%s" % g])
    return L("email", "%s@%s" % (local, domain), sub="work")


def name_label(p, roman=False, sub=None):
    meta = {"sub": sub} if sub else {}
    return L("person", p.full(roman), **meta)


# ====================================================================== request lines
# kinds: table, check, summary, reply, explain, strip
REQ = {
    "en": ["Can you put this into a clean table, one row per person?",
           "Can you check this before I send it? Anything missing or inconsistent?",
           "Summarise this for the morning handover in the transport office, please.",
           "Help me write a short, polite reply to this.",
           "What is this actually saying? Explain it like I'm new to the job.",
           "I have to forward this to the insurer / the client. What should I take out first?"],
    "hi": ["इसे एक साफ़ टेबल में बना दो, हर व्यक्ति की एक लाइन।",
           "भेजने से पहले इसे चेक कर दो, कुछ छूटा तो नहीं?",
           "सुबह की हैंडओवर मीटिंग के लिए इसका छोटा सा सारांश बना दो।",
           "इसका एक छोटा और विनम्र जवाब लिखने में मदद करो।",
           "इसमें असल में क्या लिखा है? आसान भाषा में समझाओ।",
           "यह क्लाइंट को फ़ॉरवर्ड करना है, पहले इसमें से क्या हटाना चाहिए?"],
    "de": ["Kannst du das in eine saubere Tabelle bringen, eine Zeile pro Person?",
           "Bitte kurz gegenlesen, bevor ich es abschicke. Fehlt etwas?",
           "Mach mir daraus eine kurze Übergabe für die Frühschicht in der Dispo.",
           "Hilf mir bitte, eine kurze, freundliche Antwort darauf zu schreiben.",
           "Was steht da eigentlich drin? Erklär es mir, als wäre ich neu im Lager.",
           "Das muss an die Versicherung. Was sollte ich vorher rausnehmen?"],
    "fr": ["Tu peux mettre ça dans un tableau propre, une ligne par personne ?",
           "Tu peux relire avant que je l'envoie ? Il manque quelque chose ?",
           "Fais-moi un résumé court pour la relève de l'exploitation demain matin.",
           "Aide-moi à répondre à ça, court et poli.",
           "Qu'est-ce que ça dit exactement ? Explique-moi simplement, je débute au quai.",
           "Je dois transmettre ça à l'assureur. Qu'est-ce que je dois enlever avant ?"],
    "es": ["¿Me lo pasas a una tabla limpia, una fila por persona?",
           "¿Puedes revisarlo antes de mandarlo? ¿Falta algo?",
           "Hazme un resumen corto para el relevo de tráfico de mañana.",
           "Ayúdame a contestar esto de forma breve y educada.",
           "¿Qué dice esto en realidad? Explícamelo como si fuera nuevo en el almacén.",
           "Tengo que reenviarlo a la aseguradora. ¿Qué debería quitar antes?"],
    "it": ["Me lo metti in una tabella pulita, una riga per persona?",
           "Puoi ricontrollarlo prima che lo mandi? Manca qualcosa?",
           "Fammi un riassunto breve per il passaggio di consegne del turno di domani.",
           "Aiutami a scrivere una risposta breve e gentile.",
           "Cosa dice davvero questo? Spiegamelo come se fossi nuovo in magazzino.",
           "Devo girarlo all'assicurazione. Cosa dovrei togliere prima?"],
    "nl": ["Zet dit in een nette tabel, één rij per persoon.",
           "Kun je dit nakijken voordat ik het verstuur? Mist er iets?",
           "Maak hier een korte overdracht van voor de vroege dienst op de planning.",
           "Help me een kort en beleefd antwoord te schrijven.",
           "Wat staat hier eigenlijk? Leg het uit alsof ik net in het magazijn begin.",
           "Dit moet naar de verzekeraar. Wat moet ik er eerst uithalen?"],
    "pl": ["Możesz to ułożyć w czytelną tabelę, jeden wiersz na osobę?",
           "Sprawdź to, zanim wyślę. Czegoś brakuje?",
           "Zrób z tego krótkie podsumowanie na poranną zmianę w dyspozytorni.",
           "Pomóż mi napisać krótką, uprzejmą odpowiedź.",
           "Co tu właściwie jest napisane? Wyjaśnij jak nowemu magazynierowi.",
           "Muszę to przesłać ubezpieczycielowi. Co powinienem wcześniej usunąć?"],
    "pt": ["Consegues pôr isto numa tabela limpa, uma linha por pessoa?",
           "Podes rever antes de eu enviar? Falta alguma coisa?",
           "Faz-me um resumo curto para a passagem de turno de amanhã cedo.",
           "Ajuda-me a escrever uma resposta curta e educada.",
           "O que é que isto diz afinal? Explica como se eu fosse novo no armazém.",
           "Tenho de reencaminhar isto para a seguradora. O que devo tirar antes?"],
    "tr": ["Bunu kişi başına bir satır olacak şekilde düzgün bir tabloya döker misin?",
           "Göndermeden önce kontrol eder misin? Eksik bir şey var mı?",
           "Sabah vardiyası devri için bundan kısa bir özet çıkar.",
           "Buna kısa ve kibar bir cevap yazmama yardım et.",
           "Bu aslında ne diyor? Depoda yeni başlamış birine anlatır gibi açıkla.",
           "Bunu sigortaya iletmem lazım. Önce neleri çıkarmalıyım?"],
    "sv": ["Kan du göra en snygg tabell av det här, en rad per person?",
           "Kan du kolla det här innan jag skickar det? Saknas något?",
           "Gör en kort överlämning av det här till morgonpasset på trafikledningen.",
           "Hjälp mig skriva ett kort och artigt svar.",
           "Vad står det egentligen här? Förklara som om jag var ny på lagret.",
           "Det här ska till försäkringsbolaget. Vad bör jag ta bort först?"],
    "cs": ["Můžeš to dát do přehledné tabulky, jeden řádek na osobu?",
           "Zkontroluj to, než to odešlu. Chybí tam něco?",
           "Udělej z toho krátké předání pro ranní směnu na dispečinku.",
           "Pomoz mi napsat krátkou a zdvořilou odpověď.",
           "Co tu vlastně stojí? Vysvětli mi to, jako bych byl ve skladu nový.",
           "Musím to přeposlat pojišťovně. Co bych měl předtím vymazat?"],
    "el": ["Μπορείς να το βάλεις σε έναν καθαρό πίνακα, μία γραμμή ανά άτομο;",
           "Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;",
           "Κάνε μου μια σύντομη περίληψη για την παράδοση της πρωινής βάρδιας.",
           "Βοήθησέ με να γράψω μια σύντομη και ευγενική απάντηση.",
           "Τι λέει τελικά αυτό; Εξήγησέ το σαν να είμαι καινούριος στην αποθήκη.",
           "Πρέπει να το προωθήσω στην ασφαλιστική. Τι να αφαιρέσω πρώτα;"],
    "ru": ["Сведи это в аккуратную таблицу, по одной строке на человека.",
           "Проверь, пожалуйста, перед отправкой. Ничего не упущено?",
           "Сделай короткую сводку для передачи утренней смене диспетчеров.",
           "Помоги написать короткий вежливый ответ.",
           "Что здесь на самом деле написано? Объясни, как новичку на складе.",
           "Это нужно переслать страховой. Что стоит убрать перед отправкой?"],
    "ja": ["これを一人一行のきれいな表にまとめてもらえますか？",
           "送る前にチェックしてください。抜けている項目はありますか？",
           "朝の配車担当への引き継ぎ用に短くまとめてください。",
           "これに短く丁寧に返信する文面を手伝ってください。",
           "これは結局何と書いてあるのですか？倉庫の新人にも分かるように説明してください。",
           "保険会社に転送しないといけません。先に消しておくべきところはどこですか？"],
    "ko": ["한 사람당 한 줄씩 깔끔한 표로 정리해 줘.",
           "보내기 전에 확인해 줘. 빠진 거 있어?",
           "아침 배차 인수인계용으로 짧게 요약해 줘.",
           "여기에 짧고 정중하게 답장하는 것 좀 도와줘.",
           "이게 실제로 무슨 내용이야? 창고 신입한테 설명하듯이 알려 줘.",
           "이걸 보험사에 전달해야 하는데, 먼저 뭘 지워야 할까?"],
    "zh": ["帮我整理成一个清楚的表格，每人一行。",
           "发出去之前帮我检查一下，有没有漏掉什么？",
           "帮我把这个整理成早班调度交接用的简短摘要。",
           "帮我写一个简短礼貌的回复。",
           "这到底是什么意思？按仓库新人能听懂的方式解释一下。",
           "这个要转给保险公司，发之前应该删掉哪些内容？"],
    "ar": ["هل يمكنك ترتيب هذا في جدول واضح، سطر لكل شخص؟",
           "راجع هذا قبل أن أرسله. هل ينقصه شيء؟",
           "لخّص هذا باختصار لتسليم المناوبة الصباحية في قسم التوزيع.",
           "ساعدني في كتابة رد قصير ومهذب.",
           "ماذا يعني هذا فعلاً؟ اشرحه لي كأنني جديد في المستودع.",
           "يجب أن أرسل هذا إلى شركة التأمين. ما الذي يجب حذفه أولاً؟"],
    "th": ["ช่วยจัดเป็นตารางให้อ่านง่าย หนึ่งแถวต่อหนึ่งคน",
           "ช่วยตรวจก่อนส่งหน่อย ขาดอะไรไหม",
           "ช่วยสรุปสั้น ๆ สำหรับส่งเวรกะเช้าของฝ่ายจัดรถ",
           "ช่วยเขียนตอบกลับสั้น ๆ แบบสุภาพให้หน่อย",
           "อันนี้จริง ๆ แล้วหมายความว่าอะไร อธิบายแบบคนเพิ่งเริ่มงานคลังสินค้า",
           "ต้องส่งต่อให้บริษัทประกัน ควรลบอะไรออกก่อน"],
    "vi": ["Sắp xếp giúp mình thành bảng gọn gàng, mỗi người một dòng.",
           "Kiểm tra giúp mình trước khi gửi, có thiếu gì không?",
           "Tóm tắt ngắn giúp mình để bàn giao cho ca sáng bên điều phối.",
           "Giúp mình viết một câu trả lời ngắn gọn, lịch sự.",
           "Cái này thực ra nói gì vậy? Giải thích như cho người mới vào kho.",
           "Mình phải chuyển cái này cho bên bảo hiểm. Nên xoá những gì trước?"],
    "id": ["Tolong rapikan jadi tabel, satu baris per orang.",
           "Tolong cek dulu sebelum saya kirim. Ada yang kurang?",
           "Buatkan ringkasan singkat untuk serah terima shift pagi di bagian dispatch.",
           "Bantu saya menulis balasan yang singkat dan sopan.",
           "Ini sebenarnya maksudnya apa? Jelaskan seperti ke orang baru di gudang.",
           "Ini harus saya teruskan ke asuransi. Apa yang sebaiknya dihapus dulu?"],
}
KIND = {"table": 0, "check": 1, "summary": 2, "reply": 3, "explain": 4, "strip": 5}


def wrap(R, lang, kind, body):
    """The paste with a request line in `lang` before or after it."""
    req = REQ[lang][KIND[kind]]
    style = R.randrange(5)
    if style == 0:
        return [req, "\n\n", body]
    if style == 1:
        return [body, "\n\n", req]
    if style == 2:
        return [req, '\n"""\n', body, '\n"""']
    if style == 3:
        return [req, "\n---\n", body]
    return [req, "\n```\n", body, "\n```"]


# ====================================================================== field labels
FIELDS = {
    "en": "name=Name|dob=Date of birth|addr=Home address|phone=Phone|email=E-mail|sig=Signature|date=Date|ref=Ref.|injured=Injured person|witness=Witness|firstaid=First aider|superv=Shift supervisor|emerg=Emergency contact|iban=IBAN|desc=What happened|items=Items|value=Value|track=Tracking no.|card=Card for duties and fees|t_customs=Customs declaration – private import|t_incident=Accident report – loading dock|t_onboard=Driver onboarding form|time=Time|place=Location|id=ID number|licence=Driving licence no.|dock=Dock door|truck=Truck no.",
    "hi": "name=नाम|dob=जन्म तिथि|addr=घर का पता|phone=फ़ोन|email=ईमेल|sig=हस्ताक्षर|date=तारीख|ref=संदर्भ|injured=घायल व्यक्ति|witness=गवाह|firstaid=प्राथमिक उपचारकर्ता|superv=शिफ्ट सुपरवाइज़र|emerg=आपातकालीन संपर्क|iban=IBAN|desc=क्या हुआ|items=सामान|value=मूल्य|track=ट्रैकिंग नंबर|card=ड्यूटी भुगतान कार्ड|t_customs=सीमा शुल्क घोषणा – निजी आयात|t_incident=दुर्घटना रिपोर्ट – लोडिंग डॉक|t_onboard=ड्राइवर जॉइनिंग फ़ॉर्म|time=समय|place=स्थान|id=पहचान संख्या|licence=ड्राइविंग लाइसेंस नं.|dock=डॉक नंबर|truck=ट्रक नंबर",
    "de": "name=Name|dob=Geburtsdatum|addr=Wohnanschrift|phone=Telefon|email=E-Mail|sig=Unterschrift|date=Datum|ref=Az.|injured=Verletzte Person|witness=Zeuge|firstaid=Ersthelfer|superv=Schichtleitung|emerg=Notfallkontakt|iban=IBAN|desc=Hergang|items=Waren|value=Wert|track=Sendungsnr.|card=Karte für Abgaben|t_customs=Zollanmeldung – private Einfuhr|t_incident=Unfallmeldung – Laderampe|t_onboard=Fahrer-Personalbogen|time=Uhrzeit|place=Ort|id=Ausweisnr.|licence=Führerschein-Nr.|dock=Tor|truck=Stapler-Nr.",
    "fr": "name=Nom|dob=Date de naissance|addr=Adresse personnelle|phone=Téléphone|email=E-mail|sig=Signature|date=Date|ref=Réf.|injured=Victime|witness=Témoin|firstaid=Secouriste|superv=Chef d'équipe|emerg=Personne à prévenir|iban=IBAN|desc=Circonstances|items=Articles|value=Valeur|track=N° de suivi|card=Carte pour droits et taxes|t_customs=Déclaration en douane – importation par un particulier|t_incident=Déclaration d'accident – quai de chargement|t_onboard=Fiche d'embauche chauffeur|time=Heure|place=Lieu|id=N° d'identité|licence=N° de permis|dock=Porte de quai|truck=N° chariot",
    "es": "name=Nombre|dob=Fecha de nacimiento|addr=Domicilio|phone=Teléfono|email=Correo|sig=Firma|date=Fecha|ref=Ref.|injured=Accidentado|witness=Testigo|firstaid=Socorrista|superv=Jefe de turno|emerg=Contacto de emergencia|iban=IBAN|desc=Descripción|items=Artículos|value=Valor|track=N.º de seguimiento|card=Tarjeta para aranceles|t_customs=Declaración aduanera – importación de particular|t_incident=Parte de accidente – muelle de carga|t_onboard=Ficha de alta de conductor|time=Hora|place=Lugar|id=N.º de documento|licence=N.º de permiso de conducir|dock=Muelle|truck=Carretilla n.º",
    "it": "name=Nome|dob=Data di nascita|addr=Indirizzo di residenza|phone=Telefono|email=E-mail|sig=Firma|date=Data|ref=Rif.|injured=Infortunato|witness=Testimone|firstaid=Addetto primo soccorso|superv=Capoturno|emerg=Contatto di emergenza|iban=IBAN|desc=Dinamica|items=Articoli|value=Valore|track=N. spedizione|card=Carta per dazi e diritti|t_customs=Dichiarazione doganale – importazione privata|t_incident=Segnalazione infortunio – baia di carico|t_onboard=Scheda assunzione autista|time=Ora|place=Luogo|id=N. documento|licence=N. patente|dock=Baia|truck=Carrello n.",
    "nl": "name=Naam|dob=Geboortedatum|addr=Woonadres|phone=Telefoon|email=E-mail|sig=Handtekening|date=Datum|ref=Ref.|injured=Slachtoffer|witness=Getuige|firstaid=BHV'er|superv=Ploegleider|emerg=Contactpersoon bij nood|iban=IBAN|desc=Toedracht|items=Artikelen|value=Waarde|track=Zendingsnr.|card=Kaart voor heffingen|t_customs=Douaneaangifte – particuliere invoer|t_incident=Ongevalsmelding – laadperron|t_onboard=Intakeformulier chauffeur|time=Tijd|place=Plaats|id=Documentnr.|licence=Rijbewijsnr.|dock=Dock|truck=Heftruck nr.",
    "pl": "name=Imię i nazwisko|dob=Data urodzenia|addr=Adres zamieszkania|phone=Telefon|email=E-mail|sig=Podpis|date=Data|ref=Nr ref.|injured=Poszkodowany|witness=Świadek|firstaid=Udzielający pierwszej pomocy|superv=Kierownik zmiany|emerg=Kontakt w nagłych wypadkach|iban=IBAN|desc=Opis zdarzenia|items=Towary|value=Wartość|track=Nr przesyłki|card=Karta do opłat celnych|t_customs=Zgłoszenie celne – import prywatny|t_incident=Zgłoszenie wypadku – rampa załadunkowa|t_onboard=Karta przyjęcia kierowcy|time=Godzina|place=Miejsce|id=Nr dokumentu|licence=Nr prawa jazdy|dock=Rampa|truck=Wózek nr",
    "pt": "name=Nome|dob=Data de nascimento|addr=Morada|phone=Telefone|email=E-mail|sig=Assinatura|date=Data|ref=Ref.|injured=Sinistrado|witness=Testemunha|firstaid=Socorrista|superv=Chefe de turno|emerg=Contacto de emergência|iban=IBAN|desc=Descrição|items=Artigos|value=Valor|track=N.º de seguimento|card=Cartão para direitos|t_customs=Declaração aduaneira – importação particular|t_incident=Participação de acidente – cais de carga|t_onboard=Ficha de admissão de motorista|time=Hora|place=Local|id=N.º de identificação|licence=N.º da carta de condução|dock=Cais|truck=Empilhador n.º",
    "tr": "name=Ad Soyad|dob=Doğum tarihi|addr=Ev adresi|phone=Telefon|email=E-posta|sig=İmza|date=Tarih|ref=Ref.|injured=Yaralanan|witness=Tanık|firstaid=İlk yardımcı|superv=Vardiya amiri|emerg=Acil durumda aranacak kişi|iban=IBAN|desc=Olayın özeti|items=Ürünler|value=Değer|track=Takip no|card=Vergi ödemesi için kart|t_customs=Gümrük beyanı – bireysel ithalat|t_incident=Kaza bildirimi – yükleme rampası|t_onboard=Şoför işe giriş formu|time=Saat|place=Yer|id=Kimlik no|licence=Ehliyet no|dock=Rampa|truck=Forklift no",
    "sv": "name=Namn|dob=Födelsedatum|addr=Hemadress|phone=Telefon|email=E-post|sig=Underskrift|date=Datum|ref=Ref.|injured=Skadad person|witness=Vittne|firstaid=Första hjälpen-ansvarig|superv=Skiftledare|emerg=Närmast anhörig|iban=IBAN|desc=Händelseförlopp|items=Varor|value=Värde|track=Kollinr|card=Kort för tull och avgifter|t_customs=Tulldeklaration – privatimport|t_incident=Olycksrapport – lastkaj|t_onboard=Anställningsblankett förare|time=Tid|place=Plats|id=Personnummer|licence=Körkortsnr|dock=Port|truck=Truck nr",
    "cs": "name=Jméno a příjmení|dob=Datum narození|addr=Adresa bydliště|phone=Telefon|email=E-mail|sig=Podpis|date=Datum|ref=Č. j.|injured=Zraněný|witness=Svědek|firstaid=Poskytovatel první pomoci|superv=Vedoucí směny|emerg=Kontakt v nouzi|iban=IBAN|desc=Popis události|items=Zboží|value=Hodnota|track=Číslo zásilky|card=Karta pro clo a poplatky|t_customs=Celní prohlášení – soukromý dovoz|t_incident=Záznam o úrazu – nakládací rampa|t_onboard=Nástupní list řidiče|time=Čas|place=Místo|id=Rodné číslo|licence=Č. řidičského průkazu|dock=Rampa|truck=VZV č.",
    "el": "name=Ονοματεπώνυμο|dob=Ημερομηνία γέννησης|addr=Διεύθυνση κατοικίας|phone=Τηλέφωνο|email=Email|sig=Υπογραφή|date=Ημερομηνία|ref=Αρ. αναφ.|injured=Τραυματίας|witness=Μάρτυρας|firstaid=Παρέχων πρώτες βοήθειες|superv=Υπεύθυνος βάρδιας|emerg=Επαφή έκτακτης ανάγκης|iban=IBAN|desc=Περιγραφή|items=Είδη|value=Αξία|track=Αρ. αποστολής|card=Κάρτα για δασμούς|t_customs=Τελωνειακή διασάφηση – ιδιωτική εισαγωγή|t_incident=Αναφορά ατυχήματος – ράμπα φόρτωσης|t_onboard=Φόρμα πρόσληψης οδηγού|time=Ώρα|place=Τοποθεσία|id=ΑΜΚΑ|licence=Αρ. διπλώματος|dock=Ράμπα|truck=Κλαρκ αρ.",
    "ru": "name=ФИО|dob=Дата рождения|addr=Адрес проживания|phone=Телефон|email=Эл. почта|sig=Подпись|date=Дата|ref=№|injured=Пострадавший|witness=Свидетель|firstaid=Оказал первую помощь|superv=Начальник смены|emerg=Контакт на случай ЧС|iban=IBAN|desc=Обстоятельства|items=Товары|value=Стоимость|track=Трек-номер|card=Карта для оплаты пошлины|t_customs=Пассажирская таможенная декларация – ввоз для личного пользования|t_incident=Акт о несчастном случае – погрузочная рампа|t_onboard=Анкета водителя|time=Время|place=Место|id=Паспорт|licence=ВУ №|dock=Рампа|truck=Погрузчик №",
    "ja": "name=氏名|dob=生年月日|addr=住所|phone=電話|email=メール|sig=署名|date=日付|ref=整理番号|injured=被災者|witness=目撃者|firstaid=応急手当担当|superv=班長|emerg=緊急連絡先|iban=IBAN|desc=発生状況|items=品目|value=価格|track=追跡番号|card=関税支払カード|t_customs=輸入申告（個人輸入）|t_incident=労災報告 – 荷捌き場|t_onboard=ドライバー入社書類|time=時刻|place=場所|id=マイナンバー|licence=運転免許証番号|dock=バース|truck=フォークリフト番号",
    "ko": "name=성명|dob=생년월일|addr=주소|phone=연락처|email=이메일|sig=서명|date=날짜|ref=관리번호|injured=재해자|witness=목격자|firstaid=응급처치자|superv=조장|emerg=비상연락처|iban=IBAN|desc=사고 경위|items=품목|value=금액|track=운송장번호|card=관부가세 결제 카드|t_customs=수입신고 – 개인 직구|t_incident=사고 보고서 – 상하차장|t_onboard=기사 입사 서류|time=시간|place=장소|id=주민등록번호|licence=운전면허번호|dock=도크|truck=지게차 번호",
    "zh": "name=姓名|dob=出生日期|addr=住址|phone=电话|email=邮箱|sig=签名|date=日期|ref=编号|injured=受伤人员|witness=目击者|firstaid=急救人员|superv=班组长|emerg=紧急联系人|iban=IBAN|desc=事故经过|items=物品|value=价值|track=运单号|card=税费支付卡|t_customs=个人物品进口申报|t_incident=事故报告 – 装卸平台|t_onboard=司机入职登记表|time=时间|place=地点|id=身份证号|licence=驾驶证号|dock=月台|truck=叉车编号",
    "ar": "name=الاسم|dob=تاريخ الميلاد|addr=عنوان السكن|phone=الهاتف|email=البريد الإلكتروني|sig=التوقيع|date=التاريخ|ref=المرجع|injured=المصاب|witness=الشاهد|firstaid=المسعف|superv=مشرف المناوبة|emerg=جهة الاتصال للطوارئ|iban=IBAN|desc=وصف الحادث|items=الأصناف|value=القيمة|track=رقم التتبع|card=بطاقة دفع الرسوم|t_customs=بيان جمركي – استيراد شخصي|t_incident=تقرير حادث – رصيف التحميل|t_onboard=استمارة تعيين سائق|time=الوقت|place=المكان|id=رقم الهوية|licence=رقم رخصة القيادة|dock=البوابة|truck=رافعة رقم",
    "th": "name=ชื่อ-นามสกุล|dob=วันเกิด|addr=ที่อยู่|phone=โทรศัพท์|email=อีเมล|sig=ลายมือชื่อ|date=วันที่|ref=เลขที่อ้างอิง|injured=ผู้บาดเจ็บ|witness=พยาน|firstaid=ผู้ปฐมพยาบาล|superv=หัวหน้ากะ|emerg=ผู้ติดต่อกรณีฉุกเฉิน|iban=IBAN|desc=เหตุการณ์|items=รายการสินค้า|value=มูลค่า|track=เลขพัสดุ|card=บัตรชำระภาษี|t_customs=ใบขนสินค้าขาเข้า – นำเข้าส่วนบุคคล|t_incident=รายงานอุบัติเหตุ – ลานขนถ่ายสินค้า|t_onboard=แบบฟอร์มรับพนักงานขับรถ|time=เวลา|place=สถานที่|id=เลขประจำตัวประชาชน|licence=เลขใบขับขี่|dock=ช่องโหลด|truck=รถยกหมายเลข",
    "vi": "name=Họ tên|dob=Ngày sinh|addr=Địa chỉ thường trú|phone=Điện thoại|email=Email|sig=Chữ ký|date=Ngày|ref=Số tham chiếu|injured=Người bị nạn|witness=Nhân chứng|firstaid=Người sơ cứu|superv=Trưởng ca|emerg=Người liên hệ khẩn cấp|iban=IBAN|desc=Diễn biến|items=Hàng hóa|value=Trị giá|track=Mã vận đơn|card=Thẻ nộp thuế|t_customs=Tờ khai hải quan – hàng nhập khẩu cá nhân|t_incident=Biên bản tai nạn – sàn bốc xếp|t_onboard=Phiếu tiếp nhận tài xế|time=Giờ|place=Địa điểm|id=Số CCCD|licence=Số GPLX|dock=Cửa dock|truck=Xe nâng số",
    "id": "name=Nama|dob=Tanggal lahir|addr=Alamat rumah|phone=Telepon|email=Email|sig=Tanda tangan|date=Tanggal|ref=No. ref|injured=Korban|witness=Saksi|firstaid=Petugas P3K|superv=Kepala shift|emerg=Kontak darurat|iban=IBAN|desc=Kronologi|items=Barang|value=Nilai|track=No. resi|card=Kartu pembayaran bea|t_customs=Pemberitahuan pabean – impor barang kiriman pribadi|t_incident=Laporan kecelakaan – dok muat|t_onboard=Formulir penerimaan sopir|time=Jam|place=Lokasi|id=NIK|licence=No. SIM|dock=Dok|truck=Forklift no.",
}
FIELDS = {k: dict(kv.split("=", 1) for kv in v.split("|")) for k, v in FIELDS.items()}


def F(lang, key):
    return FIELDS[lang][key]


def lang_of(loc):
    return LOC[loc]["lang"]


# ====================================================================== organisations (fictional)
# per locale: fwd (forwarder/broker: name, domain), wh (warehouse/3PL: name,
# depot address, switchboard), trade (trading firm: name, domain, address),
# agency (staffing agency), haul (haulier / carrier)
FIRMS = {
    "US": dict(fwd=("Bluegrain Freight Forwarding LLC", "bluegrain-freight.com"), wh=("Switchyard Dock Fulfillment", "4100 Railhead Industrial Pkwy, Building C, Kansas City, MO 64120", "(816) 555-0100"),
               trade=("Thornhollow Outdoor Supply Inc.", "thornhollow-outdoor.com", "2250 Commerce Loop, Suite 300, Sparks, NV 89431"), agency="Keystaff Industrial Staffing", haul="Ironhorse Linehaul Inc."),
    "GB": dict(fwd=("Saltmarsh Forwarding Ltd", "saltmarsh-fwd.co.uk"), wh=("Brindleyard 3PL", "Unit 7, Hollins Lane Distribution Park, Warrington WA2 8RL", "01925 200000"),
               trade=("Copperkettle Homewares Ltd", "copperkettle.co.uk", "Unit 3, Netherfield Business Park, Kettering NN15 6XR"), agency="Pinfold Workforce Solutions", haul="Greywether Haulage Ltd"),
    "IN": dict(fwd=("Trishul Cargo Movers Pvt Ltd", "trishulcargo.in"), wh=("Navkar Warehousing", "Gala No. 14, Navkar Logistics Park, Vadpe, Bhiwandi 421302", "022 6600 0100"),
               trade=("Suvarna Handlooms Exports", "suvarnahandlooms.in", "Plot 22, MIDC Phase II, Dombivli East, Thane 421204"), agency="Sahyog Manpower Services", haul="Garud Roadlines"),
    "DE": dict(fwd=("Lotsenhaus Spedition GmbH", "lotsenhaus-spedition.de"), wh=("Kontor Nordkai Logistik", "Am Nordkai 40, Halle 3, 27572 Bremerhaven", "0471 9200 0"),
               trade=("Hagebutt Haushaltswaren GmbH", "hagebutt-haushalt.de", "Gewerbepark Am Rangierbahnhof 9, 47119 Duisburg"), agency="Zeitwerk Personaldienste", haul="Fahrwerk Transporte Kassel GmbH"),
    "FR": dict(fwd=("Transit Goélette SAS", "transit-goelette.fr"), wh=("Entrepôts du Cap d'Antifer", "ZI du Port, bâtiment 12, route de l'Estuaire, 76600 Le Havre", "02 35 00 01 00"),
               trade=("Maison Brisevent SARL", "brisevent.fr", "ZA des Quatre Routes, 12 rue de l'Industrie, 49300 Cholet"), agency="Intérim Relais Portuaire", haul="Transports Routiers Alizé"),
    "ES": dict(fwd=("Tránsitos Poniente Bajo S.L.", "transitosponientebajo.es"), wh=("Almacenes Puerta del Estrecho", "Polígono Palmones, nave 21, 11379 Los Barrios", "956 600 100"),
               trade=("Cerámicas Alhambrilla S.A.", "alhambrilla.es", "Polígono Industrial El Caleyo, parcela 8, 12200 Onda"), agency="Trabajo Temporal Andén", haul="Transportes Solano Rápido"),
    "MX": dict(fwd=("Agencia Aduanal Río Bravo Norte", "aarionorte.mx"), wh=("Bodegas El Trébol Logística", "Parque Industrial Oradel, nave 5, 88295 Nuevo Laredo, Tamps.", "867 711 0100"),
               trade=("Artesanías Mixtequilla S.A. de C.V.", "mixtequilla-artesanias.mx", "Av. Industrias 4500, Zona Industrial, 78395 San Luis Potosí, S.L.P."), agency="Personal Eventual Anáhuac", haul="Autotransportes Sierra Madre"),
    "IT": dict(fwd=("Spedizioni Grecale S.r.l.", "spedizionigrecale.it"), wh=("Magazzini Darsena Toscana", "Via Calata Orlando 4, Varco Galvani, 57123 Livorno", "0586 880100"),
               trade=("Oleificio Colle Sereno S.p.A.", "collesereno.it", "Zona Industriale Le Prata, Via dell'Artigianato 7, 06083 Bastia Umbra (PG)"), agency="Lavoro Interinale Ponte Sud", haul="Autotrasporti Val Trebbia"),
    "NL": dict(fwd=("Expeditie Zeesluis B.V.", "zeesluis-expeditie.nl"), wh=("Distributiecentrum Maasvlakte-Oost", "Amaliahavenweg 30, 3199 KA Maasvlakte Rotterdam", "010 800 0100"),
               trade=("Tulpenveld Tuinartikelen B.V.", "tulpenveld.nl", "Industrieweg 88, 5928 RB Venlo"), agency="Flexpoort Uitzendbureau", haul="Transportbedrijf Blauwe Reiger"),
    "PL": dict(fwd=("Spedycja Jantarowa Droga Sp. z o.o.", "jantarowadroga.pl"), wh=("Centrum Logistyczne Stryków Wschód", "ul. Logistyczna 1, hala B, 95-010 Stryków", "42 719 01 00"),
               trade=("Meble Dębowy Gaj Sp. z o.o.", "debowygaj.pl", "ul. Fabryczna 18, 63-400 Ostrów Wielkopolski"), agency="Agencja Pracy Tymczasowej Dźwig", haul="Trans-Wisłok Sp. j."),
    "PT": dict(fwd=("Trânsitos Preia-Mar, Lda.", "preiamar-transitos.pt"), wh=("Armazéns do Cais Norte", "Terminal Multiusos, Armazém 6, 4450-208 Leça da Palmeira", "229 990 100"),
               trade=("Cortiças Montado Velho, S.A.", "corticas-montado.pt", "Zona Industrial de Santa Maria, Lote 15, 4520-115 Santa Maria da Feira"), agency="Trabalho Temporário Ponte Nova", haul="Transportes Vento Norte"),
    "BR": dict(fwd=("Despachos Aduaneiros Vazante Ltda.", "vazante-despachos.com.br"), wh=("CD Logístico Baixada Verde", "Rodovia dos Bandeirantes, km 47, galpão 4, Jundiaí - SP, 13213-000", "(11) 4000-0100"),
               trade=("Cafés Canastra Comércio Exterior Ltda.", "cafescanastra.com.br", "Av. das Indústrias, 1200, Distrito Industrial, Varginha - MG, 37066-000"), agency="Mão Amiga Trabalho Temporário", haul="Transportadora Cambará"),
    "TR": dict(fwd=("Poyraz Lojistik ve Gümrük Müşavirliği A.Ş.", "poyrazlojistik.com.tr"), wh=("Yakamoz Antrepo ve Depolama", "Dilovası OSB, 4. Cadde No:3, 41455 Dilovası/Kocaeli", "0216 500 01 00"),
               trade=("Nakış Ev Tekstili San. ve Tic. Ltd. Şti.", "nakisevtekstil.com.tr", "Organize Sanayi Bölgesi, 11. Sokak No:4, 20330 Merkezefendi/Denizli"), agency="Kervan Geçici İstihdam", haul="Toros Nakliyat"),
    "SE": dict(fwd=("Speditionsbolaget Vinddraget AB", "vinddraget.se"), wh=("Lagercentralen Torsviken", "Torsviksvägen 12, port 4, 418 34 Göteborg", "031-700 01 00"),
               trade=("Snickeriet Granbacken AB", "granbacken.se", "Industrivägen 5, 571 38 Nässjö"), agency="Bemanning Fyrtornet", haul="Åkeri Norrskenet AB"),
    "CZ": dict(fwd=("Spedice Sázava s.r.o.", "spedicesazava.cz"), wh=("Logistický park Bělá", "Průmyslová zóna 8, hala C, 294 21 Bělá pod Bezdězem", "326 700 100"),
               trade=("Sklárna Modrý Potok a.s.", "modrypotok.cz", "Sklářská 300, 473 01 Nový Bor"), agency="Personální agentura Kotva", haul="Autodoprava Sněžník"),
    "GR": dict(fwd=("Διαμεταφορική Μελτέμι Α.Ε.", "meltemi-forwarding.gr"), wh=("Αποθήκες Λιμένα Κερατσινίου", "Λιμάνι Κερατσινίου, Προβλήτα ΙΙ, 187 55 Κερατσίνι", "210 400 0100"),
               trade=("Ελαιώνες Καλαμάτας Α.Ε.", "elaiones-kalamatas.gr", "ΒΙΠΕ Καλαμάτας, Οδός 4, 241 00 Καλαμάτα"), agency="Προσωρινή Απασχόληση Άγκυρα", haul="Μεταφορές Θερμαϊκού"),
    "RU": dict(fwd=("ООО «Экспедиция Попутный Бриз»", "poputbriz-exp.ru"), wh=("Складской комплекс «Шушары-Логистик»", "пос. Шушары, Московское ш., 44, стр. 2, Санкт-Петербург, 196626", "8 (812) 600-01-00"),
               trade=("ООО «Уральский Самовар»", "uralsamovar.ru", "ул. Монтажников, 9, Екатеринбург, 620050"), agency="Кадровое агентство «Опора»", haul="ТК «Волжский Тракт»"),
    "JP": dict(fwd=("株式会社かもめ通関", "kamome-tsukan.co.jp"), wh=("みなと湾岸ロジセンター", "東京都江東区青海2丁目4-24 青海流通棟3F", "03-5500-0100"),
               trade=("有限会社ひだまり雑貨", "hidamari-zakka.co.jp", "岐阜県多治見市旭ヶ丘10丁目6-68"), agency="株式会社ささえ人材サービス", haul="つばさ運輸株式会社"),
    "KR": dict(fwd=("(주)한바다포워딩", "hanbada-fwd.co.kr"), wh=("인천 아라물류센터", "인천광역시 중구 아암대로 286, 아라물류센터 B동", "032-880-0100"),
               trade=("(주)솔향생활", "solhyang.co.kr", "경기도 안산시 단원구 산단로 163"), agency="(주)든든인력", haul="(주)백두화물"),
    "CN": dict(fwd=("宁波海鸥国际货运代理有限公司", "haiou-freight.cn"), wh=("顺港保税物流中心", "上海市浦东新区洋山保税港区顺港路88号", "021-6800 0100"),
               trade=("义乌星河日用品有限公司", "xinghe-daily.cn", "浙江省义乌市稠江街道工业园区16号"), agency="安心劳务派遣有限公司", haul="长风物流运输有限公司"),
    "AE": dict(fwd=("Oryx Crest Freight Services LLC", "oryxcrest-freight.ae"), wh=("Dunes Gate Logistics Warehouse", "Plot S20412, Jebel Ali Free Zone South, Dubai", "04 880 0100"),
               trade=("Oasis Palm Trading FZE", "oasispalm-trading.ae", "Warehouse 9, Al Quoz Industrial Area 3, Dubai"), agency="Sands Manpower Supply", haul="Desert Star Transport LLC"),
    "TH": dict(fwd=("บริษัท ฟ้าคราม ชิปปิ้ง จำกัด", "fakhram-shipping.co.th"), wh=("คลังสินค้าท่าเรือทิพย์", "นิคมอุตสาหกรรมแหลมฉบัง ซอย 3 คลัง 12 ศรีราชา ชลบุรี 20230", "038 400 100"),
               trade=("บริษัท ใบตองหัตถกรรม จำกัด", "baitong-craft.co.th", "เลขที่ 55 ถนนบางนา-ตราด กม.19 บางพลี สมุทรปราการ 10540"), agency="บริษัท แรงงานมั่นคง จำกัด", haul="บริษัท ขนส่งเพชรเกษม จำกัด"),
    "VN": dict(fwd=("Công ty TNHH Giao nhận Sóng Bạc", "songbac-logistics.vn"), wh=("Kho ngoại quan Tân Cảng Hiệp Phước", "KCN Hiệp Phước, đường số 1, huyện Nhà Bè", "028 3780 0100"),
               trade=("Công ty CP Gốm Sứ Minh Long Giang", "gomsulonggiang.vn", "Lô B4, KCN Sóng Thần 2, Dĩ An, Bình Dương"), agency="Công ty Cung ứng Nhân lực Phú Mỹ", haul="Vận tải Trường Sơn Lam"),
    "ID": dict(fwd=("PT Samudra Biru Ekspedisi", "samudrabiru-eks.co.id"), wh=("Gudang Berikat Cakung Raya", "Kawasan Berikat Cakung Timur, Jl. Jawa Blok D-12, Cakung, Jakarta Utara 14140", "(021) 4400 0100"),
               trade=("CV Batik Kawung Sari", "kawungsari.co.id", "Jl. Industri Kecil No. 8, Laweyan, Surakarta 57148"), agency="PT Tenaga Kerja Andalan", haul="PT Truk Nusa Lintas"),
}

EORI_VAT = {
    "US": lambda R: ("EIN %02d-%07d" % (R.randint(10, 98), R.randint(0, 9999999)), "vat"),
    "GB": lambda R: ("EORI GB%s000" % digits(R, 9), "eori"),
    "IN": lambda R: ("IEC %s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(5)) + digits(R, 4) + R.choice(string.ascii_uppercase)), "iec"),
    "DE": lambda R: ("EORI DE%s" % digits(R, 7), "eori"),
    "FR": lambda R: ("TVA FR%02d %s" % (R.randint(10, 99), digits(R, 9)), "vat"),
    "ES": lambda R: ("EORI ESB%s" % digits(R, 8), "eori"),
    "MX": lambda R: ("RFC %s%s%s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(3)), "%02d%02d%02d" % (R.randint(0, 23), R.randint(1, 12), R.randint(1, 28)), "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(3))), "rfc"),
    "IT": lambda R: ("EORI IT%s" % digits(R, 11), "eori"),
    "NL": lambda R: ("EORI NL%s" % digits(R, 9), "eori"),
    "PL": lambda R: ("EORI PL%s00000" % digits(R, 10)[:9], "eori"),
    "PT": lambda R: ("EORI PT5%s" % digits(R, 8), "eori"),
    "BR": lambda R: ("CNPJ %s.%s.%s/0001-%s" % (digits(R, 2), digits(R, 3), digits(R, 3), digits(R, 2)), "cnpj"),
    "TR": lambda R: ("VKN %s" % digits(R, 10), "vkn"),
    "SE": lambda R: ("EORI SE556%s" % digits(R, 7), "eori"),
    "CZ": lambda R: ("EORI CZ%s" % digits(R, 8), "eori"),
    "GR": lambda R: ("EORI EL%s" % digits(R, 9), "eori"),
    "RU": lambda R: ("ИНН %s" % digits(R, 10), "inn"),
    "JP": lambda R: ("法人番号 %s" % nonluhn(R, 13), "corp_no"),
    "KR": lambda R: ("사업자등록번호 %s-%s-%s" % (digits(R, 3), digits(R, 2), digits(R, 5)), "brn"),
    "CN": lambda R: ("统一社会信用代码 91%s%s" % (digits(R, 6), "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))), "uscc"),
    "AE": lambda R: ("TRN %s" % nonluhn(R, 15, "100"), "trn"),
    "TH": lambda R: ("เลขผู้เสียภาษี 0105%s" % digits(R, 9), "tax_id"),
    "VN": lambda R: ("MST 03%s" % digits(R, 8), "mst"),
    "ID": lambda R: (npwp_fmt(nonluhn(R, 15)), "npwp"),
}

LOCODE = {"US": ["USSAV", "USLGB", "USOAK"], "GB": ["GBFXT", "GBSOU", "GBLGP"], "IN": ["INNSA", "INMUN"], "DE": ["DEHAM", "DEBRV"],
          "FR": ["FRLEH", "FRFOS"], "ES": ["ESALG", "ESVLC"], "MX": ["MXZLO", "MXLZC"], "IT": ["ITLIV", "ITGOA", "ITSPE"],
          "NL": ["NLRTM"], "PL": ["PLGDY", "PLGDN"], "PT": ["PTLEI", "PTSIE"], "BR": ["BRSSZ", "BRITJ"], "TR": ["TRMER", "TRAMR"],
          "SE": ["SEGOT"], "CZ": ["CZPRG"], "GR": ["GRPIR", "GRSKG"], "RU": ["RUNVS", "RULED"], "JP": ["JPTYO", "JPUKB"],
          "KR": ["KRPUS", "KRINC"], "CN": ["CNSHA", "CNNGB", "CNYTN"], "AE": ["AEJEA"], "TH": ["THLCH"], "VN": ["VNCLI", "VNHPH"], "ID": ["IDTPP", "IDSUB"]}

PLATE = {
    "US": lambda R: "%s %s" % (R.choice(["NV", "TX", "OH", "GA"]), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + "-" + digits(R, 4)),
    "GB": lambda R: "%s%02d %s" % (rnd(R, "ABCDEFGHJKLMNOPRSTUVWY", 2), R.choice([19, 21, 23, 69, 71, 73]), rnd(R, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3)),
    "IN": lambda R: "MH %02d %s %04d" % (R.randint(1, 48), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(1, 9999)),
    "DE": lambda R: "%s-%s %d" % (R.choice(["HB", "DU", "KS", "OS", "HH", "EF"]), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(10, 9999)),
    "FR": lambda R: "%s-%03d-%s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
    "ES": lambda R: "%04d %s" % (R.randint(0, 9999), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
    "MX": lambda R: "%s-%02d-%03d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(10, 99), R.randint(100, 999)),
    "IT": lambda R: "%s %03d %s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
    "NL": lambda R: "%02d-%s-%d" % (R.randint(10, 99), rnd(R, "BDFGHJKLNPRSTVXZ", 3), R.randint(1, 9)),
    "PL": lambda R: "%s %s" % (R.choice(["WGM", "EL", "GD", "PO", "SO", "EZG"]), digits(R, 3) + rnd(R, "ACEFGHJKLMNPRSTUVWXY", 2)),
    "PT": lambda R: "%s-%02d-%s" % (rnd(R, "ABCDEFGHIJLMNOPQRSTUVXZ", 2), R.randint(10, 99), rnd(R, "ABCDEFGHIJLMNOPQRSTUVXZ", 2)),
    "BR": lambda R: "%s%d%s%02d" % (rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3), R.randint(0, 9), R.choice(string.ascii_uppercase), R.randint(0, 99)),
    "TR": lambda R: "%02d %s %d" % (R.choice([34, 41, 33, 35, 16]), rnd(R, "ABCDEFGHJKLMNPRSTUVYZ", 3), R.randint(10, 999)),
    "SE": lambda R: "%s %02d%s" % (rnd(R, "ABCDEFGHJKLMNOPRSTUWXYZ", 3), R.randint(0, 99), R.choice("ABCDEFGHJKLMNPRSTUWXYZ0123456789")),
    "CZ": lambda R: "%d%s%d %04d" % (R.randint(1, 9), R.choice("ABCEHJKLMPSTUZ"), R.randint(0, 9), R.randint(0, 9999)),
    "GR": lambda R: "%s-%04d" % (rnd(R, "ABEZHIKMNOPTYX", 3), R.randint(1000, 9999)),
    "RU": lambda R: "%s%03d%s %d" % (R.choice("АВЕКМНОРСТУХ"), R.randint(1, 999), rnd(R, "АВЕКМНОРСТУХ", 2), R.choice([77, 199, 50, 96, 23, 163])),
    "JP": lambda R: "%s %d %s %d-%02d" % (R.choice(["品川", "大阪", "尾張小牧", "福岡", "春日部"]), R.randint(100, 899), R.choice("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ"), R.randint(1, 99), R.randint(0, 99)),
    "KR": lambda R: "%d%s %04d" % (R.randint(10, 999), R.choice(["가", "나", "다", "라", "마", "바", "사", "아", "자", "배"]), R.randint(1000, 9999)),
    "CN": lambda R: "%s%s·%s" % (R.choice(["沪", "粤", "浙", "川", "津"]), R.choice("ABCDEFG"), rnd(R, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 5)),
    "AE": lambda R: "Dubai %s %05d" % (R.choice(string.ascii_uppercase), R.randint(1, 99999)),
    "TH": lambda R: "%d%s %04d" % (R.randint(1, 9), R.choice(["กข", "ขค", "ฒธ", "ผษ", "ฆฬ"]), R.randint(1, 9999)),
    "VN": lambda R: "%02d%s-%03d.%02d" % (R.choice([51, 15, 29, 61, 43]), R.choice("ABCDEFGH"), R.randint(100, 999), R.randint(0, 99)),
    "ID": lambda R: "B %d %s" % (R.randint(1000, 9999), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)),
}


# ---------------------------------------------------------------- look-alike numbers
def npwp_fmt(d):
    return "NPWP %s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])


def nonluhn(R, n, lead=""):
    while True:
        s = lead + digits(R, n - len(lead))
        if not luhn_ok(s):
            return s

OWNER_CODES = ["KSLU", "TRHU", "BMOU", "GZXU", "HLBU", "NWPU", "CXRU", "ODFU", "WSDU", "PQMU"]


def container_no(R):
    s = R.choice(OWNER_CODES) + digits(R, 6)
    return s + iso6346_check(s)


def gs1_number(R, n, lead="0"):
    """A GS1 number of n digits (check digit valid) that fails Luhn."""
    while True:
        b = lead + digits(R, n - 1 - len(lead))
        s = b + gs1_check(b)
        if not luhn_ok(s):
            return s


def sscc(R):
    return gs1_number(R, 18, str(R.randint(0, 9)) + R.choice(["40", "50", "76", "87", "69", "45", "88"]))


def s10(R, cc):
    body = digits(R, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return R.choice(["RR", "CP", "LX", "EE", "RB", "UA"]) + body + str(c) + cc


def tracking(R, cc):
    k = R.randrange(5)
    if k == 0:
        return s10(R, "GB" if cc == "GB" else (cc if cc.isalpha() and len(cc) == 2 else "DE"))
    if k == 1:
        return "1Z" + rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXY", 6) + digits(R, 10)
    if k == 2:
        return "JJD" + digits(R, 11)[:10] + "0" + R.choice("1234")
    if k == 3:
        while True:
            t = digits(R, 12)
            if not luhn_ok(t):
                return t
    return "%s%s" % (R.choice(["SHP", "TRK", "CNS"]), digits(R, 9))


def hs_code(R):
    return R.choice(["8471.30.00", "6204 62 31", "8708 99 97", "9403.60.10", "3926 90 97", "8516 60 80", "6912.00.10", "4421 99 99", "0901.21.00", "1509 20 00",
                     "8507.60.00", "6302 60 00", "9503 00 70", "8302.42.00", "4503.10.10", "7013 49 10", "8421 21 00", "6403.99.96"])


def imo_no(R):
    b = str(R.randint(9, 9)) + digits(R, 5)
    return "IMO " + b + str(sum(int(c) * w for c, w in zip(b, [7, 6, 5, 4, 3, 2])) % 10)


VESSELS = ["MV Cormorant Bay", "Nordkap Tern", "Sea Kestrel", "Lumen Horizon", "Aurora Pelican", "Coral Barrow", "Harbour Finch", "Jade Estuary", "Cape Wrenfield", "Amber Tideway"]
FLIGHTS = ["LH 8204", "CV 7372", "QR 8451", "EK 9823", "TK 6327", "CX 2091", "KE 0215", "5X 0116", "FX 5203", "AF 6734"]
UN_NUMBERS = [("UN3480", "lithium ion batteries", "9"), ("UN1263", "paint", "3"), ("UN1950", "aerosols", "2.1"), ("UN3082", "environmentally hazardous substance, liquid, n.o.s.", "9"),
              ("UN1993", "flammable liquid, n.o.s.", "3"), ("UN2794", "batteries, wet, filled with acid", "8"), ("UN1203", "petrol", "3"), ("UN3481", "lithium ion batteries packed with equipment", "9")]


def seal_no(R):
    return R.choice(["SL", "ML-", "", "CN"]) + digits(R, 7)


def bl_no(R):
    return R.choice(["SLMF", "LTSN", "BGFF", "HBDA", "ZSLS", "MELT"]) + digits(R, 9)


def hawb(R):
    return R.choice(["HAWB ", "H"]) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(R, 7)


def mrn(R, cc):
    yy = "%02d" % R.randint(24, 26)
    return yy + (cc if len(cc) == 2 and cc.isalpha() else "DE") + rnd(R, string.ascii_uppercase + string.digits, 13) + R.choice("0123456789")


def driver_card(R, cc):
    return cc + rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + digits(R, 4) + rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6) + " " + "%02d" % R.randint(0, 3)


def adr_cert(R, cc):
    return "%s-ADR-%s/%02d" % (cc, digits(R, 6), R.randint(22, 26))


def weight(R):
    return "%s kg" % R.choice(["1 240", "18 650", "9 872", "412", "21 400", "6 035", "2 780", "14 995"])


def iso_date(R, y0=2025, y1=2026):
    return rdate(R, y0, y1).isoformat()


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 30), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def global_ip(R):
    while True:
        ip = "%d.%d.%d.%d" % (R.choice([31, 37, 46, 62, 77, 78, 80, 81, 85, 88, 89, 91, 94, 95, 109, 134, 145, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217, 24, 50, 64, 66, 68, 71, 73, 98, 104, 107, 121, 125, 139, 161, 180, 182, 202, 210, 220, 223]),
                              R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        a = ipaddress.ip_address(ip)
        if a.is_global:
            return ip


def global_ip6(R):
    while True:
        ip = "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))
        if ipaddress.ip_address(ip).is_global:
            return ip


def money(R, loc):
    v = R.randint(18, 4800) + R.choice([0, 0.5, 0.99, 0.25])
    cur = {"US": "USD", "GB": "GBP", "IN": "INR", "MX": "MXN", "BR": "BRL", "TR": "TRY", "SE": "SEK", "CZ": "CZK", "RU": "RUB", "JP": "JPY", "KR": "KRW", "CN": "CNY", "AE": "AED", "TH": "THB", "VN": "VND", "ID": "IDR", "PL": "PLN"}.get(loc, "EUR")
    if cur in ("JPY", "KRW", "VND", "IDR"):
        v = int(v * R.choice([100, 150, 1000]))
        return "%d %s" % (v, cur)
    return "%.2f %s" % (v, cur)


# ====================================================================== personal ids
BELFIORE = ["E625", "G535", "F952", "E463", "L781", "F924", "L424", "A794", "H501", "F205"]
RU_REGIONS = ["45", "46", "60", "65", "36", "29", "03", "11"]
IN_STATES = ["MH04", "MH43", "HR55", "TN21", "MP09"]
JP_PREF = ["30", "45", "62", "60", "50"]


def afm_make(R):
    b = digits(R, 8)
    c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
    return b + str(c)


def afm_ok(s):
    return len(s) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s[:8])) % 11 % 10 == int(s[8])


def nik_make(area, d, female, R):
    return area + "%02d%02d%02d" % (d.day + (40 if female else 0), d.month, d.year % 100) + "%04d" % R.randint(1, 2999)


def cccd_make(prov, d, female, R):
    g = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return prov + str(g) + "%02d" % (d.year % 100) + digits(R, 6)


def dvla_make(p, d):
    fam = ascii_fold(p.family_r).upper().replace(" ", "").replace("-", "").replace("'", "")
    s5 = (fam + "99999")[:5]
    mm = d.month + (50 if p.female else 0)
    ini = (ascii_fold(p.given_r)[0].upper() + "9")
    return s5 + str(d.year % 100 // 10) + "%02d%02d" % (mm, d.day) + str(d.year % 10) + ini


def gov_id(R, p, d, loc, purpose="national"):
    """(field name, L) for a personal id of the locale; purpose national,
    customs or licence. None when the locale has none for that purpose."""
    f = p.female
    if purpose == "licence":
        if loc == "GB":
            v = dvla_make(p, d) + R.choice("0123456789") + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            return "Licence no.", L("gov_id", v, sub="gb_driving_licence")
        if loc == "US":
            st = R.randrange(4)
            v = [lambda: R.choice("ABCDEFGHJKLMNPRSTUVWY") + digits(R, 7), lambda: digits(R, 8), lambda: "%s %s %s" % (digits(R, 3), digits(R, 3), digits(R, 3)),
                 lambda: "%s%s-%s-%s-%s-%s" % (ascii_fold(p.family_r)[0].upper(), digits(R, 3), digits(R, 3), digits(R, 2), digits(R, 3), digits(R, 1))][st]()
            return "DL#", L("gov_id", v, sub="us_driving_licence")
        if loc == "DE":
            v = R.choice("ABCDEFGHJKLMNPRSTUVWZ") + digits(R, 3) + rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 5) + R.choice("0123456789X") + str(R.randint(1, 4))
            return "Führerschein-Nr.", L("gov_id", v, sub="de_driving_licence")
        if loc == "FR":
            v = "%02d%02d%s%s" % (R.randint(0, 23) if R.random() < 0.5 else R.randint(85, 99), R.randint(1, 12), R.choice(["76", "59", "95", "38", "18", "62"]), digits(R, 6))
            return "N° de permis", L("gov_id", v, sub="fr_driving_licence")
        if loc == "RU":
            v = "%s %s %s" % (R.choice(RU_REGIONS), "%02d" % R.randint(14, 25), digits(R, 6))
            return "ВУ", L("gov_id", v, sub="ru_driving_licence")
        if loc == "JP":
            v = R.choice(JP_PREF) + "%02d" % R.randint(0, 24) + digits(R, 6) + digits(R, 1) + str(R.randint(0, 2))
            return "免許証番号", L("gov_id", v, sub="jp_driving_licence")
        if loc == "IN":
            v = "%s %d%s" % (R.choice(IN_STATES), R.randint(2005, 2023), digits(R, 7))
            return "DL No.", L("gov_id", v, sub="in_driving_licence")
        if loc == "KR":
            v = "%02d-%02d-%s-%s" % (R.choice([11, 12, 13, 21, 28]), R.randint(5, 24), digits(R, 6), digits(R, 2))
            return "운전면허번호", L("gov_id", v, sub="kr_driving_licence")
        purpose = "national"
    if purpose == "customs":
        if loc == "KR":
            return "개인통관고유부호", L("gov_id", pccc_make(R), sub="kr_pccc")
        if loc == "RU":
            return "Паспорт", L("gov_id", "%s %02d %s" % (R.choice(RU_REGIONS), R.randint(5, 24), digits(R, 6)), sub="ru_passport")
        if loc == "GR":
            return "ΑΦΜ", L("gov_id", afm_make(R), sub="gr_afm")
        if loc in ("US", "GB", "DE", "FR", "NL", "JP"):
            return None
        purpose = "national"
    if loc == "US":
        a, g, s = ssn_random(R)
        return "SSN", L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if loc == "GB":
        a, b, c = nino_random(R)
        return "NI number", L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c) if chance(R, 0.6) else a + b + c, sub="gb_nino")
    if loc == "IN":
        if chance(R, 0.5):
            v = aadhaar_random(R)
            return "Aadhaar", L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="in_aadhaar")
        v = pan_random(R, "P", ascii_fold(p.family_r))
        return "PAN", L("gov_id", v, sub="in_pan")
    if loc == "DE":
        v = steuerid_random(R)
        return "Steuer-ID", L("gov_id", "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]) if chance(R, 0.5) else v, sub="de_steuer_id")
    if loc == "FR":
        body, key = nir_random(R, "2" if f else "1", d.year % 100, d.month)
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return "N° de sécurité sociale", L("gov_id", v, sub="fr_nir")
    if loc == "ES":
        if chance(R, 0.8):
            n, l = dni_random(R)
            return "DNI", L("gov_id", n + l if chance(R, 0.6) else n + "-" + l, sub="es_dni")
        a, b, c = nie_random(R)
        return "NIE", L("gov_id", a + b + c, sub="es_nie")
    if loc == "MX":
        fam = p.family_r.split()
        return "CURP", L("gov_id", curp_make(fam[0], fam[-1], p.given_r, d, f, R.choice(["TS", "MC", "NL", "CL", "QT"])), sub="mx_curp")
    if loc == "IT":
        fam = p.family_r
        return "Codice fiscale", L("gov_id", cf_make(fam, p.given_r, d.year % 100, d.month, d.day, f, R.choice(BELFIORE)), sub="it_cf")
    if loc == "NL":
        return "BSN", L("gov_id", bsn_random(R), sub="nl_bsn")
    if loc == "PL":
        return "PESEL", L("gov_id", pesel_make(d, f, R), sub="pl_pesel")
    if loc == "PT":
        return "NIF", L("gov_id", ptnif_make(R), sub="pt_nif")
    if loc == "BR":
        v = cpf_random(R)
        return "CPF", L("gov_id", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]) if chance(R, 0.8) else v, sub="br_cpf")
    if loc == "TR":
        return "T.C. Kimlik No", L("gov_id", tckn_make(R), sub="tr_tckn")
    if loc == "SE":
        v = pnr_make(d, f, R)
        return "Personnummer", L("gov_id", ("%d%s-%s" % (d.year // 100, v[:6], v[6:])) if chance(R, 0.6) else "%s-%s" % (v[:6], v[6:]), sub="se_pnr")
    if loc == "CZ":
        v = rc_make(d, f, R)
        return "Rodné číslo", L("gov_id", "%s/%s" % (v[:6], v[6:]), sub="cz_rc")
    if loc == "GR":
        return "ΑΜΚΑ", L("gov_id", amka_make(d, R), sub="gr_amka")
    if loc == "RU":
        v = snils_make(R)
        return "СНИЛС", L("gov_id", "%s-%s-%s %s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="ru_snils")
    if loc == "JP":
        v = mynumber_make(R)
        return "マイナンバー", L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]) if chance(R, 0.5) else v, sub="jp_mynumber")
    if loc == "KR":
        v = rrn_make(d, f, R)
        return "주민등록번호", L("gov_id", "%s-%s" % (v[:6], v[6:]), sub="kr_rrn")
    if loc == "CN":
        return "身份证号", L("gov_id", cn_id_make(pick(R, LOC["CN"]["towns"])[2], d, f, R), sub="cn_resident_id")
    if loc == "AE":
        v = eid_make(d, R)
        return "Emirates ID", L("gov_id", "%s-%s-%s-%s" % (v[:3], v[3:7], v[7:14], v[14]), sub="ae_eid")
    if loc == "TH":
        v = thai_id_make(R)
        return "เลขประจำตัวประชาชน", L("gov_id", "%s %s %s %s %s" % (v[0], v[1:5], v[5:10], v[10:12], v[12]) if chance(R, 0.6) else v, sub="th_id")
    if loc == "VN":
        tw = pick(R, LOC["VN"]["towns"])
        return "CCCD", L("gov_id", cccd_make(tw[2], d, f, R), sub="vn_cccd")
    if loc == "ID":
        tw = pick(R, LOC["ID"]["towns"])
        return "NIK", L("gov_id", nik_make(tw[3], d, f, R), sub="id_nik")
    raise KeyError(loc)


def pan_random(R, holder, surname):
    first = "".join(R.choice(string.ascii_uppercase) for _ in range(3))
    return first + holder + surname[0].upper() + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase)


PASSPORT = {
    "GB": lambda R: digits(R, 9), "DE": lambda R: R.choice("CFGHJK") + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8),
    "PL": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7), "TR": lambda R: "U" + digits(R, 8),
    "CZ": lambda R: digits(R, 8), "ES": lambda R: "PA" + R.choice("ABCDEFGHJK") + digits(R, 6),
    "IT": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7), "FR": lambda R: "%02d%s%s" % (R.randint(10, 24), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), digits(R, 5)),
    "NL": lambda R: rnd(R, "BCDFGHJKLMNPRSTVWXZ", 2) + rnd(R, "BCDFGHJKLMNPRSTVWXZ0123456789", 6) + digits(R, 1),
    "PT": lambda R: R.choice("CDEFGHJKLMNP") + digits(R, 6), "SE": lambda R: digits(R, 8), "GR": lambda R: rnd(R, "ABEHIKMNOPTXYZ", 2) + digits(R, 7),
}


def passport(R, loc):
    return L("gov_id", PASSPORT[loc](R), sub="%s_passport" % loc.lower())


def id_check(sp):
    """Re-verify a gov_id label by its sub; True when the kind has no
    published check (by structure)."""
    v = sp["value"]
    sub = sp.get("sub", "")
    c = re.sub(r"[\s\-/.]", "", v)
    if sub == "us_ssn":
        a, g, s = v.split("-")
        return ssn_valid(int(a), int(g), int(s))
    if sub == "gb_nino":
        return c[:2] not in NINO_BAD_PREFIX and c[-1] in "ABCD" and len(c) == 9
    if sub == "in_aadhaar":
        return verhoeff_ok(c) and len(c) == 12
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if sub == "de_steuer_id":
        return steuerid_ok(c)
    if sub == "fr_nir":
        return nir_ok(c[:13], c[13:])
    if sub == "es_dni":
        return DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "es_nie":
        return nie_ok(c)
    if sub == "mx_curp":
        return curp_ok(c)
    if sub == "it_cf":
        return cf_check(c[:15]) == c[15]
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "pl_pesel":
        return pesel_ok(c)
    if sub == "pt_nif":
        return ptnif_ok(c)
    if sub == "br_cpf":
        return cpf_ok(c)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "se_pnr":
        return pnr_ok(c[-10:])
    if sub == "cz_rc":
        return rc_ok(c)
    if sub == "gr_amka":
        return len(c) == 11 and luhn_ok(c)
    if sub == "gr_afm":
        return afm_ok(c)
    if sub == "ru_snils":
        return snils_check(c[:9]) == c[9:]
    if sub == "jp_mynumber":
        return mynumber_ok(c)
    if sub == "kr_rrn":
        return rrn_ok(c)
    if sub == "cn_resident_id":
        return cn_id_ok(c)
    if sub == "ae_eid":
        return len(c) == 15 and c.startswith("784") and luhn_ok(c)
    if sub == "th_id":
        return thai_id_ok(c)
    if sub == "kr_pccc":
        return re.fullmatch(r"P\d{12}", c) is not None
    if sub == "vn_cccd":
        return len(c) == 12 and c.isdigit()
    if sub == "id_nik":
        return len(c) == 16 and c.isdigit() and 1 <= int(c[6:8]) % 40 <= 31
    if sub == "gb_driving_licence":
        return re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", c) is not None
    if sub in ("us_driving_licence", "de_driving_licence", "fr_driving_licence", "ru_driving_licence", "jp_driving_licence",
               "in_driving_licence", "kr_driving_licence", "ru_passport") or sub.endswith("_passport"):
        return len(c) >= 7
    return False


# ====================================================================== templates
class Skip(Exception):
    pass


TEMPLATES = []   # (name, count, func, locales, clean)


def tpl(name, count, locs=None, clean=False):
    def deco(fn):
        TEMPLATES.append((name, count, fn, locs or LOCS, clean))
        return fn
    return deco


def who(R, loc, used, female=None):
    p = draw_person(R, loc, used, female)
    if p is None:
        raise Skip("names used up")
    return p


def PN(p, roman=False, **meta):
    return L("person", p.full(roman), **meta)


def other_loc(R, loc, pool=None):
    xs = [x for x in (pool or LOCS) if x != loc]
    return pick(R, xs)


ROLE = ["dispatch", "customs", "ops", "export", "import", "bookings", "claims", "warehouse", "info", "docs", "noreply", "planning", "hr", "payroll", "returns", "security", "fleet", "it"]


def role_mail(R, domain, role=None):
    return N("%s@%s" % (role or pick(R, ROLE), domain), "role_mailbox")


def fw(loc):
    return FIRMS[loc]


# ---------------------------------------------------------------- 1 bill of lading
@tpl("bill_of_lading", 30)
def t_bl(R, loc):
    used = set()
    loc2 = other_loc(R, loc)
    rom1, rom2 = loc in NONLATIN, loc2 in NONLATIN
    shp = who(R, loc, used)
    f1, f2 = fw(loc), fw(loc2)
    body = ["BILL OF LADING – NON-NEGOTIABLE COPY", "\nB/L No. ", N(bl_no(R), "bl_number"), "   Booking ", N("BKG" + digits(R, 8), "booking_number"),
            "\nVessel / Voy.: ", N(pick(R, VESSELS), "vessel"), " ", N("%03d%s" % (R.randint(1, 480), R.choice("EWNS")), "voyage"), " (", N(imo_no(R), "imo_number"), ")",
            "\nPort of loading: ", N(pick(R, LOCODE[loc]), "locode"), "   Port of discharge: ", N(pick(R, LOCODE[loc2]), "locode"),
            "\n\nSHIPPER\n", N(f1["trade"][0], "organisation"), "\n", N(f1["trade"][2], "org_address"), "\n", N(EORI_VAT[loc](R)[0], "company_id"),
            "\nContact: ", PN(shp, rom1), " / Tel. ", phone_label(R, loc, loc, "mobile" if chance(R, 0.5) else "fixed"), " / ", email_work(R, shp, f1["trade"][1])]
    body += ["\n\nCONSIGNEE\n"]
    private = chance(R, 0.4)
    con = who(R, loc2, used)
    if private:
        body += [PN(con, rom2), "\n", L("address", address(R, loc2, roman=True, multiline=chance(R, 0.5))), "\nTel. ", phone_label(R, loc2, loc)]
        if chance(R, 0.45):
            body += ["  E-mail: ", email_personal(R, con, loc2)]
        x = gov_id(R, con, birth(R), loc2, "customs")
        if x and chance(R, 0.6):
            body += ["\n", x[0], ": ", x[1]]
    else:
        body += [N(f2["trade"][0], "organisation"), "\n", N(f2["trade"][2], "org_address"), "\n", N(EORI_VAT[loc2](R)[0], "company_id"),
                 "\nAttn: ", PN(con, rom2), ", ", phone_label(R, loc2, loc), ", ", email_work(R, con, f2["trade"][1])]
    body += ["\n\nNOTIFY PARTY\n"]
    if chance(R, 0.45):
        body += ["SAME AS CONSIGNEE"]
    else:
        nt = who(R, loc2, used)
        body += [N(f2["fwd"][0], "organisation"), " – attn. ", PN(nt, rom2), ", ", phone_label(R, loc2, loc), ", ", email_work(R, nt, f2["fwd"][1]), " / cc ", role_mail(R, f2["fwd"][1], "customs")]
    body += ["\n\nCONTAINER / SEAL / PACKAGES / DESCRIPTION / HS / GROSS WEIGHT"]
    for _ in range(R.randint(1, 3)):
        body += ["\n", N(container_no(R), "container_number"), " / ", N(seal_no(R), "seal_number"), " / ", str(R.randint(4, 33)), " pallets / ",
                 R.choice(["household textiles", "ceramic tableware", "garden furniture", "coffee beans, green", "olive oil in tins", "glassware", "spare parts"]), " / HS ", N(hs_code(R), "hs_code"), " / ", N(weight(R), "weight")]
    body += ["\nFreight: ", R.choice(["PREPAID", "COLLECT"]), "   Incoterms ", R.choice(["FOB", "CIF", "DAP", "EXW", "FCA"]), "\nShipped on board: ", N(iso_date(R), "shipping_date")]
    return "form", lang_of(loc), wrap(R, lang_of(loc), R.choice(["check", "summary", "strip"]), body)


# ---------------------------------------------------------------- 2 consolidation manifest (CSV)
MANIFEST_DEST = ["KR", "CN", "BR", "TR", "RU", "MX", "IN", "ID", "TH", "VN", "GR", "ES", "IT", "PT", "PL", "CZ", "SE", "AE", "US", "GB", "JP", "DE", "FR", "NL"]


@tpl("consolidation_manifest", 30, MANIFEST_DEST)
def t_manifest(R, loc):
    used = set()
    native = loc in NONLATIN and chance(R, 0.6)
    has_id = gov_id(R, who(R, loc, set()), birth(R), loc, "customs") is not None
    mawb = awb_make(R, R.choice(["176", "020", "160", "618", "157", "235"]))
    body = ["MAWB ", N(mawb, "awb_number"), "  flight ", N(pick(R, FLIGHTS), "flight_number"), "  ", N(pick(R, LOCODE["CN"] if loc != "CN" else LOCODE["DE"]), "locode"), " → ", N(pick(R, LOCODE[loc]), "locode"), "  ", N(iso_date(R), "shipping_date"),
            "\nhawb,consignee,address,phone," + ("id_no," if has_id else "") + "pcs,kg,hs_code,description,value_usd"]
    for _ in range(R.randint(2, 3)):
        p = who(R, loc, used)
        body += ["\n", N(hawb(R).replace(" ", ""), "hawb_number"), ",", PN(p, not native), ',"', L("address", address(R, loc, roman=not native)), '",', phone_label(R, loc, loc), ","]
        if has_id:
            x = gov_id(R, p, birth(R), loc, "customs")
            body += [x[1], ","]
        body += [str(R.randint(1, 4)), ",", "%.1f" % (R.randint(2, 300) / 10), ",", N(hs_code(R).replace(" ", "").replace(".", ""), "hs_code"), ",",
                 R.choice(["phone case", "sneakers", "cosmetics", "toy figure", "LED lamp", "tea", "handbag", "bike parts", "vitamins"]), ",", "%d.%02d" % (R.randint(8, 150), R.randint(0, 99))]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["check", "table", "explain"]), body)


# ---------------------------------------------------------------- 3 private-import customs declaration (localized)
@tpl("private_import_declaration", 38)
def t_customs(R, loc):
    used = set()
    lg = lang_of(loc)
    p = who(R, loc, used)
    d = birth(R)
    body = [F(lg, "t_customs"), "\n", F(lg, "ref"), ": ", N(mrn(R, loc if loc not in ("US", "IN", "MX", "BR", "JP", "KR", "CN", "AE", "TH", "VN", "ID", "TR", "RU") else "DE"), "mrn"),
            "\n", F(lg, "name"), ": ", PN(p)]
    if chance(R, 0.7):
        body += ["\n", F(lg, "dob"), ": ", L("dob", dob_text(R, loc, d))]
    body += ["\n", F(lg, "addr"), ": ", L("address", address(R, loc)), "\n", F(lg, "phone"), ": ", phone_label(R, loc, loc)]
    if chance(R, 0.7):
        body += ["\n", F(lg, "email"), ": ", email_personal(R, p, loc)]
    x = gov_id(R, p, d, loc, "customs")
    if x:
        body += ["\n", x[0], ": ", x[1]]
    body += ["\n", F(lg, "track"), ": ", N(tracking(R, loc), "tracking_number"), "\n", F(lg, "items"), ":"]
    for _ in range(R.randint(1, 3)):
        body += ["\n- HS ", N(hs_code(R), "hs_code"), " · ", R.choice(["2 × Bluetooth speaker", "1 × jacket", "3 × books", "1 × drone", "1 × watch", "4 × T-shirt", "1 × e-bike battery"]), " · ", F(lg, "value"), " ", N(money(R, loc), "amount")]
    if chance(R, 0.45):
        body += ["\n", F(lg, "card"), ": ", card_label(R, loc)]
    body += ["\n", F(lg, "date"), ": ", N(iso_date(R), "declaration_date")]
    return "form", lg, wrap(R, lg, R.choice(["check", "explain"]), body)


def card_label(R, loc):
    iss = R.choice({"TR": ["troy", "visa", "mastercard"], "RU": ["mir", "visa"], "JP": ["jcb", "visa"], "CN": ["unionpay", "visa"], "IN": ["rupay", "visa"],
                    "US": ["visa", "amex", "mastercard", "discover"]}.get(loc, ["visa", "mastercard", "maestro", "amex"]))
    n = card_random(R, iss)
    g = split_groups(n, card_grouping(len(n)))
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(g), sub=iss)


# ---------------------------------------------------------------- 4 customs broker e-mail
@tpl("broker_email", 30)
def t_broker(R, loc):
    used = set()
    rom = loc in NONLATIN
    f = fw(loc)
    br = who(R, loc, used)
    imp = who(R, loc, used)
    drv = who(R, loc, used)
    brm = email_work(R, br, f["fwd"][1])
    impm = email_work(R, imp, f["trade"][1]) if chance(R, 0.6) else email_personal(R, imp, loc)
    mrn_ = mrn(R, loc if loc in ("DE", "FR", "ES", "IT", "NL", "PL", "PT", "SE", "CZ", "GR", "GB") else "NL")
    body = ["From: ", PN(br, rom), " <", brm, ">\nTo: ", PN(imp, rom), " <", impm, ">\nCc: ", role_mail(R, f["fwd"][1], "customs"),
            "\nSubject: Customs entry ", N(mrn_, "mrn"), " – container ", N(container_no(R), "container_number"), "\n\n",
            "Dear ", L("person", imp.given_r if rom else imp.given), ",\n\n",
            "the goods are held at ", N(f["wh"][0], "organisation"), " (", N(f["wh"][1], "org_address"), ") pending a document check. We still need the commercial invoice with the ",
            "HS code ", N(hs_code(R), "hs_code"), " per line and your ", N(EORI_VAT[loc](R)[0], "company_id"), " on it. ",
            "Release is expected by ", N(iso_date(R), "release_date"), ". ",
            "Our driver ", PN(drv, rom), " (", phone_label(R, loc, loc), ") will collect it once cleared; please make sure someone can sign at the gate.\n\n",
            "Duties and VAT: ", N(money(R, loc), "amount"), ", payable to our account with reference ", N("CUS-" + digits(R, 6), "reference"), ".\n\n",
            "Kind regards\n", PN(br, rom), "\nCustoms broker, ", N(f["fwd"][0], "organisation"), "\nDirect: ", phone_label(R, loc, loc, "fixed" if loc in FIXED else "mobile"),
            " | Switchboard ", N(f["wh"][2], "switchboard")]
    return "email", lang_of(loc), wrap(R, lang_of(loc), R.choice(["reply", "summary", "explain"]), body)


# ---------------------------------------------------------------- 5 proof-of-delivery log
@tpl("pod_log", 34)
def t_pod(R, loc):
    used = set()
    drv = who(R, loc, used)
    body = ["POD export – route ", N("R-%02d-%s" % (R.randint(1, 60), rnd(R, "ABCDEFGH", 1)), "route_id"), "  date ", N(iso_date(R), "delivery_date"),
            "  vehicle ", N(PLATE[loc](R), "plate"), "\nDriver: ", PN(drv), "\n"]
    t = R.randint(7, 9) * 60 + R.randint(0, 50)
    for i in range(R.randint(2, 4)):
        t += R.randint(6, 35)
        body += ["\n%02d:%02d  stop %d  " % (t // 60, t % 60, i + 1), N(tracking(R, loc), "tracking_number"), "  ", L("address", address(R, loc)), "\n       "]
        k = R.randrange(5)
        if k <= 1:
            r = who(R, loc, used)
            body += ["delivered – signed by ", PN(r)]
        elif k == 2:
            r = who(R, loc, used)
            body += ["recipient not in – left with neighbour ", PN(r), R.choice([", next door", ", house opposite", " (flat %d)" % R.randint(1, 24), ", two doors down"])]
        elif k == 3:
            body += ["safe place: ", R.choice(["behind the green bin", "garage side door", "porch", "meter cupboard"]), ", photo ", N("IMG_%04d" % R.randint(1, 9999), "photo_id")]
        else:
            r = who(R, loc, used)
            body += ["delivered – signed by ", PN(r), " (door code ", L("secret", "%d%d%d%d%s" % tuple([R.randint(0, 9) for _ in range(4)] + [R.choice(["", "#", "B"])]), sub="door_code"), ")"]
    body += ["\n\nPOD PDFs: ", role_mail(R, fw(loc)["fwd"][1], "noreply")]
    return "log", lang_of(loc), wrap(R, lang_of(loc), R.choice(["summary", "table", "strip"]), body)


# ---------------------------------------------------------------- 6 courier chat with the customer (localized)
# {G}: customer's given name, {D}: driver's given name, {H}: carrier, {A}: address,
# {T}: tracking, {NB}: neighbour, {C}: code, {P}: phone, {K}: card
CHAT = {
    "en": ["Hi {G}, {D} here from {H}. I'm outside {A} with parcel {T} – no answer at the door.",
           "Sorry, stuck at work! Could you leave it with my neighbour {NB}, the house with the blue gate?",
           "No problem. What's the code for the side gate?",
           "It's {C}. If there's an issue just ring me on {P}.",
           "They charged a redelivery fee last time, can I just pay it here? Card {K}"],
    "de": ["Hallo {G}, hier ist {D} von {H}. Ich stehe vor {A} mit dem Paket {T}, es macht keiner auf.",
           "Oh, bin noch im Büro! Können Sie es bei meiner Nachbarin {NB} abgeben, gleich nebenan?",
           "Klar. Wie lautet der Code für die Haustür?",
           "Der Code ist {C}. Falls was ist, erreichen Sie mich unter {P}.",
           "Letztes Mal kam eine Gebühr für die Zweitzustellung, kann ich das hier zahlen? Karte {K}"],
    "fr": ["Bonjour {G}, c'est {D} de {H}. Je suis devant {A} avec le colis {T}, personne ne répond.",
           "Désolé, je suis au travail ! Vous pouvez le laisser à ma voisine {NB}, la maison d'à côté ?",
           "Pas de souci. C'est quoi le code du portail ?",
           "C'est {C}. En cas de souci appelez-moi au {P}.",
           "La dernière fois on m'a facturé une nouvelle livraison, je peux payer ici ? Carte {K}"],
    "es": ["Hola {G}, soy {D} de {H}. Estoy en {A} con el paquete {T} y no contesta nadie.",
           "¡Perdona, estoy trabajando! ¿Se lo puedes dejar a mi vecina {NB}, la puerta de al lado?",
           "Vale. ¿Cuál es el código del portal?",
           "Es {C}. Si hay algún problema llámame al {P}.",
           "La otra vez me cobraron la segunda entrega, ¿puedo pagar aquí? Tarjeta {K}"],
    "it": ["Buongiorno {G}, sono {D} di {H}. Sono davanti a {A} con il pacco {T}, non risponde nessuno.",
           "Scusi, sono al lavoro! Può lasciarlo alla mia vicina {NB}, la porta accanto?",
           "Va bene. Qual è il codice del cancello?",
           "È {C}. Per qualsiasi cosa mi chiami al {P}.",
           "L'altra volta mi hanno addebitato la riconsegna, posso pagare qui? Carta {K}"],
    "nl": ["Hoi {G}, met {D} van {H}. Ik sta bij {A} met pakket {T}, er doet niemand open.",
           "Sorry, ik ben nog op mijn werk! Kun je het bij mijn buurvrouw {NB} afgeven, hiernaast?",
           "Prima. Wat is de code van de poort?",
           "Die is {C}. Als er iets is, bel me op {P}.",
           "Vorige keer moest ik betalen voor een tweede bezorging, kan dat hier? Kaart {K}"],
    "pl": ["Dzień dobry {G}, tu {D} z {H}. Stoję pod adresem {A} z paczką {T}, nikt nie otwiera.",
           "Przepraszam, jestem w pracy! Może pan zostawić u sąsiadki {NB}, drzwi obok?",
           "Jasne. Jaki jest kod do furtki?",
           "Kod to {C}. W razie czego proszę dzwonić pod {P}.",
           "Ostatnio pobrali opłatę za ponowne doręczenie, mogę zapłacić tutaj? Karta {K}"],
    "pt": ["Olá {G}, fala o {D} da {H}. Estou em {A} com a encomenda {T} e ninguém atende.",
           "Desculpe, estou no trabalho! Pode deixar com a minha vizinha {NB}, a porta ao lado?",
           "Claro. Qual é o código do portão?",
           "É {C}. Qualquer coisa ligue para {P}.",
           "Da última vez cobraram uma nova entrega, posso pagar aqui? Cartão {K}"],
    "tr": ["Merhaba {G}, ben {H} kuryesi {D}. {A} adresindeyim, {T} numaralı kargonuz için kapıyı açan yok.",
           "Kusura bakmayın, işteyim! Komşum {NB} hanıma bırakabilir misiniz, yan daire?",
           "Tamam. Bahçe kapısının şifresi nedir?",
           "Şifre {C}. Bir sorun olursa {P} numarasından arayın.",
           "Geçen sefer tekrar teslim ücreti aldılar, buradan ödeyebilir miyim? Kart {K}"],
    "sv": ["Hej {G}, det är {D} från {H}. Jag står utanför {A} med paket {T}, ingen öppnar.",
           "Förlåt, jag är på jobbet! Kan du lämna det hos min granne {NB}, dörren bredvid?",
           "Absolut. Vad är portkoden?",
           "Den är {C}. Ring mig på {P} om något strular.",
           "Förra gången tog de en avgift för ny utkörning, kan jag betala här? Kort {K}"],
    "ja": ["{G}様、{H}の{D}です。{A}に荷物（{T}）をお届けに来ましたが、ご不在のようです。",
           "すみません、仕事中です！隣の{NB}さんに預けてもらえますか？",
           "承知しました。オートロックの番号を教えていただけますか？",
           "{C}です。何かあれば{P}までお電話ください。",
           "前回再配達料を取られたので、ここで払えますか？カード{K}"],
    "zh": ["{G}您好，我是{H}的快递员{D}。我在{A}，您的包裹{T}到了，敲门没人应。",
           "不好意思我在上班！能放邻居{NB}家吗？就在隔壁。",
           "可以。单元门密码是多少？",
           "{C}。有问题打我电话{P}。",
           "上次收了二次派送费，能在这里付吗？卡号{K}"],
    "ru": ["Здравствуйте, {G}! Это {D}, курьер {H}. Я у дома по адресу {A}, посылка {T}, никто не открывает.",
           "Извините, я на работе! Можете оставить у соседки {NB}, соседняя дверь?",
           "Хорошо. Какой код домофона?",
           "Код {C}. Если что, звоните на {P}.",
           "В прошлый раз взяли плату за повторную доставку, можно оплатить здесь? Карта {K}"],
    "ko": ["{G}님 안녕하세요, {H} 기사 {D}입니다. {A} 앞인데 택배 {T} 배송 왔는데 안 계시네요.",
           "죄송해요 회사예요! 옆집 {NB}님께 맡겨 주실 수 있나요?",
           "네. 공동현관 비밀번호가 어떻게 되나요?",
           "{C}입니다. 문제 있으면 {P}로 전화 주세요.",
           "지난번에 재배송비를 냈는데 여기서 결제돼요? 카드 {K}"],
    "ar": ["مرحباً {G}، معك {D} من {H}. أنا أمام {A} ومعي الشحنة {T} ولا أحد يرد.",
           "آسف، أنا في العمل! هل يمكنك تركها عند جاري {NB} في الفيلا المجاورة؟",
           "حسناً. ما هو رمز البوابة؟",
           "الرمز {C}. إذا حدثت مشكلة اتصل بي على {P}.",
           "في المرة الماضية دفعت رسوم إعادة التوصيل، هل أستطيع الدفع هنا؟ البطاقة {K}"],
}
CHAT_LOCS = ["US", "GB", "DE", "FR", "ES", "MX", "IT", "NL", "PL", "PT", "BR", "TR", "SE", "JP", "CN", "RU", "KR", "AE"]


def fill(frame, slots):
    """Split a frame with {X} slots into parts (slots: X -> part)."""
    out = []
    for piece in re.split(r"(\{[A-Z0-9]+\})", frame):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(slots[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


@tpl("courier_chat", 28, CHAT_LOCS)
def t_chat(R, loc):
    used = set()
    lg = lang_of(loc)
    cust = who(R, loc, used)
    drv = who(R, loc, used)
    nb = who(R, loc, used, female=True)
    lines = CHAT[lg]
    code = "%d%d%d%d" % tuple(R.randint(0, 9) for _ in range(4))
    slots = {"G": L("person", cust.given), "D": L("person", drv.given), "H": N(fw(loc)["haul"], "organisation"), "A": L("address", address(R, loc)),
             "T": N(tracking(R, loc), "tracking_number"), "NB": PN(nb), "C": L("secret", code, sub="door_code"), "P": phone_label(R, loc, loc), "K": None}
    t = R.randint(9, 17) * 60 + R.randint(0, 50)
    date = N(rdate(R, 2025, 2026).strftime("%d/%m/%Y"), "chat_date")
    body = [date, "\n"]
    n = 5 if chance(R, 0.5) else 4
    if n == 5:
        slots["K"] = card_label(R, loc)
    for i in range(n):
        t += R.randint(1, 4)
        spk = [L("person", drv.given), " (", N(fw(loc)["haul"], "organisation"), ")"] if i in (0, 2) else [PN(cust)]
        body += ["[%02d:%02d] " % (t // 60, t % 60)] + spk + [": "] + fill(lines[i], slots) + ["\n"]
    return "chat_export", lg, wrap(R, lg, R.choice(["reply", "summary", "strip"]), body)


# ---------------------------------------------------------------- 7 tachograph / working-time export
TACHO_LOCS = ["GB", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "CZ", "SE", "GR", "TR", "RU", "US"]


@tpl("tachograph_export", 30, TACHO_LOCS)
def t_tacho(R, loc):
    used = set()
    rom = loc in NONLATIN
    tm = who(R, loc, used)
    f = fw(loc)
    us = loc == "US"
    body = ["ELD log export (HOS summary) – " if us else "Tachograph analysis – weekly working time – ",
            N(f["haul"], "organisation"), "\nPeriod: ", N(iso_date(R), "period_date"), " – 7 days   Transport manager: ", PN(tm, rom), " <", email_work(R, tm, f["fwd"][1]), ">\n",
            "\ndriver;" + ("eld_user" if us else "card_no") + ";vehicle;drive_h;other_work_h;rest_h;infringement;mobile"]
    for _ in range(R.randint(2, 3)):
        p = who(R, loc, used)
        body += ["\n", PN(p, rom), ";", N(("u" + digits(R, 5)) if us else driver_card(R, loc if len(loc) == 2 else "X"), "driver_card"), ";", N(PLATE[loc](R), "plate"), ";",
                 "%d:%02d" % (R.randint(28, 56), R.randint(0, 59)), ";", "%d:%02d" % (R.randint(2, 14), R.randint(0, 59)), ";", "%d:%02d" % (R.randint(40, 70), R.randint(0, 59)), ";",
                 R.choice(["-", "-", "daily rest < 9h", "drive > 4.5h w/o break", "weekly rest reduced", "11h rule" if us else "missing manual entry"]), ";"]
        if chance(R, 0.5):
            body += [phone_label(R, loc, loc)]
    body += ["\n\nFiles: ", N("%s_%s.ddd" % (rnd(R, "ABCDEFGH", 1), digits(R, 8)), "file_name"), " downloaded from ", N(f["wh"][0], "organisation")]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["summary", "explain", "table"]), body)


# ---------------------------------------------------------------- 8 licence and ADR check
@tpl("licence_adr_check", 30)
def t_licence(R, loc):
    used = set()
    lg = lang_of(loc)
    chk = who(R, loc, used)
    body = ["Licence & ADR check – ", N(fw(loc)["haul"], "organisation"), " – ", N(iso_date(R), "check_date"), "\nChecked by: ", PN(chk), "\n",
            "\n| ", F(lg, "name"), " | ", F(lg, "dob"), " | ID / licence | Cat. | Valid to | ADR |\n|---|---|---|---|---|---|"]
    for _ in range(R.randint(2, 3)):
        p = who(R, loc, used)
        d = birth(R, 1960, 2001)
        x = gov_id(R, p, d, loc, "licence")
        body += ["\n| ", PN(p), " | ", L("dob", dob_text(R, loc, d)), " | ", x[0], " ", x[1], " | ", N(R.choice(["C+E", "C, CE", "B, C1", "CE, D1", "C"]), "licence_category"), " | ",
                 N(iso_date(R, 2026, 2031), "expiry_date"), " | ", N(adr_cert(R, loc) if chance(R, 0.7) else "—", "adr_certificate"), " |"]
    body += ["\n\nNext check due ", N(iso_date(R, 2026, 2027), "due_date"), "."]
    return "list", lg, wrap(R, lg, R.choice(["check", "table", "summary"]), body)


# ---------------------------------------------------------------- 9 warehouse shift rota with agency workers
MIGRANT = {"GB": ["PL", "IN", "CZ"], "DE": ["PL", "TR", "CZ", "GR"], "NL": ["PL", "PT", "ES"], "SE": ["PL", "GR"], "CZ": ["PL", "VN"], "FR": ["PT", "ES", "IT"],
           "ES": ["MX", "BR", "IT"], "IT": ["BR", "ES"], "US": ["MX", "IN"], "AE": ["IN", "ID", "TH"], "PT": ["BR"], "PL": ["CZ"], "JP": ["VN", "ID"], "KR": ["VN", "TH"]}


@tpl("shift_rota_agency", 28)
def t_rota(R, loc):
    used = set()
    rom = loc in NONLATIN
    f = fw(loc)
    sup = who(R, loc, used)
    body = ["Shift rota – ", N(f["wh"][0], "organisation"), " – week ", N("KW %02d" % R.randint(1, 52), "week_number"), "\nSupervisor: ", PN(sup, rom), ", ", phone_label(R, loc, loc),
            "\n\nname,dob,agency,badge,shift,mobile,emergency_contact,relation,ec_phone"]
    for _ in range(R.randint(2, 3)):
        wl = loc
        if loc in MIGRANT and chance(R, 0.35):
            wl = pick(R, MIGRANT[loc])
        wrom = rom or wl in NONLATIN
        w = who(R, wl, used)
        ec = who(R, wl, used) if chance(R, 0.7) else None
        body += ["\n", PN(w, wrom), ","]
        if chance(R, 0.45):
            body += [L("dob", dob_text(R, wl, birth(R, 1966, 2006), roman=wrom))]
        body += [",", N(f["agency"] if chance(R, 0.7) else "direct", "agency"), ",", N("B" + digits(R, 5), "badge_id"), ",",
                 N(R.choice(["06-14", "14-22", "22-06", "08-16:30"]), "shift_time"), ",", phone_label(R, loc, loc), ","]
        if ec is None:
            body += ["—,—,—"]
        else:
            body += [PN(ec, wrom), ",", R.choice(["wife", "mother", "sister", "partner", "daughter"] if ec.female else ["husband", "father", "brother", "partner", "son"]), ",", phone_label(R, wl, loc, "mobile")]
    body += ["\n\nQuestions to ", role_mail(R, f["trade"][1], "hr"), " or the switchboard ", N(f["wh"][2], "switchboard")]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["table", "check", "strip"]), body)


# ---------------------------------------------------------------- 10 forklift licence register
@tpl("forklift_register", 28)
def t_forklift(R, loc):
    used = set()
    lg = lang_of(loc)
    rom = loc in NONLATIN and chance(R, 0.4)
    tr = who(R, loc, used)
    body = ["Forklift operator register – ", N(fw(loc)["wh"][0], "organisation"), "\nAssessor: ", PN(tr, rom), " (", N("accred. " + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 5), "accreditation_number"), ")\n"]
    for i in range(R.randint(2, 3)):
        p = who(R, loc, used)
        d = birth(R, 1965, 2005)
        body += ["\n", str(i + 1), ". ", PN(p, rom), " – ", F(lg, "dob") if not rom else "DOB", " ", L("dob", dob_text(R, loc, d, roman=rom)), " – cert. ", N("FLT-" + digits(R, 6), "certificate_number"),
                 " – ", N(R.choice(["counterbalance B1", "reach truck D1", "VNA", "pallet stacker", "order picker"]), "truck_class"), " – refresher ", N(iso_date(R, 2026, 2028), "expiry_date")]
    body += ["\n\nTrucks: ", N("FLT-%02d" % R.randint(1, 40), "asset_id"), ", ", N("FLT-%02d" % R.randint(41, 90), "asset_id"), " (", N("LOLER %s" % iso_date(R), "inspection_date"), ")"]
    return "list", lg, wrap(R, lg, R.choice(["table", "check"]), body)


# ---------------------------------------------------------------- 11 TMS / telematics config
def tms_key(R):
    return R.choice(["tms_live_", "tlm_", "wms-prod-"]) + rnd(R, ALNUM, 32)


def password(R):
    return R.choice(["Forklift", "Palette", "Reefer", "Kaimauer", "Quai", "Muelle", "Banchina", "Rampa", "Liman", "Dock", "Pallet", "Trailer"]) + R.choice(["!", "#", "$", "%", "&", "*", "_", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "?", "z"])


@tpl("tms_config", 28)
def t_config(R, loc):
    used = set()
    rom = True
    own = who(R, loc, used)
    f = fw(loc)
    yaml = chance(R, 0.45)
    sec = [("TMS_API_KEY", L("secret", tms_key(R), sub="api_key")), ("TELEMATICS_TOKEN", L("secret", secret_random(R, "jwt"), sub="jwt")),
           ("MAPS_API_KEY", L("secret", secret_random(R, "google_api_key"), sub="google_api_key")), ("SLACK_WEBHOOK_URL", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook")),
           ("AWS_SECRET_ACCESS_KEY", L("secret", secret_random(R, "aws_secret_access_key"), sub="aws_secret_access_key")), ("SMTP_PASSWORD", L("secret", password(R), sub="password"))]
    R.shuffle(sec)
    sec = sec[:R.randint(2, 4)]
    dbpw = L("secret", password(R), sub="password")
    server = L("ip", global_ip(R), sub="server")
    allow = [L("ip", global_ip(R), sub="allowlist") for _ in range(2)]
    devs = [(N("TK-" + digits(R, 7), "device_serial"), N(PLATE[loc](R), "plate"), L("ip", global_ip(R) if chance(R, 0.8) else global_ip6(R), sub="device")) for _ in range(R.randint(1, 2))]
    if yaml:
        body = ["# tms-bridge/config.yaml – owner ", PN(own, rom), " <", email_work(R, own, f["fwd"][1]), ">\n", "tms:\n  base_url: https://tms.", f["fwd"][1], "/api/v2\n  server_ip: ", server, "\n"]
        for k, v in sec:
            body += ["  ", k.lower(), ": ", v, "\n"]
        body += ["database:\n  dsn: postgres://tms_app:", dbpw, "@", N(lan_ip(R), "ip_private"), ":5432/tms\n", "allowlist:\n  - ", allow[0], "\n  - ", allow[1], "\n", "scanners:\n  - ", N(lan_ip(R), "ip_private"), "\n  - ", N(lan_ip(R), "ip_private"), "\n", "units:\n"]
        for s_, pl, ip in devs:
            body += ["  - serial: ", s_, "\n    vehicle: ", pl, "\n    sim_ip: ", ip, "\n"]
        body += ["healthcheck: http://", N(doc_ip(R), "ip_documentation"), "/ping"]
    else:
        body = ["# .env – TMS/telematics bridge (", N(f["haul"], "organisation"), "), contact ", PN(own, rom), ", ", email_work(R, own, f["fwd"][1]), "\n", "TMS_BASE_URL=https://tms.", f["fwd"][1], "/api/v2\nTMS_SERVER_IP=", server, "\n"]
        for k, v in sec:
            body += [k, "=", v, "\n"]
        body += ["DATABASE_URL=postgres://tms_app:", dbpw, "@", N(lan_ip(R), "ip_private"), ":5432/tms\nALLOWED_IPS=", allow[0], ",", allow[1], "\nSCANNER_HOSTS=", N(lan_ip(R), "ip_private"), ",", N(lan_ip(R), "ip_private"), "\n"]
        for i, (s_, pl, ip) in enumerate(devs):
            body += ["UNIT_%d=" % (i + 1), s_, "|", pl, "|", ip, "\n"]
        body += ["HEALTHCHECK_URL=http://", N(doc_ip(R), "ip_documentation"), "/ping"]
    return "config", lang_of(loc), wrap(R, lang_of(loc), R.choice(["explain", "check", "strip"]), body)


# ---------------------------------------------------------------- 12 carrier-portal handover notes
@tpl("portal_handover", 26)
def t_portal(R, loc):
    used = set()
    rom = loc in NONLATIN
    f = fw(loc)
    me = who(R, loc, used)
    col = who(R, loc, used)
    myp = phone_label(R, loc, loc)
    body = ["Handover – carrier and customs portals (I'm away from ", N(iso_date(R), "leave_date"), ")\n",
            "\n- ", N(f["haul"], "organisation"), " booking portal: user ", email_work(R, me, f["fwd"][1]), " / pw ", L("secret", password(R), sub="password"), " – 2FA texts go to my mobile ", myp,
            "\n- Ocean carrier portal: user ", role_mail(R, f["fwd"][1], "bookings"), " / pw ", L("secret", password(R), sub="password"), " (shared login, account ", N("ACC-" + digits(R, 7), "account_number"), ")",
            "\n- Customs portal (", N(EORI_VAT[loc](R)[0], "company_id"), "): ", PN(col, rom), " has the certificate, PIN ", L("secret", digits(R, 6), sub="pin"), ", MFA on ", phone_label(R, loc, loc)]
    if chance(R, 0.6):
        body += ["\n- WMS admin (", N(lan_ip(R), "ip_private"), "): admin / ", L("secret", password(R), sub="password")]
    body += ["\n\nPallet exchange account: ", N("EPAL-" + digits(R, 6), "account_number"), "\nIf stuck call me: ", L("phone", myp.value, **myp.meta), "\n– ", L("person", me.given_r if rom else me.given)]
    return "notes", lang_of(loc), wrap(R, lang_of(loc), R.choice(["check", "strip", "summary"]), body)


# ---------------------------------------------------------------- 13 damage / claims report
IBAN_LOCS = ["GB", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "BR", "TR", "SE", "CZ", "GR", "AE"]


def iban_label(R, loc, holder=None):
    v = iban_random(R, loc)
    if chance(R, 0.6):
        v = group(v)
    meta = {"sub": loc}
    if holder:
        meta["holder"] = holder
    return L("iban", v, **meta)


@tpl("damage_claim", 32)
def t_claim(R, loc):
    used = set()
    rom = loc in NONLATIN
    f = fw(loc)
    cl = who(R, loc, used)
    drv = who(R, loc, used)
    op = who(R, loc, used)
    body = ["Subject: Claim ", N("CLM-%d-%s" % (R.randint(2025, 2026), digits(R, 5)), "claim_number"), " – damaged consignment ", N(tracking(R, loc), "tracking_number"),
            "\nTo: ", role_mail(R, f["fwd"][1], "claims"), "\n\nDear claims team,\n\non ", N(iso_date(R), "delivery_date"), " we received ", str(R.randint(2, 12)), " pallets (SSCC ",
            N(sscc(R), "sscc"), " to ", N(sscc(R), "sscc"), ") at ", N(f["wh"][0], "organisation"), ", dock ", N("D%02d" % R.randint(1, 40), "dock_id"), ". ",
            "Two pallets were crushed and the shrink wrap was torn. Your driver, ", PN(drv, rom), ", noted the damage on the CMR (box 24) and signed it; our warehouse operative ",
            PN(op, rom), " took photos before unloading (attached, ", N("IMG_%04d" % R.randint(1, 9999), "photo_id"), " to ", N("IMG_%04d" % R.randint(1, 9999), "photo_id"), ").\n\n",
            "We claim ", N(money(R, loc), "amount"), " (invoice ", N("INV-" + digits(R, 6), "invoice_number"), "). "]
    if loc in IBAN_LOCS:
        body += ["Please pay to ", N(f["trade"][0], "organisation"), ", IBAN ", iban_label(R, loc, "org"), ".\n\n"]
    else:
        body += ["Please pay to the bank account on file for ", N(f["trade"][0], "organisation"), ".\n\n"]
    body += ["Kind regards\n", PN(cl, rom), "\n", R.choice(["Logistics coordinator", "Inbound supervisor", "Supply chain manager"]), ", ", N(f["trade"][0], "organisation"),
             "\nDirect ", phone_label(R, loc, loc, "fixed" if chance(R, 0.5) else "mobile"), " | ", email_work(R, cl, f["trade"][1])]
    return "letter", lang_of(loc), wrap(R, lang_of(loc), R.choice(["check", "reply", "strip"]), body)


# ---------------------------------------------------------------- 14 driver payroll and expenses
@tpl("driver_payroll", 30, IBAN_LOCS + ["US"])
def t_payroll(R, loc):
    used = set()
    rom = loc in NONLATIN
    f = fw(loc)
    us = loc == "US"
    body = ["Driver payroll / expenses – ", N(f["haul"], "organisation"), " – ", N(rdate(R, 2025, 2026).strftime("%Y-%m"), "pay_period"), "\n",
            "\nname;dob;" + ("ssn" if us else "tax_id") + ";" + ("bank" if us else "iban") + ";trip_allowance;overnights;fuel_card;paid_by"]
    for _ in range(R.randint(2, 3)):
        p = who(R, loc, used)
        d = birth(R)
        x = gov_id(R, p, d, loc, "national")
        body += ["\n", PN(p, rom), ";", L("dob", dob_text(R, loc, d, roman=rom)) if chance(R, 0.5) else "", ";", x[1], ";"]
        if us:
            body += [N("ACH on file ****" + digits(R, 4), "masked_account")]
        else:
            body += [iban_label(R, loc)]
        body += [";", N(money(R, loc), "amount"), ";", str(R.randint(0, 5)), ";", N("FC-" + digits(R, 6), "fuel_card_id"), ";"]
        if chance(R, 0.3):
            body += ["corp card ", card_label(R, loc)]
        else:
            body += [R.choice(["payroll", "payroll", "cash advance"])]
    body += ["\n\nPrepared by ", role_mail(R, f["trade"][1], "payroll"), " – cost centre ", N("CC-" + digits(R, 4), "cost_centre")]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["check", "table", "strip"]), body)


# ---------------------------------------------------------------- 15 dock incident report (localized)
@tpl("dock_incident", 30)
def t_incident(R, loc):
    used = set()
    lg = lang_of(loc)
    f = fw(loc)
    inj = who(R, loc, used)
    fa = who(R, loc, used)
    wit = who(R, loc, used)
    sup = who(R, loc, used)
    d = birth(R, 1962, 2005)
    body = [F(lg, "t_incident"), "\n", F(lg, "ref"), ": ", N("IR-" + digits(R, 5), "report_number"), "   ", F(lg, "date"), ": ", N(iso_date(R), "incident_date"), "   ",
            F(lg, "time"), ": ", N("%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "incident_time"),
            "\n", F(lg, "place"), ": ", N(f["wh"][0], "organisation"), ", ", F(lg, "dock"), " ", N("%d" % R.randint(1, 48), "dock_id"), ", ", F(lg, "truck"), " ", N("FLT-%02d" % R.randint(1, 60), "asset_id"),
            "\n\n", F(lg, "injured"), ": ", PN(inj), "\n", F(lg, "dob"), ": ", L("dob", dob_text(R, loc, d)), "\n", F(lg, "addr"), ": ", L("address", address(R, loc)),
            "\n", F(lg, "phone"), ": ", phone_label(R, loc, loc), "\n", F(lg, "firstaid"), ": ", PN(fa), "\n", F(lg, "witness"), ": ", PN(wit)]
    if chance(R, 0.6):
        body += [", ", phone_label(R, loc, loc)]
    body += ["\n", F(lg, "superv"), ": ", PN(sup), "\n", F(lg, "desc"), ": ", N(PLATE[loc](R), "plate"), " / ", N(container_no(R), "container_number"), " / ", N("PAL-" + digits(R, 6), "pallet_id")]
    if lg == "en":
        body += [" – ", R.choice(["dock leveller dropped while the pallet truck was on it", "trailer crept forward (no wheel chock)", "pallet fell from the second beam level", "foot caught under the pallet jack"])]
    return "form", lg, wrap(R, lg, R.choice(["check", "strip", "summary"]), body)


# ---------------------------------------------------------------- 16 returns / RMA list
@tpl("returns_list", 28)
def t_returns(R, loc):
    used = set()
    rom = loc in NONLATIN and chance(R, 0.5)
    f = fw(loc)
    body = ["Returns to collect – ", N(f["wh"][0], "organisation"), " – ", N(iso_date(R), "collection_date"), "\nrma;customer;email;phone;pickup_address;gtin;reason"]
    for _ in range(R.randint(2, 3)):
        p = who(R, loc, used)
        body += ["\n", N("RMA-" + digits(R, 7), "rma_number"), ";", PN(p, rom), ";", email_personal(R, p, loc) if chance(R, 0.6) else "", ";", phone_label(R, loc, loc), ";", L("address", address(R, loc, roman=rom)), ";",
                 N(gs1_number(R, R.choice([13, 14]), R.choice(["40", "50", "76", "87", "69", "45", "88", "1"])), "gtin"), ";", R.choice(["wrong size", "damaged in transit", "not as described", "changed mind", "missing parts"])]
    body += ["\n\nLabels: ", role_mail(R, f["trade"][1], "returns")]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["table", "check", "reply"]), body)


# ---------------------------------------------------------------- 17 dispatch group chat (localized)
DISPATCH = {
    "en": ["Morning all. {D1}, first drop is {CU} at {A}, she wants a call 20 min before: {P}.", "OK. Gate code still {C}?",
           "Yes, {C}. {D2}, take trailer {PL} from bay {B}, collection at {O}.", "Copy. Running 15 min late, roadworks."],
    "de": ["Moin zusammen. {D1}, erster Stopp ist {CU}, {A}, bitte 20 Min. vorher anrufen: {P}.", "Ok. Torcode immer noch {C}?",
           "Ja, {C}. {D2}, du nimmst Auflieger {PL} von Rampe {B}, Abholung bei {O}.", "Alles klar. Bin 15 Min. später, Baustelle."],
    "pl": ["Dzień dobry. {D1}, pierwszy rozładunek u {CU}, {A}, prosi o telefon 20 min wcześniej: {P}.", "Ok. Kod do bramy dalej {C}?",
           "Tak, {C}. {D2}, bierzesz naczepę {PL} z rampy {B}, załadunek w {O}.", "Przyjąłem. Będę 15 min później, korek."],
    "es": ["Buenos días. {D1}, la primera entrega es a {CU} en {A}, pide que la llamen 20 min antes: {P}.", "Vale. ¿El código de la puerta sigue siendo {C}?",
           "Sí, {C}. {D2}, coges el remolque {PL} del muelle {B}, recogida en {O}.", "Recibido. Voy 15 min tarde, hay obras."],
    "pt": ["Bom dia. {D1}, a primeira entrega é à {CU}, {A}, pede para ligar 20 min antes: {P}.", "Ok. O código do portão ainda é {C}?",
           "Sim, {C}. {D2}, levas o reboque {PL} do cais {B}, recolha na {O}.", "Recebido. Vou 15 min atrasado, obras."],
    "tr": ["Günaydın. {D1}, ilk teslimat {CU}, {A}, 20 dk önce aranmak istiyor: {P}.", "Tamam. Kapı şifresi hâlâ {C} mi?",
           "Evet, {C}. {D2}, {B} numaralı rampadan {PL} dorsesini al, yükleme {O}.", "Anlaşıldı. Yol çalışması var, 15 dk gecikeceğim."],
    "nl": ["Goedemorgen. {D1}, eerste lossing is bij {CU}, {A}, graag 20 min vooraf bellen: {P}.", "Oké. Poortcode nog steeds {C}?",
           "Ja, {C}. {D2}, jij neemt oplegger {PL} van dock {B}, ophalen bij {O}.", "Begrepen. 15 min later, wegwerkzaamheden."],
    "it": ["Buongiorno. {D1}, prima consegna da {CU}, {A}, chiede di essere chiamata 20 min prima: {P}.", "Ok. Il codice del cancello è sempre {C}?",
           "Sì, {C}. {D2}, prendi il semirimorchio {PL} dalla baia {B}, ritiro da {O}.", "Ricevuto. Ritardo di 15 min, lavori in corso."],
}
DISPATCH_LOCS = ["GB", "US", "DE", "PL", "ES", "MX", "PT", "BR", "TR", "NL", "IT"]


@tpl("dispatch_group_chat", 26, DISPATCH_LOCS)
def t_dispatch(R, loc):
    used = set()
    lg = lang_of(loc)
    dsp = who(R, loc, used)
    d1 = who(R, loc, used, female=False)
    d2 = who(R, loc, used, female=False)
    cu = who(R, loc, used, female=True)
    code = "%d%d%d%d" % tuple(R.randint(0, 9) for _ in range(4)) + R.choice(["", "#", "*"])
    slots = {"D1": L("person", d1.given), "D2": L("person", d2.given), "CU": PN(cu), "A": L("address", address(R, loc)), "P": phone_label(R, loc, loc),
             "C": L("secret", code, sub="door_code"), "PL": N(PLATE[loc](R), "plate"), "B": N(str(R.randint(1, 40)), "dock_id"), "O": N(fw(loc)["trade"][0], "organisation")}
    speakers = [dsp, d1, dsp, d2]
    t = R.randint(5, 7) * 60 + R.randint(0, 50)
    day = rdate(R, 2025, 2026)
    body = []
    for i, fr in enumerate(DISPATCH[lg]):
        t += R.randint(1, 6)
        body += [N(day.strftime("%d.%m.%y"), "chat_date"), ", %02d:%02d - " % (t // 60, t % 60), PN(speakers[i]), ": "] + fill(fr, slots) + ["\n"]
    return "chat_export", lg, wrap(R, lg, R.choice(["summary", "strip", "explain"]), body)


# ---------------------------------------------------------------- 18 terminal gate check-in log
GATE_LOCS = ["GB", "DE", "NL", "FR", "ES", "IT", "PL", "SE", "GR", "PT", "CZ"]
GATE_DRIVERS = ["PL", "TR", "CZ", "ES", "IT", "DE", "FR", "NL", "PT", "SE", "GR", "GB"]


@tpl("gate_checkin_log", 28, GATE_LOCS)
def t_gate(R, loc):
    used = set()
    f = fw(loc)
    body = ["Gate check-in – ", N(f["wh"][0], "organisation"), " – ", N(iso_date(R), "gate_date"), "\ntime,driver,haulier,passport,plate,trailer,container,slot,mobile"]
    t = R.randint(5, 9) * 60
    for _ in range(R.randint(2, 3)):
        dl = pick(R, GATE_DRIVERS)
        p = who(R, dl, used)
        t += R.randint(3, 40)
        body += ["\n%02d:%02d," % (t // 60 % 24, t % 60), PN(p, dl in NONLATIN), ",", N(fw(dl)["haul"], "organisation"), ",", passport(R, dl), ",", N(PLATE[dl](R), "plate"), ",",
                 N(PLATE[dl](R), "trailer_plate"), ",", N(container_no(R) if chance(R, 0.7) else "-", "container_number"), ",", N("SLOT-" + digits(R, 5), "slot_id"), ",", phone_label(R, dl, loc) if chance(R, 0.7) else ""]
    body += ["\n\nSecurity desk ", N(f["wh"][2], "switchboard"), ", ", role_mail(R, f["fwd"][1], "security")]
    return "csv", lang_of(loc), wrap(R, lang_of(loc), R.choice(["table", "check", "strip"]), body)


# ---------------------------------------------------------------- 19 driver onboarding form (localized)
LICENCE_KIND = {"GB", "US", "DE", "FR", "RU", "JP", "IN", "KR"}


@tpl("driver_onboarding", 30)
def t_onboard(R, loc):
    used = set()
    lg = lang_of(loc)
    p = who(R, loc, used)
    ec = who(R, loc, used)
    d = birth(R, 1962, 2003)
    body = [F(lg, "t_onboard"), " – ", N(fw(loc)["haul"], "organisation"), "\n", F(lg, "name"), ": ", PN(p), "\n", F(lg, "dob"), ": ", L("dob", dob_text(R, loc, d)),
            "\n", F(lg, "addr"), ": ", L("address", address(R, loc)), "\n", F(lg, "phone"), ": ", phone_label(R, loc, loc), "\n", F(lg, "email"), ": ", email_personal(R, p, loc)]
    x = gov_id(R, p, d, loc, "national")
    body += ["\n", x[0], ": ", x[1]]
    if loc in LICENCE_KIND:
        y = gov_id(R, p, d, loc, "licence")
        body += ["\n", F(lg, "licence"), ": ", y[1]]
    body += [" (", N(R.choice(["C+E", "CE", "C1E", "C"]), "licence_category"), ", ", N(iso_date(R, 2027, 2033), "expiry_date"), ")"]
    if loc in IBAN_LOCS:
        body += ["\n", F(lg, "iban"), ": ", iban_label(R, loc)]
    body += ["\n", F(lg, "emerg"), ": ", PN(ec), ", ", phone_label(R, loc, loc, "fixed" if chance(R, 0.3) else "mobile"), "\n", F(lg, "date"), ": ", N(iso_date(R), "start_date")]
    return "form", lg, wrap(R, lg, R.choice(["check", "table"]), body)


# ---------------------------------------------------------------- 20 recipient's complaint letter (localized)
LETTER = {
    "en": ("Complaint – parcel {T}", "Dear Sir or Madam,\n\nparcel {T} was marked as delivered on {DT}, but I never received it. The photo in the app shows a door that is not mine, and my neighbour {NB} did not take it in either. Please investigate and either redeliver or refund {AM}.", "Yours faithfully"),
    "de": ("Beschwerde – Sendung {T}", "Sehr geehrte Damen und Herren,\n\ndie Sendung {T} wurde am {DT} als zugestellt markiert, ist aber nie bei mir angekommen. Das Foto in der App zeigt nicht meine Haustür, und meine Nachbarin {NB} hat auch nichts angenommen. Bitte prüfen Sie das und stellen Sie erneut zu oder erstatten Sie {AM}.", "Mit freundlichen Grüßen"),
    "fr": ("Réclamation – colis {T}", "Madame, Monsieur,\n\nle colis {T} a été indiqué comme livré le {DT}, mais je ne l'ai jamais reçu. La photo dans l'application ne montre pas ma porte, et ma voisine {NB} ne l'a pas réceptionné non plus. Merci de faire une enquête et de relivrer ou de rembourser {AM}.", "Veuillez agréer mes salutations distinguées"),
    "es": ("Reclamación – envío {T}", "Estimados señores:\n\nel envío {T} figura como entregado el {DT}, pero nunca lo he recibido. La foto de la aplicación no muestra mi puerta y mi vecina {NB} tampoco lo recogió. Les ruego que lo investiguen y lo vuelvan a entregar o me reembolsen {AM}.", "Atentamente"),
    "it": ("Reclamo – spedizione {T}", "Spettabile servizio clienti,\n\nla spedizione {T} risulta consegnata il {DT}, ma non l'ho mai ricevuta. La foto nell'app non mostra la mia porta e nemmeno la mia vicina {NB} l'ha ritirata. Vi chiedo di verificare e di riconsegnare o rimborsare {AM}.", "Distinti saluti"),
    "nl": ("Klacht – zending {T}", "Geachte heer, mevrouw,\n\nzending {T} staat op {DT} als bezorgd, maar ik heb niets ontvangen. De foto in de app toont niet mijn voordeur en mijn buurvrouw {NB} heeft ook niets aangenomen. Graag een onderzoek en opnieuw bezorgen of {AM} terugbetalen.", "Met vriendelijke groet"),
    "pl": ("Reklamacja – przesyłka {T}", "Szanowni Państwo,\n\nprzesyłka {T} została oznaczona jako doręczona {DT}, ale nigdy jej nie otrzymałam. Zdjęcie w aplikacji nie pokazuje moich drzwi, a sąsiadka {NB} też jej nie odebrała. Proszę o wyjaśnienie i ponowne doręczenie lub zwrot {AM}.", "Z poważaniem"),
    "pt": ("Reclamação – encomenda {T}", "Exmos. Senhores,\n\na encomenda {T} foi dada como entregue em {DT}, mas nunca a recebi. A fotografia na aplicação não mostra a minha porta e a minha vizinha {NB} também não a recebeu. Peço que averiguem e voltem a entregar ou reembolsem {AM}.", "Com os melhores cumprimentos"),
    "sv": ("Reklamation – försändelse {T}", "Hej,\n\nförsändelse {T} markerades som levererad {DT}, men jag har aldrig fått den. Bilden i appen visar inte min dörr och min granne {NB} har inte heller tagit emot den. Undersök gärna saken och leverera igen eller återbetala {AM}.", "Vänliga hälsningar"),
    "cs": ("Reklamace – zásilka {T}", "Dobrý den,\n\nzásilka {T} byla {DT} označena jako doručená, ale nikdy jsem ji nedostala. Fotka v aplikaci neukazuje moje dveře a sousedka {NB} ji také nepřevzala. Prosím o prošetření a nové doručení nebo vrácení {AM}.", "S pozdravem"),
}
LETTER_LOCS = ["GB", "US", "DE", "FR", "ES", "MX", "IT", "NL", "PL", "PT", "BR", "SE", "CZ"]


@tpl("complaint_letter", 36, LETTER_LOCS)
def t_letter(R, loc):
    used = set()
    lg = lang_of(loc)
    subj, text, close = LETTER[lg]
    me = who(R, loc, used, female=True)
    nb = who(R, loc, used, female=True)
    tr = tracking(R, loc)
    slots = {"T": N(tr, "tracking_number"), "DT": N(iso_date(R), "delivery_date"), "NB": PN(nb), "AM": N(money(R, loc), "amount")}
    body = [PN(me), "\n", L("address", address(R, loc, multiline=True)), "\n", phone_label(R, loc, loc), "\n", email_personal(R, me, loc), "\n\n", N(fw(loc)["haul"], "organisation"), "\n",
            role_mail(R, fw(loc)["fwd"][1], "claims"), "\n\n"] + fill(subj, dict(slots, T=N(tr, "tracking_number"))) + ["\n\n"] + fill(text, slots) + ["\n\n", close, "\n", PN(me)]
    return "letter", lg, wrap(R, lg, R.choice(["check", "reply"]), body)


# ====================================================================== clean-only templates
def any_lang(R):
    return pick(R, LANGS)


@tpl("vessel_schedule", 25, clean=True)
def c_schedule(R, loc):
    body = ["Sailing schedule – ", N(pick(R, VESSELS), "vessel"), " (", N(imo_no(R), "imo_number"), "), service ", N(R.choice(["AEX2", "NEU7", "TPX", "MEDLOOP", "IBX"]), "service_code"), "\n"]
    for _ in range(R.randint(3, 5)):
        l = pick(R, LOCS)
        body += ["\n", N(pick(R, LOCODE[l]), "locode"), "  ETA ", N(iso_date(R), "eta_date"), " ", N("%02d:00" % R.randint(0, 23), "time"), "  cut-off ", N(iso_date(R), "cutoff_date"), "  berth ", N(str(R.randint(1, 30)), "berth")]
    body += ["\n\nBooked boxes: "]
    for _ in range(R.randint(2, 4)):
        body += [N(container_no(R), "container_number"), " (", N(R.choice(["40HC", "20DV", "45R1", "40RF"]), "iso_size_type"), ", seal ", N(seal_no(R), "seal_number"), "), "]
    body += ["VGM ", N(weight(R), "weight"), ", B/L ", N(bl_no(R), "bl_number"), "."]
    lg = any_lang(R)
    return "schedule", lg, wrap(R, lg, R.choice(["explain", "summary"]), body)


@tpl("tariff_question", 25, clean=True)
def c_tariff(R, loc):
    f = fw(loc)
    body = ["We import ", R.choice(["bamboo cutting boards", "e-bike batteries", "cotton tea towels", "ceramic mugs", "LED strip lights", "olive-wood bowls"]), " via ", N(pick(R, LOCODE[loc]), "locode"),
            ". The supplier's invoice says HS ", N(hs_code(R), "hs_code"), " but the broker used ", N(hs_code(R), "hs_code"), ". Duty would be ", N("%.1f %%" % (R.randint(0, 120) / 10), "duty_rate"),
            " vs ", N("%.1f %%" % (R.randint(0, 120) / 10), "duty_rate"), ". Our company is ", N(f["trade"][0], "organisation"), ", ", N(EORI_VAT[loc](R)[0], "company_id"), ", Incoterms ",
            R.choice(["DAP", "FCA", "CIF", "DDP"]), ", entry ", N(mrn(R, "NL"), "mrn"), " of ", N(iso_date(R), "entry_date"), ". Questions go to ", role_mail(R, f["fwd"][1], "customs"), "."]
    lg = lang_of(loc)
    return "question", lg, wrap(R, lg, "explain", body)


@tpl("gs1_label_data", 25, clean=True)
def c_gs1(R, loc):
    body = ["Scanned pallet labels (GS1-128), dock ", N("D%02d" % R.randint(1, 30), "dock_id"), ":\n"]
    for _ in range(R.randint(3, 5)):
        s = sscc(R)
        g = gs1_number(R, 14, R.choice(["0", "1"]))
        body += ["\n(00)", N(s, "sscc"), "(02)", N(g, "gtin"), "(37)", str(R.randint(10, 240)), "(10)", N("L" + digits(R, 6), "batch"), "(15)", N(rdate(R, 2026, 2027).strftime("%y%m%d"), "best_before"),
                 "  → bay ", N("%s-%02d-%d" % (R.choice("ABCDEFG"), R.randint(1, 40), R.randint(1, 6)), "bay_id")]
    body += ["\n\nOne of them rejects in the WMS ('check digit'). Which one, and why?"]
    lg = any_lang(R)
    return "label", lg, wrap(R, lg, "explain", body)


@tpl("dangerous_goods_note", 25, clean=True)
def c_dg(R, loc):
    f = fw(loc)
    body = ["DANGEROUS GOODS NOTE – ", N(f["trade"][0], "organisation"), "\n", N(f["trade"][2], "org_address"), "\n24h emergency: ", N(f["wh"][2], "switchboard"), "\n"]
    for _ in range(R.randint(2, 4)):
        un, name, cls = pick(R, UN_NUMBERS)
        body += ["\n", N(un, "un_number"), " ", name.upper(), ", class ", cls, ", PG ", R.choice(["II", "III", "—"]), ", ", str(R.randint(1, 40)), " x ", R.choice(["4G", "1A2", "4GV", "3H1"]),
                 ", net ", N(weight(R), "weight"), ", tunnel code ", R.choice(["(E)", "(D/E)", "(C/E)"])]
    body += ["\n\nContainer ", N(container_no(R), "container_number"), ", seal ", N(seal_no(R), "seal_number"), ", loading ", N(iso_date(R), "shipping_date"), ", vessel ", N(pick(R, VESSELS), "vessel"),
             "\nDocuments: ", role_mail(R, f["fwd"][1], "dg")]
    lg = lang_of(loc)
    return "form", lg, wrap(R, lg, R.choice(["check", "explain"]), body)


@tpl("depot_directory", 25, clean=True)
def c_depots(R, loc):
    body = ["Depots and contacts (public list)\n"]
    ls = [loc] + [other_loc(R, loc) for _ in range(R.randint(1, 2))]
    for l in ls:
        f = fw(l)
        body += ["\n", N(f["wh"][0], "organisation"), "\n  ", N(f["wh"][1], "org_address"), "\n  switchboard ", N(f["wh"][2], "switchboard"), " · ", role_mail(R, f["fwd"][1], "dispatch"), " · ",
                 role_mail(R, f["fwd"][1], "customs"), "\n  gates ", N("%02d:00–%02d:00" % (R.randint(5, 8), R.randint(18, 23)), "opening_hours"), ", scanner net ", N("10.%d.0.0/16" % R.randint(1, 60), "cidr"),
                 ", gate kiosk ", N(lan_ip(R), "ip_private")]
    lg = lang_of(loc)
    return "list", lg, wrap(R, lg, R.choice(["table", "summary"]), body)


SAMPLES = [("John Doe", "en"), ("Jane Roe", "en"), ("Max Mustermann", "de"), ("Erika Mustermann", "de"), ("Jean Dupont", "fr"), ("Juan Pérez", "es"), ("Mario Rossi", "it"),
           ("Jan Jansen", "nl"), ("Jan Kowalski", "pl"), ("Fulano de Tal", "pt"), ("山田 太郎", "ja"), ("홍길동", "ko"), ("张三", "zh"), ("Иванов Иван Иванович", "ru"), ("Ahmet Yılmaz", "tr"), ("Sven Svensson", "sv")]


@tpl("training_sample", 25, clean=True)
def c_sample(R, loc):
    a, _ = pick(R, SAMPLES)
    b, _ = pick(R, SAMPLES)
    body = ["TRAINING – sample bill of lading for the new dispatch team (all data fictitious)\n",
            "\nShipper: Sample Exports Ltd, 1 Example Street, Anytown – contact ", N(a, "sample_name"), ", ", N("+1 555 01%02d" % R.randint(0, 99), "fiction_phone"), ", ", N("shipper@example.com", "example_email"),
            "\nConsignee: ", N(b, "sample_name"), ", ", N("consignee@example.org", "example_email"), ", tel ", N("07700 900%03d" % R.randint(0, 999), "fiction_phone"),
            "\nContainer ", N("ABCU1234560", "sample_container"), " (the check digit exercise), seal ", N("000000", "sample_seal"), ", tracking ", N("1Z999AA10123456784", "sample_tracking"),
            "\nTelematics test host ", N(doc_ip(R), "ip_documentation"), ", API key ", N("<YOUR_TMS_API_KEY>", "placeholder"), ", password ", N("********", "masked")]
    lg = any_lang(R)
    return "scenario", lg, wrap(R, lg, R.choice(["check", "explain"]), body)


NAMEWORD = ["Will the reefer plug in bay 4 hold until Monday?", "Mark every pallet with the new SSCC labels before loading.", "Grant the haulier access to the yard after 18:00.",
            "Can someone chase up the forwarder about the missing packing list?", "We should bill the consignee for the demurrage, not the shipper.", "The pallet jack in aisle 7 is broken again.",
            "Dawn departures from the cross-dock start next week.", "Frank talk at the night-shift briefing: the scanners freeze in the cold store.", "Rich cargo mix this week: reefer, DG and oversize.",
            "Victor, Tango, Alpha – spell the trailer id on the radio.", "Herr Frachtbrief, sagt der Kollege, wenn er den Stapel CMR meint.", "Frank und frei geliefert, sagt der Kunde.",
            "Das ist ernst, Leute: ohne Ladungssicherung fährt keiner vom Hof.", "Une rose trémière pousse entre les rails du quai 4.", "Pierre de taille en vrac : prévoir des sangles supplémentaires.",
            "Mercedes Actros y Victoria Dock aparecen en el plan de carga.", "Rosario de incidencias en el muelle 3 esta semana.", "Fortunato il carico: niente danni dopo la tempesta.",
            "Roos van het magazijn: het rooster staat online.", "Graça a Deus, o contentor chegou inteiro.", "Will Smith Street is closed for the marathon, reroute via the ring road.",
            "Jack up the trailer before changing the tyre.", "Hope the customs system is back before the cut-off.", "Sterling is weak, so the UK invoices look cheaper this month.",
            "Penny, the yard tractor, needs new brakes.", "Amber light on the dock leveller means it is not locked."]


@tpl("name_as_word_notes", 25, clean=True)
def c_nameword(R, loc):
    k = R.randint(3, 5)
    idx = R.sample(range(len(NAMEWORD)), k)
    body = ["Notes from the shift meeting, ", N(iso_date(R), "meeting_date"), ":\n"] + ["\n- " + NAMEWORD[i] for i in idx]
    lg = any_lang(R)
    return "notes", lg, wrap(R, lg, R.choice(["summary", "reply"]), body)


FAMOUS = [("Malcom McLean", "en", "Why is Malcom McLean called the father of containerisation?"),
          ("Keith Tantlinger", "en", "What did Keith Tantlinger add to the container design (twist locks)?"),
          ("Frederick W. Smith", "en", "How did Frederick W. Smith's college paper turn into FedEx?"),
          ("James E. Casey", "en", "Who was James E. Casey and how did UPS start in Seattle?"),
          ("大野耐一", "ja", "大野耐一が考えたかんばん方式を、倉庫の仕事に当てはめて説明してください。"),
          ("Mærsk Mc-Kinney Møller", "en", "What role did Mærsk Mc-Kinney Møller play in the growth of Maersk?"),
          ("Frederick Winslow Taylor", "en", "Is Frederick Winslow Taylor's time study still used in warehouse picking?"),
          ("Henry Ford", "de", "Was hat Henry Ford mit dem Fließband für die Logistik verändert?"),
          ("Rudolf Diesel", "de", "Wie kam Rudolf Diesel auf seinen Motor, und warum fahren Lkw bis heute damit?"),
          ("Ferdinand de Lesseps", "fr", "Comment Ferdinand de Lesseps a-t-il obtenu la concession du canal de Suez ?"),
          ("Aristotle Onassis", "el", "Πώς έχτισε ο Αριστοτέλης Ωνάσης τον στόλο του μετά τον πόλεμο;"),
          ("郑和", "zh", "郑和下西洋的船队规模有多大？对今天的航运有什么启发？"),
          ("Amancio Ortega", "es", "¿Cómo organizó Amancio Ortega la logística de Zara desde Arteixo?"),
          ("Marco Polo", "it", "Quali merci trasportava Marco Polo lungo la Via della Seta?"),
          ("Пётр Первый", "ru", "Зачем Пётр Первый строил порт в Санкт-Петербурге?"),
          ("Fausto da Gama", "pt", "Que rota seguiu Fausto da Gama até à Índia e quanto tempo demorou?"),
          ("Jeff Bezos", "en", "How did Jeff Bezos decide where to put the first Amazon fulfilment centres?")]


@tpl("famous_people_questions", 25, clean=True)
def c_famous(R, loc):
    k = R.randint(1, 3)
    qs = R.sample(FAMOUS, k)
    lg = qs[0][1]
    body = [{"en": "For a short talk at our logistics training day:", "de": "Für einen kurzen Vortrag beim Azubi-Tag in der Spedition:", "fr": "Pour un exposé à la journée formation du dépôt :",
             "ja": "物流研修で話すネタを探しています。", "zh": "物流培训要讲个小故事：", "el": "Για μια σύντομη ομιλία στην εκπαίδευση της αποθήκης:", "es": "Para una charla en la jornada de formación del almacén:",
             "it": "Per una breve presentazione alla giornata di formazione:", "ru": "Для короткого доклада на обучении склада:", "pt": "Para uma apresentação curta na formação do armazém:"}[lg]]
    for name, _, q in qs:
        body += ["\n- ", N(q, "famous_person")]
    return "question", lg, body


# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0\u202f\-]?[A-Z0-9]){10,30})")
SEP = " -.\u00a0\u202f"
ROLE_SET = set(ROLE) | {"dg", "hr", "payroll"}
MIDDLE = {m.lower() for m in VN_MIDDLE_M + VN_MIDDLE_F}
DEVA = "\u0900-\u097F"


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            if t[i] != "\n":
                t[i] = " "
    return "".join(t)


def digit_windows(text):
    """All windows of consecutive digit groups joined by one separator."""
    out = []
    for m in re.finditer(r"\d+(?:[%s]\d+)*" % re.escape(SEP), text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if len(s) >= 13:
                    out.append(s)
    return out


def name_words(rec):
    ws = set()
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        for w in re.split(r"[\s\-]+", sp["value"]):
            if w and w.lower() not in PARTICLES and w.lower() not in MIDDLE:
                ws.add(w)
    return ws


def is_cjk(w):
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in w)


def is_thai(w):
    return any("\u0e00" <= c <= "\u0e7f" for c in w)


def rule_violations(rec, clean):
    bad = []
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        bad.append("length")
    if clean and rec["spans"]:
        bad.append("clean_with_labels")
    if not clean and not rec["spans"]:
        bad.append("no_labels")
    try:
        check_record(rec)
    except AssertionError:
        bad.append("record")
    for sp in rec["spans"]:
        v = sp["value"]
        if sp["type"] == "gov_id" and not id_check(sp):
            bad.append("gov_id_check")
        if sp["type"] == "iban":
            c = re.sub(r"[\s\-]", "", v)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                bad.append("iban_check")
        if sp["type"] == "card":
            c = re.sub(r"\D", "", v)
            if not luhn_ok(c) or not 12 <= len(c) <= 19:
                bad.append("card_check")
        if sp["type"] == "email":
            if not EMAIL_RE.fullmatch(v) or "example" in v.split("@")[1]:
                bad.append("email_format")
        if sp["type"] == "ip":
            a = ipaddress.ip_address(v)
            if not a.is_global:
                bad.append("ip_not_global")
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        local, dom = e.split("@", 1)
        if local.lower() not in ROLE_SET and "example" not in dom:
            bad.append("email_outside")
    for ip in IPV4_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                bad.append("ip_outside")
        except ValueError:
            pass
    for ip in IPV6_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                bad.append("ip_outside")
        except ValueError:
            pass
    for w in digit_windows(m):
        if len(set(w)) > 1 and luhn_ok(w):
            bad.append("luhn_outside")
            break
    for cand in IBAN_RE.findall(m):
        c = re.sub(r"[\s\-\u00a0\u202f]", "", cand)
        for n in range(15, len(c) + 1):
            x = c[:n]
            if x[:2] in IBAN_LEN and len(x) == IBAN_LEN[x[:2]] and iban_mod97(x) == 1:
                bad.append("iban_outside")
    low = m.lower()
    for w in name_words(rec):
        if is_thai(w):
            parts = [w] if len(w) >= 4 else []
            if any(p in m for p in parts):
                bad.append("name_word_outside")
        elif is_cjk(w):
            parts = {w[i:j] for i in range(len(w)) for j in range(i + 2, len(w) + 1)}
            if any(p in m for p in parts):
                bad.append("name_word_outside")
        else:
            if re.search(r"(?<![\w%s])%s(?![\w%s])" % (DEVA, re.escape(w.lower()), DEVA), low):
                bad.append("name_word_outside")
    return sorted(set(bad))


# ====================================================================== generation
def draw_all():
    cands = []          # (template, clean, rec or None, reasons)
    for name, count, fn, locs, clean in TEMPLATES:
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            loc = locs[i % len(locs)]
            try:
                form, lang, parts = fn(R, loc)
            except Skip as e:
                cands.append((name, clean, None, ["skip:" + str(e)], loc))
                continue
            rec = build("", form, lang, parts)
            cands.append((name, clean, rec, rule_violations(rec, clean), loc))
    return cands


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(verbose=False):
    cands = draw_all()
    items = []
    for _, _, rec, bad, _ in cands:
        if rec is not None and not bad:
            items += phone_items(rec)
    invalid = pv_check(items)
    if invalid is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    badnums = {ln.split("\t")[1] for ln in invalid}
    kept, dropped, seen = [], Counter(), set()
    per = Counter()
    for name, clean, rec, bad, loc in cands:
        count = next(c for n, c, _, _, _ in TEMPLATES if n == name)
        if per[name] >= count:
            continue
        if rec is not None and any(v in badnums for v, _, _ in phone_items(rec)):
            bad = bad + ["phone_invalid"]
        if rec is not None and rec["text"] in seen:
            bad = bad + ["repeated"]
        if bad:
            for b in bad:
                dropped[(name, b)] += 1
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append((name, clean, rec, loc))
    for name, count, _, _, _ in TEMPLATES:
        assert per[name] == count, (name, per[name], count)
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    out = []
    for i, (name, clean, rec, loc) in enumerate(kept):
        rec = dict(rec)
        rec["id"] = "%s%05d" % (PREFIX, i)
        out.append(({"id": rec["id"], "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"], **({"neg": rec["neg"]} if "neg" in rec else {})}, name, clean, loc))
    if verbose:
        print("dropped:", sum(dropped.values()))
        for k, v in sorted(dropped.items()):
            print("  %-28s %-22s %d" % (k[0], k[1], v))
    return out


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(out):
    recs = [r for r, _, _, _ in out]
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(types.values()))
    print("types", dict(types.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("templates", dict(Counter(n for _, n, _, _ in out)))
    print("labels per template", {n: sum(len(r["spans"]) for r, m, _, _ in out if m == n) for n, *_ in TEMPLATES})
    print("countries (labelled)", dict(Counter(l for r, _, c, l in out if not c).most_common()))
    print("phone regions", len({sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone"}), "with plan", sum(1 for r in recs for sp in r["spans"] if sp.get("plan")))
    print("phone subs", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "phone")))
    print("gov_id subs", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
    print("secret subs", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common()))
    print("card subs", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "card").most_common()))
    print("iban countries", dict(Counter(sp["value"][:2] for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common()))
    print("ip subs", dict(Counter((sp["sub"], ":" in sp["value"]) for r in recs for sp in r["spans"] if sp["type"] == "ip")))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}), sorted({t for r in recs for t in r.get("neg", [])}))
    lens = sorted(len(r["text"]) for r in recs)
    print("length min/median/max", lens[0], lens[len(lens) // 2], lens[-1])
    print("labels across newline", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    pw = Counter()
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "person":
                for w in re.split(r"[\s\-]+", sp["value"]):
                    pw[w] += 1
    print("distinct person values", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}), "distinct name words", len(pw))
    print("distinct phones", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "phone"}), "of", types["phone"])


def check_file():
    with open(OUT, encoding="utf-8") as fh:
        data = fh.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    assert len(recs) == 800, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == 200
    for i, r in enumerate(recs):
        assert r["id"] == "%s%05d" % (PREFIX, i)
        check_record(r)
        bad = rule_violations(r, not r["spans"])
        assert not bad, (r["id"], bad)
    items = [it for r in recs for it in phone_items(r)]
    invalid = pv_check(items)
    assert invalid is not None, "pv missing"
    assert not invalid, invalid[:5]
    assert len({r["text"] for r in recs}) == len(recs)
    out = generate()
    assert serialise([r for r, _, _, _ in out]) == data, "regeneration differs"
    for hs in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        assert res == data, "differs under PYTHONHASHSEED=" + hs
    print("OK: %d records, %d clean, %d labels, %d phones valid, every rule and checksum re-verified, regeneration byte for byte (also PYTHONHASHSEED 0, 7, 12345)"
          % (len(recs), sum(1 for r in recs if not r["spans"]), sum(len(r["spans"]) for r in recs), len(items)))


def main():
    if "--check" in sys.argv:
        check_file()
        return
    if "--dump" in sys.argv:
        sys.stdout.buffer.write(serialise([r for r, _, _, _ in generate()]).encode("utf-8"))
        return
    out = generate(verbose="--stats" in sys.argv)
    if "--stats" in sys.argv:
        stats(out)
        return
    write_jsonl(OUT, [r for r, _, _, _ in out])
    print("wrote %s: %d records" % (OUT, len(out)))


if __name__ == "__main__":
    main()
