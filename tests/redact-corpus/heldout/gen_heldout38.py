#!/usr/bin/python3
"""Held-out part 38 of the redaction corpus (heldout38.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 37
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: earlier parts' decisions on
insurers, policy and claim numbers, plates and VINs, driving licences,
witnesses, adjusters' and lawyers' work details, garages, mandates and
portal IPs), lines 1-100 of gen_heldout33.py (header and imports) and its
function `pv_check`, and, outside the repository, the source of the phone
validator /tmp/pv/pv.cc (run by hand on a few numbers, otherwise only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 02:06:12 UTC on 2026-12-05 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: INSURANCE - claims, policies, brokers and adjusters. What
policyholders, brokers, claims handlers, loss adjusters and agency staff
paste into an AI assistant, from 26 countries in 21 languages: first
notice of loss forms (car accidents, burst pipes, burglary, storm damage),
claim correspondence and denial letters to appeal, adjusters' site-visit
notes, witness statements, garage and builder estimates, motor policy
schedules with named drivers, life and health applications, beneficiary
nominations, travel and pet claims, broker portfolio exports, premium
direct-debit mandates, payout instructions, subrogation letters between
insurers, fraud-referral notes, claims-system configs and integration
logs, medical reports for injury claims, portal password-reset e-mails,
agency call notes with a card for the premium. Hard negatives of the
theme everywhere: policy, claim, certificate, quote, police and crime
reference numbers, plates and VINs, insurers' registration and licence
numbers, incident, start and renewal dates, amounts, excesses, insurers'
hotlines, addresses and claims mailboxes, sample wording, public figures
and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
380613, shuffle seed 380614).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout38.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout38.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout38.py --stats   # counts
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
                       iban_random, group, ssn_random, nino_random, nhs_random,
                       nhs_ok, steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       pan_random, cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, GB_MOBILE, US_AREAS,
                       _nanp_line, PLANS, digits, nz, rnd, ALNUM, URLSAFE)

SEED = 380613
SHUFFLE_SEED = 380614
OUT = os.path.join(HERE, "heldout38.jsonl")
PREFIX = "heldout-al-"


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
# Hand-written for part 38. "native|roman" where the script is not Latin
# (roman forms used for e-mail local parts and English exports). Family
# names "male/female" where the language inflects them (PL, CZ, GR, RU).
NAMES = {
    "US": ("Ellery Garrison Thornton Beckett Lowell Harlan Emmett Sutton",
           "Adalyn Raelynn Georgette Mabry Lorelei Tennille Caprice Verona",
           "Kilgore Wardlaw Honeycutt Bumgarner Satterfield Vanlandingham Fairchild Blevins Pettigrew Gilmartin"),
    "GB": ("Rufus Alasdair Peregrine Gethin Ambrose Lachlan Fergus Crispian",
           "Henrietta Clementine Ottoline Briony Morwenna Lettice Eluned Hermione",
           "Cattermole Braithwaite Entwistle Fothergill Ramsbottom Sidebotham Loveridge Pargeter Threlfall Witheridge"),
    "IN": ("अभिनव|Abhinav चिन्मय|Chinmay अनिकेत|Aniket प्रणव|Pranav सौरभ|Saurabh यशवंत|Yashwant मिहिर|Mihir ऋत्विक|Ritvik",
           "अनुष्का|Anushka गार्गी|Gargi मृणाल|Mrinal शर्वरी|Sharvari तनुजा|Tanuja वैदेही|Vaidehi कस्तूरी|Kasturi ऐश्वर्या|Aishwarya",
           "पाठारे|Pathare देशपांडे|Deshpande बंसल|Bansal त्रिवेदी|Trivedi गोखले|Gokhale रस्तोगी|Rastogi भटनागर|Bhatnagar चतुर्वेदी|Chaturvedi खुराना|Khurana सिंघानिया|Singhania"),
    "DE": ("Gottlieb Kunibert Eckhard Volkmar Hartwig Leberecht Ottokar Sieghard",
           "Irmtraud Hannelore Edeltraud Hiltrud Gesine Roswitha Liesel Adelheid",
           "Kleinschmidt Obermaier Wiedemann Hollerbach Teichgräber Brückmann Niederhäuser Hufnagel Kesselring Ebersbach"),
    "AT": ("Leopold Wolfram Engelbert Rupert Severin Vinzenz Alois Gebhard",
           "Theresia Walburga Rosalinde Hermine Kreszentia Leopoldine Gundula Notburg",
           "Hinterleitner Gschwandtner Kogelnik Zirknitzer Zauchner Aichinger Strassl Haberfellner Trummer Lechthaler"),
    "FR": ("Anatole Gaspard Félicien Aurélien Evariste Léandre Hippolyte Théophile",
           "Eulalie Apolline Bérengère Guillemette Sixtine Ghislaine Clothilde Perrine",
           "Rocheteau Vasseur Delaporte Quintard Bouvarel Lemarchand Courtecuisse Fauvel Ribaucourt Jeanvoine"),
    "BE": ("Grégoire Romuald Thibaut Amaury Ghislain Tanguy Benoît Cédric",
           "Gaëlle Ludivine Séverine Angélique Marjorie Noémie Maïté Delphine",
           "Vandevelde Dethier Lambotte Goffinet Hanquet Massart Delvaux Collignon Wauters Pirard"),
    "ES": ("Eustaquio Fermín Isidoro Baltasar Leandro Nicanor Teodoro Anselmo",
           "Begoña Inmaculada Remedios Consolación Araceli Montserrat Nieves Encarnación",
           "Barrenechea Villalobos Aldecoa Sotomayor Quintanilla Arrieta Benavente Ezquerra Mendizábal Valdivieso Ocaña Carrasco"),
    "MX": ("Eleuterio Jacinto Crisóforo Heriberto Filemón Rosendo Bulmaro Cutberto",
           "Citlalmina Maricruz Eréndira Nayeli Azucena Marisela Guadalupe Itandehui",
           "Cuapio Olvera Tepox Zamudio Ahuatzi Balderas Netzahual Quezada Rentería Villaseñor"),
    "IT": ("Ubaldo Eriberto Amedeo Ruggero Saverio Ezio Corrado Tancredi",
           "Ornella Rosalba Gelsomina Loredana Annunziata Benedetta Raffaella Ludovica",
           "Pagliarulo Colombaroli Capuozzo Tagliaferri Boccadoro Zanardi Pizzolato Giacomazzi Vitiello Franzoni"),
    "NL": ("Sjoerd Wiebe Gijsbert Reinout Evert Harmen Tjeerd Koenraad",
           "Geertruida Marijke Femke Wilhelmina Hendrika Jolien Marleen Ineke",
           "Hoogeveen Zwanenburg Terpstra Wijnands Blokzijl Bakhuizen Stoutjesdijk Oudshoorn van_Rossum de_Graaff"),
    "PT": ("Duarte Tomé Bartolomeu Lourenço Afonso Eusébio Henrique Aníbal",
           "Leonor Benedita Conceição Filipa Graciete Rosário Mafalda Teolinda",
           "Carvalhal Sequeira Figueiroa Quaresma Meneses Rebelo Antunes Trindade Pimentel Sardinha"),
    "BR": ("Valdemir Agenor Edivaldo Reinaldo Josué Adenilson Ueslei Gildásio",
           "Josiane Rosângela Gislaine Lucilene Edileuza Marinalva Joelma Cleide",
           "Albuquerque Cavalcanti Bezerra Figueiredo Guimarães Lacerda Sampaio Teixeira Barros Pimenta"),
    "PL": ("Bogumił Przemysław Zdzisław Radosław Mirosław Wiesław Sławomir Bożydar",
           "Grażyna Bożena Jadwiga Halina Wiesława Bronisława Danuta Teodora",
           "Grabowiecki/Grabowiecka Szczepański/Szczepańska Zalewski/Zalewska Przybylski/Przybylska Kaczmarek/Kaczmarek "
           "Wojciechowski/Wojciechowska Pawlak/Pawlak Michalak/Michalak Chmielewski/Chmielewska Sobczak/Sobczak"),
    "SE": ("Gunnar Torbjörn Helmer Folke Arvid Sune Bertil Ragnvald",
           "Ingegerd Solveig Gunilla Birgitta Sigrid Ylva Agneta Ebba",
           "Lindqvist Bergström Sjöberg Holmgren Wallin Ekström Nordqvist Blomqvist Hedlund Sundberg"),
    "CZ": ("Bohumil Vratislav Radek Jaroslav Zdeněk Svatopluk Ctibor Vojtěch",
           "Ludmila Bohumila Jarmila Drahomíra Zdeňka Vlasta Libuše Marcela",
           "Hrubý/Hrubá Procházka/Procházková Kratochvíl/Kratochvílová Šťastný/Šťastná Vondráček/Vondráčková "
           "Horák/Horáková Pospíšil/Pospíšilová Kučera/Kučerová Veselý/Veselá Bláha/Bláhová"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Παναγιώτης|Panagiotis Ευάγγελος|Evangelos Αθανάσιος|Athanasios "
           "Θεμιστοκλής|Themistoklis Στυλιανός|Stylianos Ηλίας|Ilias",
           "Αικατερίνη|Aikaterini Παρασκευή|Paraskevi Χρυσούλα|Chrysoula Σταυρούλα|Stavroula Ευανθία|Evanthia "
           "Δέσποινα|Despoina Φωτεινή|Foteini Αγλαΐα|Aglaia",
           "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni "
           "Βλαχάκης/Βλαχάκη|Vlachakis/Vlachaki Μαυρίδης/Μαυρίδου|Mavridis/Mavridou "
           "Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou "
           "Τσακίρης/Τσακίρη|Tsakiris/Tsakiri Λιάπης/Λιάπη|Liapis/Liapi"),
    "TR": ("Abdurrahman Cengiz Hüsnü Necati Oğuzhan Selçuk Tuncay Yavuz",
           "Gülsüm Hatice Nurhan Sevgül Şükran Müzeyyen Feride Emine",
           "Bozkurt Çelebi Yazıcı Akbulut Ekinci Tuncer Güngör Taşdelen Sarıkaya Kocabaş"),
    "RU": ("Вячеслав|Vyacheslav Ростислав|Rostislav Всеволод|Vsevolod Тимофей|Timofey Святослав|Svyatoslav "
           "Елисей|Yelisey Кондратий|Kondraty Леонид|Leonid",
           "Ангелина|Angelina Евдокия|Yevdokiya Зинаида|Zinaida Лидия|Lidiya Таисия|Taisiya Варвара|Varvara "
           "Ульяна|Ulyana Серафима|Serafima",
           "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova Воронцов/Воронцова|Vorontsov/Vorontsova "
           "Белоусов/Белоусова|Belousov/Belousova Ермаков/Ермакова|Yermakov/Yermakova "
           "Щербаков/Щербакова|Shcherbakov/Shcherbakova Голованов/Голованова|Golovanov/Golovanova "
           "Самойлов/Самойлова|Samoylov/Samoylova Третьяков/Третьякова|Tretyakov/Tretyakova"),
    "JP": ("悠真|Yuma 颯太|Sota 蓮司|Renji 隼人|Hayato 湊|Minato 拓海|Takumi",
           "結衣|Yui 彩花|Ayaka 千尋|Chihiro 菜摘|Natsumi 琴音|Kotone 詩織|Shiori",
           "渡部|Watabe 小野寺|Onodera 佐久間|Sakuma 長谷部|Hasebe 宮坂|Miyasaka 須藤|Sudo 五十嵐|Igarashi 熊谷|Kumagai"),
    "KR": ("민혁|Minhyuk 준서|Junseo 태윤|Taeyoon 성훈|Sunghoon 도현|Dohyun 재원|Jaewon",
           "서연|Seoyeon 하은|Haeun 지민|Jimin 예린|Yerin 수아|Sua 채원|Chaewon",
           "공손|Gongson 곽|Kwak 서문|Seomun 동방|Dongbang 변|Byun 탁|Tak 편|Pyeon"),
    "CN": ("浩然|Haoran 子轩|Zixuan 俊杰|Junjie 宇航|Yuhang 博文|Bowen 天佑|Tianyou",
           "梓涵|Zihan 语嫣|Yuyan 雨桐|Yutong 思琪|Siqi 佳怡|Jiayi 婉清|Wanqing",
           "司徒|Situ 皇甫|Huangfu 令狐|Linghu 赵|Zhao 钱|Qian 蒋|Jiang 冯|Feng 夏侯|Xiahou"),
    "IL": ("אביתר|Evyatar נתנאל|Netanel יהונתן|Yehonatan עמיחי|Amichai אלישע|Elisha הראל|Harel",
           "הדס|Hadas נועה|Noa רעות|Reut אביגיל|Avigail מעיין|Maayan שקמה|Shikma",
           "שרעבי|Sharabi אזולאי|Azulay פרלמן|Perlman דהן|Dahan חדד|Hadad טננבאום|Tenenbaum גבריאלי|Gavrieli"),
    "EG": ("محمود|Mahmoud يوسف|Youssef شريف|Sherif هشام|Hesham طارق|Tarek عمرو|Amr",
           "ياسمين|Yasmine منى|Mona رحاب|Rehab نرمين|Nermine دعاء|Doaa هبة|Heba",
           "الشاذلي|El-Shazly الجمال|El-Gamal حسنين|Hassanein النجار|El-Naggar فودة|Fouda الدسوقي|El-Desouky"),
    "VN": ("Khang Phúc Thắng Hiếu Lộc Quý",
           "Trâm Nhung Diệp Loan Thoa Huệ",
           "Nguyễn Lý Phạm Hoàng Võ Đặng Bùi Dương"),
    "ID": ("Bambang Sutrisno Hendra Wahyu Teguh Joko",
           "Wulandari Ratna Endang Kartika Puspita Rahayu",
           "Santoso Wibowo Gunawan Hidayat Setiawan Kusuma Nugroho Saputra"),
}
VN_MIDDLE = "Đức Thanh Quang Ngọc Hữu Gia".split()

# ====================================================================== places
# (street words, towns with postcodes); all hand-written for this part.
STREETS = {
    "US": ["Birchwood Lane", "Quarry Ridge Road", "Sassafras Court", "Old Mill Pike", "Cottonwood Drive",
           "Tanager Way", "Persimmon Street", "Lantern Hill Road", "Heron Bay Circle", "Juniper Hollow Lane"],
    "GB": ["Tanners Row", "Coldwell Lane", "Ferncliffe Road", "Bramley Close", "Cinderhill Walk",
           "Larkspur Gardens", "Upper Wharf Street", "Kilnfield Avenue", "Mossgiel Crescent", "Rookery Lane"],
    "IN": ["Gulmohar Marg", "Ashok Vihar Road", "Tilak Path", "Kesar Bagh Lane", "Nehru Nagar Cross Road",
           "Panchsheel Marg", "Shanti Kunj Road", "Rajendra Path"],
    "DE": ["Am Mühlgraben", "Lerchenweg", "Holunderstraße", "Kastanienallee", "Bergmannsgasse",
           "Zum Sandacker", "Finkenhof", "Talsperrenweg", "Ginsterpfad", "Brunnenwiese"],
    "AT": ["Kellergasse", "Ahornweg", "Sonnleitenstraße", "Hollergasse", "Murufer", "Wiesenhang",
           "Schlossbergweg", "Lindenhofgasse"],
    "FR": ["rue des Tanneurs", "allée des Glycines", "chemin du Moulin Neuf", "rue de la Fontaine Saint-Roch",
           "impasse des Merisiers", "avenue des Platanes", "rue du Puits Salé", "boulevard de l'Ormeau"],
    "BE": ["rue des Houblonnières", "avenue des Sorbiers", "rue du Try", "chemin des Aubépines",
           "rue de la Station", "clos des Noisetiers"],
    "ES": ["Calle de los Almendros", "Calle Río Tajuña", "Avenida de las Acacias", "Calle del Pozo Viejo",
           "Calle Camino Hondo", "Plaza de los Tilos", "Calle Fuente Nueva", "Calle del Trigal"],
    "MX": ["Calle Ahuehuete", "Av. de los Fresnos", "Calle Jacarandas", "Privada Tulipán", "Calle Cedro Rojo",
           "Calle Nogal", "Av. Bugambilias"],
    "IT": ["Via dei Gelsi", "Via del Mulino Vecchio", "Viale delle Querce", "Via Fontana Secca",
           "Via dei Cipressi", "Vicolo del Forno", "Via Campo Lungo", "Via delle Ginestre"],
    "NL": ["Kievitsweg", "Lindenhof", "Molenakker", "Zwanenwater", "Berkenlaan", "Hooimijt", "Ooievaarstraat",
           "Dijkgraafstraat"],
    "PT": ["Rua das Amendoeiras", "Travessa do Forno", "Rua da Fonte Velha", "Avenida dos Plátanos",
           "Rua do Moinho", "Rua das Oliveiras Bravas"],
    "BR": ["Rua dos Ipês", "Rua Jequitibá", "Avenida das Paineiras", "Rua Sabiá-Laranjeira", "Rua Pau-Brasil",
           "Rua das Quaresmeiras", "Travessa Cambuí"],
    "PL": ["ul. Jarzębinowa", "ul. Modrzewiowa", "ul. Kalinowa", "ul. Wrzosowa", "ul. Przy Młynie",
           "ul. Leszczynowa", "ul. Jaśminowa"],
    "SE": ["Björkhagsvägen", "Lingonstigen", "Tallbacksgatan", "Ekbacken", "Kvarnvägen", "Hagtornsgatan"],
    "CZ": ["Jasanová", "Na Výsluní", "U Mlýnku", "Lipová alej", "Jeřabinová", "K Rybníku"],
    "GR": ["Οδός Ανεμώνης", "Οδός Πλατάνων", "Οδός Κυπαρισσιών", "Οδός Ελαιώνος", "Οδός Μυρτιάς", "Οδός Δάφνης"],
    "TR": ["Çınaraltı Sokak", "Ihlamur Caddesi", "Karanfil Sokak", "Menekşe Sokak", "Akasya Caddesi",
           "Sakız Sokak"],
    "RU": ["ул. Рябиновая", "ул. Черёмуховая", "ул. Луговая", "пер. Кленовый", "ул. Сосновая", "ул. Заречная"],
    "JP": ["桜ケ丘", "若葉町", "緑が丘", "旭町", "本郷台", "梅ノ木"],
    "KR": ["은행나무로", "솔숲길", "매화로", "느티나무길", "참나무로", "단풍길"],
    "CN": ["梧桐路", "银杏街", "丹桂路", "翠竹巷", "青松路", "海棠街"],
    "IL": ["רחוב הדקל", "רחוב השקד", "רחוב האלון", "רחוב הרימון", "רחוב התאנה", "רחוב הזית"],
    "EG": ["شارع الياسمين", "شارع النخيل", "شارع الزيتون", "شارع الجميز", "شارع الكافور", "شارع الصفصاف"],
    "VN": ["đường Hoa Sứ", "đường Cây Gòn", "đường Hoa Lài", "đường Bàng Lăng", "đường Phượng Vỹ"],
    "ID": ["Jl. Flamboyan", "Jl. Kenanga", "Jl. Cempaka Putih", "Jl. Melati Raya", "Jl. Asoka", "Jl. Bougenville"],
}
TOWNS = {
    "US": [("Bowling Green", "KY", "421"), ("Lawrence", "KS", "660"), ("Flagstaff", "AZ", "860"),
           ("Burlington", "VT", "054"), ("Duluth", "MN", "558"), ("Chattanooga", "TN", "374"),
           ("Spokane", "WA", "992"), ("Asheville", "NC", "288")],
    "GB": [("Keswick", "CA12"), ("Hexham", "NE46"), ("Bridport", "DT6"), ("Ludlow", "SY8"), ("Frome", "BA11"),
           ("Skipton", "BD23"), ("Wisbech", "PE13"), ("Dolgellau", "LL40")],
    "IN": [("Nashik", "Maharashtra", "422"), ("Indore", "Madhya Pradesh", "452"), ("Ajmer", "Rajasthan", "305"),
           ("Dehradun", "Uttarakhand", "248"), ("Varanasi", "Uttar Pradesh", "221"), ("Ranchi", "Jharkhand", "834")],
    "DE": [("Bamberg", "960"), ("Göttingen", "370"), ("Celle", "292"), ("Weimar", "994"), ("Passau", "940"),
           ("Tübingen", "720"), ("Minden", "324"), ("Fulda", "360")],
    "AT": [("Leoben", "87"), ("Amstetten", "33"), ("Krems an der Donau", "35"), ("Dornbirn", "68"),
           ("Villach", "95"), ("Steyr", "44")],
    "FR": [("Angoulême", "16"), ("Chambéry", "73"), ("Quimper", "29"), ("Périgueux", "24"), ("Auxerre", "89"),
           ("Vannes", "56"), ("Valence", "26")],
    "BE": [("Namur", "50"), ("Arlon", "67"), ("Wavre", "13"), ("Tournai", "75"), ("Dinant", "55")],
    "ES": [("Cuenca", "16"), ("Soria", "42"), ("Lugo", "27"), ("Teruel", "44"), ("Cáceres", "10"), ("Zamora", "49")],
    "MX": [("Querétaro", "Qro.", "76"), ("Morelia", "Mich.", "58"), ("Pachuca", "Hgo.", "42"),
           ("Tlaxcala", "Tlax.", "90"), ("Zacatecas", "Zac.", "98")],
    "IT": [("Macerata", "MC", "621"), ("Rovigo", "RO", "451"), ("Pordenone", "PN", "331"), ("Viterbo", "VT", "011"),
           ("Benevento", "BN", "821"), ("Sondrio", "SO", "231")],
    "NL": [("Zutphen", "72"), ("Assen", "94"), ("Gorinchem", "42"), ("Harderwijk", "38"), ("Sneek", "86"),
           ("Roermond", "60")],
    "PT": [("Viseu", "35"), ("Bragança", "53"), ("Tomar", "23"), ("Évora", "70"), ("Guarda", "63")],
    "BR": [("Londrina", "PR", "86"), ("Uberlândia", "MG", "38"), ("Feira de Santana", "BA", "44"),
           ("Joinville", "SC", "89"), ("Caruaru", "PE", "55"), ("Sorocaba", "SP", "18")],
    "PL": [("Tarnów", "33"), ("Zamość", "22"), ("Płock", "09"), ("Kalisz", "62"), ("Elbląg", "82"),
           ("Legnica", "59")],
    "SE": [("Östersund", "83"), ("Borås", "50"), ("Kalmar", "39"), ("Falun", "79"), ("Skövde", "54")],
    "CZ": [("Jihlava", "586"), ("Tábor", "390"), ("Kolín", "280"), ("Zlín", "760"), ("Třebíč", "674")],
    "GR": [("Λάρισα", "41"), ("Ιωάννινα", "45"), ("Καλαμάτα", "241"), ("Χανιά", "731"), ("Βόλος", "38")],
    "TR": [("Afyonkarahisar", "Merkez", "03"), ("Kayseri", "Talas", "38"), ("Denizli", "Pamukkale", "20"),
           ("Trabzon", "Ortahisar", "61"), ("Balıkesir", "Altıeylül", "10")],
    "RU": [("Вологда", "160"), ("Тверь", "170"), ("Калуга", "248"), ("Пенза", "440"), ("Кострома", "156")],
    "JP": [("埼玉県川越市", "350"), ("静岡県浜松市中区", "430"), ("三重県津市", "514"), ("岡山県倉敷市", "710"),
           ("石川県金沢市", "920")],
    "KR": [("경기도 수원시 팔달구", "16"), ("충청북도 청주시 상당구", "28"), ("전라북도 전주시 완산구", "55"),
           ("경상남도 창원시 의창구", "51")],
    "CN": [("江苏省苏州市姑苏区", "215"), ("浙江省绍兴市越城区", "312"), ("湖南省长沙市岳麓区", "410"),
           ("四川省绵阳市涪城区", "621")],
    "IL": [("רחובות", "76"), ("כפר סבא", "44"), ("נהריה", "22"), ("רעננה", "43"), ("מודיעין", "71")],
    "EG": [("المنصورة، الدقهلية", "35"), ("طنطا، الغربية", "31"), ("الزقازيق، الشرقية", "44"),
           ("دمياط الجديدة، دمياط", "34")],
    "VN": [("phường Tân Định, Quận 1, TP. Hồ Chí Minh", ""), ("phường Dịch Vọng, Cầu Giấy, Hà Nội", ""),
           ("phường Hòa Cường Bắc, Hải Châu, Đà Nẵng", "")],
    "ID": [("Kel. Sukaluyu, Kec. Cibeunying Kaler, Bandung", "40123"), ("Kel. Tegalsari, Kec. Candisari, Semarang", "50614"),
           ("Kel. Bumijo, Kec. Jetis, Yogyakarta", "55231"), ("Kel. Darmo, Kec. Wonokromo, Surabaya", "60241")],
}


COUNTRIES = ["US", "GB", "IN", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE",
             "CZ", "GR", "TR", "RU", "JP", "KR", "CN", "IL", "EG", "VN", "ID"]
LANG = {"US": "en", "GB": "en", "IN": "hi", "DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "ES": "es",
        "MX": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "CZ": "cs",
        "GR": "el", "TR": "tr", "RU": "ru", "JP": "ja", "KR": "ko", "CN": "zh", "IL": "he", "EG": "ar",
        "VN": "vi", "ID": "id"}
CJK_CC = ("JP", "KR", "CN")
FAMILY_FIRST = ("JP", "KR", "CN", "VN")

# ====================================================================== people


def _split(tok):
    nat, _, rom = tok.partition("|")
    return nat, (rom or nat)


def _fam(tok, female):
    nat, rom = _split(tok.replace("_", " "))
    if "/" in nat:
        nat = nat.split("/")[1 if female else 0]
    if "/" in rom:
        rom = rom.split("/")[1 if female else 0]
    return nat, rom


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


class Person:
    def __init__(self, cc, given, fam, female, middle=None, fam2=None):
        self.cc = cc
        self.female = female
        self.g, self.gr = given
        self.f, self.fr = fam
        self.m = middle
        self.f2 = fam2

    @property
    def full(self):
        if self.cc in ("JP",):
            return self.f + " " + self.g
        if self.cc in ("KR", "CN"):
            return self.f + self.g
        if self.cc == "VN":
            return "%s %s %s" % (self.f, self.m, self.g)
        if self.cc in ("ES", "MX") and self.f2:
            return "%s %s %s" % (self.g, self.f, self.f2[0])
        if self.cc in ("PT", "BR") and self.f2:
            return "%s %s %s" % (self.g, self.f2[0], self.f)
        return self.g + " " + self.f

    @property
    def roman(self):
        if self.cc == "VN":
            return fold(self.full)
        if self.cc in CJK_CC:
            return self.gr + " " + self.fr
        if self.cc in ("RU", "GR", "IN", "IL", "EG"):
            return self.gr + " " + self.fr
        return self.full

    @property
    def family_all(self):
        if self.cc in ("ES", "MX") and self.f2:
            return "%s %s" % (self.f, self.f2[0])
        if self.cc in ("PT", "BR") and self.f2:
            return "%s %s" % (self.f2[0], self.f)
        return self.f

    @property
    def given(self):
        return self.g

    def words(self):
        ws = [self.g, self.gr, self.f, self.fr]
        if self.m:
            ws.append(self.m)
        if self.f2:
            ws += list(self.f2)
        return ws


class People:
    """Draws people for one record so that no name word is shared."""
    def __init__(self, R):
        self.R = R
        self.used = set()

    def one(self, cc, female=None):
        R = self.R
        m, f, fam = NAMES[cc]
        if female is None:
            female = R.random() < 0.5
        givens = (f if female else m).split()
        fams = fam.split()
        for _ in range(60):
            g = _split(R.choice(givens))
            ft = R.choice(fams)
            fa = _fam(ft, female)
            if cc == "NL" and R.random() < 0.25 and not fa[0].startswith(("van ", "de ")):
                pass
            key = {g[0], fa[0], g[1], fa[1]}
            mid = None
            f2 = None
            if cc == "VN":
                mid = R.choice(VN_MIDDLE)
                key.add(mid)
            if cc in ("ES", "MX", "PT", "BR") and R.random() < 0.75:
                t2 = _fam(R.choice(fams), female)
                f2 = t2
                key |= {t2[0]}
                if t2[0] == fa[0]:
                    continue
            words = set()
            for k in key:
                words |= {w.lower() for w in re.split(r"[\s/\-]+", k) if w}
            words -= {"van", "de", "el"}
            if words & self.used:
                continue
            self.used |= words
            return Person(cc, g, fa, female, mid, f2)
        raise RuntimeError("names exhausted " + cc)


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"],
           "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
           "AT": ["gmx.at", "aon.at", "chello.at"], "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
           "BE": ["skynet.be", "telenet.be", "proximus.be"], "ES": ["hotmail.es", "gmail.com", "telefonica.net"],
           "MX": ["hotmail.com", "prodigy.net.mx", "gmail.com"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "planet.nl"], "PT": ["sapo.pt", "gmail.com", "netcabo.pt"],
           "BR": ["uol.com.br", "bol.com.br", "terra.com.br"], "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
           "SE": ["telia.com", "bredband.net", "gmail.com"], "CZ": ["seznam.cz", "centrum.cz", "email.cz"],
           "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["hotmail.com.tr", "yandex.com.tr", "gmail.com"],
           "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "hanmail.net"], "CN": ["163.com", "126.com", "sina.com"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["yahoo.com", "gmail.com", "outlook.com"],
           "VN": ["gmail.com", "yahoo.com.vn"], "ID": ["yahoo.co.id", "gmail.com"]}


def email_local(R, p):
    g = fold(p.gr).lower().replace(" ", "").replace("'", "")
    f = fold(p.fr if p.cc != "VN" else p.f).lower().replace(" ", "").replace("'", "").replace("-", "")
    k = R.randint(0, 5)
    if k == 0:
        return "%s.%s" % (g, f)
    if k == 1:
        return "%s.%s" % (g[0], f)
    if k == 2:
        return "%s.%s" % (f, g)
    if k == 3:
        return "%s%s%d" % (g, f[:3], R.randint(2, 99))
    if k == 4:
        return "%s_%s" % (g, f)
    return "%s%s" % (g, f[0])


def email_private(R, p):
    return L("email", email_local(R, p) + "@" + R.choice(WEBMAIL[p.cc]), sub="personal")


def email_work(R, p, domain):
    g = fold(p.gr).lower().replace(" ", "")
    f = fold(p.fr if p.cc != "VN" else p.f).lower().replace(" ", "").replace("-", "")
    return L("email", R.choice(["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s%s" % (g[0], f)]) + "@" + domain, sub="work")


def PN(p, sub="full"):
    return L("person", p.full, sub=sub)


def PG(p, roman=False):
    return L("person", p.gr if roman else p.given, sub="given")


def PF(p):
    return L("person", p.family_all, sub="family")


def PR(p):
    return L("person", p.roman, sub="roman")


# ====================================================================== phones

FR_MOB = ["61", "62", "64", "65", "66", "67", "68", "76", "77", "78"]
CZ_MOB = ["601", "602", "603", "604", "605", "606", "607", "608", "702", "704", "720", "721", "722", "723", "724",
          "725", "728", "730", "731", "732", "736", "737", "739", "770", "771", "773", "775", "777", "792", "797"]
GR_MOB = ["690", "693", "694", "695", "697", "698", "699"]
TR_MOB = ["530", "531", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546",
          "549", "551", "552", "553", "554", "555"]
IL_MOB = ["50", "52", "53", "54", "58"]
EG_MOB = ["10", "11", "12", "15"]
VN_MOB = ["90", "91", "93", "94", "96", "97", "98"]
ID_MOB = ["812", "813", "821", "822", "852", "853", "857", "858", "878"]
CC_CODE = {"US": "1", "GB": "44", "IN": "91", "DE": "49", "AT": "43", "FR": "33", "BE": "32", "ES": "34",
           "MX": "52", "IT": "39", "NL": "31", "PT": "351", "BR": "55", "PL": "48", "SE": "46", "CZ": "420",
           "GR": "30", "TR": "90", "RU": "7", "JP": "81", "KR": "82", "CN": "86", "IL": "972", "EG": "20",
           "VN": "84", "ID": "62"}


def _mobile_nsn(R, cc):
    if cc == "US":
        return _nanp_line(R, US_AREAS)
    if cc == "GB":
        return R.choice(GB_MOBILE) + digits(R, 7)
    if cc == "IN":
        return PLANS["IN"][2]["mobile"](R)
    if cc == "DE":
        return PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R)
    if cc in ("AT", "BE", "ES", "IT", "NL", "PT", "PL", "SE", "RU", "JP", "CN"):
        return PLANS[cc][2]["mobile"](R)
    if cc == "MX":
        return PLANS["MX"][2]["any"](R)
    if cc == "BR":
        return PLANS["BR"][2]["mobile"](R)
    if cc == "FR":
        return R.choice(FR_MOB) + digits(R, 7)
    if cc == "CZ":
        return R.choice(CZ_MOB) + digits(R, 6)
    if cc == "GR":
        return R.choice(GR_MOB) + digits(R, 7)
    if cc == "TR":
        return R.choice(TR_MOB) + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("2346789") + digits(R, 7)
    if cc == "IL":
        return R.choice(IL_MOB) + R.choice("23456789") + digits(R, 6)
    if cc == "EG":
        return R.choice(EG_MOB) + nz(R, 8)
    if cc == "VN":
        return R.choice(VN_MOB) + digits(R, 7)
    if cc == "ID":
        return R.choice(ID_MOB) + digits(R, R.choice([7, 8]))
    raise KeyError(cc)


def _fmt_nat(R, cc, n):
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "0%s %s" % (n[:4], n[4:])
    if cc == "IN":
        return R.choice(["%s %s", "%s-%s"]) % (n[:5], n[5:])
    if cc == "DE":
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if cc == "AT":
        return R.choice(["0%s %s", "0%s/%s"]) % (n[:3], n[3:])
    if cc == "FR":
        return "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
    if cc == "BE":
        return "0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "ES":
        return R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "MX":
        return "%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IT":
        return R.choice(["%s %s %s", "%s/%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return R.choice(["0%s-%s", "0%s %s"]) % (n[:1], n[1:])
    if cc == "PT":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "SE":
        return "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "CZ":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "GR":
        return R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "CN":
        return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])
    if cc == "IL":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "ID":
        return "0%s-%s-%s" % (n[:3], n[3:7], n[7:])
    raise KeyError(cc)


def _fmt_intl(R, cc, n):
    c = "+" + CC_CODE[cc]
    if cc == "US":
        return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:])
    if cc == "IN":
        return R.choice(["+91 %s %s", "+91-%s%s"]) % (n[:5], n[5:])
    if cc in ("DE", "AT"):
        return "%s %s %s" % (c, n[:3], n[3:])
    if cc == "FR":
        return "+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
    if cc == "BE":
        return "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "ES":
        return "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "MX":
        return "+52 %s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IT":
        return "+39 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return "+31 %s %s" % (n[:1], n[1:])
    if cc == "PT":
        return "+351 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "SE":
        return "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc in ("CZ",):
        return "+420 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "GR":
        return "+30 %s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc in ("JP", "KR"):
        return "%s %s-%s-%s" % (c, n[:2], n[2:6], n[6:])
    if cc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if cc == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "ID":
        return "+62 %s-%s-%s" % (n[:3], n[3:7], n[7:])
    raise KeyError(cc)


def mobile(R, cc, intl=None, reader=None):
    """A mobile of country cc, read in `reader` (default cc)."""
    n = _mobile_nsn(R, cc)
    reader = reader or cc
    if reader != cc:
        intl = True
    if intl is None:
        intl = R.random() < 0.3
    txt = _fmt_intl(R, cc, n) if intl else _fmt_nat(R, cc, n)
    meta = {"sub": "fixed_or_mobile" if cc in ("US", "MX") else "mobile", "region": reader}
    if reader != cc:
        meta["plan"] = cc
    return L("phone", txt, **meta)


# direct lines of named staff (fixed), national format
def direct_line(R, cc):
    if cc == "GB":
        n = R.choice(["113", "161", "121"]) + R.choice("234") + digits(R, 6)
        if n.startswith("117"):
            n = "1179" + digits(R, 6)
        return L("phone", "0%s %s %s" % (n[:3], n[3:6], n[6:]), sub="fixed", region="GB")
    if cc == "DE":
        n = R.choice(["89", "40", "69", "221", "711"]) + nz(R, 7)
        k = 2 if n[:2] in ("89", "40", "69") else 3
        return L("phone", "0%s %s-%s" % (n[:k], n[k:-2], n[-2:]), sub="fixed", region="DE")
    if cc == "FR":
        n = R.choice("1345") + nz(R, 8)
        return L("phone", "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), sub="fixed", region="FR")
    if cc == "US":
        n = _nanp_line(R, US_AREAS)
        return L("phone", "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), sub="fixed_or_mobile", region="US")
    if cc == "ES":
        n = R.choice(["91", "93", "96"]) + nz(R, 7)
        return L("phone", "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), sub="fixed", region="ES")
    if cc == "IT":
        n = R.choice(["02", "06"]) + nz(R, 8)
        return L("phone", "%s %s %s" % (n[:2], n[2:6], n[6:]), sub="fixed", region="IT")
    if cc == "NL":
        n = R.choice(["20", "10", "30"]) + nz(R, 7)
        return L("phone", "0%s-%s %s" % (n[:2], n[2:5], n[5:]), sub="fixed", region="NL")
    return mobile(R, cc, intl=False)


# ====================================================================== dates

def birth(R, lo=1938, hi=2004):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


MONTHS2 = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fmt_date(R, cc, y, m, d, words=None):
    """Numeric or month-name date in the country's convention."""
    lang = LANG[cc]
    if words is None:
        words = R.random() < 0.25
    if cc == "US":
        return ("%s %d, %d" % (MONTHS["en"][m - 1], d, y)) if words else "%02d/%02d/%d" % (m, d, y)
    if cc == "GB":
        return ("%d %s %d" % (d, MONTHS["en"][m - 1], y)) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "IN":
        return R.choice(["%02d-%02d-%d", "%02d/%02d/%d"]) % (d, m, y)
    if cc in ("DE", "AT"):
        return ("%d. %s %d" % (d, MONTHS["de"][m - 1], y)) if words else "%02d.%02d.%d" % (d, m, y)
    if cc in ("FR", "BE"):
        return ("%d %s %d" % (d, MONTHS["fr"][m - 1], y)) if words else "%02d/%02d/%d" % (d, m, y)
    if cc in ("ES", "MX"):
        return ("%d de %s de %d" % (d, MONTHS["es"][m - 1], y)) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "IT":
        return ("%d %s %d" % (d, MONTHS["it"][m - 1], y)) if words else "%02d/%02d/%d" % (d, m, y)
    if cc == "NL":
        return ("%d %s %d" % (d, MONTHS["nl"][m - 1], y)) if words else "%02d-%02d-%d" % (d, m, y)
    if cc in ("PT", "BR"):
        return ("%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)) if words else "%02d/%02d/%d" % (d, m, y)
    if cc in ("PL", "RU", "CZ", "GR", "TR", "SE", "ID"):
        if words:
            mn = MONTHS2[lang][m - 1]
            if cc == "CZ":
                return "%d. %s %d" % (d, mn, y)
            if cc == "RU":
                return "%d %s %d г." % (d, mn, y)
            return "%d %s %d" % (d, mn, y)
        if cc == "SE":
            return "%d-%02d-%02d" % (y, m, d)
        if cc == "CZ":
            return "%d. %d. %d" % (d, m, y)
        if cc in ("GR", "ID"):
            return "%02d/%02d/%d" % (d, m, y) if cc == "GR" else "%02d-%02d-%d" % (d, m, y)
        return "%02d.%02d.%d" % (d, m, y)
    if cc in ("JP", "CN"):
        return ("%d年%d月%d日" % (y, m, d)) if words or cc == "JP" else R.choice(["%d-%02d-%02d", "%d年%d月%d日"]) % (y, m, d)
    if cc == "KR":
        return ("%d년 %d월 %d일" % (y, m, d)) if words else "%d.%02d.%02d" % (y, m, d)
    if cc == "IL":
        return R.choice(["%02d/%02d/%d", "%d.%d.%d"]) % (d, m, y)
    if cc == "EG":
        s = "%02d/%02d/%d" % (d, m, y)
        return s.translate(AR_DIG) if words else s
    if cc == "VN":
        return "%02d/%02d/%d" % (d, m, y)
    raise KeyError(cc)


def DOB(R, cc, lo=1938, hi=2004):
    y, m, d = birth(R, lo, hi)
    return L("dob", fmt_date(R, cc, y, m, d), sub=cc.lower()), (y, m, d)


def other_date(R, cc, year=None, words=False):
    y = year or R.choice([2024, 2025, 2026])
    return fmt_date(R, cc, y, R.randint(1, 12), R.randint(1, 28), words=words)


# ====================================================================== gov ids
# Written for this part from the specifications (corpuslib covers SSN,
# NINO, NHS, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, Aadhaar, PAN, CPF).

def at_svnr(R, y, m, d):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        s = str(R.randint(1, 9)) + digits(R, 2)
        body = s + "0" + "%02d%02d%02d" % (d, m, y % 100)
        c = sum(int(ch) * wi for ch, wi in zip(body, w)) % 11
        if c != 10:
            return s + str(c) + body[4:]


def at_svnr_ok(v):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(v) == 10 and v[0] != "0" and sum(int(ch) * wi for ch, wi in zip(v, w)) % 11 == int(v[3])


def be_rrn(R, y, m, d, female):
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 0) != female:
            continue
        base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
        n = int(("2" + base) if y >= 2000 else base)
        c = 97 - n % 97
        return base + "%02d" % c


