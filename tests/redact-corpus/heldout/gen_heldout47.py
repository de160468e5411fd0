#!/usr/bin/python3
"""Held-out part 47 of the redaction corpus (heldout47.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 45
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 31's decisions on number
porting, porting codes, SIM PINs and PUKs and on ICCIDs and IMEIs as
look-alikes, part 23's on pharmacy codes), lines 1-100 of gen_heldout33.py
(header and imports) and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 12:29:16 UTC on 2026-12-05 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: TELECOM AND PHARMACY CALL CENTRES FROM THE STAFF SIDE. What mobile
and broadband operator agents, number-porting and SIM-swap fraud teams,
billing and collections agents, field-engineer dispatchers, NOC staff,
pharmacy-chain and online-pharmacy customer-service agents, prescription-
transfer clerks, pharmacists on the phone line and complaints teams paste
into an AI assistant, from 21 countries in 20 languages: after-call notes
and call transcripts, port-out and SIM-swap fraud cases with port PINs and
PAC/RIO/MNP codes, identity checks, card and direct-debit disputes, debt-
collection letters, engineer visit bookings with access notes, RADIUS and
CDR log lines, prescription transfers and repeat orders with dates of
birth and GP details, delivery exceptions, ombudsman escalations, CRM and
IVR configs with API keys and SIP credentials, multilingual chat exports.
Hard negatives of the theme everywhere: IMEI, ICCID, IMSI, account, order,
ticket, case and tracking numbers, tariff and product codes, short codes
and the operators' own helplines, drug names, doses, batch and NDC/PZN
codes, pharmacies and drugs named after people, the organisations'
addresses and mailboxes, private and documentation IPs, processors' test
cards, name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
470913, shuffle seed 470914).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout47.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout47.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout47.py --stats   # counts
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
                       ssn_random, nino_random, nhs_random, nhs_ok,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, cpf_random, cpf_ok, card_random,
                       card_grouping, split_groups, MONTHS, secret_random,
                       PLANS, digits, nz, rnd, ALNUM, URLSAFE)

SEED = 470913
SHUFFLE_SEED = 470914
OUT = os.path.join(HERE, "heldout47.jsonl")
PREFIX = "heldout-au-"


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
# Names "native|roman" where the script is not Latin (roman only for e-mail
# local parts). Family names with a female form as "male/female".
LOC = {
    "US": dict(lang="en", m="Lysander Lowell Anson Rutherford Emmett Sheldon", f="Marcie Odessa Lorene Caprice Verna Loretta",
               fam="Dankworth Wimberly Hatchett Blevins Stoddard Hornbuckle Kittredge Fauntleroy",
               mail="gmail.com yahoo.com outlook.com att.net"),
    "GB": dict(lang="en", m="Fenwick Rupert Ewan Digby Leopold Cormac", f="Araminta Lavinia Clemency Morwenna Ottilie Letitia",
               fam="Tunnicliffe Ormerod Braithwaite Scrivener Tuckwell Ackroyd Gedge Nettleship",
               mail="btinternet.com gmail.com hotmail.co.uk sky.com"),
    "DE": dict(lang="de", m="Volkmar Rüdiger Hartmut Eckbert Gisbert Heribert", f="Gesine Irmtraud Hiltrud Gundula Roswitha Irmgard",
               fam="Pfisterer Kühnlein Grünewald Vosskuhl Trautmann Eichhorst Jagusch Hollerbach",
               mail="web.de gmx.de t-online.de posteo.de"),
    "FR": dict(lang="fr", m="Anatole Gaspard Séverin Barthélemy Lucien Aristide", f="Apolline Bénédicte Clotilde Ghislaine Mahaut Solange",
               fam="Lemarchand Marsollier Chabrerie Fourcade Delorme Rabouin Guéniot Trémolières",
               mail="orange.fr free.fr laposte.net sfr.fr"),
    "ES": dict(lang="es", m="Eusebio Baltasar Anselmo Fermín Rodrigo Teodoro", f="Inmaculada Remedios Covadonga Edelmira Azucena Primitiva",
               fam="Carrasquilla Valdivieso Olmedo Barrionuevo Quintanilla Ballesteros Cañizares Arteaga",
               mail="gmail.com hotmail.es telefonica.net yahoo.es"),
    "IT": dict(lang="it", m="Ermanno Gianluigi Tancredi Ubaldo Gualberto Raffaele", f="Ornella Benedetta Loredana Donatella Ginevra Ludovica",
               fam="Scarpellini Bonaccorsi Tagliaferri Minervini Castellucci Zanardelli Brambillasca Ruggiero",
               mail="libero.it virgilio.it tiscali.it alice.it"),
    "NL": dict(lang="nl", m="Gerbrand Wessel Jelmer Sjoerd Reinout Hidde", f="Geertje Femke Marieke Willemijn Aaltje Lieke",
               fam="Hogeveen Brouwers Kooistra Veldkamp Timmerman Haverkort Zuidema Bakkenes",
               mail="ziggo.nl kpnmail.nl hotmail.nl xs4all.nl"),
    "PL": dict(lang="pl", m="Bogumił Radosław Zbigniew Przemysław Wiesław Dobromir", f="Bożena Jadwiga Grażyna Wiesława Halina Sławomira",
               fam="Przybylski/Przybylska Kaczmarczyk/Kaczmarczyk Szczepański/Szczepańska Gołębiowski/Gołębiowska Pietrzak/Pietrzak Zawadzki/Zawadzka",
               mail="wp.pl onet.pl interia.pl o2.pl"),
    "RU": dict(lang="ru", m="Всеволод|vsevolod Тимофей|timofey Ростислав|rostislav Гордей|gordey Ефим|efim",
               f="Василиса|vasilisa Злата|zlata Агата|agata Ульяна|ulyana Снежана|snezhana",
               fam="Белозёров/Белозёрова|belozerov Кривошеев/Кривошеева|krivosheev Ладыгин/Ладыгина|ladygin Шестаков/Шестакова|shestakov Тарасенков/Тарасенкова|tarasenkov",
               mail="yandex.ru mail.ru rambler.ru bk.ru"),
    "BR": dict(lang="pt", m="Valdemar Josué Adalberto Cristóvão Edivaldo", f="Rosângela Creusa Marilene Josiane Aparecida",
               fam="Bezerra Cavalcanti Valadão Nóbrega Figueiró Damasceno Sobreira Queiroga",
               mail="uol.com.br bol.com.br gmail.com terra.com.br"),
    "IN": dict(lang="hi", m="प्रणव|pranav ऋषभ|rishabh योगेश|yogesh चिराग|chirag निखिल|nikhil",
               f="गीतिका|geetika सुहासिनी|suhasini ममता|mamta लावण्या|lavanya उर्मिला|urmila",
               fam="अग्निहोत्री|agnihotri बघेल|baghel भटनागर|bhatnagar कुशवाहा|kushwaha डोगरा|dogra",
               mail="gmail.com rediffmail.com yahoo.co.in outlook.com"),
    "CN": dict(lang="zh", m="浩然|haoran 俊杰|junjie 思远|siyuan 子墨|zimo", f="梓萱|zixuan 雨桐|yutong 诗涵|shihan 可馨|kexin",
               fam="拓跋|tuoba 单于|chanyu 蔺|lin 鲍|bao 蒯|kuai 柏|bai",
               mail="qq.com 163.com 126.com sina.com"),
    "JP": dict(lang="ja", m="颯真|soma 凛太朗|rintaro 悠斗|yuto 蒼汰|sota", f="紗季|saki 結菜|yuna 彩葉|iroha 芽依|mei",
               fam="榊原|sakakibara 梶谷|kajitani 真壁|makabe 久我|kuga 柘植|tsuge",
               mail="docomo.ne.jp yahoo.co.jp gmail.com ezweb.ne.jp"),
    "KR": dict(lang="ko", m="도현|dohyeon 하람|haram 태오|taeo 시우|siu", f="서윤|seoyun 지안|jian 새론|saeron 다온|daon",
               fam="견|gyeon 옹|ong 좌|jwa 뇌|noe 범|beom",
               mail="naver.com daum.net kakao.com gmail.com"),
    "GR": dict(lang="el", m="Σπυρίδων|spyridon Χαράλαμπος|charalampos Παντελής|pantelis Ευστάθιος|efstathios Λεωνίδας|leonidas",
               f="Ευανθία|evanthia Σταυρούλα|stavroula Παναγιώτα|panagiota Χρυσούλα|chrysoula Αγλαΐα|aglaia",
               fam="Κατσαρός/Κατσαρού|katsaros Μπαλτζής/Μπαλτζή|baltzis Τσιρίγος/Τσιρίγου|tsirigos Ζαχαρίου/Ζαχαρίου|zachariou Σηφάκης/Σηφάκη|sifakis",
               mail="otenet.gr yahoo.gr gmail.com hotmail.gr"),
    "IL": dict(lang="he", m="עמיחי|amichai יהונתן|yehonatan אליעד|eliad שגיא|sagi", f="הדס|hadas מעיין|maayan רוני|roni ליאורה|liora",
               fam="ליבוביץ|leibovich אזולאי|azoulay גרינברג|greenberg שטרן|stern בוסקילה|buskila",
               mail="walla.co.il gmail.com bezeqint.net 012.net.il"),
    "TH": dict(lang="th", m="ธนภัทร|thanaphat ปิยะพงษ์|piyaphong ณัฐวุฒิ|nattawut", f="กมลชนก|kamonchanok ศิริพร|siriporn พิมพ์ชนก|pimchanok",
               fam="ศรีสวัสดิ์|srisawat วงศ์ใหญ่|wongyai บุญประเสริฐ|boonprasert จันทร์เพ็ญ|chanphen แก้วมณี|kaewmanee",
               mail="hotmail.com gmail.com yahoo.co.th outlook.co.th"),
    "VN": dict(lang="vi", m="Trí Phúc Thịnh Quyết", f="Nhàn Hằng Uyên Diệp",
               fam="Lương Khổng Tạ Đinh Vương Lã",
               mail="gmail.com yahoo.com.vn outlook.com fpt.vn"),
    "TR": dict(lang="tr", m="Oğuzhan Tayfun Serkan Volkan Kerem", f="Gülizar Nurten Şebnem Ebru Dilara",
               fam="Karaosmanoğlu Çakıroğlu Yüksekdağ Tunçbilek Eşkinat Kuyumcu",
               mail="hotmail.com gmail.com yandex.com.tr mynet.com"),
    "EG": dict(lang="ar", m="محمود|mahmoud شريف|sherif عمرو|amr هشام|hesham ياسر|yasser", f="نرمين|nermine دعاء|doaa رانيا|rania هبة|heba شيماء|shaimaa",
               fam="الشناوي|elshenawy الجمال|elgammal منصور|mansour البدري|elbadry السيوفي|elsioufy",
               mail="gmail.com yahoo.com hotmail.com outlook.com"),
    "SE": dict(lang="sv", m="Gunnar Torbjörn Leif Arvid Ragnvald", f="Ingegerd Solveig Märta Ylva Linnea",
               fam="Lindqvist Bergström Åkesson Hedlund Sjöberg Wahlgren",
               mail="telia.com gmail.com bredband.net hotmail.se"),
}
COUNTRIES = list(LOC)
VN_MIDDLE = {"m": ["Văn", "Hữu", "Gia"], "f": ["Thị", "Ngọc", "Bảo"]}
NL_PARTICLES = ["van der ", "de ", "van ", ""]

# Addresses: (street parts, towns) per country, written by hand.
STREETS = {
    "US": ["Larkspur Ln", "Cottonwood Bend Dr", "Old Tannery Rd", "Sweetgum Ct"],
    "GB": ["Gorsey Lane", "Quarry Bank Road", "Tanners Walk", "Cobblers Row"],
    "DE": ["Holunderweg", "Kastanienallee", "Am Lindenhof", "Schmiedegasse"],
    "FR": ["rue des Tanneurs", "impasse des Glycines", "chemin de la Croix-Blanche", "rue du Pressoir"],
    "ES": ["Calle del Almendro", "Avenida de los Tilos", "Calle Alfarería", "Calle Cerrajeros"],
    "IT": ["Via dei Cordai", "Vicolo del Pozzo", "Via Ghiacciaia", "Via dei Bottai"],
    "NL": ["Klaprooslaan", "Ketelmakerstraat", "Zeilmakerspad", "Hennepstraat"],
    "PL": ["ul. Kaletnicza", "ul. Złotników", "ul. Powroźnicza", "ul. Garncarska"],
    "RU": ["ул. Кузнечная", "пр-т Строителей", "ул. Рябиновая", "ул. Гончарная"],
    "BR": ["Rua das Goiabeiras", "Avenida dos Jequitibás", "Travessa do Sabiá", "Rua dos Oleiros"],
    "IN": ["अलीगंज", "कोथरूड", "मालवीय नगर", "गोमती नगर"],
    "CN": ["桑田路", "柳汀街", "槐荫巷", "望湖路"],
    "JP": ["基町", "広坂", "鍛冶町", "紺屋町"],
    "KR": ["대학로", "금남로", "팔달로", "중앙대로"],
    "GR": ["Οδός Κασσάνδρου", "Οδός Μαιζώνος", "Οδός Αγίου Δημητρίου", "Οδός Κορυτσάς"],
    "IL": ["רחוב הגפן", "רחוב הדקל", "שדרות הציונות", "רחוב התאנה"],
    "TH": ["ซอยสุขุมวิท 71", "ถนนมิตรภาพ", "ถนนห้วยแก้ว", "ถนนนิมมานเหมินท์"],
    "VN": ["phố Hào Nam", "đường Bạch Đằng", "đường Hải Phòng", "phố Chùa Láng"],
    "TR": ["Gazeteciler Sok.", "Zambak Sok.", "Kıbrıs Şehitleri Cad.", "Menekşe Sok."],
    "EG": ["شارع النخيل", "شارع البستان", "شارع الثورة", "شارع الجلاء"],
    "SE": ["Videvägen", "Kvarngatan", "Smedjegatan", "Lingonstigen"],
}
TOWNS = {
    "US": [("Laramie", "WY", "82070"), ("Tuscaloosa", "AL", "35401"), ("Pueblo", "CO", "81003"), ("Muncie", "IN", "47303")],
    "GB": [("Stockport", "SK2 6PL"), ("Ilkeston", "DE7 5RB"), ("Llandudno", "LL30 2DB"), ("Hexham", "NE46 3LS")],
    "DE": [("72072", "Tübingen"), ("06108", "Halle (Saale)"), ("24103", "Kiel"), ("94032", "Passau")],
    "FR": [("16000", "Angoulême"), ("64100", "Bayonne"), ("21000", "Dijon"), ("87000", "Limoges")],
    "ES": [("30001", "Murcia"), ("09003", "Burgos"), ("11403", "Jerez de la Frontera"), ("24003", "León")],
    "IT": [("06123", "Perugia", "PG"), ("73100", "Lecce", "LE"), ("38122", "Trento", "TN"), ("86100", "Campobasso", "CB")],
    "NL": [("7411 HR", "Deventer"), ("5611 EJ", "Eindhoven"), ("8011 PK", "Zwolle"), ("6511 LT", "Nijmegen")],
    "PL": [("50-140", "Wrocław"), ("20-002", "Lublin"), ("10-521", "Olsztyn"), ("87-100", "Toruń")],
    "RU": [("Тверь", "170100"), ("Ярославль", "150000"), ("Томск", "634050"), ("Вологда", "160000")],
    "BR": [("Curitiba", "PR", "80210-170"), ("Natal", "RN", "59020-300"), ("Londrina", "PR", "86010-190"), ("Maceió", "AL", "57035-180")],
    "IN": [("लखनऊ", "उत्तर प्रदेश", "226024"), ("पुणे", "महाराष्ट्र", "411038"), ("जयपुर", "राजस्थान", "302017"), ("भोपाल", "मध्य प्रदेश", "462016")],
    "CN": [("浙江省", "宁波市鄞州区", "315100"), ("安徽省", "合肥市蜀山区", "230031"), ("云南省", "昆明市五华区", "650031"), ("江西省", "南昌市东湖区", "330006")],
    "JP": [("広島県広島市中区", "730-0011"), ("石川県金沢市", "920-0962"), ("静岡県浜松市中区", "430-0933"), ("青森県弘前市", "036-8182")],
    "KR": [("대전광역시 유성구", "34134"), ("광주광역시 동구", "61475"), ("전북특별자치도 전주시 완산구", "54999"), ("강원특별자치도 춘천시", "24341")],
    "GR": [("546 24", "Θεσσαλονίκη"), ("262 21", "Πάτρα"), ("713 05", "Ηράκλειο"), ("453 32", "Ιωάννινα")],
    "IL": [("חיפה", "3303112"), ("באר שבע", "8410501"), ("נתניה", "4240201"), ("רחובות", "7645001")],
    "TH": [("แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพมหานคร", "10110"), ("ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"),
           ("ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่", "50200"), ("ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา", "90110")],
    "VN": [("phường Ô Chợ Dừa, quận Đống Đa, Hà Nội",), ("phường 2, quận Tân Bình, TP. Hồ Chí Minh",),
           ("phường Thạc Gián, quận Thanh Khê, Đà Nẵng",), ("phường Vĩnh Ninh, TP. Huế",)],
    "TR": [("06680", "Çankaya", "Ankara"), ("35220", "Konak", "İzmir"), ("55200", "Atakum", "Samsun"), ("42060", "Selçuklu", "Konya")],
    "EG": [("الدقي", "الجيزة", "12611"), ("سموحة", "الإسكندرية", "21615"), ("مصر الجديدة", "القاهرة", "11341"), ("حي الجامعة", "أسيوط", "71515")],
    "SE": [("972 31", "Luleå"), ("652 24", "Karlstad"), ("891 33", "Örnsköldsvik"), ("791 71", "Falun")],
}


def address(R, cc, multiline=False):
    s = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 240)
    nl = "\n" if multiline else ", "
    if cc == "US":
        u = R.choice(["", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s" % (n, s, u, nl, t[0], t[1], t[2])
    if cc == "GB":
        return "%d %s%s%s %s" % (n % 120 + 1, s, nl, t[0], t[1])
    if cc == "DE":
        return "%s %d%s%s %s" % (s, n % 90 + 1, nl, t[0], t[1])
    if cc == "FR":
        b = R.choice(["", " bis", " ter"]) if R.random() < .3 else ""
        return "%d%s %s%s%s %s" % (n % 90 + 1, b, s, nl, t[0], t[1])
    if cc == "ES":
        return "%s %d, %dº %s%s%s %s" % (s, n % 90 + 1, R.randint(1, 8), R.choice("ABCD"), nl, t[0], t[1])
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (s, n % 90 + 1, nl, t[0], t[1], t[2])
    if cc == "NL":
        return "%s %d%s%s%s %s" % (s, n % 150 + 1, R.choice(["", "-A", " bis", "-2"]), nl, t[0], t[1])
    if cc == "PL":
        return "%s %d/%d%s%s %s" % (s, n % 60 + 1, R.randint(1, 40), nl, t[0], t[1])
    if cc == "RU":
        return "%s, д. %d, кв. %d%s%s, %s" % (s, n % 80 + 1, R.randint(1, 220), nl, t[0], t[1])
    if cc == "BR":
        return "%s, %d, apto %d%s%s - %s, %s" % (s, n * 3, R.randint(11, 904), nl, t[0], t[1], t[2])
    if cc == "IN":
        return "मकान नं. %d, %s%s%s, %s %s" % (n, s, nl, t[0], t[1], t[2])
    if cc == "CN":
        return "%s%s%s%d号%d幢%d室 %s" % (t[0], t[1], s, n, R.randint(1, 12), R.randint(101, 2806), t[2])
    if cc == "JP":
        return "〒%s %s%s%d-%d-%d" % (t[1], t[0], s, R.randint(1, 6), R.randint(1, 20), R.randint(1, 30))
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s)" % (t[0], s, n, R.randint(101, 112), R.randint(101, 1804), t[1])
    if cc == "GR":
        return "%s %d%s%s %s" % (s, n % 120 + 1, nl, t[0], t[1])
    if cc == "IL":
        return "%s %d, דירה %d%s%s %s" % (s, n % 90 + 1, R.randint(1, 30), nl, t[0], t[1])
    if cc == "TH":
        return "%d/%d %s %s %s" % (n, R.randint(1, 40), s, t[0], t[1])
    if cc == "VN":
        return "Số %d %s, %s" % (n % 200 + 1, s, t[0])
    if cc == "TR":
        return "%s No: %d D: %d%s%s %s/%s" % (s, n % 90 + 1, R.randint(1, 24), nl, t[0], t[1], t[2])
    if cc == "EG":
        return "%d %s، %s، %s %s" % (n % 90 + 1, s, t[0], t[1], t[2])
    if cc == "SE":
        return "%s %d%s%s%s %s" % (s, n % 70 + 1, R.choice(["", "A", "B"]), nl, t[0], t[1])
    raise KeyError(cc)


# ====================================================================== values
import unicodedata  # noqa: E402


def split_nr(x):
    return tuple(x.split("|")) if "|" in x else (x, x)


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


class Person:
    def __init__(self, cc, gender, given, fam, rg, rf, full, words):
        self.cc, self.gender, self.given, self.fam = cc, gender, given, fam
        self.rg, self.rf, self.full, self.words = rg, rf, full, words


def person(R, cc, used):
    """A person of country cc whose name words are not in `used`."""
    d = LOC[cc]
    for _ in range(60):
        gender = R.choice("mf")
        g, rg = split_nr(R.choice(d[gender].split()))
        fx, rf = split_nr(R.choice(d["fam"].split()))
        if "/" in fx:
            fx = fx.split("/")[0 if gender == "m" else 1]
        if "/" in rf:
            rf = rf.split("/")[0 if gender == "m" else 1]
        elif cc == "RU" and gender == "f":
            rf += "a"
        words = {g, fx}
        if cc == "CN" or cc == "KR":
            full = fx + g
        elif cc == "JP":
            full = fx + " " + g
        elif cc == "VN":
            full = "%s %s %s" % (fx, R.choice(VN_MIDDLE[gender]), g)
        elif cc == "ES" and R.random() < .6:
            f2 = R.choice(d["fam"].split())
            if f2 == fx:
                continue
            words.add(f2)
            full = "%s %s %s" % (g, fx, f2)
            fx = fx + " " + f2
        elif cc == "BR" and R.random() < .4:
            f2 = R.choice(d["fam"].split())
            if f2 == fx:
                continue
            words.add(f2)
            full = "%s %s %s" % (g, f2, fx)
        elif cc == "NL":
            p = R.choice(NL_PARTICLES)
            full = "%s %s%s" % (g, p, fx)
        else:
            full = "%s %s" % (g, fx)
        if words & used:
            continue
        used |= words
        return Person(cc, gender, g, fx, rg, rf, full, words)
    raise RuntimeError("names used up")


def email_of(R, p, domain=None):
    g, f = fold(p.rg), fold(p.rf.split()[0] if p.cc != "VN" else p.rf.split()[0])
    if p.cc == "CN" and R.random() < .3 and domain is None:
        return str(R.randint(10 ** 7, 10 ** 10 - 1)) + "@qq.com"
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (f, g, R.randint(1, 99)), "%s.%s%d" % (g, f, R.randint(60, 99))])
    return local + "@" + (domain or R.choice(LOC[p.cc]["mail"].split()))


def work_email(p, domain):
    return "%s.%s@%s" % (fold(p.rg), fold(p.rf.split()[0]), domain)


# ---------------------------------------------------------------- phones
EXTRA_PLANS = {  # country code, trunk, mobile NSN
    "TR": (90, "0", lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "47", "52", "53", "54", "55"]) + digits(R, 7)),
    "GR": (30, "", lambda R: "69" + R.choice("34789") + digits(R, 7)),
    "IL": (972, "0", lambda R: "5" + R.choice("02348") + nz(R, 7)),
    "TH": (66, "0", lambda R: R.choice(["81", "82", "84", "86", "89", "61", "62", "91", "92", "95"]) + digits(R, 7)),
    "VN": (84, "0", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38", "39", "70", "77", "78", "86", "88"]) + digits(R, 7)),
    "KR": (82, "0", lambda R: "10" + R.choice("2345678") + digits(R, 7)),
    "EG": (20, "0", lambda R: "1" + R.choice("0125") + nz(R, 8)),
}


def mobile_nsn(R, cc):
    if cc in EXTRA_PLANS:
        return EXTRA_PLANS[cc][0], EXTRA_PLANS[cc][1], EXTRA_PLANS[cc][2](R)
    c, trunk, kinds = PLANS[cc]
    k = {"US": "fixed_or_mobile", "RU": "mobile"}.get(cc, "mobile")
    while True:
        n = kinds[k](R)
        if not (cc == "FR" and n.startswith("639")):  # 0639: Mayotte
            return c, trunk, n


def fmt_phone(R, cc, intl):
    c, trunk, n = mobile_nsn(R, cc)
    if cc == "US":
        a, e, l_ = n[:3], n[3:6], n[6:]
        return R.choice(["+1 %s-%s-%s" % (a, e, l_), "+1 (%s) %s-%s" % (a, e, l_)]) if intl else R.choice(["(%s) %s-%s" % (a, e, l_), "%s-%s-%s" % (a, e, l_), "%s.%s.%s" % (a, e, l_)])
    if cc == "GB":
        return "+44 %s %s" % (n[:4], n[4:]) if intl else R.choice(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
    if cc == "DE":
        return "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:])])
    if cc == "FR":
        p = [n[i:i + 2] for i in range(1, 9, 2)]
        return "+33 %s %s" % (n[0], " ".join(p)) if intl else R.choice(["0%s %s" % (n[0], " ".join(p)), "0%s.%s" % (n[0], ".".join(p))])
    if cc == "ES":
        return "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IT":
        return "+39 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:])])
    if cc == "NL":
        return "+31 %s %s" % (n[0], n[1:]) if intl else R.choice(["0%s-%s" % (n[0], n[1:]), "0%s %s %s %s" % (n[0], n[1:3], n[3:6], n[6:])])
    if cc == "PL":
        return "+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "IN":
        return "+91 %s %s" % (n[:5], n[5:]) if intl else R.choice(["0%s %s" % (n[:5], n[5:]), "%s %s" % (n[:5], n[5:])])
    if cc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if cc == "JP":
        return "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "GR":
        return "+30 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    if cc == "IL":
        return "+972-%s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if cc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "EG":
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "SE":
        return "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    raise KeyError(cc)


def PH(R, cc, intl=None, sub="mobile", abroad=None):
    """A phone label read in cc; `abroad` a country the number belongs to."""
    if abroad and abroad != cc:
        return L("phone", fmt_phone(R, abroad, True), sub=sub, region=cc, plan=abroad)
    if intl is None:
        intl = R.random() < .35
    return L("phone", fmt_phone(R, cc, intl), sub=sub, region=cc)


def msisdn(R, cc):
    c, trunk, n = mobile_nsn(R, cc)
    return "+%d%s" % (c, n)


# ---------------------------------------------------------------- dates
class D:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d


def rdate(R, y0=1938, y1=2005):
    return D(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def fmt_dob(R, cc, d):
    y, m, dd = d.y, d.m, d.d
    lang = LOC[cc]["lang"]
    named = R.random() < .3 and lang in MONTHS or (lang == "pt" and R.random() < .3)
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if named else R.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y)])
    if cc == "GB":
        return "%d %s %d" % (dd, MONTHS["en"][m - 1], y) if named else "%02d/%02d/%d" % (dd, m, y)
    if cc == "DE":
        return "%d. %s %d" % (dd, MONTHS["de"][m - 1], y) if named else "%02d.%02d.%d" % (dd, m, y)
    if cc in ("ES",):
        return "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y) if named else "%02d/%02d/%d" % (dd, m, y)
    if cc == "BR":
        return "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y) if named else "%02d/%02d/%d" % (dd, m, y)
    if cc in ("FR", "IT", "NL"):
        if named:
            return "%d %s %d" % (dd, MONTHS[lang][m - 1], y)
        return ("%02d-%02d-%d" if cc == "NL" else "%02d/%02d/%d") % (dd, m, y)
    if cc in ("PL", "RU", "TR"):
        return "%02d.%02d.%d" % (dd, m, y)
    if cc == "IN":
        return R.choice(["%02d-%02d-%d", "%02d/%02d/%d"]) % (dd, m, y)
    if cc in ("CN", "JP"):
        return R.choice(["%d年%d月%d日" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd)])
    if cc == "KR":
        return R.choice(["%d. %d. %d." % (y, m, dd), "%d년 %d월 %d일" % (y, m, dd)])
    if cc in ("GR", "EG"):
        return "%02d/%02d/%d" % (dd, m, y)
    if cc == "IL":
        return R.choice(["%02d.%02d.%d", "%02d/%02d/%d"]) % (dd, m, y)
    if cc == "TH":
        return "%02d/%02d/%d" % (dd, m, y + 543)
    if cc == "VN":
        return R.choice(["ngày %d tháng %d năm %d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)])
    if cc == "SE":
        return "%d-%02d-%02d" % (y, m, dd)
    raise KeyError(cc)


def DOB(R, cc, d):
    return L("dob", fmt_dob(R, cc, d))


# ---------------------------------------------------------------- gov ids
def pesel(d, female, R):
    mm = d.m + (20 if d.y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (d.y % 100, mm, d.d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def cn_check(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(b17, w)) % 11]


def cn_id(R, d, female):
    b = R.choice(["330212", "340104", "530102", "360102"]) + "%d%02d%02d" % (d.y, d.m, d.d) + "%02d" % R.randint(0, 99) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return b + cn_check(b)


def rrn_check(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(b12, w)) % 11) % 10)


def kr_rrn(R, d, female):
    g = (3 if d.y >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d%d%05d" % (d.y % 100, d.m, d.d, g, R.randint(0, 99999))
    return b[:6] + "-" + b[6:] + rrn_check(b)


def mynumber_check(b11):
    s = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tc_ok(s):
    d = [int(c) for c in s]
    return len(s) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def th_check(b12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b12)) % 11) % 10)


def th_id(R):
    b = R.choice("1358") + digits(R, 11)
    s = b + th_check(b)
    return "%s %s %s %s %s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def govid(R, cc, p, d, pharmacy=False):
    """(value, sub) of a national id for person p born d."""
    fem = p.gender == "f"
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        if pharmacy or R.random() < .4:
            s = nhs_random(R)
            return "%s %s %s" % (s[:3], s[3:6], s[6:]), "nhs"
        a, b, c = nino_random(R)
        return "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), "nino"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if fem else "1", yy=d.y % 100, mm=d.m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        if R.random() < .75:
            n, l_ = dni_random(R)
            return n + l_, "dni"
        a, n, l_ = nie_random(R)
        return "%s%s%s" % (a, n, l_), "nie"
    if cc == "IT":
        return cf_make(fold(p.rf.split()[0]), fold(p.rg), d.y % 100, d.m, d.d, fem, R.choice(["G478", "E506", "L378", "B519"])), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "PL":
        return pesel(d, fem, R), "pesel"
    if cc == "RU":
        return "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(100000, 999999)), "passport"
    if cc == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    if cc == "IN":
        s = aadhaar_random(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "aadhaar"
    if cc == "CN":
        return cn_id(R, d, fem), "resident_id"
    if cc == "JP":
        b = str(R.randint(1, 9)) + digits(R, 10)
        s = b + mynumber_check(b)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "my_number"
    if cc == "KR":
        return kr_rrn(R, d, fem), "rrn"
    if cc == "GR":
        b = "%02d%02d%02d%04d" % (d.d, d.m, d.y % 100, R.randint(0, 9999))
        return luhn_complete(b), "amka"
    if cc == "IL":
        return luhn_complete(str(R.randint(1, 3)) + digits(R, 7)), "teudat_zehut"
    if cc == "TH":
        return th_id(R), "thai_id"
    if cc == "VN":
        g = (2 if d.y >= 2000 else 0) + (1 if fem else 0)
        return R.choice(["001", "079", "048", "046"]) + str(g) + "%02d" % (d.y % 100) + digits(R, 6), "cccd"
    if cc == "TR":
        return tc_kimlik(R), "tc_kimlik"
    if cc == "EG":
        return "%d%02d%02d%02d%s%04d%d" % (2 if d.y < 2000 else 3, d.y % 100, d.m, d.d, R.choice(["01", "02", "21", "25"]), R.randint(1, 9999), R.randint(1, 9)), "egypt_nid"
    if cc == "SE":
        b = "%02d%02d%02d%03d" % (d.y % 100, d.m, d.d, R.randint(0, 999))
        s = luhn_complete(b)
        return "%d%s-%s" % (d.y // 100, s[:6], s[6:]), "personnummer"
    raise KeyError(cc)


def GOV(R, cc, p, d, pharmacy=False):
    v, sub = govid(R, cc, p, d, pharmacy)
    return L("gov_id", v, sub=sub, country=cc)


def gov_ok(sub, v):
    s = re.sub(r"[\s.\-]", "", v)
    if sub == "ssn":
        a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
        return len(s) == 9 and a not in (0, 666) and a < 900 and g and n
    if sub == "nhs":
        return nhs_ok(s)
    if sub == "nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None
    if sub == "steuer_id":
        return steuerid_ok(s)
    if sub == "nir":
        return nir_ok(s[:13], s[13:])
    if sub == "dni":
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "nie":
        return nie_ok(s)
    if sub == "codice_fiscale":
        return cf_check(s[:15]) == s[15]
    if sub == "bsn":
        return bsn_ok(s)
    if sub == "pesel":
        return pesel_ok(s)
    if sub == "passport":
        return len(s) == 10
    if sub == "cpf":
        return cpf_ok(s)
    if sub == "aadhaar":
        return verhoeff_ok(s)
    if sub == "resident_id":
        return cn_check(s[:17]) == s[17]
    if sub == "my_number":
        return mynumber_check(s[:11]) == s[11]
    if sub == "rrn":
        return rrn_check(s[:12]) == s[12]
    if sub in ("amka", "teudat_zehut"):
        return luhn_ok(s)
    if sub == "thai_id":
        return th_check(s[:12]) == s[12]
    if sub == "cccd":
        return len(s) == 12 and s.isdigit()
    if sub == "tc_kimlik":
        return tc_ok(s)
    if sub == "egypt_nid":
        return len(s) == 14 and s[0] in "23"
    if sub == "personnummer":
        return luhn_ok(s[2:])
    return False


# ---------------------------------------------------------------- money
IBAN_CC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "BR": "BR",
           "TR": "TR", "SE": "SE", "GR": "GR"}


def IBAN(R, cc):
    s = iban_random(R, IBAN_CC[cc])
    return L("iban", R.choice([group(s), group(s), s]), sub=IBAN_CC[cc])


CARD_BY = {"US": ["visa", "amex", "discover", "mastercard"], "RU": ["mir", "mir", "visa"], "CN": ["unionpay"],
           "JP": ["jcb", "visa"], "IN": ["rupay", "visa"], "TR": ["troy", "mastercard", "visa"]}


def CARD(R, cc):
    iss = R.choice(CARD_BY.get(cc, ["visa", "mastercard", "mastercard2"]))
    n = card_random(R, iss)
    g = split_groups(n, card_grouping(len(n)))
    return L("card", R.choice([" ".join(g), " ".join(g), "-".join(g), n]), sub=iss.rstrip("2"))


def luhn_bad(R, n, prefix=""):
    while True:
        s = prefix + digits(R, n - len(prefix))
        if not luhn_ok(s):
            return s


def imei(R):
    return luhn_complete(R.choice(["35", "86", "01", "35"]) + digits(R, 12))


def iccid(R, cc):
    c = str(mobile_nsn(R, cc)[0])
    return luhn_complete("89" + c + digits(R, 18 - 2 - len(c)))


def imsi(R):
    while True:
        s = R.choice(["234", "262", "208", "214", "222", "204", "260", "250", "724", "404", "460", "440", "450", "202", "425", "520", "452", "286", "602", "240", "310"]) + digits(R, 12)
        if not luhn_ok(s):
            return s


def pub_ip4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 80, 81, 82, 85, 86, 88, 90, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 195, 212, 213, 217, 24, 68, 71, 73, 98, 99, 101, 112, 118, 121, 175, 180, 182, 183, 202, 203, 220, 222])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def pub_ip6(R):
    pre = R.choice(["2a02:8109", "2a01:cb00", "2001:4860", "2a00:23c5", "2406:3003", "2804:14c", "2a02:a46e", "2401:4900"])
    if R.random() < .5:
        return pre + ":%x:%x::%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(4))
    return pre + ":%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(6))


def IP(R, sub, v6=None):
    if v6 is None:
        v6 = R.random() < .2
    return L("ip", pub_ip6(R) if v6 else pub_ip4(R), sub=("v6_" if v6 else "v4_") + sub)


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


# ====================================================================== language
# Requests by kind of paste: check / sum (summarise) / reply / table / why /
# strip (forward to a vendor).
REQ = {
    "en": dict(check="Can you check this before I send it on to the fraud desk? Anything missing?",
               sum="Summarise this in three bullets for the shift handover, please.",
               reply="Help me draft a calm, polite reply to the customer.",
               table="Turn this into a clean table, one row per customer.",
               why="Why is this failing? Explain it like I'm on the front line, not in engineering.",
               strip="I need to forward this to an outside vendor. What should I strip first?"),
    "de": dict(check="Kannst du das prüfen, bevor ich es an das Betrugsteam weitergebe? Fehlt etwas?",
               sum="Fass das bitte in drei Stichpunkten für die Schichtübergabe zusammen.",
               reply="Hilf mir, eine ruhige, höfliche Antwort an den Kunden zu formulieren.",
               table="Mach daraus eine saubere Tabelle, eine Zeile pro Kunde.",
               why="Warum schlägt das fehl? Erklär es so, dass ich es an der Hotline verstehe.",
               strip="Das muss an einen externen Dienstleister. Was sollte ich vorher entfernen?"),
    "fr": dict(check="Tu peux vérifier avant que je transmette à la cellule fraude ? Il manque quelque chose ?",
               sum="Résume-moi ça en trois points pour la relève de l'équipe.",
               reply="Aide-moi à rédiger une réponse calme et polie pour le client.",
               table="Mets ça dans un tableau propre, une ligne par client.",
               why="Pourquoi ça échoue ? Explique-moi simplement, je suis au service client.",
               strip="Je dois envoyer ça à un prestataire externe. Qu'est-ce que je dois retirer avant ?"),
    "es": dict(check="¿Puedes revisarlo antes de pasarlo al equipo de fraude? ¿Falta algo?",
               sum="Resúmelo en tres puntos para el relevo de turno, por favor.",
               reply="Ayúdame a redactar una respuesta tranquila y educada para el cliente.",
               table="Pásalo a una tabla limpia, una fila por cliente.",
               why="¿Por qué falla esto? Explícamelo sencillo, trabajo en atención al cliente.",
               strip="Tengo que reenviar esto a un proveedor externo. ¿Qué debería quitar antes?"),
    "it": dict(check="Puoi controllarlo prima che lo giri al team antifrode? Manca qualcosa?",
               sum="Riassumilo in tre punti per il cambio turno, per favore.",
               reply="Aiutami a scrivere una risposta calma e cortese per il cliente.",
               table="Trasformalo in una tabella pulita, una riga per cliente.",
               why="Perché non funziona? Spiegamelo semplice, lavoro al servizio clienti.",
               strip="Devo inoltrarlo a un fornitore esterno. Cosa dovrei togliere prima?"),
    "nl": dict(check="Kun je dit nakijken voordat ik het doorstuur naar het fraudeteam? Mist er iets?",
               sum="Vat dit samen in drie punten voor de dienstoverdracht.",
               reply="Help me een rustige, beleefde reactie aan de klant te schrijven.",
               table="Zet dit in een nette tabel, één regel per klant.",
               why="Waarom gaat dit mis? Leg het eenvoudig uit, ik zit op de klantenservice.",
               strip="Ik moet dit naar een externe partij sturen. Wat moet ik eerst weghalen?"),
    "pl": dict(check="Możesz to sprawdzić, zanim przekażę do działu fraudów? Czegoś brakuje?",
               sum="Streść to w trzech punktach na przekazanie zmiany.",
               reply="Pomóż mi napisać spokojną, uprzejmą odpowiedź do klienta.",
               table="Zrób z tego czytelną tabelę, jeden wiersz na klienta.",
               why="Dlaczego to nie działa? Wytłumacz prosto, pracuję na infolinii.",
               strip="Muszę to przesłać zewnętrznemu dostawcy. Co najpierw usunąć?"),
    "ru": dict(check="Проверь, пожалуйста, перед отправкой в антифрод. Чего-то не хватает?",
               sum="Сделай краткое резюме в трёх пунктах для передачи смены.",
               reply="Помоги написать спокойный и вежливый ответ абоненту.",
               table="Сведи это в аккуратную таблицу, одна строка на абонента.",
               why="Почему это не работает? Объясни просто, я на первой линии.",
               strip="Мне нужно переслать это подрядчику. Что убрать в первую очередь?"),
    "pt": dict(check="Pode conferir antes de eu mandar para a equipe de fraude? Falta alguma coisa?",
               sum="Resume isso em três tópicos para a passagem de turno.",
               reply="Me ajuda a escrever uma resposta calma e educada para o cliente.",
               table="Transforma isso numa tabela limpa, uma linha por cliente.",
               why="Por que isso está falhando? Explica simples, sou do atendimento.",
               strip="Preciso encaminhar isso para um fornecedor externo. O que devo tirar antes?"),
    "hi": dict(check="फ्रॉड टीम को भेजने से पहले इसे जाँच लो, कुछ छूटा तो नहीं?",
               sum="शिफ्ट हैंडओवर के लिए इसका तीन बिंदुओं में सार बना दो।",
               reply="ग्राहक के लिए एक शांत और विनम्र जवाब लिखने में मदद करो।",
               table="इसे एक साफ़ तालिका में बदल दो, हर ग्राहक की एक पंक्ति।",
               why="यह फेल क्यों हो रहा है? आसान भाषा में समझाओ, मैं कॉल सेंटर में हूँ।",
               strip="यह बाहरी वेंडर को भेजना है। पहले क्या हटाना चाहिए?"),
    "zh": dict(check="发给反诈团队之前帮我检查一下，有没有漏掉什么？",
               sum="帮我总结成三点，交接班用。",
               reply="帮我给客户写一封平和、礼貌的回复。",
               table="整理成一张表，每位客户一行。",
               why="这个为什么失败？用客服能听懂的话解释一下。",
               strip="这个要转给外部供应商，我应该先删掉哪些内容？"),
    "ja": dict(check="不正対策チームに回す前に確認してもらえますか？抜けはありますか？",
               sum="シフト引き継ぎ用に三点で要約してください。",
               reply="お客様への落ち着いた丁寧な返信を作ってください。",
               table="お客様ごとに一行の表にまとめてください。",
               why="なぜ失敗しているのですか？窓口担当にも分かるように説明してください。",
               strip="外部の委託先に転送する必要があります。先に何を消すべきですか？"),
    "ko": dict(check="부정사용 대응팀에 넘기기 전에 확인해 줄래? 빠진 거 있어?",
               sum="교대 인수인계용으로 세 줄 요약해 줘.",
               reply="고객에게 보낼 차분하고 정중한 답변을 써 줘.",
               table="고객별로 한 줄씩 표로 정리해 줘.",
               why="이게 왜 실패하는지 상담원 눈높이로 설명해 줘.",
               strip="외부 업체에 전달해야 해. 먼저 뭘 지워야 할까?"),
    "el": dict(check="Μπορείς να το ελέγξεις πριν το στείλω στην ομάδα απάτης; Λείπει κάτι;",
               sum="Σύνοψη σε τρία σημεία για την αλλαγή βάρδιας, παρακαλώ.",
               reply="Βοήθησέ με να γράψω μια ήρεμη, ευγενική απάντηση στον πελάτη.",
               table="Κάν' το έναν καθαρό πίνακα, μία γραμμή ανά πελάτη.",
               why="Γιατί αποτυγχάνει αυτό; Εξήγησέ το απλά, είμαι στην εξυπηρέτηση.",
               strip="Πρέπει να το προωθήσω σε εξωτερικό συνεργάτη. Τι να αφαιρέσω πρώτα;"),
    "he": dict(check="תבדוק לפני שאני מעביר לצוות ההונאות? חסר משהו?",
               sum="תסכם את זה בשלוש נקודות להעברת משמרת.",
               reply="תעזור לי לנסח תשובה רגועה ומנומסת ללקוח.",
               table="תסדר את זה בטבלה נקייה, שורה לכל לקוח.",
               why="למה זה נכשל? תסביר בפשטות, אני במוקד שירות.",
               strip="אני צריך להעביר את זה לספק חיצוני. מה למחוק קודם?"),
    "th": dict(check="ช่วยตรวจก่อนส่งให้ทีมป้องกันการทุจริตหน่อย ขาดอะไรไหม",
               sum="ช่วยสรุปเป็นสามข้อสำหรับส่งต่อกะ",
               reply="ช่วยร่างคำตอบที่สุภาพและใจเย็นถึงลูกค้าหน่อย",
               table="ช่วยจัดเป็นตาราง ลูกค้าหนึ่งคนต่อหนึ่งแถว",
               why="ทำไมอันนี้ถึงล้มเหลว อธิบายแบบง่ายๆ ฉันอยู่ฝ่ายบริการลูกค้า",
               strip="ต้องส่งต่อให้ผู้ให้บริการภายนอก ควรลบอะไรออกก่อน"),
    "vi": dict(check="Bạn kiểm tra giúp trước khi mình chuyển cho tổ chống gian lận nhé, có thiếu gì không?",
               sum="Tóm tắt giúp mình thành ba ý để bàn giao ca.",
               reply="Giúp mình soạn câu trả lời nhã nhặn, bình tĩnh cho khách.",
               table="Chuyển thành bảng gọn gàng, mỗi khách một dòng.",
               why="Sao cái này bị lỗi? Giải thích dễ hiểu giúp mình, mình làm tổng đài.",
               strip="Mình phải gửi cái này cho đối tác bên ngoài. Nên xoá gì trước?"),
    "tr": dict(check="Dolandırıcılık ekibine göndermeden önce kontrol eder misin? Eksik bir şey var mı?",
               sum="Vardiya devri için bunu üç maddede özetle.",
               reply="Müşteriye sakin ve kibar bir yanıt yazmama yardım et.",
               table="Bunu düzgün bir tabloya çevir, her müşteri bir satır.",
               why="Bu neden başarısız oluyor? Çağrı merkezinde çalışıyorum, basitçe anlat.",
               strip="Bunu dış tedarikçiye iletmem gerekiyor. Önce neyi silmeliyim?"),
    "ar": dict(check="ممكن تراجع هذا قبل ما أرسله لفريق مكافحة الاحتيال؟ هل ينقصه شيء؟",
               sum="لخّص هذا في ثلاث نقاط لتسليم الوردية.",
               reply="ساعدني في كتابة رد هادئ ومهذب للعميل.",
               table="حوّل هذا إلى جدول مرتب، صف لكل عميل.",
               why="لماذا يفشل هذا؟ اشرح ببساطة، أنا في خدمة العملاء.",
               strip="لازم أحوّل هذا لمورد خارجي. ماذا أحذف أولاً؟"),
    "sv": dict(check="Kan du kolla det här innan jag skickar det till bedrägeriteamet? Saknas något?",
               sum="Sammanfatta i tre punkter till skiftöverlämningen.",
               reply="Hjälp mig skriva ett lugnt och artigt svar till kunden.",
               table="Gör om det till en ren tabell, en rad per kund.",
               why="Varför misslyckas det här? Förklara enkelt, jag jobbar i kundtjänst.",
               strip="Jag måste skicka det här till en extern leverantör. Vad ska jag ta bort först?"),
}

# The customer's own words, by situation.
SAYS = {
    "en": dict(sim="I never asked for a new SIM, my phone just went dead in the middle of the day.", med="My repeat prescription still hasn't arrived and I'm down to two tablets.", bill="You've taken the payment twice this month and nobody calls me back."),
    "de": dict(sim="Ich habe nie eine neue SIM bestellt, mein Handy hatte plötzlich kein Netz mehr.", med="Mein Folgerezept ist immer noch nicht da, ich habe nur noch zwei Tabletten.", bill="Sie haben diesen Monat zweimal abgebucht und niemand ruft zurück."),
    "fr": dict(sim="Je n'ai jamais demandé de nouvelle carte SIM, mon téléphone a perdu le réseau d'un coup.", med="Mon renouvellement d'ordonnance n'est toujours pas arrivé, il me reste deux comprimés.", bill="Vous avez prélevé deux fois ce mois-ci et personne ne me rappelle."),
    "es": dict(sim="Yo nunca pedí una SIM nueva, el móvil se quedó sin línea de repente.", med="Mi receta de repetición no ha llegado y me quedan dos pastillas.", bill="Me han cobrado dos veces este mes y nadie me devuelve la llamada."),
    "it": dict(sim="Non ho mai chiesto una nuova SIM, il telefono è rimasto senza linea all'improvviso.", med="La ricetta ripetibile non è ancora arrivata e mi restano due compresse.", bill="Mi avete addebitato due volte questo mese e nessuno mi richiama."),
    "nl": dict(sim="Ik heb nooit een nieuwe simkaart aangevraagd, mijn telefoon had ineens geen bereik meer.", med="Mijn herhaalrecept is nog steeds niet binnen en ik heb nog twee tabletten.", bill="Jullie hebben deze maand twee keer afgeschreven en niemand belt terug."),
    "pl": dict(sim="Nigdy nie zamawiałem nowej karty SIM, telefon nagle stracił zasięg.", med="Recepta na kontynuację wciąż nie dotarła, zostały mi dwie tabletki.", bill="W tym miesiącu pobraliście opłatę dwa razy i nikt nie oddzwania."),
    "ru": dict(sim="Я не заказывал новую сим-карту, телефон просто вдруг потерял сеть.", med="Повторный рецепт так и не пришёл, осталось две таблетки.", bill="В этом месяце списали дважды, и никто не перезванивает."),
    "pt": dict(sim="Eu nunca pedi chip novo, o celular ficou sem sinal do nada.", med="A receita de uso contínuo ainda não chegou e só tenho dois comprimidos.", bill="Vocês cobraram duas vezes este mês e ninguém me retorna."),
    "hi": dict(sim="मैंने कभी नई सिम नहीं माँगी, फ़ोन अचानक नेटवर्क से बाहर हो गया।", med="मेरी दोबारा वाली दवा अब तक नहीं आई, सिर्फ़ दो गोलियाँ बची हैं।", bill="इस महीने दो बार पैसे कट गए और कोई वापस कॉल नहीं करता।"),
    "zh": dict(sim="我从没申请过补卡，手机突然就没信号了。", med="我的续方药还没到，只剩两片了。", bill="这个月扣了两次费，也没人回电话。"),
    "ja": dict(sim="新しいSIMなんて頼んでいません。急に圏外になりました。", med="リフィル処方の薬がまだ届かず、残りは二錠です。", bill="今月二回引き落とされていて、折り返しもありません。"),
    "ko": dict(sim="유심 재발급을 신청한 적이 없는데 갑자기 휴대폰이 먹통이 됐어요.", med="반복 처방 약이 아직 안 왔고 두 알 남았어요.", bill="이번 달에 두 번 결제됐는데 아무도 연락을 안 줘요."),
    "el": dict(sim="Δεν ζήτησα ποτέ νέα κάρτα SIM, το κινητό έμεινε ξαφνικά χωρίς σήμα.", med="Η επαναλαμβανόμενη συνταγή δεν έχει έρθει και μου έμειναν δύο χάπια.", bill="Με χρεώσατε δύο φορές αυτόν τον μήνα και κανείς δεν με παίρνει πίσω."),
    "he": dict(sim="לא ביקשתי סים חדש, הטלפון פשוט נשאר בלי קליטה באמצע היום.", med="המרשם החוזר עדיין לא הגיע ונשארו לי שני כדורים.", bill="חייבתם אותי פעמיים החודש ואף אחד לא חוזר אליי."),
    "th": dict(sim="ฉันไม่เคยขอซิมใหม่ จู่ๆ โทรศัพท์ก็ไม่มีสัญญาณ", med="ยาตามใบสั่งแพทย์ซ้ำยังไม่มาถึง เหลือแค่สองเม็ด", bill="เดือนนี้ตัดเงินสองครั้งแล้วไม่มีใครโทรกลับ"),
    "vi": dict(sim="Tôi chưa bao giờ yêu cầu đổi SIM, tự nhiên điện thoại mất sóng.", med="Thuốc theo đơn lặp lại vẫn chưa tới, tôi chỉ còn hai viên.", bill="Tháng này bị trừ tiền hai lần mà không ai gọi lại."),
    "tr": dict(sim="Hiç yeni SIM kart istemedim, telefon birden çekmemeye başladı.", med="Tekrarlı reçetem hâlâ gelmedi, iki tabletim kaldı.", bill="Bu ay iki kez çektiniz ve kimse geri dönmüyor."),
    "ar": dict(sim="أنا ما طلبت شريحة جديدة، التليفون فجأة فقد الشبكة.", med="الروشتة المتكررة لسه ما وصلتش وفاضل معايا قرصين.", bill="اتخصم مني مرتين الشهر ده ومحدش بيرد عليا."),
    "sv": dict(sim="Jag har aldrig beställt något nytt SIM-kort, mobilen tappade plötsligt täckningen.", med="Mitt förnyade recept har fortfarande inte kommit och jag har två tabletter kvar.", bill="Ni har dragit betalningen två gånger den här månaden och ingen ringer tillbaka."),
}


def fill(tpl, **kw):
    """Splits tpl on {slot} and puts the values (strings, L, N) between."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
        out.append(kw[piece] if i % 2 else piece)
    return out


