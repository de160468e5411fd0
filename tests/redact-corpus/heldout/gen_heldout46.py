#!/usr/bin/python3
"""Held-out part 46 of the redaction corpus (heldout46.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 45
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 29's decisions on parish
offices, officers, donation receipts, DBS forms and access codes, part 34's
on parish livestreams and memorial donations, part 43's on standing orders),
lines 1-100 of gen_heldout33.py and its function `pv_check`, and, outside
the repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 12:29:16 UTC on 2026-12-05 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: FAITH COMMUNITIES, CHARITIES, FOOD BANKS AND VOLUNTEER ORGANISATIONS
FROM THE STAFF SIDE. What parish, mosque, temple and synagogue office
administrators, charity caseworkers, food-bank and shelter coordinators,
volunteer managers, safeguarding leads, fundraising and Gift Aid teams,
refugee-support and befriending workers and the charity's IT volunteer
paste into an AI assistant, from 21 countries in 20 languages: volunteer
applications with references and background checks, safeguarding concern
forms, food-bank referral vouchers, shelter intake and bed-night logs,
pastoral-visit rotas, baptism/wedding/funeral/bar-mitzvah bookings, donor
records with standing orders, Gift Aid and tax-receipt declarations,
hardship-fund payments, refugee casework, trustee minutes, mailing lists,
CRM exports, donation-platform configs and Wi-Fi/booking logs. Hard
negatives of the theme everywhere: saints, prophets and scripture
references, places of worship and schools named after people, hymn and
psalm numbers, charity registration numbers, voucher and case numbers, the
organisations' own addresses, helplines and mailboxes, service times,
private and documentation IPs, processors' test cards and name-as-word
sentences (Grace, Faith, Hope, Joy, Charity, Mercy).

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
460517, shuffle seed 460518).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout46.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout46.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout46.py --stats   # counts
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
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, PLANS, digits, nz,
                       rnd, ALNUM, URLSAFE)

SEED = 460517
SHUFFLE_SEED = 460518
OUT = os.path.join(HERE, "heldout46.jsonl")
PREFIX = "heldout-at-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]

# ====================================================================== names
# "native|roman" where the script is not Latin (roman for e-mail local parts
# only). Female family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Crawford Lowell Lyndon Ellery Boone Harlan Merritt Rutherford",
           "Loretta Maybelle Coralie Delphine Henrietta Odessa Verna Lavinia",
           "Kittredge Stoddard Pettigrew Haskins Vanderpool Tisdale Munsey Greenlaw Ballantyne Whitlatch"),
    "GB": ("Alaric Godwin Peregrine Rupert Ambrose Cedric Lysander Evander",
           "Araminta Clemency Beatrix Petronella Wilhelmina Jessamy Marigold Ottilie",
           "Ormerod Featherstonhaugh Gawthorpe Gascoigne Ruddlesden Trelawney Witherspoon Pickersgill Pumphrey Fazakerley"),
    "DE": ("Volkmar Winfried Eberwin Engelbert Hartmut Baldur Sieghard Lothar",
           "Irmgard Walburga Roswitha Edeltraud Hannelore Liesel Gudrun Hiltrud",
           "Sauerbrey Brodersen Obermaier Wiesinger Hüttenrauch Kannegießer Hinrichsen Lindemeyer Stoltenberg Ziegenbalg"),
    "FR": ("Fulcran Gonzague Thibaut Aurélien Eudes Marius Séverin Gaspard",
           "Eulalie Honorine Maëlys Capucine Guillemette Ermengarde Aldegonde Léontine",
           "Lemercier Brasseur Vaudrey Chambonnet Roussille Peyrefitte Montagnac Desrousseaux Lhermitte Fontanel"),
    "ES": ("Evaristo Baltasar Leandro Anacleto Celestino Fermín Primitivo Saturnino",
           "Itxaso Araceli Nieves Herminia Leocadia Eufemia Petra Casilda",
           "Zubiaurre Villalobos Arrabal Quintanilla Escudero Barrionuevo Carrasquilla Montesinos Aldecoa Cienfuegos"),
    "IT": ("Ermenegildo Gioacchino Adalberto Tarcisio Ugolino Ruggero Fiorenzo Amilcare",
           "Ornella Gelsomina Ludovica Benedetta Iolanda Clelia Agnese Zelinda",
           "Scarpellini Bonaccorsi Tagliaferri Capuozzo Scannagatta Pellegrinetti Squarcialupi Bevilacqua Fumagalli Ciampolini"),
    "NL": ("Gerolf Wessel Sjoerd Harmen Ruurd Tjeerd Lieuwe Folkert",
           "Geertruida Hendrika Aaltje Wilhelmien Riemke Fenneke Sytske Jantina",
           "Hoogendoorn Vlasblom Kuipers Schoemaker Terpstra Bruinsma Stokvisch Kolkman Heerkens Overbeek"),
    "BR": ("Josué Evandro Genésio Ubirajara Adelmo Epitácio Nivaldo Deoclécio",
           "Iracema Graciete Lucineide Marinalva Edilene Jussara Rosângela Cleonice",
           "Bezerra Cavalcante Figueiró Fagundes Cordovil Wanderley Gusmão Brasileiro Sobreira Quaresma"),
    "PL": ("Bogumił Przemysław Zdzisław Wiesław Lechosław Radomir Czesław Bronisław",
           "Bożena Jadwiga Genowefa Halina Wiesława Bogumiła Teodozja Urszula",
           "Jędrzejczak Kaczmarczyk Przybylski/Przybylska Zawadzki/Zawadzka Sobczak Grabowski/Grabowska Kołodziej Pietrzak Olszewski/Olszewska Michalak"),
    "RU": ("Всеволод|vsevolod Ростислав|rostislav Святослав|svyatoslav Ефим|efim Елисей|elisey Тимофей|timofey Мирон|miron Прохор|prokhor",
           "Евдокия|evdokiya Агафья|agafya Милослава|miloslava Василиса|vasilisa Серафима|serafima Олимпиада|olimpiada Злата|zlata Ульяна|ulyana",
           "Пересветов|peresvetov/Пересветова Колокольцев|kolokoltsev/Колокольцева Берёзкин|beryozkin/Берёзкина Лапшин|lapshin/Лапшина Голубев|golubev/Голубева Ширяев|shiryaev/Ширяева Курочкин|kurochkin/Курочкина Залесский|zalesskiy/Залесская Мальцев|maltsev/Мальцева Овчинников|ovchinnikov/Овчинникова"),
    "GR": ("Χαράλαμπος|charalampos Παντελής|pantelis Ευάγγελος|evangelos Θεμιστοκλής|themistoklis Αριστείδης|aristeidis Μιλτιάδης|miltiadis Ηρακλής|iraklis Λεωνίδας|leonidas",
           "Παναγιώτα|panagiota Ευανθία|evanthia Χρυσούλα|chrysoula Σταυρούλα|stavroula Αγλαΐα|aglaia Ξανθή|xanthi Καλλιόπη|kalliopi Ουρανία|ourania",
           "Παπαδημητρίου|papadimitriou/Παπαδημητρίου Κουτσογιάννης|koutsogiannis/Κουτσογιάννη Μαυρομμάτης|mavrommatis/Μαυρομμάτη Τσακαλώτος|tsakalotos/Τσακαλώτου Λαμπρόπουλος|lampropoulos/Λαμπροπούλου Βλαχάκης|vlachakis/Βλαχάκη Ζαχαρίου|zachariou/Ζαχαρίου Σιδηρόπουλος|sidiropoulos/Σιδηροπούλου Χατζηγεωργίου|chatzigeorgiou/Χατζηγεωργίου Ντόκος|ntokos/Ντόκου"),
    "TR": ("Oğuzhan Tuncay Erdinç Kutlay Bülent Sermet Turgut Alper",
           "Şükran Nurhan Gülizar Feraye Sevgül Dilşad Müjgan Pervin",
           "Karaosmanoğlu Tekinalp Eryılmaz Büyükkaya Sarıgül Dumanlı Gökalp Akyürek Çetinkaya Ilgaz"),
    "IL": ("אליקים|elyakim שמריהו|shmaryahu נחמיה|nechemya יגאל|yigal עזריאל|azriel צפניה|tzfanya גדליה|gedalya",
           "חמוטל|hamutal יוכבד|yocheved אביטל|avital צרויה|tzruya נעמה|naama שלומית|shlomit אפרת|efrat",
           "הורוביץ|horowitz זילברמן|zilberman רוזנצווייג|rosenzweig פרידלנדר|friedlander אשכנזי|ashkenazi גולדפרב|goldfarb בירנבאום|birnbaum קרסנטי|krasenti עמרני|amrani דהאן|dahan"),
    "EG": ("شريف|sherif عمرو|amr حازم|hazem وليد|walid طارق|tarek مدحت|medhat رامي|rami هشام|hisham",
           "نرمين|nermin داليا|dalia رانيا|rania شيماء|shaimaa إيناس|inas هبة|heba منى|mona ياسمين|yasmin",
           "الشناوي|elshenawy النجار|elnaggar الدمرداش|eldemerdash الحلواني|elhelwany السيوفي|elsiyoufi الفخراني|elfakharany عكاشة|okasha البنهاوي|elbanhawy الطوخي|eltoukhy"),
    "IN": ("प्रद्युम्न|pradyumna अनिमेष|animesh शुभेंदु|shubhendu ऋत्विक|ritvik निखिलेश|nikhilesh योगेश्वर|yogeshwar",
           "मृणालिनी|mrinalini सुहासिनी|suhasini ऐश्वर्या|aishwarya वैदेही|vaidehi शर्मिला|sharmila कादंबरी|kadambari",
           "भटनागर|bhatnagar नौटियाल|nautiyal अग्निहोत्री|agnihotri चतुर्वेदी|chaturvedi माहेश्वरी|maheshwari बहुगुणा|bahuguna"),
    "TH": ("ธีรวัฒน์|theerawat ณัฐพล|nattapon ภาณุวัฒน์|panuwat ชยพล|chayapon วรวิทย์|worawit ศุภกร|supakorn",
           "พิมพ์ชนก|pimchanok กานต์ธิดา|kanthida ปวีณา|paweena ณิชาภัทร|nichapat อรอุมา|onuma สุภาวดี|supawadee",
           "ศรีสุวรรณ|srisuwan วงศ์ไพบูลย์|wongpaiboon ทองประเสริฐ|thongprasert เจริญสุข|charoensuk บุญญาศิริ|boonyasiri ปัญญาวงศ์|panyawong"),
    "CN": ("浩然|haoran 子墨|zimo 明轩|mingxuan 俊杰|junjie 思远|siyuan 博涛|botao",
           "梓萱|zixuan 雨桐|yutong 诗涵|shihan 可馨|kexin 若曦|ruoxi 婉清|wanqing",
           "段干|duangan 拓跋|tuoba 邬|wu 蔺|lin 祁|qi 闵|min"),
    "JP": ("惣一郎|soichiro 晴臣|haruomi 蓮司|renji 柊吾|shugo 玄弥|genya 慎之介|shinnosuke",
           "小春|koharu 芙美|fumi 結衣|yui 楓花|fuka 澪奈|reina 朱里|akari",
           "榊原|sakakibara 御手洗|mitarai 勅使河原|teshigawara 鷲尾|washio 東海林|shoji 百瀬|momose"),
    "KR": ("도윤|doyoon 시후|sihoo 건우|gunwoo 태민|taemin 재혁|jaehyuk 우진|woojin",
           "서윤|seoyun 하은|haeun 지안|jian 채원|chaewon 예린|yerin 수아|sua",
           "을지|eulji 황목|hwangmok 흑치|heukchi 등정|deungjeong"),
    "VN": ("Thịnh|thinh Hiếu|hieu Toàn|toan Nhân|nhan Trí|tri Tài|tai",
           "Diệp|diep Thơ|tho Quyên|quyen Hằng|hang Nhàn|nhan Uyên|uyen",
           "Lương|luong Đoàn|doan Quách|quach Tôn|ton Khổng|khong Lã|la"),
    "SE": ("Valdemar Osvald Verner Sigvard Ragnvald Enar",
           "Margit Gunvor Solveig Ingegerd Märta Berit",
           "Bergqvist Sundström Åkesson Hellgren Lindqvist Fagerlund Östman Wahlberg Nyqvist Ekdahl"),
}
VN_MIDDLE_M = ["Văn", "Đức", "Minh"]
VN_MIDDLE_F = ["Thị", "Ngọc"]
EXEMPT_WORDS = {"Văn", "Thị", "Đức", "Ngọc", "Minh"}


def _split(entry):
    if "|" in entry:
        n, r = entry.split("|", 1)
        return n, r
    return entry, None


def name_pool(cc):
    m, f, s = NAMES[cc]
    return m.split(), f.split(), s.split()


def romanize(word):
    import unicodedata
    w = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i"))
    return "".join(c for c in w if c.isascii() and c.isalpha()).lower()


class Person:
    __slots__ = ("given", "family", "full", "rgiven", "rfamily", "female", "words", "fentry")


def make_person(R, cc, female=None, used=None, family=None):
    """family: reuse a family entry (a relative); used: set of name words
    already taken in the record."""
    m, f, s = name_pool(cc)
    if female is None:
        female = R.random() < 0.5
    for _ in range(60):
        g = R.choice(f if female else m)
        fam = family if family is not None else R.choice(s)
        gn, gr = _split(g)
        famm = fam.split("/")
        fn, fr = _split(famm[0])
        if female and len(famm) > 1:
            fn = famm[1]
        words = {gn, fn} | ({w for w in fn.split()})
        if used is not None and family is None and (words & used):
            continue
        if used is not None and gn in used:
            continue
        break
    else:
        return None
    p = Person()
    p.given, p.family, p.female, p.fentry = gn, fn, female, fam
    p.rgiven = gr or romanize(gn)
    p.rfamily = fr or romanize(fn)
    if cc in ("CN",):
        p.full = fn + gn
    elif cc == "KR":
        p.full = fn + gn
    elif cc == "JP":
        p.full = fn + " " + gn
    elif cc == "VN":
        p.full = fn + " " + R.choice(VN_MIDDLE_F if female else VN_MIDDLE_M) + " " + gn
    elif cc == "ES" and R.random() < 0.6:
        s2 = R.choice([x for x in s if x != fam])
        p.full = gn + " " + fn + " " + s2
        words.add(s2)
    elif cc == "BR" and R.random() < 0.4:
        s2 = R.choice([x for x in s if x != fam])
        p.full = gn + " " + s2 + " " + fn
        words.add(s2)
    else:
        p.full = gn + " " + fn
    p.words = words
    if used is not None:
        used |= words
    return p


def all_name_words():
    out = set()
    for cc, (m, f, s) in NAMES.items():
        for e in (m + " " + f + " " + s).split():
            for part in e.split("/"):
                out.add(_split(part)[0])
    return out

# ====================================================================== places
# Streets and towns with real postcode shapes (hand-written for this part).
STREETS = {
    "US": ["Larkspur Hollow Rd", "Quarry Bend Dr", "Tamarack Ln", "Sawmill Creek Ave", "Bellflower Ct", "Old Ferry Rd", "Juniper Knoll Way"],
    "GB": ["Cowslip Terrace", "Tanyard Close", "Rookery Lane", "Millrace Gardens", "Furlong Way", "Pinfold Street", "Osier Road"],
    "DE": ["Quittenweg", "Am Bleichanger", "Gerberstraße", "Holunderstieg", "Zum Mühlbach", "Schlehenring", "Kornblumenpfad"],
    "FR": ["rue des Tanneurs", "impasse des Vanniers", "chemin de la Sablière", "rue du Pressoir", "allée des Charmilles", "rue de la Forge"],
    "ES": ["Calle del Alfarero", "Calle de los Tintoreros", "Avenida de los Almendros", "Calle Cordelería", "Travesía del Molino", "Calle Azafrán"],
    "IT": ["Via dei Cordai", "Vicolo del Forno", "Via delle Filande", "Via dei Gelsi", "Via del Lavatoio", "Via dei Bottai"],
    "NL": ["Klaproosstraat", "Turfschip", "Lijnbaanpad", "Zilverschoonlaan", "Koolzaadweg", "Reigersbek"],
    "BR": ["Rua das Sibipirunas", "Rua dos Tropeiros", "Avenida dos Ipês-Roxos", "Rua do Alambique", "Travessa dos Seleiros", "Rua das Quaresmeiras"],
    "PL": ["ul. Jarzębinowa", "ul. Bednarska", "ul. Kminkowa", "ul. Sitarska", "ul. Wrzosowa", "ul. Garncarska"],
    "RU": ["ул. Черёмуховая", "ул. Бондарная", "пер. Гончарный", "ул. Сиреневый бульвар", "ул. Кожевенная", "пр-т Строителей"],
    "GR": ["Οδός Αμαλθείας", "Οδός Κυκλάμινων", "Οδός Αγγειοπλαστών", "Οδός Λεμονιάς", "Οδός Υφαντών", "Οδός Πλατάνων"],
    "TR": ["Menekşe Sk.", "Çömlekçi Sk.", "Ihlamur Cd.", "Değirmen Sk.", "Nergis Sk.", "Kiraz Bahçesi Sk."],
    "IL": ["רחוב הדקל", "רחוב הגפן", "רחוב הצורפים", "רחוב החרוב", "רחוב הנגרים", "רחוב הרימון"],
    "EG": ["شارع الصفصاف", "شارع النخيل", "شارع الفخارين", "شارع الياسمين", "شارع المطاحن", "شارع الجميز"],
    "IN": ["गुलमोहर मार्ग", "कचनार गली", "अमलतास मार्ग", "कुम्हार गली", "नीम चौक मार्ग", "बेलपत्र गली"],
    "TH": ["ซอยลำดวน", "ซอยจำปี", "ซอยพิกุลทอง", "ซอยกระถิน", "ซอยนางแย้ม", "ซอยราชพฤกษ์"],
    "CN": ["桂香路", "柳荫街", "梧桐巷", "织布坊路", "青砖巷", "荷塘西路"],
    "JP": ["藤棚", "鍛冶町", "柳原", "桜木台", "紺屋町", "梅ヶ丘"],
    "KR": ["느티나무로", "배꽃길", "물레방아로", "옹기마을길", "은행나무길", "솔숲로"],
    "VN": ["ngõ 48 phố Thợ Nhuộm", "hẻm 112 đường Cây Keo", "ngõ 9 phố Hàng Vải", "hẻm 27 đường Bàu Cát", "ngõ 61 phố Lò Rèn"],
    "SE": ["Blåbärsvägen", "Smedjegatan", "Lingonstigen", "Garvaregränd", "Hjortronvägen", "Repslagargatan"],
}
TOWNS = {
    "US": [("Mandan", "ND", "585"), ("Pocatello", "ID", "832"), ("Muncie", "IN", "473"), ("Dothan", "AL", "363"), ("Casper", "WY", "826"), ("Keene", "NH", "034")],
    "GB": [("Hexham", "NE46"), ("Ludlow", "SY8"), ("Wisbech", "PE13"), ("Tiverton", "EX16"), ("Brigg", "DN20"), ("Malton", "YO17")],
    "DE": [("Fulda", "360"), ("Paderborn", "330"), ("Landshut", "840"), ("Gießen", "353"), ("Schwerin", "190"), ("Jena", "077")],
    "FR": [("Limoges", "870"), ("Angoulême", "160"), ("Périgueux", "240"), ("Épinal", "880"), ("Vesoul", "700"), ("Auxerre", "890")],
    "ES": [("Cáceres", "100"), ("Zamora", "490"), ("Ourense", "320"), ("Palencia", "340"), ("Cuenca", "160"), ("Lorca", "308")],
    "IT": [("Foligno", "06034", "PG"), ("Lanciano", "66034", "CH"), ("Vigevano", "27029", "PV"), ("Sulmona", "67039", "AQ"), ("Bassano del Grappa", "36061", "VI"), ("Chiavari", "16043", "GE")],
    "NL": [("Sneek", "86"), ("Zutphen", "72"), ("Roosendaal", "47"), ("Hoorn", "16"), ("Assen", "94"), ("Tiel", "40")],
    "BR": [("Uberlândia", "MG", "384"), ("Londrina", "PR", "860"), ("Garanhuns", "PE", "552"), ("Petrópolis", "RJ", "256"), ("Joinville", "SC", "892"), ("Quixadá", "CE", "639")],
    "PL": [("Lublin", "20"), ("Opole", "45"), ("Rzeszów", "35"), ("Olsztyn", "10"), ("Zamość", "22"), ("Płock", "09")],
    "RU": [("Пермь", "614"), ("Вологда", "160"), ("Тамбов", "392"), ("Кострома", "156"), ("Барнаул", "656"), ("Псков", "180")],
    "GR": [("Λάρισα", "412"), ("Καλαμάτα", "241"), ("Κοζάνη", "501"), ("Χανιά", "731"), ("Βόλος", "382"), ("Ξάνθη", "671")],
    "TR": [("Karesi/Balıkesir", "101"), ("Efeler/Aydın", "091"), ("Onikişubat/Kahramanmaraş", "461"), ("Merkez/Sinop", "570"), ("Atakum/Samsun", "552"), ("Yeşilyurt/Malatya", "442")],
    "IL": [("באר שבע", "84"), ("רחובות", "76"), ("צפת", "13"), ("נהריה", "22"), ("כרמיאל", "21"), ("אשקלון", "78")],
    "EG": [("سموحة، الإسكندرية", "21"), ("المعادي، القاهرة", "11"), ("حي الجامعة، المنصورة الجديدة", "35"), ("الشيخ زايد، الجيزة", "12"), ("حي الزهور، بورسعيد", "42")],
    "IN": [("शास्त्री नगर, कानपुर", "2080"), ("मालवीय नगर, जयपुर", "3020"), ("गोमती नगर, लखनऊ", "2260"), ("राजेंद्र नगर, पटना", "8000"), ("अरेरा हिल्स, भोपाल", "4620")],
    "TH": [("ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "50300"), ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"), ("ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา", "90110"), ("ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา", "30000")],
    "CN": [("江苏省扬州市广陵区", "225"), ("浙江省湖州市吴兴区", "313"), ("湖南省岳阳市岳阳楼区", "414"), ("山东省潍坊市奎文区", "261"), ("福建省泉州市鲤城区", "362")],
    "JP": [("石川県金沢市", "920"), ("岐阜県高山市", "506"), ("愛媛県松山市", "790"), ("秋田県秋田市", "010"), ("長崎県佐世保市", "857")],
    "KR": [("대전광역시 유성구", "341"), ("광주광역시 북구", "611"), ("강원특별자치도 춘천시", "243"), ("전북특별자치도 전주시 완산구", "549"), ("경상남도 진주시", "527")],
    "VN": [("phường Phú Hội, TP Huế", ""), ("phường Hòa Cường Bắc, quận Hải Châu, Đà Nẵng", ""), ("phường Bến Thành, Quận 1, TP Hồ Chí Minh", ""), ("phường Trần Phú, TP Quy Nhơn, Bình Định", "")],
    "SE": [("Härnösand", "871"), ("Östersund", "831"), ("Växjö", "352"), ("Kalmar", "392"), ("Falun", "791"), ("Luleå", "973")],
}


def address(R, cc):
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    if cc == "US":
        unit = R.choice(["", ", Apt %d" % R.randint(2, 30), ", Unit %s" % R.choice("ABCD")])
        return "%d %s%s, %s, %s %s%02d" % (R.randint(100, 9899), st, unit, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        pre = R.choice(["", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s, %s %s %d%s" % (pre, n, st, t[0], t[1], R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    if cc == "DE":
        return "%s %d%s, %s%02d %s" % (st, n, R.choice(["", "", "a"]), t[1], R.randint(1, 99), t[0])
    if cc == "FR":
        return "%d%s %s, %s%02d %s" % (n, R.choice(["", "", " bis"]), st, t[1], R.choice([0, 0, 10, 20]), t[0])
    if cc == "ES":
        return "%s %d, %dº %s, %s%02d %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], R.randint(1, 15), t[0])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d, %s%02d %s %s" % (st, n, t[1], R.randint(10, 99), R.choice("BCDEGHJKLMNPRTVWXZ") + R.choice("ABCEGHJKLMNPRTVWXZ"), t[0])
    if cc == "BR":
        return "%s, %d - %s, %s - %s, %s%02d-%03d" % (st, n, R.choice(["Jardim Europa", "Vila Operária", "Centro", "Bairro Alto da Serra"]), t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        return "%s %d/%d, %s-%03d %s" % (st, n, R.randint(1, 40), t[1], R.randint(1, 999), t[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, %s, %s%03d" % (st, n, R.randint(1, 120), t[0], t[1], R.randint(0, 999))
    if cc == "GR":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    if cc == "TR":
        return "%s No: %d D: %d, %s%02d %s" % (st, n, R.randint(1, 20), t[1], R.randint(10, 99), t[0])
    if cc == "IL":
        return "%s %d, דירה %d, %s %s%05d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(10000, 99999))
    if cc == "EG":
        return "%d %s، %s %s%03d" % (n, st, t[0], t[1], R.randint(100, 999))
    if cc == "IN":
        return "मकान %d, %s, %s %s%02d" % (n, st, t[0], t[1], R.randint(1, 30))
    if cc == "TH":
        return "%d/%d %s %s %s" % (R.randint(10, 299), R.randint(1, 40), st, t[0], t[1])
    if cc == "CN":
        return "%s%s%d号%d栋%d室" % (t[0], st, n, R.randint(1, 12), R.randint(101, 1802))
    if cc == "JP":
        return "〒%s-%04d %s%s%d-%d-%d" % (t[1], R.randint(1, 9999), t[0], st, R.randint(1, 5), R.randint(1, 20), R.randint(1, 30))
    if cc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, n, R.randint(101, 112), R.randint(101, 1504))
    if cc == "VN":
        return "số %d %s, %s" % (R.randint(2, 90), st, t[0])
    if cc == "SE":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    raise KeyError(cc)


# Webmail domains (real providers appear only as providers).
MAILDOM = {
    "US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
    "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "IL": ["walla.co.il", "gmail.com", "bezeqint.net"], "EG": ["yahoo.com", "gmail.com", "hotmail.com"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "outlook.co.th"],
    "CN": ["163.com", "126.com", "sina.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"],
    "KR": ["naver.com", "daum.net", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "SE": ["telia.com", "bredband.net", "gmail.com"],
}


def personal_email(R, cc, p):
    g, f = p.rgiven, p.rfamily.replace(" ", "")
    if cc == "CN" and R.random() < 0.3:
        return "%d@qq.com" % R.randint(10 ** 7, 10 ** 10)
    form = R.choice(["{g}.{f}", "{g}{f}{n}", "{gi}{f}", "{f}.{g}{n}", "{g}_{f}"])
    local = form.format(g=g, f=f, gi=g[0], n=R.randint(1, 99))
    return local + "@" + R.choice(MAILDOM[cc])


def work_email(R, p, dom):
    return "%s.%s@%s" % (p.rgiven, p.rfamily.replace(" ", ""), dom) if R.random() < 0.7 else "%s%s@%s" % (p.rgiven[0], p.rfamily.replace(" ", ""), dom)

# ====================================================================== phones
EXTRA_MOBILE = {
    "TR": (90, "0", lambda R: "5" + R.choice(["30", "31", "32", "33", "35", "36", "38", "42", "43", "44", "45", "46", "52", "53", "54"]) + nz(R, 7)),
    "GR": (30, "", lambda R: "69" + R.choice("034579") + nz(R, 7)),
    "IL": (972, "0", lambda R: "5" + R.choice("02348") + nz(R, 7)),
    "EG": (20, "0", lambda R: "1" + R.choice("0125") + nz(R, 8)),
    "TH": (66, "0", lambda R: R.choice(["61", "62", "63", "64", "65", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + digits(R, 7)),
    "KR": (82, "0", lambda R: "10" + R.choice("23456789") + digits(R, 7)),
    "VN": (84, "0", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38", "70", "77", "79", "81", "83", "85", "86", "88"]) + digits(R, 7)),
}
MOBILE_KIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile",
               "IT": "mobile", "NL": "mobile", "BR": "mobile", "PL": "mobile", "RU": "mobile",
               "IN": "mobile", "CN": "mobile", "JP": "mobile", "SE": "mobile"}


def mobile_nsn(R, cc):
    if cc in EXTRA_MOBILE:
        c, t, f = EXTRA_MOBILE[cc]
        return c, t, f(R)
    c, t, kinds = PLANS[cc]
    nsn = kinds[MOBILE_KIND[cc]](R)
    if cc == "FR":
        while nsn[:3] in ("639",):
            nsn = kinds["mobile"](R)
    return c, t, nsn


def fmt_phone(R, cc, intl=None):
    """Returns (text, meta) of a mobile phone of country cc."""
    c, t, n = mobile_nsn(R, cc)
    if intl is None:
        intl = R.random() < 0.35
    if cc == "US":
        s = "(%s) %s-%s" % (n[:3], n[3:6], n[6:]) if not intl else "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:])
    elif cc == "GB":
        s = "0%s %s" % (n[:4], n[4:]) if not intl else "+44 %s %s" % (n[:4], n[4:])
    elif cc == "DE":
        s = "0%s %s" % (n[:3], n[3:]) if not intl else "+49 %s %s" % (n[:3], n[3:])
    elif cc == "FR":
        p = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        s = "0%s %s" % (n[0], p) if not intl else "+33 %s %s" % (n[0], p)
    elif cc == "ES":
        s = "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if not intl else "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "IT":
        s = "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+39 %s %s" % (n[:3], n[3:])
    elif cc == "NL":
        s = "06-%s" % n[1:] if not intl else "+31 6 %s" % n[1:]
    elif cc == "BR":
        s = "(%s) %s-%s" % (n[:2], n[2:7], n[7:]) if not intl else "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    elif cc == "PL":
        s = "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+48 %s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "RU":
        s = "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if not intl else "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "SE":
        s = "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if not intl else "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    elif cc == "IN":
        s = "%s %s" % (n[:5], n[5:]) if not intl else "+91 %s %s" % (n[:5], n[5:])
    elif cc == "CN":
        s = "%s %s %s" % (n[:3], n[3:7], n[7:]) if not intl else "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    elif cc == "JP":
        s = "0%s-%s-%s" % (n[:2], n[2:6], n[6:]) if not intl else "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif cc == "GR":
        s = "%s %s %s" % (n[:3], n[3:6], n[6:]) if not intl else "+30 %s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "TR":
        s = "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if not intl else "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "IL":
        s = "0%s-%s-%s" % (n[:2], n[2:5], n[5:]) if not intl else "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif cc == "EG":
        s = "0%s %s %s" % (n[:2], n[2:6], n[6:]) if not intl else "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    elif cc == "TH":
        s = "0%s-%s-%s" % (n[:2], n[2:5], n[5:]) if not intl else "+66 %s %s %s" % (n[:2], n[2:5], n[5:])
    elif cc == "KR":
        s = "0%s-%s-%s" % (n[:2], n[2:6], n[6:]) if not intl else "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif cc == "VN":
        s = "0%s %s %s" % (n[:2], n[2:5], n[5:]) if not intl else "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    else:
        raise KeyError(cc)
    return s


def phone_label(R, cc, region=None, intl=None):
    """A phone label of a mobile of cc read in region (plan when they differ)."""
    region = region or cc
    if region != cc:
        intl = True
    s = fmt_phone(R, cc, intl)
    meta = {"sub": "mobile", "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", s, **meta)


# ====================================================================== dates
class DOB:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d


def dob_random(R, lo=1938, hi=2004):
    return DOB(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def fmt_date(R, cc, b):
    y, m, d = b.y, b.m, b.d
    words = R.random() < 0.3
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y) if words else "%02d/%02d/%d" % (m, d, y)
    if cc == "GB":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "DE":
        return "%d. %s %d" % (d, MONTHS["de"][m - 1], y) if words else "%02d.%02d.%d" % (d, m, y)
    if cc == "FR":
        return "%d %s %d" % (d, MONTHS["fr"][m - 1], y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "ES":
        return "%d de %s de %d" % (d, MONTHS["es"][m - 1], y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "IT":
        return "%d %s %d" % (d, MONTHS["it"][m - 1], y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "NL":
        return "%d %s %d" % (d, MONTHS["nl"][m - 1], y) if words else "%02d-%02d-%d" % (d, m, y)
    if cc == "BR":
        return "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc in ("PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d, m, y)
    if cc in ("GR", "EG", "VN"):
        return "%02d/%02d/%d" % (d, m, y)
    if cc == "IL":
        return "%02d.%02d.%d" % (d, m, y) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "IN":
        return "%02d-%02d-%d" % (d, m, y)
    if cc == "TH":
        return "%02d/%02d/%d" % (d, m, y + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%d년 %d월 %d일" % (y, m, d) if words else "%d. %d. %d." % (y, m, d)
    if cc == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    raise KeyError(cc)


def fmt_other_date(R, cc, y):
    """A date that is not a birth date (bookings, visits, intake)."""
    return fmt_date(random.Random(R.random()), cc, DOB(y, R.randint(1, 12), R.randint(1, 28)))


# ====================================================================== ids
def pesel(b, female, R):
    mm = b.m + (20 if b.y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (b.y % 100, mm, b.d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * k for x, k in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(x) * k for x, k in zip(s, w)) % 10) % 10 == int(s[10])


def personnummer(b, female, R):
    body = "%02d%02d%02d%02d%d" % (b.y % 100, b.m, b.d, R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return body[:6] + "-" + body[6:] + str((10 - s % 10) % 10)


def personnummer_ok(s):
    return luhn_ok(s.replace("-", ""))


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def il_id(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def th_id(R):
    body = str(R.randint(1, 8)) + digits(R, 11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(body)) % 11) % 10
    return body + str(c)


def th_id_ok(s):
    return len(s) == 13 and (11 - sum(int(x) * (13 - i) for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, b, female):
    area = R.choice(["321002", "330502", "430602", "370705", "350502"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = "%s%d%02d%02d%s" % (area, b.y, b.m, b.d, seq)
    return body + "10X98765432"[sum(int(x) * w for x, w in zip(body, CN_W)) % 11]


def cn_id_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(x) * w for x, w in zip(s[:17], CN_W)) % 11] == s[17]


KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def kr_rrn(R, b, female):
    g = (3 if b.y >= 2000 else 1) + (1 if female else 0)
    body = "%02d%02d%02d%d%05d" % (b.y % 100, b.m, b.d, g, R.randint(0, 99999))
    c = (11 - sum(int(x) * w for x, w in zip(body, KR_W)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_rrn_ok(s):
    t = s.replace("-", "")
    return len(t) == 13 and (11 - sum(int(x) * w for x, w in zip(t[:12], KR_W)) % 11) % 10 == int(t[12])


def amka(R, b):
    return luhn_complete("%02d%02d%02d%04d" % (b.d, b.m, b.y % 100, R.randint(0, 9999)))


def eg_id(R, b, female):
    return "%d%02d%02d%02d%02d%03d%d%d" % (2 if b.y < 2000 else 3, b.y % 100, b.m, b.d, R.choice([1, 2, 3, 12, 21, 88]), R.randint(0, 999), R.choice([2, 4, 6, 8] if female else [1, 3, 5, 7, 9]), R.randint(1, 9))


def vn_cccd(R, b, female):
    g = (0 if b.y < 2000 else 2) + (1 if female else 0)
    return "%03d%d%02d%06d" % (R.choice([1, 31, 46, 48, 79, 52]), g, b.y % 100, R.randint(0, 999999))


def passport(R, cc):
    U = string.ascii_uppercase
    if cc == "DE":
        return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "FR":
        return "%02d%s%05d" % (R.randint(10, 24), R.choice(U) + R.choice(U), R.randint(0, 99999))
    if cc in ("US", "GB"):
        return "%09d" % R.randint(100000000, 999999999)
    if cc == "RU":
        return "%02d %07d" % (R.randint(70, 77), R.randint(0, 9999999))
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(1000000, 9999999)
    if cc in ("CN", "KR", "EG", "TR"):
        return {"CN": "E", "KR": "M", "EG": "A", "TR": "U"}[cc] + "%08d" % R.randint(10000000, 99999999)
    if cc == "JP":
        return R.choice(["TR", "TK", "TZ", "MU"]) + "%07d" % R.randint(0, 9999999)
    if cc == "TH":
        return R.choice(["AA", "AB", "AC"]) + "%07d" % R.randint(0, 9999999)
    if cc == "VN":
        return R.choice("BCN") + "%07d" % R.randint(0, 9999999)
    if cc == "GR":
        return R.choice(U) + R.choice(U) + "%07d" % R.randint(0, 9999999)
    if cc == "IL":
        return "%08d" % R.randint(20000000, 39999999)
    if cc == "SE":
        return "%08d" % R.randint(10000000, 99999999)
    if cc == "IT":
        return R.choice(["YA", "YB", "YC"]) + "%07d" % R.randint(0, 9999999)
    if cc == "ES":
        return "PA" + R.choice(U) + "%06d" % R.randint(0, 999999)
    if cc == "NL":
        return "N" + "".join(R.choice("CFGHJKLMNPRTVWXYZ") for _ in range(2)) + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(5)) + str(R.randint(0, 9))
    if cc == "BR":
        return R.choice(["FV", "FW", "GA"]) + "%06d" % R.randint(0, 999999)
    if cc == "PL":
        return R.choice(["EA", "EB", "EK"]) + "%07d" % R.randint(0, 9999999)
    raise KeyError(cc)


IT_BELF = ["D653", "E435", "L872", "I804", "A703", "C621"]


def national_id(R, cc, p, b):
    """(value, sub) of the national id or tax id of a person of cc."""
    fem = p.female
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        pfx, num, suf = nino_random(R)
        return "%s %s %s %s %s" % (pfx, num[:2], num[2:4], num[4:], suf) if R.random() < 0.6 else pfx + num + suf, "nino"
    if cc == "DE":
        v = steuerid_random(R)
        return ("%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])) if R.random() < 0.5 else v, "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if fem else "1", yy=b.y % 100, mm=b.m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        if R.random() < 0.75:
            n, l = dni_random(R)
            return n + l, "dni"
        p_, n, l = nie_random(R)
        return p_ + n + l, "nie"
    if cc == "IT":
        return cf_make(p.family, p.given, b.y % 100, b.m, b.d, fem, R.choice(IT_BELF)), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "cpf"
    if cc == "PL":
        return pesel(b, fem, R), "pesel"
    if cc == "RU":
        return "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(100000, 999999)), "ru_passport"
    if cc == "GR":
        return amka(R, b), "amka"
    if cc == "TR":
        return tckn(R), "tc_kimlik"
    if cc == "IL":
        return il_id(R), "teudat_zehut"
    if cc == "EG":
        return eg_id(R, b, fem), "national_id"
    if cc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "aadhaar"
    if cc == "TH":
        t = th_id(R)
        return "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]) if R.random() < 0.6 else t, "th_id"
    if cc == "CN":
        return cn_id(R, b, fem), "resident_id"
    if cc == "JP":
        return passport(R, "JP"), "passport"
    if cc == "KR":
        return kr_rrn(R, b, fem), "rrn"
    if cc == "VN":
        return vn_cccd(R, b, fem), "cccd"
    if cc == "SE":
        return personnummer(b, fem, R), "personnummer"
    raise KeyError(cc)


def id_valid(v, sub):
    t = v.replace(" ", "").replace("-", "").replace(".", "")
    if sub == "ssn":
        return ssn_valid(int(t[:3]), int(t[3:5]), int(t[5:]))
    if sub == "nino":
        return t[:2] not in NINO_BAD_PREFIX and t[-1] in "ABCD" and len(t) == 9
    if sub == "steuer_id":
        return steuerid_ok(t)
    if sub == "nir":
        return nir_ok(t[:13], t[13:])
    if sub == "dni":
        return DNI_LETTERS[int(t[:8]) % 23] == t[8]
    if sub == "nie":
        return nie_ok(t)
    if sub == "codice_fiscale":
        return cf_check(t[:15]) == t[15]
    if sub == "bsn":
        return bsn_ok(t)
    if sub == "cpf":
        return cpf_ok(t)
    if sub == "pesel":
        return pesel_ok(t)
    if sub == "amka":
        return len(t) == 11 and luhn_ok(t)
    if sub == "tc_kimlik":
        return tckn_ok(t)
    if sub == "teudat_zehut":
        return len(t) == 9 and luhn_ok(t)
    if sub == "aadhaar":
        return len(t) == 12 and verhoeff_ok(t)
    if sub == "th_id":
        return th_id_ok(t)
    if sub == "resident_id":
        return cn_id_ok(t)
    if sub == "rrn":
        return kr_rrn_ok(t)
    if sub == "personnummer":
        return personnummer_ok(t)
    if sub == "national_id":
        return len(t) == 14 and t[0] in "23"
    if sub == "cccd":
        return len(t) == 12
    if sub in ("passport", "ru_passport", "residence_permit"):
        return len(t) >= 7
    return False


def gov_label(R, cc, p, b, passport_only=False):
    if passport_only:
        return L("gov_id", passport(R, cc), sub="passport", country=cc)
    v, sub = national_id(R, cc, p, b)
    return L("gov_id", v, sub=sub, country=cc)


# ====================================================================== money
IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "SE", "GB", "BR"}


def iban_label(R, cc, grouped=None):
    v = iban_random(R, cc)
    if grouped is None:
        grouped = R.random() < 0.7
    return L("iban", group(v) if grouped else v, sub=cc)


def card_label(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "maestro"])
    c = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(split_groups(c, card_grouping(len(c)))) if sep else c, sub=iss.rstrip("2").replace("visa13", "visa"))


TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "4000 0000 0000 9995"]


def luhn_bad(R, n):
    while True:
        s = R.choice("123456789") + digits(R, n - 1)
        if not luhn_ok(s):
            return s


# ====================================================================== ips
def public_v4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 82, 85, 86, 88, 90, 92, 94, 95, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217, 81, 84, 89, 24, 67, 73, 98, 99, 101, 110, 115, 119, 123, 125, 171, 180, 182, 183, 190, 200, 201])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def public_v6(R):
    pre = R.choice(["2a02:%x" % R.randint(0x1000, 0xffff), "2001:%x" % R.randint(0x4000, 0x4fff), "2a01:%x" % R.randint(0x1000, 0xffff), "2600:%x" % R.randint(0x1000, 0x1fff), "2406:%x" % R.randint(0x1000, 0xffff)])
    return pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.choice([2, 6]))) if False else pre + ":%x:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))


def ip_label(R, role, v6=None):
    if v6 is None:
        v6 = R.random() < 0.18
    return L("ip", public_v6(R) if v6 else public_v4(R), sub=("v6_" if v6 else "v4_") + role)


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def lan_ip(R):
    return R.choice(["192.168.%d.%d" % (R.choice([0, 1, 10, 50]), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 20), R.randint(0, 255), R.randint(2, 250)), "172.16.%d.%d" % (R.randint(0, 31), R.randint(2, 250))])


# ====================================================================== secrets
def stripe_webhook_secret(R):
    return "whsec_" + rnd(R, ALNUM, 32)


def mailchimp_key(R):
    return rnd(R, "0123456789abcdef", 32) + "-us%d" % R.randint(2, 21)


def crm_api_key(R):
    return "crm_live_" + rnd(R, ALNUM, 40)


def wifi_password(R):
    return R.choice(["Lantern", "Orchard", "Bellrope", "Candle", "Pantry", "Steeple", "Kettle"]) + R.choice(["-", "!", "#", "_"]) + str(R.randint(100, 9999)) + R.choice(["", "q", "Z", "!"])


def db_password(R):
    return rnd(R, ALNUM, R.randint(16, 24)) + R.choice(["!", "#", "%", "@"])

# ====================================================================== languages
LOCALES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN", "SE"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt", "PL": "pl",
        "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi", "SE": "sv"}

# Field labels: name, dob, addr, phone, email, id, iban, notes, date, ref, staff, parent, household
_LB = {
    "en": "Name|Date of birth|Address|Phone|Email|ID number|IBAN|Notes|Date|Ref|Staff member|Parent/guardian|Household",
    "de": "Name|Geburtsdatum|Anschrift|Telefon|E-Mail|Ausweis-/Steuer-Nr.|IBAN|Notizen|Datum|Az.|Mitarbeiter/in|Erziehungsberechtigte/r|Haushalt",
    "fr": "Nom|Date de naissance|Adresse|Téléphone|Courriel|N° d'identification|IBAN|Remarques|Date|Réf.|Intervenant·e|Responsable légal|Foyer",
    "es": "Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo|DNI/NIE|IBAN|Observaciones|Fecha|Ref.|Responsable|Padre/madre/tutor|Unidad familiar",
    "it": "Nome|Data di nascita|Indirizzo|Telefono|E-mail|Codice fiscale|IBAN|Note|Data|Rif.|Operatore|Genitore/tutore|Nucleo familiare",
    "nl": "Naam|Geboortedatum|Adres|Telefoon|E-mail|BSN|IBAN|Opmerkingen|Datum|Kenmerk|Medewerker|Ouder/voogd|Huishouden",
    "pt": "Nome|Data de nascimento|Endereço|Telefone|E-mail|CPF|IBAN|Observações|Data|Ref.|Responsável|Pai/mãe/responsável|Agregado",
    "pl": "Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail|PESEL|IBAN|Uwagi|Data|Sygn.|Pracownik|Rodzic/opiekun|Gospodarstwo",
    "ru": "ФИО|Дата рождения|Адрес|Телефон|Эл. почта|Паспорт|IBAN|Примечания|Дата|Номер дела|Сотрудник|Родитель/опекун|Состав семьи",
    "el": "Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|ΑΜΚΑ|IBAN|Σημειώσεις|Ημερομηνία|Αρ. φακέλου|Υπεύθυνος/η|Γονέας/κηδεμόνας|Νοικοκυριό",
    "tr": "Ad Soyad|Doğum tarihi|Adres|Telefon|E-posta|T.C. Kimlik No|IBAN|Notlar|Tarih|Dosya no|Görevli|Veli|Hane",
    "he": "שם מלא|תאריך לידה|כתובת|טלפון|דוא\"ל|ת.ז.|IBAN|הערות|תאריך|מס' תיק|איש/אשת צוות|הורה/אפוטרופוס|משק בית",
    "ar": "الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|الرقم القومي|IBAN|ملاحظات|التاريخ|رقم الملف|الموظف المسؤول|ولي الأمر|الأسرة",
    "hi": "नाम|जन्म तिथि|पता|फ़ोन|ईमेल|आधार संख्या|IBAN|टिप्पणी|दिनांक|संदर्भ|कार्यकर्ता|अभिभावक|परिवार",
    "th": "ชื่อ-นามสกุล|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|เลขประจำตัวประชาชน|IBAN|หมายเหตุ|วันที่|เลขที่อ้างอิง|เจ้าหน้าที่|ผู้ปกครอง|ครัวเรือน",
    "zh": "姓名|出生日期|地址|电话|邮箱|身份证号|IBAN|备注|日期|编号|工作人员|监护人|家庭成员",
    "ja": "氏名|生年月日|住所|電話|メール|旅券番号|IBAN|備考|日付|受付番号|担当者|保護者|世帯",
    "ko": "성명|생년월일|주소|연락처|이메일|주민등록번호|IBAN|비고|날짜|접수번호|담당자|보호자|가구",
    "vi": "Họ tên|Ngày sinh|Địa chỉ|Điện thoại|Email|Số CCCD|IBAN|Ghi chú|Ngày|Mã hồ sơ|Cán bộ phụ trách|Phụ huynh/người giám hộ|Hộ gia đình",
    "sv": "Namn|Födelsedatum|Adress|Telefon|E-post|Personnummer|IBAN|Anteckningar|Datum|Ärendenr|Handläggare|Vårdnadshavare|Hushåll",
}
LBL_KEYS = ["name", "dob", "addr", "phone", "email", "id", "iban", "notes", "date", "ref", "staff", "parent", "household"]
LB = {lg: dict(zip(LBL_KEYS, s.split("|"))) for lg, s in _LB.items()}

# Requests by kind: check, summarise, reply, table, strip, debug.
_RQ = {
    "en": ["Can you check this before I send it on? Is anything missing?", "Summarise this in three bullets for the team meeting.", "Help me write a kind but clear reply to this.", "Turn this into a tidy table, one row per person.", "I need to forward this to an outside partner. What should I take out first?", "Why isn't this working? Explain it simply, I'm only the volunteer who does the IT."],
    "de": ["Kannst du das durchsehen, bevor ich es weiterschicke? Fehlt etwas?", "Fass das bitte in drei Punkten für die Teamsitzung zusammen.", "Hilf mir, darauf freundlich, aber klar zu antworten.", "Mach daraus bitte eine ordentliche Tabelle, eine Zeile pro Person.", "Ich muss das an einen externen Partner weitergeben. Was sollte ich vorher entfernen?", "Warum funktioniert das nicht? Bitte einfach erklären, ich mache die IT nur ehrenamtlich."],
    "fr": ["Tu peux vérifier avant que je l'envoie ? Il manque quelque chose ?", "Résume-moi ça en trois points pour la réunion d'équipe.", "Aide-moi à rédiger une réponse bienveillante mais claire.", "Mets ça dans un tableau propre, une ligne par personne.", "Je dois transmettre ça à un partenaire extérieur. Qu'est-ce que je dois enlever d'abord ?", "Pourquoi ça ne marche pas ? Explique simplement, je suis juste le bénévole informatique."],
    "es": ["¿Puedes revisarlo antes de que lo envíe? ¿Falta algo?", "Resúmelo en tres puntos para la reunión del equipo.", "Ayúdame a redactar una respuesta amable pero clara.", "Pásalo a una tabla ordenada, una fila por persona.", "Tengo que reenviarlo a una entidad colaboradora. ¿Qué debería quitar antes?", "¿Por qué no funciona? Explícamelo fácil, solo soy el voluntario de informática."],
    "it": ["Puoi controllarlo prima che lo inoltri? Manca qualcosa?", "Riassumilo in tre punti per la riunione dell'équipe.", "Aiutami a scrivere una risposta gentile ma chiara.", "Trasformalo in una tabella ordinata, una riga per persona.", "Devo inoltrarlo a un ente esterno. Cosa dovrei togliere prima?", "Perché non funziona? Spiegamelo in modo semplice, sono solo il volontario che segue l'informatica."],
    "nl": ["Kun je dit nakijken voordat ik het doorstuur? Mist er iets?", "Vat dit samen in drie punten voor het teamoverleg.", "Help me een vriendelijk maar duidelijk antwoord te schrijven.", "Zet dit in een nette tabel, één regel per persoon.", "Ik moet dit doorsturen naar een externe partner. Wat moet ik eerst weghalen?", "Waarom werkt dit niet? Leg het simpel uit, ik doe de ICT als vrijwilliger."],
    "pt": ["Pode revisar antes de eu enviar? Está faltando alguma coisa?", "Resume isso em três tópicos para a reunião da equipe.", "Me ajuda a escrever uma resposta gentil mas clara.", "Transforma isso numa tabela organizada, uma linha por pessoa.", "Preciso encaminhar isso para um parceiro externo. O que devo tirar antes?", "Por que isso não funciona? Explica simples, sou só o voluntário da informática."],
    "pl": ["Możesz to sprawdzić, zanim wyślę dalej? Czegoś brakuje?", "Streść to w trzech punktach na zebranie zespołu.", "Pomóż mi napisać życzliwą, ale jasną odpowiedź.", "Zrób z tego porządną tabelę, jeden wiersz na osobę.", "Muszę to przekazać zewnętrznemu partnerowi. Co najpierw usunąć?", "Dlaczego to nie działa? Wytłumacz prosto, jestem tylko wolontariuszem od IT."],
    "ru": ["Проверь, пожалуйста, перед отправкой. Ничего не упущено?", "Сделай краткое резюме в трёх пунктах для собрания команды.", "Помоги написать доброжелательный, но чёткий ответ.", "Сведи это в аккуратную таблицу, по строке на человека.", "Мне нужно переслать это внешнему партнёру. Что сначала убрать?", "Почему это не работает? Объясни попроще, я просто волонтёр по IT."],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;", "Κάνε μου μια σύνοψη σε τρία σημεία για τη συνάντηση της ομάδας.", "Βοήθησέ με να γράψω μια ευγενική αλλά σαφή απάντηση.", "Κάν' το έναν καθαρό πίνακα, μία γραμμή ανά άτομο.", "Πρέπει να το προωθήσω σε εξωτερικό φορέα. Τι να αφαιρέσω πρώτα;", "Γιατί δεν δουλεύει; Εξήγησέ το απλά, είμαι απλώς ο εθελοντής της πληροφορικής."],
    "tr": ["Göndermeden önce kontrol eder misin? Eksik bir şey var mı?", "Ekip toplantısı için bunu üç maddede özetle.", "Nazik ama net bir cevap yazmama yardım et.", "Bunu düzgün bir tabloya çevir, kişi başına bir satır.", "Bunu dış bir ortağa iletmem gerekiyor. Önce neyi çıkarmalıyım?", "Bu neden çalışmıyor? Basitçe anlat, ben sadece bilgi işle uğraşan gönüllüyüm."],
    "he": ["אפשר לבדוק את זה לפני שאני שולחת? חסר משהו?", "תסכם לי את זה בשלוש נקודות לישיבת הצוות.", "תעזור לי לנסח תשובה חמה אבל ברורה.", "תהפוך את זה לטבלה מסודרת, שורה לכל אדם.", "אני צריך להעביר את זה לשותף חיצוני. מה להוריד קודם?", "למה זה לא עובד? תסביר בפשטות, אני רק המתנדב של המחשבים."],
    "ar": ["هل يمكنك مراجعة هذا قبل أن أرسله؟ هل ينقصه شيء؟", "لخّص هذا في ثلاث نقاط لاجتماع الفريق.", "ساعدني في كتابة رد لطيف وواضح.", "حوّل هذا إلى جدول مرتب، صف لكل شخص.", "عليّ تحويل هذا إلى جهة شريكة خارجية. ماذا أحذف أولاً؟", "لماذا لا يعمل هذا؟ اشرح ببساطة، أنا مجرد متطوع في قسم التقنية."],
    "hi": ["भेजने से पहले इसे जाँच लोगे? कुछ छूटा तो नहीं?", "टीम मीटिंग के लिए इसका तीन बिंदुओं में सार बना दो।", "इसका विनम्र लेकिन साफ़ जवाब लिखने में मदद करो।", "इसे एक साफ़ तालिका में बदल दो, हर व्यक्ति की एक पंक्ति।", "यह बाहर की एक सहयोगी संस्था को भेजना है। पहले क्या हटाऊँ?", "यह काम क्यों नहीं कर रहा? आसान भाषा में समझाओ, मैं बस आईटी देखने वाला स्वयंसेवक हूँ।"],
    "th": ["ช่วยตรวจก่อนส่งต่อหน่อย ขาดอะไรไหม", "ช่วยสรุปเป็นสามข้อสำหรับประชุมทีม", "ช่วยร่างคำตอบที่สุภาพแต่ชัดเจน", "ช่วยทำเป็นตารางให้เรียบร้อย คนละหนึ่งแถว", "ต้องส่งต่อให้หน่วยงานภายนอก ควรลบอะไรออกก่อน", "ทำไมมันใช้ไม่ได้ ช่วยอธิบายง่ายๆ ผมเป็นแค่อาสาสมัครดูแลไอที"],
    "zh": ["帮我在转发之前检查一下，有没有漏掉什么？", "帮我总结成三点，给团队例会用。", "帮我写一封温和但清楚的回复。", "整理成一张表，每人一行。", "这个要转给外部合作机构，我应该先删掉哪些内容？", "为什么不行？简单解释一下，我只是负责电脑的志愿者。"],
    "ja": ["送る前に確認してもらえますか？足りない項目はありますか？", "チーム会議用に三点で要約してください。", "やさしく、でもはっきりした返信を一緒に考えてください。", "一人一行の表に整理してください。", "外部の協力団体に転送する必要があります。先に何を消すべきですか？", "なぜ動かないのでしょう？IT担当のボランティアなので、わかりやすく説明してください。"],
    "ko": ["보내기 전에 확인해 줄래? 빠진 거 있어?", "팀 회의용으로 세 줄로 요약해 줘.", "친절하지만 분명한 답장을 쓰는 걸 도와줘.", "한 사람당 한 줄씩 표로 정리해 줘.", "외부 협력 기관에 전달해야 해. 먼저 뭘 지워야 할까?", "이게 왜 안 돼? 나는 IT 맡은 자원봉사자일 뿐이라 쉽게 설명해 줘."],
    "vi": ["Bạn kiểm tra giúp trước khi mình gửi đi nhé, có thiếu gì không?", "Tóm tắt giúp mình thành ba ý cho buổi họp nhóm.", "Giúp mình viết một câu trả lời nhẹ nhàng nhưng rõ ràng.", "Chuyển thành bảng gọn gàng, mỗi người một dòng.", "Mình phải chuyển cái này cho đối tác bên ngoài. Nên xoá gì trước?", "Sao cái này không chạy? Giải thích đơn giản thôi, mình chỉ là tình nguyện viên lo IT."],
    "sv": ["Kan du titta igenom det innan jag skickar vidare? Saknas något?", "Sammanfatta det här i tre punkter till teammötet.", "Hjälp mig skriva ett vänligt men tydligt svar.", "Gör om det till en prydlig tabell, en rad per person.", "Jag måste skicka det till en extern partner. Vad ska jag ta bort först?", "Varför fungerar det inte? Förklara enkelt, jag är bara volontären som sköter IT."],
}
RQ_KINDS = ["check", "summarise", "reply", "table", "strip", "debug"]
RQ = {lg: dict(zip(RQ_KINDS, v)) for lg, v in _RQ.items()}


def wrap(R, lang, body, kinds):
    """Request line before or after the paste, sometimes quoted, after a
    --- rule or around a code fence."""
    rq = RQ[lang][R.choice(kinds)]
    style = R.choice(["before", "before", "after", "quote", "rule", "fence"])
    if style == "before":
        return [rq + "\n\n", body]
    if style == "after":
        return [body, "\n\n" + rq]
    if style == "quote":
        return [rq + "\n\"\"\"\n", body, "\n\"\"\""]
    if style == "rule":
        return [body, "\n---\n" + rq]
    return [rq + "\n```\n", body, "\n```"]

# ====================================================================== organisations
# Per locale: the congregation or charity office (fictional), its domain,
# a scripture or prayer reference, a service time, a hymn/reading number
# and a charity registration number (all look-alikes).
FAITH = {
    "US": ("St. Brendan's Episcopal Church", "stbrendans-keene.org", "John 3:16", "Sunday Eucharist 9:30 and 11:15", "Hymn 680", "EIN 84-2937716"),
    "GB": ("St Aldhelm's Parish Office", "staldhelms-parish.org.uk", "Psalm 121", "Sung Eucharist Sundays 10:00, Evensong 18:30", "Hymn 432", "Registered charity no. 1187342"),
    "DE": ("Ev. Kirchengemeinde St. Nikolai", "nikolai-gemeinde.de", "Römer 12,13", "Gottesdienst sonntags 10:00 Uhr", "EG 503", "Vereinsregister VR 4418"),
    "FR": ("Paroisse Saint-Éloi", "paroisse-saint-eloi.fr", "Matthieu 25,35", "Messe dominicale à 10 h 30", "cantique n° 214", "RNA W872004517"),
    "ES": ("Parroquia de San Isidro Labrador", "sanisidro-caceres.es", "Lucas 10, 25-37", "misa los domingos a las 12:00", "canto n.º 118", "Registro de Entidades Religiosas 016829"),
    "IT": ("Parrocchia di San Crispino", "parrocchiasancrispino.it", "Matteo 25,40", "Santa Messa domenica ore 11:00", "canto n. 305", "C.F. 91023370543"),
    "NL": ("Protestantse Gemeente De Ark", "pg-deark.nl", "Psalm 146", "kerkdienst zondag 10.00 uur", "Lied 791", "RSIN 8240.31.775"),
    "BR": ("Paróquia São Judas Tadeu", "paroquiasaojudas-udi.org.br", "Mateus 25,35", "missa aos domingos às 8h e 19h", "canto 147", "CNPJ 17.284.906/0001-33"),
    "PL": ("Parafia pw. św. Wojciecha", "parafia-wojciech.pl", "Mt 25, 35-40", "msza św. w niedzielę o 9:00 i 11:30", "pieśń nr 212", "KRS 0000418273"),
    "RU": ("Приход храма Святителя Николая", "nikolsky-prihod.ru", "Мф. 25:35", "Литургия по воскресеньям в 9:00", "псалом 90", "ОГРН 1035900004175"),
    "GR": ("Ιερός Ναός Αγίου Δημητρίου", "agiosdimitrios-larisa.gr", "Ματθ. 25, 35", "Θεία Λειτουργία Κυριακή 7:30", "Ψαλμός 102", "ΑΦΜ 090118742"),
    "TR": ("Mimar Sinan Camii Yaptırma ve Yaşatma Derneği", "mimarsinancamii.org.tr", "Bakara 2:255", "Cuma namazı 13:15", "hadis no. 40", "Dernek kütük no 16-148-073"),
    "IL": ("בית הכנסת אהל משה", "ohel-moshe.org.il", "תהילים כג", "שחרית 6:45, מנחה 18:10", "פרשת השבוע", "ע\"ר 580641294"),
    "EG": ("جمعية مسجد عمر بن الخطاب الخيرية", "omar-mosque-charity.org.eg", "سورة البقرة 2:255", "صلاة الجمعة 12:05", "حديث رقم 40", "رقم الإشهار 4817 لسنة 2009"),
    "IN": ("श्री गणेश मंदिर सेवा ट्रस्ट", "ganeshmandir-seva.org.in", "भगवद्गीता 2.47", "आरती सुबह 6:30 और शाम 7:00", "भजन संख्या 12", "12A पंजीकरण AAATS4178K"),
    "TH": ("มูลนิธิวัดพระธาตุดอยคำ", "watdoikham-foundation.or.th", "ธรรมบท 183", "ทำวัตรเย็น 18:00", "บทสวดที่ 7", "ทะเบียนมูลนิธิ ชม. 0417"),
    "CN": ("圣若瑟堂社会服务部", "sjt-service.org.cn", "马太福音 25:35", "主日弥撒 上午9:00", "圣歌第118首", "统一社会信用代码 53321000MJ4817263X"),
    "JP": ("聖パウロ教会 奉仕部", "stpaul-kanazawa.jp", "マタイ 25:35", "主日礼拝 10:30", "聖歌 405番", "法人番号 3220005004173"),
    "KR": ("성 요셉 성당 사회복지회", "stjoseph-daejeon.or.kr", "마태 25,35", "주일미사 오전 10시 30분", "성가 48번", "고유번호 314-82-06175"),
    "VN": ("Giáo xứ Thánh Giuse", "giaoxuthanhgiuse.vn", "Mt 25,35", "Thánh lễ Chúa Nhật 5:30 và 17:00", "Thánh ca số 212", "QĐ thành lập số 418/QĐ-UBND"),
    "SE": ("Sankt Olofs församling", "sanktolof-umea.se", "Matt. 25:35", "Högmässa söndagar kl. 11.00", "Psalm 297", "Org.nr 252004-1837"),
}

# Charities and services of the theme (fictional); same name everywhere,
# local office address drawn once per locale.
ORGS = [
    ("Lamplight Pantry Network", "lamplightpantry.org"),
    ("Harbourlight Night Shelter", "harbourlight-shelter.org"),
    ("Threshold Refugee Welcome", "threshold-welcome.org"),
    ("Kindling Befriending Scheme", "kindling-befriend.org"),
    ("Wellspring Hardship Fund", "wellspring-fund.org"),
    ("Ploughshare Volunteers", "ploughshare-volunteers.org"),
]
PLATFORM = ("Mustard Seed Giving", "mustardseedgiving.com")

_ORG_ADDR = {}


def org_addr(cc):
    if cc not in _ORG_ADDR:
        _ORG_ADDR[cc] = address(random.Random("orgaddr:" + cc), cc)
    return _ORG_ADDR[cc]


def org_line(cc):
    """The office's fixed line (a look-alike; not checked)."""
    r = random.Random("orgline:" + cc)
    return {"US": "(603) 352-%04d" % r.randint(1000, 9999), "GB": "0800 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)),
            "DE": "0561 %d %d" % (r.randint(10, 99), r.randint(100, 999)), "FR": "05 55 %02d %02d %02d" % (r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)),
            "ES": "927 %03d %03d" % (r.randint(100, 999), r.randint(100, 999)), "IT": "0742 %06d" % r.randint(100000, 999999),
            "NL": "058 %03d %04d" % (r.randint(100, 999), r.randint(1000, 9999)), "BR": "(34) 3%03d-%04d" % (r.randint(100, 999), r.randint(1000, 9999)),
            "PL": "81 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)), "RU": "(342) %03d-%02d-%02d" % (r.randint(200, 299), r.randint(10, 99), r.randint(10, 99)),
            "GR": "2410 %06d" % r.randint(100000, 999999), "TR": "0224 %03d %02d %02d" % (r.randint(200, 499), r.randint(10, 99), r.randint(10, 99)),
            "IL": "08-%03d-%04d" % (r.randint(600, 699), r.randint(1000, 9999)), "EG": "03 %03d %04d" % (r.randint(400, 599), r.randint(1000, 9999)),
            "IN": "0512-%07d" % r.randint(2000000, 2999999), "TH": "053-%03d-%03d" % (r.randint(200, 299), r.randint(100, 999)),
            "CN": "0514-%08d" % r.randint(80000000, 89999999), "JP": "076-%03d-%04d" % (r.randint(200, 299), r.randint(1000, 9999)),
            "KR": "042-%03d-%04d" % (r.randint(800, 899), r.randint(1000, 9999)), "VN": "0234 %03d %04d" % (r.randint(300, 399), r.randint(1000, 9999)),
            "SE": "090-%02d %02d %02d" % (r.randint(10, 99), r.randint(10, 99), r.randint(10, 99))}[cc]


