#!/usr/bin/python3
"""Held-out part 39 of the redaction corpus (heldout39.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 37
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 28's decisions on police
officers by collar number, witnesses and suspects, part 23's on named
clinicians, next of kin and hospital numbers, part 27's on accident
locations on public roads, plates and depot coordinates, parts 25/31's on
key-safe and alarm codes and LAN addresses, part 30's on private ranges,
parts 20/23's on emergency and service numbers), lines 1-100 of
gen_heldout33.py (header and imports) and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run only through `pv_check`); not the redactor, its docs, its tests, the
other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 02:06:13 UTC on
2026-12-05 (`date -u`); the end time is in heldout/README.md. `pv_check`
is reused as is; the CLI layout (rewrite / --check / --stats) imitates
part 33's header.

Theme: EMERGENCY SERVICES, PUBLIC SAFETY AND SECURITY — dispatch, incidents
and access control. What call-takers, paramedics, firefighters, police
staff, lifeguards, security guards, facility managers, event stewards and
worried citizens paste into an AI assistant, from 26 countries in 22
languages: CAD dispatch logs and emergency-call transcripts (caller,
callback number, incident address when it is a home, patient, key-safe
code), ambulance patient-care report excerpts (patient, birth date, health
or national id, next of kin, crew), security incident reports and guard
shift logs, visitor books, lost-and-found logs, missing-person notices,
neighbourhood-watch chats, access-control badge exports, CCTV/NVR and alarm
logs (admin passwords, public IPs), steward and lifeguard rosters with
emergency contacts, volunteer fire brigade member lists, fire-drill PEEP
lists, ICE cards, CAD/radio configs with API keys, victim-support
referrals, workplace accident-book entries and card-theft reports. Hard
negatives of the theme everywhere: incident, CAD, call, log, crime and
report numbers, call signs, collar numbers, badge and card UIDs, SIA and
first-aid certificate numbers, plates, emergency and non-emergency numbers
(112, 911, 999, 101, 116 117...), stations', hospitals' and venues'
addresses and switchboards, public incident locations, grid references
and coordinates, incident dates and times, serials, MACs, RFC 1918 and
documentation IPs, exercise scenarios with sample patients, public
figures and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
390412, shuffle seed 390413).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout39.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout39.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout39.py --stats   # counts
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
                       ssn_random, nino_random, nhs_random, nhs_ok, nir_random,
                       nir_ok, dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping, split_groups,
                       MONTHS, secret_random, GB_MOBILE, _nanp_line, US_AREAS, rnd,
                       ALNUM, URLSAFE)

SEED = 390412
SHUFFLE_SEED = 390413
OUT = os.path.join(HERE, "heldout39.jsonl")
PREFIX = "heldout-am-"


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
# Names: "native|roman" where the script is not Latin (roman used in English
# bodies and for e-mail local parts). Female family forms after "/" (PL, RU,
# CZ, GR). Family name first for JP (with a space), KR, CN (no space), HU-style
# order is not used. Every list written by hand for this part.
NAMES = {
    "US": ("Ransom Emmitt Thurgood Delbert Garrison Hollis Hezekiah Cletus",
           "Lurleen Maybelle Twyla Darcelle Verna Kimber Shawnee Opaline",
           "Culpepper Bledsoe Tunstall Haskett Mcelhaney Spurlock Vantassel Quattlebaum Dinwiddie Roebuck"),
    "GB": ("Alasdair Peregrine Rufus Cosmo Tancred Lachlan Digby Ambrose",
           "Ottoline Clemency Henrietta Marigold Ottilie Lettice Araminta Bryony",
           "Braithwaite Entwistle Fothergill Gedling Sowerbutts Inchbald Mottram Ramsbottom Scholefield Tattersall"),
    "DE": ("Gotthilf Gernot Lothar Hartmut Eckbert Volkmar Detlef Godehard",
           "Gerlinde Hiltrud Rotraud Walburga Irmtraud Sieglinde Adelheid Hannelies",
           "Kleinschmidt Overbeck Niederhuber Tiedemann Wöllenweber Brockhusen Pfefferkorn Schwerdtfeger Lüdemann Quadflieg"),
    "AT": ("Leopold Engelbert Vinzenz Ambros Ignaz Severin Wunibald Willibald",
           "Kunigunde Aloisia Theresia Leopoldine Roswitha Hermine Crescentia Waltraud",
           "Hinterleitner Scharinger Gschwandtner Stockinger Pointecker Zauner Haslinger Kogelnig Aigner Wimmesberger"),
    "FR": ("Anatole Gonzague Aymeric Théophile Barthélemy Aurèle Évrard Hippolyte",
           "Apolline Bérengère Aldegonde Gislaine Bertille Clémence Eugénie Solange",
           "Desforges Le-Guennec Montagnier Vaillancourt Chassagne Rivoallan Bouchereau Lamarzelle Fauconnier Tardivel"),
    "ES": ("Eustaquio Ildefonso Casimiro Leandro Teodoro Venancio Baltasar Fermín",
           "Inmaculada Remedios Angustias Begoña Covadonga Nieves Herminia Araceli",
           "Ezkurdia Villarrubia Monteagudo Almagro Garrigós Quintanilla Echániz Barrenechea Carrasquilla Valcárcel Sarasúa"),
    "MX": ("Abundio Filemón Eleuterio Heriberto Rigoberto Saturnino Tiburcio Macario",
           "Ameyalli Marisela Rosaura Eréndira Itandehui Jacaranda Citlalmina Yoloxóchitl",
           "Ahuactzin Mendívil Olguín Tzompantzi Zamudio Anzures Xochihua Cuamatzi Ortuño Huitrón"),
    "IT": ("Ermenegildo Gaspare Calogero Ettore Pasquale Arcangelo Nazzareno Ubaldo",
           "Assunta Filomena Ersilia Gelsomina Annunziata Carmela Liboria Tarcisia",
           "Abbruzzese Mastrogiacomo Lopresti Capobianco Fumagalli Vitiello Sciacca Buonocore Tagliaferri Zampieri"),
    "NL": ("Hendrikus Gijsbert Wubbo Evert Ruurd Tjeerd Aldert Meindert",
           "Geertruida Hiltje Wilhelmina Aaltje Jantine Sjoukje Marrit Grietje",
           "Hoogendijk Bruinsma Schoonhoven Oudshoorn Westerveld Bosschaart Terpstra van_Wijnbergen ter_Steege de_Vlieger"),
    "PT": ("Fernão Gaspar Bartolomeu Hermenegildo Custódio Leonel Aníbal Teotónio",
           "Conceição Deolinda Filipa Guilhermina Leonor Benedita Rosalina Ermelinda",
           "Carrapiço Gouveia Pestana Albergaria Quaresma Sampaio Cerqueira Vasconcelos Amaral Belchior"),
    "BR": ("Adalberto Valdomiro Josué Raimundo Valdecir Edivaldo Genivaldo Ubirajara",
           "Jucileide Marinalva Rosimeire Iracema Luzinete Francisca Edileuza Cleonice",
           "Rabelo Bezerra Cavalcanti Albuquerque Medeiros Sobral Figueiredo Aragão Paranhos Queiroz"),
    "PL": ("Bogumił Wawrzyniec Przemysław Ziemowit Czesław Radosław Leszek Teodor",
           "Bożena Jadwiga Wiesława Halina Grażyna Urszula Stanisława Bronisława",
           "Gołębiowski/Gołębiowska Szczepański/Szczepańska Kołodziej Zawadzki/Zawadzka Pietrzak Sobczak "
           "Chmielewski/Chmielewska Dudek Kaczmarczyk Jabłoński/Jabłońska"),
    "SE": ("Torbjörn Gunnar Ragnvald Östen Valdemar Leif Arvid Holger",
           "Ingegerd Margareta Solveig Birgitta Gunnel Elvira Siv Agneta",
           "Lindqvist Sjöberg Bergström Åkesson Hedlund Wallin Forsgren Nyström Blomqvist Ekdahl"),
    "TR": ("Necati Hüsnü Cemalettin Taner Oğuzhan Bülent Turgay Erdinç",
           "Hacer Nuriye Gülizar Şükran Perihan Saadet Feride Meltem",
           "Karabulut Yazıcıoğlu Bozkurt Tekin Eroğlu Kalkan Sarıgül Uysal Akbulut Tuncer"),
    "RU": ("Святослав|Svyatoslav Тимофей|Timofey Елисей|Yelisey Прохор|Prokhor Захар|Zakhar Фрол|Frol Игнат|Ignat Всеволод|Vsevolod",
           "Ангелина|Angelina Василиса|Vasilisa Злата|Zlata Ульяна|Ulyana Таисия|Taisiya Евдокия|Yevdokiya Агния|Agniya Пелагея|Pelageya",
           "Пестов/Пестова|Pestov/Pestova Рогожин/Рогожина|Rogozhin/Rogozhina Шубин/Шубина|Shubin/Shubina "
           "Лыков/Лыкова|Lykov/Lykova Зотов/Зотова|Zotov/Zotova Кудрявцев/Кудрявцева|Kudryavtsev/Kudryavtseva "
           "Сазонов/Сазонова|Sazonov/Sazonova Третьяков/Третьякова|Tretyakov/Tretyakova"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευάγγελος|Evangelos Παντελής|Pantelis Στυλιανός|Stylianos "
           "Αθανάσιος|Athanasios Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas",
           "Παναγιώτα|Panagiota Ευτυχία|Eftychia Κυριακή|Kyriaki Χρυσούλα|Chrysoula Σταυρούλα|Stavroula "
           "Αγλαΐα|Aglaia Δέσποινα|Despoina Ξανθή|Xanthi",
           "Παπαδόγιαννης/Παπαδογιάννη|Papadogiannis/Papadogianni Κουτσομύτης/Κουτσομύτη|Koutsomytis/Koutsomyti "
           "Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou Μαυρογένης/Μαυρογένη|Mavrogenis/Mavrogeni "
           "Ζαχαρίου/Ζαχαρίου|Zachariou/Zachariou Λαμπράκης/Λαμπράκη|Lamprakis/Lampraki "
           "Γιαννακόπουλος/Γιαννακοπούλου|Giannakopoulos/Giannakopoulou Τσιρίγος/Τσιρίγου|Tsirigos/Tsirigou"),
    "CZ": ("Bořivoj Vlastimil Přemysl Čestmír Radek Jaroslav Vratislav Kvido",
           "Blažena Ludmila Zdeňka Vlasta Drahomíra Jiřina Libuše Radmila",
           "Nedbal/Nedbalová Kratochvíl/Kratochvílová Šťastný/Šťastná Vondráček/Vondráčková Holub/Holubová "
           "Pospíšil/Pospíšilová Zelenka/Zelenková Doležal/Doležalová"),
    "JP": ("大輔|Daisuke 健太|Kenta 颯太|Sota 智也|Tomoya 和樹|Kazuki 拓海|Takumi 直人|Naoto 悠真|Yuma",
           "美咲|Misaki 千尋|Chihiro 彩花|Ayaka 真由|Mayu 菜摘|Natsumi 楓|Kaede 詩織|Shiori 茜|Akane",
           "佐久間|Sakuma 今泉|Imaizumi 五十嵐|Igarashi 鳥居|Torii 柘植|Tsuge 若林|Wakabayashi 榎本|Enomoto "
           "小野寺|Onodera 東海林|Shoji 水無瀬|Minase"),
    "KR": ("준혁|Junhyuk 성훈|Seonghun 태윤|Taeyun 민재|Minjae 동욱|Donguk 재원|Jaewon 현우|Hyunwoo 승민|Seungmin",
           "서연|Seoyeon 지민|Jimin 하은|Haeun 수빈|Subin 예린|Yerin 은비|Eunbi 다은|Daeun 채원|Chaewon",
           "염|Yeom 서문|Seomun 국|Guk 맹|Maeng 변|Byun 육|Yuk 편|Pyeon 좌|Jwa"),
    "CN": ("志远|Zhiyuan 浩然|Haoran 俊杰|Junjie 立新|Lixin 文博|Wenbo 子轩|Zixuan 国栋|Guodong 振宇|Zhenyu",
           "婉清|Wanqing 思琪|Siqi 雨桐|Yutong 佳怡|Jiayi 晓燕|Xiaoyan 梦瑶|Mengyao 若曦|Ruoxi 秀英|Xiuying",
           "令狐|Linghu 皇甫|Huangfu 尉迟|Yuchi 郝|Hao 庞|Pang 阎|Yan 邝|Kuang 滕|Teng"),
    "IN": ("प्रद्युम्न|Pradyumna यशोवर्धन|Yashovardhan ऋतुराज|Rituraj अभिमन्यु|Abhimanyu कौस्तुभ|Kaustubh "
           "सौमित्र|Saumitra धनंजय|Dhananjay चिन्मय|Chinmay",
           "गार्गी|Gargi वैदेही|Vaidehi सुहासिनी|Suhasini मृणालिनी|Mrinalini ऋचा|Richa तेजस्विनी|Tejaswini "
           "अवंतिका|Avantika शर्वरी|Sharvari",
           "तम्हाणे|Tamhane गोखले|Gokhale बर्वे|Barve पटवर्धन|Patwardhan राजाध्यक्ष|Rajadhyaksha नाडकर्णी|Nadkarni "
           "सहस्रबुद्धे|Sahasrabuddhe भागवत|Bhagwat"),
    "IL": ("יהונתן|Yehonatan אביתר|Evyatar נתנאל|Netanel עמיחי|Amichai שגיא|Sagi אלישע|Elisha צורי|Tzuri רועי|Roi",
           "אורטל|Ortal הדסה|Hadassah נגה|Noga תהילה|Tehila רעות|Reut אביגיל|Avigail ליאורה|Liora מעיין|Maayan",
           "אלמוג|Almog גבאי|Gabay דהן|Dahan צרפתי|Tzarfati בוזגלו|Buzaglo ויסמן|Weissman פרידלנדר|Friedlander קורן|Koren"),
    "EG": ("أيمن|Ayman شريف|Sherif مصطفى|Mostafa حازم|Hazem طارق|Tarek وليد|Walid يوسف|Youssef كريم|Karim",
           "رحاب|Rehab نهى|Noha منة|Menna سلمى|Salma دعاء|Doaa هبة|Heba إيمان|Eman ياسمين|Yasmin",
           "الشناوي|El-Shenawy البحيري|El-Beheiry القاضي|El-Kady الفقي|El-Fiky سليمان|Soliman الجمال|El-Gammal "
           "حجازي|Hegazy المنياوي|El-Menyawy"),
    "TH": ("ธนากร|Thanakorn ณัฐวุฒิ|Nattawut ปิยะพงษ์|Piyapong วรเชษฐ์|Worachet สมศักดิ์|Somsak กิตติศักดิ์|Kittisak "
           "ชยพล|Chayapol อนุชา|Anucha",
           "พิมพ์ชนก|Pimchanok ศิริพร|Siriporn กาญจนา|Kanchana วิไลวรรณ|Wilaiwan รัตนา|Rattana ปวีณา|Paweena "
           "นันทนา|Nantana อรุณี|Arunee",
           "ศรีสุวรรณ|Srisuwan บุญประเสริฐ|Boonprasert แก้วมณี|Kaewmanee จันทร์หอม|Chanhom วงศ์สวัสดิ์|Wongsawat "
           "เพชรรัตน์|Phetcharat สุขสมบูรณ์|Suksomboon ชัยมงคล|Chaimongkol"),
    "VN": ("Khang Triều Phước Khải Tấn Vỹ Khiêm Luân",
           "Hằng Quyên Nguyệt Trinh Diễm Oanh Uyên Xuyến",
           "Lương Đinh Phùng Tạ Khổng Quách Vương Mạc"),
    "ID": ("Wisnu Cahyadi Hendrawan Gilang Raditya Yudhistira Suryo Adhitama",
           "Kartika Sekar Ayuningtyas Wulandari Puspita Anjani Laksmi Ratnasari",
           "Wibisono Sasongko Purnomo Hadiwijaya Nugroho Setiabudi Tjahjono Hutapea Siregar Kusumawardhana"),
}
VN_MIDDLE = {"m": ["Khắc", "Duy", "Trọng"], "f": ["Ngọc", "Diệu", "Thục"]}
NONLATIN = {"RU", "GR", "JP", "KR", "CN", "IN", "IL", "EG", "TH"}
FAMILY_FIRST = {"JP", "KR", "CN", "VN"}
NOSPACE = {"KR", "CN"}


def parse_names(cc):
    gm, gf, fam = NAMES[cc]

    def split(s):
        out = []
        for w in s.split():
            native, _, roman = w.partition("|")
            out.append((native.replace("_", " "), (roman or native).replace("_", " ")))
        return out
    return split(gm), split(gf), split(fam)


PARSED = {cc: parse_names(cc) for cc in NAMES}

LANG = {"US": "en", "GB": "en", "DE": "de", "AT": "de", "FR": "fr", "ES": "es", "MX": "es",
        "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "TR": "tr",
        "RU": "ru", "GR": "el", "CZ": "cs", "JP": "ja", "KR": "ko", "CN": "zh", "IN": "hi",
        "IL": "he", "EG": "ar", "TH": "th", "VN": "vi", "ID": "id"}
COUNTRIES = list(LANG)


class Person:
    """One private person: names in the text's script and roman forms."""

    def __init__(self, cc, sex, given, family, groman, froman, dob):
        self.cc, self.sex, self.dob = cc, sex, dob
        self.given, self.family, self.groman, self.froman = given, family, groman, froman

    @property
    def full(self):
        if self.cc in NOSPACE:
            return self.family + self.given
        if self.cc in FAMILY_FIRST:
            return self.family + " " + self.given
        return self.given + " " + self.family

    @property
    def roman(self):
        if self.cc in FAMILY_FIRST:
            return self.froman + " " + self.groman
        return self.groman + " " + self.froman

    def words(self):
        return set(re.findall(r"\w+", self.full.lower())) | set(re.findall(r"\w+", self.roman.lower()))


def make_person(R, cc, used, sex=None, age=(18, 85)):
    """Draws a person whose name words are not yet used in the record (used
    is a set of lower-case words); None when the locale is exhausted."""
    gm, gf, fam = PARSED[cc]
    for _ in range(60):
        s = sex or R.choice("mf")
        g = R.choice(gm if s == "m" else gf)
        f = R.choice(fam)
        fn, fr = f
        if "/" in fn:
            a, b = fn.split("/")
            ra, rb = fr.split("/")
            fn, fr = (a, ra) if s == "m" else (b, rb)
        gn, gr = g
        if cc == "VN":
            mid = R.choice(VN_MIDDLE[s])
            gn = gr = mid + " " + gn
        if cc == "ES":
            f2 = R.choice(fam)
            if f2[0] == fn:
                continue
            fn = fr = fn + " " + f2[0]
        y = 2026 - R.randint(*age)
        dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        p = Person(cc, s, gn, fn, gr, fr, dob)
        w = p.words() - {"van", "ter", "de", "dos", "le", "el"}
        if cc == "VN":
            w -= {x.lower() for v in VN_MIDDLE.values() for x in v}
        if w & used:
            continue
        used |= w
        return p
    return None


# ---------------------------------------------------------------- addresses
STREETS = {
    "US": ["Sycamore Hollow Rd", "Bittersweet Ln", "N Tamarack St", "Quarry Ridge Dr", "Whippoorwill Ct", "Cottonwood Bend Ave"],
    "GB": ["Quarrington Road", "Lapwing Close", "Pennyroyal Terrace", "Hobart Crescent", "Sedgemoor Way", "Elderflower Mews"],
    "DE": ["Ginsterweg", "Am Kalkofen", "Holunderstraße", "Mühlbachstraße", "Lerchenfeldweg", "Schwalbenring"],
    "AT": ["Fischerzeile", "Leitnergasse", "Am Mühlgrund", "Schlierbachweg", "Thalgauer Straße", "Eichengrund"],
    "FR": ["rue des Tanneurs", "allée des Bouvreuils", "impasse du Moulin-Brûlé", "avenue des Tilleuls", "chemin de la Sablière", "rue de la Poterne"],
    "ES": ["calle de la Alhóndiga", "avenida de los Madroños", "calle Sierra de Gredos", "calle del Regañón", "travesía de las Eras", "calle del Olivar"],
    "MX": ["Calle Ahuehuete", "Av. de las Jacarandas", "Calle Tezontle", "Privada Los Fresnos", "Calle Mezquite", "Cerrada del Ocote"],
    "IT": ["via dei Carpini", "vicolo del Pozzo", "via Monte Pasubio", "corso Vinzaglio", "via dei Gelsi", "via del Carmine"],
    "NL": ["Kievitstraat", "Berkenlaan", "Zwanebloemweg", "Havermarkt", "Duivenkamp", "Schelpenpad"],
    "PT": ["Rua dos Bacalhoeiros", "Travessa do Pombal", "Rua da Alegria", "Rua do Salitre", "Calçada do Combro", "Rua das Oliveiras"],
    "BR": ["Rua das Seringueiras", "Rua Jaguaribe", "Travessa Pindorama", "Rua dos Guaranis", "Rua Itaúna", "Avenida dos Ipês"],
    "PL": ["ul. Jaśminowa", "ul. Kasztanowa", "ul. Słowików", "ul. Piekarska", "ul. Rybacka", "al. Wiązowa"],
    "SE": ["Björkvägen", "Hantverkargatan", "Lingonstigen", "Sjöbogatan", "Tallbacken", "Kvarngränd"],
    "TR": ["Menekşe Sokak", "Çınar Caddesi", "Erguvan Sokak", "Kavaklı Caddesi", "Sedir Sokak", "Begonya Sokak"],
    "RU": ["ул. Рябиновая", "ул. Заречная", "пр-т Строителей", "ул. Кленовая", "пер. Колокольный", "ул. Полевая"],
    "GR": ["Ναυαρίνου", "Ιπποκράτους", "Αιόλου", "Κανάρη", "Σολωμού", "Ερυθρού Σταυρού"],
    "CZ": ["Lipová", "Na Výsluní", "Javorová", "U Potoka", "Sadová", "Zahradní"],
    "IL": ["רחוב הכלנית", "רחוב האלון", "רחוב התאנה", "רחוב הרימון", "רחוב השקד", "רחוב הגפן"],
    "EG": ["شارع الياسمين", "شارع الفردوس", "شارع النصر", "شارع السد العالي", "شارع الجلاء", "شارع الصفصاف"],
    "TH": ["ถนนมิตรภาพ", "ถนนเพชรเกษม", "ถนนรัตนาธิเบศร์", "ซอยวัดป่า", "ถนนประชาอุทิศ", "ซอยร่มเกล้า 5"],
    "VN": ["đường Bạch Đằng", "phố Hàng Bông", "đường Nguyễn Trãi", "ngõ Thịnh Hào", "đường Điện Biên Phủ", "đường Lý Thường Kiệt"],
    "ID": ["Jl. Kenanga", "Jl. Flamboyan", "Jl. Dahlia Raya", "Jl. Sawo Kecik", "Jl. Teratai", "Jl. Cempaka Wangi"],
}
TOWNS = {
    "US": [("Dubuque", "IA", "520"), ("Bangor", "ME", "044"), ("Tulsa", "OK", "741"), ("Spokane", "WA", "992"), ("Chattanooga", "TN", "374"), ("Boise", "ID", "837")],
    "GB": [("Doncaster", "DN4"), ("Stockport", "SK3"), ("Hereford", "HR1"), ("Carlisle", "CA2"), ("Swindon", "SN2"), ("Exeter", "EX4")],
    "DE": [("34117", "Kassel"), ("49074", "Osnabrück"), ("91052", "Erlangen"), ("24937", "Flensburg"), ("54290", "Trier"), ("06108", "Halle (Saale)")],
    "AT": [("4020", "Linz"), ("8010", "Graz"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("5020", "Salzburg"), ("3100", "St. Pölten")],
    "FR": [("37000", "Tours"), ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("29200", "Brest"), ("21000", "Dijon"), ("16000", "Angoulême")],
    "ES": [("42002", "Soria"), ("47003", "Valladolid"), ("02001", "Albacete"), ("33205", "Gijón"), ("18004", "Granada"), ("31002", "Pamplona")],
    "MX": [("Col. Lomas del Valle", "45120", "Zapopan", "Jal."), ("Col. Centro", "76000", "Querétaro", "Qro."), ("Col. Moctezuma", "29030", "Tuxtla Gutiérrez", "Chis."),
           ("Col. Mitras Centro", "64460", "Monterrey", "N.L."), ("Col. Jardín", "78270", "San Luis Potosí", "S.L.P."), ("Col. Las Águilas", "20230", "Aguascalientes", "Ags.")],
    "IT": [("37121", "Verona", "VR", "L781"), ("43121", "Parma", "PR", "G337"), ("06121", "Perugia", "PG", "G478"), ("89125", "Reggio Calabria", "RC", "H224"),
           ("25121", "Brescia", "BS", "B157"), ("98122", "Messina", "ME", "F158")],
    "NL": [("8011", "Zwolle"), ("5611", "Eindhoven"), ("7411", "Deventer"), ("2011", "Haarlem"), ("6811", "Arnhem"), ("4811", "Breda")],
    "PT": [("4000", "Porto"), ("3000", "Coimbra"), ("4700", "Braga"), ("8000", "Faro"), ("7000", "Évora"), ("3800", "Aveiro")],
    "BR": [("Boa Viagem", "Recife", "PE", "51"), ("Savassi", "Belo Horizonte", "MG", "30"), ("Batel", "Curitiba", "PR", "80"), ("Aldeota", "Fortaleza", "CE", "60"),
           ("Menino Deus", "Porto Alegre", "RS", "90"), ("Petrópolis", "Natal", "RN", "59")],
    "PL": [("30", "Kraków"), ("80", "Gdańsk"), ("60", "Poznań"), ("90", "Łódź"), ("20", "Lublin"), ("50", "Wrocław")],
    "SE": [("753", "Uppsala"), ("702", "Örebro"), ("852", "Sundsvall"), ("582", "Linköping"), ("831", "Östersund"), ("211", "Malmö")],
    "TR": [("Bahçelievler Mah.", "06490", "Çankaya", "Ankara"), ("Alsancak Mah.", "35220", "Konak", "İzmir"), ("Yalı Mah.", "10300", "Edremit", "Balıkesir"),
           ("Liman Mah.", "07130", "Konyaaltı", "Antalya"), ("Tece Mah.", "33140", "Mezitli", "Mersin"), ("Kuşcağız Mah.", "06010", "Keçiören", "Ankara")],
    "RU": [("Тверь", "170"), ("Екатеринбург", "620"), ("Новосибирск", "630"), ("Самара", "443"), ("Пермь", "614"), ("Ярославль", "150")],
    "GR": [("546", "Θεσσαλονίκη"), ("262", "Πάτρα"), ("713", "Ηράκλειο"), ("412", "Λάρισα"), ("453", "Ιωάννινα"), ("104", "Αθήνα")],
    "CZ": [("602 00", "Brno"), ("779 00", "Olomouc"), ("301 00", "Plzeň"), ("370 01", "České Budějovice"), ("500 02", "Hradec Králové"), ("460 01", "Liberec")],
    "JP": [("460-0008", "愛知県名古屋市中区栄"), ("980-0811", "宮城県仙台市青葉区一番町"), ("730-0011", "広島県広島市中区基町"),
           ("060-0042", "北海道札幌市中央区大通西"), ("890-0053", "鹿児島県鹿児島市中央町"), ("700-0024", "岡山県岡山市北区駅元町")],
    "KR": [("34134", "대전광역시 유성구 궁동로"), ("61186", "광주광역시 북구 용봉로"), ("48087", "부산광역시 해운대구 좌동순환로"),
           ("16489", "경기도 수원시 팔달구 효원로"), ("22004", "인천광역시 연수구 컨벤시아대로"), ("01760", "서울특별시 노원구 동일로")],
    "CN": [("315100", "浙江省宁波市鄞州区", "天童南路"), ("610041", "四川省成都市武侯区", "玉林北路"), ("430070", "湖北省武汉市洪山区", "珞喻路"),
           ("710061", "陕西省西安市雁塔区", "小寨东路"), ("215000", "江苏省苏州市姑苏区", "十全街"), ("266071", "山东省青岛市市南区", "香港中路")],
    "IN": [("Gangapur Road", "Nashik", "Maharashtra", "4220"), ("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Bidhannagar", "Kolkata", "West Bengal", "7000"),
           ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260"), ("Navrangpura", "Ahmedabad", "Gujarat", "3800"), ("Malviya Nagar", "Jaipur", "Rajasthan", "3020")],
    "IL": [("חיפה", "3"), ("באר שבע", "8"), ("רחובות", "76"), ("נתניה", "42"), ("ירושלים", "9"), ("כפר סבא", "44")],
    "EG": [("الدقي", "الجيزة", "12611"), ("سموحة", "الإسكندرية", "21615"), ("مصر الجديدة", "القاهرة", "11341"), ("المعادي", "القاهرة", "11728"),
           ("حي الجامعة", "المنصورة", "35516"), ("الحي السابع", "مدينة نصر", "11762")],
    "TH": [("ต.ช้างเผือก", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", "50300"), ("ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"), ("ต.หาดใหญ่", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
           ("ต.บางพระ", "อ.ศรีราชา", "จ.ชลบุรี", "20110"), ("ต.ในเมือง", "อ.เมืองนครราชสีมา", "จ.นครราชสีมา", "30000"), ("ต.ท่าอิฐ", "อ.ปากเกร็ด", "จ.นนทบุรี", "11120")],
    "VN": [("phường Bến Thành", "Quận 1", "TP. Hồ Chí Minh"), ("phường Trần Phú", "TP. Quy Nhơn", "Bình Định"), ("phường Thạch Thang", "quận Hải Châu", "Đà Nẵng"),
           ("phường Vĩnh Ninh", "TP. Huế", "Thừa Thiên Huế"), ("phường Tân An", "quận Ninh Kiều", "Cần Thơ"), ("phường Lạch Tray", "quận Ngô Quyền", "Hải Phòng")],
    "ID": [("Kel. Tembalang", "Kec. Tembalang", "Kota Semarang", "Jawa Tengah", "50275"), ("Kel. Dago", "Kec. Coblong", "Kota Bandung", "Jawa Barat", "40135"),
           ("Kel. Gubeng", "Kec. Gubeng", "Kota Surabaya", "Jawa Timur", "60281"), ("Kel. Kotabaru", "Kec. Gondokusuman", "Kota Yogyakarta", "DI Yogyakarta", "55224"),
           ("Kel. Sidomulyo", "Kec. Medan Tuntungan", "Kota Medan", "Sumatera Utara", "20136"), ("Kel. Panakkukang", "Kec. Panakkukang", "Kota Makassar", "Sulawesi Selatan", "90231")],
}
IN_BUILDINGS = ["Shreeji Apartments", "Sai Sadan", "Parijat Residency", "Kamdhenu Towers", "Anand Vihar Society", "Mayur Kunj"]
KR_BLDG = ["그린빌라", "한솔타운", "푸른마을아파트", "세종하이츠"]
JP_BLDG = ["グリーンハイツ", "メゾン若葉", "コーポ桜台", "サンライズ青木"]


def home_address(R, cc, multiline=False):
    """A home address in the country's layout; returns (text, town)."""
    st = R.choice(STREETS.get(cc, [""]))
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    nl = "\n" if multiline else ", "
    if cc == "US":
        unit = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, unit, nl, t[0], t[1], t[2], R.randint(1, 99)), t[0]
    if cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ"))
        fl = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s%s%s%s%s" % (fl, n, st, nl, t[0], nl, pc), t[0]
    if cc in ("DE", "AT"):
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "", "a"]), nl, t[0], t[1]), t[1]
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", "", " bis"]), st, nl, t[0], t[1]), t[1]
    if cc == "ES":
        piso = R.choice(["%dº %s" % (R.randint(1, 8), R.choice("ABCD")), "bajo", "%dº izq." % R.randint(1, 6)])
        return "%s, %d, %s%s%s %s" % (st, n, piso, nl, t[0], t[1]), t[1]
    if cc == "MX":
        return "%s %d%s, %s%s%s %s, %s" % (st, n, R.choice(["", " int. %d" % R.randint(1, 9)]), t[0], nl, t[1], t[2], t[3]), t[2]
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, nl, t[0], t[1], t[2]), t[1]
    if cc == "NL":
        pc = "%s %s" % (str(int(t[0]) + R.randint(0, 8)), R.choice("ABCEGHJKLMNPRSTVWXZ") + R.choice("ABCEGHJKLMNPRSTVWXZ"))
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "", "-A", " bis"]), nl, pc, t[1]), t[1]
    if cc == "PT":
        pc = "%s-%03d" % (t[0][:2] + "%02d" % R.randint(0, 99), R.randint(1, 999))
        return "%s, n.º %d, %s%s%s %s" % (st, n, R.choice(["%dº esquerdo" % R.randint(1, 6), "r/c", "%dº direito" % R.randint(1, 6)]), nl, pc, t[1]), t[1]
    if cc == "BR":
        cep = "%s%03d-%03d" % (t[3], R.randint(0, 999), R.randint(0, 999))
        return "%s, nº %d%s - %s%s%s - %s, CEP %s" % (st, n * 7, R.choice(["", ", apto %d" % R.randint(11, 1204)]), t[0], nl, t[1], t[2], cep), t[1]
    if cc == "PL":
        pc = "%s-%03d" % (t[0], R.randint(1, 999))
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 60)]), nl, pc, t[1]), t[1]
    if cc == "SE":
        pc = "%s %02d" % (t[0], R.randint(10, 99))
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", " lgh 1%03d" % R.randint(1, 305)]), nl, pc, t[1]), t[1]
    if cc == "TR":
        return "%s, %s No: %d Daire: %d%s%s %s/%s" % (t[0], st, n, R.randint(1, 20), nl, t[1], t[2], t[3]), t[3]
    if cc == "RU":
        return "%s, д. %d, кв. %d%sг. %s, %s%03d" % (st, n, R.randint(1, 240), nl, t[0], t[1], R.randint(0, 199)), t[0]
    if cc == "GR":
        return "%s %d%s%s %02d %s" % (st, n, nl, t[0], R.randint(10, 99), t[1]), t[1]
    if cc == "CZ":
        return "%s %d/%d%s%s %s" % (st, R.randint(200, 2900), n, nl, t[0], t[1]), t[1]
    if cc == "JP":
        return "〒%s %s%d丁目%d-%d %s%d号室" % (t[0], t[1], R.randint(1, 9), R.randint(1, 30), R.randint(1, 20), R.choice(JP_BLDG), R.randint(1, 9) * 100 + R.randint(1, 9)), t[1]
    if cc == "KR":
        return "%s %d, %s %d동 %d호 (%s)" % (t[1], R.randint(2, 180), R.choice(KR_BLDG), R.randint(101, 112), R.randint(1, 19) * 100 + R.randint(1, 6), t[0]), t[1]
    if cc == "CN":
        return "%s%s%d号%d幢%d室，邮编%s" % (t[1], t[2], R.randint(1, 999), R.randint(1, 30), R.randint(1, 28) * 100 + R.randint(1, 6), t[0]), t[1]
    if cc == "IN":
        return "Flat %d, %s, %s%s%s, %s %s%02d" % (R.randint(1, 12) * 100 + R.randint(1, 8), R.choice(IN_BUILDINGS), t[0], nl, t[1], t[2], t[3], R.randint(1, 99)), t[1]
    if cc == "IL":
        return "%s %d דירה %d, %s %s%s" % (st, n, R.randint(1, 30), t[0], t[1], "".join(R.choice(string.digits) for _ in range(7 - len(t[1])))), t[0]
    if cc == "EG":
        return "%d %s، %s، %s %s" % (n, st, t[0], t[1], t[2]), t[1]
    if cc == "TH":
        return "%d/%d %s %s %s %s %s" % (R.randint(1, 299), R.randint(1, 99), st, t[0], t[1], t[2], t[3]), t[2]
    if cc == "VN":
        return "Số %d %s, %s, %s, %s" % (n, st, t[0], t[1], t[2]), t[2]
    if cc == "ID":
        return "%s No. %d, RT %02d/RW %02d, %s, %s, %s, %s %s" % (st, n, R.randint(1, 12), R.randint(1, 9), t[0], t[1], t[2], t[3], t[4]), t[2]
    raise KeyError(cc)