def be_rrn_ok(v, y2000=False):
    n = int(("2" + v[:9]) if y2000 else v[:9])
    return int(v[9:]) == 97 - n % 97


CURP_VAL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17):
    t = sum(CURP_VAL.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def curp_make(p, y, m, d, state):
    def up(w):
        return fold(w).upper().replace(" ", "")
    f1 = up(p.f)
    f2 = up(p.f2[0]) if p.f2 else "X"
    g = up(p.g)
    vow = next((c for c in f1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    s = f1[0] + vow + f2[0] + g[0] + "%02d%02d%02d" % (y % 100, m, d) + ("M" if p.female else "H") + state + \
        cons(f1) + cons(f2) + cons(g) + ("0" if y < 2000 else "A")
    return s + curp_check(s)



def pt_nif(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(b)) % 11
    return b + ("0" if c >= 10 else str(c))


def pt_nif_ok(v):
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(v[:8])) % 11
    return v[8] == ("0" if c >= 10 else str(c))


def pesel(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    serial = digits(R, 3) + R.choice("02468" if female else "13579")
    b = "%02d%02d%02d" % (y % 100, mm, d) + serial
    c = (10 - sum(int(ch) * w for ch, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return b + str(c)


def pesel_ok(v):
    return (10 - sum(int(ch) * w for ch, w in zip(v[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(v[10])


def se_pnr(R, y, m, d, female):
    while True:
        s = digits(R, 2) + R.choice("02468" if female else "13579")
        b = "%02d%02d%02d" % (y % 100, m, d) + s
        for c in "0123456789":
            if luhn_ok(b + c):
                return b[:6] + ("-" if y > 1926 else "+") + b[6:] + c


def cz_rc(R, y, m, d, female):
    while True:
        b = "%02d%02d%02d" % (y % 100, m + (50 if female else 0), d) + digits(R, 3)
        c = int(b) % 11
        if c != 10:
            return b[:6] + "/" + b[6:] + str(c)


def cz_rc_ok(v):
    return int(v.replace("/", "")) % 11 == 0


def gr_amka(R, y, m, d):
    b = "%02d%02d%02d" % (d, m, y % 100) + digits(R, 4)
    return luhn_complete(b)


def gr_afm(R):
    while True:
        b = R.choice("0123") + digits(R, 7)
        c = sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(b)) % 11 % 10
        return b + str(c)


def gr_afm_ok(v):
    return sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(v[:8])) % 11 % 10 == int(v[8])


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_ok(v):
    d = list(map(int, v))
    return d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 \
        and d[10] == sum(d[:10]) % 10


def snils(R):
    while True:
        b = digits(R, 9)
        if int(b) <= 1001998:
            continue
        s = sum(int(ch) * (9 - i) for i, ch in enumerate(b))
        if s > 101:
            s %= 101
        c = "00" if s in (100, 101) else "%02d" % s
        return "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], c)


def snils_ok(v):
    b = v[:11].replace("-", "")
    s = sum(int(ch) * (9 - i) for i, ch in enumerate(b))
    if s > 101:
        s %= 101
    return v[-2:] == ("00" if s in (100, 101) else "%02d" % s)


def ru_inn12(R):
    b = R.choice(["77", "50", "35", "69", "40", "58", "44"]) + digits(R, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(c) * w for c, w in zip(b, w1)) % 11 % 10
    b += str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(c) * w for c, w in zip(b, w2)) % 11 % 10)


def ru_inn_ok(v):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return sum(int(c) * w for c, w in zip(v, w1)) % 11 % 10 == int(v[10]) and \
        sum(int(c) * w for c, w in zip(v, w2)) % 11 % 10 == int(v[11])


def jp_mynumber_check(b11):
    s = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def jp_mynumber(R):
    b = nz(R, 11)
    return b + jp_mynumber_check(b)


def kr_rrn(R, y, m, d, female):
    s = ("2" if female else "1") if y < 2000 else ("4" if female else "3")
    b = "%02d%02d%02d" % (y % 100, m, d) + s + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(ch) * wi for ch, wi in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def kr_rrn_ok(v):
    b = v.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(ch) * wi for ch, wi in zip(b, w)) % 11) % 10 == int(b[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_rid(R, region, y, m, d, female):
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    b = region + "%04d%02d%02d" % (y, m, d) + seq
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cn_rid_ok(v):
    return v[17] == "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], CN_W)) % 11]


def il_tz(R):
    b = digits(R, 8)
    for c in "0123456789":
        if il_tz_ok(b + c):
            return b + c


def il_tz_ok(v):
    t = 0
    for i, ch in enumerate(v):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        t += x - 9 if x > 9 else x
    return len(v) == 9 and t % 10 == 0


def eg_nid(R, y, m, d, female):
    return ("2" if y < 2000 else "3") + "%02d%02d%02d" % (y % 100, m, d) + R.choice(["01", "02", "12", "16", "13", "21"]) + \
        digits(R, 3) + R.choice("2468" if female else "1357") + R.choice("123456789")


def vn_cccd(R, y, female):
    c = (0 if y < 2000 else 2) + (1 if female else 0)
    return R.choice(["001", "079", "048", "031", "092"]) + str(c) + "%02d" % (y % 100) + digits(R, 6)


def id_nik(R, y, m, d, female):
    return R.choice(["327302", "337405", "347104", "357818"]) + "%02d%02d%02d" % (d + (40 if female else 0), m, y % 100) + \
        "%04d" % R.randint(1, 1200)


def gb_dl(R, p, y, m, d):
    s = fold(p.fr).upper().replace(" ", "").replace("-", "").replace("'", "")
    s = (s + "99999")[:5]
    mm = m + (50 if p.female else 0)
    ini = (fold(p.gr).upper()[:1] + R.choice(["", "A", "J", "M"]) + "9")[:2]
    return s + str(y % 100 // 10) + "%02d%02d" % (mm, d) + str(y % 10) + ini + "9" + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2)


def us_dl(R):
    return R.choice("ABDFGMNSTW") + digits(R, 7)


BELFIORE = ["H501", "F205", "F839", "L219", "A944", "G273", "D612", "L736", "D969", "A662"]


def gov_for(R, p, ymd, kind=None):
    """The national id a form of the person's country asks for: returns L."""
    y, m, d = ymd
    cc = p.cc
    if cc == "US":
        if kind == "dl":
            return L("gov_id", us_dl(R), sub="us_driving_licence")
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        if kind == "dl":
            return L("gov_id", gb_dl(R, p, y, m, d), sub="gb_driving_licence")
        if kind == "nhs":
            v = nhs_random(R)
            return L("gov_id", "%s %s %s" % (v[:3], v[3:6], v[6:]), sub="nhs")
        a, b, c = nino_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c]), sub="nino")
    if cc == "IN":
        if kind == "pan":
            return L("gov_id", pan_random(R, "P", fold(p.fr)), sub="pan")
        v = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="aadhaar")
    if cc == "DE":
        return L("gov_id", steuerid_random(R), sub="steuer_id")
    if cc == "AT":
        v = at_svnr(R, y, m, d)
        return L("gov_id", v[:4] + " " + v[4:], sub="at_svnr")
    if cc == "FR":
        body, key = nir_random(R, "2" if p.female else "1", y % 100, m)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="nir")
    if cc == "BE":
        v = be_rrn(R, y, m, d, p.female)
        return L("gov_id", "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), sub="be_rrn")
    if cc == "ES":
        if R.random() < 0.2:
            a, b, c = nie_random(R)
            return L("gov_id", a + b + c, sub="nie")
        n, c = dni_random(R)
        return L("gov_id", R.choice([n + c, n + "-" + c]), sub="dni")
    if cc == "MX":
        return L("gov_id", curp_make(p, y, m, d, R.choice(["QT", "MN", "HG", "TL", "ZS", "DF"])), sub="curp")
    if cc == "IT":
        return L("gov_id", cf_make(fold(p.f), fold(p.g), y % 100, m, d, p.female, R.choice(BELFIORE)), sub="codice_fiscale")
    if cc == "NL":
        return L("gov_id", bsn_random(R), sub="bsn")
    if cc == "PT":
        return L("gov_id", pt_nif(R), sub="pt_nif")
    if cc == "BR":
        v = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="cpf")
    if cc == "PL":
        return L("gov_id", pesel(R, y, m, d, p.female), sub="pesel")
    if cc == "SE":
        return L("gov_id", se_pnr(R, y, m, d, p.female), sub="personnummer")
    if cc == "CZ":
        return L("gov_id", cz_rc(R, y, m, d, p.female), sub="rodne_cislo")
    if cc == "GR":
        if kind == "afm":
            return L("gov_id", gr_afm(R), sub="gr_afm")
        return L("gov_id", gr_amka(R, y, m, d), sub="gr_amka")
    if cc == "TR":
        return L("gov_id", tc_kimlik(R), sub="tc_kimlik")
    if cc == "RU":
        if kind == "inn":
            return L("gov_id", ru_inn12(R), sub="ru_inn")
        return L("gov_id", snils(R), sub="snils")
    if cc == "JP":
        v = jp_mynumber(R)
        return L("gov_id", R.choice([v, "%s %s %s" % (v[:4], v[4:8], v[8:])]), sub="my_number")
    if cc == "KR":
        return L("gov_id", kr_rrn(R, y, m, d, p.female), sub="kr_rrn")
    if cc == "CN":
        return L("gov_id", cn_rid(R, R.choice(["320508", "330602", "430104", "510703"]), y, m, d, p.female), sub="cn_resident_id")
    if cc == "IL":
        return L("gov_id", il_tz(R), sub="il_teudat_zehut")
    if cc == "EG":
        return L("gov_id", eg_nid(R, y, m, d, p.female), sub="eg_national_id")
    if cc == "VN":
        return L("gov_id", vn_cccd(R, y, p.female), sub="vn_cccd")
    if cc == "ID":
        return L("gov_id", id_nik(R, y, m, d, p.female), sub="id_nik")
    raise KeyError(cc)


def passport(R, cc):
    if cc in ("US",):
        v = R.choice("56") + digits(R, 8)
    elif cc in ("GB",):
        v = digits(R, 9)
    elif cc in ("DE",):
        v = "C" + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    elif cc in ("FR",):
        v = digits(R, 2) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 5)
    elif cc in ("IN",):
        v = R.choice("JKLMNPRSTUVWZ") + digits(R, 7)
    elif cc in ("CN",):
        v = "E" + digits(R, 8)
    elif cc in ("JP",):
        v = R.choice(["TK", "TR", "MZ"]) + digits(R, 7)
    elif cc in ("KR",):
        v = "M" + digits(R, 8)
    else:
        v = rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7)
    return L("gov_id", v, sub="passport")


# ====================================================================== addresses

GB_LET = "ABDEFGHJLNPQRSTUWXYZ"
MX_COL = ["Col. Jardines de la Hacienda", "Col. Lomas del Campestre", "Col. Santa Bárbara", "Col. Villas del Sol"]
BR_BAIRRO = ["Jardim Esperança", "Vila Operária", "Parque das Nações", "Jardim Primavera"]
TR_MAH = ["Yenidoğan", "Bahçelievler", "Cumhuriyet", "Esentepe"]
IN_BLDG = ["Nilgiri Residency", "Kaveri Heights", "Sahyadri Towers", "Vrindavan Enclave"]
PT_ANDAR = ["1.º Esq.", "2.º Dto.", "R/C", "3.º Frente"]


def address(R, p_or_cc, multiline=False):
    cc = p_or_cc if isinstance(p_or_cc, str) else p_or_cc.cc
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 180)
    nl = "\n" if multiline else ", "
    if cc == "US":
        apt = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        s = "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, apt, nl, t[0], t[1], t[2], R.randint(1, 99))
    elif cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), rnd(R, GB_LET, 2))
        s = "%d %s%s%s %s" % (n, st, nl, t[0], pc) if not multiline else "%d %s\n%s\n%s" % (n, st, t[0], pc)
    elif cc == "IN":
        s = "Flat %d%02d, %s, %s%s%s, %s %s%03d" % (R.randint(1, 9), R.randint(1, 12), R.choice(IN_BLDG), st, nl, t[0], t[1], t[2], R.randint(1, 99))
    elif cc == "DE":
        s = "%s %d%s%s%s%02d %s" % (st, n % 90 + 1, R.choice(["", "", "a", "b"]), nl, t[1], R.randint(1, 99), t[0])
    elif cc == "AT":
        s = "%s %d%s%s%s%02d %s" % (st, n % 60 + 1, R.choice(["", "/%d" % R.randint(1, 12)]), nl, t[1], R.randint(0, 99), t[0])
    elif cc == "FR":
        s = "%d%s %s%s%s%03d %s" % (n % 120 + 1, R.choice(["", "", " bis"]), st, nl, t[1], R.choice([0, 0, 100, 200]), t[0])
    elif cc == "BE":
        s = "%s %d%s%s%s%02d %s" % (st, n % 150 + 1, R.choice(["", "", " bte 3"]), nl, t[1], R.randint(0, 99), t[0])
    elif cc == "ES":
        s = "%s, %d, %dº %s%s%s%03d %s" % (st, n % 90 + 1, R.randint(1, 8), R.choice("ABCD"), nl, t[1], R.randint(1, 99), t[0])
    elif cc == "MX":
        s = "%s %d, %s%s%s%03d %s, %s" % (st, n, R.choice(MX_COL), nl, t[2], R.randint(0, 999), t[0], t[1])
    elif cc == "IT":
        s = "%s %d%s%s%02d %s (%s)" % (st, n % 100 + 1, nl, t[2], R.randint(0, 99), t[0], t[1])
    elif cc == "NL":
        pc = "%s%02d %s" % (t[1], R.randint(10, 99), R.choice(["AB", "BK", "CE", "GH", "JL", "KP", "LT", "NR", "PM", "TV", "VW", "XZ"]))
        s = "%s %d%s%s%s %s" % (st, n % 130 + 1, R.choice(["", "", "-A", " bis"]), nl, pc, t[0])
    elif cc == "PT":
        s = "%s, %d, %s%s%s%02d-%03d %s" % (st, n % 200 + 1, R.choice(PT_ANDAR), nl, t[1], R.randint(0, 99), R.randint(1, 999), t[0])
    elif cc == "BR":
        s = "%s, nº %d, %s%s%s - %s, %s%03d-%03d" % (st, n * 7, R.choice(BR_BAIRRO), nl, t[0], t[1], t[2], R.randint(0, 999), R.randint(0, 999))
    elif cc == "PL":
        s = "%s %d%s%s%s-%03d %s" % (st, n % 80 + 1, R.choice(["", "/%d" % R.randint(1, 40)]), nl, t[1], R.randint(1, 999), t[0])
    elif cc == "SE":
        s = "%s %d%s%s%d %02d %s" % (st, n % 60 + 1, R.choice(["", " lgh 1102", "B"]), nl, int(t[1]) * 10 + R.randint(0, 9), R.randint(10, 99), t[0])
    elif cc == "CZ":
        s = "%s %d%s%s %02d %s" % (st, R.randint(100, 2900), nl, t[1], R.randint(1, 99), t[0])
    elif cc == "GR":
        tk = (t[1] + digits(R, 5 - len(t[1])))
        s = "%s %d%s%s %s %s" % (st, n % 90 + 1, nl, tk[:3], tk[3:], t[0])
    elif cc == "TR":
        s = "%s Mah. %s No: %d D: %d%s%s%03d %s/%s" % (R.choice(TR_MAH), st, n % 90 + 1, R.randint(1, 20), nl, t[2], R.randint(0, 999), t[1], t[0])
    elif cc == "RU":
        s = "%s%03d, г. %s, %s, д. %d, кв. %d" % (t[1], R.randint(0, 999), t[0], st, n % 90 + 1, R.randint(1, 180))
    elif cc == "JP":
        s = "〒%s-%04d %s%s%d丁目%d番%d号" % (t[1], R.randint(1, 9999), t[0], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    elif cc == "KR":
        s = "%s %s %d, %d동 %d호 (%s%03d)" % (t[0], st, n, R.randint(101, 112), R.randint(1, 20) * 100 + R.randint(1, 4), t[1], R.randint(0, 999))
    elif cc == "CN":
        s = "%s%s%d号%d栋%d室" % (t[0], st, n, R.randint(1, 30), R.randint(1, 30) * 100 + R.randint(1, 4))
    elif cc == "IL":
        s = "%s %d, %s %s%05d" % (st, n % 80 + 1, t[0], t[1], R.randint(0, 99999))
    elif cc == "EG":
        s = "%d %s، %s" % (n % 90 + 1, st, t[0])
    elif cc == "VN":
        s = "Số %d %s, %s" % (n, st, t[0])
    elif cc == "ID":
        s = "%s No. %d, RT %03d/RW %03d, %s %s" % (st, n % 90 + 1, R.randint(1, 12), R.randint(1, 9), t[0], t[1])
    else:
        raise KeyError(cc)
    return L("address", s, sub=cc.lower())


# ====================================================================== banking

EXTRA_IBAN = {"IL": "3n3n13n", "EG": "4n4n17n"}
IBAN_CC = ("GB", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "GR", "TR", "IL", "EG")


def iban_any(R, cc):
    if cc in EXTRA_IBAN:
        b = ""
        for k, _ in re.findall(r"(\d+)(n)", EXTRA_IBAN[cc]):
            b += digits(R, int(k))
        v = iban_make(cc, b)
        assert iban_mod97(v) == 1
        return v
    return iban_random(R, cc)


IBAN_LEN2 = dict(IBAN_LEN, IL=23, EG=29)


def IBAN(R, cc, holder=None):
    v = iban_any(R, cc)
    k = R.random()
    txt = group(v) if k < 0.6 else (v if k < 0.85 else group(v, 4, "\u00a0"))
    meta = {"sub": cc.lower()}
    if holder:
        meta["holder"] = holder
    return L("iban", txt, **meta)


def CARD(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "maestro", "unionpay", "jcb"])
    v = card_random(R, issuer)
    gs = split_groups(v, card_grouping(len(v)))
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(gs), sub=issuer)