def wrap(R, lang, kind, body):
    """The request line before or after the paste, in one of four layouts."""
    req = REQ[lang][kind]
    s = R.randint(0, 5)
    if s == 0:
        return [req, "\n\n", body]
    if s == 1:
        return [req, '\n"""\n', body, '\n"""']
    if s == 2:
        return [body, "\n---\n", req]
    if s == 3:
        return [req, "\n```\n", body, "\n```"]
    if s == 4:
        return ['"""\n', body, '\n"""\n', req]
    return [body, "\n\n", req]


# ====================================================================== organisations (fictional)
OPERATOR = "Quillwave Mobile"
OP_DOM = "quillwave-mobile.com"
FIBRE = "Fernlight Fibre"
FIBRE_DOM = "fernlightfibre.net"
PHARMA = "Marigold Apothecary"
PHARMA_DOM = "marigold-apothecary.com"
ONLINE_RX = "PillPost Direct"
ONLINE_DOM = "pillpost-direct.eu"
COLLECT = "Keystrand Collections"
COLLECT_DOM = "keystrand-collections.com"
FIELD = "Cablewright Field Services"
FIELD_DOM = "cablewright-field.com"
ORG_ADDR = [N("Quillwave Mobile, Customer Relations, PO Box 7731, Swindon SN99 4QW", "org_address"),
            N("Marigold Apothecary Ltd, Unit 3 Heronsgate Trade Park, Basingstoke RG24 8ZZ", "org_address"),
            N("PillPost Direct B.V., Postbus 4410, 3006 AK Rotterdam", "org_address"),
            N("Keystrand Collections, Suite 12, Meridian House, Reading RG1 9XX", "org_address")]
