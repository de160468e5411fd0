#!/usr/bin/python3
"""Held-out part 57 of the redaction corpus (heldout57.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 55
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
02:08:23 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: LIBRARIES, MUSEUMS, ARCHIVES AND GALLERIES FROM THE STAFF SIDE. What
librarians, archivists, registrars, curators, membership and donor-relations
officers, volunteer and education coordinators, security staff, digitisation
teams and the institutions' IT support paste into an AI assistant, from 20
countries in 19 languages: library-card sign-ups, overdue and lost-item
notices, interlibrary-loan and reading-room requests, archive access
applications with ID checks, donor and gift-aid records, loan agreements
and acquisition files, provenance notes, oral-history consent forms and
transcripts, volunteer rotas with background checks, school-visit bookings,
gallery incident reports, visitor chats, collections-system exports,
membership exports and system configs. Hard negatives of the theme
everywhere: shelf marks, call numbers, ISBNs, ISSNs, item barcodes,
accession, object, box and folio numbers, catalogue references, exhibition
dates, authors, artists, historical figures and long-dead sitters, titles
with names, eponymous wings and reading rooms, the institutions' own lines,
mailboxes and websites, private and documentation IPs, test cards and
name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
570613, shuffle seed 570614).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout57.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout57.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout57.py --stats   # counts
"""
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
                       dni_random, DNI_LETTERS, cf_make, cf_check, bsn_random,
                       bsn_ok, aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS)

SEED = 570613
SHUFFLE_SEED = 570614
OUT = os.path.join(HERE, "heldout57.jsonl")
PREFIX = "heldout-be-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