def town_of(R, cc):
    t = R.choice(TOWNS[cc])
    for x in t:
        if not x.isdigit() and not re.match(r"^[\d -]+$", x) and not x.startswith(("Col.", "Kel.", "ต.", "phường")) and len(x) > 2 and not x.endswith("Mah."):
            return x
    return t[-1]


# ---------------------------------------------------------------- phones
def _d(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _nz(R, n):
    return R.choice("123456789") + _d(R, n - 1)


# (country code, mobile NSN, fixed NSN); NSN without trunk prefix. Ranges
# after the national plans; every drawn number is checked with pv.
PH = {
    "US": ("1", lambda R: _nanp_line(R, US_AREAS), lambda R: _nanp_line(R, US_AREAS)),
    "GB": ("44", lambda R: R.choice(GB_MOBILE) + _d(R, 7), lambda R: R.choice(["1302", "1612", "1432", "1228", "1793", "1392"]) + R.choice("2345678") + _d(R, 5)),
    "DE": ("49", lambda R: R.choice(["151", "152", "157", "159"]) + _nz(R, 8) if R.random() < .5 else R.choice(["160", "170", "171", "172", "175", "176", "177", "179"]) + _nz(R, 7),
           lambda R: R.choice(["561", "541", "9131", "461", "651", "345"]) + R.choice("2345789") + _d(R, 6)),
    "AT": ("43", lambda R: R.choice(["664", "660", "676", "699", "650"]) + _nz(R, 7), lambda R: R.choice(["732", "316", "512", "463", "662"]) + R.choice("2345678") + _d(R, 5)),
    "FR": ("33", lambda R: R.choice(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + _d(R, 7),
           lambda R: R.choice("12345") + _nz(R, 8)),
    "ES": ("34", lambda R: "6" + _d(R, 8), lambda R: R.choice(["976", "983", "967", "985", "958", "948"]) + R.choice("2345") + _d(R, 5)),
    "MX": ("52", None, None),
    "IT": ("39", lambda R: "3" + R.choice(["20", "28", "33", "35", "38", "39", "40", "45", "47", "49", "88", "92"]) + _d(R, 7), lambda R: R.choice(["045", "0521", "075", "0965", "030", "091"]) + _nz(R, 6)),
    "NL": ("31", lambda R: "6" + R.choice("12345") + _d(R, 7), lambda R: R.choice(["38", "40", "50", "23", "26", "76"]) + _nz(R, 7)),
    "PT": ("351", lambda R: "9" + R.choice("1236") + _d(R, 7), None),
    "BR": ("55", lambda R: R.choice(["81", "31", "41", "85", "51", "71"]) + "9" + R.choice("6789") + _d(R, 7), lambda R: R.choice(["81", "31", "41", "85", "51", "71"]) + R.choice("2345") + _d(R, 7)),
    "PL": ("48", lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + _d(R, 7), lambda R: R.choice(["12", "58", "61", "42", "81", "71"]) + R.choice("2345678") + _d(R, 6)),
    "SE": ("46", lambda R: "7" + R.choice("0236") + _d(R, 7), lambda R: R.choice(["18", "19", "60", "13", "90", "40"]) + R.choice("123456") + _d(R, 5)),
    "TR": ("90", lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "45", "46", "49", "52", "53", "54", "55"]) + _nz(R, 7),
           lambda R: R.choice(["312", "232", "216", "242", "224"]) + R.choice("2345") + _d(R, 6)),
    "RU": ("7", lambda R: "9" + R.choice(["03", "05", "12", "15", "16", "17", "20", "26", "29", "50", "60", "63", "65", "85"]) + _d(R, 7), lambda R: R.choice(["843", "343", "383", "846", "342", "485"]) + R.choice("2345") + _d(R, 6)),
    "GR": ("30", lambda R: "69" + R.choice("3456789") + _d(R, 7), None),
    "CZ": ("420", lambda R: R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "722", "723", "724", "725", "728", "730", "731", "732",
                                      "733", "734", "736", "737", "739", "770", "773", "774", "775", "776", "777", "790", "792", "797", "799"]) + _d(R, 6),
           None),
    "JP": ("81", lambda R: R.choice(["90", "80", "70"]) + _nz(R, 8), None),
    "KR": ("82", lambda R: "10" + R.choice("234678") + _d(R, 7), None),
    "CN": ("86", lambda R: "1" + R.choice(["30", "31", "32", "35", "36", "37", "38", "39", "50", "51", "58", "59", "86", "87", "88", "89"]) + _d(R, 8),
           None),
    "IN": ("91", lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + _d(R, 8), None),
    "IL": ("972", lambda R: "5" + R.choice("02348") + _nz(R, 7), None),
    "EG": ("20", lambda R: "1" + R.choice("0125") + _d(R, 8), None),
    "TH": ("66", lambda R: (R.choice(["8", "9"]) + R.choice("123456789") if R.random() < .85 else "6" + R.choice("12345")) + _d(R, 7), None),
    "VN": ("84", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "88", "86", "32", "33", "35", "37", "39", "70", "77", "79", "81", "83", "85"]) + _d(R, 7),
           None),
    "ID": ("62", lambda R: "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "55", "56", "57", "58", "77", "78", "95", "96", "97", "98", "99", "81", "82", "83", "87", "88", "89"]) + _d(R, R.choice([7, 8])),
           None),
}


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def phone_mobile(R, cc, intl=None):
    """A mobile number of country cc, national or international layout.
    Returns (text, kind)."""
    cc_, mob, _ = PH[cc]
    if cc == "MX":
        a = R.choice(["33", "442", "951", "81", "444", "449"])
        nsn = a + _nz(R, 10 - len(a))
    else:
        nsn = mob(R)
    if intl is None:
        intl = R.random() < 0.3
    p = "+" + cc_ + " "
    if cc == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return (R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, b, c) if not intl else "+1 %s %s %s" % (a, b, c)), "mobile"
    if cc == "GB":
        return ("0" + nsn[:4] + " " + nsn[4:] if not intl else p + nsn[:4] + " " + nsn[4:]), "mobile"
    if cc == "DE":
        return ("0%s %s" % (nsn[:3], nsn[3:]) if not intl else p + "%s %s" % (nsn[:3], nsn[3:])), "mobile"
    if cc == "AT":
        return ("0%s %s" % (nsn[:3], nsn[3:]) if not intl else p + "%s %s" % (nsn[:3], nsn[3:])), "mobile"
    if cc == "FR":
        g = _grp(nsn[1:], [2, 2, 2, 2])
        return ("0%s %s" % (nsn[0], g) if not intl else p + "%s %s" % (nsn[0], g)), "mobile"
    if cc == "ES":
        return (_grp(nsn, [3, 3, 3]) if not intl else p + _grp(nsn, [3, 2, 2, 2])), "mobile"
    if cc == "MX":
        k = len(nsn) - 8
        return (nsn[:k] + " " + _grp(nsn[k:], [4, 4]) if not intl else "+52 " + nsn[:k] + " " + _grp(nsn[k:], [4, 4])), "mobile"
    if cc == "IT":
        return (_grp(nsn, [3, 3, 4]) if not intl else p + nsn[:3] + " " + nsn[3:]), "mobile"
    if cc == "NL":
        return ("0%s-%s" % (nsn[0], nsn[1:]) if not intl else p + "%s %s" % (nsn[0], nsn[1:])), "mobile"
    if cc == "PT":
        return (_grp(nsn, [3, 3, 3]) if not intl else p + _grp(nsn, [3, 3, 3])), "mobile"
    if cc == "BR":
        return ("(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:]) if not intl else p + "%s %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])), "mobile"
    if cc == "PL":
        return (_grp(nsn, [3, 3, 3]) if not intl else p + _grp(nsn, [3, 3, 3])), "mobile"
    if cc == "SE":
        return ("0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]) if not intl else p + "%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])), "mobile"
    if cc == "TR":
        return ("0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if not intl else p + "%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])), "mobile"
    if cc == "RU":
        return ("8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if not intl else "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])), "mobile"
    if cc == "GR":
        return (_grp(nsn, [3, 3, 4]) if not intl else p + _grp(nsn, [3, 3, 4])), "mobile"
    if cc == "CZ":
        return (_grp(nsn, [3, 3, 3]) if not intl else p + _grp(nsn, [3, 3, 3])), "mobile"
    if cc == "JP":
        return ("0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if not intl else p + "%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])), "mobile"
    if cc == "KR":
        return ("0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if not intl else p + "%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])), "mobile"
    if cc == "CN":
        return (_grp(nsn, [3, 4, 4]) if not intl else p + _grp(nsn, [3, 4, 4])), "mobile"
    if cc == "IN":
        return (_grp(nsn, [5, 5]) if not intl else p + _grp(nsn, [5, 5])), "mobile"
    if cc == "IL":
        return ("0%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:]) if not intl else p + "%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:])), "mobile"
    if cc == "EG":
        return ("0%s %s %s" % (nsn[:2], nsn[2:6], nsn[6:]) if not intl else p + "%s %s %s" % (nsn[:2], nsn[2:6], nsn[6:])), "mobile"
    if cc == "TH":
        return ("0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]) if not intl else p + "%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])), "mobile"
    if cc == "VN":
        return ("0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]) if not intl else p + "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])), "mobile"
    if cc == "ID":
        return ("0%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:]) if not intl else p + "%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:])), "mobile"
    raise KeyError(cc)


def phone_fixed(R, cc, intl=False):
    """A landline (a home line) of cc, for the countries where homes still
    give one; else a mobile."""
    if cc == "US":
        return phone_mobile(R, cc, intl)[0], "fixed_or_mobile"
    cc_, _, fix = PH[cc]
    p = "+" + cc_ + " "
    if cc == "GB":
        nsn = fix(R)
        return ("0%s %s" % (nsn[:4], nsn[4:]) if not intl else p + "%s %s" % (nsn[:4], nsn[4:])), "fixed"
    if cc in ("DE", "AT"):
        nsn = fix(R)
        m = re.match(r"(561|541|9131|461|651|345|732|316|512|463|662)", nsn)
        a = m.group(1)
        return ("0%s %s" % (a, nsn[len(a):]) if not intl else p + "%s %s" % (a, nsn[len(a):])), "fixed"
    if cc == "FR":
        nsn = fix(R)
        g = _grp(nsn[1:], [2, 2, 2, 2])
        return ("0%s %s" % (nsn[0], g) if not intl else p + "%s %s" % (nsn[0], g)), "fixed"
    if cc == "ES":
        nsn = fix(R)
        return (_grp(nsn, [3, 3, 3]) if not intl else p + _grp(nsn, [3, 3, 3])), "fixed"
    if cc == "IT":
        nsn = fix(R)
        return (nsn[:len(nsn) - 6] + " " + nsn[-6:] if not intl else p + nsn[:len(nsn) - 6] + " " + nsn[-6:]), "fixed"
    if cc == "NL":
        nsn = fix(R)
        return ("0%s-%s" % (nsn[:2], nsn[2:]) if not intl else p + "%s %s" % (nsn[:2], nsn[2:])), "fixed"
    if cc == "BR":
        nsn = fix(R)
        return ("(%s) %s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if not intl else p + "%s %s-%s" % (nsn[:2], nsn[2:6], nsn[6:])), "fixed"
    if cc == "PL":
        nsn = fix(R)
        return ("%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]) if not intl else p + "%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])), "fixed"
    if cc == "SE":
        nsn = fix(R)
        return ("0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]) if not intl else p + "%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])), "fixed"
    if cc == "TR":
        nsn = fix(R)
        return ("0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if not intl else p + "%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])), "fixed"
    if cc == "RU":
        nsn = fix(R)
        return ("8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if not intl else "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])), "fixed"
    return phone_mobile(R, cc, intl)


# ---------------------------------------------------------------- dates of birth
MONTHS_EXTRA = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "vi": ["tháng %d" % i for i in range(1, 13)],
}


def fmt_dob(R, cc, d, numeric_only=False):
    lang = LANG[cc]
    named = not numeric_only and R.random() < 0.3
    D, M, Y = d.day, d.month, d.year
    if cc == "US":
        return "%s %d, %d" % (MONTHS["en"][M - 1], D, Y) if named else R.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (M, D, Y)
    if cc in ("GB", "IN"):
        return "%d %s %d" % (D, MONTHS["en"][M - 1][:3 if R.random() < .5 else 12], Y) if named else R.choice(["%02d/%02d/%d", "%02d-%02d-%d"]) % (D, M, Y)
    if lang in ("de", "fr", "es", "it", "nl", "pt") and named:
        mn = MONTHS[lang][M - 1]
        return {"de": "%d. %s %d", "fr": "%d %s %d", "es": "%d de %s de %d", "it": "%d %s %d", "nl": "%d %s %d", "pt": "%d de %s de %d"}[lang] % (D, mn, Y)
    if lang in ("pl", "ru", "cs", "el", "sv", "tr", "id") and named:
        return ("%d. %s %d" if lang == "cs" else "%d %s %d") % (D, MONTHS_EXTRA[lang][M - 1], Y) + (" г." if lang == "ru" else "")
    if cc in ("DE", "AT", "PL", "TR", "RU"):
        return "%02d.%02d.%d" % (D, M, Y)
    if cc == "CZ":
        return R.choice(["%d. %d. %d", "%02d.%02d.%d"]) % (D, M, Y)
    if cc == "NL":
        return "%02d-%02d-%d" % (D, M, Y)
    if cc in ("SE",):
        return "%d-%02d-%02d" % (Y, M, D)
    if cc in ("JP", "CN"):
        return "%d年%d月%d日" % (Y, M, D)
    if cc == "KR":
        return R.choice(["%d년 %d월 %d일", "%d. %02d. %02d."]) % (Y, M, D)
    if cc == "TH":
        return "%02d/%02d/%d" % (D, M, Y + 543)
    if cc == "VN":
        return R.choice(["%02d/%02d/%d", "ngày %d tháng %d năm %d"]) % (D, M, Y)
    if cc == "ID":
        return "%02d-%02d-%d" % (D, M, Y)
    return "%02d/%02d/%d" % (D, M, Y)


# ---------------------------------------------------------------- gov ids
def kvnr_check(letter, d8):
    s = "%02d" % (ord(letter) - 64) + d8
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v // 10 + v % 10
    return str(t % 10)


def svnr_make(R, d):
    while True:
        serial = str(R.randint(100, 999))
        body = serial + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(x) * y for x, y in zip(body, w)) % 11
        if c != 10:
            return serial + str(c) + body[3:]


def svnr_ok(s):
    s = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(s) == 10 and sum(int(x) * y for x, y in zip(s, w)) % 11 == int(s[3])


def pesel_make(R, d, sex):
    y, m = d.year, d.month
    if y >= 2000:
        m += 20
    body = "%02d%02d%02d" % (y % 100, m, d.day) + "%03d" % R.randint(0, 999) + str(R.choice("13579" if sex == "m" else "02468"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_make(R, d, sex, long=True):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%02d" % R.randint(0, 99) + R.choice("13579" if sex == "m" else "02468")
    c = luhn_complete(body)[-1]
    return ("%d" % (d.year // 100) if long else "") + body[:6] + "-" + body[6:] + c


def pnr_ok(s):
    s = s.replace("-", "")[-10:]
    return luhn_ok(s)


def tckn_make(R):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else "%02d" % s


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], snils_check(d9))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, d):
    body = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + "%04d" % R.randint(0, 9999)
    return luhn_complete(body)


def rc_make(R, d, sex):
    m = d.month + (50 if sex == "f" else 0)
    while True:
        body = "%02d%02d%02d" % (d.year % 100, m, d.day) + "%03d" % R.randint(0, 999)
        c = int(body) % 11
        if c == 10:
            continue
        return body[:6] + "/" + body[6:] + str(c)


def rc_ok(s):
    d = s.replace("/", "")
    return len(d) == 10 and int(d) % 11 == 0


def rrn_make(R, d, sex):
    g = (1 if sex == "m" else 2) + (2 if d.year >= 2000 else 0)
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + str(g) + "%05d" % R.randint(0, 99999)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def rrn_ok(s):
    d = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(d) == 13 and (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])


CN_AREAS = {"浙江省宁波市鄞州区": "330212", "四川省成都市武侯区": "510107", "湖北省武汉市洪山区": "420111",
            "陕西省西安市雁塔区": "610113", "江苏省苏州市姑苏区": "320508", "山东省青岛市市南区": "370202"}


def cnid_make(R, d, sex, area=None):
    area = area or R.choice(sorted(CN_AREAS.values()))
    seq = "%02d" % R.randint(0, 99) + R.choice("13579" if sex == "m" else "02468")
    body = area + "%04d%02d%02d" % (d.year, d.month, d.day) + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def cnid_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def thid_make(R):
    body = R.choice("1234835") + _d(R, 11)
    return body + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10)


def thid_ok(s):
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(d[:12])) % 11) % 10 == int(d[12])


def ptnif_make(R):
    body = R.choice("123") + _d(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(body)) % 11
    return body + str(0 if c >= 10 else c)