ROLE = ["fraud", "porting", "noc", "billing", "collections", "dispatch", "support", "complaints", "pharmacy", "rx-transfers",
        "noreply", "dpo", "escalations", "ivr-admin", "care", "returns"]
HELPLINES = ["150", "*100#", "*#06#", "191", "2020", "0800 800 150 (free from any network)", "short code 85075", "202 (voicemail)", "*121#"]
DRUGS = ["Atorvastatin 20 mg", "Metformin 500 mg MR", "Levothyroxine 50 µg", "Amlodipine 5 mg", "Salbutamol 100 µg inhaler",
         "Sertraline 50 mg", "Ramipril 2.5 mg", "Omeprazole 20 mg gastro-resistant", "Lansoprazole 15 mg", "Bisoprolol 1.25 mg",
         "Apixaban 5 mg", "Hypericum (St John's wort) 300 mg", "Dapagliflozin 10 mg", "Mesalazine 800 mg"]
PEOPLE_PHARMACIES = ["Paracelsus-Apotheke", "Pharmacie Pasteur", "Farmacia Fleming", "Hahnemann-Apotheke", "Apteka pod Kopernikiem"]


# ====================================================================== look-alikes
def case_no(R):
    return N(R.choice(["FRD-%d-%05d", "SWP%d%05d", "PORT/%d/%05d"]) % (R.choice([2025, 2026]), R.randint(1, 99999)), "case_number")


