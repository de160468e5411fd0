#!/usr/bin/python3
"""Held-out part 50 of the redaction corpus (heldout50.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 49
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 25's decisions on children,
school ids (UPNs as look-alikes), teachers and school offices; part 29's
DBS application; part 45's safeguarding forms; part 20's exam seating
lists), lines 1-100 of gen_heldout33.py and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run only through `pv_check`); not the redactor, its docs, its tests, the
other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 17:53:15 UTC on
2026-12-05 (`date -u`); the end time is in heldout/README.md. `pv_check`
is reused as is; the CLI layout (rewrite / --check / --stats) imitates
part 33's header.

Theme: SCHOOLS, NURSERIES AND EXAM CENTRES FROM THE STAFF SIDE. What school
office administrators, admissions and attendance officers, SENCOs, DSLs,
exam officers, nursery key workers, bursars, trip coordinators, MIS/data
managers and the school's IT technician paste into an AI assistant, from
22 countries in 20 languages: admission forms, attendance logs, care plans,
SEN support plans, safeguarding chronologies, access-arrangement lists,
parent e-mails, free-meal and bursary applications with bank details, trip
consent forms with passports, staff vetting forms, MIS exports, configs
with API keys, portal logs, chats with parents and nursery notes. Hard
negatives of the theme everywhere: UPN, ULN, candidate, centre and UCI
numbers, class and form names, rooms, periods, lesson and exam dates and
times, syllabus codes, grades and marks, the school's own lines, mailboxes
and website, houses, buildings and schools named after people, authors
and historical figures being taught, private and documentation IPs, test
cards and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
500917, shuffle seed 500918).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout50.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout50.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout50.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, nino_random, nhs_random, steuerid_random,
                       steuerid_ok, nir_random, nir_ok, dni_random, nie_random,
                       nie_ok, DNI_LETTERS, cf_make, cf_check, bsn_random,
                       bsn_ok, aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       nhs_ok, card_random, card_grouping, split_groups,
                       MONTHS, secret_random, PLANS, digits, nz, rnd)

SEED = 500917
SHUFFLE_SEED = 500918
OUT = os.path.join(HERE, "heldout50.jsonl")
PREFIX = "heldout-ax-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== locales
# Names: "native|roman" where the script is not Latin. Family names with a
# female form are written "male/female". CJK, Korean: family first.
NAMES = {
    "GB": ("Alasdair Fergal Cormac Lachlan Fingal Ruairidh Ewart Caspian",
           "Morwenna Isolde Lowenna Demelza Briony Aoibheann Elowen Clemency",
           "Trevaskis Hollingworth Pengelly Cotterill Rowbotham Attenborough-Pyke Winstanley Mottershead Tregear Ackroyd"),
    "US": ("Beauregard Cletus Anderson Lamarcus Rhett Jubal Tucker Kasen",
           "Oaklynn Lurleen Charlene Kaylee Oleta Nevaeh Ardith Raelynn",
           "Moncrief Pennebaker Goolsby Guidry Pettaway Dunnaway Cantrell Yancey Swearingen Satterwhite"),
    "AU": ("Bodhi Lachie Wirrin Tahu Koa Kirrin Hamish Angus",
           "Sybella Bindi Marlee Tahnee Allira Jacinta Narelle Tayla",
           "Pemberton-Kidd Wakefield Carmody Fairbairn Gillespie Mulqueen Rafferty Tregonning"),
    "DE": ("Wunibald Hartwig Leberecht Gebhard Volkmar Helmbrecht Wigand Reinmar",
           "Adelgunde Walburga Hedwig Ortrun Hildrun Roswitha Mechthild Liselotte",
           "Kreuzkamp Ostermeier Hülsbusch Rotermund Honigschmid Wiesenthal Brinkhege Overbeck Schlüterbusch Tönnissen"),
    "FR": ("Gonzague Aymeric Anatole Séraphin Eudes Théodule Ambroise Tancrède",
           "Bérénice Gwladys Mahaut Apolline Blandine Eulalie Clothilde Apolonie",
           "Le_Bihannic Le_Quintrec Bouvreuil Lemarchal Vasseur-Joubin Chaptal Rigolot Fourquemin Trébuchet Labbadie"),
    "ES": ("Fulgencio Eleuterio Casimiro Sinforiano Higinio Prudencio Nazario Ezequiel",
           "Maripaz Inmaculada Purísima Remedios Nieves Arantxa Iciar Macarena",
           "Berasategui Zuloaga Valdecañas Valdelomar Villarroya Villacañas Arzuaga Bustillo Lastra Elorriaga"),
    "IT": ("Ermenegildo Fiorenzo Cirino Pasquale Adalberto Ildebrando Ruggero Saverio",
           "Ortensia Eufemia Benedetta Clelia Assunta Graziella Teodolinda Mafalda",
           "Bentivoglio Capodilupo Sciarrone Malaspina Frangipane Cardarelli Pizzigoni Tagliavini Sbrighi Buonocore"),
    "NL": ("Wouter Hidde Joost Reinout Maarten Thijmen Gijsbert Siebe",
           "Baukje Ilse Maaike Femke Jannie Hendrikje Geertje Marijke",
           "van_Spronsen Terpstra de_Bruijckere Klompmaker Oudejans van_Oosterwijk Dijkstra-Bos Kuipers Bleeker Opstelten"),
    "BR": ("Jurandir Florisval Claudemir Adelmário Valdemar Josué Raimundo Ubiratan",
           "Iracema Lucineide Rosângela Jussara Elisângela Marilene Edinalva Cleonice",
           "Cavalcanti Wanderley Cajazeiras Bezerra Cabrobó Sucupira Queiroga Paranhos Piancó Mesquita"),
    "PL": ("Bogumił Przemysław Zdzisław Radosław Lechosław Jarogniew Wiesław Mściwój",
           "Bożena Jadwiga Grażyna Wiesława Halina Lucyna Bronisława Teodozja",
           "Sobczyński/Sobczyńska Kujawski/Kujawska Chmielewski/Chmielewska Zawadzki/Zawadzka Kaczmarczyk Pietrzak Szczepaniak Gołębiowski/Gołębiowska"),
    "RU": ("Мирон|Miron Тихон|Tikhon Прохор|Prokhor Фрол|Frol Всеволод|Vsevolod Ростислав|Rostislav Ярополк|Yaropolk Святослав|Svyatoslav Гордей|Gordey Евстафий|Evstafiy",
           "Ульяна|Ulyana Серафима|Serafima Злата|Zlata Аглая|Aglaya Любава|Lyubava Евдокия|Evdokiya Таисия|Taisiya Агафья|Agafya Василиса|Vasilisa Милослава|Miloslava",
           "Пересветов/Пересветова|Peresvetov/Peresvetova Колокольцев/Колокольцева|Kolokoltsev/Kolokoltseva Снегирёв/Снегирёва|Snegirev/Snegireva Дятлов/Дятлова|Dyatlov/Dyatlova Завьялов/Завьялова|Zavyalov/Zavyalova Ключевский/Ключевская|Klyuchevsky/Klyuchevskaya Громыхалов/Громыхалова|Gromykhalov/Gromykhalova Шишмарёв/Шишмарёва|Shishmarev/Shishmareva Белобородов/Белобородова|Beloborodov/Beloborodova Толокнов/Толокнова|Toloknov/Toloknova"),
    "GR": ("Ανδρόνικος|Andronikos Ιάσονας|Iasonas Λεωνίδας|Leonidas Φώτιος|Fotios Ευστάθιος|Efstathios Χαράλαμπος|Charalampos Παντελής|Pantelis Σπυρίδων|Spyridon Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis",
           "Ευτέρπη|Efterpi Αρετή|Areti Θεοδώρα|Theodora Μυρτώ|Myrto Αικατερίνη|Aikaterini Ευανθία|Evanthia Χρυσούλα|Chrysoula Πολυξένη|Polyxeni Σταυρούλα|Stavroula Καλλιόπη|Kalliopi",
           "Παπαδημάκης/Παπαδημάκη|Papadimakis/Papadimaki Μαυρογένης/Μαυρογένη|Mavrogenis/Mavrogeni Σκορδίλης/Σκορδίλη|Skordilis/Skordili Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis/Vlachogianni Καραμανλάκης/Καραμανλάκη|Karamanlakis/Karamanlaki Μπουρνάζος/Μπουρνάζου|Bournazos/Bournazou Τσιτσιπάνης/Τσιτσιπάνη|Tsitsipanis/Tsitsipani Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou Ζαφειρίου|Zafeiriou Κουτσογιάννης/Κουτσογιάννη|Koutsogiannis/Koutsogianni"),
    "TR": ("Oğuzhan Kutay Oktay Tolga Şahin Berkay Emrullah Taygun",
           "Gülizar Nurhan Şebnem Yeşim Dilruba Gülbahar Sevgül Tülay",
           "Karagöz Yazıcıoğlu Kocabıyık Sarıgül Tunçbilek Ekmekçi Bozkurtoğlu Demirkıran Uzunoğlu Çakıroğlu"),
    "IL": ("יהונתן|Yehonatan אלחנן|Elchanan שגיא|Sagi עידו|Ido אביתר|Evyatar נתנאל|Netanel ירדן|Yarden אליאב|Eliav עמיחי|Amichai הראל|Harel",
           "תהילה|Tehila אופיר|Ofir הדס|Hadas יעלי|Yaeli מעיין|Maayan הודיה|Hodaya אביגיל|Avigail רעות|Reut ליה|Liya נועם|Noam",
           "אזרזר|Azarzar אלגרבלי|Elgrabli קרסנטי|Krasenti פרחי|Farhi מלכיאל|Malkiel וקנין|Vaknin אלמקייס|Almakias טויטו|Toito חדד|Hadad שושן|Shushan"),
    "EG": ("حازم|Hazem ياسر|Yasser مصطفى|Moustafa طارق|Tarek شريف|Sherif عصام|Essam مدحت|Medhat هشام|Hesham وائل|Wael سامح|Sameh",
           "منة|Menna رحاب|Rehab ياسمين|Yasmine آلاء|Alaa نرمين|Nermine شيماء|Shaimaa دعاء|Doaa ريهام|Riham هبة|Heba سماح|Samah",
           "الشرقاوي|Elsharkawy القليوبي|Elkalyouby الدسوقي|Eldessouky المنوفي|Elmenoufy الشناوي|Elshenawy الدمرداش|Eldemerdash البنهاوي|Elbanhawy الفيومي|Elfayoumy السنباطي|Elsonbaty الجمّال|Elgammal"),
    "IN": ("विवान|Vivaan अथर्व|Atharv ओजस|Ojas दक्ष|Daksh अनिकेत|Aniket प्रणव|Pranav सौरभ|Saurabh हर्षित|Harshit अभिनव|Abhinav ऋत्विक|Ritvik",
           "अद्विका|Advika तन्वी|Tanvi गार्गी|Gargi इरा|Ira अनुष्का|Anushka वैष्णवी|Vaishnavi श्रुति|Shruti मृणाल|Mrinal कनिका|Kanika ईशानी|Ishani",
           "गोखले|Gokhale रस्तोगी|Rastogi उपाध्याय|Upadhyay कौशिक|Kaushik माहेश्वरी|Maheshwari सक्सेना|Saxena पाठक|Pathak चतुर्वेदी|Chaturvedi भार्गव|Bhargava त्रिवेदी|Trivedi"),
    "TH": ("ชยพล|Chayapol ภาณุวัฒน์|Panuwat ศุภกร|Supakorn ธีรภัทร|Teerapat ธนากร|Thanakorn พีรพัฒน์|Peerapat ณัฐวุฒิ|Nattawut กิตติพศ|Kittipot ภูริภัทร|Phuripat วรเมธ|Woramet",
           "ชนิดา|Chanida รัชนก|Ratchanok สุพิชชา|Supitcha เบญญาภา|Benyapa ปวีณา|Paweena กัลยรัตน์|Kanyarat ณิชา|Nicha พิมพ์ชนก|Pimchanok ธิดารัตน์|Thidarat อรุณี|Arunee",
           "เรืองศรี|Ruangsri พรหมวงศ์|Promwong ศักดิ์สิทธิ์|Saksit อินทรประเสริฐ|Intharaprasert ศรีสมบูรณ์|Srisomboon ทองประเสริฐ|Thongprasert วงศ์สวัสดิ์|Wongsawat แก้วมณี|Kaewmanee จันทร์หอม|Janhom บุญประคอง|Boonprakong"),
    "CN": ("博涛|Botao 睿渊|Ruiyuan 子墨|Zimo 景行|Jingxing 浩宇|Haoyu 子轩|Zixuan 俊熙|Junxi 梓睿|Zirui 宇航|Yuhang 明哲|Mingzhe",
           "雅琳|Yalin 若曦|Ruoxi 语桐|Yutong 念慈|Nianci 梓涵|Zihan 可馨|Kexin 诗琪|Shiqi 雨桐|Yutong 佳琪|Jiaqi 思妍|Siyan",
           "郜|Gao 蔺|Lin 冼|Xian 佟|Tong 鲍|Bao 甘|Gan 阎|Yan 栾|Luan 臧|Zang 濮|Pu"),
    "JP": ("悠斗|Yuto 蒼真|Soma 海翔|Kaito 琉生|Ryusei 颯太|Sota 悠真|Yuma 湊|Minato 朝陽|Asahi 蓮|Ren 陽翔|Haruto",
           "花音|Kanon 千紘|Chihiro 詩織|Shiori 柚希|Yuzuki 結菜|Yuina 澄香|Sumika 椿|Tsubaki 心春|Koharu 紬|Tsumugi 凛|Rin",
           "御手洗|Mitarai 四十物|Aimono 百武|Hyakutake 伊集院|Ijuin 勅使河原|Teshigawara 五十嵐|Igarashi 長谷部|Hasebe 小野寺|Onodera 宇佐美|Usami 東海林|Shoji"),
    "KR": ("준서|Junseo 건우|Geonwoo 우진|Woojin 민재|Minjae 도윤|Doyun 시우|Siu 하준|Hajun 은우|Eunwoo 지호|Jiho 태오|Taeo",
           "다은|Daeun 소율|Soyul 나은|Naeun 하린|Harin 서아|Seoa 하윤|Hayun 지안|Jian 수아|Sua 채원|Chaewon 예린|Yerin",
           "연개|Yeongae 영호|Yeongho 단목|Danmok 호무|Homu 갈사|Galsa 부여|Buyeo 사마|Sama"),
    "VN": ("Nghĩa Phúc Thịnh Đạt Hiếu Luân Tường Toàn Trọng Duy",
           "Quỳnh Hân Thảo Nhàn Diệp Uyên Trâm Yến Thư Vy",
           "Lương Đoàn Diêu Tôn Vương Quách Kiều Tăng"),
    "SE": ("Torvald Gunnar Evert Sigvard Sölve Bertil Gudmar Leif",
           "Solveig Ingegerd Margit Gunborg Ylva Sigrun Agneta Elvira",
           "Wennerström Lundqvist Fagerlund Hedenius Bergkvist Sjöstrand Ahlgren Nyberg"),
}
VN_MIDDLE = {"m": ["Văn", "Minh", "Đức", "Quang"], "f": ["Thị", "Ngọc", "Thu", "Bảo"]}

LOCALES = ["GB", "US", "AU", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR",
           "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN", "SE"]
LANG = {"GB": "en", "US": "en", "AU": "en", "DE": "de", "FR": "fr", "ES": "es",
        "IT": "it", "NL": "nl", "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el",
        "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh",
        "JP": "ja", "KR": "ko", "VN": "vi", "SE": "sv"}
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
PARTICLES = {"van", "de", "der", "den", "ter", "le", "la", "da", "do", "dos", "das", "di", "del"}


class NamesExhausted(Exception):
    pass


def _split(s):
    return s.split()


def _nat(w):
    return w.split("|")[0]


def _rom(w):
    return w.split("|")[-1]


def _fam(w, female):
    nat, rom = (w.split("|") + [None])[:2] if "|" in w else (w, w)
    if "/" in nat:
        nat = nat.split("/")[1 if female else 0]
    if rom and "/" in rom:
        rom = rom.split("/")[1 if female else 0]
    return nat, rom


class Person:
    """A person of a locale: native form and roman form (for e-mails)."""

    def __init__(self, loc, given, family, female, middle=""):
        self.loc, self.female = loc, female
        self.fam_item = family
        gn, gr = _nat(given), _rom(given)
        fn, fr = _fam(family, female)
        self.given, self.family, self.given_r, self.family_r = gn, fn, gr, fr
        self.middle = middle
        if loc in ("CN", "KR"):
            self.full = fn + gn
        elif loc == "JP":
            self.full = fn + " " + gn
        elif loc == "VN":
            self.full = fn + " " + (middle + " " if middle else "") + gn
        else:
            self.full = gn + " " + fn
        self.words = set(re.findall(r"\w+", gn + " " + fn)) - PARTICLES
        self.words_r = set(re.findall(r"\w+", gr + " " + fr)) - PARTICLES


def _listname(s):
    return s.replace("-", "").replace(" ", "")


def people(R, loc, n, used=None, female=None, family=None):
    """n people of loc sharing no name word (a family name may be imposed)."""
    g_m, g_f, fams = (_split(x) for x in NAMES[loc])
    used = used if used is not None else set()
    out = []
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 300:
            raise NamesExhausted(loc)
        fem = R.random() < 0.5 if female is None else female
        g = R.choice(g_f if fem else g_m)
        f = family if family else R.choice(fams)
        if loc == "NL":
            # family names with particles are written with spaces
            pass
        mid = R.choice(VN_MIDDLE["f" if fem else "m"]) if loc == "VN" and R.random() < 0.8 else ""
        p = Person(loc, g, f.replace("_", " "), fem, mid)
        if family is None and (p.words & used or ("FAM:" + f) in used):
            continue
        if family is not None and (set(re.findall(r"\w+", p.given)) & used):
            continue
        used |= p.words
        used.add("FAM:" + f)
        out.append(p)
    return out


def fix_nl(s):
    return s


ASCII_FOLD = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüçñßøłśźżćńęąğışÁÀÂÄÉÈÊÍÓÖÚÜÇÑŁŚŻĞİŞ",
                           "aaaaaaeeeeiiiiooooouuuucnsolszzcneagisAAAAEEEIOOUUCNLSZGIS")


def ascii_part(s):
    s = s.translate(ASCII_FOLD)
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


PERSONAL_DOMAINS = {
    "GB": ["btinternet.com", "gmail.com", "outlook.com"], "US": ["gmail.com", "yahoo.com", "icloud.com"],
    "AU": ["bigpond.com", "gmail.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "hotmail.es"],
    "IT": ["libero.it", "virgilio.it", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
    "RU": ["yandex.ru", "mail.ru"], "GR": ["otenet.gr", "gmail.com"], "TR": ["hotmail.com", "gmail.com"],
    "IL": ["walla.co.il", "gmail.com"], "EG": ["yahoo.com", "gmail.com"], "IN": ["rediffmail.com", "gmail.com"],
    "TH": ["hotmail.com", "gmail.com"], "CN": ["163.com", "126.com", "qq.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
    "KR": ["naver.com", "daum.net"], "VN": ["gmail.com", "yahoo.com.vn"], "SE": ["telia.com", "gmail.com"],
}


def personal_email(R, p):
    d = R.choice(PERSONAL_DOMAINS[p.loc])
    if d == "qq.com":
        return "%d@qq.com" % R.randint(10 ** 7, 10 ** 10)
    g, f = ascii_part(p.given_r), ascii_part(p.family_r)
    lp = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f[:4], R.randint(1, 99)),
                   "%s.%s%d" % (f, g[:1], R.randint(70, 99))])
    return lp + "@" + d


def work_email(R, p, school):
    g, f = ascii_part(p.given_r), ascii_part(p.family_r)
    lp = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s" % (g[0], f)])
    return lp + "@" + school["domain"]

# ====================================================================== phones
EXTRA_PLANS = {
    "TR": (90, lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "42", "43", "44", "05", "06", "52", "53", "54"]) + digits(R, 7)),
    "GR": (30, lambda R: "69" + R.choice("3479") + nz(R, 7)),
    "IL": (972, lambda R: "5" + R.choice("0234") + R.choice("23456789") + digits(R, 6)),
    "EG": (20, lambda R: "1" + R.choice("0125") + nz(R, 8)),
    "TH": (66, lambda R: R.choice(["81", "82", "84", "86", "89", "61", "62", "91", "92", "95"]) + digits(R, 7)),
    "KR": (82, lambda R: "10" + R.choice("2346789") + digits(R, 7)),
    "VN": (84, lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "35", "38"]) + digits(R, 7)),
}
CC = {"GB": 44, "US": 1, "AU": 61, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31,
      "BR": 55, "PL": 48, "RU": 7, "SE": 46, "IN": 91, "CN": 86, "JP": 81}
CC.update({k: v[0] for k, v in EXTRA_PLANS.items()})
MOBILE_KIND = {"GB": "mobile", "US": "fixed_or_mobile", "AU": "mobile", "DE": "mobile",
               "FR": "mobile", "ES": "mobile", "IT": "mobile", "NL": "mobile", "BR": "mobile",
               "PL": "mobile", "RU": "mobile", "SE": "mobile", "IN": "mobile", "CN": "mobile",
               "JP": "mobile"}


def mobile_nsn(R, loc):
    if loc in EXTRA_PLANS:
        return EXTRA_PLANS[loc][1](R)
    return PLANS[loc][2][MOBILE_KIND[loc]](R)


def fmt_national(loc, n):
    if loc == "GB":
        return "0%s %s" % (n[:4], n[4:])
    if loc in ("US",):
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if loc == "AU":
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "DE":
        return "0%s %s" % (n[:3], n[3:])
    if loc == "FR":
        return "0" + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if loc == "ES":
        return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if loc == "IT":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "NL":
        return "06-%s" % n[1:]
    if loc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if loc == "PL":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "GR":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "TR":
        return "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if loc == "EG":
        return "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if loc == "IN":
        return "%s %s" % (n[:5], n[5:])
    if loc == "TH":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if loc == "CN":
        return "%s %s %s" % (n[:3], n[3:7], n[7:])
    if loc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if loc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if loc == "VN":
        return "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if loc == "SE":
        return "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    raise KeyError(loc)


def fmt_intl(loc, n):
    cc = CC[loc]
    if loc == "US":
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "FR":
        return "+33 " + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    if loc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc in ("JP", "KR"):
        return "+%d %s-%s-%s" % (cc, n[:2], n[2:6], n[6:])
    if loc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if loc == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if loc == "NL":
        return "+31 6 %s" % n[1:]
    if loc == "GB":
        return "+44 %s %s" % (n[:4], n[4:])
    if loc == "SE":
        return "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if loc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if loc in ("TH", "EG"):
        return "+%d %s %s %s" % (cc, n[:2], n[2:5] if loc == "TH" else n[2:6], n[5:] if loc == "TH" else n[6:])
    if loc == "DE":
        return "+49 %s %s" % (n[:3], n[3:])
    if loc == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    return "+%d %s %s %s" % (cc, n[:3], n[3:6], n[6:])


def phone(R, loc, sub="mobile", abroad=None):
    """A phone label read in loc; abroad: the number's own country."""
    own = abroad or loc
    n = mobile_nsn(R, own)
    if abroad:
        return L("phone", fmt_intl(own, n), sub=sub, region=loc, plan=own)
    txt = fmt_intl(loc, n) if R.random() < 0.3 else fmt_national(loc, n)
    return L("phone", txt, sub=sub, region=loc)