def ptnif_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def ahv_make(R):
    body = "756" + _d(R, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    d = body + str(c)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def ilid_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def vn_cccd_make(R, d, sex, prov):
    g = (0 if d.year < 2000 else 2) + (1 if sex == "f" else 0)
    return prov + str(g) + "%02d" % (d.year % 100) + _d(R, 6)


VN_PROV = {"TP. Hồ Chí Minh": "079", "Bình Định": "052", "Đà Nẵng": "048", "Thừa Thiên Huế": "046", "Cần Thơ": "092", "Hải Phòng": "031"}
ID_AREA = {"Kota Semarang": "337401", "Kota Bandung": "327301", "Kota Surabaya": "357801", "Kota Yogyakarta": "347101", "Kota Medan": "127101", "Kota Makassar": "737101"}
EG_GOV = {"الجيزة": "21", "الإسكندرية": "02", "القاهرة": "01", "المنصورة": "12", "مدينة نصر": "01"}


def nik_make(R, d, sex, area):
    dd = d.day + (40 if sex == "f" else 0)
    return area + "%02d%02d%02d" % (dd, d.month, d.year % 100) + "%04d" % R.randint(1, 9999)


def egid_make(R, d, sex, gov):
    c = "2" if d.year < 2000 else "3"
    return c + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + gov + "%03d" % R.randint(0, 999) + R.choice("13579" if sex == "m" else "02468") + R.choice(string.digits)


def cf_for(p, belfiore):
    d = p.dob
    return cf_make(p.froman, p.groman.split()[0], d.year % 100, d.month, d.day, p.sex == "f", belfiore)


def health_id(R, p, town=None):
    """The person's national health / social-security / identity number as
    the country's patient and victim forms ask for it: (label word, value,
    sub). None where such forms carry none."""
    cc, d, s = p.cc, p.dob, p.sex
    if cc == "US":
        a, g, n = ssn_random(R)
        return ("SSN", "%s-%s-%s" % (a, g, n), "us_ssn")
    if cc == "GB":
        n = nhs_random(R)
        return ("NHS No.", "%s %s %s" % (n[:3], n[3:6], n[6:]), "nhs")
    if cc == "DE":
        L_ = R.choice("ABCDEFGHKLMNRSTWZ")
        d8 = _d(R, 8)
        return ("KVNR", L_ + d8 + kvnr_check(L_, d8), "de_kvnr")
    if cc == "AT":
        v = svnr_make(R, d)
        return ("SV-Nr.", v[:4] + " " + v[4:], "at_svnr")
    if cc == "FR":
        body, key = nir_random(R, sex="1" if s == "m" else "2", yy=d.year % 100, mm=d.month)
        return ("N° de sécurité sociale", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir")
    if cc == "ES":
        if R.random() < 0.75:
            n, l_ = dni_random(R)
            return ("DNI", n + l_, "es_dni")
        pp, n, l_ = nie_random(R)
        return ("NIE", pp + n + l_, "es_nie")
    if cc == "IT":
        t = [x for x in TOWNS["IT"] if x[1] == town] or TOWNS["IT"]
        return ("C.F.", cf_for(p, R.choice(t)[3]), "it_cf")
    if cc == "NL":
        return ("BSN", bsn_random(R), "nl_bsn")
    if cc == "PT":
        return ("NIF", ptnif_make(R), "pt_nif")
    if cc == "BR":
        c = cpf_random(R)
        return ("CPF", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "br_cpf")
    if cc == "PL":
        return ("PESEL", pesel_make(R, d, s), "pl_pesel")
    if cc == "SE":
        return ("personnummer", pnr_make(R, d, s, long=R.random() < .6), "se_pnr")
    if cc == "TR":
        return ("T.C. Kimlik No", tckn_make(R), "tr_tckn")
    if cc == "RU":
        return ("СНИЛС", snils_make(R), "ru_snils")
    if cc == "GR":
        return ("ΑΜΚΑ", amka_make(R, d), "gr_amka")
    if cc == "CZ":
        return ("r. č.", rc_make(R, d, s), "cz_rc")
    if cc == "KR":
        return ("주민등록번호", rrn_make(R, d, s), "kr_rrn")
    if cc == "CN":
        area = CN_AREAS.get(town) if town else None
        return ("身份证号", cnid_make(R, d, s, area), "cn_id")
    if cc == "IN":
        a = aadhaar_random(R)
        return ("Aadhaar", "%s %s %s" % (a[:4], a[4:8], a[8:]), "in_aadhaar")
    if cc == "IL":
        return ("ת.ז.", ilid_make(R), "il_tz")
    if cc == "EG":
        return ("الرقم القومي", egid_make(R, d, s, EG_GOV.get(town, "01")), "eg_nid")
    if cc == "TH":
        t = thid_make(R)
        return ("เลขประจำตัวประชาชน", "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), "th_id")
    if cc == "VN":
        return ("CCCD", vn_cccd_make(R, d, s, VN_PROV.get(town, "001")), "vn_cccd")
    if cc == "ID":
        return ("NIK", nik_make(R, d, s, ID_AREA.get(town, "337401")), "id_nik")
    return None


def gov_ok(v, sub):
    c = re.sub(r"[\s.\-/]", "", v)
    f = {"us_ssn": lambda: re.match(r"^\d{3}-\d{2}-\d{4}$", v) and int(v[:3]) not in (0, 666) and int(v[:3]) < 900 and v[4:6] != "00" and v[7:] != "0000",
         "nhs": lambda: nhs_ok(c),
         "de_kvnr": lambda: len(v) == 10 and kvnr_check(v[0], v[1:9]) == v[9],
         "at_svnr": lambda: svnr_ok(c),
         "fr_nir": lambda: nir_ok(c[:13], c[13:]),
         "es_dni": lambda: DNI_LETTERS[int(c[:8]) % 23] == c[8],
         "es_nie": lambda: nie_ok(c),
         "it_cf": lambda: cf_check(c[:15]) == c[15],
         "nl_bsn": lambda: bsn_ok(c),
         "pt_nif": lambda: ptnif_ok(c),
         "br_cpf": lambda: cpf_ok(c),
         "pl_pesel": lambda: pesel_ok(c),
         "se_pnr": lambda: pnr_ok(c),
         "tr_tckn": lambda: tckn_ok(c),
         "ru_snils": lambda: snils_ok(v),
         "gr_amka": lambda: len(c) == 11 and luhn_ok(c),
         "cz_rc": lambda: rc_ok(v),
         "kr_rrn": lambda: rrn_ok(v),
         "cn_id": lambda: cnid_ok(v),
         "in_aadhaar": lambda: verhoeff_ok(c) and c[0] not in "01",
         "il_tz": lambda: len(c) == 9 and luhn_ok(c),
         "eg_nid": lambda: len(c) == 14 and c[0] in "23" and 1 <= int(c[3:5]) <= 12,
         "th_id": lambda: thid_ok(c),
         "vn_cccd": lambda: len(c) == 12 and c[3] in "0123",
         "id_nik": lambda: len(c) == 16 and 1 <= int(c[8:10]) <= 12,
         "uk_nino": lambda: re.match(r"^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", v) is not None and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"),
         "ch_ahv": lambda: c.startswith("756") and len(c) == 13 and (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(c[:12])) % 10) % 10 == int(c[12]),
         }[sub]
    return bool(f())


# ---------------------------------------------------------------- e-mails, IPs, cards, IBANs
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "att.net"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["gmx.at", "aon.at"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["hotmail.es", "gmail.com", "telefonica.net"], "MX": ["hotmail.com", "prodigy.net.mx"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "planet.nl"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "o2.pl", "interia.pl"], "SE": ["telia.com", "gmail.com"], "TR": ["gmail.com", "hotmail.com"],
           "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "GR": ["otenet.gr", "yahoo.gr"], "CZ": ["seznam.cz", "centrum.cz", "email.cz"],
           "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com", "126.com"],
           "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "IL": ["walla.co.il", "gmail.com"], "EG": ["gmail.com", "yahoo.com"],
           "TH": ["hotmail.com", "gmail.com"], "VN": ["gmail.com", "yahoo.com.vn"], "ID": ["yahoo.co.id", "gmail.com"]}


def _ascii(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def email_personal(R, p):
    g, f = _ascii(p.groman.split()[-1]), _ascii(p.froman.split()[-1] if p.cc != "ES" else p.froman.split()[0])
    lp = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)), "%s.%s%d" % (f, g, p.dob.year % 100), "%s%s" % (g, f[:3])])
    return lp + "@" + R.choice(WEBMAIL[p.cc])


def email_work(R, p, domain):
    g, f = _ascii(p.groman.split()[-1]), _ascii(p.froman.split()[-1] if p.cc != "ES" else p.froman.split()[0])
    return R.choice(["%s.%s", "%s%s", "%s.%s"]) % ((g, f) if R.random() < .7 else (g[0], f)) + "@" + domain


def ipv4_global(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 79, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217,
                      24, 50, 64, 66, 68, 71, 73, 98, 99, 101, 103, 110, 114, 118, 121, 125, 177, 179, 186, 187, 189, 190, 200, 201, 41, 102, 105, 154, 197])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6_global(R):
    pre = R.choice(["2a02:8108", "2a01:c22", "2a00:23c5", "2001:1c00", "2a02:a46", "2003:ea", "2a01:e0a", "2804:14c", "2409:4040", "240e:3b7", "2600:1700", "2a03:2880"])
    hx = pre.split(":") + ["%x" % R.randint(0, 0xffff) for _ in range(6)]
    if R.random() < .4:
        hx[4] = hx[5] = "0"
    ip = ":".join(hx)
    if R.random() < .6:
        ip = str(ipaddress.ip_address(ip))
    assert ipaddress.ip_address(ip).is_global, ip
    return ip


def ipv4_private(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.choice([0, 1, 10, 20, 50, 100, 178]), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def ipv4_doc(R):
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def card_text(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb", "unionpay", "mir", "troy"])
    n = card_random(R, issuer)
    if issuer == "amex":
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = split_groups(n, card_grouping(len(n)))
    return R.choice([" ", " ", "-", ""]).join(g), issuer


def iban_text(R, cc):
    i = iban_random(R, cc)
    return (group(i) if R.random() < .75 else i), cc


def pw(R):
    a = R.choice(["Leitstelle", "Wache", "Nachtdienst", "Brandschutz", "Sirene", "Pompier", "Guardia", "Kazerne", "Patrol", "Gatehouse", "Bombeiro", "Straz",
                  "Lifeguard", "Tower", "Vigil", "Beacon", "Rescue", "Haven", "Bollard", "Lantern"])
    return a + R.choice(["!", "#", "$", "%", "&", "*", "_", "@", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "!", "Zz"])


def key_hex(R, n=32):
    return rnd(R, "0123456789abcdef", n)


# ---------------------------------------------------------------- words per language
# Field labels of the forms, in the language of the paste.
LBL = {
    "en": dict(name="Name", dob="DOB", phone="Phone", address="Address", nok="Next of kin", rel="Relationship", email="E-mail", caller="Caller",
               patient="Patient", location="Location", notes="Notes", age="Age", witness="Witness", reporter="Reported by", mobile="Mobile", callback="Callback"),
    "de": dict(name="Name", dob="Geb.-Datum", phone="Telefon", address="Anschrift", nok="Angehörige/r", rel="Beziehung", email="E-Mail", caller="Anrufer/in",
               patient="Patient/in", location="Einsatzort", notes="Bemerkungen", age="Alter", witness="Zeuge/Zeugin", reporter="Meldende Person", mobile="Handy", callback="Rückruf"),
    "fr": dict(name="Nom", dob="Date de naissance", phone="Téléphone", address="Adresse", nok="Personne à prévenir", rel="Lien", email="Courriel", caller="Appelant",
               patient="Patient", location="Lieu d'intervention", notes="Observations", age="Âge", witness="Témoin", reporter="Déclarant", mobile="Portable", callback="Rappel"),
    "es": dict(name="Nombre", dob="Fecha de nacimiento", phone="Teléfono", address="Domicilio", nok="Contacto de emergencia", rel="Parentesco", email="Correo", caller="Alertante",
               patient="Paciente", location="Lugar del incidente", notes="Observaciones", age="Edad", witness="Testigo", reporter="Informante", mobile="Móvil", callback="Tel. de rellamada"),
    "it": dict(name="Nome", dob="Data di nascita", phone="Telefono", address="Indirizzo", nok="Familiare da avvisare", rel="Rapporto", email="E-mail", caller="Chiamante",
               patient="Paziente", location="Luogo dell'evento", notes="Note", age="Età", witness="Testimone", reporter="Segnalante", mobile="Cellulare", callback="Richiamata"),
    "nl": dict(name="Naam", dob="Geboortedatum", phone="Telefoon", address="Adres", nok="Contactpersoon", rel="Relatie", email="E-mail", caller="Melder",
               patient="Patiënt", location="Incidentlocatie", notes="Opmerkingen", age="Leeftijd", witness="Getuige", reporter="Melder", mobile="Mobiel", callback="Terugbelnummer"),
    "pt": dict(name="Nome", dob="Data de nascimento", phone="Telefone", address="Morada", nok="Contacto de emergência", rel="Parentesco", email="E-mail", caller="Chamador",
               patient="Vítima", location="Local da ocorrência", notes="Observações", age="Idade", witness="Testemunha", reporter="Participante", mobile="Telemóvel", callback="Contacto"),
    "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", phone="Telefon", address="Adres", nok="Osoba do kontaktu", rel="Pokrewieństwo", email="E-mail", caller="Zgłaszający",
               patient="Pacjent", location="Miejsce zdarzenia", notes="Uwagi", age="Wiek", witness="Świadek", reporter="Zgłaszający", mobile="Komórka", callback="Oddzwonić na"),
    "sv": dict(name="Namn", dob="Födelsedatum", phone="Telefon", address="Adress", nok="Anhörig", rel="Relation", email="E-post", caller="Inringare",
               patient="Patient", location="Händelseplats", notes="Anteckningar", age="Ålder", witness="Vittne", reporter="Anmälare", mobile="Mobil", callback="Återuppringning"),
    "tr": dict(name="Ad Soyad", dob="Doğum tarihi", phone="Telefon", address="Adres", nok="Yakını", rel="Yakınlık", email="E-posta", caller="Arayan",
               patient="Hasta", location="Olay yeri", notes="Notlar", age="Yaş", witness="Tanık", reporter="Bildiren", mobile="Cep", callback="Geri arama"),
    "ru": dict(name="ФИО", dob="Дата рождения", phone="Телефон", address="Адрес", nok="Родственник", rel="Кем приходится", email="E-mail", caller="Заявитель",
               patient="Пациент", location="Место происшествия", notes="Примечания", age="Возраст", witness="Свидетель", reporter="Сообщил(а)", mobile="Моб.", callback="Обратный звонок"),
    "el": dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", phone="Τηλέφωνο", address="Διεύθυνση", nok="Συγγενής", rel="Σχέση", email="Email", caller="Καλών",
               patient="Ασθενής", location="Τόπος συμβάντος", notes="Παρατηρήσεις", age="Ηλικία", witness="Μάρτυρας", reporter="Δηλών", mobile="Κινητό", callback="Επανάκληση"),
    "cs": dict(name="Jméno", dob="Datum narození", phone="Telefon", address="Adresa", nok="Kontaktní osoba", rel="Vztah", email="E-mail", caller="Volající",
               patient="Pacient", location="Místo události", notes="Poznámky", age="Věk", witness="Svědek", reporter="Oznamovatel", mobile="Mobil", callback="Zpětné volání"),
    "ja": dict(name="氏名", dob="生年月日", phone="電話", address="住所", nok="緊急連絡先", rel="続柄", email="メール", caller="通報者",
               patient="傷病者", location="発生場所", notes="備考", age="年齢", witness="目撃者", reporter="報告者", mobile="携帯", callback="折り返し先"),
    "ko": dict(name="성명", dob="생년월일", phone="전화", address="주소", nok="보호자", rel="관계", email="이메일", caller="신고자",
               patient="환자", location="사고 장소", notes="비고", age="나이", witness="목격자", reporter="작성자", mobile="휴대폰", callback="회신 번호"),
    "zh": dict(name="姓名", dob="出生日期", phone="电话", address="住址", nok="紧急联系人", rel="关系", email="邮箱", caller="报警人",
               patient="患者", location="事发地点", notes="备注", age="年龄", witness="目击者", reporter="报告人", mobile="手机", callback="回拨号码"),
    "hi": dict(name="नाम", dob="जन्म तिथि", phone="फ़ोन", address="पता", nok="परिजन", rel="संबंध", email="ईमेल", caller="कॉल करने वाला",
               patient="मरीज़", location="घटना स्थल", notes="टिप्पणी", age="उम्र", witness="गवाह", reporter="रिपोर्टकर्ता", mobile="मोबाइल", callback="कॉलबैक"),
    "he": dict(name="שם", dob="תאריך לידה", phone="טלפון", address="כתובת", nok="איש קשר לחירום", rel="קרבה", email="דוא\"ל", caller="מתקשר",
               patient="מטופל", location="מקום האירוע", notes="הערות", age="גיל", witness="עד", reporter="מדווח", mobile="נייד", callback="מספר לחזרה"),
    "ar": dict(name="الاسم", dob="تاريخ الميلاد", phone="الهاتف", address="العنوان", nok="قريب للطوارئ", rel="صلة القرابة", email="البريد الإلكتروني", caller="المتصل",
               patient="المريض", location="مكان الحادث", notes="ملاحظات", age="العمر", witness="شاهد", reporter="المُبلِّغ", mobile="المحمول", callback="رقم معاودة الاتصال"),
    "th": dict(name="ชื่อ-สกุล", dob="วันเกิด", phone="โทรศัพท์", address="ที่อยู่", nok="ผู้ติดต่อฉุกเฉิน", rel="ความสัมพันธ์", email="อีเมล", caller="ผู้แจ้ง",
               patient="ผู้ป่วย", location="สถานที่เกิดเหตุ", notes="หมายเหตุ", age="อายุ", witness="พยาน", reporter="ผู้รายงาน", mobile="มือถือ", callback="เบอร์ติดต่อกลับ"),
    "vi": dict(name="Họ tên", dob="Ngày sinh", phone="Điện thoại", address="Địa chỉ", nok="Người thân liên hệ", rel="Quan hệ", email="Email", caller="Người gọi",
               patient="Bệnh nhân", location="Nơi xảy ra", notes="Ghi chú", age="Tuổi", witness="Nhân chứng", reporter="Người báo", mobile="Di động", callback="Số gọi lại"),
    "id": dict(name="Nama", dob="Tgl. lahir", phone="Telepon", address="Alamat", nok="Kontak darurat", rel="Hubungan", email="Email", caller="Pelapor",
               patient="Pasien", location="Lokasi kejadian", notes="Catatan", age="Usia", witness="Saksi", reporter="Pelapor", mobile="HP", callback="Nomor balik"),
}

REL = {  # (female, male) relatives and a neighbour, per language
    "en": [("daughter", "son"), ("wife", "husband"), ("sister", "brother"), ("neighbour", "neighbour"), ("mother", "father")],
    "de": [("Tochter", "Sohn"), ("Ehefrau", "Ehemann"), ("Schwester", "Bruder"), ("Nachbarin", "Nachbar"), ("Mutter", "Vater")],
    "fr": [("fille", "fils"), ("épouse", "mari"), ("sœur", "frère"), ("voisine", "voisin"), ("mère", "père")],
    "es": [("hija", "hijo"), ("esposa", "marido"), ("hermana", "hermano"), ("vecina", "vecino"), ("madre", "padre")],
    "it": [("figlia", "figlio"), ("moglie", "marito"), ("sorella", "fratello"), ("vicina", "vicino"), ("madre", "padre")],
    "nl": [("dochter", "zoon"), ("echtgenote", "echtgenoot"), ("zus", "broer"), ("buurvrouw", "buurman"), ("moeder", "vader")],
    "pt": [("filha", "filho"), ("esposa", "marido"), ("irmã", "irmão"), ("vizinha", "vizinho"), ("mãe", "pai")],
    "pl": [("córka", "syn"), ("żona", "mąż"), ("siostra", "brat"), ("sąsiadka", "sąsiad"), ("matka", "ojciec")],
    "sv": [("dotter", "son"), ("fru", "make"), ("syster", "bror"), ("granne", "granne"), ("mor", "far")],
    "tr": [("kızı", "oğlu"), ("eşi", "eşi"), ("kız kardeşi", "erkek kardeşi"), ("komşusu", "komşusu"), ("annesi", "babası")],
    "ru": [("дочь", "сын"), ("жена", "муж"), ("сестра", "брат"), ("соседка", "сосед"), ("мать", "отец")],
    "el": [("κόρη", "γιος"), ("σύζυγος", "σύζυγος"), ("αδελφή", "αδελφός"), ("γειτόνισσα", "γείτονας"), ("μητέρα", "πατέρας")],
    "cs": [("dcera", "syn"), ("manželka", "manžel"), ("sestra", "bratr"), ("sousedka", "soused"), ("matka", "otec")],
    "ja": [("長女", "長男"), ("妻", "夫"), ("姉", "兄"), ("母", "父")], "ko": [("딸", "아들"), ("배우자", "배우자"), ("누나", "형"), ("어머니", "아버지")],
    "zh": [("女儿", "儿子"), ("妻子", "丈夫"), ("姐姐", "哥哥"), ("母亲", "父亲")], "hi": [("बेटी", "बेटा"), ("पत्नी", "पति"), ("बहन", "भाई"), ("माँ", "पिता")],
    "he": [("בת", "בן"), ("אשתו", "בעלה"), ("אחות", "אח"), ("אם", "אב")], "ar": [("ابنته", "ابنه"), ("زوجته", "زوجها"), ("أخته", "أخوه"), ("والدته", "والده")],
    "th": [("ลูกสาว", "ลูกชาย"), ("ภรรยา", "สามี"), ("พี่สาว", "พี่ชาย"), ("แม่", "พ่อ")], "vi": [("con gái", "con trai"), ("vợ", "chồng"), ("chị gái", "anh trai"), ("mẹ", "bố")],
    "id": [("anak perempuan", "anak laki-laki"), ("istri", "suami"), ("kakak perempuan", "kakak laki-laki"), ("ibu", "ayah")]}

# Requests written to the assistant, per language and kind.
REQ = {
    "en": dict(post="Can you turn this into a short post for the local Facebook group?", sum="Can you turn this into a short handover summary for the next shift?", table="Please tidy this into a clean table, one row per person.",
               check="Can you check this report before I submit it? Anything missing or inconsistent?", draft="Draft a short, calm message to the family from these notes.",
               tr="Translate this into plain English for the duty manager, please.", explain="What does this log actually show? Explain it like I'm not an IT person.",
               anon="I have to forward this to the insurer. What should I leave out?"),
    "de": dict(post="Mach daraus bitte einen kurzen Post für die Nachbarschaftsgruppe.", sum="Kannst du daraus eine kurze Übergabe für die nächste Schicht machen?", table="Bitte bring das in eine saubere Tabelle, eine Zeile pro Person.",
               check="Kannst du den Bericht prüfen, bevor ich ihn abschicke? Fehlt etwas oder passt etwas nicht zusammen?", draft="Formuliere daraus bitte eine kurze, ruhige Nachricht an die Angehörigen.",
               tr="Übersetz das bitte ins Englische für die Einsatzleitung.", explain="Was zeigt dieses Log eigentlich? Erklär es mir, als wäre ich kein ITler.",
               anon="Das muss an die Versicherung. Was sollte ich vorher rausnehmen?"),
    "fr": dict(post="Tu peux en faire un court message pour le groupe du quartier ?", sum="Tu peux m'en faire une transmission courte pour l'équipe suivante ?", table="Remets ça au propre dans un tableau, une ligne par personne.",
               check="Tu peux relire ce rapport avant que je l'envoie ? Il manque quelque chose ?", draft="Rédige un message court et rassurant pour la famille à partir de ces notes.",
               tr="Traduis ça en anglais pour le chef de poste, s'il te plaît.", explain="Qu'est-ce que ce journal montre vraiment ? Explique-moi simplement.",
               anon="Je dois transmettre ça à l'assureur. Qu'est-ce que je dois retirer ?"),
    "es": dict(post="¿Me lo conviertes en una publicación corta para el grupo del barrio?", sum="¿Me haces un resumen corto para el relevo del siguiente turno?", table="Pásalo a una tabla limpia, una fila por persona.",
               check="¿Puedes revisar este parte antes de enviarlo? ¿Falta algo o hay algo incoherente?", draft="Redacta un mensaje breve y tranquilo para la familia con estas notas.",
               tr="Tradúcelo al inglés para el jefe de guardia, por favor.", explain="¿Qué muestra realmente este registro? Explícamelo sin tecnicismos.",
               anon="Tengo que mandarle esto a la aseguradora. ¿Qué debería quitar?"),
    "it": dict(post="Me lo trasformi in un post breve per il gruppo del quartiere?", sum="Mi fai un riassunto breve per il cambio turno?", table="Sistemalo in una tabella pulita, una riga per persona.",
               check="Puoi controllare questo rapporto prima che lo invii? Manca qualcosa?", draft="Scrivi un messaggio breve e tranquillo per la famiglia partendo da questi appunti.",
               tr="Traducilo in inglese per il capoturno, per favore.", explain="Cosa mostra davvero questo log? Spiegamelo in parole semplici.",
               anon="Devo inoltrarlo all'assicurazione. Cosa dovrei togliere?"),
    "nl": dict(post="Kun je hier een kort bericht voor de buurtapp van maken?", sum="Kun je hier een korte overdracht voor de volgende dienst van maken?", table="Zet dit netjes in een tabel, één regel per persoon.",
               check="Kun je dit rapport nalopen voordat ik het indien? Mist er iets?", draft="Schrijf op basis van deze notities een kort, rustig bericht aan de familie.",
               tr="Vertaal dit even naar het Engels voor de dienstdoende leiding.", explain="Wat laat deze log eigenlijk zien? Leg het uit alsof ik geen IT'er ben.",
               anon="Dit moet naar de verzekeraar. Wat moet ik eruit halen?"),
    "pt": dict(post="Consegues transformar isto numa publicação curta para o grupo do bairro?", sum="Consegues fazer um resumo curto para a passagem de turno?", table="Põe isto numa tabela limpa, uma linha por pessoa.",
               check="Podes rever este relatório antes de eu o enviar? Falta alguma coisa?", draft="Escreve uma mensagem curta e calma para a família a partir destas notas.",
               tr="Traduz isto para inglês para o chefe de turno, por favor.", explain="O que é que este registo mostra, afinal? Explica-me sem termos técnicos.",
               anon="Tenho de enviar isto à seguradora. O que devo tirar?"),
    "pl": dict(post="Zrób z tego krótki post na grupę osiedlową.", sum="Zrób z tego krótkie przekazanie dla następnej zmiany.", table="Uporządkuj to w tabelę, jeden wiersz na osobę.",
               check="Sprawdzisz ten raport, zanim go wyślę? Czegoś brakuje?", draft="Napisz na podstawie tych notatek krótką, spokojną wiadomość do rodziny.",
               tr="Przetłumacz to na angielski dla kierownika zmiany.", explain="Co właściwie pokazuje ten log? Wytłumacz mi to prosto.",
               anon="Muszę to przesłać ubezpieczycielowi. Co powinienem usunąć?"),
    "sv": dict(post="Kan du göra ett kort inlägg av det här till grannsamverkansgruppen?", sum="Kan du göra en kort överlämning till nästa pass av det här?", table="Gör om det till en snygg tabell, en rad per person.",
               check="Kan du granska rapporten innan jag skickar in den? Saknas något?", draft="Skriv ett kort, lugnt meddelande till de anhöriga utifrån anteckningarna.",
               tr="Översätt det här till engelska åt vakthavande, tack.", explain="Vad visar loggen egentligen? Förklara som för någon som inte jobbar med IT.",
               anon="Det här ska till försäkringsbolaget. Vad bör jag ta bort?"),
    "tr": dict(post="Bunu mahalle grubu için kısa bir paylaşıma çevirir misin?", sum="Bunu bir sonraki vardiya için kısa bir devir notuna çevirir misin?", table="Bunu temiz bir tabloya dök, kişi başına bir satır.",
               check="Göndermeden önce bu raporu kontrol eder misin? Eksik bir şey var mı?", draft="Bu notlardan aileye kısa ve sakin bir mesaj yaz.",
               tr="Bunu nöbetçi amir için İngilizceye çevirir misin?", explain="Bu kayıt aslında neyi gösteriyor? Bana teknik olmayan bir dille anlat.",
               anon="Bunu sigortaya iletmem gerekiyor. Neleri çıkarmalıyım?"),
    "ru": dict(post="Сделай из этого короткий пост для домового чата.", sum="Сделай из этого короткую передачу смены.", table="Сведи это в аккуратную таблицу, одна строка на человека.",
               check="Проверь рапорт перед отправкой — ничего не упущено?", draft="Составь по этим заметкам короткое спокойное сообщение родственникам.",
               tr="Переведи это на английский для дежурного руководителя.", explain="Что на самом деле показывает этот журнал? Объясни простыми словами.",
               anon="Мне нужно переслать это страховой. Что стоит убрать?"),
    "el": dict(post="Κάν' το μια σύντομη ανάρτηση για την ομάδα της γειτονιάς.", sum="Μπορείς να το κάνεις σύντομη ενημέρωση για την επόμενη βάρδια;", table="Βάλ' το σε έναν καθαρό πίνακα, μία γραμμή ανά άτομο.",
               check="Μπορείς να ελέγξεις την αναφορά πριν τη στείλω; Λείπει κάτι;", draft="Γράψε ένα σύντομο, ήρεμο μήνυμα προς την οικογένεια από αυτές τις σημειώσεις.",
               tr="Μετάφρασέ το στα αγγλικά για τον υπεύθυνο βάρδιας.", explain="Τι δείχνει στην πραγματικότητα αυτό το αρχείο καταγραφής; Εξήγησέ το απλά.",
               anon="Πρέπει να το στείλω στην ασφαλιστική. Τι να αφαιρέσω;"),
    "cs": dict(post="Udělej z toho krátký příspěvek do sousedské skupiny.", sum="Udělej z toho krátké předání pro další směnu.", table="Dej to do přehledné tabulky, jeden řádek na osobu.",
               check="Zkontroluješ ten záznam, než ho odešlu? Chybí něco?", draft="Napiš z těch poznámek krátkou, klidnou zprávu pro rodinu.",
               tr="Přelož to do angličtiny pro vedoucího směny.", explain="Co ten log vlastně ukazuje? Vysvětli mi to lidsky.",
               anon="Musím to poslat pojišťovně. Co bych měl odstranit?"),
    "ja": dict(post="これを地域のグループ向けの短い投稿文にしてください。", sum="これを次の勤務帯への短い申し送りにまとめてもらえますか？", table="一人一行のきれいな表に整理してください。",
               check="提出前にこの報告書を確認してもらえますか？抜けや矛盾はありますか？", draft="このメモからご家族への短く落ち着いた連絡文を作ってください。",
               tr="当直責任者向けに英語に訳してください。", explain="このログは実際何を示していますか？ITに詳しくない人向けに説明してください。",
               anon="これを保険会社に転送しないといけません。何を消すべきですか？"),
    "ko": dict(post="이걸 동네 단톡방에 올릴 짧은 글로 바꿔 줘.", sum="이걸 다음 근무조 인계용으로 짧게 요약해 줄래?", table="한 사람당 한 줄씩 깔끔한 표로 정리해 줘.",
               check="제출하기 전에 이 보고서 좀 검토해 줘. 빠진 거 있어?", draft="이 메모로 가족에게 보낼 짧고 차분한 메시지를 써 줘.",
               tr="당직 책임자용으로 영어로 번역해 줘.", explain="이 로그가 실제로 뭘 보여주는 거야? 쉽게 설명해 줘.",
               anon="이걸 보험사에 보내야 하는데, 뭘 빼야 할까?"),
    "zh": dict(post="帮我改成发到小区群里的一段简短文字。", sum="帮我把这个整理成给下一班的简短交接。", table="请整理成一张清楚的表格，每人一行。",
               check="提交前帮我检查一下这份报告，有没有遗漏或矛盾？", draft="根据这些记录，给家属写一条简短、平和的消息。",
               tr="请翻译成英文给值班负责人。", explain="这段日志到底说明了什么？用外行能懂的话解释一下。",
               anon="我要把这个转给保险公司，哪些内容应该删掉？"),
    "hi": dict(post="इसे मोहल्ले के ग्रुप के लिए छोटी पोस्ट बना दो।", sum="इसे अगली शिफ़्ट के लिए छोटा हैंडओवर नोट बना दो।", table="इसे साफ़ टेबल में कर दो, हर व्यक्ति की एक पंक्ति।",
               check="भेजने से पहले यह रिपोर्ट जाँच लो, कुछ छूटा तो नहीं?", draft="इन नोट्स से परिवार के लिए एक छोटा, शांत संदेश लिख दो।",
               tr="ड्यूटी इंचार्ज के लिए इसका अंग्रेज़ी अनुवाद कर दो।", explain="यह लॉग असल में क्या दिखा रहा है? आसान भाषा में समझाओ।",
               anon="यह बीमा कंपनी को भेजना है। इसमें से क्या हटाना चाहिए?"),
    "he": dict(post="תהפוך את זה לפוסט קצר לקבוצת השכונה.", sum="אפשר לסכם את זה לחפיפה קצרה למשמרת הבאה?", table="תסדר את זה בטבלה נקייה, שורה לכל אדם.",
               check="תבדוק את הדוח לפני שאני שולח? חסר משהו?", draft="תנסח מההערות האלה הודעה קצרה ורגועה למשפחה.",
               tr="תתרגם את זה לאנגלית בשביל האחראי במשמרת.", explain="מה היומן הזה בעצם מראה? תסביר בפשטות.",
               anon="אני צריך להעביר את זה לחברת הביטוח. מה להוריד?"),
    "ar": dict(post="حوّل هذا إلى منشور قصير لمجموعة الحي.", sum="ممكن تلخص هذا في تسليم قصير للوردية التالية؟", table="رتّب هذا في جدول واضح، صف لكل شخص.",
               check="هل يمكنك مراجعة هذا التقرير قبل أن أرسله؟ هل ينقصه شيء؟", draft="اكتب من هذه الملاحظات رسالة قصيرة وهادئة للأسرة.",
               tr="ترجم هذا إلى الإنجليزية لمسؤول المناوبة من فضلك.", explain="ماذا يُظهر هذا السجل فعلاً؟ اشرحه لي ببساطة.",
               anon="يجب أن أرسل هذا إلى شركة التأمين. ماذا أحذف منه؟"),
    "th": dict(post="ช่วยทำเป็นโพสต์สั้น ๆ สำหรับกลุ่มในหมู่บ้านหน่อย", sum="ช่วยสรุปเป็นบันทึกส่งเวรสั้น ๆ ให้เวรถัดไปหน่อย", table="ช่วยจัดเป็นตารางให้เรียบร้อย คนละหนึ่งแถว",
               check="ช่วยตรวจรายงานนี้ก่อนส่งหน่อย ขาดอะไรไหม", draft="ช่วยเขียนข้อความสั้น ๆ ที่สุภาพถึงครอบครัวจากบันทึกนี้",
               tr="ช่วยแปลเป็นภาษาอังกฤษให้หัวหน้าเวรหน่อย", explain="ล็อกนี้จริง ๆ แล้วบอกอะไร อธิบายแบบง่าย ๆ หน่อย",
               anon="ต้องส่งอันนี้ให้บริษัทประกัน ควรลบอะไรออกบ้าง"),
    "vi": dict(post="Chuyển cái này thành bài đăng ngắn cho nhóm khu phố giúp mình.", sum="Tóm tắt giúp mình thành bản bàn giao ngắn cho ca sau nhé.", table="Sắp xếp lại thành bảng gọn gàng, mỗi người một dòng.",
               check="Kiểm tra giúp báo cáo này trước khi mình gửi, còn thiếu gì không?", draft="Từ ghi chép này viết giúp một tin nhắn ngắn, bình tĩnh gửi gia đình.",
               tr="Dịch sang tiếng Anh giúp cho trưởng ca nhé.", explain="Nhật ký này thực ra cho thấy điều gì? Giải thích dễ hiểu giúp mình.",
               anon="Mình phải chuyển cái này cho bên bảo hiểm. Nên xoá những gì?"),
    "id": dict(post="Tolong jadikan postingan singkat untuk grup warga.", sum="Tolong jadikan ini catatan serah terima singkat untuk sif berikutnya.", table="Tolong rapikan jadi tabel, satu baris per orang.",
               check="Bisa cek laporan ini sebelum saya kirim? Ada yang kurang?", draft="Buatkan pesan singkat dan tenang untuk keluarga dari catatan ini.",
               tr="Tolong terjemahkan ke bahasa Inggris untuk kepala regu.", explain="Log ini sebenarnya menunjukkan apa? Jelaskan dengan bahasa sederhana.",
               anon="Ini harus saya teruskan ke asuransi. Apa yang sebaiknya dihapus?"),
}