def ticket_no(R):
    return N(R.choice(["INC%07d", "TCK-%06d", "CS%08d", "#%06d"]) % R.randint(1, 9999999 if R.random() < .5 else 999999), "ticket_number")


def account_no(R):
    return N(R.choice(["%d-%04d-%03d", "ACC %d%04d%03d", "%d.%04d.%03d"]) % (R.randint(10, 99), R.randint(0, 9999), R.randint(0, 999)), "account_number")


def order_no(R):
    return N(R.choice(["ORD-%08d" % R.randint(0, 99999999), "PP-%s-%04d" % (rnd(R, string.ascii_uppercase, 3), R.randint(0, 9999)),
                       "RX%s" % luhn_bad(R, 13)]), "order_number")


def tracking_no(R):
    return N(R.choice(["JJD%s" % luhn_bad(R, 16), "1Z%s%s" % (rnd(R, string.ascii_uppercase, 6), digits(R, 10)),
                       "RR%sGB" % digits(R, 9), "CX%sDE" % digits(R, 9)]), "tracking_number")


def tariff(R):
    return N(R.choice(["QW-UNL-5G-30", "FF-900-FTTP", "QW-SIMO-24M-40GB", "FF-500-HFC", "QW-ROAM-EU+", "QW-FAM-4L", "FF-BIZ-1G-STATIC"]), "tariff_code")