def nonluhn(R, n):
    """n digits that fail Luhn (account-number look-alikes)."""
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


# ====================================================================== IPs / secrets

IP_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 141,
            151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 101, 111, 114, 121, 125, 175, 180, 187, 189,
            200, 201, 41, 102, 105, 49, 59, 61]


def ipv4(R):
    while True:
        s = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(R):
    pre = R.choice(["2a02:%x" % R.randint(0x100, 0xfff), "2a01:%x" % R.randint(0x100, 0xfff),
                    "2003:%x" % R.randint(0xc0, 0xff), "2600:%x" % R.randint(0x1000, 0x1fff),
                    "2406:%x" % R.randint(0x1000, 0x7fff), "2804:%x" % R.randint(0x100, 0x7fff)])
    if R.random() < 0.5:
        s = pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    else:
        s = pre + "::" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(R.choice([2, 3, 4])))
    assert ipaddress.ip_address(s).is_global, s
    return s


def IP(R, v6=None, sub=None):
    if v6 is None:
        v6 = R.random() < 0.2
    return L("ip", ipv6(R) if v6 else ipv4(R), sub=sub or ("ipv6" if v6 else "ipv4"))


DOC_IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def doc_ip(R):
    return R.choice(DOC_IPS) % R.randint(2, 250)


PW_WORDS = ["Storchennest", "Kestrel", "Brombeere", "Tournesol", "Girasole", "Maresia", "Jaskier", "Hortensia",
            "Vlaštovka", "Karahindiba", "Lodestar", "Zeppelin", "Quokka", "Marmelade", "Cormoran", "Pelikan"]


def password(R):
    w = R.choice(PW_WORDS)
    return w + R.choice(["!", "#", "$", "%", "&", "*", "_", "@", "?"]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Z", "!!", "k"])


def temp_password(R):
    return rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + R.choice("-#*") + rnd(R, "abcdefghijkmnpqrstuvwxyz23456789", 4) + \
        R.choice("-#*") + rnd(R, "23456789", 3)


def SECRET(R, kind):
    if kind == "password":
        return L("secret", password(R), sub="password")
    if kind == "temp_password":
        return L("secret", temp_password(R), sub="password")
    if kind == "api_key":
        return L("secret", R.choice(["cl_live_", "clm_prod_", "pk_ins_live_".replace("pk_", "ik_")]) + rnd(R, ALNUM, 32), sub="api_key")
    if kind == "client_secret":
        return L("secret", rnd(R, URLSAFE, 40), sub="client_secret")
    if kind == "hmac":
        return L("secret", rnd(R, "0123456789abcdef", 64), sub="hmac_key")
    if kind == "bearer":
        return L("secret", secret_random(R, "jwt"), sub="jwt")
    if kind == "sftp":
        return L("secret", password(R), sub="sftp_password")
    if kind == "db":
        return L("secret", password(R), sub="db_password")
    if kind in ("aws_access_key_id", "aws_secret_access_key", "slack_webhook", "sendgrid", "twilio", "pem"):
        return L("secret", secret_random(R, kind), sub=kind)
    raise KeyError(kind)


# ====================================================================== field labels
# Keys: ph policyholder, name, dob, addr, tel, mail, pol policy no, clm claim
# no, dol date of loss, place, what description, reg plate, police police ref,
# ins insurer, iban, holder, ben beneficiary, rel relationship, share, wit
# witness, tp third party, date, sign signature, amt amount, drv named driver,
# lic licence/id, vin, start, renew, prem premium, doc treating doctor/vet.
FK = "ph name dob addr tel mail pol clm dol place what reg police ins iban holder ben rel share wit tp date sign amt drv lic vin start renew prem doc".split()
F = {
    "en": "Policyholder|Name|Date of birth|Address|Phone|E-mail|Policy no.|Claim no.|Date of loss|Place of incident|What happened|Registration|Police reference|Insurer|IBAN|Account holder|Beneficiary|Relationship|Share|Witness|Third party|Date|Signature|Amount|Named driver|Licence no.|VIN|Start date|Renewal date|Premium|Treating doctor",
    "de": "Versicherungsnehmer|Name|Geburtsdatum|Anschrift|Telefon|E-Mail|Versicherungsschein-Nr.|Schaden-Nr.|Schadentag|Schadenort|Schadenhergang|Kennzeichen|Polizeiliches Aktenzeichen|Versicherer|IBAN|Kontoinhaber|Bezugsberechtigte Person|Verhältnis|Anteil|Zeuge|Unfallgegner|Datum|Unterschrift|Betrag|Weiterer Fahrer|Ausweis-Nr.|FIN|Beginn|Hauptfälligkeit|Beitrag|Behandelnder Arzt",
    "fr": "Souscripteur|Nom|Date de naissance|Adresse|Téléphone|E-mail|N° de contrat|N° de sinistre|Date du sinistre|Lieu|Circonstances|Immatriculation|Référence police|Assureur|IBAN|Titulaire du compte|Bénéficiaire|Lien de parenté|Part|Témoin|Tiers|Date|Signature|Montant|Conducteur désigné|N° de pièce|VIN|Date d'effet|Échéance|Prime|Médecin traitant",
    "es": "Tomador|Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo|N.º de póliza|N.º de siniestro|Fecha del siniestro|Lugar|Descripción|Matrícula|Atestado|Aseguradora|IBAN|Titular de la cuenta|Beneficiario|Parentesco|Porcentaje|Testigo|Contrario|Fecha|Firma|Importe|Conductor adicional|Documento|Bastidor|Fecha de efecto|Vencimiento|Prima|Médico",
    "it": "Contraente|Nome|Data di nascita|Indirizzo|Telefono|E-mail|N. polizza|N. sinistro|Data del sinistro|Luogo|Dinamica|Targa|Verbale n.|Compagnia|IBAN|Intestatario|Beneficiario|Parentela|Quota|Testimone|Controparte|Data|Firma|Importo|Conducente|Documento|Telaio|Decorrenza|Scadenza|Premio|Medico curante",
    "nl": "Verzekeringnemer|Naam|Geboortedatum|Adres|Telefoon|E-mail|Polisnummer|Schadenummer|Schadedatum|Plaats|Toedracht|Kenteken|Proces-verbaal|Verzekeraar|IBAN|Rekeninghouder|Begunstigde|Relatie|Aandeel|Getuige|Tegenpartij|Datum|Handtekening|Bedrag|Extra bestuurder|ID-nummer|Chassisnummer|Ingangsdatum|Verlengingsdatum|Premie|Behandelend arts",
    "pt": "Tomador do seguro|Nome|Data de nascimento|Morada|Telefone|E-mail|N.º da apólice|N.º do sinistro|Data do sinistro|Local|Descrição|Matrícula|Auto de notícia|Seguradora|IBAN|Titular da conta|Beneficiário|Parentesco|Percentagem|Testemunha|Terceiro|Data|Assinatura|Valor|Condutor habitual|Documento|Chassi|Início|Renovação|Prémio|Médico assistente",
    "pl": "Ubezpieczający|Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail|Nr polisy|Nr szkody|Data zdarzenia|Miejsce|Opis zdarzenia|Nr rejestracyjny|Nr notatki policyjnej|Ubezpieczyciel|IBAN|Właściciel rachunku|Uposażony|Pokrewieństwo|Udział|Świadek|Sprawca|Data|Podpis|Kwota|Współużytkownik|Nr dokumentu|VIN|Początek ochrony|Odnowienie|Składka|Lekarz prowadzący",
    "sv": "Försäkringstagare|Namn|Födelsedatum|Adress|Telefon|E-post|Försäkringsnummer|Skadenummer|Skadedatum|Plats|Händelseförlopp|Registreringsnummer|Polisens diarienummer|Försäkringsbolag|IBAN|Kontohavare|Förmånstagare|Relation|Andel|Vittne|Motpart|Datum|Underskrift|Belopp|Förare|ID-nummer|Chassinummer|Startdatum|Förnyelse|Premie|Behandlande läkare",
    "cs": "Pojistník|Jméno a příjmení|Datum narození|Adresa|Telefon|E-mail|Číslo pojistné smlouvy|Číslo pojistné události|Datum události|Místo|Popis události|SPZ|Č. j. Policie ČR|Pojišťovna|IBAN|Majitel účtu|Obmyšlená osoba|Vztah|Podíl|Svědek|Viník|Datum|Podpis|Částka|Další řidič|Číslo dokladu|VIN|Počátek pojištění|Výročí|Pojistné|Ošetřující lékař",
    "el": "Λήπτης ασφάλισης|Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|E-mail|Αρ. συμβολαίου|Αρ. ζημιάς|Ημερομηνία ζημιάς|Τόπος|Περιγραφή|Αρ. κυκλοφορίας|Αρ. δήλωσης Τροχαίας|Ασφαλιστική εταιρεία|IBAN|Δικαιούχος λογαριασμού|Δικαιούχος|Σχέση|Ποσοστό|Μάρτυρας|Αντισυμβαλλόμενος|Ημερομηνία|Υπογραφή|Ποσό|Οδηγός|Αρ. εγγράφου|Αρ. πλαισίου|Έναρξη|Ανανέωση|Ασφάλιστρο|Θεράπων ιατρός",
    "tr": "Sigortalı|Adı Soyadı|Doğum tarihi|Adres|Telefon|E-posta|Poliçe no|Hasar dosya no|Hasar tarihi|Yer|Olay açıklaması|Plaka|Tutanak no|Sigorta şirketi|IBAN|Hesap sahibi|Lehtar|Yakınlık|Pay|Tanık|Karşı taraf|Tarih|İmza|Tutar|Ek sürücü|Kimlik no|Şasi no|Başlangıç|Yenileme|Prim|Tedavi eden hekim",
    "ru": "Страхователь|ФИО|Дата рождения|Адрес|Телефон|E-mail|Номер полиса|Номер убытка|Дата события|Место|Обстоятельства|Госномер|Номер протокола ГИБДД|Страховщик|Счёт|Владелец счёта|Выгодоприобретатель|Степень родства|Доля|Свидетель|Второй участник|Дата|Подпись|Сумма|Допущенный водитель|Документ|VIN|Начало действия|Продление|Премия|Лечащий врач",
    "ja": "契約者|氏名|生年月日|住所|電話番号|メール|証券番号|事故受付番号|事故日|事故場所|事故状況|登録番号|警察届出番号|保険会社|口座|口座名義|受取人|続柄|割合|目撃者|相手方|日付|署名|金額|運転者|番号|車台番号|始期日|満期日|保険料|主治医",
    "ko": "계약자|성명|생년월일|주소|연락처|이메일|증권번호|사고접수번호|사고일자|사고장소|사고내용|차량번호|경찰 접수번호|보험사|계좌|예금주|수익자|관계|지분|목격자|상대방|일자|서명|금액|추가 운전자|번호|차대번호|보험 시작일|만기일|보험료|담당의",
    "zh": "投保人|姓名|出生日期|地址|电话|邮箱|保单号|报案号|出险日期|出险地点|事故经过|车牌号|交警事故编号|保险公司|账户|户名|受益人|关系|受益比例|证人|对方|日期|签名|金额|指定驾驶人|证件号码|车架号|起保日期|到期日|保费|主治医生",
    "he": "בעל הפוליסה|שם|תאריך לידה|כתובת|טלפון|דוא\"ל|מספר פוליסה|מספר תביעה|תאריך האירוע|מקום|תיאור|מספר רישוי|מספר תיק משטרה|חברת ביטוח|IBAN|בעל החשבון|מוטב|קרבה|חלק|עד|צד ג'|תאריך|חתימה|סכום|נהג נוסף|מספר תעודה|מספר שלדה|תחילת ביטוח|חידוש|פרמיה|רופא מטפל",
    "ar": "حامل الوثيقة|الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|رقم الوثيقة|رقم المطالبة|تاريخ الحادث|مكان الحادث|وصف الحادث|رقم اللوحة|رقم المحضر|شركة التأمين|IBAN|صاحب الحساب|المستفيد|صلة القرابة|النسبة|الشاهد|الطرف الآخر|التاريخ|التوقيع|المبلغ|سائق إضافي|رقم الهوية|رقم الشاسيه|تاريخ البدء|تاريخ التجديد|القسط|الطبيب المعالج",
    "vi": "Bên mua bảo hiểm|Họ và tên|Ngày sinh|Địa chỉ|Điện thoại|Email|Số hợp đồng|Số hồ sơ bồi thường|Ngày xảy ra|Nơi xảy ra|Diễn biến|Biển số|Số biên bản CSGT|Công ty bảo hiểm|Tài khoản|Chủ tài khoản|Người thụ hưởng|Quan hệ|Tỷ lệ|Người làm chứng|Bên kia|Ngày|Chữ ký|Số tiền|Lái xe|Số giấy tờ|Số khung|Ngày hiệu lực|Ngày tái tục|Phí bảo hiểm|Bác sĩ điều trị",
    "id": "Tertanggung|Nama|Tanggal lahir|Alamat|Telepon|Email|No. polis|No. klaim|Tanggal kejadian|Lokasi|Kronologi|No. polisi|No. laporan polisi|Perusahaan asuransi|Rekening|Pemilik rekening|Penerima manfaat|Hubungan|Porsi|Saksi|Pihak lawan|Tanggal|Tanda tangan|Jumlah|Pengemudi|No. identitas|No. rangka|Mulai|Perpanjangan|Premi|Dokter",
}
F = {k: dict(zip(FK, v.split("|"))) for k, v in F.items()}
for _k, _v in F.items():
    assert len(_v) == len(FK), _k


def flang(cc):
    """Language of a form's field names: IN forms are in English."""
    return "en" if cc == "IN" else LANG[cc]


ID_LABEL = {"US": "SSN", "GB": "National Insurance no.", "IN": "Aadhaar no.", "DE": "Steuer-ID", "AT": "SV-Nummer",
            "FR": "N° de sécurité sociale", "BE": "N° de registre national", "ES": "DNI/NIE", "MX": "CURP",
            "IT": "Codice fiscale", "NL": "BSN", "PT": "NIF", "BR": "CPF", "PL": "PESEL", "SE": "Personnummer",
            "CZ": "Rodné číslo", "GR": "ΑΜΚΑ", "TR": "T.C. Kimlik No", "RU": "СНИЛС", "JP": "マイナンバー",
            "KR": "주민등록번호", "CN": "身份证号", "IL": "ת\"ז", "EG": "الرقم القومي", "VN": "Số CCCD", "ID": "NIK"}

# ====================================================================== request lines
RK = "check appeal summary table translate reply explain fix".split()
REQ = {
    "en": ["Can you check this before I send it to the insurer? Anything missing or inconsistent?",
           "They turned my claim down. Help me write a firm but polite appeal.",
           "Summarise this for the claim file in five bullet points, with next steps.",
           "Turn this into a clean table, one row per person.",
           "Tidy up the wording so it reads like a proper statement, keep every fact.",
           "Draft a short, polite reply to this.",
           "What does this actually mean for me, and what should I do next?",
           "Why does this keep failing since the weekend? Walk me through it."],
    "de": ["Kannst du das prüfen, bevor ich es an die Versicherung schicke? Fehlt etwas?",
           "Die Versicherung hat abgelehnt. Hilf mir bitte, einen sachlichen Widerspruch zu formulieren.",
           "Fass das bitte für die Schadenakte in fünf Stichpunkten zusammen, mit nächsten Schritten.",
           "Mach daraus bitte eine saubere Tabelle, eine Zeile pro Person.",
           "Formulier das bitte ordentlich aus, aber lass alle Fakten drin.",
           "Schreib mir bitte eine kurze, höfliche Antwort darauf.",
           "Was heißt das konkret für mich und was muss ich jetzt tun?",
           "Warum schlägt die Schnittstelle seit Montag fehl? Erklär mir das Schritt für Schritt."],
    "fr": ["Tu peux relire ça avant que je l'envoie à l'assureur ? Il manque quelque chose ?",
           "Mon assureur refuse la prise en charge. Aide-moi à rédiger une contestation ferme mais polie.",
           "Résume ça pour le dossier sinistre en cinq points, avec les prochaines étapes.",
           "Mets-moi ça dans un tableau propre, une ligne par personne.",
           "Reformule proprement, sans perdre aucun fait.",
           "Rédige une réponse courte et polie.",
           "Qu'est-ce que ça veut dire pour moi, concrètement, et que dois-je faire ?",
           "Pourquoi l'intégration plante depuis ce matin ? Explique-moi pas à pas."],
    "es": ["¿Me lo revisas antes de mandarlo a la aseguradora? ¿Falta algo?",
           "Me han rechazado el siniestro. Ayúdame a redactar una reclamación firme pero educada.",
           "Resúmelo para el expediente en cinco puntos, con los siguientes pasos.",
           "Pásalo a una tabla limpia, una fila por persona.",
           "Redáctalo mejor sin quitar ningún dato.",
           "Escríbeme una respuesta breve y educada.",
           "¿Qué significa esto para mí y qué tengo que hacer ahora?",
           "¿Por qué falla la integración desde el lunes? Explícamelo paso a paso."],
    "it": ["Puoi controllarlo prima che lo mandi alla compagnia? Manca qualcosa?",
           "Mi hanno respinto il sinistro. Aiutami a scrivere un reclamo fermo ma cortese.",
           "Riassumilo per il fascicolo in cinque punti, con i prossimi passi.",
           "Mettilo in una tabella pulita, una riga per persona.",
           "Riscrivilo in modo ordinato senza togliere nessun fatto.",
           "Scrivimi una risposta breve e cortese.",
           "Cosa significa per me, in pratica, e cosa devo fare adesso?",
           "Perché l'integrazione fallisce da lunedì? Spiegamelo passo per passo."],
    "nl": ["Kun je dit nakijken voordat ik het naar de verzekeraar stuur? Mist er iets?",
           "Mijn claim is afgewezen. Help me een stevig maar beleefd bezwaar te schrijven.",
           "Vat dit samen voor het schadedossier in vijf punten, met vervolgstappen.",
           "Zet dit in een nette tabel, één rij per persoon.",
           "Herschrijf dit netjes, maar laat alle feiten staan.",
           "Schrijf een kort, beleefd antwoord hierop.",
           "Wat betekent dit concreet voor mij en wat moet ik nu doen?",
           "Waarom faalt de koppeling sinds maandag? Leg het stap voor stap uit."],
    "pt": ["Podes rever isto antes de eu enviar à seguradora? Falta alguma coisa?",
           "Recusaram o meu sinistro. Ajuda-me a escrever uma reclamação firme mas educada.",
           "Resume isto para o processo em cinco pontos, com os próximos passos.",
           "Põe isto numa tabela limpa, uma linha por pessoa.",
           "Reescreve isto de forma correta sem perder nenhum facto.",
           "Escreve uma resposta curta e educada.",
           "O que é que isto significa para mim e o que devo fazer agora?",
           "Por que é que a integração falha desde segunda? Explica-me passo a passo."],
    "pl": ["Możesz to sprawdzić, zanim wyślę do ubezpieczyciela? Czegoś brakuje?",
           "Odmówili wypłaty odszkodowania. Pomóż mi napisać stanowcze, ale grzeczne odwołanie.",
           "Streść to do akt szkody w pięciu punktach, z kolejnymi krokami.",
           "Zrób z tego czytelną tabelę, jeden wiersz na osobę.",
           "Przeredaguj to porządnie, ale zostaw wszystkie fakty.",
           "Napisz krótką, uprzejmą odpowiedź.",
           "Co to dla mnie oznacza i co mam teraz zrobić?",
           "Dlaczego integracja wywala się od poniedziałku? Wyjaśnij krok po kroku."],
    "sv": ["Kan du kolla det här innan jag skickar det till försäkringsbolaget? Saknas något?",
           "De har avslagit min skadeanmälan. Hjälp mig skriva en saklig överklagan.",
           "Sammanfatta det här för skadeakten i fem punkter, med nästa steg.",
           "Gör om det till en snygg tabell, en rad per person.",
           "Skriv om det ordentligt men behåll alla fakta.",
           "Skriv ett kort och artigt svar.",
           "Vad betyder det här för mig och vad ska jag göra nu?",
           "Varför misslyckas integrationen sedan i måndags? Förklara steg för steg."],
    "cs": ["Můžeš to zkontrolovat, než to pošlu pojišťovně? Chybí tam něco?",
           "Pojišťovna plnění zamítla. Pomoz mi napsat věcné, ale důrazné odvolání.",
           "Shrň to do spisu v pěti bodech i s dalšími kroky.",
           "Udělej z toho přehlednou tabulku, jeden řádek na osobu.",
           "Přepiš to pořádně, ale zachovej všechna fakta.",
           "Napiš krátkou a zdvořilou odpověď.",
           "Co to pro mě znamená a co mám teď udělat?",
           "Proč integrace od pondělí padá? Vysvětli mi to krok za krokem."],
    "el": ["Μπορείς να το ελέγξεις πριν το στείλω στην ασφαλιστική; Λείπει κάτι;",
           "Απέρριψαν την αποζημίωση. Βοήθησέ με να γράψω μια ευγενική αλλά σταθερή ένσταση.",
           "Κάνε μου μια περίληψη σε πέντε σημεία για τον φάκελο, με τα επόμενα βήματα.",
           "Βάλ' το σε έναν καθαρό πίνακα, μία γραμμή ανά άτομο.",
           "Ξαναγράψ' το σωστά χωρίς να χαθεί κανένα στοιχείο.",
           "Γράψε μια σύντομη, ευγενική απάντηση.",
           "Τι σημαίνει αυτό για μένα και τι πρέπει να κάνω τώρα;",
           "Γιατί αποτυγχάνει η διασύνδεση από τη Δευτέρα; Εξήγησέ το βήμα βήμα."],
    "tr": ["Sigortaya göndermeden önce kontrol eder misin? Eksik bir şey var mı?",
           "Hasar talebimi reddettiler. Kibar ama net bir itiraz yazmama yardım et.",
           "Bunu dosya için beş maddede özetle, sonraki adımlarla birlikte.",
           "Bunu düzgün bir tabloya çevir, her kişi bir satır.",
           "Bunu düzgünce yeniden yaz ama hiçbir bilgiyi çıkarma.",
           "Kısa ve nazik bir cevap yaz.",
           "Bu benim için ne anlama geliyor, şimdi ne yapmalıyım?",
           "Entegrasyon pazartesiden beri neden hata veriyor? Adım adım anlat."],
    "ru": ["Проверь, пожалуйста, перед отправкой в страховую. Ничего не упустил?",
           "Мне отказали в выплате. Помоги составить твёрдую, но вежливую претензию.",
           "Сделай краткое резюме для дела в пяти пунктах, с дальнейшими шагами.",
           "Сведи это в аккуратную таблицу, по строке на человека.",
           "Перепиши это грамотно, но сохрани все факты.",
           "Напиши короткий вежливый ответ.",
           "Что это значит для меня и что мне теперь делать?",
           "Почему интеграция падает с понедельника? Объясни по шагам."],
    "ja": ["保険会社に送る前に確認してもらえますか？抜けや矛盾はありますか？",
           "保険金の支払いを断られました。丁寧だけどはっきりした異議申立書を一緒に作ってください。",
           "事故ファイル用に5つの要点でまとめて、次にやることも書いてください。",
           "これを1人1行のきれいな表にしてください。",
           "事実はそのままで、きちんとした文章に直してください。",
           "短くて丁寧な返信を書いてください。",
           "これは私にとってどういう意味ですか？次に何をすればいいですか？",
           "月曜日から連携が失敗し続けています。原因を順を追って説明してください。"],
    "ko": ["보험사에 보내기 전에 확인해 줄래? 빠진 거 있어?",
           "보험금 지급을 거절당했어. 정중하지만 단호한 이의신청서 써 줘.",
           "사고 파일용으로 다섯 줄 요약하고 다음 단계도 적어 줘.",
           "한 사람당 한 줄로 깔끔한 표로 정리해 줘.",
           "사실은 그대로 두고 문장만 제대로 다듬어 줘.",
           "짧고 정중한 답장 써 줘.",
           "이게 나한테 무슨 뜻이고 이제 뭘 해야 해?",
           "월요일부터 연동이 계속 실패해. 원인을 단계별로 설명해 줘."],
    "zh": ["发给保险公司之前帮我检查一下，有没有漏填或前后矛盾的地方？",
           "理赔被拒了，帮我写一份语气礼貌但态度坚定的申诉。",
           "帮我整理成五条要点放进理赔档案，并写出下一步。",
           "帮我整理成表格，每人一行。",
           "帮我把文字理顺，但事实一个都不要删。",
           "帮我写一封简短、礼貌的回复。",
           "这对我意味着什么？我接下来该怎么做？",
           "接口从周一开始一直报错，帮我一步步分析原因。"],
    "hi": ["इंश्योरेंस कंपनी को भेजने से पहले इसे चेक कर दो, कुछ छूटा तो नहीं?",
           "मेरा क्लेम रिजेक्ट हो गया है। एक विनम्र लेकिन सख़्त अपील लिखने में मदद करो।",
           "क्लेम फ़ाइल के लिए इसे पाँच पॉइंट में समेट दो, आगे के कदम भी लिखो।",
           "इसे साफ़ टेबल में बदल दो, हर व्यक्ति की एक लाइन।",
           "इसे ठीक से दोबारा लिखो, कोई तथ्य मत हटाना।",
           "इसका छोटा और विनम्र जवाब लिख दो।",
           "इसका मेरे लिए क्या मतलब है और अब मुझे क्या करना चाहिए?",
           "सोमवार से इंटीग्रेशन बार-बार फेल हो रहा है, कदम-दर-कदम समझाओ।"],
    "he": ["תוכל לבדוק את זה לפני שאני שולח לחברת הביטוח? חסר משהו?",
           "דחו לי את התביעה. תעזור לי לנסח ערעור מנומס אבל תקיף.",
           "תסכם את זה לתיק התביעה בחמש נקודות, עם הצעדים הבאים.",
           "תסדר את זה בטבלה נקייה, שורה לכל אדם.",
           "תנסח את זה מחדש כמו שצריך, בלי להוריד אף עובדה.",
           "תכתוב תשובה קצרה ומנומסת.",
           "מה זה אומר בשבילי ומה אני צריך לעשות עכשיו?",
           "למה הממשק נכשל מאז יום שני? תסביר שלב אחרי שלב."],
    "ar": ["ممكن تراجع هذا قبل ما أرسله لشركة التأمين؟ هل ينقصه شيء؟",
           "رفضوا المطالبة. ساعدني أكتب تظلماً مهذباً لكن حازماً.",
           "لخّص هذا لملف المطالبة في خمس نقاط مع الخطوات التالية.",
           "حوّل هذا إلى جدول مرتب، صف لكل شخص.",
           "أعد صياغة هذا بشكل سليم دون حذف أي معلومة.",
           "اكتب رداً قصيراً ومهذباً.",
           "ماذا يعني هذا بالنسبة لي وماذا أفعل الآن؟",
           "لماذا يفشل الربط منذ يوم الاثنين؟ اشرح لي خطوة بخطوة."],
    "vi": ["Bạn kiểm tra giúp mình trước khi gửi cho công ty bảo hiểm nhé, có thiếu gì không?",
           "Họ từ chối bồi thường. Giúp mình viết đơn khiếu nại lịch sự nhưng dứt khoát.",
           "Tóm tắt giúp mình thành năm ý cho hồ sơ, kèm các bước tiếp theo.",
           "Chuyển cái này thành bảng gọn gàng, mỗi người một dòng.",
           "Viết lại cho mạch lạc nhưng giữ nguyên mọi chi tiết.",
           "Viết giúp mình một câu trả lời ngắn, lịch sự.",
           "Cái này có nghĩa là gì với mình và giờ mình phải làm gì?",
           "Sao kết nối bị lỗi từ thứ Hai? Giải thích từng bước giúp mình."],
    "id": ["Tolong cek dulu sebelum saya kirim ke asuransi, ada yang kurang?",
           "Klaim saya ditolak. Bantu saya menulis banding yang sopan tapi tegas.",
           "Ringkas ini untuk berkas klaim dalam lima poin, beserta langkah berikutnya.",
           "Ubah ini jadi tabel rapi, satu baris per orang.",
           "Tulis ulang dengan rapi tanpa menghilangkan fakta apa pun.",
           "Buatkan balasan singkat dan sopan.",
           "Apa artinya ini buat saya dan apa yang harus saya lakukan sekarang?",
           "Kenapa integrasinya gagal terus sejak Senin? Jelaskan langkah demi langkah."],
}
REQ = {k: dict(zip(RK, v)) for k, v in REQ.items()}


def wrap_req(R, lang, kind, body):
    """A request line in the language before or after the paste."""
    q = REQ[lang][kind]
    k = R.randint(0, 4)
    if k == 0:
        return [q + "\n\n", body]
    if k == 1:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 2:
        return [body, "\n\n---\n" + q]
    if k == 3:
        return [q + "\n---\n", body]
    return [body, "\n\n" + q]


# ====================================================================== organisations (fictional)
# (name, domain, address, hotline, registration/licence, claims mailbox local)
INSURERS = {
    "US": ("Granite Prairie Casualty Co.", "graniteprairie-ins.com", "4100 Commerce Plaza, Suite 900, Des Moines, IA 50309", "1-800-555-0134", "NAIC 31842", "claims"),
    "GB": ("Wyvernfield Insurance plc", "wyvernfield.co.uk", "Wyvernfield House, 12 Corn Exchange Street, Leeds LS1 7BP", "0800 047 1190", "FCA FRN 204871, registered in England No. 03398217", "claims"),
    "IN": ("Suraksha Kavach General Insurance Ltd", "surakshakavach.co.in", "Kavach Bhavan, 7th Floor, Bandra Kurla Complex, Mumbai 400051", "1800 266 4411", "IRDAI Reg. No. 172, CIN U66010MH2009PLC193771", "claims"),
    "DE": ("Lindwurm Versicherung AG", "lindwurm-versicherung.de", "Lindwurmhof 1, 80337 München", "0800 444 0370", "HRB 188204, BaFin-ID 5471", "schaden"),
    "AT": ("Donauhort Versicherung AG", "donauhort.at", "Donauhortplatz 3, 1020 Wien", "0800 221 170", "FN 402117 s, FMA-Reg. 1049", "schaden"),
    "FR": ("Mutuelle du Vercors Assurances", "vercors-assurances.fr", "14 quai des Papeteries, 38000 Grenoble", "09 70 80 12 40", "ACPR 4021, RCS Grenoble 402 118 774", "sinistres"),
    "BE": ("Assurances Meuse-Ardenne SA", "meuse-ardenne.be", "Place des Bateliers 9, 5000 Namur", "081 40 60 00", "BNB 2917, BCE 0412.776.118", "sinistres"),
    "ES": ("Seguros Alcotán S.A.", "segurosalcotan.es", "Paseo de la Castellana 201, 28046 Madrid", "900 102 775", "DGSFP C-0814, CIF A28117450", "siniestros"),
    "MX": ("Seguros Cenzontle S.A. de C.V.", "cenzontle.com.mx", "Av. Insurgentes Sur 1700, Piso 12, 01030 Ciudad de México", "800 712 4400", "CNSF 0417, RFC SCE950412AB3", "siniestros"),
    "IT": ("Assicurazioni Castelrupe S.p.A.", "castelrupe.it", "Corso di Porta Nuova 18, 20121 Milano", "800 118 944", "IVASS Albo imprese 1.00147, P. IVA 04117720961", "sinistri"),
    "NL": ("Kraanvogel Verzekeringen N.V.", "kraanvogel.nl", "Stationsplein 40, 3511 ED Utrecht", "0800 022 4411", "AFM 12000417, KvK 30114477", "schade"),
    "PT": ("Seguradora Atlântida Norte S.A.", "atlantidanorte.pt", "Avenida da Boavista 1200, 4100-113 Porto", "800 204 117", "ASF 1147, NIPC 504 117 220", "sinistros"),
    "BR": ("Seguradora Ipê Amarelo S.A.", "ipeamarelo.com.br", "Av. Paulista 1900, 14º andar, Bela Vista, São Paulo - SP, 01310-200", "0800 770 4411", "SUSEP 04171, CNPJ 11.417.720/0001-39", "sinistros"),
    "PL": ("TU Bocian Biały S.A.", "tu-bocian.pl", "ul. Prosta 70, 00-838 Warszawa", "801 100 417", "KRS 0000204117, KNF nr 417", "szkody"),
    "SE": ("Försäkrings AB Tjäder", "tjader.se", "Vasagatan 44, 111 20 Stockholm", "0771-41 70 00", "Org.nr 516401-4172, FI 41170", "skador"),
    "CZ": ("Pojišťovna Vltavín a.s.", "vltavin.cz", "Na Poříčí 1040, 110 00 Praha 1", "800 417 417", "IČO 41772011, ČNB 4177", "skody"),
    "GR": ("Αλκυών Ασφαλιστική Α.Ε.", "alkyon-insurance.gr", "Λεωφόρος Συγγρού 190, 176 71 Καλλιθέα", "801 11 41700", "ΑΡ.Γ.Ε.ΜΗ. 004117201000, ΑΦΜ εταιρείας 094117722", "claims"),
    "TR": ("Martı Sigorta A.Ş.", "martisigorta.com.tr", "Büyükdere Cad. No: 171, 34394 Şişli/İstanbul", "0850 417 17 17", "Ticaret Sicil No 417220, SEDDK 0417", "hasar"),
    "RU": ("СК «Северная Пристань»", "sev-pristan.ru", "125047, г. Москва, ул. Лесная, д. 41", "8 800 417-17-17", "Лицензия ЦБ РФ СИ № 4172, ОГРН 1027704117723", "claims"),
    "JP": ("さくら草損害保険株式会社", "sakurasou-sonpo.co.jp", "〒100-0005 東京都千代田区丸の内2-4-1", "0120-417-170", "金融庁登録 関東財務局 第417号", "jiko"),
    "KR": ("늘솔손해보험(주)", "neulsol.co.kr", "서울특별시 중구 세종대로 41", "1588-4170", "사업자등록번호 104-81-41772", "claim"),
    "CN": ("华岳财产保险股份有限公司", "huayue-pc.cn", "上海市浦东新区世纪大道417号", "95417", "统一社会信用代码 91310000MA1FL4172X", "claim"),
    "IL": ("שקד ביטוח בע\"מ", "shaked-ins.co.il", "דרך מנחם בגין 144, תל אביב", "*4170", "ח.פ. 520041772", "claims"),
    "EG": ("شركة النخلة الذهبية للتأمين", "nakhla-ins.com.eg", "٢٢ شارع طلعت حرب، وسط البلد، القاهرة", "19417", "سجل تجاري ٤١٧٢٢", "claims"),
    "VN": ("Bảo hiểm Sông Lam", "songlam-ins.vn", "Tòa nhà Sông Lam, 41 Lý Thái Tổ, Hoàn Kiếm, Hà Nội", "1900 4170", "Giấy phép 41/GP/KDBH", "boithuong"),
    "ID": ("PT Asuransi Cendrawasih", "cendrawasih-insurance.co.id", "Jl. Jend. Sudirman Kav. 41, Jakarta 10220", "1500 417", "Izin OJK KEP-417/NB.11/2014", "klaim"),
}
BROKERS = {
    "GB": ("Coldharbour Brokers Ltd", "coldharbour-brokers.co.uk"), "US": ("Bellwether Risk Partners LLC", "bellwether-risk.com"),
    "DE": ("Sturmvogel Versicherungsmakler GmbH", "sturmvogel-makler.de"), "FR": ("Cabinet Ardoise Courtage", "ardoise-courtage.fr"),
    "ES": ("Correduría Faro del Sur S.L.", "farodelsur.es"), "IT": ("Broker Lanterna S.r.l.", "lanternabroker.it"),
    "NL": ("Vuurtoren Assurantiën B.V.", "vuurtoren-assurantien.nl"), "PL": ("Kotwica Brokers Sp. z o.o.", "kotwicabrokers.pl"),
    "BR": ("Âncora Corretora de Seguros Ltda.", "ancoracorretora.com.br"), "IN": ("Setu Insurance Brokers Pvt Ltd", "setubrokers.in"),
}
ADJUSTERS = {"GB": ("Kestrelmoor Loss Adjusters", "kestrelmoor-la.co.uk"), "DE": ("Schadenwerk Regulierung GmbH", "schadenwerk.de"),
             "FR": ("Cabinet d'expertise Ravel-Sud", "ravelsud-expertise.fr"), "ES": ("Peritaciones Albarrada S.L.", "albarrada-peritos.es"),
             "IT": ("Studio Peritale Serravalle", "serravalle-periti.it"), "NL": ("Expertisebureau Zandplaat", "zandplaat-expertise.nl"),
             "US": ("Fieldstone Adjusting Services", "fieldstone-adj.com")}
GARAGES = {
    "GB": ("Millrace Motors Ltd", "Unit 4, Sawpit Industrial Estate, Kendal Road, Penrith CA11 9BQ", "01768 890 400", "VAT GB 417 2290 13"),
    "US": ("Cedar Flats Collision Center", "2250 Industrial Pkwy, Flagstaff, AZ 86004", "(928) 555-0187", "EIN 86-4172290"),
    "DE": ("Autohaus Kranichfeld GmbH", "Gewerbering 17, 37081 Göttingen", "0551 49 41 70", "USt-IdNr. DE417229013"),
    "AT": ("KFZ Talblick GmbH", "Industriestraße 12, 4400 Steyr", "07252 417 17", "UID ATU41722901"),
    "FR": ("Garage des Tilleuls SARL", "ZA du Pré Long, 16340 L'Isle-d'Espagnac", "05 45 41 70 17", "SIRET 417 229 013 00017"),
    "BE": ("Carrosserie du Bocq SRL", "Rue de l'Industrie 8, 5530 Yvoir", "082 41 70 17", "TVA BE0417.229.013"),
    "ES": ("Talleres Rocas Rojas S.L.", "Polígono La Estrella, nave 7, 42005 Soria", "975 41 70 17", "CIF B42172290"),
    "IT": ("Carrozzeria Val Tanaro S.n.c.", "Via dell'Artigianato 22, 12100 Cuneo (CN)", "0171 417017", "P. IVA 04172290041"),
    "NL": ("Autoschade Polderzicht B.V.", "Industrieweg 31, 7202 CA Zutphen", "0575 417 170", "btw NL417229013B01"),
    "PT": ("Oficina Ribacôa Lda.", "Zona Industrial, Lote 14, 6300-625 Guarda", "271 417 017", "NIPC 514172290"),
    "BR": ("Funilaria Serra Azul Ltda.", "Rod. Celso Garcia Cid, km 4, Londrina - PR, 86050-000", "(43) 3041-7017", "CNPJ 41.722.901/0001-37"),
    "PL": ("Blacharstwo Nad Wisłą Sp. z o.o.", "ul. Przemysłowa 9, 09-400 Płock", "24 417 01 70", "NIP 774-172-29-01"),
    "SE": ("Bilverkstad Granudden AB", "Verkstadsvägen 4, 831 48 Östersund", "063-41 70 17", "Org.nr 556417-2290"),
    "CZ": ("Autoservis Pod Lesem s.r.o.", "Průmyslová 14, 586 01 Jihlava", "567 417 017", "IČO 41722901"),
}
BUILDERS = {"GB": ("Tarnside Building & Drying Ltd", "Unit 9, Flaxmill Yard, Hexham NE46 3RT", "01434 417 290"),
            "DE": ("Trockenbau Elstertal GmbH", "Am Bauhof 4, 99427 Weimar", "03643 41 72 90"),
            "FR": ("Assèchement Pyrène SAS", "ZI des Granges, 24750 Trélissac", "05 53 41 72 90"),
            "NL": ("Lekdetectie Waterhoek B.V.", "Ambachtsweg 12, 9404 LB Assen", "0592 417 290"),
            "ES": ("Reformas Atalaya S.L.", "Calle Industria 5, 16004 Cuenca", "969 41 72 90"),
            "IT": ("Edilizia Pietragrande S.r.l.", "Via delle Industrie 40, 45100 Rovigo (RO)", "0425 417290"),
            "US": ("Ironwood Restoration Inc.", "910 Foundry St, Duluth, MN 55802", "(218) 555-0166")}


# ====================================================================== look-alikes
UPL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def policy_no(R, cc):
    k = R.randint(0, 5)
    if k == 0:
        v = "%s-%s-%s" % (rnd(R, UPL, 3), digits(R, 6), digits(R, 2))
    elif k == 1:
        v = "%s%s/%s" % (rnd(R, UPL, 2), digits(R, 8), digits(R, 3))
    elif k == 2:
        v = "%d.%03d.%03d.%d" % (R.randint(300, 999), R.randint(0, 999), R.randint(0, 999), R.randint(1, 9))
    elif k == 3:
        v = "P%s-%s" % (digits(R, 4), digits(R, 7))
    elif k == 4:
        v = nonluhn(R, 12)
    else:
        v = "%s %s %s" % (rnd(R, UPL, 1) + digits(R, 3), digits(R, 4), digits(R, 3))
    return N(v, "policy_number")


def claim_no(R, cc):
    y = R.choice([2024, 2025, 2026])
    k = R.randint(0, 4)
    if k == 0:
        v = "CLM-%d-%06d" % (y, R.randint(0, 999999))
    elif k == 1:
        v = "%d/%s/%s" % (y, rnd(R, UPL, 2), digits(R, 6))
    elif k == 2:
        v = "S%s%s" % (str(y)[2:], digits(R, 8))
    elif k == 3:
        v = "%s-%s" % (digits(R, 5), rnd(R, UPL, 1) + digits(R, 4))
    else:
        v = "%d%s" % (y, digits(R, 7))
    return N(v, "claim_number")


def police_ref(R, cc):
    y = R.choice([2025, 2026])
    v = {"GB": "CRI-%s/%d" % (digits(R, 5), y % 100), "US": "Case #%d-%s" % (y % 100, digits(R, 6)),
         "DE": "%s Js %s/%d" % (digits(R, 3), digits(R, 5), y % 100), "AT": "GZ %s/%d" % (digits(R, 6), y),
         "FR": "PV n° %d/%s" % (y, digits(R, 5)), "BE": "PV %s/%d" % (digits(R, 6), y % 100),
         "ES": "Atestado %s/%d" % (digits(R, 4), y), "IT": "Verbale %s/%d" % (digits(R, 5), y),
         "NL": "PL%s-%s" % (digits(R, 4), digits(R, 7)), "PL": "RSD-%s/%d" % (digits(R, 5), y % 100),
         "CZ": "KRPJ-%s-%s/TČ-%d" % (digits(R, 5), digits(R, 1), y),
         "RU": "№ %s" % digits(R, 7), "JP": "第%s号" % digits(R, 5), "KR": "%d-%s" % (y, digits(R, 6)),
         "CN": "公交认字[%d]第%s号" % (y, digits(R, 5)), "TR": "%d/%s" % (y, digits(R, 5))}.get(cc)
    if v is None:
        v = "%s/%d/%s" % (rnd(R, UPL, 2), y, digits(R, 5))
    return N(v, "police_reference")


def plate(R, cc):
    L2 = lambda n: rnd(R, UPL, n)  # noqa: E731
    v = {"GB": lambda: "%s%02d %s" % (L2(2), R.choice([22, 24, 71, 73, 19, 68]), L2(3)),
         "US": lambda: "%d%s%03d" % (R.randint(4, 9), L2(3), R.randint(0, 999)),
         "IN": lambda: "MH %02d %s %04d" % (R.randint(1, 48), L2(2), R.randint(1, 9999)),
         "DE": lambda: "%s-%s %d" % (R.choice(["BA", "GÖ", "CE", "WE", "PA", "TÜ", "MI", "FD"]), L2(2), R.randint(1, 9999)),
         "AT": lambda: "%s-%d%s" % (R.choice(["LE", "WL", "KR", "DO", "VI", "SR"]), R.randint(100, 99999), L2(1)),
         "FR": lambda: "%s-%03d-%s" % (L2(2), R.randint(1, 999), L2(2)),
         "BE": lambda: "1-%s-%03d" % (L2(3), R.randint(1, 999)),
         "ES": lambda: "%04d %s" % (R.randint(0, 9999), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
         "MX": lambda: "%s-%03d-%s" % (L2(3), R.randint(0, 999), L2(1)),
         "IT": lambda: "%s %03d %s" % (L2(2), R.randint(0, 999), L2(2)),
         "NL": lambda: "%d-%s-%02d" % (R.randint(1, 9), L2(3), R.randint(1, 99)),
         "PT": lambda: "%s-%02d-%s" % (L2(2), R.randint(1, 99), L2(2)),
         "BR": lambda: "%s%d%s%02d" % (L2(3), R.randint(0, 9), L2(1), R.randint(0, 99)),
         "PL": lambda: "%s %05d" % (R.choice(["KT", "FZ", "WPL", "PK", "NE", "DL"]), R.randint(0, 99999)),
         "SE": lambda: "%s %02d%s" % (L2(3), R.randint(0, 99), L2(1)),
         "CZ": lambda: "%d%s %04d" % (R.randint(1, 9), R.choice(["J", "C", "S", "Z"]) + L2(1), R.randint(0, 9999)),
         "GR": lambda: "%s-%04d" % (R.choice(["ΡΙΒ", "ΙΟΕ", "ΚΜΖ", "ΧΝΑ", "ΒΟΡ"]), R.randint(1000, 9999)),
         "TR": lambda: "%s %s %d" % (R.choice(["26", "38", "20", "61", "10"]), L2(R.choice([2, 3])), R.randint(10, 999)),
         "RU": lambda: "%s%03d%s %s" % (R.choice("АВЕКМНОРСТУХ"), R.randint(1, 999), R.choice("АВЕКМНОРСТУХ") + R.choice("АВЕКМНОРСТУХ"), R.choice(["35", "69", "40", "58", "44"])),
         "JP": lambda: "%s %d %s %02d-%02d" % (R.choice(["川越", "浜松", "三重", "倉敷", "金沢"]), R.randint(300, 599), R.choice("さすせそたちつてとなにぬねの"), R.randint(1, 99), R.randint(1, 99)),
         "KR": lambda: "%d%s %04d" % (R.randint(10, 399), R.choice("가나다라마거너더러머고노도로모"), R.randint(1000, 9999)),
         "CN": lambda: "%s%s·%s" % (R.choice(["苏", "浙", "湘", "川"]), R.choice("ABCDEF"), rnd(R, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 5)),
         "IL": lambda: "%02d-%03d-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 99)),
         "EG": lambda: "%s %s" % (" ".join(R.sample("أبجدرسصطعفقلمنهوى", 3)), str(R.randint(100, 9999)).translate(AR_DIG)),
         "VN": lambda: "%d%s-%03d.%02d" % (R.choice([51, 29, 43, 30]), R.choice("ABCDEFGH"), R.randint(0, 999), R.randint(0, 99)),
         "ID": lambda: "%s %d %s" % (R.choice(["B", "D", "H", "AB", "L"]), R.randint(1, 9999), L2(R.choice([2, 3])))}[cc]()
    return N(v, "plate")


VIN_TR = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
          "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMI = ["WVW", "WBA", "WDD", "VF1", "VF3", "ZFA", "SAL", "YV1", "TMB", "JTD", "KMH", "1FA", "2HG", "3VW", "9BW",
       "LSV", "NMT", "VSS", "SJN", "WAU"]


def vin(R):
    body = R.choice(WMI) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5) + "0" + rnd(R, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + \
        rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 1) + digits(R, 6)
    s = sum(VIN_TR[c] * w for c, w in zip(body, VIN_W)) % 11
    v = body[:8] + ("X" if s == 10 else str(s)) + body[9:]
    return N(v, "vin")