# ====================================================================== addresses
STREETS = {
    "GB": ["Foxglove Rise", "Tanners Wynd", "Coppice Lane", "Hazelmere Close", "Quarry Bank Road", "Larkspur Way"],
    "US": ["Sycamore Bend Dr", "Pawpaw Hollow Rd", "Redbud Terrace", "Cottonwood Loop", "Persimmon Ct", "Bluestem Ave"],
    "AU": ["Wattle Crest", "Banksia Parade", "Coolabah Street", "Grevillea Court", "Ironbark Drive", "Lilly Pilly Way"],
    "DE": ["Lindenhofweg", "Am Kirschgarten", "Holunderstieg", "Wacholderweg", "Brombeerhang", "Mühlbachstraße"],
    "FR": ["rue des Tilleuls", "allée des Glycines", "impasse du Verger", "rue du Moulin-Neuf", "chemin des Noisetiers", "avenue des Platanes"],
    "ES": ["Calle del Alcornoque", "Calle de los Madroños", "Avenida de las Adelfas", "Calle Lentisco", "Calle del Romero", "Paseo de los Castaños"],
    "IT": ["Via dei Ciliegi", "Via delle Mimose", "Via del Gelso", "Viale dei Tigli", "Via dei Melograni", "Vicolo del Mandorlo"],
    "NL": ["Klaverweide", "Boterbloemstraat", "Meidoornlaan", "Zwanebloemstraat", "Vlierbeslaan", "Hazelaarhof"],
    "BR": ["Rua das Jabuticabeiras", "Rua dos Ipês-Roxos", "Rua Pau-Brasil", "Avenida dos Jacarandás", "Rua das Quaresmeiras", "Rua Aroeira"],
    "PL": ["ul. Jaworowa", "ul. Kalinowa", "ul. Głogowa", "ul. Jarzębinowa", "ul. Wrzosowa", "ul. Modrzewiowa"],
    "RU": ["ул. Рябиновая", "ул. Черёмуховая", "ул. Калиновая", "ул. Брусничная", "пр-т Сиреневый", "ул. Облепиховая"],
    "GR": ["Οδός Κυπαρίσσων", "Οδός Μυρτιάς", "Οδός Δάφνης", "Οδός Πλατάνων", "Οδός Ροδακινιάς", "Οδός Λεμονιάς"],
    "TR": ["Ihlamur Sokak", "Karanfil Sokak", "Menekşe Caddesi", "Zeytinlik Sokak", "Akasya Sokak", "Çınaraltı Caddesi"],
    "IL": ["רחוב הדקל", "רחוב הרימון", "רחוב השקמה", "רחוב האלה", "רחוב התאנה", "רחוב הערבה"],
    "EG": ["شارع النخيل", "شارع الياسمين", "شارع البساتين", "شارع الزيتون", "شارع الفردوس", "شارع الريحان"],
    "IN": ["गुलमोहर मार्ग", "नीम चौक", "अशोक विहार रोड", "चंपा गली", "कदंब मार्ग", "पलाश नगर रोड"],
    "TH": ["ซอยสุขุมวิท 50", "ถนนพหลโยธิน", "ซอยลาดพร้าว 71", "ถนนงามวงศ์วาน", "ซอยรามอินทรา 40", "ถนนเจริญกรุง"],
    "CN": ["学院路", "丹桂路", "枫林路", "梧桐街", "香樟大道", "玉兰路"],
    "JP": ["本町", "桜ヶ丘", "若葉町", "緑が丘", "栄町", "旭町"],
    "KR": ["월드컵로", "은행나무로", "목련길", "느티나무로", "동백로", "라일락길"],
    "VN": ["phố Chùa Láng", "đường Hoa Sữa", "phố Trần Quý Cáp", "đường Cây Điệp", "phố Hàng Chiếu", "đường Bàu Cát"],
    "SE": ["Björkvägen", "Rönnbärsgatan", "Lingonstigen", "Hasselgränd", "Syrénvägen", "Enebacken"],
}
TOWNS = {
    "GB": [("Wellingborough", "NN8 4PF"), ("Bridgwater", "TA6 4LX"), ("Macclesfield", "SK10 2HP"), ("Dumfries", "DG1 3SJ")],
    "US": [("Tulsa", "OK", "74105"), ("Boise", "ID", "83706"), ("Dayton", "OH", "45419"), ("Amarillo", "TX", "79106")],
    "AU": [("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Bunbury", "WA", "6230"), ("Dubbo", "NSW", "2830")],
    "DE": [("79104", "Freiburg im Breisgau"), ("33098", "Paderborn"), ("97070", "Würzburg"), ("26122", "Oldenburg")],
    "FR": [("35000", "Rennes"), ("86000", "Poitiers"), ("21000", "Dijon"), ("87000", "Limoges")],
    "ES": [("41003", "Sevilla"), ("47002", "Valladolid"), ("30001", "Murcia"), ("10003", "Cáceres")],
    "IT": [("40121", "Bologna", "BO"), ("37121", "Verona", "VR"), ("06121", "Perugia", "PG"), ("70121", "Bari", "BA")],
    "NL": [("3521 KL", "Utrecht"), ("6811 AB", "Arnhem"), ("8011 CW", "Zwolle"), ("5611 EM", "Eindhoven")],
    "BR": [("Jardim Botânico", "Ribeirão Preto", "SP", "14021-610"), ("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Batel", "Curitiba", "PR", "80420-090"), ("Aldeota", "Fortaleza", "CE", "60150-160")],
    "PL": [("30-001", "Kraków"), ("61-712", "Poznań"), ("20-072", "Lublin"), ("87-100", "Toruń")],
    "RU": [("Новосибирск", "630099"), ("Екатеринбург", "620014"), ("Самара", "443010"), ("Томск", "634050")],
    "GR": [("54622", "Θεσσαλονίκη"), ("26221", "Πάτρα"), ("71202", "Ηράκλειο"), ("45221", "Ιωάννινα")],
    "TR": [("Yakutiye", "Erzurum", "25100"), ("Karşıyaka", "İzmir", "35540"), ("Çankaya", "Ankara", "06690"), ("Ortahisar", "Trabzon", "61030")],
    "IL": [("חיפה", "3303612"), ("רחובות", "7626012"), ("באר שבע", "8489312"), ("נתניה", "4250713")],
    "EG": [("المعادي", "القاهرة"), ("سموحة", "الإسكندرية"), ("الدقي", "الجيزة"), ("مصر الجديدة", "القاهرة")],
    "IN": [("जयपुर", "राजस्थान", "302015"), ("भोपाल", "मध्य प्रदेश", "462016"), ("लखनऊ", "उत्तर प्रदेश", "226010"), ("इंदौर", "मध्य प्रदेश", "452001")],
    "TH": [("แขวงพระโขนง เขตคลองเตย", "กรุงเทพมหานคร", "10110"), ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200"), ("ตำบลในเมือง อำเภอเมืองขอนแก่น", "ขอนแก่น", "40000")],
    "CN": [("南京市", "鼓楼区"), ("上海市", "徐汇区"), ("杭州市", "西湖区"), ("成都市", "武侯区")],
    "JP": [("560-0021", "大阪府豊中市"), ("980-0811", "宮城県仙台市青葉区"), ("460-0008", "愛知県名古屋市中区"), ("812-0011", "福岡県福岡市博多区")],
    "KR": [("서울특별시", "마포구"), ("부산광역시", "해운대구"), ("대전광역시", "유성구"), ("경기도", "성남시 분당구")],
    "VN": [("Lê Chân", "Hải Phòng"), ("Quận 3", "TP. Hồ Chí Minh"), ("Hải Châu", "Đà Nẵng"), ("Ninh Kiều", "Cần Thơ")],
    "SE": [("753 21", "Uppsala"), ("582 22", "Linköping"), ("703 61", "Örebro"), ("352 30", "Växjö")],
}


def address(R, loc):
    st = R.choice(STREETS[loc])
    t = R.choice(TOWNS[loc])
    n = R.randint(2, 148)
    if loc == "GB":
        return "%s %s, %s %s" % (R.choice([str(n), "Flat %d, %d" % (R.randint(1, 9), n)]), st, t[0], t[1])
    if loc == "US":
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9899), st, R.choice(["", ", Apt %d" % R.randint(2, 40)]), t[0], t[1], t[2])
    if loc == "AU":
        return "%s %s, %s %s %s" % (R.choice([str(n), "%d/%d" % (R.randint(1, 12), n)]), st, t[0], t[1], t[2])
    if loc == "DE":
        return "%s %d%s, %s %s" % (st, n, R.choice(["", "a", ""]), t[0], t[1])
    if loc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis", ""]), st, t[0], t[1])
    if loc == "ES":
        return "%s %d, %dº %s, %s %s" % (st, n, R.randint(1, 7), R.choice("ABCD"), t[0], t[1])
    if loc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[0], t[1], t[2])
    if loc == "NL":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    if loc == "BR":
        return "%s, %d, %s, %s - %s, %s" % (st, R.randint(10, 2400), t[0], t[1], t[2], t[3])
    if loc == "PL":
        return "%s %d/%d, %s %s" % (st, n, R.randint(1, 40), t[0], t[1])
    if loc == "RU":
        return "%s, д. %d, кв. %d, %s, %s" % (st, n, R.randint(1, 180), t[0], t[1])
    if loc == "GR":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    if loc == "TR":
        return "%s No: %d Daire %d, %s/%s %s" % (st, n, R.randint(1, 20), t[0], t[1], t[2])
    if loc == "IL":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    if loc == "EG":
        return "%d %s، %s، %s" % (n, st, t[0], t[1])
    if loc == "IN":
        return "मकान नं. %d, %s, %s, %s %s" % (n, st, t[0], t[1], t[2])
    if loc == "TH":
        return "%d/%d %s %s %s %s" % (n, R.randint(1, 99), st, t[0], t[1], t[2])
    if loc == "CN":
        return "%s%s%s%d号%d单元%d室" % (t[0], t[1], st, n, R.randint(1, 6), R.randint(101, 1802))
    if loc == "JP":
        return "〒%s %s%s%d-%d-%d" % (t[0], t[1], st, R.randint(1, 9), R.randint(1, 30), R.randint(1, 25))
    if loc == "KR":
        return "%s %s %s %d, %d동 %d호" % (t[0], t[1], st, n, R.randint(101, 112), R.randint(101, 1504))
    if loc == "VN":
        return "Số %d ngõ %d %s, %s, %s" % (n, R.randint(2, 120), st, t[0], t[1])
    if loc == "SE":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    raise KeyError(loc)


