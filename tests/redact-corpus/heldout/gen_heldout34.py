#!/usr/bin/python3
"""Held-out part 34 of the redaction corpus (heldout34.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 33
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 28's decision on the
deceased, parts 16 and 19's on ancestors' years and historical figures,
part 29's on baptised children, parish offices and officers; and one block
of part 32's decisions, on sole traders, business premises and sample
values, that no search pointed to), lines 1-100 of gen_heldout33.py
(header and imports) and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run by hand
on a few numbers, otherwise only through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file
other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
20:34:27 UTC, ended 21:07:27 UTC on 2026-12-04 (`date -u`). `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: LIFE EVENTS AND FAMILY HISTORY. What people paste into an AI
assistant around the big moments of a family, from 32 countries in 24
languages: birth announcements and birth-registration drafts, baptism,
naming-ceremony, bar/bat mitzvah and aqiqah invitations and registers,
wedding guest lists, seating plans and RSVP exports, marriage notices and
banns, vendor contracts for the couple, funeral arrangements, death
notices, obituaries and eulogies, condolence and thank-you lists,
memorial donation pages, genealogy notes (GEDCOM, parish and civil
register transcriptions, census extracts, DNA-match lists), family
reunion sign-ups, congregation rolls and prayer lists, anniversary
planning, livestream and wedding-website settings. Hard negatives of the
theme everywhere: register, entry, folio, film and plot numbers, dates
that are not birth dates (wedding, death, burial, baptism, service),
hymn and scripture references, years of ancestors, venue, parish and
funeral-home addresses and phones, role mailboxes, trade and VAT numbers,
amounts, famous people, sample values, name-as-word sentences.

25 labelled templates (600 records) and 8 clean-only templates (200).
Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
340612, shuffle seed 340613).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout34.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout34.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout34.py --stats   # counts
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
                       iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, nhs_random, nhs_ok, card_random,
                       card_grouping, split_groups, MONTHS, secret_random, TYPES)

SEED = 340612
SHUFFLE_SEED = 340613
OUT = os.path.join(HERE, "heldout34.jsonl")
PREFIX = "heldout-ah-"


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
# code -> (lang, phone region). Names: "native|roman" where the script is not
# Latin (roman only for e-mails); female family forms after "/".
LOCALES = {
    "US": "en", "GB": "en", "IE": "en", "AU": "en", "NG": "en", "ZA": "en",
    "IN": "hi", "DE": "de", "AT": "de", "FR": "fr", "ES": "es", "MX": "es",
    "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv",
    "TR": "tr", "RU": "ru", "UA": "uk", "GR": "el", "HU": "hu", "EG": "ar",
    "IL": "he", "JP": "ja", "KR": "ko", "TW": "zh", "VN": "vi", "PH": "tl",
    "ID": "id", "KE": "sw",
}

NAMES = {
    "US": ("Beckett Emmitt Sawyer Harlan Kipton Rhett Grady Lowell Anson Jericho",
           "Maisie Delphine Adalyn Marlowe Oaklee Teagan Rosemarie Brynlee Annalise Kenzie",
           "Huckabee Lindqvist Ostrander Prewitt Blalock Cavanaugh Tillman Merriweather McAlister Weatherby Stroud Kimbrough"),
    "GB": ("Alfie Rhodri Fergus Lachlan Benedict Lysander Ciaran Digby Ptolemy Rupert",
           "Isla Marnie Ottilie Bryony Harriet Clementine Araminta Hermione Jemima Lavinia",
           "Fotheringham Attwood Brackenbury Postlethwaite Pemberton Rowbotham Nettleship Ackroyd Sowerby Duckworth Gathercole Hollinrake"),
    "IE": ("Cathal Donncha Darragh Cillian Fionn Eoghan Colm Senan Diarmuid Pádraig",
           "Aoibheann Clodagh Gráinne Clíodhna Caoimhe Orlaith Síofra Éabha Sorcha Ailbhe",
           "Cullinane Hegarty Lenihan Moriarty Nugent Quinlivan Scanlon Tuohy Keohane Geraghty Ruttledge Dinneen"),
    "AU": ("Bodhi Lachie Kade Tyson Flynn Rory Heath Cooper Brodie Jye",
           "Ainslie Sienna Kiara Shae Tahlia Airlie Larissa Tegan Jacinta Mackenzie",
           "Pendergast McInerney Hollingworth Vella Dunstan Tremayne Pickering Woolcott Barraclough McGuinness Trimboli Ruddock"),
    "NG": ("Chidiebere Ayodele Obinna Oluwatobi Emeka Tunde Ikenna Babatunde Kelechi Segun",
           "Ngozi Adaeze Funmilayo Ebere Folasade Yetunde Ifeoma Omolara Nneka Titilayo",
           "Nwachukwu Adeleke Ogunleye Akinyemi Onuoha Babalola Iwuchukwu Ogbonna Fashola Olaniyan Ezeokafor Adebisi"),
    "ZA": ("Sipho Thabo Mandla Jaco Themba Lwazi Riaan Bongani Wikus Sbu",
           "Nomvula Lindiwe Thandeka Marike Zodwa Anneke Palesa Dineo Elmarie Busisiwe",
           "Dlamini Nkosi Mokoena Ndlovu Venter Khumalo Pretorius Mthembu Coetzee Maseko Steenkamp Radebe"),
    "IN": ("आरव|Aarav विहान|Vihaan रुद्र|Rudra अर्जुन|Arjun तनिश|Tanish प्रणव|Pranav अक्षत|Akshat यश|Yash",
           "अनन्या|Ananya सान्वी|Saanvi दिव्या|Divya काव्या|Kavya मीरा|Meera तृषा|Trisha रश्मि|Rashmi वैष्णवी|Vaishnavi",
           "शर्मा|Sharma वर्मा|Verma अग्रवाल|Agarwal चौहान|Chauhan मिश्रा|Mishra श्रीवास्तव|Srivastava जोशी|Joshi सक्सेना|Saxena रस्तोगी|Rastogi"),
    "DE": ("Jannik Malte Torben Henrik Lennart Jorin Hinnerk Bela Hauke Lasse",
           "Frieda Ronja Merle Svenja Hannelore Telse Ilka Tjorven Gesine Okka",
           "Brinkmann Kettler Hülsmann Overbeck Dreesen Lüdtke Wöhler Stratmann Kampmann Niehoff Spieker Tebbe"),
    "AT": ("Gottfried Valentin Leopold Quirin Engelbert Wendelin Vinzenz Severin",
           "Anneliese Theresia Rosina Johanna Burgi Vroni Adelheid Kreszenz",
           "Pichler Gruber Steinwender Hofbauer Leitgeb Wimmer Kogler Zauner Ebner Rainer Pfandl Haslinger"),
    "FR": ("Aurélien Gaspard Timothée Anatole Côme Maël Évariste Honoré Gatien Eudes",
           "Clémence Apolline Capucine Bertille Solène Héloïse Maëlys Bérénice Domitille Sixtine",
           "Lemaître Charpentier Fauvel Guillou Rousselot Marchadier Texier Peyrac Delaunay Boissonnet Quéméneur Vautrin"),
    "ES": ("Iker Aitor Telmo Gonzalo Álvaro Borja Pelayo Froilán Ander Xabier",
           "Yaiza Begoña Nerea Covadonga Irati Maite Rocío Leire Amaia Edurne",
           "Etxaniz Arrieta Quintanilla Villalobos Cifuentes Orellana Barrionuevo Escobedo Sepúlveda Urquijo Garrido Olabarría"),
    "MX": ("Emiliano Uriel Leonel Osvaldo Eleazar Jonatán Abdiel Isaías",
           "Guadalupe Itzayana Quetzalli Nayeli Araceli Maricruz Zyanya Anahí",
           "Cuevas Maldonado Zamudio Tecuapetla Olvera Tapia Huerta Valdivia Tlaseca Cuautle Benítez Zavaleta"),
    "IT": ("Gianmarco Tommaso Ettore Lapo Ruggero Saverio Corrado Elia Gaddo Brando",
           "Ginevra Ludovica Costanza Marzia Ilaria Noemi Ottavia Benedetta Azzurra Lavinia",
           "Bonfiglio Cavalcanti Sbarra Mazzoleni Pellegrini Zanardi Cappelletti Spadafora Santoro Tagliaferri Buonocore Righetti"),
    "NL": ("Bram Joost Sjoerd Maarten Wessel Thijs Gerrit Floris Jelmer Tijmen",
           "Femke Marieke Sanne Anouk Sietske Ilse Geertje Fenna Marloes Annelot",
           "van Dongen|de Vlieger|Verhoeven|van 't Veld|Bosman|Kuipers|Schouten|ter Welle|van Beusekom|Hagedoorn|Brouwers|Zwanenburg"),
    "PT": ("Duarte Tomás Simão Afonso Martim Rui Diogo Gaspar Lourenço Vicente",
           "Leonor Inês Matilde Mafalda Benedita Catarina Joana Teresinha Filipa Irene",
           "Carvalho Figueiredo Pinheiro Teixeira Valente Quaresma Medeiros Loureiro Antunes Rebelo Sequeira Cordeiro"),
    "BR": ("Thiago Caio Heitor Davi Murilo Vinícius Rafael Kauã Weverton Anderson",
           "Luana Thaís Yasmin Giovanna Lorena Letícia Bruna Jéssica Kelly Daiane",
           "Brandão Pimentel Siqueira Cavalcante Fagundes Bezerra Albuquerque Vasconcelos Coutinho Guimarães Queiroz Sobral"),
    "PL": ("Szymon Bartosz Wojciech Jędrzej Kacper Przemysław Mikołaj Dariusz Radosław Bogumił",
           "Zuzanna Agnieszka Małgorzata Weronika Halina Bożena Natalia Izabela Jadwiga Urszula",
           "Wiśniewski/Wiśniewska Zieliński/Zielińska Kamiński/Kamińska Szymański/Szymańska Dąbrowski/Dąbrowska Grabowski/Grabowska Pawlak Michalak Wróbel Sikora Kaczmarek Błaszczyk"),
    "SE": ("Axel Gunnar Viggo Melker Valter Ivar Harald Björn Ture Elis",
           "Ebba Tindra Agnes Majken Siv Ingrid Linnea Ylva Sigrid Alvina",
           "Lindgren Sjöberg Holmqvist Bergström Ekdahl Nyqvist Wikström Åkesson Hedlund Forsberg Lundqvist Sandahl"),
    "TR": ("Emir Kerem Alperen Berk Doruk Yiğit Taylan Oğuz Tuna Batuhan",
           "Elif Zeynep Ecrin Ayla Gülşen Büşra Melis Sude Hilal İrem",
           "Aksoy Korkmaz Çelik Öztürk Arslan Doğan Kılıç Şahin Yavuz Erdem Tekin Karaca"),
    "RU": ("Арсений|Arseniy Тимофей|Timofey Всеволод|Vsevolod Глеб|Gleb Ярослав|Yaroslav Матвей|Matvey Савелий|Saveliy Егор|Yegor",
           "Василиса|Vasilisa Ульяна|Ulyana Мирослава|Miroslava Таисия|Taisiya Полина|Polina Есения|Yeseniya Злата|Zlata Варвара|Varvara",
           "Воронцов/Воронцова|Vorontsov/Vorontsova Беляев/Беляева|Belyaev/Belyaeva Гончаров/Гончарова|Goncharov/Goncharova "
           "Лебедев/Лебедева|Lebedev/Lebedeva Крылов/Крылова|Krylov/Krylova Зайцев/Зайцева|Zaytsev/Zaytseva "
           "Тихонов/Тихонова|Tikhonov/Tikhonova Ермаков/Ермакова|Yermakov/Yermakova"),
    "UA": ("Богдан|Bohdan Остап|Ostap Тарас|Taras Мирон|Myron Назар|Nazar Данило|Danylo Ярема|Yarema Орест|Orest",
           "Оксана|Oksana Ярина|Yaryna Христина|Khrystyna Мар'яна|Mariana Зоряна|Zoriana Олеся|Olesia Богдана|Bohdana Уляна|Uliana",
           "Коваленко|Kovalenko Бондаренко|Bondarenko Ткачук|Tkachuk Мельник|Melnyk Кравчук|Kravchuk Савчук|Savchuk Гнатюк|Hnatiuk Дорошенко|Doroshenko"),
    "GR": ("Γιώργος|Giorgos Παναγιώτης|Panagiotis Σπύρος|Spyros Θανάσης|Thanasis Στέλιος|Stelios Μιχάλης|Michalis Λευτέρης|Lefteris Χαράλαμπος|Charalampos",
           "Ελένη|Eleni Κατερίνα|Katerina Δέσποινα|Despoina Ευαγγελία|Evangelia Χαρίκλεια|Charikleia Βασιλική|Vasiliki Σταυρούλα|Stavroula Αγλαΐα|Aglaia",
           "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni "
           "Οικονόμου|Oikonomou Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Ζαχαρίου|Zachariou Τσακίρης/Τσακίρη|Tsakiris/Tsakiri "
           "Λαμπράκης/Λαμπράκη|Lamprakis/Lampraki Φραγκιαδάκης/Φραγκιαδάκη|Fragkiadakis/Fragkiadaki"),
    "HU": ("Bence Levente Csaba Zsolt Gergő Botond Márton Ákos",
           "Réka Zsófia Boglárka Eszter Kinga Dorottya Piroska Enikő",
           "Kovács Horváth Szűcs Lakatos Fodor Bognár Pintér Takács Vörösmarty Juhász Pásztor Somogyi"),
    "EG": ("يوسف|Youssef عمر|Omar كريم|Karim مازن|Mazen حازم|Hazem طارق|Tarek شريف|Sherif زياد|Ziad",
           "فريدة|Farida منة|Menna نادين|Nadine سلمى|Salma ياسمين|Yasmine رحاب|Rehab دينا|Dina شيماء|Shaimaa",
           "الشناوي|ElShenawy عبدالفتاح|Abdelfattah الحسيني|ElHusseiny منصور|Mansour فهمي|Fahmy رضوان|Radwan عاشور|Ashour البنا|ElBanna"),
    "IL": ("איתי|Itai נועם|Noam עידו|Ido אורי|Uri יונתן|Yonatan אביתר|Evyatar עמרי|Omri נדב|Nadav",
           "נועה|Noa מיכל|Michal שני|Shani ליאת|Liat אפרת|Efrat רוני|Roni ענבל|Inbal אורטל|Ortal",
           "מזרחי|Mizrahi פרידמן|Friedman אברהמי|Avrahami ביטון|Biton גולדברג|Goldberg אוחיון|Ohayon שפירא|Shapira דהן|Dahan"),
    "JP": ("颯太|Sota 悠真|Yuma 陽翔|Haruto 湊|Minato 蒼|Aoi 律|Ritsu 朝陽|Asahi 新|Arata",
           "陽葵|Himari 結衣|Yui 凛|Rin 咲良|Sakura 芽依|Mei 紬|Tsumugi 澪|Mio 琴音|Kotone",
           "佐々木|Sasaki 高橋|Takahashi 渡辺|Watanabe 小林|Kobayashi 森田|Morita 石井|Ishii 長谷川|Hasegawa 北村|Kitamura"),
    "KR": ("민준|Minjun 서준|Seojun 도윤|Doyun 지호|Jiho 하준|Hajun 예준|Yejun 시우|Siwoo 은우|Eunwoo",
           "서연|Seoyeon 지우|Jiwoo 하은|Haeun 수아|Sua 지아|Jia 채원|Chaewon 다인|Dain 윤서|Yunseo",
           "박|Park 정|Jung 강|Kang 윤|Yoon 임|Lim 오|Oh 서|Seo 황|Hwang"),
    "TW": ("宇軒|Yuhsuan 冠廷|Kuanting 承恩|Chengen 柏翰|Pohan 品睿|Pinjui 彥廷|Yenting 子睿|Tzujui 俊宏|Chunhung",
           "怡君|Yichun 雅婷|Yating 詩涵|Shihhan 欣妤|Hsinyu 佳穎|Chiaying 宜蓁|Yichen 心怡|Hsinyi 郁芳|Yufang",
           "陳|Chen 林|Lin 黃|Huang 張|Chang 吳|Wu 蔡|Tsai 許|Hsu 鄭|Cheng"),
    "VN": ("Khôi_Nguyên|KhoiNguyen Gia_Huy|GiaHuy Đức_Thịnh|DucThinh Quang_Vinh|QuangVinh Tuấn_Kiệt|TuanKiet Hữu_Phước|HuuPhuoc",
           "Ngọc_Hân|NgocHan Thùy_Dương|ThuyDuong Khánh_Linh|KhanhLinh Diễm_Quỳnh|DiemQuynh Phương_Thảo|PhuongThao Tường_Vy|TuongVy",
           "Lâm|Lam Đoàn|Doan Phạm|Pham Huỳnh|Huynh Võ|Vo Đặng|Dang Bùi|Bui Lương|Luong"),
    "PH": ("Jomar Rodel Arnel Jhun Rommel Dindo Jerico Nonoy",
           "Maricel Rowena Jocelyn Lorna Analyn Mylene Rosalie Jonalyn",
           "Dimaano Macaraeg Sumalpong Villareal Bumanglag Tolentino Manalastas Catapang Mangubat Lacsamana"),
    "ID": ("Rizky Dimas Aditya Rendra Hendra Yoga Arief Bambang",
           "Anisa Ratna Dewi Kartika Nabila Yuliani Rahmawati Sulastri",
           "Saputra Wibowo Nugroho Hidayat Kusuma Pratama Siregar Lubis Simanjuntak Harahap"),
    "KE": ("Kamau Otieno Mutua Kiprono Odhiambo Njoroge Wekesa Kibet",
           "Wanjiku Achieng Nyambura Chebet Wambui Akinyi Wairimu Jerop",
           "Kariuki Omondi Wafula Cheruiyot Ndirangu Owino Kiplagat Maina Gitau Onyango"),
}

FAMILY_FIRST = {"HU", "JP", "KR", "TW", "VN"}
NO_SPACE = {"KR", "TW"}


def _entry(w):
    """'native|roman' or 'm/f|mr/fr' -> dict."""
    nat, _, rom = w.partition("|")
    nat = nat.replace("_", " ")
    if not rom:
        rom = nat
    nm, _, nf = nat.partition("/")
    rm, _, rf = rom.partition("/")
    return {"m": nm, "f": nf or nm, "rm": rm, "rf": rf or rm}


class Person:
    __slots__ = ("loc", "given", "family", "sex", "rg", "rfam", "fam2", "rfam2")

    def __init__(self, loc, given, family, sex, rg, rfam, fam2="", rfam2=""):
        self.loc, self.given, self.family, self.sex = loc, given, family, sex
        self.rg, self.rfam, self.fam2, self.rfam2 = rg, rfam, fam2, rfam2

    @property
    def fam(self):
        return (self.family + " " + self.fam2).strip()

    @property
    def full(self):
        f = self.fam
        if self.loc in NO_SPACE:
            return f + self.given
        if self.loc in FAMILY_FIRST:
            return f + " " + self.given
        return self.given + " " + f

    def words(self):
        out = []
        for w in (self.given + " " + self.fam).replace("-", " ").split():
            out.append(w)
        return out

    def ascii_user(self, R):
        g = asciify(self.rg).lower().replace(" ", "")
        f = asciify((self.rfam + self.rfam2).replace(" ", "")).lower().replace("'", "")
        return R.choice(["%s.%s" % (g, f), "%s%s" % (g, f), "%s_%s" % (g, f),
                         "%s.%s%d" % (g, f, R.randint(1, 99)), "%s%s" % (g[0], f),
                         "%s.%s" % (f, g)])


def asciify(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def _lists(loc):
    gm, gf, fam = NAMES[loc]
    sp = (lambda s: s.split("|")) if loc == "NL" else (lambda s: s.split())
    if loc == "NL":
        return [_entry(w) for w in gm.split()], [_entry(w) for w in gf.split()], [_entry(w) for w in fam.split("|")]
    return [_entry(w) for w in gm.split()], [_entry(w) for w in gf.split()], [_entry(w) for w in sp(fam)]


NAME_LISTS = {loc: _lists(loc) for loc in NAMES}


def famrec_of(p):
    for e in NAME_LISTS[p.loc][2]:
        if p.family in (e["m"], e["f"]):
            return e
    raise KeyError(p.family)


class Draw:
    """Draws people for one record so that no given name repeats and family
    names repeat only within a family."""

    def __init__(self, R, loc):
        self.R, self.loc = R, loc
        self.used_g, self.used_f = set(), set()

    def given(self, sex, loc=None):
        loc = loc or self.loc
        gm, gf, _ = NAME_LISTS[loc]
        pool = [e for e in (gm if sex == "m" else gf) if e["m"] not in self.used_g] or (gm if sex == "m" else gf)
        e = self.R.choice(pool)
        self.used_g.add(e["m"])
        return e["m"], e["rm"]

    def famrec(self, loc=None):
        loc = loc or self.loc
        _, _, fam = NAME_LISTS[loc]
        pool = [e for e in fam if e["m"] not in self.used_f] or fam
        e = self.R.choice(pool)
        self.used_f.add(e["m"])
        return e

    def person(self, sex=None, loc=None, famrec=None, fam2rec=None):
        loc = loc or self.loc
        sex = sex or self.R.choice("mf")
        g, rg = self.given(sex, loc)
        fr = famrec or self.famrec(loc)
        fam, rfam = (fr["m"], fr["rm"]) if sex == "m" else (fr["f"], fr["rf"])
        fam2 = rfam2 = ""
        if loc in ("ES", "MX", "PT", "BR") and fam2rec is not False:
            f2 = fam2rec or self.famrec(loc)
            fam2, rfam2 = f2["m"], f2["rm"]
            if loc in ("PT", "BR"):     # mother's name first, father's last
                fam, fam2, rfam, rfam2 = fam2, fam, rfam2, rfam
        return Person(loc, g, fam, sex, rg, rfam, fam2, rfam2)

    def family(self, nkids=1, loc=None):
        """Father, mother, children with the locale's surname rules."""
        loc = loc or self.loc
        R = self.R
        if loc in ("ES", "MX"):
            fa = self.person("m", loc)
            mo = self.person("f", loc)
            kids = []
            for _ in range(nkids):
                sex = R.choice("mf")
                g, rg = self.given(sex, loc)
                kids.append(Person(loc, g, fa.family, sex, rg, fa.rfam, mo.family, mo.rfam))
            return fa, mo, kids
        if loc in ("PT", "BR"):
            fa = self.person("m", loc)
            mo = self.person("f", loc)
            kids = []
            for _ in range(nkids):
                sex = R.choice("mf")
                g, rg = self.given(sex, loc)
                # mother's last surname then father's last surname
                kids.append(Person(loc, g, mo.fam2, sex, rg, mo.rfam2, fa.fam2, fa.rfam2))
            return fa, mo, kids
        fr = self.famrec(loc)
        fa = self.person("m", loc, famrec=fr)
        if loc in ("EG", "KR", "TW", "VN", "HU", "NG", "KE", "IN", "IL", "TR") or R.random() < 0.25:
            mo = self.person("f", loc)        # keeps her own name
        else:
            mo = self.person("f", loc, famrec=fr)
        kids = [self.person(R.choice("mf"), loc, famrec=fr) for _ in range(nkids)]
        return fa, mo, kids

# ====================================================================== addresses
# Streets and towns written for this part (towns real, streets invented or
# common street names), with postcodes in each country's format.
STREETS = {
    "US": ["Tanglewood", "Persimmon Hollow", "Quarry Ridge", "Chickadee", "Cobblestone", "Bramblewood", "Foxhollow", "Sassafras"],
    "GB": ["Nightingale Close", "Wheelwright Lane", "Kestrel Rise", "Tannery Row", "Coppice Way", "Mulberry Walk", "Ferrier Street", "Saddlers Court"],
    "IE": ["Ashgrove Lawns", "Castlepark Road", "Willowbrook Drive", "Millrace Avenue", "Hazelwood Crescent", "Abbeyfield Close"],
    "AU": ["Banksia", "Wattlebird", "Ironbark", "Grevillea", "Currawong", "Tallowwood"],
    "NG": ["Adeola Odutola Street", "Olumide Close", "Ekpo Bassey Crescent", "Chief Ogundipe Avenue", "Ifeanyi Okoye Street", "Alhaji Lawal Close"],
    "ZA": ["Jakaranda Street", "Protea Crescent", "Umdoni Road", "Kiepersol Avenue", "Msinsi Close", "Bloekom Street"],
    "IN": ["विवेकानंद मार्ग", "गुलमोहर कॉलोनी", "शांति नगर", "सरोजिनी पथ", "इंदिरा विहार", "नेहरू एन्क्लेव"],
    "DE": ["Lindenkamp", "Am Mühlenteich", "Birkenallee", "Heidkoppel", "Drosselweg", "Kiebitzstraße", "Hasenheide", "Apfelhof"],
    "AT": ["Marillengasse", "Weinberggasse", "Kirchsteig", "Erlenweg", "Sonnleitenweg", "Holunderweg"],
    "FR": ["rue des Capucines", "impasse du Pressoir", "allée des Tilleuls", "rue du Lavoir", "chemin des Vignes", "rue de la Fontaine-Saint-Rémi"],
    "ES": ["Calle del Almendro", "Calle Río Tormes", "Avenida de los Olivos", "Calle Mayor de Abajo", "Calle Sierra de Gredos", "Paseo de la Alameda"],
    "MX": ["Calle Jacarandas", "Calle Tulipán", "Av. de los Fresnos", "Calle Azucenas", "Calle Mezquite", "Calle Palo Verde"],
    "IT": ["Via dei Gelsi", "Via del Borgo Antico", "Via delle Ginestre", "Viale dei Tigli", "Via del Mulino", "Via dei Castagni"],
    "NL": ["Klaprooslaan", "Wilgenhof", "Meidoornstraat", "Korenbloemweg", "Zwaluwstraat", "Elzenlaan"],
    "PT": ["Rua das Camélias", "Rua do Pinhal", "Travessa da Oliveira", "Rua dos Açores", "Rua do Moinho de Vento", "Rua das Glicínias"],
    "BR": ["Rua das Palmeiras", "Rua Ipê Amarelo", "Rua dos Jequitibás", "Rua Sabiá", "Avenida dos Pioneiros", "Rua Graúna"],
    "PL": ["Jarzębinowa", "Kasztanowa", "Sosnowa", "Wrzosowa", "Jaśminowa", "Leszczynowa"],
    "SE": ["Lingonvägen", "Björkhagsgatan", "Tallstigen", "Granbacken", "Klövervägen", "Smedjegatan"],
    "TR": [("Bahçelievler", "Menekşe"), ("Yeşiltepe", "Çınar"), ("Kavaklıdere", "Lale"), ("Karşıyaka", "Gül"), ("Fenerbahçe", "Ihlamur"), ("Kültür", "Sardunya")],
    "RU": ["Рябиновая", "Садовая", "Черёмуховая", "Луговая", "Сиреневая", "Кленовая"],
    "UA": ["Калинова", "Яблунева", "Вишнева", "Соборна", "Липова", "Квіткова"],
    "GR": ["Ηρώων Πολυτεχνείου", "Αγίας Σοφίας", "Κηφισίας", "Μαβίλη", "Ερμού", "Τσιμισκή"],
    "HU": ["Rózsa utca", "Petőfi köz", "Hársfa utca", "Jókai tér", "Szent István körút", "Dózsa György út"],
    "EG": ["الجمهورية", "النزهة", "عباس العقاد", "الهرم", "مصطفى النحاس", "شبرا"],
    "IL": ["הרימונים", "הזית", "האלה", "השקמה", "הגפן", "התאנה"],
    "JP": ["桜ヶ丘", "緑町", "本町", "若葉台", "旭町", "柳町"],
    "KR": ["벚꽃로", "은행나무길", "매화로", "느티나무로", "솔숲로", "동백길"],
    "TW": ["民生路", "中山路", "忠孝東路", "文化路", "建國北路", "復興路"],
    "VN": ["Hoa Sữa", "Nguyễn Trãi", "Kim Mã", "Lê Văn Sỹ", "Phan Đình Phùng", "Hoàng Hoa Thám"],
    "PH": ["Sampaguita", "Narra", "Kamagong", "Ilang-Ilang", "Dama de Noche", "Katipunan Extension"],
    "ID": ["Melati", "Kenanga", "Flamboyan", "Cempaka Putih", "Anggrek", "Dahlia Raya"],
    "KE": ["Ngong", "Kirichwa", "Mbaazi", "Muthithi", "Lenana", "Argwings Kodhek"],
}

TOWNS = {
    "US": [("Asheville", "NC", "28803"), ("Duluth", "MN", "55811"), ("Missoula", "MT", "59801"), ("Savannah", "GA", "31405"),
           ("Spokane", "WA", "99203"), ("Harrisburg", "PA", "17102"), ("Tulsa", "OK", "74105"), ("Burlington", "VT", "05401")],
    "GB": [("Harrogate", "HG2 8QT"), ("Keswick", "CA12 5DQ"), ("Stroud", "GL5 3JH"), ("Ludlow", "SY8 1RF"), ("Malton", "YO17 7LX"), ("Bodmin", "PL31 2DN")],
    "IE": [("Clonmel", "Tipperary", "E91 X2K7"), ("Mullingar", "Westmeath", "N91 P8D3"), ("Tralee", "Kerry", "V92 H6C4"), ("Ennis", "Clare", "V95 R2T9"), ("Letterkenny", "Donegal", "F92 K5W1")],
    "AU": [("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Bendigo", "VIC", "3550"), ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"), ("Mount Gambier", "SA", "5290")],
    "NG": [("Surulere", "Lagos", "Lagos"), ("Wuse II", "Abuja", "FCT"), ("GRA", "Enugu", "Enugu"), ("Bodija", "Ibadan", "Oyo"), ("Rumuokoro", "Port Harcourt", "Rivers")],
    "ZA": [("Lynnwood", "Pretoria", "0081"), ("Morningside", "Durban", "4001"), ("Rondebosch", "Cape Town", "7700"), ("Westdene", "Bloemfontein", "9301"), ("Scottsville", "Pietermaritzburg", "3201")],
    "IN": [("लखनऊ", "उत्तर प्रदेश", "226022"), ("जयपुर", "राजस्थान", "302017"), ("भोपाल", "मध्य प्रदेश", "462016"), ("पटना", "बिहार", "800001"), ("देहरादून", "उत्तराखंड", "248001")],
    "DE": [("Uelzen", "29525"), ("Detmold", "32756"), ("Husum", "25813"), ("Bamberg", "96052"), ("Tübingen", "72076"), ("Cottbus", "03046"), ("Wismar", "23966")],
    "AT": [("Steyr", "4400"), ("Krems an der Donau", "3500"), ("Dornbirn", "6850"), ("Villach", "9500"), ("Leoben", "8700")],
    "FR": [("Quimper", "29000"), ("Angoulême", "16000"), ("Sélestat", "67600"), ("Périgueux", "24000"), ("Chambéry", "73000"), ("Saintes", "17100")],
    "ES": [("Zamora", "49012"), ("Logroño", "26005"), ("Cáceres", "10004"), ("Teruel", "44002"), ("Getxo", "48992"), ("Jaén", "23008")],
    "MX": [("Tlaxcala", "Tlax.", "90010", "La Loma Xicohténcatl"), ("Querétaro", "Qro.", "76090", "Jardines de la Hacienda"), ("Morelia", "Mich.", "58260", "Chapultepec Sur"),
           ("Campeche", "Camp.", "24040", "San Román"), ("Oaxaca de Juárez", "Oax.", "68050", "Reforma")],
    "IT": [("Bergamo", "BG", "24128"), ("Lecce", "LE", "73100"), ("Perugia", "PG", "06121"), ("Treviso", "TV", "31100"), ("Sassari", "SS", "07100"), ("Modena", "MO", "41124")],
    "NL": [("Zwolle", "8014 KD"), ("Deventer", "7412 RX"), ("Sneek", "8601 AB"), ("Amersfoort", "3817 GW"), ("Tilburg", "5037 NH"), ("Alkmaar", "1816 MJ")],
    "PT": [("Viseu", "3500-178"), ("Aveiro", "3810-102"), ("Leiria", "2410-084"), ("Évora", "7000-651"), ("Braga", "4710-228")],
    "BR": [("Campinas", "SP", "13083-290", "Barão Geraldo"), ("Londrina", "PR", "86050-460", "Gleba Palhano"), ("Natal", "RN", "59064-500", "Lagoa Nova"),
           ("Juiz de Fora", "MG", "36036-230", "São Mateus"), ("Florianópolis", "SC", "88015-420", "Centro")],
    "PL": [("Toruń", "87-100"), ("Rzeszów", "35-064"), ("Olsztyn", "10-437"), ("Bielsko-Biała", "43-300"), ("Zielona Góra", "65-417")],
    "SE": [("Köping", "731 32"), ("Skellefteå", "931 31"), ("Jönköping", "553 18"), ("Karlstad", "652 24"), ("Gävle", "802 67")],
    "TR": [("Çankaya", "Ankara"), ("Bornova", "İzmir"), ("Atakum", "Samsun"), ("Merkezefendi", "Denizli"), ("Muratpaşa", "Antalya")],
    "RU": [("Ярославль", "150040"), ("Тверь", "170100"), ("Самара", "443010"), ("Пермь", "614000"), ("Томск", "634050")],
    "UA": [("Львів", "79008"), ("Вінниця", "21050"), ("Полтава", "36011"), ("Чернівці", "58002"), ("Житомир", "10014")],
    "GR": [("Θεσσαλονίκη", "546 22"), ("Πάτρα", "262 21"), ("Ηράκλειο", "712 02"), ("Λάρισα", "412 22"), ("Ιωάννινα", "453 32")],
    "HU": [("Debrecen", "4025"), ("Szeged", "6720"), ("Pécs", "7621"), ("Győr", "9021"), ("Eger", "3300")],
    "EG": [("مدينة نصر", "القاهرة"), ("سموحة", "الإسكندرية"), ("الدقي", "الجيزة"), ("المعادي", "القاهرة"), ("مصر الجديدة", "القاهرة")],
    "IL": [("חיפה", "3299001"), ("רחובות", "7640112"), ("באר שבע", "8489312"), ("כפר סבא", "4428163"), ("מודיעין", "7170513")],
    "JP": [("神奈川県", "横浜市青葉区", "225-0011"), ("愛知県", "名古屋市千種区", "464-0821"), ("福岡県", "福岡市中央区", "810-0014"), ("宮城県", "仙台市青葉区", "980-0811"), ("京都府", "京都市左京区", "606-8225")],
    "KR": [("서울특별시", "마포구", "04050"), ("부산광역시", "해운대구", "48094"), ("대전광역시", "유성구", "34126"), ("경기도 성남시", "분당구", "13561"), ("광주광역시", "서구", "61947")],
    "TW": [("臺北市", "大安區"), ("臺中市", "西屯區"), ("高雄市", "苓雅區"), ("新竹市", "東區"), ("臺南市", "東區")],
    "VN": [("Hải Phòng", "Lê Chân", "An Biên"), ("TP. Hồ Chí Minh", "3", "Võ Thị Sáu"), ("Đà Nẵng", "Hải Châu", "Thạch Thang"), ("Huế", "Phú Nhuận", "Vĩnh Ninh")],
    "PH": [("Quezon City", "Brgy. Teachers Village East"), ("Cebu City", "Brgy. Lahug"), ("Davao City", "Brgy. Buhangin"), ("Iloilo City", "Brgy. Jaro"), ("Baguio City", "Brgy. Aurora Hill")],
    "ID": [("Bogor", "Bogor Tengah", "Paledang", "16122"), ("Yogyakarta", "Gondokusuman", "Terban", "55223"), ("Malang", "Lowokwaru", "Tlogomas", "65144"), ("Pekanbaru", "Sukajadi", "Kampung Melayu", "28121"), ("Semarang", "Candisari", "Jatingaleh", "50254")],
    "KE": [("Ruaka", "Kiambu"), ("Milimani", "Nakuru"), ("Nyali", "Mombasa"), ("Kanamai", "Kilifi"), ("Elgon View", "Eldoret")],
}


def address(R, loc, multiline=False):
    """A home address in the country's layout."""
    st = R.choice(STREETS[loc])
    tw = R.choice(TOWNS[loc])
    n = R.randint(2, 148)
    nl = "\n" if multiline else ", "
    if loc == "US":
        suf = R.choice(["Drive", "Lane", "Court", "Road", "Avenue"])
        unit = R.choice(["", ", Apt %d" % R.randint(2, 40), ", Unit %s" % R.choice("ABCD")])
        return "%d %s %s%s%s%s, %s %s" % (R.randint(101, 9870), st, suf, unit, nl, tw[0], tw[1], tw[2])
    if loc == "GB":
        first = R.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 12), n, st), "%s Cottage, %s" % (R.choice(["Bramley", "Rook", "Weavers", "Old Forge"]), st)])
        return "%s%s%s%s%s" % (first, nl, tw[0], nl, tw[1])
    if loc == "IE":
        return "%d %s%s%s, Co. %s%s%s" % (n, st, nl, tw[0], tw[1], nl if multiline else " ", tw[2])
    if loc == "AU":
        unit = R.choice(["", "%d/" % R.randint(1, 14)])
        return "%s%d %s %s%s%s %s %s" % (unit, n, st, R.choice(["Street", "Court", "Place", "Avenue"]), nl, tw[0], tw[1], tw[2])
    if loc == "NG":
        return "%d %s, %s%s%s, %s State" % (n, st, tw[0], nl, tw[1], tw[2]) if tw[2] != "FCT" else "%d %s, %s%sAbuja, FCT" % (n, st, tw[0], nl)
    if loc == "ZA":
        return "%d %s, %s%s%s, %s" % (n, st, tw[0], nl, tw[1], tw[2])
    if loc == "IN":
        return "मकान नं. %d, %s, %s%s%s, %s %s" % (n, st, R.choice(["सेक्टर %d" % R.randint(2, 19), "फेज़ %d" % R.randint(1, 3)]), nl, tw[0], tw[1], tw[2])
    if loc == "DE":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "a", "b"]), nl, tw[1], tw[0])
    if loc == "AT":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 9), "/%d/%d" % (R.randint(1, 4), R.randint(1, 18))]), nl, tw[1], tw[0])
    if loc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", " bis", " ter"]), st, nl, tw[1], tw[0])
    if loc == "ES":
        return "%s, %d, %dº %s%s%s %s" % (st, n, R.randint(1, 7), R.choice(["A", "B", "C", "izda.", "dcha."]), nl, tw[1], tw[0])
    if loc == "MX":
        return "%s %d%s, Col. %s%sC.P. %s, %s, %s" % (st, n, R.choice(["", " int. %d" % R.randint(1, 12)]), tw[3], nl, tw[2], tw[0], tw[1])
    if loc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, nl, tw[2], tw[0], tw[1])
    if loc == "NL":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "-II", " A", "-hs"]), nl, tw[1], tw[0])
    if loc == "PT":
        return "%s, n.º %d, %s%s%s %s" % (st, n, R.choice(["r/c", "1.º Esq.", "2.º Dto.", "3.º Frt."]), nl, tw[1], tw[0])
    if loc == "BR":
        return "%s, %d, apto %d - %s%s%s - %s, CEP %s" % (st, n, R.randint(11, 1204), tw[3], nl, tw[0], tw[1], tw[2])
    if loc == "PL":
        return "ul. %s %d%s%s%s %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 60), " m. %d" % R.randint(1, 40)]), nl, tw[1], tw[0])
    if loc == "SE":
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", " lgh %d" % R.randint(1001, 1403), "B"]), nl, tw[1], tw[0])
    if loc == "TR":
        return "%s Mah. %s Sok. No: %d D: %d%s%s/%s" % (st[0], st[1], R.randint(1, 60), R.randint(1, 24), nl, tw[0], tw[1])
    if loc == "RU":
        return "ул. %s, д. %d, кв. %d%s%s, %s" % (st, R.randint(1, 80), R.randint(1, 220), nl, tw[0], tw[1])
    if loc == "UA":
        return "вул. %s, %d, кв. %d%sм. %s, %s" % (st, R.randint(1, 80), R.randint(1, 160), nl, tw[0], tw[1])
    if loc == "GR":
        return "%s %d%s%s %s" % (st, n, nl, tw[1], tw[0])
    if loc == "HU":
        return "%s %s,%s%s %d.%s" % (tw[1], tw[0], " " if not multiline else "\n", st, n, R.choice(["", " II/4.", " 3. em. 7."]))
    if loc == "EG":
        return "%d شارع %s،%s%s، %s" % (n, st, " " if not multiline else "\n", tw[0], tw[1])
    if loc == "IL":
        return "רחוב %s %d%s%s%s %s" % (st, R.randint(1, 60), R.choice(["", ", דירה %d" % R.randint(1, 30)]), nl, tw[0], tw[1])
    if loc == "JP":
        return "〒%s %s%s%s%d-%d-%d%s" % (tw[2], tw[0], tw[1], st, R.randint(1, 6), R.randint(1, 30), R.randint(1, 20),
                                        R.choice(["", " メゾン若草%d号室" % R.randint(101, 508), " グリーンヒルズ%d号室" % R.randint(101, 712)]))
    if loc == "KR":
        return "%s %s %s %d, %d동 %d호 (%s)" % (tw[0], tw[1], st, R.randint(10, 240), R.randint(101, 112), R.randint(101, 1504), tw[2])
    if loc == "TW":
        return "%s%s%s%s%d號%d樓" % (tw[0], tw[1], st, R.choice(["", "二段", "三段"]), R.randint(3, 280), R.randint(2, 14))
    if loc == "VN":
        return "Số %d, ngõ %d, phố %s,%sphường %s, quận %s, %s" % (R.randint(2, 90), R.randint(10, 300), st, " " if not multiline else "\n", tw[2], tw[1], tw[0])
    if loc == "PH":
        return "Blk %d Lot %d, %s St.,%s%s, %s" % (R.randint(1, 40), R.randint(1, 30), st, " " if not multiline else "\n", tw[1], tw[0])
    if loc == "ID":
        return "Jl. %s No. %d, RT %02d/RW %02d,%sKel. %s, Kec. %s, %s %s" % (st, n, R.randint(1, 12), R.randint(1, 9), " " if not multiline else "\n", tw[2], tw[1], tw[0], tw[3])
    if loc == "KE":
        return "%s Road, House No. %d,%s%s, %s" % (st, n, " " if not multiline else "\n", tw[0], tw[1])
    raise KeyError(loc)