def dg(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ====================================================================== gov ids written for this part
def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%s%d" % (y % 100, mm, d, dg(R, 3), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def snils_make(R):
    while True:
        b = dg(R, 9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    c = s % 101
    if c == 100:
        c = 0
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def snils_ok(v):
    b = v[:11].replace("-", "")
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    c = s % 101
    return (0 if c == 100 else c) == int(v[-2:])


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def tz_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def tz_make(R):
    while True:
        s = str(R.randint(0, 3)) + dg(R, 7)
        for c in "0123456789":
            if tz_ok(s + c):
                return s + c


def thai_make(R):
    b = str(R.randint(1, 8)) + dg(R, 11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    s = b + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def thai_ok(v):
    s = v.replace("-", "")
    return len(s) == 13 and (11 - sum(int(x) * (13 - i) for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, y, m, d, female):
    area = R.choice(["110105", "310104", "440106", "510107", "330106", "420111"])
    seq = dg(R, 2) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    b = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def amka_make(R, y, m, d):
    return luhn_complete("%02d%02d%02d%s" % (d, m, y % 100, dg(R, 4)))


def cccd_make(R, y, female):
    prov = R.choice(["001", "079", "048", "031", "092", "056"])
    cent = (2 if y < 2000 else 2 + 1) if female else (0 if y < 2000 else 2)
    if female:
        cent = 1 if y < 2000 else 3
    return "%s%d%02d%s" % (prov, cent, y % 100, dg(R, 6))


def icao_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def de_ausweis_make(R):
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    b = R.choice("CFGHJKLMNPRTVWXYZ") + "".join(R.choice(al) for _ in range(8))
    return b + icao_check(b)


def passport_make(R, cc):
    if cc in ("US",):
        return str(R.randint(5, 6)) + dg(R, 8)
    if cc == "GB":
        return dg(R, 9)
    if cc in ("JP", "KR"):
        return R.choice(["TK", "TR", "MZ"] if cc == "JP" else ["M", "S"]) + dg(R, 7 if cc == "JP" else 8)
    if cc == "CN":
        return "E" + dg(R, 8)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVZ") + dg(R, 7)
    return "".join(R.choice("ABCEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(R, 7)


# ====================================================================== locales
# names: "native|roman" where the script is not Latin. Female family forms
# after "/" (PL, RU, GR).
LOC = {}


def loc(cc, lang, gm, gf, fam, streets, towns, **kw):
    LOC[cc] = dict(cc=cc, lang=lang, gm=gm.split(), gf=gf.split(), fam=fam.split(),
                   streets=streets, towns=towns, **kw)


loc("US", "en", "Zephaniah Barrett Cleon Delmar Hollis Eldridge Rutherford Emmett",
    "Verbena Delphine Ottilie Leora Tallulah Zinnia Coralie Verity",
    "Spradlin Kittredge Dorsett Blaylock Pettengill Tidwell Gorham Rountree Swicegood Haskett",
    ["Larchmont Terrace", "Quarry Hollow Road", "Wicklow Lane", "Sumac Ridge Drive", "Tillery Street"],
    [("Ashtabula", "OH", "44004"), ("Bemidji", "MN", "56601"), ("Nacogdoches", "TX", "75961"), ("Keene", "NH", "03431"), ("Walla Walla", "WA", "99362")],
    ident=("ssn", "SSN"), iban=False)
loc("GB", "en", "Aldwyn Piers Rhodri Lachlan Oswin Ninian Drogo Tristram",
    "Amabel Morwenna Araminta Bryony Ottoline Perpetua Seren Iseult",
    "Gathercole Illingworth Applegarth Mortimore Haggerston Catchpole Pendlebury Trelawney Wintringham Bickerstaff",
    ["Bellfounders Row", "Fellmonger Street", "Pudding Mill Lane", "Saltings Close", "Tenter Ground"],
    [("Bridport", "DT6 3QP"), ("Ludlow", "SY8 1AZ"), ("Morpeth", "NE61 1TT"), ("Frome", "BA11 1EB"), ("Hexham", "NE46 3NH")],
    ident=("nino", "NI number"), iban=True)
loc("DE", "de", "Meinrad Hartwig Volkmar Erdmann Reinold Wigand Detlev Lothar",
    "Waltrude Richardis Gunhild Liesel Heidrun Brunhilde Ortrun Hedwig",
    "Kleinschmidt Dannhauer Trautwein Eichhorst Bollmann Wacholder Ziegenhagen Oberdörfer Hohlfeld Sauerbier",
    ["Färbergasse", "Am Pulverturm", "Kupferschmiedweg", "Lindenhofstraße", "Hopfenmarkt"],
    [("Quedlinburg", "06484"), ("Bad Hersfeld", "36251"), ("Wolfenbüttel", "38300"), ("Husum", "25813"), ("Landsberg am Lech", "86899")],
    ident=("ausweis", "Ausweis-Nr."), iban=True)
loc("FR", "fr", "Anatole Gonzague Évariste Lazare Théophane Aurèle Barnabé Firmin",
    "Capucine Eugénie Scholastique Euphrasie Philothée",
    "Lemarchal Duvernoy Castagnède Brisebois Pontchâteau Vaudrey Delhomme Cabanis Rouxel Tréguier",
    ["rue des Tanneurs", "impasse du Puits-Salé", "allée des Cordiers", "rue de la Vieille-Monnaie", "chemin des Vignerons"],
    [("Pézenas", "34120"), ("Villefranche-de-Rouergue", "12200"), ("Lannion", "22300"), ("Autun", "71400"), ("Dole", "39100")],
    ident=("nir", "N° de sécurité sociale"), iban=True)
loc("ES", "es", "Eleuterio Anselmo Fructuoso Baltasar Celestino Ildefonso Saturnino Teodosio",
    "Inmaculada Azucena Perpetua Asunción",
    "Arteaga Valbuena Iturralde Mendiluce Gorostiaga Cachafeiro Olaechea Villaverde Escudero Garrigós",
    ["calle del Pozo Amargo", "calle de los Tintoreros", "avenida de la Alameda Vieja", "calle Cuesta del Río", "plaza de los Herreros"],
    [("Zamora", "49003"), ("Plasencia", "10600"), ("Cuenca", "16002"), ("Tarancón", "16400"), ("Lugo", "27001")],
    ident=("dni", "DNI"), iban=True)
loc("IT", "it", "Ottorino Ermenegildo Venanzio Remigio Ruggero Tancredi Aurelio Cornelio",
    "Adalgisa Clelia Domitilla Gilda Iolanda Fiammetta Zelinda Ornella",
    "Tagliaferri Borromini Castellucci Pellizzari Sangiorgi Malvezzi Zuccheri Caccianiga Ciampolini Ghirardelli",
    ["via dei Cartai", "vicolo del Pozzo Cieco", "via delle Conce", "piazza dei Tessitori", "via del Pellicciaio"],
    [("Cremona", "26100", "CR"), ("Urbino", "61029", "PU"), ("Sulmona", "67039", "AQ"), ("Bassano del Grappa", "36061", "VI"), ("Viterbo", "01100", "VT")],
    ident=("codice_fiscale", "Codice fiscale"), iban=True)
loc("NL", "nl", "Gijsbert Reinier Tjalling Wouter Hidde Aart Sieger Folkert",
    "Geertruida Hillegonda Aaltje Aukje Wendelien Geesje Rinske Femmigje",
    "Vliegenthart Tuinstra Oosterveld Brinkhuis Kwakernaak Bosscha Ploeger Hazelhoff Wijnberg Mulderij",
    ["Lange Bisschopstraat", "Turfmarkt", "Zoutkeetsgracht", "Achter de Molens", "Bleekveld"],
    [("Tiel", "4001 AB"), ("Zutphen", "7201 DN"), ("Harlingen", "8861 AB"), ("Gorinchem", "4201 CA"), ("Kampen", "8261 GP")],
    ident=("bsn", "BSN"), iban=True)
loc("PL", "pl", "Zdzisław Bogumił Wawrzyniec Przemysław Sobiesław Teodor Radosław Euzebiusz",
    "Bożena Wiesława Teodozja Jadwiga Bronisława Halszka Genowefa Eugenia",
    "Grzybowski/Grzybowska Ćwikliński/Ćwiklińska Szczepankiewicz Łopatecki/Łopatecka Wróblewicz Ostaszewski/Ostaszewska Kędzierski/Kędzierska Pstrągowski/Pstrągowska",
    ["ul. Garncarska", "ul. Kupiecka", "ul. Podwale Młyńskie", "ul. Solna", "ul. Bednarska"],
    [("Sandomierz", "27-600"), ("Pułtusk", "06-100"), ("Chełm", "22-100"), ("Nysa", "48-300"), ("Łowicz", "99-400")],
    ident=("pesel", "PESEL"), iban=True)
loc("RU", "ru", "Всеволод|Vsevolod Ярополк|Yaropolk Мстислав|Mstislav Прохор|Prokhor Евграф|Evgraf Савелий|Saveliy",
    "Евдокия|Evdokiya Агафья|Agafya Пелагея|Pelageya Серафима|Serafima Фёкла|Fyokla Ульяна|Ulyana",
    "Шелепихин/Шелепихина|Shelepikhin Колокольцев/Колокольцева|Kolokoltsev Бахрушин/Бахрушина|Bakhrushin Дубровин/Дубровина|Dubrovin Затеплин/Затеплина|Zateplin Хлебников/Хлебникова|Khlebnikov",
    ["ул. Гончарная", "ул. Рыбацкая", "пер. Кожевенный", "ул. Сенная", "пр. Заводской"],
    [("Кострома", "156000"), ("Вологда", "160000"), ("Тверь", "170100"), ("Псков", "180000"), ("Калуга", "248000")],
    ident=("snils", "СНИЛС"), iban=False)
loc("GR", "el", "Ευστράτιος|Efstratios Παντελεήμων|Panteleimon Χαράλαμπος|Charalampos Ζήσης|Zisis Σπυρίδων|Spyridon Αριστείδης|Aristeidis",
    "Ευανθία|Evanthia Καλλιόπη|Kalliopi Αγλαΐα|Aglaia Πολυξένη|Polyxeni Ευδοξία|Evdoxia Θεοπίστη|Theopisti",
    "Μαυρογιάννης/Μαυρογιάννη|Mavrogiannis Κουτσοχέρας/Κουτσοχέρα|Koutsocheras Λιαπάκης/Λιαπάκη|Liapakis Ζαφειρόπουλος/Ζαφειροπούλου|Zafeiropoulos Τσιριγώτης/Τσιριγώτη|Tsirigotis Σκαλτσάς/Σκαλτσά|Skaltsas",
    ["οδός Ταμπάκων", "οδός Αγγειοπλαστών", "οδός Καπνεμπόρων", "οδός Ιστιοφόρων", "οδός Σαπωνοποιών"],
    [("Ναύπλιο", "211 00"), ("Άμφισσα", "331 00"), ("Φλώρινα", "531 00"), ("Πρέβεζα", "481 00"), ("Χαλκίδα", "341 00")],
    ident=("amka", "ΑΜΚΑ"), iban=True)
loc("TR", "tr", "Necdet Tayfun Orhun Oğuzhan Şahin Bülent Turgut Ferit",
    "Gülten Nurhayat Feraye Sevgül Şükran Müzeyyen Leman Saadet",
    "Karabulut Dağdelen Eskiocak Sarıkaya Yolaçan Bozkurtlar Çamlıbel Kuytul Ekincioğlu Tezcanlı",
    ["Kazancılar Sokak", "Bakırcılar Caddesi", "Değirmen Yokuşu", "Sepetçiler Sokak", "Kuyumcular Çarşısı Sokak"],
    [("Safranbolu", "Karabük", "78600"), ("Beypazarı", "Ankara", "06730"), ("Birgi", "İzmir", "35750"), ("Tire", "İzmir", "35900"), ("Göynük", "Bolu", "14400")],
    ident=("tckn", "TC Kimlik No"), iban=True)
loc("IL", "he", "אביתר|Evyatar נריה|Neria הלל|Hillel צוריאל|Tzuriel ידידיה|Yedidya שמעיה|Shemaya",
    "אפרת|Efrat הודיה|Hodaya שלומית|Shlomit צופיה|Tzofia אחינועם|Ahinoam רעות|Reut",
    "ברזילי|Barzilai גולדפרב|Goldfarb שטרנליכט|Sternlicht אלפסי|Alfassi פרלמוטר|Perlmutter זילברמן|Silberman",
    ["רחוב הצורפים", "רחוב הנפחים", "רחוב הכורמים", "רחוב הגת", "רחוב הבורסקאים"],
    [("רחובות", "7620102"), ("נהריה", "2240012"), ("טבריה", "1420501"), ("עכו", "2410201"), ("זכרון יעקב", "3095101")],
    ident=("teudat_zehut", 'ת"ז'), iban=False)
loc("EG", "ar", "شريف|Sherif مدحت|Medhat ثروت|Tharwat عصام|Essam فكري|Fekry رأفت|Raafat",
    "نيرمين|Nermeen سوسن|Sawsan عفاف|Afaf ناهد|Nahed إجلال|Eglal هويدا|Howaida",
    "الدسوقي|Eldesouky الحلواني|Elhelwany القليوبي|Elkalyouby البلتاجي|Elbeltagy الصعيدي|Elsaidy",
    ["شارع الفحامين", "شارع الصاغة", "شارع النحاسين", "شارع الخيامية", "حارة العطارين"],
    [("ديرب نجم", "الشرقية"), ("شبين القناطر", "القليوبية"), ("ببا", "بني سويف"), ("دمياط", "دمياط"), ("إسنا", "الأقصر")],
    ident=("passport", "رقم جواز السفر"), iban=False)
loc("IN", "hi", "प्रभाकर|Prabhakar शिवेंद्र|Shivendra योगेश्वर|Yogeshwar रणवीर|Ranveer दिवाकर|Diwakar चंद्रकांत|Chandrakant",
    "सुलोचना|Sulochana मृणालिनी|Mrinalini वैदेही|Vaidehi कादंबरी|Kadambari अरुंधति|Arundhati शकुंतला|Shakuntala",
    "तेंदुलकर|Tendulkar भिड़े|Bhide अग्निहोत्री|Agnihotri वाडेकर|Wadekar चित्तौड़िया|Chittoria पटवर्धन|Patwardhan",
    ["गणेश पेठ", "सदाशिव पेठ", "नारायण गली", "तांबट आली", "कुम्हारवाड़ा"],
    [("नासिक", "महाराष्ट्र", "422001"), ("उज्जैन", "मध्य प्रदेश", "456001"), ("अजमेर", "राजस्थान", "305001"), ("कोल्हापुर", "महाराष्ट्र", "416012"), ("ग्वालियर", "मध्य प्रदेश", "474001")],
    ident=("aadhaar", "आधार"), iban=False)
loc("TH", "th", "ธีรวัฒน์|Teerawat ณัฐวุฒิ|Nattawut ปิยะพงษ์|Piyapong อนุวัฒน์|Anuwat กฤตภาส|Krittapas ศุภกร|Supakorn",
    "พิมพ์ชนก|Pimchanok วรรณวิสา|Wannawisa กัลยรัตน์|Kanyarat ศศิประภา|Sasiprapha นภัสสร|Napatsorn รุ่งนภา|Rungnapa",
    "ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasert วงศ์ไพบูลย์|Wongpaiboon เจริญผล|Charoenphon บุญยืน|Boonyuen แก้วมณี|Kaewmanee",
    ["ซอยช่างทอง", "ถนนท่าแพ", "ซอยตลาดพลู", "ถนนวัวลาย", "ซอยช่างเคี่ยน"],
    [("เขตบางกอกใหญ่ กรุงเทพมหานคร", "10600"), ("อำเภอเมืองลำปาง จังหวัดลำปาง", "52000"), ("อำเภอเมืองน่าน จังหวัดน่าน", "55000"), ("อำเภอเมืองเพชรบุรี จังหวัดเพชรบุรี", "76000")],
    ident=("thai_id", "เลขประจำตัวประชาชน"), iban=False)
loc("CN", "zh", "浩宇|Haoyu 俊熙|Junxi 晟睿|Shengrui 梓轩|Zixuan 景行|Jingxing 博涛|Botao",
    "诗涵|Shihan 若曦|Ruoxi 清妍|Qingyan 可馨|Kexin 芷若|Zhiruo 梦瑶|Mengyao",
    "褚|Chu 缑|Gou 邝|Kuang 亓|Qi 阮|Ruan 卞|Bian",
    ["北关街", "南锣鼓巷", "织造府路", "书院街", "盐仓弄"],
    [("江苏省扬州市广陵区", "225002"), ("浙江省绍兴市越城区", "312000"), ("山西省平遥县", "031100"), ("安徽省黄山市屯溪区", "245000")],
    ident=("cn_resident_id", "身份证号"), iban=False)
loc("JP", "ja", "悠真|Yuma 蒼空|Sora 颯太|Sota 湊|Minato 樹|Itsuki 律|Ritsu",
    "紬|Tsumugi 灯|Akari 葵衣|Aoi 詩織|Shiori 紗希|Saki 織葉|Oriha",
    "鶴見|Tsurumi 榊原|Sakakibara 東雲|Shinonome 古賀|Koga 柳瀬|Yanase 葛城|Katsuragi",
    ["城南町", "紺屋町", "鍛冶町", "材木町", "御幸通"],
    [("石川県金沢市", "920-0981"), ("岐阜県高山市", "506-0844"), ("島根県松江市", "690-0887"), ("山形県鶴岡市", "997-0035")],
    ident=("passport", "旅券番号"), iban=False)
loc("KR", "ko", "도윤|Doyun 시우|Siu 은호|Eunho 태겸|Taegyeom 준서|Junseo 로운|Roun",
    "서아|Seoa 하은|Haeun 채원|Chaewon 여름|Yeoreum 소율|Soyul 다인|Dain",
    "육|Yuk 추|Choo 길|Gil 연|Yeon",
    ["한지길", "대장간길", "옹기골로", "향교로", "서문시장길"],
    [("전라북도 전주시 완산구", "54999"), ("경상북도 안동시", "36691"), ("충청남도 공주시", "32535"), ("강원도 강릉시", "25457")],
    ident=("passport", "여권번호"), iban=False)
loc("VN", "vi", "Thiện_Nhật Bách_Tuân Cảnh_Tiến Duệ_Huân Lĩnh_Quý Gia_Huy",
    "Nhã_Miên Thy_Nga Ánh_Nhài Hảo_Vy Kim_Thơ Mỹ_Ly",
    "Lương Ngô Đoàn Tăng Nghiêm Tống",
    ["phố Hàng Bạc", "đường Lò Rèn", "phố Hàng Thiếc", "đường Chợ Gạo", "phố Thợ Nhuộm"],
    [("quận Hoàn Kiếm, Hà Nội", "100000"), ("thành phố Huế, Thừa Thiên Huế", "530000"), ("thành phố Hội An, Quảng Nam", "560000"), ("quận 5, Thành phố Hồ Chí Minh", "700000")],
    ident=("cccd", "Số CCCD"), iban=False)
loc("BR", "pt", "Anacleto Ambrosino Epaminondas Juvenal Olegário Zeferino Policarpo Hermógenes",
    "Benedita Conceição Doralice Esmeralda Iracema Leopoldina Marieta Zulmira",
    "Bulhões Cavalcanti Rebouças Siqueira Bragança Cavalheiro Teixeira Peçanha Figueiredo Junqueira",
    ["Rua dos Ourives", "Rua do Rosário", "Travessa dos Tropeiros", "Rua da Quitanda", "Ladeira do Carmo"],
    [("Ouro Preto", "MG", "35400-000"), ("Paraty", "RJ", "23970-000"), ("Olinda", "PE", "53020-000"), ("Cachoeira", "BA", "44300-000"), ("Diamantina", "MG", "39100-000")],
    ident=("cpf", "CPF"), iban=True)
CCS = list(LOC)


# ====================================================================== values
def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def split_nr(w):
    if "|" in w:
        a, b = w.split("|")
        return a, b
    return w, ascii_fold(w)


class P:
    pass


def person(R, cc, avoid=(), female=None):
    lc = LOC[cc]
    for _ in range(200):
        f = R.random() < 0.5 if female is None else female
        g = R.choice(lc["gf"] if f else lc["gm"])
        fam = R.choice(lc["fam"])
        gn, gr = split_nr(g.replace("_", " "))
        fn, fr = split_nr(fam)
        if "/" in fn:
            m_, w_ = fn.split("/")
            fn = w_ if f else m_
        if "/" in fr:
            fr = fr.split("/")[0]
        fr = fr.split("/")[0]
        words = {w for w in set(gn.split()) | {fn} if len(w) >= 2}
        if words & set(avoid):
            continue
        p = P()
        p.cc, p.female, p.given, p.family, p.rg, p.rf = cc, f, gn, fn, gr, fr
        if cc in ("CN", "KR"):
            p.full = fn + gn
        elif cc == "JP":
            p.full = fn + " " + gn
        elif cc == "VN":
            mid = R.choice(["", "Thị " if f else "Văn "]) if R.random() < 0.5 else ""
            p.full = fn + " " + mid + gn
        else:
            p.full = gn + " " + fn
        p.words = words
        y = R.randint(1938, 2006)
        p.y, p.m, p.d = y, R.randint(1, 12), R.randint(1, 28)
        return p
    raise AssertionError("names")


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "posteo.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "telefonica.net", "hotmail.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
           "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "GR": ["yahoo.gr", "otenet.gr", "gmail.com"],
           "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"], "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
           "EG": ["yahoo.com", "gmail.com", "outlook.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"], "CN": ["qq.com", "163.com", "126.com"],
           "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"],
           "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"]}


def email_of(R, p, domain=None):
    g = ascii_fold(p.rg).lower().replace(" ", "")
    f = ascii_fold(p.rf).lower().replace(" ", "").replace("'", "")
    if domain:
        return R.choice(["%s.%s", "%s%s"]) % (g, f) if R.random() < 0.8 else "%s.%s" % (g[0], f) + "@" + domain if False else ("%s.%s@%s" % (g, f, domain) if R.random() < 0.7 else "%s%s@%s" % (g[0], f, domain))
    pat = R.choice(["{g}.{f}", "{g}{f}{n}", "{f}.{g}", "{g}_{f}", "{g0}{f}{n}", "{g}.{f}{yy}"])
    loc_ = pat.format(g=g, f=f, g0=g[0], n=R.randint(1, 99), yy="%02d" % (p.y % 100))
    return loc_ + "@" + R.choice(WEBMAIL[p.cc])


def work_email(R, p, domain):
    g = ascii_fold(p.rg).lower().replace(" ", "")
    f = ascii_fold(p.rf).lower().replace(" ", "")
    return (("%s.%s" % (g, f)) if R.random() < 0.7 else ("%s%s" % (g[0], f))) + "@" + domain


# ---------------------------------------------------------------- phones
EXTRA = {"GR": (30, lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + dg(R, 7)),
         "TR": (90, lambda R: R.choice(["530", "532", "533", "535", "541", "542", "544", "505", "506", "552", "555"]) + dg(R, 7)),
         "IL": (972, lambda R: R.choice(["50", "52", "53", "54", "58"]) + str(R.randint(2, 9)) + dg(R, 6)),
         "EG": (20, lambda R: R.choice(["10", "11", "12", "15"]) + R.choice("0123456789") + dg(R, 7)),
         "TH": (66, lambda R: R.choice(["81", "82", "84", "86", "89", "61", "62", "91", "95"]) + dg(R, 7)),
         "KR": (82, lambda R: "10" + str(R.randint(2, 9)) + dg(R, 7)),
         "VN": (84, lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98"]) + dg(R, 7))}
MOBKIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile", "IT": "mobile",
           "NL": "mobile", "PL": "mobile", "RU": "mobile", "IN": "mobile", "CN": "mobile", "JP": "mobile", "BR": "mobile"}


def phone(R, cc, intl=None):
    """(text, cc) of a personal mobile in national or +CC layout."""
    if cc in EXTRA:
        code, f = EXTRA[cc]
        n = f(R)
    else:
        code, _, _, n = phone_nsn_fixed(R, cc)
    if intl is None:
        intl = R.random() < 0.3
    if intl:
        return fmt_intl(R, cc, code, n)
    return fmt_nat(R, cc, n)


def phone_nsn_fixed(R, cc):
    code, trunk, kinds = PLANS[cc]
    return code, trunk, MOBKIND[cc], kinds[MOBKIND[cc]](R)


def fmt_nat(R, cc, n):
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "0%s %s" % (n[:4], n[4:])
    if cc == "DE":
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if cc == "FR":
        m = "0" + n
        return " ".join(m[i:i + 2] for i in range(0, 10, 2))
    if cc == "ES":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IT":
        return R.choice(["%s %s %s", "%s/%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return "06-%s" % n[1:]
    if cc == "PL":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return R.choice(["%s %s", "0%s %s", "%s-%s"]) % (n[:5], n[5:])
    if cc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    raise KeyError(cc)


def fmt_intl(R, cc, code, n):
    if cc in ("US",):
        return "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:])
    if cc == "FR":
        return "+33 %s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if cc in ("JP", "KR"):
        return "+%d %s-%s-%s" % (code, n[:2], n[2:6], n[6:])
    if cc == "NL":
        return "+31 6 %s" % n[1:]
    if R.random() < 0.2:
        return "+%d%s" % (code, n)
    return "+%d %s %s %s" % (code, n[:3], n[3:6], n[6:]) if len(n) >= 9 else "+%d %s %s" % (code, n[:3], n[3:])


# ---------------------------------------------------------------- dates of birth
def dob(R, p):
    cc, y, m, d = p.cc, p.y, p.m, p.d
    r = R.random()
    if cc == "US":
        return "%02d/%02d/%d" % (m, d, y) if r < 0.7 else "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if cc == "GB":
        return "%02d/%02d/%d" % (d, m, y) if r < 0.6 else "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if cc in ("DE", "PL", "RU", "TR", "IL", "GR"):
        if cc == "DE" and r < 0.3:
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%02d.%02d.%d" % (d, m, y) if cc != "GR" else "%d/%d/%d" % (d, m, y)
    if cc in ("FR", "ES", "IT", "BR"):
        lg = {"FR": "fr", "ES": "es", "IT": "it", "BR": "pt"}[cc]
        if r < 0.3:
            return ("%d de %s de %d" if cc in ("ES", "BR") else "%d %s %d") % (d, MONTHS[lg][m - 1], y)
        return "%02d/%02d/%d" % (d, m, y)
    if cc == "NL":
        return "%02d-%02d-%d" % (d, m, y) if r < 0.7 else "%d %s %d" % (d, MONTHS["nl"][m - 1], y)
    if cc == "IN":
        return "%02d-%02d-%d" % (d, m, y)
    if cc == "EG":
        return "%02d/%02d/%d" % (d, m, y)
    if cc == "TH":
        return "%d/%d/%d" % (d, m, y + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d) if r < 0.6 else "%d-%02d-%02d" % (y, m, d)
    if cc == "KR":
        return "%d. %d. %d." % (y, m, d)
    if cc == "VN":
        return "%02d/%02d/%d" % (d, m, y)
    raise KeyError(cc)


def dob_iso(p):
    return "%d-%02d-%02d" % (p.y, p.m, p.d)


# ---------------------------------------------------------------- addresses
def address(R, cc):
    lc = LOC[cc]
    st = R.choice(lc["streets"])
    t = R.choice(lc["towns"])
    n = R.randint(2, 188)
    if cc == "US":
        return "%d %s, %s %s %s" % (n * 7 + 11, st, t[0], t[1], t[2]) if R.random() < 0.7 else "%d %s Apt %d, %s, %s %s" % (n * 3, st, R.randint(2, 30), t[0], t[1], t[2])
    if cc == "GB":
        return "%d %s, %s %s" % (n, st, t[0], t[1])
    if cc in ("DE",):
        return "%s %d, %s %s" % (st, n % 90 + 1, t[1], t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n % 60 + 1, R.choice(["", "", " bis"]), st, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s %s" % (st, n % 70 + 1, R.randint(1, 6), R.choice("ABCD"), t[1], t[0])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n % 80 + 1, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d, %s %s" % (st, n % 120 + 1, t[1], t[0])
    if cc == "PL":
        return "%s %d/%d, %s %s" % (st, n % 50 + 1, R.randint(1, 40), t[1], t[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, г. %s, %s" % (st, n % 60 + 1, R.randint(1, 120), t[0], t[1])
    if cc == "GR":
        return "%s %d, %s %s" % (st, n % 70 + 1, t[1], t[0])
    if cc == "TR":
        return "%s No: %d D: %d, %s %s/%s" % (st, n % 60 + 1, R.randint(1, 12), t[2], t[0], t[1])
    if cc == "IL":
        return "%s %d, %s %s" % (st, n % 50 + 1, t[0], t[1])
    if cc == "EG":
        return "%d %s، %s، محافظة %s" % (n % 90 + 1, st, t[0], t[1])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, %s - %s" % (n, st, t[0], t[1], t[2])
    if cc == "TH":
        return "%d/%d %s %s %s" % (n, R.randint(1, 40), st, t[0], t[1])
    if cc == "CN":
        return "%s%s%d号%d室" % (t[0], st, n % 90 + 1, R.randint(1, 6) * 100 + R.randint(1, 9))
    if cc == "JP":
        return "〒%s %s%s%d-%d" % (t[1], t[0], st, R.randint(1, 5), n % 30 + 1)
    if cc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, n % 90 + 1, R.randint(101, 110), R.randint(101, 1503))
    if cc == "VN":
        return "số %d %s, %s" % (n % 120 + 1, st, t[0])
    if cc == "BR":
        return "%s, %d, %s - %s, CEP %s" % (st, n, t[0], t[1], t[2])
    raise KeyError(cc)


# ---------------------------------------------------------------- ids
def gov_id(R, p, kind=None):
    cc = p.cc
    kind = kind or LOC[cc]["ident"][0]
    if kind == "passport":
        return passport_make(R, cc), "passport"
    if kind == "ssn":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if kind == "nino":
        a, b, c = nino_random(R)
        return R.choice(["%s%s%s", "%s %s %s"]) % (a, " ".join([b[:2], b[2:4], b[4:]]) if R.random() < 0.5 else b, c) if False else ("%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c) if R.random() < 0.5 else a + b + c), "nino"
    if kind == "steuer":
        s = steuerid_random(R)
        return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]), "steuer_id"
    if kind == "ausweis":
        return de_ausweis_make(R), "de_id_card"
    if kind == "nir":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=p.y % 100, mm=p.m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if kind == "dni":
        n, l = dni_random(R)
        return n + l if R.random() < 0.6 else n + "-" + l, "dni"
    if kind == "codice_fiscale":
        bel = R.choice(["D150", "L500", "I804", "A794", "M082"])
        return cf_make(p.rf, p.rg, p.y % 100, p.m, p.d, p.female, bel), "codice_fiscale"
    if kind == "bsn":
        s = bsn_random(R)
        return s if R.random() < 0.6 else "%s.%s.%s" % (s[:4], s[4:6], s[6:]), "bsn"
    if kind == "pesel":
        return pesel_make(R, p.y, p.m, p.d, p.female), "pesel"
    if kind == "snils":
        return snils_make(R), "snils"
    if kind == "amka":
        return amka_make(R, p.y, p.m, p.d), "amka"
    if kind == "tckn":
        return tckn_make(R), "tckn"
    if kind == "teudat_zehut":
        return tz_make(R), "teudat_zehut"
    if kind == "aadhaar":
        s = aadhaar_random(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "aadhaar"
    if kind == "thai_id":
        return thai_make(R), "thai_id"
    if kind == "cn_resident_id":
        return cnid_make(R, p.y, p.m, p.d, p.female), "cn_resident_id"
    if kind == "cccd":
        return cccd_make(R, p.y, p.female), "cccd"
    if kind == "cpf":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    raise KeyError(kind)


def id_ok(v, sub):
    c = re.sub(r"[\s.\-]", "", v)
    return {"ssn": lambda: ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:])),
            "nino": lambda: c[:2] not in NINO_BAD_PREFIX and c[-1] in "ABCD" and len(c) == 9,
            "de_id_card": lambda: icao_check(c[:9]) == c[9], "steuer_id": lambda: steuerid_ok(c),
            "nir": lambda: nir_ok(c[:13], c[13:]),
            "dni": lambda: DNI_LETTERS[int(c[:8]) % 23] == c[8],
            "codice_fiscale": lambda: cf_check(c[:15]) == c[15],
            "bsn": lambda: bsn_ok(c), "pesel": lambda: pesel_ok(c), "snils": lambda: snils_ok(v),
            "amka": lambda: luhn_ok(c) and len(c) == 11, "tckn": lambda: tckn_ok(c), "teudat_zehut": lambda: tz_ok(c),
            "aadhaar": lambda: verhoeff_ok(c), "thai_id": lambda: thai_ok(v), "cn_resident_id": lambda: cnid_ok(c),
            "cccd": lambda: len(c) == 12, "cpf": lambda: cpf_ok(c), "passport": lambda: len(c) >= 8}[sub]()


def iban_fmt(R, cc):
    ib = iban_random(R, cc)
    r = R.random()
    if r < 0.6:
        return group(ib, 4, " ")
    if r < 0.8:
        return ib
    return group(ib, 4, "\u00a0")


def card_fmt(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "jcb", "maestro", "discover"])
    if iss == "maestro":
        c = luhn_complete(R.choice(["5018", "6759", "6304"]) + dg(R, 11))
        iss = "maestro"
    else:
        c = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    return sep.join(split_groups(c, card_grouping(len(c)))), iss


def public_ip(R):
    while True:
        a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.randint(11, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global:
            return str(a)


def public_ip6(R):
    while True:
        a = ipaddress.IPv6Address("2a0%d:%x:%x:%x::%x" % (R.randint(0, 9), R.randint(0x1000, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)))
        if a.is_global:
            return str(a)


# ====================================================================== institutions, labels, requests
# (library, museum, archive, domain, switchboard, eponymous room/wing, city of the institution)
INST = {
    "US": ("Marrowbone Creek Public Library", "Tallowford Loom Museum", "Cattaraugus County Historical Archive", "marrowbonelibrary.org", "(716) 555-0148", "the Frederick Douglass Reading Room"),
    "GB": ("Sheepwash Bridge Library", "Ropewalk Museum of Working Life", "Fenmarsh Record Office", "fenmarsh-heritage.org.uk", "01632 960 418", "the Brontë Gallery"),
    "DE": ("Stadtbibliothek Kressbach", "Museum für Zinngießerei Altwerder", "Kreisarchiv Hohenlinde", "kulturwerk-altwerder.de", "030 1204 7788", "der Lessing-Lesesaal"),
    "FR": ("Médiathèque des Moulins-Bas", "Musée de la Faïence de Roquebrise", "Archives communales de Vallon-Sec", "culture-roquebrise.fr", "04 67 00 21 84", "la salle Colette"),
    "ES": ("Biblioteca Municipal La Alcazaba Chica", "Museo del Encaje de Villarejo", "Archivo Histórico Comarcal de Valdecorzo", "patrimonio-valdecorzo.es", "912 000 417", "la sala Emilia Pardo Bazán"),
    "IT": ("Biblioteca civica del Borgo Cartaio", "Museo della Seta di Val Briana", "Archivio storico comunale di Roccafonda", "cultura-valbriana.it", "0372 000 418", "la sala Giacomo Leopardi"),
    "NL": ("Bibliotheek De Lakenhal-Noord", "Tegelmuseum Het Wedderhuis", "Streekarchief Lingewaard-Oost", "erfgoed-wedderhuis.nl", "0570 000 418", "de Multatulizaal"),
    "PL": ("Biblioteka Miejska „Pod Wieżą Ciśnień”", "Muzeum Garncarstwa w Iłży Dolnej", "Archiwum Państwowe w Zawichoście", "kultura-ilza.pl", "22 000 04 18", "czytelnia im. Elizy Orzeszkowej"),
    "RU": ("Библиотека «Листопадная»", "Музей ремёсел «Слобода»", "Областной архив г. Заречинска", "sloboda-muzey.ru", "8 (800) 000-04-18", "зал имени Н. В. Гоголя"),
    "GR": ("Δημοτική Βιβλιοθήκη Πλατάνου", "Λαογραφικό Μουσείο Αργυρόλιθου", "Ιστορικό Αρχείο Μεσοχωρίου", "argyrolithos-museum.gr", "210 000 0418", "η αίθουσα Κ. Π. Καβάφη"),
    "TR": ("Çınaraltı Halk Kütüphanesi", "Bakırhane Müzesi", "Kemerli Kent Arşivi", "bakirhanemuzesi.org.tr", "0212 000 04 18", "Yunus Emre Okuma Salonu"),
    "IL": ("ספריית עין הדקל", "מוזיאון הפסיפס גבעת אלונים", "ארכיון המושבה בית הבאר", "givat-alonim-museum.org.il", "03-000-0418", "אולם ש״י עגנון"),
    "EG": ("مكتبة السنديانة العامة", "متحف الفخار بالفسطاط الجديد", "دار محفوظات الواحة", "fakhar-museum.eg", "02 0000 0418", "قاعة نجيب محفوظ"),
    "IN": ("नगर पुस्तकालय पीपलवाड़ी", "हस्तशिल्प संग्रहालय कुंभारगढ़", "ज़िला अभिलेखागार सरोवरनगर", "kumbhargarh-museum.in", "0253 000 0418", "रवींद्रनाथ टैगोर वाचनालय"),
    "TH": ("ห้องสมุดประชาชนบ้านริมคลอง", "พิพิธภัณฑ์ผ้าทอบ้านหนองบัวแดง", "หอจดหมายเหตุเมืองเก่าท่าน้ำ", "baanrimklong-library.or.th", "02-000-0418", "ห้องอ่านสุนทรภู่"),
    "CN": ("青石巷社区图书馆", "运河织造博物馆", "古渡口档案馆", "yunhe-museum.cn", "400-000-0418", "鲁迅阅览室"),
    "JP": ("みずほ台市立図書館", "藍染資料館", "桜川町文書館", "aizome-shiryokan.jp", "0120-000-418", "漱石記念閲覧室"),
    "KR": ("느티나무 작은도서관", "옹기 민속박물관", "강변 기록관", "onggi-museum.or.kr", "1588-0418", "윤동주 열람실"),
    "VN": ("Thư viện phường Cầu Ván", "Bảo tàng Gốm Bến Sành", "Trung tâm Lưu trữ Làng Đá", "baotanggom-bensanh.vn", "1900 0418", "phòng đọc Nguyễn Du"),
    "BR": ("Biblioteca Pública do Largo da Cisterna", "Museu do Barro de Pedra Lisa", "Arquivo Histórico de Vila Serrinha", "museudobarro-pedralisa.org.br", "(31) 3000-0418", "a sala Machado de Assis"),
}

# field labels: name, dob, address, phone, email, id, reader/member number, signed by, date
FL = {
    "en": ("Name", "Date of birth", "Address", "Mobile", "Email", "Member no.", "Checked by", "Date"),
    "de": ("Name", "Geburtsdatum", "Anschrift", "Mobil", "E-Mail", "Ausweis-Nr. Bibliothek", "Geprüft von", "Datum"),
    "fr": ("Nom", "Date de naissance", "Adresse", "Portable", "Courriel", "N° de carte", "Vérifié par", "Date"),
    "es": ("Nombre", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "N.º de carné", "Revisado por", "Fecha"),
    "it": ("Nome", "Data di nascita", "Indirizzo", "Cellulare", "E-mail", "N. tessera", "Verificato da", "Data"),
    "nl": ("Naam", "Geboortedatum", "Adres", "Mobiel", "E-mail", "Pasnummer", "Gecontroleerd door", "Datum"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon", "E-mail", "Nr karty", "Sprawdził(a)", "Data"),
    "ru": ("ФИО", "Дата рождения", "Адрес", "Телефон", "E-mail", "№ читательского билета", "Проверил(а)", "Дата"),
    "el": ("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Κινητό", "E-mail", "Αρ. κάρτας", "Έλεγχος", "Ημερομηνία"),
    "tr": ("Ad Soyad", "Doğum tarihi", "Adres", "Cep", "E-posta", "Üye no", "Kontrol eden", "Tarih"),
    "he": ("שם", "תאריך לידה", "כתובת", "נייד", "דוא\"ל", "מס' מנוי", "נבדק ע\"י", "תאריך"),
    "ar": ("الاسم", "تاريخ الميلاد", "العنوان", "الموبايل", "البريد", "رقم العضوية", "راجعه", "التاريخ"),
    "hi": ("नाम", "जन्म तिथि", "पता", "मोबाइल", "ईमेल", "सदस्य संख्या", "जाँचकर्ता", "दिनांक"),
    "th": ("ชื่อ-สกุล", "วันเกิด", "ที่อยู่", "มือถือ", "อีเมล", "เลขสมาชิก", "ผู้ตรวจ", "วันที่"),
    "zh": ("姓名", "出生日期", "地址", "手机", "邮箱", "读者证号", "核对人", "日期"),
    "ja": ("氏名", "生年月日", "住所", "携帯", "メール", "利用者番号", "確認者", "日付"),
    "ko": ("성명", "생년월일", "주소", "휴대폰", "이메일", "회원번호", "확인자", "날짜"),
    "vi": ("Họ tên", "Ngày sinh", "Địa chỉ", "Di động", "Email", "Số thẻ", "Người kiểm tra", "Ngày"),
    "pt": ("Nome", "Data de nascimento", "Endereço", "Celular", "E-mail", "Nº de leitor", "Conferido por", "Data"),
}

# three requests per language: check / summarise / reply-or-table
REQ = {
    "en": ["Can you check this for anything missing before I file it?", "Summarise this in three bullet points for the collections meeting.",
           "Help me draft a polite reply to this.", "Turn this into a tidy table, one row per person.", "What should I take out before I send this to the volunteers' group?"],
    "de": ["Kannst du das prüfen, bevor ich es ablege?", "Fass das bitte in drei Punkten für die Teambesprechung zusammen.", "Hilf mir bitte, eine freundliche Antwort zu formulieren."],
    "fr": ["Tu peux vérifier qu'il ne manque rien avant que je classe ça ?", "Résume-moi ceci en trois points pour la réunion d'équipe.", "Aide-moi à rédiger une réponse courtoise."],
    "es": ["¿Puedes revisar esto antes de archivarlo?", "Resúmeme esto en tres puntos para la reunión de equipo.", "Ayúdame a redactar una respuesta amable."],
    "it": ["Puoi controllare che non manchi niente prima che lo archivi?", "Riassumi in tre punti per la riunione del personale.", "Aiutami a scrivere una risposta cortese."],
    "nl": ["Kun je dit nakijken voordat ik het opberg?", "Vat dit samen in drie punten voor het teamoverleg.", "Help me een vriendelijk antwoord op te stellen."],
    "pl": ["Możesz to sprawdzić, zanim odłożę do segregatora?", "Streść to w trzech punktach na zebranie zespołu.", "Pomóż mi napisać uprzejmą odpowiedź."],
    "ru": ["Проверь, пожалуйста, всё ли заполнено, прежде чем я подошью.", "Сделай краткое резюме в трёх пунктах для планёрки.", "Помоги составить вежливый ответ."],
    "el": ["Μπορείς να το ελέγξεις πριν το αρχειοθετήσω;", "Κάνε μου μια σύνοψη σε τρία σημεία για τη σύσκεψη.", "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    "tr": ["Dosyalamadan önce eksik var mı kontrol eder misin?", "Bunu ekip toplantısı için üç maddede özetler misin?", "Kibar bir yanıt yazmama yardım et."],
    "he": ["תוכל לבדוק שלא חסר כלום לפני שאני מתייק?", "תסכם לי את זה בשלוש נקודות לישיבת הצוות.", "תעזור לי לנסח תשובה מנומסת."],
    "ar": ["ممكن تراجع هذا قبل ما أحفظه في الملف؟", "لخّص هذا في ثلاث نقاط لاجتماع الفريق.", "ساعدني أكتب ردًا مهذبًا."],
    "hi": ["फ़ाइल करने से पहले इसे जाँच दो, कुछ छूटा तो नहीं?", "टीम मीटिंग के लिए इसे तीन बिंदुओं में सारांशित करो।", "एक विनम्र जवाब लिखने में मदद करो।"],
    "th": ["ช่วยตรวจก่อนเก็บเข้าแฟ้มหน่อยว่าขาดอะไรไหม", "สรุปเป็นสามข้อสำหรับประชุมทีมหน่อย", "ช่วยร่างคำตอบสุภาพให้หน่อย"],
    "zh": ["归档之前帮我检查一下有没有漏填的？", "帮我把这个总结成三点，开组会用。", "帮我写一封礼貌的回复。"],
    "ja": ["ファイルする前に漏れがないか確認してもらえますか。", "チーム会議用に三点で要約してください。", "丁寧な返信の文面を考えてください。"],
    "ko": ["철하기 전에 빠진 게 없는지 확인해 줘.", "팀 회의용으로 세 줄 요약해 줘.", "정중한 답장 초안 좀 써 줘."],
    "vi": ["Kiểm tra giúp em xem còn thiếu gì trước khi lưu hồ sơ nhé.", "Tóm tắt giúp em thành ba ý cho buổi họp nhóm.", "Giúp em soạn một câu trả lời lịch sự."],
    "pt": ["Pode conferir se falta alguma coisa antes de eu arquivar?", "Resume isto em três pontos para a reunião da equipe.", "Me ajuda a escrever uma resposta educada?"],
}


def wrap(R, lang, body, en=False):
    """Puts a request line in the text's language before or after the paste."""
    q = R.choice(REQ["en" if en else lang])
    k = R.randint(0, 4)
    if k == 0:
        return [q + "\n\n", body]
    if k == 1:
        return [body, "\n\n" + q]
    if k == 2:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [q + "\n---\n", body]
    return [q + "\n```\n", body, "\n```"]


# ====================================================================== look-alikes
def fill(fmt, **kw):
    """Splits fmt on {key} and puts kw[key] (a string, L or N) in place."""
    out = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", fmt)):
        if i % 2 == 0:
            if part:
                out.append(part)
        else:
            out.append(kw[part])
    return out


def isbn13(R):
    while True:
        b = "978" + str(R.randint(0, 9)) + dg(R, 8)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        s = b + str(c)
        if not luhn_ok(s):
            return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def issn(R):
    b = "%04d%03d" % (R.randint(1000, 9999), R.randint(0, 999))
    c = (11 - sum(int(x) * (8 - i) for i, x in enumerate(b)) % 11) % 11
    return "%s-%s%s" % (b[:4], b[4:], "X" if c == 10 else str(c))


def barcode(R):
    while True:
        s = "3" + "%04d" % R.randint(1000, 9999) + dg(R, 9)
        if not luhn_ok(s):
            return s


def call_number(R):
    return R.choice(["%d.%02d %s" % (R.randint(100, 999), R.randint(1, 99), R.choice(["HAV", "TWE", "OLM", "KRU", "BAS"])),
                     "%s%d.%d .%s%d %d" % (R.choice(["PR", "QA", "ND", "DA", "PN"]), R.randint(10, 9999), R.randint(1, 9), R.choice("BCKMS"), R.randint(10, 99), R.randint(1968, 2024)),
                     "MS. %s %s. %d" % (R.choice(["Eng.", "Lat.", "Add."]), R.choice("bcde"), R.randint(10, 4999)),
                     "Box %d, folio %d%s" % (R.randint(1, 80), R.randint(1, 300), R.choice(["r", "v", ""]))])


def accession(R):
    return R.choice(["%d.%d.%d" % (R.randint(1951, 2024), R.randint(1, 400), R.randint(1, 30)),
                     "Inv. %d/%d" % (R.randint(100, 9999), R.randint(1975, 2023)),
                     "OBJ-%d-%04d" % (R.randint(1990, 2025), R.randint(1, 9999)),
                     "ACC %d.%03d" % (R.randint(1990, 2024), R.randint(1, 999))])


def cat_ref(R):
    return R.choice(["D/%s/%d/%d" % (R.choice(["PAR", "EST", "QS", "MIL"]), R.randint(1, 40), R.randint(1, 99)),
                     "Fonds %d, série %s %d" % (R.randint(1, 90), R.choice("ABCEJ"), R.randint(1, 900)),
                     "Best. %d Nr. %d" % (R.randint(1, 400), R.randint(1, 9000)),
                     "RG %d.%d.%d" % (R.randint(1, 90), R.randint(1, 30), R.randint(1, 20))])


def exhibit_dates(R):
    y = R.randint(2025, 2027)
    return "%d %s – %d %s %d" % (R.randint(1, 28), MONTHS["en"][R.randint(0, 5)], R.randint(1, 28), MONTHS["en"][R.randint(6, 11)], y)


# famous authors, artists, historical figures and sitters (look-alikes), and works with names
FAMOUS = ["Jane Austen", "Rembrandt van Rijn", "Queen Victoria", "Charles Dickens", "Artemisia Gentileschi",
          "Albrecht Dürer", "Frida Kahlo", "Leo Tolstoy", "Hokusai", "Rabindranath Tagore", "Johannes Vermeer",
          "Isambard Kingdom Brunel", "Emily Dickinson", "Caravaggio", "Hans Christian Andersen", "Marie Curie"]
WORKS = ["Emma (first edition, 1815)", "Portrait of a Young Woman, c. 1632", "The Old Curiosity Shop (Chapman & Hall, 1841)",
         "Judith Slaying Holofernes (print)", "Anna Karenina (Moscow, 1878)", "Self-Portrait with Thorn Necklace (reproduction)",
         "Girl with a Pearl Earring (poster, shop stock)", "Madame Bovary (Paris, 1857)", "Don Quixote (Madrid, 1605 facsimile)",
         "Oliver Twist (serial parts)", "Pippi Longstocking (translated edition)", "Jane Eyre (Smith, Elder & Co., 1847)"]
WORDS = ["Will the reading room reopen before the half-term rush?", "Grace period for returns runs to Saturday.",
         "Page 14 of the register is torn at the corner.", "Story time moves to the garden room this week.",
         "Reading glasses left at the issue desk go to lost property.", "Hall B is closed for the plinth delivery.",
         "Mark the crates fragile on both long sides.", "Carol singers are booked into the foyer on the 19th.",
         "Please bill the framing to the exhibition budget.", "Rose madder samples go back to the conservation studio.",
         "Dawn opening for the solstice event starts at 05:30.", "Victoria plums are not allowed in the café garden, says catering."]
PRIV_IPS = ["10.20.4.15", "192.168.10.42", "172.16.8.3", "10.0.30.7", "192.168.1.200"]
DOC_IPS = ["192.0.2.44", "198.51.100.17", "203.0.113.9", "2001:db8::2e"]
TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005"]


def ticket_no(R):
    return R.choice(["TKT-%06d" % R.randint(1, 999999), "BK%07d" % R.randint(1, 9999999), "ORD-%d-%04d" % (R.randint(2025, 2026), R.randint(1, 9999))])


def money(R, cc):
    sym = {"US": "$%d.00", "GB": "£%d.50", "DE": "%d,00 €", "FR": "%d,00 €", "ES": "%d,00 €", "IT": "€ %d,00", "NL": "€ %d,00",
           "PL": "%d,00 zł", "RU": "%d ₽", "GR": "%d,00 €", "TR": "%d,00 TL", "IL": "₪%d", "EG": "%d ج.م", "IN": "₹%d",
           "TH": "%d บาท", "CN": "¥%d", "JP": "%d円", "KR": "%d원", "VN": "%d.000 đ", "BR": "R$ %d,00"}[cc]
    return sym % R.randint(2, 480)


# per-language text: chat frames, notice sentences, oral-history lines
LT = {
    "en": dict(hi="Hi, this is {name}, I booked tickets for Saturday but my card was charged twice.", ask="Sorry about that! Could you give me the email on the booking?",
               give="Sure, it's {v}", card="It was this card: {v}", bye="Thanks, refund is on its way. {name}, Visitor Services",
               notice="Our records show the following items are overdue. Please return or renew them.",
               oh1="Can you tell me about the mill where your family worked?", oh2="My aunt {name} started there at fourteen, she ran the carding room.", oh3="We lived at {addr} then, right by the canal."),
    "de": dict(hi="Hallo, hier ist {name}, ich habe Tickets für Samstag gebucht, aber die Karte wurde doppelt belastet.", ask="Das tut mir leid! Welche E-Mail-Adresse steht in der Buchung?",
               give="Klar, {v}", card="Es war diese Karte: {v}", bye="Danke, die Erstattung ist veranlasst. {name}, Besucherservice",
               notice="Laut unseren Unterlagen ist die Leihfrist folgender Medien überschritten. Bitte geben Sie sie zurück oder verlängern Sie sie.",
               oh1="Erzählen Sie mir von der Gießerei, in der Ihre Familie gearbeitet hat?", oh2="Mein Onkel {name} fing dort mit vierzehn an, er war später Meister.", oh3="Wir wohnten damals in der {addr}, gleich am Kanal."),
    "fr": dict(hi="Bonjour, c'est {name}, j'ai réservé pour samedi mais ma carte a été débitée deux fois.", ask="Désolé ! Quelle adresse e-mail figure sur la réservation ?",
               give="Bien sûr : {v}", card="C'était cette carte : {v}", bye="Merci, le remboursement est lancé. {name}, accueil des publics",
               notice="Sauf erreur de notre part, les documents suivants n'ont pas été rendus. Merci de les rapporter ou de les prolonger.",
               oh1="Parlez-moi de la faïencerie où travaillait votre famille.", oh2="Ma tante {name} y est entrée à quatorze ans, elle peignait les assiettes.", oh3="On habitait au {addr}, juste à côté du canal."),
    "es": dict(hi="Hola, soy {name}, reservé entradas para el sábado y me cobraron dos veces.", ask="¡Lo siento! ¿Qué correo aparece en la reserva?",
               give="Claro, {v}", card="Fue con esta tarjeta: {v}", bye="Gracias, ya tramitamos el reembolso. {name}, Atención al visitante",
               notice="Según nuestros registros, los siguientes ejemplares están vencidos. Le rogamos que los devuelva o los renueve.",
               oh1="¿Me cuenta cómo era el taller de encaje donde trabajaba su familia?", oh2="Mi abuela {name} entró allí con catorce años.", oh3="Vivíamos en {addr}, al lado del río."),
    "it": dict(hi="Buongiorno, sono {name}, ho prenotato per sabato ma la carta è stata addebitata due volte.", ask="Mi scusi! Quale e-mail c'è sulla prenotazione?",
               give="Certo, {v}", card="Era questa carta: {v}", bye="Grazie, il rimborso è partito. {name}, Servizi al pubblico",
               notice="Dai nostri registri risultano scaduti i prestiti dei seguenti documenti. La preghiamo di restituirli o rinnovarli.",
               oh1="Mi racconta della filanda dove lavorava la sua famiglia?", oh2="Mia zia {name} ci entrò a quattordici anni.", oh3="Abitavamo in {addr}, vicino al canale."),
    "nl": dict(hi="Hoi, met {name}, ik heb kaartjes voor zaterdag geboekt maar mijn kaart is twee keer belast.", ask="Vervelend! Welk e-mailadres staat bij de boeking?",
               give="Ja hoor, {v}", card="Het was deze kaart: {v}", bye="Dank je, de terugbetaling staat klaar. {name}, Publieksservice",
               notice="Volgens onze administratie zijn de volgende materialen te laat. Wilt u ze inleveren of verlengen?",
               oh1="Kunt u vertellen over de tegelbakkerij waar uw familie werkte?", oh2="Mijn tante {name} begon daar op haar veertiende.", oh3="We woonden toen op {addr}, vlak bij de gracht."),
    "pl": dict(hi="Dzień dobry, tu {name}, kupiłem bilety na sobotę, a karta została obciążona dwa razy.", ask="Przepraszamy! Jaki e-mail jest w rezerwacji?",
               give="Proszę: {v}", card="To była ta karta: {v}", bye="Dziękuję, zwrot zlecony. {name}, Obsługa zwiedzających",
               notice="Zgodnie z naszą ewidencją termin zwrotu poniższych pozycji minął. Prosimy o zwrot lub prolongatę.",
               oh1="Proszę opowiedzieć o warsztacie garncarskim, w którym pracowała rodzina.", oh2="Mój dziadek {name} pracował tam od czternastego roku życia.", oh3="Mieszkaliśmy wtedy przy {addr}."),
    "ru": dict(hi="Здравствуйте, это {name}, я купил билеты на субботу, а деньги списали дважды.", ask="Приносим извинения! Какой e-mail указан в заказе?",
               give="Да, {v}", card="Вот эта карта: {v}", bye="Спасибо, возврат оформлен. {name}, служба посетителей",
               notice="По нашим данным, срок возврата следующих изданий истёк. Просим вернуть или продлить их.",
               oh1="Расскажите о мастерской, где работала ваша семья.", oh2="Моя тётя {name} пришла туда в четырнадцать лет.", oh3="Мы жили тогда по адресу {addr}."),
    "el": dict(hi="Γεια σας, είμαι ο/η {name}, έκλεισα εισιτήρια για το Σάββατο αλλά η κάρτα χρεώθηκε δύο φορές.", ask="Λυπούμαστε! Ποιο e-mail έχει η κράτηση;",
               give="Βεβαίως, {v}", card="Ήταν αυτή η κάρτα: {v}", bye="Ευχαριστούμε, η επιστροφή έγινε. {name}, Εξυπηρέτηση επισκεπτών",
               notice="Σύμφωνα με τα αρχεία μας, τα παρακάτω τεκμήρια είναι εκπρόθεσμα. Παρακαλούμε επιστρέψτε ή ανανεώστε τα.",
               oh1="Πείτε μου για το εργαστήριο όπου δούλευε η οικογένειά σας.", oh2="Η θεία μου η {name} μπήκε εκεί δεκατεσσάρων χρονών.", oh3="Μέναμε τότε στην {addr}."),
    "tr": dict(hi="Merhaba, ben {name}, cumartesi için bilet aldım ama kartımdan iki kez çekildi.", ask="Çok özür dileriz! Rezervasyondaki e-posta adresi nedir?",
               give="Tabii, {v}", card="Bu karttı: {v}", bye="Teşekkürler, iade başlatıldı. {name}, Ziyaretçi Hizmetleri",
               notice="Kayıtlarımıza göre aşağıdaki materyallerin iade süresi geçmiştir. Lütfen iade edin veya süresini uzatın.",
               oh1="Ailenizin çalıştığı bakır atölyesini anlatır mısınız?", oh2="Amcam {name} oraya on dört yaşında çırak girmiş.", oh3="O zaman {addr} adresinde otururduk."),
    "he": dict(hi="שלום, כאן {name}, הזמנתי כרטיסים לשבת והכרטיס חויב פעמיים.", ask="מצטערים! מה כתובת המייל בהזמנה?",
               give="בטח, {v}", card="זה היה הכרטיס הזה: {v}", bye="תודה, ההחזר בדרך. {name}, שירות מבקרים",
               notice="לפי רישומינו, מועד ההחזרה של הפריטים הבאים עבר. נא להחזיר או להאריך.",
               oh1="ספרי לי על בית המלאכה שבו עבדה המשפחה.", oh2="דודה שלי {name} התחילה לעבוד שם בגיל ארבע עשרה.", oh3="גרנו אז ב{addr}."),
    "ar": dict(hi="مرحبًا، معك {name}، حجزت تذاكر ليوم السبت لكن البطاقة اتخصمت مرتين.", ask="نعتذر جدًا! ما البريد الإلكتروني المسجل في الحجز؟",
               give="أكيد، {v}", card="كانت هذه البطاقة: {v}", bye="شكرًا، تم تحويل المبلغ المسترد. {name}، خدمة الزوار",
               notice="تشير سجلاتنا إلى تأخر إرجاع المواد التالية. برجاء إرجاعها أو تجديدها.",
               oh1="احكِ لي عن ورشة الفخار التي كانت تعمل فيها عائلتك.", oh2="عمي {name} بدأ العمل هناك في الرابعة عشرة.", oh3="كنا نسكن وقتها في {addr}."),
    "hi": dict(hi="नमस्ते, मैं {name} बोल रहा हूँ, शनिवार के टिकट बुक किए थे पर कार्ड से दो बार पैसे कट गए।", ask="माफ़ कीजिए! बुकिंग में कौन-सा ईमेल है?",
               give="जी, {v}", card="यह कार्ड था: {v}", bye="धन्यवाद, रिफ़ंड शुरू हो गया है। {name}, आगंतुक सेवा",
               notice="हमारे रिकॉर्ड के अनुसार निम्नलिखित पुस्तकें वापसी की तारीख़ पार कर चुकी हैं। कृपया लौटाएँ या नवीनीकरण कराएँ।",
               oh1="आपके परिवार की कुम्हार कार्यशाला के बारे में बताइए।", oh2="मेरे चाचा {name} चौदह साल की उम्र में वहाँ काम करने लगे।", oh3="हम तब {addr} में रहते थे।"),
    "th": dict(hi="สวัสดีค่ะ {name} นะคะ จองบัตรวันเสาร์แต่บัตรเครดิตถูกตัดเงินสองครั้ง", ask="ขออภัยค่ะ อีเมลที่ใช้จองคืออะไรคะ",
               give="ได้ค่ะ {v}", card="ใช้บัตรนี้ค่ะ {v}", bye="ขอบคุณค่ะ ดำเนินการคืนเงินแล้ว {name} ฝ่ายบริการผู้เข้าชม",
               notice="ตามบันทึกของห้องสมุด รายการต่อไปนี้เกินกำหนดส่งคืนแล้ว กรุณาส่งคืนหรือยืมต่อ",
               oh1="ช่วยเล่าเรื่องโรงทอผ้าที่ครอบครัวเคยทำงานหน่อย", oh2="ป้าของฉัน {name} เริ่มทำงานที่นั่นตอนอายุสิบสี่", oh3="ตอนนั้นเราอยู่ที่ {addr}"),
    "zh": dict(hi="你好，我是{name}，订了周六的票，但是银行卡被扣了两次。", ask="非常抱歉！订单上的邮箱是哪个？",
               give="好的，{v}", card="用的是这张卡：{v}", bye="谢谢，退款已经提交。{name}，观众服务部",
               notice="根据我们的记录，以下图书已超过归还期限，请尽快归还或续借。",
               oh1="请您讲讲家里以前做工的织造坊。", oh2="我姑姑{name}十四岁就进了织造坊。", oh3="那时候我们住在{addr}。"),
    "ja": dict(hi="こんにちは、{name}です。土曜のチケットを予約したらカードが二重に請求されました。", ask="大変申し訳ございません。ご予約のメールアドレスを教えていただけますか。",
               give="はい、{v}です", card="このカードです：{v}", bye="ありがとうございます。返金手続きを行いました。{name}（来館者サービス）",
               notice="記録によると、以下の資料の返却期限が過ぎています。返却または延長の手続きをお願いします。",
               oh1="ご家族が働いていた染め工房について聞かせてください。", oh2="叔母の{name}が十四歳で工房に入りました。", oh3="当時は{addr}に住んでいました。"),
    "ko": dict(hi="안녕하세요, {name}입니다. 토요일 티켓을 예매했는데 카드가 두 번 결제됐어요.", ask="불편을 드려 죄송합니다! 예매하신 이메일 주소가 어떻게 되나요?",
               give="네, {v}", card="이 카드였어요: {v}", bye="감사합니다, 환불 처리했습니다. {name}, 관람객 서비스팀",
               notice="기록상 아래 자료의 반납 기한이 지났습니다. 반납하시거나 대출을 연장해 주세요.",
               oh1="가족분들이 일하셨던 옹기 공방 이야기를 들려주세요.", oh2="저희 고모 {name}이 열네 살에 공방에 들어가셨어요.", oh3="그때는 {addr}에 살았어요."),
    "vi": dict(hi="Chào bạn, mình là {name}, mình đặt vé thứ Bảy mà thẻ bị trừ tiền hai lần.", ask="Rất xin lỗi ạ! Email trong đơn đặt vé là gì ạ?",
               give="Dạ, {v}", card="Là thẻ này: {v}", bye="Cảm ơn bạn, đã hoàn tiền. {name}, Dịch vụ khách tham quan",
               notice="Theo hồ sơ của thư viện, các tài liệu sau đã quá hạn trả. Vui lòng trả hoặc gia hạn.",
               oh1="Bác kể cho cháu về lò gốm nơi gia đình bác từng làm nhé.", oh2="Cô tôi là {name} vào lò từ năm mười bốn tuổi.", oh3="Hồi đó nhà tôi ở {addr}."),
    "pt": dict(hi="Oi, aqui é {name}, comprei ingressos para sábado mas o cartão foi cobrado duas vezes.", ask="Sinto muito! Qual e-mail está na reserva?",
               give="Claro, {v}", card="Foi este cartão: {v}", bye="Obrigado, o estorno já foi pedido. {name}, Atendimento ao visitante",
               notice="Segundo nossos registros, os itens abaixo estão em atraso. Por favor, devolva ou renove.",
               oh1="Me conte da olaria onde sua família trabalhava.", oh2="Minha tia {name} entrou lá com catorze anos.", oh3="A gente morava na {addr}."),
}

# school-visit e-mail bodies per language
SCHOOL = {
    "en": "Hello,\n\nI'd like to confirm our visit on {date} with {n} pupils. We'd love the workshop on {fam} in {room}.\n{card}On the day you can reach me on {phone}.\n\nBest wishes,\n{name}",
    "de": "Guten Tag,\n\nhiermit bestätige ich unseren Besuch am {date} mit {n} Schülerinnen und Schülern. Wir wünschen uns den Workshop zu {fam} im {room}.\n{card}Am Besuchstag bin ich unter {phone} erreichbar.\n\nViele Grüße\n{name}",
    "fr": "Bonjour,\n\nJe confirme notre visite du {date} avec {n} élèves. Nous aimerions l'atelier sur {fam} dans {room}.\n{card}Le jour J, vous pouvez me joindre au {phone}.\n\nCordialement,\n{name}",
    "es": "Hola:\n\nLes confirmo nuestra visita del {date} con {n} alumnos. Nos gustaría el taller sobre {fam} en {room}.\n{card}Ese día pueden llamarme al {phone}.\n\nUn saludo,\n{name}",
    "it": "Buongiorno,\n\nconfermo la nostra visita del {date} con {n} alunni. Vorremmo il laboratorio su {fam} nel{room}.\n{card}Il giorno della visita sono raggiungibile al {phone}.\n\nCordiali saluti,\n{name}",
    "nl": "Beste medewerker,\n\nHierbij bevestig ik ons bezoek op {date} met {n} leerlingen. We willen graag de workshop over {fam} in {room}.\n{card}Op de dag zelf ben ik bereikbaar op {phone}.\n\nMet vriendelijke groet,\n{name}",
    "pl": "Dzień dobry,\n\npotwierdzam naszą wizytę {date} z grupą {n} uczniów. Prosimy o warsztaty o {fam}; miejsce: {room}.\n{card}W dniu wizyty proszę dzwonić pod {phone}.\n\nPozdrawiam\n{name}",
    "ru": "Здравствуйте!\n\nПодтверждаю наш визит {date}, в группе {n} учеников. Хотели бы занятие о {fam}; место: {room}.\n{card}В день визита мой телефон {phone}.\n\nС уважением,\n{name}",
    "el": "Καλημέρα σας,\n\nεπιβεβαιώνω την επίσκεψή μας στις {date} με {n} μαθητές. Θα θέλαμε το εργαστήριο για {fam} στην αίθουσα: {room}.\n{card}Την ημέρα της επίσκεψης στο {phone}.\n\nΜε εκτίμηση,\n{name}",
    "tr": "Merhaba,\n\n{date} tarihli ziyaretimizi {n} öğrenciyle teyit ediyorum. {room} içinde {fam} atölyesini rica ederiz.\n{card}Ziyaret günü bana {phone} numarasından ulaşabilirsiniz.\n\nSaygılarımla,\n{name}",
    "he": "שלום,\n\nאני מאשרת את הביקור שלנו ב-{date} עם {n} תלמידים. נשמח לסדנה על {fam} ב{room}.\n{card}ביום הביקור אפשר להשיג אותי ב-{phone}.\n\nבברכה,\n{name}",
    "ar": "مرحبًا،\n\nأؤكد زيارتنا يوم {date} مع {n} تلميذًا. نرغب في ورشة عن {fam} في {room}.\n{card}يوم الزيارة يمكنكم الاتصال بي على {phone}.\n\nمع التحية،\n{name}",
    "hi": "नमस्ते,\n\n{date} को {n} विद्यार्थियों के साथ हमारी यात्रा की पुष्टि करती हूँ। हमें {room} में {fam} पर कार्यशाला चाहिए।\n{card}उस दिन मेरा मोबाइल {phone} है।\n\nसादर,\n{name}",
    "th": "เรียนเจ้าหน้าที่\n\nขอยืนยันการเข้าชมวันที่ {date} นักเรียน {n} คน อยากได้กิจกรรมเรื่อง {fam} ที่{room}\n{card}วันเข้าชมติดต่อได้ที่ {phone}\n\nขอบคุณ\n{name}",
    "zh": "您好：\n\n确认我们{date}的参观，学生{n}人。希望在{room}安排关于{fam}的工作坊。\n{card}当天请拨打{phone}联系我。\n\n谢谢！\n{name}",
    "ja": "お世話になっております。\n\n{date}の見学を生徒{n}名で確定いたします。{room}で{fam}のワークショップを希望します。\n{card}当日の連絡先は{phone}です。\n\nよろしくお願いいたします。\n{name}",
    "ko": "안녕하세요.\n\n{date} 학생 {n}명 견학을 확정합니다. {room}에서 {fam} 관련 체험을 원합니다.\n{card}당일 연락처는 {phone}입니다.\n\n감사합니다.\n{name}",
    "vi": "Kính gửi bảo tàng,\n\nTôi xác nhận buổi tham quan ngày {date} với {n} học sinh. Chúng tôi muốn học về {fam} tại {room}.\n{card}Hôm đó xin gọi cho tôi số {phone}.\n\nTrân trọng,\n{name}",
    "pt": "Olá,\n\nConfirmo nossa visita no dia {date} com {n} alunos. Gostaríamos da oficina sobre {fam} n{room}.\n{card}No dia, meu celular é {phone}.\n\nAtenciosamente,\n{name}",
}


# ====================================================================== labelled templates
def LP(p, sub=None):
    return L("person", p.full, **({"sub": sub} if sub else {}))


def LPh(R, cc, region=None, intl=None):
    v = phone(R, cc, intl=True if region and region != cc else intl)
    if region and region != cc:
        return L("phone", v, sub="mobile", region=region, plan=cc)
    return L("phone", v, sub="mobile", region=cc)


def LE(R, p, work=None):
    if work:
        return L("email", work_email(R, p, work), sub="work")
    return L("email", email_of(R, p), sub="personal")


def LD(R, p, iso=False):
    return L("dob", dob_iso(p) if iso else dob(R, p))


def LA(R, cc):
    return L("address", address(R, cc), sub=cc.lower())


def LG(R, p, kind=None):
    v, sub = gov_id(R, p, kind)
    return L("gov_id", v, sub=sub)


def lang_of(cc):
    return LOC[cc]["lang"]


def t_signup(R, cc):
    lg = lang_of(cc)
    f = FL[lg]
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    st = person(R, cc, avoid=a.words)
    child = R.random() < 0.35
    rows = []
    if child:
        c = person(R, cc, avoid=a.words | st.words)
        c.y = R.randint(2013, 2019)
        rows += ["%s (junior): " % f[0], LP(c), "\n%s: " % f[1], LD(R, c), "\nParent/guardian: ", LP(a), "\n"]
    else:
        rows += ["%s: " % f[0], LP(a), "\n%s: " % f[1], LD(R, a), "\n"]
    rows += ["%s: " % f[2], LA(R, cc), "\n%s: " % f[3], LPh(R, cc), "\n"]
    if R.random() < 0.7:
        rows += ["%s: " % f[4], LE(R, a), "\n"]
    if R.random() < 0.65:
        rows += ["ID seen (%s): " % LOC[cc]["ident"][1], LG(R, a), "\n"]
    rows += ["%s: " % f[5], N(barcode(R), "item_barcode"), "\nHome branch: ", N(lib, "institution"), " (", N(epo, "eponym_room"), ")\n",
             "Notes: ", N(R.choice(WORDS), "name_as_word"), "\n", "%s: " % f[6], L("person", st.given), " · %s: " % f[7],
             N("%02d.%02d.2026" % (R.randint(1, 28), R.randint(1, 12)), "date"), "\n"]
    body = ["LIBRARY MEMBERSHIP – NEW REGISTRATION\n"] + rows
    return "form", lg, wrap(R, lg, body)


def t_overdue(R, cc):
    lg = lang_of(cc)
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    items = []
    for _ in range(R.randint(1, 3)):
        items += ["- ", N(R.choice(WORKS), "work_title"), " | ", N(call_number(R), "call_number"), " | ISBN ", N(isbn13(R), "isbn"),
                  " | due ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "due_date"), " | ", N(money(R, cc), "amount"), "\n"]
    st = person(R, cc, avoid=a.words)
    body = ["To: ", LP(a), "\n", LA(R, cc), "\n"]
    if R.random() < 0.6:
        body += ["Email: ", LE(R, a), "\n"]
    if R.random() < 0.4:
        body += ["Tel: ", LPh(R, cc), "\n"]
    body += ["\n", LT[lg]["notice"], "\n\n"] + items + ["\n", L("person", st.full), "\n", N(lib, "institution"), " · ", N(sw, "inst_phone"),
                                                        " · ", N("loans@" + dom, "role_mailbox")]
    return "letter", lg, wrap(R, lg, body)


def t_ill(R, cc):
    # a researcher (sometimes abroad) writes in English to the reading room
    abroad = R.random() < 0.5
    rcc = R.choice([c for c in CCS if c != cc]) if abroad else cc
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, rcc)
    st = person(R, cc, avoid=a.words)
    body = ["From: ", LP(a), " <", LE(R, a), ">\nTo: ", N("readingroom@" + dom, "role_mailbox"), "\nSubject: Reading-room request – ",
            N(cat_ref(R), "catalogue_ref"), "\n\nDear colleagues,\n\nI would like to consult the following on my visit, if they can be produced together:\n",
            "• ", N(cat_ref(R), "catalogue_ref"), " (", N(call_number(R), "call_number"), ")\n• ", N(call_number(R), "call_number"),
            "\n• the journal run ISSN ", N(issn(R), "issn"), ", vols. %d–%d\n" % (R.randint(1, 20), R.randint(21, 60)),
            "\nThe papers concern ", N(R.choice(FAMOUS), "historical_figure"), ", so any correspondence files would help too. ",
            "If anything is unfit for production, please ring me on ", LPh(R, rcc, region=cc), ".\n\nWith thanks,\n", LP(a), "\n"]
    if R.random() < 0.5:
        body += ["\n> Seen by ", L("person", st.given), " – desk booked for ", N("%d %s" % (R.randint(1, 28), MONTHS["en"][R.randint(0, 11)]), "date"), ", ", N(epo, "eponym_room")]
    return "email", "en", wrap(R, "en", body, en=True)


def t_access(R, cc):
    lg = lang_of(cc)
    f = FL[lg]
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    st = person(R, cc, avoid=a.words)
    kind = "passport" if R.random() < 0.3 else None
    idl = "Passport" if kind == "passport" else LOC[cc]["ident"][1]
    body = ["ARCHIVE ACCESS APPLICATION – ", N(arc, "institution"), "\nReader ticket: ", N("RT-%d-%05d" % (R.randint(2025, 2026), R.randint(1, 99999)), "reader_ticket"), "\n",
            "%s: " % f[0], LP(a), "\n%s: " % f[1], LD(R, a), "\n%s: " % f[2], LA(R, cc), "\n%s: " % f[3], LPh(R, cc), "\n%s: " % f[4], LE(R, a), "\n",
            "Identity document (%s): " % idl, LG(R, a, kind), "\n", "Purpose: research on ", N(R.choice(FAMOUS), "historical_figure"),
            "; series ", N(cat_ref(R), "catalogue_ref"), "\n", "Closed records requested: ", R.choice(["no", "yes – 30-year rule applies"]), "\n",
            "%s: " % f[6], L("person", st.full), " (", LE(R, st, dom) if R.random() < 0.5 else N("searchroom@" + dom, "role_mailbox"), ")\n"]
    return "form", lg, wrap(R, lg, body)


def t_donor(R, cc):
    lg = lang_of(cc)
    f = FL[lg]
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    st = person(R, cc, avoid=a.words)
    body = ["DONOR RECORD – ", N(mus, "institution"), "\nDonor ID: ", N("DN%06d" % R.randint(1, 999999), "donor_id"), "\n",
            "%s: " % f[0], LP(a), "\n%s: " % f[2], LA(R, cc), "\n%s: " % f[4], LE(R, a), "\n"]
    if R.random() < 0.6:
        body += ["%s: " % f[3], LPh(R, cc), "\n"]
    if LOC[cc]["iban"] and R.random() < 0.8:
        body += ["Standing order from IBAN: ", L("iban", iban_fmt(R, cc), sub=cc.lower()), "  (mandate ", N("MND-%07d" % R.randint(1, 9999999), "mandate_ref"), ")\n"]
    else:
        c, iss = card_fmt(R)
        body += ["Card for annual gift: ", L("card", c, sub=iss), "  exp ", N("%02d/%d" % (R.randint(1, 12), R.randint(27, 30)), "expiry"), "\n"]
    if cc == "GB":
        body += ["Gift Aid: declaration signed ", N("%d/%d/2026" % (R.randint(1, 28), R.randint(1, 12)), "date"), ", UK taxpayer, NI ", LG(R, a), "\n"]
    elif cc in ("IT", "ES", "BR", "IN", "PL", "TR", "FR", "NL", "DE", "US") and R.random() < 0.7:
        body += ["Tax receipt requested – %s: " % LOC[cc]["ident"][1], LG(R, a, "steuer" if cc == "DE" else None), "\n"]
    body += ["Gift: ", N(money(R, cc), "amount"), " – restoration fund, ", N(epo, "eponym_room"), "\n", "Relationship manager: ", L("person", st.full), "\n"]
    return "form", lg, wrap(R, lg, body)


def t_loan(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    st = person(R, cc, avoid=a.words)
    objs = []
    for _ in range(R.randint(1, 3)):
        objs += ["  ", N(accession(R), "object_number"), "  ", N(R.choice(FAMOUS), "historical_figure"), ", ", N(R.choice(WORKS), "work_title"),
                 "  insured value ", N(money(R, cc) + "000", "amount"), "\n"]
    body = ["INCOMING LOAN AGREEMENT ", N("LN-%d/%03d" % (R.randint(2025, 2026), R.randint(1, 999)), "loan_number"), "\nBorrower: ", N(mus, "institution"),
            "\nLender: ", LP(a), "\nLender's address: ", LA(R, cc), "\nLender's phone: ", LPh(R, cc), "\nLender's email: ", LE(R, a), "\n\nObjects:\n"] + objs
    if LOC[cc]["iban"] and R.random() < 0.5:
        body += ["Courier fee reimbursed to: ", L("iban", iban_fmt(R, cc), sub=cc.lower()), "\n"]
    body += ["Exhibition period: ", N(exhibit_dates(R), "exhibition_dates"), ", ", N(epo, "eponym_room"), "\nRegistrar: ", L("person", st.full), ", ",
             LE(R, st, dom), "\n"]
    return "letter", "en", wrap(R, "en", body, en=True)


def t_provenance(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    b = person(R, cc, avoid=a.words)
    st = person(R, cc, avoid=a.words | b.words)
    fam = R.choice(FAMOUS)
    body = ["Provenance notes – ", N(accession(R), "object_number"), " (", N(R.choice(WORKS), "work_title"), ")\n",
            "- commissioned c. %d; recorded in the inventory of " % R.randint(1620, 1880), N(fam, "historical_figure"), "\n",
            "- sale, %d, lot %d (buyer unrecorded)\n" % (R.randint(1890, 1960), R.randint(1, 400)),
            "- by %d in the collection of the late " % R.randint(1965, 1999), LP(b), ", ", LA(R, cc), "\n",
            "- by descent to the vendor, ", LP(a), " (tel. ", LPh(R, cc), "; ", LE(R, a), ")\n",
            "- vendor's ID checked for due diligence: ", LG(R, a, "passport" if R.random() < 0.4 else None), "\n",
            "- offered to us ", N("%d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "date"), "; file ", N(cat_ref(R), "catalogue_ref"), "\n",
            "Gaps 1933–1945 checked against loss registers: none found. – ", L("person", st.given), "\n"]
    return "notes", "en", wrap(R, "en", body, en=True)


def t_oral(R, cc):
    lg = lang_of(cc)
    f = FL[lg]
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    iv = person(R, cc, avoid=a.words)
    rel = person(R, cc, avoid=a.words | iv.words, female=lg not in ("de", "pl", "tr", "ar", "hi"))
    t = LT[lg]
    body = ["ORAL HISTORY PROJECT – consent & transcript excerpt\nRecording: ", N("OH-%d-%03d.wav" % (R.randint(2024, 2026), R.randint(1, 400)), "file_name"), "\n",
            "Interviewee: ", LP(a), "  %s: " % f[1], LD(R, a), "\n%s: " % f[2], LA(R, cc), "\n%s: " % f[3], LPh(R, cc), "\n",
            "Interviewer: ", LP(iv)] + (["\nTravel expenses to: ", L("iban", iban_fmt(R, cc), sub=cc.lower())] if LOC[cc]["iban"] and R.random() < 0.5 else []) + ["\nConsent: public access after %d; no online streaming\n\n" % R.randint(2030, 2060),
            "[00:%02d:%02d] " % (R.randint(0, 9), R.randint(0, 59)), L("person", iv.given), ": ", t["oh1"], "\n",
            "[00:%02d:%02d] " % (R.randint(10, 19), R.randint(0, 59)), L("person", a.given), ": "] + fill(t["oh2"], name=LP(rel)) + ["\n",
            "[00:%02d:%02d] " % (R.randint(20, 29), R.randint(0, 59)), L("person", a.given), ": "] + fill(t["oh3"], addr=LA(R, cc))
    return "transcript", lg, wrap(R, lg, body)


def t_volunteers(R, cc):
    lg = lang_of(cc)
    lib, mus, arc, dom, sw, epo = INST[cc]
    used = set()
    rows = []
    for i in range(R.randint(3, 4)):
        p = person(R, cc, avoid=used)
        used |= p.words
        rows += [N(R.choice(["Sat AM", "Sat PM", "Sun AM", "Wed PM", "Thurs AM"]), "shift"), ",", LP(p), ",", LD(R, p, iso=True), ",", LPh(R, cc), ",", LE(R, p), ","]
        if R.random() < 0.6:
            rows += [LG(R, p), ","]
        else:
            rows += ["-,"]
        rows += [N("%012d" % R.randint(10 ** 10, 10 ** 12 - 1), "check_certificate"), ",", N(R.choice(["front desk", "tours", "shop", "archive sorting", "family trail"]), "role"), "\n"]
    co = person(R, cc, avoid=used)
    body = ["shift,name,dob,mobile,email,national_id,background_check_cert,role\n"] + rows + ["# rota owner: ", L("person", co.full), " – ", N("volunteers@" + dom, "role_mailbox")]
    return "csv", lg, wrap(R, lg, body)


def t_school(R, cc):
    lg = lang_of(cc) if R.random() < 0.8 else "en"
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc, female=True if lg in ("he", "hi") else None)
    st = person(R, cc, avoid=a.words)
    card = ""
    if R.random() < 0.3:
        c, iss = card_fmt(R)
        card = ["Deposit card / Karte / carte: ", L("card", c, sub=iss), " (", N("%02d/%d" % (R.randint(1, 12), R.randint(27, 30)), "expiry"), ")\n"]
    body = ["From: ", LP(a), " <", LE(R, a), ">\nTo: ", N("learning@" + dom, "role_mailbox"), "\nSubject: ", N(ticket_no(R), "booking_number"), "\n\n"]
    body += fill(SCHOOL[lg], date=N("%02d.%02d.2026" % (R.randint(1, 28), R.randint(1, 12)), "date"), n=str(R.randint(18, 60)),
                 fam=N(R.choice(FAMOUS), "historical_figure"), room=N(epo, "eponym_room"), card=card or "", phone=LPh(R, cc), name=LP(a))
    if R.random() < 0.6:
        body += ["\n\n--\nNote for reply: ", L("person", st.given), " – confirm slot, ask for allergy list."]
    return "email", lg, wrap(R, lg, body)


def t_incident(R, cc):
    lg = lang_of(cc)
    f = FL[lg]
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc)
    off = person(R, cc, avoid=a.words)
    w = person(R, cc, avoid=a.words | off.words)
    body = ["INCIDENT REPORT ", N("INC-%05d" % R.randint(1, 99999), "incident_number"), " – ", N(mus, "institution"), "\nLocation: ", N(epo, "eponym_room"),
            ", case ", N(accession(R), "object_number"), "\nTime: %02d:%02d  Camera: " % (R.randint(10, 17), R.randint(0, 59)), N("CAM-%02d" % R.randint(1, 60), "camera_id"),
            " (NVR ", N(R.choice(PRIV_IPS), "private_ip"), ")\n\nVisitor touched the glass of the case and set off the alarm. Details taken from ID:\n",
            "%s: " % f[0], LP(a), "\n"]
    if R.random() < 0.7:
        body += ["%s: " % f[1], LD(R, a), "\n"]
    if R.random() < 0.5:
        body += ["ID (%s): " % LOC[cc]["ident"][1], LG(R, a), "\n"]
    body += ["%s: " % f[2], LA(R, cc), "\n%s: " % f[3], LPh(R, cc), "\n"]
    if R.random() < 0.5:
        body += ["Witness: ", LP(w), ", ", LPh(R, cc), "\n"]
    body += ["Officer: ", LP(off), "\n", N(R.choice(WORDS), "name_as_word"), "\n"]
    return "report", lg, wrap(R, lg, body)


def t_chat(R, cc):
    lg = lang_of(cc)
    lib, mus, arc, dom, sw, epo = INST[cc]
    a = person(R, cc, female={"pl": False, "ru": False, "hi": False, "th": True}.get(lg))
    st = person(R, cc, avoid=a.words)
    t = LT[lg]
    m0 = R.randint(9 * 60, 16 * 60)
    ts = ["[%02d:%02d] " % divmod(m0 + k * 2 + R.randint(0, 1), 60) for k in range(5)]
    body = [ts[0], L("person", a.given), ": "] + fill(t["hi"], name=LP(a)) + ["\n",
            ts[1], L("person", st.given), ": ", t["ask"], "\n", ts[2], L("person", a.given), ": "]
    body += fill(t["give"], v=LE(R, a))
    body += [" (", N(ticket_no(R), "booking_number"), ")\n"]
    if R.random() < 0.45:
        c, iss = card_fmt(R)
        body += [ts[3], L("person", a.given), ": "] + fill(t["card"], v=L("card", c, sub=iss)) + ["\n"]
    body += [ts[4], L("person", st.given), ": "] + fill(t["bye"], name=L("person", st.full))
    return "chat_export", lg, wrap(R, lg, body)


def t_export(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    used = set()
    members = []
    for i in range(R.randint(2, 3)):
        p = person(R, cc, avoid=used)
        used |= p.words
        ip = public_ip(R) if R.random() < 0.8 else public_ip6(R)
        members.append(["  {\"member_no\": \"", N("M%07d" % R.randint(1, 9999999), "member_number"), "\", \"name\": \"", LP(p), "\", \"email\": \"", LE(R, p),
                        "\", \"phone\": \"", LPh(R, cc, intl=True), "\", \"dob\": \"", LD(R, p, iso=True), "\", \"tier\": \"", R.choice(["Friend", "Patron", "Family", "Student"]),
                        "\", \"last_login_ip\": \"", L("ip", ip, sub=("v4" if "." in ip else "v6") + "_login"), "\"}"])
    body = ["{\"export\": \"membership\", \"source\": \"", N(mus, "institution"), "\", \"members\": [\n"]
    for i, m in enumerate(members):
        body += m + ([",\n"] if i < len(members) - 1 else ["\n"])
    body += ["]}"]
    return "json", "en", wrap(R, "en", body, en=True)


def t_config(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    o = person(R, cc)
    sys_ = R.choice(["loans-gateway", "ticketing-bridge", "digitisation-uploader", "collections-sync"])
    body = ["# %s .env – owner " % sys_, L("person", o.given), " (", LE(R, o, dom), ")\n",
            "LMS_BASE_URL=https://lms.internal.", N(dom, "inst_domain"), "/api/v2\n",
            "LMS_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
            "IIIF_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n",
            "DB_HOST=", N(R.choice(PRIV_IPS), "private_ip"), "\nDB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n"]
    if R.random() < 0.6:
        body += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\nSTRIPE_PUBLISHABLE_KEY=", N("pk_test_" + "".join(R.choice(string.ascii_letters) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        body += ["SLACK_WEBHOOK=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    ip = public_ip(R)
    body += ["ADMIN_ALLOWLIST=", N(R.choice(DOC_IPS[:3]), "doc_ip"), ",", L("ip", ip, sub="v4_allowlist"), "   # ", L("person", o.given), " home\n",
             "SANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\nALERTS_TO=", N("it-support@" + dom, "role_mailbox")]
    return "config", "en", wrap(R, "en", body, en=True)


LABELLED = [(t_signup, 52), (t_overdue, 44), (t_ill, 44), (t_access, 44), (t_donor, 44), (t_loan, 44), (t_provenance, 40),
            (t_oral, 44), (t_volunteers, 40), (t_school, 40), (t_incident, 40), (t_chat, 48), (t_export, 40), (t_config, 36)]


# ====================================================================== clean templates
def c_catalogue(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    body = []
    for _ in range(R.randint(1, 2)):
        body += ["=LDR  00000nam a22000007a 4500\n=020  \\\\$a", N(isbn13(R), "isbn"), "\n=022  0\\$a", N(issn(R), "issn"),
                 "\n=090  \\\\$a", N(call_number(R), "call_number"), "\n=100  1\\$a", N(R.choice(FAMOUS), "historical_figure"),
                 ",$d%d-%d\n=245  10$a" % (R.randint(1600, 1850), R.randint(1860, 1950)), N(R.choice(WORKS), "work_title"),
                 "\n=852  \\\\$b", N(epo, "eponym_room"), "$p", N(barcode(R), "item_barcode"), "\n\n"]
    body += ["Why does our discovery layer show the 100 field twice for these?"]
    return "marc", "en", wrap(R, "en", body, en=True)


def c_label(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    f1 = R.choice(FAMOUS)
    body = ["WALL LABEL DRAFT – ", N(mus, "institution"), ", ", N(epo, "eponym_room"), "\n\n", N(f1, "historical_figure"), " (%d–%d)\n" % (R.randint(1580, 1820), R.randint(1830, 1940)),
            N(R.choice(WORKS), "work_title"), "\n", N(accession(R), "object_number"), " · Lent by a private collection\n\n",
            "On view ", N(exhibit_dates(R), "exhibition_dates"), ". Booking: ", N(sw, "inst_phone"), " · ", N("www." + dom, "website"), " · ",
            N("press@" + dom, "role_mailbox"), "\n", N(R.choice(WORDS), "name_as_word"), "\n"]
    return "label", "en", wrap(R, "en", body, en=True)


def c_rules(R, cc):
    lg = lang_of(cc) if R.random() < 0.85 else "en"
    lib, mus, arc, dom, sw, epo = INST[cc]
    body = [N(arc, "institution"), "\n"] + fill(RULES[lg], ref=N(cat_ref(R), "catalogue_ref"), call=N(call_number(R), "call_number"), room=N(epo, "eponym_room"),
                                                   phone=N(sw, "inst_phone"), mail=N("searchroom@" + dom, "role_mailbox")) + ["\nPrinter: ", N(R.choice(PRIV_IPS), "private_ip"), "\n"]
    return "notice", lg, wrap(R, lg, body)


RULES = {
    "en": "Reading room open Tue–Sat 09:30–16:45. Items from {ref} and {call} are produced in {room} only. Pencils only. Enquiries: {phone}, {mail}",
    "de": "Lesesaal geöffnet Di–Sa 9:30–16:45. Bestände aus {ref} und {call} werden nur im {room} vorgelegt. Nur Bleistift. Auskunft: {phone}, {mail}",
    "fr": "Salle de lecture ouverte du mardi au samedi, 9 h 30–16 h 45. Les documents {ref} et {call} sont communiqués uniquement dans {room}. Crayon à papier seulement. Renseignements : {phone}, {mail}",
    "es": "Sala de lectura abierta de martes a sábado, 9:30–16:45. Los fondos {ref} y {call} solo se consultan en {room}. Solo lápiz. Información: {phone}, {mail}",
    "it": "Sala di consultazione aperta mar–sab 9:30–16:45. I fondi {ref} e {call} si consultano solo nel{room}. Solo matita. Informazioni: {phone}, {mail}",
    "nl": "Studiezaal open di–za 9.30–16.45 uur. Stukken uit {ref} en {call} worden alleen in {room} ter inzage gegeven. Alleen potlood. Vragen: {phone}, {mail}",
    "pl": "Czytelnia czynna wt.–sob. 9:30–16:45. Materiały {ref} i {call} udostępnia wyłącznie {room}. Tylko ołówek. Informacja: {phone}, {mail}",
    "ru": "Читальный зал работает вт–сб 9:30–16:45. Документы {ref} и {call} выдаются только в: {room}. Только карандаш. Справки: {phone}, {mail}",
    "el": "Αναγνωστήριο ανοιχτό Τρ–Σα 9:30–16:45. Τα τεκμήρια {ref} και {call} δίνονται μόνο στην: {room}. Μόνο μολύβι. Πληροφορίες: {phone}, {mail}",
    "tr": "Okuma salonu Salı–Cumartesi 09:30–16:45 açıktır. {ref} ve {call} yalnızca {room} içinde incelenebilir. Sadece kurşun kalem. Bilgi: {phone}, {mail}",
    "he": "חדר העיון פתוח ג׳–ש׳ 9:30–16:45. פריטים מ-{ref} ו-{call} מוגשים רק ב{room}. עיפרון בלבד. בירורים: {phone}, {mail}",
    "ar": "قاعة الاطلاع مفتوحة من الثلاثاء إلى السبت 9:30–16:45. تُعرض وثائق {ref} و{call} في {room} فقط. القلم الرصاص فقط. للاستفسار: {phone}، {mail}",
    "hi": "वाचनालय मंगल–शनि 9:30–16:45 खुला है। {ref} और {call} की सामग्री केवल {room} में दी जाती है। केवल पेंसिल। पूछताछ: {phone}, {mail}",
    "th": "ห้องอ่านเปิดอังคาร–เสาร์ 9:30–16:45 เอกสาร {ref} และ {call} ให้อ่านเฉพาะใน{room} ใช้ดินสอเท่านั้น สอบถาม {phone} {mail}",
    "zh": "阅览室周二至周六 9:30–16:45 开放。{ref} 与 {call} 仅在{room}提供阅览。只可使用铅笔。咨询：{phone}，{mail}",
    "ja": "閲覧室は火〜土 9:30–16:45 開室。{ref} と {call} は{room}でのみ閲覧できます。鉛筆のみ使用可。問い合わせ：{phone}、{mail}",
    "ko": "열람실은 화–토 9:30–16:45 운영합니다. {ref}, {call} 자료는 {room}에서만 열람할 수 있습니다. 연필만 사용. 문의: {phone}, {mail}",
    "vi": "Phòng đọc mở cửa thứ Ba–thứ Bảy 9:30–16:45. Tài liệu {ref} và {call} chỉ phục vụ tại {room}. Chỉ dùng bút chì. Liên hệ: {phone}, {mail}",
    "pt": "Sala de consulta aberta de terça a sábado, 9h30–16h45. Os fundos {ref} e {call} só são consultados n{room}. Somente lápis. Informações: {phone}, {mail}",
}


def c_digilog(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    lines = []
    for _ in range(R.randint(3, 6)):
        acc = accession(R).replace(" ", "_").replace("/", "-")
        lines += ["2026-%02d-%02dT%02d:%02d:%02dZ INFO scanner=" % (R.randint(1, 12), R.randint(1, 28), R.randint(8, 18), R.randint(0, 59), R.randint(0, 59)),
                  N("SCN-%02d" % R.randint(1, 12), "device_id"), " host=", N(R.choice(PRIV_IPS), "private_ip"), " file=", N("%s_f%03d%s.tif" % (acc, R.randint(1, 400), R.choice("rv")), "file_name"),
                  " sha256=", N("".join(R.choice("0123456789abcdef") for _ in range(16)) + "…", "hash"), " dpi=%d\n" % R.choice([400, 600])]
    lines += ["2026-03-02T11:00:00Z WARN iiif push to ", N(R.choice(DOC_IPS), "doc_ip"), " timed out (retry 3/5)\n"]
    body = lines + ["Why are the retries on the IIIF push failing only for the folio batches?"]
    return "log", "en", wrap(R, "en", body, en=True)


def c_uat(R, cc):
    lib, mus, arc, dom, sw, epo = INST[cc]
    bad = barcode(R)[:15] + "0"
    while luhn_ok(bad):
        bad = bad[:-1] + str((int(bad[-1]) + 1) % 10)
    body = ["TICKETING UAT – sprint %d\n" % R.randint(10, 60), "- test card ", N(R.choice(TEST_CARDS), "test_card"), " exp 12/34 CVC 123 → approved\n",
            "- ", N(bad, "luhn_fail"), " → rejected as expected\n- masked on receipt: ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "\n",
            "- buyer ", N("test.visitor@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder_phone"), "\n",
            "- API key ", N(R.choice(["<ticketing-api-key>", "${TICKETING_API_KEY}", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), "\n",
            "- webhook to ", N(R.choice(DOC_IPS), "doc_ip"), " and ", N(R.choice(PRIV_IPS), "private_ip"), "\n- booking ", N(ticket_no(R), "booking_number"),
            " for ", N(R.choice(WORKS), "work_title"), " exhibition, ", N(exhibit_dates(R), "exhibition_dates"), "\n", N(R.choice(WORDS), "name_as_word"), "\n"]
    return "notes", "en", wrap(R, "en", body, en=True)


CLEAN = [(c_catalogue, 40), (c_label, 40), (c_rules, 40), (c_digilog, 40), (c_uat, 40)]


# ====================================================================== rules
def name_words():
    lat, other = set(), set()
    for lc in LOC.values():
        for w in lc["gm"] + lc["gf"] + lc["fam"]:
            nat, rom = split_nr(w.replace("_", " "))
            for x in nat.replace("/", " ").split() + (rom.replace("/", " ").split() if "|" in w else []):
                if x in ("Văn", "Thị"):
                    continue
                if re.fullmatch(r"[A-Za-zÀ-ɏḀ-ỿ'\-]+", x):
                    lat.add(x)
                elif len(x) >= 2:
                    other.add(x)
    return lat, other


LAT_WORDS, OTHER_WORDS = name_words()
INST_DOMAINS = {v[3] for v in INST.values()}
SEPCLS = "[ \\-.\u00a0\u202f]"


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_runs(s):
    out = []
    for m in re.finditer(r"\d+(?:%s\d+)*" % SEPCLS, s):
        groups = re.split(SEPCLS, m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if 13 <= len(acc) and luhn_ok(acc) and len(set(acc)) > 1:
                    if acc not in [c.replace(" ", "") for c in TEST_CARDS]:
                        out.append(acc)
    return out


def ibans_in(s):
    out = []
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})((?:[ \u00a0]?[A-Z0-9]){10,32})", s):
        cc = m.group(1)
        if cc in IBAN_LEN:
            c = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "").replace("\u00a0", "")
            c = c[:IBAN_LEN[cc]]
            if len(c) == IBAN_LEN[cc] and iban_mod97(c) == 1:
                out.append(c)
    return out


def problems(rec, labelled):
    p = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        p.append("length %d" % len(t))
    if labelled != bool(rec["spans"]):
        p.append("label/clean")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id" and not id_ok(v, sp["sub"]):
            p.append("gov_id " + v)
        if ty == "iban" and iban_mod97(v.replace(" ", "").replace("\u00a0", "")) != 1:
            p.append("iban")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            p.append("card")
        if ty == "email" and (re.search(r"@example\.", v) or not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]+", v)):
            p.append("email " + v)
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            p.append("ip")
    m = masked(rec)
    for e in re.findall(r"[\w.\-+]+@[\w\-]+(?:\.[\w\-]+)+", m):
        d = e.split("@")[1]
        if d not in INST_DOMAINS and not d.startswith("example."):
            p.append("email outside " + e)
    for ip in re.findall(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", m):
        try:
            if ipaddress.ip_address(ip).is_global:
                p.append("ip outside " + ip)
        except ValueError:
            pass
    for ip in re.findall(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", m):
        try:
            if ipaddress.ip_address(ip).is_global:
                p.append("ip6 outside " + ip)
        except ValueError:
            pass
    for r in luhn_runs(m):
        p.append("luhn outside " + r)
    for ib in ibans_in(m):
        p.append("iban outside " + ib)
    for w in re.findall(r"[A-Za-zÀ-ɏḀ-ỿ'\-]+", m):
        if w in LAT_WORDS:
            p.append("name outside " + w)
    for w in OTHER_WORDS:
        if w in m:
            p.append("name outside " + w)
    return p


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation
def generate(report=None):
    kept = []
    seen = set()
    dropped = Counter()
    for labelled, table in ((True, LABELLED), (False, CLEAN)):
        for ti, (fn, count) in enumerate(table):
            cands = []
            for i in range(3 * count + 6):
                R = random.Random("%d:%s:%d" % (SEED, fn.__name__, i))
                cc = CCS[(i + 5 * ti) % len(CCS)]
                form, lang, parts = fn(R, cc)
                rec = build("", form, lang, parts)
                rec["country"] = cc
                pr = problems(rec, labelled)
                if rec["text"] in seen:
                    pr.append("repeated")
                if pr:
                    dropped[(fn.__name__, pr[0].split(" ")[0] + " " + pr[0].split(" ")[1] if " " in pr[0] else pr[0])] += 1
                    if report is not None:
                        report.append((fn.__name__, pr))
                    continue
                seen.add(rec["text"])
                cands.append(rec)
            items = [it for r in cands for it in phone_items(r)]
            bad = pv_check(items)
            if bad is None:
                sys.exit("pv missing")
            badset = {tuple(b.split("\t")[1:4]) for b in bad}
            good = []
            for r in cands:
                if any(it in badset for it in phone_items(r)):
                    dropped[(fn.__name__, "pv")] += 1
                    if report is not None:
                        report.append((fn.__name__, ["pv"] + [b for b in bad if any(it[0] in b for it in phone_items(r))]))
                    continue
                good.append(r)
            assert len(good) >= count, (fn.__name__, len(good), count)
            kept += good[:count]
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    out = []
    for i, r in enumerate(kept):
        cc = r.pop("country")
        rec = {"id": "%s%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        rec["_cc"] = cc
        out.append(rec)
    return out, dropped


def dump(recs):
    return "".join(json.dumps({k: v for k, v in r.items() if k != "_cc"}, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
    print("types", dict(ty.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(r["_cc"] for r in recs if r["spans"]).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"]).most_common()))
    print("negs", len({n for r in recs for n in r.get("neg", [])}), dict(Counter(n for r in recs for n in r.get("neg", [])).most_common()))
    ls = sorted(len(r["text"]) for r in recs)
    print("lengths", ls[0], ls[len(ls) // 2], ls[-1])


def main():
    recs, dropped = generate()
    text = dump(recs)
    for r in recs:
        rr = {k: v for k, v in r.items() if k != "_cc"}
        assert not problems(rr, bool(rr["spans"])), rr
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        assert old == text, "file differs from regeneration"
        assert sum(1 for r in recs if not r["spans"]) == 200 and len(recs) == 800
        bad = pv_check([it for r in recs for it in phone_items(r)])
        assert bad == [], bad
        print("ok: %d records identical and valid" % len(recs))
        return
    if "--stats" in sys.argv:
        stats(recs)
        print("dropped", dict(dropped))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    for r in recs:
        check_record(r)
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
