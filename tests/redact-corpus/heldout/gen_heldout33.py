#!/usr/bin/python3
"""Held-out part 33 of the redaction corpus (heldout33.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 31
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 20's decisions on scam
phones, mule IBANs, payment handles, recovery phrases and crypto addresses,
part 26's on pseudonymous usernames, device ids and one-time codes, parts
29/30's on chat display names), lines 1-60 of gen_heldout31.py (header and
imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run by hand on a few numbers,
otherwise only through `pv_check`); not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 14:41:36 UTC on
2026-12-04 (`date -u`); the end time is in heldout/README.md. `pv_check`
is reused as is; the CLI layout (rewrite / --check / --stats) imitates
part 31's header.

Theme: SOCIAL MEDIA, DATING, ONLINE ACCOUNTS AND SCAMS. What people paste
into an AI assistant about their life online, from 39 countries and 25
languages: messenger exports (WhatsApp Android/iOS, Telegram, Signal,
LINE, WeChat, VK, Instagram JSON) with timestamps and display names,
"Hi Mum, new number" and marketplace scams, dating profiles and romance/
investment scam chats, GDPR access-request exports (JSON and CSV: account
e-mails, phones, birth dates, login IPs; device ids as look-alikes),
2FA setup and recovery pages (recovery and backup codes, TOTP seeds, app
passwords, session cookies labelled; one-time codes look-alikes), hacked-
account, sextortion, impersonation and doxxing reports, phishing messages
quoted for advice (the scammer's mobile and mule IBAN labelled, fake pages
and crypto addresses look-alikes), creator contracts, moderation appeals,
parental-control exports, password-manager exports, new sign-in alerts and
identity checks. Hard negatives of the theme everywhere: user, case,
ticket, order and report numbers, one-time codes, short codes and sender
ids, pseudonymous handles, device ids and IMEIs, crypto addresses and
transaction hashes, fake links, platform role mailboxes and addresses,
documentation IPs, masked values, sample values, prices, follower counts,
versions, dates that are not birth dates, famous people.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
330924, shuffle seed 330925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout33.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout33.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout33.py --stats   # counts
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
                       bban_random, iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random)

SEED = 330924
SHUFFLE_SEED = 330925
OUT = os.path.join(HERE, "heldout33.jsonl")
PREFIX = "heldout-ag-"


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
# "native|roman" where the script is not Latin (roman used for e-mails and
# handles only). Female family forms after "/" (PL, RU, UA).
NAMES = {
    "US": ("Brantley Deshawn Colton Everett Kendrick Thaddeus Wyatt Lucius",
           "Jolene Kinsley Marisol Tamsin Rosalind Brielle Shayla Winnie",
           "Hollister Pruitt Yoakum Breaux Castellanos Whitcomb Dupree Vandermolen Ashbury Lattimore"),
    "GB": ("Barnaby Crispin Hamish Tobias Idris Kwame Jolyon Percival",
           "Imogen Philippa Elspeth Priya Rosamund Cressida Niamh Tabitha",
           "Ashworth Fairweather Oduya Pennington Greatorex Bhattacharya Haworth Latimer Stubbings Quarrie"),
    "IN": ("Vikrant Siddharth Anirudh Raghav Tanmay Ishaan Kunal Devendra",
           "Meenakshi Tanvi Ishita Shreya Pallavi Nandini Aparna Riddhi",
           "Kulkarni Deshpande Banerjee Iyer Chatterjee Thakur Menon Saxena Rathore Pillai"),
    "INH": ("अर्जुन|arjun विनीत|vineet मयंक|mayank रोहित|rohit सौरभ|saurabh आदित्य|aditya करण|karan",
            "सुरभि|surbhi नेहा|neha पूजा|pooja कविता|kavita रश्मि|rashmi अंजलि|anjali प्रिया|priya",
            "त्रिपाठी|tripathi यादव|yadav चौहान|chauhan मिश्रा|mishra वर्मा|verma गुप्ता|gupta पांडे|pandey सिंह|singh"),
    "PH": ("Jericho Rodel Marlon Jayson Dindo Arvin Rommel Efren",
           "Maricel Jocelyn Rowena Kristine Analyn Charmaine Rhea Marites",
           "Dimaculangan Macaraeg Villanueva Bautista Manalastas Pangilinan Dizon Tolentino Galang Sumulong"),
    "NG": ("Chukwuemeka Oluwadamilare Ikechukwu Babatunde Obinna Tochukwu Adebayo Yakubu",
           "Chiamaka Funmilayo Ngozi Adaeze Temitope Yetunde Halima Ifeoma",
           "Adeyemi Nnadi Nwosu Oyewole Okoro Abubakar Ogunleye Onyekachi Afolabi Uchenna"),
    "ZA": ("Thabo Sipho Bongani Andile Gerrit Jacobus Lwazi Tshepo",
           "Nokuthula Lerato Thandiwe Nomvula Lindiwe Marietjie Refilwe Busisiwe",
           "Dlamini Khumalo Botha Mokoena Ndlovu Pretorius Mabaso Venter Mahlangu Steyn"),
    "AU": ("Brodie Lachlan Hayden Darcy Mitchell Rhys Kade Beau",
           "Mackenzie Ivy Brooke Lani Sienna Tahlia Jacinta Kimberley",
           "Cavanagh McAllister Papadakis Ferrante Pendlebury Wakefield Lowrie Harrower Kostadinov Bancroft"),
    "DE": ("Jannik Till Malte Frederik Torben Linus Arne Kilian",
           "Svenja Insa Maren Thea Carlotta Frieda Tabea Tamara",
           "Wendland Kirchhoff Bruhn Strätz Nowaczyk Lichtenberg Baumgart Karakaya Haverkamp Kampmann"),
    "AT": ("Quirin Sebastian Andreas Maximilian Clemens Ulrich Matthäus Lukas",
           "Magdalena Katharina Elisabeth Sophie Lisa-Marie Barbara Cäcilia Notburga",
           "Pichler Moser Huber Leitner Brandstätter Schwaiger Pölzl Aigner Rainer Unterberger"),
    "FR": ("Timothée Aurèle Aurélien Mathis Évariste Nathan Sacha Gabin",
           "Ophélie Solène Mathilde Bérénice Chloé Inès Manon Aïcha",
           "Dufresnoy Giraud Rousseau Kermarrec Benhamou Pelletier Marchand Traoré Vasseur Leclercq"),
    "BE": ("Maxime Cédric Arnaud Quentin Lionel Bram",
           "Amandine Elodie Pauline Maïté Justine Perrine",
           "Dewulf Lambotte Jacquemin Wauters Goossens Vandenbroucke Delvaux"),
    "ES": ("Gorka Álvaro Rubén Aitor Joaquín Borja Sergio Unai",
           "Nerea Ainhoa Rocío Lucía Begoña Itsaso Macarena Vera",
           "Aranburu Olmedo Barrachina Castañeda Quintana Arrieta Valdivieso Montoya Sanchís Ocaña"),
    "MX": ("Jesús Emiliano Ulises Rodrigo Osvaldo Mauricio",
           "Guadalupe Ximena Fernanda Araceli Maribel Itzel",
           "Tlapanco Huerta Zamudio Villaseñor Cárdenas Orozco Balderas Ibarra"),
    "AR": ("Facundo Lautaro Thiago Nahuel Gonzalo Agustín",
           "Micaela Florencia Agustina Camila Rocío Milagros",
           "Bustamante Echeverría Pereyra Gauna Benedetti Acuña Sosa Iturralde"),
    "CO": ("Jhon Yeison Camilo Andrés Duván Brayan",
           "Yuliana Daniela Valentina Katherine Yesenia Dayana",
           "Cardona Mosquera Quiceno Zapata Agudelo Londoño Arango Betancur"),
    "IT": ("Edoardo Tommaso Pierluigi Ludovico Gianmarco Jacopo Achille Ettore",
           "Ginevra Beatrice Ludovica Caterina Vittoria Noemi Arianna Ilaria",
           "Fumagalli Cattaneo Mancuso Quagliarella Sartori Benigni Lombardo Zanetti Bonfanti Pagano"),
    "NL": ("Sven Thijs Bram Joep Stijn Teun Mees Wouter",
           "Fenna Fleur Sanne Sterre Floor Iris Noor Femke",
           "Brouwer Verhoeven van_Stuivenberg Kuipers de_Kuiper Aydın Mulder Zijlstra Postma Kramer"),
    "BR": ("Thiago Kauã Caio Davi Wesley Raimundo Bernardo Heitor",
           "Thaís Jéssica Larissa Raíssa Luana Francisca Antônia Gabriely",
           "dos_Prazeres Albuquerque Cavalcanti Figueiredo Pimentel Medeiros Siqueira Brandão Teixeira Lacerda"),
    "PT": ("Duarte Tiago Rui Gonçalo Lourenço Afonso",
           "Inês Leonor Matilde Beatriz Benedita Mafalda",
           "Gonçalves Quaresma Sequeira Pinheiro Valente Correia Baptista Loureiro"),
    "PL": ("Kacper Bartosz Szymon Mateusz Wojciech Dawid Igor Krystian",
           "Zuzanna Wiktoria Martyna Karolina Natalia Oliwia Agata Weronika",
           "Wiśniewski/Wiśniewska Zieliński/Zielińska Wróbel/Wróbel Kaczmarek/Kaczmarek Szczepański/Szczepańska Dąbrowski/Dąbrowska Jabłoński/Jabłońska Pawlak/Pawlak Sikora/Sikora Michalski/Michalska"),
    "RO": ("Andrei Mihai Răzvan Bogdan Cosmin Ionuț",
           "Ioana Andreea Bianca Roxana Alina Cătălina",
           "Popescu Dumitrescu Constantinescu Stoica Ungureanu Munteanu Neagu Bălan"),
    "SE": ("Hampus Vilgot Elias Oskar Isak Ludvig Melker Viggo",
           "Elsa Majken Saga Ebba Wilma Tindra Linnea Stina",
           "Lindgren Sundqvist Bergström Holmberg Ekström Nyberg Åkesson Lundin Forsberg Hedlund"),
    "TR": ("Emre Burak Oğuz Kerem Serkan Alper Barış Tolga",
           "Elif Zeynep Ece Merve Büşra Gizem Tuğba Selin",
           "Tekin Demir Şahin Çelik Aydoğan Arslan Güneş Kurt Polat Öztürk"),
    "RU": ("Дмитрий|dmitry Алексей|aleksey Никита|nikita Артём|artyom Кирилл|kirill Егор|egor",
           "Анастасия|anastasia Дарья|darya Ксения|ksenia Полина|polina Алина|alina Вероника|veronika",
           "Кузнецов/Кузнецова|kuznetsov Морозов/Морозова|morozov Волков/Волкова|volkov Лебедев/Лебедева|lebedev Соколов/Соколова|sokolov Попов/Попова|popov"),
    "UA": ("Тарас|taras Богдан|bohdan Остап|ostap Назар|nazar Ярослав|yaroslav Максим|maksym",
           "Оксана|oksana Соломія|solomiia Ірина|iryna Христина|khrystyna Мирослава|myroslava Уляна|uliana",
           "Шевчук/Шевчук|shevchuk Бондаренко/Бондаренко|bondarenko Ковальчук/Ковальчук|kovalchuk Мельник/Мельник|melnyk Ткаченко/Ткаченко|tkachenko Гнатюк/Гнатюк|hnatiuk"),
    "EG": ("محمود|mahmoud كريم|karim عمرو|amr يوسف|youssef مصطفى|mostafa",
           "منة|menna ياسمين|yasmin نورهان|nourhan سلمى|salma هبة|heba",
           "عبد_الرحمن|abdelrahman الشناوي|elshenawy فهمي|fahmy البنا|elbanna رضوان|radwan"),
    "SA": ("بندر|bandar تركي|turki عبدالله|abdullah نواف|nawaf سلطان|sultan",
           "نوف|nouf ريم|reem لمى|lama جود|joud شهد|shahad",
           "القحطاني|alqahtani العتيبي|alotaibi الشهري|alshehri الدوسري|aldosari الغامدي|alghamdi"),
    "MA": ("Younes Hamza Anas Othmane Mehdi Ayoub",
           "Salma Kawtar Imane Houda Nisrine Ghita",
           "Benjelloun Alaoui Tazi Berrada El_Fassi Chraibi Bennani Lahlou"),
    "IR": ("آرش|arash کیان|kian سینا|sina پویا|pouya امید|omid",
           "نگار|negar پریسا|parisa ستاره|setareh مهسا|mahsa شیدا|shida",
           "رضایی|rezaei حسینی|hosseini کریمی|karimi جعفری|jafari صادقی|sadeghi"),
    "IL": ("איתי|itay עומר|omer נועם|noam יונתן|yonatan אלון|alon",
           "רוני|roni נועה|noa מאיה|maya הילה|hila תמר|tamar",
           "כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton"),
    "ID": ("Bayu Rizky Dimas Fajar Arief Wahyu",
           "Ayu Putri Dewi Sari Intan Rahmawati",
           "Saputra Wibowo Hidayat Nugroho Siregar Pratama Kusuma Simanjuntak"),
    "MY": ("Haziq Aiman Irfan Faris Danial Amirul",
           "Nurul Aisyah Syafiqah Farah Izzati Hidayah",
           "bin_Rahman/binti_Rahman bin_Ismail/binti_Ismail bin_Yusof/binti_Yusof bin_Hassan/binti_Hassan bin_Othman/binti_Othman bin_Kamaruddin/binti_Kamaruddin"),
    "VN": ("Bảo Quang Tuấn Đức Huy Khang",
           "Lan Thảo Ngọc Hương Trang Linh",
           "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi"),
    "TH": ("สมชาย|somchai ธนากร|thanakorn ภูมิ|phum กิตติ|kitti วีระ|weera",
           "สุนิสา|sunisa พิมพ์ชนก|pimchanok ณัฐธิดา|natthida กมลวรรณ|kamonwan อรอุมา|onuma",
           "ศรีสุข|srisuk วงศ์ใหญ่|wongyai แก้วมณี|kaewmanee บุญมา|boonma ทองดี|thongdee"),
    "TW": ("冠宇|guanyu 宗翰|zonghan 承恩|chengen 柏翰|pohan 家豪|chiahao",
           "怡君|yijun 雅婷|yating 詩涵|shihan 佩珊|peishan 欣妤|hsinyu",
           "陳|chen 林|lin 黃|huang 張|chang 吳|wu 蔡|tsai"),
    "CN": ("子轩|zixuan 浩然|haoran 宇航|yuhang 俊杰|junjie 博文|bowen",
           "梓涵|zihan 欣怡|xinyi 雨桐|yutong 思琪|siqi 佳怡|jiayi",
           "刘|liu 杨|yang 赵|zhao 周|zhou 徐|xu 孙|sun"),
    "JP": ("大翔|hiroto 蓮|ren 悠真|yuma 陽翔|haruto 颯太|sota",
           "結衣|yui 美咲|misaki 葵|aoi 凛|rin 莉子|riko",
           "高橋|takahashi 渡辺|watanabe 伊藤|ito 中村|nakamura 小林|kobayashi 山本|yamamoto"),
    "KR": ("민준|minjun 서준|seojun 도윤|doyun 지호|jiho 현우|hyunwoo",
           "서연|seoyeon 지우|jiwoo 하은|haeun 수아|sua 민서|minseo",
           "김|kim 박|park 최|choi 정|jung 강|kang 윤|yoon"),
}


def _split(s):
    out = []
    for w in s.split():
        nat, _, rom = w.partition("|")
        out.append((nat.replace("_", " "), rom))
    return out


# ====================================================================== people
# Family-name-first scripts and locales, and whether a space is written.
FAMILY_FIRST = {"TW": "", "CN": "", "JP": " ", "KR": "", "VN": " "}
ASCII_MAP = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿšžłńśźżąęćőűăâîșțğıİşöüçÁÉÍÓÚÑÇÖÜŞĞĆŚŁŻŹĄĘŃ",
                          "aaaaaaceeeeiiiinooooouuuuyyszlnszzaecouaaistgiisoucAEIOUNCOUSGCSLZZAEN")
VN_ASCII = str.maketrans("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐăâêôơưàáãèéìíòóõùúýỹ",
                         "aaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyddaaeoouaaaeeiiooouuyy")


def romanise(w):
    s = w.translate(VN_ASCII).translate(ASCII_MAP)
    s = s.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Å", "A")
    return re.sub(r"[^A-Za-z]", "", s).lower()


PARTICLES = {"bin", "binti", "van", "de", "dos", "El", "el", "der", "da", "do"}


class Person:
    def __init__(self, loc, sex, given, given_r, family, family_r, dob):
        self.loc, self.sex = loc, sex
        self.given, self.given_r = given, given_r
        self.family, self.family_r = family, family_r
        self.dob = dob

    def full(self, style=None):
        if self.loc in FAMILY_FIRST:
            return self.family + FAMILY_FIRST[self.loc] + self.given
        if style == "rev":
            return self.family + " " + self.given
        if style == "comma":
            return self.family + ", " + self.given
        if style == "caps":
            return self.family.upper() + " " + self.given
        if style == "init":
            return self.given + " " + self.family[0] + "."
        return self.given + " " + self.family

    def words(self):
        return set(re.findall(r"\w+", self.given + " " + self.family)) - PARTICLES

    def rom(self):
        g = self.given_r or romanise(self.given)
        f = self.family_r or romanise(self.family.split()[-1])
        return g, f


def make_person(R, loc, sex=None, family=None, used=None, age=(17, 68)):
    key = "INH" if loc == "INH" else loc
    gm, gf, sn = NAMES[key]
    sex = sex or R.choice("mf")
    used = used if used is not None else set()
    for _ in range(200):
        g, gr = R.choice(_split(gm if sex == "m" else gf))
        if family is not None:
            fam, fr = family
        else:
            fam, fr = R.choice(_split(sn))
            if "/" in fam:
                mform, fform = fam.split("/")
                fam = mform if sex == "m" else fform
        words = set(re.findall(r"\w+", g + " " + fam)) - PARTICLES
        if family is not None:
            words = set(re.findall(r"\w+", g)) - PARTICLES
        if words & used:
            continue
        used |= words
        y = 2026 - R.randint(*age)
        dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        return Person(loc, sex, g, gr, fam, fr, dob)
    raise RuntimeError("no name left for " + loc)


# ====================================================================== phones
def _d(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _nz(R, n):
    return R.choice("123456789") + _d(R, n - 1)


def _nanp(R, areas):
    while True:
        ex = R.choice("23456789") + _d(R, 2)
        if ex[1:] != "11" and ex != "555":
            return R.choice(areas) + ex + _d(R, 4)


def _sp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# cc: (calling code, nsn generator, [national layouts], [international layouts])
# Layout functions take the NSN and return the printed number.
PH_ = {
    "US": ("1", lambda R: _nanp(R, ["214", "312", "404", "415", "503", "602", "646", "713", "786", "917", "971", "206"]),
           [lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "%s-%s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "%s.%s.%s" % (n[:3], n[3:6], n[6:])],
           [lambda n: "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "+1" + n]),
    "GB": ("44", lambda R: R.choice(["7412", "7452", "7498", "7533", "7568", "7712", "7739", "7824", "7857", "7903", "7932", "7967"]) + _d(R, 6),
           [lambda n: "0%s %s" % (n[:4], n[4:]), lambda n: "0%s %s %s" % (n[:4], n[4:7], n[7:])],
           [lambda n: "+44 %s %s" % (n[:4], n[4:]), lambda n: "+44 (0)%s %s" % (n[:4], n[4:]), lambda n: "+44" + n]),
    "IN": ("91", lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + _d(R, 8),
           [lambda n: "%s %s" % (n[:5], n[5:]), lambda n: "0%s %s" % (n[:5], n[5:]), lambda n: n],
           [lambda n: "+91 %s %s" % (n[:5], n[5:]), lambda n: "+91-" + n, lambda n: "+91" + n]),
    "PH": ("63", lambda R: R.choice(["917", "918", "927", "939", "945", "956", "966", "977", "995", "998"]) + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n, lambda n: "0%s-%s-%s" % (n[:3], n[3:6], n[6:])],
           [lambda n: "+63 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+63" + n]),
    "NG": ("234", lambda R: R.choice(["803", "806", "813", "816", "703", "706", "802", "808", "812", "701", "902", "907", "810", "814", "903"]) + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+234 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+234" + n]),
    "ZA": ("27", lambda R: R.choice(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84"]) + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "0" + n],
           [lambda n: "+27 %s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "+27" + n]),
    "AU": ("61", lambda R: "4" + R.choice("0123") + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+61 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+61" + n]),
    "DE": ("49", lambda R: R.choice(["151", "152", "157", "159"]) + _nz(R, 8) if R.random() < .5 else R.choice(["160", "170", "171", "172", "173", "175", "176", "177", "178", "179"]) + _nz(R, 7),
           [lambda n: "0%s %s" % (n[:3], n[3:]), lambda n: "0%s/%s" % (n[:3], n[3:]), lambda n: "0%s-%s" % (n[:3], n[3:])],
           [lambda n: "+49 %s %s" % (n[:3], n[3:]), lambda n: "+49 (0)%s %s" % (n[:3], n[3:]), lambda n: "0049 %s %s" % (n[:3], n[3:])]),
    "AT": ("43", lambda R: R.choice(["664", "660", "676", "699", "650"]) + _nz(R, 7),
           [lambda n: "0%s %s" % (n[:3], n[3:]), lambda n: "0%s/%s" % (n[:3], n[3:])],
           [lambda n: "+43 %s %s" % (n[:3], n[3:]), lambda n: "0043 %s %s" % (n[:3], n[3:])]),
    "FR": ("33", lambda R: R.choice(["6" + R.choice("0124578"), "7" + R.choice("345678")]) + _d(R, 7),
           [lambda n: "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), lambda n: "0%s.%s.%s.%s.%s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), lambda n: "0" + n],
           [lambda n: "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), lambda n: "+33" + n]),
    "BE": ("32", lambda R: R.choice(["470", "472", "475", "477", "479", "484", "486", "488", "494", "496", "498"]) + _d(R, 6),
           [lambda n: "0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), lambda n: "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:])],
           [lambda n: "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]),
    "ES": ("34", lambda R: "6" + _d(R, 8),
           [lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), lambda n: n],
           [lambda n: "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0034 " + n]),
    "MX": ("52", lambda R: R.choice(["55", "33", "81"]) + _nz(R, 8),
           [lambda n: "%s %s %s" % (n[:2], n[2:6], n[6:]), lambda n: "%s-%s-%s" % (n[:2], n[2:6], n[6:])],
           [lambda n: "+52 %s %s %s" % (n[:2], n[2:6], n[6:]), lambda n: "+52 1 %s %s %s" % (n[:2], n[2:6], n[6:])]),
    "AR": ("54", lambda R: "11" + R.choice("234567") + _d(R, 7),
           [lambda n: "011 15-%s-%s" % (n[2:6], n[6:]), lambda n: "11 15 %s %s" % (n[2:6], n[6:])],
           [lambda n: "+54 9 11 %s-%s" % (n[2:6], n[6:]), lambda n: "+549" + n]),
    "CO": ("57", lambda R: R.choice(["300", "301", "304", "310", "311", "313", "315", "316", "318", "320", "321", "350"]) + _nz(R, 7),
           [lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "%s %s" % (n[:3], n[3:])],
           [lambda n: "+57 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+57" + n]),
    "IT": ("39", lambda R: "3" + R.choice(["20", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "88", "92"]) + _d(R, 7),
           [lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "%s %s" % (n[:3], n[3:]), lambda n: n],
           [lambda n: "+39 %s %s" % (n[:3], n[3:]), lambda n: "0039 %s %s %s" % (n[:3], n[3:6], n[6:])]),
    "NL": ("31", lambda R: "6" + R.choice("12345") + _d(R, 7),
           [lambda n: "0%s-%s" % (n[0], n[1:]), lambda n: "0%s %s %s" % (n[0], n[1:5], n[5:]), lambda n: "0" + n],
           [lambda n: "+31 %s %s" % (n[0], n[1:]), lambda n: "+31 (0)%s %s" % (n[0], n[1:]), lambda n: "0031 %s %s" % (n[0], n[1:])]),
    "BR": ("55", lambda R: R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"]) + "9" + R.choice("6789") + _d(R, 7),
           [lambda n: "(%s) %s-%s" % (n[:2], n[2:7], n[7:]), lambda n: "%s %s-%s" % (n[:2], n[2:7], n[7:])],
           [lambda n: "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]), lambda n: "+55 (%s) %s %s" % (n[:2], n[2:7], n[7:])]),
    "PT": ("351", lambda R: "9" + R.choice("1236") + _d(R, 7),
           [lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: n],
           [lambda n: "+351 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "00351 " + n]),
    "PL": ("48", lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + _d(R, 7),
           [lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "%s-%s-%s" % (n[:3], n[3:6], n[6:])],
           [lambda n: "+48 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+48" + n]),
    "RO": ("40", lambda R: "7" + R.choice("234567") + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s.%s.%s" % (n[:3], n[3:6], n[6:])],
           [lambda n: "+40 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+40" + n]),
    "SE": ("46", lambda R: "7" + R.choice("0236") + _d(R, 7),
           [lambda n: "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), lambda n: "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])],
           [lambda n: "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), lambda n: "+46" + n]),
    "TR": ("90", lambda R: R.choice(["530", "532", "533", "535", "536", "538", "541", "542", "544", "505", "506", "551", "553"]) + _d(R, 7),
           [lambda n: "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n: "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])],
           [lambda n: "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n: "+90" + n]),
    "RU": ("7", lambda R: "9" + R.choice(["03", "05", "10", "12", "15", "16", "17", "20", "21", "25", "26", "29", "50", "60", "61", "62", "63", "65", "77", "85", "99"]) + _d(R, 7),
           [lambda n: "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n: "8%s" % n, lambda n: "8-%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])],
           [lambda n: "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n: "+7 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n: "+7" + n]),
    "UA": ("380", lambda R: R.choice(["50", "66", "67", "68", "95", "96", "97", "98", "99", "63", "73", "93"]) + _d(R, 7),
           [lambda n: "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), lambda n: "(0%s) %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:])],
           [lambda n: "+380 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), lambda n: "+380" + n]),
    "EG": ("20", lambda R: R.choice(["10", "11", "12", "15"]) + _d(R, 8),
           [lambda n: "0%s %s %s" % (n[:2], n[2:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+20 %s %s %s" % (n[:2], n[2:6], n[6:]), lambda n: "+20" + n]),
    "SA": ("966", lambda R: "5" + R.choice("0345689") + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "0" + n],
           [lambda n: "+966 %s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "00966" + n]),
    "MA": ("212", lambda R: R.choice(["61", "62", "66", "67", "70"]) + _d(R, 7),
           [lambda n: "0%s-%s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), lambda n: "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])],
           [lambda n: "+212 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), lambda n: "00212 " + n]),
    "IR": ("98", lambda R: R.choice(["912", "935", "919", "901", "921", "936", "937", "990"]) + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+98 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+98" + n]),
    "IL": ("972", lambda R: "5" + R.choice("02348") + _nz(R, 7),
           [lambda n: "0%s-%s-%s" % (n[:2], n[2:5], n[5:]), lambda n: "0%s-%s" % (n[:2], n[2:])],
           [lambda n: "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]), lambda n: "+972" + n]),
    "ID": ("62", lambda R: R.choice(["811", "812", "813", "821", "822", "852", "853", "857", "878", "896", "895"]) + _d(R, 8),
           [lambda n: "0%s-%s-%s" % (n[:3], n[3:7], n[7:]), lambda n: "0%s %s %s" % (n[:3], n[3:7], n[7:]), lambda n: "0" + n],
           [lambda n: "+62 %s-%s-%s" % (n[:3], n[3:7], n[7:]), lambda n: "+62" + n]),
    "MY": ("60", lambda R: R.choice(["12", "13", "16", "17", "19"]) + _nz(R, 7) if R.random() < .7 else "11" + R.choice("12345") + _d(R, 7),
           [lambda n: "0%s-%s %s" % (n[:2], n[2:-4], n[-4:]), lambda n: "0%s-%s" % (n[:2], n[2:])],
           [lambda n: "+60 %s-%s %s" % (n[:2], n[2:-4], n[-4:]), lambda n: "+60" + n]),
    "VN": ("84", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "35", "38", "70", "77", "79", "83", "85", "88"]) + _d(R, 7),
           [lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "0%s.%s.%s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+84 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+84" + n]),
    "TH": ("66", lambda R: R.choice(["81", "82", "84", "86", "89", "61", "62", "63", "92", "95", "98"]) + _d(R, 7),
           [lambda n: "0%s-%s-%s" % (n[:2], n[2:5], n[5:]), lambda n: "0%s %s %s" % (n[:2], n[2:5], n[5:])],
           [lambda n: "+66 %s %s %s" % (n[:2], n[2:5], n[5:]), lambda n: "+66" + n]),
    "TW": ("886", lambda R: "9" + R.choice(["12", "21", "28", "33", "35", "52", "63", "70", "78", "80", "88"]) + _d(R, 6),
           [lambda n: "0%s-%s-%s" % (n[:3], n[3:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+886 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda n: "+886-" + n]),
    "CN": ("86", lambda R: "1" + R.choice(["30", "31", "32", "35", "36", "37", "38", "39", "50", "51", "58", "59", "86", "87", "88", "89"]) + _d(R, 8),
           [lambda n: "%s %s %s" % (n[:3], n[3:7], n[7:]), lambda n: n, lambda n: "%s-%s-%s" % (n[:3], n[3:7], n[7:])],
           [lambda n: "+86 %s %s %s" % (n[:3], n[3:7], n[7:]), lambda n: "+86 " + n]),
    "JP": ("81", lambda R: R.choice(["90", "80", "70"]) + _nz(R, 8),
           [lambda n: "0%s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n: "0" + n],
           [lambda n: "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n: "+81 " + n]),
    "KR": ("82", lambda R: "10" + R.choice("2346789") + _d(R, 7),
           [lambda n: "0%s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n: "0" + n, lambda n: "0%s %s %s" % (n[:2], n[2:6], n[6:])],
           [lambda n: "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n: "+82 " + n]),
    "SG": ("65", lambda R: R.choice("89") + R.choice("1234567") + _d(R, 6),
           [lambda n: "%s %s" % (n[:4], n[4:])],
           [lambda n: "+65 %s %s" % (n[:4], n[4:])]),
}
PHONE_LOC = {"INH": "IN"}


def phone(R, loc, intl=None, region=None):
    """A mobile of `loc` as printed; region = where the text is read."""
    cc = PHONE_LOC.get(loc, loc)
    code, gen, nat, itl = PH_[cc]
    nsn = gen(R)
    region = region or cc
    if intl is None:
        intl = R.random() < 0.4
    if region != cc:
        intl = True
    f = R.choice([x for x in itl if x("0").startswith("+")] if region != cc else (itl if intl else nat))
    meta = {"sub": "mobile", "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", f(nsn), **meta)


def phone_val(R, loc, intl=None, region=None):
    return phone(R, loc, intl, region).value


# ====================================================================== addresses
# Hand-written streets, towns and postcodes per country; `nl` = line break
# between street line and town line (letters, forms), else ", ".
def _pick(R, s):
    return R.choice(s.split(";")).strip()


def address(R, loc, nl=False):
    sep = "\n" if nl else ", "
    n = R.randint(2, 148)
    c = PHONE_LOC.get(loc, loc)
    if c == "US":
        st = _pick(R, "Larkspur Ln;Old Quarry Rd;Hawthorne Ave;Cedar Bluff Dr;Pine Hollow Ct;Magnolia Bend Way;Tallgrass Blvd;Osage St")
        city = _pick(R, "Tulsa, OK 74114;Boise, ID 83706;Dayton, OH 45409;Bakersfield, CA 93305;Savannah, GA 31405;Lubbock, TX 79413;Spokane, WA 99203;Des Moines, IA 50312")
        unit = R.choice(["", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice(["2B", "4C", "11", "7A"])])
        return "%d %s%s%s%s" % (R.randint(100, 9899), st, unit, sep, city)
    if c == "GB":
        st = _pick(R, "Gorse Hill Road;Kingfisher Close;Mill Lane;Tanners Row;Bramble Way;Whinmoor Crescent;Ferndale Terrace;Lowther Street")
        town = _pick(R, "Leeds LS14 2QJ;Norwich NR3 4HT;Swindon SN2 7BW;Carlisle CA1 2RL;Exeter EX4 6PD;Stockport SK4 3DN;Dundee DD2 1UF;Cardiff CF24 4RA")
        flat = R.choice(["", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s%s%s" % (flat, n, st, sep, town)
    if c == "IN":
        bld = _pick(R, "Flat 302, Sai Krupa Apartments;House No. 17, Shanti Kunj;B-504, Lotus Residency;Flat 11, Gulmohar Heights;Plot 88, Vrindavan Colony")
        loc_ = _pick(R, "Baner, Pune 411045, Maharashtra;Indiranagar, Bengaluru 560038, Karnataka;Gomti Nagar, Lucknow 226010, Uttar Pradesh;Salt Lake Sector V, Kolkata 700091, West Bengal;Arera Colony, Bhopal 462016, Madhya Pradesh")
        return bld + sep + loc_
    if c == "PH":
        return "Blk %d Lot %d, %s%s%s" % (R.randint(1, 40), R.randint(1, 30), _pick(R, "Sampaguita St.;Kalachuchi St.;Ilang-Ilang St.;Narra Ave."), sep,
                                         _pick(R, "Brgy. San Isidro, Antipolo City, Rizal 1870;Brgy. Malanday, Marikina City 1805;Brgy. Lahug, Cebu City 6000;Brgy. Talon Dos, Las Piñas City 1747"))
    if c == "NG":
        return "%d %s%s%s" % (n, _pick(R, "Adebola Crescent;Ogunlana Drive;Okigwe Road;Mbonu Close;Ajose Street"), sep,
                              _pick(R, "Surulere, Lagos;Wuse II, Abuja;GRA Phase 2, Port Harcourt, Rivers State;Bodija, Ibadan, Oyo State;Independence Layout, Enugu"))
    if c == "ZA":
        return "%d %s%s%s" % (n, _pick(R, "Jacaranda Street;Protea Avenue;Msasa Road;Kiepersol Crescent;Umhlanga Drive"), sep,
                              _pick(R, "Garsfontein, Pretoria, 0081;Observatory, Cape Town, 7925;Morningside, Durban, 4001;Brixton, Johannesburg, 2019"))
    if c == "AU":
        return "%s%d %s%s%s" % (R.choice(["", "Unit %d/" % R.randint(1, 20)]), n, _pick(R, "Banksia Street;Wattlebird Road;Coolabah Avenue;Jacana Parade;Mulga Court"), sep,
                                _pick(R, "Carindale QLD 4152;Northcote VIC 3070;Marrickville NSW 2204;Subiaco WA 6008;Glenelg SA 5045"))
    if c == "DE":
        return "%s %d%s%s%s" % (_pick(R, "Amselweg;Lindenhofstraße;Am Krähenberg;Ginsterstraße;Wiesenkamp;Brunnenstieg;Holunderweg"), n, R.choice(["", "a", "b"]), sep,
                                _pick(R, "22765 Hamburg;04229 Leipzig;28203 Bremen;79102 Freiburg im Breisgau;44137 Dortmund;90419 Nürnberg;24105 Kiel"))
    if c == "AT":
        return "%s %d/%d/%d%s%s" % (_pick(R, "Kaisermühlenstraße;Fasangasse;Schlehdornweg;Ennsgasse"), n, R.randint(1, 4), R.randint(1, 30), sep,
                                    _pick(R, "1030 Wien;8010 Graz;4020 Linz;5020 Salzburg;6020 Innsbruck"))
    if c == "FR":
        return "%d%s %s%s%s" % (n, R.choice(["", " bis", " ter"]), _pick(R, "rue des Tanneurs;allée des Mimosas;rue du Pressoir;impasse des Glycines;boulevard des Tilleuls;chemin de la Garenne"), sep,
                                _pick(R, "35000 Rennes;31400 Toulouse;59800 Lille;13006 Marseille;67000 Strasbourg;44100 Nantes;69007 Lyon"))
    if c == "BE":
        return "%s %d%s%s%s" % (_pick(R, "Rue des Alouettes;Avenue des Érables;Rue du Moulin à Vent;Chaussée de la Hulpe"), n, R.choice(["", " bte 3", " bte 12"]), sep,
                                _pick(R, "4000 Liège;5000 Namur;1180 Uccle;6000 Charleroi;1348 Louvain-la-Neuve"))
    if c == "ES":
        return "C/ %s %d, %dº %s%s%s" % (_pick(R, "de las Adelfas;del Almendro;Carretas Viejas;de la Alhóndiga;Pintor Ribalta"), n, R.randint(1, 8), R.choice("ABCD"), sep,
                                         _pick(R, "28039 Madrid;46022 Valencia;41010 Sevilla;50008 Zaragoza;48004 Bilbao;29016 Málaga"))
    if c == "MX":
        return "Calle %s %d%s, Col. %s%sC.P. %s" % (_pick(R, "Ahuehuete;Jacarandas;Cempasúchil;Tulipanes"), n, R.choice(["", " int. 4", " depto. 302"]),
                                                    _pick(R, "Del Valle;Las Águilas;Jardines del Bosque;Mitras Centro"), sep,
                                                    _pick(R, "04000, Coyoacán, CDMX;44520, Guadalajara, Jal.;64460, Monterrey, N.L.;01710, Álvaro Obregón, CDMX"))
    if c == "AR":
        return "%s %d, piso %d dto. %s%s%s" % (_pick(R, "Av. Gaona;Pringles;Av. Corrientes;Gorriti;Billinghurst"), R.randint(200, 5800), R.randint(1, 12), R.choice("ABCDE"), sep,
                                               _pick(R, "C1414 CABA;C1176 CABA;X5000 Córdoba;S2000 Rosario, Santa Fe"))
    if c == "CO":
        return "Calle %d # %d-%d, apto %d%s%s" % (R.randint(10, 150), R.randint(5, 90), R.randint(10, 99), R.randint(101, 1204), sep,
                                                 _pick(R, "Bogotá D.C.;Medellín, Antioquia;Pereira, Risaralda;Barranquilla, Atlántico"))
    if c == "IT":
        return "Via %s %d%s%s" % (_pick(R, "dei Gelsi;delle Betulle;del Borgo Vecchio;Monte Grappa;dei Mille Fiori;delle Fornaci"), n, sep,
                                  _pick(R, "40127 Bologna (BO);10138 Torino (TO);80129 Napoli (NA);35121 Padova (PD);90141 Palermo (PA);20137 Milano (MI)"))
    if c == "NL":
        return "%s %d%s%s%s" % (_pick(R, "Reigerstraat;Klaprooslaan;Havikshorst;Boterbloemweg;Lindengracht;Zuiderkade"), n, R.choice(["", "-II", " A", "-hs"]), sep,
                                _pick(R, "3514 BT Utrecht;9712 KX Groningen;2515 VP Den Haag;5611 EJ Eindhoven;6511 LN Nijmegen;1053 RC Amsterdam"))
    if c == "BR":
        return "Rua %s, %d, apto %d - %s%s%s" % (_pick(R, "das Acácias;Tabapuã;Padre Chagas;dos Ipês;Itacolomi"), n, R.randint(11, 1804),
                                                 _pick(R, "Moema;Boa Viagem;Savassi;Petrópolis;Aldeota"), sep,
                                                 _pick(R, "São Paulo - SP, 04523-010;Recife - PE, 51021-020;Belo Horizonte - MG, 30140-061;Porto Alegre - RS, 90460-110;Fortaleza - CE, 60165-070"))
    if c == "PT":
        return "Rua %s, %d, %dº Esq.%s%s" % (_pick(R, "das Flores de Maio;do Bonjardim;Cidade de Bolama;da Boavista Velha"), n, R.randint(1, 6), sep,
                                              _pick(R, "4000-123 Porto;1700-052 Lisboa;3000-214 Coimbra;4700-311 Braga"))
    if c == "PL":
        return "ul. %s %d/%d%s%s" % (_pick(R, "Jaśminowa;Kasztanowa;Wrzosowa;Miodowa;Okólna;Bławatkowa"), n, R.randint(1, 60), sep,
                                     _pick(R, "02-495 Warszawa;30-418 Kraków;50-231 Wrocław;80-288 Gdańsk;60-681 Poznań;90-361 Łódź"))
    if c == "RO":
        return "Str. %s nr. %d, bl. %s, ap. %d%s%s" % (_pick(R, "Zorilor;Brândușelor;Fabricii de Chibrituri;Lujerului"), n, R.choice(["M4", "C2", "A7", "12"]), R.randint(1, 80), sep,
                                                      _pick(R, "sector 6, București 061344;Cluj-Napoca 400486, jud. Cluj;Iași 700259, jud. Iași;Timișoara 300645, jud. Timiș"))
    if c == "SE":
        return "%s %d, lgh %d%s%s" % (_pick(R, "Blåklintsvägen;Näckrosgatan;Tallbacksvägen;Ringduvegatan"), n, R.randint(1001, 1403), sep,
                                      _pick(R, "112 51 Stockholm;413 17 Göteborg;214 43 Malmö;753 20 Uppsala;903 36 Umeå"))
    if c == "TR":
        return "%s Mah. %s Sok. No: %d D: %d%s%s" % (_pick(R, "Caferağa;Kocatepe;Bahçelievler;Alsancak;Fenerbahçe"), _pick(R, "Menekşe;Ihlamur;Papatya;Leylak;Çınaraltı"), n, R.randint(1, 24), sep,
                                                     _pick(R, "34710 Kadıköy/İstanbul;06420 Çankaya/Ankara;35220 Konak/İzmir;16110 Nilüfer/Bursa"))
    if c == "RU":
        return "%s, г. %s, ул. %s, д. %d, кв. %d" % (_pick(R, "123298;630099;420021;344002;620014"), _pick(R, "Москва;Новосибирск;Самара;Ростов-на-Дону;Екатеринбург"),
                                                      _pick(R, "Берёзовая;Гончарная;Садовническая;Черёмуховая"), n, R.randint(1, 220))
    if c == "UA":
        return "вул. %s, буд. %d, кв. %d%sм. %s, %s" % (_pick(R, "Волошкова;Калинова;Мирна;Підгірна;Вишнева"), n, R.randint(1, 190), sep,
                                                       _pick(R, "Київ;Львів;Вінниця;Полтава;Ужгород"), _pick(R, "03150;79011;21009;36014;88000"))
    if c == "EG":
        return "%d شارع %s، %s%s%s" % (n, _pick(R, "الياسمين;النخيل;الجلاء الجديد;الفسطاط"), _pick(R, "الدقي;المعادي;سموحة;مدينة نصر"), sep,
                                     _pick(R, "الجيزة;القاهرة;الإسكندرية"))
    if c == "SA":
        return "%d %s، حي %s%s%s %d" % (R.randint(2100, 8999), _pick(R, "شارع الريحان;شارع الفيروز;طريق الأمير سعد"), _pick(R, "الملقا;النرجس;الروضة;الشاطئ"), sep,
                                       _pick(R, "الخبر;جدة;الدمام"), R.randint(12211, 34899))
    if c == "MA":
        return "%d, Rue %s, %s%s%s" % (n, _pick(R, "des Orangers;Ibn Batouta Prolongée;des Jacinthes;Oued Ziz"), _pick(R, "Quartier Maârif;Agdal;Hay Riad;Gueliz"), sep,
                                       _pick(R, "20330 Casablanca;10090 Rabat;40000 Marrakech;90000 Tanger"))
    if c == "IR":
        return "%s، خیابان %s، کوچه %s، پلاک %d، کد پستی %s" % (_pick(R, "تهران;اصفهان;شیراز;مشهد"), _pick(R, "نیلوفر;بهار شمالی;شقایق"), _pick(R, "یاس;ارغوان;سوم"), n,
                                                              "%05d-%05d" % (R.randint(10000, 99999), R.randint(10000, 99999)))
    if c == "IL":
        return "רחוב %s %d, דירה %d%s%s" % (_pick(R, "הדקל;הרימון;האלון;הגפן"), n, R.randint(1, 30), sep,
                                         _pick(R, "חיפה 3303104;באר שבע 8410501;ראשון לציון 7525102;פתח תקווה 4951201"))
    if c == "ID":
        return "Jl. %s No. %d, RT %03d/RW %03d%s%s" % (_pick(R, "Kenanga;Melati Raya;Cempaka Putih;Flamboyan"), n, R.randint(1, 15), R.randint(1, 12), sep,
                                                       _pick(R, "Kel. Tebet Barat, Kec. Tebet, Jakarta Selatan 12810;Kel. Lowokwaru, Malang 65141;Kel. Sukajadi, Bandung 40162;Kel. Darmo, Surabaya 60241"))
    if c == "MY":
        return "No. %d, Jalan %s, Taman %s%s%s" % (n, _pick(R, "Cempaka 3;Anggerik 7;Kenari 2/4"), _pick(R, "Sri Muda;Bukit Indah;Desa Jaya"), sep,
                                                   _pick(R, "40400 Shah Alam, Selangor;81200 Johor Bahru, Johor;11900 Bayan Lepas, Pulau Pinang"))
    if c == "VN":
        return "Số %d ngõ %d phố %s, phường %s%s%s" % (n, R.randint(2, 200), _pick(R, "Hoa Lư;Lò Đúc;Bạch Mai"), _pick(R, "Thanh Nhàn;Bạch Đằng;Đống Mác"), sep,
                                                     "quận Hai Bà Trưng, Hà Nội")
    if c == "TH":
        return "%d/%d ซอย%s ถนน%s%sแขวง%s เขต%s กรุงเทพฯ %s" % (n, R.randint(1, 99), _pick(R, "ลาดพร้าว 64;อ่อนนุช 17;รามคำแหง 24"), _pick(R, "ลาดพร้าว;สุขุมวิท;รามคำแหง"), " ",
                                                               _pick(R, "วังทองหลาง;สวนหลวง;หัวหมาก"), _pick(R, "วังทองหลาง;ประเวศ;บางกะปิ"), _pick(R, "10310;10250;10240"))
    if c == "TW":
        return "%s%s%d號%d樓" % (_pick(R, "106台北市大安區和平東路二段;404台中市北區五權路;807高雄市三民區建國二路"), R.choice(["", "12巷"]), n, R.randint(2, 15))
    if c == "CN":
        return "%s%d号%s%d栋%d单元%d室" % (_pick(R, "上海市浦东新区锦绣路;广州市天河区天润路;成都市武侯区玉林北路;杭州市西湖区文三路"), n,
                                       _pick(R, "绿洲花园;金桂苑;翠湖小区"), R.randint(1, 20), R.randint(1, 4), R.randint(101, 2804))
    if c == "JP":
        return _jp_addr(R, n)
    if c == "KR":
        return "%s %d, %d동 %d호 (%s)" % (_pick(R, "서울특별시 마포구 월드컵북로;서울특별시 송파구 올림픽로;부산광역시 해운대구 센텀중앙로;대전광역시 유성구 대학로"), n,
                                      R.randint(101, 112), R.randint(101, 2303), "%05d" % R.randint(3900, 48100))
    if c == "SG":
        return "Blk %d %s #%02d-%02d%sSingapore %06d" % (R.randint(100, 899), _pick(R, "Tampines Street 45;Bedok North Avenue 2;Jurong West Street 61"), R.randint(2, 20), R.randint(10, 250), sep, R.randint(460000, 649999))
    raise KeyError(loc)


def _jp_addr(R, n):
    pc, place = R.choice([("154-0004", "東京都世田谷区太子堂"), ("530-0041", "大阪府大阪市北区天神橋"),
                          ("812-0011", "福岡県福岡市博多区博多駅前"), ("460-0008", "愛知県名古屋市中区栄"),
                          ("060-0061", "北海道札幌市中央区南一条西")])
    bld = R.choice(["コーポ若葉", "メゾン桜台", "ハイツ青柳", "グランシャリオ"])
    return "〒%s %s%d-%d-%d %s%d号室" % (pc, place, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), bld, R.randint(101, 905))


# ====================================================================== dates of birth
MON = dict(MONTHS)
MON.update({
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
})
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def dob_text(R, d, loc, lang, style=None):
    """A birth date as a person of `loc` writing in `lang` would."""
    c = PHONE_LOC.get(loc, loc)
    dd, mm, yy = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if lang == "fa":
        # Solar Hijri calendar, as Iranians write a birth date
        jy, jm = (yy - 621, mm - 3) if mm > 3 else (yy - 622, mm + 9)
        t = "%d/%02d/%02d" % (jy, jm, min(dd, 29))
        return t.translate(FA_DIGITS) if R.random() < .7 else t
    if lang == "th":
        return R.choice(["%d %s %d" % (dd, MON["th"][mm - 1], yy + 543), "%02d/%02d/%d" % (dd, mm, yy + 543)])
    if c == "TW":
        return R.choice(["民國%d年%d月%d日" % (yy - 1911, mm, dd), "%d/%02d/%02d" % (yy, mm, dd)])
    if lang in ("zh", "ja"):
        return R.choice(["%d年%d月%d日" % (yy, mm, dd), "%d/%02d/%02d" % (yy, mm, dd)])
    if lang == "ko":
        return R.choice(["%d년 %d월 %d일" % (yy, mm, dd), "%d.%02d.%02d" % (yy, mm, dd)])
    if c in ("US",) or (c == "PH" and lang == "en"):
        return R.choice(["%02d/%02d/%d" % (mm, dd, yy), "%s %d, %d" % (MON["en"][mm - 1], dd, yy), "%d/%d/%d" % (mm, dd, yy)])
    if lang == "en":
        return R.choice(["%02d/%02d/%d" % (dd, mm, yy), "%d %s %d" % (dd, MON["en"][mm - 1], yy), "%02d-%02d-%d" % (dd, mm, yy)])
    if c == "SE":
        return R.choice(["%d-%02d-%02d" % (yy, mm, dd), "%d %s %d" % (dd, MON["sv"][mm - 1], yy)])
    if lang in ("de", "pl", "ro", "tr", "ru", "uk"):
        return R.choice(["%02d.%02d.%d" % (dd, mm, yy), "%d %s %d" % (dd, MON[lang][mm - 1], yy) + (" г." if lang == "ru" else " р." if lang == "uk" else "")]) if lang != "de" \
            else R.choice(["%02d.%02d.%d" % (dd, mm, yy), "%d. %s %d" % (dd, MON["de"][mm - 1], yy)])
    if lang == "nl":
        return R.choice(["%02d-%02d-%d" % (dd, mm, yy), "%d %s %d" % (dd, MON["nl"][mm - 1], yy)])
    if lang in ("fr", "es", "it", "pt"):
        w = {"fr": "%d %s %d", "es": "%d de %s de %d", "it": "%d %s %d", "pt": "%d de %s de %d"}[lang]
        return R.choice(["%02d/%02d/%d" % (dd, mm, yy), w % (dd, MON[lang][mm - 1], yy)])
    if lang == "ar":
        return R.choice(["%02d/%02d/%d" % (dd, mm, yy), ("%d/%d/%d" % (dd, mm, yy)).translate(AR_DIGITS), "%d %s %d" % (dd, MON["ar"][mm - 1], yy)])
    if lang == "he":
        return R.choice(["%02d.%02d.%d" % (dd, mm, yy), "%d/%d/%d" % (dd, mm, yy), "%d %s %d" % (dd, MON["he"][mm - 1], yy)])
    if lang == "hi":
        return R.choice(["%02d-%02d-%d" % (dd, mm, yy), "%d %s %d" % (dd, MON["hi"][mm - 1], yy)])
    if lang in ("id", "ms", "tl"):
        return R.choice(["%02d/%02d/%d" % (dd, mm, yy), "%d %s %d" % (dd, MON[lang][mm - 1], yy)] + (["%02d-%02d-%d" % (dd, mm, yy)] if lang == "id" else []))
    if lang == "vi":
        return R.choice(["%02d/%02d/%d" % (dd, mm, yy), "ngày %d tháng %d năm %d" % (dd, mm, yy)])
    return "%02d/%02d/%d" % (dd, mm, yy)


def not_dob(R, lang, year=None):
    """A date that is not a birth date (message, sign-in, contract dates)."""
    y = year or R.choice([2024, 2025, 2026])
    d = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    if lang in ("zh", "ja"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if lang == "ko":
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if lang in ("de", "pl", "ro", "tr", "ru", "uk", "he"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang in ("sv",):
        return d.isoformat()
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ====================================================================== gov ids (with their checks)
def pesel(d, sex, R):
    m = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d" % (d.year % 100, m, d.day) + "%03d" % R.randint(0, 999) + str(R.choice("13579" if sex == "m" else "02468"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def cnp(d, sex, R):
    first = ("1" if sex == "m" else "2") if d.year < 2000 else ("5" if sex == "m" else "6")
    body = first + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%02d" % R.randint(1, 46) + "%03d" % R.randint(1, 999)
    c = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
    return body + ("1" if c == 10 else str(c))


def cnp_ok(s):
    c = sum(int(a) * int(b) for a, b in zip(s[:12], "279146358279")) % 11
    return len(s) == 13 and s[12] == ("1" if c == 10 else str(c))


def se_pnr(d, sex, R):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%02d" % R.randint(0, 99) + R.choice("13579" if sex == "m" else "02468")
    full = luhn_complete(body)
    return full[:6] + ("-" if R.random() < .6 else "") + full[6:] if R.random() < .7 else str(d.year)[:2] + full[:6] + "-" + full[6:]


def se_ok(s):
    t = s.replace("-", "")
    return luhn_ok(t[-10:])


def tckn(R):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def ru_inn(R):
    b = "77" + "".join(R.choice(string.digits) for _ in range(8))
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * x for a, x in zip(b, w1)) % 11 % 10
    b += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * x for a, x in zip(b, w2)) % 11 % 10)


def ru_inn_ok(s):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(s) == 12 and sum(int(a) * x for a, x in zip(s, w1)) % 11 % 10 == int(s[10]) and sum(int(a) * x for a, x in zip(s, w2)) % 11 % 10 == int(s[11])


def ua_rnokpp(d, sex, R):
    days = (d - datetime.date(1899, 12, 31)).days
    while True:
        body = "%05d" % days + "%03d" % R.randint(0, 999) + R.choice("13579" if sex == "m" else "02468")
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        return body + str(sum(int(a) * x for a, x in zip(body, w)) % 11 % 10)


def ua_ok(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(int(a) * x for a, x in zip(s, w)) % 11 % 10 == int(s[9])


def za_id(d, sex, R):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%04d" % (R.randint(5000, 9999) if sex == "m" else R.randint(0, 4999)) + "0" + "8"
    return luhn_complete(body)


def au_tfn(R):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = "".join(R.choice(string.digits) for _ in range(9))
        if s[0] != "0" and sum(int(a) * x for a, x in zip(s, w)) % 11 == 0:
            return s


def au_tfn_ok(s):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(s) == 9 and sum(int(a) * x for a, x in zip(s, w)) % 11 == 0


def at_svnr(d, R):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        s = "%03d" % R.randint(100, 999) + "0" + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        c = sum(int(a) * x for a, x in zip(s, w)) % 11
        if c < 10:
            return s[:3] + str(c) + s[4:]


def at_ok(s):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(s) == 10 and sum(int(a) * x for a, x in zip(s, w)) % 11 == int(s[3])


def pt_nif(R):
    while True:
        b = R.choice("123") + "".join(R.choice(string.digits) for _ in range(7))
        c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(b)) % 11
        return b + ("0" if c >= 10 else str(c))


def pt_nif_ok(s):
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(s[:8])) % 11
    return len(s) == 9 and s[8] == ("0" if c >= 10 else str(c))


def ar_cuil(sex, R):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = ("20" if sex == "m" else "27") + "%08d" % R.randint(20000000, 45999999)
        c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        return b + ("0" if c == 11 else str(c))


def ar_ok(s):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * x for a, x in zip(s[:10], w)) % 11
    return len(s) == 11 and c != 10 and s[10] == ("0" if c == 11 else str(c))


def cn_id(d, sex, R):
    body = R.choice(["310115", "440106", "510107", "330106", "110105"]) + "%d%02d%02d" % (d.year, d.month, d.day) + "%02d" % R.randint(0, 99) + R.choice("13579" if sex == "m" else "02468")
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * x for a, x in zip(body, w)) % 11]


def cn_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and s[17] == "10X98765432"[sum(int(a) * x for a, x in zip(s[:17], w)) % 11]


def kr_rrn(d, sex, R):
    s7 = ("1" if sex == "m" else "2") if d.year < 2000 else ("3" if sex == "m" else "4")
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + s7 + "%05d" % R.randint(0, 99999)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(body, w)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_ok(s):
    t = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(t) == 13 and (11 - sum(int(a) * x for a, x in zip(t, w)) % 11) % 10 == int(t[12])


TW_L = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id(sex, R):
    letter = R.choice("ABEFHT")
    body = ("1" if sex == "m" else "2") + "".join(R.choice(string.digits) for _ in range(7))
    v = TW_L[letter]
    s = v // 10 + (v % 10) * 9 + sum(int(a) * w for a, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + body + str((10 - s % 10) % 10)


def tw_ok(s):
    v = TW_L[s[0]]
    t = v // 10 + (v % 10) * 9 + sum(int(a) * w for a, w in zip(s[1:9], [8, 7, 6, 5, 4, 3, 2, 1])) + int(s[9])
    return len(s) == 10 and t % 10 == 0


def jp_mynumber(R):
    b = "".join(R.choice(string.digits) for _ in range(11))
    s = sum(int(b[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return b + ("0" if r <= 1 else str(11 - r))


def jp_ok(s):
    b = s[:11]
    t = sum(int(b[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return len(s) == 12 and s[11] == ("0" if t <= 1 else str(11 - t))


def sa_id(R):
    return luhn_complete("1" + "".join(R.choice(string.digits) for _ in range(8)))


def il_id(R):
    return luhn_complete(R.choice("0123") + "".join(R.choice(string.digits) for _ in range(7)))


def ir_melli(R):
    while True:
        b = "".join(R.choice(string.digits) for _ in range(9))
        if len(set(b)) < 3:
            continue
        r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
        return b + str(r if r < 2 else 11 - r)


def ir_ok(s):
    r = sum(int(a) * (10 - i) for i, a in enumerate(s[:9])) % 11
    return len(s) == 10 and int(s[9]) == (r if r < 2 else 11 - r)


def th_id(R):
    b = R.choice("1358") + "".join(R.choice(string.digits) for _ in range(11))
    return b + str((11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10)


def th_ok(s):
    t = s.replace("-", "").replace(" ", "")
    return len(t) == 13 and (11 - sum(int(a) * (13 - i) for i, a in enumerate(t[:12])) % 11) % 10 == int(t[12])


def id_nik(d, sex, R):
    return R.choice(["317401", "357305", "327311", "350707"]) + "%02d%02d%02d" % (d.day + (40 if sex == "f" else 0), d.month, d.year % 100) + "%04d" % R.randint(1, 9999)


def id_nik_ok(s):
    dd, mm = int(s[6:8]) % 40, int(s[8:10])
    return len(s) == 16 and s.isdigit() and 1 <= dd <= 31 and 1 <= mm <= 12


def my_ic(d, sex, R):
    last = R.randint(0, 999) * 10 + R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    return "%02d%02d%02d-%s-%04d" % (d.year % 100, d.month, d.day, R.choice(["10", "14", "01", "07"]), last)


def my_ok(s):
    t = s.replace("-", "")
    return len(t) == 12 and 1 <= int(t[2:4]) <= 12 and 1 <= int(t[4:6]) <= 31


def nino_text(R):
    p, d6, s = nino_random(R)
    return R.choice(["%s %s %s %s %s" % (p, d6[:2], d6[2:4], d6[4:], s), p + d6 + s])


def gov_id(R, p, lang):
    """(text, sub) of the person's national identifier, or None."""
    c, d, sex = PHONE_LOC.get(p.loc, p.loc), p.dob, p.sex
    if c == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if c == "GB":
        return nino_text(R), "uk_nino"
    if c == "IN":
        a = aadhaar_random(R)
        return (R.choice(["%s %s %s" % (a[:4], a[4:8], a[8:]), a]), "in_aadhaar")
    if c == "ZA":
        return za_id(d, sex, R), "za_id"
    if c == "AU":
        t = au_tfn(R)
        return "%s %s %s" % (t[:3], t[3:6], t[6:]), "au_tfn"
    if c == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuer_id"
    if c == "AT":
        s = at_svnr(d, R)
        return s[:4] + " " + s[4:], "at_svnr"
    if c == "FR":
        body, key = nir_random(R, sex="1" if sex == "m" else "2", yy=d.year % 100, mm=d.month)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if c == "BE":
        yy, mm, dd = d.year % 100, d.month, d.day
        seq = R.randint(1, 997)
        seq += (seq % 2 == 0) if sex == "m" else (seq % 2)
        b = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
        k = 97 - int(("2" if d.year >= 2000 else "") + b) % 97
        return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, k), "be_nn"
    if c == "ES":
        if R.random() < .7:
            n, l = dni_random(R)
            return n + l, "es_dni"
        p_, n, l = nie_random(R)
        return p_ + n + l, "es_nie"
    if c == "IT":
        sur = p.family.split()[-1]
        return cf_make(sur, p.given, d.year % 100, d.month, d.day, sex == "f", R.choice(["A944", "L219", "F205", "H501", "G273", "F839"])), "it_cf"
    if c == "NL":
        return bsn_random(R), "nl_bsn"
    if c == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "br_cpf"
    if c == "PT":
        return pt_nif(R), "pt_nif"
    if c == "PL":
        return pesel(d, sex, R), "pl_pesel"
    if c == "RO":
        return cnp(d, sex, R), "ro_cnp"
    if c == "SE":
        return se_pnr(d, sex, R), "se_pnr"
    if c == "TR":
        return tckn(R), "tr_tckn"
    if c == "RU":
        if R.random() < .5:
            return "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 26), R.randint(100000, 999999)), "ru_passport"
        return ru_inn(R), "ru_inn"
    if c == "UA":
        return ua_rnokpp(d, sex, R), "ua_rnokpp"
    if c == "AR":
        s = ar_cuil(sex, R)
        return "%s-%s-%s" % (s[:2], s[2:10], s[10]), "ar_cuil"
    if c == "CN":
        return cn_id(d, sex, R), "cn_id"
    if c == "KR":
        return kr_rrn(d, sex, R), "kr_rrn"
    if c == "TW":
        return tw_id(sex, R), "tw_id"
    if c == "JP":
        s = jp_mynumber(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "jp_mynumber"
    if c == "SA":
        return sa_id(R), "sa_id"
    if c == "IL":
        return il_id(R), "il_id"
    if c == "IR":
        s = ir_melli(R)
        return ("%s-%s-%s" % (s[:3], s[3:9], s[9]) if R.random() < .4 else s).translate(FA_DIGITS if lang == "fa" and R.random() < .5 else {}), "ir_melli"
    if c == "TH":
        s = th_id(R)
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]), "th_id"
    if c == "ID":
        return id_nik(d, sex, R), "id_nik"
    if c == "MY":
        return my_ic(d, sex, R), "my_ic"
    return None


