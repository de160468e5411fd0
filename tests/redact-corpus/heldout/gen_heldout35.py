#!/usr/bin/python3
"""Held-out part 35 of the redaction corpus (heldout35.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 33
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 8's bylines, part 11's
press releases, model releases and split sheets with IPI/ISWC look-alikes,
parts 17, 19 and 29's rules on public and famous people, part 20's on
cited authors and organisations' addresses, part 30's on citations, DOIs
and peer-review e-mails, part 32's on sole traders), lines 1-100 of
gen_heldout33.py (header and imports) and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run by hand on two numbers, otherwise only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make,
no cmake/ctest and no git command, and it did not score this file.
Started 20:34:41 UTC on 2026-12-04 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: MEDIA, PUBLISHING AND CREATIVE WORK. What reporters, editors,
writers, podcasters, musicians, photographers, film crews and their
agents paste into an AI assistant, from 29 countries in 23 languages:
interview transcripts with private sources (timecodes as look-alikes),
fixer and contact lists for reporting trips, press releases with a media
contact, pitch e-mails to editors, author information sheets for a
publishing contract (legal name, pen name, birth date, tax id, IBAN for
the advance), literary-agent query trackers, royalty and streaming
statements (ISRC/ISBN look-alikes), podcast guest-booking forms, model
and location releases, casting sheets (fictional characters as
look-alikes), film call sheets with crew mobiles and emergency contacts,
song split sheets (IPI and ISWC as look-alikes), photographers'
invoices, subscriber and comment exports with sign-up IPs, newsletter and
CMS configs with API keys, FOI/records requests, right-of-reply letters,
whistleblower tips, manuscripts with author bio and acknowledgements,
press accreditation forms, expense claims and shared team logins. Clean
records: book and release metadata (ISBN, ISRC, ISWC, IPI, ISNI, UPC,
BISAC), questions about famous writers, directors and photographers,
podcast show notes, newsroom contact sheets with role mailboxes and
embargoes, fiction excerpts, shot lists, reading lists with citations
and DOIs, name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
350412, shuffle seed 350413; candidates seeded by "seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout35.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout35.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout35.py --stats   # counts
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
                       luhn_complete, iban_make, iban_mod97, IBAN_SPEC, IBAN_LEN,
                       iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok, pan_random,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, digits, nz, rnd, ALNUM, PLANS, GB_MOBILE,
                       _nanp_line)

SEED = 350412
SHUFFLE_SEED = 350413
OUT = os.path.join(HERE, "heldout35.jsonl")
PREFIX = "heldout-ai-"


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
# Hand-written for this part. "native|roman" where the script is not Latin
# (the roman form is used in English pastes, e-mails and handles); female
# family forms after "/" (PL, RU, UA, CZ, GR).
NAMES = {
    "US": ("Garrison Delbert Thurston Kipling Cullen Emmitt Sheldon Lowell Thackery Boone",
           "Marigold Lorelei Henrietta Joelle Wilhelmina Odessa Coralie Maybelle Arden Liesl",
           "Haverkamp Tillotson Brannigan Quisenberry Stroupe Fennimore Kittredge Gatlin Pettibone Rasmussen Vanhoose Oberholtzer"),
    "GB": ("Alasdair Fergus Ptolemy Gideon Lysander Everard Crispian Ambrose Inigo Leopold",
           "Araminta Honora Clemency Philomena Ottoline Georgiana Winifred Ysolde Marjorie Lettice",
           "Throssell Bagshaw Ormerod Threlfall Sidebottom Kenworthy Entwistle Pilkington Crabtree Blenkinsop Fotheringham Yardley"),
    "NG": ("Obinna Chinedum Tobechukwu Ayodeji Kelechi Olumide Ifeanyi Nnamdi Adebowale Somtochukwu",
           "Ogechi Folasade Ifeoma Yewande Adaeze Olufunke Ebere Temitope Oluchi Kamsiyochukwu",
           "Nwachukwu Ogunleye Oyelaran Akinwande Obiora Ekwueme Adebanjo Uzodinma Ogbonnaya Olaniyan Anyanwu Ezeokoli"),
    "IN": ("विवेक|Vivek अभिनव|Abhinav देवांश|Devansh प्रणव|Pranav योगेश|Yogesh कार्तिक|Kartik मयंक|Mayank सौरभ|Saurabh",
           "श्वेता|Shweta गरिमा|Garima रुचि|Ruchi दिव्या|Divya कामिनी|Kamini सुरभि|Surabhi वर्तिका|Vartika अदिति|Aditi",
           "श्रीवास्तव|Srivastava चतुर्वेदी|Chaturvedi सक्सेना|Saxena भटनागर|Bhatnagar खन्ना|Khanna मेहरोत्रा|Mehrotra त्रिवेदी|Trivedi बाजपेयी|Bajpai"),
    "DE": ("Lorenz Volkmar Gerwin Hagen Utz Jannik Kilian Ortwin Siegmar Bertram",
           "Hiltrud Henrike Gesine Almut Edeltraud Dörthe Ortrun Malwine Roswitha Svantje",
           "Kloppenburg Wendehals Tiedemann Rotermund Habekost Wöhlbier Pfeilschifter Brüggemann Ostermeier Schwarzkopf Lindemeyer Quandtmann"),
    "AT": ("Vinzenz Leopold Valentin Engelbert Gottfried Wolfram Bonifaz Rupert Eberhard Jakob",
           "Theresia Burgi Resi Waltraud Apollonia Leopoldine Hemma Kunigunde Traudl Ottilie",
           "Oberhuber Moosbrugger Kaltenegger Hirschbichler Steinwender Hinterleitner Zauner Gruber-Haslinger Aigner Ebenbichler Rainer Strohmaier"),
    "FR": ("Aurélien Goulven Tanguy Évrard Anatole Barthélemy Corentin Lancelot Octave Séverin",
           "Solène Apolline Bérénice Sidonie Albane Bertille Clémence Eugénie Gaëlle Héloïse",
           "Kerhervé Castagnet-Puech Fauconnier Rousselot Chaumeil Beaulieu Marchetti Trémintin Vasseur Lhermitte Bouvard Tessier"),
    "ES": ("Iker Gorka Fermín Baltasar Eleuterio Ignasi Jacinto Rodrigo Cayetano Leandro",
           "Nerea Edurne Begoña Covadonga Montserrat Rocío Inmaculada Remedios Pilar Garazi",
           "Arostegui Villalobos Arrieta Sanchís Cifuentes Montesinos Urrutia Bermejo Garmendia Valcárcel Escudero Arana"),
    "MX": ("Eleazar Jacobo Heriberto Isauro Rigoberto Tadeo Uriel Emiliano Aurelio Maximino",
           "Xitlali Yatziri Guadalupe Citlalli Nayeli Araceli Maricruz Zazil Anahí Jimena",
           "Cuauhtle Tlatelpa Ixtlahuac Zamudio Olvera Barragán Quiroz Huerta Mendívil Sandoval Cervantes Tapia"),
    "AR": ("Facundo Nahuel Agustín Lautaro Santino Bautista Thiago Gonzalo Ezequiel Ramiro",
           "Agustina Florencia Milagros Antonella Candela Micaela Rocío Abril Luján Brenda",
           "Iturraspe Balcarce Anchorena Lugones Quintana Aguirrezabala Bianchi Pereyra Ferraro Larralde Saravia Zabaleta"),
    "IT": ("Gianmarco Ludovico Tommaso Ubaldo Raffaele Ettore Filiberto Cosimo Ercole Michelangelo",
           "Ginevra Ludovica Benedetta Ottavia Raffaella Camilla Gaia Azzurra Letizia Eleonora",
           "Pellegrini Scarpa Lombardo Bonacossa Castelli Zanetti Bertolucci Mastrodonato Santoro Guerrieri Ferrante Capuzzo"),
    "NL": ("Wouter Joost Sjoerd Thijs Maarten Gijs Bram Floris Reinier Jelmer",
           "Marieke Femke Ilse Sanne Anouk Fenna Rianne Lieke Willemijn Hester",
           "Verhoeven van Hardenbroek Kuijpers de Wildt-Roozen Brouwer Schouten Zwanenburg van Dongen Timmermans Hogendoorn Stolk Boersma"),
    "BR": ("Caetano Anderson Thiago Rafael Valdecir Cleiton Ueslei Gustavo Murilo Edivaldo",
           "Thaís Jaqueline Daiane Luana Tainá Raíssa Francielle Kelly Rayane Gislaine",
           "Albuquerque Cavalcanti Arruda Figueiredo Bezerra Siqueira Pimentel Vasconcelos Carvalho Medeiros Lacerda Queiroz"),
    "PT": ("Afonso Duarte Bernardim Rodrigo Tiago Leonel Martim Lourenço Simão Vicente",
           "Leonor Beatriz Matilde Inês Benedita Carlota Mafalda Francisca Teresa Iolanda",
           "Sampaio Amaral Brandão Teixeira Coutinho Guimarães Loureiro Pinheiro Quintela Seixas Valente Barroso"),
    "PL": ("Bartłomiej Przemysław Zbigniew Grzegorz Mieczysław Radosław Wojciech Jarosław Sławomir Tadeusz",
           "Agnieszka Małgorzata Grażyna Bożena Jadwiga Wiesława Katarzyna Dorota Halina Urszula",
           "Wiśniewski/Wiśniewska Zieliński/Zielińska Kaczmarek Sobczak Pawlak Michalski/Michalska Gołębiowski/Gołębiowska Dudek Szewczyk Kołodziej Jabłoński/Jabłońska Sikora"),
    "SE": ("Björn Ragnvald Hampus Ludvig Ingvar Torbjörn Viggo Alrik Ebbe Folke",
           "Ingrid Sigrid Linnea Ebba Frida Solveig Tove Märta Elsa Agnetha",
           "Lindqvist Bergström Sundberg Holmgren Wallin Ekström Nyberg Lundgren Sjöberg Forsberg Hedlund Åkesson"),
    "TR": ("Barış Cengiz Doğan Emre Fırat Gökhan Kaan Oğuz Serkan Tolga",
           "Ayşegül Bahar Defne Ebru Gülşen İpek Melike Nazlı Özlem Sevgi",
           "Aydoğan Çelebi Demirtaş Erdem Güneş Karaca Kurtuluş Öztürk Şahin Toprak Uçar Yavuz"),
    "RU": ("Вячеслав|Vyacheslav Святослав|Svyatoslav Ростислав|Rostislav Аркадий|Arkadiy Геннадий|Gennadiy Всеволод|Vsevolod Тимофей|Timofey Ярослав|Yaroslav",
           "Ангелина|Angelina Варвара|Varvara Евдокия|Evdokiya Зинаида|Zinaida Любава|Lyubava Снежана|Snezhana Таисия|Taisiya Ульяна|Ulyana",
           "Воронцов/Воронцова|Vorontsov/Vorontsova Голицын/Голицына|Golitsyn/Golitsyna Крылов/Крылова|Krylov/Krylova Мещеряков/Мещерякова|Meshcheryakov/Meshcheryakova Ордынцев/Ордынцева|Ordyntsev/Ordyntseva Селезнёв/Селезнёва|Seleznyov/Seleznyova Третьяков/Третьякова|Tretyakov/Tretyakova Шубин/Шубина|Shubin/Shubina"),
    "UA": ("Богдан|Bohdan Остап|Ostap Тарас|Taras Назар|Nazar Ярема|Yarema Мирослав|Myroslav Зеновій|Zenoviy Левко|Levko",
           "Соломія|Solomiya Ганна|Hanna Оксана|Oksana Мирослава|Myroslava Устина|Ustyna Зоряна|Zoryana Христина|Khrystyna Леся|Lesya",
           "Бондаренко|Bondarenko Кравчук|Kravchuk Ткаченко|Tkachenko Гнатюк|Hnatiuk Мельничук|Melnychuk Федорак|Fedorak Паламарчук|Palamarchuk Дорошенко|Doroshenko"),
    "EG": ("كريم|Karim طارق|Tarek أيمن|Ayman شريف|Sherif وائل|Wael حازم|Hazem عمرو|Amr مصطفى|Mostafa",
           "ياسمين|Yasmine دينا|Dina رانيا|Rania منى|Mona هبة|Heba نهى|Noha ريهام|Reham سلمى|Salma",
           "الشناوي|El-Shenawy عبدالحميد|Abdelhamid الجمال|El-Gammal منصور|Mansour حجازي|Hegazy البنا|El-Banna سليمان|Soliman فرغلي|Farghaly"),
    "IL": ("איתי|Itai עומר|Omer נדב|Nadav גלעד|Gilad אסף|Asaf יובל|Yuval עידו|Ido אורי|Uri",
           "מיכל|Michal נועה|Noa טליה|Talia הדס|Hadas ענבל|Inbal רותם|Rotem שקד|Shaked אורית|Orit",
           "פרידמן|Friedman אשכנזי|Ashkenazi ברקוביץ|Berkovitz גולדשטיין|Goldstein דהן|Dahan כרמלי|Carmeli סגל|Segal אלמוג|Almog"),
    "JP": ("蓮|Ren 湊|Minato 颯太|Sota 悠真|Yuma 樹|Itsuki 陽翔|Haruto 健太郎|Kentaro 誠|Makoto",
           "結衣|Yui 陽菜|Hina 美咲|Misaki 葵|Aoi 琴音|Kotone 彩花|Ayaka 千尋|Chihiro 菜々子|Nanako",
           "坂本|Sakamoto 藤原|Fujiwara 西村|Nishimura 小野寺|Onodera 長谷川|Hasegawa 宮崎|Miyazaki 石井|Ishii 桑原|Kuwabara"),
    "KR": ("민준|Minjun 서준|Seojun 도윤|Doyun 현우|Hyunwoo 지훈|Jihoon 태양|Taeyang 준서|Junseo 성민|Sungmin",
           "서연|Seoyeon 소율|Soyul 하은|Haeun 수아|Sua 예린|Yerin 다은|Daeun 채원|Chaewon 민지|Minji",
           "정|Jung 윤|Yoon 장|Jang 임|Lim 제갈|Jegal 독고|Dokgo 탁|Tak 신|Shin"),
    "CN": ("浩然|Haoran 子轩|Zixuan 宇航|Yuhang 俊杰|Junjie 志强|Zhiqiang 明轩|Mingxuan 文博|Wenbo 嘉懿|Jiayi",
           "欣怡|Xinyi 梓涵|Zihan 诗琪|Shiqi 雨桐|Yutong 佳琪|Jiaqi 若曦|Ruoxi 思彤|Sitong 婉清|Wanqing",
           "上官|Shangguan 司马|Sima 慕容|Murong 邓|Deng 彭|Peng 曾|Zeng 萧|Xiao 蒋|Jiang"),
    "VN": ("Khánh Phúc Quang Tuấn Đức Hiếu Trọng Vĩnh",
           "Ngọc Hạnh Diễm Thảo Quyên Nhung Trâm Yến",
           "Phạm Đặng Bùi Võ Huỳnh Dương Lương Trịnh"),
    "ID": ("Bagus Dimas Rizky Fajar Teguh Wahyu Arief Gilang Yudha Hendra",
           "Ratna Wulan Pertiwi Sekar Ayu Puspita Larasati Kartika Dyah Anindya",
           "Wibisono Prasetyo Nugraha Susanto Hartono Kusumawati Setiawan Purnomo Wijayakusuma Santoso Hidayat Handoko"),
    "TH": ("ธนากร|Thanakorn ณัฐพล|Nattapon กิตติพงษ์|Kittipong วรวุฒิ|Worawut ภานุวัฒน์|Panuwat ศุภชัย|Supachai",
           "ปิยะนุช|Piyanuch กัญญารัตน์|Kanyarat ศิริพร|Siriporn พิมพ์ชนก|Pimchanok อรอุมา|Onuma วิภาวี|Wipawee",
           "ศรีสุวรรณ|Srisuwan วงศ์ไทย|Wongthai เจริญสุข|Charoensuk ทองประเสริฐ|Thongprasert บุญมา|Boonma แก้วมณี|Kaewmanee"),
    "GR": ("Στέλιος|Stelios Θανάσης|Thanasis Παναγιώτης|Panagiotis Σπύρος|Spyros Χαράλαμπος|Charalampos Ευάγγελος|Evangelos Λευτέρης|Lefteris Μιλτιάδης|Miltiadis",
           "Δέσποινα|Despoina Κατερίνα|Katerina Ευτυχία|Eftychia Φωτεινή|Foteini Χρυσούλα|Chrysoula Αθηνά|Athina Ζωή|Zoi Σταυρούλα|Stavroula",
           "Παπαδάκης/Παπαδάκη|Papadakis/Papadaki Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou Τσακίρης/Τσακίρη|Tsakiris/Tsakiri Λαμπράκης/Λαμπράκη|Lamprakis/Lampraki"),
    "CZ": ("Vojtěch Radek Zdeněk Bohumil Přemysl Kryštof Vítězslav Ondřej Lubomír Svatopluk",
           "Zdeňka Bohumila Radka Květa Jarmila Libuše Vlasta Markéta Šárka Ludmila",
           "Novotný/Novotná Bartoš/Bartošová Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Vondráček/Vondráčková Hájek/Hájková"),
}


# ====================================================================== places
# Streets, towns and postcodes written for this part (real towns with
# postcodes of their range; streets invented or common nouns).
PLACES = {
    "US": (["Hollyhock Lane", "Old Tannery Road", "Sycamore Bend Drive", "Quarry Hill Avenue", "Bellwether Court", "Cider Press Way"],
           [("Asheville", "NC", "28801"), ("Bend", "OR", "97703"), ("Duluth", "MN", "55803"), ("Tacoma", "WA", "98403"), ("Ithaca", "NY", "14850"), ("Missoula", "MT", "59801")]),
    "GB": (["Tanners Row", "Mill Race Close", "Gorse Hill Road", "Bramblewick Lane", "Cobbler's Yard", "Ropewalk Terrace"],
           [("Hebden Bridge", "HX7 8AD"), ("Frome", "BA11 1PL"), ("Alnwick", "NE66 1JQ"), ("Lewes", "BN7 2QP"), ("Hexham", "NE46 3LS"), ("Totnes", "TQ9 5RY")]),
    "NG": (["Palm Grove Close", "Kolawole Crescent", "Ogui Road", "Market Layout Street", "Harmony Avenue"],
           [("Bodija", "Ibadan", "Oyo State"), ("Yaba", "Lagos", "Lagos State"), ("Wuse 2", "Abuja", "FCT"), ("Independence Layout", "Enugu", "Enugu State"), ("New Owerri", "Owerri", "Imo State")]),
    "IN": (["Gulmohar Heights", "Sai Kripa Apartments", "Neelkanth Residency", "Shanti Kunj", "Amaltas Enclave"],
           [("Gomti Nagar", "Lucknow", "226010", "Uttar Pradesh"), ("Gangapur Road", "Nashik", "422013", "Maharashtra"), ("Malviya Nagar", "Jaipur", "302017", "Rajasthan"), ("Shahpura", "Bhopal", "462039", "Madhya Pradesh"), ("Sector 15", "Chandigarh", "160015", "Chandigarh")]),
    "DE": (["Hagebuttenweg", "Am Kalkofen", "Töpferstraße", "Ziegeleiweg", "Brauhausgasse", "Schleusenstraße"],
           [("24937", "Flensburg"), ("96047", "Bamberg"), ("37073", "Göttingen"), ("18055", "Rostock"), ("79098", "Freiburg im Breisgau"), ("99084", "Erfurt")]),
    "AT": (["Mühlbachgasse", "Glockengießergasse", "Sensengasse", "Kalvarienbergstraße", "Hopfengasse"],
           [("8010", "Graz"), ("6020", "Innsbruck"), ("4020", "Linz"), ("5020", "Salzburg"), ("1070", "Wien"), ("9020", "Klagenfurt")]),
    "FR": (["rue des Tanneurs", "impasse du Lavoir", "allée des Glycines", "chemin de la Croix-Blanche", "rue du Four à Chaux", "quai des Vanniers"],
           [("29200", "Brest"), ("84000", "Avignon"), ("21000", "Dijon"), ("87000", "Limoges"), ("35000", "Rennes"), ("64100", "Bayonne")]),
    "ES": (["Calle del Almendro", "Avenida de la Albufera", "Calle de los Alfareros", "Plaza del Olivar", "Calle Cordelería", "Paseo de la Ribera"],
           [("46021", "Valencia"), ("48003", "Bilbao"), ("18009", "Granada"), ("10003", "Cáceres"), ("26001", "Logroño"), ("37002", "Salamanca")]),
    "MX": (["Calle Jacarandas", "Av. de los Fresnos", "Calle Tezontle", "Privada Huizache", "Calle Alcatraces"],
           [("Delicias", "62330", "Cuernavaca", "Mor."), ("Americana", "44160", "Guadalajara", "Jal."), ("Obrero Campesina", "91020", "Xalapa", "Ver."), ("Chapultepec Norte", "58260", "Morelia", "Mich."), ("Centro Histórico", "76000", "Querétaro", "Qro.")]),
    "AR": (["Gorriti", "Bulnes", "Pasaje Arenales", "Calle Misiones", "Arijón"],
           [("C1414BJM", "CABA"), ("E3100AKF", "Paraná, Entre Ríos"), ("X5000AVB", "Córdoba"), ("M5500GKD", "Mendoza"), ("B7600DRN", "Mar del Plata, Buenos Aires")]),
    "IT": (["Via dei Cappuccini", "Vicolo del Pozzo", "Via dei Cartai", "Via delle Filande", "Via del Mulino Vecchio"],
           [("40123", "Bologna", "BO"), ("34121", "Trieste", "TS"), ("80134", "Napoli", "NA"), ("10128", "Torino", "TO"), ("06123", "Perugia", "PG"), ("73100", "Lecce", "LE")]),
    "NL": (["Lijnbaansgracht", "Bloemstraat", "Kromme Nieuwegracht", "Oosterkade", "Touwslagerslaan"],
           [("7411 JM", "Deventer"), ("3512 JE", "Utrecht"), ("2312 BK", "Leiden"), ("6811 CG", "Arnhem"), ("5611 EM", "Eindhoven"), ("8011 PK", "Zwolle")]),
    "BR": (["Rua dos Timbiras", "Rua Harmonia", "Rua Padre Agostinho", "Travessa das Mangueiras", "Rua Oscar Freire"],
           [("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Cambuí", "Campinas", "SP", "13025-150"), ("Boa Viagem", "Recife", "PE", "51020-010"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570-040"), ("Lagoa da Conceição", "Florianópolis", "SC", "88062-100")]),
    "PT": (["Rua do Almada", "Travessa da Boavista", "Rua dos Fanqueiros", "Rua de Cedofeita", "Calçada do Combro"],
           [("4050-297", "Porto"), ("1100-201", "Lisboa"), ("3000-140", "Coimbra"), ("4700-320", "Braga"), ("8000-272", "Faro")]),
    "PL": (["ul. Garbary", "ul. Kasztanowa", "ul. Mostowa", "ul. Jaśminowa", "ul. Szewska"],
           [("31-042", "Kraków"), ("80-831", "Gdańsk"), ("50-137", "Wrocław"), ("61-809", "Poznań"), ("20-079", "Lublin")]),
    "SE": (["Skolgatan", "Kvarngatan", "Repslagaregatan", "Björkvägen", "Tullhusgatan"],
           [("413 04", "Göteborg"), ("753 10", "Uppsala"), ("211 42", "Malmö"), ("972 31", "Luleå"), ("118 46", "Stockholm")]),
    "TR": (["Caferağa Mah. Moda Cad.", "Kavaklıdere Mah. Tunalı Hilmi Cad.", "Bostanlı Mah. 1803 Sok.", "Fenerbahçe Mah. Bağdat Cad.", "Konyaaltı Mah. Akdeniz Sok."],
           [("41040", "İzmit", "Kocaeli"), ("06680", "Çankaya", "Ankara"), ("35590", "Karşıyaka", "İzmir"), ("38030", "Melikgazi", "Kayseri"), ("07070", "Konyaaltı", "Antalya")]),
    "RU": ([("ул. Малышева", "ul. Malysheva"), ("ул. Рождественская", "ul. Rozhdestvenskaya"), ("ул. Ленинградская", "ul. Leningradskaya"), ("Красный проспект", "Krasny prospekt"), ("ул. Сибирская", "ul. Sibirskaya")],
           [("620014", "Екатеринбург", "Yekaterinburg"), ("603005", "Нижний Новгород", "Nizhny Novgorod"), ("443010", "Самара", "Samara"), ("630099", "Новосибирск", "Novosibirsk"), ("614000", "Пермь", "Perm")]),
    "UA": ([("вул. Личаківська", "vul. Lychakivska"), ("вул. Сумська", "vul. Sumska"), ("вул. Дерибасівська", "vul. Derybasivska"), ("вул. Кобилянської", "vul. Kobylianskoi"), ("просп. Яворницького", "prosp. Yavornytskoho")],
           [("79008", "Львів", "Lviv"), ("61002", "Харків", "Kharkiv"), ("65014", "Одеса", "Odesa"), ("58000", "Чернівці", "Chernivtsi"), ("49000", "Дніпро", "Dnipro")]),
    "EG": ([("شارع النزهة", "El-Nozha St"), ("شارع عمار بن ياسر", "Ammar Ibn Yasser St"), ("شارع ٩", "Street 9"), ("شارع الثورة", "El-Thawra St"), ("شارع أبو قير", "Abu Qir St")],
           [("المعادي، القاهرة", "Maadi, Cairo"), ("مصر الجديدة، القاهرة", "Heliopolis, Cairo"), ("الدقي، الجيزة", "Dokki, Giza"), ("سموحة، الإسكندرية", "Smouha, Alexandria"), ("المنصورة، الدقهلية", "Mansoura, Dakahlia")]),
    "IL": ([("רחוב הנביאים", "HaNevi'im St"), ("רחוב הגפן", "HaGefen St"), ("שדרות ירושלים", "Sderot Yerushalayim"), ("רחוב התאנה", "HaTe'ena St"), ("רחוב הדקל", "HaDekel St")],
           [("3303112", "חיפה", "Haifa"), ("8410501", "באר שבע", "Be'er Sheva"), ("5252401", "רמת גן", "Ramat Gan"), ("4610101", "הרצליה", "Herzliya"), ("9414209", "ירושלים", "Jerusalem")]),
    "JP": ([("東京都目黒区中目黒", "Nakameguro, Meguro-ku, Tokyo", "153-0061"), ("大阪府大阪市北区中崎", "Nakazaki, Kita-ku, Osaka", "530-0016"), ("京都府京都市左京区田中里ノ前町", "Tanaka Satonomaecho, Sakyo-ku, Kyoto", "606-8216"), ("福岡県福岡市中央区薬院", "Yakuin, Chuo-ku, Fukuoka", "810-0022"), ("北海道札幌市中央区南三条西", "Minami 3-jo Nishi, Chuo-ku, Sapporo", "060-0063")],
           [("コーポ桜", "Corpo Sakura"), ("メゾン若葉", "Maison Wakaba"), ("グランハイツ", "Gran Heights")]),
    "KR": ([("서울특별시 마포구 와우산로", "Wausan-ro, Mapo-gu, Seoul", "04066"), ("서울특별시 성동구 왕십리로", "Wangsimni-ro, Seongdong-gu, Seoul", "04779"), ("부산광역시 해운대구 달맞이길", "Dalmaji-gil, Haeundae-gu, Busan", "48117"), ("대구광역시 중구 동성로", "Dongseong-ro, Jung-gu, Daegu", "41940"), ("경기도 성남시 분당구 정자일로", "Jeongjail-ro, Bundang-gu, Seongnam", "13557")],
           []),
    "CN": ([("浙江省杭州市西湖区文一西路", "Wenyi West Rd, Xihu District, Hangzhou", "310012"), ("四川省成都市武侯区玉林北路", "Yulin North Rd, Wuhou District, Chengdu", "610041"), ("广东省广州市天河区天河北路", "Tianhe North Rd, Tianhe District, Guangzhou", "510620"), ("上海市徐汇区衡山路", "Hengshan Rd, Xuhui District, Shanghai", "200031"), ("湖北省武汉市武昌区中北路", "Zhongbei Rd, Wuchang District, Wuhan", "430071")],
           [("翠苑小区", "Cuiyuan Residence"), ("锦绣花园", "Jinxiu Garden"), ("绿洲家园", "Oasis Homes")]),
    "VN": (["đường Lê Lợi", "đường Chu Văn An", "đường Nguyễn Trãi", "đường Lê Văn Sỹ", "đường Trần Phú"],
           [("phường Vĩnh Ninh", "TP. Huế", "Thừa Thiên Huế"), ("phường Phú Hội", "TP. Huế", "Thừa Thiên Huế"), ("phường An Cư", "quận Ninh Kiều", "Cần Thơ"), ("phường Tân An", "quận Ninh Kiều", "Cần Thơ"), ("phường Thạch Thang", "quận Hải Châu", "Đà Nẵng")]),
    "ID": (["Jl. Kaliurang", "Jl. Tebet Barat Dalam", "Jl. Ijen Boulevard", "Jl. Cendana", "Jl. Sidomulyo"],
           [("Sinduadi", "Mlati", "Kab. Sleman", "55284"), ("Tebet Barat", "Tebet", "Jakarta Selatan", "12810"), ("Oro-oro Dowo", "Klojen", "Kota Malang", "65119"), ("Darmo", "Wonokromo", "Kota Surabaya", "60241"), ("Sanur Kaja", "Denpasar Selatan", "Kota Denpasar", "80227")]),
    "TH": ([("ซอยอารีย์ 4", "Soi Ari 4"), ("ซอยทองหล่อ 10", "Soi Thong Lo 10"), ("ซอยนิมมานเหมินท์ 9", "Soi Nimmanhaemin 9"), ("ซอยเจริญกรุง 43", "Soi Charoen Krung 43")],
           [("แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร", "Samsen Nai, Phaya Thai, Bangkok", "10400"), ("แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร", "Khlong Tan Nuea, Watthana, Bangkok", "10110"), ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "Suthep, Mueang Chiang Mai, Chiang Mai", "50200"), ("แขวงบางรัก เขตบางรัก กรุงเทพมหานคร", "Bang Rak, Bang Rak, Bangkok", "10500")]),
    "GR": ([("Οδός Ερμού", "Ermou"), ("Οδός Αγίας Σοφίας", "Agias Sofias"), ("Οδός Καλλιδρομίου", "Kallidromiou"), ("Οδός Κορωναίου", "Koronaiou"), ("Οδός Μαιζώνος", "Maizonos")],
           [("546 24", "Θεσσαλονίκη", "Thessaloniki"), ("106 81", "Αθήνα", "Athens"), ("262 21", "Πάτρα", "Patras"), ("712 02", "Ηράκλειο", "Heraklion"), ("453 32", "Ιωάννινα", "Ioannina")]),
    "CZ": (["Korunní", "Údolní", "Pekařská", "Křížová", "Na Příkopě"],
           [("120 00", "Praha 2"), ("602 00", "Brno"), ("779 00", "Olomouc"), ("301 00", "Plzeň"), ("370 01", "České Budějovice")]),
}

# Locale -> language of the paste when written natively, e-mail domains
LANG = {"US": "en", "GB": "en", "NG": "en", "IN": "hi", "DE": "de", "AT": "de", "FR": "fr", "ES": "es",
        "MX": "es", "AR": "es", "IT": "it", "NL": "nl", "BR": "pt", "PT": "pt", "PL": "pl", "SE": "sv",
        "TR": "tr", "RU": "ru", "UA": "uk", "EG": "ar", "IL": "he", "JP": "ja", "KR": "ko", "CN": "zh",
        "VN": "vi", "ID": "id", "TH": "th", "GR": "el", "CZ": "cs"}
NONLATIN = {"IN", "RU", "UA", "EG", "IL", "JP", "KR", "CN", "TH", "GR"}
FAMILY_FIRST = {"JP", "KR", "CN", "VN"}
MAILDOMS = {
    "US": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com", "icloud.com"],
    "NG": ["gmail.com", "yahoo.com"], "IN": ["gmail.com", "rediffmail.com", "outlook.com"], "DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at", "chello.at"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"], "AR": ["gmail.com", "hotmail.com.ar", "fibertel.com.ar"], "IT": ["libero.it", "gmail.com", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["gmail.com", "uol.com.br", "bol.com.br"], "PT": ["sapo.pt", "gmail.com"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "SE": ["telia.com", "gmail.com", "bredband.net"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "UA": ["ukr.net", "i.ua", "gmail.com"], "EG": ["gmail.com", "yahoo.com"],
    "IL": ["walla.co.il", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"],
    "CN": ["qq.com", "163.com", "126.com"], "VN": ["gmail.com", "yahoo.com.vn"], "ID": ["gmail.com", "yahoo.co.id"],
    "TH": ["gmail.com", "hotmail.co.th"], "GR": ["otenet.gr", "gmail.com", "yahoo.gr"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
}
IBAN_CC = {"GB": "GB", "DE": "DE", "AT": "AT", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "BR": "BR",
           "PT": "PT", "PL": "PL", "SE": "SE", "TR": "TR", "UA": "UA", "EG": "EG", "IL": "IL", "GR": "GR", "CZ": "CZ"}


def addr(R, cc, roman=False, ml=False):
    """A home address in the country's postal layout; ml: across line breaks."""
    st, towns = PLACES[cc]
    n = R.randint(2, 148)
    sep = "\n" if ml else ", "
    if cc == "US":
        t = R.choice(towns)
        unit = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s%s, %s %s" % (n * 11 + R.randint(0, 9), R.choice(st), "," if unit else "", unit, sep, t[0], t[1], t[2])
    if cc == "GB":
        t = R.choice(towns)
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 9)])
        return "%s%d %s%s%s %s" % (pre, n, R.choice(st), sep, t[0], t[1])
    if cc == "NG":
        t = R.choice(towns)
        return "%d %s%s%s, %s%s%s" % (n, R.choice(st), sep, t[0], t[1], sep if ml else ", ", t[2])
    if cc == "IN":
        t = R.choice(towns)
        return "Flat %d%s, %s%s%s, %s - %s%s%s" % (R.randint(1, 12), R.choice("ABCD"), R.choice(st), sep, t[0], t[1], t[2], ", " if not ml else "\n", t[3])
    if cc == "DE":
        t = R.choice(towns)
        return "%s %d%s%s%s %s" % (R.choice(st), n % 90 + 1, R.choice(["", "", "a", "b"]), sep, t[0], t[1])
    if cc == "AT":
        t = R.choice(towns)
        return "%s %d/%d/%d%s%s %s" % (R.choice(st), n % 60 + 1, R.randint(1, 4), R.randint(1, 22), sep, t[0], t[1])
    if cc == "FR":
        t = R.choice(towns)
        return "%d%s %s%s%s %s" % (n % 80 + 1, R.choice(["", "", " bis", " ter"]), R.choice(st), sep, t[0], t[1])
    if cc == "ES":
        t = R.choice(towns)
        return "%s, %d, %dº %s%s%s %s" % (R.choice(st), n % 90 + 1, R.randint(1, 8), R.choice("ABCD"), sep, t[0], t[1])
    if cc == "MX":
        t = R.choice(towns)
        return "%s %d%s, Col. %s%sC.P. %s, %s, %s" % (R.choice(st), n * 3, R.choice(["", " int. %d" % R.randint(1, 12)]), t[0], sep, t[1], t[2], t[3])
    if cc == "AR":
        t = R.choice(towns)
        return "%s %d, piso %d dto. %s%s%s %s" % (R.choice(st), n * 31 % 5000 + 100, R.randint(1, 9), R.choice("ABCD"), sep, t[0], t[1])
    if cc == "IT":
        t = R.choice(towns)
        return "%s %d%s%s %s (%s)" % (R.choice(st), n % 70 + 1, sep, t[0], t[1], t[2])
    if cc == "NL":
        t = R.choice(towns)
        return "%s %d%s%s%s %s" % (R.choice(st), n % 200 + 1, R.choice(["", "", "-II", "-hs", " A"]), sep, t[0], t[1])
    if cc == "BR":
        t = R.choice(towns)
        return "%s, %d, apto %d - %s%s%s - %s, %s" % (R.choice(st), n * 7, R.randint(11, 1204), t[0], sep, t[1], t[2], t[3])
    if cc == "PT":
        t = R.choice(towns)
        return "%s, %d, %dº %s%s%s %s" % (R.choice(st), n, R.randint(1, 6), R.choice(["Esq.", "Dto.", "Frt."]), sep, t[0], t[1])
    if cc == "PL":
        t = R.choice(towns)
        return "%s %d/%d%s%s %s" % (R.choice(st), n % 80 + 1, R.randint(1, 60), sep, t[0], t[1])
    if cc == "SE":
        t = R.choice(towns)
        return "%s %d, lgh %d%s%s %s" % (R.choice(st), n % 50 + 1, R.choice([1001, 1102, 1203, 1301, 1402]), sep, t[0], t[1])
    if cc == "TR":
        t = R.choice(towns)
        return "%s No: %d D: %d%s%s %s/%s" % (R.choice(st), n % 120 + 1, R.randint(1, 18), sep, t[0], t[1], t[2])
    if cc == "RU":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%s %d, apt. %d%s%s %s" % (s[1], n % 90 + 1, R.randint(1, 180), sep, t[2], t[0])
        return "%s, д. %d, кв. %d%s%s, %s" % (s[0], n % 90 + 1, R.randint(1, 180), sep, t[1], t[0]) if R.random() < 0.5 else \
            "%s, г. %s,%s%s, д. %d, кв. %d" % (t[0], t[1], "\n" if ml else " ", s[0], n % 90 + 1, R.randint(1, 180))
    if cc == "UA":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%s %d, apt. %d%s%s %s" % (s[1], n % 90 + 1, R.randint(1, 120), sep, t[2], t[0])
        return "%s, %d, кв. %d%sм. %s, %s" % (s[0], n % 90 + 1, R.randint(1, 120), sep, t[1], t[0])
    if cc == "EG":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%d %s, apt. %d%s%s" % (n % 60 + 1, s[1], R.randint(1, 30), sep, t[1])
        return "%d %s، شقة %d%s%s" % (n % 60 + 1, s[0], R.randint(1, 30), "\n" if ml else "، ", t[0])
    if cc == "IL":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%d %s, apt. %d%s%s %s" % (n % 90 + 1, s[1], R.randint(1, 30), sep, t[2], t[0])
        return "%s %d, דירה %d%s%s %s" % (s[0], n % 90 + 1, R.randint(1, 30), sep, t[1], t[0])
    if cc == "JP":
        s, b = R.choice(st), R.choice(towns)
        c, ban, go, room = R.randint(1, 5), R.randint(1, 24), R.randint(1, 18), R.randint(1, 5) * 100 + R.randint(1, 9)
        if roman:
            return "%s %d, %d-%d-%d %s%s%s" % (b[1], room, c, ban, go, s[1], sep, s[2])
        return "〒%s %s%d丁目%d番%d号%s%s %d号室" % (s[2], s[0], c, ban, go, "\n" if ml else " ", b[0], room)
    if cc == "KR":
        s = R.choice(st)
        if roman:
            return "%d, %s%s%s" % (n % 90 + 1, s[1], sep, s[2])
        return "%s %d, %d동 %d호 (%s)" % (s[0], n % 90 + 1, R.randint(101, 112), R.randint(1, 20) * 100 + R.randint(1, 8), s[2])
    if cc == "CN":
        s, b = R.choice(st), R.choice(towns)
        bl, un, rm = R.randint(1, 18), R.randint(1, 4), R.randint(1, 30) * 100 + R.randint(1, 6)
        if roman:
            return "Rm %d, Bldg %d, %s, %d %s%s%s" % (rm, bl, b[1], n, s[1], sep, s[2])
        return "%s%d号%s%d栋%d单元%d室" % (s[0], n, b[0], bl, un, rm)
    if cc == "VN":
        s, t = R.choice(st), R.choice(towns)
        return "Số %d%s %s%s%s, %s, %s" % (n % 120 + 1, R.choice(["", " ngõ %d" % R.randint(2, 90)]), s, sep, t[0], t[1], t[2])
    if cc == "ID":
        s, t = R.choice(st), R.choice(towns)
        return "%s No. %d, RT %02d/RW %02d%sKel. %s, Kec. %s, %s %s" % (s, n % 90 + 1, R.randint(1, 12), R.randint(1, 9), sep, t[0], t[1], t[2], t[3])
    if cc == "TH":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%d/%d %s%s%s %s" % (n, R.randint(1, 40), s[1], sep, t[1], t[2])
        return "%d/%d %s%s%s %s" % (n, R.randint(1, 40), s[0], "\n" if ml else " ", t[0], t[2])
    if cc == "GR":
        s, t = R.choice(st), R.choice(towns)
        if roman:
            return "%s %d%s%s %s" % (s[1], n % 90 + 1, sep, t[0], t[2])
        return "%s %d%s%s %s" % (s[0], n % 90 + 1, sep, t[0], t[1])
    if cc == "CZ":
        t = R.choice(towns)
        return "%s %d/%d%s%s %s" % (R.choice(st), R.randint(100, 2400), n % 90 + 1, sep, t[0], t[1])
    raise KeyError(cc)