def sku(R):
    return N(R.choice(["SKU-%s-%03d", "CPE-%s-%03d", "HGW-%s-%03d"]) % (rnd(R, string.ascii_uppercase, 2), R.randint(1, 999)), "product_code")


CUR = {"US": "USD", "GB": "GBP", "PL": "PLN", "RU": "RUB", "BR": "R$", "IN": "INR", "CN": "CNY", "JP": "JPY", "KR": "KRW",
       "IL": "ILS", "TH": "THB", "VN": "VND", "TR": "TRY", "EG": "EGP", "SE": "SEK"}
CUR_CC = ["GB"]


def amount(R, cur=None):
    cur = cur or CUR.get(CUR_CC[0], "EUR")
    if cur in ("JPY", "KRW", "VND"):
        return N("%s %s" % (cur, format(R.randint(3, 900) * 1000, ",")), "amount")
    return N(R.choice(["%s %d.%02d", "%s %d,%02d"]) % (cur, R.randint(5, 900), R.randint(0, 99)), "amount")


def pzn(R):
    b = digits(R, 7)
    c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
    if c == 10:
        b = "1" + b[1:]
        c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c == 10:
            return N("PZN-0" + b[:6], "pzn")
    return N("PZN-%s%d" % (b, c), "pzn")


def ndc(R):
    return N("NDC %s-%s-%s" % (digits(R, 5), digits(R, 4), digits(R, 2)), "ndc")


def batch(R):
    return N("Lot %s%s" % (rnd(R, string.ascii_uppercase, 2), digits(R, 5)), "batch_number")


def rx_no(R):
    return N("Rx#%s" % digits(R, 7), "rx_number")


def mac(R):
    return N(":".join("%02X" % R.randint(0, 255) for _ in range(6)), "mac_address")


def serial(R):
    return N("SN %s%s" % (rnd(R, string.ascii_uppercase, 4), digits(R, 8)), "serial_number")


def date_not_dob(R):
    return N("%02d.%02d.2026" % (R.randint(1, 28), R.randint(1, 12)), "date")


def helpline(R):
    return N(R.choice(HELPLINES), "short_code")


def role(R, dom):
    return N("%s@%s" % (R.choice(ROLE), dom), "role_mailbox")


def drug(R):
    return N(R.choice(DRUGS), "drug")


def masked_card(R):
    return N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "ending %04d", "•••• %04d"]) % R.randint(0, 9999), "masked_card")


def porting_code(R, cc):
    """(label text before, L) of the code that moves a number to another SIM."""
    if cc == "GB":
        return "PAC code: ", L("secret", rnd(R, string.ascii_uppercase, 3) + digits(R, 6), sub="porting_code")
    if cc == "FR":
        return "Code RIO : ", L("secret", "0%d%s%s%s" % (R.randint(1, 9), R.choice("PE"), rnd(R, string.ascii_uppercase + string.digits, 6), rnd(R, string.ascii_uppercase + string.digits, 3)), sub="porting_code")
    if cc == "JP":
        return "MNP予約番号: ", L("secret", R.choice("1234") + digits(R, 9), sub="porting_code")
    if cc == "US":
        return "Number Transfer PIN: ", L("secret", digits(R, 6), sub="port_pin")
    if cc == "DE":
        return "Kundenkennwort: ", L("secret", secret_random(R, "password"), sub="password")
    return "Port-out PIN: ", L("secret", digits(R, R.choice([4, 6, 8])), sub="port_pin")


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(count, clean=False, locales=None):
    def deco(f):
        TEMPLATES.append((f, count, clean, locales or COUNTRIES))
        return f
    return deco


def staff(R, cc, used, dom):
    p = person(R, cc, used)
    if R.random() < .5:
        return p, L("person", p.full, sub="staff"), role(R, dom)
    return p, L("person", p.full, sub="staff"), L("email", work_email(p, dom), sub="work")


def abroad(R, cc):
    return R.choice([c for c in COUNTRIES if c != cc])


def given_label(p):
    return L("person", p.given, sub="staff")


ID_WORD = {"ssn": "SSN", "nhs": "NHS no.", "nino": "NI number", "steuer_id": "Steuer-ID", "nir": "n° de sécurité sociale",
           "dni": "DNI", "nie": "NIE", "codice_fiscale": "codice fiscale", "bsn": "BSN", "pesel": "PESEL", "passport": "паспорт",
           "cpf": "CPF", "aadhaar": "Aadhaar", "resident_id": "居民身份证", "my_number": "マイナンバー", "rrn": "주민등록번호",
           "amka": "ΑΜΚΑ", "teudat_zehut": "ת.ז.", "thai_id": "เลขประจำตัวประชาชน", "cccd": "CCCD", "tc_kimlik": "T.C. Kimlik No",
           "egypt_nid": "الرقم القومي", "personnummer": "personnummer"}


@tpl(52)
def t_simswap(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, OP_DOM)
    d = rdate(R)
    g = GOV(R, cc, p, d)
    pre, code = porting_code(R, cc)
    ch = R.choice(["retail store", "web self-service", "inbound call", "dealer portal"])
    body = ["SIM SWAP / PORT-OUT REVIEW  ", case_no(R), "\n",
            "Channel: %s   Queue: " % ch, N(R.choice(["FRAUD-L2", "PORT-HOLD", "SWAP-REVIEW"]), "queue"), "\n",
            "Account holder: ", L("person", p.full), "\n",
            "DOB on file: ", DOB(R, cc, d), "\n",
            "ID presented: %s " % ID_WORD[g.meta["sub"]], g, "\n",
            "MSISDN affected: ", PH(R, cc), "\n",
            pre, code, "  (used at ", N("%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "time"), ")\n",
            "Request IP: ", IP(R, "request"), "\n"]
    if R.random() < .7:
        body += ["Contact e-mail: ", L("email", email_of(R, p)), "\n"]
    if R.random() < .6:
        body += ["Billing address: ", L("address", address(R, cc)), "\n"]
    body += ["New ICCID: ", N(iccid(R, cc), "iccid"), "   IMEI: ", N(imei(R), "imei"), "\n",
             "IMSI: ", N(imsi(R), "imsi"), "   Account: ", account_no(R), "\n",
             'Customer said: "%s"\n' % SAYS[LOC[cc]["lang"]]["sim"],
             "Reviewed by ", agl, " <", age, ">. Port blocked, PIN reset, ticket ", ticket_no(R), "."]
    return "case", LOC[cc]["lang"], wrap(R, LOC[cc]["lang"], R.choice(["check", "sum", "strip"]), body)


@tpl(50)
def t_aftercall(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, R.choice([OP_DOM, FIBRE_DOM]))
    d = rdate(R)
    lang = LOC[cc]["lang"]
    if lang == "en":
        body = ["[00:00:04] Agent (", given_label(ag), "): Thanks for calling ", OPERATOR, ", can I take your full name and date of birth?\n",
                "[00:00:11] Caller: Yeah, it's ", L("person", p.full), ", ", DOB(R, cc, d), ".\n",
                "[00:00:19] Agent: And the number on the account?\n",
                "[00:00:23] Caller: ", PH(R, cc, intl=False), ". ", SAYS[lang]["bill"], "\n",
                "[00:01:02] Agent: I can see two charges of ", amount(R, "GBP" if cc == "GB" else "USD"), " on ", tariff(R), ". What's the best e-mail for the refund confirmation?\n",
                "[00:01:09] Caller: ", L("email", email_of(R, p)), "\n"]
        if R.random() < .6:
            body += ["[00:01:30] Caller: Just put it back on the card, it's ", CARD(R, cc), ".\n"]
        body += ["[00:02:14] Agent: Done. Your reference is ", ticket_no(R), ". Anything else?\n",
                 "[00:02:17] Caller: Send the letter to ", L("address", address(R, cc)), ", not the old flat."]
        return "transcript", lang, wrap(R, lang, R.choice(["sum", "reply", "strip"]), body)
    body = ["AFTER-CALL NOTE  ", ticket_no(R), "  agent: ", agl, " (", age, ")\n",
            "Caller verified: ", L("person", p.full), " / DOB ", DOB(R, cc, d), " / mobile ", PH(R, cc), "\n",
            "Reason: double direct debit on ", tariff(R), ", ", amount(R), " x2\n",
            'Caller (verbatim): "', SAYS[lang]["bill"], '"\n']
    if R.random() < .55:
        g = GOV(R, cc, p, d)
        body += ["ID checked: %s " % ID_WORD[g.meta["sub"]], g, "\n"]
    if cc in IBAN_CC:
        body += ["Refund to account holder's IBAN ", IBAN(R, cc), "\n"]
    else:
        body += ["Refund to card ", CARD(R, cc), "\n"]
    body += ["Confirmation by e-mail to ", L("email", email_of(R, p)), "\n",
             "Postal copy: ", L("address", address(R, cc)), "\n",
             "Account ", account_no(R), "; callback promised within 48h via ", helpline(R), "."]
    return "notes", lang, wrap(R, lang, R.choice(["sum", "reply", "check"]), body)


