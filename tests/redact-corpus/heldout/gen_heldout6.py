#!/usr/bin/python3
"""Held-out part 6 of the redaction corpus (heldout6.jsonl).

Written by a helper that saw only ../README.md, ../corpuslib.py and the list
of forms parts 1-5 use (heldout/README.md); not the redactor, its docs, its
tests or the other generators. Own templates, document forms, name, street
and city lists. Deterministic (seed 60613).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout6.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout6.py --check   # verify
"""
import json
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

SEED = 60613
OUT = os.path.join(HERE, "heldout6.jsonl")
TOTAL, CLEAN = 800, 200
R = random.Random(SEED)

# ------------------------------------------------------------------ registry
LABELLED, CLEANS = [], []


def tpl(weight, clean=False):
    def deco(f):
        (CLEANS if clean else LABELLED).append((weight, f))
        return f
    return deco


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ------------------------------------------------------------------ phones
# National layouts written from each country's usual print conventions.

def _sp(s, sizes, sep=" "):
    return sep.join(C.split_groups(s, sizes))


def _pairs_from_end(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return out


TR_MOBILE = ["532", "533", "535", "536", "537", "538", "542", "543", "544", "545",
             "505", "506", "507", "552", "553", "555"]
KE_MOBILE = ["710", "712", "720", "722", "733", "791", "795"]
NG_MOBILE = ["803", "805", "806", "807", "813", "816", "703", "706", "809"]


def _nsn(region, kind=None):
    if region == "TR":
        return 90, "0", "mobile", pick(TR_MOBILE) + C.nz(R, 7)
    if region == "KE":
        return 254, "0", "mobile", pick(KE_MOBILE) + C.digits(R, 6)
    if region == "NG":
        return 234, "0", "mobile", pick(NG_MOBILE) + C.nz(R, 7)
    while True:  # ranges libphonenumber showed unassigned (overseas FR 0639)
        cc, trunk, k, n = C.phone_nsn(R, region, kind)
        if not (region == "FR" and n.startswith("639")):
            return cc, trunk, k, n


def _national(region, kind, n, trunk):
    """The number as dialled at home, in the country's print layout."""
    t = trunk
    if region in ("US", "CA"):
        return pick(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                     "%s.%s.%s" % (n[:3], n[3:6], n[6:]), "1-%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if region == "GB":
        if n.startswith("7"):
            return pick(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
        if n.startswith("20"):
            return "020 %s %s" % (n[2:6], n[6:])
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if region in ("DE", "AT"):
        if kind.startswith("mobile"):
            a = 3
        elif kind == "vienna":
            a = 1
        elif kind == "berlin" or n[:2] in ("89", "40", "69"):
            a = 2
        else:
            a = 3
        return pick(["0%s %s" % (n[:a], n[a:]), "0%s/%s" % (n[:a], n[a:]), "(0%s) %s" % (n[:a], n[a:]),
                     "0%s-%s" % (n[:a], n[a:])])
    if region == "CH":
        return "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    if region == "FR":
        g = _pairs_from_end("0" + n)
        return pick([" ", ".", "\u00a0"]).join(g)
    if region == "BE":
        if n.startswith("4"):
            return "0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
        return "0%s %s %s %s" % (n[:1], n[1:4], n[4:6], n[6:])
    if region == "NL":
        if n.startswith("6"):
            return pick(["06-%s" % n[1:], "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]), "06%s" % n[1:]])
        return pick(["0%s-%s" % (n[:2], n[2:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])])
    if region == "ES":
        if n[0] in "67":
            return pick([_sp(n, [3, 3, 3]), _sp(n, [3, 2, 2, 2])])
        return _sp(n, [2, 3, 2, 2])
    if region == "PT":
        return _sp(n, [3, 3, 3])
    if region == "IT":
        if n.startswith("3"):
            return pick([_sp(n, [3, 3, 4]), _sp(n, [3, 7]), "%s-%s" % (n[:3], n[3:])])
        return pick([_sp(n, [2, 4, 4]), "%s %s" % (n[:2], n[2:])])
    if region == "PL":
        if kind == "mobile":
            return pick([_sp(n, [3, 3, 3]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
        return _sp(n, [2, 3, 2, 2])
    if region == "IE":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if region == "SE":
        return pick(["0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
    if region == "IN":
        return pick(["0%s %s" % (n[:5], n[5:]), "%s %s" % (n[:5], n[5:]), "%s-%s" % (n[:5], n[5:]), n])
    if region == "BR":
        return pick(["(%s) %s-%s" % (n[:2], n[2:-4], n[-4:]), "(0%s) %s-%s" % (n[:2], n[2:-4], n[-4:]),
                     "%s %s-%s" % (n[:2], n[2:-4], n[-4:])])
    if region == "MX":
        return "%s %s %s" % (n[:2], n[2:6], n[6:])
    if region == "AU":
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "ZA":
        return "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if region == "TR":
        return pick(["0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]),
                     "0%s %s" % (n[:3], n[3:])])
    if region == "KE":
        return "0%s %s" % (n[:3], n[3:])
    if region == "NG":
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if region == "SG":
        return "%s %s" % (n[:4], n[4:])
    if region == "HK":
        return "%s %s" % (n[:4], n[4:])
    if region == "CN":
        return "%s %s %s" % (n[:3], n[3:7], n[7:])
    if region == "RU":
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    return t + n


def _intl_groups(region, kind, n):
    if region in ("US", "CA"):
        return [n[:3], n[3:6], n[6:]]
    if region == "FR":
        return [n[:1]] + [n[i:i + 2] for i in range(1, 9, 2)]
    if region == "GB":
        if n.startswith("20"):
            return [n[:2], n[2:6], n[6:]]
        return [n[:4], n[4:]] if n.startswith("7") else [n[:3], n[3:6], n[6:]]
    if region == "IN":
        return [n[:5], n[5:]]
    if region in ("ES", "PT", "PL") and len(n) == 9:
        return [n[:3], n[3:6], n[6:]]
    if region == "NL":
        return [n[:1], n[1:]] if n.startswith("6") else [n[:2], n[2:]]
    if region == "SE":
        return [n[:2], n[2:5], n[5:7], n[7:]]
    if region == "TR":
        return [n[:3], n[3:6], n[6:8], n[8:]]
    if region == "DE":
        a = 3 if kind.startswith("mobile") else 2
        return [n[:a], n[a:]]
    if region == "BR":
        return [n[:2], n[2:-4], n[-4:]]
    if region == "IT":
        return [n[:3], n[3:6], n[6:]] if n.startswith("3") else [n[:2], n[2:6], n[6:]]
    if region == "IE":
        return [n[:2], n[2:5], n[5:]]
    if region == "CH":
        return [n[:2], n[2:5], n[5:7], n[7:]]
    if region == "BE":
        return [n[:3], n[3:5], n[5:7], n[7:]] if n.startswith("4") else [n[:1], n[1:4], n[4:6], n[6:]]
    if region in ("ZA", "NG"):
        return [n[:2], n[2:5], n[5:]] if region == "ZA" else [n[:3], n[3:6], n[6:]]
    if region in ("JP", "MX"):
        return [n[:2], n[2:6], n[6:]]
    if region == "KE":
        return [n[:3], n[3:]]
    if region == "RU":
        return [n[:3], n[3:6], n[6:8], n[8:]]
    return [n[:3], n[3:6], n[6:]] if len(n) > 8 else [n[:4], n[4:]]


def phone(region, kind=None, style=None, reader=None):
    """A phone label. style: nat, intl, intl0 (+CC (0)...), e164, 00 (written
    as a European from `reader` would). Returns L."""
    cc, trunk, kind, n = _nsn(region, kind)
    style = style or pick(["nat", "nat", "intl", "intl", "e164", "00", "intl0"])
    if style == "intl0" and (not trunk or region in ("US", "CA", "RU", "IN", "BR")):
        style = "intl"
    if style == "00" and region in ("US", "CA"):
        style = "intl"
    meta = {"sub": kind, "region": region}
    if style == "nat":
        v = _national(region, kind, n, trunk)
    elif style == "e164":
        v = "+%d%s" % (cc, n)
    else:
        g = _intl_groups(region, kind, n)
        sep = pick([" ", " ", " ", "-", "\u00a0"]) if style != "intl0" else " "
        if style == "intl":
            v = "+%d %s" % (cc, sep.join(g))
        elif style == "intl0":
            v = "+%d (%s)%s" % (cc, trunk, " ".join(g))
        else:
            v = "00%d %s" % (cc, sep.join(g))
            rd = reader or pick(["DE", "FR", "ES", "IT", "NL", "PL", "SE"])
            if rd != region:
                meta = {"sub": kind, "region": rd, "plan": region}
    return L("phone", v, **meta)


# ------------------------------------------------------------------ names
# Own hand-written lists: (given names f, given names m, family names).
NAMES = {
    "en": (["Philippa", "Rosalind", "Imogen", "Harriet", "Maisie", "Bethany", "Tamsin", "Gwendolyn", "Delphine", "Corinne", "Marguerite", "Kirsty"],
           ["Alastair", "Crispin", "Torquil", "Rupert", "Desmond", "Hamish", "Lachlan", "Barnaby", "Fergus", "Leland", "Thaddeus", "Everett"],
           ["Ashcombe", "Pemberton", "Rowntree", "Fairweather", "Hollis", "Thwaite", "Oakley", "Braithwaite", "Cartwright", "Dunmore", "Kettering", "Whitlock", "Lockhart", "Sayers", "Prendergast", "Halloran"]),
    "us": (["Shaniqua", "Kaylee", "Madison", "Destiny", "Marisol", "Brianna", "Loretta", "Tamika", "Dakota", "Savannah"],
           ["Tyrone", "Brayden", "Cody", "Dwayne", "Jaxon", "Earl", "DeShawn", "Wyatt", "Garrett", "Colton"],
           ["Washburn", "McAllister", "Delacroix", "Jefferson", "Kowalczyk", "Nguyen-Baker", "Holloway", "Stroud", "Vasquez", "Birdsong", "Okafor", "Lindqvist"]),
    "de": (["Hannelore", "Gudrun", "Wiebke", "Friederike", "Annegret", "Svenja", "Mareike", "Liselotte", "Ortrud", "Jutta"],
           ["Hartmut", "Volker", "Torsten", "Gernot", "Eckhard", "Ulrich", "Detlef", "Wolfram", "Kaspar", "Leopold"],
           ["Brandstätter", "Kühnel", "Oberhuber", "Wendtland", "Pfeiffer", "Grünwald", "Hülsmann", "Rautenberg", "Zimmerle", "Eichhorn", "Schwarzkopf", "Lindemann", "von Aschenbach"]),
    "fr": (["Ségolène", "Maïwenn", "Clémence", "Apolline", "Gwenaëlle", "Solène", "Margaux", "Bérénice", "Éloïse", "Capucine"],
           ["Thibault", "Gaëtan", "Anatole", "Aurélien", "Baptiste", "Enguerrand", "Florian", "Hippolyte", "Loïc", "Théophile"],
           ["Lefebvre-Morin", "Chauvin", "Delaunay", "Gautier", "Rousselot", "Pelletier", "Vasseur", "Chevalier", "Marchand", "Boulanger", "Le Gall", "de Montfort"]),
    "es": (["Itziar", "Remedios", "Almudena", "Maite", "Rocío", "Inmaculada", "Consuelo", "Nerea", "Ainhoa", "Macarena"],
           ["Iñaki", "Gonzalo", "Álvaro", "Fermín", "Ignacio", "Sebastián", "Rodrigo", "Eusebio", "Joaquín", "Xabier"],
           ["Etxeberria", "Quintana", "Villalobos", "Arrieta", "Zubizarreta", "Benítez", "Carrasco", "Montenegro", "Olmedo", "Ybarra", "Sáez", "Iglesias"]),
    "it": (["Ludovica", "Benedetta", "Ornella", "Graziella", "Annunziata", "Mirella", "Costanza", "Donatella", "Gianna", "Rosaria"],
           ["Gianluca", "Ottavio", "Raffaele", "Corrado", "Salvatore", "Ermanno", "Fiorenzo", "Tancredi", "Vittorio", "Amedeo"],
           ["Sciarra", "Mastroianni", "Della Valle", "Pellegrini", "Tagliaferri", "Buonarroti", "Colombo", "Lo Russo", "Fabbri", "Marchetti", "Santoro", "Ruggiero"]),
    "nl": (["Femke", "Marieke", "Annelies", "Sanne", "Willemijn", "Geertje", "Lotte", "Ilse", "Jikke", "Noor"],
           ["Joost", "Maarten", "Sjoerd", "Gijs", "Wouter", "Reinier", "Bram", "Thijs", "Douwe", "Pieter-Jan"],
           ["van Houten", "de Wit", "Brouwer", "van den Akker", "Mulder", "ter Horst", "Hoekstra", "Visser", "van 't Hof", "Kuipers", "Dijkstra", "Verbeek"]),
    "pt": (["Conceição", "Leonor", "Mafalda", "Graça", "Iracema", "Thaís", "Luzia", "Benedita", "Joana", "Raimunda"],
           ["Rui", "Gonçalo", "Tiago", "Valdemar", "Joaquim", "Edivaldo", "Anselmo", "Cauã", "Duarte", "Vasco"],
           ["Magalhães", "Figueiredo", "da Cunha", "Sampaio", "Nogueira", "Albuquerque", "dos Anjos", "Teixeira", "Brandão", "Carvalho Neto", "Pinheiro", "Quaresma"]),
    "pl": (["Agnieszka", "Małgorzata", "Bożena", "Jadwiga", "Urszula", "Grażyna", "Dorota", "Zofia", "Weronika", "Halina"],
           ["Zbigniew", "Przemysław", "Grzegorz", "Wojciech", "Mirosław", "Tadeusz", "Bartłomiej", "Jarosław", "Kazimierz", "Ryszard"],
           ["Wiśniewska", "Grabowski", "Szczepańska", "Wróbel", "Zieliński", "Jabłońska", "Przybylski", "Kaczmarek", "Dąbrowski", "Sikorska", "Pawlak", "Chmielewski"]),
    "tr": (["Elif", "Gülşen", "Zeynep", "Şebnem", "Ayten", "Nurhan", "Büşra", "Melike", "Sevgül", "Hatice"],
           ["Mehmet Ali", "Oğuzhan", "Kemal", "Yusuf", "Serkan", "Ercan", "Burak", "Tuncay", "Hüseyin", "Volkan"],
           ["Yıldırım", "Öztürk", "Karaca", "Aydoğan", "Şahin", "Çelik", "Erdem", "Kılıç", "Doğan", "Güneş", "Bozkurt", "Aksoy"]),
    "sv": (["Ingrid", "Linnea", "Sigrid", "Maja", "Astrid", "Ebba", "Gunilla", "Signe", "Elsa", "Birgitta"],
           ["Björn", "Gustav", "Anders", "Sixten", "Torbjörn", "Håkan", "Olof", "Viggo", "Leif", "Måns"],
           ["Sjöberg", "Lundqvist", "Bergström", "Åkesson", "Holmgren", "Nyström", "Ekdahl", "Wallin", "Forsberg", "Strand", "Hedlund", "Sandell"]),
    "in": (["Lakshmi", "Priyanka", "Sunita", "Meenakshi", "Ananya", "Kavitha", "Deepika", "Shalini", "Revathi", "Nandini"],
           ["Venkatesh", "Rajesh", "Arjun", "Siddharth", "Harish", "Prakash", "Mohit", "Karthik", "Abhishek", "Gurpreet"],
           ["Raghunathan", "Iyer", "Chatterjee", "Deshpande", "Malhotra", "Bhattacharya", "Nair", "Kulkarni", "Saxena", "Reddy", "Banerjee", "Ahluwalia"]),
    # other cultures, used inside English-language documents
    "ng": (["Chiamaka", "Ngozi", "Folasade", "Adaeze", "Yetunde"], ["Oluwaseun", "Chukwuemeka", "Babatunde", "Ikenna", "Tunde"],
           ["Adeyemi", "Okonkwo", "Nwachukwu", "Balogun", "Eze", "Oyelaran"]),
    "cn": (["Xiaoling", "Meihua", "Yuting", "Jingyi"], ["Weiqiang", "Zhiwei", "Haoran", "Jianguo"],
           ["Zhang", "Liu", "Huang", "Xu", "Guo", "Tan"]),
    "vn": (["Thi Lan", "Ngoc Anh", "Hong Nhung"], ["Van Duc", "Minh Quan", "Quoc Bao"], ["Tran", "Pham", "Le", "Vo", "Dang"]),
    "ar": (["Fatima", "Yasmin", "Layla", "Noor"], ["Khalid", "Tariq", "Omar", "Hamza", "Youssef"],
           ["Al-Farsi", "Haddad", "El Amrani", "Mansour", "Abu-Salem", "Qureshi"]),
    "jp": (["Haruka", "Yui", "Sakura", "Emiko"], ["Takeshi", "Daisuke", "Kenji", "Ryota"], ["Takahashi", "Yamaguchi", "Nakamura", "Fujita", "Kobayashi"]),
    "kr": (["Ji-woo", "Seo-yeon", "Min-ji"], ["Joon-ho", "Sung-min", "Dong-hyun"], ["Park", "Choi", "Kang", "Yoon", "Jeong"]),
    "gr": (["Eleni", "Despina", "Kalliopi"], ["Dimitrios", "Stavros", "Konstantinos"], ["Papadopoulou", "Karagiannis", "Economou", "Vlachos"]),
    "hu": (["Zsófia", "Réka", "Ildikó"], ["Levente", "Zoltán", "Gergely"], ["Szabó", "Tóth", "Farkas", "Horváth"]),
    "ie": (["Siobhán", "Aoife", "Niamh", "Caoimhe"], ["Cathal", "Darragh", "Oisín", "Ruairí"], ["O'Sullivan", "Mac Giolla", "Ní Bhriain", "McGrath", "Ó Ceallaigh"]),
    "et": (["Tigist", "Meseret"], ["Dawit", "Yohannes"], ["Bekele", "Tesfaye", "Gebremedhin"]),
}
ALL_CULTURES = sorted(NAMES)
FOREIGN = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "PL", "SE", "IE", "TR", "KE", "NG", "BR", "MX", "ZA",
           "JP", "SG", "AU", "IN", "CA", "RU"]


def person(lang=None, female=None):
    """(given, family, female) from one culture's list."""
    lang = lang or pick(ALL_CULTURES)
    fs, ms, fam = NAMES[lang]
    if female is None:
        female = chance(0.5)
    g = pick(fs if female else ms)
    f = pick(fam)
    if lang == "es" and chance(0.6):          # two surnames
        f2 = pick(fam)
        if f2 != f:
            f = f + " " + f2
    if lang == "pl" and not female and f.endswith("ska"):
        f = f[:-3] + "ski"
    if lang == "pl" and female and f.endswith("ski"):
        f = f[:-3] + "ska"
    return g, f, female


def full(lang=None, female=None, style=None):
    """A written name (string). styles: plain, initial (J. Surname),
    middle (Given M. Surname), caps, rev (Surname, Given), first (given only)."""
    g, f, fem = person(lang, female)
    style = style or pick(["plain"] * 6 + ["middle", "caps", "rev", "initial"])
    if style == "plain":
        return g + " " + f
    if style == "middle":
        return "%s %s. %s" % (g, pick("ABCDEFGHJKLMNPRSTW"), f)
    if style == "initial":
        return "%s. %s" % (g[0], f)
    if style == "caps":
        return (g + " " + f).upper()
    if style == "rev":
        return "%s, %s" % (f, g)
    if style == "first":
        return g
    if style == "last":
        return f
    raise KeyError(style)


def P(lang=None, female=None, style=None, sub=None):
    v = full(lang, female, style)
    return L("person", v, sub=sub or (lang or "mixed"))


def first_last(lang=None, female=None):
    g, f, fem = person(lang, female)
    return g, f


def email_for(given, family, domain=None):
    def ascii_(s):
        import unicodedata
        s = s.lower().replace("ł", "l").replace("ı", "i").replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isascii() and (c.isalnum() or c == "-"))
    g, f = ascii_(given).replace("-", ""), ascii_(family).replace("-", "")
    local = pick(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s" % (g, f), "%s.%s%d" % (g, f, R.randint(1, 99)),
                  "%s%s" % (f, g[:2]), "%s" % g, "%s-%s" % (g, f)])
    dom = domain or pick(["gmail.com", "outlook.com", "web.de", "gmx.net", "orange.fr", "yahoo.es", "libero.it",
                          "ziggo.nl", "sapo.pt", "wp.pl", "telia.com", "rediffmail.com", "proton.me", "icloud.com",
                          "hotmail.co.uk", "fastmail.fm", "posteo.de", "free.fr", "uol.com.br", "yandex.com.tr"])
    return local + "@" + dom


def E(given=None, family=None, domain=None):
    if given is None:
        given, family = first_last()
    return L("email", email_for(given, family, domain))


# ------------------------------------------------------------------ addresses
def addr(country, sep=", "):
    """A postal address label in the country's layout; sep joins the lines
    ("\\n" in letters)."""
    n = R.randint(1, 240)
    if country == "US":
        st = pick(["Sycamore Ridge Rd", "Old Mill Lane", "Chestnut St", "Kessler Ave", "Bluebonnet Dr", "Harbor View Blvd", "Quail Hollow Ct", "W 47th St"])
        unit = pick(["", "", " Apt 3B", " Unit 12", " #407"])
        city = pick([("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Dayton", "OH", "454"), ("Lubbock", "TX", "794"), ("Eugene", "OR", "974")])
        z = city[2] + "%02d" % R.randint(1, 99) + (("-%04d" % R.randint(1, 9999)) if chance(0.3) else "")
        lines = ["%d %s%s" % (R.randint(10, 9899), st, unit), "%s, %s %s" % (city[0], city[1], z)]
    elif country == "GB":
        st = pick(["Larkspur Close", "Tanner's Row", "Abbotsford Road", "Quarry Hill", "Mulberry Walk", "Ferndown Crescent"])
        town, pc = pick([("Harrogate", "HG1 %d%s" % (R.randint(1, 9), pick(["AB", "QW", "LT"]))), ("Truro", "TR1 %dDX" % R.randint(1, 9)),
                         ("Stockport", "SK4 %dEN" % R.randint(1, 9)), ("Dundee", "DD2 %dRJ" % R.randint(1, 9)), ("Norwich", "NR3 %dHS" % R.randint(1, 9))])
        pre = pick(["", "", "Flat %d, " % R.randint(1, 20), "Rose Cottage, "])
        lines = ["%s%d %s" % (pre, n, st), town, pc] if sep == "\n" else ["%s%d %s" % (pre, n, st), "%s %s" % (town, pc)]
    elif country == "DE":
        st = pick(["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Hauptstr.", "Schillerplatz", "Auf der Heide", "Bergmannstraße"])
        city = pick([("Bamberg", "960"), ("Göttingen", "370"), ("Leipzig", "041"), ("Freiburg im Breisgau", "791"), ("Kiel", "241"), ("Würzburg", "970")])
        lines = ["%s %d%s" % (st, n % 120 + 1, pick(["", "", "a", " b"])), "%s%02d %s" % (city[1], R.randint(1, 99), city[0])]
    elif country == "AT":
        lines = ["%s %d/%d" % (pick(["Praterstraße", "Gumpendorfer Str.", "Herrengasse"]), n % 90 + 1, R.randint(1, 24)),
                 "%d %s" % pick([(1020, "Wien"), (1060, "Wien"), (8010, "Graz"), (5020, "Salzburg")])]
    elif country == "FR":
        st = pick(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Carnot", "chemin du Moulin", "place du Marché"])
        city = pick([("Rennes", "35000"), ("Nantes", "44100"), ("Dijon", "21000"), ("Besançon", "25000"), ("Annecy", "74000"), ("Perpignan", "66000")])
        lines = ["%d%s %s" % (n % 80 + 1, pick(["", "", " bis", " ter"]), st), "%s %s" % (city[1], city[0])]
        if chance(0.3):
            lines.insert(0, pick(["Bâtiment B", "Résidence les Pins", "Appt 12"]))
    elif country == "ES":
        st = pick(["Calle de la Paloma", "Avenida de Andalucía", "Calle Mayor", "Paseo de Zorrilla", "Carrer de Provença", "Calle San Bernardo"])
        city = pick([("Valladolid", "470"), ("Zaragoza", "500"), ("Granada", "180"), ("Bilbao", "480"), ("Barcelona", "080")])
        lines = ["%s, %d, %dº %s" % (st, n % 150 + 1, R.randint(1, 9), pick("ABCD")), "%s%02d %s" % (city[1], R.randint(1, 30), city[0])]
    elif country == "IT":
        st = pick(["Via dei Mille", "Corso Garibaldi", "Via Roma", "Viale dei Tigli", "Piazza Cavour", "Vicolo Stretto"])
        city = pick([("Bologna", "401", "BO"), ("Torino", "101", "TO"), ("Lecce", "731", "LE"), ("Padova", "351", "PD"), ("Bari", "701", "BA")])
        lines = ["%s %d" % (st, n % 200 + 1), "%s%02d %s (%s)" % (city[1], R.randint(0, 99), city[0], city[2])]
    elif country == "NL":
        st = pick(["Prinsengracht", "Dorpsstraat", "Kerkweg", "Van Speijkstraat", "Oude Gracht", "Molenlaan"])
        city = pick(["Utrecht", "Haarlem", "Leiden", "Groningen", "Zwolle", "Delft"])
        lines = ["%s %d%s" % (st, n, pick(["", "", "-II", " A", "bis"])), "%d %s %s" % (R.randint(1011, 9999), pick(["AB", "KL", "TX", "GE", "PR"]), city)]
    elif country == "PT":
        lines = ["%s, %d, %d.º %s" % (pick(["Rua da Prata", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina"]), n % 150 + 1, R.randint(1, 6), pick(["Esq.", "Dto.", "Frente"])),
                 "%d-%03d %s" % pick([(1100, R.randint(1, 999), "Lisboa"), (1200, R.randint(1, 999), "Lisboa"), (4000, R.randint(1, 999), "Porto"), (3000, R.randint(1, 999), "Coimbra")])]
    elif country == "BR":
        lines = ["%s, nº %d, %s" % (pick(["Rua das Acácias", "Avenida Sete de Setembro", "Rua Tiradentes", "Alameda Santos"]), n * 3, pick(["apto 302", "casa 2", "bloco C"])),
                 "%s, %s - %s" % pick([("Setor Bueno", "Goiânia", "GO"), ("Savassi", "Belo Horizonte", "MG"), ("Boa Viagem", "Recife", "PE")]),
                 "CEP %05d-%03d" % (R.randint(10000, 99999), R.randint(0, 999))]
    elif country == "PL":
        lines = ["ul. %s %d/%d" % (pick(["Piotrkowska", "Długa", "Mickiewicza", "Słowackiego", "Zielona"]), n % 150 + 1, R.randint(1, 40)),
                 "%02d-%03d %s" % (R.randint(0, 99), R.randint(0, 999), pick(["Łódź", "Kraków", "Gdańsk", "Poznań", "Wrocław"]))]
    elif country == "SE":
        lines = ["%s %d%s" % (pick(["Storgatan", "Vasavägen", "Linnégatan", "Björkvägen", "Drottninggatan"]), n % 90 + 1, pick(["", "", " B", " lgh 1102"])),
                 "%d %02d %s" % (R.randint(111, 984), R.randint(10, 99), pick(["Uppsala", "Malmö", "Göteborg", "Umeå", "Västerås"]))]
    elif country == "TR":
        lines = ["%s %s No: %d D: %d" % (pick(["Bağdat", "Atatürk", "Cumhuriyet", "İnönü"]), pick(["Cad.", "Caddesi", "Sk."]), n % 200 + 1, R.randint(1, 20)),
                 "%d %s/%s" % (R.randint(34000, 34999), pick(["Kadıköy", "Beşiktaş", "Üsküdar"]), "İstanbul")]
    elif country == "IN":
        lines = ["%s %d, %s" % (pick(["Flat", "House No.", "Plot"]), R.randint(1, 999), pick(["Sai Krupa Apartments", "Green Meadows Society", "Shanti Niketan"])),
                 pick(["Near Hanuman Temple, Jayanagar 4th Block", "Koregaon Park", "Sector 21, Dwarka", "Banjara Hills Road No. 12"]),
                 "%s - %d" % pick([("Bengaluru, Karnataka", 560000 + R.randint(1, 99)), ("Pune, Maharashtra", 411000 + R.randint(1, 60)),
                                   ("New Delhi", 110000 + R.randint(1, 96)), ("Hyderabad, Telangana", 500000 + R.randint(1, 99))])]
    elif country == "CA":
        lines = ["%d %s" % (R.randint(10, 9999), pick(["Maple Grove Cres", "Rue Saint-Denis", "Whyte Ave NW"])),
                 "%s %s%d%s %d%s%d" % (pick([("Halifax, NS", "B"), ("Montréal QC", "H"), ("Edmonton, AB", "T")]) + (R.randint(1, 9), pick("KMR"), R.randint(1, 9), pick("ACE"), R.randint(1, 9)))]
    elif country == "AU":
        lines = ["%d %s" % (R.randint(1, 400), pick(["Wattle St", "Banksia Pde", "Kookaburra Ct"])),
                 "%s %s %d" % pick([("Fremantle", "WA", 6160), ("Ballarat", "VIC", 3350), ("Toowoomba", "QLD", 4350)])]
    elif country == "IE":
        town, ek = pick([("Salthill, Galway", "H91"), ("Ranelagh, Dublin 6", "D06"), ("Ballincollig, Co. Cork", "P31"), ("Ennis, Co. Clare", "V95")])
        lines = ["%d %s" % (R.randint(1, 90), pick(["Seaview Terrace", "Church Road", "Oakpark Drive", "Mill Lane"])), town,
                 "%s %s" % (ek, C.rnd(R, "ACDEFHKNPRTVWXY0123456789", 4))]
    else:
        raise KeyError(country)
    return L("address", sep.join(lines), sub=country.lower())


# ------------------------------------------------------------------ dates
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def ymd(lo=1938, hi=2012):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(lang, y, m, d, style=None):
    en = C.MONTHS["en"]
    if lang in ("en", "in"):
        styles = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, en[m - 1], y), "%s %d, %d" % (en[m - 1], d, y),
                  "%d-%s-%d" % (d, en[m - 1][:3], y), "%d-%02d-%02d" % (y, m, d), "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th"), en[m - 1], y)]
    elif lang == "us":
        styles = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (en[m - 1], d, y), "%s %d, %d" % (en[m - 1][:3] + ("." if len(en[m - 1]) > 3 else ""), d, y), "%d-%02d-%02d" % (y, m, d)]
    elif lang == "de":
        styles = ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, C.MONTHS["de"][m - 1], y), "%d.%d.%d" % (d, m, y)]
    elif lang in ("fr", "es", "it", "pt", "nl"):
        mn = C.MONTHS[lang][m - 1]
        styles = ["%02d/%02d/%d" % (d, m, y), {"fr": "%d %s %d", "it": "%d %s %d", "nl": "%d %s %d"}.get(lang, "%d de %s de %d") % (d, mn, y)]
        if lang == "nl":
            styles.append("%02d-%02d-%d" % (d, m, y))
        if lang == "fr" and d == 1:
            styles[1] = "1er %s %d" % (mn, y)
    elif lang == "pl":
        styles = ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, PL_MONTHS[m - 1], y), "%d-%02d-%02d" % (y, m, d)]
    elif lang == "tr":
        styles = ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, TR_MONTHS[m - 1], y), "%02d/%02d/%d" % (d, m, y)]
    elif lang == "sv":
        styles = ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, SV_MONTHS[m - 1], y)]
    else:
        styles = ["%d-%02d-%02d" % (y, m, d)]
    return styles[style] if style is not None else pick(styles)


