#!/usr/bin/python3
"""Held-out part 43 of the redaction corpus (heldout43.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 41
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 21's decisions on company
IBANs, bank details that are not IBANs, test cards and service lines, and
the other parts' lines on sort codes, BICs, MT103, KYC, mandates and
routing numbers), lines 1-100 of gen_heldout33.py (header and imports) and
its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make,
no cmake/ctest and no git command, and it did not score this file.
Started 07:02:53 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: BANKING AND LENDING FROM THE STAFF SIDE. What branch staff,
relationship managers, loan and mortgage officers, brokers, KYC/AML
analysts, fraud and disputes teams, collections agents, credit-union
tellers, microfinance field officers and fintech support agents paste
into an AI assistant, from 23 countries in 20 languages: account-opening
and KYC forms, due-diligence notes, beneficial-owner declarations, loan
and mortgage applications, guarantor forms, MT103-style payment messages,
SEPA mandates and standing orders, card disputes, fraud alert queues,
suspicious-activity report drafts, collections call notes, cash-desk and
safe-deposit registers, core-banking and payment-gateway configs, access
logs, complaint letters and support chats. Hard negatives of the theme
everywhere: the bank's own sort codes, BICs, branch and routing numbers,
masked and shortened accounts, BINs and last four digits, loan, case,
ticket, transaction and reference numbers, amounts, rates and dates, the
bank's addresses, switchboards and role mailboxes, processors' test cards
and sandbox IBANs, documentation IPs, sample values, banks and funds named
after people, and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
430611, shuffle seed 430612).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout43.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout43.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout43.py --stats   # counts
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
                       nir_random, nir_ok, dni_random, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, rnd, ALNUM, digits,
                       nz, _nanp_line, US_AREAS, GB_MOBILE)

SEED = 430611
SHUFFLE_SEED = 430612
OUT = os.path.join(HERE, "heldout43.jsonl")
PREFIX = "heldout-aq-"


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
# country: lang, names (male givens, female givens, families). "native|roman"
# where the script is not Latin; "masc/fem" family forms where they differ.
NAMES = {
    "US": ("Garrison Thornton Waylon Ambrose Orville Merritt Roscoe Delbert",
           "Earlene Marlowe Coralee Verna Dessa Loretta Twyla Odessa",
           "Haverford Stoneking Culbreth Mabry Ingersoll Woolridge Beauchamp Satterwhite Grimsley Stubblefield"),
    "GB": ("Alaric Fergus Lancelot Digby Rollo Rupert Aneurin Tristram",
           "Perpetua Wilhelmina Araminta Hermione Clemency Lettice Bryony Ottoline",
           "Blenkiron Haslingden Nettleship Pocklington Smallbone Sowerbutts Woodhouse Gledhill Merryweather Cheesewright"),
    "DE": ("Ottokar Gottlieb Hartmut Volkmar Leberecht Siegbert Waldemar Dietmar",
           "Walburga Irmtraud Hannelore Roswitha Gerlinde Adelheid Liselotte Almuth",
           "Kesselbach Trautwein Hufnagel Zimmerling Rosenstengel Tiefenbrunner Kalkbrenner Biermösl Schönherr Waldhäusl"),
    "FR": ("Ildefonse Gonzague Évariste Philibert Aymeric Anatole Barthélemy Séverin",
           "Philomène Bérangère Apolline Ghislaine Solange Clothilde Eulalie Marcelline",
           "Lachaume-Vautrin Lemercier Rougeaud Chassagne Vaudrey Pinchemaille Boisseleau Garandeau Tréguier Mauduit"),
    "ES": ("Anacleto Eusebio Fulgencio Baltasar Celedonio Eleuterio Nicanor Saturnino",
           "Remedios Consolación Inmaculada Encarnación Angustias Macarena Fuensanta Begoña",
           "Urrestarazu Villaescusa Peñalosa Mondéjar Barrachina Orellana Quintanilla Valdeolivas Carbajosa Mugartegui"),
    "MX": ("Eustaquio Heriberto Cutberto Maclovio Nemesio Rigoberto Tiburcio Wenceslao",
           "Citlalmina Guadalupe Eréndira Nayeli Anayeli Maricruz Araceli Itzayana",
           "Tepozteco Huitrón Xicoténcatl Camarillo Ahumada Zamudio Tlacuilo Manjarrez Tenorio Coyotzi"),
    "IT": ("Ermenegildo Gianfilippo Settimio Pancrazio Ottaviano Ruggero Ippolito Guglielmo",
           "Ermelinda Fiorenza Gelsomina Assunta Ornella Eleonora Annunziata Benedetta",
           "Sciacchitano Bonfiglioli Tagliaferri Scarpellini Mastrangelo Zanardelli Pellegatti Castiglioni Strazzulla Capobianco"),
    "NL": ("Hendrikus Gijsbert Wouter Reinout Maarten Evert Sjoerd Thijmen",
           "Geertruida Wilhelmien Hendrika Marieke Femke Jolien Sanne Gerdien",
           "van Bommelen Verbruggen Hoogstraten de Zeeuw van Hasselt Kuipers ter Haseborg Bleeker Schimmelpenninck van Steenderen"),
    "PT": ("Aníbal Gervásio Crisóstomo Leopoldo Lourenço Bartolomeu Florêncio Custódio",
           "Conceição Benedita Filomena Gracinda Laurinda Ermelinda Piedade Deolinda",
           "Vasconcelos Albuquerque Cerqueira Quaresma Quintela Figueiredo Sequeira Valadares Noronha Lacerda"),
    "BR": ("Valdomiro Josué Adalberto Raimundo Edivaldo Deusdedit Genivaldo Arlindo",
           "Josefa Rosimeire Valdirene Francisca Marlene Edileuza Cleonice Rosângela",
           "Amorim Cavalcanti Bezerra Damasceno Siqueira Medeiros Bortolini Wanderley Queiroga Fontoura"),
    "PL": ("Bogumił Przemysław Zdzisław Wiesław Czesław Radosław Mieczysław Dobiesław",
           "Bożena Grażyna Jadwiga Wiesława Halina Danuta Mirosława Stanisława",
           "Brzęczyszczykiewicz Krzyżanowski/Krzyżanowska Kołodziejczyk Grzybowski/Grzybowska Szczepaniak Przybylski/Przybylska Ziółkowski/Ziółkowska Pietrzak Jastrzębski/Jastrzębska Sobieraj"),
    "SE": ("Gustaf Torbjörn Ragnar Ture Helge Evert Folke Stellan",
           "Gunborg Ingegerd Solveig Märta Ragnhild Sigrid Gullvi Ylva",
           "Lindqvist Sandström Björklund Wahlberg Hedlund Åkesson Norrby Strömgren Fagerlund Ekholm"),
    "TR": ("Kadir Selahattin Nurettin Abdülkadir Cengiz Oğuzhan Tuncay Erdinç",
           "Gülsüm Nurhan Şükran Fadime Hacer Müzeyyen Saadet Birsen",
           "Karaosmanoğlu Kuşçuoğlu Eskiyapan Dumanlı Çakırbeyli Sarıkaya Tezcanlı Altıparmak Bozdoğan Karabulut"),
    "RU": ("Всеволод|vsevolod Святослав|svyatoslav Ярополк|yaropolk Тимофей|timofey Елисей|yelisey Мирон|miron Прохор|prokhor Савелий|saveliy",
           "Любава|lyubava Ярослава|yaroslava Агафья|agafya Василиса|vasilisa Евдокия|yevdokiya Пелагея|pelageya Серафима|serafima Злата|zlata",
           "Ворошилин/Ворошилина|voroshilin Колокольцев/Колокольцева|kolokoltsev Тетеревятников/Тетеревятникова|teterevyatnikov Лукоянов/Лукоянова|lukoyanov Шестопалов/Шестопалова|shestopalov Бельский/Бельская|belsky Одинцов/Одинцова|odintsov Скворцов/Скворцова|skvortsov"),
    "GR": ("Χαράλαμπος|charalampos Παντελεήμων|panteleimon Ευστάθιος|efstathios Σπυρίδων|spyridon Αριστείδης|aristeidis Θεμιστοκλής|themistoklis Λεωνίδας|leonidas Ανδρόνικος|andronikos",
           "Παναγιώτα|panagiota Καλλιόπη|kalliopi Ευανθία|evanthia Πολυξένη|polyxeni Σταυρούλα|stavroula Χρυσούλα|chrysoula Αγλαΐα|aglaia Ευδοκία|evdokia",
           "Καραμανλάκης/Καραμανλάκη|karamanlakis Ζαχαριάδης/Ζαχαριάδη|zachariadis Μαυρογένης/Μαυρογένη|mavrogenis Τσακαλώτος/Τσακαλώτου|tsakalotos Λαμπρόπουλος/Λαμπροπούλου|lampropoulos Κουντουριώτης/Κουντουριώτη|kountouriotis Βρεττάκος/Βρεττάκου|vrettakos Σαρρής/Σαρρή|sarris"),
    "IL": ("אביגדור|avigdor צפניה|tsfania יהונתן|yehonatan אלישע|elisha נחמיה|nechemya שמריהו|shmaryahu זבולון|zevulun גדליה|gedalya",
           "אביטל|avital צביה|tsvia נעמה|naama שולמית|shulamit יוכבד|yocheved רעות|reut הדסה|hadassa תמימה|temima",
           "שטרנהיים|sternheim פרידלנדר|friedlander אבוטבול|abutbul בוזגלו|buzaglo גרינשפן|grinshpan מזרחי-לוי|mizrahi-levi טננבאום|tenenbaum חזן|hazan"),
    "EG": ("مجدي|magdy شهاب|shehab منتصر|montaser سليمان|soliman رشدي|roshdy فتحي|fathy ممدوح|mamdouh حمدي|hamdy",
           "إنجي|engy شيماء|shaimaa سماح|samah نرمين|nermin دعاء|doaa رانيا|rania هبة|heba ولاء|walaa",
           "الدمرداش|eldemerdash الشناوي|elshenawy أبو زيد|abouzeid القليوبي|elkalyoubi الفخراني|elfakharany البنداري|elbendary المنياوي|elminyawy الجزار|elgazzar"),
    "IN": ("हरिहर|harihar चंद्रशेखर|chandrashekhar दिग्विजय|digvijay पुरुषोत्तम|purushottam रघुवीर|raghuveer शिवप्रसाद|shivprasad गिरिधर|giridhar भुवनेश|bhuvanesh",
           "सुलोचना|sulochana हेमलता|hemlata कादंबरी|kadambari मृणालिनी|mrinalini शकुंतला|shakuntala वैजयंती|vaijayanti सौदामिनी|saudamini उर्मिला|urmila",
           "बंदोपाध्याय|bandopadhyay जोगलेकर|joglekar सहस्रबुद्धे|sahasrabuddhe वाजपेयी|vajpeyi खांडेकर|khandekar भटनागर|bhatnagar कुलश्रेष्ठ|kulshreshtha अग्निहोत्री|agnihotri"),
    "TH": ("ธีรวัฒน์|theerawat ประเสริฐ|prasert วีระพงษ์|weerapong สุรเชษฐ์|surachet ชาญวิทย์|chanwit อนุชา|anucha เกียรติศักดิ์|kiattisak บุญเลิศ|boonlert",
           "พรรณี|pannee สุนันทา|sunanta ดวงใจ|duangjai รัชนี|ratchanee อรุณี|arunee บุษบา|butsaba จันทร์เพ็ญ|chanpen ลำดวน|lamduan",
           "ศรีสุวรรณ|srisuwan แก้วประเสริฐ|kaewprasert ทองมหา|thongmaha บุญญาศิริ|boonyasiri วงศ์ไพบูลย์|wongpaiboon จันทร์หอม|janhom ปัญญาวงศ์|panyawong สุขเจริญ|sukcharoen"),
    "CN": ("俊熙|junxi 浩宇|haoyu 子轩|zixuan 振邦|zhenbang 国梁|guoliang 鹏飞|pengfei 志远|zhiyuan 建华|jianhua",
           "婉清|wanqing 雅琴|yaqin 秀兰|xiulan 梦瑶|mengyao 慧敏|huimin 思琪|siqi 丽娟|lijuan 春燕|chunyan",
           "欧阳|ouyang 诸葛|zhuge 上官|shangguan 皇甫|huangfu 司徒|situ 东方|dongfang 令狐|linghu 长孙|zhangsun"),
    "JP": ("惣一郎|soichiro 英臣|hideomi 貫太|kanta 宗介|sosuke 惟道|koremichi 頼光|yorimitsu 嘉右衛門|kaemon 将臣|masaomi",
           "菖子|ayameko 八千代|yachiyo 千鶴|chizuru 小百合|sayuri 琴音|kotone 雛乃|hinano 志乃|shino 朱鷺子|tokiko",
           "勅使河原|teshigawara 五百旗頭|iokibe 御手洗|mitarai 一ノ瀬|ichinose 東海林|shoji 百目鬼|domeki 小鳥遊|takanashi 四月一日|watanuki"),
    "KR": ("동혁|donghyuk 재원|jaewon 태식|taesik 성훈|seonghun 병철|byeongcheol 광수|gwangsu 영식|yeongsik 창민|changmin",
           "옥순|oksun 말순|malsun 정희|jeonghee 미경|mikyung 순자|sunja 혜숙|hyesook 명자|myeongja 은정|eunjeong",
           "제갈|jegal 선우|seonwoo 독고|dokgo 황보|hwangbo 남궁|namgung 서문|seomun 사공|sagong 동방|dongbang"),
    "VN": ("Khang Thịnh Phong Quý Hiển Toàn Vĩnh Lâm",
           "Hạnh Diệp Nhàn Thoa Uyên Xuyến Trâm Kiều",
           "Nguyễn Phạm Trịnh Đoàn Lương Tạ Dương Vương"),
}
VN_MIDDLE = {"m": ["Hoài", "Duy", "Tấn", "Chí"], "f": ["Mỹ", "Kim", "Diễm", "Tú"]}

# The bank (or lender) each country's staff work for: name, domain, branch
# address, switchboard, BIC or routing / sort code look-alike.
BANKS = {
    "US": ("Cobblestone Bluffs Federal Credit Union", "cobblestonefcu.org", "2200 Mill Race Parkway, Cedar Rapids, IA 52404", "(800) 555-0190", "routing 073912604"),
    "GB": ("Wrenfield Building Society", "wrenfield-bs.co.uk", "Wrenfield House, 4 Chandlers Yard, Stroud GL5 1AA", "0345 600 0000", "sort code 40-17-52"),
    "DE": ("Raiffeisenbank Kornblumental eG", "rb-kornblumental.de", "Marktplatz 3, 96047 Bamberg", "0951 7000-0", "BIC GENODEF1KBT"),
    "FR": ("Banque Mutuelle de l'Aubance", "bm-aubance.fr", "12 place du Ralliement, 49100 Angers", "02 41 00 00 00", "BIC BMVAFRPPXXX"),
    "ES": ("Caja Rural del Jerte", "cajajerte.es", "Plaza Mayor 1, 10003 Cáceres", "927 000 000", "BIC CRVAESMMXXX"),
    "MX": ("Financiera Nopalera S.A.P.I.", "nopalera.mx", "Av. Madero Poniente 900, 58000 Morelia, Mich.", "800 000 0000", "CLABE 058 Banco 012"),
    "IT": ("Banca di Credito Cooperativo della Garfagnana", "bccserchio.it", "Piazza San Michele 2, 55100 Lucca", "0583 000000", "BIC BCCSITR1XXX"),
    "NL": ("Spaarbank Kempenland", "spaarbank-kempenland.nl", "Markt 4, 7411 GP Deventer", "0570 000 000", "BIC SPKENL2A"),
    "PT": ("Caixa de Crédito Agrícola do Cávado", "ccam-cavado.pt", "Praça da República 5, 4710-305 Braga", "253 000 000", "BIC CCCVPTPL"),
    "BR": ("Cooperativa de Crédito Angico Branco", "angicobranco.coop.br", "Av. Higienópolis, 1000 - Centro, Londrina - PR, CEP 86020-000", "0800 000 0000", "agência 0417"),
    "PL": ("Bank Spółdzielczy w Dolinie Drwęcy", "bs-drweca.pl", "Rynek Staromiejski 9, 87-100 Toruń", "56 000 00 00", "BIC BSDRPLP1"),
    "SE": ("Sparbanken Mälarstrand", "malarstrand-sparbank.se", "Stora Torget 2, 722 15 Västerås", "021-00 00 00", "clearing 8417"),
    "TR": ("Ege Kooperatif Katılım Bankası", "egekatilim.com.tr", "Cumhuriyet Blv. No:100, 35250 Konak/İzmir", "0850 000 00 00", "BIC EKKBTRIS"),
    "RU": ("Банк «Малахитовая шкатулка»", "malachite-bank.ru", "пр. Ленина, д. 1, Екатеринбург, 620014", "8 800 000-00-00", "БИК 046577000"),
    "GR": ("Συνεταιριστική Τράπεζα Θερμαϊκού", "thermaikos-bank.gr", "Πλατεία Αριστοτέλους 1, 546 24 Θεσσαλονίκη", "2310 000000", "BIC STTHGRAA"),
    "IL": ("בנק האלונים", "haalonim-bank.co.il", "שדרות הנשיא 1, חיפה", "*0000", "סניף 417"),
    "EG": ("بنك الدلتا للتمويل الأصغر", "deltamicro.com.eg", "ميدان التحرير 1، القاهرة", "19000", "SWIFT DLTMEGCX"),
    "IN": ("नर्मदा सहकारी बैंक", "narmadacoop.in", "Shivaji Nagar Branch, Pune 411005", "1800 000 0000", "IFSC NSCB0000417"),
    "TH": ("ธนาคารสหกรณ์ลุ่มน้ำปิง", "pingcoopbank.co.th", "ถนนท่าแพ อำเภอเมืองเชียงใหม่ 50100", "02 000 0000", "SWIFT PCBKTHBK"),
    "CN": ("青禾农村商业银行", "qinghe-rcb.cn", "浙江省杭州市西湖区文三路1号", "95000", "SWIFT QHRCCNSH"),
    "JP": ("みずなら信用金庫", "mizunara-shinkin.jp", "愛知県名古屋市中区栄1-1-1", "052-000-0000", "支店番号 417"),
    "KR": ("한빛새마을금고", "hanbit-mg.kr", "대전광역시 서구 둔산로 1", "1588-0000", "지점코드 0417"),
    "VN": ("Ngân hàng Tín dụng Cây Dừa", "caydua-bank.vn", "Số 1 đường Bạch Đằng, quận Hải Châu, Đà Nẵng", "1900 0000", "SWIFT STCBVNVX"),
}

LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it",
        "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "TR": "tr", "RU": "ru",
        "GR": "el", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja",
        "KR": "ko", "VN": "vi"}
COUNTRIES = list(LANG)
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
FAMILY_FIRST = {"CN", "JP", "KR", "VN"}


def _split(entry):
    nat, _, rom = entry.partition("|")
    return nat, (rom or nat)


class Person:
    def __init__(self, cc, sex, given, family, gr, fr, middle=""):
        self.cc, self.sex, self.given, self.family = cc, sex, given, family
        self.given_r, self.family_r, self.middle = gr, fr, middle

    @property
    def full(self):
        if self.cc in ("CN", "KR"):
            return self.family + self.given
        if self.cc == "JP":
            return self.family + " " + self.given
        if self.cc == "VN":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        if self.cc == "EG" or self.cc == "IL" or self.cc in ("RU", "GR", "IN", "TH"):
            return self.given + " " + self.family
        return self.given + " " + self.family

    @property
    def roman(self):
        if self.cc in FAMILY_FIRST:
            return (self.family_r + " " + self.given_r).upper()
        return (self.given_r + " " + self.family_r).upper()

    def words(self):
        out = set()
        for w in (self.given, self.family, self.given_r, self.family_r):
            for p in re.split(r"[\s\-/]+", w):
                if p and p.lower() not in PARTICLES:
                    out.add(p)
        return out


PARTICLES = {"van", "de", "der", "ter", "den", "da", "do", "dos", "del", "la", "el"}


def ascii_fold(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def draw_person(R, cc, used, sex=None):
    males, females, fams = [x.split() if "|" not in x else x.split(" ") for x in NAMES[cc]]
    if cc == "NL":
        fams = ["van Bommelen", "Verbruggen", "Hoogstraten", "de Zeeuw", "van Hasselt", "Kuipers",
                "ter Haseborg", "Bleeker", "Schimmelpenninck", "van Steenderen"]
    if cc == "EG":
        fams = ["الدمرداش|eldemerdash", "الشناوي|elshenawy", "أبو زيد|abouzeid", "القليوبي|elkalyoubi",
                "الفخراني|elfakharany", "البنداري|elbendary", "المنياوي|elminyawy", "الجزار|elgazzar"]
    for _ in range(60):
        sx = sex or R.choice("mf")
        g = R.choice(males if sx == "m" else females)
        f = R.choice(fams)
        gn, gr = _split(g)
        fn, fr = _split(f)
        if "/" in fn:
            a, b = fn.split("/")
            fn = a if sx == "m" else b
        if "|" not in f:
            fr = fn
        if cc == "RU" and sx == "f" and not fn.endswith("ая") and not fn.endswith("а"):
            fn = fn + "а"
        mid = R.choice(VN_MIDDLE[sx]) if cc == "VN" else ""
        p = Person(cc, sx, gn, fn, ascii_fold(gr), ascii_fold(fr), mid)
        if cc in ("ES", "MX") and R.random() < 0.6:
            f2 = R.choice([x for x in fams if x != f])
            p.family = fn + " " + f2
            p.family_r = ascii_fold(p.family)
        if cc in ("PT", "BR") and R.random() < 0.4:
            f2 = R.choice([x for x in fams if x != f])
            p.family = f2 + " " + fn
            p.family_r = ascii_fold(p.family)
        ws = p.words()
        if ws & used:
            continue
        used |= ws
        return p
    return None


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
           "IT": ["libero.it", "virgilio.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
           "PT": ["sapo.pt", "gmail.com", "netcabo.pt"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "interia.pl"], "SE": ["telia.com", "gmail.com", "bredband.net"],
           "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
           "GR": ["otenet.gr", "gmail.com", "yahoo.gr"], "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
           "EG": ["gmail.com", "yahoo.com", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
           "TH": ["gmail.com", "hotmail.com", "outlook.co.th"], "CN": ["163.com", "qq.com", "126.com"],
           "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"], "KR": ["naver.com", "daum.net", "hanmail.net"],
           "VN": ["gmail.com", "yahoo.com.vn", "gmail.com"]}


def _mailpart(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def email_of(R, p):
    g, f = _mailpart(p.given_r), _mailpart(p.family_r)
    if p.cc == "CN" and R.random() < 0.4:
        return "%d@qq.com" % R.randint(10 ** 7, 10 ** 10)
    shape = R.randint(0, 4)
    loc = [g + "." + f, g[0] + f, f + "." + g, g + f[:3] + str(R.randint(1, 99)), g + "_" + f + str(R.randint(60, 99))][shape]
    return loc + "@" + R.choice(WEBMAIL[p.cc])


def work_email(p, cc):
    return _mailpart(p.given_r) + "." + _mailpart(p.family_r) + "@" + BANKS[cc][1]


# ---------------------------------------------------------------- addresses
ADDR = {
    "US": (["Quillfeather Lane", "Bramblecote Drive", "Old Tannery Road", "Wickham Hollow Court"],
           [("Chattanooga", "TN", "374"), ("Spokane", "WA", "992"), ("Dubuque", "IA", "520")]),
    "GB": (["Hollyhock Mews", "Tanner's Row", "Kingfisher Walk", "Pennycress Close"],
           [("Ludlow", "SY8"), ("Hexham", "NE46"), ("Malvern", "WR14")]),
    "DE": (["Schwalbenweg", "Kupferschmiedgasse", "Am Lindenanger", "Hopfengartenstraße"],
           [("Göttingen", "37073"), ("Celle", "29221"), ("Hildesheim", "31134")]),
    "FR": (["rue du Pressoir", "impasse des Bleuets", "chemin de la Garenne", "allée des Mûriers"],
           [("Besançon", "25000"), ("Sélestat", "67600"), ("Périgueux", "24000")]),
    "ES": (["Calle del Almendro Viejo", "Avenida de los Tejares", "Calle Retama", "Calle del Aljibe"],
           [("Logroño", "26001"), ("Albacete", "02001"), ("Soria", "42002")]),
    "MX": (["Calle Ahuehuete", "Andador Tejocote", "Calle Capulín", "Privada Huizache"],
           [("Col. Las Águilas", "58090", "Morelia", "Mich."), ("Col. Cimatario", "76030", "Querétaro", "Qro."), ("Fracc. Lomas del Patrocinio", "98068", "Zacatecas", "Zac.")]),
    "IT": (["Via delle Fornaci", "Vicolo dei Tintori", "Via dei Cordai", "Via dei Bottai"],
           [("Ferrara", "44121", "FE"), ("Lecce", "73100", "LE"), ("Cremona", "26100", "CR")]),
    "NL": (["Reigerstraat", "Kalverhoek", "Lijnbaanssingel", "Vlasakker"],
           [("Zwolle", "8011"), ("Alkmaar", "1811"), ("Roermond", "6041")]),
    "PT": (["Rua das Açucenas", "Travessa do Moinho", "Avenida dos Sobreiros", "Rua do Alfeizerão"],
           [("Aveiro", "3810"), ("Évora", "7000"), ("Viseu", "3500")]),
    "BR": (["Rua dos Ipês Amarelos", "Avenida Jequitibá", "Rua Guaraná", "Rua Tiê-Sangue"],
           [("Saraiva", "Uberlândia", "MG", "38400"), ("Lagoa Nova", "Natal", "RN", "59075"), ("Jardim Botânico", "Ribeirão Preto", "SP", "14021")]),
    "PL": (["ul. Wrzosowa", "ul. Bednarska", "ul. Kasztanowa", "ul. Jaskółcza"],
           [("Lublin", "20-"), ("Opole", "45-"), ("Rzeszów", "35-")]),
    "SE": (["Tranbärsgatan", "Kvarnbacken", "Sjöbodsvägen", "Lönnvägen"],
           [("Skellefteå", "93"), ("Växjö", "35"), ("Gävle", "80")]),
    "TR": (["Menekşe Sk.", "Çınaraltı Cd.", "Kestane Sk.", "Ayva Sk."],
           [("Pamukkale", "Denizli", "20160"), ("Muratpaşa", "Antalya", "07100"), ("Melikgazi", "Kayseri", "38030")]),
    "RU": (["ул. Рябиновая", "ул. Кленовая", "пер. Гончарный", "ул. Черёмуховая"],
           [("Пенза", "4400"), ("Самара", "4430"), ("Пермь", "6140")]),
    "GR": (["Αμυγδαλιάς", "Κυπαρισσίων", "Ευκαλύπτων", "Πλατάνων"],
           [("Πάτρα", "262"), ("Ηράκλειο", "712"), ("Λάρισα", "412")]),
    "IL": (["רחוב הצאלון", "רחוב השקמה", "רחוב הרימון", "רחוב האשל"],
           [("באר שבע", "84"), ("נתניה", "42"), ("רחובות", "76")]),
    "EG": (["شارع الجميز", "شارع السنط", "شارع الكافور", "شارع اللبخ"],
           [("المعادي", "القاهرة", "11728"), ("سموحة", "الإسكندرية", "21615"), ("الدقي", "الجيزة", "12611")]),
    "IN": (["गुलमोहर कॉलोनी", "नीलगिरि एन्क्लेव", "चंपा गली", "अमलतास मार्ग"],
           [("कोथरूड", "पुणे", "महाराष्ट्र", "411038"), ("मालवीय नगर", "जयपुर", "राजस्थान", "302017"), ("गोमती नगर", "लखनऊ", "उत्तर प्रदेश", "226010")]),
    "TH": (["ซอยลำดวน", "ซอยพิกุลทอง", "ซอยราชพฤกษ์", "ซอยชมพูพันธุ์ทิพย์"],
           [("อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", "40000"), ("เขตบางกะปิ กรุงเทพมหานคร", "10240"), ("อำเภอหาดใหญ่ จังหวัดสงขลา", "90110")]),
    "CN": (["梧桐路", "桂花巷", "银杏大道", "枇杷街"],
           [("四川省成都市武侯区", "610041"), ("湖北省武汉市江汉区", "430015"), ("江苏省苏州市姑苏区", "215000")]),
    "JP": (["コーポ楓", "メゾン若葉", "ハイツ椿", "グリーンヒル萩"],
           [("福岡県福岡市中央区赤坂", "810-0042"), ("宮城県仙台市青葉区国分町", "980-0803"), ("石川県金沢市長町", "920-0865")]),
    "KR": (["은행나무로", "매화길", "느티나무로", "진달래로"],
           [("광주광역시 북구", "61"), ("경기도 수원시 팔달구", "16"), ("강원특별자치도 춘천시", "24")]),
    "VN": (["Cây Trâm", "Bàu Cát", "Tân Kỳ Tân Quý", "Bờ Bao Tân Thắng"],
           [("phường 9, quận Gò Vấp, TP. Hồ Chí Minh", ""), ("phường Ô Chợ Dừa, quận Đống Đa, Hà Nội", ""), ("phường Hòa Phát, quận Cẩm Lệ, Đà Nẵng", "")]),
}


def address(R, cc):
    st = R.choice(ADDR[cc][0])
    t = R.choice(ADDR[cc][1])
    n = R.randint(2, 180)
    if cc == "US":
        return "%d %s, %s, %s %s%02d" % (R.randint(100, 9899), st, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        return "%d %s, %s %s %d%s" % (n, st, t[0], t[1], R.randint(1, 9), R.choice(["AB", "DX", "HQ", "LT", "RW", "SE"]))
    if cc == "DE":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis"]), st, t[1], t[0])
    if cc == "ES":
        return "%s %d, %dº %s, %s %s" % (st, n, R.randint(1, 8), R.choice("ABCD"), t[1], t[0])
    if cc == "MX":
        return "%s %d, %s, %s %s, %s" % (st, R.randint(10, 990), t[0], t[1], t[2], t[3])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d, %s%02d %s %s" % (st, n, t[1][:2], int(t[1][2:]) + R.randint(0, 9), R.choice(["AK", "BT", "GH", "LP", "RX"]), t[0])
    if cc == "PT":
        return "%s, %d, %s-%03d %s" % (st, n, t[1], R.randint(1, 999), t[0])
    if cc == "BR":
        return "%s, %d - %s, %s - %s, CEP %s-%03d" % (st, R.randint(10, 2900), t[0], t[1], t[2], t[3], R.randint(0, 999))
    if cc == "PL":
        return "%s %d/%d, %s%03d %s" % (st, n, R.randint(1, 40), t[1], R.randint(1, 999), t[0])
    if cc == "SE":
        return "%s %d, %s%d %02d %s" % (st, n, t[1], R.randint(0, 9), R.randint(10, 99), t[0])
    if cc == "TR":
        return "%s No:%d D:%d, %s %s/%s" % (st, n, R.randint(1, 20), t[2], t[0], t[1])
    if cc == "RU":
        return "%s, д. %d, кв. %d, %s, %s%02d" % (st, n, R.randint(1, 200), t[0], t[1], R.randint(1, 99))
    if cc == "GR":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    if cc == "IL":
        return "%s %d, דירה %d, %s %s%05d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d %s، %s، %s %s" % (n, st, t[0], t[1], t[2])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, %s, %s %s" % (n, st, t[0], t[1], t[2], t[3])
    if cc == "TH":
        return "%d/%d %s %s %s" % (R.randint(1, 300), R.randint(1, 90), st, t[0], t[1])
    if cc == "CN":
        return "%s%s%d号%d幢%d室" % (t[0], st, n, R.randint(1, 12), R.randint(1, 28) * 100 + R.randint(1, 6))
    if cc == "JP":
        return "〒%s %s%d-%d-%d %s%d" % (t[1], t[0], R.randint(1, 5), R.randint(1, 20), R.randint(1, 30), st, R.randint(1, 5) * 100 + R.randint(1, 9))
    if cc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, R.randint(10, 300), R.randint(101, 115), R.randint(1, 25) * 100 + R.randint(1, 6))
    if cc == "VN":
        return "Số %d hẻm %d đường %s, %s" % (n, R.randint(2, 300), st, t[0])
    raise KeyError(cc)

# ---------------------------------------------------------------- phones
# country: (cc, mobile NSN drawer, national layout, international layout)
def _g(s, sizes):
    return split_groups(s, sizes)


def mobile_nsn(R, cc):
    if cc == "US":
        return _nanp_line(R, US_AREAS)
    if cc == "GB":
        return R.choice(GB_MOBILE) + digits(R, 7)
    if cc == "DE":
        p = R.choice(["151", "152", "157", "160", "170", "171", "175", "176", "179"])
        return p + nz(R, 8 if p.startswith("15") else 7)
    if cc == "FR":
        return R.choice(["6" + R.choice("012345678"), "7" + R.choice("345678")]) + digits(R, 7)
    if cc == "ES":
        return "6" + digits(R, 8)
    if cc == "MX":
        return R.choice(["55", "33", "81", "443", "442"])[:2] + nz(R, 8)
    if cc == "IT":
        return "3" + R.choice(["20", "28", "33", "34", "38", "39", "40", "47", "49", "89"]) + digits(R, 7)
    if cc == "NL":
        return "6" + R.choice("12345") + digits(R, 7)
    if cc == "PT":
        return "9" + R.choice("1236") + digits(R, 7)
    if cc == "BR":
        return R.choice(["34", "84", "16", "43", "11", "21"]) + "9" + R.choice("6789") + digits(R, 7)
    if cc == "PL":
        return R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + digits(R, 7)
    if cc == "SE":
        return "7" + R.choice("0236") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "42", "43", "44", "46", "52", "53", "55"]) + nz(R, 7)
    if cc == "RU":
        return "9" + R.choice(["03", "05", "12", "16", "22", "26", "29", "61", "85", "99"]) + digits(R, 7)
    if cc == "GR":
        return "69" + R.choice("4789") + digits(R, 7)
    if cc == "IL":
        return "5" + R.choice("0238") + nz(R, 7)
    if cc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if cc == "IN":
        return R.choice(["98", "97", "94", "90", "88", "81", "70"]) + digits(R, 8)
    if cc == "TH":
        return R.choice(["81", "82", "84", "86", "89", "91", "92", "95"]) + digits(R, 7)
    if cc == "CN":
        return "1" + R.choice(["35", "38", "39", "50", "58", "59", "86", "88"]) + digits(R, 8)
    if cc == "JP":
        return R.choice(["90", "80", "70"]) + nz(R, 8)
    if cc == "KR":
        return "10" + R.choice("2346789") + digits(R, 7)
    if cc == "VN":
        return "9" + R.choice("0134678") + digits(R, 7)
    raise KeyError(cc)


CCODE = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "MX": 52, "IT": 39, "NL": 31, "PT": 351,
         "BR": 55, "PL": 48, "SE": 46, "TR": 90, "RU": 7, "GR": 30, "IL": 972, "EG": 20, "IN": 91,
         "TH": 66, "CN": 86, "JP": 81, "KR": 82, "VN": 84}


def phone_text(R, cc, intl=False):
    n = mobile_nsn(R, cc)
    c = CCODE[cc]
    if cc == "US":
        return ("+1 %s-%s-%s" if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"])) % (n[:3], n[3:6], n[6:])
    if cc == "GB":
        return ("+44 %s %s" % (n[:4], n[4:])) if intl else "0%s %s" % (n[:4], n[4:])
    if cc == "DE":
        return ("+49 %s %s" % (n[:3], n[3:])) if intl else R.choice(["0%s %s", "0%s/%s"]) % (n[:3], n[3:])
    if cc == "FR":
        gs = [n[1:3], n[3:5], n[5:7], n[7:9]]
        return ("+33 %s %s" % (n[0], " ".join(gs))) if intl else "0%s %s" % (n[0], " ".join(gs))
    if cc == "ES":
        return ("+34 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "MX":
        return ("+52 " if intl else "") + "%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IT":
        return ("+39 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "NL":
        return ("+31 6 %s" % n[1:]) if intl else "06-%s" % n[1:]
    if cc == "PT":
        return ("+351 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "BR":
        return ("+55 %s %s-%s" % (n[:2], n[2:7], n[7:])) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return ("+48 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "SE":
        return ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "TR":
        return ("+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "RU":
        return ("+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "GR":
        return ("+30 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IL":
        return ("+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "EG":
        return ("+20 %s %s %s" % (n[:2], n[2:6], n[6:])) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "IN":
        return ("+91 %s %s" % (n[:5], n[5:])) if intl else R.choice(["%s %s", "0%s %s", "%s-%s"]) % (n[:5], n[5:])
    if cc == "TH":
        return ("+66 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return ("+86 " if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    if cc == "JP":
        return ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return ("+82 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return ("+84 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    raise KeyError(cc)


def PH(R, p_cc, region, intl=None):
    """Phone label of a person from p_cc, read in region."""
    if intl is None:
        intl = p_cc != region or R.random() < 0.25
    if p_cc != region:
        intl = True
    t = phone_text(R, p_cc, intl)
    meta = {"sub": "mobile", "region": region}
    if p_cc != region:
        meta["plan"] = p_cc
    return L("phone", t, **meta)


# ---------------------------------------------------------------- dates of birth
def dob_parts(R, old=False):
    y = R.randint(1941, 1988 if old else 2003)
    return y, R.randint(1, 12), R.randint(1, 28)


MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}


def dob_text(R, cc, ymd):
    y, m, d = ymd
    r = R.random()
    if cc == "US":
        return "%02d/%02d/%d" % (m, d, y) if r < 0.7 else "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if cc == "GB":
        return "%02d/%02d/%d" % (d, m, y) if r < 0.6 else "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if cc in ("DE", "PL", "RU", "TR"):
        if r < 0.3:
            ln = {"DE": "de", "PL": "pl", "RU": "ru", "TR": "tr"}[cc]
            mn = MONTHS[ln][m - 1] if ln in MONTHS else MONTHS_X[ln][m - 1]
            return ("%d. %s %d" if cc == "DE" else "%d %s %d") % (d, mn, y) + (" г." if cc == "RU" else "")
        return "%02d.%02d.%d" % (d, m, y)
    if cc in ("FR", "ES", "MX", "IT", "PT", "BR", "GR", "IL", "EG", "IN", "TH", "VN"):
        if cc == "TH" and r < 0.5:
            return "%d/%d/%d" % (d, m, y + 543)
        if cc == "VN" and r < 0.4:
            return "ngày %02d tháng %02d năm %d" % (d, m, y)
        if cc == "GR" and r < 0.3:
            return "%d %s %d" % (d, MONTHS_X["el"][m - 1], y)
        ln = {"FR": "fr", "ES": "es", "MX": "es", "IT": "it", "PT": "pt", "BR": "pt"}.get(cc)
        if ln and r < 0.3:
            return ("%d de %s de %d" if ln in ("es", "pt") else "%d %s %d") % (d, MONTHS[ln][m - 1], y)
        return ("%02d-%02d-%d" if cc == "NL" else "%02d/%02d/%d") % (d, m, y)
    if cc == "NL":
        return "%02d-%02d-%d" % (d, m, y) if r < 0.7 else "%d %s %d" % (d, MONTHS["nl"][m - 1], y)
    if cc == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    if cc == "CN":
        return "%d年%d月%d日" % (y, m, d) if r < 0.5 else "%d-%02d-%02d" % (y, m, d)
    if cc == "JP":
        return "%d年%d月%d日" % (y, m, d) if r < 0.6 else "%d/%02d/%02d" % (y, m, d)
    if cc == "KR":
        return "%d년 %d월 %d일" % (y, m, d) if r < 0.5 else "%d. %d. %d." % (y, m, d)
    raise KeyError(cc)


def DOB(R, cc, ymd):
    return L("dob", dob_text(R, cc, ymd))

# ---------------------------------------------------------------- gov ids
def pesel(R, ymd, sex):
    y, m, d = ymd
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
    body += str(R.choice("13579") if sex == "m" else R.choice("02468"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * w[i] for i, c in enumerate(s[:10])) % 10) % 10 == int(s[10])


def nif_pt(R):
    body = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(body)) % 11
    return body + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(s[:8])) % 11
    return len(s) == 9 and str(0 if c >= 10 else c) == s[8]


def personnummer(R, ymd):
    y, m, d = ymd
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    return luhn_complete(body)


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def amka(R, ymd):
    y, m, d = ymd
    return luhn_complete("%02d%02d%02d%04d" % (d, m, y % 100, R.randint(0, 9999)))


def tz_check(d8):
    s = 0
    for i, c in enumerate(d8):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def tz_ok(s):
    return len(s) == 9 and tz_check(s[:8]) == s[8]


def eg_nid(R, ymd, sex):
    y, m, d = ymd
    c = "2" if y < 2000 else "3"
    seq = "%03d" % R.randint(0, 999) + R.choice("13579" if sex == "m" else "02468")
    return c + "%02d%02d%02d" % (y % 100, m, d) + R.choice(["01", "02", "21", "12", "16"]) + seq + str(R.randint(1, 9))


def thai_id(R):
    body = str(R.randint(1, 8)) + digits(R, 11)
    return body + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10)


def thai_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, ymd, sex):
    y, m, d = ymd
    body = R.choice(["510107", "420103", "320508", "330106"]) + "%d%02d%02d" % (y, m, d) + "%02d" % R.randint(0, 99)
    body += R.choice("13579" if sex == "m" else "02468")
    return body + "10X98765432"[sum(int(c) * CN_W[i] for i, c in enumerate(body)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * CN_W[i] for i, c in enumerate(s[:17])) % 11] == s[17]


def kr_rrn(R, ymd, sex):
    y, m, d = ymd
    s7 = ("1" if sex == "m" else "2") if y < 2000 else ("3" if sex == "m" else "4")
    body = "%02d%02d%02d" % (y % 100, m, d) + s7 + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(ch) * w[i] for i, ch in enumerate(body)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_ok(s):
    b = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(b) == 13 and (11 - sum(int(ch) * w[i] for i, ch in enumerate(b[:12])) % 11) % 10 == int(b[12])


def vn_cccd(R, ymd, sex):
    y, m, d = ymd
    c = ("0" if sex == "m" else "1") if y < 2000 else ("2" if sex == "m" else "3")
    return R.choice(["079", "001", "048"]) + c + "%02d" % (y % 100) + digits(R, 6)


BELFIORE = ["D548", "E506", "D150", "L736", "G224"]


def gov_id(R, p, ymd, kind=None):
    """(label, check text) of the person's national or tax id."""
    cc, sex = p.cc, p.sex
    y, m, d = ymd
    if cc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        pr, mid, suf = nino_random(R)
        return L("gov_id", "%s %s %s %s %s" % (pr, mid[:2], mid[2:4], mid[4:], suf) if R.random() < 0.6 else pr + mid + suf, sub="nino")
    if cc == "DE":
        s = steuerid_random(R)
        return L("gov_id", "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if R.random() < 0.5 else s, sub="steuer_id")
    if cc == "FR":
        body, key = nir_random(R, sex="1" if sex == "m" else "2", yy=y % 100, mm=m)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="nir")
    if cc in ("ES",):
        n, l = dni_random(R)
        return L("gov_id", n + l if R.random() < 0.7 else n + "-" + l, sub="dni")
    if cc == "MX":
        return L("gov_id", R.choice("GNP") + digits(R, 8), sub="passport", country="MX")
    if cc == "IT":
        fam = p.family.split()[-1]
        return L("gov_id", cf_make(fam, p.given, y % 100, m, d, sex == "f", R.choice(BELFIORE)), sub="codice_fiscale")
    if cc == "NL":
        s = bsn_random(R)
        return L("gov_id", s if R.random() < 0.6 else "%s.%s.%s" % (s[:4], s[4:6], s[6:]), sub="bsn")
    if cc == "PT":
        s = nif_pt(R)
        return L("gov_id", s if R.random() < 0.6 else "%s %s %s" % (s[:3], s[3:6], s[6:]), sub="nif")
    if cc == "BR":
        s = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="cpf")
    if cc == "PL":
        return L("gov_id", pesel(R, ymd, sex), sub="pesel")
    if cc == "SE":
        s = personnummer(R, ymd)
        return L("gov_id", ("%d" % (y // 100) if R.random() < 0.4 else "") + s[:6] + "-" + s[6:], sub="personnummer")
    if cc == "TR":
        return L("gov_id", tckn(R), sub="tckn")
    if cc == "RU":
        return L("gov_id", "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(1, 999999)), sub="passport_internal", country="RU")
    if cc == "GR":
        return L("gov_id", amka(R, ymd), sub="amka")
    if cc == "IL":
        b = "%08d" % R.randint(1000000, 39999999)
        return L("gov_id", b + tz_check(b), sub="teudat_zehut")
    if cc == "EG":
        return L("gov_id", eg_nid(R, ymd, sex), sub="national_id")
    if cc == "IN":
        if kind == "pan" or (kind is None and R.random() < 0.4):
            return L("gov_id", "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + "P" + p.family_r[0].upper() + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase), sub="pan")
        a = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="aadhaar")
    if cc == "TH":
        s = thai_id(R)
        return L("gov_id", "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]) if R.random() < 0.6 else s, sub="thai_id")
    if cc == "CN":
        return L("gov_id", cn_id(R, ymd, sex), sub="resident_id")
    if cc == "JP":
        return L("gov_id", R.choice(["TK", "TR", "MZ", "TZ"]) + digits(R, 7), sub="passport", country="JP")
    if cc == "KR":
        return L("gov_id", kr_rrn(R, ymd, sex), sub="rrn")
    if cc == "VN":
        return L("gov_id", vn_cccd(R, ymd, sex), sub="cccd")
    raise KeyError(cc)


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    c = re.sub(r"[\s.\-]", "", v)
    if sub == "ssn":
        a, g, s = int(c[:3]), int(c[3:5]), int(c[5:])
        return len(c) == 9 and a not in (0, 666) and a < 900 and g and s
    if sub == "steuer_id":
        return steuerid_ok(c)
    if sub == "nir":
        return nir_ok(c[:13], c[13:])
    if sub == "dni":
        return DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "codice_fiscale":
        return cf_check(c[:15]) == c[15]
    if sub == "bsn":
        return bsn_ok(c)
    if sub == "nif":
        return nif_pt_ok(c)
    if sub == "cpf":
        return cpf_ok(c)
    if sub == "pesel":
        return pesel_ok(c)
    if sub == "personnummer":
        return luhn_ok(c[-10:])
    if sub == "tckn":
        return tckn_ok(c)
    if sub == "amka":
        return luhn_ok(c) and len(c) == 11
    if sub == "teudat_zehut":
        return tz_ok(c)
    if sub == "aadhaar":
        return verhoeff_ok(c) and len(c) == 12
    if sub == "thai_id":
        return thai_ok(c)
    if sub == "resident_id":
        return cn_ok(c)
    if sub == "rrn":
        return kr_ok(v)
    if sub == "nino":
        return len(c) == 9 and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    return True


IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "TR", "GB", "BR", "GR"}


def IB(R, cc, holder=None):
    ib = iban_random(R, cc)
    r = R.random()
    t = group(ib) if r < 0.6 else (ib if r < 0.85 else group(ib, 4, "\u00a0"))
    meta = {"sub": cc}
    if holder:
        meta["holder"] = holder
    return L("iban", t, **meta)


def bad_iban(R, cc):
    """An IBAN with a wrong check digit pair (look-alike)."""
    ib = iban_random(R, cc)
    ck = int(ib[2:4])
    ib2 = ib[:2] + "%02d" % ((ck + R.randint(1, 9)) % 97 or 3) + ib[4:]
    if iban_mod97(ib2) == 1:
        ib2 = ib[:2] + "%02d" % ((ck + 11) % 97) + ib[4:]
    return group(ib2)


def CARD(R, issuer=None):
    iss = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "unionpay", "jcb", "mir", "discover"])
    n = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    t = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", t, sub=iss.rstrip("2"))


def luhn_bad(R, n):
    while True:
        s = digits(R, n)
        if not luhn_ok(s) and s[0] != "0":
            return s


def masked(R, n=16):
    return R.choice(["%s******%s", "%s ** **** %s", "%sXXXXXX%s"]) % (R.choice(["4921", "5413", "4485", "5302", "3782"]) + digits(R, 2), digits(R, 4))


def pub_ip(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 80, 85, 89, 91, 94, 95, 109, 141, 151, 176, 178, 185, 188, 193, 212, 213, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def pub_ip6(R):
    return "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x1000, 0xffff), R.randint(0x10, 0xfff), R.randint(0x10, 0xffff), R.randint(1, 0xfff))


def IP(R, sub="ipv4"):
    if sub == "ipv6":
        return L("ip", pub_ip6(R), sub="ipv6")
    return L("ip", pub_ip(R), sub=sub)


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)

# ---------------------------------------------------------------- requests
# kind -> lang -> list of request lines, written for this part.
REQ = {
    "check": {
        "en": ["Can you check this KYC file before I submit it to compliance? Anything missing?", "Quick sanity check please, is anything inconsistent in this application?", "Before I send this to underwriting, does anything look off?"],
        "de": ["Kannst du das prüfen, bevor ich es an die Kreditabteilung gebe? Fehlt etwas?", "Bitte kurz gegenlesen, ist der Antrag vollständig?"],
        "fr": ["Tu peux vérifier ce dossier avant que je l'envoie à la conformité ? Il manque quelque chose ?", "Relis-moi ça avant le comité de crédit, s'il te plaît."],
        "es": ["¿Puedes revisar este expediente antes de mandarlo a riesgos? ¿Falta algo?", "Échale un ojo a esta solicitud, ¿ves algo incoherente?"],
        "it": ["Puoi controllare questa pratica prima che la mandi alla delibera? Manca qualcosa?", "Dai un'occhiata a questo modulo, è tutto coerente?"],
        "nl": ["Kun je dit dossier nakijken voordat ik het naar compliance stuur? Ontbreekt er iets?", "Klopt deze aanvraag zo, of mis ik iets?"],
        "pt": ["Podes verificar este processo antes de o enviar para a análise de risco? Falta alguma coisa?", "Confere essa ficha pra mim antes de eu mandar pro comitê de crédito?"],
        "pl": ["Możesz to sprawdzić, zanim wyślę do działu ryzyka? Czegoś brakuje?", "Zerknij na ten wniosek, czy wszystko się zgadza?"],
        "sv": ["Kan du kolla det här innan jag skickar det till kreditavdelningen? Saknas något?"],
        "tr": ["Bunu krediler birimine göndermeden önce kontrol eder misin? Eksik bir şey var mı?"],
        "ru": ["Проверь, пожалуйста, анкету перед отправкой в службу комплаенса. Чего-то не хватает?", "Посмотри заявку перед кредитным комитетом, всё ли сходится?"],
        "el": ["Μπορείς να το ελέγξεις πριν το στείλω στη συμμόρφωση; Λείπει κάτι;"],
        "he": ["אפשר לבדוק את זה לפני שאני מעביר למחלקת ציות? חסר משהו?"],
        "ar": ["هل يمكنك مراجعة هذا الملف قبل إرساله إلى إدارة الالتزام؟ هل ينقصه شيء؟"],
        "hi": ["इसे अनुपालन टीम को भेजने से पहले जाँच लो, कुछ छूटा तो नहीं?"],
        "th": ["ช่วยตรวจแบบฟอร์มนี้ก่อนส่งให้ฝ่ายกำกับดูแลหน่อย ขาดอะไรไหม"],
        "zh": ["帮我在提交合规部之前检查一下这份资料，有没有缺什么？"],
        "ja": ["コンプライアンスに回す前にこの書類を確認してもらえますか。不足はありますか。"],
        "ko": ["준법감시팀에 넘기기 전에 이 서류 좀 확인해 줘. 빠진 거 있어?"],
        "vi": ["Bạn kiểm tra giúp hồ sơ này trước khi mình gửi phòng tuân thủ nhé, có thiếu gì không?"],
    },
    "summary": {
        "en": ["Summarise this for the morning huddle, three bullet points max.", "Give me a short summary I can paste into the case system."],
        "de": ["Fass das bitte in drei Punkten für die Teamrunde zusammen."],
        "fr": ["Résume-moi ça en quelques lignes pour le point de l'équipe."],
        "es": ["Resúmeme esto en tres puntos para la reunión de la mañana."],
        "it": ["Riassumimi questo in tre punti per la riunione di filiale."],
        "nl": ["Vat dit samen in drie punten voor het teamoverleg."],
        "pt": ["Resume isto em três pontos para a reunião de equipa.", "Faz um resumo curto disso pra eu colar no sistema."],
        "pl": ["Streść to w trzech punktach na poranną odprawę."],
        "sv": ["Sammanfatta det här i tre punkter till morgonmötet."],
        "tr": ["Bunu sabah toplantısı için üç maddede özetler misin?"],
        "ru": ["Сделай краткое резюме для утренней планёрки."],
        "el": ["Κάνε μου μια σύντομη περίληψη για την πρωινή σύσκεψη."],
        "he": ["תסכם לי את זה בשלוש נקודות לישיבת הבוקר."],
        "ar": ["لخّص هذا في ثلاث نقاط لاجتماع الصباح."],
        "hi": ["सुबह की मीटिंग के लिए इसका तीन बिंदुओं में सार बना दो।"],
        "th": ["ช่วยสรุปเป็นสามข้อสำหรับประชุมเช้า"],
        "zh": ["帮我总结成三点，晨会要用。"],
        "ja": ["朝会用に三点で要約してください。"],
        "ko": ["아침 회의용으로 세 줄 요약해 줘."],
        "vi": ["Tóm tắt giúp mình ba ý để họp giao ban sáng nhé."],
    },
    "reply": {
        "en": ["Help me draft a polite reply that doesn't admit liability.", "How should I answer this customer? Keep it short and kind."],
        "de": ["Hilf mir bei einer höflichen Antwort, ohne eine Haftung anzuerkennen."],
        "fr": ["Aide-moi à rédiger une réponse courtoise sans reconnaître de faute."],
        "es": ["Ayúdame a contestar con educación sin reconocer responsabilidad."],
        "it": ["Aiutami a scrivere una risposta cortese senza ammettere responsabilità."],
        "nl": ["Help me een beleefd antwoord te schrijven zonder aansprakelijkheid te erkennen."],
        "pt": ["Ajuda-me a responder com educação sem assumir culpa.", "Como respondo esse cliente sem prometer estorno?"],
        "pl": ["Pomóż mi napisać uprzejmą odpowiedź bez przyznawania się do winy."],
        "sv": ["Hjälp mig skriva ett artigt svar utan att erkänna ansvar."],
        "tr": ["Sorumluluk kabul etmeden kibar bir cevap yazmama yardım et."],
        "ru": ["Помоги вежливо ответить, не признавая вину банка."],
        "el": ["Βοήθησέ με να απαντήσω ευγενικά χωρίς να παραδεχτώ ευθύνη."],
        "he": ["תעזור לי לנסח תשובה מנומסת בלי להודות באחריות."],
        "ar": ["ساعدني في كتابة رد مهذب دون الاعتراف بالمسؤولية."],
        "hi": ["ग्राहक को विनम्र जवाब लिखने में मदद करो, ज़िम्मेदारी माने बिना।"],
        "th": ["ช่วยร่างคำตอบสุภาพ โดยไม่ยอมรับความผิด"],
        "zh": ["帮我写一封礼貌的回复，但不要承认银行有责任。"],
        "ja": ["責任を認めない形で丁寧な返信を考えてください。"],
        "ko": ["책임을 인정하지 않으면서 정중하게 답장 쓰는 것 좀 도와줘."],
        "vi": ["Giúp mình soạn câu trả lời lịch sự mà không nhận lỗi về phía ngân hàng."],
    },
    "remove": {
        "en": ["I have to forward this to the vendor. What should I take out first?", "Which parts of this are personal data I shouldn't paste into the group ticket?"],
        "de": ["Ich muss das an den Dienstleister weiterleiten. Was sollte ich vorher rausnehmen?"],
        "fr": ["Je dois transférer ça au prestataire, qu'est-ce que je dois retirer avant ?"],
        "es": ["Tengo que reenviar esto al proveedor, ¿qué debería quitar antes?"],
        "it": ["Devo girarlo al fornitore, cosa dovrei togliere prima?"],
        "nl": ["Ik moet dit doorsturen naar de leverancier. Wat moet ik eerst weghalen?"],
        "pt": ["Preciso mandar isso pro fornecedor. O que eu deveria tirar antes?"],
        "pl": ["Muszę to przesłać dostawcy. Co powinienem najpierw usunąć?"],
        "sv": ["Jag måste skicka det här till leverantören. Vad ska jag ta bort först?"],
        "tr": ["Bunu tedarikçiye iletmem gerekiyor, önce neleri çıkarmalıyım?"],
        "ru": ["Мне нужно переслать это подрядчику. Что сначала убрать?"],
        "el": ["Πρέπει να το προωθήσω στον προμηθευτή. Τι να αφαιρέσω πρώτα;"],
        "he": ["אני צריך להעביר את זה לספק. מה כדאי למחוק קודם?"],
        "ar": ["يجب أن أرسل هذا إلى المورد. ما الذي يجب أن أحذفه أولاً؟"],
        "hi": ["यह वेंडर को भेजना है, पहले क्या हटाना चाहिए?"],
        "th": ["ต้องส่งต่อให้ผู้ให้บริการ ควรลบอะไรออกก่อน"],
        "zh": ["我要把这个转给外包商，发之前应该删掉哪些内容？"],
        "ja": ["委託先に転送する必要があります。先に何を消すべきですか。"],
        "ko": ["이걸 외주 업체에 보내야 하는데 먼저 뭘 지워야 해?"],
        "vi": ["Mình phải chuyển cái này cho bên đối tác, nên xoá gì trước?"],
    },
    "table": {
        "en": ["Turn this into a clean table, one row per customer.", "Can you sort this by amount and flag the ones over threshold?"],
        "de": ["Mach bitte eine saubere Tabelle daraus, eine Zeile pro Kunde."],
        "fr": ["Mets ça dans un tableau propre, une ligne par client."],
        "es": ["Pásalo a una tabla limpia, una fila por cliente."],
        "it": ["Trasformalo in una tabella ordinata, una riga per cliente."],
        "nl": ["Zet dit netjes in een tabel, één regel per klant."],
        "pt": ["Coloca isto numa tabela, uma linha por cliente."],
        "pl": ["Zrób z tego tabelę, jeden wiersz na klienta."],
        "sv": ["Gör en tabell av det här, en rad per kund."],
        "tr": ["Bunu her müşteri için bir satır olacak şekilde tabloya dök."],
        "ru": ["Сделай из этого таблицу, по строке на клиента."],
        "el": ["Κάνε το πίνακα, μία γραμμή ανά πελάτη."],
        "he": ["תסדר את זה בטבלה, שורה לכל לקוח."],
        "ar": ["حوّل هذا إلى جدول، صف لكل عميل."],
        "hi": ["इसे तालिका में बदल दो, हर ग्राहक की एक पंक्ति।"],
        "th": ["ช่วยทำเป็นตาราง ลูกค้าหนึ่งรายต่อหนึ่งแถว"],
        "zh": ["帮我整理成表格，每位客户一行。"],
        "ja": ["顧客ごとに一行の表にまとめてください。"],
        "ko": ["고객별로 한 줄씩 표로 정리해 줘."],
        "vi": ["Chuyển giúp thành bảng, mỗi khách hàng một dòng."],
    },
    "explain": {
        "en": ["Why is this failing? Explain it like I'm ops, not a developer.", "Does anything in this config look wrong to you?"],
        "de": ["Warum schlägt das fehl? Erklär's mir, ich bin Betrieb, nicht Entwicklung."],
        "fr": ["Pourquoi ça plante ? Explique-moi simplement, je suis au back-office."],
        "es": ["¿Por qué falla esto? Explícamelo fácil, soy de operaciones."],
        "it": ["Perché non funziona? Spiegamelo semplice, sono del back office."],
        "nl": ["Waarom faalt dit? Leg het simpel uit, ik zit bij operations."],
        "pt": ["Por que isso está falhando? Explica simples, sou do back-office."],
        "pl": ["Dlaczego to nie działa? Wytłumacz prosto, jestem z operacji."],
        "sv": ["Varför fallerar det här? Förklara enkelt."],
        "tr": ["Bu neden çalışmıyor? Basitçe açıklar mısın?"],
        "ru": ["Почему это падает? Объясни попроще, я из операционного отдела."],
        "el": ["Γιατί αποτυγχάνει αυτό; Εξήγησέ το απλά."],
        "he": ["למה זה נכשל? תסביר בפשטות."],
        "ar": ["لماذا يفشل هذا؟ اشرح لي ببساطة."],
        "hi": ["यह क्यों फेल हो रहा है? आसान भाषा में समझाओ।"],
        "th": ["ทำไมอันนี้ถึงล้มเหลว อธิบายง่าย ๆ หน่อย"],
        "zh": ["这个为什么报错？用简单的话解释一下。"],
        "ja": ["なぜ失敗するのか、わかりやすく説明してください。"],
        "ko": ["이게 왜 실패하는지 쉽게 설명해 줘."],
        "vi": ["Sao cái này bị lỗi? Giải thích dễ hiểu giúp mình."],
    },
}


def req(R, kind, lang):
    return R.choice(REQ[kind][lang])


def wrap(R, kind, lang, body):
    """Puts the request before or after the paste, sometimes in quotes, after
    a rule or around a code fence."""
    q = req(R, kind, lang)
    r = R.random()
    if r < 0.3:
        return [q, "\n\n", body]
    if r < 0.5:
        return [q, '\n"""\n', body, '\n"""']
    if r < 0.7:
        return [body, "\n---\n", q]
    if r < 0.85:
        return [q, "\n```\n", body, "\n```"]
    return [body, "\n\n", q]


# field labels per language
F = {
    "en": dict(fam="Surname", giv="Given names", name="Full name", dob="Date of birth", addr="Residential address", tel="Mobile", mail="E-mail", id="ID number", emp="Employer", inc="Net monthly income", amt="Amount", ref="Reference", acct="Account", date="Date", off="Officer"),
    "de": dict(fam="Nachname", giv="Vorname(n)", name="Name", dob="Geburtsdatum", addr="Wohnanschrift", tel="Mobil", mail="E-Mail", id="Ausweis-/Steuernummer", emp="Arbeitgeber", inc="Nettoeinkommen mtl.", amt="Betrag", ref="Aktenzeichen", acct="Konto", date="Datum", off="Sachbearbeiter"),
    "fr": dict(fam="Nom", giv="Prénom(s)", name="Nom complet", dob="Date de naissance", addr="Adresse du domicile", tel="Portable", mail="Courriel", id="N° d'identification", emp="Employeur", inc="Revenu net mensuel", amt="Montant", ref="Référence", acct="Compte", date="Date", off="Conseiller"),
    "es": dict(fam="Apellidos", giv="Nombre", name="Nombre completo", dob="Fecha de nacimiento", addr="Domicilio", tel="Móvil", mail="Correo", id="Documento", emp="Empresa", inc="Ingresos netos mensuales", amt="Importe", ref="Referencia", acct="Cuenta", date="Fecha", off="Gestor"),
    "it": dict(fam="Cognome", giv="Nome", name="Nominativo", dob="Data di nascita", addr="Residenza", tel="Cellulare", mail="E-mail", id="Codice fiscale / documento", emp="Datore di lavoro", inc="Reddito netto mensile", amt="Importo", ref="Pratica", acct="Conto", date="Data", off="Gestore"),
    "nl": dict(fam="Achternaam", giv="Voornamen", name="Naam", dob="Geboortedatum", addr="Woonadres", tel="Mobiel", mail="E-mail", id="BSN / ID", emp="Werkgever", inc="Netto maandinkomen", amt="Bedrag", ref="Kenmerk", acct="Rekening", date="Datum", off="Adviseur"),
    "pt": dict(fam="Apelido", giv="Nome próprio", name="Nome completo", dob="Data de nascimento", addr="Morada", tel="Telemóvel", mail="E-mail", id="N.º de identificação", emp="Entidade patronal", inc="Rendimento líquido mensal", amt="Valor", ref="Referência", acct="Conta", date="Data", off="Gestor"),
    "pl": dict(fam="Nazwisko", giv="Imiona", name="Imię i nazwisko", dob="Data urodzenia", addr="Adres zamieszkania", tel="Telefon kom.", mail="E-mail", id="PESEL / dokument", emp="Pracodawca", inc="Dochód netto mies.", amt="Kwota", ref="Sygnatura", acct="Rachunek", date="Data", off="Doradca"),
    "sv": dict(fam="Efternamn", giv="Förnamn", name="Namn", dob="Födelsedatum", addr="Folkbokföringsadress", tel="Mobil", mail="E-post", id="Personnummer", emp="Arbetsgivare", inc="Nettoinkomst/mån", amt="Belopp", ref="Ärende", acct="Konto", date="Datum", off="Handläggare"),
    "tr": dict(fam="Soyadı", giv="Adı", name="Ad Soyad", dob="Doğum tarihi", addr="İkamet adresi", tel="Cep", mail="E-posta", id="T.C. Kimlik No", emp="İşveren", inc="Aylık net gelir", amt="Tutar", ref="Dosya no", acct="Hesap", date="Tarih", off="Temsilci"),
    "ru": dict(fam="Фамилия", giv="Имя", name="ФИО", dob="Дата рождения", addr="Адрес регистрации", tel="Моб.", mail="E-mail", id="Паспорт", emp="Работодатель", inc="Доход в месяц", amt="Сумма", ref="Номер дела", acct="Счёт", date="Дата", off="Менеджер"),
    "el": dict(fam="Επώνυμο", giv="Όνομα", name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση κατοικίας", tel="Κινητό", mail="Email", id="ΑΜΚΑ", emp="Εργοδότης", inc="Καθαρό μηνιαίο εισόδημα", amt="Ποσό", ref="Αρ. υπόθεσης", acct="Λογαριασμός", date="Ημερομηνία", off="Υπάλληλος"),
    "he": dict(fam="שם משפחה", giv="שם פרטי", name="שם מלא", dob="תאריך לידה", addr="כתובת מגורים", tel="נייד", mail="דוא\"ל", id="ת.ז.", emp="מעסיק", inc="הכנסה חודשית נטו", amt="סכום", ref="מספר תיק", acct="חשבון", date="תאריך", off="בנקאי"),
    "ar": dict(fam="اسم العائلة", giv="الاسم", name="الاسم بالكامل", dob="تاريخ الميلاد", addr="العنوان", tel="المحمول", mail="البريد الإلكتروني", id="الرقم القومي", emp="جهة العمل", inc="الدخل الشهري", amt="المبلغ", ref="رقم الملف", acct="الحساب", date="التاريخ", off="الموظف"),
    "hi": dict(fam="उपनाम", giv="नाम", name="पूरा नाम", dob="जन्म तिथि", addr="पता", tel="मोबाइल", mail="ईमेल", id="आधार/पैन", emp="नियोक्ता", inc="मासिक आय", amt="राशि", ref="संदर्भ", acct="खाता", date="तारीख", off="अधिकारी"),
    "th": dict(fam="นามสกุล", giv="ชื่อ", name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", tel="มือถือ", mail="อีเมล", id="เลขประจำตัวประชาชน", emp="นายจ้าง", inc="รายได้ต่อเดือน", amt="จำนวนเงิน", ref="เลขที่อ้างอิง", acct="บัญชี", date="วันที่", off="เจ้าหน้าที่"),
    "zh": dict(fam="姓", giv="名", name="姓名", dob="出生日期", addr="住址", tel="手机", mail="邮箱", id="身份证号", emp="工作单位", inc="月收入", amt="金额", ref="编号", acct="账户", date="日期", off="经办人"),
    "ja": dict(fam="氏", giv="名", name="氏名", dob="生年月日", addr="住所", tel="携帯", mail="メール", id="旅券番号", emp="勤務先", inc="月収（手取り）", amt="金額", ref="受付番号", acct="口座", date="日付", off="担当"),
    "ko": dict(fam="성", giv="이름", name="성명", dob="생년월일", addr="주소", tel="휴대폰", mail="이메일", id="주민등록번호", emp="직장", inc="월 소득", amt="금액", ref="접수번호", acct="계좌", date="일자", off="담당자"),
    "vi": dict(fam="Họ", giv="Tên", name="Họ và tên", dob="Ngày sinh", addr="Địa chỉ thường trú", tel="Di động", mail="Email", id="Số CCCD", emp="Nơi làm việc", inc="Thu nhập hàng tháng", amt="Số tiền", ref="Số hồ sơ", acct="Tài khoản", date="Ngày", off="Cán bộ"),
}
CUR = {"US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "ES": "EUR", "MX": "MXN", "IT": "EUR", "NL": "EUR",
       "PT": "EUR", "BR": "BRL", "PL": "PLN", "SE": "SEK", "TR": "TRY", "RU": "RUB", "GR": "EUR", "IL": "ILS",
       "EG": "EGP", "IN": "INR", "TH": "THB", "CN": "CNY", "JP": "JPY", "KR": "KRW", "VN": "VND"}


def amount(R, cc, lo=100, hi=90000):
    v = R.randint(lo, hi)
    c = R.randint(0, 99)
    if cc in ("JP", "KR", "VN"):
        return "%s %s" % (CUR[cc], "{:,}".format(v * (150 if cc == "JP" else 1300 if cc == "KR" else 25000)))
    if cc in ("US", "GB", "MX", "IN", "TH", "CN", "JP", "KR", "IL", "EG"):
        return "%s %s.%02d" % (CUR[cc], "{:,}".format(v), c)
    return "%s,%02d %s" % ("{:,}".format(v).replace(",", "."), c, CUR[cc])


def a_date(R):
    return "2026-%02d-%02d" % (R.randint(1, 11), R.randint(1, 28))


def ref(R, pfx):
    return "%s-%d-%s" % (pfx, R.randint(2024, 2026), digits(R, R.choice([5, 6, 7])))

# ====================================================================== templates
EMPLOYERS = {
    "US": ["Big Sioux Grain Elevators", "Bluestem Freight LLC", "Sunbelt Dental Partners"],
    "GB": ["Severnside Joinery Ltd", "Cotswold Loom Works", "Clun Veterinary Group"],
    "DE": ["Fränkische Kabelwerke GmbH", "Autohaus Regnitztal", "Wasserverband Leinebergland"],
    "FR": ["Scierie du Haut-Doubs", "Coopérative Vinicole des Coteaux Gris", "Transports Gaillac-Roule"],
    "ES": ["Bodegas Cerro Pardo", "Conservas del Ebro S.L.", "Chapistería Jaraíz"],
    "MX": ["Aguacates del Tancítaro", "Maquiladora Bajío Textil", "Constructora Tezontle"],
    "IT": ["Ceramiche Estensi srl", "Frantoio Salentino", "Liuteria Padana snc"],
    "NL": ["Kwekerij De Blauwe Kas", "Transportbedrijf IJsselbocht", "Installatiebureau Vechtdal"],
    "PT": ["Rolhas do Alentejo Lda.", "Têxteis Ria Formosa", "Oficinas do Vouga"],
    "BR": ["Laticínios Boa Queijada", "Transportadora Chapada Alegre", "Cerâmica Potiguar Ltda."],
    "PL": ["Zakłady Mięsne Lubelszczyzna", "Stolarnia Opolska sp. z o.o.", "Podkarpackie Młyny"],
    "SE": ["Norrlands Sågverk AB", "Smålands Glashytta", "Gävle Hamnlogistik"],
    "TR": ["Uludağ Örme A.Ş.", "Akdeniz Narenciye Ltd.", "Anadolu Döküm Ltd."],
    "RU": ["ООО «Камский подшипник»", "АО «Волжская мануфактура»", "ООО «Уральская сталь-сервис»"],
    "GR": ["Ελαιουργία Αχαΐας Α.Ε.", "Κρητικά Γαλακτοκομικά", "Θεσσαλικά Λιπάσματα"],
    "IL": ["מחלבות עמק יזרעאל", "הובלות הנגב בע\"מ", "מפעלי זכוכית הכרמל"],
    "EG": ["شركة الدلتا للغزل", "مطاحن الصعيد", "الصفصاف للمقاولات"],
    "IN": ["दक्कन टेक्सटाइल्स प्रा. लि.", "मालवा एग्रो फूड्स", "गोमती ऑटो पार्ट्स"],
    "TH": ["บริษัท สยามยางพารา จำกัด", "โรงสีข้าวทุ่งทอง", "ขอนแก่นสิ่งทอ"],
    "CN": ["成都蜀锦纺织有限公司", "武汉长江机电", "苏州园林建设集团"],
    "JP": ["北陸精機株式会社", "博多物流サービス", "仙台みちのく食品"],
    "KR": ["광주정밀기계", "수원전자부품", "춘천막국수식품"],
    "VN": ["Xưởng may Chợ Lớn", "Cơ khí Tam Kỳ", "Thủy sản Cù Lao Chàm"],
}

T = []


def tpl(name, count, clean=False):
    def deco(fn):
        T.append((name, count, clean, fn))
        return fn
    return deco


def staff(R, cc, used):
    return draw_person(R, cc, used)


def NM(p):
    return L("person", p.full)


def GIV(p):
    return L("person", (p.middle + " " + p.given) if p.cc == "VN" else p.given)


def FAM(p):
    return L("person", p.family)


def EM(R, p):
    return L("email", email_of(R, p), sub="personal")


def WEM(p, cc):
    return L("email", work_email(p, cc), sub="work")


def ADR(R, cc):
    return L("address", address(R, cc))


def bankhdr(cc):
    return BANKS[cc][0]


@tpl("kyc_form", 50)
def t_kyc(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    st = draw_person(R, cc, used)
    ymd = dob_parts(R)
    b = [N(bankhdr(cc), "bank_name"), " — KYC / onboarding · ", N("branch %03d" % R.randint(1, 480), "branch_no"), " · ", N(ref(R, "CIF"), "cif_no"), "\n",
         f["fam"], ": ", FAM(p), "\n", f["giv"], ": ", GIV(p), "\n", f["dob"], ": ", DOB(R, cc, ymd), "\n",
         f["id"], ": ", gov_id(R, p, ymd), "\n", f["addr"], ": ", ADR(R, cc), "\n",
         f["tel"], ": ", PH(R, cc, cc), "\n", f["mail"], ": ", EM(R, p), "\n",
         f["emp"], ": ", N(R.choice(EMPLOYERS[cc]), "employer"), "\n", f["inc"], ": ", N(amount(R, cc, 1200, 9000), "amount"), "\n",
         "PEP: no · risk: ", R.choice(["low", "medium", "standard"]), " · screening ", N(a_date(R), "date"), "\n"]
    if R.random() < 0.15:
        o = R.choice([c for c in COUNTRIES if c != cc])
        b += [f["tel"], " (", o, "): ", PH(R, o, cc), "\n"]
    if cc in IBAN_CC and R.random() < 0.4:
        b += ["Existing account (other bank): ", IB(R, cc), "\n"]
    if R.random() < 0.25:
        b += ["Debit card issued at the counter: ", CARD(R), " (PIN mailer sent separately)\n"]
    b += [f["off"], ": ", NM(st), " <", WEM(st, cc), ">"]
    return "form", lg, wrap(R, "check", lg, b)


@tpl("cdd_note", 40)
def t_cdd(R, cc, used):
    lg = LANG[cc]
    p = draw_person(R, cc, used)
    q = draw_person(R, cc, used)
    rm = draw_person(R, cc, used)
    y1, y2 = dob_parts(R, True), dob_parts(R, True)
    co = R.choice(EMPLOYERS[cc])
    b = ["EDD note — ", N(ref(R, "CDD"), "case_no"), "\n",
         "Customer ", NM(p), " (", N("CIF " + digits(R, 8), "cif_no"), "), born ", DOB(R, cc, y1), ", resident at ", ADR(R, cc), ".\n",
         "ID seen: ", gov_id(R, p, y1), ". Source of wealth: sale of shares in ", N(co, "company"), " (", N(amount(R, cc, 50000, 900000), "amount"), ").\n",
         "Co-owner of the company: ", NM(q), ", DOB ", DOB(R, cc, y2), ". Adverse media: none. Sanctions screening clear on ", N(a_date(R), "date"), ".\n",
         "Customer reachable on ", PH(R, cc, cc), " or ", EM(R, p), ".\n",
         "Expected turnover ", N(amount(R, cc, 5000, 60000), "amount"), "/month. RM: ", NM(rm), "."]
    return "notes", lg, wrap(R, R.choice(["summary", "check"]), lg, b)


@tpl("ubo_declaration", 30)
def t_ubo(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    co = R.choice(EMPLOYERS[cc])
    b = ["Beneficial ownership declaration — ", N(co, "company"), " — ", N("reg. no. " + digits(R, 8), "company_id"), "\n",
         "| # | ", f["name"], " | ", f["dob"], " | ", f["id"], " | ", f["addr"], " | % |\n|---|---|---|---|---|---|\n"]
    shares = R.choice([[60, 40], [50, 50], [75, 25], [40, 35, 25], [50, 30, 20], [34, 33, 33]])
    for i, pc in enumerate(shares):
        p = draw_person(R, cc, used)
        if not p:
            break
        ymd = dob_parts(R, True)
        b += ["| %d | " % (i + 1), NM(p), " | ", DOB(R, cc, ymd), " | ", gov_id(R, p, ymd), " | ", ADR(R, cc), " | ", N("%d%%" % pc, "percent"), " |\n"]
    d = draw_person(R, cc, used)
    b += ["Signed by director ", NM(d), " on ", N(a_date(R), "date")]
    return "form", lg, wrap(R, R.choice(["check", "table"]), lg, b)


@tpl("loan_application", 45)
def t_loan(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    ymd = dob_parts(R, True)
    kind = R.choice(["Mortgage", "Personal loan", "Car loan", "Home equity"])
    b = [N(bankhdr(cc), "bank_name"), " — ", kind, " application ", N(ref(R, "LN"), "loan_no"), "\n",
         "Applicant 1\n  ", f["name"], ": ", NM(p), "\n  ", f["dob"], ": ", DOB(R, cc, ymd), "\n  ", f["id"], ": ", gov_id(R, p, ymd), "\n  ",
         f["addr"], ": ", ADR(R, cc), "\n  ", f["tel"], ": ", PH(R, cc, cc), "\n  ", f["mail"], ": ", EM(R, p), "\n  ",
         f["emp"], ": ", N(R.choice(EMPLOYERS[cc]), "employer"), " since ", N(str(R.randint(1998, 2024)), "year"), "\n  ", f["inc"], ": ", N(amount(R, cc, 1500, 12000), "amount"), "\n"]
    if R.random() < 0.6:
        q = draw_person(R, cc, used)
        if q:
            y2 = dob_parts(R, True)
            b += ["Applicant 2\n  ", f["name"], ": ", NM(q), "\n  ", f["dob"], ": ", DOB(R, cc, y2), "\n  ", f["tel"], ": ", PH(R, cc, cc), "\n  ",
                  f["inc"], ": ", N(amount(R, cc, 800, 9000), "amount"), "\n"]
    b += ["Requested: ", N(amount(R, cc, 8000, 450000), "amount"), " over ", N("%d months" % R.choice([60, 84, 120, 240, 300]), "term"), " at ", N("%.2f%%" % (R.randint(250, 980) / 100), "rate"), " APR\n"]
    if kind == "Mortgage":
        b += ["Property: ", N("valuation " + amount(R, cc, 150000, 900000), "amount"), ", LTV ", N("%d%%" % R.randint(55, 90), "percent"), "\n"]
    if cc in IBAN_CC:
        b += ["Disbursement account: ", IB(R, cc), "\n"]
    else:
        b += ["Disbursement account: ", N("****" + digits(R, 4), "masked_account"), "\n"]
    b += ["DTI ", N("%d%%" % R.randint(18, 45), "percent"), " · score ", N(str(R.randint(540, 820)), "score")]
    return "form", lg, wrap(R, "check", lg, b)


@tpl("guarantor_form", 35)
def t_guar(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    g = draw_person(R, cc, used)
    ymd = dob_parts(R, True)
    rel = R.choice(["father", "mother", "sister", "brother", "uncle", "employer's director", "friend"])
    b = ["Guarantor form — loan ", N(ref(R, "GL"), "loan_no"), "\nBorrower: ", NM(p), "\n\nGuarantor\n",
         f["fam"], ": ", FAM(g), "\n", f["giv"], ": ", GIV(g), "\n", f["dob"], ": ", DOB(R, cc, ymd), "\n", f["id"], ": ", gov_id(R, g, ymd), "\n",
         f["addr"], ": ", ADR(R, cc), "\n", f["tel"], ": ", PH(R, cc, cc) if R.random() < 0.75 else PH(R, R.choice([c for c in COUNTRIES if c != cc]), cc), "\n", f["mail"], ": ", EM(R, g), "\n",
         "Relationship to borrower: ", rel, "\n", f["inc"], ": ", N(amount(R, cc, 1500, 15000), "amount"), "\nGuaranteed amount: ", N(amount(R, cc, 3000, 80000), "amount")]
    return "form", lg, wrap(R, R.choice(["check", "remove"]), lg, b)


LATIN = [c for c in COUNTRIES if c not in NONLATIN]


def bic_of(cc):
    return {"DE": "GENODEF1KBT", "FR": "BMVAFRPPXXX", "ES": "CRVAESMMXXX", "IT": "BCCSITR1XXX", "NL": "SPKENL2A", "PT": "CCCVPTPL",
            "PL": "BSDRPLP1", "SE": "SWMLSESS", "TR": "EKKBTRIS", "GB": "WRBSGB21", "BR": "CIPRBRSP", "GR": "STTHGRAA"}.get(cc, "QHRCCNSH")


@tpl("mt103", 40)
def t_mt103(R, cc, used):
    lg = LANG[cc]
    src = cc if cc in IBAN_CC else R.choice(sorted(IBAN_CC))
    dst = R.choice(sorted(IBAN_CC))
    p = draw_person(R, cc, used)
    ordn = p.roman if cc in NONLATIN else ascii_fold(p.full).upper()
    amt = "%d,%02d" % (R.randint(500, 95000), R.randint(0, 99))
    b = ["{1:F01", N(bic_of(src), "bic"), "0000", N(digits(R, 6), "session_no"), "}{2:I103", N(bic_of(dst), "bic"), "N}{4:\n",
         ":20:", N("TRF" + digits(R, 10), "txn_ref"), "\n:23B:CRED\n:32A:", N("26%02d%02d" % (R.randint(1, 11), R.randint(1, 28)), "value_date"), N("EUR" + amt, "amount"), "\n",
         ":50K:/", L("iban", iban_random(R, src), sub=src), "\n", L("person", ordn), "\n"]
    if cc in LATIN:
        b += [L("address", ascii_fold(address(R, cc)).upper()), "\n"]
    if R.random() < 0.4:
        co = R.choice(EMPLOYERS[dst])
        b += [":59:/", L("iban", iban_random(R, dst), sub=dst, holder="org"), "\n", N(ascii_fold(co).upper(), "company"), "\n",
              ":70:", N("INV " + digits(R, 7), "invoice_no"), "\n"]
    else:
        q = draw_person(R, dst if dst in NAMES else cc, used) or draw_person(R, cc, used)
        qn = q.roman if q.cc in NONLATIN else ascii_fold(q.full).upper()
        b += [":59:/", L("iban", iban_random(R, dst), sub=dst), "\n", L("person", qn), "\n", ":70:", N("RENT " + R.choice(["MARCH", "APRIL", "MAY", "JUNE"]), "remittance"), "\n"]
    b += [":71A:", R.choice(["SHA", "OUR", "BEN"]), "\n-}"]
    return "message", lg, wrap(R, R.choice(["explain", "check", "remove"]), lg, b)


SEPA = ["DE", "FR", "ES", "IT", "NL", "PT", "GR", "PL", "SE"]
MANDATE_T = {"DE": "SEPA-Lastschriftmandat", "FR": "Mandat de prélèvement SEPA", "ES": "Orden de domiciliación SEPA",
             "IT": "Mandato SEPA Direct Debit", "NL": "Machtiging SEPA-incasso", "PT": "Autorização de débito direto SEPA",
             "GR": "Εντολή άμεσης χρέωσης SEPA", "PL": "Polecenie zapłaty SEPA", "SE": "Autogiromedgivande"}


def cred_id(R, cc):
    return "%s%02dZZZ%s" % (cc, R.randint(10, 99), digits(R, 11 if cc == "DE" else 8))


@tpl("mandate", 40)
def t_mandate(R, cc, used):
    if cc in SEPA:
        lg = LANG[cc]
        f = F[lg]
        p = draw_person(R, cc, used)
        co = R.choice(EMPLOYERS[cc])
        b = [MANDATE_T[cc], "\nCreditor: ", N(co, "company"), " · Creditor ID ", N(cred_id(R, cc), "creditor_id"), "\nMandate ref.: ", N("MD-" + digits(R, 9), "mandate_ref"), "\n",
             f["name"], ": ", NM(p), "\n", f["addr"], ": ", ADR(R, cc), "\nIBAN: ", IB(R, cc), "\nBIC: ", N(bic_of(cc), "bic"), "\n",
             R.choice(["recurrent", "one-off"]), " · ", f["date"], ": ", N(a_date(R), "date")]
        if R.random() < 0.4:
            b += ["\nCreditor account: ", IB(R, cc, holder="org")]
        if R.random() < 0.5:
            b += ["\n", f["tel"], ": ", PH(R, cc, cc)]
        return "form", lg, wrap(R, R.choice(["check", "explain"]), lg, b)
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    b = ["Standing order instruction — ", N(bankhdr(cc), "bank_name"), "\n", f["name"], ": ", NM(p), "\n", f["addr"], ": ", ADR(R, cc), "\n",
         "Debit account: ", N("*" * 6 + digits(R, 4), "masked_account"), "\nPayee: ", N(R.choice(EMPLOYERS[cc]), "company"), ", account ", N(digits(R, 10), "account_no"), "\n",
         f["amt"], ": ", N(amount(R, cc, 50, 5000), "amount"), " monthly from ", N(a_date(R), "date"), "\n", f["tel"], ": ", PH(R, cc, cc), "\n", f["mail"], ": ", EM(R, p)]
    return "form", lg, wrap(R, "check", lg, b)

MERCHANTS = ["BLUEHARBOR*ELECTRONICS", "SQ *CAFE PORTOLANO", "PAYPAL *GADGETZONE", "AMZN Mktp", "NETFLX.COM", "RYANAIR", "ALIEXPRESS", "UBER *TRIP", "BOOKING.COM", "STEAMGAMES"]


@tpl("card_dispute", 40)
def t_dispute(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    ag = draw_person(R, cc, used)
    b = ["Dispute case ", N("DSP-" + digits(R, 8), "case_no"), " · reason code ", N(R.choice(["10.4", "13.1", "4837", "4853", "13.3"]), "reason_code"), "\n",
         "Cardholder: ", NM(p), "\n"]
    if R.random() < 0.65:
        b += ["Card: ", CARD(R), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    else:
        mk = masked(R)
        b += ["Card: ", N(mk, "masked_card"), " (BIN ", N(mk[:6], "bin"), ")\n"]
    b += ["Merchant: ", N(R.choice(MERCHANTS), "merchant"), " · ", N(amount(R, cc, 20, 3000), "amount"), " on ", N(a_date(R), "date"), "\n",
          "ARN ", N(digits(R, 23), "arn"), "\n",
          "Customer says: ", R.choice(["never received the goods", "cancelled the subscription in March", "charged twice", "did not authorise, card was in her wallet"]), ".\n",
          "Contact: ", PH(R, cc, cc), " / ", EM(R, p), "\n",
          "Handled by ", GIV(ag), " (disputes team), provisional credit ", R.choice(["granted", "refused", "pending"])]
    return "notes", lg, wrap(R, R.choice(["reply", "summary"]), lg, b)


@tpl("fraud_queue", 35)
def t_fraud(R, cc, used):
    lg = LANG[cc]
    rows = []
    for i in range(R.choice([3, 3, 4])):
        p = draw_person(R, cc, used)
        if not p:
            break
        nm = p.full
        rows += [N("AL" + digits(R, 7), "alert_id"), ",", N("2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"), ",",
                 L("person", nm), ",", EM(R, p), ",", IP(R, R.choice(["ipv4", "ipv4", "ipv4", "ipv6"]) if True else "ipv4"), ",",
                 N("dev-" + rnd(R, "0123456789abcdef", 12), "device_id"), ",", N(str(R.randint(610, 990)), "score"), ",",
                 R.choice(["new_payee_high_value", "sim_swap_recent", "impossible_travel", "velocity_3_in_10m", "mule_pattern"]), ",", PH(R, cc, cc), "\n"]
    b = ["alert_id,ts,customer,email,login_ip,device,score,rule,phone_on_file\n"] + rows
    return "csv", lg, wrap(R, R.choice(["table", "summary"]), lg, b)


@tpl("sar_draft", 30)
def t_sar(R, cc, used):
    lg = LANG[cc]
    p = draw_person(R, cc, used)
    q = draw_person(R, cc, used)
    an = draw_person(R, cc, used)
    ymd = dob_parts(R)
    d1, d2 = sorted([a_date(R), a_date(R)])
    b = ["DRAFT — Suspicious activity report ", N(ref(R, "SAR"), "case_no"), " (internal, not yet filed)\n",
         "Subject: ", NM(p), ", DOB ", DOB(R, cc, ymd), ", ID ", gov_id(R, p, ymd), ", address ", ADR(R, cc), ".\n",
         "Between ", N(d1, "date"), " and ", N(d2, "date"), " the subject received ", N(str(R.randint(9, 40)), "count"), " incoming transfers totalling ",
         N(amount(R, cc, 20000, 300000), "amount"), ", each forwarded within hours"]
    if cc in IBAN_CC:
        o = R.choice(sorted(IBAN_CC))
        b += [" to ", IB(R, o), " and ", IB(R, R.choice(sorted(IBAN_CC)))]
    b += [". Third party ", NM(q), " (", PH(R, cc, cc) if R.random() < 0.6 else PH(R, R.choice([c for c in COUNTRIES if c != cc]), cc), ") appears as sender on most credits.\n",
          "Logins from ", IP(R), " matched another customer's device.\n",
          "Analyst: ", NM(an), ". Alert ", N("AL" + digits(R, 7), "alert_id"), "."]
    return "report", lg, wrap(R, R.choice(["check", "summary"]), lg, b)


@tpl("collections_notes", 40)
def t_coll(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    p = draw_person(R, cc, used)
    ag = draw_person(R, cc, used)
    s2 = draw_person(R, cc, used)
    b = ["Collections — ", N(ref(R, "LN"), "loan_no"), " · DPD ", N(str(R.randint(31, 179)), "count"), " · arrears ", N(amount(R, cc, 200, 9000), "amount"), "\n",
         f["name"], ": ", NM(p), "\n", f["tel"], ": ", PH(R, cc, cc), "\n", f["addr"], ": ", ADR(R, cc), "\n",
         N("%02d:%02d" % (R.randint(8, 19), R.randint(0, 59)), "time"), " outbound, ", GIV(ag), ": customer cites ", R.choice(["job loss", "illness", "divorce", "reduced hours"]), ", asks for a plan.\n",
         N("%02d:%02d" % (R.randint(8, 19), R.randint(0, 59)), "time"), " PTP ", N(amount(R, cc, 50, 900), "amount"), " on ", N(a_date(R), "date"), ".\n"]
    if s2 and R.random() < 0.7:
        if R.random() < 0.35:
            b += ["Spouse ", NM(s2), " called back from abroad on ", PH(R, R.choice([c for c in COUNTRIES if c != cc]), cc), ", offered to pay half.\n"]
        else:
            b += ["Spouse ", NM(s2), " called back from ", PH(R, cc, cc), ", offered to pay half.\n"]
    if R.random() < 0.25:
        b += ["First instalment taken by phone on card ", CARD(R), ".\n"]
    b += ["Plan: ", N("%d x %s" % (R.choice([3, 6, 12]), amount(R, cc, 40, 700)), "amount"), " from ", N(a_date(R), "date"), "."]
    return "notes", lg, wrap(R, R.choice(["summary", "reply"]), lg, b)


@tpl("cashdesk_log", 30)
def t_cash(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    safe = R.random() < 0.5
    b = [N(bankhdr(cc), "bank_name"), " — ", "safe-deposit access register" if safe else "cash desk log (over threshold)", " · ", N(a_date(R), "date"), "\n",
         "time | customer | ID document | ", "box" if safe else "amount", " | teller\n"]
    for i in range(R.choice([2, 3, 3])):
        p = draw_person(R, cc, used)
        t = draw_person(R, cc, used)
        if not (p and t):
            break
        ymd = dob_parts(R)
        b += [N("%02d:%02d" % (R.randint(9, 16), R.randint(0, 59)), "time"), " | ", NM(p), " | ", gov_id(R, p, ymd), " | ",
              N("box %d-%03d" % (R.randint(1, 6), R.randint(1, 400)), "box_no") if safe else N(amount(R, cc, 10000, 60000), "amount"), " | ", GIV(t), "\n"]
    b += ["Vault count ", N(amount(R, cc, 100000, 900000), "amount")]
    return "list", lg, wrap(R, R.choice(["table", "remove"]), lg, b)


@tpl("gateway_config", 30)
def t_cfg(R, cc, used):
    lg = LANG[cc]
    o = draw_person(R, cc, used)
    pw = rnd(R, ALNUM, R.randint(14, 22))
    b = ["# ", N(bankhdr(cc), "bank_name"), " — payments-gateway ", N("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), "version"), "\n",
         "# owner: ", NM(o), " <", WEM(o, cc), ">\n",
         "CORE_DB_URL=postgresql://ledger_app:", L("secret", pw, sub="password"), "@", N(lan_ip(R), "lan_ip"), ":5432/ledger\n",
         "HSM_HOST=", N(lan_ip(R), "lan_ip"), "\nHSM_PIN=", L("secret", digits(R, 8), sub="hsm_pin"), "\n",
         "PSP_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\n",
         "PSP_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n",
         "WEBHOOK_SIGNING_SECRET=", L("secret", "whsec_" + rnd(R, ALNUM, 32), sub="webhook_secret"), "\n",
         "WEBHOOK_ALLOWLIST=", IP(R, "allowlist"), ",", IP(R, "allowlist"), "\n",
         "EGRESS_IP=", IP(R, "wan"), "\n"]
    if R.random() < 0.5:
        b += ["SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n"]
    b += ["ALERTS_TO=", N("payments-ops@" + BANKS[cc][1], "role_mailbox"), "\n",
          "# sandbox card for smoke tests: ", N("4242 4242 4242 4242", "test_card"), "\n",
          "SANDBOX_IBAN=", N("DE89370400440532013000", "sandbox_iban"), "\n",
          "TEST_ENDPOINT_IP=", N(doc_ip(R), "doc_ip")]
    return "config", lg, wrap(R, "explain", lg, b)


@tpl("access_log", 30)
def t_log(R, cc, used):
    lg = LANG[cc]
    b = []
    for i in range(R.choice([3, 4])):
        s = draw_person(R, cc, used)
        if not s:
            break
        ts = N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp")
        b += [ts, " core-banking auth: user=", WEM(s, cc), " src=", IP(R), " result=", R.choice(["OK", "OK", "MFA_OK"]), " session=", N(rnd(R, "0123456789abcdef", 16), "session_id"), "\n"]
    b += [N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
          " core-banking auth: user=admin src=", IP(R, "ipv6"), " result=FAIL reason=bad_password\n",
          N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
          " ledger db connect from ", N(lan_ip(R), "lan_ip"), " as ", N("svc_ledger", "username")]
    return "log", lg, wrap(R, R.choice(["explain", "summary"]), lg, b)


LETTER = {
    "en": ("Dear Sir or Madam,\n\nI am writing about the fee of {amt} taken from my account on {date}. {staff} at the branch promised it would be refunded, but nothing has happened.\n", "Yours faithfully,"),
    "de": ("Sehr geehrte Damen und Herren,\n\nam {date} wurde mir eine Gebühr von {amt} belastet. In der Filiale hat mir {staff} die Erstattung zugesagt, passiert ist nichts.\n", "Mit freundlichen Grüßen"),
    "fr": ("Madame, Monsieur,\n\nLe {date}, des frais de {amt} ont été prélevés sur mon compte. {staff}, à l'agence, m'avait promis un remboursement.\n", "Veuillez agréer mes salutations distinguées,"),
    "es": ("Estimados señores:\n\nEl {date} me cobraron una comisión de {amt}. {staff}, en la oficina, me dijo que me la devolverían.\n", "Atentamente,"),
    "it": ("Spettabile banca,\n\nil {date} mi è stata addebitata una commissione di {amt}. {staff} in filiale mi aveva assicurato il rimborso.\n", "Distinti saluti,"),
    "nl": ("Geachte heer/mevrouw,\n\nOp {date} werd {amt} aan kosten afgeschreven. {staff} op het kantoor beloofde terugbetaling.\n", "Met vriendelijke groet,"),
    "pt": ("Exmos. Senhores,\n\nNo dia {date} foi cobrada uma comissão de {amt}. {staff}, no balcão, prometeu o reembolso.\n", "Com os melhores cumprimentos,"),
    "pl": ("Szanowni Państwo,\n\ndnia {date} pobrano z mojego rachunku opłatę {amt}. {staff} w oddziale obiecał zwrot.\n", "Z poważaniem"),
}


@tpl("complaint_letter", 40)
def t_complaint(R, cc, used):
    lg = LANG[cc]
    blg = lg if lg in LETTER else "en"
    p = draw_person(R, cc, used)
    st = draw_person(R, cc, used)
    body, close = LETTER[blg]
    pre, rest = body.split("{staff}")
    pre = pre.replace("{amt}", "\x00A").replace("{date}", "\x00D")
    parts = []
    for seg in re.split(r"(\x00A|\x00D)", pre):
        if seg == "\x00A":
            parts.append(N(amount(R, cc, 5, 120), "amount"))
        elif seg == "\x00D":
            parts.append(N(a_date(R), "date"))
        else:
            parts.append(seg)
    b = [N(bankhdr(cc), "bank_name"), " — complaints, ", N(BANKS[cc][2], "bank_address"), "\n", N("complaints@" + BANKS[cc][1], "role_mailbox"), "\n\n"] + parts + [GIV(st) if R.random() < 0.5 else NM(st), rest]
    if cc in IBAN_CC:
        b += ["IBAN: ", IB(R, cc), "\n"]
    else:
        b += [F[lg]["acct"], ": ", N("****" + digits(R, 4), "masked_account"), "\n"]
    addr = address(R, cc)
    if ", " in addr and R.random() < 0.6:
        addr = addr.replace(", ", "\n", 1)
    b += ["\n", close, "\n", NM(p), "\n", L("address", addr), "\n", PH(R, cc, cc), "\n", EM(R, p)]
    return "letter", lg, wrap(R, "reply", lg, b)


@tpl("support_chat", 20)
def t_chat(R, cc, used):
    lg = LANG[cc]
    ag = draw_person(R, cc, used)
    cu = draw_person(R, cc, used)
    an, cn = GIV(ag).value, (cu.given if cc not in ("CN", "KR", "JP") else cu.full)
    b = ["[", N("10:%02d" % R.randint(0, 59), "time"), "] ", L("person", an), ": Hi, this is ", L("person", an), " from ", N("Pennywise Pay", "fintech"), " support, ticket ", N("#" + digits(R, 7), "ticket_no"), ".\n",
         "[", N("10:%02d" % R.randint(0, 59), "time"), "] ", L("person", cn), ": my card ending ", N(digits(R, 4), "last_four"), " got blocked, I'm ", NM(cu), ", email ", EM(R, cu), "\n",
         "[", N("10:%02d" % R.randint(0, 59), "time"), "] ", L("person", an), ": Thanks, I'll send a code to the number on file. Is it still ", PH(R, cc, cc), "?\n",
         "[", N("10:%02d" % R.randint(0, 59), "time"), "] ", L("person", cn), ": yes. Code was ", N(digits(R, 6), "otp"), "\n"]
    return "chat_export", lg, wrap(R, R.choice(["reply", "summary"]), lg, b)


MICRO = ["IN", "MX", "BR", "EG", "VN", "TH", "TR"]


@tpl("microfinance_visit", 25)
def t_micro(R, cc, used):
    cc = MICRO[R.randint(0, len(MICRO) - 1)]
    lg = LANG[cc]
    f = F[lg]
    fo = draw_person(R, cc, used)
    b = [N(BANKS[cc][0], "lender"), " — field visit, group ", N("G-" + digits(R, 4), "group_no"), ", cycle ", N(str(R.randint(2, 7)), "count"), "\n",
         f["off"], ": ", NM(fo), "\n"]
    host = None
    for i in range(R.choice([2, 3])):
        p = draw_person(R, cc, used)
        if not p:
            break
        host = host or p
        ymd = dob_parts(R)
        b += ["- ", NM(p), " · ", gov_id(R, p, ymd), " · ", PH(R, cc, cc), " · ", N(amount(R, cc, 2000, 40000), "amount"), " · ", R.choice(["on time", "1 instalment late", "business expanded", "needs top-up"]), "\n"]
    b += ["Next meeting at the home of ", GIV(host), ": ", ADR(R, cc)]
    return "notes", lg, wrap(R, R.choice(["summary", "table"]), lg, b)

# ---------------------------------------------------------------- clean templates
@tpl("branch_factsheet", 35, clean=True)
def c_fact(R, cc, used):
    lg = LANG[cc]
    bk = BANKS[cc]
    b = [N(bk[0], "bank_name"), "\n", N(bk[2], "bank_address"), "\nSwitchboard: ", N(bk[3], "switchboard"), "\n",
         "Lost cards 24/7: ", N(bk[3], "switchboard"), "\n", N(bk[4], "sort_code"), "\n",
         "Mail: ", N("service@" + bk[1], "role_mailbox"), " · ", N("mortgages@" + bk[1], "role_mailbox"), "\n",
         "Opening hours: Mon-Fri ", N("09:00-16:30", "hours"), ", Sat ", N("09:00-12:00", "hours"), "\n",
         "ATMs: ", N(str(R.randint(2, 6)), "count"), " · safe-deposit boxes: ", N(str(R.randint(80, 600)), "count"), "\n",
         "Branch code ", N("%04d" % R.randint(1, 9999), "branch_no"), " · company reg. ", N(digits(R, 9), "company_id")]
    return "notice", lg, wrap(R, R.choice(["check", "summary"]), lg, b)


@tpl("rate_sheet", 35, clean=True)
def c_rates(R, cc, used):
    lg = LANG[cc]
    b = ["Affordability worksheet (anonymised) — case ", N(ref(R, "AFF"), "case_no"), "\n",
         "Gross income: ", N(amount(R, cc, 30000, 120000), "amount"), " p.a.\nCommitments: ", N(amount(R, cc, 100, 1500), "amount"), " p.m.\n",
         "Stress rate ", N("%.2f%%" % (R.randint(500, 900) / 100), "rate"), " · product rate ", N("%.2f%%" % (R.randint(250, 600) / 100), "rate"), "\n",
         "Max loan at 4.5x: ", N(amount(R, cc, 100000, 500000), "amount"), " · LTV ", N("%d%%" % R.randint(60, 95), "percent"), "\n",
         "Term ", N("%d years" % R.choice([20, 25, 30, 35]), "term"), " · product code ", N("FX%d-%02d" % (R.choice([2, 5, 10]), R.randint(1, 99)), "product_code"), "\n",
         "Decision in principle valid until ", N(a_date(R), "date")]
    return "report", lg, wrap(R, R.choice(["check", "explain"]), lg, b)


TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "4111 1111 1111 1111", "6011 1111 1111 1117"]
SANDBOX_IBANS = ["DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "GB82 WEST 1234 5698 7654 32"]


@tpl("processor_testdocs", 35, clean=True)
def c_test(R, cc, used):
    lg = LANG[cc]
    tc = R.sample(TEST_CARDS, 2)
    b = ["Payment processor sandbox notes (from the integration guide)\n",
         "- Successful payment: ", N(tc[0], "test_card"), ", any future expiry, any CVC\n",
         "- 3DS challenge: ", N(tc[1], "test_card"), "\n",
         "- SEPA test IBAN: ", N(R.choice(SANDBOX_IBANS), "sandbox_iban"), "\n",
         "- Failing IBAN (bad check digits): ", N(bad_iban(R, R.choice(["DE", "FR", "NL"])), "iban_typo"), "\n",
         "- Keys: ", N("sk_test_<your-key>", "placeholder"), " / ", N("pk_test_" + "x" * 24, "placeholder"), "\n",
         "- Webhook source for local tests: ", N(doc_ip(R), "doc_ip"), " and ", N("2001:db8::%x" % R.randint(1, 999), "doc_ip"), "\n",
         "- Sandbox base URL https://sandbox.", N("payments.example.com", "example_domain")]
    return "code", lg, wrap(R, "explain", lg, b)


SAMPLES = {
    "en": ["John Doe", "Jane Doe", "Joe Bloggs", "A. N. Other"], "de": ["Max Mustermann", "Erika Mustermann"],
    "fr": ["Jean Dupont", "Marie Durand"], "es": ["Juan Español Español", "Fulano de Tal"], "it": ["Mario Rossi", "Maria Bianchi"],
    "nl": ["Jan Jansen", "Piet Pietersen"], "pt": ["Fulano de Tal", "João Ninguém"], "pl": ["Jan Kowalski", "Anna Nowak"],
    "sv": ["Sven Svensson", "Anna Andersson"], "tr": ["Ahmet Yılmaz", "Ayşe Yılmaz"], "ru": ["Иванов Иван Иванович"],
    "el": ["Γεώργιος Παπαδόπουλος"], "he": ["ישראל ישראלי"], "ar": ["فلان الفلاني"], "hi": ["राम कुमार"], "th": ["นายสมชาย ใจดี"],
    "zh": ["张三", "李四"], "ja": ["山田 太郎", "山田 花子"], "ko": ["홍길동"], "vi": ["Nguyễn Văn A"],
}


@tpl("sample_form", 30, clean=True)
def c_sample(R, cc, used):
    lg = LANG[cc]
    f = F[lg]
    b = ["Training sheet — how to fill the account-opening form (sample values only)\n",
         f["name"], ": ", N(R.choice(SAMPLES[lg]), "sample_name"), "\n", f["dob"], ": ", N("01.01.1970" if R.random() < 0.5 else "1980-01-01", "sample_date"), "\n",
         f["tel"], ": ", N(R.choice(["+44 7700 900000", "(555) 010-0000", "000 000 0000", "+49 000 0000000"]), "placeholder_phone"), "\n",
         f["mail"], ": ", N("firstname.lastname@example.com", "example_email"), "\n",
         "IBAN: ", N(R.choice(["XX00 0000 0000 0000 0000 00", "DE00 0000 0000 0000 0000 00"]), "placeholder_iban"), "\n",
         f["id"], ": ", N(R.choice(["000-00-0000", "AB 12 34 56 C (format)", "12345678Z (example)", "XXXXXXXXXXXX"]), "placeholder_id"), "\n",
         "Leave the field empty if the customer has no e-mail; never write the PIN on the form."]
    return "training", lg, wrap(R, R.choice(["check", "explain"]), lg, b)


EPONYM = ["Barclays", "Lloyds Bank", "Coutts", "Rothschild & Co", "Lazard", "Goldman Sachs", "Morgan Stanley", "Charles Schwab",
          "Merrill Lynch", "Wells Fargo", "Julius Bär", "Lombard Odier", "Berenberg", "M.M. Warburg", "Raiffeisen", "Hoare & Co",
          "Crédit Lyonnais", "Banca Monte dei Paschi", "Edmond de Rothschild", "Vanguard's Bogle funds", "Fidelity Magellan", "Templeton Growth"]
WORDS = ["Will the base rate move before the next committee?", "Mark the case as resolved once the refund posts.",
         "Grant the payment holiday only with a signed form.", "Chase the arrears letter, it bounced.",
         "Bill the valuation fee to the broker, not the customer.", "Frank feedback from audit: too many overrides.",
         "Sterling fell again, so the FX desk widened spreads.", "Every penny of the overdraft fee was reversed.",
         "Rich customers still queue at the cash desk on Fridays.", "Dawn raids on the mule network were reported in the press.",
         "Sandy soil under the new branch delayed the build.", "Will you sign the mandate at the counter?",
         "Hope the new KYC tool is faster.", "Faith in the scoring model is low after the audit.",
         "Summer opening hours start in June.", "Victoria branch closes early on Thursday."]


@tpl("eponym_words", 35, clean=True)
def c_words(R, cc, used):
    lg = LANG[cc]
    b = ["Team notes — ", N(a_date(R), "date"), "\n"]
    for s in R.sample(WORDS, 3):
        b += ["- ", N(s, "name_as_word"), "\n"]
    e = R.sample(EPONYM, 2)
    b += ["- Correspondent banks in the report: ", N(e[0], "bank_named_after_person"), " and ", N(e[1], "bank_named_after_person"), "\n",
          "- Loan book ", N(amount(R, cc, 1000000, 9000000), "amount"), ", NPL ratio ", N("%.1f%%" % (R.randint(10, 80) / 10), "rate")]
    return "notes", lg, wrap(R, "summary", lg, b)


@tpl("atm_inventory", 30, clean=True)
def c_inv(R, cc, used):
    lg = LANG[cc]
    b = ["device,terminal_id,ip,mac,firmware,status\n"]
    for i in range(R.choice([3, 4, 5])):
        mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
        b += [R.choice(["ATM", "CDM", "TELLER-PC", "CASH-RECYCLER", "PINPAD"]), ",", N("T" + digits(R, 7), "terminal_id"), ",", N(lan_ip(R), "lan_ip"), ",",
              N(mac, "mac"), ",", N("%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)), "version"), ",", R.choice(["up", "up", "cash low", "offline"]), "\n"]
    b += ["gateway ", N(lan_ip(R), "lan_ip"), ", netmask ", N("255.255.255.0", "netmask"), ", monitoring probe ", N(doc_ip(R), "doc_ip"), "\n",
          "BIN ranges on-us: ", N("492181-492189", "bin"), ", masked sample ", N(masked(R), "masked_card")]
    return "csv", lg, wrap(R, "explain", lg, b)


# ====================================================================== rules
ROLE = {"service", "mortgages", "complaints", "payments-ops", "info", "kyc", "support"}
EXEMPT_TAGS = {"test_card", "sandbox_iban"}
ALL_NAME_WORDS = set()
for _lists in NAMES.values():
    for _l in _lists:
        for _w in re.split(r"[\s|/\-]+", _l):
            if _w and _w.lower() not in PARTICLES:
                ALL_NAME_WORDS.add(_w)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
SEPCH = " -.\u00a0\u202f"


def blank(text, spans, extra=()):
    t = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x01"
    s = "".join(t)
    for e in extra:
        s = s.replace(e, "\x01" * len(e))
    return s


def luhn_runs(s):
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", s):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if 13 <= len(acc) <= 19 and luhn_ok(acc) and len(set(acc)) > 1:
                    out.append(acc)
                if len(acc) > 19:
                    break
    return out


def iban_like(s):
    out = []
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32})", s):
        c = re.sub(r"[ \u00a0]", "", m.group(1))
        for n in range(15, len(c) + 1):
            cand = c[:n]
            if IBAN_LEN.get(cand[:2]) == n and iban_mod97(cand) == 1:
                out.append(cand)
    return out


def name_hits(s, words):
    hits = []
    for w in words:
        if CJK.search(w):
            parts = {w} | {w[i:j] for i in range(len(w)) for j in range(i + 2, len(w) + 1)}
            if any(p in s for p in parts):
                hits.append(w)
        elif THAI.search(w):
            parts = {w[i:j] for i in range(len(w)) for j in range(i + 4, len(w) + 1)}
            if any(p in s for p in parts):
                hits.append(w)
        else:
            if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", s, re.I):
                hits.append(w)
    return hits


def rule_errors(rec):
    errs = []
    t = rec["text"]
    sp = rec["spans"]
    try:
        check_record(rec)
    except AssertionError as e:
        return ["record: %s" % str(e)[:80]]
    if not (120 <= len(t) <= 2500):
        errs.append("length %d" % len(t))
    for s in sp:
        v = s["value"]
        if s["type"] == "gov_id" and not gov_ok(s):
            errs.append("gov_id " + v)
        if s["type"] == "iban":
            c = re.sub(r"\s", "", v)
            if iban_mod97(c) != 1 or IBAN_LEN[c[:2]] != len(c):
                errs.append("iban " + v)
        if s["type"] == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            errs.append("card " + v)
        if s["type"] == "ip":
            a = ipaddress.ip_address(v)
            if not a.is_global:
                errs.append("ip " + v)
        if s["type"] == "email" and (".example" in v or "@example" in v or "@" not in v):
            errs.append("email " + v)
    b = blank(t, sp, [x for x in TEST_CARDS + SANDBOX_IBANS + ["DE89370400440532013000"]])
    for m in re.finditer(r"[\w.+\-]+@([\w\-]+\.)+\w+", b):
        loc, dom = m.group(0).split("@", 1)
        if loc not in ROLE and "example" not in dom:
            errs.append("email outside " + m.group(0))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", b):
        try:
            if ipaddress.ip_address(m.group(0)).is_global:
                errs.append("ip outside " + m.group(0))
        except ValueError:
            pass
    for m in re.finditer(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b", b):
        try:
            if ipaddress.ip_address(m.group(0)).is_global:
                errs.append("ip6 outside " + m.group(0))
        except ValueError:
            pass
    for r in luhn_runs(b):
        errs.append("luhn outside " + r)
    for r in iban_like(b):
        errs.append("iban outside " + r)
    if sp:
        words = set()
        for s in sp:
            if s["type"] == "person":
                for w in re.split(r"[\s\-/]+", s["value"]):
                    if w and w.lower() not in PARTICLES and w not in VN_MIDDLE["m"] + VN_MIDDLE["f"]:
                        words.add(w)
        for h in name_hits(b, words):
            errs.append("name word outside " + h)
    else:
        for h in name_hits(b, ALL_NAME_WORDS):
            errs.append("list name word in clean " + h)
    return errs


# ====================================================================== generate
def generate(with_meta=False):
    out, meta, dropped = [], [], Counter()
    for ti, (name, count, clean, fn) in enumerate(T):
        kept = []
        cands = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            used = set()
            try:
                form, lang, parts = fn(R, cc, used)
            except TypeError:
                dropped[name + ":none"] += 1
                continue
            rec = build("x", form, lang, parts)
            if len(rec["spans"] if not clean else []) == 0 and not clean:
                dropped[name + ":nolabel"] += 1
                continue
            if clean and rec["spans"]:
                dropped[name + ":cleanlabel"] += 1
                continue
            errs = rule_errors(rec)
            if errs:
                dropped[name + ":" + errs[0].split(" ")[0] + " " + errs[0].split(" ")[1]] += 1
                continue
            cands.append((rec, name, cc))
        # phones through pv, in one batch per template
        items = []
        for rec, _, _ in cands:
            for s in rec["spans"]:
                if s["type"] == "phone":
                    items.append((s["value"], s["region"], s.get("plan", s["region"])))
        bad = pv_check(items)
        if bad is None:
            raise SystemExit("pv missing")
        badset = {ln.split("\t")[1] for ln in bad}
        seen = set(r[0]["text"] for r in out)
        for rec, nm, cc in cands:
            if any(s["type"] == "phone" and s["value"] in badset for s in rec["spans"]):
                dropped[nm + ":phone"] += 1
                continue
            if rec["text"] in seen:
                dropped[nm + ":dup"] += 1
                continue
            if len(kept) < count:
                seen.add(rec["text"])
                kept.append((rec, nm, cc))
        if len(kept) < count:
            raise SystemExit("template %s: only %d of %d" % (name, len(kept), count))
        out += kept
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(out)
    recs = []
    for i, (rec, nm, cc) in enumerate(out):
        rec["id"] = PREFIX + "%05d" % i
        r2 = {"id": rec["id"]}
        r2.update({k: v for k, v in rec.items() if k != "id"})
        recs.append(r2)
        meta.append((nm, cc))
    return (recs, meta, dropped) if with_meta else recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    recs = generate()
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    assert disk == dumps(recs), "file differs from a fresh generation"
    items = []
    for r in recs:
        assert not rule_errors(r), (r["id"], rule_errors(r))
        for s in r["spans"]:
            if s["type"] == "phone":
                items.append((s["value"], s["region"], s.get("plan", s["region"])))
    bad = pv_check(items)
    assert bad == [], bad
    assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
    assert [r["id"] for r in recs] == [PREFIX + "%05d" % i for i in range(800)]
    print("ok: %d records, %d labels, %d phones valid" % (len(recs), sum(len(r["spans"]) for r in recs), len(items)))


def stats():
    recs, meta, dropped = generate(True)
    types = Counter(s["type"] for r in recs for s in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(types.values()))
    print("types", dict(types.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(cc for (nm, cc), r in zip(meta, recs) if r["spans"]).most_common()))
    print("templates", dict(Counter(nm for nm, cc in meta)))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("subs", dict(Counter((s["type"], s.get("sub")) for r in recs for s in r["spans"] if s["type"] in ("gov_id", "secret", "ip", "card", "iban")).most_common()))
    print("plan phones", sum(1 for r in recs for s in r["spans"] if s["type"] == "phone" and "plan" in s))
    print("neg tags", len(Counter(t for r in recs for t in r.get("neg", []))), dict(Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    L_ = sorted(len(r["text"]) for r in recs)
    print("length", L_[0], L_[len(L_) // 2], L_[-1])
    print("dropped", sum(dropped.values()), dict(dropped.most_common()))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    else:
        recs = generate()
        write_jsonl(OUT, recs)
        print("wrote %d records to %s" % (len(recs), OUT))