CUR = {"US": ("$%s", ",", "."), "GB": ("£%s", ",", "."), "IN": ("₹%s", ",", "."), "DE": ("%s\u00a0€", ".", ","),
       "AT": ("€ %s", ".", ","), "FR": ("%s\u00a0€", "\u202f", ","), "BE": ("%s €", ".", ","), "ES": ("%s €", ".", ","),
       "MX": ("$%s MXN", ",", "."), "IT": ("€ %s", ".", ","), "NL": ("€ %s", ".", ","), "PT": ("%s €", " ", ","),
       "BR": ("R$ %s", ".", ","), "PL": ("%s zł", " ", ","), "SE": ("%s kr", " ", ","), "CZ": ("%s Kč", " ", ","),
       "GR": ("%s €", ".", ","), "TR": ("%s TL", ".", ","), "RU": ("%s\u00a0₽", " ", ","), "JP": ("%s円", ",", None),
       "KR": ("%s원", ",", None), "CN": ("%s元", ",", "."), "IL": ("₪%s", ",", "."), "EG": ("%s ج.م", ",", "."),
       "VN": ("%s đ", ".", None), "ID": ("Rp%s", ".", ",")}


def amount(R, cc, lo=80, hi=9000, tag="amount"):
    fmt, th, dec = CUR[cc]
    mult = {"JP": 150, "KR": 1400, "VN": 25000, "ID": 16000, "IN": 85, "RU": 95, "TR": 35, "CZ": 25, "SE": 11,
            "MX": 18, "BR": 5, "EG": 48, "CN": 7, "PL": 4}.get(cc, 1)
    v = R.randint(lo, hi) * mult
    s = "{:,}".format(v).replace(",", th)
    if dec:
        s += dec + "%02d" % R.choice([0, 0, 50, R.randint(1, 99)])
    return N(fmt % s, tag)


def ref(R, prefix, n=6, tag="reference"):
    return N(prefix + digits(R, n), tag)


def idate(R, cc, tag="incident_date", year=None):
    return N(other_date(R, cc, year=year), tag)


ROLE_LOCALS = {"claims", "schaden", "sinistres", "siniestros", "sinistri", "schade", "sinistros", "szkody", "skador",
               "skody", "hasar", "jiko", "claim", "klaim", "boithuong", "noreply", "no-reply", "service", "kundenservice",
               "info", "renewals", "support", "broker", "portal", "security", "fraud", "siu", "mandats", "lastschrift",
               "dd", "servicio", "assistenza", "klantenservice", "atendimento", "obsluga", "kundtjanst", "podpora",
               "contact", "kontakt", "help", "hello", "accounts", "billing", "reparaturen", "werkstatt", "atelier",
               "taller", "officina", "garage", "estimates", "ops", "alerts", "it-ops", "integration", "apisupport",
               "expertise", "peritos", "periti", "adjusting", "expertises", "regulierung", "vertrag"}


# ====================================================================== short incident texts per language
WHAT = {
    "en": ["Stationary at the lights, hit from behind by the other car; rear bumper and tailgate pushed in.",
           "Pipe under the kitchen sink burst overnight; water through the ceiling of the room below."],
    "de": ["Stand an der Ampel, der Unfallgegner ist hinten aufgefahren; Stoßfänger und Heckklappe eingedrückt.",
           "Nachts ist die Leitung unter der Küchenspüle geplatzt, Wasser ist durch die Decke ins Erdgeschoss gelaufen."],
    "fr": ["À l'arrêt au feu rouge, percuté à l'arrière par le véhicule tiers ; pare-chocs et hayon enfoncés.",
           "Rupture de canalisation sous l'évier pendant la nuit, dégât des eaux au plafond du séjour en dessous."],
    "es": ["Parado en el semáforo, el otro vehículo me golpeó por detrás; paragolpes y portón trasero hundidos.",
           "Se rompió la tubería bajo el fregadero durante la noche; el agua pasó al techo del piso de abajo."],
    "it": ["Fermo al semaforo, tamponato dal veicolo di controparte; paraurti e portellone posteriore danneggiati.",
           "Rottura del tubo sotto il lavello durante la notte, infiltrazione nel soffitto dell'appartamento sotto."],
    "nl": ["Stond stil voor het stoplicht, de tegenpartij reed achterop; bumper en achterklep ingedeukt.",
           "'s Nachts is de leiding onder het aanrecht gesprongen, water door het plafond van de benedenverdieping."],
    "pt": ["Parado no semáforo, fui embatido por trás pelo outro veículo; para-choques e porta da bagageira amolgados.",
           "Rebentou o cano debaixo do lava-loiça durante a noite; a água passou para o teto do andar de baixo."],
    "pl": ["Stałem na światłach, sprawca wjechał mi w tył; zderzak i klapa bagażnika wgniecione.",
           "W nocy pękła rura pod zlewem, woda przeciekła przez sufit do mieszkania poniżej."],
    "sv": ["Stod still vid rödljus när motparten körde på bakifrån; stötfångare och baklucka intryckta.",
           "Röret under diskbänken sprack under natten och vattnet rann genom taket till våningen under."],
    "cs": ["Stál jsem na červenou, viník do mě narazil zezadu; nárazník a víko kufru promáčknuté.",
           "V noci praskla trubka pod dřezem, voda protekla stropem do bytu pod námi."],
    "el": ["Ήμουν σταματημένος στο φανάρι και το άλλο όχημα με χτύπησε από πίσω· προφυλακτήρας και πορτ-μπαγκάζ χτυπημένα.",
           "Τη νύχτα έσπασε ο σωλήνας κάτω από τον νεροχύτη και το νερό πέρασε στο ταβάνι του κάτω ορόφου."],
    "tr": ["Kırmızı ışıkta beklerken karşı taraf arkadan çarptı; tampon ve bagaj kapağı göçtü.",
           "Gece mutfak lavabosunun altındaki boru patladı, su alt kattaki dairenin tavanına geçti."],
    "ru": ["Стоял на светофоре, второй участник въехал сзади; бампер и крышка багажника вмяты.",
           "Ночью прорвало трубу под кухонной мойкой, вода протекла на потолок соседей снизу."],
    "ja": ["赤信号で停車中に相手車両に後方から追突され、リアバンパーとバックドアが損傷しました。",
           "夜間に台所のシンク下の配管が破裂し、階下の部屋の天井まで水が漏れました。"],
    "ko": ["신호 대기 중 상대 차량이 뒤에서 추돌해 뒷범퍼와 트렁크가 찌그러졌습니다.",
           "밤사이 싱크대 아래 배관이 터져 아래층 천장까지 누수가 생겼습니다."],
    "zh": ["等红灯时被对方车辆追尾，后保险杠和尾门凹陷。",
           "夜里厨房水槽下的水管爆裂，水渗到楼下邻居家的天花板。"],
    "he": ["עמדתי ברמזור והרכב השני פגע בי מאחור; הפגוש והדלת האחורית נמעכו.",
           "בלילה התפוצץ הצינור מתחת לכיור במטבח והמים חלחלו לתקרה של הדירה מתחת."],
    "ar": ["كنت متوقفاً عند الإشارة فصدمتني السيارة الأخرى من الخلف؛ الصدام الخلفي وباب الشنطة متضرران.",
           "انفجرت الماسورة تحت حوض المطبخ ليلاً وتسربت المياه إلى سقف الشقة السفلية."],
    "vi": ["Đang dừng đèn đỏ thì bị xe phía sau tông vào; cản sau và cửa cốp bị móp.",
           "Ban đêm ống nước dưới bồn rửa bị vỡ, nước thấm xuống trần nhà tầng dưới."],
    "id": ["Saat berhenti di lampu merah, mobil lawan menabrak dari belakang; bemper dan pintu bagasi penyok.",
           "Pipa di bawah bak cuci piring pecah tengah malam, air merembes ke plafon rumah di bawah."],
}
PUBLIC_PLACE = {"US": "I-40 exit 198, eastbound ramp", "GB": "A591 roundabout by the retail park", "IN": "Outer Ring Road flyover",
                "DE": "Kreuzung B27 / Auestraße", "AT": "Kreisverkehr B1 Ortseinfahrt", "FR": "carrefour de la D939, sortie 3",
                "BE": "N4, carrefour du Zoning", "ES": "rotonda de la N-234, salida polígono", "MX": "Periférico, bajo el puente vehicular",
                "IT": "rotatoria SS13, uscita zona industriale", "NL": "kruising N348 / Weg naar Laren", "PT": "rotunda da EN16, saída norte",
                "BR": "Av. Tiradentes, em frente ao terminal", "PL": "skrzyżowanie DK62 z obwodnicą", "SE": "rondellen vid E14, avfart centrum",
                "CZ": "křižovatka silnice I/38 u nádraží", "GR": "κόμβος Εθνικής Οδού, έξοδος 12", "TR": "D-650 kavşağı, sanayi çıkışı",
                "RU": "перекрёсток трассы Р-132 и объездной", "JP": "国道19号 交差点付近", "KR": "경부고속도로 수원IC 부근",
                "CN": "绕城高速东出口匝道", "IL": "צומת כביש 4, יציאה דרומית", "EG": "الطريق الدائري عند مطلع الكوبري",
                "VN": "ngã tư Quốc lộ 1A, gần cầu vượt", "ID": "perempatan Jl. Tol Lingkar, dekat gerbang tol"}
PET = ["Krümel", "Pixel", "Mochi", "Biscotto", "Toffee", "Rakieta", "Pompon", "Chorizo", "Kiwi", "Nugget"]


def lab(cc, key):
    return F[flang(cc)][key]


def render_rows(R, rows, style=None):
    """rows: list of (label, parts). Styles: 'colon', 'md', 'dash'."""
    style = style or R.choice(["colon", "colon", "md", "dash"])
    out = []
    if style == "md":
        out.append("| | |\n|---|---|\n")
        for k, v in rows:
            out += ["| " + k + " | ", v, " |\n"]
    elif style == "dash":
        for k, v in rows:
            out += ["- " + k + ": ", v, "\n"]
    else:
        for k, v in rows:
            out += [k + ": ", v, "\n"]
    return out


def nm(p, roman=False, sub="full"):
    return L("person", p.roman if roman else p.full, sub=sub)