# ====================================================================== dates
def dob_text(R, loc, y, m, d):
    r = R.random()
    if loc in ("GB", "AU"):
        if r < 0.25:
            return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
        return "%02d/%02d/%d" % (d, m, y)
    if loc == "US":
        if r < 0.25:
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        return "%02d/%02d/%d" % (m, d, y)
    if loc in ("DE", "PL", "RU", "TR"):
        if loc == "DE" and r < 0.2:
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%02d.%02d.%d" % (d, m, y)
    if loc in ("FR", "ES", "IT", "BR", "GR", "IL", "EG", "VN"):
        lang = {"FR": "fr", "ES": "es", "IT": "it", "BR": "pt"}.get(loc)
        if lang and r < 0.25:
            return "%d %s%s %d" % (d, "de " if lang in ("es", "pt") else "", MONTHS[lang][m - 1], y) if lang not in ("es", "pt") else "%d de %s de %d" % (d, MONTHS[lang][m - 1], y)
        return "%02d/%02d/%d" % (d, m, y)
    if loc == "NL":
        if r < 0.25:
            return "%d %s %d" % (d, MONTHS["nl"][m - 1], y)
        return "%02d-%02d-%d" % (d, m, y)
    if loc == "IN":
        return "%02d-%02d-%d" % (d, m, y)
    if loc == "TH":
        return "%d/%d/%d" % (d, m, y + 543)
    if loc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d)
    if loc == "KR":
        return "%d. %d. %d." % (y, m, d) if r < 0.5 else "%d년 %d월 %d일" % (y, m, d)
    if loc == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    raise KeyError(loc)


def rand_date(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob(R, loc, y0, y1, sub="dob"):
    y, m, d = rand_date(R, y0, y1)
    return L("dob", dob_text(R, loc, y, m, d)), (y, m, d)


def plain_date(R, loc, y=2026):
    """A lesson/exam/term date in the locale's numeric form (look-alike)."""
    m, d = R.randint(1, 12), R.randint(1, 28)
    return dob_text(random.Random(R.random()), loc, y, m, d)


# ====================================================================== ids
def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_make(R, y, m, d):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    c = luhn_complete(body)[-1]
    return "%s-%s%s" % (body[:6], body[6:], c)


def pnr_ok(s):
    return luhn_ok(s.replace("-", "").replace("+", ""))


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


BELFIORE = ["A944", "L781", "G478", "A662", "H501", "F205"]


def passport_no(R, loc):
    U = string.ascii_uppercase
    f = {
        "GB": lambda: "%d%s" % (R.randint(1, 9), digits(R, 8)), "US": lambda: "%s%s" % (R.choice("56"), digits(R, 8)),
        "AU": lambda: "P" + R.choice("ABCDEN") + digits(R, 7), "DE": lambda: "C" + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8),
        "FR": lambda: "%02d%s%s" % (R.randint(10, 26), rnd(R, U, 2), digits(R, 5)), "ES": lambda: rnd(R, U, 3) + digits(R, 6),
        "IT": lambda: rnd(R, U, 2) + digits(R, 7), "NL": lambda: "N" + rnd(R, "BCDFGHJKLMNPRSTVWXZ", 2) + rnd(R, "BCDFGHJKLMNPRSTVWXZ0123456789", 5) + str(R.randint(1, 9)),
        "BR": lambda: rnd(R, U, 2) + digits(R, 6), "PL": lambda: rnd(R, U, 2) + digits(R, 7),
        "RU": lambda: "7%s %s" % (R.randint(1, 9), digits(R, 7)), "GR": lambda: rnd(R, U, 2) + digits(R, 7),
        "TR": lambda: "U" + digits(R, 8), "IL": lambda: "3" + digits(R, 7), "EG": lambda: "A" + digits(R, 8),
        "IN": lambda: R.choice("JKLMNPRSTUVWZ") + digits(R, 7), "TH": lambda: "A" + R.choice("ABCD") + digits(R, 7),
        "CN": lambda: "E" + digits(R, 8), "JP": lambda: "T" + R.choice("KRZ") + digits(R, 7),
        "KR": lambda: "M" + digits(R, 8), "VN": lambda: "C" + digits(R, 7), "SE": lambda: digits(R, 8),
    }
    return f[loc]()


def child_id(R, loc, p, ymd):
    """National id of a pupil where that country's school forms ask for it;
    (label, field name) or None."""
    y, m, d = ymd
    if loc == "GB":
        return L("gov_id", group_nhs(nhs_random(R)), sub="nhs", country="GB"), "NHS number"
    if loc == "ES":
        n, c = dni_random(R)
        return L("gov_id", n + c, sub="dni", country="ES"), "DNI"
    if loc == "IT":
        return L("gov_id", cf_make(p.family_r, p.given_r, y % 100, m, d, p.female, R.choice(BELFIORE)), sub="codice_fiscale", country="IT"), "Codice fiscale"
    if loc == "NL":
        return L("gov_id", bsn_random(R), sub="bsn", country="NL"), "BSN"
    if loc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="cpf", country="BR"), "CPF"
    if loc == "IN":
        a = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="aadhaar", country="IN"), "आधार संख्या"
    if loc == "PL":
        return L("gov_id", pesel_make(R, y, m, d, p.female), sub="pesel", country="PL"), "PESEL"
    if loc == "SE":
        return L("gov_id", pnr_make(R, y, m, d), sub="personnummer", country="SE"), "Personnummer"
    if loc == "TR":
        return L("gov_id", tckn_make(R), sub="tc_kimlik", country="TR"), "T.C. Kimlik No"
    return None


def group_nhs(s):
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def staff_id(R, loc, p, ymd):
    """National id on a staff vetting form: (label, field) ; passport where
    the country has none of corpuslib's kinds."""
    y, m, d = ymd
    if loc == "GB":
        a, b, c = nino_random(R)
        return L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), sub="nino", country="GB"), "National Insurance number"
    if loc == "US":
        a, b, c = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, b, c), sub="ssn", country="US"), "SSN"
    if loc == "DE":
        return L("gov_id", steuerid_random(R), sub="steuer_id", country="DE"), "Steuer-ID"
    if loc == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=y % 100, mm=m)
        t = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return L("gov_id", t, sub="nir", country="FR"), "N° de sécurité sociale"
    if loc == "ES":
        if R.random() < 0.3:
            a, b, c = nie_random(R)
            return L("gov_id", a + b + c, sub="nie", country="ES"), "NIE"
        n, c = dni_random(R)
        return L("gov_id", n + "-" + c, sub="dni", country="ES"), "DNI"
    if loc in ("IT", "NL", "BR", "IN", "PL", "SE", "TR"):
        return child_id(R, loc, p, ymd)
    return L("gov_id", passport_no(R, loc), sub="passport", country=loc), None


# ====================================================================== money
IBAN_LOC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL",
            "TR": "TR", "SE": "SE", "GR": "GR", "BR": "BR", "EG": None}


def iban_label(R, loc):
    c = IBAN_LOC.get(loc)
    if not c:
        return None
    ib = iban_random(R, c)
    txt = group(ib) if R.random() < 0.7 else ib
    return L("iban", txt, sub=c.lower())


CARD_BY_LOC = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "maestro"],
               "AU": ["visa", "mastercard"], "IN": ["rupay", "visa"], "CN": ["unionpay"], "JP": ["jcb", "visa"],
               "TR": ["troy", "mastercard"], "RU": ["mir"], "BR": ["mastercard", "visa"]}


def card_label(R, loc):
    iss = R.choice(CARD_BY_LOC.get(loc, ["visa", "mastercard"]))
    c = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    txt = sep.join(split_groups(c, card_grouping(len(c)))) if iss != "maestro" or len(c) in (12, 13, 15, 16, 19) else c
    return L("card", txt, sub=iss.rstrip("0123456789"))


TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005"]


# ====================================================================== IPs
def public_ipv4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 81, 82, 86, 89, 90, 94, 95, 109, 141, 176, 178, 185, 188, 212, 213, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def public_ipv6(R):
    return "2a02:%x:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))


def private_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254),
                     "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xfff)])


# ====================================================================== look-alikes
def upn(R):
    return R.choice("ABCDEFGHJKLMNPRTUVWXYZ") + "%03d%04d%02d%03d" % (R.randint(201, 938), R.randint(2000, 7999), R.randint(10, 26), R.randint(1, 999))


def uln(R):
    return str(R.randint(1, 9)) + digits(R, 9)


def cand_no(R):
    return "%04d" % R.randint(1, 9899)


def centre_no(R):
    return "%05d" % R.randint(10000, 79999)


def uci(R, centre):
    return centre + R.choice("ABCDEFGHJKLMNPQRTUVWXY") + "%02d" % R.randint(24, 27) + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase)


SYLLABUS = ["AQA 8702", "AQA 8461", "OCR J560", "OCR H240", "Pearson Edexcel 1MA1", "Pearson Edexcel 4MA1",
            "Cambridge 0580", "Cambridge 0625", "AQA 8035", "OCR J277", "WJEC C720QS", "AQA 7182"]
ROOMS = ["S12", "Room 204", "Lab 3", "M7", "H21", "Hall B", "Sports Hall", "D14", "Library annex", "LRC 2"]
FORMS_GB = ["7B", "8R", "9CW", "10R2", "11F", "Year 10", "Year 6", "Robins class", "Reception", "Y13 tutor group 13JH", "Kestrels class", "Nursery Acorns"]
ORG_MIS = {"name": "Slatewing MIS", "domain": "slatewing-mis.com"}
ORG_APP = {"name": "Satchelbird", "domain": "satchelbird.app"}
ORG_PAY = {"name": "Pennyloft SchoolPay", "domain": "pennyloft.co.uk"}
ORG_TRUST = "Harrowden Vale Learning Trust"

# ====================================================================== schools
# (name, domain, office line): fictional; many named after people (look-alikes)
SCHOOLS = {
    "GB": [("Elsie Inglis Academy", "elsieinglis.sch.uk", "01536 410 220"), ("St Aldhelm's C of E Primary", "staldhelms.sch.uk", "01278 422 915"), ("Brackenholt High School", "brackenholt.sch.uk", "01625 613 300")],
    "US": [("Sojourner Truth Middle School", "sojournertruth-ms.org", "(918) 746-3100"), ("Cedar Hollow Elementary", "cedarhollow-es.org", "(208) 854-4410")],
    "AU": [("Edith Cowan College", "edithcowan-college.edu.au", "(07) 4639 2200"), ("Banksia Flats Primary School", "banksiaflats-ps.edu.au", "(03) 5331 4700")],
    "DE": [("Annette-von-Droste-Gymnasium", "droste-gym.de", "0761 201 7450"), ("Grundschule am Weidenbach", "gs-weidenbach.de", "05251 88 1420")],
    "FR": [("Collège Olympe-de-Gouges", "clg-olympedegouges.fr", "02 99 51 40 12"), ("École maternelle Les Coquelicots", "ecole-coquelicots.fr", "05 49 41 22 08")],
    "ES": [("IES Clara Campoamor", "iesclaracampoamor.es", "954 21 40 60"), ("CEIP Los Almendrales", "ceiplosalmendrales.es", "983 30 12 77")],
    "IT": [("Istituto Comprensivo Grazia Deledda", "icdeledda.edu.it", "051 640 2210"), ("Liceo Scientifico Enrico Fermi", "liceofermi-vr.edu.it", "045 803 1190")],
    "NL": [("OBS De Springplank", "obs-springplank.nl", "030 271 4400"), ("Erasmus Lyceum", "erasmuslyceum-arnhem.nl", "026 442 0810")],
    "BR": [("Escola Estadual Cecília Meireles", "eecmeireles.edu.br", "(11) 5571-2040"), ("Colégio Ipê Dourado", "colegioipedourado.com.br", "(31) 3261-4410")],
    "PL": [("Szkoła Podstawowa nr 47 im. Marii Skłodowskiej-Curie", "sp47.krakow.pl", "12 421 30 55"), ("Przedszkole Miejskie nr 8 Słoneczko", "pm8.poznan.pl", "61 852 14 90")],
    "RU": [("Лицей № 130 им. М. В. Ломоносова", "lyceum130.ru", "(383) 330-12-40"), ("Детский сад № 214 «Ромашка»", "ds214.ru", "(343) 371-22-08")],
    "GR": [("2ο Γυμνάσιο Καλαμαριάς «Νίκος Καζαντζάκης»", "2gym-kalam.gr", "2310 441 220"), ("Νηπιαγωγείο Λεμονιάς", "nip-lemonias.gr", "2610 322 145")],
    "TR": [("Atatürk Ortaokulu", "ataturkortaokulu.k12.tr", "0224 452 10 40"), ("Papatya Anaokulu", "papatyaanaokulu.k12.tr", "0232 364 22 18")],
    "IL": [("בית ספר יסודי ש\"י עגנון", "agnon-haifa.org.il", "04-822-4410"), ("גן ילדים הרימון", "gan-harimon.org.il", "08-946-1207")],
    "EG": [("مدرسة طه حسين الرسمية للغات", "tahahussein-school.edu.eg", "02 2358 4410"), ("حضانة زهرة الياسمين", "yasmin-nursery.com.eg", "03 425 1180")],
    "IN": [("प्रेमचंद पब्लिक स्कूल", "premchandpublicschool.edu.in", "0141 271 4410"), ("सरस्वती विद्या मंदिर", "svm-bhopal.edu.in", "0755 242 1180")],
    "TH": [("โรงเรียนสุนทรภู่พิทยา", "sunthornphu-pittaya.ac.th", "02 712 4410"), ("โรงเรียนอนุบาลดอกแก้ว", "anuban-dokkaew.ac.th", "053 221 180")],
    "CN": [("鲁迅中学", "luxunzx.edu.cn", "010 6275 4410"), ("海淀区丹桂幼儿园", "dangui-kg.edu.cn", "021 6438 1180")],
    "JP": [("市立夏目漱石記念中学校", "soseki-jhs.ed.jp", "06-6841-4410"), ("わかば保育園", "wakaba-hoikuen.jp", "022-261-1180")],
    "KR": [("세종초등학교", "sejong-es.sen.ms.kr", "02-332-4410"), ("은행나무어린이집", "ginkgo-kids.kr", "042-861-1180")],
    "VN": [("Trường THCS Nguyễn Du", "thcsnguyendu.edu.vn", "024 3851 4410"), ("Trường Mầm non Hoa Sen", "mnhoasen.edu.vn", "028 3930 1180")],
    "SE": [("Selma Lagerlöfskolan", "selmaskolan.uppsala.se", "018-727 44 10"), ("Förskolan Blåklinten", "blaklinten.linkoping.se", "013-20 11 80")],
}
ROLE_BOXES = ["office", "admissions", "attendance", "exams", "senco", "safeguarding", "bursar", "trips",
              "itsupport", "noreply", "reception", "finance", "data", "inclusion", "nursery", "info"]
HOUSES = ["Nightingale House", "Darwin block", "Newton building", "Brontë House", "Seacole House", "Curie wing",
          "Turing Lab", "Austen House", "Faraday block", "Lovelace suite", "Wilberforce House", "Pankhurst wing"]
TAUGHT = {
    "en": ["Shakespeare", "Dickens", "Marie Curie", "Mary Shelley", "J. B. Priestley", "Isaac Newton", "Charlotte Brontë", "Martin Luther King"],
    "de": ["Goethe", "Schiller", "Theodor Fontane", "Kafka"], "fr": ["Molière", "Victor Hugo", "Jean de La Fontaine", "Marie Curie"],
    "es": ["Cervantes", "Lorca", "Antonio Machado"], "it": ["Dante", "Manzoni", "Leopardi"], "nl": ["Vondel", "Multatuli", "Annie M.G. Schmidt"],
    "pt": ["Machado de Assis", "Monteiro Lobato"], "pl": ["Mickiewicz", "Sienkiewicz", "Kopernik"], "ru": ["Пушкин", "Толстой", "Менделеев"],
    "el": ["Όμηρος", "Σολωμός", "Πυθαγόρας"], "tr": ["Yunus Emre", "Nazım Hikmet"], "he": ["ביאליק", "רחל המשוררת"],
    "ar": ["نجيب محفوظ", "أحمد شوقي"], "hi": ["कबीर", "तुलसीदास"], "th": ["สุนทรภู่"], "zh": ["李白", "杜甫", "孔子"],
    "ja": ["芥川龍之介", "宮沢賢治"], "ko": ["윤동주", "이순신"], "vi": ["Hồ Xuân Hương", "Nguyễn Trãi"], "sv": ["Astrid Lindgren", "Strindberg"],
}