def DOB(lang="en", lo=1938, hi=2012):
    y, m, d = ymd(lo, hi)
    return L("dob", fmt_date(lang, y, m, d), sub=lang)


def other_date(lang="en", lo=2019, hi=2026):
    """A date that is not a birth date (appointments, due dates)."""
    y, m, d = ymd(lo, hi)
    return N(fmt_date(lang, y, m, d), "date_not_dob")


# ------------------------------------------------------------------ gov ids
def pesel_make(y, m, d, female):
    mm = m + {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def personnummer_make(y, m, d):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    full_ = C.luhn_complete(body)
    return full_[:6] + pick(["-", "-", ""]) + full_[6:]


def tckn_make():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def gov(kind, **kw):
    """A gov_id label of the given kind, formatted as usually printed."""
    if kind == "ssn":
        a, g, s = C.ssn_random(R)
        v = pick(["%s-%s-%s" % (a, g, s), "%s %s %s" % (a, g, s)])
    elif kind == "itin":
        v = "-".join(C.itin_random(R))
    elif kind == "nino":
        p, d, sfx = C.nino_random(R)
        v = pick(["%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], sfx), p + d + sfx])
    elif kind == "nhs":
        s = C.nhs_random(R)
        v = pick([_sp(s, [3, 3, 4]), s])
    elif kind == "steuerid":
        s = C.steuerid_random(R)
        v = pick([s, _sp(s, [2, 3, 3, 3])])
    elif kind == "nir":
        body, key = C.nir_random(R, sex=kw.get("sex"))
        v = pick(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), body + key])
    elif kind == "dni":
        n, l = C.dni_random(R)
        v = pick([n + l, n + "-" + l])
    elif kind == "nie":
        p, n, l = C.nie_random(R)
        v = pick([p + n + l, "%s-%s-%s" % (p, n, l)])
    elif kind == "cf":
        y, m, d = ymd(1950, 2005)
        v = C.cf_make(kw["surname"], kw["given"], y % 100, m, d, kw.get("female", False), pick(["A944", "L219", "F205", "H501", "G273", "E506"]))
    elif kind == "bsn":
        s = C.bsn_random(R)
        v = pick([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])
    elif kind == "aadhaar":
        s = C.aadhaar_random(R)
        v = pick([_sp(s, [4, 4, 4]), s])
    elif kind == "pan":
        v = C.pan_random(R, "P", kw.get("surname", "K"))
    elif kind == "cpf":
        s = C.cpf_random(R)
        v = "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    elif kind == "pesel":
        y, m, d = ymd(1950, 2008)
        v = pesel_make(y, m, d, kw.get("female", chance(0.5)))
        assert pesel_ok(v)
    elif kind == "personnummer":
        y, m, d = ymd(1945, 2008)
        v = personnummer_make(y, m, d)
    elif kind == "tckn":
        v = tckn_make()
        assert tckn_ok(v)
    elif kind == "passport":
        v = pick(["%s%07d" % (pick(["C", "F", "K"]), R.randint(0, 9999999)), "%09d" % R.randint(100000000, 999999999),
                  "%s%s%06d" % (pick(string.ascii_uppercase), pick(string.ascii_uppercase), R.randint(0, 999999))])
    else:
        raise KeyError(kind)
    return L("gov_id", v, sub=kind)


# ------------------------------------------------------------------ money
def IBAN(country, style=None):
    s = C.iban_random(R, country)
    style = style or pick(["grp", "grp", "compact", "nbsp", "lower"])
    v = {"grp": C.group(s), "compact": s, "nbsp": C.group(s, 4, "\u00a0"), "lower": C.group(s).lower()}[style]
    return L("iban", v, sub=country.lower())


CARD_KINDS = ["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "unionpay", "maestro", "rupay", "troy"]


def CARD(issuer=None, sep=None):
    issuer = issuer or pick(CARD_KINDS)
    s = C.card_random(R, issuer)
    sep = sep if sep is not None else pick([" ", " ", "-", "", "\u00a0"])
    v = sep.join(C.split_groups(s, C.card_grouping(len(s))))
    return L("card", v, sub=issuer)


def bad_luhn(issuer="visa"):
    s = C.card_random(R, issuer)
    s = s[:-1] + str((int(s[-1]) + R.randint(1, 9)) % 10)
    assert not C.luhn_ok(s)
    return N(" ".join(C.split_groups(s, C.card_grouping(len(s)))), "luhn_fail")


# ------------------------------------------------------------------ network
def ip4(private=None):
    if private is None:
        private = chance(0.35)
    if private:
        v = pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                  "192.168.%d.%d" % (R.randint(0, 40), R.randint(2, 254)),
                  "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])
    else:
        while True:
            a = R.randint(11, 223)
            if a not in (127, 169, 172, 192, 100):
                break
        v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return L("ip", v, sub="v4")


def ip6():
    g = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    v = pick(["2a02:%s:%s:%s::%s" % (g[0], g[1], g[2], g[3]), "2001:%s:%s:%s:%s:%s:%s:%s" % tuple(g[:7]),
              "2600:%s:%s::%s:%s" % (g[0], g[1], g[2], g[3]), "fe80::%s:%s:%s:%s" % tuple(g[:4])])
    return L("ip", v, sub="v6")


# ------------------------------------------------------------------ secrets
def S(kind):
    return L("secret", C.secret_random(R, kind), sub=kind)


PW_WORDS = ["Hortensie", "Marmalade", "Kestrel", "Zitrone", "Girasol", "Palomino", "Nebulosa", "Tulpenveld", "Gwiazda", "Yıldız", "Snöflinga", "Monsoon"]


def PW():
    v = pick(PW_WORDS) + pick(["!", "#", "_", "@", "$", ".", "-"]) + str(R.randint(1, 9999)) + pick(["", "Zx", "!", "q9"])
    if chance(0.3):
        v = C.rnd(R, C.ALNUM + "!@#%^*", R.randint(12, 24))
    return L("secret", v, sub="password")


def PWU():
    """A password as it appears inside a URL (no reserved characters)."""
    v = pick(PW_WORDS) + pick(["_", "-", ".", "~"]) + str(R.randint(1, 9999)) + pick(["", "Zx", "q9"])
    if chance(0.4):
        v = C.rnd(R, C.ALNUM, R.randint(14, 28))
    return L("secret", v, sub="password")


def hexs(n):
    return C.rnd(R, "0123456789abcdef", n)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


# ------------------------------------------------------------------ hard negatives
# Names of people used as names of things: brands, books, films, ships,
# prizes, places, dishes. Not labels.
BRANDS = ["Tommy Hilfiger", "Ralph Lauren", "Hugo Boss", "Jack Wolfskin", "Dr. Oetker", "Carl Zeiss", "Marc O'Polo",
          "Jil Sander", "Ben Sherman", "Paul Smith", "Stella McCartney", "Calvin Klein", "Estée Lauder", "John Lewis",
          "Ted Baker", "Mrs. Fields", "Jack Daniel's", "Johnnie Walker", "Ben & Jerry's", "Tim Hortons", "Martha Stewart Living",
          "Sebastian Professional", "Giorgio Armani", "Lars Larsen", "Ole Henriksen", "Helly Hansen", "Edward Jones", "Charles Schwab",
          "Dolce & Gabbana", "Salvatore Ferragamo", "Adolfo Dominguez", "Christian Dior", "Yves Saint Laurent", "Hermès"]
BOOKS = ["Jane Eyre", "David Copperfield", "Anna Karenina", "Effi Briest", "Madame Bovary", "Oliver Twist", "Rebecca",
         "Siddhartha", "Emma", "Don Quijote", "Pippi Långstrump", "Ferdydurke", "Dom Casmurro", "Max Havelaar",
         "Tristram Shandy", "Eugénie Grandet", "Mrs Dalloway", "Daniel Deronda", "Silas Marner", "Nils Holgerssons underbara resa"]
FILMS = ["Erin Brockovich", "Forrest Gump", "Jerry Maguire", "Annie Hall", "Amélie", "Oppenheimer", "Lawrence of Arabia",
         "Billy Elliot", "Juno", "Frances Ha", "Barry Lyndon", "Jackie Brown", "Lady Bird", "Michael Clayton", "Ray", "Tár"]
SHIPS = ["Queen Mary 2", "Emma Maersk", "Cutty Sark", "Gorch Fock", "Amerigo Vespucci", "MSC Gülsün", "Sir David Attenborough",
         "Hurtigruten MS Richard With", "Color Fantasy", "Stena Hollandica"]
PRIZES = ["Nobel Prize in Chemistry", "Pulitzer Prize", "Prix Goncourt", "Premio Cervantes", "Georg-Büchner-Preis",
          "Ballon d'Or", "Booker Prize", "Fields Medal", "Turing Award", "Marie Curie fellowship", "Max Planck Research Award"]
PLACES = ["Washington", "Victoria Station", "São Paulo", "San Francisco", "Santa Monica", "St. Petersburg", "Charlotte",
          "Jackson Hole", "Adelaide", "Florence", "Lake Louise", "Port Elizabeth", "Kingston", "Marienplatz", "Alexanderplatz",
          "Gare Saint-Lazare", "Piazza Garibaldi", "Vasco da Gama Bridge", "Kennedy Space Center", "Hotel Adlon",
          "Aeropuerto Adolfo Suárez", "Schiphol", "Atatürk Kültür Merkezi", "Raoul Wallenberg Park", "Chhatrapati Shivaji Terminus",
          "Indira Gandhi International", "Lincoln Center", "Mount Kosciuszko", "Tate Modern", "Fernsehturm"]
DISHES = ["Eggs Benedict", "Pavlova", "Peach Melba", "Caesar salad", "Beef Wellington", "Margherita", "Sachertorte", "Bismarck herring",
          "Earl Grey", "Pastel de Belém"]
THING_NEG = [(BRANDS, "brand_person"), (BOOKS, "book_title"), (FILMS, "film_title"), (SHIPS, "ship_name"),
             (PRIZES, "prize_name"), (PLACES, "place_person"), (DISHES, "dish_name")]


def thing(pool=None):
    if pool is None:
        pool, tag = pick(THING_NEG)
    else:
        tag = dict((id(p), t) for p, t in THING_NEG)[id(pool)]
    return N(pick(pool), tag)


def version():
    return N(pick(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99)), "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 99), R.randint(100, 9999)),
                   "%d.%d.%d-rc.%d" % (R.randint(0, 4), R.randint(0, 20), R.randint(0, 9), R.randint(1, 5))]), "version")