def is_roman(cc, lang):
    """Whether names of country cc are romanised in a text of language lang."""
    return lang == "en" and cc in ("RU", "GR", "IN", "IL", "EG", "JP", "KR", "CN")


def yr_ago(R, lo=2024, hi=2026):
    return R.randint(lo, hi)


# ====================================================================== templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(fn):
        TEMPLATES.append((name, count, clean, fn))
        return fn
    return deco


NEIGHBOUR = {"DE": "PL", "AT": "DE", "NL": "BE", "BE": "NL", "FR": "ES", "ES": "PT", "PT": "ES", "IT": "AT", "PL": "CZ",
             "CZ": "DE", "SE": "DE", "GB": "FR", "US": "MX", "MX": "US", "GR": "TR", "TR": "GR", "IL": "US", "JP": "KR",
             "KR": "JP", "VN": "CN", "ID": "VN", "RU": "DE", "CN": "KR", "IN": "GB", "BR": "PT", "EG": "GB"}
LIC_LABEL = {"GB": "Driving licence no.", "US": "Driver's license #"}
REL = {"en": ("spouse", "daughter", "son"), "de": ("Ehepartner/in", "Tochter", "Sohn"), "fr": ("conjoint", "fille", "fils"),
       "es": ("cónyuge", "hija", "hijo"), "it": ("coniuge", "figlia", "figlio"), "nl": ("echtgeno(o)t(e)", "dochter", "zoon"),
       "pt": ("cônjuge", "filha", "filho"), "pl": ("małżonek/małżonka", "córka", "syn"), "sv": ("make/maka", "dotter", "son"),
       "cs": ("manžel(ka)", "dcera", "syn"), "el": ("σύζυγος", "κόρη", "γιος"), "tr": ("eşi", "kızı", "oğlu"),
       "ru": ("супруг(а)", "дочь", "сын"), "ja": ("配偶者", "長女", "長男"), "ko": ("배우자", "딸", "아들"),
       "zh": ("配偶", "女儿", "儿子"), "he": ("בן/בת זוג", "בת", "בן"), "ar": ("الزوج/الزوجة", "ابنة", "ابن"),
       "vi": ("vợ/chồng", "con gái", "con trai"), "id": ("suami/istri", "anak perempuan", "anak laki-laki")}


def lic_or_id(R, p, ymd):
    cc = p.cc
    if cc in ("GB", "US"):
        return LIC_LABEL[cc], gov_for(R, p, ymd, "dl")
    return ID_LABEL[cc], gov_for(R, p, ymd)


@tpl("fnol_motor", 40)
def t_fnol_motor(R, i):
    cc = COUNTRIES[i % len(COUNTRIES)]
    lang = LANG[cc]
    fl = flang(cc)
    ro = is_roman(cc, fl)
    P = People(R)
    fc = NEIGHBOUR.get(cc) if R.random() < 0.35 else None
    ph, tp = P.one(cc), P.one(fc or cc)
    tro = is_roman(fc or cc, fl) or (fc in ("RU", "GR", "IN", "IL", "EG", "JP", "KR", "CN") and fc != cc)
    dob, ymd = DOB(R, cc, 1950, 2003)
    ll, lic = lic_or_id(R, ph, ymd)
    tph = mobile(R, fc, reader=cc) if fc else mobile(R, cc)
    rows = [(lab(cc, "ins"), N(INSURERS[cc][0], "insurer")), (lab(cc, "pol"), policy_no(R, cc)),
            (lab(cc, "ph"), nm(ph, ro)), (lab(cc, "dob"), dob), (lab(cc, "addr"), address(R, ph)),
            (lab(cc, "tel"), mobile(R, cc)), (lab(cc, "mail"), email_private(R, ph)), (ll, lic),
            (lab(cc, "reg"), plate(R, cc)), (lab(cc, "dol"), idate(R, cc)),
            (lab(cc, "place"), N(PUBLIC_PLACE[cc], "public_place")), (lab(cc, "what"), WHAT[fl][0]),
            (lab(cc, "tp"), [nm(tp, tro), ", ", tph, ", ", plate(R, fc or cc), ", ", N(INSURERS[fc or cc][0], "insurer")])]
    if R.random() < 0.5:
        w = P.one(cc)
        rows.append((lab(cc, "wit"), [nm(w, ro), ", ", mobile(R, cc)]))
    if R.random() < 0.45:
        rows.append((lab(cc, "police"), police_ref(R, cc)))
    body = render_rows(R, rows)
    return "form", lang, wrap_req(R, lang, R.choice(["check", "check", "translate"]), body)


@tpl("policy_schedule", 36)
def t_schedule(R, i):
    cc = COUNTRIES[(i * 7) % len(COUNTRIES)]
    lang = LANG[cc]
    fl = flang(cc)
    ro = is_roman(cc, fl)
    P = People(R)
    ph = P.one(cc)
    dob, ymd = DOB(R, cc, 1950, 1998)
    ll, lic = lic_or_id(R, ph, ymd)
    y = R.choice([2025, 2026])
    rows = [(lab(cc, "ins"), N(INSURERS[cc][0], "insurer")), (lab(cc, "pol"), policy_no(R, cc)),
            (lab(cc, "ph"), nm(ph, ro)), (lab(cc, "dob"), dob), (lab(cc, "addr"), address(R, ph)), (ll, lic),
            (lab(cc, "reg"), plate(R, cc)), (lab(cc, "vin"), vin(R)),
            (lab(cc, "start"), idate(R, cc, "start_date", y)), (lab(cc, "renew"), idate(R, cc, "renewal_date", y + 1)),
            (lab(cc, "prem"), amount(R, cc, 280, 1900, "premium"))]
    for k in range(R.choice([1, 1, 2])):
        d = P.one(cc)
        dd, dymd = DOB(R, cc, 1955, 2007)
        l2, dl = lic_or_id(R, d, dymd)
        rows.append(("%s %d" % (lab(cc, "drv"), k + 1), [nm(d, ro), " (", dd, "), ", l2, " ", dl]))
    body = render_rows(R, rows, R.choice(["colon", "md"]))
    return "form", lang, wrap_req(R, lang, R.choice(["check", "explain", "table"]), body)


@tpl("life_application", 34)
def t_life(R, i):
    cc = COUNTRIES[(i * 5 + 3) % len(COUNTRIES)]
    lang = LANG[cc]
    fl = flang(cc)
    ro = is_roman(cc, fl)
    P = People(R)
    ap = P.one(cc)
    dob, ymd = DOB(R, cc, 1960, 2000)
    rows = [(lab(cc, "ins"), N(INSURERS[cc][0], "insurer")), (lab(cc, "name"), nm(ap, ro)), (lab(cc, "dob"), dob),
            (ID_LABEL[cc], gov_for(R, ap, ymd)), (lab(cc, "addr"), address(R, ap)), (lab(cc, "tel"), mobile(R, cc)),
            (lab(cc, "mail"), email_private(R, ap))]
    if R.random() < 0.6:
        doc = P.one(cc)
        rows.append((lab(cc, "doc"), ["Dr. " if fl not in ("ja", "ko", "zh", "he", "ar", "ru", "el") else "", nm(doc, ro)]))
    nb = R.choice([1, 2, 2])
    shares = [100] if nb == 1 else R.choice([[50, 50], [60, 40], [70, 30]])
    rels = REL[fl]
    for k in range(nb):
        fem = (not ap.female) if k == 0 else R.random() < 0.5
        b = P.one(cc, female=fem)
        bd, _ = DOB(R, cc, 1950 if k == 0 else 1995, 2000 if k == 0 else 2019)
        rows.append(("%s %d" % (lab(cc, "ben"), k + 1), [nm(b, ro), ", ", rels[0 if k == 0 else (1 if fem else 2)], ", ", bd, ", ", N("%d %%" % shares[k], "share")]))
    rows.append((lab(cc, "sign"), N(other_date(R, cc, 2026), "signature_date")))
    body = render_rows(R, rows)
    return "form", lang, wrap_req(R, lang, R.choice(["check", "explain"]), body)


@tpl("beneficiary_nomination", 22)
def t_benef(R, i):
    cc = COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
    lang = LANG[cc]
    fl = flang(cc)
    ro = is_roman(cc, fl)
    P = People(R)
    mem = P.one(cc)
    dob, ymd = DOB(R, cc, 1958, 1996)
    out = [lab(cc, "ins") + ": ", N(INSURERS[cc][0], "insurer"), "\n", lab(cc, "pol") + ": ", policy_no(R, cc), "\n",
           lab(cc, "name") + ": ", nm(mem, ro), "\n", lab(cc, "dob") + ": ", dob, "\n", lab(cc, "addr") + ": ", address(R, mem), "\n\n",
           "| # | %s | %s | %s | %s |\n|---|---|---|---|---|\n" % (lab(cc, "ben"), lab(cc, "dob"), lab(cc, "rel"), lab(cc, "share"))]
    nb = R.choice([2, 3])
    shares = {2: [50, 50], 3: [40, 30, 30]}[nb]
    for k in range(nb):
        fem = (not mem.female) if k == 0 else R.random() < 0.5
        b = P.one(cc, female=fem)
        bd, _ = DOB(R, cc, 1950 if k == 0 else 1990, 1998 if k == 0 else 2020)
        out += ["| %d | " % (k + 1), nm(b, ro), " | ", bd, " | " + REL[fl][0 if k == 0 else (1 if fem else 2)] + " | ", N("%d %%" % shares[k], "share"), " |\n"]
    w = P.one(cc)
    out += ["\n", lab(cc, "wit") + ": ", nm(w, ro), "\n", lab(cc, "date") + ": ", idate(R, cc, "signature_date", 2026)]
    return "form", lang, wrap_req(R, lang, R.choice(["check", "table"]), out)


@tpl("travel_claim", 32)
def t_travel(R, i):
    cc = COUNTRIES[(i * 11 + 2) % len(COUNTRIES)]
    lang = LANG[cc]
    fl = flang(cc)
    ro = is_roman(cc, fl)
    P = People(R)
    cl, co = P.one(cc), P.one(cc)
    dob, ymd = DOB(R, cc, 1955, 2002)
    cd, _ = DOB(R, cc, 1955, 2015)
    rows = [(lab(cc, "ins"), N(INSURERS[cc][0], "insurer")), (lab(cc, "pol"), policy_no(R, cc)), (lab(cc, "name"), nm(cl, ro)),
            (lab(cc, "dob"), dob), ("Passport" if fl == "en" else ID_LABEL[cc], passport(R, cc) if fl == "en" else gov_for(R, cl, ymd)),
            (lab(cc, "tel"), mobile(R, cc, intl=True)), (lab(cc, "mail"), email_private(R, cl)),
            (lab(cc, "name") + " (2)", [nm(co, ro), ", ", cd]),
            (lab(cc, "dol"), idate(R, cc)), ("Flight", N("%s%d" % (R.choice(["LX", "TP", "KL", "AZ", "IB", "TK", "JL", "OZ", "MU", "LY", "VN", "GA", "AI"]), R.randint(100, 2999)), "flight")),
            (lab(cc, "amt"), amount(R, cc, 120, 4200))]
    if cc != "CN" and R.random() < 0.35:
        rows.append(({"en": "Card used for booking", "de": "Karte der Buchung", "fr": "Carte utilisée", "es": "Tarjeta de la reserva",
                      "it": "Carta usata", "nl": "Betaald met kaart", "pt": "Cartão da reserva"}.get(fl, "Card"), CARD(R)))
    if cc in IBAN_CC:
        rows.append((lab(cc, "iban"), IBAN(R, cc)))
    elif cc == "CN":
        rows.append((lab(cc, "iban"), CARD(R, "unionpay")))
    else:
        rows.append((lab(cc, "iban"), N(nonluhn(R, R.choice([10, 11, 12])), "bank_account")))
    body = render_rows(R, rows)
    return "form", lang, wrap_req(R, lang, R.choice(["check", "translate"]), body)


