#!/usr/bin/python3
"""Held-out part 12 of the redaction corpus (heldout12.jsonl).

Written by a tenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the lists of forms, languages, name cultures, formats and
hard negatives parts 1-11 use), lines 1-60 of gen_heldout11.py (header and
constants) and its function `pv_check`, and, outside the repository, the
20-line source of the phone validator /tmp/pv/pv.cc (its third input field
is the plan); not the redactor, its docs, its tests, the other generators or
any other part's data. It ran no project binary, no make and no git command.
Rules broken: the listing of gen_heldout11.py asked for `pv_check` (sed -n
2343,2400p) also showed the ~45 lines after it, that generator's `stats`
and `main`; their CLI layout (rewrite / --check / --stats) is imitated here,
as the brief asked for the same CLI, nothing else was taken. `pv_check` is
reused as is. It was written between 07:14 and 07:32 UTC on 2026-12-02
(the clock; the helper believed it took longer).
Every name, street, template, frame and request here was written by hand
for this part (`pv_check` is reused as is). Deterministic (seed 120577).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout12.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout12.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout12.py --stats   # counts
"""
import base64
import datetime
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_make, iban_random, IBAN_SPEC,
                       IBAN_LEN, group, ssn_random, itin_random, nino_random,
                       nhs_random, nhs_ok, steuerid_random, steuerid_ok, nir_random,
                       nir_ok, cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, pan_random, secret_random, rnd, ALNUM, URLSAFE,
                       B64, B32)

SEED = 120577
OUT = os.path.join(HERE, "heldout12.jsonl")
PREFIX = "heldout-l-"
NREC = 800
NCLEAN = 200
KEEP = 2            # every labelled template gives at least this many records
MAXT = 16           # and at most this many
POOL = 16           # candidates drawn per labelled template
WRAP = 120          # records wrapped in an assistant request (15 %)
R = random.Random(SEED)
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPN = string.ascii_uppercase + string.digits
LOWN = string.ascii_lowercase + string.digits
TARGET = {"person": 1300, "phone": 450, "email": 380, "address": 300, "secret": 280,
          "dob": 240, "gov_id": 120, "ip": 100, "iban": 65, "card": 50}


def ch(xs):
    return R.choice(xs)


def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nzd(n):
    return R.choice("123456789") + dg(n - 1)


def maybe(p=0.5):
    return R.random() < p


def bday(lo=1940, hi=2008):
    d0 = datetime.date(lo, 1, 1).toordinal()
    d1 = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def recent(lo=2023, hi=2025):
    return bday(lo, hi)


# ------------------------------------------------------------------ ascii
TRANS = str.maketrans({"à": "a", "á": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "è": "e",
                       "é": "e", "ê": "e", "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i",
                       "ò": "o", "ó": "o", "ô": "o", "ö": "o", "õ": "o", "ù": "u", "ú": "u",
                       "û": "u", "ü": "u", "ç": "c", "ñ": "n", "ł": "l", "ś": "s", "ż": "z",
                       "ź": "z", "ó": "o", "ę": "e", "ą": "a", "ć": "c", "ń": "n", "š": "s",
                       "ž": "z", "č": "c", "ë": "e", "ɛ": "e", "ɣ": "g", "ḍ": "d", "ṭ": "t",
                       "ẓ": "z", "ṛ": "r", "'": "", "’": "", "-": "", " ": "", ".": ""})


def asc(s):
    return s.lower().translate(TRANS)


# ------------------------------------------------------------------ names
# Hand-written for this part. Each culture: lang, country, name builder.
NM = {
    # Malaysian Tamil: patronymic with a/l (anak lelaki) and a/p (anak perempuan)
    "mytamil": dict(
        m=[("Saravanan", "சரவணன்"), ("Thinagaran", "தினகரன்"), ("Kumaresan", "குமரேசன்"),
           ("Sivabalan", "சிவபாலன்"), ("Manimaran", "மணிமாறன்"), ("Ganesan", "கணேசன்"),
           ("Yogeswaran", "யோகேஸ்வரன்")],
        f=[("Thilagavathy", "திலகவதி"), ("Kalaivani", "கலைவாணி"), ("Malarvili", "மலர்விழி"),
           ("Revathi", "ரேவதி"), ("Pavithra", "பவித்ரா"), ("Sumathi", "சுமதி")],
        fa=[("Muniandy", "முனியாண்டி"), ("Subramaniam", "சுப்பிரமணியம்"), ("Rajoo", "ராஜு"),
            ("Arumugam", "ஆறுமுகம்"), ("Krishnan", "கிருஷ்ணன்"), ("Velayutham", "வேலாயுதம்"),
            ("Sinnathamby", "சின்னத்தம்பி")]),
    # Kerala Syrian Christians: house name, given name, father's name
    "syro": dict(
        m=[("Kurian", "കുര്യൻ"), ("Chacko", "ചാക്കോ"), ("Varghese", "വർഗീസ്"), ("Mathai", "മത്തായി"),
           ("Ouseph", "ഔസേപ്പ്"), ("Lukose", "ലൂക്കോസ്")],
        f=[("Mariamma", "മറിയാമ്മ"), ("Annamma", "അന്നമ്മ"), ("Aleyamma", "ഏലിയാമ്മ"),
           ("Susamma", "സൂസമ്മ"), ("Rincy", "റിൻസി"), ("Jincy", "ജിൻസി")],
        house=[("Puthenpurackal", "പുത്തൻപുരയ്ക്കൽ"), ("Kallarackal", "കല്ലറയ്ക്കൽ"),
               ("Thekkekara", "തെക്കേക്കര"), ("Vadakkel", "വടക്കേൽ"), ("Chirayil", "ചിറയിൽ"),
               ("Madathil", "മഠത്തിൽ")]),
    "parsi": dict(
        m=[("Jehangir", "જહાંગીર"), ("Rustom", "રુસ્તમ"), ("Dinshaw", "દિનશા"), ("Farokh", "ફરોખ"),
           ("Kaizad", "કૈઝાદ"), ("Behram", "બહેરામ")],
        f=[("Perin", "પેરીન"), ("Shirin", "શિરીન"), ("Zenobia", "ઝેનોબિયા"), ("Delnaz", "ડેલનાઝ"),
           ("Roshan", "રોશન"), ("Khorshed", "ખોરશેદ")],
        fam=[("Daruwalla", "દારૂવાલા"), ("Batliwala", "બાટલીવાલા"), ("Bharucha", "ભરૂચા"),
             ("Sethna", "સેઠના"), ("Kotwal", "કોટવાલ"), ("Dastur", "દસ્તુર"), ("Mistry", "મિસ્ત્રી")]),
    "goan": dict(
        m=["Agnelo", "Santan", "Inacio", "Menino", "Joaquim", "Caetano", "Diogo"],
        f=["Milagrina", "Filomena", "Conceicao", "Assunta", "Benedita", "Lavina", "Rosy"],
        fam=["Fernandes", "D'Souza", "Colaco", "Furtado", "Menezes", "Gonsalves", "Cardozo", "Vaz"]),
    "mizo": dict(
        m=["Lalthanzuala", "Zothanpuia", "Vanlalruata", "Lalremsiama", "Rohmingliana", "Lalbiakzuala"],
        f=["Lalrinpuii", "Malsawmtluangi", "Lalnunmawii", "Lalhmingsangi", "Vanlalhriati", "Zonunsangi"]),
    "meitei": dict(
        m=["Tomba", "Rajen", "Premchand", "Ibobi", "Sanajaoba", "Bikramjit"],
        f=["Bidyarani", "Ibemhal", "Sanatombi", "Memcha", "Thoibi", "Linthoingambi"],
        fam=["Ningthoujam", "Laishram", "Thokchom", "Khumanthem", "Wangkhem", "Oinam", "Konsam", "Sagolsem"]),
    "khasi": dict(
        m=["Banshanlang", "Iohborlang", "Kyrshanlang", "Ibadahun", "Wanshwa", "Lamphrang"],
        f=["Ibandarisha", "Wanphira", "Badapbiang", "Daiaphira", "Ridalin", "Pynhunlang"],
        fam=["Lyngdoh", "Kharkongor", "Marbaniang", "Nongrum", "Warjri", "Kharbuli", "Nongbri", "Mawlong"]),
    "hmong": dict(
        m=["Tou", "Chue", "Yia", "Blong", "Neng", "Tong", "Pheng"],
        f=["Xee", "Pa", "Mai", "Nou", "Kia", "Bao", "Youa"],
        fam=[("Vang", "Vaj"), ("Lor", "Lauj"), ("Yang", "Yaj"), ("Xiong", "Xyooj"), ("Moua", "Muas"),
             ("Her", "Hawj"), ("Thao", "Thoj"), ("Lee", "Lis")]),
    "pashtun": dict(
        m=[("Sher Afzal", "شیرافضل"), ("Gul Badshah", "ګل بادشاه"), ("Asfandyar", "اسفندیار"),
           ("Zarwali", "زرولي"), ("Noor Zaman", "نور زمان"), ("Hamayun", "همایون")],
        f=[("Zarmina", "زرمینه"), ("Nazia", "نازیه"), ("Palwasha", "پلوشه"), ("Shazia", "شازیه"),
           ("Bakhtawara", "بختاوره"), ("Gulalai", "ګلالۍ")],
        fam=[("Khattak", "خټک"), ("Yousafzai", "یوسفزی"), ("Afridi", "اپریدی"), ("Mohmand", "مومند"),
             ("Bangash", "بنګښ"), ("Orakzai", "اورکزی"), ("Shinwari", "شینواری")]),
    "ossetian": dict(
        m=["Алан", "Сослан", "Аслан", "Тамерлан", "Казбек", "Хетаг", "Батраз"],
        f=["Залина", "Фатима", "Мадина", "Зарина", "Алана", "Дзерасса", "Ирина"],
        fam=["Гаглоев", "Цаллагов", "Дзасохов", "Кочиев", "Бестаев", "Тедеев", "Гасиев", "Дзуцев"],
        pat=["Русланович", "Таймуразович", "Эльбрусович", "Сергеевич", "Георгиевич"]),
    "bashkir": dict(
        m=["Рәмил", "Ильшат", "Азат", "Айбулат", "Ирек", "Салауат"],
        f=["Айгиҙә", "Гөлназ", "Ләйсән", "Зөһрә", "Гүзәл", "Әлфиә"],
        fam=["Ғәлиев", "Йосопов", "Ҡаһарманов", "Мөхәмәтйәнов", "Ишмөхәмәтов", "Бикбаев", "Ҡолсаринов"]),
    "dagestan": dict(
        m=["Магомед", "Шамиль", "Гусейн", "Арсен", "Абдулла", "Гаджимурад"],
        f=["Патимат", "Хадижат", "Зайнаб", "Асият", "Муслимат", "Аминат"],
        fam=["Гаджиев", "Абдулаев", "Омаров", "Курбанов", "Магомедов", "Нурмагомедов", "Алибеков", "Гасанов"],
        pat=["Магомедович", "Ахмедович", "Омарович", "Расулович", "Шамилевич"]),
    "sephardic": dict(
        m=["Moshe", "Yako", "Avraam", "Isak", "Shaul", "Mordohay"],
        f=["Rivka", "Bienvenida", "Estrea", "Sol", "Djoya", "Reina"],
        fam=["Benveniste", "Alkalay", "Saporta", "Behar", "Kamhi", "Nahmias", "Pardo", "Eskenazi"]),
    "cornish": dict(
        m=["Jago", "Piran", "Conan", "Denzel", "Peder", "Cadan"],
        f=["Tamsin", "Morwenna", "Kerensa", "Demelza", "Elowen", "Lowena"],
        fam=["Trelawny", "Penrose", "Tregenza", "Pascoe", "Nancarrow", "Polglase", "Trevail", "Chenoweth"]),
    "occitan": dict(
        m=["Bernat", "Guilhèm", "Pèire", "Ramon", "Marcèl", "Jòrdi"],
        f=["Estela", "Mirelha", "Joana", "Rosalina", "Clamença", "Magali"],
        fam=["Cazaux", "Bordenave", "Laffitte", "Pujol", "Lacaze", "Dufau", "Sarrailh", "Castagnet"]),
    "sardinian": dict(
        m=["Gavino", "Efisio", "Giommaria", "Bainzu", "Antioco", "Salvatore"],
        f=["Bonaria", "Tonina", "Grazietta", "Itria", "Ignazia", "Mariangela"],
        fam=["Pinna", "Sanna", "Deiana", "Porcu", "Pintus", "Mura", "Cossu", "Fadda"]),
    "friulian": dict(
        m=["Checo", "Meni", "Tite", "Bepi", "Pieri", "Zuan"],
        f=["Nene", "Vigjute", "Mariute", "Catine", "Bete", "Ane"],
        fam=["Del Fabbro", "Tomat", "Zanier", "Puntel", "Bearzi", "Cimenti", "Pittana", "Candotti"]),
    "walloon": dict(
        m=["Marcel", "Jean-Pierre", "Léon", "Albert", "Émile", "Ghislain"],
        f=["Josée", "Ghislaine", "Marie-Claire", "Nadine", "Christiane", "Bernadette"],
        fam=["Dethier", "Wathelet", "Delvaux", "Thonon", "Collignon", "Hanquet", "Lhoest", "Dumoulin"]),
    "limburg": dict(
        m=["Sjef", "Har", "Pie", "Jeu", "Toon", "Sjraar"],
        f=["Truus", "Mieke", "Lies", "Tinie", "Netty", "Mia"],
        fam=["Vluggen", "Ramakers", "Coumans", "Lemmens", "Vossen", "Wetzels", "Bemelmans", "Schoenmaekers"]),
    "kashub": dict(
        m=["Kazimierz", "Józef", "Tomasz", "Bernard", "Zbigniew", "Gerard"],
        f=["Halina", "Bożena", "Teresa", "Grażyna", "Urszula", "Danuta"],
        fam=[("Formela", "Formela"), ("Bigus", "Bigus"), ("Labuda", "Labuda"), ("Necel", "Necel"),
             ("Kreft", "Kreft"), ("Konkel", "Konkel"), ("Kiedrowski", "Kiedrowska"), ("Gruchała", "Gruchała"),
             ("Treder", "Treder"), ("Wica", "Wica")]),
    "swiss": dict(
        m=["Ueli", "Reto", "Beat", "Urs", "Jürg", "Hansruedi"],
        f=["Vreni", "Kathrin", "Mirjam", "Rösli", "Barbara", "Corinne"],
        fam=["Bärtschi", "Zürcher", "Ammann", "Hügli", "Wyss", "Stucki", "Egli", "Zbinden"]),
    "frisian_e": dict(
        m=["Hinnerk", "Tjark", "Ubbo", "Okko", "Enno", "Remmer"],
        f=["Frauke", "Wiebke", "Imke", "Tomke", "Hilke", "Gesine"],
        fam=["Janssen", "Eilers", "Harms", "Tjaden", "Ubben", "Onken", "Hinrichs", "Gerdes"]),
    "amish": dict(
        m=["Amos", "Levi", "Eli", "Mervin", "Samuel", "Benuel"],
        f=["Sadie", "Katie", "Rebecca", "Malinda", "Annie", "Lydia"],
        fam=["Stoltzfus", "Beiler", "Lapp", "Esh", "Zook", "Glick", "Riehl", "Fisher"]),
    "cajun": dict(
        m=["Clovis", "Théodule", "Rémy", "Alcide", "Ulysse", "Lastie"],
        f=["Odile", "Eulalie", "Noelie", "Agnès", "Marie-Ange", "Ozite"],
        fam=["Boudreaux", "Thibodeaux", "Arceneaux", "Guidry", "Broussard", "Hebert", "Landry", "Fontenot"]),
    "nahua": dict(
        m=["Tonatiuh", "Margarito", "Crescencio", "Cuauhtli", "Eleuterio", "Nezahualli"],
        f=["Xóchitl", "Citlali", "Yolotzin", "Macrina", "Eulalia", "Tonantzin"],
        fam=["Xolalpa", "Tlacotempa", "Tlaseca", "Tecuapetla", "Coyotl", "Cuapio", "Tlapale", "Xicale"]),
    "curacao": dict(
        m=["Shurandy", "Jurickson", "Rignald", "Giandro", "Jeandre", "Quincy"],
        f=["Yahaira", "Shudaira", "Jenaira", "Sharifa", "Rosemarie", "Giselle"],
        fam=["Martina", "Rosaria", "Isenia", "Girigori", "Pietersz", "Winklaar", "Statia", "Silberie"]),
    "mauritian": dict(
        m=["Doorgesh", "Nadeem", "Kevin", "Jean-Noël", "Vikash", "Yousouf"],
        f=["Vidyawatee", "Aisha", "Marie-Josée", "Shalini", "Nathalie", "Bibi Nazeera"],
        fam=["Seetohul", "Ramdhony", "Peerbux", "Joomun", "Lamarque", "Bégué", "Ah-Kee", "Boodhoo", "Gopaul"]),
    "gambian": dict(
        m=["Lamin", "Ebrima", "Modou", "Alieu", "Ousman", "Pa Malick"],
        f=["Isatou", "Fatou", "Mariama", "Kaddy", "Sainabou", "Haddy"],
        fam=["Jallow", "Ceesay", "Bojang", "Jatta", "Touray", "Sanneh", "Darboe", "Njie", "Manneh", "Jobe"]),
    "basotho": dict(
        m=["Teboho", "Rethabile", "Tšepo", "Katleho", "Lehlohonolo", "Thabang"],
        f=["Lineo", "Mamello", "Palesa", "Nthabiseng", "Limpho", "'Mamotšeare"],
        fam=["Makoae", "Ntšekhe", "Mofokeng", "Letsoela", "Mosala", "Phakoe", "Sekhesa", "Mokoena"]),
    "xhosa": dict(
        m=["Lutho", "Lindokuhle", "Odwa", "Khanyisa", "Siyabonga", "Luvuyo"],
        f=["Anathi", "Sinovuyo", "Unathi", "Asanda", "Zintle", "Nomvuzo"],
        fam=["Ntshona", "Nkwinti", "Gqirana", "Qotywa", "Ndzamela", "Magqaza", "Mxenge", "Sityana"]),
    "swazi": dict(
        m=["Sibusiso", "Sandile", "Phiwayinkhosi", "Mfanasibili", "Bongani", "Sifiso"],
        f=["Thandeka", "Nomcebo", "Lomakhosi", "Nosipho", "Zanele", "Tengetile"],
        fam=["Simelane", "Mamba", "Nkambule", "Shongwe", "Magagula", "Matsebula", "Masilela", "Dlamini"]),
    "kabyle": dict(
        m=["Lounès", "Idir", "Amar", "Yidir", "Makhlouf", "Mohand Arezki"],
        f=["Tassadit", "Kahina", "Ouiza", "Dehbia", "Tafat", "Lynda"],
        fam=["Aït Ouali", "Ouchene", "Hamiche", "Ighil", "Haddadou", "Oussedik", "Yahiaoui", "Messaoudene"]),
    "ilocano": dict(
        m=["Rogelio", "Dionisio", "Ernesto", "Florentino", "Bonifacio", "Jerome"],
        f=["Marites", "Jocelyn", "Leonila", "Rowena", "Mercedita", "Lorna"],
        fam=["Agbayani", "Bumanglag", "Pagdilao", "Dumlao", "Ulep", "Tabangcura", "Bagasol", "Cabalbag"]),
    "sunda": dict(
        m=["Asep", "Ujang", "Cecep", "Dadang", "Engkus", "Yayan"],
        f=["Euis", "Neneng", "Dedeh", "Iis", "Imas", "Cucu"],
        fam=["Sutisna", "Kurniasih", "Sobandi", "Hidayat", "Sumarna", "Rohaeti", "Nurhayati", "Supriatna"]),
    "batak": dict(
        m=["Togar", "Marulak", "Lamhot", "Parlindungan", "Bonar", "Sahat"],
        f=["Rosmawati", "Tiurma", "Hotmaida", "Romauli", "Lasma", "Dormauli"],
        fam=["Siregar", "Simanjuntak", "Nainggolan", "Hutapea", "Sitompul", "Panjaitan", "Sinaga", "Pardede"]),
    "quechua": dict(
        m=["Wilber", "Néstor", "Pascual", "Teófilo", "Yuri", "Alipio"],
        f=["Yolanda", "Nilda", "Rufina", "Quispicusi", "Hilaria", "Sabina"],
        fam=["Quispe", "Mamani", "Huamán", "Ccori", "Ccahuana", "Condori", "Huallpa", "Chillihuani", "Apaza"]),
    "vanuatu": dict(
        m=["Kalo", "Sethy", "Willie", "Jimmy", "Ioan", "Morris"],
        f=["Leisavi", "Serah", "Roslyn", "Nerolyn", "Esline", "Mary-Jane"],
        fam=["Tari", "Molisa", "Kalsrap", "Bule", "Tabi", "Toka", "Naupa", "Iatika"]),
    "shetland": dict(
        m=["Magnus", "Lowrie", "Gibbie", "Ertie", "Tammie", "Bertie"],
        f=["Ina", "Mimie", "Osla", "Marion", "Inga", "Bella"],
        fam=["Isbister", "Jamieson", "Halcrow", "Inkster", "Tulloch", "Manson", "Leask", "Anderton"]),
    "assyrian": dict(
        m=["Ashur", "Ninos", "Sargon", "Aday", "Ninib", "Yonatan"],
        f=["Shamiram", "Ninva", "Atorina", "Ramina", "Marganita", "Sara"],
        fam=["Odisho", "Benyamin", "Khoshaba", "Yonan", "Gewargis", "Shlimon", "Malki", "Danho"]),
    "okinawa": dict(
        m=[("盛昭", "せいしょう"), ("朝徳", "ちょうとく"), ("真栄", "しんえい"), ("健太", "けんた"), ("翔", "しょう")],
        f=[("朝子", "あさこ"), ("美咲", "みさき"), ("和子", "かずこ"), ("優花", "ゆうか"), ("カマド", "かまど")],
        fam=[("比嘉", "ひが"), ("金城", "きんじょう"), ("島袋", "しまぶくろ"), ("大城", "おおしろ"),
             ("仲宗根", "なかそね"), ("照屋", "てるや"), ("具志堅", "ぐしけん"), ("玉城", "たましろ")]),
    "gagauz": dict(
        m=["Ivan", "Dimitri", "Petri", "Todur", "Mihail", "Stepan"],
        f=["Nadejda", "Tudora", "Olga", "Mariya", "Lüdmila", "Evdokiya"],
        fam=["Kara", "Topal", "Dobrioglo", "Mitioglu", "Uzun", "Arnaut", "Kurdoglu", "Kapaklı"]),
    "dinka": dict(
        m=["Deng", "Garang", "Mabior", "Majok", "Thon", "Mading", "Ajak"],
        f=["Nyandeng", "Achol", "Abuk", "Aluel", "Ayen", "Adut", "Akuol"],
        fam=["Akol", "Kuol", "Ater", "Mayen", "Chol", "Deng", "Malual", "Bol"]),
}


def sex():
    return ch("mf")