def amount():
    return N(pick(["€%d,%02d" % (R.randint(1, 9999), R.randint(0, 99)), "$%s.%02d" % ("{:,}".format(R.randint(1, 250000)), R.randint(0, 99)),
                   "%d.%03d,%02d\u00a0€" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)), "£%d.%02d" % (R.randint(1, 3000), R.randint(0, 99)),
                   "₹%d,%02d,%03d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 999)), "R$ %d,%02d" % (R.randint(10, 9999), R.randint(0, 99)),
                   "%d kr" % R.randint(50, 90000), "%d,%02d zł" % (R.randint(5, 9000), R.randint(0, 99)), "₺%d" % R.randint(10, 50000)]), "amount")


def order_no():
    return N(pick(["%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                   "ORD-%d-%06d" % (R.randint(2019, 2026), R.randint(0, 999999)), "#%d" % R.randint(100000, 99999999),
                   "SO%08d" % R.randint(0, 99999999)]), "order_no")


def tracking():
    return N(pick(["1Z%s%s" % (C.rnd(R, string.ascii_uppercase + string.digits, 6), C.rnd(R, string.digits, 10)),
                   "%s%09dDE" % (pick(["RR", "LX", "CX"]), R.randint(0, 999999999)), "JJD%018d" % R.randint(0, 10 ** 18 - 1),
                   "9400 1%s %s %s %s %s" % (C.digits(R, 3), C.digits(R, 4), C.digits(R, 4), C.digits(R, 4), C.digits(R, 2))]), "tracking")