def req(R, lang, kinds):
    if lang == "en":
        kinds = [k for k in kinds if k != "tr"] or ["sum"]
    return REQ[lang][R.choice(kinds)]


def wrap(R, lang, kinds, body):
    """Places the request before or after the paste, sometimes in quotes, a
    code fence or after a rule."""
    q = req(R, lang, kinds)
    style = R.choice(["before", "before", "after", "fence", "quote", "rule"])
    if style == "before":
        return [q + "\n\n", body]
    if style == "after":
        return [body, "\n\n" + q]
    if style == "fence":
        return [q + "\n```\n", body, "\n```"]
    if style == "quote":
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    return [body, "\n---\n" + q]


# ---------------------------------------------------------------- organisations (fictional)
# hospital, control room, security firm, site, work-mail domain of the firm.
ORG = {
    "US": ("Tamarack Valley Medical Center", "Pell County 911 Communications", "Ironbark Protective Services", "Cloverdell Corporate Park", "ironbarkprotective.com"),
    "GB": ("St Wilfrida's Hospital", "North Marches Ambulance Control", "Kestrelgate Security Ltd", "Wharfside Exchange", "kestrelgate.co.uk"),
    "DE": ("Klinikum Lerchenhain", "Leitstelle Fuldatal-Nord", "Wachschutz Greifenstein GmbH", "Gewerbehof Am Kanalhafen", "greifenstein-wachschutz.de"),
    "AT": ("Landeskrankenhaus Traunblick", "Rettungsleitstelle Mühlviertel-Süd", "Sicherheitsdienst Hohenwart GmbH", "Businesspark Donaulände", "hohenwart-sicherheit.at"),
    "FR": ("Centre hospitalier du Val-de-Cher", "CTA-CODIS Touraine-Est", "Gardiennage Sentinelle Cher SAS", "Centre commercial Les Glycines", "sentinelle-cher.fr"),
    "ES": ("Hospital Comarcal del Jiloca", "Centro Coordinador de Emergencias", "Vigilancia Atalaya Norte S.L.", "Centro Comercial Las Salinas", "atalayanorte.es"),
    "MX": ("Hospital Regional Tres Volcanes", "C5 Centro de Mando", "Custodia Águila Real S.A. de C.V.", "Plaza Comercial Tezcatl", "aguilarealcustodia.mx"),
    "IT": ("Ospedale San Gerardino", "Centrale Operativa 118 Adige", "Vigilanza Torre Civica S.r.l.", "Centro Direzionale Le Fornaci", "torrecivica-vigilanza.it"),
    "NL": ("Ziekenhuis De Weerdhof", "Meldkamer Oost-IJssel", "Beveiliging Wachttoren B.V.", "Bedrijvenpark De Zuidpolder", "wachttoren-beveiliging.nl"),
    "PT": ("Hospital de Santa Brites", "CODU Norte", "Vigilância Farol Atlântico, Lda.", "Centro Comercial Pomar das Romãs", "farolatlantico.pt"),
    "BR": ("Hospital Municipal Ipê Amarelo", "Central SAMU 192 Regional", "Vigilância Sentinela do Cerrado Ltda.", "Shopping Jatobá", "sentineladocerrado.com.br"),
    "PL": ("Szpital Powiatowy Pod Modrzewiami", "CPR Małopolska-Zachód", "Agencja Ochrony Strażnica Sp. z o.o.", "Galeria Nad Fosą", "straznica-ochrona.pl"),
    "SE": ("Tallåsens sjukhus", "SOS-centralen Mitt", "Väktarbolaget Fyrbåken AB", "Kvarteret Glasbruket", "fyrbaken.se"),
    "TR": ("Çamlıtepe Devlet Hastanesi", "112 Acil Çağrı Merkezi", "Demirkapı Özel Güvenlik A.Ş.", "Mavikent AVM", "demirkapiguvenlik.com.tr"),
    "RU": ("Городская больница № 14", "ЕДДС района", "ЧОП «Бастион-Север»", "ТЦ «Речной»", "bastion-sever.ru"),
    "GR": ("Γενικό Νοσοκομείο Αγίας Θέκλας", "Συντονιστικό ΕΚΑΒ", "Φρουρός Ασφάλεια Α.Ε.", "Εμπορικό Κέντρο Λιμάνι", "frouros-security.gr"),
    "CZ": ("Nemocnice U Lípy", "Zdravotnické operační středisko", "Strážní služba Hradba s.r.o.", "Obchodní centrum Slunečnice", "hradba-ostraha.cz"),
    "JP": ("みなと台総合病院", "消防指令センター", "株式会社あおば警備保障", "さくら通りビジネスセンター", "aoba-keibi.co.jp"),
    "KR": ("한빛중앙병원", "119종합상황실", "(주)든든경비시스템", "누리타워", "deundeun-sec.co.kr"),
    "CN": ("市第三人民医院", "120急救指挥中心", "安泰保安服务有限公司", "锦绣商业广场", "antaibaoan.cn"),
    "IN": ("Sanjeevani Multispeciality Hospital", "108 Emergency Response Centre", "Suraksha Kavach Security Services Pvt Ltd", "Kalpataru IT Park", "surakshakavach.in"),
    "IL": ("המרכז הרפואי גבעת הזית", "מוקד מד\"א 101", "שומרי העמק אבטחה בע\"מ", "קניון הנמל", "shomrei-haemek.co.il"),
    "EG": ("مستشفى الشفاء الجديد", "غرفة عمليات الإسعاف 123", "الدرع للحراسات الخاصة", "مول الياقوت", "eldereaa-security.com"),
    "TH": ("โรงพยาบาลร่มไทร", "ศูนย์รับแจ้งเหตุ 1669", "บริษัท ราชสีห์ รักษาความปลอดภัย จำกัด", "ศูนย์การค้าริมน้ำพลาซ่า", "ratchasee-security.co.th"),
    "VN": ("Bệnh viện Đa khoa Bình An", "Trung tâm cấp cứu 115", "Công ty Bảo vệ Thành Đồng", "Trung tâm thương mại Hoa Sữa", "thanhdongsecurity.vn"),
    "ID": ("RS Harapan Bunda Sejahtera", "Call Center 112", "PT Garda Satria Mandiri", "Plaza Cemara Asri", "gardasatria.co.id"),
}
POLST = {"GB": "Castlegate Police Station", "US": "Pell County Sheriff's Office", "DE": "Polizeirevier Kanalhafen", "AT": "Polizeiinspektion Donaulände",
         "FR": "Commissariat des Glycines", "ES": "Comisaría del Jiloca", "MX": "Agencia del MP Tezcatl", "IT": "Commissariato Le Fornaci",
         "NL": "Politiebureau Zuidpolder", "PT": "Esquadra das Romãs", "BR": "Delegacia do Jatobá", "PL": "Komisariat Nad Fosą",
         "SE": "Polisstationen Glasbruket", "CZ": "Obvodní oddělení Slunečnice", "TR": "Mavikent Polis Merkezi", "GR": "Αστυνομικό Τμήμα Λιμανιού",
         "RU": "Отдел полиции «Речной»", "JP": "さくら通り交番", "KR": "누리지구대", "CN": "锦绣派出所", "IN": "Kalpataru Police Chowki",
         "IL": "תחנת משטרת הנמל", "EG": "قسم شرطة الياقوت", "TH": "สถานีตำรวจริมน้ำ", "VN": "Công an phường Hoa Sữa", "ID": "Polsek Cemara"}
POLDOM = {"GB": "castlegate.police.uk", "US": "pellcountysheriff.org", "DE": "polizei-kanalhafen.de", "AT": "polizei-donaulaende.at", "FR": "police-glycines.fr",
          "ES": "policia-jiloca.es", "MX": "mp-tezcatl.mx", "IT": "commissariato-fornaci.it", "NL": "politie-zuidpolder.nl", "PT": "psp-romas.pt",
          "BR": "delegacia-jatoba.com.br", "PL": "policja-nadfosa.pl", "SE": "polisen-glasbruket.se", "CZ": "policie-slunecnice.cz", "TR": "mavikent-emniyet.com.tr",
          "GR": "astynomia-limaniou.gr", "RU": "police-rechnoy.ru", "JP": "sakura-koban.jp", "KR": "nuri-police.kr", "CN": "jinxiu-paichusuo.cn"}
ASSEMBLY = {"en": ["car park P2", "the green behind block C"], "de": ["Parkplatz Nord", "Wiese hinter Haus C"], "fr": ["parvis est", "parking visiteurs"],
            "es": ["zona verde norte", "aparcamiento P2"], "it": ["piazzale nord", "parcheggio P2"], "nl": ["grasveld achter gebouw C", "parkeerplaats P2"],
            "pt": ["parque P2", "relvado norte"], "pl": ["parking P2", "plac przy bramie"], "sv": ["gården", "parkeringen P2"], "cs": ["parkoviště P2", "trávník u brány"],
            "ja": ["第2駐車場", "正門前広場"], "ko": ["제2주차장", "정문 앞 광장"], "zh": ["二号停车场", "正门广场"]}
# Emergency and non-emergency numbers (look-alikes).
EMERG = {"US": ["911", "311", "988"], "GB": ["999", "112", "101", "111"], "DE": ["112", "110", "116 117"], "AT": ["144", "122", "133", "141"],
         "FR": ["15", "18", "17", "112", "114"], "ES": ["112", "061", "091"], "MX": ["911", "089"], "IT": ["112", "118", "115"], "NL": ["112", "0900-8844"],
         "PT": ["112", "808 24 24 24"], "BR": ["192", "193", "190"], "PL": ["112", "999", "998"], "SE": ["112", "114 14", "1177"], "TR": ["112", "155", "156"],
         "RU": ["112", "103", "101"], "GR": ["112", "166", "199"], "CZ": ["155", "150", "158", "112"], "JP": ["119", "110", "#7119"], "KR": ["119", "112", "182"],
         "CN": ["120", "119", "110"], "IN": ["112", "108", "100"], "IL": ["101", "100", "102"], "EG": ["123", "122", "180"], "TH": ["1669", "191", "199"],
         "VN": ["115", "114", "113"], "ID": ["112", "118", "119"]}
CALLSIGNS = {"US": ["Medic 14", "Engine 12", "Ladder 3", "Rescue 7", "Battalion 2"], "GB": ["Alpha 231", "Delta 17", "Echo 402", "RRV 5123"],
             "DE": ["RTW 3/83-1", "NEF 3/82-1", "HLF 1/46-1", "DLK 1/33-1", "KTW 3/85-2"], "AT": ["RK Linz 12/3", "NEF Graz 2", "RTW 7/5"],
             "FR": ["VSAV 1", "FPT 2", "SMUR 37", "VLI 3"], "ES": ["SVB 23", "SVA 04", "BOMBA 12"], "MX": ["ERUM 07", "Unidad 215", "Patrulla 4-12"],
             "IT": ["MSB Verona 4", "MSA 2", "APS 15"], "NL": ["ambulance 06-123", "TS 07-4531", "AL 07-4551"], "PT": ["ABSC 01", "VMER 12", "VUCI 03"],
             "BR": ["USA 14", "USB 32", "ABT 05"], "PL": ["P 02-21", "S 07-01", "GBA 2,5/16"], "SE": ["Ambulans 2410", "Räddning 2310", "IVPA 1"],
             "TR": ["Ambulans 35-07", "İtfaiye 12"], "RU": ["бригада 104", "АЦ 2", "ПСЧ-14"], "GR": ["ΕΚΑΒ 312", "Π/Ο 23"], "CZ": ["RZP 307", "RLP 1", "CAS 20"],
             "JP": ["救急中央1", "ポンプ2", "はしご1"], "KR": ["구급 2호", "펌프 1호"], "CN": ["急救车07", "消防3号车"], "IN": ["108 Amb KA-05", "Fire Tender 3"],
             "IL": ["ניידת טיפול נמרץ 47", "אמבולנס 1201"], "EG": ["إسعاف 214", "سيارة إطفاء 6"], "TH": ["กู้ชีพ 05", "ALS 2"], "VN": ["xe cấp cứu 115-03", "xe chữa cháy 21"],
             "ID": ["Ambulans 118-04", "Damkar 2"]}


ORG_STRIP = [r"^Flat \d+, ", r" (Apt \d+|Unit [A-D])(?=,)", r", [^,]*\d+동 \d+호", r" \S+?\d+号室$", r"\d+幢\d+室", r"^Flat \d+, [^,]+, ",
             r", (\d+º [A-D]|bajo|\d+º izq\.)", r", (\d+º (esquerdo|direito)|r/c)", r" דירה \d+", r" Daire: \d+", r", кв\. \d+", r" lgh \d+",
             r", apto \d+", r"/\d+(?=\n|,| \d)", r" int\. \d+"]


def org_addr(R, cc):
    """An organisation's address (look-alike): a street address of a public
    body or firm in the country's layout, without flat, unit or floor."""
    t = home_address(R, cc)[0]
    for p in ORG_STRIP:
        t = re.sub(p, "", t)
    return t


def switchboard(R, cc):
    """An organisation's switchboard (look-alike, not checked)."""
    t = phone_fixed(R, cc)[0] if cc in ("GB", "DE", "AT", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RU") else phone_mobile(R, cc, False)[0]
    return re.sub(r"\d{3}$", "000", t) if R.random() < .5 else re.sub(r"\d{4}$", "0100", t)


CENTRE = {"US": (39.5, -98.3), "GB": (52.8, -1.6), "DE": (51.1, 10.4), "AT": (47.6, 14.1), "FR": (46.6, 2.4), "ES": (40.2, -3.6), "MX": (22.0, -101.5),
          "IT": (42.8, 12.6), "NL": (52.2, 5.6), "PT": (39.6, -8.0), "BR": (-14.2, -51.9), "PL": (52.0, 19.4), "SE": (60.1, 15.6), "TR": (39.0, 35.2),
          "RU": (56.0, 44.0), "GR": (39.1, 22.0), "CZ": (49.8, 15.5), "JP": (36.2, 138.2), "KR": (36.5, 127.9), "CN": (32.0, 112.0), "IN": (21.0, 78.0),
          "IL": (31.4, 34.9), "EG": (29.5, 31.0), "TH": (15.1, 101.0), "VN": (16.0, 107.5), "ID": (-6.9, 109.5)}


def coord(R, cc=None):
    c0 = CENTRE.get(cc)
    if c0:
        la, lo = c0[0] + R.uniform(-1.5, 1.5), c0[1] + R.uniform(-2, 2)
    else:
        la, lo = R.uniform(-40, 62), R.uniform(-100, 140)
    return R.choice(["%.5f, %.5f" % (la, lo), "%.4f° %s, %.4f° %s" % (abs(la), "N" if la > 0 else "S", abs(lo), "E" if lo > 0 else "W")])


def incident_no(R, cc):
    y = 2026
    return R.choice(["%d-%06d" % (y, R.randint(1, 400000)), "E%d%07d" % (y % 100, R.randint(0, 9999999)), "INC-%05d" % R.randint(10000, 99999),
                     "%s/%04d/%d" % (R.choice("ABCDEFGHJ"), R.randint(1, 9999), y)])


def cad_id(R):
    return "%d%02d%02d-%04d" % (2026, R.randint(1, 12), R.randint(1, 28), R.randint(1, 9999))


def when(R, cc=None):
    d, m, h, mi = R.randint(1, 28), R.randint(1, 12), R.randint(0, 23), R.randint(0, 59)
    if cc == "US":
        return "%02d/%02d/2026 %02d:%02d" % (m, d, h, mi)
    if cc in ("JP", "CN", "KR", "SE", "HU"):
        return "2026-%02d-%02d %02d:%02d" % (m, d, h, mi)
    if cc in ("GB", "FR", "ES", "IT", "PT", "BR", "MX", "GR", "IL", "EG", "IN", "TH", "VN", "ID"):
        return "%02d/%02d/2026 %02d:%02d" % (d, m, h, mi)
    return "%02d.%02d.2026 %02d:%02d" % (d, m, h, mi)


POLICE_NO = {"GB": "101", "US": "911", "DE": "110", "AT": "133", "FR": "17", "ES": "091", "MX": "089", "IT": "112", "NL": "0900-8844", "PT": "112",
             "BR": "190", "PL": "112", "SE": "114 14", "TR": "155", "RU": "102", "GR": "100", "CZ": "158", "JP": "110", "KR": "112", "CN": "110",
             "IN": "112", "IL": "100", "EG": "122", "TH": "191", "VN": "113", "ID": "110"}
COLLAR = {"GB": "PC %d", "US": "Badge #%d", "DE": "PK %d", "AT": "Dienstnr. %d", "FR": "matricule %d", "ES": "TIP %d", "IT": "matr. %d", "NL": "dienstnr. %d",
          "PT": "agente n.º %d", "BR": "RE %d", "PL": "nr służb. %d", "SE": "tjänstenr %d", "CZ": "služ. č. %d", "TR": "sicil %d", "RU": "жетон %d", "GR": "ΑΜ %d"}


def collar(R, cc):
    return COLLAR.get(cc, "#%d") % R.randint(100, 99999)


def times(R, n=2):
    h, m = R.randint(0, 21), R.randint(0, 59)
    out = []
    for _ in range(n):
        out.append("%02d:%02d" % (h, m))
        m += R.randint(3, 19)
        h, m = (h + m // 60) % 24, m % 60
    return out


def hm(R):
    return "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))


def mac(R):
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def serial(R):
    return rnd(R, string.ascii_uppercase, 2) + rnd(R, string.digits, 8)


def nonluhn_digits(R, n):
    while True:
        s = R.choice("123456789") + _d(R, n - 1)
        if not luhn_ok(s):
            return s


def plate(R, cc):
    return {"GB": lambda: rnd(R, "ABCDEFGHJKLMNOPRSTVWXY", 2) + "%02d " % R.randint(10, 75) + rnd(R, "ABCDEFGHJKLMNOPRSTVWXY", 3),
            "DE": lambda: R.choice(["KS", "OS", "ER", "FL", "TR", "HAL"]) + "-" + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + " " + str(R.randint(10, 9999)),
            "FR": lambda: rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2) + "-%03d-" % R.randint(1, 999) + rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2),
            "ES": lambda: "%04d %s" % (R.randint(0, 9999), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
            "IT": lambda: rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2) + " %03d " % R.randint(0, 999) + rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2),
            "NL": lambda: "%s-%03d-%s" % (rnd(R, "GHJKLNPRSTXZ", 2), R.randint(1, 999), rnd(R, "BDFGHJKLNPRSTVXZ", 1))}.get(
        cc, lambda: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + "-" + str(R.randint(100, 9999)))()


