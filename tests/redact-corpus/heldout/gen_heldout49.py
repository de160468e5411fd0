#!/usr/bin/python3
"""Held-out part 49 of the redaction corpus (heldout49.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections, the part 47 section in full as
the model, every part's theme line, and the lines that searches for a few
theme words turned up: part 24's decisions on PNRs, ticket, frequent-flyer
and loyalty numbers, APIS passports and birth dates, airlines' service
lines and airports named after people), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of
the phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
15:07:06 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: AIRLINES AND AIRPORT GROUND STAFF FROM THE STAFF SIDE. What check-in
and gate agents, baggage-services desks, customer-relations and refunds
teams, special-assistance coordinators, crew schedulers, loyalty agents,
cargo handlers, ID-pass offices, airport security and station IT paste
into an AI assistant, from 21 countries in 20 languages: PNR displays and
booking notes, APIS manifests (passport numbers, birth dates), mishandled-
baggage reports, compensation and refund claims (IBANs, cards), special-
assistance requests, disruption rebooking notes, crew rosters and hotel
pick-up lists, loyalty-account merges, air waybills with private
consignees, airside pass applications with background checks, security
incident reports, DCS / kiosk / web check-in logs with IPs, booking-engine
configs with API keys and multilingual chat exports. Hard negatives of the
theme everywhere: record locators, flight, ticket, bag-tag, AWB, seat,
gate, stand and file numbers, airport and airline codes, aircraft
registrations, fare classes, flight dates and times, member and staff
numbers, the airline's call centres, mailboxes and addresses, lounges and
airports named after people, private and documentation IPs, processors'
test cards, and the phonetic alphabet and other name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
490517, shuffle seed 490518).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout49.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout49.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout49.py --stats   # counts
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
                       ssn_random, nino_random, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, phone_nsn, digits, nz, nhs_random, nhs_ok)

SEED = 490517
SHUFFLE_SEED = 490518
OUT = os.path.join(HERE, "heldout49.jsonl")
PREFIX = "heldout-aw-"


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
# country -> language of the text
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it",
        "NL": "nl", "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr",
        "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi", "SE": "sv"}
COUNTRIES = list(LANG)
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}

# given male, given female, family ("m/f" where the family name has a
# female form); "native|roman" in non-Latin scripts.
NAMES = {
    "US": ("Delbert Rustin Ozzie Tavish Lamont", "Charlene Darlene Kimberlee Roxanna Lorelai",
           "Pettigrew Lumpkin Pettijohn Blevins Tidwell Yarbrough Crowder"),
    "GB": ("Alasdair Ewan Hywel Rupert Peregrine", "Bryony Henrietta Morwenna Clemency Araminta",
           "Ridgewell Pengelly Threlfall Ackroyd Bramhall Cheesman Barraclough"),
    "DE": ("Notker Hartmut Detlef Volkmar Arnulf", "Roswitha Friedegund Waltraud Sieglinde Edeltraud",
           "Brüggemann Twellmann Schwertfeger Dierks Hollmann Hollweg Wendling"),
    "FR": ("Gaëtan Anatole Évariste Lucien Bastien", "Maëlle Bérangère Sixtine Maëlys Ghislaine",
           "Kervella Kerlidou Peyrolle Laborie Tessandier Cazenave Vaillancourt"),
    "ES": ("Leoncio Fulgencio Baldomero Eleuterio Isidoro", "Remedios Inmaculada Encarnación Nieves Ascensión",
           "Urquijo Berrocal Echeandía Iparraguirre Valcárcel Landaluce Escudero"),
    "IT": ("Gianfilippo Gaudenzio Ermanno Tullio Ruggero", "Ornella Fiorella Loredana Marisa Gilda",
           "Squarcialupi Cavallucci Pedrazzini Scarpellini Tremolada Bonfiglio Rizzardi"),
    "NL": ("Gerrit Joost Sjoerd Wouter Hidde", "Geertje Marijke Femke Anouk Sietske",
           "van_Harskamp de_Kruijf Verhulst Rijnsburger van_der_Kooij Bakhuizen Oosterhuis"),
    "BR": ("Valdemar Josué Adalberto Reinaldo Ivanildo", "Rosângela Marilene Gislaine Jurema Lucimar",
           "Figueiredo Cavalcanti Albernaz Bittencourt Valadares Quintanilha Damasceno"),
    "PL": ("Bogusław Zdzisław Radosław Przemysław Wiesław", "Grażyna Bożena Jadwiga Halina Danuta",
           "Szczepański/Szczepańska Wiśniewski/Wiśniewska Zalewski/Zalewska Jabłoński/Jabłońska Kaczmarek Pawlak Sobczak"),
    "RU": ("Святослав|Svyatoslav Ростислав|Rostislav Всеволод|Vsevolod Ярослав|Yaroslav Гордей|Gordey",
           "Снежана|Snezhana Василиса|Vasilisa Злата|Zlata Ульяна|Ulyana Милана|Milana",
           "Заречный/Заречная|Zarechny/Zarechnaya Белозёров/Белозёрова|Belozyorov/Belozyorova "
           "Кудрявцев/Кудрявцева|Kudryavtsev/Kudryavtseva Шестаков/Шестакова|Shestakov/Shestakova "
           "Полозов/Полозова|Polozov/Polozova Трофимов/Трофимова|Trofimov/Trofimova Лаптев/Лаптева|Laptev/Lapteva"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Παντελής|Pantelis Στυλιανός|Stylianos Θεμιστοκλής|Themistoklis",
           "Ευανθία|Evanthia Παρασκευή|Paraskevi Χρυσούλα|Chrysoula Αγλαΐα|Aglaia Καλλιόπη|Kalliopi",
           "Μαυρογιάννης/Μαυρογιάννη|Mavrogiannis/Mavrogianni Τσακαλίδης/Τσακαλίδου|Tsakalidis/Tsakalidou "
           "Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos/Zacharopoulou Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou "
           "Λαζαρίδης/Λαζαρίδου|Lazaridis/Lazaridou Μπαλτάς/Μπαλτά|Baltas/Balta Σταθόπουλος/Σταθοπούλου|Stathopoulos/Stathopoulou"),
    "TR": ("Oğuzhan Tayfun Cengiz Levent Tuncay", "Sevgül Nurhan Gülizar Dilruba Şenay",
           "Kuyucu Bozkurt Kocabaş Tokgöz Aksoy Çelebi Dumanlı"),
    "IL": ("יהונתן|Yehonatan אביתר|Evyatar נתנאל|Netanel עמרי|Omri ברק|Barak",
           "שלהבת|Shalhevet אביגיל|Avigail הדס|Hadas רוני|Roni תמר|Tamar",
           "אלמוג|Almog רוזנבלום|Rosenblum חדד|Hadad גבאי|Gabay אזולאי|Azoulay שטרן|Stern פרידמן|Friedman"),
    "EG": ("طارق|Tarek شريف|Sherif هشام|Hesham وليد|Walid مصطفى|Mostafa",
           "ياسمين|Yasmin منة|Menna رحاب|Rehab داليا|Dalia نرمين|Nermin",
           "الشناوي|Elshenawy الجمال|Elgammal البنا|Elbanna منصور|Mansour السيد|Elsayed حجازي|Hegazy الصاوي|Elsawy"),
    "IN": ("रघुवीर|Raghuvir प्रणव|Pranav अभिनव|Abhinav यशवर्धन|Yashvardhan दिग्विजय|Digvijay",
           "सुहासिनी|Suhasini अंबिका|Ambika कामिनी|Kamini मृणाल|Mrinal वैदेही|Vaidehi",
           "चतुर्वेदी|Chaturvedi घाटगे|Ghatge बाजपेयी|Bajpai भाटिया|Bhatia सहगल|Sehgal रस्तोगी|Rastogi मालवीय|Malviya"),
    "TH": ("ธนกร|Thanakorn ปิยะพงษ์|Piyaphong วรวุฒิ|Worawut ชัยวัฒน์|Chaiwat สุรเชษฐ์|Surachet",
           "กัญญารัตน์|Kanyarat พิมพ์ชนก|Phimchanok อรอุมา|Onuma ศิริพร|Siriporn นภัสสร|Naphatsorn",
           "ศรีสุวรรณ|Srisuwan พงษ์พานิช|Phongphanit ทองคำ|Thongkham วงศ์ไทย|Wongthai แก้วมณี|Kaewmanee ศรีบุญเรือง|Sriboonruang จันทร์เพ็ญ|Chanphen"),
    "CN": ("浩然|Haoran 子轩|Zixuan 俊杰|Junjie 明轩|Mingxuan 嘉懿|Jiayi",
           "雨桐|Yutong 梓涵|Zihan 语嫣|Yuyan 诗涵|Shihan 佳琪|Jiaqi",
           "谷梁|Guliang 訾|Zi 廖|Liao 詹|Zhan 谯|Qiao 闫|Yan 龚|Gong"),
    "JP": ("湊|Minato 悠真|Yuma 大翔|Hiroto 颯太|Sota 蓮|Ren",
           "結菜|Yuna 心春|Koharu 陽菜|Hina 千晴|Chiharu 柚希|Yuzuki",
           "栗原|Kurihara 柏木|Kashiwagi 葛西|Kasai 真鍋|Manabe 日向|Hyuga 桐谷|Kiritani 相馬|Soma"),
    "KR": ("준서|Junseo 도윤|Doyun 시우|Siu 하준|Hajun 은호|Eunho",
           "서연|Seoyeon 하은|Haeun 지아|Jia 수아|Sua 채원|Chaewon",
           "탄|Tan 낭|Nang 섭|Seop 빙|Bing 궉|Gwok 팽|Paeng"),
    "VN": ("Tuấn|Tuan Phúc|Phuc Lành|Lanh Trọng|Trong Hiếu|Hieu",
           "Thảo|Thao Trang|Trang Quyên|Quyen Hạnh|Hanh Diệp|Diep",
           "Khúc|Khuc Lưu|Luu Đinh|Dinh Giang|Giang Quách|Quach Lương|Luong Kiều|Kieu"),
    "SE": ("Torbjörn Gustaf Ingemar Sigvard Henning", "Solveig Ingegerd Gunnel Majvor Ylva",
           "Lindqvist Bergström Ståhlberg Åkesson Fröberg Hedlund Wikström"),
}
VN_MIDDLE = {"m": ["Văn", "Minh", "Đức"], "f": ["Thị", "Ngọc", "Minh"]}
VN_MIDDLE_ROMAN = {"Văn": "Van", "Minh": "Minh", "Đức": "Duc", "Thị": "Thi", "Ngọc": "Ngoc"}
PARTICLES = {"van", "de", "der", "den", "da", "dos", "das", "di", "del", "la", "le", "von"}


def _split(entry):
    if "|" in entry:
        nat, rom = entry.split("|")
    else:
        nat, rom = entry, None
    return nat, rom


def _deacc(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person(R, cc, sex=None, avoid=()):
    """A person of the locale: dict with native full name, roman given and
    family names and the words used. avoid: name words already used."""
    gm, gf, fam = NAMES[cc]
    for _ in range(200):
        sx = sex or R.choice("mf")
        g = R.choice((gm if sx == "m" else gf).split())
        f = R.choice(fam.split())
        gn, gr = _split(g)
        fn, fr = _split(f)
        if "/" in fn:
            fn = fn.split("/")[0 if sx == "m" else 1]
        if fr and "/" in fr:
            fr = fr.split("/")[0 if sx == "m" else 1]
        fn = fn.replace("_", " ")
        gr = gr or _deacc(gn)
        fr = (fr or _deacc(fn)).replace("_", " ")
        words = set(gn.split()) | set(fn.split())
        if words & set(avoid):
            continue
        break
    mid = None
    if cc == "JP":
        full = fn + " " + gn
    elif cc in ("CN", "KR"):
        full = fn + gn
    elif cc == "VN":
        mid = R.choice(VN_MIDDLE[sx])
        full = fn + " " + mid + " " + gn
        fr2 = fr
        fr = fr2
    elif cc == "EG" or cc == "IN" or cc == "IL" or cc == "TH":
        full = gn + " " + fn
    else:
        full = gn + " " + fn
    roman_full = (fr + " " + gr) if cc in ("CN", "JP", "KR") else gr + " " + fr
    if cc == "VN":
        roman_full = fr + " " + VN_MIDDLE_ROMAN[mid] + " " + gr
    return {"cc": cc, "sex": sx, "given": gn, "family": fn, "full": full,
            "rgiven": gr, "rfamily": fr, "rfull": roman_full, "mid": mid,
            "words": words}


def apis_name(p):
    """SURNAME/GIVEN as in a PNR or APIS line (Latin, capitals)."""
    fam = _deacc(p["rfamily"]).upper()
    giv = _deacc(p["rgiven"]).upper()
    if p["mid"]:
        giv = VN_MIDDLE_ROMAN[p["mid"]].upper() + " " + giv
    return fam + "/" + giv


MAILHOSTS = {"US": ["gmail.com", "yahoo.com", "comcast.net"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
             "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
             "ES": ["gmail.com", "telefonica.net", "hotmail.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
             "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
             "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
             "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
             "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
             "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
             "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
             "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
             "SE": ["telia.com", "bredband.net", "gmail.com"]}


def email_of(R, p, work=None):
    g = re.sub(r"[^a-z]", "", _deacc(p["rgiven"]).lower())
    f = re.sub(r"[^a-z]", "", _deacc(p["rfamily"]).lower())
    if work:
        return R.choice([g + "." + f, g[0] + "." + f, f + "." + g[0]]) + "@" + work
    if p["cc"] == "CN" and R.random() < 0.4:
        return str(R.randint(10 ** 7, 10 ** 10)) + "@qq.com"
    local = R.choice([g + "." + f, g + f[:1] + str(R.randint(1, 99)), f + "." + g, g[0] + f + str(R.randint(60, 99)),
                      g + "_" + f, f + g[:2] + str(R.randint(1, 999))])
    return local + "@" + R.choice(MAILHOSTS[p["cc"]])


# streets, towns (town, postcode or region), per locale
STREETS = {
    "US": ["Copperleaf Drive", "Wicklow Pass Road", "Sable Creek Lane", "Thornapple Court"],
    "GB": ["Hollyhock Crescent", "Tannery Row", "Bellfounders Way", "Quarrymans Close"],
    "DE": ["Lindenhofweg", "Am Torfmoor", "Kesselschmiedstraße", "Hagebuttenstieg"],
    "FR": ["rue des Cordiers", "allée des Mouettes", "chemin de la Sablière", "impasse des Vanniers"],
    "ES": ["Calle del Alfarero", "Avenida de los Azahares", "Calle de la Salina", "Travesía del Molinillo"],
    "IT": ["Via dei Bottai", "Via delle Fornaci", "Viale dei Tigli", "Vicolo del Pozzetto"],
    "NL": ["Zilverschoonstraat", "Reigersbek", "Molenwiek", "Kievitsbloemlaan"],
    "BR": ["Rua das Jabuticabeiras", "Avenida Guaporé", "Rua dos Tangarás", "Travessa dos Bem-te-vis"],
    "PL": ["ul. Jarzębinowa", "ul. Bursztynowa", "ul. Wrzosowa", "ul. Kasztanowa"],
    "RU": ["ул. Рябиновая", "ул. Лесопарковая", "Берёзовый проезд", "ул. Черёмуховая"],
    "GR": ["οδός Ανεμώνης", "οδός Ιτέας", "οδός Λεμονιάς", "οδός Πικροδάφνης"],
    "TR": ["Papatya Sokak", "Menekşe Caddesi", "Çınaraltı Sokak", "Lale Sokak"],
    "IL": ["רחוב הדקל", "רחוב הערמון", "שדרות האלון", "רחוב הצבר"],
    "EG": ["شارع النخيل", "شارع الياسمين", "شارع الزيتون", "شارع البستان"],
    "IN": ["गुलमोहर अपार्टमेंट", "नीलकमल सोसाइटी", "शांतिकुंज कॉलोनी", "अशोक विहार"],
    "TH": ["ถนนดอกแก้ว", "ซอยร่มไม้", "ถนนบัวขาว", "ซอยต้นหว้า"],
    "CN": ["梧桐路", "银杏街", "桂花巷", "紫薇路"],
    "JP": ["桜ヶ丘", "緑町", "若葉台", "東雲"],
    "KR": ["은행나무로", "느티나무길", "매화로", "솔빛로"],
    "VN": ["đường Hoa Sứ", "đường Cây Gòn", "phố Bàng Lăng", "đường Hoa Mai"],
    "SE": ["Rönnbärsvägen", "Lingonstigen", "Ekbackegatan", "Tranbärsgränd"],
}
TOWNS = {
    "US": [("Cedar Rapids", "IA", "524"), ("Spokane", "WA", "992"), ("Knoxville", "TN", "379")],
    "GB": [("Crawley", "RH10"), ("Keswick", "CA12"), ("Wrexham", "LL13")],
    "DE": [("Paderborn", "330"), ("Göttingen", "370"), ("Kempten (Allgäu)", "874")],
    "FR": [("Vannes", "560"), ("Quimper", "290"), ("Valence", "260")],
    "ES": [("Albacete", "020"), ("Cáceres", "100"), ("Lugo", "270")],
    "IT": [("Pordenone", "331", "PN"), ("Lecce", "731", "LE"), ("Cremona", "261", "CR")],
    "NL": [("Zwolle", "80"), ("Apeldoorn", "73"), ("Breda", "48")],
    "BR": [("Londrina", "PR", "860"), ("Juiz de Fora", "MG", "360"), ("Campina Grande", "PB", "581")],
    "PL": [("Białystok", "15"), ("Rzeszów", "35"), ("Olsztyn", "10")],
    "RU": [("Пермь", "614"), ("Тюмень", "625"), ("Ярославль", "150")],
    "GR": [("Πάτρα", "262"), ("Λάρισα", "412"), ("Βόλος", "382")],
    "TR": [("Harput", "Elâzığ", "230"), ("Battalgazi", "Malatya", "442"), ("Yenişehir", "Mersin", "331")],
    "IL": [("חיפה", "3"), ("באר שבע", "84"), ("נתניה", "42")],
    "EG": [("الزقازيق", "الشرقية"), ("دمنهور", "البحيرة"), ("أسيوط", "أسيوط")],
    "IN": [("लखनऊ", "उत्तर प्रदेश", "226"), ("भोपाल", "मध्य प्रदेश", "462"), ("जयपुर", "राजस्थान", "302")],
    "TH": [("เชียงใหม่", "50"), ("ขอนแก่น", "40"), ("นครราชสีมา", "30")],
    "CN": [("四川省成都市武侯区", "610"), ("陕西省西安市雁塔区", "710"), ("浙江省杭州市西湖区", "310")],
    "JP": [("宮城県仙台市青葉区", "980"), ("石川県金沢市", "920"), ("愛媛県松山市", "790")],
    "KR": [("대전광역시 유성구", "34"), ("광주광역시 북구", "61"), ("경기도 수원시 영통구", "16")],
    "VN": [("Phường Hòa Cường Bắc, Quận Hải Châu, Đà Nẵng",), ("Phường An Hòa, Quận Ninh Kiều, Cần Thơ",), ("Phường Vĩnh Ninh, TP Huế",)],
    "SE": [("Borås", "50"), ("Östersund", "83"), ("Karlstad", "65")],
}


def address(R, cc):
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    if cc == "US":
        return "%d %s, %s, %s %s%02d" % (R.randint(100, 9899), st, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        return "%d %s, %s %s %d%s" % (n, st, t[0], t[1], R.randint(1, 9), R.choice(["AB", "DX", "HT", "PQ", "NL", "EW"]))
    if cc == "DE":
        return "%s %d, %s%02d %s" % (st, n, t[1], R.randint(0, 99), t[0])
    if cc == "FR":
        return "%d %s, %s%02d %s" % (n, st, t[1], R.randint(0, 99), t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s%02d %s" % (st, n, R.randint(1, 7), R.choice("ABCD"), t[1], R.randint(0, 99), t[0])
    if cc == "IT":
        return "%s %d, %s%02d %s (%s)" % (st, n, t[1], R.randint(0, 99), t[0], t[2])
    if cc == "NL":
        return "%s %d, %s%02d %s %s" % (st, n, t[1], R.randint(10, 99), R.choice(["KL", "BT", "GH", "RP", "VX"]), t[0])
    if cc == "BR":
        return "%s, %d, %s - %s, CEP %s%02d-%03d" % (st, R.randint(10, 2900), t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        return "%s %d m. %d, %s-%03d %s" % (st, n, R.randint(1, 40), t[1], R.randint(1, 999), t[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, %s, %s%03d" % (st, n, R.randint(1, 220), t[0], t[1], R.randint(0, 999))
    if cc == "GR":
        return "%s %d, %s %s%02d" % (st, n, t[0], t[1][:2] + " " + t[1][2], R.randint(10, 99))
    if cc == "TR":
        return "%s No: %d D: %d, %s%02d %s/%s" % (st, n, R.randint(1, 24), t[2], R.randint(0, 99), t[0], t[1])
    if cc == "IL":
        return "%s %d, %s %s" % (st, n, t[0], t[1] + "".join(str(R.randint(0, 9)) for _ in range(7 - len(t[1]))))
    if cc == "EG":
        return "%d %s، %s، محافظة %s" % (n, st, t[0], t[1])
    if cc == "IN":
        return "फ्लैट %d, %s, %s, %s - %s%03d" % (R.randint(101, 904), st, t[0], t[1], t[2], R.randint(1, 30))
    if cc == "TH":
        return "%d/%d %s อำเภอเมือง จังหวัด%s %s%03d" % (n, R.randint(1, 99), st, t[0], t[1], R.randint(0, 299))
    if cc == "CN":
        return "%s%s%d号%d栋%d室，邮编%s%03d" % (t[0], st, n, R.randint(1, 18), R.randint(101, 2604), t[1], R.randint(0, 999))
    if cc == "JP":
        return "〒%s-%04d %s%s%d-%d-%d" % (t[1], R.randint(1, 9999), t[0], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s%03d)" % (t[0], st, n, R.randint(101, 115), R.randint(101, 1804), t[1], R.randint(0, 999))
    if cc == "VN":
        return "Số %d %s, %s" % (n, st, t[0])
    if cc == "SE":
        return "%s %d, %s%d %02d %s" % (st, n, t[1], R.randint(0, 9), R.randint(0, 99), t[0])
    raise KeyError(cc)
# ====================================================================== values
EXTRA_MOBILE = {  # written for this part: mobile ranges (cc, nsn generator)
    "TR": (90, lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "542", "543", "544", "545", "505", "506", "507", "551", "552", "553", "554", "555"]) + digits(R, 7)),
    "GR": (30, lambda R: "69" + R.choice("0345789") + digits(R, 7)),
    "IL": (972, lambda R: "5" + R.choice("02348") + R.choice("23456789") + digits(R, 6)),
    "EG": (20, lambda R: "1" + R.choice("0125") + digits(R, 8)),
    "TH": (66, lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94", "95"]) + digits(R, 7)),
    "KR": (82, lambda R: "10" + R.choice("2346789") + digits(R, 7)),
    "VN": (84, lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"]) + digits(R, 7)),
}
MOBILE_KIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile", "IT": "mobile",
               "NL": "mobile", "BR": "mobile", "PL": "mobile", "RU": "mobile", "IN": "mobile", "CN": "mobile",
               "JP": "mobile", "SE": "mobile"}


def _nsn(R, cc):
    if cc in EXTRA_MOBILE:
        c, f = EXTRA_MOBILE[cc]
        return c, f(R)
    c, trunk, kind, n = phone_nsn(R, cc, MOBILE_KIND[cc])
    if cc == "FR":
        while n.startswith("639"):
            c, trunk, kind, n = phone_nsn(R, cc, "mobile")
    return c, n


def phone_str(R, cc, intl):
    c, n = _nsn(R, cc)
    s = n
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:]) if not intl else "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "0%s %s" % (n[:4], n[4:]) if not intl else "+44 %s %s" % (n[:4], n[4:])
    if cc == "DE":
        return "0%s %s" % (n[:3], n[3:]) if not intl else "+49 %s %s" % (n[:3], n[3:])
    if cc == "FR":
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return "0%s %s" % (n[0], pairs) if not intl else "+33 %s %s" % (n[0], pairs)
    if cc == "ES":
        return "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if not intl else "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IT":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+39 %s %s" % (n[:3], n[3:])
    if cc == "NL":
        return "06-%s" % n[1:] if not intl else "+31 6 %s" % n[1:]
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:]) if not intl else "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+48 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if not intl else "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IN":
        return "%s %s" % (n[:5], n[5:]) if not intl else "+91 %s %s" % (n[:5], n[5:])
    if cc == "CN":
        return "%s %s %s" % (n[:3], n[3:7], n[7:]) if not intl else "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:]) if not intl else "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "SE":
        return "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if not intl else "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "TR":
        return "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if not intl else "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+30 %s %s" % (n[:3], n[3:])
    if cc == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:]) if not intl else "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "0%s %s %s" % (n[:2], n[2:6], n[6:]) if not intl else "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:]) if not intl else "+66 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:]) if not intl else "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:]) if not intl else "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    raise KeyError(cc)


def PH(R, cc, region=None, intl=None, sub="mobile"):
    """A labelled mobile of country cc read in region (default cc)."""
    region = region or cc
    if region != cc:
        intl = True
    if intl is None:
        intl = R.random() < 0.35
    v = phone_str(R, cc, intl)
    meta = {"sub": sub, "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", v, **meta)


def _date(R, y0=1942, y1=2006):
    while True:
        try:
            return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
        except ValueError:
            pass


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dob_str(R, cc, d, style=None):
    style = style or R.choice(["num", "num", "name"])
    if style == "apis":
        return "%02d%s%02d" % (d.day, MON3[d.month - 1], d.year % 100)
    if style == "iso":
        return d.isoformat()
    lang = LANG[cc]
    if style == "name" and lang in MONTHS:
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            return ("%s %d, %d" % (m, d.day, d.year)) if cc == "US" else ("%d %s %d" % (d.day, m, d.year))
        if lang == "de":
            return "%d. %s %d" % (d.day, m, d.year)
        if lang == "pt":
            return "%d de %s de %d" % (d.day, m, d.year)
        if lang == "es":
            return "%d de %s de %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if cc == "KR":
        return R.choice(["%d. %d. %d." % (d.year, d.month, d.day), "%d년 %d월 %d일" % (d.year, d.month, d.day)])
    if cc == "US":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if cc == "SE":
        return d.isoformat()
    if cc in ("DE", "PL", "RU", "TR", "IL"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if cc in ("NL", "IN"):
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if cc == "TH" and style != "greg":
        return "%d/%d/%d" % (d.day, d.month, d.year + 543)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def DOB(R, cc, d=None, style=None):
    d = d or _date(R)
    return L("dob", dob_str(R, cc, d, style))


# ---- gov ids
def pesel(d, male, R):
    mm = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d" % (d.year % 100, mm, d.day, R.randint(0, 999))
    sx = R.choice("13579" if male else "02468")
    body += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pnr_se(d, male, R):
    body = "%02d%02d%02d%02d%s" % (d.year % 100, d.month, d.day, R.randint(0, 99), R.choice("13579" if male else "02468"))
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return body[:6] + "-" + body[6:] + str((10 - s % 10) % 10)


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def passport_no(R, cc):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = {
        "US": lambda: R.choice(["", "A"]) + digits(R, 8) if R.random() < 0.5 else nz(R, 9),
        "GB": lambda: nz(R, 9), "DE": lambda: R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: digits(R, 2) + R.choice(U) + R.choice(U) + digits(R, 5),
        "ES": lambda: R.choice(U) + R.choice(U) + R.choice(U) + digits(R, 6),
        "IT": lambda: R.choice(["YA", "YB", "YC", "AA"]) + digits(R, 7),
        "NL": lambda: R.choice(U) + R.choice(U) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + digits(R, 1),
        "BR": lambda: R.choice(["FZ", "GA", "FX"]) + digits(R, 6), "PL": lambda: R.choice(["EN", "ER", "ES"]) + digits(R, 7),
        "RU": lambda: R.choice(["75", "76", "77"]) + " " + digits(R, 7), "GR": lambda: R.choice(["AO", "AK", "AN"]) + digits(R, 7),
        "TR": lambda: "U" + digits(R, 8), "IL": lambda: nz(R, 8), "EG": lambda: "A" + digits(R, 8),
        "IN": lambda: R.choice("JKLMNPRSTUVZ") + nz(R, 7), "TH": lambda: R.choice(["AA", "AB", "AC"]) + digits(R, 7),
        "CN": lambda: R.choice(["E", "EA", "EB"]) + digits(R, 7) if R.random() < 0.5 else "E" + digits(R, 8),
        "JP": lambda: R.choice(["TR", "TS", "TZ", "MU"]) + digits(R, 7), "KR": lambda: "M" + digits(R, 3) + R.choice("ABCD") + digits(R, 4),
        "VN": lambda: R.choice("BCN") + digits(R, 7), "SE": lambda: digits(R, 8),
    }
    return f[cc]()


def national_id(R, p, d):
    """(value, sub) of a national id with its checksum, or None."""
    cc, male = p["cc"], p["sex"] == "m"
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        pre, mid, suf = nino_random(R)
        return "%s %s %s %s %s" % (pre, mid[:2], mid[2:4], mid[4:], suf), "nino"
    if cc == "DE":
        s = steuerid_random(R)
        return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]), "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, "1" if male else "2", d.year % 100, d.month)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        if R.random() < 0.8:
            n, l = dni_random(R)
            return n + l, "dni"
        pfx, n, l = nie_random(R)
        return pfx + n + l, "nie"
    if cc == "IT":
        bel = R.choice(["H501", "F205", "L219", "G273", "A662", "G888"])
        return cf_make(_deacc(p["rfamily"]).replace(" ", ""), _deacc(p["rgiven"]), d.year % 100, d.month, d.day, not male, bel), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "cpf"
    if cc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "aadhaar"
    if cc == "PL":
        return pesel(d, male, R), "pesel"
    if cc == "SE":
        return pnr_se(d, male, R), "personnummer"
    if cc == "TR":
        return tckn(R), "tckn"
    return None


def GOV(v, sub):
    return L("gov_id", v, sub=sub)


# ---- cards, IBANs
CARD_MIX = {"default": ["visa", "visa", "mastercard", "mastercard", "amex", "mastercard2"],
            "CN": ["unionpay", "unionpay", "visa"], "JP": ["jcb", "jcb", "visa"], "RU": ["mir", "mir", "visa"],
            "IN": ["rupay", "visa", "mastercard"], "TR": ["troy", "visa", "mastercard"]}


def card_str(R, cc):
    iss = R.choice(CARD_MIX.get(cc, CARD_MIX["default"]))
    c = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    v = sep.join(split_groups(c, card_grouping(len(c)))) if sep else c
    return v, iss


def CARD(R, cc):
    v, iss = card_str(R, cc)
    return L("card", v, sub=iss.rstrip("0123456789") if iss != "visa13" else "visa")


IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "BR", "PL", "GR", "TR", "GB", "SE"}


def IBAN(R, cc):
    ib = iban_random(R, cc)
    v = group(ib) if R.random() < 0.7 else ib
    return L("iban", v, sub=cc)


# ---- IPs
def ip_global(R):
    while True:
        a = R.randint(1, 223)
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ip = ipaddress.ip_address(s)
        if ip.is_global and a not in (100,):
            return s


def ip6_global(R):
    while True:
        s = "%s:%x:%x:%x::%x" % (R.choice(["2a02", "2a01", "2600", "2806", "2401", "2a00", "2804"]), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        if ipaddress.ip_address(s).is_global:
            return s


def ip_private(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254))])


def ip_doc(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def IP(R, sub, v6=None):
    if v6 is None:
        v6 = R.random() < 0.15
    return L("ip", ip6_global(R) if v6 else ip_global(R), sub=("v6_" if v6 else "v4_") + sub)


# ---- theme look-alikes
RL = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
AIRLINE = "KV"
AIRLINE_NUM = "618"


def locator(R):
    return "".join(R.choice(RL) for _ in range(6))


def ticket_no(R):
    while True:
        t = AIRLINE_NUM + digits(R, 10)
        if not luhn_ok(t):
            return "%s-%s" % (t[:3], t[3:])


def flight_no(R):
    return "%s %d" % (AIRLINE, R.randint(100, 2999))


def bagtag(R):
    return R.choice(["0%s%s" % (AIRLINE_NUM, digits(R, 6)), "%s %s" % (AIRLINE, digits(R, 6))])


def awb(R):
    b = digits(R, 7)
    return "%s-%s%d" % (AIRLINE_NUM, b, int(b) % 7)


def file_ref(R, stn):
    return "%s%s%05d" % (stn, AIRLINE, R.randint(10000, 99999))


def seat(R):
    return "%d%s" % (R.randint(1, 38), R.choice("ABCDEFHJK"))


def reg(R):
    return R.choice(["EI-", "D-A", "G-E", "F-H", "OE-", "SE-R", "TC-J"]) + "".join(R.choice(string.ascii_uppercase) for _ in range(3))


def member_no(R):
    return "HZ %s %s %s" % (digits(R, 3), digits(R, 3), digits(R, 3))


def staff_no(R):
    return "%s%05d" % (R.choice(["TH", "KV", "CX", "GS"]), R.randint(1000, 99999))


def fdate(R):
    d = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
    return "%02d%s" % (d.day, MON3[d.month - 1])


def ftime(R):
    return "%02d:%02d" % (R.randint(5, 23), R.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


STATIONS = {"US": ["JFK", "ORD", "SEA"], "GB": ["LHR", "MAN", "LPL"], "DE": ["FRA", "MUC", "BER"], "FR": ["CDG", "NTE", "LYS"],
            "ES": ["MAD", "BCN", "AGP"], "IT": ["FCO", "MXP", "VCE"], "NL": ["AMS", "EIN", "RTM"], "BR": ["GRU", "GIG", "CNF"],
            "PL": ["WAW", "KRK", "GDN"], "RU": ["SVO", "LED", "KZN"], "GR": ["ATH", "SKG", "HER"], "TR": ["IST", "SAW", "ADB"],
            "IL": ["TLV", "ETM", "HFA"], "EG": ["CAI", "HRG", "SSH"], "IN": ["DEL", "BOM", "BLR"], "TH": ["BKK", "CNX", "HKT"],
            "CN": ["PEK", "PVG", "CTU"], "JP": ["NRT", "HND", "KIX"], "KR": ["ICN", "GMP", "PUS"], "VN": ["SGN", "HAN", "DAD"],
            "SE": ["ARN", "GOT", "MMX"]}
EPONYM_AIRPORTS = {"US": ["New York John F. Kennedy", "Ronald Reagan Washington National", "Louis Armstrong New Orleans"],
                   "GB": ["Liverpool John Lennon", "George Best Belfast City"], "DE": ["Berlin Brandenburg Willy Brandt", "München Franz Josef Strauß"],
                   "FR": ["Paris-Charles de Gaulle", "Nice Côte d'Azur"], "ES": ["Adolfo Suárez Madrid-Barajas", "Josep Tarradellas Barcelona-El Prat"],
                   "IT": ["Roma Fiumicino Leonardo da Vinci", "Venezia Marco Polo", "Pisa Galileo Galilei"], "NL": ["Amsterdam Schiphol"],
                   "BR": ["Rio de Janeiro Santos Dumont", "São Paulo-Guarulhos Governador André Franco Montoro"],
                   "PL": ["Warszawa-Okęcie im. Fryderyka Chopina", "Gdańsk im. Lecha Wałęsy"], "RU": ["Шереметьево имени А. С. Пушкина"],
                   "GR": ["Αθήνα «Ελευθέριος Βενιζέλος»"], "TR": ["İstanbul Sabiha Gökçen"], "IL": ["נמל התעופה בן גוריון"],
                   "EG": ["مطار القاهرة الدولي"], "IN": ["इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा", "छत्रपति शिवाजी महाराज हवाई अड्डा"],
                   "TH": ["ท่าอากาศยานสุวรรณภูมิ"], "CN": ["北京首都国际机场"], "JP": ["成田国際空港"], "KR": ["인천국제공항"],
                   "VN": ["sân bay Tân Sơn Nhất"], "SE": ["Stockholm Arlanda"]}
LOUNGES = ["Blériot Lounge", "Earhart Lounge (T2)", "Lindbergh Pier", "Santos-Dumont Lounge", "Amundsen Lounge", "Gagarin Hall"]
TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0000 0000 0002", "3782 822463 10005"]

# fictional organisations of this part
ORG = {"air": ("Skerryline Airways", "skerryline.com"), "gh": ("Tarmacrest Handling", "tarmacrest-handling.com"),
       "cargo": ("Cirrolux Cargo", "cirrolux-cargo.com"), "apt": ("Aerovane Airport Services", "aerovane-airports.com"),
       "be": ("Farewind Booking Engine", "farewind.io")}
ROLE_LOCALS = {"baggage", "refunds", "relations", "assist", "crewcontrol", "rostering", "loyalty", "cargo", "idpass",
               "itsupport", "noreply", "dcs-alerts", "security", "ops", "claims", "station", "groups", "apis"}
ORG_ADDR = ["Skerryline Airways, Customer Relations, PO Box 4471, Hounslow TW6 9ZZ",
            "Tarmacrest Handling, Cargo Village Unit 9, Frankfurt Flughafen",
            "Cirrolux Cargo, Building 587, Cargo Area, Schiphol",
            "Aerovane Airport Services, ID Pass Office, Level 1, Terminal 2"]
CALLCENTRES = ["+44 20 3966 0100", "0800 917 4410", "+49 69 8099 4120", "01 70 94 63 00", "+31 20 721 8800"]


def role_mail(R, local, org="air"):
    return local + "@" + ORG[org][1]


def staff(R, cc, avoid=(), org="air"):
    p = person(R, cc, avoid=avoid)
    p["work"] = email_of(R, p, ORG[org][1])
    return p
# ====================================================================== language
# request lines: check before forwarding / summarise for handover / draft reply or table
REQ = {
    "en": ["Can you check this before I send it on to the station manager? Anything missing?",
           "Summarise this for the next shift in three bullets, please.",
           "Help me turn this into a tidy table, one row per passenger.",
           "Draft a short, polite reply to the passenger based on this.",
           "I have to forward this to an outside contractor. What should I remove first?"],
    "de": ["Kannst du das prüfen, bevor ich es an die Stationsleitung schicke? Fehlt etwas?",
           "Fass das bitte in drei Punkten für die Schichtübergabe zusammen.",
           "Mach daraus bitte eine saubere Tabelle, eine Zeile pro Fluggast."],
    "fr": ["Tu peux vérifier ça avant que je l'envoie au chef d'escale ? Il manque quelque chose ?",
           "Résume-moi ça en trois points pour la relève.",
           "Aide-moi à rédiger une réponse courte et polie au passager."],
    "es": ["¿Me revisas esto antes de mandarlo al jefe de escala? ¿Falta algo?",
           "Resúmelo en tres puntos para el relevo de turno, por favor.",
           "Pásalo a una tabla limpia, una fila por pasajero."],
    "it": ["Puoi controllarlo prima che lo giri al capo scalo? Manca qualcosa?",
           "Riassumilo in tre punti per il cambio turno, per favore.",
           "Aiutami a scrivere una risposta breve e cortese al passeggero."],
    "nl": ["Kun je dit nakijken voordat ik het naar de stationsmanager stuur? Mist er iets?",
           "Vat dit samen in drie punten voor de overdracht.",
           "Zet dit in een nette tabel, één regel per passagier."],
    "pt": ["Pode revisar isso antes de eu mandar para o gerente de base? Falta algo?",
           "Resume em três tópicos para a passagem de turno, por favor.",
           "Me ajuda a escrever uma resposta curta e educada ao passageiro."],
    "pl": ["Sprawdzisz to, zanim wyślę do kierownika stacji? Czegoś brakuje?",
           "Streść to w trzech punktach na przekazanie zmiany.",
           "Zrób z tego porządną tabelę, jeden wiersz na pasażera."],
    "ru": ["Проверь, пожалуйста, перед отправкой начальнику смены. Всё ли на месте?",
           "Сделай краткое резюме в трёх пунктах для передачи смены.",
           "Помоги написать короткий вежливый ответ пассажиру."],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω στον σταθμάρχη; Λείπει κάτι;",
           "Κάνε μου μια σύνοψη σε τρία σημεία για την αλλαγή βάρδιας.",
           "Φτιάξε έναν καθαρό πίνακα, μία γραμμή ανά επιβάτη."],
    "tr": ["İstasyon müdürüne göndermeden önce kontrol eder misin? Eksik bir şey var mı?",
           "Vardiya devri için üç maddede özetler misin?",
           "Yolcuya kısa ve nazik bir cevap yazmama yardım et."],
    "he": ["אפשר לבדוק את זה לפני שאני שולח למנהל התחנה? חסר משהו?",
           "תסכם לי את זה בשלוש נקודות להעברת משמרת.",
           "תעזור לי לנסח תשובה קצרה ומנומסת לנוסע."],
    "ar": ["ممكن تراجع هذا قبل ما أرسله لمدير المحطة؟ هل ينقصه شيء؟",
           "لخّص هذا في ثلاث نقاط لتسليم الوردية.",
           "حوّل هذا إلى جدول مرتب، صف لكل راكب."],
    "hi": ["स्टेशन मैनेजर को भेजने से पहले इसे जाँच दो, कुछ छूटा तो नहीं?",
           "शिफ्ट हैंडओवर के लिए इसे तीन बिंदुओं में सारांशित करो।",
           "यात्री के लिए एक छोटा और विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจก่อนส่งให้หัวหน้าสถานีหน่อย ขาดอะไรไหม",
           "สรุปเป็นสามข้อสำหรับส่งเวรให้หน่อย",
           "ช่วยทำเป็นตารางให้เรียบร้อย หนึ่งแถวต่อผู้โดยสาร"],
    "zh": ["发给站长之前帮我检查一下，有没有漏掉什么？",
           "帮我总结成三点，用于交接班。",
           "帮我给旅客写一个简短礼貌的回复。"],
    "ja": ["空港所長に送る前に確認してもらえますか？抜けはありますか？",
           "シフト引き継ぎ用に三点で要約してください。",
           "旅客ごとに一行の表に整えてください。"],
    "ko": ["지점장에게 보내기 전에 확인해 줄래? 빠진 거 있어?",
           "교대 인수인계용으로 세 줄 요약해 줘.",
           "승객에게 보낼 짧고 정중한 답장을 써 줘."],
    "vi": ["Kiểm tra giúp mình trước khi gửi trưởng trạm nhé, có thiếu gì không?",
           "Tóm tắt giúp mình thành ba ý để bàn giao ca.",
           "Giúp mình viết một câu trả lời ngắn, lịch sự cho hành khách."],
    "sv": ["Kan du kolla det här innan jag skickar det till stationschefen? Saknas något?",
           "Sammanfatta i tre punkter till skiftöverlämningen.",
           "Hjälp mig skriva ett kort och artigt svar till passageraren."],
}


def wrap(R, lang, body, parts_are_list=True):
    """Adds the request line before or after the paste, sometimes in quotes,
    after a --- rule or around a code fence."""
    req = R.choice(REQ[lang])
    style = R.choice(["plain", "plain", "quote", "rule", "fence"])
    if style == "quote":
        inner = ['"""\n', body, '\n"""']
    elif style == "fence":
        inner = ["```\n", body, "\n```"]
    elif style == "rule":
        inner = ["---\n", body, "\n---"]
    else:
        inner = [body]
    if R.random() < 0.6:
        return [req, "\n\n", inner]
    return [inner, "\n\n", req]


# chat lines by language: agent greeting, passenger's problem, agent asks for
# details, field words (name, phone, e-mail, address, birth date), agent's close
CHAT = {
    "en": ("Hi, you're chatting with {A} from Skerryline baggage services.", "My suitcase didn't come off {F} and nobody at the belt could help.",
           "Sorry about that. Please send your full name, a phone number, e-mail and where we should deliver the bag.",
           ("Name", "Phone", "E-mail", "Address", "Date of birth"), "Thanks, file {REF} is open and the courier will call before delivery."),
    "de": ("Hallo, hier ist {A} vom Gepäckservice.", "Mein Koffer ist mit {F} nicht angekommen.",
           "Das tut mir leid. Schicken Sie mir bitte Name, Telefonnummer, E-Mail und die Lieferadresse.",
           ("Name", "Telefon", "E-Mail", "Adresse", "Geburtsdatum"), "Danke, die Akte {REF} ist angelegt, der Kurier ruft vorher an."),
    "fr": ("Bonjour, ici {A} du service bagages.", "Ma valise n'est pas arrivée sur le {F}.",
           "Désolé. Envoyez-moi votre nom complet, un téléphone, un e-mail et l'adresse de livraison.",
           ("Nom", "Téléphone", "E-mail", "Adresse", "Date de naissance"), "Merci, le dossier {REF} est ouvert, le coursier appellera avant."),
    "es": ("Hola, te atiende {A} del servicio de equipajes.", "Mi maleta no llegó en el {F}.",
           "Lo siento. Mándame nombre completo, teléfono, correo y la dirección de entrega.",
           ("Nombre", "Teléfono", "Correo", "Dirección", "Fecha de nacimiento"), "Gracias, el expediente {REF} está abierto; el mensajero llamará antes."),
    "it": ("Ciao, sono {A} del servizio bagagli.", "La mia valigia non è arrivata con il {F}.",
           "Mi dispiace. Mandami nome completo, telefono, e-mail e indirizzo di consegna.",
           ("Nome", "Telefono", "E-mail", "Indirizzo", "Data di nascita"), "Grazie, la pratica {REF} è aperta e il corriere chiamerà prima."),
    "nl": ("Hoi, je chat met {A} van de bagageservice.", "Mijn koffer is niet meegekomen met de {F}.",
           "Vervelend. Stuur je volledige naam, telefoon, e-mail en het afleveradres.",
           ("Naam", "Telefoon", "E-mail", "Adres", "Geboortedatum"), "Dank je, dossier {REF} staat open; de koerier belt vooraf."),
    "pt": ("Olá, aqui é {A}, do atendimento de bagagens.", "Minha mala não chegou no {F}.",
           "Sinto muito. Mande nome completo, telefone, e-mail e o endereço de entrega.",
           ("Nome", "Telefone", "E-mail", "Endereço", "Data de nascimento"), "Obrigado, o processo {REF} foi aberto e o entregador liga antes."),
    "pl": ("Dzień dobry, tu {A} z działu bagażu.", "Moja walizka nie przyleciała rejsem {F}.",
           "Przykro mi. Proszę podać imię i nazwisko, telefon, e-mail i adres doręczenia.",
           ("Imię i nazwisko", "Telefon", "E-mail", "Adres", "Data urodzenia"), "Dziękuję, zgłoszenie {REF} jest otwarte, kurier zadzwoni wcześniej."),
    "ru": ("Здравствуйте, это {A}, служба розыска багажа.", "Мой чемодан не прилетел рейсом {F}.",
           "Сожалею. Пришлите, пожалуйста, ФИО, телефон, e-mail и адрес доставки.",
           ("ФИО", "Телефон", "E-mail", "Адрес", "Дата рождения"), "Спасибо, заявка {REF} открыта, курьер позвонит заранее."),
    "el": ("Γεια σας, είμαι ο/η {A} από την υπηρεσία αποσκευών.", "Η βαλίτσα μου δεν ήρθε με την πτήση {F}.",
           "Λυπάμαι. Στείλτε μου ονοματεπώνυμο, τηλέφωνο, e-mail και διεύθυνση παράδοσης.",
           ("Ονοματεπώνυμο", "Τηλέφωνο", "E-mail", "Διεύθυνση", "Ημ. γέννησης"), "Ευχαριστώ, ο φάκελος {REF} άνοιξε και ο κούριερ θα τηλεφωνήσει."),
    "tr": ("Merhaba, bagaj hizmetlerinden {A} ben.", "Valizim {F} seferiyle gelmedi.",
           "Üzgünüm. Ad soyad, telefon, e-posta ve teslimat adresini gönderir misiniz?",
           ("Ad Soyad", "Telefon", "E-posta", "Adres", "Doğum tarihi"), "Teşekkürler, {REF} dosyası açıldı; kurye önceden arayacak."),
    "he": ("שלום, כאן {A} משירות המטען.", "המזוודה שלי לא הגיעה בטיסה {F}.",
           "מצטער. שלחו בבקשה שם מלא, טלפון, אימייל וכתובת למסירה.",
           ("שם", "טלפון", "אימייל", "כתובת", "תאריך לידה"), "תודה, תיק {REF} נפתח והשליח יתקשר לפני."),
    "ar": ("مرحباً، معك {A} من خدمة الأمتعة.", "حقيبتي لم تصل على الرحلة {F}.",
           "نأسف لذلك. أرسل الاسم الكامل ورقم الهاتف والبريد وعنوان التسليم.",
           ("الاسم", "الهاتف", "البريد", "العنوان", "تاريخ الميلاد"), "شكراً، تم فتح الملف {REF} وسيتصل المندوب قبل التسليم."),
    "hi": ("नमस्ते, मैं {A}, बैगेज सर्विस से।", "मेरा सूटकेस {F} से नहीं आया।",
           "माफ़ कीजिए। कृपया पूरा नाम, फ़ोन, ईमेल और डिलीवरी का पता भेजें।",
           ("नाम", "फ़ोन", "ईमेल", "पता", "जन्म तिथि"), "धन्यवाद, फ़ाइल {REF} खुल गई है, कूरियर पहले फ़ोन करेगा।"),
    "th": ("สวัสดีค่ะ {A} จากฝ่ายบริการสัมภาระ", "กระเป๋าของฉันไม่มากับเที่ยวบิน {F}",
           "ขออภัยค่ะ รบกวนส่งชื่อเต็ม เบอร์โทร อีเมล และที่อยู่สำหรับจัดส่ง",
           ("ชื่อ", "โทร", "อีเมล", "ที่อยู่", "วันเกิด"), "ขอบคุณค่ะ เปิดแฟ้ม {REF} แล้ว พนักงานส่งจะโทรก่อน"),
    "zh": ("您好，我是行李服务的{A}。", "我的箱子没有随{F}到达。",
           "非常抱歉。请发送您的姓名、电话、邮箱和送货地址。",
           ("姓名", "电话", "邮箱", "地址", "出生日期"), "谢谢，档案{REF}已建立，快递员送达前会来电。"),
    "ja": ("こんにちは、手荷物サービスの{A}です。", "{F}でスーツケースが出てきませんでした。",
           "申し訳ございません。お名前、お電話、メール、配送先をお送りください。",
           ("氏名", "電話", "メール", "住所", "生年月日"), "ありがとうございます。ファイル{REF}を作成しました。配送前にお電話します。"),
    "ko": ("안녕하세요, 수하물 서비스 {A}입니다.", "{F} 편으로 제 가방이 안 나왔어요.",
           "죄송합니다. 성함, 전화번호, 이메일, 배송 주소를 보내 주세요.",
           ("이름", "전화", "이메일", "주소", "생년월일"), "감사합니다. {REF} 파일이 등록되었고 배송 전에 연락드립니다."),
    "vi": ("Xin chào, mình là {A} bên dịch vụ hành lý.", "Vali của tôi không về cùng chuyến {F}.",
           "Rất tiếc. Anh/chị gửi giúp họ tên, số điện thoại, email và địa chỉ giao hàng nhé.",
           ("Họ tên", "Điện thoại", "Email", "Địa chỉ", "Ngày sinh"), "Cảm ơn, hồ sơ {REF} đã mở, nhân viên giao hàng sẽ gọi trước."),
    "sv": ("Hej, du chattar med {A} på bagageservice.", "Min resväska kom inte med {F}.",
           "Beklagar. Skicka fullständigt namn, telefon, e-post och leveransadress.",
           ("Namn", "Telefon", "E-post", "Adress", "Födelsedatum"), "Tack, ärendet {REF} är öppnat och budet ringer innan."),
}

# the passenger's own words in compensation claims
CLAIM_WORDS = {
    "en": "We waited nine hours at the gate with two small children and nobody told us anything.",
    "de": "Wir saßen neun Stunden am Gate, ohne dass uns jemand etwas gesagt hat.",
    "fr": "Nous avons attendu neuf heures à la porte d'embarquement sans aucune information.",
    "es": "Esperamos nueve horas en la puerta de embarque sin ninguna información.",
    "it": "Abbiamo aspettato nove ore al gate senza alcuna informazione.",
    "nl": "We hebben negen uur bij de gate gewacht zonder enige informatie.",
    "pt": "Esperamos nove horas no portão sem nenhuma informação.",
    "pl": "Czekaliśmy dziewięć godzin przy bramce bez żadnej informacji.",
    "ru": "Мы прождали у выхода девять часов, и никто ничего не объяснил.",
    "el": "Περιμέναμε εννέα ώρες στην πύλη χωρίς καμία ενημέρωση.",
    "tr": "Kapıda dokuz saat bekledik, kimse bir açıklama yapmadı.",
    "he": "חיכינו תשע שעות בשער ואף אחד לא עדכן אותנו.",
    "ar": "انتظرنا تسع ساعات عند البوابة ولم يخبرنا أحد بشيء.",
    "hi": "हम गेट पर नौ घंटे इंतज़ार करते रहे और किसी ने कुछ नहीं बताया।",
    "th": "เรารอที่ประตูขึ้นเครื่องเก้าชั่วโมงโดยไม่มีใครแจ้งอะไรเลย",
    "zh": "我们在登机口等了九个小时，没有人告诉我们任何消息。",
    "ja": "搭乗口で九時間待たされ、誰からも説明がありませんでした。",
    "ko": "게이트에서 아홉 시간을 기다렸는데 아무도 설명해 주지 않았어요.",
    "vi": "Chúng tôi chờ chín tiếng ở cửa ra tàu bay mà không ai thông báo gì.",
    "sv": "Vi väntade nio timmar vid gaten utan någon information.",
}
# ====================================================================== labelled templates
ISO3 = {"US": "USA", "GB": "GBR", "DE": "D", "FR": "FRA", "ES": "ESP", "IT": "ITA", "NL": "NLD", "BR": "BRA", "PL": "POL",
        "RU": "RUS", "GR": "GRC", "TR": "TUR", "IL": "ISR", "EG": "EGY", "IN": "IND", "TH": "THA", "CN": "CHN", "JP": "JPN",
        "KR": "KOR", "VN": "VNM", "SE": "SWE"}


def P(p, field="full"):
    return L("person", p[field])


def PP(R, cc):
    return L("gov_id", passport_no(R, cc), sub="passport")


def exp_date(R):
    return "%02d%s%02d" % (R.randint(1, 28), MON3[R.randint(0, 11)], R.randint(27, 35))


def dest(R, cc):
    others = [c for c in STATIONS if c != cc]
    return R.choice(STATIONS[R.choice(others)])


def signoff(R, st):
    """staff signs with the work e-mail or a role mailbox (look-alike)."""
    if R.random() < 0.55:
        return [P(st), " <", L("email", st["work"], sub="work"), ">"]
    return [P(st), " (", N(role_mail(R, R.choice(["station", "ops", "baggage", "relations"])), "role_mailbox"), ")"]


def t_pnr(R, cc):
    stn = R.choice(STATIONS[cc])
    a = person(R, cc, "m")
    b = person(R, cc, "f", avoid=a["words"])
    ag = staff(R, cc, avoid=a["words"] | b["words"])
    loc = locator(R)
    fl = flight_no(R)
    d1, d2 = _date(R, 1950, 1999), _date(R, 1950, 2001)
    two = R.random() < 0.6
    body = ["RP/", N("%sKV0%d" % (stn, R.randint(100, 999)), "office_id"), "  ", N("%04dAA/SU" % R.randint(1000, 9999), "agent_sign"),
            "  ", N(fdate(R), "flight_date"), "  ", N(loc, "record_locator"), "\n",
            "  1.", L("person", apis_name(a)), " MR", (["   2.", L("person", apis_name(b)), " MRS"] if two else []), "\n",
            "  3  ", N(fl, "flight_no"), " ", N(R.choice("YBMHQVK"), "fare_class"), " ", N(fdate(R), "flight_date"), " ",
            N(stn + dest(R, cc), "airport_pair"), " HK%d  " % (2 if two else 1), N(ftime(R), "time"), " ", N(ftime(R), "time"), "  E\n",
            "  4 APM ", PH(R, cc, intl=True), "/P1\n",
            "  5 APE ", L("email", email_of(R, a), sub="personal"), "/P1\n",
            "  6 TK OK", N(fdate(R), "flight_date"), "/", N("%sKV0%d" % (stn, R.randint(100, 999)), "office_id"), "\n"]
    n = 7
    for p, d, sx in ((a, d1, "M"), (b, d2, "F"))[:2 if two else 1]:
        body += ["  %d SSR DOCS KV HK1 P/%s/" % (n, ISO3[cc]), PP(R, cc), "/%s/" % ISO3[cc], DOB(R, cc, d, "apis"),
                 "/%s/" % sx, N(exp_date(R), "expiry_date"), "/", L("person", apis_name(p)), "/P%d\n" % (n - 6)]
        n += 1
    if R.random() < 0.35:
        c = card_random(R, R.choice(["visa", "mastercard", "amex"]))
        code = {"4": "VI", "5": "CA", "3": "AX"}[c[0]]
        body += ["  %d FP CC%s" % (n, code), L("card", c, sub={"VI": "visa", "CA": "mastercard", "AX": "amex"}[code]),
                 "/", N("%02d%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry_date"), "\n"]
        n += 1
    else:
        body += ["  %d FP CASH\n" % n]
        n += 1
    if R.random() < 0.5:
        body += ["  %d RM SEAT " % n, N(seat(R), "seat"), " REQ BY PAX - ", L("person", ag["rgiven"] if R.random() < 0.5 else ag["rfull"]),
                 " ", N(stn, "airport_code"), "\n"]
    else:
        body += ["  %d RM SEAT " % n, N(seat(R), "seat"), " REQ BY PAX - ", N(stn + "KV", "station_code"), "\n"]
    return "gds", LANG[cc], wrap(R, LANG[cc], body)


def t_apis(R, cc):
    stn = R.choice(STATIONS[cc])
    used = set()
    rows = []
    for i in range(3 if R.random() < 0.35 else 2):
        pc = cc if i == 0 or R.random() < 0.5 else R.choice(COUNTRIES)
        p = person(R, pc, avoid=used)
        used |= p["words"]
        giv = (VN_MIDDLE_ROMAN[p["mid"]].upper() + " " if p["mid"] else "") + _deacc(p["rgiven"]).upper()
        d = _date(R, 1940, 2019)
        rows += [L("person", _deacc(p["rfamily"]).upper()), ",", L("person", giv), ",", DOB(R, pc, d, "iso"), ",",
                 p["sex"].upper(), ",", ISO3[pc], ",P,", PP(R, pc), ",", N("20%02d-%02d-%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28)), "expiry_date"),
                 ",", ISO3[pc], ",", N(seat(R), "seat"), "\n"]
    st = staff(R, cc, avoid=used)
    body = ["APIS manifest ", N(flight_no(R), "flight_no"), " ", N(stn + "-" + dest(R, cc), "airport_pair"), " STD ",
            N(ftime(R), "time"), " (", N(fdate(R), "flight_date"), ")\n",
            "SURNAME,GIVEN,DOB,SEX,NAT,DOC_TYPE,DOC_NO,DOC_EXP,ISSUE,SEAT\n", rows,
            "-- exported by ", N(staff_no(R), "staff_no"), "; resend to ", N(role_mail(R, "apis"), "role_mailbox")]
    return "csv", LANG[cc], wrap(R, LANG[cc], body)


def t_ahl(R, cc):
    stn = R.choice(STATIONS[cc])
    p = person(R, cc)
    ag = staff(R, cc, avoid=p["words"])
    body = ["AHL ", N(file_ref(R, stn), "file_ref"), "   ", N(fdate(R), "flight_date"), "\n",
            "NM ", L("person", apis_name(p)), "\n",
            "TN ", N(bagtag(R), "bag_tag"), "\n",
            "FD ", N(flight_no(R), "flight_no"), "/", N(fdate(R), "flight_date"), " ", N(dest(R, cc) + "/" + stn, "airport_pair"), "\n",
            "CT ", R.choice(["BK/HARD SHELL/RED STRAP", "BU/SOFT/WHEELS", "GY/DUFFEL/NO NAME TAG", "GN/HARD/TSA LOCK"]), "\n",
            "PA ", L("address", address(R, cc)), "\n"]
    if R.random() < 0.5:
        body += ["TA ", L("address", address(R, cc)), " (UNTIL ", N(fdate(R), "flight_date"), ")\n"]
    body += ["PN ", PH(R, cc), "\n", "EA ", L("email", email_of(R, p), sub="personal"), "\n"]
    if R.random() < 0.4:
        q = person(R, cc, avoid=p["words"] | ag["words"])
        body += ["RM PAX SAYS ", L("person", q["full"]), " MAY ACCEPT DELIVERY ", PH(R, cc), "\n"]
    if cc in IBAN_CC and R.random() < 0.5:
        body += ["RM INTERIM EXPENSES ", N(R.choice(["50 EUR", "75 EUR", "100 EUR"]), "amount"), " TO IBAN ", IBAN(R, cc), "\n"]
    elif R.random() < 0.25:
        body += ["RM INTERIM EXPENSES REFUND TO CARD ", CARD(R, cc), "\n"]
    body += ["AG ", L("person", ag["given"]), " ", N(stn + AIRLINE, "station_code"), " - lost & found desk, call centre ",
             N(R.choice(CALLCENTRES), "call_centre")]
    return "report", LANG[cc], wrap(R, LANG[cc], body)


def t_claim(R, cc):
    a = person(R, cc)
    b = person(R, cc, avoid=a["words"])
    st = staff(R, cc, avoid=a["words"] | b["words"])
    stn = R.choice(STATIONS[cc])
    body = ["## Compensation claim ", N("CR-%d-%05d" % (2026, R.randint(1, 99999)), "case_no"), "\n\n",
            "| Field | Value |\n|---|---|\n",
            "| Lead passenger | ", P(a), " |\n",
            (["| Co-passenger | ", P(b), " |\n"] if R.random() < 0.6 else ["| Co-passenger | - |\n"]),
            "| Booking ref | ", N(locator(R), "record_locator"), " |\n",
            "| Flight | ", N(flight_no(R), "flight_no"), " ", N(fdate(R), "flight_date"), " ", N(stn + "-" + dest(R, cc), "airport_pair"), " |\n",
            "| Tickets | ", N(ticket_no(R), "ticket_no"), ", ", N(ticket_no(R), "ticket_no"), " |\n",
            "| Address | ", L("address", address(R, cc)), " |\n",
            "| E-mail | ", L("email", email_of(R, a), sub="personal"), " |\n",
            "| Phone | ", PH(R, cc), " |\n"]
    if cc in IBAN_CC:
        body += ["| Payout | IBAN ", IBAN(R, cc), " |\n"]
    else:
        body += ["| Payout | refund to card ", CARD(R, cc), " |\n"]
    body += ["| Amount | ", N(R.choice(["600 EUR", "400 EUR", "250 EUR", "€ 1.200,00"]), "amount"), " |\n\n",
             "Passenger's words: \u201c", CLAIM_WORDS[LANG[cc]], "\u201d\n\nHandler: ", signoff(R, st)]
    return "form", LANG[cc], wrap(R, LANG[cc], body)


def t_prm(R, cc):
    stn = R.choice(STATIONS[cc])
    p = person(R, cc)
    c = person(R, cc, avoid=p["words"])
    st = staff(R, cc, avoid=p["words"] | c["words"])
    body = ["SSR ", N(R.choice(["WCHC", "WCHR", "WCHS", "BLND", "DEAF", "DPNA"]), "ssr_code"), " / meet-and-assist - ",
            N(flight_no(R), "flight_no"), " ", N(fdate(R), "flight_date"), " ", N(stn + "-" + dest(R, cc), "airport_pair"), "\n",
            "Passenger: ", P(p), ", DOB ", DOB(R, cc, _date(R, 1930, 1960)), "\n",
            "Mobile: ", PH(R, cc), "\n",
            "Companion: ", P(c)] + ([", mobile ", PH(R, cc), "\n"] if R.random() < 0.6 else [" (travelling on the same PNR)\n"])
    if R.random() < 0.5:
        body += ["Pick-up by ambulift transport from home: ", L("address", address(R, cc)), "\n"]
    if R.random() < 0.5:
        body += ["Confirmation to: ", L("email", email_of(R, c), sub="personal"), "\n"]
    body += ["Equipment: ", N(R.choice(["power chair, Li-ion 290 Wh, 112 kg", "manual chair, folds, 14 kg", "scooter, gel battery, 68 kg"]), "equipment"),
             "; seat ", N(seat(R), "seat"), "; lounge ", N(R.choice(LOUNGES), "eponym_lounge"), "\n",
             "Coordinator: ", signoff(R, st)]
    return "notes", LANG[cc], wrap(R, LANG[cc], body)


def t_disrupt(R, cc):
    stn = R.choice(STATIONS[cc])
    ag = staff(R, cc)
    ag["code"] = staff_no(R)
    used = set(ag["words"])
    body = ["IRROPS log ", N(stn, "airport_code"), " - ", N(flight_no(R), "flight_no"), " cancelled (", N(reg(R), "aircraft_reg"),
            " AOG), gate ", N(R.choice("ABCDE") + str(R.randint(1, 48)), "gate"),
            "; inbound diverted to ", N(R.choice(EPONYM_AIRPORTS[cc]), "eponym_airport"), "\n"]
    for i in range(R.choice([2, 3])):
        p = person(R, cc, avoid=used)
        used |= p["words"]
        body += [N(ftime(R), "time"), " ", N(ag["code"], "staff_no"), ": ", P(p), " (", N(locator(R), "record_locator"), ") ",
                 R.choice(["rebooked on ", "protected on ", "no-show, moved to "]), N(flight_no(R), "flight_no"), " seat ", N(seat(R), "seat")]
        r = R.random()
        if r < 0.4:
            body += ["; call back on ", PH(R, cc)]
        elif r < 0.75:
            body += ["; hotel voucher sent to ", L("email", email_of(R, p), sub="personal")]
        else:
            body += ["; reach on ", PH(R, cc), " or ", L("email", email_of(R, p), sub="personal")]
        if R.random() < 0.25:
            body += ["; refund of unused sector to card ", CARD(R, cc)]
        body += ["\n"]
    body += ["Duty manager informed. Vouchers: ", N("HTL-%04d..%04d" % (R.randint(1000, 4000), R.randint(4001, 9999)), "voucher_no"),
             "\n", "Agent ", N(ag["code"], "staff_no"), " = ", signoff(R, ag)]
    return "notes", LANG[cc], wrap(R, LANG[cc], body)


def t_roster(R, cc):
    used = set()
    sch = staff(R, cc)
    used |= sch["words"]
    rows = []
    for rank in R.sample(["CPT", "FO", "SO", "PUR", "CC", "CC"], R.choice([2, 3])):
        p = person(R, cc, avoid=used)
        used |= p["words"]
        rows += [N(staff_no(R), "staff_no"), ",", rank, ",", P(p), ",", PH(R, cc), ","]
        if R.random() < 0.6:
            rows += ['"', L("address", address(R, cc)), '"']
        else:
            rows += ["crew hotel"]
        rows += [",", N(ftime(R), "time"), ",", N("%d:%02d" % (R.randint(6, 13), R.choice([0, 15, 30, 45])), "duty_time"), "\n"]
    body = ["Crew pick-up list ", N(flight_no(R), "flight_no"), " ", N(fdate(R), "flight_date"), " (", N(reg(R), "aircraft_reg"), ")\n",
            "crew_id,rank,name,mobile,pickup,report,fdp\n", rows,
            "Scheduler on duty: ", signoff(R, sch), "; crew control ", N(role_mail(R, "crewcontrol"), "role_mailbox")]
    return "csv", LANG[cc], wrap(R, LANG[cc], body)


def t_loyalty(R, cc):
    p = person(R, cc)
    st = staff(R, cc, avoid=p["words"])
    alt = apis_name(p) if (cc in NONLATIN or R.random() < 0.5) else p["full"].upper()
    body = ["Merge request ", N("LOY-%06d" % R.randint(1, 999999), "case_no"), " (", N("Skerryline Horizons", "programme"), ")\n",
            "Account A ", N(member_no(R), "member_no"), ": ", P(p), ", ", L("email", email_of(R, p), sub="personal"), ", DOB ",
            DOB(R, cc, _date(R, 1950, 2004)), ", tier ", N(R.choice(["Silver", "Gold", "Blue"]), "tier"), "\n",
            "Account B ", N(member_no(R), "member_no"), ": ", L("person", alt), ", ", L("email", email_of(R, p), sub="personal"),
            ", phone ", PH(R, cc), ", miles ", N("%d" % R.randint(1200, 98000), "count"), "\n",
            "Identity checked on passport ", PP(R, cc), "; address on file ", L("address", address(R, cc)), "\n",
            "Missing flight credit: ", N(flight_no(R), "flight_no"), " ", N(fdate(R), "flight_date"), " ticket ", N(ticket_no(R), "ticket_no"), "\n",
            "Agent: ", signoff(R, st)]
    return "case", LANG[cc], wrap(R, LANG[cc], body)


def t_awb(R, cc):
    sc = R.choice([c for c in COUNTRIES if c != cc])
    s = person(R, sc)
    c = person(R, cc, avoid=s["words"])
    st = staff(R, cc, avoid=s["words"] | c["words"], org="cargo")
    d = _date(R, 1950, 2000)
    nid = national_id(R, c, d)
    body = ["AIR WAYBILL ", N(awb(R), "awb_no"), "   ", N(R.choice(STATIONS[sc]) + "-" + R.choice(STATIONS[cc]), "airport_pair"), "\n",
            "SHIPPER: ", P(s), ", ", L("address", address(R, sc)), ([", TEL ", PH(R, sc, region=cc)] if R.random() < 0.6 else []), "\n",
            "CONSIGNEE: ", P(c), ", ", L("address", address(R, cc)), ", TEL ", PH(R, cc), "\n",
            "NOTIFY: ", L("email", email_of(R, c), sub="personal"), "\n"]
    if nid:
        body += ["CONSIGNEE ID (customs): ", GOV(*nid), "\n"]
    else:
        body += ["CONSIGNEE PASSPORT (customs): ", PP(R, cc), "\n"]
    body += ["NATURE OF GOODS: ", N(R.choice(["PERSONAL EFFECTS - USED", "LIVE ANIMAL (CAT) AVI", "UNACCOMPANIED BAGGAGE", "HUMAN REMAINS HUM"]), "goods"),
             "  PCS ", N(str(R.randint(1, 6)), "count"), "  GW ", N("%d.%d KG" % (R.randint(4, 180), R.randint(0, 9)), "weight"),
             "  FLT ", N(flight_no(R), "flight_no"), "/", N(fdate(R), "flight_date"), "\n",
             "Issued by ", N("Cirrolux Cargo", "org"), " agent ", signoff(R, st)]
    return "awb", LANG[cc], wrap(R, LANG[cc], body)


def t_pass(R, cc):
    p = person(R, cc)
    sp = staff(R, cc, avoid=p["words"], org="gh")
    d = _date(R, 1960, 2006)
    nid = national_id(R, p, d)
    body = ["AIRSIDE ID PASS APPLICATION - ", N("Aerovane Airport Services", "org"), " - ref ", N("IDP-%05d" % R.randint(1, 99999), "case_no"), "\n",
            "Applicant: ", P(p), "\n", "Date of birth: ", DOB(R, cc, d), "\n"]
    if nid:
        body += ["National ID: ", GOV(*nid), "\n"]
    else:
        body += ["Passport no.: ", PP(R, cc), "\n"]
    body += ["Home address: ", L("address", address(R, cc)), "\n"]
    if R.random() < 0.45:
        body += ["Previous address (5-year history): ", L("address", address(R, cc)), "\n"]
    body += ["Mobile: ", PH(R, cc), "\n", "E-mail: ", L("email", email_of(R, p), sub="personal"), "\n",
             "Employer: ", N("Tarmacrest Handling", "org"), ", ramp agent, zones ", N("A/B/R", "zones"), "\n",
             "Sponsor: ", signoff(R, sp), "\n"]
    if R.random() < 0.5:
        q = person(R, cc, avoid=p["words"] | sp["words"])
        body += ["Referee (5-year gap check): ", P(q), ", ", PH(R, cc), "\n"]
    body += ["Background check: ", N("CRC-%d-%06d" % (2026, R.randint(1, 999999)), "case_no"), " pending; training ",
             N("GSAT v%d.%d" % (R.randint(3, 6), R.randint(0, 9)), "version")]
    return "form", LANG[cc], wrap(R, LANG[cc], body)


def t_dcslog(R, cc):
    stn = R.choice(STATIONS[cc])
    p = person(R, cc)
    q = person(R, cc, avoid=p["words"])
    ag = staff(R, cc, avoid=p["words"] | q["words"])
    loc = locator(R)
    ts = "2026-%02d-%02dT" % (R.randint(1, 12), R.randint(1, 28))
    tl = sorted(ts + "%02d:%02d:%02dZ" % (R.randint(4, 22), R.randint(0, 59), R.randint(0, 59)) for _ in range(7))
    t = lambda: tl.pop(0)
    body = [N(t(), "timestamp"), " webci.start src=", IP(R, "webci"), " pnr=", N(loc, "record_locator"), " email=",
            L("email", email_of(R, p), sub="personal"), "\n",
            N(t(), "timestamp"), " apis.submit pax=\"", L("person", apis_name(p)), "\" doc=P/", PP(R, cc), " dob=", DOB(R, cc, None, "apis"), "\n",
            N(t(), "timestamp"), " kiosk=", N("K%02d" % R.randint(1, 40), "kiosk_id"), "@", N(ip_private(R), "ip_private"), " bp.print pax=\"",
            L("person", apis_name(q)), "\" seat=", N(seat(R), "seat"), " flt=", N(flight_no(R).replace(" ", ""), "flight_no"), "\n",
            ([N(t(), "timestamp"), " webci.resume src=", IP(R, "webci"), " pnr=", N(loc, "record_locator"), "\n"] if R.random() < 0.5 else []),
            N(t(), "timestamp"), " bagdrop.tag tag=", N(bagtag(R).replace(" ", ""), "bag_tag"), " dest=", N(dest(R, cc), "airport_code"), "\n",
            N(t(), "timestamp"), " dcs.login user=", N("%s%s%02d" % (stn, AIRLINE, R.randint(1, 99)), "username"), " from ", IP(R, "agent_vpn"),
            " gw=", N(ip_doc(R), "ip_doc"), "\n",
            "# ", L("person", ag["given"]), ": that last login is my home VPN, the kiosk errors start after ", N(ftime(R), "time")]
    return "log", LANG[cc], wrap(R, LANG[cc], body)


def t_config(R, cc):
    st = staff(R, cc, org="be")
    kind = R.choice(["env", "yaml"])
    pw = secret_random(R, "password")
    vals = [("GDS_API_SECRET", L("secret", secret_random(R, "hex32"), sub="api_key")),
            ("STRIPE_SECRET_KEY", L("secret", secret_random(R, "stripe"), sub="stripe")),
            ("SENDGRID_API_KEY", L("secret", secret_random(R, "sendgrid"), sub="sendgrid")),
            ("TWILIO_API_KEY", L("secret", secret_random(R, "twilio"), sub="twilio"))]
    vals = R.sample(vals, 3)
    body = []
    if kind == "env":
        body += ["# ", N("Farewind Booking Engine", "org"), " - KV prod\n# owner: ", P(st), " <", L("email", st["work"], sub="work"), ">\n"]
        for k, v in vals:
            body += [k, "=", v, "\n"]
        body += ["DB_URL=postgres://be_app:", L("secret", pw, sub="password"), "@", N("db-bkg-01.internal", "hostname"), ":5432/booking\n",
                 "ADMIN_ALLOWLIST=", N(ip_private(R), "ip_private"), ",", IP(R, "allowlist", v6=False), "  # ", L("person", st["given"]), " home\n",
                 "ONCALL_MOBILE=", PH(R, cc, intl=True, sub="work_mobile"), "\n",
                 "SANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\nSUPPORT_MAILBOX=", N(role_mail(R, "itsupport", "be"), "role_mailbox"), "\n"]
    else:
        body += ["# ", N("Farewind Booking Engine", "org"), " - KV prod (owner ", P(st), ", ", L("email", st["work"], sub="work"), ")\nsecrets:\n"]
        for k, v in vals:
            body += ["  ", k.lower(), ": \"", v, "\"\n"]
        body += ["  db_password: \"", L("secret", pw, sub="password"), "\"\n",
                 "network:\n  admin_allowlist:\n    - ", N(ip_private(R), "ip_private"), "\n    - ", IP(R, "allowlist", v6=False), "   # ", L("person", st["given"]), " home\n",
                 "  registrar: ", N(ip_doc(R), "ip_doc"), "\n",
                 "oncall:\n  mobile: \"", PH(R, cc, intl=True, sub="work_mobile"), "\"\n  mailbox: ", N(role_mail(R, "itsupport", "be"), "role_mailbox"), "\n"]
    return "config", LANG[cc], wrap(R, LANG[cc], body)


def t_chat(R, cc):
    lang = LANG[cc]
    greet, bag, ask, fields, close = CHAT[lang]
    p = person(R, cc)
    ag = staff(R, cc, avoid=p["words"])
    fl = flight_no(R)
    ref = file_ref(R, R.choice(STATIONS[cc]))
    day = "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12))
    tm = [ftime(R) for _ in range(5)]
    tm.sort()
    A = ag["given"]
    pre, post = greet.split("{A}")
    b1, b2 = bag.split("{F}")
    c1, c2 = close.split("{REF}")
    lines = ["[", day, " ", tm[0], "] ", L("person", p["given"]), ": ", b1, N(fl, "flight_no"), b2, "\n",
             "[", day, " ", tm[2], "] ", L("person", A), ": ", pre, L("person", A), post, " ", ask, "\n",
             "[", day, " ", tm[3], "] ", L("person", p["given"]), ": ", fields[0], ": ", P(p), "\n",
             fields[1], ": ", PH(R, cc), "\n", fields[2], ": ", L("email", email_of(R, p), sub="personal"), "\n"]
    if R.random() < 0.75:
        lines += [fields[3], ": ", L("address", address(R, cc)), "\n"]
    if R.random() < 0.3:
        lines += [fields[4], ": ", DOB(R, cc), "\n"]
    lines += ["[", day, " ", tm[4], "] ", L("person", A), ": ", c1, N(ref, "file_ref"), c2]
    return "chat_export", lang, wrap(R, lang, lines)


def t_incident(R, cc):
    stn = R.choice(STATIONS[cc])
    p = person(R, cc)
    w = person(R, cc, avoid=p["words"])
    st = staff(R, cc, avoid=p["words"] | w["words"], org="apt")
    body = ["INCIDENT REPORT ", N("IR-%d-%04d" % (2026, R.randint(1, 9999)), "case_no"), " - ", N(stn, "airport_code"), " T", str(R.randint(1, 3)),
            ", gate ", N(R.choice("ABCDEF") + str(R.randint(1, 60)), "gate"), "\n",
            "Reporting officer: ", P(st), ", badge ", N("SEC-%04d" % R.randint(1, 9999), "badge_no"), "\n",
            "Subject: ", P(p), ", DOB ", DOB(R, cc), ", passport ", PP(R, cc), "\n",
            (["Address given: ", L("address", address(R, cc)), "\n"] if R.random() < 0.75 else ["Address given: refused\n"]),
            "Contact: ", PH(R, cc), "\n",
            (["Witness: ", P(w), ", ", PH(R, cc), "\n"] if R.random() < 0.6 else ["Witness: none\n"]),
            "Narrative: at ", N(ftime(R), "time"), " the subject refused the boarding-pass check for ", N(flight_no(R), "flight_no"),
            " and became abusive near the ", N(R.choice(LOUNGES), "eponym_lounge"), ". Police ", R.choice(["attended", "were called", "not required"]),
            ". CCTV ", N("CAM-%02d" % R.randint(1, 80), "camera_id"), " retained.\n",
            "Copy: ", N(role_mail(R, "security", "apt"), "role_mailbox")]
    return "report", LANG[cc], wrap(R, LANG[cc], body)


LABELLED = [("pnr", t_pnr, 44), ("apis", t_apis, 42), ("ahl", t_ahl, 44), ("claim", t_claim, 43), ("prm", t_prm, 43),
            ("disrupt", t_disrupt, 43), ("roster", t_roster, 42), ("loyalty", t_loyalty, 43), ("awb", t_awb, 42),
            ("pass", t_pass, 43), ("dcslog", t_dcslog, 43), ("config", t_config, 42), ("chat", t_chat, 44), ("incident", t_incident, 42)]
# ====================================================================== clean templates
ICAO = {"A": "Alfa", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf", "H": "Hotel",
        "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa",
        "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
        "Y": "Yankee", "Z": "Zulu", "2": "Two", "3": "Three", "4": "Four", "5": "Five", "6": "Six", "7": "Seven", "8": "Eight", "9": "Nine"}
WORD_LINES = [
    "Charlie shift covers check-in rows 40-52 from {T}.",
    "Stand Romeo {n} and Juliett {m} are closed for resurfacing until {D}.",
    "Victor-series registrations park on the remote apron tonight.",
    "Oscar Mike on the ramp channel means the marshaller is on the way - say it slowly.",
    "Jack the nose gear only after the chocks and cones are in; tug crews please read the new card.",
    "Pierce the shrink-wrap only in the screening room, never at the belt.",
    "Amber warning for wind shear after {T}; expect holds at the runway.",
    "Iris scanners at e-gates 3-6 are offline again, queue staff to manual desks.",
    "Ruby Wedding group of 14 on {F}: pre-assigned seats, no upgrades.",
    "Rusty baggage carts in bay 3 go back to the workshop.",
    "Sterling and euro floats are counted at 05:30 by two agents.",
    "Summer schedule starts {D}; the early bank moves to {T}.",
    "Hotel block for crews: confirm by {T}, not after.",
    "Jasmine tea is back in the {LG}, tell premium passengers.",
    "Grant ramp access only after the GSAT module is signed off.",
    "Read back the locator as {PH} - never by letters alone.",
]


def c_briefing(R, cc):
    stn = R.choice(STATIONS[cc])
    loc = locator(R)
    ph = " ".join(ICAO[c] for c in loc)
    lines = R.sample(WORD_LINES, 6)
    out = ["Station briefing ", N(stn, "airport_code"), " ", N(fdate(R), "flight_date"), " - shift ", N(R.choice(["A", "B", "C"]), "shift"), "\n"]
    for ln in lines:
        s = ln.format(T=ftime(R), n=R.randint(1, 9), m=R.randint(1, 9), D=fdate(R), F=flight_no(R), LG=R.choice(LOUNGES), PH=ph)
        out += ["- ", N(s, "name_as_word"), "\n"]
    out += ["OTP yesterday ", N("%d.%d %%" % (R.randint(71, 96), R.randint(0, 9)), "percentage"), ", mishandled ", N("%d.%d per 1,000" % (R.randint(2, 9), R.randint(0, 9)), "rate"),
            ". Questions to ", N(role_mail(R, "station"), "role_mailbox")]
    return "notes", LANG[cc], wrap(R, LANG[cc], out)


def c_gates(R, cc):
    stn = R.choice(STATIONS[cc])
    out = ["Gate plan ", N(stn, "airport_code"), " ", N(fdate(R), "flight_date"), "\nflight,reg,stand,gate,std,etd,dest,pax,J/Y\n"]
    for _ in range(R.randint(4, 6)):
        out += [N(flight_no(R).replace(" ", ""), "flight_no"), ",", N(reg(R), "aircraft_reg"), ",", N("S%d" % R.randint(10, 99), "stand"), ",",
                N(R.choice("ABCDEF") + str(R.randint(1, 60)), "gate"), ",", N(ftime(R), "time"), ",", N(ftime(R), "time"), ",",
                N(dest(R, cc), "airport_code"), ",", N(str(R.randint(40, 210)), "count"), ",", N("%d/%d" % (R.randint(0, 24), R.randint(40, 186)), "count"), "\n"]
    out += ["Towing ", N(reg(R), "aircraft_reg"), " to hangar ", N(str(R.randint(1, 7)), "count"), " after ", N(ftime(R), "time"),
            "; remote stands via ", N(R.choice(LOUNGES), "eponym_lounge"), " bus gate."]
    return "csv", LANG[cc], wrap(R, LANG[cc], out)


def c_sandbox(R, cc):
    out = ["Farewind sandbox - payment tests for ", N(locator(R), "record_locator"), "\n",
           "card ", N(R.choice(TEST_CARDS), "test_card"), " exp ", N("12/%d" % R.randint(27, 34), "expiry_date"), " cvc ", N("%03d" % R.randint(100, 999), "cvc"), " -> AUTHORISED\n",
           "card ", N(R.choice(TEST_CARDS), "test_card"), " -> 3DS challenge\n",
           "masked in logs as ", N("%s******%s" % (R.choice(["424242", "411111", "555555"]), digits(R, 4)), "masked_card"), "\n",
           "pax e-mail ", N(R.choice(["test.passenger", "qa+apis", "booking-test"]) + "@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder"), "\n",
           "STRIPE_SECRET_KEY=", N(R.choice(["${STRIPE_SECRET_KEY}", "<stripe-secret>", "sk_test_xxxxxxxxxxxxxxxx"]), "placeholder"), "\n",
           "GDS_API_SECRET=", N(R.choice(["<GDS_API_SECRET>", "${GDS_SECRET}", "changeme"]), "placeholder"), "\n",
           "callback from ", N(ip_doc(R), "ip_doc"), " via ", N(ip_private(R), "ip_private"), ", webhook ", N("https://sandbox.farewind.io/hooks/kv-test", "url"), "\n",
           "ticket stock ", N(ticket_no(R), "ticket_no"), " is a training range, void after test."]
    return "config", LANG[cc], wrap(R, LANG[cc], out)


def c_kpi(R, cc):
    out = ["Baggage KPIs week ", N(str(R.randint(1, 52)), "week"), " - ", N(ORG["gh"][0], "org"), "\n"]
    for _ in range(3):
        stn = R.choice(STATIONS[R.choice(COUNTRIES)])
        out += ["- ", N(stn, "airport_code"), ": ", N(str(R.randint(3, 140)), "count"), " AHL files (e.g. ", N(file_ref(R, stn), "file_ref"), "), ",
                N("%d %%" % R.randint(60, 99), "percentage"), " delivered within 24 h\n"]
    out += ["Worst transfer: via ", N(R.choice(EPONYM_AIRPORTS[cc]), "eponym_airport"), " (", N(str(R.randint(30, 90)), "count"), " min MCT too short)\n",
            "Rush tags printed: ", N(bagtag(R), "bag_tag"), " .. ", N(bagtag(R), "bag_tag"), "\n",
            "Lounge complaints: ", N(R.choice(LOUNGES), "eponym_lounge"), " ", N(str(R.randint(1, 12)), "count"), "\n",
            "Mailbox for reroutes: ", N(role_mail(R, "baggage", "gh"), "role_mailbox")]
    return "report", LANG[cc], wrap(R, LANG[cc], out)


def c_training(R, cc):
    stn = R.choice(STATIONS[cc])
    out = ["Training PNR (not a real booking) ", N(locator(R), "record_locator"), "\n",
           "  1.TEST/PASSENGER MR  2.TEST/INFANT MSTR\n",
           "  3  ", N(flight_no(R), "flight_no"), " Y ", N(fdate(R), "flight_date"), " ", N(stn + dest(R, cc), "airport_pair"), " HK1\n",
           "  4 APM ", N(R.choice(CALLCENTRES), "call_centre"), " (airline call centre)\n",
           "  5 APE ", N(role_mail(R, "groups"), "role_mailbox"), "\n",
           "  6 SSR DOCS KV HK1 P/", ISO3[cc], "/", N("X" * 9, "placeholder"), "/", ISO3[cc], "/", N("01JAN00", "placeholder"), "/M/", N(exp_date(R), "expiry_date"), "/TEST/PASSENGER\n",
           "  7 FP ", N("CCVI" + "XXXXXXXXXXXX" + digits(R, 4), "masked_card"), "\n",
           "  8 RM CONTACT ", N(ORG_ADDR[R.randint(0, 3)], "org_address"), "\n",
           "  9 RM MEMBER ", N(member_no(R), "member_no"), " TICKET ", N(ticket_no(R), "ticket_no")]
    return "gds", LANG[cc], wrap(R, LANG[cc], out)


CLEAN = [("briefing", c_briefing, 40), ("gates", c_gates, 40), ("sandbox", c_sandbox, 40), ("kpi", c_kpi, 40), ("training", c_training, 40)]
# ====================================================================== rules
def _name_words():
    latin, subs = set(), set()
    for cc, (gm, gf, fam) in NAMES.items():
        for e in (gm + " " + gf + " " + fam).split():
            nat, rom = _split(e)
            for w in nat.replace("/", " ").replace("_", " ").split() + (rom.replace("/", " ").split() if rom else []):
                if w.lower() in PARTICLES:
                    continue
                if cc in ("CN", "KR") and len(w) == 1:
                    continue  # one-syllable family names: checked within the full name only
                if cc == "KR" and len(w) == 1:
                    continue
                if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", w):
                    subs.add(w)
                else:
                    latin.update({w, w.upper(), _deacc(w).upper()})
    return latin, subs


NAME_LATIN, NAME_SUBS = _name_words()
NAME_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, NAME_LATIN), key=len, reverse=True)) + r")(?!\w)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
GROUPS_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
TEST_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def label_ok(sp):
    v, t, sub = sp["value"], sp["type"], sp.get("sub")
    d = re.sub(r"\D", "", v)
    if t == "card":
        return luhn_ok(d) and 12 <= len(d) <= 19
    if t == "iban":
        c = v.replace(" ", "").replace("\u00a0", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    if t == "email":
        return "@" in v and "example" not in v.split("@")[1]
    if t == "gov_id":
        c = v.replace(" ", "").replace("-", "").replace(".", "")
        if sub == "ssn":
            return len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
        if sub == "steuer_id":
            return steuerid_ok(c)
        if sub == "nir":
            return nir_ok(c[:13], c[13:])
        if sub == "dni":
            return DNI_LETTERS[int(c[:8]) % 23] == c[8]
        if sub == "nie":
            return nie_ok(c)
        if sub == "codice_fiscale":
            return cf_check(c[:15]) == c[15]
        if sub == "bsn":
            return bsn_ok(c)
        if sub == "cpf":
            return cpf_ok(c)
        if sub == "aadhaar":
            return verhoeff_ok(c)
        if sub == "pesel":
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
            return (10 - sum(int(a) * b for a, b in zip(c, w)) % 10) % 10 == int(c[10])
        if sub == "personnummer":
            return luhn_ok(c)
        if sub == "tckn":
            return tckn_ok(c)
        if sub == "nino":
            return c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and c[8] in "ABCD"
        if sub == "passport":
            return 7 <= len(c) <= 10
        return False
    return True


def luhn_runs(text):
    out = []
    for m in GROUPS_RE.finditer(text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_DIGITS:
                    out.append(s)
    return out


def problems(rec, clean):
    """Reasons why a candidate breaks a rule (empty: keep it)."""
    why = []
    try:
        check_record(rec)
    except AssertionError:
        return ["check_record"]
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        why.append("length")
    if clean and rec["spans"]:
        why.append("clean_with_label")
    if not clean and not rec["spans"]:
        why.append("no_label")
    for sp in rec["spans"]:
        if not label_ok(sp):
            why.append("bad_" + sp["type"])
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        loc, dom = e.split("@", 1)
        if loc not in ROLE_LOCALS and not dom.startswith("example."):
            why.append("email_outside")
    for ip in IP4_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                why.append("ip_outside")
        except ValueError:
            pass
    for ip in IP6_RE.findall(m):
        if ip.count(":") >= 2:
            try:
                if ipaddress.ip_address(ip).is_global:
                    why.append("ip6_outside")
            except ValueError:
                pass
    if luhn_runs(m):
        why.append("luhn_outside")
    for mm in IBAN_RE.finditer(m):
        c = mm.group(0).replace(" ", "").replace("\u00a0", "")
        n = IBAN_LEN.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            why.append("iban_outside")
    if NAME_RE.search(m):
        why.append("name_outside:" + NAME_RE.search(m).group(0))
    for w in NAME_SUBS:
        if w in m:
            why.append("name_outside:" + w)
    return why


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== build
def candidates(name, fn, count, shift, clean):
    out = []
    for i in range(3 * count + 6):
        R = random.Random("%d:%s:%d" % (SEED, name, i))
        cc = COUNTRIES[(i + shift) % len(COUNTRIES)]
        form, lang, parts = fn(R, cc)
        rec = build("tmp", form, lang, parts)
        rec["_cc"] = cc
        out.append((rec, problems(rec, clean)))
    return out


def generate(report=None):
    kept, seen = [], set()
    plan = [(n, f, c, False) for n, f, c in LABELLED] + [(n, f, c, True) for n, f, c in CLEAN]
    allc = []
    for k, (name, fn, count, clean) in enumerate(plan):
        allc.append((name, count, candidates(name, fn, count, 5 * k, clean)))
    items = []
    for name, count, cands in allc:
        for rec, why in cands:
            items += phone_items(rec)
    bad = pv_check(items)
    badset = set()
    if bad is not None:
        for ln in bad:
            f = ln.split("\t")
            badset.add((f[1], f[2]))
    for name, count, cands in allc:
        got = 0
        for rec, why in cands:
            why = list(why)
            for v, reg_, plan_ in phone_items(rec):
                if (v, reg_) in badset:
                    why.append("pv")
            if rec["text"] in seen:
                why.append("repeat")
            if report is not None:
                report.append((name, got < count, why, rec))
            if why or got >= count:
                continue
            seen.add(rec["text"])
            rec["tpl"] = name
            kept.append(rec)
            got += 1
        assert got == count, (name, got, count)
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    recs = []
    for i, rec in enumerate(kept):
        r = {"id": PREFIX + "%05d" % i, "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r["neg"] = rec["neg"]
        recs.append(r)
    return recs, kept


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs, kept):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    print("types", dict(c.most_common()))
    print("subs", dict(Counter("%s:%s" % (sp["type"], sp.get("sub")) for r in recs for sp in r["spans"]).most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries(labelled)", dict(Counter(k["_cc"] for k in kept if k["spans"]).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("templates", dict(Counter(k["tpl"] for k in kept)))
    ls = sorted(len(r["text"]) for r in recs)
    print("length min/median/max", ls[0], ls[len(ls) // 2], ls[-1])
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}))
    print("phones with plan", sum(1 for r in recs for sp in r["spans"] if sp.get("plan")),
          "regions", len({sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone"}))
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("distinct persons", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))


def main():
    recs, kept = generate()
    if "--check" in sys.argv:
        data = open(OUT, encoding="utf-8").read()
        assert data == dump(recs), "regenerated file differs"
        items = []
        for r in recs:
            check_record(r)
            assert not problems(r, not r["spans"]), (r["id"], problems(r, not r["spans"]))
            items += phone_items(r)
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
        assert [r["id"] for r in recs] == [PREFIX + "%05d" % i for i in range(800)]
        bad = pv_check(items)
        assert bad == [], bad
        print("ok: %d records, %d phones valid, file identical" % (len(recs), len(items)))
        return
    if "--stats" in sys.argv:
        stats(recs, kept)
        return
    write_jsonl(OUT, recs)
    print("wrote", OUT, len(recs))


if __name__ == "__main__":
    main()