def timestamp():
    y, m, d = ymd(2021, 2026)
    return N(pick(["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                   "%d-%02d-%02d %02d:%02d:%02d.%03d" % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                   "%d" % R.randint(1600000000, 1790000000)]), "timestamp")


def coords():
    return N(pick(["%.5f, %.5f" % (R.uniform(-60, 70), R.uniform(-170, 170)), "%d°%02d′%02d″N %d°%02d′%02d″E" % (R.randint(0, 70), R.randint(0, 59), R.randint(0, 59), R.randint(0, 170), R.randint(0, 59), R.randint(0, 59))]), "coordinates")


def measure():
    return N(pick(["%d x %d x %d mm" % (R.randint(10, 900), R.randint(10, 900), R.randint(5, 300)), "%.1f kg" % R.uniform(0.1, 80),
                   "%d m²" % R.randint(20, 300), "%.2f l" % R.uniform(0.2, 20), "%d hPa" % R.randint(960, 1040), "%d mg" % R.choice([5, 10, 20, 50, 100, 250, 500])]), "measurement")


def sha(n=40):
    return N(hexs(n), "hash")


def NEG_TECH():
    return pick([version, amount, order_no, tracking, timestamp, coords, measure, sha])()


# ================================================================== templates
# Each returns (form, lang, parts).

@tpl(6)
def parent_teacher():
    lang = pick(["en", "en", "en", "de", "fr", "nl", "sv"])
    cul = {"en": pick(["en", "us", "ng", "in", "cn", "ar"]), "de": "de", "fr": "fr", "nl": "nl", "sv": "sv"}[lang]
    pg, pf = first_last(cul)
    cg = pick(NAMES[cul][0] + NAMES[cul][1])
    tg, tf = first_last(cul)
    ph = phone({"en": pick(["GB", "US", "IE", "AU"]), "de": "DE", "fr": "FR", "nl": "NL", "sv": "SE"}[lang], style=pick(["nat", "intl"]))
    book = thing(BOOKS)
    if lang == "en":
        parts = ["Subject: ", L("person", cg, sub=cul), "'s reading homework\n\nDear ", pick(["Mrs ", "Mr ", "Ms "]), L("person", tf, sub=cul),
                 ",\n\nThanks for the note in the planner. ", L("person", cg, sub=cul), " has been struggling with ", book,
                 " and gets upset at bedtime. Could we meet after pick-up on ", other_date("en"), "? I work shifts, so texting ",
                 ph, " is the easiest way to reach me.\n\nBest wishes,\n", L("person", pg + " " + pf, sub=cul)]
    elif lang == "de":
        parts = ["Betreff: Elterngespräch ", L("person", cg, sub=cul), "\n\nSehr geehrte Frau ", L("person", tf, sub=cul),
                 ",\n\nwir würden gern über die Mathearbeit sprechen. Ab 16 Uhr bin ich unter ", ph, " erreichbar, sonst per Mail an ",
                 E(pg, pf), ".\n\nMit freundlichen Grüßen\n", L("person", pg + " " + pf, sub=cul)]
    elif lang == "fr":
        parts = ["Objet : absence de ", L("person", cg, sub=cul), "\n\nMadame ", L("person", tf, sub=cul), ",\n\nje vous informe que ",
                 L("person", cg, sub=cul), " sera absent jeudi (rendez-vous chez l'orthophoniste). En cas de besoin : ", ph,
                 ".\n\nCordialement,\n", L("person", pg + " " + pf, sub=cul)]
    elif lang == "nl":
        parts = ["Onderwerp: oudergesprek\n\nBeste juf ", L("person", tg, sub=cul), ",\n\n", L("person", cg, sub=cul),
                 " is vrijdag bij de tandarts. Bel gerust naar ", ph, " als er iets is.\n\nGroetjes,\n", L("person", pg + " " + pf, sub=cul)]
    else:
        parts = ["Ämne: utvecklingssamtal\n\nHej ", L("person", tg, sub=cul), "!\n\nKan vi flytta samtalet för ", L("person", cg, sub=cul),
                 " till ", other_date("sv"), "? Ring ", ph, " om det inte passar.\n\nMvh\n", L("person", pg + " " + pf, sub=cul)]
    return "parent_teacher_email", lang, parts


@tpl(5)
def seating_plan():
    lang = pick(["en", "en", "it", "es", "pt", "pl"])
    cul = {"en": None, "it": "it", "es": "es", "pt": "pt", "pl": "pl"}[lang]
    head = {"en": "WEDDING SEATING PLAN – Reception, %s" % pick(["The Old Rectory", "Kew Gardens Orangery", "Villa Cimbrone"]),
            "it": "Tableau de mariage – Tavoli", "es": "Distribución de mesas – Banquete", "pt": "Mapa de mesas – Copo-d'água",
            "pl": "Plan stołów – wesele"}[lang]
    tables = {"en": ["Table 1 (%s)" % pick(["Rose", "Lavender"]), "Table 2 (Peony)", "Top Table"], "it": ["Tavolo Capri", "Tavolo Amalfi", "Tavolo sposi"],
              "es": ["Mesa 1", "Mesa 2", "Mesa presidencial"], "pt": ["Mesa Alfama", "Mesa Sintra", "Mesa de honra"],
              "pl": ["Stół 1", "Stół 2", "Stół Młodej Pary"]}[lang]
    parts = [head, "\n"]
    for t in tables[:R.randint(2, 3)]:
        parts += ["\n", t, ": "]
        for i in range(R.randint(3, 6)):
            if i:
                parts.append(pick([", ", ", ", " · ", " / "]))
            parts.append(L("person", full(cul, style=pick(["plain", "plain", "plain", "first", "initial"])), sub=cul or "mixed"))
            if chance(0.15):
                parts.append(pick([" (veg)", " (+1)", " (high chair)", " (gluten-free)"]))
    parts += ["\n\n", {"en": "Questions to the planner: ", "it": "Per info: ", "es": "Dudas: ", "pt": "Contacto: ", "pl": "Kontakt: "}[lang],
              L("person", full(cul, style="plain"), sub=cul or "mixed"), " ",
              phone({"en": pick(["GB", "US", "IT"]), "it": "IT", "es": "ES", "pt": "PT", "pl": "PL"}[lang], style=pick(["nat", "intl"]))]
    if chance(0.5):
        parts += ["\n", {"en": "Cake: ", "it": "Torta: ", "es": "Tarta: ", "pt": "Bolo: ", "pl": "Tort: "}[lang], thing(DISHES)]
    return "seating_plan", lang, parts


@tpl(6)
def vet_record():
    lang = pick(["en", "en", "de", "nl", "es", "it"])
    cul = {"en": pick(["en", "us", "ie", "gr", "hu"]), "de": "de", "nl": "nl", "es": "es", "it": "it"}[lang]
    g, f = first_last(cul)
    ctry = {"en": pick(["GB", "US"]), "de": "DE", "nl": "NL", "es": "ES", "it": "IT"}[lang]
    pet = N(pick(["Biscuit", "Oscar", "Max", "Bella", "Luna", "Teddy", "Charlie", "Mia", "Rocky", "Freddie", "Winston", "Frida"]), "pet_name")
    chip = N("%d%012d" % (pick([250, 276, 528, 724, 380, 826, 900]), R.randint(0, 10 ** 12 - 1)), "microchip")
    F = {"en": ["PATIENT", "Species", "Microchip", "Weight", "OWNER", "Phone", "Email", "Address", "Notes", "Booster due"],
         "de": ["PATIENT", "Tierart", "Chipnummer", "Gewicht", "HALTER/IN", "Telefon", "E-Mail", "Anschrift", "Befund", "Nächste Impfung"],
         "nl": ["PATIËNT", "Diersoort", "Chipnummer", "Gewicht", "EIGENAAR", "Telefoon", "E-mail", "Adres", "Notities", "Volgende vaccinatie"],
         "es": ["PACIENTE", "Especie", "Microchip", "Peso", "PROPIETARIO", "Teléfono", "Correo", "Dirección", "Observaciones", "Próxima vacuna"],
         "it": ["PAZIENTE", "Specie", "Microchip", "Peso", "PROPRIETARIO", "Telefono", "Email", "Indirizzo", "Note", "Richiamo"]}[lang]
    sp = pick(["Canine / Labrador", "Feline / DSH", "Canine / Border Collie", "Rabbit"])
    parts = [F[0], ": ", pet, "   ", F[1], ": ", sp, "\n", F[2], ": ", chip, "   ", F[3], ": ", N("%.1f kg" % R.uniform(1.2, 42), "measurement"), "\n",
             F[4], ": ", L("person", pick([g + " " + f, f + ", " + g, (g + " " + f).upper()]), sub=cul), "\n",
             F[5], ": ", phone(ctry, style=pick(["nat", "nat", "intl"])), "\n"]
    if chance(0.6):
        parts += [F[6], ": ", E(g, f), "\n"]
    if chance(0.6):
        parts += [F[7], ": ", addr(ctry), "\n"]
    parts += [F[8], ": ", pick(["otitis externa L ear, Surolan BID 7d", "dental scale + polish, 2 extractions", "limping RH, rest 10 days",
                                "annual check, all fine"]), "\n", F[9], ": ", other_date("en" if lang == "en" else lang)]
    return "vet_record", lang, parts


@tpl(4)
def parish_newsletter():
    lang = pick(["en", "en", "en", "de", "pl", "it"])
    cul = {"en": pick(["en", "ie", "us"]), "de": "de", "pl": "pl", "it": "it"}[lang]
    if lang == "en":
        parts = ["ST %s PARISH NEWSLETTER — %s\n\n" % (pick(["BRIGID'S", "MICHAEL'S", "AIDAN'S"]), pick(["Advent", "Lent", "Harvest"])),
                 "Flowers this week were given in memory of ", P(cul), ". Congratulations to ", P(cul, style="plain"), " and ",
                 P(cul, style="plain"), " on their marriage. A happy 90th birthday to ", P(cul, style="plain"), " (born ",
                 DOB("en", 1930, 1936), ").\n\nThe coach trip to ", thing(PLACES), " leaves at 8.30. Names to ",
                 L("person", full(cul, style="first"), sub=cul), " on ", phone(pick(["GB", "IE"]), kind="mobile", style="nat"),
                 ".\nCollection last Sunday: ", amount(), ". Thank you!"]
    elif lang == "de":
        parts = ["Gemeindebrief St. ", pick(["Ansgar", "Marien", "Lamberti"]), "\n\nWir gratulieren ", P("de", style="plain"),
                 " zum 85. Geburtstag (geb. ", DOB("de", 1938, 1941), "). Verstorben ist ", P("de", style="plain"),
                 ". Anmeldung zur Chorfahrt nach ", thing(PLACES), " bei ", P("de", style="plain"), ", Tel. ", phone("DE", style="nat"), "."]
    elif lang == "pl":
        parts = ["Ogłoszenia parafialne\n\nZa tydzień chrzest: ", P("pl", style="plain"), ". Zapowiedzi przedślubne: ", P("pl", style="plain"),
                 " i ", P("pl", style="plain"), ". Zapisy na pielgrzymkę u pani ", L("person", full("pl", True, "last"), sub="pl"), ", tel. ",
                 phone("PL", kind="mobile", style="nat"), ". Taca: ", amount(), "."]
    else:
        parts = ["Foglio parrocchiale\n\nBattesimo di ", P("it", style="plain"), " domenica alle 11. Auguri a ", P("it", style="plain"),
                 " per i 100 anni (nata il ", DOB("it", 1924, 1926), "). Per la gita a ", thing(PLACES), " rivolgersi a ",
                 P("it", style="plain"), " (", phone("IT", kind="mobile", style="nat"), ")."]
    return "parish_newsletter", lang, parts


@tpl(6)
def offer_letter():
    lang = pick(["en", "en", "en", "in", "de", "es"])
    cul = {"en": None, "in": "in", "de": "de", "es": "es"}[lang]
    g, f = first_last(cul)
    ctry = {"en": pick(["US", "GB", "CA", "AU"]), "in": "IN", "de": "DE", "es": "ES"}[lang]
    hg, hf = first_last(cul)
    co = pick(["Northwind Analytics", "Bramble & Finch Ltd", "Kestrel Robotics GmbH", "Solaris Ibérica S.L.", "Infosphere Technologies Pvt Ltd"])
    if lang in ("en", "in"):
        parts = [co, "\n", other_date(lang), "\n\n", L("person", g + " " + f, sub=cul or "mixed"), "\n", addr(ctry, "\n"), "\n\nDear ",
                 L("person", g, sub=cul or "mixed"), ",\n\nWe are delighted to offer you the position of ", pick(["Senior Data Engineer", "Product Designer", "Site Reliability Engineer"]),
                 " at a base salary of ", amount(), " per annum, starting on ", other_date(lang), ". Please return the signed copy to ",
                 E(hg, hf, "careers." + pick(["northwind.io", "bramblefinch.co.uk", "infosphere.in"])), ".\n\n"]
        if lang == "in" and chance(0.8):
            parts += ["For payroll we hold your PAN as ", gov("pan", surname=f), " and Aadhaar as ", gov("aadhaar"), ".\n\n"]
        if lang == "en" and ctry == "US" and chance(0.5):
            parts += ["Your I-9 will be completed with SSN ending in ", N("%04d" % R.randint(1, 9999), "ssn_last4"), ".\n\n"]
        parts += ["Yours sincerely,\n", L("person", hg + " " + hf, sub=cul or "mixed"), "\nHead of People, ", co]
    elif lang == "de":
        parts = [co, " · Personalabteilung\n\n", L("person", g + " " + f, sub="de"), "\n", addr("DE", "\n"), "\n\nArbeitsvertragsangebot\n\nSehr geehrte/r ",
                 L("person", g + " " + f, sub="de"), ",\n\nwir freuen uns, Ihnen die Stelle als Entwickler/in anzubieten. Jahresbruttogehalt: ", amount(),
                 ". Für die Lohnabrechnung benötigen wir Ihre Steuer-ID (", gov("steuerid"), ") und Ihre IBAN ", IBAN("DE"), ".\n\nMit freundlichen Grüßen\n",
                 L("person", hg + " " + hf, sub="de")]
    else:
        parts = [co, "\n\nEstimada/o ", L("person", g + " " + f, sub="es"), ":\n\nNos complace ofrecerle el puesto de analista. Salario bruto anual: ", amount(),
                 ". Le rogamos nos envíe copia del DNI ", gov("dni"), " y confirme su domicilio (", addr("ES"), ").\n\nAtentamente,\n",
                 L("person", hg + " " + hf, sub="es"), "\n", phone("ES", kind="fixed", style="intl")]
    return "offer_letter", lang, parts


@tpl(6)
def git_blame():
    code = [("def connect(self):", None), ("    conn = psycopg2.connect(", None),
            ('        host="%s",', "ip"), ('        password="%s",', "pw"), ("    )", None), ("    return conn", None),
            ('API_KEY = "%s"', "key"), ("logger.info('connected to %%s', DB_NAME)", None), ("# TODO(%s): remove before release", "todo"),
            ("timeout = 30", None), ("retries = int(os.environ.get('RETRIES', 3))", None)]
    authors = [first_last(pick(ALL_CULTURES)) for _ in range(R.randint(2, 3))]
    parts = []
    lineno = R.randint(10, 300)
    emails = chance(0.5)
    for i in range(R.randint(5, 8)):
        c, kind = pick(code)
        g, f = pick(authors)
        y, m, d = ymd(2019, 2025)
        parts += [N(hexs(8), "hash"), " ("]
        if emails:
            parts += ["<", E(g, f, pick(["users.noreply.github.com", "corp.example.org", "gmail.com"])), ">"]
        else:
            parts.append(L("person", g + " " + f, sub="mixed"))
        parts.append(" %d-%02d-%02d %02d:%02d:%02d %s %4d) " % (y, m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pick(["+0100", "+0200", "-0500", "+0530"]), lineno + i))
        if kind is None:
            parts.append(c)
        else:
            pre, post = c.split("%s")
            if kind == "todo":
                lab = N(pick(["ops", "infra", "perf", "sec", "release"]), "todo_tag")
            else:
                lab = {"ip": lambda: ip4(True), "pw": PW, "key": lambda: S(pick(["stripe", "google_api_key", "sendgrid", "openai"]))}[kind]()
            parts += [pre, lab, post]
        parts.append("\n")
    parts[-1] = ""
    return "git_blame", "en", parts


@tpl(6)
def logcat():
    pid, tid = R.randint(1000, 32000), R.randint(1000, 32000)
    y, m, d = ymd(2024, 2025)

    def ts():
        return "%02d-%02d %02d:%02d:%02d.%03d %5d %5d " % (m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), pid, tid)
    g, f = first_last()
    lines = [
        [ts(), "D OkHttp  : --> POST https://api.", pick(["fitpal.app", "rideshare.io", "bankly.eu"]), "/v2/session"],
        [ts(), "D OkHttp  : Authorization: Bearer ", S("jwt")],
        [ts(), "I AuthRepository: login ok for ", E(g, f)],
        [ts(), "D ProfileVM: user={name=", L("person", g + " " + f, sub="mixed"), ", phone=", phone(pick(FOREIGN), style=pick(["e164", "e164", "intl"])), "}"],
        [ts(), "W NetworkMonitor: connected wifi ip=", ip4(True), " gw=", N("192.168.%d.1" % R.randint(0, 9), "gateway_ip")],
        [ts(), "E FirebaseInstanceId: Token retrieval failed: SERVICE_NOT_AVAILABLE"],
        [ts(), "I chromium: [INFO:CONSOLE(1)] \"Uncaught TypeError: Cannot read properties of undefined\", source: https://m.", pick(["shop", "news"]), ".example/app.", hexs(8), ".js (1)"],
        [ts(), "D PaymentSheet: card last4=", N("%04d" % R.randint(0, 9999), "card_last4"), " brand=visa exp=", N("%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), "expiry")],
        [ts(), "V MapsFragment: camera moved to ", coords()],
        [ts(), "I ActivityManager: Start proc ", str(pid), ":com.", pick(["fitpal", "rideshare", "bankly"]), ".android/u0a", str(R.randint(100, 400)), " for activity"],
    ]
    pick_lines = R.sample(lines, R.randint(4, 7))
    if not any(isinstance(p, L) for ln in pick_lines for p in ln):
        pick_lines.append(lines[1])
    parts = ["--------- beginning of main\n"]
    for ln in pick_lines:
        parts += ln + ["\n"]
    parts[-1] = ""
    return "logcat", "en", parts


@tpl(5)
def postman_collection():
    kind = pick(["stripe", "sendgrid", "twilio", "openai", "google_api_key", "github_pat", "anthropic"])
    g, f = first_last()
    auth = pick(["bearer", "apikey", "basic"])
    parts = ['{\n  "info": {\n    "_postman_id": "', N(uuid(), "uuid"), '",\n    "name": "', pick(["Billing API", "CRM sandbox", "Partner integration"]),
             '",\n    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"\n  },\n  "auth": {\n    "type": "', auth, '",\n    "', auth, '": [\n']
    if auth == "bearer":
        parts += ['      {"key": "token", "value": "', S(kind), '", "type": "string"}\n']
    elif auth == "apikey":
        parts += ['      {"key": "value", "value": "', S(kind), '", "type": "string"},\n      {"key": "key", "value": "X-API-Key", "type": "string"}\n']
    else:
        parts += ['      {"key": "username", "value": "', E(g, f), '", "type": "string"},\n      {"key": "password", "value": "', PW(), '", "type": "string"}\n']
    parts += ['    ]\n  },\n  "variable": [\n    {"key": "baseUrl", "value": "http://', ip4(), ':', str(pick([8080, 3000, 8443])), '/api"},\n']
    parts += ['    {"key": "testCustomerEmail", "value": "', E(), '"},\n'] if chance(0.6) else []
    parts += ['    {"key": "apiVersion", "value": "', version(), '"}\n  ],\n  "item": [{"name": "Create customer", "request": {"method": "POST", "url": "{{baseUrl}}/customers",\n']
    parts += ['    "body": {"mode": "raw", "raw": "{\\"name\\": \\"', L("person", g + " " + f, sub="mixed"), '\\", \\"phone\\": \\"',
              phone(pick(FOREIGN), style="e164"), '\\"}"}}}]\n}']
    return "postman_collection", "en", parts


@tpl(5)
def crontab():
    g, f = first_last()
    parts = ["# m h  dom mon dow   command\n", "MAILTO=", E(g, f, pick(["ops.example.net", "gmail.com", "hosting-co.de"])), "\n",
             "PATH=/usr/local/sbin:/usr/local/bin:/usr/bin:/bin\n"]
    opts = [
        ["15 2 * * * PGPASSWORD='", PW(), "' pg_dump -h ", ip4(True), " -U backup shop_prod | gzip > /srv/backup/shop_$(date +\\%F).sql.gz\n"],
        ["*/10 * * * * curl -fsS -H 'X-Auth-Token: ", S(pick(["hex32", "npm_token", "gitlab_pat"])), "' https://monitor.example.net/ping/", N(uuid(), "uuid"), " >/dev/null\n"],
        ["0 4 * * 1 mysqldump -u root -p'", PW(), "' --all-databases > /var/backups/all.sql\n"],
        ["30 6 * * * AWS_ACCESS_KEY_ID=", S("aws_access_key_id"), " AWS_SECRET_ACCESS_KEY=", S("aws_secret_access_key"), " aws s3 sync /srv/media s3://media-archive/\n"],
        ["0 * * * * /usr/bin/rsync -az deploy@", ip4(), ":/var/www/ /srv/mirror/\n"],
        ["45 23 * * 5 /opt/scripts/rotate-logs.sh --keep 14  # ", version(), "\n"],
        ["@reboot sleep 60 && /usr/bin/notify --slack ", S("slack_webhook"), "\n"],
    ]
    for ln in R.sample(opts, R.randint(2, 4)):
        parts += ln
    parts[-1] = parts[-1].rstrip("\n")
    return "crontab", "en", parts


@tpl(5)
def salesforce_export():
    hdr = '"Id","FirstName","LastName","Email","Phone","MailingAddress","MailingCountry","LeadSource","CreatedDate"\n'
    parts = [hdr]
    for i in range(R.randint(2, 4)):
        ctry = pick(["US", "GB", "DE", "FR", "NL", "ES", "IT", "PL", "SE"])
        cul = {"US": "us", "GB": "en", "DE": "de", "FR": "fr", "NL": "nl", "ES": "es", "IT": "it", "PL": "pl", "SE": "sv"}[ctry]
        g, f = first_last(cul)
        parts += ['"', N("003" + C.rnd(R, C.ALNUM, 15), "sf_id"), '","', L("person", g, sub=cul), '","', L("person", f, sub=cul), '","', E(g, f), '","',
                  phone(ctry, style=pick(["intl", "nat", "e164"])), '","', addr(ctry), '","', ctry, '","',
                  pick(["Web", "Trade Show", "Partner Referral", "Webinar"]), '","', timestamp(), '"\n']
    parts[-1] = parts[-1].rstrip("\n")
    return "salesforce_export", "en", parts


@tpl(5)
def trello_card():
    g, f = first_last()
    cg, cf = first_last()
    ctry = pick(["GB", "US", "DE", "NL", "IE", "AU"])
    parts = ["## ", pick(["Customer escalation", "Refund request", "Onboarding – new client", "Bug: invoice PDF blank"]), "\n",
             "List: ", pick(["Doing", "To Do", "Waiting on customer", "Review"]), " · Labels: ", pick(["urgent, billing", "support", "sales"]), "\n",
             "Members: ", L("person", g + " " + f, sub="mixed"), pick(["", ", " + full(style="plain")]) if False else "", "\n",
             "Due: ", other_date("en"), "\n\n### Description\n"]
    body = pick([
        ["Customer ", L("person", cg + " " + cf, sub="mixed"), " called (", phone(pick(FOREIGN)), ") about order ", order_no(),
         ". Wants a refund of ", amount(), " to card ", bad_luhn() if chance(0.3) else N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "."],
        ["New client contact: ", L("person", cg + " " + cf, sub="mixed"), " <", E(cg, cf, pick(["brightlane.co", "hofmann-bau.de", "vanlier.nl"])),
         ">. Invoice address: ", addr(ctry), "."],
        ["Repro: log in as ", E(cg, cf), " / ", PW(), " on staging (", ip4(True), "), open invoice ", N("INV-%d-%05d" % (R.randint(2022, 2025), R.randint(1, 99999)), "invoice_no"), "."],
    ])
    parts += body
    parts += ["\n\n### Checklist\n- [x] Reply within SLA\n- [ ] ", pick(["Escalate to finance", "Update CRM", "Close ticket"]), "\n\n### Activity\n",
              L("person", full(style=pick(["plain", "first"])), sub="mixed"), " moved this card from To Do to Doing · ", N("%d hours ago" % R.randint(1, 23), "relative_time")]
    return "trello_card", "en", parts


@tpl(6)
def host_message():
    lang = pick(["en", "en", "es", "pt", "it", "fr", "nl", "tr", "sv"])
    cul = {"en": pick(["en", "ie", "gr", "hu"]), "es": "es", "pt": "pt", "it": "it", "fr": "fr", "nl": "nl", "tr": "tr", "sv": "sv"}[lang]
    ctry = {"en": pick(["GB", "IE"]), "es": "ES", "pt": "PT", "it": "IT", "fr": "FR", "nl": "NL", "tr": "TR", "sv": "SE"}[lang]
    hg = pick(NAMES[cul][0] + NAMES[cul][1])
    guest = pick(NAMES[pick(ALL_CULTURES)][0])
    wifi = N(pick(["Casa", "Loft", "Flat", "Stuga", "Ev"]) + "_" + pick(["Sol", "Blue", "Azul", "5G", "Guest"]), "wifi_ssid")
    if lang == "en":
        parts = ["Hi ", L("person", guest, sub="mixed"), "! I'm ", L("person", hg, sub=cul), ", your host. The flat is at ", addr(ctry),
                 ", 2nd floor. Key box code is on the door card. WiFi: ", wifi, " / ", PW(), ". If anything goes wrong call me on ",
                 phone(ctry, kind="mobile", style=pick(["nat", "intl"])), ". Best breakfast nearby: ", thing(PLACES), " café. Enjoy!"]
    elif lang == "es":
        parts = ["¡Hola ", L("person", guest, sub="mixed"), "! Soy ", L("person", hg, sub="es"), ". El piso está en ", addr("ES"), ". Wifi: ", wifi,
                 ", contraseña ", PW(), ". Mi móvil: ", phone("ES", kind="mobile", style=pick(["nat", "intl"])), ". ¡Buen viaje!"]
    elif lang == "pt":
        parts = ["Olá ", L("person", guest, sub="mixed"), ", sou ", L("person", hg, sub="pt"), ". A morada é ", addr("PT"), ". Wi-Fi ", wifi,
                 ", palavra-passe ", PW(), ". Qualquer coisa, liga para o ", phone("PT", kind="mobile", style=pick(["nat", "intl"])), "."]
    elif lang == "it":
        parts = ["Ciao ", L("person", guest, sub="mixed"), ", sono ", L("person", hg, sub="it"), ". L'appartamento è in ", addr("IT"), ". Wi-Fi ",
                 wifi, " password ", PW(), ". Per urgenze: ", phone("IT", kind="mobile", style=pick(["nat", "intl"])), "."]
    elif lang == "fr":
        parts = ["Bonjour ", L("person", guest, sub="mixed"), ", je suis ", L("person", hg, sub="fr"), ". Adresse : ", addr("FR"), ". Wifi ",
                 wifi, ", mot de passe : ", PW(), ". Mon portable : ", phone("FR", kind="mobile", style=pick(["nat", "intl"])), "."]
    elif lang == "nl":
        parts = ["Hoi ", L("person", guest, sub="mixed"), ", ik ben ", L("person", hg, sub="nl"), ". Het adres is ", addr("NL"), ". Wifi ",
                 wifi, ", wachtwoord ", PW(), ". Bel me op ", phone("NL", kind="mobile", style=pick(["nat", "intl"])), "."]
    elif lang == "tr":
        parts = ["Merhaba ", L("person", guest, sub="mixed"), ", ben ", L("person", hg, sub="tr"), ". Daire adresi: ", addr("TR"), ". Wi-Fi ",
                 wifi, ", şifre: ", PW(), ". Telefonum: ", phone("TR", style=pick(["nat", "intl"])), "."]
    else:
        parts = ["Hej ", L("person", guest, sub="mixed"), "! Jag heter ", L("person", hg, sub="sv"), ". Adressen är ", addr("SE"), ". Wifi ",
                 wifi, ", lösenord ", PW(), ". Ring mig på ", phone("SE", kind="mobile", style=pick(["nat", "intl"])), "."]
    return "host_message", lang, parts


@tpl(5)
def lost_found():
    lang = pick(["en", "en", "de", "nl"])
    hdr = {"en": "LOST PROPERTY LOG – %s" % pick(["Platform 4 office", "Terminal 2 desk", "Leisure centre reception"]),
           "de": "Fundbuch – Fundbüro %s" % pick(["Hauptbahnhof", "Rathaus"]), "nl": "Gevonden voorwerpen – balie %s" % pick(["Centraal", "Zuid"])}[lang]
    parts = [hdr, "\nRef | Date | Item | Where found | Claimed by | ID checked | Contact\n"]
    for i in range(R.randint(2, 4)):
        cul = pick(ALL_CULTURES)
        claimed = i == 0 or chance(0.6)
        parts += [N("LP-%05d" % R.randint(1, 99999), "ref_no"), " | ", other_date("en" if lang == "en" else lang), " | ",
                  pick(["black umbrella", "Kindle (case: " + pick(BOOKS) + " sticker)", "child's scooter", "wallet, brown", "AirPods"]), " | ",
                  pick(["Coach C", "Gate B12", "changing room 3", "Café", "near " + pick(PLACES)]), " | "]
        if claimed:
            parts += [L("person", full(cul, style=pick(["plain", "rev", "caps"])), sub=cul), " | ",
                      gov(pick(["passport", "passport", "nino", "dni", "nie", "bsn", "pesel", "tckn"])), " | ",
                      phone(pick(FOREIGN), reader={"en": "GB", "de": "DE", "nl": "NL"}[lang]), "\n"]
        else:
            parts += ["—", " | ", "—", " | ", "—", "\n"]
    parts[-1] = ""
    return "lost_found_log", lang, parts


@tpl(6)
def refill_request():
    lang = pick(["en", "en", "us", "in", "de"])
    cul = {"en": pick(["en", "ie", "ng", "ar"]), "us": "us", "in": "in", "de": "de"}[lang]
    g, f = first_last(cul)
    drug = pick(["Atorvastatin", "Levothyroxine", "Metformin", "Ramipril", "Sertraline", "Amlodipine"])
    if lang in ("en", "us", "in"):
        parts = ["Repeat prescription request\n\nPatient: ", L("person", pick([g + " " + f, f.upper() + ", " + g]), sub=cul), "\n",
                 pick(["DOB: ", "Date of birth: ", "D.O.B. "]), DOB("us" if lang == "us" else "en"), "\n"]
        if lang == "en":
            parts += ["NHS no: ", gov("nhs"), "\n"]
        elif lang == "us":
            parts += ["Plan: ", pick(["Aetna Choice POS II", "Blue Cross PPO", "Kaiser HMO"]), "\n"]
        parts += ["Medication: ", drug, " ", N("%d mg" % pick([5, 10, 25, 50, 75, 100]), "measurement"), ", 28 tablets, Rx ", N("#%07d" % R.randint(0, 9999999), "rx_no"), "\n",
                  "Collect from: ", thing(PLACES), " branch\n", "Call back: ", phone({"en": "GB", "us": "US", "in": "IN"}[lang], style=pick(["nat", "intl"])),
                  "\nPrescriber: Dr ", L("person", pick(NAMES[cul][2]), sub=cul)]
    else:
        parts = ["Folgerezept-Anfrage\n\nName: ", L("person", f + ", " + g, sub="de"), "\nGeb.-Datum: ", DOB("de"), "\nKasse: ",
                 pick(["Techniker Krankenkasse", "AOK Bayern", "Barmer"]), "\nMedikament: ", drug, " ",
                 N("%d mg" % pick([5, 10, 25, 50]), "measurement"), " N3\nRückruf: ", phone("DE", style="nat"),
                 "\nHausarzt: Dr. med. ", L("person", pick(NAMES["de"][2]), sub="de")]
    return "refill_request", lang, parts


@tpl(5)
def transcript_request():
    lang = pick(["en", "en", "us", "in", "es", "pt"])
    cul = {"en": pick(["en", "gr", "kr", "jp"]), "us": "us", "in": "in", "es": "es", "pt": "pt"}[lang]
    g, f = first_last(cul)
    prev = pick(NAMES[cul][2])
    sid = N("%d%06d" % (R.randint(18, 24), R.randint(0, 999999)), "request_no")
    if lang in ("en", "us", "in"):
        ctry = {"en": "GB", "us": "US", "in": "IN"}[lang]
        parts = ["OFFICIAL TRANSCRIPT REQUEST\nStudent name: ", L("person", g + " " + f, sub=cul), "\nName while enrolled (if different): ",
                 L("person", g + " " + prev, sub=cul) if chance(0.5) else "n/a", "\nRequest no.: ", sid, "\nDate of birth: ",
                 DOB("us" if lang == "us" else "en", 1970, 2004), "\nProgramme: ", pick(["BSc Chemistry", "MA History", "B.Tech Civil", "MBA"]),
                 "\nSend to: ", addr(ctry, ", "), "\nEmail: ", E(g, f), "\nFee: ", amount(), " – card ", CARD(pick(["visa", "mastercard", "rupay" if lang == "in" else "amex"])),
                 " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "expiry")]
    elif lang == "es":
        parts = ["Solicitud de certificado académico\nNombre: ", L("person", g + " " + f, sub="es"), "\nDNI: ", gov("dni"), "\nFecha de nacimiento: ",
                 DOB("es", 1975, 2004), "\nN.º de solicitud: ", sid, "\nDirección de envío: ", addr("ES"), "\nCorreo: ", E(g, f)]
    else:
        parts = ["Pedido de histórico escolar\nNome: ", L("person", g + " " + f, sub="pt"), "\nCPF: ", gov("cpf"), "\nData de nascimento: ",
                 DOB("pt", 1975, 2004), "\nProtocolo: ", sid, "\nEndereço: ", addr("BR", " "), "\nE-mail: ", E(g, f, pick(["uol.com.br", "gmail.com"]))]
    return "transcript_request", lang, parts


@tpl(4)
def netrc_pgpass():
    if chance(0.5):
        parts = ["# ~/.netrc\n"]
        for i in range(R.randint(1, 3)):
            host = pick(["api.heroku.com", "git.internal.example", "ftp.printshop.example", "pypi.example.org"])
            login = E() if chance(0.5) else N(pick(["deploy", "ci-bot", "backup", "__token__"]), "username")
            parts += ["machine ", host, "\n  login ", login, "\n  password ", pick([PW, lambda: S(pick(["hex32", "gitlab_pat", "npm_token"]))])(), "\n"]
        form = "netrc"
    else:
        parts = ["# ~/.pgpass  hostname:port:database:username:password\n"]
        for i in range(R.randint(1, 3)):
            parts += [pick([lambda: ip4(True), lambda: N(pick(["db-primary.internal", "localhost", "pg.example.net"]), "hostname")])(), ":5432:",
                      pick(["orders", "analytics", "*"]), ":", pick(["app_rw", "report", "postgres"]), ":", PW(), "\n"]
        form = "pgpass"
    parts[-1] = parts[-1].rstrip("\n")
    return form, "en", parts


@tpl(5)
def windows_event():
    g, f = first_last(pick(["en", "us", "de", "nl", "in", "pl"]))
    user = pick([(g[0] + f).lower().replace(" ", ""), (g + "." + f).lower().replace(" ", "")])
    ev = pick([4625, 4625, 4771])
    y, m, d = ymd(2023, 2025)
    parts = ["Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nDate:          ",
             N("%d/%d/%d %d:%02d:%02d %s" % (m, d, y, R.randint(1, 12), R.randint(0, 59), R.randint(0, 59), pick(["AM", "PM"])), "timestamp"),
             "\nEvent ID:      %d\nTask Category: Logon\nKeywords:      %s\nComputer:      %s\n\n" % (ev, "Audit Failure",
                                                                                     pick(["WS-FIN-0231.corp.local", "DC01.ad.example.org", "LT-%05d" % R.randint(0, 99999)])),
             "Subject:\n\tSecurity ID:\t\tNULL SID\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\t"]
    if chance(0.5):
        parts += [E(g, f, pick(["corp.example.org", "contoso.example"]))]
    else:
        parts += [N(pick(["administrator", "svc_backup", "scanner01", "guest", "sqlagent", "admin"]), "username")]
    parts += ["\n\tAccount Domain:\t\tCORP\n\nNetwork Information:\n\tWorkstation Name:\t", N("DESKTOP-" + C.rnd(R, string.ascii_uppercase + string.digits, 7), "hostname"),
              "\n\tSource Network Address:\t", pick([ip4, ip4, ip6])(), "\n\tSource Port:\t\t%d\n\nDetailed Authentication Information:\n\tLogon Process:\t\tNtLmSsp\n" % R.randint(49152, 65535)]
    if chance(0.4):
        parts += ["\n-- helpdesk note: caller was ", L("person", g + " " + f, sub="mixed"), ", locked out after travel; call back on ",
                  phone(pick(["GB", "US", "DE", "NL", "IN"]), style="intl")]
    return "windows_event", "en", parts


@tpl(6)
def emergency_card():
    lang = pick(["en", "en", "de", "fr", "es", "sv", "tr", "pl"])
    cul = {"en": pick(["en", "us", "ng", "cn", "vn", "et"]), "de": "de", "fr": "fr", "es": "es", "sv": "sv", "tr": "tr", "pl": "pl"}[lang]
    ctry = {"en": pick(["GB", "US"]), "de": "DE", "fr": "FR", "es": "ES", "sv": "SE", "tr": "TR", "pl": "PL"}[lang]
    fam = pick(NAMES[cul][2])
    kid = pick(NAMES[cul][0] + NAMES[cul][1])
    m, d = pick(NAMES[cul][0]), pick(NAMES[cul][1])
    dl = "us" if ctry == "US" else lang
    T = {"en": ["FOR THE BABYSITTER", "Child", "born", "Mum", "Dad", "Home", "Doctor", "Allergies", "peanuts, penicillin"],
         "de": ["FÜR DEN BABYSITTER", "Kind", "geb.", "Mama", "Papa", "Wohnung", "Kinderarzt", "Allergien", "Erdnüsse"],
         "fr": ["POUR LA BABY-SITTER", "Enfant", "né(e) le", "Maman", "Papa", "Domicile", "Pédiatre", "Allergies", "arachides"],
         "es": ["PARA LA CANGURO", "Niño/a", "nacido/a el", "Mamá", "Papá", "Casa", "Pediatra", "Alergias", "frutos secos"],
         "sv": ["TILL BARNVAKTEN", "Barn", "född", "Mamma", "Pappa", "Hem", "Läkare", "Allergier", "nötter"],
         "tr": ["BAKICI İÇİN", "Çocuk", "doğum tarihi", "Anne", "Baba", "Ev", "Doktor", "Alerjiler", "fıstık"],
         "pl": ["DLA OPIEKUNKI", "Dziecko", "ur.", "Mama", "Tata", "Dom", "Pediatra", "Alergie", "orzeszki"]}[lang]
    parts = [T[0], "\n", T[1], ": ", L("person", kid + " " + fam if chance(0.5) else kid, sub=cul), " (", T[2], " ", DOB(dl, 2012, 2023), ")\n",
             T[3], ": ", L("person", m, sub=cul), " ", phone(ctry, kind="mobile" if ctry not in ("US",) else None, style="nat"), "\n",
             T[4], ": ", L("person", d, sub=cul), " ", phone(ctry, kind="mobile" if ctry not in ("US",) else None, style=pick(["nat", "intl"])), "\n",
             T[5], ": ", addr(ctry), "\n", T[6], ": ", L("person", full(cul, style=pick(["plain", "initial"])), sub=cul), "\n", T[7], ": ", T[8]]
    if chance(0.4):
        parts += ["\nWiFi: ", N(pick(["FamilyNet", "Vodafone-%s" % C.rnd(R, "ABCDEF0123456789", 4)]), "wifi_ssid"), " / ", PW()]
    return "emergency_card", lang, parts


@tpl(5)
def carpool_rota():
    lang = pick(["en", "en", "us", "de", "nl", "it"])
    cul = {"en": None, "us": "us", "de": "de", "nl": "nl", "it": "it"}[lang]
    ctry = {"en": "GB", "us": "US", "de": "DE", "nl": "NL", "it": "IT"}[lang]
    days = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri"], "us": ["Mon", "Tue", "Wed", "Thu", "Fri"], "de": ["Mo", "Di", "Mi", "Do", "Fr"],
            "nl": ["ma", "di", "wo", "do", "vr"], "it": ["lun", "mar", "mer", "gio", "ven"]}[lang]
    head = {"en": "Football carpool – Spring term", "us": "Swim team carpool", "de": "Fahrgemeinschaft Handball", "nl": "Rijschema hockey", "it": "Turni auto – calcio"}[lang]
    parts = [head, "\n| Day | Driver | Mobile | Seats |\n|---|---|---|---|\n"]
    for dday in R.sample(days, R.randint(3, 5)):
        parts += ["| ", dday, " | ", L("person", full(cul, style=pick(["plain", "plain", "first", "initial"])), sub=cul or "mixed"), " | ",
                  phone(ctry, kind="mobile" if ctry != "US" else None, style=pick(["nat", "nat", "intl", "00" if ctry not in ("US", "GB") else "intl"]), reader=ctry), " | ", str(R.randint(2, 6)), " |\n"]
    parts += ["\nMeeting point: ", thing(PLACES), " car park, ", N("%02d:%02d" % (R.randint(6, 18), pick([0, 15, 30, 45])), "time")]
    return "carpool_rota", lang, parts


@tpl(6)
def address_change():
    lang = pick(["en", "en", "de", "nl", "fr", "it", "pl", "sv", "pt"])
    cul = {"en": pick(["en", "us", "in"]), "de": "de", "nl": "nl", "fr": "fr", "it": "it", "pl": "pl", "sv": "sv", "pt": "pt"}[lang]
    ctry = {"en": pick(["GB", "US", "CA", "AU"]), "de": pick(["DE", "AT"]), "nl": "NL", "fr": "FR", "it": "IT", "pl": "PL", "sv": "SE", "pt": "PT"}[lang]
    g, f = first_last(cul)
    cust = N("%s-%08d" % (pick(["KD", "CUST", "CLI"]), R.randint(0, 99999999)), "customer_no")
    sep = pick(["\n", ", "])
    T = {"en": ("Change of address", "Customer no.", "Name", "Old address", "New address", "Valid from", "Date of birth", "Phone"),
         "de": ("Adressänderung", "Kundennummer", "Name", "Bisherige Anschrift", "Neue Anschrift", "Gültig ab", "Geburtsdatum", "Telefon"),
         "nl": ("Adreswijziging", "Klantnummer", "Naam", "Oud adres", "Nieuw adres", "Ingangsdatum", "Geboortedatum", "Telefoon"),
         "fr": ("Changement d'adresse", "N° client", "Nom", "Ancienne adresse", "Nouvelle adresse", "À partir du", "Date de naissance", "Téléphone"),
         "it": ("Cambio di residenza", "Codice cliente", "Nome", "Vecchio indirizzo", "Nuovo indirizzo", "Dal", "Data di nascita", "Telefono"),
         "pl": ("Zmiana adresu", "Nr klienta", "Imię i nazwisko", "Poprzedni adres", "Nowy adres", "Od", "Data urodzenia", "Telefon"),
         "sv": ("Adressändring", "Kundnummer", "Namn", "Gammal adress", "Ny adress", "Från och med", "Födelsedatum", "Telefon"),
         "pt": ("Alteração de morada", "N.º cliente", "Nome", "Morada antiga", "Nova morada", "A partir de", "Data de nascimento", "Telefone")}[lang]
    dl = "us" if ctry == "US" else ("en" if lang == "en" else lang)
    parts = [T[0], "\n", T[1], ": ", cust, "\n", T[2], ": ", L("person", g + " " + f, sub=cul), "\n", T[6], ": ", DOB(dl, 1940, 2004), "\n",
             T[3], ":", "\n" if sep == "\n" else " ", addr(ctry, sep), "\n", T[4], ":", "\n" if sep == "\n" else " ", addr(ctry, sep), "\n",
             T[5], ": ", other_date(dl), "\n", T[7], ": ", phone(ctry, style=pick(["nat", "intl", "00"]))]
    if lang == "sv" and chance(0.7):
        parts += ["\nPersonnummer: ", gov("personnummer")]
    if lang == "pl" and chance(0.7):
        parts += ["\nPESEL: ", gov("pesel")]
    if lang == "it" and chance(0.7):
        parts += ["\nCodice fiscale: ", gov("cf", surname=f, given=g)]
    return "address_change", lang, parts


@tpl(5)
def gh_workflow():
    parts = ["name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: ubuntu-22.04\n    env:\n",
             "      NODE_VERSION: \"", version(), "\"\n", "      REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }}\n"]
    hard = [["      NPM_TOKEN: ", S("npm_token"), "\n"], ["      SLACK_WEBHOOK: ", S("slack_webhook"), "\n"],
            ["      GH_TOKEN: ", S(pick(["github_pat", "github_fine_grained"])), "\n"], ["      SIGNING_KEY_PASSPHRASE: ", PW(), "\n"],
            ["      DB_URL: postgres://deploy:", PWU(), "@", ip4(True), ":5432/app\n"], ["      AWS_ACCESS_KEY_ID: ", S("aws_access_key_id"), "\n"]]
    for h in R.sample(hard, R.randint(1, 3)):
        parts += h
    parts += ["    steps:\n      - uses: actions/checkout@", N(hexs(40), "hash"), "\n      - run: npm ci && npm run build\n"]
    if chance(0.5):
        g, f = first_last()
        parts += ["      - run: git config user.name \"", L("person", g + " " + f, sub="mixed"), "\" && git config user.email \"", E(g, f), "\"\n"]
    parts += ["      - run: ./scripts/deploy.sh --host ", ip4(), "\n"]
    parts[-1] = parts[-1].rstrip("\n")
    return "gh_workflow", "en", parts


@tpl(5)
def pickup_authorization():
    lang = pick(["de", "nl", "sv", "en", "tr", "fr"])
    cul = {"de": "de", "nl": "nl", "sv": "sv", "en": pick(["en", "ar", "ng"]), "tr": "tr", "fr": "fr"}[lang]
    ctry = {"de": "DE", "nl": "NL", "sv": "SE", "en": "GB", "tr": "TR", "fr": "FR"}[lang]
    fam = pick(NAMES[cul][2])
    kid = pick(NAMES[cul][0] + NAMES[cul][1])
    idk = {"de": "passport", "nl": "bsn", "sv": "personnummer", "en": "passport", "tr": "tckn", "fr": "passport"}[lang]
    T = {"de": ("Abholberechtigung Kita %s" % pick(["Sonnenblume", "Regenbogen"]), "Kind", "Folgende Personen dürfen mein Kind abholen", "Ausweis-Nr.", "Tel.", "Unterschrift"),
         "nl": ("Machtiging ophalen – KDV %s" % pick(["De Boomhut", "Het Kabouterhuis"]), "Kind", "Deze personen mogen mijn kind ophalen", "BSN", "Tel.", "Handtekening"),
         "sv": ("Hämtningsfullmakt – förskolan %s" % pick(["Solrosen", "Myran"]), "Barn", "Följande personer får hämta mitt barn", "Personnr", "Tel.", "Underskrift"),
         "en": ("Collection authorisation – %s Nursery" % pick(["Little Acorns", "Busy Bees"]), "Child", "The following people may collect my child", "Passport no.", "Tel.", "Signed"),
         "tr": ("Teslim alma yetkisi – %s Anaokulu" % pick(["Papatya", "Gökkuşağı"]), "Çocuk", "Çocuğumu teslim alabilecek kişiler", "T.C. Kimlik No", "Tel.", "İmza"),
         "fr": ("Autorisation de sortie – crèche %s" % pick(["Les Lucioles", "Arc-en-ciel"]), "Enfant", "Personnes autorisées à récupérer mon enfant", "N° passeport", "Tél.", "Signature")}[lang]
    dl = lang if lang != "en" else "en"
    parts = [T[0], "\n", T[1], ": ", L("person", kid + " " + fam, sub=cul), ", ", DOB(dl, 2019, 2024), "\n", T[2], ":\n"]
    for i in range(R.randint(1, 3)):
        parts += ["  ", str(i + 1), ". ", L("person", full(cul, style=pick(["plain", "plain", "rev"])), sub=cul), ", ", T[3], " ", gov(idk), ", ", T[4], " ",
                  phone(ctry, kind="mobile", style=pick(["nat", "intl"])), "\n"]
    parts += [T[5], ": ", L("person", pick(NAMES[cul][0]) + " " + fam, sub=cul)]
    return "pickup_authorization", lang, parts


@tpl(4)
def intercom_directory():
    lang = pick(["it", "es", "de", "pl", "en"])
    cul = {"it": "it", "es": "es", "de": "de", "pl": "pl", "en": pick(["en", "kr", "jp", "gr"])}[lang]
    ctry = {"it": "IT", "es": "ES", "de": "DE", "pl": "PL", "en": "GB"}[lang]
    hdr = {"it": "Condominio %s – citofoni e recapiti" % pick(["Le Magnolie", "Via dei Mille 14"]), "es": "Comunidad de propietarios – telefonillo",
           "de": "Klingelschild & Notfallnummern Haus %d" % R.randint(2, 80), "pl": "Wspólnota mieszkaniowa – domofon", "en": "Block C intercom list (concierge copy)"}[lang]
    parts = [hdr, "\n"]
    for i in range(R.randint(3, 6)):
        unit = {"it": "Int. %d" % R.randint(1, 20), "es": "%dº %s" % (R.randint(1, 8), pick("ABCD")), "de": "WE %02d" % R.randint(1, 30),
                "pl": "m. %d" % R.randint(1, 60), "en": "Flat %d" % R.randint(1, 40)}[lang]
        nm = pick(NAMES[cul][2])
        parts += [unit, "  "]
        if chance(0.25):  # two households on one bell: two labels
            parts += [L("person", nm, sub=cul), "/", L("person", pick(NAMES[cul][2]), sub=cul)]
        else:
            parts.append(L("person", pick([nm.upper(), nm, full(cul, style=pick(["plain", "initial", "caps"]))]), sub=cul))
        if chance(0.6):
            parts += ["  ", phone(ctry, style=pick(["nat", "nat", "intl"]))]
        parts.append("\n")
    parts += [{"it": "Amministratore: ", "es": "Administrador: ", "de": "Hausverwaltung: ", "pl": "Zarządca: ", "en": "Managing agent: "}[lang],
              pick(["Studio Gestioni Immobiliari", "Fincas Moreno S.L.", "Hausverwaltung Kramer & Söhne", "ZGN Administracja", "Foxtons Block Management"])]
    return "intercom_directory", lang, parts


@tpl(5)
def pentest_finding():
    parts = ["### Finding ", N("PT-%d-%03d" % (R.randint(2023, 2025), R.randint(1, 120)), "finding_id"), ": ",
             pick(["Hard-coded cloud credentials in mobile app", "Exposed .env on staging", "Verbose error leaks DSN"]),
             "\nSeverity: ", pick(["High (CVSS 8.2)", "Critical (CVSS 9.1)", "Medium (CVSS 6.5)"]), "\nAffected host: ", ip4(), " (", N(pick(["staging", "api-dev", "uat"]) + ".client.example", "hostname"), ")\n\nEvidence:\n```\n"]
    ev = pick([
        ["AWS_ACCESS_KEY_ID=", S("aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", S("aws_secret_access_key"), "\n"],
        ["STRIPE_SECRET=", S("stripe"), "\nMAIL_PASSWORD=", PW(), "\n"],
        ["SQLSTATE[HY000] [1045] Access denied for user 'shop'@'", ip4(True), "' (using password: YES)\nDSN: mysql://shop:", PWU(), "@db.internal:3306/shop\n"],
        ["const firebaseConfig = { apiKey: \"", S("google_api_key"), "\", projectId: \"client-prod\" };\n"],
    ])
    parts += ev
    g, f = first_last()
    parts += ["```\n\nReported by ", L("person", g + " " + f, sub="mixed"), " (", E(g, f, pick(["redteam.example", "securelabs.example"])), "). Retest scheduled for ",
              other_date("en"), "; client contact ", L("person", full(style="plain"), sub="mixed"), "."]
    return "pentest_finding", "en", parts


@tpl(5)
def claim_narrative():
    lang = pick(["en", "en", "us", "de", "es", "it"])
    cul = {"en": pick(["en", "ie", "ar", "in"]), "us": "us", "de": "de", "es": "es", "it": "it"}[lang]
    ctry = {"en": "GB", "us": "US", "de": "DE", "es": "ES", "it": "IT"}[lang]
    pol = N("%s-%d-%07d" % (pick(["POL", "MTR", "HH"]), R.randint(2020, 2025), R.randint(0, 9999999)), "policy_no")
    plate = N(pick(["%s%d %s" % (pick(["LB", "KX", "YA"]), R.randint(10, 75), C.rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)), "%s-%s %d" % (pick(["M", "HH", "B"]), C.rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(1, 9999))]), "plate")
    if lang in ("en", "us"):
        parts = ["Policy ", pol, " – what happened, in your own words:\n\nI was waiting at the lights by ", thing(PLACES), " when a silver ",
                 pick(["Ford Focus", "Vauxhall Corsa", "Toyota Camry"]), " (reg ", plate, ") hit the back of my car. The driver, ",
                 L("person", full(cul, style="plain"), sub=cul), ", gave me her number, ", phone(ctry, style="nat"), ", and said her insurer would be in touch. ",
                 "A witness, ", L("person", full(pick(ALL_CULTURES), style="plain"), sub="mixed"), ", stayed and can be reached at ", pick([E, lambda: phone(pick(FOREIGN), reader="GB" if lang == "en" else "US")])(), ". Repair estimate ",
                 amount(), ". I live at ", addr(ctry), "."]
    elif lang == "de":
        parts = ["Schadenmeldung zu Vertrag ", pol, "\n\nAm ", other_date("de"), " fuhr mir auf dem Parkplatz am ", thing(PLACES), " ein Fahrzeug (Kennzeichen ",
                 plate, ") in die Seite. Fahrer: ", L("person", full("de", style="plain"), sub="de"), ", wohnhaft ", addr("DE"), ", Tel. ", phone("DE", style="nat"),
                 ". Zeugin: ", L("person", full("de", True, "plain"), sub="de"), "."]
    elif lang == "es":
        parts = ["Parte de siniestro – póliza ", pol, "\n\nEl día ", other_date("es"), " un vehículo con matrícula ", N("%04d %s" % (R.randint(0, 9999), C.rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)), "plate"),
                 " golpeó mi coche. Conductora: ", L("person", full("es", True, "plain"), sub="es"), ", DNI ", gov("dni"), ", teléfono ", phone("ES", style="nat"), "."]
    else:
        parts = ["Denuncia sinistro – polizza ", pol, "\n\nIl ", other_date("it"), " in Via Roma un'auto targata ", N("%s%03d%s" % (C.rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(0, 999), C.rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)), "plate"),
                 " ha urtato la mia. Conducente: ", L("person", full("it", style="plain"), sub="it"), ", C.F. ", N("vedi CID allegato", "note"), ", cell. ",
                 phone("IT", kind="mobile", style="nat"), ". Testimone: ", L("person", full("it", style="plain"), sub="it"), "."]
    return "claim_narrative", lang, parts


@tpl(7)
def bank_details_change():
    lang = pick(["en", "en", "de", "fr", "nl", "es", "it", "pt", "pl", "tr", "sv"])
    cul = {"en": pick(["en", "ie", "ng", "in"]), "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt", "pl": "pl", "tr": "tr", "sv": "sv"}[lang]
    ibc = {"en": pick(["GB", "IE"]), "de": pick(["DE", "AT", "CH"]), "fr": pick(["FR", "BE", "MC"]), "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL", "tr": "TR", "sv": "SE"}[lang]
    g, f = first_last(cul)
    emp = N("E%05d" % R.randint(0, 99999), "employee_no")
    if lang == "en":
        parts = ["From: ", L("person", g + " " + f, sub=cul), " <", E(g, f, pick(["acme-logistics.co.uk", "brightwater.ie"])), ">\nTo: payroll\nSubject: New bank account from next pay run\n\n",
                 "Hi team,\n\nPlease pay my salary (employee no. ", emp, ") into my new account:\nIBAN ", IBAN(ibc), "\nBIC ", N(pick(["BARCGB22", "AIBKIE2D", "MONZGB2L"]), "bic"), "\n"]
        if ibc == "GB":
            parts += ["NI number for reference: ", gov("nino"), "\n"]
        parts += ["\nThanks,\n", L("person", g, sub=cul)]
    else:
        T = {"de": ("Änderung der Bankverbindung", "Personalnummer", "Neue IBAN", "Viele Grüße"), "fr": ("Changement de RIB", "Matricule", "Nouvel IBAN", "Bien à vous"),
             "nl": ("Wijziging rekeningnummer", "Personeelsnummer", "Nieuwe IBAN", "Groet"), "es": ("Cambio de cuenta bancaria", "N.º empleado", "Nuevo IBAN", "Saludos"),
             "it": ("Variazione coordinate bancarie", "Matricola", "Nuovo IBAN", "Cordiali saluti"), "pt": ("Alteração de NIB/IBAN", "N.º colaborador", "Novo IBAN", "Cumprimentos"),
             "pl": ("Zmiana numeru konta", "Nr pracownika", "Nowy IBAN", "Pozdrawiam"), "tr": ("Banka hesabı değişikliği", "Sicil no", "Yeni IBAN", "Saygılarımla"),
             "sv": ("Nytt bankkonto för lön", "Anställningsnr", "Ny IBAN", "Hälsningar")}[lang]
        parts = [T[0], "\n", T[1], ": ", emp, "\n", T[2], ": ", IBAN(ibc), "\n"]
        extra = {"de": ("Steuer-ID", lambda: gov("steuerid")), "fr": ("N° sécu", lambda: gov("nir")), "nl": ("BSN", lambda: gov("bsn")),
                 "es": ("NIE", lambda: gov("nie")), "it": ("Codice fiscale", lambda: gov("cf", surname=f, given=g)), "pt": ("Telemóvel", lambda: phone("PT", kind="mobile")),
                 "pl": ("PESEL", lambda: gov("pesel")), "tr": ("TC Kimlik No", lambda: gov("tckn")), "sv": ("Personnummer", lambda: gov("personnummer"))}[lang]
        if chance(0.8):
            parts += [extra[0], ": ", extra[1](), "\n"]
        parts += ["\n", T[3], "\n", L("person", g + " " + f, sub=cul)]
    return "bank_details_change", lang, parts


@tpl(4)
def biodata():
    g, f = first_last("in")
    fg = pick(NAMES["in"][1])
    female = chance(0.5)
    g = pick(NAMES["in"][0] if female else NAMES["in"][1])
    y, m, d = ymd(1988, 2000)
    parts = ["|| Shree Ganeshaya Namah ||\nMARRIAGE BIODATA\n\nName: ", L("person", pick([g + " " + f, (g + " " + f).upper()]), sub="in"),
             "\nDate of Birth: ", L("dob", fmt_date("in", y, m, d), sub="in"), "\nTime of Birth: %d:%02d %s" % (R.randint(1, 12), R.randint(0, 59), pick(["AM", "PM"])),
             "\nPlace of Birth: ", pick(["Nagpur", "Mysuru", "Indore", "Coimbatore", "Ludhiana"]), "\nHeight: ", N("5' %d\"" % R.randint(0, 11), "measurement"),
             "\nEducation: ", pick(["B.E. (Computer Science)", "MBBS, MD", "CA", "M.Sc. Statistics"]), "\nOccupation: ", pick(["Software Engineer at Infosys", "Doctor, AIIMS", "Chartered Accountant"]),
             "\nAnnual Income: ", N("₹%d LPA" % R.randint(6, 60), "amount"), "\n\nFAMILY DETAILS\nFather: ", L("person", fg + " " + f, sub="in"),
             " (retd. ", pick(["bank manager", "professor", "Railways"]), ")\nMother: ", L("person", pick(NAMES["in"][0]) + " " + f, sub="in"),
             "\n\nCONTACT\nMobile: ", phone("IN", style=pick(["nat", "intl", "intl"])), "\nEmail: ", E(g, f, pick(["gmail.com", "rediffmail.com", "yahoo.co.in"])),
             "\nAddress: ", addr("IN")]
    return "biodata", "in", parts


@tpl(4)
def spring_properties():
    parts = ["# application-prod.properties\nserver.port=8443\nspring.application.name=", pick(["order-service", "ledger", "notification-hub"]),
             "\nspring.datasource.url=jdbc:postgresql://", ip4(True), ":5432/", pick(["orders", "ledger"]), "\nspring.datasource.username=app\nspring.datasource.password=", PW(),
             "\nspring.mail.host=smtp.", pick(["sendgrid.net", "mailgun.org"]), "\nspring.mail.username=apikey\nspring.mail.password=", S(pick(["sendgrid", "hex32"])),
             "\nmanagement.endpoints.web.exposure.include=health,info\n"]
    if chance(0.5):
        parts += ["app.admin.notify=", E(), "\n"]
    if chance(0.5):
        parts += ["app.jwt.signing-key=", S(pick(["hex32", "jwt"])), "\n"]
    parts += ["app.build=", version()]
    return "spring_properties", "en", parts


@tpl(4)
def last_output():
    users = [pick(["deploy", "root", "ubuntu", "ansible", "backup"]) for _ in range(4)]
    parts = ["$ last -i -n %d\n" % R.randint(4, 8)]
    for i in range(R.randint(3, 6)):
        u = pick(users)
        parts += [N(u, "username"), " " * (9 - len(u)), "pts/%d        " % R.randint(0, 4), pick([ip4, ip4, ip6])(),
                  "  %s %s %2d %02d:%02d   still logged in\n" % (pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), pick(["Jan", "Mar", "Jun", "Oct"]), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))]
    parts += ["reboot   system boot  ", N("%d.%d.0-%d-generic" % (R.randint(5, 6), R.randint(4, 15), R.randint(10, 120)), "version"), "\n\nwtmp begins ", N("Sat Feb  1 00:00:01 2025", "timestamp")]
    return "last_output", "en", parts