# ====================================================================== phones
# Mobile ranges per country (national significant numbers), checked with pv.
def _d(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _nz(R, n):
    return R.choice("23456789") + _d(R, n - 1)


MOBILE = {
    "US": (1, lambda R: R.choice(["828", "218", "406", "912", "509", "717", "918", "802"]) + _nz(R, 3) + _d(R, 4)),
    "GB": (44, lambda R: R.choice(["7412", "7528", "7733", "7846", "7958", "7392", "7481"]) + _d(R, 6)),
    "IE": (353, lambda R: R.choice(["83", "85", "86", "87", "89"]) + _nz(R, 7)),
    "AU": (61, lambda R: "4" + R.choice(["00", "12", "13", "18", "21", "23", "38", "49"]) + _d(R, 6)),
    "NG": (234, lambda R: R.choice(["803", "806", "813", "816", "703", "706", "805", "807", "802", "808", "812", "909"]) + _d(R, 7)),
    "ZA": (27, lambda R: R.choice(["72", "73", "76", "79", "82", "83", "84"]) + _d(R, 7)),
    "IN": (91, lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + _d(R, 8)),
    "DE": (49, lambda R: R.choice(["151", "152", "157", "176", "179"]) + _nz(R, 8) if R.random() < 0.6 else R.choice(["160", "170", "171", "175"]) + _nz(R, 7)),
    "AT": (43, lambda R: R.choice(["664", "660", "676", "699", "650"]) + _nz(R, 7)),
    "FR": (33, lambda R: R.choice(["61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + _d(R, 7)),
    "ES": (34, lambda R: "6" + _d(R, 8)),
    "MX": (52, lambda R: R.choice(["222", "442", "443", "999", "951"]) + _nz(R, 7)),
    "IT": (39, lambda R: "3" + R.choice(["20", "28", "33", "35", "38", "39", "40", "47", "49", "88", "92"]) + _d(R, 7)),
    "NL": (31, lambda R: "6" + R.choice("12345") + _d(R, 7)),
    "PT": (351, lambda R: "9" + R.choice("1236") + _d(R, 7)),
    "BR": (55, lambda R: R.choice(["19", "43", "84", "32", "48"]) + "9" + R.choice("6789") + _d(R, 7)),
    "PL": (48, lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + _d(R, 7)),
    "SE": (46, lambda R: "7" + R.choice("0236") + _d(R, 7)),
    "TR": (90, lambda R: R.choice(["532", "533", "535", "536", "542", "543", "545", "505", "506", "552", "555"]) + _nz(R, 7)),
    "RU": (7, lambda R: "9" + R.choice(["03", "05", "10", "12", "15", "16", "26", "29", "60", "62", "85"]) + _d(R, 7)),
    "UA": (380, lambda R: R.choice(["50", "66", "67", "68", "95", "96", "97", "98", "63", "73", "93"]) + _nz(R, 7)),
    "GR": (30, lambda R: "69" + R.choice("3479") + _d(R, 7)),
    "HU": (36, lambda R: R.choice(["20", "30", "70"]) + _nz(R, 7)),
    "EG": (20, lambda R: R.choice(["10", "11", "12", "15"]) + _d(R, 8)),
    "IL": (972, lambda R: "5" + R.choice("02348") + _nz(R, 7)),
    "JP": (81, lambda R: R.choice(["90", "80", "70"]) + _nz(R, 8)),
    "KR": (82, lambda R: "10" + R.choice("2346789") + _d(R, 7)),
    "TW": (886, lambda R: "9" + R.choice(["12", "21", "28", "33", "55", "63", "70", "88"]) + _d(R, 6)),
    "VN": (84, lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "35", "38"]) + _d(R, 7)),
    "PH": (63, lambda R: R.choice(["917", "918", "919", "920", "921", "927", "928", "939", "945", "956", "966", "977", "995", "998"]) + _d(R, 7)),
    "ID": (62, lambda R: R.choice(["812", "813", "821", "822", "852", "853", "856", "857", "878", "896"]) + _d(R, 4) + _d(R, 4)),
    "KE": (254, lambda R: R.choice(["712", "722", "720", "729", "701", "710", "790", "757"]) + _d(R, 6)),
}


def phone_fmt(R, loc, nsn, intl=None):
    """The number as people of `loc` write a mobile, national or
    international. Returns (text, is_international)."""
    cc = MOBILE[loc][0]
    if intl is None:
        intl = R.random() < 0.3
    if loc in ("US",):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return R.choice(["+1 %s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)]), True
        return R.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c)]), False
    if intl:
        sep = R.choice([" ", " ", "-"]) if loc not in ("FR", "GB") else " "
        if loc == "FR":
            return "+33 %s %s" % (nsn[0], " ".join(nsn[i:i + 2] for i in range(1, 9, 2))), True
        if loc == "GB":
            return R.choice(["+44 %s %s" % (nsn[:4], nsn[4:]), "+44 (0)%s %s" % (nsn[:4], nsn[4:])]), True
        return "+%d %s%s%s%s%s" % (cc, nsn[:3], sep, nsn[3:6], sep, nsn[6:]), True
    f = {
        "GB": lambda: "0%s %s" % (nsn[:4], nsn[4:]),
        "IE": lambda: "0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]),
        "AU": lambda: "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "NG": lambda: "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "ZA": lambda: "0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]),
        "IN": lambda: "%s %s" % (nsn[:5], nsn[5:]),
        "DE": lambda: R.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s/%s" % (nsn[:3], nsn[3:]), "0%s-%s" % (nsn[:3], nsn[3:])]),
        "AT": lambda: "0%s %s" % (nsn[:3], nsn[3:]),
        "FR": lambda: R.choice([".", " "]).join(["0" + nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)]),
        "ES": lambda: R.choice(["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])]),
        "MX": lambda: "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "IT": lambda: R.choice(["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s/%s" % (nsn[:3], nsn[3:])]),
        "NL": lambda: R.choice(["06-%s" % nsn[1:], "06 %s %s" % (nsn[1:5], nsn[5:])]),
        "PT": lambda: "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "BR": lambda: "(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:]),
        "PL": lambda: "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "SE": lambda: "0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]),
        "TR": lambda: "0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]),
        "RU": lambda: R.choice(["8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "8-%s-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])]),
        "UA": lambda: "0%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]),
        "GR": lambda: "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "HU": lambda: "06 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]),
        "EG": lambda: "0%s %s %s" % (nsn[:2], nsn[2:6], nsn[6:]),
        "IL": lambda: "0%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:]),
        "JP": lambda: "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]),
        "KR": lambda: "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]),
        "TW": lambda: "0%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "VN": lambda: "0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]),
        "PH": lambda: "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
        "ID": lambda: "0%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:]),
        "KE": lambda: "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
    }[loc]
    return f(), False


def phone_label(R, loc, region=None, intl=None):
    """A labelled mobile of country `loc`, read in `region` (plan set when
    the number is foreign to the text)."""
    region = region or loc
    nsn = MOBILE[loc][1](R)
    if region != loc:
        intl = True
    txt, _ = phone_fmt(R, loc, nsn, intl)
    meta = {"sub": "mobile", "region": region}
    if region != loc:
        meta["plan"] = loc
    return L("phone", txt, **meta)