ROLE_BOXES = ["office", "referrals", "safeguarding", "volunteers", "giftaid", "donations", "intake", "casework",
              "trustees", "it", "bookings", "info", "noreply", "grants", "hardship", "newsletter", "pastoral", "support", "welcome"]


def role_box(R, dom, box=None):
    return "%s@%s" % (box or R.choice(ROLE_BOXES), dom)


def faith(cc):
    return FAITH[cc]


def case_no(R, pfx):
    return "%s-%d-%05d" % (pfx, R.choice([2025, 2026]), R.randint(1, 99999))


def amount(R, cc):
    v = R.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 150, 250])
    return {"US": "$%d.00", "GB": "£%d.00", "DE": "%d,00 €", "FR": "%d,00 €", "ES": "%d,00 €", "IT": "€ %d,00",
            "NL": "€ %d,00", "BR": "R$ %d,00", "PL": "%d,00 zł", "RU": "%d ₽", "GR": "%d,00 €", "TR": "%d,00 TL",
            "IL": "₪%d", "EG": "%d ج.م", "IN": "₹%d", "TH": "%d บาท", "CN": "¥%d", "JP": "%d円", "KR": "%d원",
            "VN": "%d.000 ₫", "SE": "%d kr"}[cc] % (v * {"RU": 50, "TR": 20, "EG": 30, "IN": 50, "TH": 20, "JP": 100, "KR": 1000, "VN": 100, "SE": 10}.get(cc, 1))