@tpl(4)
def volunteer_signup():
    lang = pick(["en", "en", "us", "nl", "sv", "de"])
    cul = {"en": None, "us": "us", "nl": "nl", "sv": "sv", "de": "de"}[lang]
    ctry = {"en": "GB", "us": "US", "nl": "NL", "sv": "SE", "de": "DE"}[lang]
    hdr = {"en": "Park clean-up volunteers (Saturday)", "us": "Food bank volunteer sign-up", "nl": "Vrijwilligers buurtfeest", "sv": "Frivilliga – loppis", "de": "Helferliste Sommerfest"}[lang]
    parts = [hdr, "\nName\tEmail\tPhone\tShift\tT-shirt\n"]
    for i in range(R.randint(2, 5)):
        c = cul or pick(ALL_CULTURES)
        g, f = first_last(c)
        parts += [L("person", g + " " + f, sub=c), "\t", E(g, f), "\t", phone(ctry, style=pick(["nat", "intl"])) if chance(0.8) else "", "\t",
                  pick(["9-12", "12-3", "all day"]), "\t", pick(["S", "M", "L", "XL"]), "\n"]
    parts[-1] = parts[-1].rstrip("\n")
    return "volunteer_signup", lang, parts


@tpl(6)
def box_office_note():
    lang = pick(["en", "en", "us", "de", "fr", "es"])
    cul = {"en": None, "us": "us", "de": "de", "fr": "fr", "es": "es"}[lang]
    ctry = {"en": "GB", "us": "US", "de": "DE", "fr": "FR", "es": "ES"}[lang]
    show = pick(["Hamlet", "Carmen", "The Nutcracker", "Don Giovanni", "Les Misérables", "Evita"])
    nm = L("person", full(cul, style=pick(["plain", "rev", "caps"])), sub=cul or "mixed")
    card = CARD(pick(["visa", "mastercard", "amex", "discover", "jcb", "maestro", "diners"]))
    exp = N("%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), "expiry")
    if lang in ("en", "us"):
        parts = ["PHONE BOOKING – ", show, " – ", other_date("us" if lang == "us" else "en"), " 19:30\nSeats: Stalls ", pick("DEFGH"), str(R.randint(1, 20)), "-", str(R.randint(21, 30)),
                 " (", str(R.randint(2, 4)), " tickets, ", amount(), ")\nCustomer: ", nm, "\nTel: ", phone(ctry, style="nat"), "\nCard: ", card, " exp ", exp,
                 " CVV taken verbally, not stored\nNotes: wheelchair space, collect at desk"]
    elif lang == "de":
        parts = ["Telefonische Reservierung – ", show, " am ", other_date("de"), "\nPlätze: Parkett Reihe ", str(R.randint(1, 20)), ", ", str(R.randint(2, 4)), " Karten (",
                 amount(), ")\nKunde: ", nm, "\nRückruf: ", phone(ctry, style="nat"), "\nKarte: ", card, " gültig bis ", exp]
    elif lang == "fr":
        parts = ["Réservation téléphonique – ", show, " le ", other_date("fr"), "\nPlaces : orchestre rang ", pick("DEFGH"), "\nClient : ", nm, "\nTél. : ",
                 phone(ctry, style="nat"), "\nCB : ", card, " exp. ", exp]
    else:
        parts = ["Reserva telefónica – ", show, ", ", other_date("es"), "\nButacas: platea fila ", str(R.randint(1, 20)), "\nCliente: ", nm, "\nTel.: ",
                 phone(ctry, style="nat"), "\nTarjeta: ", card, " cad. ", exp]
    return "box_office_note", lang, parts


@tpl(5)
def tax_intake():
    g, f = first_last("us")
    sg, sf = first_last(pick(["us", "es", "vn", "kr", "in"]))
    parts = ["TAX PREP INTAKE CHECKLIST (", N("TY%d" % R.randint(2022, 2025), "tax_year"), ")\n\n[x] Taxpayer: ", L("person", g + " " + f, sub="us"), "   SSN: ", gov("ssn"),
             "   DOB: ", DOB("us", 1950, 2000), "\n[x] Spouse: ", L("person", sg + " " + sf, sub="mixed"), "   ", pick(["SSN: ", "ITIN: "]), ]
    parts.append(gov("ssn") if parts[-1] == "SSN: " else gov("itin"))
    parts += ["\n[x] Dependents: ", L("person", pick(NAMES["us"][0] + NAMES["us"][1]), sub="us"), " (age ", str(R.randint(2, 16)), ")\n[x] Address: ", addr("US"),
              "\n[ ] W-2 from ", pick(["Costco", "Walgreens", "Lockheed Martin", "Johnson & Johnson"]), " (EIN ", N("%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)), "ein"), ")",
              "\n[ ] 1099-INT: ", amount(), "\n[x] Refund by direct deposit: routing ", N("%09d" % R.randint(10000000, 329999999), "routing_no"), " acct ending ", N("%04d" % R.randint(0, 9999), "acct_last4"),
              "\nPhone: ", phone("US", style=pick(["nat", "intl"])), "   Email: ", E(g, f)]
    return "tax_intake", "us", parts


@tpl(4)
def flat_share_chat():
    lang = pick(["en", "de", "it", "pt", "pl", "tr", "sv", "in"])
    cul = {"en": pick(["en", "ie", "cn", "kr"]), "de": "de", "it": "it", "pt": "pt", "pl": "pl", "tr": "tr", "sv": "sv", "in": "in"}[lang]
    a, b = pick(NAMES[cul][0]), pick(NAMES[cul][1])
    ibc = {"en": pick(["GB", "IE"]), "de": "DE", "it": "IT", "pt": "PT", "pl": "PL", "tr": "TR", "sv": "SE", "in": None}[lang]
    t1 = "[%02d:%02d] " % (R.randint(8, 22), R.randint(0, 59))
    t2 = "[%02d:%02d] " % (R.randint(8, 22), R.randint(0, 59))
    msg = {"en": ("electricity was ", ", send your half to ", "sent, thx"), "de": ("Stromrechnung: ", ", überweis deinen Anteil an ", "erledigt"),
           "it": ("bolletta luce ", ", mandami la tua metà su ", "fatto"), "pt": ("a luz veio ", ", transfere a tua parte para ", "feito"),
           "pl": ("prąd wyszedł ", ", przelej połowę na ", "poszło"), "tr": ("elektrik faturası ", ", yarısını şu hesaba at: ", "gönderdim"),
           "sv": ("elräkningen blev ", ", swisha eller för över till ", "klart"), "in": ("electricity bill ", ", GPay your half to ", "done bro")}[lang]
    if ibc:
        pay = IBAN(ibc)
    else:
        pay = phone("IN", kind="mobile", style="nat")
    parts = [t1, L("person", a, sub=cul), ": ", msg[0], amount(), msg[1], pay, "\n", t2, L("person", b, sub=cul), ": ", msg[2]]
    if lang == "in":
        parts += [", also my new email is ", E(b, pick(NAMES["in"][2]))]
    return "flat_share_chat", lang, parts


@tpl(5)
def blood_donor_list():
    lang = pick(["en", "en", "de", "nl", "it", "pl", "tr", "sv", "pt"])
    cul = {"en": None, "de": "de", "nl": "nl", "it": "it", "pl": "pl", "tr": "tr", "sv": "sv", "pt": "pt"}[lang]
    hdr = {"en": "Donor session – %s community hall" % pick(["St Jude's", "Riverside"]), "de": "Blutspendetermin – Spenderliste",
           "nl": "Bloeddonatie – sessielijst", "it": "Raccolta sangue – elenco donatori", "pl": "Akcja krwiodawstwa – lista",
           "tr": "Kan bağışı – bağışçı listesi", "sv": "Blodgivning – lista", "pt": "Recolha de sangue – dadores"}[lang]
    dl = "en" if lang == "en" else lang
    parts = [hdr, "\n"]
    for i in range(R.randint(3, 5)):
        c = cul or pick(ALL_CULTURES)
        fem = chance(0.5)
        parts += [N("%03d" % R.randint(1, 400), "queue_no"), "  ", L("person", full(c, fem, pick(["rev", "rev", "plain", "caps"])), sub=c),
                  " (", "F" if fem else "M", ", ", DOB(dl, 1958, 2006), ")  ", pick(["0+", "A+", "B-", "AB+", "0-", "A-"]), "  Hb ",
                  N("%.1f g/dl" % R.uniform(12.0, 17.5), "measurement"), "  ", pick(["OK", "deferred", "OK", "OK"]), "\n"]
    parts[-1] = parts[-1].rstrip("\n")
    return "blood_donor_list", lang, parts


@tpl(4)
def deposit_refund_request():
    lang = pick(["en", "de", "fr", "nl", "es", "it", "pt", "pl"])
    cul = {"en": pick(["en", "ie", "gr", "hu", "kr"]), "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt", "pl": "pl"}[lang]
    ibc = {"en": pick(["GB", "IE", "GR", "HU"]), "de": pick(["DE", "AT", "LU"]), "fr": pick(["FR", "BE"]), "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL"}[lang]
    ibc = ibc if ibc in C.IBAN_SPEC else "DE"
    g, f = first_last(cul)
    T = {"en": ("Hi, I've returned the e-scooter hire kit (booking %s). Please refund the deposit of ", " to IBAN ", ", account holder "),
         "de": ("Hallo, die Kaution für Buchung %s (", ") bitte auf ", " erstatten, Kontoinhaber "),
         "fr": ("Bonjour, merci de rembourser la caution de la réservation %s (", ") sur l'IBAN ", ", titulaire "),
         "nl": ("Hoi, graag de borg van boeking %s (", ") terugstorten op ", " t.n.v. "),
         "es": ("Hola, por favor devolved la fianza de la reserva %s (", ") a la cuenta ", ", titular "),
         "it": ("Buongiorno, vi chiedo il rimborso della cauzione della prenotazione %s (", ") sull'IBAN ", " intestato a "),
         "pt": ("Olá, peço a devolução da caução da reserva %s (", ") para o IBAN ", ", titular "),
         "pl": ("Dzień dobry, proszę o zwrot kaucji za rezerwację %s (", ") na konto ", ", właściciel ")}[lang]
    ref = "BK" + C.rnd(R, string.ascii_uppercase + string.digits, 7)
    parts = [T[0] % ref if "%s" in T[0] else T[0], amount(), T[1], IBAN(ibc), T[2], L("person", g + " " + f, sub=cul), ". ",
             {"en": "Card used: ", "de": "Bezahlt mit: ", "fr": "Carte : ", "nl": "Betaald met: ", "es": "Tarjeta: ", "it": "Carta: ", "pt": "Cartão: ", "pl": "Karta: "}[lang]]
    parts += [CARD() if chance(0.5) else N("•••• %04d" % R.randint(0, 9999), "masked_card")]
    return "deposit_refund_request", lang, parts


# ================================================================== clean templates

@tpl(5, clean=True)
def shopping_list():
    lang = pick(["en", "en", "de", "nl", "sv", "es"])
    items = {"en": ["%s jeans" % pick(["Ralph Lauren", "Tommy Hilfiger", "Calvin Klein"]), "%s ice cream" % "Ben & Jerry's", "Earl Grey tea", "%s pizza base" % "Dr. Oetker",
                    "batteries AA x8", "birthday card for the office", "%s gift card" % "John Lewis", "Johnnie Walker Black (for Dad's do)"],
             "de": ["Dr. Oetker Vanillezucker", "Jack Wolfskin Regenjacke", "Werther's Original", "Milch 1,5 %", "Hugo Boss Parfum (Geschenk)", "Mehl Type 405"],
             "nl": ["Albert Heijn bonuskaart", "hagelslag", "Tony's Chocolonely", "Douwe Egberts koffie", "Philips Hue lamp"],
             "sv": ["Marabou", "Zoégas kaffe", "Helly Hansen mössa", "Kalles kaviar", "Göteborgs Kex"],
             "es": ["Cola Cao", "Adolfo Dominguez camisa", "turrón", "aceite Carbonell", "Mahou x6"]}[lang]
    parts = [{"en": "Shopping list", "de": "Einkaufsliste", "nl": "Boodschappen", "sv": "Inköpslista", "es": "Lista de la compra"}[lang], "\n"]
    for it in R.sample(items, min(len(items), R.randint(3, 5))):
        parts += ["- ", N(it, "brand_person"), "\n"]
    parts += ["- ", N("%.1f kg" % R.uniform(0.5, 5), "measurement"), " ", pick(["potatoes", "Kartoffeln", "aardappelen", "potatis", "patatas"]), "\nBudget: ", amount()]
    return "shopping_list", lang, parts


@tpl(5, clean=True)
def travel_plan():
    lang = pick(["en", "en", "en", "de", "fr", "it", "pt"])
    parts = [{"en": "Trip plan", "de": "Reiseplan", "fr": "Programme du voyage", "it": "Itinerario", "pt": "Roteiro"}[lang], "\n"]
    for day in range(1, R.randint(3, 5)):
        parts += [{"en": "Day", "de": "Tag", "fr": "Jour", "it": "Giorno", "pt": "Dia"}[lang], " %d: " % day, thing(PLACES), " → ", thing(PLACES), " (",
                  pick(["train ICE %d" % R.randint(500, 1999), "ferry " + pick(SHIPS), "flight %s%d" % (pick(["LH", "BA", "TP", "AZ", "KL"]), R.randint(100, 9999)), "bus"]), "), ",
                  N("%02d:%02d" % (R.randint(5, 22), pick([0, 10, 25, 40, 55])), "time"), "\n"]
    parts += ["Booking ref: ", N(C.rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "pnr"), " · hotel ", thing(PLACES), " area, ", amount(), "/night · ", coords()]
    return "travel_plan", lang, parts


@tpl(5, clean=True)
def reading_list():
    lang = pick(["en", "en", "de", "fr", "es", "pl", "sv", "nl"])
    hdr = {"en": "Book club – next titles", "de": "Lesekreis 2025", "fr": "Club de lecture", "es": "Club de lectura", "pl": "Klub książki", "sv": "Bokcirkel", "nl": "Leesclub"}[lang]
    parts = [hdr, "\n"]
    for i, b in enumerate(R.sample(BOOKS, R.randint(3, 5))):
        parts += ["%d. " % (i + 1), N(b, "book_title"), " – ", N("ISBN 978-%d-%03d-%05d-%d" % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9)), "isbn"),
                  pick(["", " (", " ("]), ]
        if parts[-1] == " (":
            parts += [N(pick(PRIZES), "prize_name"), ")"]
        parts.append("\n")
    parts += ["Film night after: ", thing(FILMS), " (", N(str(R.randint(1962, 2023)), "year"), ", ", N("%d min" % R.randint(88, 210), "measurement"), ")"]
    return "reading_list", lang, parts