LETTER = {
    "en": ("Dear {n},\n\nYour account {acc} with {org} is in arrears by {amt}. We have been instructed to recover this balance on their behalf.\n"
           "Our records show your date of birth as {dob} and your last known number as {ph}. If you have moved, please tell us; we have your address as:\n{addr}\n\n"
           "To avoid further action, call us or reply to {em}. If you set up a payment plan we will collect it by direct debit from {iban}.\n\nYours sincerely,\n{ag}\nRecoveries Officer, {coll}"),
    "de": ("Sehr geehrte/r {n},\n\nIhr Kundenkonto {acc} bei {org} weist einen Rückstand von {amt} auf. Wir sind mit dem Einzug beauftragt.\n"
           "Laut unseren Unterlagen lautet Ihr Geburtsdatum {dob}, Ihre letzte bekannte Rufnummer {ph}. Uns liegt folgende Anschrift vor:\n{addr}\n\n"
           "Bitte melden Sie sich oder antworten Sie an {em}. Eine Ratenzahlung buchen wir per Lastschrift von {iban} ab.\n\nMit freundlichen Grüßen\n{ag}\nForderungsmanagement, {coll}"),
    "fr": ("Madame, Monsieur {n},\n\nVotre compte {acc} chez {org} présente un impayé de {amt}. Nous sommes mandatés pour son recouvrement.\n"
           "Selon nos fichiers, vous êtes né(e) le {dob} et votre dernier numéro connu est le {ph}. Adresse enregistrée :\n{addr}\n\n"
           "Merci de nous contacter ou d'écrire à {em}. Un échéancier sera prélevé sur le compte {iban}.\n\nCordialement,\n{ag}\nService recouvrement, {coll}"),
    "es": ("Estimado/a {n}:\n\nSu cuenta {acc} con {org} tiene una deuda pendiente de {amt}. Hemos recibido el encargo de gestionar su cobro.\n"
           "Según nuestros datos, su fecha de nacimiento es el {dob} y su último teléfono conocido el {ph}. Dirección registrada:\n{addr}\n\n"
           "Llámenos o escriba a {em}. Si acuerda un plan de pagos, lo cargaremos en la cuenta {iban}.\n\nAtentamente,\n{ag}\nDepartamento de recobro, {coll}"),
    "it": ("Gentile {n},\n\nil Suo conto {acc} presso {org} risulta insoluto per {amt}. Siamo stati incaricati del recupero.\n"
           "Dai nostri archivi risulta nato/a il {dob}, ultimo numero noto {ph}. Indirizzo in archivio:\n{addr}\n\n"
           "La preghiamo di contattarci o di scrivere a {em}. Un eventuale piano di rientro sarà addebitato sul conto {iban}.\n\nCordiali saluti,\n{ag}\nUfficio recupero crediti, {coll}"),
    "nl": ("Geachte {n},\n\nUw klantnummer {acc} bij {org} heeft een achterstand van {amt}. Wij zijn belast met de incasso.\n"
           "Volgens onze gegevens is uw geboortedatum {dob} en uw laatst bekende nummer {ph}. Bij ons bekend adres:\n{addr}\n\n"
           "Neem contact op of mail naar {em}. Een betalingsregeling schrijven wij af van {iban}.\n\nMet vriendelijke groet,\n{ag}\nAfdeling incasso, {coll}"),
    "pt": ("Prezado(a) {n},\n\nsua conta {acc} com a {org} está em atraso no valor de {amt}. Fomos contratados para a cobrança.\n"
           "Em nosso cadastro, sua data de nascimento é {dob} e o último telefone conhecido {ph}. Endereço cadastrado:\n{addr}\n\n"
           "Entre em contato ou responda para {em}. Um parcelamento será debitado na conta {iban}.\n\nAtenciosamente,\n{ag}\nSetor de cobrança, {coll}"),
}


@tpl(50, locales=["GB", "US", "DE", "FR", "ES", "IT", "NL", "BR"])
def t_collection(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, COLLECT_DOM)
    d = rdate(R)
    lang = LOC[cc]["lang"]
    ib = IBAN(R, cc) if cc in IBAN_CC else N("your nominated bank account", "placeholder")
    body = fill(LETTER[lang], n=L("person", p.full), acc=account_no(R), org=R.choice([OPERATOR, FIBRE]), amt=amount(R, {"US": "USD", "GB": "GBP", "BR": "BRL"}.get(cc, "EUR")),
                dob=DOB(R, cc, d), ph=PH(R, cc), addr=L("address", address(R, cc, multiline=True)), em=L("email", email_of(R, p)), iban=ib,
                ag=agl, coll=COLLECT)
    body += ["\n", age, " | ref ", case_no(R)]
    return "letter", lang, wrap(R, lang, R.choice(["check", "reply", "strip"]), body)


ACCESS = ["key safe by the side gate, code {c}", "gate code {c}#, then ring flat bell", "concierge desk; door code {c}",
          "alarm panel in hallway, disarm code {c}"]


@tpl(50)
def t_dispatch(R, cc, used):
    p = person(R, cc, used)
    eng = person(R, cc, used)
    disp, dl, de = staff(R, cc, used, FIELD_DOM)
    lang = LOC[cc]["lang"]
    acc = R.choice(ACCESS)
    c = L("secret", digits(R, R.choice([4, 5, 6])), sub="access_code")
    body = ["JOB ", N("FF-WO-%07d" % R.randint(0, 9999999), "work_order"), "  ", tariff(R), "  slot ", date_not_dob(R), " 08:00-12:00\n",
            "Customer: ", L("person", p.full), "   Mobile: ", PH(R, cc), "\n",
            "Install address: ", L("address", address(R, cc)), "\n",
            "Access: "] + fill(acc, c=c) + ["\n"]
    if R.random() < .4:
        q = person(R, cc, used)
        body += ["Alt contact: ", L("person", q.full), " ", PH(R, cc, abroad=abroad(R, cc) if R.random() < .3 else None), "\n"]
    body += ["Static WAN IP to provision: ", IP(R, "wan", v6=False), "   LAN: ", N(lan_ip(R), "private_ip"), "\n",
             "CPE ", sku(R), " ", serial(R), " MAC ", mac(R), "\n",
             "Engineer: ", L("person", eng.full), " (", R.choice(["van 14", "team North", "subcontract"]), ")\n",
             "Booked by ", dl, " ", de, "\n",
             "Notes: customer e-mail for the ETA link ", L("email", email_of(R, p)), "; escalations via ", role(R, FIELD_DOM)]
    return "notes", lang, wrap(R, lang, R.choice(["check", "sum", "table"]), body)


@tpl(50)
def t_radius(R, cc, used):
    noc = person(R, cc, used)
    lang = LOC[cc]["lang"]
    lines = ["# /etc/freeradius/3.0/clients.conf (excerpt)\nclient bng-", N("%s-%02d" % (cc.lower(), R.randint(1, 40)), "hostname"),
             " {\n    ipaddr = ", N(lan_ip(R), "private_ip"), "\n    secret = ", L("secret", rnd(R, ALNUM, R.choice([16, 20, 24])), sub="radius_secret"), "\n}\n\n# radacct detail\n"]
    for _ in range(R.randint(3, 4)):
        ts = N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp")
        who = R.random()
        lines += [ts, " Acct-Status-Type=", R.choice(["Start", "Interim-Update", "Stop"]), " "]
        if who < .6:
            lines += ["Calling-Station-Id=\"", L("phone", msisdn(R, cc), sub="msisdn", region=cc), "\" "]
        else:
            u = person(R, cc, used)
            lines += ["User-Name=\"", L("email", email_of(R, u)), "\" "]
        if R.random() < .7:
            lines += ["Framed-IP-Address=", IP(R, "framed", v6=False)]
        else:
            lines += ["Framed-IP-Address=", N(lan_ip(R), "cgnat_ip")]
        lines += [" NAS-IP-Address=", N(lan_ip(R), "private_ip"), " 3GPP-IMSI=", N(imsi(R), "imsi"), "\n"]
    lines += ["# flagged by ", L("person", noc.full), " (NOC), ", L("email", work_email(noc, OP_DOM), sub="work")]
    return "log", lang, wrap(R, lang, R.choice(["why", "sum", "strip"]), lines)


SURGERY = {"GB": "Wheatsheaf Lane Surgery", "US": "Prairie Bluff Family Medicine", "DE": "Hausarztpraxis am Mühlgraben", "FR": "Maison de santé des Tilleuls",
           "ES": "Centro de Salud Las Moreras", "IT": "Studio medico Piazzetta del Grano", "NL": "Huisartsenpraktijk De Vlasakker",
           "PL": "Przychodnia Pod Jesionami", "RU": "Поликлиника № 7", "BR": "UBS Vila Cerejeira", "IN": "आरोग्य क्लिनिक",
           "CN": "社区卫生服务中心", "JP": "さくら内科クリニック", "KR": "새봄내과의원", "GR": "Κέντρο Υγείας Λαγκαδά", "IL": "מרפאת קופת חולים הגליל",
           "TH": "คลินิกเวชกรรมบ้านสวน", "VN": "Phòng khám Đa khoa An Khang", "TR": "Aile Sağlığı Merkezi No. 12", "EG": "عيادة النور",
           "SE": "Vårdcentralen Tallbacken"}


@tpl(50)
def t_rxtransfer(R, cc, used):
    p = person(R, cc, used)
    gp = person(R, cc, used)
    clerk, cl, ce = staff(R, cc, used, PHARMA_DOM)
    d = rdate(R, 1935, 2004)
    lang = LOC[cc]["lang"]
    body = ["PRESCRIPTION TRANSFER REQUEST  ", rx_no(R), "\n",
            "Patient: ", L("person", p.full), "\n", "Date of birth: ", DOB(R, cc, d), "\n"]
    if R.random() < .75:
        g = GOV(R, cc, p, d, pharmacy=True)
        body += ["%s: " % ID_WORD[g.meta["sub"]], g, "\n"]
    body += ["Address: ", L("address", address(R, cc)), "\n", "Phone: ", PH(R, cc), "\n"]
    if R.random() < .6:
        body += ["E-mail: ", L("email", email_of(R, p)), "\n"]
    body += ["Prescriber: Dr ", L("person", gp.full), ", ", N(SURGERY[cc], "gp_practice"), "\n",
             "Transfer from: ", N(R.choice(PEOPLE_PHARMACIES), "pharmacy_named_after_person"), " to ", PHARMA, " #", N("%04d" % R.randint(1, 9999), "branch_number"), "\n",
             "Items:\n  1. ", drug(R), " ", pzn(R), " — 28 tab, 1 OD\n  2. ", drug(R), " ", ndc(R), " — ", batch(R), "\n",
             "Remaining repeats: ", N(str(R.randint(1, 5)), "count"), "\n",
             'Patient says: "', SAYS[lang]["med"], '"\n',
             "Clerk: ", cl, " | ", ce, " | pharmacist line ", helpline(R)]
    return "form", lang, wrap(R, lang, R.choice(["check", "table", "strip"]), body)


@tpl(50)
def t_delivery(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, ONLINE_DOM)
    d = rdate(R, 1940, 2004)
    lang = LOC[cc]["lang"]
    body = ["Delivery exception — ", order_no(R), " / ", tracking_no(R), "\n",
            "Status: ", N(R.choice(["RETURNED_TO_DEPOT", "ADDRESS_NOT_FOUND", "AGE_CHECK_FAILED", "TEMP_EXCURSION"]), "status_code"), "\n",
            "Recipient: ", L("person", p.full), "\n",
            "Ship to: ", L("address", address(R, cc)), "\n",
            "Mobile for courier: ", PH(R, cc), "\n",
            "E-mail: ", L("email", email_of(R, p)), "\n",
            "Age verification (DOB given at checkout): ", DOB(R, cc, d), "\n"]
    if R.random() < .45:
        g = GOV(R, cc, p, d)
        body += ["ID shown to courier: %s " % ID_WORD[g.meta["sub"]], g, "\n"]
    body += [
            "Contents: ", drug(R), ", ", batch(R), " (cold chain: ", N("2-8 °C", "temperature"), ")\n",
            "Paid with ", masked_card(R), ", ", amount(R), "\n"]
    if R.random() < .4:
        q = person(R, cc, used)
        body += ["Neighbour who may accept: ", L("person", q.full), ", ", PH(R, cc), "\n"]
    body += ["Handled by ", agl, " — ", age, "; courier desk ", role(R, ONLINE_DOM)]
    return "ticket", lang, wrap(R, lang, R.choice(["reply", "sum", "check"]), body)