# ---------------------------------------------------------------- theme phrases per language
INC = {
    "en": ["fall at home, can't get up", "difficulty breathing", "smoke alarm sounding, smell of burning"],
    "de": ["Sturz in Wohnung, kommt nicht hoch", "Atemnot", "Rauchmelder piept, Brandgeruch"],
    "fr": ["chute à domicile, ne peut se relever", "détresse respiratoire", "détecteur de fumée, odeur de brûlé"],
    "es": ["caída en domicilio, no puede levantarse", "dificultad respiratoria", "alarma de humo, olor a quemado"],
    "it": ["caduta in casa, non riesce ad alzarsi", "difficoltà respiratoria", "rilevatore di fumo, odore di bruciato"],
    "nl": ["val in woning, komt niet overeind", "benauwdheid", "rookmelder gaat af, brandlucht"],
    "pt": ["queda em casa, não se consegue levantar", "dificuldade respiratória", "detetor de fumo a tocar, cheiro a queimado"],
    "pl": ["upadek w mieszkaniu, nie może wstać", "duszność", "czujka dymu, zapach spalenizny"],
    "sv": ["fall i hemmet, kommer inte upp", "andningssvårigheter", "brandvarnare tjuter, brandlukt"],
    "tr": ["evde düşme, kalkamıyor", "nefes darlığı", "duman dedektörü ötüyor, yanık kokusu"],
    "ru": ["падение дома, не может встать", "затруднённое дыхание", "сработал датчик дыма, запах гари"],
    "el": ["πτώση στο σπίτι, δεν μπορεί να σηκωθεί", "δύσπνοια", "χτυπάει ο ανιχνευτής καπνού, μυρωδιά καμένου"],
    "cs": ["pád doma, nemůže vstát", "dušnost", "hlásič kouře, zápach spáleniny"],
    "ja": ["自宅で転倒、起き上がれない", "呼吸困難", "火災報知器が鳴動、焦げ臭い"],
    "ko": ["집에서 넘어져 못 일어남", "호흡곤란", "화재경보기 울림, 타는 냄새"],
    "zh": ["在家摔倒，无法起身", "呼吸困难", "烟雾报警器响，有焦味"],
    "hi": ["घर में गिर गए, उठ नहीं पा रहे", "साँस लेने में तकलीफ़", "स्मोक अलार्म बज रहा है, जलने की गंध"],
    "he": ["נפילה בבית, לא מצליח לקום", "קוצר נשימה", "גלאי עשן מצפצף, ריח שרפה"],
    "ar": ["سقوط في المنزل، لا يستطيع النهوض", "ضيق في التنفس", "إنذار الدخان يرن، رائحة احتراق"],
    "th": ["ล้มในบ้าน ลุกไม่ได้", "หายใจลำบาก", "สัญญาณเตือนควันดัง มีกลิ่นไหม้"],
    "vi": ["ngã tại nhà, không tự đứng dậy được", "khó thở", "báo khói kêu, có mùi khét"],
    "id": ["jatuh di rumah, tidak bisa bangun", "sesak napas", "alarm asap berbunyi, bau hangus"],
}
KEYSAFE = {
    "en": "Key safe left of front door, code {c}.", "de": "Schlüsseltresor links neben der Haustür, Code {c}.",
    "fr": "Boîte à clés à gauche de la porte, code {c}.", "es": "Caja de llaves junto a la puerta, código {c}.",
    "it": "Cassetta chiavi accanto alla porta, codice {c}.", "nl": "Sleutelkluis naast de voordeur, code {c}.",
    "pt": "Cofre de chaves junto à porta, código {c}.", "pl": "Sejf na klucze przy drzwiach, kod {c}.",
    "sv": "Nyckelskåp vid ytterdörren, kod {c}.", "tr": "Kapının yanında anahtar kutusu, şifre {c}.",
    "ru": "Ключница у входной двери, код {c}.", "el": "Κλειδοθήκη δίπλα στην πόρτα, κωδικός {c}.",
    "cs": "Schránka na klíče u vchodu, kód {c}.", "ja": "玄関横にキーボックス、暗証番号{c}。", "ko": "현관 옆 키박스, 비밀번호 {c}.",
    "zh": "门旁有钥匙盒，密码{c}。", "hi": "दरवाज़े के पास की-बॉक्स, कोड {c}।", "he": "כספת מפתחות ליד הדלת, קוד {c}.",
    "ar": "صندوق المفاتيح بجانب الباب، الرمز {c}.", "th": "กล่องกุญแจข้างประตู รหัส {c}", "vi": "Hộp chìa khoá cạnh cửa, mã {c}.",
    "id": "Kotak kunci di samping pintu, kode {c}.",
}
PUBLIC = {
    "en": ["car park behind the leisure centre", "bus stop outside the library", "junction of the ring road and the bypass"],
    "de": ["Parkplatz hinter dem Hallenbad", "Bushaltestelle am Rathaus", "Kreuzung B27 / Ortsumgehung"],
    "fr": ["parking de la piscine municipale", "arrêt de bus devant la médiathèque", "rond-point de la rocade nord"],
    "es": ["aparcamiento del polideportivo", "parada de autobús frente a la biblioteca", "rotonda de la circunvalación"],
    "it": ["parcheggio del palazzetto", "fermata dell'autobus davanti alla biblioteca", "rotatoria della tangenziale"],
    "nl": ["parkeerplaats achter het zwembad", "bushalte bij het gemeentehuis", "kruising ringweg / N35"],
    "pt": ["parque de estacionamento das piscinas", "paragem de autocarro junto à biblioteca", "rotunda da circular"],
    "pl": ["parking za basenem miejskim", "przystanek przy bibliotece", "rondo przy obwodnicy"],
    "sv": ["parkeringen bakom simhallen", "busshållplatsen vid biblioteket", "cirkulationsplatsen vid E4:an"],
    "tr": ["kapalı yüzme havuzunun otoparkı", "kütüphane önündeki otobüs durağı", "çevre yolu kavşağı"],
    "ru": ["парковка у бассейна", "остановка у библиотеки", "развязка на объездной"],
    "el": ["πάρκινγκ του κολυμβητηρίου", "στάση λεωφορείου έξω από τη βιβλιοθήκη", "κόμβος της περιφερειακής"],
    "cs": ["parkoviště u krytého bazénu", "zastávka u knihovny", "křižovatka u obchvatu"],
    "ja": ["市民プール裏の駐車場", "図書館前のバス停", "バイパスの交差点"], "ko": ["수영장 뒤 주차장", "도서관 앞 버스정류장", "외곽순환도로 교차로"],
    "zh": ["游泳馆后面的停车场", "图书馆门口的公交站", "环城路口"], "hi": ["स्विमिंग पूल के पीछे की पार्किंग", "लाइब्रेरी के सामने बस स्टॉप", "बाईपास चौराहा"],
    "he": ["החניון מאחורי הבריכה העירונית", "תחנת האוטובוס ליד הספרייה", "צומת הכביש העוקף"],
    "ar": ["موقف السيارات خلف حمام السباحة", "موقف الحافلات أمام المكتبة", "تقاطع الطريق الدائري"],
    "th": ["ลานจอดรถหลังสระว่ายน้ำ", "ป้ายรถเมล์หน้าห้องสมุด", "แยกถนนเลี่ยงเมือง"],
    "vi": ["bãi đỗ xe sau bể bơi", "trạm xe buýt trước thư viện", "nút giao đường vành đai"],
    "id": ["parkiran di belakang kolam renang", "halte bus depan perpustakaan", "simpang jalan lingkar"],
}
SELF = {"en": "self", "de": "selbst", "fr": "lui-même", "es": "el propio", "it": "sé stesso", "nl": "zelf", "pt": "o próprio", "pl": "sam",
        "sv": "själv", "tr": "kendisi", "ru": "сам", "el": "ο ίδιος", "cs": "sám", "ja": "本人", "ko": "본인", "zh": "本人", "hi": "स्वयं",
        "he": "עצמו", "ar": "نفسه", "th": "ตนเอง", "vi": "bản thân", "id": "sendiri"}
# missing-person notice: title, last seen, wearing, contact line, police line
MISS = {
    "en": ("MISSING", "Last seen", "wearing a navy raincoat and grey trainers", "If you see {p}, please call", "or call {e} quoting reference"),
    "de": ("VERMISST", "Zuletzt gesehen", "trägt eine dunkelblaue Regenjacke und graue Turnschuhe", "Wer {p} sieht, bitte melden unter", "oder Polizei {e}, Aktenzeichen"),
    "fr": ("DISPARITION INQUIÉTANTE", "Vu(e) pour la dernière fois", "portait un imperméable bleu marine et des baskets grises", "Si vous voyez {p}, appelez le", "ou composez le {e}, référence"),
    "es": ("DESAPARECIDO/A", "Visto/a por última vez", "llevaba un chubasquero azul marino y zapatillas grises", "Si ves a {p}, llama al", "o al {e} indicando la referencia"),
    "it": ("SCOMPARSO/A", "Visto/a l'ultima volta", "indossava un impermeabile blu e scarpe da ginnastica grigie", "Se vedete {p} chiamate il", "oppure il {e} citando la pratica"),
    "nl": ("VERMIST", "Laatst gezien", "droeg een donkerblauwe regenjas en grijze sneakers", "Heb je {p} gezien? Bel", "of bel {e} o.v.v. registratienummer"),
    "pt": ("DESAPARECIDO/A", "Visto/a pela última vez", "vestia um impermeável azul-escuro e ténis cinzentos", "Se vir {p}, ligue para", "ou para o {e}, referência"),
    "pl": ("ZAGINIONY/A", "Ostatnio widziany/a", "ubrany/a w granatową kurtkę przeciwdeszczową i szare buty sportowe", "Jeśli widzisz {p}, dzwoń pod", "lub na {e}, sygnatura"),
    "sv": ("SAKNAD", "Senast sedd", "bär en mörkblå regnjacka och grå gympaskor", "Har du sett {p}? Ring", "eller polisen {e}, diarienummer"),
    "tr": ("KAYIP", "En son görüldüğü yer", "lacivert yağmurluk ve gri spor ayakkabı giyiyordu", "{p} kişisini görürseniz arayın:", "veya {e}, dosya no"),
    "ru": ("ВНИМАНИЕ, ПРОПАЛ ЧЕЛОВЕК", "Последний раз видели", "был(а) одет(а) в тёмно-синий дождевик и серые кроссовки", "Если вы видели {p}, звоните", "или {e}, номер КУСП"),
    "el": ("ΑΓΝΟΕΙΤΑΙ", "Τελευταία φορά εθεάθη", "φορούσε σκούρο μπλε αδιάβροχο και γκρι αθλητικά", "Αν δείτε τον/την {p}, καλέστε", "ή το {e}, αριθμός υπόθεσης"),
    "cs": ("PÁTRÁNÍ PO POHŘEŠOVANÉ OSOBĚ", "Naposledy viděn/a", "měl/a tmavomodrou pláštěnku a šedé tenisky", "Pokud uvidíte {p}, volejte", "nebo {e}, č. j."),
    "ja": ("行方不明者を探しています", "最後に目撃された場所", "紺色のレインコートと灰色のスニーカー", "{p}を見かけた方はご連絡ください：", "または{e}（受理番号"),
    "ko": ("실종자를 찾습니다", "마지막 목격", "남색 우비와 회색 운동화 착용", "{p} 씨를 보신 분은 연락 주세요:", "또는 {e}, 접수번호"),
    "zh": ("寻人启事", "最后出现", "穿藏青色雨衣和灰色运动鞋", "如见到{p}，请联系", "或拨打{e}，报案编号"),
    "hi": ("गुमशुदा की तलाश", "आख़िरी बार देखा गया", "गहरे नीले रंग का रेनकोट और स्लेटी जूते पहने थे", "{p} को देखें तो कॉल करें", "या {e} पर, संदर्भ"),
    "he": ("נעדר/ת", "נראה/תה לאחרונה", "לבש/ה מעיל גשם כחול כהה ונעלי ספורט אפורות", "מי שראה את {p} מתבקש להתקשר", "או למשטרה {e}, מספר תיק"),
    "ar": ("مفقود", "شوهد آخر مرة", "كان يرتدي معطف مطر كحلي وحذاء رياضي رمادي", "من يرى {p} يرجى الاتصال على", "أو {e}، رقم المحضر"),
    "th": ("ตามหาคนหาย", "พบเห็นครั้งสุดท้าย", "สวมเสื้อกันฝนสีกรมท่าและรองเท้าผ้าใบสีเทา", "หากพบ {p} โปรดโทร", "หรือ {e} เลขรับแจ้ง"),
    "vi": ("TÌM NGƯỜI MẤT TÍCH", "Lần cuối nhìn thấy", "mặc áo mưa xanh đậm, giày thể thao màu xám", "Ai nhìn thấy {p} xin gọi", "hoặc {e}, số hồ sơ"),
    "id": ("DICARI ORANG HILANG", "Terakhir terlihat", "memakai jas hujan biru dongker dan sepatu kets abu-abu", "Jika melihat {p}, hubungi", "atau {e}, nomor laporan"),
}


# ---------------------------------------------------------------- template context
ROLE_MAILBOX = {"info", "dispatch", "control", "leitstelle", "security", "fundbuero", "fundburo", "press", "presse", "safety", "admin-noreply", "noreply",
                "no-reply", "stewarding", "lifeguards", "brandschutz", "rostering", "empfang", "reception", "secretariat", "alerts", "cad-alerts",
                "victimcare", "opferhilfe", "aide-victimes", "atencionvictimas", "ops", "incident", "incidents", "nvr-alerts", "facilities", "wachdienst",
                "kommando", "feuerwehr", "centrale", "meldkamer", "bombeiros", "sos", "kontakt", "contact", "duty", "healthandsafety", "evac", "soc"}
WORK = "work"


class Ctx:
    def __init__(self, R, cc):
        self.R, self.cc, self.lang = R, cc, LANG[cc]
        self.used = set()
        self.l = LBL[self.lang]
        self.town = None
        self.native = True

    def person(self, sex=None, age=(18, 85), cc=None):
        return make_person(self.R, cc or self.cc, self.used, sex, age)

    def P(self, p, role, roman=None, part=None):
        r = (not self.native) if roman is None else roman
        if part == "given":
            v = p.groman if r else p.given
        elif part == "family":
            v = p.froman if r else p.family
        else:
            v = p.roman if r else p.full
        meta = {"sub": role}
        return L("person", v, **meta)

    def PH(self, cc=None, mobile=True, intl=None):
        R = self.R
        cc = cc or self.cc
        if cc != self.cc:
            intl = True
        t, k = phone_mobile(R, cc, intl) if mobile else phone_fixed(R, cc, bool(intl))
        meta = {"sub": k, "region": self.cc}
        if cc != self.cc:
            meta["plan"] = cc
        return L("phone", t, **meta)

    def A(self, multiline=False, cc=None):
        t, town = home_address(self.R, cc or self.cc, multiline)
        self.town = town
        return L("address", t, sub=(cc or self.cc).lower())

    def D(self, p, numeric=False):
        return L("dob", fmt_dob(self.R, p.cc, p.dob, numeric))

    def G(self, p):
        h = health_id(self.R, p, self.town)
        if h is None:
            return None, None
        return h[0], L("gov_id", h[1], sub=h[2])

    def E(self, p, domain=None):
        if domain:
            return L("email", email_work(self.R, p, domain), sub="work")
        return L("email", email_personal(self.R, p), sub="personal")

    def IP(self, v6=False, sub=None):
        return L("ip", ipv6_global(self.R) if v6 else ipv4_global(self.R), sub=sub or ("ipv6" if v6 else "ipv4"))

    def S(self, value, sub):
        return L("secret", value, sub=sub)

    def rel(self, p=None):
        f, m = self.R.choice(REL[self.lang])
        return m if p is not None and p.sex == "m" else f


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, countries=None):
    def deco(f):
        TEMPLATES.append((name, count, countries or COUNTRIES, f, True))
        return f
    return deco


def ctpl(name, count, countries=None):
    def deco(f):
        TEMPLATES.append((name, count, countries or COUNTRIES, f, False))
        return f
    return deco


@tpl("dispatch_log", 36)
def t_dispatch(c):
    """CAD event printout: caller, callback number, home address (a public
    place as look-alike otherwise), patient, key-safe code, units."""
    R, l, lang, cc = c.R, c.l, c.lang, c.cc
    caller = c.person()
    out = ["CAD ", N(cad_id(R), "cad_id"), "  ", N(when(R, cc), "incident_time"), "  P%d  " % R.randint(1, 3), R.choice(INC[lang]), "\n"]
    same = R.random() < .3
    out += [l["caller"], ": ", c.P(caller, "caller"), " (", SELF[lang] if same else c.rel(caller), ")\n"]
    out += [l["callback"], ": ", c.PH(mobile=R.random() < .75), "  (via ", N(EMERG[cc][0], "emergency_number"), ")\n"]
    home = R.random() < .72
    if home:
        out += [l["location"], ": ", c.A(), "\n"]
    else:
        out += [l["location"], ": ", N(R.choice(PUBLIC[lang]), "public_place"), " [", N(coord(R, cc), "coordinates"), "]\n"]
    if not same:
        pat = c.person(age=(60, 96)) if R.random() < .75 else None
        if pat:
            out += [l["patient"], ": ", c.P(pat, "patient"), ", ", l["age"], " ", N(str(2026 - pat.dob.year), "age")]
            if R.random() < .5:
                out += [", ", l["dob"], " ", c.D(pat)]
            out += ["\n"]
    if home and R.random() < .55:
        code = "%04d" % R.randint(0, 9999) if R.random() < .7 else "%d%d%d%d%s" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.choice("AB#"))
        pre, post = KEYSAFE[lang].split("{c}")
        out += [l["notes"], ": ", pre, c.S(code, "key_safe_code"), post, "\n"]
    units = R.sample(CALLSIGNS[cc], min(2, len(CALLSIGNS[cc])))
    out += ["Units: "] + sum([[N(u, "call_sign"), " %s/%s" % tuple(times(R)), "; "] for u in units], [])[:-1] + ["\n"]
    out += ["Ref ", N(incident_no(R, cc), "incident_no")]
    return "log", wrap(R, lang, ["sum", "check", "tr", "draft"], out)


TRANSCRIPT = {
    "en": ("Call-taker", "Caller", ["Ambulance service, what's the address of the emergency?", "It's {addr}.", "And the phone number you're calling from?", "{ph}",
                                     "Tell me exactly what happened.", "My {rel} {pat} fell in the bathroom, she's conscious but can't get up.", "What's her date of birth?",
                                     "{dob}", "And your name?", "{caller}", "Help is being arranged. Stay on the line."]),
    "de": ("Disponent", "Anrufer", ["Notruf Feuerwehr und Rettungsdienst, wo genau ist der Notfallort?", "{addr}.", "Unter welcher Nummer erreichen wir Sie?", "{ph}",
                                     "Was ist passiert?", "Meine {rel}, {pat}, ist im Bad gestürzt, sie ist wach, kommt aber nicht hoch.", "Geburtsdatum?", "{dob}",
                                     "Und Ihr Name?", "{caller}", "Der Rettungsdienst ist unterwegs, bleiben Sie bitte dran."]),
    "fr": ("Opérateur", "Appelant", ["SAMU, quelle est l'adresse exacte ?", "C'est au {addr}.", "Votre numéro de rappel ?", "{ph}", "Que se passe-t-il ?",
                                      "Ma {rel} {pat} est tombée dans la salle de bain, elle est consciente mais ne peut pas se relever.", "Sa date de naissance ?", "{dob}",
                                      "Et vous, votre nom ?", "{caller}", "On vous envoie une équipe, restez en ligne."]),
    "es": ("Operador", "Llamante", ["Emergencias, ¿dirección exacta?", "{addr}.", "¿Un teléfono de contacto?", "{ph}", "¿Qué ha pasado?",
                                     "Mi {rel} {pat} se ha caído en el baño, está consciente pero no puede levantarse.", "¿Fecha de nacimiento?", "{dob}",
                                     "¿Y su nombre?", "{caller}", "Ya sale un recurso, no cuelgue."]),
    "it": ("Operatore", "Chiamante", ["Emergenza sanitaria, mi dica l'indirizzo preciso.", "{addr}.", "Un numero per richiamarla?", "{ph}", "Cosa è successo?",
                                       "Mia {rel} {pat} è caduta in bagno, è cosciente ma non riesce ad alzarsi.", "Data di nascita?", "{dob}", "Il suo nome?",
                                       "{caller}", "Stiamo mandando un mezzo, resti in linea."]),
    "nl": ("Centralist", "Melder", ["Ambulancezorg, wat is het adres van het incident?", "{addr}.", "Op welk nummer kunnen we u terugbellen?", "{ph}",
                                     "Wat is er gebeurd?", "Mijn {rel} {pat} is in de badkamer gevallen, ze is aanspreekbaar maar komt niet overeind.",
                                     "Geboortedatum?", "{dob}", "En uw naam?", "{caller}", "Er is hulp onderweg, blijf aan de lijn."]),
    "pt": ("Operador", "Chamador", ["Emergência médica, qual é a morada?", "{addr}.", "Um número para contacto?", "{ph}", "O que aconteceu?",
                                     "A minha {rel} {pat} caiu na casa de banho, está consciente mas não se consegue levantar.", "Data de nascimento?", "{dob}",
                                     "E o seu nome?", "{caller}", "Vamos enviar meios, não desligue."]),
    "pl": ("Dyspozytor", "Zgłaszający", ["Numer alarmowy, proszę podać dokładny adres.", "{addr}.", "Numer do kontaktu?", "{ph}", "Co się stało?",
                                         "Moja {rel} {pat} upadła w łazience, jest przytomna, ale nie może wstać.", "Data urodzenia?", "{dob}", "A pana nazwisko?",
                                         "{caller}", "Zespół jest w drodze, proszę się nie rozłączać."]),
    "sv": ("Operatör", "Inringare", ["SOS 112, vilken adress gäller det?", "{addr}.", "Vilket nummer ringer du från?", "{ph}", "Vad har hänt?",
                                      "Min {rel} {pat} har ramlat i badrummet, hon är vaken men kommer inte upp.", "Födelsedatum?", "{dob}", "Och ditt namn?",
                                      "{caller}", "Ambulansen är på väg, stanna kvar i telefonen."]),
    "cs": ("Operátor", "Volající", ["Záchranná služba, řekněte mi přesnou adresu.", "{addr}.", "Na jakém čísle vás zastihneme?", "{ph}", "Co se stalo?",
                                     "Moje {rel} {pat} upadla v koupelně, je při vědomí, ale nemůže vstát.", "Datum narození?", "{dob}", "A vaše jméno?",
                                     "{caller}", "Posádka už vyjíždí, zůstaňte na lince."]),
}
TRANS_REL = {"en": ["mother", "wife", "grandmother"], "de": ["Mutter", "Frau", "Oma"], "fr": ["mère", "femme", "grand-mère"], "es": ["madre", "mujer", "abuela"],
             "it": ["madre", "moglie", "nonna"], "nl": ["moeder", "vrouw", "oma"], "pt": ["mãe", "mulher", "avó"], "pl": ["mama", "żona", "babcia"],
             "sv": ["mamma", "fru", "mormor"], "cs": ["maminka", "manželka", "babička"]}