FA_BACK = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def gov_ok(v, sub):
    t = v.translate(FA_BACK)
    t2 = re.sub(r"[ .\-]", "", t)
    return {
        "us_ssn": lambda: ssn_valid(int(t2[:3]), int(t2[3:5]), int(t2[5:])) and len(t2) == 9,
        "uk_nino": lambda: len(t2) == 9 and t2[:2] not in NINO_BAD_PREFIX and t2[8] in "ABCD",
        "in_aadhaar": lambda: len(t2) == 12 and verhoeff_ok(t2),
        "za_id": lambda: len(t2) == 13 and luhn_ok(t2),
        "au_tfn": lambda: au_tfn_ok(t2),
        "de_steuer_id": lambda: steuerid_ok(t2),
        "at_svnr": lambda: at_ok(t2),
        "fr_nir": lambda: nir_ok(t2[:13], t2[13:]),
        "be_nn": lambda: (97 - int(t2[:9]) % 97 == int(t2[9:])) or (97 - int("2" + t2[:9]) % 97 == int(t2[9:])),
        "es_dni": lambda: DNI_LETTERS[int(t2[:8]) % 23] == t2[8],
        "es_nie": lambda: nie_ok(t2),
        "it_cf": lambda: cf_check(t2[:15]) == t2[15],
        "nl_bsn": lambda: bsn_ok(t2),
        "br_cpf": lambda: cpf_ok(t2),
        "pt_nif": lambda: pt_nif_ok(t2),
        "pl_pesel": lambda: pesel_ok(t2),
        "ro_cnp": lambda: cnp_ok(t2),
        "se_pnr": lambda: se_ok(t),
        "tr_tckn": lambda: tckn_ok(t2),
        "ru_passport": lambda: len(t2) == 10 and t2.isdigit(),
        "ru_inn": lambda: ru_inn_ok(t2),
        "ua_rnokpp": lambda: ua_ok(t2),
        "ar_cuil": lambda: ar_ok(t2),
        "cn_id": lambda: cn_ok(t2),
        "kr_rrn": lambda: kr_ok(t2),
        "tw_id": lambda: tw_ok(t2),
        "jp_mynumber": lambda: jp_ok(t2),
        "sa_id": lambda: len(t2) == 10 and luhn_ok(t2) and t2[0] in "12",
        "il_id": lambda: len(t2) == 9 and luhn_ok(t2),
        "ir_melli": lambda: ir_ok(t2),
        "th_id": lambda: th_ok(t2),
        "id_nik": lambda: id_nik_ok(t2),
        "my_ic": lambda: my_ok(t2),
    }[sub]()


# ====================================================================== money, accounts, net
EXTRA_IBAN = {"UA": "6n19c", "IL": "3n3n13n", "PK": "4a16c", "EG": "4n4n17n"}
EXTRA_LEN = {"UA": 29, "IL": 23, "PK": 24, "EG": 29}
IBAN_OF = {"DE": "DE", "AT": "AT", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "NL": "NL", "PT": "PT",
           "PL": "PL", "RO": "RO", "SE": "SE", "TR": "TR", "GB": "GB", "SA": "SA", "BR": "BR", "UA": "UA",
           "IL": "IL", "EG": "EG"}
BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "BUNQ", "KNAB"], "GB": ["NWBK", "BARC", "LOYD", "MONZ", "HBUK"],
              "RO": ["BTRL", "RNCB", "INGB", "BRDE"]}


def _bban(R, cc):
    spec = EXTRA_IBAN.get(cc) or IBAN_SPEC[cc]
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", spec):
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits}[k]
        out += "".join(R.choice(alpha) for _ in range(int(n)))
    if cc in BANK_CODES:
        out = R.choice(BANK_CODES[cc]) + out[4:]
    return out


def iban(R, cc, style=None):
    if cc in ("FR", "ES", "IT", "BE", "PT"):
        raw = iban_random(R, cc)
    else:
        raw = iban_make(cc, _bban(R, cc))
    style = style or R.choice(["grp", "grp", "grp", "compact"])
    return group(raw) if style == "grp" else raw


def iban_ok(v):
    t = v.replace(" ", "").replace("\u00a0", "")
    cc = t[:2]
    ln = EXTRA_LEN.get(cc) or IBAN_LEN.get(cc)
    return iban_mod97(t) == 1 and len(t) == ln


def card(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "maestro"])
    num = card_random(R, issuer)
    sizes = card_grouping(len(num))
    sep = R.choice([" ", " ", "-", ""])
    return sep.join(split_groups(num, sizes)) if sep else num, issuer


MAIL_DOM = {
    "US": "gmail.com yahoo.com icloud.com outlook.com", "GB": "gmail.com btinternet.com hotmail.co.uk icloud.com",
    "IN": "gmail.com rediffmail.com yahoo.co.in", "INH": "gmail.com rediffmail.com", "PH": "gmail.com yahoo.com.ph",
    "NG": "gmail.com yahoo.com", "ZA": "gmail.com webmail.co.za", "AU": "bigpond.com gmail.com outlook.com.au",
    "DE": "web.de gmx.de posteo.de gmail.com", "AT": "gmx.at aon.at gmail.com", "FR": "orange.fr free.fr laposte.net gmail.com",
    "BE": "skynet.be telenet.be gmail.com", "ES": "gmail.com hotmail.es yahoo.es", "MX": "hotmail.com gmail.com prodigy.net.mx",
    "AR": "gmail.com hotmail.com.ar", "CO": "gmail.com hotmail.com", "IT": "libero.it virgilio.it gmail.com",
    "NL": "ziggo.nl kpnmail.nl gmail.com", "BR": "gmail.com uol.com.br bol.com.br", "PT": "sapo.pt gmail.com",
    "PL": "wp.pl o2.pl onet.pl gmail.com", "RO": "yahoo.ro gmail.com", "SE": "telia.com gmail.com hotmail.se",
    "TR": "gmail.com hotmail.com", "RU": "mail.ru yandex.ru gmail.com", "UA": "ukr.net gmail.com i.ua",
    "EG": "gmail.com yahoo.com", "SA": "gmail.com hotmail.com", "MA": "gmail.com menara.ma", "IR": "gmail.com yahoo.com",
    "IL": "gmail.com walla.co.il", "ID": "gmail.com yahoo.co.id", "MY": "gmail.com yahoo.com.my", "VN": "gmail.com yahoo.com.vn",
    "TH": "gmail.com hotmail.co.th", "TW": "gmail.com yahoo.com.tw", "CN": "qq.com 163.com 126.com",
    "JP": "docomo.ne.jp gmail.com yahoo.co.jp", "KR": "naver.com daum.net gmail.com", "SG": "gmail.com singnet.com.sg",
}


def email(R, p, loc=None):
    g, f = p.rom()
    dom = R.choice(MAIL_DOM[loc or p.loc].split())
    if p.loc == "CN" and dom in ("qq.com",) and R.random() < .5:
        local = str(R.randint(10000000, 3999999999))
    else:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g, f), "%s_%s%d" % (g, f, R.randint(1, 99)),
                          "%s.%s%d" % (g[0], f, R.randint(70, 2009)), "%s%s%d" % (f, g[0], R.randint(1, 999))])
    return "%s@%s" % (local, dom)


def handle(R, p):
    """A public handle derived from the person's name (labelled person, sub handle)."""
    g, f = p.rom()
    return R.choice(["%s.%s" % (g, f), "%s_%s" % (g, f), "%s%s%d" % (g, f, R.randint(1, 99)), "%s.%s_" % (g, f[:1]),
                     "the%s%s" % (g, f), "%s__%s" % (f, g), "%s.%s.%d" % (g, f, R.randint(80, 2008))])


PSEUDO = ("sunflower_vibes88 nightowl.2003 ghost_rider_x crypto_king_777 lavender.haze mr.moonlight404 bluefin_diaries "
          "dreamy.cloudz xx_shadowfox_xx pixel.pilgrim catmom_forever tacolover.mx kopi_susu_addict mochi.bear.92 "
          "urban.trekker silentbreeze99 velvet_thunder lofi.latte neon.koi retro_wave_kid sea.salt.soul hikari_no_michi "
          "kaffeeklatsch42 la_vie_en_prose saudade_azul baltic.amber forest.spirit_ zirzop07 lemon_drizzle22").split()


def pseudo(R):
    return R.choice(PSEUDO)