PET_CC = ["GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "CZ", "AT", "BE", "PT"]


@tpl("pet_claim", 18)
def t_pet(R, i):
    cc = PET_CC[i % len(PET_CC)]
    lang = LANG[cc]
    P = People(R)
    ph, vet = P.one(cc), P.one(cc)
    rows = [(lab(cc, "ins"), N(INSURERS[cc][0], "insurer")), (lab(cc, "pol"), policy_no(R, cc)), (lab(cc, "ph"), nm(ph)),
            (lab(cc, "addr"), address(R, ph)), (lab(cc, "tel"), mobile(R, cc)), (lab(cc, "mail"), email_private(R, ph)),
            ("🐾", N(R.choice(PET), "pet_name")), (lab(cc, "doc"), ["Dr. ", nm(vet)]),
            (lab(cc, "dol"), idate(R, cc)), (lab(cc, "amt"), amount(R, cc, 90, 2400)), (lab(cc, "iban"), IBAN(R, cc))]
    body = render_rows(R, rows)
    return "form", lang, wrap_req(R, lang, "check", body)


def fill(s, **kw):
    """Splits a frame at {slot}s and inserts the parts given for them."""
    out = []
    for k, piece in enumerate(re.split(r"\{(\w+)\}", s)):
        if k % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(kw[piece])
    return out


PROSE_CC = ["GB", "US", "IN", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "NL", "PT", "BR", "PL"]
BODY_LANG = {"GB": "en", "US": "en", "IN": "en", "DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es",
             "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl"}

PERIL = {
    "en": ["A pipe in the bathroom burst overnight and the water came through the kitchen ceiling.",
           "During the storm several roof tiles came off and rain got into the loft and the back bedroom.",
           "Our house was broken into while we were away; the back door was forced and jewellery and a laptop were taken. The police attended, crime reference {police}."],
    "de": ["In der Nacht ist im Bad eine Leitung geplatzt, das Wasser kam durch die Küchendecke.",
           "Beim Sturm haben sich mehrere Dachziegel gelöst, Regen ist in den Dachboden und ins hintere Schlafzimmer gelaufen.",
           "Während unseres Urlaubs wurde bei uns eingebrochen, die Terrassentür aufgehebelt, Schmuck und ein Laptop fehlen. Die Polizei war da, Aktenzeichen {police}."],
    "fr": ["Une canalisation a cédé cette nuit dans la salle de bains et l'eau a traversé le plafond de la cuisine.",
           "Pendant la tempête, plusieurs tuiles se sont envolées et la pluie a pénétré dans les combles et la chambre du fond.",
           "Notre maison a été cambriolée pendant notre absence : porte arrière forcée, bijoux et ordinateur volés. La police est venue, {police}."],
    "es": ["Anoche reventó una tubería del baño y el agua atravesó el techo de la cocina.",
           "Con el temporal se volaron varias tejas y entró agua en la buhardilla y en el dormitorio del fondo.",
           "Entraron a robar en casa mientras estábamos fuera: forzaron la puerta trasera y se llevaron joyas y un portátil. Vino la policía, {police}."],
    "it": ["Stanotte è scoppiato un tubo in bagno e l'acqua è passata dal soffitto della cucina.",
           "Con la tempesta si sono staccate diverse tegole e la pioggia è entrata in soffitta e nella camera sul retro.",
           "Ci sono entrati i ladri in casa mentre eravamo via: porta sul retro forzata, gioielli e un portatile rubati. È intervenuta la polizia, {police}."],
    "nl": ["Vannacht is in de badkamer een leiding gesprongen, het water kwam door het keukenplafond.",
           "Tijdens de storm zijn meerdere dakpannen losgeraakt en is regen op zolder en in de achterste slaapkamer gekomen.",
           "Er is ingebroken terwijl we weg waren: achterdeur opengebroken, sieraden en een laptop weg. De politie is geweest, {police}."],
    "pt": ["Esta noite rebentou um cano na casa de banho e a água passou pelo teto da cozinha.",
           "Com a tempestade voaram várias telhas e a chuva entrou no sótão e no quarto dos fundos.",
           "Assaltaram a nossa casa enquanto estávamos fora: porta das traseiras forçada, joias e um portátil levados. A polícia esteve cá, {police}."],
    "pl": ["W nocy pękła rura w łazience i woda przeciekła przez sufit w kuchni.",
           "Podczas wichury zerwało kilka dachówek i deszcz dostał się na strych i do tylnej sypialni.",
           "Pod naszą nieobecność włamano się do domu: wyważone tylne drzwi, skradziona biżuteria i laptop. Była policja, {police}."],
}
HOME = {
    "en": "Subject: New claim – policy {pol}\n\nDear Claims Team,\n\n{peril} This happened on {date} at my home, {addr}.\n\n{builder} came out the next morning to make it safe and quoted {amt} for the repairs.\n\nThe best number to reach me is {tel}; if I don't pick up, my partner {pg} is on {tel2}. Photos will follow from {mail}.\n\nKind regards,\n{name}",
    "de": "Betreff: Schadenmeldung zum Vertrag {pol}\n\nSehr geehrte Damen und Herren,\n\n{peril} Passiert ist das am {date} in unserem Haus, {addr}.\n\nDie Firma {builder} war am nächsten Morgen da, hat notgesichert und die Reparatur auf {amt} geschätzt.\n\nSie erreichen mich unter {tel}, falls nicht, meine Frau {pg} unter {tel2}. Fotos schicke ich von {mail}.\n\nMit freundlichen Grüßen\n{name}",
    "fr": "Objet : Déclaration de sinistre – contrat {pol}\n\nMadame, Monsieur,\n\n{peril} Cela s'est produit le {date} à notre domicile, {addr}.\n\nL'entreprise {builder} est intervenue le lendemain matin pour sécuriser et a chiffré les réparations à {amt}.\n\nVous pouvez me joindre au {tel} ; sinon, ma compagne {pg} au {tel2}. Les photos suivront depuis {mail}.\n\nCordialement,\n{name}",
    "es": "Asunto: Parte de siniestro – póliza {pol}\n\nEstimados señores:\n\n{peril} Ocurrió el {date} en nuestra vivienda, {addr}.\n\n{builder} vino a la mañana siguiente para asegurar la zona y presupuestó la reparación en {amt}.\n\nPueden llamarme al {tel}; si no contesto, a mi pareja {pg} al {tel2}. Les envío las fotos desde {mail}.\n\nUn saludo,\n{name}",
    "it": "Oggetto: Denuncia di sinistro – polizza {pol}\n\nGentili signori,\n\n{peril} È successo il {date} nella nostra abitazione, {addr}.\n\nLa ditta {builder} è intervenuta la mattina dopo per la messa in sicurezza e ha preventivato {amt}.\n\nPotete chiamarmi al {tel}; se non rispondo, mia moglie {pg} al {tel2}. Le foto arrivano da {mail}.\n\nCordiali saluti,\n{name}",
    "nl": "Onderwerp: Schademelding polis {pol}\n\nGeachte heer, mevrouw,\n\n{peril} Dit gebeurde op {date} in ons huis, {addr}.\n\n{builder} kwam de volgende ochtend om alles veilig te maken en schat de reparatie op {amt}.\n\nIk ben bereikbaar op {tel}; lukt dat niet, dan mijn vrouw {pg} op {tel2}. Foto's stuur ik vanaf {mail}.\n\nMet vriendelijke groet,\n{name}",
    "pt": "Assunto: Participação de sinistro – apólice {pol}\n\nExmos. Senhores,\n\n{peril} Aconteceu no dia {date} na nossa casa, {addr}.\n\nA empresa {builder} veio na manhã seguinte fazer a proteção e orçamentou a reparação em {amt}.\n\nPodem ligar-me para o {tel}; se não atender, para a minha mulher {pg}, {tel2}. As fotos seguem de {mail}.\n\nCumprimentos,\n{name}",
    "pl": "Temat: Zgłoszenie szkody – polisa {pol}\n\nSzanowni Państwo,\n\n{peril} Stało się to {date} w naszym domu, {addr}.\n\nFirma {builder} przyjechała następnego ranka zabezpieczyć szkodę i wyceniła naprawę na {amt}.\n\nProszę dzwonić na {tel}, a jeśli nie odbiorę, do żony {pg} na {tel2}. Zdjęcia prześlę z {mail}.\n\nZ poważaniem\n{name}",
}
LOCAL_BUILDER = {"en": ["Tarnside Building & Drying Ltd", "Ironwood Restoration Inc."], "de": ["Trockenbau Elstertal GmbH"],
                 "fr": ["Assèchement Pyrène SAS"], "es": ["Reformas Atalaya S.L."], "it": ["Edilizia Pietragrande S.r.l."],
                 "nl": ["Lekdetectie Waterhoek B.V."], "pt": ["Obras Penedo Alto Lda."], "pl": ["Osuszanie Rzeczka Sp. z o.o."]}


@tpl("home_claim_email", 34)
def t_home(R, i):
    cc = PROSE_CC[i % len(PROSE_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    ph = P.one(cc)
    pa = P.one(cc, female=not ph.female)
    k = R.randint(0, 2)
    peril = fill(PERIL[bl][k], police=police_ref(R, cc))
    body = fill(HOME[bl], pol=policy_no(R, cc), peril=peril, date=idate(R, cc), addr=address(R, ph),
                builder=N({"GB": "Tarnside Building & Drying Ltd", "US": "Ironwood Restoration Inc.", "IN": "Jal Raksha Waterproofing Pvt Ltd"}.get(cc) or LOCAL_BUILDER[bl][0], "firm"), amt=amount(R, cc, 900, 14000), tel=mobile(R, cc),
                pg=PG(pa, cc == "IN"), tel2=mobile(R, cc), mail=email_private(R, ph), name=nm(ph, cc == "IN"))
    return "email", lang, wrap_req(R, lang, R.choice(["check", "reply", "translate"]), body)


DENIAL = {
    "en": ("Your claim {clm} – policy {pol}\n\nDear {title} {family},\n\nThank you for notifying us of the water damage on {date2}. Having reviewed the loss adjuster's report, we are unable to accept your claim: the damage results from a gradual leak over several months, which is excluded under section 4.2 of your policy wording. The excess of {excess} therefore does not apply.\n\nIf you disagree, you may ask us to review this decision within eight weeks. You can also contact me directly on {dl} or at {wmail}.\n\nYours sincerely,\n\n{handler}\nClaims Handler, Household\n{ins}\n{hotline} | {role}",
           ("Mr", "Ms")),
    "de": ("Ihr Schaden {clm} – Vertrag {pol}\n\nSehr geehrte{title} {family},\n\nvielen Dank für Ihre Meldung des Leitungswasserschadens vom {date2}. Nach Prüfung des Sachverständigengutachtens können wir leider keine Leistung erbringen: Der Schaden ist durch eine über Monate andauernde Undichtigkeit entstanden, die nach § 4 Abs. 2 der Bedingungen ausgeschlossen ist. Die Selbstbeteiligung von {excess} kommt daher nicht zum Tragen.\n\nSind Sie mit der Entscheidung nicht einverstanden, können Sie innerhalb von acht Wochen eine erneute Prüfung verlangen. Sie erreichen mich direkt unter {dl} oder {wmail}.\n\nMit freundlichen Grüßen\n\n{handler}\nSchadenregulierung Hausrat/Wohngebäude\n{ins}\n{hotline} | {role}",
           ("r Herr", " Frau")),
    "fr": ("Votre sinistre {clm} – contrat {pol}\n\n{title} {family},\n\nNous accusons réception de votre déclaration de dégât des eaux du {date2}. Après examen du rapport de l'expert, nous ne pouvons donner une suite favorable à votre demande : le dommage résulte d'une fuite lente sur plusieurs mois, exclue par l'article 4.2 des conditions générales. La franchise de {excess} n'est donc pas appliquée.\n\nEn cas de désaccord, vous pouvez demander un réexamen dans un délai de deux mois. Vous pouvez aussi me joindre directement au {dl} ou à {wmail}.\n\nVeuillez agréer nos salutations distinguées.\n\n{handler}\nGestionnaire sinistres habitation\n{ins}\n{hotline} | {role}",
           ("Monsieur", "Madame")),
    "es": ("Su siniestro {clm} – póliza {pol}\n\nEstimado/a {title} {family}:\n\nHemos recibido su comunicación del daño por agua del {date2}. Tras revisar el informe pericial, lamentamos no poder atender su reclamación: el daño se debe a una fuga lenta durante varios meses, excluida por el artículo 4.2 del condicionado. La franquicia de {excess} no resulta de aplicación.\n\nSi no está conforme, puede solicitar la revisión en un plazo de dos meses. También puede contactarme directamente en el {dl} o en {wmail}.\n\nAtentamente,\n\n{handler}\nTramitadora de siniestros de hogar\n{ins}\n{hotline} | {role}",
           ("Sr.", "Sra.")),
    "it": ("Sinistro {clm} – polizza {pol}\n\nGentile {title} {family},\n\nabbiamo esaminato la sua denuncia per danni da acqua del {date2}. Sulla base della perizia non possiamo accogliere la richiesta: il danno deriva da una perdita lenta protrattasi per mesi, esclusa dall'art. 4.2 delle condizioni di assicurazione. La franchigia di {excess} non trova quindi applicazione.\n\nSe non concorda, può presentare reclamo entro 45 giorni. Può anche contattarmi direttamente al {dl} o a {wmail}.\n\nCordiali saluti,\n\n{handler}\nUfficio Sinistri Casa\n{ins}\n{hotline} | {role}",
           ("Sig.", "Sig.ra")),
    "nl": ("Uw schade {clm} – polis {pol}\n\nGeachte {title} {family},\n\nBedankt voor uw melding van de waterschade op {date2}. Na beoordeling van het expertiserapport kunnen wij de schade helaas niet vergoeden: deze is ontstaan door een langzame lekkage van maanden, uitgesloten in artikel 4.2 van de polisvoorwaarden. Het eigen risico van {excess} is daarom niet van toepassing.\n\nBent u het hier niet mee eens, dan kunt u binnen acht weken om heroverweging vragen. U kunt mij ook rechtstreeks bellen op {dl} of mailen naar {wmail}.\n\nMet vriendelijke groet,\n\n{handler}\nSchadebehandelaar Wonen\n{ins}\n{hotline} | {role}",
           ("heer", "mevrouw")),
}
DEN_CC = ["GB", "US", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "NL"]


@tpl("denial_letter", 30)
def t_denial(R, i):
    cc = DEN_CC[i % len(DEN_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    ph, hd = P.one(cc), P.one(cc)
    ins = INSURERS[cc]
    frame, titles = DENIAL[bl]
    body = [N(ins[0], "insurer"), "\n", N(ins[2], "org_address"), "\n\n", nm(ph), "\n", address(R, ph, multiline=True), "\n\n",
            idate(R, cc, "letter_date"), "\n\n"]
    body += fill(frame, clm=claim_no(R, cc), pol=policy_no(R, cc), title=titles[1 if ph.female else 0],
                 family=L("person", ph.family_all, sub="family"), date2=idate(R, cc), excess=amount(R, cc, 100, 500, "excess"),
                 dl=direct_line(R, cc), wmail=email_work(R, hd, ins[1]), handler=nm(hd), ins=N(ins[0], "insurer"),
                 hotline=N(ins[3], "hotline"), role=N(ins[5] + "@" + ins[1], "role_mailbox"))
    return "letter", lang, wrap_req(R, lang, "appeal", body)


ADJ_NOTE = {
    "en": "SITE VISIT – {clm} – {date}\nInsured: {name}, mob. {tel}\nRisk address: {addr}\nPresent: insured and {pg} (partner). Neighbour {nb} ({nbtel}) confirms hearing water running on the evening of {date2}.\nCause: failed compression joint on the cold feed under the bath. Drying by {firm} started; readings 28–40 % WME.\nReserve: {amt}. Excess {excess}.\nNext: validate contents list; request plumber's invoice.\n— {adj}, {adjfirm}\n{amob} | {amail}",
    "de": "ORTSTERMIN – {clm} – {date}\nVN: {name}, Mobil {tel}\nRisikoort: {addr}\nAnwesend: VN und Ehepartner {pg}. Nachbar {nb} ({nbtel}) bestätigt, am Abend des {date2} Wasserrauschen gehört zu haben.\nUrsache: undichte Quetschverschraubung am Kaltwasseranschluss unter der Wanne. Trocknung durch {firm} läuft.\nReserve: {amt}. SB {excess}.\nOffen: Hausratliste prüfen, Rechnung Installateur anfordern.\n— {adj}, {adjfirm}\n{amob} | {amail}",
    "fr": "VISITE SUR PLACE – {clm} – {date}\nAssuré : {name}, port. {tel}\nAdresse du risque : {addr}\nPrésents : l'assuré et {pg} (conjoint). Le voisin {nb} ({nbtel}) confirme avoir entendu l'eau couler le soir du {date2}.\nCause : raccord à compression défaillant sur l'arrivée d'eau froide sous la baignoire. Assèchement par {firm} en cours.\nProvision : {amt}. Franchise {excess}.\nÀ faire : contrôler l'état des pertes, demander la facture du plombier.\n— {adj}, {adjfirm}\n{amob} | {amail}",
    "es": "VISITA PERICIAL – {clm} – {date}\nAsegurado: {name}, móvil {tel}\nRiesgo: {addr}\nPresentes: asegurado y {pg} (pareja). El vecino {nb} ({nbtel}) confirma que oyó correr agua la noche del {date2}.\nCausa: racor de compresión defectuoso en la toma de agua fría bajo la bañera. Secado a cargo de {firm}.\nReserva: {amt}. Franquicia {excess}.\nPendiente: validar relación de daños y pedir factura del fontanero.\n— {adj}, {adjfirm}\n{amob} | {amail}",
    "it": "SOPRALLUOGO – {clm} – {date}\nAssicurato: {name}, cell. {tel}\nUbicazione del rischio: {addr}\nPresenti: assicurato e {pg} (coniuge). Il vicino {nb} ({nbtel}) conferma di aver sentito scorrere l'acqua la sera del {date2}.\nCausa: raccordo a compressione difettoso sull'adduzione fredda sotto la vasca. Asciugatura affidata a {firm}.\nRiserva: {amt}. Franchigia {excess}.\nDa fare: verificare elenco danni, richiedere fattura idraulico.\n— {adj}, {adjfirm}\n{amob} | {amail}",
    "nl": "SCHADE-OPNAME – {clm} – {date}\nVerzekerde: {name}, mob. {tel}\nRisicoadres: {addr}\nAanwezig: verzekerde en {pg} (partner). Buurman {nb} ({nbtel}) bevestigt op de avond van {date2} water te hebben horen lopen.\nOorzaak: lekkende knelkoppeling op de koudwateraansluiting onder het bad. Droging door {firm} gestart.\nReserve: {amt}. Eigen risico {excess}.\nVervolg: inboedellijst controleren, factuur loodgieter opvragen.\n— {adj}, {adjfirm}\n{amob} | {amail}",
}
ADJ_CC = ["GB", "US", "DE", "FR", "ES", "IT", "NL"]


@tpl("adjuster_notes", 30)
def t_adj(R, i):
    cc = ADJ_CC[i % len(ADJ_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    ins, pa, nb, adj = P.one(cc), None, P.one(cc), P.one(cc)
    pa = P.one(cc, female=not ins.female)
    af = ADJUSTERS[cc]
    b = BUILDERS.get(cc)
    body = fill(ADJ_NOTE[bl], clm=claim_no(R, cc), date=idate(R, cc, "visit_date"), name=nm(ins), tel=mobile(R, cc),
                addr=address(R, ins), pg=PG(pa), nb=nm(nb), nbtel=mobile(R, cc), date2=idate(R, cc),
                firm=N(b[0], "firm"), amt=amount(R, cc, 2000, 25000, "reserve"), excess=amount(R, cc, 100, 500, "excess"),
                adj=nm(adj), adjfirm=N(af[0], "firm"), amob=mobile(R, cc), amail=email_work(R, adj, af[1]))
    return "notes", lang, wrap_req(R, lang, R.choice(["summary", "reply"]), body)


WITNESS = {
    "en": ("WITNESS STATEMENT", "Occupation: {job}\n\nOn {date} at about 17:40 I was waiting at the bus stop at {place}. I saw the grey estate ({plate1}) stop at the red light. A white van ({plate2}) did not slow down and drove into the back of it. The driver of the estate, who I now know to be {ph}, got out holding his neck. The van driver, {tp}, said he had been looking at his phone.\n\nI believe the facts in this statement are true.\nSigned: {sig}   Date: {date3}", "retired teacher"),
    "de": ("ZEUGENAUSSAGE", "Beruf: {job}\n\nAm {date} gegen 17:40 Uhr wartete ich an der Haltestelle {place}. Der graue Kombi ({plate1}) hielt an der roten Ampel. Ein weißer Transporter ({plate2}) bremste nicht und fuhr auf. Der Fahrer des Kombis, nach meiner Kenntnis {ph}, stieg aus und hielt sich den Nacken. Der Transporterfahrer, {tp}, sagte, er habe auf sein Handy geschaut.\n\nIch versichere die Richtigkeit meiner Angaben.\nUnterschrift: {sig}   Datum: {date3}", "Rentnerin"),
    "fr": ("TÉMOIGNAGE", "Profession : {job}\n\nLe {date} vers 17 h 40, j'attendais à l'arrêt de bus {place}. J'ai vu le break gris ({plate1}) s'arrêter au feu rouge. Une camionnette blanche ({plate2}) n'a pas ralenti et l'a percuté à l'arrière. Le conducteur du break, dont je sais maintenant qu'il s'agit de {ph}, est sorti en se tenant la nuque. Le conducteur de la camionnette, {tp}, a dit qu'il regardait son téléphone.\n\nJe certifie l'exactitude des faits.\nSignature : {sig}   Date : {date3}", "infirmière"),
    "es": ("DECLARACIÓN DE TESTIGO", "Profesión: {job}\n\nEl {date}, sobre las 17:40, esperaba en la parada del autobús de {place}. Vi cómo el familiar gris ({plate1}) se detenía en el semáforo en rojo. Una furgoneta blanca ({plate2}) no frenó y lo golpeó por detrás. El conductor del familiar, que ahora sé que es {ph}, salió sujetándose el cuello. El de la furgoneta, {tp}, dijo que iba mirando el móvil.\n\nDeclaro que lo anterior es cierto.\nFirma: {sig}   Fecha: {date3}", "administrativa"),
    "it": ("DICHIARAZIONE TESTIMONIALE", "Professione: {job}\n\nIl {date} verso le 17:40 ero alla fermata dell'autobus di {place}. Ho visto la station wagon grigia ({plate1}) fermarsi al rosso. Un furgone bianco ({plate2}) non ha rallentato e l'ha tamponata. Il conducente della station wagon, che ora so essere {ph}, è sceso tenendosi il collo. Il conducente del furgone, {tp}, ha detto che stava guardando il telefono.\n\nDichiaro che quanto sopra corrisponde al vero.\nFirma: {sig}   Data: {date3}", "pensionata"),
    "nl": ("GETUIGENVERKLARING", "Beroep: {job}\n\nOp {date} rond 17.40 uur stond ik bij de bushalte {place}. Ik zag de grijze stationwagen ({plate1}) stoppen voor het rode licht. Een wit busje ({plate2}) remde niet en reed er achterop. De bestuurder van de stationwagen, naar ik nu weet {ph}, stapte uit en hield zijn nek vast. De bestuurder van het busje, {tp}, zei dat hij op zijn telefoon keek.\n\nIk verklaar dit naar waarheid.\nHandtekening: {sig}   Datum: {date3}", "docent"),
    "pl": ("OŚWIADCZENIE ŚWIADKA", "Zawód: {job}\n\nDnia {date} około 17:40 czekałam na przystanku {place}. Widziałam, jak szare kombi ({plate1}) zatrzymało się na czerwonym świetle. Biały bus ({plate2}) nie zwolnił i uderzył w jego tył. Kierowca kombi, jak teraz wiem {ph}, wysiadł, trzymając się za kark. Kierowca busa, {tp}, powiedział, że patrzył w telefon.\n\nOświadczam, że powyższe jest zgodne z prawdą.\nPodpis: {sig}   Data: {date3}", "księgowa"),
    "pt": ("DECLARAÇÃO DE TESTEMUNHA", "Profissão: {job}\n\nNo dia {date}, por volta das 17h40, estava na paragem de autocarro de {place}. Vi a carrinha cinzenta ({plate1}) parar no semáforo vermelho. Uma furgoneta branca ({plate2}) não abrandou e embateu na traseira. O condutor da carrinha, que agora sei ser {ph}, saiu com a mão no pescoço. O condutor da furgoneta, {tp}, disse que estava a olhar para o telemóvel.\n\nDeclaro que o acima exposto é verdade.\nAssinatura: {sig}   Data: {date3}", "enfermeira"),
}
WIT_CC = ["GB", "US", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "PL", "PT", "BR"]


@tpl("witness_statement", 24)
def t_witness(R, i):
    cc = WIT_CC[i % len(WIT_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    w, ph, tp = P.one(cc, female=True), P.one(cc, female=False), P.one(cc, female=False)
    title, frame, job = WITNESS[bl]
    dob, _ = DOB(R, cc, 1945, 2004)
    wl = "en" if bl == "en" else bl
    head = [title, "\n", F[wl]["name"], ": ", nm(w), "\n", F[wl]["dob"], ": ", dob, "\n", F[wl]["addr"], ": ", address(R, w),
            "\n", F[wl]["tel"], ": ", mobile(R, cc), "\n"]
    if R.random() < 0.6:
        head += [F[wl]["mail"], ": ", email_private(R, w), "\n"]
    body = head + fill(frame, job=job, date=idate(R, cc), place=N(PUBLIC_PLACE[cc], "public_place"), plate1=plate(R, cc),
                       plate2=plate(R, cc), ph=nm(ph), tp=nm(tp), sig=nm(w), date3=idate(R, cc, "signature_date"))
    return "form", lang, wrap_req(R, lang, R.choice(["translate", "summary", "check"]), body)


INV = {"en": ("REPAIR ESTIMATE", "Customer", "Vehicle", "Mileage", "Parts", "Labour", "Paint & materials", "Total incl. VAT", "Payment to", "Insurer claim ref"),
       "de": ("KOSTENVORANSCHLAG", "Kunde", "Fahrzeug", "km-Stand", "Teile", "Arbeitslohn", "Lackierung", "Gesamt inkl. MwSt.", "Zahlung an", "Schaden-Nr. Versicherer"),
       "fr": ("DEVIS DE RÉPARATION", "Client", "Véhicule", "Kilométrage", "Pièces", "Main-d'œuvre", "Peinture", "Total TTC", "Règlement à", "Réf. sinistre assureur"),
       "es": ("PRESUPUESTO DE REPARACIÓN", "Cliente", "Vehículo", "Kilometraje", "Recambios", "Mano de obra", "Pintura", "Total IVA incl.", "Pago a", "Ref. siniestro"),
       "it": ("PREVENTIVO DI RIPARAZIONE", "Cliente", "Veicolo", "Km", "Ricambi", "Manodopera", "Verniciatura", "Totale IVA incl.", "Pagamento a", "Rif. sinistro"),
       "nl": ("SCHADECALCULATIE", "Klant", "Voertuig", "Kilometerstand", "Onderdelen", "Arbeidsloon", "Spuitwerk", "Totaal incl. btw", "Betaling aan", "Schadenummer verzekeraar"),
       "pt": ("ORÇAMENTO DE REPARAÇÃO", "Cliente", "Veículo", "Quilometragem", "Peças", "Mão de obra", "Pintura", "Total c/ IVA", "Pagamento a", "Ref. sinistro"),
       "pl": ("KOSZTORYS NAPRAWY", "Klient", "Pojazd", "Przebieg", "Części", "Robocizna", "Lakierowanie", "Razem brutto", "Płatność na", "Nr szkody"),
       "sv": ("KOSTNADSFÖRSLAG", "Kund", "Fordon", "Mätarställning", "Delar", "Arbete", "Lack", "Totalt inkl. moms", "Betalning till", "Skadenummer"),
       "cs": ("ROZPOČET OPRAVY", "Zákazník", "Vozidlo", "Stav km", "Díly", "Práce", "Lakování", "Celkem vč. DPH", "Platba na", "Č. pojistné události")}
GAR_CC = ["GB", "US", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ"]


@tpl("repair_estimate", 26)
def t_estimate(R, i):
    cc = GAR_CC[i % len(GAR_CC)]
    lang = LANG[cc]
    il = {"BR": "pt", "AT": "de", "BE": "fr", "US": "en", "GB": "en"}.get(cc, lang)
    w = INV[il]
    g = GARAGES[cc]
    P = People(R)
    cu = P.one(cc)
    body = [w[0], "\n", N(g[0], "firm"), " · ", N(g[1], "org_address"), " · ", N(g[2], "org_phone"), " · ", N(g[3], "vat_id"), "\n",
            "No. ", ref(R, "KV-", 5, "estimate_number"), " · ", idate(R, cc, "estimate_date"), "\n\n",
            w[1], ": ", nm(cu), ", ", address(R, cu), ", ", mobile(R, cc), "\n",
            w[2], ": ", plate(R, cc), " / ", vin(R), "\n", w[3], ": ", N("%d km" % R.randint(8000, 190000), "odometer"), "\n",
            w[9], ": ", claim_no(R, cc), "\n\n",
            w[4], ": ", amount(R, cc, 300, 3000), "\n", w[5], ": ", amount(R, cc, 200, 1500), "\n", w[6], ": ", amount(R, cc, 150, 900), "\n",
            w[7], ": ", amount(R, cc, 900, 5000, "total")]
    if cc in IBAN_CC and R.random() < 0.7:
        body += ["\n", w[8], ": ", N(g[0], "firm"), ", IBAN ", IBAN(R, cc, holder="org")]
    return "invoice", lang, wrap_req(R, lang, R.choice(["explain", "check"]), body)


PRODUCTS = ["Motor comprehensive", "Home buildings & contents", "Landlord", "Travel annual multi-trip", "Term life",
            "Income protection", "Pet lifetime", "Private medical"]


def csv_cell(parts):
    """Quotes a CSV cell (a label or text) when it holds a comma."""
    t = parts.value if isinstance(parts, L) else (parts.text if isinstance(parts, N) else parts)
    if "," in t or "\n" in t:
        return ['"', parts, '"']
    return [parts]


@tpl("broker_csv", 36)
def t_broker_csv(R, i):
    cc = COUNTRIES[(i * 9 + 4) % len(COUNTRIES)]
    lang = LANG[cc]
    ro = cc in ("RU", "GR", "IN", "IL", "EG", "JP", "KR", "CN")
    P = People(R)
    owner = P.one(cc)
    sep = R.choice([",", ",", ";", "\t"])
    head = ["client_name", "date_of_birth", "email", "mobile", "address", "policy_no", "product", "renewal", "handler"]
    out = [sep.join(head), "\n"]
    for _ in range(R.choice([2, 2, 3])):
        c = P.one(cc)
        dob, _ = DOB(R, cc, 1945, 2003)
        cells = [[nm(c, ro)], [dob], [email_private(R, c)], [mobile(R, cc, intl=R.random() < 0.5)],
                 csv_cell(address(R, c)) if sep == "," else [address(R, c)], [policy_no(R, cc)],
                 [N(R.choice(PRODUCTS), "product")], [idate(R, cc, "renewal_date", 2026)], [nm(owner, ro, sub="broker")]]
        for k, cell in enumerate(cells):
            if k:
                out.append(sep)
            out += cell
        out.append("\n")
    b = BROKERS.get(cc)
    pre = "%s export\n" % b[0] if b else ""
    return "csv", lang, wrap_req(R, lang, R.choice(["table", "summary", "check"]), [pre] + out)


MANDATE = {"de": "SEPA-Lastschriftmandat", "fr": "Mandat de prélèvement SEPA", "es": "Orden de domiciliación de adeudo directo SEPA",
           "it": "Mandato per addebito diretto SEPA", "nl": "Doorlopende machtiging SEPA", "pt": "Autorização de Débito Direto SEPA",
           "el": "Εντολή άμεσης χρέωσης SEPA", "pl": "Zgoda na obciążanie rachunku (polecenie zapłaty)", "cs": "Souhlas s inkasem",
           "tr": "Otomatik ödeme talimatı", "sv": "Medgivande till autogiro"}
MAND_CC = ["DE", "AT", "FR", "BE", "ES", "IT", "NL", "PT", "GR", "PL", "CZ", "TR", "SE"]


def creditor_id(R, cc):
    nat = digits(R, 11)
    n = int("".join(str(int(c, 36)) for c in (nat + cc + "00")))
    return "%s%02dZZZ%s" % (cc, 98 - n % 97, nat)


@tpl("dd_mandate", 30)
def t_mandate(R, i):
    cc = MAND_CC[i % len(MAND_CC)]
    lang = LANG[cc]
    P = People(R)
    d = P.one(cc)
    ins = INSURERS[cc]
    rows = [(F[lang]["ins"], N(ins[0], "insurer")), ("Creditor ID", N(creditor_id(R, cc), "creditor_id")),
            ("Mandate ref.", N("MND-" + digits(R, 9), "mandate_reference")), (F[lang]["holder"], nm(d)),
            (F[lang]["addr"], address(R, d)), (F[lang]["iban"], IBAN(R, cc)),
            ("BIC", N(rnd(R, UPL, 4) + cc + rnd(R, UPL, 2) + R.choice(["", "XXX"]), "bic")), (F[lang]["mail"], email_private(R, d)),
            (F[lang]["pol"], policy_no(R, cc)), (F[lang]["date"], idate(R, cc, "signature_date", 2026)), (F[lang]["sign"], nm(d))]
    if R.random() < 0.3:
        dob, ymd = DOB(R, cc, 1950, 2000)
        rows.insert(5, (F[lang]["dob"], dob))
    body = [MANDATE[lang], "\n"] + render_rows(R, rows, R.choice(["colon", "md"]))
    return "form", lang, wrap_req(R, lang, R.choice(["check", "explain"]), body)


PAYOUT = {
    "en": "Re: Claim {clm} – settlement\n\nHi {hg},\n\nThanks for confirming the settlement of {amt}. Please pay it into our joint account: {acct}, account holders {name} and {name2}. For the tax form you asked for my {idl}: {gid}.\n\nBest wishes,\n{name3}",
    "de": "AW: Schaden {clm} – Auszahlung\n\nHallo {hg},\n\ndanke für die Bestätigung der Entschädigung von {amt}. Bitte überweisen Sie auf unser Gemeinschaftskonto: {acct}, Kontoinhaber {name} und {name2}. Die gewünschte {idl}: {gid}.\n\nViele Grüße\n{name3}",
    "fr": "RE : Sinistre {clm} – règlement\n\nBonjour {hg},\n\nMerci de confirmer l'indemnité de {amt}. Merci de la verser sur notre compte joint : {acct}, titulaires {name} et {name2}. Pour le formulaire, mon {idl} : {gid}.\n\nBien à vous,\n{name3}",
    "es": "RE: Siniestro {clm} – pago\n\nHola {hg}:\n\nGracias por confirmar la indemnización de {amt}. Por favor, transferidla a nuestra cuenta conjunta: {acct}, titulares {name} y {name2}. Para el formulario, mi {idl}: {gid}.\n\nUn saludo,\n{name3}",
    "it": "R: Sinistro {clm} – liquidazione\n\nBuongiorno {hg},\n\ngrazie per aver confermato l'indennizzo di {amt}. Vi prego di accreditarlo sul nostro conto cointestato: {acct}, intestatari {name} e {name2}. Per il modulo, il mio {idl}: {gid}.\n\nCordiali saluti,\n{name3}",
    "nl": "RE: Schade {clm} – uitkering\n\nHoi {hg},\n\nDank voor het bevestigen van de uitkering van {amt}. Graag overmaken naar onze en/of-rekening: {acct}, op naam van {name} en {name2}. Voor het formulier mijn {idl}: {gid}.\n\nGroet,\n{name3}",
    "pt": "RE: Sinistro {clm} – pagamento\n\nOlá {hg},\n\nObrigado por confirmar a indemnização de {amt}. Por favor transfiram para a nossa conta conjunta: {acct}, titulares {name} e {name2}. Para o formulário, o meu {idl}: {gid}.\n\nCumprimentos,\n{name3}",
    "pl": "Odp: Szkoda {clm} – wypłata\n\nDzień dobry, {hg},\n\ndziękuję za potwierdzenie odszkodowania w kwocie {amt}. Proszę o przelew na nasze wspólne konto: {acct}, właściciele {name} i {name2}. Do formularza mój {idl}: {gid}.\n\nPozdrawiam\n{name3}",
}
PAY_CC = ["GB", "IN", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "PT", "BR", "PL"]


@tpl("payout_instruction", 24)
def t_payout(R, i):
    cc = PAY_CC[i % len(PAY_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    a, b, h = P.one(cc), P.one(cc), P.one(cc)
    ymd = birth(R, 1950, 1995)
    if cc == "GB":
        gid, idl = gov_for(R, a, ymd), "National Insurance number"
    elif cc == "IN":
        gid, idl = gov_for(R, a, ymd, "pan"), "PAN"
    elif cc == "DE" or cc == "AT":
        gid, idl = gov_for(R, a, ymd) if cc == "DE" else gov_for(R, a, ymd), ("Steuer-ID" if cc == "DE" else "SV-Nummer")
    else:
        gid, idl = gov_for(R, a, ymd), ID_LABEL[cc]
    if cc == "IN":
        acct = [N("A/c " + nonluhn(R, 12), "bank_account"), ", IFSC ", N(rnd(R, UPL, 4) + "0" + digits(R, 6), "ifsc")]
    else:
        acct = ["IBAN ", IBAN(R, cc)]
    ro = cc == "IN"
    body = fill(PAYOUT[bl], clm=claim_no(R, cc), hg=PG(h, ro), amt=amount(R, cc, 800, 20000), acct=acct, name=nm(a, ro), name2=nm(b, ro),
                idl=idl, gid=gid, name3=PG(a, ro) if R.random() < 0.5 else nm(a, ro))
    return "email", lang, wrap_req(R, lang, R.choice(["check", "reply"]), body)


SUBRO = {
    "en": "To: {ins2} – Claims Recovery\nOur ref: {clm1}   Your ref: {clm2}\nDate: {date}\n\nSubrogated recovery – collision on {date2} at {place}\n\nDear {h2},\n\nWe insure {our} ({plate1}), whose vehicle was struck from behind by your policyholder's van ({plate2}) driven by {drv}. Liability is not in dispute; your insured, {yph}, accepted fault in the enclosed statement.\n\nWe have indemnified our insured {amt} and now claim this sum from you under our subrogation rights. Please confirm payment within 30 days.\n\nRegards,\n{h1}\nRecovery Specialist, {ins1}\nDirect: {dl} · {wmail}",
    "de": "An: {ins2} – Regress\nUnser Zeichen: {clm1}   Ihr Zeichen: {clm2}\nDatum: {date}\n\nRegressforderung – Auffahrunfall am {date2}, {place}\n\nGuten Tag {h2},\n\nwir versichern {our} ({plate1}). Ihr VN {yph} hat mit seinem Transporter ({plate2}), gefahren von {drv}, das Fahrzeug unseres VN von hinten beschädigt. Die Haftung ist unstreitig.\n\nWir haben unseren VN mit {amt} entschädigt und machen diesen Betrag aus übergegangenem Recht (§ 86 VVG) geltend. Bitte zahlen Sie binnen 30 Tagen.\n\nMit freundlichen Grüßen\n{h1}\nRegressabteilung, {ins1}\nDurchwahl: {dl} · {wmail}",
    "fr": "À : {ins2} – Service recours\nNos réf. : {clm1}   Vos réf. : {clm2}\nDate : {date}\n\nRecours subrogatoire – collision du {date2}, {place}\n\n{h2},\n\nNous assurons {our} ({plate1}), dont le véhicule a été heurté à l'arrière par la camionnette de votre assuré ({plate2}), conduite par {drv}. Votre assuré, {yph}, a reconnu sa responsabilité dans le constat joint.\n\nNous avons indemnisé notre assuré à hauteur de {amt} et exerçons notre recours subrogatoire pour ce montant. Merci de régler sous 30 jours.\n\nCordialement,\n{h1}\nChargé de recours, {ins1}\nLigne directe : {dl} · {wmail}",
    "es": "A: {ins2} – Recobros\nNuestra ref.: {clm1}   Su ref.: {clm2}\nFecha: {date}\n\nRecobro por subrogación – colisión del {date2} en {place}\n\nEstimado/a {h2}:\n\nAseguramos a {our} ({plate1}), cuyo vehículo fue golpeado por detrás por la furgoneta de su asegurado ({plate2}), conducida por {drv}. Su asegurado, {yph}, reconoció la culpa en la declaración adjunta.\n\nHemos indemnizado a nuestro asegurado con {amt} y les reclamamos dicha cantidad por subrogación. Rogamos confirmen el pago en 30 días.\n\nAtentamente,\n{h1}\nRecobros, {ins1}\nDirecto: {dl} · {wmail}",
    "it": "A: {ins2} – Ufficio Rivalse\nNs. rif.: {clm1}   Vs. rif.: {clm2}\nData: {date}\n\nRivalsa – tamponamento del {date2}, {place}\n\nGentile {h2},\n\nassicuriamo {our} ({plate1}), il cui veicolo è stato tamponato dal furgone del vostro assicurato ({plate2}) condotto da {drv}. Il vostro assicurato, {yph}, ha ammesso la responsabilità nella dichiarazione allegata.\n\nAbbiamo indennizzato il nostro assicurato per {amt} e agiamo in surroga per tale importo. Vi preghiamo di confermare il pagamento entro 30 giorni.\n\nCordiali saluti,\n{h1}\nUfficio Rivalse, {ins1}\nDiretto: {dl} · {wmail}",
    "nl": "Aan: {ins2} – Verhaal\nOns kenmerk: {clm1}   Uw kenmerk: {clm2}\nDatum: {date}\n\nVerhaal van schade – aanrijding op {date2}, {place}\n\nGeachte {h2},\n\nWij verzekeren {our} ({plate1}), wiens auto van achteren werd aangereden door het busje van uw verzekerde ({plate2}), bestuurd door {drv}. Uw verzekerde, {yph}, heeft de schuld erkend in de bijgevoegde verklaring.\n\nWij hebben onze verzekerde {amt} vergoed en verhalen dit bedrag op grond van subrogatie. Graag betaling binnen 30 dagen.\n\nMet vriendelijke groet,\n{h1}\nVerhaalspecialist, {ins1}\nDirect: {dl} · {wmail}",
}
SUB_CC = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "AT", "BE", "MX"]
OTHER_INS = {"GB": "Harbourline Motor Insurance Ltd", "US": "Redmesa Mutual Auto", "DE": "Auerhahn Kraftfahrt-Versicherung AG",
             "AT": "Gamsstein Versicherung AG", "FR": "Assurances Loire-Sologne", "BE": "Assurances Semois SA",
             "ES": "Seguros Garbí S.A.", "MX": "Seguros Huasteca S.A.", "IT": "Assicurazioni Monteviso S.p.A.",
             "NL": "Reigerbos Verzekeringen N.V."}


@tpl("subrogation_letter", 22)
def t_subro(R, i):
    cc = SUB_CC[i % len(SUB_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    h1, h2, our, yph, drv = P.one(cc), P.one(cc), P.one(cc), P.one(cc, female=False), P.one(cc)
    ins = INSURERS[cc]
    body = [N(ins[0], "insurer"), " · ", N(ins[2], "org_address"), "\n"] + fill(
        SUBRO[bl], ins2=N(OTHER_INS[cc], "insurer"), clm1=claim_no(R, cc), clm2=claim_no(R, cc), date=idate(R, cc, "letter_date"),
        date2=idate(R, cc), place=N(PUBLIC_PLACE[cc], "public_place"), h2=nm(h2), our=nm(our), plate1=plate(R, cc),
        plate2=plate(R, cc), drv=nm(drv), yph=nm(yph), amt=amount(R, cc, 1500, 18000), h1=nm(h1), ins1=N(ins[0], "insurer"),
        dl=direct_line(R, cc), wmail=email_work(R, h1, ins[1]))
    return "letter", lang, wrap_req(R, lang, R.choice(["reply", "summary"]), body)


FRAUD = {
    "en": "SIU REFERRAL – {clm}\nClaimant: {name} (DOB {dob}), {idl} {gid}\nAddress on policy: {addr}\nPrevious address (credit file): {addr2}\nPhones: {tel} (policy), {tel2} (given at FNOL)\nE-mail: {mail}\nConcerns:\n1. Bank details changed two days before settlement: new IBAN {iban}, account in the name of {assoc}.\n2. Portal logins from {ip1} and {ip2}; {ip1b} also used on claim {clm2} by {assoc2}.\n3. Device id {dev} shared with claim {clm3}.\nRecommendation: hold payment, interview claimant.\nReferred by {ref}, {date}",
    "de": "SIU-MELDUNG – {clm}\nAnspruchsteller: {name} (geb. {dob}), {idl} {gid}\nAnschrift laut Vertrag: {addr}\nFrühere Anschrift (Auskunftei): {addr2}\nTelefon: {tel} (Vertrag), {tel2} (Schadenmeldung)\nE-Mail: {mail}\nAuffälligkeiten:\n1. Bankverbindung zwei Tage vor Auszahlung geändert: neue IBAN {iban}, Kontoinhaber {assoc}.\n2. Portal-Logins von {ip1} und {ip2}; {ip1b} auch bei Schaden {clm2} durch {assoc2} genutzt.\n3. Geräte-ID {dev} identisch mit Schaden {clm3}.\nEmpfehlung: Zahlung anhalten, Anspruchsteller befragen.\nGemeldet von {ref}, {date}",
    "fr": "SIGNALEMENT FRAUDE – {clm}\nDemandeur : {name} (né(e) le {dob}), {idl} {gid}\nAdresse au contrat : {addr}\nAncienne adresse : {addr2}\nTéléphones : {tel} (contrat), {tel2} (déclaration)\nE-mail : {mail}\nPoints d'alerte :\n1. RIB modifié deux jours avant le règlement : nouvel IBAN {iban}, au nom de {assoc}.\n2. Connexions à l'espace client depuis {ip1} et {ip2} ; {ip1b} utilisée aussi sur le sinistre {clm2} par {assoc2}.\n3. Identifiant d'appareil {dev} commun avec le sinistre {clm3}.\nRecommandation : suspendre le paiement, entretien avec l'assuré.\nSignalé par {ref}, {date}",
    "es": "DERIVACIÓN A FRAUDE – {clm}\nReclamante: {name} (nac. {dob}), {idl} {gid}\nDomicilio en póliza: {addr}\nDomicilio anterior: {addr2}\nTeléfonos: {tel} (póliza), {tel2} (apertura)\nCorreo: {mail}\nIndicios:\n1. Cambio de cuenta dos días antes del pago: nuevo IBAN {iban}, a nombre de {assoc}.\n2. Accesos al área de clientes desde {ip1} y {ip2}; {ip1b} también usada en el siniestro {clm2} por {assoc2}.\n3. Id. de dispositivo {dev} compartido con el siniestro {clm3}.\nRecomendación: retener el pago y entrevistar al reclamante.\nDerivado por {ref}, {date}",
    "nl": "FRAUDESIGNAAL – {clm}\nEiser: {name} (geb. {dob}), {idl} {gid}\nAdres volgens polis: {addr}\nVorig adres: {addr2}\nTelefoon: {tel} (polis), {tel2} (melding)\nE-mail: {mail}\nSignalen:\n1. Rekeningnummer twee dagen voor uitbetaling gewijzigd: nieuw IBAN {iban}, op naam van {assoc}.\n2. Inloggen op het portaal vanaf {ip1} en {ip2}; {ip1b} ook gebruikt bij schade {clm2} door {assoc2}.\n3. Apparaat-id {dev} gelijk aan schade {clm3}.\nAdvies: betaling aanhouden, eiser horen.\nGemeld door {ref}, {date}",
}
FR_CC = ["GB", "GB", "DE", "FR", "ES", "NL", "AT", "BE", "IN", "US"]


@tpl("fraud_referral", 28)
def t_fraud(R, i):
    cc = FR_CC[i % len(FR_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    c, a1, a2, rf = P.one(cc), P.one(cc), P.one(cc), P.one(cc)
    dob, ymd = DOB(R, cc, 1960, 2001)
    idl = ID_LABEL[cc]
    gid = gov_for(R, c, ymd)
    ip1 = IP(R, v6=False)
    if cc in IBAN_CC:
        ib = IBAN(R, cc)
    elif cc == "IN":
        ib = N(nonluhn(R, 12), "bank_account")
    else:
        ib = N("routing %s acct %s" % (digits(R, 9), nonluhn(R, 10)), "bank_account")
    frame = FRAUD[bl] if cc in IBAN_CC else FRAUD[bl].replace("new IBAN", "new account")
    body = fill(frame, clm=claim_no(R, cc), name=nm(c, cc == "IN"), dob=dob, idl=idl, gid=gid, addr=address(R, c),
                addr2=address(R, c), tel=mobile(R, cc), tel2=mobile(R, cc), mail=email_private(R, c), iban=ib,
                assoc=nm(a1, cc == "IN"), ip1=ip1, ip2=IP(R), ip1b=L("ip", ip1.value, sub=ip1.meta["sub"]), clm2=claim_no(R, cc),
                assoc2=nm(a2, cc == "IN"), dev=N(rnd(R, "0123456789abcdef", 8) + "-" + rnd(R, "0123456789abcdef", 4) + "-4" + rnd(R, "0123456789abcdef", 3) + "-a" + rnd(R, "0123456789abcdef", 3) + "-" + rnd(R, "0123456789abcdef", 12), "device_id"),
                clm3=claim_no(R, cc), ref=nm(rf, cc == "IN"), date=idate(R, cc, "referral_date", 2026))
    return "notes", lang, wrap_req(R, lang, R.choice(["summary", "explain"]), body)


@tpl("claims_integration", 34)
def t_integration(R, i):
    cc = COUNTRIES[(i * 5 + 1) % len(COUNTRIES)]
    lang = LANG[cc]
    P = People(R)
    eng = P.one(cc)
    ins = INSURERS[cc]
    ro = cc in ("RU", "GR", "IN", "IL", "EG", "JP", "KR", "CN")
    k = R.randint(0, 2)
    if k == 0:
        body = ["# claims-hub .env (prod) — owner: ", nm(eng, ro), " <", email_work(R, eng, ins[1]), ">\n",
                "CLAIMS_API_BASE=https://api.", N(ins[1], "domain"), "/v2\n",
                "CLAIMS_API_KEY=", SECRET(R, "api_key"), "\n",
                "OAUTH_CLIENT_ID=", N("clm-gw-" + digits(R, 5), "client_id"), "\n",
                "OAUTH_CLIENT_SECRET=", SECRET(R, "client_secret"), "\n",
                "WEBHOOK_HMAC_KEY=", SECRET(R, "hmac"), "\n",
                "POSTGRES_URL=postgres://claims_rw:", SECRET(R, "db"), "@", IP(R, v6=False, sub="server"), ":5432/claims\n",
                "SFTP_BORDEREAUX_HOST=", IP(R, v6=False, sub="server"), "\n",
                "SFTP_BORDEREAUX_PASS=", SECRET(R, "sftp"), "\n"]
        if R.random() < 0.5:
            body += ["SLACK_ALERTS=", SECRET(R, "slack_webhook"), "\n"]
        body += ["AWS_ACCESS_KEY_ID=", SECRET(R, "aws_access_key_id"), "\n", "AWS_SECRET_ACCESS_KEY=", SECRET(R, "aws_secret_access_key"), "\n",
                 "DOCS_BUCKET=", N("claims-docs-prod-" + digits(R, 4), "bucket"), "\n"]
    elif k == 1:
        ts = ["2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)) for _ in range(4)]
        body = [ts[0] + " INFO  fnol-intake POST /v2/claims 201 claim=", claim_no(R, cc), " src=", IP(R), " ua=\"Mozilla/5.0\"\n",
                ts[1] + " WARN  docs-upload 413 Payload Too Large src=", IP(R), " claim=", claim_no(R, cc), "\n",
                ts[2] + " ERROR partner-sync 401 Unauthorized: bearer ", SECRET(R, "bearer"), " rejected by ", N(doc_ip(R), "documentation_ip"), "\n",
                ts[3] + " INFO  retry scheduled job=", N(rnd(R, "0123456789abcdef", 12), "job_id"), " user=", email_work(R, eng, ins[1]), "\n"]
    else:
        body = ["# partner-gateway.yaml — ask ", nm(eng, ro), " before rotating\n",
                "insurer: ", N(ins[0], "insurer"), "\n",
                "adjuster_portal:\n  base_url: https://portal.", N(ins[1], "domain"), "\n  api_key: ", SECRET(R, "api_key"), "\n",
                "  allowed_ips:\n    - ", IP(R, v6=False, sub="server"), "\n    - ", IP(R, v6=True, sub="server"), "\n",
                "garage_network:\n  client_id: ", N("gn-" + digits(R, 6), "client_id"), "\n  client_secret: ", SECRET(R, "client_secret"), "\n",
                "notifications:\n  sendgrid_key: ", SECRET(R, "sendgrid"), "\n  from: ", N("noreply@" + ins[1], "role_mailbox"), "\n",
                "test_endpoint: http://", N(doc_ip(R), "documentation_ip"), ":8080/health\n"]
    return "code", lang, wrap_req(R, lang, "fix", body)


MED = {
    "en": ("MEDICAL REPORT FOR INSURANCE PURPOSES\nRe: {name}, DOB {dob}{idpart}\nAddress: {addr}\nInsurer ref: {clm}\nDate of accident: {date}   Examined: {date2}\n\nHistory: Driver of a stationary car struck from behind. Neck pain the same evening; attended {hosp}, X-rays normal.\nExamination: reduced rotation to the left, tenderness C4–C6. ICD-10 S13.4.\nOpinion: whiplash-associated disorder grade II; recovery expected within nine months.\n\n{doc}\n{qual}\n{dmail}", "GMC"),
    "de": ("ÄRZTLICHES GUTACHTEN FÜR DEN VERSICHERER\nBetr.: {name}, geb. {dob}{idpart}\nAnschrift: {addr}\nSchaden-Nr.: {clm}\nUnfalltag: {date}   Untersuchung: {date2}\n\nAnamnese: Fahrer eines stehenden Pkw, Heckaufprall. Nackenschmerzen am selben Abend, Vorstellung {hosp}, Röntgen unauffällig.\nBefund: Rotation links eingeschränkt, Druckschmerz C4–C6. ICD-10 S13.4.\nBeurteilung: HWS-Distorsion Grad II, Ausheilung binnen neun Monaten zu erwarten.\n\nDr. med. {doc}\n{qual}\n{dmail}", "LANR"),
    "fr": ("RAPPORT MÉDICAL À L'ATTENTION DE L'ASSUREUR\nConcerne : {name}, né(e) le {dob}{idpart}\nAdresse : {addr}\nRéf. sinistre : {clm}\nDate de l'accident : {date}   Examen : {date2}\n\nAnamnèse : conducteur d'un véhicule à l'arrêt percuté à l'arrière. Cervicalgies le soir même ; passage aux urgences de {hosp}, radios normales.\nExamen : rotation gauche limitée, douleur C4–C6. CIM-10 S13.4.\nConclusion : entorse cervicale bénigne, consolidation attendue sous neuf mois.\n\nDr {doc}\n{qual}\n{dmail}", "RPPS"),
    "es": ("INFORME MÉDICO PARA LA ASEGURADORA\nPaciente: {name}, nacido/a el {dob}{idpart}\nDomicilio: {addr}\nRef. siniestro: {clm}\nFecha del accidente: {date}   Exploración: {date2}\n\nAnamnesis: conductor de un vehículo detenido, alcance trasero. Cervicalgia esa misma tarde; acudió a urgencias de {hosp}, radiografías normales.\nExploración: rotación izquierda limitada, dolor C4–C6. CIE-10 S13.4.\nValoración: esguince cervical grado II; curación prevista en nueve meses.\n\nDr./Dra. {doc}\n{qual}\n{dmail}", "Col."),
    "it": ("RELAZIONE MEDICO-LEGALE PER LA COMPAGNIA\nPaziente: {name}, nato/a il {dob}{idpart}\nIndirizzo: {addr}\nRif. sinistro: {clm}\nData incidente: {date}   Visita: {date2}\n\nAnamnesi: conducente di veicolo fermo tamponato. Cervicalgia la sera stessa; accesso al pronto soccorso di {hosp}, RX negativa.\nEsame obiettivo: rotazione sinistra ridotta, dolorabilità C4–C6. ICD-10 S13.4.\nConclusioni: distorsione del rachide cervicale di II grado; guarigione attesa entro nove mesi.\n\nDott. {doc}\n{qual}\n{dmail}", "Ordine"),
    "nl": ("MEDISCH RAPPORT VOOR DE VERZEKERAAR\nBetreft: {name}, geb. {dob}{idpart}\nAdres: {addr}\nSchadenummer: {clm}\nOngevalsdatum: {date}   Onderzoek: {date2}\n\nAnamnese: bestuurder van stilstaande auto, kop-staartbotsing. Nekpijn dezelfde avond; SEH {hosp}, röntgenfoto's zonder afwijkingen.\nOnderzoek: rotatie links beperkt, drukpijn C4–C6. ICD-10 S13.4.\nConclusie: whiplash graad II; herstel binnen negen maanden verwacht.\n\nDr. {doc}\n{qual}\n{dmail}", "BIG"),
}
MED_CC = ["GB", "DE", "FR", "ES", "IT", "NL", "US", "AT", "BE", "MX"]
HOSP = {"en": ["Hallgarth General Hospital", "St Aldric's Infirmary"], "de": ["Klinikum Auental"], "fr": ["CH de la Vallée Verte"],
        "es": ["Hospital Comarcal de Valdehierro"], "it": ["Ospedale Santa Maria dei Colli"], "nl": ["Ziekenhuis Rivierenland-Oost"]}


@tpl("medical_report", 24)
def t_medical(R, i):
    cc = MED_CC[i % len(MED_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    pt, dr = P.one(cc), P.one(cc)
    dob, ymd = DOB(R, cc, 1955, 2004)
    frame, reg = MED[bl]
    idpart = []
    if cc == "GB":
        idpart = [", NHS no. ", gov_for(R, pt, ymd, "nhs")]
    elif cc in ("FR", "IT", "ES", "NL", "BE"):
        idpart = [", " + ID_LABEL[cc] + " ", gov_for(R, pt, ymd)]
    dom = {"GB": "hallgarth.nhs.uk", "US": "mesaridge-ortho.com", "DE": "praxis-auental.de", "AT": "ordination-lindenberg.at",
           "FR": "cabinet-valleeverte.fr", "BE": "medibocq.be", "ES": "clinicavaldehierro.es", "MX": "clinicanogales.mx",
           "IT": "studiomedicocolli.it", "NL": "huisartsen-oost.nl"}[cc]
    body = fill(frame, name=nm(pt), dob=dob, idpart=idpart, addr=address(R, pt), clm=claim_no(R, cc), date=idate(R, cc),
                date2=idate(R, cc, "exam_date"), hosp=N(R.choice(HOSP[bl]), "hospital"), doc=nm(dr),
                qual=N("%s %s" % (reg, digits(R, 7)), "professional_register"), dmail=email_work(R, dr, dom))
    return "letter", lang, wrap_req(R, lang, R.choice(["summary", "explain"]), body)


RESET = {
    "en": "From: {ins} <no-reply@{dom}>\nTo: {mail}\nSubject: Your password reset\n\nHello {given},\n\nWe received a request to reset the password for your customer portal from IP address {ip} ({when}).\nYour temporary password is: {temp}\nIt expires in 30 minutes. If you did not ask for this, call us on {hotline}.\n\n{ins} Online Services",
    "de": "Von: {ins} <no-reply@{dom}>\nAn: {mail}\nBetreff: Passwort zurücksetzen\n\nHallo {given},\n\nfür Ihr Kundenportal wurde von der IP-Adresse {ip} ({when}) ein neues Passwort angefordert.\nIhr vorläufiges Passwort: {temp}\nEs ist 30 Minuten gültig. Waren Sie das nicht, rufen Sie uns an: {hotline}.\n\nIhr Online-Service",
    "fr": "De : {ins} <no-reply@{dom}>\nÀ : {mail}\nObjet : Réinitialisation de votre mot de passe\n\nBonjour {given},\n\nUne demande de réinitialisation du mot de passe de votre espace client a été faite depuis l'adresse IP {ip} ({when}).\nVotre mot de passe provisoire : {temp}\nIl expire dans 30 minutes. Si vous n'êtes pas à l'origine de cette demande, appelez le {hotline}.\n\nVotre espace client",
    "es": "De: {ins} <no-reply@{dom}>\nPara: {mail}\nAsunto: Restablecimiento de contraseña\n\nHola, {given}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu área de clientes desde la IP {ip} ({when}).\nTu contraseña temporal es: {temp}\nCaduca en 30 minutos. Si no has sido tú, llámanos al {hotline}.\n\nServicios online",
    "it": "Da: {ins} <no-reply@{dom}>\nA: {mail}\nOggetto: Reimpostazione password\n\nCiao {given},\n\nabbiamo ricevuto una richiesta di reimpostazione della password dell'area clienti dall'indirizzo IP {ip} ({when}).\nLa password temporanea è: {temp}\nScade tra 30 minuti. Se non sei stato tu, chiama il {hotline}.\n\nServizi online",
    "nl": "Van: {ins} <no-reply@{dom}>\nAan: {mail}\nOnderwerp: Wachtwoord opnieuw instellen\n\nBeste {given},\n\nVanaf IP-adres {ip} ({when}) is gevraagd het wachtwoord van uw klantportaal opnieuw in te stellen.\nUw tijdelijke wachtwoord: {temp}\nHet verloopt over 30 minuten. Was u dit niet, bel dan {hotline}.\n\nOnline service",
    "pt": "De: {ins} <no-reply@{dom}>\nPara: {mail}\nAssunto: Redefinição da palavra-passe\n\nOlá {given},\n\nRecebemos um pedido para redefinir a palavra-passe da sua área de cliente a partir do IP {ip} ({when}).\nA sua palavra-passe temporária é: {temp}\nExpira em 30 minutos. Se não foi você, ligue para {hotline}.\n\nServiços online",
    "pl": "Od: {ins} <no-reply@{dom}>\nDo: {mail}\nTemat: Reset hasła\n\nDzień dobry, {given},\n\notrzymaliśmy prośbę o zresetowanie hasła do portalu klienta z adresu IP {ip} ({when}).\nHasło tymczasowe: {temp}\nWygasa za 30 minut. Jeśli to nie Ty, zadzwoń pod {hotline}.\n\nObsługa online",
}
RES_CC = ["GB", "US", "IN", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "NL", "PT", "BR", "PL"]


@tpl("portal_reset", 22)
def t_reset(R, i):
    cc = RES_CC[i % len(RES_CC)]
    bl = BODY_LANG[cc]
    lang = LANG[cc]
    P = People(R)
    u = P.one(cc)
    ins = INSURERS[cc]
    body = fill(RESET[bl], ins=N(ins[0], "insurer"), dom=N(ins[1], "domain"), mail=email_private(R, u),
                given=PG(u) if cc != "IN" else L("person", u.gr, sub="given"), ip=IP(R),
                when=N("%02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59)), "timestamp"), temp=SECRET(R, "temp_password"),
                hotline=N(ins[3], "hotline"))
    return "email", lang, wrap_req(R, lang, "explain", body)


CALL = {
    "en": "Call note – {date} – {agent}\nCustomer {name} (DOB {dob}) called about quote {quote}. Moving to {addr} next month and wants the home policy to move with her. First premium {amt} paid by card {card}, exp {exp}. Partner {sg} to be added as joint policyholder. Call back on {tel}.",
    "de": "Gesprächsnotiz – {date} – {agent}\nKundin {name} (geb. {dob}) rief wegen Angebot {quote} an. Zieht nächsten Monat nach {addr}, Hausratvertrag soll mit umziehen. Erstbeitrag {amt} per Karte {card}, gültig bis {exp}. Partner {sg} als Mitversicherungsnehmer aufnehmen. Rückruf unter {tel}.",
    "fr": "Note d'appel – {date} – {agent}\nCliente {name} (née le {dob}) a appelé pour le devis {quote}. Déménage le mois prochain au {addr}, souhaite transférer son contrat habitation. Première prime {amt} réglée par carte {card}, exp. {exp}. Ajouter le conjoint {sg} comme co-souscripteur. Rappeler au {tel}.",
    "es": "Nota de llamada – {date} – {agent}\nLa clienta {name} (nac. {dob}) llamó por el presupuesto {quote}. Se muda el mes que viene a {addr} y quiere trasladar la póliza de hogar. Primera prima {amt} con tarjeta {card}, cad. {exp}. Añadir a su pareja {sg} como cotomador. Devolver llamada al {tel}.",
    "it": "Nota chiamata – {date} – {agent}\nLa cliente {name} (nata il {dob}) ha chiamato per il preventivo {quote}. Si trasferisce il mese prossimo in {addr} e vuole spostare la polizza casa. Primo premio {amt} pagato con carta {card}, scad. {exp}. Aggiungere il compagno {sg} come cocontraente. Richiamare al {tel}.",
    "pt": "Nota de chamada – {date} – {agent}\nA cliente {name} (nasc. {dob}) ligou sobre a cotação {quote}. Muda-se no próximo mês para {addr} e quer transferir o seguro de habitação. Primeiro prémio {amt} pago com cartão {card}, val. {exp}. Acrescentar o companheiro {sg} como cotomador. Ligar de volta para {tel}.",
}
CALL_CC = ["GB", "US", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "PT", "BR", "IN"]


@tpl("agency_call_note", 24)
def t_call(R, i):
    cc = CALL_CC[i % len(CALL_CC)]
    bl = BODY_LANG[cc] if BODY_LANG[cc] in CALL else "en"
    lang = LANG[cc]
    P = People(R)
    c, ag, sp = P.one(cc, female=True), P.one(cc), P.one(cc, female=False)
    dob, _ = DOB(R, cc, 1955, 2003)
    body = fill(CALL[bl], date=idate(R, cc, "call_date", 2026), agent=nm(ag, cc == "IN", sub="agent"), name=nm(c, cc == "IN"), dob=dob,
                quote=N("Q-" + digits(R, 8), "quote_number"), addr=address(R, c), amt=amount(R, cc, 20, 300, "premium"),
                card=CARD(R), exp=N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
                sg=PG(sp) if cc != "IN" else L("person", sp.gr, sub="given"), tel=mobile(R, cc))
    return "notes", lang, wrap_req(R, lang, R.choice(["summary", "check"]), body)


CHAT = {
    "en": ["Agent {ag}: Hello, you're through to motor claims, my name is {ag}. Can I take your full name and date of birth?",
           "You: {name}, {dob}", "Agent {ag}: Thanks. Best phone number and e-mail for updates?", "You: {tel} and {mail}",
           "Agent {ag}: Is the car ({plate}) at your home address, {addr}?", "You: yes, on the drive",
           "Agent {ag}: I've opened claim {clm}; an approved repairer will call within two working days."],
    "de": ["Mitarbeiterin {ag}: Guten Tag, Kfz-Schaden, mein Name ist {ag}. Ihr vollständiger Name und Geburtsdatum bitte?",
           "Ich: {name}, {dob}", "Mitarbeiterin {ag}: Danke. Telefon und E-Mail für Rückfragen?", "Ich: {tel}, {mail}",
           "Mitarbeiterin {ag}: Steht das Fahrzeug ({plate}) bei Ihnen zu Hause, {addr}?", "Ich: ja, in der Einfahrt",
           "Mitarbeiterin {ag}: Ich habe den Schaden {clm} angelegt, eine Partnerwerkstatt meldet sich binnen zwei Werktagen."],
    "fr": ["Conseillère {ag} : Bonjour, service sinistres auto, {ag} à votre écoute. Vos nom, prénom et date de naissance ?",
           "Moi : {name}, {dob}", "Conseillère {ag} : Merci. Un téléphone et un e-mail pour le suivi ?", "Moi : {tel} et {mail}",
           "Conseillère {ag} : Le véhicule ({plate}) est-il à votre domicile, {addr} ?", "Moi : oui, dans l'allée",
           "Conseillère {ag} : J'ai ouvert le dossier {clm}, un garage agréé vous appellera sous 48 h."],
    "es": ["Agente {ag}: Hola, siniestros de autos, le atiende {ag}. ¿Nombre completo y fecha de nacimiento?",
           "Yo: {name}, {dob}", "Agente {ag}: Gracias. ¿Teléfono y correo para avisos?", "Yo: {tel} y {mail}",
           "Agente {ag}: ¿El coche ({plate}) está en su domicilio, {addr}?", "Yo: sí, en el garaje",
           "Agente {ag}: He abierto el siniestro {clm}; un taller concertado le llamará en 48 horas."],
    "it": ["Operatrice {ag}: Buongiorno, sinistri auto, sono {ag}. Nome, cognome e data di nascita?",
           "Io: {name}, {dob}", "Operatrice {ag}: Grazie. Telefono ed e-mail per gli aggiornamenti?", "Io: {tel}, {mail}",
           "Operatrice {ag}: L'auto ({plate}) si trova presso la sua abitazione, {addr}?", "Io: sì, in cortile",
           "Operatrice {ag}: Ho aperto il sinistro {clm}; una carrozzeria convenzionata la contatterà entro 48 ore."],
    "nl": ["Medewerker {ag}: Goedemiddag, autoschade, u spreekt met {ag}. Uw volledige naam en geboortedatum?",
           "Ik: {name}, {dob}", "Medewerker {ag}: Dank u. Telefoon en e-mail voor updates?", "Ik: {tel} en {mail}",
           "Medewerker {ag}: Staat de auto ({plate}) op uw huisadres, {addr}?", "Ik: ja, op de oprit",
           "Medewerker {ag}: Ik heb schade {clm} aangemaakt; een aangesloten hersteller belt u binnen twee werkdagen."],
    "pt": ["Assistente {ag}: Olá, sinistros automóvel, fala {ag}. Nome completo e data de nascimento?",
           "Eu: {name}, {dob}", "Assistente {ag}: Obrigada. Telefone e e-mail para contacto?", "Eu: {tel} e {mail}",
           "Assistente {ag}: O carro ({plate}) está na sua morada, {addr}?", "Eu: sim, na garagem",
           "Assistente {ag}: Abri o processo {clm}; uma oficina convencionada vai ligar-lhe em 48 horas."],
    "pl": ["Konsultantka {ag}: Dzień dobry, szkody komunikacyjne, {ag}. Proszę o imię, nazwisko i datę urodzenia.",
           "Ja: {name}, {dob}", "Konsultantka {ag}: Dziękuję. Telefon i e-mail do kontaktu?", "Ja: {tel}, {mail}",
           "Konsultantka {ag}: Czy auto ({plate}) stoi pod adresem zamieszkania, {addr}?", "Ja: tak, na podjeździe",
           "Konsultantka {ag}: Założyłam szkodę {clm}, warsztat partnerski oddzwoni w ciągu dwóch dni roboczych."],
    "ja": ["担当 {ag}: お電話ありがとうございます。事故受付の{ag}です。お名前と生年月日をお願いします。",
           "私: {name}、{dob}", "担当 {ag}: ありがとうございます。ご連絡先の電話番号とメールアドレスは？", "私: {tel}、{mail}",
           "担当 {ag}: お車（{plate}）はご自宅（{addr}）にありますか？", "私: はい、駐車場にあります",
           "担当 {ag}: 事故受付番号は{clm}です。提携工場から2営業日以内にご連絡します。"],
    "zh": ["客服 {ag}：您好，车险报案中心，我是{ag}。请提供您的姓名和出生日期。",
           "我：{name}，{dob}", "客服 {ag}：谢谢。方便联系的电话和邮箱？", "我：{tel}，{mail}",
           "客服 {ag}：车辆（{plate}）现在在您家（{addr}）吗？", "我：是的，在小区车位",
           "客服 {ag}：已为您生成报案号{clm}，合作维修厂会在两个工作日内联系您。"],
    "ko": ["상담원 {ag}: 안녕하세요, 자동차 사고 접수 담당 {ag}입니다. 성함과 생년월일 말씀해 주세요.",
           "나: {name}, {dob}", "상담원 {ag}: 감사합니다. 연락받으실 번호와 이메일은요?", "나: {tel}, {mail}",
           "상담원 {ag}: 차량({plate})은 자택({addr})에 있나요?", "나: 네, 주차장에 있어요",
           "상담원 {ag}: 사고접수번호는 {clm}입니다. 협력 정비소에서 2영업일 내에 연락드립니다."],
}
CHAT_CC = {"en": ["GB", "US", "IN"], "de": ["DE", "AT"], "fr": ["FR", "BE"], "es": ["ES", "MX"], "it": ["IT"], "nl": ["NL"],
           "pt": ["PT", "BR"], "pl": ["PL"], "ja": ["JP"], "zh": ["CN"], "ko": ["KR"]}
CHAT_LIST = [(l, c) for l in CHAT_CC for c in CHAT_CC[l]]


@tpl("claim_chat", 30)
def t_chat(R, i):
    bl, cc = CHAT_LIST[i % len(CHAT_LIST)]
    lang = LANG[cc]
    P = People(R)
    ag, c = P.one(cc, female=True), P.one(cc)
    dob, _ = DOB(R, cc, 1950, 2004)
    out = []
    t0 = R.randint(8, 17) * 60 + R.randint(0, 50)
    agl = (lambda: L("person", ag.gr if cc == "IN" else ag.given, sub="given"))
    for k, line in enumerate(CHAT[bl]):
        t = t0 + k
        out.append("[%02d:%02d] " % (t // 60 % 24, t % 60))
        out += fill(line, ag=agl(), name=nm(c, cc == "IN"), dob=dob, tel=mobile(R, cc), mail=email_private(R, c),
                    plate=plate(R, cc), addr=address(R, c), clm=claim_no(R, cc)) if any(s in line for s in ("{name}", "{tel}", "{plate}", "{clm}")) \
            else fill(line, ag=agl())
        out.append("\n")
    return "transcript", lang, wrap_req(R, lang, R.choice(["summary", "check"]), out)


# ====================================================================== clean-only templates
SAMPLE = [
    ("en", "GB", "Specimen policy wording – Home Insurance (edition {ver})\n\n1. Definitions\n\"You\", \"your\": the Policyholder named in the Schedule, for example Mr John Smith, 1 Sample Street, Anytown AB1 2CD.\n\"We\", \"us\": {ins}.\n2. Making a claim\nCall {hot} or write to {mb} quoting your policy number (shown as POL-000000 in this specimen).\nSpecimen field formats: date of birth DD/MM/YYYY, e-mail jane.doe@example.com, phone 01632 960 123 (a drama number)."),
    ("de", "DE", "Musterbedingungen Hausrat (Stand {ver})\n\n§ 1 Versicherungsnehmer ist die im Versicherungsschein genannte Person, z. B. Max Mustermann, Musterstraße 1, 12345 Musterstadt.\n§ 2 Versicherer ist die {ins}.\n§ 3 Schadenmeldung unter {hot} oder an {mb} unter Angabe der Versicherungsschein-Nr. (im Muster: 000 000 000).\nFelder im Musterformular: Geburtsdatum TT.MM.JJJJ, E-Mail erika.musterfrau@example.de, IBAN DExx xxxx xxxx xxxx xxxx xx."),
    ("fr", "FR", "Conditions générales – modèle (version {ver})\n\nArticle 1 – Le souscripteur est la personne désignée aux conditions particulières, par exemple M. Jean Dupont, 1 rue de l'Exemple, 75000 Paris.\nArticle 2 – L'assureur est {ins}.\nArticle 3 – Déclarez le sinistre au {hot} ou à {mb} en rappelant le n° de contrat (modèle : 0000000000).\nFormat attendu : date de naissance JJ/MM/AAAA, e-mail prenom.nom@example.fr."),
    ("es", "ES", "Condicionado general – modelo (versión {ver})\n\nArtículo 1. Tomador: la persona que figura en las condiciones particulares, p. ej. Juan Español Español, DNI 99999999R, Calle Ejemplo 1, 28000 Madrid.\nArtículo 2. Asegurador: {ins}.\nArtículo 3. Comunique el siniestro al {hot} o a {mb} indicando el n.º de póliza (en el modelo: 0000-000000).\nCorreo de ejemplo: nombre.apellido@example.es."),
    ("it", "IT", "Fac-simile condizioni di assicurazione (ed. {ver})\n\nArt. 1 – Contraente: la persona indicata in polizza, ad es. Mario Rossi, codice fiscale RSSMRA80A01H501U, Via Esempio 1, 00100 Roma.\nArt. 2 – Società: {ins}.\nArt. 3 – Denuncia del sinistro al {hot} o a {mb}, indicando il n. di polizza (fac-simile: 000.000.000).\nE-mail di esempio: mario.rossi@example.it."),
    ("nl", "NL", "Modelpolisvoorwaarden (versie {ver})\n\nArtikel 1 – Verzekeringnemer: de persoon op het polisblad, bijvoorbeeld J. Jansen, Voorbeeldstraat 1, 1234 AB Voorbeeld.\nArtikel 2 – Verzekeraar: {ins}.\nArtikel 3 – Meld schade via {hot} of {mb} met uw polisnummer (voorbeeld: 00000000).\nVoorbeeld-e-mail: jan.jansen@example.nl, BSN in het voorbeeld: 000000000."),
    ("pl", "PL", "Wzór ogólnych warunków ubezpieczenia (wersja {ver})\n\n§ 1 Ubezpieczający – osoba wskazana w polisie, np. Jan Kowalski, ul. Przykładowa 1, 00-001 Warszawa, PESEL 00000000000.\n§ 2 Ubezpieczyciel – {ins}.\n§ 3 Szkodę zgłasza się pod numerem {hot} lub na adres {mb}, podając numer polisy (wzór: 000000000).\nPrzykładowy e-mail: jan.kowalski@example.pl."),
    ("pt", "BR", "Modelo de condições gerais (versão {ver})\n\nCláusula 1 – Segurado: a pessoa indicada na apólice, por exemplo Fulano de Tal, CPF 000.000.000-00, Rua Exemplo, 1, São Paulo - SP.\nCláusula 2 – Seguradora: {ins}.\nCláusula 3 – Avise o sinistro pelo {hot} ou pelo e-mail {mb} informando o número da apólice (modelo: 00.00.0000000).\nE-mail de exemplo: fulano@example.com.br."),
    ("ja", "JP", "ご契約のしおり（記入例・{ver}版）\n\n契約者：山田 太郎（記入例）\n住所：東京都千代田区○○1-2-3（記入例）\n生年月日：YYYY年MM月DD日\n保険会社：{ins}\n事故のご連絡：{hot}（24時間受付）または {mb}\n証券番号の記入例：0000000000\nメールアドレス例：taro.yamada@example.jp"),
    ("ko", "KR", "보험약관 작성 예시 ({ver}판)\n\n계약자: 홍길동 (예시)\n주소: 서울특별시 ○○구 ○○로 1 (예시)\n주민등록번호: ######-####### (예시)\n보험사: {ins}\n사고 접수: {hot} 또는 {mb}\n증권번호 예시: 0000-000000\n이메일 예시: gildong.hong@example.kr"),
    ("zh", "CN", "保险条款示范文本（{ver}版）\n\n投保人：张三（示例）\n地址：××省××市××路1号（示例）\n身份证号：XXXXXXXXXXXXXXXXXX（示例）\n保险人：{ins}\n报案电话：{hot}，或发送邮件至 {mb}\n保单号示例：P000000000000\n邮箱示例：zhangsan@example.cn"),
]


@tpl("sample_wording", 25, clean=True)
def c_sample(R, i):
    lang, cc, frame = SAMPLE[i % len(SAMPLE)]
    ins = INSURERS[cc]
    body = fill(frame, ver=N("%d.%d" % (R.randint(1, 9), R.randint(0, 12)), "version"), ins=N(ins[0], "insurer"),
                hot=N(ins[3], "hotline"), mb=N(ins[5] + "@" + ins[1], "role_mailbox"))
    body = [N("", "sample_values")] + body
    return "template", lang, wrap_req(R, lang, R.choice(["explain", "translate", "summary"]), body)


STATUS = ["open", "reserved", "paid", "declined", "subrogation", "closed", "reopened", "awaiting docs"]


@tpl("claim_status", 25, clean=True)
def c_status(R, i):
    cc = COUNTRIES[(i * 7 + 5) % len(COUNTRIES)]
    lang = LANG[cc]
    out = ["claim_no | policy_no | date_of_loss | peril | plate | vin | police_ref | reserve | paid | excess | status\n"]
    for _ in range(R.randint(3, 5)):
        out += [claim_no(R, cc), " | ", policy_no(R, cc), " | ", idate(R, cc), " | ", N(R.choice(["motor", "escape of water", "storm", "theft", "glass", "fire"]), "peril"), " | ",
                plate(R, cc), " | ", vin(R), " | ", police_ref(R, cc), " | ", amount(R, cc, 500, 20000, "reserve"), " | ",
                amount(R, cc, 0, 9000), " | ", amount(R, cc, 100, 600, "excess"), " | ", N(R.choice(STATUS), "status"), "\n"]
    return "table", lang, wrap_req(R, lang, R.choice(["summary", "explain", "table"]), out)


@tpl("insurer_footer", 25, clean=True)
def c_footer(R, i):
    cc = COUNTRIES[(i * 3 + 2) % len(COUNTRIES)]
    lang = LANG[cc]
    ins = INSURERS[cc]
    out = [N(ins[0], "insurer"), "\n", N(ins[2], "org_address"), "\n", "Hotline: ", N(ins[3], "hotline"), " · ",
           N(ins[5] + "@" + ins[1], "role_mailbox"), " · ", N("service@" + ins[1], "role_mailbox"), "\n", N(ins[4], "registration_number"), "\n"]
    if cc in BROKERS:
        b = BROKERS[cc]
        out += ["\n", N(b[0], "broker_firm"), " · ", N("info@" + b[1], "role_mailbox"), " · ", N("FCA FRN %s" % digits(R, 6) if cc == "GB" else "Reg. %s" % digits(R, 8), "licence_number"), "\n"]
    if cc in GARAGES and R.random() < 0.5:
        g = GARAGES[cc]
        out += ["\n", N(g[0], "firm"), "\n", N(g[1], "org_address"), "\n", N(g[2], "org_phone"), " · ", N(g[3], "vat_id"), "\n"]
    q = {"en": "Is this insurer properly registered? What do these numbers mean?", "de": "Ist dieser Versicherer seriös? Was bedeuten die Nummern im Impressum?",
         "fr": "Cet assureur est-il bien agréé ? Que signifient ces numéros ?", "es": "¿Esta aseguradora está autorizada? ¿Qué significan estos números?",
         "it": "Questa compagnia è regolarmente autorizzata? Cosa indicano questi numeri?", "nl": "Is deze verzekeraar betrouwbaar? Wat betekenen deze nummers?",
         "pt": "Esta seguradora está autorizada? O que significam estes números?", "pl": "Czy ten ubezpieczyciel ma zezwolenie? Co oznaczają te numery?",
         "sv": "Är det här bolaget godkänt? Vad betyder numren?", "cs": "Je tahle pojišťovna řádně registrovaná? Co znamenají ta čísla?",
         "el": "Είναι νόμιμη αυτή η ασφαλιστική; Τι σημαίνουν αυτοί οι αριθμοί;", "tr": "Bu sigorta şirketi lisanslı mı? Bu numaralar ne anlama geliyor?",
         "ru": "Эта страховая действительно имеет лицензию? Что означают эти номера?", "ja": "この保険会社はきちんと登録されていますか？この番号の意味は？",
         "ko": "이 보험사 정식 등록된 곳 맞아? 이 번호들은 뭐야?", "zh": "这家保险公司有正规牌照吗？这些编号是什么意思？",
         "hi": "क्या यह बीमा कंपनी रजिस्टर्ड है? इन नंबरों का क्या मतलब है?", "he": "החברה הזאת מורשית? מה המספרים האלה אומרים?",
         "ar": "هل شركة التأمين هذه مرخصة؟ ماذا تعني هذه الأرقام؟", "vi": "Công ty bảo hiểm này có được cấp phép không? Các số này nghĩa là gì?",
         "id": "Apakah perusahaan asuransi ini terdaftar resmi? Apa arti nomor-nomor ini?"}[lang]
    return "footer", lang, [q + "\n\n"] + out if R.random() < 0.5 else out + ["\n" + q]


FAMOUS = {
    "en": ["Did insurance at Lloyd's really start in Edward Lloyd's coffee house?", "What role did Benjamin Franklin play in founding the Philadelphia Contributionship in 1752?",
           "Why does Warren Buffett like insurance float so much?", "How did Nicholas Barbon start fire insurance after the Great Fire of London?",
           "Was Cuthbert Heath the first to insure against earthquakes?"],
    "de": ["Was hatte Ernst-Wilhelm Arnoldi mit der Gründung der Gothaer zu tun?", "Warum führte Otto von Bismarck 1883 die Krankenversicherung ein?",
           "Welche Rolle spielte Friedrich Wilhelm Raiffeisen für die Genossenschaftsversicherungen?"],
    "fr": ["Quel a été le rôle de Colbert dans l'Ordonnance de la marine de 1681 sur l'assurance maritime ?", "Pourquoi Pierre Laroque est-il appelé le père de la Sécurité sociale ?"],
    "it": ["È vero che Francesco di Marco Datini stipulava già assicurazioni marittime a Prato?", "Che cosa fece Luigi Luzzatti per le mutue assicuratrici?"],
    "nl": ["Hoe rekende Johan de Witt in 1671 de waarde van lijfrentes uit?", "Wat bedoelde Christiaan Huygens met zijn berekeningen over levensverwachting?"],
    "es": ["¿Qué aportó Warren Buffett al negocio de los seguros con GEICO?", "¿Es cierto que Benjamin Franklin fundó una mutua contra incendios?"],
    "ja": ["福沢諭吉は『西洋旅案内』で保険をどう紹介したのですか？", "渋沢栄一は日本の損害保険の始まりにどう関わったのですか？"],
    "zh": ["李鸿章和保险招商局的成立有什么关系？", "巴菲特为什么说保险浮存金是好生意？"],
    "pt": ["Qual foi o papel do Marquês de Pombal nos seguros marítimos de Lisboa?", "Por que Warren Buffett gosta tanto de seguradoras?"],
}


@tpl("famous_people", 25, clean=True)
def c_famous(R, i):
    langs = sorted(FAMOUS)
    lang = langs[i % len(langs)]
    qs = FAMOUS[lang]
    k = R.randint(2, len(qs)) if len(qs) > 2 else 2
    pick = R.sample(qs, k)
    ctx = {"en": "Background for a training deck on the history of insurance:", "de": "Hintergrund für eine Schulung zur Versicherungsgeschichte:",
           "fr": "Pour une formation sur l'histoire de l'assurance :", "it": "Per una lezione sulla storia delle assicurazioni:",
           "nl": "Achtergrond voor een training over de geschiedenis van verzekeren:", "es": "Para una formación sobre historia del seguro:",
           "ja": "保険の歴史の研修資料用の質問です：", "zh": "为保险史培训课准备的问题：", "pt": "Para uma formação sobre a história dos seguros:"}[lang]
    return "question", lang, [ctx, "\n", N("\n".join("- " + q for q in pick), "public_figure")]


NAMEWORD = {
    "en": ["Will the excess still apply if the leak started before renewal?", "Mark the claim as settled once the garage invoice is in.",
           "Grant the policyholder a 14-day extension for the photos.", "Bill the broker fee separately, not on the premium.",
           "Frank feedback from the adjuster: the ceiling must come down.", "Hope the surveyor can come on Friday.",
           "Rich clients often under-insure their art collections.", "Hunter wellies and a Barbour were ruined in the flood – contents or not?",
           "Sterling fell, so the euro hotel bill on the travel claim looks bigger.", "Mr Bean's Mini is a classic-car policy question at the quiz night.",
           "Dawn inspection of the roof is booked.", "Rose gold watch listed as stolen – need the receipt."],
    "de": ["Frank gesagt: Die Selbstbeteiligung lohnt sich nicht.", "Ernst gemeint ist der Hinweis auf die Obliegenheiten.",
           "Die Rose im Vorgarten hat den Sturm überlebt, der Carport nicht.", "Wolf und Bauer sind nur Kürzel im Tarifrechner."],
    "fr": ["La Rose des vents indique d'où soufflait la tempête.", "Pierre de taille fissurée : garantie catastrophe naturelle ?",
           "Franc et massif, le refus de l'assureur."],
    "es": ["Amparo legal: ¿cubre la póliza la defensa jurídica?", "Consuelo es poco: la franquicia se come toda la indemnización.",
           "Rosario de averías en el coche de alquiler."],
    "it": ["Speranza è che la perizia arrivi entro venerdì.", "Serena la gestione del sinistro, nessuna contestazione.",
           "Fortunato il conducente: solo danni alla carrozzeria."],
}


@tpl("name_as_word", 25, clean=True)
def c_nameword(R, i):
    langs = sorted(NAMEWORD)
    lang = langs[i % len(langs)]
    ss = NAMEWORD[lang]
    pick = R.sample(ss, min(len(ss), R.randint(3, 5)))
    req = {"en": "Proofread these notes for the claims team:", "de": "Korrigier bitte diese Notizen für das Schadenteam:",
           "fr": "Corrige ces notes pour l'équipe sinistres :", "es": "Corrige estas notas para el equipo de siniestros:",
           "it": "Correggi questi appunti per l'ufficio sinistri:"}[lang]
    return "notes", lang, [req, "\n", N("\n".join(pick), "name_as_word")]


INS_LIST = {"GB": ["Wyvernfield Insurance", "Harbourline Motor", "Pennant Direct", "Gullwing Cover"],
            "DE": ["Lindwurm Versicherung", "Auerhahn Kraftfahrt", "Elsterbach Direkt", "Kormoran Assekuranz"],
            "FR": ["Mutuelle du Vercors", "Assurances Loire-Sologne", "Azurine Direct", "Cap Ferret Mutuelle"],
            "ES": ["Seguros Alcotán", "Seguros Garbí", "Jara Directo", "Tramontana Seguros"],
            "IT": ["Castelrupe", "Monteviso", "Libeccio Diretta", "Vela Latina Assicura"],
            "NL": ["Kraanvogel", "Reigerbos", "Meerkoet Direct", "Scholekster Verzekert"]}


@tpl("quote_comparison", 25, clean=True)
def c_quotes(R, i):
    cc = sorted(INS_LIST)[i % len(INS_LIST)]
    lang = LANG[cc]
    out = ["| insurer | quote | annual premium | excess | NCD | hotline |\n|---|---|---|---|---|---|\n"]
    for name in R.sample(INS_LIST[cc], R.randint(3, 4)):
        out += ["| ", N(name, "insurer"), " | ", N("Q-%s-%s" % (rnd(R, UPL, 2), digits(R, 6)), "quote_number"), " | ",
                amount(R, cc, 200, 1600, "premium"), " | ", amount(R, cc, 100, 750, "excess"), " | ", N("%d yrs" % R.randint(0, 9), "ncd"),
                " | ", N(R.choice(["0800 ", "0900 ", "0345 "]) + digits(R, 3) + " " + digits(R, 4), "hotline"), " |\n"]
    q = {"en": "Which of these is the better deal, looking at premium and excess together?",
         "de": "Welches Angebot ist unterm Strich besser, Beitrag und Selbstbeteiligung zusammen betrachtet?",
         "fr": "Quelle offre est la plus intéressante, prime et franchise comprises ?", "es": "¿Cuál sale mejor teniendo en cuenta prima y franquicia?",
         "it": "Quale conviene di più considerando premio e franchigia insieme?", "nl": "Welke is het voordeligst als je premie en eigen risico samen bekijkt?"}[lang]
    return "table", lang, [q + "\n\n"] + out


@tpl("integration_log_clean", 25, clean=True)
def c_log(R, i):
    cc = COUNTRIES[(i * 11 + 3) % len(COUNTRIES)]
    lang = LANG[cc]
    ins = INSURERS[cc]
    out = ["# sample config – values come from the vault\nCLAIMS_API_KEY=", N("${CLAIMS_API_KEY}", "placeholder"), "\nOAUTH_CLIENT_SECRET=",
           N("<set-in-vault>", "placeholder"), "\nPOSTGRES_URL=postgres://claims_rw:", N("********", "masked"), "@", N("10.20.0.14", "private_ip"),
           ":5432/claims\nALLOWED_NET=", N("10.0.0.0/8", "cidr"), "\n\n"]
    for _ in range(R.randint(3, 5)):
        out += ["2026-%02d-%02dT%02d:%02d:%02dZ INFO fnol-intake claim=" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                claim_no(R, cc), " src=", N(doc_ip(R), "documentation_ip"), " user=", N(R.choice("abcdefghjkmnprst") + "***@" + R.choice(["gmail.com", "web.de", "orange.fr"]), "masked_email"),
                " trace=", N("%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(12), R.getrandbits(48)), "uuid"), "\n"]
    out += ["healthcheck http://", N("127.0.0.1", "loopback"), ":8080/ready OK\n"]
    return "log", lang, wrap_req(R, lang, "fix", out)


PARTS = {"en": ["rear bumper cover", "tailgate", "parking sensor", "reflector", "paint 2-stage", "clips set"],
         "de": ["Stoßfängerverkleidung hinten", "Heckklappe", "Einparksensor", "Rückstrahler", "Lackierung 2-Schicht"],
         "fr": ["bouclier arrière", "hayon", "capteur de recul", "catadioptre", "peinture bicouche"],
         "es": ["paragolpes trasero", "portón", "sensor de aparcamiento", "catadióptrico", "pintura bicapa"],
         "it": ["paraurti posteriore", "portellone", "sensore di parcheggio", "catarifrangente", "verniciatura doppio strato"],
         "nl": ["achterbumper", "achterklep", "parkeersensor", "reflector", "spuitwerk 2-laags"]}


@tpl("trade_estimate", 25, clean=True)
def c_trade(R, i):
    cc = ["GB", "DE", "FR", "ES", "IT", "NL", "US", "AT", "BE"][i % 9]
    lang = LANG[cc]
    pl = {"GB": "en", "US": "en", "AT": "de", "BE": "fr"}.get(cc, lang)
    g = GARAGES[cc]
    out = [N(g[0], "firm"), "\n", N(g[1], "org_address"), "\n", N(g[2], "org_phone"), " · ", N(g[3], "vat_id"), "\n\n",
           "Estimate ", ref(R, "EST-", 6, "estimate_number"), " · ", idate(R, cc, "estimate_date"), "\n",
           "Vehicle: ", plate(R, cc), " · ", vin(R), " · ", N("%d km" % R.randint(5000, 200000), "odometer"), "\n"]
    for p in R.sample(PARTS[pl], R.randint(3, 5)):
        out += ["- " + p + " ", N("%s-%s-%s" % (digits(R, 3), digits(R, 3), digits(R, 3)), "part_number"), " ", amount(R, cc, 20, 900), "\n"]
    out += ["Total: ", amount(R, cc, 800, 4000, "total"), "\n"]
    return "invoice", lang, wrap_req(R, lang, R.choice(["explain", "check"]), out)


# ====================================================================== checks
PARTICLES = {"van", "de", "ter", "el", "da", "dos", "di", "del", "la", "le", "y", "e", "der", "den"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
RUN_RE = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)+")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32})")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


def gov_ok(sp):
    v, s = sp["value"], sp["sub"]
    c = v.replace(" ", "").replace("-", "").replace(".", "").replace("/", "")
    if s == "ssn":
        a, g, n = v.split("-")
        return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"
    if s == "nino":
        return c[:2] not in NINO_BAD and c[2:8].isdigit() and c[8] in "ABCD"
    if s == "nhs":
        return nhs_ok(c)
    if s == "steuer_id":
        return steuerid_ok(c)
    if s == "at_svnr":
        return at_svnr_ok(c)
    if s == "nir":
        return nir_ok(c[:13], c[13:])
    if s == "be_rrn":
        return be_rrn_ok(c) or be_rrn_ok(c, True)
    if s == "dni":
        return DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if s == "nie":
        return nie_ok(c)
    if s == "curp":
        return curp_check(c[:17]) == c[17]
    if s == "codice_fiscale":
        return cf_check(c[:15]) == c[15]
    if s == "bsn":
        return bsn_ok(c)
    if s == "pt_nif":
        return pt_nif_ok(c)
    if s == "cpf":
        return cpf_ok(c)
    if s == "pesel":
        return pesel_ok(c)
    if s == "personnummer":
        return luhn_ok(c)
    if s == "rodne_cislo":
        return cz_rc_ok(c)
    if s == "gr_amka":
        return luhn_ok(c) and len(c) == 11
    if s == "gr_afm":
        return gr_afm_ok(c)
    if s == "tc_kimlik":
        return tc_ok(c)
    if s == "snils":
        return snils_ok(v)
    if s == "ru_inn":
        return ru_inn_ok(c)
    if s == "my_number":
        return jp_mynumber_check(c[:11]) == c[11]
    if s == "kr_rrn":
        return kr_rrn_ok(c)
    if s == "cn_resident_id":
        return cn_rid_ok(c)
    if s == "il_teudat_zehut":
        return il_tz_ok(c)
    if s == "aadhaar":
        return verhoeff_ok(c) and c[0] not in "01"
    if s == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if s == "eg_national_id":
        return re.fullmatch(r"[23]\d{13}", c) is not None and 1 <= int(c[3:5]) <= 12
    if s == "vn_cccd":
        return re.fullmatch(r"\d{12}", c) is not None and c[3] in "0123"
    if s == "id_nik":
        return re.fullmatch(r"\d{16}", c) is not None and 1 <= int(c[6:8]) % 40 <= 31 and 1 <= int(c[8:10]) <= 12
    if s == "gb_driving_licence":
        return re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}", c) is not None
    if s == "us_driving_licence":
        return re.fullmatch(r"[A-Z]\d{7}", c) is not None
    if s == "passport":
        return re.fullmatch(r"[A-Z0-9]{8,9}", c) is not None
    return False


NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def name_words(sp):
    v = sp["value"]
    if CJK_RE.search(v):
        out = {v, v.replace(" ", "")}
        for part in v.split():
            if len(part) >= 2:
                out.add(part)
        return out, True
    ws = {w for w in re.split(r"[^\w']+", v) if w}
    return {w for w in ws if w.lower() not in PARTICLES and len(w) >= 2}, False


def masked(text, spans):
    t = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            t[k] = "\x00"
    return "".join(t)


def rule_violations(rec, clean):
    """Returns the list of broken rules (empty when the record is kept)."""
    bad = []
    t, spans = rec["text"], rec["spans"]
    if not 120 <= len(t) <= 2500:
        bad.append("length")
    if clean and spans:
        bad.append("clean_with_labels")
    if not clean and not spans:
        bad.append("labelled_without_labels")
    for sp in spans:
        v = sp["value"]
        ty = sp["type"]
        if ty == "gov_id" and not gov_ok(sp):
            bad.append("gov_id_check")
        if ty == "iban":
            c = v.replace(" ", "").replace("\u00a0", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN2[c[:2]]:
                bad.append("iban_check")
        if ty == "card":
            c = re.sub(r"\D", "", v)
            if not luhn_ok(c) or not 12 <= len(c) <= 19:
                bad.append("card_check")
        if ty == "email" and (not EMAIL_RE.fullmatch(v) or re.search(r"@example\.", v)):
            bad.append("email_format")
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            bad.append("ip_not_global")
    m = masked(t, spans)
    for e in EMAIL_RE.findall(m):
        local, dom = e.split("@", 1)
        if local.lower() not in ROLE_LOCALS and not dom.startswith("example."):
            bad.append("email_outside")
    for ipm in IPV4_RE.findall(m):
        try:
            if ipaddress.ip_address(ipm).is_global:
                bad.append("ip_outside")
        except ValueError:
            pass
    for run in RUN_RE.findall(m):
        d = re.sub(r"\D", "", run)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            bad.append("luhn_outside")
    for cand in IBAN_RE.findall(m):
        c = cand.replace(" ", "").replace("\u00a0", "")
        for L2 in sorted(set(IBAN_LEN2.values())):
            x = c[:L2]
            if len(x) == L2 and x[:2] in IBAN_LEN2 and IBAN_LEN2[x[:2]] == L2 and iban_mod97(x) == 1:
                bad.append("iban_outside")
    low = m.lower()
    for sp in spans:
        if sp["type"] != "person":
            continue
        words, cjk = name_words(sp)
        for w in words:
            if cjk:
                if w in m:
                    bad.append("name_word_outside")
            elif re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", low):
                bad.append("name_word_outside")
    return bad


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation

def candidates():
    """All candidates per template in order, with the reasons they were dropped."""
    out = []
    for name, count, clean, fn in TEMPLATES:
        lst = []
        for k in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, k))
            form, lang, parts = fn(R, k)
            rec = build("", form, lang, parts)
            check_record(rec)
            lst.append(rec)
        out.append((name, count, clean, lst))
    return out


def generate(report=None):
    cands = candidates()
    items = []
    for _, _, _, lst in cands:
        for rec in lst:
            items += phone_items(rec)
    invalid = pv_check(items)
    bad_phones = set()
    if invalid is not None:
        for ln in invalid:
            f = ln.split("\t")
            bad_phones.add((f[1], f[2]))
    seen = set()
    kept = []
    dropped = Counter()
    per_tpl = {}
    for name, count, clean, lst in cands:
        got = []
        for rec in lst:
            if len(got) == count:
                break
            why = rule_violations(rec, clean)
            if any((sp["value"], sp["region"]) in bad_phones for sp in rec["spans"] if sp["type"] == "phone"):
                why.append("phone_invalid")
            if rec["text"] in seen:
                why.append("repeated_text")
            if why:
                dropped[(name, tuple(sorted(set(why))))] += 1
                continue
            seen.add(rec["text"])
            got.append(rec)
        assert len(got) == count, (name, len(got), count)
        per_tpl[name] = got
        kept += [(name, r) for r in got]
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    recs = []
    for n, (name, r) in enumerate(kept):
        r = dict(r)
        r["id"] = PREFIX + "%05d" % n
        r = {"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})}
        recs.append(r)
    if report is not None:
        report["dropped"] = dropped
        report["pv_invalid"] = invalid
        report["templates"] = {k: len(v) for k, v in per_tpl.items()}
    return recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    subs = Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"])
    langs = Counter(r["lang"] for r in recs)
    forms = Counter(r["form"] for r in recs)
    negs = Counter(t for r in recs for t in r.get("neg", []))
    clean = sum(1 for r in recs if not r["spans"])
    lens = sorted(len(r["text"]) for r in recs)
    print("records %d, clean %d, labels %d" % (len(recs), clean, sum(types.values())))
    print("types", dict(types.most_common()))
    print("langs (%d)" % len(langs), dict(langs.most_common()))
    print("forms", dict(forms.most_common()))
    print("length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("phones with plan", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("regions", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("neg tags (%d)" % len(negs), dict(negs.most_common()))
    print("subs", sorted(((k[0], str(k[1])), v) for k, v in subs.items()))


def main():
    args = sys.argv[1:]
    if "--emit" in args:
        sys.stdout.write(dumps(generate()))
        return
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            data = f.read()
        recs = [json.loads(ln) for ln in data.splitlines()]
        ok = True
        for r in recs:
            check_record(r)
            why = rule_violations(r, not r["spans"])
            if why:
                ok = False
                print("RULE", r["id"], why)
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200, "split"
        assert [r["id"] for r in recs] == [PREFIX + "%05d" % n for n in range(800)], "ids"
        items = [it for r in recs for it in phone_items(r)]
        inv = pv_check(items)
        if inv is None:
            print("pv missing: phones not re-checked")
        elif inv:
            ok = False
            print("PHONES INVALID", inv[:10])
        else:
            print("phones: %d checked with pv, all valid" % len(items))
        regen = dumps(generate())
        if regen != data:
            ok = False
            print("REGENERATION DIFFERS")
        else:
            print("regeneration: byte for byte identical")
        for hs in ("0", "7", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            out = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
            if out != data:
                ok = False
                print("DIFFERS under PYTHONHASHSEED", hs)
        print("PYTHONHASHSEED 0, 7, 12345: %s" % ("identical" if ok else "see above"))
        print("labels checked: %d (gov_id, iban, card, email, ip formats and checksums)" % sum(len(r["spans"]) for r in recs))
        print("OK" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    report = {}
    recs = generate(report)
    if "--stats" in args:
        stats(recs)
        print("dropped", sum(report["dropped"].values()))
        for k, v in sorted(report["dropped"].items()):
            print("  ", k, v)
        print("pv invalid", report["pv_invalid"] and len(report["pv_invalid"]))
        return
    write_jsonl(OUT, recs)
    stats(recs)
    print("dropped", sum(report["dropped"].values()))
    for k, v in sorted(report["dropped"].items()):
        print("  ", k, v)


if __name__ == "__main__":
    main()