TRANS_CC = ["US", "GB", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE", "CZ"]


@tpl("call_transcript", 30, TRANS_CC)
def t_transcript(c):
    """Emergency-call transcript (speaker tags are roles): address of the
    home, callback number, patient and birth date, the caller's name."""
    R, lang, cc = c.R, c.lang, c.cc
    dt, ct, lines = TRANSCRIPT[lang]
    caller = c.person()
    pat = c.person(sex="f", age=(62, 95))
    out = ["[", N(when(R, cc), "incident_time"), "] ", N("Call %s" % incident_no(R, c.cc), "call_id"), "\n"]
    for i, ln in enumerate(lines):
        out.append(("%s: " % (dt if i % 2 == 0 else ct)))
        for part in re.split(r"(\{\w+\})", ln):
            if part == "{addr}":
                out.append(c.A())
            elif part == "{ph}":
                out.append(c.PH())
            elif part == "{pat}":
                out.append(c.P(pat, "patient"))
            elif part == "{dob}":
                out.append(c.D(pat))
            elif part == "{caller}":
                out.append(c.P(caller, "caller"))
            elif part == "{rel}":
                out.append(R.choice(TRANS_REL[lang]))
            else:
                out.append(part)
        out.append("\n")
    return "transcript", wrap(R, lang, ["sum", "check", "tr"], out)


PCR_HDR = {"en": "PATIENT CARE REPORT (excerpt)", "de": "Einsatzprotokoll Rettungsdienst (Auszug)", "fr": "Fiche bilan (extrait)", "es": "Informe de asistencia (extracto)",
           "it": "Scheda di soccorso (estratto)", "nl": "Ritformulier ambulance (uittreksel)", "pt": "Relatório de ocorrência (excerto)", "pl": "Karta medycznych czynności ratunkowych (fragment)",
           "sv": "Ambulansjournal (utdrag)", "tr": "Ambulans vaka formu (özet)", "ru": "Карта вызова СМП (выписка)", "el": "Δελτίο διακομιδής (απόσπασμα)",
           "cs": "Záznam o výjezdu (výňatek)", "ja": "救急活動記録票（抜粋）", "ko": "구급활동일지 (발췌)", "zh": "院前急救病历（摘录）", "hi": "एम्बुलेंस रोगी रिपोर्ट (अंश)",
           "he": "דו\"ח טיפול רפואי (קטע)", "ar": "تقرير رعاية المريض (مقتطف)", "th": "แบบบันทึกการปฏิบัติงาน (บางส่วน)", "vi": "Phiếu cấp cứu ngoại viện (trích)",
           "id": "Laporan penanganan pasien (kutipan)"}


@tpl("pcr", 36)
def t_pcr(c):
    """Ambulance patient-care report: patient, birth date, health/national
    id, home address, next of kin, crew by name; vitals, hospital and call
    signs are look-alikes."""
    R, l, lang, cc = c.R, c.l, c.lang, c.cc
    pat = c.person(age=(20, 95))
    out = [PCR_HDR[lang], " — ", N(incident_no(R, cc), "incident_no"), " — ", N(CALLSIGNS[cc][0], "call_sign"), "\n"]
    out += [l["patient"], ": ", c.P(pat, "patient"), "\n", l["dob"], ": ", c.D(pat, numeric=R.random() < .6), "\n"]
    out += [l["address"], ": ", c.A(), "\n"]
    if R.random() < .8:
        w, g = c.G(pat)
        if g:
            out += [w, ": ", g, "\n"]
    if R.random() < .75:
        nok = c.person()
        if nok:
            out += [l["nok"], ": ", c.P(nok, "nok"), " (", c.rel(nok), ") ", c.PH(cc=R.choice([cc] * 5 + ["DE", "GB", "FR", "US", "ES"])), "\n"]
    out += ["BP ", N("%d/%d" % (R.randint(95, 185), R.randint(55, 105)), "vital"), "  HR ", N(str(R.randint(48, 130)), "vital"), "  SpO2 ", N("%d %%" % R.randint(86, 99), "vital"),
            "  GCS ", N(str(R.randint(9, 15)), "vital"), "\n"]
    crew = [c.person() for _ in range(R.choice([1, 2]))]
    crew = [x for x in crew if x]
    if crew:
        out += ["Crew: "] + sum([[c.P(x, "crew"), " (", N("#%d" % R.randint(1000, 99999), "staff_no"), ")", ", "] for x in crew], [])[:-1] + ["\n"]
    out += ["→ ", N(ORG[cc][0], "hospital"), " ", N(hm(R), "incident_time")]
    return "form", wrap(R, lang, ["sum", "check", "tr", "anon"], out)


SEC_HDR = {"en": ("INCIDENT REPORT", "Site", "Subject", "Police attended"), "de": ("VORFALLSBERICHT", "Objekt", "Betroffene Person", "Polizei vor Ort"),
           "fr": ("RAPPORT D'INCIDENT", "Site", "Personne concernée", "Police sur place"), "es": ("PARTE DE INCIDENCIA", "Centro", "Persona implicada", "Acudió la policía"),
           "it": ("RAPPORTO DI SERVIZIO", "Sito", "Soggetto coinvolto", "Intervento delle forze dell'ordine"), "nl": ("INCIDENTRAPPORT", "Object", "Betrokkene", "Politie ter plaatse"),
           "pt": ("RELATÓRIO DE OCORRÊNCIA", "Local", "Envolvido", "Polícia no local"), "pl": ("RAPORT ZE ZDARZENIA", "Obiekt", "Osoba zatrzymana", "Policja na miejscu"),
           "sv": ("HÄNDELSERAPPORT", "Objekt", "Berörd person", "Polis på plats"), "tr": ("OLAY TUTANAĞI", "Tesis", "İlgili kişi", "Polis geldi"),
           "ru": ("АКТ О ПРОИСШЕСТВИИ", "Объект", "Задержанный", "Наряд полиции"), "el": ("ΑΝΑΦΟΡΑ ΣΥΜΒΑΝΤΟΣ", "Χώρος", "Εμπλεκόμενος", "Αστυνομία στο σημείο"),
           "cs": ("HLÁŠENÍ O UDÁLOSTI", "Objekt", "Dotčená osoba", "Policie na místě"), "ja": ("事故報告書", "施設", "対象者", "警察対応"),
           "ko": ("사건 보고서", "현장", "관련자", "경찰 출동"), "zh": ("事件报告", "场所", "涉事人员", "民警到场"), "hi": ("घटना रिपोर्ट", "साइट", "संबंधित व्यक्ति", "पुलिस पहुँची"),
           "he": ("דוח אירוע", "אתר", "מעורב", "משטרה הגיעה"), "ar": ("تقرير حادث", "الموقع", "الشخص المعني", "حضور الشرطة"),
           "th": ("รายงานเหตุการณ์", "สถานที่", "ผู้เกี่ยวข้อง", "ตำรวจมาถึง"), "vi": ("BÁO CÁO SỰ VIỆC", "Mục tiêu", "Người liên quan", "Công an có mặt"),
           "id": ("LAPORAN KEJADIAN", "Lokasi", "Pihak terkait", "Polisi datang")}
SEC_TXT = {"en": "Shoplifting suspected at the south exit; subject detained until police arrived, no injuries.",
           "de": "Verdacht auf Ladendiebstahl am Südausgang; Person bis zum Eintreffen der Polizei festgehalten, keine Verletzten.",
           "fr": "Suspicion de vol à l'étalage à la sortie sud ; personne retenue jusqu'à l'arrivée de la police, pas de blessé.",
           "es": "Presunto hurto en la salida sur; persona retenida hasta la llegada de la policía, sin heridos.",
           "it": "Sospetto taccheggio all'uscita sud; soggetto trattenuto fino all'arrivo della polizia, nessun ferito.",
           "nl": "Vermoedelijke winkeldiefstal bij de zuiduitgang; betrokkene vastgehouden tot de politie kwam, geen gewonden.",
           "pt": "Suspeita de furto na saída sul; pessoa retida até chegar a polícia, sem feridos.",
           "pl": "Podejrzenie kradzieży przy wyjściu południowym; osoba zatrzymana do przyjazdu policji, bez obrażeń.",
           "sv": "Misstänkt snatteri vid södra utgången; personen omhändertogs tills polisen kom, inga skadade.",
           "tr": "Güney çıkışında hırsızlık şüphesi; kişi polis gelene kadar tutuldu, yaralı yok.",
           "ru": "Подозрение на кражу у южного выхода; задержан до прибытия полиции, пострадавших нет.",
           "el": "Υποψία κλοπής στη νότια έξοδο· το άτομο κρατήθηκε μέχρι να έρθει η αστυνομία, χωρίς τραυματισμούς.",
           "cs": "Podezření na krádež u jižního východu; osoba zadržena do příjezdu policie, bez zranění.",
           "ja": "南口で万引きの疑い。警察到着まで対象者を保護、けが人なし。", "ko": "남쪽 출구에서 절도 의심, 경찰 도착 시까지 인계 대기, 부상자 없음.",
           "zh": "南出口疑似盗窃，涉事人员等候民警到场，无人受伤。", "hi": "दक्षिण निकास पर चोरी का संदेह; पुलिस आने तक व्यक्ति को रोका गया, कोई घायल नहीं।",
           "he": "חשד לגניבה ביציאה הדרומית; המעורב עוכב עד הגעת המשטרה, אין נפגעים.", "ar": "اشتباه في سرقة عند المخرج الجنوبي؛ تم احتجاز الشخص حتى وصول الشرطة، لا إصابات.",
           "th": "สงสัยลักขโมยที่ทางออกทิศใต้ ควบคุมตัวไว้จนตำรวจมาถึง ไม่มีผู้บาดเจ็บ", "vi": "Nghi trộm cắp ở cửa phía nam; giữ người đến khi công an tới, không ai bị thương.",
           "id": "Dugaan pencurian di pintu keluar selatan; pihak terkait ditahan sampai polisi datang, tidak ada korban."}


@tpl("security_incident", 30)
def t_secinc(c):
    """Security incident report: reporting guard (work e-mail), subject with
    birth date and address, witness with phone, named police officer; site,
    collar number, camera ids and report numbers are look-alikes."""
    R, l, lang, cc = c.R, c.l, c.lang, c.cc
    h = SEC_HDR[lang]
    guard = c.person()
    subj = c.person(age=(16, 70))
    out = [h[0], " ", N(incident_no(R, cc), "incident_no"), "\n", h[1], ": ", N(ORG[cc][3], "site"), " — ", N(when(R, cc), "incident_time"), "\n"]
    out += [l["reporter"], ": ", c.P(guard, "guard"), " <", c.E(guard, ORG[cc][4]), ">\n"]
    out += [h[2], ": ", c.P(subj, "suspect"), ", ", l["dob"], " ", c.D(subj)]
    if R.random() < .6:
        out += ["; ", c.A()]
    out += ["\n", SEC_TXT[lang], " CCTV ", N("CAM-%02d" % R.randint(1, 64), "camera_id"), "\n"]
    if R.random() < .7:
        w = c.person()
        if w:
            out += [l["witness"], ": ", c.P(w, "witness"), ", ", c.PH(), "\n"]
    if R.random() < .6:
        off = c.person()
        if off:
            out += [h[3], ": ", c.P(off, "officer"), " (", N(collar(R, cc), "collar_number"), ")\n"]
        else:
            out += [h[3], ": ", N(collar(R, cc), "collar_number"), "\n"]
    else:
        out += [h[3], ": ", N(collar(R, cc), "collar_number"), ", ", N(R.choice(CALLSIGNS[cc]), "call_sign"), "\n"]
    return "form", wrap(R, lang, ["check", "tr", "anon", "sum"], out)


@tpl("guard_shift_log", 28)
def t_shiftlog(c):
    """Guard shift log (English log lines from the guard-tour app, request in
    the writer's language): guards, a contractor with mobile, the keyholder
    called out with mobile and the alarm code they gave; checkpoints,
    times, plates and alarm zones are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    g1 = c.person()
    g2 = c.person()
    kh = c.person()
    ctr = c.person()
    site = ORG[cc][3]
    out = ["SHIFT LOG — ", N(site, "site"), " — night ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "shift_date"), "\n"]
    out += ["On duty: ", c.P(g1, "guard")]
    if g2:
        out += [", ", c.P(g2, "guard")]
    out += ["\n"]
    t = R.randint(18, 21)
    out += ["%02d:%02d  Handover complete, keys 1-14 checked, radio ch " % (t, R.randint(0, 59)), N(str(R.randint(1, 16)), "radio_channel"), "\n"]
    if ctr and R.random() < .8:
        out += ["%02d:%02d  Contractor " % (t + 1, R.randint(0, 59)), c.P(ctr, "contractor"), " (", c.PH(), ") signed in, van ", N(plate(R, cc), "plate"), "\n"]
    out += ["%02d:%02d  Patrol checkpoints " % (t + 2, R.randint(0, 59)), N("CP%02d-CP%02d" % (R.randint(1, 5), R.randint(6, 20)), "checkpoint"), " OK\n"]
    z = R.randint(1, 24)
    out += ["%02d:%02d  Intruder alarm zone " % (t + 3 if t + 3 < 24 else 0, R.randint(0, 59)), N(str(z), "alarm_zone"), " (loading bay PIR). Called keyholder "]
    if kh:
        out += [c.P(kh, "keyholder"), " on ", c.PH(), ". "]
    out += ["Unset with code ", c.S("%04d" % R.randint(0, 9999) if R.random() < .7 else "%06d" % R.randint(0, 999999), "alarm_code"), ", area checked, no entry found.\n"]
    out += ["%02d:%02d  Police informed on " % (R.randint(0, 5), R.randint(0, 59)), N(POLICE_NO[cc], "emergency_number"), ", ref ",
            N(incident_no(R, cc), "incident_no"), "\n"]
    return "log", wrap(R, lang, ["sum", "check", "draft", "tr"], out)


@tpl("visitor_book", 26)
def t_visitors(c):
    """Visitor book export (CSV, English headers): visitor names, their
    phones, sometimes e-mail, the host employee; badges, plates, firms and
    times are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    rows = ["date,time_in,time_out,visitor,company,host,badge,vehicle,phone,email\n"]
    firms = ["Brightwell Lifts", "Calder HVAC", "Norrland Facility", "Tecnoclima", "Elettro Adige", "Schrammel Aufzüge", "Ventura Limpiezas", "Hakuyo Denki"]
    hosts = [c.person() for _ in range(2)]
    hosts = [h for h in hosts if h]
    for _ in range(R.randint(2, 4)):
        v = c.person()
        if not v:
            break
        d = "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
        rows += [N(d, "visit_date"), ",", N(hm(R), "time"), ",", N(hm(R), "time"), ",", c.P(v, "visitor"), ",", N(R.choice(firms), "company"), ","]
        rows += [c.P(R.choice(hosts), "host") if hosts else "Reception", ",", N("V-%04d" % R.randint(1, 9999), "badge_id"), ","]
        rows += [N(plate(R, cc), "plate") if R.random() < .5 else "", ",", c.PH(cc=cc if R.random() < .85 else R.choice(COUNTRIES)), ","]
        rows += [c.E(v) if R.random() < .4 else "", "\n"]
    return "csv", wrap(R, lang, ["table", "check", "anon"], rows)


FOUND = {"en": ("Found property", "Item", "Found by", "Owner identified from ID in wallet", "Handed to", "wallet with ID card and bank card"),
         "de": ("Fundsache", "Gegenstand", "Finder/in", "Eigentümer/in laut Ausweis in der Geldbörse", "Übergeben an", "Geldbörse mit Personalausweis und Bankkarte"),
         "fr": ("Objet trouvé", "Objet", "Trouvé par", "Propriétaire identifié par la pièce d'identité", "Remis à", "portefeuille avec pièce d'identité et carte bancaire"),
         "es": ("Objeto hallado", "Objeto", "Hallado por", "Titular según el documento de la cartera", "Entregado a", "cartera con documento de identidad y tarjeta"),
         "it": ("Oggetto rinvenuto", "Oggetto", "Rinvenuto da", "Proprietario da documento nel portafoglio", "Consegnato a", "portafoglio con carta d'identità e carta di pagamento"),
         "nl": ("Gevonden voorwerp", "Voorwerp", "Gevonden door", "Eigenaar volgens ID-kaart in portemonnee", "Afgegeven aan", "portemonnee met ID-kaart en bankpas"),
         "pt": ("Achado", "Objeto", "Encontrado por", "Dono identificado pelo documento na carteira", "Entregue a", "carteira com documento e cartão bancário"),
         "pl": ("Rzecz znaleziona", "Przedmiot", "Znalazca", "Właściciel wg dowodu w portfelu", "Przekazano do", "portfel z dowodem osobistym i kartą płatniczą"),
         "sv": ("Hittegods", "Föremål", "Upphittat av", "Ägare enligt id-kort i plånboken", "Lämnat till", "plånbok med id-kort och bankkort"),
         "tr": ("Buluntu eşya", "Eşya", "Bulan", "Cüzdandaki kimliğe göre sahibi", "Teslim edilen", "kimlik ve banka kartı olan cüzdan"),
         "ru": ("Находка", "Предмет", "Нашёл(ла)", "Владелец по документу в кошельке", "Передано в", "кошелёк с паспортом и банковской картой"),
         "el": ("Ευρεθέν αντικείμενο", "Αντικείμενο", "Βρέθηκε από", "Κάτοχος βάσει ταυτότητας στο πορτοφόλι", "Παραδόθηκε σε", "πορτοφόλι με ταυτότητα και κάρτα"),
         "cs": ("Nalezená věc", "Předmět", "Nálezce", "Majitel podle dokladu v peněžence", "Předáno", "peněženka s občanským průkazem a kartou"),
         "ja": ("拾得物", "品名", "拾得者", "財布内の身分証による所有者", "引渡先", "身分証と銀行カード入りの財布"),
         "ko": ("습득물", "물품", "습득자", "지갑 속 신분증상 소유자", "인계처", "신분증과 카드가 든 지갑"),
         "zh": ("拾获物品", "物品", "拾获人", "据钱包内证件确认失主", "移交", "内有身份证和银行卡的钱包"),
         "hi": ("मिली हुई वस्तु", "वस्तु", "पाने वाला", "बटुए में पहचान पत्र से मालिक", "सौंपा गया", "पहचान पत्र और बैंक कार्ड वाला बटुआ"),
         "he": ("מציאה", "פריט", "נמצא ע\"י", "הבעלים לפי תעודה בארנק", "נמסר ל", "ארנק עם תעודת זהות וכרטיס אשראי"),
         "ar": ("مفقودات", "الغرض", "عثر عليه", "المالك حسب البطاقة في المحفظة", "سُلّم إلى", "محفظة فيها بطاقة هوية وبطاقة بنكية"),
         "th": ("ของหาย", "รายการ", "ผู้พบ", "เจ้าของตามบัตรในกระเป๋า", "ส่งมอบให้", "กระเป๋าสตางค์มีบัตรประชาชนและบัตรธนาคาร"),
         "vi": ("Đồ nhặt được", "Đồ vật", "Người nhặt", "Chủ sở hữu theo giấy tờ trong ví", "Bàn giao cho", "ví có căn cước và thẻ ngân hàng"),
         "id": ("Barang temuan", "Barang", "Ditemukan oleh", "Pemilik menurut KTP di dompet", "Diserahkan ke", "dompet berisi KTP dan kartu bank")}


@tpl("lost_found", 28)
def t_lostfound(c):
    """Lost-and-found log entry: the finder with phone, the owner identified
    from the ID card (name, birth date, id number), the bank card number
    written down, sometimes the owner's address; item number, location,
    police station and times are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    f = FOUND[lang]
    l = c.l
    owner = c.person()
    finder = c.person()
    out = [f[0], " ", N("F-%d-%04d" % (2026, R.randint(1, 9999)), "item_no"), " — ", N(when(R, cc), "found_time"), "\n"]
    out += [f[1], ": ", f[5], " (", N(ORG[cc][3], "site"), ")\n"]
    if finder:
        out += [f[2], ": ", c.P(finder, "finder"), ", ", c.PH(), "\n"]
    out += [f[3], ": ", c.P(owner, "owner"), ", ", l["dob"], " ", c.D(owner)]
    if R.random() < .7:
        w, g = c.G(owner)
        if g:
            out += [", ", w, " ", g]
    out += ["\n"]
    if R.random() < .5:
        out += [l["address"], ": ", c.A(), "\n"]
    if R.random() < .75:
        ct, iss = card_text(R)
        out += ["Card: ", L("card", ct, sub=iss), "  exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    out += [f[4], ": ", N(POLST[cc], "police_station") if R.random() < .5 else N(ORG[cc][2], "security_firm"), "\n"]
    return "log", wrap(R, lang, ["draft", "check", "anon", "tr"], out)


@tpl("missing_person", 28)
def t_missing(c):
    """Missing-person notice written by the family: the missing person (full
    and given name), birth date, the family's phone and e-mail; age, last
    seen place, police reference and emergency number are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    m = MISS[lang]
    mp = c.person(age=(12, 90))
    fam = c.person()
    out = [m[0], "\n\n", c.P(mp, "missing"), ", ", N(str(2026 - mp.dob.year), "age")]
    if R.random() < .6:
        out += [" (", c.D(mp), ")"]
    out += ["\n", m[1], ": ", N(R.choice(PUBLIC[lang]), "public_place"), ", ", N(when(R, cc), "incident_time"), "\n", m[2], "。\n\n" if lang in ("ja", "zh") else ".\n\n"]
    pre, post = m[3].split("{p}")
    out += [pre, c.P(mp, "missing", part="given"), post, " "]
    if fam:
        out += [c.P(fam, "family"), " ", c.PH()]
        if R.random() < .6:
            out += [" / ", c.E(fam)]
    out += ["\n"]
    pre, post = m[4].split("{e}")
    out += [pre, N(POLICE_NO[cc], "emergency_number"), post, " ", N(incident_no(R, cc), "police_ref")]
    if lang == "ja":
        out += ["）"]
    return "notice", wrap(R, lang, ["post", "check", "tr"], out)


WATCH = {
    "en": ["Anyone else see the grey van going slowly down {street} around 2am? Plate {plate}, reported on {e101}.", "My doorbell cam caught someone trying car doors. {nb}, is that your drive at {addr}?",
           "Yes that's ours, thanks for the heads-up.", "If anyone needs the clip, text me on {ph}.", "Police ref {ref} if you want to add your footage."],
    "de": ["Hat noch jemand den grauen Transporter gesehen, der gegen 2 Uhr langsam durch die {street} fuhr? Kennzeichen {plate}, habe {e101} angerufen.",
           "Meine Türkamera hat jemanden an den Autotüren erwischt. {nb}, ist das eure Einfahrt, {addr}?", "Ja, das ist unsere, danke fürs Bescheidsagen.",
           "Wer das Video braucht: schreibt mir unter {ph}.", "Aktenzeichen {ref}, falls jemand seine Aufnahmen dazugeben will."],
    "nl": ["Heeft iemand anders die grijze bus gezien die rond 2 uur langzaam door de {street} reed? Kenteken {plate}, ik heb {e101} gebeld.",
           "Mijn deurbelcamera heeft iemand aan autodeuren zien trekken. {nb}, is dat jullie oprit, {addr}?", "Ja, dat is de onze, bedankt!",
           "Wie de beelden wil: app me op {ph}.", "Registratienummer {ref} als je je beelden wilt aanleveren."],
    "fr": ["Quelqu'un a vu la camionnette grise qui roulait au pas {street} vers 2 h ? Plaque {plate}, j'ai appelé le {e101}.",
           "Ma sonnette vidéo a filmé quelqu'un qui essayait les portières. {nb}, c'est bien votre allée, {addr} ?", "Oui c'est chez nous, merci de prévenir.",
           "Si quelqu'un veut la vidéo, écrivez-moi au {ph}.", "Numéro de plainte {ref} si vous voulez ajouter vos images."],
    "es": ["¿Alguien más vio la furgoneta gris que iba despacio por {street} sobre las 2? Matrícula {plate}, he llamado al {e101}.",
           "Mi cámara del timbre grabó a alguien probando las puertas de los coches. {nb}, ¿es vuestra entrada, {addr}?", "Sí, es la nuestra, gracias por avisar.",
           "Si alguien quiere el vídeo, escribidme al {ph}.", "Número de diligencias {ref} por si queréis aportar grabaciones."],
    "it": ["Qualcun altro ha visto il furgone grigio che passava piano in {street} verso le 2? Targa {plate}, ho chiamato il {e101}.",
           "La mia videocitofono ha ripreso uno che provava le portiere. {nb}, è il vostro vialetto, {addr}?", "Sì, è il nostro, grazie dell'avviso.",
           "Se serve il video scrivetemi al {ph}.", "Numero di denuncia {ref} se volete aggiungere i vostri filmati."],
    "pl": ["Czy ktoś jeszcze widział szarego busa, który około 2 w nocy jechał powoli {street}? Rejestracja {plate}, zgłosiłem na {e101}.",
           "Moja kamera przy drzwiach nagrała kogoś, kto szarpał klamki aut. {nb}, to wasz podjazd, {addr}?", "Tak, nasz, dzięki za info.",
           "Kto chce nagranie, piszcie na {ph}.", "Sygnatura {ref}, gdyby ktoś chciał dołączyć nagrania."],
    "pt": ["Mais alguém viu a carrinha cinzenta a passar devagar na {street} por volta das 2h? Matrícula {plate}, liguei para o {e101}.",
           "A minha campainha com câmara apanhou alguém a experimentar portas de carros. {nb}, é a vossa entrada, {addr}?", "Sim, é a nossa, obrigada pelo aviso.",
           "Quem quiser o vídeo, mande mensagem para {ph}.", "Referência da queixa {ref} se quiserem juntar imagens."],
    "sv": ["Såg någon mer den grå skåpbilen som körde sakta på {street} runt 02? Reg.nr {plate}, jag har ringt {e101}.",
           "Min dörrklockekamera fångade någon som kände på bildörrar. {nb}, är det er uppfart, {addr}?", "Ja, det är vår, tack för att du sa till.",
           "Vill någon ha klippet, sms:a mig på {ph}.", "Diarienummer {ref} om ni vill lämna era filmer."],
    "cs": ["Viděl ještě někdo tu šedou dodávku, co kolem druhé pomalu projížděla ulicí {street}? SPZ {plate}, volal jsem {e101}.",
           "Moje zvonková kamera natočila někoho, kdo zkoušel dveře aut. {nb}, je to váš vjezd, {addr}?", "Ano, náš, díky za upozornění.",
           "Kdo chce záznam, napište mi na {ph}.", "Č. j. {ref}, kdybyste chtěli přidat záznamy."],
}
WATCH_CC = ["US", "GB", "DE", "AT", "NL", "FR", "ES", "MX", "IT", "PL", "PT", "BR", "SE", "CZ"]


@tpl("watch_chat", 30, WATCH_CC)
def t_watch(c):
    """Neighbourhood-watch group chat export: senders with given and family
    names, the neighbour addressed by given name, the neighbour's home
    address and a member's mobile; plates, the non-emergency number, the
    street alone and the police reference are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    msgs = WATCH[lang]
    people = [c.person() for _ in range(4)]
    people = [p for p in people if p]
    if len(people) < 3:
        return None
    a, b, d = people[0], people[1], people[2]
    street = R.choice(STREETS[cc])
    order = [(a, 0), (b, 1), (d, 2), (b, 3), (a, 4)]
    day = R.randint(1, 28)
    mo = R.randint(1, 12)
    out = []
    nb = d
    ts = times(R, len(order))
    for i, (p, k) in enumerate(order):
        out += ["[%02d/%02d/26, %s] " % (((mo, day) if cc == "US" else (day, mo)) + (ts[i],)), c.P(p, "member"), ": "]
        for part in re.split(r"(\{\w+\})", msgs[k]):
            if part == "{street}":
                out.append(N(street, "street_only"))
            elif part == "{plate}":
                out.append(N(plate(R, cc), "plate"))
            elif part == "{e101}":
                out.append(N({"US": "311"}.get(cc, POLICE_NO[cc]), "emergency_number"))
            elif part == "{nb}":
                out.append(c.P(nb, "neighbour", part="given"))
            elif part == "{addr}":
                t, _ = home_address(R, cc)
                out.append(L("address", t, sub=cc.lower()))
            elif part == "{ph}":
                out.append(c.PH())
            elif part == "{ref}":
                out.append(N(incident_no(R, cc), "police_ref"))
            else:
                out.append(part)
        out.append("\n")
    return "chat_export", wrap(R, lang, ["sum", "post", "anon"], out)


@tpl("access_export", 32)
def t_access(c):
    """Access-control export (CSV): cardholders by name, the admin who ran
    the export with work e-mail, the remote admin session's public IP;
    badge ids, facility codes, doors, readers and controller LAN addresses
    are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    adm = c.person()
    dom = ORG[cc][4].replace("security", "fm").replace("sicherheit", "fm") if R.random() < .5 else ORG[cc][4]
    out = ["# export: door_events  site=", N(ORG[cc][3], "site"), "  by ", c.P(adm, "admin"), " <", c.E(adm, dom), ">  from ", c.IP(v6=R.random() < .25), "\n"]
    out += ["timestamp;door;reader;controller;badge_id;facility;cardholder;result\n"]
    doors = ["Main entrance", "Server room", "Loading bay", "Roof access", "Car park gate", "Pharmacy store", "Control room"]
    people = [c.person() for _ in range(R.randint(2, 4))]
    people = [p for p in people if p]
    for p in people:
        for _ in range(R.choice([1, 1, 2])):
            out += [N("2026-%02d-%02dT%s:%02d" % (R.randint(1, 12), R.randint(1, 28), hm(R), R.randint(0, 59)), "timestamp"), ";", R.choice(doors), ";",
                    N("RDR-%02d" % R.randint(1, 40), "reader_id"), ";", N(ipv4_private(R), "private_ip"), ";", N(str(R.randint(100000, 9999999)), "badge_id"), ";",
                    N(str(R.randint(1, 255)), "facility_code"), ";", c.P(p, "cardholder"), ";", R.choice(["GRANTED", "GRANTED", "DENIED (schedule)", "DENIED (expired)"]), "\n"]
    return "csv", wrap(R, lang, ["explain", "table", "anon", "sum"], out)


@tpl("cctv_log", 30)
def t_cctv(c):
    """NVR/alarm-panel log and config dump: admin and user passwords, the
    site's WAN address and failed logins from public IPs, the installer
    with mobile; camera LAN addresses, MACs, serials, firmware, DDNS names
    and documentation IPs are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    inst = c.person()
    out = ["[system]\nmodel=NVR-16P4K  sn=", N(serial(R), "serial"), "  fw=", N("V4.%d.%d build %06d" % (R.randint(0, 9), R.randint(0, 99), R.randint(200000, 260000)), "version"), "\n"]
    out += ["wan_ip=", c.IP(sub="wan"), "  ddns=", N("site%d.nvr-ddns.net" % R.randint(100, 999), "hostname"), "\n"]
    out += ["[users]\nadmin:", c.S(pw(R), "password"), "\n", R.choice(["operator", "viewer", "guard"]), ":", c.S(pw(R), "password"), "\n"]
    out += ["[channels]\n"]
    for i in range(R.randint(2, 4)):
        out += ["ch%02d " % (i + 1), N(ipv4_private(R), "private_ip"), " ", N(mac(R), "mac"), " ", R.choice(["Entrance", "Car park", "Yard", "Reception", "Stairwell B"]), "\n"]
    out += ["[log]\n"]
    for _ in range(R.randint(2, 4)):
        out += [N("2026-%02d-%02d %s:%02d" % (R.randint(1, 12), R.randint(1, 28), hm(R), R.randint(0, 59)), "timestamp"), " login failed user=admin from ", c.IP(v6=R.random() < .2), "\n"]
    out += [N("2026-%02d-%02d %s" % (R.randint(1, 12), R.randint(1, 28), hm(R)), "timestamp"), " video loss ch03; test from ", N(ipv4_doc(R), "doc_ip"), "\n"]
    if inst:
        out += ["# installer: ", c.P(inst, "installer"), " ", c.PH(), "\n"]
    return "config", wrap(R, lang, ["explain", "anon", "check"], out)


LIC = {"GB": "SIA licence", "US": "Guard card", "DE": "§34a-Nachweis", "AT": "Ausweis-Nr.", "FR": "Carte pro CNAPS", "ES": "TIP", "IT": "Decreto GPG",
       "NL": "Beveiligingspas", "PT": "Cartão profissional", "PL": "Wpis na listę", "SE": "Väktarnr", "TR": "Kimlik kartı no", "BR": "CNV", "MX": "Folio",
       "CZ": "Osvědčení", "RU": "Удостоверение", "GR": "Άδεια", "JP": "検定番号", "KR": "자격번호", "CN": "保安员证", "IN": "PSARA ID", "IL": "רישיון",
       "EG": "ترخيص", "TH": "ใบอนุญาต", "VN": "Chứng chỉ", "ID": "KTA Satpam"}


@tpl("steward_roster", 30)
def t_stewards(c):
    """Event stewarding roster (CSV): stewards with mobiles, their emergency
    contact by name and phone; licence numbers (16 digits, Luhn-invalid),
    positions, radio channels, the event and the venue are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    ev = R.choice({"de": ["Stadtfest Am Kanalhafen", "Open Air Am Mühlgrund"], "es": ["Fiesta del Regañón", "Carrera Nocturna del Puerto"],
                   "fr": ["Fête des Lanternes", "Nuit du Port"], "it": ["Festa delle Lanterne", "Notturna del Porto"], "nl": ["Havenloop bij Nacht", "Lampionnenfeest"],
                   "pt": ["Arraial das Lanternas", "Corrida Noturna do Cais"], "pl": ["Nocny Bieg Portowy", "Jarmark Latarni"], "sv": ["Hamnloppet i Natt", "Lyktfesten"],
                   "cs": ["Noční běh přístavem", "Slavnost lampionů"]}.get(lang, ["Riverside Lights Festival", "Harbour Night Run", "Lanterns Market"]))
    out = ["# ", N(ev + " 2026", "event"), " — stewarding, gate ", R.choice("ABCD"), "\n"]
    out += ["position,name,mobile,%s,radio,emergency_contact,ec_phone\n" % LIC[cc].replace(",", "")]
    pos = ["Gate supervisor", "Pit lane", "Crowd barrier", "Exit 3", "Accessible platform", "Roaming", "Car park"]
    for _ in range(R.randint(2, 4)):
        s = c.person()
        if not s:
            break
        e = c.person()
        out += [R.choice(pos), ",", c.P(s, "steward"), ",", c.PH(), ",", N(nonluhn_digits(R, 16) if cc == "GB" else str(R.randint(10000, 99999999)), "licence_no"), ",",
                N("Ch %d" % R.randint(1, 12), "radio_channel"), ","]
        if e:
            out += [c.P(e, "emergency_contact"), ",", c.PH(cc=cc if R.random() < .85 else R.choice(COUNTRIES))]
        else:
            out += [","]
        out += ["\n"]
    return "csv", wrap(R, lang, ["table", "check", "anon"], out)


@tpl("lifeguard_roster", 28)
def t_lifeguards(c):
    """Lifeguard and first-aid roster: names, birth dates of junior
    lifeguards, mobiles, e-mails, next of kin with phone; qualification
    numbers, the pool, shift times and the pool's switchboard are
    look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    pool = R.choice(["Lido Sycamore", "Hallenbad Am Kalkofen", "Piscine des Mésanges", "Strandbad Eichengrund", "Zwembad De Duivenkamp", "Beach post 4"])
    out = ["ROSTER — ", N(pool, "venue"), " — ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(5, 9)), "shift_date"), " — tel. ", N(switchboard(R, cc), "switchboard"), "\n"]
    for _ in range(R.randint(2, 3)):
        p = c.person(age=(16, 45))
        if not p:
            break
        out += ["• ", c.P(p, "lifeguard"), " — ", N("%02d:00-%02d:00" % (R.randint(6, 12), R.randint(13, 21)), "shift_time"), " — ", c.PH()]
        if 2026 - p.dob.year < 19 or R.random() < .3:
            out += [" — ", l["dob"], " ", c.D(p)]
        if R.random() < .4:
            out += [" — ", c.E(p)]
        out += [" — ", N("NPLQ %d" % R.randint(100000, 999999), "qualification_no"), "\n"]
        k = c.person()
        if k and R.random() < .8:
            out += ["   ", l["nok"], ": ", c.P(k, "nok"), " (", c.rel(k), ") ", c.PH(), "\n"]
    return "list", wrap(R, lang, ["table", "check", "sum"], out)


ICE_HDR = {"en": "IN CASE OF EMERGENCY", "de": "NOTFALLAUSWEIS", "fr": "EN CAS D'URGENCE", "es": "EN CASO DE EMERGENCIA", "it": "IN CASO DI EMERGENZA",
           "nl": "IN GEVAL VAN NOOD", "pt": "EM CASO DE EMERGÊNCIA", "pl": "W RAZIE WYPADKU", "sv": "VID NÖDFALL", "tr": "ACİL DURUMDA", "ru": "В СЛУЧАЕ ЧП",
           "el": "ΣΕ ΠΕΡΙΠΤΩΣΗ ΕΚΤΑΚΤΗΣ ΑΝΑΓΚΗΣ", "cs": "V PŘÍPADĚ NOUZE", "ja": "緊急時連絡カード", "ko": "응급 연락 카드", "zh": "紧急联系卡", "hi": "आपात स्थिति में",
           "he": "במקרה חירום", "ar": "في حالة الطوارئ", "th": "กรณีฉุกเฉิน", "vi": "KHI KHẨN CẤP", "id": "DALAM KEADAAN DARURAT"}


@tpl("ice_card", 28)
def t_ice(c):
    """ICE card a person writes for their phone or wallet: name, birth date,
    address, health or national id, two ICE contacts with phones; blood
    group, allergies, the GP practice and its switchboard are
    look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    p = c.person()
    out = [ICE_HDR[lang], "\n", l["name"], ": ", c.P(p, "self"), "\n", l["dob"], ": ", c.D(p), "\n"]
    if R.random() < .6:
        out += [l["address"], ": ", c.A(multiline=False), "\n"]
    if R.random() < .65:
        w, g = c.G(p)
        if g:
            out += [w, ": ", g, "\n"]
    out += ["Blood: ", N(R.choice(["A+", "0-", "B+", "AB+", "0+", "A-"]), "blood_group"), "  Allergies: ", R.choice(["penicillin", "latex", "none", "ibuprofen"]), "\n"]
    for i in range(R.choice([1, 2, 2])):
        k = c.person()
        if not k:
            break
        out += ["ICE%d: " % (i + 1), c.P(k, "ice_contact"), " (", c.rel(k), ") ", c.PH(cc=cc if R.random() < .85 else R.choice(COUNTRIES), mobile=R.random() < .7), "\n"]
    out += ["GP: ", N(ORG[cc][0], "practice"), " ", N(switchboard(R, cc), "switchboard")]
    return "form", wrap(R, lang, ["check", "tr", "table"], out)


BRIG = {"de": ("Freiwillige Feuerwehr", "Mitgliederliste", "Dienstgrad", "Aufwandsentschädigung an"), "en": ("Volunteer Fire Company", "Member list", "Rank", "Stipend to"),
        "fr": ("Sapeurs-pompiers volontaires", "Liste des effectifs", "Grade", "Vacations versées sur"), "es": ("Bomberos voluntarios", "Relación de miembros", "Empleo", "Dietas a"),
        "it": ("Vigili del fuoco volontari", "Elenco soci", "Qualifica", "Rimborso su"), "nl": ("Vrijwillige brandweer", "Ledenlijst", "Rang", "Vergoeding naar"),
        "pt": ("Bombeiros Voluntários", "Lista de associados", "Posto", "Compensação para"), "pl": ("Ochotnicza Straż Pożarna", "Lista członków", "Funkcja", "Ekwiwalent na konto"),
        "sv": ("Räddningsvärn", "Medlemslista", "Befattning", "Ersättning till"), "cs": ("Sbor dobrovolných hasičů", "Seznam členů", "Funkce", "Odměna na účet"),
        "tr": ("Gönüllü İtfaiye", "Üye listesi", "Görev", "Ödeme IBAN"), "el": ("Εθελοντική Πυροσβεστική", "Κατάσταση μελών", "Βαθμός", "Αποζημίωση σε")}
BRIG_CC = ["DE", "AT", "US", "GB", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "TR", "GR", "MX"]
RANKS = {"de": ["Feuerwehrmann", "Oberfeuerwehrfrau", "Löschmeister", "Hauptfeuerwehrmann"], "en": ["Firefighter", "Lieutenant", "Engineer", "Probationary"],
         "fr": ["sapeur", "caporal", "sergent"], "es": ["bombero", "cabo", "sargento"], "it": ["vigile", "caposquadra", "capo reparto"],
         "nl": ["brandwacht", "manschap", "bevelvoerder"], "pt": ["bombeiro de 3.ª", "subchefe", "chefe"], "pl": ["strażak", "dowódca zastępu", "kierowca"],
         "sv": ["brandman", "styrkeledare"], "cs": ["hasič", "velitel družstva", "strojník"], "tr": ["gönüllü", "ekip başı"], "el": ["εθελοντής", "υπαρχηγός"]}


@tpl("brigade_members", 30, BRIG_CC)
def t_brigade(c):
    """Volunteer fire brigade member list: name, birth date, home address,
    mobile, e-mail and the IBAN the stipend is paid to; pager RICs, ranks,
    licence classes and the station's address are look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    b = BRIG[lang]
    town = town_of(R, cc)
    out = [b[0], " ", N(town, "town"), " — ", b[1], " ", N("%d" % 2026, "year"), "\n"]
    for _ in range(R.randint(2, 3)):
        p = c.person(age=(17, 66))
        if not p:
            break
        out += ["— ", c.P(p, "member"), "; ", l["dob"], " ", c.D(p, numeric=True), "; ", c.A(), "; ", c.PH(mobile=R.random() < .75)]
        if R.random() < .5:
            out += ["; ", c.E(p)]
        out += ["\n   ", b[2], ": ", R.choice(RANKS[lang]), "; RIC ", N("%07d" % R.randint(100000, 1999999), "pager_ric"), "; C1/CE"]
        if cc not in ("US", "MX") and R.random() < .7:
            it, icc = iban_text(R, cc)
            out += ["; ", b[3], " ", L("iban", it, sub=icc)]
        out += ["\n"]
    out += [{"de": "Gerätehaus", "en": "Fire station", "fr": "Centre de secours", "es": "Parque de bomberos", "it": "Distaccamento", "nl": "Kazerne",
             "pt": "Quartel", "pl": "Remiza", "sv": "Brandstation", "cs": "Hasičská zbrojnice", "tr": "İtfaiye binası", "el": "Σταθμός"}[lang], ": ",
            N(org_addr(R, cc), "org_address")]
    return "list", wrap(R, lang, ["table", "check", "anon"], out)


PEEP = {"en": ("FIRE DRILL — floor wardens and PEEPs", "Warden", "needs assistance", "buddy", "Assembly point"),
        "de": ("RÄUMUNGSÜBUNG — Etagenbeauftragte und Personen mit Hilfebedarf", "Räumungshelfer", "benötigt Hilfe", "Begleitung", "Sammelplatz"),
        "fr": ("EXERCICE D'ÉVACUATION — guides-files et personnes à assister", "Guide-file", "à assister", "binôme", "Point de rassemblement"),
        "es": ("SIMULACRO — responsables de planta y personas con necesidades", "Responsable", "necesita ayuda", "acompañante", "Punto de encuentro"),
        "it": ("PROVA DI EVACUAZIONE — addetti di piano e persone da assistere", "Addetto", "da assistere", "accompagnatore", "Punto di raccolta"),
        "nl": ("ONTRUIMINGSOEFENING — BHV per verdieping en minder zelfredzamen", "BHV'er", "hulp nodig", "buddy", "Verzamelplaats"),
        "pt": ("SIMULACRO — delegados de piso e pessoas a assistir", "Delegado", "precisa de ajuda", "acompanhante", "Ponto de encontro"),
        "pl": ("ĆWICZENIA EWAKUACYJNE — koordynatorzy pięter i osoby wymagające pomocy", "Koordynator", "wymaga pomocy", "opiekun", "Miejsce zbiórki"),
        "sv": ("UTRYMNINGSÖVNING — utrymningsledare och personer som behöver hjälp", "Utrymningsledare", "behöver hjälp", "följeslagare", "Återsamlingsplats"),
        "cs": ("CVIČNÁ EVAKUACE — preventisté pater a osoby s pomocí", "Preventista", "potřebuje pomoc", "doprovod", "Shromaždiště"),
        "ja": ("避難訓練 — 各階の避難誘導員と要配慮者", "誘導員", "要介助", "介助者", "集合場所"),
        "ko": ("소방 대피 훈련 — 층별 유도원과 도움 필요자", "유도원", "도움 필요", "동행자", "집결지"),
        "zh": ("消防演练 — 各楼层疏散引导员及需协助人员", "引导员", "需协助", "陪同", "集合点")}
PEEP_CC = ["GB", "US", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "JP", "KR", "CN", "MX"]


@tpl("peep_list", 30, PEEP_CC)
def t_peep(c):
    """Fire-drill list: floor wardens with mobiles, people with a personal
    emergency evacuation plan and their buddies; floors, rooms,
    extensions, the assembly point and the building are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    p_ = PEEP[lang]
    out = [p_[0], "\n", N(ORG[cc][3], "site"), ", ", N(org_addr(R, cc), "org_address"), "\n\n"]
    for fl in range(R.randint(2, 3)):
        w = c.person()
        if not w:
            break
        out += ["%d. OG/floor " % (fl + 1) if lang == "de" else "F%d " % (fl + 1), p_[1], ": ", c.P(w, "warden"), ", ", c.PH(), ", ext. ", N(str(R.randint(200, 899)), "extension"), "\n"]
        if R.random() < .6:
            x = c.person()
            y = c.person()
            if x and y:
                out += ["   PEEP: ", c.P(x, "peep"), " (", N("room %d.%02d" % (fl + 1, R.randint(1, 40)), "room"), ", ", p_[2], "), ", p_[3], ": ", c.P(y, "buddy"), "\n"]
    out += ["\n", p_[4], ": ", N(R.choice(ASSEMBLY[lang]), "assembly_point")]
    return "list", wrap(R, lang, ["check", "table", "draft"], out)


@tpl("cad_config", 30)
def t_cadcfg(c):
    """CAD / radio-gateway / paging config pasted while debugging: API keys,
    Twilio, Slack and Google Maps credentials, database and SIP passwords,
    the alarm-receiving centre's public IP and allow-listed IPs, the
    owner's name and work e-mail; talkgroups, ISSIs, LAN addresses,
    hostnames and documentation IPs are look-alikes."""
    R, lang, cc = c.R, c.lang, c.cc
    c.native = lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "vi", "id")
    own = c.person()
    style = R.choice(["env", "yaml"])
    items = [("CAD_API_KEY", c.S(key_hex(R, 40), "api_key")), ("DB_PASSWORD", c.S(pw(R), "password")),
             ("SIP_TRUNK_PASSWORD", c.S(pw(R), "password")), ("TWILIO_AUTH_TOKEN", c.S(key_hex(R), "twilio_auth_token")),
             ("SLACK_WEBHOOK_URL", c.S(secret_random(R, "slack_webhook"), "slack_webhook")), ("GOOGLE_MAPS_KEY", c.S(secret_random(R, "google_api_key"), "google_api_key")),
             ("PAGING_JWT", c.S(secret_random(R, "jwt"), "jwt")), ("AWS_SECRET_ACCESS_KEY", c.S(secret_random(R, "aws_secret_access_key"), "aws_secret_access_key"))]
    pick = R.sample(items, R.randint(3, 5))
    plain = [("DB_HOST", N(ipv4_private(R), "private_ip")), ("TALKGROUP_FIRE", N(str(R.randint(2000, 9999)), "talkgroup")),
             ("GATEWAY_ISSI", N(str(R.randint(1000000, 9999999)), "issi")), ("ARC_RECEIVER", c.IP(sub="server")),
             ("ALLOW_FROM", None), ("OWNER", None), ("TEST_ENDPOINT", N(ipv4_doc(R), "doc_ip"))]
    out = []
    if style == "env":
        out.append("# dispatch-gateway .env (%s)\n" % R.choice(["prod", "staging", "prod-2"]))
    else:
        out.append("dispatch_gateway:\n")
    rows = pick + plain
    R.shuffle(rows)
    for k, v in rows:
        if k == "ALLOW_FROM":
            v = [c.IP(), ",", c.IP()]
        elif k == "OWNER":
            v = [c.P(own, "owner"), " <", c.E(own, ORG[cc][4]), ">"] if own else ["ops team"]
        if style == "env":
            out += [k, "=", v, "\n"]
        else:
            out += ["  ", k.lower(), ": ", v, "\n"]
    return "config", wrap(R, lang, ["explain", "anon", "check"], out)