def ipv4_global(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 81, 82, 85, 86, 88, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 189, 190, 103, 110, 112, 113, 114, 115, 117, 118, 120, 122, 124, 125, 171, 175, 180, 182, 197, 196, 102, 41, 105, 154, 200, 201, 177, 179, 186, 187, 24, 47, 67, 68, 71, 73, 98, 99, 174])
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6_global(R):
    p = R.choice(["2a02:%x" % R.randint(0x100, 0xffff), "2a01:%x" % R.randint(0x100, 0xffff), "2003:%x" % R.randint(0x100, 0xffff),
                  "2600:%x" % R.randint(0x1000, 0x1fff), "2804:%x" % R.randint(0x100, 0xffff), "2409:%x" % R.randint(0x4000, 0x8fff),
                  "2001:%x" % R.randint(0x4000, 0x4fff)])
    tail = ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    s = p + ":" + tail
    assert ipaddress.ip_address(s).is_global, s
    return s


def ip(R, v6=None):
    v6 = (R.random() < .25) if v6 is None else v6
    return L("ip", ipv6_global(R) if v6 else ipv4_global(R), sub="ipv6" if v6 else "ipv4")


DOC_IPS = ["192.0.2.15", "198.51.100.23", "203.0.113.7", "203.0.113.200", "2001:db8::42", "198.51.100.150"]

# ---------------------------------------------------------------- secrets of accounts
B32 = string.ascii_uppercase + "234567"
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"


def rnd(R, a, n):
    return "".join(R.choice(a) for _ in range(n))