def pname(c, sx=None, style="plain"):
    """A person name of culture c as written there; returns the string."""
    sx = sx or sex()
    d = NM[c]
    g = ch(d[sx])
    if c == "mytamil":
        fa = ch(d["fa"])
        if style == "script":
            return g[1] + " " + fa[1]
        return g[0] + (" a/l " if sx == "m" else " a/p ") + fa[0] if style != "short" else g[0]
    if c == "syro":
        h, fa = ch(d["house"]), ch(d["m"])
        if style == "script":
            return g[1] + " " + fa[1]
        if style == "house":
            return "%s %s %s" % (h[0], g[0], fa[0])
        return g[0] + " " + fa[0]
    if c in ("parsi", "pashtun"):
        f = ch(d["fam"])
        if style == "script":
            return g[1] + " " + f[1]
        return g[0] + " " + f[0]
    if c == "mizo":
        return (ch("CHKLRVZ") + ". " + g) if style != "short" else g
    if c == "meitei":
        f = ch(d["fam"])
        tail = " Singh" if sx == "m" else ch([" Devi", " Chanu"])
        return f + " " + g + tail
    if c == "hmong":
        f = ch(d["fam"])
        if style == "rpa":
            return g + " " + f[1]
        return g + " " + f[0]
    if c in ("ossetian", "dagestan"):
        f = ch(d["fam"]) + ("а" if sx == "f" else "")
        if style == "fio":
            p = ch(d["pat"]) if c == "dagestan" else ch(d["pat"])
            if sx == "f":
                p = p[:-2] + "на"
            return f + " " + g + " " + p
        return g + " " + f
    if c == "bashkir":
        f = ch(d["fam"]) + ("а" if sx == "f" else "")
        return f + " " + g if style == "rev" else g + " " + f
    if c == "kashub":
        f = ch(d["fam"])
        return g + " " + (f[1] if sx == "f" else f[0])
    if c == "okinawa":
        f = ch(d["fam"])
        if style == "kana":
            return f[1] + " " + g[1]
        return f[0] + ("\u3000" if maybe() else " ") + g[0] if style == "sp" else f[0] + g[0]
    if c == "quechua" or c == "nahua":
        return g + " " + ch(d["fam"]) + " " + ch(d["fam"])
    if c == "batak":
        f = ch(d["fam"])
        return g + (" br. " + f if sx == "f" and maybe(0.6) else " " + f)
    if c == "ilocano":
        return g + " " + ch("ABCDEGLMPRST") + ". " + ch(d["fam"])
    if c == "dinka":
        return g + " " + ch([x for x in d["fam"] if x != g]) + ("" if maybe(0.5) else " " + ch(d["m"]))
    if c == "sunda":
        return g if style == "short" else g + " " + ch(d["fam"])
    f = ch(d["fam"])
    if isinstance(f, tuple):
        f = f[0]
    if style == "rev":
        return f + ", " + g
    if style == "caps":
        return f.upper() + " " + g
    return g + " " + f


def name_words(s):
    return [w for w in re.findall(r"[^\W\d_]+", s) if len(w) >= 3]


def P(c, sx=None, style="plain"):
    return L("person", pname(c, sx, style), sub=c)


# ------------------------------------------------------------------ phones
# Numbering plans written for this part: cc, trunk, kinds -> (nsn maker,
# national grouping, international grouping). Groupings are lists of sizes
# over the NSN (national ones after the trunk prefix is added).

def _sp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _us(area):
    while True:
        ex = ch("23456789") + dg(2)
        if ex[1:] != "11" and ex != "555":
            return area + ex + dg(4)


PH = {
    "MY": ("60", "0", {"mobile": lambda: "1" + ch("2367") + dg(7), "kl": lambda: "3" + ch("2456789") + dg(7)}),
    "IN": ("91", "0", {"mobile": lambda: ch("9876") + dg(9), "kottayam": lambda: "481" + ch("2567") + dg(6),
                       "aizawl": lambda: "389" + ch("23") + dg(6), "shillong": lambda: "364" + ch("25") + dg(6),
                       "margao": lambda: "832" + ch("27") + dg(6), "mumbai": lambda: "22" + ch("2346") + dg(7),
                       "imphal": lambda: "385" + ch("24") + dg(6)}),
    "PK": ("92", "0", {"mobile": lambda: "3" + ch("01234") + dg(8), "peshawar": lambda: "91" + ch("5258") + dg(6)}),
    "RU": ("7", "8", {"mobile": lambda: "9" + ch(["18", "28", "38", "63", "87", "89"]) + dg(7),
                      "vladikavkaz": lambda: "8672" + ch("2357") + dg(5), "ufa": lambda: "347" + ch("22") + dg(6),
                      "makhachkala": lambda: "8722" + ch("5676") + dg(5)}),
    "TR": ("90", "0", {"mobile": lambda: "5" + ch(["32", "33", "42", "05", "55", "36"]) + dg(7),
                       "istanbul": lambda: ch(["212", "216"]) + ch("2345") + dg(6)}),
    "GB": ("44", "0", {"mobile": lambda: "7" + ch(["40", "71", "80", "81", "84", "87", "96", "97"]) + dg(7),
                       "penzance": lambda: "1736" + ch("3567") + dg(5), "truro": lambda: "1872" + ch("2457") + dg(5),
                       "lerwick": lambda: "1595" + ch("6") + dg(5)}),
    "FR": ("33", "0", {"mobile": lambda: ch("67") + (ch("12345678") if True else "") + dg(7),
                       "fixed": lambda: "5" + ch(["61", "62", "59", "34", "62"]) + dg(6)}),
    "IT": ("39", "", {"mobile": lambda: "3" + ch(["33", "34", "35", "38", "39", "40", "47", "48", "49", "92"]) + dg(7),
                      "nuoro": lambda: "0784" + ch("23") + dg(5), "cagliari": lambda: "070" + ch("4567") + dg(6),
                      "udine": lambda: "0432" + ch("25") + dg(5)}),
    "BE": ("32", "0", {"mobile": lambda: "4" + ch(["70", "71", "72", "75", "76", "77", "78", "79", "85", "86", "95", "96"]) + dg(6),
                       "liege": lambda: "4" + ch("2345") + dg(6)}),
    "NL": ("31", "0", {"mobile": lambda: "6" + ch("12345") + dg(7), "maastricht": lambda: "43" + ch("3456") + dg(6)}),
    "PL": ("48", "", {"mobile": lambda: ch(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + dg(7),
                      "kartuzy": lambda: "58" + ch("567") + dg(6)}),
    "CH": ("41", "0", {"mobile": lambda: "7" + ch("6789") + ch("23456789") + dg(6), "thun": lambda: "33" + ch("2234") + dg(6)}),
    "DE": ("49", "0", {"mobile": lambda: ch(["151", "152", "160", "170", "171", "176", "177"]) + nzd(7),
                       "aurich": lambda: "4941" + ch("1269") + dg(5)}),
    "US": ("1", "1", {"lancaster": lambda: _us("717"), "lafayette": lambda: _us("337"), "stpaul": lambda: _us("651"),
                      "fresno": lambda: _us("559")}),
    "MX": ("52", "", {"cuetzalan": lambda: "233" + ch("3") + dg(6), "puebla": lambda: "222" + ch("2345") + dg(6)}),
    "CW": ("599", "0", {"mobile": lambda: "9" + ch("56") + dg(6)}),
    "MU": ("230", "", {"mobile": lambda: "5" + ch("2345789") + dg(6), "fixed": lambda: ch("4") + ch("6") + dg(5)}),
    "GM": ("220", "", {"mobile": lambda: ch("79") + dg(6)}),
    "LS": ("266", "", {"mobile": lambda: ch("56") + ch("0123456789") + dg(6), "fixed": lambda: "22" + dg(6)}),
    "ZA": ("27", "0", {"mobile": lambda: ch(["60", "61", "71", "72", "73", "76", "78", "79", "82", "83", "84"]) + dg(7),
                       "mthatha": lambda: "47" + ch("5") + dg(6), "gqeberha": lambda: "41" + ch("3458") + dg(6)}),
    "SZ": ("268", "", {"mobile": lambda: "7" + ch("689") + dg(6), "fixed": lambda: "2" + ch("345") + dg(6)}),
    "DZ": ("213", "0", {"mobile": lambda: ch(["55", "56", "66", "67", "69", "77", "79"]) + dg(7), "tizi": lambda: "26" + ch("12") + dg(5)}),
    "PH": ("63", "0", {"mobile": lambda: "9" + ch(["17", "18", "19", "20", "21", "27", "28", "29", "39", "47", "77", "95"]) + dg(7),
                       "laoag": lambda: "77" + ch("67") + dg(6)}),
    "ID": ("62", "0", {"mobile": lambda: "8" + ch(["11", "12", "13", "21", "22", "52", "53", "57", "77", "78"]) + dg(ch([7, 8])),
                       "bandung": lambda: "22" + ch("2567") + dg(6), "medan": lambda: "61" + ch("4678") + dg(6)}),
    "PE": ("51", "0", {"mobile": lambda: "9" + ch("345689") + dg(7), "cusco": lambda: "84" + ch("22") + dg(5)}),
    "VU": ("678", "", {"mobile": lambda: ch("57") + dg(6)}),
    "SE": ("46", "0", {"mobile": lambda: "7" + ch("0236") + dg(7), "sodertalje": lambda: "8" + "55" + ch("0123") + dg(5)}),
    "JP": ("81", "0", {"mobile": lambda: ch(["90", "80", "70"]) + nzd(8), "naha": lambda: "98" + ch("89") + dg(6)}),
    "MD": ("373", "0", {"mobile": lambda: ch(["60", "67", "68", "69", "78", "79"]) + dg(6), "comrat": lambda: "298" + ch("2") + dg(4)}),
    "SS": ("211", "0", {"mobile": lambda: "9" + ch("125") + dg(7)}),
}

# national grouping (string after trunk), international grouping of the NSN
NATG = {
    "MY": lambda t, n: (t + n[:2] + "-" + _sp(n[2:], [3])) if n[0] == "1" else (t + n[0] + "-" + _sp(n[1:], [4])),
    "IN": lambda t, n: (_sp(n, [5]) if maybe(0.7) else t + _sp(n, [5])) if n[0] in "6789" and len(n) == 10 and not n.startswith(("481", "389", "364", "832", "385")) else
          (t + n[:2] + " " + _sp(n[2:], [4]) if n.startswith("22") else t + n[:3] + " " + _sp(n[3:], [3])),
    "PK": lambda t, n: t + n[:3] + ch([" ", "-"]) + n[3:] if n[0] == "3" else t + n[:2] + "-" + n[2:],
    "RU": lambda t, n: (t + " (" + n[:3] + ") " + n[3:6] + "-" + n[6:8] + "-" + n[8:]) if n[0] in "93" else
          (t + " (" + n[:4] + ") " + n[4:6] + "-" + n[6:8] + "-" + n[8:]),
    "TR": lambda t, n: t + " (" + n[:3] + ") " + _sp(n[3:], [3, 2]) if maybe() else t + n[:3] + " " + _sp(n[3:], [3, 2]),
    "GB": lambda t, n: t + n[:4] + " " + n[4:] if n[0] == "7" else t + n[:4] + " " + n[4:],
    "FR": lambda t, n: _sp(t + n, [2, 2, 2, 2], ch([" ", ".", " "])),
    "IT": lambda t, n: (n[:3] + " " + _sp(n[3:], [3]) if n[0] == "3" else n[:4] + " " + n[4:] if n.startswith("0784") or n.startswith("0432") else n[:3] + " " + n[3:]),
    "BE": lambda t, n: t + n[:3] + " " + _sp(n[3:], [2, 2]) if len(n) == 9 else t + n[0] + " " + _sp(n[1:], [3, 2]),
    "NL": lambda t, n: (t + "6-" + n[1:]) if n[0] == "6" else t + n[:2] + "-" + n[2:],
    "PL": lambda t, n: _sp(n, [3, 3]) if n[:2] != "58" else n[:2] + " " + _sp(n[2:], [3, 2]),
    "CH": lambda t, n: t + n[:2] + " " + _sp(n[2:], [3, 2]),
    "DE": lambda t, n: (t + n[:3] + " " + n[3:]) if n[0] == "1" else (t + n[:4] + ch([" ", "/"]) + n[4:]),
    "US": lambda t, n: ch(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])]),
    "MX": lambda t, n: _sp(n, [3, 3]),
    "CW": lambda t, n: n[0] + " " + _sp(n[1:], [3]),
    "MU": lambda t, n: _sp(n, [4]) if len(n) == 8 else _sp(n, [3]),
    "GM": lambda t, n: _sp(n, [3]),
    "LS": lambda t, n: _sp(n, [4]),
    "ZA": lambda t, n: t + _sp(n, [2, 3]),
    "SZ": lambda t, n: _sp(n, [4]),
    "DZ": lambda t, n: (t + _sp(n, [3, 2, 2])) if len(n) == 9 else (t + _sp(n, [2, 2, 2])),
    "PH": lambda t, n: (t + _sp(n, [3, 3])) if n[0] == "9" else "(" + t + n[:2] + ") " + _sp(n[2:], [3]),
    "ID": lambda t, n: (t + n[:3] + "-" + _sp(n[3:], [4], "-")) if n[0] == "8" else "(" + t + n[:2] + ") " + n[2:],
    "PE": lambda t, n: _sp(n, [3, 3]) if n[0] == "9" else "(" + t + n[:2] + ") " + n[2:],
    "VU": lambda t, n: _sp(n, [3]),
    "SE": lambda t, n: (t + n[:2] + "-" + _sp(n[2:], [3, 2])) if n[0] == "7" else (t + "8-" + _sp(n[1:], [3, 2])),
    "JP": lambda t, n: (t + n[:2] + "-" + n[2:6] + "-" + n[6:]) if len(n) == 10 else (t + n[:2] + "-" + n[2:5] + "-" + n[5:]),
    "MD": lambda t, n: t + _sp(n, [2, 3]) if n[0] in "67" else t + n[:3] + " " + _sp(n[3:], [1, 2]),
    "SS": lambda t, n: t + _sp(n, [3, 3]),
}


def INTG(c, n):
    if c == "US":
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if maybe() else "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if c == "RU":
        return NATG["RU"]("", n).strip()
    if c == "FR":
        return n[0] + " " + _sp(n[1:], [2, 2, 2])
    if c == "MY":
        return NATG["MY"]("", n)
    if c in ("PH", "ID", "PE"):
        mob = n[0] == ("8" if c == "ID" else "9")
        return (NATG[c]("", n) if mob else n[:2] + " " + n[2:])
    if c in ("IN", "PK", "TR", "GB", "DE", "IT", "BE", "NL", "PL", "CH", "MX", "ZA", "DZ", "SE", "JP", "MD", "SS"):
        return NATG[c]("", n).replace("(", "").replace(")", "").replace("/", " ").replace("-", " ").strip() \
            if c not in ("NL",) else (n[0] + " " + n[1:] if n[0] == "6" else n[:2] + " " + n[2:])
    return NATG[c]("", n)


PV = "/tmp/pv/pv"
_NSN = {}