# ====================================================================== field labels
F = {
    "en": dict(pupil="Pupil", child="Child", dob="Date of birth", address="Home address", parent="Parent/carer", phone="Phone",
               email="Email", klass="Class", contact2="Second contact", emergency="Emergency contact", allergy="Allergies",
               med="Medication", by="Completed by", passport="Passport number", signed="Signed", relation="Relationship",
               mother="mother", father="father", grandma="grandmother", aunt="aunt", uncle="uncle", notes="Notes"),
    "de": dict(pupil="Schüler/in", child="Kind", dob="Geburtsdatum", address="Anschrift", parent="Erziehungsberechtigte/r", phone="Telefon",
               email="E-Mail", klass="Klasse", contact2="Zweiter Kontakt", emergency="Notfallkontakt", allergy="Allergien",
               med="Medikamente", by="Bearbeitet von", passport="Reisepassnummer", signed="Unterschrift", relation="Beziehung",
               mother="Mutter", father="Vater", grandma="Großmutter", aunt="Tante", uncle="Onkel", notes="Bemerkungen"),
    "fr": dict(pupil="Élève", child="Enfant", dob="Date de naissance", address="Adresse", parent="Responsable légal", phone="Téléphone",
               email="Courriel", klass="Classe", contact2="Second contact", emergency="Personne à prévenir", allergy="Allergies",
               med="Traitement", by="Rempli par", passport="N° de passeport", signed="Signature", relation="Lien",
               mother="mère", father="père", grandma="grand-mère", aunt="tante", uncle="oncle", notes="Observations"),
    "es": dict(pupil="Alumno/a", child="Niño/a", dob="Fecha de nacimiento", address="Domicilio", parent="Madre/padre/tutor", phone="Teléfono",
               email="Correo", klass="Grupo", contact2="Segundo contacto", emergency="Contacto de emergencia", allergy="Alergias",
               med="Medicación", by="Cumplimentado por", passport="N.º de pasaporte", signed="Firma", relation="Parentesco",
               mother="madre", father="padre", grandma="abuela", aunt="tía", uncle="tío", notes="Observaciones"),
    "it": dict(pupil="Alunno/a", child="Bambino/a", dob="Data di nascita", address="Indirizzo", parent="Genitore", phone="Telefono",
               email="E-mail", klass="Classe", contact2="Secondo contatto", emergency="Contatto di emergenza", allergy="Allergie",
               med="Farmaci", by="Compilato da", passport="N. passaporto", signed="Firma", relation="Parentela",
               mother="madre", father="padre", grandma="nonna", aunt="zia", uncle="zio", notes="Note"),
    "nl": dict(pupil="Leerling", child="Kind", dob="Geboortedatum", address="Adres", parent="Ouder/verzorger", phone="Telefoon",
               email="E-mail", klass="Groep", contact2="Tweede contact", emergency="Noodcontact", allergy="Allergieën",
               med="Medicatie", by="Ingevuld door", passport="Paspoortnummer", signed="Handtekening", relation="Relatie",
               mother="moeder", father="vader", grandma="oma", aunt="tante", uncle="oom", notes="Opmerkingen"),
    "pt": dict(pupil="Aluno(a)", child="Criança", dob="Data de nascimento", address="Endereço", parent="Responsável", phone="Telefone",
               email="E-mail", klass="Turma", contact2="Segundo contato", emergency="Contato de emergência", allergy="Alergias",
               med="Medicação", by="Preenchido por", passport="Nº do passaporte", signed="Assinatura", relation="Parentesco",
               mother="mãe", father="pai", grandma="avó", aunt="tia", uncle="tio", notes="Observações"),
    "pl": dict(pupil="Uczeń", child="Dziecko", dob="Data urodzenia", address="Adres zamieszkania", parent="Rodzic/opiekun", phone="Telefon",
               email="E-mail", klass="Klasa", contact2="Drugi kontakt", emergency="Kontakt w nagłych wypadkach", allergy="Alergie",
               med="Leki", by="Wypełnił(a)", passport="Nr paszportu", signed="Podpis", relation="Pokrewieństwo",
               mother="matka", father="ojciec", grandma="babcia", aunt="ciocia", uncle="wujek", notes="Uwagi"),
    "ru": dict(pupil="Ученик", child="Ребёнок", dob="Дата рождения", address="Адрес", parent="Родитель", phone="Телефон",
               email="Эл. почта", klass="Класс", contact2="Второй контакт", emergency="Экстренный контакт", allergy="Аллергии",
               med="Лекарства", by="Заполнил(а)", passport="№ загранпаспорта", signed="Подпись", relation="Кем приходится",
               mother="мать", father="отец", grandma="бабушка", aunt="тётя", uncle="дядя", notes="Примечания"),
    "el": dict(pupil="Μαθητής/τρια", child="Παιδί", dob="Ημερομηνία γέννησης", address="Διεύθυνση", parent="Γονέας/κηδεμόνας", phone="Τηλέφωνο",
               email="Email", klass="Τμήμα", contact2="Δεύτερη επαφή", emergency="Επαφή έκτακτης ανάγκης", allergy="Αλλεργίες",
               med="Φάρμακα", by="Συμπληρώθηκε από", passport="Αρ. διαβατηρίου", signed="Υπογραφή", relation="Σχέση",
               mother="μητέρα", father="πατέρας", grandma="γιαγιά", aunt="θεία", uncle="θείος", notes="Παρατηρήσεις"),
    "tr": dict(pupil="Öğrenci", child="Çocuk", dob="Doğum tarihi", address="Adres", parent="Veli", phone="Telefon",
               email="E-posta", klass="Sınıf", contact2="İkinci kişi", emergency="Acil durumda aranacak kişi", allergy="Alerjiler",
               med="İlaçlar", by="Dolduran", passport="Pasaport no", signed="İmza", relation="Yakınlık",
               mother="annesi", father="babası", grandma="babaannesi", aunt="teyzesi", uncle="amcası", notes="Notlar"),
    "he": dict(pupil="תלמיד/ה", child="ילד/ה", dob="תאריך לידה", address="כתובת", parent="הורה", phone="טלפון",
               email="דוא\"ל", klass="כיתה", contact2="איש קשר נוסף", emergency="איש קשר לחירום", allergy="אלרגיות",
               med="תרופות", by="מולא על ידי", passport="מספר דרכון", signed="חתימה", relation="קרבה",
               mother="אמא", father="אבא", grandma="סבתא", aunt="דודה", uncle="דוד", notes="הערות"),
    "ar": dict(pupil="التلميذ/ة", child="الطفل/ة", dob="تاريخ الميلاد", address="العنوان", parent="ولي الأمر", phone="الهاتف",
               email="البريد الإلكتروني", klass="الفصل", contact2="جهة اتصال ثانية", emergency="جهة الاتصال في الطوارئ", allergy="الحساسية",
               med="الأدوية", by="تم التعبئة بواسطة", passport="رقم جواز السفر", signed="التوقيع", relation="صلة القرابة",
               mother="الأم", father="الأب", grandma="الجدة", aunt="الخالة", uncle="العم", notes="ملاحظات"),
    "hi": dict(pupil="विद्यार्थी", child="बच्चा", dob="जन्म तिथि", address="पता", parent="अभिभावक", phone="फ़ोन",
               email="ईमेल", klass="कक्षा", contact2="दूसरा संपर्क", emergency="आपातकालीन संपर्क", allergy="एलर्जी",
               med="दवाइयाँ", by="भरने वाले", passport="पासपोर्ट संख्या", signed="हस्ताक्षर", relation="संबंध",
               mother="माँ", father="पिता", grandma="दादी", aunt="मौसी", uncle="चाचा", notes="टिप्पणी"),
    "th": dict(pupil="นักเรียน", child="เด็ก", dob="วันเกิด", address="ที่อยู่", parent="ผู้ปกครอง", phone="โทรศัพท์",
               email="อีเมล", klass="ชั้น", contact2="ผู้ติดต่อคนที่สอง", emergency="ผู้ติดต่อฉุกเฉิน", allergy="ประวัติแพ้",
               med="ยาประจำตัว", by="ผู้กรอก", passport="เลขหนังสือเดินทาง", signed="ลงชื่อ", relation="ความสัมพันธ์",
               mother="แม่", father="พ่อ", grandma="ยาย", aunt="ป้า", uncle="ลุง", notes="หมายเหตุ"),
    "zh": dict(pupil="学生", child="幼儿", dob="出生日期", address="家庭住址", parent="家长", phone="电话",
               email="邮箱", klass="班级", contact2="第二联系人", emergency="紧急联系人", allergy="过敏史",
               med="用药", by="填表人", passport="护照号码", signed="签名", relation="关系",
               mother="母亲", father="父亲", grandma="外婆", aunt="姑姑", uncle="舅舅", notes="备注"),
    "ja": dict(pupil="児童・生徒", child="園児", dob="生年月日", address="住所", parent="保護者", phone="電話",
               email="メール", klass="クラス", contact2="第二連絡先", emergency="緊急連絡先", allergy="アレルギー",
               med="服薬", by="記入者", passport="旅券番号", signed="署名", relation="続柄",
               mother="母", father="父", grandma="祖母", aunt="叔母", uncle="叔父", notes="備考"),
    "ko": dict(pupil="학생", child="원아", dob="생년월일", address="주소", parent="보호자", phone="전화",
               email="이메일", klass="반", contact2="추가 연락처", emergency="비상 연락처", allergy="알레르기",
               med="복용 약", by="작성자", passport="여권번호", signed="서명", relation="관계",
               mother="어머니", father="아버지", grandma="할머니", aunt="이모", uncle="삼촌", notes="비고"),
    "vi": dict(pupil="Học sinh", child="Trẻ", dob="Ngày sinh", address="Địa chỉ", parent="Phụ huynh", phone="Điện thoại",
               email="Email", klass="Lớp", contact2="Người liên hệ thứ hai", emergency="Liên hệ khẩn cấp", allergy="Dị ứng",
               med="Thuốc", by="Người lập", passport="Số hộ chiếu", signed="Ký tên", relation="Quan hệ",
               mother="mẹ", father="bố", grandma="bà", aunt="cô", uncle="chú", notes="Ghi chú"),
    "sv": dict(pupil="Elev", child="Barn", dob="Födelsedatum", address="Adress", parent="Vårdnadshavare", phone="Telefon",
               email="E-post", klass="Klass", contact2="Andra kontakt", emergency="Nödkontakt", allergy="Allergier",
               med="Mediciner", by="Ifyllt av", passport="Passnummer", signed="Underskrift", relation="Relation",
               mother="mamma", father="pappa", grandma="mormor", aunt="moster", uncle="morbror", notes="Anteckningar"),
}

CLASSES = {
    "en": ["7B", "8R", "Year 10", "Year 4 (Kestrels)", "Reception", "Robins class", "10R2", "Year 2 (Hedgehogs)"],
    "de": ["5c", "7a", "Klasse 3b", "Kita-Gruppe Füchse", "10d"], "fr": ["CM2 B", "6e 3", "CE1", "Moyenne section", "4e 1"],
    "es": ["5.º B", "2.º ESO A", "Infantil 4 años", "1.º Bachillerato"], "it": ["3ª B", "1ª A", "Sezione Girasoli", "4ª C"],
    "nl": ["groep 5", "groep 1-2 (De Uilen)", "brugklas 1C", "havo 3B"], "pt": ["5º ano B", "Infantil II", "8º ano A"],
    "pl": ["3b", "7a", "grupa Biedronki", "zerówka"], "ru": ["5 «Б»", "2 «А»", "младшая группа «Капелька»", "9 «В»"],
    "el": ["Β2", "Ε1", "Νήπια", "Γ3"], "tr": ["5-C", "3-A", "Anasınıfı B", "7-D"], "he": ["ד'2", "ו'1", "גן חובה", "ח'3"],
    "ar": ["الصف الثالث (ب)", "KG2", "الصف الخامس (أ)"], "hi": ["कक्षा 5 (ब)", "कक्षा 8 (अ)", "नर्सरी"],
    "th": ["ป.4/2", "ม.2/5", "อนุบาล 2"], "zh": ["三年级(2)班", "初二(5)班", "中班"], "ja": ["3年1組", "年中さくら組", "5年2組"],
    "ko": ["2학년 3반", "5학년 1반", "햇살반"], "vi": ["Lớp 6A3", "Lớp 4B", "Lớp Mầm 2"], "sv": ["4B", "åk 7C", "Avdelning Ekorren"],
}


# ====================================================================== requests
REQ = {
    "en": ["Can you check this before I send it to the head? Anything missing?", "Summarise this in three bullet points for the pastoral meeting.",
           "Draft a short, polite reply to the parent.", "Turn this into a tidy table, one row per pupil.",
           "I need to send this to an outside provider. What should I take out first?"],
    "de": ["Kannst du das prüfen, bevor es an die Schulleitung geht? Fehlt etwas?", "Fasse das bitte in drei Punkten für die Klassenkonferenz zusammen.", "Formuliere bitte eine kurze, freundliche Antwort an die Eltern."],
    "fr": ["Tu peux vérifier avant que je transmette à la direction ? Il manque quelque chose ?", "Résume-moi ça en trois points pour l'équipe éducative.", "Aide-moi à rédiger une réponse courte et polie aux parents."],
    "es": ["¿Me lo revisas antes de pasarlo a jefatura de estudios? ¿Falta algo?", "Resúmelo en tres puntos para la reunión de tutores.", "Ayúdame a redactar una respuesta breve y educada a la familia."],
    "it": ["Puoi controllarlo prima che lo mandi alla dirigente? Manca qualcosa?", "Riassumilo in tre punti per il consiglio di classe.", "Aiutami a scrivere una risposta breve e cortese ai genitori."],
    "nl": ["Kun je dit nakijken voordat ik het naar de directie stuur? Mist er iets?", "Vat dit samen in drie punten voor het zorgoverleg.", "Help me een korte, vriendelijke reactie aan de ouders te schrijven."],
    "pt": ["Pode revisar antes de eu mandar para a coordenação? Falta alguma coisa?", "Resuma isso em três tópicos para a reunião pedagógica.", "Me ajuda a escrever uma resposta curta e educada para a família?"],
    "pl": ["Sprawdzisz to, zanim wyślę do dyrekcji? Czegoś brakuje?", "Streść to w trzech punktach na radę pedagogiczną.", "Pomóż mi napisać krótką, uprzejmą odpowiedź do rodziców."],
    "ru": ["Проверь, пожалуйста, перед отправкой директору. Чего-то не хватает?", "Сделай краткое резюме в трёх пунктах для педсовета.", "Помоги составить короткий вежливый ответ родителям."],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω στη διεύθυνση; Λείπει κάτι;", "Κάνε μου μια σύνοψη σε τρία σημεία για τον σύλλογο διδασκόντων.", "Βοήθησέ με να γράψω μια σύντομη, ευγενική απάντηση στους γονείς."],
    "tr": ["Müdüre göndermeden önce kontrol eder misin? Eksik bir şey var mı?", "Bunu öğretmenler kurulu için üç maddede özetle.", "Veliye kısa ve nazik bir cevap yazmama yardım eder misin?"],
    "he": ["תוכל לבדוק לפני שאני שולחת למנהלת? חסר משהו?", "סכם לי את זה בשלוש נקודות לישיבת הצוות.", "תעזור לי לנסח תשובה קצרה ומנומסת להורים."],
    "ar": ["هل يمكنك مراجعة هذا قبل إرساله إلى المديرة؟ هل ينقصه شيء؟", "لخّص هذا في ثلاث نقاط لاجتماع المعلمين.", "ساعدني في كتابة رد قصير ومهذب لولي الأمر."],
    "hi": ["प्रधानाचार्य को भेजने से पहले इसे जाँच दीजिए, कुछ छूटा तो नहीं?", "स्टाफ़ मीटिंग के लिए इसे तीन बिंदुओं में सारांशित कीजिए।", "अभिभावक को एक छोटा, विनम्र जवाब लिखने में मदद कीजिए।"],
    "th": ["ช่วยตรวจก่อนส่งให้ผู้อำนวยการหน่อย ขาดอะไรไหม", "ช่วยสรุปเป็นสามข้อสำหรับประชุมครู", "ช่วยร่างคำตอบสั้น ๆ สุภาพถึงผู้ปกครองหน่อย"],
    "zh": ["发给校长之前帮我检查一下，有没有漏掉什么？", "帮我总结成三点，给年级组开会用。", "帮我给家长写一段简短礼貌的回复。"],
    "ja": ["校長に回す前に確認してもらえますか。抜けはありますか。", "職員会議用に三点で要約してください。", "保護者への短く丁寧な返信を書いてください。"],
    "ko": ["교장 선생님께 보내기 전에 확인해 줘. 빠진 거 있어?", "교직원 회의용으로 세 줄 요약해 줘.", "학부모님께 보낼 짧고 정중한 답장 써 줘."],
    "vi": ["Kiểm tra giúp mình trước khi gửi hiệu trưởng nhé, có thiếu gì không?", "Tóm tắt giúp mình thành ba ý cho buổi họp tổ.", "Giúp mình soạn một câu trả lời ngắn, lịch sự gửi phụ huynh."],
    "sv": ["Kan du kolla det här innan jag skickar det till rektorn? Saknas något?", "Sammanfatta det i tre punkter till elevhälsomötet.", "Hjälp mig skriva ett kort, vänligt svar till vårdnadshavarna."],
}