def town_of(R, cc, roman=False):
    """A town name of the locale (for look-alike lines: 'based in ...')."""
    idx = {"US": 0, "GB": 0, "NG": 1, "IN": 1, "DE": 1, "AT": 1, "FR": 1, "ES": 1, "MX": 2, "AR": 1, "IT": 1,
           "NL": 1, "BR": 1, "PT": 1, "PL": 1, "SE": 1, "TR": 2, "RU": 2 if roman else 1, "UA": 2 if roman else 1,
           "EG": 1 if roman else 0, "IL": 2 if roman else 1, "VN": 2, "ID": 2, "GR": 2 if roman else 1, "CZ": 1}
    if cc in ("JP", "KR", "CN", "TH"):
        s = R.choice(PLACES[cc][0])
        if cc == "TH":
            s = R.choice(PLACES[cc][1])
            return s[1].split(", ")[-1] if roman else s[0].split()[-1]
        return s[1].split(", ")[-1]
    t = R.choice(PLACES[cc][1])
    return t[idx[cc]]


# ====================================================================== phones
# Mobile plans written for this part (national and international layouts).
def _p(fmt, s):
    """fmt: digits replaced by the digits of s in order ('#')."""
    it = iter(s)
    out = "".join(next(it) if c == "#" else c for c in fmt)
    assert next(it, None) is None, (fmt, s)
    return out


def _mob(R, cc):
    d = lambda n: digits(R, n)  # noqa: E731
    if cc == "US":
        s = _nanp_line(R, ["206", "303", "312", "404", "503", "512", "617", "720", "828", "406", "218", "253", "607"])
        return 1, s, R.choice([_p("(###) ###-####", s), _p("###-###-####", s), _p("###.###.####", s)]), _p("+1 ###-###-####", s)
    if cc == "GB":
        s = R.choice(GB_MOBILE) + d(7)
        return 44, s, "0" + _p("#### ######", s), _p("+44 #### ######", s)
    if cc == "NG":
        s = R.choice(["803", "806", "813", "816", "703", "706", "805", "807", "815", "905", "802", "808", "812"]) + nz(R, 7)
        return 234, s, "0" + _p("### ### ####", s), _p("+234 ### ### ####", s)
    if cc == "IN":
        s = PLANS["IN"][2]["mobile"](R)
        return 91, s, R.choice([_p("##### #####", s), "0" + _p("##########", s)]), _p("+91 ##### #####", s)
    if cc == "DE":
        s = R.choice([PLANS["DE"][2]["mobile"], PLANS["DE"][2]["mobile7"]])(R)
        return 49, s, "0" + s[:3] + R.choice([" ", "/", "-"]) + s[3:], "+49 " + s[:3] + " " + s[3:]
    if cc == "AT":
        s = PLANS["AT"][2]["mobile"](R)
        return 43, s, "0" + s[:3] + " " + s[3:], "+43 " + s[:3] + " " + s[3:]
    if cc == "FR":
        s = PLANS["FR"][2]["mobile"](R)
        return 33, s, "0" + _p("# ## ## ## ##", s), _p("+33 # ## ## ## ##", s)
    if cc == "ES":
        s = PLANS["ES"][2]["mobile"](R)
        return 34, s, _p("### ### ###", s), _p("+34 ### ## ## ##", s)
    if cc == "MX":
        s = R.choice(["55", "33", "81", "951", "999", "222"])
        s = s + nz(R, 10 - len(s))
        f = "## #### ####" if len(s) == 10 and s[:2] in ("55", "33", "81") else "### ### ####"
        return 52, s, _p(f, s), "+52 " + _p(f, s)
    if cc == "AR":
        loc = R.choice("23456") + d(7)
        return 54, "911" + loc, "011 15-" + _p("####-####", loc), "+54 9 11 " + _p("####-####", loc)
    if cc == "IT":
        s = PLANS["IT"][2]["mobile"](R)
        return 39, s, _p("### ### ####", s), _p("+39 ### ### ####", s)
    if cc == "NL":
        s = PLANS["NL"][2]["mobile"](R)
        return 31, s, "0" + s[0] + R.choice(["-", " "]) + s[1:], "+31 " + s[0] + " " + s[1:]
    if cc == "BR":
        s = PLANS["BR"][2]["mobile"](R)
        return 55, s, _p("(##) #####-####", s), _p("+55 ## #####-####", s)
    if cc == "PT":
        s = PLANS["PT"][2]["mobile"](R)
        return 351, s, _p("### ### ###", s), _p("+351 ### ### ###", s)
    if cc == "PL":
        s = PLANS["PL"][2]["mobile"](R)
        return 48, s, _p("### ### ###", s), _p("+48 ### ### ###", s)
    if cc == "SE":
        s = "7" + R.choice("0236") + d(7)
        return 46, s, "0" + _p("##-### ## ##", s), _p("+46 ## ### ## ##", s)
    if cc == "TR":
        s = R.choice(["530", "532", "533", "535", "536", "541", "542", "543", "505", "506", "552", "553", "554"]) + nz(R, 7)
        return 90, s, "0" + _p("### ### ## ##", s), _p("+90 ### ### ## ##", s)
    if cc == "RU":
        s = PLANS["RU"][2]["mobile"](R)
        return 7, s, _p("8 (###) ###-##-##", s), _p("+7 ### ###-##-##", s)
    if cc == "UA":
        s = R.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + nz(R, 7)
        return 380, s, "0" + _p("## ### ## ##", s), _p("+380 ## ### ## ##", s)
    if cc == "EG":
        s = R.choice(["10", "11", "12", "15"]) + nz(R, 8)
        return 20, s, "0" + _p("## #### ####", s), _p("+20 ## #### ####", s)
    if cc == "IL":
        s = R.choice(["50", "52", "53", "54", "58"]) + nz(R, 7)
        return 972, s, "0" + _p("##-###-####", s), _p("+972 ##-###-####", s)
    if cc == "JP":
        s = R.choice(["90", "80", "70"]) + nz(R, 8)
        return 81, s, "0" + _p("##-####-####", s), _p("+81 ##-####-####", s)
    if cc == "KR":
        s = "10" + R.choice("23456789") + d(7)
        return 82, s, "0" + _p("##-####-####", s), _p("+82 ##-####-####", s)
    if cc == "CN":
        s = PLANS["CN"][2]["mobile"](R)
        return 86, s, _p("### #### ####", s), _p("+86 ### #### ####", s)
    if cc == "VN":
        s = R.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "79", "77", "76", "78", "83", "84", "85", "32", "33", "34", "35", "36", "37", "38", "39"]) + d(7)
        return 84, s, "0" + _p("### ### ###", s), _p("+84 ### ### ###", s)
    if cc == "ID":
        s = R.choice(["811", "812", "813", "821", "822", "852", "853", "815", "816", "857", "858", "817", "818", "877", "878", "896", "897"]) + nz(R, 8)
        return 62, s, "0" + _p("###-####-####", s), _p("+62 ###-####-####", s)
    if cc == "TH":
        s = R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65", "91", "92", "93", "94", "95"]) + d(7)
        return 66, s, "0" + _p("##-###-####", s), _p("+66 ## ### ####", s)
    if cc == "GR":
        s = R.choice(["690", "693", "694", "695", "697", "698", "699"]) + d(7)
        return 30, s, _p("### ### ####", s), _p("+30 ### ### ####", s)
    if cc == "CZ":
        s = R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "702", "703", "704", "720", "721", "724", "725", "728", "731", "732", "736", "737", "739", "773", "774", "775", "776", "777", "792", "793", "797", "799"]) + d(6)
        return 420, s, _p("### ### ###", s), _p("+420 ### ### ###", s)
    raise KeyError(cc)


# ====================================================================== ids
def pesel(y, m, dd, female, R):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d%03d%d" % (y % 100, mm, dd, R.randint(0, 999), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10 == int(s[10])


def se_pnr(y, m, dd, female, R):
    s = "%02d%02d%02d%02d%d" % (y % 100, m, dd, R.randint(0, 99), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    return s[:6] + "-" + luhn_complete(s)[6:]


def se_pnr_ok(s):
    return luhn_ok(s.replace("-", ""))


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d += [d10]
    d += [sum(d) % 10]
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def inn12(R):
    d = [R.randint(0, 9) for _ in range(10)]
    d[0], d[1] = R.choice([(6, 6), (5, 2), (7, 7), (5, 4), (6, 3), (5, 9)])
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def inn12_ok(s):
    d = [int(c) for c in s]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(d) == 12 and d[10] == sum(a * b for a, b in zip(d, w1)) % 11 % 10 and d[11] == sum(a * b for a, b in zip(d, w2)) % 11 % 10


def rnokpp(y, m, dd, female, R):
    days = (datetime.date(y, m, dd) - datetime.date(1899, 12, 31)).days
    s = "%05d%03d%d" % (days, R.randint(0, 999), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return s + str(sum(int(c) * k for c, k in zip(s, w)) % 11 % 10)


def rnokpp_ok(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(int(c) * k for c, k in zip(s, w)) % 11 % 10 == int(s[9])


def il_tz(R):
    body = "".join(str(R.randint(0, 9)) for _ in range(8))
    body = str(R.randint(0, 3)) + body[1:]
    for c in "0123456789":
        if il_tz_ok(body + c):
            return body + c


def il_tz_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def my_number(R):
    b = "".join(str(R.randint(0, 9)) for _ in range(11))
    return b + my_number_check(b)


def my_number_check(b):
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def kr_rrn(y, m, dd, female, R):
    g = (3 if y >= 2000 else 1) + (1 if female else 0)
    s = "%02d%02d%02d%d%s" % (y % 100, m, dd, g, digits(R, 5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)


def kr_rrn_ok(v):
    s = v.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10 == int(s[12])


def cn_ric(y, m, dd, female, R):
    area = R.choice(["330106", "510107", "440106", "310104", "420106"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    s = "%s%04d%02d%02d%s" % (area, y, m, dd, seq)
    return s + cn_ric_check(s)


def cn_ric_check(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def th_id(R):
    b = str(R.randint(1, 8)) + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def th_id_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def gr_afm(R):
    while True:
        b = str(R.randint(0, 1)) + digits(R, 7)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
        if b != "00000000":
            return b + str(c)


def gr_afm_ok(s):
    return len(s) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s[:8])) % 11 % 10 == int(s[8])


def cz_rc(y, m, dd, female, R):
    while True:
        b = "%02d%02d%02d%03d" % (y % 100, m + (50 if female else 0), dd, R.randint(0, 999))
        c = int(b) % 11
        if c == 10:
            continue
        s = b + str(c)
        assert int(s) % 11 == 0
        return s[:6] + "/" + s[6:]


def cz_rc_ok(v):
    s = v.replace("/", "")
    return len(s) == 10 and int(s) % 11 == 0


def pt_nif(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def pt_nif_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def cuil(R, female):
    while True:
        p = "27" if female else "20"
        b = p + "%08d" % R.randint(10000000, 45000000)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(x) * k for x, k in zip(b, w)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        return "%s-%s-%d" % (b[:2], b[2:], c)


def cuil_ok(v):
    s = v.replace("-", "")
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(x) * k for x, k in zip(s, w)) % 11
    return c != 10 and (0 if c == 11 else c) == int(s[10])


def at_svnr(y, m, dd, R):
    while True:
        s3 = "%d%02d" % (R.randint(1, 9), R.randint(0, 99))
        dob = "%02d%02d%02d" % (dd, m, y % 100)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * b for a, b in zip(s3 + dob, w)) % 11
        if c < 10:
            return "%s%d %s" % (s3, c, dob)


def at_svnr_ok(v):
    s = v.replace(" ", "")
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    return sum(int(a) * b for a, b in zip(s[:3] + s[4:], w)) % 11 == int(s[3])


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(fam1, fam2, given, y, m, dd, female, R):
    def up(w):
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFD", w.upper()) if "A" <= c <= "Z")
    f1, f2, g = up(fam1), up(fam2), up(given)
    v1 = next((c for c in f1[1:] if c in "AEIOU"), "X")
    c1 = next((c for c in f1[1:] if c not in "AEIOU"), "X")
    c2 = next((c for c in f2[1:] if c not in "AEIOU"), "X")
    c3 = next((c for c in g[1:] if c not in "AEIOU"), "X")
    s = f1[0] + v1 + f2[0] + g[0] + "%02d%02d%02d" % (y % 100, m, dd) + ("M" if female else "H") + \
        R.choice(["DF", "JC", "OC", "YN", "PL"]) + c1 + c2 + c3 + (R.choice("0123456789") if y < 2000 else R.choice("ABCD"))
    return s + curp_check(s)


def curp_check(s):
    t = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return str((10 - t % 10) % 10)


def vn_cccd(y, female, R):
    prov = R.choice(["001", "079", "048", "031", "092"])
    g = (0 if y < 2000 else 2) + (1 if female else 0)
    return "%s%d%02d%s" % (prov, g, y % 100, digits(R, 6))


def id_nik(y, m, dd, female, R):
    reg = R.choice(["340407", "317401", "327306", "357808", "517102"])
    return "%s%02d%02d%02d%04d" % (reg, dd + (40 if female else 0), m, y % 100, R.randint(1, 2999))


# ====================================================================== secrets and look-alikes
HEX = "0123456789abcdef"


def isbn13(R, prefix=None):
    while True:
        b = (prefix or R.choice(["97830", "97828", "97884", "97888", "97890", "97885", "97883", "97849", "97889", "97860"])) + digits(R, 12 - len(prefix or "97830"))
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        s = b + str(c)
        if not luhn_ok(s):
            return s


def isbn_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def isrc(R, cc):
    return "%s-%s-%02d-%05d" % (cc, rnd(R, string.ascii_uppercase + string.digits, 3), R.randint(18, 26), R.randint(1, 99999))


def iswc(R):
    b = "%09d" % R.randint(10000000, 999999999)
    c = (10 - (1 + sum((i + 1) * int(x) for i, x in enumerate(b))) % 10) % 10
    return "T-%s.%s.%s-%d" % (b[:3], b[3:6], b[6:], c)


def ipi(R):
    return "%011d" % R.randint(10000000, 99999999999)


def isni(R):
    while True:
        b = "000000" + digits(R, 9)
        t = 0
        for c in b:
            t = (t + int(c)) * 2
        r = (12 - t % 11) % 11
        s = b + ("X" if r == 10 else str(r))
        if "X" in s or not luhn_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def doi(R):
    return "10.%d/%s.%d.%d" % (R.randint(1000, 9999), R.choice(["jmc", "ejc", "jpub", "mjs", "ijoc"]), R.randint(2018, 2026), R.randint(100000, 999999))


def ipv4(R):
    while True:
        a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global and not a.is_multicast:
            return str(a)


def ipv6(R):
    while True:
        p = R.choice(["2a02:%x" % R.randint(0x1000, 0xffff), "2a01:%x" % R.randint(0x100, 0xfff), "2600:%x" % R.randint(0x1000, 0x1fff),
                      "2804:%x" % R.randint(0x100, 0x7fff), "2409:%x" % R.randint(0x10, 0xfff), "2001:%x" % R.randint(0x4000, 0x4fff)])
        s = p + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(3)) + "::" + "%x" % R.randint(1, 0xffff)
        a = ipaddress.IPv6Address(s)
        if a.is_global:
            return str(a)


def mailchimp_key(R):
    return rnd(R, HEX, 32) + "-us%d" % R.randint(2, 21)


def ghost_admin(R):
    return rnd(R, HEX, 24) + ":" + rnd(R, HEX, 64)


def wp_app_password(R):
    return " ".join(rnd(R, ALNUM, 4) for _ in range(6))


def mailgun_key(R):
    return "key-" + rnd(R, HEX, 32)


def cloudinary_secret(R):
    return rnd(R, ALNUM + "-_", 27)


def dropbox_token(R):
    return "sl." + rnd(R, ALNUM + "-_", 138)


def password(R):
    a = R.choice(["Typewriter", "Darkroom", "Inkwell", "Deadline", "Backbeat", "Chorus", "Marginalia", "Kodachrome", "Scoop", "Frontpage", "Vinyl", "Dolly"])
    return a + R.choice(["!", "#", "$", "%", "&", "*", "_", "?"]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Z", "!", "k"])


# ====================================================================== dates
MON = dict(MONTHS)
MON.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
})
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fmt_date(R, cc, d, roman=False):
    y, m, dd = d.year, d.month, d.day
    num = "%02d/%02d/%d" % (dd, m, y)
    if roman:
        if cc == "US":
            return R.choice(["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MON["en"][m - 1], dd, y)])
        return R.choice([num, "%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MON["en"][m - 1], y)])
    L_ = LANG[cc]
    opts = {
        "US": ["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MON["en"][m - 1], dd, y)],
        "GB": [num, "%d %s %d" % (dd, MON["en"][m - 1], y)], "NG": [num, "%d %s %d" % (dd, MON["en"][m - 1], y)],
        "IN": ["%02d-%02d-%d" % (dd, m, y), num],
        "DE": ["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, MON["de"][m - 1], y)], "AT": ["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, MON["de"][m - 1], y)],
        "FR": [num, "%d %s %d" % (dd, MON["fr"][m - 1], y)], "ES": [num, "%d de %s de %d" % (dd, MON["es"][m - 1], y)],
        "MX": [num, "%d de %s de %d" % (dd, MON["es"][m - 1], y)], "AR": [num, "%d de %s de %d" % (dd, MON["es"][m - 1], y)],
        "IT": [num, "%d %s %d" % (dd, MON["it"][m - 1], y)], "NL": ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, MON["nl"][m - 1], y)],
        "BR": [num, "%d de %s de %d" % (dd, MON["pt"][m - 1], y)], "PT": [num, "%d de %s de %d" % (dd, MON["pt"][m - 1], y)],
        "PL": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, MON["pl"][m - 1], y)], "SE": ["%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MON["sv"][m - 1], y)],
        "TR": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, MON["tr"][m - 1], y)], "RU": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d г." % (dd, MON["ru"][m - 1], y)],
        "UA": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d р." % (dd, MON["uk"][m - 1], y)], "EG": [num, num.translate(AR_DIG)],
        "IL": ["%02d.%02d.%d" % (dd, m, y), num], "JP": ["%d年%d月%d日" % (y, m, dd), "%d/%02d/%02d" % (y, m, dd)],
        "KR": ["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)], "CN": ["%d年%d月%d日" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd)],
        "VN": [num, "ngày %d tháng %d năm %d" % (dd, m, y)], "ID": ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, MON["id"][m - 1], y)],
        "TH": ["%d %s %d" % (dd, MON["th"][m - 1], y + 543), "%02d/%02d/%d" % (dd, m, y + 543)],
        "GR": [num, "%d %s %d" % (dd, MON["el"][m - 1], y)], "CZ": ["%d. %d. %d" % (dd, m, y), "%d. %s %d" % (dd, MON["cs"][m - 1], y)],
    }[cc]
    assert L_
    return R.choice(opts)


def rdate(R, y0=1958, y1=2004):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ====================================================================== people
def _ascii(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class P:
    """A person: native and roman given/family names."""

    def __init__(self, cc, sex, g, f):
        self.cc, self.sex = cc, sex
        self.g_n, self.g_r = g
        self.f_n, self.f_r = f
        self.female = sex == "f"

    def full(self, roman=False):
        g, f = (self.g_r, self.f_r) if roman or self.cc not in NONLATIN else (self.g_n, self.f_n)
        if self.cc in FAMILY_FIRST and not roman:
            if self.cc == "JP":
                return f + " " + g
            if self.cc in ("KR", "CN"):
                return f + g
            return f + " " + g            # VN: family, middle, given
        if self.cc == "VN":
            return f + " " + g
        return g + " " + f

    def given(self, roman=False):
        g = self.g_r if roman or self.cc not in NONLATIN else self.g_n
        if self.cc == "VN":
            return g.split()[-1]
        return g

    def family(self, roman=False):
        return self.f_r if roman or self.cc not in NONLATIN else self.f_n

    def words(self):
        out = set()
        for s in (self.g_n, self.g_r, self.f_n, self.f_r):
            for w in re.split(r"[\s\-/]+", s):
                if w and w.lower() not in PARTICLES:
                    out.add(w)
        return out

    def mail_local(self, R):
        g, f = _ascii(self.given(True)).lower(), _ascii(self.f_r).lower().replace(" ", "")
        f = f.replace("-", "")
        return R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)), "%s.%s" % (f, g), "%s%s%d" % (g, f[:3], R.randint(70, 99))])


PARTICLES = {"de", "van", "le", "lo", "el", "la", "dos", "da", "del", "bin", "binti", "al", "der", "den"}
VN_MID = {"m": ["Văn", "Hữu", "Gia"], "f": ["Hoài", "Diệu", "Bích"]}


def _split(s):
    return [tuple(w.split("|")) if "|" in w else (w, w) for w in s.split(" ")]


def _names(cc):
    m, f, fam = NAMES[cc]
    # multi-word family names are written with '-' joins or particles; keep
    # particles attached: "van Hardenbroek", "de Wildt-Roozen", "Lo ..."
    def famsplit(s):
        out, buf = [], []
        for w in s.split(" "):
            if w in ("van", "de", "Lo", "der", "den", "El"):
                buf.append(w)
                continue
            out.append(" ".join(buf + [w]))
            buf = []
        return [tuple(x.split("|")) if "|" in x else (x, x) for x in out]
    return _split(m), _split(f), famsplit(fam)


NAMEPOOL = {cc: _names(cc) for cc in NAMES}


