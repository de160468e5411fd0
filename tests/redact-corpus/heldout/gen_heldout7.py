#!/usr/bin/python3
"""Held-out part 7 of the redaction corpus (heldout7.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py and the
list of forms parts 1-6 use (heldout/README.md); not the redactor, its docs,
its tests or the other generators.  Deterministic (seed 70919).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout7.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout7.py --check   # verify
"""
import json
import os
import random
import string
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       iban_mod97, iban_random, IBAN_LEN, group, ssn_random,
                       nino_random, nhs_random, nhs_ok, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, nie_random, nie_ok,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, pan_random, cpf_random, cpf_ok, MONTHS,
                       card_random, card_grouping, split_groups, digits, nz, PLANS,
                       secret_random, rnd, ALNUM, B64, URLSAFE)

SEED = 70919
OUT = os.path.join(HERE, "heldout7.jsonl")
NREC = 800
NCLEAN = 200
R = random.Random(SEED)

# ---------------------------------------------------------------- names
# Hand-written for this part: (male given, female given, family).
NAMES = {
    "en": (["Rupert", "Alistair", "Crispin", "Desmond", "Barnaby", "Percival", "Hamish", "Toby", "Gareth", "Lionel", "Ewan", "Jasper"],
           ["Philippa", "Imogen", "Rosalind", "Harriet", "Tamsin", "Beatrix", "Millicent", "Gwendolyn", "Verity", "Cressida", "Hermione", "Juno"],
           ["Ashworth", "Pemberton", "Blackwood", "Fairclough", "Haverford", "Ormerod", "Whitlock", "Trelawney", "Cuthbertson", "Dunsmore", "Hebblethwaite", "Kingsley-Pratt", "Rowntree", "Attwell"]),
    "us": (["Dwayne", "Tucker", "Brantley", "Cody", "Marcus", "Garrett", "Tyrell", "Dalton", "Wyatt", "Jerome", "Colby", "Reggie"],
           ["Kaylee", "Shaniqua", "Brittany", "Madison", "Latoya", "Savannah", "Jolene", "Destiny", "Mackenzie", "Raelynn", "Dakota", "Tiffani"],
           ["Hollister", "McAllister", "Washburn", "Kowalczyk", "Delacroix", "Thibodeaux", "Fontenot", "Okafor", "Vandenberg", "Pruitt", "Gallagher", "Abernathy", "Castellano", "Whitfield"]),
    "de": (["Hartmut", "Wolfram", "Detlef", "Jörg", "Rüdiger", "Bernd", "Malte", "Hauke", "Till", "Volker", "Eckhard", "Lutz"],
           ["Gudrun", "Hannelore", "Rosemarie", "Wiebke", "Silke", "Frauke", "Jutta", "Dörte", "Annegret", "Heike", "Liselotte", "Ute"],
           ["Oberländer", "Krähenbühl", "Wißmann", "Pfannkuch", "Dreßler", "Haferkamp", "Brüggemann", "Quandt", "Ostermeier", "Tiedemann", "Schwertfeger", "von Ahlefeldt", "Kleinschmidt", "Liebknecht-Haas"]),
    "fr": (["Gaëtan", "Thibault", "Aurélien", "Maël", "Baptiste", "Côme", "Evrard", "Gildas", "Yannick", "Loïc", "Anatole", "Honoré"],
           ["Solène", "Maïwenn", "Ségolène", "Albane", "Clémence", "Domitille", "Enora", "Laurine", "Gwenaëlle", "Bérénice", "Oriane", "Capucine"],
           ["Le Goff", "Desrosiers", "Carpentier", "Vasseur", "Delaunay", "Bouvier", "Lemaître", "de Villepin-Roux", "Quéméneur", "Jacquemin", "Marchetti", "Rivière", "Auclair", "Thévenot"]),
    "es": (["Íñigo", "Ximeno", "Eneko", "Fermín", "Gonzalo", "Baltasar", "Leandro", "Maximino", "Telmo", "Ulises"],
           ["Itziar", "Remedios", "Almudena", "Maite", "Nerea", "Begoña", "Consuelo", "Inmaculada", "Rocío", "Yolanda"],
           ["Arrieta", "Echeverría", "Villalobos", "Cuesta", "Barrientos", "Quintana", "Olabarri", "Madariaga", "Sepúlveda", "Zamora", "Bermúdez", "del Pozo"]),
    "it": (["Ottavio", "Gianluca", "Ermanno", "Rocco", "Cosimo", "Tancredi", "Vittorio", "Leopoldo", "Saverio", "Girolamo"],
           ["Ludovica", "Ornella", "Graziella", "Benedetta", "Costanza", "Annunziata", "Marisa", "Ilaria", "Loredana", "Ginevra"],
           ["Scognamiglio", "Tagliaferri", "Bonaccorsi", "Pellegrino", "Lo Russo", "Cavalcanti", "Mastroianni", "De Santis", "Ruggiero", "Abbondanza", "Quagliarella", "Zanetti"]),
    "nl": (["Joost", "Maarten", "Sjoerd", "Gijs", "Wouter", "Floris", "Reinier", "Thijs", "Bram", "Hidde"],
           ["Marieke", "Femke", "Sanne", "Lieke", "Anouk", "Wilhelmina", "Ilse", "Joke", "Geertje", "Roos"],
           ["van Wijngaarden", "Hoekstra", "de Boer", "Verhoeven", "ter Horst", "Zwartjes", "van den Broek", "Kuipers", "Oosterhuis", "Bleeker", "in 't Veld", "Schimmelpenninck"]),
    "pt": (["Gonçalo", "Rui", "Duarte", "Tiago", "Afonso", "Joaquim", "Caetano", "Vasco", "Leonel", "Martim"],
           ["Inês", "Leonor", "Matilde", "Conceição", "Filipa", "Graça", "Teresinha", "Rafaela", "Benedita", "Glória"],
           ["Magalhães", "Figueiredo", "Sampaio", "Cordeiro", "da Cunha Ramos", "Quaresma", "Bettencourt", "Nogueira", "dos Anjos", "Valadares", "Brandão", "Carvalhal"]),
    "pl": (["Grzegorz", "Przemysław", "Szczepan", "Bogdan", "Radosław", "Wojciech", "Zbigniew", "Kazimierz", "Jarosław", "Ireneusz"],
           ["Bożena", "Grażyna", "Małgorzata", "Jadwiga", "Agnieszka", "Wiesława", "Halina", "Dorota", "Krystyna", "Żaneta"],
           ["Brzęczyszczykiewicz", "Wróblewski", "Chmielewski", "Sobczak", "Kaczmarczyk", "Pietrzak", "Grabowski", "Zając", "Szymański", "Jabłoński", "Olszewski", "Kwiatkowski"]),
    "cs": (["Vojtěch", "Jiří", "Ondřej", "Přemysl", "Radek", "Bohumil", "Zdeněk", "Lubomír", "Vratislav", "Miroslav"],
           ["Zdeňka", "Markéta", "Radka", "Jarmila", "Ludmila", "Vlasta", "Božena", "Šárka", "Kateřina", "Blanka"],
           ["Dvořák", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Růžička", "Marek", "Beneš", "Fiala", "Šťastný"]),
    "sv": (["Björn", "Stellan", "Gunnar", "Ingvar", "Sixten", "Torbjörn", "Evert", "Ragnar", "Sune", "Leif"],
           ["Solveig", "Agneta", "Margareta", "Ylva", "Ingegerd", "Birgitta", "Majken", "Gunilla", "Ebba", "Tuva"],
           ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Wallenius", "Ekdahl", "Forsberg", "Hedlund", "Nordin", "Östlund", "Lundgren", "Ahlgren"]),
    "da": (["Mogens", "Kaspar", "Bjarke", "Søren", "Anders", "Villads", "Jeppe", "Esben", "Niels", "Torben"],
           ["Mette", "Signe", "Birthe", "Ditte", "Rikke", "Lærke", "Vibeke", "Karen", "Sidsel", "Tove"],
           ["Kjærgaard", "Søndergaard", "Mikkelsen", "Østergaard", "Vestergaard", "Thygesen", "Dalsgaard", "Rasmussen", "Bech", "Skovgaard", "Holmgaard", "Friis"]),
    "no": (["Håkon", "Eirik", "Sindre", "Vegard", "Torstein", "Øystein", "Audun", "Kjetil", "Halvor", "Trond"],
           ["Ingrid", "Kari", "Ragnhild", "Siri", "Åshild", "Tone", "Marit", "Sigrun", "Hege", "Synnøve"],
           ["Haugland", "Bjørnstad", "Kvamme", "Fjeldstad", "Solberg", "Aasen", "Nygård", "Tveit", "Moen", "Rønning", "Lie", "Haugen"]),
    "fi": (["Jukka", "Tapio", "Veikko", "Ilkka", "Pekka", "Lauri", "Mikko", "Seppo", "Tuomas", "Aarne"],
           ["Aino", "Pirjo", "Tuulikki", "Riikka", "Sirpa", "Hanna-Leena", "Marjatta", "Elina", "Kaisa", "Sanna"],
           ["Virtanen", "Korhonen", "Mäkelä", "Heikkinen", "Järvinen", "Lehtonen", "Salminen", "Hämäläinen", "Kettunen", "Väisänen", "Nieminen", "Pöllänen"]),
    "tr": (["Mehmet Ali", "Oğuz", "Serkan", "Emre", "Tolga", "Barış", "Cem", "Kaan", "Volkan", "Uğur"],
           ["Elif", "Zeynep", "Gülşen", "Şebnem", "Derya", "Aslı", "Nurcan", "Pınar", "Ebru", "Sevgi"],
           ["Yıldırım", "Aydoğan", "Kılıçdaroğlu", "Öztürk", "Çelik", "Karaca", "Erdem", "Şahin", "Güneş", "Doğan", "Arslan", "Koç"]),
    "in": (["Venkatesh", "Siddharth", "Harpreet", "Anirudh", "Prakash", "Rohan", "Karthikeyan", "Abhishek", "Vikram", "Naveen"],
           ["Lakshmi", "Priyanka", "Shalini", "Meenakshi", "Divya", "Ananya", "Kavitha", "Sunita", "Deepika", "Ishita"],
           ["Raghunathan", "Bhattacharya", "Chakraborty", "Venkataraman", "Kulkarni", "Deshpande", "Iyengar", "Malhotra", "Sandhu", "Nair", "Pillai", "Mukherjee"]),
    "ng": (["Chukwuemeka", "Oluwaseun", "Babatunde", "Ikechukwu", "Tunde", "Emeka"],
           ["Ngozi", "Folasade", "Chiamaka", "Yetunde", "Adaeze", "Funmilayo"],
           ["Adeyemi", "Okonkwo", "Nwachukwu", "Oyelaran", "Eze", "Adebayo", "Obi"]),
    "zh": (["Wei", "Jianguo", "Haoran", "Zhiwei", "Yifan", "Junjie"],
           ["Xiuying", "Meiling", "Yuxin", "Xiaohong", "Jingjing", "Lanfang"],
           ["Zhang", "Liu", "Huang", "Zhou", "Xu", "Guo", "Lin"]),
    "vi": (["Quang", "Minh Tuấn", "Dũng", "Phúc", "Khoa"],
           ["Thảo", "Ngọc Anh", "Lan", "Hương", "Trang"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"]),
    "ar": (["Youssef", "Khalid", "Tariq", "Omar", "Hamza", "Karim"],
           ["Leila", "Yasmin", "Noor", "Samira", "Rania", "Huda"],
           ["El-Amrani", "Haddad", "Al-Masri", "Benali", "Khoury", "Nasser", "Bouazza"]),
    "ja": (["Hiroshi", "Takumi", "Kenji", "Daisuke", "Ryota"],
           ["Yuki", "Haruka", "Emiko", "Sakura", "Aiko"],
           ["Takahashi", "Watanabe", "Yamamoto", "Kobayashi", "Inoue", "Matsumoto"]),
    "ko": (["Jae-won", "Min-ho", "Seung-hyun", "Dong-hyuk"],
           ["Ji-yeon", "Soo-ah", "Eun-ji", "Hye-jin"],
           ["Park", "Choi", "Jeong", "Kang", "Yoon"]),
    "gr": (["Stavros", "Dimitrios", "Konstantinos", "Spyros"],
           ["Eleni", "Despina", "Katerina", "Chrysoula"],
           ["Papadopoulos", "Karagiannis", "Vlachos", "Oikonomou", "Mavridis"]),
    "hu": (["Zoltán", "Gergely", "Csaba", "Levente"],
           ["Zsófia", "Erzsébet", "Réka", "Ildikó"],
           ["Szabó", "Horváth", "Tóth", "Kovács", "Farkas"]),
    "ro": (["Mihai", "Bogdan", "Cătălin", "Sorin"],
           ["Ioana", "Andreea", "Mirela", "Roxana"],
           ["Popescu", "Ionescu", "Constantinescu", "Dumitrescu", "Stoica"]),
    "ie": (["Cathal", "Ruairí", "Fionn", "Donnacha"],
           ["Aoife", "Saoirse", "Niamh", "Clodagh"],
           ["Ó Súilleabháin", "MacCarthy", "O'Callaghan", "Ní Bhriain", "Fitzgerald"]),
}
# Spanish and Brazilian families carry two surnames; Polish and Czech
# surnames change with gender.
BR_NAMES = (["Wellington", "Cleiton", "Edivaldo", "Rogério", "Anderson", "Thiago"],
            ["Gleice", "Marinalva", "Rosângela", "Jussara", "Thaís", "Luciene"],
            ["Nascimento", "Siqueira", "de Paula", "Bezerra", "Cavalcante", "dos Santos", "Lacerda", "Moura"])
NAMES["br"] = BR_NAMES


def _fem_surname(lang, fam):
    if lang == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if fam.endswith(a):
                return fam[:-len(a)] + b
        return fam
    if lang == "cs":
        if fam.endswith("ý"):
            return fam[:-1] + "á"
        if fam.endswith("a"):
            return fam[:-1] + "ová"
        if fam.endswith("ek"):
            return fam[:-2] + "ková"
        return fam + "ová"
    return fam


def person(lang=None, sex=None):
    """(given, family, sex) in the culture `lang`."""
    lang = lang or R.choice(list(NAMES))
    m, f, fam = NAMES[lang]
    sex = sex or R.choice("MF")
    given = R.choice(m if sex == "M" else f)
    family = R.choice(fam)
    if lang in ("es", "br") and R.random() < 0.7:
        other = R.choice(fam)
        while other == family:
            other = R.choice(fam)
        family = family + " " + other
    if sex == "F":
        family = _fem_surname(lang, family)
    return given, family, sex


def fullname(lang=None, sex=None, style=None):
    g, f, s = person(lang, sex)
    style = style or R.choice(["plain"] * 6 + ["rev", "init", "mid", "caps"])
    if style == "plain":
        return g + " " + f
    if style == "rev":
        return f + ", " + g
    if style == "init":
        return g[0] + ". " + f
    if style == "mid":
        return g + " " + R.choice("ABCDEFGHJKLMNPRSTW") + ". " + f
    if style == "caps":
        return (g + " " + f).upper()
    if style == "fcaps":
        return f.upper() + " " + g
    if style == "given":
        return g
    if style == "family":
        return f
    raise KeyError(style)


def P(lang=None, sex=None, style=None):
    lang = lang or R.choice(list(NAMES))
    return L("person", fullname(lang, sex, style), sub=lang)


# ---------------------------------------------------------------- phones
# Plans this part adds (E.164 country code, trunk prefix, ranges by kind),
# from the national regulators' numbering plans.
MY_PLANS = {
    "DK": (45, "", {"mobile": lambda R: R.choice(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]) + digits(R, 6),
                    "fixed": lambda R: R.choice(["33", "35", "36", "38", "39", "45", "86", "98"]) + digits(R, 6)}),
    "NO": (47, "", {"mobile": lambda R: R.choice(["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + digits(R, 6),
                    "fixed": lambda R: R.choice(["22", "23", "55", "73"]) + digits(R, 6)}),
    "FI": (358, "0", {"mobile": lambda R: R.choice(["40", "41", "44", "45", "46", "50"]) + digits(R, 7),
                      "fixed": lambda R: "9" + R.choice("2345678") + digits(R, 6)}),
    "CZ": (420, "", {"mobile": lambda R: R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "724", "725", "731", "736", "737", "739", "773", "776", "777", "792", "799"]) + digits(R, 6),
                     "fixed": lambda R: "2" + R.choice("2345") + digits(R, 7)}),
    "TR": (90, "0", {"mobile": lambda R: R.choice(["530", "532", "533", "535", "536", "538", "541", "542", "543", "544", "545", "505", "506", "507", "552", "555"]) + digits(R, 7),
                     "istanbul": lambda R: R.choice(["212", "216"]) + R.choice("2345679") + digits(R, 6)}),
}
MY_PLANS["FR"] = (33, "0", {"mobile": lambda R: R.choice(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + digits(R, 7),
                            "fixed": PLANS["FR"][2]["fixed"]})
ALLPLANS = dict(PLANS)
ALLPLANS.update(MY_PLANS)
ALLPLANS = {k: v for k, v in ALLPLANS.items() if k not in ("HK", "CN", "RU", "MX")}
ALLPLANS["CN"] = (86, "0", {"mobile": PLANS["CN"][2]["mobile"]})
ALLPLANS["US"] = (1, "1", {"fixed_or_mobile": PLANS["US"][2]["fixed_or_mobile"]})   # no 555-01xx, no toll-free


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _nat(R, c, kind, nsn):
    """National written form, with the grouping conventions of country c."""
    ch = R.choice
    if c in ("US", "CA"):
        a, e, l4 = nsn[:3], nsn[3:6], nsn[6:]
        return ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s"]) % (a, e, l4)
    if c == "GB":
        if kind == "mobile":
            return "0" + ch([_g(nsn, [4, 6]), _g(nsn, [4, 3, 3])])
        if kind == "london":
            return "0" + _g(nsn, [2, 4, 4])
        return "0" + _g(nsn, [3, 3, 4])
    if c == "DE":
        area = {"mobile": 3, "mobile7": 3, "berlin": 2}.get(kind) or (2 if nsn[:2] in ("89", "40", "69") else 3)
        a, rest = nsn[:area], nsn[area:]
        return ch(["0%s %s", "0%s/%s", "0%s-%s", "(0%s) %s"]) % (a, ch([rest, _g(rest, [4, 4]), _g(rest, [3, 4])]))
    if c == "AT":
        if kind == "vienna":
            return "01 " + ch([nsn[1:], _g(nsn[1:], [3, 2, 2])])
        return "0" + nsn[:3] + ch([" ", "/"]) + nsn[3:]
    if c == "CH":
        return "0" + _g(nsn, [2, 3, 2, 2], ch([" ", " ", "."]))
    if c == "FR":
        return "0" + nsn[0] + ch([" ", ".", "\u202f", "-"]).join([""] + [nsn[i:i + 2] for i in range(1, 9, 2)])
    if c == "BE":
        return "0" + (_g(nsn, [3, 2, 2, 2]) if kind == "mobile" else _g(nsn, [1, 3, 2, 2]))
    if c == "NL":
        if kind == "mobile":
            return ch(["06-" + nsn[1:], "06 " + _g(nsn[1:], [2, 2, 2, 2]), "06 " + nsn[1:]])
        return "0" + nsn[:2] + ch(["-", " "]) + _g(nsn[2:], [3, 4])
    if c == "ES":
        return ch([_g(nsn, [3, 2, 2, 2]), _g(nsn, [3, 3, 3])]) if kind != "fixed" else _g(nsn, [2, 3, 2, 2])
    if c == "PT":
        return _g(nsn, [3, 3, 3])
    if c == "IT":
        if kind == "mobile":
            return ch([_g(nsn, [3, 3, 4]), _g(nsn, [3, 7]), nsn[:3] + "/" + nsn[3:]])
        return _g(nsn, [2, 4, 4])
    if c == "PL":
        return _g(nsn, [3, 3, 3], ch([" ", "-"])) if kind == "mobile" else _g(nsn, [2, 3, 2, 2])
    if c == "IE":
        return "0" + _g(nsn, [2, 3, 4])
    if c == "SE":
        return "0" + nsn[:2] + "-" + _g(nsn[2:], [3, 2, 2])
    if c == "IN":
        return ch(["0" + _g(nsn, [5, 5]), _g(nsn, [5, 5], "-"), nsn, _g(nsn, [5, 5])])
    if c == "BR":
        return "(%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:])
    if c == "SG":
        return _g(nsn, [4, 4])
    if c == "JP":
        return "0" + _g(nsn, [2, 4, 4], "-")
    if c == "AU":
        return "0" + _g(nsn, [3, 3, 3])
    if c == "ZA":
        return "0" + _g(nsn, [2, 3, 4])
    if c == "CN":
        return _g(nsn, [3, 4, 4], ch([" ", "-"]))
    if c == "DK":
        return ch([_g(nsn, [2, 2, 2, 2]), _g(nsn, [4, 4]), nsn])
    if c == "NO":
        return _g(nsn, [3, 2, 3]) if kind == "mobile" else _g(nsn, [2, 2, 2, 2])
    if c == "FI":
        if kind == "mobile":
            return "0" + nsn[:2] + ch([" ", "-", " "]) + _g(nsn[2:], [3, 4])
        return "09 " + _g(nsn[1:], [3, 4])
    if c == "CZ":
        return _g(nsn, [3, 3, 3])
    if c == "TR":
        return ch(["0" + _g(nsn, [3, 3, 2, 2]), "0 (%s) %s" % (nsn[:3], _g(nsn[3:], [3, 2, 2])), "0" + nsn])
    raise KeyError(c)


def _intl_body(R, c, kind, nsn):
    """The NSN grouped as written after +CC."""
    ch = R.choice
    if c in ("US", "CA"):
        return ch([_g(nsn, [3, 3, 4]), "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), _g(nsn, [3, 3, 4], "-")])
    if c == "FR":
        return nsn[0] + " " + _g(nsn[1:], [2, 2, 2, 2])
    if c == "BR":
        return nsn[:2] + " " + nsn[2:-4] + "-" + nsn[-4:]
    if c in ("GB", "DE", "AT", "IE", "FI", "NL", "SE", "BE", "JP", "AU", "ZA", "TR", "CH", "IN"):
        nat = _nat(R, c, kind, nsn)
        for junk in "()/":
            nat = nat.replace(junk, " " if junk == "/" else "")
        nat = " ".join(nat.split())
        nat = nat.replace("-", " ") if c not in ("JP",) else nat
        return nat[1:].lstrip() if nat.startswith("0") else nat
    return _nat(R, c, kind, nsn).replace("/", " ")


PHONE_LOG = []   # (value, region, plan) for the libphonenumber batch check
# Drawn numbers that libphonenumber 8.12.57 rejected (gaps in the national
# allocations finer than the ranges above); redrawn.
PV_REJECTED = {
    "+33163182372", "+33249490802", "+33251539866", "+33282533843", "+33317919325", "+33327934681",
    "+33344675864", "+33375988297", "+33396401952", "+33411254300", "+33434040560", "+33490810694",
    "+33495105872", "+33537492311", "+33542684587", "+33585308087", "+33599735116", "+33602382172",
    "+33645188959", "+33653428448", "+33730726580", "+33744829727", "+33755809082", "+33757802037",
    "+33761875679", "+33769485072", "+33780918526", "+33784186048",
}


def phone(country, ctx=None, kind=None, style=None):
    """A phone label for a number of `country`, written in a text read in
    the conventions of `ctx` (default: the same country)."""
    cc, trunk, kinds = ALLPLANS[country]
    kind = kind or R.choice(sorted(kinds))
    nsn = kinds[kind](R)
    while "+%d%s" % (cc, nsn) in PV_REJECTED:
        nsn = kinds[kind](R)
    ctx = ctx or country
    if ctx != country:
        style = style or R.choice(["intl", "intl", "00", "e164"])
        if style == "00" and ctx in ("US", "CA", "JP", "AU", "SG", "BR"):
            style = "intl"
    else:
        style = style or R.choice(["nat"] * 5 + ["intl"] * 3 + ["e164"])
    if style == "nat":
        v = _nat(R, country, kind, nsn)
    elif style == "e164":
        v = "+%d%s" % (cc, nsn)
    elif style == "trunk0" and trunk == "0":
        v = "+%d (0)%s" % (cc, _intl_body(R, country, kind, nsn))
    elif style == "00":
        v = "00%d %s" % (cc, _intl_body(R, country, kind, nsn))
    else:
        v = "+%d %s" % (cc, _intl_body(R, country, kind, nsn))
    meta = {"sub": kind, "region": ctx}
    if ctx != country:
        meta["plan"] = country
    PHONE_LOG.append((v, ctx, meta.get("plan", "")))
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
# Hand-written streets and places per country; layouts as each postal
# service prints them.
ADDR = {
    "US": (["Larkspur Lane", "Old Mill Road", "Chestnut Ridge Drive", "Magnolia Court", "West Fulton Street", "Bayberry Terrace", "Quail Hollow Road", "Sycamore Avenue"],
           [("Boise", "ID", "837"), ("Chattanooga", "TN", "374"), ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Des Moines", "IA", "503"), ("Albuquerque", "NM", "871"), ("Burlington", "VT", "054"), ("Madison", "WI", "537")]),
    "GB": (["Thistlewood Close", "Pemberley Crescent", "Ashby Road", "Nightingale Lane", "Marlowe Gardens", "Holloway Mews", "Kestrel Way", "Abbeyfield Drive"],
           [("Harrogate", "HG1 4QJ"), ("Shrewsbury", "SY3 7DN"), ("Norwich", "NR2 3BL"), ("Exeter", "EX4 6PT"), ("Stockport", "SK4 2HW"), ("Lancaster", "LA1 3RE"), ("Bath", "BA2 5JZ"), ("Derby", "DE22 1GS")]),
    "DE": (["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Gartenweg", "Hohenzollernring", "Schillerplatz", "Auf der Heide", "Fasanenstraße"],
           [("Bielefeld", "33602"), ("Würzburg", "97070"), ("Lüneburg", "21335"), ("Freiburg im Breisgau", "79098"), ("Kassel", "34117"), ("Rostock", "18055"), ("Erlangen", "91054"), ("Oldenburg", "26122")]),
    "AT": (["Mariahilfer Straße", "Kaiserstraße", "Grazer Gasse", "Lerchenfelder Gürtel"],
           [("Wien", "1070"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020")]),
    "CH": (["Bahnhofstrasse", "Seefeldstrasse", "Rue de Lausanne", "Spalenberg"],
           [("Zürich", "8008"), ("Basel", "4051"), ("Genève", "1201"), ("Bern", "3011")]),
    "FR": (["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Gambetta", "chemin du Moulin", "place du Marché", "allée des Acacias", "quai de la Fosse"],
           [("Rennes", "35000"), ("Angers", "49100"), ("Clermont-Ferrand", "63000"), ("Dijon", "21000"), ("Nancy", "54000"), ("Perpignan", "66000"), ("Brest", "29200"), ("Tours", "37000")]),
    "ES": (["Calle del Pez", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Alcalá", "Ronda de Segovia"],
           [("Zaragoza", "50001", "Zaragoza"), ("Valladolid", "47001", "Valladolid"), ("Bilbao", "48001", "Bizkaia"), ("Granada", "18009", "Granada"), ("Santander", "39001", "Cantabria")]),
    "IT": (["Via dei Mille", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza Santo Stefano", "Viale Monza", "Via della Spiga"],
           [("Bologna", "40125", "BO"), ("Torino", "10123", "TO"), ("Verona", "37121", "VR"), ("Bari", "70122", "BA"), ("Padova", "35122", "PD"), ("Lecce", "73100", "LE")]),
    "NL": (["Prinsengracht", "Oudegracht", "Kerkstraat", "Vondelstraat", "Zeestraat", "Molenweg"],
           [("Utrecht", "3511 AX"), ("Haarlem", "2011 KL"), ("Groningen", "9711 BC"), ("Leiden", "2312 EH"), ("Delft", "2611 GM"), ("Zwolle", "8011 PK")]),
    "BE": (["Rue Royale", "Meir", "Kortrijksesteenweg", "Avenue Louise"],
           [("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"), ("Liège", "4000")]),
    "PT": (["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
           [("Lisboa", "1100-053"), ("Porto", "4000-443"), ("Coimbra", "3000-150"), ("Braga", "4700-320")]),
    "BR": (["Rua das Laranjeiras", "Avenida Paulista", "Rua Voluntários da Pátria", "Rua Padre Chagas"],
           [("São Paulo", "SP", "Bela Vista", "01310-100"), ("Rio de Janeiro", "RJ", "Botafogo", "22280-020"), ("Porto Alegre", "RS", "Moinhos de Vento", "90570-020"), ("Recife", "PE", "Boa Viagem", "51020-010")]),
    "PL": (["Marszałkowska", "Piotrkowska", "Długa", "Świętojańska", "Floriańska"],
           [("Warszawa", "00-026"), ("Łódź", "90-406"), ("Gdańsk", "80-831"), ("Gdynia", "81-368"), ("Kraków", "31-019")]),
    "CZ": (["Vinohradská", "Nádražní", "Husova", "Masarykova", "Palackého"],
           [("Praha 2", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00"), ("Olomouc", "779 00")]),
    "SE": (["Storgatan", "Drottninggatan", "Kungsgatan", "Linnégatan", "Vasagatan"],
           [("Stockholm", "114 51"), ("Göteborg", "413 06"), ("Uppsala", "753 20"), ("Malmö", "211 22"), ("Umeå", "903 26")]),
    "DK": (["Nørregade", "Vesterbrogade", "Jægersborggade", "Strandvejen", "Skovvej"],
           [("København K", "1165"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Roskilde", "4000")]),
    "NO": (["Storgata", "Thorvald Meyers gate", "Kongens gate", "Bygdøy allé", "Markveien"],
           [("Oslo", "0182"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Stavanger", "4006"), ("Tromsø", "9008")]),
    "FI": (["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu", "Kauppakatu"],
           [("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"), ("Jyväskylä", "40100")]),
    "TR": (["Atatürk Caddesi", "Bağdat Caddesi", "Cumhuriyet Sokak", "İnönü Bulvarı", "Gazi Mustafa Kemal Bulvarı"],
           [("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"), ("Nilüfer", "Bursa", "16110")]),
    "IN": (["MG Road", "Linking Road", "Anna Salai", "Park Street", "FC Road"],
           [("Bengaluru", "Karnataka", "560001", "Indiranagar"), ("Mumbai", "Maharashtra", "400050", "Bandra West"), ("Chennai", "Tamil Nadu", "600002", "Mylapore"), ("Kolkata", "West Bengal", "700016", "Park Circus"), ("Pune", "Maharashtra", "411004", "Deccan Gymkhana")]),
    "IE": (["Rathgar Road", "Summerhill Parade", "Grand Canal Street"],
           [("Dublin 6", "D06 F2X3"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2K4")]),
    "AU": (["Wattle Street", "Bourke Road", "Jacaranda Avenue"],
           [("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065"), ("Paddington", "QLD", "4064")]),
    "CA": (["Maple Crescent", "Bloor Street West", "Rue Saint-Denis"],
           [("Toronto", "ON", "M5S 1V6"), ("Montréal", "QC", "H2X 3K8"), ("Halifax", "NS", "B3H 2Y9")]),
}


def address(c, sep=None):
    """A whole postal address of country c as a label; sep joins the lines
    (', ' on one line, '\\n' in letters)."""
    sep = sep if sep is not None else R.choice([", ", ", ", "\n"])
    streets, places = ADDR[c]
    st = R.choice(streets)
    pl = R.choice(places)
    n = R.randint(1, 148)
    if c == "US":
        city, state, z3 = pl
        line = "%d %s" % (R.randint(12, 9870), st) + R.choice(["", ", Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")])
        z = z3 + "%02d" % R.randint(1, 99) + R.choice(["", "-%04d" % R.randint(1, 9999)])
        lines = [line, "%s, %s %s" % (city, state, z)]
    elif c == "GB":
        lines = [R.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 12), n, st)]), pl[0], pl[1]]
    elif c in ("DE", "AT", "CH"):
        lines = ["%s %d%s" % (st, n, R.choice(["", "", "a", "b"])), "%s %s" % (pl[1], pl[0])]
    elif c == "FR":
        lines = ["%d%s %s" % (n, R.choice(["", "", " bis", " ter"]), st), "%s %s" % (pl[1], pl[0])]
    elif c == "ES":
        lines = ["%s, %d, %dº %s" % (st, n, R.randint(1, 8), R.choice("ABCD")), "%s %s (%s)" % (pl[1], pl[0], pl[2])]
    elif c == "IT":
        lines = ["%s %d" % (st, n), "%s %s (%s)" % (pl[1], pl[0], pl[2])]
    elif c == "NL":
        lines = ["%s %d%s" % (st, n, R.choice(["", "", "-II", " A"])), "%s %s" % (pl[1], pl[0].upper() if R.random() < 0.3 else pl[0])]
    elif c == "BE":
        lines = ["%s %d" % (st, n), "%s %s" % (pl[1], pl[0])]
    elif c == "PT":
        lines = ["%s, %d, %dº %s" % (st, n, R.randint(1, 6), R.choice(["Esq.", "Dto.", "A"])), "%s %s" % (pl[1], pl[0])]
    elif c == "BR":
        lines = ["%s, nº %d, apto %d" % (st, n, R.randint(11, 1204)), "%s, %s - %s" % (pl[2], pl[0], pl[1]), "CEP %s" % pl[3]]
    elif c == "PL":
        lines = ["ul. %s %d%s" % (st, n, R.choice(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 60)])), "%s %s" % (pl[1], pl[0])]
    elif c == "CZ":
        lines = ["%s %d/%d" % (st, R.randint(100, 2999), n), "%s %s" % (pl[1], pl[0])]
    elif c == "SE":
        lines = ["%s %d%s" % (st, n, R.choice(["", " lgh 1102", " B"])), "%s %s" % (pl[1], pl[0])]
    elif c == "DK":
        lines = ["%s %d, %s" % (st, n, R.choice(["st. tv.", "1. th.", "2. mf.", "3. tv."])), "%s %s" % (pl[1], pl[0])]
    elif c == "NO":
        lines = ["%s %d%s" % (st, n, R.choice(["", "B", " H0203"])), "%s %s" % (pl[1], pl[0].upper() if R.random() < 0.5 else pl[0])]
    elif c == "FI":
        lines = ["%s %d %s" % (st, n, R.choice(["A 5", "B 12", "C 3", "as. 7"])), "%s %s" % (pl[1], pl[0].upper() if R.random() < 0.4 else pl[0])]
    elif c == "TR":
        lines = ["%s No: %d D: %d" % (st, n, R.randint(1, 20)), "%s %s/%s" % (pl[2], pl[0], pl[1])]
    elif c == "IN":
        lines = ["Flat %d%02d, %s Apartments" % (R.randint(1, 9), R.randint(1, 12), R.choice(["Sai Krupa", "Green Meadows", "Lotus"])), "%s, %s" % (st, pl[3]), "%s, %s %s" % (pl[0], pl[1], pl[2])]
    elif c == "IE":
        lines = ["%d %s" % (n, st), pl[0], pl[1]]
    elif c == "AU":
        lines = ["%d %s" % (n, st), "%s %s %s" % pl]
    elif c == "CA":
        lines = ["%d %s" % (R.randint(10, 3999), st), "%s %s  %s" % pl if R.random() < 0.3 else "%s, %s %s" % pl]
    else:
        raise KeyError(c)
    return L("address", sep.join(lines), sub=c)


# ---------------------------------------------------------------- dates of birth
MONTHS7 = dict(MONTHS)
MONTHS7.update({
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
})
MONTHS7["in"] = MONTHS7["en"]


def ymd(lo=1938, hi=2007):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def date_str(lang, y, m, d, style=None):
    """A date as people of `lang` write it (also used for non-birth dates)."""
    mn = MONTHS7.get(lang, MONTHS7["en"])[m - 1]
    if style is None:
        if lang == "us":
            style = R.choice(["mdy", "mdy", "Mdy", "iso", "mdy2"])
        elif lang in ("en", "in", "ie"):
            style = R.choice(["dmy/", "dMy", "dMy", "iso", "dMony", "ordinal"])
        elif lang in ("de", "da", "no", "fi", "cs", "pl"):
            style = R.choice(["dmy.", "dmy.", "d.M", "d.m.y", "iso"] + (["cs_sp"] if lang == "cs" else []))
        elif lang in ("sv",):
            style = R.choice(["iso", "iso", "dM", "yymmdd"])
        elif lang in ("nl",):
            style = R.choice(["dmy-", "dM", "dmy/"])
        else:
            style = R.choice(["dmy/", "dM", "dM", "iso", "dmy."])
    if style == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "mdy2":
        return "%d/%d/%d" % (m, d, y)
    if style == "Mdy":
        return "%s %d, %d" % (MONTHS7["en"][m - 1], d, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "dmy.":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "d.m.y":
        return "%d.%d.%d" % (d, m, y)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "dMy":
        return "%d %s %d" % (d, MONTHS7["en"][m - 1], y)
    if style == "dMony":
        return "%02d-%s-%d" % (d, MONTHS7["en"][m - 1][:3], y)
    if style == "ordinal":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, MONTHS7["en"][m - 1], y)
    if style == "d.M":
        return "%d. %s %d" % (d, mn, y)
    if style == "dM":
        sep = " de " if lang in ("es", "pt") else " "
        return "%d%s%s%s%d" % (d, sep, mn, sep, y)
    if style == "cs_sp":
        return "%d. %d. %d" % (d, m, y)
    if style == "yymmdd":
        return "%d%02d%02d" % (y, m, d)
    raise KeyError(style)


def dob(lang, style=None, lo=1938, hi=2007):
    y, m, d = ymd(lo, hi)
    return L("dob", date_str(lang, y, m, d, style), sub=lang), (y, m, d)


def D(lang, style=None, lo=1938, hi=2007):
    return dob(lang, style, lo, hi)[0]


def other_date(lang, lo=2019, hi=2026, style=None):
    """A date that is not a birth date (appointments, judgments, stays)."""
    y, m, d = ymd(lo, hi)
    return date_str(lang, y, m, d, style)


# ---------------------------------------------------------------- gov ids
# Checksums of the ids this part adds (corpuslib has the others).
def no_fnr(y, m, d, male):
    """Norwegian fødselsnummer: DDMMYY, individual number (000-499 for
    1900-1999, 500-999 for 2000-2039; odd third digit = man), two mod-11
    check digits (weights 3765432 98... per Skatteetaten)."""
    while True:
        if y < 2000:
            ind = R.randint(0, 499)
        else:
            ind = R.randint(500, 999)
        if (ind % 2 == 1) != male:
            continue
        s = "%02d%02d%02d%03d" % (d, m, y % 100, ind)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * w for c, w in zip(s, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * w for c, w in zip(s, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def no_fnr_ok(s):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(s) == 11 and sum(int(c) * w for c, w in zip(s, w1)) % 11 == 0 and \
        sum(int(c) * w for c, w in zip(s, w2)) % 11 == 0


HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(y, m, d, male):
    """Finnish henkilötunnus: DDMMYY, century sign (- 1900s, A 2000s),
    individual number 002-899 (odd = man), check character mod 31."""
    while True:
        ind = R.randint(2, 899)
        if (ind % 2 == 1) == male:
            break
    base = "%02d%02d%02d" % (d, m, y % 100)
    return base + ("A" if y >= 2000 else "-") + "%03d" % ind + HETU_CHARS[int(base + "%03d" % ind) % 31]


def fi_hetu_ok(s):
    return len(s) == 11 and s[6] in "-+A" and HETU_CHARS[int(s[:6] + s[7:10]) % 31] == s[10]


def dk_cpr(y, m, d, male):
    """Danish CPR: DDMMYY-SSSS, sequence chosen so the weighted sum
    (4,3,2,7,6,5,4,3,2,1) is divisible by 11 (the modulus-11 rule of
    numbers issued before 2007), last digit odd for men."""
    base = "%02d%02d%02d" % (d, m, y % 100)
    while True:
        seq = "%04d" % R.randint(0, 9999)
        if (int(seq[3]) % 2 == 1) != male:
            continue
        if dk_cpr_ok(base + seq):
            return base + "-" + seq


def dk_cpr_ok(s):
    s = s.replace("-", "")
    return len(s) == 10 and sum(int(c) * w for c, w in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def cz_rc(y, m, d, male):
    """Czech rodné číslo (born after 1953): YYMMDD/SSSC, women month+50,
    the 10-digit number divisible by 11."""
    mm = m + (0 if male else 50)
    while True:
        body = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
        c = int(body) % 11
        if c == 10:
            continue
        return body[:6] + "/" + body[6:] + str(c)


def cz_rc_ok(s):
    s = s.replace("/", "")
    return len(s) == 10 and int(s) % 11 == 0


def pesel(y, m, d, male):
    """PESEL: YYMMDD (month +20 for 2000-2099), 3-digit serial, sex digit
    (odd = man), check digit with weights 1,3,7,9."""
    mm = m + (20 if y >= 2000 else 0)
    sx = R.choice("13579" if male else "02468")
    s = "%02d%02d%02d%03d%s" % (y % 100, mm, d, R.randint(0, 999), sx)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def se_pnr(y, m, d, male):
    """Swedish personnummer YYMMDD-NNNC, Luhn over the 9 digits before C,
    third digit of NNN odd for men."""
    while True:
        nnn = "%03d" % R.randint(1, 999)
        if (int(nnn[2]) % 2 == 1) == male:
            break
    s = "%02d%02d%02d%s" % (y % 100, m, d, nnn)
    for c in "0123456789":
        if luhn_ok(s + c):
            return s[:6] + "-" + s[6:] + c


def tc_kimlik():
    """Turkish TC Kimlik No: 11 digits, first not 0; d10 = (7*odd - even)
    mod 10, d11 = sum(d1..d10) mod 10."""
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def be_rrn(y, m, d, male):
    """Belgian rijksregisternummer YY.MM.DD-SSS.CC: serial odd for men,
    check 97 - (n mod 97), with a leading 2 for births from 2000."""
    while True:
        ser = R.randint(1, 997)
        if (ser % 2 == 1) == male:
            break
    body = "%02d%02d%02d%03d" % (y % 100, m, d, ser)
    n = int(("2" if y >= 2000 else "") + body)
    cc = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (body[:2], body[2:4], body[4:6], body[6:], cc)


def be_rrn_ok(s, y2000=None):
    t = "".join(c for c in s if c.isdigit())
    return any(97 - int(p + t[:9]) % 97 == int(t[9:]) for p in ("", "2"))


def _sp(s, sizes, sep=" "):
    return _g(s, sizes, sep)


GOV_CHECK = {
    "ssn": lambda v: len(v.replace("-", "").replace(" ", "")) == 9,
    "nino": lambda v: len(v.replace(" ", "")) == 9,
    "nhs": lambda v: nhs_ok(v.replace(" ", "").replace("-", "")),
    "steuer_id": lambda v: steuerid_ok(v.replace(" ", "")),
    "nir": lambda v: nir_ok(v.replace(" ", "")[:13], v.replace(" ", "")[13:]),
    "dni": lambda v: DNI_LETTERS[int(v.replace("-", "").replace(".", "")[:8]) % 23] == v[-1],
    "nie": lambda v: nie_ok(v.replace("-", "")),
    "codice_fiscale": lambda v: cf_check(v[:15]) == v[15],
    "bsn": lambda v: bsn_ok(v.replace(".", "").replace(" ", "")),
    "aadhaar": lambda v: verhoeff_ok(v.replace(" ", "").replace("-", "")),
    "pan": lambda v: len(v) == 10 and v[3] in "PCHFATBLJG",
    "cpf": lambda v: cpf_ok(v.replace(".", "").replace("-", "")),
    "no_fnr": lambda v: no_fnr_ok(v.replace(" ", "")),
    "fi_hetu": fi_hetu_ok,
    "dk_cpr": dk_cpr_ok,
    "cz_rc": cz_rc_ok,
    "pesel": pesel_ok,
    "se_pnr": lambda v: luhn_ok(v.replace("-", "").replace("+", "")[-10:]),
    "tc_kimlik": tc_ok,
    "be_rrn": be_rrn_ok,
    "passport": lambda v: 6 <= len(v.replace(" ", "")) <= 9,
}


def gov(kind, sex=None, ymd_=None, names=None):
    """A government id label of `kind`; ymd_ = (y, m, d) ties it to a DOB."""
    male = (sex or R.choice("MF")) == "M"
    y, m, d = ymd_ or ymd(1950, 2004)
    if kind == "ssn":
        a, g, s = ssn_random(R)
        v = R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, g, s)
    elif kind == "nino":
        p, n6, suf = nino_random(R)
        v = R.choice(["%s %s %s %s %s" % (p, n6[:2], n6[2:4], n6[4:], suf), p + n6 + suf])
    elif kind == "nhs":
        v = _sp(nhs_random(R), [3, 3, 4], R.choice([" ", " ", "-"]))
    elif kind == "steuer_id":
        v = R.choice([lambda s: s, lambda s: _sp(s, [2, 3, 3, 3])])(steuerid_random(R))
    elif kind == "nir":
        body, key = nir_random(R, "1" if male else "2", y % 100, m)
        v = R.choice([body + key, "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)])
    elif kind == "dni":
        n, let = dni_random(R)
        v = R.choice([n + let, n + "-" + let])
    elif kind == "nie":
        p, n, let = nie_random(R)
        v = R.choice([p + n + let, "%s-%s-%s" % (p, n, let)])
    elif kind == "codice_fiscale":
        sur, giv = names or ("Bonaccorsi", "Ottavio")
        v = cf_make(sur, giv, y % 100, m, d, not male, R.choice(["H501", "F205", "A944", "L219", "G273", "D612"]))
    elif kind == "bsn":
        s = bsn_random(R)
        v = R.choice([s, s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])
    elif kind == "aadhaar":
        v = _sp(aadhaar_random(R), [4, 4, 4], R.choice([" ", " ", "-"]))
    elif kind == "pan":
        v = pan_random(R, "P", (names or ("Nair",))[0])
    elif kind == "cpf":
        s = cpf_random(R)
        v = R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])
    elif kind == "no_fnr":
        s = no_fnr(y, m, d, male)
        v = R.choice([s, s[:6] + " " + s[6:]])
    elif kind == "fi_hetu":
        v = fi_hetu(y, m, d, male)
    elif kind == "dk_cpr":
        v = dk_cpr(y, m, d, male)
    elif kind == "cz_rc":
        v = cz_rc(max(y, 1954), m, d, male)
    elif kind == "pesel":
        v = pesel(y, m, d, male)
    elif kind == "se_pnr":
        v = se_pnr(y, m, d, male)
    elif kind == "tc_kimlik":
        v = tc_kimlik()
    elif kind == "be_rrn":
        v = be_rrn(y, m, d, male)
    elif kind == "passport":
        v = R.choice([lambda: R.choice("CFGHJK") + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8),
                      lambda: "%09d" % R.randint(100000000, 999999999),
                      lambda: rnd(R, string.ascii_uppercase, 2) + "%07d" % R.randint(0, 9999999),
                      lambda: "P" + "%07d" % R.randint(0, 9999999)])()
    else:
        raise KeyError(kind)
    assert GOV_CHECK[kind](v), (kind, v)
    return L("gov_id", v, sub=kind)


# ---------------------------------------------------------------- cards, IBANs, IPs
def card(issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "maestro", "unionpay"])
    num = card_random(R, issuer)
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", "\u00a0"])
    v = sep.join(split_groups(num, card_grouping(len(num)))) if sep else num
    return L("card", v, sub=issuer)


def iban(country, style=None):
    v = iban_random(R, country)
    style = style or R.choice(["g4", "g4", "compact", "g4nbsp", "lower"])
    if style == "g4":
        v = group(v)
    elif style == "g4nbsp":
        v = group(v, 4, "\u00a0")
    elif style == "lower":
        v = group(v).lower() if R.random() < 0.5 else v.lower()
    return L("iban", v, sub=country)


PUBLIC_FIRST = [2, 5, 23, 31, 37, 45, 46, 62, 77, 78, 81, 84, 89, 91, 94, 95, 109, 146, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217]


def ipv4_str():
    return "%d.%d.%d.%d" % (R.choice(PUBLIC_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip(v6=None):
    if v6 is None:
        v6 = R.random() < 0.15
    if v6:
        p = R.choice(["2a02", "2a01", "2003", "2a00", "2600", "2604", "2409"])
        v = "%s:%x:%x:%x::%x" % (p, R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)) \
            if R.random() < 0.6 else "%s:%x:%x:%x:%x:%x:%x:%x" % tuple([p] + [R.randint(0, 0xffff) for _ in range(7)])
        return L("ip", v, sub="v6")
    return L("ip", ipv4_str(), sub="v4")


# ---------------------------------------------------------------- secrets
PASSWORDS = ["Kanelbulle!2023", "Fjord#Lys88", "trondheim_Vinter19", "Pivo&Knedlik42", "Kahvi-Tauko!7", "Hygge2024$$",
             "Zaq1@wsxCde3", "M0rg3nr0d3!", "Szarlotka#91", "Baklava_77!", "Tulpen@Veld2022", "Nonna$Pasta8",
             "Br0mma!Sthlm", "c0rk-harbour-99", "Q7v!mPz2#rLk", "Sauna+Sisu_5", "ouzo&feta_1987", "Pastel.de.Nata3",
             "K!rsch-Torte55", "Mate_Cocido#4", "8ySn!wR2qLx", "Lofoten%Sea2", "Krtek*Praha11", "Galata?Kule34"]


def pw(url=False):
    while True:
        v = R.choice(PASSWORDS) if R.random() < 0.6 else secret_random(R, "password")
        if not url or not any(c in v for c in "%#?/@:"):
            return v


def secret(kind, url=False):
    """Credential shapes: corpuslib's, plus ones providers document:
    Hugging Face hf_ + 34 letters, DigitalOcean dop_v1_ + 64 hex, Telegram
    bot <id>:<35 chars>, Azure storage AccountKey (88 base64), Mailchimp
    32 hex + -usNN, registrar EPP auth codes, password-reset tokens."""
    if kind == "password":
        v = pw(url)
    elif kind == "hf":
        v = "hf_" + rnd(R, string.ascii_letters, 34)
    elif kind == "do":
        v = "dop_v1_" + rnd(R, "0123456789abcdef", 64)
    elif kind == "telegram":
        v = "%d:AA%s" % (R.randint(100000000, 7999999999), rnd(R, URLSAFE, 33))
    elif kind == "azure_key":
        v = rnd(R, B64, 86) + "=="
    elif kind == "mailchimp":
        v = rnd(R, "0123456789abcdef", 32) + "-us%d" % R.randint(2, 21)
    elif kind == "epp":
        v = rnd(R, ALNUM + "!#%&*+", R.randint(12, 16))
    elif kind == "reset_token":
        v = rnd(R, URLSAFE, R.choice([32, 43, 48]))
    elif kind == "wifi":
        v = R.choice(PASSWORDS[:12]).replace("!", "").lower() + str(R.randint(10, 99)) if R.random() < 0.5 else rnd(R, string.ascii_letters + string.digits, 16)
    else:
        v = secret_random(R, kind)
    return L("secret", v, sub=kind)


# ---------------------------------------------------------------- hard negatives
HEX = "0123456789abcdef"


def uuid4():
    h = rnd(R, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_bad(n=16):
    while True:
        s = R.choice("345") + digits(R, n - 1)
        if not luhn_ok(s):
            return s


def iban_bad(country):
    v = iban_random(R, country)
    ck = int(v[2:4])
    return v[:2] + "%02d" % ((ck + R.randint(1, 50)) % 97 + 2) + v[4:]


def container_no():
    """ISO 6346 freight container number with its check digit."""
    owner = R.choice(["MSKU", "TGHU", "CMAU", "HLXU", "OOLU", "MSCU"]) + "%06d" % R.randint(0, 999999)
    vals = {}
    v = 10
    for c in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner))
    return owner + str(s % 11 % 10)


NEG = {
    "uuid": lambda: uuid4(),
    "sha256": lambda: "sha256:" + rnd(R, HEX, 64),
    "git_sha": lambda: rnd(R, HEX, R.choice([7, 40])),
    "container_id": lambda: rnd(R, HEX, 12),
    "ec2_id": lambda: R.choice(["i-", "sg-", "vpc-", "subnet-", "ami-", "vol-"]) + rnd(R, HEX, 17),
    "arn": lambda: "arn:aws:iam::%012d:role/%s" % (R.randint(10 ** 11, 10 ** 12 - 1), R.choice(["ci-deploy", "lambda-exec", "eks-node"])),
    "version4": lambda: "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 40), R.randint(0, 400), R.randint(0, 9999)),
    "semver": lambda: "v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)),
    "loopback": lambda: R.choice(["127.0.0.1", "0.0.0.0", "::1", "localhost:8080"]),
    "netmask": lambda: R.choice(["255.255.255.0", "255.255.0.0", "255.255.255.248"]),
    "cidr": lambda: R.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "10.96.0.0/12", "100.64.0.0/10"]),
    "gateway_ip": lambda: R.choice(["192.168.0.1", "192.168.1.1", "10.0.0.138", "192.168.178.1"]),
    "mac": lambda: ":".join(rnd(R, HEX, 2) for _ in range(6)).upper(),
    "luhn_fail": lambda: " ".join(split_groups(luhn_bad(), [4, 4, 4, 4])),
    "masked_card": lambda: R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d", "ending in %04d"]) % R.randint(0, 9999),
    "iban_badcheck": lambda: group(iban_bad(R.choice(["DE", "NL", "FR", "NO", "DK", "FI", "CZ", "SE"]))),
    "order_no": lambda: R.choice(["ORD", "SO", "PO", "Q"]) + "-" + str(R.randint(2019, 2026)) + "-" + "%06d" % R.randint(0, 999999),
    "policy_no": lambda: R.choice(["POL", "MTR", "KFZ", "AUTO"]) + "/" + "%08d" % R.randint(0, 10 ** 8 - 1),
    "case_no": lambda: R.choice(["%d O %d/%02d", "Case No. %d-cv-%05d-%02d", "C-%d/%d (%02d)"]) % (R.randint(1, 30), R.randint(100, 99999), R.randint(18, 25)),
    "ecli": lambda: "ECLI:%s:%s:%d:%d" % (R.choice(["DE", "NL", "EU"]), R.choice(["BGH", "HR", "C", "RBAMS"]), R.randint(2015, 2025), R.randint(100, 9999)),
    "doi": lambda: "10.%d/%s.%d.%d" % (R.randint(1000, 9999), R.choice(["j", "nature", "acl", "s41586"]), R.randint(2018, 2025), R.randint(10000, 99999)),
    "arxiv": lambda: "arXiv:%02d%02d.%05d" % (R.randint(19, 25), R.randint(1, 12), R.randint(0, 29999)),
    "isbn13": lambda: _isbn13(),
    "container_iso": lambda: container_no(),
    "hs_code": lambda: "%04d.%02d.%02d" % (R.randint(1000, 9700), R.randint(10, 99), R.randint(0, 99)),
    "vin": lambda: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17),
    "microchip": lambda: "%d%012d" % (R.choice([276, 578, 208, 250, 941]), R.randint(0, 10 ** 12 - 1)),
    "amount": lambda: R.choice(["€ %d,%02d", "%d,%02d kr", "NOK %d,%02d", "%d.%02d USD", "Kč %d,%02d", "₺%d,%02d", "£%d.%02d"]) % (R.randint(10, 9999), R.randint(0, 99)),
    "room_no": lambda: R.choice(["Room %d", "Zimmer %d", "Chambre %d", "Rom %d"]) % R.randint(101, 1420),
    "phone_short": lambda: R.choice(["112", "113", "999", "911", "110"]),
    "phone_bad": lambda: R.choice(["(000) 000-0000", "+00 123 456", "123-4567-89", "+47 1234", "0000 000000", "+1 (555) 010"]),
    "port_range": lambda: R.choice(["8000-8100", "30000-32767", "49152-65535", "6881-6889"]),
    "timestamp": lambda: "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
    "coords": lambda: "%.5f, %.5f" % (R.uniform(35, 70), R.uniform(-10, 30)),
    "placeholder": lambda: R.choice(["<YOUR_API_KEY>", "${DB_PASSWORD}", "changeme", "********", "(sensitive value)", "REDACTED", "xxxxxxxxxxxxxxxx", "{{ vault_db_pass }}", "$(cat /run/secrets/db)", "sk_test_XXXXXXXXXXXX", "ghp_XXXXXXXXXXXXXXXXXXXX"]),
    "ssh_pubkey": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(R, B64, 43) + " deploy@ci",
    "host_fp": lambda: "SHA256:" + rnd(R, B64, 43),
    "pk_live": lambda: "pk_live_" + rnd(R, ALNUM, 24),
    "ean13": lambda: _ean13(),
    "plate": lambda: R.choice(["AB 12345", "KA-01-HH-1234", "B-MK 4721", "EL 543 AX", "1ABC234", "ZH 482 913", "EF 41 726"]),
    "elo": lambda: "%d" % R.randint(1100, 2450),
    "blood_pressure": lambda: "%d/%d mmHg" % (R.randint(105, 160), R.randint(62, 98)),
}


def _isbn13():
    body = R.choice(["978", "979"]) + digits(R, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    b = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:8], b[8:12], b[12])


def _ean13():
    body = R.choice(["40", "50", "57", "64", "73", "76", "80", "86", "87", "590"]) + digits(R, 10)
    body = body[:12]
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def NG(tag):
    return N(NEG[tag](), tag)


# Words that are names elsewhere but here are not people (eponyms, brands,
# openings, places, products), by theme.
EPONYMS = {
    "med": ["Crohn's disease", "Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma", "Achilles tendon rupture", "Baker's cyst", "Bell's palsy", "Addison's disease", "Tourette syndrome", "Graves' disease", "Raynaud's phenomenon", "Ménière's disease"],
    "medproc": ["Apgar score", "Glasgow Coma Scale", "Heimlich manoeuvre", "Epley manoeuvre", "Valsalva manoeuvre", "Papanicolaou test", "Snellen chart", "Holter monitor"],
    "tech": ["Dijkstra's algorithm", "Bloom filter", "Kalman filter", "Levenshtein distance", "Huffman coding", "Bézier curve", "Fourier transform", "Turing machine", "Boolean", "Gaussian blur", "Kubernetes", "Jenkins", "Cassandra", "Julia 1.10", "Ada", "Pascal", "Erlang/OTP", "Hadoop"],
    "chess": ["Ruy Lopez", "Caro-Kann", "Sicilian Najdorf", "Grünfeld", "Alekhine's Defence", "Petrov", "Nimzo-Indian", "King's Indian", "Scheveningen", "Catalan", "Benko Gambit", "Philidor"],
    "brand": ["Ben & Jerry's", "Johnson & Johnson", "Morgan Stanley", "Wells Fargo", "Marks & Spencer", "Ernst & Young", "Hugo Boss", "Ralph Lauren", "Tommy Hilfiger", "Jack Daniel's", "Alfa Romeo", "Mercedes-Benz", "Rolls-Royce", "Louis Vuitton", "Carl Zeiss", "Kinder Bueno", "Dr. Martens"],
    "place": ["Baker Street", "Anne Frank Huis", "Munch Museum", "Van Gogh Museum", "Gare Saint-Lazare", "Karl-Marx-Allee", "Ponte Vecchio", "Charles Bridge", "Vigeland Park", "Tivoli Gardens", "Sibelius Monument", "Kennedy Airport", "Schiphol Plaza", "Atatürk Airport", "Victoria Station"],
    "unit": ["Newton-metres", "degrees Fahrenheit", "Celsius", "kelvin", "Richter scale", "Mohs hardness", "Beaufort 6", "Scoville units"],
}


def EP(theme):
    return N(R.choice(EPONYMS[theme]), "eponym_" + theme)


# ---------------------------------------------------------------- templates
LABELLED, CLEAN = [], []


def tpl(weight, clean=False):
    def deco(fn):
        (CLEAN if clean else LABELLED).append((weight, fn))
        return fn
    return deco


ch = R.choice
LANG_COUNTRY = {"en": "GB", "us": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT",
                "pl": "PL", "cs": "CZ", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "tr": "TR", "in": "IN"}
# lang code written into the record (US English is "en")
REC_LANG = {"us": "en"}


def ascii_fold(s):
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in s if c.isalnum())


def mail(given, family, domain=None):
    """An e-mail address made from a person's name."""
    g, f = ascii_fold(given), ascii_fold(family)
    domain = domain or ch(["gmail.com", "outlook.com", "web.de", "gmx.net", "orange.fr", "libero.it", "telia.com", "online.no",
                           "seznam.cz", "wp.pl", "yahoo.co.in", "hotmail.co.uk", "proton.me", "icloud.com", "kpnmail.nl", "sapo.pt", "mail.dk", "elisa.fi"])
    local = ch(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f[:4], R.randint(1, 99)), "%s.%s%d" % (f, g[0], R.randint(60, 99)), "%s-%s" % (g, f)])
    return L("email", local + "@" + domain, sub="personal")


def nm(lang, sex=None):
    g, f, s = person(lang, sex)
    return g, f, s


def PL_(text, lang):
    return L("person", text, sub=lang)


# 1 school trip consent form
@tpl(4)
def t_trip_consent():
    lang = ch(["en", "en", "de", "fr", "nl", "da"])
    c = LANG_COUNTRY[lang]
    cg, cf, cs = nm(lang)
    pg, pf, ps = nm(lang)
    pf = cf if R.random() < 0.6 else pf
    dl = D(lang, lo=2010, hi=2017)
    trip = other_date(lang, 2025, 2026)
    if lang == "en":
        parts = ["TRIP CONSENT FORM – Year 8 visit to the ", EP("place"), " (", trip, ")\n",
                 "Pupil: ", PL_(cg + " " + cf, lang), "   Form: 8", ch("RBGW"), "\nDate of birth: ", dl,
                 "\nNHS number (for medical emergencies): ", gov("nhs"),
                 "\nParent/carer: ", PL_(pg + " " + pf, lang), "\nMobile: ", phone("GB", kind="mobile"),
                 "\nHome address: ", address("GB", ", "),
                 "\nCost: ", NG("amount"), " — coach leaves at 07:45 from the main gate.\n",
                 "Allergies / medication: ", ch(["none", "hay fever (cetirizine)", "nut allergy – EpiPen in bag"]),
                 "\nSigned: ", PL_(pg[0] + ". " + pf, lang)]
    elif lang == "de":
        parts = ["Einverständniserklärung Klassenfahrt nach ", ch(["Rügen", "Berchtesgaden", "Prag"]), " vom ", trip, "\n",
                 "Name des Kindes: ", PL_(cf + ", " + cg, lang), "\ngeb. am: ", dl,
                 "\nErziehungsberechtigte/r: ", PL_(pg + " " + pf, lang),
                 "\nIm Notfall erreichbar unter: ", phone("DE"), " oder ", phone("DE", kind="mobile"),
                 "\nAnschrift: ", address("DE", ", "), "\nMein Kind darf schwimmen: ja  nein\nUnterschrift: ______"]
    elif lang == "fr":
        parts = ["AUTORISATION DE SORTIE SCOLAIRE — ", ch(["Mont-Saint-Michel", "Futuroscope", "Château de Chambord"]), ", le ", trip, "\n",
                 "Je soussigné(e) ", PL_(pg + " " + pf.upper(), lang), ", responsable légal de l'élève ", PL_(cg + " " + cf, lang),
                 ", né(e) le ", dl, ", autorise mon enfant à participer à la sortie.\nTéléphone : ", phone("FR"),
                 "\nCourriel : ", mail(pg, pf), "\nParticipation : ", NG("amount")]
    elif lang == "nl":
        parts = ["Toestemmingsformulier schoolreis ", ch(["Efteling", "Texel", "Rijksmuseum"]), " (", trip, ")\n",
                 "Leerling: ", PL_(cg + " " + cf, lang), ", geboortedatum ", dl,
                 "\nOuder/verzorger: ", PL_(pg + " " + pf, lang), ", tel. ", phone("NL", kind="mobile"),
                 "\nE-mail: ", mail(pg, pf), "\nBSN (voor de verzekering): ", gov("bsn")]
    else:
        parts = ["Samtykkeerklæring – lejrskole på ", ch(["Bornholm", "Møns Klint", "Skagen"]), " ", trip, "\n",
                 "Elevens navn: ", PL_(cg + " " + cf, lang), "\nFødselsdato: ", dl,
                 "\nForælder: ", PL_(pg + " " + pf, lang), ", mobil ", phone("DK", kind="mobile"),
                 "\nAdresse: ", address("DK", ", "), "\nPris: ", NG("amount")]
    return "consent_form", lang, parts


# 2 hospital discharge summary
@tpl(4)
def t_discharge():
    lang = ch(["en", "en", "us", "de", "nl", "no", "da"])
    g, f, s = nm(lang)
    dl, (y, m, d) = dob(lang, lo=1931, hi=1990)
    dg, df, _ = nm(lang)
    adm = other_date(lang, 2024, 2025)
    dis = other_date(lang, 2025, 2025)
    if lang in ("en", "us"):
        idl = gov("nhs") if lang == "en" else gov("ssn")
        parts = ["DISCHARGE SUMMARY\nPatient: ", PL_(f.upper() + ", " + g, lang), "   DOB: ", dl, "   ",
                 "NHS No: " if lang == "en" else "SSN: ", idl,
                 "\nAdmitted: ", adm, "   Discharged: ", dis,
                 "\nConsultant: Dr ", PL_(df, lang), "\nRelevant history: ", EP("med"), ", BP on discharge ", NG("blood_pressure"),
                 "\nFollow-up: GP to review in 2 weeks. Next of kin: ", P(lang), " (", ch(["daughter", "son", "wife", "husband"]), ") ",
                 phone("GB" if lang == "en" else "US"), "\nDischarge address: ", address("GB" if lang == "en" else "US", ", ")]
    elif lang == "de":
        parts = ["Entlassungsbrief\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ",
                 ch(["Frau ", "Herrn "]), PL_(g + " " + f, lang), ", geb. ", dl, ", wohnhaft ", address("DE", ", "),
                 ", die/der vom ", adm, " bis ", dis, " in unserer stationären Behandlung war.\nDiagnose: ", EP("med"),
                 "\nMit freundlichen kollegialen Grüßen\nDr. med. ", PL_(dg + " " + df, lang), ", Oberarzt"]
    elif lang == "nl":
        parts = ["Ontslagbrief\nPatiënt: ", PL_(g + " " + f, lang), ", geboren ", dl, ", BSN ", gov("bsn"),
                 "\nOpname ", adm, " t/m ", dis, ". Diagnose: ", EP("med"), ".\nHuisarts: dr. ", PL_(dg[0] + ". " + df, lang),
                 "\nContactpersoon: ", P(lang), ", ", phone("NL")]
    elif lang == "no":
        parts = ["Epikrise\nPasient: ", PL_(g + " " + f, lang), "\nFødselsnummer: ", gov("no_fnr", s, (y, m, d)),
                 "\nInnlagt ", adm, ", utskrevet ", dis, ".\nDiagnose: ", EP("med"), "\nPårørende: ", P(lang), ", tlf. ", phone("NO"),
                 "\nSignert: lege ", PL_(dg + " " + df, lang)]
    else:
        parts = ["Epikrise\nPatient: ", PL_(g + " " + f, lang), ", CPR-nr. ", gov("dk_cpr", s, (y, m, d)),
                 "\nIndlagt ", adm, " – udskrevet ", dis, ".\nDiagnose: ", EP("med"), "\nPårørende: ", P(lang), " tlf. ", phone("DK"),
                 "\nEgen læge: ", PL_(dg + " " + df, lang)]
    return "discharge_summary", REC_LANG.get(lang, lang), parts


# 3 moving company quote
@tpl(4)
def t_moving_quote():
    lang = ch(["en", "us", "de", "sv", "no", "fi"])
    c = {"en": ch(["GB", "GB", "IE", "AU"]), "us": ch(["US", "US", "CA"])}.get(lang) or LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    when = other_date(lang, 2025, 2026)
    vol = "%d m³" % R.randint(12, 65)
    if lang in ("en", "us"):
        parts = ["Removal quote ", NG("order_no"), "\nCustomer: ", PL_(g + " " + f, lang), "\nCollect from: ", address(c, ", "),
                 "\nDeliver to: ", address(c, ", "), "\nMove date: ", when, "  Estimated volume: ", vol, " (", ch(["3-bed house", "2-bed flat", "studio"]), ")",
                 "\nContact: ", phone(c), " / ", mail(g, f), "\nTotal incl. VAT: ", NG("amount"), "  Deposit due 7 days before the move."]
    elif lang == "de":
        parts = ["Umzugsangebot Nr. ", NG("order_no"), "\nAuftraggeber: ", ch(["Herr ", "Frau "]), PL_(g + " " + f, lang),
                 "\nAuszugsadresse: ", address("DE", ", "), " (", R.randint(1, 5), ". OG, kein Aufzug)",
                 "\nEinzugsadresse: ", address(ch(["DE", "AT", "CH"]), ", "), "\nUmzugstermin: ", when, ", Volumen ca. ", vol,
                 "\nTelefon: ", phone("DE"), "\nFestpreis: ", NG("amount"), "\nKaution zurück auf IBAN ", iban("DE")]
    elif lang == "sv":
        parts = ["Offert flytt ", NG("order_no"), "\nKund: ", PL_(g + " " + f, lang), ", personnummer ", gov("se_pnr", s),
                 " (för RUT-avdrag)\nFrån: ", address("SE", ", "), "\nTill: ", address("SE", ", "), "\nFlyttdag: ", when,
                 "\nTelefon: ", phone("SE"), "\nE-post: ", mail(g, f), "\nPris efter RUT: ", NG("amount")]
    elif lang == "no":
        parts = ["Pristilbud flytting ", NG("order_no"), "\nKunde: ", PL_(g + " " + f, lang), "\nFra: ", address("NO", ", "),
                 "\nTil: ", address("NO", ", "), "\nDato: ", when, ", ca. ", vol, "\nMobil: ", phone("NO", kind="mobile"), "\nE-post: ", mail(g, f),
                 "\nDepositum tilbakebetales til ", iban("NO")]
    else:
        parts = ["Muuttotarjous ", NG("order_no"), "\nAsiakas: ", PL_(f + " " + g, lang), "\nLähtöosoite: ", address("FI", ", "),
                 "\nKohdeosoite: ", address("FI", ", "), "\nMuuttopäivä: ", when, ", arvio ", vol, "\nPuhelin: ", phone("FI"),
                 "\nSähköposti: ", mail(g, f), "\nHenkilötunnus (kotitalousvähennys): ", gov("fi_hetu", s), "\nTilinumero: ", iban("FI")]
    parts = [str(p) if isinstance(p, int) else p for p in parts]
    return "moving_quote", REC_LANG.get(lang, lang), parts


# 4 bug report with traceback and environment dump
@tpl(5)
def t_bug_env():
    g, f, s = nm(ch(["en", "us", "de", "in", "pl", "fi", "zh"]))
    dbpw = secret("password", url=True)
    host = ch(["db.internal", "pg-primary.prod.svc", "mysql-01.eu-west-1.rds.amazonaws.com"])
    env = [("PATH", "/usr/local/bin:/usr/bin"), ("PYTHON_VERSION", "3.11.9"), ("LANG", "C.UTF-8")]
    sec = ch([("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"), ("OPENAI_API_KEY", "openai"), ("HF_TOKEN", "hf"),
              ("SENDGRID_API_KEY", "sendgrid"), ("DIGITALOCEAN_TOKEN", "do"), ("TELEGRAM_BOT_TOKEN", "telegram")])
    parts = ["### Bug report\nReported by ", PL_(g + " " + f, "x"), " <", mail(g, f, ch(["acme-corp.com", "fjordsoft.no", "kivitek.fi"])), ">\n",
             "App crashes on startup after upgrading to ", NG("semver"), ".\n\n```\nTraceback (most recent call last):\n",
             '  File "/app/main.py", line 42, in <module>\n    engine = create_engine(settings.DATABASE_URL)\n',
             '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 552, in create_engine\n',
             "sqlalchemy.exc.OperationalError: could not translate host name \"", host, "\"\n```\n\nEnvironment (`env | sort`):\n```\n"]
    for k, v in env[:R.randint(1, 3)]:
        parts += [k, "=", v, "\n"]
    parts += ["DATABASE_URL=postgresql://app_user:", dbpw, "@", host, ":5432/orders\n",
              "DEBUG=1\n", sec[0], "=", secret(sec[1]), "\n", "HOSTNAME=", NG("container_id"), "\n",
              ch(["SECRET_KEY=", "DJANGO_SECRET_KEY="]), secret("hex32"), "\n```\n",
              "Commit ", NG("git_sha"), ", image ", NG("sha256")]
    return "bug_report", "en", parts


# 5 kubectl describe pod
@tpl(4)
def t_kubectl_describe():
    g, f, s = nm(ch(["en", "us", "de", "nl", "sv", "in", "ko"]))
    app = ch(["billing-api", "checkout", "notifier", "ledger-sync"])
    parts = ["$ kubectl describe pod ", app, "-", rnd(R, "bcdfghjklmnpqrstvwxz2456789", 10), "-", rnd(R, "bcdfghjklmnpqrstvwxz2456789", 5), " -n prod\n",
             "Name:             ", app, "\nNamespace:        prod\nPriority:         0\nService Account:  ", app, "\n",
             "Annotations:      owner: ", mail(g, f, ch(["payments.example.org", "corp.acme.io"])), "\n",
             "                  oncall: ", P(None), "\n",
             "Status:           Running\nControlled By:    ReplicaSet/", app, "-", rnd(R, HEX, 10), "\nContainers:\n  ", app, ":\n",
             "    Container ID:   containerd://", N(rnd(R, HEX, 64), "container_id"), "\n",
             "    Image:          registry.example.org/", app, "@", NG("sha256"), "\n",
             "    Port:           8080/TCP\n    Environment:\n",
             "      DB_PASSWORD:       <set to the key 'password' in secret '", app, "-db'>  Optional: false\n",
             "      SMTP_PASSWORD:     ", secret("password"), "\n",
             "      "]
    k = ch(["STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "GITLAB_TOKEN"])
    parts += [k, ":  ", secret({"STRIPE_SECRET_KEY": "stripe", "SLACK_BOT_TOKEN": "slack_token", "GITLAB_TOKEN": "gitlab_pat"}[k])]
    parts += ["\n      POD_IP:             (v1:status.podIP)\nEvents:\n  Type    Reason   Age   From     Message\n",
              "  Normal  Pulled   3m    kubelet  Successfully pulled image in 1.204s\n",
              "  Normal  Started  3m    kubelet  Started container ", app]
    return "kubectl", "en", parts


# 6 terraform plan output
@tpl(3)
def t_terraform_plan():
    g, f, s = nm(ch(["en", "us", "de", "fr", "no", "da", "cs"]))
    parts = ["Terraform will perform the following actions:\n\n  # aws_db_instance.main will be created\n",
             '  + resource "aws_db_instance" "main" {\n      + allocated_storage = 50\n      + engine            = "postgres"\n',
             '      + username          = "dbadmin"\n      + password          = "', secret("password"), '"\n',
             '      + vpc_security_group_ids = [\n          + "', NG("ec2_id"), '",\n        ]\n',
             '      + tags              = {\n          + "Owner"   = "', P(None, style="plain"), '"\n',
             '          + "Contact" = "', mail(g, f, "platform.example.com"), '"\n        }\n    }\n\n',
             '  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n',
             '      + id     = "', secret("aws_access_key_id"), '"\n      + secret = (sensitive value)\n',
             '      + user   = "ci-deployer"\n    }\n\n  # aws_security_group_rule.office will be created\n',
             '      + cidr_blocks = ["', ip(False), '/32", "', NG("cidr"), '"]\n\n',
             "Plan: 3 to add, 0 to change, 0 to destroy."]
    return "terraform_plan", "en", parts


# 7 haproxy access log with query strings
@tpl(4)
def t_haproxy_log():
    lines = []
    for _ in range(R.randint(2, 4)):
        ts = "%02d/%s/2025:%02d:%02d:%02d.%03d" % (R.randint(1, 28), ch(["Mar", "Apr", "May", "Jun"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        pre = ["haproxy[%d]: " % R.randint(1000, 40000), ip(False), ":%d [%s] fe_https~ be_app/app%d %d/0/%d/%d/%d %d %d - - ---- 12/12/0/0/0 0/0 \"" % (
            R.randint(1024, 65535), ts, R.randint(1, 4), R.randint(0, 30), R.randint(1, 9), R.randint(10, 900), R.randint(11, 950), ch([200, 200, 302, 404]), R.randint(200, 90000))]
        k = ch(["signup", "reset", "track", "lookup", "static"])
        if k == "signup":
            g, f, s = nm(None)
            q = ["GET /api/v1/newsletter?email=", mail(g, f), "&src=footer HTTP/1.1\""]
        elif k == "reset":
            q = ["GET /account/reset?token=", secret("reset_token"), "&lang=en HTTP/1.1\""]
        elif k == "track":
            q = ["GET /callback?phone=", phone(ch(["GB", "DE", "NL", "SE"]), style="e164"), "&status=delivered HTTP/1.1\""]
        elif k == "lookup":
            q = ["GET /v2/orders?order=", NG("order_no"), "&trace=", NG("uuid"), " HTTP/1.1\""]
        else:
            q = ["GET /assets/app.", N(rnd(R, HEX, 8), "asset_hash"), ".js HTTP/2.0\""]
        lines.append(pre + q + ["\n"])
    lines[-1] = lines[-1][:-1]
    return "haproxy_log", "en", lines


def _table(headers, rows):
    """MySQL client table borders; rows are lists of cells (str or L)."""
    def w(c):
        return len(c.value if isinstance(c, L) else (c.text if isinstance(c, N) else c))
    widths = [max([len(h)] + [w(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = "+" + "+".join("-" * (x + 2) for x in widths) + "+\n"
    out = [line, "| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(headers)) + " |\n", line]
    for r in rows:
        out.append("| ")
        for i, c in enumerate(r):
            out += [c, " " * (widths[i] - w(c)), " | " if i < len(r) - 1 else " |\n"]
    out.append(line)
    return out


# 8 SQL query result in MySQL client borders
@tpl(5)
def t_mysql_table():
    lang = ch(["en", "us", "de", "pl", "cs", "tr", "in", "es"])
    c = LANG_COUNTRY.get(lang, "GB")
    rows = []
    cols = ch([["id", "full_name", "email", "phone"], ["id", "last_name", "first_name", "birth_date", "city"],
               ["customer_id", "name", "iban", "created_at"], ["user_id", "username", "last_login_ip", "email"]])
    for i in range(R.randint(2, 5)):
        g, f, s = nm(lang)
        row = []
        for col in cols:
            if col in ("id", "customer_id", "user_id"):
                row.append(str(R.randint(1000, 99999)))
            elif col in ("full_name", "name"):
                row.append(PL_(g + " " + f, lang))
            elif col == "last_name":
                row.append(PL_(f, lang))
            elif col == "first_name":
                row.append(PL_(g, lang))
            elif col == "email":
                row.append(mail(g, f))
            elif col == "phone":
                row.append(phone(c, style=ch(["nat", "e164"])))
            elif col == "birth_date":
                row.append(D(lang, "iso"))
            elif col == "city":
                row.append(ch(ADDR[c][1])[0])
            elif col == "iban":
                row.append(iban(ch(["DE", "PL", "CZ", "TR", "ES", "NL"]), "compact"))
            elif col == "created_at":
                row.append(other_date("en", 2021, 2025, "iso") + " 10:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)))
            elif col == "username":
                row.append(ascii_fold(g)[:1] + ascii_fold(f)[:7])
            elif col == "last_login_ip":
                row.append(ip(False))
        rows.append(row)
    sql = {"phone": "SELECT id, full_name, email, phone FROM customers WHERE country = '%s' LIMIT 5;" % c,
           "city": "SELECT id, last_name, first_name, birth_date, city FROM members ORDER BY last_name;",
           "created_at": "SELECT customer_id, name, iban, created_at FROM payouts WHERE status='failed';",
           "email": "SELECT user_id, username, last_login_ip, email FROM users WHERE locked = 1;"}[cols[-1]]
    parts = ["mysql> ", sql, "\n"] + _table(cols, rows) + ["%d rows in set (0.0%d sec)" % (len(rows), R.randint(0, 9))]
    return "mysql_result", REC_LANG.get(lang, lang if lang in ("de", "pl", "cs", "tr", "in", "es") else "en"), parts


# 9 academic paper author list with affiliations
@tpl(3)
def t_paper_authors():
    title = ch(["Sparse Attention for Long-Horizon Planning", "A Note on %s in Streaming Settings" % ch(["Bloom filters", "Kalman filters", "Huffman coding"]),
                "Robust Speech Recognition for Low-Resource Nordic Dialects", "Federated Learning under Label Shift"])
    n = R.randint(3, 6)
    affs = ["University of Oslo, Norway", "Aalto University, Espoo, Finland", "TU Delft, The Netherlands", "Charles University, Prague",
            "IIT Madras, Chennai, India", "Boğaziçi University, Istanbul", "KTH Royal Institute of Technology, Stockholm", "ETH Zürich"]
    parts = [title, "\n\n"]
    names = []
    for i in range(n):
        lang = ch(["no", "fi", "nl", "cs", "in", "tr", "sv", "zh", "ko", "de", "gr", "us"])
        g, f, s = nm(lang)
        names.append((g, f, lang))
        st = ch(["plain", "plain", "init", "mid"])
        v = {"plain": g + " " + f, "init": g[0] + ". " + f, "mid": g + " " + ch("ABCDEJKMR") + ". " + f}[st]
        parts += [PL_(v, lang), " (%d)%s" % (R.randint(1, 3), "*" if i == 0 else ""), ", " if i < n - 1 else "\n"]
    for i in range(3):
        parts += ["%d " % (i + 1), affs[(i * 3 + n) % len(affs)], "\n"]
    g, f, lang = names[0]
    parts += ["*Corresponding author: ", mail(g, f, ch(["uio.no", "aalto.fi", "tudelft.nl", "cuni.cz", "kth.se"])), "\n\n",
              "Preprint ", NG("arxiv"), ", DOI ", NG("doi"), ". We compare against ", EP("tech"), " and ", EP("tech"), "."]
    return "paper_authors", "en", parts


# 10 conference speaker bios
@tpl(3)
def t_speaker_bio():
    lang = ch(["us", "en", "in", "ng", "de", "pt", "it"])
    g, f, s = nm(lang)
    he = "He" if s == "M" else "She"
    parts = [ch(["SPEAKER: ", "Keynote — ", "Track B, 14:30 · "]), PL_(g + " " + f, lang), "\n",
             PL_(g, lang), " is a ", ch(["principal engineer", "staff data scientist", "security researcher", "product lead"]), " at ",
             ch(["Nordlys Analytics", "Kivitek", "Bluefjord Labs", "Sardegna Systems"]), ". ", he, " previously worked on ",
             EP("tech"), " at scale and maintains several open-source libraries. ",
             ch(["Ask ", "Chat with ", "Say hi to "]), PL_(g, lang), " about ", ch(["Rust", "observability", "threat modelling"]), ".\n",
             "Session: ", ch(["Room Curie", "Hall A", "Auditorium Turing"]), ", ", other_date("en", 2025, 2026), "\n",
             "Booking enquiries: ", mail(g, f, ch(["speakers-bureau.com", "talentagency.io"])) if R.random() < 0.5 else
             phone(ch(["US", "GB", "IN", "DE", "AU", "SG", "JP", "ZA", "IE", "CA", "CH", "AT"]), style=ch(["intl", "intl", "e164"]))]
    return "speaker_bio", "en", parts


# 11 real-estate listing
@tpl(4)
def t_realestate():
    lang = ch(["en", "us", "de", "nl", "fr", "it", "es", "pt", "sv", "da"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    m2 = R.randint(38, 240)
    words = {"en": ("For sale", "bedrooms", "Viewings with", "Energy rating C"), "us": ("Just listed", "beds", "Listing agent", "HOA $220/mo"),
             "de": ("Zu verkaufen", "Zimmer", "Besichtigung mit", "Energieausweis B"), "nl": ("Te koop", "kamers", "Bezichtiging via", "Energielabel A"),
             "fr": ("À vendre", "pièces", "Visites avec", "DPE : D"), "it": ("Vendesi", "locali", "Visite con", "Classe energetica E"),
             "es": ("Se vende", "habitaciones", "Visitas con", "Certificado energético E"), "pt": ("Vende-se", "assoalhadas", "Visitas com", "Certificado energético B"),
             "sv": ("Till salu", "rum", "Visning med", "Energiklass D"), "da": ("Til salg", "værelser", "Fremvisning med", "Energimærke C")}[lang]
    parts = [words[0], ": ", address(c, ", "), "\n", str(R.randint(1, 6)), " ", words[1], ", ", str(m2), " m², ", words[3], "\n",
             "Ref. ", N("LST-%06d" % R.randint(0, 999999), "listing_id"), " · ", NG("amount"), "\n",
             words[2], " ", PL_(g + " " + f, lang), " — ", phone(c), ch(["", " · " ])]
    if parts[-1]:
        parts.append(mail(g, f, ch(["nordmakler.se", "homes-realty.com", "immo-partner.de", "casa-ideal.es"])))
    else:
        parts.pop()
    return "realestate_listing", REC_LANG.get(lang, lang), parts


# 12 car insurance quote
@tpl(4)
def t_car_insurance():
    lang = ch(["en", "us", "de", "it", "fr", "nl", "pl"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    dl, ymd_ = dob(lang, lo=1950, hi=2005)
    car = ch(["VW Golf 1.5 TSI", "Škoda Octavia Combi", "Toyota Yaris Hybrid", "Fiat 500e", "Peugeot 308", "Volvo XC40"])
    if lang in ("en", "us"):
        parts = ["Your car insurance quote ", NG("policy_no"), "\nPolicyholder: ", PL_(g + " " + f, lang), "\nDate of birth: ", dl,
                 "\nAddress: ", address(c, ", "), "\nVehicle: ", car, ", reg ", NG("plate"), ", VIN ", NG("vin"),
                 ["\nSSN (for credit-based rating): ", gov("ssn")] if lang == "us" else "",
                 "\nNamed driver: ", P(lang), ", born ", D(lang, lo=1950, hi=2006),
                 "\nAnnual premium: ", NG("amount"), " (", ch(["Comprehensive", "Third party, fire & theft"]), ")\n",
                 "Pay monthly by card ", NG("masked_card"), " or call us back on the number you gave: ", phone(c)]
    elif lang == "de":
        parts = ["Ihr Angebot zur Kfz-Versicherung (", NG("policy_no"), ")\nVersicherungsnehmer: ", PL_(g + " " + f, lang),
                 ", geboren am ", dl, "\nAnschrift: ", address("DE", ", "), "\nFahrzeug: ", car, ", amtl. Kennzeichen ", NG("plate"),
                 "\nSF-Klasse 12, Jahresbeitrag ", NG("amount"), "\nLastschrift von IBAN ", iban("DE"), "\nRückfragen: ", phone("DE")]
    elif lang == "it":
        parts = ["Preventivo RC Auto ", NG("policy_no"), "\nContraente: ", PL_(f.upper() + " " + g.upper(), lang), "\nNato/a il: ", dl,
                 "\nCodice fiscale: ", gov("codice_fiscale", s, ymd_, (f, g)), "\nResidenza: ", address("IT", ", "),
                 "\nVeicolo: ", car, " targa ", NG("plate"), "\nPremio annuo: ", NG("amount"), "\nCellulare: ", phone("IT", kind="mobile")]
    elif lang == "fr":
        parts = ["Devis assurance auto ", NG("policy_no"), "\nSouscripteur : ", PL_(g + " " + f, lang), ", né(e) le ", dl,
                 "\nN° de sécurité sociale : ", gov("nir", s, ymd_), "\nAdresse : ", address("FR", ", "), "\nVéhicule : ", car,
                 ", immatriculation ", NG("plate"), "\nPrime annuelle : ", NG("amount"), "\nTél. : ", phone("FR")]
    elif lang == "nl":
        parts = ["Offerte autoverzekering ", NG("policy_no"), "\nVerzekeringnemer: ", PL_(g + " " + f, lang), ", geb. ", dl,
                 "\nAdres: ", address("NL", ", "), "\nKenteken ", NG("plate"), " (", car, ")\nSchadevrije jaren: 9\nIBAN voor incasso: ", iban("NL"),
                 "\nMobiel: ", phone("NL", kind="mobile")]
    else:
        parts = ["Kalkulacja OC/AC ", NG("policy_no"), "\nUbezpieczający: ", PL_(g + " " + f, lang), ", PESEL ", gov("pesel", s, ymd_),
                 "\nData urodzenia: ", dl, "\nAdres: ", address("PL", ", "), "\nPojazd: ", car, ", nr rej. ", NG("plate"),
                 "\nSkładka roczna: ", NG("amount"), "\nTelefon: ", phone("PL")]
    return "insurance_quote", REC_LANG.get(lang, lang), parts


# 13 pet adoption application
@tpl(3)
def t_pet_adoption():
    lang = ch(["en", "us", "de", "nl", "sv", "no", "es"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    pet = ch(["Biscuit", "Muffin", "Pelle", "Luna", "Kasimir", "Nugget", "Tofu", "Sokken"])
    vg, vf, _ = nm(lang)
    if lang in ("en", "us"):
        parts = ["PET ADOPTION APPLICATION — ", ch(["dog", "cat", "rabbit"]), " \"", N(pet, "pet_name"), "\" (microchip ", NG("microchip"), ")\n",
                 "Applicant name: ", PL_(g + " " + f, lang), "\nDate of birth (must be 18+): ", D(lang, lo=1950, hi=2005),
                 "\nHome address: ", address(c, ", "), "\nPhone: ", phone(c), "\nEmail: ", mail(g, f),
                 "\nCurrent vet: Dr. ", PL_(vg + " " + vf, lang), ", ", ch(["Riverside", "Oakfield", "Harbour"]), " Veterinary Clinic",
                 "\nDo you rent? ", ch(["Yes — landlord permission attached", "No, we own the house"]), "\nOther pets: ", ch(["none", "one cat, 9 yrs"])]
    elif lang == "de":
        parts = ["Selbstauskunft Tiervermittlung – ", N(pet, "pet_name"), " (Chip ", NG("microchip"), ")\n",
                 "Name: ", PL_(f + ", " + g, lang), "\nGeburtsdatum: ", D(lang, lo=1950, hi=2005), "\nAnschrift: ", address("DE", ", "),
                 "\nTelefon: ", phone("DE"), "\nE-Mail: ", mail(g, f), "\nTierarzt: Dr. ", PL_(vf, lang)]
    else:
        lab = {"nl": ("Adoptieaanvraag", "Naam", "Geboortedatum", "Adres", "Telefoon"), "sv": ("Adoptionsansökan", "Namn", "Födelsedatum", "Adress", "Telefon"),
               "no": ("Adopsjonssøknad", "Navn", "Fødselsdato", "Adresse", "Telefon"), "es": ("Solicitud de adopción", "Nombre", "Fecha de nacimiento", "Dirección", "Teléfono")}[lang]
        parts = [lab[0], ": ", N(pet, "pet_name"), " (chip ", NG("microchip"), ")\n", lab[1], ": ", PL_(g + " " + f, lang), "\n",
                 lab[2], ": ", D(lang, lo=1950, hi=2005), "\n", lab[3], ": ", address(c, ", "), "\n", lab[4], ": ", phone(c), "\nE-mail: ", mail(g, f)]
    return "adoption_application", REC_LANG.get(lang, lang), parts


# 14 hotel complaint letter
@tpl(3)
def t_hotel_complaint():
    lang = ch(["en", "en", "us", "de", "fr", "it"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    mg, mf, _ = nm(lang)
    sep = "\n"
    if lang in ("en", "us"):
        parts = [address(c, sep), "\n\n", other_date(lang, 2025, 2025), "\n\nDear ", ch(["Mr ", "Ms "]), PL_(mf, lang), ",\n\n",
                 "I am writing to complain about my stay in ", NG("room_no"), " (booking ", N("HB-%07d" % R.randint(0, 9999999), "booking_ref"),
                 "). The air conditioning did not work and my card ", card(), " was charged twice for the minibar (",
                 NG("amount"), " each). Your night manager, ", PL_(ch([nm(lang)[0], nm(lang)[0] + " " + nm(lang)[1]]), lang),
                 ", promised a refund that never arrived.\n\nPlease reply to ", mail(g, f), " or call ", phone(c), ".\n\nYours sincerely,\n",
                 PL_(g + " " + f, lang)]
    elif lang == "de":
        parts = [PL_(g + " " + f, lang), "\n", address("DE", sep), "\n\nBeschwerde über meinen Aufenthalt vom ", other_date(lang, 2025, 2025),
                 " (Buchung ", N("HB-%07d" % R.randint(0, 9999999), "booking_ref"), ")\n\nSehr geehrte Frau ", PL_(mf, lang), ",\n",
                 "in ", NG("room_no"), " war die Dusche defekt. Meine Kreditkarte ", card(), " wurde zudem doppelt belastet.\n",
                 "Erreichbar bin ich unter ", phone("DE"), ".\nMit freundlichen Grüßen\n", PL_(g + " " + f, lang)]
    elif lang == "fr":
        parts = [PL_(g + " " + f.upper(), lang), "\n", address("FR", sep), "\n\nObjet : réclamation séjour du ", other_date(lang, 2025, 2025),
                 "\n\nMadame, Monsieur,\nLors de mon séjour (", NG("room_no"), "), ma carte ", card(), " a été débitée deux fois.\n",
                 "Je vous prie de me rembourser sur le compte ", iban("FR"), ".\nTél. : ", phone("FR"),
                 "\nVeuillez agréer mes salutations distinguées.\n", PL_(g + " " + f.upper(), lang)]
    else:
        parts = ["Gentile ", PL_(mg + " " + mf, lang), ",\nsono ", PL_(g + " " + f, lang), ", ospite della ", NG("room_no"), " dal ",
                 other_date(lang, 2025, 2025), ". Mi è stato addebitato due volte il soggiorno sulla carta ", card(), ".\n",
                 "Vi prego di contattarmi al ", phone("IT", kind="mobile"), " o a ", mail(g, f), ".\nCordiali saluti\n", PL_(g + " " + f, lang)]
    return "complaint_letter", REC_LANG.get(lang, lang), parts


# 15 court judgment
@tpl(3)
def t_judgment():
    lang = ch(["en", "de", "nl", "no", "cs", "tr"])
    c = LANG_COUNTRY[lang]
    a = nm(lang)
    b = nm(lang)
    j1 = nm(lang)
    j2 = nm(lang)
    dl, ymd_ = dob(lang, lo=1950, hi=2000)
    if lang == "en":
        parts = ["IN THE COUNTY COURT AT ", ch(["NORWICH", "EXETER", "LANCASTER"]), "\n", NG("case_no"), "\nBETWEEN:\n",
                 PL_((a[0] + " " + a[1]).upper(), lang), "  Claimant\n- and -\n", PL_((b[0] + " " + b[1]).upper(), lang), "  Defendant\n\n",
                 "JUDGMENT of District Judge ", PL_(j1[1], lang), " handed down on ", other_date(lang, 2023, 2025), ".\n",
                 "1. The Claimant, who lives at ", address("GB", ", "), ", seeks damages for ", ch(["a boundary dispute", "unpaid rent", "water damage"]),
                 ".\n2. I heard evidence from ", PL_(j2[0] + " " + j2[1], lang), ", a neighbour."]
    elif lang == "de":
        parts = ["Amtsgericht ", ch(["Bielefeld", "Kassel", "Rostock"]), "\nAz.: ", NG("case_no"), "\n\nIm Namen des Volkes\nUrteil\n\nIn dem Rechtsstreit\n",
                 PL_(a[0] + " " + a[1], lang), ", geb. ", dl, ", ", address("DE", ", "), "\n– Kläger/in –\ngegen\n",
                 PL_(b[0] + " " + b[1], lang), ", ", address("DE", ", "), "\n– Beklagte/r –\n\nhat das Amtsgericht durch die Richterin am Amtsgericht ",
                 PL_(j1[0] + " " + j1[1], lang), " auf die mündliche Verhandlung vom ", other_date(lang, 2024, 2025), " für Recht erkannt: …\n",
                 NG("ecli")]
    elif lang == "nl":
        parts = ["RECHTBANK ", ch(["AMSTERDAM", "ROTTERDAM", "GELDERLAND"]), "\n", NG("ecli"), "\nVonnis in de zaak van\n",
                 PL_(a[0] + " " + a[1], lang), ", wonende te ", ch(ADDR["NL"][1])[0], ", eiser,\ntegen\n", PL_(b[0][0] + ". " + b[1], lang),
                 ", geboren op ", dl, ", gedaagde.\nDit vonnis is gewezen door mr. ", PL_(j1[0][0] + ". " + j1[1], lang), " en in het openbaar uitgesproken op ",
                 other_date(lang, 2024, 2025), "."]
    elif lang == "no":
        parts = [ch(["Oslo", "Bergen", "Trøndelag"]), " tingrett — DOM\nSaksnr.: ", N("%d-%06dTVI-%s" % (R.randint(23, 25), R.randint(0, 999999), ch(["OTIR/02", "BETR/05"])), "case_no"),
                 "\nDommer: tingrettsdommer ", PL_(j1[0] + " " + j1[1], lang), "\nSaksøker: ", PL_(a[0] + " " + a[1], lang), ", ",
                 address("NO", ", "), "\nSaksøkte: ", PL_(b[0] + " " + b[1], lang), ", f. ", dl, "\nAvsagt ", other_date(lang, 2024, 2025), "."]
    elif lang == "cs":
        parts = ["ROZSUDEK JMÉNEM REPUBLIKY\nOkresní soud v ", ch(["Olomouci", "Plzni", "Ostravě"]), " rozhodl samosoudkyní Mgr. ",
                 PL_(j1[0] + " " + j1[1], lang), " ve věci žalobce ", PL_(a[0] + " " + a[1], lang), ", nar. ", dl, ", bytem ",
                 address("CZ", ", "), ", proti žalovanému ", PL_(b[0] + " " + b[1], lang), ", o zaplacení ", NG("amount"), ", takto: …\nČ. j. ",
                 N("%d C %d/%d-%d" % (R.randint(5, 40), R.randint(1, 900), R.randint(2022, 2025), R.randint(10, 99)), "case_no")]
    else:
        parts = ["T.C. ", ch(["İSTANBUL", "ANKARA", "İZMİR"]), " ", R.randint(2, 30), ". ASLİYE HUKUK MAHKEMESİ\nESAS NO: ", N("%d/%d" % (R.randint(2022, 2025), R.randint(10, 999)), "case_no"),
                 "\nHAKİM: ", PL_(j1[0] + " " + j1[1], lang), "\nDAVACI: ", PL_((a[0] + " " + a[1]).upper(), lang), " (TC: ", gov("tc_kimlik"), ")\n",
                 "ADRES: ", address("TR", ", "), "\nDAVALI: ", PL_((b[0] + " " + b[1]).upper(), lang), "\nKARAR TARİHİ: ", other_date(lang, 2024, 2025)]
    parts = [str(p) if isinstance(p, int) else p for p in parts]
    return "court_judgment", lang, parts


# 16 chess club tournament results
@tpl(3)
def t_chess():
    lang = ch(["en", "de", "no", "cs", "pl", "nl", "hu"])
    rl = lang if lang != "hu" else "en"
    parts = [ch(["Club championship 2025 – round %d results\n", "Vereinsmeisterschaft, %d. Runde\n", "Klubbmesterskap runde %d\n"]) % R.randint(2, 9),
             "Bd  White                      Elo   Res   Black                      Elo\n"]
    for b in range(1, R.randint(3, 6)):
        lw = ch([lang, lang, "ua" if False else lang, "ro", "gr"])
        w = nm(lw)
        bl = nm(ch([lang, lang, "hu", "tr"]))
        wn = w[1] + ", " + w[0]
        bn = bl[1] + ", " + (bl[0] if R.random() < 0.6 else bl[0][0] + ".")
        parts += ["%-3d " % b, PL_(wn, lw), " " * max(1, 26 - len(wn)), NG("elo"), "  ", ch(["1-0", "0-1", "½-½"]), "   ",
                  PL_(bn, "x"), " " * max(1, 26 - len(bn)), NG("elo"), "\n"]
    parts += ["Notes: board 1 was a ", EP("chess"), "; board 2 transposed into the ", EP("chess"), ". Next round ", other_date(rl, 2025, 2025),
              " at 19:00, arbiter ", P(lang), "."]
    return "chess_results", rl, parts


# 17 museum membership renewal
@tpl(3)
def t_museum_renewal():
    lang = ch(["en", "sv", "da", "nl", "fi", "no"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    mus = {"en": "Friends of the Harbour Museum", "sv": "Vänföreningen Nordiska museet", "da": "Glyptotekets Venner", "nl": "Vereniging Vrienden van het Stadsmuseum",
           "fi": "Ateneumin Ystävät", "no": "Venneforeningen Munchmuseet"}[lang]
    pay = ch(["card", "iban"])
    if lang == "en":
        parts = [mus, " — membership renewal\nMember no. ", N("FM-%05d" % R.randint(0, 99999), "member_no"), "\nName: ", PL_(g + " " + f, lang),
                 "\nJoint member: ", P(lang), "\nAddress: ", address("GB", ", "), "\nSenior rate applies (date of birth ", D(lang, lo=1935, hi=1960), ")\n",
                 "Pay with card: " if pay == "card" else "Direct debit from: ", card() if pay == "card" else iban("GB"),
                 "\nRenews on ", other_date(lang, 2025, 2026), " for ", NG("amount"), "."]
    else:
        lab = {"sv": ("Förnyelse av medlemskap", "Namn", "Födelsedatum", "Betalas från konto"), "da": ("Fornyelse af medlemskab", "Navn", "Fødselsdato", "Betales fra konto"),
               "nl": ("Verlenging lidmaatschap", "Naam", "Geboortedatum", "Incasso van rekening"), "fi": ("Jäsenyyden uusiminen", "Nimi", "Syntymäaika", "Maksu tililtä"),
               "no": ("Fornyelse av medlemskap", "Navn", "Fødselsdato", "Trekkes fra konto")}[lang]
        parts = [mus, " – ", lab[0], "\n", lab[1], ": ", PL_(g + " " + f, lang), "\n", lab[2], ": ", D(lang, lo=1935, hi=2000), "\n",
                 address(c, ", "), "\n", lab[3], ": ", iban(c), "\nE-post: " if lang != "nl" else "\nE-mail: ", mail(g, f), "\n",
                 NG("amount"), " / år" if lang != "nl" else " per jaar"]
    return "membership_renewal", lang, parts


# 18 visa invitation letter
@tpl(4)
def t_visa_invite():
    lang = ch(["en", "de", "pl", "fi", "cs", "da"])
    c = LANG_COUNTRY[lang]
    hg, hf, hs = nm(lang)
    glang = ch(["in", "tr", "ng", "vi", "ar", "zh", "br"])
    gg, gf, gs = nm(glang)
    arr = other_date(lang, 2025, 2026)
    gphone = {"in": "IN", "tr": "TR", "br": "BR", "zh": "CN", "ng": None}.get(glang)
    if lang == "en":
        parts = ["To the Visa Section, ", ch(["British High Commission", "Consulate"]), "\n\nLetter of invitation\n\nI, ", PL_(hg + " " + hf, lang),
                 ", of ", address("GB", ", "), ", a British citizen (passport ", gov("passport"), "), invite my ", ch(["cousin", "friend", "sister-in-law"]), " ",
                 PL_(gg + " " + gf, glang), ", born ", D("en", lo=1960, hi=2002), ", passport no. ", gov("passport"), ", to stay with me from ", arr,
                 " for three weeks. I will cover all costs.\nYou can reach me on ", phone("GB", kind="mobile"), " or ", mail(hg, hf), ".\n\nSigned, ", PL_(hg + " " + hf, lang)]
    elif lang == "de":
        parts = ["Einladungsschreiben / Verpflichtungserklärung\n\nHiermit lade ich, ", PL_(hg + " " + hf, lang), ", wohnhaft ", address("DE", ", "),
                 ", Steuer-ID ", gov("steuer_id"), ", Frau/Herrn ", PL_(gg + " " + gf, glang), ", geboren am ", D("de", lo=1960, hi=2002),
                 ", Reisepass-Nr. ", gov("passport"), ", für den Zeitraum ab ", arr, " zu mir ein.\nTelefon: ", phone("DE"), "\n\n", PL_(hg + " " + hf, lang)]
    elif lang == "pl":
        parts = ["ZAPROSZENIE\n\nJa, niżej podpisany/a ", PL_(hg + " " + hf, lang), ", PESEL ", gov("pesel", hs), ", zam. ", address("PL", ", "),
                 ", zapraszam Pana/Panią ", PL_(gg + " " + gf, glang), ", ur. ", D("pl", lo=1960, hi=2002), ", paszport nr ", gov("passport"),
                 ", w terminie od ", arr, ".\nTel.: ", phone("PL")]
    elif lang == "fi":
        parts = ["KUTSUKIRJE\n\nMinä, ", PL_(hg + " " + hf, lang), " (henkilötunnus ", gov("fi_hetu", hs), "), osoite ", address("FI", ", "),
                 ", kutsun vieraakseni henkilön ", PL_(gg + " " + gf, glang), ", syntynyt ", D("fi", lo=1960, hi=2002), ", passi ", gov("passport"),
                 ", ajalle alkaen ", arr, ".\nPuhelin: ", phone("FI", kind="mobile")]
    elif lang == "cs":
        parts = ["POZVÁNÍ\n\nJá, ", PL_(hg + " " + hf, lang), ", r. č. ", gov("cz_rc", hs), ", bytem ", address("CZ", ", "), ", zvu ",
                 PL_(gg + " " + gf, glang), ", nar. ", D("cs", lo=1960, hi=2002), ", č. pasu ", gov("passport"), ", na návštěvu od ", arr,
                 ".\nTelefon: ", phone("CZ")]
    else:
        parts = ["INVITATION\n\nUndertegnede ", PL_(hg + " " + hf, lang), ", CPR-nr. ", gov("dk_cpr", hs), ", ", address("DK", ", "),
                 ", inviterer hermed ", PL_(gg + " " + gf, glang), ", født ", D("da", lo=1960, hi=2002), ", pas nr. ", gov("passport"),
                 ", til at besøge mig fra ", arr, ".\nTlf.: ", phone("DK")]
    if gphone:
        parts += ["\n", {"en": "Guest's phone: ", "de": "Telefon des Gastes: ", "pl": "Telefon gościa: ", "fi": "Vieraan puhelin: ", "cs": "Telefon hosta: ",
                         "da": "Gæstens telefon: "}[lang], phone(gphone, ctx=c)]
    return "visa_invitation", lang, parts


# 19 accident report (constat amiable / Unfallbericht / CAI)
@tpl(3)
def t_accident():
    lang = ch(["fr", "de", "it", "es", "en", "be"])
    rl = "fr" if lang == "be" else lang
    c = "BE" if lang == "be" else LANG_COUNTRY[lang]
    A = nm(rl)
    B = nm(ch([rl, rl, "nl", "de", "pl"]))
    lab = {"fr": ("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE", "Véhicule A – conducteur", "Véhicule B – conducteur", "Adresse", "Tél.", "Date de l'accident"),
           "be": ("CONSTAT EUROPÉEN D'ACCIDENT", "Véhicule A – conducteur", "Véhicule B – conducteur", "Adresse", "Tél.", "Date de l'accident"),
           "de": ("EUROPÄISCHER UNFALLBERICHT", "Fahrzeug A – Fahrer", "Fahrzeug B – Fahrer", "Anschrift", "Tel.", "Unfalldatum"),
           "it": ("CONSTATAZIONE AMICHEVOLE DI INCIDENTE (CAI)", "Veicolo A – conducente", "Veicolo B – conducente", "Indirizzo", "Tel.", "Data dell'incidente"),
           "es": ("DECLARACIÓN AMISTOSA DE ACCIDENTE", "Vehículo A – conductor", "Vehículo B – conductor", "Dirección", "Tel.", "Fecha del accidente"),
           "en": ("EUROPEAN ACCIDENT STATEMENT", "Vehicle A – driver", "Vehicle B – driver", "Address", "Tel.", "Date of accident")}[lang]
    cb = ch([c, c, "NL", "DE"]) if lang in ("be", "de") else c
    parts = [lab[0], "\n", lab[5], ": ", other_date(rl, 2025, 2025), "  14:35\n",
             lab[1], ": ", PL_(A[1].upper() + " " + A[0], rl), "\n", lab[3], ": ", address(c, ", "), "\n", lab[4], " ", phone(c), "\n",
             ["N° national : ", gov("be_rrn", A[2]), "\n"] if lang == "be" else "",
             "Police/Policy: ", NG("policy_no"), "  ", NG("plate"), "\n",
             lab[2], ": ", PL_(B[1].upper() + " " + B[0], "x"), "\n", lab[3], ": ", address(cb, ", "), "\n", lab[4], " ", phone(cb, ctx=c), "\n",
             "Policy: ", NG("policy_no"), "  ", NG("plate"), "\n",
             {"fr": "Témoin : ", "de": "Zeuge: ", "it": "Testimone: ", "es": "Testigo: ", "en": "Witness: "}[rl], P(rl), ", ", phone(c)]
    return "accident_report", rl, parts


# 20 password reset e-mail
@tpl(4)
def t_pw_reset():
    lang = ch(["en", "us", "es", "it", "pt", "de", "tr"])
    g, f, s = nm(lang)
    svc = ch(["Fjordbank Online", "Kivi Cloud", "Ledgerly", "Pantry Plus", "Streamo"])
    tok = secret("reset_token")
    dev = ch(["Chrome on Windows 11", "Safari on iPhone", "Firefox 128 on Ubuntu"])
    txt = {"en": ("Subject: Reset your %s password\nTo: ", "Hi ", "Someone (hopefully you) asked to reset the password for your account. The request came from IP ",
                  " (", "). Use this link within 30 minutes:\n", "If you didn't ask for this, you can ignore this e-mail. Your password won't change."),
           "es": ("Asunto: Restablece tu contraseña de %s\nPara: ", "Hola ", "Hemos recibido una solicitud para restablecer tu contraseña desde la IP ",
                  " (", "). Usa este enlace en los próximos 30 minutos:\n", "Si no fuiste tú, ignora este mensaje."),
           "it": ("Oggetto: Reimposta la password di %s\nA: ", "Ciao ", "Abbiamo ricevuto una richiesta di reimpostazione della password dall'indirizzo IP ",
                  " (", "). Usa questo link entro 30 minuti:\n", "Se non sei stato tu, ignora questa e-mail."),
           "pt": ("Assunto: Redefinir a sua palavra-passe %s\nPara: ", "Olá ", "Recebemos um pedido para redefinir a palavra-passe a partir do IP ",
                  " (", "). Use esta ligação nos próximos 30 minutos:\n", "Se não foi você, ignore este e-mail."),
           "de": ("Betreff: Passwort für %s zurücksetzen\nAn: ", "Hallo ", "für Ihr Konto wurde ein neues Passwort angefordert, von der IP-Adresse ",
                  " (", "). Dieser Link ist 30 Minuten gültig:\n", "Falls Sie das nicht waren, ignorieren Sie diese E-Mail."),
           "tr": ("Konu: %s şifrenizi sıfırlayın\nKime: ", "Merhaba ", "Hesabınız için şifre sıfırlama isteği aldık. İstek şu IP adresinden geldi: ",
                  " (", "). Bağlantı 30 dakika geçerlidir:\n", "Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın.")}
    t = txt["en" if lang == "us" else lang]
    host = ascii_fold(svc)
    parts = [t[0] % svc, mail(g, f), "\nDate: ", NG("timestamp"), "\n\n", t[1], PL_(g, lang), ",\n\n", t[2], ip(), t[3], dev, t[4],
             "https://accounts.", host, ".com/reset?uid=", N(str(R.randint(100000, 9999999)), "user_id"), "&token=", tok, "\n\n", t[5],
             "\n\n— ", svc, " Security · Ticket ", NG("uuid")]
    return "password_reset_email", REC_LANG.get(lang, lang), parts


# 21 SSH client config
@tpl(3)
def t_ssh_config():
    g, f, s = nm(ch(["en", "de", "fi", "no", "cs", "pl"]))
    user = ch(["deploy", "ubuntu", "git", "ops"])
    parts = ["# ~/.ssh/config\nHost bastion\n    HostName ", ip(False), "\n    User ", user, "\n    Port ", str(ch([22, 2222, 22022])),
             "\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-replica\n    HostName ", N(ch(["10.20.3.14", "10.0.12.7", "172.31.40.2"]), "private_ip"),
             "\n    ProxyJump bastion\n\nHost legacy-ftp\n    HostName ", ip(), "\n    User ", user, "\n"]
    if R.random() < 0.6:
        parts += ["\n# ", ch(["pasted by mistake, rotate it!", "key for the old CI box", "from Slack"]), "\n", secret("pem"), "\n"]
    else:
        parts += ["\n# public key of ", PL_(g + " " + f, "x"), " (", mail(g, f, ch(["kivitek.fi", "fjordsoft.no"])), ")\n", NG("ssh_pubkey"), "\n"]
    parts += ["# host key fingerprint ", NG("host_fp")]
    return "ssh_config", "en", parts


# 22 docker run commands
@tpl(4)
def t_docker_run():
    img = ch(["postgres:16", "mariadb:11.4", "grafana/grafana:11.1.0", "n8nio/n8n", "redis:7-alpine", "minio/minio"])
    g, f, s = nm(ch(["en", "de", "nl", "sv", "in", "tr", "it"]))
    parts = ["$ docker run -d --name ", img.split("/")[-1].split(":")[0], " \\\n  -p ", ch(["5432:5432", "3000:3000", "9000:9000", "8080:80"]), " \\\n"]
    k = ch(["POSTGRES_PASSWORD", "MARIADB_ROOT_PASSWORD", "GF_SECURITY_ADMIN_PASSWORD", "MINIO_ROOT_PASSWORD", "REDIS_PASSWORD"])
    parts += ["  -e ", k, "=", secret("password"), " \\\n"]
    extra = ch(["GF_SMTP_USER", "ADMIN_EMAIL", "N8N_BASIC_AUTH_USER", "LETSENCRYPT_EMAIL"])
    parts += ["  -e ", extra, "=", mail(g, f), " \\\n"]
    if R.random() < 0.6:
        kk, kind = ch([("AWS_ACCESS_KEY_ID", "aws_access_key_id"), ("OPENAI_API_KEY", "openai"), ("GITHUB_TOKEN", "github_pat"),
                       ("MAILCHIMP_API_KEY", "mailchimp"), ("HUGGING_FACE_HUB_TOKEN", "hf"), ("NPM_TOKEN", "npm_token")])
        parts += ["  -e ", kk, "=", secret(kind), " \\\n"]
    parts += ["  -e TZ=Europe/Oslo -v ./data:/var/lib/data \\\n  ", img, "@", NG("sha256"), "\n", N(rnd(R, HEX, 64), "container_id")]
    return "docker_run", "en", parts


# 23 .gitconfig / .git-credentials
@tpl(3)
def t_gitconfig():
    lang = ch(["en", "de", "pl", "cs", "fi", "tr", "in", "pt", "da"])
    g, f, s = nm(lang)
    parts = ["$ cat ~/.gitconfig\n[user]\n\tname = ", PL_(g + " " + f, lang), "\n\temail = ", mail(g, f), "\n\tsigningkey = ",
             N(rnd(R, "0123456789ABCDEF", 16), "gpg_keyid"), "\n[credential]\n\thelper = store\n[init]\n\tdefaultBranch = main\n",
             "$ cat ~/.git-credentials\n"]
    k = ch(["gh", "gl", "bb"])
    if k == "gh":
        parts += ["https://x-access-token:", secret(ch(["github_pat", "github_fine_grained"])), "@github.com\n"]
    elif k == "gl":
        parts += ["https://oauth2:", secret("gitlab_pat"), "@gitlab.com\n"]
    else:
        parts += ["https://x-token-auth:", secret("password", url=True), "@bitbucket.org\n"]
    parts += ["$ git log -1 --format='%H %an'\n", NG("git_sha"), " ", PL_(g + " " + f, lang)]
    return "gitconfig", REC_LANG.get(lang, lang) if lang in ("in",) else "en", parts


# 24 mongosh find() output
@tpl(4)
def t_mongosh():
    lang = ch(["en", "us", "de", "fr", "es", "pt", "br", "it", "nl", "tr", "in"])
    rl = {"us": "en", "br": "pt"}.get(lang, lang)
    c = {"br": "BR"}.get(lang) or LANG_COUNTRY[lang]
    parts = ["rs0 [primary] shop> db.customers.find({ country: '", c, "' }).limit(", str(R.randint(1, 2)), ")\n["]
    for i in range(R.randint(1, 2)):
        g, f, s = nm(lang)
        parts += ["\n  {\n    _id: ObjectId('", N(rnd(R, HEX, 24), "object_id"), "'),\n",
                  "    name: { first: '", PL_(g, lang), "', last: '", PL_(f, lang), "' },\n",
                  "    email: '", mail(g, f), "',\n    phone: '", phone(c, style=ch(["e164", "intl", "nat"])), "',\n"]
        if R.random() < 0.6:
            parts += ["    birthDate: '", D(rl, "iso"), "',\n"]
        if R.random() < 0.5:
            a = address(c, ", ")
            parts += ["    address: '", a, "',\n"]
        if c == "BR" and R.random() < 0.7:
            parts += ["    cpf: '", gov("cpf"), "',\n"]
        tk = {"DE": "steuer_id", "ES": ch(["dni", "nie"]), "IT": "codice_fiscale", "NL": "bsn", "IN": ch(["pan", "aadhaar"]), "TR": "tc_kimlik",
              "FR": "nir", "GB": "nino", "US": "ssn"}.get(c)
        if tk and R.random() < 0.5:
            parts += ["    taxId: '", gov(tk, s, None, (f, g)), "',\n"]
        parts += ["    loyaltyPoints: ", str(R.randint(0, 9000)), ",\n    createdAt: ISODate('", NG("timestamp"), "')\n  }", ","]
    parts[-1] = "\n]"
    return "mongosh", rl if rl in ("de", "fr", "es", "pt", "it", "nl", "tr", "in") else "en", parts


# 25 out-of-office auto-reply
@tpl(4)
def t_ooo():
    lang = ch(["en", "us", "de", "fr", "nl", "da", "fi", "sv", "no", "it", "es"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    cg, cf, cs = nm(lang)
    until = other_date(lang, 2025, 2026)
    t = {"en": ("Automatic reply: I am out of the office until %s with limited access to e-mail. For urgent matters please contact my colleague ", " (", " / ", ").\nBest regards,\n"),
         "de": ("Automatische Antwort: Ich bin bis einschließlich %s nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin/meinen Kollegen ", " (", ", ", ").\nViele Grüße\n"),
         "fr": ("Réponse automatique : je suis absent(e) jusqu'au %s. En cas d'urgence, merci de contacter ", " (", " – ", ").\nCordialement,\n"),
         "nl": ("Automatisch antwoord: ik ben afwezig tot en met %s. Voor dringende zaken kunt u terecht bij ", " (", ", ", ").\nMet vriendelijke groet,\n"),
         "da": ("Autosvar: Jeg er på ferie til og med %s. Ved hastende sager kontakt venligst ", " (", ", ", ").\nVenlig hilsen\n"),
         "fi": ("Automaattinen vastaus: Olen lomalla %s asti. Kiireellisissä asioissa ota yhteyttä kollegaani ", " (", ", ", ").\nTerveisin\n"),
         "sv": ("Autosvar: Jag är ledig till och med %s. Vid brådskande ärenden, kontakta ", " (", ", ", ").\nVänliga hälsningar\n"),
         "no": ("Autosvar: Jeg er på ferie til %s. Ved hastesaker, kontakt ", " (", ", ", ").\nMed vennlig hilsen\n"),
         "it": ("Risposta automatica: sarò fuori ufficio fino al %s. Per urgenze contattare ", " (", ", ", ").\nCordiali saluti\n"),
         "es": ("Respuesta automática: estaré fuera de la oficina hasta el %s. Para asuntos urgentes, contacte con ", " (", ", ", ").\nUn saludo,\n")}[
        "en" if lang == "us" else lang]
    dom = ch(["nordlys-energy.com", "kivitek.fi", "bluefjord.eu", "sardegna-systems.it"])
    cc2 = c if R.random() < 0.7 else ch(["CH", "AT", "SG", "IE", "GB", "US", "DE", "NL", "ZA", "AU"])
    parts = [t[0] % until, PL_(cg + " " + cf, lang), t[1], mail(cg, cf, dom), t[2], phone(cc2, ctx=c, style=None if cc2 != c else ch(["intl", "nat"])), t[3],
             PL_(g + " " + f, lang), "\n", ch(["Senior Account Manager", "Head of Procurement", "Projektleiter", "Controller"]), "\n",
             "M ", phone(c, kind=ch(sorted(ALLPLANS[c][2]))), " | ", mail(g, f, dom)]
    return "out_of_office", REC_LANG.get(lang, lang), parts


# 26 birth announcement
@tpl(3)
def t_birth_announcement():
    lang = ch(["en", "sv", "no", "da", "nl", "de", "fi", "pl"])
    bg, bf, bs = nm(lang)
    mg, _, _ = nm(lang, "F")
    dg, _, _ = nm(lang, "M")
    bd = D(lang, lo=2024, hi=2025)
    w = "%d g" % R.randint(2600, 4400)
    ln = "%d cm" % R.randint(46, 55)
    t = {"en": ("We are delighted to announce the arrival of ", ", born ", " at 04:12, weighing ", ". Proud parents ", " and ", ". Thank you to the midwives at St Mary's!"),
         "sv": ("Vi välkomnar ", ", född ", " kl. 04.12, ", ". Stolta föräldrar ", " och ", "."),
         "no": ("Vi har fått en liten ", ", født ", " kl. 04.12, ", ". Stolte foreldre ", " og ", "."),
         "da": ("Velkommen til ", ", født ", " kl. 04.12, ", ". Stolte forældre ", " og ", "."),
         "nl": ("Geboren: ", ", op ", " om 04.12 uur, ", ". Trotse ouders ", " en ", ". Kraambezoek graag na een appje."),
         "de": ("Wir freuen uns über die Geburt von ", ", geboren am ", " um 4:12 Uhr, ", ". Die glücklichen Eltern ", " und ", "."),
         "fi": ("Perheeseemme syntyi ", " ", " klo 4.12, ", ". Onnelliset vanhemmat ", " ja ", "."),
         "pl": ("Na świat przyszedł/przyszła ", ", urodzony/a ", " o 4:12, ", ". Szczęśliwi rodzice ", " i ", ".")}[lang]
    parts = [t[0], PL_(bg + " " + bf, lang), t[1], bd, t[2], w, ", " + ln if lang != "en" else "", t[3], PL_(mg, lang), t[4], PL_(dg, lang), t[5]]
    return "birth_announcement", lang, parts


# 27 certified translation of a birth certificate
@tpl(3)
def t_cert_translation():
    src = ch(["tr", "pl", "cs", "it", "pt", "es", "fi"])
    tl = ch(["en", "de"])
    g, f, s = nm(src)
    fg, ff, _ = nm(src, "M")
    mg, mf, _ = nm(src, "F")
    tg, tf, _ = nm(tl)
    dl, ymd_ = dob(tl, lo=1960, hi=2005)
    city = ch(ADDR[LANG_COUNTRY[src]][1])[0]
    if tl == "en":
        parts = ["CERTIFIED TRANSLATION from ", {"tr": "Turkish", "pl": "Polish", "cs": "Czech", "it": "Italian", "pt": "Portuguese", "es": "Spanish", "fi": "Finnish"}[src],
                 "\nBIRTH CERTIFICATE (extract) No. ", N("%d/%04d" % (R.randint(1, 999), R.randint(1970, 2010)), "registry_no"),
                 "\nSurname: ", PL_(f.upper(), src), "\nGiven name(s): ", PL_(g, src), "\nDate of birth: ", dl, "\nPlace of birth: ", city,
                 "\nFather: ", PL_(fg + " " + ff, src), "\nMother: ", PL_(mg + " " + mf, src),
                 "\nI, ", PL_(tg + " " + tf, tl), ", sworn translator, certify that this is a true translation. Seal no. ", N("ST-%05d" % R.randint(0, 99999), "seal_no"),
                 ", ", other_date("en", 2025, 2025)]
    else:
        parts = ["BEGLAUBIGTE ÜBERSETZUNG aus dem ", {"tr": "Türkischen", "pl": "Polnischen", "cs": "Tschechischen", "it": "Italienischen", "pt": "Portugiesischen", "es": "Spanischen", "fi": "Finnischen"}[src],
                 "\nGeburtsurkunde Nr. ", N("%d/%04d" % (R.randint(1, 999), R.randint(1970, 2010)), "registry_no"),
                 "\nFamilienname: ", PL_(f, src), "\nVorname(n): ", PL_(g, src), "\nGeburtsdatum: ", dl, "\nGeburtsort: ", city,
                 "\nVater: ", PL_(fg + " " + ff, src), "\nMutter: ", PL_(mg + " " + mf, src),
                 "\nDie Richtigkeit und Vollständigkeit vorstehender Übersetzung bescheinigt ", PL_(tg + " " + tf, tl),
                 ", öffentlich bestellte und beeidigte Übersetzerin, ", other_date("de", 2025, 2025)]
    return "certified_translation", tl, parts


# 28 door access control log
@tpl(3)
def t_door_log():
    lang = ch(["en", "de", "nl", "sv", "fi", "da"])
    doors = ["Main entrance", "Server room B2", "Loading dock", "Lab 3.14", "Bike cellar", "Roof access"]
    parts = ["Access Control — event export (site ", ch(["OSL-1", "HEL-2", "AMS-3", "MUC-1"]), ")\nTime                 Door              Badge    Holder                     Result\n"]
    for i in range(R.randint(3, 6)):
        if i > 0 and R.random() < 0.2:
            holder = N(ch(["VISITOR 07", "CLEANING CREW", "CONTRACTOR POOL 2", "UNKNOWN CARD"]), "badge_pool")
            hl = len(holder.text)
        else:
            g, f, s = nm(ch([lang, lang, "in", "tr", "pl"]))
            v = ch([f.upper() + ", " + g, f + ", " + g, g + " " + f])
            holder = PL_(v, "x")
            hl = len(v)
        door = ch(doors)
        parts += ["2025-%02d-%02d %02d:%02d:%02d  " % (R.randint(1, 12), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59), R.randint(0, 59)),
                  door.ljust(18), N("%06d" % R.randint(0, 999999), "badge_no"), "   ", holder, " " * max(1, 27 - hl),
                  ch(["GRANTED", "GRANTED", "DENIED (schedule)", "GRANTED (PIN)"]), "\n"]
    parts[-1] = parts[-1].rstrip("\n")
    return "access_log", lang if lang != "en" else "en", parts


# 29 home router configuration dump
@tpl(3)
def t_router_config():
    lang = ch(["en", "de", "nl", "it", "pl", "tr"])
    g, f, s = nm(lang)
    ssid = ch(["FRITZ!Box 7590 QX", "Vodafone-6C2A", "TP-Link_4F1E", "Ziggo" + str(R.randint(1000, 9999)), "TIM-" + str(R.randint(10000000, 99999999)), "SUPERONLINE_WiFi_" + str(R.randint(1000, 9999))])
    parts = ["# router backup — exported ", NG("timestamp"), "\n[system]\nmodel=", ch(["FRITZ!Box 7590", "Archer AX55", "Zyxel VMG8825", "Huawei HG8245"]),
             "\nfirmware=", NG("version4"), "\nserial=", N("S" + digits(R, 12), "serial"), "\nlan_mac=", NG("mac"),
             "\n[lan]\nip=", NG("gateway_ip"), "\nnetmask=", NG("netmask"), "\ndhcp_range=192.168.1.100-192.168.1.199\n",
             "[wan]\nproto=pppoe\nusername=", N(ch(["00012345678901230001", "isp/cust/%d" % R.randint(100000, 999999)]), "pppoe_user"),
             "\npassword=", secret("password"), "\nwan_ip=", ip(False), "\n[wlan]\nssid=", ssid, "\nsecurity=WPA2-PSK\npsk=", secret("wifi"),
             "\n[remote]\ndyndns_host=", ascii_fold(f), "-home.dynv6.net\nadmin_contact=", mail(g, f)]
    return "router_config", lang, parts


# 30 domain transfer e-mail with EPP auth code
@tpl(3)
def t_domain_transfer():
    lang = ch(["en", "de", "nl", "da", "cs"])
    g, f, s = nm(lang)
    dom = ascii_fold(f) + ch([".com", ".de", ".nl", ".dk", ".cz", ".eu"])
    c = LANG_COUNTRY[lang]
    parts = ["Subject: Transfer of ", dom, " – authorisation code\n\nDear ", PL_(g + " " + f, lang), ",\n\n",
             "you requested the transfer of ", dom, " away from us. The registrant on file is:\n  ", PL_(g + " " + f, lang), "\n  ",
             address(c, "\n  "), "\n  ", phone(c, style=ch(["intl", "e164"])), "\n  ", mail(g, f), "\n\n",
             "Your EPP/auth code: ", secret("epp"), "\nIt is valid for 30 days. Nameservers ns1.", ch(["hostingpartner", "dnsdirect"]), ".net and ns2 stay active until the move (order ",
             NG("order_no"), ").\n\nKind regards\n", P(lang), "\nDomain support"]
    return "domain_transfer", lang, parts


# 31 guest Wi-Fi card / holiday-let house manual
@tpl(3)
def t_wifi_card():
    lang = ch(["en", "de", "no", "it", "es", "pt", "da"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    ssid = ch(["Cabin_Guest", "Casa-Azul-5G", "Hytta_2.4", "Villa_Rosa", "Sommerhus"])
    psk = secret("wifi")
    t = {"en": ("Welcome to the cottage! Wi-Fi", "Password", "Scan the QR or use", "Your host", "Emergencies"),
         "de": ("Willkommen! WLAN", "Passwort", "QR-Code scannen oder", "Ihre Gastgeberin / Ihr Gastgeber", "Notfall"),
         "no": ("Velkommen til hytta! Trådløst nett", "Passord", "Skann QR-koden eller bruk", "Vertskap", "Nødnummer"),
         "it": ("Benvenuti! Wi-Fi", "Password", "Scansiona il QR oppure usa", "Il vostro host", "Emergenze"),
         "es": ("¡Bienvenidos! Wi-Fi", "Contraseña", "Escanea el QR o usa", "Tu anfitrión/a", "Emergencias"),
         "pt": ("Bem-vindos! Wi-Fi", "Palavra-passe", "Leia o QR ou use", "O vosso anfitrião", "Emergências"),
         "da": ("Velkommen i sommerhuset! Wi-Fi", "Adgangskode", "Scan QR-koden eller brug", "Værter", "Nødnummer")}[lang]
    parts = [t[0], ": ", ssid, "\n", t[1], ": ", psk, "\n", t[2], ": WIFI:T:WPA;S:", ssid, ";P:", L("secret", psk.value, sub="wifi"), ";;\n",
             t[3], ": ", PL_(g, lang), " – ", phone(c, kind=ch(sorted(ALLPLANS[c][2]))), "\n", t[4], ": ", NG("phone_short"),
             "\nCheck-out 10:00 · Bin day: ", ch(["Tuesday", "Dienstag", "tirsdag", "martedì", "martes", "terça-feira", "tirsdag"]),
             " · House address for taxis: ", address(c, ", ")]
    return "house_manual", lang, parts


# 32 swimming lesson waitlist
@tpl(3)
def t_swim_waitlist():
    lang = ch(["en", "nl", "de", "sv", "no"])
    c = LANG_COUNTRY[lang]
    hdr = {"en": "Swim school waitlist – Stage 2 (Sat 09:30)\n#  Child                  DOB         Parent contact\n",
           "nl": "Wachtlijst zwemles A-diploma (za 09:30)\n#  Kind                   Geb.datum   Contact ouder\n",
           "de": "Warteliste Seepferdchen-Kurs (Sa 9:30)\n#  Kind                   Geb.        Kontakt Eltern\n",
           "sv": "Kö simskola – Baddaren (lör 09.30)\n#  Barn                   Född        Kontakt förälder\n",
           "no": "Venteliste svømmekurs (lør 09.30)\n#  Barn                   Født        Kontakt forelder\n"}[lang]
    parts = [hdr]
    for i in range(R.randint(3, 5)):
        g, f, s = nm(lang)
        nmv = g + " " + f
        parts += ["%d  " % (i + 1), PL_(nmv, lang), " " * max(1, 23 - len(nmv)), D(lang, "dmy." if lang != "en" else "dmy/", lo=2016, hi=2021), "  ",
                  phone(c, kind="mobile" if "mobile" in ALLPLANS[c][2] else None), "\n"]
    parts += [{"en": "Places confirmed by e-mail 2 weeks before the term.", "nl": "Bevestiging volgt per mail.", "de": "Bestätigung per E-Mail.",
               "sv": "Bekräftelse skickas via sms.", "no": "Bekreftelse kommer på SMS."}[lang]]
    return "waitlist", lang, parts


# 33 heroku / fly config listing
@tpl(3)
def t_paas_config():
    app = ch(["acme-invoices", "fjord-api", "tiny-shop-prod", "bookclub-bot"])
    parts = ["$ heroku config -a ", app, "\n=== ", app, " Config Vars\n"]
    pg = secret("password", url=True) if R.random() < 0.3 else L("secret", rnd(R, HEX, 64), sub="password")
    parts += ["DATABASE_URL:          postgres://u", rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 13), ":", pg, "@ec2-",
              N("-".join(str(R.randint(3, 54)) for _ in range(4)), "aws_hostname_ip"), ".compute-1.amazonaws.com:5432/d", rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 13), "\n"]
    parts += ["REDIS_URL:             rediss://:", L("secret", rnd(R, HEX, 64), sub="password"), "@", N("ec2-34-%d-%d-%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), "aws_hostname_ip"),
              ".compute-1.amazonaws.com:", str(R.randint(10000, 32000)), "\n"]
    kk, kind = ch([("STRIPE_SECRET_KEY", "stripe"), ("SENDGRID_API_KEY", "sendgrid"), ("TWILIO_API_KEY_SID", "twilio"), ("ANTHROPIC_API_KEY", "anthropic"), ("GOOGLE_MAPS_KEY", "google_api_key")])
    parts += [(kk + ":").ljust(23), secret(kind), "\n", "STRIPE_PUBLISHABLE_KEY: ", NG("pk_live"), "\nWEB_CONCURRENCY:       2\nTZ:                    Europe/Berlin\n",
              "LOG_LEVEL:             info"]
    return "paas_config", "en", parts


# 34 home-care visit log
@tpl(3)
def t_homecare_log():
    lang = ch(["en", "de", "nl", "no", "sv", "fi"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang, )
    kin = nm(lang)
    carers = [nm(ch([lang, "pl", "ro", "ph" if False else "vi", "ng"])) for _ in range(3)]
    t = {"en": ("Home care visit log – client ", "Next of kin: ", "Visit", "carer", "meds given, ", "BP "),
         "de": ("Pflegedokumentation – Klient/in ", "Angehörige/r: ", "Besuch", "Pflegekraft", "Medikamente gegeben, ", "RR "),
         "nl": ("Zorgdossier thuiszorg – cliënt ", "Contactpersoon: ", "Bezoek", "verzorgende", "medicatie gegeven, ", "RR "),
         "no": ("Hjemmetjenesten – besøkslogg for ", "Pårørende: ", "Besøk", "pleier", "medisiner gitt, ", "BT "),
         "sv": ("Hemtjänst – besökslogg för ", "Anhörig: ", "Besök", "undersköterska", "läkemedel givna, ", "BT "),
         "fi": ("Kotihoito – käyntiloki, asiakas ", "Omainen: ", "Käynti", "hoitaja", "lääkkeet annettu, ", "RR ")}[lang]
    parts = [t[0], PL_(g + " " + f, lang), " (", D(lang, lo=1925, hi=1950), ")\n", address(c, ", "), "\n", t[1], PL_(kin[0] + " " + kin[1], lang), ", ",
             phone(c), "\n"]
    for i, cr in enumerate(carers):
        parts += ["%s %s %02d:%02d – %s " % (t[2], other_date(lang, 2025, 2025, "iso"), R.randint(7, 20), ch([0, 15, 30, 45]), t[3]),
                  PL_(cr[0] + " " + cr[1][0] + ".", "x") if R.random() < 0.5 else PL_(cr[0], "x"), ": ", t[4], t[5], NG("blood_pressure"),
                  "." if i < 2 else "", "\n" if i < 2 else ""]
    return "homecare_log", lang, parts


# 35 bill of lading with a private notify party
@tpl(2)
def t_bill_of_lading():
    g, f, s = nm(ch(["in", "tr", "pl", "no", "de", "ng", "br"]))
    c = ch(["IN", "TR", "PL", "NO", "DE"])
    parts = ["BILL OF LADING No. ", N("%s%09d" % (ch(["MAEU", "HLCU", "CMDU", "OOLU"]), R.randint(0, 999999999)), "bl_no"),
             "\nShipper: Nordlys Furniture AS, Oslo\nConsignee: TO ORDER\nNotify party: ", PL_((g + " " + f).upper(), "x"), ", ",
             address(c, ", "), ", tel ", phone(c, style="intl"), ", ", mail(g, f),
             "\nVessel/Voyage: ", ch(["MAERSK ELBA", "CMA CGM TAGE", "MSC OSCAR"]), " / ", N("%03dW" % R.randint(1, 999), "voyage"),
             "\nContainer: ", NG("container_iso"), "  Seal: ", N("SL%07d" % R.randint(0, 9999999), "seal_no"), "\nHS code ", NG("hs_code"),
             " — household goods and personal effects, 212 cartons, 4 310 kg, 38.2 m³\nFreight prepaid. Place of issue ", ch(["Oslo", "Hamburg", "Gdynia"]), ", ",
             other_date("en", 2025, 2025)]
    return "bill_of_lading", "en", parts


# 36 pandas DataFrame printed in a notebook / terminal
@tpl(3)
def t_pandas():
    lang = ch(["en", "de", "sv", "fi", "pl", "in", "nl"])
    c = LANG_COUNTRY[lang]
    cols = ch([("name", "dob", "city"), ("name", "email", "signup"), ("name", "phone", "score")])
    parts = [">>> df.head(%d)\n" % R.randint(3, 5), "    " + "  ".join(x.rjust(22) for x in cols) + "\n"]
    for i in range(R.randint(3, 5)):
        g, f, s = nm(lang)
        row = ["%-3d " % i]
        for col in cols:
            if col == "name":
                v = PL_(g + " " + f, lang)
            elif col == "dob":
                v = D(lang, "iso")
            elif col == "city":
                v = N(ch(ADDR[c][1])[0], "city_only")
            elif col == "email":
                v = mail(g, f)
            elif col == "signup":
                v = N(other_date("en", 2021, 2025, "iso"), "signup_date")
            elif col == "phone":
                v = phone(c, style="e164")
            else:
                v = "%.2f" % R.uniform(0, 100)
            w = len(v.value if isinstance(v, L) else (v.text if isinstance(v, N) else v))
            row += [" " * max(1, 22 - w), v, "  "]
        row[-1] = "\n"
        parts += row
    parts += ["\n[%d rows x 3 columns]" % R.randint(100, 90000)]
    return "pandas_output", lang, parts


# 37 choir / orchestra section roster (names only, with and without context)
@tpl(2)
def t_choir_roster():
    lang = ch(["en", "de", "sv", "cs", "fi", "da", "nl"])
    parts = [ch(["Chamber choir — spring concert roster\n", "Kammerchor – Besetzung Frühjahrskonzert\n", "Kammarkören – vårkonsert\n"])]
    for sec in ["Soprano", "Alto", "Tenor", "Bass"]:
        parts.append(sec + ": ")
        k = R.randint(2, 4)
        for j in range(k):
            g, f, s = nm(lang, "F" if sec in ("Soprano", "Alto") else "M")
            v = ch([g + " " + f, g + " " + f[0] + ".", g])
            parts += [PL_(v, lang), ", " if j < k - 1 else "\n"]
    cond = nm(lang)
    parts += ["Conductor: ", PL_(cond[0] + " " + cond[1], lang), " · Accompanist: ", P(lang), "\nRepertoire: ", N(ch(["Brahms Requiem (excerpts)", "Fauré Cantique", "Sibelius: Finlandia hymn", "Dvořák Mass in D"]), "composer_work"),
              " · Rehearsal ", other_date("en", 2025, 2026), " 19:30"]
    return "choir_roster", lang, parts


# 38 card chargeback dispute
@tpl(4)
def t_chargeback():
    lang = ch(["en", "us", "de", "es", "it", "nl"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    parts = [ch(["Chargeback dispute form\n", "Dispute ID "]), N("CB-%08d" % R.randint(0, 10 ** 8 - 1), "dispute_id"), "\n",
             "Cardholder: ", PL_(g + " " + f, lang), "\nCard number: ", card(ch(["visa", "mastercard", "amex", "mastercard2", "discover"])),
             "  Exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry"),
             "\nTransaction: ", other_date(lang, 2025, 2025), ", ", NG("amount"), " at ", ch(["FLYQUICK AIR", "GADGETHUT ONLINE", "HOTEL BELVEDERE"]),
             "\nReason: ", ch(["goods not received", "duplicate charge", "cancelled subscription still billed"]),
             "\nOrder placed from IP ", ip(), " according to the merchant; I was at home at ", address(c, ", "), " that day.",
             "\nContact: ", mail(g, f), ", ", phone(c)]
    if c in ("DE", "ES", "IT", "NL", "GB") and R.random() < 0.6:
        parts += ["\nPlease refund to my account ", iban(c)]
    return "chargeback_dispute", REC_LANG.get(lang, lang), parts


# 39 KYC update form (India, Brazil, Turkey)
@tpl(4)
def t_kyc():
    lang = ch(["in", "in", "br", "tr"])
    g, f, s = nm(lang)
    dl, ymd_ = dob("in" if lang == "in" else ("pt" if lang == "br" else "tr"), lo=1950, hi=2004)
    if lang == "in":
        fg, ff, _ = nm("in", "M")
        parts = ["KYC UPDATION FORM (Individuals)\nName (as per PAN): ", PL_((g + " " + f).upper(), lang), "\nFather's/Spouse's name: ", PL_(fg + " " + ff, lang),
                 "\nDate of Birth: ", dl, "\nPAN: ", gov("pan", s, ymd_, (f,)), "\nAadhaar (last 4 only please!): ", gov("aadhaar"),
                 "\nCorrespondence address: ", address("IN", ", "), "\nMobile: ", phone("IN"), "  Email: ", mail(g, f),
                 "\nCKYC no. ", N("%014d" % R.randint(0, 10 ** 14 - 1), "ckyc_no"), " · Branch IFSC ", N("%s0%06d" % (ch(["HDFC", "SBIN", "ICIC", "UTIB"]), R.randint(0, 999999)), "ifsc")]
        rl = "in"
    elif lang == "br":
        parts = ["Atualização cadastral\nNome completo: ", PL_(g + " " + f, lang), "\nCPF: ", gov("cpf"), "\nData de nascimento: ", dl,
                 "\nEndereço: ", address("BR", ", "), "\nCelular: ", phone("BR", kind="mobile"), "\nE-mail: ", mail(g, f),
                 "\nAgência ", N("%04d" % R.randint(1, 9999), "branch_no"), " Conta ", N("%05d-%d" % (R.randint(0, 99999), R.randint(0, 9)), "account_short")]
        rl = "pt"
    else:
        parts = ["Müşteri bilgi güncelleme formu\nAd Soyad: ", PL_(g + " " + f, lang), "\nT.C. Kimlik No: ", gov("tc_kimlik"), "\nDoğum tarihi: ", dl,
                 "\nAdres: ", address("TR", ", "), "\nCep: ", phone("TR", kind="mobile"), "\nIBAN: ", iban("TR"), "\nE-posta: ", mail(g, f)]
        rl = "tr"
    return "kyc_form", rl, parts


# 40 GDPR data subject access request
@tpl(3)
def t_dsar():
    lang = ch(["en", "de", "fr", "nl", "sv", "pl", "it", "es", "pt", "da", "fi", "cs", "no"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    dl, ymd_ = dob(lang, lo=1950, hi=2004)
    t = {"en": ("Subject access request under Article 15 GDPR", "I, ", ", born ", ", of ", ", ask for a copy of all personal data you hold about me, including my e-mail ", " and phone ", "."),
         "de": ("Auskunftsersuchen nach Art. 15 DSGVO", "Ich, ", ", geboren am ", ", wohnhaft ", ", bitte um Auskunft über alle zu mir gespeicherten Daten, insbesondere zu ", " und ", "."),
         "fr": ("Demande d'accès (article 15 RGPD)", "Je soussigné(e) ", ", né(e) le ", ", demeurant ", ", demande la communication de mes données, notamment liées à ", " et au ", "."),
         "nl": ("Inzageverzoek AVG art. 15", "Ik, ", ", geboren ", ", wonende ", ", verzoek om inzage in al mijn persoonsgegevens, waaronder ", " en ", "."),
         "sv": ("Begäran om registerutdrag enligt GDPR art. 15", "Jag, ", ", född ", ", ", ", begär ett utdrag av alla personuppgifter ni har om mig, bl.a. ", " och ", "."),
         "pl": ("Wniosek o dostęp do danych (art. 15 RODO)", "Ja, ", ", ur. ", ", zam. ", ", wnoszę o kopię moich danych osobowych, w tym ", " oraz ", "."),
         "it": ("Richiesta di accesso ai dati (art. 15 GDPR)", "Io sottoscritto/a ", ", nato/a il ", ", residente in ", ", chiedo copia dei miei dati personali, inclusi ", " e ", "."),
         "es": ("Solicitud de acceso (art. 15 RGPD)", "Yo, ", ", nacido/a el ", ", con domicilio en ", ", solicito una copia de mis datos, incluidos ", " y ", "."),
         "pt": ("Pedido de acesso (art.º 15.º RGPD)", "Eu, ", ", nascido/a a ", ", residente em ", ", solicito cópia dos meus dados pessoais, incluindo ", " e ", "."),
         "da": ("Anmodning om indsigt (GDPR art. 15)", "Jeg, ", ", født ", ", ", ", anmoder om indsigt i alle mine personoplysninger, herunder ", " og ", "."),
         "fi": ("Tietopyyntö (GDPR 15 art.)", "Minä, ", ", syntynyt ", ", osoite ", ", pyydän jäljennöksen henkilötiedoistani, mukaan lukien ", " ja ", "."),
         "cs": ("Žádost o přístup k osobním údajům (čl. 15 GDPR)", "Já, ", ", nar. ", ", bytem ", ", žádám o kopii svých osobních údajů včetně ", " a ", "."),
         "no": ("Innsynsbegjæring etter GDPR art. 15", "Jeg, ", ", født ", ", ", ", ber om innsyn i alle personopplysninger dere har om meg, bl.a. ", " og ", ".")}[lang]
    parts = [t[0], "\n\n", t[1], PL_(g + " " + f, lang), t[2], dl, t[3], address(c, ", "), t[4], mail(g, f), t[5], phone(c), t[6],
             "\nCustomer no. ", N("%d" % R.randint(10 ** 6, 10 ** 8), "customer_no")]
    idk = {"en": "nino", "fr": "nir", "nl": "bsn", "sv": "se_pnr", "pl": "pesel", "it": "codice_fiscale", "es": "dni", "da": "dk_cpr",
           "fi": "fi_hetu", "cs": "cz_rc", "no": "no_fnr", "de": "steuer_id"}.get(lang)
    if lang == "es":
        idk = ch(["dni", "nie"])
    if idk and R.random() < 0.6:
        parts += [" · ID: ", gov(idk, s, ymd_, (f, g))]
    parts += ["\n", PL_(g + " " + f, lang)]
    return "dsar_letter", lang, parts


# 41 replacement bank card letter
@tpl(3)
def t_card_letter():
    lang = ch(["en", "de", "nl", "sv", "es"])
    c = LANG_COUNTRY[lang]
    g, f, s = nm(lang)
    t = {"en": ("Your replacement card", "Dear ", "your new card ending as below replaces card ", ". Card number: ", ". Activate it in the app. The PIN arrives separately."),
         "de": ("Ihre Ersatzkarte", "Guten Tag ", "Ihre neue Karte ersetzt die Karte ", ". Kartennummer: ", ". Bitte aktivieren Sie sie in der App."),
         "nl": ("Uw vervangende betaalpas", "Beste ", "uw nieuwe pas vervangt pas ", ". Kaartnummer: ", ". Activeer de pas in de app."),
         "sv": ("Ditt ersättningskort", "Hej ", "ditt nya kort ersätter kort ", ". Kortnummer: ", ". Aktivera kortet i appen."),
         "es": ("Su tarjeta de sustitución", "Estimado/a ", "su nueva tarjeta sustituye a la tarjeta ", ". Número de tarjeta: ", ". Actívela en la app.")}[lang]
    a = address(c, "\n")
    if R.random() < 0.3:
        a = L("address", a.value.upper(), sub=c)
    parts = [PL_((g + " " + f).upper(), lang), "\n", a,
             "\n\n", t[0], "\n", t[1], PL_(g, lang), ",\n", t[2], NG("masked_card"), t[3], card(ch(["visa", "mastercard", "maestro"])), t[4]]
    return "card_letter", lang, parts


# ---------------------------------------------------------------- clean templates (no label)
@tpl(3, clean=True)
def c_kubectl():
    app = ch(["billing-api", "search", "thumbnailer", "cron-runner"])
    parts = ["$ kubectl describe pod ", app, "-", rnd(R, "bcdfghjklmnpqrstvwxz2456789", 10), "-", rnd(R, "bcdfghjklmnpqrstvwxz2456789", 5), "\n",
             "Namespace:    staging\nNode:         ip-", N("10-0-%d-%d" % (R.randint(1, 250), R.randint(1, 250)), "private_ip_hostname"), ".eu-west-1.compute.internal\n",
             "Start Time:   ", NG("timestamp"), "\nIP:           ", N("10.244.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "private_ip"),
             "\nContainers:\n  ", app, ":\n    Image ID:  docker.io/library/", app, "@", NG("sha256"), "\n    Container ID: containerd://", N(rnd(R, HEX, 64), "container_id"),
             "\n    Environment:\n      DB_PASSWORD:  <set to the key 'password' in secret '", app, "'>\n      API_TOKEN:    <set to the key 'token' in secret 'upstream'>\n",
             "      LOG_LEVEL:    debug\n    Limits:  cpu: 500m  memory: 512Mi\nEvents:\n  Warning  BackOff  2m (x", str(R.randint(3, 40)), " over 10m)  kubelet  Back-off restarting failed container\n",
             "Owner reference uid: ", NG("uuid")]
    return "kubectl", "en", parts


@tpl(2, clean=True)
def c_terraform():
    parts = ["  # aws_iam_role_policy_attachment.ci will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n",
             "      ~ password = (sensitive value)\n      ~ instance_class = \"db.t3.medium\" -> \"db.t3.large\"\n",
             "        id = \"", N("prod-db-" + rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 8), "resource_id"), "\"\n",
             "        role_arn = \"", NG("arn"), "\"\n        tags = { \"Owner\" = \"platform-team\", \"CostCenter\" = \"", N("CC-%04d" % R.randint(0, 9999), "cost_center"), "\" }\n",
             "      + ingress { cidr_blocks = [\"", NG("cidr"), "\"], from_port = 5432 }\n    }\n",
             "  variable \"db_password\" { sensitive = true, default = \"", NG("placeholder"), "\" }\n",
             "Plan: 0 to add, 1 to change, 0 to destroy. Saved as ", N("tfplan-" + rnd(R, HEX, 8), "plan_file")]
    return "terraform_plan", "en", parts


@tpl(2, clean=True)
def c_haproxy():
    lines = []
    for _ in range(R.randint(2, 4)):
        src = ch([N("127.0.0.1", "loopback"), N("10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "private_ip"), N("172.17.0.%d" % R.randint(2, 30), "private_ip")])
        lines += ["haproxy[%d]: " % R.randint(1000, 40000), src, ":%d [%02d/May/2025:%02d:%02d:%02d.%03d] fe_http be_app/app%d 0/0/0/%d/%d 200 %d - - ---- \"" % (
            R.randint(1024, 65535), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(1, 4),
            R.randint(1, 80), R.randint(1, 90), R.randint(100, 9000)),
            ch(["GET /healthz HTTP/1.1\"", "GET /metrics HTTP/1.1\"", "GET /static/app." + rnd(R, HEX, 10) + ".css HTTP/1.1\"",
                "GET /api/items?sku=" + "SKU-%05d" % R.randint(0, 99999) + "&page=2 HTTP/1.1\""]), "\n"]
    lines += ["haproxy ", NG("version4"), " (", NG("git_sha"), ") reloaded"]
    return "haproxy_log", "en", lines


@tpl(3, clean=True)
def c_mysql_products():
    rows = []
    for i in range(R.randint(3, 5)):
        rows.append([str(R.randint(100, 9999)), N("SKU-%s-%04d" % (rnd(R, string.ascii_uppercase, 3), R.randint(0, 9999)), "sku"), NG("ean13"),
                     "%d.%02d" % (R.randint(1, 900), R.randint(0, 99)), str(R.randint(0, 400))])
    parts = ["mysql> SELECT id, sku, ean, price, stock FROM products WHERE stock < 400;\n"] + _table(["id", "sku", "ean", "price", "stock"], rows) + \
        ["%d rows in set, 1 warning (0.01 sec)" % len(rows)]
    return "mysql_result", "en", parts


@tpl(2, clean=True)
def c_med_leaflet():
    lang = ch(["en", "de", "nl"])
    parts = [{"en": "Patient information: after your procedure\n", "de": "Patienteninformation nach dem Eingriff\n", "nl": "Informatie na uw ingreep\n"}[lang],
             "Ward 7B visiting hours 14:00–19:00. Normal blood pressure is about ", NG("blood_pressure"), ". Conditions we see often: ", EP("med"), ", ", EP("med"),
             ", ", EP("medproc"), ".\nIn an emergency call ", NG("phone_short"), ". Your follow-up appointment is on ", other_date(lang, 2025, 2026),
             " (bring your appointment letter ", N("APT-%06d" % R.randint(0, 999999), "appointment_no"), ").\nPaediatric scoring uses the ", N("Apgar score", "eponym_med"), "."]
    return "patient_leaflet", lang, parts


@tpl(3, clean=True)
def c_chess_notes():
    o1, o2 = R.sample(EPONYMS["chess"], 2)
    parts = ["Opening prep for Saturday: against 1.e4 we play the ", N(o1, "eponym_chess"), "; against 1.d4 the ", N(o2, "eponym_chess"), ".\n",
             "Key line: 1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5\n",
             "FEN after move 10: ", N("r1bqkb1r/1p3ppp/p1nppn2/8/3NP3/2N1B3/PPP1BPPP/R2QK2R w KQkq - 0 %d" % R.randint(7, 11), "fen"), "\n",
             "Team ratings: board 1 ", NG("elo"), ", board 2 ", NG("elo"), ", board 3 ", NG("elo"), ". Match starts ", other_date("en", 2025, 2026), " 10:00, ",
             N(ch(["Room Turing", "Hall Capablanca", "the Tal room"]), "room_eponym"), "."]
    return "chess_notes", "en", parts


@tpl(2, clean=True)
def c_museum_info():
    lang = ch(["en", "sv", "da", "nl", "no"])
    parts = [ch(["Opening hours", "Öppettider", "Åbningstider", "Openingstijden", "Åpningstider"]), ": Tue–Sun 10–17, Thu until 21.\n",
             "Now showing at the ", N(R.choice(EPONYMS["place"][1:5]), "eponym_place"), ": prints and drawings, 1890–1910. Also visit: ", N(R.choice(EPONYMS["place"][5:]), "eponym_place"), ".\n",
             "Membership: ", NG("amount"), " per year, students ", NG("amount"), ". Gift card codes look like ", N("GC-%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999)), "gift_code"),
             ".\nAudio guide ", NG("semver"), " · catalogue ISBN ", NG("isbn13")]
    return "museum_info", lang, parts


@tpl(2, clean=True)
def c_moving_checklist():
    parts = ["Moving checklist (week ", str(R.randint(1, 52)), ")\n- book lift for ", other_date("en", 2025, 2026), " 08:00–12:00\n- ", str(R.randint(20, 80)),
             " boxes, ", str(R.randint(2, 9)), " wardrobes, piano (", str(R.randint(180, 320)), " kg)\n- quote ", NG("order_no"), ": ", NG("amount"),
             "\n- meter readings: power ", str(R.randint(10000, 99999)), " kWh, water ", str(R.randint(100, 999)), ".", str(R.randint(100, 999)), " m³\n- parking permit ",
             N("PP-%d/%05d" % (R.randint(2024, 2026), R.randint(0, 99999)), "permit_no"), "\n- ", N(ch(["Will", "Mark", "Bill"]) + " the ", "name_as_word"),
             ch(["removal firm tell us the time?", "boxes by room, please", "landlord for the extra cleaning?"])]
    if parts[-2].text.startswith("Will"):
        parts[-1] = "removal firm tell us the time?"
    elif parts[-2].text.startswith("Mark"):
        parts[-1] = "boxes by room, please"
    else:
        parts[-1] = "landlord for the extra cleaning"
    return "checklist", "en", parts


@tpl(3, clean=True)
def c_router_status():
    parts = ["Router status\nModel: ", ch(["FRITZ!Box 7530", "Archer C6", "Speedport Smart 4"]), "  Firmware ", NG("version4"), "\nUptime: ",
             str(R.randint(1, 90)), " days\nLAN: ", NG("gateway_ip"), " / ", NG("netmask"), "\nDNS: ", N("127.0.0.53", "loopback"),
             "\nWAN MAC: ", NG("mac"), "\nDHCP leases: ", str(R.randint(3, 30)), " (", N("192.168.1.%d" % R.randint(100, 199), "private_ip"), " … ",
             N("192.168.1.%d" % R.randint(200, 250), "private_ip"), ")\nPort forwarding: ", NG("port_range"), " → NAS\nWi-Fi password: ", N(ch(["********", "(hidden)", "•••••••••"]), "placeholder"),
             " (see sticker on the back)"]
    return "router_status", "en", parts


@tpl(3, clean=True)
def c_docker_clean():
    parts = ["$ docker run -d --env-file .env \\\n  -e POSTGRES_PASSWORD=", N("${POSTGRES_PASSWORD}", "placeholder"), " \\\n  -e API_KEY=", N("<YOUR_API_KEY>", "placeholder"),
             " \\\n  -e STRIPE_PUBLISHABLE_KEY=", NG("pk_live"), " \\\n  -p ", ch(["127.0.0.1:5432:5432", "8080:80"]), " \\\n  ",
             ch(["postgres:16", "nginx:1.27"]), "@", NG("sha256"), "\n", N(rnd(R, HEX, 64), "container_id"), "\n$ docker ps --format '{{.ID}} {{.Status}}'\n",
             NG("container_id"), " Up ", str(R.randint(2, 59)), " seconds (healthy)"]
    return "docker_run", "en", parts


@tpl(2, clean=True)
def c_ssh_clean():
    parts = ["Host *.internal\n    User ops\n    IdentityFile ~/.ssh/id_ed25519\n    ProxyJump bastion.example.net\nHost ci-runner\n    HostName ",
             N("10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 250), R.randint(2, 250)), "private_ip"),
             "\n    LocalForward 5432 ", N("127.0.0.1", "loopback"), ":5432\n\n# ~/.ssh/id_ed25519.pub\n", NG("ssh_pubkey"), "\n# known host fingerprint ", NG("host_fp")]
    return "ssh_config", "en", parts


@tpl(2, clean=True)
def c_bol_clean():
    parts = ["BILL OF LADING ", N("%s%09d" % (ch(["MAEU", "HLCU", "CMDU"]), R.randint(0, 999999999)), "bl_no"), "\nShipper: Kivitek Oy, Tampere\nConsignee: Sardegna Systems S.r.l., Cagliari\n",
             "Notify: same as consignee\nContainers: ", NG("container_iso"), ", ", NG("container_iso"), "\nHS ", NG("hs_code"), " — server racks, 14 pallets, ",
             str(R.randint(2000, 9000)), " kg\nETD ", other_date("en", 2025, 2026), " · ETA ", other_date("en", 2025, 2026), "\nTracking ",
             N("1Z%s%010d" % (rnd(R, string.ascii_uppercase + string.digits, 6), R.randint(0, 10 ** 10 - 1)), "tracking"), " · Incoterms FOB ", ch(["Helsinki", "Gdynia", "Rotterdam"])]
    return "bill_of_lading", "en", parts


@tpl(3, clean=True)
def c_pandas_clean():
    cols = ch([("station", "temp_c", "wind_bft"), ("sku", "units", "revenue"), ("week", "signups", "churn_pct")])
    parts = [">>> df.describe()\n" if R.random() < 0.3 else ">>> df.tail()\n", "      " + "  ".join(x.rjust(14) for x in cols) + "\n"]
    for i in range(R.randint(3, 5)):
        row = "%-5d " % R.randint(0, 900)
        for col in cols:
            v = {"station": ch(["Bergen", "Tromsø", "Oulu", "Visby", "Brno"]), "temp_c": "%.1f" % R.uniform(-20, 30), "wind_bft": str(R.randint(0, 9)),
                 "sku": "SKU-%05d" % R.randint(0, 99999), "units": str(R.randint(0, 900)), "revenue": "%.2f" % R.uniform(0, 90000),
                 "week": "2025-W%02d" % R.randint(1, 52), "signups": str(R.randint(0, 5000)), "churn_pct": "%.2f" % R.uniform(0, 9)}[col]
            row += " " * (14 - len(v)) + v + "  "
        parts.append(row.rstrip() + "\n")
    parts += ["Name: ", cols[1], ", dtype: float64 · index ", NG("uuid")]
    return "pandas_output", "en", parts


@tpl(3, clean=True)
def c_ooo_generic():
    lang = ch(["en", "de", "nl", "fr", "sv", "da", "fi", "no"])
    t = {"en": "Our office is closed from %s until %s. Support tickets are handled via the portal; your ticket number is %s. For power cuts call %s.",
         "de": "Unser Büro ist vom %s bis %s geschlossen. Ihre Anfrage hat die Nummer %s. Bei Notfällen: %s.",
         "nl": "Ons kantoor is gesloten van %s tot en met %s. Uw ticketnummer is %s. Bij nood: %s.",
         "fr": "Nos bureaux sont fermés du %s au %s. Votre numéro de ticket : %s. Urgences : %s.",
         "sv": "Kontoret är stängt %s–%s. Ditt ärendenummer är %s. Vid nödsituation ring %s.",
         "da": "Kontoret er lukket fra %s til %s. Dit sagsnummer er %s. Ved nødsituationer ring %s.",
         "fi": "Toimisto on suljettu %s–%s. Tikettinumerosi on %s. Hätätilanteessa soita %s.",
         "no": "Kontoret er stengt fra %s til %s. Saksnummeret ditt er %s. Ved nødstilfeller ring %s."}[lang]
    pieces = t.split("%s")
    vals = [other_date(lang, 2025, 2025), other_date(lang, 2026, 2026), NG("order_no"), NG("phone_short")]
    parts = []
    for i, pc in enumerate(pieces):
        parts.append(pc)
        if i < len(vals):
            parts.append(vals[i])
    parts.append("\n" + {"en": "Happy holidays!", "de": "Frohe Feiertage!", "nl": "Prettige feestdagen!", "fr": "Joyeuses fêtes !", "sv": "God jul!",
                          "da": "Glædelig jul!", "fi": "Hyvää joulua!", "no": "God jul!"}[lang])
    return "out_of_office", lang, parts


NAME_WORDS = [
    ("en", ["Will the swim school open a second Saturday class?", "Please mark the invoice as paid and file it.", "Bill the client for the extra hour.",
            "Frank feedback welcome — the draft is rough.", "Grace period ends on Friday.", "Hope this helps!", "Rose gold or silver for the frame?",
            "We parked near the Holly Bush pub.", "Jack the car up before removing the wheel.", "Sterling dropped against the euro again.",
            "Dawn raid by the regulator? No, just an audit.", "Ivy is covering the north wall of the cottage.", "Chase the supplier about the missing pallets.",
            "Summer timetable starts in June.", "Crystal clear instructions, thanks.", "Victoria sponge for the bake sale, obviously."]),
    ("de", ["Das war ernst gemeint, nicht als Scherz.", "Frank und frei gesagt: der Entwurf ist zu lang.", "Die Rose im Garten blüht schon.",
            "Das Wetter in Franken ist heute herbstlich.", "Heinz Ketchup ist aus, bitte mitbringen."]),
    ("nl", ["Roos, tulp of narcis voor de tafel?", "Mark de bijlage als gelezen.", "Het Willemsplein is afgesloten."]),
    ("sv", ["Björnbär och lingon i skogen.", "Sommaren kom tidigt i år."]),
    ("da", ["Karen-kager til kaffen?", "Sommerhuset ved Skagen er ledigt."]),
    ("it", ["Tanti auguri e buon Natale!", "La Rosa dei venti è sul muro."]),
    ("es", ["Dolores de cabeza por el calor.", "Rosario de la Aurora es un barrio, no una persona."]),
    ("fi", ["Kaisaniemen puisto on kaunis keväällä."]),
]


@tpl(4, clean=True)
def c_name_words():
    lang, sents = ch(NAME_WORDS)
    k = min(len(sents), R.randint(2, 4))
    parts = []
    for sn in R.sample(sents, k):
        parts += [N(sn, "name_as_word"), "\n"]
    parts += ["Ref ", NG(ch(["order_no", "uuid", "semver"]))]
    return "note", lang, parts


@tpl(3, clean=True)
def c_insurance_clean():
    parts = ["Quote summary ", NG("policy_no"), "\nVehicle: ", ch(["Škoda Enyaq 85", "Volvo V60 B4", "Renault Clio TCe 90", "Tesla Model 3 RWD"]),
             ", VIN ", NG("vin"), ", plate ", NG("plate"), "\nNo-claims years: ", str(R.randint(0, 15)), " · Annual mileage ", str(R.randint(5, 30) * 1000), " km\n",
             "Premium: ", NG("amount"), " · excess ", NG("amount"), "\nPayment card on file: ", NG("masked_card"), "\nStart date: ", other_date("en", 2025, 2026),
             "\nTest card in our sandbox: ", NG("luhn_fail"), " (fails Luhn, rejected)"]
    return "insurance_quote", "en", parts


@tpl(3, clean=True)
def c_court_docket():
    lang = ch(["en", "de", "nl", "no"])
    parts = [{"en": "Cause list — Courtroom %d\n", "de": "Sitzungsplan – Saal %d\n", "nl": "Zittingsrol – zaal %d\n", "no": "Berammingsliste – sal %d\n"}[lang] % R.randint(1, 12)]
    for i in range(R.randint(2, 4)):
        parts += ["%02d:%02d  " % (R.randint(9, 15), ch([0, 15, 30, 45])), NG("case_no"), "  ",
                  ch(["Acme Logistics Ltd v Nordlys Energy AS", "Stadtwerke Kassel GmbH ./. Bauhaus Nord KG", "Gemeente Utrecht / Zwartjes Bouw B.V.", "Equinor ASA mot Staten v/ Finansdepartementet"]),
                  "\n"]
    parts += ["Published decision: ", NG("ecli"), " (", other_date(lang, 2023, 2025), ")"]
    return "court_docket", lang, parts


@tpl(3, clean=True)
def c_references():
    parts = ["References\n[1] Attention is all you need. NeurIPS 2017. ", NG("arxiv"), "\n[2] ", EP("tech"), " revisited. ", ch(["SIGMOD", "VLDB", "ICML"]), " ",
             str(R.randint(2015, 2025)), ". doi:", NG("doi"), "\n[3] Handbook of Applied Cryptography, ISBN ", NG("isbn13"), "\n",
             "Code: ", N("github.com/" + ch(["kivitek", "fjord-labs", "nordlys-ai"]) + "/" + ch(["sparse-attn", "lowres-asr", "fedshift"]), "repo_url"), " @ ", NG("git_sha"),
             "\nData: ", N("CC-BY-4.0", "licence"), ", checksums ", NG("sha256")]
    return "references", "en", parts


@tpl(2, clean=True)
def c_listing_clean():
    lang, intro = ch([("en", "Bright 3-room flat near "), ("de", "Helle 3-Zimmer-Wohnung nahe "), ("sv", "Ljus trea nära "),
                      ("nl", "Licht 3-kamerappartement bij "), ("da", "Lys 3-værelses nær ")])
    parts = [intro,
             N(ch(["Vigeland Park", "Karl-Marx-Allee", "Vondelpark", "Tivoli Gardens", "Charles Bridge"]), "eponym_place"), "\n",
             str(R.randint(55, 120)), " m², ", str(R.randint(1, 6)), ". floor, lift, balcony facing south. Energy class ", ch("ABCD"), ".\n",
             "Price ", NG("amount"), " · monthly fee ", NG("amount"), " · listing ", N("LST-%06d" % R.randint(0, 999999), "listing_id"),
             "\nOpen house ", other_date("en", 2025, 2026), " 12:00–13:00 (no booking needed). GPS ", NG("coords")]
    return "realestate_listing", lang, parts


@tpl(3, clean=True)
def c_id_lookalikes():
    """Numbers shaped like ids, cards, IBANs and phones that fail their
    checks or are not personal."""
    n, let = dni_random(R)
    bad_let = DNI_LETTERS[(DNI_LETTERS.index(let) + R.randint(1, 22)) % 23]
    while True:
        p = str(R.randint(10, 99)) + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + digits(R, 5)
        if not pesel_ok(p):
            break
    while True:
        b = str(R.randint(1, 6)) + digits(R, 8)
        if not bsn_ok(b):
            break
    parts = ["Validation unit tests — all of these must be REJECTED:\n",
             "  dni:    ", N(n + bad_let, "dni_badcheck"), "\n  pesel:  ", N(p, "pesel_badcheck"), "\n  bsn:    ", N(b, "bsn_badcheck"),
             "\n  card:   ", NG("luhn_fail"), "\n  iban:   ", NG("iban_badcheck"), "\n  phone:  ", NG("phone_bad"),
             "\n  ipv4:   ", N("%d.%d.%d.%d" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)), "octet_gt_255"),
             "\n  imei-ish: ", N(luhn_complete_(digits(R, 14)), "imei"), " (valid Luhn, but a device id)\nRun ", NG("uuid")]
    return "unit_test_output", "en", parts


def luhn_complete_(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


@tpl(2, clean=True)
def c_reset_template():
    parts = ["<!-- templates/email/password_reset.html -->\n<p>Hi {{ user.first_name }},</p>\n<p>We received a request from {{ request.ip }} to reset your password.</p>\n",
             "<a href=\"https://accounts.example.com/reset?token={{ token }}\">Reset password</a>\n<p>The link expires in {{ ttl_minutes }} minutes.</p>\n",
             "{# test fixture: token=", N("test-token-000000", "placeholder"), ", ip=", N("127.0.0.1", "loopback"), " #}\nTemplate id ", NG("uuid"), ", last edited ", NG("timestamp")]
    return "email_template", "en", parts


@tpl(2, clean=True)
def c_access_health():
    parts = ["Access control — system health\n"]
    for i in range(R.randint(3, 5)):
        parts += [NG("timestamp"), "  reader ", N("RDR-%02d" % R.randint(1, 40), "device_id"), " (", ch(["Main entrance", "Server room B2", "Loading dock", "Bike cellar"]), ")  ",
                  ch(["online", "OFFLINE – tamper alarm", "firmware updated to " + NEG["semver"](), "door held open 45 s"]), "  mac ", NG("mac"), "\n"]
    parts += ["Badges issued this month: ", str(R.randint(3, 80)), " · pool cards in use: VISITOR 01–12"]
    return "access_log", "en", parts


@tpl(2, clean=True)
def c_school_trip_info():
    lang = ch(["en", "de", "fr", "nl", "da"])
    parts = [{"en": "Year 8 trip – information for parents\n", "de": "Klassenfahrt – Elterninformation\n", "fr": "Sortie scolaire – informations aux familles\n",
              "nl": "Schoolreis – informatie voor ouders\n", "da": "Lejrskole – information til forældre\n"}[lang],
             "Departure ", other_date(lang, 2025, 2026), " 07:45, return 18:30. Cost ", NG("amount"), " (pay by ", other_date(lang, 2025, 2026), ").\n",
             "Packing list: rain jacket, packed lunch, max ", NG("amount"), " pocket money. Coach company ref ", NG("order_no"), ".\n",
             "Emergency number during the trip: school office (see planner). In an emergency abroad dial ", NG("phone_short"), "."]
    return "info_letter", lang, parts


@tpl(2, clean=True)
def c_ci_masked():
    parts = ["Run actions/checkout@", NG("git_sha"), "\nRun docker/login-action@v3\n  with:\n    registry: ghcr.io\n    username: ${{ github.actor }}\n    password: ***\n",
             "Login Succeeded!\nRun ./deploy.sh --env prod\n  TOKEN: ***\n  AWS_ROLE_ARN: ", NG("arn"), "\n+ kubectl set image deploy/api api=ghcr.io/kivitek/api@", NG("sha256"),
             "\ndeployment.apps/api image updated\nRunner: ", N("10.1.%d.%d" % (R.randint(0, 250), R.randint(2, 250)), "private_ip"), " · job ", NG("uuid"),
             "\nArtifact size ", str(R.randint(2, 900)), " MB · duration ", "%dm%02ds" % (R.randint(0, 20), R.randint(0, 59))]
    return "ci_log", "en", parts


@tpl(2, clean=True)
def c_birth_stats():
    lang = ch(["en", "sv", "no", "da", "fi"])
    parts = [{"en": "Maternity unit — monthly statistics\n", "sv": "BB-statistik per månad\n", "no": "Fødeavdelingen – månedsstatistikk\n",
              "da": "Fødeafdelingen – månedsstatistik\n", "fi": "Synnytysosasto – kuukausitilasto\n"}[lang],
             "Births: ", str(R.randint(120, 480)), " (twins ", str(R.randint(1, 9)), ")\nMedian weight ", str(R.randint(3200, 3700)), " g, median length ", str(R.randint(49, 52)), " cm\n",
             "Apgar ≥ 7 at 5 min: ", "%.1f %%" % R.uniform(95, 99.5), "\nBusiest day: ", other_date(lang, 2024, 2025), " (", str(R.randint(18, 30)), " births)\nReport ", NG("uuid")]
    return "statistics", lang, parts


@tpl(2, clean=True)
def c_pet_clinic_info():
    parts = ["Adoption day at the shelter!\n", N(ch(["Biscuit", "Muffin", "Pelle", "Kasimir"]), "pet_name"), " (3 yrs, microchip ", NG("microchip"), ") and ",
             N(ch(["Nugget", "Tofu", "Sokken", "Pepper"]), "pet_name"), " (8 months) are looking for a home. Vaccinated, neutered, adoption fee ", NG("amount"),
             ".\nOpen ", other_date("en", 2025, 2026), " 11:00–15:00. Bring ID and proof of address; we never ask for card details by e-mail."]
    return "shelter_notice", "en", parts


# ---------------------------------------------------------------- assembly
WRAP = [("en", "Can you tidy up the formatting of this?\n\n"), ("en", "Summarise this in two sentences:\n"), ("en", "What is wrong here?\n```\n"),
        ("de", "Kannst du das bitte ins Englische übersetzen?\n\n"), ("fr", "Peux-tu vérifier ce document ?\n\n"), ("es", "¿Me ayudas a revisar esto?\n\n"),
        ("nl", "Kun je dit controleren op fouten?\n\n"), ("sv", "Kan du sammanfatta det här?\n\n"), ("pl", "Czy możesz to przetłumaczyć?\n\n")]


def make_record(i, fn):
    form, lang, parts = fn()
    if R.random() < 0.18:
        wl, w = ch(WRAP)
        parts = [w] + list(parts) + (["\n```"] if w.endswith("```\n") else [])
    return build("heldout-g-%05d" % i, form, lang, parts)


def weighted(pool, n):
    ws = [w for w, _ in pool]
    return [fn for _, fn in pool] + R.choices([fn for _, fn in pool], weights=ws, k=n - len(pool))


def generate():
    R.seed(SEED)
    PHONE_LOG.clear()
    slots = [(fn, False) for fn in weighted(LABELLED, NREC - NCLEAN)] + [(fn, True) for fn in weighted(CLEAN, NCLEAN)]
    R.shuffle(slots)
    recs = []
    for i, (fn, clean) in enumerate(slots):
        rec = make_record(i, fn)
        assert bool(rec["spans"]) != clean, (fn.__name__, rec)
        recs.append(rec)
    return recs


def verify(recs):
    """Re-checks every span and checksum; returns the phone items."""
    phones = []
    for r in recs:
        check_record(r)
        for sp in r["spans"]:
            v = sp["value"]
            if sp["type"] == "card":
                d = "".join(c for c in v if c.isdigit())
                assert luhn_ok(d), v
            elif sp["type"] == "iban":
                c = "".join(ch_ for ch_ in v if ch_.isalnum()).upper()
                assert iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]], v
            elif sp["type"] == "gov_id":
                assert GOV_CHECK[sp["sub"]](v), (sp, r["id"])
            elif sp["type"] == "phone":
                phones.append((v, sp["region"], sp.get("plan", "")))
    return phones


def main():
    recs = generate()
    phones = verify(recs)
    bad = pv_check(phones)
    if bad:
        print("\n".join(bad))
        raise SystemExit("%d phones rejected by libphonenumber" % len(bad))
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        old_recs = [json.loads(x) for x in old.splitlines()]
        verify(old_recs)
        if old != text:
            raise SystemExit("heldout7.jsonl differs from what the generator writes")
        print("heldout7.jsonl matches; %d records, checksums ok%s" % (len(recs), "" if bad is None else ", %d phones valid" % len(phones)))
        return
    write_jsonl(OUT, recs)
    from collections import Counter
    cnt = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("wrote %s: %d records, %d clean, %d labels %s" % (os.path.basename(OUT), len(recs), sum(1 for r in recs if not r["spans"]),
                                                          sum(cnt.values()), dict(cnt.most_common())))
    if bad is None:
        print("note: /tmp/pv/pv missing, phones not re-validated")


if __name__ == "__main__":
    main()