@tpl(5, clean=True)
def film_review():
    lang = pick(["en", "en", "de", "fr", "it", "es", "tr"])
    f1 = thing(FILMS)
    if lang == "en":
        parts = ["★★★★☆ ", f1, " is better than I expected. Watched it at the ", thing(PLACES), " cinema after dinner (", thing(DISHES),
                 ", obviously). Ticket ", amount(), ", runtime ", N("%d min" % R.randint(95, 180), "measurement"), ". Still prefer ", thing(FILMS), ", and the ", thing(PRIZES), " buzz is overdone."]
    elif lang == "de":
        parts = ["Rezension: ", f1, " – solide, aber zu lang. Kinokarte ", amount(), ". Die Szene vor dem ", thing(PLACES), " ist großartig. 7/10."]
    elif lang == "fr":
        parts = ["Critique : ", f1, ", vu au cinéma près de la ", thing(PLACES), ". Place à ", amount(), ". Note : 3,5/5."]
    elif lang == "it":
        parts = ["Recensione: ", f1, " – fotografia splendida, sceneggiatura debole. Biglietto ", amount(), ". Voto 6½."]
    elif lang == "es":
        parts = ["Reseña: ", f1, ". Me gustó más que ", thing(FILMS), ". Entrada ", amount(), ". 4/5."]
    else:
        parts = ["İnceleme: ", f1, " beklediğimden iyiydi. Bilet ", amount(), ". Puan 8/10."]
    return "film_review", lang, parts