@tpl(50)
def t_complaint(R, cc, used):
    p = person(R, cc, used)
    s1 = person(R, cc, used)
    dom = R.choice([OP_DOM, PHARMA_DOM])
    ag, agl, age = staff(R, cc, used, dom)
    lang = LOC[cc]["lang"]
    body = ["ESCALATION TO OMBUDSMAN — deadlock letter draft\n",
            "Complaint ref: ", case_no(R), "   Account: ", account_no(R), "\n",
            "Complainant: ", L("person", p.full), "\n",
            "Correspondence address: ", L("address", address(R, cc)), "\n",
            "Phone: ", PH(R, cc, abroad=abroad(R, cc) if R.random() < .15 else None), "   E-mail: ", L("email", email_of(R, p)), "\n",
            "Summary: customer was told by ", L("person", s1.full, sub="staff"), " on ", date_not_dob(R),
            " that the ", (R.choice(["delivery charge", "prescription-service fee"]) if dom == PHARMA_DOM else R.choice(["roaming charges", "early termination fee", "missed-appointment fee"])),
            " would be waived; it was billed (", amount(R), ").\n",
            'Customer\'s words: "', SAYS[lang]["med" if dom == PHARMA_DOM else R.choice(["bill", "sim"])], '"\n']
    if cc in IBAN_CC and R.random() < .7:
        body += ["Goodwill payment to: ", IBAN(R, cc), "\n"]
    body += ["Case owner: ", agl, " <", age, ">\n", "Regulator copy: ", ORG_ADDR[R.randint(0, 3)]]
    return "letter", lang, wrap(R, lang, R.choice(["reply", "sum", "check"]), body)


