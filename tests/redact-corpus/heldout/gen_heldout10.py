#!/usr/bin/python3
"""Held-out part 10 of the redaction corpus (heldout10.jsonl).

Written by an eighth helper that read only ../README.md, ../corpuslib.py,
the lists of forms, languages and name cultures parts 1-9 use
(heldout/README.md) and the header (lines 1-60) and `pv_check` of
gen_heldout9.py; not the redactor, its docs, its tests or the other
generators, and it ran no project binary and no git command. Every name,
street, template and frame here was written by hand for this part.
Deterministic (seed 104723).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout10.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout10.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout10.py --stats   # counts
"""
import base64
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
import unicodedata
import uuid
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_make, IBAN_SPEC, IBAN_LEN,
                       bban_random, group, ssn_random, nino_random, nhs_random, nhs_ok,
                       steuerid_random, steuerid_ok, nir_random, nir_ok, dni_random,
                       DNI_LETTERS, nie_random, nie_ok, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, verhoeff_digit, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, secret_random,
                       rnd, ALNUM, URLSAFE, B64, B32, MONTHS)

SEED = 104723
OUT = os.path.join(HERE, "heldout10.jsonl")
PREFIX = "heldout-j-"
NREC = 800
NCLEAN = 200
KEEP_PER_TEMPLATE = 2      # every labelled template gives at least this many
MAX_PER_TEMPLATE = 14
POOL = 22                  # candidates drawn per labelled template
WRAP_SHARE = 0.15
SPREAD = 0.05              # greedy fill: cost per record a template already has
EN_PENALTY = 0.1           # and per English record (to keep other languages in)
R = random.Random(SEED)
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
TARGET = {"person": 1300, "phone": 450, "email": 380, "address": 300, "secret": 280,
          "dob": 240, "gov_id": 120, "ip": 100, "iban": 65, "card": 50}


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def pick(xs, k):
    return R.sample(xs, k)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("Ø", "O")
    s = s.replace("æ", "ae").replace("Æ", "AE").replace("ı", "i").replace("ə", "a").replace("Ə", "A")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўѓѕјљњќџ",
                ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "yu", "ya", "i", "u", "gj", "dz", "j", "lj", "nj", "kj", "dzh"]))


def translit(s):
    out = []
    for c in s:
        lo = c.lower()
        if lo in _CYR:
            t = _CYR[lo]
            out.append(t.capitalize() if c != lo else t)
        else:
            out.append(c)
    return "".join(out)


def latin(s):
    """ASCII rendering of a (Latin or Cyrillic) name for e-mail local parts."""
    return ascii_fold(translit(s))


def slug(s, sep=""):
    s = latin(s).lower()
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep) if sep else s


# ---------------------------------------------------------------- names
# Hand-written for this part. Cultures chosen among those parts 1-9 use
# least. Entries are Latin strings, Cyrillic strings (transliterated for
# e-mail addresses), or (native script, romanized) pairs. Gendered family
# names are written "masculine|feminine".

CULT = {
    "ru": dict(m=["Ярослав", "Глеб", "Тимофей", "Арсений", "Всеволод", "Родион", "Матвей", "Захар", "Святослав", "Елисей"],
               f=["Варвара", "Ульяна", "Василиса", "Злата", "Таисия", "Агния", "Есения", "Милана", "Стефания", "Любава"],
               fam=["Журавлёв|Журавлёва", "Колесников|Колесникова", "Тихонов|Тихонова", "Белоусов|Белоусова",
                    "Горбунов|Горбунова", "Суханов|Суханова", "Лапин|Лапина", "Русаков|Русакова",
                    "Щербаков|Щербакова", "Воронцов|Воронцова", "Гущин|Гущина", "Ладыгин|Ладыгина"],
               pat=["Олегович|Олеговна", "Игоревич|Игоревна", "Вадимович|Вадимовна", "Станиславович|Станиславовна",
                    "Геннадьевич|Геннадьевна", "Аркадьевич|Аркадьевна"]),
    "be": dict(m=[("Уладзімір", "Uladzimir"), ("Зміцер", "Zmitser"), ("Алесь", "Ales"), ("Яўген", "Yauhen"),
                  ("Сяргей", "Siarhei"), ("Павал", "Paval"), ("Рыгор", "Ryhor"), ("Мікола", "Mikola")],
               f=[("Алеся", "Alesia"), ("Ганна", "Hanna"), ("Вольга", "Volha"), ("Кацярына", "Katsiaryna"),
                  ("Марыля", "Maryla"), ("Дар'я", "Darya"), ("Ядвіга", "Yadviha"), ("Францішка", "Frantsishka")],
               fam=[("Кавалёў|Кавалёва", "Kavaliou|Kavaliova"), ("Шаўцоў|Шаўцова", "Shautsou|Shautsova"),
                    ("Лабановіч", "Labanovich"), ("Багдановіч", "Bahdanovich"), ("Касцюк", "Kastsiuk"),
                    ("Грыб", "Hryb"), ("Жукоўскі|Жукоўская", "Zhukouski|Zhukouskaya"), ("Сідарэвіч", "Sidarevich")]),
    "mk": dict(m=["Благоја", "Ѓорѓи", "Трајче", "Кире", "Влатко", "Гоце", "Методија", "Живко"],
               f=["Билјана", "Снежана", "Љупка", "Верица", "Даниела", "Маја", "Ивона", "Симона"],
               fam=["Трајковски|Трајковска", "Стојановски|Стојановска", "Петрушевски|Петрушевска",
                    "Ангеловски|Ангеловска", "Талевски|Талевска", "Мицевски|Мицевска", "Јовчевски|Јовчевска",
                    "Најдовски|Најдовска"]),
    "bs": dict(m=["Emir", "Adnan", "Haris", "Kenan", "Tarik", "Nermin", "Mirza", "Edin", "Jasmin", "Amar"],
               f=["Amina", "Lejla", "Ajla", "Selma", "Emina", "Merima", "Belma", "Dženana", "Azra", "Medina"],
               fam=["Hodžić", "Begović", "Mehmedović", "Hasanović", "Kurtović", "Salihović", "Mujić", "Omerović",
                    "Alagić", "Softić", "Husić", "Bešlagić"]),
    "me": dict(m=["Vuk", "Draško", "Veselin", "Radonja", "Budimir", "Milorad", "Nenad"],
               f=["Jovana", "Dragana", "Ljiljana", "Milena", "Danica", "Vesela", "Biserka"],
               fam=["Vujošević", "Radulović", "Vukčević", "Šćepanović", "Perović", "Raičević", "Lakić", "Bošković"]),
    "az": dict(m=["Elvin", "Rəşad", "Tural", "Orxan", "Vüsal", "Elnur", "Kamran", "Fərid", "Nihad", "Toğrul"],
               f=["Günel", "Aysel", "Nərmin", "Səbinə", "Aytən", "Könül", "Ülviyyə", "Şəbnəm", "Fidan", "Lalə"],
               fam=["Məmmədov|Məmmədova", "Həsənov|Həsənova", "Quliyev|Quliyeva", "Hüseynov|Hüseynova",
                    "Rzayev|Rzayeva", "Cəfərov|Cəfərova", "Nəsirov|Nəsirova", "Abbaslı", "Orucov|Orucova",
                    "Bağırov|Bağırova"],
               pat=["Elçin", "Vaqif", "Rauf", "Namiq", "Zaur", "İlqar"]),
    "uz": dict(m=["Jasur", "Sardor", "Bekzod", "Otabek", "Sherzod", "Dilshod", "Jahongir", "Ulug'bek", "Farrux", "Akmal"],
               f=["Dilnoza", "Nilufar", "Gulnora", "Shahnoza", "Zarina", "Mohira", "Feruza", "Sevara", "Nodira", "Munisa"],
               fam=["Karimov|Karimova", "Yusupov|Yusupova", "Tursunov|Tursunova", "Rahimov|Rahimova",
                    "Saidov|Saidova", "Ergashev|Ergasheva", "Usmonov|Usmonova", "Xolmatov|Xolmatova",
                    "Abdullayev|Abdullayeva", "Nazarov|Nazarova"],
               pat=["Bahodir", "Anvar", "Rustam", "Shavkat", "Ilhom", "Baxtiyor"]),
    "kg": dict(m=["Aibek", "Nurlan", "Bakyt", "Azamat", "Chyngyz", "Ermek", "Kubanychbek", "Talant"],
               f=["Aizada", "Gulzat", "Nazgul", "Cholpon", "Aidana", "Begimai", "Zhyldyz", "Asel"],
               fam=["Osmonov|Osmonova", "Abdykadyrov|Abdykadyrova", "Toktogulov|Toktogulova",
                    "Sadyrbaev|Sadyrbaeva", "Zhumabekov|Zhumabekova", "Asanaliev|Asanalieva", "Mamatkulov|Mamatkulova"]),
    "tt": dict(m=["Ildar", "Rinat", "Ayrat", "Radik", "Ilnur", "Rustem", "Almaz"],
               f=["Gulnaz", "Alsu", "Ilsiyar", "Dinara", "Gulshat", "Chulpan", "Regina"],
               fam=["Khabibullin|Khabibullina", "Galiev|Galieva", "Zaripov|Zaripova", "Sabirov|Sabirova",
                    "Mukhametshin|Mukhametshina", "Khairullin|Khairullina", "Gilmanov|Gilmanova"]),
    "hu": dict(m=["Bence", "Levente", "Zsombor", "Botond", "Áron", "Csaba", "Gergő", "Márton", "Szabolcs", "Tihamér"],
               f=["Réka", "Zsófia", "Boglárka", "Hajnalka", "Enikő", "Tünde", "Csilla", "Orsolya", "Dorottya", "Kinga"],
               fam=["Fehérvári", "Bognár", "Szalai", "Vörös", "Hegedűs", "Fazekas", "Lakatos", "Mészáros",
                    "Pintér", "Somogyi", "Vincze", "Kelemen"], order="fg"),
    "ku": dict(m=["Rebwar", "Shivan", "Hozan", "Serhad", "Baran", "Karwan", "Diyar", "Hêmin"],
               f=["Berfin", "Rojda", "Nazdar", "Shilan", "Gulistan", "Hêvî", "Jiyan", "Rozerin"],
               fam=["Zebari", "Amedi", "Duhoki", "Hawrami", "Sindi", "Garmiyani", "Mirani", "Bradosti"]),
    "afg": dict(m=["Habibullah", "Najibullah", "Zabihullah", "Mirwais", "Sohrab", "Wahid", "Jawed", "Naqibullah"],
                f=["Zarghona", "Freshta", "Mursal", "Palwasha", "Shabnam", "Storai", "Roya", "Nazo"],
                fam=["Ahmadzai", "Popalzai", "Stanekzai", "Sultani", "Hotak", "Noorzai", "Wardak", "Safi"]),
    "pa": dict(m=["Gurpreet", "Jaspreet", "Manjit", "Balwinder", "Sukhwinder", "Kuldeep", "Amarjit", "Navdeep"],
               f=["Harleen", "Simran", "Manpreet", "Jasleen", "Navjot", "Gurleen", "Rajwinder", "Amandeep"],
               fam=["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Bains", "Randhawa", "Aulakh", "Cheema", "Johal"],
               script_m=[("ਗੁਰਪ੍ਰੀਤ", "Gurpreet"), ("ਜਸਪ੍ਰੀਤ", "Jaspreet"), ("ਕੁਲਦੀਪ", "Kuldeep")],
               script_f=[("ਹਰਲੀਨ", "Harleen"), ("ਸਿਮਰਨ", "Simran"), ("ਮਨਪ੍ਰੀਤ", "Manpreet")],
               script_fam=[("ਸੰਧੂ", "Sandhu"), ("ਗਿੱਲ", "Gill"), ("ਢਿੱਲੋਂ", "Dhillon")]),
    "gu": dict(m=["Hardik", "Chirag", "Jignesh", "Ketan", "Nirav", "Bhavesh", "Mehul", "Dhaval"],
               f=["Hetal", "Krupa", "Foram", "Bhumika", "Jinal", "Khyati", "Urvi", "Dhara"],
               fam=["Parikh", "Trivedi", "Thakkar", "Vyas", "Pandya", "Vaghela", "Solanki", "Dave", "Raval"]),
    "ml": dict(m=["Anoop", "Sreejith", "Jithin", "Nithin", "Sujith", "Vineeth", "Arun Kumar"],
               f=["Aswathy", "Reshma", "Sreelakshmi", "Athira", "Keerthana", "Anagha", "Nimisha"],
               fam=["Nair", "Menon", "Pillai", "Kurup", "Panicker", "Nambiar", "Varghese", "Kurian", "Chacko"],
               script_m=[("അനൂപ്", "Anoop"), ("ശ്രീജിത്ത്", "Sreejith")],
               script_f=[("അശ്വതി", "Aswathy"), ("രേഷ്മ", "Reshma")],
               script_fam=[("നായർ", "Nair"), ("മേനോൻ", "Menon")]),
    "te": dict(m=["Venkatesh", "Srinivas", "Sai Kiran", "Praveen", "Chaitanya", "Vamsi", "Harsha"],
               f=["Lavanya", "Sravani", "Sowmya", "Bhavani", "Haritha", "Madhuri", "Sirisha"],
               fam=["Kondapalli", "Bhimavarapu", "Gaddam", "Nallamothu", "Yarlagadda", "Chinthala", "Peddireddy"],
               order="fg"),
    "my": dict(m=["Aung Kyaw Moe", "Zaw Min Tun", "Kyaw Zin Htet", "Ye Yint Aung", "Htet Aung Lin", "Phyo Wai Lin"],
               f=["Thandar Hlaing", "Hnin Wai Phyo", "Su Myat Noe", "Nandar Win", "Ei Mon Kyaw", "May Thu Zar"],
               fam=[], mono=True),
    "km": dict(m=["Dara", "Vannak", "Rithy", "Piseth", "Vuthy", "Sokha", "Chanthou"],
               f=["Sophea", "Sopheap", "Chanthy", "Sreymom", "Bopha", "Sokunthea", "Channary"],
               fam=["Sok", "Chea", "Heng", "Keo", "Meas", "Seng", "Chhay", "Ouk", "Pich"], order="fg"),
    "lo": dict(m=["Somphone", "Souksavanh", "Bounmy", "Phonesavanh", "Khamphet"],
               f=["Khamla", "Viengkham", "Chanthaly", "Manivone", "Souphaphone"],
               fam=["Phommachanh", "Sisavath", "Keomany", "Vongphachanh", "Inthavong", "Souvannavong", "Xayavong"]),
    "yue": dict(m=["Ka-wai", "Siu-ming", "Chi-keung", "Ka-lok", "Tsz-hin", "Wai-lun", "Chun-kit"],
                f=["Wing-yan", "Hoi-ling", "Mei-yee", "Pui-shan", "Hiu-tung", "Sze-wing", "Yuen-ting"],
                fam=["Chan", "Wong", "Cheung", "Lau", "Yeung", "Tsang", "Leung", "Kwok", "Tam", "Fung"],
                eng_m=["Kelvin", "Ivan", "Jason", "Ricky", "Derek"], eng_f=["Winnie", "Cherry", "Fiona", "Mandy", "Queenie"],
                han=[("陳家偉", "Chan Ka-wai"), ("黃小明", "Wong Siu-ming"), ("張詠欣", "Cheung Wing-yan"),
                     ("劉志強", "Lau Chi-keung"), ("楊凱玲", "Yeung Hoi-ling"), ("曾美儀", "Tsang Mei-yee")],
                order="fg"),
    "to": dict(m=["Sione", "Viliami", "Siosaia", "Tevita", "Feleti", "Pita"],
               f=["Mele", "Losaline", "Salote", "Lesieli", "Kalolaine", "Seini"],
               fam=["Taufa", "Fifita", "Havili", "Vaipulu", "Lolohea", "Moala", "Kaufusi", "Vea"]),
    "fj": dict(m=["Josaia", "Semisi", "Apenisa", "Waisale", "Ravinesh", "Jone"],
               f=["Litia", "Mereoni", "Ateca", "Shalini", "Anjeshni", "Vilisi"],
               fam=["Nawalu", "Tuilevuka", "Vunibola", "Koroivuki", "Naivalu", "Ravuvu", "Prasad", "Chand"]),
    "haw": dict(m=["Kalani", "Keoni", "Kainoa", "Makoa", "Iolani", "Kekoa"],
                f=["Leilani", "Noelani", "Kapua", "Malia", "Kealoha", "Pualani"],
                fam=["Kahananui", "Kealamakia", "Kamakea", "Kahale", "Akana", "Keawe", "Kanahele", "Kauhane"]),
    "kl": dict(m=["Aputsiaq", "Malik", "Inuk", "Nuka", "Kunuk", "Kaali"],
               f=["Pipaluk", "Naja", "Arnaq", "Aviaja", "Ivalu", "Paninnguaq"],
               fam=["Kleist", "Lynge", "Berthelsen", "Heilmann", "Motzfeldt", "Fleischer", "Rosing"]),
    "fo": dict(m=["Rógvi", "Jógvan", "Heðin", "Sjúrður", "Bárður", "Eyðun", "Óli"],
               f=["Turið", "Rakul", "Sunneva", "Marjun", "Rannvá", "Bjørk"],
               fam=["Joensen", "Højgaard", "Zachariasen", "Nolsøe", "Dam", "Mikkelsen", "í Skála", "á Lakjuni"]),
    "fy": dict(m=["Sytze", "Jelle", "Wybren", "Douwe", "Tjeerd", "Hessel", "Sjoerd"],
               f=["Baukje", "Sjoukje", "Froukje", "Wytske", "Geeske", "Aukje", "Durkje"],
               fam=["Hiemstra", "Wijbenga", "Zijlstra", "Postma", "Terpstra", "Sikkema", "Wiersma", "Feenstra",
                    "Hettinga"]),
    "eu": dict(m=["Iñaki", "Unai", "Aitor", "Gorka", "Ander", "Xabier", "Eneko", "Oier"],
               f=["Ainhoa", "Nerea", "Amaia", "Itziar", "Leire", "Garazi", "Irati", "Maialen"],
               fam=["Etxeberria", "Goikoetxea", "Arrizabalaga", "Agirre", "Urrutia", "Zubizarreta", "Olaizola",
                    "Arregi", "Larrañaga", "Garmendia", "Iturriaga"], two=True),
    "gl": dict(m=["Brais", "Uxío", "Xoán", "Anxo", "Iago", "Roi", "Breixo"],
               f=["Uxía", "Antía", "Iria", "Sabela", "Xiana", "Olalla", "Noela"],
               fam=["Outeiro", "Seoane", "Vilariño", "Freire", "Bouzas", "Quintela", "Pazos", "Carballo", "Louzao",
                    "Cotelo"], two=True),
    "br": dict(m=["Gwenaël", "Erwan", "Tanguy", "Ronan", "Youenn", "Goulven"],
               f=["Gwenola", "Maïwenn", "Nolwenn", "Enora", "Azilis", "Soizic"],
               fam=["Le Goff", "Le Bihan", "Kerhervé", "Quéméner", "Le Meur", "Guivarc'h", "Kervella", "Le Floc'h",
                    "Morvan"]),
    "qu": dict(m=["Wilber", "Edwin", "Freddy", "Rómulo", "Teófilo", "Efraín"],
               f=["Nilda", "Filomena", "Justina", "Marleny", "Yesica", "Epifania"],
               fam=["Mamani", "Quispe", "Condori", "Choque", "Huanca", "Apaza", "Ticona", "Chambi", "Limachi",
                    "Colque"], two=True),
    "py": dict(m=["Derlis", "Osvaldo", "Nelson", "Édgar", "Aníbal", "Rubén"],
               f=["Perla", "Lorena", "Liz", "Rossana", "Nidia", "Ramona"],
               fam=["Benítez", "Giménez", "Ayala", "Cardozo", "Cabañas", "Aquino", "Villalba", "Ozuna",
                    "Samaniego"], two=True),
    "ve": dict(m=["Yorman", "Deivis", "Josmar", "Franyer", "Wilmer", "Yeferson"],
               f=["Yusmary", "Oriana", "Marbelys", "Yoselin", "Karelys", "Mariángel"],
               fam=["Chacón", "Urdaneta", "Briceño", "Carrillo", "Añez", "Perozo", "Villasmil", "Contreras"],
               two=True),
    "cu": dict(m=["Yunior", "Yoandri", "Yordanis", "Osmany", "Maikel", "Yasiel"],
               f=["Yaimara", "Yanelis", "Yudeisy", "Dayana", "Yarisleidy", "Arletys"],
               fam=["Cabrera", "Valdés", "Hechavarría", "Despaigne", "Betancourt", "Lamadrid", "Portuondo",
                    "Sotolongo"], two=True),
    "do": dict(m=["Wander", "Starlin", "Eddy", "Deivy", "Yefri", "Anyelo"],
               f=["Yokasta", "Yahaira", "Rosanny", "Marileidy", "Yanibel", "Francheska"],
               fam=["Almonte", "Peralta", "Polanco", "Tavárez", "Cepeda", "Batista", "Báez", "Ureña"], two=True),
    "uy": dict(m=["Facundo", "Gonzalo", "Nahuel", "Bruno", "Santino", "Mathías"],
               f=["Agustina", "Florencia", "Micaela", "Rocío", "Lucía", "Victoria"],
               fam=["Olivera", "Techera", "De León", "Silveira", "Fagúndez", "Larrosa", "Bentancor", "Cardoso"],
               two=True),
    "ec": dict(m=["Byron", "Fausto", "Jhon", "Lenin", "Wellington", "Darwin"],
               f=["Jéssica", "Katherine", "Mishell", "Gissela", "Maritza", "Fernanda"],
               fam=["Cevallos", "Guamán", "Pazmiño", "Moreira", "Villacís", "Chiriboga", "Tapia", "Yánez"],
               two=True),
    "cm": dict(m=["Serge", "Blaise", "Hervé", "Yannick", "Rodrigue", "Boris"],
               f=["Arlette", "Ghislaine", "Carine", "Murielle", "Laure", "Sandrine"],
               fam=["Nkoulou", "Mbarga", "Fotso", "Tchoumi", "Ndjock", "Essomba", "Kamga", "Nganou", "Abessolo"]),
    "sn": dict(m=["Mamadou", "Ousmane", "Cheikh", "Ibrahima", "Moussa", "Pape"],
               f=["Aïssatou", "Fatou", "Ndèye", "Awa", "Khady", "Coumba"],
               fam=["Ndiaye", "Diop", "Fall", "Sow", "Gueye", "Sarr", "Faye", "Mbaye", "Seck", "Thiam"]),
    "cd": dict(m=["Trésor", "Gloire", "Exaucé", "Dieudonné", "Bienvenu", "Espoir"],
               f=["Merveille", "Grâce", "Divine", "Bénédicte", "Prisca", "Naomie"],
               fam=["Mukendi", "Kabasele", "Tshibangu", "Ilunga", "Mbuyi", "Kalala", "Nkulu", "Lukusa", "Kazadi"]),
    "ug": dict(m=["Ronald", "Moses", "Gerald", "Isaac", "Ivan", "Godfrey"],
               f=["Patience", "Prossy", "Sharifah", "Peace", "Immaculate", "Joweria"],
               fam=["Ssemwanga", "Mugisha", "Byaruhanga", "Tumusiime", "Kiggundu", "Okello", "Atuhaire",
                    "Ssekandi", "Namutebi"]),
    "rw": dict(m=["Olivier", "Innocent", "Théogène", "Emmanuel", "Fabrice", "Aimable"],
               f=["Claudine", "Aline", "Diane", "Clarisse", "Solange", "Vestine"],
               fam=["Niyonzima", "Uwimana", "Habimana", "Mukamana", "Nshimiyimana", "Uwase", "Ingabire",
                    "Nsengiyumva", "Iradukunda", "Hakizimana"]),
    "mg": dict(m=["Hery", "Mamy", "Toky", "Rivo", "Nirina", "Lova"],
               f=["Tiana", "Fara", "Haingo", "Mialy", "Fanja", "Voahangy"],
               fam=["Rakotoarisoa", "Andrianarivelo", "Razafindrakoto", "Randrianasolo", "Rasoanaivo",
                    "Ravelomanana", "Rakotondrabe", "Andriamihaja", "Razafimahefa"]),
    "eg": dict(m=[("محمود", "Mahmoud"), ("مصطفى", "Mostafa"), ("عمرو", "Amr"), ("شريف", "Sherif"), ("طارق", "Tarek"),
                  ("هاني", "Hany")],
               f=[("رانيا", "Rania"), ("داليا", "Dalia"), ("هبة", "Heba"), ("نسمة", "Nesma"), ("شيماء", "Shaimaa"),
                  ("ياسمين", "Yasmine")],
               fam=[("عبد الرحمن", "Abdelrahman"), ("فتحي", "Fathy"), ("شلبي", "Shalaby"), ("حجازي", "Hegazy"),
                    ("المصري", "El-Masry"), ("رجب", "Ragab"), ("سليمان", "Soliman"), ("الشناوي", "El-Shenawy")]),
    "tn": dict(m=["Skander", "Aymen", "Wassim", "Mehdi", "Houssem", "Bilel"],
               f=["Marwa", "Sirine", "Amira", "Rim", "Ons", "Yosra"],
               fam=["Ben Salah", "Trabelsi", "Jaziri", "Ben Ammar", "Chaabane", "Gharbi", "Mejri", "Ayari", "Khelifi"]),
    "lb": dict(m=["Elie", "Charbel", "Ziad", "Nadim", "Rabih", "Wissam"],
               f=["Joëlle", "Nadine", "Carla", "Zeina", "Rana", "Mireille"],
               fam=["Haddad", "Khoury", "Nassar", "Saade", "Aoun", "Bou Khalil", "Abi Nader", "Sfeir", "Chidiac"]),
    "he": dict(m=[("יונתן", "Yonatan"), ("איתי", "Itai"), ("עומר", "Omer"), ("רועי", "Roei"), ("עידו", "Ido"),
                  ("אורי", "Uri")],
               f=[("נועה", "Noa"), ("תמר", "Tamar"), ("שירה", "Shira"), ("יעל", "Yael"), ("מיכל", "Michal"),
                  ("אביגיל", "Avigail")],
               fam=[("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton"), ("פרידמן", "Friedman"),
                    ("שפירא", "Shapira"), ("אזולאי", "Azoulay"), ("דהן", "Dahan"), ("גולדשטיין", "Goldstein")]),
    "fa": dict(m=[("آرش", "Arash"), ("سیاوش", "Siavash"), ("کاوه", "Kaveh"), ("مهدی", "Mehdi"), ("بابک", "Babak"),
                  ("پدرام", "Pedram")],
               f=[("نگار", "Negar"), ("شیرین", "Shirin"), ("پریسا", "Parisa"), ("ترانه", "Taraneh"),
                  ("یاسمن", "Yasaman"), ("مهسا", "Mahsa")],
               fam=[("احمدی", "Ahmadi"), ("حسینی", "Hosseini"), ("رضایی", "Rezaei"), ("موسوی", "Mousavi"),
                    ("تهرانی", "Tehrani"), ("شیرازی", "Shirazi"), ("جعفری", "Jafari"), ("صادقی", "Sadeghi")]),
    "th": dict(m=[("สมชาย", "Somchai"), ("ณัฐพล", "Nattapon"), ("กิตติพงษ์", "Kittipong"), ("อนุชา", "Anucha"),
                  ("ธีรวัฒน์", "Teerawat")],
               f=[("วิภาวรรณ", "Wipawan"), ("ธนพร", "Thanaporn"), ("ปิยะนุช", "Piyanuch"), ("จันทร์เพ็ญ", "Janpen"),
                  ("สุภาพร", "Supaporn")],
               fam=[("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("บุญมา", "Boonma"), ("แก้วมณี", "Kaewmanee"),
                    ("สุขประเสริฐ", "Sukprasert"), ("ทองดี", "Thongdee"), ("พรหมมา", "Phromma")]),
    "zh": dict(m=[("浩宇", "Haoyu"), ("梓轩", "Zixuan"), ("俊熙", "Junxi"), ("博文", "Bowen"), ("宇航", "Yuhang"), ("振华", "Zhenhua")],
               f=[("子涵", "Zihan"), ("思彤", "Sitong"), ("雨桐", "Yutong"), ("欣怡", "Xinyi"), ("若曦", "Ruoxi"), ("佳琪", "Jiaqi")],
               fam=[("邵", "Shao"), ("龚", "Gong"), ("樊", "Fan"), ("滕", "Teng"), ("蔺", "Lin"), ("卞", "Bian"), ("岳", "Yue"), ("阎", "Yan")],
               order="fg"),
    "ko": dict(m=[("서준", "Seo-jun"), ("도윤", "Do-yun"), ("시우", "Si-u"), ("건우", "Geon-u"), ("은호", "Eun-ho")],
               f=[("하은", "Ha-eun"), ("지아", "Ji-a"), ("하린", "Ha-rin"), ("서아", "Seo-a"), ("윤슬", "Yun-seul")],
               fam=[("남궁", "Namgung"), ("황보", "Hwangbo"), ("제갈", "Jegal"), ("선우", "Seonu"), ("탁", "Tak"), ("방", "Bang"), ("편", "Pyeon")],
               order="fg"),
    "vi": dict(m=["Khoa", "Phúc", "Duy", "Tùng", "Khải", "Vỹ", "Lộc"],
               f=["Thảo", "Nhung", "Quyên", "Hằng", "Trâm", "Diệp", "Ngân"],
               fam=["Trịnh", "Đặng", "Lương", "Phùng", "Đinh", "Tạ", "Kiều", "Quách", "Lã"],
               mid_m=["Văn", "Đức", "Hữu", "Minh", "Quang"], mid_f=["Thị", "Ngọc", "Thanh", "Thu", "Bảo"], order="fg"),
    "af": dict(m=["Hendrik", "Jaco", "Wian", "Ruan", "Dewald", "Riaan", "Schalk"],
               f=["Anri", "Marlize", "Elmarie", "Lizelle", "Annelie", "Carien", "Riana"],
               fam=["van der Merwe", "Pretorius", "du Plessis", "Steyn", "Coetzee", "Swanepoel", "Joubert",
                    "Oosthuizen", "le Roux", "de Villiers"]),
}

NONLATIN = ("ru", "be", "mk", "eg", "he", "fa", "th", "zh", "ko")
LATIN_CULTS = [c for c, d in CULT.items() if c not in NONLATIN]
PARTICLES = {"van", "der", "du", "le", "de", "la", "del", "los", "í", "á", "bin", "ben", "bou", "abi", "el",
             "singh", "kaur", "uulu", "kyzy", "oğlu", "qızı", "o'g'li", "qizi"}
NAME_WORDS = set()          # every labelled name word (for the --check scan)
CULT_SEEN = Counter()


def _nat(x):
    return x[0] if isinstance(x, tuple) else x


def _lat(x):
    return x[1] if isinstance(x, tuple) else latin(x)


def _gend(s, female):
    if "|" in s:
        a, b = s.split("|")
        return b if female else a
    return s


class Person:
    """One invented person: native and Latin renderings of given/family."""

    def __init__(self, cult, female=None):
        d = CULT[cult]
        self.cult = cult
        self.female = chance(0.5) if female is None else female
        g = ch(d["f"] if self.female else d["m"])
        self.given, self.given_lat = _nat(g), _lat(g)
        self.mono = d.get("mono", False)
        if self.mono:
            self.family = self.family_lat = ""
        else:
            fm = ch(d["fam"])
            if isinstance(fm, tuple):
                self.family, self.family_lat = _gend(fm[0], self.female), _gend(fm[1], self.female)
            else:
                self.family = _gend(fm, self.female)
                self.family_lat = latin(self.family)
        self.family2 = ""
        if d.get("two"):
            f2 = ch([x for x in d["fam"] if x != self.family])
            self.family2 = f2
        self.middle = ""
        if cult == "vi":
            self.middle = ch(d["mid_f"] if self.female else d["mid_m"])
        self.order = d.get("order", "gf")
        self.pat = ""
        if cult == "ru":
            self.pat = _gend(ch(d["pat"]), self.female)
        CULT_SEEN[cult] += 1

    # ----- renderings
    def full(self):
        """Natural display order in the culture's own documents."""
        if self.mono:
            return self.given
        fam = self.family + (" " + self.family2 if self.family2 else "")
        if self.cult == "vi":
            return "%s %s %s" % (self.family, self.middle, self.given)
        if self.cult == "pa":
            return "%s %s %s" % (self.given, "Kaur" if self.female else "Singh", self.family)
        if self.cult in ("zh", "ko"):
            return self.family + self.given
        if self.order == "fg":
            return "%s %s" % (fam, self.given)
        return "%s %s" % (self.given, fam)

    def western(self):
        """Given name first (how the person signs in English)."""
        if self.mono:
            return self.given_lat
        if self.cult == "vi":
            return "%s %s %s" % (self.given, self.middle, self.family) if chance(0.3) else self.full()
        if self.cult == "yue":
            eng = ch(CULT["yue"]["eng_f" if self.female else "eng_m"])
            return "%s %s %s" % (eng, self.family, self.given) if chance(0.5) else "%s %s" % (eng, self.family)
        if self.cult == "pa":
            return self.full()
        if self.cult in ("ru", "be", "mk", "eg", "he", "fa", "th"):
            return "%s %s" % (self.given_lat, self.family_lat)
        if self.cult in ("zh", "ko"):
            return "%s %s" % (self.given_lat, self.family_lat)
        return "%s %s" % (self.given, self.fam_all())

    def fam_all(self):
        return self.family + (" " + self.family2 if self.family2 else "")

    def lat_given(self):
        return self.given_lat

    def lat_family(self):
        return self.family_lat if self.family_lat else ""

    def email_local(self):
        g = slug(self.given_lat)
        f = slug(self.family_lat.split(" ")[-1]) if self.family_lat else ""
        if self.mono:
            parts = self.given_lat.split()
            return slug("".join(parts)) + str(ri(1, 99)) if chance(0.5) else slug(".".join(parts), ".")
        sty = ri(0, 6)
        if not f:
            return g + str(ri(10, 99))
        return [g + "." + f, g[0] + f, f + "." + g, g + "_" + f + str(ri(1, 99)), g + f[0] + str(ri(70, 99)),
                f + g[0], g + "-" + f][sty]


def words_of(name):
    for w in re.split(r"[\s,/^]+", name):
        w = w.strip(".()")
        if len(w) > 2 and w.lower() not in PARTICLES:
            NAME_WORDS.add(w)


def P(value, cult, **meta):
    """A person label."""
    words_of(value)
    return L("person", value, sub=cult, **meta)


# ---------------------------------------------------------------- phones
# National significant numbers (NSN) after each regulator's plan, written
# for this part; every draw is checked with libphonenumber (pv_check).

def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nzd(n):
    return R.choice("123456789") + dg(n - 1)


def _sp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _nanp(areas):
    while True:
        ex = R.choice("23456789") + dg(2)
        if ex[1:] != "11" and ex != "555":
            return R.choice(areas) + ex + dg(4)


# plan -> (cc, trunk, {kind: nsn()}, national(nsn, kind), international(nsn, kind))
PL = {}


def plan(code, cc, trunk, kinds, nat, intl):
    PL[code] = (cc, trunk, kinds, nat, intl)


plan("RU", "7", "8",
     {"mobile": lambda: "9" + ch(["12", "15", "16", "17", "20", "21", "25", "26", "29", "50", "60", "62", "63", "65", "77", "85", "99"]) + dg(7),
      "fixed": lambda: ch(["495", "499", "812", "843", "383"]) + nzd(7)},
     lambda n, k: ch(["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
                      "8%s%s" % (n[:3], n[3:])]),
     lambda n, k: ch(["%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "(%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
                      "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])]))
plan("BY", "375", "8",
     {"mobile": lambda: ch(["29", "33", "44"]) + ch("2345679") + dg(6),
      "fixed": lambda: "17" + ch("2") + dg(6)},
     lambda n, k: "8 0%s %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:]),
     lambda n, k: ch(["%s %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:]), "(%s) %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:])]))
plan("MK", "389", "0",
     {"mobile": lambda: "7" + ch("0125678") + dg(6), "fixed": lambda: "2" + ch("23") + dg(6)},
     lambda n, k: "0" + (_sp(n, [2, 3, 3]) if k == "mobile" else _sp(n, [1, 4, 3])),
     lambda n, k: _sp(n, [2, 3, 3]) if k == "mobile" else _sp(n, [1, 4, 3]))
plan("BA", "387", "0",
     {"mobile": lambda: "6" + ch("1235") + dg(6), "fixed": lambda: "33" + ch("24567") + dg(5)},
     lambda n, k: "0" + ch([_sp(n, [2, 3, 3]), _sp(n, [2, 3, 3], "/"), n[:2] + "/" + n[2:5] + "-" + n[5:]]),
     lambda n, k: _sp(n, [2, 3, 3]))
plan("ME", "382", "0",
     {"mobile": lambda: "6" + ch("789") + dg(6), "fixed": lambda: "20" + ch("23456") + dg(5)},
     lambda n, k: "0" + _sp(n, [2, 3, 3]), lambda n, k: _sp(n, [2, 3, 3]))
plan("AZ", "994", "0",
     {"mobile": lambda: ch(["50", "51", "55", "70", "77", "99", "10"]) + nzd(7), "fixed": lambda: "12" + ch("45") + dg(6)},
     lambda n, k: "0" + _sp(n, [2, 3, 2, 2]), lambda n, k: ch([_sp(n, [2, 3, 2, 2]), "(%s) %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:])]))
plan("UZ", "998", "",
     {"mobile": lambda: ch(["90", "91", "93", "94", "95", "97", "99", "88", "33"]) + dg(7), "fixed": lambda: "71" + ch("2") + dg(6)},
     lambda n, k: ch([_sp(n, [2, 3, 2, 2]), "(%s) %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:])]),
     lambda n, k: ch([_sp(n, [2, 3, 2, 2]), "(%s) %s-%s-%s" % (n[:2], n[2:5], n[5:7], n[7:])]))
plan("KG", "996", "0",
     {"mobile": lambda: ch(["555", "700", "770", "559", "777", "505"]) + dg(6), "fixed": lambda: "312" + ch("3456") + dg(5)},
     lambda n, k: "0" + _sp(n, [3, 3, 3]), lambda n, k: _sp(n, [3, 3, 3]))
plan("HU", "36", "06",
     {"mobile": lambda: ch(["20", "30", "70", "31", "50"]) + nzd(7), "budapest": lambda: "1" + nzd(7),
      "fixed": lambda: ch(["52", "62", "72", "96", "46"]) + nzd(6)},
     lambda n, k: (ch(["06 %s %s %s" % (n[:2], n[2:5], n[5:]), "06-%s/%s-%s" % (n[:2], n[2:5], n[5:]), "06 %s/%s" % (n[:2], n[2:])])
                   if k == "mobile" else "06 1 %s %s" % (n[1:4], n[4:]) if k == "budapest" else "06 %s %s-%s" % (n[:2], n[2:5], n[5:])),
     lambda n, k: ("%s %s %s" % (n[:2], n[2:5], n[5:]) if k == "mobile" else "1 %s %s" % (n[1:4], n[4:]) if k == "budapest"
                   else "%s %s %s" % (n[:2], n[2:5], n[5:])))
plan("VN", "84", "0",
     {"mobile": lambda: ch(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + dg(7),
      "fixed": lambda: ch(["24", "28"]) + ch("3") + dg(7)},
     lambda n, k: "0" + (_sp(n, [3, 3, 3]) if k == "mobile" else _sp(n, [2, 4, 4])),
     lambda n, k: _sp(n, [3, 3, 3]) if k == "mobile" else _sp(n, [2, 4, 4]))
plan("EG", "20", "0",
     {"mobile": lambda: ch(["10", "11", "12", "15"]) + dg(8), "fixed": lambda: "2" + ch("23") + dg(7)},
     lambda n, k: "0" + (_sp(n, [2, 4, 4]) if k == "mobile" else _sp(n, [1, 4, 4])),
     lambda n, k: _sp(n, [2, 4, 4]) if k == "mobile" else _sp(n, [1, 4, 4]))
plan("TN", "216", "",
     {"mobile": lambda: ch("259") + dg(7), "fixed": lambda: ch(["71", "73", "74"]) + dg(6)},
     lambda n, k: _sp(n, [2, 3, 3]), lambda n, k: _sp(n, [2, 3, 3]))
plan("LB", "961", "0",
     {"mobile3": lambda: "3" + dg(6), "mobile": lambda: ch(["70", "71", "81"]) + dg(6),
      "fixed": lambda: "1" + ch("2345") + dg(5)},
     lambda n, k: ("0" + n[0] + " " + n[1:4] + " " + n[4:]) if len(n) == 7 else _sp(n, [2, 3, 3]),
     lambda n, k: (n[0] + " " + n[1:4] + " " + n[4:]) if len(n) == 7 else _sp(n, [2, 3, 3]))
plan("AE", "971", "0",
     {"mobile": lambda: "5" + ch("024568") + dg(7), "fixed": lambda: "4" + ch("2345") + dg(6)},
     lambda n, k: "0" + (_sp(n, [2, 3, 4]) if k == "mobile" else _sp(n, [1, 3, 4])),
     lambda n, k: _sp(n, [2, 3, 4]) if k == "mobile" else _sp(n, [1, 3, 4]))
plan("SA", "966", "0",
     {"mobile": lambda: "5" + ch("0345689") + dg(7), "fixed": lambda: "11" + ch("234") + dg(6)},
     lambda n, k: "0" + (_sp(n, [2, 3, 4]) if k == "mobile" else _sp(n, [2, 3, 4])),
     lambda n, k: _sp(n, [2, 3, 4]))
plan("IR", "98", "0",
     {"mobile": lambda: "9" + ch(["12", "13", "15", "17", "19", "01", "02", "03", "30", "33", "35", "36", "37", "38", "39"]) + dg(7),
      "fixed": lambda: "21" + nzd(8)},
     lambda n, k: "0" + (_sp(n, [3, 3, 4]) if k == "mobile" else _sp(n, [2, 4, 4])),
     lambda n, k: _sp(n, [3, 3, 4]) if k == "mobile" else _sp(n, [2, 4, 4]))
plan("JO", "962", "0", {"mobile": lambda: ch(["79" + dg(1), "77" + ch("56789"), "78" + ch("56789")]) + dg(6)},
     lambda n, k: "0" + _sp(n, [2, 3, 4]), lambda n, k: _sp(n, [2, 3, 4]))
plan("EC", "593", "0",
     {"mobile": lambda: "9" + ch("89") + dg(7), "fixed": lambda: "2" + ch("23456") + dg(6)},
     lambda n, k: "0" + (_sp(n, [2, 3, 4]) if k == "mobile" else _sp(n, [1, 3, 4])),
     lambda n, k: _sp(n, [2, 3, 4]) if k == "mobile" else _sp(n, [1, 3, 4]))
plan("UY", "598", "0",
     {"mobile": lambda: "9" + ch("123456789") + dg(6), "fixed": lambda: "2" + dg(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 3]) if k == "mobile" else _sp(n, [4, 4]),
     lambda n, k: _sp(n, [2, 3, 3]) if k == "mobile" else _sp(n, [4, 4]))
plan("PY", "595", "0",
     {"mobile": lambda: "9" + ch(["61", "71", "72", "73", "75", "76", "81", "82", "83", "84", "85", "86", "91", "92", "93", "94", "95"]) + dg(6),
      "fixed": lambda: "21" + ch("2345678") + dg(5)},
     lambda n, k: "0" + (_sp(n, [3, 6]) if k == "mobile" else _sp(n, [2, 3, 3])),
     lambda n, k: _sp(n, [3, 6]) if k == "mobile" else _sp(n, [2, 3, 3]))
plan("BO", "591", "0",
     {"mobile": lambda: ch("67") + dg(7), "fixed": lambda: "2" + ch("2") + dg(6)},
     lambda n, k: n if k == "mobile" else _sp(n, [1, 7]), lambda n, k: n if k == "mobile" else _sp(n, [1, 7]))
plan("VE", "58", "0",
     {"mobile": lambda: ch(["412", "414", "424", "416", "426"]) + dg(7), "fixed": lambda: "212" + nzd(7)},
     lambda n, k: "0" + ch([n[:3] + "-" + n[3:], n[:3] + "-" + n[3:6] + "." + n[6:8] + "." + n[8:], "(" + n[:3] + ") " + n[3:6] + "-" + n[6:]]),
     lambda n, k: ch([n[:3] + "-" + n[3:], n[:3] + " " + n[3:6] + " " + n[6:]]))
plan("DO", "1", "1", {"any": lambda: _nanp(["809", "829", "849"])},
     lambda n, k: ch(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])]),
     lambda n, k: ch(["%s %s %s" % (n[:3], n[3:6], n[6:]), "(%s) %s-%s" % (n[:3], n[3:6], n[6:])]))
plan("USHI", "1", "1", {"any": lambda: _nanp(["808"])},
     lambda n, k: ch(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])]),
     lambda n, k: "%s-%s-%s" % (n[:3], n[3:6], n[6:]))
plan("CR", "506", "",
     {"mobile": lambda: "8" + ch("3456789") + dg(6), "fixed": lambda: "2" + ch("24567") + dg(6)},
     lambda n, k: ch([_sp(n, [4, 4]), n[:4] + "-" + n[4:]]), lambda n, k: _sp(n, [4, 4]))
plan("SN", "221", "",
     {"mobile": lambda: "7" + ch("0678") + dg(7), "fixed": lambda: "338" + ch("23456789") + dg(5)},
     lambda n, k: _sp(n, [2, 3, 2, 2]), lambda n, k: _sp(n, [2, 3, 2, 2]))
plan("CM", "237", "",
     {"mobile": lambda: "6" + ch("5789") + dg(7)},
     lambda n, k: ch([_sp(n, [1, 2, 2, 2, 2]), _sp(n, [3, 2, 2, 2])]), lambda n, k: ch([_sp(n, [1, 2, 2, 2, 2]), _sp(n, [3, 2, 2, 2])]))
plan("UG", "256", "0",
     {"mobile": lambda: "7" + ch("01578") + dg(7), "fixed": lambda: "414" + ch("2345") + dg(5)},
     lambda n, k: "0" + ch([_sp(n, [3, 6]), _sp(n, [3, 3, 3])]), lambda n, k: _sp(n, [3, 6]))
plan("TZ", "255", "0",
     {"mobile": lambda: ch(["71", "74", "75", "76", "78", "65", "68", "69", "62", "67"]) + dg(7)},
     lambda n, k: "0" + _sp(n, [3, 3, 3]), lambda n, k: _sp(n, [3, 3, 3]))
plan("RW", "250", "0", {"mobile": lambda: "7" + ch("2389") + dg(7)},
     lambda n, k: "0" + _sp(n, [3, 3, 3]), lambda n, k: _sp(n, [3, 3, 3]))
plan("ET", "251", "0",
     {"mobile": lambda: "9" + ch("123456789") + dg(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 4]), lambda n, k: _sp(n, [2, 3, 4]))
plan("MG", "261", "0", {"mobile": lambda: "3" + ch("2348") + dg(7)},
     lambda n, k: "0" + _sp(n, [2, 2, 3, 2]), lambda n, k: _sp(n, [2, 2, 3, 2]))
plan("FO", "298", "", {"mobile": lambda: ch("25") + dg(5), "fixed": lambda: "3" + ch("1234") + dg(4)},
     lambda n, k: ch([n, _sp(n, [2, 2, 2]), _sp(n, [3, 3])]), lambda n, k: ch([n, _sp(n, [3, 3])]))
plan("GL", "299", "", {"mobile": lambda: ch("245") + dg(5), "fixed": lambda: "3" + ch("1234") + dg(4)},
     lambda n, k: _sp(n, [2, 2, 2]), lambda n, k: _sp(n, [2, 2, 2]))
plan("LI", "423", "", {"mobile": lambda: "7" + ch("89") + dg(5), "fixed": lambda: "23" + ch("0123456789") + dg(4)},
     lambda n, k: _sp(n, [3, 2, 2]), lambda n, k: _sp(n, [3, 2, 2]))
plan("MC", "377", "", {"mobile": lambda: "6" + dg(8), "fixed": lambda: "9" + ch("2379") + dg(6)},
     lambda n, k: _sp(n, [1, 2, 2, 2, 2]) if k == "mobile" else _sp(n, [2, 2, 2, 2]),
     lambda n, k: _sp(n, [1, 2, 2, 2, 2]) if k == "mobile" else _sp(n, [2, 2, 2, 2]))
plan("AD", "376", "", {"mobile": lambda: ch("36") + dg(5)},
     lambda n, k: _sp(n, [3, 3]), lambda n, k: _sp(n, [3, 3]))
plan("TO", "676", "", {"mobile": lambda: "7" + ch("78") + dg(5)},
     lambda n, k: _sp(n, [3, 4]), lambda n, k: _sp(n, [3, 4]))
plan("FJ", "679", "", {"mobile": lambda: ch("79") + dg(6), "fixed": lambda: "3" + ch("3") + dg(5)},
     lambda n, k: _sp(n, [3, 4]), lambda n, k: _sp(n, [3, 4]))
plan("KH", "855", "0", {"mobile": lambda: ch(["12", "17", "77", "89", "92", "99"]) + nzd(6)},
     lambda n, k: "0" + _sp(n, [2, 3, 3]), lambda n, k: _sp(n, [2, 3, 3]))
plan("BD", "880", "0", {"mobile": lambda: "1" + ch("3456789") + dg(8)},
     lambda n, k: "0" + ch([n[:4] + "-" + n[4:], _sp(n, [4, 3, 3])]), lambda n, k: ch([n[:4] + "-" + n[4:], _sp(n, [4, 6])]))
plan("HK", "852", "",
     {"mobile": lambda: ch(["61", "63", "64", "65", "69", "94", "96", "97"]) + dg(6),
      "fixed": lambda: ch(["21", "23", "24", "25", "26", "27", "28"]) + dg(6)},
     lambda n, k: ch([_sp(n, [4, 4]), n]), lambda n, k: _sp(n, [4, 4]))
plan("IL", "972", "0", {"mobile": lambda: "5" + ch("0238") + dg(7)},
     lambda n, k: "0" + ch([n[:2] + "-" + n[2:5] + "-" + n[5:], n[:2] + "-" + n[2:]]), lambda n, k: n[:2] + "-" + n[2:5] + "-" + n[5:])
plan("TH", "66", "0", {"mobile": lambda: ch(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98", "61", "62", "63", "64", "65"]) + dg(7)},
     lambda n, k: "0" + ch([_sp(n, [2, 3, 4]), n[:2] + "-" + n[2:5] + "-" + n[5:]]), lambda n, k: _sp(n, [2, 3, 4]))
plan("IN", "91", "0", {"mobile": lambda: ch(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + dg(8)},
     lambda n, k: ch([_sp(n, [5, 5]), "0" + _sp(n, [5, 5]), n]), lambda n, k: ch([_sp(n, [5, 5]), n[:2] + "-" + n[2:]]))
plan("ZA", "27", "0", {"mobile": lambda: ch(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84"]) + dg(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 4]), lambda n, k: _sp(n, [2, 3, 4]))
plan("ES", "34", "", {"mobile": lambda: "6" + dg(8), "fixed": lambda: ch(["943", "944", "945", "981", "986", "988"]) + nzd(6)},
     lambda n, k: ch([_sp(n, [3, 2, 2, 2]), _sp(n, [3, 3, 3])]), lambda n, k: _sp(n, [3, 3, 3]))
plan("FR", "33", "0", {"mobile": lambda: ch(["6" + ch("0125678"), "7" + ch("5678")]) + dg(7),
                       "fixed": lambda: "2" + ch(["98", "96", "97", "99"]) + dg(6)},
     lambda n, k: "0" + _sp(n, [1, 2, 2, 2, 2]), lambda n, k: _sp(n, [1, 2, 2, 2, 2]))
plan("NL", "31", "0", {"mobile": lambda: "6" + ch("1234") + dg(7), "fixed": lambda: "58" + nzd(7)},
     lambda n, k: "0" + (n[:1] + "-" + n[1:] if k == "mobile" else n[:2] + "-" + n[2:]),
     lambda n, k: n[:1] + " " + n[1:] if k == "mobile" else _sp(n, [2, 3, 4]))
plan("DE", "49", "0", {"mobile": lambda: ch(["151", "152", "157", "159"]) + nzd(8)},
     lambda n, k: "0" + n[:3] + " " + n[3:], lambda n, k: n[:3] + " " + n[3:])
plan("GB", "44", "0", {"mobile": lambda: ch(["740", "744", "747", "751", "754", "771", "775", "780", "784", "787", "794", "798"]) + dg(7)},
     lambda n, k: "0" + n[:4] + " " + n[4:], lambda n, k: n[:4] + " " + n[4:])
plan("US", "1", "1", {"any": lambda: _nanp(["206", "312", "415", "617", "713", "917"])},
     lambda n, k: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n, k: "%s-%s-%s" % (n[:3], n[3:6], n[6:]))
plan("JP", "81", "0", {"mobile": lambda: ch(["90", "80", "70"]) + nzd(8)},
     lambda n, k: "0%s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n, k: "%s-%s-%s" % (n[:2], n[2:6], n[6:]))
plan("CN", "86", "0", {"mobile": lambda: "1" + ch(["38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + dg(8)},
     lambda n, k: ch([_sp(n, [3, 4, 4]), n]), lambda n, k: _sp(n, [3, 4, 4]))
plan("SG", "65", "", {"mobile": lambda: ch("89") + ch("1234567") + dg(6)},
     lambda n, k: _sp(n, [4, 4]), lambda n, k: _sp(n, [4, 4]))
plan("AF", "93", "0", {"mobile": lambda: "7" + ch("0235789") + dg(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 4]), lambda n, k: _sp(n, [2, 3, 4]))

plan("AT", "43", "0", {"mobile": lambda: ch(["664", "660", "676", "699", "650"]) + nzd(7)},
     lambda n, k: "0" + n[:3] + " " + n[3:], lambda n, k: n[:3] + " " + n[3:])
plan("CH", "41", "0", {"mobile": lambda: ch(["76", "77", "78", "79"]) + nzd(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 2, 2]), lambda n, k: _sp(n, [2, 3, 2, 2]))
plan("IE", "353", "0", {"mobile": lambda: ch(["83", "85", "86", "87", "89"]) + nzd(7)},
     lambda n, k: "0" + _sp(n, [2, 3, 4]), lambda n, k: _sp(n, [2, 3, 4]))
plan("GR", "30", "", {"mobile": lambda: "69" + ch("3479") + dg(7)},
     lambda n, k: _sp(n, [3, 3, 4]), lambda n, k: _sp(n, [3, 3, 4]))
plan("MD", "373", "0", {"mobile": lambda: ch(["60", "67", "68", "69", "78", "79"]) + dg(6)},
     lambda n, k: "0" + _sp(n, [2, 3, 3]), lambda n, k: _sp(n, [2, 3, 3]))
plan("KZ", "7", "8", {"mobile": lambda: ch(["701", "702", "705", "707", "747", "771", "775", "777"]) + dg(7)},
     lambda n, k: "8 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), lambda n, k: "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]))
plan("LU", "352", "", {"mobile": lambda: ch(["621", "661", "691"]) + dg(6)},
     lambda n, k: _sp(n, [3, 3, 3]), lambda n, k: _sp(n, [3, 3, 3]))
plan("PL", "48", "", {"mobile": lambda: ch(["50", "51", "53", "60", "66", "69", "72", "73", "78", "79", "88"]) + dg(7)},
     lambda n, k: _sp(n, [3, 3, 3]), lambda n, k: _sp(n, [3, 3, 3]))

plan("KR", "82", "0", {"mobile": lambda: "10" + ch("2346789") + dg(7)},
     lambda n, k: "0%s-%s-%s" % (n[:2], n[2:6], n[6:]), lambda n, k: "%s-%s-%s" % (n[:2], n[2:6], n[6:]))

# Where a plan's numbers are read (libphonenumber region of the plan code).
PLAN_REGION = {"USHI": "US"}
ZZ_PREFIX = {"HU", "MK", "BA", "ME", "VN", "EG", "TN", "LB", "AE", "SA", "IR", "EC", "UY", "PY", "VE", "CR",
             "SN", "CM", "RW", "ET", "MG", "FO", "GL", "LI", "MC", "AD", "BD", "DE", "FR", "ES", "NL", "GB",
             "AZ", "IN", "ZA", "JO", "KG", "AF", "AT", "CH", "IE", "GR", "MD", "LU", "PL"}
PHONE_LOG = []
REJECT = set()   # draws libphonenumber rejected while this part was written


def phone(pl, style=None, kind=None, region=None):
    """A phone label in plan `pl`, written as someone in `region` would."""
    cc, trunk, kinds, nat, intl = PL[pl]
    preg = PLAN_REGION.get(pl, pl)
    region = region or preg
    if kind is None:
        kind = ch(sorted(kinds))
    while True:
        n = kinds[kind]()
        if n not in REJECT:
            break
    if style is None:
        style = ch(["nat", "nat", "intl", "intl", "e164", "zz"]) if region == preg else ch(["intl", "intl", "e164", "zz"])
    if style == "zz" and not (preg in ZZ_PREFIX and (region in ZZ_PREFIX or region == preg)):
        style = "intl"
    if style in ("nat", "digits") and region != preg:
        style = "intl"
    if style == "nat":
        v = nat(n, kind)
    elif style == "e164":
        v = "+" + cc + n
    elif style == "digits":
        v = n if cc == "1" else (trunk + n if trunk else n)
    else:
        g = intl(n, kind)
        v = ("00" if style == "zz" else "+") + cc + " " + g
    meta = {"sub": kind, "region": region}
    if preg != region:
        meta["plan"] = preg
    PHONE_LOG.append((v, region, preg if preg != region else ""))
    return L("phone", v, **meta)


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- addresses
# Streets and localities written for this part; layouts as each country's
# post prints them. addr(cc, multi) -> text (lines joined by "\n").

def _n(a=1, b=120):
    return str(ri(a, b))


def addr(cc, multi=False):
    j = "\n" if multi else ", "
    if cc == "RU":
        st, idx, city = ch([("ул. Большая Покровская", "603005", "Нижний Новгород"), ("ул. Баумана", "420111", "Казань"),
                            ("пр-т Ленина", "620014", "Екатеринбург"), ("ул. Малая Садовая", "191023", "Санкт-Петербург"),
                            ("ул. Пятницкая", "115035", "Москва"), ("Красный пр-т", "630099", "Новосибирск")])
        line = "%s, д. %s, кв. %s" % (st, _n(1, 90), _n(1, 240))
        if chance(0.5):
            return j.join(["%s, г. %s" % (idx, city), line]) if multi else "%s, г. %s, %s" % (idx, city, line)
        return j.join([line, "г. %s" % city, idx])
    if cc == "RUL":
        st, idx, city = ch([("ul. Bolshaya Pokrovskaya", "603005", "Nizhny Novgorod"), ("ul. Baumana", "420111", "Kazan"),
                            ("pr. Lenina", "620014", "Yekaterinburg"), ("ul. Pyatnitskaya", "115035", "Moscow")])
        return j.join(["%s, d. %s, kv. %s" % (st, _n(1, 90), _n(1, 240)), city, idx + (", Russia" if chance(0.4) else "")])
    if cc == "BY":
        st, idx, city = ch([("вул. Кастрычніцкая", "220030", "Мінск"), ("пр-т Незалежнасці", "220072", "Мінск"),
                            ("вул. Савецкая", "246050", "Гомель"), ("вул. Леніна", "224005", "Брэст")])
        return j.join(["%s, д. %s, кв. %s" % (st, _n(1, 140), _n(1, 200)), "%s %s" % (idx, city)])
    if cc == "MK":
        st, idx, city = ch([("ул. Даме Груев", "1000", "Скопје"), ("бул. Партизански одреди", "1000", "Скопје"),
                            ("ул. Широк Сокак", "7000", "Битола"), ("ул. Македонски просветители", "6000", "Охрид")])
        return j.join(["%s бр. %s" % (st, _n(1, 80)), "%s %s" % (idx, city)])
    if cc == "MKL":
        st, idx, city = ch([("ul. Dame Gruev", "1000", "Skopje"), ("ul. Shirok Sokak", "7000", "Bitola"),
                            ("ul. Makedonski prosvetiteli", "6000", "Ohrid"), ("bul. Ilinden", "1000", "Skopje")])
        return j.join(["%s br. %s" % (st, _n(1, 80)), "%s %s" % (idx, city), "North Macedonia"] if chance(0.3) else
                      ["%s br. %s" % (st, _n(1, 80)), "%s %s" % (idx, city)])
    if cc == "BA":
        st, idx, city = ch([("Ferhadija", "71000", "Sarajevo"), ("Titova", "71000", "Sarajevo"), ("Maršala Tita", "88000", "Mostar"),
                            ("Kralja Petra I Karađorđevića", "78000", "Banja Luka"), ("Turalibegova", "75000", "Tuzla"),
                            ("Branilaca Sarajeva", "71000", "Sarajevo")])
        return j.join(["%s %s" % (st, _n(1, 60)), "%s %s" % (idx, city)])
    if cc == "ME":
        st, idx, city = ch([("Njegoševa", "81000", "Podgorica"), ("Bulevar Svetog Petra Cetinjskog", "81000", "Podgorica"),
                            ("Trg od oružja", "85330", "Kotor"), ("Mediteranska", "85310", "Budva")])
        return j.join(["%s %s" % (st, _n(1, 70)), "%s %s" % (idx, city)])
    if cc == "AZ":
        st, idx, city = ch([("Nizami küç.", "AZ1010", "Bakı"), ("Füzuli küç.", "AZ1014", "Bakı"), ("Atatürk pr.", "AZ2000", "Gəncə"),
                            ("Xətai pr.", "AZ1025", "Bakı"), ("Heydər Əliyev pr.", "AZ5000", "Sumqayıt")])
        return j.join(["%s %s, mənzil %s" % (st, _n(1, 150), _n(1, 90)), "%s %s" % (city, idx)])
    if cc == "UZ":
        st, idx, city = ch([("Amir Temur ko'chasi", "100084", "Toshkent"), ("Mustaqillik ko'chasi", "140100", "Samarqand"),
                            ("Bobur ko'chasi", "100100", "Toshkent"), ("Navoiy ko'chasi", "200100", "Buxoro")])
        return j.join(["%s, %s-uy, %s-xonadon" % (st, _n(1, 120), _n(1, 80)), "%s %s" % (city, idx)])
    if cc == "KG":
        st, idx, city = ch([("Chuy prospekti", "720040", "Bishkek"), ("Kievskaya ko'chosu", "720001", "Bishkek"),
                            ("Kurmanjan Datka ko'chosu", "723500", "Osh")])
        return j.join(["%s %s, kv. %s" % (st, _n(1, 200), _n(1, 90)), "%s %s" % (idx, city)])
    if cc == "HU":
        st, idx, city = ch([("Andrássy út", "1061", "Budapest"), ("Király utca", "1075", "Budapest"), ("Piac utca", "4025", "Debrecen"),
                            ("Kárász utca", "6720", "Szeged"), ("Széchenyi tér", "7621", "Pécs"), ("Bartók Béla út", "1114", "Budapest"),
                            ("Váci utca", "1052", "Budapest"), ("Kossuth Lajos utca", "9021", "Győr")])
        hn = "%s." % _n(1, 90)
        flat = ch(["", " %s. em. %s." % (ri(1, 6), ri(1, 12)), " %s/%s." % (ri(1, 6), ri(1, 12))])
        if multi:
            return "\n".join([city, "%s %s%s" % (st, hn, flat), idx])
        return "%s %s, %s %s%s" % (idx, city, st, hn, flat)
    if cc == "VN":
        if chance(0.5):
            return j.join(["Số %s ngõ %s phố %s" % (_n(1, 80), _n(2, 200), ch(["Huế", "Đội Cấn", "Kim Mã", "Bạch Mai", "Thái Hà"])),
                           "phường %s" % ch(["Ngọc Khánh", "Láng Hạ", "Thịnh Quang", "Bạch Đằng"]),
                           "quận %s" % ch(["Ba Đình", "Đống Đa", "Hai Bà Trưng"]), "Hà Nội"])
        return j.join(["%s %s" % (_n(1, 300), ch(["Nguyễn Trãi", "Lê Văn Sỹ", "Điện Biên Phủ", "Cách Mạng Tháng Tám", "Võ Văn Tần"])),
                       "Phường %s" % ri(1, 15), "Quận %s" % ch(["1", "3", "5", "10", "Bình Thạnh", "Phú Nhuận"]),
                       "TP. Hồ Chí Minh"])
    if cc == "EG":
        if chance(0.5):
            return ("\n" if multi else "، ").join(["%s %s" % (_n(1, 60), ch(["شارع مصدق", "شارع جامعة الدول العربية", "شارع عباس العقاد", "شارع الثورة"])),
                           ch(["الدقي، الجيزة 12311", "المهندسين، الجيزة 12655", "مدينة نصر، القاهرة 11765", "مصر الجديدة، القاهرة 11341"])])
        return j.join(["%s %s, Apt %s" % (_n(1, 60), ch(["Mossadak St", "Abbas El Akkad St", "El Thawra St", "Gameat El Dowal St"]), _n(1, 30)),
                       ch(["Dokki, Giza 12311", "Mohandessin, Giza 12655", "Nasr City, Cairo 11765", "Heliopolis, Cairo 11341"])])
    if cc == "TN":
        st, idx, city = ch([("Rue de Marseille", "1000", "Tunis"), ("Avenue Habib Thameur", "1069", "Tunis"), ("Rue Ibn Khaldoun", "4000", "Sousse"),
                            ("Avenue Farhat Hached", "3000", "Sfax"), ("Rue du Lac Léman", "1053", "Les Berges du Lac")])
        return j.join(["%s %s" % (_n(1, 90), st), "%s %s" % (idx, city)])
    if cc == "LB":
        return j.join(["%s, Imm. %s, %se étage" % (ch(["Rue Hamra", "Rue Monot", "Rue Abdel Aziz", "Rue Gouraud"]),
                                                     ch(["Saadeh", "Khoury", "Nahas", "Tabbara"]), ri(1, 9)),
                       ch(["Beyrouth 1103 2070", "Achrafieh, Beyrouth 1100 2100", "Jounieh 1200", "Zahlé 1801"])])
    if cc == "AE":
        return j.join(["%s %s, %s" % (ch(["Villa", "Flat", "Apt"]), _n(1, 900), ch(["Street 14", "Al Wasl Road", "Sheikh Zayed Road", "Street 3B"])),
                       ch(["Al Barsha 2", "Jumeirah 1", "Al Nahda", "Khalifa City A"]), ch(["Dubai", "Abu Dhabi", "Sharjah"])])
    if cc == "SA":
        return j.join(["%s %s" % (ri(1000, 9999), ch(["Prince Sultan Rd", "King Fahd Rd", "Al Tahlia St", "Olaya St"])),
                       "%s Dist." % ch(["Al Rawdah", "Al Olaya", "Al Malqa", "Al Zahra"]),
                       "%s %s %s" % (ch(["Jeddah", "Riyadh", "Dammam"]), ri(11000, 34999), ri(2000, 9999))])
    if cc == "IR":
        jj = "\n" if multi else "، "
        return jj.join(["%s، %s، %s، پلاک %s" % (ch(["تهران", "اصفهان", "شیراز"]), ch(["خیابان ولیعصر", "خیابان شریعتی", "خیابان چهارباغ", "خیابان زند"]),
                                                ch(["کوچه نهم", "کوچه بهار", "کوچه یاس", "بن‌بست لاله"]), ri(1, 90)),
                        "کد پستی %s" % "".join(ch("13456789") for _ in range(10))])
    if cc == "KH":
        return j.join(["#%s, St. %s" % (_n(1, 200), ch(["310", "63", "178", "51", "240"])),
                       "Sangkat %s" % ch(["Boeung Keng Kang I", "Tonle Bassac", "Chey Chumneah", "Toul Tom Poung I"]),
                       "Khan %s" % ch(["Chamkarmon", "Daun Penh", "Boeung Keng Kang"]), "Phnom Penh %s" % ch(["12302", "12211", "12301"])])
    if cc == "HK":
        if chance(0.4):
            return ch(["九龍觀塘道%s號%s樓%s室" % (ri(1, 400), ri(2, 40), ch("ABCDEF")), "香港灣仔軒尼詩道%s號%s樓" % (ri(1, 400), ri(2, 30)),
                       "新界沙田大圍村南道%s號%s樓%s室" % (ri(1, 90), ri(2, 20), ch("ABCD"))])
        return j.join(["Flat %s, %s/F, Block %s" % (ch("ABCDEFGH"), ri(2, 40), ri(1, 8)),
                       ch(["Kwun Tong Garden Estate", "Tai Koo Shing", "Mei Foo Sun Chuen", "City One Shatin"]),
                       ch(["Kwun Tong, Kowloon", "Quarry Bay, Hong Kong", "Lai Chi Kok, Kowloon", "Sha Tin, New Territories"])])
    if cc == "SG":
        return j.join(["Blk %s %s" % (ri(100, 999), ch(["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52", "Bedok North Rd", "Toa Payoh Lor 1"])),
                       "#%02d-%03d" % (ri(2, 20), ri(1, 600)), "Singapore %d" % ri(310000, 649999)])
    if cc == "CN":
        c, d, rd, pc = ch([("上海", "徐汇", "漕溪北路", "200030"), ("杭州", "西湖", "文三路", "310012"), ("成都", "武侯", "人民南路", "610041"),
                           ("广州", "天河", "体育西路", "510620")])
        return "%s市%s区%s%s号%s室" % (c, d, rd, ri(1, 300), ri(101, 2804)) + (" " + pc if chance(0.5) else "")
    if cc in ("JP", "JPJ"):
        ja, ro, pc = ch([("大阪府大阪市北区梅田", "Umeda, Kita-ku, Osaka", "530-0001"), ("京都府京都市左京区北白川", "Kitashirakawa, Sakyo-ku, Kyoto", "606-8271"),
                         ("福岡県福岡市中央区天神", "Tenjin, Chuo-ku, Fukuoka", "810-0001"), ("北海道札幌市中央区南一条西", "Minami 1-jo Nishi, Chuo-ku, Sapporo", "060-0061")])
        if cc == "JPJ" or chance(0.5):
            return "〒%s %s%d丁目%d-%d%s" % (pc, ja, ri(1, 5), ri(1, 30), ri(1, 20), ch(["", " メゾン%d" % ri(101, 905), " コーポ白川%d号室" % ri(101, 305)]))
        return j.join(["%d-%d-%d %s" % (ri(1, 5), ri(1, 30), ri(1, 20), ro.rsplit(", ", 1)[0]), "%s %s" % (ro.rsplit(", ", 1)[1], pc)])
    if cc == "EC":
        return j.join(["Av. %s %s%s-%s y %s" % (ch(["Amazonas", "6 de Diciembre", "Shyris"]), ch("NE"), ri(20, 40), ri(10, 300), ch(["Luis Cordero", "Robles", "Portugal"])),
                       "Quito %s" % ch(["170143", "170517", "170135"])]) if chance(0.6) else \
            j.join(["Cdla. %s, Mz. %s Villa %s" % (ch(["Kennedy Norte", "Urdesa Central", "Alborada 9na etapa"]), ri(1, 900), ri(1, 40)), "Guayaquil 090%03d" % ri(100, 999)])
    if cc == "UY":
        return j.join(["%s %s%s" % (ch(["Av. 18 de Julio", "Bulevar Artigas", "Av. Brasil", "Canelones", "Juan Paullier"]), ri(100, 3999),
                                   ch(["", ", apto. %s" % ri(101, 1204), " ap. %s" % ri(1, 40)])),
                       "%s Montevideo" % ch(["11100", "11300", "11200", "11600"])])
    if cc == "PY":
        return j.join(["%s %s c/ %s" % (ch(["Calle Palma", "Mcal. López", "Eusebio Ayala", "Tte. Fariña"]), ri(100, 3000), ch(["15 de Agosto", "Brasil", "EE.UU.", "Colón"])),
                       ch(["Asunción 1209", "San Lorenzo 2160", "Encarnación 6000", "Asunción 1410"])])
    if cc == "BO":
        return j.join(["%s Nº %s" % (ch(["Av. 6 de Agosto", "Calle Jaén", "Av. Arce", "Calle Sucre"]), ri(100, 3500)),
                       "Zona %s" % ch(["Sopocachi", "San Pedro", "Miraflores", "Equipetrol"]), ch(["La Paz", "Santa Cruz de la Sierra", "Cochabamba"])])
    if cc == "VE":
        return j.join(["Av. %s, Edif. %s, piso %s, apto %s-%s" % (ch(["Francisco de Miranda", "Libertador", "Urdaneta", "Bella Vista"]), ch(["Torre Europa", "Residencias Lucerna", "Mara"]),
                                                                   ri(1, 18), ri(1, 18), ch("ABCD")),
                       ch(["Chacao, Caracas 1060", "Los Palos Grandes, Caracas 1062", "Maracaibo 4002", "Valencia 2001"])])
    if cc == "CU":
        return j.join(["Calle %s No. %s e/ %s y %s" % (ch(["23", "L", "G", "Línea", "17"]), ri(1, 900), ch(["J", "10", "Paseo", "B"]), ch(["K", "12", "2", "C"])),
                       "%s, La Habana %s" % (ch(["Vedado", "Plaza de la Revolución", "Centro Habana"]), ch(["10400", "10200"]))])
    if cc == "DO":
        return j.join(["C/ %s No. %s" % (ch(["El Conde", "Duarte", "Pasteur", "Gustavo Mejía Ricart"]), ri(1, 400)),
                       ch(["Zona Colonial", "Gazcue", "Naco", "Piantini"]), "Santo Domingo %s" % ch(["10210", "10205", "10148"])])
    if cc == "CR":
        return j.join(["De %s, %s m %s y %s m %s, casa %s" % (ch(["la Iglesia de San Pedro", "la antigua Pulpería La Luz", "el Colegio de Abogados", "la plaza de deportes"]),
                                                         ch(["100", "200", "300", "150"]), ch(["norte", "sur", "este", "oeste"]), ch(["25", "50", "75"]),
                                                         ch(["norte", "sur", "este", "oeste"]), ri(1, 80)),
                       ch(["San Pedro, Montes de Oca, San José 11501", "Santa Ana, San José 10901", "Heredia 40101", "Escazú, San José 10201"])])
    if cc == "SN":
        return j.join(["%s" % ch(["Cité Keur Gorgui, Villa %s" % ri(1, 300), "Sacré-Cœur 3, Villa %s" % ri(1, 900),
                                  "Rue %s x Rue %s, Médina" % (ri(1, 40), ri(1, 40)), "Liberté 6 Extension, Villa %s" % ri(1, 200)]), "Dakar"]) + \
            (j + "BP %s Dakar" % ri(1000, 9999) if chance(0.3) else "")
    if cc == "CM":
        return j.join([ch(["Rue %s.%03d, Bastos" % (ri(1, 2), ri(1, 900)), "Quartier Bonapriso, Rue %s" % ch(["Njo-Njo", "Tokoto", "des Cocotiers"]),
                           "Carrefour Biyem-Assi, Immeuble %s" % ch(["Tsala", "Mballa", "Ngono"])]), "BP %s %s" % (ri(100, 9999), ch(["Yaoundé", "Douala"]))])
    if cc == "UG":
        return j.join(["Plot %s %s" % (ri(1, 200), ch(["Kampala Road", "Bukoto Street", "Lumumba Avenue", "Ntinda Road"])),
                       "P.O. Box %s" % ri(1000, 39999), ch(["Kampala", "Entebbe", "Jinja"])])
    if cc == "TZ":
        return j.join(["Plot %s, %s" % (ri(1, 400), ch(["Mtaa wa Samora", "Ali Hassan Mwinyi Rd", "Haile Selassie Rd", "Mtaa wa Jamhuri"])),
                       "P.O. Box %s" % ri(1000, 39999), ch(["Dar es Salaam", "Arusha", "Mwanza"])])
    if cc == "RW":
        return j.join(["%s %s %s" % (ch(["KG", "KN", "KK"]), ri(1, 700), ch(["St", "Ave"])) + " %s" % ri(1, 90),
                       ch(["Kacyiru", "Kimihurura", "Nyamirambo", "Remera"]), "Kigali"])
    if cc == "ET":
        return j.join(["%s Sub-city, Woreda %02d" % (ch(["Bole", "Yeka", "Kirkos", "Arada"]), ri(1, 14)), "House No. %s" % ri(100, 3999), "Addis Ababa"])
    if cc == "MG":
        return j.join(["Lot %s %s %s" % (ch(["II M", "IV G", "VB", "III J"]), ri(1, 200), ch(["Antsakaviro", "Ambohijatovo", "Isoraka", "Analakely"])),
                       "Antananarivo 101"])
    if cc == "FO":
        st, idx, city = ch([("Niels Finsens gøta", "FO-100", "Tórshavn"), ("Dalavegur", "FO-100", "Tórshavn"), ("Heimasta gøta", "FO-700", "Klaksvík"),
                            ("Vágsvegur", "FO-900", "Vágur")])
        return j.join(["%s %s" % (st, ri(1, 60)), "%s %s" % (idx, city)])
    if cc == "GL":
        return j.join(["%s %s" % (ch(["Aqqusinersuaq", "Qullilerfik", "Issortarfimmut", "Imaneq"]), ri(1, 40)), "%s %s" % ch([("3900", "Nuuk"), ("3911", "Sisimiut"), ("3952", "Ilulissat")])])
    if cc == "LI":
        return j.join(["%s %s" % (ch(["Städtle", "Landstrasse", "Feldkircher Strasse", "Im Bretscha"]), ri(1, 90)), ch(["9490 Vaduz", "9495 Triesen", "9494 Schaan", "9497 Triesenberg"])])
    if cc == "MC":
        lines = ["%s %s" % (ri(1, 40), ch(["boulevard des Moulins", "avenue de la Costa", "rue Grimaldi", "boulevard d'Italie"]))]
        if chance(0.6):
            lines.append(ch(["Résidence Le Millefiori", "Le Château Périgord", "Villa Les Pins"]))
        return j.join(lines + ["98000 Monaco"])
    if cc == "AD":
        return j.join(["%s %s, %s %s" % (ch(["Avinguda Meritxell", "Carrer Prat de la Creu", "Avinguda Carlemany", "Carrer de la Unió"]), ri(1, 120),
                                         ri(1, 6), ch(["1a", "2a", "3a"])), ch(["AD500 Andorra la Vella", "AD700 Escaldes-Engordany", "AD600 Sant Julià de Lòria"])])
    if cc == "TO":
        return j.join([ch(["Taufa'ahau Road", "Vuna Road", "Fatafehi Road", "Hala Tupou"]), ch(["Kolofo'ou", "Ma'ufanga", "Kolomotu'a", "Popua"]), "Nuku'alofa"])
    if cc == "FJ":
        return j.join(["Lot %s %s" % (ri(1, 90), ch(["Ratu Sukuna Road", "Princes Road", "Queens Road", "Waimanu Road"])), ch(["Nasese", "Tamavua", "Samabula", "Namadi Heights"]),
                       ch(["Suva", "Nadi", "Lautoka"])])
    if cc == "USHI":
        return j.join(["%s %s%s" % (ri(100, 3999), ch(["Ala Moana Blvd", "Kapiolani Blvd", "Kalakaua Ave", "Waialae Ave", "Kamehameha Hwy"]),
                                   ch(["", " Apt %s" % ri(101, 3905), " #%s" % ri(1, 40)])),
                       "%s, HI %s" % ch([("Honolulu", "96814"), ("Honolulu", "96815"), ("Kaneohe", "96744"), ("Hilo", "96720"), ("Kailua", "96734")])])
    if cc == "ESEU":
        return j.join(["%s %s, %s" % (ch(["Nagusia kalea", "Kale Nagusia", "San Frantzisko kalea", "Portu kalea", "Zumalakarregi etorbidea"]), ri(1, 60),
                                      ch(["3. eskuina", "2. ezkerra", "1. A", "4. B"])),
                       ch(["20003 Donostia", "48005 Bilbo", "01001 Gasteiz", "20400 Tolosa", "48200 Durango"])])
    if cc == "ESGL":
        return j.join(["%s, %s, %s" % (ch(["Rúa do Vilar", "Rúa Nova", "Rúa do Franco", "Avenida da Mariña", "Rúa Real"]), ri(1, 80), ch(["2º", "1º esq.", "3º dta.", "baixo"])),
                       ch(["15705 Santiago de Compostela", "15001 A Coruña", "36202 Vigo", "27001 Lugo", "32005 Ourense"])])
    if cc == "FRBR":
        return j.join(["%s %s" % (ri(1, 80), ch(["rue de Siam", "rue Saint-Malo", "rue de la Soif", "quai de la Fosse", "rue des Halles"])),
                       ch(["29200 Brest", "29000 Quimper", "56100 Lorient", "22300 Lannion", "35000 Rennes"])])
    if cc == "NLFY":
        return j.join(["%s %s" % (ch(["Nieuwestad", "Voorstreek", "Eewal", "Tuinen", "Oude Oosterstraat"]), ri(1, 120)),
                       "%s %s  %s" % (ch(["8911", "8921", "8933", "8601"]), "".join(ch("BCDEGHJKLMNPRSTVWXZ") for _ in range(2)), ch(["LEEUWARDEN", "SNEEK"]))
                       if chance(0.3) else "%s %s %s" % (ch(["8911", "8921", "8933", "8601"]), "".join(ch("BCDEGHJKLMNPRSTVWXZ") for _ in range(2)), ch(["Leeuwarden", "Snits", "Sneek"]))])
    if cc == "INPB":
        return j.join(["House No. %s, Sector %s-%s" % (ri(100, 3999), ri(15, 47), ch("ABCD")), "Chandigarh %s" % ch(["160022", "160015", "160036"])]) if chance(0.5) else \
            j.join(["%s, %s" % (ch(["#%s" % ri(1, 900), "H.No. %s" % ri(1, 900)]), ch(["Model Town", "Ranjit Avenue", "Green Avenue"])), "%s, Punjab %s" % ch([("Amritsar", "143001"), ("Ludhiana", "141002"), ("Jalandhar", "144001")])])
    if cc == "INKL":
        return j.join(["TC %s/%s, %s" % (ri(1, 40), ri(100, 2999), ch(["Vazhuthacaud", "Pattom", "Kowdiar", "Sasthamangalam"])),
                       "Thiruvananthapuram, Kerala %s" % ch(["695014", "695004", "695003"])]) if chance(0.5) else \
            j.join(["%s House, %s" % (ch(["Puthenpurayil", "Kalarickal", "Thekkedath", "Vadakkemadom"]), ch(["Kaloor", "Edappally", "Palarivattom"])), "Kochi, Kerala %s" % ch(["682017", "682024", "682025"])])
    if cc == "INTG":
        return j.join(["H.No. %s-%s-%s/%s" % (ri(1, 12), ri(1, 9), ri(100, 999), ri(1, 40)), "Road No. %s, %s" % (ri(1, 14), ch(["Banjara Hills", "Jubilee Hills", "Madhapur"])),
                       "Hyderabad, Telangana %s" % ch(["500034", "500033", "500081"])])
    if cc == "INGJ":
        return j.join(["%s, %s Society" % (ri(1, 90), ch(["Swastik", "Shantiniketan", "Parimal", "Sahjanand"])), ch(["Navrangpura", "Satellite", "Paldi", "Adajan"]),
                       "%s, Gujarat %s" % ch([("Ahmedabad", "380009"), ("Ahmedabad", "380015"), ("Surat", "395009"), ("Vadodara", "390007")])])
    if cc == "ZA":
        return j.join(["%s %s" % (ch(["Kerkstraat", "Dorpstraat", "Andringastraat", "Voortrekkerweg", "Bosmanstraat"]), ri(1, 200)),
                       ch(["Stellenbosch", "Paarl", "Worcester", "Potchefstroom", "Bloemfontein"]), ch(["7600", "7646", "6850", "2531", "9301"])])
    if cc == "IL":
        return j.join(["%s %s%s" % (ch(["רחוב הרצל", "שדרות רוטשילד", "רחוב יפו", "רחוב ז'בוטינסקי", "דרך בגין"]), ri(1, 150), ch(["", ", דירה %s" % ri(1, 40)])),
                       ch(["תל אביב-יפו", "ירושלים", "חיפה", "רמת גן", "באר שבע"]), "%07d" % ri(1000000, 9999999)])
    if cc == "TH":
        rd, kw, kh, pc = ch([("ถนนสุขุมวิท", "แขวงคลองเตย", "เขตคลองเตย", "10110"), ("ถนนพหลโยธิน", "แขวงจตุจักร", "เขตจตุจักร", "10900"),
                             ("ถนนรัชดาภิเษก", "แขวงห้วยขวาง", "เขตห้วยขวาง", "10310"), ("ถนนลาดพร้าว", "แขวงวังทองหลาง", "เขตวังทองหลาง", "10310")])
        return ("\n" if multi else " ").join(["%s/%s %s %s" % (ri(1, 300), ri(1, 99), rd, kw), "%s กรุงเทพมหานคร %s" % (kh, pc)])
    if cc == "JO":
        return j.join(["%s St %s, Bldg %s" % (ch(["Wasfi Al-Tal", "Mecca", "Rainbow", "Al-Madina Al-Munawara"]), ri(1, 200), ri(1, 60)),
                       "%s, Amman %s" % (ch(["Khalda", "Jabal Amman", "Sweifieh", "Shmeisani"]), ch(["11183", "11181", "11195"]))])
    if cc == "AF":
        return j.join(["House %s, Street %s" % (ri(1, 200), ri(1, 15)), ch(["Karte Char", "Shahr-e Naw", "Wazir Akbar Khan", "Karte Seh"]), "Kabul %s" % ch(["1001", "1006", "1003"])])
    if cc == "BD":
        return j.join(["House %s, Road %s" % (ri(1, 90), ri(1, 32)), ch(["Dhanmondi", "Gulshan 2", "Banani", "Uttara Sector 7"]), "Dhaka %s" % ch(["1205", "1212", "1213", "1230"])])
    if cc == "IE":
        st, town, rk = ch([("Bow Street", "Dublin 7", "D07"), ("Ballymun Road", "Dublin 9", "D09"), ("Douglas Road", "Cork", "T12"),
                           ("Dominick Street Lower", "Galway", "H91"), ("O'Connell Avenue", "Limerick", "V94"), ("Parnell Street", "Dublin 1", "D01")])
        ec = rk + " " + "".join(ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        first = ch(["Apartment %d, %s" % (ri(1, 80), ch(["The Maltings", "Smithfield Village", "Eglinton Court", "Millbrook"])), str(ri(1, 140))])
        if first[0].isdigit():
            return j.join(["%s %s" % (first, st), town, ec])
        return j.join([first, st, town, ec])
    if cc == "AT":
        st, pc, city = ch([("Favoritenstraße", "1100", "Wien"), ("Ottakringer Straße", "1160", "Wien"), ("Annenstraße", "8020", "Graz"),
                           ("Landstraßer Hauptstraße", "1030", "Wien"), ("Wiener Straße", "4020", "Linz")])
        return j.join(["%s %d/%d/%d" % (st, ri(1, 200), ri(1, 9), ri(1, 30)), "%s %s" % (pc, city)])
    if cc == "KR":
        gu, road, pc = ch([("마포구", "월드컵북로", "03925"), ("수영구", "광안해변로", "48303"), ("유성구", "대학로", "34134"), ("강남구", "테헤란로", "06236")])
        city = {"마포구": "서울특별시", "강남구": "서울특별시", "수영구": "부산광역시", "유성구": "대전광역시"}[gu]
        return "%s %s %s %d, %d동 %d호 (%s)" % (city, gu, road, ri(1, 500), ri(101, 115), ri(101, 2504), pc)
    if cc == "TG":
        return j.join(["%s %s" % (ri(1, 90), ch(["Rue de l'Entente", "Boulevard du 13 Janvier"])), "Lomé"])
    raise KeyError(cc)


ADDR_CC = ["RU", "RUL", "BY", "MK", "MKL", "BA", "ME", "AZ", "UZ", "KG", "HU", "VN", "EG", "TN", "LB", "AE", "SA", "IR", "KH", "HK",
           "SG", "CN", "JP", "EC", "UY", "PY", "BO", "VE", "CU", "DO", "CR", "SN", "CM", "UG", "TZ", "RW", "ET", "MG", "FO", "GL",
           "LI", "MC", "AD", "TO", "FJ", "USHI", "ESEU", "ESGL", "FRBR", "NLFY", "INPB", "INKL", "INTG", "INGJ", "ZA", "IL", "TH",
           "JO", "AF", "BD", "IE", "AT", "KR"]
ADDR_SEEN = Counter()


def A(cc, multi=False):
    ADDR_SEEN[cc] += 1
    return L("address", addr(cc, multi), sub=cc[:2] if cc not in ("USHI",) else "US")


ADDR_CC.append("JPJ")


# ---------------------------------------------------------------- e-mail
FREEMAIL = {
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "rambler.ru"], "be": ["tut.by", "gmail.com", "mail.ru"],
    "mk": ["t-home.mk", "gmail.com", "yahoo.com"], "hu": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
    "vi": ["gmail.com", "yahoo.com.vn"], "eg": ["yahoo.com", "gmail.com", "hotmail.com"], "az": ["mail.ru", "gmail.com", "box.az"],
    "uz": ["mail.ru", "gmail.com", "inbox.uz"], "fa": ["yahoo.com", "gmail.com", "chmail.ir"], "he": ["walla.co.il", "gmail.com"],
    "th": ["hotmail.com", "gmail.com"], "af": ["gmail.com", "telkomsa.net", "vodamail.co.za"],
    "fo": ["olivant.fo", "gmail.com"], "kl": ["greennet.gl", "gmail.com"], "fy": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "eu": ["euskaltel.net", "gmail.com"], "gl": ["gmail.com", "telefonica.net"], "br": ["orange.fr", "free.fr", "laposte.net"],
    "cu": ["nauta.cu", "gmail.com"], "uy": ["adinet.com.uy", "gmail.com"], "ec": ["hotmail.com", "gmail.com"],
}
GENERIC = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com", "icloud.com", "zoho.com", "gmx.com",
           "fastmail.com", "tutanota.com", "mail.com", "aol.com", "pm.me", "hey.com"]
ORGS = ["kvant-logistika.ru", "tisza-kft.hu", "vardar-trans.mk", "baku-steel.az", "samarkand-tekstil.uz", "saigonfresh.vn",
        "nilecargo.eg", "medina-soft.tn", "cedarsbank-lb.com", "gulfhorizon.ae", "najd-contracting.sa", "kavir-co.ir",
        "mekongmicro.kh", "harbourfin.hk", "lionbay.sg", "andesplast.ec", "riodelaplata.uy", "yerbatera.com.py",
        "altiplano-minas.bo", "caribemar.do", "pura-vida-tours.cr", "teranga-tech.sn", "wouri-logistique.cm",
        "pearlagro.ug", "kilimo-hub.co.tz", "mille-collines.rw", "abyssinia-coffee.et", "vanilla-sava.mg", "nordlysid.fo",
        "qimmeq.gl", "alpenrhein.li", "riviera-yachting.mc", "pirineu-assessors.ad", "fonua-shipping.to", "bula-resorts.fj",
        "kona-roasters.com", "txingudi.eus", "ria-arousa.gal", "breizh-numerik.bzh", "fryslan-zuivel.nl", "doaba-agro.in",
        "malabar-spice.in", "deccan-it.in", "sabarmati-textiles.in", "karoo-wyn.co.za"]
EMAIL_SEEN = set()


def E(person=None, dom=None, local=None):
    if local is None:
        local = person.email_local()
    if dom is None:
        pool = FREEMAIL.get(person.cult if person else "", []) + GENERIC
        dom = ch(pool)
    v = "%s@%s" % (local, dom)
    EMAIL_SEEN.add(v)
    return L("email", v)


def E_org(person, org):
    return E(person, org, ch([slug(person.given_lat) + "." + slug(person.family_lat.split(" ")[-1] or "x"),
                              slug(person.given_lat)[0] + slug(person.family_lat.split(" ")[-1] or person.given_lat),
                              slug(person.given_lat)]))


# ---------------------------------------------------------------- dates of birth
MON = dict(MONTHS)
MON.update({
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "be": ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    "mk": ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември", "декември"],
    "bs": ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra", "novembra", "decembra"],
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
    "uz": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"],
    "ar_eg": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "ar_lv": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "he": ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "ta": ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
    "eu": ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"],
    "gl": ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro", "novembro", "decembro"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    "ga": ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
    "mg": ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra", "Novambra", "Desambra"],
    "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    "fo": ["januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
})
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def g2j(gy, gm, gd):
    """Gregorian -> Solar Hijri (Jalali) date (the usual arithmetic form)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def bdate(a=1942, b=2007):
    return datetime.date(ri(a, b), ri(1, 12), ri(1, 28))


def fmt_date(d, lang, style=None):
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if style == "dmy.":
        return "%02d.%02d.%04d" % (dd, m, y)
    if style == "dmy/":
        return "%02d/%02d/%04d" % (dd, m, y)
    if style == "mdy/":
        return "%02d/%02d/%04d" % (m, dd, y)
    if style == "dmy-":
        return "%02d-%02d-%04d" % (dd, m, y)
    if style == "ymd.":
        return "%04d.%02d.%02d." % (y, m, dd)
    if style == "dMy":
        return "%02d-%s-%04d" % (dd, MONTHS["en"][m - 1][:3].upper(), y)
    mn = MON.get(lang)
    if lang == "ru" or lang == "be":
        return "%d %s %d%s" % (dd, mn[m - 1], y, ch(["", " г.", " года"] if lang == "ru" else ["", " г."]))
    if lang == "hu":
        return "%d. %s %d." % (y, mn[m - 1], dd)
    if lang == "mk":
        return "%d %s %d" % (dd, mn[m - 1], y) + ch(["", " година"])
    if lang == "bs":
        return "%d. %s %d." % (dd, mn[m - 1], y)
    if lang == "az":
        return "%02d %s %d" % (dd, mn[m - 1], y)
    if lang == "uz":
        return "%d-yil %d-%s" % (y, dd, mn[m - 1])
    if lang in ("ar_eg", "ar_lv"):
        s = "%d %s %d" % (dd, mn[m - 1], y)
        return s.translate(AR_DIG) if chance(0.3) else s
    if lang == "he":
        return "%d ב%s %d" % (dd, mn[m - 1], y)
    if lang == "th":
        return "%d %s %d" % (dd, mn[m - 1], y + 543)
    if lang == "fa":
        jy, jm, jd = g2j(y, m, dd)
        return ch(["%d %s %d" % (jd, mn[jm - 1], jy), "%04d/%02d/%02d" % (jy, jm, jd)]).translate(FA_DIG)
    if lang == "eu":
        return "%dko %s %da" % (y, mn[m - 1], dd)
    if lang in ("gl", "es", "pt"):
        return "%d de %s de %d" % (dd, mn[m - 1], y)
    if lang == "de":
        return "%d. %s %d" % (dd, mn[m - 1], y)
    if lang == "vi":
        return ch(["ngày %d tháng %d năm %d" % (dd, m, y), "%02d/%02d/%04d" % (dd, m, y)])
    if lang in ("zh", "ja"):
        return "%d年%d月%d日" % (y, m, dd)
    if lang == "fo":
        return "%d. %s %d" % (dd, mn[m - 1], y)
    if lang in ("en",):
        return ch(["%d %s %d" % (dd, MONTHS["en"][m - 1], y), "%s %d, %d" % (MONTHS["en"][m - 1], dd, y)])
    if mn:
        return "%d %s %d" % (dd, mn[m - 1], y)
    return "%02d.%02d.%04d" % (dd, m, y)


def D(d, lang, style=None):
    return L("dob", fmt_date(d, lang, style))


# ---------------------------------------------------------------- national ids
# Each kind: make(...) -> formatted value; GOV_OK[kind](value) re-verifies
# the published check rule (--check).
GOV_OK = {}


def _digits(s):
    return re.sub(r"\D", "", s)


def hu_taj():
    d = dg(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = d + str(c)
    return ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])


GOV_OK["hu_taj"] = lambda v: (lambda d: len(d) == 9 and sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == int(d[8]))(_digits(v))


def hu_adoazonosito(dob):
    days = (dob - datetime.date(1867, 1, 1)).days
    while True:
        d = "8" + "%05d" % days + dg(3)
        c = sum(int(x) * (i + 1) for i, x in enumerate(d)) % 11
        if c < 10:
            return d + str(c)


GOV_OK["hu_adoazonosito"] = lambda v: (lambda d: len(d) == 10 and d[0] == "8" and sum(int(x) * (i + 1) for i, x in enumerate(d[:9])) % 11 == int(d[9]))(_digits(v))


def ru_inn():
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = ch(["77", "78", "16", "66", "54", "52"]) + dg(8)
    d += str(sum(int(x) * w for x, w in zip(d, w1)) % 11 % 10)
    d += str(sum(int(x) * w for x, w in zip(d, w2)) % 11 % 10)
    return d


def _inn_ok(v):
    d = _digits(v)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(d) == 12 and sum(int(x) * w for x, w in zip(d, w1)) % 11 % 10 == int(d[10]) and \
        sum(int(x) * w for x, w in zip(d, w2)) % 11 % 10 == int(d[11])


GOV_OK["ru_inn"] = _inn_ok


def _snils_cs(d9):
    s = sum(int(x) * (9 - i) for i, x in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    r = s % 101
    return 0 if r == 100 else r


def ru_snils():
    d = str(ri(100, 999)) + dg(6)
    return "%s-%s-%s %02d" % (d[:3], d[3:6], d[6:], _snils_cs(d))


GOV_OK["ru_snils"] = lambda v: (lambda d: len(d) == 11 and _snils_cs(d[:9]) == int(d[9:]))(_digits(v))


def at_svnr(dob):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        serial = str(ri(1, 9)) + dg(2)
        body = serial + "0" + dob.strftime("%d%m%y")
        c = sum(int(x) * wi for x, wi in zip(body, w)) % 11
        if c < 10:
            s = serial + str(c) + dob.strftime("%d%m%y")
            return ch([s[:4] + " " + s[4:], s])


GOV_OK["at_svnr"] = lambda v: (lambda d: len(d) == 10 and sum(int(x) * wi for x, wi in zip(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11 == int(d[3]))(_digits(v))


def _ean_cd(d12):
    return (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12)) % 10) % 10


def ch_ahv():
    d = "756" + dg(9)
    s = d + str(_ean_cd(d))
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


GOV_OK["ch_ahv"] = lambda v: (lambda d: len(d) == 13 and d.startswith("756") and _ean_cd(d[:12]) == int(d[12]))(_digits(v))


def _ppsn_letter(d7, second=""):
    s = sum(int(x) * (8 - i) for i, x in enumerate(d7))
    if second:
        s += 9 * (0 if second == "W" else ord(second) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def ie_ppsn():
    d = dg(7)
    second = ch(["", "", "A"])
    return d + _ppsn_letter(d, second) + second


GOV_OK["ie_ppsn"] = lambda v: bool(re.fullmatch(r"\d{7}[A-W][AW]?", v)) and _ppsn_letter(v[:7], v[8:9]) == v[7]


def _melli_cd(d9):
    r = sum(int(x) * (10 - i) for i, x in enumerate(d9)) % 11
    return r if r < 2 else 11 - r


def ir_melli():
    while True:
        d = dg(9)
        if len(set(d)) > 2:
            s = d + str(_melli_cd(d))
            return ch([s, "%s-%s-%s" % (s[:3], s[3:9], s[9])])


GOV_OK["ir_melli"] = lambda v: (lambda d: len(d) == 10 and _melli_cd(d[:9]) == int(d[9]))(_digits(v))


def _ric_cd(d17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(x) * wi for x, wi in zip(d17, w)) % 11]


def cn_ric(dob, female):
    area = ch(["310104", "330106", "510107", "440106", "110105", "320102"])
    seq = "%02d%d" % (ri(0, 99), ch([0, 2, 4, 6, 8]) if female else ch([1, 3, 5, 7, 9]))
    d = area + dob.strftime("%Y%m%d") + seq
    return d + _ric_cd(d)


GOV_OK["cn_ric"] = lambda v: len(v) == 18 and v[:17].isdigit() and _ric_cd(v[:17]) == v[17]


def _hkid_cd(letters, d6):
    vals = [36 if c == " " else ord(c) - 55 for c in letters.rjust(2)]
    s = vals[0] * 9 + vals[1] * 8 + sum(int(x) * (7 - i) for i, x in enumerate(d6))
    c = (11 - s % 11) % 11
    return "A" if c == 10 else str(c)


def hk_hkid():
    L1 = ch(["A", "C", "D", "E", "G", "H", "K", "M", "P", "R", "V", "Y", "Z"])
    d = dg(6)
    return ch(["%s%s(%s)" % (L1, d, _hkid_cd(L1, d)), "%s%s%s" % (L1, d, _hkid_cd(L1, d))])


GOV_OK["hk_hkid"] = lambda v: (lambda m: bool(m) and _hkid_cd(m.group(1), m.group(2)) == m.group(3))(re.fullmatch(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?", v))


def _nric_cd(pre, d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(x) * wi for x, wi in zip(d7, w)) + (4 if pre in "TG" else 0)
    return ("JZIHGFEDCBA" if pre in "ST" else "XWUTRQPNMLK")[s % 11]


def sg_nric(dob=None):
    if dob is not None and dob.year >= 1968:
        pre = "S" if dob.year < 2000 else "T"
        d = dob.strftime("%y") + dg(5)
    else:
        pre = ch("SF")
        d = dg(7)
    return pre + d + _nric_cd(pre, d)


GOV_OK["sg_nric"] = lambda v: bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", v)) and _nric_cd(v[0], v[1:8]) == v[8]


def _mynum_cd(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def jp_mynumber():
    d = nzd(11)
    s = d + str(_mynum_cd(d))
    return ch([s, "%s %s %s" % (s[:4], s[4:8], s[8:]), "%s-%s-%s" % (s[:4], s[4:8], s[8:])])


GOV_OK["jp_mynumber"] = lambda v: (lambda d: len(d) == 12 and _mynum_cd(d[:11]) == int(d[11]))(_digits(v))


def _ec_cd(d9):
    s = 0
    for i, x in enumerate(d9):
        p = int(x) * (2 if i % 2 == 0 else 1)
        s += p - 9 if p > 9 else p
    return (10 - s % 10) % 10


def ec_cedula():
    d = "%02d" % ri(1, 24) + str(ri(0, 5)) + dg(6)
    s = d + str(_ec_cd(d))
    return ch([s, s[:9] + "-" + s[9]])


GOV_OK["ec_cedula"] = lambda v: (lambda d: len(d) == 10 and 1 <= int(d[:2]) <= 24 and int(d[2]) < 6 and _ec_cd(d[:9]) == int(d[9]))(_digits(v))


def _uy_cd(d7):
    return (10 - sum(int(x) * w for x, w in zip(d7, [2, 9, 8, 7, 6, 3, 4])) % 10) % 10


def uy_ci():
    d = str(ri(1, 6)) + dg(6)
    c = _uy_cd(d)
    return ch(["%s.%s.%s-%d" % (d[0], d[1:4], d[4:], c), "%s%d" % (d, c), "%s.%s.%s %d" % (d[0], d[1:4], d[4:], c)])


GOV_OK["uy_ci"] = lambda v: (lambda d: len(d) == 8 and _uy_cd(d[:7]) == int(d[7]))(_digits(v))


def il_tz():
    d = luhn_complete(dg(8))
    return d


GOV_OK["il_tz"] = lambda v: (lambda d: len(d) == 9 and luhn_ok(d))(_digits(v))


def _jmbg_cd(d12):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(x) * wi for x, wi in zip(d12, w)) % 11
    return 0 if k == 11 else k


def jmbg(dob, region, female):
    while True:
        d = dob.strftime("%d%m") + ("%03d" % (dob.year % 1000)) + region + ("%03d" % (ri(500, 999) if female else ri(0, 499)))
        k = _jmbg_cd(d)
        if k != 10:
            return d + str(k)


GOV_OK["jmbg"] = lambda v: (lambda d: len(d) == 13 and _jmbg_cd(d[:12]) == int(d[12]))(_digits(v))


def do_cedula():
    s = luhn_complete(ch(["001", "402", "031", "223"]) + dg(7))
    return "%s-%s-%s" % (s[:3], s[3:10], s[10])


GOV_OK["do_cedula"] = lambda v: (lambda d: len(d) == 11 and luhn_ok(d))(_digits(v))


def _thid_cd(d12):
    return (11 - sum(int(x) * (13 - i) for i, x in enumerate(d12)) % 11) % 10


def th_id():
    d = str(ri(1, 8)) + dg(11)
    s = d + str(_thid_cd(d))
    return ch([s, "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])])


GOV_OK["th_id"] = lambda v: (lambda d: len(d) == 13 and _thid_cd(d[:12]) == int(d[12]))(_digits(v))


def za_id(dob, female):
    g = ri(0, 4999) if female else ri(5000, 9999)
    return luhn_complete(dob.strftime("%y%m%d") + "%04d" % g + "0" + "8")


GOV_OK["za_id"] = lambda v: (lambda d: len(d) == 13 and luhn_ok(d))(_digits(v))


def dk_cpr(dob, female):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        d = dob.strftime("%d%m%y") + str(ri(0, 3)) + dg(2)
        for last in (range(0, 10, 2) if female else range(1, 10, 2)):
            s = d + str(last)
            if sum(int(x) * wi for x, wi in zip(s, w)) % 11 == 0:
                return s[:6] + "-" + s[6:]


GOV_OK["dk_cpr"] = lambda v: (lambda d: len(d) == 10 and sum(int(x) * wi for x, wi in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0)(_digits(v))


# identity numbers without a published check digit (format only)
def vn_cccd(dob, female):
    g = (0 if dob.year < 2000 else 2) + (1 if female else 0)
    return ch(["001", "079", "031", "048", "092"]) + str(g) + dob.strftime("%y") + dg(6)


def kg_pin(dob, female):
    return ("1" if female else "2") + dob.strftime("%d%m%Y") + dg(5)


def cu_ci(dob):
    return dob.strftime("%y%m%d") + dg(5)


def tz_nida(dob):
    return "%s-%s-%s-%s" % (dob.strftime("%Y%m%d"), dg(5), dg(5), dg(2))


def az_fin():
    return "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))


def ug_nin(female):
    return ("CF" if female else "CM") + dg(2) + "".join(ch(UPALNUM) for _ in range(10))


def ru_passport():
    return "%02d %02d %06d" % (ri(1, 99), ri(0, 24), ri(1, 999999))


def passport(prefix=""):
    return prefix + "".join(ch(string.ascii_uppercase) for _ in range(2 - len(prefix))) + dg(7)


GOV_OK.update({k: (lambda v: True) for k in ("vn_cccd", "kg_pin", "cu_ci", "tz_nida", "az_fin", "ug_nin", "ru_passport",
                                               "passport", "ve_ci", "py_ci")})
# corpuslib's kinds, re-verified the same way
GOV_OK["es_dni"] = lambda v: (lambda d: DNI_LETTERS[int(d[:8]) % 23] == d[8])(re.sub(r"[^0-9A-Z]", "", v))
GOV_OK["fr_nir"] = lambda v: (lambda d: nir_ok(d[:13], d[13:]))(re.sub(r"\s", "", v))
GOV_OK["nl_bsn"] = lambda v: bsn_ok(_digits(v))
GOV_OK["in_aadhaar"] = lambda v: verhoeff_ok(_digits(v))
GOV_OK["us_ssn"] = lambda v: (lambda d: len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")(_digits(v))
GOV_OK["in_pan"] = lambda v: bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v))

GOV_SEEN = Counter()


def G(value, kind):
    GOV_SEEN[kind] += 1
    assert GOV_OK[kind](value), (kind, value)
    return L("gov_id", value, sub=kind)


# ---------------------------------------------------------------- IBANs
# corpuslib's registry plus the SWIFT registry entries of countries this
# part adds; BA, ME, MK carry valid national mod-97 check digits (so their
# IBAN check digits are the fixed 39, 25, 07), HU valid 9-7-3-1 digits.
IBAN_SPEC10 = dict(IBAN_SPEC)
IBAN_SPEC10.update({"AZ": "4a20c", "BA": "3n3n8n2n", "ME": "3n13n2n", "MK": "3n10n2n", "BY": "4c4n16c", "MD": "2c18c",
                    "EG": "4n4n17n", "TN": "2n3n13n2n", "LB": "4n20c", "JO": "4a4n18c", "FO": "4n9n1n", "GL": "4n9n1n",
                    "QA": "4a21c", "KW": "4a22c", "IL": "3n3n13n", "PK": "4a16c", "XK": "4n10n2n", "CR": "4n14n",
                    "DO": "4a20n", "GT": "4c20c"})
IBAN_LEN10 = {c: 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", s)) for c, s in IBAN_SPEC10.items()}
IBAN_FIXED = {"BA": "39", "ME": "25", "MK": "07", "TN": "59"}
BANKS = {"AZ": ["NABZ", "AIIB", "PAHA", "IBAZ"], "JO": ["ARAB", "HBHO", "JONB"], "QA": ["QNBA", "DOHB"], "KW": ["NBOK", "GULB"],
         "PK": ["HABB", "MEZN", "UNIL"], "DO": ["BRRD", "BPDO", "BCBH"], "GT": ["TRAJ", "AGRO"]}


def _hu_cd(s):
    w = [9, 7, 3, 1]
    return str((10 - sum(int(x) * w[i % 4] for i, x in enumerate(s)) % 10) % 10)


def iban10(cc):
    if cc in IBAN_SPEC and cc not in ("HU",) and cc not in IBAN_FIXED:
        from corpuslib import iban_random
        return iban_random(R, cc)
    spec = IBAN_SPEC10[cc]
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", spec):
        n = int(n)
        if k == "n":
            out += dg(n)
        elif k == "a":
            out += ch(BANKS.get(cc, ["XXXX"])) if n == 4 else "".join(ch(string.ascii_uppercase) for _ in range(n))
        else:
            out += "".join(ch(string.digits * 6 + string.ascii_uppercase) for _ in range(n))
    if cc in ("BA", "ME", "MK"):
        body = out[:-2]
        out = body + "%02d" % (98 - int(body) * 100 % 97)
    if cc == "TN":
        body = out[:-2]
        out = body + "%02d" % (97 - int(body) * 100 % 97)
    if cc == "HU":
        a = out[:7]
        acct = out[8:23]
        out = a + _hu_cd(a) + acct + _hu_cd(acct)
    if cc == "CR":
        out = "0" + out[1:]
    v = iban_make(cc, out)
    assert iban_mod97(v) == 1 and len(v) == IBAN_LEN10[cc], v
    if cc in IBAN_FIXED:
        assert v[2:4] == IBAN_FIXED[cc], v
    return v


def iban_ok(v):
    s = re.sub(r"[\s\u00a0\u202f-]", "", v).upper()
    cc = s[:2]
    if cc not in IBAN_LEN10 or len(s) != IBAN_LEN10[cc] or iban_mod97(s) != 1:
        return False
    if cc in IBAN_FIXED and s[2:4] != IBAN_FIXED[cc]:
        return False
    if cc == "HU" and (_hu_cd(s[4:11]) != s[11] or _hu_cd(s[12:27]) != s[27]):
        return False
    return True


def IB(cc, style=None):
    v = iban10(cc)
    style = style or ch(["g4", "g4", "compact", "g4nb"])
    if style == "g4":
        v = group(v, 4, " ")
    elif style == "g4nb":
        v = group(v, 4, "\u00a0")
    return L("iban", v, sub=cc)


# ---------------------------------------------------------------- cards
EXTRA_ISSUERS = {"humo": ("9860", 16), "uzcard": ("8600", 16), "meeza": ("507803", 16)}


def card10(issuer):
    if issuer in EXTRA_ISSUERS:
        p, n = EXTRA_ISSUERS[issuer]
        return luhn_complete(p + dg(n - len(p) - 1))
    return card_random(R, issuer)


def CARD(issuer, sep=None):
    n = card10(issuer)
    sep = ch([" ", " ", "-", "", "\u00a0"]) if sep is None else sep
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=issuer)


def masked_card():
    return N(ch(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d", "************%04d"]) % ri(0, 9999), "masked_card")


def luhn_fail():
    n = card_random(R, ch(["visa", "mastercard"]))
    bad = n[:-1] + str((int(n[-1]) + ri(1, 9)) % 10)
    return N(" ".join(split_groups(bad, [4, 4, 4, 4])), "luhn_fail")


# ---------------------------------------------------------------- secrets
# Shapes as the providers document them (and as public secret-scanning
# rules describe them), plus passwords in the config files of this part.
PW_WORDS = ["Baikal", "Tisza", "Mekong", "Ohrid", "Zambezi", "Altiplano", "Qaqortoq", "Caspian", "Fergana", "Issyk",
            "Atacama", "Balaton", "Halong", "Tonle", "Vanilla", "Cedar", "Papaya", "Cacao", "Sarajevo", "Nuuk", "Mbeya",
            "Torshavn", "Zaanstad", "Bilbo", "Lugo", "Kerala", "Amritsar", "Cusco"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(38, "big")
    raw = raw[-38:]
    body, cs = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == cs


def password10():
    sty = ri(0, 4)
    if sty == 0:
        return rnd(R, ALNUM + "!#$%^&*-_", ri(14, 22))
    if sty == 1:
        return ch(PW_WORDS) + ch(["#", "!", "_", ".", "$", "%"]) + str(ri(7, 2099)) + ch(["", "!", "x", "Z"])
    if sty == 2:
        return "%s-%s-%s-%d" % (ch(PW_WORDS).lower(), ch(PW_WORDS).lower(), ch(PW_WORDS).lower(), ri(1, 99))
    if sty == 3:
        return rnd(R, ALNUM, ri(12, 20))
    return ch(PW_WORDS) + ch(PW_WORDS) + str(ri(10, 99)) + ch("!?*&")


def pw_url():
    """A password that can stand in a URL's userinfo unescaped."""
    return ch([rnd(R, ALNUM, ri(14, 24)), ch(PW_WORDS) + str(ri(10, 9999)) + ch(PW_WORDS), rnd(R, ALNUM + "-_.~", ri(16, 24))])


def _uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def secret10(kind):
    k = kind
    if k == "password":
        return password10()
    if k == "azure_storage_key":
        return rnd(R, B64, 86) + "=="
    if k == "azure_sas_sig":
        return (rnd(R, B64, 43) + "=").replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    if k == "azure_devops_pat":
        return rnd(R, string.ascii_lowercase + "234567", 52)
    if k == "azure_client_secret":
        return rnd(R, ALNUM, 3) + "8Q~" + rnd(R, ALNUM + "-_.~", 34)
    if k == "atlassian":
        return "ATATT3xFfGF0" + rnd(R, URLSAFE, 170) + "=" + rnd(R, HEXU, 8)
    if k == "bitbucket_app_password":
        return "ATBB" + rnd(R, ALNUM, 32)
    if k == "databricks":
        return "dapi" + rnd(R, HEX, 32)
    if k == "figma":
        return "figd_" + rnd(R, URLSAFE, 40)
    if k == "dockerhub_pat":
        return "dckr_pat_" + rnd(R, URLSAFE, 27)
    if k == "buildkite":
        return "bkua_" + rnd(R, HEX, 40)
    if k == "circleci":
        return "CCIPAT_" + rnd(R, ALNUM, 22) + "_" + rnd(R, HEX, 40)
    if k == "sonarqube":
        return ch(["squ_", "sqp_"]) + rnd(R, HEX, 40)
    if k == "planetscale":
        return ch(["pscale_tkn_", "pscale_pw_"]) + rnd(R, URLSAFE, 43)
    if k == "supabase":
        return "sbp_" + rnd(R, HEX, 40)
    if k == "replicate":
        return "r8_" + rnd(R, ALNUM, 37)
    if k == "groq":
        return "gsk_" + rnd(R, ALNUM, 52)
    if k == "xai":
        return "xai-" + rnd(R, ALNUM, 80)
    if k == "perplexity":
        return "pplx-" + rnd(R, ALNUM, 48)
    if k == "langsmith":
        return "lsv2_pt_" + rnd(R, HEX, 32) + "_" + rnd(R, HEX, 10)
    if k == "pinecone":
        return "pcsk_" + rnd(R, ALNUM, 6) + "_" + rnd(R, ALNUM, 63)
    if k == "netlify":
        return "nfp_" + rnd(R, ALNUM, 40)
    if k == "square":
        return "EAAA" + rnd(R, URLSAFE, 60)
    if k == "mollie":
        return "live_" + rnd(R, ALNUM, 30)
    if k == "razorpay_secret":
        return rnd(R, ALNUM, 24)
    if k == "alibaba_key_id":
        return "LTAI" + rnd(R, ALNUM, 20)
    if k == "alibaba_secret":
        return rnd(R, ALNUM, 30)
    if k == "tencent_secret_id":
        return "AKID" + rnd(R, ALNUM, 32)
    if k == "tencent_secret_key":
        return rnd(R, ALNUM, 32)
    if k == "yandex_oauth":
        return "y0_" + rnd(R, URLSAFE, 55)
    if k == "yandex_cloud_api":
        return "AQVN" + rnd(R, URLSAFE, 36)
    if k == "scaleway_access":
        return "SCW" + rnd(R, UPALNUM, 17)
    if k == "uuid_secret":
        return _uuid()
    if k == "backblaze":
        return "K005" + rnd(R, ALNUM + "/+", 27)
    if k == "google_oauth_secret":
        return "GOCSPX-" + rnd(R, URLSAFE, 28)
    if k == "teams_webhook":
        return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            ch(["contoso-hq", "nilecargo", "andesplast", "tiszakft"]), _uuid(), _uuid(), rnd(R, HEX, 32), _uuid())
    if k == "discord_webhook":
        return "https://discord.com/api/webhooks/%d/%s" % (ri(10 ** 17, 10 ** 19 - 1), rnd(R, URLSAFE, 68))
    if k == "mailgun":
        return "key-" + rnd(R, HEX, 32)
    if k == "dynatrace":
        return "dt0c01." + rnd(R, UPALNUM, 24) + "." + rnd(R, UPALNUM, 64)
    if k == "okta":
        return "00" + rnd(R, URLSAFE, 40)
    if k == "op_service_account":
        return "ops_eyJ" + rnd(R, URLSAFE, 240)
    if k == "typeform":
        return "tfp_" + rnd(R, URLSAFE, 44) + "_" + rnd(R, ALNUM, 14)
    if k == "flutterwave":
        return ch(["FLWSECK-", "FLWSECK_TEST-"]) + rnd(R, HEX, 32) + "-X"
    if k == "hex32":
        return rnd(R, HEX, 32)
    if k == "hex48":
        return rnd(R, HEX, 48)
    if k == "hex64":
        return rnd(R, HEX, 64)
    if k == "alchemy":
        return rnd(R, URLSAFE, 32)
    if k == "eth_private_key":
        return "0x" + rnd(R, HEX, 64)
    if k == "btc_wif":
        body = b"\x80" + bytes(R.getrandbits(8) for _ in range(32)) + b"\x01"
        return b58(body + hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4])
    if k == "pgp_private":
        lines = [rnd(R, B64, 64) for _ in range(ri(4, 7))] + [rnd(R, B64, ri(10, 60)) + "=", "=" + rnd(R, B64, 4)]
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n-----END PGP PRIVATE KEY BLOCK-----" % "\n".join(lines)
    if k == "minisign":
        return "RWRTY0Iy" + rnd(R, B64, 204)
    if k == "ppk_private":
        return "\n".join([rnd(R, B64, 64) for _ in range(ri(1, 2))] + [rnd(R, B64, 20) + "="])
    if k == "facebook_token":
        return "EAA" + ch(["G", "B", "J", "I"]) + rnd(R, ALNUM, ri(150, 190))
    if k == "twitter_bearer":
        return "AAAAAAAAAAAAAAAAAAAAA" + rnd(R, ALNUM, 30) + "%3D" + rnd(R, ALNUM, 50)
    if k == "line_channel_token":
        return rnd(R, B64, 171) + "="
    if k == "zulip_api_key":
        return rnd(R, ALNUM, 32)
    if k == "mattermost_token":
        return rnd(R, LOWALNUM, 26)
    if k == "rocketchat_token":
        return rnd(R, URLSAFE, 43)
    if k == "matrix_token":
        return "syt_" + base64.b64encode(rnd(R, string.ascii_lowercase, ri(5, 9)).encode()).decode().rstrip("=") + "_" + rnd(R, ALNUM, 20) + "_" + rnd(R, ALNUM, 6)
    if k == "intercom":
        return "dG9rOj" + rnd(R, B64, 54) + "="
    if k == "braintree":
        return "access_token$production$" + rnd(R, LOWALNUM, 16) + "$" + rnd(R, HEX, 32)
    if k == "elastic_api_key":
        return base64.b64encode(("%s:%s" % (rnd(R, URLSAFE, 20), rnd(R, URLSAFE, 22))).encode()).decode()
    if k == "auth0_client_secret":
        return rnd(R, URLSAFE, 64)
    if k == "filezilla_b64":
        return base64.b64encode(password10().encode()).decode()
    if k == "ssh_ed25519_pem":
        return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + \
            "\n".join(rnd(R, B64, 70) for _ in range(3)) + "\n" + rnd(R, B64, 30) + "=\n-----END OPENSSH PRIVATE KEY-----"
    return secret_random(R, k)


SECRET_SEEN = Counter()


def S(kind, value=None):
    v = value if value is not None else secret10(kind)
    SECRET_SEEN[kind] += 1
    return L("secret", v, sub=kind)


# ---------------------------------------------------------------- IP addresses
def ip_str(kind):
    if kind == "v4priv":
        net = ch(["10", "172", "192"])
        if net == "10":
            return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(2, 254))
        if net == "172":
            return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))
        return "192.168.%d.%d" % (ri(0, 255), ri(2, 254))
    if kind == "v4pub":
        while True:
            a = ipaddress.IPv4Address("%d.%d.%d.%d" % (ri(1, 223), ri(0, 255), ri(0, 255), ri(1, 254)))
            if a.is_global and not a.is_multicast:
                return str(a)
    if kind == "v6pub":
        return str(ipaddress.IPv6Address("%s:%x:%x:%x::%x" % (ch(["2a02", "2001:4860", "2a01", "2600", "2409", "2c0f"]), ri(1, 65535), ri(1, 65535), ri(1, 65535), ri(1, 65535))))
    if kind == "v6ula":
        return str(ipaddress.IPv6Address("fd%02x:%x:%x::%x" % (ri(0, 255), ri(1, 65535), ri(1, 65535), ri(2, 65535))))
    raise KeyError(kind)


def IP(kind=None):
    kind = kind or ch(["v4priv", "v4pub", "v4pub", "v4priv", "v6pub"])
    return L("ip", ip_str(kind), sub=kind)


def ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    if a.is_loopback or a.is_unspecified or a.is_multicast or a.is_link_local:
        return False
    if a.version == 4:
        last = int(v.split(".")[-1])
        return 0 < last < 255
    return True


# ---------------------------------------------------------------- hard negatives
def _cas():
    body = str(ri(50, 999999))
    d = body + "%02d" % ri(0, 99)
    c = sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10
    return "%s-%s-%d" % (body, d[-2:], c)


def _isin():
    cc = ch(["US", "HU", "RU", "KZ", "AE", "SG", "IE"])
    body = cc + "".join(ch(UPALNUM) for _ in range(9))
    digits_ = "".join(str(int(c, 36)) for c in body)
    for c in "0123456789":
        if luhn_ok(digits_ + c):
            return body + c


def _imo():
    d = str(ri(7, 9)) + dg(5)
    return "IMO " + d + str(sum(int(x) * (7 - i) for i, x in enumerate(d)) % 10)


def _s10():
    d = dg(8)
    s = sum(int(x) * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = {10: 0, 11: 5}.get(c, c)
    return ch(["RR", "LX", "CP", "EE", "RA"]) + d + str(c) + ch(["RU", "HU", "VN", "MK", "UZ", "EG", "CN"])


def _vin():
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [ch(al) for _ in range(17)]
    s = sum((int(c) if c.isdigit() else tr[c]) * wi for c, wi in zip(v, w))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def _imei():
    return luhn_complete(ch(["35", "86", "01", "49"]) + dg(12))


def _eth_addr():
    return "0x" + rnd(R, HEX, 40)


def _btc_addr():
    body = b"\x00" + bytes(R.getrandbits(8) for _ in range(20))
    return b58(body + hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4])


def _iban_bad(cc=None):
    v = iban10(cc or ch(["HU", "AZ", "BA", "FO", "EG", "JO"]))
    k = int(v[2:4])
    while True:
        k2 = ri(2, 98)
        bad = v[:2] + "%02d" % k2 + v[4:]
        if k2 != k and iban_mod97(bad) != 1:
            return group(bad, 4, " ")


AMOUNTS = ["12 500 ₽", "45 990 Ft", "1.250.000 ₫", "350,40 ₼", "2 300 000 so'm", "1 200 сом", "12.500,00 ден.",
           "KM 450,00", "EGP 3,250.00", "1.250,500 DT", "LBP 89.500.000", "AED 1,250.00", "SAR 3,400.00",
           "45,000,000 IRR", "US$ 120.00", "Bs. 1.250,00", "RD$ 3,500.00", "₡25 000", "150 000 FCFA", "UGX 250,000",
           "TSh 45,000", "RWF 12,000", "Br 1,250.00", "125 000 Ar", "kr. 1.250,00", "CHF 1'250.–", "1.250,00 €",
           "T$45.00", "FJ$120.00", "₹ 12,499", "₪ 349.90", "฿1,290", "S/ 89.90", "Gs. 150.000", "$U 2.450"]


def neg(tag):
    """A look-alike by tag."""
    if tag == "order":
        return N(ch(["ORD-%07d" % ri(1, 9999999), "#%d" % ri(100000, 9999999), "SO%08d" % ri(1, 99999999),
                     "%03d-%07d-%07d" % (ri(100, 999), ri(0, 9999999), ri(0, 9999999))]), "order_number")
    if tag == "version":
        return N(ch(["v%d.%d.%d" % (ri(0, 9), ri(0, 30), ri(0, 99)), "%d.%d.%d" % (ri(1, 9), ri(0, 30), ri(0, 99)),
                     "%d.%d.%d-rc%d" % (ri(1, 5), ri(0, 9), ri(0, 9), ri(1, 4))]), "version")
    if tag == "winbuild":
        return N("10.0.%d.%d" % (ri(19041, 26100), ri(256, 5000)), "version4")
    if tag == "sha1":
        return N(rnd(R, HEX, 40), "commit_hash")
    if tag == "sha256":
        return N("sha256:" + rnd(R, HEX, 64), "digest")
    if tag == "uuid":
        return N(_uuid(), "uuid")
    if tag == "cas":
        return N(_cas(), "cas_number")
    if tag == "isin":
        return N(_isin(), "isin")
    if tag == "imo":
        return N(_imo(), "imo_number")
    if tag == "s10":
        return N(_s10(), "tracking_s10")
    if tag == "ups":
        return N("1Z" + rnd(R, UPALNUM, 16), "tracking_ups")
    if tag == "vin":
        return N(_vin(), "vin")
    if tag == "imei":
        return N(_imei(), "imei")
    if tag == "eth_addr":
        return N(_eth_addr(), "eth_address")
    if tag == "btc_addr":
        return N(_btc_addr(), "btc_address")
    if tag == "tx_hash":
        return N("0x" + rnd(R, HEX, 64), "tx_hash")
    if tag == "amount":
        return N(ch(AMOUNTS), "amount")
    if tag == "mac":
        return N(":".join(rnd(R, HEX, 2) for _ in range(6)), "mac")
    if tag == "loopback":
        return N(ch(["127.0.0.1", "::1", "0.0.0.0"]), "loopback")
    if tag == "netmask":
        return N(ch(["255.255.255.0", "255.255.0.0", "255.255.255.128"]), "netmask")
    if tag == "iban_bad":
        return N(_iban_bad(), "iban_bad_check")
    if tag == "luhn_bad":
        return luhn_fail()
    if tag == "masked":
        return masked_card()
    if tag == "phone_short":
        return N(ch(["112", "103", "15-15", "*100#", "1919", "0800", "8-800"]), "short_number")
    if tag == "placeholder":
        return N(ch(["<YOUR_API_KEY>", "${DB_PASSWORD}", "REPLACE_ME", "********", "{{ vault_password }}", "%(password)s",
                     "<password>", "xxxxxxxxxxxxxxxx", "$SECRET", "{{secrets.TOKEN}}"]), "placeholder")
    if tag == "pubkey":
        return N(ch(["pk_live_", "pk_test_"]) + rnd(R, ALNUM, 24), "publishable_key")
    if tag == "sshpub":
        return N("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(R, B64, 43), "ssh_public_key")
    if tag == "port":
        return N(str(ch([5432, 5672, 9092, 9200, 6443, 8443, 3306, 1433, 5044, 514])), "port")
    if tag == "ts":
        return N("%d-%02d-%02dT%02d:%02d:%02dZ" % (ri(2023, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)), "timestamp")
    if tag == "epoch":
        return N(str(ri(1690000000, 1760000000)) + ch(["", str(ri(100, 999))]), "epoch")
    if tag == "date":
        return N("%02d.%02d.%d" % (ri(1, 28), ri(1, 12), ri(2023, 2026)), "non_birth_date")
    if tag == "isodate":
        return N("%d-%02d-%02d" % (ri(2023, 2026), ri(1, 12), ri(1, 28)), "non_birth_date")
    if tag == "pnr":
        return N("".join(ch(UPALNUM.replace("0", "").replace("O", "")) for _ in range(6)), "pnr")
    if tag == "flight":
        return N("%s %d" % (ch(["TK", "QR", "EK", "VN", "HY", "J2", "FZ", "ET", "KQ", "RO", "W6"]), ri(10, 2999)), "flight")
    if tag == "plate":
        return N(ch(["%s %03d %s" % (ch("АВЕКМНОРСТУХ"), ri(1, 999), "".join(ch("АВЕКМНОРСТУХ") for _ in range(2))),
                     "%s-%03d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVZ") for _ in range(3)), ri(1, 999)),
                     "%02d-%s-%03d" % (ri(10, 99), ch("ABCDEFGHJKLMN"), ri(100, 999)), "SA %d-%s" % (ri(100, 999), ch(["AB", "KL", "ZR"]))]), "plate")
    if tag == "icd":
        return N(ch(["J45.909", "S52.501A", "I10", "E11.9", "M54.5", "R07.4", "T78.40XA", "Z00.00"]), "icd10")
    if tag == "loinc":
        return N(ch(["2345-7", "718-7", "4548-4", "2160-0", "8480-6", "29463-7"]), "loinc")
    if tag == "invoice":
        return N(ch(["INV-%d-%05d" % (ri(2023, 2025), ri(1, 99999)), "FA/%d/%04d" % (ri(2023, 2025), ri(1, 9999)),
                     "%d/%05d" % (ri(2023, 2025), ri(1, 99999))]), "invoice_number")
    if tag == "ticket":
        return N(ch(["INC%07d" % ri(1, 9999999), "RITM%07d" % ri(1, 9999999), "OPS-%d" % ri(100, 9999), "#%d" % ri(1000, 99999)]), "ticket_id")
    if tag == "example_url":
        return N(ch(["https://example.com/docs", "https://api.example.org/v2/status", "http://example.net/", "https://www.example.com/help"]), "example_domain")
    if tag == "cidr":
        return N(ch(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]), "cidr_network")
    raise KeyError(tag)


# ---------------------------------------------------------------- templates
# Each returns (form, lang, parts). Labelled templates are registered with
# @T, clean ones (hard negatives only) with @C.
TEMPLATES = []
CLEAN = []


def T(name):
    def deco(f):
        TEMPLATES.append((name, f))
        return f
    return deco


def C(name):
    def deco(f):
        CLEAN.append((name, f))
        return f
    return deco


def who(*cults, female=None):
    return Person(ch(cults), female)


def two(c1, c2=None):
    """Two different people (no shared given or family name)."""
    a = Person(c1)
    while True:
        b = Person(c2 or c1)
        if b.given != a.given and (b.family != a.family or not a.family):
            return a, b


REL = {
    "en": (["husband", "son", "brother", "father"], ["wife", "daughter", "sister", "mother"]),
    "af": (["eggenoot", "seun", "broer", "pa"], ["eggenote", "dogter", "suster", "ma"]),
    "hl7": (["SPO^Spouse", "CHD^Child", "SIB^Sibling", "FTH^Father"], ["SPO^Spouse", "CHD^Child", "SIB^Sibling", "MTH^Mother"]),
    "cy": (["gŵr", "mab", "brawd", "tad"], ["gwraig", "merch", "chwaer", "mam"]),
    "hu": (["férj", "fia", "testvér", "apa"], ["feleség", "lánya", "testvér", "anya"]),
    "ru": (["муж", "сын", "брат", "отец"], ["жена", "дочь", "сестра", "мать"]),
    "es": (["esposo", "hijo", "hermano", "padre"], ["esposa", "hija", "hermana", "madre"]),
    "fr": (["époux", "fils", "frère", "père"], ["épouse", "fille", "sœur", "mère"]),
}


def kin_of(pp, lang="en", cult=None):
    """(relative, relation word) with the relation matching the relative's gender."""
    k = Person(cult or pp.cult)
    return k, ch(REL[lang][1 if k.female else 0])


def nm(pp, how="full"):
    """Person label in a rendering: full, western, given, family, caps, fam_given, fam_comma."""
    if how == "full":
        v = pp.full()
    elif how == "western":
        v = pp.western()
    elif how == "given":
        v = pp.given
    elif how == "given_lat":
        v = pp.given_lat
    elif how == "family":
        v = pp.fam_all() if not pp.mono else pp.given
    elif how == "caps":
        v = pp.western().upper()
    elif how == "fam_given":
        v = (pp.fam_all() + " " + pp.given) if not pp.mono else pp.given
    elif how == "fam_comma":
        v = (pp.fam_all() + ", " + pp.given) if not pp.mono else pp.given
    elif how == "lat_full":
        v = (pp.given_lat + " " + pp.family_lat).strip()
    else:
        raise KeyError(how)
    return P(v, pp.cult)


def hl7_name(pp):
    fam = latin(pp.family_lat if pp.cult in NONLATIN else pp.fam_all()).upper() if not pp.mono else ""
    giv = latin(pp.given_lat if pp.cult in NONLATIN else pp.given).upper()
    if pp.mono:
        return [P(giv, pp.cult)]
    return [P(fam, pp.cult), "^", P(giv, pp.cult)]


def hl7ts(d=None):
    return "%d%02d%02d%02d%02d%02d" % (ri(2023, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))


CULT_CC = {  # where each culture's people live in this part: (address cc, phone plan, doc language)
    "ru": ("RU", "RU", "ru"), "be": ("BY", "BY", "be"), "mk": ("MK", "MK", "mk"), "bs": ("BA", "BA", "bs"),
    "me": ("ME", "ME", "sr"), "az": ("AZ", "AZ", "az"), "uz": ("UZ", "UZ", "uz"), "kg": ("KG", "KG", "ky"),
    "tt": ("RU", "RU", "ru"), "hu": ("HU", "HU", "hu"), "ku": ("AT", "AT", "de"), "afg": ("AF", "AF", "fa"),
    "pa": ("INPB", "IN", "pa"), "gu": ("INGJ", "IN", "gu"), "ml": ("INKL", "IN", "ml"), "te": ("INTG", "IN", "te"),
    "my": ("SG", "SG", "my"), "km": ("KH", "KH", "km"), "lo": ("TH", "TH", "lo"), "yue": ("HK", "HK", "zh"),
    "to": ("TO", "TO", "to"), "fj": ("FJ", "FJ", "fj"), "haw": ("USHI", "USHI", "en"), "kl": ("GL", "GL", "kl"),
    "fo": ("FO", "FO", "fo"), "fy": ("NLFY", "NL", "fy"), "eu": ("ESEU", "ES", "eu"), "gl": ("ESGL", "ES", "gl"),
    "br": ("FRBR", "FR", "br"), "qu": ("BO", "BO", "es"), "py": ("PY", "PY", "es"), "ve": ("VE", "VE", "es"),
    "cu": ("CU", None, "es"), "do": ("DO", "DO", "es"), "uy": ("UY", "UY", "es"), "ec": ("EC", "EC", "es"),
    "cm": ("CM", "CM", "fr"), "sn": ("SN", "SN", "fr"), "cd": ("RW", "RW", "fr"), "ug": ("UG", "UG", "en"),
    "rw": ("RW", "RW", "rw"), "mg": ("MG", "MG", "mg"), "eg": ("EG", "EG", "ar"), "tn": ("TN", "TN", "ar"),
    "lb": ("LB", "LB", "ar"), "he": ("IL", "IL", "he"), "fa": ("IR", "IR", "fa"), "th": ("TH", "TH", "th"),
    "vi": ("VN", "VN", "vi"), "af": ("ZA", "ZA", "af"), "zh": ("CN", "CN", "zh"), "ko": ("KR", "KR", "ko"),
}


def home(pp):
    cc, pl, _ = CULT_CC[pp.cult]
    return cc, pl or "US"


def ph_of(pp, **kw):
    cc, pl = home(pp)
    if pl == "US":
        pl = ch(["US", "ES"])
    return phone(pl, **kw)


def ad_of(pp, multi=False):
    return A(home(pp)[0], multi)


# ---- health and civil records ------------------------------------------

@T("hl7_adt")
def t_hl7():
    pp = who("haw", "to", "fj", "yue", "pa", "ug", "ml")
    kin, krel = kin_of(pp, "hl7", pp.cult if chance(0.6) else "haw")
    doc = who("haw", "yue", "te", "fj")
    dob = bdate(1940, 2006)
    ssn = "%s-%s-%s" % ssn_random(R)
    ssn = ssn if chance(0.6) else ssn.replace("-", "")
    a = addr("USHI").replace(", ", "^", 1).replace(", HI ", "^HI^")
    parts = ["MSH|^~\\&|", ch(["EPIC", "CERNER", "MEDITECH"]), "|", ch(["KMC", "QUEENS", "HPH"]), "|LAB|", ch(["CLINLAB", "DLS"]), "|",
             N(hl7ts(), "timestamp"), "||ADT^A0", str(ri(1, 8)), "|", N("MSG%06d" % ri(1, 999999), "hl7_control_id"), "|P|2.5.1\r\n",
             "EVN|A04|", N(hl7ts(), "timestamp"), "\r\n",
             "PID|1||", N("%08d" % ri(1, 99999999), "mrn"), "^^^", ch(["KMC", "QMC"]), "^MR~", G(ssn, "us_ssn"), "^^^SSA^SS||"] + hl7_name(pp) + \
        ["||", D(dob, "en", "compact"), "|", "F" if pp.female else "M", "|||", L("address", a, sub="US"), "^USA||",
         phone("USHI", style="nat"), "^PRN^PH"]
    if chance(0.5):
        parts += ["~^NET^Internet^", E(pp)]
    parts += ["|||", ch(["S", "M", "W"]), "||", N("%010d" % ri(1, 9999999999), "account_number"), "\r\n",
              "NK1|1|"] + hl7_name(kin) + ["|", krel, "||", phone("USHI", style="nat"), "\r\n",
                                            "PV1|1|O|", ch(["ER^01^A", "CLINIC^3^B"]), "||||", N("%d" % ri(1000000000, 1999999999), "npi_like"), "^"] + hl7_name(doc) + ["^^^MD"]
    return "hl7", "en", parts


@T("fhir_patient")
def t_fhir():
    c = ch(["kl", "fo", "hu", "ku", "tt", "bs"])
    pp = Person(c)
    dob = bdate(1950, 2010)
    if c in ("kl", "fo"):
        gid, kind, sysurl = dk_cpr(dob, pp.female), "dk_cpr", "urn:oid:1.2.208.176.1.2"
        tel = phone("GL" if c == "kl" else "FO", style=ch(["intl", "nat"]))
        ad = A("GL" if c == "kl" else "FO")
    elif c == "hu":
        gid, kind, sysurl = hu_taj(), "hu_taj", "urn:oid:1.3.6.1.4.1.39786.1.1"
        tel = phone("HU")
        ad = A("HU")
    elif c == "ku":
        gid, kind, sysurl = at_svnr(dob), "at_svnr", "urn:oid:1.2.40.0.10.1.4.3.1"
        tel = phone("AT")
        ad = None
    else:
        gid, kind, sysurl = ch_ahv(), "ch_ahv", "urn:oid:2.16.756.5.32"
        tel = phone("CH")
        ad = None
    fam = pp.fam_all()
    parts = ['{\n  "resourceType": "Patient",\n  "id": "', N(_uuid(), "uuid"), '",\n  "meta": {"versionId": "', str(ri(1, 9)),
             '", "lastUpdated": "', N("%d-%02d-%02dT%02d:%02d:%02d+00:00" % (ri(2023, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)), "timestamp"),
             '"},\n  "identifier": [{"system": "', sysurl, '", "value": "', G(gid, kind), '"}],\n',
             '  "name": [{"use": "official", "family": "', P(fam, c), '", "given": ["', P(pp.given, c), '"]}],\n',
             '  "telecom": [{"system": "phone", "value": "', tel, '", "use": "mobile"}']
    if chance(0.7):
        parts += [', {"system": "email", "value": "', E(pp), '"}']
    parts += ['],\n  "gender": "', "female" if pp.female else "male", '",\n  "birthDate": "', D(dob, "", "iso"), '"']
    if ad is not None:
        parts += [',\n  "address": [{"use": "home", "text": "', ad, '"}]']
    if chance(0.6):
        gp = who("kl", "fo", "hu", "bs", "tt")
        parts += [',\n  "generalPractitioner": [{"display": "', nm(gp, "western"), '"}]']
    if chance(0.5):
        kin, krel = kin_of(pp, "en")
        parts += [',\n  "contact": [{"relationship": [{"text": "', krel, '"}], "name": {"text": "',
                  nm(kin, "western"), '"}, "telecom": [{"system": "phone", "value": "', phone(home(kin)[1] if c not in ("ku", "bs", "tt") else ch(["AT", "CH"])), '"}]}]']
    parts += ["\n}"]
    return "fhir_json", "en", parts


@T("dicom_dump")
def t_dicom():
    pp = who("yue", "vi", "eg", "tn", "lb", "km", "hu", "az")
    dob = bdate(1940, 2015)
    ref = who(pp.cult)
    if pp.cult == "yue" and chance(0.6):
        han, lat = ch(CULT["yue"]["han"])
        fam, giv = lat.split(" ", 1)
        pn = [P(fam.upper(), "yue"), "^", P(giv.upper().replace("-", " "), "yue"), "=", P(han[0], "yue"), "^", P(han[1:], "yue")]
    else:
        pn = hl7_name(pp)
    lines = ["# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n(0002,0010) UI =LittleEndianExplicit              #  20, 1 TransferSyntaxUID\n\n# Dicom-Data-Set\n",
             "(0008,0020) DA [", N("%d%02d%02d" % (ri(2023, 2025), ri(1, 12), ri(1, 28)), "study_date"), "]                            #   8, 1 StudyDate\n",
             "(0008,0060) CS [", ch(["CT", "MR", "CR", "US", "DX"]), "]                                  #   2, 1 Modality\n",
             "(0008,0090) PN ["] + hl7_name(ref) + ["]                  #  ReferringPhysicianName\n",
             "(0010,0010) PN ["] + pn + ["]                  #  PatientName\n",
             "(0010,0020) LO [", N("P%08d" % ri(1, 99999999), "patient_local_id"), "]                            #  10, 1 PatientID\n",
             "(0010,0030) DA [", D(dob, "", "compact"), "]                            #   8, 1 PatientBirthDate\n",
             "(0010,0040) CS [", "F" if pp.female else "M", "]                                  #   2, 1 PatientSex\n"]
    if chance(0.6):
        lines += ["(0010,1040) LO [", ad_of(pp), "]  #  PatientAddress\n"]
    if chance(0.6):
        lines += ["(0010,2154) SH [", ph_of(pp, style=ch(["e164", "intl", "nat"])), "]                   #  PatientTelephoneNumbers\n"]
    if pp.cult == "yue":
        lines += ["(0010,1000) LO [", G(hk_hkid(), "hk_hkid"), "]                       #  OtherPatientIDs\n"]
    elif pp.cult == "az" and chance(0.6):
        lines += ["(0010,1000) LO [", G(az_fin(), "az_fin"), "]                       #  OtherPatientIDs\n"]
    elif pp.cult == "vi" and chance(0.7):
        lines += ["(0010,1000) LO [", G(vn_cccd(dob, pp.female), "vn_cccd"), "]                       #  OtherPatientIDs\n"]
    lines += ["(0020,000d) UI [", N("1.2.840.113619.2.%d.%d.%d" % (ri(100, 999), ri(1000, 99999), ri(10 ** 8, 10 ** 9)), "dicom_uid"), "]  #  StudyInstanceUID\n"]
    return "dicom_dump", "en", lines


@T("edi_834")
def t_edi834():
    sub = who("haw", "to", "fj", "yue", "ug", "sn")
    fam = latin(sub.fam_all()).upper() if not sub.mono else "X"
    dep = Person(sub.cult, not sub.female)
    dob = bdate(1955, 2000)
    s1 = "".join(ssn_random(R))
    a = addr("USHI", True).upper().split("\n")
    street, cityline = a[0], a[1]
    city, rest = cityline.split(", ")
    st, zp = rest.split(" ")
    isa_d = "%02d%02d%02d" % (ri(23, 25), ri(1, 12), ri(1, 28))
    parts = ["ISA*00*          *00*          *ZZ*", ch(["ALOHABENEFITS  ", "PACIFICHLTH    "]), "*ZZ*", ch(["HMSA           ", "KAISERHI       "]), "*",
             N(isa_d, "non_birth_date"), "*0815*^*00501*", N("%09d" % ri(1, 999999999), "interchange_control"), "*0*P*:~\n",
             "ST*834*0001*005010X220A1~\nBGN*00*", str(ri(10000, 99999)), "*20", isa_d, "*0815****2~\n",
             "N1*P5*", ch(["ALOHA BENEFITS LLC", "MAUKA BUILDERS INC", "KONA ROASTERS LLC"]), "*FI*", N("%02d-%07d" % (ri(10, 99), ri(0, 9999999)), "fein"), "~\n",
             "INS*Y*18*021*28*A***FT~\nREF*0F*", G(s1, "us_ssn"), "~\n", "REF*1L*", N("GRP%05d" % ri(1, 99999), "group_number"), "~\n",
             "NM1*IL*1*", P(fam, sub.cult), "*", P(latin(sub.given).upper(), sub.cult), "****34*", G(s1, "us_ssn"), "~\n",
             "PER*IP**HP*", phone("USHI", style="digits"), ]
    if chance(0.6):
        parts += ["*EM*", E(sub)]
    parts += ["~\nN3*", L("address", street, sub="US"), "~\nN4*", L("address", "%s*%s*%s" % (city, st, zp), sub="US"), "~\n",
              "DMG*D8*", D(dob, "", "compact"), "*", "F" if sub.female else "M", "*", ch(["M", "I", "U"]), "~\n",
              "HD*021**HLT*", ch(["PPO GOLD", "HMO SILVER", "EPO BRONZE"]), "*", ch(["EMP", "ESP", "FAM"]), "~\n",
              "DTP*348*D8*", N("%d%02d01" % (ri(2024, 2025), ri(1, 12)), "coverage_date"), "~\n"]
    if chance(0.7):
        ddob = bdate(2005, 2020)
        s2 = "".join(ssn_random(R))
        parts += ["INS*N*19*021*28*A~\nREF*0F*", G(s1, "us_ssn"), "~\nNM1*IL*1*", P(fam, sub.cult), "*", P(latin(dep.given).upper(), dep.cult), "****34*", G(s2, "us_ssn"), "~\n",
                  "DMG*D8*", D(ddob, "", "compact"), "*", "F" if dep.female else "M", "~\n"]
    parts += ["SE*", str(ri(12, 24)), "*0001~"]
    return "edi_x12", "en", parts


@T("ambulance_pcr")
def t_pcr():
    if chance(0.45):
        pp = who("af")
        dob = bdate(1940, 2008)
        kin, krel = kin_of(pp, "af")
        parts = ["PASIËNTSORGVERSLAG (PCR)  Voorval ", N("%d/%05d" % (ri(2024, 2025), ri(1, 99999)), "incident_number"), "\n",
                 "Eenheid: ", ch(["ALS 12", "ILS 4", "BLS 27"]), "   Tyd ontvang: ", N("%02d:%02d" % (ri(0, 23), ri(0, 59)), "time"), "\n",
                 "Pasiënt: ", nm(pp, "full"), "   ID-nr: ", G(za_id(dob, pp.female), "za_id"), "\n",
                 "Geboortedatum: ", D(dob, "af", ch(["iso", None])), "\n",
                 "Adres: ", ad_of(pp), "\n",
                 "Naasbestaande: ", nm(kin, "full"), " (", krel, ") ", phone("ZA", style=ch(["nat", "intl"])), "\n",
                 "Hoofklagte: ", ch(["borspyn sedert 06:00", "val van leer, linkerpols", "kortasem, bekende asma"]), "\n",
                 "Vitale tekens: BP ", N("%d/%d" % (ri(100, 170), ri(60, 100)), "vitals"), ", HR ", str(ri(60, 130)), ", SpO2 ", str(ri(88, 99)), "%\n",
                 "Hospitaal: ", ch(["Tygerberg", "Stellenbosch Mediclinic", "Paarl Hospitaal"]), " — oorgedra aan Dr. ", nm(who("af"), "family")]
        return "ambulance_pcr", "af", parts
    pp = who("haw", "to", "fj", "ug", "rw", "cm")
    dob = bdate(1940, 2008)
    kin, krel = kin_of(pp, "en")
    medic = who("haw", "to", "fj", "ug")
    if pp.cult in ("haw", "to", "fj"):
        ad, ph, ph2 = A("USHI"), phone("USHI"), phone("USHI")
    else:
        ad, ph, ph2 = ad_of(pp), ph_of(pp), ph_of(kin)
    parts = ["PATIENT CARE REPORT  Incident #", N("%02d-%06d" % (ri(23, 25), ri(1, 999999)), "incident_number"), "\n",
             "Unit: ", ch(["Medic 12", "Rescue 4", "Ambulance 31"]), "  Dispatched ", N("%02d:%02d" % (ri(0, 23), ri(0, 59)), "time"), "\n\n",
             "Pt name: ", nm(pp, ch(["western", "caps"])), "   Age ", str(2025 - dob.year), "   DOB: ", D(dob, "en", ch(["mdy/", "iso", None])), "\n",
             "Home address: ", ad, "\n", "Contact: ", ph, "\n",
             "NOK: ", nm(kin, "western"), " (", krel, ") ", ph2, "\n",
             "CC: ", ch(["chest pain radiating to L arm", "fall from ladder, deformity R wrist", "SOB, hx asthma", "hypoglycaemia, BGL 2.1"]), "\n",
             "Meds given: ", ch(["ASA 324 mg PO", "Salbutamol 5 mg neb", "D50 25 g IV"]), " at ", N("%02d:%02d" % (ri(0, 23), ri(0, 59)), "time"), "\n",
             "Narrative: found pt seated, alert, GCS 15. ", ch(["ICD ", "Dx "]), neg("icd"), ". Transported to ",
             ch(["Queen's Medical Center", "Mulago ER", "Kapiolani"]), ".\nCrew: ", nm(medic, "western"), ", EMT-P"]
    return "ambulance_pcr", "en", parts


@T("physio_soap")
def t_physio():
    if chance(0.5):
        pp = who("hu")
        dob = bdate(1945, 2005)
        dr = who("hu")
        parts = ["Gyógytorna — kezelési lap\nBeteg: ", nm(pp, "full"), " (szül.: ", D(dob, "hu", ch([None, "ymd."])), ")\n",
                 "TAJ: ", G(hu_taj(), "hu_taj"), "   Tel.: ", phone("HU"), "\n",
                 "Beutaló orvos: dr. ", nm(dr, "full"), "\n",
                 "S: bal térd fájdalom lépcsőn, VAS ", str(ri(3, 8)), "/10\nO: flexió ", str(ri(80, 130)), "°, extenzió -", str(ri(0, 10)), "°\n",
                 "A: ", neg("icd"), " — állapot javul\nP: heti 2× ", str(ri(6, 10)), " alkalom, következő: ", neg("date")]
        return "physio_soap", "hu", parts
    pp = who("gu", "pa", "ml", "te", "fy", "eu", "br")
    dob = bdate(1945, 2005)
    gp = who(pp.cult)
    parts = ["SOAP NOTE — Physiotherapy\nPatient: ", nm(pp, "western"), "   DOB ", D(dob, "en", ch(["dmy/", "iso", None])), "\n",
             "Tel: ", ph_of(pp), "   Email: ", E(pp), "\nReferred by: Dr ", nm(gp, "family"), "\n\n",
             "S: ", ch(["low back pain since lifting boxes", "R shoulder stiffness after fall", "L ankle sprain playing football"]), ", ", str(ri(2, 12)), " weeks.\n",
             "O: ROM ", str(ri(40, 160)), "°, SLR ", str(ri(30, 80)), "° ", ch(["L", "R"]), ", neg neuro. Code ", neg("icd"), "\n",
             "A: mechanical, improving.\nP: ", str(ri(4, 8)), " sessions; review ", neg("date"), ". HEP emailed."]
    return "physio_soap", "en", parts


@T("visitor_log")
def t_visitors():
    sg = chance(0.5)
    rows = ["Date\tTime in\tVisitor\t" + ("NRIC/FIN" if sg else "HKID") + "\tPatient\tWard/Bed\tContact\n"]
    for _ in range(ri(3, 5)):
        if sg:
            v = who("my", "km", "vi", "yue", "pa", "ml")
            pat = who("my", "ml", "yue", "pa")
            dob = bdate(1950, 2004)
            rows += [N("%02d/%02d/%d" % (ri(1, 28), ri(1, 12), ri(2024, 2025)), "visit_date"), "\t", N("%02d:%02d" % (ri(8, 20), ri(0, 59)), "time"), "\t",
                     nm(v, "western"), "\t", G(sg_nric(dob), "sg_nric"), "\t", nm(pat, "western"), "\t", ch(["W%d-%02d" % (ri(1, 9), ri(1, 40))]), "\t",
                     phone("SG", style=ch(["nat", "intl"])), "\n"]
        else:
            v = who("yue")
            pat = who("yue")
            rows += [N("%02d/%02d/%d" % (ri(1, 28), ri(1, 12), ri(2024, 2025)), "visit_date"), "\t", N("%02d:%02d" % (ri(8, 20), ri(0, 59)), "time"), "\t",
                     nm(v, "fam_given"), "\t", G(hk_hkid(), "hk_hkid"), "\t", nm(pat, "fam_given"), "\t", "%s%d-%02d" % (ch("ABCDEFG"), ri(1, 12), ri(1, 40)), "\t",
                     phone("HK", style=ch(["nat", "intl"])), "\n"]
    return "visitor_log_tsv", "en", rows


@T("organ_donor")
def t_donor():
    pp = who("pa", "gu", "ml", "yue", "eg", "ku", "tn")
    dob = bdate(1950, 2006)
    nhs = nhs_random(R)
    kin, krel = kin_of(pp, "en")
    w = chance(0.5)
    if w:
        parts = ["Cofrestr Rhoddwyr Organau GIG — ffurflen gofrestru\n",
                 "Enw: ", nm(pp, "western"), "\nDyddiad geni: ", D(dob, "cy"), "\nRhif GIG: ", G("%s %s %s" % (nhs[:3], nhs[3:6], nhs[6:]), "nhs"), "\n",
                 "Rhif ffôn: ", phone("GB"), "\nE-bost: ", E(pp), "\n",
                 "Penderfyniad: ", ch(["Ydw, rwyf am roi fy holl organau", "Ydw, rhai organau yn unig (dim corneli)"]), "\n",
                 "Ffydd/credo: ", ch(["Sikhaeth", "Islam", "Hindŵaeth", "dim"]), "\nDyddiad: ", neg("date")]
        lang = "cy"
    else:
        parts = ["NHS Organ Donor Register — registration\n",
                 "Full name: ", nm(pp, "western"), "\nDate of birth: ", D(dob, "en", ch(["dmy/", None])), "\nNHS number: ", G(nhs, "nhs"), "\n",
                 "Mobile: ", phone("GB"), "   Email: ", E(pp), "\n",
                 "Decision: ", ch(["YES — all organs and tissue", "YES — kidneys, liver, heart only"]), "\n",
                 "Family informed: ", nm(kin, "given"), " (", krel, ")\nRef ", neg("uuid")]
        lang = "en"
    return "organ_donor_form", lang, parts


GOV_OK["nhs"] = lambda v: nhs_ok(_digits(v))


@T("voter_form6")
def t_form6():
    pp = who("ml", "te", "gu", "pa")
    rel = Person(pp.cult)
    relw = ch(["mother"] if rel.female else (["father", "husband"] if pp.female else ["father"]))
    dob = bdate(1960, 2006)
    aad = aadhaar_random(R)
    st, ac = {"ml": ("Kerala", "Vattiyoorkavu"), "te": ("Telangana", "Khairatabad"), "gu": ("Gujarat", "Ellisbridge"), "pa": ("Punjab", "Amritsar East")}[pp.cult]
    parts = ["FORM 6 — Application for inclusion of name in electoral roll\nTo the Electoral Registration Officer, ",
             ac, " Assembly Constituency, ", st, "\n\n",
             "1. Name: ", nm(pp, "western"), "\n2. Name of ", relw, ": ", nm(rel, "western"), "\n",
             "3. Date of birth: ", D(dob, "en", "dmy-"), "\n4. Gender: ", "Female" if pp.female else "Male", "\n",
             "5. Present ordinary residence: ", ad_of(pp), "\n",
             "6. Mobile: ", phone("IN", style=ch(["nat", "intl", "e164"])), "   E-mail: ", E(pp), "\n"]
    if chance(0.7):
        parts += ["7. Aadhaar number (optional): ", G(ch([aad, group(aad, 4, " ")]), "in_aadhaar"), "\n"]
    parts += ["8. Place: ", {"Kerala": "Thiruvananthapuram", "Telangana": "Hyderabad", "Gujarat": "Ahmedabad", "Punjab": "Amritsar"}[st], "   Date: ", neg("date"), "\n",
              "Ref. No. ", N("F6-%d-%07d" % (ri(2024, 2025), ri(1, 9999999)), "application_ref")]
    return "voter_form6", "en", parts


@T("name_change_notice")
def t_namechange():
    pp = who("pa", "gu", "ml", "te")
    old = pp.western()
    rel = Person(pp.cult, female=False)
    if pp.cult == "pa":
        new = "%s %s %s" % (pp.given, "Kaur" if pp.female else "Singh", ch(CULT["pa"]["fam"]))
    else:
        new = "%s %s" % (pp.given, ch([x for x in CULT[pp.cult]["fam"] if x not in old]))
    parts = ["CHANGE OF NAME\n", "I, ", P(old, pp.cult), ", ", ch(["D/o", "W/o"]) if pp.female else "S/o", " ", nm(rel, "western"), ", R/o ",
             ad_of(pp), ", have changed my name to ", P(new, pp.cult), " for all future purposes. ",
             ch(["Mobile ", "Ph. "]), phone("IN", style="nat"), "."]
    if chance(0.4):
        parts += [" PAN ", G(pan_random(R, "P", latin(pp.fam_all() or "X")), "in_pan"), "."]
    return "newspaper_classified", "en", parts


from corpuslib import pan_random  # noqa: E402


def ru_gen(pp):
    """Full Russian name in the genitive (surname, given name, patronymic)."""
    f, g, p = pp.family, pp.given, pp.pat
    if pp.female:
        f = f[:-1] + "ой"
        g = g[:-1] + ("и" if g.endswith("я") else "ы")
        p = p[:-1] + "ы"
    else:
        f = f + "а"
        g = g[:-1] + "я" if g.endswith("й") else g + "а"
        p = p + "а"
    return "%s %s %s" % (f, g, p)


def ru_dat_init(pp):
    f = pp.family[:-1] + "ой" if pp.female else pp.family + "у"
    return "%s %s. %s." % (f, pp.given[0], pp.pat[0])


def ru_init(pp):
    return "%s %s. %s." % (pp.family, pp.given[0], pp.pat[0])


@T("juminhyo")
def t_juminhyo():
    pp = who("vi", "my", "km")
    dob = bdate(1985, 2004)
    nat = {"vi": "ベトナム", "my": "ミャンマー", "km": "カンボジア"}[pp.cult]
    if pp.cult == "vi":
        roman = latin(pp.full()).upper()
    elif pp.cult == "km":
        roman = latin(pp.fam_all() + " " + pp.given).upper()
    else:
        roman = pp.given.upper()
    head = who("vi", "my", "km") if chance(0.4) else pp
    rc = "".join(ch(string.ascii_uppercase) for _ in range(2)) + dg(8) + "".join(ch(string.ascii_uppercase) for _ in range(2))
    parts = ["住民票の写し\n\n住所　", A("JPJ"), "\n世帯主　", P(latin(head.full() if head.cult != "km" else head.fam_all() + " " + head.given).upper()
                                                           if head.cult != "my" else head.given.upper(), head.cult), "\n\n",
             "氏名　", P(roman, pp.cult), "\n生年月日　", D(dob, "ja"), "　性別　", "女" if pp.female else "男", "　続柄　", "世帯主" if head is pp else ch(["妻" if pp.female else "夫", "同居人"]), "\n",
             "国籍・地域　", nat, "\n在留資格　", ch(["技能実習", "特定技能1号", "留学", "技術・人文知識・国際業務"]), "\n在留カード番号　", G(rc, "jp_residence_card"), "\n",
             "住民となった日　", N("令和%d年%d月%d日" % (ri(4, 7), ri(1, 12), ri(1, 28)), "non_birth_date"), "\n"]
    if chance(0.5):
        parts += ["個人番号　", G(jp_mynumber(), "jp_mynumber"), "\n"]
    parts += ["\n上記は住民票の原本と相違ないことを証明する。\n", N("令和%d年%d月%d日" % (ri(6, 7), ri(1, 12), ri(1, 28)), "issue_date"), "　", ch(["大阪市北区長", "京都市左京区長", "福岡市中央区長"])]
    if chance(0.5):
        parts += ["\n\n(連絡先: ", phone("JP", style="nat"), ")"]
    return "juminhyo", "ja", parts


GOV_OK["jp_residence_card"] = lambda v: bool(re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", v))


@T("hukou_card")
def t_hukou():
    pp = Person("zh")
    head = Person("zh", female=False) if pp.female and chance(0.6) else pp
    dob = bdate(1950, 2010)
    parts = ["常住人口登记卡\n", "户主姓名：", P(head.full(), "zh"), "\n", "姓名：", P(pp.full(), "zh"), "　　户主或与户主关系：",
             "户主" if head is pp else ch(["妻", "女", "子", "母"]) if pp.female else ch(["子", "父"]), "\n",
             "性别：", "女" if pp.female else "男", "　　民族：", ch(["汉", "回", "满"]), "\n",
             "出生日期：", D(dob, "zh"), "\n", "公民身份号码：", G(cn_ric(dob, pp.female), "cn_ric"), "\n",
             "住址：", A("CN"), "\n"]
    if chance(0.7):
        parts += ["联系电话：", phone("CN", style=ch(["nat", "intl"])), "\n"]
    parts += ["何时由何地迁来本市（县）：", N("%d年%d月%d日" % (ri(2005, 2024), ri(1, 12), ri(1, 28)), "non_birth_date"), "\n",
              "承办人签章：", ch(["派出所户籍室", "户籍民警"]), "　登记日期：", N("%d年%d月%d日" % (ri(2015, 2025), ri(1, 12), ri(1, 28)), "issue_date")]
    return "hukou_register", "zh", parts


@T("vn_residence_form")
def t_ct01():
    pp = Person("vi")
    head = Person("vi")
    dob = bdate(1960, 2006)
    hdob = bdate(1950, 1995)
    parts = ["TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ (Mẫu CT01)\nKính gửi: Công an ", ch(["phường Láng Hạ", "phường Bến Nghé", "phường 2, quận 5"]), "\n\n",
             "1. Họ, chữ đệm và tên: ", nm(pp, "full"), "\n2. Ngày, tháng, năm sinh: ", D(dob, "", "dmy/"), "   3. Giới tính: ", "Nữ" if pp.female else "Nam", "\n",
             "4. Số định danh cá nhân: ", G(vn_cccd(dob, pp.female), "vn_cccd"), "\n",
             "5. Số điện thoại liên hệ: ", phone("VN", style=ch(["nat", "nat", "intl"])), "   6. Email: ", E(pp), "\n",
             "7. Họ, chữ đệm và tên chủ hộ: ", nm(head, "full"), "   8. Mối quan hệ với chủ hộ: ", ch(["con", "vợ" if pp.female else "chồng", "người thuê nhà"]), "\n",
             "9. Số định danh cá nhân của chủ hộ: ", G(vn_cccd(hdob, head.female), "vn_cccd"), "\n",
             "10. Nội dung đề nghị: Đăng ký tạm trú tại ", A("VN"), "\n",
             "Thời hạn tạm trú đến: ", N("%02d/%02d/%d" % (ri(1, 28), ri(1, 12), ri(2025, 2027)), "non_birth_date")]
    return "vn_ct01", "vi", parts


@T("hu_lakcim")
def t_lakcim():
    pp = Person("hu")
    mother = Person("hu", female=True)
    host = Person("hu")
    dob = bdate(1950, 2006)
    parts = ["LAKCÍMBEJELENTŐ LAP\n(lakóhely / tartózkodási hely bejelentéséhez)\n\n",
             "1. Családi és utónév: ", nm(pp, "full"), "\n"]
    if pp.female and chance(0.5):
        maiden = Person("hu", female=True)
        parts += ["2. Születési családi és utónév: ", P(maiden.family + " " + pp.given, "hu"), "\n"]
    parts += ["3. Születési hely, idő: ", ch(["Szeged", "Debrecen", "Pécs", "Miskolc", "Győr"]), ", ", D(dob, "hu"), "\n",
              "4. Anyja születési családi és utóneve: ", nm(mother, "full"), "\n",
              "5. Adóazonosító jel: ", G(hu_adoazonosito(dob), "hu_adoazonosito"), "\n",
              "6. Az új lakóhely címe: ", A("HU"), "\n",
              "7. A szállásadó neve: ", nm(host, "full"), ", telefonszáma: ", phone("HU", style="nat"), "\n",
              "Kelt: ", ch(["Budapest", "Szeged", "Pécs"]), ", ", N("%d. %s %d." % (ri(2024, 2025), MON["hu"][ri(0, 11)], ri(1, 28)), "non_birth_date")]
    return "hu_address_registration", "hu", parts


@T("il_form101")
def t_form101():
    pp = Person("he")
    sp = Person("he", female=not pp.female)
    dob = bdate(1960, 2003)
    parts = ["טופס 101 — כרטיס עובד לשנת המס ", str(ri(2024, 2025)), "\n",
             "א. פרטי המעסיק: ", ch(["אופק מערכות בע\"מ", "גליל לוגיסטיקה בע\"מ", "נגב אנרגיה בע\"מ"]), "  מס' תיק ניכויים ", N("9%08d" % ri(0, 99999999), "employer_file"), "\n",
             "ב. פרטי העובד/ת:\n", "מספר זהות: ", G(il_tz(), "il_tz"), "  שם משפחה: ", P(pp.family, "he"), "  שם פרטי: ", P(pp.given, "he"), "\n",
             "תאריך לידה: ", D(dob, "", "dmy/"), "\n", "כתובת: ", A("IL"), "\n",
             "טלפון נייד: ", phone("IL", style="nat"), "  דואר אלקטרוני: ", E(pp), "\n"]
    if chance(0.7):
        kid = Person("he")
        parts += ["ג. פרטים על ילדיי: ", P(kid.given, "he"), ", נולד/ה ", D(bdate(2008, 2022), "", "dmy/"), "\n"]
    parts += ["ח. פרטי בן/בת הזוג: ", P(sp.given + " " + (pp.family if chance(0.6) else sp.family), "he"), ", מספר זהות ", G(il_tz(), "il_tz"), "\n",
              "תאריך תחילת העבודה: ", N("%02d/%02d/%d" % (ri(1, 28), ri(1, 12), ri(2019, 2025)), "non_birth_date")]
    return "il_form101", "he", parts


@T("ie_naturalisation")
def t_naturalisation():
    pp = who("pa", "ml", "gu", "ug", "cd", "ku", "afg", "eg", "br")
    dob = bdate(1965, 2004)
    sp = Person(pp.cult, not pp.female)
    bp = {"pa": "Amritsar", "ml": "Kochi", "gu": "Vadodara", "ug": "Kampala", "cd": "Kinshasa", "ku": "Erbil", "afg": "Herat", "eg": "Alexandria", "br": "Quimper"}[pp.cult]
    parts = ["Form 8 — Application for a certificate of naturalisation (Ireland)\n",
             "Part 1\n1.1 Surname: ", P(pp.family_lat if pp.cult == "eg" else pp.fam_all() if not pp.mono else pp.given, pp.cult),
             "   Forename(s): ", P(pp.given_lat if pp.cult == "eg" else pp.given, pp.cult), "\n",
             "1.2 Date of birth: ", D(dob, "en", "dmy/"), "\n1.3 Place of birth: ", bp, "\n",
             "1.4 PPS number: ", G(ie_ppsn(), "ie_ppsn"), "\n", "1.5 Current address in the State: ", A("IE"), "\n",
             "1.6 Mobile: ", phone("IE", style=ch(["nat", "intl"])), "   Email: ", E(pp), "\n",
             "1.7 IRP card number: ", N("%d" % ri(10000000, 99999999), "irp_card"), "\n",
             "Part 4 — Spouse/civil partner: ", nm(sp, "western"), ", born ", D(bdate(1960, 2004), "en", "dmy/"), "\n",
             "Referee: ", nm(who("br", "fy", "eu", "gl"), "western"), ", ", ch(["solicitor", "Garda sergeant", "teacher"])]
    return "naturalisation_form", "en", parts


@T("fa_guarantor")
def t_guarantor():
    g = Person("fa")
    b = Person("fa")
    dad = Person("fa", female=False)
    gdob = bdate(1955, 1995)
    bdob = bdate(1970, 2002)
    parts = ["بسمه تعالی\nفرم تعهدنامه ضامن\n\n", "اینجانب ", nm(g, "full"), " فرزند ", P(dad.given, "fa"), " به کد ملی ", G(ir_melli().translate(FA_DIG) if chance(0.3) else ir_melli(), "ir_melli"),
             " متولد ", D(gdob, "fa"), " ساکن ", A("IR"), " شماره تماس ", phone("IR", style="nat"), "\n",
             "ضمانت ", ch(["آقای", "خانم"]) if False else ("خانم " if b.female else "آقای "), nm(b, "full"), " به کد ملی ", G(ir_melli(), "ir_melli"), " متولد ", D(bdob, "fa"),
             " را در قرارداد وام شماره ", N("%d/%d" % (ri(100, 999), ri(10000, 99999)), "contract_number"), " به مبلغ ", N(ch(["۵۰۰٬۰۰۰٬۰۰۰ ریال", "۲۰۰٬۰۰۰٬۰۰۰ ریال", "45,000,000 IRR"]), "amount"),
             " تعهد می‌نمایم.\n", "پست الکترونیک ضامن: ", E(g), "\nتاریخ: ", N(("140%d/%02d/%02d" % (ri(2, 4), ri(1, 12), ri(1, 29))).translate(FA_DIG), "non_birth_date")]
    return "guarantor_form", "fa", parts


GOV_OK["ir_melli"] = lambda v: (lambda d: len(d) == 10 and _melli_cd(d[:9]) == int(d[9]))(_digits(v.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))))


@T("sim_registration")
def t_sim():
    cc = ch(["UG", "TZ", "RW"])
    pp = Person({"UG": "ug", "TZ": ch(["ug", "cd"]), "RW": ch(["rw", "cd"])}[cc])
    dob = bdate(1960, 2006)
    op = {"UG": "MTN Uganda", "TZ": "Vodacom Tanzania", "RW": "Airtel Rwanda"}[cc]
    idv = {"UG": lambda: G(ug_nin(pp.female), "ug_nin"), "TZ": lambda: G(tz_nida(dob), "tz_nida"),
           "RW": lambda: G("1 %d %d %07d %d %02d" % (dob.year, 7 if pp.female else 8, ri(0, 9999999), ri(0, 9), ri(0, 99)), "rw_nid")}[cc]
    alt, arel = kin_of(pp, "en")
    parts = ["SIM CARD REGISTRATION FORM — ", op, "\n",
             "Surname: ", P(pp.fam_all(), pp.cult), "\nOther names: ", P(pp.given, pp.cult), "\n",
             "Date of birth: ", D(dob, "en", ch(["dmy/", "iso"])), "   Sex: ", "F" if pp.female else "M", "\n",
             "National ID No.: ", idv(), "\n", "Physical address: ", A(cc), "\n",
             "MSISDN allocated: ", phone(cc, style=ch(["nat", "intl"])), "   ICCID: ", N("8925" + dg(15), "iccid"), "\n",
             "Alternative contact: ", nm(alt, "western"), " (", arel, ") ", phone(cc, style="nat"), "\n",
             "Agent: ", nm(who("ug", "rw", "cd"), "western"), " — agent code ", N("AG-%05d" % ri(1, 99999), "agent_code")]
    return "sim_registration", "en", parts


GOV_OK["rw_nid"] = lambda v: len(_digits(v)) == 16


@T("hajj_registration")
def t_hajj():
    pp = Person("eg")
    mahram = Person("eg", female=False)
    dob = bdate(1950, 1995)
    parts = ["استمارة تسجيل حاج — موسم ", str(ri(1446, 1447)), " هـ\n",
             "الاسم الرباعي: ", P(pp.given + " " + mahram.given + " " + pp.family, "eg"), "\n",
             "تاريخ الميلاد: ", D(dob, "ar_eg"), "\n",
             "رقم جواز السفر: ", G("A" + dg(8), "passport"), "\n",
             "العنوان: ", A("EG"), "\n",
             "رقم الهاتف المحمول: ", phone("EG", style=ch(["nat", "intl"])), "\n"]
    if pp.female:
        parts += ["اسم المحرم: ", nm(mahram, "full"), "  صلة القرابة: ", ch(["زوج", "أخ", "ابن"]), "\n"]
    parts += ["البريد الإلكتروني: ", E(pp), "\n", "رقم الحجز: ", N("HJ-%07d" % ri(1, 9999999), "booking_ref")]
    return "hajj_registration", "ar", parts


@T("leave_request")
def t_leave():
    lang = ch(["ru", "ru", "uz", "az", "be"])
    if lang == "ru":
        pp = Person(ch(["ru", "tt"]) if False else "ru")
        boss = Person("ru")
        parts = ["Генеральному директору\nООО «", ch(["Квант-Логистика", "Северный ветер", "Волжский берег"]), "»\n", P(ru_dat_init(boss), "ru"), "\n",
                 "от ", ch(["менеджера по продажам", "инженера-программиста", "бухгалтера"]), "\n", P(ru_gen(pp), "ru"), "\n\n",
                 "ЗАЯВЛЕНИЕ\n\nПрошу предоставить мне ежегодный оплачиваемый отпуск с ", N("%02d.%02d.2025" % (ri(1, 14), ri(6, 8)), "non_birth_date"), " по ",
                 N("%02d.%02d.2025" % (ri(15, 28), ri(8, 9)), "non_birth_date"), " продолжительностью ", str(ri(7, 28)), " календарных дней.\n",
                 "На время отпуска доступен по телефону ", phone("RU"), (", e-mail " if chance(0.6) else ""), ]
        if parts[-1]:
            parts += [E(pp)]
        if chance(0.5):
            parts += ["\nИНН ", G(ru_inn(), "ru_inn")]
        parts += ["\nТабельный номер ", N("%05d" % ri(1, 99999), "employee_number"), "\n\n", N("%02d.05.2025" % ri(1, 28), "non_birth_date"), "    ____________ / ", P(ru_init(pp), "ru")]
        return "leave_request", "ru", parts
    if lang == "uz":
        pp = Person("uz")
        boss = Person("uz")
        return "leave_request", "uz", [
            "«", ch(["Samarqand Tekstil", "Toshkent Metro Servis", "Buxoro Agro"]), "» MChJ direktori\n", P(boss.family + " " + boss.given[0] + ".", "uz"), "\n",
            "Ariza beruvchi: ", nm(pp, "western"), "\n\nARIZA\n\nMenga ", N("%d-yil %d-%s" % (2025, ri(1, 28), MON["uz"][ri(0, 11)]), "non_birth_date"),
            "dan boshlab ", str(ri(7, 21)), " kalendar kunlik mehnat ta'tili berishingizni so'rayman.\nTelefon: ", phone("UZ"), "\nE-pochta: ", E(pp), "\n\n",
            N("%02d.%02d.2025" % (ri(1, 28), ri(1, 12)), "non_birth_date"), "   imzo: ____   ", P(pp.family + " " + pp.given[0] + ".", "uz")]
    if lang == "az":
        pp = Person("az")
        boss = Person("az")
        return "leave_request", "az", [
            "«", ch(["Bakı Polad", "Xəzər Logistika", "Gəncə Tekstil"]), "» MMC-nin direktoru\n", nm(boss, "western"), "\n",
            "İşçi: ", nm(pp, "western"), "\n\nƏRİZƏ\n\nXahiş edirəm, mənə ", N("%02d.%02d.2025" % (ri(1, 28), ri(1, 12)), "non_birth_date"), " tarixindən ",
            str(ri(7, 30)), " təqvim günü müddətinə əmək məzuniyyəti verəsiniz.\nƏlaqə nömrəsi: ", phone("AZ"), "\nE-poçt: ", E(pp), "\n\nTarix: ", neg("date"), "   İmza: ____"]
    pp = Person("be")
    boss = Person("be")
    return "leave_request", "be", [
        "ТАА «", ch(["Мінскі прыборны", "Палессе-Агра", "Нёман-Транс"]), "»\nДырэктар: ", nm(boss, "full"), "\n",
        "Заяўнік: ", nm(pp, "full"), ", ", ch(["інжынер", "бухгалтар", "майстар участка"]), "\n\nЗАЯВА\n\nПрашу даць мне чарговы працоўны адпачынак з ",
        neg("date"), " на ", str(ri(7, 24)), " каляндарных дзён.\nТэлефон: ", phone("BY"), "\n\n", neg("date"), "   ____________"]


@T("padron_form")
def t_padron():
    eu = chance(0.5)
    c = "eu" if eu else "gl"
    pp = Person(c)
    others = [Person(c) for _ in range(ri(1, 2))]
    if eu:
        parts = ["UDAL ERROLDAN ALTA EMATEKO ORRIA — ", ch(["Donostiako Udala", "Bilboko Udala", "Gasteizko Udala"]), "\n\n",
                 "Helbidea: ", A("ESEU"), "\n\n1. Izen-abizenak: ", nm(pp, "full"), "\n   Jaiotze-data: ", D(bdate(1950, 2005), "eu"), "\n   NAN: ", G("".join(dni_random(R)), "es_dni"), "\n",
                 "   Telefonoa: ", phone("ES"), "   Posta elektronikoa: ", E(pp), "\n"]
        for i, o in enumerate(others):
            parts += ["%d. Izen-abizenak: " % (i + 2), nm(o, "full"), "\n   Jaiotze-data: ", D(bdate(1950, 2022), "", "dmy/"), "\n"]
        parts += ["\nData: ", neg("date"), "   Sinadura: ____"]
        return "municipal_registration", "eu", parts
    parts = ["FOLLA DE INSCRICIÓN NO PADRÓN MUNICIPAL DE HABITANTES — Concello de ", ch(["Santiago de Compostela", "Lugo", "Ourense", "Vigo"]), "\n\n",
             "Enderezo: ", A("ESGL"), "\n\n1. Nome e apelidos: ", nm(pp, "full"), "\n   Data de nacemento: ", D(bdate(1950, 2005), "gl"), "\n   DNI/NIE: ",
             G("".join(dni_random(R)), "es_dni"), "\n   Teléfono: ", phone("ES"), "   Correo electrónico: ", E(pp), "\n"]
    for i, o in enumerate(others):
        parts += ["%d. Nome e apelidos: " % (i + 2), nm(o, "full"), "\n   Data de nacemento: ", D(bdate(1950, 2022), "", "dmy/"), "\n"]
    parts += ["\nData: ", neg("date"), "   Asinatura: ____"]
    return "municipal_registration", "gl", parts


@T("fishing_licence")
def t_fishing():
    k = ch(["ga", "fo", "hu"])
    if k == "ga":
        pp = who("ug", "ml", "ku", "br")
        return "fishing_licence", "ga", [
            "Iascach Intíre Éireann — Iarratas ar Cheadúnas Slaite (bradán agus breac geal)\n",
            "Ainm: ", nm(pp, "western"), "\nSeoladh: ", A("IE"), "\nDáta breithe: ", D(bdate(1950, 2006), "ga"), "\n",
            "Fón póca: ", phone("IE"), "\nRíomhphost: ", E(pp), "\nCineál ceadúnais: ", ch(["Bliantúil", "21 lá", "Lae"]), "  Táille: ", N(ch(["€100", "€40", "€30"]), "amount"), "\n",
            "Dáta: ", neg("date")]
    if k == "fo":
        pp = Person("fo")
        return "fishing_licence", "fo", [
            "Umsókn um fiskiloyvi í áum og vøtnum\n", "Navn: ", nm(pp, "full"), "\nBústaður: ", A("FO"), "\nFøðingardagur: ", D(bdate(1950, 2006), "fo"), "\n",
            "Telefon: ", phone("FO", style=ch(["nat", "intl"])), "\nTeldupostur: ", E(pp), "\nØki: ", ch(["Sandsá", "Fossá", "Leynavatn"]), "  Gjald: ", N("kr. 350", "amount"), "\n",
            "Dagfesting: ", neg("date")]
    pp = Person("hu")
    mother = Person("hu", female=True)
    return "fishing_licence", "hu", [
        "Állami horgászjegy igénylés\n", "Név: ", nm(pp, "full"), "\nSzületési hely és idő: ", ch(["Szolnok", "Kecskemét", "Eger"]), ", ", D(bdate(1950, 2006), "hu"), "\n",
        "Anyja neve: ", nm(mother, "full"), "\nLakcím: ", A("HU"), "\nTelefonszám: ", phone("HU"), "\nE-mail: ", E(pp), "\n",
        "Horgászvizsga-igazolás száma: ", N("HV-%06d" % ri(1, 999999), "exam_certificate"), "\nKelt: ", neg("date")]


@T("noise_complaint")
def t_noise():
    if chance(0.5):
        pp = Person("mk")
        nb = Person("mk")
        return "municipal_complaint", "mk", [
            "До: Општина ", ch(["Центар", "Карпош", "Битола", "Охрид"]), " — Комунална инспекција\n\nПРИЈАВА ЗА БУЧАВА\n\n",
            "Подносител: ", nm(pp, "full"), "\nАдреса: ", A("MK"), "\nТелефон: ", phone("MK"), "\nЕ-пошта: ", E(pp), "\n\n",
            "Пријавувам дека ", "соседката " if nb.female else "соседот ", nm(nb, "full"), " од стан бр. ", str(ri(1, 40)), " секоја ноќ по ", N("23:00", "time"), " часот пушта гласна музика. ",
            "Претходна пријава: ", N("бр. %02d-%d/%d" % (ri(1, 40), ri(100, 9999), ri(2024, 2025)), "case_number"), ".\n", neg("date")]
    pp = Person("bs")
    nb = Person("bs")
    return "municipal_complaint", "bs", [
        "Općina ", ch(["Centar Sarajevo", "Novo Sarajevo", "Mostar", "Tuzla"]), " — Komunalna inspekcija\n\nPRIJAVA BUKE\n\n",
        "Podnosilac: ", nm(pp, "full"), "\nAdresa: ", A("BA"), "\nTelefon: ", phone("BA"), "\nE-mail: ", E(pp), "\n\n",
        "Prijavljujem da ugostiteljski objekat čiji je vlasnik ", nm(nb, "full"), " radi do ", N("02:00", "time"), " sa glasnom muzikom. ",
        "Broj ranije prijave: ", N("UP-%d/%d" % (ri(100, 9999), ri(2024, 2025)), "case_number"), ".\nDatum: ", neg("date")]


# ---- commerce ----------------------------------------------------------------

@T("pawn_ticket")
def t_pawn():
    if chance(0.5):
        pp = who("my", "ml", "yue", "pa", "km", "vi")
        dob = bdate(1950, 2004)
        return "pawn_ticket", "en", [
            ch(["TECK SENG PAWNSHOP PTE LTD", "KIM HIN PAWNBROKER", "MAXI-CASH (AMK) PTE LTD"]), "\nPAWN TICKET No. ", N("%s%06d" % (ch("ABCD"), ri(1, 999999)), "pawn_ticket_number"), "\n",
            "Pledgor: ", nm(pp, "caps"), "\nNRIC/FIN: ", G(sg_nric(dob), "sg_nric"), "   DOB: ", D(dob, "en", "dmy/"), "\n",
            "Address: ", A("SG"), "\nTel: ", phone("SG", style=ch(["nat", "intl"])), "\n",
            "Article: ", ch(["916 gold chain 12.4g", "Rolex Datejust 126300", "22K bangle x2 31.0g"]), "\n",
            "Loan amount: ", N("S$%d.00" % ri(80, 4000), "amount"), "   Interest: 1.5% per month\nRedeem by: ", N("%02d/%02d/%d" % (ri(1, 28), ri(1, 12), ri(2025, 2026)), "due_date")]
    pp = Person("yue")
    han, lat = ch(CULT["yue"]["han"])
    return "pawn_ticket", "zh", [
        "大同押 TAI TUNG PAWN SHOP\n當票 PAWN TICKET  No. ", N("%07d" % ri(1, 9999999), "pawn_ticket_number"), "\n",
        "當戶姓名 Name: ", P(han, "yue"), " (", P(lat.upper(), "yue"), ")\n", "身份證號碼 HKID: ", G(hk_hkid(), "hk_hkid"), "\n",
        "地址 Address: ", A("HK"), "\n電話 Tel: ", phone("HK", style="nat"), "\n",
        "當物 Article: ", ch(["足金手鈪 1 隻", "勞力士手錶 1 隻", "iPhone 15 Pro 1 部"]), "  IMEI ", neg("imei"), "\n",
        "當本 Loan: ", N("HK$%d" % ri(300, 20000), "amount"), "  月息 3.5%\n滿期日 Expiry: ", N("%d年%d月%d日" % (ri(2025, 2026), ri(1, 12), ri(1, 28)), "due_date")]


@T("scrap_dealer_register")
def t_scrap():
    pp = Person("af")
    dob = bdate(1950, 2004)
    if chance(0.5):
        return "scrap_register", "af", [
            "Tweedehandse Goedere Register — ", ch(["Boland Skroot BK", "Karoo Metaal", "Wes-Kaap Herwinning"]), "\n",
            "Datum: ", neg("isodate"), "  Tyd: ", N("%02d:%02d" % (ri(7, 17), ri(0, 59)), "time"), "\n",
            "Verkoper: ", nm(pp, "full"), "\nID-nommer: ", G(za_id(dob, pp.female), "za_id"), "\nAdres: ", A("ZA"), "\n",
            "Selfoon: ", phone("ZA", style="nat"), "\nVoertuig reg.: ", N("CA %d-%03d" % (ri(100, 999), ri(0, 999)), "plate"), "\n",
            "Goedere: ", ch(["koperkabel 23 kg", "aluminium vensterrame 41 kg", "koperpype 12 kg"]), "  Bedrag: ", N("R%d,%02d" % (ri(100, 4000), ri(0, 99)), "amount"), "\n",
            "Bankbesonderhede vir EFT: rek. ", N(dg(10), "bank_account"), " (takkode ", N("250655", "branch_code"), ")"]
    return "scrap_register", "en", [
        "SECOND-HAND GOODS ACT — DEALER REGISTER  (", ch(["Boland Scrap CC", "Karoo Metals", "Cape Recycling"]), ")\n",
        "Date: ", neg("isodate"), "\nSeller: ", nm(pp, "full"), "   ID no.: ", G(za_id(dob, pp.female), "za_id"), "\n",
        "Residential address: ", A("ZA"), "\nCell: ", phone("ZA"), "\n",
        "Goods: ", ch(["copper cable 23 kg", "brass fittings 9 kg", "stainless sink x3"]), "   Paid: ", N("R%d.%02d" % (ri(100, 4000), ri(0, 99)), "amount"), "\n",
        "Receiving clerk: ", nm(who("af"), "given")]


@T("football_registration")
def t_football():
    k = ch(["az", "uz", "mk", "ru"])
    dob = bdate(2007, 2016)
    if k == "az":
        pp = Person("az", female=False)
        par, prel = Person("az"), None
        return "player_registration", "az", [
            "FUTBOLÇUNUN QEYDİYYAT VƏRƏQƏSİ — ", ch(["Neftçi U-15", "Qarabağ Akademiyası", "Sabah U-13"]), "\n",
            "Soyadı: ", P(pp.family, "az"), "\nAdı: ", P(pp.given, "az"), "\nAta adı: ", P(ch(CULT["az"]["pat"]), "az"), "\n",
            "Doğum tarixi: ", D(dob, "az", ch([None, "dmy."])), "\nFİN: ", G(az_fin(), "az_fin"), "\nÜnvan: ", A("AZ"), "\n",
            "Valideyn: ", nm(par, "western"), "  tel.: ", phone("AZ"), "\nE-poçt: ", E(par), "\nLisenziya №: ", N("AFFA-%06d" % ri(1, 999999), "licence_number")]
    if k == "uz":
        pp = Person("uz", female=False)
        par = Person("uz")
        return "player_registration", "uz", [
            "FUTBOLCHINI RO'YXATDAN O'TKAZISH ARIZASI — ", ch(["Paxtakor U-14", "Bunyodkor akademiyasi", "Navbahor U-12"]), "\n",
            "Familiyasi: ", P(pp.family, "uz"), "\nIsmi: ", P(pp.given, "uz"), "\nTug'ilgan sanasi: ", D(dob, "uz"), "\n",
            "Manzil: ", A("UZ"), "\nOta-onasi: ", nm(par, "western"), ", telefon ", phone("UZ"), "\n", "Tibbiy ko'rik: ", neg("date")]
    if k == "mk":
        pp = Person("mk", female=False)
        par = Person("mk")
        return "player_registration", "mk", [
            "РЕГИСТРАЦИЈА НА ИГРАЧ — ФК ", ch(["Вардар", "Работнички", "Пелистер"]), " (млади категории)\n",
            "Име и презиме: ", nm(pp, "full"), "\nДатум на раѓање: ", D(dob, "mk"), "\nЕМБГ: ", G(jmbg(dob, ch(["41", "45", "47"]), False), "jmbg"), "\n",
            "Адреса: ", A("MK"), "\nРодител: ", nm(par, "full"), ", тел. ", phone("MK"), "\nЕ-пошта: ", E(par)]
    pp = Person("ru", female=False)
    par = Person("ru")
    return "player_registration", "ru", [
        "ЗАЯВКА НА РЕГИСТРАЦИЮ ИГРОКА — СШОР «", ch(["Рубин", "Урал", "Зенит-2014"]), "»\n",
        "ФИО игрока: ", P("%s %s %s" % (pp.family, pp.given, pp.pat), "ru"), "\nДата рождения: ", D(dob, "ru", ch([None, "dmy."])), "\n",
        "Адрес: ", A("RU"), "\nЗаконный представитель: ", P("%s %s %s" % (par.family, par.given, par.pat), "ru"), ", паспорт ", G(ru_passport(), "ru_passport"), "\n",
        "Телефон: ", phone("RU"), "\nСНИЛС игрока: ", G(ru_snils(), "ru_snils")]


@T("ski_pass")
def t_skipass():
    if chance(0.5):
        fam = [Person("br") for _ in range(ri(2, 3))]
        last = fam[0].family
        y = ri(2025, 2026)
        parts = ["Grandvalira — Demande de forfait saison ", str(y), "/", str(y - 1999), " (tarif famille)\n",
                 "Adresse: ", A(ch(["AD", "FRBR"])), "\nTéléphone: ", phone(ch(["AD", "FR"])), "\nCourriel: ", E(fam[0]), "\n\n"]
        for i, m in enumerate(fam):
            parts += ["%d) " % (i + 1), P("%s %s" % (m.given, last), "br"), " — né(e) le ", D(bdate(1970, 2019), "", "dmy/"), "\n"]
        parts += ["Paiement: ", CARD(ch(["visa", "mastercard"])), "  exp. ", N("%02d/%02d" % (ri(1, 12), ri(26, 30)), "card_expiry")]
        return "ski_pass_application", "fr", parts
    pp = who("ku", "bs", "tt", "hu")
    kid = Person(pp.cult)
    return "ski_pass_application", "de", [
        "Bergbahnen Malbun — Antrag Saisonkarte\n", "Name: ", nm(pp, "western"), "\nGeburtsdatum: ", D(bdate(1960, 2004), "", "dmy."), "\n",
        "Adresse: ", A("LI"), "\nMobile: ", phone(ch(["LI", "CH", "AT"])), "\nE-Mail: ", E(pp), "\n",
        "Kind: ", P(kid.given + " " + pp.fam_all(), pp.cult), ", geb. ", D(bdate(2010, 2020), "", "dmy."), "\n",
        "Keycard-Nr.: ", N("01-%04d %04d %04d-%d" % (ri(0, 9999), ri(0, 9999), ri(0, 9999), ri(0, 9)), "keycard_number")]


@T("warranty_card")
def t_warranty():
    k = ch(["vi", "th", "en"])
    if k == "vi":
        pp = Person("vi")
        return "warranty_card", "vi", [
            "PHIẾU BẢO HÀNH ĐIỆN TỬ\nSản phẩm: ", ch(["Máy lọc nước KR-9", "Tủ lạnh Inverter 322L", "Điều hòa 12000BTU"]), "   Số seri: ", N("SN" + rnd(R, UPALNUM, 12), "serial"), "\n",
            "Ngày mua: ", neg("date"), "   Hóa đơn số: ", neg("invoice"), "\n", "Khách hàng: ", nm(pp, "full"), "\nĐiện thoại: ", phone("VN", style="nat"), "\n",
            "Địa chỉ lắp đặt: ", A("VN"), "\nEmail: ", E(pp)]
    if k == "th":
        pp = Person("th")
        return "warranty_card", "th", [
            "บัตรรับประกันสินค้า\nรุ่น: ", ch(["AX-3000", "เครื่องซักผ้า WD-90", "ทีวี 55UQ"]), "  หมายเลขเครื่อง: ", N("TH" + dg(10), "serial"), "\n",
            "ชื่อ-นามสกุล: ", nm(pp, "full"), "\nเลขประจำตัวประชาชน: ", G(th_id(), "th_id"), "\nที่อยู่: ", A("TH"), "\nโทรศัพท์: ", phone("TH", style="nat"), "\nอีเมล: ", E(pp), "\n",
            "วันที่ซื้อ: ", neg("date")]
    pp = who("haw", "to", "fj", "kl", "fo")
    cc, pl = home(pp)
    return "warranty_card", "en", [
        "Product registration — ", ch(["Kona Outdoor Gear", "Nordic Heat Pumps", "Pacific Marine Electronics"]), "\nModel: ", ch(["HX-220", "AirFlow 9", "ChartPlot 7"]),
        "   Serial: ", N(rnd(R, UPALNUM, 10), "serial"), "   MAC: ", neg("mac"), "\n", "Owner: ", nm(pp, "western"), "\nEmail: ", E(pp), "\nPhone: ", phone(pl), "\n",
        "Address: ", A(cc), "\nPurchased: ", neg("isodate"), " from ", ch(["Costco", "Elko", "Home Depot"])]


@T("rma_request")
def t_rma():
    pp = who("lb", "tn", "eg", "jo" if False else "lb", "sn", "cm", "ec", "uy")
    cc, pl = home(pp)
    tech = who("fy", "eu", "gl", "af")
    return "rma_request", "en", [
        "RMA request ", N("RMA-%d-%05d" % (ri(2024, 2025), ri(1, 99999)), "rma_number"), "\nCustomer contact: ", nm(pp, "western"), " <", E(pp), ">\n",
        "Phone: ", phone(pl, style=ch(["intl", "e164"])), "\nShip replacement to: ", A(cc, chance(0.5)), "\n",
        "Units: ", str(ri(1, 4)), " x ", ch(["UAP-AC-PRO", "EdgeRouter 4", "USW-24-POE"]), ", serials ", neg("sha1") if False else N(rnd(R, HEXU, 12), "serial"), ", ", N(rnd(R, HEXU, 12), "serial"), "\n",
        "Fault: ", ch(["no PoE on ports 1-8", "boot loop after firmware ", "radio 5 GHz dead since "]), neg("version"), "\n",
        "Handled by: ", nm(tech, "western"), " (", E_org(tech, ch(ORGS)), ")"]


@T("field_work_order")
def t_workorder():
    if chance(0.5):
        pp = who("ec", "uy", "py", "ve", "qu")
        tech = who("ec", "uy", "py", "ve")
        cc, pl = home(pp)
        return "work_order", "es", [
            "ORDEN DE TRABAJO ", N("OT-%06d" % ri(1, 999999), "work_order"), "\nCliente: ", nm(pp, "full"), "\nDirección: ", A(cc), "\n",
            "Teléfono: ", phone(pl), "\nTécnico asignado: ", nm(tech, "full"), "\n",
            "Trabajo: ", ch(["instalación de fibra óptica", "cambio de router", "revisión de señal"]), "\nONT serie: ", N("ZTEG" + rnd(R, HEXU, 8), "serial"), "\n",
            "Wi-Fi configurado — SSID: ", ch(["Familia_", "Casa_", "Depto"]) + str(ri(1, 99)), "  Clave: ", S("password"), "\n",
            "Fecha de visita: ", neg("date"), "  Firma del cliente: ____"]
    pp = who("haw", "to", "fj")
    tech = who("haw", "fj")
    return "work_order", "en", [
        "WORK ORDER ", N("WO-%06d" % ri(1, 999999), "work_order"), " — ", ch(["Island Solar & Electric", "Aloha HVAC", "Kona Fiber"]), "\n",
        "Customer: ", nm(pp, "western"), "\nSite: ", A("USHI"), "\nContact: ", phone("USHI"), "\n",
        "Tech: ", nm(tech, "western"), "\nJob: ", ch(["inverter replacement", "mini-split service", "ONT install"]), "   Equipment MAC ", neg("mac"), "\n",
        "Customer Wi-Fi for commissioning: ", ch(["Ohana", "Mauka", "Lanai", "Makai"]), "-", str(ri(1, 99)), " / ", S("password"), "\n",
        "Arrival window: ", neg("ts")]


@T("grid_connection")
def t_grid():
    pp = Person("fy")
    ean = "8716" + dg(13)
    ean = ean + str((10 - sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(ean)) % 10) % 10)
    return "grid_application", "nl", [
        "Aanvraag teruglevering zonnepanelen — ", ch(["Liander", "Enexis", "Stedin"]), "\n\n",
        "Naam: ", nm(pp, "full"), "\nGeboortedatum: ", D(bdate(1950, 2002), "nl" if False else "", "dmy-"), "\n",
        "Adres aansluiting: ", A("NLFY"), "\nEAN-code: ", N(ean, "ean18"), "\n",
        "Telefoon: ", phone("NL"), "\nE-mail: ", E(pp), "\n",
        "Vermogen omvormer: ", str(ri(3, 10)), " kW   Aantal panelen: ", str(ri(8, 24)), "\n",
        "IBAN voor vergoeding: ", IB("NL"), " t.n.v. ", nm(pp, "full"), "\n", "Datum: ", neg("date")]


@T("taxi_dispatch")
def t_taxi():
    fr = chance(0.45)
    lines = []
    cc = ch(["SN", "CM"]) if fr else ch(["UG", "TZ", "RW"])
    for _ in range(ri(2, 4)):
        pax = Person({"SN": "sn", "CM": "cm", "UG": "ug", "TZ": ch(["ug", "cd"]), "RW": "rw"}[cc])
        drv = Person(pax.cult, False)
        t = N("%02d:%02d" % (ri(0, 23), ri(0, 59)), "time")
        if fr:
            lines += [t, "  Course #", str(ri(1000, 9999)), " — client ", nm(pax, "western"), " ", phone(cc, style="nat"), "\n",
                      "       départ: ", A(cc), " → ", N(ch(["Aéroport Blaise-Diagne", "Marché Sandaga", "Université Cheikh Anta Diop"]) if cc == "SN" else
                                                       ch(["Gare de Douala-Bessengué", "Aéroport de Yaoundé-Nsimalen", "Stade Ahmadou-Ahidjo"]), "eponym"), "\n",
                      "       chauffeur ", nm(drv, "given"), " (", N("DK-%04d-%s" % (ri(1, 9999), ch(["AB", "BF", "C"])), "plate"), ")  tarif ", N("%d FCFA" % (ri(15, 120) * 100), "amount"), "\n"]
        else:
            lines += [t, "  Job ", str(ri(1000, 9999)), " pax ", nm(pax, "western"), " tel ", phone(cc, style="nat"), "\n",
                      "       pickup: ", A(cc), " -> ", ch(["Entebbe Airport", "JNIA Terminal 3", "Kigali Convention Centre", "Garden City Mall"]), "\n",
                      "       driver ", nm(drv, "given"), " reg ", N("U%s %03d%s" % (ch(["AA", "BF", "DK"]), ri(1, 999), ch("ABCDEFGH")), "plate"), "\n"]
    return "taxi_dispatch_log", "fr" if fr else "en", lines


@T("food_delivery_ticket")
def t_food():
    k = ch(["wolt_az", "yandex_uz", "grab_vi", "talabat_eg", "wolt_hu", "grab_th"])
    if k == "wolt_az":
        pp = Person("az")
        return "delivery_ticket", "az", [
            "*** WOLT — Sifariş #", N(rnd(R, UPALNUM, 5), "order_code"), " ***\n", "Müştəri: ", nm(pp, "western"), "\nTel: ", phone("AZ", style=ch(["nat", "intl"])), "\n",
            "Ünvan: ", A("AZ"), "\nQeyd: qapının kodu ", N("%d#" % ri(100, 9999), "door_code"), ", zəng edin\n", "1x Qutab (göyərti)  1x Ayran\nCəmi: ", N("%d,%02d ₼" % (ri(5, 60), ri(0, 99)), "amount")]
    if k == "yandex_uz":
        pp = Person("uz")
        return "delivery_ticket", "uz", [
            "Yandex Eda — buyurtma ", N("%d-%d" % (ri(100000, 999999), ri(1000, 9999)), "order_number"), "\nMijoz: ", nm(pp, "given"), "\nTelefon: ", phone("UZ"), "\n",
            "Manzil: ", A("UZ"), "\nIzoh: domofon ishlamaydi\n2x Osh  1x Non\nJami: ", N("%d %03d so'm" % (ri(50, 300), ri(0, 999)), "amount")]
    if k == "grab_vi":
        pp = Person("vi")
        return "delivery_ticket", "vi", [
            "GrabFood #", N("GF-%d" % ri(100, 999) + "-" + dg(9), "order_number"), "\nKhách: ", nm(pp, "full"), "\nSĐT: ", phone("VN", style="nat"), "\n",
            "Giao đến: ", A("VN"), "\nGhi chú: gọi trước khi tới\n1x Bún chả  1x Trà đá\nTổng: ", N("%d.000₫" % ri(40, 400), "amount")]
    if k == "talabat_eg":
        pp = Person("eg")
        return "delivery_ticket", "ar", [
            "طلبات — طلب رقم ", N(str(ri(10 ** 8, 10 ** 9)), "order_number"), "\nالعميل: ", nm(pp, "full"), "\nالهاتف: ", phone("EG", style="nat"), "\n",
            "العنوان: ", A("EG"), "\nملاحظات: الدور الثالث، اضغط الجرس مرتين\n٢× كشري  ١× أرز بلبن\nالإجمالي: ", N("%d.00 ج.م" % ri(80, 600), "amount")]
    if k == "wolt_hu":
        pp = Person("hu")
        return "delivery_ticket", "hu", [
            "WOLT — Rendelés #", N(rnd(R, UPALNUM, 5), "order_code"), "\nVevő: ", nm(pp, "full"), "\nTel.: ", phone("HU"), "\n",
            "Cím: ", A("HU"), "\nMegjegyzés: kapucsengő ", N(str(ri(1, 60)), "bell_number"), ", ", N("%d. emelet" % ri(1, 6), "floor"), "\n1x Lángos  1x Túrós csusza\nÖsszesen: ", N("%d Ft" % (ri(25, 150) * 100), "amount")]
    pp = Person("th")
    return "delivery_ticket", "th", [
        "GrabFood  #", N("GF-" + dg(3) + "-" + dg(9), "order_number"), "\nลูกค้า: ", nm(pp, "full"), "\nโทร: ", phone("TH", style="nat"), "\n",
        "ส่งที่: ", A("TH"), "\nหมายเหตุ: ฝากไว้ที่ รปภ.\n1x ผัดไทย  1x ชาเย็น\nรวม: ", N("฿%d" % ri(60, 900), "amount")]


@T("florist_order")
def t_florist():
    snd = who("mg", "to", "fj", "haw", "lb", "tn")
    rcp = who(snd.cult)
    cc, pl = home(rcp)
    return "florist_order", "en", [
        "ORDER CARD — ", ch(["Petals & Co.", "Hibiscus Florist", "Jacaranda Flowers"]), "   #", N(str(ri(10000, 99999)), "order_number"), "\n",
        "Sender: ", nm(snd, "western"), "   Phone: ", ph_of(snd, style=ch(["intl", "e164"])), "\n", "Email: ", E(snd), "\n",
        "Deliver to: ", nm(rcp, "western"), "\n", A(cc, True), "\n", "Recipient phone: ", phone(pl), "\n",
        "Card message: \"", ch(["Happy birthday, with love", "Get well soon", "Congratulations on the baby!"]), " — ", nm(snd, "given"), "\"\n",
        "Payment: ", CARD(ch(["visa", "mastercard", "amex", "jcb"])), "  exp ", N("%02d/%02d" % (ri(1, 12), ri(26, 30)), "card_expiry"), "  CVC on file: ", N("***", "masked_cvc"), "\n",
        "Delivery date: ", neg("date")]


@T("tailor_card")
def t_tailor():
    pp = who("pa", "gu", "ml", "te")
    cc, _ = home(pp)
    return "tailor_card", "en", [
        ch(["Sardar Tailors", "Shreeji Fashion", "Malabar Stitch House", "Deccan Bespoke"]), " — MEASUREMENT CARD  No. ", N(str(ri(100, 9999)), "card_number"), "\n",
        "Customer: ", nm(pp, "western"), "   Mob: ", phone("IN", style="nat"), "\n", "Address: ", A(cc), "\n",
        "Kurta: length ", str(ri(38, 46)), " chest ", str(ri(34, 48)), " waist ", str(ri(28, 44)), " sleeve ", str(ri(22, 26)), "\n",
        "Trouser: waist ", str(ri(28, 44)), " length ", str(ri(36, 42)), "\nDelivery: ", neg("date"), "   Advance paid: ", N("₹ %d" % (ri(5, 40) * 100), "amount")]


@T("salon_bookings")
def t_salon():
    rows = ["Date,Time,Client,Mobile,Email,Service,Staff,Notes\n"]
    cults = ch([("af",), ("fy",), ("eu", "gl"), ("br",), ("lb", "tn")])
    plan_ = {"af": "ZA", "fy": "NL", "eu": "ES", "gl": "ES", "br": "FR", "lb": "LB", "tn": "TN"}
    staff = Person(cults[0])
    for _ in range(ri(3, 5)):
        pp = Person(ch(cults))
        rows += [N("%d-%02d-%02d" % (2025, ri(1, 12), ri(1, 28)), "appointment_date"), ",", N("%02d:%02d" % (ri(9, 18), ch([0, 15, 30, 45])), "time"), ",",
                 nm(pp, "western"), ",", phone(plan_[pp.cult], style=ch(["intl", "nat", "e164"])), ",", E(pp), ",",
                 ch(["Cut & blow-dry", "Balayage", "Gel manicure", "Beard trim", "Keratin"]), ",", P(staff.given, staff.cult), ",",
                 ch(["", "patch test done", "deposit paid", "prefers quiet"]), "\n"]
    return "salon_export_csv", "en", rows


@T("credit_report")
def t_credit():
    if chance(0.5):
        pp = Person("hu")
        mother = Person("hu", female=True)
        dob = bdate(1955, 2003)
        parts = ["KHR (BAR) — Tájékoztatás a nyilvántartott adatokról\n\n",
                 "Név: ", nm(pp, "full"), "\nAnyja neve: ", nm(mother, "full"), "\nSzületési hely, idő: ", ch(["Budapest", "Győr", "Eger"]), ", ", D(bdate(1955, 2003), "hu", ch([None, "ymd."])), "\n",
                 "Adóazonosító jel: ", G(hu_adoazonosito(dob), "hu_adoazonosito"), "\nLakcím: ", A("HU"), "\n\n",
                 "Szerződés 1: ", ch(["személyi kölcsön", "lakáshitel", "hitelkártya"]), ", azonosító ", N("%d%08d" % (ri(10, 99), ri(0, 99999999)), "contract_number"), ", összeg ",
                 N("%d %03d %03d Ft" % (ri(1, 40), ri(0, 999), 0), "amount"), "\n   Törlesztési számla: ", IB("HU"), "\n",
                 "Késedelem: nincs\nLekérdezés dátuma: ", neg("date")]
        return "credit_report", "hu", parts
    pp = who("haw", "to", "fj", "yue")
    dob = bdate(1955, 2003)
    return "credit_report", "en", [
        "CONSUMER CREDIT REPORT — file ", N(rnd(R, UPALNUM, 10), "report_id"), "\n", "Subject: ", nm(pp, "caps"), "\n",
        "SSN: ", G("XXX-XX-%04d" % ri(1, 9999), "us_ssn") if False else N("XXX-XX-%04d" % ri(1, 9999), "masked_ssn"), "   DOB: ", D(dob, "en", "mdy/"), "\n",
        "Current address: ", A("USHI"), "   reported ", neg("isodate"), "\n", "Previous address: ", A("USHI"), "\n",
        "Phone on file: ", phone("USHI", style="nat"), "\nEmployer: ", ch(["Hawaiian Electric", "Queen's Health", "Matson"]), "\n",
        "Tradelines: ", ch(["BOH VISA", "First Hawaiian auto", "HawaiiUSA FCU"]), " acct ", N("****%04d" % ri(0, 9999), "masked_account"), " — current\n",
        "Inquiries: ", neg("isodate")]


@T("debt_collection")
def t_debt():
    k = ch(["FRBR", "TN", "MC"])
    pp = Person({"FRBR": "br", "TN": "tn", "MC": ch(["lb", "br"])}[k])
    agent = who("br", "tn", "lb")
    ibcc = {"FRBR": "FR", "TN": "TN", "MC": "MC"}[k]
    return "collection_letter", "fr", [
        ch(["Cabinet Recouvra Ouest", "Agence Ar Mor Contentieux", "Riviera Recouvrement SAM"]), "\n\n", "Madame, Monsieur " if False else ("Madame " if pp.female else "Monsieur "),
        nm(pp, ch(["western", "caps"])), "\n", A(ch(["FRBR", "TN", "MC"]) if False else k, True), "\n\n",
        "Objet : mise en demeure — dossier ", N("DC-%d-%05d" % (ri(2024, 2025), ri(1, 99999)), "case_number"), "\n\n",
        ("Madame" if pp.female else "Monsieur"), ", sauf erreur de notre part, la facture ", neg("invoice"), " d'un montant de ", N(ch(["1 248,60 €", "2 310,00 €", "1.250,500 DT", "4 860,00 €"]), "amount"),
        " reste impayée. Nous vous prions de régler cette somme sous huit jours par virement sur le compte ", IB(ibcc),  " (BIC ", N({"FRBR": "CMBRFR2BXXX", "TN": "STBKTNTTXXX", "MC": "CMMCMCM1XXX"}[k], "bic"), ").\n",
        "Votre interlocuteur : ", nm(agent, "western"), ", ", phone({"FRBR": "FR", "TN": "TN", "MC": "MC"}[k]), ", ", E_org(agent, ch(["recouvra-ouest.fr", "armor-contentieux.bzh", "riviera-recouvrement.mc"])), "\n\n",
        "Fait à ", {"FRBR": "Brest", "TN": "Tunis", "MC": "Monaco"}[k], ", le ", neg("date")]


@T("vehicle_sale_contract")
def t_carsale():
    s_, b_ = Person("hu"), Person("hu")
    sm, bm = Person("hu", True), Person("hu", True)
    return "vehicle_sale_contract", "hu", [
        "ADÁSVÉTELI SZERZŐDÉS (gépjármű)\n\n", "Eladó neve: ", nm(s_, "full"), "\nSzületési hely, idő: ", ch(["Vác", "Sopron", "Nyíregyháza"]), ", ", D(bdate(1950, 2002), "hu"), "\n",
        "Anyja neve: ", nm(sm, "full"), "\nLakcím: ", A("HU"), "\nSzemélyi igazolvány száma: ", G("%06d%s" % (ri(0, 999999), "".join(ch(string.ascii_uppercase) for _ in range(2))), "hu_id_card"), "\n",
        "Telefon: ", phone("HU"), "\n\n", "Vevő neve: ", nm(b_, "full"), "\nSzületési hely, idő: ", ch(["Kaposvár", "Tatabánya", "Zalaegerszeg"]), ", ", D(bdate(1950, 2004), "hu"), "\n",
        "Anyja neve: ", nm(bm, "full"), "\nLakcím: ", A("HU"), "\nE-mail: ", E(b_), "\n\n",
        "Jármű: ", ch(["Suzuki Vitara", "Skoda Octavia", "Opel Astra"]), ", rendszám ", N("%s-%03d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVZ") for _ in range(3)), ri(1, 999)), "plate"),
        ", alvázszám ", neg("vin"), "\nVételár: ", N("%d %03d 000 Ft" % (ri(1, 9), ri(0, 999)), "amount"), ", átutalással az eladó számlájára: ", IB("HU"), "\n",
        "Kelt: ", neg("date")]


GOV_OK["hu_id_card"] = lambda v: bool(re.fullmatch(r"\d{6}[A-Z]{2}", v))


@T("crypto_support_chat")
def t_crypto():
    k = ch(["en", "ru", "vi"])
    pp = Person({"en": ch(["ug", "cm", "lb", "ve"]), "ru": "ru", "vi": "vi"}[k])
    sec = ch(["eth_private_key", "btc_wif"])
    dob = bdate(1975, 2004)
    agent = ch(["Mia", "Leo", "Ana"])
    clock = [ri(8, 20) * 60 + ri(0, 50)]

    def _tick():
        clock[0] += ri(0, 3)
        return "%02d:%02d" % divmod(clock[0], 60)
    if k == "en":
        cc, pl = home(pp)
        return "support_chat", "en", [
            "[", N(_tick(), "time"), "] ", agent, " (Support): Hi! Please confirm your full name, date of birth and registered address.\n",
            "[", N(_tick(), "time"), "] user: ", nm(pp, "western"), ", born ", D(dob, "en", ch(["dmy/", None, "iso"])), ", ", A(cc), "\n",
            "[", N(_tick(), "time"), "] user: my withdrawal to ", neg("eth_addr"), " is stuck, tx ", neg("tx_hash"), "\n",
            "[", N(_tick(), "time"), "] user: if it helps here is the wallet key ", S(sec), " and my phone ", ph_of(pp, style="intl"), "\n",
            "[", N(_tick(), "time"), "] ", agent, " (Support): Please never share private keys! Move your funds to a new wallet right away."]
    if k == "ru":
        return "support_chat", "ru", [
            "Поддержка: Здравствуйте! Укажите, пожалуйста, ФИО, дату рождения и e-mail аккаунта.\n",
            "Клиент: ", P("%s %s %s" % (pp.family, pp.given, pp.pat), "ru"), ", ", D(dob, "ru", ch([None, "dmy."])), ", ", E(pp), "\n",
            "Клиент: вывод на адрес ", neg("eth_addr"), " висит уже сутки. Вот приватный ключ кошелька: ", S(sec), "\n",
            "Клиент: телефон для связи ", phone("RU"), "\n",
            "Поддержка: Никогда не отправляйте приватный ключ! Срочно переведите средства на новый кошелёк."]
    return "support_chat", "vi", [
        "Hỗ trợ: Chào bạn, vui lòng cung cấp họ tên, ngày sinh và số điện thoại đăng ký.\n",
        "Khách: ", nm(pp, "full"), ", sinh ngày ", D(dob, "", "dmy/"), ", SĐT ", phone("VN", style="nat"), "\n",
        "Khách: lệnh rút về ví ", neg("eth_addr"), " bị treo. Đây là khóa riêng tư của ví: ", S(sec), "\n",
        "Hỗ trợ: Tuyệt đối không gửi khóa riêng tư cho bất kỳ ai! Hãy chuyển tài sản sang ví mới ngay."]


# ---- logs, configs and exports ------------------------------------------------

def svc():
    return N(ch(["svc_backup", "svc-orders", "logstash_writer", "grafana", "fluent", "svc_scan", "deploy", "ci-runner", "app_rw", "zbx_agent"]), "service_account")


def host_(tag="internal_host"):
    return N(ch(["db01.corp.local", "es-data-2.prod.internal", "kafka-b3.int", "fs01.corp.local", "mon.kona.lan", "ldap-a.ops.internal"]), tag)


def pemail():
    pp = Person(ch(LATIN_CULTS + ["ru", "he", "fa"]))
    return pp, E(pp)


@T("traefik_access_json")
def t_traefik():
    lines = []
    for _ in range(ri(2, 3)):
        pp, em = pemail()
        ip = IP(ch(["v4pub", "v4pub", "v6pub"]))
        lines += ['{"ClientAddr":"', ip.value if False else "", ]
        lines.pop(); lines.pop()
        lines += ['{"ClientHost":"', ip, '","ClientPort":"', str(ri(1024, 65535)), '","ClientUsername":"-","DownstreamStatus":', ch(["200", "401", "302"]),
                  ',"Duration":', str(ri(100000, 90000000)), ',"RequestMethod":"', ch(["GET", "POST"]), '","RequestPath":"/api/v2/accounts/', em,
                  '/settings","RouterName":"', ch(["api@docker", "shop@file", "auth@kubernetescrd"]), '","request_Authorization":"Bearer ', S("jwt"),
                  '","time":"', neg("ts"), '"}\n']
    return "traefik_log", "en", lines


@T("caddy_access_json")
def t_caddy():
    user = ch(["admin", "ops", "editor", "backup"])
    pw = password10()
    b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    ip = IP(ch(["v4pub", "v6pub", "v4priv"]))
    pp = Person(ch(LATIN_CULTS))
    return "caddy_log", "en", [
        '{"level":"info","ts":', N("%d.%06d" % (ri(1700000000, 1760000000), ri(0, 999999)), "epoch"), ',"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"', ip,
        '","remote_port":"', str(ri(1024, 65535)), '","proto":"HTTP/2.0","method":"POST","host":"', ch(["cloud.tisza-kft.hu", "files.nordlysid.fo", "admin.lionbay.sg"]),
        '","uri":"/remote.php/dav/files/', P(pp.given.lower() if False else pp.given, pp.cult), '/","headers":{"Authorization":["Basic ', S("basic_auth_b64", b),
        '"],"User-Agent":["', ch(["Mozilla/5.0 (X11; Linux x86_64) Nextcloud-Client/3.12", "curl/8.5.0", "rclone/v1.66.0"]), '"]}},"status":', ch(["207", "401", "201"]), '}']


@T("envoy_access")
def t_envoy():
    lines = []
    for _ in range(2):
        pp, em = pemail()
        lines += ["[", neg("ts"), '] "', ch(["GET", "DELETE", "PATCH"]), " /v1/customers/by-email/", em, ' HTTP/1.1" ', ch(["200", "404", "204"]), " - 0 ",
                  str(ri(10, 9999)), " ", str(ri(1, 300)), " ", str(ri(1, 300)), ' "', IP("v4pub"), '" "', ch(["okhttp/4.12.0", "Go-http-client/2.0", "python-requests/2.32"]),
                  '" "', neg("uuid"), '" "customers.internal" "', host_(), ":", neg("port"), '"\n']
    return "envoy_log", "en", lines


@T("aws_alb_log")
def t_alb():
    lines = []
    for _ in range(ri(1, 2)):
        pp, em = pemail()
        lines += ["https ", N("%d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (2025, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999999)), "timestamp"),
                  " app/", ch(["shop-alb", "api-prod"]), "/", N(rnd(R, HEX, 16), "resource_id"), " ", IP(ch(["v4pub", "v4pub", "v6pub"])), ":", str(ri(1024, 65535)), " ",
                  IP("v4priv"), ":", ch(["80", "8080", "3000"]), " 0.001 0.0", str(ri(10, 99)), " 0.000 200 200 ", str(ri(100, 999)), " ", str(ri(100, 9999)),
                  ' "GET https://', ch(["shop.kona-roasters.com", "api.andesplast.ec", "portal.gulfhorizon.ae"]), ':443/account/orders?email=', em, ' HTTP/1.1" "Mozilla/5.0" ',
                  "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 ", N("arn:aws:elasticloadbalancing:eu-central-1:%012d:targetgroup/web/%s" % (ri(10 ** 11, 10 ** 12 - 1), rnd(R, HEX, 16)), "arn"),
                  ' "Root=1-', rnd(R, HEX, 8), "-", rnd(R, HEX, 24), '"\n']
    return "alb_log", "en", lines


@T("vpc_flow_log")
def t_vpcflow():
    acct = N("%012d" % ri(10 ** 11, 10 ** 12 - 1), "aws_account_id")
    lines = ["version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"]
    for i in range(ri(2, 3)):
        lines += ["2 ", acct if i == 0 else N("%012d" % ri(10 ** 11, 10 ** 12 - 1), "aws_account_id"), " eni-", N(rnd(R, HEX, 17), "eni_id"), " ",
                  IP(ch(["v4priv", "v4pub"])), " ", IP(ch(["v4priv", "v4pub"])), " ", str(ri(1024, 65535)), " ", ch(["443", "22", "5432", "3389"]), " 6 ",
                  str(ri(1, 90)), " ", str(ri(60, 90000)), " ", neg("epoch"), " ", neg("epoch"), " ", ch(["ACCEPT", "REJECT"]), " OK\n"]
    return "vpc_flow_log", "en", lines


@T("gcp_audit_log")
def t_gcp():
    pp, em = pemail()
    return "gcp_audit_json", "en", [
        '{\n  "protoPayload": {\n    "@type": "type.googleapis.com/google.cloud.audit.AuditLog",\n    "authenticationInfo": {"principalEmail": "', em, '"},\n',
        '    "requestMetadata": {"callerIp": "', IP(ch(["v4pub", "v6pub"])), '", "callerSuppliedUserAgent": "google-cloud-sdk gcloud/', neg("version"), '"},\n',
        '    "serviceName": "iam.googleapis.com",\n    "methodName": "', ch(["google.iam.admin.v1.CreateServiceAccountKey", "SetIamPolicy", "google.iam.admin.v1.DeleteRole"]), '",\n',
        '    "resourceName": "projects/', ch(["kona-prod", "andes-data", "teranga-ml"]), "-", str(ri(10000, 99999)), '/serviceAccounts/', N("%d" % ri(10 ** 20, 10 ** 21 - 1), "service_account_uid"), '"\n  },\n',
        '  "insertId": "', N(rnd(R, LOWALNUM, 12), "insert_id"), '",\n  "timestamp": "', neg("ts"), '",\n  "severity": "NOTICE"\n}']


@T("entra_signin")
def t_entra():
    pp = Person(ch(LATIN_CULTS))
    org = ch(ORGS)
    return "entra_signin_json", "en", [
        '{"id":"', neg("uuid"), '","createdDateTime":"', neg("ts"), '","userDisplayName":"', nm(pp, "western"), '","userPrincipalName":"', E_org(pp, org),
        '","appDisplayName":"', ch(["Office 365 Exchange Online", "Azure Portal", "Microsoft Teams"]), '","ipAddress":"', IP(ch(["v4pub", "v6pub"])),
        '","clientAppUsed":"Browser","status":{"errorCode":', ch(["0", "50126", "50074"]), '},"location":{"city":"', ch(["Budapest", "Kigali", "Tórshavn", "Montevideo", "Hanoi"]),
        '","countryOrRegion":"', ch(["HU", "RW", "FO", "UY", "VN"]), '"},"deviceDetail":{"deviceId":"","operatingSystem":"Windows10","browser":"Edge ', neg("version"), '"}}']


@T("okta_system_log")
def t_okta():
    pp = Person(ch(LATIN_CULTS))
    return "okta_log_json", "en", [
        '{"actor":{"id":"', N("00u" + rnd(R, ALNUM, 17), "okta_user_id"), '","type":"User","alternateId":"', E_org(pp, ch(ORGS)), '","displayName":"', nm(pp, "western"), '"},',
        '"client":{"ipAddress":"', IP(ch(["v4pub", "v6pub"])), '","geographicalContext":{"city":"', ch(["Suva", "Nuuk", "Vaduz", "Dakar", "Quito"]), '"},"userAgent":{"browser":"CHROME"}},',
        '"eventType":"', ch(["user.session.start", "user.mfa.factor.deactivate", "user.account.reset_password"]), '","outcome":{"result":"', ch(["SUCCESS", "FAILURE"]), '"},',
        '"published":"', neg("ts"), '","uuid":"', neg("uuid"), '"}']


@T("exchange_tracking_csv")
def t_exchange():
    rows = ["#Fields: date-time,client-ip,client-hostname,server-ip,event-id,recipient-address,total-bytes,message-subject,sender-address\n"]
    for _ in range(ri(2, 3)):
        a, ea = pemail()
        b, eb = pemail()
        rows += [neg("ts"), ",", IP(ch(["v4pub", "v4priv"])), ",", ch(["mail-eu1.outbound.protection.outlook.com", "EXCH02", "relay.corp.local"]), ",", N(ch(["EXCH01", "EXCH02"]), "hostname"), ",",
                 ch(["RECEIVE", "DELIVER", "SEND", "FAIL"]), ",", eb, ",", str(ri(2000, 900000)), ",", ch(["Invoice ", "RE: Contract for ", "Payslip – "]),
                 P(a.western(), a.cult), ",", ea, "\n"]
    return "exchange_tracking_log", "en", rows


@T("bind_query_log")
def t_bind():
    lines = []
    srv = IP("v4priv")
    for i in range(2):
        lines += [N("%02d-%s-%d %02d:%02d:%02d.%03d" % (ri(1, 28), ch(["Jan", "Feb", "Mar", "Apr"]), 2025, ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999)), "timestamp"),
                  " client @0x", N(rnd(R, HEX, 12), "pointer"), " ", IP(ch(["v4priv", "v4priv", "v6ula"])), "#", str(ri(1024, 65535)), " (",
                  ch(["update.code.visualstudio.com", "www.bbc.co.uk", "api.github.com", "time.apple.com"]), "): query: ", ch(["update.code.visualstudio.com", "www.bbc.co.uk", "api.github.com", "time.apple.com"]),
                  " IN ", ch(["A", "AAAA", "HTTPS"]), " +E(0)K (", L("ip", srv.value, sub="v4priv") if i == 0 else N("ns1.corp.local", "internal_host"), ")\n"]
    return "bind_query_log", "en", lines


@T("pihole_log")
def t_pihole():
    lines = []
    for _ in range(ri(2, 3)):
        t = "%s %2d %02d:%02d:%02d" % (ch(["Mar", "Apr", "May"]), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))
        d = ch(["ads.doubleclick.net", "graph.facebook.com", "telemetry.tv-vendor.com", "connectivitycheck.gstatic.com"])
        lines += [N(t, "timestamp"), " dnsmasq[", str(ri(300, 2000)), "]: query[A] ", d, " from ", IP(ch(["v4priv", "v4priv", "v6ula"])), "\n",
                  N(t, "timestamp"), " dnsmasq[", str(ri(300, 2000)), "]: ", ch(["gravity blocked ", "reply "]), d, " is ", neg("loopback"), "\n"]
    return "pihole_log", "en", lines


@T("windows_dhcp_audit")
def t_dhcp():
    rows = ["ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name,TransactionID,QResult\n"]
    for _ in range(ri(2, 3)):
        rows += [ch(["10", "11", "12"]), ",", N("%02d/%02d/25" % (ri(1, 12), ri(1, 28)), "non_birth_date"), ",", N("%02d:%02d:%02d" % (ri(0, 23), ri(0, 59), ri(0, 59)), "time"), ",",
                 ch(["Assign", "Renew", "Release"]), ",", IP("v4priv"), ",", N(ch(["DESKTOP-", "LAPTOP-", "PRN-"]) + rnd(R, UPALNUM, 7) + ".corp.local", "hostname"), ",",
                 N(rnd(R, HEXU, 12), "mac"), ",,", str(ri(10 ** 8, 10 ** 9)), ",0\n"]
    return "dhcp_audit_csv", "en", rows


@T("smb_session")
def t_smb():
    pw = S("password")
    ip = IP("v4priv")
    return "shell_session", "en", [
        "$ smbclient //", ip, "/", ch(["finance", "scans", "backup$"]), " -U 'CORP\\", svc(), "%", pw, "'\n",
        "Try \"help\" to get a list of possible commands.\nsmb: \\> ls\n  .                                   D        0  ", neg("ts"), "\n",
        "  ", ch(["Q1_payroll.xlsx", "scan_0042.pdf", "nightly.tar.zst"]), "                     A   ", str(ri(10000, 9999999)), "  ", neg("ts"), "\n\n",
        "PS C:\\> net use Z: \\\\", IP("v4priv"), "\\", ch(["archive", "public"]), " /user:CORP\\", svc(), " ", S("password"), " /persistent:no\nThe command completed successfully."]


@T("sssd_conf")
def t_sssd():
    return "sssd_conf", "en", [
        "[sssd]\nservices = nss, pam, sudo\ndomains = corp.local\n\n[domain/corp.local]\nid_provider = ldap\nauth_provider = ldap\n",
        "ldap_uri = ldaps://", IP("v4priv"), ", ldaps://", host_(), "\nldap_search_base = dc=corp,dc=local\n",
        "ldap_default_bind_dn = cn=", svc(), ",ou=Service Accounts,dc=corp,dc=local\nldap_default_authtok_type = password\nldap_default_authtok = ", S("password"), "\n",
        "ldap_tls_reqcert = demand\ncache_credentials = True\n"]


@T("zabbix_agent")
def t_zabbix():
    admin = Person(ch(LATIN_CULTS))
    return "zabbix_conf", "en", [
        "# /etc/zabbix/zabbix_agent2.conf\nServer=", IP("v4priv"), "\nServerActive=", N("zabbix.corp.local", "internal_host"), ":10051\nHostname=", host_(), "\n",
        "TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=", N("PSK-" + rnd(R, UPALNUM, 6), "psk_identity"), "\nTLSPSKFile=/etc/zabbix/agent.psk\n\n",
        "$ cat /etc/zabbix/agent.psk\n", S("hex64"), "\n\n", "# alerts go to ", nm(admin, "western"), " <", E(admin), ">, SMS ", ph_of(admin, style="intl") if admin.cult in CULT_CC else phone("US")]


@T("nagios_contacts")
def t_nagios():
    parts = ["# contacts.cfg\n"]
    for _ in range(ri(2, 3)):
        pp = Person(ch(LATIN_CULTS))
        parts += ["define contact {\n    contact_name                    ", N("oncall_%d" % ri(1, 99), "contact_id"), "\n    alias                           ", nm(pp, "western"), "\n",
                  "    service_notification_period     24x7\n    email                           ", E(pp), "\n    pager                           ", ph_of(pp, style=ch(["e164", "intl"])), "\n}\n"]
    return "nagios_cfg", "en", parts


@T("prometheus_yml")
def t_prom():
    return "prometheus_yaml", "en", [
        "global:\n  scrape_interval: 30s\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ['", IP("v4priv"), ":9100', '", N(ch(["node-b.lan", "db01.corp.local"]), "internal_host"), ":9100']\n",
        "  - job_name: pushgateway\n    basic_auth:\n      username: ", ch(["prom", "scraper"]), "\n      password: ", S("password"), "\n    static_configs:\n      - targets: ['", IP("v4priv"), ":9091']\n",
        "  - job_name: k8s-api\n    scheme: https\n    bearer_token: ", S("jwt"), "\n    tls_config:\n      insecure_skip_verify: true\n"]


@T("grafana_datasources")
def t_grafana():
    return "grafana_provisioning", "en", [
        "apiVersion: 1\ndatasources:\n  - name: Loki\n    type: loki\n    url: http://", IP("v4priv"), ":3100\n    basicAuth: true\n    basicAuthUser: grafana\n",
        "    secureJsonData:\n      basicAuthPassword: ", S("password"), "\n  - name: InfluxDB\n    type: influxdb\n    url: https://", IP(ch(["v4priv", "v4pub"])), ":8086\n",
        "    jsonData:\n      version: Flux\n      organization: ", ch(["ops", "kona", "andes"]), "\n    secureJsonData:\n      token: ", S("influx_token", rnd(R, URLSAFE, 86) + "=="), "\n"]


@T("logstash_pipeline")
def t_logstash():
    return "logstash_conf", "en", [
        "input {\n  beats { port => ", neg("port"), " }\n}\nfilter {\n  mutate { remove_field => [\"[host][ip]\"] }\n}\noutput {\n  elasticsearch {\n",
        "    hosts => [\"https://", IP("v4priv"), ":9200\", \"https://", host_(), ":9200\"]\n    user => \"", svc(), "\"\n    password => \"", S("password"), "\"\n",
        "    ssl_certificate_authorities => \"/etc/logstash/ca.crt\"\n  }\n  http {\n    url => \"https://hooks.kona-roasters.com/ingest\"\n    headers => { \"Authorization\" => \"ApiKey ",
        S("elastic_api_key"), "\" }\n  }\n}"]


@T("fluentbit_conf")
def t_fluentbit():
    return "fluentbit_conf", "en", [
        "[SERVICE]\n    Flush        5\n    Log_Level    info\n\n[INPUT]\n    Name         tail\n    Path         /var/log/app/*.log\n\n",
        "[OUTPUT]\n    Name         http\n    Match        *\n    Host         ", IP("v4priv"), "\n    Port         8088\n    HTTP_User    fluent\n    HTTP_Passwd  ", S("password"), "\n\n",
        "[OUTPUT]\n    Name         splunk\n    Match        audit.*\n    Host         ", IP(ch(["v4priv", "v4pub"])), "\n    Splunk_Token ", S("uuid_secret"), "\n    TLS          On\n"]


@T("kafka_client_properties")
def t_kafka():
    return "kafka_properties", "en", [
        "bootstrap.servers=", IP("v4priv"), ":9092,", host_(), ":9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n",
        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"", svc(), "\" password=\"", S("password"), "\";\n",
        "ssl.truststore.location=/etc/kafka/truststore.jks\nssl.truststore.password=", S("password"), "\nclient.id=", ch(["orders-consumer", "billing-producer"]), "\n"]


@T("rabbitmq_cli")
def t_rabbit():
    pw = pw_url()
    ip = ip_str("v4priv")
    return "shell_session", "en", [
        "# rabbitmqctl add_user svc_billing '", S("password", pw), "'\nAdding user \"svc_billing\" ...\n# rabbitmqctl set_permissions -p /billing svc_billing \".*\" \".*\" \".*\"\n\n",
        "# app config\nCELERY_BROKER_URL=amqp://svc_billing:", S("password", pw), "@", L("ip", ip, sub="v4priv"), ":5672/billing\n",
        "RABBITMQ_ERLANG_COOKIE=", S("erlang_cookie", rnd(R, string.ascii_uppercase, 20)), "\n"]


@T("hiera_yaml")
def t_hiera():
    admin = Person(ch(LATIN_CULTS))
    return "hiera_yaml", "en", [
        "---\nprofile::base::ntp_servers:\n  - ", IP("v4priv"), "\n  - ", N("0.pool.ntp.org", "public_hostname"), "\nprofile::db::host: ", host_(), "\nprofile::db::password: '", S("password"), "'\n",
        "profile::mail::smtp_user: 'apikey'\nprofile::mail::smtp_password: '", S("sendgrid"), "'\nprofile::base::admin_contact: '", nm(admin, "western"), " <", E(admin), ">'\n",
        "profile::backup::b2_key_id: '", N("005" + rnd(R, HEX, 22), "b2_key_id"), "'\nprofile::backup::b2_app_key: '", S("backblaze"), "'\n"]


@T("chef_databag")
def t_chef():
    a1, a2 = Person(ch(LATIN_CULTS)), Person(ch(LATIN_CULTS))
    return "chef_databag_json", "en", [
        '{\n  "id": "', ch(["prod", "billing", "shop"]), '",\n  "db_password": "', S("password"), '",\n  "mollie_api_key": "', S("mollie"), '",\n',
        '  "square_access_token": "', S("square"), '",\n  "admins": [\n    {"name": "', nm(a1, "western"), '", "email": "', E(a1), '"},\n    {"name": "', nm(a2, "western"),
        '", "email": "', E(a2), '"}\n  ]\n}']


@T("salt_pillar")
def t_salt():
    pp = Person(ch(LATIN_CULTS))
    return "salt_pillar", "en", [
        "users:\n  ", N(ch(["ops", "deploy", "admin2"]), "service_account"), ":\n    fullname: ", nm(pp, "western"), "\n    email: ", E(pp), "\n    password: '", S("password"), "'\n",
        "    ssh_keys:\n      - ", neg("sshpub"), "\nmysql:\n  server:\n    root_password: '", S("password"), "'\n    bind_address: ", IP("v4priv"), "\n"]


@T("cloud_init")
def t_cloudinit():
    pp = Person(ch(LATIN_CULTS))
    return "cloud_init_yaml", "en", [
        "#cloud-config\nhostname: ", ch(["edge-01", "build-runner-3", "vpn-gw"]), "\nusers:\n  - name: ops\n    gecos: ", nm(pp, "western"), "\n    groups: sudo\n",
        "    ssh_authorized_keys:\n      - ", neg("sshpub"), "\nchpasswd:\n  list: |\n    root:", S("password"), "\n    ops:", S("password"), "\n  expire: false\n",
        "write_files:\n  - path: /etc/tailscale/authkey\n    content: ", S("tailscale", "tskey-auth-" + rnd(R, ALNUM, 12) + "CNTRL-" + rnd(R, ALNUM, 32)), "\n",
        "runcmd:\n  - [ sh, -c, 'ip addr add ", IP("v4priv"), "/24 dev eth1' ]\n"]


@T("kickstart")
def t_kickstart():
    pp = Person(ch(LATIN_CULTS))
    gw = ip_str("v4priv")
    return "kickstart_cfg", "en", [
        "# ks.cfg\nlang en_US.UTF-8\nkeyboard us\ntimezone Europe/Budapest --utc\n",
        "network --bootproto=static --ip=", IP("v4priv"), " --netmask=", neg("netmask"), " --gateway=", L("ip", gw, sub="v4priv"), " --nameserver=", N(ch(["ns1.corp.local", "dns.kona.lan"]), "internal_host"), " --hostname=", host_(), "\n",
        "rootpw --plaintext ", S("password"), "\nuser --name=ops --gecos=\"", nm(pp, "western"), "\" --password=", S("password"), " --plaintext --groups=wheel\n",
        "%post\necho 'alerts: ", E(pp), "' >> /etc/motd\n%end\n"]


@T("debian_preseed")
def t_preseed():
    pp = Person(ch(LATIN_CULTS))
    pw = secret10("password")
    return "preseed_cfg", "en", [
        "d-i netcfg/get_ipaddress string ", IP("v4priv"), "\nd-i netcfg/get_netmask string ", neg("netmask"), "\nd-i netcfg/get_gateway string ", IP("v4priv"), "\n",
        "d-i passwd/user-fullname string ", nm(pp, "western"), "\nd-i passwd/username string ", N(slug(pp.given_lat), "username"), "\n",
        "d-i passwd/user-password password ", S("password", pw), "\nd-i passwd/user-password-again password ", S("password", pw), "\n",
        "d-i mirror/http/proxy string http://", N(ch(["apt-cacher.lan", "mirror.corp.local"]), "internal_host"), ":3142/\n"]


@T("unattend_xml")
def t_unattend():
    pp = Person(ch(LATIN_CULTS))
    return "unattend_xml", "en", [
        '<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n',
        '    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">\n      <RegisteredOwner>', nm(pp, "western"), '</RegisteredOwner>\n',
        '      <RegisteredOrganization>', ch(["Tisza Kft.", "Andes Plast S.A.", "Nordlýsið"]), '</RegisteredOrganization>\n      <UserAccounts>\n        <AdministratorPassword>\n',
        '          <Value>', S("password"), '</Value>\n          <PlainText>true</PlainText>\n        </AdministratorPassword>\n      </UserAccounts>\n',
        '      <AutoLogon>\n        <Username>kiosk</Username>\n        <Password><Value>', S("password"), '</Value><PlainText>true</PlainText></Password>\n        <Enabled>true</Enabled>\n      </AutoLogon>\n',
        '    </component>\n  </settings>\n  <!-- KMS client key: ', N(ch(["W269N-WFGWX-YVC9B-4J6C9-T83GX", "NPPR9-FWDCX-D2C8J-H872K-2YT43", "DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4"]), "kms_client_key"), ' -->\n</unattend>']


@T("hgrc")
def t_hgrc():
    pp = Person(ch(LATIN_CULTS))
    em = E(pp)
    return "hgrc", "en", [
        "[ui]\nusername = ", nm(pp, "western"), " <", L("email", em.value), ">\n\n[auth]\nforge.prefix = https://hg.", ch(["tisza-kft.hu", "breizh-numerik.bzh", "andesplast.ec"]), "\n",
        "forge.username = ", L("email", em.value), "\nforge.password = ", S("password"), "\n\n[paths]\ndefault = https://hg.", ch(["tisza-kft.hu", "andesplast.ec"]), "/", ch(["billing", "firmware"]), "\n"]


@T("curlrc_wgetrc")
def t_curlrc():
    return "dotfiles", "en", [
        "$ cat ~/.curlrc\nuser = \"", svc(), ":", S("password"), "\"\nproxy = \"http://", IP("v4priv"), ":3128\"\n\n$ cat ~/.wgetrc\nhttp_user = mirror\nhttp_password = ", S("password"), "\n",
        "https_proxy = http://proxy:", S("password", pw_url()), "@", IP("v4priv"), ":3128/\n"]


@T("filezilla_sites")
def t_filezilla():
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.67.0" platform="windows">\n  <Servers>\n']
    for _ in range(ri(1, 2)):
        pp = Person(ch(LATIN_CULTS))
        parts += ["    <Server>\n      <Host>", IP(ch(["v4pub", "v4priv"])), "</Host>\n      <Port>", ch(["21", "22", "990"]), "</Port>\n      <Protocol>", ch(["0", "1"]), "</Protocol>\n",
                  "      <User>", N(ch(["webmaster", "upload", "ftpuser"]), "service_account"), "</User>\n      <Pass encoding=\"base64\">", S("filezilla_b64"), "</Pass>\n",
                  "      <Name>", P(pp.western(), pp.cult), " – website</Name>\n    </Server>\n"]
    parts += ["  </Servers>\n</FileZilla3>"]
    return "filezilla_xml", "en", parts


@T("keepass_export")
def t_keepass():
    pp = Person(ch(LATIN_CULTS))
    return "keepass_xml", "en", [
        "<Entry>\n  <UUID>", N(base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode(), "keepass_uuid"), "</UUID>\n",
        "  <String><Key>Title</Key><Value>", ch(["Bank (online)", "Webmail", "Tax portal"]), "</Value></String>\n",
        "  <String><Key>UserName</Key><Value>", E(pp), "</Value></String>\n",
        "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">", S("password"), "</Value></String>\n",
        "  <String><Key>Notes</Key><Value>card ", CARD(ch(["visa", "mastercard", "mir", "humo", "unionpay"])), ", PIN in the safe; recovery phone ", ph_of(pp, style="intl"), "</Value></String>\n",
        "</Entry>"]


@T("adb_contacts")
def t_adb():
    parts = ["$ adb shell content query --uri content://com.android.contacts/data/phones --projection display_name:data1\n"]
    c = ch(["vi", "eg", "th", "km", "hu", "az", "uz", "ru"])
    for i in range(ri(3, 5)):
        pp = Person(c)
        parts += ["Row: %d display_name=" % i, nm(pp, "full"), ", data1=", ph_of(pp, style=ch(["nat", "intl", "e164"])), "\n"]
    return "adb_output", "en", parts


@T("es_search_hits")
def t_es():
    parts = ['{"took":', str(ri(2, 90)), ',"hits":{"total":{"value":', str(ri(2, 40)), ',"relation":"eq"},"hits":[\n']
    for i in range(ri(1, 2)):
        pp = Person(ch(["uy", "ec", "py", "ve", "cu", "do", "qu"]))
        cc, pl = home(pp)
        dob = bdate(1950, 2006)
        nid = {"ec": lambda: G(ec_cedula(), "ec_cedula"), "uy": lambda: G(uy_ci(), "uy_ci"), "do": lambda: G(do_cedula(), "do_cedula"),
               "cu": lambda: G(cu_ci(dob), "cu_ci"), "ve": lambda: G("V-%s" % "{:,}".format(ri(5000000, 31000000)).replace(",", "."), "ve_ci"),
               "py": lambda: G("{:,}".format(ri(800000, 7500000)).replace(",", "."), "py_ci")}.get(pp.cult)
        parts += ['  {"_index":"customers-2025","_id":"', N(rnd(R, URLSAFE, 20), "doc_id"), '","_source":{"name":"', nm(pp, "full"), '","email":"', E(pp), '",',
                  '"phone":"', phone(pl) if pl else phone("US"), '","address":"', A(cc), '","birth_date":"', D(dob, "", "iso"), '"']
        if nid:
            parts += [',"national_id":"', nid(), '"']
        parts += ['}}', ",\n" if i == 0 else "\n"]
    parts += ["]}}"]
    return "es_search_json", "en", parts


@T("redis_hgetall")
def t_redis():
    pp = Person(ch(["tn", "lb", "sn", "cm", "mg", "rw"]))
    cc, pl = home(pp)
    return "redis_cli", "en", [
        "127.0.0.1:6379> HGETALL user:", str(ri(1000, 99999)), '\n 1) "name"\n 2) "', nm(pp, "western"), '"\n 3) "email"\n 4) "', E(pp), '"\n 5) "phone"\n 6) "',
        phone(pl, style="e164"), '"\n 7) "last_login_ip"\n 8) "', IP(ch(["v4pub", "v6pub"])), '"\n 9) "session"\n10) "', S("session_token", rnd(R, URLSAFE, 43)), '"\n']


@T("grpcurl_call")
def t_grpcurl():
    pp = Person(ch(["fy", "eu", "gl", "br", "af"]))
    cc, pl = home(pp)
    return "grpcurl_output", "en", [
        "$ grpcurl -H 'authorization: Bearer ", S("jwt"), "' ", IP("v4priv"), ":50051 customer.v1.CustomerService/GetCustomer <<< '{\"id\": \"", neg("uuid"), "\"}'\n",
        '{\n  "customer": {\n    "displayName": "', nm(pp, "full"), '",\n    "email": "', E(pp), '",\n    "phone": "', phone(pl, style="e164"), '",\n',
        '    "postalAddress": "', A(cc), '",\n    "createdAt": "', neg("ts"), '"\n  }\n}']


def addr_split(cc):
    """(line1, postcode, city) of an address, for exports that keep them in separate fields."""
    a = addr(cc, True).split("\n")
    for i in range(len(a) - 1, 0, -1):
        m = re.search(r"(\b[A-Z]{0,2}-?\d{4,6}(?:[ -]\d{3,4})?\b)", a[i])
        if m:
            pc = m.group(1)
            city = (a[i][:m.start()] + a[i][m.end():]).strip(" ,")
            if not city:
                city = a[i - 1] if i > 1 else ""
            return a[0], pc, city
    return a[0], "", a[-1]


@T("stripe_webhook_event")
def t_stripe():
    pp = Person(ch(["fy", "eu", "gl", "br", "af", "hu", "lb", "tn", "ec", "uy"]))
    cc, pl = home(pp)
    l1, pc, city = addr_split(cc)
    parts = ['{\n  "id": "evt_', N(rnd(R, ALNUM, 24), "stripe_event_id"), '",\n  "type": "customer.created",\n  "data": {\n    "object": {\n      "id": "cus_', N(rnd(R, ALNUM, 14), "stripe_customer_id"), '",\n',
             '      "name": "', nm(pp, "western"), '",\n      "email": "', E(pp), '",\n      "phone": "', phone(pl, style="e164"), '",\n',
             '      "address": {"line1": "', L("address", l1, sub=cc[:2]), '", "city": "', city, '", "postal_code": "']
    parts += [L("address", pc, sub=cc[:2]) if pc else "", '", "country": "', cc[:2], '"},\n',
              '      "invoice_settings": {"default_payment_method": "pm_', N(rnd(R, ALNUM, 24), "stripe_pm_id"), '"},\n      "metadata": {"crm_id": "', N(str(ri(10000, 99999)), "crm_id"), '"}\n',
              '    }\n  },\n  "livemode": true,\n  "created": ', neg("epoch"), '\n}']
    return "stripe_event_json", "en", parts


@T("shopify_order_webhook")
def t_shopify():
    pp = Person(ch(["haw", "to", "fj", "kl", "fo", "cm", "sn", "mg"]))
    cc, pl = home(pp)
    l1, pc, city = addr_split(cc)
    return "shopify_webhook_json", "en", [
        '{"id":', str(ri(10 ** 12, 10 ** 13)), ',"name":"#', str(ri(1001, 9999)), '","email":"', E(pp), '","browser_ip":"', IP(ch(["v4pub", "v6pub"])), '",',
        '"customer":{"first_name":"', P(pp.given, pp.cult), '","last_name":"', P(pp.fam_all() if not pp.mono else pp.given, pp.cult), '","phone":"', phone(pl, style="e164"), '"},',
        '"shipping_address":{"address1":"', L("address", l1, sub=cc[:2]), '","city":"', city, '","zip":"', L("address", pc, sub=cc[:2]) if pc else "", '","country_code":"', cc[:2], '"},',
        '"total_price":"', N("%d.%02d" % (ri(10, 400), ri(0, 99)), "amount"), '","gateway":"shopify_payments","note":"', ch(["gift wrap please", "", "leave at door"]), '"}']


@T("paypal_ipn")
def t_ipn():
    pp = Person(ch(["haw", "to", "fj"]))
    a = addr("USHI", True).split("\n")
    street = a[0].replace(" ", "+").replace("#", "%23")
    city, rest = a[1].split(", ")
    st, zp = rest.split(" ")
    local = pp.email_local()
    dom = ch(GENERIC)
    EMAIL_SEEN.add("%s@%s" % (local, dom))
    return "paypal_ipn", "en", [
        "POST /ipn/paypal  body: mc_gross=", N("%d.%02d" % (ri(5, 300), ri(0, 99)), "amount"), "&protection_eligibility=Eligible&address_status=confirmed&payer_id=",
        N(rnd(R, UPALNUM, 13), "payer_id"), "&address_street=", L("address", street, sub="US"), "&payment_date=", N("%02d%%3A%02d%%3A%02d+Mar+%02d%%2C+2025+PDT" % (ri(0, 23), ri(0, 59), ri(0, 59), ri(1, 28)), "timestamp"),
        "&payment_status=Completed&charset=UTF-8&address_zip=", L("address", zp, sub="US"), "&first_name=", P(pp.given, pp.cult), "&last_name=", P(pp.family, pp.cult),
        "&address_city=", city.replace(" ", "+"), "&address_state=HI&payer_email=", L("email", "%s%%40%s" % (local, dom)), "&txn_id=", N(rnd(R, UPALNUM, 17), "txn_id"),
        "&contact_phone=", phone("USHI", style="digits") if chance(0.6) else "", "&verify_sign=", N(rnd(R, URLSAFE, 56), "ipn_signature")]


@T("twilio_inbound_log")
def t_twilio():
    pp = Person(ch(["haw", "to", "fj"]))
    zp = ch(["96814", "96815", "96744", "96720"])
    return "app_log", "en", [
        "INFO  twilio.inbound  params={'AccountSid': '", N("AC" + rnd(R, HEX, 32), "twilio_account_sid"), "', 'From': '", phone("USHI", style="e164"), "', 'FromZip': '",
        L("address", zp, sub="US"), "', 'FromCity': 'HONOLULU', 'Body': 'Hi this is ", nm(pp, "western"), ", can I move my appointment to Friday? my email is ", E(pp),
        "', 'NumMedia': '0'}\n",
        "DEBUG twilio.client  auth=('", N("AC" + rnd(R, HEX, 32), "twilio_account_sid"), "', '", S("hex32"), "')\n"]


@T("mailchimp_export")
def t_mailchimp():
    rows = ["Email Address,First Name,Last Name,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,LEID\n"]
    cults = ch([("fy",), ("eu", "gl"), ("br",), ("af",), ("hu",)])
    pl = {"fy": "NL", "eu": "ES", "gl": "ES", "br": "FR", "af": "ZA", "hu": "HU"}
    for _ in range(ri(3, 4)):
        pp = Person(ch(cults))
        b = bdate(1950, 2006)
        rows += [E(pp), ",", P(pp.given, pp.cult), ",", P(pp.fam_all(), pp.cult), ",", phone(pl[pp.cult], style=ch(["e164", "intl"])), ",",
                 L("dob", "%02d/%02d" % (b.month, b.day)) if chance(0.6) else "", ",", str(ri(1, 5)), ",", N("%d-%02d-%02d %02d:%02d:%02d" % (ri(2019, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)), "timestamp"), ",",
                 IP(ch(["v4pub", "v6pub"])), ",", str(ri(10 ** 8, 10 ** 9)), "\n"]
    return "mailchimp_csv", "en", rows


@T("calendly_webhook")
def t_calendly():
    pp = Person(ch(LATIN_CULTS))
    cc, pl = home(pp)
    return "calendly_webhook_json", "en", [
        '{"event":"invitee.created","created_at":"', neg("ts"), '","payload":{"email":"', E(pp), '","name":"', nm(pp, "western"), '","first_name":"', P(pp.given, pp.cult),
        '","timezone":"', ch(["Europe/Budapest", "Pacific/Honolulu", "Africa/Kigali", "America/Montevideo", "Asia/Ho_Chi_Minh"]), '","text_reminder_number":"', phone(pl, style="e164"),
        '","questions_and_answers":[{"question":"What would you like to discuss?","answer":"', ch(["visa paperwork for my wife ", "my tax return, I am ", "tenancy dispute with "]),
        ch([nm(Person(pp.cult), "western"), "self-employed"]), '"}],"scheduled_event":{"start_time":"', neg("ts"), '"}}}']


@T("typeform_response")
def t_typeform():
    pp = Person(ch(LATIN_CULTS))
    cc, pl = home(pp)
    return "typeform_webhook_json", "en", [
        '{"event_type":"form_response","form_response":{"form_id":"', N(rnd(R, ALNUM, 8), "form_id"), '","submitted_at":"', neg("ts"), '",\n"definition":{"title":"',
        ch(["Volunteer application", "Scholarship intake", "Tenant pre-screening"]), '"},\n"answers":[\n',
        '{"field":{"ref":"full_name"},"type":"text","text":"', nm(pp, "western"), '"},\n',
        '{"field":{"ref":"email"},"type":"email","email":"', E(pp), '"},\n',
        '{"field":{"ref":"phone"},"type":"phone_number","phone_number":"', phone(pl, style="e164"), '"},\n',
        '{"field":{"ref":"date_of_birth"},"type":"date","date":"', D(bdate(1950, 2006), "", "iso"), '"},\n',
        '{"field":{"ref":"home_address"},"type":"text","text":"', A(cc), '"}\n]}}']


@T("wp_user_list")
def t_wpusers():
    rows = ["$ wp user list --fields=ID,user_login,display_name,user_email,roles\n+----+------------+---------------------------+----------------------------------+---------------+\n",
            "| ID | user_login | display_name              | user_email                       | roles         |\n+----+------------+---------------------------+----------------------------------+---------------+\n"]
    for i in range(ri(2, 4)):
        pp = Person(ch(LATIN_CULTS))
        rows += ["| ", str(i + 1), "  | ", N(ch(["editor", "shopmgr", "author"]) + str(ri(1, 9)), "username"), "    | ", nm(pp, "western"), " | ", E(pp), " | ",
                 ch(["administrator", "editor", "author", "shop_manager"]), " |\n"]
    rows += ["+----+------------+---------------------------+----------------------------------+---------------+"]
    return "wp_cli_table", "en", rows


@T("woocommerce_orders_csv")
def t_woo():
    rows = ["Order ID,Date,Status,Billing First Name,Billing Last Name,Billing Email,Billing Phone,Shipping Address 1,Shipping Postcode,Shipping City,Order Total\n"]
    cults = ch([("eu", "gl"), ("fy",), ("br",), ("af",), ("ec", "uy", "py")])
    for _ in range(ri(2, 3)):
        pp = Person(ch(cults))
        cc, pl = home(pp)
        l1, pc, city = addr_split(cc)
        rows += [N(str(ri(1000, 99999)), "order_number"), ",", neg("isodate"), ",", ch(["processing", "completed", "on-hold"]), ",", P(pp.given, pp.cult), ",",
                 P(pp.fam_all(), pp.cult), ",", E(pp), ",", phone(pl, style=ch(["nat", "e164"])), ',"', L("address", l1, sub=cc[:2]), '",',
                 L("address", pc, sub=cc[:2]) if pc else "", ",", city, ",", N("%d.%02d" % (ri(10, 500), ri(0, 99)), "amount"), "\n"]
    return "woocommerce_csv", "en", rows


@T("xero_contacts_csv")
def t_xero():
    rows = ["*ContactName,EmailAddress,FirstName,LastName,POAddressLine1,POPostalCode,POCity,MobileNumber,BankAccountNumber\n"]
    combos = [("fo", "FO"), ("kl", "GL"), ("hu", "HU"), ("bs", "BA"), ("me", "ME"), ("mk", "MK"), ("az", "AZ"), ("lb", "LB"), ("eg", "EG"), ("tn", "TN"), ("he", "IL"), ("cr", "CR")]
    for _ in range(ri(2, 3)):
        c, ib = ch(combos)
        if c == "cr":
            c = "do"
        pp = Person(c)
        cc, pl = home(pp)
        l1, pc, city = addr_split(cc)
        rows += [P(pp.western(), pp.cult), ",", E(pp), ",", P(pp.given_lat if c in ("mk", "eg", "he") else pp.given, pp.cult), ",",
                 P(pp.family_lat if c in ("mk", "eg", "he") else pp.fam_all(), pp.cult), ',"', L("address", l1, sub=cc[:2]), '",', L("address", pc, sub=cc[:2]) if pc else "", ",", city, ",",
                 phone(pl, style="intl"), ",", IB(ib if c != "do" else "CR", "compact"), "\n"]
    return "xero_csv", "en", rows


@T("sepa_pain001")
def t_pain001():
    payer_cc, org = ch([("HU", "Tisza Kft."), ("MC", "Riviera Yachting SAM"), ("AD", "Pirineu Assessors SL"), ("LI", "Alpenrhein Treuhand AG"),
                        ("ES", "Txingudi Elkartea"), ("NL", "Fryslân Zuivel BV"), ("FR", "Breizh Numerik SARL")])
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n<CstmrCdtTrfInitn>\n',
             "  <GrpHdr><MsgId>", N("PAY-%d-%04d" % (ri(2024, 2025), ri(1, 9999)), "message_id"), "</MsgId><CreDtTm>", neg("ts"), "</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>\n",
             "  <PmtInf>\n    <Dbtr><Nm>", org, "</Nm></Dbtr>\n    <DbtrAcct><Id><IBAN>", IB(payer_cc, "compact"), "</IBAN></Id></DbtrAcct>\n",
             "    <ReqdExctnDt><Dt>", neg("isodate"), "</Dt></ReqdExctnDt>\n"]
    for _ in range(ri(2, 3)):
        c, ib = ch([("hu", "HU"), ("bs", "BA"), ("me", "ME"), ("mk", "MK"), ("eu", "ES"), ("gl", "ES"), ("fy", "NL"), ("br", "FR"), ("fo", "FO"), ("kl", "GL"), ("ku", "AT")])
        pp = Person(c)
        parts += ["    <CdtTrfTxInf>\n      <Amt><InstdAmt Ccy=\"EUR\">", N("%d.%02d" % (ri(200, 5000), ri(0, 99)), "amount"), "</InstdAmt></Amt>\n",
                  "      <Cdtr><Nm>", P(pp.western(), c), "</Nm></Cdtr>\n      <CdtrAcct><Id><IBAN>", IB(ib, "compact"), "</IBAN></Id></CdtrAcct>\n",
                  "      <RmtInf><Ustrd>", ch(["Salary ", "Fee ", "Refund "]), ch(["03/2025", "Q1", "invoice 2217"]), "</Ustrd></RmtInf>\n    </CdtTrfTxInf>\n"]
    parts += ["  </PmtInf>\n</CstmrCdtTrfInitn>\n</Document>"]
    return "pain001_xml", "en", parts


@T("notebook_secrets")
def t_notebook():
    pp = Person(ch(LATIN_CULTS))
    return "jupyter_cell", "en", [
        "In [3]:\nimport os, wandb\nos.environ[\"KAGGLE_USERNAME\"] = \"", N(slug(pp.given_lat) + str(ri(10, 99)), "username"), "\"\nos.environ[\"KAGGLE_KEY\"] = \"", S("hex32"), "\"\n",
        "wandb.login(key=\"", S("wandb_key", rnd(R, HEX, 40)), "\")\nos.environ[\"REPLICATE_API_TOKEN\"] = \"", S("replicate"), "\"\nos.environ[\"GROQ_API_KEY\"] = \"", S("groq"), "\"\n",
        "# run by ", nm(pp, "western"), " on ", neg("isodate"), "\n\nOut[3]: wandb: Currently logged in as: ", N(slug(pp.given_lat) + "-lab", "username"), " (", ch(["team-tisza", "andes-ml"]), ")"]


@T("jupyter_server_log")
def t_jupyter():
    tok = secret10("hex48")
    ip = ip_str(ch(["v4priv", "v4pub"]))
    return "jupyter_log", "en", [
        "[I ", N("2025-%02d-%02d %02d:%02d:%02d.%03d" % (ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999)), "timestamp"), " ServerApp] Jupyter Server ", neg("version"), " is running at:\n",
        "[I ServerApp] http://", L("ip", ip, sub="v4priv" if ip.startswith(("10.", "172.", "192.168.")) else "v4pub"), ":8888/lab?token=", S("hex48", tok), "\n",
        "[I ServerApp]     http://", neg("loopback"), ":8888/lab?token=", S("hex48", tok), "\n",
        "[C ServerApp]\n    To access the server, open this file in a browser:\n        file:///home/ops/.local/share/jupyter/runtime/jpserver-", str(ri(1000, 99999)), "-open.html\n"]


@T("litellm_config")
def t_litellm():
    return "litellm_yaml", "en", [
        "model_list:\n  - model_name: llama-70b\n    litellm_params:\n      model: groq/llama-3.3-70b-versatile\n      api_key: ", S("groq"), "\n",
        "  - model_name: grok\n    litellm_params:\n      model: xai/grok-2\n      api_key: ", S("xai"), "\n",
        "  - model_name: sonar\n    litellm_params:\n      model: perplexity/sonar-pro\n      api_key: ", S("perplexity"), "\n",
        "  - model_name: gpt-4o-eu\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://", ch(["tisza-openai", "andes-aoai", "kona-ai"]), ".openai.azure.com/\n      api_key: ", S("hex32"), "\n",
        "general_settings:\n  master_key: sk-", S("litellm_master", rnd(R, ALNUM, 22)), "\n  database_url: postgresql://litellm:", S("password", pw_url()), "@", IP("v4priv"), ":5432/litellm\n",
        "litellm_settings:\n  success_callback: [\"langsmith\"]\nenvironment_variables:\n  LANGSMITH_API_KEY: ", S("langsmith"), "\n"]


@T("azure_local_settings")
def t_azure():
    acct = ch(["konastore", "tiszadata", "andesblob", "nilecargo01"])
    return "azure_local_settings_json", "en", [
        '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "python",\n',
        '    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=', acct, ';AccountKey=', S("azure_storage_key"), ';EndpointSuffix=core.windows.net",\n',
        '    "SqlConnection": "Server=tcp:', acct, '-sql.database.windows.net,1433;Database=orders;User ID=', svc(), ';Password=', S("password"), ';Encrypt=True;",\n',
        '    "ExportSas": "https://', acct, '.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&sig=', S("azure_sas_sig"), '",\n',
        '    "AZURE_CLIENT_ID": "', neg("uuid"), '",\n    "AZURE_CLIENT_SECRET": "', S("azure_client_secret"), '"\n  }\n}']


@T("notify_script")
def t_notify():
    pp = Person(ch(LATIN_CULTS))
    return "shell_script", "en", [
        "#!/usr/bin/env bash\n# deploy notifications — maintained by ", nm(pp, "western"), " (", E(pp), ")\nset -euo pipefail\n",
        "TEAMS_WEBHOOK=\"", S("teams_webhook"), "\"\nDISCORD_WEBHOOK=\"", S("discord_webhook"), "\"\n",
        "msg=\"Deployed $1 to prod (build ${BUILD_NUMBER})\"\ncurl -sf -H 'Content-Type: application/json' -d \"{\\\"text\\\": \\\"$msg\\\"}\" \"$TEAMS_WEBHOOK\"\n",
        "curl -sf -H 'Content-Type: application/json' -d \"{\\\"content\\\": \\\"$msg\\\"}\" \"$DISCORD_WEBHOOK\"\n"]


@T("hardhat_config")
def t_hardhat():
    return "hardhat_js", "en", [
        "require(\"@nomicfoundation/hardhat-toolbox\");\n\nmodule.exports = {\n  solidity: \"0.8.24\",\n  networks: {\n    sepolia: {\n",
        "      url: \"https://eth-sepolia.g.alchemy.com/v2/", S("alchemy"), "\",\n      accounts: [\"", S("eth_private_key"), "\"],\n    },\n",
        "    polygon: {\n      url: \"https://polygon-mainnet.infura.io/v3/", S("hex32"), "\",\n      accounts: [\"", S("eth_private_key"), "\"],\n    },\n  },\n",
        "  etherscan: { apiKey: \"", S("etherscan", rnd(R, UPALNUM, 34)), "\" },\n  // deployer: ", neg("eth_addr"), "\n};"]


@T("bitcoin_dumpwallet")
def t_dumpwallet():
    parts = ["# Wallet dump created by Bitcoin Core v", ch(["26.0.0", "27.1.0", "25.2.0"]), "\n# * Created on ", neg("ts"), "\n# * Best block at time of backup was ",
             str(ri(800000, 880000)), " (", N("00000000000000000" + rnd(R, HEX, 47), "block_hash"), "),\n\n"]
    for _ in range(ri(2, 3)):
        parts += [S("btc_wif"), " ", neg("ts"), " ", ch(["label=Savings", "change=1", "reserve=1", "label=", "hdkeypath=m/84'/0'/0'/0/%d" % ri(0, 40)]), " # addr=", neg("btc_addr"), "\n"]
    return "wallet_dump", "en", parts


@T("pgp_key_backup")
def t_pgp():
    pp = Person(ch(LATIN_CULTS))
    return "chat", "en", [
        "I exported my key with `gpg --export-secret-keys --armor` but importing on the new laptop fails. Output of --list-secret-keys on the old one:\n\n",
        "sec   ed25519 ", neg("isodate"), " [SC]\n      ", N(rnd(R, HEXU, 40), "gpg_fingerprint"), "\nuid           [ultimate] ", nm(pp, "western"), " <", E(pp), ">\n\n",
        "and the file:\n", S("pgp_private"), "\n"]


@T("gitlab_ci_variables")
def t_gitlabvars():
    return "gitlab_ci_variables_json", "en", [
        '[\n  {"key": "ALIBABA_CLOUD_ACCESS_KEY_ID", "value": "', S("alibaba_key_id"), '", "protected": true, "masked": true},\n',
        '  {"key": "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "value": "', S("alibaba_secret"), '", "protected": true, "masked": true},\n',
        '  {"key": "TENCENTCLOUD_SECRET_ID", "value": "', S("tencent_secret_id"), '", "protected": true, "masked": false},\n',
        '  {"key": "TENCENTCLOUD_SECRET_KEY", "value": "', S("tencent_secret_key"), '", "protected": true, "masked": true},\n',
        '  {"key": "YC_API_KEY", "value": "', S("yandex_cloud_api"), '", "protected": false, "masked": true},\n',
        '  {"key": "SCW_ACCESS_KEY", "value": "', S("scaleway_access"), '", "protected": true, "masked": false},\n',
        '  {"key": "SCW_SECRET_KEY", "value": "', S("uuid_secret"), '", "protected": true, "masked": true},\n',
        '  {"key": "DEPLOY_REGION", "value": "', ch(["cn-hangzhou", "ap-guangzhou", "ru-central1", "fr-par"]), '", "protected": false, "masked": false}\n]']


@T("cli_config_files")
def t_cliconf():
    pp = Person(ch(LATIN_CULTS))
    k = ch(["databricks", "circleci", "sonar", "netlify", "supabase", "jira", "buildkite", "planetscale", "docker", "figma"])
    if k == "databricks":
        body = ["$ cat ~/.databrickscfg\n[DEFAULT]\nhost  = https://adb-", str(ri(10 ** 15, 10 ** 16)), ".", str(ri(1, 19)), ".azuredatabricks.net\ntoken = ", S("databricks"), "\n\n[staging]\nhost  = https://dbc-", rnd(R, HEX, 8), ".cloud.databricks.com\ntoken = ", S("databricks"), "\n"]
    elif k == "circleci":
        body = ["$ cat ~/.circleci/cli.yml\nhost: https://circleci.com\nendpoint: graphql-unstable\ntoken: ", S("circleci"), "\n"]
    elif k == "sonar":
        body = ["# sonar-project.properties\nsonar.projectKey=", ch(["kona-shop", "andes-erp"]), "\nsonar.host.url=https://sonar.", ch(["tisza-kft.hu", "andesplast.ec"]), "\nsonar.token=", S("sonarqube"), "\n"]
    elif k == "netlify":
        body = ["$ cat ~/.config/netlify/config.json\n{\n  \"userId\": \"", N(rnd(R, HEX, 24), "netlify_user_id"), "\",\n  \"users\": {\"", N(rnd(R, HEX, 24), "netlify_user_id"), "\": {\"name\": \"", nm(pp, "western"),
                "\", \"email\": \"", E(pp), "\", \"auth\": {\"token\": \"", S("netlify"), "\"}}}\n}\n"]
    elif k == "supabase":
        body = ["$ supabase login --token ", S("supabase"), "\nYou are now logged in. Happy coding!\n$ supabase link --project-ref ", N(rnd(R, string.ascii_lowercase, 20), "project_ref"), " -p ", S("password", pw_url()), "\n"]
    elif k == "jira":
        body = ["$ cat ~/.config/.jira/.config.yml\nserver: https://", ch(["tiszakft", "andesplast", "kona"]), ".atlassian.net\nlogin: ", E(pp), "\nauth_type: basic\n# JIRA_API_TOKEN=", S("atlassian"), "\n"]
    elif k == "buildkite":
        body = ["$ export BUILDKITE_API_TOKEN=", S("buildkite"), "\n$ bk pipeline list --org ", ch(["tisza", "andes"]), "\n"]
    elif k == "planetscale":
        body = ["$ pscale connect orders main --service-token-id ", N(rnd(R, LOWALNUM, 12), "token_id"), " --service-token ", S("planetscale"), "\n"]
    elif k == "docker":
        body = ["$ echo ", S("dockerhub_pat"), " | docker login -u ", N(slug(pp.given_lat) + str(ri(10, 99)), "username"), " --password-stdin\nLogin Succeeded\n"]
    else:
        body = ["// figma-export.config.js — ", nm(pp, "western"), "\nmodule.exports = { token: '", S("figma"), "', fileKey: '", N(rnd(R, ALNUM, 22), "figma_file_key"), "' };\n"]
    return "cli_config", "en", ["Why does this not work?\n\n"] + body


@T("payment_gateway_settings")
def t_gateways():
    return "wp_options_dump", "en", [
        "$ wp option get woocommerce_gateways_settings --format=yaml\nmollie:\n  live_api_key: ", S("mollie"), "\n  test_api_key: test_", N(rnd(R, ALNUM, 30), "test_key"), "\n",
        "razorpay:\n  key_id: ", N("rzp_live_" + rnd(R, ALNUM, 14), "razorpay_key_id"), "\n  key_secret: ", S("razorpay_secret"), "\n",
        "flutterwave:\n  public_key: ", N("FLWPUBK-" + rnd(R, HEX, 32) + "-X", "publishable_key"), "\n  secret_key: ", S("flutterwave"), "\n",
        "braintree:\n  access_token: ", S("braintree"), "\n"]


@T("social_bot_config")
def t_socialbot():
    return "toml_config", "en", [
        "# bot.toml\n[facebook]\npage_id = \"", N(str(ri(10 ** 14, 10 ** 15)), "page_id"), "\"\npage_access_token = \"", S("facebook_token"), "\"\n\n",
        "[twitter]\nbearer_token = \"", S("twitter_bearer"), "\"\n\n[line]\nchannel_id = \"", N(str(ri(10 ** 9, 10 ** 10)), "channel_id"), "\"\nchannel_access_token = \"", S("line_channel_token"), "\"\n\n",
        "[wechat]\nappid = \"", N("wx" + rnd(R, HEX, 16), "wechat_appid"), "\"\nappsecret = \"", S("hex32"), "\"\n"]


# ---- chat exports ---------------------------------------------------------------

def clock():
    t = [ri(7, 21) * 60 + ri(0, 59)]

    def tick():
        t[0] += ri(1, 6)
        return "%02d:%02d" % divmod(t[0] % 1440, 60)
    return tick


@T("signal_export")
def t_signal():
    c = ch(["ru", "tt", "bs", "me", "kg", "uz"])
    a, b = two(c)
    tk = clock()
    day = "2025-%02d-%02d" % (ri(1, 12), ri(1, 28))
    cc, pl = home(a)
    if c == "ru" or c == "tt":
        lines = ["[", N(day + " " + tk(), "timestamp"), "] ", nm(a, "western"), ": Привет! Скинь, пожалуйста, адрес для доставки\n",
                 "[", N(day + " " + tk(), "timestamp"), "] ", nm(b, "western"), ": ", A("RU"), "\n",
                 "[", N(day + " " + tk(), "timestamp"), "] ", nm(b, "western"), ": получатель ", nm(b, "western"), ", тел. ", phone("RU"), "\n",
                 "[", N(day + " " + tk(), "timestamp"), "] ", nm(a, "western"), ": Принято 👍 Код подтверждения заказа ", N(str(ri(1000, 9999)), "otp_like"), "\n"]
        return "signal_export", "ru", lines
    lang = {"bs": "bs", "me": "sr", "kg": "ky", "uz": "uz"}[c]
    txt = {"bs": ("Pošalji mi adresu i broj za kurira", "Evo: ", "broj: "), "me": ("Pošalji mi adresu i broj za dostavu", "Evo: ", "telefon: "),
           "kg": ("Жеткирүү үчүн дарегиңизди жөнөтүңүзчү", "Дарегим: ", "тел.: "), "uz": ("Yetkazib berish uchun manzilingizni yuboring", "Manzil: ", "tel.: ")}[c]
    return "signal_export", lang, [
        "[", N(day + " " + tk(), "timestamp"), "] ", nm(a, "western"), ": ", txt[0], "\n",
        "[", N(day + " " + tk(), "timestamp"), "] ", nm(b, "western"), ": ", txt[1], A(cc), "\n",
        "[", N(day + " " + tk(), "timestamp"), "] ", nm(b, "western"), ": ", txt[2], phone(pl), "\n"]


@T("wechat_history")
def t_wechat():
    a, b = two("zh")
    d = "2025-%02d-%02d" % (ri(1, 12), ri(1, 28))
    tk = clock()

    def st():
        return N("%s %s:%02d" % (d, tk(), ri(0, 59)), "timestamp")
    return "wechat_export", "zh", [
        nm(a, "full"), " ", st(), "\n我换手机号了，新号码 ", phone("CN", style="nat"), "\n\n",
        nm(b, "full"), " ", st(), "\n好的。快递寄到哪里？\n\n",
        nm(a, "full"), " ", st(), "\n", A("CN"), "，收件人写", P(a.full(), "zh"), "就行\n\n",
        nm(b, "full"), " ", st(), "\n收到，订单号 ", neg("order"), "\n"]


@T("kakaotalk_export")
def t_kakao():
    a, b = two("ko")
    y, m, dd = ri(2024, 2025), ri(1, 12), ri(1, 28)
    tk = clock()

    def stamp():
        h, mi = map(int, tk().split(":"))
        return "%d년 %d월 %d일 %s %d:%02d" % (y, m, dd, "오전" if h < 12 else "오후", h if h <= 12 else h - 12, mi)
    return "kakaotalk_export", "ko", [
        "KakaoTalk Chats with ", P(b.given, "ko"), "\n저장한 날짜 : ", N("%d-%02d-%02d" % (y, m, dd), "non_birth_date"), "\n\n",
        N(stamp(), "timestamp"), ", ", P(a.given, "ko"), " : 이번 주 모임 연락처 정리해서 보내줄게\n",
        N(stamp(), "timestamp"), ", ", P(a.given, "ko"), " : ", nm(Person("ko"), "full"), " ", phone("KR", style="nat"), "\n",
        N(stamp(), "timestamp"), ", ", P(a.given, "ko"), " : ", nm(Person("ko"), "full"), " ", phone("KR", style="nat"), " / ", E(Person("ko")), "\n",
        N(stamp(), "timestamp"), ", ", P(b.given, "ko"), " : 고마워! 회비는 ", N("카카오뱅크 3333-%02d-%07d" % (ri(1, 99), ri(0, 9999999)), "bank_account"), " 로 보내면 돼\n"]


@T("zalo_export")
def t_zalo():
    a, b = two("vi")
    d = "%02d/%02d/2025" % (ri(1, 28), ri(1, 12))
    tk = clock()
    return "zalo_export", "vi", [
        "[", N(tk() + " " + d, "timestamp"), "] ", nm(a, "full"), ": Chị ơi cho em xin số tài khoản để chuyển tiền cọc nhé\n",
        "[", N(tk() + " " + d, "timestamp"), "] ", nm(b, "full"), ": STK ", N("%d %d %d" % (ri(1000, 9999), ri(1000, 9999), ri(1000, 9999)), "bank_account"), " Vietcombank, chủ TK ", P(latin(b.full()).upper(), "vi"), "\n",
        "[", N(tk() + " " + d, "timestamp"), "] ", nm(b, "full"), ": Địa chỉ nhận nhà: ", A("VN"), "\n",
        "[", N(tk() + " " + d, "timestamp"), "] ", nm(a, "full"), ": Dạ em gửi CCCD để làm hợp đồng: ", G(vn_cccd(bdate(1980, 2004), a.female), "vn_cccd"), "\n"]


@T("matrix_export_json")
def t_matrix():
    a, b = two(ch(["fo", "kl", "fy"]), ch(["fo", "kl", "fy"]))
    cc, pl = home(b)
    ha, hb = N("@%s:matrix.org" % ch(["sunbird42", "puffin", "nordlys", "tern_7"]), "matrix_handle"), N("@%s:%s" % (ch(["kayak", "skua", "fulmar"]), ch(["matrix.org", "envs.net"])), "matrix_handle")
    return "matrix_export_json", "en", [
        '{"room_name": "', ch(["Choir committee", "Boat club", "Flat 3B"]), '", "messages": [\n',
        '  {"type": "m.room.message", "sender": "', ha, '", "origin_server_ts": ', neg("epoch"), ', "content": {"msgtype": "m.text", "body": "Who has the new treasurer\'s details?"}},\n',
        '  {"type": "m.room.message", "sender": "', hb, '", "origin_server_ts": ', neg("epoch"), ', "content": {"msgtype": "m.text", "body": "', nm(b, "western"), ', ', phone(pl), ', ', E(b), '"}},\n',
        '  {"type": "m.room.message", "sender": "', hb, '", "origin_server_ts": ', neg("epoch"), ', "content": {"msgtype": "m.text", "body": "membership fees to ', IB(ch(["FO", "GL", "NL"])), ' please"}},\n',
        '  {"type": "m.room.member", "sender": "', ha, '", "content": {"membership": "join", "displayname": "', nm(a, "western"), '"}}\n]}']


@T("mattermost_paste")
def t_mattermost():
    a, b = two(ch(LATIN_CULTS), ch(LATIN_CULTS))
    tk = clock()
    return "mattermost_paste", "en", [
        nm(a, "western"), "  ", N(tk(), "time"), "\n@", N(ch(["oncall", "platform", "dba"]), "channel_mention"), " prod db creds rotated, new ones below (delete after reading)\n",
        "```\nPGHOST=", IP("v4priv"), "\nPGUSER=app_rw\nPGPASSWORD=", S("password"), "\n```\n",
        nm(b, "western"), "  ", N(tk(), "time"), "\nthanks. also the bot token for the status channel is ", S("mattermost_token"), " fyi\n"]


@T("rocketchat_history")
def t_rocket():
    a, b = two(ch(["cm", "sn", "cd", "mg"]), ch(["cm", "sn", "cd", "mg"]))
    cc, pl = home(a)
    return "rocketchat_json", "fr", [
        '{"messages":[\n  {"_id":"', N(rnd(R, ALNUM, 17), "message_id"), '","rid":"GENERAL","msg":"Bonjour, voici les coordonnées du nouveau fournisseur : ', nm(b, "western"), ', ', phone(home(b)[1]), '",',
        '"ts":"', neg("ts"), '","u":{"_id":"', N(rnd(R, ALNUM, 17), "user_id"), '","username":"', N(ch(["compta", "logistique", "direction"]), "username"), '","name":"', nm(a, "western"), '"}},\n',
        '  {"_id":"', N(rnd(R, ALNUM, 17), "message_id"), '","rid":"GENERAL","msg":"Adresse de livraison : ', A(cc), '","ts":"', neg("ts"), '","u":{"username":"', N("logistique", "username"), '","name":"', nm(a, "western"), '"}}\n],\n',
        '"success":true}\n\n# fetched with X-Auth-Token: ', S("rocketchat_token"), ' / X-User-Id: ', N(rnd(R, ALNUM, 17), "user_id")]


@T("google_chat_takeout")
def t_gchat():
    a, b = two(ch(LATIN_CULTS), ch(LATIN_CULTS))
    cc, pl = home(b)
    return "google_chat_json", "en", [
        '{\n  "messages": [\n    {\n      "creator": {"name": "', nm(a, "western"), '", "email": "', E(a), '", "user_type": "Human"},\n      "created_date": "', neg("ts"),
        '",\n      "text": "can you send me your home address for the secret santa parcel?"\n    },\n',
        '    {\n      "creator": {"name": "', nm(b, "western"), '", "email": "', E(b), '", "user_type": "Human"},\n      "created_date": "', neg("ts"),
        '",\n      "text": "sure: ', A(cc), ' (my mobile ', phone(pl), ' if the courier needs it)"\n    }\n  ]\n}']


@T("skype_export")
def t_skype():
    a, b = two(ch(["ru", "be", "az", "uz", "kg", "tt"]), ch(["ru", "az", "uz"]))
    cc, pl = home(a)
    dob = bdate(1960, 2004)
    return "skype_json", "en", [
        '{"userId": "8:live:.cid.', N(rnd(R, HEX, 16), "skype_cid"), '", "conversations": [{"displayName": "', nm(b, "western"), '", "MessageList": [\n',
        '  {"originalarrivaltime": "', neg("ts"), '", "from": "8:live:.cid.', N(rnd(R, HEX, 16), "skype_cid"), '", "displayName": "', nm(b, "western"), '", "content": "Send me your passport details for the visa invitation"},\n',
        '  {"originalarrivaltime": "', neg("ts"), '", "from": "8:live:.cid.', N(rnd(R, HEX, 16), "skype_cid"), '", "displayName": "', nm(a, "western"), '", "content": "',
        nm(a, "caps"), ', born ', D(dob, "en", ch(["dmy.", "dMy", None])), ', passport ', G(passport(), "passport"),
        (', PIN ' if a.cult == "kg" else ''), (G(kg_pin(dob, a.female), "kg_pin") if a.cult == "kg" else ''), ', phone ', phone(pl, style="intl"), '"}\n]}]}']


@T("threema_export")
def t_threema():
    a, b = two(ch(["fo", "kl", "fy", "af"]), ch(["fo", "kl", "fy", "af"]))
    cc, pl = home(a)
    d = "%02d/%02d/2025" % (ri(1, 28), ri(1, 12))
    tk = clock()
    return "threema_export", "en", [
        "[", N(d + ", " + tk(), "timestamp"), "] ", nm(b, "given"), ": did the landlord send the lease?\n",
        "[", N(d + ", " + tk(), "timestamp"), "] ", nm(a, "given"), ": yes, it's for ", A(cc), ", tenant ", nm(a, "western"), ", deposit to ", IB(ch(["FO", "GL", "NL"])), "\n",
        "[", N(d + ", " + tk(), "timestamp"), "] ", nm(a, "given"), ": call me on ", phone(pl), " if anything's off\n"]


@T("twitch_chat_log")
def t_twitch():
    pp = Person(ch(LATIN_CULTS))
    cc, pl = home(pp)
    tk = clock()
    return "twitch_chat", "en", [
        "[", N(tk(), "time"), "] <", N(ch(["nightowl_92", "kappa_king", "duckpond", "viewer4412"]), "handle"), "> pog\n",
        "[", N(tk(), "time"), "] <", N(ch(["lurker_x", "bananaboat77"]), "handle"), "> streamer pls giveaway\n",
        "[", N(tk(), "time"), "] <", N(ch(["sunnydays_", "mapleleaf3"]), "handle"), "> I won last week but never got the prize!! my name is ", nm(pp, "western"),
        " email ", E(pp), " ship to ", A(cc), "\n",
        "[", N(tk(), "time"), "] <", N("StreamElements", "bot_name"), "> @sunnydays_ please DM the mods, don't post personal info in chat\n"]


@T("zulip_message")
def t_zulip():
    a, b = two(ch(LATIN_CULTS), ch(LATIN_CULTS))
    return "zulip_json", "en", [
        '{"id": ', str(ri(10 ** 6, 10 ** 7)), ', "sender_full_name": "', nm(a, "western"), '", "sender_email": "', E(a), '", "stream_id": ', str(ri(1, 99)),
        ', "subject": "onboarding", "content": "Welcome ', nm(b, "given"), '! Your bot API key for the CI integration is `', S("zulip_api_key"), '` — reach ', nm(b, "given"), ' on ',
        phone(home(b)[1]) if b.cult in CULT_CC and home(b)[1] else phone("US"), ' for access.", "timestamp": ', neg("epoch"), '}']


@T("webex_transcript")
def t_webex():
    a, b = two(ch(["hu", "bs", "mk", "az", "uz"]), ch(["hu", "bs", "me", "az"]))
    cc, pl = home(b)
    dob = bdate(1960, 2004)
    return "webex_vtt", "en", [
        "WEBVTT\n\n1 \"", nm(a, "western"), "\" (", N(str(ri(10 ** 8, 10 ** 9)), "speaker_id"), ")\n00:00:03.120 --> 00:00:07.480\nThanks for joining, can you confirm your details for the record?\n\n",
        "2 \"", nm(b, "western"), "\" (", N(str(ri(10 ** 8, 10 ** 9)), "speaker_id"), ")\n00:00:08.010 --> 00:00:15.900\nSure, it's ", nm(b, "western"), ", date of birth ", D(dob, "en"),
        ", I live at ", A(cc), ".\n\n", "3 \"", nm(b, "western"), "\" (", N(str(ri(10 ** 8, 10 ** 9)), "speaker_id"), ")\n00:00:16.200 --> 00:00:19.000\nBest number is ", phone(pl), ".\n"]


@T("intercom_export")
def t_intercom():
    cust = Person(ch(LATIN_CULTS))
    agent = Person(ch(LATIN_CULTS))
    cc, pl = home(cust)
    return "intercom_json", "en", [
        '{"type": "conversation", "id": "', N(str(ri(10 ** 11, 10 ** 12)), "conversation_id"), '", "source": {"author": {"type": "user", "name": "', nm(cust, "western"), '", "email": "', E(cust), '"},',
        ' "body": "<p>Card got charged twice for order ', neg("order"), '. Card is ', CARD(ch(["visa", "mastercard", "mir", "unionpay", "meeza"])), '</p>"},\n',
        ' "conversation_parts": {"conversation_parts": [{"part_type": "comment", "author": {"type": "admin", "name": "', nm(agent, "western"), '"}, "body": "<p>Refund issued. Please never send full card numbers here.</p>"},',
        ' {"part_type": "comment", "author": {"type": "user", "name": "', nm(cust, "given"), '"}, "body": "<p>ok, call me at ', phone(pl), ' if needed</p>"}]}}']


@T("livechat_transcript")
def t_livechat():
    cust = Person(ch(LATIN_CULTS))
    cc, pl = home(cust)
    tk = clock()
    return "livechat_transcript", "en", [
        "Chat transcript — ", ch(["Kona Roasters", "Nordlýsið Travel", "Andes Plast"]), "\nVisitor: ", nm(cust, "western"), " (", E(cust), ")\nIP: ", IP(ch(["v4pub", "v6pub"])), "\n",
        "Started: ", neg("ts"), "\n\n", N(tk(), "time"), " Agent ", ch(["Ana", "Leo", "Sam"]), ": Hi! How can I help?\n",
        N(tk(), "time"), " ", nm(cust, "given"), ": my parcel went to the old address, new one is ", A(cc), "\n",
        N(tk(), "time"), " ", nm(cust, "given"), ": and my number changed to ", phone(pl), "\n"]


@T("reddit_modmail")
def t_reddit():
    pp = Person(ch(LATIN_CULTS))
    cc, pl = home(pp)
    return "reddit_modmail", "en", [
        "Modmail — r/", ch(["LostAndFound", "HawaiiHousing", "Kigali", "Montevideo"]), "\nu/", N(ch(["throwaway_81723", "sad_pineapple", "kite_runner_99"]), "handle"),
        ": please remove my post, I accidentally included my full name (", nm(pp, "western"), ") and my address ", A(cc), ", phone ", phone(pl), "\n",
        "u/", N("AutoModerator", "bot_name"), ": Your message has been received.\n"]


# ---- clean templates (hard negatives only) --------------------------------------

@C("clean_lookalike_notes")
def c_lookalikes():
    k = ch(["en", "hu", "ru", "vi", "es"])
    items = [("order", "order"), ("tracking", "s10"), ("UPS", "ups"), ("version", "version"), ("build", "winbuild"), ("CAS", "cas"), ("ISIN", "isin"),
             ("ship", "imo"), ("VIN", "vin"), ("IMEI", "imei"), ("commit", "sha1"), ("image", "sha256"), ("invoice", "invoice"), ("ticket", "ticket"), ("amount", "amount")]
    heads = {"en": "Notes for the handover:\n", "hu": "Jegyzet az átadáshoz:\n", "ru": "Заметки для передачи дел:\n", "vi": "Ghi chú bàn giao:\n", "es": "Notas para el traspaso:\n"}
    parts = [heads[k]]
    for lbl, tag in pick(items, ri(5, 8)):
        parts += ["- ", lbl, ": ", neg(tag), "\n"]
    return "notes", k, parts


@C("clean_config_placeholders")
def c_config():
    k = ch(["prom", "kafka", "litellm", "sssd", "azure", "hardhat"])
    if k == "prom":
        parts = ["scrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ['", neg("loopback"), ":9100']\n    basic_auth:\n      username: prom\n      password: ", neg("placeholder"), "\n"]
    elif k == "kafka":
        parts = ["bootstrap.servers=localhost:9092\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"", svc(), "\" password=\"", neg("placeholder"), "\";\n"]
    elif k == "litellm":
        parts = ["model_list:\n  - model_name: llama\n    litellm_params:\n      model: groq/llama-3.3-70b-versatile\n      api_key: os.environ/GROQ_API_KEY\ngeneral_settings:\n  master_key: ", neg("placeholder"), "\n"]
    elif k == "sssd":
        parts = ["[domain/example.com]\nldap_uri = ldaps://ldap.example.com\nldap_default_bind_dn = cn=", svc(), ",dc=example,dc=com\nldap_default_authtok = ", neg("placeholder"), "\n"]
    elif k == "azure":
        parts = ['{"IsEncrypted": false, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "python", "API_KEY": "', neg("placeholder"), '"}}']
    else:
        parts = ["module.exports = { networks: { sepolia: { url: process.env.SEPOLIA_RPC_URL, accounts: [process.env.PRIVATE_KEY] } }, etherscan: { apiKey: \"", neg("placeholder"), "\" } };\n// deployer ", neg("eth_addr"), "\n"]
    return "config", "en", ["Is this config OK? (real values are injected at deploy time)\n\n"] + parts


@C("clean_service_logs")
def c_logs():
    lines = []
    for _ in range(ri(3, 5)):
        lines += [neg("ts"), " ", ch(["nginx", "postgres", "redis", "kubelet", "caddy"]), "[", str(ri(100, 9999)), "]: ",
                  ch(["listening on ", "health check ok from ", "bound to ", "connection from "]), neg("loopback"), ":", neg("port"), " req=", neg("uuid"), "\n"]
    lines += ["netmask ", neg("netmask"), " gateway unset; image ", neg("sha256"), "\n"]
    return "log", "en", lines


@C("clean_product_catalogue")
def c_catalogue():
    rows = ["SKU;EAN;Description;Price;Weight\n"]
    for _ in range(ri(3, 6)):
        e = "590" + dg(9)
        e = e + str(_ean_cd(e))
        rows += [N("SKU-%s-%03d" % (rnd(R, string.ascii_uppercase, 3), ri(1, 999)), "sku"), ";", N(e, "ean13"), ";",
                 ch(["Teapot 1.2 l", "Rice cooker", "Yerba mate 500 g", "Vanilla pods 10 pcs", "Cashmere scarf", "Copper kettle"]), ";", neg("amount"), ";", "%d g\n" % ri(100, 5000)]
    return "csv", "en", rows


@C("clean_timetable")
def c_timetable():
    k = ch(["en", "fo", "hu", "vi"])
    head = {"en": "Departures", "fo": "Ferðaætlan", "hu": "Indulások", "vi": "Lịch khởi hành"}[k]
    lines = [head, "\n"]
    for _ in range(ri(4, 6)):
        lines += [N("%02d:%02d" % (ri(5, 23), ch([0, 10, 15, 30, 45])), "time"), "  ", neg("flight"), "  ", ch(["Tórshavn", "Budapest", "Hanoi", "Kigali", "Montevideo", "Nuuk", "Suva"]),
                  "  gate ", ch("ABCD"), str(ri(1, 30)), "\n"]
    return "timetable", k, lines


@C("clean_eponyms")
def c_eponyms():
    sents = [
        ("en", "We land at Heydar Aliyev International and take the metro to Nizami station."),
        ("hu", "A Liszt Ferenc repülőtérről a 100E busszal jutsz be az Astoriához, onnan gyalog a Kossuth térig."),
        ("vi", "Chuyến bay đến Thành phố Hồ Chí Minh hạ cánh lúc 14:05, sau đó đi đường Nguyễn Huệ."),
        ("es", "La oficina queda en la Avenida Simón Bolívar, frente al Estadio Centenario."),
        ("fr", "Rendez-vous à l'aéroport Blaise-Diagne puis au lycée Léopold-Sédar-Senghor."),
        ("en", "The conference is at the Tunku Abdul Rahman hall near the Juan Santamaría gate."),
        ("ru", "Встречаемся у памятника Пушкину на Пушкинской площади, потом в Третьяковскую галерею."),
        ("en", "Take the Nelson Mandela Bay turn-off, then follow signs to the Steve Biko hospital."),
        ("af", "Ons ry verby die Jan Smuts-lughawe en kuier by die Paul Kruger-standbeeld."),
        ("uz", "Amir Temur xiyobonidan Alisher Navoiy teatrigacha piyoda o'n daqiqa."),
        ("mk", "Автобусот застанува кај плоштадот Македонија и Спомен-куќата на Мајка Тереза."),
        ("he", "נפגשים בכיכר רבין ואחר כך הולכים לשדרות רוטשילד."),
        ("en", "The Puskás Aréna and the Ferenc Puskás stadium are not the same place any more."),
        ("es", "El barco zarpa del puerto Eusebio Ayala rumbo a la isla Juan Fernández."),
    ]
    chosen = pick(sents, ri(2, 4))
    parts = []
    for lang, s_ in chosen:
        parts += [N(s_, "eponym"), "\n"]
    return "notes", chosen[0][0], parts


@C("clean_name_as_word")
def c_nameword():
    sents = [
        ("ru", "Вера без дел мертва, а надежда умирает последней."), ("ru", "Любовь к музыке у него с детства."),
        ("vi", "Mùa xuân năm nay hoa đào nở sớm."), ("vi", "Thu này trời se lạnh, hoa lan trước nhà đã nở."),
        ("hu", "A virág mellett egy arany gyűrű feküdt a rózsa alatt."), ("eu", "Filmaren amaia ez zait gustatu."),
        ("sw", "Imani, amani na upendo ni msingi wa familia."), ("ko", "호수 위로 윤슬이 반짝였다."),
        ("he", "קראנו שירה בערב ואכלנו תמר מהעץ."), ("fa", "بهار امسال زودتر آمد."),
        ("uz", "Hovuzda nilufar gullari ochildi."), ("ky", "Чолпон-Ата жайында эс алабыз."),
        ("km", "Bopha means flower; the Bopha hotel is by the river."), ("en", "Peace and patience are what this project needs."),
        ("fr", "Merci pour la grâce et la merveille de ce concert."), ("az", "Günəşli havada Günel kafesinə getdik."),
    ]
    chosen = pick(sents, ri(2, 4))
    parts = []
    for lang, s_ in chosen:
        parts += [N(s_, "name_as_word"), "\n"]
    return "notes", chosen[0][0], parts


@C("clean_changelog")
def c_changelog():
    parts = ["## ", neg("version"), " (", neg("isodate"), ")\n"]
    for _ in range(ri(3, 5)):
        parts += ["- ", ch(["fix: retry on 503", "feat: add Faroese locale", "chore(deps): bump axios", "perf: cache DNS lookups", "docs: clarify proxy setup"]),
                  " (", N("#%d" % ri(100, 9999), "pr_number"), ", ", neg("sha1")[0:0] if False else N(rnd(R, HEX, 7), "short_hash"), ")", ch(["", " by @dependabot[bot]", " by @renovate[bot]"]), "\n"]
    return "changelog", "en", parts


@C("clean_lab_reference")
def c_labref():
    parts = ["Reference ranges (adult)\n"]
    for name, code, rng in pick([("Haemoglobin", "718-7", "130-170 g/L"), ("Creatinine", "2160-0", "60-110 µmol/L"), ("HbA1c", "4548-4", "20-42 mmol/mol"),
                                  ("Systolic BP", "8480-6", "< 140 mmHg"), ("Weight", "29463-7", "kg"), ("Glucose", "2345-7", "3.9-5.5 mmol/L")], 4):
        parts += ["- ", name, " (LOINC ", N(code, "loinc"), "): ", rng, "\n"]
    parts += ["Codes used in the template: ", neg("icd"), ", ", neg("icd"), "\n"]
    return "notes", "en", parts


@C("clean_block_explorer")
def c_explorer():
    return "log", "en", ["Transaction ", neg("tx_hash"), "\nStatus: Success   Block: ", str(ri(18000000, 21000000)), "   Timestamp: ", neg("ts"), "\nFrom: ", neg("eth_addr"), "\nTo: ", neg("eth_addr"),
                         "\nValue: ", str(ri(0, 9)), ".", dg(4), " ETH   Gas used: ", str(ri(21000, 300000)), "\nBTC payout address: ", neg("btc_addr"), "\n"]


@C("clean_ship_tracking")
def c_ships():
    parts = ["Vessel schedule\n"]
    for _ in range(ri(2, 4)):
        parts += [ch(["MV Norröna", "MSC Vega", "Smyril", "CMA CGM Tage"]), "  ", neg("imo"), "  MMSI ", N("%d" % ri(200000000, 799999999), "mmsi"), "  ETA ", neg("ts"),
                  "  container ", N("%s%s%07d" % (ch(["MSCU", "CMAU", "SMLU"]), "", ri(0, 9999999)), "container_number"), "\n"]
    return "notes", "en", parts


@C("clean_payment_help")
def c_payhelp():
    return "help_article", "en", [
        "Why was my card declined?\n- Your statement shows the card as ", neg("masked"), ".\n- A number like ", neg("luhn_bad"), " fails the check digit, so the form rejects it.\n",
        "- An IBAN such as ", neg("iban_bad"), " has a wrong check number.\n- Test mode keys look like ", neg("pubkey"), " and are safe to publish.\n",
        "Docs: ", neg("example_url"), "\n"]


@C("clean_blank_forms")
def c_blank():
    k = ch(["ru", "hu", "vi", "ar", "he", "fa", "th", "eu", "gl", "az", "uz", "mk", "bs", "af", "fo", "ja", "zh", "ko"])
    fields = {
        "ru": ["Фамилия", "Имя", "Отчество", "Дата рождения", "Адрес", "Телефон"], "hu": ["Név", "Születési hely, idő", "Anyja neve", "Lakcím", "Telefon"],
        "vi": ["Họ và tên", "Ngày sinh", "Số CCCD", "Địa chỉ", "Số điện thoại"], "ar": ["الاسم", "تاريخ الميلاد", "العنوان", "رقم الهاتف"],
        "he": ["שם פרטי", "שם משפחה", "תאריך לידה", "כתובת", "טלפון"], "fa": ["نام", "نام خانوادگی", "کد ملی", "نشانی", "تلفن"],
        "th": ["ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "โทรศัพท์"], "eu": ["Izen-abizenak", "Jaiotze-data", "NAN", "Helbidea", "Telefonoa"],
        "gl": ["Nome e apelidos", "Data de nacemento", "DNI", "Enderezo", "Teléfono"], "az": ["Soyadı", "Adı", "Doğum tarixi", "Ünvan", "Telefon"],
        "uz": ["Familiyasi", "Ismi", "Tug'ilgan sanasi", "Manzil", "Telefon"], "mk": ["Име и презиме", "Датум на раѓање", "ЕМБГ", "Адреса", "Телефон"],
        "bs": ["Ime i prezime", "Datum rođenja", "JMBG", "Adresa", "Telefon"], "af": ["Naam", "Geboortedatum", "ID-nommer", "Adres", "Selfoon"],
        "fo": ["Navn", "Føðingardagur", "Bústaður", "Telefon"], "ja": ["氏名", "生年月日", "住所", "電話番号"], "zh": ["姓名", "出生日期", "住址", "联系电话"],
        "ko": ["성명", "생년월일", "주소", "연락처"]}[k]
    parts = []
    for f_ in fields:
        parts += [f_, ": ", N(ch(["________________", "……………………", "[            ]", "<<" + "…" * 3 + ">>"]), "blank_field"), "\n"]
    parts += [ch(["Форма ", "Nyomtatvány ", "Mẫu ", "Form "]), N("%s-%02d" % (rnd(R, string.ascii_uppercase, 2), ri(1, 99)), "form_code"), "  ", N("v%d.%d" % (ri(1, 5), ri(0, 9)), "version")]
    return "blank_form", k, parts


@C("clean_statistics")
def c_stats():
    k = ch(["en", "hu", "ru"])
    if k == "hu":
        return "statistics", "hu", ["Élveszületések száma, ", N("2024. március", "non_birth_date"), ": ", str(ri(5000, 8000)), " (", N("%+.1f%%" % (R.uniform(-9, 5)), "percentage"), ")\n",
                                   "Legtöbb születés napja: ", N("2024. március %d." % ri(1, 28), "non_birth_date"), "\n"]
    if k == "ru":
        return "statistics", "ru", ["Родилось в ", N("марте 2024", "non_birth_date"), ": ", str(ri(90000, 120000)), " детей; пик пришёлся на ", N("%d марта" % ri(1, 28), "non_birth_date"), ".\n"]
    return "statistics", "en", ["Births registered in ", N("March 2024", "non_birth_date"), ": ", "{:,}".format(ri(1000, 5000)), "; busiest day ", N("%d March 2024" % ri(1, 28), "non_birth_date"),
                                " (", str(ri(60, 140)), " births). Next release: ", neg("isodate"), "\n"]


@C("clean_chat_generic")
def c_chat():
    k = ch(["en", "vi", "ru", "hu", "ar"])
    msgs = {"en": ["did the deploy finish?", "yes, build ", "cool, closing ticket "], "vi": ["deploy xong chưa?", "xong rồi, bản ", "ok, đóng ticket "],
            "ru": ["деплой закончился?", "да, сборка ", "ок, закрываю тикет "], "hu": ["lefutott a deploy?", "igen, build ", "oké, lezárom a jegyet: "],
            "ar": ["هل انتهى النشر؟", "نعم، الإصدار ", "تمام، سأغلق التذكرة "]}[k]
    tk = clock()
    return "chat_export", k, ["[", N(tk(), "time"), "] Me: ", msgs[0], "\n[", N(tk(), "time"), "] Admin: ", msgs[1], neg("version"), "\n[", N(tk(), "time"), "] Me: ", msgs[2], neg("ticket"), "\n"]


@C("clean_dns_network")
def c_network():
    return "shell_session", "en", [
        "$ ip -4 addr show lo\n    inet ", neg("loopback"), "/8 scope host lo\n$ cat /etc/hosts\n", neg("loopback"), " localhost\n::1 localhost ip6-localhost\n",
        "$ ip route\n(no default route; netmask ", neg("netmask"), ")\n$ docker inspect --format '{{.Id}}' web\n", N(rnd(R, HEX, 64), "container_id"), "\n"]


# ---------------------------------------------------------------- assistant requests
# (language, request); the pasted text follows (or, for "after", precedes) it.
WRAPS = [
    ("en", "Can you summarise this for me?"), ("en", "Extract the fields below into JSON, please:"), ("en", "What's wrong with this config?"),
    ("en", "Turn this into a tidy table:"), ("en", "Draft a polite reply to this:"),
    ("ru", "Можешь кратко пересказать, что здесь написано?"), ("ru", "Переведи, пожалуйста, на английский:"),
    ("hu", "Össze tudnád foglalni ezt röviden?"), ("hu", "Fordítsd le angolra, kérlek:"),
    ("vi", "Bạn có thể tóm tắt đoạn này giúp mình không?"), ("ar", "هل يمكنك تلخيص هذا النص؟"), ("he", "תוכל לסכם לי את זה?"),
    ("fa", "می‌توانی این را برایم خلاصه کنی؟"), ("th", "ช่วยสรุปข้อความนี้ให้หน่อยได้ไหม"), ("hi", "क्या आप इसका सारांश बता सकते हैं?"),
    ("bn", "এটা কি একটু সংক্ষেপে বুঝিয়ে দিতে পারবেন?"), ("ur", "کیا آپ اس کا خلاصہ کر سکتے ہیں؟"), ("ta", "இதைச் சுருக்கமாகச் சொல்ல முடியுமா?"),
    ("te", "దీన్ని క్లుప్తంగా చెప్పగలరా?"), ("ml", "ഇതൊന്ന് ചുരുക്കി പറയാമോ?"), ("pa", "ਕੀ ਤੁਸੀਂ ਇਸ ਦਾ ਸਾਰ ਦੱਸ ਸਕਦੇ ਹੋ?"),
    ("eu", "Laburtu al dezakezu hau?"), ("gl", "Podes resumirme isto?"), ("cy", "Allwch chi grynhoi hwn i mi?"),
    ("ga", "An féidir leat é seo a achoimriú dom?"), ("af", "Kan jy dit vir my opsom?"), ("az", "Bunu mənim üçün qısaca xülasə edə bilərsən?"),
    ("uz", "Buni qisqacha xulosa qilib bera olasizmi?"), ("mk", "Можеш ли да го сумираш ова?"), ("bs", "Možeš li mi ovo ukratko sažeti?"),
    ("ka", "შეგიძლია ეს მოკლედ შეაჯამო?"), ("hy", "Կարո՞ղ ես սա ամփոփել։"), ("mg", "Azonao atao ve ny mamintina ity?"),
    ("km", "តើអ្នកអាចសង្ខេបអត្ថបទនេះបានទេ?"), ("my", "ဒါကို အကျဉ်းချုပ်ပေးနိုင်မလား။"), ("be", "Можаш коратка пераказаць гэта?"),
    ("ky", "Муну кыскача түшүндүрүп бере аласызбы?"), ("ko", "이거 영어로 번역해 줄 수 있어?"), ("zh", "请帮我把下面的内容整理成表格："),
    ("ja", "以下の内容を英語に翻訳してください："), ("fo", "Kanst tú samanfata hetta fyri meg?"), ("fy", "Kinst dit foar my gearfetsje?"),
]


def wrap(parts, lang_doc):
    lw, req = ch(WRAPS) if chance(0.7) else ch([w for w in WRAPS if w[0] == lang_doc] or WRAPS)
    sty = ri(0, 3)
    if sty == 0:
        return [req, "\n\n", parts], lw
    if sty == 1:
        return [req, "\n```\n", parts, "\n```"], lw
    if sty == 2:
        return [parts, "\n\n", req], lw
    return ["User: ", req, "\n\"\"\"\n", parts, "\n\"\"\""], lw


# ---------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def neg_spans(parts):
    out, pos = [], 0
    from corpuslib import _walk
    for p in _walk(parts):
        if isinstance(p, str):
            pos += len(p)
        elif isinstance(p, L):
            pos += len(p.value)
        elif isinstance(p, N):
            out.append((pos, pos + len(p.text), p.tag))
            pos += len(p.text)
    return out


def validate(rec, parts):
    """Every value obeys its rule, and nothing that looks like a labelled kind is left unlabelled."""
    check_record(rec)
    t = rec["text"]
    cov = [False] * len(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            cov[i] = True
        v, ty, sub = sp["value"], sp["type"], sp.get("sub")
        if ty == "card":
            assert luhn_ok(re.sub(r"\D", "", v)), rec["id"]
        elif ty == "iban":
            assert iban_ok(v), (rec["id"], v)
        elif ty == "gov_id":
            assert GOV_OK[sub](v), (rec["id"], sub, v)
        elif ty == "ip":
            assert ip_ok(v), (rec["id"], v)
        elif ty == "email":
            assert EMAIL_RE.fullmatch(v) or "%40" in v, (rec["id"], v)
        elif ty == "phone":
            assert "region" in sp, rec["id"]
        elif ty == "secret" and sub == "btc_wif":
            assert b58check_ok(v), rec["id"]
    ncov = [None] * len(t)
    for a, b, tag in neg_spans(parts):
        for i in range(a, b):
            ncov[i] = tag
    for m in EMAIL_RE.finditer(t):
        assert all(cov[m.start():m.end()]), ("unlabelled e-mail", rec["id"], m.group(0))
    for m in IPV4_RE.finditer(t):
        octs = [int(x) for x in m.groups()]
        if max(octs) > 255 or all(cov[m.start():m.end()]):
            continue
        if octs[0] in (0, 127) or octs[0] == 255 or octs[3] in (0, 255):
            continue
        raise AssertionError(("unlabelled IPv4", rec["id"], m.group(0)))
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            for w in re.split(r"[\s,/^]+", sp["value"]):
                w = w.strip(".()")
                if len(w) > 2 and w.lower() not in PARTICLES:
                    words.add(w)
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
            if ncov[m.start()] == "eponym":
                continue
            assert all(cov[m.start():m.end()]), ("unlabelled name word", rec["id"], w)


# ---------------------------------------------------------------- assembly
def draw(fn):
    form, lang, parts = fn()
    rec = build("x", form, lang, parts)
    validate(rec, parts)
    cnt = Counter(sp["type"] for sp in rec["spans"])
    return form, lang, parts, cnt


def generate():
    R.seed(SEED)
    nlab = NREC - NCLEAN
    pools = []
    for name, fn in TEMPLATES:
        pools.append((name, [draw(fn) for _ in range(POOL)]))
    chosen, used = [], Counter()
    tot = Counter()
    for name, cands in pools:
        for c in cands[:KEEP_PER_TEMPLATE]:
            chosen.append((name, c))
            used[name] += 1
            tot.update(c[3])
    rest = [(name, i, c) for name, cands in pools for i, c in enumerate(cands) if i >= KEEP_PER_TEMPLATE]
    types = list(TARGET)
    while len(chosen) < nlab:
        k = len(chosen) + 1
        want = {t_: TARGET[t_] * k / nlab for t_ in types}
        best, bi = None, None
        for j, (name, i, c) in enumerate(rest):
            if c is None or used[name] >= MAX_PER_TEMPLATE:
                continue
            score = sum(((tot[t_] + c[3][t_]) - want[t_]) ** 2 / TARGET[t_] for t_ in types)
            score += SPREAD * used[name] + (EN_PENALTY if c[1] == "en" else 0.0)
            if best is None or score < best:
                best, bi = score, j
        name, i, c = rest[bi]
        rest[bi] = (name, i, None)
        chosen.append((name, c))
        used[name] += 1
        tot.update(c[3])
    cleans = []
    order = list(range(len(CLEAN)))
    while len(cleans) < NCLEAN:
        R.shuffle(order)
        for i in order:
            if len(cleans) < NCLEAN:
                name, fn = CLEAN[i]
                cleans.append((name, draw(fn)))
    allr = chosen + cleans
    R.shuffle(allr)
    nwrap = round(NREC * WRAP_SHARE)
    wrapped = set(R.sample(range(NREC), nwrap))
    recs, meta = [], []
    for i, (name, (form, lang, parts, cnt)) in enumerate(allr):
        wl = None
        if i in wrapped:
            parts, wl = wrap(parts, lang)
        rec = build("%s%05d" % (PREFIX, i), form, lang, parts)
        validate(rec, parts)
        assert bool(rec["spans"]) == (name not in dict(CLEAN)), name
        recs.append(rec)
        meta.append((name, wl))
    return recs, meta


def phones_of(recs):
    out = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                out.append((sp["value"], sp["region"], sp.get("plan", "")))
    return out


def stats(recs, meta):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("by type:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("wrapped: %d in %d request languages" % (sum(1 for m in meta if m[1]), len(set(m[1] for m in meta if m[1]))))
    print("labelled templates used: %d, clean templates used: %d" % (len(set(m[0] for m in meta if m[0] in dict(TEMPLATES))),
                                                                    len(set(m[0] for m in meta if m[0] in dict(CLEAN)))))
    print("forms: %d" % len(set(r["form"] for r in recs)))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    per = Counter(m[0] for m in meta)
    print("per template:", ", ".join("%s %d" % kv for kv in sorted(per.items())))
    for t_ in ("person", "gov_id", "secret", "phone", "address", "iban", "card", "ip"):
        c = Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t_)
        print("%s subs (%d): %s" % (t_, len(c), ", ".join("%s %d" % kv for kv in c.most_common())))
    plans = Counter(sp.get("plan", sp.get("region")) for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("phone plans (%d): %s" % (len(plans), ", ".join("%s %d" % kv for kv in plans.most_common())))
    negs = Counter(t_ for r in recs for t_ in r.get("neg", []))
    print("neg tags (%d): %s" % (len(negs), ", ".join("%s %d" % kv for kv in negs.most_common())))
    words = set()
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "person":
                for w in re.split(r"[\s,/^]+", sp["value"]):
                    if len(w.strip(".()")) > 1:
                        words.add(w.strip(".()"))
    print("distinct person name words: %d" % len(words))


def main():
    args = sys.argv[1:]
    recs, meta = generate()
    if "--stats" in args:
        stats(recs, meta)
        return 0
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)
    bad = pv_check(phones_of(recs))
    if bad is None:
        print("note: /tmp/pv/pv missing, phones not re-validated with libphonenumber")
    elif bad:
        print("\n".join(bad[:20]))
        print("FAIL: %d phones rejected by libphonenumber" % len(bad))
        return 1
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        for line in cur.splitlines():
            check_record(json.loads(line))
        if cur != text:
            print("FAIL: %s differs from what the generator writes" % OUT)
            return 1
        print("OK: %d records, %d labels, file matches, every record passes the checks%s" % (
            len(recs), sum(len(r["spans"]) for r in recs), "" if bad is None else ", every phone valid in libphonenumber"))
        return 0
    write_jsonl(OUT, recs)
    print("wrote %s: %d records, %d labels" % (OUT, len(recs), sum(len(r["spans"]) for r in recs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