def recovery_codes(R, style):
    """A list of recovery/backup codes in the shape a provider prints."""
    if style == "digits8":  # e.g. social networks' 8-digit backup codes
        return ["%04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)) for _ in range(R.choice([4, 5, 6]))]
    if style == "hex5":
        return ["%s-%s" % (rnd(R, HEXL, 5), rnd(R, HEXL, 5)) for _ in range(R.choice([4, 6]))]
    if style == "alnum12":
        return [rnd(R, "abcdefghjkmnpqrstuvwxyz23456789", 12) for _ in range(R.choice([4, 5]))]
    if style == "upper4x4":
        return ["-".join(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(4)) for _ in range(R.choice([3, 4, 5]))]
    if style == "digits10":
        return [rnd(R, string.digits, 10) for _ in range(R.choice([4, 5]))]
    raise KeyError(style)


def app_password(R):
    return " ".join(rnd(R, LOWER, 4) for _ in range(4))


def totp_seed(R, grouped=None):
    s = rnd(R, B32, 32)
    if grouped is None:
        grouped = R.random() < .5
    return " ".join(s[i:i + 4] for i in range(0, 32, 4)).lower() if grouped else s


def password(R):
    a = R.choice(["Mango", "Bruxa", "kotek", "Sakura", "Zeytin", "Pelikan", "tigre", "Baobab", "marmelad", "Jalebi", "Koala",
                  "Obelix", "nebbia", "Fjord", "Ananas", "Kiwi", "Lumière", "Papagei", "Cactus", "pierogi", "Lotus", "Samba",
                  "Dragon", "Simsek", "Bulbul", "Chai", "Gatito", "Snowy"])
    b = R.choice(["", "_", ".", "!", "#", "@", "$", "*"])
    c = R.choice(["%d" % R.randint(1, 99), "%d" % R.randint(1980, 2012), rnd(R, ALNUM, 3), "%02d%02d" % (R.randint(1, 28), R.randint(1, 12))])
    d = R.choice(["", "!", "?", "xx", "Z", "&"])
    return a + b + c + d


def strong_password(R):
    return rnd(R, ALNUM + "!#$%&*+-=?@^_~", R.choice([16, 18, 20, 24]))


def session_cookie(R, kind):
    if kind == "ig":
        return "%d%%3A%s%%3A%d%%3A%s" % (R.randint(10 ** 9, 10 ** 11), rnd(R, ALNUM, 14), R.randint(1, 28), "AYc" + rnd(R, ALNUM + "-_", 40))
    if kind == "fb_xs":
        return "%d%%3A%s%%3A2%%3A%d%%3A-1%%3A%d" % (R.randint(10, 99), rnd(R, ALNUM + "_-", 14), R.randint(1700000000, 1790000000), R.randint(1000, 20000))
    if kind == "x_auth":
        return rnd(R, HEXL, 40)
    if kind == "discord":
        return "%s.%s.%s" % (rnd(R, ALNUM, 24), rnd(R, ALNUM + "-_", 6), rnd(R, ALNUM + "-_", 38))
    if kind == "tiktok":
        return rnd(R, HEXL, 32)
    if kind == "generic":
        return "s%3A" + rnd(R, ALNUM + "-_", 32) + "." + rnd(R, ALNUM + "/+", 43)
    raise KeyError(kind)


BIP39 = ("abandon brisk canal dizzy eagle fabric gallery harvest island jelly kettle lemon marble narrow orbit pepper quarter "
         "raven saddle timber umbrella velvet walnut yellow zebra anchor bubble cactus dolphin ember fossil glacier hollow "
         "ivory jungle kiwi lantern meadow nectar oyster puzzle quiz ribbon salmon tunnel unveil vintage willow xenon yard "
         "zone acoustic blossom cradle drift elbow flock gossip hurdle impulse junior kingdom lobster mosquito noodle olive "
         "pigeon radar sketch tornado usual voyage wisdom").split()


def seed_phrase(R, n=12):
    return " ".join(R.choice(BIP39) for _ in range(n))


def btc_addr(R):
    return "bc1q" + rnd(R, "023456789acdefghjklmnpqrstuvwxyz", 38)


def eth_addr(R):
    return "0x" + rnd(R, "0123456789abcdefABCDEF", 40)


def trx_addr(R):
    return "T" + rnd(R, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 33)


def txhash(R):
    return rnd(R, HEXL, 64)


def imei(R):
    return luhn_complete(R.choice(["35", "86", "01", "99"]) + rnd(R, string.digits, 12))


def android_id(R):
    return rnd(R, HEXL, 16)


def uuid_like(R, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (rnd(R, HEXL, 8), rnd(R, HEXL, 4), rnd(R, HEXL, 3), R.choice("89ab"), rnd(R, HEXL, 3), rnd(R, HEXL, 12))
    return s.upper() if upper else s


def otp(R, n=6):
    return rnd(R, string.digits, n)


def ref(R, pre, n=8):
    return pre + rnd(R, string.digits, n)


def amount(R, cur):
    v = R.choice([49, 85, 120, 250, 300, 450, 780, 990, 1200, 1850, 2400, 3500, 5000, 7800])
    return {"EUR": "%d,%02d €" % (v, R.choice([0, 0, 50, 99])), "GBP": "£%d" % v, "USD": "$%d" % v, "AUD": "A$%d" % v,
            "INR": "₹%d,000" % v, "PHP": "₱%d,000" % (v // 10 + 1), "NGN": "₦%d,000" % v, "ZAR": "R%d" % v,
            "BRL": "R$ %d,00" % v, "PLN": "%d zł" % v, "RON": "%d lei" % v, "SEK": "%d kr" % (v * 10), "TRY": "%d ₺" % (v * 10),
            "RUB": "%d ₽" % (v * 100), "UAH": "%d грн" % (v * 10), "EGP": "%d جنيه" % (v * 10), "SAR": "%d ر.س" % v,
            "MAD": "%d DH" % (v * 10), "IRR": "%d تومان" % (v * 10000), "ILS": "₪%d" % v, "IDR": "Rp %d.000" % (v * 10),
            "MYR": "RM%d" % v, "VND": "%d.000.000 ₫" % (v // 20 + 1), "THB": "%d บาท" % (v * 30), "TWD": "NT$%d" % (v * 30),
            "CNY": "¥%d" % (v * 7), "JPY": "%d円" % (v * 150), "KRW": "%d원" % (v * 1300), "MXN": "$%d MXN" % (v * 18),
            "ARS": "$%d.000" % v, "COP": "$%d.000 COP" % (v * 4), "CHF": "CHF %d" % v}[cur]


CUR = {"US": "USD", "GB": "GBP", "IN": "INR", "INH": "INR", "PH": "PHP", "NG": "NGN", "ZA": "ZAR", "AU": "AUD", "DE": "EUR",
       "AT": "EUR", "FR": "EUR", "BE": "EUR", "ES": "EUR", "MX": "MXN", "AR": "ARS", "CO": "COP", "IT": "EUR", "NL": "EUR",
       "BR": "BRL", "PT": "EUR", "PL": "PLN", "RO": "RON", "SE": "SEK", "TR": "TRY", "RU": "RUB", "UA": "UAH", "EG": "EGP",
       "SA": "SAR", "MA": "MAD", "IR": "IRR", "IL": "ILS", "ID": "IDR", "MY": "MYR", "VN": "VND", "TH": "THB", "TW": "TWD",
       "CN": "CNY", "JP": "JPY", "KR": "KRW", "SG": "USD"}
LANG_OF = {"US": "en", "GB": "en", "IN": "en", "INH": "hi", "PH": "tl", "NG": "en", "ZA": "en", "AU": "en", "DE": "de",
           "AT": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es", "AR": "es", "CO": "es", "IT": "it", "NL": "nl",
           "BR": "pt", "PT": "pt", "PL": "pl", "RO": "ro", "SE": "sv", "TR": "tr", "RU": "ru", "UA": "uk", "EG": "ar",
           "SA": "ar", "MA": "fr", "IR": "fa", "IL": "he", "ID": "id", "MY": "ms", "VN": "vi", "TH": "th", "TW": "zh",
           "CN": "zh", "JP": "ja", "KR": "ko"}


# ====================================================================== request lines (by hand, per language)
REQ = {
    "en": {"scam": ["Is this a scam? Be honest.", "My mum got this – is it legit or should she block them?", "Can you tell me if this is a scam before I reply?", "Scam or not? I nearly sent the money."],
           "hack": ["My account got hacked. What do I do first?", "Someone logged into my account – how do I lock them out?", "What should I change first after this?"],
           "export": ["I asked for my data under GDPR and got this. What are they keeping on me?", "Can you explain this data export? What's sensitive in here?", "What does this file say about me?"],
           "report": ["Help me write a report to the platform about this.", "Can you turn this into a proper report for the police / the app?", "Please make this report clearer and firmer."],
           "check": ["Can you check this before I send it?", "Is anything in here I shouldn't share?", "Does this look right to you?"],
           "rewrite": ["Can you rewrite this so it sounds more professional?", "Please make this shorter and clearer."]},
    "de": {"scam": ["Ist das Betrug? Sei ehrlich.", "Meine Mutter hat das bekommen – echt oder Fake?", "Kann das seriös sein? Ich hätte fast überwiesen."],
           "hack": ["Mein Konto wurde gehackt. Was mache ich zuerst?", "Da hat sich jemand eingeloggt – wie werfe ich den raus?"],
           "export": ["Ich habe meine DSGVO-Auskunft bekommen. Was speichern die alles über mich?", "Kannst du mir diesen Datenexport erklären?"],
           "report": ["Hilf mir, daraus eine Meldung an die Plattform zu machen.", "Kannst du das als Anzeige für die Polizei formulieren?"],
           "check": ["Kannst du das prüfen, bevor ich es abschicke?", "Steht da irgendwas drin, was ich nicht teilen sollte?"],
           "rewrite": ["Formulier das bitte sachlicher.", "Mach das bitte kürzer und klarer."]},
    "fr": {"scam": ["C'est une arnaque ou pas ?", "Ma mère a reçu ça, c'est sérieux ?", "Je dois répondre ou bloquer ?"],
           "hack": ["Mon compte a été piraté, je fais quoi en premier ?", "Quelqu'un s'est connecté à mon compte, comment le bloquer ?"],
           "export": ["J'ai demandé mes données (RGPD) et j'ai reçu ça. Qu'est-ce qu'ils gardent sur moi ?", "Tu peux m'expliquer cet export ?"],
           "report": ["Aide-moi à rédiger un signalement à la plateforme.", "Tu peux en faire une plainte propre pour la police ?"],
           "check": ["Tu peux vérifier avant que j'envoie ?", "Il y a des choses là-dedans que je ne devrais pas partager ?"],
           "rewrite": ["Reformule ça de façon plus professionnelle.", "Rends ce texte plus clair, s'il te plaît."]},
    "es": {"scam": ["¿Esto es una estafa?", "A mi madre le llegó esto, ¿es real?", "¿Respondo o bloqueo? Casi le mando el dinero."],
           "hack": ["Me hackearon la cuenta, ¿qué hago primero?", "Alguien entró en mi cuenta, ¿cómo lo saco?"],
           "export": ["Pedí mis datos (RGPD) y me mandaron esto. ¿Qué guardan de mí?", "¿Me explicas esta exportación de datos?"],
           "report": ["Ayúdame a redactar una denuncia para la plataforma.", "¿Puedes convertir esto en una denuncia para la policía?"],
           "check": ["¿Lo revisas antes de mandarlo?", "¿Hay algo aquí que no debería compartir?"],
           "rewrite": ["Reescríbelo más formal, porfa.", "Hazlo más corto y claro."]},
    "it": {"scam": ["È una truffa?", "Mia madre ha ricevuto questo, è vero?", "Rispondo o blocco?"],
           "hack": ["Mi hanno hackerato l'account, cosa faccio per prima cosa?", "Qualcuno è entrato nel mio account, come lo butto fuori?"],
           "export": ["Ho chiesto i miei dati (GDPR) e mi hanno mandato questo. Cosa conservano?", "Mi spieghi questo export?"],
           "report": ["Aiutami a scrivere una segnalazione alla piattaforma.", "Puoi trasformarlo in una denuncia per la Polizia Postale?"],
           "check": ["Puoi controllare prima che lo mandi?", "C'è qualcosa che non dovrei condividere?"],
           "rewrite": ["Riscrivilo in modo più formale.", "Rendilo più chiaro e breve."]},
    "nl": {"scam": ["Is dit oplichting?", "Mijn moeder kreeg dit, is het echt?", "Moet ik reageren of blokkeren?"],
           "hack": ["Mijn account is gehackt, wat moet ik eerst doen?", "Iemand is ingelogd op mijn account, hoe gooi ik die eruit?"],
           "export": ["Ik heb een AVG-inzageverzoek gedaan en kreeg dit. Wat bewaren ze over mij?", "Kun je deze data-export uitleggen?"],
           "report": ["Help me hier een melding aan het platform van te maken.", "Kun je dit omzetten in een aangifte voor de politie?"],
           "check": ["Kun je dit checken voordat ik het verstuur?", "Staat hier iets in wat ik niet moet delen?"],
           "rewrite": ["Kun je dit zakelijker verwoorden?", "Maak het korter en duidelijker."]},
    "pt": {"scam": ["Isso é golpe?", "Minha mãe recebeu isso, é verdade?", "Respondo ou bloqueio? Quase fiz o Pix."],
           "hack": ["Hackearam minha conta, o que eu faço primeiro?", "Alguém entrou na minha conta, como tiro a pessoa?"],
           "export": ["Pedi meus dados pela LGPD e recebi isso. O que eles guardam sobre mim?", "Pode me explicar essa exportação?"],
           "report": ["Me ajuda a escrever uma denúncia para a plataforma?", "Pode transformar isso num boletim de ocorrência?"],
           "check": ["Pode revisar antes de eu mandar?", "Tem algo aqui que eu não deveria compartilhar?"],
           "rewrite": ["Reescreve de um jeito mais formal?", "Deixa mais curto e claro, por favor."]},
    "pl": {"scam": ["Czy to oszustwo?", "Mama dostała taką wiadomość, to prawda?", "Odpisać czy zablokować?"],
           "hack": ["Ktoś włamał mi się na konto, co robić najpierw?", "Ktoś się zalogował na moje konto, jak go wyrzucić?"],
           "export": ["Dostałem swoje dane z wniosku RODO. Co oni o mnie trzymają?", "Wyjaśnisz mi ten eksport danych?"],
           "report": ["Pomóż mi napisać zgłoszenie do platformy.", "Możesz z tego zrobić zawiadomienie na policję?"],
           "check": ["Sprawdzisz to, zanim wyślę?", "Czy jest tu coś, czego nie powinienem udostępniać?"],
           "rewrite": ["Przeredaguj to bardziej oficjalnie.", "Skróć to i uprość."]},
    "ro": {"scam": ["E o țeapă?", "Mama a primit asta, e real?", "Răspund sau blochez?"],
           "hack": ["Mi-a fost spart contul, ce fac mai întâi?", "S-a logat cineva pe contul meu, cum îl scot?"],
           "export": ["Am cerut datele mele (GDPR) și am primit asta. Ce păstrează despre mine?", "Îmi explici exportul ăsta?"],
           "report": ["Ajută-mă să scriu o sesizare către platformă.", "Poți face din asta o plângere la poliție?"],
           "check": ["Poți verifica înainte să trimit?", "E ceva aici ce n-ar trebui să dau mai departe?"],
           "rewrite": ["Reformulează mai oficial, te rog."]},
    "sv": {"scam": ["Är det här bedrägeri?", "Mamma fick det här, är det på riktigt?", "Ska jag svara eller blockera?"],
           "hack": ["Mitt konto är hackat, vad gör jag först?", "Någon har loggat in på mitt konto, hur slänger jag ut dem?"],
           "export": ["Jag begärde ut mina uppgifter enligt GDPR och fick det här. Vad sparar de om mig?", "Kan du förklara den här dataexporten?"],
           "report": ["Hjälp mig skriva en anmälan till plattformen.", "Kan du göra en polisanmälan av det här?"],
           "check": ["Kan du kolla det här innan jag skickar?", "Står det något här som jag inte borde dela?"],
           "rewrite": ["Skriv om det lite mer formellt."]},
    "tr": {"scam": ["Bu dolandırıcılık mı?", "Annem bu mesajı aldı, gerçek mi?", "Cevap mı vereyim, engelleyeyim mi?"],
           "hack": ["Hesabım hacklendi, önce ne yapmalıyım?", "Biri hesabıma girmiş, nasıl atarım?"],
           "export": ["KVKK başvurusu yaptım, bu geldi. Hakkımda neler tutuyorlar?", "Bu veri dökümünü açıklar mısın?"],
           "report": ["Platforma şikâyet yazmama yardım et.", "Bunu savcılığa suç duyurusu olarak yazabilir misin?"],
           "check": ["Göndermeden önce kontrol eder misin?", "Burada paylaşmamam gereken bir şey var mı?"],
           "rewrite": ["Daha resmi bir dille yeniden yaz."]},
    "ru": {"scam": ["Это мошенники?", "Маме пришло такое, это правда?", "Отвечать или заблокировать?"],
           "hack": ["Мой аккаунт взломали, что делать в первую очередь?", "Кто-то зашёл в мой аккаунт, как его выкинуть?"],
           "export": ["Я запросил свои данные, пришло вот это. Что они про меня хранят?", "Объясни, что в этой выгрузке?"],
           "report": ["Помоги составить жалобу в поддержку.", "Можешь оформить это как заявление в полицию?"],
           "check": ["Проверь, пожалуйста, перед отправкой.", "Тут есть что-то, чем не стоит делиться?"],
           "rewrite": ["Перепиши официальнее, пожалуйста."]},
    "uk": {"scam": ["Це шахраї?", "Мамі прийшло таке, це правда?", "Відповідати чи блокувати?"],
           "hack": ["Мій акаунт зламали, що робити спочатку?", "Хтось зайшов у мій акаунт, як його вигнати?"],
           "export": ["Я запросила свої дані, прийшло ось це. Що вони про мене зберігають?"],
           "report": ["Допоможи скласти скаргу в підтримку.", "Можеш оформити це як заяву до кіберполіції?"],
           "check": ["Перевір, будь ласка, перед відправкою."],
           "rewrite": ["Перепиши офіційніше, будь ласка."]},
    "ar": {"scam": ["هل هذا احتيال؟", "وصلت هذه الرسالة لأمي، هل هي حقيقية؟", "أرد عليهم أم أحظرهم؟"],
           "hack": ["تم اختراق حسابي، ماذا أفعل أولاً؟", "شخص ما دخل إلى حسابي، كيف أطرده؟"],
           "export": ["طلبت نسخة من بياناتي ووصلني هذا. ماذا يحتفظون عني؟"],
           "report": ["ساعدني في كتابة بلاغ للمنصة.", "هل يمكنك صياغة هذا كبلاغ للشرطة؟"],
           "check": ["هل يمكنك مراجعة هذا قبل أن أرسله؟"],
           "rewrite": ["أعد صياغته بشكل رسمي من فضلك."]},
    "fa": {"scam": ["این کلاهبرداریه؟", "برای مامانم این پیام اومده، واقعیه؟"],
           "hack": ["حسابم هک شده، اول چی کار کنم؟", "یکی وارد اکانتم شده، چطور بیرونش کنم؟"],
           "export": ["درخواست داده‌هام رو دادم و این اومد. چی از من نگه می‌دارن؟"],
           "report": ["کمکم کن یه گزارش برای پلتفرم بنویسم.", "می‌تونی اینو به شکل شکایت برای پلیس فتا بنویسی؟"],
           "check": ["قبل از فرستادن چکش می‌کنی؟"], "rewrite": ["رسمی‌ترش کن لطفاً."]},
    "he": {"scam": ["זו הונאה?", "אמא שלי קיבלה את זה, זה אמיתי?"],
           "hack": ["פרצו לי לחשבון, מה עושים קודם?", "מישהו התחבר לחשבון שלי, איך מעיפים אותו?"],
           "export": ["ביקשתי את המידע שלי וקיבלתי את זה. מה הם שומרים עליי?"],
           "report": ["תעזור לי לנסח דיווח לפלטפורמה.", "אפשר לנסח את זה כתלונה במשטרה?"],
           "check": ["תבדוק לפני שאני שולח?"], "rewrite": ["תנסח את זה בצורה רשמית יותר."]},
    "hi": {"scam": ["क्या ये फ्रॉड है?", "मम्मी को ये मैसेज आया है, सच है क्या?"],
           "hack": ["मेरा अकाउंट हैक हो गया, पहले क्या करूँ?", "किसी ने मेरे अकाउंट में लॉगिन किया है, उसे कैसे हटाऊँ?"],
           "export": ["मैंने अपना डेटा माँगा था, ये मिला। ये लोग मेरे बारे में क्या रखते हैं?"],
           "report": ["प्लेटफ़ॉर्म को शिकायत लिखने में मदद करो।", "इसे साइबर क्राइम शिकायत के रूप में लिख दो।"],
           "check": ["भेजने से पहले चेक कर दो।"], "rewrite": ["इसे थोड़ा औपचारिक बना दो।"]},
    "id": {"scam": ["Ini penipuan bukan?", "Ibu saya dapat pesan ini, beneran nggak?", "Balas atau blokir?"],
           "hack": ["Akun saya dibajak, harus ngapain dulu?", "Ada yang login ke akun saya, gimana cara ngeluarinnya?"],
           "export": ["Saya minta data saya dan dapat ini. Apa saja yang mereka simpan?"],
           "report": ["Bantu saya bikin laporan ke platform.", "Bisa dibuat jadi laporan polisi?"],
           "check": ["Tolong cek dulu sebelum saya kirim."], "rewrite": ["Tolong tulis ulang biar lebih formal."]},
    "ms": {"scam": ["Ini scam ke?", "Mak saya dapat mesej ni, betul ke?"],
           "hack": ["Akaun saya kena godam, apa patut buat dulu?"],
           "export": ["Saya minta salinan data saya dan dapat ini. Apa yang mereka simpan?"],
           "report": ["Tolong tulis laporan kepada platform.", "Boleh jadikan ini laporan polis?"],
           "check": ["Tolong semak sebelum saya hantar."], "rewrite": ["Tulis semula dengan lebih rasmi."]},
    "vi": {"scam": ["Đây có phải lừa đảo không?", "Mẹ mình nhận được tin này, có thật không?"],
           "hack": ["Tài khoản của mình bị hack, làm gì trước?", "Có người đăng nhập vào tài khoản mình, làm sao đuổi ra?"],
           "export": ["Mình yêu cầu dữ liệu cá nhân và nhận được cái này. Họ lưu gì về mình?"],
           "report": ["Giúp mình viết báo cáo gửi nền tảng.", "Viết giúp mình đơn trình báo công an được không?"],
           "check": ["Kiểm tra giúp mình trước khi gửi nhé."], "rewrite": ["Viết lại trang trọng hơn giúp mình."]},
    "th": {"scam": ["อันนี้มิจฉาชีพหรือเปล่า", "แม่ได้ข้อความนี้มา จริงไหม"],
           "hack": ["บัญชีโดนแฮก ต้องทำอะไรก่อน", "มีคนล็อกอินบัญชีเรา จะเตะออกยังไง"],
           "export": ["ขอข้อมูลส่วนตัวไปแล้วได้อันนี้มา เขาเก็บอะไรเราบ้าง"],
           "report": ["ช่วยเขียนรายงานถึงแพลตฟอร์มหน่อย", "ช่วยเขียนเป็นคำร้องทุกข์แจ้งตำรวจไซเบอร์ได้ไหม"],
           "check": ["ช่วยเช็กก่อนส่งหน่อย"], "rewrite": ["ช่วยเขียนใหม่ให้เป็นทางการขึ้น"]},
    "tl": {"scam": ["Scam ba 'to?", "Natanggap 'to ni Nanay, totoo ba?", "Sasagutin ko ba o iba-block?"],
           "hack": ["Na-hack ang account ko, ano'ng unang gagawin?"],
           "export": ["Humingi ako ng kopya ng data ko at ito ang dumating. Ano'ng tinatago nila tungkol sa akin?"],
           "report": ["Tulungan mo akong gumawa ng report sa platform.", "Pwede mo bang gawing blotter report 'to?"],
           "check": ["Pakicheck muna bago ko ipadala."], "rewrite": ["Paki-rewrite nang mas pormal."]},
    "zh": {"scam": ["這是詐騙嗎？", "我媽收到這個，是真的嗎？", "这是不是骗子？要不要拉黑？"],
           "hack": ["我的帳號被盜了，第一步該做什麼？", "有人登录了我的账号，怎么把他踢出去？"],
           "export": ["我申請了個人資料副本，收到這個。他們存了我哪些資料？", "帮我看看这个数据导出里有什么敏感信息？"],
           "report": ["幫我寫一份給平台的檢舉。", "帮我把这个整理成报警材料。"],
           "check": ["發之前幫我檢查一下。", "帮我检查一下再发。"], "rewrite": ["幫我改得正式一點。"]},
    "ja": {"scam": ["これって詐欺ですか？", "母にこんなメッセージが届きました。本物でしょうか？"],
           "hack": ["アカウントが乗っ取られました。まず何をすべき？", "誰かが私のアカウントにログインしています。どうやって追い出せますか？"],
           "export": ["個人データの開示請求をしたらこれが届きました。何が保存されていますか？"],
           "report": ["運営への通報文を書くのを手伝ってください。", "警察への相談用にまとめてもらえますか？"],
           "check": ["送る前にチェックしてもらえますか？"], "rewrite": ["もう少し丁寧な文章にしてください。"]},
    "ko": {"scam": ["이거 사기인가요?", "엄마한테 이런 문자가 왔는데 진짜예요?"],
           "hack": ["계정이 해킹당했어요. 뭐부터 해야 하나요?", "누가 제 계정에 로그인했어요. 어떻게 내보내죠?"],
           "export": ["개인정보 열람 청구를 했더니 이게 왔어요. 저에 대해 뭘 저장하고 있나요?"],
           "report": ["플랫폼에 신고하는 글 좀 써 주세요.", "경찰 신고용으로 정리해 줄 수 있어요?"],
           "check": ["보내기 전에 확인 좀 해 주세요."], "rewrite": ["좀 더 공식적으로 다듬어 주세요."]},
}


def req(R, lang, cat):
    d = REQ[lang]
    return R.choice(d.get(cat) or d["check"])


def wrap_req(R, lang, cat, body, form_quote=None):
    """Request line before or after the paste, sometimes in quotes or after a rule."""
    q = req(R, lang, cat)
    k = R.randint(0, 4)
    if k == 0:
        return [q + "\n\n", body]
    if k == 1:
        return [body, "\n\n" + q]
    if k == 2:
        return [q + "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [q + "\n---\n", body]
    return [body, "\n---\n" + q]


# ====================================================================== chat export layouts
def chat_lines(R, layout, lang, msgs, start=None):
    """msgs: list of (sender_parts, text_parts). Returns parts of an export."""
    t = start or datetime.datetime(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(7, 22), R.randint(0, 59))
    out = []
    for snd, txt in msgs:
        t += datetime.timedelta(minutes=R.randint(0, 14), seconds=R.randint(0, 59))
        if layout == "wa_android":
            out += ["%02d/%02d/%d, %02d:%02d - " % (t.day, t.month, t.year, t.hour, t.minute), snd, ": ", txt, "\n"]
        elif layout == "wa_us":
            h = t.hour % 12 or 12
            out += ["%d/%d/%02d, %d:%02d %s - " % (t.month, t.day, t.year % 100, h, t.minute, "AM" if t.hour < 12 else "PM"), snd, ": ", txt, "\n"]
        elif layout == "wa_ios":
            out += ["[%02d.%02d.%02d, %02d:%02d:%02d] " % (t.day, t.month, t.year % 100, t.hour, t.minute, t.second), snd, ": ", txt, "\n"]
        elif layout == "telegram":
            out += [snd, ", [%02d.%02d.%d %02d:%02d]\n" % (t.day, t.month, t.year, t.hour, t.minute), txt, "\n\n"]
        elif layout == "signal":
            out += ["[%d-%02d-%02d %02d:%02d] " % (t.year, t.month, t.day, t.hour, t.minute), snd, ": ", txt, "\n"]
        elif layout == "line":
            out += ["%02d:%02d\t" % (t.hour, t.minute), snd, "\t", txt, "\n"]
        elif layout == "wechat":
            out += [snd, " %d-%02d-%02d %02d:%02d:%02d\n" % (t.year, t.month, t.day, t.hour, t.minute, t.second), txt, "\n"]
        elif layout == "vk":
            out += [snd, " (%d %s %d в %02d:%02d):\n" % (t.day, MON["ru"][t.month - 1][:3], t.year, t.hour, t.minute), txt, "\n"]
        elif layout == "kakao":
            out += ["%d. %d. %d. %s %d:%02d, " % (t.year, t.month, t.day, "오전" if t.hour < 12 else "오후", t.hour % 12 or 12, t.minute), snd, " : ", txt, "\n"]
        elif layout == "plain":
            out += [snd, ": ", txt, "\n"]
        else:
            raise KeyError(layout)
    if layout == "line":
        out = ["%d/%02d/%02d(%s)\n" % (t.year, t.month, t.day, R.choice(["月", "火", "水", "木", "金", "土", "日"]))] + out
    return out


LAYOUT_OF = {"en": ["wa_android", "wa_ios", "signal"], "de": ["wa_ios", "wa_android", "signal"], "fr": ["wa_android", "wa_ios"],
             "es": ["wa_android", "wa_ios"], "it": ["wa_android", "wa_ios"], "nl": ["wa_android", "wa_ios"], "pt": ["wa_android", "wa_ios"],
             "pl": ["wa_android", "telegram"], "ro": ["wa_android"], "sv": ["wa_ios", "signal"], "tr": ["wa_android", "telegram"],
             "ru": ["telegram", "vk", "wa_android"], "uk": ["telegram", "signal"], "ar": ["wa_android", "telegram"],
             "fa": ["telegram"], "he": ["wa_android", "wa_ios"], "hi": ["wa_android"], "id": ["wa_android"], "ms": ["wa_android"],
             "vi": ["plain"], "th": ["line"], "tl": ["wa_us", "plain"], "zh": ["line", "wechat"], "ja": ["line"], "ko": ["kakao"]}


def layout_for(R, loc, lang):
    if loc == "US":
        return R.choice(["wa_us", "signal"])
    if loc == "CN":
        return "wechat"
    if loc == "TW":
        return "line"
    return R.choice(LAYOUT_OF[lang])


# ====================================================================== T1: "Hi Mum, new number" scams
NEWNUM = {
    "en": ("Hi Mum it's me, dropped my phone in the sink 🙈 this is my new number, save it and delete the old one x",
           "Who's this?", "It's {kid} silly 😂 can you do me a massive favour?",
           "Got two bills due today and my banking app won't open on the new phone. Could you send {amt} and I'll pay you back {day}? 🙏",
           "Name on the account is {holder}, it's my mate's flatmate's account, long story", "Ring me first",
           "Can't talk, mic's broken on this one, just text x", "Mum that is NOT me!!! Block it. My number is still {real}"),
    "de": ("Hallo Mama, das ist meine neue Nummer, mein Handy ist kaputt 🙈 Speicher die bitte und lösch die alte",
           "Wer ist da?", "Ich bin's, {kid} 😅 Kannst du mir kurz helfen?",
           "Ich muss heute noch zwei Rechnungen bezahlen und mein Banking geht auf dem neuen Handy nicht. Kannst du {amt} überweisen? Ich geb's dir {day} zurück",
           "Empfänger ist {holder}, das ist das Konto von einem Kumpel", "Ruf mich mal an",
           "Geht gerade nicht, Mikro ist kaputt, schreib einfach", "Mama das bin ich NICHT!! Meine Nummer ist immer noch {real}"),
    "nl": ("Hoi mam, dit is mijn nieuwe nummer, mijn telefoon is in het water gevallen 🙈 sla deze op en verwijder de oude",
           "Met wie?", "Met {kid} natuurlijk 😅 kun je me even helpen?",
           "Ik moet vandaag nog 2 rekeningen betalen maar mijn bankapp werkt niet op de nieuwe telefoon. Kun jij {amt} overmaken? Ik betaal je {day} terug",
           "Op naam van {holder}, dat is de rekening van een vriendin", "Bel me even",
           "Kan niet bellen, microfoon doet het niet", "Mam dat ben ik NIET!! Mijn nummer is nog steeds {real}"),
    "fr": ("Coucou maman, c'est mon nouveau numéro, mon téléphone est tombé dans l'eau 🙈 enregistre celui-là",
           "C'est qui ?", "C'est moi, {kid} 😅 tu peux me rendre un petit service ?",
           "Je dois payer deux factures aujourd'hui et mon appli bancaire ne marche pas sur le nouveau téléphone. Tu peux faire un virement de {amt} ? Je te rembourse {day}",
           "Bénéficiaire : {holder}, c'est le compte d'un pote", "Appelle-moi",
           "Je peux pas, le micro est cassé, écris-moi", "Maman c'est PAS moi !! Mon numéro c'est toujours {real}"),
    "es": ("Hola mamá, este es mi número nuevo, se me rompió el móvil 🙈 guárdalo y borra el otro",
           "¿Quién eres?", "Soy yo, {kid} 😅 ¿me haces un favor?",
           "Tengo que pagar dos facturas hoy y la app del banco no me va en el móvil nuevo. ¿Me haces una transferencia de {amt}? Te lo devuelvo {day}",
           "El titular es {holder}, es la cuenta de una amiga", "Llámame",
           "No puedo, el micro no funciona, escríbeme", "Mamá esa NO soy yo!! Mi número sigue siendo {real}"),
    "it": ("Ciao mamma, questo è il mio nuovo numero, il telefono mi è caduto 🙈 salvalo e cancella il vecchio",
           "Chi sei?", "Sono io, {kid} 😅 mi fai un favore?",
           "Devo pagare due bollette oggi e l'app della banca non va sul telefono nuovo. Puoi farmi un bonifico di {amt}? Te li ridò {day}",
           "Intestato a {holder}, è il conto di un amico", "Chiamami",
           "Non posso, il microfono è rotto, scrivimi", "Mamma NON sono io!! Il mio numero è sempre {real}"),
    "pt": ("Oi mãe, esse é meu número novo, meu celular quebrou 🙈 salva esse e apaga o outro",
           "Quem é?", "Sou eu, {kid} 😅 pode me fazer um favor?",
           "Tenho que pagar dois boletos hoje e o app do banco não abre no celular novo. Pode transferir {amt}? Te devolvo {day}",
           "A conta está no nome de {holder}, é de uma amiga", "Me liga",
           "Não dá, o microfone tá ruim, só mensagem", "Mãe NÃO sou eu!! Meu número continua {real}"),
    "pl": ("Cześć mamo, to mój nowy numer, telefon mi wpadł do wody 🙈 zapisz ten, stary usuń",
           "Kto to?", "No ja, {kid} 😅 możesz mi pomóc?",
           "Muszę dziś zapłacić dwa rachunki, a aplikacja banku nie działa na nowym telefonie. Możesz przelać {amt}? Oddam {day}",
           "Odbiorca: {holder}, to konto kolegi", "Zadzwoń do mnie",
           "Nie mogę, mikrofon nie działa, pisz", "Mamo to NIE ja!! Mój numer to dalej {real}"),
    "sv": ("Hej mamma, det här är mitt nya nummer, mobilen gick sönder 🙈 spara det och radera det gamla",
           "Vem är det?", "Det är jag, {kid} 😅 kan du hjälpa mig?",
           "Jag måste betala två räkningar idag och bankappen funkar inte på nya telefonen. Kan du föra över {amt}? Jag betalar tillbaka {day}",
           "Mottagare {holder}, det är en kompis konto", "Ring mig",
           "Kan inte prata, mikrofonen är trasig", "Mamma det är INTE jag!! Mitt nummer är fortfarande {real}"),
    "tr": ("Anne merhaba, bu yeni numaram, telefonum bozuldu 🙈 bunu kaydet eskisini sil",
           "Kimsin?", "Benim, {kid} 😅 bir iyilik yapar mısın?",
           "Bugün iki fatura ödemem lazım, banka uygulaması yeni telefonda açılmıyor. {amt} gönderebilir misin? {day} geri veririm",
           "Alıcı {holder}, arkadaşımın hesabı", "Beni ara",
           "Arayamıyorum, mikrofon bozuk, yaz", "Anne o ben DEĞİLİM!! Numaram hâlâ {real}"),
    "ro": ("Bună mami, ăsta e numărul meu nou, mi s-a stricat telefonul 🙈 salvează-l",
           "Cine e?", "Eu sunt, {kid} 😅 mă ajuți cu ceva?",
           "Trebuie să plătesc azi două facturi și aplicația băncii nu merge pe telefonul nou. Poți să-mi trimiți {amt}? Ți-i dau înapoi {day}",
           "Titular {holder}, e contul unei prietene", "Sună-mă",
           "Nu pot, nu merge microfonul", "Mami NU sunt eu!! Numărul meu e tot {real}"),
    "ru": ("Мам привет, это мой новый номер, старый телефон разбился 🙈 сохрани этот",
           "Кто это?", "Это я, {kid} 😅 можешь помочь?",
           "Мне надо сегодня оплатить два счёта, а банковское приложение не работает на новом телефоне. Переведи {amt}, я верну {day}",
           "Получатель {holder}, это карта друга", "Позвони мне",
           "Не могу, микрофон сломан, пиши", "Мама это НЕ я!! Мой номер всё тот же {real}"),
    "uk": ("Мам привіт, це мій новий номер, телефон розбився 🙈 збережи цей",
           "Хто це?", "Це я, {kid} 😅 допоможеш?",
           "Мені треба сьогодні оплатити два рахунки, а банківський застосунок не працює на новому телефоні. Перекажи {amt}, поверну {day}",
           "Отримувач {holder}, це рахунок друга", "Подзвони мені",
           "Не можу, мікрофон зламаний", "Мамо це НЕ я!! Мій номер той самий {real}"),
    "ar": ("ماما هذا رقمي الجديد، جوالي انكسر 🙈 احفظيه وامسحي القديم",
           "مين معي؟", "أنا {kid} 😅 ممكن خدمة؟",
           "لازم أدفع فاتورتين اليوم وتطبيق البنك ما يشتغل على الجوال الجديد. تقدرين تحولين {amt}؟ أرجعها لك {day}",
           "الحساب باسم {holder}، حساب صديقي", "اتصل بي",
           "ما أقدر، المايك خربان، اكتبي", "ماما هذا مو أنا!! رقمي نفسه {real}"),
    "he": ("היי אמא, זה המספר החדש שלי, הטלפון נשבר 🙈 תשמרי אותו",
           "מי זה?", "זה אני, {kid} 😅 את יכולה לעשות לי טובה?",
           "אני צריך לשלם היום שני חשבונות והאפליקציה של הבנק לא עובדת בטלפון החדש. תעבירי {amt}? אחזיר לך {day}",
           "החשבון על שם {holder}, של חבר", "תתקשר אליי",
           "לא יכול, המיקרופון מקולקל", "אמא זה לא אני!! המספר שלי עדיין {real}"),
    "id": ("Ma, ini nomor baruku, HP lama rusak 🙈 simpan yang ini ya",
           "Siapa ini?", "Aku {kid} 😅 bisa bantu sebentar?",
           "Aku harus bayar dua tagihan hari ini tapi m-banking nggak bisa di HP baru. Bisa transfer {amt}? Nanti aku ganti {day}",
           "Atas nama {holder}, rekening teman", "Telepon aku",
           "Nggak bisa, mic rusak, chat aja", "Ma itu BUKAN aku!! Nomorku masih {real}"),
    "ms": ("Mak, ni nombor baru saya, telefon lama rosak 🙈 simpan yang ni",
           "Siapa ni?", "Saya la, {kid} 😅 boleh tolong sikit?",
           "Saya kena bayar dua bil hari ni tapi app bank tak jalan kat telefon baru. Boleh transfer {amt}? Nanti saya bayar balik {day}",
           "Nama akaun {holder}, akaun kawan", "Call saya",
           "Tak boleh, mic rosak", "Mak itu BUKAN saya!! Nombor saya masih {real}"),
}
NEWNUM_LOCS = ["GB", "AU", "ZA", "NG", "DE", "AT", "NL", "FR", "ES", "MX", "AR", "IT", "BR", "PT", "PL", "SE", "TR", "RO", "RU", "UA", "SA", "IL", "ID", "MY", "BE"]
MUM_WORD = {"en": "Mum", "de": "Mama", "nl": "mam", "fr": "Maman", "es": "Mamá", "it": "Mamma", "pt": "Mãe", "pl": "Mama",
            "sv": "Mamma", "tr": "Annem", "ro": "Mami", "ru": "Мама", "uk": "Мама", "ar": "ماما", "he": "אמא", "id": "Mama",
            "ms": "Mak"}
DAYWORD = {"en": "on Friday", "de": "am Freitag", "nl": "vrijdag", "fr": "vendredi", "es": "el viernes", "it": "venerdì", "pt": "na sexta",
           "pl": "w piątek", "sv": "på fredag", "tr": "cuma günü", "ro": "vineri", "ru": "в пятницу", "uk": "у п'ятницю",
           "ar": "يوم الجمعة", "he": "ביום שישי", "id": "hari Jumat", "ms": "hari Jumaat"}


def fmt_parts(tpl, **kw):
    """Splits a template string with {key} fields into parts (values may be L/N)."""
    out = []
    for piece in re.split(r"(\{\w+\})", tpl):
        m = re.fullmatch(r"\{(\w+)\}", piece)
        if m:
            out.append(kw[m.group(1)])
        elif piece:
            out.append(piece)
    return out


def no_luhn(R, n):
    """n random digits with no Luhn-valid window of 13-19 digits (a look-alike account number)."""
    while True:
        s = rnd(R, string.digits, n)
        if not any(luhn_ok(s[i:i + w]) for w in range(13, 20) for i in range(0, n - w + 1)):
            return s


GROUP_NAME = {"en": "Family", "de": "Familie", "nl": "Familie", "fr": "Famille", "es": "Familia", "it": "Famiglia", "pt": "Família",
              "pl": "Rodzinka", "sv": "Familjen", "tr": "Aile", "ro": "Familia", "ru": "Семья", "uk": "Родина", "ar": "العائلة",
              "he": "משפחה", "id": "Keluarga", "ms": "Keluarga"}


def t_newnumber(R, loc, k):
    lang = LANG_OF[loc]
    if loc in ("MA",):
        lang = "fr"
    m = NEWNUM[lang]
    used = set()
    mum = make_person(R, loc, "f", used=used, age=(45, 70))
    kid = make_person(R, loc, R.choice("mf"), family=(mum.family, mum.family_r), used=used, age=(17, 30))
    holder_loc = loc if loc in IBAN_OF else loc
    holder = make_person(R, holder_loc, used=used)
    scam = phone(R, loc, intl=True)
    scam_v = scam.value
    real = phone(R, loc, intl=False)
    cur = CUR[loc]
    amt = N(amount(R, cur), "amount")
    lay = layout_for(R, loc, lang)
    own_v = R.choice([mum.full(), mum.given])


    def S():
        return L("phone", scam_v, **scam.meta)

    def O():
        return L("person", own_v)
    pay = []
    if loc in IBAN_OF:
        pay = [L("iban", iban(R, IBAN_OF[loc]))]
        acct_line = ["IBAN ", pay[0]]
    elif loc in ("AU",):
        acct_line = [N("BSB %03d-%03d Acc %08d" % (R.randint(10, 999), R.randint(0, 999), R.randint(10 ** 7, 10 ** 8 - 1)), "bank_account")]
    elif loc in ("ZA",):
        acct_line = [N("Capitec acc %010d branch 470010" % R.randint(10 ** 9, 10 ** 10 - 1), "bank_account")]
    elif loc == "NG":
        acct_line = [N("Opay %010d" % R.randint(10 ** 9, 10 ** 10 - 1), "bank_account")]
    elif loc in ("ID", "MY"):
        acct_line = [N("%s %s" % (R.choice(["BCA", "BRI", "Mandiri"] if loc == "ID" else ["Maybank", "CIMB"]), rnd(R, string.digits, 10 if loc == "ID" else 12)), "bank_account")]
    elif loc in ("MX",):
        acct_line = [N("CLABE %s" % no_luhn(R, 18), "bank_account")]
    elif loc == "AR":
        acct_line = [N("alias %s" % R.choice(["sol.playa.mate", "lluvia.gato.rio", "nube.tango.pino"]), "payment_alias")]
    else:
        acct_line = [N("acc %s" % rnd(R, string.digits, 10), "bank_account")]
    msgs = [
        ([S()], [m[0]]),
        ([O()], [m[1]]),
        ([S()], fmt_parts(m[2], kid=L("person", kid.given))),
        ([S()], fmt_parts(m[3], amt=amt, day=N(DAYWORD[lang], "weekday"))),
        ([S()], fmt_parts(m[4], holder=L("person", holder.full())) + [" "] + acct_line),
    ]
    if R.random() < .5:
        msgs += [([O()], [m[5]]), ([S()], [m[6]])]
    t0 = datetime.datetime(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 27), R.randint(7, 20), R.randint(0, 59))
    body = chat_lines(R, lay, lang, msgs, start=t0)
    # the real child in the family group, later that day
    body += ["\n— ", N(GROUP_NAME[lang] + R.choice(["", " ❤️", " 🏡", " 👨‍👩‍👧"]), "group_name"), " —\n"]
    body += chat_lines(R, lay, lang, [([L("person", kid.full())], fmt_parts(m[7], real=real))], start=t0 + datetime.timedelta(hours=R.randint(1, 5)))
    return "chat_export", lang, loc, wrap_req(R, lang, "scam", body)


# ====================================================================== T2: dating profiles and romance-scam chats
DATING_APPS = ["Lunamatch", "Hearthly", "Tandemly", "Corazonly", "Kismetto", "Swoonr"]
DATE = {
    "en": ("Widowed engineer on an offshore rig 🌊 looking for something real. God-fearing. No games.",
           "Hello {user} 😊 your smile made my day", "Thanks! Where are you based?",
           "Working on a platform in the North Sea, signal is bad here. Let's move to WhatsApp, I hardly use this app: {ph}",
           "OK. I'm @{hd} on Insta if you want", "My darling I'm in trouble, customs are holding my equipment and I need {amt} today. Send it to my agent {holder}, {pay}",
           "I don't know... I've never even heard your voice"),
    "de": ("Witwer, Ingenieur auf einer Bohrinsel 🌊 suche etwas Ehrliches. Keine Spielchen.",
           "Hallo {user} 😊 dein Lächeln ist wunderschön", "Danke! Wo bist du gerade?",
           "Auf einer Plattform in der Nordsee, hier ist schlechter Empfang. Lass uns auf WhatsApp schreiben: {ph}",
           "Okay. Ich bin @{hd} auf Insta", "Mein Schatz, der Zoll hält meine Ausrüstung fest, ich brauche heute {amt}. Bitte an meinen Agenten {holder}, {pay}",
           "Ich weiß nicht… ich habe nicht mal deine Stimme gehört"),
    "fr": ("Veuf, ingénieur sur une plateforme pétrolière 🌊 je cherche du sérieux.",
           "Bonjour {user} 😊 ton sourire m'a touché", "Merci ! Tu es où en ce moment ?",
           "Sur une plateforme en mer, le réseau est mauvais. Écris-moi sur WhatsApp : {ph}",
           "D'accord. Je suis @{hd} sur Insta", "Mon amour, la douane bloque mon matériel, il me faut {amt} aujourd'hui. Envoie à mon agent {holder}, {pay}",
           "Je ne sais pas… je n'ai jamais entendu ta voix"),
    "es": ("Viudo, ingeniero en una plataforma petrolera 🌊 busco algo serio.",
           "Hola {user} 😊 tu sonrisa me alegró el día", "¡Gracias! ¿Dónde estás ahora?",
           "En una plataforma en alta mar, aquí casi no hay señal. Escríbeme al WhatsApp: {ph}",
           "Vale. Soy @{hd} en Insta", "Mi amor, la aduana retiene mi equipo y necesito {amt} hoy. Mándalo a mi agente {holder}, {pay}",
           "No sé… ni siquiera he oído tu voz"),
    "it": ("Vedovo, ingegnere su una piattaforma 🌊 cerco qualcosa di vero.",
           "Ciao {user} 😊 il tuo sorriso è bellissimo", "Grazie! Dove sei adesso?",
           "Su una piattaforma nel Mare del Nord, qui non prende. Scrivimi su WhatsApp: {ph}",
           "Ok. Sono @{hd} su Insta", "Amore mio, la dogana blocca la mia attrezzatura e mi servono {amt} oggi. Mandali al mio agente {holder}, {pay}",
           "Non so… non ho mai sentito la tua voce"),
    "nl": ("Weduwnaar, ingenieur op een booreiland 🌊 op zoek naar iets echts.",
           "Hoi {user} 😊 je glimlach is prachtig", "Dank je! Waar zit je nu?",
           "Op een platform op de Noordzee, slecht bereik hier. App me op WhatsApp: {ph}",
           "Oké. Ik ben @{hd} op Insta", "Lieverd, de douane houdt mijn spullen vast, ik heb vandaag {amt} nodig. Stuur het naar mijn agent {holder}, {pay}",
           "Ik weet het niet… ik heb je stem nog nooit gehoord"),
    "pt": ("Viúvo, engenheiro numa plataforma de petróleo 🌊 procuro algo sério.",
           "Oi {user} 😊 seu sorriso é lindo", "Obrigada! Onde você está?",
           "Numa plataforma no mar, o sinal é ruim. Me chama no WhatsApp: {ph}",
           "Tá. Sou @{hd} no Insta", "Meu amor, a alfândega segurou meu equipamento e preciso de {amt} hoje. Manda pro meu agente {holder}, {pay}",
           "Não sei… nunca nem ouvi sua voz"),
    "pl": ("Wdowiec, inżynier na platformie wiertniczej 🌊 szukam czegoś prawdziwego.",
           "Cześć {user} 😊 masz piękny uśmiech", "Dzięki! Gdzie teraz jesteś?",
           "Na platformie na Morzu Północnym, słaby zasięg. Napisz na WhatsApp: {ph}",
           "Ok. Jestem @{hd} na Insta", "Kochanie, celnicy zatrzymali mój sprzęt, potrzebuję dziś {amt}. Wyślij do mojego agenta {holder}, {pay}",
           "Nie wiem… nigdy nie słyszałam twojego głosu"),
    "tr": ("Dul, petrol platformunda mühendis 🌊 ciddi bir ilişki arıyorum.",
           "Merhaba {user} 😊 gülüşün çok güzel", "Teşekkürler! Şu an neredesin?",
           "Kuzey Denizi'nde bir platformdayım, çekmiyor. WhatsApp'tan yaz: {ph}",
           "Tamam. Insta'da @{hd}", "Canım, gümrük ekipmanımı tuttu, bugün {amt} lazım. Ajanım {holder} adına gönder: {pay}",
           "Bilmiyorum… sesini bile duymadım"),
    "ru": ("Вдовец, инженер на нефтяной платформе 🌊 ищу серьёзные отношения.",
           "Привет, {user} 😊 у тебя красивая улыбка", "Спасибо! Где ты сейчас?",
           "На платформе в Северном море, связь плохая. Напиши в WhatsApp: {ph}",
           "Хорошо. Я @{hd} в инсте", "Дорогая, таможня задержала оборудование, сегодня нужно {amt}. Переведи моему агенту {holder}, {pay}",
           "Не знаю… я даже голос твой не слышала"),
    "ja": ("海外の石油プラットフォームで働くエンジニアです🌊 真剣な出会いを探しています。",
           "{user}さん、こんにちは😊 笑顔が素敵ですね", "ありがとうございます！今どちらに？",
           "北海のプラットフォームにいて電波が悪いです。WhatsAppで話しましょう：{ph}",
           "はい。インスタは @{hd} です", "大変です、税関で機材が止められて今日中に{amt}必要です。代理人の{holder}さんに送ってください：{pay}",
           "声も聞いたことないのに…"),
    "ko": ("해외 석유 플랫폼에서 일하는 엔지니어입니다🌊 진지한 만남 원해요.",
           "{user}님 안녕하세요😊 미소가 너무 예뻐요", "감사해요! 지금 어디 계세요?",
           "북해 플랫폼이라 신호가 약해요. 왓츠앱으로 얘기해요: {ph}",
           "네. 인스타는 @{hd} 예요", "자기야 세관에서 장비를 잡아서 오늘 {amt}이 필요해. 대리인 {holder}에게 보내줘: {pay}",
           "목소리도 못 들어봤는데…"),
    "zh": ("在海上鑽油平台工作的工程師🌊 想找認真的對象。",
           "{user}你好😊 你的笑容很好看", "謝謝！你現在在哪？",
           "在北海的平台上，訊號很差。加我WhatsApp吧：{ph}",
           "好。我的IG是 @{hd}", "寶貝，海關扣了我的設備，今天需要{amt}。請匯給我的代理人{holder}：{pay}",
           "我連你的聲音都沒聽過…"),
    "th": ("วิศวกรแท่นขุดเจาะน้ำมันกลางทะเล🌊 หาคนจริงใจ",
           "สวัสดีครับคุณ{user} 😊 ยิ้มสวยมาก", "ขอบคุณค่ะ ตอนนี้อยู่ที่ไหนคะ",
           "อยู่บนแท่นกลางทะเลเหนือ สัญญาณไม่ดี คุยทาง WhatsApp นะ: {ph}",
           "ได้ค่ะ ไอจีชื่อ @{hd}", "ที่รัก ศุลกากรยึดอุปกรณ์ไว้ วันนี้ต้องใช้ {amt} โอนให้ตัวแทนผม {holder}: {pay}",
           "ยังไม่เคยได้ยินเสียงเลย…"),
    "vi": ("Kỹ sư làm việc trên giàn khoan ngoài khơi🌊 tìm người nghiêm túc.",
           "Chào {user} 😊 nụ cười của em đẹp quá", "Cảm ơn anh! Anh đang ở đâu?",
           "Anh ở trên giàn khoan Biển Bắc, sóng yếu lắm. Nhắn WhatsApp cho anh: {ph}",
           "Vâng. Insta của em là @{hd}", "Em yêu, hải quan giữ thiết bị của anh, hôm nay cần {amt}. Chuyển cho người đại diện {holder}: {pay}",
           "Em còn chưa nghe giọng anh…"),
    "id": ("Duda, insinyur di anjungan minyak lepas pantai🌊 cari yang serius.",
           "Halo {user} 😊 senyummu manis sekali", "Makasih! Sekarang di mana?",
           "Di anjungan Laut Utara, sinyal jelek. Chat di WhatsApp aja: {ph}",
           "Oke. IG aku @{hd}", "Sayang, bea cukai menahan peralatanku, hari ini butuh {amt}. Kirim ke agenku {holder}: {pay}",
           "Aku bahkan belum pernah dengar suaramu…"),
}
DATING_LOCS = ["US", "GB", "AU", "PH", "DE", "AT", "FR", "ES", "MX", "CO", "IT", "NL", "BR", "PL", "TR", "RU", "JP", "KR", "TW", "TH", "VN", "ID"]
SCAM_PLAN = ["GB", "NG", "US", "ZA", "MY", "GB", "NG"]


def t_dating(R, loc, k):
    lang = LANG_OF[loc] if loc != "PH" else "en"
    m = DATE[lang]
    used = set()
    user = make_person(R, loc, "f" if R.random() < .8 else "m", used=used, age=(28, 66))
    sc_loc = R.choice([c for c in ["US", "GB", "DE", "FR", "IT", "NL", "AU", "ZA"] if c != loc])
    scammer = make_person(R, sc_loc, "m" if user.sex == "f" else "f", used=used, age=(40, 58))
    holder = make_person(R, R.choice(["NG", "GB", "US", "ZA", "MY"]), used=used)
    plan = R.choice([c for c in SCAM_PLAN if c != loc])
    ph = phone(R, plan, region=loc if loc != "PH" else "PH")
    if R.random() < .5 and loc in IBAN_OF:
        pay = [L("iban", iban(R, R.choice(["GB", "LT" if False else "DE", "ES", "NL"])))]
    elif R.random() < .5:
        c, iss = card(R)
        pay = [N(R.choice(["Steam", "Apple", "Google Play", "Razer Gold"]) + " gift cards", "gift_card")] if R.random() < .3 else [N("USDT (TRC20) " + trx_addr(R), "crypto_address")]
    else:
        pay = [N("BTC " + btc_addr(R), "crypto_address")]
    hd = L("person", handle(R, user), sub="handle")
    app = R.choice(DATING_APPS)
    prof = ["%s · Match\n" % app, L("person", scammer.full()), ", %d · %s\n" % (R.randint(44, 57), R.choice(["2 km", "5 km", "11 km", "Aberdeen", "Houston", "Dubai"])),
            m[0], "\n", N("profile id %d" % R.randint(10 ** 8, 10 ** 9), "profile_id"), "\n\n"]
    usr = user.given if R.random() < .7 else user.full()
    me = R.choice([user.given, user.full()])
    you = {"en": "You", "de": "Du", "fr": "Vous", "es": "Tú", "it": "Tu", "nl": "Jij", "pt": "Você", "pl": "Ty", "tr": "Sen", "ru": "Вы",
           "ja": "自分", "ko": "나", "zh": "我", "th": "คุณ", "vi": "Bạn", "id": "Kamu"}[lang]
    ME = (lambda: L("person", me)) if R.random() < .4 else (lambda: N(you, "self"))
    msgs = [([L("person", scammer.given)], fmt_parts(m[1], user=L("person", usr))),
            ([ME()], [m[2]]),
            ([L("person", scammer.given)], fmt_parts(m[3], ph=ph)),
            ([ME()], fmt_parts(m[4], hd=hd)),
            ([L("person", scammer.given)], fmt_parts(m[5], amt=N(amount(R, CUR[loc]), "amount"), holder=L("person", holder.full()), pay=pay)),
            ([ME()], [m[6]])]
    body = prof + chat_lines(R, "plain" if R.random() < .5 else layout_for(R, loc, lang), lang, msgs)
    return "chat", lang, loc, wrap_req(R, lang, "scam", body)


# ====================================================================== T3/T4: data-access exports
PLATFORMS = ["Chirpboard", "Pixolo", "Vibelane", "Flockr", "Murmur", "Lunamatch", "Hearthly", "Snapnest", "Kwikreel"]
UA_STR = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
          "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/125.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
          "okhttp/4.12.0", "Pixolo/312.0.0.32.112 (iPhone15,3; iOS 17_4; fr_FR)"]
CITY_OF = {"US": "Tulsa, US", "GB": "Leeds, GB", "IN": "Pune, IN", "INH": "Lucknow, IN", "PH": "Quezon City, PH", "NG": "Lagos, NG",
           "ZA": "Pretoria, ZA", "AU": "Brisbane, AU", "DE": "Leipzig, DE", "AT": "Graz, AT", "FR": "Rennes, FR", "BE": "Liège, BE",
           "ES": "Valencia, ES", "MX": "Guadalajara, MX", "AR": "Córdoba, AR", "CO": "Medellín, CO", "IT": "Bologna, IT",
           "NL": "Utrecht, NL", "BR": "Recife, BR", "PT": "Braga, PT", "PL": "Kraków, PL", "RO": "Cluj-Napoca, RO",
           "SE": "Uppsala, SE", "TR": "İzmir, TR", "RU": "Kazan, RU", "UA": "Lviv, UA", "EG": "Giza, EG", "SA": "Riyadh, SA",
           "MA": "Rabat, MA", "IR": "Shiraz, IR", "IL": "Haifa, IL", "ID": "Bandung, ID", "MY": "Shah Alam, MY",
           "VN": "Hanoi, VN", "TH": "Bangkok, TH", "TW": "Taichung, TW", "CN": "Chengdu, CN", "JP": "Fukuoka, JP", "KR": "Daejeon, KR"}
EXPORT_LOCS = ["DE", "FR", "ES", "IT", "NL", "PL", "SE", "AT", "BE", "PT", "RO", "GB", "US", "BR", "TR", "IN", "INH", "PH", "ZA",
               "AU", "MX", "AR", "JP", "KR", "TW", "CN", "VN", "TH", "ID", "MY", "EG", "SA", "IL", "IR", "UA", "RU", "NG", "CO", "MA"]


def iso_ts(R, year=None):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (year or R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def jstr(v):
    """A JSON string literal of a label's value (escaped as json.dumps would)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def t_gdpr_json(R, loc, k):
    lang = LANG_OF[loc]
    used = set()
    p = make_person(R, loc, used=used, age=(16, 60))
    plat = R.choice(PLATFORMS)
    ind = "  "
    uname = [L("person", handle(R, p), sub="handle")] if R.random() < .5 else [N(pseudo(R), "pseudonym")]
    em = L("email", email(R, p))
    ph = phone(R, loc, intl=True)
    dob = L("dob", p.dob.isoformat() if R.random() < .7 else "%02d/%02d/%d" % (p.dob.day, p.dob.month, p.dob.year))
    parts = ["{\n", ind, '"profile": {\n',
             ind * 2, '"user_id": "', N(str(R.randint(10 ** 9, 10 ** 11)), "user_id"), '",\n',
             ind * 2, '"username": "', uname, '",\n',
             ind * 2, '"name": "', L("person", p.full()), '",\n',
             ind * 2, '"email": "', em, '",\n',
             ind * 2, '"phone_number": "', L("phone", re.sub(r"[ ()\-]", "", ph.value), **ph.meta), '",\n',
             ind * 2, '"date_of_birth": "', dob, '",\n',
             ind * 2, '"created_at": "', N(iso_ts(R, R.choice([2016, 2018, 2020, 2021])), "timestamp"), '",\n',
             ind * 2, '"language": "', N(lang + "_" + PHONE_LOC.get(loc, loc), "locale"), '"\n',
             ind, "},\n"]
    if R.random() < .5:
        parts += [ind, '"shipping_address": "', L("address", address(R, loc)), '",\n']
    parts += [ind, '"devices": [\n']
    for i in range(R.randint(1, 2)):
        dev = R.choice([("android_id", android_id(R), "android_id"), ("advertising_id", uuid_like(R), "ad_id"), ("idfv", uuid_like(R, True), "idfv")])
        parts += [ind * 2, '{"', dev[0], '": "', N(dev[1], dev[2]), '", "model": "', N(R.choice(["SM-A546B", "iPhone15,3", "Pixel 8", "Redmi Note 13", "CPH2581"]), "device_model"),
                  '", "os": "', N(R.choice(["Android 14", "iOS 17.5", "Android 13", "iOS 18.1"]), "version"), '"}', ",\n" if i == 0 else "\n"]
        if i == 0 and R.random() < .5:
            parts[-1] = "\n"
            break
    parts += [ind, "],\n", ind, '"login_activity": [\n']
    n = R.randint(2, 4)
    for i in range(n):
        parts += [ind * 2, '{"timestamp": "', N(iso_ts(R), "timestamp"), '", "ip_address": "', ip(R), '", "location": "',
                  N(CITY_OF[loc] if i else R.choice(list(CITY_OF.values())), "city"), '", "user_agent": "', N(R.choice(UA_STR), "user_agent"), '"}', ",\n" if i < n - 1 else "\n"]
    parts += [ind, "]"]
    if R.random() < .6:
        used2 = used
        parts += [",\n", ind, '"uploaded_contacts": [\n']
        m = R.randint(1, 2)
        for i in range(m):
            q = make_person(R, loc, used=used2)
            qp = phone(R, loc)
            parts += [ind * 2, '{"name": "', L("person", q.full() if R.random() < .6 else q.given), '", "phone": "', qp, '"}', ",\n" if i < m - 1 else "\n"]
        parts += [ind, "]"]
    parts += ["\n}"]
    head = [N("%s — %s" % (plat, R.choice(["Download your information", "Data export", "Access request (Art. 15 GDPR)", "your_information.json"])), "platform"), "\n"]
    return "export", lang, loc, wrap_req(R, lang, "export", head + parts)


def t_login_csv(R, loc, k):
    lang = LANG_OF[loc]
    used = set()
    p = make_person(R, loc, used=used)
    em = email(R, p)
    style = R.choice(["csv", "tsv", "md"])
    cols = ["date", "event", "ip_address", "location", "device", "account"]
    sep = {"csv": ",", "tsv": "\t", "md": " | "}[style]
    rows = []
    n = R.randint(3, 6)
    evs = ["login", "login", "password_change", "2fa_disabled", "email_change", "login_failed", "session_revoked"]
    attacker = ip(R)
    show_mail = R.random() < .35
    uid = str(R.randint(10 ** 7, 10 ** 10))
    for i in range(n):
        t = N(iso_ts(R, 2026).replace("T", " ").rstrip("Z"), "timestamp")
        ev = R.choice(evs)
        use_att = i >= n - 2
        addr = L("ip", attacker.value, **attacker.meta) if use_att else ip(R)
        loc_txt = N(R.choice(["Lagos, NG", "Jakarta, ID", "Moscow, RU", "Hanoi, VN", "São Paulo, BR"]) if use_att else CITY_OF[loc], "city")
        dev = N(R.choice(["Chrome on Windows", "iPhone 13", "Safari on macOS", "Android", "Firefox 126 on Linux"]), "device")
        acct = L("email", em) if show_mail else N(uid, "user_id")
        cells = [t, ev, addr, loc_txt, dev, acct]
        row = []
        for j, c in enumerate(cells):
            if j:
                row.append(sep)
            row.append(c)
        if style == "md":
            row = ["| "] + row + [" |"]
        rows += row + ["\n"]
    head = sep.join(cols)
    if style == "md":
        head = "| " + head + " |\n|" + "---|" * len(cols)
    body = [N(R.choice(PLATFORMS), "platform"), " — account_activity.%s\n" % style.replace("md", "md (pasted)"), head, "\n"] + rows
    return style if style != "md" else "table", lang, loc, wrap_req(R, lang, "hack", body)


# ====================================================================== T5: 2FA setup, recovery and backup codes
CODES_HEAD = {
    "en": ("Backup codes for {em}", "Keep these somewhere safe. Each code can be used once.", "App password for Mail on iPhone", "Can't scan? Enter this setup key:", "used"),
    "de": ("Backup-Codes für {em}", "Bewahre sie sicher auf. Jeder Code funktioniert nur einmal.", "App-Passwort für Outlook", "Scannen klappt nicht? Einrichtungsschlüssel:", "verwendet"),
    "fr": ("Codes de secours pour {em}", "Conservez-les en lieu sûr. Chaque code ne fonctionne qu'une fois.", "Mot de passe d'application (Thunderbird)", "Impossible de scanner ? Saisissez cette clé :", "utilisé"),
    "es": ("Códigos de respaldo de {em}", "Guárdalos en un lugar seguro. Cada código sirve una sola vez.", "Contraseña de aplicación para Correo", "¿No puedes escanear? Introduce esta clave:", "usado"),
    "it": ("Codici di backup per {em}", "Conservali in un posto sicuro. Ogni codice vale una volta.", "Password per le app (Mail)", "Non riesci a scansionare? Inserisci questa chiave:", "usato"),
    "nl": ("Back-upcodes voor {em}", "Bewaar ze op een veilige plek. Elke code werkt één keer.", "App-wachtwoord voor Mail", "Kun je niet scannen? Voer deze sleutel in:", "gebruikt"),
    "pt": ("Códigos de backup de {em}", "Guarde em um lugar seguro. Cada código só funciona uma vez.", "Senha de app para o Mail", "Não consegue escanear? Digite esta chave:", "usado"),
    "pl": ("Kody zapasowe dla {em}", "Przechowuj je w bezpiecznym miejscu. Każdy kod działa raz.", "Hasło do aplikacji (Poczta)", "Nie możesz zeskanować? Wpisz klucz:", "użyty"),
    "sv": ("Reservkoder för {em}", "Förvara dem säkert. Varje kod fungerar en gång.", "Applösenord för Mail", "Kan du inte skanna? Ange nyckeln:", "använd"),
    "tr": ("{em} için yedek kodlar", "Güvenli bir yerde saklayın. Her kod bir kez kullanılabilir.", "Uygulama şifresi (Mail)", "Tarayamıyor musunuz? Bu anahtarı girin:", "kullanıldı"),
    "ru": ("Резервные коды для {em}", "Храните их в надёжном месте. Каждый код одноразовый.", "Пароль приложения для Почты", "Не получается отсканировать? Введите ключ:", "использован"),
    "uk": ("Резервні коди для {em}", "Зберігайте їх у надійному місці. Кожен код одноразовий.", "Пароль застосунку для Пошти", "Не вдається сканувати? Введіть ключ:", "використано"),
    "ja": ("{em} のバックアップコード", "安全な場所に保管してください。各コードは1回のみ使用できます。", "アプリパスワード（メール）", "スキャンできない場合はこのキーを入力：", "使用済み"),
    "ko": ("{em} 백업 코드", "안전한 곳에 보관하세요. 각 코드는 한 번만 사용할 수 있습니다.", "앱 비밀번호 (메일)", "스캔이 안 되면 이 키를 입력하세요:", "사용됨"),
    "zh": ("{em} 的備用驗證碼", "請妥善保存，每組代碼只能使用一次。", "應用程式密碼（郵件）", "無法掃描？請輸入此金鑰：", "已使用"),
    "id": ("Kode cadangan untuk {em}", "Simpan di tempat aman. Setiap kode hanya bisa dipakai sekali.", "Sandi aplikasi untuk Mail", "Tidak bisa memindai? Masukkan kunci ini:", "terpakai"),
    "vi": ("Mã dự phòng cho {em}", "Hãy lưu ở nơi an toàn. Mỗi mã chỉ dùng được một lần.", "Mật khẩu ứng dụng cho Mail", "Không quét được? Nhập khóa này:", "đã dùng"),
    "ar": ("رموز احتياطية لـ {em}", "احفظها في مكان آمن. كل رمز يعمل مرة واحدة.", "كلمة مرور التطبيق (البريد)", "لا يمكنك المسح؟ أدخل هذا المفتاح:", "مستخدم"),
    "he": ("קודי גיבוי עבור {em}", "שמרו אותם במקום בטוח. כל קוד עובד פעם אחת.", "סיסמת אפליקציה (דואר)", "לא מצליחים לסרוק? הזינו את המפתח:", "נוצל"),
}
CODES_REQ = {"en": "Where should I keep these? Is it OK to store them in my notes app?", "de": "Wo soll ich die am besten aufheben?",
             "fr": "Où est-ce que je garde ça ? Dans mes notes, c'est OK ?", "es": "¿Dónde guardo esto? ¿En las notas del móvil vale?",
             "it": "Dove li conservo? Va bene nelle note del telefono?", "nl": "Waar bewaar ik dit het beste?", "pt": "Onde eu guardo isso? Pode ser no bloco de notas?",
             "pl": "Gdzie to najlepiej trzymać?", "sv": "Var ska jag spara de här?", "tr": "Bunları nerede saklamalıyım?", "ru": "Где это лучше хранить?",
             "uk": "Де це краще зберігати?", "ja": "これはどこに保管すればいいですか？", "ko": "이거 어디에 보관하는 게 좋아요?", "zh": "這些要存在哪裡比較安全？",
             "id": "Ini sebaiknya disimpan di mana?", "vi": "Mình nên cất mấy cái này ở đâu?", "ar": "أين أحفظ هذه الرموز؟", "he": "איפה כדאי לשמור את זה?"}
CODES_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RU", "UA", "JP", "KR", "TW", "ID", "VN", "SA", "IL", "AU", "MX", "AT", "PT", "IN"]


def t_recovery(R, loc, k):
    lang = LANG_OF[loc]
    h = CODES_HEAD[lang]
    used = set()
    p = make_person(R, loc, used=used)
    em_v = email(R, p)
    plat = R.choice(["Chirpboard", "Pixolo", "Vibelane", "Murmur", "Flockr", "Snapnest"])
    style = R.choice(["digits8", "hex5", "alnum12", "upper4x4", "digits10"])
    codes = recovery_codes(R, style)
    parts = [N(plat, "platform"), " · "] + fmt_parts(h[0], em=L("email", em_v)) + ["\n", h[1], "\n\n"]
    used_i = R.sample(range(len(codes)), k=R.choice([0, 1, 2]))
    for i, c in enumerate(codes):
        if i in used_i:
            parts += ["%d. " % (i + 1), N("~~" + c + "~~", "used_code"), " (" + h[4] + ")\n"]
        else:
            parts += ["%d. " % (i + 1), L("secret", c, sub="recovery_code"), "\n"]
    if R.random() < .6:
        parts += ["\n", h[3], "\n", L("secret", totp_seed(R), sub="totp_seed"), "\n"]
    else:
        s = totp_seed(R, grouped=False)
        parts += ["\notpauth://totp/", N(plat, "platform"), ":", L("email", em_v), "?secret=", L("secret", s, sub="totp_seed"), "&issuer=", plat, "&digits=6\n"]
    if R.random() < .6:
        parts += ["\n", h[2], ": ", L("secret", app_password(R), sub="app_password"), "\n"]
    if R.random() < .5:
        parts += ["\n", N("SMS 2026: %s %s" % (R.choice(["G-", "", "#"]), otp(R)), "otp_code"), " · ", N(R.choice(["short code 32665", "sender ID VERIFY", "from 22395"]), "short_code"), "\n"]
    if R.random() < .4:
        ph = phone(R, loc)
        parts += [R.choice(["Recovery phone: ", "SMS → ", "☎ "]), ph, "\n"]
    q = CODES_REQ[lang]
    return "list", lang, loc, ([q + "\n\n"] + parts) if R.random() < .5 else (parts + ["\n" + q])


# ====================================================================== T6: hacked-account accounts (free text)
HACK = {
    "en": "My {plat} account (@{hd}) was taken over last night. They changed the email from {em} to {aem} and the phone to {aph}, and the login history shows {ip}. My real number is {ph}. Support wants my date of birth, it's {dob}, and my full name {name}. They're now DMing my friends asking for money.",
    "de": "Mein {plat}-Konto (@{hd}) wurde gestern Nacht übernommen. Die E-Mail wurde von {em} auf {aem} geändert, die Nummer auf {aph}, im Login-Verlauf steht {ip}. Meine echte Nummer ist {ph}. Der Support will mein Geburtsdatum: {dob}, voller Name {name}. Jetzt schreiben die meinen Freunden und wollen Geld.",
    "fr": "Mon compte {plat} (@{hd}) a été piraté cette nuit. L'adresse est passée de {em} à {aem} et le numéro à {aph}, l'historique montre {ip}. Mon vrai numéro : {ph}. Le support demande ma date de naissance, {dob}, et mon nom complet, {name}. Ils écrivent à mes amis pour demander de l'argent.",
    "es": "Anoche me robaron la cuenta de {plat} (@{hd}). Cambiaron el correo de {em} a {aem} y el teléfono a {aph}; en el historial sale {ip}. Mi número real es {ph}. Soporte pide mi fecha de nacimiento, {dob}, y mi nombre completo, {name}. Ahora les piden dinero a mis amigos.",
    "it": "Stanotte mi hanno rubato l'account {plat} (@{hd}). Hanno cambiato l'email da {em} a {aem} e il numero in {aph}; nella cronologia accessi c'è {ip}. Il mio numero vero è {ph}. L'assistenza vuole la data di nascita, {dob}, e il nome completo, {name}. Ora chiedono soldi ai miei amici.",
    "nl": "Mijn {plat}-account (@{hd}) is vannacht overgenomen. Het e-mailadres is veranderd van {em} naar {aem} en het nummer naar {aph}; in de inloggeschiedenis staat {ip}. Mijn echte nummer is {ph}. De support wil mijn geboortedatum, {dob}, en volledige naam, {name}. Ze vragen nu geld aan mijn vrienden.",
    "pt": "Roubaram minha conta do {plat} (@{hd}) ontem à noite. Trocaram o e-mail de {em} para {aem} e o celular para {aph}; no histórico aparece {ip}. Meu número de verdade é {ph}. O suporte pede minha data de nascimento, {dob}, e nome completo, {name}. Estão pedindo Pix pros meus amigos.",
    "pl": "W nocy przejęto moje konto {plat} (@{hd}). Zmienili e-mail z {em} na {aem} i numer na {aph}; w historii logowań jest {ip}. Mój prawdziwy numer to {ph}. Wsparcie chce daty urodzenia, {dob}, i pełnego imienia i nazwiska, {name}. Teraz piszą do znajomych o BLIK-a.",
    "tr": "{plat} hesabım (@{hd}) dün gece ele geçirildi. E-postayı {em} adresinden {aem} olarak, telefonu {aph} olarak değiştirmişler; giriş geçmişinde {ip} var. Gerçek numaram {ph}. Destek doğum tarihimi istiyor: {dob}, adım soyadım {name}. Şimdi arkadaşlarımdan para istiyorlar.",
    "ru": "Ночью угнали мой аккаунт {plat} (@{hd}). Почту сменили с {em} на {aem}, телефон на {aph}, в истории входов {ip}. Мой настоящий номер {ph}. Поддержка просит дату рождения — {dob} — и полное имя, {name}. Теперь пишут друзьям и просят денег.",
    "uk": "Вночі викрали мій акаунт {plat} (@{hd}). Пошту змінили з {em} на {aem}, телефон на {aph}, в історії входів {ip}. Мій справжній номер {ph}. Підтримка просить дату народження — {dob} — і повне ім'я, {name}. Тепер пишуть друзям і просять гроші.",
    "ar": "تم الاستيلاء على حسابي في {plat} (@{hd}) الليلة الماضية. غيّروا البريد من {em} إلى {aem} والرقم إلى {aph}، وسجل الدخول يظهر {ip}. رقمي الحقيقي {ph}. الدعم يطلب تاريخ ميلادي {dob} واسمي الكامل {name}. الآن يطلبون المال من أصدقائي.",
    "fa": "دیشب اکانت {plat} من (@{hd}) هک شد. ایمیل رو از {em} به {aem} و شماره رو به {aph} عوض کردن، توی تاریخچه ورود {ip} هست. شماره واقعی من {ph} است. پشتیبانی تاریخ تولدم رو می‌خواد: {dob}، اسم کامل: {name}. الان از دوستام پول می‌خوان.",
    "hi": "कल रात मेरा {plat} अकाउंट (@{hd}) हैक हो गया। ईमेल {em} से बदलकर {aem} और नंबर {aph} कर दिया, लॉगिन हिस्ट्री में {ip} दिख रहा है। मेरा असली नंबर {ph} है। सपोर्ट जन्मतिथि माँग रहा है: {dob}, पूरा नाम {name}। अब वो मेरे दोस्तों से पैसे माँग रहे हैं।",
    "id": "Akun {plat} saya (@{hd}) dibajak semalam. Email diganti dari {em} ke {aem} dan nomor ke {aph}, di riwayat login ada {ip}. Nomor asli saya {ph}. CS minta tanggal lahir, {dob}, dan nama lengkap, {name}. Sekarang mereka minta uang ke teman-teman saya.",
    "vi": "Tối qua tài khoản {plat} của mình (@{hd}) bị chiếm. Họ đổi email từ {em} sang {aem} và số điện thoại thành {aph}, lịch sử đăng nhập có {ip}. Số thật của mình là {ph}. Hỗ trợ hỏi ngày sinh: {dob}, họ tên đầy đủ: {name}. Giờ họ nhắn bạn bè mình vay tiền.",
    "ja": "昨夜、{plat}のアカウント（@{hd}）が乗っ取られました。メールが{em}から{aem}に、電話番号が{aph}に変更され、ログイン履歴に{ip}があります。本当の番号は{ph}です。サポートに生年月日（{dob}）とフルネーム（{name}）を求められています。今、友達にお金を要求するDMを送っています。",
    "ko": "어젯밤 제 {plat} 계정(@{hd})이 탈취됐어요. 이메일을 {em}에서 {aem}로, 전화번호를 {aph}로 바꿨고 로그인 기록에 {ip}가 있어요. 제 진짜 번호는 {ph}예요. 고객센터가 생년월일 {dob}과 이름 {name}을 요구해요. 지금 친구들한테 돈을 빌려 달라고 DM 보내고 있어요.",
    "zh": "我的{plat}帳號（@{hd}）昨晚被盜了。信箱從{em}被改成{aem}，手機改成{aph}，登入紀錄裡有{ip}。我真正的號碼是{ph}。客服要我的生日{dob}和全名{name}。現在他們在私訊我朋友借錢。",
    "th": "เมื่อคืนบัญชี {plat} ของฉัน (@{hd}) โดนยึด เขาเปลี่ยนอีเมลจาก {em} เป็น {aem} และเบอร์เป็น {aph} ประวัติการเข้าสู่ระบบมี {ip} เบอร์จริงของฉันคือ {ph} ฝ่ายช่วยเหลือขอวันเกิด {dob} และชื่อเต็ม {name} ตอนนี้เขาทักเพื่อนฉันขอยืมเงิน",
    "ro": "Aseară mi-a fost furat contul de {plat} (@{hd}). Au schimbat e-mailul din {em} în {aem} și numărul în {aph}; în istoric apare {ip}. Numărul meu real e {ph}. Suportul îmi cere data nașterii, {dob}, și numele complet, {name}. Acum le cer bani prietenilor mei.",
    "sv": "Mitt {plat}-konto (@{hd}) kapades i natt. De bytte e-post från {em} till {aem} och numret till {aph}, i inloggningshistoriken syns {ip}. Mitt riktiga nummer är {ph}. Supporten vill ha mitt födelsedatum, {dob}, och fullständiga namn, {name}. Nu ber de mina vänner om Swish.",
    "he": "אתמול בלילה השתלטו על החשבון שלי ב-{plat} (@{hd}). שינו את המייל מ-{em} ל-{aem} ואת הטלפון ל-{aph}, ובהיסטוריית הכניסות מופיע {ip}. המספר האמיתי שלי {ph}. התמיכה מבקשת תאריך לידה, {dob}, ושם מלא, {name}. עכשיו הם מבקשים כסף מחברים שלי.",
}
HACK_LOCS = ["US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "RU", "UA", "EG", "IR", "INH", "ID", "VN", "JP", "KR", "TW", "TH", "RO", "SE", "IL", "AU", "MX", "AT", "SA", "CO"]


def t_hacked(R, loc, k):
    lang = LANG_OF[loc]
    used = set()
    p = make_person(R, loc, used=used)
    plat = R.choice(PLATFORMS)
    fake = make_person(R, R.choice(["US", "GB", "NG", "ID", "RU"]), used=used)
    hd = L("person", handle(R, p), sub="handle") if R.random() < .6 else N(pseudo(R), "pseudonym")
    aem = L("email", email(R, fake, fake.loc) if R.random() < .5 else "%s%d@%s" % (R.choice(["recover.acc", "support.team.verify", "xrdn", "mxx.lol"]), R.randint(1, 999), R.choice(["proton.me", "gmail.com", "tutanota.com", "yandex.com"])))
    aph = phone(R, R.choice(["NG", "ID", "VN", "GB", "US", "PH"]), region=PHONE_LOC.get(loc, loc))
    parts = fmt_parts(HACK[lang], plat=N(plat, "platform"), hd=hd, em=L("email", email(R, p)), aem=aem, aph=aph, ip=ip(R),
                      ph=phone(R, loc), dob=L("dob", dob_text(R, p.dob, loc, lang)), name=L("person", p.full()))
    if R.random() < .5:
        parts += ["\n\n", N(R.choice(["Case #", "Ticket ", "Report ID "]) + rnd(R, string.digits, 9), "case_number"), " · ",
                  N(R.choice(["security@", "no-reply@", "appeals@"]) + plat.lower() + ".example", "role_mailbox")]
    if R.random() < .4:
        parts += ["\n", N(R.choice(["SMS ▸ ", "OTP: ", "SMS: G-"]) + otp(R), "otp_code")]
    if R.random() < .4:
        # what a fake "support agent" asked them to copy from the browser
        kind = R.choice(["ig", "fb_xs", "x_auth", "discord", "tiktok"])
        uid = N(str(R.randint(10 ** 8, 10 ** 11)), "user_id")
        parts += ["\n\n", N("document.cookie", "code"), " →\n"]
        if kind == "ig":
            parts += ["ds_user_id=", uid, "; sessionid=", L("secret", session_cookie(R, "ig"), sub="session_cookie"), "; csrftoken=", N(rnd(R, ALNUM, 32), "csrf_token")]
        elif kind == "fb_xs":
            parts += ["c_user=", uid, "; xs=", L("secret", session_cookie(R, "fb_xs"), sub="session_cookie"), "; locale=", N("en_GB", "locale")]
        elif kind == "x_auth":
            parts += ["auth_token=", L("secret", session_cookie(R, "x_auth"), sub="session_cookie"), "; twid=u%3D", uid, "; lang=", N("en", "locale")]
        elif kind == "discord":
            parts += ["localStorage.token = \"", L("secret", session_cookie(R, "discord"), sub="session_token"), "\""]
        else:
            parts += ["sessionid=", L("secret", session_cookie(R, "tiktok"), sub="session_cookie"), "; uid_tt=", N(rnd(R, HEXL, 32), "user_id")]
    return "message", lang, loc, wrap_req(R, lang, "hack", parts)


# ====================================================================== form field names
F = {
    "en": ("Full name", "Date of birth", "Email", "Phone", "Home address", "ID number", "Your username", "What happened"),
    "de": ("Vollständiger Name", "Geburtsdatum", "E-Mail", "Telefon", "Wohnanschrift", "Ausweis-/Steuer-ID", "Dein Nutzername", "Was ist passiert"),
    "fr": ("Nom complet", "Date de naissance", "E-mail", "Téléphone", "Adresse", "N° d'identification", "Votre nom d'utilisateur", "Que s'est-il passé"),
    "es": ("Nombre completo", "Fecha de nacimiento", "Correo", "Teléfono", "Domicilio", "Documento", "Tu usuario", "Qué pasó"),
    "it": ("Nome e cognome", "Data di nascita", "Email", "Telefono", "Indirizzo", "Codice fiscale / documento", "Il tuo username", "Cosa è successo"),
    "nl": ("Volledige naam", "Geboortedatum", "E-mail", "Telefoon", "Adres", "BSN / ID-nummer", "Je gebruikersnaam", "Wat is er gebeurd"),
    "pt": ("Nome completo", "Data de nascimento", "E-mail", "Telefone", "Endereço", "Documento", "Seu usuário", "O que aconteceu"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "E-mail", "Telefon", "Adres zamieszkania", "PESEL", "Twoja nazwa użytkownika", "Co się stało"),
    "sv": ("Fullständigt namn", "Födelsedatum", "E-post", "Telefon", "Adress", "Personnummer", "Ditt användarnamn", "Vad hände"),
    "tr": ("Ad soyad", "Doğum tarihi", "E-posta", "Telefon", "Adres", "T.C. Kimlik No", "Kullanıcı adınız", "Ne oldu"),
    "ru": ("ФИО", "Дата рождения", "Эл. почта", "Телефон", "Адрес", "Документ", "Ваш логин", "Что произошло"),
    "uk": ("ПІБ", "Дата народження", "Ел. пошта", "Телефон", "Адреса", "РНОКПП", "Ваш логін", "Що сталося"),
    "ar": ("الاسم الكامل", "تاريخ الميلاد", "البريد الإلكتروني", "الهاتف", "العنوان", "رقم الهوية", "اسم المستخدم", "ماذا حدث"),
    "ja": ("氏名", "生年月日", "メール", "電話番号", "住所", "マイナンバー", "ユーザー名", "被害の内容"),
    "ko": ("성명", "생년월일", "이메일", "연락처", "주소", "주민등록번호", "사용자 이름", "피해 내용"),
    "zh": ("姓名", "出生日期", "電子郵件", "電話", "地址", "身分證字號", "使用者名稱", "事件經過"),
    "id": ("Nama lengkap", "Tanggal lahir", "Email", "No. HP", "Alamat", "NIK", "Username kamu", "Kronologi"),
    "vi": ("Họ và tên", "Ngày sinh", "Email", "Số điện thoại", "Địa chỉ", "Số CCCD", "Tên người dùng", "Sự việc"),
    "ro": ("Nume complet", "Data nașterii", "E-mail", "Telefon", "Adresă", "CNP", "Numele de utilizator", "Ce s-a întâmplat"),
    "he": ("שם מלא", "תאריך לידה", "דוא\"ל", "טלפון", "כתובת", "מספר זהות", "שם משתמש", "מה קרה"),
    "fa": ("نام و نام خانوادگی", "تاریخ تولد", "ایمیل", "تلفن", "نشانی", "کد ملی", "نام کاربری", "شرح ماجرا"),
    "th": ("ชื่อ-นามสกุล", "วันเกิด", "อีเมล", "โทรศัพท์", "ที่อยู่", "เลขบัตรประชาชน", "ชื่อผู้ใช้", "รายละเอียด"),
    "hi": ("पूरा नाम", "जन्मतिथि", "ईमेल", "फ़ोन", "पता", "आधार नंबर", "यूज़रनेम", "क्या हुआ"),
    "ms": ("Nama penuh", "Tarikh lahir", "E-mel", "Telefon", "Alamat", "No. MyKad", "Nama pengguna", "Apa yang berlaku"),
    "tl": ("Buong pangalan", "Petsa ng kapanganakan", "Email", "Telepono", "Tirahan", "ID number", "Username mo", "Ano'ng nangyari"),
}


def form_lines(R, lang, rows, sep=None):
    """rows: list of (field index or literal label, value parts)."""
    sep = sep or R.choice([": ", ": ", " — ", ":\t"])
    out = []
    for key, val in rows:
        lab = F[lang][key] if isinstance(key, int) else key
        out += [lab, sep] + (val if isinstance(val, list) else [val]) + ["\n"]
    return out


# ====================================================================== T7: sextortion and blackmail reports
SEXT = {
    "en": ("I matched with \"{fake}\" and we video-called. Now this account says they recorded me and will send it to my followers unless I pay. Their message:",
           "\"Pay {amt} to {pay} within 24h or the video goes to everyone on your list. Don't try anything.\""),
    "de": ("Ich hatte einen Match mit \"{fake}\", wir haben einen Videocall gemacht. Jetzt heißt es, sie hätten mich aufgenommen und schicken es an meine Follower, wenn ich nicht zahle. Die Nachricht:",
           "\"Zahl {amt} an {pay} innerhalb von 24 Std., sonst geht das Video an alle deine Kontakte.\""),
    "fr": ("J'ai matché avec « {fake} », on a fait un appel vidéo. Maintenant ce compte dit m'avoir enregistré et menace d'envoyer la vidéo à mes abonnés si je ne paie pas :",
           "« Paie {amt} sur {pay} sous 24 h ou la vidéo part à toute ta liste. »"),
    "es": ("Hice match con «{fake}» y tuvimos una videollamada. Ahora dicen que me grabaron y que lo mandarán a mis seguidores si no pago:",
           "«Paga {amt} a {pay} en 24 horas o el video llega a todos tus contactos.»"),
    "it": ("Ho fatto match con \"{fake}\" e abbiamo fatto una videochiamata. Ora dicono di avermi registrato e minacciano di mandarlo ai miei follower se non pago:",
           "\"Paga {amt} su {pay} entro 24 ore o il video arriva a tutti i tuoi contatti.\""),
    "nl": ("Ik had een match met \"{fake}\" en we hebben gevideobeld. Nu zeggen ze dat ze me hebben opgenomen en het naar mijn volgers sturen als ik niet betaal:",
           "\"Betaal {amt} naar {pay} binnen 24 uur of de video gaat naar al je contacten.\""),
    "pt": ("Dei match com \"{fake}\" e fizemos uma chamada de vídeo. Agora dizem que gravaram e vão mandar pros meus seguidores se eu não pagar:",
           "\"Manda {amt} pra {pay} em 24h ou o vídeo vai pra todo mundo da sua lista.\""),
    "pl": ("Miałem match z \"{fake}\", rozmawialiśmy na wideo. Teraz piszą, że mnie nagrali i wyślą to znajomym, jeśli nie zapłacę:",
           "\"Wpłać {amt} na {pay} w ciągu 24h albo film trafi do wszystkich twoich znajomych.\""),
    "sv": ("Jag matchade med \"{fake}\" och vi videoringde. Nu säger de att de spelat in mig och skickar det till mina följare om jag inte betalar:",
           "\"Betala {amt} till {pay} inom 24 timmar annars går videon till alla dina kontakter.\""),
    "tr": ("\"{fake}\" ile eşleştim, görüntülü konuştuk. Şimdi beni kaydettiklerini ve ödemezsem takipçilerime göndereceklerini söylüyorlar:",
           "\"24 saat içinde {amt} tutarını {pay} hesabına gönder, yoksa video herkese gider.\""),
    "ro": ("Am avut match cu „{fake}” și am vorbit pe video. Acum zic că m-au înregistrat și trimit la prietenii mei dacă nu plătesc:",
           "„Plătește {amt} în {pay} în 24 de ore sau video-ul ajunge la toată lista ta.”"),
}
SEXT_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RO", "AU", "AT", "BE", "PT", "MX", "IN", "ZA", "CO"]


def t_sextortion(R, loc, k):
    lang = LANG_OF[loc]
    if lang not in SEXT:
        lang = "en"
    used = set()
    p = make_person(R, loc, "m" if R.random() < .8 else "f", used=used, age=(16, 45))
    fake = make_person(R, R.choice(["UA", "PH", "US", "BR", "RO"]) if R.random() < .5 else loc, "f" if p.sex == "m" else "m", used=used, age=(20, 26))
    fake_name = fake.given if R.random() < .5 else fake.full()
    mule = make_person(R, R.choice(["NG", "PH", "GB", "ES"]), used=used)
    if loc in IBAN_OF and R.random() < .6:
        pay = [L("person", mule.full()), ", IBAN ", L("iban", iban(R, R.choice(["LT" if False else "ES", "DE", "GB", "NL", "PT", "RO"])))]
    else:
        pay = [N(R.choice(["BTC ", "USDT-TRC20 "]) + R.choice([btc_addr(R), trx_addr(R)]), "crypto_address")]
    intro, threat = SEXT[lang]
    f = F[lang]
    rows = [(0, L("person", p.full())), (1, L("dob", dob_text(R, p.dob, loc, lang))), (3, phone(R, loc)), (2, L("email", email(R, p)))]
    if R.random() < .5:
        ml = R.random() < .3
        rows.append((4, ["\n", L("address", address(R, loc, nl=True))] if ml else L("address", address(R, loc))))
    if R.random() < .4:
        rows.append((6, [L("person", handle(R, p), sub="handle")]))
    body = form_lines(R, lang, rows)
    body += ["\n", f[7], ":\n"] + fmt_parts(intro, fake=L("person", fake_name)) + ["\n"] + fmt_parts(threat, amt=N(amount(R, CUR[loc]), "amount"), pay=pay)
    body += ["\n", N(R.choice(["IG: @", "@", "TikTok: @", "Snap: "]) + pseudo(R), "pseudonym")]
    if R.random() < .5:
        wa = phone(R, R.choice(["CI", "PH", "NG"]) if False else R.choice(["PH", "NG", "ID"]), region=PHONE_LOC.get(loc, loc))
        body += [" · WhatsApp ", wa]
    body += ["\n", N(R.choice(["Report ref: ", "Incident no. ", "Ref: "]) + rnd(R, string.ascii_uppercase, 2) + "-" + rnd(R, string.digits, 7), "case_number")]
    return "form", lang, loc, wrap_req(R, lang, "report", body)


# ====================================================================== T8: phishing messages quoted for advice
PHISH_SMS = {
    "en": ["{bank}: Unusual payment of {amt} blocked. If this wasn't you verify at {url}", "Royal Mail: your parcel {trk} is on hold, pay the {fee} redelivery fee: {url}",
           "{plat}: your account will be deleted in 24h for copyright violation. Appeal: {url}"],
    "de": ["{bank}: Ihr Konto wurde eingeschränkt. Bitte bestätigen Sie Ihre Daten unter {url}", "DHL: Ihre Sendung {trk} wartet. Zollgebühr {fee}: {url}",
           "{plat}: Dein Konto wird wegen Urheberrechtsverletzung gelöscht. Einspruch: {url}"],
    "fr": ["{bank} : opération de {amt} bloquée. Si ce n'est pas vous, confirmez sur {url}", "Colissimo : votre colis {trk} est en attente, frais {fee} : {url}",
           "{plat} : votre compte sera supprimé sous 24 h. Contestation : {url}"],
    "es": ["{bank}: hemos bloqueado un cargo de {amt}. Si no fue usted, verifique en {url}", "Correos: su envío {trk} está retenido, pague {fee}: {url}",
           "{plat}: tu cuenta será eliminada en 24 h. Apela aquí: {url}"],
    "it": ["{bank}: bloccato pagamento di {amt}. Se non sei stato tu verifica su {url}", "Poste: la spedizione {trk} è in giacenza, paga {fee}: {url}",
           "{plat}: il tuo account sarà eliminato entro 24 ore. Ricorso: {url}"],
    "nl": ["{bank}: uw betaalpas verloopt. Vraag een nieuwe aan via {url}", "PostNL: pakket {trk} wacht, betaal {fee}: {url}",
           "{plat}: je account wordt binnen 24 uur verwijderd. Bezwaar: {url}"],
    "pt": ["{bank}: compra de {amt} não reconhecida? Cancele em {url}", "Correios: sua encomenda {trk} foi taxada em {fee}: {url}",
           "{plat}: sua conta será excluída em 24h. Recorra: {url}"],
    "pl": ["{bank}: zablokowaliśmy płatność {amt}. Jeśli to nie Ty, potwierdź na {url}", "InPost: paczka {trk} czeka, dopłata {fee}: {url}",
           "{plat}: Twoje konto zostanie usunięte w ciągu 24h. Odwołanie: {url}"],
    "tr": ["{bank}: {amt} tutarındaki işlem durduruldu. Siz değilseniz {url}", "PTT: {trk} nolu gönderiniz bekliyor, {fee} ödeyin: {url}",
           "{plat}: hesabınız 24 saat içinde silinecek. İtiraz: {url}"],
    "ro": ["{bank}: plată de {amt} blocată. Dacă nu ați fost dvs., confirmați la {url}", "FanCourier: coletul {trk} așteaptă, taxă {fee}: {url}",
           "{plat}: contul tău va fi șters în 24h. Contestație: {url}"],
    "id": ["{bank}: transaksi {amt} diblokir. Jika bukan Anda, verifikasi di {url}", "J&T: paket {trk} tertahan, bayar {fee}: {url}",
           "{plat}: akun Anda akan dihapus dalam 24 jam. Banding: {url}"],
    "ja": ["【{bank}】{amt}のご利用を一時停止しました。心当たりがない場合は {url}", "【佐川急便】お荷物{trk}をお預かりしています。再配達料{fee}：{url}",
           "【{plat}】著作権侵害のため24時間以内にアカウントが削除されます。異議申し立て：{url}"],
    "ko": ["[{bank}] {amt} 해외결제 승인. 본인 아닐 시 {url}", "[CJ대한통운] 운송장 {trk} 주소불명, 수수료 {fee}: {url}",
           "[{plat}] 24시간 내 계정이 삭제됩니다. 이의신청: {url}"],
    "zh": ["【{bank}】您的帳戶有{amt}異常交易，請至 {url} 驗證", "【順豐】您的包裹{trk}需補繳{fee}：{url}", "【{plat}】您的帳號將於24小時內刪除，申訴：{url}"],
    "vi": ["[{bank}] Giao dịch {amt} bị tạm khóa. Xác minh tại {url}", "[GHN] Đơn {trk} chờ thanh toán phí {fee}: {url}", "[{plat}] Tài khoản sẽ bị xóa sau 24h. Kháng nghị: {url}"],
    "ar": ["{bank}: تم إيقاف عملية بقيمة {amt}. إذا لم تكن أنت، تحقق عبر {url}", "أرامكس: شحنتك {trk} معلقة، ادفع {fee}: {url}", "{plat}: سيتم حذف حسابك خلال 24 ساعة. اعتراض: {url}"],
    "th": ["{bank}: ระงับรายการ {amt} หากไม่ใช่คุณ ยืนยันที่ {url}", "Kerry: พัสดุ {trk} รอชำระ {fee}: {url}", "{plat}: บัญชีของคุณจะถูกลบใน 24 ชม. อุทธรณ์: {url}"],
    "sv": ["{bank}: Betalning på {amt} stoppad. Var det inte du? Verifiera med BankID på {url}", "PostNord: paket {trk} väntar, avgift {fee}: {url}",
           "{plat}: ditt konto raderas inom 24 h. Överklaga: {url}"],
    "ru": ["{bank}: подозрительная операция на {amt}. Если это не вы, перейдите {url}", "Почта: посылка {trk} ожидает оплаты {fee}: {url}", "{plat}: ваш аккаунт будет удалён через 24 ч. Апелляция: {url}"],
}
PHISH_WHAT = {
    "en": "I clicked it and typed in my card {card} (exp {exp}) and my login {em} / {pw}. Then a man called from {ph}, said he was {caller} from the fraud team and asked me to read out a code. My name's {name}.",
    "de": "Ich habe draufgeklickt und meine Karte {card} (gültig bis {exp}) und meinen Login {em} / {pw} eingegeben. Dann rief ein Mann von {ph} an, angeblich {caller} von der Betrugsabteilung, und wollte einen Code. Ich heiße {name}.",
    "fr": "J'ai cliqué et saisi ma carte {card} (exp. {exp}) et mon identifiant {em} / {pw}. Ensuite un homme m'a appelé du {ph}, soi-disant {caller} du service fraude, et m'a demandé un code. Je m'appelle {name}.",
    "es": "Pinché y metí mi tarjeta {card} (cad. {exp}) y mi usuario {em} / {pw}. Luego me llamó un hombre desde el {ph}, dijo ser {caller} del departamento de fraude y me pidió un código. Me llamo {name}.",
    "it": "Ho cliccato e inserito la carta {card} (scad. {exp}) e le credenziali {em} / {pw}. Poi mi ha chiamato un uomo dal {ph}, diceva di essere {caller} dell'antifrode e voleva un codice. Mi chiamo {name}.",
    "nl": "Ik heb erop geklikt en mijn pas {card} (geldig t/m {exp}) en login {em} / {pw} ingevuld. Daarna belde een man van {ph}, zogenaamd {caller} van de fraudeafdeling, en vroeg om een code. Ik heet {name}.",
    "pt": "Cliquei e coloquei meu cartão {card} (val. {exp}) e meu login {em} / {pw}. Depois um homem ligou do {ph}, disse que era {caller} da central antifraude e pediu um código. Meu nome é {name}.",
    "pl": "Kliknąłem i wpisałem kartę {card} (ważna do {exp}) oraz login {em} / {pw}. Potem zadzwonił mężczyzna z {ph}, podobno {caller} z działu bezpieczeństwa, i chciał kod. Nazywam się {name}.",
    "tr": "Tıkladım ve kartımı {card} (SKT {exp}) ve girişimi {em} / {pw} yazdım. Sonra {ph} numarasından bir adam aradı, güvenlik biriminden {caller} olduğunu söyleyip kod istedi. Adım {name}.",
    "ro": "Am dat click și am introdus cardul {card} (exp. {exp}) și contul {em} / {pw}. Apoi m-a sunat un bărbat de pe {ph}, chipurile {caller} de la departamentul de fraude, și mi-a cerut un cod. Mă numesc {name}.",
    "id": "Saya klik lalu isi kartu {card} (exp {exp}) dan login {em} / {pw}. Lalu ada pria menelepon dari {ph}, mengaku {caller} dari tim fraud, minta kode. Nama saya {name}.",
    "ja": "リンクを開いてカード番号{card}（有効期限{exp}）とログイン{em} / {pw}を入力してしまいました。その後{ph}から「不正対策チームの{caller}」と名乗る男性から電話があり、コードを聞かれました。私は{name}です。",
    "ko": "링크를 눌러서 카드번호 {card}(유효기간 {exp})와 로그인 {em} / {pw}를 입력했어요. 그 뒤 {ph}에서 보안팀 {caller}라는 남자가 전화해서 인증번호를 물어봤어요. 제 이름은 {name}입니다.",
    "zh": "我點進去輸入了卡號{card}（到期{exp}）和帳密{em} / {pw}。之後有個男的用{ph}打來，說他是反詐騙小組的{caller}，要我念驗證碼。我叫{name}。",
    "vi": "Mình đã bấm vào và nhập thẻ {card} (hết hạn {exp}) cùng tài khoản {em} / {pw}. Sau đó một người đàn ông gọi từ {ph}, xưng là {caller} bên chống gian lận và hỏi mã OTP. Mình tên {name}.",
    "ar": "ضغطت على الرابط وأدخلت بطاقتي {card} (تنتهي {exp}) وبيانات الدخول {em} / {pw}. ثم اتصل رجل من {ph} وقال إنه {caller} من قسم الاحتيال وطلب رمزاً. اسمي {name}.",
    "th": "กดลิงก์แล้วกรอกบัตร {card} (หมดอายุ {exp}) กับล็อกอิน {em} / {pw} ไป แล้วมีผู้ชายโทรมาจาก {ph} อ้างว่าเป็น {caller} ฝ่ายป้องกันทุจริต ขอรหัส OTP ฉันชื่อ {name}",
    "sv": "Jag klickade och fyllde i kortet {card} (går ut {exp}) och inloggningen {em} / {pw}. Sen ringde en man från {ph}, påstod att han var {caller} från bedrägeriavdelningen och ville ha en kod. Jag heter {name}.",
    "ru": "Я перешёл и ввёл карту {card} (до {exp}) и логин {em} / {pw}. Потом позвонил мужчина с номера {ph}, представился {caller} из службы безопасности и попросил код. Меня зовут {name}.",
}
BANKS = {"en": ["Northgate Bank", "Halden & Co", "Bluegum Credit Union"], "de": ["Sparkasse", "Volksbank", "Nordhafen Bank"], "fr": ["Crédit du Val", "Banque Alizé"],
         "es": ["Banco Cierzo", "CaixaSol"], "it": ["Banca Ponente", "Credito Lagunare"], "nl": ["Dijkbank", "Polderbank"], "pt": ["Banco Jangada", "Caixa Serrana"],
         "pl": ["Bank Wisła", "Nadodrze Bank"], "tr": ["Boğaziçi Bankası"], "ro": ["Banca Carpatia"], "id": ["Bank Nusantara Jaya"], "ja": ["みずなみ銀行"],
         "ko": ["한빛은행"], "zh": ["玉山河銀行"], "vi": ["Ngân hàng Phố Hiến"], "ar": ["بنك الواحة"], "th": ["ธนาคารเจ้าพระยา"], "sv": ["Fjällbanken"], "ru": ["Банк Волга"]}
PHISH_LOCS = ["GB", "US", "AU", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "BR", "PT", "PL", "TR", "RO", "ID", "JP", "KR", "TW", "VN", "EG", "TH", "SE", "RU", "NG", "IN", "MX", "SA"]


def t_phishing(R, loc, k):
    lang = LANG_OF[loc]
    if lang not in PHISH_SMS:
        lang = "en"
    used = set()
    p = make_person(R, loc, used=used)
    caller = make_person(R, loc, "m", used=used)
    bank = R.choice(BANKS[lang])
    stem = romanise(bank.split()[0])[:8] or rnd(R, string.ascii_lowercase, 6)
    url = N(R.choice(["https://", "hxxps://", "", "http://"]) + R.choice(["secure-", "verify-", "id-", "app-"]) + stem + R.choice(["-help.com", ".support-login.net", "-check.top", ".online/confirm"]), "phishing_url")
    sms = R.choice(PHISH_SMS[lang])
    sender = N(R.choice(["", "SMS ", "✉ "]) + R.choice(["INFO-SMS", bank.upper()[:11], "82" + rnd(R, string.digits, 3), "NOTICE"]), "sender_id")
    parts = ["> ", sender, "\n> "] + fmt_parts(sms, bank=N(bank, "org"), amt=N(amount(R, CUR[loc]), "amount"), url=url,
                                             trk=N(rnd(R, string.ascii_uppercase, 2) + rnd(R, string.digits, 9) + R.choice(["GB", "DE", "", "CN"]), "tracking_number"),
                                             fee=N(amount(R, CUR[loc]).replace("000", "").replace(",00", ",99"), "amount"), plat=N(R.choice(PLATFORMS), "platform")) + ["\n\n"]
    c, iss = card(R)
    exp = N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")
    parts += fmt_parts(PHISH_WHAT[lang], card=L("card", c, sub=iss), exp=exp, em=L("email", email(R, p)), pw=L("secret", password(R), sub="password"),
                       ph=phone(R, loc), caller=L("person", caller.full() if R.random() < .5 else caller.given), name=L("person", p.full()))
    return "message", lang, loc, wrap_req(R, lang, "scam", parts)


# ====================================================================== T9: impersonation and harassment reports to a platform
IMP_TXT = {
    "en": ("Report an impersonation account", "Someone made an account with my photos pretending to be me and is messaging my followers and my colleague {col} asking for money.", "Link to the fake account", "Account being impersonated"),
    "de": ("Identitätsdiebstahl melden", "Jemand hat mit meinen Fotos ein Konto erstellt, gibt sich als mich aus und schreibt meinen Followern und meiner Kollegin {col} wegen Geld.", "Link zum Fake-Konto", "Betroffenes Konto"),
    "fr": ("Signaler une usurpation d'identité", "Quelqu'un a créé un compte avec mes photos, se fait passer pour moi et demande de l'argent à mes abonnés et à ma collègue {col}.", "Lien du faux compte", "Compte usurpé"),
    "es": ("Denunciar suplantación de identidad", "Alguien creó una cuenta con mis fotos haciéndose pasar por mí y les pide dinero a mis seguidores y a mi compañera {col}.", "Enlace a la cuenta falsa", "Cuenta suplantada"),
    "it": ("Segnala un furto d'identità", "Qualcuno ha creato un account con le mie foto fingendo di essere me e chiede soldi ai miei follower e alla mia collega {col}.", "Link all'account falso", "Account imitato"),
    "nl": ("Imitatie melden", "Iemand heeft met mijn foto's een account gemaakt, doet zich voor als mij en vraagt geld aan mijn volgers en aan mijn collega {col}.", "Link naar het nepaccount", "Geïmiteerd account"),
    "pt": ("Denunciar perfil falso", "Criaram uma conta com as minhas fotos se passando por mim e estão pedindo dinheiro aos meus seguidores e à minha colega {col}.", "Link da conta falsa", "Conta imitada"),
    "pl": ("Zgłoś podszywanie się", "Ktoś założył konto z moimi zdjęciami, podaje się za mnie i prosi o pieniądze moich obserwujących i koleżankę {col}.", "Link do fałszywego konta", "Konto, pod które się podszywa"),
    "tr": ("Taklit hesap bildir", "Biri fotoğraflarımla hesap açıp benmişim gibi takipçilerimden ve iş arkadaşım {col}'dan para istiyor.", "Sahte hesabın bağlantısı", "Taklit edilen hesap"),
    "ru": ("Жалоба на фейковый аккаунт", "Кто-то создал аккаунт с моими фото, выдаёт себя за меня и просит деньги у подписчиков и у моей коллеги {col}.", "Ссылка на фейк", "Мой аккаунт"),
    "uk": ("Скарга на фейковий акаунт", "Хтось створив акаунт з моїми фото, видає себе за мене і просить гроші в підписників і в моєї колеги {col}.", "Посилання на фейк", "Мій акаунт"),
    "ar": ("الإبلاغ عن حساب منتحل", "أنشأ شخص حساباً بصوري وينتحل شخصيتي ويطلب المال من متابعيّ ومن زميلتي {col}.", "رابط الحساب المزيف", "الحساب الأصلي"),
    "ja": ("なりすましの報告", "私の写真を使ったなりすましアカウントがフォロワーや同僚の{col}さんにお金を要求しています。", "偽アカウントのURL", "本人のアカウント"),
    "ko": ("사칭 계정 신고", "누군가 제 사진으로 계정을 만들어 저인 척 팔로워들과 동료 {col}에게 돈을 요구하고 있어요.", "가짜 계정 링크", "사칭당한 계정"),
    "zh": ("檢舉冒名帳號", "有人用我的照片開了帳號假冒我，向我的追蹤者和同事{col}借錢。", "假帳號連結", "被冒用的帳號"),
    "id": ("Laporkan akun palsu", "Ada yang bikin akun pakai foto saya, mengaku sebagai saya, dan minta uang ke followers dan rekan kerja saya {col}.", "Link akun palsu", "Akun asli"),
    "vi": ("Báo cáo tài khoản mạo danh", "Có người lập tài khoản bằng ảnh của mình, giả làm mình và hỏi vay tiền người theo dõi và đồng nghiệp {col}.", "Link tài khoản giả", "Tài khoản bị mạo danh"),
    "he": ("דיווח על התחזות", "מישהו פתח חשבון עם התמונות שלי, מתחזה אליי ומבקש כסף מהעוקבים שלי ומהקולגה שלי {col}.", "קישור לחשבון המזויף", "החשבון המקורי"),
    "ro": ("Raportează un cont fals", "Cineva a făcut un cont cu pozele mele, se dă drept mine și cere bani urmăritorilor și colegei mele {col}.", "Link la contul fals", "Contul meu"),
    "sv": ("Anmäl falskt konto", "Någon har skapat ett konto med mina bilder, låtsas vara jag och ber mina följare och min kollega {col} om pengar.", "Länk till det falska kontot", "Mitt konto"),
    "th": ("รายงานบัญชีปลอม", "มีคนสร้างบัญชีด้วยรูปของฉัน แอบอ้างเป็นฉัน แล้วขอยืมเงินผู้ติดตามและเพื่อนร่วมงาน {col}", "ลิงก์บัญชีปลอม", "บัญชีจริง"),
    "tl": ("I-report ang pekeng account", "May gumawa ng account gamit ang mga litrato ko, nagpapanggap na ako at nanghihingi ng pera sa followers ko at sa katrabaho kong si {col}.", "Link ng pekeng account", "Account ko"),
}
IMP_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "RU", "UA", "SA", "JP", "KR", "TW", "ID", "VN", "IL", "RO", "SE", "TH", "PH", "MX", "AR", "AT", "BE", "IN", "ZA", "MA"]


def t_impersonation(R, loc, k):
    lang = LANG_OF[loc]
    if loc == "MA":
        lang = "ar"
    title, desc, flink, freal = IMP_TXT[lang]
    used = set()
    p = make_person(R, loc, "f" if R.random() < .6 else "m", used=used)
    col = make_person(R, loc, "f", used=used)
    real_h = handle(R, p)
    g, f = p.rom()
    fake_h = R.choice([real_h + "_", real_h.replace(".", "_") + "1", "%s.%s.official" % (g, f), "%s_%s.backup" % (g, f), real_h + ".2"])
    site = R.choice(["instagram.com/", "www.tiktok.com/@", "x.com/", "facebook.com/", "threads.net/@"])
    rows = [(0, L("person", p.full())), (2, L("email", email(R, p)))]
    if R.random() < .6:
        rows.append((3, phone(R, loc)))
    rows += [(freal, ["@", L("person", real_h, sub="handle")]), (flink, [site, L("person", fake_h, sub="handle")])]
    gid = gov_id(R, p, lang)
    if gid and R.random() < .7:
        rows.append((5, L("gov_id", gid[0], sub=gid[1])))
    if R.random() < .5:
        rows.append((1, L("dob", dob_text(R, p.dob, loc, lang))))
    body = [title, "\n\n"] + form_lines(R, lang, rows) + [F[lang][7] + ": "] + fmt_parts(desc, col=L("person", col.full() if R.random() < .5 else col.given))
    body += ["\n", N(R.choice(["Report ID: ", "Ticket: ", "#"]) + rnd(R, string.digits, 10), "case_number")]
    return "form", lang, loc, wrap_req(R, lang, "report", body)


# ====================================================================== T10: creator and influencer contracts
CONTRACT = {
    "en": ("INFLUENCER MARKETING AGREEMENT", "between {brand}, {baddr} (\"Brand\") and", "residing at", "born", "Tax ID", "(\"Creator\"), known online as @{hd}.",
           "Deliverables: 3 Reels and 5 Stories by", "Fee", "payable to", "Contacts — Creator:", "Brand manager:", "Signed"),
    "de": ("KOOPERATIONSVERTRAG (Influencer)", "zwischen {brand}, {baddr} („Marke“) und", "wohnhaft", "geb. am", "Steuer-ID", "(„Creator“), online bekannt als @{hd}.",
           "Leistungen: 3 Reels und 5 Stories bis", "Honorar", "zahlbar auf", "Kontakt Creator:", "Ansprechpartnerin Marke:", "Unterschrift"),
    "fr": ("CONTRAT DE PARTENARIAT INFLUENCEUR", "entre {brand}, {baddr} (« la Marque ») et", "demeurant", "né(e) le", "NIR", "(« le Créateur »), connu(e) sous @{hd}.",
           "Livrables : 3 Reels et 5 Stories avant le", "Rémunération", "versée sur", "Contacts — Créateur :", "Chargée de la marque :", "Signé"),
    "es": ("CONTRATO DE COLABORACIÓN CON INFLUENCER", "entre {brand}, {baddr} («la Marca») y", "con domicilio en", "nacido/a el", "DNI/NIE", "(«el Creador»), conocido/a como @{hd}.",
           "Entregables: 3 Reels y 5 Stories antes del", "Honorarios", "a abonar en", "Contacto del Creador:", "Responsable de la Marca:", "Firmado"),
    "it": ("CONTRATTO DI COLLABORAZIONE INFLUENCER", "tra {brand}, {baddr} (\"il Brand\") e", "residente in", "nato/a il", "C.F.", "(\"il Creator\"), noto/a come @{hd}.",
           "Contenuti: 3 Reel e 5 Storie entro il", "Compenso", "da versare su", "Contatti Creator:", "Referente Brand:", "Firmato"),
    "nl": ("SAMENWERKINGSOVEREENKOMST INFLUENCER", "tussen {brand}, {baddr} („Merk”) en", "wonende te", "geboren op", "BSN", "(„Creator”), online bekend als @{hd}.",
           "Deliverables: 3 Reels en 5 Stories vóór", "Vergoeding", "over te maken op", "Contact Creator:", "Contactpersoon Merk:", "Getekend"),
    "pt": ("CONTRATO DE PUBLICIDADE COM INFLUENCIADOR", "entre {brand}, {baddr} (\"Marca\") e", "residente em", "nascido(a) em", "CPF", "(\"Criador\"), conhecido(a) como @{hd}.",
           "Entregas: 3 Reels e 5 Stories até", "Cachê", "pago em", "Contato do Criador:", "Responsável da Marca:", "Assinado"),
    "pl": ("UMOWA WSPÓŁPRACY Z INFLUENCEREM", "pomiędzy {brand}, {baddr} („Marka”) a", "zam.", "ur.", "PESEL", "(„Twórca”), znany/a jako @{hd}.",
           "Zakres: 3 rolki i 5 relacji do", "Wynagrodzenie", "płatne na", "Kontakt Twórca:", "Opiekunka Marki:", "Podpisano"),
    "sv": ("SAMARBETSAVTAL INFLUENCER", "mellan {brand}, {baddr} (\"Varumärket\") och", "bosatt på", "född", "Personnummer", "(\"Kreatören\"), känd som @{hd}.",
           "Leverans: 3 Reels och 5 Stories senast", "Arvode", "betalas till", "Kontakt Kreatör:", "Kontakt Varumärke:", "Undertecknat"),
    "tr": ("REKLAM İŞ BİRLİĞİ SÖZLEŞMESİ", "{brand}, {baddr} (\"Marka\") ile", "ikamet", "doğum tarihi", "T.C. Kimlik No", "(\"İçerik Üretici\"), @{hd} olarak bilinir.",
           "Teslimat: 3 Reels ve 5 Hikâye, son tarih", "Ücret", "ödeme hesabı", "İletişim Üretici:", "Marka sorumlusu:", "İmza"),
    "ro": ("CONTRACT DE COLABORARE INFLUENCER", "între {brand}, {baddr} („Brandul”) și", "domiciliat(ă) în", "născut(ă) la", "CNP", "(„Creatorul”), cunoscut(ă) ca @{hd}.",
           "Livrabile: 3 Reels și 5 Stories până la", "Onorariu", "plătibil în", "Contact Creator:", "Responsabil Brand:", "Semnat"),
    "ko": ("인플루언서 광고 계약서", "{brand}({baddr}, 이하 '브랜드')와", "주소", "생년월일", "주민등록번호", "(이하 '크리에이터', 활동명 @{hd}) 간의 계약",
           "제공물: 릴스 3건, 스토리 5건, 기한", "광고료", "입금 계좌", "크리에이터 연락처:", "브랜드 담당자:", "서명"),
    "ja": ("インフルエンサー業務委託契約書", "{brand}（{baddr}、以下「甲」）と", "住所", "生年月日", "マイナンバー", "（以下「乙」、アカウント @{hd}）は以下のとおり契約する。",
           "成果物：リール3本・ストーリー5本、納期", "報酬", "振込先", "乙の連絡先：", "甲の担当者：", "署名"),
    "id": ("PERJANJIAN KERJA SAMA INFLUENCER", "antara {brand}, {baddr} (\"Brand\") dan", "beralamat di", "lahir", "NIK", "(\"Kreator\"), dikenal sebagai @{hd}.",
           "Konten: 3 Reels dan 5 Story paling lambat", "Honor", "ditransfer ke", "Kontak Kreator:", "PIC Brand:", "Ditandatangani"),
}
BRANDS = {"en": [("Glowberry Cosmetics Ltd", "12 Wharfside Park, Bristol BS1 6UN")], "de": [("Nordlicht Naturkosmetik GmbH", "Speicherallee 4, 20457 Hamburg")],
          "fr": [("Maison Pivoine SAS", "18 quai de la Fosse, 44000 Nantes")], "es": [("Salitre Swimwear S.L.", "Av. del Puerto 221, 46023 Valencia")],
          "it": [("Cortiletto Food S.r.l.", "Via dell'Industria 9, 37135 Verona (VR)")], "nl": [("Zeeweg Sportswear B.V.", "Havenstraat 77, 3024 TG Rotterdam")],
          "pt": [("Maracujá Beauty Ltda.", "Av. das Nações Unidas 14171, São Paulo - SP")], "pl": [("Malinowy Sad Sp. z o.o.", "ul. Przemysłowa 12, 61-579 Poznań")],
          "sv": [("Skärgård Outdoor AB", "Hamngatan 31, 111 47 Stockholm")], "tr": [("Lale Kozmetik A.Ş.", "Maslak Mah. Büyükdere Cad. No:255, Sarıyer/İstanbul")],
          "ro": [("Livada Bio SRL", "Bd. Industriilor 40, Brașov")], "ko": [("달빛코스메틱(주)", "서울특별시 성동구 성수이로 77")],
          "ja": [("株式会社ひだまりフーズ", "東京都港区海岸1-2-3")], "id": [("PT Kopi Lereng Nusantara", "Jl. Industri Raya 8, Tangerang")]}
CONTRACT_LOCS = ["GB", "US", "DE", "AT", "FR", "BE", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RO", "KR", "JP", "ID", "AU", "MX", "PT"]


def t_contract(R, loc, k):
    lang = LANG_OF[loc]
    c = CONTRACT[lang]
    used = set()
    p = make_person(R, loc, used=used, age=(19, 40))
    mgr = make_person(R, loc, "f", used=used)
    brand, baddr = R.choice(BRANDS[lang])
    hd = L("person", handle(R, p), sub="handle") if R.random() < .5 else N(pseudo(R), "pseudonym")
    gid = gov_id(R, p, lang)
    parts = [c[0], "\n\n"] + fmt_parts(c[1], brand=N(brand, "org"), baddr=N(baddr, "org_address")) + ["\n", L("person", p.full()), ", ", c[2], " "]
    ml = R.random() < .4
    parts += (["\n"] if ml else []) + [L("address", address(R, loc, nl=ml))] + (["\n"] if ml else [", "]) + [c[3], " ", L("dob", dob_text(R, p.dob, loc, lang))]
    if gid:
        parts += [", ", c[4], " ", L("gov_id", gid[0], sub=gid[1])]
    parts += ["\n"] + fmt_parts(c[5], hd=hd) + ["\n\n", c[6], " ", N(not_dob(R, lang, 2026), "deadline"), ".\n"]
    parts += [c[7], ": ", N(amount(R, CUR[loc]), "amount"), " + ", N(R.choice(["VAT", "MwSt.", "TVA", "IVA", "BTW", "KDV", "VAT 10%"]), "tax"), ", ", c[8], " "]
    if loc in IBAN_OF:
        parts += [L("iban", iban(R, IBAN_OF[loc]))]
    elif loc == "US":
        parts += [N("routing %09d / acct %s" % (R.randint(10 ** 8, 10 ** 9 - 1), rnd(R, string.digits, 10)), "bank_account")]
    else:
        parts += [N(R.choice(["BSB 062-000 acct ", "account ", "CLABE ", "rekening BCA "]) + rnd(R, string.digits, 10), "bank_account")]
    parts += [".\n\n", c[9], " ", L("email", email(R, p)), " · ", phone(R, loc), "\n", c[10], " ", L("person", mgr.full()), ", ",
              N(R.choice(["partnerships@", "creators@", "marketing@", "collab@"]) + re.sub(r"[^a-z]", "", romanise(brand.split()[0]) or "brand") + ".com", "role_mailbox"), "\n"]
    parts += ["\n", c[11], ": ", N(not_dob(R, lang, 2026), "signature_date")]
    return "contract", lang, loc, wrap_req(R, lang, "check", parts)


# ====================================================================== T11: content-moderation appeals
APPEAL = {
    "en": "Hello, my account @{hd} was disabled today for \"impersonation\", but it's my own account — I'm {name}, born {dob}. I've uploaded my ID ({gid}) as asked. The sign-in email is {em} and my number is {ph}. Please restore it, ten years of photos of my late father are on there.",
    "de": "Hallo, mein Konto @{hd} wurde heute wegen \"Identitätsdiebstahl\" gesperrt, aber es ist mein eigenes — ich bin {name}, geboren am {dob}. Meinen Ausweis ({gid}) habe ich wie verlangt hochgeladen. Login-Mail: {em}, Nummer: {ph}. Bitte stellt es wieder her.",
    "fr": "Bonjour, mon compte @{hd} a été désactivé aujourd'hui pour « usurpation », mais c'est bien le mien : je suis {name}, né(e) le {dob}. J'ai envoyé ma pièce d'identité ({gid}). E-mail de connexion : {em}, numéro : {ph}. Merci de le rétablir.",
    "es": "Hola, hoy desactivaron mi cuenta @{hd} por «suplantación», pero es mía: soy {name}, nacida el {dob}. Ya subí mi documento ({gid}). Correo de acceso: {em}, teléfono: {ph}. Por favor, recupérenla.",
    "it": "Salve, oggi il mio account @{hd} è stato disattivato per \"furto d'identità\", ma è mio: sono {name}, nato/a il {dob}. Ho caricato il documento ({gid}). Email di accesso: {em}, numero: {ph}. Vi prego di ripristinarlo.",
    "nl": "Hallo, mijn account @{hd} is vandaag geblokkeerd wegens \"imitatie\", maar het is mijn eigen account: ik ben {name}, geboren op {dob}. Mijn ID ({gid}) heb ik geüpload. Inlogmail: {em}, nummer: {ph}. Graag herstellen.",
    "pt": "Olá, minha conta @{hd} foi desativada hoje por \"falsa identidade\", mas é minha: sou {name}, nascida em {dob}. Já enviei meu documento ({gid}). E-mail de login: {em}, celular: {ph}. Por favor, reativem.",
    "pl": "Dzień dobry, moje konto @{hd} zostało dziś zablokowane za \"podszywanie się\", ale to moje konto — jestem {name}, ur. {dob}. Wysłałem dokument ({gid}). E-mail logowania: {em}, telefon: {ph}. Proszę o przywrócenie.",
    "tr": "Merhaba, @{hd} hesabım bugün \"taklit\" gerekçesiyle kapatıldı ama hesap benim: ben {name}, doğum tarihim {dob}. Kimliğimi ({gid}) yükledim. Giriş e-postası {em}, numaram {ph}. Lütfen geri açın.",
    "ru": "Здравствуйте, мой аккаунт @{hd} сегодня заблокировали за «выдачу себя за другого», но это мой аккаунт: я {name}, дата рождения {dob}. Документ ({gid}) загрузил. Почта для входа {em}, телефон {ph}. Прошу восстановить.",
    "ko": "안녕하세요, 제 계정 @{hd}이 오늘 '사칭'으로 비활성화됐는데 제 본인 계정입니다. 저는 {name}이고 생년월일은 {dob}입니다. 신분증({gid})도 올렸어요. 로그인 이메일 {em}, 연락처 {ph}. 복구 부탁드립니다.",
    "ja": "こんにちは。本日アカウント @{hd} が「なりすまし」で停止されましたが、本人のアカウントです。{name}、生年月日は{dob}です。本人確認書類（{gid}）を提出済みです。ログインメール {em}、電話 {ph}。復旧をお願いします。",
    "zh": "您好，我的帳號 @{hd} 今天因「冒充他人」被停用，但這是我本人的帳號：我是{name}，生日{dob}。證件（{gid}）已上傳。登入信箱 {em}，電話 {ph}。請協助恢復。",
    "id": "Halo, akun saya @{hd} hari ini dinonaktifkan karena \"peniruan\", padahal itu akun saya sendiri: saya {name}, lahir {dob}. KTP ({gid}) sudah saya unggah. Email login {em}, nomor {ph}. Mohon dipulihkan.",
    "ar": "مرحباً، تم تعطيل حسابي @{hd} اليوم بسبب \"انتحال الشخصية\" لكنه حسابي: أنا {name}، تاريخ الميلاد {dob}. رفعت هويتي ({gid}). بريد الدخول {em} ورقمي {ph}. أرجو استعادته.",
    "th": "สวัสดีค่ะ บัญชี @{hd} ของฉันถูกระงับวันนี้ว่า \"แอบอ้าง\" แต่เป็นบัญชีของฉันเอง ฉันชื่อ {name} เกิด {dob} ส่งบัตรประชาชน ({gid}) แล้ว อีเมลล็อกอิน {em} เบอร์ {ph} ช่วยกู้คืนด้วยค่ะ",
    "sv": "Hej, mitt konto @{hd} stängdes av idag för \"identitetsstöld\", men det är mitt eget: jag heter {name}, född {dob}. Jag har laddat upp legitimation ({gid}). Inloggningsmejl {em}, nummer {ph}. Snälla återställ det.",
    "ro": "Bună ziua, contul meu @{hd} a fost dezactivat azi pentru „uzurpare de identitate”, dar e al meu: sunt {name}, născut(ă) la {dob}. Am încărcat actul ({gid}). E-mail de logare {em}, telefon {ph}. Vă rog să-l reactivați.",
    "he": "שלום, החשבון שלי @{hd} הושבת היום בטענת \"התחזות\", אבל הוא שלי: אני {name}, נולדתי ב-{dob}. העליתי תעודה ({gid}). מייל התחברות {em}, טלפון {ph}. אנא שחזרו אותו.",
}
APPEAL_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "RU", "KR", "JP", "TW", "ID", "SA", "TH", "SE", "RO", "IL", "AR", "AT", "ZA", "IN", "CN", "BE", "PT", "MX"]


def t_appeal(R, loc, k):
    lang = LANG_OF[loc]
    used = set()
    p = make_person(R, loc, used=used)
    gid = gov_id(R, p, lang)
    g = L("gov_id", gid[0], sub=gid[1]) if gid else N("passport, no. ending 4471", "masked_id")
    hd = L("person", handle(R, p), sub="handle")
    parts = fmt_parts(APPEAL[lang], hd=hd, name=L("person", p.full()), dob=L("dob", dob_text(R, p.dob, loc, lang)), gid=g,
                      em=L("email", email(R, p)), ph=phone(R, loc))
    parts = [N(R.choice(["Appeal ", "Case ", "Ref. "]) + "#" + rnd(R, string.digits, 8), "case_number"), " — ", N(R.choice(["Community Standards", "Account integrity", "Policy 4.2"]), "policy"), "\n\n"] + parts
    return "appeal", lang, loc, wrap_req(R, lang, "rewrite", parts)


# ====================================================================== T12: parental-control exports
PAR = {
    "en": ("Family settings", "Child", "Birthday", "Child's account", "Parent", "Screen-time passcode", "Approved contacts", "Device", "Bedtime", "School"),
    "de": ("Familieneinstellungen", "Kind", "Geburtstag", "Konto des Kindes", "Elternteil", "Bildschirmzeit-Code", "Erlaubte Kontakte", "Gerät", "Schlafenszeit", "Schule"),
    "fr": ("Contrôle parental", "Enfant", "Date de naissance", "Compte de l'enfant", "Parent", "Code Temps d'écran", "Contacts autorisés", "Appareil", "Coucher", "École"),
    "es": ("Control parental", "Hijo/a", "Fecha de nacimiento", "Cuenta del menor", "Madre/padre", "Código de tiempo de uso", "Contactos permitidos", "Dispositivo", "Hora de dormir", "Colegio"),
    "it": ("Controllo genitori", "Figlio/a", "Data di nascita", "Account del minore", "Genitore", "Codice Tempo di utilizzo", "Contatti consentiti", "Dispositivo", "Riposo", "Scuola"),
    "nl": ("Ouderlijk toezicht", "Kind", "Geboortedatum", "Account kind", "Ouder", "Schermtijdcode", "Toegestane contacten", "Apparaat", "Bedtijd", "School"),
    "pt": ("Controle parental", "Criança", "Data de nascimento", "Conta da criança", "Responsável", "Código de tempo de uso", "Contatos permitidos", "Aparelho", "Hora de dormir", "Escola"),
    "pl": ("Kontrola rodzicielska", "Dziecko", "Data urodzenia", "Konto dziecka", "Rodzic", "Kod czasu przed ekranem", "Dozwolone kontakty", "Urządzenie", "Cisza nocna", "Szkoła"),
    "sv": ("Föräldrakontroll", "Barn", "Födelsedag", "Barnets konto", "Förälder", "Skärmtidskod", "Godkända kontakter", "Enhet", "Läggdags", "Skola"),
    "ja": ("ペアレンタルコントロール", "お子さま", "生年月日", "お子さまのアカウント", "保護者", "スクリーンタイム・パスコード", "許可された連絡先", "端末", "就寝時間", "学校"),
    "ko": ("자녀 보호 설정", "자녀", "생년월일", "자녀 계정", "보호자", "스크린 타임 암호", "허용된 연락처", "기기", "취침 시간", "학교"),
    "zh": ("家長監護設定", "孩子", "生日", "孩子的帳號", "家長", "螢幕使用時間密碼", "允許的聯絡人", "裝置", "就寢時間", "學校"),
    "tr": ("Ebeveyn denetimi", "Çocuk", "Doğum tarihi", "Çocuğun hesabı", "Ebeveyn", "Ekran süresi parolası", "İzin verilen kişiler", "Cihaz", "Yatma saati", "Okul"),
}
SCHOOLS = {"en": "Riverside Primary", "de": "Grundschule am Mühlbach", "fr": "École Jules-Ferry", "es": "CEIP Los Almendros", "it": "I.C. Collodi",
           "nl": "OBS De Regenboog", "pt": "E.M. Monteiro Lobato", "pl": "SP nr 12 im. Marii Konopnickiej", "sv": "Ekbackeskolan", "ja": "桜ヶ丘小学校",
           "ko": "한솔초등학교", "zh": "中正國小", "tr": "Atatürk İlkokulu"}
PAR_LOCS = ["US", "GB", "AU", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "NL", "BR", "PL", "SE", "JP", "KR", "TW", "TR", "IN", "PT"]


def t_parental(R, loc, k):
    lang = LANG_OF[loc]
    t = PAR[lang]
    used = set()
    parent = make_person(R, loc, used=used, age=(32, 52))
    kid = make_person(R, loc, family=(parent.family, parent.family_r), used=used, age=(8, 13))
    other = make_person(R, loc, used=used)
    cnt = R.randint(1, 2)
    parts = [t[0], " — ", N(R.choice(["Family Link", "Screen Time", "Kids Space", "FamilyGuard 3.4"]), "product"), "\n\n",
             t[1], ": ", L("person", kid.full() if R.random() < .5 else kid.given), "\n",
             t[2], ": ", L("dob", dob_text(R, kid.dob, loc, lang)), "\n",
             t[3], ": ", L("email", email(R, kid)), "\n",
             t[4], ": ", L("person", parent.full()), " · ", L("email", email(R, parent)), " · ", phone(R, loc), "\n",
             t[5], ": ", L("secret", rnd(R, string.digits, R.choice([4, 6])), sub="parental_pin"), "\n",
             t[7], ": ", N(R.choice(["iPad (10th gen)", "Galaxy Tab A9", "Moto g54", "iPhone SE"]), "device_model"), ", IMEI ", N(imei(R), "imei"), "\n",
             t[8], ": ", N("%02d:%02d–07:00" % (R.choice([20, 21]), R.choice([0, 30])), "time_range"), "\n",
             t[9], ": ", N(SCHOOLS[lang], "school"), "\n",
             t[6], ":\n"]
    parts += ["  • ", N(MUM_WORD.get(lang, "Mum") if lang in MUM_WORD else "Mum", "relationship_word"), " ", N("★", "icon"), "\n"]
    parts += ["  • ", L("person", other.full()), " ", phone(R, loc), "\n"]
    if cnt == 2:
        gm = make_person(R, loc, "f", family=(parent.family, parent.family_r), used=used, age=(60, 80))
        parts += ["  • ", L("person", gm.full()), " ", phone(R, loc), "\n"]
    q = {"en": "Are these settings sensible for a {age}-year-old?", "de": "Sind die Einstellungen für {age} Jahre okay?", "fr": "Ces réglages sont bien pour {age} ans ?",
         "es": "¿Está bien configurado para {age} años?", "it": "Vanno bene queste impostazioni per {age} anni?", "nl": "Zijn deze instellingen oké voor {age} jaar?",
         "pt": "Essas configurações estão boas para {age} anos?", "pl": "Czy te ustawienia są OK dla {age}-latka?", "sv": "Är inställningarna rimliga för en {age}-åring?",
         "ja": "{age}歳の子にこの設定で大丈夫ですか？", "ko": "{age}살 아이한테 이 설정 괜찮을까요?", "zh": "{age}歲的孩子這樣設定可以嗎？", "tr": "{age} yaşında bir çocuk için bu ayarlar uygun mu?"}[lang]
    q = q.replace("{age}", str(2026 - kid.dob.year))
    return "settings", lang, loc, ([q + "\n\n"] + parts) if R.random() < .5 else (parts + ["\n" + q])


# ====================================================================== T13: password-manager exports
PW_REQ = {"en": "Which of these are weak or reused? Be blunt.", "de": "Welche Passwörter sind schwach oder doppelt?", "fr": "Lesquels sont faibles ou réutilisés ?",
          "es": "¿Cuáles son débiles o repetidas?", "it": "Quali sono deboli o riutilizzate?", "nl": "Welke zijn zwak of dubbel gebruikt?", "pt": "Quais senhas estão fracas ou repetidas?",
          "pl": "Które hasła są słabe albo powtórzone?", "sv": "Vilka lösenord är svaga eller återanvända?", "tr": "Hangileri zayıf ya da tekrar kullanılmış?",
          "ru": "Какие пароли слабые или повторяются?", "ja": "弱いパスワードや使い回しはどれ？", "ko": "어떤 비밀번호가 약하거나 중복이에요?", "zh": "哪些密碼太弱或重複使用？",
          "id": "Mana yang lemah atau dipakai ulang?", "vi": "Mật khẩu nào yếu hoặc bị dùng lại?", "ro": "Care parole sunt slabe sau refolosite?"}
PW_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "SE", "TR", "RU", "JP", "KR", "TW", "ID", "VN", "RO", "AU", "AT", "IN", "BE", "MX", "CN"]
SITES = [("Chirpboard", "https://chirpboard.example/login"), ("Pixolo", "https://accounts.pixolo.example"), ("Lunamatch", "https://lunamatch.example"),
         ("Webmail", "https://mail.example.net"), ("Router", "http://192.168.1.1"), ("Streamflix", "https://streamflix.example/signin"),
         ("Bank", "https://online.bank.example"), ("Gaming", "https://play.example.gg"), ("Vibelane", "https://vibelane.example")]


def t_pwexport(R, loc, k):
    lang = LANG_OF[loc]
    used = set()
    p = make_person(R, loc, used=used)
    em_v = email(R, p)
    fmt = R.choice(["bitwarden", "chrome", "1password"])
    if fmt == "bitwarden":
        head = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"
    elif fmt == "chrome":
        head = "name,url,username,password,note"
    else:
        head = "Title,Url,Username,Password,OTPAuth,Notes"
    rows = []
    reuse = password(R)
    for i, (nm, url) in enumerate(R.sample(SITES, R.randint(3, 4))):
        user = [L("email", em_v)] if R.random() < .6 else [N(R.choice(["admin", pseudo(R), "user%d" % R.randint(100, 999)]), "username")]
        pw = reuse if R.random() < .35 else (password(R) if R.random() < .5 else strong_password(R))
        pwl = L("secret", pw, sub="password")
        totp = [L("secret", totp_seed(R, grouped=False), sub="totp_seed")] if R.random() < .3 else []
        note = []
        if R.random() < .2:
            c, iss = card(R)
            note = [L("card", c.replace(" ", ""), sub=iss), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), " cvv ", N(rnd(R, string.digits, 3), "cvc")]
        elif R.random() < .2:
            note = ["security Q: first pet = ", L("secret", R.choice(["Biscuit", "Pumuckl", "Minou", "Canela", "Tofu", "Bolinha", "Mruczek"]), sub="security_answer")]
        q = lambda x: ['"'] + x + ['"'] if any(isinstance(y, str) and "," in y for y in x) or (x and isinstance(x[0], L) and " " in x[0].value) else x
        if fmt == "bitwarden":
            row = [",0,login,", nm, ","] + q(note) + [",,0,", N(url, "url"), ","] + user + [","] + [pwl] + [","] + totp
        elif fmt == "chrome":
            row = [nm, ",", N(url, "url"), ","] + user + [","] + [pwl] + [","] + q(note)
        else:
            row = [nm, ",", N(url, "url"), ","] + user + [",", pwl, ","] + ((["otpauth://totp/", nm, "?secret="] + totp) if totp else []) + [","] + q(note)
        rows += row + ["\n"]
    parts = [head, "\n"] + rows
    q = PW_REQ[lang]
    return "csv", lang, loc, ([q + "\n\n"] + parts) if R.random() < .5 else (parts + ["\n" + q])


# ====================================================================== T14: marketplace scams
MKT = {
    "de": ("Kleinanzeigen", "Hallo, ist das Sofa noch da? Ich kaufe es, mein Kurier holt es ab. Ich zahle über \"Sicher bezahlen\", klick hier: {url}", "Abholung wäre bei mir: {addr}. Ruf an unter {ph}, ich bin {seller}.", "Der Kurier braucht Ihre Kartendaten für die Auszahlung, bitte Foto von Vorder- und Rückseite.", "Überweisen Sie bitte vorher die Versicherung an {holder}, {pay}."),
    "fr": ("Leboncoin", "Bonjour, le vélo est toujours dispo ? Je paie par la livraison sécurisée, cliquez ici : {url}", "Retrait chez moi : {addr}. Appelez-moi au {ph}, {seller}.", "Le transporteur a besoin de vos coordonnées bancaires pour vous verser l'argent.", "Merci de régler d'abord l'assurance à {holder}, {pay}."),
    "es": ("Wallapop", "Hola, ¿sigue disponible la cámara? Te pago por envío protegido, entra aquí: {url}", "Se recoge en mi casa: {addr}. Llámame al {ph}, soy {seller}.", "La agencia necesita los datos de tu tarjeta para ingresarte el dinero.", "Antes paga el seguro a {holder}, {pay}."),
    "it": ("Subito", "Ciao, la bici è ancora disponibile? Pago con spedizione protetta, clicca qui: {url}", "Ritiro da me: {addr}. Chiamami al {ph}, sono {seller}.", "Il corriere ha bisogno dei dati della carta per accreditarti.", "Prima paga l'assicurazione a {holder}, {pay}."),
    "nl": ("Marktplaats", "Hoi, is de kinderwagen nog beschikbaar? Ik betaal via \"Gelijk Oversteken\", klik: {url}", "Ophalen kan bij mij: {addr}. Bel me op {ph}, groet {seller}.", "Voor de uitbetaling heb je je pasgegevens nodig op die pagina.", "Maak eerst €0,01 verificatie over naar {holder}, {pay}."),
    "pl": ("OLX", "Dzień dobry, rower aktualny? Zapłacę przez OLX Przesyłki, proszę kliknąć: {url}", "Odbiór u mnie: {addr}. Proszę dzwonić {ph}, {seller}.", "Kurier potrzebuje danych karty, żeby przelać pieniądze.", "Najpierw opłata za ubezpieczenie na {holder}, {pay}."),
    "pt": ("OLX", "Oi, o celular ainda tá disponível? Pago pelo OLX Pay, clica aqui: {url}", "Pode buscar aqui: {addr}. Me liga no {ph}, sou {seller}.", "A transportadora precisa dos dados do cartão pra depositar.", "Antes paga a taxa de seguro pra {holder}, {pay}."),
    "ro": ("OLX", "Bună, mai e valabilă bicicleta? Plătesc prin livrare OLX, apăsați aici: {url}", "Ridicarea e la mine: {addr}. Sunați-mă la {ph}, {seller}.", "Curierul are nevoie de datele cardului pentru plată.", "Achitați întâi asigurarea către {holder}, {pay}."),
    "ru": ("Авито", "Здравствуйте, диван ещё продаётся? Оплачу через Авито Доставку, перейдите: {url}", "Забирать у меня: {addr}. Звоните {ph}, {seller}.", "Курьеру нужны данные вашей карты для перевода.", "Сначала оплатите страховку на {holder}, {pay}."),
    "uk": ("OLX", "Доброго дня, велосипед ще актуальний? Оплачу через OLX Доставку, перейдіть: {url}", "Забирати в мене: {addr}. Телефонуйте {ph}, {seller}.", "Кур'єру потрібні дані вашої картки.", "Спочатку сплатіть страховку на {holder}, {pay}."),
    "en": ("Marketplace", "Hi is the PS5 still available? I'll pay through the secure shipping page, click: {url}", "Pickup is at mine: {addr}. Call me on {ph}, {seller}.", "The courier needs your card details to release the payment.", "Please pay the insurance first to {holder}, {pay}."),
    "tr": ("Sahibinden", "Merhaba, bisiklet duruyor mu? Güvenli ödeme ile alacağım, tıklayın: {url}", "Teslim adresim: {addr}. {ph} numarasından arayın, {seller}.", "Kargo ödemesi için kart bilgileriniz gerekiyor.", "Önce sigorta ücretini {holder} adına gönderin: {pay}."),
}
MKT_LOCS = ["DE", "AT", "FR", "BE", "ES", "IT", "NL", "PL", "BR", "PT", "RO", "RU", "UA", "GB", "US", "AU", "TR", "ZA"]


def t_marketplace(R, loc, k):
    lang = LANG_OF[loc]
    site, m1, m2, m3, m4 = MKT[lang]
    used = set()
    seller = make_person(R, loc, used=used)
    buyer = make_person(R, R.choice(["GB", "DE", "FR", "NG", "ES"]) if R.random() < .4 else loc, used=used)
    holder = make_person(R, R.choice(["ES", "DE", "LT" if False else "NL", "GB", "PL"]), used=used)
    url = N(R.choice(["https://", ""]) + R.choice(["safe-deal-", "secure-pay-", "delivery-", "olx-"]) + rnd(R, string.ascii_lowercase, 5) + R.choice([".shop", ".site", ".info/pay", ".top/order"]), "phishing_url")
    if loc in IBAN_OF:
        pay = [L("iban", iban(R, IBAN_OF.get(holder.loc, "ES") if holder.loc in IBAN_OF else "ES"))]
    else:
        c, iss = card(R, "visa")
        pay = [N("gift card", "gift_card")] if loc in ("US", "AU", "ZA") else [N(btc_addr(R), "crypto_address")]
    bn, sn = L("person", buyer.full()), L("person", seller.given)
    msgs = [([bn], fmt_parts(m1, url=url)),
            ([L("person", seller.full())], fmt_parts(m2, addr=L("address", address(R, loc)), ph=phone(R, loc), seller=L("person", seller.given))),
            ([L("person", buyer.full())], [m3]),
            ([L("person", buyer.full())], fmt_parts(m4, holder=L("person", holder.full()), pay=pay))]
    body = [N(site, "platform"), " · ", N("#" + rnd(R, string.digits, 10), "listing_id"), " · ", N(amount(R, CUR[loc]), "amount"), "\n"] + chat_lines(R, "plain", lang, msgs)
    return "chat", lang, loc, wrap_req(R, lang, "scam", body)


# ====================================================================== T15: doxxing and harassment in group chats
DOX = {
    "en": ("Someone posted this about my sister in a Telegram group with 3,000 members:", "Her boyfriend {bf} says he didn't do it. I'm {me}, reachable at {meph}."),
    "de": ("Jemand hat das über meine Schwester in eine Telegram-Gruppe mit 3.000 Leuten gepostet:", "Ihr Freund {bf} sagt, er war es nicht. Ich bin {me}, erreichbar unter {meph}."),
    "fr": ("Quelqu'un a posté ça sur ma sœur dans un groupe Telegram de 3 000 personnes :", "Son copain {bf} dit que ce n'est pas lui. Je suis {me}, joignable au {meph}."),
    "es": ("Alguien publicó esto sobre mi hermana en un grupo de Telegram de 3.000 personas:", "Su novio {bf} dice que no fue él. Soy {me}, mi número es {meph}."),
    "it": ("Qualcuno ha pubblicato questo su mia sorella in un gruppo Telegram di 3.000 persone:", "Il suo ragazzo {bf} dice di non essere stato lui. Sono {me}, al {meph}."),
    "pt": ("Alguém postou isso sobre minha irmã num grupo do Telegram com 3 mil pessoas:", "O namorado dela, {bf}, diz que não foi ele. Sou {me}, meu número é {meph}."),
    "pl": ("Ktoś wrzucił to o mojej siostrze na grupę na Telegramie (3 tys. osób):", "Jej chłopak {bf} mówi, że to nie on. Jestem {me}, tel. {meph}."),
    "ru": ("Кто-то выложил это про мою сестру в телеграм-чат на 3000 человек:", "Её парень {bf} говорит, что это не он. Я {me}, мой номер {meph}."),
    "uk": ("Хтось виклав це про мою сестру в телеграм-чат на 3000 людей:", "Її хлопець {bf} каже, що це не він. Я {me}, мій номер {meph}."),
    "tr": ("Biri kız kardeşim hakkında 3.000 kişilik bir Telegram grubuna bunu atmış:", "Erkek arkadaşı {bf} kendisinin yapmadığını söylüyor. Ben {me}, numaram {meph}."),
    "ar": ("شخص نشر هذا عن أختي في مجموعة تيليجرام فيها 3000 عضو:", "صديقها {bf} يقول إنه ليس هو. أنا {me}، رقمي {meph}."),
    "fa": ("یکی این رو درباره خواهرم توی یه گروه تلگرامی با ۳۰۰۰ عضو گذاشته:", "دوست‌پسرش {bf} می‌گه کار اون نبوده. من {me} هستم، شماره‌ام {meph}."),
    "id": ("Ada yang posting ini soal adik saya di grup Telegram isi 3.000 orang:", "Pacarnya, {bf}, bilang bukan dia. Saya {me}, nomor saya {meph}."),
    "vi": ("Có người đăng cái này về em gái mình trong nhóm Telegram 3.000 người:", "Bạn trai em ấy là {bf} nói không phải anh ta. Mình là {me}, số {meph}."),
    "ko": ("누가 3천 명 있는 텔레그램 방에 제 여동생에 대해 이걸 올렸어요:", "여동생 남자친구 {bf}는 자기가 아니래요. 저는 {me}이고 번호는 {meph}예요."),
    "zh": ("有人在三千人的Telegram群組裡貼了我妹妹的資料：", "她男友{bf}說不是他。我是{me}，電話{meph}。"),
    "hi": ("किसी ने मेरी बहन के बारे में 3000 लोगों वाले टेलीग्राम ग्रुप में ये डाला है:", "उसका बॉयफ्रेंड {bf} कहता है उसने नहीं किया। मैं {me} हूँ, मेरा नंबर {meph} है।"),
    "he": ("מישהו פרסם את זה על אחותי בקבוצת טלגרם של 3,000 איש:", "החבר שלה {bf} אומר שזה לא הוא. אני {me}, הטלפון שלי {meph}."),
    "th": ("มีคนโพสต์เรื่องน้องสาวฉันในกลุ่มเทเลแกรม 3,000 คน:", "แฟนเขา {bf} บอกว่าไม่ใช่ฝีมือเขา ฉันชื่อ {me} เบอร์ {meph}"),
    "tl": ("May nag-post nito tungkol sa kapatid ko sa Telegram group na may 3,000 members:", "Sabi ng boyfriend niyang si {bf}, hindi siya. Ako si {me}, {meph} ang number ko."),
}
DOX_POST = {"en": "📍 lives at", "de": "📍 wohnt in", "fr": "📍 habite", "es": "📍 vive en", "it": "📍 abita in", "pt": "📍 mora na", "pl": "📍 mieszka", "ru": "📍 живёт",
            "uk": "📍 живе", "tr": "📍 adres", "ar": "📍 تسكن في", "fa": "📍 آدرس", "id": "📍 tinggal di", "vi": "📍 sống ở", "ko": "📍 주소", "zh": "📍 住在",
            "hi": "📍 पता", "he": "📍 גרה ב", "th": "📍 บ้านอยู่", "tl": "📍 nakatira sa"}
DOX_LOCS = ["GB", "US", "DE", "FR", "ES", "IT", "BR", "PL", "RU", "UA", "TR", "EG", "IR", "ID", "VN", "KR", "TW", "INH", "IL", "TH", "PH", "AR", "CO", "SA", "NG", "MA"]


def t_doxxing(R, loc, k):
    lang = LANG_OF[loc]
    if loc == "MA":
        lang = "ar"
    intro, tail = DOX[lang]
    used = set()
    sis = make_person(R, loc, "f", used=used, age=(16, 30))
    me = make_person(R, loc, family=(sis.family, sis.family_r), used=used)
    bf = make_person(R, loc, "m", used=used)
    post = ["> ", L("person", sis.full()), " ", N(R.choice(["🤡", "😂", "👀", "⚠️"]), "emoji"), "\n> ", DOX_POST[lang], " ", L("address", address(R, loc)), "\n> ☎ ", phone(R, loc)]
    if R.random() < .5:
        post += ["\n> IG @", L("person", handle(R, sis), sub="handle")]
    if R.random() < .4:
        post += ["\n> ", F[lang][1] if lang in F else "DOB", ": ", L("dob", dob_text(R, sis.dob, loc, lang))]
    if R.random() < .3:
        gid = gov_id(R, sis, lang)
        if gid:
            post += ["\n> ", F[lang][5] if lang in F else "ID", ": ", L("gov_id", gid[0], sub=gid[1])]
    post += ["\n> ", N(R.choice(["t.me/", "@"]) + R.choice(["expose_", "leaks_", "gossip_"]) + rnd(R, string.ascii_lowercase, 5), "channel")]
    parts = [intro, "\n"] + post + ["\n\n"] + fmt_parts(tail, bf=L("person", bf.full()), me=L("person", me.given if R.random() < .4 else me.full()), meph=phone(R, loc))
    return "message", lang, loc, wrap_req(R, lang, "report", parts)


# ====================================================================== T16: investment ("pig-butchering") scams
CRYPTO = {
    "en": ("I met {mentor} on Instagram, she moved us to WhatsApp ({ph}) and got me onto an \"AI trading\" site. I deposited with my card {card} and then she told me to import this wallet to \"verify\" — I sent her the phrase:", "Now the site wants a 20% \"tax\" before I can withdraw. Transactions:", "Is any of this recoverable? I'm {me}."),
    "de": ("Ich habe {mentor} auf Instagram kennengelernt, dann ging es auf WhatsApp ({ph}) weiter und sie hat mich auf eine \"KI-Trading\"-Seite gebracht. Eingezahlt habe ich mit meiner Karte {card}, dann sollte ich zur \"Verifizierung\" diese Wallet importieren — ich habe ihr die Wörter geschickt:", "Jetzt will die Seite 20 % \"Steuer\" vor der Auszahlung. Transaktionen:", "Kann man da noch was retten? Ich bin {me}."),
    "es": ("Conocí a {mentor} en Instagram, pasamos a WhatsApp ({ph}) y me metió en una web de \"trading con IA\". Deposité con mi tarjeta {card} y luego me pidió importar esta wallet para \"verificar\"; le mandé la frase:", "Ahora la web pide un 20 % de \"impuesto\" para retirar. Transacciones:", "¿Se puede recuperar algo? Soy {me}."),
    "it": ("Ho conosciuto {mentor} su Instagram, poi siamo passati a WhatsApp ({ph}) e mi ha fatto iscrivere a un sito di \"trading con IA\". Ho depositato con la carta {card} e poi mi ha chiesto di importare questo wallet per \"verifica\"; le ho mandato la frase:", "Ora il sito vuole il 20% di \"tasse\" per prelevare. Transazioni:", "Si può recuperare qualcosa? Sono {me}."),
    "ja": ("インスタで{mentor}さんと知り合い、WhatsApp（{ph}）に誘われて「AI投資」サイトに登録しました。カード{card}で入金し、その後「認証のため」とこのウォレットのフレーズを送ってしまいました：", "今は出金に20%の「税金」が必要と言われています。取引：", "取り戻せますか？私は{me}です。"),
    "ko": ("인스타에서 {mentor}를 알게 됐고 왓츠앱({ph})으로 옮긴 뒤 'AI 트레이딩' 사이트에 가입했어요. 카드 {card}로 입금했고, '인증'을 위해 지갑 복구 문구를 보내라고 해서 보냈어요:", "이제 출금하려면 20% '세금'을 내래요. 거래 내역:", "돌려받을 수 있을까요? 저는 {me}입니다."),
    "zh": ("我在IG認識了{mentor}，之後轉到WhatsApp（{ph}），她帶我上一個「AI量化交易」網站。我用信用卡{card}入金，後來她說要「驗證」叫我傳助記詞給她：", "現在網站說要先繳20%的「稅」才能出金。交易紀錄：", "還有機會拿回來嗎？我是{me}。"),
    "vi": ("Mình quen {mentor} trên Instagram, rồi chuyển sang WhatsApp ({ph}) và được dẫn vào sàn \"giao dịch AI\". Mình nạp bằng thẻ {card}, sau đó cô ấy bảo gửi cụm từ khôi phục để \"xác minh\":", "Giờ sàn đòi 20% \"thuế\" mới cho rút. Giao dịch:", "Có lấy lại được không? Mình là {me}."),
    "id": ("Saya kenal {mentor} di Instagram, lalu pindah ke WhatsApp ({ph}) dan diajak ke situs \"trading AI\". Saya deposit pakai kartu {card}, lalu dia minta frasa dompet untuk \"verifikasi\", saya kirim:", "Sekarang situsnya minta \"pajak\" 20% sebelum bisa tarik dana. Transaksi:", "Masih bisa kembali nggak? Saya {me}."),
    "tr": ("{mentor} ile Instagram'da tanıştım, WhatsApp'a ({ph}) geçtik ve beni bir \"yapay zekâ trading\" sitesine soktu. Kartımla {card} yatırdım, sonra \"doğrulama\" için cüzdan kelimelerini istedi, gönderdim:", "Şimdi çekim için %20 \"vergi\" istiyorlar. İşlemler:", "Geri alabilir miyim? Ben {me}."),
    "nl": ("Ik leerde {mentor} kennen op Instagram, daarna via WhatsApp ({ph}) naar een \"AI-trading\"-site. Ik stortte met mijn kaart {card} en moest daarna deze wallet importeren ter \"verificatie\" — ik stuurde haar de zin:", "Nu wil de site 20% \"belasting\" voor ik kan opnemen. Transacties:", "Is hier nog iets van terug te halen? Ik ben {me}."),
    "fr": ("J'ai rencontré {mentor} sur Instagram, on est passés sur WhatsApp ({ph}) et elle m'a inscrit sur un site de « trading IA ». J'ai déposé avec ma carte {card}, puis elle m'a demandé la phrase du wallet pour « vérifier » :", "Maintenant le site réclame 20 % de « taxe » pour retirer. Transactions :", "Est-ce récupérable ? Je suis {me}."),
}
CRYPTO_LOCS = ["US", "GB", "AU", "DE", "ES", "IT", "JP", "KR", "TW", "VN", "ID", "TR", "NL", "FR", "MX", "AT", "CN", "SG"]


def t_crypto(R, loc, k):
    lang = LANG_OF.get(loc, "en")
    if loc == "SG":
        lang = "en"
    a, b, c_ = CRYPTO[lang]
    used = set()
    me = make_person(R, loc if loc != "SG" else "MY", used=used)
    mentor = make_person(R, R.choice(["TW", "CN", "SG" if False else "MY", "US"]), "f", used=used)
    cnum, iss = card(R)
    parts = fmt_parts(a, mentor=L("person", mentor.full() if R.random() < .6 else mentor.given), ph=phone(R, R.choice(["MY", "GB", "US", "KR" if False else "SG"]), region=loc if loc != "SG" else "SG"),
                      card=L("card", cnum, sub=iss))
    parts += ["\n\n", L("secret", seed_phrase(R, R.choice([12, 12, 24])), sub="seed_phrase"), "\n\n", b, "\n"]
    for i in range(R.randint(2, 3)):
        parts += ["- ", N(not_dob(R, lang, 2026), "date"), " ", N(R.choice(["1,250 USDT", "0.042 BTC", "3,000 USDT", "0.9 ETH", "500 USDT"]), "amount"), " → ",
                  N(R.choice([trx_addr(R), eth_addr(R), btc_addr(R)]), "crypto_address"), " tx ", N(txhash(R)[:R.choice([16, 64])] + ("…" if R.random() < .5 else ""), "tx_hash"), "\n"]
    parts += ["\n"] + fmt_parts(c_, me=L("person", me.full()))
    return "message", lang, loc, wrap_req(R, lang, "scam", parts)


# ====================================================================== T17: new sign-in alerts
ALERT = {
    "en": ("New sign-in to your account", "Hi {name}, we noticed a new sign-in to {em}.", "If this was you, you can ignore this email. If not, secure your account.", "Device", "Location", "IP address", "Time"),
    "de": ("Neue Anmeldung bei deinem Konto", "Hallo {name}, wir haben eine neue Anmeldung bei {em} festgestellt.", "Warst du das nicht? Sichere jetzt dein Konto.", "Gerät", "Ort", "IP-Adresse", "Zeit"),
    "fr": ("Nouvelle connexion à votre compte", "Bonjour {name}, nous avons détecté une nouvelle connexion à {em}.", "Si ce n'était pas vous, sécurisez votre compte.", "Appareil", "Lieu", "Adresse IP", "Heure"),
    "es": ("Nuevo inicio de sesión", "Hola {name}, detectamos un nuevo inicio de sesión en {em}.", "Si no fuiste tú, protege tu cuenta.", "Dispositivo", "Ubicación", "Dirección IP", "Hora"),
    "it": ("Nuovo accesso al tuo account", "Ciao {name}, abbiamo rilevato un nuovo accesso a {em}.", "Se non sei stato tu, proteggi l'account.", "Dispositivo", "Luogo", "Indirizzo IP", "Ora"),
    "nl": ("Nieuwe aanmelding", "Hoi {name}, er is nieuw ingelogd op {em}.", "Was jij dit niet? Beveilig dan je account.", "Apparaat", "Locatie", "IP-adres", "Tijd"),
    "pt": ("Novo acesso à sua conta", "Olá, {name}, detectamos um novo acesso em {em}.", "Se não foi você, proteja sua conta.", "Dispositivo", "Local", "Endereço IP", "Horário"),
    "pl": ("Nowe logowanie", "Cześć {name}, wykryliśmy nowe logowanie na {em}.", "Jeśli to nie Ty, zabezpiecz konto.", "Urządzenie", "Lokalizacja", "Adres IP", "Czas"),
    "tr": ("Hesabınıza yeni giriş", "Merhaba {name}, {em} hesabınıza yeni bir giriş yapıldı.", "Siz değilseniz hesabınızı güvenceye alın.", "Cihaz", "Konum", "IP adresi", "Saat"),
    "ru": ("Новый вход в аккаунт", "Здравствуйте, {name}! Выполнен вход в {em}.", "Если это были не вы, защитите аккаунт.", "Устройство", "Местоположение", "IP-адрес", "Время"),
    "ja": ("新しいログインがありました", "{name}様、{em} への新しいログインを検知しました。", "心当たりがない場合はパスワードを変更してください。", "端末", "場所", "IPアドレス", "日時"),
    "ko": ("새로운 로그인 알림", "{name}님, {em} 계정에 새로운 로그인이 있었습니다.", "본인이 아니라면 비밀번호를 변경하세요.", "기기", "위치", "IP 주소", "시간"),
    "vi": ("Đăng nhập mới", "Chào {name}, có đăng nhập mới vào {em}.", "Nếu không phải bạn, hãy bảo vệ tài khoản.", "Thiết bị", "Vị trí", "Địa chỉ IP", "Thời gian"),
    "id": ("Login baru ke akun Anda", "Halo {name}, ada login baru ke {em}.", "Jika bukan Anda, amankan akun Anda.", "Perangkat", "Lokasi", "Alamat IP", "Waktu"),
    "sv": ("Ny inloggning", "Hej {name}, vi såg en ny inloggning på {em}.", "Var det inte du? Skydda ditt konto.", "Enhet", "Plats", "IP-adress", "Tid"),
    "ar": ("تسجيل دخول جديد", "مرحباً {name}، لاحظنا تسجيل دخول جديد إلى {em}.", "إذا لم تكن أنت، قم بتأمين حسابك.", "الجهاز", "الموقع", "عنوان IP", "الوقت"),
}
ALERT_LOCS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "RU", "JP", "KR", "VN", "ID", "SE", "EG", "AT", "MX", "BE", "PT", "IN", "AU", "SA"]


def t_alert(R, loc, k):
    lang = LANG_OF[loc]
    t = ALERT[lang]
    used = set()
    p = make_person(R, loc, used=used)
    em_v = email(R, p)
    plat = R.choice(PLATFORMS)
    parts = ["From: ", N(plat, "platform"), " <", N("security@mail.%s.example" % plat.lower(), "role_mailbox"), ">\nSubject: ", t[0], "\n\n"]
    parts += fmt_parts(t[1], name=L("person", p.given if R.random() < .6 else p.full()), em=L("email", em_v)) + ["\n\n"]
    for i in range(R.randint(1, 2)):
        parts += [t[3], ": ", N(R.choice(["Chrome on Windows 11", "Samsung Galaxy S23", "iPhone 15 Pro", "Firefox on Linux", "Android 13 (Redmi)"]), "device"), "\n",
                  t[4], ": ", N(R.choice(["Lagos, Nigeria", "Hanoi, Vietnam", "Frankfurt, Germany (approx.)", "Jakarta, Indonesia", "Moscow, Russia"]) if i else CITY_OF[loc], "city"), "\n",
                  t[5], ": ", ip(R), "\n", t[6], ": ", N(not_dob(R, lang, 2026) + " %02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59)), "timestamp"), "\n\n"]
    parts += [t[2], "\n", N("https://%s.example/security/checkup" % plat.lower(), "url")]
    if R.random() < .4:
        parts += ["\n", N(R.choice(["+44 •••• •••", "•••• ••• 4" + rnd(R, string.digits, 2), "***-***-" + rnd(R, string.digits, 4)]), "masked_phone")]
    return "email", lang, loc, wrap_req(R, lang, "hack", parts)


# ====================================================================== T18: identity checks for account recovery
KYC_REQ = {"en": "They want all this to give my account back. Is it normal to send it?", "de": "Die wollen das alles, um mein Konto freizugeben. Ist das normal?",
           "fr": "Ils veulent tout ça pour me rendre mon compte. C'est normal ?", "es": "Me piden todo esto para devolverme la cuenta. ¿Es normal?",
           "it": "Vogliono tutto questo per ridarmi l'account. È normale?", "pt": "Pediram tudo isso pra devolver minha conta. É normal?",
           "pl": "Chcą tego wszystkiego, żeby oddać konto. To normalne?", "tr": "Hesabımı geri vermek için bunları istiyorlar. Normal mi?",
           "ru": "Для восстановления аккаунта просят всё это. Это нормально?", "ko": "계정 복구하려면 이걸 다 달래요. 정상인가요?",
           "vi": "Họ đòi hết mấy thứ này mới trả tài khoản. Có bình thường không?", "th": "เขาขอข้อมูลพวกนี้เพื่อคืนบัญชี ปกติไหม",
           "ar": "يطلبون كل هذا لإرجاع حسابي. هل هذا طبيعي؟", "fa": "برای برگردوندن اکانت همه اینا رو می‌خوان. عادیه؟", "he": "מבקשים את כל זה כדי להחזיר לי את החשבון. זה נורמלי?",
           "ms": "Mereka minta semua ini untuk pulihkan akaun. Normal ke?", "hi": "अकाउंट वापस देने के लिए ये सब माँग रहे हैं। क्या ये नॉर्मल है?",
           "uk": "Для відновлення акаунта просять усе це. Це нормально?", "ro": "Îmi cer toate astea ca să-mi dea contul înapoi. E normal?",
           "nl": "Ze willen dit allemaal om mijn account terug te geven. Is dat normaal?", "sv": "De vill ha allt det här för att ge tillbaka kontot. Är det normalt?",
           "zh": "他們要這些資料才肯還我帳號，正常嗎？", "ja": "アカウントを戻すのにこれを全部求められました。普通ですか？", "id": "Mereka minta semua ini buat balikin akun. Wajar nggak?",
           "tl": "Hinihingi nila lahat 'to para maibalik ang account ko. Normal ba?"}
KYC_LOCS = ["IN", "INH", "PH", "NG", "ZA", "MY", "IR", "IL", "SA", "UA", "TH", "VN", "KR", "CN", "TW", "BR", "AR", "TR", "RO", "ES", "IT", "PL", "DE", "FR", "NL", "SE", "JP", "ID", "MX", "CO"]


def t_kyc(R, loc, k):
    lang = LANG_OF[loc]
    if loc in ("IN", "NG", "ZA"):
        lang = "en"
    used = set()
    p = make_person(R, loc, used=used)
    rows = [(0, L("person", p.full() if loc not in ("RU", "UA") else p.family + " " + p.given)), (1, L("dob", dob_text(R, p.dob, loc, lang)))]
    gid = gov_id(R, p, lang)
    if gid:
        rows.append((5, L("gov_id", gid[0], sub=gid[1])))
    else:
        rows.append((5, N(R.choice(["(upload pending)", "—", "N/A"]), "empty")))
    ml = R.random() < .3
    rows += [(4, ["\n"] + [L("address", address(R, loc, nl=True))] if ml else L("address", address(R, loc))), (3, phone(R, loc)), (2, L("email", email(R, p)))]
    if R.random() < .5:
        rows.append((6, [L("person", handle(R, p), sub="handle")]))
    R.shuffle(rows)
    body = [N(R.choice(["Verification request #", "Identity check · case ", "KYC-"]) + rnd(R, string.digits, 7), "case_number"), "\n"] + form_lines(R, lang, rows)
    body += [N(R.choice(["Selfie video: 5 sec, turn head left/right", "Upload front and back of your ID", "Hold your ID next to your face"]), "instruction")]
    q = KYC_REQ[lang]
    return "form", lang, loc, ([q + "\n\n"] + body) if R.random() < .5 else (body + ["\n\n" + q])


# ====================================================================== clean templates (no labelable data)
SAMPLE = {
    "en": ("Full name (e.g. John Doe)", "Email (e.g. name@example.com)", "Phone (+1 XXX XXX XXXX)", "Date of birth (MM/DD/YYYY)", "How to request a copy of your data", "Your export will be ready within 48 hours. The archive contains your profile, messages, login activity and ad interests."),
    "de": ("Name (z. B. Max Mustermann)", "E-Mail (z. B. max@example.de)", "Telefon (+49 …)", "Geburtsdatum (TT.MM.JJJJ)", "So forderst du eine Kopie deiner Daten an", "Dein Export ist in 48 Stunden fertig. Er enthält Profil, Nachrichten, Login-Aktivität und Werbeinteressen."),
    "fr": ("Nom (ex. Jean Dupont)", "E-mail (ex. prenom.nom@example.fr)", "Téléphone (+33 X XX XX XX XX)", "Date de naissance (JJ/MM/AAAA)", "Demander une copie de vos données", "Votre archive sera prête sous 48 h : profil, messages, connexions et centres d'intérêt publicitaires."),
    "es": ("Nombre (p. ej. Juan Pérez)", "Correo (p. ej. usuario@example.es)", "Teléfono (+34 XXX XXX XXX)", "Fecha de nacimiento (DD/MM/AAAA)", "Cómo pedir una copia de tus datos", "Tu archivo estará listo en 48 horas: perfil, mensajes, actividad de inicio de sesión e intereses."),
    "it": ("Nome (es. Mario Rossi)", "Email (es. nome@example.it)", "Telefono (+39 3XX XXX XXXX)", "Data di nascita (GG/MM/AAAA)", "Come richiedere una copia dei tuoi dati", "L'archivio sarà pronto entro 48 ore: profilo, messaggi, accessi e interessi pubblicitari."),
    "nl": ("Naam (bijv. Jan Jansen)", "E-mail (bijv. naam@example.nl)", "Telefoon (+31 6 XXXXXXXX)", "Geboortedatum (DD-MM-JJJJ)", "Zo vraag je je gegevens op", "Je export staat binnen 48 uur klaar: profiel, berichten, inlogactiviteit en advertentie-interesses."),
    "pl": ("Imię i nazwisko (np. Jan Kowalski)", "E-mail (np. jan@example.pl)", "Telefon (+48 XXX XXX XXX)", "Data urodzenia (DD.MM.RRRR)", "Jak pobrać kopię swoich danych", "Archiwum będzie gotowe w ciągu 48 godzin: profil, wiadomości, logowania i zainteresowania reklamowe."),
    "pt": ("Nome (ex.: Fulano de Tal)", "E-mail (ex.: nome@example.com.br)", "Celular ((XX) 9XXXX-XXXX)", "Data de nascimento (DD/MM/AAAA)", "Como pedir uma cópia dos seus dados", "Seu arquivo fica pronto em até 48 horas: perfil, mensagens, acessos e interesses de anúncios."),
    "ja": ("氏名（例：山田 太郎）", "メール（例：taro@example.jp）", "電話番号（090-XXXX-XXXX）", "生年月日（YYYY/MM/DD）", "データのダウンロード方法", "48時間以内にアーカイブが作成されます。プロフィール、メッセージ、ログイン履歴、広告の興味関心が含まれます。"),
    "ko": ("이름 (예: 홍길동)", "이메일 (예: name@example.kr)", "휴대폰 (010-XXXX-XXXX)", "생년월일 (YYYY.MM.DD)", "내 정보 다운로드 방법", "48시간 안에 파일이 준비됩니다. 프로필, 메시지, 로그인 기록, 광고 관심사가 포함됩니다."),
    "tr": ("Ad soyad (ör. Ahmet Yılmaz)", "E-posta (ör. ad@example.com.tr)", "Telefon (05XX XXX XX XX)", "Doğum tarihi (GG.AA.YYYY)", "Verilerinizin kopyasını isteme", "Arşiviniz 48 saat içinde hazır olur: profil, mesajlar, giriş etkinliği ve reklam ilgi alanları."),
    "ru": ("ФИО (напр. Иванов Иван Иванович)", "Почта (напр. ivan@example.ru)", "Телефон (+7 9XX XXX-XX-XX)", "Дата рождения (ДД.ММ.ГГГГ)", "Как выгрузить свои данные", "Архив будет готов в течение 48 часов: профиль, сообщения, входы и рекламные интересы."),
}
HELP_Q = {"en": "What do they mean by 'ad interests'? Is it worth downloading?", "de": "Was heißt 'Werbeinteressen' genau?", "fr": "Ça veut dire quoi, centres d'intérêt publicitaires ?",
          "es": "¿Qué significa 'intereses'? ¿Merece la pena descargarlo?", "it": "Cosa sono gli 'interessi pubblicitari'?", "nl": "Wat bedoelen ze met advertentie-interesses?",
          "pl": "Co to są zainteresowania reklamowe?", "pt": "O que são 'interesses de anúncios'?", "ja": "「広告の興味関心」って何ですか？", "ko": "'광고 관심사'가 뭐예요?",
          "tr": "Reklam ilgi alanları ne demek?", "ru": "Что значит «рекламные интересы»?"}


def c_help(R, k):
    lang = list(SAMPLE)[k % len(SAMPLE)]
    s = SAMPLE[lang]
    plat = R.choice(PLATFORMS)
    parts = [N(plat, "platform"), " Help Center › ", s[4], "\n\n", s[5], "\n\n", N(s[0], "sample_name"), "\n", N(s[1], "sample_email"), "\n", N(s[2], "placeholder"), "\n", N(s[3], "placeholder"), "\n"]
    if R.random() < .5:
        parts += [N("support@%s.example" % plat.lower(), "role_mailbox"), " · ", N("v%d.%d.%d" % (R.randint(2, 40), R.randint(0, 9), R.randint(0, 99)), "version"), "\n"]
    if R.random() < .5:
        parts += [N({"en": "Last updated ", "de": "Stand: ", "fr": "Mis à jour le ", "es": "Actualizado: ", "it": "Aggiornato il ", "nl": "Bijgewerkt ", "pl": "Aktualizacja: ",
                     "pt": "Atualizado em ", "tr": "Güncelleme: ", "ru": "Обновлено "}.get(lang, "⟳ ") + not_dob(R, lang, 2026), "date"), "\n"]
    return "help", lang, None, [HELP_Q[lang] + "\n\n"] + parts if R.random() < .5 else parts + ["\n" + HELP_Q[lang]]


FAMOUS_Q = [
    ("en", "Got a DM from an account saying Elon Musk is doubling any Bitcoin sent in the next hour. Obviously fake, right? How do these even get verified ticks?"),
    ("en", "My aunt thinks she's been chatting with Keanu Reeves for three months and he needs money for his \"blocked account\". How do I explain it kindly?"),
    ("fr", "Une femme en France a envoyé 830 000 € à un faux Brad Pitt. Comment les arnaqueurs fabriquent les photos d'hôpital ?"),
    ("es", "¿Es real el sorteo de MrBeast que me salió en TikTok? Piden pagar el envío."),
    ("pt", "Vi um anúncio com o Neymar prometendo lucro num app de apostas. É deepfake?"),
    ("de", "Ist das Video, in dem Thomas Gottschalk für eine Krypto-Plattform wirbt, ein Deepfake?"),
    ("it", "Ho visto una pubblicità con Piero Angela che consiglia un investimento. Ma non è morto nel 2022?"),
    ("nl", "Er gaat een nepadvertentie rond met Mark Rutte die een beleggingsapp aanprijst. Hoe meld ik die?"),
    ("pl", "Czy reklama z Robertem Lewandowskim polecającym inwestycje to oszustwo?"),
    ("tr", "Instagram'da Acun Ilıcalı adına çekiliş yapan hesaplar var, gerçek mi?"),
    ("ja", "前澤友作さんの「お金配り」を名乗るアカウントからDMが来ました。本物ですか？"),
    ("ko", "유재석 사칭 투자 리딩방 광고가 계속 떠요. 신고하면 없어지나요?"),
    ("zh", "網路上有用周杰倫照片的投資廣告，這種要怎麼檢舉？"),
    ("hi", "शाहरुख़ ख़ान वाला निवेश का विज्ञापन असली है क्या? बहुत लोग शेयर कर रहे हैं।"),
    ("en", "Is the \"Tinder Swindler\" story on Netflix accurate about how the money was moved?"),
    ("id", "Ada akun yang pakai nama Raffi Ahmad bagi-bagi saldo DANA. Itu pasti penipuan ya?"),
    ("vi", "Có trang mạo danh Sơn Tùng M-TP tặng iPhone, mình có nên báo cáo không?"),
    ("ar", "هل الإعلان الذي يظهر فيه محمد صلاح ويروّج لمنصة تداول حقيقي؟"),
    ("ru", "В рекламе Тинькофф якобы Олег Тиньков раздаёт деньги. Это дипфейк?"),
    ("sv", "Är annonsen där Zlatan Ibrahimović tipsar om en kryptoplattform falsk?"),
    ("es", "¿Por qué salen tantos anuncios falsos con la cara de Shakira vendiendo cripto?"),
    ("th", "โฆษณาลงทุนที่ใช้รูปตูน บอดี้สแลม เป็นของจริงไหม"),
    ("he", "האם הפרסומת עם גל גדות שממליצה על השקעה היא זיוף?"),
    ("ro", "Reclama cu Simona Halep care recomandă o platformă de investiții e falsă?"),
    ("uk", "Реклама, де нібито Андрій Шевченко радить інвестиції, — це фейк?"),
    ("tl", "Totoo ba yung ad na si Manny Pacquiao daw nagbibigay ng pera sa GCash?"),
]
EXTRA_CLEAN = {"en": "What should I tell people in the family chat?", "fr": "Je le dis comment à ma grand-mère ?", "es": "¿Cómo se lo explico a mi abuela?",
               "pt": "Como explico isso pra minha avó?", "de": "Wie erkläre ich das meiner Oma?", "it": "Come lo spiego a mia nonna?", "nl": "Hoe leg ik dit uit aan mijn oma?",
               "pl": "Jak to wytłumaczyć babci?", "tr": "Bunu anneme nasıl anlatırım?", "ja": "家族にはどう説明すればいいですか？", "ko": "부모님께 어떻게 설명하죠?",
               "zh": "要怎麼跟長輩解釋？", "hi": "घरवालों को कैसे समझाऊँ?", "id": "Gimana jelasin ke orang tua?", "vi": "Giải thích cho bố mẹ thế nào?",
               "ar": "كيف أشرح هذا لأهلي؟", "ru": "Как объяснить это родителям?", "sv": "Hur förklarar jag det för mina föräldrar?", "th": "จะอธิบายให้พ่อแม่ฟังยังไง",
               "he": "איך להסביר את זה להורים?", "ro": "Cum le explic părinților?", "uk": "Як пояснити це батькам?", "tl": "Paano ko ipapaliwanag kay Lola?"}


def c_famous(R, k):
    lang, q = FAMOUS_Q[k % len(FAMOUS_Q)]
    extra = EXTRA_CLEAN[lang]
    parts = [N(q, "famous_person"), " ", extra]
    if R.random() < .5:
        parts += ["\n", N(R.choice(["(ad seen %s)" % not_dob(R, lang, 2026), "Ref: ad #%s" % rnd(R, string.digits, 12), "Link: https://ads.example/%s" % rnd(R, string.ascii_lowercase, 8)]), "ad_ref")]
    return "question", lang, None, parts


MASK = {"en": ("Security checkup", "Recovery email", "Recovery phone", "Saved card", "Payout account", "Two-step verification: on", "Does this mean my account is safe now?"),
        "de": ("Sicherheitscheck", "Wiederherstellungs-E-Mail", "Telefonnummer", "Gespeicherte Karte", "Auszahlungskonto", "Bestätigung in zwei Schritten: an", "Ist mein Konto jetzt sicher?"),
        "fr": ("Vérification de sécurité", "E-mail de récupération", "Téléphone", "Carte enregistrée", "Compte de versement", "Validation en deux étapes : activée", "Mon compte est sécurisé maintenant ?"),
        "es": ("Revisión de seguridad", "Correo de recuperación", "Teléfono", "Tarjeta guardada", "Cuenta de cobro", "Verificación en dos pasos: activada", "¿Ya está segura mi cuenta?"),
        "it": ("Controllo sicurezza", "Email di recupero", "Telefono", "Carta salvata", "Conto per pagamenti", "Verifica in due passaggi: attiva", "Il mio account è al sicuro adesso?"),
        "nl": ("Beveiligingscheck", "Herstel-e-mail", "Telefoon", "Opgeslagen pas", "Uitbetaalrekening", "Verificatie in twee stappen: aan", "Is mijn account nu veilig?"),
        "pt": ("Verificação de segurança", "E-mail de recuperação", "Telefone", "Cartão salvo", "Conta de recebimento", "Verificação em duas etapas: ativada", "Minha conta está segura agora?"),
        "pl": ("Kontrola bezpieczeństwa", "E-mail pomocniczy", "Telefon", "Zapisana karta", "Konto do wypłat", "Weryfikacja dwuetapowa: włączona", "Czy konto jest teraz bezpieczne?"),
        "ja": ("セキュリティ診断", "再設定用メール", "電話番号", "登録カード", "振込口座", "2段階認証：オン", "これでアカウントは安全ですか？"),
        "ko": ("보안 점검", "복구 이메일", "전화번호", "저장된 카드", "정산 계좌", "2단계 인증: 사용", "이제 계정 안전한 거죠?"),
        "tr": ("Güvenlik kontrolü", "Kurtarma e-postası", "Telefon", "Kayıtlı kart", "Ödeme hesabı", "İki adımlı doğrulama: açık", "Hesabım artık güvende mi?"),
        "sv": ("Säkerhetskontroll", "Återställnings-e-post", "Telefon", "Sparat kort", "Utbetalningskonto", "Tvåstegsverifiering: på", "Är mitt konto säkert nu?")}


def c_masked(R, k):
    lang = list(MASK)[k % len(MASK)]
    t = MASK[lang]
    letters = rnd(R, "abcdefghijklmnoprstuvw", 1)
    parts = [t[0], "\n", t[1], ": ", N("%s•••••••@%s•••.com" % (letters, R.choice("gohy")), "masked_email"), "\n",
             t[2], ": ", N(R.choice(["+44 ••••• ••••", "+49 ••• •••••", "••• ••• ••", "+33 • •• •• ••", "•••-••••-"]) + rnd(R, string.digits, 2), "masked_phone"), "\n",
             t[3], ": ", N(R.choice(["Visa", "Mastercard", "Amex"]) + " •••• " + rnd(R, string.digits, 4) + " (" + "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)) + ")", "masked_card"), "\n",
             t[4], ": ", N(R.choice(["DE", "FR", "ES", "NL", "IT", "GB"]) + "•• •••• •••• •••• " + rnd(R, string.digits, 2), "masked_iban"), "\n",
             t[5], " · ", N(R.choice(["Authenticator app", "Passkey (2)", "SMS"]), "method"), "\n",
             N({"de": "Letzte Änderung: ", "fr": "Dernière modification : ", "en": "Last password change: "}.get(lang, "🔑 ") + not_dob(R, lang, 2026), "date"), "\n"]
    return "screenshot", lang, None, parts + ["\n" + t[6]] if R.random() < .6 else [t[6] + "\n\n"] + parts


OTP_TXT = [
    ("en", "{c} is your Pixolo code. Don't share it with anyone — our staff will never ask for it."), ("en", "Your WhatsApp code: {c3}-{c3b}. Don't share this code with others."),
    ("de", "Dein Bestätigungscode lautet {c}. Gib ihn niemals weiter."), ("fr", "Votre code de vérification Chirpboard : {c}. Il expire dans 10 minutes."),
    ("es", "Tu código de Vibelane es {c}. No lo compartas con nadie."), ("it", "Il codice per accedere a Flockr è {c}. Non condividerlo."),
    ("nl", "Je verificatiecode is {c}. Deel deze code met niemand."), ("pt", "Seu código de verificação é {c}. Não compartilhe."),
    ("pl", "Twój kod weryfikacyjny: {c}. Nie podawaj go nikomu."), ("tr", "Doğrulama kodunuz: {c}. Kimseyle paylaşmayın."),
    ("ru", "Код подтверждения: {c}. Никому его не сообщайте."), ("ja", "【Pixolo】認証コード：{c}。このコードを他人に教えないでください。"),
    ("ko", "[Web발신] 인증번호 [{c}]를 입력해 주세요. 타인에게 알려주지 마세요."), ("zh", "【Murmur】您的驗證碼為{c}，5分鐘內有效，請勿告知他人。"),
    ("id", "Kode OTP Anda {c}. JANGAN berikan kode ini kepada siapa pun."), ("vi", "Mã xác thực của bạn là {c}. Không chia sẻ mã này."),
    ("th", "รหัส OTP ของคุณคือ {c} (Ref: {ref}) ห้ามบอกผู้อื่น"), ("ar", "رمز التحقق الخاص بك هو {c}. لا تشاركه مع أي شخص."),
    ("hi", "आपका OTP {c} है। इसे किसी के साथ साझा न करें।"), ("sv", "Din engångskod är {c}. Dela den inte med någon."),
    ("he", "קוד האימות שלך: {c}. אין למסור אותו לאף אחד."), ("tl", "Ang iyong verification code ay {c}. Huwag itong ibigay kahit kanino."),
]
OTP_Q = {"en": "I got three of these tonight without asking. Is someone trying to get into my account?", "de": "Ich habe heute Nacht drei davon bekommen, ohne etwas anzufordern. Versucht jemand, sich einzuloggen?",
         "fr": "J'en ai reçu trois cette nuit sans rien demander. Quelqu'un essaie d'entrer ?", "es": "Me llegaron tres esta noche sin pedirlos. ¿Alguien intenta entrar?",
         "it": "Ne ho ricevuti tre stanotte senza chiederli. Qualcuno prova ad entrare?", "nl": "Ik kreeg er vannacht drie zonder iets aan te vragen. Probeert iemand in te loggen?",
         "pt": "Recebi três desses hoje sem pedir. Alguém tá tentando entrar?", "pl": "Dostałem trzy takie w nocy bez proszenia. Ktoś próbuje się zalogować?",
         "tr": "Bu gece istemeden üç tane geldi. Biri hesabıma mı girmeye çalışıyor?", "ru": "Сегодня ночью пришло три таких без запроса. Кто-то пытается войти?",
         "ja": "頼んでいないのに今夜3回届きました。誰かがログインしようとしていますか？", "ko": "요청 안 했는데 오늘 밤 세 번이나 왔어요. 누가 로그인 시도하는 건가요?",
         "zh": "我沒申請卻收到三次，是有人想登入我的帳號嗎？", "id": "Saya dapat tiga kali malam ini padahal nggak minta. Ada yang coba masuk?",
         "vi": "Tối nay mình nhận ba lần dù không yêu cầu. Có ai đang cố đăng nhập không?", "th": "คืนนี้ได้มาสามครั้งโดยไม่ได้ขอ มีคนพยายามเข้าบัญชีเราหรือเปล่า",
         "ar": "وصلتني ثلاث رسائل الليلة دون طلب. هل أحد يحاول الدخول؟", "hi": "बिना माँगे आज रात तीन बार आया। कोई लॉगिन करने की कोशिश कर रहा है?",
         "sv": "Jag fick tre sådana i natt utan att be om det. Försöker någon logga in?", "he": "קיבלתי שלוש כאלה הלילה בלי לבקש. מישהו מנסה להיכנס?",
         "tl": "Tatlong beses akong nakatanggap nito ngayong gabi kahit hindi ako humingi. May nagtatangka bang pumasok?"}


def c_otp(R, k):
    lang, t = OTP_TXT[k % len(OTP_TXT)]
    parts = []
    for i in range(R.randint(2, 3)):
        sender = N(R.choice(["32665", "VERIFY", "Pixolo", "22395", "INFO", "+" + "7" * 0 + "1 (short code 72975)"]), "sender_id")
        parts += [N("%02d:%02d" % (R.randint(0, 5), R.randint(0, 59)), "time"), " ", sender, ": "] + fmt_parts(t, c=N(otp(R), "otp_code"), c3=N(otp(R, 3), "otp_code"), c3b=N(otp(R, 3), "otp_code"), ref=N(rnd(R, string.ascii_uppercase, 4), "otp_ref")) + ["\n"]
    return "sms", lang, None, parts + ["\n" + OTP_Q[lang]]


def c_phish(R, k):
    langs = list(PHISH_SMS)
    lang = langs[k % len(langs)]
    parts = []
    for i in range(R.randint(1, 2)):
        sms = R.choice(PHISH_SMS[lang])
        bank = R.choice(BANKS[lang])
        parts += ["> ", N(R.choice(["INFO-SMS", "Notice", bank[:11].upper()]), "sender_id"), ": "] + fmt_parts(
            sms, bank=N(bank, "org"), amt=N(amount(R, CUR[{"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "pl": "PL", "tr": "TR", "ro": "RO", "id": "ID", "ja": "JP", "ko": "KR", "zh": "TW", "vi": "VN", "ar": "EG", "th": "TH", "sv": "SE", "ru": "RU"}[lang]]), "amount"),
            url=N("https://" + R.choice(["verify-", "secure-", "track-", "appeal-"]) + rnd(R, string.ascii_lowercase, 6) + R.choice([".top", ".info", ".xyz/login", ".live"]), "phishing_url"),
            trk=N(rnd(R, string.ascii_uppercase, 2) + rnd(R, string.digits, 9) + R.choice(["GB", "DE", "CN", ""]), "tracking_number"),
            fee=N(R.choice(["1,99 €", "£1.45", "R$ 2,90", "2,50 zł", "¥380", "₩3,000"]), "amount"), plat=N(R.choice(PLATFORMS), "platform")) + ["\n"]
    return "sms", lang, None, wrap_req(R, lang, "scam", parts)


def c_rates(R, k):
    lang = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "id", "ko", "ja", "tr"][k % 12]
    cur = {"en": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pt": "BRL", "pl": "PLN", "id": "IDR", "ko": "KRW", "ja": "JPY", "tr": "TRY"}[lang]
    head = R.choice(["| Platform | Followers | Eng. rate | Reel | Story | Bundle |\n|---|---|---|---|---|---|\n", "Platform\tFollowers\tER\tReel\tStory\tBundle\n"])
    md = head.startswith("|")
    rows = []
    for plat in R.sample(["Instagram", "TikTok", "YouTube Shorts", "Pixolo", "Snapnest", "Threads"], 3):
        cells = [plat, "%d.%dk" % (R.randint(8, 480), R.randint(0, 9)), "%d.%d%%" % (R.randint(1, 9), R.randint(0, 9)), amount(R, cur), amount(R, cur), amount(R, cur)]
        rows.append(("| " + " | ".join(cells) + " |" if md else "\t".join(cells)) + "\n")
    q = {"en": "Are these rates reasonable for a food creator in 2026?", "de": "Sind die Preise für einen Food-Account okay?", "fr": "Ces tarifs sont corrects pour une créatrice lifestyle ?",
         "es": "¿Son razonables estas tarifas?", "it": "Sono tariffe ragionevoli?", "nl": "Zijn dit redelijke tarieven?", "pt": "Esses valores estão ok?", "pl": "Czy to rozsądne stawki?",
         "id": "Rate card ini wajar nggak?", "ko": "이 단가 적당한가요?", "ja": "この単価は妥当ですか？", "tr": "Bu fiyatlar makul mü?"}[lang]
    parts = [N("Rate card " + str(R.choice([2025, 2026])) + " · v" + str(R.randint(2, 9)), "version"), "\n", N(head, "table_head")] + [N(r, "prices") for r in rows]
    parts += [N(R.choice(["Usage rights: 3 months", "Exclusivity +30%", "Whitelisting on request", "Payment net 30"]), "terms"), "\n"]
    return "table", lang, None, [q + "\n\n"] + parts


def c_devices(R, k):
    lang = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja", "ko", "tr", "sv"][k % 12]
    q = {"en": "I don't recognise the Redmi — should I log it out? What are these IDs?", "de": "Das Redmi kenne ich nicht – abmelden? Was sind das für IDs?",
         "fr": "Je ne reconnais pas le Redmi, je le déconnecte ? C'est quoi ces identifiants ?", "es": "No reconozco el Redmi, ¿lo cierro? ¿Qué son estos IDs?",
         "it": "Non riconosco il Redmi, lo disconnetto? Cosa sono questi ID?", "nl": "Die Redmi ken ik niet, uitloggen? Wat zijn die ID's?",
         "pt": "Não reconheço o Redmi, desconecto? Que IDs são esses?", "pl": "Nie znam tego Redmi, wylogować? Co to za identyfikatory?",
         "ja": "Redmiに見覚えがありません。ログアウトすべき？このIDは何ですか？", "ko": "Redmi는 모르는 기기예요. 로그아웃할까요? 이 ID들은 뭐예요?",
         "tr": "Redmi'yi tanımıyorum, çıkış yaptırayım mı? Bu kimlikler ne?", "sv": "Jag känner inte igen Redmi-telefonen – logga ut? Vad är de här id:na?"}[lang]
    parts = [N(R.choice(PLATFORMS), "platform"), " › Devices / Where you're logged in\n\n"]
    devs = R.sample(["iPhone 14 · iOS 18.1", "MacBook Air · Safari 17.4", "Windows PC · Chrome 126", "iPad Air · iPadOS 17.5", "Galaxy A54 · Android 14"], 2) + ["Redmi Note 12 · Android 13"]
    R.shuffle(devs)
    for dev in devs:
        parts += ["• ", N(dev, "device"), "\n  ", R.choice(["device_id: ", "Android ID: ", "IDFV: "]), N(R.choice([android_id(R), uuid_like(R, True), uuid_like(R)]), "device_id"),
                  "\n  app ", N("%d.%d.%d" % (R.randint(200, 340), R.randint(0, 9), R.randint(0, 99)), "version"), " · ", N(R.choice(["active now", "2 hours ago", "3 days ago", "14 Feb"]), "last_active"), "\n"]
    if R.random() < .5:
        parts += ["IMEI ", N(imei(R), "imei"), " (", N("SIM 1", "slot"), ")\n"]
    return "screenshot", lang, None, parts + ["\n" + q]


RULES_Q = [
    ("en", "Will my post be taken down if I quote the scammer's message without their number? May I share a screenshot if I blur the names?"),
    ("en", "Grant access to a \"page admin\" who messaged me about monetisation? Mark my words, it smells like a scam. Hope someone can explain the usual trick."),
    ("en", "Does a Rose emoji in a dating bio mean anything? Someone in my group chat says it is a code for something."),
    ("de", "Darf ich Screenshots von Drohnachrichten posten, wenn ich die Namen schwärze? Was sagen die Gemeinschaftsrichtlinien?"),
    ("fr", "Est-ce que je peux signaler un compte qui usurpe une marque, ou seulement les personnes ? Quelle rubrique choisir ?"),
    ("es", "¿Cuántas denuncias hacen falta para que cierren una cuenta falsa? ¿Sirve que varios amigos la denuncien a la vez?"),
    ("it", "Se blocco un profilo su Instagram, vede ancora le mie storie? E se ha un secondo account?"),
    ("nl", "Mag een influencer reclame maken zonder #ad te zetten? Wat zegt de Reclamecode daarover?"),
    ("pt", "Denunciar um perfil falso no Instagram é anônimo? A pessoa fica sabendo quem denunciou?"),
    ("pl", "Czy twórca musi oznaczać współpracę reklamową na TikToku? Jakie są zasady UOKiK?"),
    ("tr", "Bir hesabı şikâyet edince karşı taraf kimin şikâyet ettiğini görebilir mi?"),
    ("ja", "ステマ規制で、PR表記がない投稿は違反になりますか？"),
    ("ko", "뒷광고 표시 안 하면 인플루언서도 처벌받나요?"),
    ("zh", "在社群被檢舉幾次帳號會被停權？申訴通常要多久？"),
    ("ru", "Если пожаловаться на аккаунт, автор узнает, кто пожаловался?"),
    ("ar", "هل يعرف صاحب الحساب من أبلغ عنه إذا قدمت بلاغاً؟"),
    ("id", "Kalau saya report akun, pemiliknya tahu nggak siapa yang report?"),
    ("sv", "Måste influencers märka reklam i stories också? Vad säger Konsumentverket?"),
    ("vi", "Báo cáo tài khoản giả mạo trên Facebook thì bao lâu họ xử lý?"),
    ("hi", "इंस्टाग्राम पर किसी फेक अकाउंट को रिपोर्ट करने से उसे पता चलता है कि किसने रिपोर्ट किया?"),
    ("he", "אם אני חוסם מישהו בוואטסאפ, הוא עדיין רואה את התמונה שלי?"),
    ("th", "ถ้ารีพอร์ตบัญชีปลอมในเฟซบุ๊ก เจ้าของจะรู้ไหมว่าใครรีพอร์ต"),
    ("ro", "Dacă raportez un cont, persoana află cine l-a raportat?"),
    ("uk", "Якщо поскаржитися на акаунт, автор дізнається, хто поскаржився?"),
    ("fa", "اگه یه اکانت رو ریپورت کنم، صاحبش می‌فهمه کی ریپورتش کرده؟"),
]


RULES_CTX = {"en": "Asking because it happened in our class group chat last week.", "de": "Ich frage, weil das letzte Woche in unserer Klassengruppe passiert ist.",
             "fr": "Je demande parce que c'est arrivé dans le groupe de la classe la semaine dernière.", "es": "Lo pregunto porque pasó en el grupo de clase la semana pasada.",
             "it": "Lo chiedo perché è successo nel gruppo della classe la settimana scorsa.", "nl": "Ik vraag het omdat het vorige week in onze klassengroep gebeurde.",
             "pt": "Pergunto porque aconteceu no grupo da turma semana passada.", "pl": "Pytam, bo w zeszłym tygodniu zdarzyło się to na grupie klasowej.",
             "tr": "Geçen hafta sınıf grubunda böyle bir şey oldu, o yüzden soruyorum.", "ja": "先週、クラスのグループチャットで似たことがあったので質問しています。",
             "ko": "지난주 반 단톡방에서 이런 일이 있어서 여쭤봐요.", "zh": "因為上週班群裡發生了類似的事，所以想問一下。", "ru": "Спрашиваю, потому что на прошлой неделе такое было в классном чате.",
             "ar": "أسأل لأن هذا حدث في مجموعة الصف الأسبوع الماضي.", "id": "Saya tanya karena minggu lalu kejadian di grup kelas.", "sv": "Jag frågar eftersom det hände i klassens gruppchatt förra veckan.",
             "vi": "Mình hỏi vì tuần trước chuyện này xảy ra trong nhóm lớp.", "hi": "पूछ रहा हूँ क्योंकि पिछले हफ्ते क्लास ग्रुप में ऐसा हुआ था।",
             "he": "אני שואל כי זה קרה בקבוצה של הכיתה בשבוע שעבר.", "th": "ถามเพราะเมื่อสัปดาห์ก่อนเกิดเรื่องนี้ในกลุ่มแชตของห้อง",
             "ro": "Întreb pentru că s-a întâmplat săptămâna trecută în grupul clasei.", "uk": "Питаю, бо минулого тижня таке сталося в чаті класу.",
             "fa": "می‌پرسم چون هفته پیش توی گروه کلاس همچین اتفاقی افتاد."}


def c_rules(R, k):
    lang, q = RULES_Q[k % len(RULES_Q)]
    parts = [N(q, "name_as_word" if lang == "en" else "question")]
    if len(q) < 120 or R.random() < .5:
        parts += [" ", RULES_CTX[lang]]
    if True:
        parts += ["\n\n", N(R.choice(["(Section 4.2, Community Guidelines, updated %s)" % not_dob(R, lang, 2026), "Policy ref. CG-%s" % rnd(R, string.digits, 4),
                                      "Help article #%s" % rnd(R, string.digits, 6), "https://help.%s.example/articles/%s" % (R.choice(PLATFORMS).lower(), rnd(R, string.digits, 6))]), "policy_ref")]
    return "question", lang, None, parts


# ====================================================================== the plan
LABELLED = [  # (template, count, locales)
    (t_newnumber, 40, NEWNUM_LOCS), (t_dating, 32, DATING_LOCS), (t_gdpr_json, 48, EXPORT_LOCS), (t_login_csv, 30, EXPORT_LOCS),
    (t_recovery, 40, CODES_LOCS), (t_hacked, 36, HACK_LOCS), (t_sextortion, 24, SEXT_LOCS), (t_phishing, 44, PHISH_LOCS),
    (t_impersonation, 32, IMP_LOCS), (t_contract, 40, CONTRACT_LOCS), (t_appeal, 32, APPEAL_LOCS), (t_parental, 24, PAR_LOCS),
    (t_pwexport, 36, PW_LOCS), (t_marketplace, 26, MKT_LOCS), (t_doxxing, 32, DOX_LOCS), (t_crypto, 24, CRYPTO_LOCS),
    (t_alert, 28, ALERT_LOCS), (t_kyc, 32, KYC_LOCS),
]
CLEAN = [(c_help, 25), (c_famous, 25), (c_masked, 25), (c_otp, 25), (c_phish, 25), (c_rates, 25), (c_devices, 25), (c_rules, 25)]
assert sum(c for _, c, _ in LABELLED) == 600 and sum(c for _, c in CLEAN) == 200

ROLE_LOCAL = {"security", "no-reply", "noreply", "support", "appeals", "partnerships", "creators", "marketing", "collab", "privacy", "help"}
RESOLVERS = {"8.8.8.8", "1.1.1.1", "9.9.9.9"}
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
CJK_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def outside(rec):
    """The text with every labelled span blanked."""
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = " " if t[i] != "\n" else "\n"
    return "".join(t)


def luhn_runs(s):
    """Luhn-valid digit runs of 13-19 digits (contiguous or joined by single separators)."""
    out = []
    for m in re.finditer(r"\d(?:[ \-.\u00a0\u202f]?\d){12,30}", s):
        d = re.sub(r"\D", "", m.group(0))
        for i in range(len(d)):
            for n in range(13, 20):
                w = d[i:i + n]
                if len(w) == n and len(set(w)) > 1 and luhn_ok(w):
                    out.append(w)
    return out


def rules(rec, imeis):
    """Returns the list of broken rules (empty when the record is kept)."""
    bad = []
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        bad.append("length %d" % len(t))
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            bad.append("card " + v)
        if ty == "iban" and not iban_ok(v):
            bad.append("iban " + v)
        if ty == "gov_id" and not gov_ok(v, sp["sub"]):
            bad.append("gov " + v)
        if ty == "email" and not EMAIL_RE.fullmatch(v):
            bad.append("email " + v)
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            bad.append("ip " + v)
    o = outside(rec)
    for m in EMAIL_RE.finditer(o):
        loc_, dom = m.group(0).split("@", 1)
        if not (loc_ in ROLE_LOCAL or dom.endswith(".example") or dom.startswith("example.")):
            bad.append("email outside " + m.group(0))
    for m in IPV4_RE.finditer(o):
        s = m.group(0)
        if all(int(x) < 256 for x in m.groups()):
            a = ipaddress.ip_address(s)
            if a.is_global and s not in RESOLVERS:
                bad.append("ip outside " + s)
    for w in luhn_runs(o):
        if not any(w in x or x in w for x in imeis):
            bad.append("luhn run " + w)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}", o):
        c = m.group(0).replace(" ", "")
        for n in range(15, len(c) + 1):
            if c[:2] in IBAN_LEN and n == IBAN_LEN[c[:2]] and iban_mod97(c[:n]) == 1:
                bad.append("iban outside " + c[:n])
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person" and sp.get("sub") != "handle":
            v = sp["value"]
            if CJK_RE.search(v):
                words.add(v.replace(" ", ""))
                for part in v.split():
                    if len(part) >= 2:
                        words.add(part)
            else:
                for w in re.findall(r"\w+", v):
                    if len(w) > 1 and w not in PARTICLES and not w.isdigit():
                        words.add(w)
    for w in words:
        if CJK_RE.search(w):
            if w in o.replace(" ", ""):
                bad.append("name outside " + w)
        elif re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", o, re.I if w[0].isupper() else 0):
            bad.append("name outside " + w)
    return bad


IMEIS = set()
_imei = imei


def imei(R):  # noqa: F811  (records the placed IMEIs: exempt from the Luhn-run rule)
    v = _imei(R)
    IMEIS.add(v)
    return v


DROP_WHY = __import__('collections').defaultdict(list)


def generate():
    R = random.Random(SEED)
    IMEIS.clear()
    kept_l, kept_c, dropped = [], [], Counter()
    seen = set()
    for fn, cnt, locs in LABELLED:
        cands = []
        for i in range(cnt * 3 + 6):
            loc = locs[i % len(locs)]
            form, lang, country, parts = fn(R, loc, i)
            rec = build("x", form, lang, parts)
            bad = rules(rec, IMEIS)
            if not rec["spans"]:
                bad.append("no labels")
            if rec["text"] in seen:
                bad.append("repeated")
            if bad:
                dropped[fn.__name__] += 1
                DROP_WHY[fn.__name__].append(bad[0])
                continue
            seen.add(rec["text"])
            cands.append((rec, PHONE_LOC.get(country, country), fn.__name__))
        kept_l.append((fn.__name__, cnt, cands))
    for fn, cnt in CLEAN:
        got = []
        for i in range(cnt * 3 + 6):
            form, lang, _, parts = fn(R, i)
            rec = build("x", form, lang, parts)
            bad = rules(rec, IMEIS)
            if rec["spans"]:
                bad.append("labels in clean")
            if rec["text"] in seen:
                bad.append("repeated")
            if bad:
                dropped[fn.__name__] += 1
                DROP_WHY[fn.__name__].append(bad[0])
                continue
            seen.add(rec["text"])
            got.append((rec, None, fn.__name__))
            if len(got) == cnt:
                break
        assert len(got) == cnt, (fn.__name__, len(got))
        kept_c += got
    # phones through libphonenumber, then the first `cnt` valid candidates of each template
    items = sorted({(sp["value"], sp["region"], sp.get("plan", "")) for _, cnt, cands in kept_l for rec, _, _ in cands for sp in rec["spans"] if sp["type"] == "phone"})
    inv = pv_check(items)
    if inv is None:
        sys.exit("/tmp/pv/pv is missing: phones cannot be checked")
    invalid = {tuple(ln.split("\t")[1:4]) for ln in inv}
    final = []
    for name, cnt, cands in kept_l:
        ok = [c for c in cands if not any((sp["value"], sp["region"], sp.get("plan", "")) in invalid for sp in c[0]["spans"] if sp["type"] == "phone")]
        dropped[name] += len(cands) - len(ok)
        assert len(ok) >= cnt, (name, len(ok), cnt)
        final += ok[:cnt]
    final += kept_c
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(final)
    recs, meta = [], {}
    for i, (rec, country, tname) in enumerate(final):
        rid = "%s%05d" % (PREFIX, i)
        rec["id"] = rid
        r2 = {"id": rid, "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r2["neg"] = rec["neg"]
        recs.append(r2)
        meta[rid] = (country, tname)
    return recs, meta, dropped, invalid


def check(path):
    recs = [json.loads(ln) for ln in open(path, encoding="utf-8")]
    gen, meta, _, _ = generate()
    assert len(recs) == 800, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == 200
    assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(800)]
    phones = []
    for r in recs:
        check_record(r)
        bad = rules(r, IMEIS)
        assert not bad, (r["id"], bad)
        for sp in r["spans"]:
            if sp["type"] == "phone":
                phones.append((sp["value"], sp["region"], sp.get("plan", "")))
    inv = pv_check(sorted(set(phones)))
    assert inv == [], inv[:5]
    with open(path, encoding="utf-8") as f:
        cur = f.read()
    buf = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in gen)
    assert cur == buf, "regenerating does not give the file byte for byte"
    n = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("ok: 800 records, 200 clean, %d labels; %d phones valid (%d distinct); every card Luhn, IBAN mod 97, gov id check, IP global; rules hold; regenerates byte for byte"
          % (sum(n.values()), len(phones), len(set(phones))))


def stats(path):
    recs = [json.loads(ln) for ln in open(path, encoding="utf-8")]
    _, meta, dropped, _ = generate()
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("langs (%d):" % len({r["lang"] for r in recs}), ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    cc = Counter(meta[r["id"]][0] for r in recs if meta[r["id"]][0])
    print("countries (%d, labelled records):" % len(cc), ", ".join("%s %d" % kv for kv in cc.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("templates:", ", ".join("%s %d" % kv for kv in Counter(meta[r["id"]][1] for r in recs).most_common()))
    subs = Counter((sp["type"], sp.get("sub", "")) for r in recs for sp in r["spans"])
    for t in ("gov_id", "secret", "card", "ip", "person", "phone"):
        print("  %s:" % t, ", ".join("%s %d" % (s, n) for (tt, s), n in subs.most_common() if tt == t))
    print("phones with plan:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("labels across a line break:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("neg tags (%d):" % len({t for r in recs for t in r.get("neg", [])}), ", ".join("%s %d" % kv for kv in Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    print("dropped candidates:", dict(dropped))
    ln = sorted(len(r["text"]) for r in recs)
    print("text length min %d median %d max %d" % (ln[0], ln[len(ln) // 2], ln[-1]))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check(OUT)
    elif "--stats" in sys.argv:
        stats(OUT)
    else:
        recs, meta, dropped, invalid = generate()
        write_jsonl(OUT, recs)
        print("wrote %s: %d records; dropped %s; invalid phones among candidates %d" % (OUT, len(recs), dict(dropped), len(invalid)))
        check(OUT)