# ====================================================================== dates
MON = dict(MONTHS)
MON["at"] = ["Jänner"] + MONTHS["de"][1:]
MON.update({
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
})
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def rdate(R, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def fdate(R, loc, d, style=None):
    """A date as people of `loc` write it (numeric or with the month name)."""
    lang = LOCALES[loc]
    y, m, dd = d.year, d.month, d.day
    st = style if style is not None else R.choice(["num", "name"])
    if loc == "US" or loc == "PH" and lang == "en":
        return "%s %d, %d" % (MON["en"][m - 1], dd, y) if st == "name" else "%02d/%02d/%d" % (m, dd, y)
    if lang == "en":
        if st == "name":
            return R.choice(["%d %s %d" % (dd, MON["en"][m - 1], y), "%d%s %s %d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(dd, "th"), MON["en"][m - 1], y)])
        return "%02d/%02d/%d" % (dd, m, y)
    if lang == "de":
        mn = MON["at" if loc == "AT" else "de"]
        return "%d. %s %d" % (dd, mn[m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang in ("fr", "it"):
        return "%d %s %d" % (dd, MON[lang][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (dd, MON[lang][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    if lang == "nl":
        return "%d %s %d" % (dd, MON["nl"][m - 1], y) if st == "name" else "%02d-%02d-%d" % (dd, m, y)
    if lang == "pl":
        return "%d %s %d" % (dd, MON["pl"][m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang == "sv":
        return "%d %s %d" % (dd, MON["sv"][m - 1], y) if st == "name" else "%d-%02d-%02d" % (y, m, dd)
    if lang == "tr":
        return "%d %s %d" % (dd, MON["tr"][m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang == "ru":
        return "%d %s %d г." % (dd, MON["ru"][m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang == "uk":
        return "%d %s %d р." % (dd, MON["uk"][m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang == "el":
        return "%d %s %d" % (dd, MON["el"][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    if lang == "hu":
        return "%d. %s %d." % (y, MON["hu"][m - 1], dd) if st == "name" else "%d. %02d. %02d." % (y, m, dd)
    if lang == "ar":
        s = "%d %s %d" % (dd, MON["ar"][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
        return s.translate(AR_DIGITS) if R.random() < 0.4 else s
    if lang == "he":
        return "%d %s %d" % (dd, MON["he"][m - 1], y) if st == "name" else "%02d.%02d.%d" % (dd, m, y)
    if lang == "hi":
        return "%d %s %d" % (dd, MON["hi"][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    if lang == "ja":
        if st == "name" and y >= 2019:
            return "令和%d年%d月%d日" % (y - 2018, m, dd)
        if st == "name" and 1989 < y < 2019:
            return "平成%d年%d月%d日" % (y - 1988, m, dd)
        return "%d年%d月%d日" % (y, m, dd)
    if lang == "ko":
        return "%d년 %d월 %d일" % (y, m, dd) if st == "name" else "%d.%02d.%02d" % (y, m, dd)
    if lang == "zh":
        return "民國%d年%d月%d日" % (y - 1911, m, dd) if st == "name" and y > 1911 else "%d年%d月%d日" % (y, m, dd)
    if lang == "vi":
        return "ngày %d tháng %d năm %d" % (dd, m, y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    if lang == "tl":
        return "%s %d, %d" % (MON["tl"][m - 1], dd, y) if st == "name" else "%02d/%02d/%d" % (m, dd, y)
    if lang == "id":
        return "%d %s %d" % (dd, MON["id"][m - 1], y) if st == "name" else "%02d-%02d-%d" % (dd, m, y)
    if lang == "sw":
        return "%d %s %d" % (dd, MON["sw"][m - 1], y) if st == "name" else "%02d/%02d/%d" % (dd, m, y)
    raise KeyError(loc)


def dob(R, loc, d, style=None):
    return L("dob", fdate(R, loc, d, style))


# ====================================================================== gov ids
def tckn_make(d9):
    d = [int(c) for c in d9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return d9 + str(d10) + str(d11)


def tckn_ok(s):
    return len(s) == 11 and s[0] != "0" and tckn_make(s[:9]) == s


def pesel_make(R, d, sex):
    mm = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d" % (d.year % 100, mm, d.day) + _d(R, 3)
    body += R.choice("13579" if sex == "m" else "02468")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * w[i] for i, c in enumerate(s[:10])) % 10) % 10 == int(s[10])


def pnr_make(R, d, sex):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + _d(R, 2) + R.choice("13579" if sex == "m" else "02468")
    s = luhn_complete(body)
    return "%s-%s" % (s[:6], s[6:])


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else "%02d" % r


def snils_make(R):
    d9 = str(R.randint(100000000, 999999999))
    c = snils_check(d9)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], c)


def rnokpp_make(R, d, sex):
    days = (d - datetime.date(1899, 12, 31)).days
    body = "%05d" % days + _d(R, 3) + R.choice("13579" if sex == "m" else "02468")
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(c) * w[i] for i, c in enumerate(body)) % 11 % 10)


def rnokpp_ok(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(int(c) * w[i] for i, c in enumerate(s[:9])) % 11 % 10 == int(s[9])


def amka_make(R, d, sex):
    body = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + _d(R, 3) + R.choice("13579" if sex == "m" else "02468")
    return luhn_complete(body)


def taj_make(R):
    b = "".join(R.choice(string.digits) for _ in range(8))
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def taj_ok(s):
    s = s.replace(" ", "")
    return len(s) == 9 and sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(s[:8])) % 10 == int(s[8])


def ilid_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def rrn_make(R, d, sex):
    g = {("m", 0): "1", ("f", 0): "2", ("m", 1): "3", ("f", 1): "4"}[(sex, int(d.year >= 2000))]
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + g + _d(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(body)) % 11) % 10
    s = body + str(c)
    return "%s-%s" % (s[:6], s[6:])


def rrn_ok(s):
    s = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(x) * w[i] for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])


TW_LETTER = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33]))


def twid_sum(s):
    v = TW_LETTER[s[0]]
    w = [8, 7, 6, 5, 4, 3, 2, 1]
    return v // 10 + (v % 10) * 9 + sum(int(c) * w[i] for i, c in enumerate(s[1:9])) + int(s[9])


def twid_make(R, letter, sex):
    body = letter + ("1" if sex == "m" else "2") + _d(R, 7)
    for c in string.digits:
        if twid_sum(body + c) % 10 == 0:
            return body + c


def twid_ok(s):
    return len(s) == 10 and twid_sum(s) % 10 == 0


def zaid_make(R, d, sex):
    ssss = R.randint(5000, 9999) if sex == "m" else R.randint(0, 4999)
    return luhn_complete("%02d%02d%02d%04d08" % (d.year % 100, d.month, d.day, ssss))


def ptnif_make(R):
    b = R.choice("12") + _d(R, 7)
    r = sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
    return b + str(0 if r < 2 else 11 - r)


def ptnif_ok(s):
    r = sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if r < 2 else 11 - r)


def ppsn_make(R):
    b = _d(R, 7)
    second = R.choice(["", "A"])
    s = sum(int(c) * (8 - i) for i, c in enumerate(b)) + (9 if second == "A" else 0)
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def ppsn_ok(s):
    b, second = s[:7], s[8:]
    t = sum(int(c) * (8 - i) for i, c in enumerate(b)) + (9 * (ord(second) - 64) if second else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[t % 23] == s[7]


def svnr_make(R, d):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        ser = str(R.randint(100, 999))
        s = ser + "0" + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        c = sum(int(x) * w[i] for i, x in enumerate(s)) % 11
        if c < 10:
            return "%s%d %s" % (ser, c, s[4:])


def svnr_ok(s):
    s = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(s) == 10 and sum(int(x) * w[i] for i, x in enumerate(s)) % 11 == int(s[3])


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17):
    t = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def _up(s):
    return asciify(s).upper().replace(" ", "")


def curp_make(R, p, d, state):
    s1, s2, g = _up(p.family), _up(p.fam2), _up(p.given)
    vow = next((c for c in s1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    body = s1[0] + vow + s2[0] + g[0] + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("H" if p.sex == "m" else "M") + state \
        + cons(s1) + cons(s2) + cons(g) + (R.choice(string.digits) if d.year < 2000 else R.choice("ABCDEFGH"))
    return body + curp_check(body)


def curp_ok(s):
    return len(s) == 18 and curp_check(s[:17]) == s[17]


BELFIORE = {"Bergamo": "A794", "Lecce": "E506", "Perugia": "G478", "Treviso": "L407", "Sassari": "I452", "Modena": "F257"}
MX_STATE = {"Tlaxcala": "TL", "Querétaro": "QT", "Morelia": "MN", "Campeche": "CC", "Oaxaca de Juárez": "OC"}
TW_CITY_LETTER = {"臺北市": "A", "臺中市": "B", "高雄市": "E", "新竹市": "O", "臺南市": "D"}


def gov_id(R, loc, p, d):
    """(text, sub) of the national id of person p born d, or None."""
    if loc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if loc == "GB":
        n = nhs_random(R)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]), "gb_nhs"
    if loc == "IE":
        return ppsn_make(R), "ie_ppsn"
    if loc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuerid"
    if loc == "AT":
        return svnr_make(R, d), "at_svnr"
    if loc == "FR":
        body, key = nir_random(R, sex="1" if p.sex == "m" else "2", yy=d.year % 100, mm=d.month)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if loc == "ES":
        n, letter = dni_random(R)
        return n + R.choice(["", "-"]) + letter, "es_dni"
    if loc == "MX":
        return None
    if loc == "IT":
        return None
    if loc == "NL":
        return bsn_random(R), "nl_bsn"
    if loc == "PT":
        return ptnif_make(R), "pt_nif"
    if loc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "br_cpf"
    if loc == "PL":
        return pesel_make(R, d, p.sex), "pl_pesel"
    if loc == "SE":
        return pnr_make(R, d, p.sex), "se_personnummer"
    if loc == "TR":
        while True:
            d9 = str(R.randint(100000000, 999999999))
            s = tckn_make(d9)
            if tckn_ok(s):
                return s, "tr_tckn"
    if loc == "RU":
        return snils_make(R), "ru_snils"
    if loc == "UA":
        return rnokpp_make(R, d, p.sex), "ua_rnokpp"
    if loc == "GR":
        return amka_make(R, d, p.sex), "gr_amka"
    if loc == "HU":
        return taj_make(R), "hu_taj"
    if loc == "IL":
        return ilid_make(R), "il_id"
    if loc == "KR":
        return rrn_make(R, d, p.sex), "kr_rrn"
    if loc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "in_aadhaar"
    if loc == "ZA":
        return zaid_make(R, d, p.sex), "za_id"
    return None


def gov_label(R, loc, p, d, town=None):
    if loc == "IT":
        town = town or R.choice(sorted(BELFIORE))
        s = cf_make(_up(p.family), _up(p.given), d.year % 100, d.month, d.day, p.sex == "f", BELFIORE[town])
        return L("gov_id", s, sub="it_cf")
    if loc == "MX":
        town = town or R.choice(sorted(MX_STATE))
        return L("gov_id", curp_make(R, p, d, MX_STATE[town]), sub="mx_curp")
    if loc == "TW":
        town = town or R.choice(sorted(TW_CITY_LETTER))
        return L("gov_id", twid_make(R, TW_CITY_LETTER[town], p.sex), sub="tw_id")
    g = gov_id(R, loc, p, d)
    if g is None:
        return None
    return L("gov_id", g[0], sub=g[1])


GOV_CHECK = {
    "us_ssn": lambda s: ssn_valid(int(s[:3]), int(s[4:6]), int(s[7:])) and re.fullmatch(r"\d{3}-\d{2}-\d{4}", s),
    "gb_nhs": lambda s: nhs_ok(s.replace(" ", "")),
    "ie_ppsn": ppsn_ok,
    "de_steuerid": lambda s: steuerid_ok(s.replace(" ", "")),
    "at_svnr": svnr_ok,
    "fr_nir": lambda s: nir_ok(s.replace(" ", "")[:13], s.replace(" ", "")[13:]),
    "es_dni": lambda s: DNI_LETTERS[int(s[:8]) % 23] == s[-1],
    "nl_bsn": bsn_ok,
    "pt_nif": ptnif_ok,
    "br_cpf": lambda s: cpf_ok(re.sub(r"\D", "", s)),
    "pl_pesel": pesel_ok,
    "se_personnummer": lambda s: luhn_ok(s.replace("-", "")),
    "tr_tckn": tckn_ok,
    "ru_snils": lambda s: snils_check(re.sub(r"\D", "", s)[:9]) == re.sub(r"\D", "", s)[9:],
    "ua_rnokpp": rnokpp_ok,
    "gr_amka": lambda s: len(s) == 11 and luhn_ok(s),
    "hu_taj": taj_ok,
    "il_id": lambda s: len(s) == 9 and luhn_ok(s),
    "kr_rrn": rrn_ok,
    "in_aadhaar": lambda s: verhoeff_ok(s.replace(" ", "")),
    "za_id": lambda s: len(s) == 13 and luhn_ok(s),
    "it_cf": lambda s: len(s) == 16 and cf_check(s[:15]) == s[15],
    "mx_curp": curp_ok,
    "tw_id": twid_ok,
}

# ====================================================================== money
IBAN_LOC = {"DE": "DE", "AT": "AT", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PT": "PT", "PL": "PL",
            "SE": "SE", "TR": "TR", "GB": "GB", "IE": "IE", "GR": "GR", "HU": "HU", "BR": "BR"}


def iban_label(R, loc, **meta):
    c = IBAN_LOC[loc]
    ib = iban_random(R, c)
    st = R.random()
    txt = group(ib) if st < 0.65 else ib if st < 0.85 else group(ib, sep="\u00a0")
    return L("iban", txt, sub=c, **meta)


def card_label(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro"])
    n = card_random(R, issuer)
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(split_groups(n, card_grouping(len(n)))), sub=issuer)


MAILHOST = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
    "IE": ["eircom.net", "gmail.com"], "AU": ["bigpond.com", "gmail.com", "outlook.com.au"], "NG": ["yahoo.com", "gmail.com"],
    "ZA": ["webmail.co.za", "gmail.com"], "IN": ["gmail.com", "rediffmail.com"], "DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at"], "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "MX": ["hotmail.com", "gmail.com", "prodigy.net.mx"], "IT": ["libero.it", "virgilio.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "PL": ["wp.pl", "o2.pl", "interia.pl"],
    "SE": ["telia.com", "gmail.com", "bredband.net"], "TR": ["gmail.com", "hotmail.com.tr"], "RU": ["yandex.ru", "mail.ru"],
    "UA": ["ukr.net", "i.ua"], "GR": ["otenet.gr", "gmail.com"], "HU": ["freemail.hu", "citromail.hu"], "EG": ["gmail.com", "yahoo.com"],
    "IL": ["walla.co.il", "gmail.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "daum.net"], "TW": ["yahoo.com.tw", "gmail.com"],
    "VN": ["gmail.com", "yahoo.com.vn"], "PH": ["yahoo.com.ph", "gmail.com"], "ID": ["yahoo.co.id", "gmail.com"], "KE": ["gmail.com", "yahoo.com"],
}


def email_label(R, p, loc=None):
    loc = loc or p.loc
    return L("email", "%s@%s" % (p.ascii_user(R), R.choice(MAILHOST[loc])))


def ip_label(R):
    while True:
        if R.random() < 0.8:
            a = "%d.%d.%d.%d" % (R.choice([31, 37, 46, 62, 77, 78, 80, 82, 84, 86, 89, 91, 93, 95, 109, 151, 176, 178, 185, 188, 212, 217]),
                                 R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
            sub = "ipv4"
        else:
            a = "2a02:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))
            sub = "ipv6"
        ip = ipaddress.ip_address(a)
        if ip.is_global:
            return L("ip", a, sub=sub)


def stream_key(R):
    al = string.ascii_lowercase + string.digits
    return "-".join("".join(R.choice(al) for _ in range(4)) for _ in range(5))


def password(R):
    w = ["Hochzeit", "Confetti", "Veilchen", "Lavanda", "Tulipan", "Margarida", "Bluebell", "Kardelen", "Gardenia", "Sonnenblume", "Azahar", "Pfingstrose"]
    return R.choice(w) + R.choice(["!", "#", "$", "%", "&", "*", "_", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Z", "?", "!"])

# ====================================================================== requests
# What people write to the assistant before or after the paste, per language
# and kind of task: polish (announcements, notices, eulogies), table (lists
# to sort and format), check (forms before they go in), research (family
# history), plan (arrangements and chats), invite (invitation text).
REQ = {
    "en": {"polish": ["Can you polish this? Keep it warm but not over the top.", "Please tidy this up before I post it – it's for the family group.", "Make this sound less stiff, please. Mum wants it in the paper by Friday."],
           "table": ["Turn this into a clean table, sorted by surname please.", "Can you sort this list and flag anyone missing an address?", "Dedupe this and put it in a proper CSV for the printer."],
           "check": ["Can you check this form for mistakes before I hand it in?", "Is anything missing on this? The registrar is strict.", "Please proofread – names have to match the IDs exactly."],
           "research": ["Help me make sense of this for the family tree.", "What should I look for next? Here are my notes so far.", "Can you turn these notes into a short family history paragraph?"],
           "plan": ["Can you make a to-do list out of this?", "Summarise who is doing what, please – my head is spinning.", "Draft a message to everyone based on this."],
           "invite": ["Write a short invitation text from these details.", "Can you make this into a nice WhatsApp invite?"]},
    "de": {"polish": ["Kannst du das bitte etwas glätten? Soll herzlich klingen, nicht kitschig.", "Bitte sprachlich überarbeiten, das geht an die ganze Familie."],
           "table": ["Mach daraus bitte eine saubere Tabelle, nach Nachnamen sortiert.", "Kannst du die Liste ordnen und doppelte Einträge rauswerfen?"],
           "check": ["Kannst du das Formular auf Fehler prüfen, bevor ich es abgebe?", "Fehlt da noch was? Das Standesamt ist da sehr genau."],
           "research": ["Hilf mir, das für den Stammbaum zu ordnen.", "Was sollte ich als Nächstes recherchieren?"],
           "plan": ["Mach mir bitte eine To-do-Liste daraus.", "Fass zusammen, wer was übernimmt."],
           "invite": ["Schreib mir daraus einen kurzen Einladungstext.", "Mach daraus bitte eine nette Einladung für WhatsApp."]},
    "fr": {"polish": ["Tu peux reformuler ça joliment ? Sobre mais chaleureux.", "Corrige et améliore ce texte, c'est pour le faire-part."],
           "table": ["Mets ça dans un tableau propre, trié par nom de famille.", "Tu peux trier cette liste et signaler les adresses manquantes ?"],
           "check": ["Tu peux vérifier ce formulaire avant que je le dépose en mairie ?", "Il manque quelque chose ? La mairie est pointilleuse."],
           "research": ["Aide-moi à y voir clair pour l'arbre généalogique.", "Que devrais-je chercher ensuite ?"],
           "plan": ["Fais-moi une liste de tâches à partir de ça.", "Résume qui fait quoi, s'il te plaît."],
           "invite": ["Rédige une courte invitation à partir de ces infos."]},
    "es": {"polish": ["¿Me lo pules un poco? Que suene cálido pero sin exagerar.", "Corrige esto antes de publicarlo, por favor."],
           "table": ["Pásalo a una tabla limpia, ordenada por apellido.", "¿Puedes ordenar la lista y marcar a quién le falta la dirección?"],
           "check": ["¿Puedes revisar este formulario antes de entregarlo?", "¿Falta algo? En el registro son muy estrictos."],
           "research": ["Ayúdame a ordenar esto para el árbol genealógico.", "¿Qué debería buscar ahora?"],
           "plan": ["Hazme una lista de tareas con esto.", "Resume quién se encarga de qué."],
           "invite": ["Escríbeme una invitación corta con estos datos."]},
    "it": {"polish": ["Me lo sistemi un po'? Deve essere affettuoso ma sobrio.", "Correggi e migliora il testo, per favore."],
           "table": ["Fammi una tabella pulita, ordinata per cognome.", "Puoi ordinare l'elenco e segnalare chi non ha l'indirizzo?"],
           "check": ["Puoi controllare il modulo prima che lo consegni in parrocchia?", "Manca qualcosa? In comune sono pignoli."],
           "research": ["Aiutami a mettere ordine per l'albero genealogico.", "Cosa dovrei cercare adesso?"],
           "plan": ["Fammi una lista delle cose da fare.", "Riassumi chi fa cosa, per favore."],
           "invite": ["Scrivimi un breve invito con questi dati."]},
    "nl": {"polish": ["Kun je dit wat mooier formuleren? Warm, niet overdreven.", "Wil je dit even nalezen voordat ik het plaats?"],
           "table": ["Maak hier een nette tabel van, gesorteerd op achternaam.", "Kun je de lijst sorteren en aangeven wie nog geen adres heeft?"],
           "check": ["Kun je dit formulier nakijken voordat ik het indien?", "Mist er nog iets? De gemeente is streng."],
           "research": ["Help me dit te ordenen voor de stamboom.", "Wat moet ik hierna uitzoeken?"],
           "plan": ["Maak er een takenlijst van.", "Vat samen wie wat doet."],
           "invite": ["Schrijf een korte uitnodiging op basis hiervan."]},
    "pt": {"polish": ["Podes melhorar este texto? Carinhoso mas simples.", "Revisa isto antes de eu publicar, por favor."],
           "table": ["Transforma isto numa tabela organizada por apelido.", "Consegue organizar a lista e marcar quem está sem endereço?"],
           "check": ["Pode conferir este formulário antes de eu entregar?", "Falta alguma coisa? O cartório é exigente."],
           "research": ["Me ajuda a organizar isso para a árvore genealógica.", "O que devo pesquisar a seguir?"],
           "plan": ["Faz uma lista de tarefas com isto.", "Resume quem fica com o quê."],
           "invite": ["Escreve um convite curto com estes dados."]},
    "pl": {"polish": ["Możesz to ładnie przeredagować? Ciepło, ale bez przesady.", "Popraw proszę ten tekst przed publikacją."],
           "table": ["Zrób z tego porządną tabelę, posortowaną po nazwisku.", "Posortuj listę i zaznacz, komu brakuje adresu."],
           "check": ["Sprawdź proszę ten formularz, zanim go złożę.", "Czegoś brakuje? W urzędzie są bardzo dokładni."],
           "research": ["Pomóż mi to uporządkować do drzewa genealogicznego.", "Czego powinnam szukać dalej?"],
           "plan": ["Zrób z tego listę zadań.", "Podsumuj, kto za co odpowiada."],
           "invite": ["Napisz krótkie zaproszenie na podstawie tych danych."]},
    "sv": {"polish": ["Kan du putsa på texten? Varm men inte översvallande.", "Läs igenom det här innan jag lägger ut det."],
           "table": ["Gör en snygg tabell av det här, sorterad på efternamn.", "Kan du sortera listan och markera vem som saknar adress?"],
           "check": ["Kan du kolla blanketten innan jag skickar in den?", "Saknas något? Skatteverket är noga."],
           "research": ["Hjälp mig att reda ut det här till släktträdet.", "Vad ska jag leta efter härnäst?"],
           "plan": ["Gör en att-göra-lista av det här.", "Sammanfatta vem som gör vad."],
           "invite": ["Skriv en kort inbjudan utifrån detta."]},
    "tr": {"polish": ["Bunu biraz düzeltir misin? Samimi olsun ama abartısız.", "Paylaşmadan önce metni toparlar mısın?"],
           "table": ["Bunu soyadına göre sıralı düzgün bir tabloya çevir.", "Listeyi sıralayıp adresi eksik olanları işaretler misin?"],
           "check": ["Başvurudan önce bu formu kontrol eder misin?", "Eksik bir şey var mı? Nüfus müdürlüğü çok titiz."],
           "research": ["Soy ağacı için bunları düzenlememe yardım et.", "Sırada neye bakmalıyım?"],
           "plan": ["Bundan bir yapılacaklar listesi çıkar.", "Kim neyi üstleniyor, özetler misin?"],
           "invite": ["Bu bilgilerle kısa bir davet metni yaz."]},
    "ru": {"polish": ["Можешь красиво переписать? Тепло, но без пафоса.", "Поправь, пожалуйста, текст перед публикацией."],
           "table": ["Сделай из этого аккуратную таблицу по фамилиям.", "Отсортируй список и отметь, у кого нет адреса."],
           "check": ["Проверь, пожалуйста, заявление перед подачей в ЗАГС.", "Ничего не упустила? В ЗАГСе очень строго."],
           "research": ["Помоги разобраться с этим для родословной.", "Что мне искать дальше?"],
           "plan": ["Составь список дел по этому.", "Кратко: кто чем занимается?"],
           "invite": ["Напиши короткое приглашение по этим данным."]},
    "uk": {"polish": ["Можеш гарно переписати? Тепло, але без пафосу.", "Виправ, будь ласка, текст перед публікацією."],
           "table": ["Зроби з цього охайну таблицю за прізвищами.", "Відсортуй список і познач, в кого немає адреси."],
           "check": ["Перевір, будь ласка, заяву перед подачею.", "Нічого не бракує? У РАЦСі дуже суворо."],
           "research": ["Допоможи впорядкувати це для родоводу.", "Що шукати далі?"],
           "plan": ["Склади список справ.", "Підсумуй, хто що робить."],
           "invite": ["Напиши коротке запрошення за цими даними."]},
    "el": {"polish": ["Μπορείς να το στρώσεις λίγο; Ζεστό αλλά όχι υπερβολικό.", "Διόρθωσέ το πριν το ανεβάσω, σε παρακαλώ."],
           "table": ["Κάν' το έναν καθαρό πίνακα ταξινομημένο κατ' επώνυμο.", "Ταξινόμησε τη λίστα και σημείωσε ποιος δεν έχει διεύθυνση."],
           "check": ["Μπορείς να ελέγξεις την αίτηση πριν την καταθέσω;", "Λείπει κάτι; Στο ληξιαρχείο είναι πολύ αυστηροί."],
           "research": ["Βοήθησέ με να τα οργανώσω για το γενεαλογικό δέντρο.", "Τι να ψάξω μετά;"],
           "plan": ["Φτιάξε μου λίστα με τις εκκρεμότητες.", "Σύνοψη: ποιος αναλαμβάνει τι;"],
           "invite": ["Γράψε ένα σύντομο προσκλητήριο με αυτά τα στοιχεία."]},
    "hu": {"polish": ["Át tudnád fogalmazni szebben? Meleg legyen, de ne giccses.", "Kérlek, javítsd ki, mielőtt kiteszem."],
           "table": ["Csinálj ebből rendes táblázatot vezetéknév szerint.", "Rendezd a listát, és jelöld, kinek hiányzik a címe."],
           "check": ["Átnéznéd az űrlapot, mielőtt leadom?", "Hiányzik valami? Az anyakönyvvezető szigorú."],
           "research": ["Segíts rendszerezni ezt a családfához.", "Mit keressek legközelebb?"],
           "plan": ["Készíts ebből teendőlistát.", "Foglald össze, ki mit intéz."],
           "invite": ["Írj egy rövid meghívót ezekből az adatokból."]},
    "ar": {"polish": ["ممكن تعيد صياغة هذا بشكل أجمل؟ دافئ بدون مبالغة.", "من فضلك صحح النص قبل ما أنشره."],
           "table": ["حوّل هذا إلى جدول مرتب حسب اسم العائلة.", "رتب القائمة وحدد من ينقصه العنوان."],
           "check": ["ممكن تراجع الاستمارة قبل ما أقدمها؟", "هل ينقص شيء؟ مكتب السجل المدني دقيق جداً."],
           "research": ["ساعدني أرتب هذا لشجرة العائلة.", "ماذا أبحث عنه بعد ذلك؟"],
           "plan": ["اعمل لي قائمة مهام من هذا.", "لخص من المسؤول عن ماذا."],
           "invite": ["اكتب دعوة قصيرة بهذه المعلومات."]},
    "he": {"polish": ["אפשר לנסח את זה יפה יותר? חם אבל לא מוגזם.", "תתקן בבקשה לפני שאני מפרסם."],
           "table": ["תהפוך את זה לטבלה מסודרת לפי שם משפחה.", "תמיין את הרשימה ותסמן למי חסרה כתובת."],
           "check": ["אפשר לבדוק את הטופס לפני שאני מגיש?", "חסר משהו? ברבנות מקפידים מאוד."],
           "research": ["תעזור לי לסדר את זה לאילן היוחסין.", "מה כדאי לחפש עכשיו?"],
           "plan": ["תכין רשימת משימות מזה.", "תסכם מי אחראי על מה."],
           "invite": ["תכתוב הזמנה קצרה לפי הפרטים האלה."]},
    "hi": {"polish": ["क्या आप इसे थोड़ा बेहतर लिख सकते हैं? भावुक पर सादा।", "पोस्ट करने से पहले इसे ठीक कर दीजिए।"],
           "table": ["इसे उपनाम के हिसाब से एक साफ़ तालिका बना दीजिए।", "सूची छाँटिए और जिनका पता नहीं है उन्हें चिह्नित कीजिए।"],
           "check": ["जमा करने से पहले यह फ़ॉर्म जाँच लीजिए।", "कुछ छूट तो नहीं रहा? नगर निगम बहुत सख़्त है।"],
           "research": ["वंशवृक्ष के लिए इसे व्यवस्थित करने में मदद कीजिए।", "अब आगे क्या खोजूँ?"],
           "plan": ["इससे एक काम की सूची बना दीजिए।", "कौन क्या कर रहा है, संक्षेप में बताइए।"],
           "invite": ["इन जानकारियों से एक छोटा निमंत्रण लिख दीजिए।"]},
    "ja": {"polish": ["もう少し自然な文章に整えてもらえますか？温かく、でも大げさにならないように。", "投稿前に文章をチェックしてください。"],
           "table": ["名字順のきれいな表にしてください。", "リストを並べ替えて、住所が抜けている人に印をつけて。"],
           "check": ["提出前にこの届出の内容を確認してもらえますか？", "記入漏れはありませんか？役所は厳しいので。"],
           "research": ["家系図づくりのために整理するのを手伝ってください。", "次は何を調べればいいですか？"],
           "plan": ["これをやることリストにしてください。", "誰が何を担当するかまとめてください。"],
           "invite": ["この情報で短い招待文を書いてください。"]},
    "ko": {"polish": ["이거 좀 자연스럽게 다듬어 줄래요? 따뜻하지만 과하지 않게요.", "올리기 전에 문장 좀 봐 주세요."],
           "table": ["성씨 순으로 깔끔한 표로 만들어 주세요.", "명단 정리하고 주소 없는 사람 표시해 주세요."],
           "check": ["제출하기 전에 이 신고서 좀 확인해 주세요.", "빠진 거 없나요? 구청이 까다로워서요."],
           "research": ["족보 정리하는 것 좀 도와주세요.", "다음엔 뭘 찾아봐야 할까요?"],
           "plan": ["이걸로 할 일 목록 만들어 주세요.", "누가 뭘 맡았는지 정리해 주세요."],
           "invite": ["이 내용으로 짧은 초대 문구 써 주세요."]},
    "zh": {"polish": ["可以幫我潤飾一下嗎？溫暖但不要太誇張。", "發佈前幫我順一下文字。"],
           "table": ["請整理成按姓氏排序的表格。", "幫我排序名單，標出缺地址的人。"],
           "check": ["送件前可以幫我檢查這份表格嗎？", "有沒有漏填？戶政事務所很嚴格。"],
           "research": ["幫我整理這些資料做族譜。", "接下來我該查什麼？"],
           "plan": ["幫我整理成待辦清單。", "總結一下誰負責什麼。"],
           "invite": ["用這些資料寫一段簡短的邀請文字。"]},
    "vi": {"polish": ["Bạn sửa giúp mình cho trôi chảy hơn nhé, ấm áp nhưng đừng sến.", "Sửa giúp mình trước khi đăng nhé."],
           "table": ["Chuyển giúp mình thành bảng gọn gàng, xếp theo họ.", "Sắp xếp danh sách và đánh dấu ai còn thiếu địa chỉ."],
           "check": ["Kiểm tra giúp mình tờ khai này trước khi nộp.", "Còn thiếu gì không? Phường làm rất kỹ."],
           "research": ["Giúp mình sắp xếp cái này cho gia phả.", "Tiếp theo mình nên tìm gì?"],
           "plan": ["Lập giúp mình danh sách việc cần làm.", "Tóm tắt ai lo việc gì."],
           "invite": ["Viết giúp mình lời mời ngắn từ các thông tin này."]},
    "tl": {"polish": ["Pwede mo bang ayusin 'to? Yung taos-puso pero hindi OA.", "Paki-edit bago ko i-post."],
           "table": ["Gawin mo 'tong maayos na table, ayon sa apelyido.", "Paki-sort ang listahan at markahan kung sino ang walang address."],
           "check": ["Pakicheck ang form na 'to bago ko ipasa.", "May kulang ba? Mahigpit sa munisipyo."],
           "research": ["Tulungan mo akong ayusin 'to para sa family tree.", "Ano ang susunod kong hahanapin?"],
           "plan": ["Gawan mo ng to-do list.", "Ibuod mo kung sino ang gagawa ng ano."],
           "invite": ["Sumulat ng maikling imbitasyon gamit ang mga detalyeng ito."]},
    "id": {"polish": ["Tolong rapikan kalimatnya ya, hangat tapi tidak berlebihan.", "Tolong koreksi dulu sebelum saya posting."],
           "table": ["Tolong jadikan tabel rapi, urut berdasarkan nama keluarga.", "Urutkan daftarnya dan tandai yang belum ada alamatnya."],
           "check": ["Tolong cek formulir ini sebelum saya serahkan.", "Ada yang kurang? Dukcapil ketat sekali."],
           "research": ["Bantu saya susun ini untuk silsilah keluarga.", "Apa yang harus saya cari selanjutnya?"],
           "plan": ["Buatkan daftar tugas dari ini.", "Ringkas siapa mengerjakan apa."],
           "invite": ["Buatkan teks undangan singkat dari data ini."]},
    "sw": {"polish": ["Naomba uiboreshe hii, iwe ya upendo lakini isizidi.", "Tafadhali rekebisha kabla sijaituma."],
           "table": ["Tafadhali panga hii kwenye jedwali kwa majina ya ukoo.", "Panga orodha na uonyeshe wasio na anwani."],
           "check": ["Naomba ukague fomu hii kabla sijaiwasilisha.", "Kuna kinachokosekana?"],
           "research": ["Nisaidie kupanga hii kwa ajili ya mti wa familia.", "Nitafute nini baadaye?"],
           "plan": ["Niandalie orodha ya kazi kutokana na hii.", "Fupisha nani anafanya nini."],
           "invite": ["Niandikie mwaliko mfupi kwa maelezo haya."]},
}


def req(R, lang, kind):
    return R.choice(REQ[lang][kind])


def wrap(R, lang, kind, body):
    """Request line before or after the paste, sometimes with quotes or a rule."""
    q = req(R, lang, kind)
    style = R.random()
    if style < 0.45:
        return [q, "\n\n", body]
    if style < 0.65:
        return [q, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if style < 0.8:
        return [q, "\n---\n", body]
    return [body, "\n\n", q]

# ====================================================================== template kit
TEMPLATES = []   # (name, count, locs, fn, clean)


def tpl(count, locs, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, locs, fn, clean))
        return fn
    return deco


def fill(tmpl, m):
    """'text {key} text' with m[key] a str, L, N or list -> parts."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tmpl)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(m[piece])
    return out


def P(p, **meta):
    return L("person", p.full, **meta)


def Gv(p):
    return L("person", p.given, sub="given")


def Fam(p):
    return L("person", p.fam, sub="family")


def ADDR(R, loc, ml=False):
    return L("address", address(R, loc, ml), sub=loc.lower())


def hm(R):
    return "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))


def kg(R, loc):
    w = R.randint(2650, 4300)
    if loc in ("US",):
        return "%d lb %d oz" % (w // 454, (w % 454) * 16 // 454)
    if loc == "GB" and R.random() < 0.5:
        return "%dlb %doz" % (w // 454, (w % 454) * 16 // 454)
    if loc in ("DE", "AT", "FR", "ES", "IT", "PT", "BR", "PL", "SE", "TR", "RU", "UA", "GR", "HU", "NL"):
        return "%d,%03d kg" % (w // 1000, w % 1000) if R.random() < 0.5 else "%d g" % w
    return "%d.%02d kg" % (w // 1000, (w % 1000) // 10)


# --------------------------------------------------------------- 1 birth posts
BIRTH_FRAMES = {
    "en": ["Welcome to the world, {baby}! Born {dob} at {t}, {w} of pure joy. {mum} and {dad} are smitten, and big {sibw} {sib} has already asked when she can go back to the shop. Huge thanks to the midwives at {hosp}.",
           "It's a {sexw}! {baby} arrived on {dob} ({t}, {w}). Mum {mum} is doing brilliantly, Dad {dad} has cried four times. Proud grandparents {gp1} and {gp2}. Cards to {addr} – no visitors for two weeks please!"],
    "de": ["Hallo Welt! {baby} ist am {dob} um {t} Uhr im {hosp} zur Welt gekommen, {w}, 51 cm. Die stolzen Eltern {mum} und {dad} und Geschwisterchen {sib} sagen Danke für alle Glückwünsche. Post gerne an {addr}."],
    "fr": ["C'est avec une immense joie que {mum} et {dad} vous annoncent la naissance de {baby}, le {dob} à {t} ({w}). {sib} est ravi(e) d'être grand frère ou grande sœur ! Vos petits mots : {addr}."],
    "es": ["¡Ya está aquí! {baby} nació el {dob} a las {t} en {hosp}, con {w}. Sus papás, {mum} y {dad}, y su hermano {sib} están felices. Los abuelos {gp1} y {gp2} ya presumen en el grupo."],
    "it": ["Fiocco {sexit}! Il {dob} alle {t} è nato/a {baby}, {w} di felicità. Mamma {mum} e papà {dad} ringraziano il reparto di ostetricia di {hosp}. Nonni {gp1} e {gp2} al settimo cielo."],
    "nl": ["Wat zijn we trots! Op {dob} om {t} is {baby} geboren, {w}. Lieve groet van {mum}, {dad} en grote zus/broer {sib}. Kraamvisite graag eerst even appen: {phone}. Kaartjes naar {addr}."],
    "pt": ["Chegou o(a) nosso(a) {baby}! Nasceu em {dob}, às {t}, com {w}. Os papais {mum} e {dad} agradecem todo o carinho. Vovós {gp1} e {gp2} já estão babando."],
    "pl": ["Przyszedł/przyszła na świat {baby}! Urodzony/a {dob} o {t} w {hosp}, {w}. Szczęśliwi rodzice {mum} i {dad} oraz starsze rodzeństwo: {sib}. Dziadkowie {gp1} i {gp2} już planują chrzciny."],
    "sv": ["Välkommen till världen, {baby}! Född {dob} kl. {t}, {w}. Stolta föräldrar {mum} och {dad}, och storasyskon {sib}. Farmor {gp1} och morfar {gp2} är redan på väg."],
    "tr": ["Ailemizin yeni üyesi {baby} {dob} tarihinde saat {t}'te {hosp}'nde dünyaya geldi, {w}. Anne {mum}, baba {dad} ve abla/ağabey {sib} çok mutlu. Babaanne {gp1} ile dede {gp2} de yanımızda."],
    "ru": ["У нас пополнение! {baby} родился/родилась {dob} в {t}, {w}. Счастливые родители {mum} и {dad}, старший брат/сестра {sib}. Бабушка {gp1} и дедушка {gp2} уже вяжут носочки."],
    "uk": ["Наше щастя народилося! {baby} — {dob} о {t}, {w}. Мама {mum}, тато {dad} і старше сестричка/братик {sib} дякують за привітання."],
    "el": ["Καλώς ήρθες στον κόσμο, {baby}! Γεννήθηκε {dob}, ώρα {t}, {w}. Οι περήφανοι γονείς {mum} και {dad}, ο/η μεγάλος/η αδερφός/ή {sib} και η γιαγιά {gp1} σας ευχαριστούν."],
    "hu": ["Megérkezett {baby}! Született {dob} {t}-kor, {w}. A boldog szülők: {mum} és {dad}, a büszke testvér: {sib}. Nagyszülők: {gp1} és {gp2}."],
    "ar": ["الحمد لله، رُزقنا بـ {baby} يوم {dob} الساعة {t}، الوزن {w}. الأم {mum} والأب {dad} يشكرونكم على التهاني، والجدة {gp1} تدعو لكم بالخير."],
    "he": ["שמחים לבשר על הולדת {baby}! נולד/ה ב־{dob} בשעה {t}, {w}. ההורים המאושרים {mum} ו{dad}, והאח/ות הגדול/ה {sib}. סבתא {gp1} וסבא {gp2} כבר בדרך."],
    "hi": ["खुशखबरी! {baby} का जन्म {dob} को {t} बजे हुआ, वज़न {w}। माता-पिता {mum} और {dad}, बड़ी बहन/भाई {sib}, दादी {gp1} और दादा {gp2} सबका आशीर्वाद चाहते हैं।"],
    "ja": ["ご報告です。{dob} {t}、第二子となる{baby}が誕生しました（{w}）。母{mum}、父{dad}、姉/兄の{sib}ともども、今後ともよろしくお願いいたします。"],
    "ko": ["{dob} {t}, 저희 {baby}가 태어났어요 ({w}). 엄마 {mum}, 아빠 {dad}, 형/누나 {sib} 모두 건강합니다. 할머니 {gp1} 님, 할아버지 {gp2} 님 감사드려요!"],
    "zh": ["報喜！{baby}於{dob} {t}平安出生，體重{w}。爸爸{dad}、媽媽{mum}和哥哥/姊姊{sib}感謝大家的祝福。阿嬤{gp1}已經在準備彌月油飯了。"],
    "vi": ["Chào mừng bé {baby} chào đời {dob} lúc {t}, nặng {w}! Bố {dad}, mẹ {mum} và anh/chị {sib} cảm ơn cả nhà. Ông bà nội {gp1} và {gp2} vui lắm."],
    "tl": ["Salamat sa Diyos! Ipinanganak si {baby} noong {dob}, {t}, {w}. Mga magulang: {mum} at {dad}. Kuya/Ate {sib} excited na. Lola {gp1} at Lolo {gp2}, salamat sa dasal!"],
    "id": ["Alhamdulillah, telah lahir {baby} pada {dob} pukul {t} WIB, berat {w}. Ayah {dad}, Bunda {mum}, dan kakak {sib} mohon doanya. Eyang {gp1} dan {gp2} sudah datang menjenguk."],
    "sw": ["Tunamshukuru Mungu kwa kuzaliwa kwa {baby} tarehe {dob} saa {t}, uzito {w}. Wazazi {mum} na {dad}, pamoja na kaka/dada {sib}, wanawashukuru wote. Bibi {gp1} na babu {gp2} wako nasi."],
}
HOSP = {"en": ["St Elowen's Maternity", "the Riverside Birth Centre", "Marlow Vale Hospital"], "de": ["Klinikum Auenhain", "St.-Hedwig-Krankenhaus"],
        "es": ["el Hospital Materno Alcázar", "la Clínica Santa Brígida"], "it": ["Ospedale San Gervasio", "Clinica Villa Ortensia"],
        "pl": ["Szpitalu Miejskim nr 3", "Szpitalu Świętej Łucji"], "tr": ["Kardelen Hastanesi", "Çamlık Devlet Hastanesi"]}


@tpl(36, ["US", "GB", "AU", "NG", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RU", "UA", "GR", "HU", "EG", "IL", "IN", "JP", "KR", "TW", "VN", "PH", "ID", "KE", "MX", "IE", "ZA", "AT", "PT"])
def birth_post(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    fa, mo, kids = dr.family(2)
    baby, sib = kids
    gp1 = dr.person("f")
    gp2 = dr.person("m")
    d = rdate(R, 2025, 2026)
    fr = R.choice(BIRTH_FRAMES[lang])
    m = {"baby": P(baby) if R.random() < 0.7 else Gv(baby), "dob": dob(R, loc, d), "t": N(hm(R), "time"), "w": N(kg(R, loc), "birth_weight"),
         "mum": R.choice([Gv(mo), P(mo)]), "dad": R.choice([Gv(fa), P(fa)]), "sib": Gv(sib),
         "gp1": R.choice([Gv(gp1), P(gp1)]), "gp2": R.choice([Gv(gp2), P(gp2)]),
         "hosp": N(R.choice(HOSP.get(lang, HOSP["en"])), "hospital"), "addr": ADDR(R, loc), "phone": phone_label(R, loc),
         "sexw": R.choice(["girl", "boy"]), "sibw": R.choice(["sister", "brother"]), "sexit": R.choice(["rosa", "azzurro"])}
    return "post", lang, wrap(R, lang, "polish", fill(fr, m))


# --------------------------------------------------------------- 2 birth registration drafts
REG = {
    "GB": ("Register a birth – notes for the appointment", "Child's full name", "Date of birth", "Place of birth", "Child's NHS number",
           "Mother", "Mother's date of birth", "Father", "Father's date of birth", "Usual address", "Contact number", "Email"),
    "US": ("Birth certificate worksheet (hospital)", "Child's name", "Date of birth", "Facility", "Mother's SSN",
           "Mother's legal name", "Mother's DOB", "Father's legal name", "Father's DOB", "Mailing address", "Phone", "Email"),
    "DE": ("Geburtsanzeige – Angaben für das Standesamt", "Vorname(n) und Familienname des Kindes", "Geburtsdatum", "Geburtsort", "Steuer-ID der Mutter",
           "Mutter", "geb. am", "Vater", "geb. am", "Wohnanschrift", "Telefon", "E-Mail"),
    "FR": ("Déclaration de naissance – brouillon", "Nom et prénoms de l'enfant", "Né(e) le", "Lieu", "N° de sécurité sociale de la mère",
           "Mère", "née le", "Père", "né le", "Domicile", "Téléphone", "Courriel"),
    "ES": ("Solicitud de inscripción de nacimiento", "Nombre y apellidos del nacido", "Fecha de nacimiento", "Lugar", "DNI de la madre",
           "Madre", "Fecha de nacimiento", "Padre", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico"),
    "NL": ("Geboorteaangifte – gegevens", "Naam kind", "Geboortedatum", "Geboorteplaats", "BSN moeder",
           "Moeder", "geboren op", "Vader/partner", "geboren op", "Adres", "Telefoon", "E-mail"),
    "PL": ("Zgłoszenie urodzenia – dane", "Imię i nazwisko dziecka", "Data urodzenia", "Miejsce urodzenia", "PESEL matki",
           "Matka", "data urodzenia", "Ojciec", "data urodzenia", "Adres zamieszkania", "Telefon", "E-mail"),
    "SE": ("Anmälan om faderskap och namn – underlag", "Barnets namn", "Födelsedatum", "Födelseort", "Moderns personnummer",
           "Mor", "född", "Far", "född", "Adress", "Telefon", "E-post"),
    "BR": ("Registro de nascimento – dados para o cartório", "Nome do registrando", "Data de nascimento", "Local", "CPF da mãe",
           "Mãe", "nascida em", "Pai", "nascido em", "Endereço", "Celular", "E-mail"),
    "TR": ("Doğum bildirimi – taslak", "Çocuğun adı soyadı", "Doğum tarihi", "Doğum yeri", "Annenin T.C. Kimlik No",
           "Anne", "Doğum tarihi", "Baba", "Doğum tarihi", "Adres", "Telefon", "E-posta"),
    "GR": ("Δήλωση γέννησης – στοιχεία", "Όνομα τέκνου", "Ημερομηνία γέννησης", "Τόπος γέννησης", "ΑΜΚΑ μητέρας",
           "Μητέρα", "γεν.", "Πατέρας", "γεν.", "Διεύθυνση", "Τηλέφωνο", "Email"),
    "KR": ("출생신고서 작성 메모", "아이 이름", "출생일", "출생장소", "모 주민등록번호",
           "모", "생년월일", "부", "생년월일", "주소", "연락처", "이메일"),
    "IN": ("जन्म पंजीकरण फ़ॉर्म – मसौदा", "बच्चे का नाम", "जन्म तिथि", "जन्म स्थान", "माता का आधार",
           "माता", "जन्म तिथि", "पिता", "जन्म तिथि", "पता", "मोबाइल", "ईमेल"),
    "ZA": ("Notice of birth (DHA-24) – draft", "Child's names", "Date of birth", "Place of birth", "Mother's ID number",
           "Mother", "Date of birth", "Father", "Date of birth", "Residential address", "Cell", "Email"),
    "IT": ("Dichiarazione di nascita – bozza", "Nome e cognome del neonato", "Data di nascita", "Luogo", "Codice fiscale della madre",
           "Madre", "nata il", "Padre", "nato il", "Residenza", "Cellulare", "E-mail"),
    "AT": ("Geburtsanzeige – Daten fürs Standesamt", "Vorname(n) und Familienname", "Geburtsdatum", "Geburtsort", "SV-Nummer der Mutter",
           "Mutter", "geb.", "Vater", "geb.", "Wohnadresse", "Telefon", "E-Mail"),
    "RU": ("Заявление о рождении – черновик для ЗАГСа", "ФИО ребёнка", "Дата рождения", "Место рождения", "СНИЛС матери",
           "Мать", "дата рождения", "Отец", "дата рождения", "Адрес", "Телефон", "Эл. почта"),
    "UA": ("Реєстрація народження – дані для ДРАЦС", "ПІБ дитини", "Дата народження", "Місце народження", "РНОКПП матері",
           "Мати", "дата народження", "Батько", "дата народження", "Адреса", "Телефон", "Ел. пошта"),
    "JP": ("出生届 下書きメモ", "子の氏名", "生まれたとき", "生まれたところ", "",
           "母", "生年月日", "父", "生年月日", "住所", "電話", "メール"),
    "TW": ("出生登記 申請資料", "新生兒姓名", "出生日期", "出生地點", "母親身分證字號",
           "母親", "出生日期", "父親", "出生日期", "戶籍地址", "手機", "電子郵件"),
    "VN": ("Tờ khai đăng ký khai sinh – bản nháp", "Họ, chữ đệm, tên", "Ngày sinh", "Nơi sinh", "",
           "Mẹ", "ngày sinh", "Cha", "ngày sinh", "Nơi cư trú", "Điện thoại", "Email"),
    "IL": ("הודעה על לידה – טיוטה", "שם הילד/ה", "תאריך לידה", "מקום לידה", "מספר זהות של האם",
           "האם", "ת. לידה", "האב", "ת. לידה", "כתובת", "טלפון", "דוא\"ל"),
    "HU": ("Születési anyakönyvezés – adatlap", "A gyermek neve", "Születési idő", "Születési hely", "Anya TAJ-száma",
           "Anya", "szül.", "Apa", "szül.", "Lakcím", "Telefon", "E-mail"),
}
PLACE = {"GB": "Marlow Vale Hospital", "US": "Riverbend Medical Center, Labor & Delivery", "DE": "Klinikum Auenhain", "FR": "Maternité des Iris",
         "ES": "Hospital Materno Alcázar", "NL": "Ziekenhuis Hofwijck", "PL": "Szpital Miejski nr 3", "SE": "Kvinnokliniken, Länssjukhuset",
         "BR": "Maternidade Santa Quitéria", "TR": "Kardelen Hastanesi", "GR": "Μαιευτήριο «Η Ελπίδα»", "KR": "한빛여성병원", "IN": "ज़िला महिला चिकित्सालय",
         "ZA": "Lentegeur Maternity Unit", "IT": "Ospedale San Gervasio", "AT": "Landesklinikum Donautal", "HU": "Szent Borbála Kórház",
         "RU": "Перинатальный центр № 2", "UA": "Пологовий будинок № 3", "JP": "みどり台産婦人科", "TW": "仁愛婦幼醫院", "VN": "Bệnh viện Phụ sản Trung ương", "IL": "המרכז הרפואי הדסים"}


@tpl(36, sorted(REG))
def birth_registration(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    fa, mo, (baby,) = dr.family(1)
    t = REG[loc]
    d = rdate(R, 2025, 2026)
    dm, df = rdate(R, 1982, 2000), rdate(R, 1978, 1998)
    idm = gov_label(R, loc, mo, dm)
    rows = [t[0] + "\n\n", t[1], ": ", P(baby), "\n", t[2], ": ", dob(R, loc, d), " ", N(hm(R), "time"), "\n",
            t[3], ": ", N(PLACE[loc], "hospital"), "\n"]
    if loc == "GB":
        nh = gov_label(R, loc, baby, d)
        rows += [t[4], ": ", nh, "\n"]
    elif idm is not None:
        rows += [t[4], ": ", idm, "\n"]
    rows += ["\n", t[5], ": ", P(mo), " – ", t[6], " ", dob(R, loc, dm), "\n",
             t[7], ": ", P(fa)] + ([" – ", t[8], " ", dob(R, loc, df)] if R.random() < 0.6 else []) + ["\n"]
    if loc == "US":
        a, g, s = ssn_random(R)
        rows += ["Father's SSN: ", L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn"), "\n"]
    rows += [t[9], ": ", ADDR(R, loc, R.random() < 0.3), "\n", t[10], ": ", phone_label(R, loc), "\n"]
    if R.random() < 0.4:
        rows += [t[11], ": ", email_label(R, R.choice([fa, mo])), "\n"]
    rows += [{"GB": "Appointment ref: ", "DE": "Vorgangsnr.: ", "FR": "Réf. dossier : ", "ES": "Nº de cita: ", "NL": "Zaaknummer: ",
              "PL": "Nr sprawy: ", "SE": "Ärendenr: ", "BR": "Protocolo: ", "TR": "Randevu no: ", "GR": "Αρ. πρωτ.: ", "KR": "접수번호: ",
              "IN": "आवेदन संख्या: ", "ZA": "Ref no: ", "IT": "Prot. n. ", "AT": "GZ: ", "HU": "Ügyszám: ", "US": "Record #: ",
              "RU": "№ заявления: ", "UA": "№ заяви: ", "JP": "受付番号: ", "TW": "收件編號: ", "VN": "Số hồ sơ: ", "IL": "מס' פנייה: "}[loc],
             N("%s-%d/%d" % (R.choice(["BR", "GA", "NA", "RB"]), R.randint(1000, 98000), R.randint(2025, 2026)), "case_ref")]
    return "form", lang, wrap(R, lang, "check", rows)


# --------------------------------------------------------------- 3 ceremony invitations
CEREMONY = {
    "US": ("en", "Please join us as our son {child} is called to the Torah as a Bar Mitzvah, {date}, 10:00 am at {venue}. Kiddush luncheon to follow. Parsha: {ref}. Hosted by {p1} and {p2}. RSVP to {mail} or text {phone}. Out-of-town guests are welcome to stay at ours: {addr}."),
    "GB": ("en", "{p1} and {p2} warmly invite you to the christening of {child} on {date} at {venue}, 11 am, followed by lunch at home – {addr}. Godparents: {gp1} and {gp2}. Reading: {ref}. RSVP {phone}."),
    "NG": ("en", "NAMING CEREMONY. With gratitude to God, {p1} and {p2} invite you to the naming ceremony of their baby girl/boy, {child}, on {date}, 9 am, at our residence: {addr}. Reception at {venue}. Enquiries: {phone} ({p3})."),
    "KE": ("sw", "Mnakaribishwa kwenye sherehe ya kumpa jina mtoto wetu {child}, tarehe {date}, saa nne asubuhi, nyumbani kwetu: {addr}. Wenyeji: {p1} na {p2}. Mawasiliano: {phone}. Somo: {ref}."),
    "IL": ("he", "בשמחה רבה אנו מזמינים אתכם לבת המצווה של בתנו {child}, ב־{date} בשעה 19:30, ב{venue}. פרשת השבוע: {ref}. {p1} ו{p2}. אישורי הגעה: {phone} או {mail}."),
    "EG": ("ar", "يسعدنا دعوتكم لحضور عقيقة ابننا/ابنتنا {child} يوم {date} بعد صلاة العصر في {venue}. والدا الطفل: {p1} و{p2}. للتواصل: {phone}. العنوان للهدايا: {addr}."),
    "ID": ("id", "Undangan Aqiqah. Dengan memohon rahmat Allah SWT, kami mengundang Bapak/Ibu pada acara aqiqah putra/putri kami {child}, hari {date}, pukul 10.00, bertempat di kediaman kami: {addr}. Kami yang berbahagia, {p1} & {p2}. Konfirmasi: {phone}."),
    "KR": ("ko", "저희 {child}의 첫 생일 돌잔치에 초대합니다. 일시: {date} 낮 12시, 장소: {venue}. 아빠 {p1} · 엄마 {p2} 드림. 문의: {phone}"),
    "GR": ("el", "Με χαρά σας προσκαλούμε στη βάπτιση του/της μικρού/ής μας {child}, {date}, ώρα 18:00, στον {venue}. Νονός/Νονά: {gp1}. Οι γονείς {p1} και {p2}. Επιβεβαίωση: {phone}."),
    "IT": ("it", "{p1} e {p2} sono felici di invitarvi al battesimo di {child}, {date} alle 11:00 presso {venue}. Padrino e madrina: {gp1} e {gp2}. A seguire pranzo a casa nostra, {addr}. Conferma a {phone}."),
    "PL": ("pl", "Serdecznie zapraszamy na chrzest naszego syna/córki {child}, {date}, godz. 12:00, {venue}. Rodzice chrzestni: {gp1} i {gp2}. Po uroczystości obiad w domu: {addr}. {p1} i {p2}, tel. {phone}."),
    "ES": ("es", "Os invitamos al bautizo de {child} el {date} a las 12:30 en {venue}. Padrinos: {gp1} y {gp2}. Después, comida en casa de los abuelos: {addr}. Confirmad a {p1} ({phone})."),
    "MX": ("es", "Con mucho cariño te invitamos al bautizo de nuestro/a hijo/a {child}, el {date} a las 13:00 h en {venue}. Padrinos: {gp1} y {gp2}. Recepción en {addr}. Papás: {p1} y {p2}. Confirma al {phone}."),
    "PH": ("tl", "Inaanyayahan po namin kayo sa binyag ng aming anak na si {child} sa {date}, 10:00 ng umaga, sa {venue}. Ninong at Ninang: {gp1} at {gp2}. Salu-salo sa bahay: {addr}. RSVP kay {p1}: {phone}."),
    "IN": ("hi", "हमारे लाड़ले/लाड़ली {child} के नामकरण संस्कार में आप सादर आमंत्रित हैं। तिथि: {date}, समय: सुबह 11 बजे, स्थान: {addr}। निवेदक: {p1} एवं {p2}। संपर्क: {phone}"),
    "TR": ("tr", "Oğlumuz/kızımız {child}'in mevlidine davetlisiniz. Tarih: {date}, saat 14:00, yer: {venue}. Anne-baba: {p1} ve {p2}. LCV: {phone}. Adres tarifi için arayabilirsiniz: {addr}"),
    "RU": ("ru", "Приглашаем на крестины нашего сына/дочери {child}: {date}, 11:00, {venue}. Крёстные: {gp1} и {gp2}. Потом обед у нас дома: {addr}. {p1} и {p2}, тел. {phone}."),
    "VN": ("vi", "Trân trọng kính mời cả nhà đến dự tiệc đầy tháng bé {child} vào {date}, lúc 11 giờ, tại nhà riêng: {addr}. Bố mẹ bé: {p1} và {p2}. Liên hệ: {phone}."),
    "JP": ("ja", "{child}のお宮参りとお食い初めのご案内です。日時：{date} 11時、場所：{venue}。そのあと自宅（{addr}）で食事会をします。{p1}・{p2}　連絡先：{phone}"),
}
VENUES = {"US": ["Temple Beth Shalom, 4100 Linden Avenue", "Congregation Ohev Tzedek"], "GB": ["St Aldhelm's Church, Church Lane", "the Kensal Hall, 12 Market Row"],
          "NG": ["the Oak Pavilion, Ikeja", "Chapel of Grace hall"],
          "sw": ["Kanisa la St. Andrew's"], "he": ["אולם הגפן, רחוב התעשייה 8"], "ar": ["قاعة الياسمين بنادي الصيد"], "id": ["Masjid Al-Ikhlas"],
          "ko": ["더채플 웨딩홀 3층 라벤더홀"], "el": ["Ιερό Ναό Αγίου Νικολάου Πευκακίων"], "it": ["la Chiesa di San Bartolomeo, piazza del Duomo 4"],
          "pl": ["kościół pw. św. Jadwigi, ul. Kościelna 2"], "es": ["la Parroquia de San Millán", "la Parroquia de Nuestra Señora del Carmen"],
          "tl": ["Parokya ng San Roque"], "tr": ["Hacı Bayram Camii yanındaki Çınar Salonu"], "ru": ["храм Покрова Пресвятой Богородицы"], "vi": ["nhà hàng Hương Sen"],
          "ja": ["白山神社"], "hi": ["आर्य समाज मंदिर"]}
REFS = {"US": ["Parashat Lech Lecha", "Parashat Vayera", "Parashat Toldot"], "GB": ["Matthew 19:14", "Psalm 139:13-16", "Mark 10:13-16"], "en": ["Psalm 127:3"], "sw": ["Zaburi 127:3"], "he": ["לך לך", "וירא", "חיי שרה"],
        "el": ["Κατά Μάρκον 10:14"], "it": ["Mc 10,13-16"], "es": ["Mc 10,14"], "ar": [""], "default": [""]}


@tpl(32, sorted(CEREMONY))
def ceremony_invite(R, loc):
    lang, fr = CEREMONY[loc]
    dr = Draw(R, loc)
    fa, mo, (child,) = dr.family(1)
    gp1, gp2 = dr.person(), dr.person()
    p3 = dr.person()
    d = rdate(R, 2026, 2027)
    m = {"child": R.choice([P(child), Gv(child)]) if lang not in ("ko", "ja", "zh") else P(child),
         "date": N(fdate(R, loc, d), "event_date"), "venue": N(R.choice(VENUES.get(loc) or VENUES[lang]), "venue"),
         "ref": N(R.choice(REFS.get(loc) or REFS.get(lang, REFS["en"])) or "—", "scripture"),
         "p1": R.choice([P(fa), Gv(fa)]), "p2": R.choice([P(mo), Gv(mo)]), "p3": P(p3),
         "gp1": P(gp1), "gp2": P(gp2), "phone": phone_label(R, loc), "mail": email_label(R, R.choice([fa, mo])),
         "addr": ADDR(R, loc)}
    if "{ref}" in fr and m["ref"].text == "—":
        m["ref"] = N("Mk 10,14", "scripture")
    return "invitation", lang, wrap(R, lang, "invite", fill(fr, m))


# --------------------------------------------------------------- 4 baptism registers
BAPT = {
    "DE": ("de", "Taufregister Pfarrei St. Ansgar, Buch {book}, S. {page}, Nr. {entry}\nTäufling: {child}, geb. {dob}\nTaufe: {date} durch {off}\nEltern: {fa} und {mo}, wohnhaft {addr}\nPaten: {gp1}, {gp2}\nTel. Eltern: {phone}\nPfarrbüro: {office}"),
    "IT": ("it", "Registro dei battesimi – Parrocchia di San Bartolomeo, vol. {book}, pag. {page}, n. {entry}\nBattezzato/a: {child}, nato/a il {dob}\nBattesimo: {date}, celebrante {off}\nGenitori: {fa} e {mo}, residenti in {addr}\nPadrino: {gp1} – Madrina: {gp2}\nCell.: {phone}\nUfficio parrocchiale: {office}"),
    "ES": ("es", "Libro de Bautismos n.º {book}, folio {page}, partida {entry}\nBautizado/a: {child}, nacido/a el {dob}\nFecha del bautismo: {date}. Ministro: {off}\nPadres: {fa} y {mo}. Domicilio: {addr}\nPadrinos: {gp1} y {gp2}\nTeléfono: {phone}\nDespacho parroquial: {office}"),
    "MX": ("es", "Constancia de bautismo – Libro {book}, foja {page}, acta {entry}\nNombre: {child}. Fecha de nacimiento: {dob}\nBautizado el {date} por el Pbro. {off}\nPadres: {fa} y {mo}\nPadrinos: {gp1} y {gp2}\nDomicilio: {addr} – Tel. {phone}\nNotaría parroquial: {office}"),
    "PL": ("pl", "Księga ochrzczonych, tom {book}, str. {page}, akt nr {entry}\nOchrzczony/a: {child}, ur. {dob}\nData chrztu: {date}, szafarz: ks. {off}\nRodzice: {fa} i {mo}, zam. {addr}\nChrzestni: {gp1}, {gp2}\nTel.: {phone}\nKancelaria parafialna: {office}"),
    "FR": ("fr", "Registre des baptêmes – Paroisse Saint-Rémi, registre {book}, f° {page}, acte n° {entry}\nBaptisé(e) : {child}, né(e) le {dob}\nBaptême le {date}, célébrant : {off}\nParents : {fa} et {mo}, domiciliés {addr}\nParrain : {gp1} – Marraine : {gp2}\nTél. : {phone}\nSecrétariat : {office}"),
    "PT": ("pt", "Livro de Registo de Baptismos n.º {book}, fl. {page}, assento {entry}\nBaptizado(a): {child}, nascido(a) a {dob}\nData: {date}, celebrante: Pe. {off}\nPais: {fa} e {mo}, residentes em {addr}\nPadrinhos: {gp1} e {gp2}\nContacto: {phone}\nCartório paroquial: {office}"),
    "BR": ("pt", "Livro de Batizados {book}, folha {page}, termo {entry}\nBatizando(a): {child}, nascido(a) em {dob}\nBatizado em {date} pelo Pe. {off}\nPais: {fa} e {mo}\nPadrinhos: {gp1} e {gp2}\nEndereço: {addr} – Cel.: {phone}\nSecretaria paroquial: {office}"),
    "GB": ("en", "Register of Baptisms, St Aldhelm's, vol. {book}, p. {page}, entry {entry}\nChild: {child}, born {dob}\nBaptised: {date} by {off}\nParents: {fa} and {mo}, of {addr}\nGodparents: {gp1}, {gp2}\nParents' mobile: {phone}\nParish office: {office}"),
    "IE": ("en", "Baptismal register, Parish of St Kieran, Book {book}, page {page}, no. {entry}\nName: {child}, date of birth {dob}\nDate of baptism: {date}. Celebrant: Fr {off}\nParents: {fa} and {mo}, {addr}\nSponsors: {gp1}, {gp2}\nContact: {phone}\nParish office: {office}"),
    "PH": ("tl", "Baptismal Register, Book {book}, Page {page}, Line {entry}\nPangalan: {child}, ipinanganak {dob}\nBinyag: {date}, ni Rev. Fr. {off}\nMga magulang: {fa} at {mo}\nNinong/Ninang: {gp1}, {gp2}\nTirahan: {addr}\nCP: {phone}\nParish office: {office}"),
    "HU": ("hu", "Keresztelési anyakönyv, {book}. kötet, {page}. oldal, {entry}. sorszám\nMegkeresztelt: {child}, szül. {dob}\nKeresztelés: {date}, keresztelő pap: {off}\nSzülők: {fa} és {mo}, lakcím: {addr}\nKeresztszülők: {gp1}, {gp2}\nTelefon: {phone}\nPlébánia: {office}"),
    "GR": ("el", "Βιβλίο Βαπτίσεων, τόμος {book}, σελ. {page}, αρ. {entry}\nΒαπτισθείς/είσα: {child}, γεν. {dob}\nΒάπτιση: {date}, ιερέας: π. {off}\nΓονείς: {fa} και {mo}, {addr}\nΑνάδοχος: {gp1}\nΜάρτυρας: {gp2}\nΤηλ.: {phone}\nΓραφείο ναού: {office}"),
}
OFFICE = {"DE": "Kirchplatz 3, Tel. 05131 48 27 90", "IT": "piazza del Duomo 4, tel. 035 24 18 77", "ES": "Plaza de San Millán 1, tel. 941 22 30 15",
          "MX": "Av. Hidalgo 210, Centro", "PL": "ul. Kościelna 2, tel. 56 622 41 30", "FR": "2 place de l'Église, 03 89 41 22 07",
          "PT": "Largo da Igreja, 3500-012", "BR": "Praça da Matriz, s/n", "GB": "Church Lane, 01423 566 210", "IE": "Church Street, 052 612 2044",
          "PH": "Rizal Ave. cor. Mabini St.", "HU": "Templom tér 1.", "GR": "Πλατεία Αγίου Νικολάου"}


@tpl(24, sorted(BAPT))
def baptism_register(R, loc):
    lang, fr = BAPT[loc]
    dr = Draw(R, loc)
    fa, mo, (child,) = dr.family(1)
    gp1, gp2, off = dr.person("m"), dr.person("f"), dr.person("m")
    d = rdate(R, 2024, 2026)
    bd = d + datetime.timedelta(days=R.randint(40, 200))
    m = {"book": N(str(R.randint(3, 41)), "register_no"), "page": N(str(R.randint(2, 299)), "register_no"),
         "entry": N(str(R.randint(1, 180)) + "/" + str(bd.year), "register_no"),
         "child": P(child), "dob": dob(R, loc, d), "date": N(fdate(R, loc, bd), "baptism_date"),
         "off": R.choice([P(off), Fam(off)]), "fa": P(fa), "mo": P(mo), "gp1": P(gp1), "gp2": P(gp2) if R.random() < 0.5 else "—",
         "addr": ADDR(R, loc), "phone": phone_label(R, loc), "office": N(OFFICE[loc], "parish_office")}
    return "register", lang, wrap(R, lang, R.choice(["check", "table"]), fill(fr, m))

# --------------------------------------------------------------- 5 wedding guest lists (CSV)
GL_HEAD = {
    "en": "first_name,last_name,plus_one,address,email,phone,side,diet,table",
    "de": "Vorname;Nachname;Begleitung;Adresse;E-Mail;Telefon;Seite;Essen;Tisch",
    "fr": "Prénom;Nom;Accompagnant;Adresse;Email;Téléphone;Côté;Régime;Table",
    "es": "Nombre,Apellidos,Acompañante,Dirección,Email,Teléfono,Lado,Menú,Mesa",
    "it": "Nome;Cognome;Accompagnatore;Indirizzo;Email;Telefono;Parte;Menù;Tavolo",
    "nl": "Voornaam;Achternaam;Partner;Adres;E-mail;Telefoon;Kant;Dieet;Tafel",
    "pt": "Nome;Apelido;Acompanhante;Morada;Email;Telemóvel;Lado;Dieta;Mesa",
    "pl": "Imię;Nazwisko;Osoba towarzysząca;Adres;E-mail;Telefon;Strona;Dieta;Stół",
    "sv": "Förnamn;Efternamn;Sällskap;Adress;E-post;Telefon;Sida;Kost;Bord",
    "tr": "Ad;Soyad;Eşlik eden;Adres;E-posta;Telefon;Taraf;Menü;Masa",
    "el": "Όνομα;Επώνυμο;Συνοδός;Διεύθυνση;Email;Τηλέφωνο;Πλευρά;Μενού;Τραπέζι",
    "hu": "Vezetéknév;Keresztnév;Kísérő;Cím;E-mail;Telefon;Oldal;Menü;Asztal",
    "hi": "नाम,उपनाम,साथ में,पता,ईमेल,फ़ोन,पक्ष,भोजन,टेबल",
}
SIDE = {"en": ["bride", "groom", "both"], "de": ["Braut", "Bräutigam", "beide"], "fr": ["mariée", "marié", "les deux"], "es": ["novia", "novio", "ambos"],
        "it": ["sposa", "sposo", "entrambi"], "nl": ["bruid", "bruidegom", "beide"], "pt": ["noiva", "noivo", "ambos"], "pl": ["panna młoda", "pan młody", "oboje"],
        "sv": ["bruden", "brudgummen", "båda"], "tr": ["gelin", "damat", "ikisi"], "el": ["νύφη", "γαμπρός", "και οι δύο"], "hu": ["menyasszony", "vőlegény", "mindkettő"],
        "hi": ["वधू", "वर", "दोनों"]}
DIET = {"en": ["veg", "vegan", "GF", "-", "no nuts", "halal"], "de": ["vegetarisch", "vegan", "-", "laktosefrei"], "fr": ["végé", "-", "sans gluten"],
        "es": ["vegetariano", "-", "celíaco"], "it": ["vegetariano", "-", "celiaco"], "nl": ["vega", "-", "glutenvrij"], "pt": ["vegetariano", "-"],
        "pl": ["wege", "-", "bez glutenu"], "sv": ["vegetarisk", "-", "laktosfri"], "tr": ["vejetaryen", "-"], "el": ["νηστίσιμο", "-"], "hu": ["vega", "-"], "hi": ["शाकाहारी", "जैन", "-"]}


@tpl(22, ["US", "GB", "IE", "AU", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "TR", "GR", "HU", "IN", "NG", "ZA", "MX", "BR"])
def guest_list_csv(R, loc):
    lang = LOCALES[loc]
    hl = lang if lang in GL_HEAD else "en"
    head = GL_HEAD[hl]
    sep = ";" if ";" in head else ","
    dr = Draw(R, loc)
    one_col = R.random() < 0.5
    if one_col:
        hs = head.split(sep)
        head = sep.join([{"hu": "Név", "hi": "पूरा नाम"}.get(hl, hs[0].replace("first_name", "name").replace("Vorname", "Name").replace("Prénom", "Nom complet")
                                                         .replace("Nombre", "Nombre completo").replace("Nome", "Nome completo").replace("Voornaam", "Naam")
                                                         .replace("Imię", "Imię i nazwisko").replace("Förnamn", "Namn").replace("Ad", "Ad soyad").replace("Όνομα", "Ονοματεπώνυμο"))] + hs[2:])
    rows = [head, "\n"]
    n = R.randint(2, 4)
    for i in range(n):
        foreign = R.random() < 0.12
        gl = R.choice(["GB", "DE", "US", "FR", "IT", "ES", "NL", "PL"]) if foreign else loc
        if gl == loc and foreign:
            gl = "SE" if loc != "SE" else "DE"
        p = dr.person(loc=gl) if not foreign else dr.person(loc=gl)
        cells = []
        if one_col:
            cells += [P(p), sep]
        elif hl == "hu" and gl == "HU":
            cells += [L("person", p.fam, sub="family"), sep, L("person", p.given, sub="given"), sep]
        else:
            cells += [L("person", p.given, sub="given"), sep, L("person", p.fam, sub="family"), sep]
        if R.random() < 0.3:
            q = dr.person(loc=gl, famrec=None)
            cells += [L("person", q.full), sep]
        else:
            cells += [R.choice(["", "-", "no", "0"]), sep]
        a = address(R, gl, False)
        cells += ['"', L("address", a, sub=gl.lower()), '"', sep] if (sep in a or "," in a) and sep == "," else [L("address", a, sub=gl.lower()), sep]
        cells += [email_label(R, p, gl) if R.random() < 0.55 else "", sep]
        cells += [phone_label(R, gl, region=loc) if R.random() < 0.5 else "", sep]
        cells += [R.choice(SIDE[hl]), sep, R.choice(DIET[hl]), sep, N(str(R.randint(1, 18)), "table_no")]
        rows += cells + ["\n"]
    return "csv", lang, wrap(R, lang, "table", rows)


# --------------------------------------------------------------- 6 seating plans
SEAT = {
    "en": ("Seating plan v3 (top table + 5)", "Top table", "Table", "kids' table", ["Lavender", "Bluebell", "Foxglove", "Thistle", "Heather", "Primrose"]),
    "de": ("Sitzplan Hochzeit – Stand Dienstag", "Brauttisch", "Tisch", "Kindertisch", ["Hamburg", "Lissabon", "Wien", "Kopenhagen", "Triest", "Sylt"]),
    "fr": ("Plan de table – version finale (j'espère)", "Table d'honneur", "Table", "table des enfants", ["Pivoine", "Glycine", "Lilas", "Mimosa", "Bleuet"]),
    "it": ("Tableau de mariage – bozza", "Tavolo sposi", "Tavolo", "tavolo bimbi", ["Capri", "Taormina", "Portofino", "Matera", "Alberobello"]),
    "es": ("Distribución de mesas", "Mesa presidencial", "Mesa", "mesa de niños", ["Menorca", "Cuenca", "Ronda", "Cadaqués", "Albarracín"]),
    "nl": ("Tafelindeling bruiloft", "Bruidstafel", "Tafel", "kindertafel", ["Texel", "Vlieland", "Terschelling", "Ameland"]),
    "pl": ("Rozsadzenie gości – wersja 4", "Stół młodej pary", "Stół", "stolik dla dzieci", ["Hel", "Sopot", "Kazimierz", "Zakopane"]),
    "sv": ("Placeringslista bröllop", "Brudbordet", "Bord", "barnbordet", ["Gotland", "Öland", "Orust", "Tjörn"]),
    "pt": ("Plano de mesas", "Mesa dos noivos", "Mesa", "mesa das crianças", ["Sintra", "Óbidos", "Tavira", "Monsaraz"]),
    "tr": ("Oturma planı – düğün", "Gelin-damat masası", "Masa", "çocuk masası", ["Kaş", "Assos", "Bozcaada", "Cunda"]),
    "el": ("Διάταξη τραπεζιών", "Τραπέζι νυφικό", "Τραπέζι", "παιδικό τραπέζι", ["Νάξος", "Σίφνος", "Ύδρα", "Πάρος"]),
    "ko": ("하객 좌석 배치", "신랑신부석", "테이블", "어린이석", ["목련", "라일락", "수국", "튤립"]),
    "ja": ("披露宴 席次表（案）", "高砂", "卓", "お子様席", ["松", "竹", "梅", "桜", "楓"]),
    "zh": ("婚宴座位表", "主桌", "桌", "兒童桌", ["玫瑰", "百合", "牡丹", "蘭花"]),
    "vi": ("Sơ đồ bàn tiệc cưới", "Bàn cô dâu chú rể", "Bàn", "bàn trẻ em", ["Sen", "Cúc", "Lan", "Đào"]),
}
SEAT_LOCS = {"en": ["GB", "US", "IE", "AU"], "de": ["DE", "AT"], "fr": ["FR"], "it": ["IT"], "es": ["ES", "MX"], "nl": ["NL"], "pl": ["PL"], "sv": ["SE"],
             "pt": ["PT", "BR"], "tr": ["TR"], "el": ["GR"], "ko": ["KR"], "ja": ["JP"], "zh": ["TW"], "vi": ["VN"]}


@tpl(8, ["GB", "DE", "FR", "IT", "ES", "NL", "PL", "SE", "PT", "TR", "GR", "KR", "JP", "TW", "VN", "US", "MX", "BR", "AT", "AU", "IE"])
def seating_plan(R, loc):
    lang = LOCALES[loc]
    title, top, tab, kids, names = SEAT[lang]
    dr = Draw(R, loc)
    bride, groom = dr.person("f"), dr.person("m")
    rows = [title, "\n\n", top, ": ", Gv(bride) if lang not in ("ja", "ko", "zh", "vi") else P(bride), " & ",
            Gv(groom) if lang not in ("ja", "ko", "zh", "vi") else P(groom), ", "]
    best = [dr.person()]
    rows += [P(best[0]), "\n"]
    tnames = R.sample(names, 2)
    for t in tnames:
        rows += [tab, " ", N(t, "table_name"), ": "]
        k = R.randint(2, 4)
        ppl = []
        fam = dr.famrec()
        for j in range(k):
            if j < 2 and R.random() < 0.5:
                p = dr.person(R.choice("mf"), famrec=fam)
            else:
                p = dr.person()
            ppl.append(P(p))
        for j, x in enumerate(ppl):
            rows += [x] + ([", "] if j < len(ppl) - 1 else [])
        rows += ["\n"]
    kd = [dr.person() for _ in range(R.randint(1, 2))]
    rows += [kids, ": "]
    for j, x in enumerate(kd):
        rows += [Gv(x) if lang not in ("ja", "ko", "zh", "vi") else P(x)] + ([", "] if j < len(kd) - 1 else [])
    rows += ["\n"]
    q = {"en": "Can you check nobody is seated next to their ex and balance the tables to 8-10?", "de": "Kannst du die Tische auf 8-10 Personen ausgleichen?",
         "fr": "Tu peux équilibrer les tables à 8-10 personnes ?", "it": "Puoi bilanciare i tavoli a 8-10 persone?", "es": "¿Puedes equilibrar las mesas a 8-10 personas?",
         "nl": "Kun je de tafels verdelen over 8-10 personen?", "pl": "Wyrównasz stoły do 8-10 osób?", "sv": "Kan du jämna ut borden till 8-10 personer?",
         "pt": "Consegues equilibrar as mesas para 8-10 pessoas?", "tr": "Masaları 8-10 kişiye dengeleyebilir misin?", "el": "Μπορείς να ισορροπήσεις τα τραπέζια σε 8-10 άτομα;",
         "ko": "테이블당 8~10명으로 맞춰 주세요.", "ja": "各卓8〜10名になるよう調整してください。", "zh": "幫我把每桌調整成8到10人。", "vi": "Chia lại giúp mình mỗi bàn 8-10 người."}[lang]
    return "list", lang, [q, "\n\n"] + rows if R.random() < 0.6 else rows + ["\n", q]


# --------------------------------------------------------------- 7 RSVP exports
RSVP_NOTE = {
    "en": ["Can't wait!!", "Sorry, we're away that weekend", "Will bring the little one, hope that's ok", "Song request: anything ABBA"],
    "de": ["Wir freuen uns riesig!", "Leider im Urlaub", "Kommen erst zum Abendessen"], "fr": ["Hâte d'y être !", "Désolés, on sera en vacances"],
    "es": ["¡Allí estaremos!", "Llegamos tarde por el vuelo"], "it": ["Ci saremo!", "Purtroppo siamo fuori"], "nl": ["Wij zijn erbij!", "Helaas verhinderd"],
    "pt": ["Contem connosco!", "Infelizmente não dá"], "pl": ["Będziemy!", "Niestety nie damy rady"], "sv": ["Vi kommer!", "Tyvärr bortresta"],
}


@tpl(21, ["US", "GB", "IE", "AU", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "AT", "ZA"])
def rsvp_export(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    notes = RSVP_NOTE.get(lang, RSVP_NOTE["en"])
    js = R.random() < 0.5
    rows = []
    n = R.randint(2, 3)
    base = datetime.datetime(2026, R.randint(1, 5), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59))
    if js:
        rows.append("[\n")
    else:
        rows.append("submitted_at,guest_name,email,phone,attending,meal,party_size,note,ip\n")
    for i in range(n):
        p = dr.person()
        ts = (base + datetime.timedelta(hours=R.randint(1, 400) * (i + 1))).strftime("%Y-%m-%dT%H:%M:%SZ")
        att = R.choice(["yes", "yes", "no"])
        meal = R.choice(["beef", "fish", "veg", "kids"])
        if js:
            rows += ['  {"id": ', N(str(R.randint(10000, 99999)), "record_id"), ', "submitted_at": "', N(ts, "timestamp"), '", "name": "', P(p),
                     '", "email": "', email_label(R, p), '", "phone": "', phone_label(R, loc, intl=True), '", "attending": "', att,
                     '", "meal": "', meal, '", "note": "', R.choice(notes), '", "ip": "', ip_label(R), '"}', ",\n" if i < n - 1 else "\n"]
        else:
            rows += [N(ts, "timestamp"), ",", P(p), ",", email_label(R, p), ",", phone_label(R, loc) if R.random() < 0.5 else "", ",", att, ",", meal, ",",
                     str(R.randint(1, 4)), ',"', R.choice(notes), '",', ip_label(R), "\n"]
    if js:
        rows.append("]")
    tail = {"en": "Export from our wedding website. Who still owes us an answer, and how many vegetarians do we have?",
            "de": "Export von unserer Hochzeitsseite. Wie viele Zusagen, wie viele Vegetarier?",
            "fr": "Export du site de notre mariage. Combien de oui, combien de végétariens ?", "es": "Exportación de nuestra web de boda. ¿Cuántos confirmados y cuántos vegetarianos?",
            "it": "Export dal sito del matrimonio. Quanti sì e quanti vegetariani?", "nl": "Export van onze trouwsite. Hoeveel ja's en hoeveel vegetariërs?",
            "pt": "Exportação do site do casamento. Quantos confirmados e vegetarianos?", "pl": "Eksport ze strony ślubnej. Ile potwierdzeń i ile osób wege?",
            "sv": "Export från vår bröllopssida. Hur många ja och hur många vegetarianer?"}[lang]
    return "export", lang, [tail, "\n\n"] + rows


# --------------------------------------------------------------- 8 marriage notices, banns, licences
MAR = {
    "GB": ("Notice of marriage – details for the register office", "Party 1", "Party 2", "Full name", "Date of birth", "Address", "Father's name", "Mother's name", "Witnesses", ""),
    "US": ("Marriage license application (county clerk)", "Applicant 1", "Applicant 2", "Legal name", "Date of birth", "Residence", "Father's name", "Mother's maiden name", "Witnesses", "SSN"),
    "DE": ("Anmeldung der Eheschließung – Angaben", "Verlobte/r 1", "Verlobte/r 2", "Name", "Geburtsdatum", "Anschrift", "Vater", "Mutter", "Trauzeugen", "Steuer-ID"),
    "FR": ("Dossier de mariage – mairie", "Futur(e) époux(se) 1", "Futur(e) époux(se) 2", "Nom, prénoms", "Né(e) le", "Domicile", "Père", "Mère", "Témoins", "N° de sécurité sociale"),
    "ES": ("Expediente matrimonial – datos", "Contrayente 1", "Contrayente 2", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Padre", "Madre", "Testigos", "DNI"),
    "IT": ("Richiesta di pubblicazioni di matrimonio", "Sposo/a 1", "Sposo/a 2", "Nome e cognome", "Nato/a il", "Residenza", "Padre", "Madre", "Testimoni", "Codice fiscale"),
    "NL": ("Melding voorgenomen huwelijk", "Partner 1", "Partner 2", "Naam", "Geboortedatum", "Adres", "Vader", "Moeder", "Getuigen", "BSN"),
    "PL": ("Zapewnienie o braku przeszkód do zawarcia małżeństwa", "Nupturient 1", "Nupturient 2", "Imię i nazwisko", "Data urodzenia", "Adres", "Ojciec", "Matka", "Świadkowie", "PESEL"),
    "SE": ("Hindersprövning – underlag", "Part 1", "Part 2", "Namn", "Född", "Adress", "Far", "Mor", "Vittnen", "Personnummer"),
    "BR": ("Habilitação para casamento – dados", "Nubente 1", "Nubente 2", "Nome completo", "Nascido(a) em", "Endereço", "Pai", "Mãe", "Testemunhas", "CPF"),
    "PT": ("Processo de casamento – Conservatória", "Nubente 1", "Nubente 2", "Nome completo", "Data de nascimento", "Morada", "Pai", "Mãe", "Testemunhas", "NIF"),
    "TR": ("Evlenme başvurusu – bilgiler", "Kadın", "Erkek", "Adı soyadı", "Doğum tarihi", "Adres", "Baba adı", "Ana adı", "Şahitler", "T.C. Kimlik No"),
    "GR": ("Αίτηση άδειας γάμου", "Μελλόνυμφος 1", "Μελλόνυμφος 2", "Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Πατέρας", "Μητέρα", "Κουμπάροι", "ΑΜΚΑ"),
    "HU": ("Házasságkötési szándék bejelentése", "Menyasszony", "Vőlegény", "Név", "Születési idő", "Lakcím", "Apja neve", "Anyja neve", "Tanúk", "TAJ"),
    "KR": ("혼인신고서 초안", "아내", "남편", "성명", "생년월일", "주소", "부", "모", "증인", "주민등록번호"),
    "TW": ("結婚登記資料", "一方", "他方", "姓名", "出生日期", "住址", "父", "母", "證人", "身分證字號"),
    "IE": ("Marriage notification – HSE registration appointment", "Party 1", "Party 2", "Name", "Date of birth", "Address", "Father", "Mother", "Witnesses", "PPS number"),
    "IL": ("רישום לנישואין – פרטים", "החתן", "הכלה", "שם מלא", "תאריך לידה", "כתובת", "שם האב", "שם האם", "עדים", "מספר זהות"),
    "MX": ("Solicitud de matrimonio civil – Registro Civil", "Contrayente 1", "Contrayente 2", "Nombre completo", "Fecha de nacimiento", "Domicilio", "Padre", "Madre", "Testigos", "CURP"),
    "RU": ("Заявление о регистрации брака – черновик", "Жених", "Невеста", "ФИО", "Дата рождения", "Адрес", "Отец", "Мать", "Свидетели", "СНИЛС"),
    "JP": ("婚姻届 記入メモ", "夫になる人", "妻になる人", "氏名", "生年月日", "住所", "父", "母", "証人", ""),
    "UA": ("Заява про державну реєстрацію шлюбу – чернетка", "Наречений", "Наречена", "ПІБ", "Дата народження", "Адреса", "Батько", "Мати", "Свідки", "РНОКПП"),
}


@tpl(28, sorted(MAR))
def marriage_notice(R, loc):
    lang = LOCALES[loc]
    t = MAR[loc]
    dr = Draw(R, loc)
    a = dr.person("f" if loc in ("TR", "HU", "KR") else "m")
    b = dr.person("m" if loc in ("TR", "HU", "KR") else "f")
    if loc in ("IL", "UA", "RU", "JP"):
        a, b = dr.person("m"), dr.person("f")
    rows = [t[0], "\n"]
    wd = rdate(R, 2026, 2027)
    with_parents = R.random() < 0.4
    same_addr = R.random() < 0.5
    shared = ADDR(R, loc) if same_addr else None
    for lab, p in ((t[1], a), (t[2], b)):
        d = rdate(R, 1984, 2001)
        f = dr.person("m", famrec=famrec_of(p)) if loc not in ("ES", "MX", "PT", "BR") else dr.person("m")
        mo = dr.person("f")
        rows += ["\n", lab, "\n", t[3], ": ", P(p), "\n", t[4], ": ", dob(R, loc, d), "\n", t[5], ": ",
                 shared if shared is not None else ADDR(R, loc), "\n"]
        if shared is not None:
            shared = L("address", shared.value, **shared.meta)
        g = gov_label(R, loc, p, d)
        if g is not None and t[9] and R.random() < 0.75:
            rows += [t[9], ": ", g, "\n"]
        if with_parents:
            rows += [t[6], ": ", P(f), "\n", t[7], ": ", P(mo), "\n"]
    w1, w2 = dr.person(), dr.person()
    rows += ["\n", t[8], ": ", P(w1), ", ", P(w2), "\n"]
    rows += [{"en": "Ceremony date: ", "de": "Wunschtermin: ", "fr": "Date souhaitée : ", "es": "Fecha prevista: ", "it": "Data prevista: ", "nl": "Datum: ",
              "pl": "Planowana data: ", "sv": "Vigseldag: ", "pt": "Data prevista: ", "tr": "Nikah tarihi: ", "el": "Ημερομηνία γάμου: ", "hu": "Tervezett időpont: ",
              "ko": "혼인일: ", "zh": "結婚日期: ", "he": "תאריך החתונה: ", "uk": "Дата реєстрації: ", "ru": "Дата регистрации: ", "ja": "届出予定日: "}[lang], N(fdate(R, loc, wd), "wedding_date"), "\n"]
    rows += [{"en": "Contact: ", "de": "Telefon: ", "fr": "Tél. : ", "es": "Tel.: ", "it": "Tel.: ", "nl": "Tel.: ", "pl": "Tel.: ", "sv": "Tel: ", "pt": "Tel.: ",
              "tr": "Tel: ", "el": "Τηλ.: ", "hu": "Tel.: ", "ko": "연락처: ", "zh": "電話: ", "he": "טלפון: ", "uk": "Тел.: ", "ru": "Тел.: ", "ja": "電話: "}[lang], phone_label(R, loc), "\n"]
    return "form", lang, wrap(R, lang, "check", rows)

# --------------------------------------------------------------- 9 vendor contracts for the couple
VENDOR = {
    "GB": ("en", "WEDDING PHOTOGRAPHY AGREEMENT\nBetween {firm} ({faddr}, VAT {vat}), represented by {vp} (mobile {vphone}), and the Clients {c1} and {c2} of {caddr} (tel. {cphone}, email {cmail}).\nEvent: wedding on {date} at {venue}. Fee £2,450; deposit £600 paid by card {card} (exp. {exp}).\nBalance by bank transfer to {iban}. Client gallery password: {pw}.\nQueries: {role}"),
    "US": ("en", "CATERING CONTRACT – {firm}, {faddr} (EIN {vat})\nEvent coordinator: {vp}, cell {vphone}\nClient: {c1} & {c2}, {caddr}\nPhone {cphone} · {cmail}\nEvent date {date}, {venue}. 120 guests, plated dinner, $14,800 + 20% service.\nDeposit charged to {card}, exp {exp}. Tasting portal login password: {pw}\nBilling questions: {role}"),
    "IE": ("en", "Booking confirmation – {firm}, {faddr} (VAT {vat})\nBand leader: {vp} ({vphone})\nCouple: {c1} & {c2}, {caddr}; {cphone}; {cmail}\nDate: {date}, {venue}, 3 x 45 min sets, €2,900\nDeposit to {iban}. Accounts: {role}"),
    "DE": ("de", "Fotografievertrag Hochzeit\nAuftragnehmer: {firm}, {faddr}, USt-IdNr. {vat}, vertreten durch {vp}, Mobil {vphone}\nAuftraggeber: {c1} und {c2}, {caddr}, Tel. {cphone}, {cmail}\nTermin: {date}, {venue}. Honorar 2.380,00 € brutto.\nAnzahlung 500,00 € auf {iban}. Passwort Online-Galerie: {pw}\nRückfragen: {role}"),
    "AT": ("de", "Cateringvereinbarung\n{firm}, {faddr}, UID {vat}, Ansprechpartnerin {vp}, {vphone}\nBrautpaar: {c1} & {c2}, {caddr}, {cphone}, {cmail}\nHochzeit am {date} in {venue}, 85 Personen, 9.350,00 €\nAnzahlung auf {iban}. Rechnungen: {role}"),
    "FR": ("fr", "Contrat de prestation – traiteur\n{firm}, {faddr}, TVA {vat}, représenté par {vp} ({vphone})\nClients : {c1} et {c2}, {caddr}, tél. {cphone}, {cmail}\nMariage le {date}, {venue}. 95 couverts, 8 740 € TTC.\nAcompte de 30 % par virement sur {iban}. Contact facturation : {role}"),
    "IT": ("it", "Contratto servizio fotografico matrimonio\n{firm}, {faddr}, P.IVA {vat}, nella persona di {vp}, cell. {vphone}\nCommittenti: {c1} e {c2}, {caddr}, tel. {cphone}, {cmail}\nData: {date}, {venue}. Compenso € 2.900,00.\nAcconto tramite bonifico su {iban}. Password galleria: {pw}. Amministrazione: {role}"),
    "ES": ("es", "Contrato de servicios – fotografía de boda\n{firm}, {faddr}, NIF {vat}, representada por {vp}, móvil {vphone}\nClientes: {c1} y {c2}, {caddr}, tel. {cphone}, {cmail}\nFecha: {date}, {venue}. Importe: 2.150 € IVA incl.\nSeñal por transferencia a {iban}. Contraseña de la galería: {pw}. Administración: {role}"),
    "NL": ("nl", "Overeenkomst bruiloftsfotografie\n{firm}, {faddr}, btw {vat}, vertegenwoordigd door {vp}, {vphone}\nOpdrachtgevers: {c1} en {c2}, {caddr}, {cphone}, {cmail}\nDatum: {date}, {venue}. Tarief € 1.995,00 incl. btw.\nAanbetaling op {iban}. Wachtwoord online galerij: {pw}. Administratie: {role}"),
    "PT": ("pt", "Contrato de prestação de serviços – catering\n{firm}, {faddr}, NIPC {vat}, representada por {vp}, tlm. {vphone}\nNoivos: {c1} e {c2}, {caddr}, {cphone}, {cmail}\nData: {date}, {venue}. 110 pessoas, 7.480 €.\nSinal por transferência para {iban}. Faturação: {role}"),
    "PL": ("pl", "Umowa na obsługę fotograficzną wesela\n{firm}, {faddr}, NIP {vat}, reprezentowana przez {vp}, tel. {vphone}\nZamawiający: {c1} i {c2}, {caddr}, tel. {cphone}, {cmail}\nTermin: {date}, {venue}. Wynagrodzenie 6 500 zł.\nZadatek na rachunek {iban}. Hasło do galerii: {pw}. Faktury: {role}"),
    "SE": ("sv", "Avtal bröllopsfotografering\n{firm}, {faddr}, org.nr {vat}, genom {vp}, {vphone}\nKunder: {c1} och {c2}, {caddr}, {cphone}, {cmail}\nDatum: {date}, {venue}. Arvode 24 500 kr inkl. moms.\nHandpenning till {iban}. Lösenord till galleriet: {pw}. Fakturor: {role}"),
    "GR": ("el", "Συμφωνητικό φωτογράφισης γάμου\n{firm}, {faddr}, ΑΦΜ {vat}, δια του {vp}, κιν. {vphone}\nΠελάτες: {c1} και {c2}, {caddr}, τηλ. {cphone}, {cmail}\nΗμερομηνία: {date}, {venue}. Αμοιβή 1.800 €.\nΠροκαταβολή στο {iban}. Κωδικός gallery: {pw}. Λογιστήριο: {role}"),
    "TR": ("tr", "Düğün fotoğrafçılığı sözleşmesi\n{firm}, {faddr}, VKN {vat}, yetkili {vp}, cep {vphone}\nMüşteri: {c1} ve {c2}, {caddr}, tel. {cphone}, {cmail}\nTarih: {date}, {venue}. Ücret 42.000 TL.\nKapora {iban} hesabına. Galeri şifresi: {pw}. Muhasebe: {role}"),
}
FIRMS = {"GB": ("Hartwell & Finch Photography", "Unit 4, The Old Tannery, Keswick CA12 4QD", "GB 318 4420 17"),
         "US": ("Copper Ladle Events LLC", "2200 Foundry St, Suite 110, Asheville, NC 28801", "82-4417093"),
         "IE": ("The Brass Lanterns Band", "Unit 9, Ballybeg Business Park, Ennis", "IE 9816244S"),
         "DE": ("Lichtfang Hochzeitsfotografie", "Hafenstraße 41, 29525 Uelzen", "DE 318 447 291"),
         "AT": ("Tafelfreuden Catering GmbH", "Gewerbepark 7, 4400 Steyr", "ATU 71844203"),
         "FR": ("Les Tables de Sidonie Traiteur", "ZA des Prés, 16000 Angoulême", "FR 41 823 117 402"),
         "IT": ("Studio Fotografico Controluce", "Corso Garibaldi 18, 73100 Lecce", "04418230756"),
         "ES": ("Estudio Fotográfico Luz de Alba", "Polígono El Cerro, nave 12, 49012 Zamora", "B49817722"),
         "NL": ("Fotostudio Tegenlicht", "Industrieweg 22, 8014 AB Zwolle", "NL 8614 27730 B01"),
         "PT": ("Sabores da Quinta Catering, Lda.", "Zona Industrial, Lote 8, 3500-618 Viseu", "514 882 310"),
         "PL": ("Pracownia Fotografii Światłocień", "ul. Przemysłowa 9, 87-100 Toruń", "879 271 44 18"),
         "SE": ("Ljusfångst Bröllopsfoto AB", "Verkstadsgatan 3, 731 32 Köping", "559120-4418"),
         "GR": ("Φωτογραφείο Φωτόσταση", "Εγνατίας 120, 546 30 Θεσσαλονίκη", "801447219"),
         "TR": ("Objektif Düğün Fotoğrafçılık", "Atatürk Bulvarı No: 144, Çankaya/Ankara", "6420918834")}
ROLE = {"GB": "hello@hartwellfinch.co.uk", "US": "billing@copperladle-events.com", "IE": "bookings@brasslanterns.ie", "DE": "info@lichtfang-hochzeit.de",
        "AT": "office@tafelfreuden.at", "FR": "contact@tablesdesidonie.fr", "IT": "amministrazione@controluce-foto.it", "ES": "administracion@luzdealba.es",
        "NL": "administratie@tegenlicht.nl", "PT": "faturacao@saboresdaquinta.pt", "PL": "faktury@swiatlocien.pl", "SE": "faktura@ljusfangst.se",
        "GR": "info@fotostasi.gr", "TR": "muhasebe@objektifdugun.com.tr"}
WVENUE = {"US": ["the Magnolia Room at Quarry Hill", "Cedar Bluff Farm"], "IE": ["Glenmoy House Hotel", "the Old Mill at Ballybeg"],
          "en": ["Holme Grange Barn", "the Orangery at Ashcombe Park", "Willowmere Estate"], "de": ["Gut Kaltenhof", "Schloss Wiesenau"],
          "fr": ["Domaine des Trois Chênes", "Château de Valfleury"], "it": ["Masseria Le Cicale", "Villa Corsini al Lago"], "es": ["Finca Los Almendros", "Pazo de Vilaboa"],
          "nl": ["Landgoed De Hooge Boekel", "Kasteel Wittenburgh"], "pt": ["Quinta do Vale Formoso", "Quinta das Camélias"], "pl": ["Dwór Zalesie", "Folwark Pod Lipami"],
          "sv": ["Säteriet Ekenäs", "Brudbacka Gård"], "el": ["Κτήμα Ασπροβάλτα"], "tr": ["Bahçe Köşk Kır Düğünü"]}


@tpl(28, sorted(VENDOR))
def vendor_contract(R, loc):
    lang, fr = VENDOR[loc]
    dr = Draw(R, loc)
    c1, c2, vp = dr.person("f"), dr.person("m"), dr.person()
    firm, faddr, vat = FIRMS[loc]
    d = rdate(R, 2026, 2027)
    m = {"firm": N(firm, "trade_name"), "faddr": N(faddr, "business_address"), "vat": N(vat, "vat_id"), "vp": P(vp), "vphone": phone_label(R, loc),
         "c1": P(c1), "c2": P(c2), "caddr": ADDR(R, loc), "cphone": phone_label(R, loc), "cmail": email_label(R, R.choice([c1, c2])),
         "date": N(fdate(R, loc, d), "wedding_date"), "venue": N(R.choice(WVENUE.get(loc) or WVENUE[lang]), "venue"),
         "card": card_label(R), "exp": N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
         "iban": iban_label(R, loc, holder="org") if loc in IBAN_LOC else "", "pw": L("secret", password(R), sub="password"),
         "role": N(ROLE[loc], "role_mailbox")}
    body = fill(fr, m)
    if "{card}" not in fr and R.random() < 0.4:
        body += ["\n", VPAY[lang], m["card"], " (", m["exp"], ")"]
    return "contract", lang, wrap(R, lang, "check", body)


VPAY = {"en": "Booking fee paid by card ", "de": "Reservierungsgebühr per Kreditkarte ", "fr": "Frais de réservation réglés par carte ", "it": "Caparra pagata con carta ",
        "es": "Reserva abonada con tarjeta ", "nl": "Reserveringskosten betaald met creditcard ", "pt": "Reserva paga com cartão ", "pl": "Opłata rezerwacyjna kartą ",
        "sv": "Bokningsavgift betald med kort ", "el": "Προκαταβολή με κάρτα ", "tr": "Kapora kredi kartıyla "}


# --------------------------------------------------------------- 10 funeral arrangements
FUN = {
    "US": ("en", "Funeral home intake – {home}\nDecedent: {dec}\nDate of birth: {dob}   Date of death: {dod}\nSSN (for death certificate): {id}\nLast residence: {addr}\nInformant / next of kin: {nok} ({rel}), phone {phone}, email {mail}\nOfficiant: {off}\nService: {sdate}, 11:00, chapel. Hymns: {hymns}\nBurial: {cem}, {plot}\nPayment: card {card}"),
    "GB": ("en", "Arrangement notes – {home}\nThe deceased: {dec}, born {dob}, died {dod}\nNHS number: {id}\nHome address: {addr}\nApplicant for cremation: {nok} ({rel}), tel. {phone}, {mail}\nMinister: {off}\nService: {sdate}, 2.15pm, {cem}. Hymns {hymns}\nAsh plot: {plot}"),
    "IE": ("en", "Funeral arrangements – {home}\nDeceased: {dec}, late of {addr}\nDOB: {dob}; died {dod}\nPPSN: {id}\nNext of kin: {nok} ({rel}) – {phone} – {mail}\nCelebrant: Fr {off}\nRemoval {sdate}; Mass hymns {hymns}; burial {cem}, {plot}"),
    "AU": ("en", "Funeral planning form – {home}\nFull name of deceased: {dec}\nDate of birth: {dob}. Date of death: {dod}\nUsual residence: {addr}\nContact person: {nok} ({rel}), mobile {phone}, email {mail}\nCelebrant: {off}\nService {sdate}, {cem}, {plot}. Songs: {hymns}"),
    "DE": ("de", "Bestattungsauftrag – {home}\nVerstorbene/r: {dec}, geb. {dob}, verst. {dod}\nLetzte Anschrift: {addr}\nSteuer-ID: {id}\nAuftraggeber/in: {nok} ({rel}), Tel. {phone}, {mail}\nTrauerredner/in: {off}\nTrauerfeier {sdate}, 13:30 Uhr, {cem}, {plot}\nLieder: {hymns}\nAbrechnung: {iban}"),
    "AT": ("de", "Bestattungsauftrag – {home}\nVerstorbene/r: {dec}, geb. {dob}, verst. {dod}\nSV-Nummer: {id}\nLetzter Wohnsitz: {addr}\nAuftraggeber: {nok} ({rel}), {phone}, {mail}\nPfarrer: {off}\nBegräbnis {sdate}, {cem}, {plot}. Lieder: {hymns}"),
    "NL": ("nl", "Uitvaartgegevens – {home}\nOverledene: {dec}, geboren {dob}, overleden {dod}\nBSN: {id}\nAdres: {addr}\nOpdrachtgever: {nok} ({rel}), {phone}, {mail}\nSpreker: {off}\nAfscheid {sdate}, {cem}, {plot}. Muziek: {hymns}\nNota naar {iban}"),
    "FR": ("fr", "Bon de commande obsèques – {home}\nDéfunt(e) : {dec}, né(e) le {dob}, décédé(e) le {dod}\nN° de sécurité sociale : {id}\nDernier domicile : {addr}\nDonneur d'ordre : {nok} ({rel}), {phone}, {mail}\nCélébrant : {off}\nCérémonie le {sdate}, {cem}, {plot}. Chants : {hymns}"),
    "IT": ("it", "Incarico per servizio funebre – {home}\nDefunto/a: {dec}, nato/a il {dob}, deceduto/a il {dod}\nCodice fiscale: {id}\nUltima residenza: {addr}\nCommittente: {nok} ({rel}), cell. {phone}, {mail}\nCelebrante: don {off}\nEsequie {sdate}, {cem}, {plot}. Canti: {hymns}\nPagamento su {iban}"),
    "ES": ("es", "Contratación de servicio funerario – {home}\nFallecido/a: {dec}, nacido/a el {dob}, fallecido/a el {dod}\nDNI: {id}\nÚltimo domicilio: {addr}\nContratante: {nok} ({rel}), tel. {phone}, {mail}\nOficiante: {off}\nMisa {sdate}, {cem}, {plot}. Cantos: {hymns}"),
    "PL": ("pl", "Zlecenie organizacji pogrzebu – {home}\nZmarły/a: {dec}, ur. {dob}, zm. {dod}\nPESEL: {id}\nOstatni adres: {addr}\nZlecający: {nok} ({rel}), tel. {phone}, {mail}\nCelebrans: ks. {off}\nPogrzeb {sdate}, {cem}, {plot}. Pieśni: {hymns}"),
    "SE": ("sv", "Begravningsuppdrag – {home}\nAvliden: {dec}, född {dob}, död {dod}\nPersonnummer: {id}\nSenaste adress: {addr}\nBeställare: {nok} ({rel}), {phone}, {mail}\nOfficiant: {off}\nBegravning {sdate}, {cem}, {plot}. Psalmer: {hymns}"),
    "BR": ("pt", "Contrato de serviço funerário – {home}\nFalecido(a): {dec}, nascido(a) em {dob}, falecido(a) em {dod}\nCPF: {id}\nÚltimo endereço: {addr}\nContratante: {nok} ({rel}), cel. {phone}, {mail}\nCelebrante: {off}\nVelório {sdate}, {cem}, {plot}. Cânticos: {hymns}"),
    "ZA": ("en", "Funeral policy claim & arrangements – {home}\nDeceased: {dec}, ID {id}, born {dob}, died {dod}\nAddress: {addr}\nClaimant: {nok} ({rel}), cell {phone}, {mail}\nPastor: {off}\nService {sdate}, {cem}, {plot}. Hymns {hymns}"),
    "KR": ("ko", "장례 접수서 – {home}\n고인: {dec}, 생년월일 {dob}, 별세 {dod}\n주민등록번호: {id}\n주소: {addr}\n상주: {nok} ({rel}), 연락처 {phone}, {mail}\n집례: {off} 목사\n발인 {sdate}, 장지 {cem}, {plot}. 찬송 {hymns}"),
    "HU": ("hu", "Temetési megrendelő – {home}\nElhunyt: {dec}, szül. {dob}, elhunyt {dod}\nTAJ: {id}\nUtolsó lakcím: {addr}\nMegrendelő: {nok} ({rel}), {phone}, {mail}\nSzertartást végzi: {off}\nTemetés {sdate}, {cem}, {plot}. Énekek: {hymns}"),
}
HOME = {"en": ["Pellow & Daughters Funeral Directors", "Greyfriars Funeral Home", "Kilbride Funeral Services"], "de": ["Bestattungshaus Abendstille", "Bestattungen Lindenhof"],
        "nl": ["Uitvaartverzorging De Lindeboom"], "fr": ["Pompes Funèbres du Val", "Maison funéraire Sérénité"], "it": ["Onoranze Funebri San Rocco"],
        "es": ["Tanatorio La Paz del Río", "Funeraria Virgen del Camino"], "pl": ["Zakład Pogrzebowy Anioł", "Dom Pogrzebowy Ostoja"], "sv": ["Begravningsbyrå Stilla Vatten"],
        "pt": ["Funerária Bom Pastor"], "ko": ["평온장례식장"], "hu": ["Kegyelet Temetkezési Kft."]}
CEM = {"en": ["Hillside Cemetery", "St Brannock's churchyard", "Westgate Crematorium"], "de": ["Waldfriedhof Süd", "Friedhof am Kalkberg"], "nl": ["Begraafplaats Oud Eik en Duinen", "Crematorium Heideveld"],
       "fr": ["cimetière des Quatre-Vents", "crématorium du Vallon"], "it": ["Cimitero Monumentale", "Tempio crematorio di Santa Croce"], "es": ["cementerio de San Lázaro", "tanatorio municipal"],
       "pl": ["cmentarz parafialny przy ul. Cmentarnej", "cmentarz komunalny Bielany"], "sv": ["Norra kyrkogården", "Skogsgravgården"], "pt": ["Cemitério da Saudade"],
       "ko": ["하늘공원 추모관"], "hu": ["Köztemető, ravatalozó"]}
PLOT = {"en": "Section {a}, Row {b}, Grave {c}", "de": "Abt. {a}, Reihe {b}, Grab Nr. {c}", "nl": "vak {a}, rij {b}, graf {c}", "fr": "carré {a}, rang {b}, tombe n° {c}",
        "it": "campo {a}, fila {b}, loculo {c}", "es": "cuartel {a}, fila {b}, nicho {c}", "pl": "kwatera {a}, rząd {b}, grób {c}", "sv": "kvarter {a}, gravnr {c}",
        "pt": "quadra {a}, jazigo {c}", "ko": "{a}구역 {b}열 {c}호", "hu": "{a}. parcella, {b}. sor, {c}. sír"}
HYMNS = {"en": ["'Abide with Me', 'The Lord's My Shepherd' (Crimond)", "Psalm 23; 'How Great Thou Art'", "'Be Still, My Soul'; John 14:1-6"],
         "de": ["EG 361, EG 526", "GL 424, GL 506", "\"So nimm denn meine Hände\""], "nl": ["Psalm 23, Lied 416"], "fr": ["« Je crois en toi mon Dieu », Jn 11,17-27"],
         "it": ["\"Resta con noi Signore\", Gv 14,1-6"], "es": ["\"Pescador de hombres\", Sal 22"], "pl": ["\"Anioł Pański\", \"Salve Regina\""], "sv": ["Psalm 249, Psalm 297"],
         "pt": ["\"Segura na mão de Deus\", Sl 23"], "ko": ["찬송가 480장, 493장"], "hu": ["\"Az Úr csodásan működik\", 90. zsoltár"]}
REL = {"en": ["daughter", "son", "wife", "husband", "niece"], "de": ["Tochter", "Sohn", "Ehefrau", "Ehemann"], "nl": ["dochter", "zoon", "echtgenote"], "fr": ["fille", "fils", "épouse"],
       "it": ["figlia", "figlio", "moglie"], "es": ["hija", "hijo", "esposa"], "pl": ["córka", "syn", "żona"], "sv": ["dotter", "son", "maka"], "pt": ["filha", "filho", "esposa"],
       "ko": ["장남", "장녀", "배우자"], "hu": ["lánya", "fia", "felesége"]}


@tpl(38, sorted(FUN))
def funeral_arrangements(R, loc):
    lang, fr = FUN[loc]
    dr = Draw(R, loc)
    dec = dr.person()
    nok = dr.person(famrec=famrec_of(dec)) if loc not in ("ES", "BR", "KR", "HU") else dr.person()
    off = dr.person()
    d = rdate(R, 1931, 1962)
    dod = rdate(R, 2026, 2026)
    sd = dod + datetime.timedelta(days=R.randint(4, 12))
    g = gov_label(R, loc, dec, d)
    if g is None:
        g = L("gov_id", "%s-%s-%s" % ssn_random(R), sub="us_ssn")
    m = {"home": N(R.choice(HOME.get(lang, HOME["en"])), "funeral_home"), "dec": P(dec), "dob": dob(R, loc, d), "dod": N(fdate(R, loc, dod), "death_date"),
         "id": g, "addr": ADDR(R, loc), "nok": P(nok), "rel": R.choice(REL.get(lang, REL["en"])), "phone": phone_label(R, loc), "mail": email_label(R, nok) if R.random() < 0.6 else "—",
         "off": P(off) if R.random() < 0.7 else Fam(off), "sdate": N(fdate(R, loc, sd), "service_date"), "hymns": N(R.choice(HYMNS.get(lang, HYMNS["en"])), "hymn"),
         "cem": N(R.choice(CEM.get(lang, CEM["en"])), "cemetery"),
         "plot": N(PLOT.get(lang, PLOT["en"]).format(a=R.choice("ABCDFGH") + str(R.randint(1, 9)), b=R.randint(1, 40), c=R.randint(1, 320)), "plot_no"),
         "card": card_label(R), "iban": iban_label(R, loc) if loc in IBAN_LOC else ""}
    body = fill(fr, m)
    if "{card}" not in fr and R.random() < 0.45:
        body += ["\n", PAYLINE[lang], m["card"]]
    return "form", lang, wrap(R, lang, R.choice(["check", "plan"]), body)


PAYLINE = {"en": "Deposit paid by card: ", "de": "Anzahlung per Karte: ", "nl": "Aanbetaling met kaart: ", "fr": "Acompte réglé par carte : ", "it": "Acconto con carta: ",
           "es": "Señal pagada con tarjeta: ", "pl": "Zaliczka kartą: ", "sv": "Handpenning med kort: ", "pt": "Sinal pago com cartão: ", "ko": "계약금 카드 결제: ",
           "hu": "Előleg kártyával: "}


# --------------------------------------------------------------- 11 obituaries and death notices
OBIT = {
    "en": "{dec} (née {maiden}), of {town}, passed away peacefully on {dod}, aged {age}. Born {dob} in {bplace}, she/he was the beloved spouse of the late {sp}, devoted parent of {k1} ({k1s}) and {k2}, and cherished grandparent of {g1}, {g2} and {g3}. Funeral service at {church} on {sdate}. Family flowers only; donations in lieu to {charity}. Condolences may be sent to {k1} at {mail}.",
    "de": "In Liebe und Dankbarkeit nehmen wir Abschied von {dec} geb. {maiden}, * {dob} in {bplace}, † {dod}. In stiller Trauer: {sp}, {k1} und {k1s}, {k2}, die Enkel {g1}, {g2} und {g3}. Die Trauerfeier findet am {sdate} in der {church} statt. Statt Blumen bitten wir um eine Spende an {charity}. Traueranschrift: {addr}",
    "fr": "{k1}, {k2} et toute la famille ont la tristesse de vous faire part du décès de {dec}, née {maiden}, survenu le {dod}, à l'âge de {age} ans. Née le {dob} à {bplace}, elle/il laisse ses petits-enfants {g1}, {g2} et {g3}. Les obsèques auront lieu le {sdate} en l'{church}. Ni fleurs ni couronnes, dons à {charity}. Condoléances : {addr}",
    "es": "{dec} falleció en {town} el {dod}, a los {age} años. Nació el {dob} en {bplace}. Su esposo/a {sp}, sus hijos {k1} y {k2}, hijos políticos {k1s}, y nietos {g1}, {g2} y {g3} ruegan una oración por su alma. Funeral: {sdate} en la {church}. Donativos a {charity}.",
    "it": "È mancata all'affetto dei suoi cari {dec}, nata {maiden} il {dob} a {bplace}. Ne danno il triste annuncio il marito {sp}, i figli {k1} con {k1s} e {k2}, i nipoti {g1}, {g2} e {g3}. Le esequie si terranno {sdate} nella {church}. Non fiori ma opere di bene a favore di {charity}.",
    "nl": "Verdrietig, maar dankbaar voor alles wat zij/hij voor ons betekende, delen wij mee dat is overleden {dec}, geboren {dob} te {bplace}, overleden {dod}. Echtgeno(o)t(e) van {sp}. Ouder van {k1} en {k1s}, {k2}. Opa/oma van {g1}, {g2} en {g3}. Correspondentieadres: {addr}. Afscheid {sdate} in de {church}.",
    "pt": "Faleceu no dia {dod}, aos {age} anos, {dec}, nascida a {dob} em {bplace}. A família – o marido {sp}, os filhos {k1} e {k2}, a nora {k1s} e os netos {g1}, {g2} e {g3} – agradece todas as manifestações de pesar. Missa de sétimo dia {sdate} na {church}.",
    "pl": "Z głębokim żalem zawiadamiamy, że {dod} zmarł/a {dec}, ur. {dob} w {bplace}. Pogrążeni w smutku: mąż/żona {sp}, dzieci {k1} i {k2} z {k1s}, wnuki {g1}, {g2} i {g3}. Msza żałobna {sdate} w {church}. Zamiast kwiatów prosimy o wsparcie dla {charity}.",
    "sv": "Vår älskade {dec} har lämnat oss. Född {dob} i {bplace}, död {dod}. Närmast sörjande: maken/makan {sp}, barnen {k1} med {k1s} och {k2}, barnbarnen {g1}, {g2} och {g3}. Begravningen äger rum {sdate} i {church}. Tänk gärna på {charity}.",
    "el": "Η σύζυγος/ο σύζυγος {sp}, τα παιδιά {k1} και {k2}, η νύφη {k1s}, τα εγγόνια {g1}, {g2} και {g3} αναγγέλλουν τον θάνατο του/της {dec}, γεν. {dob} στο/στη {bplace}, που απεβίωσε στις {dod}. Η εξόδιος ακολουθία θα γίνει {sdate} στον {church}.",
    "hu": "Fájó szívvel tudatjuk, hogy {dec} ({bplace}, {dob}) {dod} napján, {age} éves korában elhunyt. Gyászolják: {sp}, gyermekei {k1} és {k2}, menye {k1s}, unokái {g1}, {g2} és {g3}. Búcsúztatása {sdate} a {church}.",
    "ru": "С глубокой скорбью сообщаем, что {dod} ушёл/ушла из жизни {dec} ({dob}, {bplace}). Прощание состоится {sdate} в {church}. Скорбим: супруг(а) {sp}, дети {k1} и {k2}, внуки {g1}, {g2} и {g3}.",
    "uk": "З глибоким сумом повідомляємо, що {dod} відійшов/відійшла у вічність {dec} (нар. {dob}, {bplace}). Прощання {sdate} у {church}. Сумують: дружина/чоловік {sp}, діти {k1} і {k2}, онуки {g1}, {g2} та {g3}.",
    "tr": "Ailemizin büyüğü {dec} ({dob}, {bplace}) {dod} tarihinde vefat etmiştir. Eşi {sp}, çocukları {k1} ve {k2}, gelini {k1s}, torunları {g1}, {g2} ve {g3}. Cenazesi {sdate} öğle namazını müteakip {church}'nden kaldırılacaktır.",
    "he": "בצער רב אנו מודיעים על פטירת {dec} ז\"ל, שנולד/ה ב־{dob} ב{bplace} ונפטר/ה ב־{dod}. ההלוויה תתקיים {sdate} ב{church}. המשפחה: {sp}, {k1}, {k2}, והנכדים {g1}, {g2} ו{g3}. השבעה בבית המשפחה, {addr}.",
    "ar": "انتقل إلى رحمة الله تعالى {dec}، المولود في {bplace} بتاريخ {dob}، وذلك يوم {dod}. زوج/زوجة {sp}، ووالد/والدة {k1} و{k2}، وجد/جدة {g1} و{g2} و{g3}. تقام صلاة الجنازة {sdate} في {church}، والعزاء بمنزل الأسرة: {addr}.",
    "ja": "故 {dec}（{dob}生まれ）は{dod}に永眠いたしました。享年{age}。通夜・告別式は{sdate}、{church}にて執り行います。喪主 {k1}。連絡先 {phone}",
    "ko": "부고. {dec}님 ({dob}생)께서 {dod} 별세하셨기에 알려드립니다. 상주: {k1}, {k2}. 빈소: {church}. 발인: {sdate}. 연락처: {phone}",
    "zh": "訃告：{dec}（{dob}生）於{dod}安詳辭世，享壽{age}歲。謹訂於{sdate}假{church}舉行告別式。孝男{k1}、孝女{k2}、孫{g1}、{g2}泣告。聯絡電話：{phone}",
    "vi": "Gia đình chúng tôi vô cùng thương tiếc báo tin: Cụ {dec}, sinh {dob} tại {bplace}, đã từ trần {dod}, hưởng thọ {age} tuổi. Lễ viếng {sdate} tại {church}. Con: {k1}, {k2}. Cháu: {g1}, {g2}, {g3}. Liên hệ: {phone}",
    "tl": "Sumakabilang-buhay si {dec}, ipinanganak {dob} sa {bplace}, noong {dod}. Naiwan niya ang asawang si {sp}, mga anak na sina {k1} at {k2}, at mga apo na sina {g1}, {g2} at {g3}. Ang burol ay sa {addr}. Libing: {sdate}, {church}.",
    "id": "Innalillahi wa inna ilaihi raji'un. Telah berpulang {dec}, lahir {dob} di {bplace}, pada {dod}. Meninggalkan istri/suami {sp}, anak {k1} dan {k2}, serta cucu {g1}, {g2}, {g3}. Rumah duka: {addr}. Dimakamkan {sdate} di {church}.",
    "sw": "Familia inatangaza kifo cha mpendwa wetu {dec}, aliyezaliwa {dob} huko {bplace}, kilichotokea {dod}. Ameacha mke/mume {sp}, watoto {k1} na {k2}, na wajukuu {g1}, {g2} na {g3}. Mazishi {sdate} katika {church}. Michango kupitia {phone}.",
    "hi": "अत्यंत दुःख के साथ सूचित किया जाता है कि {dec} (जन्म {dob}, {bplace}) का {dod} को निधन हो गया। शोकाकुल: {sp}, {k1}, {k2} एवं पौत्र-पौत्रियाँ {g1}, {g2}, {g3}। उठावना {sdate} को {church} में। निवास: {addr}",
}
OBIT_LOCS = {"en": ["US", "GB", "IE", "AU", "ZA", "NG"], "de": ["DE", "AT"], "fr": ["FR"], "es": ["ES", "MX"], "it": ["IT"], "nl": ["NL"], "pt": ["PT", "BR"],
             "pl": ["PL"], "sv": ["SE"], "el": ["GR"], "hu": ["HU"], "ru": ["RU"], "uk": ["UA"], "tr": ["TR"], "he": ["IL"], "ar": ["EG"], "ja": ["JP"],
             "ko": ["KR"], "zh": ["TW"], "vi": ["VN"], "tl": ["PH"], "id": ["ID"], "sw": ["KE"], "hi": ["IN"]}
CHURCH = {"en": ["St Brannock's Church", "Holy Redeemer Church, Parkside", "Westgate Crematorium chapel"], "de": ["Friedhofskapelle Waldfriedhof", "Kreuzkirche"],
          "fr": ["église Saint-Rémi", "église Notre-Dame-des-Champs"], "es": ["Parroquia de San Millán", "iglesia de Santa Eulalia"], "it": ["chiesa parrocchiale di San Bartolomeo"],
          "nl": ["aula van Crematorium Heideveld"], "pt": ["Igreja Matriz", "Capela do Senhor dos Aflitos"], "pl": ["kościele pw. św. Jadwigi"], "sv": ["Sankt Olofs kyrka"],
          "el": ["Ιερό Ναό Αγίας Παρασκευής"], "hu": ["Köztemető ravatalozójában"], "ru": ["ритуальном зале на Садовой"], "uk": ["церкві святого Миколая"],
          "tr": ["Kocatepe Camii"], "he": ["בית העלמין הדר יוסף"], "ar": ["مسجد السيدة نفيسة"], "ja": ["平安会館"], "ko": ["평온장례식장 특2호실"], "zh": ["第二殯儀館景行廳"],
          "vi": ["Nhà tang lễ Phùng Hưng"], "tl": ["Sanctuario de San Antonio"], "id": ["TPU Tanah Kusir"], "sw": ["Kanisa la PCEA Kileleshwa"], "hi": ["आर्य समाज भवन"]}
CHARITY = {"en": ["the Hospice at Marlow Vale", "the Alzheimer's Trust"], "de": ["das Hospiz am Wasserturm", "die Deutsche Seemannsmission"], "fr": ["la Ligue contre le cancer"],
           "es": ["Cáritas parroquial"], "it": ["l'Associazione Cure Palliative"], "pl": ["hospicjum im. ks. Jana Popiełuszki"], "sv": ["Cancerfonden"], "default": ["the Hospice"]}


@tpl(24, ["US", "GB", "IE", "AU", "ZA", "NG", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE", "GR", "HU", "RU", "UA", "TR", "IL", "EG", "JP", "KR", "TW", "VN", "PH", "ID", "KE", "IN"])
def obituary(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    dec = dr.person("f" if lang in ("en", "de", "fr", "it", "pt") else None)
    maiden = dr.famrec()
    sp = dr.person("m" if dec.sex == "f" else "f", famrec=famrec_of(dec) if loc not in ("ES", "MX", "PT", "BR", "KR", "TW", "VN", "EG", "TR", "IL", "IN") else None)
    fr = famrec_of(dec) if loc not in ("ES", "MX", "PT", "BR", "TW", "KR", "VN") else None
    k1, k2 = dr.person(famrec=fr), dr.person(famrec=fr)
    k1s = dr.person()
    gs = [dr.person() for _ in range(3)]
    d = rdate(R, 1929, 1958)
    dod = rdate(R, 2026, 2026)
    sd = dod + datetime.timedelta(days=R.randint(3, 10))
    tw = R.choice(TOWNS[loc])
    bt = R.choice(TOWNS[loc])
    town = tw[0] if loc not in ("JP", "KR", "TW", "TR") else tw[1] if loc != "TR" else tw[0]
    bplace = bt[0] if loc not in ("JP", "KR", "TW") else bt[1]
    if loc in ("US",):
        bplace = bt[0] + ", " + bt[1]
    kid_label = (lambda p: Gv(p)) if lang in ("en", "de", "fr", "it", "nl", "sv", "pl", "hu", "ru", "uk", "el", "tl", "sw") and R.random() < 0.6 else P
    few = R.random() < 0.8
    m = {"dec": P(dec), "maiden": L("person", maiden["f"], sub="maiden"), "town": N(town, "town"), "dod": N(fdate(R, loc, dod), "death_date"),
         "age": N(str(2026 - d.year - 1), "age"), "dob": dob(R, loc, d), "bplace": N(bplace, "birthplace"), "sp": P(sp), "k1": P(k1), "k2": P(k2),
         "k1s": P(k1s) if not few or lang not in ("en", "de", "es", "it", "nl", "pt", "pl", "sv", "el", "hu", "tr") else P(k1s), "g1": kid_label(gs[0]), "g2": kid_label(gs[1]), "g3": kid_label(gs[2]), "church": N(R.choice(CHURCH[lang]), "venue"),
         "sdate": N(fdate(R, loc, sd), "service_date"), "charity": N(R.choice(CHARITY.get(lang, CHARITY["default"])), "charity"),
         "mail": email_label(R, k1), "addr": ADDR(R, loc), "phone": phone_label(R, loc)}
    if loc in ("ES", "MX", "PT", "BR"):
        m["maiden"] = L("person", maiden["m"], sub="maiden")
    fr = OBIT[lang]
    if few:   # a shorter notice: one grandchild line less, no in-law
        fr = fr.replace(", {g2} and {g3}", " and {g2}").replace(", {g2} und {g3}", " und {g2}").replace(", {g2} et {g3}", " et {g2}").replace(", {g2} y {g3}", " y {g2}") \
               .replace(", {g2} e {g3}", " e {g2}").replace(", {g2} en {g3}", " en {g2}").replace(", {g2} i {g3}", " i {g2}").replace(", {g2} och {g3}", " och {g2}") \
               .replace(", {g2} και {g3}", " και {g2}").replace(", {g2} és {g3}", " és {g2}").replace(", {g2} та {g3}", " та {g2}").replace(", {g2} ve {g3}", " ve {g2}") \
               .replace(", {g2} at {g3}", " at {g2}").replace(", {g2} na {g3}", " na {g2}").replace(", {g2}, {g3}", ", {g2}").replace("、{g2}", "").replace(", {g2} ו{g3}", " ו{g2}") \
               .replace(" و{g2} و{g3}", " و{g2}")
    return "notice", lang, wrap(R, lang, "polish", fill(fr, m))

# --------------------------------------------------------------- 12 eulogies
EULOGY = {
    "en": ["Most of you knew {decg} as the woman/man who never missed a school play. I knew her/him as the person who taught me to drive in a borrowed Cortina on the lanes behind {addr}. She/He married {sp} in the spring of {year}, and for fifty years the door was always open. When {k1} and I were small, {decg} would read to us until we fell asleep. Her/His best friend {fr} said to me on Tuesday, 'She/He never once complained.' That was {decg}.",
           "I'm {me}, {decg}'s eldest grandchild. Grandad/Gran grew up at {addr}, one of seven, and left school at fourteen. He/She met {sp} at a dance in {year}. He/She spent forty years at the mill and the rest of the time in the garden. {k1} asked me to mention the tomatoes, so: the tomatoes. {fr}, thank you for driving him/her to the Thursday club every week."],
    "de": ["Die meisten kannten {decg} als den Menschen, der nie ein Schulfest verpasst hat. Ich kannte sie/ihn als die, die mir in der {addr} das Fahrradfahren beigebracht hat. {year} heiratete sie/er {sp}, und die Tür stand immer offen. Ihre/Seine Freundin {fr} sagte mir am Dienstag: „Sie/Er hat sich nie beklagt.“ Das war {decg}."],
    "fr": ["Beaucoup d'entre vous ont connu {decg} au marché du samedi. Moi, je la/le revois dans la cuisine de {addr}, à éplucher des pommes. Elle/Il a épousé {sp} en {year}. Son amie {fr} m'a dit mardi : « Elle ne s'est jamais plainte. » C'était ça, {decg}."],
    "es": ["Muchos conocisteis a {decg} por su risa. Yo la/lo recuerdo en el patio de {addr}, regando geranios. Se casó con {sp} en {year}. Su amiga {fr} me dijo el martes: «Nunca se quejó». Esa era {decg}."],
    "it": ["Molti di voi conoscevano {decg} per i suoi tortellini della domenica. Io la/lo ricordo nella cucina di {addr}. Ha sposato {sp} nel {year}. La sua amica {fr} mi ha detto martedì: «Non si è mai lamentata». Questa era {decg}."],
    "nl": ["De meesten van jullie kenden {decg} van de markt op zaterdag. Ik zie haar/hem nog in de keuken aan de {addr}. In {year} trouwde ze/hij met {sp}. Haar/Zijn vriendin {fr} zei dinsdag tegen me: 'Ze klaagde nooit.' Dat was {decg}."],
    "pl": ["Wielu z was znało {decg} z sobotniego targu. Ja pamiętam ją/go w kuchni przy {addr}. W {year} roku wyszła za mąż za {sp}. Jej przyjaciółka {fr} powiedziała mi we wtorek: „Nigdy się nie skarżyła”. Taka była {decg}."],
    "pt": ["Muitos conheceram a {decg} pelas suas bolachas de Natal. Eu lembro-me dela na cozinha da {addr}. Casou com {sp} em {year}. A amiga {fr} disse-me na terça: «Nunca se queixou.» Essa era a {decg}."],
    "sv": ["Många av er kände {decg} från kören. Jag minns henne/honom i köket på {addr}. Hon/Han gifte sig med {sp} {year}. Hennes väninna {fr} sa till mig i tisdags: ”Hon klagade aldrig.” Sådan var {decg}."],
    "ko": ["할머니/할아버지 {dec}님은 {addr}에서 평생을 사셨습니다. {year}년에 {sp}님과 결혼하셨고, 늘 문을 열어 두셨습니다. 오랜 친구 {fr}님이 화요일에 말씀하셨죠. '한 번도 불평하신 적이 없다'고요."],
    "ja": ["祖母/祖父の{dec}は、{addr}の家で六十年暮らしました。{year}年に{sp}と結婚し、いつも家の戸を開けていました。親友の{fr}さんが火曜日に「一度も愚痴を言わなかった」と話してくれました。"],
}
EUL_LOCS = {"en": ["GB", "US", "IE", "AU"], "de": ["DE", "AT"], "fr": ["FR"], "es": ["ES", "MX"], "it": ["IT"], "nl": ["NL"], "pl": ["PL"], "pt": ["PT"], "sv": ["SE"], "ko": ["KR"], "ja": ["JP"]}


@tpl(25, ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "SE", "KR", "JP", "IE", "AU", "AT", "MX"])
def eulogy(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    dec = dr.person()
    sp = dr.person(famrec=famrec_of(dec) if loc not in ("ES", "MX", "PT", "KR") else None)
    k1 = dr.person(famrec=famrec_of(dec) if loc not in ("ES", "MX", "PT", "KR") else None)
    fr, me = dr.person(), dr.person()
    m = {"decg": Gv(dec), "dec": P(dec), "sp": R.choice([Gv(sp), P(sp)]) if lang not in ("ko", "ja") else P(sp), "k1": Gv(k1), "fr": P(fr) if lang in ("ko", "ja") else R.choice([Gv(fr), P(fr)]),
         "me": P(me), "addr": ADDR(R, loc), "year": N(str(R.randint(1955, 1975)), "year_only")}
    if lang in ("de", "nl", "pl", "pt", "sv", "fr", "es", "it"):
        st = address(R, loc, False)
        m["addr"] = L("address", st, sub=loc.lower())
    body = fill(R.choice(EULOGY[lang]), m)
    q = {"en": "This is my draft for Friday. It's about 4 minutes – can you tighten it and keep my voice?", "de": "Mein Entwurf für die Trauerrede. Kannst du ihn straffen, ohne dass er fremd klingt?",
         "fr": "Mon brouillon pour l'éloge funèbre. Tu peux le resserrer sans changer ma voix ?", "es": "Es mi borrador para el funeral. ¿Lo puedes pulir sin que pierda mi voz?",
         "it": "È la mia bozza per il funerale. Puoi renderla più scorrevole?", "nl": "Mijn concept voor de afscheidsdienst. Kun je het strakker maken?",
         "pl": "To mój szkic mowy pożegnalnej. Możesz go dopracować?", "pt": "É o meu rascunho para o funeral. Podes melhorá-lo sem perder o meu tom?",
         "sv": "Mitt utkast till minnestalet. Kan du strama upp det?", "ko": "추도사 초안이에요. 제 말투는 살리면서 다듬어 주세요.", "ja": "弔辞の下書きです。私らしさを残して整えてください。"}[lang]
    return "draft", lang, [q, "\n\n"] + body if R.random() < 0.7 else body + ["\n\n", q]


# --------------------------------------------------------------- 13 condolence / thank-you card lists
TY = {
    "en": ("Thank-you cards still to send (flowers, food, help)", ["flowers", "lasagne x2", "drove us to the crematorium", "donation", "card + mass card", "looked after the dog"]),
    "de": ("Danksagungen – noch zu verschicken", ["Kranz", "Kuchen", "hat die Kaffeetafel organisiert", "Spende", "Karte"]),
    "nl": ("Bedankkaartjes nog versturen", ["bloemen", "soep gebracht", "gesproken in de dienst", "gift"]),
    "fr": ("Cartes de remerciement à envoyer", ["fleurs", "gâteau", "a lu un texte", "don", "plaque"]),
    "it": ("Ringraziamenti da spedire", ["fiori", "corona", "ha cantato in chiesa", "offerta"]),
    "es": ("Tarjetas de agradecimiento pendientes", ["corona", "misa", "trajo comida", "donativo"]),
    "pl": ("Podziękowania do wysłania", ["wieniec", "znicze", "pomoc przy stypie", "ofiara"]),
    "sv": ("Tackkort att skicka", ["blommor", "minnesgåva", "hjälpte till med kaffet"]),
    "pt": ("Cartões de agradecimento por enviar", ["flores", "coroa", "ajudou no velório"]),
}


@tpl(28, ["US", "GB", "IE", "AU", "DE", "AT", "NL", "FR", "IT", "ES", "PL", "SE", "PT", "BR"])
def thankyou_list(R, loc):
    lang = LOCALES[loc]
    title, what = TY[lang]
    dr = Draw(R, loc)
    rows = [title, "\n"]
    for i in range(R.randint(2, 4)):
        if R.random() < 0.2:
            fr = dr.famrec()
            a, b = dr.person("f", famrec=fr), dr.person("m", famrec=fr)
            who = [Gv(a), " & ", P(b)] if loc not in ("ES", "MX", "PT", "BR") else [P(a), " & ", P(b)]
        else:
            who = [P(dr.person())]
        line = ["- "] + who + [" – ", R.choice(what), " – "]
        if R.random() < 0.8:
            line += [ADDR(R, loc)]
        else:
            line += [email_label(R, dr.person())]
        rows += line + ["\n"]
    return "list", lang, wrap(R, lang, R.choice(["table", "polish"]), rows)


# --------------------------------------------------------------- 14 memorial donation pages
MEM = {
    "GB": ("en", "In memory of {dec} – donation page export", "Donor,Email,Amount,Message,Gift Aid,IP", "£", "Payout account (held by {holder}): {iban}"),
    "US": ("en", "Memorial fund for {dec} – donations CSV", "Donor,Email,Amount,Message,Anonymous,IP", "$", "Payouts to {holder}'s checking account ending 4471 (routing {rt})"),
    "IE": ("en", "Memorial page: {dec}", "Donor,Email,Amount,Message,Visible,IP", "€", "Funds go to {holder}, {iban}"),
    "DE": ("de", "Gedenkseite {dec} – Spenden-Export", "Spender;E-Mail;Betrag;Nachricht;Quittung;IP", "€", "Auszahlung an {holder}, {iban}"),
    "NL": ("nl", "Herdenkingspagina {dec} – donaties", "Donateur;E-mail;Bedrag;Bericht;Anoniem;IP", "€", "Uitbetaling aan {holder}, {iban}"),
    "FR": ("fr", "Cagnotte en mémoire de {dec}", "Donateur;Email;Montant;Message;Reçu fiscal;IP", "€", "Virement à {holder}, {iban}"),
    "IT": ("it", "Raccolta in ricordo di {dec}", "Donatore;Email;Importo;Messaggio;Ricevuta;IP", "€", "Accredito a {holder}, {iban}"),
    "ES": ("es", "Página homenaje a {dec} – donativos", "Donante;Email;Importe;Mensaje;Certificado;IP", "€", "Ingreso a {holder}, {iban}"),
    "PT": ("pt", "Página de homenagem a {dec}", "Doador;Email;Valor;Mensagem;Recibo;IP", "€", "Transferência para {holder}, {iban}"),
    "PL": ("pl", "Zbiórka pamięci {dec}", "Darczyńca;E-mail;Kwota;Wiadomość;Potwierdzenie;IP", "zł", "Wypłata dla {holder}, {iban}"),
    "AU": ("en", "In loving memory of {dec} – donations", "Donor,Email,Amount,Message,Receipt,IP", "$", "Payout to {holder}, BSB {rt}"),
}
MEM_MSG = {"en": ["Thinking of you all", "She was the best neighbour", "RIP, with love", "From the choir"], "de": ["In stiller Anteilnahme", "Wir denken an euch"],
           "nl": ["Veel sterkte", "In gedachten bij jullie"], "fr": ["Toutes nos pensées", "Avec affection"], "it": ["Con affetto", "Un abbraccio"],
           "es": ["Mucho ánimo", "Un abrazo fuerte"], "pt": ["Os nossos sentimentos"], "pl": ["Wyrazy współczucia"]}


@tpl(24, sorted(MEM))
def memorial_donations(R, loc):
    lang, title, head, cur, payout = MEM[loc]
    sep = ";" if ";" in head else ","
    dr = Draw(R, loc)
    dec = dr.person()
    holder = dr.person(famrec=famrec_of(dec) if loc not in ("ES", "PT") else None)
    rows = fill(title, {"dec": P(dec)}) + ["\n", head, "\n"]
    for i in range(R.randint(2, 3)):
        p = dr.person()
        amt = R.choice([10, 20, 25, 30, 50, 100, 150])
        amount = (cur + str(amt) + ".00") if cur in ("£", "$") else ("%d,00 %s" % (amt, cur))
        name = P(p) if R.random() < 0.85 else N("Anonymous" if lang == "en" else {"de": "Anonym", "nl": "Anoniem", "fr": "Anonyme", "it": "Anonimo", "es": "Anónimo", "pt": "Anónimo", "pl": "Anonim"}[lang], "anonymous")
        msg = R.choice(MEM_MSG[lang])
        rows += [name, sep, email_label(R, p) if R.random() < 0.7 else "", sep, N(amount, "amount"), sep, '"' + msg + '"', sep, R.choice(["yes", "no", "1", "0"]), sep, ip_label(R), "\n"]
    m = {"holder": P(holder), "iban": iban_label(R, loc) if loc in IBAN_LOC else "", "rt": N(R.choice(["061000104", "122105278", "063-019", "082-912"]), "routing")}
    rows += ["\n"] + fill(payout, m)
    q = {"en": "Who do I need to write thank-you notes to? Group them by amount.", "de": "Wem muss ich danken? Bitte nach Betrag gruppieren.",
         "nl": "Wie moet ik bedanken? Graag gegroepeerd op bedrag.", "fr": "À qui dois-je écrire un mot ? Regroupe par montant.", "it": "A chi devo scrivere per ringraziare? Raggruppa per importo.",
         "es": "¿A quién tengo que agradecer? Agrúpalos por importe.", "pt": "A quem devo agradecer? Agrupa por valor.", "pl": "Komu muszę podziękować? Pogrupuj według kwoty."}[lang]
    return "export", lang, [q, "\n\n"] + rows


# --------------------------------------------------------------- 15 GEDCOM
GED_PLACES = {"SE": ["Tuna, Kalmar län, Sverige", "Jönköping, Sverige"], "DE": ["Oberkirchen, Westfalen", "Uelzen, Niedersachsen"], "IE": ["Kilrush, Co. Clare, Ireland", "Ballinrobe, Co. Mayo"],
              "PL": ["Brzeziny, Galicja", "Toruń, Polska"], "IT": ["San Pellegrino, Bergamo", "Gallipoli, Lecce"], "NL": ["Hindeloopen, Friesland", "Deventer, Overijssel"],
              "HU": ["Mezőtúr, Szolnok", "Eger, Heves"], "GB": ["Haworth, Yorkshire", "Stroud, Gloucestershire"], "PT": ["Ribeira Grande, Açores", "Viseu"], "FR": ["Plougastel, Finistère", "Sélestat, Bas-Rhin"]}
EMIG = {"SE": ("US", "Duluth, Minnesota, USA"), "DE": ("US", "Harrisburg, Pennsylvania, USA"), "IE": ("US", "Savannah, Georgia, USA"), "PL": ("US", "Spokane, Washington, USA"),
        "IT": ("BR", "Campinas, São Paulo, Brasil"), "NL": ("US", "Burlington, Vermont, USA"), "HU": ("US", "Tulsa, Oklahoma, USA"), "GB": ("AU", "Ballarat, Victoria, Australia"),
        "PT": ("BR", "Londrina, Paraná, Brasil"), "FR": ("US", "Missoula, Montana, USA")}
GMON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def gdate(d):
    return "%d %s %d" % (d.day, GMON[d.month - 1], d.year)


@tpl(20, sorted(GED_PLACES))
def gedcom(R, loc):
    dr = Draw(R, loc)
    emig_loc, emig_place = EMIG[loc]
    rows = ["0 HEAD\n1 SOUR FAMILYTREEAPP\n2 VERS 5.5.1\n1 CHAR UTF-8\n"]
    # ancestor couple, their emigrant son/daughter, a living descendant (the user)
    anc = dr.person("m")
    ancw = dr.person("f")
    kid = dr.person(R.choice("mf"), famrec=famrec_of(anc) if loc not in ("PT",) else None)
    d1 = rdate(R, 1818, 1850)
    d2 = rdate(R, 1820, 1852)
    dk = rdate(R, 1855, 1880)
    living = Draw(R, emig_loc).person(R.choice("mf"))
    while set(living.words()) & set(w for p in (anc, ancw, kid) for w in p.words()):
        living = Draw(R, emig_loc).person(R.choice("mf"))
    dl = rdate(R, 1958, 1992)
    with_parts = R.random() < 0.2

    def indi(i, p, sex, bd, bplace, death=None, note=None, resi=None, email=None, birt_exact=True):
        out = ["0 @I%d@ INDI\n1 NAME " % i, L("person", "%s /%s/" % (p.given, p.fam), sub="gedcom")]
        if with_parts:
            out += ["\n2 GIVN ", L("person", p.given, sub="given"), "\n2 SURN ", L("person", p.fam, sub="family")]
        out += ["\n1 SEX %s\n1 BIRT\n2 DATE " % sex]
        out += [dob_plain(bd) if birt_exact else N("ABT %d" % bd.year, "year_only"), "\n2 PLAC ", N(bplace, "place"), "\n"]
        if death:
            out += ["1 DEAT\n2 DATE ", N(gdate(death[0]), "death_date"), "\n2 PLAC ", N(death[1], "place"), "\n"]
        if resi:
            out += ["1 RESI\n2 ADDR ", resi, "\n"]
        if email:
            out += ["1 EMAIL ", email, "\n"]
        if note:
            out += ["1 NOTE ", note, "\n"]
        return out
    exact_anc = R.random() < 0.6
    rows += indi(1, anc, "M", d1, R.choice(GED_PLACES[loc]), (rdate(R, 1880, 1910), R.choice(GED_PLACES[loc])), birt_exact=exact_anc)
    rows += indi(2, ancw, "F", d2, R.choice(GED_PLACES[loc]), (rdate(R, 1880, 1915), R.choice(GED_PLACES[loc])), birt_exact=R.random() < 0.5)
    rows += ["1 CHR\n2 DATE ", N(gdate(d2 + datetime.timedelta(days=R.randint(1, 9))), "baptism_date"), "\n2 SOUR ", N("Kirchenbuch/parish register vol. %d, fol. %d" % (R.randint(2, 12), R.randint(10, 240)), "register_no"), "\n"]
    rows += indi(3, kid, "M" if kid.sex == "m" else "F", dk, R.choice(GED_PLACES[loc]), (rdate(R, 1930, 1950), emig_place), birt_exact=True)
    rows += ["1 EMIG\n2 DATE ", N(str(dk.year + R.randint(17, 25)), "year_only"), "\n2 PLAC ", N(emig_place, "place"), "\n"]
    rows += indi(4, living, "M" if living.sex == "m" else "F", dl, emig_place, resi=ADDR(R, emig_loc), email=email_label(R, living) if R.random() < 0.6 else None,
                 note="Living – this is me (tree owner)")
    rows += ["0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR\n2 DATE ", N(gdate(rdate(R, 1845, 1875)), "marriage_date"), "\n1 CHIL @I3@\n0 TRLR"]
    if emig_loc == "BR":
        q = R.choice(["Pode explicar este GEDCOM em português e dizer o que ainda está sem fonte?", "Exportei isto do meu app de árvore. Quais datas parecem inconsistentes?"])
        return "gedcom", "pt", [q, "\n\n"] + rows
    q = R.choice(["Can you explain this GEDCOM in plain English and tell me what's still unsourced?", "I exported this from my tree app. Which dates look inconsistent?",
                  "Turn this into a short narrative for the family reunion booklet."])
    return "gedcom", "en", [q, "\n\n"] + rows


def dob_plain(d):
    return L("dob", gdate(d), sub="gedcom")

# --------------------------------------------------------------- 16 register transcriptions (old records)
OLDREG = {
    "GB": ("en", "Baptisms solemnized in the Parish of Haworth, {year}. No. {no}. When baptized: {cdate}. Child's Christian name: {child} (born {bdate}). Parents: {fa} and {mo}. Abode: Stanbury. Quality: Weaver. By whom: {off}, Curate.",
           ["I transcribed this from the register image. Does it look right?", "Who would the godparents have been? Anything I'm missing?"]),
    "DE": ("de", "Kirchenbuch Oberkirchen, Taufen {year}, Nr. {no}: Getauft den {cdate}: {child}, ehelicher Sohn/Tochter des Ackermanns {fa} und der {mo}; geboren den {bdate}. Paten: {gp1}, {gp2}. Pastor {off}.",
           ["Kannst du mir den Eintrag in heutiges Deutsch übertragen?", "Ich habe das aus der Sütterlinschrift abgeschrieben. Stimmt das so?"]),
    "PL": ("pl", "Akt nr {no}. Działo się we wsi Brzeziny dnia {cdate} roku. Stawił się {fa}, rolnik, lat 32, i okazał nam dziecię płci męskiej, urodzone dnia {bdate} z jego małżonki {mo}, lat 27. Dziecięciu temu na chrzcie świętym przez nas, ks. {off}, odbytym nadano imię {child}, a chrzestnymi byli {gp1} i {gp2}.",
           ["Pomóż mi to przetłumaczyć na angielski dla kuzynów z USA.", "Czy dobrze odczytałam ten akt?"]),
    "IT": ("it", "Atto n. {no}. L'anno {year}, addì {cdate}, è comparso {fa}, di anni trenta, contadino, il quale ha dichiarato che il {bdate} da {mo}, sua moglie, è nato un bambino a cui dà il nome di {child}. Testimoni: {gp1} e {gp2}. L'ufficiale dello stato civile {off}.",
           ["Mi aiuti a capire questo atto per l'albero genealogico?", "Can you translate this Italian birth record for me?"]),
    "ES": ("es", "Partida de bautismo. En la villa de Zamora, a {cdate}, yo D. {off}, cura párroco, bauticé solemnemente a {child}, que nació el {bdate}, hijo/a legítimo/a de {fa} y de {mo}. Fueron padrinos {gp1} y {gp2}. Libro {year}, folio {no}.",
           ["¿Me ayudas a interpretar esta partida?", "Can you translate this Spanish baptism entry?"]),
    "FR": ("fr", "Acte n° {no}. L'an {year}, le {cdate}, est comparu {fa}, cultivateur, lequel nous a présenté un enfant du sexe féminin né le {bdate}, de lui et de {mo}, son épouse, auquel il a déclaré donner les prénoms de {child}. Témoins : {gp1} et {gp2}. Le maire, {off}.",
           ["Tu peux m'aider à comprendre cet acte ?", "Can you translate this French civil birth record?"]),
    "NL": ("nl", "Doopboek Hindeloopen {year}, fol. {no}: gedoopt {cdate}, geboren {bdate}, {child}, kind van {fa} en {mo}; getuigen {gp1} en {gp2}. Predikant {off}.",
           ["Kun je dit uitleggen voor mijn stamboom?", "Klopt mijn transcriptie zo?"]),
    "SE": ("sv", "Födde och döpte {year}, nr {no}: född {bdate}, döpt {cdate}, {child}. Föräldrar: torparen {fa} och hustru {mo}. Faddrar: {gp1}, {gp2}. Komminister {off}.",
           ["Kan du hjälpa mig att tolka den här raden ur födelseboken?", "Can you translate this Swedish birth register line?"]),
    "IE": ("en", "Kilrush RC baptisms {year}, entry {no}: {cdate} – {child}, son/daughter of {fa} and {mo}, born {bdate}. Sponsors: {gp1}, {gp2}. Res: Moyasta. Rev. {off}.",
           ["Is this the same family as my great-great-grandfather? What else should I check?", "Can you tidy up my transcription?"]),
}


@tpl(26, sorted(OLDREG))
def old_register(R, loc):
    lang, fr, qs = OLDREG[loc]
    dr = Draw(R, loc)
    fa = dr.person("m")
    mo = dr.person("f")
    child = dr.person({"PL": "m", "FR": "f", "IT": "m"}.get(loc, R.choice("mf")), famrec=famrec_of(fa) if loc not in ("ES",) else None)
    gp1, gp2, off = dr.person("m"), dr.person("f"), dr.person("m")
    bd = rdate(R, 1835, 1885)
    cd = bd + datetime.timedelta(days=R.randint(1, 6))
    m = {"year": N(str(bd.year), "year_only"), "no": N(str(R.randint(3, 240)), "register_no"), "cdate": N(fdate(R, loc, cd, "name"), "baptism_date"),
         "bdate": dob(R, loc, bd, "name"), "child": Gv(child), "fa": P(fa), "mo": P(mo), "gp1": P(gp1), "gp2": P(gp2), "off": P(off)}
    if R.random() < 0.5:   # a single godparent or witness
        fr = re.sub(r"(, | i | e | y | et | en | and | och )\{gp2\}", "", fr)
    q = R.choice(qs)
    body = [q, "\n\n"] + fill(fr, m) if R.random() < 0.7 else fill(fr, m) + ["\n\n", q]
    return "transcription", lang, body


# --------------------------------------------------------------- 17 census extracts
CENSUS = {
    "IE": ("Census of Ireland {year}, House {no}, Moyasta, Co. Clare", "Name | Relation | Age | Occupation | Birthplace"),
    "GB": ("{year} census, RG{no}, Haworth, Yorkshire, schedule 112", "Name | Relation | Condition | Age | Occupation | Where born"),
    "US": ("{year} U.S. Federal Census, Dauphin Co., PA, ED {no}, sheet 7A", "Name | Relation | Age | Birthplace | Immigration year"),
    "SE": ("Husförhörslängd {year}, Tuna socken, sida {no}", "Namn | Ställning | Född år | Födelseort"),
    "NL": ("Bevolkingsregister Hindeloopen {year}, deel {no}", "Naam | Betrekking | Geboortejaar | Beroep | Geboorteplaats"),
}
REL_C = {"IE": ["Head", "Wife", "Son", "Daughter", "Mother-in-law", "Servant"], "GB": ["Head", "Wife", "Son", "Daur", "Lodger"], "US": ["Head", "Wife", "Son", "Daughter", "Boarder"],
         "SE": ["Husbonde", "Hustru", "Son", "Dotter", "Piga"], "NL": ["Hoofd", "Echtgenote", "Zoon", "Dochter", "Inwonend"]}


@tpl(20, sorted(CENSUS))
def census_extract(R, loc):
    lang = LOCALES[loc]
    title, head = CENSUS[loc]
    dr = Draw(R, loc)
    fam = dr.famrec()
    yr = {"IE": R.choice([1901, 1911]), "GB": R.choice([1871, 1881, 1891]), "US": R.choice([1900, 1910]), "SE": R.choice([1880, 1890]), "NL": R.choice([1880, 1890])}[loc]
    rows = fill(title, {"year": N(str(yr), "year_only"), "no": N(str(R.randint(2, 3900)), "register_no")}) + ["\n", head, "\n"]
    rels = REL_C[loc]
    people = [(rels[0], dr.person("m", famrec=fam), R.randint(38, 60)), (rels[1], dr.person("f", famrec=fam), R.randint(34, 55))]
    for i in range(R.randint(1, 3)):
        sx = R.choice("mf")
        people.append((rels[2] if sx == "m" else rels[3], dr.person(sx, famrec=fam), R.randint(1, 18)))
    if R.random() < 0.3:
        people.append((rels[-1], dr.person(), R.randint(16, 70)))
    for k, (rel, p, age) in enumerate(people):
        rows += [P(p), " | ", rel, " | "]
        if loc == "GB":
            rows += ["Mar" if k < 2 else "Unm" if age < 20 else R.choice(["Unm", "Wid"]), " | "]
        if loc in ("SE", "NL"):
            rows += [N(str(yr - age), "year_only"), " | "]
        else:
            rows += [N(str(age), "age"), " | "]
        if loc in ("IE", "GB", "NL"):
            occ = {"IE": ["Farmer", "Labourer", "Dressmaker"], "GB": ["Worsted weaver", "Wool comber", "Stone mason"], "NL": ["schipper", "timmerman", "naaister"]}[loc]
            if age < 14:
                job = {"IE": "Scholar", "GB": "Scholar", "NL": "-"}[loc]
            elif k == 1:
                job = {"IE": "-", "GB": "-", "NL": "zonder"}[loc]
            else:
                job = R.choice(occ)
            rows += [job, " | "]
        rows += [R.choice({"IE": ["Co. Clare", "Co. Kerry", "Co. Limerick"], "GB": ["Haworth", "Keighley", "Bradford"], "US": ["Germany", "Pennsylvania", "Ireland"],
                           "SE": ["Tuna", "Misterhult", "Kalmar"], "NL": ["Hindeloopen", "Workum", "Stavoren"]}[loc])]
        if loc == "US":
            rows += [" | ", N(str(R.randint(1868, 1895)), "year_only") if age > 25 else "-"]
        rows += ["\n"]
    me = Draw(R, "US" if loc in ("IE", "GB", "SE", "NL") and R.random() < 0.5 else loc).person()
    while set(me.words()) & set(w for _, p, _ in people for w in p.words()):
        me = Draw(R, "US").person()
    q = {"en": "This is my great-great-grandmother's household. Can you work out roughly when everyone was born and what to search next?",
         "sv": "Det här är min farfars mormors hushåll. Kan du räkna ut ungefär när alla föddes?", "nl": "Dit is het gezin van mijn overgrootvader. Wat moet ik hierna zoeken?"}[lang]
    sig = ["\n(Posted by ", P(me), ", ", email_label(R, me), " – happy to swap notes with anyone researching this family.)"] if R.random() < 0.6 else []
    return "table", lang, [q, "\n\n"] + rows + sig


# --------------------------------------------------------------- 18 DNA match lists
@tpl(20, ["US", "GB", "IE", "AU", "DE", "NL", "SE", "PL", "IT", "MX", "BR"])
def dna_matches(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    rows = ["DNA matches – exported {}\n".format(R.choice(["list", "CSV", "view"])), "Match | Shared cM | Segments | Predicted | Tree | Notes\n"]
    rels = ["1st–2nd cousin", "2nd cousin", "2nd–3rd cousin", "3rd cousin", "half aunt/uncle", "4th cousin"]
    for i in range(R.randint(3, 4)):
        ml = loc if R.random() < 0.7 else R.choice(["US", "GB", "DE", "IE", "SE", "PL", "IT"])
        p = dr.person(loc=ml)
        cm = R.randint(28, 1600)
        line = [P(p), " | ", N("%d cM" % cm, "shared_cm"), " | ", N(str(R.randint(2, 38)), "segments"), " | ", R.choice(rels), " | ",
                N(R.choice(["%d people" % R.randint(3, 900), "private", "no tree", "unlinked"]), "tree_size"), " | "]
        if R.random() < 0.15:
            mg = dr.person(loc=ml)
            line += ["managed by ", P(mg)]
        else:
            line += [N("kit %s%d" % (R.choice(["T", "A", "M"]), R.randint(100000, 999999)), "kit_id") if R.random() < 0.4 else R.choice(["paternal line?", "maternal side", "shared match with Aunt Pat's kit", "-", "same surname cluster"])]
        rows += line + ["\n"]
    writer = dr.person(loc=loc)
    rows += ["\nMessage from ", P(writer), ": \"Hi! I think we connect through my grandmother's side. I'm at ", email_label(R, writer),
             " if you want to compare trees.\"\n"]
    q = {"en": "Can you group these by which side of my family they're probably on?", "de": "Kannst du die Treffer nach Familienzweig gruppieren?",
         "nl": "Kun je deze matches groeperen per familiekant?", "sv": "Kan du gruppera matchningarna efter släktgren?", "pl": "Pogrupujesz te dopasowania według linii rodziny?",
         "it": "Puoi raggruppare i match per ramo della famiglia?", "es": "¿Puedes agrupar estas coincidencias por rama familiar?", "pt": "Consegue agrupar esses matches por lado da família?"}[lang]
    return "table", lang, [q, "\n\n"] + rows


# --------------------------------------------------------------- 19 family reunion sign-ups
REUNION = {
    "US": ("en", "{fam} Family Reunion – sign-up sheet (Tulsa, July)", "Adults", "Kids (age)", "Phone", "Email", "Shirt sizes", "Pay the $35/adult to {org} via Zelle ({orgph}) or card at check-in."),
    "NG": ("en", "{fam} Family Re-Union 2026 – registration", "Adults", "Children (age)", "Phone", "Email", "Aso-ebi yards", "Levy ₦25,000 per household to {org}, {orgph}."),
    "KE": ("sw", "Mkutano wa Familia ya {fam} – usajili", "Watu wazima", "Watoto (umri)", "Simu", "Barua pepe", "Sare", "Mchango KSh 2,000 kwa {org}, M-Pesa {orgph}."),
    "PH": ("tl", "{fam} Clan Reunion – listahan", "Matanda", "Bata (edad)", "CP", "Email", "T-shirt", "Ambag ₱500 bawat pamilya kay {org} ({orgph}) sa GCash."),
    "DE": ("de", "Familientreffen {fam} – Anmeldeliste", "Erwachsene", "Kinder (Alter)", "Telefon", "E-Mail", "T-Shirt", "Beitrag 40 € pro Erwachsenem an {org}, {iban}"),
    "NL": ("nl", "Familiereünie {fam} – aanmeldingen", "Volwassenen", "Kinderen (leeftijd)", "Telefoon", "E-mail", "Shirtmaat", "Bijdrage € 35 p.p. overmaken naar {org}, {iban}"),
    "IT": ("it", "Rimpatriata famiglia {fam} – iscrizioni", "Adulti", "Bambini (età)", "Cell.", "Email", "Magliette", "Quota 40 € a persona a {org}, IBAN {iban}"),
    "PL": ("pl", "Zjazd rodziny {fam} – zapisy", "Dorośli", "Dzieci (wiek)", "Telefon", "E-mail", "Koszulki", "Składka 150 zł od osoby na konto {org}: {iban}"),
    "TR": ("tr", "{fam} ailesi buluşması – kayıt listesi", "Yetişkin", "Çocuk (yaş)", "Telefon", "E-posta", "Tişört", "Kişi başı 750 TL, {org} hesabına: {iban}"),
    "GR": ("el", "Συνάντηση οικογένειας {fam} – δηλώσεις", "Ενήλικες", "Παιδιά (ηλικία)", "Τηλέφωνο", "Email", "Μπλουζάκια", "Συμμετοχή 30 € στον/στην {org}, {iban}"),
    "IN": ("hi", "{fam} परिवार मिलन समारोह – पंजीकरण", "वयस्क", "बच्चे (उम्र)", "फ़ोन", "ईमेल", "टी-शर्ट", "प्रति परिवार ₹2,100 {org} को भेजें ({orgph})।"),
    "KR": ("ko", "{fam}씨 종친회 가족 모임 – 참가 신청", "어른", "아이 (나이)", "연락처", "이메일", "티셔츠", "회비 1인 3만 원, 총무 {org} ({orgph})에게 입금"),
    "MX": ("es", "Reunión familiar {fam} – registro", "Adultos", "Niños (edad)", "Cel.", "Correo", "Playeras", "Cooperación $400 por familia a {org} ({orgph})."),
}


@tpl(16, sorted(REUNION))
def reunion_signup(R, loc):
    lang, title, ad, kd, ph, em, sh, pay = REUNION[loc]
    dr = Draw(R, loc)
    fam = dr.famrec()
    org = dr.person(famrec=fam)
    ttl = fill(title, {"fam": L("person", fam["m"], sub="family")})
    rows = []
    sep = " | "
    rows += [ad, sep, kd, sep, ph, sep, em, sep, sh, "\n"]
    for i in range(R.randint(2, 3)):
        a = dr.person(famrec=fam if R.random() < 0.5 else None)
        kids = [dr.person() for _ in range(R.randint(0, 1))]
        cell = [P(a)]
        if R.random() < 0.3:
            b = dr.person()
            cell += [" + ", P(b)]
        cell += [sep]
        for j, k in enumerate(kids):
            cell += [Gv(k) if lang not in ("ko",) else P(k), " (", N(str(R.randint(1, 15)), "age"), ")"] + ([", "] if j < len(kids) - 1 else [])
        if not kids:
            cell += ["-"]
        cell += [sep, phone_label(R, loc), sep, email_label(R, a) if R.random() < 0.7 else "-", sep, R.choice(["M, L", "S, XL", "2×M", "L"]), "\n"]
        rows += cell
    m = {"org": P(org), "orgph": phone_label(R, loc), "iban": iban_label(R, loc) if loc in IBAN_LOC else ""}
    rows += ["\n"] + fill(pay, m)
    body = ttl + ["\n"] + rows
    return "list", lang, wrap(R, lang, R.choice(["table", "plan"]), body)

# --------------------------------------------------------------- 20 congregation rolls, birthday lists, prayer lists
CONG = {
    "US": ("en", "Grace Fellowship – member directory update", "Name | Address | Phone | Email | Birthday | Member since", "Prayer list this week: {pr}. Please keep them in your prayers."),
    "GB": ("en", "St Brannock's electoral roll & birthday list", "Name | Address | Phone | Email | Birthday | Joined", "Please pray for: {pr}."),
    "DE": ("de", "Gemeindebrief – Wir gratulieren (Geburtstage) und Adressliste Besuchsdienst", "Name | Anschrift | Telefon | E-Mail | Geburtstag | Mitglied seit", "Fürbitte: {pr}."),
    "NL": ("nl", "Ledenlijst wijkgemeente Oost – verjaardagen", "Naam | Adres | Telefoon | E-mail | Geboortedatum | Lid sinds", "Voorbede voor: {pr}."),
    "SE": ("sv", "Församlingens kontaktlista – födelsedagar", "Namn | Adress | Telefon | E-post | Född | Medlem sedan", "Förbön för: {pr}."),
    "PL": ("pl", "Kartoteka parafialna – kolęda", "Imię i nazwisko | Adres | Telefon | E-mail | Data urodzenia | W parafii od", "Intencje modlitewne: {pr}."),
    "IL": ("he", "רשימת חברי הקהילה – ימי הולדת", "שם | כתובת | טלפון | דוא\"ל | תאריך לידה | חבר מאז", "רשימת תפילה לרפואה: {pr}."),
    "KR": ("ko", "교회 요람 – 교인 연락처 및 생일", "이름 | 주소 | 연락처 | 이메일 | 생년월일 | 등록", "기도 제목: {pr}"),
    "PH": ("tl", "Listahan ng mga miyembro – Kapilya ng San Roque", "Pangalan | Tirahan | CP | Email | Kaarawan | Miyembro mula", "Ipanalangin natin si/sina: {pr}."),
    "NG": ("en", "Church workers' register – birthdays", "Name | Address | Phone | Email | Date of birth | Joined", "Prayer requests: {pr}."),
    "KE": ("sw", "Orodha ya washirika – siku za kuzaliwa", "Jina | Anwani | Simu | Barua pepe | Tarehe ya kuzaliwa | Tangu", "Maombi kwa ajili ya: {pr}."),
    "BR": ("pt", "Rol de membros – aniversariantes do mês", "Nome | Endereço | Celular | E-mail | Nascimento | Membro desde", "Pedidos de oração: {pr}."),
    "HU": ("hu", "Gyülekezeti névsor – születésnapok", "Név | Lakcím | Telefon | E-mail | Születési idő | Tag óta", "Imádkozzunk: {pr}."),
}


@tpl(22, sorted(CONG))
def congregation_roll(R, loc):
    lang, title, head, pray = CONG[loc]
    dr = Draw(R, loc)
    rows = [title, "\n", head, "\n"]
    for i in range(R.randint(2, 3)):
        p = dr.person()
        d = rdate(R, 1936, 2004)
        rows += [P(p), " | ", ADDR(R, loc), " | ", phone_label(R, loc) if R.random() < 0.8 else "-", " | ", email_label(R, p) if R.random() < 0.4 else "-", " | ",
                 dob(R, loc, d), " | ", N(str(R.randint(1968, 2025)), "year_only"), "\n"]
    pr = [dr.person() for _ in range(R.randint(1, 3))]
    plist = []
    for j, p in enumerate(pr):
        plist += [Gv(p) if lang in ("en", "de", "nl", "sv", "tl", "sw") and R.random() < 0.5 else P(p)] + ([", "] if j < len(pr) - 1 else [])
    rows += ["\n"] + fill(pray, {"pr": plist})
    return "list", lang, wrap(R, lang, "table", rows)


# --------------------------------------------------------------- 21 anniversary planning chats
ANNIV = {
    "en": ["ok so Mum & Dad's 40th is on the {date} – venue is {venue}", "I've paid the deposit, can everyone send me £60? {iban}", "Party at ours after: {addr}",
           "Auntie {aunt} says she's bringing the photo albums", "Can someone call Dad's old best man {bm}? his number is {phone}", "Don't tell {parent} anything!!"],
    "de": ["Also: Rubinhochzeit von Mama und Papa am {date}, Saal ist {venue}", "Anzahlung ist raus, bitte je 80 € an mich: {iban}", "Danach bei uns: {addr}",
           "Tante {aunt} bringt die Fotoalben mit", "Kann jemand Papas Trauzeugen {bm} anrufen? {phone}", "Kein Wort zu {parent}!"],
    "es": ["Las bodas de oro de papá y mamá son el {date} en {venue}", "Ya pagué la señal, mandadme 70 € cada uno: {iban}", "Luego seguimos en casa: {addr}",
           "La tía {aunt} trae los álbumes", "¿Alguien llama al padrino, {bm}? Su número: {phone}", "¡Ni una palabra a {parent}!"],
    "it": ["Le nozze d'oro di mamma e papà sono il {date} da {venue}", "Ho pagato la caparra, mandatemi 60 € a testa: {iban}", "Dopo si va da noi: {addr}",
           "La zia {aunt} porta gli album", "Qualcuno chiama il testimone di papà, {bm}? {phone}", "Acqua in bocca con {parent}!"],
    "pt": ["As bodas de ouro dos pais são a {date} na {venue}", "Já paguei o sinal, mandem-me 50 € cada: {iban}", "Depois lá em casa: {addr}",
           "A tia {aunt} traz os álbuns", "Alguém liga ao padrinho {bm}? {phone}", "Nem uma palavra à {parent}!"],
    "pl": ["Złote gody rodziców {date}, sala: {venue}", "Zaliczka wpłacona, przelejcie mi po 300 zł: {iban}", "Potem u nas: {addr}",
           "Ciocia {aunt} przywiezie albumy", "Ktoś zadzwoni do świadka taty, {bm}? {phone}", "Ani słowa {parent}!"],
    "nl": ["Het 40-jarig huwelijksfeest van pa en ma is op {date} in {venue}", "Aanbetaling gedaan, graag € 75 p.p. naar {iban}", "Daarna bij ons: {addr}",
           "Tante {aunt} neemt de fotoalbums mee", "Kan iemand pa's getuige {bm} bellen? {phone}", "Niks zeggen tegen {parent}!"],
    "tr": ["Annemlerin 40. evlilik yıl dönümü {date}, yer: {venue}", "Kaporayı ödedim, herkes 1.500 TL atsın: {iban}", "Sonra bizde devam: {addr}",
           "{aunt} teyze albümleri getiriyor", "Babamın sağdıcı {bm}'i biri arasın: {phone}", "{parent}'a sakın söylemeyin!"],
    "el": ["Η επέτειος των 40 χρόνων των γονιών είναι {date}, στο {venue}", "Έδωσα την προκαταβολή, στείλτε μου 50 € ο καθένας: {iban}", "Μετά σπίτι μας: {addr}",
           "Η θεία {aunt} φέρνει τα άλμπουμ", "Να πάρει κάποιος τον κουμπάρο, {bm}; {phone}", "Μην πείτε τίποτα στη/στον {parent}!"],
    "fr": ["Les 40 ans de mariage de papa et maman, c'est le {date} à {venue}", "J'ai versé l'acompte, envoyez-moi 60 € chacun : {iban}", "Après, on continue chez nous : {addr}",
           "Tata {aunt} apporte les albums", "Quelqu'un peut appeler le témoin de papa, {bm} ? {phone}", "Pas un mot à {parent} !"],
    "hi": ["मम्मी-पापा की 40वीं सालगिरह {date} को है, जगह: {venue}", "एडवांस दे दिया, सब ₹5,000 भेज दो", "बाद में हमारे घर: {addr}",
           "बुआ {aunt} एल्बम ला रही हैं", "कोई पापा के दोस्त {bm} को फ़ोन कर दे: {phone}", "{parent} को कुछ मत बताना!"],
    "id": ["Ulang tahun pernikahan ke-40 Bapak & Ibu tanggal {date} di {venue}", "DP sudah kubayar, transfer Rp500.000 per orang ya", "Habis itu lanjut di rumah: {addr}",
           "Tante {aunt} bawa album foto", "Ada yang bisa telepon Om {bm}? {phone}", "Jangan bilang {parent}!"],
}
ANNIV_LOCS = {"en": "GB", "de": "DE", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL", "nl": "NL", "tr": "TR", "el": "GR", "fr": "FR", "hi": "IN", "id": "ID"}
AVENUE = {"en": "the Falcon Inn function room", "de": "Landgasthof Zur Linde", "es": "Restaurante El Mirador", "it": "Trattoria Da Gigi", "pt": "Quinta do Vale Formoso",
          "pl": "Restauracja Pod Lipami", "nl": "Zalencentrum De Harmonie", "tr": "Kardelen Düğün Salonu", "el": "ταβέρνα «Το Λιμανάκι»", "fr": "l'Auberge du Moulin",
          "hi": "होटल राजमहल, बैंक्वेट हॉल", "id": "Rumah Makan Sari Rasa"}


@tpl(16, ["GB", "DE", "ES", "IT", "PT", "PL", "NL", "TR", "GR", "FR", "IN", "ID", "US", "AT", "BR"])
def anniversary_chat(R, loc):
    lang = LOCALES[loc]
    lines = ANNIV[lang]
    dr = Draw(R, loc)
    sibs = [dr.person() for _ in range(3)]
    aunt, bm = dr.person("f"), dr.person("m")
    parent = dr.person()
    ts = datetime.datetime(2026, R.randint(1, 9), R.randint(1, 28), R.randint(7, 22), R.randint(0, 59))
    d = ts.date() + datetime.timedelta(days=R.randint(30, 240))
    m = {"date": N(fdate(R, loc, d), "anniversary_date"), "venue": N(AVENUE[lang], "venue"), "iban": iban_label(R, loc) if loc in IBAN_LOC else "",
         "addr": ADDR(R, loc), "aunt": Gv(aunt), "bm": P(bm), "phone": phone_label(R, loc), "parent": Gv(parent)}
    rows = []
    keep = sorted(R.sample(range(len(lines)), R.randint(4, 5)))
    lines = [lines[i] for i in keep]
    for i, ln in enumerate(lines):
        if "{iban}" in ln and loc not in IBAN_LOC:
            ln = ln.replace(": {iban}", "").replace(" {iban}", "")
        who = sibs[i % 3]
        t = ts + datetime.timedelta(minutes=7 * i + R.randint(0, 5))
        stamp = t.strftime("%d/%m/%Y, %H:%M") if loc not in ("US",) else t.strftime("%m/%d/%y, %I:%M %p")
        rows += ["[", N(stamp, "timestamp"), "] ", Gv(who), ": "] + fill(ln, m) + ["\n"]
    q = {"en": "Group chat with my siblings. What have we actually decided and what's still open?", "de": "Unser Geschwister-Chat. Was ist beschlossen, was ist offen?",
         "es": "Chat con mis hermanos. ¿Qué está decidido y qué falta?", "it": "Chat con i miei fratelli. Cosa abbiamo deciso e cosa manca?",
         "pt": "Conversa com os meus irmãos. O que já está decidido?", "pl": "Czat z rodzeństwem. Co już ustalone, a co nie?", "nl": "Appgroep met mijn broers en zussen. Wat is besloten?",
         "tr": "Kardeşlerle grup sohbeti. Neler kesinleşti, neler açık?", "el": "Συνομιλία με τα αδέρφια μου. Τι έχουμε αποφασίσει;", "fr": "Conversation avec mes frères et sœurs. Qu'est-ce qui est décidé ?",
         "hi": "भाई-बहनों की चैट है। क्या तय हुआ और क्या बाकी है?", "id": "Chat grup saudara. Apa yang sudah diputuskan?"}[lang]
    return "chat_export", lang, [q, "\n\n"] + rows


# --------------------------------------------------------------- 22 wedding website configs
@tpl(19, ["GB", "US", "DE", "NL", "FR", "ES", "PL", "SE", "IE", "AU", "IT", "PT"])
def wedding_site_env(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    a, b = dr.person("f"), dr.person("m")
    cmt = {"en": "# our RSVP site – don't commit this!", "de": "# unsere RSVP-Seite – nicht einchecken!", "nl": "# onze RSVP-site – niet committen!", "fr": "# site RSVP – ne pas committer !",
           "es": "# web de confirmaciones – ¡no subir al repo!", "pl": "# strona RSVP – nie commitować!", "sv": "# vår OSA-sida – checka inte in!", "it": "# sito RSVP – non committare!",
           "pt": "# site de confirmações – não fazer commit!"}[lang]
    rows = [cmt, "\n", "SITE_TITLE=\"", Gv(a), " & ", Gv(b), " ", N(str(R.choice([2026, 2027])), "year_only"), "\"\n",
            "ADMIN_EMAIL=", email_label(R, a), "\n", "ADMIN_PASSWORD=", L("secret", password(R), sub="password"), "\n",
            "DB_HOST=", ip_label(R), "\nDB_USER=rsvp\nDB_PASSWORD=", L("secret", password(R), sub="db_password"), "\n",
            "SMTP_HOST=smtp.sendgrid.net\nSMTP_PASSWORD=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n"]
    if R.random() < 0.6:
        rows += ["STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
                 "STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe").replace("sk_test_", "sk_live_").replace("rk_live_", "sk_live_"), sub="stripe"), "\n"]
    if R.random() < 0.6:
        rows += ["GOOGLE_SHEETS_KEY=", L("secret", secret_random(R, "google_api_key"), sub="google_api_key"), "\n"]
    rows += ["CONTACT_PHONE=", phone_label(R, loc, intl=True), "\n", "WEDDING_DATE=", N(rdate(R, 2026, 2027).isoformat(), "wedding_date"), "\n"]
    q = {"en": "The emails aren't sending from our wedding site. Here's the .env – what's wrong?", "de": "Unsere Hochzeitsseite verschickt keine Mails. Hier die .env – was ist falsch?",
         "nl": "Onze trouwsite verstuurt geen mails. Hier de .env – wat klopt er niet?", "fr": "Notre site de mariage n'envoie pas les mails. Voici le .env, qu'est-ce qui cloche ?",
         "es": "Nuestra web de boda no envía correos. Aquí el .env, ¿qué falla?", "pl": "Nasza strona ślubna nie wysyła maili. Oto .env – co jest nie tak?",
         "sv": "Vår bröllopssida skickar inga mejl. Här är .env – vad är fel?", "it": "Il sito del matrimonio non invia le email. Ecco il .env, cosa non va?",
         "pt": "O site do casamento não envia emails. Aqui está o .env, o que está errado?"}[lang]
    return "env", lang, [q, "\n\n"] + rows


# --------------------------------------------------------------- 23 livestream notes for funerals and weddings
LIVE = {
    "en": "Livestream for {dec}'s funeral – tech notes\nChannel: {chan} (unlisted)\nStream key: {key}\nChurch Wi-Fi: StBrannocks-Guest / {wifi}\nCamera op: {tech}, {tphone}\nFamily contact on the day: {fam} {fphone}\nAdmin login for the memorial page: {mail} / {pw}\nStart 10:45, service 11:00. Link goes out to the family only.",
    "de": "Livestream Trauerfeier {dec} – Technik\nKanal: {chan} (nicht gelistet)\nStreamschlüssel: {key}\nWLAN Kapelle: Kapelle-Gast / {wifi}\nKamera: {tech}, {tphone}\nAnsprechpartner Familie: {fam} {fphone}\nLogin Gedenkseite: {mail} / {pw}",
    "nl": "Livestream uitvaart {dec} – techniek\nKanaal: {chan} (verborgen)\nStreamsleutel: {key}\nWifi aula: Aula-Gast / {wifi}\nCamera: {tech}, {tphone}\nFamilie: {fam} {fphone}\nInlog herdenkingspagina: {mail} / {pw}",
    "it": "Diretta del funerale di {dec} – note tecniche\nCanale: {chan} (non in elenco)\nChiave stream: {key}\nWi-Fi parrocchia: Parrocchia-Ospiti / {wifi}\nRegia: {tech}, {tphone}\nFamiglia: {fam} {fphone}\nAccesso pagina ricordo: {mail} / {pw}",
    "es": "Retransmisión del funeral de {dec} – notas\nCanal: {chan} (oculto)\nClave de transmisión: {key}\nWi-Fi parroquia: Parroquia-Invitados / {wifi}\nCámara: {tech}, {tphone}\nFamilia: {fam} {fphone}\nAcceso página homenaje: {mail} / {pw}",
    "pl": "Transmisja pogrzebu {dec} – notatki\nKanał: {chan} (niepubliczny)\nKlucz transmisji: {key}\nWi-Fi kaplicy: Kaplica-Goscie / {wifi}\nKamera: {tech}, {tphone}\nRodzina: {fam} {fphone}\nLogowanie strony pamięci: {mail} / {pw}",
    "el": "Ζωντανή μετάδοση κηδείας {dec} – σημειώσεις\nΚανάλι: {chan} (μη καταχωρισμένο)\nΚλειδί ροής: {key}\nWi-Fi ναού: Naos-Guest / {wifi}\nΚάμερα: {tech}, {tphone}\nΟικογένεια: {fam} {fphone}\nΣύνδεση σελίδας μνήμης: {mail} / {pw}",
    "pt": "Transmissão do funeral de {dec} – notas\nCanal: {chan} (não listado)\nChave de transmissão: {key}\nWi-Fi da capela: Capela-Convidados / {wifi}\nCâmara: {tech}, {tphone}\nFamília: {fam} {fphone}\nAcesso à página de homenagem: {mail} / {pw}",
}


@tpl(19, ["GB", "US", "IE", "DE", "AT", "NL", "IT", "ES", "PL", "GR", "PT", "AU", "BR"])
def livestream_notes(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    dec = dr.person()
    fam = dr.person(famrec=famrec_of(dec) if loc not in ("ES", "PT", "BR") else None)
    tech = dr.person()
    m = {"dec": P(dec), "chan": N(R.choice(["youtube.com/@stbrannocks", "youtube.com/@pfarreistansgar", "youtube.com/@parrocchiasanbartolomeo", "vimeo.com/tributestreams"]), "channel"),
         "key": L("secret", stream_key(R), sub="stream_key"), "wifi": L("secret", password(R), sub="wifi_password"), "tech": P(tech), "tphone": phone_label(R, loc),
         "fam": P(fam), "fphone": phone_label(R, loc), "mail": email_label(R, fam), "pw": L("secret", password(R), sub="password")}
    q = {"en": "Can you turn this into a one-page checklist for the volunteer?", "de": "Mach daraus bitte eine Checkliste für den Helfer.", "nl": "Maak hier een checklist van voor de vrijwilliger.",
         "it": "Puoi farne una checklist per il volontario?", "es": "¿Me lo conviertes en una lista para el voluntario?", "pl": "Zrób z tego listę kontrolną dla wolontariusza.",
         "el": "Κάν' το μια λίστα ελέγχου για τον εθελοντή.", "pt": "Transforma isto numa checklist para o voluntário."}[lang]
    return "notes", lang, [q, "\n\n"] + fill(LIVE[lang], m)

# --------------------------------------------------------------- 24 sympathy cards
SYMP = {
    "en": ["Help me write a short sympathy card to {rec}. Her/His mum {dec} died last week – we were neighbours for years. Nothing religious, please.",
           "What do I write in a card for {rec}? Her husband {dec} passed away suddenly. I only know her from choir."],
    "de": ["Hilf mir bitte bei einer Beileidskarte an {rec}. Ihr/Sein Vater {dec} ist letzte Woche gestorben. Bitte nicht zu förmlich."],
    "fr": ["Aide-moi à écrire une carte de condoléances pour {rec}, dont la mère, {dec}, est décédée dimanche. Quelque chose de simple."],
    "es": ["¿Me ayudas con una tarjeta de pésame para {rec}? Su padre, {dec}, falleció el martes. Que sea sencilla."],
    "it": ["Mi aiuti a scrivere un biglietto di condoglianze per {rec}? È mancata sua madre, {dec}. Qualcosa di semplice."],
    "nl": ["Kun je me helpen met een condoleancekaart voor {rec}? Haar/Zijn vader {dec} is vorige week overleden."],
    "pt": ["Pode ajudar-me a escrever um cartão de condolências para {rec}? A mãe, {dec}, faleceu ontem."],
    "pl": ["Pomóż mi napisać kartkę kondolencyjną dla {rec}. Zmarł jej/jego ojciec, {dec}. Bez patosu, proszę."],
    "sv": ["Hjälp mig skriva ett kondoleanskort till {rec}. Hennes/Hans mamma {dec} dog i förra veckan."],
    "tr": ["{rec} için kısa bir taziye mesajı yazar mısın? Babası {dec} geçen hafta vefat etti."],
    "el": ["Βοήθησέ με να γράψω συλλυπητήρια κάρτα για τον/την {rec}. Πέθανε η μητέρα του/της, {dec}."],
    "ru": ["Помоги написать короткое соболезнование для {rec}. У неё/него умер отец, {dec}. Без пафоса."],
    "uk": ["Допоможи написати короткі співчуття для {rec}. Помер її/його батько, {dec}."],
    "ja": ["{rec}さんへのお悔やみの手紙を書くのを手伝ってください。お母様の{dec}さんが先週亡くなられました。"],
    "ko": ["{rec}님께 보낼 조문 메시지 좀 써 주세요. 아버님 {dec}님께서 지난주에 돌아가셨어요."],
    "zh": ["幫我寫一張慰問卡給{rec}，她的父親{dec}上週過世了。簡單真誠就好。"],
    "ar": ["ساعدني أكتب رسالة تعزية قصيرة إلى {rec}، توفي والده/والدها {dec} الأسبوع الماضي."],
    "he": ["תעזור לי לכתוב כרטיס תנחומים ל{rec}? אביו/אביה, {dec}, נפטר בשבוע שעבר."],
    "hu": ["Segíts részvétnyilvánítást írni {rec} részére. Az édesapja, {dec}, múlt héten elhunyt."],
    "vi": ["Giúp mình viết vài dòng chia buồn gửi {rec}. Bố của bạn ấy là {dec} vừa mất tuần trước."],
    "id": ["Tolong bantu tulis ucapan belasungkawa untuk {rec}. Ayahnya, {dec}, wafat minggu lalu."],
}
SYMP_TAIL = {"en": " I'll post it to {addr}.", "de": " Die Karte geht an {addr}.", "fr": " Je l'envoie à {addr}.", "es": " La mando a {addr}.", "it": " Lo spedisco a {addr}.",
             "nl": " Het kaartje gaat naar {addr}.", "pt": " Vou enviar para {addr}.", "pl": " Wyślę na adres {addr}.", "sv": " Kortet skickas till {addr}."}


@tpl(24, ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "TR", "GR", "RU", "UA", "JP", "KR", "TW", "EG", "IL", "HU", "VN", "ID", "IE", "AU", "AT", "BR"])
def sympathy_card(R, loc):
    lang = LOCALES[loc]
    dr = Draw(R, loc)
    fr = R.choice(SYMP[lang])
    female = any(w in fr for w in ("mum", "mère", "madre", "mãe", "mamma", "μητέρα", "お母様"))
    dec = dr.person("f" if female else "m")
    rsex = "f" if "Her husband" in fr else None
    rec = dr.person(rsex, famrec=famrec_of(dec) if loc not in ("ES", "MX", "PT", "BR", "KR", "TW", "VN", "EG", "TR", "IL", "IN") else None)
    m = {"rec": P(rec) if R.random() < 0.7 or lang in ("ja", "ko", "zh") else Gv(rec), "dec": P(dec)}
    body = fill(fr, m)
    if lang in SYMP_TAIL and R.random() < 0.4:
        body += fill(SYMP_TAIL[lang], {"addr": ADDR(R, loc)})
    extra = {"en": " Two or three sentences is enough.", "de": " Zwei, drei Sätze reichen.", "fr": " Deux ou trois phrases suffisent.", "es": " Con dos o tres frases basta.",
             "it": " Bastano due o tre frasi.", "nl": " Twee of drie zinnen is genoeg.", "pt": " Duas ou três frases chegam.", "pl": " Wystarczą dwa, trzy zdania.",
             "sv": " Två eller tre meningar räcker.", "tr": " İki üç cümle yeterli.", "el": " Δύο τρεις προτάσεις αρκούν.", "ru": " Двух-трёх предложений хватит.",
             "uk": " Двох-трьох речень вистачить.", "ja": "短めでお願いします。", "ko": " 두세 문장이면 충분해요.", "zh": "兩三句就好。", "ar": " جملتان أو ثلاث تكفي.",
             "he": " שתיים־שלוש שורות מספיקות.", "hu": " Két-három mondat elég.", "vi": " Hai ba câu là đủ.", "id": " Dua tiga kalimat saja."}[lang]
    return "question", lang, body + [extra]


# --------------------------------------------------------------- 25 certificate copy requests
CERT = {
    "GB": ("en", "Order a certificate – General Register Office\nCertificate type: Death\nName of deceased: {dec}\nDate of birth of deceased: {dob}\nYear of death: {year}   GRO index ref: {ref}\nApplicant: {app}\nDelivery address: {addr}\nEmail: {mail}"),
    "IE": ("en", "Application for a certified copy – Civil Registration\nType: Marriage\nParties: {dec} and {sp}\nDate of marriage: {date}\nApplicant: {app}, {addr}\nEmail: {mail}"),
    "DE": ("de", "Antrag auf Erteilung einer Sterbeurkunde\nVerstorbene/r: {dec}, geb. {dob}\nSterbejahr: {year}, Registernummer {ref}\nAntragsteller/in: {app}\nAnschrift: {addr}\nE-Mail: {mail}\nVerwendungszweck: Erbschein"),
    "FR": ("fr", "Demande de copie intégrale d'acte de naissance\nPersonne concernée : {dec}, né(e) le {dob}\nDemandeur : {app} (petit-enfant)\nAdresse : {addr}\nCourriel : {mail}\nMotif : succession"),
    "IT": ("it", "Richiesta estratto dell'atto di morte\nDefunto/a: {dec}, nato/a il {dob}\nAnno: {year}, atto n. {ref}\nRichiedente: {app}\nIndirizzo: {addr}\nE-mail: {mail}"),
    "ES": ("es", "Solicitud de certificado literal de defunción\nFallecido/a: {dec}, nacido/a el {dob}\nAño: {year}, tomo {ref}\nSolicitante: {app}\nDomicilio: {addr}\nCorreo: {mail}"),
    "NL": ("nl", "Aanvraag uittreksel overlijdensakte\nOverledene: {dec}, geboren {dob}\nJaar van overlijden: {year}, aktenummer {ref}\nAanvrager: {app}\nAdres: {addr}\nE-mail: {mail}"),
    "PL": ("pl", "Wniosek o odpis zupełny aktu zgonu\nOsoba zmarła: {dec}, ur. {dob}\nRok zgonu: {year}, nr aktu {ref}\nWnioskodawca: {app}\nAdres: {addr}\nE-mail: {mail}"),
    "PT": ("pt", "Pedido de certidão de óbito\nFalecido(a): {dec}, nascido(a) a {dob}\nAno: {year}, assento n.º {ref}\nRequerente: {app}\nMorada: {addr}\nEmail: {mail}"),
    "SE": ("sv", "Beställning av personbevis för avliden\nAvliden: {dec}, född {dob}\nDödsår: {year}\nBeställare: {app}\nAdress: {addr}\nE-post: {mail}"),
}


@tpl(24, sorted(CERT))
def certificate_request(R, loc):
    lang, fr = CERT[loc]
    dr = Draw(R, loc)
    dec = dr.person()
    sp = dr.person()
    app = dr.person(famrec=famrec_of(dec) if loc not in ("ES", "PT") else None)
    d = rdate(R, 1928, 1960)
    m = {"dec": P(dec), "sp": P(sp), "dob": dob(R, loc, d), "year": N(str(R.randint(2019, 2026)), "year_only"),
         "ref": N("%s %d/%d" % (R.choice(["A", "B", "C"]), R.randint(1, 99), R.randint(100, 999)) if loc == "GB" else str(R.randint(12, 2400)), "register_no"),
         "date": N(fdate(R, loc, rdate(R, 1950, 1985)), "marriage_date"), "app": P(app), "addr": ADDR(R, loc, R.random() < 0.3),
         "mail": email_label(R, app) if R.random() < 0.7 else "—"}
    return "form", lang, wrap(R, lang, "check", fill(fr, m))

# ====================================================================== clean-only templates
# --------------------------------------------------------------- C1 orders of service (placeholders, hymns, readings)
OOS = {
    "en": ("Order of service – draft template", ["Entrance music: Pachelbel, Canon in D", "Welcome – the Vicar", "Hymn {h1}: 'The Day Thou Gavest'", "Reading: {ref}",
            "Tribute to [NAME] – read by [FAMILY MEMBER]", "Hymn {h2}: 'Lord of All Hopefulness'", "Commendation and Committal", "Exit music: Elgar, Nimrod",
            "Retiring collection for the Hospice at Marlow Vale", "Refreshments afterwards in the church hall, Church Lane (tel. 01423 566 210)"],
           "Can you make this flow better? Service is {date} at {time}."),
    "de": ("Ablauf Trauerfeier – Vorlage", ["Orgelvorspiel: J. S. Bach, BWV 639", "Begrüßung durch die Pfarrerin", "Lied EG {h1}", "Lesung: {ref}", "Nachruf auf [Name] – gesprochen von [Angehörige]",
            "Lied EG {h2}", "Fürbitten, Vaterunser, Segen", "Kollekte für das Hospiz am Wasserturm", "Anschließend Kaffeetafel im Gemeindehaus, Kirchplatz 3"],
           "Passt die Reihenfolge so? Die Feier ist am {date} um {time} Uhr."),
    "fr": ("Déroulé de la cérémonie – modèle", ["Musique d'entrée : Fauré, Pavane", "Accueil par le célébrant", "Chant n° {h1}", "Lecture : {ref}", "Hommage à [PRÉNOM NOM] par [un proche]",
            "Chant n° {h2}", "Bénédiction", "Quête pour la Ligue contre le cancer", "Verre de l'amitié salle paroissiale, 2 place de l'Église"],
           "Tu peux améliorer l'enchaînement ? Cérémonie le {date} à {time}."),
    "it": ("Libretto della messa – schema", ["Canto d'ingresso n. {h1}", "Prima lettura: {ref}", "Salmo responsoriale 22", "Vangelo: Gv 14,1-6", "Ricordo di [NOME] a cura di [familiare]",
            "Canto finale n. {h2}", "Offerte per l'Associazione Cure Palliative"], "Mi sistemi il libretto? La messa è il {date} alle {time}."),
    "es": ("Guion de la misa – plantilla", ["Canto de entrada n.º {h1}", "Primera lectura: {ref}", "Salmo 22", "Evangelio: Jn 11,17-27", "Palabras de despedida a [NOMBRE] por [familiar]",
            "Canto de despedida n.º {h2}", "Colecta para Cáritas parroquial"], "¿Me ordenas el guion? La misa es el {date} a las {time}."),
    "nl": ("Orde van dienst – sjabloon", ["Binnenkomst: Arvo Pärt, Spiegel im Spiegel", "Welkom door de voorganger", "Lied {h1}", "Lezing: {ref}", "In memoriam [naam] door [familielid]",
            "Lied {h2}", "Zegen", "Collecte voor het hospice"], "Klopt deze volgorde? De dienst is op {date} om {time}."),
    "pl": ("Porządek nabożeństwa – szablon", ["Pieśń na wejście nr {h1}", "I czytanie: {ref}", "Psalm 23", "Wspomnienie o [IMIĘ I NAZWISKO] – [bliska osoba]", "Pieśń nr {h2}", "Ostatnie pożegnanie"],
           "Czy kolejność jest dobra? Msza {date} o {time}."),
    "sv": ("Program för begravningsgudstjänst – mall", ["Preludium: Bach, Air", "Psalm {h1}", "Bibelläsning: {ref}", "Minnesord om [Namn] – [anhörig]", "Psalm {h2}", "Avsked vid kistan"],
           "Flyter det här bra? Begravningen är {date} kl. {time}."),
    "el": ("Πρόγραμμα μνημόσυνου – πρότυπο", ["Τρισάγιο", "Ανάγνωσμα: {ref}", "Επικήδειος για τον/την [ΟΝΟΜΑ] από [συγγενή]", "Ψαλμός {h1}", "Μακαρία η οδός, ψαλμός {h2}", "Κόλλυβα και καφές στην αίθουσα του ναού"],
           "Είναι σωστή η σειρά; Το μνημόσυνο είναι {date} στις {time}."),
}
OOS_REF = {"en": ["Ecclesiastes 3:1-8", "John 14:1-6", "Romans 8:35-39", "1 Corinthians 13:4-8"], "de": ["Psalm 23", "Römer 8,38-39", "Prediger 3,1-8"],
           "fr": ["1 Co 13,4-8", "Jn 14,1-6"], "it": ["Qo 3,1-8", "Rm 8,35-39"], "es": ["Ecl 3,1-8", "Rom 8,35-39"], "nl": ["Prediker 3", "Psalm 121"],
           "pl": ["Mdr 3,1-9", "Rz 8,35-39"], "sv": ["Psaltaren 23", "Johannes 14:1-6"], "el": ["Α' Θεσσ. 4,13-17", "Ιω. 5,24-30"]}
OOS_LOC = {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "sv": "SE", "el": "GR"}


@tpl(25, sorted(OOS_LOC.values()), clean=True)
def order_of_service(R, loc):
    lang = LOCALES[loc]
    title, items, q = OOS[lang]
    its = list(items)
    k = R.randint(max(4, len(its) - 3), len(its))
    chosen = its[:k]
    body = [title, "\n"]
    for i, it in enumerate(chosen, 1):
        body += ["%d. " % i] + fill(it, {"h1": N(str(R.randint(2, 640)), "hymn"), "h2": N(str(R.randint(2, 640)), "hymn"),
                                         "ref": N(R.choice(OOS_REF[lang]), "scripture")}) + ["\n"]
    d = rdate(R, 2026, 2027)
    qq = fill(q, {"date": N(fdate(R, loc, d), "service_date"), "time": N("%d:%02d" % (R.randint(9, 15), R.choice([0, 15, 30, 45])), "time")})
    return "template", lang, qq + ["\n\n"] + body if R.random() < 0.6 else body + ["\n"] + qq


# --------------------------------------------------------------- C2 citing records (references, years, archives)
CITES = [
    ("en", "How do I cite this properly in my tree? Source: General Register Office, England & Wales, Births, {q} quarter {y}, vol. {v}, p. {p}. Also the census piece RG11/{n}, folio {f}, page {pg}."),
    ("en", "The archive gave me this reference: National Archives of Ireland, Census {y}, Clare, DED Kilrush, townland Moyasta, house {n}. And FamilySearch film {film}, item {it}. Which goes in the footnote first?"),
    ("en", "Is 'FHL film {film}, image {it}' enough or do I need the original parish register reference too (Haworth, St Michael, Baptisms {y}-{y2}, entry {n})?"),
    ("de", "Wie zitiere ich das korrekt? Landeskirchliches Archiv, Kirchenbuch Oberkirchen, Taufen {y}-{y2}, Bd. {v}, S. {p}, Nr. {n}; Mikrofiche {film}."),
    ("pl", "Jak poprawnie podać źródło? Archiwum Państwowe, Akta stanu cywilnego parafii Brzeziny, sygn. {n}, rok {y}, akt nr {p}, skan {it}."),
    ("it", "Come cito questo atto? Archivio di Stato, Stato civile italiano, Comune di Gallipoli, Nati {y}, registro parte I, n. {n}, foglio {f}."),
    ("es", "¿Cómo cito esta partida? Archivo Diocesano, Libro de Bautismos n.º {v} ({y}-{y2}), folio {f} vuelto, partida {n}."),
    ("fr", "Comment citer cet acte ? Archives départementales, état civil de Plougastel, naissances {y}, acte n° {n}, vue {it}/{pg}."),
    ("nl", "Hoe verwijs ik hiernaar? Tresoar, DTB Hindeloopen, inv.nr. {n}, doopboek {y}-{y2}, fol. {f}."),
    ("sv", "Hur anger jag källan? Tuna (H) C:{v} ({y}-{y2}), bild {it}, sida {p}; husförhörslängd AI:{f}."),
]


@tpl(25, ["GB", "IE", "DE", "PL", "IT", "ES", "FR", "NL", "SE"], clean=True)
def cite_records(R, loc):
    opts = [c for c in CITES if c[0] == LOCALES[loc]]
    lang, fr = R.choice(opts)
    y = R.randint(1790, 1905)
    m = {"q": R.choice(["Mar", "Jun", "Sep", "Dec"]), "y": N(str(y), "year_only"), "y2": N(str(y + R.randint(5, 30)), "year_only"), "v": N(str(R.randint(1, 24)) + R.choice(["", "a", "b"]), "register_no"),
         "p": N(str(R.randint(1, 820)), "register_no"), "n": N(str(R.randint(1, 5200)), "register_no"), "f": N(str(R.randint(1, 160)), "register_no"),
         "pg": N(str(R.randint(1, 60)), "register_no"), "film": N(str(R.randint(1000000, 2400000)), "film_no"), "it": N(str(R.randint(1, 900)), "register_no")}
    extra = R.choice(CITE_TAIL[lang])
    return "question", lang, fill(fr, m) + [" ", extra]


CITE_TAIL = {"en": ["Thanks!", "I want to get it right before I share the tree.", "(Chicago style if possible.)", "Evidence Explained style would be ideal."],
             "de": ["Ich möchte es richtig machen, bevor ich den Stammbaum teile.", "Gern im Stil der Ahnenforschungsvereine.", "Danke dir!"],
             "pl": ["Chcę to zrobić porządnie, zanim udostępnię drzewo.", "Dzięki!", "Najlepiej w stylu używanym przez Geneteka."],
             "it": ["Vorrei farlo bene prima di condividere l'albero.", "Grazie mille!", "Meglio se in stile accademico."],
             "es": ["Quiero hacerlo bien antes de compartir el árbol.", "¡Gracias!", "Mejor en formato académico."],
             "fr": ["Je veux bien faire avant de partager l'arbre.", "Merci d'avance !", "Idéalement au format des cercles généalogiques."],
             "nl": ["Ik wil het goed doen voordat ik de stamboom deel.", "Bedankt!", "Het liefst in de stijl van het CBG."],
             "sv": ["Jag vill göra rätt innan jag delar släktträdet.", "Tack!", "Gärna enligt Riksarkivets referensformat."]}


# --------------------------------------------------------------- C3 cemetery and crematorium information
CEMS = [
    ("en", "Hillside Cemetery – information for families\nOffice: Cemetery Lodge, Hillside Road, Duluth, MN 55811 · (218) 555-0143 · records@hillside-cemetery.example\nHours: Mon–Fri 8:30–4:00. Plot search by section/row/grave (e.g. Section {s}, Row {r}, Grave {g}).\nInterment fee ${fee}; headstone permit ${fee2}. Grass graves are mown monthly from April.\nWhat's the difference between a lawn plot and a traditional plot?"),
    ("de", "Friedhofsverwaltung Waldfriedhof Süd – Gebühren\nVerwaltung: Am Friedhof 1, Sprechzeiten Di/Do 9–12 Uhr, friedhof@stadt.example\nReihengrab (Abt. {s}, Reihe {r}) {fee} €, Wahlgrab Nr. {g} {fee2} €, Urnengemeinschaftsfeld. Ruhezeit 20 Jahre.\nWas ist günstiger – Urnenwahlgrab oder Baumbestattung?"),
    ("fr", "Cimetière des Quatre-Vents – concessions\nConservation : 3 allée des Cyprès, ouvert 8h–17h, cimetiere@mairie.example\nConcession trentenaire {fee} €, cinquantenaire {fee2} €. Carré {s}, rang {r}, emplacement {g} disponible.\nQuelle durée choisir pour un caveau familial ?"),
    ("it", "Cimitero comunale – tariffe loculi\nUfficio: via del Camposanto 2, lun–ven 9–12, cimiteri@comune.example\nLoculo fila {r}, n. {g}: {fee} € per 30 anni. Cellette ossario campo {s}: {fee2} €.\nConviene il loculo o la cremazione?"),
    ("nl", "Begraafplaats Oud Eik en Duinen – tarieven\nBeheer: Kerkhoflaan 1, ma–vr 9–16 uur, info@begraafplaats.example\nAlgemeen graf vak {s}, rij {r}: € {fee}; particulier graf nr. {g}: € {fee2} voor 20 jaar.\nWat is het verschil tussen een algemeen en een particulier graf?"),
    ("pl", "Cmentarz komunalny – opłaty\nZarząd: ul. Cmentarna 1, pon.–pt. 8–15, zarzad@cmentarz.example\nKwatera {s}, rząd {r}, miejsce {g}: opłata {fee} zł na 20 lat; grób urnowy {fee2} zł.\nCo się bardziej opłaca: grób ziemny czy kolumbarium?"),
    ("es", "Cementerio de San Lázaro – tasas\nAdministración: Camino del Cementerio s/n, de 9 a 14 h, cementerio@ayto.example\nNicho fila {r}, número {g}: {fee} € por 10 años; columbario cuartel {s}: {fee2} €.\n¿Me explicas la diferencia entre concesión y alquiler de nicho?"),
    ("sv", "Norra kyrkogården – gravrätt\nExpedition: Kyrkogårdsvägen 2, vardagar 9–15, kyrkogard@forsamling.example\nKistgrav kvarter {s}, gravnr {g}: gravrätt 25 år, skötsel {fee} kr/år. Urngrav {fee2} kr.\nVad ingår i gravskötseln?"),
]


@tpl(25, ["US", "DE", "FR", "IT", "NL", "PL", "ES", "SE"], clean=True)
def cemetery_info(R, loc):
    lang = LOCALES[loc]
    fr = [c for c in CEMS if c[0] == lang][0][1]
    m = {"s": N(R.choice("ABCDEFGHKM") + str(R.randint(1, 30)), "plot_no"), "r": N(str(R.randint(1, 60)), "plot_no"), "g": N(str(R.randint(1, 999)), "plot_no"),
         "fee": N(amt(lang, R.randint(300, 4200)), "amount"), "fee2": N(amt(lang, R.randint(90, 3000)), "amount")}
    return "notice", lang, fill(fr, m)


def amt(lang, n):
    s = "{:,}".format(n)
    if lang in ("de", "it", "es", "nl", "pt", "el", "tr"):
        return s.replace(",", ".")
    if lang in ("fr", "pl", "sv", "hu", "ru", "uk"):
        return s.replace(",", "\u00a0")
    return s


# --------------------------------------------------------------- C4 venue and vendor brochures
VEN = [
    ("en", "GB", "Holme Grange Barn – 2027 wedding packages\nExclusive use Fri–Sun from £{p1}; midweek from £{p2}. Ceremony room licensed for 120.\nHolme Grange Barn Ltd, Holme Lane, Keswick CA12 5TJ · 01539 722 410 · events@holmegrange.example · Company no. {reg} · VAT GB {vat}\nDates left: {d1}, {d2}. Which package is better value for 90 guests?"),
    ("en", "US", "Copper Ladle Events – catering menus\nPlated dinner from ${p1}/guest, buffet ${p2}/guest, 20% service. Tastings by appointment.\n2200 Foundry St, Suite 110, Asheville, NC 28801 · (828) 555-0187 · hello@copperladle.example · EIN {reg}\nOpen dates: {d1}, {d2}. Is a 20% service charge normal?"),
    ("de", "DE", "Gut Kaltenhof – Hochzeitspauschalen 2027\nSaalmiete ab {p1} €, Menü ab {p2} € p. P., Trauung im Pavillon möglich.\nGut Kaltenhof GmbH & Co. KG, Kaltenhof 1, 23966 Wismar · 03841 22 87 40 · hochzeit@gut-kaltenhof.example · HRB {reg} · USt-IdNr. DE{vat}\nFreie Termine: {d1}, {d2}. Lohnt sich die Pauschale?"),
    ("fr", "FR", "Domaine des Trois Chênes – tarifs mariage\nLocation week-end {p1} € ; cocktail et dîner à partir de {p2} € par personne.\nSAS Trois Chênes, lieu-dit Les Chênes, 24000 Périgueux · 05 53 08 41 27 · contact@troischenes.example · SIRET {reg} · TVA FR{vat}\nDates libres : {d1}, {d2}. C'est raisonnable comme prix ?"),
    ("it", "IT", "Masseria Le Cicale – listino matrimoni\nAffitto location da {p1} €, menù da {p2} € a persona. Rito civile in giardino.\nLe Cicale S.r.l., contrada Cicale, 73100 Lecce · 0832 24 61 90 · eventi@lecicale.example · P.IVA {reg}\nDate libere: {d1}, {d2}. Mi conviene il pacchetto completo?"),
    ("es", "ES", "Finca Los Almendros – bodas 2027\nAlquiler desde {p1} €, menú desde {p2} € por invitado. Ceremonia civil en el jardín.\nLos Almendros Eventos S.L., Ctra. de Toro km 4, 49012 Zamora · 980 55 21 40 · bodas@losalmendros.example · CIF B{reg}\nFechas libres: {d1}, {d2}. ¿Es buen precio?"),
    ("nl", "NL", "Landgoed De Hooge Boekel – trouwarrangementen\nZaalhuur vanaf € {p1}, diner vanaf € {p2} p.p.\nDe Hooge Boekel B.V., Boekelweg 12, Zwolle · 038 421 55 90 · trouwen@hoogeboekel.example · KvK {reg} · btw NL{vat}B01\nVrije data: {d1}, {d2}. Is dit een goed aanbod?"),
    ("pl", "PL", "Dwór Zalesie – oferta weselna\nMenu od {p1} zł za osobę, poprawiny od {p2} zł. Sala na 150 osób.\nDwór Zalesie Sp. z o.o., Zalesie 4, Toruń · 56 651 24 80 · wesela@dworzalesie.example · NIP {reg}\nWolne terminy: {d1}, {d2}. Czy to dobra cena?"),
    ("pt", "PT", "Quinta das Camélias – casamentos 2027\nAluguer desde {p1} €, menu desde {p2} € por pessoa.\nQuinta das Camélias, Lda., Estrada Nacional 2, Viseu · 232 41 87 20 · eventos@quintadascamelias.example · NIPC {reg}\nDatas livres: {d1}, {d2}. Vale a pena?"),
]


@tpl(25, ["GB", "US", "DE", "FR", "IT", "ES", "NL", "PL", "PT"], clean=True)
def venue_brochure(R, loc):
    lang, _, fr = [v for v in VEN if v[1] == loc][0]
    m = {"p1": N(amt(lang, R.randint(2500, 14000)), "amount"), "p2": N(str(R.randint(45, 180)), "amount"), "reg": N(str(R.randint(10000000, 99999999)), "company_id"),
         "vat": N(str(R.randint(100000000, 999999999)), "vat_id"), "d1": N(fdate(R, loc, rdate(R, 2027, 2027)), "event_date"), "d2": N(fdate(R, loc, rdate(R, 2027, 2028)), "event_date")}
    return "brochure", lang, fill(fr, m)


# --------------------------------------------------------------- C5 famous weddings, funerals and births
FAMOUS = [
    ("en", ["Which hymns were sung at Queen Elizabeth II's funeral in 2022?", "Who officiated at Prince William and Kate Middleton's wedding in 2011?",
            "Was Princess Diana's funeral televised worldwide in 1997?", "Mozart was born on 27 January 1756 – was he baptised the next day?",
            "How many guests were at Grace Kelly and Prince Rainier's wedding?", "What did Abraham Lincoln's funeral train route look like?",
            "Did Charles Darwin and Emma Wedgwood marry in a church?", "What readings were used at John F. Kennedy's funeral Mass?"]),
    ("de", ["Wann wurde Goethe getauft, und wer waren seine Paten?", "Wie lief die Trauerfeier für Helmut Schmidt im Michel ab?", "Wo haben Marie und Pierre Curie geheiratet?",
            "Wann wurde Beethoven geboren – am 16. oder 17. Dezember 1770?", "Wo ist Konrad Adenauer begraben?"]),
    ("fr", ["Comment se sont déroulées les obsèques de Victor Hugo en 1885 ?", "Où Édith Piaf est-elle enterrée ?", "Le mariage de Grace Kelly à Monaco était-il civil et religieux ?",
            "Quand Napoléon et Joséphine se sont-ils mariés ?", "Où repose Charles de Gaulle ?"]),
    ("it", ["Come si svolse il funerale di Luciano Pavarotti a Modena?", "Quando è nato Giuseppe Verdi e dove fu battezzato?", "Dove si sposarono Sophia Loren e Carlo Ponti?",
            "Dov'è sepolto Enrico Caruso?"]),
    ("es", ["¿Cómo fue el entierro de Gabriel García Márquez?", "¿Dónde se casaron Felipe VI y Letizia?", "¿Dónde está enterrado Miguel de Cervantes?", "¿Cuándo nació Frida Kahlo?"]),
    ("pt", ["Como foi o velório do Ayrton Senna em São Paulo?", "Onde está sepultada Amália Rodrigues?", "Quando nasceu Fernando Pessoa?", "Onde casou D. Pedro I?"]),
    ("pl", ["Jak wyglądał pogrzeb Jana Pawła II?", "Gdzie ochrzczono Fryderyka Chopina?", "Gdzie pochowano Marię Skłodowską-Curie?", "Kiedy urodził się Adam Mickiewicz?"]),
    ("ja", ["美智子さまのご成婚パレードはいつでしたか？", "手塚治虫の葬儀はどこで行われましたか？", "夏目漱石の誕生日はいつですか？", "坂本龍馬の墓はどこにありますか？"]),
    ("ko", ["세종대왕은 언제 태어났나요?", "김대중 전 대통령의 국장은 어떻게 진행됐나요?", "이순신 장군의 묘는 어디에 있나요?", "영친왕의 혼례는 언제였나요?"]),
    ("tr", ["Atatürk'ün cenaze töreni nasıl yapıldı?", "Barış Manço nereye defnedildi?", "Nazım Hikmet nerede doğdu?", "Zeki Müren'in cenazesi nerede kaldırıldı?"]),
]


@tpl(25, ["GB", "DE", "FR", "IT", "ES", "PT", "PL", "JP", "KR", "TR", "US"], clean=True)
def famous_events(R, loc):
    lang = LOCALES[loc]
    qs = [f for f in FAMOUS if f[0] == lang][0][1]
    picked = R.sample(qs, min(len(qs), R.randint(2, 3)))
    intro = {"en": "Random questions for a pub-quiz round on royal and famous ceremonies:", "de": "Ein paar Fragen für unser Familienquiz:", "fr": "Quelques questions pour un quiz en famille :",
             "it": "Domande per un quiz in famiglia:", "es": "Preguntas para un concurso familiar:", "pt": "Perguntas para um quiz de família:", "pl": "Pytania do rodzinnego quizu:",
             "ja": "家族のクイズ大会用の質問です：", "ko": "가족 퀴즈용 질문이에요:", "tr": "Aile yarışması için sorular:"}[lang]
    parts = [intro, "\n"]
    for q in picked:
        parts += ["- ", N(q, "famous"), "\n"]
    parts += [{"en": "Short answers please, with the year.", "de": "Bitte kurze Antworten mit Jahreszahl.", "fr": "Réponses courtes avec l'année, s'il te plaît.",
               "it": "Risposte brevi con l'anno.", "es": "Respuestas cortas con el año.", "pt": "Respostas curtas com o ano.", "pl": "Krótkie odpowiedzi z rokiem.",
               "ja": "年も添えて短く答えてください。", "ko": "연도와 함께 짧게 답해 주세요.", "tr": "Kısa cevaplar, yılıyla birlikte."}[lang]]
    return "question", lang, parts


# --------------------------------------------------------------- C6 name-as-word sentences
NAW = {
    "en": ["Will the florist need access before noon?", "Grace before the meal will be said by the vicar.", "Hope the rain holds off for the photos!",
           "Joy was everywhere that day.", "Mark the date in your calendars.", "Rose petals instead of confetti, per the venue rules.", "Faith, hope and love – the reading everyone asks for.",
           "Bill the deposit to the joint account.", "Dawn ceremony on the beach at 6:15.", "Summer wedding or autumn?", "Sunny spells forecast, 22°C.", "Ivy and ferns for the table runners.",
           "May I bring my partner to the wake?", "Frank conversations about money before the wedding help."],
    "de": ["Die Rose auf dem Sarg ist weiß.", "Frieda? Nein, Frieden – „Ruhe in Frieden“ kommt auf die Schleife.", "Heide und Erika als Grabbepflanzung?", "Grüße an alle, die nicht kommen konnten."],
    "es": ["Rocío en las flores a primera hora, ojo con las fotos.", "Con mucha esperanza y consuelo para la familia.", "Los dolores de cabeza del banquete, por fin resueltos.", "Luz tenue en la ceremonia, por favor."],
    "it": ["Speranza e serenità: il tema dei fiori.", "Un mazzo di viole e margherite per la sposa.", "Grazia e sobrietà per l'allestimento."],
    "pt": ["Graça e alegria no altar, com flores de lírio.", "As rosas brancas ficam para a igreja.", "Com muita fé e esperança."],
    "tr": ["Deniz kenarında nikah mı yapalım?", "Umut dolu bir gün olsun.", "Gül yaprakları ve lale süsleri."],
    "pl": ["Róża i lilia w bukiecie ślubnym.", "Wiara, nadzieja, miłość – czytanie z Listu do Koryntian.", "Bogna? Nie, bogactwo kwiatów w kościele."],
    "nl": ["Roos en lelie op de kist.", "Hoop en troost voor de familie.", "Mooi weer voorspeld voor de bruiloft."],
}


@tpl(25, ["GB", "US", "DE", "ES", "IT", "PT", "TR", "PL", "NL", "AU", "IE"], clean=True)
def name_as_word(R, loc):
    lang = LOCALES[loc]
    sents = R.sample(NAW[lang], min(len(NAW[lang]), R.randint(3, 4)))
    intro = {"en": "Notes for the planner – can you turn these into a clean checklist?", "de": "Notizen für die Trauerfeier – bitte in eine Liste bringen:",
             "es": "Notas para la boda – ¿me las ordenas?", "it": "Appunti per il matrimonio – me li metti in ordine?", "pt": "Notas para o casamento – organizas?",
             "tr": "Düğün notları – düzenler misin?", "pl": "Notatki na ślub – uporządkujesz?", "nl": "Notities voor de dag – kun je er een lijstje van maken?"}[lang]
    parts = [intro, "\n"]
    for s in sents:
        parts += ["• ", N(s, "name_as_word"), "\n"]
    return "notes", lang, parts


# --------------------------------------------------------------- C7 blank forms and sample values
BLANKS = [
    ("en", "GB", "Notice of marriage (SPECIMEN)\nFull name: JOHN SMITH / JANE DOE\nDate of birth: DD/MM/YYYY\nAddress: 1 Example Street, Anytown, AB1 2CD\nEmail: name@example.com\nPhone: 07700 900000\nWhat does 'condition' mean on this form?"),
    ("en", "US", "Sample obituary template\n[Full name], age [age], of [city], passed away on [date]. Born [date of birth] in [place] to [parents]... Survived by [names].\nContact: [phone] · [email]\nHow long should an obituary be for a local paper?"),
    ("de", "DE", "Muster: Anmeldung der Eheschließung\nName: Max Mustermann / Erika Mustermann\nGeburtsdatum: TT.MM.JJJJ\nAnschrift: Musterstraße 1, 12345 Musterstadt\nIBAN: DE00 0000 0000 0000 0000 00\nWelche Unterlagen brauche ich zusätzlich?"),
    ("fr", "FR", "Modèle de faire-part de naissance\n[Prénom] est né(e) le [jj/mm/aaaa] à [ville]. Les heureux parents : Jean Dupont et Marie Durand.\nAdresse : 1 rue de l'Exemple, 75000 Paris\nC'est quoi la formule la plus classique ?"),
    ("es", "ES", "Modelo de solicitud – Registro Civil\nNombre: Juan Pérez / María García (ejemplo)\nDNI: 00000000T\nDomicilio: Calle Ejemplo 1, 28000 Madrid\n¿Qué significa 'expediente previo'?"),
    ("it", "IT", "Fac-simile richiesta pubblicazioni\nNome: Mario Rossi / Maria Bianchi\nCodice fiscale: RSSMRA80A01H501U (esempio)\nResidenza: via Roma 1, 00100 Roma\nChe differenza c'è tra rito civile e concordatario?"),
    ("pl", "PL", "Wzór zgłoszenia urodzenia\nImię i nazwisko: Jan Kowalski / Anna Nowak (przykład)\nPESEL: 00000000000\nAdres: ul. Przykładowa 1, 00-000 Warszawa\nIle mam dni na zgłoszenie?"),
    ("nl", "NL", "Voorbeeld geboorteaangifte\nNaam: Jan Jansen / Piet Pietersen (voorbeeld)\nBSN: 000000000\nAdres: Voorbeeldstraat 1, 1234 AB Voorbeeldstad\nMoet ik dit binnen drie dagen doen?"),
    ("pt", "BR", "Modelo de certidão – exemplo\nNome: Fulano de Tal / Beltrana de Tal\nCPF: 000.000.000-00\nEndereço: Rua Exemplo, 1 – Centro, Cidade - UF, CEP 00000-000\nO que é averbação?"),
    ("ja", "JP", "出生届の記入例\n氏名：山田 太郎（記入例）\n生年月日：令和○年○月○日\n住所：東京都千代田区○○1-1-1\n電話：03-0000-0000\n「続き柄」の書き方を教えてください。"),
    ("ko", "KR", "혼인신고서 작성 예시\n성명: 홍길동 / 김영희 (예시)\n주민등록번호: 000000-0000000\n주소: ○○시 ○○구 ○○로 1\n증인은 꼭 두 명이어야 하나요?"),
    ("ru", "RU", "Образец заявления о регистрации брака\nФИО: Иванов Иван Иванович / Иванова Мария Петровна (образец)\nДата рождения: ДД.ММ.ГГГГ\nАдрес: г. Москва, ул. Примерная, д. 1\nМожно ли подать заявление через Госуслуги?"),
]


@tpl(25, ["GB", "US", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "JP", "KR", "RU"], clean=True)
def blank_forms(R, loc):
    lang, _, fr = [b for b in BLANKS if b[1] == loc][0]
    lines = fr.split("\n")
    body, q = lines[:-1], lines[-1]
    keep = [body[0]] + [ln for ln in body[1:] if R.random() < 0.8]
    head = R.choice(BLANK_HEAD[lang])
    parts = [head, "\n\n"] if head else []
    parts += [N("\n".join(keep), "sample_values"), "\n\n", q]
    extra = R.choice(BLANK_TAIL[lang])
    if extra:
        parts += [" ", extra]
    return "form", lang, parts


BLANK_HEAD = {"en": ["", "Copied from the official guidance:", "This is the example on the council website.", "From the funeral home's sample pack:"],
              "de": ["", "Aus dem Merkblatt des Standesamts:", "Das Beispiel von der Website der Stadt:"], "fr": ["", "Modèle trouvé sur le site de la mairie :", "Copié du guide officiel :"],
              "es": ["", "Copiado de la web del Registro Civil:", "Es el ejemplo del ayuntamiento:"], "it": ["", "Copiato dal sito del comune:", "È il fac-simile della parrocchia:"],
              "pl": ["", "Skopiowane ze strony urzędu:", "Przykład z ulotki USC:"], "nl": ["", "Van de website van de gemeente:", "Het voorbeeld uit de folder:"],
              "pt": ["", "Copiei do site do cartório:", "É o exemplo do guia oficial:"], "ja": ["", "市役所のサイトの記入例です：", "案内パンフレットより："],
              "ko": ["", "구청 홈페이지 예시예요:", "안내문에 있는 예시:"], "ru": ["", "Образец с сайта ЗАГСа:", "Из памятки:"]}
BLANK_TAIL = {"en": ["", "Thanks!", "Keep it short please.", "Explain like I'm five."], "de": ["", "Danke!", "Bitte kurz."], "fr": ["", "Merci !", "En bref, svp."],
              "es": ["", "¡Gracias!", "Brevemente, por favor."], "it": ["", "Grazie!", "In breve, per favore."], "pl": ["", "Dzięki!", "Krótko proszę."],
              "nl": ["", "Dank je!", "Graag kort."], "pt": ["", "Obrigado!", "Resumidamente, por favor."], "ja": ["", "よろしくお願いします。", "簡単にお願いします。"],
              "ko": ["", "감사합니다!", "짧게 부탁해요."], "ru": ["", "Спасибо!", "Коротко, пожалуйста."]}


# --------------------------------------------------------------- C8 calendar and date questions
CAL = [
    ("en", "My grandmother's yahrzeit: she died on {d1}. When is the first anniversary in the Hebrew calendar, and does it fall on a Shabbat?"),
    ("en", "We're planning the 40-day memorial: death was {d1}. Which date is day 40, and is {d2} too late for the church hall?"),
    ("en", "Our wedding was {d1}; is our 25th anniversary a weekday? Also how many days until {d2}?"),
    ("ar", "توفي جدي يوم {d1}. متى تكون ذكرى الأربعين؟ وهل يوم {d2} مناسب للعزاء؟"),
    ("ko", "아버지 기일이 {d1}이에요. 내년 음력으로 하면 양력 몇 월 며칠인가요? {d2}은 너무 늦나요?"),
    ("zh", "阿公{d1}過世，頭七、滿七各是哪一天？{d2}做百日可以嗎？"),
    ("vi", "Ông mất {d1}. Lễ 49 ngày và 100 ngày là ngày nào? {d2} có được không?"),
    ("de", "Unsere Hochzeit war am {d1}. Wann ist die Silberhochzeit genau, und fällt der {d2} auf einen Samstag?"),
    ("es", "Mi abuelo falleció el {d1}. ¿Cuándo es la misa de cabo de año? ¿El {d2} es domingo?"),
    ("pl", "Babcia zmarła {d1}. Kiedy wypada miesiąc od pogrzebu i czy {d2} to niedziela?"),
    ("he", "אבא נפטר ב־{d1}. מתי האזכרה של שלושים, והאם {d2} יוצא ביום שישי?"),
    ("tl", "Pumanaw si Lola noong {d1}. Kailan ang ika-40 araw? Puwede ba sa {d2}?"),
]
CAL_LOC = {"en": "GB", "ar": "EG", "ko": "KR", "zh": "TW", "vi": "VN", "de": "DE", "es": "ES", "pl": "PL", "he": "IL", "tl": "PH"}


@tpl(25, ["GB", "EG", "KR", "TW", "VN", "DE", "ES", "PL", "IL", "PH", "US"], clean=True)
def calendar_questions(R, loc):
    lang = LOCALES[loc]
    lang = "en" if loc == "US" else lang
    lines = [c for c in CAL if c[0] == lang]
    fr = R.choice(lines)[1]
    d1 = rdate(R, 2024, 2026)
    d2 = d1 + datetime.timedelta(days=R.randint(20, 400))
    tag = "death_date" if "died" in fr or "death" in fr or lang != "en" else "wedding_date"
    m = {"d1": N(fdate(R, loc, d1), tag), "d2": N(fdate(R, loc, d2), "event_date")}
    pre, post = CAL_CTX[lang]
    return "question", lang, [R.choice(pre), " "] + fill(fr, m) + [" ", R.choice(post)]


CAL_CTX = {
    "en": (["We're sorting out the dates for the whole family and I keep getting confused.", "Quick calendar question before I ring the church office.", "Family logistics again!"],
           ["The hall needs an answer by the end of the week.", "Please show how you worked it out.", "Thanks in advance."]),
    "ar": (["نحن نرتب المواعيد للعائلة كلها وأنا محتار.", "سؤال سريع عن التواريخ قبل أن أكلم المسجد."], ["أرجو أن توضح طريقة الحساب.", "شكراً مقدماً."]),
    "ko": (["제사 날짜 때문에 가족들이랑 계속 헷갈려서 여쭤봐요.", "달력 계산이 어려워서요."], ["계산 방법도 같이 알려 주세요.", "미리 감사합니다."]),
    "zh": (["家裡在排法事的日期，我一直算不清楚。", "想先確認日期再打給禮儀公司。"], ["請順便說明怎麼算的。", "先謝謝你。"]),
    "vi": (["Nhà mình đang tính ngày làm giỗ mà cứ bị nhầm.", "Hỏi nhanh về lịch trước khi mình gọi cho chùa."], ["Bạn chỉ giúp cách tính luôn nhé.", "Cảm ơn bạn nhiều."]),
    "de": (["Wir planen gerade die Termine für die ganze Familie.", "Kurze Kalenderfrage, bevor ich im Pfarrbüro anrufe."], ["Bitte zeig mir auch, wie du rechnest.", "Danke schon mal!"]),
    "es": (["Estamos organizando las fechas con toda la familia.", "Pregunta rápida antes de llamar a la parroquia."], ["Explícame cómo lo calculas, porfa.", "¡Gracias de antemano!"]),
    "pl": (["Ustalamy terminy dla całej rodziny i ciągle się mylę.", "Szybkie pytanie, zanim zadzwonię do kancelarii parafialnej."], ["Pokaż, jak to liczysz.", "Z góry dziękuję!"]),
    "he": (["אנחנו מתאמים תאריכים לכל המשפחה ואני מתבלבל.", "שאלה מהירה לפני שאני מתקשר לבית הכנסת."], ["תראה לי איך חישבת.", "תודה מראש!"]),
    "tl": (["Inaayos namin ang mga petsa para sa buong pamilya.", "Mabilis na tanong bago ako tumawag sa parokya."], ["Pakipakita kung paano mo kinompute.", "Salamat po!"]),
}

# ====================================================================== rules
ROLE_LOCAL = {"info", "office", "hello", "contact", "billing", "bookings", "accounts", "admin", "events", "records", "friedhof", "cimetiere", "cimiteri",
              "cementerio", "zarzad", "kyrkogard", "hochzeit", "eventi", "bodas", "trouwen", "wesela", "eventos", "amministrazione", "administracion",
              "administratie", "faturacao", "faktury", "faktura", "muhasebe", "name", "parish", "office"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RUN_RE = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
PARTICLES = {"van", "de", "der", "den", "ter", "'t", "t", "da", "dos", "del", "la", "le", "bin", "binti", "el"}
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _inside(spans, s, e, types=None):
    for sp in spans:
        if sp["start"] <= s and e <= sp["end"] and (types is None or sp["type"] in types):
            return sp
    return None


def _masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def allowed_email(e):
    local, _, dom = e.partition("@")
    dom = dom.lower()
    return local.lower() in ROLE_LOCAL or dom.endswith(".example") or dom in ("example.com", "example.org")


def name_words(v):
    out = []
    for w in re.split(r"[\s/\-]+", v):
        w = w.strip(".,'’()\"")
        if not w or w.lower() in PARTICLES:
            continue
        out.append(w)
    return out


def rule_failures(rec, clean):
    """Every rule of the part on one record; returns the first broken rule or None."""
    try:
        check_record(rec)
    except AssertionError:
        return "record"
    t = rec["text"]
    spans = rec["spans"]
    if not 120 <= len(t) <= 2500:
        return "length"
    if clean and spans:
        return "clean_with_labels"
    if not clean and not spans:
        return "labelled_without_labels"
    for sp in spans:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id" and not GOV_CHECK[sp["sub"]](v):
            return "gov_id_check"
        if ty == "iban":
            c = v.replace(" ", "").replace("\u00a0", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                return "iban_check"
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            return "card_check"
        if ty == "email" and not EMAIL_RE.fullmatch(v):
            return "email_format"
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            return "ip_not_global"
    for m in EMAIL_RE.finditer(t):
        if not _inside(spans, m.start(), m.end(), ("email",)) and not allowed_email(m.group()):
            return "email_outside"
    for m in IPV4_RE.finditer(t):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global and not _inside(spans, m.start(), m.end(), ("ip",)):
            return "ipv4_outside"
    for m in RUN_RE.finditer(t):
        dg = re.sub(r"\D", "", m.group())
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            sp = _inside(spans, m.start(), m.end())
            if not (sp and sp["type"] in ("card", "iban", "gov_id")):
                return "luhn_run"
    for m in IBAN_RE.finditer(t):
        c = m.group().replace(" ", "").replace("\u00a0", "")
        for n in range(len(c), 14, -1):
            cc = c[:n]
            if cc[:2] in IBAN_LEN and len(cc) == IBAN_LEN[cc[:2]] and iban_mod97(cc) == 1:
                if not _inside(spans, m.start(), m.end(), ("iban",)):
                    return "iban_outside"
    masked = _masked(rec)
    low = masked.casefold()
    for sp in spans:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if CJK_RE.search(v):
            parts = [v.replace(" ", "")] + [w for w in v.split() if len(w) >= 2]
            if len(v) >= 3 and " " not in v:
                parts.append(v[1:])
            for w in parts:
                if len(w) >= 2 and w in masked:
                    return "name_word_outside"
            continue
        for w in name_words(v):
            if len(w) < 2:
                continue
            if re.search(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)", low):
                return "name_word_outside"
    return None


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


# ====================================================================== generation
def generate():
    cands = {}
    for name, count, locs, fn, clean in TEMPLATES:
        R = random.Random("%d/%s" % (SEED, name))
        lst = []
        for i in range(3 * count + 6):
            loc = locs[i % len(locs)]
            form, lang, parts = fn(R, loc)
            rec = build("", form, lang, parts)
            lst.append((loc, rec))
        cands[name] = lst
    allph = sorted({p for lst in cands.values() for _, r in lst for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    kept, dropped, seen = [], Counter(), set()
    first_drop = {}
    for name, count, locs, fn, clean in TEMPLATES:
        got = 0
        for loc, rec in cands[name]:
            if got == count:
                break
            why = rule_failures(rec, clean)
            if why is None and any(p in badset for p in phones_of(rec)):
                why = "phone_invalid"
            if why is None and rec["text"] in seen:
                why = "repeated_text"
            if why:
                dropped[(name, why)] += 1
                first_drop.setdefault((name, why), rec["text"][:160])
                continue
            seen.add(rec["text"])
            rec["template"] = name
            kept.append(rec)
            got += 1
        if got < count:
            if "--trial" in sys.argv:
                print("SHORT", name, got, count)
            else:
                raise SystemExit("template %s: only %d of %d" % (name, got, count))
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    out = []
    global TNAMES
    TNAMES = [rec["template"] for rec in kept]
    for i, rec in enumerate(kept):
        rec.pop("template")
        r = {"id": "%s%05d" % (PREFIX, i)}
        r.update((k, v) for k, v in rec.items() if k != "id")
        out.append(r)
    return out, dropped, first_drop


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check_file():
    import hashlib
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    n_clean = sum(1 for r in recs if not r["spans"])
    assert len(recs) == sum(c for _, c, _, _, _ in TEMPLATES), len(recs)
    assert n_clean == sum(c for _, c, _, _, cl in TEMPLATES if cl), n_clean
    assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(len(recs))]
    assert len({r["text"] for r in recs}) == len(recs), "repeated text"
    for r in recs:
        why = rule_failures(r, not r["spans"])
        assert why is None, (r["id"], why)
    ph = sorted({p for r in recs for p in phones_of(r)})
    bad = pv_check(ph)
    assert bad == [], bad
    regen, _, _ = generate()
    assert dump(regen) == data, "regenerating does not give the file byte for byte"
    h = hashlib.sha256(data.encode("utf-8")).hexdigest()
    for seed in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--sha"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode().strip()
        assert out == h, ("PYTHONHASHSEED", seed)
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("ok: %d records (%d labelled, %d clean), %d labels (%s); %d distinct phones valid per pv; byte-identical on regeneration (PYTHONHASHSEED 0, 7, 12345)"
          % (len(recs), len(recs) - n_clean, n_clean, sum(types.values()), ", ".join("%s %d" % kv for kv in types.most_common()), len(ph)))


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(types.values()))
    print("types", dict(types.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    for ty in ("gov_id", "iban", "card", "secret", "ip", "phone", "person", "address", "dob"):
        print(ty, dict(Counter(sp.get("sub", "-") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    print("phone regions", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("foreign phones", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("negs", len({n for r in recs for n in r.get("neg", [])}), dict(Counter(n for r in recs for n in r.get("neg", [])).most_common()))
    ln = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (ln[0], ln[len(ln) // 2], ln[-1]))
    print("labels across line breaks", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    generate()
    tl = Counter()
    for r, tn in zip(recs, TNAMES):
        tl[tn] += 1
        for sp in r["spans"]:
            tl[(tn, sp["type"])] += 1
    for name, count, locs, fn, clean in TEMPLATES:
        print("  %-22s %3d  %s" % (name, tl[name], ", ".join("%s %d" % (ty, tl[(name, ty)]) for ty in TYPES if tl[(name, ty)])))
    print("distinct person words", len({w for r in recs for sp in r["spans"] if sp["type"] == "person" for w in name_words(sp["value"])}))


def main():
    if "--sha" in sys.argv:
        import hashlib
        recs, _, _ = generate()
        print(hashlib.sha256(dump(recs).encode("utf-8")).hexdigest())
        return
    if "--check" in sys.argv:
        check_file()
        return
    if "--stats" in sys.argv:
        stats()
        return
    recs, dropped, first = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))
    for (name, why), n in sorted(dropped.items()):
        print("  dropped %-22s %-22s %3d  e.g. %r" % (name, why, n, first[(name, why)][:90]))
    print("  dropped in all:", sum(dropped.values()))


if __name__ == "__main__":
    main()