NAME_WORDS = {
    "en": ["Will the minibus be back before period 5?", "Grace period for dinner money ends Friday.", "Hope Street entrance is closed for resurfacing.",
           "Joy of Reading week starts after half term.", "May we remind parents that the car park is staff only.", "Rose garden planting with Year 3.",
           "Bill for the coach hire is in the finance tray.", "Mark the registers by 08:55, please.", "Summer term INSET on the Monday.",
           "Amber weather warning: PE moves indoors.", "Robin and Wren groups swap rooms on Thursday.", "Dawn chorus walk for Reception."],
    "de": ["Ernst gemeint: Handys bleiben im Spind.", "Frank und frei gesagt, der Vertretungsplan hakt.", "Rosa Kreide ist aus."],
    "fr": ["Rose ou bleu pour les tee-shirts de la kermesse ?", "Pierre qui roule n'amasse pas mousse, dictée n° 4.", "Marguerite en papier pour la fête des mères."],
    "es": ["La esperanza es que la obra acabe en septiembre.", "Dolores de cabeza en el comedor: revisar ventilación.", "Rosa palo para los lazos de la graduación."],
    "it": ["Serena la giornata, gita confermata.", "Fortunato chi ha finito i compiti.", "Viola e giallo per i cartelloni."],
    "nl": ["Frank en vrij: de gymzaal is te klein.", "Roos van papier voor moederdag.", "Hoop dat de bus op tijd is."],
    "pt": ["Graça nenhuma no atraso do ônibus.", "Rosa e verde nas bandeirinhas da festa junina.", "Esperança é a última que morre."],
    "pl": ["Róża z bibuły na Dzień Matki.", "Wiara w siebie to temat godziny wychowawczej."],
    "ru": ["Надежда на тёплую погоду к линейке.", "Вера в себя: тема классного часа.", "Любовь к чтению: конкурс чтецов."],
    "el": ["Ελπίδα να τελειώσει η βαφή ως τον Σεπτέμβριο.", "Ειρήνη και συνεργασία: θέμα της εβδομάδας."],
    "tr": ["Umut var, bahçe işi pazartesi biter.", "Gül fidanları 3-A sınıfıyla dikilecek.", "Deniz gezisi ertelendi."],
    "he": ["תקווה שהשיפוץ ייגמר עד ספטמבר.", "שמחה גדולה ביום הספורט."],
    "ar": ["أمل كبير أن تنتهي أعمال الصيانة قبل أيلول.", "نور الشمس في الفناء: تغيير موعد الطابور."],
    "hi": ["आशा है कि बस समय पर आएगी।", "पूजा की छुट्टी के बाद परीक्षा शुरू होगी।"],
    "th": ["หวังว่าจะซ่อมหลังคาเสร็จก่อนเปิดเทอม", "ดอกแก้วบานหน้าห้องสมุด"],
    "zh": ["希望下周运动会不下雨。", "春华秋实主题班会。"], "ja": ["希望者は放課後に図書室へ。", "桜の下で集合写真を撮ります。"],
    "ko": ["희망 학생은 방과 후 도서관으로.", "봄비 때문에 체육은 강당에서."], "vi": ["Hy vọng mưa tạnh trước giờ chào cờ.", "Hoa phượng nở sân trường."],
    "sv": ["Hoppas bussen kommer i tid.", "Sol och vind på friluftsdagen."],
}


def request_for(R, lang):
    return R.choice(REQ[lang])


def wrap(R, lang, body):
    """Puts the request before or after the paste, maybe quoted or fenced."""
    req = request_for(R, lang)
    k = R.randint(0, 5)
    if k == 0:
        return [req + "\n\n\"\"\"\n"] + body + ["\n\"\"\""]
    if k == 1:
        return body + ["\n\n---\n" + req]
    if k == 2:
        return [req + "\n```\n"] + body + ["\n```"]
    if k == 3:
        return body + ["\n\n" + req]
    return [req + "\n\n"] + body


TITLE = {
    "en": dict(adm="ADMISSION FORM", care="INDIVIDUAL HEALTHCARE PLAN", trip="TRIP CONSENT FORM", fsm="BURSARY / FREE MEALS APPLICATION", vet="STAFF VETTING FORM", nur="NURSERY ACCIDENT / INCIDENT RECORD", iban="Bank account (IBAN)", bank="Bank details", trip_paid="Deposit paid by card", referee="Referee", prev="Previous address", what="What happened", collect="Collected by", keyw="Key worker"),
    "de": dict(adm="AUFNAHMEANTRAG", care="MEDIZINISCHER NOTFALLPLAN", trip="EINVERSTÄNDNISERKLÄRUNG KLASSENFAHRT", fsm="ANTRAG AUF ZUSCHUSS MITTAGESSEN", vet="PERSONALBOGEN (NEUEINSTELLUNG)", nur="UNFALLMELDUNG KITA", iban="IBAN", bank="Bankverbindung", trip_paid="Anzahlung per Karte", referee="Referenz", prev="Frühere Anschrift", what="Hergang", collect="Abgeholt von", keyw="Bezugserzieher/in"),
    "fr": dict(adm="DOSSIER D'INSCRIPTION", care="PROJET D'ACCUEIL INDIVIDUALISÉ (PAI)", trip="AUTORISATION DE SORTIE SCOLAIRE", fsm="DEMANDE DE BOURSE / AIDE CANTINE", vet="FICHE DE RENSEIGNEMENTS PERSONNEL", nur="FICHE D'INCIDENT CRÈCHE", iban="IBAN", bank="Coordonnées bancaires", trip_paid="Acompte payé par carte", referee="Référent", prev="Ancienne adresse", what="Déroulement", collect="Récupéré par", keyw="Auxiliaire référente"),
    "es": dict(adm="SOLICITUD DE MATRÍCULA", care="PLAN DE ATENCIÓN SANITARIA", trip="AUTORIZACIÓN DE EXCURSIÓN", fsm="SOLICITUD DE BECA DE COMEDOR", vet="FICHA DE PERSONAL", nur="PARTE DE INCIDENCIAS ESCUELA INFANTIL", iban="IBAN", bank="Datos bancarios", trip_paid="Señal pagada con tarjeta", referee="Referencia", prev="Domicilio anterior", what="Descripción", collect="Recogido por", keyw="Tutora"),
    "it": dict(adm="DOMANDA DI ISCRIZIONE", care="PIANO TERAPEUTICO A SCUOLA", trip="AUTORIZZAZIONE USCITA DIDATTICA", fsm="RICHIESTA ESONERO MENSA", vet="SCHEDA ANAGRAFICA PERSONALE", nur="REGISTRO INFORTUNI ASILO NIDO", iban="IBAN", bank="Coordinate bancarie", trip_paid="Acconto pagato con carta", referee="Referenza", prev="Indirizzo precedente", what="Dinamica", collect="Ritirato da", keyw="Educatrice di riferimento"),
    "nl": dict(adm="INSCHRIJFFORMULIER", care="MEDISCH HANDELINGSPLAN", trip="TOESTEMMINGSFORMULIER SCHOOLREIS", fsm="AANVRAAG TEGEMOETKOMING OUDERBIJDRAGE", vet="PERSONEELSFORMULIER", nur="ONGEVALLENREGISTRATIE KINDEROPVANG", iban="IBAN", bank="Bankgegevens", trip_paid="Aanbetaling met kaart", referee="Referentie", prev="Vorig adres", what="Toedracht", collect="Opgehaald door", keyw="Mentor"),
    "pt": dict(adm="FICHA DE MATRÍCULA", care="PLANO DE CUIDADOS DE SAÚDE", trip="AUTORIZAÇÃO DE PASSEIO ESCOLAR", fsm="PEDIDO DE BOLSA / ALIMENTAÇÃO", vet="FICHA CADASTRAL DE FUNCIONÁRIO", nur="REGISTRO DE OCORRÊNCIA CRECHE", iban="IBAN", bank="Dados bancários", trip_paid="Sinal pago no cartão", referee="Referência", prev="Endereço anterior", what="Ocorrência", collect="Retirado por", keyw="Educadora de referência"),
    "pl": dict(adm="KARTA ZGŁOSZENIA UCZNIA", care="PLAN OPIEKI ZDROWOTNEJ", trip="ZGODA NA WYCIECZKĘ", fsm="WNIOSEK O DOFINANSOWANIE OBIADÓW", vet="KWESTIONARIUSZ OSOBOWY PRACOWNIKA", nur="REJESTR WYPADKÓW PRZEDSZKOLE", iban="IBAN", bank="Dane do przelewu", trip_paid="Zaliczka kartą", referee="Referencje", prev="Poprzedni adres", what="Przebieg zdarzenia", collect="Odebrał(a)", keyw="Wychowawczyni"),
    "ru": dict(adm="ЗАЯВЛЕНИЕ О ПРИЁМЕ", care="ИНДИВИДУАЛЬНЫЙ ПЛАН ПО ЗДОРОВЬЮ", trip="СОГЛАСИЕ НА ЭКСКУРСИЮ", fsm="ЗАЯВЛЕНИЕ НА ЛЬГОТНОЕ ПИТАНИЕ", vet="АНКЕТА СОТРУДНИКА", nur="АКТ О ТРАВМЕ (ДЕТСКИЙ САД)", iban="IBAN", bank="Реквизиты", trip_paid="Предоплата картой", referee="Рекомендатель", prev="Прежний адрес", what="Описание", collect="Забрал(а)", keyw="Воспитатель"),
    "el": dict(adm="ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ", care="ΑΤΟΜΙΚΟ ΣΧΕΔΙΟ ΥΓΕΙΑΣ", trip="ΥΠΕΥΘΥΝΗ ΔΗΛΩΣΗ ΕΚΔΡΟΜΗΣ", fsm="ΑΙΤΗΣΗ ΣΙΤΙΣΗΣ", vet="ΔΕΛΤΙΟ ΠΡΟΣΩΠΙΚΟΥ", nur="ΔΕΛΤΙΟ ΣΥΜΒΑΝΤΟΣ ΝΗΠΙΑΓΩΓΕΙΟΥ", iban="IBAN", bank="Τραπεζικά στοιχεία", trip_paid="Προκαταβολή με κάρτα", referee="Συστάσεις", prev="Προηγούμενη διεύθυνση", what="Περιγραφή", collect="Παρέλαβε", keyw="Υπεύθυνη νηπιαγωγός"),
    "tr": dict(adm="ÖĞRENCİ KAYIT FORMU", care="SAĞLIK BAKIM PLANI", trip="GEZİ İZİN BELGESİ", fsm="BURS / ÜCRETSİZ YEMEK BAŞVURUSU", vet="PERSONEL BİLGİ FORMU", nur="ANAOKULU KAZA TUTANAĞI", iban="IBAN", bank="Banka bilgileri", trip_paid="Kartla ödenen kapora", referee="Referans", prev="Önceki adres", what="Olay", collect="Teslim alan", keyw="Sorumlu öğretmen"),
    "he": dict(adm="טופס רישום", care="תוכנית טיפול רפואי אישית", trip="אישור הורים לטיול", fsm="בקשה למלגה / הזנה", vet="טופס פרטי עובד", nur="דיווח על אירוע בגן", iban="IBAN", bank="פרטי בנק", trip_paid="מקדמה בכרטיס", referee="ממליץ", prev="כתובת קודמת", what="תיאור האירוע", collect="נאסף על ידי", keyw="גננת אחראית"),
    "ar": dict(adm="استمارة القبول", care="خطة الرعاية الصحية الفردية", trip="موافقة ولي الأمر على الرحلة", fsm="طلب منحة / وجبات مجانية", vet="استمارة بيانات الموظف", nur="تقرير حادث في الحضانة", iban="IBAN", bank="البيانات المصرفية", trip_paid="عربون مدفوع بالبطاقة", referee="المُعرِّف", prev="العنوان السابق", what="وصف الحادث", collect="استلمه", keyw="المشرفة"),
    "hi": dict(adm="प्रवेश फ़ॉर्म", care="व्यक्तिगत स्वास्थ्य योजना", trip="भ्रमण सहमति पत्र", fsm="छात्रवृत्ति / मध्याह्न भोजन आवेदन", vet="कर्मचारी सत्यापन फ़ॉर्म", nur="नर्सरी दुर्घटना रिकॉर्ड", iban="IBAN", bank="बैंक विवरण", trip_paid="कार्ड से अग्रिम भुगतान", referee="संदर्भ", prev="पिछला पता", what="घटना", collect="ले जाने वाले", keyw="प्रभारी शिक्षिका"),
    "th": dict(adm="ใบสมัครเข้าเรียน", care="แผนดูแลสุขภาพรายบุคคล", trip="หนังสือยินยอมไปทัศนศึกษา", fsm="คำร้องขอทุน / อาหารกลางวัน", vet="แบบฟอร์มตรวจประวัติบุคลากร", nur="บันทึกอุบัติเหตุ ศูนย์เด็กเล็ก", iban="IBAN", bank="ข้อมูลบัญชี", trip_paid="มัดจำด้วยบัตร", referee="ผู้รับรอง", prev="ที่อยู่เดิม", what="เหตุการณ์", collect="ผู้มารับ", keyw="ครูประจำชั้น"),
    "zh": dict(adm="入学登记表", care="学生健康管理计划", trip="校外活动家长同意书", fsm="助学金 / 午餐补助申请", vet="教职工背景审查表", nur="幼儿园意外事故记录", iban="IBAN", bank="银行信息", trip_paid="定金刷卡支付", referee="推荐人", prev="原住址", what="经过", collect="接送人", keyw="主班老师"),
    "ja": dict(adm="入学申込書", care="学校生活管理指導表", trip="校外学習 参加同意書", fsm="就学援助申請書", vet="職員身上書", nur="保育園 事故報告書", iban="IBAN", bank="振込先", trip_paid="カードで前払い", referee="照会先", prev="前住所", what="状況", collect="お迎え", keyw="担当保育士"),
    "ko": dict(adm="입학 신청서", care="개별 건강관리 계획서", trip="현장체험학습 동의서", fsm="급식비 지원 신청서", vet="교직원 신원조회서", nur="어린이집 안전사고 보고서", iban="IBAN", bank="계좌 정보", trip_paid="카드 결제 예약금", referee="추천인", prev="이전 주소", what="사고 경위", collect="하원 보호자", keyw="담임 교사"),
    "vi": dict(adm="ĐƠN XIN NHẬP HỌC", care="KẾ HOẠCH CHĂM SÓC SỨC KHỎE", trip="GIẤY ĐỒNG Ý CHO CON ĐI DÃ NGOẠI", fsm="ĐƠN XIN HỌC BỔNG / HỖ TRỢ BÁN TRÚ", vet="PHIẾU THÔNG TIN NHÂN SỰ", nur="BIÊN BẢN TAI NẠN MẦM NON", iban="IBAN", bank="Thông tin ngân hàng", trip_paid="Đặt cọc bằng thẻ", referee="Người giới thiệu", prev="Địa chỉ cũ", what="Diễn biến", collect="Người đón", keyw="Giáo viên phụ trách"),
    "sv": dict(adm="ANSÖKAN OM SKOLPLACERING", care="HANDLINGSPLAN VID SJUKDOM", trip="SAMTYCKE TILL SKOLRESA", fsm="ANSÖKAN OM BIDRAG", vet="PERSONALBLANKETT", nur="TILLBUDSRAPPORT FÖRSKOLA", iban="IBAN", bank="Bankuppgifter", trip_paid="Handpenning med kort", referee="Referens", prev="Tidigare adress", what="Händelse", collect="Hämtad av", keyw="Ansvarig pedagog"),
}
ALLERGENS = {"en": ["peanuts", "tree nuts", "sesame", "egg"], "de": ["Erdnüsse", "Sesam"], "fr": ["arachide", "fruits à coque"], "es": ["frutos secos", "huevo"],
             "it": ["arachidi", "latte"], "nl": ["pinda", "noten"], "pt": ["amendoim", "leite"], "pl": ["orzeszki ziemne", "jajka"], "ru": ["арахис", "молоко"],
             "el": ["φιστίκια", "αυγό"], "tr": ["yer fıstığı", "süt"], "he": ["בוטנים", "שומשום"], "ar": ["الفول السوداني", "البيض"], "hi": ["मूँगफली", "दूध"],
             "th": ["ถั่วลิสง", "กุ้ง"], "zh": ["花生", "鸡蛋"], "ja": ["卵", "小麦"], "ko": ["땅콩", "우유"], "vi": ["đậu phộng", "hải sản"], "sv": ["jordnötter", "ägg"]}