class Ctx:
    def __init__(self, R, cc, roman=False):
        self.R, self.cc, self.roman = R, cc, roman
        self.used = set()
        self.people = []

    def person(self, sex=None, cc=None, family_of=None):
        cc = cc or self.cc
        R = self.R
        m, f, fam = NAMEPOOL[cc]
        for _ in range(200):
            sx = sex or R.choice("mf")
            g = R.choice(m if sx == "m" else f)
            if family_of is not None:
                fr = family_of._famraw
            else:
                fr = R.choice(fam)
            fn_, fr_ = fr
            if "/" in fn_ or "/" in fr_:
                a, b = fn_.split("/"), fr_.split("/")
                fn_, fr_ = (a[1], b[1]) if sx == "f" else (a[0], b[0])
            if cc == "VN":
                mid = R.choice(VN_MID[sx])
                g = (mid + " " + g[0], mid + " " + g[1])
            p = P(cc, sx, g, (fn_, fr_))
            p._famraw = fr
            w = p.words()
            if family_of is not None:
                w2 = w - family_of.words()
                if w2 & self.used:
                    continue
                self.used |= w
                self.people.append(p)
                return p
            if w & self.used:
                continue
            self.used |= w
            self.people.append(p)
            return p
        raise RuntimeError("no person")

    # ---- labelled values
    def name(self, p, roman=None, sub=None):
        r = self.roman if roman is None else roman
        return L("person", p.full(r), **({"sub": sub} if sub else {}))

    def gname(self, p, roman=None):
        r = self.roman if roman is None else roman
        return L("person", p.given(r), sub="given")

    def fname(self, p, roman=None):
        r = self.roman if roman is None else roman
        return L("person", p.family(r), sub="family")

    def phone(self, cc=None, intl=None):
        cc = cc or self.cc
        code, nsn, nat, itl = _mob(self.R, cc)
        foreign = cc != self.cc
        if intl is None:
            intl = self.R.random() < 0.35
        if foreign:
            intl = True
        txt = itl if intl else nat
        region = self.cc if self.cc in PV_REGIONS else cc
        meta = {"sub": "mobile", "region": region}
        if foreign:
            meta["plan"] = cc
        return L("phone", txt, **meta)

    def email(self, p, dom=None):
        return L("email", p.mail_local(self.R) + "@" + (dom or self.R.choice(MAILDOMS[p.cc])))

    def addr(self, ml=False, cc=None):
        cc = cc or self.cc
        return L("address", addr(self.R, cc, roman=self.roman, ml=ml), sub=cc.lower())

    def dob(self, d=None, cc=None):
        cc = cc or self.cc
        d = d or rdate(self.R)
        return L("dob", fmt_date(self.R, cc, d, roman=self.roman))

    def gid(self, p, d=None):
        """(label, field name) of the person's own national/tax id, or None."""
        R, cc = self.R, p.cc
        d = d or rdate(R)
        y, m, dd, fe = d.year, d.month, d.day, p.female
        if cc == "US":
            a, g, s = ssn_random(R)
            return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn"), "SSN"
        if cc == "GB":
            p_, n, s = nino_random(R)
            return L("gov_id", "%s %s %s %s %s" % (p_, n[:2], n[2:4], n[4:], s), sub="gb_nino"), "NI number"
        if cc == "IN":
            if R.random() < 0.6:
                return L("gov_id", pan_random(R, "P", _ascii(p.f_r)), sub="in_pan"), "PAN"
            a = aadhaar_random(R)
            return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="in_aadhaar"), "Aadhaar"
        if cc == "DE":
            s = steuerid_random(R)
            return L("gov_id", R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), sub="de_steuerid"), "Steuer-ID"
        if cc == "AT":
            return L("gov_id", at_svnr(y, m, dd, R), sub="at_svnr"), "SV-Nummer"
        if cc == "FR":
            b, k = nir_random(R, sex="2" if fe else "1", yy=y % 100, mm=m)
            return L("gov_id", "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k), sub="fr_nir"), "N° de sécurité sociale"
        if cc == "ES":
            if R.random() < 0.8:
                n, l_ = dni_random(R)
                return L("gov_id", n + l_, sub="es_dni"), "DNI/NIF"
            p_, n, l_ = nie_random(R)
            return L("gov_id", p_ + n + l_, sub="es_nie"), "NIE"
        if cc == "MX":
            fams = p.f_r.split()
            f2 = R.choice(NAMEPOOL["MX"][2])[0]
            return L("gov_id", curp(fams[0], f2, p.g_r, y, m, dd, fe, R), sub="mx_curp"), "CURP"
        if cc == "AR":
            return L("gov_id", cuil(R, fe), sub="ar_cuil"), "CUIL"
        if cc == "IT":
            return L("gov_id", cf_make(p.f_r, p.g_r, y % 100, m, dd, fe, R.choice(["A944", "L424", "F839", "L219", "G478", "E506"])), sub="it_cf"), "Codice fiscale"
        if cc == "NL":
            return L("gov_id", bsn_random(R), sub="nl_bsn"), "BSN"
        if cc == "BR":
            c = cpf_random(R)
            return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf"), "CPF"
        if cc == "PT":
            return L("gov_id", pt_nif(R), sub="pt_nif"), "NIF"
        if cc == "PL":
            return L("gov_id", pesel(y, m, dd, fe, R), sub="pl_pesel"), "PESEL"
        if cc == "SE":
            return L("gov_id", se_pnr(y, m, dd, fe, R), sub="se_pnr"), "Personnummer"
        if cc == "TR":
            return L("gov_id", tckn(R), sub="tr_tckn"), "T.C. Kimlik No"
        if cc == "RU":
            return L("gov_id", inn12(R), sub="ru_inn"), "ИНН"
        if cc == "UA":
            return L("gov_id", rnokpp(y, m, dd, fe, R), sub="ua_rnokpp"), "РНОКПП"
        if cc == "IL":
            return L("gov_id", il_tz(R), sub="il_tz"), "ת.ז."
        if cc == "JP":
            s = my_number(R)
            return L("gov_id", R.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])]), sub="jp_mynumber"), "マイナンバー"
        if cc == "KR":
            return L("gov_id", kr_rrn(y, m, dd, fe, R), sub="kr_rrn"), "주민등록번호"
        if cc == "CN":
            return L("gov_id", cn_ric(y, m, dd, fe, R), sub="cn_ric"), "身份证号"
        if cc == "VN":
            return L("gov_id", vn_cccd(y, fe, R), sub="vn_cccd"), "CCCD"
        if cc == "ID":
            return L("gov_id", id_nik(y, m, dd, fe, R), sub="id_nik"), "NIK"
        if cc == "TH":
            s = th_id(R)
            return L("gov_id", R.choice([s, "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])]), sub="th_id"), "เลขประจำตัวประชาชน"
        if cc == "GR":
            return L("gov_id", gr_afm(R), sub="gr_afm"), "ΑΦΜ"
        if cc == "CZ":
            return L("gov_id", cz_rc(y, m, dd, fe, R), sub="cz_rc"), "Rodné číslo"
        return None

    def iban(self, cc=None):
        cc = IBAN_CC.get(cc or self.cc)
        if cc is None:
            return None
        R = self.R
        if cc in IBAN_SPEC:
            v = iban_random(R, cc)
        else:
            v = iban_make(cc, {"UA": lambda: "%06d" % R.choice([305299, 322001, 320478, 380805]) + digits(R, 19),
                               "IL": lambda: R.choice(["010", "012", "020", "011"]) + digits(R, 16),
                               "EG": lambda: "0019" + digits(R, 4) + digits(R, 17)}[cc]())
        assert iban_mod97(v) == 1 and len(v) == IBAN_LENX[cc]
        return L("iban", R.choice([group(v), group(v), v]), sub=cc.lower())

    def ip(self, v6=None):
        v6 = self.R.random() < 0.2 if v6 is None else v6
        return L("ip", ipv6(self.R) if v6 else ipv4(self.R), sub="ipv6" if v6 else "ipv4")

    def card(self, issuer=None):
        R = self.R
        issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover"])
        c = card_random(R, issuer)
        sep = R.choice([" ", " ", "-", ""])
        return L("card", sep.join(split_groups(c, card_grouping(len(c)))) if sep else c, sub=issuer)


IBAN_LENX = dict(IBAN_LEN)
IBAN_LENX.update({"UA": 29, "IL": 23, "EG": 29})
PV_REGIONS = set(LANG)


def F(s, **kw):
    """Splits a template string on {key} and puts the values in: strings,
    L, N, or lists of them."""
    out = []
    for piece in re.split(r"(\{[A-Za-z0-9_]+\})", s):
        if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in kw:
            out.append(kw[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


# ====================================================================== requests
# What the writer asks the assistant, per language and intent.
REQ = {
    "en": {"tidy": ["Can you clean up this transcript and pull out the three best quotes?", "Tidy this up into a proper table, please:", "Format this so I can paste it into the production doc."],
           "check": ["Can you check this before I send it? Anything missing?", "Sanity-check this for me before it goes to the publisher.", "Is everything filled in here? Be picky."],
           "summ": ["Give me a tl;dr of this, I'm on deadline.", "Summarise this in five bullet points for my editor."],
           "reply": ["Help me write a polite but firm reply to this.", "Draft a response I can send back today."],
           "table": ["Sort this by role and flag anyone without a phone number.", "Turn this into a clean CSV, one row per person."],
           "explain": ["Can you explain what this statement actually says? Why is the payout so low?", "What am I signing here, in plain English?"],
           "rewrite": ["Make this sound less stiff.", "Tighten this up, it's too long."]},
    "hi": {"tidy": ["इस ट्रांसक्रिप्ट को साफ़ कर दो और सबसे अच्छे कोट्स निकाल दो।"], "check": ["भेजने से पहले इसे एक बार चेक कर दो, कुछ छूटा तो नहीं?"],
           "summ": ["इसका छोटा सा सार बना दो।"], "reply": ["इसका एक विनम्र जवाब लिखने में मदद करो।"], "table": ["इसे एक साफ़ टेबल में बदल दो।"],
           "explain": ["यह स्टेटमेंट आसान भाषा में समझा दो।"], "rewrite": ["इसे थोड़ा बेहतर ढंग से लिख दो।"]},
    "de": {"tidy": ["Kannst du das Transkript glätten und mir die drei stärksten Zitate raussuchen?", "Mach mir daraus bitte eine saubere Tabelle:"],
           "check": ["Kannst du das prüfen, bevor ich es abschicke? Fehlt was?", "Bitte einmal gegenlesen, bevor das an den Verlag geht."],
           "summ": ["Fass das bitte kurz zusammen, ich hab Redaktionsschluss."], "reply": ["Hilf mir, darauf höflich, aber bestimmt zu antworten."],
           "table": ["Sortier das bitte nach Funktion und markier, wo die Handynummer fehlt."], "explain": ["Was steht in dieser Abrechnung eigentlich drin? Warum so wenig?"],
           "rewrite": ["Formulier das bitte flüssiger."]},
    "fr": {"tidy": ["Tu peux nettoyer cette transcription et me sortir les trois meilleures citations ?", "Mets-moi ça au propre dans un tableau :"],
           "check": ["Tu peux vérifier avant que je l'envoie ? Il manque quelque chose ?", "Relis-moi ça avant l'envoi à l'éditeur, s'il te plaît."],
           "summ": ["Résume-moi ça en quelques lignes, je suis en bouclage."], "reply": ["Aide-moi à répondre poliment mais fermement."],
           "table": ["Trie par poste et signale ceux qui n'ont pas de portable."], "explain": ["Tu peux m'expliquer ce relevé de droits ? Pourquoi si peu ?"],
           "rewrite": ["Rends ce texte moins raide."]},
    "es": {"tidy": ["¿Me limpias esta transcripción y sacas las tres mejores citas?", "Pásalo a una tabla limpia, porfa:"],
           "check": ["¿Lo revisas antes de que lo mande? ¿Falta algo?", "Échale un ojo antes de enviarlo a la editorial."],
           "summ": ["Resúmemelo en cinco puntos, voy a cierre."], "reply": ["Ayúdame a contestar esto con educación pero firme."],
           "table": ["Ordénalo por puesto y marca a quien le falte el móvil."], "explain": ["¿Me explicas esta liquidación? ¿Por qué cobro tan poco?"],
           "rewrite": ["Hazlo sonar menos acartonado."]},
    "it": {"tidy": ["Mi sistemi questa trascrizione e tiri fuori le tre citazioni migliori?", "Mettimelo in una tabella pulita:"],
           "check": ["Puoi controllarlo prima che lo mandi? Manca qualcosa?"], "summ": ["Riassumimelo in poche righe, sono in chiusura."],
           "reply": ["Aiutami a rispondere in modo cortese ma deciso."], "table": ["Ordina per ruolo e segnala chi non ha il cellulare."],
           "explain": ["Mi spieghi questo rendiconto? Perché così poco?"], "rewrite": ["Rendilo più scorrevole."]},
    "nl": {"tidy": ["Kun je dit transcript opschonen en de drie beste quotes eruit halen?", "Zet dit even in een nette tabel:"],
           "check": ["Kun je dit nakijken voordat ik het verstuur? Mist er iets?"], "summ": ["Vat dit kort samen, ik zit op deadline."],
           "reply": ["Help me hier beleefd maar duidelijk op te reageren."], "table": ["Sorteer op functie en markeer wie geen mobiel nummer heeft."],
           "explain": ["Kun je deze royaltyafrekening uitleggen? Waarom zo weinig?"], "rewrite": ["Maak dit wat vlotter."]},
    "pt": {"tidy": ["Pode limpar esta transcrição e tirar as três melhores citações?", "Organiza isto numa tabela, por favor:"],
           "check": ["Pode revisar antes de eu enviar? Falta alguma coisa?"], "summ": ["Resume isso pra mim em cinco tópicos, estou no fechamento."],
           "reply": ["Me ajuda a responder de forma educada mas firme."], "table": ["Ordena por função e marca quem está sem celular."],
           "explain": ["Pode me explicar esse demonstrativo de royalties? Por que tão pouco?"], "rewrite": ["Deixa isso menos duro."]},
    "pl": {"tidy": ["Możesz uporządkować tę transkrypcję i wybrać trzy najlepsze cytaty?", "Zrób z tego porządną tabelę:"],
           "check": ["Sprawdzisz to, zanim wyślę? Czegoś brakuje?"], "summ": ["Streść mi to krótko, mam deadline."],
           "reply": ["Pomóż mi odpisać grzecznie, ale stanowczo."], "table": ["Posortuj według funkcji i zaznacz, komu brakuje komórki."],
           "explain": ["Wyjaśnisz mi to rozliczenie tantiem? Czemu tak mało?"], "rewrite": ["Napisz to płynniej."]},
    "sv": {"tidy": ["Kan du snygga till transkriptionen och plocka ut de tre bästa citaten?", "Gör en ren tabell av det här:"],
           "check": ["Kan du kolla det här innan jag skickar? Saknas något?"], "summ": ["Sammanfatta det här kort, jag har deadline."],
           "reply": ["Hjälp mig svara artigt men bestämt."], "table": ["Sortera efter roll och markera vem som saknar mobilnummer."],
           "explain": ["Kan du förklara den här royaltyredovisningen?"], "rewrite": ["Gör texten mindre stel."]},
    "tr": {"tidy": ["Bu deşifreyi toparlayıp en iyi üç alıntıyı çıkarır mısın?", "Bunu düzgün bir tabloya çevir:"],
           "check": ["Göndermeden önce kontrol eder misin? Eksik var mı?"], "summ": ["Bunu kısaca özetle, yetişmem lazım."],
           "reply": ["Buna kibar ama net bir cevap yazmama yardım et."], "table": ["Görevlere göre sırala, cep telefonu eksik olanları işaretle."],
           "explain": ["Bu telif dökümünü açıklar mısın? Neden bu kadar az?"], "rewrite": ["Bunu daha akıcı yaz."]},
    "ru": {"tidy": ["Можешь причесать расшифровку и выбрать три лучшие цитаты?", "Сделай из этого аккуратную таблицу:"],
           "check": ["Проверь, пожалуйста, перед отправкой. Ничего не забыл?"], "summ": ["Коротко перескажи, у меня дедлайн."],
           "reply": ["Помоги вежливо, но твёрдо ответить."], "table": ["Отсортируй по должностям и отметь, у кого нет мобильного."],
           "explain": ["Объясни, что в этом отчёте по роялти. Почему так мало?"], "rewrite": ["Перепиши живее."]},
    "uk": {"tidy": ["Можеш почистити розшифровку і вибрати три найкращі цитати?", "Зроби з цього охайну таблицю:"],
           "check": ["Перевір, будь ласка, перед відправкою. Чогось бракує?"], "summ": ["Коротко перекажи, в мене дедлайн."],
           "reply": ["Допоможи ввічливо, але твердо відповісти."], "table": ["Відсортуй за посадами й познач, у кого немає мобільного."],
           "explain": ["Поясни цей звіт про роялті. Чому так мало?"], "rewrite": ["Перепиши живіше."]},
    "ar": {"tidy": ["هل يمكنك ترتيب هذا التفريغ واستخراج أفضل ثلاثة اقتباسات؟", "حوّل هذا إلى جدول مرتب:"],
           "check": ["راجع هذا قبل أن أرسله من فضلك. هل ينقصه شيء؟"], "summ": ["لخّص لي هذا بسرعة، عندي موعد تسليم."],
           "reply": ["ساعدني في كتابة رد مهذب لكن حازم."], "table": ["رتّبهم حسب الدور وحدد من ليس له رقم جوال."],
           "explain": ["اشرح لي كشف العائدات هذا. لماذا المبلغ قليل؟"], "rewrite": ["أعد صياغته بشكل أسلس."]},
    "he": {"tidy": ["אפשר לסדר את התמלול ולשלוף את שלושת הציטוטים הכי טובים?", "תסדר לי את זה בטבלה:"],
           "check": ["תבדוק לפני שאני שולח? חסר משהו?"], "summ": ["תסכם לי בקצרה, אני בדדליין."],
           "reply": ["תעזור לי לענות בנימוס אבל בתקיפות."], "table": ["תמיין לפי תפקיד ותסמן למי חסר נייד."],
           "explain": ["תסביר לי את דוח התמלוגים הזה. למה כל כך מעט?"], "rewrite": ["תנסח את זה יותר זורם."]},
    "ja": {"tidy": ["この文字起こしを整えて、使えそうな引用を3つ選んでください。", "これを見やすい表にしてください。"],
           "check": ["送る前に確認してもらえますか？抜けているところはありますか？"], "summ": ["締め切り前なので、短く要約してください。"],
           "reply": ["丁寧だけどはっきりした返信を書くのを手伝ってください。"], "table": ["役職順に並べて、携帯番号がない人に印をつけてください。"],
           "explain": ["この印税明細の意味を教えてください。なぜこんなに少ないの？"], "rewrite": ["もう少し自然な文章にしてください。"]},
    "ko": {"tidy": ["이 녹취록 정리해주고 제일 좋은 인용문 세 개 뽑아줘.", "이거 깔끔한 표로 만들어줘."],
           "check": ["보내기 전에 한번 확인해줄래? 빠진 거 있어?"], "summ": ["마감이라 짧게 요약해줘."],
           "reply": ["정중하지만 단호하게 답장 쓰는 것 좀 도와줘."], "table": ["역할별로 정렬하고 휴대폰 번호 없는 사람 표시해줘."],
           "explain": ["이 정산서 좀 설명해줘. 왜 이렇게 적어?"], "rewrite": ["좀 더 자연스럽게 고쳐줘."]},
    "zh": {"tidy": ["帮我整理一下这份采访录音稿，挑出三句最好的引语。", "把这个整理成一个表格："],
           "check": ["发出去之前帮我检查一下，有没有漏的？"], "summ": ["赶截稿，帮我简单总结一下。"],
           "reply": ["帮我写一封礼貌但坚定的回复。"], "table": ["按职务排序，把没有手机号的人标出来。"],
           "explain": ["帮我解释一下这份版税结算单，为什么这么少？"], "rewrite": ["帮我改得通顺一点。"]},
    "vi": {"tidy": ["Bạn dọn lại bản ghi phỏng vấn này và chọn ra ba câu trích hay nhất giúp mình nhé?", "Chuyển cái này thành bảng gọn gàng giúp mình:"],
           "check": ["Kiểm tra giúp mình trước khi gửi nhé, có thiếu gì không?"], "summ": ["Tóm tắt ngắn gọn giúp mình, sắp hết hạn rồi."],
           "reply": ["Giúp mình viết thư trả lời lịch sự nhưng dứt khoát."], "table": ["Sắp xếp theo vai trò và đánh dấu ai chưa có số di động."],
           "explain": ["Giải thích giúp mình bảng kê nhuận bút này, sao ít vậy?"], "rewrite": ["Viết lại cho mượt hơn."]},
    "id": {"tidy": ["Bisa rapikan transkrip ini dan ambil tiga kutipan terbaik?", "Tolong jadikan tabel yang rapi:"],
           "check": ["Tolong cek dulu sebelum aku kirim, ada yang kurang?"], "summ": ["Ringkas ini singkat aja, lagi dikejar tenggat."],
           "reply": ["Bantu aku balas dengan sopan tapi tegas."], "table": ["Urutkan per jabatan dan tandai yang belum ada nomor HP."],
           "explain": ["Tolong jelaskan laporan royalti ini, kok kecil banget?"], "rewrite": ["Buat lebih luwes."]},
    "th": {"tidy": ["ช่วยเกลาบทถอดเทปนี้ แล้วเลือกคำพูดเด็ด ๆ มาสามประโยคหน่อย", "ช่วยจัดเป็นตารางให้หน่อย"],
           "check": ["ช่วยตรวจก่อนส่งหน่อย ขาดอะไรไหม"], "summ": ["สรุปสั้น ๆ ให้หน่อย ใกล้เดดไลน์แล้ว"],
           "reply": ["ช่วยเขียนตอบกลับแบบสุภาพแต่หนักแน่น"], "table": ["เรียงตามตำแหน่ง แล้วทำเครื่องหมายคนที่ไม่มีเบอร์มือถือ"],
           "explain": ["ช่วยอธิบายใบแจ้งค่าลิขสิทธิ์นี้หน่อย ทำไมได้น้อยจัง"], "rewrite": ["ช่วยเรียบเรียงใหม่ให้ลื่นขึ้น"]},
    "el": {"tidy": ["Μπορείς να καθαρίσεις την απομαγνητοφώνηση και να βγάλεις τις τρεις καλύτερες ατάκες;", "Κάν' το έναν καθαρό πίνακα:"],
           "check": ["Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;"], "summ": ["Κάνε μου μια σύντομη περίληψη, έχω προθεσμία."],
           "reply": ["Βοήθησέ με να απαντήσω ευγενικά αλλά σταθερά."], "table": ["Ταξινόμησε ανά ρόλο και σημείωσε όποιον δεν έχει κινητό."],
           "explain": ["Εξήγησέ μου αυτή την εκκαθάριση δικαιωμάτων. Γιατί τόσο λίγα;"], "rewrite": ["Κάν' το πιο στρωτό."]},
    "cs": {"tidy": ["Můžeš učesat ten přepis rozhovoru a vybrat tři nejlepší citace?", "Udělej z toho přehlednou tabulku:"],
           "check": ["Zkontroluješ to, než to odešlu? Něco chybí?"], "summ": ["Shrň mi to krátce, mám uzávěrku."],
           "reply": ["Pomoz mi odpovědět slušně, ale rázně."], "table": ["Seřaď to podle funkce a označ, komu chybí mobil."],
           "explain": ["Vysvětlíš mi tohle vyúčtování honorářů? Proč tak málo?"], "rewrite": ["Přepiš to plynuleji."]},
}



def _regroup():
    """Generic table/explain lines; crew lists and royalty statements get their own."""
    for lang, d in REQ.items():
        d["crew"] = d["table"]
        d["royalty"] = d["explain"][:1]
        d["explain"] = [EXPLAIN[lang]]
        d["table"] = d["tidy"][1:] or d["table"]
        d["tidy"] = d["tidy"][:1]
        d["check"] = [x.replace(" before it goes to the publisher", "").replace(", bevor das an den Verlag geht", ", bevor das rausgeht")
                      .replace(" avant l'envoi à l'éditeur", " avant l'envoi").replace(" a la editorial", "") for x in d["check"]]
    REQ["hi"]["crew"] = ["इसे पद के हिसाब से लगाओ और जिनका मोबाइल नंबर नहीं है उन्हें मार्क करो।"]


EXPLAIN = {'en': 'What am I signing here, in plain English?', 'de': 'Was unterschreibe ich da eigentlich? Bitte in einfachen Worten.', 'fr': "Qu'est-ce que je signe là, en termes simples ?", 'es': '¿Qué estoy firmando aquí? Explícamelo fácil.', 'it': 'Cosa sto firmando? Spiegamelo in parole semplici.', 'nl': 'Wat teken ik hier eigenlijk? Leg het simpel uit.', 'pt': 'O que eu estou assinando aqui? Explica de forma simples.', 'pl': 'Co ja tu właściwie podpisuję? Wyjaśnij prosto.', 'sv': 'Vad skriver jag egentligen under här? Förklara enkelt.', 'tr': 'Burada neyi imzalıyorum? Basitçe açıklar mısın?', 'ru': 'Что я тут подписываю? Объясни простыми словами.', 'uk': 'Що я тут підписую? Поясни простими словами.', 'ar': 'ما الذي أوقّع عليه هنا؟ اشرحه ببساطة.', 'he': 'על מה אני חותם פה? תסביר בפשטות.', 'ja': 'これは何に署名することになるの？わかりやすく説明して。', 'ko': '내가 여기 뭘 서명하는 거야? 쉽게 설명해줘.', 'zh': '我签的这个到底是什么？用简单的话解释一下。', 'vi': 'Mình đang ký cái gì vậy? Giải thích đơn giản giúp mình.', 'id': 'Ini aku tanda tangan apa sih? Jelaskan dengan sederhana.', 'th': 'ที่จะเซ็นนี่คืออะไร อธิบายง่าย ๆ หน่อย', 'el': 'Τι ακριβώς υπογράφω εδώ; Εξήγησέ το απλά.', 'cs': 'Co tady vlastně podepisuju? Vysvětli to jednoduše.', 'hi': 'मैं यहाँ किस चीज़ पर साइन कर रहा हूँ? आसान भाषा में बताओ।'}
_regroup()


def req(R, lang, intents):
    d = REQ[lang]
    pool = []
    for i in intents:
        pool += d.get(i, [])
    if not pool:
        pool = d["check"]
    return R.choice(pool)


def wrap(R, lang, intents, body):
    """Request before or after the paste, sometimes quoted or after a rule."""
    q = req(R, lang, intents)
    style = R.random()
    if style < 0.45:
        return [q, "\n\n", body]
    if style < 0.65:
        return [q, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if style < 0.8:
        return [q, "\n---\n", body]
    return [body, "\n\n", q]


# ====================================================================== look-alikes
def tc(R, frames=False):
    s = "%02d:%02d:%02d" % (R.randint(0, 1), R.randint(0, 59), R.randint(0, 59))
    return s + (":%02d" % R.randint(0, 24) if frames else "")


def pubdate(R, lang="en", d=None):
    d = d or datetime.date(R.choice([2025, 2026, 2027]), R.randint(1, 12), R.randint(1, 28))
    if lang in ("ja", "zh"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if lang == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d.day, MON[lang][d.month - 1], d.year)
    if lang in MON and lang != "th":
        return "%d %s %d" % (d.day, MON[lang][d.month - 1], d.year)
    return d.isoformat()


def daterange(R, lang):
    d = datetime.date(R.choice([2025, 2026, 2027]), R.randint(1, 12), R.randint(1, 28))
    e = d + datetime.timedelta(days=R.randint(1, 6))
    f = lambda x: pubdate(None, lang, x)  # noqa: E731
    return "%s – %s" % (f(d), f(e))


def money(R, cur, v=None):
    v = v if v is not None else R.randint(3, 900) * R.choice([10, 25, 50, 100])
    return {"EUR": "%s €" % format(v, ",").replace(",", "."), "USD": "$%s" % format(v, ","), "GBP": "£%s" % format(v, ","),
            "SEK": "%s kr" % format(v, ",").replace(",", " "), "PLN": "%s zł" % format(v, ",").replace(",", " "),
            "JPY": "¥%s" % format(v * 100, ","), "KRW": "₩%s" % format(v * 1000, ","), "BRL": "R$ %s,00" % format(v, ",").replace(",", "."),
            "TRY": "%s TL" % format(v * 10, ",").replace(",", "."), "CZK": "%s Kč" % format(v * 10, ",").replace(",", " "),
            "INR": "₹%s" % format(v * 50, ","), "MXN": "$%s MXN" % format(v * 10, ","), "CNY": "¥%s" % format(v * 5, ","),
            "RUB": "%s ₽" % format(v * 50, ",").replace(",", " "), "UAH": "%s грн" % format(v * 30, ",").replace(",", " "),
            "ARS": "$%s ARS" % format(v * 900, ",").replace(",", "."), "NGN": "₦%s" % format(v * 1000, ","),
            "THB": "฿%s" % format(v * 30, ","), "IDR": "Rp%s" % format(v * 10000, ",").replace(",", "."),
            "VND": "%s ₫" % format(v * 20000, ",").replace(",", "."), "EGP": "%s ج.م" % format(v * 40, ","), "ILS": "₪%s" % format(v * 3, ",")}[cur]


def book_price(R, cur):
    v = {"USD": 28, "GBP": 20, "EUR": 22, "SEK": 249, "PLN": 49, "JPY": 1900, "KRW": 16800, "BRL": 69, "TRY": 390, "CZK": 399, "MXN": 399}.get(cur, 25)
    v = v + R.randint(-3, 6) * (1 if v < 100 else 10 if v < 2000 else 100)
    return {"USD": "$%d.99", "GBP": "£%d.99", "EUR": "%d,00 €", "SEK": "%d kr", "PLN": "%d zł", "JPY": "¥%d", "KRW": "₩%d", "BRL": "R$ %d,90",
            "TRY": "%d TL", "CZK": "%d Kč", "MXN": "$%d MXN"}.get(cur, "%d") % v


CUR = {"US": "USD", "GB": "GBP", "NG": "NGN", "IN": "INR", "DE": "EUR", "AT": "EUR", "FR": "EUR", "ES": "EUR", "MX": "MXN", "AR": "ARS",
       "IT": "EUR", "NL": "EUR", "BR": "BRL", "PT": "EUR", "PL": "PLN", "SE": "SEK", "TR": "TRY", "RU": "RUB", "UA": "UAH", "EG": "EGP",
       "IL": "ILS", "JP": "JPY", "KR": "KRW", "CN": "CNY", "VN": "VND", "ID": "IDR", "TH": "THB", "GR": "EUR", "CZ": "CZK"}

# Fictional characters of manuscripts, scripts and casting sheets (written
# for this part; no word shared with NAMES, checked at import).
CHARACTERS = {
    "en": ["Inspector Fennick-Marsh", "Wren Ashcombe", "Captain Orrin Vale", "Mags Tumbledown", "Silas Crowthorne", "Delphine Starling-Rook", "old Mrs Pettigrew-Haze", "Jonah Quarrendon"],
    "de": ["Kommissarin Brenneisen", "Fritzi Sonnenkalb", "Onkel Hartwig", "Lene Morgenroth", "Kapitän Eisenhauer"],
    "fr": ["commissaire Maubrac", "Lison Vergniaud", "le vieux Ambroise Malaterre", "Capucine Dorléac-Fontes"],
    "es": ["inspectora Valdeolmos", "Tula Arrebola", "don Sebastiano Cienfuegos", "Chelo Mirasol"],
    "it": ["commissario Malvezzi", "Nives Ondadoro", "zia Clotilde Barbagianni"],
    "nl": ["inspecteur Wolkenkrabber", "Trijntje Zeemeeuw", "oom Harmen Stormvogel"],
    "pt": ["delegada Ventania", "Zefa Marimbondo", "seu Quincas Borba-Lua"],
    "pl": ["komisarz Wichura", "Zosia Kwiatkowa", "stary Bonawentura Mgła"],
    "sv": ["kommissarie Stormhatt", "Tyra Lingonblad"],
    "ja": ["探偵・霧島 蒼一郎", "春風 ゆら"], "ko": ["형사 도해강", "달님이"], "zh": ["侦探 沈墨白", "林小雨"],
    "ru": ["следователь Буранов", "Фрол Ветров"], "tr": ["Komiser Fırtınaoğlu", "Nazlıcan Rüzgâr"], "cs": ["komisař Vichřický", "Bětka Mlhová"],
}


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(count, locales, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, locales, clean))
        return fn
    return deco


ALL = list(LANG)

# --- 1. interview transcripts with private sources --------------------------
# (head, Q1, A1 with {X}, Q2, A2 with {ph} and {em}, A3 with {ad})
DIALOGUE = {
    "en": ("Interview with {SF} — recorded by {JF}",
           "Can you tell me how long you worked on the night shift there?",
           "Six years. My supervisor was {X}, and she knew exactly what was going on in the loading bay.",
           "If I need to check a detail later, how do I reach you?",
           "Text me on {ph}, not my work phone. Or write to {em}.",
           "The letters they sent me are at home, {ad}. You can come by and photograph them."),
    "de": ("Gespräch mit {SF}, geführt von {JF}",
           "Seit wann arbeiten Sie im Pflegeheim?",
           "Seit 2016. Die Heimleitung hatte damals {X}, die hat die Dienstpläne geschönt.",
           "Wie erreiche ich Sie, falls ich noch etwas nachfragen muss?",
           "Am besten per Signal unter {ph}. Mail geht auch: {em}.",
           "Die Kopien liegen bei mir, {ad}. Kommen Sie vorbei, aber bitte nicht vor sechs."),
    "fr": ("Entretien avec {SF} — mené par {JF}",
           "Vous avez vu les camions arriver la nuit ?",
           "Plusieurs fois. C'est {X}, le chef d'équipe, qui nous disait de ne rien noter.",
           "Si j'ai besoin de vérifier un point, je vous joins comment ?",
           "Sur mon portable perso, {ph}. Ou par mail : {em}.",
           "J'habite {ad}, vous pouvez passer récupérer le classeur."),
    "es": ("Entrevista a {SF} — realizada por {JF}",
           "¿Cuándo se dio cuenta de que las facturas no cuadraban?",
           "En marzo. Se lo dije a {X}, mi jefa directa, y me cambiaron de departamento.",
           "Si necesito confirmar algo, ¿cómo te localizo?",
           "Al móvil, {ph}, mejor por WhatsApp. O al correo {em}.",
           "Los papeles los tengo en casa, {ad}. Pásate cuando quieras."),
    "it": ("Intervista a {SF} — a cura di {JF}",
           "Quando ha capito che i fondi non arrivavano alla scuola?",
           "A settembre. Ne ho parlato con {X}, il segretario, che mi ha detto di lasciar perdere.",
           "Se devo ricontrollare qualcosa, come la trovo?",
           "Sul cellulare, {ph}. Oppure scriva a {em}.",
           "I documenti li ho a casa, {ad}."),
    "pt": ("Entrevista com {SF} — feita por {JF}",
           "Desde quando você trabalha na cooperativa?",
           "Desde 2019. Quem mandava lá era {X}, e ele sabia de tudo.",
           "Se eu precisar confirmar alguma coisa, como te encontro?",
           "Me chama no {ph}, de preferência no Signal. Ou no e-mail {em}.",
           "Os recibos estão comigo, {ad}."),
    "nl": ("Interview met {SF}, afgenomen door {JF}",
           "Wanneer merkte u dat de metingen niet klopten?",
           "In de zomer van 2023. Ik heb het gemeld bij {X}, mijn leidinggevende, en toen werd het stil.",
           "Als ik nog iets moet nachecken, hoe bereik ik u?",
           "Via {ph}, liefst Signal. Of mail naar {em}.",
           "De map ligt bij mij thuis, {ad}."),
    "pl": ("Rozmowa z {SF} — przeprowadził(a) {JF}",
           "Od kiedy pracuje pani w tym magazynie?",
           "Od czterech lat. Kierownikiem zmiany był {X}, on wszystko podpisywał.",
           "Jak mogę się z panią skontaktować, gdybym musiał coś sprawdzić?",
           "Najlepiej pod numerem {ph}. Albo mailowo: {em}.",
           "Dokumenty mam w domu, {ad}."),
    "ru": ("Интервью с {SF}, записал(а) {JF}",
           "Когда вы впервые заметили, что отчёты переписывают?",
           "Осенью. Я сказала об этом начальнику — это {X}, и меня перевели в другой отдел.",
           "Как с вами связаться, если понадобится что-то уточнить?",
           "Пишите в Telegram на {ph}. Или на почту {em}.",
           "Копии у меня дома: {ad}."),
    "uk": ("Інтерв'ю з {SF}, записав(ла) {JF}",
           "Коли ви помітили, що гуманітарка зникає зі складу?",
           "Навесні. Я сказала про це координаторці — {X}, але нічого не змінилося.",
           "Як з вами зв'язатися, якщо треба буде щось уточнити?",
           "Пишіть у Signal на {ph}. Або на пошту {em}.",
           "Накладні в мене вдома: {ad}."),
    "tr": ("{SF} ile söyleşi — görüşmeyi yapan: {JF}",
           "Fabrikada ne kadar süre çalıştınız?",
           "Beş yıl. Vardiya amirim {X} idi, her şeyden haberi vardı.",
           "Bir şeyi teyit etmem gerekirse size nasıl ulaşırım?",
           "Cep numaram {ph}, WhatsApp'tan yazın. Ya da {em} adresine.",
           "Belgeler evimde, {ad}."),
    "ar": ("مقابلة مع {SF} — أجراها {JF}",
           "متى بدأت تلاحظ أن الشحنات تختفي؟",
           "في الصيف الماضي. أخبرت {X}، المشرف المباشر، فنقلوني إلى قسم آخر.",
           "كيف أتواصل معك إذا احتجت إلى التأكد من معلومة؟",
           "راسلني على واتساب {ph}، أو على البريد {em}.",
           "الأوراق عندي في البيت: {ad}."),
    "he": ("ראיון עם {SF} — ראיין/ה: {JF}",
           "ממתי את עובדת במחלקה?",
           "כבר שש שנים. מי שניהל את המשמרות היה {X}, והוא ידע הכל.",
           "איך אני משיג אותך אם אצטרך לבדוק פרט?",
           "בסיגנל, {ph}. או במייל {em}.",
           "המסמכים אצלי בבית, {ad}."),
    "ja": ("{SF}さんへのインタビュー（聞き手：{JF}）",
           "現場で何が起きていたのか、教えていただけますか。",
           "検査記録を書き換えるよう指示したのは、課長の{X}さんです。",
           "後で確認したいことがあった場合、どちらに連絡すればよいですか。",
           "携帯の{ph}にお願いします。メールなら{em}です。",
           "資料は自宅にあります。{ad}まで来ていただければお見せします。"),
    "ko": ("{SF} 씨 인터뷰 (진행: {JF})",
           "처음 이상하다고 느낀 건 언제였나요?",
           "작년 가을이요. 팀장인 {X} 씨가 장부를 따로 관리했어요.",
           "나중에 확인할 게 있으면 어떻게 연락드리면 될까요?",
           "제 휴대폰 {ph}로 문자 주세요. 메일은 {em}이에요.",
           "자료는 집에 있어요. {ad}"),
    "zh": ("采访{SF}（记者：{JF}）",
           "你是什么时候发现账目有问题的？",
           "去年年底。我跟主管{X}反映过，后来就被调岗了。",
           "如果我之后要核实细节，怎么联系你？",
           "打我手机{ph}，或者发邮件到{em}。",
           "材料都在我家里，地址是{ad}。"),
    "vi": ("Phỏng vấn {SF} — người thực hiện: {JF}",
           "Chị làm ở xưởng được bao lâu rồi?",
           "Năm năm. Quản đốc là anh {X}, anh ấy biết hết mọi chuyện.",
           "Nếu cần kiểm tra lại thông tin thì em liên lạc với chị thế nào?",
           "Gọi hoặc nhắn Zalo số {ph}, hoặc email {em}.",
           "Giấy tờ chị để ở nhà, {ad}."),
    "id": ("Wawancara dengan {SF} — pewawancara: {JF}",
           "Sejak kapan Bapak bekerja di gudang itu?",
           "Sejak 2018. Atasan saya waktu itu {X}, dia yang tanda tangan semua surat jalan.",
           "Kalau saya perlu konfirmasi lagi, bisa dihubungi ke mana?",
           "WhatsApp saja ke {ph}, atau email {em}.",
           "Dokumennya ada di rumah saya, {ad}."),
    "th": ("สัมภาษณ์คุณ{SF} — ผู้สัมภาษณ์: {JF}",
           "คุณเริ่มสังเกตว่ามีอะไรผิดปกติตั้งแต่เมื่อไหร่",
           "ตั้งแต่ปีที่แล้วค่ะ หัวหน้าแผนกคือคุณ{X} เขารู้ทุกอย่าง",
           "ถ้าต้องการตรวจสอบข้อมูลเพิ่ม จะติดต่อคุณได้ทางไหน",
           "โทรหรือไลน์มาที่ {ph} หรืออีเมล {em} ค่ะ",
           "เอกสารอยู่ที่บ้าน {ad}"),
    "el": ("Συνέντευξη με {SF} — τη συνέντευξη πήρε ο/η {JF}",
           "Πότε καταλάβατε ότι τα τιμολόγια ήταν φουσκωμένα;",
           "Πέρσι το καλοκαίρι. Το είπα στον προϊστάμενό μου, {X}, και με μετέθεσαν.",
           "Αν χρειαστεί να διασταυρώσω κάτι, πώς σας βρίσκω;",
           "Στο κινητό {ph}, καλύτερα Signal. Ή στο {em}.",
           "Τα έγγραφα είναι σπίτι μου, {ad}."),
    "cs": ("Rozhovor s {SF} — vedl(a) {JF}",
           "Kdy jste si všimla, že se výkazy přepisují?",
           "Loni na jaře. Řekla jsem to vedoucímu směny ({X}) a pak mě přeřadili.",
           "Jak vás zastihnu, kdybych si potřeboval něco ověřit?",
           "Na mobilu {ph}, nejlépe přes Signal. Nebo e-mailem na {em}.",
           "Papíry mám doma, {ad}."),
    "sv": ("Intervju med {SF} — gjord av {JF}",
           "När märkte du att siffrorna inte stämde?",
           "I våras. Jag sa det till {X}, min chef, och sen blev det tyst.",
           "Om jag behöver dubbelkolla något, hur når jag dig?",
           "Sms:a {ph}, inte jobbtelefonen. Eller mejla {em}.",
           "Pärmen har jag hemma, {ad}."),
    "hi": ("{SF} से बातचीत — इंटरव्यू: {JF}",
           "आप वहाँ कितने साल से काम कर रहे हैं?",
           "सात साल से। सुपरवाइज़र {X} थे, उन्हें सब पता था।",
           "अगर कुछ दोबारा पूछना हो तो आपसे कैसे संपर्क करूँ?",
           "मेरे मोबाइल {ph} पर व्हाट्सऐप कर दीजिए, या {em} पर मेल।",
           "कागज़ात मेरे घर पर हैं, {ad}."),
}


XSEX = {"en": "f", "de": "f", "fr": "m", "es": "f", "it": "m", "pt": "m", "pl": "m", "ru": "m", "uk": "f",
        "ar": "m", "he": "m", "vi": "m", "el": "m", "cs": "m", "hi": "m"}
SSEX = {"pl": "f", "vi": "f", "id": "m", "th": "f", "cs": "f", "ru": "f", "uk": "f", "he": "f"}


@tpl(32, ALL + ["EG", "IL", "VN", "TH", "UA", "RU", "IN", "CN", "GR", "ID"])
def interview(R, cc):
    lang = LANG[cc]
    c = Ctx(R, cc)
    src, jr = c.person(SSEX.get(lang)), c.person()
    x = c.person(XSEX.get(lang))
    head, q1, a1, q2, a2, a3 = DIALOGUE[lang]
    J = lambda: c.gname(jr)  # noqa: E731
    S = lambda: c.gname(src)  # noqa: E731
    t = sorted(tc(R) for _ in range(5))
    ref = N(R.choice(["REC_%04d.wav" % R.randint(1, 9999), "Zoom_%d.m4a" % R.randint(100000, 999999), "take %d" % R.randint(2, 9)]), "file_name")
    lines = [F(head, SF=c.name(src), JF=c.name(jr)), " (", ref, ")\n"]
    lines += ["[", N(t[0], "timecode"), "] ", J(), ": ", q1, "\n"]
    lines += ["[", N(t[1], "timecode"), "] ", S(), ": ", F(a1, X=c.name(x)), "\n"]
    lines += ["[", N(t[2], "timecode"), "] ", J(), ": ", q2, "\n"]
    lines += ["[", N(t[3], "timecode"), "] ", S(), ": ", F(a2, ph=c.phone(), em=c.email(src)), "\n"]
    if R.random() < 0.6:
        lines += ["[", N(t[4], "timecode"), "] ", S(), ": ", F(a3, ad=c.addr())]
    else:
        lines[-1] = ""
    body = lines
    return "transcript", lang, wrap(R, lang, ["tidy", "summ"], body)


# --- 2. fixer and contact lists for a reporting trip --------------------------
TRIP = ["UA", "TR", "EG", "MX", "NG", "IN", "ID", "VN", "TH", "IL", "AR", "BR", "GR"]
HOME = ["GB", "US", "DE", "FR", "NL", "ES", "IT", "SE", "JP", "KR", "PL", "CZ"]
FIXHEAD = {
    "en": ("Role,Name,Mobile,Email,Notes", ["Fixer", "Driver", "Interpreter", "Local producer", "Security advisor", "Camera"], "Hotel: {h} (booking ref {r}) — do not give out room numbers"),
    "de": ("Funktion;Name;Handy;E-Mail;Notiz", ["Fixer", "Fahrer", "Dolmetscherin", "Producerin vor Ort", "Sicherheitsberater", "Kamera"], "Hotel: {h} (Buchungsnr. {r}) — Zimmernummern nicht rausgeben"),
    "fr": ("Poste;Nom;Portable;E-mail;Remarques", ["Fixeur", "Chauffeur", "Interprète", "Productrice locale", "Conseiller sécurité", "JRI"], "Hôtel : {h} (réf. {r}) — ne pas communiquer les chambres"),
    "es": ("Puesto;Nombre;Móvil;Correo;Notas", ["Fixer", "Conductor", "Intérprete", "Productora local", "Asesor de seguridad", "Cámara"], "Hotel: {h} (reserva {r}) — no dar números de habitación"),
    "it": ("Ruolo;Nome;Cellulare;Email;Note", ["Fixer", "Autista", "Interprete", "Produttrice locale", "Consulente sicurezza", "Operatore"], "Hotel: {h} (prenotazione {r})"),
    "nl": ("Rol;Naam;Mobiel;E-mail;Opmerking", ["Fixer", "Chauffeur", "Tolk", "Lokale producer", "Veiligheidsadviseur", "Camera"], "Hotel: {h} (boeking {r})"),
    "ja": ("役割,氏名,携帯,メール,備考", ["フィクサー", "ドライバー", "通訳", "現地プロデューサー", "安全管理", "カメラ"], "ホテル：{h}（予約番号 {r}）"),
    "ko": ("역할,이름,휴대폰,이메일,메모", ["픽서", "운전기사", "통역", "현지 프로듀서", "안전 담당", "촬영"], "숙소: {h} (예약번호 {r})"),
    "sv": ("Roll;Namn;Mobil;E-post;Anteckning", ["Fixare", "Chaufför", "Tolk", "Lokal producent", "Säkerhetsrådgivare", "Foto"], "Hotell: {h} (bokning {r})"),
    "pl": ("Funkcja;Imię i nazwisko;Komórka;E-mail;Uwagi", ["Fixer", "Kierowca", "Tłumaczka", "Producentka lokalna", "Doradca ds. bezpieczeństwa", "Operator"], "Hotel: {h} (rezerwacja {r})"),
    "cs": ("Funkce;Jméno;Mobil;E-mail;Poznámka", ["Fixer", "Řidič", "Tlumočnice", "Místní producentka", "Bezpečnostní poradce", "Kameraman"], "Hotel: {h} (rezervace {r})"),
}
HOTELS = ["Hotel Aurelian Gate", "Pension Lindwurm", "Grand Hotel Mirasol", "Cedar Court Suites", "Hotel Sable Dune", "Residence Plover"]


@tpl(28, HOME)
def fixer_list(R, cc):
    c = Ctx(R, cc, roman=True)
    trip = TRIP[(HOME.index(cc) * 7 + R.randint(0, 12)) % len(TRIP)]
    lang = LANG[cc] if LANG[cc] in FIXHEAD else "en"
    head, roles, hotel = FIXHEAD[lang]
    sep = "," if head.count(",") > 2 else ";"
    rows = [head]
    n = R.randint(3, 5)
    picks = R.sample(roles, n)
    for role in picks:
        home_side = role in (roles[4], roles[5])
        pcc = cc if home_side else trip
        p = c.person(cc=pcc)
        row = [role, sep, c.name(p), sep, c.phone(cc=pcc), sep]
        if R.random() < 0.6:
            row += [c.email(p)]
        row += [sep, R.choice(["", "", "speaks EN", "Signal only", "car: white Hilux", "night shifts OK"]) if lang == "en" else ""]
        rows.append(row)
    body = []
    for i, r_ in enumerate(rows):
        body += [r_, "\n"]
    body += [F(hotel, h=N(R.choice(HOTELS), "hotel"), r=N("%s%d" % (R.choice(["BK", "HX", "RES"]), R.randint(100000, 999999)), "booking_ref"))]
    return "csv", lang, wrap(R, LANG[cc], ["crew", "table"], body)


# --- 3. press releases with a media contact -------------------------------
PRESS = {
    "en": "{emb}\n\n{org} announces \"{title}\", the debut {kind} by {A}\n\n{town} — {A} started writing \"{title}\" on night shifts. \"I never thought anyone would read it,\" {Ag} says.\nISBN {isbn} · {price} · on sale {pub}\n\nMedia contact: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "de": "{emb}\n\n{org} veröffentlicht „{title}“, das Debüt von {A}\n\n{town} — {A} schrieb „{title}“ in den Nachtschichten. „Ich hätte nie gedacht, dass das jemand liest“, sagt {Ag}.\nISBN {isbn} · {price} · Erscheinungstermin {pub}\n\nPressekontakt: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "fr": "{emb}\n\n{org} annonce « {title} », premier {kind} de {A}\n\n{town} — {A} a écrit « {title} » pendant ses gardes de nuit. « Je ne pensais pas que quelqu'un le lirait », confie {Ag}.\nISBN {isbn} · {price} · parution le {pub}\n\nContact presse : {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "es": "{emb}\n\n{org} presenta «{title}», el debut de {A}\n\n{town} — {A} escribió «{title}» en sus turnos de noche. «Nunca pensé que alguien lo leería», dice {Ag}.\nISBN {isbn} · {price} · a la venta el {pub}\n\nContacto de prensa: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "it": "{emb}\n\n{org} presenta «{title}», l'esordio di {A}\n\n{town} — {A} ha scritto «{title}» durante i turni di notte. «Non pensavo che qualcuno l'avrebbe letto», racconta {Ag}.\nISBN {isbn} · {price} · in libreria dal {pub}\n\nUfficio stampa: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "nl": "{emb}\n\n{org} brengt „{title}” uit, het debuut van {A}\n\n{town} — {A} schreef „{title}” tijdens nachtdiensten. ‘Ik dacht nooit dat iemand het zou lezen,’ zegt {Ag}.\nISBN {isbn} · {price} · verschijnt {pub}\n\nPerscontact: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "pt": "{emb}\n\n{org} anuncia \"{title}\", a estreia de {A}\n\n{town} — {A} escreveu \"{title}\" nos plantões noturnos. \"Nunca achei que alguém fosse ler\", conta {Ag}.\nISBN {isbn} · {price} · lançamento em {pub}\n\nAssessoria de imprensa: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "pl": "{emb}\n\n{org} zapowiada „{title}” — debiutancką powieść, którą napisał(a) {A}\n\n{town} — {A} pisał(a) „{title}” na nocnych dyżurach. „Nie sądziłem, że ktoś to przeczyta” — mówi {Ag}.\nISBN {isbn} · {price} · premiera {pub}\n\nKontakt dla mediów: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "sv": "{emb}\n\n{org} ger ut ”{title}”, debuten av {A}\n\n{town} — {A} skrev ”{title}” på nattpassen. ”Jag trodde aldrig att någon skulle läsa den”, säger {Ag}.\nISBN {isbn} · {price} · utkommer {pub}\n\nPresskontakt: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "cs": "{emb}\n\n{org} vydává „{title}“, prvotinu, kterou napsal(a) {A}\n\n{town} — {A} psal(a) „{title}“ po nocích. „Nečekal jsem, že to někdo bude číst,“ říká {Ag}.\nISBN {isbn} · {price} · vychází {pub}\n\nKontakt pro média: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "tr": "{emb}\n\n{org}, {A} imzalı ilk roman \"{title}\"ı duyurdu\n\n{town} — {A}, \"{title}\"ı gece nöbetlerinde yazdı. \"Birinin okuyacağını hiç düşünmemiştim\" diyor {Ag}.\nISBN {isbn} · {price} · çıkış tarihi {pub}\n\nBasın iletişim: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
    "ja": "{emb}\n\n{org}より、{A}のデビュー作『{title}』刊行のお知らせ\n\n{A}は夜勤の合間に『{title}』を書き上げた。「誰かに読まれるとは思っていなかった」と{Ag}は語る。\nISBN {isbn}・{price}・発売日 {pub}\n\n報道関係のお問い合わせ：{M}（{mph}／{mem}）\n{org}　{oaddr}・{desk}",
    "ko": "{emb}\n\n{org}, {A}의 데뷔작 『{title}』 출간\n\n{A}는 야간 근무 틈틈이 『{title}』를 썼다. \"누가 읽을 거라고는 생각도 못 했다\"고 {Ag}는 말한다.\nISBN {isbn} · {price} · 출간일 {pub}\n\n언론 문의: {M}, {mph}, {mem}\n{org}, {oaddr} · {desk}",
}
PUBLISHERS = {
    "en": [("Harrowgate & Finch", "14 Bellfounder Street, London EC1V 4QT", "press@harrowgatefinch.co.uk"), ("Lantern Cove Books", "220 Wharf Row, Portland, ME 04101", "publicity@lanterncove.com")],
    "de": [("Verlag Kieselgrund", "Papiermühlenweg 3, 04109 Leipzig", "presse@kieselgrund-verlag.de"), ("Edition Schwanenhals", "Am Speicher 12, 20457 Hamburg", "presse@schwanenhals.de")],
    "fr": [("Éditions du Héron Cendré", "18 rue Vavin, 75006 Paris", "presse@heroncendre.fr"), ("Les Éditions Grain d'Orage", "5 quai Saint-Antoine, 69002 Lyon", "presse@graindorage.fr")],
    "es": [("Ediciones Alcaraván", "Calle del Prado 22, 28014 Madrid", "prensa@alcaravan.es"), ("Editorial Tramuntana Negro", "Carrer de Pau Claris 140, 08009 Barcelona", "comunicacion@cierzonegro.es")],
    "it": [("Edizioni Lucciola", "Corso Magenta 41, 20123 Milano", "ufficiostampa@edizionilucciola.it")],
    "nl": [("Uitgeverij Kievitsbloem", "Herengracht 402, 1017 BX Amsterdam", "pers@kievitsbloem.nl")],
    "pt": [("Editora Maré Alta", "Rua Augusta 1508, São Paulo - SP, 01304-001", "imprensa@marealta.com.br"), ("Edições Gaivota", "Rua do Alecrim 47, 1200-014 Lisboa", "imprensa@edgaivota.pt")],
    "pl": [("Wydawnictwo Czapla", "ul. Foksal 17, 00-372 Warszawa", "media@czapla.pl")],
    "sv": [("Bokförlaget Tranan & Tall", "Hornsgatan 88, 111 36 Stockholm", "press@trananotall.se")],
    "cs": [("Nakladatelství Skřivan", "Vodičkova 36, 110 00 Praha 1", "media@skrivan.cz")],
    "tr": [("Martı Kitap", "İstiklal Cad. No: 120, 34430 Beyoğlu/İstanbul", "basin@martikitap.com.tr")],
    "ja": [("鷺ノ宮書房", "東京都千代田区神田神保町2-5", "press@saginomiya-shobo.jp")],
    "ko": [("물새출판사", "서울특별시 마포구 양화로 45", "press@mulsaebooks.kr")],
}
TITLES = {"en": ["The Salt Ledger", "Night Ferry to Nowhere", "A House of Borrowed Light"], "de": ["Das Schweigen der Schleusen", "Nachtfähre"],
          "fr": ["Le Registre du sel", "Les Veilleurs de nuit"], "es": ["El cuaderno de la sal", "Turno de noche"], "it": ["Il registro del sale"],
          "nl": ["Het zoutregister"], "pt": ["O livro do sal", "Plantão"], "pl": ["Księga soli"], "sv": ["Saltboken"], "cs": ["Solná kniha"],
          "tr": ["Tuz Defteri"], "ja": ["塩の帳簿"], "ko": ["소금 장부"]}
PRESS_LOC = ["US", "GB", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "BR", "PT", "PL", "SE", "CZ", "TR", "JP", "KR"]


def embargo(R, lang):
    d = pubdate(R, lang)
    return N({"de": "SPERRFRIST: %s, 00:01 Uhr", "fr": "SOUS EMBARGO jusqu'au %s, 00h01", "es": "EMBARGADO hasta el %s, 00:01",
              "it": "EMBARGO fino al %s, ore 00:01", "nl": "EMBARGO tot %s, 00.01 uur", "pt": "EMBARGO até %s, 00h01",
              "pl": "EMBARGO do %s, godz. 00:01", "sv": "EMBARGO till %s kl. 00.01", "cs": "EMBARGO do %s, 00:01",
              "tr": "AMBARGO: %s, 00:01", "ja": "解禁日時：%s 0時1分", "ko": "엠바고: %s 00:01"}.get(lang, "EMBARGOED UNTIL 00:01 GMT, %s") % d, "embargo_date")


@tpl(24, PRESS_LOC)
def press_release(R, cc):
    lang = LANG[cc]
    c = Ctx(R, cc)
    a, m = c.person(), c.person()
    org, oaddr, desk = R.choice(PUBLISHERS[lang])
    dom = desk.split("@")[1]
    mem = L("email", "%s.%s@%s" % (_ascii(m.given(True)).lower(), _ascii(m.f_r).lower().replace(" ", "").replace("-", ""), dom), sub="work")
    body = F(PRESS[lang], emb=embargo(R, lang), org=N(org, "publisher"), title=N(R.choice(TITLES[lang]), "book_title"),
             kind="novel", A=c.name(a), Ag=c.gname(a) if lang not in ("ja", "ko") else c.name(a), town=N(town_of(R, cc), "town"),
             isbn=N(isbn_fmt(isbn13(R)), "isbn"), price=N(book_price(R, CUR[cc]), "price"), pub=N(pubdate(R, lang), "pub_date"),
             M=c.name(m), mph=c.phone(), mem=mem, oaddr=N(oaddr, "org_address"), desk=N(desk, "role_mailbox"))
    return "press_release", lang, wrap(R, lang, ["check", "rewrite"], body)


# --- 4. pitch e-mails to editors ---------------------------------------------
PITCH = {
    "en": ("Subject: Pitch — {topic} ({wc} words)\nFrom: {F} <{fem}>\nTo: {E} <{eem}>\nCc: {desk}\n\nHi {Eg},\n\nI've spent three months with the night cleaners at the airport and one of them, {X}, has agreed to go on record. I can file by {dl}.\n\nClips on request. Best number: {fph}.\n\n{Fg}\n{faddr}",
           ["warehouse heat", "the river ferries", "care-home staffing"]),
    "de": ("Betreff: Themenvorschlag — {topic} ({wc} Zeichen)\nVon: {F} <{fem}>\nAn: {E} <{eem}>\nCc: {desk}\n\nLiebe/r {Eg},\n\nich begleite seit drei Monaten die Reinigungskräfte am Flughafen; eine von ihnen, {X}, spricht mit Namen. Abgabe bis {dl} möglich.\n\nArbeitsproben gern auf Anfrage. Mobil: {fph}\n\nViele Grüße\n{Fg}\n{faddr}",
           ["Hitze im Lager", "die Fähren an der Elbe", "Personalnot im Pflegeheim"]),
    "fr": ("Objet : Proposition de sujet — {topic} ({wc} signes)\nDe : {F} <{fem}>\nÀ : {E} <{eem}>\nCc : {desk}\n\nBonjour {Eg},\n\nje suis depuis trois mois les agents de nettoyage de nuit de l'aéroport ; l'une d'elles, {X}, accepte de témoigner à visage découvert. Je peux rendre le papier pour le {dl}.\n\nPortable : {fph}\n\nBien à vous,\n{Fg}\n{faddr}",
           ["la chaleur dans les entrepôts", "les bacs de Loire", "le manque de soignants en Ehpad"]),
    "es": ("Asunto: Propuesta — {topic} ({wc} palabras)\nDe: {F} <{fem}>\nPara: {E} <{eem}>\nCC: {desk}\n\nHola, {Eg}:\n\nllevo tres meses con las limpiadoras del turno de noche del aeropuerto y una de ellas, {X}, habla con nombre y apellidos. Puedo entregar el {dl}.\n\nMóvil: {fph}\n\nUn saludo,\n{Fg}\n{faddr}",
           ["el calor en los almacenes", "los ferris del estrecho", "las residencias sin personal"]),
    "it": ("Oggetto: Proposta — {topic} ({wc} battute)\nDa: {F} <{fem}>\nA: {E} <{eem}>\nCc: {desk}\n\nCiao {Eg},\n\nda tre mesi seguo le addette alle pulizie notturne dell'aeroporto; una di loro, {X}, accetta di parlare con nome e cognome. Posso consegnare entro il {dl}.\n\nCell. {fph}\n\nUn saluto,\n{Fg}\n{faddr}",
           ["il caldo nei magazzini", "i traghetti sullo Stretto"]),
    "nl": ("Onderwerp: Pitch — {topic} ({wc} woorden)\nVan: {F} <{fem}>\nAan: {E} <{eem}>\nCc: {desk}\n\nHoi {Eg},\n\nik loop al drie maanden mee met de nachtschoonmakers op Schiphol; een van hen, {X}, wil met naam in het stuk. Inleveren kan op {dl}.\n\nMobiel: {fph}\n\nGroet,\n{Fg}\n{faddr}",
           ["hitte in distributiecentra", "de pontjes over het IJ"]),
    "pt": ("Assunto: Pauta — {topic} ({wc} caracteres)\nDe: {F} <{fem}>\nPara: {E} <{eem}>\nCc: {desk}\n\nOi, {Eg},\n\nhá três meses acompanho as faxineiras do turno da noite no aeroporto; uma delas, {X}, topou falar com nome. Consigo entregar até {dl}.\n\nCelular: {fph}\n\nAbraço,\n{Fg}\n{faddr}",
           ["o calor nos galpões", "as balsas da travessia"]),
    "pl": ("Temat: Propozycja tekstu — {topic} ({wc} znaków)\nOd: {F} <{fem}>\nDo: {E} <{eem}>\nDW: {desk}\n\nDzień dobry, {Eg},\n\nod trzech miesięcy towarzyszę nocnej ekipie sprzątającej na lotnisku; jedna z pań, {X}, zgodziła się wystąpić pod nazwiskiem. Tekst mogę oddać do {dl}.\n\nTel. {fph}\n\nPozdrawiam\n{Fg}\n{faddr}",
           ["upał w magazynach", "promy na Wiśle"]),
    "sv": ("Ämne: Pitch — {topic} ({wc} tecken)\nFrån: {F} <{fem}>\nTill: {E} <{eem}>\nKopia: {desk}\n\nHej {Eg},\n\njag har följt nattstädarna på Arlanda i tre månader och en av dem, {X}, ställer upp med namn. Jag kan leverera {dl}.\n\nMobil: {fph}\n\nHälsningar\n{Fg}\n{faddr}",
           ["värmen i lagren", "skärgårdsfärjorna"]),
    "el": ("Θέμα: Πρόταση θέματος — {topic} ({wc} λέξεις)\nΑπό: {F} <{fem}>\nΠρος: {E} <{eem}>\nΚοιν.: {desk}\n\nΓεια σου {Eg},\n\nεδώ και τρεις μήνες ακολουθώ τις καθαρίστριες της νυχτερινής βάρδιας στο αεροδρόμιο· μία από αυτές, η {X}, δέχεται να μιλήσει επώνυμα. Μπορώ να παραδώσω έως {dl}.\n\nΚινητό: {fph}\n\nΦιλικά,\n{Fg}\n{faddr}",
           ["η ζέστη στις αποθήκες", "τα φέρι του Σαρωνικού"]),
    "cs": ("Předmět: Návrh tématu — {topic} ({wc} znaků)\nOd: {F} <{fem}>\nKomu: {E} <{eem}>\nKopie: {desk}\n\nDobrý den, {Eg},\n\ntři měsíce sleduji noční uklízečky na letišti; jedna z nich, {X}, je ochotná mluvit pod jménem. Text mohu odevzdat do {dl}.\n\nMobil: {fph}\n\nS pozdravem\n{Fg}\n{faddr}",
           ["horko ve skladech", "přívozy na Vltavě"]),
}
PITCH_LOC = ["US", "GB", "NG", "IN", "DE", "AT", "FR", "ES", "AR", "IT", "NL", "BR", "PT", "PL", "SE", "GR", "CZ"]
OUTLET_DOM = {"en": ["thecoastalledger.com", "northmarchreview.co.uk"], "de": ["tagespost-lindau.de", "wochenblick-nord.de"], "fr": ["lecourrierdelestuaire.fr"],
              "es": ["eldiariodelcierzo.es"], "it": ["ilcorrieredellalaguna.it"], "nl": ["dewaddenbode.nl"], "pt": ["folhadoplanalto.com.br"],
              "pl": ["gazetaznadodry.pl"], "sv": ["norrlandskuriren.se"], "el": ["ikathimerini-voreia.gr"], "cs": ["listyzpodhuri.cz"]}
DESKS = {"en": ["features@", "pitches@", "newsdesk@"], "de": ["reportage@", "redaktion@"], "fr": ["redaction@", "societe@"], "es": ["redaccion@", "local@"],
         "it": ["redazione@", "cronaca@"], "nl": ["redactie@"], "pt": ["pautas@", "redacao@"], "pl": ["redakcja@"], "sv": ["nyhet@", "redaktionen@"],
         "el": ["reportaz@"], "cs": ["redakce@"]}


@tpl(28, PITCH_LOC)
def pitch_email(R, cc):
    lang = LANG[cc] if LANG[cc] in PITCH else "en"
    c = Ctx(R, cc, roman=LANG[cc] not in PITCH)
    fr_, ed = c.person(), c.person()
    x = c.person("f")
    tmpl, topics = PITCH[lang]
    dom = R.choice(OUTLET_DOM[lang])
    eem = L("email", "%s.%s@%s" % (_ascii(ed.given(True)).lower(), _ascii(ed.f_r).lower().replace(" ", "").replace("-", ""), dom), sub="work")
    wc = N(R.choice(["1,200", "1,800", "2,500", "3,000", "6.000", "8.500", "12 000"]), "word_count")
    body = F(tmpl, topic=R.choice(topics), wc=wc, F=c.name(fr_), fem=c.email(fr_), E=c.name(ed), eem=eem, desk=N(R.choice(DESKS[lang]) + dom, "role_mailbox"),
             Eg=c.gname(ed), X=c.name(x), dl=N(pubdate(R, lang), "deadline"), fph=c.phone(), Fg=c.gname(fr_),
             faddr=c.addr() if R.random() < 0.5 else "")
    return "email", lang, wrap(R, LANG[cc], ["check", "rewrite"], body)


# --- 5. author information sheets for a publishing contract ------------------
AUTHFORM = {
    "en": ("AUTHOR INFORMATION SHEET — {org}\nContract ref: {ref}   Advance: {adv} (first half on signature)\n\nLegal name: {A}\nPen name: {PN}\nDate of birth: {dob}\nHome address: {ad}\nMobile: {ph}\nE-mail: {em}\n{gidn}: {gid}\nBank for payments: {bank}\nISBN (hardback, provisional): {isbn}",),
    "de": ("AUTORENDATENBLATT — {org}\nVertragsnr.: {ref}   Vorschuss: {adv} (Hälfte bei Unterzeichnung)\n\nBürgerlicher Name: {A}\nPseudonym: {PN}\nGeburtsdatum: {dob}\nAnschrift: {ad}\nMobil: {ph}\nE-Mail: {em}\n{gidn}: {gid}\nBankverbindung: {bank}\nISBN (vorläufig): {isbn}",),
    "fr": ("FICHE AUTEUR — {org}\nContrat n° {ref}   À-valoir : {adv} (moitié à la signature)\n\nNom civil : {A}\nNom de plume : {PN}\nDate de naissance : {dob}\nAdresse : {ad}\nPortable : {ph}\nCourriel : {em}\n{gidn} : {gid}\nCoordonnées bancaires : {bank}\nISBN (provisoire) : {isbn}",),
    "es": ("FICHA DE AUTOR — {org}\nContrato n.º {ref}   Anticipo: {adv} (mitad a la firma)\n\nNombre legal: {A}\nSeudónimo: {PN}\nFecha de nacimiento: {dob}\nDomicilio: {ad}\nMóvil: {ph}\nCorreo: {em}\n{gidn}: {gid}\nCuenta para pagos: {bank}\nISBN (provisional): {isbn}",),
    "it": ("SCHEDA AUTORE — {org}\nContratto n. {ref}   Anticipo: {adv} (metà alla firma)\n\nNome anagrafico: {A}\nPseudonimo: {PN}\nData di nascita: {dob}\nIndirizzo: {ad}\nCellulare: {ph}\nE-mail: {em}\n{gidn}: {gid}\nConto per i pagamenti: {bank}\nISBN (provvisorio): {isbn}",),
    "nl": ("AUTEURSGEGEVENS — {org}\nContractnr. {ref}   Voorschot: {adv} (helft bij ondertekening)\n\nOfficiële naam: {A}\nPseudoniem: {PN}\nGeboortedatum: {dob}\nAdres: {ad}\nMobiel: {ph}\nE-mail: {em}\n{gidn}: {gid}\nRekening voor betalingen: {bank}\nISBN (voorlopig): {isbn}",),
    "pt": ("FICHA DO AUTOR — {org}\nContrato n.º {ref}   Adiantamento: {adv} (metade na assinatura)\n\nNome civil: {A}\nPseudónimo: {PN}\nData de nascimento: {dob}\nMorada: {ad}\nTelemóvel: {ph}\nE-mail: {em}\n{gidn}: {gid}\nConta para pagamentos: {bank}\nISBN (provisório): {isbn}",),
    "pl": ("KARTA AUTORA — {org}\nUmowa nr {ref}   Zaliczka: {adv} (połowa przy podpisaniu)\n\nImię i nazwisko: {A}\nPseudonim: {PN}\nData urodzenia: {dob}\nAdres: {ad}\nTelefon: {ph}\nE-mail: {em}\n{gidn}: {gid}\nRachunek do wypłat: {bank}\nISBN (tymczasowy): {isbn}",),
    "sv": ("FÖRFATTARUPPGIFTER — {org}\nAvtal nr {ref}   Förskott: {adv} (hälften vid undertecknande)\n\nNamn: {A}\nPseudonym: {PN}\nFödelsedatum: {dob}\nAdress: {ad}\nMobil: {ph}\nE-post: {em}\n{gidn}: {gid}\nKonto för utbetalning: {bank}\nISBN (preliminärt): {isbn}",),
    "tr": ("YAZAR BİLGİ FORMU — {org}\nSözleşme no: {ref}   Avans: {adv} (yarısı imzada)\n\nAd soyad: {A}\nMahlas: {PN}\nDoğum tarihi: {dob}\nAdres: {ad}\nCep: {ph}\nE-posta: {em}\n{gidn}: {gid}\nÖdeme hesabı: {bank}\nISBN (geçici): {isbn}",),
    "ru": ("АНКЕТА АВТОРА — {org}\nДоговор № {ref}   Аванс: {adv} (половина при подписании)\n\nФИО: {A}\nПсевдоним: {PN}\nДата рождения: {dob}\nАдрес регистрации: {ad}\nМобильный: {ph}\nЭл. почта: {em}\n{gidn}: {gid}\nРеквизиты: {bank}\nISBN (предварительно): {isbn}",),
    "uk": ("АНКЕТА АВТОРА — {org}\nДоговір № {ref}   Аванс: {adv} (половина при підписанні)\n\nПІБ: {A}\nПсевдонім: {PN}\nДата народження: {dob}\nАдреса: {ad}\nМобільний: {ph}\nЕл. пошта: {em}\n{gidn}: {gid}\nРахунок: {bank}\nISBN (попередньо): {isbn}",),
    "ja": ("著者情報シート — {org}\n契約番号：{ref}　前払金：{adv}（署名時に半額）\n\n本名：{A}\nペンネーム：{PN}\n生年月日：{dob}\n住所：{ad}\n携帯：{ph}\nメール：{em}\n{gidn}：{gid}\n振込先：{bank}\nISBN（仮）：{isbn}",),
    "ko": ("저자 정보 양식 — {org}\n계약번호: {ref}   선인세: {adv} (계약 시 50%)\n\n성명: {A}\n필명: {PN}\n생년월일: {dob}\n주소: {ad}\n휴대폰: {ph}\n이메일: {em}\n{gidn}: {gid}\n입금 계좌: {bank}\nISBN(가): {isbn}",),
    "zh": ("作者信息表 — {org}\n合同编号：{ref}　预付版税：{adv}（签约时支付一半）\n\n姓名：{A}\n笔名：{PN}\n出生日期：{dob}\n住址：{ad}\n手机：{ph}\n邮箱：{em}\n{gidn}：{gid}\n收款账户：{bank}\nISBN（暂定）：{isbn}",),
    "el": ("ΣΤΟΙΧΕΙΑ ΣΥΓΓΡΑΦΕΑ — {org}\nΣύμβαση αρ. {ref}   Προκαταβολή: {adv} (το μισό με την υπογραφή)\n\nΟνοματεπώνυμο: {A}\nΨευδώνυμο: {PN}\nΗμερομηνία γέννησης: {dob}\nΔιεύθυνση: {ad}\nΚινητό: {ph}\nEmail: {em}\n{gidn}: {gid}\nΛογαριασμός: {bank}\nISBN (προσωρινό): {isbn}",),
    "cs": ("ÚDAJE O AUTOROVI — {org}\nSmlouva č. {ref}   Záloha: {adv} (polovina při podpisu)\n\nJméno a příjmení: {A}\nPseudonym: {PN}\nDatum narození: {dob}\nAdresa: {ad}\nMobil: {ph}\nE-mail: {em}\n{gidn}: {gid}\nÚčet pro výplaty: {bank}\nISBN (předběžné): {isbn}",),
    "th": ("แบบฟอร์มข้อมูลผู้เขียน — {org}\nสัญญาเลขที่ {ref}   ค่าล่วงหน้า: {adv}\n\nชื่อ-นามสกุล: {A}\nนามปากกา: {PN}\nวันเกิด: {dob}\nที่อยู่: {ad}\nมือถือ: {ph}\nอีเมล: {em}\n{gidn}: {gid}\nบัญชีรับเงิน: {bank}\nISBN (ชั่วคราว): {isbn}",),
    "id": ("FORMULIR DATA PENULIS — {org}\nNo. kontrak: {ref}   Uang muka: {adv}\n\nNama lengkap: {A}\nNama pena: {PN}\nTanggal lahir: {dob}\nAlamat: {ad}\nHP: {ph}\nEmail: {em}\n{gidn}: {gid}\nRekening: {bank}\nISBN (sementara): {isbn}",),
}
AUTH_LOC = ["DE", "AT", "FR", "ES", "IT", "NL", "BR", "PT", "PL", "SE", "TR", "RU", "UA", "GB", "US", "JP", "KR", "CN", "GR", "CZ", "MX", "AR", "TH", "ID", "IN", "IL"]
IMPRINTS = ["Harrowgate & Finch", "Verlag Kieselgrund", "Éditions du Héron Cendré", "Ediciones Alcaraván", "Edizioni Lucciola", "Uitgeverij Kievitsbloem",
            "Editora Maré Alta", "Wydawnictwo Czapla", "Tranan & Tall", "Martı Kitap", "Издательство «Полынь»", "Видавництво «Горлиця»",
            "鷺ノ宮書房", "물새출판사", "青鸟文化", "Εκδόσεις Γλάρος", "Nakladatelství Skřivan", "สำนักพิมพ์นกกระจิบ", "Penerbit Kenari", "Lantern Cove Books"]


def pen_name(R, c, a):
    """A pen name: a name-shaped persona (labelled, sub pen_name) or initials."""
    loc = R.choice(["GB", "US", a.cc]) if a.cc not in NONLATIN else a.cc
    p = c.person(cc=loc)
    return c.name(p, sub="pen_name")


def bank_line(R, c, cc):
    ib = c.iban()
    if ib is not None:
        return ib
    if cc == "US":
        return [N("routing %s" % "".join(str(R.randint(0, 9)) for _ in range(9)), "bank_routing"), ", acct ", N("%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "bank_account")]
    return N({"IN": "A/c %012d, IFSC HDFC0%06d" % (R.randint(10 ** 10, 10 ** 12 - 1), R.randint(1000, 999999)),
              "MX": "CLABE %s" % clabe_like(R), "AR": "CBU %s" % ("0" * 3 + "".join(str(R.randint(0, 9)) for _ in range(9))) + " (ver adjunto)",
              "RU": "р/с 40817810%012d, БИК 04452%04d" % (R.randint(10 ** 10, 10 ** 12 - 1), R.randint(1000, 9999)),
              "JP": "みずほ銀行 本郷支店 普通 %07d" % R.randint(10 ** 6, 10 ** 7 - 1), "KR": "국민은행 %06d-%02d-%06d" % (R.randint(10 ** 5, 10 ** 6 - 1), R.randint(10, 99), R.randint(10 ** 5, 10 ** 6 - 1)),
              "CN": "招商银行 账号见附件", "TH": "กสิกรไทย %03d-%d-%05d-%d" % (R.randint(100, 999), R.randint(0, 9), R.randint(0, 99999), R.randint(0, 9)),
              "ID": "BCA %010d" % R.randint(10 ** 9, 10 ** 10 - 1), "NG": "GTBank %010d" % R.randint(10 ** 9, 10 ** 10 - 1),
              "VN": "Vietcombank %013d" % R.randint(10 ** 11, 10 ** 12 - 1)}.get(cc, "—"), "bank_account")


def clabe_like(R):
    while True:
        s = "0121800" + "".join(str(R.randint(0, 9)) for _ in range(11))
        if not any(luhn_ok(s[i:j]) for i in range(len(s)) for j in range(i + 13, min(len(s), i + 19) + 1)):
            return s


@tpl(30, AUTH_LOC)
def author_form(R, cc):
    lang = LANG[cc] if LANG[cc] in AUTHFORM else "en"
    c = Ctx(R, cc, roman=lang == "en" and cc in NONLATIN)
    a = c.person()
    d = rdate(R, 1955, 2000)
    g = c.gid(a, d)
    gidl, gidn = g if g else (N("—", "none"), "Tax ID")
    imp = {"de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "pl": 7, "sv": 8, "tr": 9, "ru": 10, "uk": 11, "ja": 12, "ko": 13, "zh": 14, "el": 15, "cs": 16, "th": 17, "id": 18}.get(lang, R.choice([0, 19]))
    body = F(AUTHFORM[lang][0], org=N(IMPRINTS[imp], "publisher"), ref=N("%s-%d/%03d" % (R.choice(["AV", "VT", "CTR", "K"]), R.randint(2025, 2027), R.randint(1, 400)), "contract_no"),
             adv=N(money(R, CUR[cc]), "amount"), A=c.name(a), PN=pen_name(R, c, a) if R.random() < 0.7 else N("—", "none"),
             dob=c.dob(d), ad=c.addr(), ph=c.phone(), em=c.email(a), gidn=gidn, gid=gidl, bank=bank_line(R, c, cc), isbn=N(isbn_fmt(isbn13(R)), "isbn"))
    return "form", lang, wrap(R, LANG[cc], ["check", "explain"], body)


# --- 6. literary agent submission trackers ------------------------------------
AGENCIES = ["Bramwell Lit", "Rowan & Flint Agency", "Tidewater Literary", "Foxglove Literary", "Pellucid Associates", "North Pier Agency", "Agentur Seidenfaden", "Agence Lumen Plume"]
TRACK_LOC = ["US", "GB", "NG", "IN", "DE", "NL", "SE", "ES", "FR", "IT"]


@tpl(20, TRACK_LOC)
def agent_tracker(R, cc):
    c = Ctx(R, cc, roman=True)
    me = c.person()
    ch = R.sample(CHARACTERS["en"], 2)
    rows = ["agent,agency,email,sent,status,notes\n"]
    for i in range(R.randint(3, 5)):
        ag = c.person(cc=R.choice(["US", "GB", "US", "GB", "NG", "IN"]) if cc in ("US", "GB", "NG", "IN") else R.choice([cc, "GB", "US"]))
        agency = R.choice(AGENCIES)
        dom = agency.lower().replace(" & ", "").replace(" ", "") + R.choice([".com", ".co.uk"])
        em = L("email", "%s@%s" % (_ascii(ag.given(True)).lower(), dom), sub="work") if R.random() < 0.7 else N("submissions@" + dom, "role_mailbox")
        st = R.choice(["no reply", "form rejection", "full request!", "partial requested", "R&R", "closed to queries"])
        rows += [c.name(ag), ",", N(agency, "agency"), ",", em, ",", N("%d-%02d-%02d" % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28)), "sent_date"), ",", st, ",",
                 ["liked ", N(ch[0], "character")] if i == 0 else R.choice(["", "MSWL match", "nudge in May", "via conference"]), "\n"]
    head = ["Query tracker for THE SALT LEDGER (", N(R.choice(["92,000", "87,500", "104,000"]) + " words", "word_count"), ") — ", c.name(me), ", ", c.email(me), "\n",
            "Pitch: ", N(ch[1], "character"), " inherits a lighthouse and a debt.\n\n"]
    return "csv", "en", wrap(R, LANG[cc] if LANG[cc] in REQ else "en", ["table", "summ"], head + rows)


# --- 7. royalty and streaming statements ----------------------------------------
ROYAL = {
    "en": ("ROYALTY STATEMENT — period {per}\nPayee: {A}\nAddress: {ad}\n{gidn}: {gid}\nPayment to: {bank}\n\n",
           "Title / ISRC,Units,Rate,Amount\n", "Total due: {tot}   Statement no. {ref}"),
    "de": ("HONORARABRECHNUNG — Zeitraum {per}\nZahlungsempfänger: {A}\nAnschrift: {ad}\n{gidn}: {gid}\nÜberweisung an: {bank}\n\n",
           "Titel / ISRC;Stück;Satz;Betrag\n", "Auszahlungsbetrag: {tot}   Abrechnungsnr. {ref}"),
    "fr": ("RELEVÉ DE DROITS — période {per}\nBénéficiaire : {A}\nAdresse : {ad}\n{gidn} : {gid}\nVirement sur : {bank}\n\n",
           "Titre / ISRC;Ex.;Taux;Montant\n", "Net à payer : {tot}   Relevé n° {ref}"),
    "es": ("LIQUIDACIÓN DE DERECHOS — periodo {per}\nBeneficiario: {A}\nDomicilio: {ad}\n{gidn}: {gid}\nPago a: {bank}\n\n",
           "Título / ISRC;Uds.;Tarifa;Importe\n", "Total a pagar: {tot}   Liquidación n.º {ref}"),
    "it": ("RENDICONTO DIRITTI — periodo {per}\nBeneficiario: {A}\nIndirizzo: {ad}\n{gidn}: {gid}\nBonifico su: {bank}\n\n",
           "Titolo / ISRC;Copie;Aliquota;Importo\n", "Totale: {tot}   Rendiconto n. {ref}"),
    "nl": ("ROYALTYAFREKENING — periode {per}\nBegunstigde: {A}\nAdres: {ad}\n{gidn}: {gid}\nBetaling naar: {bank}\n\n",
           "Titel / ISRC;Aantal;Tarief;Bedrag\n", "Totaal: {tot}   Afrekening nr. {ref}"),
    "pt": ("DEMONSTRATIVO DE DIREITOS — período {per}\nFavorecido: {A}\nEndereço: {ad}\n{gidn}: {gid}\nPagamento para: {bank}\n\n",
           "Título / ISRC;Unid.;Taxa;Valor\n", "Total: {tot}   Demonstrativo n.º {ref}"),
    "pl": ("ROZLICZENIE TANTIEM — okres {per}\nOdbiorca: {A}\nAdres: {ad}\n{gidn}: {gid}\nPrzelew na: {bank}\n\n",
           "Tytuł / ISRC;Szt.;Stawka;Kwota\n", "Do wypłaty: {tot}   Rozliczenie nr {ref}"),
    "sv": ("ROYALTYREDOVISNING — period {per}\nMottagare: {A}\nAdress: {ad}\n{gidn}: {gid}\nUtbetalning till: {bank}\n\n",
           "Titel / ISRC;Antal;Sats;Belopp\n", "Att betala: {tot}   Redovisning nr {ref}"),
    "tr": ("TELİF DÖKÜMÜ — dönem {per}\nAlıcı: {A}\nAdres: {ad}\n{gidn}: {gid}\nÖdeme hesabı: {bank}\n\n",
           "Eser / ISRC;Adet;Oran;Tutar\n", "Ödenecek: {tot}   Döküm no {ref}"),
    "ja": ("印税支払明細書 — 対象期間 {per}\n支払先：{A}\n住所：{ad}\n{gidn}：{gid}\n振込先：{bank}\n\n",
           "タイトル / ISRC,数量,料率,金額\n", "お支払額：{tot}　明細番号 {ref}"),
    "ko": ("인세 정산서 — 정산 기간 {per}\n수령인: {A}\n주소: {ad}\n{gidn}: {gid}\n입금 계좌: {bank}\n\n",
           "제목 / ISRC,수량,요율,금액\n", "지급액: {tot}   정산번호 {ref}"),
    "el": ("ΕΚΚΑΘΑΡΙΣΗ ΔΙΚΑΙΩΜΑΤΩΝ — περίοδος {per}\nΔικαιούχος: {A}\nΔιεύθυνση: {ad}\n{gidn}: {gid}\nΠληρωμή σε: {bank}\n\n",
           "Τίτλος / ISRC;Τεμ.;Ποσοστό;Ποσό\n", "Πληρωτέο: {tot}   Εκκαθάριση αρ. {ref}"),
}
ROYAL_LOC = ["US", "GB", "DE", "AT", "FR", "ES", "IT", "NL", "BR", "PT", "PL", "SE", "TR", "JP", "KR", "GR", "NG", "MX"]
TRACKS = ["Low Tide Hymn", "Paper Lanterns", "Kettle Song", "Winter Ferry", "Glasshouse", "Ninety Miles", "Copper Moon", "Static Bloom"]


@tpl(26, ROYAL_LOC)
def royalty_statement(R, cc):
    lang = LANG[cc] if LANG[cc] in ROYAL else "en"
    c = Ctx(R, cc)
    a = c.person()
    d = rdate(R)
    g = c.gid(a, d)
    gidl, gidn = g if g else (N("—", "none"), "Tax ID")
    h, th, foot = ROYAL[lang]
    cur = CUR[cc]
    sep = ";" if ";" in th else ","
    rows = []
    music = R.random() < 0.6
    if not music:
        th = th.replace("ISRC", "ISBN")
    for t in R.sample(TRACKS, R.randint(2, 4)):
        code = N(isrc(R, cc if cc not in ("NG",) else "NG"), "isrc") if music else N(isbn_fmt(isbn13(R)), "isbn")
        rows += [t, " / ", code, sep, N(str(R.randint(40, 250000)), "units"), sep, N(R.choice(["0.0031", "0.0042", "7.5%", "10%", "12.5%"]), "rate"), sep, N(money(R, cur), "amount"), "\n"]
    body = F(h, per=N(R.choice(["H1 2026", "Q3 2025", "01/2026–06/2026", "2025"]), "period"), A=c.name(a), ad=c.addr(), gidn=gidn, gid=gidl, bank=bank_line(R, c, cc)) + \
        [th] + rows + F(foot, tot=N(money(R, cur), "amount"), ref=N("RS-%06d" % R.randint(1, 999999), "statement_no"))
    return "statement", lang, wrap(R, LANG[cc], ["royalty", "check"], body)


def kv(title, rows, colon=": "):
    out = [title, "\n"]
    for k, v in rows:
        if v is None:
            continue
        out += [k, colon, v, "\n"]
    return out[:-1]


# --- 8. podcast guest booking forms ---------------------------------------------
GUEST = {
    "en": ("Guest booking form — {show}", "Full name", "How to pronounce it", "Email", "Mobile (for the day-of)", "Shipping address for the mic kit", "Socials", "Episode", "Recording slot", "Anything we shouldn't ask about?"),
    "de": ("Gastformular — {show}", "Vollständiger Name", "Aussprache", "E-Mail", "Handy (für den Aufnahmetag)", "Lieferadresse fürs Mikro-Set", "Social Media", "Folge", "Aufnahmetermin", "Tabuthemen?"),
    "fr": ("Fiche invité·e — {show}", "Nom complet", "Prononciation", "E-mail", "Portable (le jour J)", "Adresse de livraison du kit micro", "Réseaux", "Épisode", "Créneau d'enregistrement", "Sujets à éviter ?"),
    "es": ("Ficha de invitado — {show}", "Nombre completo", "Cómo se pronuncia", "Correo", "Móvil (para el día)", "Dirección para enviar el micro", "Redes", "Episodio", "Grabación", "¿Temas que evitar?"),
    "pt": ("Ficha de convidado — {show}", "Nome completo", "Pronúncia", "E-mail", "Celular (no dia)", "Endereço para envio do kit de microfone", "Redes", "Episódio", "Gravação", "Algum assunto a evitar?"),
    "it": ("Scheda ospite — {show}", "Nome completo", "Pronuncia", "E-mail", "Cellulare (per il giorno)", "Indirizzo per il kit microfono", "Social", "Episodio", "Registrazione", "Argomenti da evitare?"),
    "nl": ("Gastformulier — {show}", "Volledige naam", "Uitspraak", "E-mail", "Mobiel (op de dag zelf)", "Verzendadres microfoonset", "Socials", "Aflevering", "Opname", "Onderwerpen om te vermijden?"),
    "id": ("Formulir bintang tamu — {show}", "Nama lengkap", "Cara pengucapan", "Email", "No. HP (hari rekaman)", "Alamat kirim paket mik", "Medsos", "Episode", "Jadwal rekaman", "Topik yang dihindari?"),
    "vi": ("Phiếu khách mời — {show}", "Họ và tên", "Cách đọc tên", "Email", "Số di động (ngày ghi hình)", "Địa chỉ nhận bộ micro", "Mạng xã hội", "Tập", "Lịch ghi âm", "Chủ đề nên tránh?"),
    "ko": ("게스트 섭외 양식 — {show}", "성함", "발음", "이메일", "휴대폰(녹음 당일)", "마이크 키트 받을 주소", "SNS", "회차", "녹음 일정", "피하고 싶은 질문?"),
    "ja": ("ゲスト出演フォーム — {show}", "お名前", "読み方", "メール", "携帯（収録当日）", "マイク送付先", "SNS", "エピソード", "収録日時", "NGの話題"),
    "th": ("แบบฟอร์มแขกรับเชิญ — {show}", "ชื่อ-นามสกุล", "การออกเสียง", "อีเมล", "มือถือ (วันอัด)", "ที่อยู่ส่งชุดไมค์", "โซเชียล", "ตอนที่", "วันอัด", "หัวข้อที่ไม่อยากให้ถาม"),
    "tr": ("Konuk formu — {show}", "Ad soyad", "Okunuşu", "E-posta", "Cep (kayıt günü)", "Mikrofon seti teslimat adresi", "Sosyal medya", "Bölüm", "Kayıt tarihi", "Sorulmasın dediğiniz konu?"),
}
SHOWS = ["Margin Notes FM", "Ink & Static", "Der Nachtfunk", "La Voix du quai", "Oído Fino", "Papo de Redação", "Voci di Corridoio", "De Zeepkist",
         "Obrolan Senja", "Sóng Đêm", "오늘의 책상", "夜更けの編集室", "คุยข้างโต๊ะ", "Gece Masası"]
GUEST_LOC = ["US", "GB", "NG", "IN", "DE", "AT", "FR", "ES", "MX", "BR", "PT", "IT", "NL", "ID", "VN", "KR", "JP", "TH", "TR"]


def handle_of(R, p):
    g, f = _ascii(p.given(True)).lower(), _ascii(p.f_r).lower().replace(" ", "").replace("-", "")
    return R.choice(["%s.%s" % (g, f), "%s_%s" % (g, f), "%s%s" % (g, f), "%s.%s.writes" % (g, f), "the%s%s" % (g, f)])


@tpl(26, GUEST_LOC)
def guest_booking(R, cc):
    lang = LANG[cc] if LANG[cc] in GUEST else "en"
    c = Ctx(R, cc, roman=lang == "en" and cc in NONLATIN)
    g = c.person()
    t = GUEST[lang]
    pron = N(R.choice(["stress on the second syllable", "like it's spelled", "rhymes with 'hello'"]) if lang == "en" else "—", "pronunciation")
    socials = ["@", L("person", handle_of(R, g), sub="handle")] if R.random() < 0.6 else N(R.choice(["@inkandstatic_fm", "@nightdesk_pod", "—"]), "show_handle")
    rows = [(t[1], c.name(g)), (t[2], pron), (t[3], c.email(g)), (t[4], c.phone()), (t[5], c.addr() if R.random() < 0.75 else N("—", "none")),
            (t[6], socials), (t[7], N(R.choice(["Ep. %d" % R.randint(40, 320), "S0%dE%02d" % (R.randint(1, 6), R.randint(1, 24)), "#%d" % R.randint(10, 500)]), "episode_no")),
            (t[8], N("%s %02d:00 %s" % (pubdate(R, lang), R.randint(8, 20), R.choice(["CET", "UTC", "ET", "JST", "WIB"])), "recording_date")),
            (t[9], R.choice(["", "my ex", "the lawsuit", "—"]) if lang == "en" else "—")]
    body = kv(t[0].replace("{show}", R.choice(SHOWS)), rows)
    return "form", lang, wrap(R, LANG[cc], ["check", "table"], body)


# --- 9. model releases ----------------------------------------------------------
MREL = {
    "en": ("MODEL RELEASE — shoot {ref}", "Model", "Date of birth", "Address", "Phone", "Email", "Parent/guardian (if under 18)", "Photographer", "Usage", "Signed", ["editorial and advertising, worldwide, 5 years", "editorial only, no AI training"]),
    "de": ("MODEL-RELEASE — Shooting {ref}", "Model", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Erziehungsberechtigte/r (unter 18)", "Fotograf/in", "Nutzung", "Unterschrieben", ["redaktionell und Werbung, weltweit, 5 Jahre", "nur redaktionell"]),
    "fr": ("AUTORISATION DE DROIT À L'IMAGE — séance {ref}", "Modèle", "Date de naissance", "Adresse", "Téléphone", "E-mail", "Représentant légal (si mineur)", "Photographe", "Usage", "Signé le", ["presse et publicité, monde, 5 ans", "presse uniquement"]),
    "es": ("CESIÓN DE DERECHOS DE IMAGEN — sesión {ref}", "Modelo", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo", "Padre/madre/tutor (menores)", "Fotógrafo/a", "Uso", "Firmado", ["editorial y publicidad, mundial, 5 años", "solo editorial"]),
    "it": ("LIBERATORIA MODELLO — shooting {ref}", "Modello/a", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Genitore/tutore (se minore)", "Fotografo/a", "Utilizzo", "Firmato il", ["editoriale e pubblicità, mondo, 5 anni", "solo editoriale"]),
    "nl": ("MODELRELEASE — shoot {ref}", "Model", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Ouder/voogd (onder 18)", "Fotograaf", "Gebruik", "Getekend", ["redactioneel en reclame, wereldwijd, 5 jaar", "alleen redactioneel"]),
    "pt": ("AUTORIZAÇÃO DE USO DE IMAGEM — ensaio {ref}", "Modelo", "Data de nascimento", "Endereço", "Telefone", "E-mail", "Responsável legal (menores)", "Fotógrafo(a)", "Uso", "Assinado em", ["editorial e publicidade, mundial, 5 anos", "somente editorial"]),
    "pl": ("ZGODA NA WYKORZYSTANIE WIZERUNKU — sesja {ref}", "Model/ka", "Data urodzenia", "Adres", "Telefon", "E-mail", "Opiekun prawny (niepełnoletni)", "Fotograf", "Pola eksploatacji", "Podpisano", ["prasa i reklama, świat, 5 lat", "tylko prasa"]),
    "cs": ("SOUHLAS S UŽITÍM PODOBIZNY — focení {ref}", "Model/ka", "Datum narození", "Adresa", "Telefon", "E-mail", "Zákonný zástupce (nezletilí)", "Fotograf/ka", "Užití", "Podepsáno", ["redakční i reklamní, svět, 5 let", "pouze redakční"]),
    "el": ("ΑΔΕΙΑ ΧΡΗΣΗΣ ΕΙΚΟΝΑΣ — φωτογράφιση {ref}", "Μοντέλο", "Ημερομηνία γέννησης", "Διεύθυνση", "Τηλέφωνο", "Email", "Κηδεμόνας (για ανήλικους)", "Φωτογράφος", "Χρήση", "Υπογραφή", ["δημοσιογραφική και διαφημιστική, 5 έτη", "μόνο δημοσιογραφική"]),
    "tr": ("MODEL İZİN BELGESİ — çekim {ref}", "Model", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Veli/vasi (18 yaş altı)", "Fotoğrafçı", "Kullanım", "İmza tarihi", ["editoryal ve reklam, 5 yıl", "yalnızca editoryal"]),
    "ja": ("モデルリリース（肖像使用許諾書）— 撮影 {ref}", "モデル氏名", "生年月日", "住所", "電話", "メール", "保護者（18歳未満の場合）", "撮影者", "使用範囲", "署名日", ["雑誌・広告、全世界、5年", "雑誌のみ"]),
    "ko": ("모델 초상권 사용 동의서 — 촬영 {ref}", "모델", "생년월일", "주소", "연락처", "이메일", "법정대리인(미성년자)", "촬영 작가", "사용 범위", "서명일", ["잡지·광고, 5년", "잡지 한정"]),
    "zh": ("模特肖像授权书 — 拍摄编号 {ref}", "模特姓名", "出生日期", "住址", "电话", "邮箱", "监护人（未成年）", "摄影师", "使用范围", "签署日期", ["杂志及广告，五年", "仅限杂志"]),
    "sv": ("MODELLAVTAL — fotografering {ref}", "Modell", "Födelsedatum", "Adress", "Telefon", "E-post", "Vårdnadshavare (under 18)", "Fotograf", "Användning", "Undertecknat", ["redaktionellt och reklam, 5 år", "endast redaktionellt"]),
}
MREL_LOC = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "PL", "CZ", "GR", "TR", "JP", "KR", "CN", "SE", "AT", "MX"]


@tpl(28, MREL_LOC)
def model_release(R, cc):
    lang = LANG[cc] if LANG[cc] in MREL else "en"
    c = Ctx(R, cc)
    t = MREL[lang]
    minor = R.random() < 0.3
    mdl = c.person()
    d = rdate(R, 2009, 2014) if minor else rdate(R, 1975, 2004)
    guardian = c.person(family_of=mdl) if minor else None
    ph = c.person()
    rows = [(t[1], c.name(mdl)), (t[2], c.dob(d)), (t[3], c.addr()), (t[4], c.phone()), (t[5], c.email(guardian or mdl)),
            (t[6], c.name(guardian) if guardian else N("—", "none")), (t[7], c.name(ph)), (t[8], R.choice(t[10])),
            (t[9], N(pubdate(R, lang), "signature_date"))]
    g = c.gid(guardian or mdl, d) if R.random() < 0.45 else None
    if g:
        rows.insert(6, (g[1], g[0]))
    body = kv(t[0].replace("{ref}", "%s-%04d" % (R.choice(["SH", "LK", "ED"]), R.randint(1, 9999))), rows)
    return "form", lang, wrap(R, LANG[cc], ["check", "explain"], body)


# --- 10. location releases --------------------------------------------------------
LREL = {
    "en": ("LOCATION AGREEMENT — {prod}", "Owner", "Property (shooting location)", "Phone", "Email", "Shoot days", "Location fee", "Pay to", "Production office", "Please keep the neighbours' driveway clear; {N} at no. {n2} has agreed to the lorry parking."),
    "de": ("MOTIVVERTRAG — {prod}", "Eigentümer/in", "Drehort (Objekt)", "Telefon", "E-Mail", "Drehtage", "Motivmiete", "Zahlung an", "Produktionsbüro", "Bitte die Einfahrt der Nachbarn freihalten; {N} (Nr. {n2}) ist mit dem LKW-Stellplatz einverstanden."),
    "fr": ("CONTRAT DE DÉCOR — {prod}", "Propriétaire", "Lieu de tournage", "Téléphone", "E-mail", "Jours de tournage", "Indemnité", "Virement à", "Bureau de production", "Merci de laisser libre l'entrée du voisin ; {N} (n° {n2}) accepte le stationnement du camion."),
    "es": ("CONTRATO DE LOCALIZACIÓN — {prod}", "Propietario/a", "Inmueble (localización)", "Teléfono", "Correo", "Días de rodaje", "Importe", "Pago a", "Oficina de producción", "No bloquear el vado del vecino; {N} (n.º {n2}) ha aceptado que aparque el camión."),
    "it": ("CONTRATTO LOCATION — {prod}", "Proprietario/a", "Immobile (location)", "Telefono", "E-mail", "Giorni di ripresa", "Compenso", "Bonifico a", "Ufficio di produzione", "Lasciare libero il passo carraio del vicino; {N} (civico {n2}) ha dato l'ok per il camion."),
    "nl": ("LOCATIEOVEREENKOMST — {prod}", "Eigenaar", "Draailocatie", "Telefoon", "E-mail", "Draaidagen", "Locatievergoeding", "Betalen aan", "Productiekantoor", "Houd de oprit van de buren vrij; {N} (nr. {n2}) vindt de vrachtwagen goed."),
    "pt": ("CONTRATO DE LOCAÇÃO DE SET — {prod}", "Proprietário(a)", "Imóvel (locação)", "Telefone", "E-mail", "Diárias", "Valor", "Pagamento para", "Escritório de produção", "Não bloquear a garagem do vizinho; {N} (nº {n2}) autorizou o caminhão."),
    "cs": ("SMLOUVA O PRONÁJMU MOTIVU — {prod}", "Majitel/ka", "Místo natáčení", "Telefon", "E-mail", "Natáčecí dny", "Nájemné", "Platba na", "Produkční kancelář", "Nechte volný vjezd sousedů; {N} (č. {n2}) souhlasí s parkováním kamionu."),
    "pl": ("UMOWA NAJMU LOKACJI — {prod}", "Właściciel/ka", "Lokacja", "Telefon", "E-mail", "Dni zdjęciowe", "Wynagrodzenie", "Przelew na", "Biuro produkcji", "Prosimy nie zastawiać wjazdu sąsiadów; {N} (nr {n2}) zgodził(a) się na postój ciężarówki."),
    "sv": ("AVTAL OM INSPELNINGSPLATS — {prod}", "Ägare", "Inspelningsplats", "Telefon", "E-post", "Inspelningsdagar", "Ersättning", "Betalas till", "Produktionskontor", "Håll grannens uppfart fri; {N} (nr {n2}) har godkänt lastbilen."),
}
PRODS = ["Slow Harbour Films", "Nachtschatten Film GmbH", "Les Films du Chardon", "Cigüeña Producciones", "Lucernario Film", "Meeuwenfilm BV",
         "Maracujá Filmes", "Kavka Film s.r.o.", "Żuraw Studio", "Tallkott Film AB"]
PRODADDR = ["Unit 4, Reel Yard, Bristol BS2 0XJ", "Mediapark 7, 50670 Köln", "12 rue des Studios, 93200 Saint-Denis", "Calle de la Luna 9, 28004 Madrid",
            "Via Tuscolana 1055, 00173 Roma", "Mediapark, 1217 WE Hilversum", "Rua Jardim Botânico 700, Rio de Janeiro - RJ", "Na Poříčí 12, 110 00 Praha 1",
            "ul. Chełmska 21, 00-724 Warszawa", "Filmgatan 3, 451 75 Trollhättan"]
LREL_LOC = ["GB", "US", "DE", "AT", "FR", "ES", "IT", "NL", "BR", "PT", "CZ", "PL", "SE"]


@tpl(22, LREL_LOC)
def location_release(R, cc):
    lang = LANG[cc] if LANG[cc] in LREL else "en"
    c = Ctx(R, cc)
    t = LREL[lang]
    o, nb = c.person(), c.person()
    k = {"de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "cs": 7, "pl": 8, "sv": 9}.get(lang, 0)
    ib = bank_line(R, c, cc)
    rows = [(t[1], c.name(o)), (t[2], c.addr(ml=R.random() < 0.3)), (t[3], c.phone()), (t[4], c.email(o) if R.random() < 0.7 else N("—", "none")),
            (t[5], N(daterange(R, lang), "shoot_dates")),
            (t[6], N(money(R, CUR[cc]), "amount")), (t[7], ib), (t[8], N(PRODS[k] + ", " + PRODADDR[k], "org_address"))]
    g = c.gid(o) if R.random() < 0.5 and cc in ("ES", "IT", "PT", "PL", "CZ", "SE", "BR", "US", "NL") else None
    if g:
        rows.insert(2, (g[1], g[0]))
    body = kv(t[0].replace("{prod}", PRODS[k]), rows) + ["\n\n", F(t[9], N=c.name(nb), n2=N(str(R.randint(2, 60)), "house_no"))]
    return "contract", lang, wrap(R, LANG[cc], ["check", "explain"], body)


# --- 11. casting sheets -----------------------------------------------------------
CAST = {
    "en": ("CASTING — {prod} — callbacks {d}", "Role | Actor | DOB | Agent | Agent phone | Contact"),
    "de": ("CASTING — {prod} — Recall {d}", "Rolle | Darsteller/in | Geb. | Agentur-Kontakt | Telefon | E-Mail"),
    "fr": ("CASTING — {prod} — callbacks le {d}", "Rôle | Comédien·ne | Né·e le | Agent | Tél. agent | Contact"),
    "es": ("CASTING — {prod} — segundas pruebas {d}", "Personaje | Actor/actriz | Nac. | Representante | Tel. | Contacto"),
    "it": ("CASTING — {prod} — callback {d}", "Ruolo | Attore/attrice | Nato/a | Agente | Tel. agente | Contatto"),
    "pl": ("CASTING — {prod} — zdjęcia próbne {d}", "Rola | Aktor/ka | Ur. | Agent | Tel. | Kontakt"),
    "pt": ("ELENCO — {prod} — testes {d}", "Personagem | Ator/atriz | Nasc. | Agente | Tel. | Contato"),
    "ko": ("캐스팅 — {prod} — 2차 오디션 {d}", "배역 | 배우 | 생년월일 | 매니저 | 연락처 | 이메일"),
    "ja": ("キャスティング表 — {prod} — 二次 {d}", "役 | 俳優 | 生年月日 | マネージャー | 電話 | 連絡先"),
    "tr": ("OYUNCU SEÇİMİ — {prod} — ikinci seçme {d}", "Rol | Oyuncu | Doğum | Menajer | Tel. | İletişim"),
}
CAST_LOC = ["US", "GB", "DE", "AT", "FR", "ES", "MX", "IT", "PL", "BR", "KR", "JP", "TR"]


@tpl(22, CAST_LOC)
def casting_sheet(R, cc):
    lang = LANG[cc] if LANG[cc] in CAST else "en"
    c = Ctx(R, cc)
    head, cols = CAST[lang]
    chars = CHARACTERS.get(lang, CHARACTERS["en"])
    rows = []
    for ch in R.sample(chars, min(len(chars), R.randint(2, 3))):
        a, ag = c.person(), c.person()
        rows += [N(ch, "character"), " | ", c.name(a), " | ", c.dob() if R.random() < 0.8 else N(R.choice(["playing 30-35", "18+"]), "playing_age"), " | ",
                 c.name(ag), " | ", c.phone(), " | ", c.email(a) if R.random() < 0.5 else N("casting@" + R.choice(["bluewillowtalent.com", "agentur-seidenfaden.de", "lumen-artistes.fr"]), "role_mailbox"), "\n"]
    body = [head.replace("{prod}", PRODS[{"de": 1, "fr": 2, "es": 3, "it": 4, "pt": 6, "pl": 8}.get(lang, 0)] if lang in ("en", "de", "fr", "es", "it", "pt", "pl") else
                         {"ko": "물새필름", "ja": "浮雲フィルム", "tr": "Martı Film"}[lang]).replace("{d}", pubdate(R, lang)), "\n", cols, "\n"] + rows[:-1]
    return "table", lang, wrap(R, LANG[cc], ["table", "check"], body)


# --- 12. film crew call sheets ----------------------------------------------------
CALL = {
    "en": ("CALL SHEET — {prod} — Day {n} of {m}", "Crew call {t1} · Shooting call {t2} · Sunrise {t3}", "LOCATION: {loc}", "Nearest A&E: {hosp}",
           "CREW", "EMERGENCY CONTACTS (confidential)", ["Director", "1st AD", "DoP", "Gaffer", "Sound", "Make-up", "Location manager", "Runner"], "for"),
    "de": ("DISPO — {prod} — Drehtag {n} von {m}", "Crew Call {t1} · Drehbeginn {t2} · Sonnenaufgang {t3}", "MOTIV: {loc}", "Nächste Notaufnahme: {hosp}",
           "TEAM", "NOTFALLKONTAKTE (vertraulich)", ["Regie", "1. Regieassistenz", "Kamera", "Oberbeleuchter", "Ton", "Maske", "Motivaufnahmeleitung", "Set-Runner"], "für"),
    "fr": ("FEUILLE DE SERVICE — {prod} — J{n}/{m}", "Convocation équipe {t1} · PAT {t2} · Lever du soleil {t3}", "DÉCOR : {loc}", "Urgences les plus proches : {hosp}",
           "ÉQUIPE", "CONTACTS D'URGENCE (confidentiel)", ["Réalisatrice", "1er assistant", "Chef op", "Chef électro", "Son", "Maquillage", "Régisseur", "Stagiaire"], "pour"),
    "es": ("ORDEN DE RODAJE — {prod} — Día {n} de {m}", "Citación equipo {t1} · Primer plano {t2} · Amanecer {t3}", "LOCALIZACIÓN: {loc}", "Urgencias más cercanas: {hosp}",
           "EQUIPO", "CONTACTOS DE EMERGENCIA (confidencial)", ["Dirección", "Ayudante de dirección", "Dir. de fotografía", "Jefe de eléctricos", "Sonido", "Maquillaje", "Jefa de localizaciones", "Auxiliar"], "de"),
    "ko": ("일일촬영계획표 — {prod} — {n}회차/{m}", "스태프 집합 {t1} · 촬영 시작 {t2} · 일출 {t3}", "촬영지: {loc}", "가까운 응급실: {hosp}",
           "스태프", "비상 연락처 (대외비)", ["감독", "조감독", "촬영감독", "조명감독", "동시녹음", "분장", "로케이션 매니저", "막내"], "보호자:"),
    "cs": ("CALL SHEET — {prod} — natáčecí den {n}/{m}", "Sraz štábu {t1} · Začátek natáčení {t2} · Východ slunce {t3}", "MOTIV: {loc}", "Nejbližší pohotovost: {hosp}",
           "ŠTÁB", "KONTAKTY PRO PŘÍPAD NOUZE (důvěrné)", ["Režie", "Asistent režie", "Kamera", "Hlavní osvětlovač", "Zvuk", "Maskérka", "Lokační manažer", "Runner"], "pro"),
    "pl": ("CALL SHEET — {prod} — dzień zdjęciowy {n}/{m}", "Zbiórka ekipy {t1} · Pierwszy ujęcie {t2} · Wschód słońca {t3}", "LOKACJA: {loc}", "Najbliższy SOR: {hosp}",
           "EKIPA", "KONTAKTY ALARMOWE (poufne)", ["Reżyseria", "II reżyser", "Operator", "Gaffer", "Dźwięk", "Charakteryzacja", "Kierownik lokacji", "Runner"], "dla"),
}
HOSP = {"en": ["St Brannock's Hospital, Harbour Road", "Mercy Valley Medical Center, 1200 Ridge Ave"], "de": ["Klinikum Am Wasserturm, Notaufnahme Haus C"],
        "fr": ["Centre hospitalier des Marais, urgences bât. B"], "es": ["Hospital Universitario La Alameda, Urgencias"], "ko": ["한빛대학교병원 응급실"],
        "cs": ["Nemocnice Na Výšině, urgentní příjem"], "pl": ["Szpital Wojewódzki im. dra Kwiatka, SOR"]}
CALL_LOC = ["GB", "US", "DE", "AT", "FR", "ES", "MX", "KR", "CZ", "PL", "NG", "IN"]


@tpl(24, CALL_LOC)
def call_sheet(R, cc):
    lang = LANG[cc] if LANG[cc] in CALL else "en"
    c = Ctx(R, cc, roman=lang == "en" and cc in NONLATIN)
    t = CALL[lang]
    k = R.randrange(len(PRODS))
    private = R.random() < 0.6
    loc = c.addr() if private else N({"en": "Car park B, Riverside Country Park", "de": "Alter Schlachthof, Tor 2", "fr": "Parking du stade municipal", "es": "Nave 4, Polígono Los Olivos",
                                      "ko": "폐교 운동장 (구 한빛초)", "cs": "Areál bývalé sklárny", "pl": "Dawna zajezdnia tramwajowa, brama 3"}[lang], "public_location")
    n = R.randint(1, 30)
    body = [t[0].replace("{prod}", PRODS[k]).replace("{n}", str(n)).replace("{m}", str(n + R.randint(0, 20))), "\n",
            F(t[1], t1=N("%02d:%02d" % (R.randint(5, 8), R.choice([0, 15, 30, 45])), "call_time"), t2=N("%02d:%02d" % (R.randint(8, 10), R.choice([0, 30])), "call_time"),
              t3=N("%02d:%02d" % (R.randint(5, 7), R.randint(0, 59)), "sunrise")), "\n",
            F(t[2], loc=loc), "\n", F(t[3], hosp=N(R.choice(HOSP[lang]), "hospital")), "\n\n", t[4], "\n"]
    crew = []
    for role in R.sample(t[6], R.randint(3, 5)):
        p = c.person()
        crew.append(p)
        body += [role, ": ", c.name(p), " — ", c.phone(), "\n"]
    body += ["\n", t[5], "\n"]
    for p in R.sample(crew, R.randint(1, 2)):
        e = c.person()
        body += [c.gname(p), " → ", c.name(e), " (", {"en": "partner", "de": "Partner/in", "fr": "conjoint·e", "es": "pareja", "ko": "배우자", "cs": "partner/ka", "pl": "partner/ka"}[lang], ") ",
                 c.phone(), "\n"]
    body[-1] = body[-1].rstrip("\n") if isinstance(body[-1], str) else body[-1]
    return "call_sheet", lang, wrap(R, LANG[cc], ["crew", "check"], body)


# --- 13. music split sheets ----------------------------------------------------------
SPLIT = {
    "en": ("SONG SPLIT SHEET\nTitle: \"{song}\"   Session date: {d}   Studio: {studio}\nISWC: {iswc}\n", "Writer | Share | PRO / IPI | Publisher | Contact"),
    "es": ("HOJA DE REPARTO (SPLIT SHEET)\nTítulo: «{song}»   Fecha de sesión: {d}   Estudio: {studio}\nISWC: {iswc}\n", "Autor/a | % | Sociedad / IPI | Editorial | Contacto"),
    "pt": ("SPLIT SHEET — DIVISÃO DE AUTORIA\nObra: \"{song}\"   Sessão: {d}   Estúdio: {studio}\nISWC: {iswc}\n", "Autor(a) | % | Associação / IPI | Editora | Contato"),
    "sv": ("SPLIT SHEET\nLåt: ”{song}”   Session: {d}   Studio: {studio}\nISWC: {iswc}\n", "Upphovsperson | Andel | STIM / IPI | Förlag | Kontakt"),
    "ko": ("곡 지분 확인서 (Split Sheet)\n곡명: 「{song}」   세션 날짜: {d}   스튜디오: {studio}\nISWC: {iswc}\n", "작가 | 지분 | 단체 / IPI | 퍼블리셔 | 연락처"),
    "ja": ("楽曲権利分配シート\n曲名：「{song}」　セッション日：{d}　スタジオ：{studio}\nISWC：{iswc}\n", "作家 | 比率 | 団体 / IPI | 出版社 | 連絡先"),
    "de": ("SPLIT SHEET\nTitel: „{song}“   Session: {d}   Studio: {studio}\nISWC: {iswc}\n", "Urheber/in | Anteil | GEMA / IPI | Verlag | Kontakt"),
    "fr": ("FEUILLE DE RÉPARTITION (SPLIT SHEET)\nTitre : « {song} »   Séance : {d}   Studio : {studio}\nISWC : {iswc}\n", "Auteur·e | Part | SACEM / IPI | Éditeur | Contact"),
    "tr": ("ESER PAYLAŞIM FORMU\nEser: \"{song}\"   Kayıt: {d}   Stüdyo: {studio}\nISWC: {iswc}\n", "Eser sahibi | Pay | MESAM / IPI | Yayıncı | İletişim"),
    "id": ("LEMBAR PEMBAGIAN HAK CIPTA\nJudul: \"{song}\"   Sesi: {d}   Studio: {studio}\nISWC: {iswc}\n", "Pencipta | Bagian | LMK / IPI | Penerbit | Kontak"),
}
SONGS = ["Low Tide Hymn", "Paper Lanterns", "Kettle Song", "Glasshouse", "Neon Orchard", "Mañana Azul", "Saudade de Sábado", "밤의 정류장", "終電のうた", "Sommarregn"]
STUDIOS = ["Blue Heron Studios", "Tonstudio Kellerlicht", "Estudio La Caracola", "Estúdio Quintal", "Studio Ljudkällan", "스튜디오 소리숲", "スタジオ浮雲"]
PROS = ["ASCAP", "BMI", "PRS", "SGAE", "ABRAMUS", "UBC", "STIM", "KOMCA", "JASRAC", "GEMA", "SACEM", "MESAM", "WAMI", "ECAD"]
PUBS = ["Kettlebird Music", "Harbour Lights Publishing", "Edições Bem-te-vi", "Ediciones Pájaro Azul", "Tranbär Musikförlag", "Musikverlag Zaunkönig", "—", "self-published"]
SPLIT_LOC = ["US", "GB", "NG", "ES", "MX", "AR", "BR", "SE", "KR", "JP", "DE", "FR", "TR", "ID"]


@tpl(26, SPLIT_LOC)
def split_sheet(R, cc):
    lang = LANG[cc] if LANG[cc] in SPLIT else "en"
    c = Ctx(R, cc)
    head, cols = SPLIT[lang]
    n = R.randint(2, 4)
    shares = {2: [50, 50], 3: [40, 30, 30], 4: [25, 25, 25, 25]}[n]
    body = F(head, song=N(R.choice(SONGS), "song_title"), d=N(pubdate(R, lang), "session_date"), studio=N(R.choice(STUDIOS), "studio"),
             iswc=N(iswc(R), "iswc")) + [cols, "\n"]
    for i in range(n):
        p = c.person(cc=cc if R.random() < 0.8 else R.choice(["US", "GB", "SE", "NG"]))
        contact = R.choice(["email", "phone", "both"])
        ct = [c.email(p)] if contact == "email" else [c.phone(cc=p.cc)] if contact == "phone" else [c.email(p), " / ", c.phone(cc=p.cc)]
        body += [c.name(p), " | ", "%d%%" % shares[i], " | ", N("%s %s" % (R.choice(PROS), ipi(R)), "ipi"), " | ", N(R.choice(PUBS), "publisher"), " | "] + ct + ["\n"]
    if R.random() < 0.5:
        body += [{"en": "Producer (no writer share): ", "es": "Productor (sin autoría): ", "pt": "Produtor (sem autoria): ", "sv": "Producent (ingen andel): ",
                  "ko": "프로듀서(지분 없음): ", "ja": "プロデューサー（権利なし）：", "de": "Produzent/in (kein Anteil): ", "fr": "Réalisateur (sans part) : ",
                  "tr": "Yapımcı (pay yok): ", "id": "Produser (tanpa bagian): "}[lang], c.name(c.person())]
    else:
        body[-1] = ""
    return "split_sheet", lang, wrap(R, LANG[cc], ["check", "table"], body)


# --- 14. photo-shoot invoices from freelance photographers ------------------------
INV = {
    "en": ("INVOICE {no}", "From", "Bill to", "Attn.", "Shoot", "Day rate", "Usage licence", "Total", "Payment", "Tax ID", "VAT no."),
    "de": ("RECHNUNG {no}", "Von", "An", "z. Hd.", "Produktion", "Tagessatz", "Nutzungsrechte", "Gesamt", "Zahlung", "Steuer-ID", "USt-IdNr."),
    "fr": ("FACTURE {no}", "Émetteur", "Client", "À l'attention de", "Prise de vue", "Forfait jour", "Cession de droits", "Total", "Règlement", "N° sécu", "TVA intracom."),
    "es": ("FACTURA {no}", "Emisor", "Cliente", "A la atención de", "Sesión", "Tarifa diaria", "Licencia de uso", "Total", "Pago", "NIF", "CIF cliente"),
    "it": ("FATTURA {no}", "Da", "A", "Alla c.a. di", "Servizio", "Tariffa giornaliera", "Licenza d'uso", "Totale", "Pagamento", "Codice fiscale", "P. IVA"),
    "nl": ("FACTUUR {no}", "Van", "Aan", "T.a.v.", "Shoot", "Dagtarief", "Gebruiksrechten", "Totaal", "Betaling", "BSN", "Btw-id klant"),
    "pt": ("FATURA {no}", "De", "Para", "A/C", "Sessão", "Diária", "Licença de uso", "Total", "Pagamento", "NIF", "NIPC cliente"),
    "pl": ("FAKTURA {no}", "Sprzedawca", "Nabywca", "Do rąk", "Sesja", "Stawka dzienna", "Licencja", "Razem", "Płatność", "PESEL", "NIP nabywcy"),
    "cs": ("FAKTURA {no}", "Dodavatel", "Odběratel", "K rukám", "Focení", "Denní sazba", "Licence", "Celkem", "Platba", "RČ", "DIČ odběratele"),
    "el": ("ΤΙΜΟΛΟΓΙΟ {no}", "Από", "Προς", "Υπόψη", "Φωτογράφιση", "Ημερήσια αμοιβή", "Άδεια χρήσης", "Σύνολο", "Πληρωμή", "ΑΦΜ", "ΑΦΜ πελάτη"),
    "sv": ("FAKTURA {no}", "Från", "Till", "Att.", "Fotografering", "Dagpris", "Licens", "Totalt", "Betalning", "Personnummer", "Momsnr kund"),
    "tr": ("FATURA {no}", "Düzenleyen", "Alıcı", "İlgili", "Çekim", "Günlük ücret", "Kullanım lisansı", "Toplam", "Ödeme", "TCKN", "VKN alıcı"),
}
CLIENTS = {"en": ("Northmarch Review Ltd, 3 Printworks Lane, Leeds LS1 4AP", "GB 284 5519 07"), "de": ("Wochenblick Nord GmbH, Pressehaus 2, 20095 Hamburg", "DE 318 442 907"),
           "fr": ("Le Courrier de l'Estuaire SA, 4 quai de la Fosse, 44000 Nantes", "FR 62 481 559 203"), "es": ("El Diario del Tramuntana S.L., Paseo de la Constitución 8, 26001 Logroño", "B-50948127"),
           "it": ("Il Corriere della Laguna S.r.l., Fondamenta Nuove 12, 30121 Venezia", "IT 04519820279"), "nl": ("De Waddenbode BV, Zuiderdiep 40, 8601 AB Sneek", "NL 8521.44.903.B01"),
           "pt": ("Jornal da Ribeira, S.A., Rua da Alfândega 30, 4050-029 Porto", "PT 509 441 220"), "pl": ("Gazeta znad Odry sp. z o.o., pl. Solny 4, 50-062 Wrocław", "PL 8971844512"),
           "cs": ("Listy z Podhůří a.s., Masarykova 15, 602 00 Brno", "CZ 27451093"), "el": ("Εφημερίδα Βορράς Α.Ε., Τσιμισκή 40, 546 23 Θεσσαλονίκη", "EL 094 518 227"),
           "sv": ("Norrlandskuriren AB, Storgatan 21, 972 31 Luleå", "SE 556812449101"), "tr": ("Gece Masası Yayıncılık A.Ş., Levent, 34330 Beşiktaş/İstanbul", "VKN 4510928374")}
INV_LOC = ["GB", "US", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "PL", "CZ", "GR", "SE", "TR"]


@tpl(30, INV_LOC)
def photo_invoice(R, cc):
    lang = LANG[cc] if LANG[cc] in INV else "en"
    c = Ctx(R, cc)
    t = INV[lang]
    ph, att = c.person(), c.person()
    cur = CUR[cc]
    d = rdate(R)
    g = c.gid(ph, d) if cc in ("ES", "IT", "PT", "PL", "CZ", "GR", "SE", "TR", "US") else None
    client, vat = CLIENTS[lang] if lang != "en" or cc == "GB" else ("Coastal Ledger Media LLC, 88 Front Street, Savannah, GA 31401", "EIN 84-2219057")
    no = N("%s-%d-%03d" % (R.choice(["INV", "RE", "F", "FA"]), R.randint(2025, 2026), R.randint(1, 250)), "invoice_no")
    day, lic = R.randint(4, 30) * 50, R.randint(2, 40) * 50
    kind = {"en": "portrait session", "de": "Porträtshooting", "fr": "séance portrait", "es": "sesión de retrato", "it": "servizio ritratti", "nl": "portretshoot",
            "pt": "sessão de retrato", "pl": "sesja portretowa", "cs": "portrétní focení", "el": "φωτογράφιση πορτρέτου", "sv": "porträttfotografering", "tr": "portre çekimi"}[lang]
    rows = [(t[1], [c.name(ph), ", ", c.addr()]), ("", [c.phone(), " · ", c.email(ph)]),
            (t[2], N(client, "org_address")), (t[3], c.name(att)), (t[4], [kind, " ", N(pubdate(R, lang), "shoot_date")]),
            (t[5], N(money(R, cur, day), "amount")), (t[6], N(money(R, cur, lic), "amount")), (t[7], N(money(R, cur, day + lic), "amount")), (t[8], bank_line(R, c, cc)),
            (t[9] if g else "", g[0] if g else None), (t[10], N(vat, "vat_id"))]
    body = [t[0].replace("{no}", ""), no, "\n"]
    for k, v in rows:
        if v is None:
            continue
        body += ([k, ": "] if k else []) + [v, "\n"]
    body = body[:-1]
    return "invoice", lang, wrap(R, LANG[cc], ["check"], body)


# --- 15. subscriber, fan-mail and comment exports ----------------------------------
EXPORT_LOC = ALL


@tpl(28, EXPORT_LOC)
def subscriber_export(R, cc):
    c = Ctx(R, cc, roman=False)
    kind = R.choice(["subs", "subs", "comments"])
    if kind == "subs":
        body = ["subscriber_id,email,name,status,signup_ip,signup_source,created_at\n"]
        for _ in range(R.randint(3, 5)):
            pcc = cc if R.random() < 0.75 else R.choice(ALL)
            p = c.person(cc=pcc)
            body += [N("sub_%s" % rnd(R, string.ascii_lowercase + string.digits, 10), "subscriber_id"), ",", c.email(p), ",",
                     c.name(p) if R.random() < 0.6 else c.gname(p) if R.random() < 0.5 else "", ",", R.choice(["active", "active", "unsubscribed", "bounced", "paid"]), ",", c.ip(), ",",
                     N(R.choice(["embed", "import", "twitter_card", "referral:ep214", "landing/winter-sale"]), "source"), ",",
                     N("%d-%02d-%02dT%02d:%02d:%02dZ" % (R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"), "\n"]
        body = body[:-1]
        intents = ["table", "summ"]
    else:
        body = ["Pending comments (moderation queue) — post: ", N("\"%s\"" % R.choice(["Why the ferry strike matters", "Our corrections policy", "Ask the editor #12"]), "article_title"), "\n\n"]
        for _ in range(R.randint(2, 4)):
            p = c.person()
            body += ["Author: ", c.name(p), " | ", c.email(p), " | IP: ", c.ip(), " | ", N("%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "time"), "\n",
                     R.choice(["\"You got the date of the strike wrong.\"", "\"Great piece, my dad worked there for 30 years.\"", "\"Paywall again?!\"", "\"Spam? link removed\""]), "\n\n"]
        body = body[:-1]
        intents = ["summ", "reply"]
    return "export", "en", wrap(R, LANG[cc], intents, body)


# --- 16. newsletter platform and CMS configs -----------------------------------------
@tpl(28, ALL)
def cms_config(R, cc):
    c = Ctx(R, cc, roman=True)
    kind = R.choice(["env", "wp", "compose", "ghost"])
    adm = c.person()
    db_ip = c.ip(False)
    if kind == "env":
        body = ["# .env for the newsletter site\n",
                "SITE_URL=", N("https://%s.example" % R.choice(["inkandstatic", "nightdesk", "saltledger"]), "site_url"), "\n",
                "MAILCHIMP_API_KEY=", L("secret", mailchimp_key(R), sub="mailchimp"), "\n",
                "MAILCHIMP_LIST_ID=", N(rnd(R, HEX, 10), "list_id"), "\n",
                "STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\n",
                "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n",
                "DATABASE_URL=postgres://newsletter:", L("secret", password(R), sub="password"), "@", db_ip, ":5432/subs\n",
                "ADMIN_EMAIL=", c.email(adm), "\n",
                "ADMIN_ALLOWED_IPS=", c.ip(False), ",", c.ip(False), "\n",
                "SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid")]
    elif kind == "wp":
        body = ["<?php // wp-config.php (magazine site)\n",
                "define( 'DB_NAME', 'mag_wp' );\ndefine( 'DB_USER', 'mag_admin' );\ndefine( 'DB_PASSWORD', '", L("secret", password(R), sub="password"), "' );\n",
                "define( 'DB_HOST', '", db_ip, "' );\n",
                "define( 'AUTH_KEY', '", L("secret", rnd(R, ALNUM + "!@#%^*()-_=+[]{}|;:,.<>?", 64), sub="wp_salt"), "' );\n",
                "// application password for the newsletter plugin (user ", c.name(adm), ", ", c.email(adm), ")\n",
                "define( 'NL_APP_PASSWORD', '", L("secret", wp_app_password(R), sub="wp_app_password"), "' );\n",
                "define( 'SECURE_AUTH_KEY', '", L("secret", rnd(R, ALNUM + "!@#%^*()-_=+[]{}|;:,.<>?", 64), sub="wp_salt"), "' );\n",
                "// blocked after 40 failed logins: ", c.ip(), "\n",
                "$table_prefix = '", N("wp_%s_" % rnd(R, string.ascii_lowercase, 4), "table_prefix"), "';"]
    elif kind == "compose":
        body = ["services:\n  podcast-uploader:\n    image: ", N("ghcr.io/inkstatic/uploader:%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), "version"), "\n    environment:\n",
                "      AWS_ACCESS_KEY_ID: ", L("secret", secret_random(R, "aws_access_key_id"), sub="aws_access_key_id"), "\n",
                "      AWS_SECRET_ACCESS_KEY: ", L("secret", secret_random(R, "aws_secret_access_key"), sub="aws_secret_access_key"), "\n",
                "      S3_BUCKET: ", N("episodes-%s" % rnd(R, string.ascii_lowercase, 6), "bucket"), "\n",
                "      MAILGUN_KEY: ", L("secret", mailgun_key(R), sub="mailgun"), "\n",
                "      FTP_HOST: ", db_ip, "\n      FTP_PASS: ", L("secret", password(R), sub="password"), "\n",
                "      YOUTUBE_API_KEY: ", L("secret", secret_random(R, "google_api_key"), sub="google_api_key"), "\n",
                "      NOTIFY: ", c.email(adm)]
    else:
        body = ["// Ghost integration for the members newsletter\n",
                "const api = new GhostAdminAPI({\n  url: '", N("https://%s.example" % R.choice(["coastalledger", "waddenbode", "cierzo"]), "site_url"), "',\n",
                "  key: '", L("secret", ghost_admin(R), sub="ghost_admin_key"), "',\n  version: '", N("v5.%d" % R.randint(0, 99), "version"), "'\n});\n",
                "const contentKey = '", N(rnd(R, HEX, 26), "content_api_key"), "'; // public, front-end only\n",
                "const cloudinary = 'cloudinary://", N(str(R.randint(10 ** 14, 10 ** 15 - 1)), "api_key_id"), ":", L("secret", cloudinary_secret(R), sub="cloudinary"), "@", N(R.choice(["mag-media", "ledger-img"]), "cloud_name"), "';\n",
                "// owner: ", c.name(adm), " <", c.email(adm), ">"]
    lang = LANG[cc]
    q = {"en": "Why does the newsletter send fail with 401 since yesterday?", "de": "Seit gestern schlägt der Newsletter-Versand mit 401 fehl. Warum?",
         "fr": "Depuis hier l'envoi de la newsletter échoue en 401, pourquoi ?", "es": "Desde ayer el envío de la newsletter falla con 401. ¿Por qué?",
         "it": "Da ieri l'invio della newsletter dà errore 401, perché?", "nl": "Sinds gisteren faalt de nieuwsbrief met een 401. Waarom?",
         "pt": "Desde ontem o envio da newsletter dá erro 401. Por quê?", "pl": "Od wczoraj wysyłka newslettera kończy się błędem 401. Czemu?",
         "sv": "Sedan i går misslyckas nyhetsbrevet med 401. Varför?", "tr": "Dünden beri bülten gönderimi 401 hatası veriyor, neden?",
         "ru": "Со вчерашнего дня рассылка падает с ошибкой 401. Почему?", "uk": "З учорашнього дня розсилка падає з помилкою 401. Чому?",
         "ar": "منذ أمس يفشل إرسال النشرة بخطأ 401، لماذا؟", "he": "מאתמול שליחת הניוזלטר נכשלת עם 401. למה?", "ja": "昨日からニュースレター配信が401エラーで失敗します。なぜ？",
         "ko": "어제부터 뉴스레터 발송이 401 오류로 실패해요. 왜 그럴까요?", "zh": "从昨天开始电子报发送一直报 401，为什么？", "vi": "Từ hôm qua gửi bản tin bị lỗi 401, tại sao vậy?",
         "id": "Sejak kemarin kirim newsletter gagal 401, kenapa ya?", "th": "ตั้งแต่เมื่อวานส่งจดหมายข่าวไม่ได้ ขึ้น 401 เพราะอะไร", "el": "Από χθες η αποστολή του newsletter αποτυγχάνει με 401. Γιατί;",
         "cs": "Od včerejška padá rozesílka newsletteru s chybou 401. Proč?", "hi": "कल से न्यूज़लेटर भेजने पर 401 एरर आ रहा है, क्यों?"}[lang]
    form = {"env": "env", "wp": "code", "compose": "yaml", "ghost": "code"}[kind]
    return form, lang, [q, "\n\n```\n", body, "\n```"] if R.random() < 0.7 else [body, "\n\n", q]


# --- 17. FOIA and records requests ------------------------------------------------
FOI = {
    "US": ("en", "To: FOIA Officer, {agency}\n\nUnder the Freedom of Information Act, 5 U.S.C. § 552, I request all e-mails between the harbor commissioner's office and {firm} from {d1} to {d2}. I am a freelance reporter; please treat this as a news-media request.\n\n{A}\n{ad}\n{ph} · {em}",
           ["Port Authority of Lakeshore County, 400 Civic Plaza"]),
    "GB": ("en", "Dear FOI team at {agency},\n\nUnder the Freedom of Information Act 2000, please send me the inspection reports for {firm} covering {d1} to {d2}, in electronic form.\n\nYours faithfully,\n{A}\n{ad}\n{ph} · {em}",
           ["Wexmoor District Council, Town Hall"]),
    "DE": ("de", "An: {agency}\n\nSehr geehrte Damen und Herren,\n\nnach dem Informationsfreiheitsgesetz beantrage ich Einsicht in die Verträge mit {firm} im Zeitraum {d1} bis {d2}. Bitte als PDF an die unten genannte Adresse.\n\nMit freundlichen Grüßen\n{A}\n{ad}\n{ph} · {em}",
           ["Landesamt für Wasserwirtschaft, Poststelle"]),
    "FR": ("fr", "À l'attention de la personne responsable de l'accès aux documents administratifs, {agency}\n\nEn application du code des relations entre le public et l'administration, je sollicite la communication des marchés passés avec {firm} entre le {d1} et le {d2}.\n\n{A}\n{ad}\n{ph} · {em}",
           ["Préfecture de la Manche, bureau du courrier"]),
    "ES": ("es", "A: {agency}\n\nAl amparo de la Ley 19/2013 de transparencia, solicito los contratos firmados con {firm} entre el {d1} y el {d2}.\n\nSolicitante: {A}\nDomicilio a efectos de notificaciones: {ad}\nTeléfono: {ph} · Correo: {em}",
           ["Ayuntamiento de Villanueva del Tramuntana, Registro General"]),
    "IT": ("it", "Alla c.a. del Responsabile per la trasparenza, {agency}\n\nAi sensi del d.lgs. 33/2013 (accesso civico generalizzato), chiedo copia dei contratti con {firm} dal {d1} al {d2}.\n\n{A}\n{ad}\n{ph} · {em}",
           ["Comune di Borgo Lucciola, Ufficio Protocollo"]),
    "NL": ("nl", "Aan: {agency}\n\nOp grond van de Wet open overheid verzoek ik om openbaarmaking van alle correspondentie met {firm} tussen {d1} en {d2}.\n\nMet vriendelijke groet,\n{A}\n{ad}\n{ph} · {em}",
           ["Gemeente Zeedijk, afdeling Woo-verzoeken"]),
    "BR": ("pt", "Ao {agency}\n\nCom base na Lei nº 12.527/2011 (Lei de Acesso à Informação), solicito cópia dos contratos firmados com {firm} entre {d1} e {d2}.\n\nRequerente: {A}\n{gidn}: {gid}\nEndereço: {ad}\nTelefone: {ph} · E-mail: {em}",
           ["Serviço de Informação ao Cidadão da Prefeitura de Maré Alta"]),
    "PL": ("pl", "Do: {agency}\n\nNa podstawie ustawy o dostępie do informacji publicznej wnoszę o udostępnienie umów zawartych z {firm} w okresie od {d1} do {d2}.\n\n{A}\n{ad}\n{ph} · {em}",
           ["Urząd Miasta Czaplinek Dolny, Biuro Obsługi"]),
    "CZ": ("cs", "Adresát: {agency}\n\nPodle zákona č. 106/1999 Sb. žádám o poskytnutí smluv uzavřených s {firm} v období {d1} až {d2}.\n\nŽadatel: {A}, nar. {dob}\nAdresa: {ad}\n{ph} · {em}",
           ["Městský úřad Skřivánkov, podatelna"]),
    "SE": ("sv", "Till: {agency}\n\nJag begär att få ta del av allmänna handlingar: avtal med {firm} från {d1} till {d2}.\n\n{A}\n{ad}\n{ph} · {em}",
           ["Tallby kommun, registrator"]),
    "MX": ("es", "A la Unidad de Transparencia de {agency}\n\nCon fundamento en la Ley General de Transparencia, solicito los contratos celebrados con {firm} entre el {d1} y el {d2}.\n\n{A}\n{gidn}: {gid}\n{ad}\n{ph} · {em}",
           ["Secretaría de Obras del Estado"]),
}
FIRMS = ["Saltmarsh Dredging Ltd", "Kieswerk Holtkamp GmbH", "Sablières du Ponant SAS", "Áridos del Tramuntana S.A.", "Cave Lucciola S.p.A.",
         "Baggerbedrijf Zeedijk BV", "Dragagem Maré Ltda", "Żwirownia Czapla sp. z o.o.", "Štěrkovna Skřivan a.s.", "Tallby Grus AB"]


@tpl(24, list(FOI))
def foia_request(R, cc):
    lang, tmpl, agencies = FOI[cc]
    c = Ctx(R, cc)
    a = c.person()
    d = rdate(R)
    g = c.gid(a, d) if "{gid}" in tmpl else None
    kw = dict(agency=N(R.choice(agencies), "agency"), firm=N(R.choice(FIRMS), "company"), d1=N(pubdate(R, lang), "date_range"),
              d2=N(pubdate(R, lang), "date_range"), A=c.name(a), ad=c.addr(ml=R.random() < 0.6), ph=c.phone(), em=c.email(a))
    if g:
        kw.update(gid=g[0], gidn=g[1])
    if "{dob}" in tmpl:
        kw["dob"] = c.dob(d)
    return "letter", lang, wrap(R, lang, ["check", "rewrite"], F(tmpl, **kw))


# --- 18. corrections and right-of-reply letters --------------------------------------
REPLY = {
    "en": "Re: your article \"{title}\" ({pub}), by {J}\n\nDear Editor,\n\nThe article says I was dismissed from the clinic. That is false: I resigned on {d}. My neighbour {X} is quoted as \"a former colleague\"; she has never worked there. I ask for a correction and the chance to reply.\n\n{A}\n{ad}\n{ph}\n{em}",
    "de": "Betreff: Gegendarstellung zu „{title}“ ({pub}), Autor/in: {J}\n\nSehr geehrte Redaktion,\n\nin dem Artikel heißt es, mir sei gekündigt worden. Das ist falsch: Ich habe am {d} selbst gekündigt. Meine Nachbarin {X} wird als „ehemalige Kollegin“ zitiert; sie hat dort nie gearbeitet. Ich verlange eine Gegendarstellung nach Landespressegesetz.\n\n{A}\n{ad}\n{ph}\n{em}",
    "fr": "Objet : droit de réponse — « {title} » ({pub}), signé {J}\n\nMadame, Monsieur,\n\nl'article affirme que j'ai été licencié·e. C'est faux : j'ai démissionné le {d}. Ma voisine, {X}, est présentée comme « une ancienne collègue » ; elle n'y a jamais travaillé. Je demande l'insertion d'un droit de réponse.\n\n{A}\n{ad}\n{ph}\n{em}",
    "es": "Asunto: derecho de rectificación — «{title}» ({pub}), firmado por {J}\n\nEstimada dirección:\n\nel artículo dice que me despidieron. Es falso: dimití el {d}. Mi vecina {X} aparece como «antigua compañera»; nunca trabajó allí. Solicito la rectificación conforme a la Ley Orgánica 2/1984.\n\n{A}\n{ad}\n{ph}\n{em}",
    "it": "Oggetto: richiesta di rettifica — «{title}» ({pub}), firmato da {J}\n\nGentile direttore,\n\nl'articolo sostiene che sono stato/a licenziato/a. È falso: mi sono dimesso/a il {d}. La mia vicina {X} è citata come «ex collega»; non ci ha mai lavorato. Chiedo la rettifica ai sensi dell'art. 8 della legge sulla stampa.\n\n{A}\n{ad}\n{ph}\n{em}",
    "nl": "Betreft: rectificatie — „{title}” ({pub}), door {J}\n\nGeachte redactie,\n\nin het artikel staat dat ik ben ontslagen. Dat klopt niet: ik heb op {d} zelf ontslag genomen. Mijn buurvrouw {X} wordt opgevoerd als ‘oud-collega’; zij heeft daar nooit gewerkt. Ik verzoek om een rectificatie.\n\n{A}\n{ad}\n{ph}\n{em}",
    "pt": "Assunto: direito de resposta — \"{title}\" ({pub}), assinado por {J}\n\nPrezada redação,\n\na reportagem diz que fui demitido(a). É falso: pedi demissão em {d}. Minha vizinha {X} aparece como \"ex-colega\"; ela nunca trabalhou lá. Peço direito de resposta nos termos da Lei 13.188/2015.\n\n{A}\n{ad}\n{ph}\n{em}",
    "pl": "Dotyczy: sprostowanie — „{title}” ({pub}), autor: {J}\n\nSzanowna Redakcjo,\n\nw artykule napisano, że zostałem/am zwolniony/a. To nieprawda: złożyłem/am wypowiedzenie {d}. Moja sąsiadka {X} jest przedstawiona jako „była koleżanka”; nigdy tam nie pracowała. Żądam sprostowania na podstawie prawa prasowego.\n\n{A}\n{ad}\n{ph}\n{em}",
    "sv": "Ämne: begäran om rättelse — ”{title}” ({pub}), av {J}\n\nHej redaktionen,\n\nartikeln påstår att jag fick sparken. Det stämmer inte: jag sa upp mig {d}. Min granne {X} citeras som ”tidigare kollega”; hon har aldrig jobbat där. Jag begär rättelse och möjlighet till genmäle.\n\n{A}\n{ad}\n{ph}\n{em}",
    "cs": "Věc: žádost o odpověď — „{title}“ ({pub}), autor: {J}\n\nVážená redakce,\n\nčlánek tvrdí, že jsem dostal/a výpověď. To není pravda: sám/sama jsem odešel/odešla {d}. Moje sousedka {X} je uvedena jako „bývalá kolegyně“; nikdy tam nepracovala. Žádám o otištění odpovědi podle tiskového zákona.\n\n{A}\n{ad}\n{ph}\n{em}",
    "tr": "Konu: tekzip — \"{title}\" ({pub}), yazan: {J}\n\nSayın yayın yönetmeni,\n\nhaberde işten çıkarıldığım yazıyor. Bu doğru değil: {d} tarihinde kendim istifa ettim. Komşum {X} \"eski çalışma arkadaşı\" olarak gösterilmiş; orada hiç çalışmadı. Basın Kanunu uyarınca cevap ve düzeltme hakkımı kullanmak istiyorum.\n\n{A}\n{ad}\n{ph}\n{em}",
}
HEADLINES = {"en": "Clinic sacked staff over missing drugs", "de": "Praxis trennt sich von Mitarbeitern", "fr": "La clinique licencie après des vols",
             "es": "La clínica despide a tres empleados", "it": "Clinica, licenziati tre dipendenti", "nl": "Kliniek ontslaat medewerkers", "pt": "Clínica demite funcionários",
             "pl": "Klinika zwalnia pracowników", "sv": "Kliniken sparkar personal", "cs": "Klinika propustila zaměstnance", "tr": "Klinikte işten çıkarma"}
REPLY_LOC = ["US", "GB", "NG", "DE", "AT", "FR", "ES", "AR", "IT", "NL", "BR", "PT", "PL", "SE", "CZ", "TR"]


@tpl(24, REPLY_LOC)
def right_of_reply(R, cc):
    lang = LANG[cc] if LANG[cc] in REPLY else "en"
    c = Ctx(R, cc)
    a, j, x = c.person(), c.person(), c.person("f")
    body = F(REPLY[lang], title=N(HEADLINES[lang], "headline"), pub=N(pubdate(R, lang), "pub_date"), J=c.name(j),
             d=N(pubdate(R, lang), "resignation_date"), X=c.name(x), A=c.name(a), ad=c.addr(ml=True), ph=c.phone(), em=c.email(a))
    return "letter", lang, wrap(R, LANG[cc], ["check", "rewrite", "reply"], body)


# --- 19. whistleblower tips -------------------------------------------------------------
TIP = {
    "en": ("Tip submitted via the secure form — ref {ref}\nReceived: {ts}\nName (optional): {A}\nHow to reach you: Signal {ph}\nEmail (optional): {em}\nEmployer: {firm}\n\nWhat happened:\nMy line manager {M} told us to backdate the safety logs before the audit. {C} in payroll saw it too. Staff ID {sid}.\n",
           "Money went out to an account in the name of {H}: {ib}"),
    "de": ("Hinweis über das Hinweisgeberformular — Nr. {ref}\nEingang: {ts}\nName (freiwillig): {A}\nKontakt: Signal {ph}\nE-Mail (freiwillig): {em}\nArbeitgeber: {firm}\n\nSachverhalt:\nMein Vorgesetzter {M} hat angewiesen, die Prüfprotokolle vor dem Audit rückzudatieren. {C} aus der Lohnbuchhaltung hat es auch gesehen. Personalnr. {sid}.\n",
           "Das Geld ging auf ein Konto, Inhaber {H}: {ib}"),
    "fr": ("Signalement reçu via le formulaire sécurisé — réf. {ref}\nReçu le : {ts}\nNom (facultatif) : {A}\nContact : Signal {ph}\nCourriel (facultatif) : {em}\nEmployeur : {firm}\n\nFaits :\nMon responsable, {M}, nous a demandé d'antidater les registres de sécurité avant l'audit. {C}, à la paie, l'a vu aussi. Matricule {sid}.\n",
           "Les virements partaient vers un compte au nom de {H} : {ib}"),
    "es": ("Aviso recibido por el buzón seguro — ref. {ref}\nRecibido: {ts}\nNombre (opcional): {A}\nContacto: Signal {ph}\nCorreo (opcional): {em}\nEmpresa: {firm}\n\nQué pasó:\nMi jefe, {M}, nos pidió antedatar los registros de seguridad antes de la auditoría. {C}, de nóminas, también lo vio. N.º de empleado {sid}.\n",
           "El dinero salía a una cuenta a nombre de {H}: {ib}"),
    "it": ("Segnalazione dal canale whistleblowing — rif. {ref}\nRicevuta: {ts}\nNome (facoltativo): {A}\nContatto: Signal {ph}\nE-mail (facoltativa): {em}\nDatore di lavoro: {firm}\n\nFatti:\nIl mio responsabile, {M}, ci ha detto di retrodatare i registri di sicurezza prima dell'audit. Anche {C}, dell'ufficio paghe, l'ha visto. Matricola {sid}.\n",
           "I soldi finivano su un conto intestato a {H}: {ib}"),
    "nl": ("Melding via het beveiligde tipformulier — ref. {ref}\nOntvangen: {ts}\nNaam (optioneel): {A}\nContact: Signal {ph}\nE-mail (optioneel): {em}\nWerkgever: {firm}\n\nWat er gebeurde:\nMijn leidinggevende {M} liet ons de veiligheidslogboeken antedateren vóór de audit. {C} van de salarisadministratie zag het ook. Personeelsnr. {sid}.\n",
           "Het geld ging naar een rekening op naam van {H}: {ib}"),
    "pt": ("Denúncia recebida pelo canal seguro — ref. {ref}\nRecebida em: {ts}\nNome (opcional): {A}\nContato: Signal {ph}\nE-mail (opcional): {em}\nEmpresa: {firm}\n\nO que aconteceu:\nMeu gerente, {M}, mandou a gente antedatar os registros de segurança antes da auditoria. {C}, do RH, também viu. Matrícula {sid}.\n",
           "O dinheiro ia para uma conta em nome de {H}: {ib}"),
    "pl": ("Zgłoszenie przez bezpieczny formularz — nr {ref}\nOtrzymano: {ts}\nImię i nazwisko (opcjonalnie): {A}\nKontakt: Signal {ph}\nE-mail (opcjonalnie): {em}\nPracodawca: {firm}\n\nCo się stało:\nMój przełożony {M} kazał antydatować rejestry BHP przed audytem. {C} z działu płac też to widział(a). Nr pracownika {sid}.\n",
           "Pieniądze szły na konto, którego właścicielem jest {H}: {ib}"),
    "ru": ("Сообщение через защищённую форму — № {ref}\nПолучено: {ts}\nИмя (по желанию): {A}\nСвязь: Signal {ph}\nПочта (по желанию): {em}\nРаботодатель: {firm}\n\nЧто произошло:\nМой начальник, {M}, велел задним числом переписать журналы техники безопасности перед проверкой. {C} из бухгалтерии тоже это видел(а). Табельный № {sid}.\n", None),
    "uk": ("Повідомлення через захищену форму — № {ref}\nОтримано: {ts}\nІм'я (за бажанням): {A}\nЗв'язок: Signal {ph}\nПошта (за бажанням): {em}\nРоботодавець: {firm}\n\nЩо сталося:\nМій керівник, {M}, наказав заднім числом переписати журнали з техніки безпеки перед перевіркою. {C} з бухгалтерії теж це бачив(ла). Табельний № {sid}.\n",
           "Гроші йшли на рахунок на ім'я {H}: {ib}"),
    "tr": ("Güvenli ihbar formu üzerinden gelen bildirim — ref {ref}\nAlındı: {ts}\nAd (isteğe bağlı): {A}\nİletişim: Signal {ph}\nE-posta (isteğe bağlı): {em}\nİşveren: {firm}\n\nNe oldu:\nMüdürüm {M}, denetimden önce güvenlik kayıtlarını geriye tarihli doldurmamızı istedi. Bordrodan {C} de gördü. Sicil no {sid}.\n",
           "Para, {H} adına kayıtlı bir hesaba gidiyordu: {ib}"),
    "ar": ("بلاغ عبر النموذج الآمن — رقم {ref}\nتاريخ الاستلام: {ts}\nالاسم (اختياري): {A}\nالتواصل: Signal {ph}\nالبريد (اختياري): {em}\nجهة العمل: {firm}\n\nما حدث:\nطلب منا مديري {M} تعديل تواريخ سجلات السلامة قبل التدقيق. رأى ذلك أيضاً {C} من قسم الرواتب. الرقم الوظيفي {sid}.\n",
           "كانت الأموال تُحوَّل إلى حساب باسم {H}: {ib}"),
    "ko": ("보안 제보 양식 접수 — 접수번호 {ref}\n접수 일시: {ts}\n이름(선택): {A}\n연락처: Signal {ph}\n이메일(선택): {em}\n직장: {firm}\n\n내용:\n{M} 팀장이 감사 전에 안전 점검 일지를 소급해서 작성하라고 지시했습니다. 급여팀 {C} 씨도 봤습니다. 사번 {sid}.\n", None),
    "ja": ("内部告発フォームからの投稿 — 受付番号 {ref}\n受信日時：{ts}\n氏名（任意）：{A}\n連絡先：Signal {ph}\nメール（任意）：{em}\n勤務先：{firm}\n\n内容：\n監査の前に、上司の{M}から安全点検記録の日付をさかのぼって書き換えるよう指示されました。給与担当の{C}さんも見ています。社員番号 {sid}。\n", None),
    "zh": ("通过安全表单提交的爆料 — 编号 {ref}\n收到时间：{ts}\n姓名（选填）：{A}\n联系方式：Signal {ph}\n邮箱（选填）：{em}\n单位：{firm}\n\n经过：\n审计前，我的主管{M}让我们把安全记录的日期往前改。薪酬部的{C}也看到了。工号 {sid}。\n", None),
    "hi": ("सुरक्षित फ़ॉर्म से आई सूचना — संदर्भ {ref}\nप्राप्त: {ts}\nनाम (वैकल्पिक): {A}\nसंपर्क: Signal {ph}\nईमेल (वैकल्पिक): {em}\nनियोक्ता: {firm}\n\nक्या हुआ:\nमेरे मैनेजर {M} ने ऑडिट से पहले सेफ़्टी रजिस्टर की तारीखें बदलने को कहा। पेरोल वाले {C} ने भी देखा। कर्मचारी आईडी {sid}।\n", None),
    "id": ("Laporan lewat formulir aman — ref {ref}\nDiterima: {ts}\nNama (opsional): {A}\nKontak: Signal {ph}\nEmail (opsional): {em}\nPerusahaan: {firm}\n\nKejadiannya:\nAtasan saya, {M}, menyuruh kami memundurkan tanggal catatan K3 sebelum audit. {C} dari bagian penggajian juga melihatnya. NIK karyawan {sid}.\n", None),
}
TIPFIRMS = ["Halden Freight Solutions", "Nordkai Logistik GmbH", "Transports Ponant", "Logística Tramuntana", "Lucciola Trasporti", "Zeedijk Logistiek", "Maré Alta Logística",
            "Czapla Logistyka", "ТК «Полынь»", "ТОВ «Горлиця Транс»", "Martı Lojistik", "شركة السنديان للنقل", "물새물류", "みなと運輸", "青鸟物流", "गरुड़ लॉजिस्टिक्स", "PT Kenari Logistik"]
TIP_LOC = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "UA", "TR", "EG", "KR", "JP", "CN", "IN", "ID", "AT", "PT"]


@tpl(28, TIP_LOC)
def whistle_tip(R, cc):
    lang = LANG[cc] if LANG[cc] in TIP else "en"
    c = Ctx(R, cc)
    a, m, co = c.person(), c.person(), c.person()
    t, money_line = TIP[lang]
    anon = R.random() < 0.25
    ts = N("%d-%02d-%02d %02d:%02d" % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp")
    body = F(t, ref=N("T-%s" % rnd(R, string.ascii_uppercase + string.digits, 6), "tip_ref"), ts=ts, A=N("—", "none") if anon else c.name(a), ph=c.phone(),
             em=N("—", "none") if anon else c.email(a), firm=N(TIPFIRMS[{"de": 1, "fr": 2, "es": 3, "it": 4, "nl": 5, "pt": 6, "pl": 7, "ru": 8, "uk": 9, "tr": 10, "ar": 11, "ko": 12, "ja": 13, "zh": 14, "hi": 15, "id": 16}.get(lang, 0)], "company"), M=c.name(m), C=c.name(co) if lang not in ("ja", "ko") else c.name(co),
             sid=N("%s%05d" % (R.choice(["", "E", "P-", "MA"]), R.randint(100, 99999)), "staff_id"))
    ib = c.iban()
    if money_line and ib is not None and R.random() < 0.6:
        h = c.person()
        body += F(money_line, H=c.name(h), ib=ib)
    if R.random() < 0.4:
        body += ["\n[form metadata] submitted from ", c.ip(), " (Tor exit not detected)" if lang == "en" else ""]
    return "tip", lang, wrap(R, LANG[cc], ["summ"], body)


# --- 20. manuscripts with author bio and acknowledgements ----------------------------------
MANU = {
    "en": ("{excerpt}\n\n— end of chapter one —\n\nABOUT THE AUTHOR\n{A} grew up above a bakery and now lives by the sea with {P}. This is {pos} first novel. Readers can write to {em}.\n\nACKNOWLEDGEMENTS\nThank you to {T1}, who read every draft, and to {T2} for the spare room.",
           ["{c1} locked the lighthouse and did not look back.", "\"You're late,\" said {c1}, and the ferry horn swallowed the rest."]),
    "de": ("{excerpt}\n\n— Ende des ersten Kapitels —\n\nÜBER DIE AUTORIN / DEN AUTOR\n{A} wuchs über einer Bäckerei auf und lebt heute mit {P} an der Küste. Dies ist der erste Roman. Post an {em}.\n\nDANK\nDanke an {T1}, die jede Fassung gelesen hat, und an {T2} für das Gästezimmer.",
           ["{c1} schloss den Leuchtturm ab und sah sich nicht um.", "„Du bist spät dran“, sagte {c1}, und das Nebelhorn verschluckte den Rest."]),
    "fr": ("{excerpt}\n\n— fin du premier chapitre —\n\nL'AUTEUR·E\n{A} a grandi au-dessus d'une boulangerie et vit aujourd'hui au bord de la mer avec {P}. C'est son premier roman. Écrire à {em}.\n\nREMERCIEMENTS\nMerci à {T1}, qui a lu chaque version, et à {T2} pour la chambre d'amis.",
           ["{c1} ferma le phare à clé sans se retourner.", "« Tu es en retard », dit {c1}, et la corne de brume avala la suite."]),
    "es": ("{excerpt}\n\n— fin del capítulo uno —\n\nSOBRE EL AUTOR/LA AUTORA\n{A} creció encima de una panadería y hoy vive junto al mar con {P}. Esta es su primera novela. Escríbele a {em}.\n\nAGRADECIMIENTOS\nGracias a {T1}, que leyó cada borrador, y a {T2} por el cuarto de invitados.",
           ["{c1} cerró el faro con llave y no miró atrás.", "—Llegas tarde —dijo {c1}, y la sirena del ferry se tragó el resto."]),
    "it": ("{excerpt}\n\n— fine del primo capitolo —\n\nL'AUTORE/L'AUTRICE\n{A} è cresciuto/a sopra un forno e oggi vive al mare con {P}. Questo è il suo primo romanzo. Scrivete a {em}.\n\nRINGRAZIAMENTI\nGrazie a {T1}, che ha letto ogni stesura, e a {T2} per la stanza degli ospiti.",
           ["{c1} chiuse il faro a chiave e non si voltò.", "«Sei in ritardo» disse {c1}, e la sirena del traghetto inghiottì il resto."]),
    "nl": ("{excerpt}\n\n— einde hoofdstuk een —\n\nOVER DE AUTEUR\n{A} groeide op boven een bakkerij en woont nu aan zee met {P}. Dit is de debuutroman. Post naar {em}.\n\nDANKWOORD\nDank aan {T1}, die elke versie las, en aan {T2} voor de logeerkamer.",
           ["{c1} sloot de vuurtoren af en keek niet om.", "‘Je bent te laat,’ zei {c1}, en de misthoorn slokte de rest op."]),
    "pt": ("{excerpt}\n\n— fim do capítulo um —\n\nSOBRE O AUTOR/A AUTORA\n{A} cresceu em cima de uma padaria e hoje mora à beira-mar com {P}. Este é seu primeiro romance. Escreva para {em}.\n\nAGRADECIMENTOS\nObrigado a {T1}, que leu todas as versões, e a {T2} pelo quarto de hóspedes.",
           ["{c1} trancou o farol e não olhou para trás.", "— Você está atrasado — disse {c1}, e a buzina da balsa engoliu o resto."]),
    "pl": ("{excerpt}\n\n— koniec rozdziału pierwszego —\n\nO AUTORZE/AUTORCE\n{A} dorastał(a) nad piekarnią, a dziś mieszka nad morzem z {P}. To debiut powieściowy. Listy: {em}.\n\nPODZIĘKOWANIA\nDziękuję {T1}, która czytała każdą wersję, i {T2} za pokój gościnny.",
           ["{c1} zamknął latarnię na klucz i nie obejrzał się.", "— Spóźniłaś się — powiedział {c1}, a syrena promu połknęła resztę."]),
    "sv": ("{excerpt}\n\n— slut på kapitel ett —\n\nOM FÖRFATTAREN\n{A} växte upp ovanför ett bageri och bor nu vid havet med {P}. Det här är debutromanen. Skriv till {em}.\n\nTACK\nTack till {T1}, som läste varje version, och till {T2} för gästrummet.",
           ["{c1} låste fyren och såg sig inte om.", "– Du är sen, sa {c1}, och mistluren svalde resten."]),
    "ru": ("{excerpt}\n\n— конец первой главы —\n\nОБ АВТОРЕ\n{A} вырос(ла) над пекарней, а теперь живёт у моря. Это первый роман. Письма: {em}.\n\nБЛАГОДАРНОСТИ\nСпасибо — {T1}, за то, что читал(а) каждый черновик, и {T2} — за комнату для гостей.",
           ["{c1} запер маяк и не оглянулся.", "— Опаздываешь, — сказал {c1}, и гудок парома проглотил остальное."]),
    "ja": ("{excerpt}\n\n——第一章 了——\n\n著者紹介\n{A}　パン屋の二階で育ち、現在は海辺の町に暮らす。本作がデビュー作。ご感想は {em} まで。\n\n謝辞\nすべての原稿を読んでくれた{T1}さん、客間を貸してくれた{T2}さんに感謝します。",
           ["{c1}は灯台に鍵をかけ、振り返らなかった。", "「遅いよ」と{c1}は言い、フェリーの汽笛が残りの言葉をかき消した。"]),
    "ko": ("{excerpt}\n\n— 1장 끝 —\n\n작가 소개\n{A}. 빵집 2층에서 자랐고 지금은 바닷가 마을에 산다. 이 책이 첫 장편이다. 독자 편지: {em}\n\n감사의 말\n모든 원고를 읽어 준 {T1}, 손님방을 내준 {T2}에게 고마움을 전한다.",
           ["{c1}는 등대 문을 잠그고 뒤돌아보지 않았다.", "\"늦었잖아.\" {c1}의 말을 페리의 뱃고동이 삼켜 버렸다."]),
    "zh": ("{excerpt}\n\n——第一章完——\n\n作者简介\n{A}，在面包店楼上长大，现居海边小城。这是其第一部长篇小说。读者来信：{em}\n\n致谢\n感谢读过每一稿的{T1}，也感谢借我客房的{T2}。",
           ["{c1}锁上灯塔的门，没有回头。", "“你迟到了。”{c1}说，渡轮的汽笛吞没了后面的话。"]),
    "tr": ("{excerpt}\n\n— birinci bölümün sonu —\n\nYAZAR HAKKINDA\n{A} bir fırının üst katında büyüdü, bugün deniz kenarında yaşıyor. Bu ilk romanı. Okur mektupları: {em}\n\nTEŞEKKÜR\nHer taslağı okuyan {T1}'e ve misafir odası için {T2}'e teşekkürler.",
           ["{c1} feneri kilitledi ve arkasına bakmadı.", "\"Geç kaldın,\" dedi {c1}, vapurun düdüğü gerisini yuttu."]),
    "cs": ("{excerpt}\n\n— konec první kapitoly —\n\nO AUTOROVI/AUTORCE\n{A} vyrůstal(a) nad pekárnou a dnes žije u moře. Je to románový debut. Pište na {em}.\n\nPODĚKOVÁNÍ\nDěkuji {T1}, která četla každou verzi, a {T2} za pokoj pro hosty.",
           ["{c1} zamkl maják a neohlédl se.", "„Jdeš pozdě,“ řekl {c1} a siréna trajektu spolkla zbytek."]),
}
MANU_LOC = ["US", "GB", "NG", "IN", "DE", "AT", "FR", "ES", "AR", "IT", "NL", "BR", "PT", "PL", "SE", "RU", "JP", "KR", "CN", "TR", "CZ"]


@tpl(28, MANU_LOC)
def manuscript_bio(R, cc):
    lang = LANG[cc] if LANG[cc] in MANU else "en"
    c = Ctx(R, cc, roman=lang == "en" and cc in NONLATIN)
    a, p, t1, t2 = c.person(), c.person(), c.person(), c.person()
    tmpl, exc = MANU[lang]
    ch = R.choice(CHARACTERS.get(lang, CHARACTERS["en"]))
    excerpt = F(R.choice(exc), c1=N(ch, "character"))
    pos = "her" if a.female else "his"
    kw = dict(excerpt=excerpt, A=c.name(a, sub="author") if R.random() < 0.6 else c.name(a), P=c.name(p), pos=pos, em=c.email(a), T1=c.name(t1) if R.random() < 0.5 else c.gname(t1), T2=c.name(t2))
    body = F(tmpl, **kw)
    q = {"en": ["Can you tighten the bio and check the acknowledgements for tone?", "This goes to the agent tomorrow. Anything cringe?"]}.get(lang)
    if q:
        return "manuscript", lang, [R.choice(q), "\n\n", body]
    return "manuscript", lang, wrap(R, LANG[cc], ["rewrite", "check"], body)


# --- 21. press and festival accreditation forms ---------------------------------------
ACCR = {
    "en": ("PRESS ACCREDITATION — {fest}", "Full name", "Outlet", "Date of birth", "ID / passport no.", "Postal address", "Mobile", "Email", "Fee paid by card", "Expiry / CVC"),
    "de": ("PRESSEAKKREDITIERUNG — {fest}", "Name", "Medium", "Geburtsdatum", "Ausweis-/Passnr.", "Postanschrift", "Mobil", "E-Mail", "Gebühr per Karte", "Gültig bis / CVC"),
    "fr": ("ACCRÉDITATION PRESSE — {fest}", "Nom complet", "Média", "Date de naissance", "N° pièce d'identité", "Adresse postale", "Portable", "E-mail", "Frais réglés par carte", "Expiration / CVC"),
    "es": ("ACREDITACIÓN DE PRENSA — {fest}", "Nombre completo", "Medio", "Fecha de nacimiento", "N.º de documento", "Dirección postal", "Móvil", "Correo", "Tasa pagada con tarjeta", "Caducidad / CVC"),
    "it": ("ACCREDITO STAMPA — {fest}", "Nome e cognome", "Testata", "Data di nascita", "N. documento", "Indirizzo", "Cellulare", "E-mail", "Quota pagata con carta", "Scadenza / CVC"),
    "pt": ("CREDENCIAMENTO DE IMPRENSA — {fest}", "Nome completo", "Veículo", "Data de nascimento", "N.º do documento", "Endereço", "Celular", "E-mail", "Taxa paga com cartão", "Validade / CVC"),
    "tr": ("BASIN AKREDİTASYONU — {fest}", "Ad soyad", "Yayın kuruluşu", "Doğum tarihi", "Kimlik / pasaport no", "Adres", "Cep", "E-posta", "Ücret (kart)", "SKT / CVC"),
    "ru": ("АККРЕДИТАЦИЯ СМИ — {fest}", "ФИО", "Издание", "Дата рождения", "ИНН / паспорт", "Почтовый адрес", "Мобильный", "Эл. почта", "Оплата картой", "Срок / CVC"),
    "uk": ("АКРЕДИТАЦІЯ ЗМІ — {fest}", "ПІБ", "Видання", "Дата народження", "РНОКПП / паспорт", "Поштова адреса", "Мобільний", "Ел. пошта", "Оплата карткою", "Термін / CVC"),
    "ar": ("اعتماد صحفي — {fest}", "الاسم الكامل", "المؤسسة الإعلامية", "تاريخ الميلاد", "رقم جواز السفر", "العنوان", "الجوال", "البريد الإلكتروني", "الرسوم بالبطاقة", "الانتهاء / CVC"),
    "he": ("הסמכת עיתונאים — {fest}", "שם מלא", "כלי תקשורת", "תאריך לידה", "מספר ת.ז.", "כתובת", "נייד", "דוא\"ל", "תשלום בכרטיס", "תוקף / CVC"),
    "vi": ("ĐĂNG KÝ THẺ BÁO CHÍ — {fest}", "Họ và tên", "Cơ quan báo chí", "Ngày sinh", "Số CCCD", "Địa chỉ", "Di động", "Email", "Thanh toán bằng thẻ", "Hết hạn / CVC"),
    "th": ("ลงทะเบียนสื่อมวลชน — {fest}", "ชื่อ-นามสกุล", "สังกัด", "วันเกิด", "เลขประจำตัวประชาชน", "ที่อยู่", "มือถือ", "อีเมล", "ชำระค่าธรรมเนียมด้วยบัตร", "หมดอายุ / CVC"),
    "hi": ("प्रेस मान्यता फ़ॉर्म — {fest}", "पूरा नाम", "संस्थान", "जन्मतिथि", "पैन / आधार", "पता", "मोबाइल", "ईमेल", "कार्ड से भुगतान", "समाप्ति / CVC"),
    "id": ("AKREDITASI PERS — {fest}", "Nama lengkap", "Media", "Tanggal lahir", "NIK", "Alamat", "HP", "Email", "Biaya dibayar dengan kartu", "Berlaku s.d. / CVC"),
    "zh": ("媒体证件申请 — {fest}", "姓名", "所属媒体", "出生日期", "身份证号", "通讯地址", "手机", "邮箱", "刷卡支付", "有效期 / CVC"),
    "ko": ("취재 등록 신청서 — {fest}", "성명", "소속 매체", "생년월일", "주민등록번호", "주소", "휴대폰", "이메일", "카드 결제", "유효기간 / CVC"),
    "ja": ("取材申請書 — {fest}", "氏名", "媒体名", "生年月日", "マイナンバー", "住所", "携帯", "メール", "カード決済", "有効期限 / CVC"),
    "el": ("ΔΙΑΠΙΣΤΕΥΣΗ ΤΥΠΟΥ — {fest}", "Ονοματεπώνυμο", "Μέσο", "Ημερομηνία γέννησης", "ΑΦΜ", "Διεύθυνση", "Κινητό", "Email", "Πληρωμή με κάρτα", "Λήξη / CVC"),
}
FESTS = ["Lanternfield Documentary Festival", "Internationale Kurzfilmtage am Deich", "Festival du Film de la Dune", "Festival de Cine del Tramuntana", "Mostra del Faro",
         "Festival Maré de Cinema", "Martı Film Günleri", "Кинофестиваль «Полынь»", "Кінофестиваль «Горлиця»", "مهرجان السنديان للأفلام", "פסטיבל הקולנוע בחוף",
         "Liên hoan phim Sóng Đêm", "เทศกาลภาพยนตร์นกกระจิบ", "गरुड़ फ़िल्म उत्सव", "Festival Film Kenari", "青鸟纪录片节", "물새 다큐멘터리 영화제", "浮雲映画祭", "Φεστιβάλ Γλάρος"]
ACCR_LOC = ["EG", "IL", "VN", "TH", "UA", "RU", "CN", "GB", "US", "DE", "FR", "ES", "IT", "BR", "TR", "RU", "UA", "EG", "IL", "VN", "TH", "IN", "ID", "CN", "KR", "JP", "GR", "NG", "MX", "AR", "PT", "AT"]


def passport(R, cc):
    return L("gov_id", R.choice("ABCDE") + "%08d" % R.randint(10 ** 6, 10 ** 8 - 1), sub="passport")


@tpl(26, ACCR_LOC)
def accreditation(R, cc):
    lang = LANG[cc] if LANG[cc] in ACCR else "en"
    c = Ctx(R, cc)
    t = ACCR[lang]
    a = c.person()
    d = rdate(R, 1962, 2002)
    g = c.gid(a, d)
    gl = g[0] if g else passport(R, cc)
    exp = N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")
    cvc = N("%03d" % R.randint(100, 999), "cvc")
    rows = [(t[1], c.name(a)), (t[2], N(R.choice(["freelance", "Norrlandskuriren", "Le Courrier de l'Estuaire", "Ink & Static (podcast)", "El Diario del Tramuntana", "—"]), "outlet")),
            (t[3], c.dob(d)), (t[4], gl), (t[5], c.addr()), (t[6], c.phone()), (t[7], c.email(a))]
    if R.random() < 0.75:
        rows += [(t[8], c.card()), (t[9], [exp, " / ", cvc])]
    fest = FESTS[{"de": 1, "fr": 2, "es": 3, "it": 4, "pt": 5, "tr": 6, "ru": 7, "uk": 8, "ar": 9, "he": 10, "vi": 11, "th": 12, "hi": 13, "id": 14,
                  "zh": 15, "ko": 16, "ja": 17, "el": 18}.get(lang, 0)]
    body = kv(t[0].replace("{fest}", fest), rows)
    return "form", lang, wrap(R, LANG[cc], ["check"], body)


# --- 22. expense claims after a reporting trip ------------------------------------------
EXP = {
    "en": ("EXPENSE CLAIM — assignment \"{slug}\"", "Reporter", "Staff no.", "Company card used", "Fixer fee paid in cash to", "Reimburse to", "Approved by"),
    "de": ("REISEKOSTENABRECHNUNG — Recherche „{slug}“", "Reporter/in", "Personalnr.", "Firmenkarte", "Fixer-Honorar bar an", "Erstattung auf", "Freigabe"),
    "fr": ("NOTE DE FRAIS — reportage « {slug} »", "Journaliste", "Matricule", "Carte société utilisée", "Fixeur payé en espèces", "Remboursement sur", "Validé par"),
    "es": ("HOJA DE GASTOS — cobertura «{slug}»", "Periodista", "N.º empleado", "Tarjeta de empresa", "Pago en efectivo al fixer", "Reembolso a", "Aprobado por"),
    "it": ("NOTA SPESE — servizio «{slug}»", "Giornalista", "Matricola", "Carta aziendale", "Compenso fixer in contanti a", "Rimborso su", "Approvato da"),
    "nl": ("DECLARATIE — reportage ‘{slug}’", "Verslaggever", "Personeelsnr.", "Bedrijfscreditcard", "Fixer contant betaald aan", "Terugbetalen op", "Akkoord"),
    "sv": ("UTLÄGGSRÄKNING — uppdrag ”{slug}”", "Reporter", "Anst.nr", "Företagskort", "Fixare betald kontant till", "Återbetalas till", "Attesterad av"),
    "pl": ("ROZLICZENIE DELEGACJI — temat „{slug}”", "Reporter/ka", "Nr pracownika", "Karta służbowa", "Fixer, gotówka dla", "Zwrot na", "Zatwierdził(a)"),
}
EXP_LOC = ["GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "AT", "US"]
SLUGS = ["border-clinics", "salt-ferry", "night-cleaners", "dredging-contracts", "river-floods", "cobalt-trucks"]


@tpl(24, EXP_LOC)
def expense_claim(R, cc):
    lang = LANG[cc] if LANG[cc] in EXP else "en"
    c = Ctx(R, cc)
    t = EXP[lang]
    rep, fx, ap = c.person(), c.person(cc=R.choice(TRIP)), c.person()
    cur = CUR[cc]
    items = []
    for it in R.sample([("Hotel Aurelian Gate, 3 nights", "hotel"), ("Taxi airport", "taxi"), ("SIM card + data", "sim"), ("Per diem ×4", "per_diem"), ("Car hire", "car"), ("Translation", "transl")], 3):
        items += ["- ", N(it[0], "expense_item"), ": ", N(money(R, cur), "amount"), "\n"]
    ib = c.iban()
    rows = [(t[1], c.name(rep)), (t[2], N("%05d" % R.randint(100, 99999), "staff_id")), (t[3], c.card(R.choice(["amex", "visa", "mastercard"])))]
    body = kv(t[0].replace("{slug}", R.choice(SLUGS)), rows) + ["\n"] + items + [t[4], ": ", c.name(fx, roman=True), " (", c.phone(cc=fx.cc), ") — ", N(money(R, "USD"), "amount"), "\n"]
    if ib is not None:
        body += [t[5], ": ", ib, "\n"]
    body += [t[6], ": ", c.name(ap)]
    return "expenses", lang, wrap(R, LANG[cc], ["check", "table"], body)


# --- 23. shared logins in a small newsroom, magazine or podcast team ------------------------
LOGIN_T = {"en": "Logins for the freelancers — do NOT forward", "de": "Zugänge für die Freien — NICHT weiterleiten", "fr": "Accès pour les pigistes — NE PAS transférer",
           "es": "Accesos para colaboradores — NO reenviar", "it": "Accessi per i collaboratori — NON inoltrare", "nl": "Logins voor de freelancers — NIET doorsturen",
           "pt": "Acessos para os frilas — NÃO repassar", "pl": "Dostępy dla współpracowników — NIE przekazywać", "sv": "Inloggningar för frilansarna — vidarebefordra INTE",
           "ja": "外部ライター用ログイン（転送禁止）", "ko": "외부 필진용 계정 (전달 금지)", "tr": "Serbest yazarlar için girişler — İLETMEYİN"}
LOGIN_LOC = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "JP", "KR", "TR", "IN", "NG", "AT"]


@tpl(24, LOGIN_LOC)
def team_logins(R, cc):
    lang = LANG[cc] if LANG[cc] in LOGIN_T else "en"
    c = Ctx(R, cc, roman=lang == "en" and cc in NONLATIN)
    body = [LOGIN_T[lang], "\n\n"]
    for _ in range(R.randint(2, 3)):
        p = c.person()
        body += [c.gname(p), " — CMS: ", c.email(p), " / ", L("secret", password(R), sub="password"), "\n"]
    body += ["Podcast host (Castwave): ", N("studio@" + R.choice(["inkandstatic.example", "nightdesk.example"]), "role_mailbox"), " / ", L("secret", password(R), sub="password"), "\n"]
    if R.random() < 0.6:
        body += ["Shared Dropbox token: ", L("secret", dropbox_token(R), sub="dropbox_token"), "\n"]
    body += ["NAS: ", c.ip(False), ":", N(str(R.choice([5000, 5001, 8080, 22])), "port"), " admin / ", L("secret", password(R), sub="password"), "\n"]
    if R.random() < 0.6:
        codes = ["%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999)) for _ in range(R.randint(3, 5))]
        body += ["Backup codes for the social account: "]
        for i, cd in enumerate(codes):
            body += [L("secret", cd, sub="recovery_code"), ", " if i < len(codes) - 1 else "\n"]
    body += ["Wi-Fi ", N(R.choice(["Redaktion_5G", "Newsroom-Guest", "StudioB"]), "ssid"), ": ", L("secret", R.choice(["Druckerschwärze", "deadline", "kodachrome", "ferryhorn"]) + str(R.randint(10, 99)) + R.choice("!#?"), sub="wifi_key")]
    return "notes", lang, wrap(R, LANG[cc], ["table", "check"], body)


# ====================================================================== clean-only templates
CLEAN_REQ = {
    "en": "Can you turn this into a clean metadata sheet?", "de": "Kannst du daraus ein sauberes Metadatenblatt machen?", "fr": "Tu peux en faire une fiche de métadonnées propre ?",
    "es": "¿Me lo pasas a una ficha de metadatos limpia?", "it": "Me lo trasformi in una scheda metadati pulita?", "nl": "Kun je hier een nette metadatafiche van maken?",
    "pt": "Transforma isso numa ficha de metadados?", "pl": "Zrób z tego porządną kartę metadanych.", "sv": "Gör ett rent metadatablad av det här.",
    "ja": "これをきれいなメタデータ表にしてください。", "ko": "이걸 깔끔한 메타데이터 표로 정리해줘.", "zh": "帮我整理成一份干净的元数据表。", "tr": "Bunu temiz bir künye tablosuna çevir.",
    "cs": "Udělej z toho přehledný list metadat.", "ru": "Сделай из этого аккуратную карточку метаданных.", "id": "Jadikan lembar metadata yang rapi ya.",
}
CLANGS = list(CLEAN_REQ)


@tpl(25, CLANGS, clean=True)
def clean_book_meta(R, lang):
    i13 = isbn13(R)
    ch = R.sample(CHARACTERS.get(lang, CHARACTERS["en"]), min(2, len(CHARACTERS.get(lang, CHARACTERS["en"]))))
    org, oaddr, desk = R.choice(PUBLISHERS.get(lang, PUBLISHERS["en"]))
    body = ["Title: ", N(R.choice(TITLES.get(lang, TITLES["en"])), "book_title"), "\nISBN-13: ", N(isbn_fmt(i13), "isbn"), " (hardback) · ", N(isbn_fmt(isbn13(R)), "isbn"), " (e-book)\n",
            "Imprint: ", N(org, "publisher"), ", ", N(oaddr, "org_address"), "\nPublication date: ", N(pubdate(R, lang), "pub_date"),
            " · Embargo: ", embargo(R, lang), "\nExtent: ", N("%d pp." % R.randint(180, 620), "page_count"), " · ", N("%s words" % format(R.randint(55, 140) * 1000, ","), "word_count"),
            "\nBISAC: ", N(R.choice(["FIC022040", "FIC019000", "FIC027110", "BIO026000"]), "bisac"), " · Thema: ", N(R.choice(["FFP", "FBA", "DNB", "FJH"]), "thema"),
            "\nMain characters: ", N(ch[0], "character"), (", " if len(ch) > 1 else ""), N(ch[-1], "character") if len(ch) > 1 else "",
            "\nRights enquiries: ", N(desk, "role_mailbox"), "\nPrice: ", N(book_price(R, R.choice(["EUR", "GBP", "USD", "SEK", "PLN", "JPY", "KRW"])), "price")]
    return "metadata", lang, [CLEAN_REQ[lang], "\n\n", body]


@tpl(25, ["en", "es", "pt", "sv", "ko", "ja", "de", "fr", "tr", "id"], clean=True)
def clean_release_meta(R, lang):
    rows = []
    for k in range(R.randint(3, 5)):
        rows += ["%d. " % (k + 1), N(R.choice(SONGS), "song_title"), " — ISRC ", N(isrc(R, R.choice(["US", "GB", "SE", "BR", "KR", "JP", "DE", "ES"])), "isrc"),
                 " — ", N("%d:%02d" % (R.randint(2, 5), R.randint(0, 59)), "duration"), " — ", N("%d BPM" % R.randint(68, 174), "bpm"), " — ISWC ", N(iswc(R), "iswc"), "\n"]
    upc = "".join(str(R.randint(0, 9)) for _ in range(12))
    body = ["RELEASE: ", N(R.choice(["Static Bloom EP", "Copper Moon", "Winter Ferry (Deluxe)"]), "release_title"), "\nUPC: ", N(upc, "upc"), " · Label: ",
            N(R.choice(["Kettlebird Records", "Tranbär Skivor", "Selo Bem-te-vi", "소리숲 레코즈"]), "label"), " · Release date: ", N(pubdate(R, "en"), "release_date"),
            "\nPublisher IPI: ", N(ipi(R), "ipi"), " · Label ISNI: ", N(isni(R), "isni"), "\nPre-save link goes live at ", N("%02d:00 UTC" % R.randint(0, 23), "time"), "\n\n"] + rows
    q = {"en": "Is the metadata consistent before I upload to the distributor?", "es": "¿Está bien esta metadata antes de subirla a la distribuidora?",
         "pt": "Esses metadados estão certos antes de eu subir na distribuidora?", "sv": "Stämmer metadatan innan jag laddar upp till distributören?",
         "ko": "유통사에 올리기 전에 메타데이터 맞는지 봐줘.", "ja": "配信会社にアップする前にメタデータを確認してください。", "de": "Passt die Metadaten so, bevor ich sie beim Vertrieb hochlade?",
         "fr": "Les métadonnées sont bonnes avant l'envoi au distributeur ?", "tr": "Dağıtımcıya yüklemeden önce künye doğru mu?", "id": "Metadatanya sudah benar belum sebelum upload ke distributor?"}[lang]
    return "metadata", lang, [q, "\n\n", body[:-1] if body[-1] == "\n" else body]


FAMOUS_Q = {
    "en": ["How did Toni Morrison find time to write while working as an editor?", "Was Hemingway's iceberg theory actually his idea?", "Summarise how Nellie Bly got inside the asylum.",
           "Did David Bowie really use a cut-up method for lyrics?", "What did Annie Leibovitz shoot for Rolling Stone in 1980?", "Why did Agatha Christie disappear in 1926?"],
    "de": ["Wie hat Thomas Mann seine Arbeitstage eingeteilt?", "Was genau hat Günter Wallraff bei Bild gemacht?", "Welche Kamera hat Helmut Newton benutzt?"],
    "fr": ["Comment Albert Londres travaillait-il ses reportages ?", "Pourquoi Annie Ernaux écrit-elle à la première personne ?", "Quel objectif utilisait Henri Cartier-Bresson ?"],
    "es": ["¿Cómo corregía García Márquez sus borradores?", "¿Qué hizo Rosa Montero antes de escribir novelas?", "¿Por qué Almodóvar rueda tanto en Madrid?"],
    "it": ["Come lavorava Oriana Fallaci alle interviste?", "Perché Elena Ferrante usa uno pseudonimo?", "Che musica ascoltava Fellini sul set?"],
    "pt": ["Como Clarice Lispector escrevia os contos?", "O que Sebastião Salgado fotografou em Serra Pelada?", "Por que Saramago não usava pontuação?"],
    "pl": ["Jak Kapuściński zbierał materiał do reportaży?", "Dlaczego Szymborska pisała tak mało wierszy?", "Co kręcił Kieślowski przed Dekalogiem?"],
    "ja": ["村上春樹は毎日何時間書いているの？", "黒澤明は絵コンテをどうやって描いていた？", "宮崎駿はなぜ引退を撤回したの？"],
    "ko": ["한강 작가는 어떻게 『소년이 온다』를 썼어?", "봉준호 감독은 콘티를 직접 그려?", "박찬욱 영화의 음악은 누가 만들어?"],
    "zh": ["鲁迅为什么弃医从文？", "张艺谋早期是摄影师吗？", "金庸写武侠小说时在做什么工作？"],
    "ru": ["Как Довлатов работал в газете?", "Почему Тарковский снимал так медленно?", "Как Ахматова сохраняла рукописи?"],
    "tr": ["Orhan Pamuk günde kaç saat yazıyor?", "Nuri Bilge Ceylan fotoğrafçılıkla mı başladı?", "Ara Güler hangi makineyi kullanırdı?"],
    "sv": ["Hur skrev Astrid Lindgren sina manus?", "Varför slutade Ingmar Bergman filma?", "Hur arbetade Stieg Larsson som journalist?"],
    "cs": ["Jak Hrabal psal Příliš hlučnou samotu?", "Proč Miloš Forman odešel do USA?", "Jak pracoval Karel Čapek v Lidových novinách?"],
    "hi": ["प्रेमचंद ने गोदान कब लिखा था?", "सत्यजित राय ने पहली फ़िल्म कैसे बनाई?"],
    "ar": ["كيف كان نجيب محفوظ ينظّم يوم الكتابة؟", "لماذا توقفت أم كلثوم عن الغناء في الإذاعة؟"],
    "el": ["Πώς έγραφε ο Καζαντζάκης τον Ζορμπά;", "Γιατί ο Αγγελόπουλος γύριζε τόσο μεγάλα πλάνα;"],
}


@tpl(25, list(FAMOUS_Q), clean=True)
def clean_famous(R, lang):
    qs = R.sample(FAMOUS_Q[lang], min(3, len(FAMOUS_Q[lang])))
    pre = {"en": "Background questions for my radio essay, no need for sources yet:", "de": "Hintergrundfragen für mein Radiofeature:", "fr": "Questions de fond pour ma chronique radio :",
           "es": "Preguntas de contexto para mi columna:", "it": "Domande di contesto per il mio pezzo:", "pt": "Perguntas de contexto para minha coluna:",
           "pl": "Pytania w tle do mojego felietonu:", "ja": "来週のラジオコラムの下調べをしています。出典はあとで自分で確認するので、まずはざっくり教えてください：",
           "ko": "다음 주 라디오 칼럼 준비 중이야. 출처는 나중에 내가 확인할 테니 우선 대략적으로 알려줘:", "zh": "我在准备下周的电台专栏，出处我之后自己核实，先大概告诉我：",
           "ru": "Вопросы для фона к моей колонке:", "tr": "Köşe yazım için arka plan soruları:", "sv": "Bakgrundsfrågor till min krönika:", "cs": "Otázky na pozadí pro můj sloupek:",
           "hi": "मेरे कॉलम के लिए कुछ सवाल:", "ar": "أسئلة خلفية لمقالي:", "el": "Ερωτήσεις για το υπόβαθρο του άρθρου μου:"}[lang]
    body = [pre, "\n"]
    for q in qs:
        body += ["- ", N(q, "famous_person"), "\n"]
    body += [N(R.choice(["(deadline %s)" % pubdate(R, "en"), "(%s words max)" % R.choice(["800", "1,200", "650"])]), "deadline")]
    return "question", lang, body


@tpl(25, ["en", "de", "fr", "es", "pt", "nl", "id", "ko", "ja", "it"], clean=True)
def clean_show_notes(R, lang):
    ep = R.randint(40, 320)
    chapters = []
    for t_ in sorted(tc(R) for _ in range(R.randint(3, 5))):
        chapters += [N(t_, "timecode"), " ", R.choice(["Cold open", "The disappearance", "What the archive says", "Listener mail", "Outro & credits", "Sponsor break"]), "\n"]
    body = ["Episode ", N(str(ep), "episode_no"), ": ", R.choice(["The Week Agatha Christie Vanished", "How Nellie Bly Faked Her Way In", "Kodachrome's Last Roll", "Why Fleet Street Moved"]), "\n",
            "Published ", N(pubdate(R, "en"), "pub_date"), " · ", N("%d min" % R.randint(28, 95), "duration"), " · ", N("S%02dE%02d" % (R.randint(1, 9), R.randint(1, 30)), "episode_no"), "\n\nChapters\n"] + chapters + \
        ["\nSponsor: code ", N(R.choice(["INKY20", "STATIC15", "NIGHTDESK"]), "promo_code"), " for 20% off.\nCorrections to ", N(R.choice(["corrections@inkandstatic.example", "hello@nightdesk.example"]), "role_mailbox"),
         ", press to ", N("press@" + R.choice(["inkandstatic.example", "nightdesk.example"]), "role_mailbox"), "."]
    q = {"en": "Rewrite these show notes so they're punchier.", "de": "Mach die Shownotes knackiger.", "fr": "Rends ces notes d'épisode plus percutantes.",
         "es": "Haz estas notas del episodio más directas.", "pt": "Deixa essas notas do episódio mais diretas.", "nl": "Maak deze shownotes pakkender.",
         "id": "Bikin catatan episode ini lebih menarik.", "ko": "이 에피소드 소개글 좀 더 임팩트 있게 써줘.", "ja": "このショーノートをもっと引きのある文章にして。", "it": "Rendi più incisive queste note dell'episodio."}[lang]
    return "show_notes", lang, [q, "\n\n", body]


@tpl(25, ["en", "de", "fr", "es", "it", "nl", "sv", "pl", "cs", "pt"], clean=True)
def clean_newsroom(R, lang):
    dom = R.choice(OUTLET_DOM.get(lang, OUTLET_DOM["en"]))
    desks = DESKS.get(lang, DESKS["en"])
    body = ["NEWSROOM CONTACTS — internal\n", "Newsdesk: ", N(desks[0] + dom, "role_mailbox"), " · switchboard ext. ", N(str(R.randint(2000, 4999)), "extension"), "\n",
            "Pictures: ", N("pix@" + dom, "role_mailbox"), "\nCorrections: ", N("corrections@" + dom, "role_mailbox"), "\nPress office of the council: ", N("presse@" + R.choice(["stadtverwaltung", "mairie", "council"]) + ".example", "role_mailbox"), "\n",
            "Building: ", N(R.choice(["Pressehaus, Hafenstraße 1, 20459 Hamburg", "3 Printworks Lane, Leeds LS1 4AP", "4 quai de la Fosse, 44000 Nantes", "Paseo de la Constitución 8, 26001 Logroño"]), "org_address"), "\n",
            "Embargoed copy: ", embargo(R, lang), "\n", "Night editor rota: ", N(R.choice(["Mon–Thu", "Fri/Sat", "Sun"]), "rota"), " — see desk board\n",
            "Style: write ", N(R.choice(["per cent", "%", "Prozent"]), "style"), ", dates as ", N(pubdate(R, "en"), "example_date"), ", no honorifics after first mention."]
    q = {"en": "Can you format this for the wiki?", "de": "Formatier das bitte fürs Wiki.", "fr": "Mets ça en forme pour le wiki.", "es": "Dale formato para la wiki.",
         "it": "Formattalo per la wiki.", "nl": "Zet dit netjes op voor de wiki.", "sv": "Formatera det här för wikin.", "pl": "Sformatuj to do wiki.",
         "cs": "Naformátuj to do wiki.", "pt": "Formata isso para a wiki."}[lang]
    return "notes", lang, [q, "\n\n", body]


@tpl(25, ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ja", "ko", "zh", "ru", "tr", "cs"], clean=True)
def clean_fiction(R, lang):
    chars = CHARACTERS.get(lang, CHARACTERS["en"])
    ch = R.sample(chars, min(2, len(chars)))
    exc = MANU[lang][1]
    body = []
    for e in exc:
        body += F(e, c1=N(R.choice(ch), "character")) + [" "]
    body += ["\n\n[", N(R.choice(["chapter 3", "Kapitel 3", "ch. 12", "draft 4"]), "chapter"), ", ", N("%s words" % format(R.randint(1, 9) * 1000 + R.randint(0, 999), ","), "word_count"), "]"]
    q = {"en": "Does this dialogue sound natural? Be harsh.", "de": "Klingt der Dialog natürlich? Sei streng.", "fr": "Ce dialogue sonne juste ? Sois sévère.",
         "es": "¿Suena natural este diálogo? Sé duro.", "it": "Il dialogo suona naturale? Sii severo.", "nl": "Klinkt deze dialoog natuurlijk? Wees streng.",
         "pt": "Esse diálogo soa natural? Pode ser duro.", "pl": "Czy ten dialog brzmi naturalnie? Bądź surowy.", "sv": "Låter dialogen naturlig? Var hård.",
         "ja": "この台詞、自然ですか？厳しめにお願いします。", "ko": "이 대사 자연스러워? 냉정하게 말해줘.", "zh": "这段对白自然吗？请严格点评。", "ru": "Диалог звучит естественно? Будь строг.",
         "tr": "Bu diyalog doğal mı? Acımasız ol.", "cs": "Zní ten dialog přirozeně? Buď přísný."}[lang]
    return "manuscript", lang, [q, "\n\n", body]


@tpl(25, ["en", "de", "fr", "es", "ko", "ja", "cs", "pl"], clean=True)
def clean_shotlist(R, lang):
    chars = CHARACTERS.get(lang, CHARACTERS["en"])
    body = ["SHOT LIST — ", N(R.choice(PRODS), "production"), " — ", N("Day %d" % R.randint(1, 30), "shoot_day"), "\n"]
    for k in range(R.randint(3, 5)):
        body += [N("%d%s" % (R.randint(1, 80), R.choice(["", "A", "B"])), "scene_no"), " ", R.choice(["INT. LIGHTHOUSE – NIGHT", "EXT. FERRY DECK – DAWN", "INT. NEWSROOM – DAY", "EXT. HARBOUR WALL – DUSK"]),
                 " — ", N(R.choice(chars), "character"), " — ", R.choice(["WS", "MCU", "CU", "OTS", "insert"]), " — TC in ", N(tc(R, True), "timecode"), " — slate ", N("%d/%d" % (R.randint(1, 200), R.randint(1, 9)), "slate"), "\n"]
    q = {"en": "Reorder this by location so we don't move the truck twice.", "de": "Sortier das nach Motiv, damit der LKW nicht zweimal umsetzen muss.",
         "fr": "Réordonne par décor pour éviter de déplacer le camion deux fois.", "es": "Ordénalo por localización para no mover el camión dos veces.",
         "ko": "트럭 두 번 안 옮기게 장소별로 다시 정렬해줘.", "ja": "トラックを二度動かさないよう場所ごとに並べ替えて。", "cs": "Seřaď to podle motivů, ať nestěhujeme kamion dvakrát.",
         "pl": "Posortuj według lokacji, żeby nie przestawiać ciężarówki dwa razy."}[lang]
    return "shot_list", lang, [q, "\n\n", body[:-1]]


NAMEWORD = {
    "en": ["Will the June issue close on time?", "Mark the timecode where the ferry horn starts.", "Rose gold foil on the cover looks cheap.", "Bill the magazine for the extra day.",
           "Frank feedback from the desk: cut the second half.", "Grace period for the embargo ends at midnight.", "Hope this lands before the print run."],
    "de": ["Frank gesagt ist der Schluss zu lang.", "Die Ernte der Weinlese kam ins Heft.", "Hoffnung ist kein Plan, sagt die Chefin immer."],
    "fr": ["La Rose des vents sert de titre provisoire.", "Pierre angulaire de la série : le chapitre trois.", "Olive et citron sur la couverture, c'est trop."],
    "es": ["Rosa palo para la portada, no fucsia.", "Pilar central del reportaje: los datos.", "Alegría no es una persona en este texto, es el título."],
}
READING = [("George Orwell", "Homage to Catalonia", "1938"), ("Joan Didion", "Slouching Towards Bethlehem", "1968"), ("Ryszard Kapuściński", "The Emperor", "1978"),
           ("Svetlana Alexievich", "Voices from Chernobyl", "1997"), ("Janet Malcolm", "The Journalist and the Murderer", "1990"), ("Susan Sontag", "On Photography", "1977")]


@tpl(25, list(NAMEWORD), clean=True)
def clean_reading_list(R, lang):
    body = [{"en": "Reading list for the workshop:", "de": "Leseliste für den Workshop:", "fr": "Liste de lecture pour l'atelier :", "es": "Lista de lecturas para el taller:"}[lang], "\n"]
    for a, t_, y in R.sample(READING, 3):
        body += ["- ", N("%s, %s (%s)" % (a, t_, y), "citation"), "\n"]
    body += ["- ", N("doi:" + doi(R), "doi"), "\n\n"]
    for s in R.sample(NAMEWORD[lang], 2):
        body += [N(s, "name_as_word"), " "]
    q = {"en": "Format the list in Chicago style, and fix my notes.", "de": "Bitte die Liste einheitlich formatieren und meine Notizen glätten.",
         "fr": "Mets la liste au format Chicago et corrige mes notes.", "es": "Dale formato Chicago a la lista y corrige mis notas."}[lang]
    return "list", lang, [q, "\n\n", body]


# ====================================================================== rules
ROLE_LOCAL = {"press", "publicity", "presse", "prensa", "comunicacion", "ufficiostampa", "pers", "imprensa", "media", "basin", "submissions", "casting",
              "features", "pitches", "newsdesk", "reportage", "redaktion", "redaction", "societe", "redaccion", "local", "redazione", "cronaca", "redactie",
              "pautas", "redacao", "redakcja", "nyhet", "redaktionen", "reportaz", "redakce", "pix", "corrections", "hello", "rights"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
NONSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

GID_OK = {
    "us_ssn": lambda v: ssn_valid(*map(int, v.split("-"))), "gb_nino": lambda v: v.replace(" ", "")[:2] not in NINO_BAD_PREFIX and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.replace(" ", "")) is not None,
    "in_pan": lambda v: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None, "in_aadhaar": lambda v: verhoeff_ok(v.replace(" ", "")),
    "de_steuerid": lambda v: steuerid_ok(v.replace(" ", "")), "at_svnr": at_svnr_ok, "fr_nir": lambda v: nir_ok(v.replace(" ", "")[:13], v.replace(" ", "")[13:]),
    "es_dni": lambda v: DNI_LETTERS[int(v[:8]) % 23] == v[8], "es_nie": nie_ok, "mx_curp": lambda v: len(v) == 18 and curp_check(v[:17]) == v[17],
    "ar_cuil": cuil_ok, "it_cf": lambda v: len(v) == 16 and cf_check(v[:15]) == v[15], "nl_bsn": bsn_ok, "br_cpf": lambda v: cpf_ok(re.sub(r"\D", "", v)),
    "pt_nif": pt_nif_ok, "pl_pesel": pesel_ok, "se_pnr": se_pnr_ok, "tr_tckn": tckn_ok, "ru_inn": inn12_ok, "ua_rnokpp": rnokpp_ok, "il_tz": il_tz_ok,
    "jp_mynumber": lambda v: my_number_check(v.replace(" ", "")[:11]) == v.replace(" ", "")[11], "kr_rrn": kr_rrn_ok, "cn_ric": lambda v: cn_ric_check(v[:17]) == v[17],
    "vn_cccd": lambda v: re.fullmatch(r"\d{3}[0-3]\d{8}", v) is not None, "id_nik": lambda v: re.fullmatch(r"\d{6}[0-7]\d[01]\d\d{6}", v) is not None,
    "th_id": lambda v: th_id_ok(v.replace("-", "")), "gr_afm": gr_afm_ok, "cz_rc": cz_rc_ok,
    "passport": lambda v: re.fullmatch(r"[A-E]\d{8}", v) is not None,
}


def label_ok(sp):
    t, v, sub = sp["type"], sp["value"], sp.get("sub")
    if t == "email":
        return EMAIL_RE.fullmatch(v) is not None
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    if t == "iban":
        s = v.replace(" ", "")
        return iban_mod97(s) == 1 and len(s) == IBAN_LENX[s[:2]]
    if t == "card":
        s = re.sub(r"\D", "", v)
        return luhn_ok(s) and 12 <= len(s) <= 19
    if t == "gov_id":
        return GID_OK[sub](v)
    return True


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def name_words(rec):
    out = set()
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if NONSPACED.search(v):
            out.add(v)
            for w in re.split(r"[\s\-·]+", v):
                if len(w) >= 2:
                    out.add(w)
            continue
        for w in re.split(r"[\s\-/.,]+", v):
            if len(w) >= 2 and w.lower() not in PARTICLES:
                out.add(w)
    return out


def luhn_runs(text):
    bad = []
    for m in RUN_RE.finditer(text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group())
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and len(set(s)) > 1 and luhn_ok(s):
                    bad.append(s)
                if len(s) > 19:
                    break
    return bad


def broken_rule(rec, labelled, seen):
    """The first rule the candidate breaks, or None."""
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError:
        return "record"
    if not 120 <= len(t) <= 2500:
        return "length"
    if labelled and not rec["spans"]:
        return "no_label"
    if not labelled and rec["spans"]:
        return "clean_with_label"
    if t in seen:
        return "repeat"
    for sp in rec["spans"]:
        if not label_ok(sp):
            return "label_check:" + sp["type"]
    mt = masked(rec)
    for m in EMAIL_RE.finditer(mt):
        loc, dom = m.group().split("@", 1)
        if not (loc.lower() in ROLE_LOCAL or dom.endswith(".example")):
            return "email_outside"
    for m in IPV4_RE.finditer(mt):
        if all(int(g) <= 255 for g in m.groups()) and ipaddress.ip_address(m.group()).is_global:
            return "ip_outside"
    if luhn_runs(mt):
        return "luhn_run"
    for m in IBAN_RE.finditer(mt):
        s = m.group().replace(" ", "")
        cc = s[:2]
        n = IBAN_LENX.get(cc)
        if n and len(s) >= n and iban_mod97(s[:n]) == 1:
            return "iban_outside"
    for w in name_words(rec):
        if NONSPACED.search(w):
            if w in mt:
                return "name_outside"
            continue
        pat = r"(?<![\w\u0900-\u097f])" + re.escape(w) + r"(?![\w\u0900-\u097f])"
        if re.search(pat, mt, re.I if w[:1].isupper() else 0):
            return "name_outside"
    return None


# ====================================================================== generation
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def candidates():
    """Every candidate of every template, in a fixed order."""
    out = []
    for name, count, fn, locales, clean in TEMPLATES:
        for i in range(3 * count + 6):
            loc = locales[i % len(locales)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = fn(R, loc)
            rec = build("cand", form, lang, parts)
            out.append((name, count, clean, loc, rec))
    return out


def generate(report=None):
    cands = candidates()
    allph = sorted({p for _, _, _, _, r in cands for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    kept, seen, dropped = [], set(), Counter()
    per = Counter()
    for name, count, clean, loc, rec in cands:
        if per[name] >= count:
            continue
        why = broken_rule(rec, not clean, seen)
        if why is None and any(p in badset for p in phones_of(rec)):
            why = "phone_invalid"
        if why:
            dropped[(name, why)] += 1
            if report is not None:
                report.append((name, loc, why, rec["text"][:160]))
            continue
        seen.add(rec["text"])
        per[name] += 1
        kept.append(rec)
    for name, count, fn, locales, clean in TEMPLATES:
        assert per[name] == count, (name, per[name], count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for i, r in enumerate(kept):
        r = dict(r)
        r["id"] = PREFIX + "%05d" % i
        recs.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
    return recs, dropped


def check_file(recs):
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(x) for x in f]
    assert lines == recs, "regenerating does not give the file"
    with open(OUT, "rb") as f:
        raw = f.read()
    buf = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs).encode("utf-8")
    assert raw == buf, "bytes differ"
    seen = set()
    nl = nc = 0
    for i, r in enumerate(lines):
        assert r["id"] == PREFIX + "%05d" % i
        check_record(r)
        why = broken_rule(r, bool(r["spans"]), seen)
        assert why is None, (r["id"], why)
        seen.add(r["text"])
        nl += bool(r["spans"])
        nc += not r["spans"]
    allph = sorted({p for r in lines for p in phones_of(r)})
    bad = pv_check(allph)
    assert bad == [], bad
    assert (nl, nc) == (600, 200), (nl, nc)
    return lines, len(allph)


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, labelled %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if r["spans"]), sum(1 for r in recs if not r["spans"]), sum(c.values())))
    print("types:", ", ".join("%s %d" % kv_ for kv_ in c.most_common()))
    print("langs:", ", ".join("%s %d" % kv_ for kv_ in Counter(r["lang"] for r in recs).most_common()))
    print("forms:", ", ".join("%s %d" % kv_ for kv_ in Counter(r["form"] for r in recs).most_common()))
    for t in ("gov_id", "secret", "card", "iban", "ip", "person", "phone", "email"):
        print(t, "subs:", ", ".join("%s %d" % kv_ for kv_ in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t).most_common()))
    ls = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (ls[0], ls[len(ls) // 2], ls[-1]))
    print("labels across line breaks:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"] and sp["type"] != "secret"))
    print("phones with plan:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("phone regions:", len({sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone"}), "plans:", len({sp.get("plan", sp["region"]) for r in recs for sp in r["spans"] if sp["type"] == "phone"}))
    print("negs:", len({n for r in recs for n in r.get("neg", [])}))


def main():
    args = sys.argv[1:]
    recs, dropped = generate()
    if "--check" in args:
        lines, nph = check_file(recs)
        c = Counter(sp["type"] for r in lines for sp in r["spans"])
        print("OK %s: %d records (%d clean), %d labels (%s); %d distinct phones valid per pv; every rule re-verified; regenerated byte for byte" % (
            os.path.basename(OUT), len(lines), sum(1 for r in lines if not r["spans"]), sum(c.values()),
            ", ".join("%s %d" % kv_ for kv_ in c.most_common()), nph))
        return
    if "--stats" in args:
        stats(recs)
        print("dropped:", sum(dropped.values()), dict(Counter(k[1] for k in dropped.elements())))
        for (n, w), k in sorted(dropped.items()):
            print("  %s %s %d" % (n, w, k))
        return
    write_jsonl(OUT, recs)
    check_file(recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