VS = {"en": ("VICTIM SUPPORT REFERRAL", "Crime ref", "Offence", "Referring officer", "Consent to contact", "yes, by phone after 5pm", "burglary (dwelling)"),
      "de": ("VERMITTLUNG AN DIE OPFERHILFE", "Vorgangs-Nr.", "Delikt", "Sachbearbeiter/in", "Einwilligung zur Kontaktaufnahme", "ja, telefonisch ab 17 Uhr", "Wohnungseinbruch"),
      "fr": ("ORIENTATION AIDE AUX VICTIMES", "N° de procédure", "Infraction", "Officier", "Accord pour être contacté(e)", "oui, par téléphone après 17 h", "cambriolage"),
      "es": ("DERIVACIÓN A ATENCIÓN A VÍCTIMAS", "Nº de atestado", "Delito", "Agente", "Consiente el contacto", "sí, por teléfono a partir de las 17 h", "robo en vivienda"),
      "it": ("SEGNALAZIONE AL SERVIZIO VITTIME", "N. denuncia", "Reato", "Operatore", "Consenso al contatto", "sì, telefono dopo le 17", "furto in abitazione"),
      "nl": ("DOORVERWIJZING SLACHTOFFERHULP", "Registratienr.", "Delict", "Verbalisant", "Toestemming voor contact", "ja, telefonisch na 17 uur", "woninginbraak"),
      "pt": ("ENCAMINHAMENTO APOIO À VÍTIMA", "NUIPC", "Crime", "Agente", "Consente contacto", "sim, por telefone após as 17h", "furto em residência"),
      "pl": ("SKIEROWANIE DO POMOCY POKRZYWDZONYM", "Nr sprawy", "Czyn", "Funkcjonariusz", "Zgoda na kontakt", "tak, telefonicznie po 17", "włamanie do mieszkania"),
      "sv": ("REMISS TILL BROTTSOFFERJOUREN", "Diarienr", "Brott", "Handläggare", "Samtycke till kontakt", "ja, telefon efter kl. 17", "bostadsinbrott"),
      "cs": ("PŘEDÁNÍ DO PORADNY PRO OBĚTI", "Č. j.", "Čin", "Policista", "Souhlas s kontaktem", "ano, telefonicky po 17. hodině", "vloupání do bytu"),
      "tr": ("MAĞDUR DESTEK YÖNLENDİRMESİ", "Soruşturma no", "Suç", "Görevli", "İletişim onayı", "evet, 17:00'den sonra telefonla", "konut hırsızlığı"),
      "el": ("ΠΑΡΑΠΟΜΠΗ ΣΕ ΥΠΗΡΕΣΙΑ ΥΠΟΣΤΗΡΙΞΗΣ ΘΥΜΑΤΩΝ", "Αρ. δικογραφίας", "Αδίκημα", "Αστυνομικός", "Συναίνεση για επικοινωνία", "ναι, τηλεφωνικά μετά τις 17:00", "διάρρηξη οικίας"),
      "ru": ("НАПРАВЛЕНИЕ В ЦЕНТР ПОМОЩИ ПОТЕРПЕВШИМ", "КУСП №", "Состав", "Сотрудник", "Согласие на связь", "да, по телефону после 17:00", "кража из квартиры")}
VS_CC = ["GB", "US", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "TR", "GR", "RU"]


@tpl("victim_referral", 30, VS_CC)
def t_victim(c):
    """Victim-support referral: the victim (name, birth date, address, phone,
    e-mail), sometimes a national id and the IBAN for the compensation
    claim, the referring officer by name; crime reference, collar number,
    offence and the police station are look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    v = VS[lang]
    vic = c.person()
    out = [v[0], "\n", v[1], ": ", N(incident_no(R, cc), "crime_ref"), " — ", v[2], ": ", v[6], "\n"]
    out += [l["name"], ": ", c.P(vic, "victim"), "\n", l["dob"], ": ", c.D(vic), "\n", l["address"], ":\n", c.A(multiline=True), "\n"]
    out += [l["phone"], ": ", c.PH(), "\n"]
    if R.random() < .7:
        out += [l["email"], ": ", c.E(vic), "\n"]
    if R.random() < .35:
        w, g = c.G(vic)
        if g:
            out += [w, ": ", g, "\n"]
    if cc not in ("US", "MX", "RU") and R.random() < .35:
        it, icc = iban_text(R, cc)
        out += ["IBAN: ", L("iban", it, sub=icc), "\n"]
    out += [v[4], ": ", v[5], "\n"]
    off = c.person()
    out += [v[3], ": "]
    if off and R.random() < .7:
        out += [c.P(off, "officer"), ", "]
    out += [N(collar(R, cc), "collar_number"), ", ", N(POLST[cc], "police_station")]
    return "form", wrap(R, lang, ["check", "anon", "sum"], out)


ACC = {"en": ("ACCIDENT BOOK", "Injured person", "First aider", "What happened", "Slipped on wet floor by the loading bay, cut to left hand, cleaned and dressed.", "RIDDOR reportable"),
       "de": ("VERBANDBUCH", "Verletzte Person", "Ersthelfer/in", "Hergang", "Auf nassem Boden an der Laderampe ausgerutscht, Schnittwunde linke Hand, versorgt.", "BG-Meldung"),
       "fr": ("REGISTRE DES ACCIDENTS BÉNINS", "Victime", "Sauveteur secouriste", "Circonstances", "Glissade sur sol mouillé au quai, coupure main gauche, nettoyée et pansée.", "Déclaration AT"),
       "es": ("LIBRO DE ACCIDENTES", "Lesionado/a", "Socorrista", "Descripción", "Resbalón en suelo mojado junto al muelle, corte en mano izquierda, curado.", "Parte Delt@"),
       "it": ("REGISTRO INFORTUNI", "Infortunato", "Addetto primo soccorso", "Dinamica", "Scivolato sul pavimento bagnato alla baia di carico, taglio mano sinistra, medicato.", "Denuncia INAIL"),
       "nl": ("ONGEVALLENREGISTER", "Slachtoffer", "BHV'er", "Toedracht", "Uitgegleden op natte vloer bij het laadperron, snijwond linkerhand, verbonden.", "Melding Arbeidsinspectie"),
       "pt": ("REGISTO DE ACIDENTES", "Sinistrado", "Socorrista", "Descrição", "Escorregou no chão molhado junto ao cais, corte na mão esquerda, tratado.", "Participação ACT"),
       "pl": ("REJESTR WYPADKÓW", "Poszkodowany", "Udzielający pomocy", "Przebieg", "Poślizgnięcie na mokrej podłodze przy rampie, rana cięta lewej dłoni, opatrzona.", "Protokół powypadkowy"),
       "sv": ("OLYCKSRAPPORT", "Skadad", "Första hjälpen", "Händelse", "Halkade på vått golv vid lastkajen, skärsår vänster hand, omlagt.", "Anmälan AFA"),
       "cs": ("KNIHA ÚRAZŮ", "Zraněný", "Poskytl první pomoc", "Popis", "Uklouzl na mokré podlaze u rampy, řezná rána levé ruky, ošetřeno.", "Záznam o úrazu"),
       "tr": ("İŞ KAZASI DEFTERİ", "Yaralanan", "İlk yardımcı", "Olay", "Yükleme rampasında ıslak zeminde kaydı, sol elde kesik, pansuman yapıldı.", "SGK bildirimi"),
       "ja": ("労災記録簿", "被災者", "応急手当者", "状況", "荷捌き場の濡れた床で転倒、左手切創、手当済み。", "労基署報告"),
       "ko": ("산업재해 기록부", "부상자", "응급처치자", "경위", "하역장 젖은 바닥에서 미끄러져 왼손 열상, 처치 완료.", "산재 신고"),
       "zh": ("工伤事故登记簿", "受伤人员", "急救员", "经过", "在装卸区湿滑地面滑倒，左手割伤，已包扎。", "工伤申报")}
ACC_CC = ["GB", "US", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "TR", "JP", "KR", "CN", "MX"]


@tpl("accident_book", 30, ACC_CC)
def t_accident(c):
    """Workplace accident-book entry: the injured person (name, birth date,
    home address, phone), the first aider, a witness; entry number, date,
    time, department and the report reference are look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    a = ACC[lang]
    inj = c.person(age=(17, 66))
    fa = c.person()
    out = [a[0], " ", N("#%03d" % R.randint(1, 400), "entry_no"), " — ", N(when(R, cc), "incident_time"), "\n"]
    out += [a[1], ": ", c.P(inj, "injured"), ", ", l["dob"], " ", c.D(inj, numeric=True), "\n", l["address"], ": ", c.A(), "\n"]
    if R.random() < .6:
        out += [l["phone"], ": ", c.PH(), "\n"]
    out += [a[3], ": ", a[4], "\n"]
    if fa:
        out += [a[2], ": ", c.P(fa, "first_aider"), "\n"]
    if R.random() < .5:
        w = c.person()
        if w:
            out += [l["witness"], ": ", c.P(w, "witness"), R.choice(["", ", "]), ]
            if out[-1] == ", ":
                out += [c.PH()]
            out += ["\n"]
    out += [a[5], ": ", N(R.choice(["no", "n/a", "—"]) if R.random() < .5 else incident_no(R, cc), "report_ref")]
    return "form", wrap(R, lang, ["check", "tr", "sum"], out)


THEFT = {"en": ("Report to police — stolen bag", "My bag was taken from the café terrace on", "The following cards were in it and have been blocked:", "Account:", "You can reach me on"),
         "de": ("Anzeige — gestohlene Handtasche", "Meine Tasche wurde von der Terrasse des Cafés am", "Darin waren diese Karten, alle gesperrt:", "Konto:", "Erreichbar unter"),
         "fr": ("Plainte — vol de sac", "Mon sac a été volé en terrasse du café,", "Il contenait ces cartes, toutes bloquées :", "Compte :", "Joignable au"),
         "es": ("Denuncia — robo de bolso", "Me robaron el bolso en la terraza de la cafetería,", "Dentro estaban estas tarjetas, ya bloqueadas:", "Cuenta:", "Me podéis localizar en el"),
         "it": ("Denuncia — furto borsa", "Mi hanno rubato la borsa sulla terrazza del bar,", "Dentro c'erano queste carte, già bloccate:", "Conto:", "Reperibile al"),
         "nl": ("Aangifte — gestolen tas", "Mijn tas is gestolen van het terras van het café,", "Hierin zaten deze passen, allemaal geblokkeerd:", "Rekening:", "Bereikbaar op"),
         "pt": ("Queixa — furto de mala", "Roubaram-me a mala na esplanada do café,", "Tinha estes cartões, já cancelados:", "Conta:", "Contacto:"),
         "pl": ("Zgłoszenie kradzieży torebki", "Torebkę skradziono z ogródka kawiarni,", "Były w niej te karty, zastrzeżone:", "Konto:", "Kontakt:"),
         "sv": ("Polisanmälan — stulen väska", "Min väska stals från uteserveringen vid caféet,", "I den låg korten nedan, alla spärrade:", "Konto:", "Nås på"),
         "tr": ("Şikâyet — çalınan çanta", "Çantam kafenin terasından çalındı,", "İçinde şu kartlar vardı, hepsi iptal edildi:", "Hesap:", "Telefon:"),
         "cs": ("Oznámení krádeže kabelky", "Kabelku mi ukradli na zahrádce kavárny,", "Byly v ní tyto karty, všechny zablokované:", "Účet:", "Telefon:"),
         "el": ("Καταγγελία κλοπής τσάντας", "Μου έκλεψαν την τσάντα στη βεράντα του καφέ,", "Είχε αυτές τις κάρτες, όλες μπλοκαρισμένες:", "Λογαριασμός:", "Τηλέφωνο:"),
         "ja": ("被害届（バッグ盗難）", "カフェのテラス席でバッグを盗まれた日時：", "中に入っていたカード（すべて停止済み）：", "口座：", "連絡先："),
         "zh": ("报案材料——包被盗", "我的包在咖啡馆露台被偷，时间：", "里面有以下银行卡，均已挂失：", "账户：", "联系电话："),
         "ko": ("도난 신고 — 가방", "카페 테라스에서 가방을 도난당한 일시:", "안에 있던 카드(모두 정지함):", "계좌:", "연락처:"),
         "ru": ("Заявление о краже сумки", "Сумку украли с летней веранды кафе,", "В ней были карты, все заблокированы:", "Счёт:", "Телефон:")}