MEDS = ["EpiPen 0.3 mg x2 (office + bag)", "Salbutamol inhaler 100 mcg", "Cetirizine 5 mg", "Jext 150 mcg", "Buccal midazolam 5 mg"]

# ====================================================================== templates
TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f.__name__, count, clean, f))
        return f
    return deco


NURSERY_WORDS = ("maternelle", "Przedszkole", "Детский сад", "Νηπιαγωγείο", "Anaokulu", "גן ילדים", "حضانة", "อนุบาล",
                 "幼儿园", "保育園", "어린이집", "Mầm non", "Förskolan")


def school(R, loc, nursery=False):
    """nursery True: the locale's nursery where it has one; False: a school."""
    ss = SCHOOLS[loc]
    nur = [x for x in ss if any(w in x[0] for w in NURSERY_WORDS)]
    sch = [x for x in ss if x not in nur]
    if nursery and nur:
        return R.choice(nur)
    return R.choice(sch)


def office(s):
    return N(s[2], "school_office_phone")


def rolebox(s, box):
    return N("%s@%s" % (box, s[1]), "role_mailbox")


def sd(s):
    return {"name": s[0], "domain": s[1]}


def P(p, role):
    return L("person", p.full, sub=role)


def G(p, role):
    return L("person", p.given, sub=role)


def sign(R, loc, used, s, role, box):
    """A staff signature: name and work e-mail, or name and role mailbox."""
    st = people(R, loc, 1, used)[0]
    if R.random() < 0.55:
        return [P(st, role), " <", L("email", work_email(R, st, sd(s)), sub="work"), ">"]
    return [P(st, role), " (", rolebox(s, box), ")"]


def klass(R, lang):
    return N(R.choice(CLASSES[lang]), "class_name")


def pupil_year(R, stage):
    return {"nursery": (2021, 2024), "primary": (2015, 2021), "secondary": (2008, 2014)}[stage]


def rel_word(lang, p):
    return F[lang]["mother"] if p.female else F[lang]["father"]


@tpl(40)
def admission_form(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc)
    used = set()
    kid = people(R, loc, 1, used)[0]
    par = people(R, loc, 2, used, family=kid.fam_item if loc not in ("EG", "IL", "BR", "ES") or R.random() < 0.5 else None)
    lab, ymd = dob(R, loc, *pupil_year(R, R.choice(["primary", "secondary"])))
    out = [t["adm"], " — ", N(s[0], "school_eponym"), "\n", f["klass"], ": ", klass(R, lang), "\n\n",
           f["pupil"], ": ", P(kid, "pupil"), "\n", f["dob"], ": ", lab, "\n"]
    cid = child_id(R, loc, kid, ymd)
    if cid and R.random() < 0.8:
        out += [cid[1], ": ", cid[0], "\n"]
    if loc == "GB":
        out += ["UPN (previous school): ", N(upn(R), "upn"), "\n"]
    out += [f["address"], ": ", L("address", address(R, loc)), "\n\n",
            f["parent"], " 1 (", rel_word(lang, par[0]), "): ", P(par[0], "parent"), "\n",
            f["phone"], ": ", phone(R, loc), "\n", f["email"], ": ", L("email", personal_email(R, par[0]), sub="personal"), "\n"]
    if R.random() < 0.5:
        ab = R.choice([c for c in LOCALES if c != loc and c in ("GB", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "US", "IN")]) if R.random() < 0.25 else None
        out += [f["parent"], " 2 (", rel_word(lang, par[1]), "): ", P(par[1], "parent"), "\n", f["phone"], ": ", phone(R, loc, abroad=ab), "\n"]
    out += ["\n", f["by"], ": "] + sign(R, loc, used, s, "admissions", "admissions") + ["\n", N(s[2], "school_office_phone")]
    return "form", lang, out