def _nsn_pool(c, kind):
    """Forty draws of the plan's range, kept when libphonenumber accepts them."""
    key = (c, kind)
    if key not in _NSN:
        rr = random.Random("%d-%s-%s" % (SEED, c, kind))
        global R
        keep, R = R, rr
        cands = [PH[c][2][kind]() for _ in range(120)]
        R = keep
        inp = "".join("+%s%s\t%s\t\n" % (PH[c][0], n, c) for n in cands)
        out = subprocess.run([PV], input=inp.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
        bad = {ln.split("\t")[1] for ln in out.splitlines() if ln.startswith("INVALID")}
        _NSN[key] = [n for n in cands if "+%s%s" % (PH[c][0], n) not in bad]
        assert len(_NSN[key]) >= 10, key
    return _NSN[key]


def PR(*a, **k):
    """A phone in a ledger row: about half the rows leave the cell empty."""
    return phone(*a, **k) if maybe(0.45) else "—"


def phone(c, kind=None, fmt=None, region=None):
    cc, trunk, kinds = PH[c]
    kind = kind or ch(sorted(kinds))
    n = ch(_nsn_pool(c, kind))
    fmt = fmt or ch(["nat", "nat", "intl", "e164"] + (["00"] if region and region != c else []))
    if region and region != c and fmt == "nat":
        fmt = "intl"
    if fmt == "nat":
        v = NATG[c](trunk, n)
    elif fmt == "e164":
        v = "+" + cc + n
    elif fmt == "00":
        v = "00" + cc + " " + INTG(c, n)
    else:
        v = "+" + cc + " " + INTG(c, n)
    meta = dict(sub=kind, region=region or c)
    if region and region != c:
        meta["plan"] = c
    return L("phone", v, **meta)


# ------------------------------------------------------------------ addresses
def A(v, country):
    return L("address", v, sub=country)


def addr(c, ml=False):
    """A postal address in the country's layout; ml: across line breaks."""
    n = R.randint(1, 180)
    nl = "\n" if ml else ", "
    if c == "MY":
        return ch(["No. %d, Jalan %s%s%s %s Kuala Lumpur" % (n, ch(["Sentul Pasar", "Ipoh Kecil", "Tun Sambanthan 4", "Rahmat"]), nl, ch(["51100", "50470", "51200"]), ""),
                   "%d, Lorong %s %d, Taman %s%s%s Klang, Selangor" % (n, ch(["Kenari", "Merbah", "Cempaka"]), R.randint(1, 9), ch(["Klang Jaya", "Sri Andalas", "Eng Ann"]), nl, ch(["41200", "41000", "41150"]))]).replace("  ", " ").replace(" ,", ",")
    if c == "IN-KL":
        h = ch(NM["syro"]["house"])[0]
        return "%s House%s%s P.O., %s%sKerala %s" % (h, nl, ch(["Kuravilangad", "Pala", "Ramapuram", "Ettumanoor"]), "Kottayam", nl, ch(["686633", "686575", "686576", "686631"]))
    if c == "IN-GA":
        return "H. No. %d/%s, %s%s%s, Bardez%sGoa %s" % (n, ch("ABC"), ch(["Vaddo Xete", "Gaunsavaddo", "Moitem", "Bamonvaddo"]), nl, ch(["Aldona", "Moira", "Siolim"]), nl, ch(["403508", "403509", "403517"])) \
            if maybe() else "%d, %s, Margao, Salcete%sGoa %s" % (n, ch(["Borda", "Aquem Baixo", "Fatorda"]), nl, "403601")
    if c == "IN-MH":
        return "Flat %d, %s%s%s, Mumbai %s" % (R.randint(1, 40), ch(["Cusrow Baug", "Rustom Baug", "Jer Baug", "Dadar Parsi Colony"]), nl, ch(["Colaba Causeway", "Sant Savta Marg, Byculla", "Dadar East"]), ch(["400001", "400027", "400014"]))
    if c == "IN-GJ":
        return "%d, %s%sNavsari, Gujarat %s" % (n, ch(["Tarota Bazar", "Dudhiya Talav", "Malesar", "Parsiwad"]), nl, "396445")
    if c == "IN-MZ":
        return "House No. %s-%d, %s%sAizawl, Mizoram %s" % (ch(["A", "B", "C", "D"]), R.randint(1, 99), ch(["Chanmari West", "Zarkawt", "Dawrpui Vengthar", "Bawngkawn"]), nl, ch(["796007", "796001", "796012"]))
    if c == "IN-MN":
        return "%s%sImphal West, Manipur %s" % (ch(["Sagolband Tera Lukram Leirak", "Keishampat Leimajam Leikai", "Uripok Khaidem Leikai"]), nl, ch(["795001", "795004"]))
    if c == "IN-ML":
        return "%s%sShillong, Meghalaya %s" % (ch(["Lower Mawprem", "Laitumkhrah Main Road", "Nongthymmai Nongshilliang", "Mawlai Mawdatbaki"]), nl, ch(["793002", "793003", "793014"]))
    if c == "PK":
        return "House %d, Street %d, Hayatabad Phase %d%sPeshawar %s" % (n, R.randint(1, 12), R.randint(1, 7), nl, "25100") if maybe() else \
            "Mohallah %s, %s Road%sMardan %s" % (ch(["Bagh-e-Iram", "Shamsi", "Sheikh Maltoon"]), ch(["Nowshera", "Katlang"]), nl, "23200")
    if c == "RU-OS":
        return "362%03d, г. Владикавказ, ул. %s, д. %d, кв. %d" % (R.choice([2, 25, 40, 45]), ch(["Кирова", "Маркуса", "Тамаева", "Леваневского"]), R.randint(1, 90), R.randint(1, 120))
    if c == "RU-BA":
        return "Өфө ҡ., %s урамы, %d-се йорт, %d-се фатир, 450%03d" % (ch(["Зәки Вәлиди", "Пушкин", "Октябрь проспекты", "Достоевский"]), R.randint(1, 90), R.randint(1, 120), R.randint(1, 110)) \
            if maybe() else "450%03d, г. Уфа, ул. %s, д. %d, кв. %d" % (R.randint(1, 110), ch(["Менделеева", "Гафури", "Айская"]), R.randint(1, 90), R.randint(1, 120))
    if c == "RU-DA":
        return "367%03d, Республика Дагестан, г. Махачкала, %s, д. %d, кв. %d" % (R.randint(0, 32), ch(["пр-т Гамидова", "ул. Ярагского", "ул. Коркмасова"]), R.randint(1, 90), R.randint(1, 120))
    if c == "TR":
        return "%s Sok. No: %d D: %d%s%s Mah., 34%03d %s/İstanbul" % (ch(["Güneşli", "Kuyulu Bostan", "Lâle", "Bostan"]), n, R.randint(1, 20), nl, ch(["Kuştepe", "Balat", "Hasköy", "Ortaköy"]), R.randint(300, 399), ch(["Şişli", "Fatih", "Beyoğlu", "Beşiktaş"]))
    if c == "GB-CO":
        return "%d %s%s%s%sTR%d %d%s" % (n, ch(["Fore Street", "Chapel Hill", "Trelowarren Street", "Bolitho Road", "Penwith Terrace"]), nl, ch(["St Ives", "Penzance", "Camborne", "Helston", "Truro"]), nl, ch([26, 18, 14, 13, 1]), R.randint(0, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    if c == "GB-ZE":
        return ch(["%s%s%s%sShetland%sZE2 9%s" % (ch(["Nort Hoose", "Kirkabister", "Setter", "Gardie"]), nl, ch(["Bressay", "Whalsay", "Cunningsburgh", "Aith"]), nl, nl, "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))),
                   "%d %s%sLerwick%sShetland ZE1 0%s" % (n, ch(["King Harald Street", "Burgh Road", "St Olaf Street"]), nl, nl, "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))])
    if c == "FR-OC":
        return ch(["%d rue %s%s31%03d Toulouse" % (n, ch(["des Blanchers", "Pargaminières", "du Taur", "de la Colombette"]), nl, ch([0, 200, 300, 400, 500])),
                   "%d chemin de %s%s64000 Pau" % (n, ch(["Larrouy", "Beyris", "Lassègue"]), nl),
                   "%d place %s%s32000 Auch" % (R.randint(1, 30), ch(["de la Libération", "Salinis"]), nl)])
    if c == "IT-SA":
        return ch(["Via %s %d%s08100 Nuoro (NU)" % (ch(["Lamarmora", "Ballero", "Manzoni", "Deffenu"]), n, nl),
                   "Via %s %d%s09124 Cagliari (CA)" % (ch(["Sonnino", "Baylle", "Garibaldi"]), n, nl),
                   "Corso %s %d%s07100 Sassari (SS)" % (ch(["Vittorio Emanuele II", "Margherita di Savoia"]), n, nl)])
    if c == "IT-FR":
        return "%s %d%s33100 Udine (UD)" % (ch(["Via Mercatovecchio", "Via Poscolle", "Viale Volontari della Libertà", "Via Grazzano"]), n, nl) if maybe(0.7) else \
            "Via %s %d%s33028 Tolmezzo (UD)" % (ch(["Roma", "Cavour"]), n, nl)
    if c == "BE-WA":
        return ch(["Rue %s %d%s4000 Liège" % (ch(["Saint-Gilles", "Hors-Château", "Pierreuse", "des Wallons"]), n, nl),
                   "Rue %s %d%s5000 Namur" % (ch(["de Fer", "des Brasseurs", "Rogier"]), n, nl),
                   "Rue %s %d%s4800 Verviers" % (ch(["Spintay", "de Heusy"]), n, nl)])
    if c == "NL-LI":
        return ch(["%s %d%s62%02d %s Maastricht" % (ch(["Hoogbrugstraat", "Bredestraat", "Tongersestraat", "Boschstraat"]), n, nl, R.randint(11, 29), ch(["CP", "EG", "AK", "HL", "BX"])),
                   "%s %d%s64%02d %s Heerlen" % (ch(["Akerstraat", "Geleenstraat"]), n, nl, R.randint(11, 22), ch(["AB", "NR", "TC"])),
                   "%s %d%s61%02d %s Sittard" % (ch(["Limbrichterstraat", "Rijksweg Zuid"]), n, nl, R.randint(31, 35), ch(["GR", "KE", "EN"]))])
    if c == "PL-KA":
        return ch(["ul. %s %d/%d%s83-300 Kartuzy" % (ch(["Gdańska", "3 Maja", "Klasztorna", "Dworcowa"]), n, R.randint(1, 20), nl),
                   "ul. %s %d%s84-100 Puck" % (ch(["Morska", "Rybacka", "Żeromskiego"]), n, nl),
                   "ul. %s %d%s83-400 Kościerzyna" % (ch(["Kościuszki", "Dworcowa", "Młyńska"]), n, nl)])
    if c == "CH":
        return "%s %d%s%s" % (ch(["Bälliz", "Frutigenstrasse", "Hofstettenstrasse", "Oberhofenstrasse", "Glockentalstrasse"]), R.randint(1, 90), nl, ch(["3600 Thun", "3612 Steffisburg", "3700 Spiez", "3652 Hilterfingen"]))
    if c == "DE-OF":
        return "%s %d%s%s" % (ch(["Fockenbollwerkstraße", "Osterstraße", "Wallster Weg", "Hafenstraße", "Uthwerdumer Straße"]), R.randint(1, 90), nl, ch(["26603 Aurich", "26789 Leer", "26506 Norden", "26721 Emden"]))
    if c == "US-PA":
        return "%d %s%s%s, PA %s" % (R.randint(10, 6999), ch(["Newport Rd", "Old Philadelphia Pike", "Groffdale Church Rd", "Zeltenreich Rd", "Musser School Rd"]), nl, *ch([("Gordonville", "17529"), ("Bird in Hand", "17505"), ("Ronks", "17572"), ("Leola", "17540")]))
    if c == "US-LA":
        return "%d %s%s%s, LA %s" % (R.randint(10, 4999), ch(["Rue Bayou Teche", "Main Hwy", "Catahoula Hwy", "Cypress Island Hwy", "Grand Pointe Ave"]), nl, *ch([("Breaux Bridge", "70517"), ("Cecilia", "70521"), ("St. Martinville", "70582"), ("Abbeville", "70510")]))
    if c == "US-MN":
        return "%d %s%s%s" % (R.randint(100, 2999), ch(["Maryland Ave E", "Arcade St", "Payne Ave", "Rice St", "University Ave W"]), nl, ch(["Saint Paul, MN 55106", "St. Paul, MN 55130", "Saint Paul, MN 55117"]))
    if c == "US-CA":
        return "%d %s%sFresno, CA %s" % (R.randint(100, 6999), ch(["E Belmont Ave", "N Cedar Ave", "E Olive Ave", "W Shields Ave"]), nl, ch(["93701", "93702", "93703", "93726"]))
    if c == "MX":
        return ch(["Calle %s %d, Col. Centro%s73560 Cuetzalan del Progreso, Pue." % (ch(["Hidalgo", "Miguel Alvarado", "Zaragoza"]), n, nl),
                   "Av. %s %d, Col. %s%s72%03d Puebla, Pue." % (ch(["Reforma", "Juárez", "5 de Mayo"]), n, ch(["San Francisco", "Amor", "La Paz"]), nl, R.randint(0, 590))])
    if c == "CW":
        return "Kaya %s %d%s%s" % (ch(["Flamboyan", "Kadushi", "Yerba Buena", "Oriòl", "Kabrito"]), R.randint(1, 60), nl, ch(["Willemstad", "Santa Rosa", "Barber", "Souax"]))
    if c == "MU":
        return "%s%s%s" % (ch(["%d Royal Road" % n, "%d Avenue des Lilas" % n, "%d Rue St Jean" % n, "Morcellement Raffray, Lot %d" % n]), nl, ch(["Rose-Hill", "Quatre Bornes", "Curepipe", "Vacoas", "Goodlands"]))
    if c == "GM":
        return ch(["%d Kairaba Avenue%sSerrekunda" % (n, nl), "Compound %d, %s%sBrikama" % (n, ch(["Nyambai Road", "Kabafita"]), nl), "%d %s Street%sBanjul" % (n, ch(["Hagan", "Leman", "Clarkson"]), nl)])
    if c == "LS":
        return ch(["%s%sMaseru 100" % (ch(["Ha Abia", "Ha Thetsane", "Khubetsoana", "Ha Matala"]), nl), "Plot %d, %s%sMaputsoe 350" % (n, ch(["Ha Nyenye", "Tsikoane"]), nl)])
    if c == "ZA-EC":
        return ch(["%d %s%s%s%sMthatha%s5099" % (n, ch(["Madeira Street", "Nelson Mandela Drive", "Owen Street"]), nl, ch(["Southernwood", "Northcrest", "Fort Gale"]), nl, nl),
                   "%d %s%s%s%sGqeberha%s%s" % (n, ch(["Njoli Road", "Mendi Road", "Daku Road"]), nl, ch(["KwaZakhele", "New Brighton", "Zwide"]), nl, nl, ch(["6205", "6200", "6201"]))])
    if c == "SZ":
        return ch(["Plot %d, %s%sMbabane H100" % (n, ch(["Mhlambanyatsi Road", "Msunduza", "Sidwashini"]), nl), "%s%sManzini M200" % (ch(["Fairview North", "Zakhele", "Ngwane Park"]), nl)])
    if c == "DZ":
        return ch(["Cité %d Logements, Bt %d n° %d%s15000 Tizi Ouzou" % (ch([500, 600, 2000]), R.randint(1, 40), R.randint(1, 30), nl),
                   "Village %s%s15%03d %s" % (ch(["Taourirt", "Ighil Bwammas", "Tizi Hibel", "Agouni Gueghrane"]), nl, R.randint(100, 300), ch(["Beni Douala", "Larbaâ Nath Irathen", "Ouadhia"])),
                   "Rue %s, n° %d%s06000 Béjaïa" % (ch(["de la Liberté", "Amirouche"]), n, nl)])
    if c == "PH":
        return ch(["%d %s St., Brgy. %d %s%sLaoag City, 2900 Ilocos Norte" % (n, ch(["Rizal", "Castro", "Gen. Segundo"]), R.randint(1, 40), ch(["San Lorenzo", "Santa Joaquina", "Nalbo"]), nl),
                   "Purok %d, Brgy. %s%sVigan City, 2700 Ilocos Sur" % (R.randint(1, 7), ch(["Pantay Daya", "Tamag", "Beddeng"]), nl)])
    if c == "ID-JB":
        return "Jl. %s No. %d, RT %02d/RW %02d%sKel. %s, Kec. %s%sKota Bandung %s" % (ch(["Cikutra", "Sukajadi", "Cigadung Raya Barat", "Gegerkalong Hilir"]), n, R.randint(1, 12), R.randint(1, 15), nl, ch(["Cigadung", "Sukarasa", "Pasteur"]), ch(["Cibeunying Kaler", "Sukasari", "Sukajadi"]), nl, ch(["40191", "40152", "40161"]))
    if c == "ID-SU":
        return ch(["Jl. %s No. %d%sMedan %s" % (ch(["Sisingamangaraja", "Gatot Subroto", "Jamin Ginting"]), n, nl, ch(["20217", "20118", "20132"])),
                   "Jl. %s No. %d, Desa %s%sBalige, Toba %s" % (ch(["Tarutung", "Pagar Batu"]), n, ch(["Lumban Dolok", "Sibolahotang"]), nl, "22312")])
    if c == "PE":
        return ch(["Jr. %s %d, Wanchaq%sCusco %s" % (ch(["Tupac Amaru", "Huáscar", "Manco Inca"]), n, nl, "08002"),
                   "Comunidad Campesina %s s/n%sPisac, Calca, Cusco" % (ch(["Amaru", "Paru Paru", "Sacaca"]), nl)])
    if c == "VU":
        return ch(["PO Box %d%sPort Vila" % (R.randint(100, 9999), nl), "%s Area%sPort Vila, Efate" % (ch(["Freswota 4", "Nambatu", "Tebakor", "Anamburu"]), nl)])
    if c == "SE":
        return "%s %d%s151 %02d Södertälje" % (ch(["Geneträsksvägen", "Ronnavägen", "Hovsjövägen", "Fornbyvägen"]), R.randint(1, 60), nl, R.randint(30, 68))
    if c == "JP":
        return ch(["〒900-00%02d 沖縄県那覇市%s%d丁目%d-%d" % (R.randint(1, 36), ch(["松尾", "首里当蔵町", "泊", "壺屋"]), R.randint(1, 3), R.randint(1, 20), R.randint(1, 30)),
                   "〒904-0%03d 沖縄県沖縄市%s%d丁目%d番%d号" % (R.randint(0, 35) + 1, ch(["胡屋", "中央", "園田"]), R.randint(1, 5), R.randint(1, 20), R.randint(1, 12))])
    if c == "MD":
        return ch(["str. %s %d%sMD-3805 Comrat" % (ch(["Lenin", "Pobedî", "Galaţan"]), n, nl), "str. %s %d%sMD-6101 Ceadîr-Lunga" % (ch(["Lenin", "Mira"]), n, nl)])
    if c == "SS":
        return "Plot %d, %s%sJuba" % (n, ch(["Hai Malakal, Block 3", "Munuki Block B", "Gudele 2", "Hai Cinema"]), nl)
    raise KeyError(c)


# ------------------------------------------------------------------ dates of birth
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்".split(),
    "ml": "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ".split(),
    "gu": "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર".split(),
    "kok": "Janer Febrer Mars Abril Mai Jun Julai Agost Setembr Otubr Novembr Dezembr".split(),
    "st": "Pherekgong Hlakola Hlakubele Mmesa Motsheanong Phupjane Phupu Phato Lwetse Mphalane Pudungwana Tshitwe".split(),
    "xh": "EyoMqungu EyoMdumba EyoKwindla UTshazimpuzi UCanzibe EyeSilimela EyeKhala EyeThupha EyoMsintsi EyeDwarha EyeNkanga EyoMnga".split(),
    "ss": "Bhimbidvwane iNdlovana iNdlovu-lenkhulu Mabasa iNkhwekhweti iNhlaba Kholwane iNgci iNyoni iMphala Lweti iNgongoni".split(),
    "kab": "Yennayer Fuṛar Meɣres Yebrir Mayyu Yunyu Yulyu Ɣuct Ctembeṛ Tubeṛ Wambeṛ Dujembeṛ".split(),
    "ilo": "Enero Pebrero Marso Abril Mayo Hunio Hulio Agosto Septiembre Oktubre Nobiembre Disiembre".split(),
    "su": "Januari Pébruari Maret April Méi Juni Juli Agustus Séptémber Oktober Nopémber Désémber".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "bi": "Janeware Febwari Maj Epril Mei Jun Julae Ogis Septemba Oktoba Novemba Disemba".split(),
    "pap": "yanüari febrüari mart aprel mei yüni yüli ougùstùs sèptèmber òktober novèmber desèmber".split(),
    "mfe": "zanvie fevriye mars avril me zin zilye out septam oktob novam desam".split(),
    "oc": "genièr febrièr març abril mai junh julhet agost setembre octòbre novembre decembre".split(),
    "sc": "ghennàrgiu freàrgiu martzu abrile maju làmpadas trìulas austu cabudanni santugaine santandria nadale".split(),
    "fur": "Zenâr Fevrâr Març Avrîl Mai Jugn Lui Avost Setembar Otubar Novembar Dicembar".split(),
    "wa": "djanvî fevrî måss avri may djun djulete awousse setimbe octôbe nôvimbe decimbe".split(),
    "li": "jannewarie fibberwarie miert april mei juni juli augustus september oktober november december".split(),
    "gsw": "Januar Februar März Aprill Mai Juni Juli Auguscht Septämber Oktober Novämber Dezämber".split(),
    "nds": "Januaar Februaar März April Mai Juni Juli August September Oktover November Dezember".split(),
    "pdc": "Yenner Hanning Marz Abril Moi Yuni Yuli Aagscht September Oktower Nowember Disember".split(),
    "kw": "Genver Hwevrer Meurth Ebrel Me Metheven Gortheren Est Gwynngala Hedra Du Kevardhu".split(),
    "lad": "djenayo fevrero marso avril mayo junio djulio agosto septembre oktubre noviembre desiembre".split(),
    "eo": "januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro".split(),
    "la": "Ianuarii Februarii Martii Aprilis Maii Iunii Iulii Augusti Septembris Octobris Novembris Decembris".split(),
    "ba": "ғинуар февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def wareki(d):
    if d >= datetime.date(1989, 1, 8):
        y, era = d.year - 1988, "平成"
    else:
        y, era = d.year - 1925, "昭和"
    return "%s%s年%d月%d日" % (era, "元" if y == 1 else y, d.month, d.day)


def dob_s(lang, d, style=None):
    m = MON.get(lang)
    style = style or ch(["name", "num"])
    if lang == "ja":
        return wareki(d) if style == "name" else "%d年%d月%d日" % (d.year, d.month, d.day)
    if lang == "hmn":
        return "%d/%d/%d" % (d.month, d.day, d.year) if style == "num" else "hnub tim %d lub %d hlis xyoo %d" % (d.day, d.month, d.year)
    if lang == "eo":
        return "la %d-an de %s %d" % (d.day, m[d.month - 1], d.year) if style == "name" else "%d-%02d-%02d" % (d.year, d.month, d.day)
    if lang == "la":
        return "die %d mensis %s anno %d" % (d.day, m[d.month - 1], d.year)
    if lang == "kw":
        return "%d mis %s %d" % (d.day, m[d.month - 1], d.year) if style == "name" else "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang in ("xh", "ss", "st"):
        return "%d %s %d" % (d.day, m[d.month - 1], d.year) if style == "name" else "%d-%02d-%02d" % (d.year, d.month, d.day)
    if lang == "pdc" or lang == "en-us":
        return "%s %d, %d" % (MON["en"][d.month - 1] if lang == "en-us" else m[d.month - 1], d.day, d.year) if style == "name" else "%d/%d/%d" % (d.month, d.day, d.year)
    if lang == "ba":
        return "%d йыл %d %s" % (d.year, d.day, m[d.month - 1]) if style == "name" else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "ru":
        return "%d %s %d г." % (d.day, m[d.month - 1], d.year) if style == "name" else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang in ("ml",):
        return "%d %s %d" % (d.year, m[d.month - 1], d.day) if style == "name" else "%02d-%02d-%d" % (d.day, d.month, d.year)
    if lang in ("gsw", "nds", "li", "wa", "fur", "csb", "de", "nl", "pl"):
        return ("%d. %s %d" % (d.day, m[d.month - 1], d.year) if lang in ("gsw", "nds") else "%d %s %d" % (d.day, m[d.month - 1], d.year)) \
            if style == "name" and m else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "ilo":
        return "%s %d, %d" % (m[d.month - 1], d.day, d.year) if style == "name" else "%02d/%02d/%d" % (d.month, d.day, d.year)
    if lang in ("qu", "nah", "ps", "lus", "mni", "wo", "gag"):
        return "%02d/%02d/%d" % (d.day, d.month, d.year) if style == "name" else "%02d-%02d-%d" % (d.day, d.month, d.year)
    if m and style == "name":
        return "%d %s %d" % (d.day, m[d.month - 1], d.year)
    return ch(["%02d/%02d/%d", "%02d-%02d-%d", "%02d.%02d.%d"]) % (d.day, d.month, d.year)


def D(lang, d=None, style=None):
    d = d or bday()
    return L("dob", dob_s(lang, d, style), sub=lang)


# ------------------------------------------------------------------ gov ids
def G(v, sub):
    return L("gov_id", v, sub=sub)


def snils_cs(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def snils():
    d9 = "%09d" % R.randint(2000000, 999999999)
    cs = snils_cs(d9)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], cs)


def pesel(d, sx):
    m = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d%s" % (d.year % 100, m, d.day, R.randint(0, 999), ch("13579") if sx == "m" else ch("02468"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * w[i] for i, c in enumerate(s[:10])) % 10) % 10 == int(s[10])


def ean13_cd(d12):
    return str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12)) % 10) % 10)


def ahv():
    d12 = "756" + dg(9)
    s = d12 + ean13_cd(d12)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def be_nn(d, sx):
    ctr = R.randint(1, 997)
    if (ctr % 2 == 1) != (sx == "m"):
        ctr += 1
    body = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, ctr)
    n = int(("2" if d.year >= 2000 else "") + body)
    return "%s.%s.%s-%s.%02d" % (body[:2], body[2:4], body[4:6], body[6:], 97 - n % 97)


def be_nn_ok(s):
    t = re.sub(r"\D", "", s)
    return any(97 - int(p + t[:9]) % 97 == int(t[9:]) for p in ("", "2"))


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_cd(s17):
    return str((10 - sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s17)) % 10) % 10)


def curp(given, fam1, fam2, d, sx, state="PL"):
    def up(w):
        return w.upper().replace("Ó", "O").replace("Í", "I").replace("Á", "A").replace("É", "E")
    g, a, b = up(given), up(fam1), up(fam2)
    vow = next((c for c in a[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    s = a[0] + vow + b[0] + g[0] + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("H" if sx == "m" else "M") + state + cons(a) + cons(b) + cons(g) + (R.choice(string.digits) if d.year < 2000 else R.choice("ABCDEF"))
    return s + curp_cd(s)


def za_id(d, sx):
    g = R.randint(5000, 9999) if sx == "m" else R.randint(0, 4999)
    body = "%02d%02d%02d%04d0%s" % (d.year % 100, d.month, d.day, g, ch("89"))
    return luhn_complete(body)


def se_pnr(d, sx):
    body = "%02d%02d%02d%02d%s" % (d.year % 100, d.month, d.day, R.randint(0, 99), ch("13579") if sx == "m" else ch("02468"))
    full = luhn_complete(body)
    return "%d%02d%02d-%s" % (d.year, d.month, d.day, full[6:]) if maybe() else "%s-%s" % (full[:6], full[6:])


def mynumber_cd(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber():
    d11 = dg(11)
    s = d11 + mynumber_cd(d11)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def idnp():
    body = "2" + dg(11)
    w = [7, 3, 1] * 4
    return body + str(sum(int(c) * w[i] for i, c in enumerate(body)) % 10)


def idnp_ok(s):
    w = [7, 3, 1] * 4
    return len(s) == 13 and sum(int(c) * w[i] for i, c in enumerate(s[:12])) % 10 == int(s[12])


def tckn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d + [d10, d11]))


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def mykad(d, sx):
    return "%02d%02d%02d-%s-%03d%s" % (d.year % 100, d.month, d.day, ch(["10", "14", "08", "05", "01"]), R.randint(0, 999), ch("13579") if sx == "m" else ch("02468"))


def nik(d, sx, prov):
    return prov + "%02d" % R.randint(1, 30) + "%02d%02d%02d" % (d.day + (40 if sx == "f" else 0), d.month, d.year % 100) + "%04d" % R.randint(1, 3000)


def cnic(sx):
    return "17301-%s-%s" % (dg(7), ch("13579") if sx == "m" else ch("02468"))


def epic():
    return "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + dg(7)


def cf(fam, given, d, sx, bel):
    return cf_make(fam, given, d.year % 100, d.month, d.day, sx == "f", bel)


def nir_for(d, sx):
    b, k = nir_random(R, sex="1" if sx == "m" else "2", yy=d.year % 100, mm=d.month)
    return "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k) if maybe() else b + k


def passport(cc):
    return {"IN": lambda: ch("JKLMNPRSTUVWZ") + dg(7), "RU": lambda: "7" + dg(8), "GB": lambda: dg(9),
            "PK": lambda: ch(["AB", "BN", "CK"]) + dg(7), "DZ": lambda: dg(9), "PH": lambda: "P" + dg(7) + ch("ABC"),
            "ID": lambda: ch("BCE") + dg(7), "MU": lambda: "M" + dg(7), "GM": lambda: "PC" + dg(6), "ZA": lambda: "A" + dg(8),
            "SS": lambda: "R" + dg(8), "JP": lambda: ch(["TK", "TR", "TZ"]) + dg(7), "TR": lambda: "U" + dg(8),
            "VU": lambda: "RV" + dg(7), "PE": lambda: dg(9), "LS": lambda: "RA" + dg(6), "SZ": lambda: "T" + dg(7)}[cc]()


# ------------------------------------------------------------------ money
def IB(country, style=None):
    v = iban_random(R, country)
    style = style or ch(["grp", "grp", "flat"])
    if style == "grp":
        v = group(v)
    return L("iban", v, sub=country)


def CARD(issuer=None, sep=None):
    issuer = issuer or ch(["visa", "mastercard", "amex", "unionpay", "rupay", "jcb", "mir", "bancontact", "troy"])
    if issuer == "bancontact":
        num = luhn_complete("6703" + dg(12))
    elif issuer == "visa":
        num = luhn_complete("4" + dg(14))
    elif issuer == "mastercard":
        num = luhn_complete(ch(["51", "53", "55", "2223"]) + dg(14 if True else 0))[:16]
        num = luhn_complete(num[:15])
    elif issuer == "amex":
        num = luhn_complete(ch(["34", "37"]) + dg(12))
    elif issuer == "unionpay":
        num = luhn_complete("62" + dg(13))
    elif issuer == "rupay":
        num = luhn_complete(ch(["6521", "6522", "6069"]) + dg(11))
    elif issuer == "jcb":
        num = luhn_complete(ch(["3528", "3540", "3566"]) + dg(11))
    elif issuer == "mir":
        num = luhn_complete("220" + ch("0124") + dg(11))
    else:
        num = luhn_complete("9792" + dg(11))
    sep = sep if sep is not None else ch([" ", " ", "-", ""])
    if len(num) == 15:
        v = sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    elif len(num) == 17:
        v = sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]]) if sep else num
    else:
        v = sep.join(num[i:i + 4] for i in range(0, len(num), 4)) if sep else num
    return L("card", v, sub=issuer)