THEFT_CC = ["GB", "US", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE", "TR", "CZ", "GR", "JP", "CN", "KR", "RU"]


@tpl("card_theft", 30, THEFT_CC)
def t_theft(c):
    """A citizen's draft report of a stolen bag: own name, birth date, address,
    phone, e-mail, the full numbers of the stolen cards and the account's
    IBAN; the café, time, crime number and police station address are
    look-alikes."""
    R, lang, cc, l = c.R, c.lang, c.cc, c.l
    t = THEFT[lang]
    me = c.person()
    out = [t[0], "\n\n", t[1], " ", N(when(R, cc), "incident_time"), "\n" if lang in ("ja", "zh", "ko") else ".\n", t[2], "\n"]
    for _ in range(R.choice([1, 2, 2, 3])):
        ct, iss = card_text(R, R.choice(["visa", "mastercard", "mastercard2", "maestro", "amex"] + (["unionpay"] if cc == "CN" else []) + (["jcb"] if cc == "JP" else [])
                                        + (["mir"] if cc == "RU" else []) + (["troy"] if cc == "TR" else [])))
        out += ["  - ", L("card", ct, sub=iss), "\n"]
    if cc in IBAN_LEN and R.random() < .7:
        it, icc = iban_text(R, cc)
        out += [t[3], " ", L("iban", it, sub=icc), "\n"]
    out += ["\n", c.P(me, "victim"), "\n", l["dob"], ": ", c.D(me), "\n", c.A(multiline=True), "\n", t[4], " ", c.PH()]
    if R.random() < .6:
        out += [" / ", c.E(me)]
    if R.random() < .5:
        out += ["\n", l["notes"], ": ", N(incident_no(R, cc), "crime_ref")]
    return "letter", wrap(R, lang, ["check", "tr", "anon"], out)


# ====================================================================== clean-only templates
SAMPLES = {"en": ["John Doe", "Jane Roe", "Joe Bloggs"], "de": ["Max Mustermann", "Erika Mustermann"], "fr": ["Jean Dupont", "Marie Dupont"],
           "es": ["Juan Pérez", "Fulano de Tal"], "it": ["Mario Rossi", "Tizio Caio"], "nl": ["Jan Jansen", "Piet Pietersen"], "pt": ["Fulano de Tal", "José da Silva"],
           "pl": ["Jan Kowalski", "Anna Nowak"], "sv": ["Sven Svensson", "Anna Andersson"], "cs": ["Jan Novák", "Jana Nováková"], "ja": ["山田 太郎", "山田 花子"],
           "ko": ["홍길동"], "zh": ["张三", "李四"], "ru": ["Иванов Иван Иванович"], "tr": ["Ahmet Yılmaz"], "el": ["Γιώργος Παπαδόπουλος"]}
EXER = {"en": "EXERCISE EXERCISE EXERCISE — training scenario, not a real incident", "de": "ÜBUNG — Übungsszenario, kein Realeinsatz",
        "fr": "EXERCICE — scénario de formation, pas une intervention réelle", "es": "SIMULACRO — escenario de formación, no es un aviso real",
        "it": "ESERCITAZIONE — scenario formativo, non è un intervento reale", "nl": "OEFENING — trainingsscenario, geen echte inzet",
        "pt": "EXERCÍCIO — cenário de formação, não é ocorrência real", "pl": "ĆWICZENIA — scenariusz szkoleniowy, nie jest to zdarzenie rzeczywiste",
        "sv": "ÖVNING — utbildningsscenario, inget skarpt larm", "cs": "CVIČENÍ — výcvikový scénář, nejde o skutečnou událost", "ja": "訓練 — 想定訓練、実災害ではありません",
        "ko": "훈련 — 훈련 시나리오, 실제 상황 아님", "zh": "演练 — 培训场景，非真实警情", "ru": "УЧЕНИЯ — учебный сценарий, не реальный вызов",
        "tr": "TATBİKAT — eğitim senaryosu, gerçek olay değildir", "el": "ΑΣΚΗΣΗ — εκπαιδευτικό σενάριο, όχι πραγματικό συμβάν"}
EX_CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "sv": "SE", "cs": "CZ", "ja": "JP", "ko": "KR", "zh": "CN",
         "ru": "RU", "tr": "TR", "el": "GR"}
EX_COUNTRIES = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "CZ", "JP", "KR", "CN", "RU", "TR", "GR", "AT", "MX", "BR"]


@ctpl("exercise_scenario", 25, EX_COUNTRIES)
def c_exercise(c):
    R, lang, cc = c.R, c.lang, c.cc
    s = SAMPLES.get(lang, SAMPLES["en"])
    out = [N(EXER.get(lang, EXER["en"]), "exercise_marker"), "\n", N(incident_no(R, cc), "incident_no"), " / ", N(R.choice(CALLSIGNS[cc]), "call_sign"), "\n"]
    for i, nm in enumerate(R.sample(s, min(len(s), R.choice([1, 2])))):
        out += ["Casualty %d: " % (i + 1), N(nm, "sample_name"), ", ~%d, " % R.randint(20, 80), R.choice(["head injury", "fractured femur", "smoke inhalation", "hypothermia"]), "\n"]
    out += ["Casualty 3: role-player, unresponsive (moulage)\n"]
    fake = {"US": "(%s) 555-01%02d" % (R.choice(US_AREAS), R.randint(0, 99)), "GB": "07700 900%03d" % R.randint(0, 999)}.get(cc, "000 000 000")
    out += ["Exercise phone: ", N(fake, "fictional_phone"), "  Control: ", N(R.choice(EMERG[cc]), "emergency_number"), " (do NOT dial during exercise)\n"]
    out += ["Grid ", N("%s %03d %03d" % (R.choice(["SK", "SU", "TQ", "NZ", "33U", "32T"]), R.randint(0, 999), R.randint(0, 999)), "grid_ref"), " — ", N(coord(R, cc), "coordinates"), "\n"]
    out += ["Start ", N(when(R, cc), "exercise_time"), ", ENDEX ", N(hm(R), "exercise_time")]
    return "scenario", wrap(R, lang, ["check", "sum", "tr"], out)


@ctpl("service_directory", 25)
def c_directory(c):
    R, lang, cc = c.R, c.lang, c.cc
    org = ORG[cc]
    out = ["Emergency: ", N(" / ".join(EMERG[cc]), "emergency_number"), "\n"]
    out += [N(org[0], "hospital"), " — ", N(org_addr(R, cc), "org_address"), " — ", N(switchboard(R, cc), "switchboard"), "\n"]
    out += [N(org[1], "control_room"), " — ", N(R.choice(["control", "dispatch", "ops"]) + "@" + org[4], "role_mailbox"), "\n"]
    out += [N(org[2], "security_firm"), " — ", N(switchboard(R, cc), "switchboard"), " — ", N("info@" + org[4], "role_mailbox"), "\n"]
    out += [N(org[3], "site"), " — ", N(org_addr(R, cc), "org_address"), " — ", N("reception@" + org[4], "role_mailbox")]
    return "list", wrap(R, lang, ["tr", "check"], out)


@ctpl("cad_statistics", 25)
def c_cadstats(c):
    R, lang, cc = c.R, c.lang, c.cc
    out = ["event_id;received;dispatched;on_scene;unit;grid;coords;category\n"]
    for _ in range(R.randint(3, 6)):
        t3 = times(R, 3)
        out += [N(cad_id(R), "cad_id"), ";", N(t3[0], "time"), ";", N(t3[1], "time"), ";", N(t3[2], "time"), ";", N(R.choice(CALLSIGNS[cc]), "call_sign"), ";",
                N("%s%04d%04d" % (R.choice(["SK", "SU", "TQ", "NZ", "SJ"]), R.randint(0, 9999), R.randint(0, 9999)), "grid_ref"), ";", N(coord(R, cc).replace(",", ""), "coordinates"), ";",
                R.choice(["FALL", "CHEST PAIN", "RTC", "ALARM-AFA", "FIRE-BIN", "WELFARE"]), "\n"]
    out += ["median response ", N("%d:%02d" % (R.randint(5, 14), R.randint(0, 59)), "duration"), ", calls via ", N(EMERG[cc][0], "emergency_number"), ": ", N(str(R.randint(80, 900)), "count")]
    return "csv", wrap(R, lang, ["explain", "sum", "table"], out)


FAMOUS = [("en", "Why is Florence Nightingale linked to hospital sanitation and how did her statistics change military nursing?"),
          ("fr", "Qu'a fait Henry Dunant après Solférino, et comment est née la Croix-Rouge ?"),
          ("en", "How did Clara Barton found the American Red Cross, and what did she do during the Civil War?"),
          ("fr", "Dominique-Jean Larrey est-il vraiment l'inventeur des « ambulances volantes » ?"),
          ("de", "Wer war Friedrich von Esmarch und warum heißt der Handgriff nach ihm?"),
          ("de", "Was hat Conrad Dietrich Magirus für die Feuerwehr erfunden?"),
          ("en", "What were Robert Peel's principles of policing and are they still taught?"),
          ("en", "Was Allan Pinkerton's agency really the model for modern private security?"),
          ("de", "Welche Rolle spielte Peter Safar bei der Entwicklung der Herz-Lungen-Wiederbelebung?"),
          ("en", "How did Frank Pantridge's portable defibrillator change ambulance care?"),
          ("es", "¿Qué mide la escala de Virginia Apgar y por qué se sigue usando?"),
          ("ru", "Чем знаменит Николай Пирогов в военно-полевой хирургии?"),
          ("zh", "钟南山在2003年非典期间做了哪些关键工作？"),
          ("ja", "北里柴三郎は破傷風の研究で何を成し遂げたのですか？"),
          ("en", "What did Grace Darling do in the 1838 rescue off the Farne Islands?"),
          ("en", "Did Benjamin Franklin really start the first volunteer fire company in Philadelphia?"),
          ("fr", "Eugène-François Vidocq a-t-il fondé la première agence de détectives privés ?"),
          ("it", "Chi era Ferdinando Palasciano e che legame ha con la Croce Rossa?"),
          ("nl", "Wat deed Jacob van Heemskerck? Nee, ik bedoel: wie richtte de eerste Nederlandse brandweer op, Jan van der Heyden?"),
          ("pt", "Quem foi Guilherme Gomes Fernandes e porque é tão lembrado pelos bombeiros do Porto?"),
          ("pl", "Kim był Bolesław Chomicz i co ma wspólnego z ochotniczymi strażami pożarnymi?"),
          ("ko", "허준의 동의보감은 응급 처치에 대해 무엇을 말하나요?"),
          ("tr", "Mustafa Kemal döneminde itfaiye teşkilatı nasıl kuruldu?"),
          ("sv", "Vad gjorde Elsa Brändström för krigsfångar i Sibirien?"),
          ("cs", "Kdo byl Jan Evangelista Purkyně a proč je na něj odkazováno v první pomoci?"),
          ("el", "Ποιο ήταν το έργο της Άννας Μελά-Παπαδοπούλου στον Ερυθρό Σταυρό;"),
          ("he", "מה היה תפקידו של יהושע חנקין? לא — מי ייסד את מגן דוד אדום?"),
          ("hi", "मदर टेरेसा ने कोलकाता में आपात सेवाओं के लिए क्या किया?")]
FAM_CTX = {"en": "Background for a first-aid course handout, 150 words please.", "de": "Für ein Handout im Erste-Hilfe-Kurs, bitte etwa 150 Wörter.",
           "fr": "C'est pour un support de formation aux premiers secours, environ 150 mots.", "es": "Es para un folleto de un curso de primeros auxilios, unas 150 palabras.",
           "it": "Serve per una dispensa del corso di primo soccorso, circa 150 parole.", "nl": "Het is voor een hand-out bij een EHBO-cursus, zo'n 150 woorden.",
           "pt": "É para um folheto de um curso de primeiros socorros, umas 150 palavras.", "pl": "To do materiałów na kurs pierwszej pomocy, ok. 150 słów.",
           "ru": "Это для раздатки на курсе первой помощи, слов на 150.", "zh": "用于急救课程的讲义，150字左右。", "ja": "応急手当講習の配布資料用に150字ほどでお願いします。",
           "ko": "응급처치 교육 자료용으로 150단어 정도로 써 줘.", "tr": "İlk yardım kursu için broşür hazırlıyorum, 150 kelime kadar.",
           "sv": "Det är till ett utdelningsblad på en HLR-kurs, ca 150 ord.", "cs": "Je to do podkladů ke kurzu první pomoci, asi 150 slov.",
           "el": "Είναι για φυλλάδιο σεμιναρίου πρώτων βοηθειών, περίπου 150 λέξεις.", "he": "זה בשביל דף מידע לקורס עזרה ראשונה, כ-150 מילים.",
           "hi": "यह प्राथमिक चिकित्सा कोर्स के हैंडआउट के लिए है, लगभग 150 शब्द।"}


@ctpl("famous_question", 25, ["GB"])
def c_famous(c):
    R = c.R
    langs = sorted(set(lg for lg, _ in FAMOUS))
    lang = R.choice(langs + ["en", "en", "fr", "de"])
    qs = [q for lg, q in FAMOUS if lg == lang]
    pick = R.sample(qs, min(len(qs), R.choice([1, 2, 2, 3])))
    body = [N(q, "public_figure") for q in pick]
    parts = []
    for b in body:
        parts += [b, "\n"]
    return "question", parts + [FAM_CTX[lang]], lang


NAMEWORD = {"en": ["Will the drill run on Thursday or do we move it?", "Mark the fire exits with the new glow signs before Friday.", "Grant access to the roof only with a permit.",
                   "Frank feedback from the stewards: the east gate was understaffed.", "Hope the new radios arrive before the festival.", "Rose gold tape on the barrier means staff only.",
                   "Chase the contractor about the broken sprinkler head.", "Dawn patrol starts at 05:30 from the gatehouse.", "Bill the organiser for the extra first-aid cover.",
                   "Sandy ground near the lifeguard tower: move the flags 20 m north."],
            "de": ["Frank gesagt war die Räumung zu langsam.", "Ernst gemeint: die Fluchtwege im Keller sind zugestellt.", "Die Übung am Kanalhafen lief gut, nur das Megafon fiel aus."],
            "fr": ["La Rose des vents sur le plan d'évacuation est à l'envers.", "Pierre angulaire du dispositif : le poste de secours au nord.", "Les consignes de Florence, enfin du service, sont affichées ?"],
            "es": ["Rosa palo para los chalecos de voluntarios, ¿queda claro?", "El pilar central del plan es el punto de encuentro.", "Consuelo es poco: el simulacro salió fatal.", "Amparo legal: el protocolo cubre al socorrista."],
            "it": ["Speranza è che il nuovo DAE arrivi prima dell'estate.", "Il Fortunato esito dell'esercitazione va comunicato.", "Serena la situazione al varco nord."],
            "nl": ["Roos en lelie staan op de nieuwe verzamelplaatsbordjes.", "Het Geluk was dat de brandmelder op tijd afging."],
            "pt": ["Graça ao canal de rádio novo, a evacuação foi rápida.", "A Glória da equipa foi o tempo de resposta."]}


@ctpl("name_as_word", 25, ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT"])
def c_nameword(c):
    R, lang = c.R, c.lang
    s = R.sample(NAMEWORD[lang], min(len(NAMEWORD[lang]), R.randint(2, 4)))
    body = [N(x, "name_as_word") for x in s]
    parts = []
    for b in body:
        parts += ["- ", b, "\n"]
    return "notes", wrap(R, lang, ["sum", "tr"], parts)


@ctpl("device_inventory", 25)
def c_inventory(c):
    R, lang, cc = c.R, c.lang, c.cc
    out = ["device,model,serial,mac,ip,firmware,location\n"]
    for _ in range(R.randint(3, 6)):
        out += [R.choice(["door controller", "reader", "NVR", "camera", "alarm panel", "intercom"]), ",", R.choice(["AC-2400", "RD-15", "NVR-16P4K", "DS-2CD", "Panel 8X", "IC-3"]), ",",
                N(serial(R), "serial"), ",", N(mac(R), "mac"), ",", N(ipv4_private(R) if R.random() < .8 else ipv4_doc(R), "private_ip"), ",",
                N("%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 200)), "version"), ",", R.choice(["Level 2 east", "Plant room", "Gatehouse", "Riser B"]), "\n"]
    out += ["facility code ", N(str(R.randint(1, 255)), "facility_code"), ", badge range ", N("%d-%d" % (R.randint(1000, 5000), R.randint(6000, 9999)), "badge_range")]
    return "csv", wrap(R, lang, ["explain", "check"], out)


@ctpl("drill_checklist", 25)
def c_checklist(c):
    R, lang, cc = c.R, c.lang, c.cc
    out = ["Fire drill checklist — ", N(ORG[cc][3], "site"), ", ", N(org_addr(R, cc), "org_address"), "\n"]
    items = ["Alarm sounded at ", "All floors clear by ", "Roll call complete at ", "Lifts grounded: yes", "Extinguisher ", "Hydrant "]
    for it in items:
        if it.endswith("at ") or it.endswith("by "):
            out += ["[x] ", it, N(hm(R), "time"), "\n"]
        elif it.startswith("Extinguisher"):
            out += ["[x] ", it, N("EXT-%04d" % R.randint(1, 9999), "asset_no"), " inspected ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "inspection_date"), "\n"]
        elif it.startswith("Hydrant"):
            out += ["[ ] ", it, N("H%d" % R.randint(10, 999), "hydrant_no"), " blocked by skip — report to facilities\n"]
        else:
            out += ["[x] ", it, "\n"]
    out += ["Wardens: floor 1-", str(R.randint(3, 9)), " present (roles only, names on separate sheet). Evacuation time ", N("%d:%02d" % (R.randint(2, 9), R.randint(0, 59)), "duration")]
    return "list", wrap(R, lang, ["check", "sum"], out)


APPEAL = {"en": "Police are appealing for witnesses after a collision at the {place} at {time}. Anyone with dashcam footage is asked to call {n} quoting incident {ref}, or e-mail {mail}.",
          "de": "Die Polizei sucht Zeugen eines Unfalls am {place} um {time}. Hinweise unter {n}, Aktenzeichen {ref}, oder per E-Mail an {mail}.",
          "fr": "La police lance un appel à témoins après une collision au {place} à {time}. Contactez le {n} en citant la référence {ref} ou écrivez à {mail}.",
          "es": "La policía busca testigos de una colisión en el {place} a las {time}. Llamen al {n} indicando la referencia {ref} o escriban a {mail}.",
          "it": "La polizia cerca testimoni di un incidente al {place} alle {time}. Chiamare il {n} citando la pratica {ref} o scrivere a {mail}.",
          "nl": "De politie zoekt getuigen van een aanrijding bij de {place} om {time}. Bel {n} o.v.v. {ref} of mail {mail}.",
          "pt": "A polícia procura testemunhas de uma colisão no {place} às {time}. Liguem para o {n} indicando {ref} ou escrevam para {mail}.",
          "pl": "Policja szuka świadków zderzenia na {place} o {time}. Prosimy dzwonić pod {n}, sygnatura {ref}, lub pisać na {mail}.",
          "sv": "Polisen söker vittnen till en kollision vid {place} kl. {time}. Ring {n} och uppge {ref}, eller mejla {mail}.",
          "cs": "Policie hledá svědky srážky u {place} v {time}. Volejte {n}, č. j. {ref}, nebo pište na {mail}.",
          "tr": "Polis, {place} saat {time} civarındaki kaza için tanık arıyor. {n} numarasını arayıp {ref} numarasını belirtin ya da {mail} adresine yazın.",
          "ru": "Полиция ищет свидетелей ДТП: {place}, {time}. Звоните {n}, КУСП {ref}, или пишите на {mail}.",
          "el": "Η αστυνομία αναζητά μάρτυρες για σύγκρουση στον {place} στις {time}. Καλέστε το {n} αναφέροντας {ref} ή γράψτε στο {mail}.",
          "ja": "{time}ごろ{place}で発生した事故の目撃者を探しています。{n}（受理番号{ref}）または{mail}までご連絡ください。",
          "ko": "{time}경 {place}에서 발생한 사고 목격자를 찾습니다. {n}(접수번호 {ref}) 또는 {mail}로 연락 바랍니다.",
          "zh": "警方寻找{time}在{place}发生碰撞事故的目击者。请拨打{n}（案件编号{ref}）或发邮件至{mail}。"}
AP_CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "sv": "SE", "cs": "CZ", "tr": "TR", "ru": "RU", "el": "GR",
         "ja": "JP", "ko": "KR", "zh": "CN"}


@ctpl("press_appeal", 25, list(AP_CC.values()) + ["US", "AT", "MX", "BR"])
def c_appeal(c):
    R, lang, cc = c.R, c.lang, c.cc
    out = []
    for part in re.split(r"(\{\w+\})", APPEAL[lang]):
        if part == "{place}":
            out.append(N(R.choice(PUBLIC[lang]), "public_place"))
        elif part == "{time}":
            out.append(N(hm(R), "incident_time"))
        elif part == "{n}":
            out.append(N({"US": "311"}.get(cc, POLICE_NO[cc]), "emergency_number"))
        elif part == "{ref}":
            out.append(N(incident_no(R, cc), "incident_no"))
        elif part == "{mail}":
            out.append(N(R.choice(["press", "presse", "incidents"]) + "@" + POLDOM.get(cc, ORG[cc][4]), "role_mailbox"))
        else:
            out.append(part)
    out += ["\n", N(coord(R, cc), "coordinates")]
    return "press_release", wrap(R, lang, ["tr", "post"], out)


# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8})")
TOK_SPLIT = re.compile(r"[\s,.;:!?()\[\]{}<>\"'«»“”„/|=+*&#@~`^%$—–\-_·、，。：；！？（）「」『』【】\u00a0\u202f]+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = " "
    return "".join(t)


def label_ok(sp):
    v, ty, sub = sp["value"], sp["type"], sp.get("sub")
    if ty == "gov_id":
        return gov_ok(v, sub)
    if ty == "iban":
        c = re.sub(r"[\s\u00a0\-]", "", v).upper()
        return IBAN_LEN.get(c[:2]) == len(c) and iban_mod97(c) == 1
    if ty == "card":
        c = re.sub(r"\D", "", v)
        return 12 <= len(c) <= 19 and luhn_ok(c)
    if ty == "email":
        return EMAIL_RE.fullmatch(v) is not None and "example" not in v.split("@")[1]
    if ty == "ip":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    return bool(v.strip())


def name_words(rec):
    out = []
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        toks = [t for t in TOK_SPLIT.split(v) if t]
        for t in toks:
            if CJK_RE.search(t):
                out += [("sub", t[i:j]) for i in range(len(t)) for j in range(i + 2, len(t) + 1)]
            elif THAI_RE.search(t):
                out += [("sub", t[i:j]) for i in range(len(t)) for j in range(i + 4, len(t) + 1)]
            elif t.lower() not in ("van", "ter", "de", "dos", "le", "el", "da") and len(t) > 1:
                out.append(("tok", t.lower()))
        if CJK_RE.search(v) or THAI_RE.search(v):
            out.append(("sub", v))
    return out


def luhn_runs(text):
    """Luhn-valid runs of 13-19 digits: contiguous or groups joined by one
    space, dash, dot, NBSP or NNBSP (runs of one repeated digit exempt)."""
    bad = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", text):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1:
                    bad.append(s)
    return bad


def rule_violation(rec, labelled):
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        return "length"
    if labelled and not rec["spans"]:
        return "labelled_without_labels"
    if not labelled and rec["spans"]:
        return "clean_with_labels"
    for sp in rec["spans"]:
        if not label_ok(sp):
            return "bad_" + sp["type"]
        if sp["value"] != sp["value"].strip():
            return "space"
    mt = masked(rec)
    for m in EMAIL_RE.finditer(mt):
        lp, dom = m.group(0).split("@", 1)
        if lp.lower() not in ROLE_MAILBOX and "example" not in dom:
            return "email_outside"
    for m in IPV4_RE.finditer(mt):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if ip.is_global:
            return "global_ip_outside"
    for m in IPV6_RE.finditer(mt):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if ip.is_global:
            return "global_ip_outside"
    if luhn_runs(mt):
        return "luhn_outside"
    for m in IBAN_RE.finditer(mt):
        c = re.sub(r"[ \u00a0]", "", m.group(1))
        for n in range(15, len(c) + 1):
            if IBAN_LEN.get(c[:2]) == n and iban_mod97(c[:n]) == 1:
                return "iban_outside"
    toks = set(x.lower() for x in TOK_SPLIT.split(mt) if x)
    for kind, w in name_words(rec):
        if (kind == "tok" and w in toks) or (kind == "sub" and w in mt):
            return "name_word_outside"
    return None


# ====================================================================== generation
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def candidates(name, count, countries, f, labelled):
    out = []
    for i in range(3 * count + 6):
        cc = countries[i % len(countries)]
        R = random.Random("%d:%s:%d" % (SEED, name, i))
        c = Ctx(R, cc)
        res = f(c)
        if res is None:
            out.append((None, "template_gave_up"))
            continue
        if len(res) == 3:
            form, parts, lang = res
        else:
            (form, parts), lang = res, LANG[cc]
        rec = build("tmp", form, lang, parts)
        rec["country"] = cc
        out.append((rec, rule_violation(rec, labelled)))
    return out


def generate():
    dropped = Counter()
    chosen = []
    allc = []
    for name, count, countries, f, labelled in TEMPLATES:
        allc.append((name, count, labelled, candidates(name, count, countries, f, labelled)))
    items = []
    for _, _, _, cands in allc:
        for rec, why in cands:
            if rec is not None and why is None:
                items += phones_of(rec)
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    badset = set(tuple(b.split("\t")[1:4]) for b in bad)
    seen = set()
    per_tpl = {}
    for name, count, labelled, cands in allc:
        kept = []
        for rec, why in cands:
            if rec is not None and why is None:
                if any(p in badset for p in phones_of(rec)):
                    why = "phone_invalid"
                elif rec["text"] in seen:
                    why = "repeated_text"
            if why is None and len(kept) < count:
                seen.add(rec["text"])
                rec["template"] = name
                kept.append(rec)
            elif why is not None:
                dropped[(name, why)] += 1
        if len(kept) < count:
            raise SystemExit("template %s: only %d of %d" % (name, len(kept), count))
        per_tpl[name] = len(kept)
        chosen += kept
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(chosen)
    recs = []
    for i, r in enumerate(chosen):
        rec = {"id": "%s%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        rec["template"] = r["template"]
        rec["country"] = r["country"]
        recs.append(rec)
    return recs, dropped, per_tpl


def dump(recs):
    lines = []
    for r in recs:
        r = {k: v for k, v in r.items() if k not in ("template", "country")}
        check_record(r)
        lines.append(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return "".join(lines)


def stats(recs):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled):", ", ".join("%s %d" % kv for kv in Counter(r["country"] for r in recs if r["spans"]).most_common()))
    print("templates:", ", ".join("%s %d" % kv for kv in Counter(r["template"] for r in recs).items()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    for t in ("gov_id", "secret", "card", "iban", "ip", "email", "phone", "person"):
        print(" %s subs:" % t, ", ".join("%s %d" % kv for kv in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t).most_common()))
    ln = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (ln[0], ln[len(ln) // 2], ln[-1]))
    print("labels across a line break:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("phones with plan:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("negative tags:", len(set(t for r in recs for t in r.get("neg", []))))


def check(path):
    data = open(path, encoding="utf-8").read()
    recs = [json.loads(x) for x in data.splitlines()]
    ok = True
    ids = ["%s%05d" % (PREFIX, i) for i in range(len(recs))]
    if [r["id"] for r in recs] != ids:
        print("FAIL ids")
        ok = False
    nclean = sum(1 for r in recs if not r["spans"])
    gen, _, _ = generate()
    tpl_of = {r["id"]: r["template"] for r in gen}
    if (len(recs), nclean) != (800, 200):
        print("FAIL split %d/%d" % (len(recs), nclean))
        ok = False
    seen = set()
    for r in recs:
        check_record(r)
        labelled = tpl_of.get(r["id"]) not in [t[0] for t in TEMPLATES if not t[4]]
        why = rule_violation(r, labelled)
        if why or r["text"] in seen:
            print("FAIL", r["id"], why or "repeated")
            ok = False
        seen.add(r["text"])
    items = [p for r in recs for p in phones_of(r)]
    bad = pv_check(items)
    if bad is None:
        print("FAIL pv missing")
        ok = False
    elif bad:
        print("FAIL phones", bad[:5])
        ok = False
    if dump(gen) != data:
        print("FAIL regenerate differs")
        ok = False
    for hs in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        if out != data:
            print("FAIL regenerate differs under PYTHONHASHSEED", hs)
            ok = False
    print("check: %d records (%d clean), %d labels, %d phones valid, every checksum and rule re-verified, byte-identical regeneration (PYTHONHASHSEED 0, 7, 12345): %s"
          % (len(recs), nclean, sum(len(r["spans"]) for r in recs), len(items), "OK" if ok else "FAILED"))
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check(OUT) else 1)
    if "--dump" in sys.argv:
        recs, _, _ = generate()
        sys.stdout.write(dump(recs))
        return
    if "--stats" in sys.argv:
        recs, dropped, _ = generate()
        stats(recs)
        return
    recs, dropped, per_tpl = generate()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dump(recs))
    print("wrote %s: %d records" % (OUT, len(recs)))
    print("dropped:", ", ".join("%s/%s %d" % (k[0], k[1], v) for k, v in sorted(dropped.items())))
    stats(recs)


if __name__ == "__main__":
    main()