@tpl(5, clean=True)
def spec_table():
    model = pick(["Nordlicht X2", "Ferrari Red Edition", "Porsche Design P'9983", "Victoria Pro", "Emma Original Mattress", "Jackson Guitar JS22"])
    parts = ["| Spec | Value |\n|---|---|\n| Model | ", N(model, "product_name"), " |\n| Firmware | ", version(), " |\n| Serial | ", N("SN" + C.rnd(R, string.ascii_uppercase + string.digits, 10), "serial"),
             " |\n| Dimensions | ", N("%d x %d x %d mm" % (R.randint(10, 900), R.randint(10, 900), R.randint(5, 300)), "measurement"), " |\n| Weight | ", N("%.1f kg" % R.uniform(0.2, 40), "measurement"),
             " |\n| Price | ", amount(), " |\n| EAN | ", N(C.luhn_complete(C.digits(R, 12)) if False else "40" + C.digits(R, 11), "ean"), " |\n| MAC | ",
             N(":".join("%02X" % R.randint(0, 255) for _ in range(6)), "mac"), " |\n| Default gateway | ", N("192.168.%d.1" % R.randint(0, 2), "gateway_ip"), " |"]
    return "spec_table", "en", parts


@tpl(5, clean=True)
def order_status():
    lang = pick(["en", "en", "de", "nl", "es", "pt", "pl"])
    parts = [{"en": "Order ", "de": "Bestellung ", "nl": "Bestelling ", "es": "Pedido ", "pt": "Encomenda ", "pl": "Zamówienie "}[lang], order_no(), "\n"]
    for i in range(R.randint(2, 4)):
        parts += ["  ", timestamp(), "  ", pick(["Dispatched", "In transit", "Arrived at hub", "Out for delivery", "Delivered"]), " – ", thing(PLACES), "\n"]
    parts += ["Tracking: ", tracking(), "\nTotal: ", amount(), " · Item: ", thing(BRANDS), " ", pick(["backpack", "watch", "sneakers", "perfume 50 ml"])]
    return "order_status", lang, parts