@tpl(46)
def attendance_log(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    kids = people(R, loc, R.choice([2, 3]), used)
    rows = ["date,upn,pupil,form,session,code,follow_up"]
    out = ["Attendance follow-up export — ", N(s[0], "school_eponym"), " (", N(ORG_MIS["name"], "org_name"), ")\n", rows[0], "\n"]
    for i, k in enumerate(kids):
        d = N("2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "lesson_date")
        code = R.choice(["N", "U", "L", "O", "M", "I"])
        out += [d, ",", N(upn(R) if loc == "GB" else "S%07d" % R.randint(1, 9999999), "pupil_number"), ",", P(k, "pupil"), ",",
                N(R.choice(FORMS_GB), "class_name"), ",", R.choice(["AM", "PM"]), ",", code, ","]
        r = R.random()
        if r < 0.3:
            par = people(R, loc, 1, used, family=k.fam_item)[0] if loc not in ("EG", "IL", "ES", "BR", "VN") else people(R, loc, 1, used)[0]
            out += ["\"called ", rel_word("en", par), " ", P(par, "parent"), " on ", phone(R, loc), "\""]
        elif r < 0.75:
            out += ["\"text sent to ", phone(R, loc), ", no reply\""]
        else:
            out += ["\"", N("first-day call made", "note"), "\""]
        out.append("\n")
    st = people(R, loc, 1, used)[0]
    out += ["\nAttendance officer: ", P(st, "attendance"), " — ", rolebox(s, "attendance")]
    return "csv", lang, wrap(R, lang, out)


@tpl(46)
def care_plan(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc)
    used = set()
    kid = people(R, loc, 1, used)[0]
    lab, ymd = dob(R, loc, *pupil_year(R, R.choice(["primary", "secondary", "nursery"])))
    out = [t["care"], "\n", N(s[0], "school_eponym"), " · ", f["klass"], " ", klass(R, lang), "\n\n",
           f["pupil"], ": ", P(kid, "pupil"), "\n", f["dob"], ": ", lab, "\n"]
    if loc == "GB" or (R.random() < 0.5):
        cid = child_id(R, loc, kid, ymd)
        if cid:
            out += [cid[1], ": ", cid[0], "\n"]
    out += [f["allergy"], ": ", R.choice(ALLERGENS[lang]), " (", N("anaphylaxis", "condition"), ")\n", f["med"], ": ", N(R.choice(MEDS), "medication"), "\n\n"]
    cs = people(R, loc, R.choice([1, 1, 2]), used)
    for i, c in enumerate(cs):
        out += [f["emergency"], " %d: " % (i + 1), P(c, "contact"), " (", R.choice([f["mother"], f["grandma"], f["aunt"]]) if c.female else R.choice([f["father"], f["uncle"]]), ") — ", phone(R, loc), "\n"]
    if R.random() < 0.5:
        out += [f["address"], ": ", L("address", address(R, loc)), "\n"]
    out += ["\n", f["by"], ": "] + sign(R, loc, used, s, "school_nurse", "inclusion")
    return "form", lang, wrap(R, lang, out)


@tpl(40)
def sen_plan(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    kid = people(R, loc, 1, used)[0]
    par = people(R, loc, 1, used)[0]
    lab, ymd = dob(R, loc, *pupil_year(R, R.choice(["primary", "secondary"])))
    senco = people(R, loc, 1, used)[0]
    ep = people(R, loc, 1, used)[0]
    out = ["SEN SUPPORT PLAN / REFERRAL — ", N(s[0], "school_eponym"), "\n",
           "Pupil: ", P(kid, "pupil"), "   DOB: ", lab, "   Year group: ", N(R.choice(["Year 3", "Year 5", "Year 8", "Year 9", "Year 11"]), "class_name"), "\n"]
    if loc == "GB":
        out += ["UPN: ", N(upn(R), "upn"), "   ULN: ", N(uln(R), "uln"), "\n"]
    cid = child_id(R, loc, kid, ymd) if R.random() < 0.5 else None
    if cid:
        out += [cid[1] if loc != "IN" else "Aadhaar", ": ", cid[0], "\n"]
    out += ["Home address: ", L("address", address(R, loc)), "\n",
            "Parent/carer: ", P(par, "parent"), ", ", phone(R, loc), ", ", L("email", personal_email(R, par), sub="personal"), "\n\n",
            "Area of need: ", R.choice(["Communication and interaction", "Cognition and learning", "SEMH", "Sensory/physical"]), "\n",
            "Current provision: ", R.choice(["ELSA sessions Tue P2", "small-group phonics in Room 204", "25% extra time, reader", "movement breaks, ear defenders"]), " (", N(R.choice(HOUSES), "building_eponym"), ")\n",
            "Outcome by ", N("%s 2027" % R.choice(["July", "March", "December"]), "review_date"), ": reads ", N("%d/%d" % (R.randint(20, 40), 50), "mark"), " words per minute\n",
            "Referral to educational psychologist: ", P(ep, "ed_psych") if R.random() < 0.6 else N("pending (LA panel)", "note"), "\n",
            "SENCO: ", P(senco, "senco"), " — ", L("email", work_email(R, senco, sd(s)), sub="work") if R.random() < 0.6 else rolebox(s, "senco")]
    return "form", lang, wrap(R, lang, out)


@tpl(34)
def safeguarding_chrono(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    kid = people(R, loc, 1, used)[0]
    mum = people(R, loc, 1, used, female=True)[0]
    partner = people(R, loc, 1, used, female=False)[0]
    dsl = people(R, loc, 1, used)[0]
    sw = people(R, loc, 1, used)[0]
    lab, _ = dob(R, loc, 2010, 2019)
    out = ["SAFEGUARDING CHRONOLOGY — CONFIDENTIAL\n", "Child: ", P(kid, "pupil"), " (DOB ", lab, "), ", klass(R, "en"), "\n",
           "Lives with: ", P(mum, "parent"), " (mother) and her partner ", P(partner, "partner"), " at ", L("address", address(R, loc)), "\n",
           "Mother's mobile: ", phone(R, loc) if R.random() < 0.6 else N("see MIS", "note"), "\n\n"]
    entries = [["disclosed to TA during ", N("P%d" % R.randint(1, 6), "period"), " that ", G(partner, "partner"), " shouts at night"],
               ["arrived late, no coat; breakfast club offered"],
               ["call to ", G(mum, "parent"), ", no answer; message left"],
               ["strategy meeting; social worker ", P(sw, "social_worker"), " (", phone(R, loc, sub="work_mobile"), ") to visit"],
               ["bruise on left forearm noted by class teacher, body map completed"],
               ["MASH referral submitted, ref ", N("MASH-%d-%05d" % (R.randint(24, 26), R.randint(1, 99999)), "reference")]]
    R.shuffle(entries)
    k = R.randint(3, 5)
    stamps = sorted((R.randint(1, 12), R.randint(1, 28), R.randint(8, 15), R.choice([0, 10, 25, 40])) for _ in range(k))
    for (mo, dd, hh, mi), e in zip(stamps, entries[:k]):
        out += [N("%02d/%02d/2026 %02d:%02d" % (dd, mo, hh, mi), "log_time"), " — "] + e + ["\n"]
    out += ["\nDSL: ", P(dsl, "dsl"), ", ", L("email", work_email(R, dsl, sd(s)), sub="work") if R.random() < 0.5 else rolebox(s, "safeguarding")]
    return "notes", lang, wrap(R, lang, out)


@tpl(40)
def access_arrangements(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    c = centre_no(R)
    kids = people(R, loc, R.choice([2, 2, 3]), used)
    syl = R.choice(SYLLABUS)
    out = ["Centre number: ", N(c, "centre_number"), " | ", N(syl, "syllabus_code"), " | ", N("%s %02d %s 2027" % (R.choice(["Mon", "Tue", "Wed", "Thu"]), R.randint(1, 28), R.choice(["May", "June"])), "exam_date"), " ",
           N(R.choice(["09:00-10:45", "13:30-15:15", "09:00-11:00"]), "exam_time"), "\n",
           "cand_no,surname,forename,dob,uci,arrangement,room\n"]
    for k in kids:
        y, m, d = rand_date(R, 2008, 2011)
        dob_s = "%02d/%02d/%d" % (d, m, y) if loc not in ("US", "SE", "CN", "JP", "KR") else "%d-%02d-%02d" % (y, m, d)
        fam = k.family.upper() if R.random() < 0.5 and loc not in NONLATIN else k.family
        out += [N(cand_no(R), "candidate_number"), ",", L("person", fam, sub="candidate"), ",", L("person", k.given, sub="candidate"), ",",
                L("dob", dob_s), ",", N(uci(R, c), "uci"), ",", R.choice(["25% extra time", "reader", "scribe", "word processor", "rest breaks", "separate room"]), ",",
                N(R.choice(ROOMS), "room"), "\n"]
    eo = people(R, loc, 1, used)[0]
    out += ["Exams officer: ", P(eo, "exams_officer"), " — ", L("email", work_email(R, eo, sd(s)), sub="work") if R.random() < 0.6 else rolebox(s, "exams")]
    return "csv", lang, wrap(R, lang, out)


@tpl(40)
def parent_complaint(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    par = people(R, loc, 1, used)[0]
    kid = people(R, loc, 1, used, family=par.fam_item if loc not in ("EG", "IL", "ES", "BR", "VN", "KR", "CN") else None)[0]
    teacher = people(R, loc, 1, used)[0]
    head = people(R, loc, 1, used)[0]
    out = ["From: ", P(par, "parent"), " <", L("email", personal_email(R, par), sub="personal"), ">\nTo: ", rolebox(s, "office"), "\n",
           "Subject: ", *([G(kid, "pupil"), " — "] if R.random() < 0.4 else []), "detention on ", N("Thursday %d %s" % (R.randint(1, 28), R.choice(["March", "October", "January"])), "lesson_date"), "\n\n",
           "Dear ", R.choice(["Headteacher", ("Ms " if head.female else "Mr ")])]
    if out[-1] != "Headteacher":
        out += [L("person", head.family, sub="head")]
    out += [",\n\nI am writing about my ", R.choice(["son", "daughter", "child"]), " ", P(kid, "pupil"), " in ", klass(R, "en"), ". ",
            "On ", N(R.choice(["Monday", "Tuesday", "Wednesday"]), "weekday"), " in ", N(R.choice(ROOMS), "room"), " ", R.choice(["Ms", "Mrs"]) if teacher.female else "Mr", " ",
            L("person", teacher.family, sub="teacher"), " kept the class in over a missing ", R.choice(["Macbeth essay", "Dickens homework", "Marie Curie project", "Priestley quotation test"]),
            ", although it had been handed in. ", R.choice(["Will you please look into this?", "I hope this can be resolved quickly.", "I would like a meeting."]), "\n\n",
            "Kind regards,\n", P(par, "parent"), "\n", phone(R, loc)]
    if R.random() < 0.3:
        out[-3:-3] = ["P.S. If the ", N("£%d" % R.randint(40, 380), "amount"), " trip deposit is refunded, please use the card I paid with: ", card_label(R, loc), ".\n\n"]
    if R.random() < 0.5:
        out += ["\n", L("address", address(R, loc))]
    return "email", lang, wrap(R, lang, out)


@tpl(36)
def bursary_application(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc)
    used = set()
    par = people(R, loc, 1, used)[0]
    lab, ymd = dob(R, loc, 1976, 1995)
    kids = people(R, loc, R.choice([1, 1, 2]), used)
    out = [t["fsm"], " — ", N(s[0], "school_eponym"), "\n\n", f["parent"], ": ", P(par, "parent"), "\n", f["dob"], ": ", lab, "\n"]
    gid = staff_id(R, loc, par, ymd)
    if gid[1]:
        out += [gid[1], ": ", gid[0], "\n"]
    out += [f["address"], ": ", L("address", address(R, loc)), "\n", f["phone"], ": ", phone(R, loc), "\n", f["email"], ": ", L("email", personal_email(R, par), sub="personal"), "\n"]
    for k in kids:
        klab, _ = dob(R, loc, 2010, 2020)
        out += [f["child"], ": ", P(k, "pupil"), ", ", klab, ", ", klass(R, lang), "\n"]
    ib = iban_label(R, loc)
    if ib:
        out += [t["iban"], ": ", ib, "\n"]
    else:
        out += [t["bank"], ": ", N("****%04d" % R.randint(0, 9999), "masked_account"), "\n"]
    out += [N("%s: %d" % ("Household income band", R.randint(1, 5)), "band"), "\n", f["by"], ": "] + sign(R, loc, used, s, "bursar", "bursar")
    return "form", lang, wrap(R, lang, out)


@tpl(36)
def trip_consent(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc)
    used = set()
    kid = people(R, loc, 1, used)[0]
    lab, _ = dob(R, loc, 2009, 2016)
    out = [t["trip"], "\n", N(s[0], "school_eponym"), " — ", N(R.choice(["Berlin", "Paris", "Kraków", "Edinburgh", "Barcelona", "Rome", "Kyoto", "Athens"]) + " %d–%d/%02d/2027" % (R.randint(1, 9), R.randint(12, 20), R.randint(3, 7)), "trip_dates"), "\n\n",
           f["pupil"], ": ", P(kid, "pupil"), " (", klass(R, lang), ")\n", f["dob"], ": ", lab, "\n",
           f["passport"], ": ", L("gov_id", passport_no(R, loc), sub="passport", country=loc), "\n"]
    cs = people(R, loc, 2 if R.random() < 0.6 else 1, used)
    for i, c in enumerate(cs):
        ab = R.choice(["GB", "DE", "FR", "ES", "IT", "NL", "US", "PL", "TR", "IN"]) if i == 1 and R.random() < 0.3 else None
        if ab == loc:
            ab = None
        out += [f["emergency"], " %d: " % (i + 1), P(c, "contact"), ", ", phone(R, loc, abroad=ab), "\n"]
    out += [f["email"], ": ", L("email", personal_email(R, cs[0]), sub="personal"), "\n"]
    if R.random() < 0.35:
        out += [t["trip_paid"], ": ", card_label(R, loc), " (", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), ")\n"]
    out += [f["signed"], ": ", P(cs[0], "parent"), "\n", f["by"], ": "] + sign(R, loc, used, s, "trip_lead", "trips")
    return "form", lang, wrap(R, lang, out)


@tpl(40)
def staff_vetting(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc)
    used = set()
    ap = people(R, loc, 1, used)[0]
    lab, ymd = dob(R, loc, 1966, 2001)
    out = [t["vet"], " — ", N(ORG_TRUST if loc == "GB" else s[0], "org_name"), "\n", "Name: " if lang == "en" else "", P(ap, "applicant"), "\n",
           f["dob"], ": ", lab, "\n"]
    gid = staff_id(R, loc, ap, ymd)
    out += [gid[1] or f["passport"], ": ", gid[0], "\n"]
    out += [f["address"], ": ", L("address", address(R, loc)), "\n"]
    if R.random() < 0.25:
        out += [t["prev"], ": ", L("address", address(R, loc)), "\n"]
    out += [f["phone"], ": ", phone(R, loc), "\n", f["email"], ": ", L("email", personal_email(R, ap), sub="personal"), "\n"]
    if loc == "GB":
        out += ["DBS certificate: ", N("%012d" % R.randint(10 ** 11, 10 ** 12 - 1), "dbs_certificate"), " (enhanced, issued ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "issue_date"), ")\n"]
    if R.random() < 0.6:
        ib = iban_label(R, loc)
        if ib:
            out += [t["bank"], " (", t["iban"], "): ", ib, "\n"]
    ref = people(R, loc, 1, used)[0]
    out += [t["referee"], ": ", P(ref, "referee"), *([", ", phone(R, loc)] if R.random() < 0.6 else []), "\n", f["by"], ": "] + sign(R, loc, used, s, "hr", "office")
    return "form", lang, wrap(R, lang, out)


@tpl(30)
def mis_contacts_export(R, loc):
    lang = LANG[loc]
    used = set()
    n = 2
    out = ["# ", N(ORG_MIS["name"], "org_name"), " export: student_contacts.csv (priority 1 only)\n",
           "admission_no,legal_surname,legal_forename,dob,reg_group,contact_name,relationship,mobile,email\n"]
    for i in range(n):
        k = people(R, loc, 1, used)[0]
        same = R.random() < 0.6 and loc not in ("ES", "BR", "EG", "VN", "KR", "CN", "IL")
        c = people(R, loc, 1, used, family=k.fam_item if same else None)[0]
        y, m, d = rand_date(R, 2010, 2015)
        out += [N("%06d" % R.randint(1, 999999), "admission_number"), ",", L("person", k.family, sub="pupil"), ",", L("person", k.given, sub="pupil"), ",",
                L("dob", "%d-%02d-%02d" % (y, m, d)), ",", N(R.choice(FORMS_GB[:6]), "class_name"), ",", P(c, "contact"), ",",
                "Mother" if c.female else "Father", ",", phone(R, loc), ",", L("email", personal_email(R, c), sub="personal") if R.random() < 0.6 else "", "\n"]
    return "csv", lang, wrap(R, lang, out)


@tpl(46)
def it_config(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    own = people(R, loc, 1, used)[0]
    out = ["# ", N(ORG_APP["name"], "org_name"), " <-> ", N(ORG_MIS["name"], "org_name"), " sync (", N(s[0], "school_eponym"), ")\n",
           "# owner: ", P(own, "it_technician"), " <", L("email", work_email(R, own, sd(s)), sub="work"), ">\n",
           "MIS_HOST=", N(private_ip(R), "private_ip"), "\nMIS_PORT=", N(str(R.choice([8443, 5432, 1433])), "port"), "\n",
           "SATCHELBIRD_API_SECRET=", L("secret", secret_random(R, "hex32"), sub="api_secret"), "\n"]
    kinds = R.sample(["twilio", "sendgrid", "stripe", "google_api_key", "jwt"], 2)
    names = {"twilio": "SMS_TWILIO_KEY", "sendgrid": "SENDGRID_API_KEY", "stripe": "PENNYLOFT_STRIPE_SECRET", "google_api_key": "MAPS_API_KEY", "jwt": "MIS_SERVICE_TOKEN"}
    for k in kinds:
        out += [names[k], "=", L("secret", secret_random(R, k), sub=k), "\n"]
    out += ["DB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n",
            "ADMIN_ALLOWLIST=", N(doc_ip(R) if R.random() < 0.5 else "10.0.0.0/8", "cidr"), ",", L("ip", public_ipv4(R), sub="v4_allowlist"), "  # ", G(own, "it_technician"), " home\n",
            "SANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\nSUPPORT_MAILBOX=", rolebox(s, "itsupport")]
    return "config", lang, wrap(R, lang, out)


@tpl(46)
def portal_log(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    used = set()
    out = ["parent-portal auth log (", N(s[1], "school_domain"), ")\n"]
    n = R.choice([1, 2, 2])
    for i in range(n):
        par = people(R, loc, 1, used)[0]
        kid = people(R, loc, 1, used)[0]
        ts = N("2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59), R.randint(0, 59)), "timestamp")
        ip = L("ip", public_ipv6(R), sub="v6_login") if R.random() < 0.2 else L("ip", public_ipv4(R), sub="v4_login")
        out += [ts, " ", R.choice(["LOGIN_FAIL", "PASSWORD_RESET", "LOGIN_OK", "LOCKED"]), " user=", L("email", personal_email(R, par), sub="personal"), " src=", ip,
                " linked_pupil=\"", P(kid, "pupil"), "\"\n"]
    tech = people(R, loc, 1, used)[0]
    out += [N("2026-%02d-%02dT08:%02d:11Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)), "timestamp"), " ADMIN_UNLOCK by=", L("email", work_email(R, tech, sd(s)), sub="work"),
            " src=", N(private_ip(R), "private_ip"), "\n# unlocked by ", G(tech, "it_technician"), " after call to ", office(s)]
    return "log", lang, wrap(R, lang, out)


CHAT = {
    "en": ["Hi, it's {P} — {K} has a temperature and won't be in today.", "Thanks for letting us know. Is the best number still {T}?", "Yes. Also our new address is {A}.", "Updated on the system. Get well soon to {k}!"],
    "de": ["Hallo, hier ist {P}. {K} hat Fieber und bleibt heute zu Hause.", "Danke für die Info. Ist {T} noch die richtige Nummer?", "Ja. Und wir sind umgezogen: {A}.", "Ist eingetragen. Gute Besserung an {k}!"],
    "fr": ["Bonjour, c'est {P}. {K} a de la fièvre, il ne viendra pas aujourd'hui.", "Merci de nous prévenir. Le bon numéro est toujours le {T} ?", "Oui. Et nous avons déménagé : {A}.", "C'est noté. Bon rétablissement à {k} !"],
    "es": ["Hola, soy {P}. {K} tiene fiebre y hoy no va al cole.", "Gracias por avisar. ¿El teléfono sigue siendo el {T}?", "Sí. Y nos hemos mudado: {A}.", "Actualizado. ¡Que se mejore {k}!"],
    "it": ["Buongiorno, sono {P}. {K} ha la febbre, oggi resta a casa.", "Grazie dell'avviso. Il numero è sempre {T}?", "Sì. E abbiamo cambiato casa: {A}.", "Aggiornato. Auguri di pronta guarigione a {k}!"],
    "nl": ["Hoi, met {P}. {K} heeft koorts en blijft vandaag thuis.", "Bedankt voor het doorgeven. Is {T} nog het goede nummer?", "Ja. En we zijn verhuisd: {A}.", "Aangepast in het systeem. Beterschap voor {k}!"],
    "pt": ["Oi, aqui é {P}. {K} está com febre e não vai hoje.", "Obrigada por avisar. O telefone ainda é {T}?", "Sim. E mudamos de endereço: {A}.", "Atualizado. Melhoras para {k}!"],
    "pl": ["Dzień dobry, tu {P}. {K} ma gorączkę, dziś nie przyjdzie.", "Dziękuję za informację. Czy numer {T} jest aktualny?", "Tak. Przeprowadziliśmy się: {A}.", "Zaktualizowane. Zdrowia dla {k}!"],
    "ru": ["Здравствуйте, это {P}. {K} с температурой, сегодня не придёт.", "Спасибо, что предупредили. Телефон всё ещё {T}?", "Да. И мы переехали: {A}.", "Исправила в системе. Выздоравливайте, {k}!"],
    "el": ["Καλημέρα, είμαι {P}. {K} έχει πυρετό και δεν θα έρθει σήμερα.", "Ευχαριστούμε. Το τηλέφωνο είναι ακόμα {T};", "Ναι. Και μετακομίσαμε: {A}.", "Ενημερώθηκε. Περαστικά στον/στην {k}!"],
    "tr": ["Merhaba, ben {P}. {K} ateşlendi, bugün okula gelemeyecek.", "Haber verdiğiniz için teşekkürler. Numara hâlâ {T} mi?", "Evet. Ayrıca taşındık: {A}.", "Sisteme işledim. {k} için geçmiş olsun!"],
    "he": ["שלום, כאן {P}. ל{K} יש חום, היום לא יגיע.", "תודה על העדכון. המספר עדיין {T}?", "כן. ועברנו דירה: {A}.", "עודכן במערכת. רפואה שלמה ל{k}!"],
    "ar": ["مرحباً، معك {P}. {K} لديه حرارة ولن يحضر اليوم.", "شكراً على الإبلاغ. هل الرقم ما زال {T}؟", "نعم. وانتقلنا إلى عنوان جديد: {A}.", "تم التحديث. سلامات لـ{k}!"],
    "hi": ["नमस्ते, मैं {P} बोल रही हूँ। {K} को बुखार है, आज स्कूल नहीं आएगा।", "बताने के लिए धन्यवाद। क्या नंबर अब भी {T} है?", "हाँ। और हमारा नया पता है: {A}।", "सिस्टम में अपडेट कर दिया। {k} जल्दी ठीक हो जाए!"],
    "th": ["สวัสดีค่ะ {P} นะคะ {K} มีไข้ วันนี้ขอลาค่ะ", "ขอบคุณที่แจ้งค่ะ เบอร์ยังเป็น {T} ใช่ไหมคะ", "ใช่ค่ะ และย้ายบ้านแล้วค่ะ: {A}", "อัปเดตในระบบแล้วค่ะ ขอให้{k}หายไว ๆ นะคะ"],
    "zh": ["老师好，我是{P}。{K}发烧了，今天请假。", "收到，谢谢告知。电话还是{T}吗？", "是的。另外我们搬家了：{A}。", "系统已更新。祝{k}早日康复！"],
    "ja": ["おはようございます、{P}です。{K}が発熱のため本日欠席します。", "ご連絡ありがとうございます。電話番号は{T}のままでよろしいですか。", "はい。あと引っ越しました：{A}", "登録しました。{k}さん、お大事に。"],
    "ko": ["안녕하세요, {P}입니다. {K}가 열이 나서 오늘 결석합니다.", "알려주셔서 감사합니다. 연락처는 아직 {T} 맞으세요?", "네. 그리고 이사했어요: {A}", "시스템에 반영했습니다. {k} 빨리 낫길 바랍니다!"],
    "vi": ["Chào cô, em là {P}. {K} bị sốt nên hôm nay xin nghỉ ạ.", "Cảm ơn chị đã báo. Số điện thoại vẫn là {T} phải không ạ?", "Vâng. Nhà em mới chuyển về: {A}.", "Đã cập nhật. Chúc {k} mau khỏe!"],
    "sv": ["Hej, det är {P}. {K} har feber och stannar hemma idag.", "Tack för att du hör av dig. Är {T} fortfarande rätt nummer?", "Ja. Och vi har flyttat: {A}.", "Uppdaterat. Krya på dig, {k}!"],
}


def fill(template, mapping):
    """Splits a frame with {X} slots into parts."""
    out = []
    for piece in re.split(r"(\{[A-Za-z]\})", template):
        if re.fullmatch(r"\{[A-Za-z]\}", piece):
            out.append(mapping[piece[1]])
        elif piece:
            out.append(piece)
    return out


@tpl(40)
def parent_chat(R, loc):
    lang = LANG[loc]
    used = set()
    par = people(R, loc, 1, used)[0]
    kid = people(R, loc, 1, used)[0]
    st = people(R, loc, 1, used)[0]
    lines = CHAT[lang] if R.random() < 0.5 else CHAT[lang][:3]
    m = {"P": P(par, "parent"), "K": P(kid, "pupil"), "T": phone(R, loc), "A": L("address", address(R, loc)), "k": G(kid, "pupil")}
    out = []
    hh = R.randint(7, 8)
    for i, ln in enumerate(lines):
        sender = G(par, "parent") if i % 2 == 0 else G(st, "office")
        out += [N("[%02d:%02d]" % (hh, 10 + i * 3), "chat_time"), " ", sender, ": "] + fill(ln, {k: (v if not isinstance(v, L) else L(v.type, v.value, **v.meta)) for k, v in m.items()}) + ["\n"]
    if R.random() < 0.4:
        lab, _ = dob(R, loc, 2012, 2021)
        out += [N("[%02d:%02d]" % (hh, 25), "chat_time"), " ", G(st, "office"), ": ", F[lang]["dob"], " ", lab, " ✔\n"]
    return "chat_export", lang, wrap(R, lang, out)


@tpl(40)
def nursery_incident(R, loc):
    lang = LANG[loc]
    f, t = F[lang], TITLE[lang]
    s = school(R, loc, nursery=True)
    used = set()
    kid = people(R, loc, 1, used)[0]
    lab, _ = dob(R, loc, 2021, 2024)
    kw = people(R, loc, 1, used)[0]
    par = people(R, loc, 1, used)[0]
    col = people(R, loc, 1, used)[0]
    out = [t["nur"], "\n", N(s[0], "school_eponym"), " · ", klass(R, lang), "\n\n", f["child"], ": ", P(kid, "child"), "\n", f["dob"], ": ", lab, "\n",
           t["keyw"], ": ", P(kw, "key_worker"), "\n", t["what"], ": ", N("%02d:%02d" % (R.randint(9, 16), R.choice([5, 20, 35, 50])), "time"), (" — " + R.choice(["bumped head on the climbing frame", "fell in the garden, graze to knee", "bitten on the arm by another child", "pinched finger in door"])) if lang == "en" else "", "\n",
           f["parent"], ": ", P(par, "parent"), ", ", phone(R, loc), "\n",
           t["collect"], ": ", P(col, "collector"), " (", R.choice([f["grandma"], f["aunt"]]) if col.female else f["uncle"], ")", *([", ", phone(R, loc)] if R.random() < 0.6 else []), "\n"]
    if R.random() < 0.4:
        out += [f["address"], ": ", L("address", address(R, loc)), "\n"]
    out += [f["signed"], ": ", G(par, "parent") if R.random() < 0.3 else P(par, "parent")] if R.random() < 0.5 else [f["notes"], ": ", N(R.choice(["ice pack 10 min", "first aid given", "no further action", "parent informed at pick-up"]), "note")]
    return "form", lang, wrap(R, lang, out)


SUBJECTS = ["English Lit (Macbeth)", "English (A Christmas Carol)", "Chemistry (Marie Curie case study)", "History (Martin Luther King)", "Physics (Newton's laws)",
            "Drama (Shakespeare workshop)", "English (An Inspector Calls, J. B. Priestley)", "Computing (Turing and Lovelace)", "Maths", "PE", "French", "Music"]


@tpl(40, clean=True)
def cover_list(R, loc):
    lang = LANG[loc]
    out = ["COVER — ", N("%s %d %s" % (R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28), R.choice(["Sep", "Nov", "Feb", "Mar"])), "lesson_date"), "\n",
           "period,time,class,subject,absent,cover,room\n"]
    for i in range(R.randint(3, 5)):
        p = R.randint(1, 6)
        out += [N("P%d" % p, "period"), ",", N(["08:50-09:50", "09:50-10:50", "11:10-12:10", "12:10-13:10", "13:50-14:50", "14:50-15:50"][p - 1], "lesson_time"), ",",
                N(R.choice(FORMS_GB), "class_name"), ",", N(R.choice(SUBJECTS), "taught_figure"), ",", N(rnd(R, string.ascii_uppercase, 3), "staff_code"), ",",
                N(R.choice(["supply (agency)", "cover supervisor", "HLTA", "self-study"]), "cover_kind"), ",", N(R.choice(ROOMS + HOUSES[:4]), "room"), "\n"]
    out += ["\n", N(R.choice(NAME_WORDS["en"]), "name_as_word"), " ", N(R.choice(NAME_WORDS["en"]), "name_as_word"), "\n",
            "Queries to the cover desk in ", N(R.choice(HOUSES), "building_eponym"), "."]
    return "csv", lang, wrap(R, lang, out)


@tpl(40, clean=True)
def exam_notice(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    c = centre_no(R)
    out = ["EXAM ROOM NOTICE — Centre ", N(c, "centre_number"), " (", N(s[0], "school_eponym"), ")\n"]
    for i in range(R.randint(2, 4)):
        a = R.randint(1, 8000)
        out += [N(R.choice(SYLLABUS), "syllabus_code"), " paper ", str(R.randint(1, 3)), ": ", N("%02d/%02d/2027" % (R.randint(1, 28), R.choice([5, 6])), "exam_date"), " ",
                N(R.choice(["09:00", "13:30"]), "exam_time"), ", candidates ", N("%04d" % a, "candidate_number"), "–", N("%04d" % (a + R.randint(20, 120)), "candidate_number"),
                " in ", N(R.choice(["Sports Hall", "Hall B", "Library annex", "Darwin block D2", "Nightingale House studio"]), "room"), "\n"]
    out += ["Grade boundaries last year: ", N("7 = %d/%d, 4 = %d/%d" % (R.randint(150, 180), 240, R.randint(70, 100), 240), "grade_boundary"), "\n",
            N(R.choice(NAME_WORDS["en"]), "name_as_word"), "\n",
            "Late arrivals: call ", office(s), " or e-mail ", rolebox(s, "exams"), "; see https://www.", N(s[1], "school_domain"), "/exams"]
    return "notice", lang, wrap(R, lang, out)


NEWS = {
    "en": "Dates for the diary: term ends {D}. {W} Our {C} pupils studied {F}. Questions: {O} / {M}.",
    "de": "Termine: Die Ferien beginnen am {D}. {W} Die {C} hat {F} gelesen. Fragen: {O} / {M}.",
    "fr": "À noter : les vacances commencent le {D}. {W} La classe {C} a étudié {F}. Contact : {O} / {M}.",
    "es": "Agenda: las vacaciones empiezan el {D}. {W} El grupo {C} ha leído a {F}. Dudas: {O} / {M}.",
    "it": "Date: le vacanze iniziano il {D}. {W} La {C} ha studiato {F}. Info: {O} / {M}.",
    "nl": "Agenda: de vakantie begint op {D}. {W} {C} las werk van {F}. Vragen: {O} / {M}.",
    "pt": "Agenda: as férias começam em {D}. {W} A turma {C} estudou {F}. Dúvidas: {O} / {M}.",
    "pl": "Terminy: ferie zaczynają się {D}. {W} Klasa {C} czytała {F}. Pytania: {O} / {M}.",
    "ru": "Даты: каникулы начинаются {D}. {W} Класс {C} изучал {F}. Вопросы: {O} / {M}.",
    "el": "Ημερομηνίες: οι διακοπές ξεκινούν {D}. {W} Το τμήμα {C} διάβασε {F}. Πληροφορίες: {O} / {M}.",
    "tr": "Takvim: tatil {D} tarihinde başlıyor. {W} {C} sınıfı {F} okudu. Sorular: {O} / {M}.",
    "he": "תאריכים: החופשה מתחילה ב-{D}. {W} כיתה {C} למדה את {F}. שאלות: {O} / {M}.",
    "ar": "مواعيد: تبدأ العطلة في {D}. {W} درس {C} أعمال {F}. للاستفسار: {O} / {M}.",
    "hi": "तिथियाँ: छुट्टियाँ {D} से शुरू होंगी। {W} {C} ने {F} को पढ़ा। प्रश्न: {O} / {M}.",
    "th": "กำหนดการ: ปิดภาคเรียนวันที่ {D} {W} ชั้น {C} เรียนเรื่อง {F} สอบถาม: {O} / {M}",
    "zh": "日程：{D}开始放假。{W}{C}学习了{F}的作品。咨询：{O} / {M}。",
    "ja": "予定：{D}から休みです。{W}{C}は{F}を学びました。問い合わせ：{O} / {M}",
    "ko": "일정: 방학은 {D}부터입니다. {W} {C}은 {F}에 대해 배웠습니다. 문의: {O} / {M}",
    "vi": "Lịch: nghỉ lễ từ ngày {D}. {W} {C} đã học về {F}. Liên hệ: {O} / {M}.",
    "sv": "Datum: lovet börjar {D}. {W} {C} har läst {F}. Frågor: {O} / {M}.",
}


@tpl(40, clean=True)
def newsletter(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    m = {"D": N(plain_date(R, loc), "term_date"), "W": N(R.choice(NAME_WORDS[lang]), "name_as_word"), "C": klass(R, lang),
         "F": N(R.choice(TAUGHT[lang]), "taught_figure"), "O": office(s), "M": rolebox(s, R.choice(["office", "info", "reception"]))}
    out = [N(s[0], "school_eponym"), "\n"] + fill(NEWS[lang], m)
    if R.random() < 0.5:
        out += ["\n", N(R.choice(HOUSES), "building_eponym"), ": ", N(R.choice(NAME_WORDS["en"]), "name_as_word")]
    return "notice", lang, wrap(R, lang, out)


@tpl(40, clean=True)
def sandbox_notes(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    out = ["## ", N(ORG_PAY["name"], "org_name"), " sandbox — trip payments\n",
           "- test card: ", N(R.choice(TEST_CARDS), "test_card"), ", any future expiry, CVC ", N("%03d" % R.randint(100, 999), "cvc"), "\n",
           "- declined: ", N("4000 0000 0000 0002", "test_card"), "\n",
           "- parent login: ", N("parent.test%d@example.com" % R.randint(1, 99), "example_email"), " / ", N("<sandbox-password>", "placeholder"), "\n",
           "- API key: ", N(R.choice(["${SATCHELBIRD_API_SECRET}", "<your-api-key>", "sk_test_xxxxxxxxxxxxxxxxxxxx", "pk_test_" + rnd(R, ALNUM_, 24)]), "placeholder"), "\n",
           "- webhook from ", N(doc_ip(R), "doc_ip"), " to ", N(private_ip(R), "private_ip"), ":", N(str(R.choice([8080, 8443])), "port"), "\n",
           "- masked card in receipts: ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "\n",
           "- pupil in fixtures: ", N(R.choice(["Test Pupil", "Pupil Example", "Demo Child 01"]), "sample_name"), ", ", N(R.choice(FORMS_GB), "class_name"), "\n",
           "Support: ", rolebox(s, "itsupport")]
    return "notes", lang, wrap(R, lang, out)


ALNUM_ = string.ascii_letters + string.digits


@tpl(40, clean=True)
def attendance_stats(R, loc):
    lang = LANG[loc]
    s = school(R, loc)
    out = ["Attendance summary, ", N("week %d" % R.randint(1, 39), "week"), " — ", N(s[0], "school_eponym"), "\n", "group,on_roll,attendance,persistent_absence\n"]
    for g in R.sample(FORMS_GB + ["Year 7", "Year 8", "Year 9", "Year 11"], 4):
        out += [N(g, "class_name"), ",", N(str(R.randint(24, 210)), "count"), ",", N("%.1f%%" % R.uniform(88, 98), "percentage"), ",", N("%.1f%%" % R.uniform(4, 22), "percentage"), "\n"]
    out += ["UPN format check failed for ", N(str(R.randint(2, 9)), "count"), " records (e.g. ", N(upn(R)[:6] + "*******", "masked_upn"), "); ULN missing for ", N(str(R.randint(1, 12)), "count"), ".\n",
            N(R.choice(NAME_WORDS["en"]), "name_as_word"), " Report to ", rolebox(s, "data"), "."]
    return "csv", lang, wrap(R, lang, out)


# ====================================================================== rules
CJK_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _name_words():
    lat, cjk = set(), set()
    middles = set(VN_MIDDLE["m"] + VN_MIDDLE["f"])
    for loc, (gm, gf, fam) in NAMES.items():
        for item in (gm + " " + gf + " " + fam).split():
            for part in re.split(r"[|/_\- ]", item):
                if not part or part.lower() in PARTICLES or part in middles:
                    continue
                if CJK_RE.search(part):
                    if len(part) > 1:
                        cjk.add(part)
                else:
                    lat.add(part)
    return lat, cjk


NAME_LAT, NAME_CJK = _name_words()
NAME_RE = re.compile(r"(?<!\w)(" + "|".join(sorted({re.escape(w) for w in NAME_LAT} | {re.escape(w.upper()) for w in NAME_LAT} |
                                                     {re.escape(ascii_part(w).upper()) for w in NAME_LAT if ascii_part(w)}, key=len, reverse=True)) + r")(?!\w)")
ROLE_SET = set(ROLE_BOXES)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0\u202f-]?[A-Z0-9]{1,4}){3,8})\b")
TEST_DIGITS = {t.replace(" ", "") for t in TEST_CARDS} | {"4000000000000002"}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def digit_windows(text):
    """Digit runs joined by single separators: every window of groups."""
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                yield s


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"\D", "", v)
    if sub == "nhs":
        return nhs_ok(d)
    if sub == "dni":
        c = v.replace("-", "")
        return c[-1] == DNI_LETTERS[int(c[:8]) % 23]
    if sub == "nie":
        return nie_ok(v)
    if sub == "codice_fiscale":
        return cf_check(v[:15]) == v[15]
    if sub == "bsn":
        return bsn_ok(v)
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "aadhaar":
        return verhoeff_ok(d) and len(d) == 12
    if sub == "pesel":
        return pesel_ok(v)
    if sub == "personnummer":
        return pnr_ok(v) and len(d) == 10
    if sub == "tc_kimlik":
        return tckn_ok(v)
    if sub == "ssn":
        a, g, s = v.split("-")
        return a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000"
    if sub == "nino":
        c = v.replace(" ", "")
        return len(c) == 9 and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and c[-1] in "ABCD"
    if sub == "steuer_id":
        return steuerid_ok(v)
    if sub == "nir":
        c = v.replace(" ", "")
        return nir_ok(c[:13], c[13:])
    if sub == "passport":
        return 7 <= len(v.replace(" ", "")) <= 9
    return False


def rule_errors(rec, clean):
    errs = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        errs.append("length")
    if clean and rec["spans"]:
        errs.append("clean_with_label")
    if not clean and not rec["spans"]:
        errs.append("no_label")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if "\n" in v:
            errs.append("label_newline")
        if ty == "gov_id" and not gov_ok(sp):
            errs.append("gov_id_check")
        if ty == "iban":
            c = re.sub(r"[ \u00a0\u202f-]", "", v)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2].upper()]:
                errs.append("iban_check")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            errs.append("card_check")
        if ty == "email" and (not EMAIL_RE.fullmatch(v) or ".example" in v or "@example" in v):
            errs.append("email_format")
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            errs.append("ip_not_global")
    m = masked(rec)
    for e in EMAIL_RE.finditer(m):
        lp, dom = e.group(0).split("@", 1)
        if lp not in ROLE_SET and not dom.startswith("example.") and dom != "example.com":
            errs.append("email_outside:" + e.group(0))
    for x in IPV4_RE.finditer(m):
        try:
            if ipaddress.ip_address(x.group(1)).is_global:
                errs.append("ip_outside:" + x.group(1))
        except ValueError:
            pass
    for x in IPV6_RE.finditer(m):
        try:
            if ipaddress.ip_address(x.group(1)).is_global:
                errs.append("ip6_outside:" + x.group(1))
        except ValueError:
            pass
    for w in digit_windows(m):
        if 13 <= len(w) <= 19 and luhn_ok(w) and len(set(w)) > 1 and w not in TEST_DIGITS:
            errs.append("luhn_outside:" + w)
    for x in IBAN_RE.finditer(m.upper()):
        c = re.sub(r"[ \u00a0\u202f-]", "", x.group(1))
        n = IBAN_LEN.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            errs.append("iban_outside")
    for x in NAME_RE.finditer(m):
        errs.append("name_outside:" + x.group(1))
    for w in NAME_CJK:
        if w in m:
            errs.append("name_outside:" + w)
    return errs


# ====================================================================== build
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(report=None):
    kept = []
    seen = set()
    all_phones = []
    cands = []
    for ti, (name, count, clean, f) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            loc = LOCALES[(i + 5 * ti) % len(LOCALES)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            try:
                form, lang, parts = f(R, loc)
            except NamesExhausted:
                cands.append((ti, name, clean, loc, None))
                continue
            rec = build("tmp", form, lang, parts)
            cands.append((ti, name, clean, loc, rec))
            all_phones += phones_of(rec)
    bad = pv_check(sorted(set(all_phones)))
    if bad is None:
        raise SystemExit("pv helper missing: /tmp/pv/pv")
    bad_set = {tuple(ln.split("\t")[1:4]) for ln in bad}
    per = Counter()
    drops = Counter()
    meta = []
    for ti, name, clean, loc, rec in cands:
        count = TEMPLATES[ti][1]
        if per[name] >= count:
            continue
        if rec is None:
            drops[(name, "names_exhausted")] += 1
            continue
        errs = rule_errors(rec, clean)
        if any(p in bad_set for p in phones_of(rec)):
            errs.append("pv")
        if rec["text"] in seen:
            errs.append("repeat")
        if errs:
            drops[(name, errs[0].split(":")[0])] += 1
            if report is not None:
                report.append((name, loc, errs, rec))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append(rec)
        meta.append((name, clean, loc))
    for name, count, clean, f in TEMPLATES:
        assert per[name] == count, (name, per[name])
    order = list(range(len(kept)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out, out_meta = [], []
    for n, k in enumerate(order):
        r = kept[k]
        r["id"] = "%s%05d" % (PREFIX, n)
        out.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
        out_meta.append(meta[k])
    return out, out_meta, drops


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs, meta):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    print("types", dict(c.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(m[2] for m in meta if not m[1]).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("templates", dict(Counter(m[0] for m in meta)))
    for ty in ("gov_id", "card", "iban", "ip", "secret", "email", "phone", "person"):
        print(ty, dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    print("plan phones", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}), sorted({t for r in recs for t in r.get("neg", [])}))
    L_ = sorted(len(r["text"]) for r in recs)
    print("length min/median/max", L_[0], L_[len(L_) // 2], L_[-1])
    print("distinct persons", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))


def main():
    args = sys.argv[1:]
    recs, meta, drops = generate()
    if "--check" in args:
        for r, m in zip(recs, meta):
            errs = rule_errors(r, m[1])
            assert not errs, (r["id"], errs)
        assert sum(1 for m in meta if m[1]) == 200 and len(recs) == 800
        assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(800)]
        bad = pv_check(sorted({p for r in recs for p in phones_of(r)}))
        assert bad == [], bad
        with open(OUT, encoding="utf-8") as fh:
            assert fh.read() == dumps(recs), "file differs from regeneration"
        print("OK: %s is identical to its regeneration and valid (%d records)" % (os.path.basename(OUT), len(recs)))
        return
    if "--stats" in args:
        stats(recs, meta)
        print("drops", dict(drops))
        return
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