# ------------------------------------------------------------------ net
def ip4(private=None):
    if private is None:
        private = maybe(0.4)
    while True:
        if private:
            a = ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                    "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254)),
                    "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])
        else:
            a = "%d.%d.%d.%d" % (ch([31, 41, 46, 62, 77, 88, 95, 102, 103, 105, 109, 141, 154, 176, 185, 196, 197, 202]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
        ip = ipaddress.ip_address(a)
        if ip.is_private == private and not ip.is_loopback and not ip.is_multicast:
            return L("ip", a, sub="v4")


def ip6():
    a = ch(["2001:%x:%x::%x" % (R.randint(0x4000, 0xdfff), R.randint(1, 0xffff), R.randint(1, 0xffff)),
            "2a02:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(7)),
            "fd%02x:%x:%x::%x" % (R.randint(0, 255), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff)),
            "2c0f:%x:%x::%x:%x" % (R.randint(0xf000, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))])
    return L("ip", str(ipaddress.ip_address(a)), sub="v6")


# ------------------------------------------------------------------ email
WEBMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com"]


def EM(name_or_local, dom=None):
    parts = [asc(w) for w in re.findall(r"[^\W\d_]+", name_or_local)] or ["user"]
    parts = [p for p in parts if p and p.isascii()] or ["member" + dg(3)]
    if len(parts) == 1:
        loc = parts[0] + (dg(2) if maybe() else "")
    else:
        loc = ch([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + "_" + parts[-1][0], parts[-1] + parts[0][:3], parts[0] + parts[-1] + dg(2)])
    return L("email", loc + "@" + (dom or ch(WEBMAIL)), sub="personal" if dom is None else "work")


# ------------------------------------------------------------------ secrets
def S(v, sub):
    return L("secret", v, sub=sub)


def pw():
    w = ch(["Kernow", "Tlazohcamati", "Mandi", "Sawubona", "Azul", "Moin", "Bondjou", "Lumela", "Salude", "Grüezi", "Masha", "Niltze", "Agyamanak", "Hatur", "Ujang", "Halcrow", "Bayou", "Aizawl", "Thun"])
    return w + ch(["!", "#", "$", "%", "*", "_", "@", "&"]) + str(R.randint(10, 9999)) + ch(["", "x", "Qq", "?", "!"])


def sec(kind):
    """Credential shapes written for this part (provider-documented
    prefixes and lengths), plus corpuslib's where named so."""
    k = kind
    if k == "password":
        return pw()
    if k == "resend":
        return "re_" + rnd(R, ALNUM, 8) + "_" + rnd(R, ALNUM, 24)
    if k == "brevo":
        return "xkeysib-" + rnd(R, HEX, 64) + "-" + rnd(R, ALNUM, 16)
    if k == "postmark":
        return "%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12))
    if k == "pinecone":
        return "pcsk_" + rnd(R, ALNUM, 6) + "_" + rnd(R, ALNUM, 64)
    if k == "langfuse":
        return "sk-lf-%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12))
    if k == "posthog":
        return "phx_" + rnd(R, ALNUM, 47)
    if k == "fireworks":
        return "fw_" + rnd(R, ALNUM, 24)
    if k == "elevenlabs":
        return "sk_" + rnd(R, HEX, 48)
    if k == "deepgram":
        return rnd(R, HEX, 40)
    if k == "riot":
        return "RGAPI-%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12))
    if k == "steam":
        return rnd(R, HEXU, 32)
    if k == "owm":
        return rnd(R, HEX, 32)
    if k == "ably":
        return rnd(R, URLSAFE, 6) + "." + rnd(R, URLSAFE, 6) + ":" + rnd(R, URLSAFE, 43)
    if k == "telnyx":
        return "KEY0" + rnd(R, HEXU, 28) + "_" + rnd(R, ALNUM, 22)
    if k == "whatsapp":
        return "EAAG" + rnd(R, ALNUM, 180)
    if k == "ops":
        payload = base64.b64encode(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256"}, "email": rnd(R, LOWN, 13) + "@1passwordserviceaccounts.com", "srpX": rnd(R, HEX, 64)}).encode()).decode().rstrip("=")
        return "ops_" + payload
    if k == "bws":
        return "0.%s-%s-%s-%s-%s.%s:%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12), rnd(R, ALNUM, 30), rnd(R, B64, 22) + "==")
    if k == "infisical":
        return "st.%s-%s-%s-%s-%s.%s.%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12), rnd(R, HEX, 32), rnd(R, HEX, 32))
    if k == "portainer":
        return "ptr_" + rnd(R, B64, 43) + "="
    if k == "grafana_cloud":
        return "glc_" + base64.b64encode(json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-" + dg(6) + "-hm-write", "k": rnd(R, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}).encode()).decode()
    if k == "hetzner":
        return rnd(R, ALNUM, 64)
    if k == "vultr":
        return rnd(R, string.ascii_uppercase + string.digits, 36)
    if k == "heroku":
        return "HRKU-AA" + rnd(R, URLSAFE, 58)
    if k == "render":
        return "rnd_" + rnd(R, ALNUM, 32)
    if k == "akamai":
        return "akab-" + rnd(R, LOWN, 16) + "-" + rnd(R, LOWN, 16)
    if k == "okta":
        return "00" + rnd(R, URLSAFE, 40)
    if k == "airtable":
        return "pat" + rnd(R, ALNUM, 14) + "." + rnd(R, HEX, 64)
    if k == "clickup":
        return "pk_%d_%s" % (R.randint(10000000, 99999999), rnd(R, string.ascii_uppercase + string.digits, 32))
    if k == "trello":
        return "ATTA" + rnd(R, HEX, 64) + rnd(R, HEXU, 8)
    if k == "paypal":
        return "E" + rnd(R, URLSAFE, 79)
    if k == "adyen":
        return "AQE" + rnd(R, ALNUM, 10) + "=-" + rnd(R, B64, 40) + "=-" + rnd(R, ALNUM, 20)
    if k == "laravel":
        return "base64:" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()
    if k == "hex64":
        return rnd(R, HEX, 64)
    if k == "b64_32":
        return base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()
    if k == "wp_salt":
        return "".join(R.choice(string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|") for _ in range(64))
    if k == "ghost":
        return rnd(R, HEX, 24) + ":" + rnd(R, HEX, 64)
    if k == "meili":
        return rnd(R, URLSAFE, 32)
    if k == "confluent":
        return rnd(R, string.ascii_letters + string.digits + "+/", 64)
    if k == "sentry_dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (rnd(R, HEX, 32), R.randint(100000, 4999999), R.randint(1000000, 4999999))
    if k == "segment":
        return rnd(R, ALNUM, 32)
    if k == "expo":
        return rnd(R, URLSAFE, 40)
    if k == "reddit":
        return rnd(R, URLSAFE, 30)
    if k == "juniper9":
        return "$9$" + rnd(R, string.ascii_letters + string.digits + "./-", R.randint(14, 30))
    if k == "agora":
        return rnd(R, HEX, 32)
    if k == "quay":
        return rnd(R, string.ascii_uppercase + string.digits, 64)
    if k == "harbor":
        return rnd(R, ALNUM, 32)
    if k == "upstash":
        return "A" + rnd(R, URLSAFE, 59) + "="
    if k == "neon":
        return "npg_" + rnd(R, ALNUM, 12)
    if k == "nextauth":
        return base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()
    if k == "psk":
        return rnd(R, ALNUM, 28)
    return secret_random(R, k)


# ------------------------------------------------------------------ templates
TPL, CTPL = [], []


def tpl(f):
    TPL.append(f)
    return f


def ctpl(f):
    CTPL.append(f)
    return f


def NG(text, tag):
    return N(text, tag)


def money(fmt):
    return fmt % R.randint(5, 900)


@tpl
def t_mytamil_temple():
    rows = []
    for i in range(R.randint(3, 6)):
        sx = sex()
        nm = pname("mytamil", sx, ch(["script", "plain"]))
        rows += ["%d. " % (i + 1), L("person", nm, sub="mytamil"), " — ", PR("MY", "mobile", "nat"),
                 " — ", NG("RM %d.00" % (R.randint(1, 30) * 50), "amount_myr"), "\n"]
    return ("temple_festival_sponsor_list", "ta", ["ஸ்ரீ மகா மாரியம்மன் ஆலயம், ", NG("Batu 7", "milestone"),
            "\nபங்குனி உத்திர திருவிழா ", NG("2025", "year"), " — உபயதாரர் பட்டியல்\n", rows,
            "ரசீது எண்: ", NG("KOV-%05d" % R.randint(1, 99999), "receipt_no"), "\n"])


@tpl
def t_mytamil_pibg():
    sx, d = sex(), bday(1975, 1992)
    kid = pname("mytamil", sex(), "plain")
    par = pname("mytamil", sx, "plain")
    return ("tamil_school_pta_registration", "ta", [
        "SJK(T) ", NG("Ladang Bukit Rajah", "school_name"), " — பெற்றோர் ஆசிரியர் சங்கம் (PIBG) பதிவு படிவம்\n",
        "மாணவர் பெயர்: ", L("person", kid, sub="mytamil"), "   வகுப்பு: ", NG("4 திருவள்ளுவர்", "class_name"), "\n",
        "பெற்றோர் பெயர்: ", L("person", par, sub="mytamil"), "\n",
        "அடையாள அட்டை எண்: ", G(mykad(d, sx), "my_mykad"), "\n",
        "பிறந்த தேதி: ", D("ta", d), "\n",
        "முகவரி: ", A(addr("MY"), "MY"), "\n",
        "கைபேசி: ", phone("MY", "mobile", ch(["nat", "intl"])), "   மின்னஞ்சல்: ", EM(par), "\n",
        "கட்டணம்: ", NG("RM 30.00", "amount_myr"), " (ரொக்கம்)\n"])


@tpl
def t_syro_family_register():
    h = ch(NM["syro"]["house"])
    husband, wife = ch(NM["syro"]["m"]), ch(NM["syro"]["f"])
    fa = ch(NM["syro"]["m"])
    kids = [(ch(NM["syro"][s]), bday(1998, 2015)) for s in (sex(), sex())]
    parts = ["സെന്റ് മേരീസ് ഫൊറോന പള്ളി — ഇടവക കുടുംബ രജിസ്റ്റർ\nകുടുംബ നമ്പർ: ", NG("KVD/%03d" % R.randint(1, 450), "family_no"),
             "   വാർഡ്: ", NG(str(R.randint(1, 14)), "ward_no"), "\nവീട്ടുപേര്: ", h[1], "\n",
             "കുടുംബനാഥൻ: ", L("person", husband[1] + " " + fa[1], sub="syro"), "  ജനനം: ", D("ml", bday(1955, 1980)), "\n",
             "ഭാര്യ: ", L("person", wife[1] + " " + husband[1], sub="syro"), "  ജനനം: ", D("ml", bday(1958, 1985)), "\n"]
    for k, d in kids:
        parts += ["മകൻ/മകൾ: ", L("person", k[1] + " " + husband[1], sub="syro"), "  ജ: ", D("ml", d), "\n"]
    parts += ["വിലാസം: ", A(addr("IN-KL"), "IN"), "\nഫോൺ: ", phone("IN", ch(["mobile", "kottayam"]), "nat"), "\n"]
    return ("parish_family_register", "ml", parts)


@tpl
def t_syro_banns():
    g, b = pname("syro", "m", "house"), pname("syro", "f", "house")
    return ("marriage_banns", "en", ["MARRIAGE BANNS — First Publication (", NG("12 Jan 2025", "event_date"), ")\n",
            "Marriage is intended between ", L("person", g, sub="syro"), ", son of ", P("syro", "m"), " and ", P("syro", "f"),
            ", of this parish, and ", L("person", b, sub="syro"), ", daughter of ", P("syro", "m"), ", St. Thomas Church, ",
            NG("Pala", "place_town"), ".\nIf anyone knows of any impediment, contact the Vicar on ", phone("IN", "kottayam", "nat"),
            " or ", EM("vicar office", "stmaryskuravilangad.org"), ".\n"])


@tpl
def t_parsi_navjote():
    rows = []
    for _ in range(R.randint(3, 5)):
        nm = pname("parsi", sex(), ch(["plain", "plain", "script"]))
        rows += [L("person", nm, sub="parsi"), ",", PR("IN", "mobile", ch(["nat", "e164"])), ",",
                 EM(nm) if nm.isascii() else EM(pname("parsi")), ",", NG(str(R.randint(1, 5)), "guest_count"), ",",
                 ch(["Yes", "No", "Maybe"]), "\n"]
    return ("navjote_rsvp_csv", "gu", ["# નવજોત RSVP — ", NG("Cama Baug Hall", "venue"), ", ", NG("Sun 9 Feb 2025 16:30", "event_date"),
            "\nname,mobile,email,guests,attending\n", rows])


@tpl
def t_parsi_baug():
    sx, d = sex(), bday(1960, 1995)
    nm = pname("parsi", sx)
    return ("trust_housing_application", "en", [
        "To the Trustees, ", NG("Bombay Parsi Punchayet", "org_name"), "\nRe: Application for allotment of flat on rent\n\n",
        "Name of applicant: ", L("person", nm, sub="parsi"), "\nDate of birth: ", D("en", d, "name"),
        "\nPAN: ", G(pan_random(R, "P", nm.split()[-1]), "in_pan"), "   Aadhaar: ", G(group(aadhaar_random(R)), "in_aadhaar"),
        "\nPresent address: ", A(addr(ch(["IN-MH", "IN-GJ"])), "IN"),
        "\nSpouse: ", P("parsi", "f" if sx == "m" else "m"), "\nMobile: ", phone("IN", "mobile", "intl"), "   Email: ", EM(nm),
        "\nMonthly income: ", NG("₹ 48,500", "amount_inr"), "\nPriority list no.: ", NG("W-%04d" % R.randint(1, 3000), "waitlist_no"), "\n"])


@tpl
def t_goan_tiatr():
    rows = []
    for role in R.sample(["Bhatkar", "Mhatari", "Padri", "Mordekar", "Cantarist", "Comic"], 4):
        nm = pname("goan")
        rows += ["- ", role, ": ", L("person", nm, sub="goan"), " — ", PR("IN", ch(["mobile", "margao"]), ch(["nat", "intl"])),
                 (["  ", EM(nm)] if maybe(0.5) else []), "\n"]
    return ("tiatr_cast_sheet", "kok", ["Tiatr \"", NG("Dukhi Ghorkarn", "play_title"), "\" — cast ani contact\nRehearsal: ",
            NG("Kala Academy, 7 vorancher", "venue"), "\n", rows, "Director: ", P("goan", "m"), "\n"])


@tpl
def t_goan_fest():
    rows = []
    for i in range(R.randint(2, 4)):
        nm = pname("goan", sex())
        rows += ["Novena %d: " % (i + 1), L("person", nm, sub="goan"), ", ", A(addr("IN-GA"), "IN"), " — ", NG("Rs %d" % (R.randint(2, 20) * 500), "amount_inr"), "\n"]
    return ("church_fest_sponsor_list", "kok", ["Igorz ", NG("Sant Tomas, Aldona", "church_name"), " — Festachi bhett ani novenancho vantto\n", rows,
            "Kaiteachi mahiti khatir ulo marat: ", phone("IN", "mobile", "nat"), "\n"])


@tpl
def t_mizo_yma():
    rows = []
    for i in range(R.randint(3, 5)):
        sx = sex()
        rows += ["%d | " % (i + 1), P("mizo", sx), " | ", L("person", pname("mizo", "m", "short"), sub="mizo"), " | ",
                 D("lus", bday(1980, 2006)), " | ", phone("IN", "mobile", "nat") if maybe(0.8) else "—", " | ",
                 G(epic(), "in_epic") if maybe(0.5) else "—", "\n"]
    return ("youth_association_member_roll", "lus", ["YMA ", NG("Chanmari West Branch", "branch_name"), " — Member hming list ", NG("2025", "year"),
            "\nNo | Hming | Pa hming | Pian ni | Phone | EPIC\n", rows])


@tpl
def t_meitei_stall():
    sx, d = "f", bday(1955, 1985)
    nm = pname("meitei", sx)
    return ("market_stall_licence_renewal", "en", [
        "Application for renewal of stall licence — ", NG("Ima Keithel, Khwairamband", "market_name"), "\n",
        "Stall No.: ", NG("%s-%03d" % (ch("ABC"), R.randint(1, 300)), "stall_no"), "\nName of licensee: ", L("person", nm, sub="meitei"),
        "\nHusband's name: ", P("meitei", "m"), "\nDate of birth: ", D("en", d, "num"), "\nAadhaar No.: ", G(group(aadhaar_random(R)), "in_aadhaar"),
        "\nAddress: ", A(addr("IN-MN"), "IN"), "\nContact: ", phone("IN", ch(["mobile", "imphal"]), "nat"), "\nFee paid: ", NG("₹ 1,200", "amount_inr"), "\n"])


@tpl
def t_khasi_dorbar():
    sx = sex()
    nm = pname("khasi", sx)
    return ("residence_certificate_request", "en", [
        "To\nThe Rangbah Shnong,\n", NG("Dorbar Shnong Laitumkhrah", "council_name"), "\n\nSub: Request for residential certificate\n\nKhublei Rangbah,\n",
        "I, ", L("person", nm, sub="khasi"), ", ", "son" if sx == "m" else "daughter", " of ", P("khasi", "m"), " (L) and ", P("khasi", "f"),
        ", born on ", D("en", None, "name"), ", have been residing at ", A(addr("IN-ML"), "IN"), " since ", NG("2009", "year"),
        ". EPIC No. ", G(epic(), "in_epic"), ". Kindly issue a residential certificate for admission purposes.\n\nYours faithfully,\n",
        L("person", nm, sub="khasi"), "\nPh: ", phone("IN", ch(["mobile", "shillong"]), "nat"), "\n"])


@tpl
def t_hmong_funeral():
    rows = []
    for _ in range(R.randint(4, 7)):
        nm = pname("hmong", sex(), ch(["rpa", "plain"]))
        rows += [L("person", nm, sub="hmong"), "\t", NG("$%d" % (R.randint(1, 20) * 20), "amount_usd"), "\t",
                 phone("US", ch(["stpaul", "fresno"]), "nat") if maybe(0.6) else "", "\n"]
    dead = pname("hmong", "m")
    return ("funeral_contribution_ledger", "hmn", ["Kev pab nyiaj rau tsev neeg ", NG("Niam Tais Ntxawm", "kinship_term"), " — pam tuag ",
            NG("hnub 14-16 Lub Peb Hlis 2025", "event_date"), "\nLub npe\tNyiaj\tXov tooj\n", rows, "Tus sau ntawv: ", L("person", dead, sub="hmong"), "\n"])


@tpl
def t_hmong_vendor():
    nm = pname("hmong", sex())
    return ("festival_vendor_registration", "en", [
        "Hmong New Year Festival ", NG("2025", "year"), " — Vendor Registration\nBusiness: ", NG("Paj Ntaub Txuj Ci Embroidery", "business_name"),
        "\nOwner: ", L("person", nm, sub="hmong"), "\nPhone: ", phone("US", ch(["fresno", "stpaul"]), "nat"), "\nEmail: ", EM(nm),
        "\nMailing address: ", A(addr(ch(["US-CA", "US-MN"])), "US"), "\nBooth: ", NG("B-%02d (10x10)" % R.randint(1, 60), "booth_no"),
        "\nFee: ", NG("$350.00", "amount_usd"), " paid by card ", CARD(ch(["visa", "mastercard"])), " exp ", NG("%02d/%d" % (R.randint(1, 12), R.randint(26, 30)), "card_expiry"), "\n"])


@tpl
def t_pashto_admission():
    sx, d = sex(), bday(2008, 2016)
    kid = pname("pashtun", sx, "script")
    fa = pname("pashtun", "m", ch(["script", "plain"]))
    return ("school_admission_form", "ps", [
        "د داخلې فورمه — ", NG("اسلامیه پبلک سکول", "school_name"), "\nد زده کوونکي نوم: ", L("person", kid, sub="pashtun"),
        "\nد پلار نوم: ", L("person", fa, sub="pashtun"), "\nد زیږیدو نیټه: ", D("ps", d), "\nد پلار شناختي کارډ: ", G(cnic("m"), "pk_cnic"),
        "\nپته: ", A(addr("PK"), "PK"), "\nد اړیکې شمېره: ", phone("PK", "mobile", ch(["nat", "intl"])), "\nټولګی: ", NG("اووم", "class_name"), "\n"])


@tpl
def t_ossetian_tour():
    rows = []
    for i in range(R.randint(3, 5)):
        sx = sex()
        rows += ["%d. " % (i + 1), L("person", pname("ossetian", sx, "fio"), sub="ossetian"), "; ", D("ru", bday(1990, 2007), "num"), "; паспорт ",
                 G("90 %02d %06d" % (R.randint(0, 24), R.randint(0, 999999)), "ru_passport"), "; СНИЛС ", G(snils(), "ru_snils"), "; ",
                 phone("RU", ch(["mobile", "vladikavkaz"]), ch(["nat", "intl"])), "\n"]
    return ("ensemble_tour_participant_list", "ru", ["Ансамбль народного танца «", NG("Симд", "ensemble_name"), "» — список участников гастролей (",
            NG("Казань, 12–18.05.2025", "event_date"), ")\nФИО; дата рождения; документ; СНИЛС; телефон\n", rows,
            "Руководитель: ", P("ossetian", "m", "fio"), ", ", EM("ensemble simd", "mail.ru"), "\n"])


@tpl
def t_bashkir_olympiad():
    rows = []
    for i in range(R.randint(3, 5)):
        rows += ["%d) " % (i + 1), P("bashkir", None, "rev"), ", тыуған көнө: ", D("ba", bday(2007, 2012)), ", ", NG("%d-се класс" % R.randint(7, 11), "class_name"), "\n"]
    t = pname("bashkir")
    return ("school_olympiad_participant_list", "ba", ["Башҡорт теле буйынса республика олимпиадаһы ҡатнашыусылары исемлеге\nМәктәп: ",
            NG("Өфө ҡалаһы 20-се гимназия", "school_name"), "\n", rows, "Уҡытыусы: ", L("person", t, sub="bashkir"), ", тел. ",
            phone("RU", ch(["ufa", "mobile"]), "nat"), ", ", EM(ch(["aigiza", "gulnaz", "ramil", "azat"]) + " " + ch(["galieva", "bikbaev", "ishmuhametov"]), "yandex.ru"), "\n"])


@tpl
def t_dagestan_wrestling():
    rows = []
    for i in range(R.randint(3, 6)):
        rows += ["%d | " % (i + 1), P("dagestan", "m", "fio"), " | ", D("ru", bday(2003, 2010), "num"), " | ", NG("%d кг" % ch([57, 61, 65, 70, 74, 79, 86]), "weight_class"),
                 " | ", phone("RU", "mobile", "nat") if maybe(0.7) else "—", "\n"]
    return ("wrestling_tournament_entry_list", "ru", ["Первенство РД по вольной борьбе среди юниоров — заявка команды ", NG("СШОР «Динамо»", "club_name"),
            "\n№ | ФИО | Дата рождения | Вес | Телефон\n", rows, "Тренер: ", P("dagestan", "m"), ", ", phone("RU", "makhachkala", "intl"), "\n"])


@tpl
def t_ladino_komunita():
    sx = sex()
    nm = pname("sephardic", sx)
    return ("community_membership_letter", "lad", [
        "Kerid", "o" if sx == "m" else "a", " ", L("person", nm.split()[0], sub="sephardic"), ",\n\nMozos de la Komunita Djudia de Estambol vos rogamos renovar vuestra afiliasion para el anyo ",
        NG("5785", "hebrew_year"), ". Tenemos en muestros rejistros:\nNombre: ", L("person", nm, sub="sephardic"), "\nAdreso: ", A(addr("TR", True), "TR"),
        "\nNumero de identita: ", G(tckn(), "tr_tckn"), "\nTelefon: ", phone("TR", ch(["mobile", "istanbul"]), "nat"), "\nEmail: ", EM(nm),
        "\nLa kuota (", NG("1.250,00 TL", "amount_try"), ") se puede pagar al IBAN ", IB("TR"), ".\n\nKon muncho karinyo,\n", P("sephardic"), "\n"])


@tpl
def t_cornish_gig():
    rows = []
    for seat in ["Cox", "Stroke", "2", "3", "4", "5", "Bow"][:R.randint(4, 7)]:
        nm = pname("cornish")
        rows += [seat, ": ", L("person", nm, sub="cornish"), " — ICE ", P("cornish"), " ", PR("GB", ch(["mobile", "penzance", "truro"]), "nat"), "\n"]
    return ("gig_rowing_crew_sheet", "kw", ["Dydh da! Crew sheet — ", NG("St Ives Gig Club", "club_name"), ", race vs ", NG("Newquay", "place_town"),
            " (", NG("Sat 10 May 2025, 14:00", "event_date"), ")\nGig: ", NG("\"Dolly Pentreath\"", "boat_name"), "\n", rows, "Meur ras!\n"])


@tpl
def t_cornish_class():
    nm, d = pname("cornish"), bday(1950, 2005)
    return ("language_class_enrolment", "kw", [
        "Furvlen ombrofya — Klass Kernewek, ", NG("Kesva an Taves Kernewek", "org_name"), " level 2\nHanow / Name: ", L("person", nm, sub="cornish"),
        "\nDydh genesigeth / Date of birth: ", D("kw", d), "\nTrigva / Address: ", A(addr("GB-CO", True), "GB"),
        "\nPellgowser / Phone: ", phone("GB", ch(["mobile", "penzance", "truro"]), ch(["nat", "intl"])), "\nEbost / Email: ", EM(nm),
        "\nCost: ", NG("£85.00", "amount_gbp"), "\n"])


@tpl
def t_occitan_calandreta():
    kid = pname("occitan")
    d = bday(2019, 2022)
    m_, f_ = pname("occitan", "f"), pname("occitan", "m")
    sx = sex()
    return ("immersion_school_preregistration", "oc", [
        "Calandreta ", NG("de Pau — Lo Pontet", "school_name"), "\nFicha de pre-inscripcion ", NG("2025-2026", "school_year"), "\n",
        "Escolan: ", L("person", kid, sub="occitan"), "\nNascut/nascuda lo: ", D("oc", d), "\nMaire: ", L("person", m_, sub="occitan"), " — ",
        phone("FR", "mobile", "nat"), " — ", EM(m_), "\nPaire: ", L("person", f_, sub="occitan"), " — ", phone("FR", ch(["mobile", "fixed"]), "nat"),
        "\nNumèro de seguretat sociala (parent): ", G(nir_for(bday(1980, 1992), "f"), "fr_nir"), "\nAdreça: ", A(addr("FR-OC"), "FR"), "\nMercés !\n"])


@tpl
def t_occitan_members():
    rows = []
    for _ in range(R.randint(3, 6)):
        nm = pname("occitan")
        rows += [L("person", nm, sub="occitan"), ";", EM(nm, ch(["orange.fr", "free.fr", "laposte.net"])), ";", PR("FR", ch(["mobile", "fixed"]), "nat"), ";",
                 ch(["cotisacion pagada", "a pagar", "onorari"]), "\n"]
    return ("association_member_export", "oc", ["Escòla ", NG("Gaston Febus", "eponym_org"), " — lista dels adherents\nnom;corrièl;telefòn;estatut\n", rows])


@tpl
def t_sardinian_tenore():
    rows = []
    for role in ["boghe", "contra", "bassu", "mesu boghe"]:
        sx = "m"
        g, fa, fb = ch(NM["sardinian"]["m"]), ch(NM["sardinian"]["fam"]), ch(NM["sardinian"]["fam"])
        d = bday(1950, 2000)
        rows += [role, ": ", L("person", g + " " + fa, sub="sardinian"), " — CF ", G(cf(fa, g, d, sx, ch(["F979", "B354", "I452", "G113"])), "it_cf"),
                 " — nàschidu su ", D("sc", d), " — ", phone("IT", ch(["mobile", "nuoro"]), "nat"), "\n"]
    return ("choir_festival_performer_list", "sc", ["Festival de su Cantu a Tenore — ", NG("Orgòsolo, austu 2025", "event_date"),
            "\nTenore ", NG("\"Supramonte\"", "group_name"), "\n", rows, "Gràtzias!\n"])


@tpl
def t_sardinian_sagra():
    sx, d = sex(), bday(1960, 1995)
    g, fa = ch(NM["sardinian"][sx]), ch(NM["sardinian"]["fam"])
    return ("stall_permit_request", "sc", [
        "A su Sìndigu de su Comunu de ", NG("Nùgoro", "place_town"), "\n\nSa sutascrita/su sutascritu ", L("person", g + " " + fa, sub="sardinian"),
        ", nàschida/u su ", D("sc", d, "name"), ", còdighe fiscale ", G(cf(fa, g, d, sx, ch(["F979", "G113"])), "it_cf"), ", resident in ",
        A(addr("IT-SA"), "IT"), ", pedit su permissu pro unu bancu in sa sagra de ", NG("Santu Sarbadore", "eponym_event"), ".\nTel. ",
        phone("IT", ch(["mobile", "cagliari"]), "nat"), " — pagamentu IBAN ", IB("IT"), "\n"])


@tpl
def t_friulian_roster():
    rows = []
    for turn in ["vinars 18-24", "sabide 11-15", "sabide 18-01", "domenie 11-16"][:R.randint(2, 4)]:
        rows += [NG(turn, "shift"), ": ", P("friulian"), " (", PR("IT", ch(["mobile", "udine"]), "nat"), "), ", P("friulian"), "\n"]
    return ("festival_volunteer_roster", "fur", ["Sagre dal Perdon di ", NG("Tarcint", "place_town"), " — turnis dai volontaris a la frasche\n", rows, "Mandi e graciis a ducj!\n"])


@tpl
def t_friulian_emigrant():
    nm = pname("friulian")
    return ("emigrant_association_update", "fur", [
        "Ogjet: inzornament dai dâts\n\nMandi,\no soi ", L("person", nm, sub="friulian"), ", socia/soci dal Fogolâr di ", NG("Cordoba", "place_foreign"),
        ". O soi tornade/tornât in Friûl. Il gnûf recapit al è:\n", A(addr("IT-FR", True), "IT"), "\nTel. ", phone("IT", ch(["mobile", "udine"]), "intl"),
        "\nPosta: ", EM(nm), "\nNassût/nassude ai ", D("fur", bday(1945, 1970)), ".\nMandi,\n", L("person", nm.split()[0], sub="friulian"), "\n"])


@tpl
def t_walloon_cast():
    rows = []
    for role in R.sample(["Tchantchès", "Nanesse", "li maïeûr", "li curé", "Djôsef", "Marèye"], 4):
        nm = pname("walloon")
        rows += [role, " — ", L("person", nm, sub="walloon"), " — ", PR("BE", ch(["mobile", "liege"]), "nat"), (" — " if maybe() else ""), ]
        if rows[-1]:
            rows += [EM(nm, ch(["skynet.be", "proximus.be", "gmail.com"]))]
        rows += ["\n"]
    return ("dialect_theatre_cast_list", "wa", ["Cercle dramatike ", NG("\"Les Walons d'Grivegnêye\"", "troupe_name"),
            " — li pîce \"", NG("Li Bosse", "play_title"), "\"\nRèpètitions: ", NG("lundi a 20 eures", "schedule"), "\n", rows])


@tpl
def t_walloon_carnival_csv():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = sex(), bday(1950, 2004)
        g, f = ch(NM["walloon"][sx]), ch(NM["walloon"]["fam"])
        rows += [L("person", f, sub="walloon"), ";", L("person", g, sub="walloon"), ";", D("wa", d, "num"), ";", G(be_nn(d, sx), "be_nn"), ";", IB("BE", ch(["grp", "flat"])), "\n"]
    return ("carnival_society_member_csv", "wa", ["Sôcieté d'Gilles ", NG("\"Les Fidèles\"", "society_name"), " — cotisåcion ", NG("2025", "year"),
            "\nno;pré-no;date di naîssance;numèro nåcional;IBAN\n", rows])


@tpl
def t_limburg_schutterij():
    rows = []
    for rank in R.sample(["Kaptein", "Luitenant", "Vaandrig", "Tamboer", "Sjutter", "Sjutter", "Marketentster"], 4):
        nm = pname("limburg")
        rows += [rank, ": ", L("person", nm, sub="limburg"), ", gebore ", D("li", bday(1955, 2005)), ", ", A(addr("NL-LI"), "NL"), (", tel. " if True else ""), PR("NL", ch(["mobile", "maastricht"]), "nat"), "\n"]
    return ("shooting_guild_roster", "li", ["Sjötterie ", NG("Sint-Sebastianus", "eponym_org"), " — ledelies ", NG("2025", "year"), "\n", rows])


@tpl
def t_limburg_prinsenraad():
    nm = pname("limburg")
    return ("carnival_council_email", "li", ["Vaan: ", L("person", nm, sub="limburg"), " <", EM(nm, ch(["ziggo.nl", "home.nl", "kpnmail.nl"])), ">\nOnderwerp: Contributie Prinsenraad\n\n",
            "Hoi allemaol,\n\nDe contributie vaan ", NG("€ 45", "amount_eur"), " graag euverMake op ", IB("NL"), " tnv ", NG("CV De Sjpassmaekers", "org_name"),
            ". Veur vraoge: ", phone("NL", "mobile", "nat"), ".\nAlaaf!\n", L("person", nm.split()[0], sub="limburg"), "\n"])


@tpl
def t_kashub_exam():
    sx, d = sex(), bday(1960, 2006)
    nm = pname("kashub", sx)
    return ("language_exam_registration", "csb", [
        "Zgłoszenié na egzamin z kaszëbsczégò jãzëka — pòzdrzatk B2\nMiono i nôzwëskò: ", L("person", nm, sub="kashub"),
        "\nPESEL: ", G(pesel(d, sx), "pl_pesel"), "\nDzéń ùrodzeniô: ", D("pl", d, "num"), "\nAdresa: ", A(addr("PL-KA"), "PL"),
        "\nTelefón: ", phone("PL", ch(["mobile", "kartuzy"]), "nat"), "\nE-mail: ", EM(nm), "\nDzãkùjemë!\n"])


@tpl
def t_kashub_crew():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = "m", bday(1960, 2000)
        rows += [L("person", pname("kashub", sx), sub="kashub"), " | ", G(pesel(d, sx), "pl_pesel"), " | ", PR("PL", "mobile", "nat"), " | ", NG(ch(["szyper", "mechanik", "rybak"]), "role"), "\n"]
    return ("fishing_crew_register", "pl", ["Zrzeszenie Rybaków Morskich — załoga kutra ", NG("WŁA-%d" % R.randint(1, 300), "vessel_reg"),
            "\nNazwisko i imię | PESEL | Telefon | Funkcja\n", rows])


@tpl
def t_swiss_schwingfest():
    rows = []
    for _ in range(R.randint(3, 5)):
        nm = pname("swiss", "m")
        rows += [L("person", nm, sub="swiss"), "\t", D("gsw", bday(1995, 2006), "num"), "\t", G(ahv(), "ch_ahv"), "\t", NG(ch(["SK Thun", "SK Oberhofen", "SK Frutigen"]), "club_name"), "\t", PR("CH", "mobile", "nat"), "\n"]
    return ("wrestling_festival_entry_list", "gsw", ["Aamäldig Bärner Kantonalschwingfescht ", NG("2025", "year"), "\nName\tGeburi\tAHV\tKlub\tHandy\n", rows,
            "Tech. Leiter: ", P("swiss", "m"), ", ", EM(pname("swiss", "m"), "bluewin.ch"), "\n"])


@tpl
def t_swiss_alp():
    rows = []
    for _ in range(R.randint(2, 4)):
        nm = pname("swiss")
        rows += ["- ", L("person", nm, sub="swiss"), ", ", A(addr("CH"), "CH"), ": ", NG("%d Kuhrechte" % R.randint(1, 8), "count"), ", IBAN ", IB("CH"), "\n"]
    return ("alp_cooperative_rights_list", "gsw", ["Alpgenossenschaft ", NG("Stockhorn", "place_mountain"), " — Auszahlig Alpnutze ", NG("2024", "year"), "\nGrüezi mitenand, hie d'Lischte:\n", rows,
            "Merci vilmal, de Kassier ", P("swiss", "m"), "\n"])


@tpl
def t_frisian_bosseln():
    rows = []
    for _ in range(R.randint(3, 5)):
        nm = pname("frisian_e")
        rows += [L("person", nm, sub="frisian_e"), " — boren ", D("nds", bday(1960, 2005)), " — ", PR("DE", ch(["mobile", "aurich"]), "nat"), "\n"]
    return ("road_bowling_team_list", "nds", ["Moin! Mannschaftsopstellen Boßeln Kreisliga — ", NG("KBV Wiesmoor II", "club_name"), "\n", rows,
            "Anmellen bi ", P("frisian_e"), ", ", EM(pname("frisian_e"), "ewetel.net"), ". Dank ok!\n"])


@tpl
def t_amish_directory():
    hf, wf = ch(NM["amish"]["m"]), ch(NM["amish"]["f"])
    fam, maiden = R.sample(NM["amish"]["fam"], 2)
    parts = [L("person", fam + ", " + hf, sub="amish"), " & ", L("person", wf, sub="amish"), " (", L("person", maiden, sub="amish"), ")\n",
             A(addr("US-PA"), "US"), "\nPhone (shanty): ", phone("US", "lancaster", "nat"), "\n", "Hf b. ", D("en-us", bday(1960, 1990), "num"), "  Wf b. ",
             D("en-us", bday(1962, 1992), "num"), "\nChildren:\n"]
    for _ in range(R.randint(2, 5)):
        parts += ["  ", L("person", ch(NM["amish"][sex()]), sub="amish"), " — ", D("en-us", bday(2004, 2020), "num"), "\n"]
    return ("amish_school_district_directory", "pdc", ["Schul Directory — ", NG("Pequea Valley Deitsch Schul", "school_name"), " (", NG("District 14", "district"), ")\n", parts])


@tpl
def t_amish_auction():
    rows = []
    for lot in range(R.randint(3, 5)):
        nm = pname("amish")
        rows += [NG("Lot %d" % R.randint(100, 400), "lot_no"), " — ", NG(ch(["Sunshine & Shadow quilt", "Log Cabin quilt", "Double Wedding Ring quilt", "hickory rocker"]), "item"),
                 " — consignor ", L("person", nm, sub="amish"), ", ", A(addr("US-PA"), "US"), (", ph " if True else ""), phone("US", "lancaster", "nat"), "\n"]
    return ("quilt_auction_consignor_list", "en", ["Fire Company Mud Sale — consignor list (", NG("Sat March 8, 2025", "event_date"), ")\n", rows, "Clerk: ", P("amish", "f"), "\n"])


@tpl
def t_cajun_boucherie():
    rows = []
    for job in R.sample(["cracklins", "boudin", "hogshead cheese", "gratons", "la cuisine", "music"], 4):
        nm = pname("cajun")
        rows += [job, " : ", L("person", nm, sub="cajun"), " — ", PR("US", "lafayette", "nat"), (" — " if maybe() else ""), ]
        if rows[-1]:
            rows += [EM(nm)]
        rows += ["\n"]
    return ("boucherie_signup_sheet", "fr", ["Comment ça va, cher ! Boucherie chez ", P("cajun", "m"), ", samedi ", NG("le 18 janvier", "event_date"), ".\nQui c'est qui fait quoi :\n", rows,
            "Adresse : ", A(addr("US-LA"), "US"), "\n"])


@tpl
def t_cajun_courir():
    rows = []
    for _ in range(R.randint(3, 5)):
        nm = pname("cajun")
        rows += [L("person", nm, sub="cajun"), " | DOB ", D("en-us", bday(1970, 2006), "num"), " | ", PR("US", "lafayette", "nat"), " | ICE ", P("cajun"), " ", PR("US", "lafayette", "nat"), "\n"]
    return ("mardi_gras_run_roster", "en", ["Courir de Mardi Gras — ", NG("Tee Mamou", "place_town"), " riders roster (must be 18+, signed waiver)\n", rows,
            "Capitaine: ", P("cajun", "m"), "\n"])


@tpl
def t_nahua_beca():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = sex(), bday(2007, 2013)
        g, f1, f2 = ch(NM["nahua"][sx]), ch(NM["nahua"]["fam"]), ch(NM["nahua"]["fam"])
        rows += [L("person", g + " " + f1 + " " + f2, sub="nahua"), " | ", G(curp(g, f1, f2, d, sx), "mx_curp"), " | ", D("nah", d), " | ",
                 phone("MX", ch(["cuetzalan", "puebla"]), "nat") if maybe(0.6) else "—", "\n"]
    return ("scholarship_beneficiary_list", "nah", ["Tlamachtiloyan ", NG("Tosepan Kalnemachtiloyan", "school_name"), " — beca ", NG("2025", "year"),
            "\nNiltze. Inin tlamachtianij kipiaj beca:\nTokay | CURP | Tlakatilis | Teléfono\n", rows, "Tlazohcamati.\n"])


@tpl
def t_nahua_faena():
    rows = []
    for _ in range(R.randint(4, 6)):
        rows += [P("nahua"), " — ", ch(["onias", "amo onias", "onias (tequitl)", "kitlaxtlawak"]), "\n"]
    return ("assembly_work_attendance", "nah", ["Asamblea comunitaria, ", NG("Xaltipan", "place_town"), " — faena ", NG("16/03/2025", "event_date"),
            "\n", rows, "Tekiwah: ", P("nahua", "m"), ", ", phone("MX", "cuetzalan", "intl"), "\n"])


@tpl
def t_curacao_tumba():
    sx, d = sex(), bday(1985, 2004)
    nm = pname("curacao", sx)
    return ("music_contest_registration", "pap", [
        "Formulario di inskripshon — Festival di Tumba ", NG("2026", "year"), "\nNòmber kompleto: ", L("person", nm, sub="curacao"),
        "\nFecha di nasementu: ", D("pap", d, ch(["name", "num"])), "\nNúmber di sédula: ", G("%d%02d%02d%02d" % (d.year, d.month, d.day, R.randint(10, 99)), "cw_sedula"),
        "\nAdrès: ", A(addr("CW"), "CW"), "\nCelular: ", phone("CW", "mobile", ch(["nat", "intl"])), "\nEmail: ", EM(nm), "\nTítulo di e kantika: ", NG("\"Kòrsou ta bo\"", "song_title"), "\nMasha danki!\n"])


@tpl
def t_curacao_seu():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows += [P("curacao"), " - ", PR("CW", "mobile", "nat"), "\n"]
    return ("harvest_parade_group_list", "pap", ["Grupo di Seú ", NG("\"Tambú di Bandabou\"", "group_name"), " — lista di miembro\nBon dia! Aki e lista pa e Seú di ", NG("1 di mei", "event_date"), ":\n", rows,
            "Lider: ", P("curacao"), ", ", EM(pname("curacao")), "\n"])


def mu_nic(fam, d):
    return fam[0].upper() + "%02d%02d%02d" % (d.day, d.month, d.year % 100) + dg(6) + ch(string.ascii_uppercase)


@tpl
def t_mauritian_carrom():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = sex(), bday(1965, 2005)
        g, f = ch(NM["mauritian"][sx]), ch(NM["mauritian"]["fam"])
        rows += [L("person", g + " " + f, sub="mauritian"), ", NIC ", G(mu_nic(f, d), "mu_nic"), ", ", PR("MU", "mobile", "nat"), "\n"]
    return ("carrom_tournament_entries", "mfe", ["Bonzour tou dimounn! Lis bann zwer pou tournwa carrom ", NG("Rose-Hill", "place_town"), " ", NG("samdi 22 mars", "event_date"), ":\n", rows,
            "Pou plis info, apel ", P("mauritian", "m"), " lor ", phone("MU", ch(["mobile", "fixed"]), "nat"), ". Mersi!\n"])


@tpl
def t_mauritian_membership():
    sx, d = sex(), bday(1955, 2000)
    g, f = ch(NM["mauritian"][sx]), ch(NM["mauritian"]["fam"])
    nm = g + " " + f
    return ("association_membership_form", "mfe", [
        "Lasosiasion Fam ek Zanfan ", NG("Cité La Cure", "place_locality"), " — Form manb\nNon: ", L("person", nm, sub="mauritian"), "\nDat nesans: ", D("mfe", d, "name"),
        "\nNo NIC: ", G(mu_nic(f, d), "mu_nic"), "\nAdres: ", A(addr("MU"), "MU"), "\nTelefonn: ", phone("MU", ch(["mobile", "fixed"]), "nat"), "\nImel: ", EM(nm),
        "\nKotizasion (", NG("Rs 500", "amount_mur"), ") par transfer: ", IB("MU") if "MU" in IBAN_SPEC else "", "\n"])


@tpl
def t_gambian_wrestling():
    nm, d = pname("gambian", "m"), bday(1990, 2004)
    return ("wrestling_fighter_registration", "wo", [
        "Laamb — Fighter registration, ", NG("Serrekunda East Mini-Stadium", "venue"), "\nTuddu mbër bi / Fighter name: ", L("person", nm, sub="gambian"),
        "\nRing name: ", NG("\"Bombardier Jr\"", "nickname"), "\nJuddu / Date of birth: ", D("en", d, "name"), "\nPassport: ", G(passport("GM"), "gm_passport"),
        "\nAddress: ", A(addr("GM"), "GM"), "\nPhone: ", phone("GM", "mobile", ch(["nat", "intl"])), "\nManager: ", P("gambian", "m"), ", ", phone("GM", "mobile", "nat"), "\nJërëjëf.\n"])


@tpl
def t_gambian_wassce():
    nm = pname("gambian")
    return ("exam_certificate_verification_request", "en", [
        "Dear Sir/Madam,\n\nRe: Verification of WASSCE result, index no. ", NG("%07d%03d" % (R.randint(1, 9999999), R.randint(1, 999)), "exam_index_no"),
        ", ", NG("2019", "year"), "\n\nI write to request verification for ", L("person", nm, sub="gambian"), " (born ", D("en", None, "name"),
        "), who applied to our nursing programme. Please reply to ", EM("admissions officer", "utg.edu.gm"), " or call ", phone("GM", "mobile", "intl"), ".\n\nYours faithfully,\n",
        P("gambian"), "\nAdmissions Office\n"])


@tpl
def t_basotho_choir():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx = sex()
        rows += [P("basotho", sx), " — ", ch(["soprano", "alto", "tenor", "bass"]), " — ", PR("LS", "mobile", "nat") if maybe(0.7) else "—", "\n"]
    return ("choir_competition_entries", "st", ["Lumela! Lenane la sehlopha sa 'mino — Kereke ea ", NG("Morija", "place_town"), ", tlholisano ea ", NG("Phupu 2025", "event_date"), "\n", rows,
            "Mookameli: ", P("basotho", "f"), ", ", EM(pname("basotho")), ". Kea leboha.\n"])


@tpl
def t_xhosa_soccer():
    sx, d = "m", bday(2000, 2008)
    nm = pname("xhosa", sx)
    return ("football_player_registration", "xh", [
        "Ifomu yokubhalisa umdlali — ", NG("Mthatha Local Football Association", "org_name"), "\nIgama: ", L("person", nm, sub="xhosa"), "\nUmhla wokuzalwa: ",
        D("xh", d), "\nI-ID: ", G(za_id(d, sx), "za_id"), "\nIdilesi: ", A(addr("ZA-EC", True), "ZA"), "\nIfowuni: ", phone("ZA", "mobile", "nat"),
        "\nUmzali/Umgcini: ", P("xhosa"), " ", phone("ZA", ch(["mobile", "mthatha"]), "nat"), "\nIqela: ", NG("Ngangelizwe United FC", "club_name"), "\nEnkosi.\n"])


@tpl
def t_xhosa_indigent():
    sx, d = sex(), bday(1950, 1985)
    nm = pname("xhosa", sx)
    return ("indigent_subsidy_application", "xh", [
        "ISICELO SENKXASO YABAHLELELEKILEYO — ", NG("King Sabata Dalindyebo Municipality", "eponym_org"), "\nIgama nefani: ", L("person", nm, sub="xhosa"),
        "\nInombolo ye-ID: ", G(za_id(d, sx), "za_id"), "\nWazalwa ngomhla: ", D("xh", d, "name"), "\nIdilesi yendawo: ", A(addr("ZA-EC"), "ZA"),
        "\nInombolo ye-akhawunti kamasipala: ", NG("%010d" % R.randint(1, 10 ** 9), "municipal_account"), "\nIfowuni: ", phone("ZA", "mobile", "nat"),
        "\nIngeniso yenyanga: ", NG("R 2 180,00", "amount_zar"), "\n"])


@tpl
def t_swazi_outgrower():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = sex(), bday(1960, 1995)
        rows += [P("swazi", sx), " | PIN ", G("%02d%02d%02d%07d" % (d.year % 100, d.month, d.day, R.randint(0, 9999999)), "sz_pin"), " | ",
                 phone("SZ", "mobile", "nat"), " | ", NG("%.1f ha" % (R.randint(5, 60) / 10), "area"), "\n"]
    return ("sugarcane_outgrower_member_list", "ss", ["Sawubona. Luhlu lwemalunga — ", NG("Vuvulane", "place_town"), " Farmers Association\nLigama | PIN | Lucingo | Umhlaba\n", rows,
            "Ngiyabonga, ", P("swazi", "m"), " (", A(addr("SZ"), "SZ"), ")\n"])


@tpl
def t_kabyle_tajmaat():
    rows = []
    for _ in range(R.randint(3, 6)):
        nm = pname("kabyle", "m")
        abroad = maybe(0.4)
        rows += [L("person", nm, sub="kabyle"), " — ", NG(ch(["5000 DA", "10 000 DA", "200 €", "150 €"]), "amount_dzd"), " — ",
                 phone("FR", "mobile", "intl", region="DZ") if abroad else phone("DZ", "mobile", "nat"), "\n"]
    return ("village_committee_contribution_list", "kab", ["Azul fellawen. Tajmaɛt n taddart ", NG("Ath Yenni", "place_village"), " — tallalt i lmecruɛ n waman\n", rows,
            "Amaswaq: ", P("kabyle", "m"), ". Tanemmirt!\n"])


@tpl
def t_ilocano_ofw():
    sx, d = sex(), bday(1975, 1998)
    nm = pname("ilocano", sx)
    return ("overseas_worker_beneficiary_form", "ilo", [
        "Porma ti Benepisiario — OFW\nNagan ti OFW: ", L("person", nm, sub="ilocano"), "\nNaiyanak idi: ", D("ilo", d), "\nSSS No.: ", G("%02d-%07d-%d" % (R.randint(1, 99), R.randint(0, 9999999), R.randint(0, 9)), "ph_sss"),
        "\nPasaporte: ", G(passport("PH"), "ph_passport"), "\nBenepisiario: ", P("ilocano"), " (", ch(["asawa", "ina", "ama", "anak"]), ")\nAdres: ", A(addr("PH"), "PH"),
        "\nCellphone: ", phone("PH", "mobile", "nat"), "\nEmail: ", EM(nm), "\nAgyamanak!\n"])


@tpl
def t_sunda_posyandu():
    rows = []
    for _ in range(R.randint(2, 4)):
        sx, d = sex(), bday(2021, 2024)
        mom_sx, md = "f", bday(1990, 2002)
        rows += [P("sunda", sx, "short"), " | ", D("su", d, "num"), " | ibu: ", P("sunda", "f"), " | NIK ibu ", G(nik(md, "f", "3273"), "id_nik"), " | ",
                 NG("%.1f kg" % (R.randint(40, 150) / 10), "weight"), " | ", phone("ID", "mobile", "nat"), "\n"]
    return ("infant_health_post_register", "su", ["Posyandu ", NG("Mawar RW 07", "post_name"), " — Kel. Cigadung, Bandung\nWilujeng enjing. Data timbangan ", NG("Maret 2025", "event_date"),
            ":\nNami budak | Tgl lahir | Ibu | NIK | BB | HP\n", rows, "Kader: ", P("sunda", "f"), ", ", A(addr("ID-JB"), "ID"), "\nHatur nuhun.\n"])


@tpl
def t_batak_punguan():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows += [P("batak"), " — ", A(addr("ID-SU"), "ID"), " — ", PR("ID", ch(["mobile", "medan"]), "nat"), "\n"]
    return ("clan_association_member_list", "id", ["Horas! Daftar anggota Punguan ", NG("Parsahutaon Batak Medan Utara", "clan_org"), " se-Kota Medan ", NG("2025", "year"), "\n", rows,
            "Bendahara: ", P("batak", "f"), ", rek. ", NG("BRI 0123-01-%06d-50-1" % R.randint(0, 999999), "bank_account"), "\n"])


@tpl
def t_quechua_water():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows += [P("quechua"), " | DNI ", G("%08d" % R.randint(10000000, 49999999), "pe_dni"), " | ", NG("%d turno" % R.randint(1, 4), "turn_no"), " | ",
                 phone("PE", "mobile", "nat") if maybe(0.6) else "—", "\n"]
    return ("irrigation_water_rights_list", "qu", ["Allillanchu. Comunidad ", NG("Paru Paru", "place_village"), " — yaku rakiy (riego) ", NG("2025", "year"),
            "\nSutiy | DNI | Turno | Celular\n", rows, "Presidente: ", P("quechua", "m"), ", ", phone("PE", "cusco", "nat"), "\nSulpayki.\n"])


@tpl
def t_vanuatu_rse():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx, d = sex(), bday(1985, 2003)
        rows += [P("vanuatu", sx), " | ", D("bi", d, ch(["name", "num"])), " | ", G(passport("VU"), "vu_passport"), " | ", NG(ch(["Tanna", "Pentecost", "Ambae", "Malekula"]), "island"), " | ", PR("VU", "mobile", "nat"), "\n"]
    return ("seasonal_worker_recruitment_list", "bi", ["Halo olgeta. List blong ol woka blong RSE ", NG("2025-26", "season"), " (", NG("Hawke's Bay orchard", "employer_place"), ")\nNem | Dei blong bon | Pasport | Aelan | Namba\n", rows,
            "Agent: ", P("vanuatu", "m"), ", ", A(addr("VU"), "VU"), ", ", EM(pname("vanuatu")), "\nTankyu tumas.\n"])


@tpl
def t_shetland_croft():
    rows = []
    for _ in range(R.randint(2, 4)):
        rows += [NG("Croft %d" % R.randint(1, 40), "croft_no"), ", ", NG(ch(["Nort Toon", "Sooth Setter", "Hamar"]), "croft_name"), ": ", P("shetland"), ", ", A(addr("GB-ZE"), "GB"), ", ", PR("GB", ch(["lerwick", "mobile"]), "nat"), "\n"]
    return ("crofting_tenancy_register", "sco", ["Aye aye. Here's da list o tenants fae da grazing committee for ", NG("Bressay common grazings", "place_common"), ":\n", rows,
            "Clerk: ", P("shetland"), " — ", EM(pname("shetland"), "shetland.org"), "\n"])


@tpl
def t_assyrian_parish():
    rows = []
    for _ in range(R.randint(2, 4)):
        sx, d = sex(), bday(1950, 2005)
        rows += [P("assyrian", sx), ", ", G(se_pnr(d, sx), "se_personnummer"), ", ", A(addr("SE"), "SE"), ", ", PR("SE", ch(["mobile", "sodertalje"]), "nat"), "\n"]
    return ("parish_member_register", "sv", ["Syrisk-ortodoxa församlingen ", NG("Mor Gabriel", "eponym_org"), ", Södertälje — medlemsregister\n", rows,
            "Medlemsavgift till ", IB("SE"), " senast ", NG("31 mars 2025", "due_date"), ".\n"])


@tpl
def t_okinawa_meibo():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows += [P("okinawa", None, ch(["sp", "plain"])), "\t", D("ja", bday(1940, 1995), "name"), "生\t", A(addr("JP"), "JP"), "\t", PR("JP", ch(["naha", "mobile"]), "nat"), "\n"]
    return ("hometown_association_roster", "ja", ["", NG("大宜味村", "place_village"), "郷友会　会員名簿（", NG("令和7年度", "fiscal_year"), "）\n氏名\t生年月日\t住所\t電話\n", rows])


@tpl
def t_okinawa_eisa():
    rows = []
    for i in range(R.randint(3, 6)):
        f, g = ch(NM["okinawa"]["fam"]), ch(NM["okinawa"][sex()])
        rows += ["%d. " % (i + 1), L("person", f[0] + g[0], sub="okinawa"), "（", L("person", f[1] + " " + g[1], sub="okinawa"), "）", D("ja", bday(2000, 2009), "num"), " ", PR("JP", "mobile", "nat"), "\n"]
    return ("eisa_youth_group_participants", "ja", ["", NG("平敷屋", "place_village"), "青年会エイサー　参加者名簿\n", rows, "連絡先：", EM("seinenkai eisa", "okinawa-seinen.jp"), "\n"])


@tpl
def t_gagauz_grapes():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows += [P("gagauz"), " | IDNP ", G(idnp(), "md_idnp"), " | ", NG("%d kg" % R.randint(300, 5000), "weight"), " | ", PR("MD", "mobile", "nat"), " | ", IB("MD") if "MD" in IBAN_SPEC else "", "\n"]
    return ("grape_delivery_register", "gag", ["Ii gün! Şarap zavodu ", NG("\"Kazayak-Vin\"", "org_name"), " — üzüm getirmäk listesi ", NG("20.09.2025", "event_date"), "\nAdı | IDNP | Aarlık | Telefon | IBAN\n", rows, "Saa olun.\n"])


@tpl
def t_dinka_scholarship():
    rows = []
    for _ in range(R.randint(3, 5)):
        sx = sex()
        rows += [P("dinka", sx), " | ", D("en", bday(2002, 2008), "num"), " | ", PR("SS", "mobile", ch(["nat", "intl"])), " | ", NG(ch(["Rumbek", "Bor", "Aweil", "Wau"]), "place_town"), "\n"]
    return ("scholarship_shortlist", "en", ["Shortlist — secondary school bursary, ", NG("Jonglei Education Trust", "org_name"), "\nName | DOB | Phone | County\n", rows,
            "Coordinator: ", P("dinka", "m"), ", ", A(addr("SS"), "SS"), ", ", EM(pname("dinka")), "\n"])


@tpl
def t_esperanto_congress():
    c = ch(["cornish", "occitan", "kashub", "gambian", "okinawa", "mauritian", "hmong", "basotho"])
    nm = pname(c, None, "plain")
    d = bday(1950, 2005)
    pc = {"cornish": "GB", "occitan": "FR", "kashub": "PL", "gambian": "GM", "okinawa": "JP", "mauritian": "MU", "hmong": "US", "basotho": "LS"}[c]
    return ("congress_registration_form", "eo", [
        "Aliĝilo — ", NG("110-a Universala Kongreso", "event_name"), "\nPersona nomo kaj familia nomo: ", L("person", nm, sub=c), "\nNaskiĝdato: ", D("eo", d),
        "\nPasporto: ", G(passport(pc if pc in ("GB", "GM", "JP", "MU", "LS") else "TR"), "passport"), "\nRetpoŝto: ", EM(nm if nm.isascii() else "kongresano"),
        "\nTelefono: ", phone(pc if pc in PH else "GB", None, "intl"), "\nKotizo: ", NG("245 €", "amount_eur"), " — kategorio B\nDankon!\n"])


@tpl
def t_latin_baptism():
    c = ch(["kashub", "sardinian", "friulian", "walloon", "occitan"])
    sx = sex()
    d = bday(1950, 2010)
    return ("baptism_certificate_latin", "la", [
        "TESTIMONIUM BAPTISMI\n\nInfrascriptus testor in libro baptizatorum huius paroeciae ", NG("S. Mariae", "eponym_org"), ", vol. ", NG("XIV", "volume_no"), ", pag. ", NG(str(R.randint(10, 300)), "page_no"),
        ", reperiri:\n", L("person", pname(c, sx), sub=c), ", natus/nata ", D("la", d), ", filius/filia ", P(c, "m"), " et ", P(c, "f"), ", baptizatus/a die ",
        NG("%d mensis %s anno %d" % (R.randint(1, 28), ch(MON["la"]), d.year), "baptism_date"), ".\nPatrini: ", P(c), ".\n"])


IBAN_SPEC.setdefault("MU", "4a2n2n12n3n3a")
IBAN_SPEC.setdefault("MD", "2c18c")
for _c in ("MU", "MD"):
    IBAN_LEN[_c] = 4 + sum(int(x) for x in re.findall(r"(\d+)[nac]", IBAN_SPEC[_c]))


def OP(c="cornish"):
    """An operator name for tech templates, from any of this part's cultures."""
    c = ch(["cornish", "occitan", "swiss", "frisian_e", "limburg", "kashub", "ilocano", "gambian", "mauritian", "curacao", "hmong", "xhosa", "batak", "shetland", "assyrian"])
    return c, pname(c)


@tpl
def t_ipsec_secrets():
    a, b = ip4(False), ip4(False)
    return ("strongswan_ipsec_secrets", "en", ["# /etc/ipsec.secrets — site-to-site ", NG("hq-ams <-> branch-tzo", "tunnel_name"), "\n", a, " ", b, " : PSK \"", S(sec("psk"), "ipsec_psk"), "\"\n",
            ": RSA ", NG("/etc/ipsec.d/private/gw1.key.pem", "file_path"), "\n# rotated ", NG("2025-02-11", "event_date"), " by ", L("person", OP()[1], sub="op"), "\n"])


@tpl
def t_radius_clients():
    c, nm = OP()
    return ("freeradius_clients_conf", "en", ["client ", NG("ap-floor3", "hostname"), " {\n    ipaddr = ", ip4(True), "\n    secret = ", S(pw(), "radius_shared_secret"), "\n    shortname = ap3\n}\n",
            "client vpn-gw {\n    ipaddr = ", ip6(), "\n    secret = ", S(rnd(R, ALNUM, 24), "radius_shared_secret"), "\n}\n# contact: ", L("person", nm, sub=c), " <", EM(nm, "netops.example.org"), ">\n"])


@tpl
def t_frr_bgp():
    return ("frr_bgpd_conf", "en", ["router bgp ", NG(str(R.randint(64512, 65534)), "asn"), "\n bgp router-id ", NG("10.255.0.%d" % R.randint(1, 9), "router_id"), "\n neighbor ", ip4(False), " remote-as ", NG(str(R.randint(1000, 60000)), "asn"),
            "\n neighbor ", ip6(), " password ", S(pw(), "bgp_md5_password"), "\n neighbor ", ip4(False), " password ", S(rnd(R, ALNUM, 16), "bgp_md5_password"), "\n address-family ipv4 unicast\n  network ", NG("198.51.100.0/24", "cidr"), "\n exit-address-family\n"])


@tpl
def t_junos():
    c, nm = OP()
    user = asc(nm.split()[0])
    return ("junos_config_set", "en", ["set system login user ", user, " full-name \"", L("person", nm, sub=c), "\"\nset system login user ", user, " authentication encrypted-password \"", NG("$6$" + rnd(R, B64.replace("+", "."), 8) + "$" + rnd(R, B64.replace("+", "."), 86), "sha512_crypt"),
            "\"\nset system radius-server ", ip4(True), " secret \"", S(sec("juniper9"), "junos_type9"), "\"\nset snmp community ", NG("public", "snmp_default"), " authorization read-only\nset interfaces ge-0/0/0 unit 0 family inet address ", ip4(False), "/30\n"])


@tpl
def t_laravel_env():
    c, nm = OP()
    return ("laravel_dotenv", "en", ["APP_NAME=", NG("Kasbah", "app_name"), "\nAPP_ENV=production\nAPP_KEY=", S(sec("laravel"), "laravel_app_key"), "\nAPP_URL=https://kasbah.example.net\n\nDB_CONNECTION=mysql\nDB_HOST=", ip4(True),
            "\nDB_DATABASE=kasbah\nDB_USERNAME=kasbah_app\nDB_PASSWORD=", S(pw(), "password"), "\n\nMAIL_MAILER=resend\nRESEND_KEY=", S(sec("resend"), "resend_key"), "\nMAIL_FROM_ADDRESS=", NG("noreply@kasbah.example.net", "service_email"),
            "\nADMIN_EMAIL=", EM(nm), "\n"])


@tpl
def t_wp_config():
    parts = ["<?php\ndefine( 'DB_NAME', 'wp_", NG("kerenza", "db_name"), "' );\ndefine( 'DB_USER', 'wpuser' );\ndefine( 'DB_PASSWORD', '", S(pw(), "password"), "' );\ndefine( 'DB_HOST', '", ip4(True), "' );\n"]
    for k in R.sample(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "NONCE_SALT"], 3):
        v = sec("wp_salt").replace("'", "x").replace("\\", "y")
        parts += ["define( '%s', '" % k, S(v, "wp_salt"), "' );\n"]
    parts += ["$table_prefix = 'wp_';\n"]
    return ("wordpress_wp_config", "en", parts)


@tpl
def t_nextauth():
    c, nm = OP()
    return ("nextjs_env_local", "en", ["# .env.local (", L("person", nm, sub=c), ", do not commit)\nNEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET=", S(sec("nextauth"), "nextauth_secret"),
            "\nREDDIT_CLIENT_ID=", NG(rnd(R, URLSAFE, 22), "client_id"), "\nREDDIT_CLIENT_SECRET=", S(sec("reddit"), "reddit_client_secret"),
            "\nDATABASE_URL=postgresql://neondb_owner:", S(sec("neon"), "neon_password"), "@ep-", NG(rnd(R, string.ascii_lowercase, 6) + "-" + rnd(R, string.ascii_lowercase, 6) + "-a1b2c3d4", "db_endpoint"), ".eu-central-1.aws.neon.tech/neondb?sslmode=require\n",
            "UPSTASH_REDIS_REST_TOKEN=", S(sec("upstash"), "upstash_token"), "\n"])


@tpl
def t_ghost_config():
    c, nm = OP()
    return ("ghost_config_production_json", "en", ['{\n  "url": "https://', NG("blog.trelawny.example", "hostname"), '",\n  "mail": {\n    "transport": "SMTP",\n    "options": {\n      "host": "smtp.eu.mailgun.org",\n      "auth": { "user": "', EM(nm, "mg.trelawny.example"),
            '", "pass": "', S(pw(), "smtp_password"), '" }\n    }\n  },\n  "database": { "client": "mysql", "connection": { "host": "', ip4(True), '", "user": "ghost", "password": "', S(pw(), "password"), '" } },\n  "adminApiKey": "', S(sec("ghost"), "ghost_admin_key"), '"\n}\n'])


@tpl
def t_search_env():
    return ("search_stack_env", "en", ["# meilisearch + typesense for the shop search\nMEILI_MASTER_KEY=", S(sec("meili"), "meili_master_key"), "\nMEILI_HTTP_ADDR=", NG("0.0.0.0:7700", "bind_addr"),
            "\nTYPESENSE_API_KEY=", S(rnd(R, ALNUM, 32), "typesense_key"), "\nTYPESENSE_SEARCH_ONLY_KEY=", NG("<search-only-key-here>", "placeholder"), "\nINDEX_HOST=", ip4(True), "\n"])


@tpl
def t_confluent_cli():
    c, nm = OP()
    return ("confluent_cli_session", "en", ["$ confluent login --save\nEnter your Confluent Cloud credentials:\nEmail: ", EM(nm), "\nPassword: ", NG("********", "masked"), "\n$ confluent api-key create --resource ", NG("lkc-" + rnd(R, LOWN, 5), "cluster_id"),
            "\n+---------+------------------------------------------------------------------+\n| API Key | ", NG(rnd(R, string.ascii_uppercase + string.digits, 16), "api_key_id"), "                                 |\n| Secret  | ",
            S(sec("confluent"), "confluent_secret"), " |\n+---------+------------------------------------------------------------------+\n"])


@tpl
def t_sentry_init():
    return ("sentry_posthog_init_js", "en", ["import * as Sentry from \"@sentry/react\";\nimport posthog from \"posthog-js\";\n\nSentry.init({\n  dsn: \"", S(sec("sentry_dsn"), "sentry_dsn"), "\",\n  release: \"", NG("web@4.12.0", "version"),
            "\",\n  tracesSampleRate: 0.2,\n});\nposthog.init(\"", NG("phc_" + rnd(R, ALNUM, 43), "posthog_project_key"), "\", { api_host: \"https://eu.i.posthog.com\" });\n// personal key for the export script:\nconst PH_PERSONAL = \"", S(sec("posthog"), "posthog_personal_key"), "\";\n"])


@tpl
def t_llm_env():
    return ("rag_app_dotenv", "en", ["PINECONE_API_KEY=", S(sec("pinecone"), "pinecone_key"), "\nLANGFUSE_PUBLIC_KEY=", NG("pk-lf-%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12)), "public_key"),
            "\nLANGFUSE_SECRET_KEY=", S(sec("langfuse"), "langfuse_secret"), "\nFIREWORKS_API_KEY=", S(sec("fireworks"), "fireworks_key"), "\nELEVENLABS_API_KEY=", S(sec("elevenlabs"), "elevenlabs_key"),
            "\nDEEPGRAM_API_KEY=", S(sec("deepgram"), "deepgram_key"), "\nEMBED_MODEL=", NG("nomic-embed-text-v1.5", "model_name"), "\n"])


@tpl
def t_game_bot():
    c, nm = OP()
    return ("game_stats_bot_yaml", "en", ["# statbot.yml\nowner: ", L("person", nm, sub=c), "\nriot:\n  api_key: ", S(sec("riot"), "riot_key"), "\n  region: euw1\nsteam:\n  web_api_key: ", S(sec("steam"), "steam_key"),
            "\n  test_steamid: ", NG("7656119%010d" % R.randint(0, 10 ** 10 - 1), "steam_id"), "\nalerts_to: ", EM(nm), "\n"])


@tpl
def t_weather_ini():
    c, nm = OP()
    return ("weather_station_ini", "en", ["[station]\nname = ", NG("Kirkabister Obs", "station_name"), "\nlatitude = ", NG("60.1%04d" % R.randint(0, 9999), "coordinate"), "\nlongitude = ", NG("-1.1%04d" % R.randint(0, 9999), "coordinate"),
            "\nowner = ", L("person", nm, sub=c), "\nowner_email = ", EM(nm), "\n\n[upload]\nopenweathermap_appid = ", S(sec("owm"), "owm_key"), "\nwunderground_password = ", S(pw(), "password"), "\nlogger_ip = ", ip4(True), "\n"])


@tpl
def t_realtime_cfg():
    return ("realtime_messaging_config_ts", "en", ["export const config = {\n  ably: { key: \"", S(sec("ably"), "ably_key"), "\" },\n  agora: { appId: \"", NG(rnd(R, HEX, 32), "app_id"), "\", appCertificate: \"", S(sec("agora"), "agora_certificate"),
            "\" },\n  telnyx: { apiKey: \"", S(sec("telnyx"), "telnyx_key"), "\", fromNumber: \"", phone("GB", "mobile", "e164"), "\" },\n  whatsapp: { token: \"", S(sec("whatsapp"), "whatsapp_token"), "\", phoneNumberId: \"", NG(dg(15), "meta_id"), "\" },\n};\n"])


@tpl
def t_secrets_cli():
    return ("secrets_manager_bootstrap_sh", "en", ["#!/bin/sh\n# bootstrap for the CI runner\nexport OP_SERVICE_ACCOUNT_TOKEN=", S(sec("ops"), "1password_sa_token"), "\nexport BWS_ACCESS_TOKEN=", S(sec("bws"), "bitwarden_sm_token"),
            "\nexport INFISICAL_TOKEN=", S(sec("infisical"), "infisical_token"), "\nop read \"op://", NG("Ops/db-prod/password", "secret_ref"), "\" > /run/db.pw\n"])


@tpl
def t_fish_history():
    c, nm = OP()
    return ("fish_shell_history", "en", ["- cmd: export HCLOUD_TOKEN=", S(sec("hetzner"), "hetzner_token"), "\n  when: ", NG(str(R.randint(1700000000, 1760000000)), "epoch"), "\n- cmd: hcloud server ssh ", NG("web-fsn1-2", "hostname"),
            "\n  when: ", NG(str(R.randint(1700000000, 1760000000)), "epoch"), "\n- cmd: vultr-cli --api-key ", S(sec("vultr"), "vultr_key"), " instance list\n  when: ", NG(str(R.randint(1700000000, 1760000000)), "epoch"),
            "\n- cmd: ssh ", asc(nm.split()[0]), "@", ip4(False), "\n  when: ", NG(str(R.randint(1700000000, 1760000000)), "epoch"), "\n- cmd: heroku auth:token\n  when: ", NG(str(R.randint(1700000000, 1760000000)), "epoch"),
            "\n- cmd: export HEROKU_API_KEY=", S(sec("heroku"), "heroku_key"), "\n"])


@tpl
def t_n8n_export():
    return ("workflow_credentials_export_json", "en", ['[\n  {"name": "Okta prod", "type": "oktaApi", "data": {"url": "https://', NG("kernow-dev.okta.com", "hostname"), '", "accessToken": "', S(sec("okta"), "okta_ssws"), '"}},\n',
            '  {"name": "Airtable", "type": "airtableTokenApi", "data": {"accessToken": "', S(sec("airtable"), "airtable_pat"), '"}},\n',
            '  {"name": "ClickUp", "type": "clickUpApi", "data": {"accessToken": "', S(sec("clickup"), "clickup_token"), '"}},\n',
            '  {"name": "Trello", "type": "trelloApi", "data": {"apiKey": "', NG(rnd(R, HEX, 32), "api_key_id"), '", "apiToken": "', S(sec("trello"), "trello_token"), '"}}\n]\n'])


@tpl
def t_magento_env():
    return ("magento_env_php", "en", ["<?php\nreturn [\n    'crypt' => ['key' => '", S(rnd(R, HEX, 32), "magento_crypt_key"), "'],\n    'db' => ['connection' => ['default' => [\n        'host' => '", ip4(True), "',\n        'username' => 'magento',\n        'password' => '",
            S(pw(), "password"), "',\n    ]]],\n    'payment' => ['paypal' => ['client_secret' => '", S(sec("paypal"), "paypal_client_secret"), "'], 'adyen' => ['api_key' => '", S(sec("adyen"), "adyen_key"), "']],\n];\n"])


@tpl
def t_registry_robots():
    return ("container_registry_robot_accounts_md", "en", ["| registry | robot | secret |\n|---|---|---|\n| quay.io | ", NG("kernow+ci_pull", "robot_name"), " | ", S(sec("quay"), "quay_robot_token"), " |\n| harbor.internal (", ip4(True), ") | ",
            NG("robot$ci-push", "robot_name"), " | ", S(sec("harbor"), "harbor_robot_secret"), " |\n| portainer | admin API | ", S(sec("portainer"), "portainer_token"), " |\n"])


@tpl
def t_k6_script():
    return ("k6_load_test_script", "en", ["import http from 'k6/http';\nimport encoding from 'k6/encoding';\n// output: K6_CLOUD_TOKEN / remote write\nconst RW = '", S(sec("grafana_cloud"), "grafana_cloud_token"), "';\nconst AUTH = encoding.b64encode('loadtest:",
            S(pw(), "password"), "');\nexport default function () {\n  http.get('http://", ip4(True), ":8080/api/health', { headers: { Authorization: `Basic ${AUTH}` } });\n}\n"])


@tpl
def t_expect_script():
    c, nm = OP()
    return ("expect_login_script", "en", ["#!/usr/bin/expect -f\n# ", L("person", nm, sub=c), " — nightly backup of the switch\nset timeout 20\nspawn ssh admin@", ip4(True), "\nexpect \"password:\"\nsend \"", S(pw(), "password"), "\\r\"\nexpect \"#\"\nsend \"copy running-config tftp://",
            ip4(True), "/sw1.cfg\\r\"\nexpect eof\n"])


@tpl
def t_vnc_startup():
    return ("vnc_autostart_desktop_entry", "en", ["[Desktop Entry]\nType=Application\nName=x11vnc\nExec=x11vnc -forever -shared -rfbport ", NG("5900", "port"), " -passwd ", S(pw(), "vnc_password"), " -allow ", ip4(True), "\nX-GNOME-Autostart-enabled=true\n"])


@tpl
def t_pgbouncer_userlist():
    rows = []
    forced = R.randrange(3)
    for i, u in enumerate(R.sample(["app", "reporting", "migrator", "grafana", "airflow"], 3)):
        if i == forced or maybe(0.5):
            rows += ['"%s" "' % u, S(pw(), "password"), '"\n']
        else:
            rows += ['"%s" "' % u, NG("md5" + rnd(R, HEX, 32), "md5_hash"), '"\n']
    rows += ['"stats" "', NG("SCRAM-SHA-256$4096:" + rnd(R, B64, 24) + "$" + rnd(R, B64, 44) + ":" + rnd(R, B64, 44), "scram_hash"), '"\n']
    return ("pgbouncer_userlist_txt", "en", ["; /etc/pgbouncer/userlist.txt\n", rows])


@tpl
def t_mosquitto_bridge():
    return ("mosquitto_bridge_conf", "en", ["connection farm-to-cloud\naddress ", ip4(False), ":8883\nremote_username ", NG("farm-gw-%02d" % R.randint(1, 40), "device_id"), "\nremote_password ", S(pw(), "mqtt_password"),
            "\ntopic sensors/# out 1\nbridge_cafile /etc/mosquitto/ca.crt\n"])


@tpl
def t_nut_users():
    return ("nut_upsd_users", "en", ["[monuser]\n    password = ", S(pw(), "password"), "\n    upsmon primary\n\n[admin]\n    password = ", S(rnd(R, ALNUM, 14), "password"), "\n    actions = SET\n    instcmds = ALL\n# UPS at ", ip4(True), "\n"])


@tpl
def t_fetchmailrc():
    c, nm = OP()
    return ("fetchmailrc", "en", ["poll imap.", NG("orange.fr", "mail_host"), " proto imap\n    user \"", EM(nm, "orange.fr"), "\" there with password \"", S(pw(), "password"), "\" is ", asc(nm.split()[0]), " here\n    ssl keep\n"])


@tpl
def t_git_remote():
    c, nm = OP()
    return ("git_remote_verbose_output", "en", ["$ git remote -v\norigin\thttps://", asc(nm.split()[0]), ":", S(secret_random(R, "github_pat"), "github_pat"), "@github.com/", NG("kernow-dev/tide-tables", "repo_path"), ".git (fetch)\n",
            "upstream\t", NG("git@gitlab.com:tides/tide-tables.git", "git_ssh_url"), " (fetch)\n$ git log -1 --format='%an <%ae>'\n", L("person", nm, sub=c), " <", EM(nm), ">\n"])


@tpl
def t_gradle_signing():
    return ("android_signing_config_kts", "en", ["android {\n    signingConfigs {\n        create(\"release\") {\n            storeFile = file(\"", NG("keys/upload.jks", "file_path"), "\")\n            storePassword = \"", S(pw(), "keystore_password"),
            "\"\n            keyAlias = \"upload\"\n            keyPassword = \"", S(pw(), "keystore_password"), "\"\n        }\n    }\n}\n// expo: ", S(sec("expo"), "expo_token"), "\n"])


@tpl
def t_zsh_history():
    ts = R.randint(1700000000, 1760000000)
    return ("zsh_extended_history", "en", [": %d:0;" % ts, "mysql -h ", ip4(True), " -u root -p'", S(pw(), "password"), "' shop\n: %d:0;" % (ts + 40), "psql \"postgres://report:", S(pw(), "password"), "@", ip4(True),
            ":5432/dw\"\n: %d:0;" % (ts + 95), "curl -s https://api.segment.io/v1/track -u ", S(sec("segment"), "segment_write_key"), ": -d @event.json\n"])


@tpl
def t_java_trace():
    return ("java_stacktrace_jdbc", "en", ["org.postgresql.util.PSQLException: Connection to ", ip4(True), ":5432 refused.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)\n",
            "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:", NG("359", "line_no"), ")\nCaused by: url=jdbc:postgresql://", ip4(True), ":5432/ledger?user=ledger&password=", S(pw(), "password"), "\n"])


@tpl
def t_proftpd_xferlog():
    rows = []
    for _ in range(R.randint(2, 4)):
        c, nm = OP()
        rows += [NG("Mon Mar %2d %02d:%02d:%02d 2025" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"), " ", str(R.randint(1, 30)), " ", ip4(), " ", NG(str(R.randint(1000, 9000000)), "bytes"),
                 " /home/", asc(nm.split()[-1]), "/", NG(ch(["invoices_q1.zip", "scan_0032.pdf", "backup.tar"]), "file_name"), " b _ i r ", asc(nm.split()[-1]), " ftp 0 * c\n"]
    return ("proftpd_xferlog", "en", rows)


@tpl
def t_lighttpd_log():
    rows = []
    for _ in range(R.randint(2, 4)):
        c, nm = OP()
        e = EM(nm)
        rows += [ip4(False), " ", NG("shop.example.nl", "hostname"), " - [", NG("%02d/Mar/2025:%02d:%02d:%02d +0100" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"), "] \"GET /newsletter/confirm?email=", e,
                 "&t=", NG(rnd(R, HEX, 16), "nonce"), " HTTP/1.1\" 200 ", NG(str(R.randint(200, 9000)), "bytes"), "\n"]
    return ("lighttpd_access_log", "en", rows)


@tpl
def t_netsh_wlan():
    return ("netsh_wlan_show_profile", "en", ["Profile ", NG("Kaya_Flamboyan_5G", "ssid"), " on interface Wi-Fi:\n=======================================================================\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ",
            S(pw(), "wifi_password"), "\n\nCost settings\n-------------\n    Cost                   : Unrestricted\n"])


@tpl
def t_fastlane_key():
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rnd(R, B64, 64) for _ in range(3)) + "\n" + rnd(R, B64, 20) + "\n-----END PRIVATE KEY-----"
    return ("fastlane_app_store_api_key_json", "en", ['{\n  "key_id": "', NG(rnd(R, string.ascii_uppercase + string.digits, 10), "key_id"), '",\n  "issuer_id": "', NG("%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12)), "uuid"),
            '",\n  "key": "', S(pem.replace("\n", "\\n"), "app_store_connect_p8"), '",\n  "in_house": false\n}\n'])


@tpl
def t_akamai_edgerc():
    return ("akamai_edgerc", "en", ["[default]\nclient_secret = ", S(rnd(R, B64, 43) + "=", "akamai_client_secret"), "\nhost = ", NG("akab-" + rnd(R, LOWN, 16) + "-" + rnd(R, LOWN, 16) + ".luna.akamaiapis.net", "hostname"), "\naccess_token = ",
            S(sec("akamai"), "akamai_access_token"), "\nclient_token = ", S(sec("akamai"), "akamai_client_token"), "\n"])


@tpl
def t_render_yaml():
    return ("render_blueprint_yaml", "en", ["services:\n  - type: web\n    name: ", NG("tide-api", "service_name"), "\n    envVars:\n      - key: RENDER_API_KEY\n        value: ", S(sec("render"), "render_key"), "\n      - key: BREVO_API_KEY\n        value: ", S(sec("brevo"), "brevo_key"),
            "\n      - key: POSTMARK_SERVER_TOKEN\n        value: ", S(sec("postmark"), "postmark_token"), "\n      - key: SESSION_SECRET\n        generateValue: true\n"])


@tpl
def t_cottage_booking():
    nm = pname("cornish")
    return ("holiday_cottage_booking_note", "en", [
        "Booking ", NG("TRV-%05d" % R.randint(1, 99999), "booking_ref"), " — ", NG("Chy an Mor, Mousehole", "property_name"), ", ", NG("12–19 Jul 2025", "event_date"), "\nGuest: ", L("person", nm, sub="cornish"),
        "\nDeposit ", NG("£420.00", "amount_gbp"), " taken on ", CARD(ch(["visa", "mastercard", "amex"])), ", exp ", NG("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"),
        ", CVC ", NG(dg(3), "cvc"), "\nBalance due ", NG("21 Jun 2025", "due_date"), "\n"])


@tpl
def t_dive_booking():
    nm = pname("curacao")
    return ("dive_shop_booking_chat", "pap", [
        "[", NG("10:42", "time"), "] ", L("person", nm.split()[0], sub="curacao"), ": Bon dia! Mi ke reservá 2 dal pa djasabra.\n[", NG("10:45", "time"), "] Dive shop: Masha danki! Pa garantia, number di karchi por fabor.\n[",
        NG("10:47", "time"), "] ", L("person", nm.split()[0], sub="curacao"), ": ", CARD(ch(["visa", "mastercard", "unionpay"])), " ", NG("09/28", "card_expiry"), "\n[", NG("10:48", "time"), "] Dive shop: Bon, ", NG("ANG 285,00", "amount_ang"), " ta reservá.\n"])


@tpl
def t_hotel_guarantee():
    nm = pname("mauritian")
    return ("hotel_guarantee_form", "mfe", [
        "Form garanti — ", NG("Hotel Lakaz Lagon, Trou d'Eau Douce", "hotel_name"), "\nNon kliyan: ", L("person", nm, sub="mauritian"), "\nKart: ", CARD(), "\nDat ekspirasion: ", NG("%02d/%d" % (R.randint(1, 12), R.randint(2026, 2030)), "card_expiry"),
        "\nLasam: ", NG("Deluxe 214", "room_no"), ", ", NG("3 nwit", "duration"), ", ", NG("Rs 18 900", "amount_mur"), "\n"])


@tpl
def t_ski_rental():
    nm = pname("swiss")
    return ("ski_rental_deposit_slip", "gsw", [
        "Mietvertrag ", NG("TH-%06d" % R.randint(1, 999999), "contract_no"), " — Sport ", NG("Stockhorn", "place_mountain"), "\nMieter: ", L("person", nm, sub="swiss"), "\nKaution gsicheret uf Charte ", CARD(ch(["mastercard", "visa"])),
        "\nSki ", NG("Stöckli Laser SC 170 cm", "product"), ", Schue ", NG("Gr. 43", "size"), "\nMerci vilmal!\n"])


@tpl
def t_webshop_support():
    c = ch(["gambian", "kabyle", "ilocano", "batak", "basotho", "xhosa"])
    nm = pname(c)
    return ("webshop_support_chat", "en", [
        "Customer (", L("person", nm, sub=c), "): my payment keeps failing, I typed ", CARD(), " three times\nAgent: Please don't share full card numbers here. The order ", NG("#%d" % R.randint(100000, 999999), "order_no"),
        " shows ", NG("3 declined attempts", "count"), "; try the other card ending ", NG(dg(4), "card_last4"), ".\nCustomer: ok also my other one ", CARD(), "\n"])


# ------------------------------------------------------------------ clean templates
def issn():
    d7 = dg(7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    c = (11 - s % 11) % 11
    return d7[:4] + "-" + d7[4:] + ("X" if c == 10 else str(c))


def uic_wagon():
    d11 = ch(["31", "33", "37"]) + ch(["80", "51", "84", "85"]) + dg(7)
    s = 0
    for i, c in enumerate(d11):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    cd = (10 - s % 10) % 10
    return "%s %s %s %s-%d" % (d11[:2], d11[2:4], d11[4:8], d11[8:], cd)


def gtin14():
    d13 = ch("12345678") + dg(12)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d13))
    return d13 + str((10 - s % 10) % 10)


def ulid():
    return "01" + rnd(R, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


@ctpl
def c_astronomy():
    return ("astronomy_observing_log", "en", ["Observing log — ", NG("Cassini Observatory dome 2", "eponym_place"), ", ", NG("2025-03-%02d" % R.randint(1, 28), "event_date"), "\n",
            NG("%02d:%02d UT" % (R.randint(19, 23), R.randint(0, 59)), "time"), "  ", NG(ch(["M31", "M42", "M81", "M104"]), "messier_id"), " / ", NG("NGC %d" % R.randint(200, 7800), "ngc_id"), ", seeing ", NG("3/5", "rating"), "\n",
            NG("%02d:%02d UT" % (R.randint(0, 4), R.randint(0, 59)), "time"), "  ", NG("HD %d" % R.randint(1000, 250000), "hd_star_id"), " (", NG("RA 22h03m10.8s Dec +18°53'04\"", "sky_coordinate"), ")\n",
            "Comet ", NG("C/2023 A3 (Tsuchinshan–ATLAS)", "comet_designation"), " tail ~", NG("2.5°", "angle"), "; asteroid ", NG("(99942) Apophis", "minor_planet"), " not found.\n"])


@ctpl
def c_aviation():
    stn = ch(["EGHC", "EGHQ", "EGPB", "FXMM", "TNCC", "NVVV", "FMEE"])
    return ("aviation_weather_brief", "en", ["METAR ", NG("%s %02d%02d%02dZ %03d%02dKT 9999 FEW0%02d %02d/%02d Q10%02d" % (stn, R.randint(1, 28), R.randint(0, 23), ch([20, 50]), R.randint(0, 36) * 10, R.randint(3, 25), R.randint(10, 45), R.randint(4, 28), R.randint(0, 15), R.randint(0, 30)), "metar"),
            "\nTAF ", NG("%s %02d1100Z %02d12/%02d18 %03d10KT 9999 SCT030 TEMPO %02d14/%02d18 4000 SHRA" % (stn, R.randint(1, 28), R.randint(1, 28), R.randint(1, 28), R.randint(0, 36) * 10, R.randint(1, 28), R.randint(1, 28)), "taf"),
            "\nAircraft ", NG(ch(["G-CKTV", "PJ-KBA", "YJ-OO9", "3B-NBM", "ZS-XRD"]), "aircraft_reg"), " (ICAO ", NG(rnd(R, HEXU, 6), "icao_hex"), "), squawk ", NG(str(R.randint(1000, 6777)).replace("8", "1").replace("9", "2"), "squawk"),
            ", RWY ", NG(ch(["27", "09L", "11", "29R"]), "runway"), ", TWR ", NG(ch(["118.505", "121.700", "119.225"]), "frequency"), "\n"])


@ctpl
def c_genomics():
    return ("variant_annotation_table", "en", ["gene\tvariant\trsID\ttranscript\tprotein\n", NG("TP53", "gene_symbol"), "\t", NG("c.215C>G", "hgvs"), "\t", NG("rs1042522", "rsid"), "\t", NG("NM_000546.6", "refseq"), "\t",
            NG("P04637", "uniprot"), "\n", NG("APOE", "gene_symbol"), "\t", NG("c.388T>C", "hgvs"), "\t", NG("rs429358", "rsid"), "\t", NG("ENST00000252486", "ensembl"), "\t", NG("PDB 1TUP", "pdb_id"),
            "\nprimer F: ", NG(rnd(R, "ACGT", 22), "dna_sequence"), "\nlocus ", NG("chr17:7,673,802-7,673,820", "genomic_coordinate"), "\n"])


@ctpl
def c_chemistry():
    return ("compound_registry_table", "en", ["| compound | SMILES | InChIKey | MW |\n|---|---|---|---|\n| caffeine | ", NG("CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "smiles"), " | ", NG("RYYVLZVUVIJVGH-UHFFFAOYSA-N", "inchikey"), " | ", NG("194.19", "measurement"),
            " |\n| paracetamol | ", NG("CC(=O)NC1=CC=C(C=C1)O", "smiles"), " | ", NG("RZVAJINKPMORJF-UHFFFAOYSA-N", "inchikey"), " | ", NG("151.16", "measurement"), " |\nPubChem CID ", NG(str(R.randint(1000, 9999999)), "pubchem_cid"), "\n"])


def cusip():
    b = rnd(R, string.digits, 6) + rnd(R, string.ascii_uppercase + string.digits, 2)
    s = 0
    for i, c in enumerate(b):
        v = int(c) if c.isdigit() else ord(c) - 55
        if i % 2:
            v *= 2
        s += v // 10 + v % 10
    return b + str((10 - s % 10) % 10)


@ctpl
def c_securities():
    return ("securities_watchlist", "en", ["CUSIP      | ticker | last\n", NG(cusip(), "cusip"), "  | ", NG("KO", "ticker"), "     | ", NG("$62.18", "amount_usd"), "\n", NG(cusip(), "cusip"), "  | ", NG("NVS", "ticker"), "    | ", NG("$104.55", "amount_usd"),
            "\nopt ", NG("AAPL  250620C00210000", "occ_option_symbol"), " bid ", NG("4.35", "price"), "\nSEDOL ", NG("B0YBKJ7", "sedol"), ", FIGI ", NG("BBG000BLNNH6", "figi"), "\n"])


@ctpl
def c_legal_citations():
    reg = ch([("Règlement (UE) 2016/679", "32016R0679", "JO L 119 du 4.5.2016, p. 1"), ("Règlement (UE) 2022/2065", "32022R2065", "JO L 277 du 27.10.2022, p. 1"),
              ("Directive (UE) 2019/1937", "32019L1937", "JO L 305 du 26.11.2019, p. 17"), ("Règlement (UE) 2024/1689", "32024R1689", "JO L, 2024/1689, 12.7.2024")])
    return ("legal_citation_list", ch(["fr", "oc", "wa"]), ["Références : ", NG(reg[0], "eu_regulation"), " (CELEX ", NG(reg[1], "celex"), "), ", NG(reg[2], "oj_reference"), " ; ",
            NG("%d U.S.C. § %d" % (ch([15, 18, 28, 42]), R.randint(100, 2000)), "us_code"), " ; ", NG("art. L. %d-%d du Code du travail" % (R.randint(1100, 4800), R.randint(1, 20)), "code_article"), " ; ",
            NG("Cass. soc., %d %s 2025, n° %d-%02d.%03d" % (R.randint(1, 28), ch(["janv.", "févr.", "mars", "avr."]), R.randint(21, 24), R.randint(10, 25), R.randint(0, 999)), "case_no"), ".\n"])


@ctpl
def c_grid_refs():
    return ("walking_route_notes", "kw", ["Kerdh ", NG("Zennor – Pendeen", "route_name"), ": start ", NG("SW 4545 3845", "os_grid_ref"), ", ", NG("///filled.count.soap", "what3words"), ", plus code ", NG("8FVC9G8F+6X", "plus_code"),
            ", geohash ", NG("gbumv" + rnd(R, "0123456789bcdefghjkmnpqrstuvwxyz", 4), "geohash"), ", MGRS ", NG("30U UA 5230 1890", "mgrs"), ". ", NG("12.4 km", "distance"), ", HW ", NG("06:12 5.4 m", "tide"), ". Dydh da!\n"])


@ctpl
def c_tech_ids():
    return ("id_format_questions", "en", ["Which of these should my log scrubber ignore? ULID ", NG(ulid(), "ulid"), ", snowflake ", NG(str(R.randint(10 ** 17, 10 ** 18)), "snowflake_id"), ", KSUID ", NG(rnd(R, ALNUM, 27), "ksuid"),
            ", CID ", NG("bafybei" + rnd(R, "abcdefghijklmnopqrstuvwxyz234567", 52), "ipfs_cid"), ", npub ", NG("npub1" + rnd(R, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "nostr_pubkey"),
            ", onion ", NG(rnd(R, "abcdefghijklmnopqrstuvwxyz234567", 56) + ".onion", "onion_address"), ", and the stored hash ", NG("$argon2id$v=19$m=65536,t=3,p=4$" + rnd(R, B64, 22) + "$" + rnd(R, B64, 43), "argon2_hash"), "?\n"])


@ctpl
def c_k8s_refs():
    app = ch(["tide-api", "ledger", "booking", "carrom-web", "tumba-vote", "croft-map", "gig-results"])
    return ("secret_reference_manifest", "en", ["# deployment/", app, ".yaml (excerpt), revision ", NG(str(R.randint(2, 400)), "revision"), "\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: ", NG(app + "-db-creds", "secret_ref"), ", key: password }\n  - name: API_TOKEN\n    value: \"", NG("{{ .Values.api.token }}", "placeholder"),
            "\"\n  - name: SMTP_PASS\n    value: \"", NG("{{resolve:ssm-secure:/prod/smtp/pass:3}}", "placeholder"), "\"\n  - name: LEGACY_KEY\n    value: \"", NG("CHANGEME", "placeholder"), "\"\n  - name: VAULT_PATH\n    value: ", NG("secret/data/prod/" + app, "secret_ref"), "\n"])


@ctpl
def c_rail():
    return ("freight_wagon_list", "de", ["Wagenliste Zug ", NG("%d" % R.randint(40000, 69999), "train_no"), " ", NG("Maschen Rbf", "station"), " (EVA ", NG("80%05d" % R.randint(0, 99999), "station_code"), ") → ", NG("Malmö", "place_town"), "\n",
            NG(uic_wagon(), "uic_wagon_no"), "  Sgns  ", NG("%.1f t" % (R.randint(200, 690) / 10), "weight"), "\n", NG(uic_wagon(), "uic_wagon_no"), "  Habbins  ", NG("%.1f t" % (R.randint(200, 690) / 10), "weight"), "\nAbfahrt ", NG("22:47", "time"), ", Gleis ", NG("412", "track_no"), "\n"])


@ctpl
def c_catalogue():
    return ("wholesale_price_list", "en", ["GTIN-14 ", NG(gtin14(), "gtin14"), " — rice 25 kg — ", NG(ch(["VT 4 950", "D 1,850", "M 420.00", "E 395,00", "Cg 58,50", "S/ 112.90", "MDL 640", "SSP 38,000", "DA 3 200", "₱ 1,480.00", "Rs 1,250"]), "amount_local"),
            "\nGTIN-14 ", NG(gtin14(), "gtin14"), " — cooking oil 5 L — ", NG(ch(["VT 1 200", "D 720", "M 115.50", "E 99,00", "Cg 21,75", "S/ 44.50", "MDL 210", "SSP 12,500", "DA 1 150", "₱ 520.00", "Rs 460"]), "amount_local"),
            "\nISSN of the trade bulletin ", NG(issn(), "issn"), "; supplier GLN ", NG("5" + dg(12), "gln"), "\n"])


NAMEWORD = [
    ("st", "Re fumane lineo tse ngata, 'me palesa e ntle e thuntse serapeng.", "lineo_palesa"),
    ("xh", "Siyabulela kuba uThixo unathi; sicela ukuba amanzi abuye ngomso.", "unathi"),
    ("nah", "In xóchitl tlen citlali kualtsin, uan Tonatiuh tlanextia ipan tepetl.", "xochitl_tonatiuh"),
    ("qu", "Inti Raymi p'unchaypi intiman, killaman ima sumaqta takinku.", "inti_killa"),
    ("hmn", "Kuv niam xaws paj ntaub zoo nkauj heev rau xyoo tshiab.", "paj_ntaub"),
    ("kab", "Tafat n tafukt tekcem-d si tewwurt; tassadit tella deg wul.", "tafat"),
    ("oc", "L'estela del pastre se lèva d'ora; la miralha es dins la cambra.", "estela"),
    ("li", "De sjef is vandaag neet doa, dus de vergadering geit neet door.", "sjef"),
    ("kw", "Kerensa yw an ger rag 'love'; Morvoren yw 'mermaid'.", "kerensa"),
    ("gu", "રોશન દીવો અને શીરીન મીઠાઈ — દિવાળીની તૈયારી.", "roshan_shirin"),
    ("ta", "மலர் மாலை கோவிலுக்கு; கலைவாணி பூஜை நாளை.", "malar_kalaivani"),
    ("ja", "首里城の石垣の前で、翔ぶ鳥を見た。金城町の石畳も美しい。", "kinjo_place"),
    ("su", "Neneng geulis keur ngagambar; Asep téh sebutan keur budak lalaki.", "neneng_asep"),
    ("ss", "Lomhlaba ngulothandekayo; sibusiso lesikhulu yimvula.", "sibusiso"),
    ("mfe", "Aster mo ena enn kevin dan lakour—non, 'kevin' pa enn mo kreol!", "kevin_word"),
    ("en", "Boudreaux and Thibodeaux jokes are a Louisiana staple; Amos 5:24 was read at church.", "joke_characters"),
    ("fur", "Mandi! La agne e je lade a Udin cu la corriere.", "mandi"),
    ("lus", "Lal chuan ram a enkawl; hmangaihna chu a nasa.", "lal_word"),
]


@ctpl
def c_nameword():
    lang, txt, tag = ch(NAMEWORD)
    tail = ch(["", " (%s)" % ch(["note for the translation team", "from the glossary", "proverb collection, p. %d" % R.randint(3, 300)]), " — #%d" % R.randint(1, 999)])
    return ("name_as_word_note", lang, [NG(txt, "name_as_word_" + tag), tail, "\n"])


@ctpl
def c_eponyms():
    stops = R.sample([("Moshoeshoe I International Airport", "eponym_airport"), ("Somhlolo National Stadium", "eponym_stadium"), ("Basilica di Nostra Signora di Bonaria", "eponym_church"),
                      ("St Piran's Day parade, Perranporth", "eponym_holiday"), ("Sir Seewoosagur Ramgoolam International Airport", "eponym_airport"), ("Museo Tonatiuh, Cuetzalan", "eponym_museum"),
                      ("Inti Raymi at Saqsaywaman", "eponym_festival"), ("Tchantchès puppet museum, Outremeuse", "eponym_museum"), ("Kinjo-cho stone path, Shuri", "eponym_place"),
                      ("Gaston Fèbus castle, Pau", "eponym_place"), ("Dolly Pentreath memorial, Paul", "eponym_memorial")], R.randint(3, 5))
    parts = []
    for i, (txt, tag) in enumerate(stops):
        parts += ["Day %d: " % (2 * i + 1), NG(txt, tag), ".\n"]
    return ("eponym_itinerary", "en", parts + ["Cost ", NG(ch(["€ %d" % R.randint(900, 4000), "£%d" % R.randint(900, 4000), "$%d" % R.randint(900, 4000)]), "amount_eur"), " per person.\n"])


BLANK = {
    "ta": "பெயர்: ____________  பிறந்த தேதி: __/__/____  கைபேசி: __________",
    "ml": "പേര്: ____________  ജനനത്തീയതി: __/__/____  ഫോൺ: __________",
    "gu": "નામ: ____________  જન્મ તારીખ: __/__/____  મોબાઇલ: __________",
    "st": "Lebitso: ____________  Letsatsi la tsoalo: __/__/____  Mohala: __________",
    "xh": "Igama: ____________  Umhla wokuzalwa: __/__/____  Ifowuni: __________",
    "pap": "Nòmber: ____________  Fecha di nasementu: __/__/____  Celular: __________",
    "oc": "Nom: ____________  Data de naissença: __/__/____  Telefòn: __________",
    "sc": "Nùmene: ____________  Data de nàschida: __/__/____  Telèfonu: __________",
    "ilo": "Nagan: ____________  Petsa ti pannakayanak: __/__/____  Cellphone: __________",
    "su": "Nami: ____________  Tanggal lahir: __/__/____  No. HP: __________",
    "qu": "Sutiyki: ____________  Paqarisqa p'unchaw: __/__/____  Celular: __________",
    "bi": "Nem: ____________  Dei blong bon: __/__/____  Namba: __________",
    "ba": "Исеме: ____________  Тыуған көнө: __.__.____  Телефон: __________",
    "kab": "Isem: ____________  Azemz n tlalit: __/__/____  Tiliɣri: __________",
    "csb": "Miono: ____________  Dzéń ùrodzeniô: __.__.____  Telefón: __________",
    "eo": "Nomo: ____________  Naskiĝdato: ____-__-__  Telefono: __________",
}


@ctpl
def c_blank():
    lang = ch(sorted(BLANK))
    return ("blank_form", lang, [NG(BLANK[lang], "blank_form_fields"), "\n", NG("Form %s-%02d rev. %d" % (lang.upper(), R.randint(1, 40), R.randint(1, 9)), "form_code"), "\n"])


@ctpl
def c_quake():
    return ("earthquake_bulletin", "en", ["M", NG("%.1f" % (R.randint(30, 65) / 10), "magnitude"), " — ", NG("%d km SSW of Port-Olry" % R.randint(5, 90), "distance"), "\n", NG("2025-03-%02d %02d:%02d:%02d UTC" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
            "  ", NG("15.%03d°S 167.%03d°E" % (R.randint(0, 999), R.randint(0, 999)), "coordinate"), "  depth ", NG("%.1f km" % (R.randint(50, 3000) / 10), "depth"), "  event id ", NG("us7000" + rnd(R, LOWN, 4), "event_id"), "\n"])


@ctpl
def c_church_bulletin():
    return ("church_bulletin_readings", "ml", ["ഞായറാഴ്ച വായനകൾ: ", NG("%s %d:%d-%d" % (ch(["ഉൽപത്തി", "പുറപ്പാട്", "യെശയ്യാ", "സങ്കീർത്തനങ്ങൾ"]), R.randint(1, 60), R.randint(1, 20), R.randint(21, 40)), "bible_ref"), ", ",
            NG("%s %d:%d" % (ch(["യോഹന്നാൻ", "മത്തായി", "ലൂക്കോസ്", "മർക്കോസ്"]), R.randint(1, 21), R.randint(1, 40)), "bible_ref"), "\nഗാനം ", NG(str(R.randint(1, 600)), "hymn_no"), ", ", NG(str(R.randint(1, 600)), "hymn_no"),
            "\nകുർബാന ", NG("%d:%02d" % (R.randint(5, 7), ch([0, 15, 30, 45])), "time"), ", ", NG("%d:%02d" % (R.randint(8, 10), ch([0, 15, 30])), "time"),
            "\nസ്തോത്രക്കാഴ്ച: ", NG("₹ %d,%03d" % (R.randint(12, 90), R.randint(0, 999)), "amount_inr"), "\n"])


@ctpl
def c_service_log():
    return ("systemd_timer_log", "en", [NG("Mar %02d 03:00:0%d" % (R.randint(1, 28), R.randint(0, 9)), "timestamp"), " nas systemd[1]: Starting ", NG("restic-backup.service", "unit_name"), "...\n", NG("Mar 14 03:12:47", "timestamp"),
            " nas restic[", NG(str(R.randint(1000, 65000)), "pid"), "]: snapshot ", NG(rnd(R, HEX, 8), "snapshot_id"), " saved, ", NG("12.431 GiB", "size"), " added\n", NG("Mar 14 03:12:48", "timestamp"), " nas systemd[1]: restic-backup.service: Consumed ",
            NG("4min 2.113s", "duration"), " CPU time, listening on ", NG("127.0.0.1:8000", "loopback"), ", version ", NG("0.17.3", "version"), "\n"])


@ctpl
def c_tide_table():
    rows = []
    for _ in range(4):
        rows += [NG("%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "time"), "  ", NG("%.1f m" % (R.randint(5, 60) / 10), "tide_height"), "\n"]
    return ("tide_table", "sco", ["Lerwick tides, ", NG("Setterday 15 Mairch", "event_date"), ":\n", rows, "Sunrise ", NG("06:31", "time"), ", sunset ", NG("18:24", "time"), "\n"])


@ctpl
def c_league_table():
    rows = []
    for club in R.sample(["KBV Wiesmoor", "Sgg. Holtrop", "BV Ostgroßefehn", "KBV Timmel", "BV Aurich-Oldendorf"], 4):
        rows += [NG(club, "club_name"), "  ", NG("%d-%d" % (R.randint(0, 9), R.randint(0, 9)), "score"), "  ", NG("%d Pkt" % R.randint(0, 30), "points"), "\n"]
    return ("league_table", "nds", ["Tabell Kreisliga Boßeln, Spöölrunn ", NG(str(R.randint(1, 18)), "round_no"), ":\n", rows])


# ------------------------------------------------------------------ requests
REQ = [
    ("en", "Can you summarise this:"), ("en", "Please turn this into a tidy table:"), ("ta", "இதைச் சுருக்கமாகச் சொல்ல முடியுமா?"),
    ("ml", "ഇതിന്റെ ചുരുക്കം പറയാമോ?"), ("gu", "આનો સારાંશ આપી શકો?"), ("kok", "Hacho saransh diyat?"),
    ("lus", "Hei hi tawi tein min sawi sak thei em?"), ("hmn", "Koj puas pab tau kuv muab qhov no sau luv luv?"), ("ps", "د دې لنډیز راته کولی شئ؟"),
    ("ru", "Можешь кратко пересказать это?"), ("ba", "Быны ҡыҫҡаса аңлатып бирә алаһығыҙмы?"), ("lad", "Puedes azer un rezumen de esto?"),
    ("kw", "A yllydh'ta berrhe hemma?"), ("oc", "Me podètz far un resumit d'aquò?"), ("sc", "Mi podes fàghere unu resumu de custu?"),
    ("fur", "Mi fâstu un riassunt di chest?"), ("wa", "Polez-ve fé on rascourti d' çoula?"), ("li", "Kins te dit veur mich sameveite?"),
    ("csb", "Mòże të zrobic skrócënk tegò?"), ("pl", "Możesz to streścić?"), ("gsw", "Chasch mer das churz zämefasse?"),
    ("nds", "Kannst du mi dat kört tosamenfaten?"), ("pdc", "Kannscht du des katz zammefasse?"), ("fr", "Tu peux me résumer ça ?"),
    ("nah", "¿Uelis tiknextilis tlen kijtoua inin?"), ("pap", "Bo por hasi un resúmen di esaki?"), ("mfe", "Eski ou kapav fer enn rezime sa?"),
    ("wo", "Ndax mën nga ma ko wax ci lu gàtt?"), ("st", "Na o ka nkhutsufatsela sena?"), ("xh", "Ungandishwankathelela le nto?"),
    ("ss", "Ungakhona kungifingcela loku?"), ("kab", "Tzemreḍ ad d-tgeḍ agzul n waya?"), ("ilo", "Mabalinmo kadi nga ibagbaga iti ababa daytoy?"),
    ("su", "Tiasa dipondokkeun ieu?"), ("id", "Bisa tolong diringkas?"), ("qu", "Kayta pisillapi willaykuwankimanchu?"),
    ("bi", "Yu save talem sot long saed blong hemia?"), ("sco", "Can du gie me a short owerview o dis?"), ("sv", "Kan du sammanfatta det här?"),
    ("ja", "これを要約してもらえますか？"), ("gag", "Bunu kısaca annadabilirsiniz mi?"), ("eo", "Ĉu vi povas resumi ĉi tion?"),
    ("la", "Potesne hoc breviter in summam redigere?"), ("de", "Kannst du das zusammenfassen?"),
]


def wrap(lang, parts):
    cands = [q for q in REQ if q[0] == lang] or [q for q in REQ if q[0] == "en"]
    q = ch(cands)[1]
    fence = maybe(0.4)
    body = (["```\n"] + list(parts) + ["```"]) if fence else list(parts)
    if maybe(0.75):
        return [q, "\n\n"] + body
    return body + ["\n\n", q]


# ------------------------------------------------------------------ generation
def counts(rec):
    c = Counter(sp["type"] for sp in rec["spans"])
    return c


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def generate():
    global R
    R = random.Random(SEED)
    _NSN.clear()
    pool = []       # (template index, form, lang, parts, counts)
    for ti, f in enumerate(TPL):
        for _ in range(POOL):
            form, lang, parts = f()
            rec = build("tmp", form, lang, parts)
            pool.append([ti, form, lang, parts, counts(rec), rec])
    bad = set(ln.split("\t")[1] for ln in (pv_check([it for p in pool for it in phone_items(p[5])]) or []))
    pool = [p for p in pool if not any(sp["type"] == "phone" and sp["value"] in bad for sp in p[5]["spans"])]
    nlab = NREC - NCLEAN
    chosen, used, tot, en = [], Counter(), Counter(), 0
    by_t = defaultdict(list)
    for p in pool:
        by_t[p[0]].append(p)
    for ti in range(len(TPL)):
        for p in by_t[ti][:KEEP]:
            chosen.append(p)
            used[ti] += 1
            tot.update(p[4])
            en += p[2] == "en"
    rest = [p for p in pool if p not in chosen]
    scale = nlab / nlab

    def cost(extra, ti, lang):
        c = 0.0
        for t, goal in TARGET.items():
            v = tot[t] + extra.get(t, 0)
            c += ((v - goal * scale) / goal) ** 2
        c += 0.0004 * used[ti]
        if lang == "en" and en > 0.35 * (len(chosen) + 1):
            c += 0.002
        return c
    while len(chosen) < nlab:
        best, bc = None, None
        frac = len(chosen) / nlab
        for i, p in enumerate(rest):
            if used[p[0]] >= MAXT:
                continue
            # compare against the target scaled to the progress
            c = 0.0
            for t, goal in TARGET.items():
                v = tot[t] + p[4].get(t, 0)
                g = goal * min(1.0, (len(chosen) + 1) / nlab)
                c += ((v - g) / goal) ** 2
            c += 0.0004 * used[p[0]] + (0.002 if p[2] == "en" and en > 0.35 * (len(chosen) + 1) else 0)
            if bc is None or c < bc:
                best, bc = i, c
        p = rest.pop(best)
        chosen.append(p)
        used[p[0]] += 1
        tot.update(p[4])
        en += p[2] == "en"
    clean = []
    i = 0
    while len(clean) < NCLEAN:
        f = CTPL[i % len(CTPL)]
        clean.append(list(f()))
        i += 1
    items = [(p[1], p[2], p[3]) for p in chosen] + [tuple(c) for c in clean]
    R.shuffle(items)
    wrapped = set(R.sample(range(len(items)), WRAP))
    recs = []
    for k, (form, lang, parts) in enumerate(items):
        if k in wrapped:
            parts = wrap(lang, parts)
        recs.append(build(PREFIX + "%05d" % k, form, lang, parts))
    return recs


# ------------------------------------------------------------------ verification
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w.])")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def gov_ok(sub, v):
    t = re.sub(r"[\s.\-]", "", v)
    if sub == "pl_pesel":
        return pesel_ok(t)
    if sub == "be_nn":
        return be_nn_ok(v)
    if sub == "ch_ahv":
        return len(t) == 13 and ean13_cd(t[:12]) == t[12]
    if sub == "mx_curp":
        return len(v) == 18 and curp_cd(v[:17]) == v[17]
    if sub == "za_id":
        return len(t) == 13 and luhn_ok(t)
    if sub == "se_personnummer":
        return luhn_ok(t[-10:])
    if sub == "md_idnp":
        return idnp_ok(t)
    if sub == "tr_tckn":
        return tckn_ok(t)
    if sub == "in_aadhaar":
        return verhoeff_ok(t)
    if sub == "it_cf":
        return cf_check(v[:15]) == v[15]
    if sub == "fr_nir":
        return nir_ok(t[:13], t[13:])
    if sub == "ru_snils":
        return snils_cs(t[:9]) == t[9:]
    if sub == "jp_mynumber":
        return mynumber_cd(t[:11]) == t[11]
    return True


def covered(rec, s, e):
    return any(sp["start"] <= s and e <= sp["end"] for sp in rec["spans"])


def verify(recs):
    errs = []
    phones = []
    seen = set()
    for r in recs:
        try:
            check_record(r)
        except AssertionError as ex:
            errs.append("record %s: %s" % (r["id"], str(ex)[:200]))
            continue
        if r["id"] in seen:
            errs.append("duplicate id " + r["id"])
        seen.add(r["id"])
        t = r["text"]
        for sp in r["spans"]:
            v = sp["value"]
            if sp["type"] == "card" and not luhn_ok(re.sub(r"\D", "", v)):
                errs.append("%s: card fails Luhn %s" % (r["id"], v))
            if sp["type"] == "iban":
                c = re.sub(r"\s", "", v)
                if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                    errs.append("%s: bad IBAN %s" % (r["id"], v))
            if sp["type"] == "gov_id" and not gov_ok(sp["sub"], v):
                errs.append("%s: gov id check fails %s %s" % (r["id"], sp["sub"], v))
            if sp["type"] == "ip":
                ip = ipaddress.ip_address(v)
                if ip.is_loopback or ip.is_multicast or ip.is_unspecified:
                    errs.append("%s: not a host address %s" % (r["id"], v))
            if sp["type"] == "phone":
                phones.append((v, sp["region"], sp.get("plan", "")))
        for m in EMAIL_RE.finditer(t):
            touches = any(sp["start"] < m.end() and m.start() < sp["end"] for sp in r["spans"])
            if not touches and not m.group(0).startswith(("noreply@", "git@")):
                errs.append("%s: unlabelled e-mail %s" % (r["id"], m.group(0)))
        for m in IP4_RE.finditer(t):
            if covered(r, m.start(1), m.end(1)):
                continue
            a = m.group(1)
            if a.startswith(("127.", "0.0.0.0", "10.255.0.", "198.51.100.0")) or any(int(x) > 255 for x in a.split(".")):
                continue
            errs.append("%s: unlabelled IPv4 %s" % (r["id"], a))
        words = set()
        for sp in r["spans"]:
            if sp["type"] == "person":
                words.update(name_words(sp["value"]))
        for w in words:
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(w), t):
                if not covered(r, m.start(), m.end()):
                    errs.append("%s: name word %r left unlabelled" % (r["id"], w))
                    break
    bad = pv_check(phones)
    nopv = bad is None
    for ln in bad or []:
        errs.append("phone invalid: " + ln)
    return errs, nopv


def stats(recs):
    c, subs, forms, langs, negs = Counter(), defaultdict(Counter), Counter(), Counter(), Counter()
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        for t in r.get("neg", []):
            negs[t] += 1
        for sp in r["spans"]:
            c[sp["type"]] += 1
            subs[sp["type"]][sp.get("plan", sp.get("region")) if sp["type"] == "phone" else sp.get("sub")] += 1
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(c.values())))
    print("per type:", ", ".join("%s %d" % kv for kv in c.most_common()))
    print("templates: %d labelled, %d clean; forms %d; languages %d" % (len(TPL), len(CTPL), len(forms), len(langs)))
    print("languages:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    for t in ("person", "phone", "address", "gov_id", "secret", "dob", "card", "iban", "ip", "email"):
        print("%s (%d kinds):" % (t, len(subs[t])), ", ".join("%s %d" % kv for kv in subs[t].most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("wrapped: %d" % sum(1 for r in recs if any(q[1] in r["text"] for q in REQ)))


def main():
    if not os.path.exists(PV):
        sys.exit("needs /tmp/pv/pv (libphonenumber validator) to draw the phone ranges")
    recs = generate()
    if "--stats" in sys.argv:
        stats(recs)
        return
    if "--check" in sys.argv:
        with open(OUT, "rb") as f:
            old = f.read()
        new = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs).encode("utf-8")
        if old != new:
            sys.exit("heldout12.jsonl differs from what the generator makes")
        errs, nopv = verify([json.loads(ln) for ln in old.decode("utf-8").splitlines()])
        if errs:
            sys.exit("\n".join(errs[:50]))
        print("ok: %d records identical and valid%s" % (len(recs), " (phones not checked: /tmp/pv/pv missing)" if nopv else ""))
        return
    errs, nopv = verify(recs)
    if errs:
        sys.exit("\n".join(errs[:50]))
    write_jsonl(OUT, recs)
    print("wrote %s (%d records)" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