@tpl(4, clean=True)
def weather_log():
    parts = ["station_id,lat,lon,timestamp,temp_c,pressure_hpa,wind_ms\n"]
    for i in range(R.randint(3, 6)):
        parts += [N("WMO-%05d" % R.randint(10000, 99999), "station_id"), ",%.4f,%.4f," % (R.uniform(35, 70), R.uniform(-10, 30)), timestamp(),
                  ",%.1f,%d,%.1f\n" % (R.uniform(-15, 35), R.randint(960, 1040), R.uniform(0, 25))]
    parts[-1] = parts[-1].rstrip("\n")
    return "weather_log", "en", parts


@tpl(5, clean=True)
def sports_results():
    lang = pick(["en", "de", "es", "it", "pt", "tr", "nl"])
    teams = ["Real Madrid", "Borussia Dortmund", "Athletic Club", "Atlético Madrid", "Sporting CP", "Galatasaray", "Fenerbahçe", "Ajax", "PSV",
             "Juventus", "Hertha BSC", "Vasco da Gama", "Santos", "Celtic", "Queens Park Rangers", "Nottingham Forest", "Willem II"]
    parts = [{"en": "RESULTS", "de": "ERGEBNISSE", "es": "RESULTADOS", "it": "RISULTATI", "pt": "RESULTADOS", "tr": "SONUÇLAR", "nl": "UITSLAGEN"}[lang], " – ", other_date("en"), "\n"]
    for i in range(R.randint(3, 5)):
        a, b = R.sample(teams, 2)
        parts += [N(a, "team_name"), " %d–%d " % (R.randint(0, 5), R.randint(0, 5)), N(b, "team_name"), " (", N("%d'" % R.randint(1, 90), "minute"), ", att. ", N("{:,}".format(R.randint(8000, 80000)), "count"), ")\n"]
    parts += ["Next: ", thing(PRIZES) if chance(0.3) else N("Copa del Rey QF", "competition"), " at ", thing(PLACES)]
    return "sports_results", lang, parts


@tpl(5, clean=True)
def tech_clean():
    kind = pick(["cron", "workflow", "logcat", "postman", "blame"])
    if kind == "cron":
        parts = ["# m h dom mon dow command\nMAILTO=\"\"\n15 2 * * * PGPASSWORD=\"$PGPASS\" pg_dump -h ", N("db-primary.internal", "hostname"), " -U backup shop | gzip > /srv/b.sql.gz\n",
                 "*/5 * * * * curl -fsS -H \"X-Auth-Token: ", N(pick(["${HC_TOKEN}", "<your-token>", "REPLACE_ME"]), "placeholder"), "\" https://hc.example.net/ping/", N(uuid(), "uuid")]
    elif kind == "workflow":
        parts = ["env:\n  NPM_TOKEN: ", N("${{ secrets.NPM_TOKEN }}", "placeholder"), "\n  AWS_ACCESS_KEY_ID: ", N("${{ vars.AWS_KEY_ID }}", "placeholder"),
                 "\n  NODE_VERSION: \"", version(), "\"\nsteps:\n  - uses: actions/setup-node@", N(hexs(40), "hash"), "\n  - run: npm publish --tag ", version()]
    elif kind == "logcat":
        parts = ["%02d-%02d %02d:%02d:%02d.%03d  %d  %d I Choreographer: Skipped %d frames!\n" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(1000, 9999), R.randint(1000, 9999), R.randint(30, 200)),
                 "D OkHttp: <-- 200 OK https://api.example.app/v2/catalog (", N("%dms" % R.randint(20, 900), "duration"), ")\n",
                 "D OkHttp: ETag: W/\"", sha(32), "\"\nI Glide: Loaded image ", N(uuid(), "uuid"), ".webp ", N("%dx%d" % (R.randint(100, 2000), R.randint(100, 2000)), "measurement")]
    elif kind == "postman":
        parts = ['{"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "', N("{{accessToken}}", "placeholder"), '"}]},\n "variable": [{"key": "baseUrl", "value": "https://api.example.com/',
                 version(), '"}, {"key": "orderId", "value": "', order_no(), '"}]}']
    else:
        parts = []
        for i in range(R.randint(3, 5)):
            parts += [N(hexs(8), "hash"), " (", N(pick(["dependabot[bot]", "renovate[bot]", "github-actions[bot]"]), "bot_name"),
                      " %s %4d) " % (pick(["2024-03-02 10:11:12 +0000", "2025-01-19 08:00:00 +0000"]), R.randint(1, 400)),
                      pick(['"version": "', "requests==", "FROM python:"]), version(), "\n"]
        parts[-1] = parts[-1].rstrip("\n")
    return {"cron": "crontab", "workflow": "gh_workflow", "logcat": "logcat", "postman": "postman_collection", "blame": "git_blame"}[kind], "en", parts


@tpl(5, clean=True)
def room_bookings():
    rooms = ["Turing", "Curie", "Hopper", "Lovelace", "Darwin", "Einstein", "Tesla", "Franklin", "Humboldt", "Montessori", "Nightingale", "Ramanujan"]
    parts = ["ROOM BOOKINGS – ", other_date("en"), "\n| Room | Time | Purpose | Status |\n|---|---|---|---|\n"]
    for r_ in R.sample(rooms, R.randint(3, 5)):
        parts += ["| ", N(r_, "room_person"), " | ", N("%02d:00–%02d:30" % (R.randint(8, 12), R.randint(13, 17)), "time_range"), " | ",
                  pick(["Sprint Review", "Quarterly Planning", "Board Prep", "Interview Loop", "All Hands Dry Run"]), " | ", pick(["Confirmed", "Tentative", "Cancelled"]), " |\n"]
    parts += ["Catering: ", thing(DISHES), " platters, ", amount()]
    return "room_bookings", "en", parts


@tpl(5, clean=True)
def name_as_word():
    lang = pick(["en", "en", "en", "de", "nl", "es"])
    if lang == "en":
        s = pick([
            ["Will the ", version(), " release fix the Grace period bug? Mark it as blocker and Bill the client only after QA."],
            ["Rose gold or Amber? The ", thing(BRANDS), " strap comes in both; Hope it ships before ", other_date("en"), "."],
            ["Frank feedback from the retro: Sunny weather demo failed twice, Victoria sponge was great. Order ", order_no(), " for next time."],
            ["Jack the car up, undo the ", N("17 mm", "measurement"), " bolts, then Chase the thread with a tap. Torque ", N("110 Nm", "measurement"), "."],
            ["Summer sale: ", thing(BRANDS), " ", amount(), " instead of ", amount(), ". Use code ", N("JUNE%d" % R.randint(10, 40), "promo_code"), "."],
            ["May I ask why Ruby ", version(), " is pinned? Crystal and Julia builds are fine; hash ", sha(12), "."],
        ])
    elif lang == "de":
        s = pick([["Frank und frei gesagt: die ", thing(BRANDS), "-Jacke für ", amount(), " ist zu teuer. Lieferung ", tracking(), "."],
                  ["Heidi-Kost gibt's im ", thing(PLACES), "-Bistro; Rechnung ", N("RE-%06d" % R.randint(0, 999999), "invoice_no"), ", Betrag ", amount(), "."]])
    elif lang == "nl":
        s = pick([["Bij de ", thing(PLACES), " halte uitstappen, dan lijn ", N(str(R.randint(1, 26)), "line_no"), ". Kosten ", amount(), "."]])
    else:
        s = pick([["Reserva en el restaurante ", thing(PLACES), " para el ", other_date("es"), ", pedido ", order_no(), ". Postre: ", thing(DISHES), "."]])
    return "note", lang, s


@tpl(4, clean=True)
def budget_sheet():
    lang = pick(["en", "de", "fr", "it", "pl", "sv", "in"])
    cats = ["Rent", "Groceries", "Netflix", "Gym (PureGym)", "Car – Ford Fiesta lease", "Savings", "Holiday (Queen Mary 2 deposit)", "Kids' club"]
    cur = {"en": "£%d.%02d", "de": "%d,%02d €", "fr": "%d,%02d\u00a0€", "it": "€ %d,%02d", "pl": "%d,%02d zł", "sv": "%d,%02d kr", "in": "₹%d.%02d"}[lang]

    def money():
        return N(cur % (R.randint(5, 2500), R.randint(0, 99)), "amount")
    parts = ["Category\tBudget\tActual\tDiff\n"]
    for c in R.sample(cats, R.randint(4, 6)):
        parts += [N(c, "budget_category"), "\t", money(), "\t", money(), "\t", N("%+d%%" % R.randint(-40, 40), "percent"), "\n"]
    parts += ["Updated ", timestamp()]
    return "budget_sheet", lang, parts


# ================================================================== main

def verify(rec):
    """Re-check the checksums of every labelled value."""
    for sp in rec["spans"]:
        v, t, sub = sp["value"], sp["type"], sp.get("sub")
        d = "".join(c for c in v if c.isdigit())
        if t == "card":
            assert C.luhn_ok(d), v
        elif t == "iban":
            c = "".join(ch for ch in v if ch.isalnum()).upper()
            assert C.iban_mod97(c) == 1 and len(c) == C.IBAN_LEN[c[:2]], v
        elif t == "gov_id":
            a = "".join(ch for ch in v if ch.isalnum())
            if sub == "nhs":
                assert C.nhs_ok(a), v
            elif sub == "steuerid":
                assert C.steuerid_ok(a), v
            elif sub == "nir":
                assert C.nir_ok(a[:13], a[13:]), v
            elif sub == "dni":
                assert C.DNI_LETTERS[int(a[:8]) % 23] == a[8], v
            elif sub == "nie":
                assert C.nie_ok(a), v
            elif sub == "cf":
                assert C.cf_check(a[:15]) == a[15], v
            elif sub == "bsn":
                assert C.bsn_ok(a), v
            elif sub == "aadhaar":
                assert C.verhoeff_ok(a), v
            elif sub == "cpf":
                assert C.cpf_ok(a), v
            elif sub == "pesel":
                assert pesel_ok(a), v
            elif sub == "personnummer":
                assert C.luhn_ok(a), v
            elif sub == "tckn":
                assert tckn_ok(a), v
            elif sub == "ssn":
                assert C.ssn_valid(int(a[:3]), int(a[3:5]), int(a[5:])), v
            elif sub == "nino":
                assert a[:2] not in C.NINO_BAD_PREFIX and a[-1] in "ABCD", v


def generate():
    R.seed(SEED)
    slots = [True] * CLEAN + [False] * (TOTAL - CLEAN)
    R.shuffle(slots)
    recs = []
    for i, clean in enumerate(slots):
        pool = CLEANS if clean else LABELLED
        f = R.choices([f for w, f in pool], weights=[w for w, f in pool])[0]
        form, lang, parts = f()
        lang = {"us": "en"}.get(lang, lang)  # US documents are English
        rec = C.build("heldout-f-%05d" % i, form, lang, parts)
        C.check_record(rec)
        assert bool(rec["spans"]) != clean, (f.__name__, rec)
        verify(rec)
        recs.append(rec)
    return recs


def main():
    recs = generate()
    if "--check" in sys.argv:
        tmp = OUT + ".check.tmp"
        C.write_jsonl(tmp, recs)
        with open(tmp, "rb") as a, open(OUT, "rb") as b:
            same = a.read() == b.read()
        os.remove(tmp)
        with open(OUT, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                C.check_record(r)
                verify(r)
        if not same:
            sys.exit("heldout6.jsonl differs from the generator's output")
        print("heldout6.jsonl: OK (%d records)" % len(recs))
        return
    C.write_jsonl(OUT, recs)
    from collections import Counter
    cnt = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("wrote %s: %d records, %d clean, %d labels" % (OUT, len(recs), sum(1 for r in recs if not r["spans"]), sum(cnt.values())))
    print(", ".join("%s %d" % kv for kv in cnt.most_common()))


if __name__ == "__main__":
    main()
