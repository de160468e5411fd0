#!/usr/bin/python3
"""Held-out part 48 of the redaction corpus (heldout48.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 47
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 25's decisions on lets,
key-safe codes and letting agents, part 31's letting agents and landlord
chats, part 32's job sheets with key-safe codes, part 36's plot numbers),
lines 1-100 of gen_heldout33.py and its
function `pv_check`, and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (run only through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file
other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
15:07:06 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: CONSTRUCTION FIRMS, ESTATE AGENTS AND LETTING AGENTS FROM THE STAFF
SIDE. What site managers, office staff, quantity surveyors, health-and-
safety officers, estate and letting agents, property and block managers,
conveyancing assistants, deposit and compliance teams and the agency's IT
person paste into an AI assistant, from 21 countries in 20 languages:
site induction registers, subcontractor onboarding, accident and
near-miss reports, tenant referencing and right-to-rent checks, viewing
and valuation bookings with access codes, memoranda of sale, landlord
statements and deposit disputes, builders' invoices with bank details,
maintenance tickets, portal and CRM feed configs, booking-system and NVR
logs, chat exports with crews and tenants. Hard negatives of the theme
everywhere: plot, unit, job, PO, invoice, ticket and certificate numbers,
planning, building-control and title references, postcodes alone, the
firms' own addresses, switchboards and mailboxes, show homes named after
people, product codes, dimensions and prices, private and documentation
IPs, processors' test cards, and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
480917, shuffle seed 480918).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout48.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout48.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout48.py --stats   # counts
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
                       ssn_random, nino_random, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz)

SEED = 480917
SHUFFLE_SEED = 480918
OUT = os.path.join(HERE, "heldout48.jsonl")
PREFIX = "heldout-av-"
N_LABELLED = 600
N_CLEAN = 200


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
# given male, given female, family. "native|roman" where the script is not
# Latin (roman used for e-mail local parts only). Female family forms after
# "/" (PL, RU, GR). Written longer than needed: words an earlier part used
# were struck after the collision search (see heldout/README.md).
NAMES = {
    "US": ("Harlan Tobiah Beckett Dallin Wendell Orrin Cletus Garth Lamont",
           "Loralee Kaycee Shauna Merideth Wynona Darlene Lurleen Tawnya Charlene Kimberlee",
           "Blevins Oglesby Tidwell Burkhalter Gaskins Yarbrough Pettaway Runyon Tuggle Kilgore Rucker Oakes"),
    "GB": ("Alasdair Ruaridh Cormac Fergal Lorcan Ewart Aneurin Gethin Digby",
           "Rhiannon Ottilie Bryony Clemency Araminta Morwenna Gwenllian Bethan Hermione Iona",
           "Trelawney Pengelly Dunstable Cheesewright Fanshawe Gotobed Bickerstaff Threlfall Wigglesworth Loxley Cudworth"),
    "DE": ("Volkmar Hartwig Detlev Gero Lutz Gottfried Eberhard Hubertus",
           "Roswitha Henrike Adelheid Waltraud Leonore Brunhilde Ortrun Walburga Sieglinde",
           "Wunderlich Brinkhoff Ostermeier Kleinschmidt Pfannenstiel Hüttenrauch Lindemeyer Scharnagl Tiedemann Ruckdeschel Hinterhuber Griesbacher"),
    "FR": ("Anatole Fulbert Gaspard Léandre Philibert Evrard Honoré Aristide Florimond",
           "Ghislaine Solange Bérénice Apolline Clothilde Gwladys Eulalie Hortense",
           "Delacourt Fauconnier Rabourdin Chassagne Lemarchand Vaillancourt Boisseau Malbranque Tessandier Pagnol Larrieu"),
    "ES": ("Baltasar Eusebio Fulgencio Nicanor Ramiro Segismundo Teodoro Anselmo Casimiro Evaristo",
           "Remedios Inmaculada Nieves Montserrat Encarnación Rosalía Casilda Leocadia",
           "Valdivieso Olmedo Berenguer Candamo Urquiaga Mondragón Escalante Villalobos Montesinos Sotomayor Quintanilla Barrionuevo Ordóñez Cienfuegos"),
    "IT": ("Ermenegildo Fiorenzo Arcangelo Romualdo Gervasio Cosimo Pasquale Aurelio",
           "Annunziata Gelsomina Filomena Teodolinda Assunta Nives Loredana Ornella Concetta",
           "Scarpellini Bottazzi Lanfranchi Mezzadri Pizzolato Zanichelli Guerrieri Roncoroni Pellizzari Bergamaschi Cattaneo Fumagalli"),
    "NL": ("Gijsbert Reinier Barend Wiebren Hidde Sjoerd Joost Lieuwe Tjeerd Maarten",
           "Geertruida Jozefien Hendrika Aaltje Willemijn Trijntje Hiske Marijtje Fenna Roosmarijn",
           "Verbeek de_Kruijf van_der_Steeg Oudejans Kwakernaak Blokhuis Schuurmans Heijboer Stoutjesdijk Wolterink"),
    "PL": ("Bogumił Radosław Zdzisław Przemysław Wiesław Lechosław Dobromir Sławomir Ludomir Bronisław",
           "Bożena Jadwiga Wiesława Genowefa Halina Bronisława Grażyna Mirosława Stanisława Czesława",
           "Szczepański/Szczepańska Zawadzki/Zawadzka Kaczmarczyk/Kaczmarczyk Chmielewski/Chmielewska Gołębiowski/Gołębiowska Krawczyk/Krawczyk Jabłoński/Jabłońska Pietrzak/Pietrzak Ostrowski/Ostrowska Sobczak/Sobczak Dziedzic/Dziedzic Wojciechowski/Wojciechowska"),
    "BR": ("Adalberto Valdomiro Edivaldo Jurandir Wanderley Josué Genivaldo Ariovaldo Deusdete",
           "Cleonice Valdirene Marinalva Rosângela Lucineide Edileuza Gildete Marlucia Zuleide Claudete",
           "Bezerra Cavalcante Damasceno Figueiredo Guimarães Macedo Queiroz Siqueira Teixeira Arruda Lacerda Bittencourt"),
    "IN": ("धर्मेंद्र|dharmendra हरीश|harish योगेश|yogesh दिनेश|dinesh जितेंद्र|jitendra ललित|lalit प्रमोद|pramod सुरेंद्र|surendra गिरीश|girish महेश|mahesh",
           "सरिता|sarita ममता|mamta उर्मिला|urmila शालिनी|shalini भावना|bhavna कामिनी|kamini सुधा|sudha माधुरी|madhuri वंदना|vandana अल्पना|alpana",
           "अग्रवाल|agrawal कुशवाहा|kushwaha दुबे|dubey तिवारी|tiwari रस्तोगी|rastogi भार्गव|bhargava माहेश्वरी|maheshwari श्रीमाली|shrimali जोशी|joshi"),
    "RU": ("Всеволод|vsevolod Ярослав|yaroslav Святослав|svyatoslav Игнат|ignat Прохор|prokhor Тимофей|timofey Арсений|arseniy Мирон|miron Савелий|saveliy",
           "Ульяна|ulyana Василиса|vasilisa Евдокия|evdokiya Прасковья|praskovya Зинаида|zinaida Таисия|taisiya Агата|agata Серафима|serafima Любава|lyubava Олеся|olesya",
           "Стрельников/Стрельникова|strelnikov Бочаров/Бочарова|bocharov Загорский/Загорская|zagorsky Шелестов/Шелестова|shelestov Румянцев/Румянцева|rumyantsev Ветлугин/Ветлугина|vetlugin Кречетов/Кречетова|krechetov Полозов/Полозова|polozov Журавлёв/Журавлёва|zhuravlev Овчинников/Овчинникова|ovchinnikov"),
    "GR": ("Χαράλαμπος|charalampos Παντελής|pantelis Σπυρίδων|spyridon Ευάγγελος|evangelos Στυλιανός|stylianos Αριστείδης|aristeidis Θεμιστοκλής|themistoklis Λεωνίδας|leonidas Ηλίας|ilias Μιλτιάδης|miltiadis",
           "Παναγιώτα|panagiota Βασιλική|vasiliki Χρυσούλα|chrysoula Σταυρούλα|stavroula Ευτυχία|eftychia Καλλιόπη|kalliopi Αγλαΐα|aglaia Φωτεινή|foteini Δέσποινα|despoina Ευανθία|evanthia",
           "Καραγιάννης/Καραγιάννη|karagiannis Ζαχαρόπουλος/Ζαχαροπούλου|zacharopoulos Λαμπράκης/Λαμπράκη|lamprakis Τσιμπίδης/Τσιμπίδη|tsimpidis Κουτσούκος/Κουτσούκου|koutsoukos Ραπτόπουλος/Ραπτοπούλου|raptopoulos Μαυρίδης/Μαυρίδη|mavridis Γεωργακόπουλος/Γεωργακοπούλου|georgakopoulos Χατζηδάκης/Χατζηδάκη|chatzidakis Μπουραντάς/Μπουραντά|bourantas"),
    "IL": ("אביתר|evyatar נתנאל|netanel אלישע|elisha צורי|tzuri עמיחי|amichai ידידיה|yedidya שמעיה|shmaya אליקים|elyakim יהונתן|yehonatan בועז|boaz",
           "הדסה|hadassa אורנית|ornit צופיה|tzofia רעות|reut נחמה|nechama אפרת|efrat שולמית|shulamit ורדה|varda יוכבד|yocheved",
           "גולדפרב|goldfarb אשכנזי|ashkenazi בן-עמי|ben-ami רוזנטל|rosenthal מזרחי|mizrahi שטרנברג|sternberg ביטון|biton פרידמן|friedman אלמוג|almog קרמרמן|kramerman"),
    "EG": ("عبدالرحمن|abdelrahman شريف|sherif هشام|hesham طارق|tarek وليد|walid أيمن|ayman عصام|essam رأفت|raafat ممدوح|mamdouh",
           "نرمين|nermine هبة|heba دعاء|doaa رانيا|rania شيماء|shaimaa إيناس|enas نجلاء|naglaa سوزان|suzan عبير|abeer ولاء|walaa",
           "الشناوي|elshenawy عبدالعزيز|abdelaziz الدسوقي|eldesouky حجازي|hegazy السيوفي|elsiofy البنا|elbanna الجندي|elgindy الطحاوي|eltahawy القليوبي|elqalyoubi"),
    "TH": ("ธีรพงษ์|theeraphong วีรยุทธ|weerayut ชาญวิทย์|chanwit อนุชา|anucha ไพโรจน์|phairoj ภานุวัฒน์|phanuwat เกรียงไกร|kriangkrai ณรงค์ศักดิ์|narongsak สุรเชษฐ์|surachet ทวีศักดิ์|taweesak",
           "พรทิพย์|pornthip สุดารัตน์|sudarat อรอุมา|ornuma จันทร์เพ็ญ|chanphen รัตนาภรณ์|rattanaporn กาญจนา|kanchana ศิริพร|siriporn วิภาวดี|wipawadee ปิยะนุช|piyanuch อัมพร|amporn",
           "ศรีสุวรรณ|srisuwan วงศ์ไพศาล|wongphaisan ทองประเสริฐ|thongprasert แก้วมณี|kaewmanee บุญเรือง|boonruang พูลสวัสดิ์|poonsawat อินทรสุวรรณ|intarasuwan เพชรรัตน์|phetcharat ชัยมงคล|chaimongkol สุขเกษม|sukkasem"),
    "VN": ("Trọng|trong Thắng|thang Hiếu|hieu Toàn|toan Nghĩa|nghia Phúc|phuc Thịnh|thinh",
           "Thảo|thao Huyền|huyen Yến|yen Diễm|diem Trâm|tram Nhung|nhung Oanh|oanh Kiều|kieu",
           "Quách|quach Tôn|ton Lục|luc Ông|ong Cù|cu Tiêu|tieu Kha|kha Ninh|ninh Thạch|thach"),
    "CN": ("浩宇|haoyu 子轩|zixuan 俊杰|junjie 志强|zhiqiang 明辉|minghui 文博|wenbo 嘉懿|jiayi 振华|zhenhua 鸿涛|hongtao 立新|lixin",
           "婉清|wanqing 雨桐|yutong 佳怡|jiayi 晓雯|xiaowen 梦瑶|mengyao 思琪|siqi 若汐|ruoxi 诗涵|shihan 亦菲|yifei 可馨|kexin",
           "庞|pang 霍|huo 柯|ke 闫|yan 邝|kuang 阎|yan 巫|wu 殷|yin 滕|teng 裴|pei 甄|zhen"),
    "JP": ("海斗|kaito 直哉|naoya 拓海|takumi 陽翔|haruto 悠真|yuma 駿介|shunsuke 龍之介|ryunosuke 健太郎|kentaro 幸四郎|koshiro 慎吾|shingo",
           "結衣|yui 千尋|chihiro 詩織|shiori 凛子|rinko 真央|mao 菜々子|nanako 遥香|haruka 小百合|sayuri 志保|shiho 麻衣子|maiko",
           "大河内|okochi 五十嵐|igarashi 長谷部|hasebe 小野寺|onodera 久保田|kubota 宇佐美|usami 御手洗|mitarai 勅使河原|teshigawara 東海林|shoji 十河|sogo"),
    "KR": ("도윤|doyun 시우|siu 하준|hajun 지호|jiho 은우|eunu 건우|geonu 태민|taemin 준서|junseo 현우|hyeonu 민재|minjae",
           "서연|seoyeon 하은|haeun 수아|sua 채원|chaewon 예린|yerin 다인|dain 소율|soyul 가온|gaon 나래|narae",
           "탁|tak 표|pyo 추|chu 방|bang 모|mo 편|pyeon 변|byeon 용|yong 길|gil 하|ha"),
    "SE": ("Torbjörn Leif Gunnar Östen Sigvard Holger Sture Helmer",
           "Gunhild Ingegerd Solveig Margareta Birgitta Ylva Agneta Ingrid Sigrun Ragnhild",
           "Lindqvist Sjöberg Hedlund Åkesson Blomqvist Wennerström Nordgren Fagerlund Bergkvist Ekholm Strandberg Lövgren"),
    "TR": ("Necati Ertuğrul Kadir Oğuzhan Yiğit Taner Cengiz Nusret Rıdvan",
           "Gülşen Nurhan Şükran Feride Sevgül Hatice Yasemin Nermin Songül Gönül",
           "Karakoç Yılmazer Tekinalp Bozkurt Çakıroğlu Gündoğdu Akbulut Sarıkaya Özdemirci Kahramanlar Dikmen Topaloğlu"),
}

# ====================================================================== locales
# lang of the request, streets, towns, personal mail domains, the firms
# (builder, agency: name, domain) and one office address per country (a
# look-alike), IBAN country or card issuer.
LOC = {
    "US": dict(lang="en", streets=["Larkspur Ridge Rd", "Cottonwood Bend Dr", "Sagebrush Hollow Ln", "Quail Run Ct", "Juniper Flats Ave"],
               towns=[("Missoula", "MT", "598"), ("Ames", "IA", "500"), ("Dothan", "AL", "363"), ("Kalispell", "MT", "599"), ("Lompoc", "CA", "934")],
               mail=["gmail.com", "yahoo.com", "icloud.com", "outlook.com"], iban=None, card="visa",
               firms=(("Ridgeplumb Builders", "ridgeplumb-builders.com"), ("Porchlight Realty Group", "porchlightrealty.com")),
               office="Suite 210, 4410 Foundry Park Blvd, Ames, IA 50010", switch="(800) 555-0143"),
    "GB": dict(lang="en", streets=["Cobblestone Mews", "Tannery Row", "Ropewalk Close", "Saddlers Yard", "Kiln Meadow", "Glebe Orchard"],
               towns=[("Honiton", "EX14"), ("Malton", "YO17"), ("Leominster", "HR6"), ("Bridport", "DT6"), ("Oswestry", "SY11"), ("Hexham", "NE46")],
               mail=["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk"], iban="GB", card="visa",
               firms=(("Tallowmere Construction", "tallowmere-construction.co.uk"), ("Brackenfold Lettings & Sales", "brackenfold.co.uk")),
               office="Brackenfold House, 2 Chandlers Quay, Bridport DT6 3LQ", switch="0800 028 4471"),
    "DE": dict(lang="de", streets=["Wacholderweg", "Ziegeleistraße", "Am Mörtelwerk", "Schlehenweg", "Hopfengartenstraße", "Am Steinbruch"],
               towns=[("Bamberg", "960"), ("Landshut", "840"), ("Coburg", "964"), ("Detmold", "327"), ("Wetzlar", "355")],
               mail=["web.de", "gmx.de", "t-online.de", "posteo.de"], iban="DE", card="mastercard",
               firms=(("Hochbau Lindenhalde GmbH", "lindenhalde-bau.de"), ("Immobilien Kranichsfeld", "kranichsfeld-immo.de")),
               office="Kranichsfeld Immobilien, Gewerbering 7, 96050 Bamberg", switch="0951 70318-0"),
    "FR": dict(lang="fr", streets=["rue des Glycines", "impasse du Lavoir", "chemin de la Tuilerie", "allée des Charmes", "rue du Four à Chaux"],
               towns=[("Cognac", "16100"), ("Issoudun", "36100"), ("Dole", "39100"), ("Saumur", "49400"), ("Millau", "12100")],
               mail=["orange.fr", "free.fr", "laposte.net", "sfr.fr"], iban="FR", card="visa",
               firms=(("Bâtiments Gravelotte SARL", "batiments-gravelotte.fr"), ("Agence Toitbleu Immobilier", "toitbleu-immo.fr")),
               office="Agence Toitbleu, 3 place du Marché aux Grains, 49400 Saumur", switch="02 41 50 88 10"),
    "ES": dict(lang="es", streets=["Calle del Almendro", "Calle Cantería", "Avenida de los Alfareros", "Calle Yeseros", "Plaza del Ladrillar"],
               towns=[("Astorga", "24700", "León"), ("Ponferrada", "24400", "León"), ("Úbeda", "23400", "Jaén"), ("Tudela", "31500", "Navarra"), ("Linares", "23700", "Jaén")],
               mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], iban="ES", card="visa",
               firms=(("Construcciones Peñarrubia S.L.", "penarrubia-construcciones.es"), ("Inmobiliaria Tejadillo", "tejadillo-inmo.es")),
               office="Inmobiliaria Tejadillo, Paseo de la Constitución 12, 31500 Tudela (Navarra)", switch="948 41 22 70"),
    "IT": dict(lang="it", streets=["Via dei Gelsi", "Via delle Fornaci", "Vicolo dei Muratori", "Via della Calce", "Viale dei Tigli"],
               towns=[("Bassano del Grappa", "36061", "VI"), ("Fidenza", "43036", "PR"), ("Chiavari", "16043", "GE"), ("Sulmona", "67039", "AQ"), ("Lanciano", "66034", "CH")],
               mail=["libero.it", "virgilio.it", "alice.it", "gmail.com"], iban="IT", card="mastercard",
               firms=(("Edilcastello Costruzioni S.r.l.", "edilcastello.it"), ("Immobiliare Portabella", "portabella-immobiliare.it")),
               office="Immobiliare Portabella, Corso Garibaldi 41, 16043 Chiavari (GE)", switch="0185 31 72 00"),
    "NL": dict(lang="nl", streets=["Lijsterbesstraat", "Kalkovenweg", "Steenbakkerij", "Mortelstraat", "Dakpannenlaan"],
               towns=[("Harderwijk", "384"), ("Steenwijk", "833"), ("Tiel", "400"), ("Zutphen", "720"), ("Woerden", "344")],
               mail=["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com"], iban="NL", card="mastercard",
               firms=(("Bouwbedrijf Grindhoven B.V.", "grindhoven-bouw.nl"), ("Makelaardij Vaartzicht", "vaartzicht-makelaars.nl")),
               office="Makelaardij Vaartzicht, Havenkade 19, 7201 AB Zutphen", switch="0575 52 61 30"),
    "PL": dict(lang="pl", streets=["ul. Jarzębinowa", "ul. Cegielniana", "ul. Murarska", "ul. Wapienna", "ul. Kamieniarska"],
               towns=[("Tarnów", "33-1"), ("Zamość", "22-4"), ("Legnica", "59-2"), ("Płock", "09-4"), ("Siedlce", "08-1")],
               mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl"], iban="PL", card="visa",
               firms=(("Budimex-Wola? no", ""), ("", "")),
               office="", switch=""),
    "BR": dict(lang="pt", streets=["Rua das Paineiras", "Rua dos Pedreiros", "Avenida dos Ipês", "Rua da Olaria", "Travessa do Cimento"],
               towns=[("Sorocaba", "SP", "180", "Jardim Vergueiro"), ("Juiz de Fora", "MG", "360", "São Mateus"), ("Londrina", "PR", "860", "Gleba Palhano"), ("Petrópolis", "RJ", "256", "Quitandinha"), ("Arcoverde", "PE", "565", "São Cristóvão")],
               mail=["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"], iban="BR", card="mastercard",
               firms=(("Construtora Ipêverde Ltda.", "ipeverde-construtora.com.br"), ("Imobiliária Varandão", "varandao-imoveis.com.br")),
               office="Imobiliária Varandão, Av. Higienópolis 1100, sala 4, Londrina - PR, 86015-010", switch="(43) 3025-7710"),
    "IN": dict(lang="hi", streets=["College Road", "Ring Road", "Station Road", "Canal Road"],
               towns=[("Nashik", "Maharashtra", "422"), ("Indore", "Madhya Pradesh", "452"), ("Mysuru", "Karnataka", "570"), ("Vadodara", "Gujarat", "390"), ("Kanpur", "Uttar Pradesh", "208")],
               mail=["rediffmail.com", "gmail.com", "yahoo.co.in"], iban=None, card="rupay",
               firms=(("Shilpkar Infra Projects Pvt Ltd", "shilpkar-infra.in"), ("Griha Setu Realty", "grihasetu-realty.in")),
               office="Griha Setu Realty, 2nd Floor, Tulsi Arcade, College Road, Nashik 422005", switch="1800 266 4410"),
    "RU": dict(lang="ru", streets=["ул. Рябиновая", "ул. Кирпичная", "ул. Каменщиков", "пер. Гончарный", "ул. Черёмуховая"],
               towns=[("Тверь", "170"), ("Калуга", "248"), ("Вологда", "160"), ("Псков", "180"), ("Кострома", "156")],
               mail=["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"], iban=None, card="mir",
               firms=(("СК «Монолит-Заречье»", "monolit-zarechye.ru"), ("АН «Тёплый дом»", "teply-dom-an.ru")),
               office="АН «Тёплый дом», пр. Ленина, д. 3, офис 12, г. Калуга, 248000", switch="8 800 505-17-30"),
    "GR": dict(lang="el", streets=["Αμυγδαλιάς", "Λατόμων", "Ασβεστάδων", "Πλατάνων", "Κεραμέων"],
               towns=[("Λάρισα", "41"), ("Βόλος", "38"), ("Ιωάννινα", "45"), ("Καλαμάτα", "24"), ("Χανιά", "73")],
               mail=["otenet.gr", "gmail.com", "yahoo.gr"], iban="GR", card="visa",
               firms=(("Δομική Πήλιον Α.Ε.", "domiki-pilion.gr"), ("Μεσιτικό Γραφείο Αγναντιά", "agnantia-estates.gr")),
               office="Αγναντιά Μεσιτική, Ιάσονος 22, 382 21 Βόλος", switch="24210 33 450"),
    "IL": dict(lang="he", streets=["רחוב הדקל", "רחוב הסתת", "רחוב הבנאים", "רחוב הרימון", "רחוב האלון"],
               towns=[("נתניה", "42"), ("רחובות", "76"), ("אשדוד", "77"), ("כפר סבא", "44"), ("חדרה", "38")],
               mail=["walla.co.il", "gmail.com", "bezeqint.net"], iban=None, card="mastercard",
               firms=(("א.ש. בנייה ירוקה בע\"מ", "ash-green-build.co.il"), ("נדל\"ן קו החוף", "kav-hahof-nadlan.co.il")),
               office="נדל\"ן קו החוף, דרך הים 8, נתניה 4250408", switch="1-700-70-44-12"),
    "EG": dict(lang="ar", streets=["شارع النخيل", "شارع المعمار", "شارع الجميز", "شارع الفخار", "شارع الياسمين"],
               towns=[("المعادي", "القاهرة", "11728"), ("سموحة", "الإسكندرية", "21648"), ("الدقي", "الجيزة", "12611"), ("مصر الجديدة", "القاهرة", "11341")],
               mail=["yahoo.com", "gmail.com", "hotmail.com"], iban=None, card="visa",
               firms=(("شركة البنيان الحديث للمقاولات", "bonyan-contracting.com.eg"), ("الدار الأمينة للعقارات", "aldar-alameena.com.eg")),
               office="الدار الأمينة للعقارات، 40 شارع التسعين، التجمع الخامس، القاهرة", switch="16491"),
    "TH": dict(lang="th", streets=[],
               towns=[("ถนนเจริญกรุง", "แขวงบางรัก", "เขตบางรัก", "กรุงเทพมหานคร", "10500"), ("ถนนห้วยแก้ว", "ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200"), ("ถนนมิตรภาพ", "ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "ขอนแก่น", "40000"), ("ถนนเพชรเกษม", "ตำบลหาดใหญ่", "อำเภอหาดใหญ่", "สงขลา", "90110")],
               mail=["hotmail.com", "gmail.com", "yahoo.co.th"], iban=None, card="visa",
               firms=(("บริษัท ศิลาทอง คอนสตรัคชั่น จำกัด", "silathong-construction.co.th"), ("บ้านดีพร็อพเพอร์ตี้", "baandee-property.co.th")),
               office="บ้านดีพร็อพเพอร์ตี้ ชั้น 5 อาคารเอสพี ถนนสาทรใต้ กรุงเทพฯ", switch="02 118 4400"),
    "VN": dict(lang="vi", streets=["Hoa Lan", "Bạch Đằng", "Hàng Than", "Phan Xích Long", "Hoàng Diệu"],
               towns=[("phường Hải Cảng", "thành phố Quy Nhơn", "Bình Định"), ("phường Hòa Cường Bắc", "quận Hải Châu", "Đà Nẵng"), ("phường Vĩnh Ninh", "thành phố Huế", "Thừa Thiên Huế"), ("phường Tân Định", "quận 1", "TP. Hồ Chí Minh")],
               mail=["gmail.com", "yahoo.com.vn"], iban=None, card="visa",
               firms=(("Công ty Xây dựng Móng Vững", "mongvung.vn"), ("Nhà Đất Sen Vàng", "nhadatsenvang.vn")),
               office="Nhà Đất Sen Vàng, tầng 3, 27 Trần Hưng Đạo, Quy Nhơn", switch="1900 6868"),
    "CN": dict(lang="zh", streets=[],
               towns=[("江苏省", "扬州市", "邗江区", "文昌西路", "225009"), ("四川省", "绵阳市", "涪城区", "临园路", "621000"), ("福建省", "泉州市", "丰泽区", "田安南路", "362000"), ("湖南省", "株洲市", "芦淞区", "建设中路", "412000")],
               mail=["qq.com", "163.com", "126.com"], iban=None, card="unionpay",
               firms=(("鼎筑建设工程有限公司", "dingzhu-build.cn"), ("安居桥房产经纪", "anjuqiao-fc.cn")),
               office="安居桥房产经纪 扬州市邗江区文汇西路 88 号 2 楼", switch="400-820-3366"),
    "JP": dict(lang="ja", streets=[],
               towns=[("370-0841", "群馬県", "高崎市", "栄町"), ("910-0006", "福井県", "福井市", "中央"), ("680-0831", "鳥取県", "鳥取市", "栄町"), ("850-0032", "長崎県", "長崎市", "興善町")],
               mail=["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], iban=None, card="jcb",
               firms=(("株式会社梁和建設", "ryowa-kensetsu.co.jp"), ("みなと不動産管理", "minato-fudosan-kanri.jp")),
               office="みなと不動産管理 長崎市万才町 5-2 みなとビル 3F", switch="0120-48-3316"),
    "KR": dict(lang="ko", streets=[],
               towns=[("대전광역시", "유성구", "대학로"), ("광주광역시", "서구", "상무대로"), ("경기도 수원시", "영통구", "광교중앙로"), ("울산광역시", "남구", "삼산로")],
               mail=["naver.com", "daum.net", "hanmail.net"], iban=None, card="mastercard",
               firms=(("주식회사 든든건설", "deundeun-const.co.kr"), ("햇살공인중개사사무소", "haetsal-realty.co.kr")),
               office="햇살공인중개사사무소 대전광역시 서구 둔산로 100, 2층", switch="1588-7420"),
    "SE": dict(lang="sv", streets=["Hagtornsvägen", "Tegelbruksgatan", "Murargatan", "Kalkstensvägen", "Snickarvägen"],
               towns=[("Östersund", "831"), ("Karlstad", "652"), ("Kalmar", "392"), ("Borås", "503"), ("Söderhamn", "826")],
               mail=["telia.com", "gmail.com", "hotmail.se"], iban="SE", card="visa",
               firms=(("Grundfast Bygg AB", "grundfastbygg.se"), ("Fönsterkvist Mäkleri", "fonsterkvist.se")),
               office="Fönsterkvist Mäkleri, Storgatan 12, 392 32 Kalmar", switch="0480-41 22 00"),
    "TR": dict(lang="tr", streets=["Ihlamur Sokak", "Kireçhane Sokak", "Tuğla Caddesi", "Menekşe Sokak", "Çınar Caddesi"],
               towns=[("Ortahisar", "Trabzon", "61030"), ("Bulancak", "Giresun", "28300"), ("Altınordu", "Ordu", "52200"), ("Yeşilyurt", "Malatya", "44900")],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr"], iban="TR", card="mastercard",
               firms=(("Sağlamyapı İnşaat A.Ş.", "saglamyapi-insaat.com.tr"), ("Bahçekapı Emlak", "bahcekapi-emlak.com.tr")),
               office="Bahçekapı Emlak, Kahramanmaraş Cad. No: 30 Kat: 2, 61000 Ortahisar/Trabzon", switch="0462 321 45 00"),
}
LOC["PL"]["firms"] = (("Przedsiębiorstwo Budowlane Dębowy Strop", "debowystrop.pl"), ("Biuro Nieruchomości Pod Lipami", "podlipami-nieruchomosci.pl"))
LOC["PL"]["office"] = "Biuro Nieruchomości Pod Lipami, ul. Krakowska 9, 33-100 Tarnów"
LOC["PL"]["switch"] = "14 621 30 40"
COUNTRIES = list(LOC)

# ====================================================================== values
def _split(tok):
    nat, _, rom = tok.partition("|")
    return nat, (rom or nat)


def name_lists(c):
    gm, gf, fam = NAMES[c]
    return gm.split(), gf.split(), fam.split()


CJK_FAMILY_FIRST = {"CN", "JP", "KR", "VN"}
ASCII = str.maketrans("łŁıøØ", "lLioO")


def roman_ascii(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(ASCII)
    return re.sub(r"[^a-zA-Z\-]", "", s.replace(" ", "")).lower()


class Person:
    def __init__(self, c, given, family, g_rom, f_rom, female, middle=""):
        self.c, self.given, self.family, self.female = c, given, family, female
        self.g_rom, self.f_rom, self.middle = g_rom, f_rom, middle
        if c in ("CN", "KR"):
            self.full = family + given
        elif c == "JP":
            self.full = family + " " + given
        elif c == "VN":
            self.full = family + " " + (middle + " " if middle else "") + given
        else:
            self.full = given + " " + family
        self.words = set((given + " " + family).replace("-", " ").split())

    def email(self, R, domain=None):
        g, f = self.g_rom, roman_ascii(self.f_rom)
        g = roman_ascii(g)
        if domain:
            return R.choice(["%s.%s", "%s%s", "%.1s.%s"]) % (g, f) + "@" + domain
        dom = R.choice(LOC[self.c]["mail"])
        if dom in ("qq.com",) and R.random() < 0.5:
            return str(R.randint(10 ** 7, 10 ** 10)) + "@" + dom
        form = R.choice(["%s.%s", "%s_%s", "%s%s%d", "%.1s%s%d"])
        if "%d" in form:
            return form % (g, f, R.randint(2, 99)) + "@" + dom
        return form % (g, f) + "@" + dom


def person(R, c, used, female=None):
    gm, gf, fam = name_lists(c)
    for _ in range(200):
        fem = R.random() < 0.5 if female is None else female
        g, grom = _split(R.choice(gf if fem else gm))
        ftok = R.choice(fam)
        fn, from_ = _split(ftok)
        if "/" in fn:
            fn = fn.split("/")[1 if fem else 0]
        fn = fn.replace("_", " ")
        middle = ""
        if c == "VN":
            middle = R.choice(["Thị", "Ngọc", "Thu"] if fem else ["Văn", "Đức", "Hữu", "Minh"])
            if middle == "Ngọc":
                middle = "Thị"
        if c == "ES" and R.random() < 0.5:
            f2 = _split(R.choice(fam))[0]
            if f2 != fn:
                fn = fn + " " + f2
        if c == "BR" and R.random() < 0.4:
            f2 = _split(R.choice(fam))[0]
            if f2 != fn:
                fn = f2 + " " + fn
        if fem and "/" in ftok and c in ("RU", "GR"):
            from_ = from_ + "a" if c == "RU" else (from_[:-2] + "ou" if from_.endswith("os") else from_[:-1])
        elif "/" in ftok and c == "PL":
            from_ = fn
        p = Person(c, g, fn, grom, from_ if c not in ("ES", "BR", "NL") else (fn.split()[0] if c == "ES" else fn.split()[-1]), fem, middle)
        if p.words & used:
            continue
        used |= p.words
        return p
    raise AssertionError("names exhausted " + c)


# ---------------------------------------------------------------- phones
HAND_MOBILE = {
    "TR": lambda R: R.choice(["530", "532", "533", "535", "505", "506", "541", "542", "544", "552", "555"]) + digits(R, 7),
    "GR": lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7),
    "IL": lambda R: R.choice(["50", "52", "53", "54", "58"]) + nz(R, 7),
    "EG": lambda R: R.choice(["10", "11", "12", "15"]) + digits(R, 8),
    "TH": lambda R: R.choice(["81", "82", "83", "84", "86", "89", "61", "62", "63", "91", "92", "95"]) + digits(R, 7),
    "VN": lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "39", "86", "88"]) + digits(R, 7),
    "KR": lambda R: "10" + nz(R, 8),
}
CC = {"TR": "90", "GR": "30", "IL": "972", "EG": "20", "TH": "66", "VN": "84", "KR": "82"}


def mobile_nsn(R, c):
    if c in HAND_MOBILE:
        return CC[c], HAND_MOBILE[c](R)
    cc, trunk, kinds = PLANS[c]
    k = "fixed_or_mobile" if c == "US" else ("mobile" if "mobile" in kinds else sorted(kinds)[0])
    if c == "DE" and R.random() < 0.4:
        k = "mobile7"
    nsn = kinds[k](R)
    while c == "FR" and nsn.startswith("639"):  # Mayotte, not metropolitan
        nsn = kinds[k](R)
    return str(cc), nsn


def fmt_phone(R, c, cc, n, intl):
    """National and +CC layouts by country."""
    if c == "US":
        a, e, l = n[:3], n[3:6], n[6:]
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s"]) % (a, e, l) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l)
    if c == "GB":
        return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    if c == "DE":
        return "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if c == "FR":
        p = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return "+33 %s %s" % (n[0], p) if intl else "0%s %s" % (n[0], p) if R.random() < 0.7 else "0" + n[0] + "." + p.replace(" ", ".")
    if c == "ES":
        return "+34 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "IT":
        return "+39 %s %s" % (n[:3], n[3:]) if intl else R.choice(["%s %s", "%s-%s", "%s/%s"]) % (n[:3], n[3:])
    if c == "NL":
        return "+31 %s %s" % (n[0], n[1:]) if intl else R.choice(["0%s-%s", "0%s %s"]) % (n[0], n[1:])
    if c == "PL":
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if c == "IN":
        return "+91 %s %s" % (n[:5], n[5:]) if intl else R.choice(["%s %s", "0%s %s"]) % (n[:5], n[5:])
    if c == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "GR":
        return "+30 %s %s" % (n[:3], n[3:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if c == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if c == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if c == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if c == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])
    if c == "JP":
        return "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if c == "KR":
        return "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if c == "SE":
        return "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if c == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if c == "IE":
        return "+353 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if c == "AU":
        return "+61 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if c in ("SG", "HK"):
        return "+%s %s %s" % (cc, n[:4], n[4:]) if intl else "%s %s" % (n[:4], n[4:])
    if c == "PT":
        return "+351 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    raise KeyError(c)


def phone(R, c, region=None, sub="mobile", intl=None):
    """A phone label of country c read in region (plan set when they differ)."""
    region = region or c
    cc, n = mobile_nsn(R, c)
    if intl is None:
        intl = region != c or R.random() < 0.3
    v = fmt_phone(R, c, cc, n, intl or region != c)
    meta = dict(sub=sub, region=region)
    if region != c:
        meta["plan"] = c
    return L("phone", v, **meta)


# ---------------------------------------------------------------- addresses
def _pc(R, pat):
    return "".join(R.choice(string.digits) if ch == "9" else R.choice("ABDEFGHJLNPQRSTUWXY") if ch == "A" else ch for ch in pat)


def address(R, c, one_line=True):
    d = LOC[c]
    sep = ", " if one_line else "\n"
    hn = R.randint(1, 148)
    if c == "US":
        t, st, z = R.choice(d["towns"])
        unit = R.choice(["", "", " Apt %d" % R.randint(1, 30), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s%s" % (R.randint(100, 9899), R.choice(d["streets"]), unit, sep, t, st, z, digits(R, 2))
    if c == "GB":
        t, o = R.choice(d["towns"])
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s%s%s%s%s %s" % (pre, hn, R.choice(d["streets"]), sep, t, sep if not one_line else " ", o, _pc(R, "9AA"))
    if c in ("DE",):
        t, p = R.choice(d["towns"])
        return "%s %d%s%s%s %s" % (R.choice(d["streets"]), hn, R.choice(["", "", "a"]), sep, p + digits(R, 2), t)
    if c == "FR":
        t, p = R.choice(d["towns"])
        return "%d%s %s%s%s %s" % (hn, R.choice(["", "", " bis"]), R.choice(d["streets"]), sep, p, t)
    if c == "ES":
        t, p, prov = R.choice(d["towns"])
        return "%s %d, %dº %s%s%s %s (%s)" % (R.choice(d["streets"]), hn, R.randint(1, 6), R.choice("ABCD"), sep, p, t, prov)
    if c == "IT":
        t, p, pr = R.choice(d["towns"])
        return "%s %d%s%s %s (%s)" % (R.choice(d["streets"]), hn, sep, p, t, pr)
    if c == "NL":
        t, p = R.choice(d["towns"])
        return "%s %d%s%s%s %s %s" % (R.choice(d["streets"]), hn, R.choice(["", "", "-A", " bis"]), sep, p + digits(R, 1), _pc(R, "AA"), t)
    if c == "PL":
        t, p = R.choice(d["towns"])
        return "%s %d%s%s%s %s" % (R.choice(d["streets"]), hn, R.choice(["", "/%d" % R.randint(1, 40)]), sep, p + digits(R, 2), t)
    if c == "BR":
        t, uf, p, b = R.choice(d["towns"])
        return "%s, %d%s - %s%s%s - %s, %s-%s" % (R.choice(d["streets"]), hn, R.choice(["", ", apto %d" % R.randint(11, 904)]), b, sep, t, uf, p + digits(R, 2), digits(R, 3))
    if c == "IN":
        t, st, p = R.choice(d["towns"])
        b = R.choice(["Amaltas Enclave", "Neelkamal Towers", "Kesar Kunj", "Shubh Vatika"])
        return "Flat %d, %s%s%s, %s%s%s %s" % (R.randint(101, 904), b, sep, R.choice(d["streets"]), t, sep, st, p + digits(R, 3))
    if c == "RU":
        t, p = R.choice(d["towns"])
        return "%s, д. %d, кв. %d%sг. %s, %s" % (R.choice(d["streets"]), hn, R.randint(1, 180), sep, t, p + digits(R, 3))
    if c == "GR":
        t, p = R.choice(d["towns"])
        return "%s %d%s%s %s %s" % (R.choice(d["streets"]), hn, sep, p + digits(R, 1), digits(R, 2), t)
    if c == "IL":
        t, p = R.choice(d["towns"])
        return "%s %d, דירה %d%s%s %s" % (R.choice(d["streets"]), hn, R.randint(1, 30), sep, t, p + digits(R, 5))
    if c == "EG":
        area, city, z = R.choice(d["towns"])
        return "%d %s، %s%s%s %s" % (hn, R.choice(d["streets"]), area, "، " if one_line else "\n", city, z)
    if c == "TH":
        road, kh, amp, prov, z = R.choice(d["towns"])
        return "%d/%d %s %s %s%s%s %s" % (R.randint(1, 300), R.randint(1, 60), road, kh, amp, " " if one_line else "\n", prov, z)
    if c == "VN":
        w, dist, city = R.choice(d["towns"])
        return "Số %d ngõ %d đường %s, %s, %s%s%s" % (hn, R.randint(2, 120), R.choice(d["streets"]), w, dist, sep, city)
    if c == "CN":
        prov, city, dist, road, z = R.choice(d["towns"])
        return "%s%s%s%s%d号%d幢%d室" % (prov, city, dist, road, hn, R.randint(1, 20), R.randint(101, 2408))
    if c == "JP":
        z, pref, city, area = R.choice(d["towns"])
        return "〒%s %s%s%s%d丁目%d-%d%s" % (z, pref, city, area, R.randint(1, 5), R.randint(1, 20), R.randint(1, 30), R.choice(["", " コーポ白樺%d号室" % R.randint(101, 405)]))
    if c == "KR":
        city, gu, road = R.choice(d["towns"])
        return "%s %s %s %d, %d동 %d호" % (city, gu, road, R.randint(10, 400), R.randint(101, 115), R.randint(101, 2204))
    if c == "SE":
        t, p = R.choice(d["towns"])
        return "%s %d%s%s %s %s" % (R.choice(d["streets"]), hn, sep, p, digits(R, 2), t)
    if c == "TR":
        dist, city, z = R.choice(d["towns"])
        return "%s No: %d D: %d%s%s %s/%s" % (R.choice(d["streets"]), hn, R.randint(1, 20), sep, z, dist, city)
    raise KeyError(c)


# ---------------------------------------------------------------- dates of birth
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def birth(R, lo=1952, hi=2005):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def fmt_dob(R, c, y, m, d):
    lang = LOC[c]["lang"]
    k = R.random()
    if c == "US":
        return "%02d/%02d/%d" % (m, d, y) if k < 0.7 else "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if c == "GB":
        return "%02d/%02d/%d" % (d, m, y) if k < 0.6 else "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if c in ("DE", "PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d, m, y) if (k < 0.75 or c != "DE") else "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
    if c in ("FR", "IT", "GR", "IL", "EG"):
        if k < 0.3 and lang in MONTHS:
            return "%d %s %d" % (d, MONTHS[lang][m - 1], y)
        return "%02d/%02d/%d" % (d, m, y)
    if c in ("ES", "BR"):
        if k < 0.3:
            return "%d de %s de %d" % (d, MONTHS["es" if c == "ES" else "pt"][m - 1], y)
        return "%02d/%02d/%d" % (d, m, y)
    if c == "NL":
        return "%02d-%02d-%d" % (d, m, y) if k < 0.7 else "%d %s %d" % (d, MONTHS["nl"][m - 1], y)
    if c == "IN":
        return "%02d-%02d-%d" % (d, m, y) if k < 0.6 else "%02d/%02d/%d" % (d, m, y)
    if c == "TH":
        return "%d %s %d" % (d, TH_MON[m - 1], y + 543) if k < 0.6 else "%02d/%02d/%d" % (d, m, y + 543)
    if c == "VN":
        return "ngày %02d tháng %02d năm %d" % (d, m, y) if k < 0.4 else "%02d/%02d/%d" % (d, m, y)
    if c in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d) if k < 0.6 else "%d-%02d-%02d" % (y, m, d) if c == "CN" else "%d/%02d/%02d" % (y, m, d)
    if c == "KR":
        return "%d. %d. %d." % (y, m, d) if k < 0.5 else "%d년 %d월 %d일" % (y, m, d)
    if c == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    raise KeyError(c)


def dob(R, c, y=None, m=None, d=None):
    if y is None:
        y, m, d = birth(R)
    return L("dob", fmt_dob(R, c, y, m, d))

# ---------------------------------------------------------------- gov ids
def pesel(y, m, d, female, R):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def thai_id(R):
    b = str(R.randint(1, 8)) + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def thai_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, y, m, d, female):
    b = R.choice(["321003", "510703", "350503", "430203"]) + "%d%02d%02d" % (y, m, d) + "%02d" % R.randint(0, 99) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def kr_rrn(R, y, m, d, female):
    s = (3 if y >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, s, digits(R, 5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return b + str((11 - sum(int(c) * x for c, x in zip(b, w)) % 11) % 10)


def kr_ok(s):
    s = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(c) * x for c, x in zip(s, w)) % 11) % 10 == int(s[12])


def mynumber(R):
    b = nz(R, 11)
    s = sum(int(b[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return b + str(0 if s <= 1 else 11 - s)


def mynumber_ok(s):
    b = s[:11]
    r = sum(int(b[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return len(s) == 12 and int(s[11]) == (0 if r <= 1 else 11 - r)


def amka(R, y, m, d):
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(R, 4))


def il_id(R):
    return luhn_complete(digits(R, 8))


def personnummer(R, y, m, d, female):
    b = "%02d%02d%02d%02d%d" % (y % 100, m, d, R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return "%d%02d%02d-%s" % (y, m, d, luhn_complete(b)[6:])


def pnr_ok(s):
    return luhn_ok(s[2:8] + s[9:])


def eg_id(R, y, m, d, female):
    gov = R.choice(["01", "02", "21", "12"])
    seq = digits(R, 3) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return "%d%02d%02d%02d%s%s%d" % (2 if y < 2000 else 3, y % 100, m, d, gov, seq, R.randint(1, 9))


def vn_cccd(R, y, female):
    s = (0 if y < 2000 else 2) + (1 if female else 0)
    return R.choice(["001", "048", "046", "079"]) + str(s) + "%02d" % (y % 100) + digits(R, 6)


def gov(R, c, p, y, m, d, kind=None):
    """The national id of person p (born y-m-d) as printed in c."""
    f = p.female
    if c == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if c == "GB":
        if kind == "passport" or (kind is None and R.random() < 0.4):
            return L("gov_id", nz(R, 9), sub="passport")
        a, b, s = nino_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (a, b[:2], b[2:4], b[4:], s) if True else "", sub="nino")
    if c == "DE":
        v = steuerid_random(R)
        return L("gov_id", R.choice([v, "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])]), sub="steuer_id")
    if c == "FR":
        body, key = nir_random(R, sex="2" if f else "1", yy=y % 100, mm=m)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="nir")
    if c == "ES":
        if R.random() < 0.3:
            p_, n, l = nie_random(R)
            return L("gov_id", p_ + n + l, sub="nie")
        n, l = dni_random(R)
        return L("gov_id", R.choice([n + l, n + "-" + l]), sub="dni")
    if c == "IT":
        sur = roman_ascii(p.family).upper()
        return L("gov_id", cf_make(sur, roman_ascii(p.given).upper(), y % 100, m, d, f, R.choice(["A703", "D541", "C621", "I804", "E435"])), sub="codice_fiscale")
    if c == "NL":
        return L("gov_id", bsn_random(R), sub="bsn")
    if c == "PL":
        return L("gov_id", pesel(y, m, d, f, R), sub="pesel")
    if c == "BR":
        v = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="cpf")
    if c == "IN":
        v = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="aadhaar")
    if c == "RU":
        return L("gov_id", "%s %s %s" % (digits(R, 2), "%02d" % R.randint(0, 23), digits(R, 6)), sub="ru_passport")
    if c == "GR":
        return L("gov_id", amka(R, y, m, d), sub="amka")
    if c == "IL":
        return L("gov_id", il_id(R), sub="il_id")
    if c == "EG":
        return L("gov_id", eg_id(R, y, m, d, f), sub="eg_national_id")
    if c == "TH":
        v = thai_id(R)
        return L("gov_id", R.choice([v, "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12])]), sub="th_id")
    if c == "VN":
        return L("gov_id", vn_cccd(R, y, f), sub="cccd")
    if c == "CN":
        return L("gov_id", cn_id(R, y, m, d, f), sub="cn_resident_id")
    if c == "JP":
        v = mynumber(R)
        return L("gov_id", R.choice([v, "%s %s %s" % (v[:4], v[4:8], v[8:])]), sub="my_number")
    if c == "KR":
        v = kr_rrn(R, y, m, d, f)
        return L("gov_id", v[:6] + "-" + v[6:], sub="rrn")
    if c == "SE":
        return L("gov_id", personnummer(R, y, m, d, f), sub="personnummer")
    if c == "TR":
        return L("gov_id", tckn(R), sub="tc_kimlik")
    raise KeyError(c)


def gov_valid(sp):
    v, s = sp["value"], sp.get("sub")
    dg = re.sub(r"\D", "", v)
    if s == "ssn":
        a, g, n = int(dg[:3]), int(dg[3:5]), int(dg[5:])
        return a not in (0, 666) and a < 900 and g and n
    if s == "nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.replace(" ", "")) is not None
    if s == "passport":
        return len(dg) == 9
    if s == "steuer_id":
        return steuerid_ok(dg)
    if s == "nir":
        w = v.replace(" ", "")
        return nir_ok(w[:13], w[13:])
    if s == "dni":
        w = v.replace("-", "")
        return DNI_LETTERS[int(w[:8]) % 23] == w[8]
    if s == "nie":
        return nie_ok(v)
    if s == "codice_fiscale":
        return cf_check(v[:15]) == v[15]
    if s == "bsn":
        return bsn_ok(v)
    if s == "pesel":
        return pesel_ok(v)
    if s == "cpf":
        return cpf_ok(dg)
    if s == "aadhaar":
        return verhoeff_ok(dg)
    if s == "ru_passport":
        return len(dg) == 10
    if s == "amka":
        return len(dg) == 11 and luhn_ok(dg)
    if s == "il_id":
        return len(dg) == 9 and luhn_ok(dg)
    if s == "eg_national_id":
        return len(dg) == 14 and dg[0] in "23"
    if s == "th_id":
        return thai_ok(dg)
    if s == "cccd":
        return len(dg) == 12
    if s == "cn_resident_id":
        return cn_ok(v)
    if s == "my_number":
        return mynumber_ok(dg)
    if s == "rrn":
        return kr_ok(v)
    if s == "personnummer":
        return pnr_ok(v)
    if s == "tc_kimlik":
        return tckn_ok(v)
    return False


# ---------------------------------------------------------------- money
def iban_label(R, c, holder=None):
    v = iban_random(R, LOC[c]["iban"])
    k = R.random()
    if k < 0.6:
        v = group(v)
    elif k < 0.7:
        v = group(v, sep="\u00a0")
    meta = dict(sub=LOC[c]["iban"])
    if holder:
        meta["holder"] = holder
    return L("iban", v, **meta)


def card_label(R, c, issuer=None):
    iss = issuer or LOC[c]["card"]
    v = card_random(R, iss)
    k = R.random()
    if k < 0.6:
        v = " ".join(split_groups(v, card_grouping(len(v))))
    elif k < 0.8:
        v = "-".join(split_groups(v, card_grouping(len(v))))
    return L("card", v, sub=iss)


# ---------------------------------------------------------------- network
def pub_ipv4(R):
    while True:
        a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.choice([31, 37, 46, 62, 77, 81, 86, 91, 94, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217, 82, 84, 89, 92, 95, 5, 2, 24, 67, 71, 73, 98, 99, 104, 49, 58, 110, 112, 115, 118, 121, 125, 171, 180, 182, 183, 201, 187, 189, 191]),
                                               R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global:
            return str(a)


def pub_ipv6(R):
    while True:
        a = ipaddress.IPv6Address("%s:%x:%x:%x::%x" % (R.choice(["2a02:8108", "2a01:4b00", "2003:e4", "2a00:23c5", "2600:1700", "2804:14c", "240e:3b0", "2405:201"]),
                                                       R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)))
        if a.is_global:
            return str(a)


def ip_label(R, sub, v6=None):
    if v6 is None:
        v6 = R.random() < 0.15
    return L("ip", pub_ipv6(R) if v6 else pub_ipv4(R), sub=("v6_" if v6 else "v4_") + sub)


def lan_ip(R):
    return R.choice(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def access_code(R, kind):
    if kind == "key_safe_code":
        return R.choice([str(R.randint(1000, 9999)), "%d%s%d" % (R.randint(1, 9), R.choice("ABCD"), R.randint(100, 999)), "%04d#" % R.randint(0, 9999)])
    if kind == "alarm_code":
        return str(R.randint(1000, 999999))
    if kind == "gate_code":
        return R.choice(["*", "#", ""]) + str(R.randint(1000, 99999)) + R.choice(["#", ""])
    raise KeyError(kind)

# ====================================================================== requests
# check, summary, table, reply, strip: one request per kind and language.
REQ = {
    "en": ["Can you check this before it goes to the office manager? Anything missing or wrong?",
           "Summarise this in four bullets for Monday's site meeting.",
           "Turn this into a clean table, one row per person.",
           "Help me write a short, polite reply to this.",
           "I have to send this to an outside consultant. What should I take out first?"],
    "de": ["Kannst du das prüfen, bevor es an die Bauleitung geht? Fehlt etwas?",
           "Fass das in vier Stichpunkten für die Baubesprechung zusammen.",
           "Mach daraus eine saubere Tabelle, eine Zeile pro Person.",
           "Hilf mir bei einer kurzen, höflichen Antwort darauf.",
           "Das muss an ein externes Büro. Was sollte ich vorher rausnehmen?"],
    "fr": ["Tu peux vérifier ça avant que je l'envoie au conducteur de travaux ? Il manque quelque chose ?",
           "Résume ça en quatre points pour la réunion de chantier.",
           "Mets ça dans un tableau propre, une ligne par personne.",
           "Aide-moi à rédiger une réponse courte et polie.",
           "Je dois transmettre ça à un prestataire externe. Qu'est-ce que je dois retirer avant ?"],
    "es": ["¿Puedes revisar esto antes de mandarlo al jefe de obra? ¿Falta algo?",
           "Resume esto en cuatro puntos para la reunión de obra.",
           "Pásalo a una tabla limpia, una fila por persona.",
           "Ayúdame a redactar una respuesta breve y educada.",
           "Tengo que enviarlo a una consultora externa. ¿Qué debería quitar antes?"],
    "it": ["Puoi controllare questo prima che lo giri al capocantiere? Manca qualcosa?",
           "Riassumi in quattro punti per la riunione di cantiere.",
           "Trasformalo in una tabella ordinata, una riga per persona.",
           "Aiutami a scrivere una risposta breve e cortese.",
           "Devo inoltrarlo a un consulente esterno. Cosa tolgo prima?"],
    "nl": ["Kun je dit nakijken voordat het naar de uitvoerder gaat? Mist er iets?",
           "Vat dit samen in vier punten voor het bouwoverleg.",
           "Zet dit in een nette tabel, één regel per persoon.",
           "Help me een korte, beleefde reactie te schrijven.",
           "Dit moet naar een extern bureau. Wat moet ik eerst weghalen?"],
    "pl": ["Sprawdzisz to, zanim wyślę kierownikowi budowy? Czegoś brakuje?",
           "Streść to w czterech punktach na naradę budowy.",
           "Zrób z tego porządną tabelę, jeden wiersz na osobę.",
           "Pomóż mi napisać krótką, uprzejmą odpowiedź.",
           "Muszę to wysłać zewnętrznej firmie. Co powinienem najpierw usunąć?"],
    "pt": ["Pode revisar isto antes de eu mandar para o mestre de obras? Falta alguma coisa?",
           "Resume isto em quatro tópicos para a reunião da obra.",
           "Transforma isto numa tabela limpa, uma linha por pessoa.",
           "Me ajuda a escrever uma resposta curta e educada.",
           "Preciso mandar isto para uma consultoria de fora. O que devo tirar antes?"],
    "hi": ["साइट मैनेजर को भेजने से पहले इसे जाँच दो, कुछ छूटा तो नहीं?",
           "इसे साइट मीटिंग के लिए चार बिंदुओं में समेट दो।",
           "इसे एक साफ़ तालिका में बदल दो, हर व्यक्ति की एक पंक्ति।",
           "इसका एक छोटा और विनम्र जवाब लिखने में मदद करो।",
           "यह बाहर के सलाहकार को भेजना है। पहले क्या हटाना चाहिए?"],
    "ru": ["Проверь, пожалуйста, перед отправкой прорабу. Ничего не упущено?",
           "Сделай краткое резюме в четырёх пунктах для планёрки на объекте.",
           "Сведи это в аккуратную таблицу, по строке на человека.",
           "Помоги составить короткий вежливый ответ.",
           "Нужно переслать это внешнему подрядчику. Что убрать в первую очередь?"],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω στον εργοδηγό; Λείπει κάτι;",
           "Σύνοψε το σε τέσσερα σημεία για τη σύσκεψη του εργοταξίου.",
           "Κάν' το έναν καθαρό πίνακα, μία γραμμή ανά άτομο.",
           "Βοήθησέ με να γράψω μια σύντομη, ευγενική απάντηση.",
           "Πρέπει να το στείλω σε εξωτερικό σύμβουλο. Τι να αφαιρέσω πρώτα;"],
    "he": ["תוכל לבדוק את זה לפני שאני שולח למנהל העבודה? חסר משהו?",
           "תסכם את זה בארבע נקודות לישיבת האתר.",
           "תהפוך את זה לטבלה מסודרת, שורה לכל אדם.",
           "תעזור לי לנסח תשובה קצרה ומנומסת.",
           "אני צריך להעביר את זה ליועץ חיצוני. מה להוריד קודם?"],
    "ar": ["ممكن تراجع هذا قبل ما أرسله لمدير الموقع؟ هل ينقصه شيء؟",
           "لخّص هذا في أربع نقاط لاجتماع الموقع.",
           "حوّل هذا إلى جدول مرتب، صف لكل شخص.",
           "ساعدني في كتابة رد قصير ومهذب.",
           "لازم أرسل هذا لاستشاري خارجي. ماذا أحذف أولاً؟"],
    "th": ["ช่วยตรวจก่อนส่งให้หัวหน้าไซต์หน่อย ขาดอะไรไหม",
           "สรุปเป็นสี่ข้อสำหรับประชุมหน้างาน",
           "ทำเป็นตารางให้เรียบร้อย หนึ่งแถวต่อหนึ่งคน",
           "ช่วยร่างคำตอบสั้นๆ แบบสุภาพให้หน่อย",
           "ต้องส่งให้ที่ปรึกษาภายนอก ควรลบอะไรออกก่อน"],
    "vi": ["Kiểm tra giúp mình trước khi gửi chỉ huy công trình nhé, có thiếu gì không?",
           "Tóm tắt thành bốn ý cho buổi họp công trường.",
           "Chuyển thành một bảng gọn gàng, mỗi người một dòng.",
           "Giúp mình viết một câu trả lời ngắn gọn, lịch sự.",
           "Mình phải gửi cái này cho đơn vị tư vấn bên ngoài. Nên xoá gì trước?"],
    "zh": ["发给项目经理之前帮我检查一下，有没有漏掉什么？",
           "帮我总结成四条，工地例会要用。",
           "整理成一张清楚的表格，每人一行。",
           "帮我写一个简短、客气的回复。",
           "这个要发给外部顾问，我应该先删掉哪些内容？"],
    "ja": ["現場所長に送る前にチェックしてもらえますか？抜けはありますか？",
           "現場会議用に四つの箇条書きでまとめてください。",
           "一人一行のきれいな表にしてください。",
           "短く丁寧な返信を作るのを手伝ってください。",
           "外部のコンサルに送る必要があります。先に何を消すべきですか？"],
    "ko": ["현장소장에게 보내기 전에 확인해 줄래? 빠진 거 있어?",
           "현장 회의용으로 네 줄로 요약해 줘.",
           "한 사람당 한 줄로 깔끔한 표로 만들어 줘.",
           "짧고 정중한 답장 쓰는 것 좀 도와줘.",
           "외부 컨설턴트에게 보내야 해. 먼저 뭘 지워야 할까?"],
    "sv": ["Kan du kolla det här innan det går till arbetsledaren? Saknas något?",
           "Sammanfatta i fyra punkter till byggmötet.",
           "Gör om det till en snygg tabell, en rad per person.",
           "Hjälp mig skriva ett kort, artigt svar.",
           "Jag måste skicka det till en extern konsult. Vad ska jag ta bort först?"],
    "tr": ["Şantiye şefine göndermeden önce kontrol eder misin? Eksik bir şey var mı?",
           "Şantiye toplantısı için dört maddede özetle.",
           "Bunu düzgün bir tabloya çevir, kişi başına bir satır.",
           "Kısa ve kibar bir cevap yazmama yardım et.",
           "Bunu dış danışmana göndermem lazım. Önce neyi çıkarmalıyım?"],
}
KINDS = {"check": 0, "summary": 1, "table": 2, "reply": 3, "strip": 4}


def wrap(R, lang, kind, body, form_code=False, agency=False):
    """The request line before or after the paste, sometimes in quotes,
    after a rule or around a code fence. body is a parts list."""
    req = REQ[lang][KINDS[kind] if isinstance(kind, str) else kind]
    if agency and kind in ("check", "summary"):
        req = REQ_AG[lang][KINDS[kind]]
    k = R.random()
    if form_code or k < 0.2:
        return [req + "\n```\n", body, "\n```"]
    if k < 0.4:
        return [req + "\n\n\"\"\"\n", body, "\n\"\"\""]
    if k < 0.6:
        return [body, "\n---\n" + req]
    if k < 0.8:
        return [req + "\n\n", body]
    return [body, "\n\n" + req]


# ====================================================================== chats
# Chat exports with crews and tenants, wholly in the local language. Slots:
# {A} agent given name, {B} other side given name, {FULL} full name,
# {DOB}, {PHONE}, {EMAIL}, {ADDR}, {IBAN}, {CODE} (key-safe), {FIRM}.
CHAT = {
    "en": ["Hi {B}, {A} from {FIRM} here about the move-in on Friday.", "Morning! For the file: {FULL}, born {DOB}.",
           "Best number is {PHONE} and email {EMAIL}", "Flat is {ADDR}, key safe by the bins, code {CODE}",
           "Deposit refund to {IBAN} please", "Noted, thanks {B}. Plot 14 crew will be out by 4pm."],
    "de": ["Hallo {B}, hier {A} von {FIRM} wegen der Übergabe am Freitag.", "Moin! Fürs Protokoll: {FULL}, geboren am {DOB}.",
           "Am besten unter {PHONE} oder per Mail an {EMAIL}", "Wohnung ist {ADDR}, Schlüsseltresor am Fahrradraum, Code {CODE}",
           "Kaution bitte zurück auf {IBAN}", "Danke {B}, ist notiert. Der Trupp von Haus 3 ist bis 16 Uhr fertig."],
    "fr": ["Bonjour {B}, c'est {A} de {FIRM} pour l'état des lieux de vendredi.", "Bonjour ! Pour le dossier : {FULL}, né(e) le {DOB}.",
           "Mon numéro : {PHONE}, mon mail : {EMAIL}", "Le logement : {ADDR}, boîte à clés près du local vélos, code {CODE}",
           "Merci de rembourser le dépôt sur {IBAN}", "C'est noté {B}. L'équipe du lot 7 libère la cage d'escalier à 16 h."],
    "es": ["Hola {B}, soy {A} de {FIRM}, por la entrega de llaves del viernes.", "¡Buenas! Para la ficha: {FULL}, nacido/a el {DOB}.",
           "Mi móvil es {PHONE} y el correo {EMAIL}", "El piso está en {ADDR}, caja de llaves junto al portal, código {CODE}",
           "La fianza, por favor, a {IBAN}", "Apuntado, gracias {B}. La cuadrilla del bloque B termina a las 16:00."],
    "it": ["Ciao {B}, sono {A} di {FIRM} per la consegna chiavi di venerdì.", "Buongiorno! Per la pratica: {FULL}, nato/a il {DOB}.",
           "Il mio cellulare è {PHONE}, la mail {EMAIL}", "L'appartamento è in {ADDR}, cassetta chiavi vicino al cancello, codice {CODE}",
           "Il deposito cauzionale su {IBAN}, grazie", "Segnato, grazie {B}. La squadra del lotto 2 finisce alle 16."],
    "nl": ["Hoi {B}, met {A} van {FIRM} over de oplevering vrijdag.", "Goedemorgen! Voor het dossier: {FULL}, geboren {DOB}.",
           "Bereikbaar op {PHONE} en via {EMAIL}", "Woning is {ADDR}, sleutelkluis bij de bergingen, code {CODE}",
           "Borg graag terug op {IBAN}", "Genoteerd, dank je {B}. De ploeg van bouwnummer 12 is om 16.00 uur weg."],
    "pl": ["Dzień dobry {B}, tu {A} z {FIRM} w sprawie odbioru w piątek.", "Dzień dobry! Do akt: {FULL}, ur. {DOB}.",
           "Najlepiej dzwonić na {PHONE}, mail {EMAIL}", "Mieszkanie: {ADDR}, sejf na klucze przy rowerowni, kod {CODE}",
           "Kaucję proszę zwrócić na {IBAN}", "Zanotowane, dzięki {B}. Ekipa z klatki C kończy o 16."],
    "pt": ["Oi {B}, aqui é {A} da {FIRM}, sobre a vistoria de sexta.", "Bom dia! Para a ficha: {FULL}, nascido(a) em {DOB}.",
           "Meu celular é {PHONE} e o e-mail {EMAIL}", "O imóvel fica na {ADDR}, cofre de chaves ao lado do portão, código {CODE}",
           "A caução, por favor, devolver para {IBAN}", "Anotado, valeu {B}. A equipe da torre 2 sai às 16h."],
    "hi": ["नमस्ते {B}, मैं {FIRM} से {A} बोल रहा हूँ, शुक्रवार के हैंडओवर के बारे में।", "नमस्ते! रिकॉर्ड के लिए: {FULL}, जन्म तिथि {DOB}।",
           "मेरा नंबर {PHONE} है और ईमेल {EMAIL}", "फ़्लैट का पता: {ADDR}, चाबी का बॉक्स गेट के पास, कोड {CODE}",
           "जमा राशि इस कार्ड पर लौटाएँ: {IBAN}", "ठीक है {B}, नोट कर लिया। टावर बी की टीम चार बजे तक निकल जाएगी।"],
    "ru": ["Здравствуйте, {B}! Это {A} из {FIRM}, по поводу приёмки в пятницу.", "Добрый день! Для анкеты: {FULL}, дата рождения {DOB}.",
           "Мой номер {PHONE}, почта {EMAIL}", "Квартира: {ADDR}, ключница у колясочной, код {CODE}",
           "Залог верните, пожалуйста, на карту {IBAN}", "Записал, спасибо, {B}. Бригада с третьей секции уйдёт к 16:00."],
    "el": ["Γεια σας {B}, είμαι {A} από {FIRM} για την παράδοση της Παρασκευής.", "Καλημέρα! Για τον φάκελο: {FULL}, γεννήθηκα {DOB}.",
           "Το κινητό μου {PHONE} και το email {EMAIL}", "Το διαμέρισμα: {ADDR}, κλειδοθήκη δίπλα στην είσοδο, κωδικός {CODE}",
           "Την εγγύηση στο {IBAN} παρακαλώ", "Σημειώθηκε, ευχαριστώ {B}. Το συνεργείο του κτιρίου Β φεύγει στις 4."],
    "he": ["היי {B}, כאן {A} מ{FIRM}, לגבי המסירה ביום שישי.", "בוקר טוב! לתיק: {FULL}, תאריך לידה {DOB}.",
           "הטלפון שלי {PHONE} והמייל {EMAIL}", "הדירה ב{ADDR}, כספת מפתחות ליד המחסנים, קוד {CODE}",
           "את הפיקדון להחזיר לכרטיס {IBAN}", "נרשם, תודה {B}. הצוות של בניין 2 מסיים עד ארבע."],
    "ar": ["مرحباً {B}، معك {A} من {FIRM} بخصوص الاستلام يوم الجمعة.", "صباح الخير! للملف: {FULL}، تاريخ الميلاد {DOB}.",
           "رقمي {PHONE} والإيميل {EMAIL}", "الشقة: {ADDR}، صندوق المفاتيح بجانب البوابة، الرمز {CODE}",
           "رجاءً رد التأمين على البطاقة {IBAN}", "تم التسجيل، شكراً {B}. فريق العمارة ب ينتهي الساعة الرابعة."],
    "th": ["สวัสดีครับคุณ{B} ผม{A}จาก{FIRM} เรื่องส่งมอบห้องวันศุกร์ครับ", "สวัสดี ข้อมูลสำหรับแฟ้ม: {FULL} เกิด {DOB}",
           "เบอร์ติดต่อ {PHONE} อีเมล {EMAIL}", "ที่อยู่ห้อง {ADDR} กล่องกุญแจอยู่ข้างประตูรั้ว รหัส {CODE}",
           "เงินประกันโอนคืนเข้าบัตร {IBAN} ด้วย", "รับทราบครับคุณ{B} ทีมช่างอาคารบีเลิกงานสี่โมงเย็น"],
    "vi": ["Chào {B}, mình là {A} bên {FIRM}, về buổi bàn giao thứ Sáu.", "Chào anh/chị! Thông tin hồ sơ: {FULL}, sinh {DOB}.",
           "Số điện thoại {PHONE}, email {EMAIL}", "Căn hộ ở {ADDR}, hộp chìa khoá cạnh cổng, mã {CODE}",
           "Tiền đặt cọc hoàn vào thẻ {IBAN} giúp mình", "Đã ghi nhận, cảm ơn {B}. Tổ thợ toà B xong lúc 4 giờ chiều."],
    "zh": ["{B}您好，我是{FIRM}的{A}，关于周五交房的事。", "您好！登记信息：{FULL}，出生日期 {DOB}。",
           "我的手机 {PHONE}，邮箱 {EMAIL}", "房屋地址：{ADDR}，钥匙盒在单元门旁边，密码 {CODE}",
           "押金请退到这张卡：{IBAN}", "好的{B}，已记录。2 号楼的施工队下午四点撤场。"],
    "ja": ["{B}様、{FIRM}の{A}です。金曜日の引き渡しの件でご連絡しました。", "お世話になります。登録用：{FULL}、生年月日 {DOB}。",
           "連絡先は {PHONE}、メールは {EMAIL} です", "物件は {ADDR}、キーボックスは駐輪場の横、暗証番号 {CODE}",
           "敷金の返金はこのカードに：{IBAN}", "承知しました、{B}様。B棟の職人は16時に撤収します。"],
    "ko": ["{B}님 안녕하세요, {FIRM} {A}입니다. 금요일 입주 건으로 연락드려요.", "안녕하세요! 서류용: {FULL}, 생년월일 {DOB}.",
           "연락처 {PHONE}, 이메일 {EMAIL}", "주소는 {ADDR}, 열쇠함은 자전거 보관소 옆, 비밀번호 {CODE}",
           "보증금은 이 카드로 환불해 주세요: {IBAN}", "확인했습니다 {B}님. B동 작업팀은 4시에 철수합니다."],
    "sv": ["Hej {B}, det är {A} på {FIRM} om inflyttningen på fredag.", "Hej! Till akten: {FULL}, född {DOB}.",
           "Nås på {PHONE} och {EMAIL}", "Lägenheten är {ADDR}, nyckelskåp vid cykelrummet, kod {CODE}",
           "Depositionen tillbaka till {IBAN}, tack", "Noterat, tack {B}. Laget från hus 4 är klart till kl. 16."],
    "tr": ["Merhaba {B}, ben {FIRM} firmasından {A}, cuma günkü teslim için yazıyorum.", "Merhaba! Dosya için: {FULL}, doğum tarihi {DOB}.",
           "Numaram {PHONE}, e-postam {EMAIL}", "Daire: {ADDR}, anahtar kutusu bisiklet odasının yanında, şifre {CODE}",
           "Depozitoyu şu hesaba iade edin: {IBAN}", "Not aldım, teşekkürler {B}. B blok ekibi saat 16'da çıkıyor."],
}


def fill(frame, **slots):
    """Splits a frame on {KEY} and puts the slot values (strings, L, N or
    lists) in their places."""
    out = []
    for tok in re.split(r"(\{[A-Z]+\})", frame):
        if tok.startswith("{") and tok.endswith("}") and tok[1:-1] in slots:
            out.append(slots[tok[1:-1]])
        elif tok:
            out.append(tok)
    return out

# The agency side (lettings, sales, block management): check and summary.
REQ_AG = {
    "en": ["Can you check this before it goes to the branch manager? Anything missing?", "Summarise this in four bullets for the lettings team huddle."],
    "de": ["Kannst du das prüfen, bevor es an die Filialleitung geht? Fehlt etwas?", "Fass das in vier Punkten für die Teamrunde der Vermietung zusammen."],
    "fr": ["Tu peux vérifier avant que je l'envoie au responsable d'agence ? Il manque quelque chose ?", "Résume ça en quatre points pour le point d'équipe gestion locative."],
    "es": ["¿Puedes revisarlo antes de pasarlo a la dirección de la oficina? ¿Falta algo?", "Resúmelo en cuatro puntos para la reunión del equipo de alquileres."],
    "it": ["Puoi controllarlo prima che lo giri al responsabile d'agenzia? Manca qualcosa?", "Riassumi in quattro punti per la riunione del team locazioni."],
    "nl": ["Kun je dit checken voordat het naar de vestigingsmanager gaat? Mist er iets?", "Vat dit samen in vier punten voor het verhuurteam."],
    "pl": ["Sprawdzisz to, zanim trafi do kierownika biura? Czegoś brakuje?", "Streść to w czterech punktach na odprawę działu najmu."],
    "pt": ["Pode revisar antes de eu passar para a gerente da imobiliária? Falta algo?", "Resume em quatro tópicos para a reunião da equipe de locação."],
    "hi": ["ब्रांच मैनेजर को भेजने से पहले इसे जाँच दो, कुछ छूटा तो नहीं?", "किराया टीम की बैठक के लिए इसे चार बिंदुओं में समेट दो।"],
    "ru": ["Проверь, пожалуйста, перед отправкой руководителю офиса. Ничего не упущено?", "Сделай резюме в четырёх пунктах для планёрки отдела аренды."],
    "el": ["Μπορείς να το ελέγξεις πριν πάει στον διευθυντή του γραφείου; Λείπει κάτι;", "Σύνοψέ το σε τέσσερα σημεία για τη σύσκεψη του τμήματος μισθώσεων."],
    "he": ["תוכל לבדוק את זה לפני שזה עובר למנהלת הסניף? חסר משהו?", "תסכם בארבע נקודות לישיבת צוות ההשכרות."],
    "ar": ["ممكن تراجع هذا قبل ما يروح لمدير الفرع؟ هل ينقصه شيء؟", "لخّص هذا في أربع نقاط لاجتماع فريق الإيجارات."],
    "th": ["ช่วยตรวจก่อนส่งให้ผู้จัดการสาขาหน่อย ขาดอะไรไหม", "สรุปเป็นสี่ข้อสำหรับประชุมทีมเช่า"],
    "vi": ["Kiểm tra giúp mình trước khi gửi quản lý chi nhánh nhé, có thiếu gì không?", "Tóm tắt thành bốn ý cho buổi họp nhóm cho thuê."],
    "zh": ["发给门店经理之前帮我检查一下，有没有漏掉什么？", "帮我总结成四条，租赁组例会要用。"],
    "ja": ["店長に回す前にチェックしてもらえますか？抜けはありますか？", "賃貸チームの朝礼用に四つの箇条書きでまとめてください。"],
    "ko": ["지점장님께 올리기 전에 확인해 줄래? 빠진 거 있어?", "임대팀 회의용으로 네 줄로 요약해 줘."],
    "sv": ["Kan du kolla det här innan det går till kontorschefen? Saknas något?", "Sammanfatta i fyra punkter till uthyrningsteamets möte."],
    "tr": ["Şube müdürüne göndermeden önce kontrol eder misin? Eksik bir şey var mı?", "Kiralama ekibinin toplantısı için dört maddede özetle."],
}

# ====================================================================== look-alikes
ROLE = ["lettings", "accounts", "site-office", "hs", "referencing", "deposits", "maintenance", "noreply",
        "it", "sales", "valuations", "blockmgmt", "conveyancing", "compliance", "estimating"]


ROLE_BY_FIRM = (["site-office", "hs", "accounts", "estimating", "compliance", "noreply"],
                ["lettings", "referencing", "deposits", "maintenance", "sales", "valuations", "blockmgmt", "conveyancing", "accounts", "compliance"])


def role_mail(R, c, role=None, k=1):
    return N("%s@%s" % (role or R.choice(ROLE_BY_FIRM[k]), LOC[c]["firms"][k][1]), "role_mailbox")


def plot(R):
    return N(R.choice(["Plot %d", "plot %d", "Unit %d"]) % R.randint(1, 180), "plot_number")


def job(R):
    return N("JOB-%d-%04d" % (R.randint(24, 26), R.randint(1, 9999)), "job_number")


def po(R):
    return N("PO-%d" % R.randint(100000, 999999), "po_number")


def inv(R):
    return N("INV-%d-%05d" % (R.randint(2025, 2026), R.randint(1, 99999)), "invoice_number")


def ticket(R):
    return N("MT-%d" % R.randint(10000, 99999), "ticket_number")


def planning(R):
    return N("%02d/%05d/%s" % (R.randint(23, 26), R.randint(1, 99999), R.choice(["FUL", "HOU", "LBC", "DISC", "OUT"])), "planning_ref")


def bcref(R):
    return N("BC/%d/%04d" % (R.randint(2024, 2026), R.randint(1, 9999)), "building_control_ref")


def title_no(R):
    return N("%s%d" % (R.choice(["DT", "WK", "NYK", "HW", "SL", "DN", "CYM"]), R.randint(100000, 999999)), "title_number")


def cscs(R):
    return N("%d" % R.randint(10000000, 99999999), "cscs_number")


def listing(R):
    return N("%s-%d" % (R.choice(["BRK-LET", "BRK-SAL", "VAL", "LST"]), R.randint(1000, 99999)), "listing_ref")


def money(R, c, lo=250, hi=480000):
    a = R.randint(lo, hi)
    if c in ("JP", "KR", "VN"):
        a *= {"JP": 150, "KR": 1300, "VN": 25000}[c]
    elif c in ("IN", "RU", "TH", "TR", "EG"):
        a *= {"IN": 85, "RU": 90, "TH": 35, "TR": 30, "EG": 45}[c]
    elif c in ("SE", "CN", "PL", "BR", "IL"):
        a *= {"SE": 11, "CN": 7, "PL": 4, "BR": 5, "IL": 4}[c]
    cur = {"US": "$%s", "GB": "£%s", "IN": "₹%s", "BR": "R$ %s", "RU": "%s ₽", "PL": "%s zł", "SE": "%s kr", "TR": "%s TL", "CN": "¥%s", "JP": "%s円", "KR": "%s원", "TH": "%s บาท", "VN": "%s ₫", "IL": "₪%s", "EG": "%s ج.م"}.get(c, "%s €")
    return N(cur % "{:,}".format(a), "amount")


def dims(R):
    return N(R.choice(["%d × %d mm" % (R.choice([600, 900, 1200, 2400]), R.choice([1200, 2400, 2700])), "%.1f m²" % (R.randint(80, 1400) / 10), "%d mm" % R.choice([12, 15, 18, 22, 100, 140, 215])]), "dimension")


def product(R):
    return N(R.choice(["PB-12.5-TE", "CEM II/A-LL 42.5N", "C24 47x150", "OSB3-18", "WBP-PLY-9", "DPC-112", "BRK-FACE-RED-65", "ISO-PIR-100", "M10x80-A4", "UPVC-CAS-1210"]), "product_code")


def org_addr(c):
    return N(LOC[c]["office"], "org_address")


def switch(c):
    return N(LOC[c]["switch"], "switchboard")


def hhmm(R):
    return N("%02d:%02d" % (R.randint(6, 18), R.choice([0, 10, 15, 20, 30, 45])), "time")


def date_ne(R):
    return N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "date")


def staff(R, c, used, k=1):
    """A staff member of the builder (k=0) or the agency (k=1): name and
    work e-mail, or name and a role mailbox."""
    p = person(R, c, used)
    lab = L("person", p.full, sub="staff")
    if R.random() < 0.45:
        return p, [lab, " <", L("email", p.email(R, LOC[c]["firms"][k][1]), sub="work"), ">"]
    return p, [lab, " (", role_mail(R, c, k=k), ")"]


def P(p, sub=None):
    return L("person", p.full, sub=sub) if sub else L("person", p.full)


def G(p, sub=None):
    return L("person", p.given, sub=sub) if sub else L("person", p.given)


def email_of(R, p):
    return L("email", p.email(R), sub="personal")


def bank_or_card(R, c, holder=None):
    if LOC[c]["iban"]:
        return ["IBAN ", iban_label(R, c, holder)]
    return ["card ", card_label(R, c)]


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(n):
    def deco(f):
        TEMPLATES.append((f, n, True))
        return f
    return deco


def ctpl(n):
    def deco(f):
        TEMPLATES.append((f, n, False))
        return f
    return deco


ABROAD = {"US": ["GB", "IN", "BR"], "GB": ["PL", "IN", "IE"], "DE": ["PL", "TR", "GR"], "FR": ["ES", "PT", "IT"], "ES": ["FR", "BR", "IT"],
          "IT": ["DE", "FR", "RU"], "NL": ["DE", "PL", "TR"], "PL": ["DE", "GB", "NL"], "BR": ["PT", "US", "IT"], "IN": ["GB", "US", "AU"],
          "RU": ["TR", "DE"], "GR": ["DE", "GB"], "IL": ["US", "RU", "FR"], "EG": ["GB", "DE"], "TH": ["GB", "DE", "AU"], "VN": ["JP", "KR"],
          "CN": ["SG", "HK", "JP"], "JP": ["CN", "KR", "US"], "KR": ["JP", "CN", "US"], "SE": ["DE", "PL"], "TR": ["DE", "NL"]}
TRADES = ["groundworker", "bricklayer", "scaffolder", "dryliner", "electrician", "plumber", "roofer", "plasterer", "steel fixer", "labourer"]


@tpl(50)
def t_induction(R, c):
    used = set()
    lang = LOC[c]["lang"]
    b = LOC[c]["firms"][0]
    rows = []
    csv = R.random() < 0.5
    hdr = "name,dob,mobile,trade,card_no / rtw,emergency_contact,ec_phone\n" if csv else "| Name | DOB | Mobile | Trade | Card no. / RTW | Emergency contact |\n|---|---|---|---|---|---|\n"
    for _ in range(R.choice([2, 2, 3])):
        w = person(R, c, used)
        ec = person(R, c, used) if R.random() < 0.3 else None
        y, m, d = birth(R, 1960, 2007)
        cells = [P(w), dob(R, c, y, m, d), phone(R, c, intl=False), N(R.choice(TRADES), "trade"), cscs(R)]
        if R.random() < 0.45:
            cells[4] = [cells[4], " RTW ", gov(R, c, w, y, m, d)]
        ecph = phone(R, R.choice(ABROAD[c]), region=c) if R.random() < 0.2 else phone(R, c, intl=False)
        if csv:
            row = [cells[0], ",", cells[1], ",", cells[2], ",", cells[3], ",", cells[4], ","]
            row += ([P(ec), ",", ecph] if ec else [","]) + ["\n"]
        else:
            row = ["| ", cells[0], " | ", cells[1], " | ", cells[2], " | ", cells[3], " | ", cells[4], " | "]
            row += ([P(ec), " ", ecph] if ec else ["-"]) + [" |\n"]
        rows.append(row)
    mgr, sig = staff(R, c, used, k=0)
    body = ["Site induction register - %s - " % b[0], plot(R), " / ", job(R), "\nDate: ", date_ne(R), "\n", hdr, rows,
            "Inducted by: ", sig]
    return "csv" if csv else "form", lang, wrap(R, lang, R.choice(["check", "table", "strip"]), body)


@tpl(50)
def t_subbie(R, c):
    used = set()
    lang = LOC[c]["lang"]
    s = person(R, c, used)
    y, m, d = birth(R, 1960, 2000)
    qs, sig = staff(R, c, used, k=0)
    body = ["SUBCONTRACTOR ONBOARDING - %s\n" % LOC[c]["firms"][0][0],
            "Trading name: ", N(R.choice(["Ridgeline Groundworks", "Tidy Edge Plastering", "Hookstone Roofing", "Sparkfield Electrical", "Level Best Screeding"]), "trade_name"), "\n",
            "Proprietor: ", P(s), "\nDate of birth: ", dob(R, c, y, m, d), "\nNational id: ", gov(R, c, s, y, m, d), "\n",
            "Home address: ", L("address", address(R, c)), "\n",
            "Mobile: ", phone(R, c), "\nEmail: ", email_of(R, s), "\n",
            "Company / VAT no.: ", N(R.choice(["GB", "DE", "FR", "NL", ""]) + str(R.randint(10 ** 8, 10 ** 9 - 1)), "vat_number"), "\n",
            "Payment: "] + (bank_or_card(R, c) if LOC[c]["iban"] else [N("BACS, account ending %04d" % R.randint(0, 9999), "masked_account")]) + [
            "\nPublic liability insurance, policy ", N("PLI-%d" % R.randint(100000, 999999), "policy_number"), "\n",
            "First order: ", po(R), " for ", plot(R), ", ", money(R, c, 2000, 60000), "\n", "Approved by: ", sig]
    return "form", lang, wrap(R, lang, R.choice(["check", "strip", "summary"]), body)


@tpl(50)
def t_accident(R, c):
    used = set()
    lang = LOC[c]["lang"]
    ip_ = person(R, c, used)
    y, m, d = birth(R, 1962, 2006)
    wit = person(R, c, used)
    fa = person(R, c, used)
    hs, sig = staff(R, c, used, k=0)
    kind = R.choice(["Accident", "Near miss"])
    what = R.choice(["slipped on the scaffold ladder at lift 3 and fell about 1.5 m",
                     "caught a hand between a pallet of blocks and the telehandler forks",
                     "was struck by a falling offcut of 47x150 timber from the first floor",
                     "stepped on a protruding nail near the rebar cage at grid C4",
                     "tripped over an unprotected cable run by the site cabins"])
    body = ["%s report - " % kind, job(R), " - ", plot(R), "\nTime: ", hhmm(R), " on ", date_ne(R), "\n",
            "Injured person: ", P(ip_), ", DOB ", dob(R, c, y, m, d), ([", national id ", gov(R, c, ip_, y, m, d)] if R.random() < 0.45 else []), "\nHome address: ", L("address", address(R, c)), "\n",
            "Contact: ", phone(R, c), "\nWhat happened: the operative ", what, ".\n",
            "Witness: ", P(wit), ([", ", phone(R, c)] if R.random() < 0.6 else []), "\nFirst aid given by: ", P(fa), "\n",
            "RIDDOR: ", N(R.choice(["not reportable", "reportable, ref %d" % R.randint(10 ** 7, 10 ** 8 - 1)]), "riddor_ref"), "\n",
            "Reported by: ", sig]
    return "form", lang, wrap(R, lang, R.choice(["check", "summary", "strip"]), body)


@tpl(50)
def t_referencing(R, c):
    used = set()
    lang = LOC[c]["lang"]
    a = person(R, c, used)
    y, m, d = birth(R, 1958, 2004)
    ll = person(R, c, used)
    ag, sig = staff(R, c, used)
    kind = "passport" if c == "GB" and R.random() < 0.6 else None
    body = ["Tenant referencing - ", listing(R), "\n", "| Field | Value |\n|---|---|\n",
            "| Applicant | ", P(a), " |\n| Date of birth | ", dob(R, c, y, m, d), " |\n",
            "| ID document | ", gov(R, c, a, y, m, d, kind=kind), " |\n",
            "| Current address | ", L("address", address(R, c)), " |\n",
            "| Mobile | ", phone(R, c), " |\n| Email | ", email_of(R, a), " |\n",
            "| Previous landlord | ", P(ll), ", ", phone(R, R.choice(ABROAD[c]), region=c) if R.random() < 0.12 else phone(R, c), " |\n",
            "| Employer | ", N(R.choice(["Hillcrest Logistics", "Marrowby Foods", "County hospital trust", "Quayside Print"]), "employer"), " |\n",
            "| Income | ", money(R, c, 18000, 95000), " p.a. |\n"]
    if R.random() < 0.45:
        body += ["| Holding deposit | paid by card ", card_label(R, c, issuer=R.choice(["visa", "mastercard"])), " |\n"]
    body += ["| Right to rent / ID check | ", N(R.choice(["passed", "passed - time-limited", "referred"]), "status"), " |\n\nChecked by: ", sig]
    return "form", lang, wrap(R, lang, R.choice(["check", "summary", "strip", "table"]), body, agency=True)


@tpl(50)
def t_viewing(R, c):
    used = set()
    lang = LOC[c]["lang"]
    v = person(R, c, used)
    ag, sig = staff(R, c, used)
    body = ["Subject: Valuation booked - ", listing(R), "\n\nHi team,\n\nValuation with ", P(v), " on ", date_ne(R), " at ", hhmm(R), ".\n",
            "Property: ", L("address", address(R, c)), "\n", "Vendor mobile: ", phone(R, c), "\nEmail: ", email_of(R, v), "\n",
            "Access: vendor at work, key safe on the side gate, code ", L("secret", access_code(R, "key_safe_code"), sub="key_safe_code")]
    if R.random() < 0.6:
        body += [", alarm ", L("secret", access_code(R, "alarm_code"), sub="alarm_code"), " (panel in the hall)"]
    body += [".\nNotes: ", R.choice(["dog in the garden, keep the gate shut", "loft conversion 2018, ask for the sign-off under ", "extension 2019, ask for the completion certificate "]), ]
    if body[-1].endswith(" "):
        body += [bcref(R)]
    body += [".\n\n", sig]
    return "email", lang, wrap(R, lang, R.choice(["check", "reply", "strip"]), body, agency=True)


@tpl(50)
def t_mos(R, c):
    used = set()
    lang = LOC[c]["lang"]
    b1 = person(R, c, used)
    b2 = person(R, c, used) if R.random() < 0.4 else None
    s = person(R, c, used)
    sol = person(R, c, used)
    ag, sig = staff(R, c, used)
    lawf = R.choice([("Lanyard & Pike LLP", "lanyardpike-law.com"), ("Hartsease Conveyancing", "hartsease-conveyancing.com"), ("Quillbrook Property Law", "quillbrook-law.com")])
    dev = R.choice(["The Tennyson at Orchard Reach", "Nightingale Gardens", "Brunel Wharf", "Wren Quarter", "Telford Place", "Shelley Fields"])
    body = ["MEMORANDUM OF SALE\n", "Property: ", L("address", address(R, c)), " (", N(dev, "development_name"), ")\n",
            "Title: ", title_no(R), "\nAgreed price: ", money(R, c, 95000, 880000), "\n\n", "Buyer: ", P(b1)]
    if b2:
        body += [" and ", P(b2)]
    body += ["\nBuyer's address: ", L("address", address(R, c)), "\nBuyer's phone: ", phone(R, c), "\nBuyer's email: ", email_of(R, b1), "\n",
             "Chain: ", N(R.choice(["first-time buyer", "nothing to sell", "sale agreed on own home", "mortgage in principle only"]), "status"), "\n\n",
             "Seller: ", P(s), (["\nSeller's phone: ", phone(R, c)] if R.random() < 0.6 else []), "\n\n",
             "Buyer's conveyancer: ", P(sol), ", ", N(lawf[0], "law_firm"), ", ",
             L("email", sol.email(R, lawf[1]), sub="work"), "\n\nNegotiator: ", sig]
    return "letter", lang, wrap(R, lang, R.choice(["check", "summary", "strip", "reply"]), body, agency=True)


@tpl(50)
def t_statement(R, c):
    used = set()
    lang = LOC[c]["lang"]
    ll = person(R, c, used)
    tn = person(R, c, used)
    pm, sig = staff(R, c, used)
    dispute = R.random() < 0.5
    body = ["Landlord statement" if not dispute else "Deposit dispute - evidence summary", " - ", N("DEP-%d" % R.randint(100000, 999999), "deposit_ref"), "\n",
            "Landlord: ", P(ll), "\nProperty: ", L("address", address(R, c)), "\nTenant: ", P(tn), "\n"]
    if dispute:
        body += ["Tenant contact: ", email_of(R, tn), ", ", phone(R, c), "\n",
                 "Claimed: cleaning ", money(R, c, 90, 600), ", carpet ", money(R, c, 150, 900), ", redecoration ", money(R, c, 200, 1500), "\n",
                 "Tenant's words: \"", R.choice(["the marks were there at check-in, see photo 14", "I paid for a professional clean, receipt attached", "the carpet was already 8 years old"]), "\"\n"]
    else:
        body += ["Rent received ", money(R, c, 600, 3200), ", management fee 12% ", money(R, c, 70, 380), ", repairs ", ticket(R), " ", money(R, c, 40, 700), "\n"]
    body += ["Paid to landlord: "] + bank_or_card(R, c) + ["\n\nProperty manager: ", sig]
    return "form", lang, wrap(R, lang, R.choice(["check", "summary", "reply", "strip"]), body, agency=True)


@tpl(50)
def t_invoice(R, c):
    used = set()
    lang = LOC[c]["lang"]
    cl = person(R, c, used)
    qs, sig = staff(R, c, used, k=0)
    b = LOC[c]["firms"][0]
    lines = []
    for _ in range(R.randint(2, 4)):
        lines += ["- ", N(R.choice(["Supply and fix plasterboard", "Strip out kitchen", "Lay screed", "Install DPC", "Rebuild garden wall", "Tile bathroom floor"]), "work_item"),
                  ", ", product(R), ", ", dims(R), ": ", money(R, c, 120, 9000), "\n"]
    body = [b[0], " - accounts: ", role_mail(R, c, "accounts", 0), "\nVAT reg. ", N(str(R.randint(10 ** 8, 10 ** 9 - 1)), "vat_number"), "\n\n", R.choice(["INVOICE ", "QUOTATION "]), inv(R), "\nYour ref: ", po(R), "\n\n",
            "To: ", P(cl), "\n", L("address", address(R, c, one_line=False)), "\n", email_of(R, cl), ([" / ", phone(R, c)] if R.random() < 0.7 else []), "\n\n", lines,
            "Total: ", money(R, c, 900, 38000), "\n"]
    if LOC[c]["iban"]:
        body += ["Please pay to ", b[0], ", IBAN ", iban_label(R, c, holder="org"), "\n"]
    else:
        body += ["Pay by card on the portal or call the office.\n"]
    body += ["Estimator: ", sig]
    return "invoice", lang, wrap(R, lang, R.choice(["check", "reply", "strip"]), body)


@tpl(50)
def t_maint(R, c):
    used = set()
    lang = LOC[c]["lang"]
    tn = person(R, c, used)
    ct = person(R, c, used)
    bm, sig = staff(R, c, used)
    issue = R.choice(["boiler showing F28, no heating", "leak from the bath waste into the flat below", "front door lock jammed", "extractor fan dead in the shower room", "damp patch behind the wardrobe"])
    body = ["Ticket ", ticket(R), " - priority ", N(R.choice(["P1", "P2", "P3"]), "priority"), "\nUnit: ", L("address", address(R, c)), "\n",
            "Tenant: ", P(tn), ", ", phone(R, c)]
    if R.random() < 0.5:
        body += [", ", email_of(R, tn)]
    body += ["\nIssue: ", issue, "\nAccess: key safe ", L("secret", access_code(R, "key_safe_code"), sub="key_safe_code"),
             ", tenant works days\nContractor: ", P(ct), " ", phone(R, c, intl=False), "\nPO: ", po(R), ", cap ", money(R, c, 150, 600), "\nLogged by: ", sig]
    return "ticket", lang, wrap(R, lang, R.choice(["summary", "reply", "check"]), body, agency=True)


@tpl(50)
def t_config(R, c):
    used = set()
    lang = LOC[c]["lang"]
    it = person(R, c, used)
    dom = LOC[c]["firms"][1][1]
    yaml = R.random() < 0.5
    items = [("PORTAL_FEED_KEY", L("secret", secret_random(R, "hex32"), sub="api_key")),
             ("SENDGRID_API_KEY", L("secret", secret_random(R, "sendgrid"), sub="sendgrid")),
             ("STRIPE_SECRET_KEY", L("secret", secret_random(R, "stripe"), sub="stripe")),
             ("DB_PASSWORD", L("secret", secret_random(R, "password"), sub="password"))]
    if R.random() < 0.3:
        items.append(("MAPS_API_KEY", L("secret", secret_random(R, "google_api_key"), sub="google_api_key")))
    out = ["# rentaloop CRM feed - owner ", P(it, "staff"), " <", L("email", it.email(R, dom), sub="work"), ">\n"]
    for k, v in items:
        out += [("%s: \"" % k.lower()) if yaml else ("%s=" % k), v, "\"\n" if yaml else "\n"]
    out += [("db_host: \"%s\"\n" if yaml else "DB_HOST=%s\n") % lan_ip(R), ("smtp_relay: \"%s\"\n" if yaml else "SMTP_RELAY=%s\n") % doc_ip(R),
            "# admin allow-list: office + ", G(it, "staff"), "'s home\n",
            "admin_allow: [\"" if yaml else "ADMIN_ALLOW=", N(doc_ip(R), "doc_ip"), "\", \"" if yaml else ",", ip_label(R, "allowlist"), "\"]\n" if yaml else "\n",
            ("branch_ids: [%d, %d]\n" if yaml else "BRANCH_IDS=%d,%d\n") % (R.randint(10, 99), R.randint(100, 999)),
            ("alerts_to: \"" if yaml else "ALERTS_TO="), role_mail(R, c, "it"), ("\"\n" if yaml else "\n")]
    return "config", lang, wrap(R, lang, R.choice(["check", "strip", 0]), out, form_code=R.random() < 0.5)


@tpl(50)
def t_logs(R, c):
    used = set()
    lang = LOC[c]["lang"]
    dom = LOC[c]["firms"][R.randint(0, 1)][1]
    lines = []
    nvr = R.random() < 0.4
    if nvr:
        lines += ["# NVR export, site cabin ", plot(R), "\nadmin_user=admin\nadmin_pass=", L("secret", secret_random(R, "password"), sub="password"), "\n"]
    for _ in range(R.randint(2, 3)):
        p = person(R, c, used)
        ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        if R.random() < 0.6:
            lines += [N(ts, "timestamp"), " login ok user=", L("email", p.email(R, dom), sub="work"), " src=", ip_label(R, "login"), "\n"]
        else:
            lines += [N(ts, "timestamp"), " viewing-booked slot=", N("%02d:%02d" % (R.randint(9, 17), R.choice([0, 30])), "time"), " ref=", listing(R), " client=", L("email", p.email(R), sub="personal"), " from ", ip_label(R, "booking"), "\n"]
    lines += [N("2026-%02d-%02dT%02d:%02d:00Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"), " cam%d rtsp connect from %s\n" % (R.randint(1, 8), lan_ip(R)),
              N("2026-%02d-%02dT%02d:%02d:00Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"), " health-check from %s ok\n" % doc_ip(R)]
    return "log", lang, wrap(R, lang, R.choice(["summary", "strip", "check"]), lines, form_code=True)


LANG_C = {}


@tpl(50)
def t_chat(R, c):
    used = set()
    lang = LOC[c]["lang"]
    a = person(R, c, used)
    b = person(R, c, used)
    fr = CHAT[lang]
    firm = LOC[c]["firms"][1][0]
    y, m, d = birth(R)
    t0 = R.randint(8, 17)
    out = []
    seq = [(a, 0), (b, 1), (b, 2), (b, 3)]
    money_line = (LOC[c]["iban"] or c != "US") and R.random() < 0.6
    if money_line:
        seq.append((b, 4))
    if R.random() < 0.5:
        seq.append((a, 5))
    mins = sorted(R.sample(range(0, 60), len(seq)))
    for i, (who, k) in enumerate(seq):
        out += ["[%02d:%02d] " % (t0, mins[i]), G(who), ": "]
        slots = dict(A=G(a), B=G(b), FIRM=firm, FULL=P(b), DOB=dob(R, c, y, m, d), PHONE=phone(R, c), EMAIL=email_of(R, b),
                     ADDR=L("address", address(R, c)), CODE=L("secret", access_code(R, "key_safe_code"), sub="key_safe_code"))
        if k == 4:
            slots["IBAN"] = iban_label(R, c) if LOC[c]["iban"] else card_label(R, c)
        out += fill(fr[k], **slots) + ["\n"]
    return "chat_export", lang, wrap(R, lang, R.choice(["summary", "table", "strip"]), out, agency=True)

# ====================================================================== clean templates
SHOW_HOMES = ["The Wordsworth", "The Gainsborough", "The Darwin", "The Kipling", "The Constable", "The Elgar", "The Austen", "The Turner"]
NAW = ["Mason gang moves to the block wall on plot %d before the scaffold goes up.",
       "Carpenter's pencils and chalk lines are in the drying room.",
       "Baker's van parks outside the cabins at 10, cash only.",
       "Wall ties at 450 centres on the gable, please, not 900.",
       "Stone delivery for the garden walls is delayed to Thursday.",
       "Banks of the attenuation pond need the geotextile pinned.",
       "Will the crane be free for the trusses on plot %d?",
       "Mark up the snag sheet before the homeowner demo.",
       "Grant funding paperwork for the retrofit went in on time.",
       "Frank answer from building control: fire stopping is not acceptable.",
       "Bill the extra skip to the client, not to the contract.",
       "Chase the roof tiles, the merchant says week %d.",
       "Dawn starts are back from Monday, gates open 07:00.",
       "Hope the rain holds off for the concrete pour on plot %d.",
       "Rose and thistle planting goes in along the show home path.",
       "Sterling board for the site hoarding is on the next drop."]


@ctpl(40)
def c_snag(R, c):
    lang = LOC[c]["lang"]
    out = ["Snagging list - ", plot(R), " (", N(R.choice(SHOW_HOMES), "show_home"), " house type), ", planning(R), "\n"]
    for i in range(R.randint(4, 7)):
        out += ["%d. " % (i + 1), N(R.choice(["Kitchen", "Bed 2", "En-suite", "Landing", "Garage", "Hall", "Lounge"]), "room"), ": ",
                R.choice(["paint runs on skirting", "door rubs at head, ease", "missing silicone round the bath", "cracked tile by the WC",
                          "socket not level", "gap at the worktop upstand", "scratch on the window frame"]), ", ", dims(R), ", replace with ", product(R), "\n"]
    out += ["Sign-off target: ", date_ne(R), ". Queries to ", role_mail(R, c, "site-office", 0), "."]
    return "list", lang, wrap(R, lang, R.choice(["summary", "reply", "check"]), out)


@ctpl(40)
def c_standup(R, c):
    lang = LOC[c]["lang"]
    out = ["Site stand-up ", date_ne(R), " - ", job(R), "\n"]
    for s in R.sample(NAW, R.randint(4, 6)):
        out += ["- ", N(s % R.randint(1, 60) if "%d" in s else s, "name_as_word"), "\n"]
    out += ["- Deliveries: ", product(R), " x", str(R.randint(2, 80)), ", ", po(R), "\n", "- Manpower on site: ", str(R.randint(8, 60)), ", RIDDOR-free days: ", str(R.randint(3, 400)), "\n"]
    return "notes", lang, wrap(R, lang, R.choice(["summary", "check"]), out)


PC_ALONE = {"US": "IA 50014", "GB": "DT6 5HB", "DE": "96052", "FR": "49400", "ES": "31500", "IT": "16043", "NL": "7202 CP", "PL": "33-100",
            "BR": "86050-460", "IN": "422005", "RU": "248000", "GR": "382 21", "IL": "4250408", "EG": "11835", "TH": "10120", "VN": "100000",
            "CN": "225009", "JP": "850-0033", "KR": "35229", "SE": "392 32", "TR": "61000"}


@ctpl(40)
def c_refs(R, c):
    lang = LOC[c]["lang"]
    out = ["Scheme tracker - ", N(R.choice(["Orchard Reach phase 2", "Millrace Yard", "Kilnworks", "Copperbeech Rise", "Brunel Wharf"]), "development_name"), "\n"]
    for _ in range(R.randint(3, 5)):
        out += [plot(R), ": planning ", planning(R), ", BC ", bcref(R), ", title ", title_no(R), ", ", N(R.choice(["exchanged", "reserved", "legal completion", "plot release pending"]), "status"), "\n"]
    out += ["Sales office: ", org_addr(c), ", ", switch(c), ", ", role_mail(R, c, "sales"), "\n",
            "Marketing suite postcode for sat-nav: ", N(PC_ALONE[c], "postcode_alone"), "\n"]
    return "list", lang, wrap(R, lang, R.choice(["summary", "check"]), out)


@ctpl(40)
def c_prices(R, c):
    lang = LOC[c]["lang"]
    out = ["code,description,size,unit_price,po\n"]
    for _ in range(R.randint(4, 7)):
        out += [product(R), ",", R.choice(["plasterboard", "cement 25kg", "timber C24", "OSB sheet", "PIR insulation", "wall ties box 250", "facing brick"]), ",", dims(R), ",", money(R, c), ",", po(R), "\n"]
    out += ["# supplier account ", N("ACC-%d" % R.randint(10000, 99999), "account_number"), ", orders via ", role_mail(R, c, "estimating", 0), "\n"]
    return "csv", lang, wrap(R, lang, R.choice(["summary", "check"]), out)


TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002", "4000 0027 6000 3184", "3782 822463 10005"]


@ctpl(40)
def c_sandbox(R, c):
    lang = LOC[c]["lang"]
    out = ["Holding-deposit checkout, staging notes\n",
           "- test card ", N(R.choice(TEST_CARDS), "test_card"), ", any future expiry, CVC ", N(str(R.randint(100, 999)), "cvc"), "\n",
           "- STRIPE_SECRET_KEY=", N(R.choice(["<your-secret-key>", "${STRIPE_SECRET_KEY}", "sk_test_xxxxxxxxxxxx"]), "placeholder"), "\n",
           "- publishable key ", N("pk_test_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
           "- webhook from ", N(doc_ip(R), "doc_ip"), " to ", N(lan_ip(R), "private_ip"), ":8443\n",
           "- tenant test account ", N("tenant%d@example.com" % R.randint(1, 99), "example_email"), ", listing ", listing(R), "\n",
           "- IPv6 staging ", N("2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff)), "doc_ip"), "\n"]
    return "notes", lang, wrap(R, lang, R.choice(["check", 0, "summary"]), out, form_code=True)

# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?)")
SUBSTR_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")
PARTICLES = {"van", "de", "der", "den", "ten"}
VN_MIDDLE = {"Văn", "Thị", "Đức", "Hữu", "Minh", "Thu"}


def all_name_words():
    whole, sub = set(), set()
    for c, (gm, gf, fam) in NAMES.items():
        for grp, is_fam in ((gm, False), (gf, False), (fam, True)):
            for tok in grp.split():
                nat = tok.split("|")[0]
                for f in nat.split("/"):
                    for w in f.replace("_", " ").split():
                        if w in PARTICLES or w in VN_MIDDLE:
                            continue
                        if SUBSTR_SCRIPT.search(w):
                            if len(w) == 1 or (is_fam and c in ("CN", "KR")):
                                continue
                            sub.add(w)
                        else:
                            whole.add(w)
    return whole, sub


NAME_WHOLE, NAME_SUB = all_name_words()
TEST_CARD_DIGITS = {re.sub(r"\D", "", t) for t in TEST_CARDS}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_windows(text):
    """Luhn-valid 13-19 digit runs: contiguous, or any window of digit
    groups joined by one separator."""
    bad = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARD_DIGITS:
                    bad.append(s)
        for g in groups:
            for a in range(len(g)):
                for b in range(a + 13, min(len(g), a + 19) + 1):
                    if (a == 0 and b == len(g)):
                        continue
    return bad


def label_problems(rec):
    out = []
    for sp in rec["spans"]:
        v, t = sp["value"], sp["type"]
        if t == "gov_id" and not gov_valid(sp):
            out.append("gov_id invalid " + v)
        if t == "iban":
            w = v.replace(" ", "").replace("\u00a0", "")
            if iban_mod97(w) != 1 or len(w) != IBAN_LEN[w[:2]]:
                out.append("iban invalid")
        if t == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("card luhn")
        if t == "email" and (not EMAIL_RE.fullmatch(v) or "example." in v):
            out.append("email format " + v)
        if t == "ip" and not ipaddress.ip_address(v).is_global:
            out.append("ip not global")
    return out


def record_problems(rec, labelled):
    out = label_problems(rec)
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record " + str(e)[:80])
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        out.append("length %d" % len(t))
    if labelled and not rec["spans"]:
        out.append("labelled without labels")
    if not labelled and rec["spans"]:
        out.append("clean with labels")
    mt = masked(rec)
    for m in EMAIL_RE.finditer(mt):
        e = m.group(0)
        local, dom = e.split("@", 1)
        if local in ROLE or dom.startswith("example."):
            continue
        out.append("email outside " + e)
    for m in IPV4_RE.finditer(mt):
        try:
            a = ipaddress.IPv4Address(m.group(1))
        except ValueError:
            continue
        if a.is_global:
            out.append("ipv4 outside " + m.group(1))
    for m in IPV6_RE.finditer(mt):
        try:
            a = ipaddress.IPv6Address(m.group(1))
        except ValueError:
            continue
        if a.is_global:
            out.append("ipv6 outside " + m.group(1))
    for s in luhn_windows(mt):
        out.append("luhn run outside " + s)
    for m in IBAN_RE.finditer(mt):
        w = m.group(1).replace(" ", "").replace("\u00a0", "")
        for n in range(len(w), 14, -1):
            if w[:2] in IBAN_LEN and n == IBAN_LEN[w[:2]] and iban_mod97(w[:n]) == 1:
                out.append("iban outside " + w[:n])
    for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", mt):
        for part in [w] + w.split("-"):
            if part in NAME_WHOLE or part.capitalize() in NAME_WHOLE and part.isupper():
                out.append("name word outside " + part)
                break
    for w in NAME_SUB:
        if w in mt:
            out.append("name substring outside " + w)
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation
def candidates(f, n, labelled, shift):
    out = []
    for i in range(3 * n + 6):
        R = random.Random("%d:%s:%d" % (SEED, f.__name__, i))
        c = COUNTRIES[(i + shift) % len(COUNTRIES)]
        form, lang, parts = f(R, c)
        rec = build("x", form, lang, parts)
        rec["_c"] = c
        out.append(rec)
    return out


def generate(verbose=False):
    recs, seen, report = [], set(), {}
    cands = []
    for ti, (f, n, labelled) in enumerate(TEMPLATES):
        cands.append((f, n, labelled, candidates(f, n, labelled, ti * 3)))
    items = sorted({p for _, _, _, cs in cands for r in cs for p in phones_of(r)})
    bad = pv_check(items)
    badset = set()
    if bad is not None:
        for ln in bad:
            parts = ln.split("\t")
            badset.add((parts[1], parts[2], parts[3]))
    for f, n, labelled, cs in cands:
        kept, drops = [], Counter()
        for rec in cs:
            if len(kept) == n:
                break
            probs = record_problems(rec, labelled)
            if any(p in badset for p in phones_of(rec)):
                probs.append("phone rejected by pv")
            if rec["text"] in seen:
                probs.append("repeated text")
            if probs:
                for p in probs:
                    drops[p.split(" outside")[0] if "outside" in p else p[:40]] += 1
                if verbose:
                    print(f.__name__, rec["_c"], probs[:3], file=sys.stderr)
                continue
            seen.add(rec["text"])
            kept.append(rec)
        assert len(kept) == n, (f.__name__, len(kept), drops)
        report[f.__name__] = drops
        recs += [(r, labelled) for r in kept]
    report["_countries"] = Counter(r["_c"] for r, labelled in recs if labelled)
    rs = random.Random(SHUFFLE_SEED)
    rs.shuffle(recs)
    out = []
    for i, (r, labelled) in enumerate(recs):
        r = dict(r)
        del r["_c"]
        r["id"] = PREFIX + "%05d" % i
        rec = {"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        out.append(rec)
    return out, report


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(types.values()))
    print("types", dict(types.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"]).most_common()))
    print("regions", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("plans", sum(1 for r in recs for sp in r["spans"] if "plan" in sp))
    print("negs", len({n for r in recs for n in r.get("neg", [])}), dict(Counter(n for r in recs for n in r.get("neg", [])).most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("length", lens[0], lens[len(lens) // 2], lens[-1])
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("distinct persons", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))


def main():
    args = sys.argv[1:]
    recs, report = generate(verbose="--verbose" in args)
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        assert on_disk == serialise(recs), "file differs from a fresh generation"
        ids = set()
        for r in (json.loads(ln) for ln in on_disk.splitlines()):
            labelled = bool(r["spans"])
            assert not record_problems(r, labelled), (r["id"], record_problems(r, labelled))
            ids.add(r["id"])
        assert ids == {PREFIX + "%05d" % i for i in range(N_LABELLED + N_CLEAN)}
        assert sum(1 for r in recs if not r["spans"]) == N_CLEAN
        items = sorted({p for r in recs for p in phones_of(r)})
        bad = pv_check(items)
        assert bad == [] or bad is None, bad[:5]
        print("ok: %d records, %d phones valid%s" % (len(recs), len(items), "" if bad is not None else " (pv missing, not checked)"))
        return
    if "--stats" in args:
        stats(recs)
        print("countries (labelled)", dict(report["_countries"].most_common()))
        return
    write_jsonl(OUT, recs)
    for k, v in report.items():
        if v and k != "_countries":
            print(k, dict(v))
    print("wrote", OUT, len(recs))


if __name__ == "__main__":
    main()