# ====================================================================== templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, clean, f))
        return f
    return deco


TAGS = []


def NT(text, tag):
    """A look-alike written inside a formatted string: its tag is kept."""
    TAGS.append(tag)
    return text


def P(p, **kw):
    return L("person", p.full, **kw)


def E(v, sub="personal"):
    return L("email", v, sub=sub)


def D(R, cc, b):
    return L("dob", fmt_date(R, cc, b))


def A(R, cc):
    return L("address", address(R, cc))


def A2(R, cc):
    """An address, across line breaks where its layout has commas (35 %)."""
    a = address(R, cc)
    if ", " in a and R.random() < 0.35:
        a = a.replace(", ", "\n", 1 if R.random() < 0.5 else 2)
    return L("address", a)


def staff(R, cc, used, dom):
    s = make_person(R, cc, used=used)
    return s, work_email(R, s, dom)


def fld(lb, k, v):
    return [lb[k] + ": ", v, "\n"]


@tpl("volunteer_application", 45)
def t_volunteer(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = ORGS[5] if R.random() < 0.5 else (faith(cc)[0], faith(cc)[1])
    a = make_person(R, cc, used=used); b = dob_random(R, 1950, 2005)
    r1 = make_person(R, cc, used=used); r2 = make_person(R, cc, used=used)
    mgr, mail = staff(R, cc, used, dom)
    chk = {"GB": "DBS Enhanced", "US": "background check (Sterling-style vendor)", "DE": "erweitertes Führungszeugnis", "NL": "VOG", "FR": "extrait de casier judiciaire B3", "ES": "certificado de delitos sexuales", "IT": "certificato del casellario", "SE": "utdrag ur belastningsregistret", "PL": "zaświadczenie z KRK"}.get(cc, "background check")
    body = ["%s — Volunteer application %s\n" % (org, NT(case_no(R, "VOL").replace("VOL", "VA"), "application_no")),
            lb["name"] + ": ", P(a), "\n", lb["dob"] + ": ", D(R, cc, b), "\n", lb["addr"] + ": ", A(R, cc), "\n",
            lb["phone"] + ": ", phone_label(R, cc), "\n", lb["email"] + ": ", E(personal_email(R, cc, a)), "\n"]
    if R.random() < 0.85:
        g = gov_label(R, cc, a, b)
        body += [lb["id"] + ": ", g, "\n"]
    body += ["Role: ", N(R.choice(["food-bank driver (Tue/Thu)", "shelter night volunteer", "befriender", "youth group helper", "kitchen team", "Sunday welcome desk"]), "role"), "\n",
             "Check: %s, certificate %s, issued %s\n" % (chk, NT("%012d" % R.randint(10 ** 11, 10 ** 12 - 1), "certificate_no"), fmt_other_date(R, cc, 2026)),
             "References: ", P(r1), " (", E(personal_email(R, cc, r1)), "), ", P(r2), " (", phone_label(R, cc), ")\n",
             "Reviewed by ", P(mgr), " <", E(mail, "work"), ">; office ", N(role_box(R, dom, "volunteers"), "role_mailbox"), "\n"]
    return "form", body, ["check", "summarise", "strip"]


@tpl("safeguarding_concern", 40)
def t_safeguarding(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = faith(cc)[0], faith(cc)[1]
    child = make_person(R, cc, used=used); par = make_person(R, cc, used=used)
    rep, rmail = staff(R, cc, used, dom); lead, lmail = staff(R, cc, used, dom)
    b = dob_random(R, 2009, 2019)
    body = ["SAFEGUARDING — CONFIDENTIAL (%s)\n" % org, "Concern ", N(case_no(R, "SG"), "case_no"), "\n",
            lb["name"] + ": ", P(child), "\n", lb["dob"] + ": ", D(R, cc, b), "\n", lb["addr"] + ": ", A(R, cc), "\n",
            lb["parent"] + ": ", P(par), ", ", phone_label(R, cc), "\n",
            "Raised by: ", P(rep), " (", E(rmail, "work"), ") after ", N(R.choice(["Sunday school", "youth club", "holiday lunch club", "homework club", "choir practice"]), "activity"), " on ", N(fmt_other_date(R, cc, 2026), "date"), "\n",
            "What was seen/heard: ", R.choice(["bruising on the forearm, explanation changed twice", "said nobody was home overnight", "unexplained absence for three weeks, phone off", "disclosed an older cousin takes her money"]), "\n",
            "Passed to DSL: ", P(lead), " <", E(lmail, "work"), ">; ", N(role_box(R, dom, "safeguarding"), "role_mailbox"), "\n",
            "Office line ", N(org_line(cc), "org_phone"), "\n"]
    return "form", body, ["summarise", "check", "strip"]


@tpl("foodbank_voucher", 45)
def t_voucher(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = ORGS[0]
    c = make_person(R, cc, used=used); b = dob_random(R, 1945, 2000)
    ref, rmail = staff(R, cc, used, "advice-hub-%s.org" % cc.lower() if R.random() < 0.5 else dom)
    body = ["%s — e-referral voucher %s\n" % (org, NT("FB-%06d" % R.randint(1, 999999), "voucher_no")),
            lb["name"] + ": ", P(c), "\n", lb["dob"] + ": ", D(R, cc, b), "\n", lb["addr"] + ": ", A(R, cc), "\n",
            lb["phone"] + ": ", phone_label(R, cc), "\n"]
    if R.random() < 0.4:
        body += [lb["id"] + ": ", gov_label(R, cc, c, b), "\n"]
    if R.random() < 0.5:
        body += [lb["email"] + ": ", E(personal_email(R, cc, c)), "\n"]
    n = R.randint(0, 3)
    if n:
        body.append(lb["household"] + ": ")
        for i in range(n):
            k = make_person(R, cc, used=used, family=c.fentry if R.random() < 0.7 else None)
            if k is None:
                break
            body += [P(k), " (", D(R, cc, dob_random(R, 2008, 2022)), ")", "; " if i < n - 1 else "\n"]
        if body[-1] == "; ":
            body[-1] = "\n"
    body += ["Reason: ", N(R.choice(["benefit delay", "low income", "debt", "sickness", "refused asylum, no recourse"]), "reason"), " · parcels this period: ", N(str(R.randint(1, 3)), "count"), "/3\n",
             "Collect at: ", N(org_addr(cc), "org_address"), " (", N(R.choice(["Tue 10:00-12:30", "Thu 17:00-19:00", "Sat 9:30-11:30"]), "opening_hours"), ")\n",
             "Referred by ", P(ref), ", ", E(rmail, "work"), "\n"]
    return "form", body, ["check", "reply", "strip"]


@tpl("shelter_intake", 35)
def t_shelter(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = ORGS[1]
    g = make_person(R, cc, used=used, female=R.random() < 0.3); b = dob_random(R, 1955, 2004)
    w, wmail = staff(R, cc, used, dom)
    body = ["%s — intake %s, bed %s\n" % (org, NT(case_no(R, "HLS"), "case_no"), NT("B%02d" % R.randint(1, 28), "bed_no")),
            lb["name"] + ": ", P(g), "\n", lb["dob"] + ": ", D(R, cc, b), "\n"]
    if R.random() < 0.75:
        body += [lb["id"] + ": ", gov_label(R, cc, g, b), "\n"]
    if R.random() < 0.6:
        body += [lb["phone"] + ": ", phone_label(R, cc), "\n"]
    if R.random() < 0.4:
        body += ["Last settled address: ", A(R, cc), "\n"]
    body += ["Next of kin: "]
    k = make_person(R, cc, used=used)
    body += [P(k), ", ", phone_label(R, cc), "\n", "Bed nights:\n"]
    for i in range(R.randint(2, 4)):
        body.append("  %s  %s  in %s  out %s\n" % (NT(fmt_other_date(R, cc, 2026), "date"), NT("B%02d" % R.randint(1, 28), "bed_no"), NT("%02d:%02d" % (R.randint(19, 22), R.choice([0, 15, 30, 45])), "time"), NT("07:%02d" % R.choice([0, 15, 30]), "time")))
    body += ["Keyworker: ", P(w), " <", E(wmail, "work"), ">\n"]
    return "log", body, ["summarise", "check", "strip"]


@tpl("pastoral_rota", 35)
def t_rota(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org = faith(cc)[0]
    rows = ["visitor,visitor_phone,visiting,%s,week\n" % "address"]
    body = ["# %s — pastoral visits rota\n" % org, rows[0]]
    for i in range(R.randint(3, 5)):
        v = make_person(R, cc, used=used); p = make_person(R, cc, used=used)
        if v is None or p is None:
            break
        body += [P(v), ",", phone_label(R, cc, intl=False), ",", P(p), ",\"", A(R, cc), "\",", N("W%02d" % R.randint(1, 52), "week"), "\n"]
    body += ["# %s · %s\n" % (NT(faith(cc)[3], "service_time"), NT(faith(cc)[2], "scripture"))]
    return "csv", body, ["table", "summarise", "strip"]


@tpl("rites_booking", 45)
def t_rites(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = faith(cc)[0], faith(cc)[1]
    kind = R.choice(["Baptism", "Wedding", "Funeral", "Bar/Bat mitzvah" if cc in ("IL", "US", "GB") else "Blessing"])
    body = ["%s — %s booking %s\n" % (org, kind, NT(case_no(R, "BK"), "booking_no")),
            "Ceremony: ", N(fmt_other_date(R, cc, 2027), "date"), ", ", N(faith(cc)[3], "service_time"), "\n"]
    par1 = make_person(R, cc, used=used, female=True); par2 = make_person(R, cc, used=used, female=False)
    if kind in ("Baptism", "Bar/Bat mitzvah", "Blessing"):
        ch = make_person(R, cc, used=used, family=par2.fentry)
        body += [lb["name"] + ": ", P(ch), "\n", lb["dob"] + ": ", D(R, cc, dob_random(R, 2013 if kind != "Baptism" else 2024, 2014 if kind != "Baptism" else 2026)), "\n",
                 lb["parent"] + ": ", P(par1), " & ", P(par2), "\n"]
    elif kind == "Wedding":
        b1, b2 = dob_random(R, 1980, 2000), dob_random(R, 1980, 2000)
        body += ["Couple: ", P(par1), " (", D(R, cc, b1), ") & ", P(par2), " (", D(R, cc, b2), ")\n"]
        if R.random() < 0.6:
            body += [lb["id"] + ": ", gov_label(R, cc, par1, b1), " / ", gov_label(R, cc, par2, b2), "\n"]
    else:
        dec = make_person(R, cc, used=used)
        body += ["Deceased: ", P(dec), ", ", D(R, cc, dob_random(R, 1928, 1950)), "\n", "Family contacts: ", P(par1), " & ", P(par2), "\n"]
    body += [lb["addr"] + ": ", A(R, cc), "\n", lb["phone"] + ": ", phone_label(R, cc), "\n", lb["email"] + ": ", E(personal_email(R, cc, par1)), "\n",
             "Readings: ", N(faith(cc)[2], "scripture"), "; ", N(faith(cc)[4], "hymn_no"), "\n"]
    if kind == "Baptism" and R.random() < 0.6:
        gp = make_person(R, cc, used=used)
        body += ["Godparent: ", P(gp), "\n"]
    body += ["Office: ", N(role_box(R, dom, "bookings"), "role_mailbox"), ", ", N(org_line(cc), "org_phone"), "\n"]
    return "form", body, ["check", "reply", "summarise"]


@tpl("donor_record", 40)
def t_donor(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = R.choice([ORGS[0], ORGS[1], ORGS[3], (faith(cc)[0], faith(cc)[1])])
    d = make_person(R, cc, used=used)
    body = ["Donor record %s — %s\n" % (NT("D%07d" % R.randint(1, 9999999), "donor_id"), org),
            lb["name"] + ": ", P(d), "\n", lb["addr"] + ":" + ("\n" if R.random() < 0.35 else " "), A2(R, cc), "\n", lb["email"] + ": ", E(personal_email(R, cc, d)), "\n"]
    if R.random() < 0.6:
        body += [lb["phone"] + ": ", phone_label(R, cc), "\n"]
    if cc in IBAN_CC and cc != "GB":
        body += ["Standing order: ", N(amount(R, cc), "amount"), " monthly from ", iban_label(R, cc), ", mandate ", N("MND-%s-%05d" % (cc, R.randint(1, 99999)), "mandate_ref"), "\n"]
    elif R.random() < 0.5:
        body += ["Regular gift: ", N(amount(R, cc), "amount"), " by card ", card_label(R), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    else:
        body += ["Regular gift: ", N(amount(R, cc), "amount"), " monthly, card ending ", N("%04d" % R.randint(0, 9999), "last4"), "\n"]
    body += ["Charity: ", N(faith(cc)[5], "charity_no"), "\n"]
    return "form", body, ["check", "strip", "reply"]


@tpl("tax_declaration", 35)
def t_giftaid(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = faith(cc)[0], faith(cc)[1]
    d = make_person(R, cc, used=used)
    title = {"GB": "Gift Aid declaration", "DE": "Zuwendungsbestätigung (Antrag)", "FR": "Demande de reçu fiscal", "IT": "Erogazione liberale — ricevuta", "ES": "Certificado de donativo", "BR": "Recibo de doação", "IN": "80G receipt request", "NL": "ANBI-giftverklaring", "US": "Donation acknowledgement request"}.get(cc, "Donation receipt request")
    body = ["%s — %s\n" % (org, title), lb["name"] + ": ", P(d), "\n", lb["addr"] + ":\n", A2(R, cc), "\n"]
    if cc == "GB":
        body += ["I am a UK taxpayer and want ", N(org, "org_name"), " to claim Gift Aid on all donations I have made in the last 4 years and any future donations. ", N(faith(cc)[5], "charity_no"), "\n"]
    elif cc in ("IT", "ES", "BR", "IN", "PL", "TR", "KR", "SE", "IL"):
        b = dob_random(R, 1940, 2000)
        body += [lb["id"] + ": ", gov_label(R, cc, d, b), "\n"]
    body += [lb["email"] + ": ", E(personal_email(R, cc, d)), "\n", lb["date"] + ": ", N(fmt_other_date(R, cc, 2026), "date"), " · ", N(amount(R, cc), "amount"), "\n",
             "Receipts: ", N(role_box(R, dom, "giftaid" if cc == "GB" else "donations"), "role_mailbox"), "\n"]
    return "form", body, ["check", "reply"]


@tpl("hardship_payments", 30)
def t_hardship(R, cc):
    cc = cc if cc in IBAN_CC and cc != "GB" else R.choice(["DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "SE"])
    lg = LANG[cc]; used = set()
    org, dom = ORGS[4]
    idcol = R.random() < 0.5
    body = ["case,payee,%siban,amount,approved_by\n" % ("national_id," if idcol else "")]
    appr = make_person(R, cc, used=used)
    for i in range(R.randint(3, 5)):
        p = make_person(R, cc, used=used)
        if p is None:
            break
        body += [N(case_no(R, "HF"), "case_no"), ",", P(p), ","]
        if idcol:
            body += [gov_label(R, cc, p, dob_random(R, 1950, 2004)), ","]
        body += [ iban_label(R, cc, grouped=R.random() < 0.4), ",", N(amount(R, cc).replace(",", "."), "amount"), ",", N(appr.rgiven[:2].upper() + "-" + str(R.randint(1, 9)), "approver_code"), "\n"]
    body += ["# batch approved by ", P(appr), " — ", N(role_box(R, dom, "hardship"), "role_mailbox"), "\n"]
    return "csv", body, ["check", "table", "strip"], cc
HOSTS = ["DE", "GB", "SE", "NL", "FR", "IT", "US", "GR", "TR", "PL", "ES", "BR"]
ORIGINS = ["EG", "RU", "VN", "CN", "TH", "IN", "TR", "KR", "BR", "GR"]


def roman_full(p):
    return p.rgiven.capitalize() + " " + " ".join(w.capitalize() for w in p.rfamily.split())


@tpl("refugee_casework", 40)
def t_refugee(R, cc):
    host = cc if cc in HOSTS else R.choice(HOSTS)
    orig = R.choice([o for o in ORIGINS if o != host])
    lg = LANG[host]; lb = LB[lg]; used = set()
    org, dom = ORGS[2]
    c = make_person(R, orig, used=used); b = dob_random(R, 1960, 2006)
    w, wmail = staff(R, host, used, dom)
    body = ["%s — casework note %s\n" % (org, NT(case_no(R, "TRW"), "case_no")),
            lb["name"] + ": ", L("person", roman_full(c)), " (%s)\n" % orig, lb["dob"] + ": ", D(R, host, b), "\n",
            "Passport: ", L("gov_id", passport(R, orig), sub="passport", country=orig), "\n"]
    if host == "GB" and R.random() < 0.6:
        body += ["BRP: ", L("gov_id", R.choice(["ZU", "ZR", "RF", "ZX"]) + "%07d" % R.randint(0, 9999999), sub="residence_permit", country="GB"), "\n"]
    body += [lb["addr"] + " (temporary): ", A(R, host), "\n", lb["phone"] + ": ", phone_label(R, host), "\n"]
    if R.random() < 0.45:
        body += ["Family abroad: ", phone_label(R, orig, region=host), "\n"]
    if R.random() < 0.5:
        body += [lb["email"] + ": ", E(personal_email(R, orig, c)), "\n"]
    body += ["Home Office / authority ref: ", N(R.choice(["%s%07d" % (R.choice("BCDHKLRSTW"), R.randint(0, 9999999)), "AZ %d-%03d" % (R.randint(7000000, 7999999), R.randint(100, 999))]), "authority_ref"),
             "\nNext: ", R.choice(["appointment at the legal clinic, bring the decision letter", "ESOL class enrolment", "move-on housing, needs a guarantor", "appeal hearing, interpreter booked"]), "\n",
             "Caseworker: ", P(w), " <", E(wmail, "work"), ">\n"]
    return "notes", body, ["summarise", "reply", "strip"], host


@tpl("trustee_minutes", 30)
def t_minutes(R, cc):
    lg = LANG[cc]; used = set()
    org, dom = R.choice([ORGS[0], ORGS[3], ORGS[5], (faith(cc)[0], faith(cc)[1])])
    chair = make_person(R, cc, used=used); tre = make_person(R, cc, used=used); sec = make_person(R, cc, used=used)
    donor = make_person(R, cc, used=used)
    body = ["Minutes of the trustee meeting, %s, %s\n" % (org, NT(fmt_other_date(R, cc, 2026), "date")),
            "Present: ", P(chair), " (chair), ", P(tre), " (treasurer), ", P(sec), " (secretary)\n",
            "1. Accounts: reserves and restricted funds reviewed, last appeal raised ", N(amount(R, cc), "amount"), "; Gift Aid claim ", N(case_no(R, "GA"), "claim_no"), " submitted.\n",
            "2. Legacy: the estate of ", P(donor), " has left a gift; executor contact ", phone_label(R, cc), ".\n",
            "3. Safeguarding: no open cases; policy review due. ", N(faith(cc)[5], "charity_no"), "\n",
            "4. Treasurer reachable on ", phone_label(R, cc), " until the next meeting.\n",
            "Next meeting at ", N(org_addr(cc), "org_address"), "\n"]
    return "notes", body, ["summarise", "check"]


@tpl("mailing_list", 25)
def t_mailing(R, cc):
    used = set()
    body = ["name,email,consent_date,segment\n"]
    for i in range(R.randint(3, 6)):
        p = make_person(R, cc, used=used)
        if p is None:
            break
        body += [P(p), ",", E(personal_email(R, cc, p)), ",", N("%d-%02d-%02d" % (R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)), "date"), ",", N(R.choice(["newsletter", "appeal-winter", "volunteers", "prayer-chain", "events"]), "segment"), "\n"]
    body += ["# exported from ", N(role_box(R, ORGS[5][1], "newsletter"), "role_mailbox"), "\n"]
    return "csv", body, ["table", "strip", "debug"]


@tpl("crm_export", 35)
def t_crm(R, cc):
    used = set()
    p = make_person(R, cc, used=used); b = dob_random(R, 1940, 2002)
    body = ["{\n  \"constituent_id\": \"", N("C-%08d" % R.randint(1, 99999999), "crm_id"), "\",\n  \"name\": \"", P(p), "\",\n",
            "  \"email\": \"", E(personal_email(R, cc, p)), "\",\n  \"phone\": \"", phone_label(R, cc), "\",\n",
            "  \"address\": \"", A(R, cc), "\",\n"]
    if R.random() < 0.6:
        body += ["  \"birth_date\": \"", L("dob", "%d-%02d-%02d" % (b.y, b.m, b.d)), "\",\n"]
    body += ["  \"gift_aid\": %s,\n  \"last_gift\": {\"amount\": \"%s\", \"fund\": \"%s\", \"date\": \"%s\"},\n" % (R.choice(["true", "false"]), NT(amount(R, cc), "amount"), R.choice(["Winter Night Shelter", "General", "Food Bank", "Roof Appeal"]), NT("2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "date")),
             "  \"owner\": \"", N(role_box(R, ORGS[0][1], "donations"), "role_mailbox"), "\"\n}\n"]
    return "code", body, ["debug", "strip", "summarise"]


@tpl("platform_config", 35)
def t_config(R, cc):
    used = set()
    org, dom = R.choice([ORGS[0], ORGS[1], ORGS[4], (faith(cc)[0], faith(cc)[1])])
    admin, amail = staff(R, cc, used, dom)
    body = ["# %s donation page — .env (%s)\n" % (org, PLATFORM[0]),
            "DONATE_ADMIN_EMAIL=", E(amail, "work"), "\nDONATE_ADMIN_NAME=\"", P(admin), "\"\n",
            "STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe").replace("sk_test_", "sk_live_"), sub="stripe"), "\n",
            "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n",
            "STRIPE_WEBHOOK_SECRET=", L("secret", stripe_webhook_secret(R), sub="webhook_secret"), "\n"]
    if R.random() < 0.6:
        body += ["MAILCHIMP_API_KEY=", L("secret", mailchimp_key(R), sub="api_key"), "\n"]
    if R.random() < 0.5:
        body += ["SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n"]
    body += ["DB_HOST=", ip_label(R, "db", v6=False), "\nDB_USER=donate\nDB_PASSWORD=", L("secret", db_password(R), sub="db_password"), "\n",
             "CRM_API_KEY=", N("${CRM_API_KEY}", "placeholder") if R.random() < 0.4 else L("secret", crm_api_key(R), sub="api_key"), "\n",
             "CAMPAIGN_ID=", N("cmp_%s" % rnd(R, "0123456789abcdef", 12), "campaign_id"), "\nREDIS_URL=redis://", N(lan_ip(R), "lan_ip"), ":6379/0\n"]
    return "config", body, ["debug", "strip"]


@tpl("wifi_booking_log", 25)
def t_wifi(R, cc):
    used = set()
    org, dom = faith(cc)[0], faith(cc)[1]
    body = ["# hall booking system + guest Wi-Fi, %s\n" % org]
    for i in range(R.randint(3, 5)):
        p = make_person(R, cc, used=used)
        if p is None:
            break
        body += ["2026-%02d-%02dT%02d:%02d:%02dZ booking.created room=%s by=\"" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice(["hall", "crypt", "kitchen", "room2"])),
                 P(p), "\" email=", E(personal_email(R, cc, p)), " ip=", ip_label(R, "booking"), "\n"]
    body += ["%s dhcp lease %s -> %s ssid=%s\n" % (NT("2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "date"), NT(lan_ip(R), "lan_ip"), NT(":".join("%02x" % R.randint(0, 255) for _ in range(6)), "mac"), NT(R.choice(["Hall-Guest", "Parish-Public", "Shelter-Staff"]), "ssid"))]
    if R.random() < 0.6:
        body += ["# guest wifi key (change monthly): ", L("secret", wifi_password(R), sub="wifi_password"), "\n"]
    return "log", body, ["debug", "summarise", "strip"]


@tpl("phone_donation", 25)
def t_phonegift(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = R.choice([ORGS[0], ORGS[1], ORGS[2]])
    d = make_person(R, cc, used=used); ag = make_person(R, cc, used=used)
    body = ["Call notes — %s appeal line\n" % org, "Caller: ", P(d), ", calling from ", phone_label(R, cc), "\n",
            "Gift: ", N(amount(R, cc), "amount"), " one-off, card ", card_label(R), ", exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), ", CVC ", N("%03d" % R.randint(100, 999), "cvc"), "\n",
            "Receipt to: ", A(R, cc), "\n", "Taken by ", P(ag), " at ", N("%02d:%02d" % (R.randint(9, 20), R.randint(0, 59)), "time"), "\n"]
    return "notes", body, ["strip", "check"]


@tpl("grant_application", 15)
def t_grant(R, cc):
    used = set()
    org, dom = R.choice([ORGS[0], ORGS[3], ORGS[5]])
    c, cmail = staff(R, cc, used, dom); t = make_person(R, cc, used=used)
    body = ["Grant application — Beacon Row Trust, small grants round %s\n" % NT("R%d" % R.randint(10, 40), "round"),
            "Applicant organisation: ", N(org, "org_name"), ", ", N(org_addr(cc), "org_address"), "\n",
            "Charity number: ", N(faith(cc)[5], "charity_no"), "\n", "Contact: ", P(c), ", ", E(cmail, "work"), ", ", phone_label(R, cc), "\n",
            "Second signatory (trustee): ", P(t), "\n", "Amount requested: ", N(amount(R, cc), "amount"), " (monthly equivalent) for ", R.choice(["a chest freezer and van hire", "winter shelter beds", "ESOL classes", "a befriending coordinator"]), "\n"]
    return "form", body, ["check", "reply"]


@tpl("befriending_match", 20)
def t_befriend(R, cc):
    lg = LANG[cc]; lb = LB[lg]; used = set()
    org, dom = ORGS[3]
    older = make_person(R, cc, used=used); vol = make_person(R, cc, used=used); co, cmail = staff(R, cc, used, dom)
    body = ["%s — match %s\n" % (org, NT(case_no(R, "KB"), "match_no")),
            "Befriendee: ", P(older), ", ", D(R, cc, dob_random(R, 1930, 1950)), "\n", lb["addr"] + ": ", A(R, cc), "\n", lb["phone"] + ": ", phone_label(R, cc), "\n",
            "Volunteer: ", P(vol), ", ", phone_label(R, cc), ", ", E(personal_email(R, cc, vol)), "\n",
            "Visits: ", N(R.choice(["Wednesdays 14:00", "alternate Fridays", "Sundays after the service"]), "visit_time"), "\n", "Coordinator: ", P(co), " <", E(cmail, "work"), ">\n"]
    return "notes", body, ["summarise", "check", "reply"]
# ---------------------------------------------------------------- clean ones
SAINTS = ["St Vincent de Paul Society", "Martin Luther King Jr. Community School", "Our Lady of Lourdes Primary", "Masjid Bilal", "Talmud Torah Rashi",
          "St Francis Xavier hall", "Mother Teresa Home", "Guru Nanak Gurdwara", "Don Bosco youth centre", "St Mungo's", "Imam Shafi'i Academy",
          "Bishop Desmond Tutu Centre", "Sacred Heart Convent School", "Prophet Yusuf story time", "Al-Khidr reading circle"]
SCRIPTURE = ["John 3:16", "Micah 6:8", "Psalm 23", "Psalm 46:10", "1 Corinthians 13:4-7", "Surah 2:255", "Surah Al-Ma'un 107:1-7",
             "Isaiah 58:7", "Luke 10:25-37", "Proverbs 19:17", "Deuteronomy 15:11", "Matthew 25:35", "Hebrews 13:2"]
NAMEWORD = ["Grace before the meal will be said at 12:15.", "Faith groups forum meets on Thursday.", "Hope to have the van back by Friday.",
            "Joy in the hall again after the youth concert!", "Charity shop donations are up 12 % on last month.", "Mercy Ships collection goes out on the 3rd.",
            "Will the boiler be fixed before the cold snap?", "Mark the Christmas hampers by postcode area, not by surname.", "Grant reporting is due in six weeks.",
            "Dawn prayers start at 05:40 during Ramadan.", "Rusty hinges on the pantry door again.", "Patience is wearing thin with the landlord of the annexe.",
            "Carol service tickets: 140 printed.", "Holly and ivy for the window boxes, please.", "Summer lunch club numbers doubled."]


@tpl("order_of_service", 35, clean=True)
def c_service(R, cc):
    f = faith(cc)
    body = ["%s — order of service\n" % NT(f[0], "place_of_worship"), "Gathering: ", N(f[4], "hymn_no"), "\n",
            "Reading: ", N(R.choice(SCRIPTURE), "scripture"), " and ", N(f[2], "scripture"), "\n",
            "Sermon series: ", N(R.choice(SAINTS), "named_after_person"), " (week %d)\n" % R.randint(1, 6),
            "Collection for ", N(ORGS[0][0], "org_name"), ", ", N(f[3], "service_time"), "\n",
            N(R.choice(["Hymn %d", "Psalm %d", "Song %d"]) % R.randint(1, 700), "hymn_no"), " — all stand\n",
            "Notices: ", N(R.choice(NAMEWORD), "name_as_word"), "\n"]
    return "list", body, ["summarise", "check"]


@tpl("contacts_sheet", 35, clean=True)
def c_contacts(R, cc):
    f = faith(cc)
    org, dom = R.choice(ORGS)
    body = ["Partner contacts (office use)\n",
            "%s | %s | %s | %s\n" % (NT(org, "org_name"), NT(org_addr(cc), "org_address"), NT(org_line(cc), "org_phone"), NT(role_box(R, dom), "role_mailbox")),
            "%s | %s | %s\n" % (NT(f[0], "place_of_worship"), NT(role_box(R, f[1], "office"), "role_mailbox"), NT(f[5], "charity_no")),
            "Safeguarding out of hours: %s (%s)\n" % (NT(role_box(R, f[1], "safeguarding"), "role_mailbox"), NT(org_line(cc), "org_phone")),
            "Website: https://www.%s/%s\n" % (dom, R.choice(["refer", "volunteer", "give", "contact"])),
            "Opening: ", N(R.choice(["Mon-Fri 9:30-16:00", "Tue & Thu 10:00-13:00", "daily 18:00-08:00"]), "opening_hours"), "\n"]
    return "list", body, ["table", "check"]


@tpl("foodbank_stock", 35, clean=True)
def c_stock(R, cc):
    body = ["%s — weekly stock & distribution\n" % ORGS[0][0]]
    for i in range(R.randint(3, 5)):
        body.append("%s: %d cases (need %d) — shelf %s\n" % (R.choice(["UHT milk", "tinned tomatoes", "pasta 500g", "nappies size 4", "sanitary pads", "tea bags", "rice 1kg", "halal tinned meat", "tinned fish"]), R.randint(0, 60), R.randint(10, 80), NT("%s%d" % (R.choice("ABCDE"), R.randint(1, 12)), "shelf")))
    body += ["Vouchers redeemed: ", N("FB-%06d" % R.randint(1, 999999), "voucher_no"), " to ", N("FB-%06d" % R.randint(1, 999999), "voucher_no"), " (", N(str(R.randint(40, 180)), "count"), " households)\n",
             "Case follow-ups: ", N(case_no(R, "HLS"), "case_no"), ", ", N(case_no(R, "TRW"), "case_no"), "\n",
             "Delivery slot: ", N(R.choice(["Tue 07:30", "Fri 14:00", "Sat 08:15"]), "time"), " from FareShare-style depot, van reg ", N("%s%02d %s" % (R.choice(["LK", "YX", "BD"]), R.randint(10, 75), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))), "vehicle_reg"), "\n",
             N(R.choice(NAMEWORD), "name_as_word"), "\n"]
    return "notes", body, ["summarise", "table"]


@tpl("sandbox_notes", 30, clean=True)
def c_sandbox(R, cc):
    tc = R.sample(TEST_CARDS, 2)
    body = ["%s sandbox — test checklist\n" % PLATFORM[0], "1. Card ", N(tc[0], "test_card"), " exp ", N("12/34", "card_expiry"), " CVC ", N("123", "cvc"), " -> success\n",
            "2. Card ", N(tc[1], "test_card"), " -> decline flow\n",
            "3. STRIPE_SECRET_KEY=", N(R.choice(["<STRIPE_SECRET_KEY>", "${STRIPE_SECRET_KEY}", "sk_live_xxxxxxxxxxxxxxxxxxxx"]), "placeholder"), "\n",
            "4. Webhook to https://", N("webhooks.example.org", "example_domain"), "/stripe from ", N(doc_ip(R), "doc_ip"), " and ", N("2001:db8::%x" % R.randint(1, 0xfff), "doc_ip"), "\n",
            "5. Test donor: ", N("donor@example.com", "example_email"), ", Gift Aid ticked, amount ", N(amount(R, cc), "amount"), "\n",
            "6. Order ", N("GIV-" + luhn_bad(R, 14), "order_no"), " should show in the CRM\n"]
    return "notes", body, ["debug", "check"]


@tpl("standup_notes", 35, clean=True)
def c_standup(R, cc):
    lines = R.sample(NAMEWORD, 4)
    body = ["Team huddle — %s\n" % R.choice([ORGS[0][0], ORGS[1][0], ORGS[3][0], ORGS[5][0]])]
    for ln in lines:
        body += ["- ", N(ln, "name_as_word"), "\n"]
    body += ["- Schools visit: ", N(R.choice(SAINTS), "named_after_person"), "\n", "- Reading for Friday: ", N(R.choice(SCRIPTURE), "scripture"), "\n",
             "- Shelter occupancy ", N("%d/28" % R.randint(10, 28), "count"), ", referrals ", N(str(R.randint(3, 40)), "count"), "\n"]
    return "notes", body, ["summarise", "reply"]


@tpl("network_notes", 30, clean=True)
def c_network(R, cc):
    body = ["Network notes for %s (IT volunteer)\n" % NT(faith(cc)[0], "place_of_worship"),
            "router ", N(lan_ip(R), "lan_ip"), " (admin password in the safe, not here)\n",
            "booking server ", N(lan_ip(R), "lan_ip"), ":8443, printer ", N(lan_ip(R), "lan_ip"), "\n",
            "upstream test host ", N(doc_ip(R), "doc_ip"), ", ", N("2001:db8:%x::1" % R.randint(1, 0xfff), "doc_ip"), "\n",
            "SSIDs: ", N(R.choice(["Hall-Guest", "Parish-Public"]), "ssid"), " / ", N("Office-5G", "ssid"), ", VLAN ", N(str(R.randint(10, 60)), "vlan"), "\n",
            "livestream: rtmp://", N("stream.example.net", "example_domain"), "/live/", N("<STREAM_KEY>", "placeholder"), "\n"]
    return "log", body, ["debug", "summarise"]
# ====================================================================== rules
NAME_WORDS = {w for w in all_name_words() if w not in EXEMPT_WORDS}
CJK_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
SUBSTR_NAMES = {w for w in NAME_WORDS if CJK_RE.search(w)}
WORD_NAMES = {w.lower() for w in NAME_WORDS if w not in SUBSTR_NAMES}
TOKEN_RE = re.compile(r"[^\s,.;:()\[\]{}\"'/|<>=*#!?،。、，：；「」（）&+\-—·_@`]+")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
DIGRUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
TEST_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


def outside(rec):
    t = rec["text"]
    chars = list(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u0001"
    return "".join(chars)


def problems(rec, clean):
    out = []
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError as e:
        return ["record: %s" % str(e)[:80]]
    if not (120 <= len(t) <= 2500):
        out.append("length %d" % len(t))
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id" and not id_valid(v, sp["sub"]):
            out.append("bad id " + v)
        if ty == "iban" and (iban_mod97(v.replace(" ", "")) != 1 or len(v.replace(" ", "")) != IBAN_LEN[v[:2].upper()]):
            out.append("bad iban " + v)
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("bad card " + v)
        if ty == "email" and ("example" in v or not EMAIL_RE.fullmatch(v)):
            out.append("bad email " + v)
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            out.append("non-global ip " + v)
    o = outside(rec)
    for m in EMAIL_RE.finditer(o):
        local, dom = m.group(0).split("@", 1)
        if local not in ROLE_BOXES and "example" not in dom:
            out.append("email outside " + m.group(0))
    for m in V4_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group(0)).is_global:
                out.append("ip outside " + m.group(0))
        except ValueError:
            pass
    for m in V6_RE.finditer(o):
        try:
            a = ipaddress.ip_address(m.group(0))
            if a.is_global:
                out.append("ipv6 outside " + m.group(0))
        except ValueError:
            pass
    for m in DIGRUN_RE.finditer(o):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and len(set(s)) > 1 and s not in TEST_DIGITS and luhn_ok(s):
                    out.append("luhn outside " + s)
        whole = m.group(0)
    for m in IBAN_RE.finditer(o):
        s = m.group(0).replace(" ", "")
        for n in range(15, len(s) + 1):
            c = s[:n]
            if c[:2] in IBAN_LEN and IBAN_LEN[c[:2]] == n and iban_mod97(c) == 1:
                out.append("iban outside " + c)
    for tok in TOKEN_RE.findall(o):
        for w in tok.split("\u0001"):
            if w.lower() in WORD_NAMES:
                out.append("name word outside " + w)
    for w in SUBSTR_NAMES:
        if w in o:
            out.append("name substring outside " + w)
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== build
def candidates():
    """All candidates, template by template, in order: (name, clean, rec)."""
    out = []
    for ti, (name, count, clean, fn) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = LOCALES[(i + ti) % len(LOCALES)]
            del TAGS[:]
            res = fn(R, cc)
            form, body, kinds = res[:3]
            if len(res) > 3:
                cc = res[3]
            parts = wrap(R, LANG[cc], body, kinds)
            rec = build("", form, LANG[cc], parts)
            if TAGS:
                rec["neg"] = sorted(set(rec.get("neg", [])) | set(TAGS))
            rec["country"] = cc
            out.append((name, count, clean, rec))
    return out


def generate(report=None):
    cands = candidates()
    allph = sorted({p for _, _, _, r in cands for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept, seen, per = [], set(), Counter()
    dropped = Counter()
    for name, count, clean, rec in cands:
        if per[name] >= count:
            continue
        pr = problems(rec, clean)
        if any(p in badset for p in phones_of(rec)):
            pr.append("phone rejected")
        if rec["text"] in seen:
            pr.append("duplicate")
        if pr:
            dropped[(name, pr[0].split(" ")[0] + " " + pr[0].split(" ")[1] if " " in pr[0] else pr[0])] += 1
            if report is not None:
                report.append((name, pr))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append(rec)
    for name, count, clean, fn in TEMPLATES:
        assert per[name] == count, (name, per[name], count)
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    out = []
    for i, rec in enumerate(kept):
        r = {"id": PREFIX + "%05d" % i, "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r["neg"] = rec["neg"]
        out.append(r)
    return out, dropped, badset


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    ty, lang, form, subs = Counter(), Counter(), Counter(), Counter()
    clean = 0
    for r in recs:
        lang[r["lang"]] += 1
        form[r["form"]] += 1
        if not r["spans"]:
            clean += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            subs[(sp["type"], sp.get("sub", ""))] += 1
    print("records %d, clean %d, labels %d" % (len(recs), clean, sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("langs (%d):" % len(lang), ", ".join("%s %d" % kv for kv in lang.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in form.most_common()))
    print("subs:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(subs.items())))
    regions = Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("phone regions (%d):" % len(regions), ", ".join("%s %d" % kv for kv in regions.most_common()))
    print("plan phones:", sum(1 for r in recs for sp in r["spans"] if sp.get("plan")))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("multi-line labels:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))


def main():
    args = sys.argv[1:]
    if "--check" in args:
        recs, dropped, bad = generate()
        data = dumps(recs)
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        assert cur == data, "heldout46.jsonl differs from a fresh rewrite"
        file_recs = [json.loads(ln) for ln in cur.splitlines()]
        assert len(file_recs) == 800 and sum(1 for r in file_recs if not r["spans"]) == 200
        for i, r in enumerate(file_recs):
            assert r["id"] == PREFIX + "%05d" % i
            assert not problems(r, not r["spans"]), (r["id"], problems(r, not r["spans"]))
        ph = sorted({p for r in file_recs for p in phones_of(r)})
        assert not pv_check(ph), pv_check(ph)
        print("heldout46.jsonl OK: %d records, %d phones valid" % (len(file_recs), len(ph)))
        return
    if "--stats" in args:
        with open(OUT, encoding="utf-8") as f:
            stats([json.loads(ln) for ln in f])
        return
    recs, dropped, bad = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records; dropped %s; pv rejected %d" % (OUT, len(recs), dict(dropped), len(bad)))


if __name__ == "__main__":
    main()
