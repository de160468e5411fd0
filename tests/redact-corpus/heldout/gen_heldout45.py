#!/usr/bin/python3
"""Held-out part 45 of the redaction corpus (heldout45.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 43
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 29's decisions on chat
display names and famous people, part 33's on handles, scammers and what
opens access, part 34's stream keys, part 43's on staff, ids, bank details,
credentials and IPs), lines 1-100 of gen_heldout33.py (header and imports)
and its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
09:41:21 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: GAMING, ESPORTS, STREAMING AND CREATOR PLATFORMS FROM THE STAFF SIDE.
What trust-and-safety moderators, player-support agents, anti-cheat
analysts, payments and payout teams, esports tournament organisers, talent
managers, community managers and game-server admins paste into an AI
assistant, from 21 countries in 21 languages: support tickets and account
recovery with proof of identity, ban appeals, moderation reports with chat
logs, chargeback disputes, creator payout onboarding (tax forms, bank
details), age-verification cases, tournament rosters with birth dates, visa
invitation letters, talent contracts, stream-bot configs (stream keys, OAuth
tokens, webhook secrets), game-server and anti-cheat logs with IPs, payout
batches and law-enforcement request logs. Hard negatives everywhere:
gamertags, player, match and Steam-like ids, order, transaction and ticket
numbers, gift-card and promo codes, builds and versions, server names, ping
and score figures, the studio's addresses, mailboxes and switchboards,
private and documentation IPs, processors' test cards, games, characters and
teams named after people, and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
450917, shuffle seed 450918).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout45.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout45.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout45.py --stats   # counts
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
                       nir_random, nir_ok, dni_random, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, cpf_random,
                       cpf_ok, card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, GB_MOBILE, US_AREAS, _nanp_line,
                       digits, nz, rnd, ALNUM, URLSAFE)

SEED = 450917
SHUFFLE_SEED = 450918
OUT = os.path.join(HERE, "heldout45.jsonl")
PREFIX = "heldout-as-"


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
# "native|roman" where the script is not Latin (roman for e-mails only);
# female family forms after "/" (PL, RU, GR).
NAMES = {
    "US": ("Thurston Emmitt Tillman Lamar Boone Cutter",
           "Kaylani Brynlee Oakleigh Rylee Jessamyn Saylor",
           "Kilgore Truett Pendergrass McQuillan Hargrove Blankenship Haverstock Wingo Birdsong"),
    "GB": ("Alastair Gethin Lorcan Rhodri Fergus Piers",
           "Gráinne Ottilie Peronel Clemency Blodwen Henrietta",
           "Shufflebotham Sowerby Pickersgill Oglethorpe Aldridge Crowther Smethurst Oddie"),
    "DE": ("Jobst Gottlob Volkmar Hartwig Leopold Gerwin",
           "Heike Swenja Irmtraud Gesine Ulrike Mareike",
           "Oberdörfer Kleinschmidt Tiedemann Dannenberg Zöllner Brückmann Haberkorn Wendlandt"),
    "FR": ("Gaëtan Tanguy Maël Corentin Anatole Loïc",
           "Clervie Maëlys Bérengère Gwendoline Albane Perrine",
           "Kerjean Chaumette Vasseur Tréguier Delorme Fauchard Rouxel Guillou"),
    "ES": ("Iker Aritz Jacinto Baltasar Fermín Eneko",
           "Garazi Amaiur Nerea Irati Yaiza Candela",
           "Azkarate Zubiaurre Arrizurieta Castañeda Villalobos Montoro Zabalegui Urkiola"),
    "IT": ("Sigismondo Ruggero Ippolito Corrado Ermanno Tancredi",
           "Ludovica Ginevra Ottavia Fiammetta Nives Loredana",
           "Zanchetta Bortoluzzi Quagliarella Squillace Cannavacciuolo Trevisiol Mazzocchi Lanzillotta"),
    "NL": ("Joost Gijsbert Sjoerd Wouter Reinout Maarten",
           "Fenna Marijke Sietske Tjitske Lieke Anouk",
           "Wiersma Zijlstra Bosgra Oosterhuis Dijkgraaf Tuinman Veldkamp Brinkhuis"),
    "BR": ("Valdemar Josué Gilvan Raimundo Adailton Cleiton",
           "Rosicleide Jucélia Marinalva Thainá Luzinete Edinalva",
           "Trindade Bezerra Figueiredo Cavalcanti Albuquerque Siqueira Casagrande Queiroz"),
    "PL": ("Przemysław Bogumił Radosław Zbigniew Lechosław Wiesław",
           "Grażyna Bożena Jadwiga Wiesława Halina Danuta",
           "Szczepański/Szczepańska Grzybowski/Grzybowska Kaczmarczyk Przybylski/Przybylska Pietrzak Sobczak Michalak"),
    "SE": ("Torbjörn Ragnar Hjalmar Sölve Folke Eskil",
           "Solveig Ingegerd Ylva Linnéa Agda Märta",
           "Lindqvist Sjöberg Nyström Hedlund Bergkvist Åkesson Strandberg Wallin"),
    "TR": ("Oğuzhan Alparslan Kaan Tolga Serkan Emirhan",
           "Gülşen Büşra Sevgül Nurcan Ebru Derya",
           "Kocabaş Karaismailoğlu Tuncer Ertuğrul Güngör Çakıroğlu Akbulut Sarıkaya"),
    "RU": ("Всеволод|Vsevolod Ярослав|Yaroslav Тимофей|Timofey Святослав|Svyatoslav Мирон|Miron Елисей|Yelisey",
           "Василиса|Vasilisa Ульяна|Ulyana Злата|Zlata Милана|Milana Варвара|Varvara Ярослава|Yaroslava",
           "Кудрявцев/Кудрявцева|Kudryavtsev Шестаков/Шестакова|Shestakov Лаптев/Лаптева|Laptev "
           "Гончаров/Гончарова|Goncharov Рябинин/Рябинина|Ryabinin Зотов/Зотова|Zotov"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Παντελής|Pantelis Αριστείδης|Aristeidis Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis",
           "Χρυσούλα|Chrysoula Ευανθία|Evanthia Σταυρούλα|Stavroula Παναγιώτα|Panagiota Αφροδίτη|Afroditi Ξανθή|Xanthi",
           "Κουτσογιάννης/Κουτσογιάννη|Koutsogiannis Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos "
           "Δημητρακόπουλος/Δημητρακοπούλου|Dimitrakopoulos Ζαφειρίου|Zafeiriou "
           "Σταθόπουλος/Σταθοπούλου|Stathopoulos Χατζηγεωργίου|Chatzigeorgiou"),
    "IL": ("נתנאל|Netanel אביתר|Evyatar ינון|Yinon עמרי|Omri הראל|Harel אלישע|Elisha",
           "הודיה|Hodaya רעות|Reut אביגיל|Avigail נגה|Noga מעיין|Maayan אליאנה|Eliana",
           "בוזגלו|Bouzaglo אזולאי|Azoulay שטרנברג|Sternberg גבאי|Gabay רוזנטל|Rosenthal אלמקייס|Elmakayes"),
    "EG": ("شريف|Sherif هشام|Hesham طارق|Tarek وليد|Walid عمرو|Amr حازم|Hazem",
           "نهى|Noha داليا|Dalia منة|Menna رحاب|Rehab هبة|Heba سلمى|Salma",
           "الجندي|ElGendy البدري|ElBadry السيوفي|ElSeyoufy الزيات|ElZayat الدمرداش|ElDemerdash حجازي|Hegazy"),
    "IN": ("देवव्रत|Devvrat अभिमन्यु|Abhimanyu ऋतिक|Hrithik प्रणव|Pranav यशवंत|Yashwant चिराग|Chirag",
           "अनुष्का|Anushka ऋचा|Richa कादंबरी|Kadambari मृणाल|Mrinal सौम्या|Saumya तनुजा|Tanuja",
           "बघेल|Baghel पुरोहित|Purohit रस्तोगी|Rastogi भदौरिया|Bhadauria चतुर्वेदी|Chaturvedi सिंघानिया|Singhania"),
    "TH": ("ธนกร|Thanakorn ณัฐวุฒิ|Nattawut พีรพัฒน์|Peerapat กฤษดา|Kritsada ชยพล|Chayaphon วรวิทย์|Worawit",
           "ปวีณา|Paweena ชุติมา|Chutima กมลชนก|Kamonchanok ณิชา|Nicha พิมพ์ชนก|Pimchanok อรุณี|Arunee",
           "ศรีสุวรรณ|Srisuwan บุญมาก|Boonmak จันทร์หอม|Janhom เพชรรัตน์|Phetcharat สุขเกษม|Sukkasem วงศ์ไพบูลย์|Wongpaiboon"),
    "CN": ("浩宇|Haoyu 子轩|Zixuan 俊熙|Junxi 铭泽|Mingze 皓轩|Haoxuan 宇航|Yuhang",
           "梓涵|Zihan 雨桐|Yutong 思琪|Siqi 嘉懿|Jiayi 语嫣|Yuyan 沐晴|Muqing",
           "闻人|Wenren 万俟|Moqi 郝|Hao 祁|Qi 邝|Kuang 蔺|Lin 阎|Yan 骆|Luo"),
    "JP": ("颯太|Sota 陽翔|Haruto 悠真|Yuma 湊|Minato 伊吹|Ibuki 朔太郎|Sakutaro",
           "結衣|Yui 紬|Tsumugi 凛|Rin 陽菜|Hina 芽依|Mei 杏奈|Anna",
           "東海林|Shoji 五十嵐|Igarashi 宍戸|Shishido 鬼塚|Onizuka 猪俣|Inomata 薬師寺|Yakushiji"),
    "KR": ("지훈|Jihun 도윤|Doyun 민재|Minjae 시우|Siu 건우|Geonu 준서|Junseo",
           "서연|Seoyeon 하은|Haeun 예린|Yerin 지아|Jia 수아|Sua 채원|Chaewon",
           "소봉|Sobong 어금|Eogeum 강전|Gangjeon 장곡|Janggok 망절|Mangjeol"),
    "VN": ("Khang Kiên Hiếu Thắng Vĩnh Phát",
           "Nhung Quyên Diệp Yến Trâm Thư",
           "Trịnh Lương Quách Tôn Khổng Giáp"),
}
VN_MIDDLE_M = ["Văn", "Đức", "Minh"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Minh"]
PARTICLES = {"van", "de", "der", "ter", "den", "da", "dos", "das", "del"}

LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "SE": "sv", "TR": "tr", "RU": "ru", "GR": "el", "IL": "he",
        "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}
COUNTRIES = list(LANG)
IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "GB", "GR"}
NOSPACE = {"CN", "JP", "KR", "TH"}   # names checked as substrings


# ====================================================================== places
# Streets and towns per country (home addresses of players, creators, parents).
STREETS = {
    "US": ["Pawnee Creek Rd", "Sorghum Mill Ln", "Cottonwood Bend Dr", "Bluestem Ct", "Buckeye Hollow Way"],
    "GB": ["Gorse Hill Road", "Tanners Wynd", "Osprey Close", "Brindle Lane", "Wheelwright Rise"],
    "DE": ["Am Hopfengarten", "Wacholderweg", "Schlehdornstraße", "Zur Pulvermühle", "Flachsröste"],
    "FR": ["impasse du Pressoir", "chemin des Garrigues", "rue du Moulin à Huile", "allée des Fauvettes", "rue des Cordiers"],
    "ES": ["Calle del Almendro", "Calle Zurradores", "Avenida de los Arces", "Calle Pozo Nuevo", "Travesía del Tinte"],
    "IT": ["Via dei Cordai", "Via Chiusa del Mulino", "Vicolo delle Ortiche", "Via Scalette dei Tintori", "Via Argine Vecchio"],
    "NL": ["Zwanebloemweg", "Reigershof", "Korenbloemlaan", "Turfschipstraat", "Zandlopersteeg"],
    "BR": ["Rua Jacarandá-Mimoso", "Rua dos Carijós", "Travessa Sabiá-Una", "Rua Pitangueira", "Rua Ingá-Mirim"],
    "PL": ["ul. Jarzębinowa", "ul. Kasztelańska", "ul. Bursztynowa", "ul. Flisacka", "ul. Powroźnicza"],
    "SE": ["Hjortronvägen", "Tallmogatan", "Båtsmansgatan", "Lingonstigen", "Kvarnbäcksvägen"],
    "TR": ["Karanfil Sokak", "Çınaraltı Caddesi", "Kayısı Sokak", "Değirmenaltı Sokak", "Sarmaşık Sokak"],
    "RU": ["ул. Кленовая", "ул. Черёмуховая", "пр-т Строителей", "ул. Ткацкая", "пер. Кузнечный"],
    "GR": ["Ανεμώνης", "Μυρτιάς", "Κυπαρισσίων", "Λεμονιάς", "Αμυγδαλιάς"],
    "IL": ["הרימון", "התאנה", "הגפן", "הצבר", "החרוב"],
    "EG": ["شارع الصفصاف", "شارع الكروم", "شارع السرو", "شارع الجميز", "شارع البردي"],
    "IN": ["Gomti Nagar", "Shahpura", "Malviya Nagar", "Dharampeth", "Rajendra Nagar"],
    "TH": ["ถนนช้างคลาน", "ถนนมหิดล", "ถนนนิมมานเหมินท์", "ถนนเจริญประเทศ"],
    "CN": ["文三路", "玉泉路", "桂花街", "青石巷", "梧桐大道"],
    "JP": ["今池", "錦", "大須", "丸の内", "千種"],
    "KR": ["센텀중앙로", "해운대해변로", "달맞이길", "좌동순환로", "마린시티2로"],
    "VN": ["đường Võ Chí Công", "phố Trần Cung", "đường Lê Văn Lương", "phố Hoa Bằng", "đường Nguyễn Xiển"],
}
TOWNS = {
    "US": [("Amarillo", "TX", "791"), ("Wichita", "KS", "672"), ("Boise", "ID", "837"), ("Minot", "ND", "587")],
    "GB": [("Penrith", "CA11"), ("Harrogate", "HG1"), ("Bideford", "EX39"), ("Hexham", "NE46")],
    "DE": [("Bamberg", "960"), ("Goslar", "386"), ("Paderborn", "331"), ("Landshut", "840")],
    "FR": [("Quimper", "29000"), ("Angoulême", "16000"), ("Vannes", "56000"), ("Carcassonne", "11000")],
    "ES": [("Vitoria-Gasteiz", "01"), ("Logroño", "26"), ("Cáceres", "10"), ("Soria", "42")],
    "IT": [("Treviso", "TV", "31100", "L407"), ("Lecce", "LE", "73100", "E506"), ("Cremona", "CR", "26100", "D150"), ("Rovigo", "RO", "45100", "H620")],
    "NL": [("Deventer", "74"), ("Assen", "94"), ("Roermond", "60"), ("Zwolle", "80")],
    "BR": [("Londrina", "PR", "860", "Jardim Higienópolis"), ("Uberlândia", "MG", "384", "Santa Mônica"), ("Feira de Santana", "BA", "440", "Capuchinhos"), ("Caxias do Sul", "RS", "950", "Pio X")],
    "PL": [("Toruń", "87-1"), ("Rzeszów", "35-0"), ("Olsztyn", "10-"), ("Zielona Góra", "65-")],
    "SE": [("Östersund", "83"), ("Sundsvall", "85"), ("Luleå", "97"), ("Karlstad", "65")],
    "TR": [("Atakum", "Samsun", "55"), ("Selçuklu", "Konya", "42"), ("Yeşilyurt", "Malatya", "44"), ("Efeler", "Aydın", "09")],
    "RU": [("Тверь", "170"), ("Ярославль", "150"), ("Курск", "305"), ("Смоленск", "214")],
    "GR": [("Λάρισα", "412"), ("Ιωάννινα", "454"), ("Καβάλα", "654"), ("Χανιά", "731")],
    "IL": [("באר שבע", "84"), ("אשדוד", "77"), ("רחובות", "76"), ("כרמיאל", "21")],
    "EG": [("مدينة نصر", "القاهرة"), ("سموحة", "الإسكندرية"), ("قسم ثان", "طنطا"), ("الحي الثالث", "أسيوط")],
    "IN": [("Lucknow", "Uttar Pradesh", "2260"), ("Bhopal", "Madhya Pradesh", "4620"), ("Jaipur", "Rajasthan", "3020"), ("Nagpur", "Maharashtra", "4400")],
    "TH": [("ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50100"), ("ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น", "40000"), ("ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา", "90110")],
    "CN": [("浙江省嘉兴市南湖区", "314000"), ("四川省绵阳市涪城区", "621000"), ("湖北省武汉市洪山区", "430074"), ("江苏省苏州市姑苏区", "215000")],
    "JP": [("愛知県名古屋市中区", "460-0008"), ("愛知県名古屋市中区", "460-0003"), ("愛知県名古屋市中区", "460-0011"), ("愛知県名古屋市中区", "460-0002"), ("愛知県名古屋市千種区", "464-0075")],
    "KR": [("부산광역시 해운대구", "48058"), ("부산광역시 해운대구", "48094"), ("부산광역시 해운대구", "48117")],
    "VN": [("phường Mỹ Đình 1, quận Nam Từ Liêm, Hà Nội",), ("phường Nghĩa Tân, quận Cầu Giấy, Hà Nội",), ("phường Hòa Cường Bắc, quận Hải Châu, Đà Nẵng",)],
}


# ====================================================================== people
def _split(tok):
    if "|" in tok:
        nat, rom = tok.split("|")
    else:
        nat, rom = tok, None
    return nat, rom


def _fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "-")).lower()


class Person:
    def __init__(self, cc, given, family, family2, middle, sex, rgiven, rfamily):
        self.cc, self.given, self.family, self.family2, self.middle, self.sex = cc, given, family, family2, middle, sex
        self.rgiven, self.rfamily = rgiven, rfamily

    @property
    def full(self):
        cc = self.cc
        if cc == "CN" or cc == "KR":
            return self.family + self.given
        if cc == "JP":
            return self.family + " " + self.given
        if cc == "VN":
            return " ".join([self.family, self.middle, self.given])
        fam = self.family + (" " + self.family2 if self.family2 else "")
        return self.given + " " + fam

    @property
    def surname(self):
        return self.family + (" " + self.family2 if self.family2 else "")

    def words(self):
        out = [self.given, self.family] + ([self.family2] if self.family2 else [])
        return out

    def roman(self):
        return self.rgiven, self.rfamily


class People:
    """Draws people of one record so that no name word is shared."""
    def __init__(self, R):
        self.R = R
        self.used = set()

    def new(self, cc, sex=None):
        R = self.R
        m, f, fam = NAMES[cc]
        sex = sex or R.choice("mf")
        givens = (m if sex == "m" else f).split()
        fams = fam.split()
        for _ in range(60):
            g = R.choice(givens)
            fa = R.choice(fams)
            gn, gr = _split(g)
            fn, fr = _split(fa)
            if "/" in fn:
                a, b = fn.split("/")
                fn = b if sex == "f" else a
            fr = fr or _fold(fn.split("/")[0])
            gr = gr or _fold(gn)
            f2 = None
            if cc in ("ES",) and R.random() < 0.6 or cc == "BR" and R.random() < 0.4:
                f2n = _split(R.choice(fams))[0]
                if f2n != fn:
                    f2 = f2n
            mid = None
            if cc == "VN":
                mid = R.choice(VN_MIDDLE_M if sex == "m" else VN_MIDDLE_F)
            key = {gn, fn.split("/")[0], f2 or ""} - {""}
            if key & self.used:
                continue
            self.used |= key
            # mark both gender forms of the family as used
            for tok in fams:
                t = _split(tok)[0]
                if fn in t.split("/"):
                    self.used |= set(t.split("/"))
            return Person(cc, gn, fn, f2, mid, sex, gr, fr)
        return None


ALL_NAME_WORDS = set()
for _cc, (_m, _f, _fam) in NAMES.items():
    for _tok in (_m + " " + _f + " " + _fam).split():
        for _w in re.split(r"[/]", _split(_tok)[0]):
            ALL_NAME_WORDS.add(_w)
LATIN_NAME_WORDS = {w.lower() for w in ALL_NAME_WORDS if not any(ord(c) > 0x2e80 or 0x0e00 <= ord(c) <= 0x0e7f for c in w)}
for _w in list(LATIN_NAME_WORDS):
    for _p in _w.split("-"):
        LATIN_NAME_WORDS.add(_p)
SUBSTR_NAME_WORDS = {w for w in ALL_NAME_WORDS if any(ord(c) > 0x2e80 or 0x0e00 <= ord(c) <= 0x0e7f for c in w)}


PERSONAL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
    "DE": ["web.de", "gmx.de", "posteo.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
    "ES": ["hotmail.es", "gmail.com", "yahoo.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "PL": ["wp.pl", "o2.pl", "interia.pl"], "SE": ["telia.com", "hotmail.se", "gmail.com"],
    "TR": ["hotmail.com", "gmail.com", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
    "GR": ["yahoo.gr", "otenet.gr", "gmail.com"], "IL": ["walla.co.il", "gmail.com", "012.net.il"],
    "EG": ["yahoo.com", "gmail.com", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "TH": ["hotmail.co.th", "gmail.com", "outlook.co.th"], "CN": ["qq.com", "163.com", "126.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}


def email_personal(R, p):
    g, f = p.roman()
    g, f = _fold(g), _fold(f)
    form = R.randint(0, 4)
    if form == 0:
        loc = "%s.%s" % (g, f)
    elif form == 1:
        loc = "%s%s%d" % (g, f[:1], R.randint(1, 99))
    elif form == 2:
        loc = "%s_%s" % (f, g)
    elif form == 3:
        loc = "%s.%s%d" % (g[:1], f, R.randint(80, 2009) % 100)
    else:
        loc = "%s%s" % (g, f)
    if p.cc == "CN" and R.random() < 0.4:
        loc = str(R.randint(10 ** 7, 10 ** 10))
    return loc.replace("--", "-") + "@" + R.choice(PERSONAL_DOMAINS[p.cc])


def email_work(p, domain):
    g, f = p.roman()
    return "%s.%s@%s" % (_fold(g), _fold(f), domain)


# ====================================================================== addresses
def address(R, cc, multiline=False):
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    nl = "\n" if multiline else ", "
    if cc == "US":
        unit = R.choice(["", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, unit, nl, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        return "%d %s%s%s%s%s" % (n, st, nl, t[0].upper() if R.random() < 0.3 else t[0], nl if multiline else " ", pc)
    if cc == "DE":
        return "%s %d%s%s%s%02d %s" % (st, n, R.choice(["", "a", "b"]), nl, t[1], R.randint(1, 99), t[0])
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", " bis", " ter"]), st, nl, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %dº %s%s%s%03d %s" % (st, n, R.randint(1, 9), R.choice("ABCD"), nl, t[1], R.randint(1, 20) * 10 % 1000, t[0])
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, nl, t[2], t[0], t[1])
    if cc == "NL":
        return "%s %d%s%s%02d %s%s %s" % (st, n, nl, t[1], R.randint(11, 99), R.choice("BCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRSTVXZ"), t[0])
    if cc == "BR":
        return "%s, %d%s - %s%s%s - %s, %s%02d-%03d" % (st, n, R.choice(["", ", apto %d" % R.randint(11, 204)]), t[3], nl, t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        return "%s %d%s%s%s-%03d %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 60)]), nl, t[1][:2], R.randint(1, 999), t[0])
    if cc == "SE":
        return "%s %d%s%s%s%d %02d %s" % (st, n, R.choice(["", " lgh 1%03d" % R.randint(1, 999)]), nl, t[1], R.randint(0, 9), R.randint(10, 99), t[0])
    if cc == "TR":
        return "%s No:%d D:%d%s%s%03d %s/%s" % (st, n, R.randint(1, 24), nl, t[2], R.randint(0, 999), t[0], t[1])
    if cc == "RU":
        return "%s, д. %d, кв. %d%s%s, %s%03d" % (st, n, R.randint(1, 220), nl, t[0], t[1], R.randint(0, 999))
    if cc == "GR":
        return "%s %d%s%s %02d %s" % (st, n, nl, t[1], R.randint(0, 99), t[0])
    if cc == "IL":
        return "רחוב %s %d%s%s %s%05d" % (st, n, nl if multiline else ", ", t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d %s، %s، %s" % (n, st, t[0], t[1])
    if cc == "IN":
        return "%s-%d, %s%s%s, %s %s%02d" % (R.choice("ABCDE"), n, st, nl, t[0], t[1], t[2], R.randint(1, 30))
    if cc == "TH":
        return "%d/%d %s %s %s" % (R.randint(1, 299), R.randint(1, 90), st, t[0], t[1])
    if cc == "CN":
        return "%s%s%s%d号%d幢%d室" % (t[1] + " " if R.random() < 0.5 else "", t[0], st, n, R.randint(1, 12), R.randint(101, 2402))
    if cc == "JP":
        return "〒%s %s%s%d丁目%d-%d" % (t[1], t[0], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20)) + R.choice(["", " %d号室" % R.randint(101, 905)])
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s)" % (t[0], st, n, R.randint(101, 112), R.randint(101, 2304), t[1]) if R.random() < 0.5 else "(%s) %s %s %d, %d호" % (t[1], t[0], st, n, R.randint(101, 2304))
    if cc == "VN":
        return "Số %d %s, %s" % (n, st, t[0])
    raise KeyError(cc)


# ====================================================================== dates
def rand_date(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_dob(R, cc, y, m, d, style=None):
    lang = LANG[cc]
    if style is None:
        style = "num" if R.random() < 0.75 else "name"
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "name" and lang in MONTHS:
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return "%s %d, %d" % (mn, d, y) if cc == "US" else "%d %s %d" % (d, mn, y)
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if cc == "US":
        return "%02d/%02d/%04d" % (m, d, y)
    if cc in ("DE", "PL", "TR", "RU"):
        return "%02d.%02d.%04d" % (d, m, y)
    if cc == "SE":
        return "%04d-%02d-%02d" % (y, m, d)
    if cc in ("NL", "IN"):
        return "%02d-%02d-%04d" % (d, m, y)
    if cc == "TH":
        return "%d/%d/%d" % (d, m, y + 543)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%d. %d. %d." % (y, m, d) if R.random() < 0.5 else "%d년 %d월 %d일" % (y, m, d)
    if cc == "VN" and R.random() < 0.3:
        return "ngày %d tháng %d năm %d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


# ====================================================================== phones
def _own_nsn(R, cc):
    if cc == "TR":
        return R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "552", "553", "555"]) + nz(R, 7)
    if cc == "GR":
        return R.choice(["693", "694", "695", "697", "698", "699"]) + digits(R, 7)
    if cc == "IL":
        return R.choice(["50", "52", "53", "54", "58"]) + nz(R, 7)
    if cc == "EG":
        return R.choice(["10", "11", "12", "15"]) + digits(R, 8)
    if cc == "TH":
        return R.choice(["81", "82", "83", "84", "86", "89", "91", "92", "95", "61", "62", "63", "64"]) + digits(R, 7)
    if cc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if cc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "36", "38", "70", "77", "79", "83", "85", "86", "88"]) + digits(R, 7)
    raise KeyError(cc)


CC_CODE = {"TR": 90, "GR": 30, "IL": 972, "EG": 20, "TH": 66, "KR": 82, "VN": 84}
MOBILE_KIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile",
               "IT": "mobile", "NL": "mobile", "BR": "mobile", "PL": "mobile", "SE": "mobile",
               "RU": "mobile", "IN": "mobile", "CN": "mobile", "JP": "mobile"}


def phone(R, cc, intl=None):
    """A mobile of country cc as written nationally or with +CC; returns
    (text, E.164 digits)."""
    if cc in CC_CODE:
        code, nsn = CC_CODE[cc], _own_nsn(R, cc)
    else:
        code, _trunk, _k, nsn = PLANS[cc][0], PLANS[cc][1], None, PLANS[cc][2][MOBILE_KIND[cc]](R)
        if cc == "DE" and R.random() < 0.4:
            nsn = PLANS[cc][2]["mobile7"](R)
        while cc == "FR" and nsn.startswith("639"):   # Mayotte, not metropolitan
            nsn = PLANS[cc][2]["mobile"](R)
    if intl is None:
        intl = R.random() < 0.4
    n = nsn
    if cc == "US":
        t = "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    elif cc == "GB":
        t = "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    elif cc == "DE":
        t = "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    elif cc == "FR":
        t = "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]) if intl else "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])
    elif cc == "ES":
        t = ("+34 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "IT":
        t = ("+39 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "NL":
        t = "+31 6 %s" % n[1:] if intl else "06-%s" % n[1:]
    elif cc == "BR":
        t = ("+55 %s %s-%s" if intl else "(%s) %s-%s") % (n[:2], n[2:7], n[7:])
    elif cc == "PL":
        t = ("+48 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "SE":
        t = "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    elif cc == "RU":
        t = "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "IN":
        t = ("+91 " if intl else "") + "%s %s" % (n[:5], n[5:])
    elif cc == "CN":
        t = ("+86 " if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    elif cc == "JP":
        t = "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif cc == "TR":
        t = "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "GR":
        t = ("+30 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "IL":
        t = "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif cc == "EG":
        t = "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    elif cc == "TH":
        t = "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif cc == "KR":
        t = "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif cc == "VN":
        t = "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    else:
        raise KeyError(cc)
    return t


def PH(R, cc, region=None, intl=None):
    """A phone label read in `region` (the text's country); plan when foreign."""
    region = region or cc
    t = phone(R, cc, intl=True if region != cc else intl)
    meta = {"sub": "mobile", "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", t, **meta)


# ====================================================================== gov ids
def pesel(R, y, m, d, sex):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def personnummer(R, y, m, d):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    full = luhn_complete(body)
    sep = "-" if y >= 1926 else "+"
    return R.choice(["%s%s" % (full[:6], sep + full[6:]), "%02d%s%s%s" % (y // 100, full[:6], "-", full[6:])])


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def amka(R, y, m, d):
    return luhn_complete("%02d%02d%02d%04d" % (d, m, y % 100, R.randint(0, 9999)))


def il_id(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def thai_id(R):
    body = str(R.randint(1, 8)) + digits(R, 11)
    c = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
    s = body + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def thai_ok(s):
    s = s.replace("-", "")
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_AREAS = {"浙江": "330402", "四川": "510703", "湖北": "420111", "江苏": "320508"}
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, y, m, d, sex):
    body = R.choice(sorted(CN_AREAS.values())) + "%04d%02d%02d" % (y, m, d) + "%02d" % R.randint(0, 99) + str(R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, CN_W)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def kr_rrn(R, y, m, d, sex):
    s7 = {("m", 19): 1, ("f", 19): 2, ("m", 20): 3, ("f", 20): 4}[(sex, y // 100)]
    body = "%02d%02d%02d%d%05d" % (y % 100, m, d, s7, R.randint(0, 99999))
    c = (11 - sum(int(a) * w for a, w in zip(body, KR_W)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_ok(s):
    s = s.replace("-", "")
    return len(s) == 13 and (11 - sum(int(a) * w for a, w in zip(s[:12], KR_W)) % 11) % 10 == int(s[12])


def eg_id(R, y, m, d, sex):
    return "%d%02d%02d%02d%02d%03d%d%d" % (2 if y < 2000 else 3, y % 100, m, d, R.choice([1, 2, 3, 12, 16, 21, 25]), R.randint(0, 999),
                                         R.choice([1, 3, 5, 7, 9] if sex == "m" else [2, 4, 6, 8]), R.randint(1, 9))


def vn_cccd(R, y, sex):
    g = (0 if sex == "m" else 1) + (2 if y >= 2000 else 0)
    return "%s%d%02d%06d" % (R.choice(["001", "048", "079", "031"]), g, y % 100, R.randint(0, 999999))


def ru_passport(R):
    return "%02d %02d %06d" % (R.choice([28, 38, 46, 66, 78]), R.randint(0, 24), R.randint(100000, 999999))


def it_cf(R, p, y, m, d, belf):
    def up(w):
        return _fold(w).upper()
    return cf_make(up(p.family), up(p.given), y % 100, m, d, p.sex == "f", belf)


def gov_id(R, cc, p, y, m, d, town=None):
    """(value, sub) of the country's main personal id."""
    sex = p.sex
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (a, b[:2], b[2:4], b[4:], c), "nino"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="1" if sex == "m" else "2", yy=y % 100, mm=m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        n, c = dni_random(R)
        return n + c, "dni"
    if cc == "IT":
        return it_cf(R, p, y, m, d, town[3] if town else "L407"), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    if cc == "PL":
        return pesel(R, y, m, d, sex), "pesel"
    if cc == "SE":
        return personnummer(R, y, m, d), "personnummer"
    if cc == "TR":
        return tckn(R), "tckn"
    if cc == "RU":
        return ru_passport(R), "ru_passport"
    if cc == "GR":
        return amka(R, y, m, d), "amka"
    if cc == "IL":
        return il_id(R), "il_id"
    if cc == "EG":
        return eg_id(R, y, m, d, sex), "eg_national_id"
    if cc == "IN":
        if R.random() < 0.7:
            s = aadhaar_random(R)
            return "%s %s %s" % (s[:4], s[4:8], s[8:]), "aadhaar"
        return (R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + "P" + p.rfamily[0].upper() + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase)), "pan"
    if cc == "TH":
        return thai_id(R), "th_id"
    if cc == "CN":
        return cn_id(R, y, m, d, sex), "cn_resident_id"
    if cc == "JP":
        return R.choice(["TK", "TR", "TZ", "MU"]) + "%07d" % R.randint(0, 9999999), "passport"
    if cc == "KR":
        return kr_rrn(R, y, m, d, sex), "kr_rrn"
    if cc == "VN":
        return vn_cccd(R, y, sex), "vn_cccd"
    raise KeyError(cc)


def passport_no(R, cc):
    if cc == "US":
        return str(R.randint(5, 6)) + "%08d" % R.randint(0, 99999999)
    if cc in ("GB",):
        return "%09d" % R.randint(100000000, 999999999)
    if cc in ("DE",):
        return R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "RU":
        return "%02d %07d" % (R.choice([72, 75, 76]), R.randint(0, 9999999))
    if cc in ("CN",):
        return "E" + "%08d" % R.randint(0, 99999999)
    if cc == "KR":
        return "M" + "%08d" % R.randint(0, 99999999)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(1000000, 9999999)
    return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + "%07d" % R.randint(0, 9999999)


def id_check(sub, v):
    """Re-verifies a gov id label (used by --check and the drop rules)."""
    c = v.replace(" ", "").replace("-", "").replace(".", "")
    if sub == "ssn":
        a, g, s = int(c[:3]), int(c[3:5]), int(c[5:])
        return len(c) == 9 and a not in (0, 666) and a < 900 and g != 0 and s != 0
    if sub == "nino":
        return len(c) == 9 and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and c[-1] in "ABCD"
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
    if sub == "cpf":
        return cpf_ok(c)
    if sub == "pesel":
        return pesel_ok(c)
    if sub == "personnummer":
        return luhn_ok(c[-10:].replace("+", ""))
    if sub == "tckn":
        return tckn_ok(c)
    if sub == "amka":
        return len(c) == 11 and luhn_ok(c)
    if sub == "il_id":
        return len(c) == 9 and luhn_ok(c)
    if sub == "th_id":
        return thai_ok(c)
    if sub == "cn_resident_id":
        return cn_ok(c)
    if sub == "kr_rrn":
        return kr_ok(c)
    if sub == "aadhaar":
        return len(c) == 12 and verhoeff_ok(c)
    if sub == "pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c))
    if sub == "eg_national_id":
        return len(c) == 14 and c[0] in "23"
    if sub == "vn_cccd":
        return len(c) == 12
    if sub in ("ru_passport", "passport"):
        return True
    raise KeyError(sub)


def GOV(R, cc, p, y, m, d, town=None):
    v, sub = gov_id(R, cc, p, y, m, d, town)
    return L("gov_id", v, sub=sub, country=cc)


# ====================================================================== requests
# kind -> language -> request lines (written for this part).
REQ = {
    "check": {
        "en": ["Can you check this before I send it to the payments team? Anything missing?", "Sanity-check this case file for me before I escalate it to T&S leads."],
        "de": ["Kannst du das prüfen, bevor ich es an das Payout-Team schicke? Fehlt etwas?", "Schau bitte drüber, ob die Angaben vollständig sind, bevor ich den Fall eskaliere."],
        "fr": ["Tu peux vérifier ce dossier avant que je l'envoie à l'équipe paiements ? Il manque quelque chose ?", "Relis ce cas avant que je l'escalade au pôle modération, stp."],
        "es": ["¿Puedes revisar esto antes de pasarlo al equipo de pagos? ¿Falta algo?", "Revísame este caso antes de escalarlo a Trust & Safety."],
        "it": ["Puoi controllare questa pratica prima che la giri al team pagamenti? Manca qualcosa?", "Dai un'occhiata al caso prima che lo scali al team moderazione."],
        "nl": ["Kun je dit nakijken voordat ik het naar het payout-team stuur? Ontbreekt er iets?", "Check dit dossier even voordat ik het escaleer naar T&S."],
        "pt": ["Pode revisar isso antes de eu mandar para o time de pagamentos? Falta alguma coisa?", "Confere esse caso pra mim antes de eu escalar pro time de moderação."],
        "pl": ["Sprawdzisz to, zanim wyślę do zespołu wypłat? Czegoś brakuje?", "Przejrzyj tę sprawę, zanim przekażę ją do działu moderacji."],
        "sv": ["Kan du kolla det här innan jag skickar det till utbetalningsteamet? Saknas något?", "Granska ärendet innan jag eskalerar det till moderatorerna."],
        "tr": ["Ödeme ekibine göndermeden önce bunu kontrol eder misin? Eksik bir şey var mı?", "Moderasyon ekibine iletmeden önce bu vakaya bir göz at."],
        "ru": ["Проверь, пожалуйста, перед отправкой в отдел выплат. Чего-то не хватает?", "Посмотри это обращение перед эскалацией в модерацию."],
        "el": ["Μπορείς να το ελέγξεις πριν το στείλω στην ομάδα πληρωμών; Λείπει κάτι;", "Ρίξε μια ματιά στην υπόθεση πριν την κλιμακώσω στους συντονιστές."],
        "he": ["תוכל לבדוק את זה לפני שאני שולח לצוות התשלומים? חסר משהו?", "תעבור על התיק הזה לפני שאני מעביר אותו לצוות האמון והבטיחות."],
        "ar": ["هل يمكنك مراجعة هذا قبل أن أرسله لفريق المدفوعات؟ هل ينقصه شيء؟", "راجع هذه الحالة قبل أن أصعّدها لفريق الإشراف."],
        "hi": ["पेमेंट टीम को भेजने से पहले इसे एक बार जाँच लो, कुछ छूटा तो नहीं?", "मॉडरेशन टीम को भेजने से पहले यह केस देख लो।"],
        "th": ["ช่วยตรวจดูก่อนส่งให้ทีมการเงินหน่อย ขาดอะไรไหม", "ช่วยดูเคสนี้ก่อนส่งต่อให้ทีมดูแลชุมชน"],
        "zh": ["帮我在发给结算团队之前检查一下，有没有缺什么？", "升级给审核组之前帮我过一遍这个工单。"],
        "ja": ["支払いチームに回す前に確認してもらえますか？抜けはありますか？", "運営チームにエスカレーションする前にこの案件をチェックしてください。"],
        "ko": ["정산팀에 보내기 전에 한번 확인해 줄래? 빠진 거 있어?", "운영팀에 올리기 전에 이 건 좀 검토해 줘."],
        "vi": ["Bạn kiểm tra giúp trước khi mình gửi cho bộ phận thanh toán nhé, có thiếu gì không?", "Xem giúp ca này trước khi mình chuyển lên đội kiểm duyệt."],
    },
    "summary": {
        "en": ["Summarise this in three bullets for the shift handover.", "Give me a short summary I can paste into the case notes."],
        "de": ["Fass das in drei Punkten für die Schichtübergabe zusammen.", "Mach mir eine kurze Zusammenfassung für die Fallnotizen."],
        "fr": ["Résume-moi ça en trois points pour la relève.", "Fais-moi un résumé court pour les notes du ticket."],
        "es": ["Resúmelo en tres puntos para el cambio de turno.", "Hazme un resumen corto para las notas del caso."],
        "it": ["Riassumilo in tre punti per il passaggio di turno.", "Fammi un riassunto breve per le note del ticket."],
        "nl": ["Vat dit samen in drie punten voor de overdracht.", "Maak een korte samenvatting voor de notities bij de zaak."],
        "pt": ["Resume isso em três tópicos para a passagem de turno.", "Faz um resumo curto pras notas do chamado."],
        "pl": ["Streść to w trzech punktach na przekazanie zmiany.", "Zrób krótkie podsumowanie do notatek w zgłoszeniu."],
        "sv": ["Sammanfatta det här i tre punkter till skiftöverlämningen.", "Ge mig en kort sammanfattning till ärendeanteckningarna."],
        "tr": ["Vardiya devri için bunu üç maddede özetle.", "Vaka notlarına yapıştırabileceğim kısa bir özet çıkar."],
        "ru": ["Сделай краткое резюме в три пункта для передачи смены.", "Кратко перескажи для заметок по тикету."],
        "el": ["Σύνοψέ το σε τρία σημεία για την αλλαγή βάρδιας.", "Κάνε μου μια σύντομη περίληψη για τις σημειώσεις της υπόθεσης."],
        "he": ["תסכם לי את זה בשלוש נקודות להעברת המשמרת.", "תן לי סיכום קצר להערות של הפנייה."],
        "ar": ["لخص هذا في ثلاث نقاط لتسليم الوردية.", "اكتب لي ملخصًا قصيرًا لملاحظات الحالة."],
        "hi": ["शिफ्ट हैंडओवर के लिए इसका तीन बिंदुओं में सार बना दो।", "केस नोट्स के लिए एक छोटा सारांश लिख दो।"],
        "th": ["ช่วยสรุปเป็นสามข้อสำหรับส่งต่อกะ", "ขอสรุปสั้น ๆ ไว้แปะในโน้ตของเคส"],
        "zh": ["帮我总结成三点，用于交接班。", "给我一个简短摘要，我贴到工单备注里。"],
        "ja": ["シフト引き継ぎ用に三点で要約してください。", "チケットのメモに貼れる短い要約をお願いします。"],
        "ko": ["교대 인수인계용으로 세 줄 요약해 줘.", "케이스 메모에 붙일 짧은 요약 부탁해."],
        "vi": ["Tóm tắt giúp mình thành ba ý để bàn giao ca.", "Viết giúp một đoạn tóm tắt ngắn để dán vào ghi chú ca."],
    },
    "reply": {
        "en": ["Help me draft a firm but polite reply to the player.", "Draft a reply that explains the decision without quoting our internal rules."],
        "de": ["Hilf mir, eine freundliche, aber klare Antwort an den Spieler zu formulieren.", "Entwirf eine Antwort, die die Entscheidung erklärt, ohne interne Regeln zu zitieren."],
        "fr": ["Aide-moi à rédiger une réponse ferme mais polie au joueur.", "Rédige une réponse qui explique la décision sans citer nos règles internes."],
        "es": ["Ayúdame a redactar una respuesta firme pero educada al jugador.", "Redacta una respuesta que explique la decisión sin citar normas internas."],
        "it": ["Aiutami a scrivere una risposta cortese ma ferma al giocatore.", "Scrivi una risposta che spieghi la decisione senza citare le regole interne."],
        "nl": ["Help me een vriendelijk maar duidelijk antwoord aan de speler te schrijven.", "Schrijf een antwoord dat het besluit uitlegt zonder interne regels te noemen."],
        "pt": ["Me ajuda a escrever uma resposta firme mas educada pro jogador.", "Redige uma resposta explicando a decisão sem citar regras internas."],
        "pl": ["Pomóż mi napisać stanowczą, ale uprzejmą odpowiedź do gracza.", "Napisz odpowiedź, która wyjaśnia decyzję bez cytowania wewnętrznych zasad."],
        "sv": ["Hjälp mig skriva ett vänligt men tydligt svar till spelaren.", "Skriv ett svar som förklarar beslutet utan att citera interna regler."],
        "tr": ["Oyuncuya kibar ama net bir yanıt yazmama yardım et.", "İç kurallarımızı alıntılamadan kararı açıklayan bir yanıt taslağı yaz."],
        "ru": ["Помоги составить вежливый, но твёрдый ответ игроку.", "Напиши ответ, который объясняет решение без ссылок на внутренние правила."],
        "el": ["Βοήθησέ με να γράψω μια ευγενική αλλά σταθερή απάντηση στον παίκτη.", "Γράψε μια απάντηση που εξηγεί την απόφαση χωρίς εσωτερικούς κανόνες."],
        "he": ["תעזור לי לנסח תשובה מנומסת אבל תקיפה לשחקן.", "תנסח תשובה שמסבירה את ההחלטה בלי לצטט נהלים פנימיים."],
        "ar": ["ساعدني في كتابة رد مهذب وحازم للاعب.", "اكتب ردًا يشرح القرار دون ذكر قواعدنا الداخلية."],
        "hi": ["खिलाड़ी को विनम्र लेकिन साफ़ जवाब लिखने में मदद करो।", "अंदरूनी नियम बताए बिना फ़ैसला समझाने वाला जवाब लिखो।"],
        "th": ["ช่วยร่างคำตอบถึงผู้เล่นแบบสุภาพแต่หนักแน่น", "ร่างคำตอบที่อธิบายการตัดสินโดยไม่อ้างกฎภายใน"],
        "zh": ["帮我给玩家写一封礼貌但坚定的回复。", "起草一个回复，解释处理结果，但不要引用内部规则。"],
        "ja": ["プレイヤーへの丁寧だけど毅然とした返信を作ってください。", "社内ルールを引用せずに判断を説明する返信案をお願いします。"],
        "ko": ["플레이어한테 정중하지만 단호한 답장 좀 써 줘.", "내부 규정 언급 없이 결정을 설명하는 답변 초안 부탁해."],
        "vi": ["Giúp mình soạn câu trả lời lịch sự nhưng dứt khoát cho người chơi.", "Soạn phản hồi giải thích quyết định mà không trích quy định nội bộ."],
    },
    "table": {
        "en": ["Turn this into a clean table, one row per player.", "Sort this by team and flag anyone under 18."],
        "de": ["Mach daraus eine saubere Tabelle, eine Zeile pro Spieler.", "Sortier das nach Team und markiere alle unter 18."],
        "fr": ["Mets ça dans un tableau propre, une ligne par joueur.", "Trie par équipe et signale les mineurs."],
        "es": ["Pásalo a una tabla limpia, una fila por jugador.", "Ordénalo por equipo y marca a los menores de 18."],
        "it": ["Trasformalo in una tabella pulita, una riga per giocatore.", "Ordina per squadra e segnala chi ha meno di 18 anni."],
        "nl": ["Zet dit in een nette tabel, één regel per speler.", "Sorteer op team en markeer iedereen onder de 18."],
        "pt": ["Transforma isso numa tabela, uma linha por jogador.", "Ordena por equipe e marca quem tem menos de 18."],
        "pl": ["Zrób z tego tabelę, jeden wiersz na gracza.", "Posortuj według drużyn i oznacz niepełnoletnich."],
        "sv": ["Gör om det till en tabell, en rad per spelare.", "Sortera efter lag och flagga alla under 18."],
        "tr": ["Bunu her oyuncu için bir satır olacak şekilde tabloya dök.", "Takıma göre sırala ve 18 yaş altını işaretle."],
        "ru": ["Сделай из этого таблицу, по строке на игрока.", "Отсортируй по командам и отметь несовершеннолетних."],
        "el": ["Κάν' το πίνακα, μία γραμμή ανά παίκτη.", "Ταξινόμησε ανά ομάδα και σημείωσε όσους είναι κάτω των 18."],
        "he": ["תסדר את זה בטבלה, שורה לכל שחקן.", "תמיין לפי קבוצה ותסמן מי מתחת לגיל 18."],
        "ar": ["حوّل هذا إلى جدول، صف لكل لاعب.", "رتّب حسب الفريق وضع علامة على من هم دون 18."],
        "hi": ["इसे एक साफ़ तालिका में बदलो, हर खिलाड़ी की एक पंक्ति।", "टीम के हिसाब से छाँटो और 18 से कम उम्र वालों को चिह्नित करो।"],
        "th": ["ช่วยจัดเป็นตาราง ผู้เล่นละหนึ่งแถว", "เรียงตามทีมและทำเครื่องหมายคนที่อายุต่ำกว่า 18"],
        "zh": ["整理成表格，每个选手一行。", "按战队排序，并标出未满18岁的选手。"],
        "ja": ["選手ごとに一行の表に整理してください。", "チーム順に並べて、18歳未満に印をつけてください。"],
        "ko": ["선수별로 한 줄씩 표로 정리해 줘.", "팀별로 정렬하고 18세 미만은 표시해 줘."],
        "vi": ["Chuyển thành bảng, mỗi người chơi một dòng.", "Sắp xếp theo đội và đánh dấu ai dưới 18 tuổi."],
    },
    "remove": {
        "en": ["I have to forward this to an outside vendor — what should I strip first?", "Before this goes to the partner studio, tell me what to redact."],
        "de": ["Ich muss das an einen externen Dienstleister weiterleiten. Was sollte ich vorher entfernen?", "Bevor das ans Partnerstudio geht: Was muss geschwärzt werden?"],
        "fr": ["Je dois transférer ça à un prestataire externe, je retire quoi d'abord ?", "Avant l'envoi au studio partenaire, dis-moi quoi caviarder."],
        "es": ["Tengo que reenviar esto a un proveedor externo, ¿qué debería quitar antes?", "Antes de mandarlo al estudio asociado, dime qué tachar."],
        "it": ["Devo inoltrarlo a un fornitore esterno: cosa dovrei togliere prima?", "Prima di mandarlo allo studio partner, dimmi cosa oscurare."],
        "nl": ["Ik moet dit doorsturen naar een externe partij. Wat moet ik eerst weghalen?", "Voordat dit naar de partnerstudio gaat: wat moet ik zwartlakken?"],
        "pt": ["Preciso encaminhar isso para um fornecedor externo, o que devo tirar antes?", "Antes de mandar pro estúdio parceiro, me diz o que ocultar."],
        "pl": ["Muszę to przesłać zewnętrznemu dostawcy. Co najpierw usunąć?", "Zanim to trafi do studia partnerskiego, powiedz, co zamazać."],
        "sv": ["Jag måste skicka det här till en extern leverantör, vad ska jag ta bort först?", "Innan det går till partnerstudion, vad behöver maskas?"],
        "tr": ["Bunu dış bir tedarikçiye iletmem gerekiyor, önce neleri silmeliyim?", "Partner stüdyoya gitmeden önce neleri karartmam gerektiğini söyle."],
        "ru": ["Мне нужно переслать это подрядчику. Что сначала убрать?", "Перед отправкой партнёрской студии скажи, что замазать."],
        "el": ["Πρέπει να το προωθήσω σε εξωτερικό συνεργάτη. Τι να αφαιρέσω πρώτα;", "Πριν πάει στο συνεργαζόμενο στούντιο, πες μου τι να κρύψω."],
        "he": ["אני צריך להעביר את זה לספק חיצוני, מה להוריד קודם?", "לפני שזה יוצא לסטודיו השותף, תגיד לי מה להשחיר."],
        "ar": ["يجب أن أرسل هذا إلى مورد خارجي، ما الذي يجب حذفه أولًا؟", "قبل إرساله إلى الاستوديو الشريك، أخبرني بما يجب إخفاؤه."],
        "hi": ["मुझे यह बाहरी वेंडर को भेजना है, पहले क्या हटाऊँ?", "पार्टनर स्टूडियो को भेजने से पहले बताओ क्या छिपाना है।"],
        "th": ["ต้องส่งต่อให้ผู้ให้บริการภายนอก ควรลบอะไรออกก่อน", "ก่อนส่งให้สตูดิโอพาร์ตเนอร์ ช่วยบอกว่าต้องปิดข้อมูลอะไรบ้าง"],
        "zh": ["我要把这个转给外部供应商，应该先删掉哪些内容？", "发给合作工作室之前，告诉我哪些要打码。"],
        "ja": ["外部ベンダーに転送する必要があります。先に何を消すべきですか？", "パートナースタジオに送る前に、伏せるべき箇所を教えてください。"],
        "ko": ["외부 업체에 전달해야 하는데 먼저 뭘 지워야 할까?", "파트너 스튜디오에 보내기 전에 가릴 부분 알려 줘."],
        "vi": ["Mình phải chuyển cái này cho đối tác bên ngoài, nên xoá gì trước?", "Trước khi gửi cho studio đối tác, cho mình biết cần che những gì."],
    },
    "debug": {
        "en": ["Why is this failing? Explain it like I'm on the community team.", "What's wrong with this config? The bot stopped posting last night."],
        "de": ["Warum schlägt das fehl? Erklär es mir, als wäre ich aus dem Community-Team.", "Was stimmt mit der Config nicht? Der Bot postet seit gestern nichts mehr."],
        "fr": ["Pourquoi ça plante ? Explique-moi simplement, je suis community manager.", "Qu'est-ce qui cloche dans cette config ? Le bot ne poste plus depuis hier."],
        "es": ["¿Por qué falla esto? Explícamelo sencillo, soy del equipo de comunidad.", "¿Qué le pasa a esta config? El bot dejó de publicar anoche."],
        "it": ["Perché non funziona? Spiegamelo semplice, sono del team community.", "Cosa c'è che non va in questa config? Il bot non pubblica da ieri sera."],
        "nl": ["Waarom faalt dit? Leg het simpel uit, ik zit in het communityteam.", "Wat klopt er niet aan deze config? De bot post sinds gisteravond niets."],
        "pt": ["Por que isso está falhando? Explica simples, sou da comunidade.", "O que tem de errado nessa config? O bot parou de postar ontem à noite."],
        "pl": ["Dlaczego to nie działa? Wyjaśnij prosto, jestem z community.", "Co jest nie tak z tą konfiguracją? Bot przestał publikować wczoraj."],
        "sv": ["Varför går det fel? Förklara enkelt, jag jobbar med communityn.", "Vad är fel i konfigen? Boten slutade posta i går kväll."],
        "tr": ["Bu neden hata veriyor? Topluluk ekibindenim, basitçe açıkla.", "Bu yapılandırmada sorun ne? Bot dün geceden beri paylaşım yapmıyor."],
        "ru": ["Почему это падает? Объясни попроще, я из комьюнити-команды.", "Что не так с конфигом? Бот перестал постить вчера вечером."],
        "el": ["Γιατί αποτυγχάνει; Εξήγησέ το απλά, είμαι στην ομάδα κοινότητας.", "Τι φταίει σε αυτό το config; Το bot σταμάτησε να ποστάρει χθες."],
        "he": ["למה זה נכשל? תסביר בפשטות, אני מצוות הקהילה.", "מה לא בסדר בקונפיג? הבוט הפסיק לפרסם אתמול בלילה."],
        "ar": ["لماذا يفشل هذا؟ اشرح لي ببساطة، أنا من فريق المجتمع.", "ما المشكلة في هذا الإعداد؟ توقف البوت عن النشر أمس."],
        "hi": ["यह फेल क्यों हो रहा है? आसान भाषा में समझाओ, मैं कम्युनिटी टीम से हूँ।", "इस कॉन्फ़िग में क्या गड़बड़ है? बॉट कल रात से पोस्ट नहीं कर रहा।"],
        "th": ["ทำไมถึงล้มเหลว ช่วยอธิบายง่าย ๆ หน่อย", "คอนฟิกนี้ผิดตรงไหน บอตหยุดโพสต์ตั้งแต่เมื่อคืน"],
        "zh": ["为什么会失败？用简单的话给我解释一下。", "这个配置哪里有问题？机器人从昨晚开始就不发消息了。"],
        "ja": ["なぜ失敗するのか、わかりやすく説明してください。", "この設定のどこが悪いですか？昨夜からボットが投稿しません。"],
        "ko": ["왜 실패하는지 쉽게 설명해 줘.", "이 설정 뭐가 문제야? 봇이 어젯밤부터 글을 안 올려."],
        "vi": ["Sao cái này lỗi vậy? Giải thích dễ hiểu giúp mình.", "Cấu hình này sai chỗ nào? Bot ngừng đăng bài từ tối qua."],
    },
}


def request(R, kind, lang, body):
    """Wraps a paste with a request line in the text's language."""
    q = R.choice(REQ[kind][lang])
    style = R.randint(0, 4)
    if style == 0:
        return [q + "\n\n", body]
    if style == 1:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if style == 2:
        return [body, "\n\n---\n", q]
    if style == 3:
        return [q + "\n```\n", body, "\n```"]
    return [body, "\n\n" + q]


# ====================================================================== organisations (fictional)
STUDIO = ("Lanternfish Interactive", "lanternfish.gg", "400 Quayside Loop, Suite 1200, Bellevue, WA 98004", "+1 425 300 7700")
STREAM = ("Glimmercast", "glimmercast.tv", "Kanaalweg 88, 3526 KL Utrecht, Netherlands", "+31 30 799 4100")
LEAGUE = ("Tideline Esports League", "tideline-league.gg", "Arena Hall B, 12 Claddagh Quay, Galway H91 E2K4", "+353 91 555 019")
AGENCY = ("Amberlight Creator Management", "amberlight-talent.com", "5th floor, 21 Marlow Yard, London SE1 4QT", "+44 20 3960 1180")
ANTICHEAT = ("Keelguard", "keelguard.io")
HOST = ("Basaltbox Servers", "basaltbox.net")
PAYOUT = ("Tallyhoo Pay", "tallyhoo.com")
ROLE_LOCALS = {"support", "payouts", "trust", "safety", "appeals", "legal", "lerequests", "esports", "admins",
               "creators", "billing", "noreply", "press", "partners", "abuse", "visa", "talent", "tournaments", "security"}
GAMES = ["Ashen Tides", "Rift Couriers", "Moonbrick Kart", "Dreadnought Derby", "Starfall Tactics", "Hollowpine Survival"]
TEAMS = ["Cobalt Vipers", "Salt Lynx", "Ember Wolves", "Quartz Herons", "Static Moths", "Nightjar Five", "Rustbelt Rooks",
         "Paper Tigers GG", "Lumen Foxes", "Granite Owls", "Velvet Hornets", "Glacier Crabs"]
GT_A = ["Night", "Frost", "Pyro", "Muddy", "Zephy", "Crypt", "Neon", "Salty", "Void", "Turbo", "Pixel", "Grim", "Sly", "Ozone", "Moss", "Rogue", "Blitz", "Quill"]
GT_B = ["Kettle", "lith", "Otter", "rix", "Wasp", "Spoon", "Fang", "Gecko", "Tusk", "Mantis", "Comet", "Badger", "Noodle", "Sprocket", "Yeti", "Plank"]
LEAGUE_VENUE = {"US": "Tideline Arena Austin", "GB": "Tideline Studio Salford", "DE": "Tideline Arena Köln-Mülheim", "FR": "Tideline Studio Paris-Est",
                "ES": "Tideline Arena Madrid", "IT": "Tideline Studio Milano", "NL": "Tideline Studio Utrecht", "BR": "Tideline Arena São Paulo",
                "PL": "Tideline Arena Katowice", "SE": "Tideline Studio Stockholm", "TR": "Tideline Arena İstanbul", "RU": "Tideline Studio Moscow",
                "GR": "Tideline Studio Athens", "IL": "Tideline Studio Tel Aviv", "EG": "Tideline Studio Cairo", "IN": "Tideline Arena Mumbai",
                "TH": "Tideline Arena Bangkok", "CN": "Tideline Arena Shanghai", "JP": "Tideline Studio Tokyo", "KR": "Tideline Arena Seoul", "VN": "Tideline Studio Hà Nội"}


def gamertag(R):
    s = R.choice(GT_A) + R.choice(GT_B)
    f = R.randint(0, 4)
    if f == 0:
        return "xX_%s_Xx" % s
    if f == 1:
        return "%s%d" % (s.lower(), R.randint(2, 99))
    if f == 2:
        return "%s_%s" % (R.choice(GT_A).lower(), R.choice(GT_B).lower())
    return s


def steam64(R):
    while True:
        s = "7656119" + digits(R, 10)
        if not luhn_ok(s):
            return s


def nonluhn(R, n):
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


def public_ipv4(R):
    while True:
        a = R.choice([5, 31, 37, 46, 62, 77, 78, 81, 85, 88, 91, 95, 109, 117, 125, 151, 176, 177, 185, 187, 188, 190, 201, 212, 213, 217, 223])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip_is_public(ip):
            return ip


def public_ipv6(R):
    return "%s:%x:%x:%x::%x" % (R.choice(["2a02", "2a01", "2600", "2401", "2804", "2c0f", "2a0b"]), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_is_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def IP(R, sub="login"):
    v6 = R.random() < 0.18
    return L("ip", public_ipv6(R) if v6 else public_ipv4(R), sub=("v6_" if v6 else "v4_") + sub)


def ticket(R):
    return N(R.choice(["#%d", "TS-%d", "CASE-%d", "SR-%d"]) % R.randint(100000, 9999999), "ticket_number")


def order_no(R):
    return N(R.choice(["LF-%s" % nonluhn(R, 10), "ORD-%d-%05d" % (R.randint(2024, 2026), R.randint(0, 99999)), "GC%s" % digits(R, 8)]), "order_number")


def txn_id(R):
    return N(R.choice(["txn_" + rnd(R, string.ascii_lowercase + string.digits, 16), "ch_" + rnd(R, ALNUM, 24), "TX%s" % digits(R, 11)]), "transaction_id")


def gift_code(R):
    a = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
    return N("-".join(rnd(R, a, 4) for _ in range(R.choice([3, 4]))), "gift_card_code")


def promo(R):
    return N(R.choice(["SPRINGTIDES25", "KART-DOUBLEXP", "DERBY10OFF", "STARFALL-LAUNCH", "CREATOR15", "HOLLOWPINE-S3"]), "promo_code")


def build_no(R):
    return N("%d.%d.%d (build %d)" % (R.randint(1, 4), R.randint(0, 30), R.randint(0, 12), R.randint(10000, 99999)), "build_number")


def server_name(R):
    return N(R.choice(["eu-west-fra-%02d", "na-chi-%02d", "ap-sgp-%02d", "sa-gru-%02d", "eu-north-arn-%02d", "ap-tyo-%02d"]) % R.randint(1, 40), "server_name")


def match_id(R):
    return N(R.choice(["M-%d", "match/%d", "%d"]) % R.randint(10 ** 8, 10 ** 10 - 1), "match_id")


def player_id(R):
    return N(R.choice(["PID-%08d" % R.randint(0, 10 ** 8 - 1), "%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(12), R.getrandbits(48))]), "player_id")


def test_card(R):
    return N(R.choice(["4242 4242 4242 4242", "4000 0000 0000 0002", "5555 5555 5555 4444", "4000 0027 6000 3184"]), "test_card")


def card_label(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "jcb", "discover", "unionpay", "mir"])
    c = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(split_groups(c, card_grouping(len(c)))) if sep else c, sub=iss.rstrip("2").replace("visa13", "visa"))


def iban_label(R, cc, holder=None):
    v = iban_random(R, cc)
    v = group(v) if R.random() < 0.7 else v
    meta = {"sub": cc}
    if holder:
        meta["holder"] = holder
    return L("iban", v, **meta)


def masked_card(R):
    return N("•••• %04d" % R.randint(0, 9999), "masked_card")


# secrets of the theme
def stream_key(R):
    if R.random() < 0.5:
        return "live_%d_%s" % (R.randint(10 ** 8, 10 ** 9 - 1), rnd(R, ALNUM, 30))
    a = string.ascii_lowercase + string.digits
    return "-".join(rnd(R, a, 4) for _ in range(5))


def oauth_token(R):
    return rnd(R, string.ascii_lowercase + string.digits, 30)


def discord_webhook(R):
    return "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 19 - 1), rnd(R, URLSAFE, 68))


def discord_bot_token(R):
    import base64
    uid = str(R.randint(10 ** 17, 10 ** 18 - 1)).encode()
    return base64.b64encode(uid).decode().rstrip("=") + "." + rnd(R, URLSAFE, 6) + "." + rnd(R, URLSAFE, 38)


def rcon_password(R):
    return R.choice(["Gravel", "Harbour", "Copper", "Lantern", "Thistle", "Basalt"]) + R.choice(["-", "_", "!", "#"]) + rnd(R, ALNUM, R.randint(6, 10))


def hex_n(R, n, up=False):
    return rnd(R, "0123456789ABCDEF" if up else "0123456789abcdef", n)


# ====================================================================== player messages (quoted in tickets)
MSG = {
    "recovery": {
        "en": "Someone changed my e-mail and password, I still have the receipt for the game.",
        "de": "Jemand hat meine E-Mail und mein Passwort geändert, die Kaufquittung habe ich noch.",
        "fr": "Quelqu'un a changé mon e-mail et mon mot de passe, j'ai encore le reçu d'achat.",
        "es": "Alguien cambió mi correo y mi contraseña, todavía tengo el recibo de compra.",
        "it": "Qualcuno ha cambiato la mia e-mail e la password, ho ancora la ricevuta d'acquisto.",
        "nl": "Iemand heeft mijn e-mail en wachtwoord veranderd, ik heb het aankoopbewijs nog.",
        "pt": "Alguém trocou meu e-mail e minha senha, ainda tenho o comprovante da compra.",
        "pl": "Ktoś zmienił mój e-mail i hasło, nadal mam potwierdzenie zakupu.",
        "sv": "Någon har bytt min e-post och mitt lösenord, jag har kvar kvittot.",
        "tr": "Biri e-postamı ve şifremi değiştirdi, satın alma makbuzu hâlâ bende.",
        "ru": "Кто-то сменил мою почту и пароль, чек о покупке у меня сохранился.",
        "el": "Κάποιος άλλαξε το email και τον κωδικό μου, έχω ακόμα την απόδειξη αγοράς.",
        "he": "מישהו שינה לי את המייל והסיסמה, הקבלה על הקנייה עדיין אצלי.",
        "ar": "قام شخص بتغيير بريدي وكلمة المرور، وما زال لدي إيصال الشراء.",
        "hi": "किसी ने मेरा ईमेल और पासवर्ड बदल दिया, खरीद की रसीद अभी भी मेरे पास है।",
        "th": "มีคนเปลี่ยนอีเมลและรหัสผ่านของผม ผมยังมีใบเสร็จการซื้ออยู่",
        "zh": "有人改了我的邮箱和密码，我还留着购买凭证。",
        "ja": "誰かにメールアドレスとパスワードを変更されました。購入時のレシートはあります。",
        "ko": "누가 제 이메일이랑 비밀번호를 바꿨어요. 구매 영수증은 아직 있어요.",
        "vi": "Có người đã đổi email và mật khẩu của tôi, tôi vẫn còn hoá đơn mua game.",
    },
    "appeal": {
        "en": "I never used any cheats, my little brother was on the PC that weekend.",
        "de": "Ich habe nie gecheatet, an dem Wochenende war mein kleiner Bruder am PC.",
        "fr": "Je n'ai jamais triché, c'est mon petit frère qui jouait ce week-end-là.",
        "es": "Nunca he usado trampas, ese fin de semana mi hermano pequeño usó el PC.",
        "it": "Non ho mai usato cheat, quel fine settimana al PC c'era mio fratello piccolo.",
        "nl": "Ik heb nooit valsgespeeld, dat weekend zat mijn broertje achter de pc.",
        "pt": "Nunca usei trapaça, naquele fim de semana meu irmão mais novo usou o PC.",
        "pl": "Nigdy nie oszukiwałem, w ten weekend przy komputerze siedział mój młodszy brat.",
        "sv": "Jag har aldrig fuskat, min lillebror satt vid datorn den helgen.",
        "tr": "Hiç hile kullanmadım, o hafta sonu bilgisayarda küçük kardeşim vardı.",
        "ru": "Я никогда не читерил, в те выходные за компьютером сидел младший брат.",
        "el": "Δεν έκανα ποτέ cheat, εκείνο το Σαββατοκύριακο έπαιζε ο μικρός μου αδερφός.",
        "he": "מעולם לא השתמשתי בצ'יטים, באותו סוף שבוע אחי הקטן ישב על המחשב.",
        "ar": "لم أستخدم أي غش، أخي الصغير كان يستخدم الحاسوب في ذلك الأسبوع.",
        "hi": "मैंने कभी चीट नहीं किया, उस वीकेंड मेरा छोटा भाई पीसी पर था।",
        "th": "ผมไม่เคยโกงเลย สุดสัปดาห์นั้นน้องชายผมใช้คอมอยู่",
        "zh": "我从来没开过挂，那个周末是我弟弟在用电脑。",
        "ja": "チートは一度も使っていません。その週末は弟がPCを使っていました。",
        "ko": "저는 핵을 쓴 적이 없어요. 그 주말엔 남동생이 PC를 썼어요.",
        "vi": "Tôi chưa bao giờ dùng hack, cuối tuần đó em trai tôi dùng máy.",
    },
    "refund": {
        "en": "I did not buy these gem packs, please refund them.",
        "de": "Diese Edelstein-Pakete habe ich nicht gekauft, bitte erstatten.",
        "fr": "Je n'ai pas acheté ces packs de gemmes, merci de me rembourser.",
        "es": "Yo no compré estos packs de gemas, por favor devolvedme el dinero.",
        "it": "Non ho acquistato questi pacchetti di gemme, chiedo il rimborso.",
        "nl": "Ik heb deze edelsteenpakketten niet gekocht, graag terugbetalen.",
        "pt": "Eu não comprei esses pacotes de gemas, quero o reembolso.",
        "pl": "Nie kupowałem tych pakietów klejnotów, proszę o zwrot.",
        "sv": "Jag har inte köpt de här ädelstenspaketen, snälla återbetala.",
        "tr": "Bu mücevher paketlerini ben almadım, lütfen iade edin.",
        "ru": "Я не покупал эти наборы кристаллов, верните деньги.",
        "el": "Δεν αγόρασα αυτά τα πακέτα, παρακαλώ επιστρέψτε τα χρήματα.",
        "he": "לא קניתי את חבילות היהלומים האלה, בבקשה להחזיר את הכסף.",
        "ar": "لم أشترِ حزم الجواهر هذه، أرجو استرداد المبلغ.",
        "hi": "मैंने ये जेम पैक नहीं खरीदे, कृपया पैसे वापस करें।",
        "th": "ผมไม่ได้ซื้อแพ็กเพชรพวกนี้ ขอเงินคืนด้วยครับ",
        "zh": "这些宝石礼包不是我买的，请退款。",
        "ja": "このジェムパックは購入していません。返金してください。",
        "ko": "이 보석 팩은 제가 산 게 아니에요. 환불해 주세요.",
        "vi": "Tôi không mua các gói ngọc này, xin hoàn tiền.",
    },
}


# ====================================================================== label helpers
def PER(p, **kw):
    return L("person", p.full, **kw)


def GIV(p):
    return L("person", p.given)


def EMP(R, p):
    return L("email", email_personal(R, p), sub="personal")


def EMW(p, domain):
    return L("email", email_work(p, domain), sub="work")


def DOBL(R, cc, y, m, d, style=None):
    return L("dob", fmt_dob(R, cc, y, m, d, style))


def ADR(R, cc, ml=False):
    return L("address", address(R, cc, ml), sub=cc)


def birth(R, y0=1988, y1=2006):
    return rand_date(R, y0, y1)


def some_date(R, year=2026):
    return N("%04d-%02d-%02d" % (year, R.randint(1, 11), R.randint(1, 28)), "date_not_dob")


ID_WORD = {"ssn": "SSN", "nino": "National Insurance no.", "steuer_id": "Steuer-ID", "nir": "n° de sécurité sociale",
           "dni": "DNI", "codice_fiscale": "Codice fiscale", "bsn": "BSN", "cpf": "CPF", "pesel": "PESEL",
           "personnummer": "Personnummer", "tckn": "T.C. Kimlik No", "ru_passport": "паспорт РФ", "amka": "ΑΜΚΑ",
           "il_id": "ת.ז.", "eg_national_id": "الرقم القومي", "aadhaar": "Aadhaar", "pan": "PAN", "th_id": "เลขประจำตัวประชาชน",
           "cn_resident_id": "身份证号", "passport": "Passport", "kr_rrn": "주민등록번호", "vn_cccd": "CCCD"}

TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, clean, f))
        return f
    return deco


# ====================================================================== labelled templates
@tpl("recovery", 45)
def t_recovery(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    ag = P.new(cc)
    if not p or not ag:
        return None
    y, m, d = birth(R)
    gv = GOV(R, cc, p, y, m, d, R.choice(TOWNS[cc]))
    body = ["Ticket ", ticket(R), " · Account recovery · ", R.choice(GAMES), "\n",
            "Player: ", N(gamertag(R), "gamertag"), " (", player_id(R), ")\n",
            "Name submitted: ", PER(p), "\n",
            "Date of birth: ", DOBL(R, cc, y, m, d), "\n",
            "ID document (", ID_WORD[gv.meta["sub"]], "): ", gv, "\n",
            "E-mail on file: ", EMP(R, p), "\n"]
    if R.random() < 0.6:
        body += ["Phone on account: ", PH(R, cc), "\n"]
    body += ["Last login before takeover: ", IP(R, "login"), " (", N(R.choice(["Steam Deck", "Windows 11", "PS5", "Android 14"]), "device"), ")\n",
             "Proof of purchase: order ", order_no(R), [", billing address ", ADR(R, cc)] if R.random() < 0.4 else [], "\n",
             "Player wrote: \"", MSG["recovery"][lang], "\"\n",
             "Assigned: ", GIV(ag), " (Tier 2)"]
    return "form", request(R, R.choice(["check", "reply", "summary"]), lang, body)


@tpl("appeal", 35)
def t_appeal(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    st = P.new(R.choice(["GB", "US", "NL", "DE"]))
    if not p or not st:
        return None
    ips = [IP(R, "login") for _ in range(R.randint(1, 3))]
    body = ["Appeal ", N("APL-%d" % R.randint(10000, 999999), "appeal_id"), " — ", R.choice(GAMES), " — reason: ",
            N(R.choice(["aimbot (KG-114)", "wallhack signature KG-207", "macro input", "match fixing", "toxic chat x3"]), "ban_reason"), "\n",
            "Account: ", N(gamertag(R), "gamertag"), " / Steam ", N(steam64(R), "steam_id"), "\n",
            "Flagged match: ", match_id(R), " on ", server_name(R), ", ", N("ping %d ms" % R.randint(9, 180), "ping"), "\n",
            "Appellant: ", PER(p), " <", EMP(R, p), ">\n",
            ["Phone (2FA): ", PH(R, cc), "\n"] if R.random() < 0.4 else [],
            "Statement: \"", MSG["appeal"][lang], "\"\n",
            "Login IPs (30 days): "]
    for i, ip in enumerate(ips):
        body += ([", "] if i else []) + [ip]
    body += ["\nReviewer: ", PER(st), " (", EMW(st, STUDIO[1]), ")"]
    return "report", request(R, R.choice(["reply", "summary", "check"]), lang, body)


@tpl("modreport", 45)
def t_modreport(R, cc, P):
    lang = LANG[cc]
    v = P.new(cc, "f" if R.random() < 0.6 else "m")
    md = P.new(cc)
    if not v or not md:
        return None
    g1, g2, g3 = gamertag(R), gamertag(R), gamertag(R)
    h = R.randint(18, 22)
    body = ["Report ", ticket(R), " · server \"", N(R.choice(TEAMS), "team_name"), " Community\" · #", R.choice(["general", "lfg", "clips", "voice-text"]), "\n",
            "Reporter: ", N(g3, "gamertag"), "\n\n",
            "[%02d:%02d] " % (h, R.randint(0, 50)), N(g1, "gamertag"), ": gg that last round was rigged\n",
            "[%02d:%02d] " % (h, R.randint(51, 59)), N(g2, "gamertag"), ": lol i know who ", N(g3, "gamertag"), " is irl, it's ", PER(v), "\n",
            "[%02d:%02d] " % (h + 1, R.randint(0, 9)), N(g2, "gamertag"), ": lives at ", ADR(R, cc), "\n"]
    if R.random() < 0.7:
        body += ["[%02d:%02d] " % (h + 1, R.randint(10, 19)), N(g2, "gamertag"), ": go ahead and call ", PH(R, cc), "\n"]
    if R.random() < 0.5:
        body += ["[%02d:%02d] " % (h + 1, R.randint(20, 29)), N(g2, "gamertag"), ": or mail ", EMP(R, v), "\n"]
    body += ["[%02d:%02d] " % (h + 1, R.randint(30, 40)), N(g3, "gamertag"), ": please delete this\n\n",
             "Action: message ids ", N(nonluhn(R, 18), "message_id"), " removed, ", N(g2, "gamertag"), " banned 30d.\n",
             "Moderator on shift: ", PER(md)]
    return "chat_export", request(R, R.choice(["summary", "reply", "remove"]), lang, body)


@tpl("chargeback", 45)
def t_chargeback(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    ag = P.new(R.choice(["US", "GB", "NL"]))
    if not p or not ag:
        return None
    body = ["Dispute ", N("DP-%d" % R.randint(100000, 9999999), "dispute_id"), " · reason code ", N(R.choice(["10.4", "4837", "13.1", "4853"]), "reason_code"), "\n",
            "Cardholder: ", PER(p), "\n",
            "Card: ", card_label(R) if R.random() < 0.7 else masked_card(R), "\n",
            "Billing address: ", ADR(R, cc), "\n",
            "E-mail: ", EMP(R, p), "\n",
            ["Phone: ", PH(R, cc), "\n"] if R.random() < 0.5 else [],
            "Purchase IP: ", IP(R, "purchase"), "\n",
            "Items: ", N("%dx %s" % (R.randint(1, 5), R.choice(["Gem Pack 1200", "Season Pass", "Kart Skin Bundle", "Founder Crate"])), "item"), ", order ", order_no(R), ", ", txn_id(R), "\n",
            "Player message: \"", MSG["refund"][lang], "\"\n",
            "Gift card redeemed on same account: ", gift_code(R), "\n",
            "Payments analyst: ", PER(ag), ", ", EMW(ag, STUDIO[1])]
    return "report", request(R, R.choice(["check", "reply", "summary"]), lang, body)


@tpl("payout", 45)
def t_payout(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    if not p:
        return None
    y, m, d = birth(R, 1980, 2005)
    town = R.choice(TOWNS[cc])
    gv = GOV(R, cc, p, y, m, d, town)
    form = "W-9" if cc == "US" else "W-8BEN"
    body = [STREAM[0], " — Creator payout onboarding (", form, ")\n",
            "Channel: ", N(gamertag(R), "channel_handle"), " · creator id ", N("cr_%s" % rnd(R, string.ascii_lowercase + string.digits, 12), "creator_id"), "\n",
            "1 Legal name: ", PER(p), "\n",
            "2 Country of citizenship: ", N(cc, "country_code"), "\n",
            "3 Permanent residence address:", ["\n", ADR(R, cc, True)] if R.random() < 0.4 and cc not in ("EG", "TH", "CN", "JP", "KR", "VN") else [" ", ADR(R, cc)], "\n",
            "6 Foreign TIN / ", ID_WORD[gv.meta["sub"]], ": ", gv, "\n",
            "8 Date of birth: ", DOBL(R, cc, y, m, d), "\n",
            "Payout e-mail: ", EMP(R, p), "\n"]
    if cc in IBAN_CC:
        body += ["Bank account (IBAN): ", iban_label(R, cc), "\n"]
    else:
        body += ["Payout method: ", N(R.choice(["PayPal", "Tallyhoo wallet", "local bank transfer"]), "payout_method"), "\n"]
    if R.random() < 0.5:
        body += ["Mobile for 2FA: ", PH(R, cc), "\n"]
    body += ["Threshold: ", N(R.choice(["$100", "€50", "$50"]), "amount"), " · treaty rate ", N(R.choice(["0%", "10%", "15%"]), "percentage")]
    return "form", request(R, R.choice(["check", "remove"]), lang, body)


@tpl("agever", 35)
def t_agever(R, cc, P):
    lang = LANG[cc]
    kid = P.new(cc)
    par = P.new(cc)
    if not kid or not par:
        return None
    y, m, d = rand_date(R, 2009, 2014)
    py, pm, pd = rand_date(R, 1972, 1990)
    gv = GOV(R, cc, par, py, pm, pd, R.choice(TOWNS[cc]))
    body = ["Age verification case ", N("AV-%d" % R.randint(10000, 999999), "case_number"), " (", R.choice(GAMES), ")\n",
            "Account: ", N(gamertag(R), "gamertag"), ", created ", some_date(R, R.randint(2021, 2025)), "\n",
            "Child: ", PER(kid), ", born ", DOBL(R, cc, y, m, d), "\n",
            "Parent/guardian: ", PER(par), ", born ", DOBL(R, cc, py, pm, pd), "\n",
            "Guardian ID (", ID_WORD[gv.meta["sub"]], "): ", gv, "\n",
            "Guardian contact: ", EMP(R, par), " / ", PH(R, R.choice([c for c in COUNTRIES if c != cc]) if R.random() < 0.2 else cc, region=cc), "\n",
            "Home address: ", ADR(R, cc), "\n",
            "Requested: ", N(R.choice(["voice chat off", "spend limit 20/month", "account deletion"]), "request_kind"), "\n",
            "Verified by: ", N("T&S queue 4", "queue_name")]
    return "form", request(R, R.choice(["check", "summary", "reply"]), lang, body)


@tpl("roster", 50)
def t_roster(R, cc, P):
    lang = LANG[cc]
    n = R.randint(3, 5)
    ps = [P.new(cc) for _ in range(n)]
    cap = P.new(cc)
    if any(x is None for x in ps) or cap is None:
        return None
    team = R.choice(TEAMS)
    withid = R.random() < 0.5
    withph = R.random() < 0.35
    body = ["# ", LEAGUE[0], " — ", N(R.choice(["Spring Split", "Winter Cup", "Open Qualifier 3"]), "event_name"), " — ", N(team, "team_name"), "\n",
            "role,ign,full_name,date_of_birth,%s%s,elo\n" % ("id_number," if withid else "", "mobile" if withph else "email")]
    for i, x in enumerate(ps):
        y, m, d = birth(R, 1996, 2010)
        body += [R.choice(["IGL", "entry", "support", "AWP", "sub", "flex"]), ",", N(gamertag(R), "gamertag"), ",", PER(x), ",",
                 DOBL(R, cc, y, m, d, "iso"), ","]
        if withid:
            body += [GOV(R, cc, x, y, m, d, R.choice(TOWNS[cc])), ","]
        body += [PH(R, cc) if withph else EMP(R, x), ",", N(str(R.randint(1200, 3400)), "score"), "\n"]
    mcc = R.choice([c for c in COUNTRIES if c != cc]) if R.random() < 0.2 else cc
    body += ["\nManager: ", PER(cap), ", ", PH(R, mcc, region=cc), " · venue ", N(LEAGUE_VENUE[cc], "venue")]
    return "csv", request(R, R.choice(["table", "check"]), lang, body)


@tpl("visa", 30)
def t_visa(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    org = P.new(R.choice(["GB", "US", "NL"]))
    if not p or not org:
        return None
    y, m, d = birth(R, 1995, 2006)
    body = [LEAGUE[0], "\n", N(LEAGUE[2], "org_address"), "\n\n",
            "To the visa section of the Embassy of Ireland\n\n",
            "Re: invitation for ", PER(p), ", date of birth ", DOBL(R, cc, y, m, d, "name" if LANG[cc] in MONTHS and R.random() < 0.5 else None),
            ", passport no. ", L("gov_id", passport_no(R, cc), sub="passport", country=cc), "\n\n",
            "We confirm that the above player of team ", N(R.choice(TEAMS), "team_name"), " is registered for the ",
            N(R.choice(["Tideline Masters Galway", "Tideline Autumn Finals"]), "event_name"), " from ", some_date(R), " to ", some_date(R),
            ". Travel and accommodation are covered by the league. The player's home address is ", ADR(R, cc), ".\n\n",
            "Contact: ", PER(org), ", Player Operations, ", EMW(org, LEAGUE[1]), ", switchboard ", N(LEAGUE[3], "org_phone")]
    return "letter", request(R, R.choice(["check", "remove"]), lang, body)


@tpl("contract", 30)
def t_contract(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    mgr = P.new("GB")
    if not p or not mgr:
        return None
    y, m, d = birth(R, 1985, 2004)
    gv = GOV(R, cc, p, y, m, d, R.choice(TOWNS[cc]))
    body = ["TALENT REPRESENTATION AGREEMENT ", N("AM-%d/%02d" % (R.randint(2025, 2026), R.randint(1, 99)), "contract_number"), "\n\n",
            "Between ", AGENCY[0], ", ", N(AGENCY[2], "org_address"), " (\"Agency\") and\n",
            PER(p), ", born ", DOBL(R, cc, y, m, d), ", ", ID_WORD[gv.meta["sub"]], " ", gv, ", residing at ", ADR(R, cc), " (\"Creator\").\n\n",
            "4.1 Commission: ", N(R.choice(["20%", "15%", "25%"]), "percentage"), " of sponsorship fees; minimum guarantee ", N(R.choice(["€4,000", "$6,500", "£3,200"]), "amount"), ".\n"]
    if cc in IBAN_CC:
        body += ["4.3 Payments to the Creator's account ", iban_label(R, cc), ".\n"]
    body += ["9 Notices: Creator at ", EMP(R, p), "; Agency attn. ", PER(mgr), " at ", EMW(mgr, AGENCY[1]), "."]
    return "letter", request(R, R.choice(["summary", "check", "remove"]), lang, body)


@tpl("botconfig", 45)
def t_botconfig(R, cc, P):
    lang = LANG[cc]
    own = P.new(cc)
    if not own:
        return None
    body = ["# overlay + chat bot for ", N(gamertag(R), "channel_handle"), " — deployed ", some_date(R), "\n",
            "BOT_OWNER_EMAIL=", EMP(R, own), "\n",
            "TWITCH_CLIENT_ID=", N(rnd(R, string.ascii_lowercase + string.digits, 30), "client_id"), "\n",
            "TWITCH_CLIENT_SECRET=", L("secret", oauth_token(R), sub="client_secret"), "\n",
            "TWITCH_IRC_PASS=oauth:", L("secret", oauth_token(R), sub="oauth_token"), "\n",
            "STREAM_KEY=", L("secret", stream_key(R), sub="stream_key"), "\n"]
    if R.random() < 0.6:
        body += ["DISCORD_WEBHOOK_URL=", L("secret", discord_webhook(R), sub="webhook"), "\n"]
    if R.random() < 0.5:
        body += ["DISCORD_BOT_TOKEN=", L("secret", discord_bot_token(R), sub="bot_token"), "\n"]
    if R.random() < 0.4:
        body += ["EVENTSUB_SECRET=", L("secret", rnd(R, ALNUM, 40), sub="webhook_secret"), "\n"]
    body += ["OVERLAY_HOST=", N(lan_ip(R), "private_ip"), ":", N(str(R.choice([3000, 8080, 4455])), "port"), "\n",
             "OBS_WEBSOCKET_PASSWORD=<set-in-obs>\n",
             "ALERT_SOUND=./sounds/", N(R.choice(["airhorn.mp3", "coin.wav", "chime.ogg"]), "filename"), "\n",
             "# owner: ", PER(own), " (mod lead)"]
    return "config", request(R, R.choice(["debug", "remove"]), lang, body)


@tpl("serverlog", 45)
def t_serverlog(R, cc, P):
    lang = LANG[cc]
    adm = P.new(cc)
    if not adm:
        return None
    body = ["# ", HOST[0], " ", server_name(R), " ", R.choice(GAMES), " dedicated server ", build_no(R), "\n"]
    hh = R.randint(0, 20)
    day = "2026-%02d-%02d" % (R.randint(1, 11), R.randint(1, 28))
    mins = sorted(R.sample(range(60), 6))
    for i in range(R.randint(3, 6)):
        body += ["%s %02d:%02d:%02d [net] client " % (day, hh, mins[i], R.randint(0, 59)),
                 N(gamertag(R), "gamertag"), " (", N(steam64(R), "steam_id"), ") connected from ", IP(R, "player"), ":", N(str(R.randint(1024, 65000)), "port"),
                 " ping=", N(str(R.randint(8, 190)), "ping"), "\n"]
    body += ["%s %02d:%02d:%02d [rcon] auth ok from " % (day, hh + 1, R.randint(0, 59), R.randint(0, 59)), N(lan_ip(R), "private_ip"), "\n",
             "server.cfg: rcon_password \"", L("secret", rcon_password(R), sub="password"), "\"\n",
             "server.cfg: sv_contact \"", EMP(R, adm), "\"\n",
             "# admin on call: ", PER(adm)]
    return "log", request(R, R.choice(["debug", "summary", "remove"]), lang, body)


@tpl("anticheat", 30)
def t_anticheat(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    an = P.new(R.choice(["SE", "PL", "DE", "NL"]))
    if not p or not an:
        return None
    y, m, d = birth(R, 1990, 2006)
    g = GOV(R, cc, p, y, m, d, R.choice(TOWNS[cc])) if R.random() < 0.5 else None
    body = [ANTICHEAT[0], " detection report ", N("KG-%s" % hex_n(R, 8, True), "detection_id"), "\n",
            "Game: ", R.choice(GAMES), " ", build_no(R), "\n",
            "Account: ", N(gamertag(R), "gamertag"), " · ", player_id(R), "\n",
            "KYC name (payout-verified): ", PER(p), "\n",
            "Account e-mail: ", EMP(R, p), "\n",
            ["KYC ", ID_WORD[g.meta["sub"]], ": ", g, "\n"] if g else [],
            ["KYC phone: ", PH(R, cc), "\n"] if R.random() < 0.5 else [],
            "HWID: ", N(hex_n(R, 40), "hardware_id"), "\n",
            "Sessions: ", IP(R, "session"), ", ", IP(R, "session"), " (VPN exit ", N(doc_ip(R), "documentation_ip"), " in sample set)\n",
            "Matches: ", match_id(R), ", ", match_id(R), " — headshot ratio ", N("%.1f%%" % R.uniform(55, 92), "score"), "\n",
            "Signature: ", N(R.choice(["KG-207 memory read", "KG-114 aim smoothing", "KG-311 overlay injection"]), "signature"), "\n",
            "Analyst: ", PER(an), " <", EMW(an, ANTICHEAT[1]), ">"]
    return "report", request(R, R.choice(["summary", "check"]), lang, body)


@tpl("lerequest", 25)
def t_lerequest(R, cc, P):
    lang = LANG[cc]
    s = P.new(cc)
    off = P.new(cc)
    lg = P.new("US")
    if not s or not off or not lg:
        return None
    y, m, d = birth(R, 1990, 2007)
    body = ["LE request log — ", STUDIO[0], " legal (", N("lerequests@" + STUDIO[1], "role_mailbox"), ")\n",
            "Ref: ", N("LER-%d-%04d" % (R.randint(2025, 2026), R.randint(1, 9999)), "case_number"), " · type: ", N(R.choice(["emergency disclosure", "preservation", "court order"]), "request_kind"), "\n",
            "Requesting officer: ", PER(off), ", ", PH(R, cc), "\n",
            "Subject account: ", N(gamertag(R), "gamertag"), "\n",
            "Subscriber name: ", PER(s), " · DOB ", DOBL(R, cc, y, m, d), "\n",
            "E-mail: ", EMP(R, s), "\n",
            ["Phone: ", PH(R, cc), "\n"] if R.random() < 0.6 else [],
            ["Address on file: ", ADR(R, cc), "\n"] if R.random() < 0.5 else [],
            ["ID on file: ", GOV(R, cc, s, y, m, d, R.choice(TOWNS[cc])), "\n"] if R.random() < 0.5 else [],
            "Login IPs disclosed: ", IP(R, "login"), "; ", IP(R, "login"), "\n",
            "Handled by: ", PER(lg), " (", EMW(lg, STUDIO[1]), ")"]
    return "log", request(R, R.choice(["summary", "check", "remove"]), lang, body)


@tpl("talent", 30)
def t_talent(R, cc, P):
    lang = LANG[cc]
    n = R.randint(2, 3)
    ps = [P.new(cc) for _ in range(n)]
    if any(x is None for x in ps):
        return None
    body = [AGENCY[0], " — PR kit shipping list (", N(R.choice(["Moonbrick Kart S2", "Starfall Tactics launch"]), "campaign"), ")\n"]
    for x in ps:
        body += ["• ", PER(x), " (", N("@" + gamertag(R), "channel_handle"), ", ", N("%dk followers" % R.randint(12, 900), "follower_count"), ")\n",
                 "  ship to: ", ADR(R, cc), "\n",
                 "  courier phone: ", PH(R, cc), " · ", EMP(R, x), "\n"]
    body += ["Budget code ", N("PR-%04d" % R.randint(1, 9999), "budget_code")]
    return "list", request(R, R.choice(["table", "check", "remove"]), lang, body)


@tpl("payoutbatch", 35)
def t_payoutbatch(R, cc, P):
    lang = LANG[cc]
    n = R.randint(3, 5)
    ccs = [cc] + [R.choice(sorted(IBAN_CC)) for _ in range(n - 1)]
    if cc not in IBAN_CC:
        ccs[0] = R.choice(sorted(IBAN_CC))
    ps = [P.new(c) for c in ccs]
    if any(x is None for x in ps):
        return None
    body = [PAYOUT[0], " batch ", N("PB-%d" % R.randint(100000, 999999), "batch_id"), " for ", STREAM[0], "\n",
            "payee,email,iban,amount,currency\n"]
    for x, c in zip(ps, ccs):
        body += [PER(x), ",", EMP(R, x), ",", iban_label(R, c), ",", N("%d.%02d" % (R.randint(100, 9000), R.randint(0, 99)), "amount"), ",", R.choice(["EUR", "GBP", "SEK", "PLN", "TRY", "BRL"]), "\n"]
    body += ["# 2 rows failed validation on ", some_date(R)]
    return "csv", request(R, R.choice(["check", "table", "debug"]), lang, body)


@tpl("supportchat", 30)
def t_supportchat(R, cc, P):
    lang = LANG[cc]
    p = P.new(cc)
    ag = P.new(cc)
    if not p or not ag:
        return None
    body = ["[chat ", ticket(R), "]\n",
            GIV(ag), ": Hi! Can you confirm the account e-mail?\n",
            GIV(p), ": ", EMP(R, p), "\n",
            GIV(ag), ": Thanks. And your full name as on the payment?\n",
            GIV(p), ": ", PER(p), ", card ending ", N("%04d" % R.randint(0, 9999), "last_four"), "\n",
            [GIV(p), ": or the full number if you need it: ", card_label(R), "\n", GIV(ag), ": No need, please never send full card numbers in chat!\n"] if R.random() < 0.35 else [],
            GIV(ag), ": I see order ", order_no(R), ". Best number to reach you?\n",
            GIV(p), ": ", PH(R, cc), "\n",
            GIV(ag), ": Refund of ", N(R.choice(["€19.99", "$9.99", "£4.99", "R$ 49,90"]), "amount"), " approved, promo ", promo(R), " added as a sorry."]
    return "chat_export", request(R, R.choice(["summary", "reply"]), lang, body)


# ====================================================================== clean templates
@tpl("patchnotes", 35, clean=True)
def c_patchnotes(R, cc, P):
    lang = LANG[cc]
    lines = [["Patch ", build_no(R), " for ", R.choice(GAMES), " rolls out ", some_date(R), "."],
             ["Maintenance: ", server_name(R), " and ", server_name(R), " offline 06:00-08:30 UTC."],
             ["Matchmaking: MMR floor raised to ", N(str(R.randint(900, 1500)), "score"), "; average ping in ", server_name(R), " now ", N("%d ms" % R.randint(12, 70), "ping"), "."],
             ["Internal: gateway moved to ", N(lan_ip(R), "private_ip"), ", health check on ", N(lan_ip(R), "private_ip"), ":", N(str(R.choice([8080, 9100, 27015])), "port"), "."],
             ["Known issue: crash on launch with driver ", N("%d.%d" % (R.randint(530, 566), R.randint(10, 99)), "version"), " (tracked as ", ticket(R), ")."],
             ["Anti-cheat module ", N("keelguard-%d.%d.%d" % (R.randint(3, 9), R.randint(0, 20), R.randint(0, 9)), "version"), " now mandatory."],
             ["Docs example: allow-list ", N(doc_ip(R), "documentation_ip"), " for the status probe."],
             ["Season ", N(str(R.randint(2, 14)), "season_number"), " ends ", some_date(R), "; rewards by ", some_date(R), "."]]
    R.shuffle(lines)
    body = []
    for ln in lines[:R.randint(4, 7)]:
        body += ["- "] + ln + ["\n"]
    return "notes", request(R, R.choice(["summary", "reply"]), lang, body[:-1])


@tpl("bracket", 35, clean=True)
def c_bracket(R, cc, P):
    lang = LANG[cc]
    teams = R.sample(TEAMS, 4)
    body = [LEAGUE[0], " — ", N(R.choice(["Spring Split", "Winter Cup", "Open Qualifier 3"]), "event_name"), " semi-finals @ ", N(LEAGUE_VENUE[cc], "venue"), "\n"]
    for a, b in ((teams[0], teams[1]), (teams[2], teams[3])):
        body += [N(a, "team_name"), " ", N("%d-%d" % (R.randint(0, 3), R.randint(0, 3)), "score"), " ", N(b, "team_name"),
                 " (", match_id(R), ", MVP ", N(gamertag(R), "gamertag"), ", ", N("K/D %.2f" % R.uniform(0.7, 3.2), "score"), ")\n"]
    body += ["Final: ", some_date(R), " 18:00 local, stream delay ", N("%d s" % R.choice([90, 120, 180]), "duration"), ", prize pool ", N(R.choice(["$25,000", "€40,000", "¥3,000,000"]), "amount"), "\n",
             "Broadcast build ", build_no(R), ", observer PC ", N(lan_ip(R), "private_ip")]
    return "notes", request(R, R.choice(["summary", "table"]), lang, body)


@tpl("sandbox", 30, clean=True)
def c_sandbox(R, cc, P):
    lang = LANG[cc]
    tc = R.sample(["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0002", "4000 0027 6000 3184"], 2)
    body = ["# Store checkout — sandbox notes (", STUDIO[0], ")\n",
            "Test cards: ", N(tc[0], "test_card"), " (success), ", N(tc[1], "test_card"), " (",
            "declined" if tc[1] == "4000 0000 0000 0002" else "3-D Secure" if tc[1].startswith("4000 0027") else "success, Mastercard", "), any future expiry, CVC ", N("%03d" % R.randint(100, 999), "cvc"), "\n",
            "STRIPE_SECRET_KEY=<STRIPE_SECRET_KEY>\n",
            "TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}\n",
            "STREAM_KEY=live_XXXXXXXXX_xxxxxxxxxxxxxxxxxxxx\n",
            "Webhook test sender: ", N(doc_ip(R), "documentation_ip"), " and ", N("2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xfff)), "documentation_ip"), "\n",
            "Test buyer: ", N("buyer%d@example.com" % R.randint(1, 99), "example_email"), ", gift code ", gift_code(R), "\n",
            "Webhook endpoint: https://hooks.", N("example.net", "example_domain"), "/store/", N(rnd(R, string.ascii_lowercase, 8), "path")]
    return "config", request(R, R.choice(["debug", "check"]), lang, body)


@tpl("contacts", 30, clean=True)
def c_contacts(R, cc, P):
    lang = LANG[cc]
    orgs = R.sample([STUDIO, STREAM, LEAGUE, AGENCY], 3)
    body = ["Escalation contacts (partners)\n"]
    for o in orgs:
        body += [o[0], ": ", N(o[2], "org_address"), " · switchboard ", N(o[3], "org_phone"), " · ",
                 N(R.choice(sorted(ROLE_LOCALS)) + "@" + o[1], "role_mailbox"), "\n"]
    body += ["Anti-cheat vendor: ", ANTICHEAT[0], ", ", N("security@" + ANTICHEAT[1], "role_mailbox"), "\n",
             "Payout processor: ", PAYOUT[0], ", ", N("payouts@" + PAYOUT[1], "role_mailbox"), ", SLA ", N("%d h" % R.choice([4, 8, 24]), "duration"), "\n",
             "On-call rotation: week ", N(str(R.randint(1, 52)), "week_number"), ", pager queue ", N("T&S queue %d" % R.randint(1, 9), "queue_name")]
    return "list", request(R, R.choice(["table", "remove"]), lang, body)


NAME_WORD_LINES = [
    "Will the hotfix land before the weekend tournament?", "Mark the appeals queue as cleared once the backlog is under 200.",
    "Grant the verified-creator badge only after the payout form is complete.", "Chase the refund batch that stalled at the processor.",
    "Bill the sponsor for the second overlay slot.", "Frank feedback from the casters: the observer UI is too busy.",
    "Hope the new matchmaking config holds up.", "Faith in the report button is low after last season.",
    "Summer event skins ship with the next build.", "Dawn patrol shift covers APAC reports.",
    "Rusty's Diner is the new map in Dreadnought Derby.", "The Lara Croft skin collab is still under NDA.",
    "Someone cosplayed Gordon Freeman at the finals.", "Arthur Morgan memes are spamming #clips again.",
    "Sid Meier's Civilization night moves to Thursday.", "Tony Hawk's Pro Skater speedruns are off-topic in #general.",
    "Geralt of Rivia fan art thread needs a pin.", "Master Chief cosplay contest entries close Friday.",
    "Victoria server is full, route new players to Sydney.", "Sterling numbers on retention this week.",
    "Carol singing emote is seasonal only.", "Dusty trails map gets a rework.", "Holly and ivy banners go live in December.",
]


@tpl("teamnotes", 35, clean=True)
def c_teamnotes(R, cc, P):
    lang = LANG[cc]
    ls = R.sample(NAME_WORD_LINES, R.randint(4, 6))
    body = ["Community team stand-up, ", some_date(R), "\n"]
    for l in ls:
        body += ["- ", N(l, "name_as_word"), "\n"]
    body += ["- Reports this week: ", N(str(R.randint(300, 9000)), "count"), ", bans ", N(str(R.randint(20, 400)), "count")]
    return "notes", request(R, R.choice(["summary", "reply"]), lang, body)


@tpl("promo", 35, clean=True)
def c_promo(R, cc, P):
    lang = LANG[cc]
    body = ["Campaign sheet — ", promo(R), " / ", promo(R), "\n",
            "code,type,value,order,redeemed\n"]
    for i in range(R.randint(3, 6)):
        body += [gift_code(R), ",gift,", N(R.choice(["1200 gems", "€10", "$25", "season pass"]), "amount"), ",", order_no(R), ",", some_date(R), "\n"]
    body += ["Total issued: ", N(str(R.randint(500, 20000)), "count"), " · ", txn_id(R)]
    return "csv", request(R, R.choice(["table", "summary", "check"]), lang, body)


# ====================================================================== drop rules
TEST_CARDS = {"4242424242424242", "4000000000000002", "5555555555554444", "4000002760003184"}
SEPCH = " -.\u00a0\u202f"
RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
RE_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
RE_V6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
RE_DIGRUN = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
RE_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,34}")
RE_WORD = re.compile(r"\w+", re.UNICODE)


def _substr_script(w):
    return any(0x2e80 <= ord(c) <= 0x9fff or 0xac00 <= ord(c) <= 0xd7af or 0x0e00 <= ord(c) <= 0x0e7f or 0x3040 <= ord(c) <= 0x30ff for c in w)


SUBSTR_WORDS = {w for w in ALL_NAME_WORDS if _substr_script(w)}
TOKEN_WORDS = {w.lower() for w in ALL_NAME_WORDS if not _substr_script(w)}
for _w in list(TOKEN_WORDS):
    TOKEN_WORDS |= {x for x in _w.split("-") if x}
TOKEN_WORDS -= PARTICLES


def luhn_windows(masked):
    for m in RE_DIGRUN.finditer(masked):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    return s
                if len(s) > 19:
                    break
    return None


def violations(rec, clean):
    t = rec["text"]
    out = []
    if not 120 <= len(t) <= 2500:
        out.append("length")
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("record: %s" % str(e)[:80])
    masked = list(t)
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        for k in range(sp["start"], sp["end"]):
            masked[k] = "§"
        if ty == "gov_id" and not id_check(sp["sub"], v):
            out.append("bad id " + v)
        if ty == "iban":
            c = v.replace(" ", "").replace("\u00a0", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                out.append("bad iban " + v)
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("bad card " + v)
        if ty == "email" and ("example" in v.split("@")[1] or not RE_EMAIL.fullmatch(v)):
            out.append("bad email " + v)
        if ty == "ip" and not ip_is_public(v):
            out.append("bad ip " + v)
    masked = "".join(masked)
    for m in RE_EMAIL.finditer(masked):
        loc, dom = m.group(0).split("@", 1)
        if loc.lower() not in ROLE_LOCALS and "example" not in dom:
            out.append("email outside " + m.group(0))
    for m in RE_V4.finditer(masked):
        if ip_is_public(m.group(0)):
            out.append("ipv4 outside " + m.group(0))
    for m in RE_V6.finditer(masked):
        if m.group(0).count(":") >= 2 and ip_is_public(m.group(0)):
            out.append("ipv6 outside " + m.group(0))
    s = luhn_windows(masked)
    if s:
        out.append("luhn outside " + s)
    for m in RE_IBAN.finditer(masked):
        c = re.sub(r"[ \u00a0]", "", m.group(0))
        n = IBAN_LEN.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            out.append("iban outside " + c[:n])
    for m in RE_WORD.finditer(masked):
        if m.group(0).lower() in TOKEN_WORDS:
            out.append("name word outside " + m.group(0))
    for w in SUBSTR_WORDS:
        if w in masked:
            out.append("name word outside " + w)
    return out


# ====================================================================== generation
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


COUNTRY_OF = {}


def generate(report=None):
    kept_all, dropped = [], Counter()
    texts = set()
    for ti, (name, count, clean, fn) in enumerate(TEMPLATES):
        cands = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            if name == "contract" and cc == "GB":
                cc = "IE" if False else "US"
            P = People(R)
            res = fn(R, cc, P)
            if res is None:
                dropped[(name, "people")] += 1
                continue
            form, parts = res
            rec = build("", form, LANG[cc], parts)
            rec["country"] = cc
            v = violations(rec, clean)
            if rec["text"] in texts:
                v.append("repeated text")
            if v:
                dropped[(name, v[0].split(" outside")[0].split(" ")[0] if "outside" not in v[0] else v[0].split(" outside")[0] + " outside")] += 1
                if report is not None:
                    report.append((name, v))
                continue
            texts.add(rec["text"])
            cands.append(rec)
        allph = [ph for r in cands for ph in phones_of(r)]
        bad = pv_check(allph) if allph else []
        if bad is None:
            raise SystemExit("pv missing")
        badset = {tuple(b.split("\t")[1:4]) for b in bad}
        good = []
        for r in cands:
            if any(ph in badset for ph in phones_of(r)):
                dropped[(name, "phone rejected")] += 1
                continue
            good.append(r)
        if len(good) < count:
            raise SystemExit("template %s: only %d of %d" % (name, len(good), count))
        for r in good[count:]:
            texts.discard(r["text"])
        kept_all += good[:count]
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept_all)
    out = []
    for i, r in enumerate(kept_all):
        rec = {"id": "%s%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        out.append(rec)
        COUNTRY_OF[rec["id"]] = r["country"]
    return out, dropped


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    print("types", dict(c.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    for ty in ("gov_id", "secret", "ip", "card", "iban", "email", "phone"):
        print(ty, dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    print("phone regions", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("plans", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}))
    print("countries (labelled)", dict(Counter(COUNTRY_OF[r["id"]] for r in recs if r["spans"]).most_common()))
    print("distinct person values", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    ln = sorted(len(r["text"]) for r in recs)
    print("length", ln[0], ln[len(ln) // 2], ln[-1])


def main():
    args = sys.argv[1:]
    recs, dropped = generate()
    if "--stats" in args:
        stats(recs)
        print("dropped", dict(dropped))
        return
    if "--check" in args:
        data = open(OUT, encoding="utf-8").read()
        assert data == serialise(recs), "file differs from a fresh rewrite"
        for r in recs:
            check_record(r)
            assert not violations(r, not r["spans"]), (r["id"], violations(r, not r["spans"]))
        allph = [ph for r in recs for ph in phones_of(r)]
        assert pv_check(allph) == [], "phone rejected"
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
        assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(800)]
        print("ok: %d records, %d labels" % (len(recs), sum(len(r["spans"]) for r in recs)))
        return
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