@tpl(50)
def t_ivrconfig(R, cc, used):
    own = person(R, cc, used)
    lang = LOC[cc]["lang"]
    y = R.random() < .5
    kv = (lambda k: "%s: " % k) if y else (lambda k: "%s=" % k)
    body = ["# ivr-%s.%s — %s contact centre\n" % (cc.lower(), "yaml" if y else "env", R.choice([OPERATOR, PHARMA, ONLINE_RX])),
            "# owner: ", L("person", own.full), " <", L("email", work_email(own, R.choice([OP_DOM, PHARMA_DOM, ONLINE_DOM])), sub="work"), ">\n",
            kv("SIP_REGISTRAR"), N(doc_ip(R), "documentation_ip"), ":5060\n",
            kv("SIP_USER"), N("ivr-trunk-%02d" % R.randint(1, 40), "username"), "\n",
            kv("SIP_PASSWORD"), L("secret", secret_random(R, "password") + rnd(R, ALNUM, 4), sub="sip_password"), "\n",
            kv("TWILIO_API_KEY"), L("secret", secret_random(R, "twilio"), sub="twilio"), "\n",
            kv("SENDGRID_API_KEY"), L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n"]
    if R.random() < .5:
        body += [kv("STRIPE_SECRET_KEY"), L("secret", "sk_live_" + rnd(R, ALNUM, 24), sub="stripe"), "\n"]
    else:
        body += [kv("CRM_TOKEN"), L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    body += [kv("MEDIA_SERVER"), N(lan_ip(R), "private_ip"), "\n",
             kv("ADMIN_ALLOWLIST"), IP(R, "allowlist", v6=R.random() < .3), "  # ", L("person", own.given, sub="staff"), " home\n",
             kv("SHORT_CODES"), helpline(R), "\n", kv("QUEUE_IDS"), N("Q%03d,Q%03d" % (R.randint(1, 999), R.randint(1, 999)), "queue"), "\n",
             kv("TEST_CALLER_ID"), PH(R, cc, intl=True, sub="work_mobile"), "  # on-call work mobile\n",
             kv("FALLBACK_MAILBOX"), role(R, OP_DOM)]
    return "config", lang, wrap(R, lang, R.choice(["why", "strip", "check"]), body)


CHAT = {
    "en": ("Hi, I'm {a}, how can I help today?", "It's {n}, born {d}.", "Best number is {p}, or e-mail {e}.", "Please send it to {addr}."),
    "de": ("Hallo, hier ist {a}, wie kann ich helfen?", "Ich bin {n}, geboren am {d}.", "Am besten erreichbar unter {p} oder per Mail an {e}.", "Bitte an {addr} schicken."),
    "fr": ("Bonjour, ici {a}, que puis-je faire pour vous ?", "Je suis {n}, née le {d}.", "Joignable au {p} ou par mail : {e}.", "Envoyez-le au {addr}."),
    "es": ("Hola, soy {a}, ¿en qué puedo ayudarte?", "Soy {n}, nací el {d}.", "Mi número es {p}, o escríbeme a {e}.", "Envíalo a {addr}."),
    "it": ("Ciao, sono {a}, come posso aiutarti?", "Sono {n}, nata il {d}.", "Il mio numero è {p}, oppure scrivi a {e}.", "Mandatelo in {addr}."),
    "nl": ("Hoi, je spreekt met {a}, waarmee kan ik helpen?", "Ik ben {n}, geboren op {d}.", "Bereikbaar op {p} of via {e}.", "Graag naar {addr} sturen."),
    "pl": ("Dzień dobry, tu {a}, w czym mogę pomóc?", "Nazywam się {n}, urodzona {d}.", "Proszę dzwonić na {p} albo pisać na {e}.", "Proszę wysłać na adres {addr}."),
    "ru": ("Здравствуйте, меня зовут {a}, чем могу помочь?", "Я {n}, дата рождения {d}.", "Мой номер {p}, почта {e}.", "Отправьте на адрес: {addr}."),
    "pt": ("Olá, aqui é {a}, como posso ajudar?", "Sou {n}, nascida em {d}.", "Meu número é {p}, ou manda e-mail para {e}.", "Pode enviar para {addr}."),
    "hi": ("नमस्ते, मैं {a} बोल रहा हूँ, क्या मदद करूँ?", "मेरा नाम {n} है, जन्मतिथि {d}।", "मेरा नंबर {p} है, ईमेल {e}।", "कृपया {addr} पर भेजें।"),
    "zh": ("您好，我是客服{a}，请问有什么可以帮您？", "我叫{n}，出生日期{d}。", "我的手机是{p}，邮箱{e}。", "请寄到{addr}。"),
    "ja": ("お電話ありがとうございます、担当の{a}です。", "{n}です。生年月日は{d}です。", "連絡先は{p}、メールは{e}です。", "送り先は{addr}でお願いします。"),
    "ko": ("안녕하세요, 상담원 {a}입니다. 무엇을 도와드릴까요?", "{n}이고 생년월일은 {d}입니다.", "연락처는 {p}, 이메일은 {e}예요.", "{addr}로 보내 주세요."),
    "el": ("Γεια σας, είμαι η {a}, πώς μπορώ να βοηθήσω;", "Είμαι {n}, γεννήθηκα {d}.", "Το κινητό μου είναι {p}, email {e}.", "Στείλτε το στη διεύθυνση {addr}."),
    "he": ("שלום, מדבר {a}, איך אפשר לעזור?", "אני {n}, נולדתי ב-{d}.", "המספר שלי {p}, המייל {e}.", "תשלחו ל{addr}."),
    "th": ("สวัสดีค่ะ {a} ยินดีให้บริการค่ะ", "ชื่อ {n} เกิดวันที่ {d} ค่ะ", "เบอร์ {p} อีเมล {e}", "ส่งไปที่ {addr} นะคะ"),
    "vi": ("Xin chào, em là {a}, em có thể giúp gì ạ?", "Tôi là {n}, sinh {d}.", "Số của tôi là {p}, email {e}.", "Gửi về {addr} giúp tôi."),
    "tr": ("Merhaba, ben {a}, nasıl yardımcı olabilirim?", "Ben {n}, doğum tarihim {d}.", "Numaram {p}, e-postam {e}.", "Lütfen {addr} adresine gönderin."),
    "ar": ("أهلاً، معك {a}، كيف أقدر أساعدك؟", "أنا {n}، مواليد {d}.", "رقمي {p} والإيميل {e}.", "ابعتوها على {addr}."),
    "sv": ("Hej, du pratar med {a}, vad kan jag hjälpa till med?", "Jag heter {n}, född {d}.", "Nå mig på {p} eller {e}.", "Skicka till {addr}."),
}


@tpl(50)
def t_chat(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, R.choice([OP_DOM, ONLINE_DOM, PHARMA_DOM]))
    d = rdate(R)
    lang = LOC[cc]["lang"]
    c = CHAT[lang]
    t = [R.randint(8, 20), R.randint(0, 50)]

    def ts():
        t[1] += R.randint(1, 3)
        return "[%02d:%02d] " % (t[0], t[1] % 60)
    body = ["Chat export ", ticket_no(R), " (", N(R.choice(["webchat", "WhatsApp Business", "app"]), "channel"), ")\n",
            ts(), given_label(ag), ": "] + fill(c[0], a=given_label(ag)) + ["\n",
            ts(), L("person", p.given), ": ", SAYS[lang][R.choice(["sim", "med", "bill"])], "\n",
            ts(), L("person", p.given), ": "] + fill(c[1], n=L("person", p.full), d=DOB(R, cc, d)) + ["\n",
            ts(), L("person", p.given), ": "] + fill(c[2], p=PH(R, cc), e=L("email", email_of(R, p))) + ["\n"]
    if R.random() < .7:
        body += [ts(), L("person", p.given), ": "] + fill(c[3], addr=L("address", address(R, cc))) + ["\n"]
    body += [ts(), N("System: transcript e-mailed; ", "system_line"), order_no(R), "\n",
             "-- agent record: ", agl, ", ", age]
    return "chat_export", lang, wrap(R, lang, R.choice(["sum", "reply", "strip"]), body)


@tpl(50)
def t_kyc(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, OP_DOM)
    d = rdate(R, 1945, 2006)
    lang = LOC[cc]["lang"]
    g = GOV(R, cc, p, d)
    body = ["| field | value |\n|---|---|\n",
            "| Application | ", N("APP-%s-%06d" % (cc, R.randint(0, 999999)), "application_number"), " (", tariff(R), ", handset ", sku(R), ") |\n",
            "| Full name | ", L("person", p.full), " |\n",
            "| Date of birth | ", DOB(R, cc, d), " |\n",
            "| ID document | %s " % ID_WORD[g.meta["sub"]], g, " |\n",
            "| Residential address | ", L("address", address(R, cc)), " |\n",
            "| Contact number | ", PH(R, cc, abroad=abroad(R, cc) if R.random() < .1 else None), " |\n",
            "| E-mail | ", L("email", email_of(R, p)), " |\n"]
    if cc in IBAN_CC and R.random() < .7:
        body += ["| Direct debit | ", IBAN(R, cc), " |\n"]
    else:
        body += ["| Upfront payment | ", CARD(R, cc), " |\n"]
    body += ["| Device IMEI | ", N(imei(R), "imei"), " |\n",
             "| Credit score band | ", N(R.choice(["B2", "C1", "A3"]), "score"), " |\n",
             "| Checked by | ", agl, " (", age, ") |"]
    return "form", lang, wrap(R, lang, R.choice(["check", "strip", "sum"]), body)


@tpl(48)
def t_dispute(R, cc, used):
    p = person(R, cc, used)
    ag, agl, age = staff(R, cc, used, R.choice([OP_DOM, ONLINE_DOM]))
    lang = LOC[cc]["lang"]
    body = ["CHARGEBACK ", N("CB-%08d" % R.randint(0, 99999999), "dispute_number"), "  reason ", N(R.choice(["10.4", "13.1", "4837", "4853"]), "reason_code"), "\n",
            "Cardholder: ", L("person", p.full), "\n", "Card: ", CARD(R, cc), "\n",
            "Billing address: ", L("address", address(R, cc)), "\n",
            "Order ", order_no(R), " ", amount(R), " — ", R.choice(["eSIM activation", "handset instalment", "pharmacy order", "top-up bundle"]), "\n",
            "Purchase IP: ", IP(R, "purchase"), "   3DS: ", N(R.choice(["frictionless", "challenge passed", "attempted"]), "status_code"), "\n",
            "Customer e-mail: ", L("email", email_of(R, p)), "\n"]
    if R.random() < .6:
        body += ["Phone on order: ", PH(R, cc), "\n"]
    body += ["Analyst: ", agl, " <", age, ">  ARN ", N("7%s" % digits(R, 22), "arn")]
    return "case", lang, wrap(R, lang, R.choice(["reply", "check", "sum"]), body)


# ====================================================================== clean templates
LANGS = sorted(REQ)
TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002", "4000 0027 6000 3184", "3782 822463 10005"]


def clean_lang(R, idx):
    lang = LANGS[idx % len(LANGS)]
    CUR_CC[0] = [c for c in COUNTRIES if LOC[c]["lang"] == lang][-1]
    return lang


@tpl(40, clean=True)
def c_noc(R, cc, used, idx=0):
    lang = clean_lang(R, idx)
    body = ["Planned work wk ", N(str(R.randint(1, 52)), "week_number"), " — ", FIBRE, " / ", OPERATOR, "\n",
            "- BNG ", N("bng-%s-%02d" % (R.choice(["lds", "mcr", "fra", "ams", "waw"]), R.randint(1, 30)), "hostname"), " firmware ",
            N("%d.%d.%d" % (R.randint(16, 24), R.randint(1, 12), R.randint(0, 9)), "version"), ", reboot window 01:00-04:00\n",
            "- CGNAT pool ", N("100.%d.0.0/16" % R.randint(64, 127), "cgnat_ip"), " drained to ", N(lan_ip(R), "private_ip"), "\n",
            "- synthetic probes from ", N(doc_ip(R), "documentation_ip"), " and ", N("2001:db8:%x::%x" % (R.randint(1, 0xfff), R.randint(1, 0xff)), "documentation_ip"), "\n",
            "- IMSI range ", N(imsi(R)[:8] + "xxxxxxx", "imsi"), " on the test HLR, test handset IMEI ", N(imei(R), "imei"), "\n",
            "- affected tariffs: ", tariff(R), ", ", tariff(R), "; outage credit ", amount(R, "GBP"), " per line\n",
            "- customers told via short code ", helpline(R), " and ", helpline(R), "; NOC mailbox ", role(R, OP_DOM), "\n",
            "- change ", N("CHG%07d" % R.randint(0, 9999999), "change_number"), ", rollback tested in ", N("LAB-%d" % R.randint(1, 9), "lab_name")]
    return "notes", lang, wrap(R, lang, R.choice(["sum", "why"]), body)


@tpl(40, clean=True)
def c_stock(R, cc, used, idx=0):
    lang = clean_lang(R, idx)
    body = ["store,item,code,batch,expiry,qty,note\n"]
    for _ in range(R.randint(4, 7)):
        body += [N(R.choice(PEOPLE_PHARMACIES + [PHARMA + " #%d" % R.randint(10, 99)]), "pharmacy_named_after_person"), ",",
                 drug(R), ",", R.choice([pzn, ndc])(R), ",", batch(R), ",", N("%02d/20%d" % (R.randint(1, 12), R.randint(26, 29)), "expiry_date"), ",",
                 N(str(R.randint(0, 240)), "count"), ",", R.choice(["recall class 2", "short-dated", "fridge", "CD register", "ok", "Parkinson's clinic hold",
                                                                    "Hashimoto's patients: check", "Raynaud's leaflet"]), "\n"]
    body += ["# recall notice ", N("MDR %d-%02d/%02d" % (R.randint(100, 999), R.randint(1, 12), R.randint(20, 26)), "recall_number"), " — questions to ", role(R, PHARMA_DOM)]
    return "csv", lang, wrap(R, lang, R.choice(["table", "sum"]), body)


@tpl(40, clean=True)
def c_sandbox(R, cc, used, idx=0):
    lang = clean_lang(R, idx)
    body = ["IVR payment sandbox — notes for the new starters\n",
            "1. Card capture test: ", N(R.choice(TEST_CARDS), "test_card"), ", any future expiry, CVC ", N(digits(R, 3), "cvc"), "\n",
            "2. Declines: ", N(R.choice(TEST_CARDS), "test_card"), "\n",
            "3. SIP_PASSWORD=", N(R.choice(["<SIP_PASSWORD>", "${SIP_PASSWORD}", "changeme-in-vault", "********"]), "placeholder"), "\n",
            "4. TWILIO_API_KEY=", N(R.choice(["${TWILIO_API_KEY}", "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<twilio-key>"]), "placeholder"), "\n",
            "5. Caller e-mail for receipts: ", N(R.choice(["test.caller@example.com", "qa+ivr@example.org", "jane.doe@example.net"]), "example_email"), "\n",
            "6. SBC in the lab: ", N(doc_ip(R), "documentation_ip"), ":5061, media ", N(lan_ip(R), "private_ip"), "\n",
            "7. DTMF menu: ", N(R.choice(["1 billing / 2 porting / 3 lost SIM / 9 pharmacist", "1 repeat order / 2 delivery / 3 pharmacist"]), "menu"), "\n",
            "8. Order id in test mode: ", order_no(R), ", ", amount(R), "\n",
            "Support line for testers: ", helpline(R)]
    return "notes", lang, wrap(R, lang, R.choice(["why", "check"]), body)


STANDUP = ["Will the porting backlog clear before Friday?", "Mark the SIM-swap queue as priority until the fix ships.",
           "Grant read access to the CDR bucket for the billing analysts.", "Bill the roaming overage separately from the bundle.",
           "Frank feedback from night shift: the IVR loops on option 3.", "Hope the router firmware push finishes tonight.",
           "Rose gold handsets are out of stock again.", "Sterling prices on the UK tariff sheet still show last year's VAT.",
           "Faith in the new dispatch tool is low; two engineers were double-booked.", "Chase the courier about the cold-chain returns.",
           "Dawn shift covers the pharmacist line from 07:00.", "Victoria depot is closed for stocktake on Thursday.",
           "Ray tracing is not a thing on the set-top box, please stop logging it as a bug.", "Summer promo codes expire at midnight.",
           "Patience with the ombudsman queue: they reply within 8 weeks.", "Carol singers in the lobby, so the call recordings are noisy."]


@tpl(40, clean=True)
def c_standup(R, cc, used, idx=0):
    lang = clean_lang(R, idx)
    items = R.sample(STANDUP, R.randint(4, 6))
    body = ["Stand-up ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "date"), " — contact centre floor 2\n"]
    for it in items:
        body += ["• ", N(it, "name_as_word"), "\n"]
    body += ["• Queue stats: AHT ", N("%d:%02d" % (R.randint(3, 11), R.randint(0, 59)), "duration"), ", FCR ", N("%d%%" % R.randint(55, 90), "percentage"),
             ", tickets open ", N(str(R.randint(40, 900)), "count"), "\n• ", tariff(R), " launch moved to ", date_not_dob(R)]
    return "notes", lang, wrap(R, lang, R.choice(["sum", "table"]), body)


@tpl(40, clean=True)
def c_tariffs(R, cc, used, idx=0):
    lang = clean_lang(R, idx)
    body = ["code;name;price;contract;data;sku\n"]
    for _ in range(R.randint(4, 7)):
        body += [tariff(R), ";", R.choice(["Unlimited 5G", "SIM only 40GB", "Fibre 900", "Family 4 lines", "Business static IP", "Roam Europe"]), ";",
                 amount(R), ";", N(R.choice(["12M", "24M", "30 days", "rolling"]), "contract_term"), ";", N(R.choice(["40GB", "unl.", "900/110", "1000/1000"]), "data_allowance"), ";", sku(R), "\n"]
    body += ["# help: ", helpline(R), " | trade orders ", order_no(R), " | ", role(R, OP_DOM)]
    return "csv", lang, wrap(R, lang, R.choice(["table", "check"]), body)


# ====================================================================== rules
def _name_words():
    latin, script = set(), set()
    for cc, d in LOC.items():
        for key in ("m", "f", "fam"):
            for w in d[key].split():
                native = split_nr(w)[0]
                for form in native.split("/"):
                    if cc in ("CN", "JP", "KR", "TH"):
                        if cc in ("CN", "KR") and key == "fam":
                            continue  # one-syllable family names: checked within the full name
                        script.add(form)
                    else:
                        latin.add(form)
    return latin, script


NAME_LATIN, NAME_SCRIPT = _name_words()
NAME_RE = re.compile(r"(?<!\w)(%s)(?!\w)" % "|".join(sorted((re.escape(w) for w in NAME_LATIN | {w.upper() for w in NAME_LATIN}), key=len, reverse=True)))
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
DIGRUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = " "
    return "".join(t)


def luhn_windows(text, exempt):
    for m in DIGRUN_RE.finditer(text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group())
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in exempt:
                    return s
    return None


def label_ok(sp):
    v, t = sp["value"], sp["type"]
    if t == "gov_id":
        return gov_ok(sp["sub"], v)
    if t == "iban":
        c = v.replace(" ", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if t == "card":
        return luhn_ok(re.sub(r"\D", "", v))
    if t == "email":
        return EMAIL_RE.fullmatch(v) is not None and "example" not in v
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    return True


def problems(rec, clean):
    """Reasons why a careful labeller would not accept the record."""
    out = []
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        out.append("length")
    if clean != (not rec["spans"]):
        out.append("clean/labelled")
    try:
        check_record(rec)
    except AssertionError:
        out.append("spans")
    for sp in rec["spans"]:
        if not label_ok(sp):
            out.append("bad %s %s" % (sp["type"], sp["value"]))
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        local, dom = e.split("@", 1)
        if local not in ROLE and "example" not in dom:
            out.append("email " + e)
    for ip in IP4_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                out.append("ip " + ip)
        except ValueError:
            pass
    for ip in IP6_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                out.append("ip6 " + ip)
        except ValueError:
            pass
    exempt = {re.sub(r"\D", "", x) for x in TEST_CARDS} | set(rec.get("_exempt", []))
    w = luhn_windows(m, exempt)
    if w:
        out.append("luhn " + w)
    for ib in IBAN_RE.findall(m):
        c = ib.replace(" ", "")
        for n in range(15, len(c) + 1):
            if c[:2] in IBAN_LEN and n == IBAN_LEN[c[:2]] and iban_mod97(c[:n]) == 1:
                out.append("iban " + c)
    mm = NAME_RE.search(m)
    if mm:
        out.append("name " + mm.group())
    for w_ in NAME_SCRIPT:
        if w_ in m:
            out.append("name " + w_)
    return out


# ====================================================================== generation
def candidates():
    """Every candidate record of every template, in a fixed order."""
    out = []
    for ti, (f, count, clean, locales) in enumerate(TEMPLATES):
        for i in range(count * 3 + 6):
            R = random.Random("%d:%s:%d" % (SEED, f.__name__, i))
            cc = locales[(i + ti * 3) % len(locales)]
            used = set()
            CUR_CC[0] = cc
            if clean:
                form, lang, parts = f(R, cc, used, idx=i + ti)
            else:
                form, lang, parts = f(R, cc, used)
            rec = build("", form, lang, parts)
            ex = [p.text for p in _walk_parts(parts) if isinstance(p, N) and p.tag in ("imei", "iccid")]
            out.append((f.__name__, clean, count, cc, rec, ex))
    return out


def _walk_parts(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _walk_parts(p)
        else:
            yield p


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(report=None):
    cands = candidates()
    allph = sorted({ph for c in cands for ph in phones_of(c[4])})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("pv missing: /tmp/pv/pv")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept, seen, taken, dropped = [], set(), Counter(), []
    for name, clean, count, cc, rec, ex in cands:
        if taken[name] >= count:
            continue
        rec["_exempt"] = [re.sub(r"\D", "", x) for x in ex]
        why = problems(rec, clean)
        if any(ph in badset for ph in phones_of(rec)):
            why.append("pv")
        if rec["text"] in seen:
            why.append("repeat")
        if why:
            dropped.append((name, why))
            continue
        seen.add(rec["text"])
        taken[name] += 1
        rec["country"] = cc
        kept.append((name, rec))
    for f, count, clean, locales in TEMPLATES:
        assert taken[f.__name__] == count, (f.__name__, taken[f.__name__], count)
    if report is not None:
        report.extend(dropped)
        report.append(("pv_rejected", bad))
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    recs = []
    for i, (name, rec) in enumerate(kept):
        cc = rec.pop("country")
        r = {"id": "%s%05d" % (PREFIX, i), "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r["neg"] = rec["neg"]
        r["_tpl"], r["_cc"], r["_exempt"] = name, cc, rec["_exempt"]
        recs.append(r)
    return recs


def strip(recs):
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in recs]


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in strip(recs))


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    print("per type", dict(c.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(r["_cc"] for r in recs if r["spans"]).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("templates", dict(Counter(r["_tpl"] for r in recs)))
    for t in ("gov_id", "secret", "card", "iban", "ip", "email", "phone", "person"):
        print(t, dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t).most_common()))
    print("plans", sum(1 for r in recs for sp in r["spans"] if sp.get("plan")))
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("neg tags", len({n for r in recs for n in r.get("neg", [])}))
    ls = sorted(len(r["text"]) for r in recs)
    print("length min/median/max", ls[0], ls[len(ls) // 2], ls[-1])


def main():
    if "--check" in sys.argv:
        recs = generate()
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        assert disk == dumps(recs), "heldout47.jsonl differs from a fresh generation"
        ids = set()
        for r, line in zip(recs, disk.splitlines()):
            d = json.loads(line)
            check_record(d)
            d["_exempt"] = r["_exempt"]
            assert d["id"] not in ids
            ids.add(d["id"])
            assert not problems(d, not d["spans"]), (d["id"], problems(d, not d["spans"]))
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
        assert not pv_check(sorted({ph for r in recs for ph in phones_of(r)}))
        print("heldout47.jsonl: OK, %d records" % len(recs))
        return
    if "--stats" in sys.argv:
        stats(generate())
        return
    rep = []
    recs = generate(rep)
    write_jsonl(OUT, strip(recs))
    print("wrote %s: %d records, %d dropped" % (OUT, len(recs), len(rep) - 1))


if __name__ == "__main__":
    main()
