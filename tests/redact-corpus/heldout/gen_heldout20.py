#!/usr/bin/python3
"""Held-out part 20 of the redaction corpus (heldout20.jsonl).

Written by an eighteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-19 hold),
lines 1-60 of gen_heldout19.py (header and constants) and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (and it ran /tmp/pv/pv through `pv_check`); not the redactor,
its docs, its tests, the other generators' bodies or any .jsonl data file (it
read samples of its own output only). It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file.
Started 09:28:56 UTC on 2026-12-03 (`date -u`); the end time is in
heldout/README.md. Rules broken: none known. `pv_check` is reused as is; the
CLI layout (rewrite / --check / --stats) imitates part 19's header.

Theme: TEXT THAT PASSED THROUGH A MACHINE BEFORE IT REACHED THE ASSISTANT.
People paste text that was damaged or reshaped on the way and ask the
assistant to clean it up, summarise, translate or answer it: OCR of scanned
letters, forms, receipts, ID-card photos and screenshots (rn/m, stray | and
broken bar, lost diacritics, broken spacing, O/0 and l/1 inside values);
PDF copy-paste (hard wraps mid-sentence and mid-address, hyphenated line
breaks, interleaved columns, repeated headers/footers and page numbers,
ligatures, soft hyphens and zero-width spaces inside words and numbers);
speech-to-text dictation and voice-assistant transcripts (spoken
punctuation, numbers partly as words); e-mail threads as pasted (`>` quoting
several levels deep wrapped at 72 columns, forwarded headers in several
languages, signatures, disclaimers, mailto: links); HTML/Markdown/RTF
residue; mojibake, full-width characters, transliterated names;
machine-translated text; chat and SMS exports. Labels cover the value as it
appears after the damage (README: exact spans; the match rule counts only
alphanumeric code points). Checks run on a normalised form (invisible
characters, quote marks, HTML entities and full-width forms removed, spoken
digits read back, O->0 and l/I->1 in numeric values).

Every name, street, company, frame sentence, template and look-alike here
was written by hand for this part. Deterministic (seed 200920, shuffle seed
200921).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout20.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout20.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout20.py --stats   # counts
"""
import html
import json
import os
import random
import re
import string
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       iban_mod97, iban_random, IBAN_LEN, IBAN_SPEC, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       nhs_random, nhs_ok, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       pan_random, cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, PLANS, digits, nz, secret_random, rnd, MONTHS,
                       ALNUM, URLSAFE, _walk)

OUT = os.path.join(HERE, "heldout20.jsonl")
SEED = 200920
SHUFFLE_SEED = 200921
ID_PREFIX = "heldout-t-"
N_RECORDS = 800
N_CLEAN = 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ================================================================ names
# Hand-written for this part. (male given, female given, family); a family
# entry that is a tuple is (masculine, feminine).

NAMES = {
    "gb": (["Desmond", "Rupert", "Alistair", "Fergus", "Jasper", "Ewan", "Barnaby", "Crispin", "Hamish",
            "Lionel", "Ambrose", "Gideon", "Rhodri", "Percival", "Seán", "Dónal"],
           ["Harriet", "Imogen", "Philippa", "Rosalind", "Tamsin", "Verity", "Georgina", "Clemency",
            "Bryony", "Henrietta", "Ottilie", "Marjorie", "Morwenna", "Eluned", "Zoë", "Siân", "Renée"],
           ["Ashworth", "Pemberton", "Fairclough", "Thistlewood", "Marchbank", "Blenkinsop", "Treloar",
            "Scarisbrick", "Ingleby", "Cattermole", "Fothergill", "Wickens", "Pennock", "Haworth",
            "Sowerby", "Lumb", "Gillibrand", "Entwistle", "Ogden", "Ruddock"]),
    "us": (["Dwayne", "Cody", "Tanner", "Brock", "Darnell", "Emmett", "Wyatt", "Jamal", "Garrett",
            "Royce", "Dalton", "Marcus", "José", "André"],
           ["Shelby", "Kaylee", "Tamika", "Brianna", "Dakota", "Marisol", "Jolene", "Lacey", "Raylene",
            "Ashlyn", "Kendra", "Latrice", "Renée", "Zoë", "Inés"],
           ["Bratton", "Culpepper", "Dunaway", "Fenske", "Holloway", "Kittredge", "Mabry", "Pruitt",
            "Stubblefield", "Tillman", "Whitacre", "Yoder", "Okafor", "Delgado", "Szymborski",
            "Nakamura"]),
    "de": (["Jörg", "Detlef", "Volker", "Torsten", "Eckhard", "Ansgar", "Lutz", "Malte", "Henning",
            "Wolfram", "Friedhelm", "Till", "Gerd", "Ulf"],
           ["Birgit", "Heike", "Ute", "Silke", "Gesine", "Wiebke", "Frauke", "Dörte", "Insa",
            "Hannelore", "Almut", "Rieke", "Gudrun", "Swantje"],
           ["Kranich", "Dörfler", "Pfisterer", "Rößler", "Schwarzkopf", "Lüdemann", "Ohlendorf",
            "Gräbner", "Tiedemann", "Quast", "Hufnagel", "Bröcker", "Wüstenberg", "Kühnle",
            "Ebersbach", "Mühlhaus", "Jäckel", "Strüver"]),
    "fr": (["Gaëtan", "Thibault", "Aurélien", "Maxence", "Baptiste", "Gonzague", "Loïc", "Corentin",
            "Anatole", "Régis", "Hervé", "Cyprien"],
           ["Solène", "Maëlle", "Ségolène", "Capucine", "Bérénice", "Clémence", "Gwenaëlle", "Apolline",
            "Héloïse", "Mathilde", "Noémie", "Françoise"],
           ["Vautrin", "Beaumanoir", "Chevrier", "Pelletier", "Rouxel", "Quéméner", "Duchêne",
            "Vasseur", "Bréhault", "Charpentier", "Fauchet", "Guérineau", "Tessier", "Jourdain",
            "Lemaître", "Fradin"]),
    "es": (["Iñaki", "Gonzalo", "Aitor", "Rodrigo", "Íñigo", "Fermín", "Borja", "Nicanor", "Ezequiel",
            "Baltasar", "Teodoro", "Rubén"],
           ["Ainhoa", "Begoña", "Maite", "Itziar", "Remedios", "Rocío", "Nerea", "Almudena",
            "Inmaculada", "Covadonga", "Montserrat", "Yolanda"],
           ["Olabarrieta", "Echeverría", "Villanueva", "Carrasco", "Montoya", "Quintana", "Peñalver",
            "Arrieta", "Cifuentes", "Escudero", "Manzano", "Valdivieso", "Urquiza", "Galdós",
            "Sepúlveda", "Barrientos"]),
    "it": (["Gianluca", "Ottavio", "Raffaele", "Settimio", "Ruggero", "Fulvio", "Ludovico", "Cosimo",
            "Tancredi", "Amedeo", "Ercole", "Sandro"],
           ["Ornella", "Graziella", "Loredana", "Benedetta", "Ilaria", "Donatella", "Rosalba",
            "Ludovica", "Fiammetta", "Nives", "Annunziata", "Brunella"],
           ["Buonocore", "Pellegrini", "Santoro", "Zanetti", "Abbondanza", "Tagliaferri",
            "Scarpellini", "Brambilla", "Guarnieri", "Lombardo", "Marchionni", "Vitale", "Cappelletti",
            "Ferraresi", "Quaranta", "Bellomo"]),
    "nl": (["Joost", "Sjoerd", "Maarten", "Wouter", "Gijs", "Hidde", "Tjeerd", "Bram", "Jurriaan",
            "Reinout", "Gerrit", "Pieter"],
           ["Marloes", "Femke", "Sanne", "Anouk", "Lieke", "Ilse", "Jorien", "Maaike", "Wietske", "Roos",
            "Geertje", "Hendrika"],
           ["Brouwer", "Hoekstra", "Kuipers", "van Leeuwen", "de Boer", "Veenstra", "Timmermans",
            "van den Heuvel", "Schipper", "Dijkstra", "ter Beek", "Wijnands", "Postma", "Zwart"]),
    "pt": (["Joaquim", "Rui", "Tiago", "Vasco", "Anselmo", "Duarte", "Nuno", "Gonçalo"],
           ["Inês", "Leonor", "Raquel", "Lurdes", "Graça", "Filipa", "Madalena", "Conceição"],
           ["Figueiredo", "Cardoso", "Teixeira", "Magalhães", "Nogueira", "Azevedo", "Brandão",
            "Sampaio", "Assunção", "Pinheiro", "Quintela", "Loureiro"]),
    "br": (["Caio", "Thiago", "Renan", "Edson", "Leandro", "Wellington", "Rafael", "Jefferson"],
           ["Thaís", "Jussara", "Fabiana", "Vitória", "Luana", "Rosângela", "Débora", "Kelly"],
           ["Medeiros", "Carvalhal", "Rezende", "Bezerra", "Cavalcanti", "Albuquerque", "Siqueira",
            "Nascimento", "Guimarães", "Brito", "Fontes", "Moura"]),
    "pl": (["Grzegorz", "Przemysław", "Bartłomiej", "Zdzisław", "Wojciech", "Radosław", "Mirosław",
            "Łukasz"],
           ["Agnieszka", "Małgorzata", "Bożena", "Jadwiga", "Grażyna", "Dorota", "Katarzyna", "Żaneta"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), "Kaczmarek",
            ("Szymański", "Szymańska"), "Wróbel", "Pawlak", "Dudek", ("Jabłoński", "Jabłońska"),
            "Kołodziej", "Sikora", ("Kwiatkowski", "Kwiatkowska")]),
    "tr": (["Emre", "Tolga", "Serkan", "Oğuz", "Volkan", "Kaan", "Barış", "Cengiz"],
           ["Elif", "Zeynep", "Gülşen", "Ebru", "Şule", "Ayşegül", "Pınar", "Nihan"],
           ["Karaca", "Öztürk", "Yılmazer", "Aydoğan", "Kocabaş", "Erdem", "Şahin", "Çelikkol", "Güneş",
            "Tekin"]),
    "sv": (["Björn", "Sixten", "Torbjörn", "Gustaf", "Viggo", "Ragnar"],
           ["Ingrid", "Sigrid", "Linnea", "Astrid", "Ylva", "Solveig"],
           ["Lindqvist", "Sjöberg", "Holmgren", "Bergström", "Nyström", "Ekdahl", "Hedlund", "Wallin"]),
    "in": (["Venkatesh", "Anirudh", "Harsh", "Siddharth", "Pranav", "Karthik", "Rajeev", "Vikram"],
           ["Lakshmi", "Shruti", "Ananya", "Meenakshi", "Pooja", "Divya", "Kavitha", "Swati"],
           ["Raghunathan", "Kulkarni", "Bhattacharya", "Iyer", "Deshpande", "Chaudhary", "Menon",
            "Reddy", "Srinivasan", "Joshi"]),
    "ar": (["Youssef", "Karim", "Tarek", "Hamza", "Nabil", "Samir"],
           ["Leila", "Nour", "Samira", "Yasmina", "Rania", "Soraya"],
           ["El Amrani", "Haddad", "Benali", "Khoury", "Mansour", "Bouzid", "Saadi"]),
    "ng": (["Chukwuemeka", "Oluwaseun", "Babatunde", "Ikenna"],
           ["Ngozi", "Folake", "Chiamaka", "Adaeze"],
           ["Okonjo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Ogunleye"]),
}

# (native, latin) pairs
RU_GIVEN_M = [("Александр", ["Aleksandr", "Alexander", "Aleksander"]), ("Дмитрий", ["Dmitriy", "Dmitry", "Dmitrii"]),
              ("Сергей", ["Sergey", "Sergei"]), ("Алексей", ["Aleksey", "Alexey", "Alexei"]),
              ("Юрий", ["Yuriy", "Yury", "Iurii"])]
RU_GIVEN_F = [("Екатерина", ["Yekaterina", "Ekaterina"]), ("Ольга", ["Olga", "Ol'ga"]),
              ("Наталья", ["Natalya", "Natalia", "Natal'ya"]), ("Ксения", ["Kseniya", "Ksenia", "Xenia"]),
              ("Юлия", ["Yuliya", "Yulia", "Iuliia"])]
RU_FAMILY = [(("Щербаков", "Щербакова"), (["Shcherbakov", "Shtcherbakov", "Scherbakov"], ["Shcherbakova", "Shtcherbakova", "Scherbakova"])),
             (("Воронцов", "Воронцова"), (["Vorontsov", "Vorontzov"], ["Vorontsova", "Vorontzova"])),
             (("Журавлёв", "Журавлёва"), (["Zhuravlev", "Zhuravlyov", "Jouravlev"], ["Zhuravleva", "Zhuravlyova", "Jouravleva"])),
             (("Белоусов", "Белоусова"), (["Belousov", "Byelousov"], ["Belousova", "Byelousova"])),
             (("Кузьмин", "Кузьмина"), (["Kuzmin", "Kuz'min"], ["Kuzmina", "Kuz'mina"]))]
JA_FAMILY = [("佐々木", "Sasaki"), ("高橋", "Takahashi"), ("藤原", "Fujiwara"), ("小林", "Kobayashi"),
             ("中島", "Nakajima"), ("石川", "Ishikawa"), ("森田", "Morita"), ("岡本", "Okamoto")]
JA_GIVEN = [("健太", "Kenta", "m"), ("美咲", "Misaki", "f"), ("大輔", "Daisuke", "m"), ("由美子", "Yumiko", "f"),
            ("直子", "Naoko", "f"), ("誠", "Makoto", "m"), ("彩花", "Ayaka", "f"), ("拓海", "Takumi", "m")]
ZH_FAMILY = [("王", "Wang"), ("陈", "Chen"), ("刘", "Liu"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"),
             ("孙", "Sun"), ("郭", "Guo")]
ZH_GIVEN = [("志强", "Zhiqiang", "m"), ("丽华", "Lihua", "f"), ("建国", "Jianguo", "m"), ("晓燕", "Xiaoyan", "f"),
            ("子涵", "Zihan", "f"), ("浩然", "Haoran", "m"), ("雨桐", "Yutong", "f"), ("俊杰", "Junjie", "m")]

# words that may be capitalised inside a name but are ordinary words too
PARTICLES = {"van", "de", "den", "der", "ter", "ten", "von", "da", "di", "do", "dos", "das", "del", "della",
             "la", "le", "el", "al", "bin", "mac"}


class P:
    """A person: given, family, sex, culture."""
    def __init__(self, given, family, sex, cul):
        self.given, self.family, self.sex, self.cul = given, family, sex, cul

    @property
    def full(self):
        return self.given + " " + self.family

    @property
    def fam_cap(self):
        """Family name as it stands alone after a title (Dutch particles capitalised)."""
        if self.cul == "nl" and self.family[0].islower():
            return self.family[0].upper() + self.family[1:]
        return self.family


def person(R, cul, sex=None, family=None):
    m, f, fam = NAMES[cul]
    sex = sex or R.choice("mf")
    g = R.choice(m if sex == "m" else f)
    s = family or R.choice(fam)
    if isinstance(s, tuple):
        s = s[0] if sex == "m" else s[1]
    return P(g, s, sex, cul)


def people(R, cul, n, same_family=False):
    """n distinct people (distinct given and, unless same_family, family names)."""
    out, gs, fs = [], set(), set()
    fam = None
    tries = 0
    while len(out) < n and tries < 200:
        tries += 1
        p = person(R, cul, family=fam)
        if p.given in gs or (not same_family and p.family in fs):
            continue
        if same_family and fam is None:
            fam = [x for x in NAMES[cul][2] if (x if isinstance(x, str) else x[0 if p.sex == "m" else 1]) == p.family]
            fam = fam[0] if fam else p.family
        gs.add(p.given)
        fs.add(p.family)
        out.append(p)
    return out


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ı", "i").replace("İ", "I").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def de_fold(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return fold(s)


DOMAINS = {
    "gb": ["btinternet.com", "sky.com", "gmail.com", "outlook.com", "yahoo.co.uk", "virginmedia.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "fr": ["orange.fr", "laposte.net", "free.fr", "sfr.fr", "gmail.com", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "tiscali.it", "alice.it", "gmail.com", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "pt": ["sapo.pt", "gmail.com", "outlook.pt", "netcabo.pt"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br", "hotmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "sv": ["telia.com", "gmail.com", "bredband.net", "hotmail.se"],
    "in": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"],
    "ar": ["gmail.com", "hotmail.fr", "outlook.com", "yahoo.fr"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
}


def email_for(R, p, dom=None, given=None, family=None):
    fo = de_fold if p.cul == "de" else fold
    g = fo(given or p.given).lower().replace(" ", "").replace("-", "")
    f = fo(family or p.family).lower().replace(" ", "").replace("-", "")
    local = R.choice([g + "." + f, g[0] + "." + f, g + f, f + "." + g, g + "_" + f + str(R.randint(1, 99)),
                      g + str(R.randint(70, 99)), g[0] + f, g + "." + f + str(R.randint(1, 9))])
    return local + "@" + (dom or R.choice(DOMAINS.get(p.cul, DOMAINS["gb"])))


# ================================================================ phones

TR_PLAN = (90, "0", {"mobile": lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44",
                                                         "45", "46", "52", "53", "54", "55", "05", "06"]) + digits(R, 7)})


def plan(region):
    return TR_PLAN if region == "TR" else PLANS[region]


def _g(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def phone_forms(region, kind, nsn):
    """(national forms, international forms) of a national significant number,
    in the layouts people of that country write."""
    cc = plan(region)[0]
    if region in ("US", "CA"):
        a, e, l = nsn[:3], nsn[3:6], nsn[6:]
        return ([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"1-{a}-{e}-{l}"],
                [f"+1 {a} {e} {l}", f"+1 ({a}) {e}-{l}", f"+1-{a}-{e}-{l}", f"+1{nsn}"])
    if region == "GB":
        if kind == "mobile":
            return (["0" + _g(nsn, [4, 6]), "0" + _g(nsn, [4, 3, 3])],
                    ["+44 " + _g(nsn, [4, 6]), "+44 (0)" + _g(nsn, [4, 6]), "+44" + nsn])
        if kind == "london":
            return (["0" + _g(nsn, [2, 4, 4])], ["+44 " + _g(nsn, [2, 4, 4]), "+44 (0)" + _g(nsn, [2, 4, 4])])
        return (["0" + _g(nsn, [3, 3, 4])], ["+44 " + _g(nsn, [3, 3, 4])])
    if region == "DE":
        if kind in ("mobile", "mobile7"):
            a, r = nsn[:3], nsn[3:]
            return (["0%s %s" % (a, r), "0%s/%s" % (a, r), "0%s-%s" % (a, r), "0%s %s %s" % (a, r[:4], r[4:])],
                    ["+49 %s %s" % (a, r), "+49 (0)%s %s" % (a, r), "0049 %s %s" % (a, r), "+49%s" % nsn])
        al = 2 if nsn[:2] in ("30", "40", "69", "89") else 3
        a, r = nsn[:al], nsn[al:]
        return (["0%s %s" % (a, r), "0%s/%s" % (a, r), "0%s-%s" % (a, r)],
                ["+49 %s %s" % (a, r), "+49 (0)%s %s" % (a, r)])
    if region == "FR":
        pairs = [nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)]
        nat = "0" + pairs[0] + " " + " ".join(pairs[1:])
        return ([nat, nat.replace(" ", "."), nat.replace(" ", "-"), nat.replace(" ", "")],
                ["+33 " + " ".join(pairs), "+33 (0)" + " ".join(pairs), "0033 " + " ".join(pairs)])
    if region == "ES":
        if kind == "fixed":
            return ([_g(nsn, [2, 3, 2, 2]), _g(nsn, [3, 3, 3])], ["+34 " + _g(nsn, [2, 3, 2, 2]), "0034 " + nsn])
        return ([_g(nsn, [3, 3, 3]), _g(nsn, [3, 2, 2, 2])], ["+34 " + _g(nsn, [3, 3, 3]), "+34 " + _g(nsn, [3, 2, 2, 2]), "0034 " + nsn])
    if region == "IT":
        if kind == "mobile":
            return ([_g(nsn, [3, 3, 4]), _g(nsn, [3, 7]), _g(nsn, [3, 7], "-")], ["+39 " + _g(nsn, [3, 3, 4]), "+39 " + _g(nsn, [3, 7])])
        return ([_g(nsn, [2, 4, 4])], ["+39 " + _g(nsn, [2, 4, 4])])
    if region == "NL":
        if kind == "mobile":
            return (["0" + nsn[0] + "-" + nsn[1:], "0" + _g(nsn, [1, 2, 2, 2, 2])], ["+31 " + nsn[0] + " " + nsn[1:], "+31 (0)" + _g(nsn, [1, 4, 4])])
        return (["0" + nsn[:2] + "-" + _g(nsn[2:], [3, 4]), "0" + _g(nsn, [2, 3, 4])], ["+31 " + _g(nsn, [2, 3, 4])])
    if region == "PT":
        return ([_g(nsn, [3, 3, 3])], ["+351 " + _g(nsn, [3, 3, 3]), "00351 " + nsn])
    if region == "BR":
        a, r = nsn[:2], nsn[2:]
        r2 = r[:-4] + "-" + r[-4:]
        return (["(%s) %s" % (a, r2), "%s %s" % (a, r2), "(0%s) %s" % (a, r2)], ["+55 %s %s" % (a, r2), "+55 (%s) %s" % (a, r2)])
    if region == "PL":
        if kind == "fixed":
            return ([_g(nsn, [2, 3, 2, 2])], ["+48 " + _g(nsn, [2, 3, 2, 2])])
        return ([_g(nsn, [3, 3, 3]), _g(nsn, [3, 3, 3], "-")], ["+48 " + _g(nsn, [3, 3, 3]), "+48 " + _g(nsn, [3, 3, 3], "-")])
    if region == "IN":
        return ([_g(nsn, [5, 5]), "0" + _g(nsn, [5, 5])], ["+91 " + _g(nsn, [5, 5]), "+91-" + nsn, "+91 " + nsn])
    if region == "IE":
        return (["0" + _g(nsn, [2, 3, 4])], ["+353 " + _g(nsn, [2, 3, 4])])
    if region == "AU":
        return (["0" + _g(nsn, [3, 3, 3])], ["+61 " + _g(nsn, [3, 3, 3])])
    if region == "SE":
        return (["0" + nsn[:2] + "-" + _g(nsn[2:], [3, 2, 2])], ["+46 " + _g(nsn, [2, 3, 2, 2])])
    if region == "JP":
        return (["0" + _g(nsn, [2, 4, 4], "-")], ["+81 " + _g(nsn, [2, 4, 4], "-"), "+81 " + _g(nsn, [2, 4, 4])])
    if region == "RU":
        return (["8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "8 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])],
                ["+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "+7 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])])
    if region == "CN":
        return ([_g(nsn, [3, 4, 4]), nsn], ["+86 " + _g(nsn, [3, 4, 4]), "+86 " + nsn])
    if region == "TR":
        return (["0" + _g(nsn, [3, 3, 2, 2]), "0 (%s) %s" % (nsn[:3], _g(nsn[3:], [3, 2, 2]))], ["+90 " + _g(nsn, [3, 3, 2, 2])])
    raise KeyError(region)


KIND_PREF = {"US": ["fixed_or_mobile"], "GB": ["mobile", "mobile", "london", "fixed"], "DE": ["mobile", "mobile7", "berlin", "fixed"],
             "FR": ["mobile", "mobile", "fixed"], "ES": ["mobile", "mobile", "fixed"], "IT": ["mobile", "mobile", "rome", "milan"],
             "NL": ["mobile", "mobile", "fixed"], "PT": ["mobile", "fixed"], "BR": ["mobile", "mobile", "fixed"],
             "PL": ["mobile", "mobile", "fixed"], "IN": ["mobile"], "IE": ["mobile"], "AU": ["mobile"], "SE": ["mobile"],
             "JP": ["mobile"], "RU": ["mobile", "mobile", "moscow"], "CN": ["mobile"], "TR": ["mobile"], "CA": ["fixed_or_mobile"]}

CUL_REGION = {"gb": "GB", "us": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "br": "BR",
              "pl": "PL", "tr": "TR", "sv": "SE", "in": "IN", "ar": "FR", "ng": "GB", "ru": "RU", "ja": "JP", "zh": "CN"}


def phone(R, region, intl=None, kind=None, text_region=None):
    """A phone label: L('phone', value, sub, region[, plan]). text_region is the
    region whose conventions the text is read in (when the number is foreign)."""
    cc, trunk, kinds = plan(region)
    kind = kind or R.choice(KIND_PREF[region])
    nsn = kinds[kind](R)
    nat, itl = phone_forms(region, kind, nsn)
    if text_region and text_region != region:
        intl = True
    if intl is None:
        intl = R.random() < 0.4
    v = R.choice(itl if intl else nat)
    if text_region and text_region != region:
        if v.startswith("00") and text_region in ("US", "CA", "JP", "AU"):
            v = "+" + v[2:]
        return L("phone", v, sub="%s:%s" % (region, kind), region=text_region, plan=region)
    return L("phone", v, sub="%s:%s" % (region, kind), region=region)


NUMWORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
}
DOUBLE = {"en": "double", "de": "doppel", "es": None, "fr": None, "nl": None}
WORD2DIGIT = {}
for _lang, _ws in NUMWORDS.items():
    for _i, _w in enumerate(_ws):
        WORD2DIGIT[_w] = str(_i)
WORD2DIGIT.update({"oh": "0", "o": "0", "zwo": "2", "één": "1", "nought": "0"})


def speak_digits(R, s, lang, share=0.6):
    """Turns digit groups of s into words, partly (as dictation software
    writes them). Returns the spoken form."""
    out = []
    for tok in s.split(" "):
        if tok.startswith("+"):
            out.append("plus" if lang == "en" else {"de": "plus", "es": "más", "fr": "plus", "nl": "plus"}[lang])
            tok = tok[1:]
            if not tok:
                continue
        if tok.isdigit() and R.random() < share:
            ws, i = [], 0
            while i < len(tok):
                d = int(tok[i])
                if DOUBLE.get(lang) and i + 1 < len(tok) and tok[i + 1] == tok[i] and R.random() < 0.7:
                    ws.append(DOUBLE[lang] + " " + NUMWORDS[lang][d] if not (lang == "en" and d == 0 and R.random() < 0.5) else "double oh")
                    i += 2
                    continue
                w = NUMWORDS[lang][d]
                if lang == "en" and d == 0 and R.random() < 0.6:
                    w = "oh"
                if lang == "de" and d == 2 and R.random() < 0.5:
                    w = "zwo"
                ws.append(w)
                i += 1
            out.append(" ".join(ws))
        else:
            out.append(tok)
    return ", ".join(out) if R.random() < 0.5 else " ".join(out)


def unspeak(s):
    """Reads spoken digits back (inverse of speak_digits, plus 'triple')."""
    toks = re.split(r"[\s,]+", s.strip())
    out, i = "", 0
    while i < len(toks):
        t = toks[i].lower()
        if t in ("plus", "más"):
            out += "+"
        elif t in ("double", "doppel", "triple") and i + 1 < len(toks) and toks[i + 1].lower() in WORD2DIGIT:
            out += WORD2DIGIT[toks[i + 1].lower()] * (3 if t == "triple" else 2)
            i += 1
        elif t in WORD2DIGIT:
            out += WORD2DIGIT[t]
        elif re.fullmatch(r"[\d()\-./]+", t):
            out += " " + t + " "
        i += 1
    return re.sub(r"\s+", " ", out).strip()


INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def norm_value(v, spoken=True):
    """The value a checker sees: invisible characters, quote marks and wraps
    removed, entities decoded, full-width folded, spoken digits read back."""
    v = html.unescape(v)
    v = "".join(c for c in v if c not in INVISIBLE)
    v = re.sub(r"\n[>| ]*", " ", v)
    v = v.replace("\\'e9", "é")
    v = unicodedata.normalize("NFKC", v)
    toks = [t.lower() for t in re.split(r"[\s,]+", v)]
    if spoken and sum(1 for t in toks if t in WORD2DIGIT and t != "o") >= 2:
        spoken = unspeak(v)
        if spoken and sum(c.isdigit() for c in spoken) >= 6:
            v = spoken
    return re.sub(r"\s+", " ", v).strip()


def digit_fix(v):
    """OCR letter-for-digit confusions inside a numeric value (O->0, l/I/|->1,
    S->5, B->8), applied only where the value is otherwise digits."""
    if sum(c.isdigit() for c in v) < 6 or re.search(r"[A-Za-z]{2,}", re.sub(r"[OolISB|]", "", v)):
        return v
    return re.sub(r"[OolISB|]", lambda m: {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}[m.group()], v)


def phone_check_value(v):
    v = norm_value(v).replace(",", " ")
    v = digit_fix(v)
    return v


# ================================================================ addresses
# Hand-written street, town and postcode lists for this part.

def _num(R, lo=1, hi=180):
    return str(R.randint(lo, hi))


GB_STREETS = ["Quarry Bank Lane", "Tanners Row", "Sallow Walk", "Rookery Gardens", "Coldharbour Road", "Pinfold Lane",
              "Mill Race Court", "Furze Hill", "Kiln Lane", "Ropewalk Mews", "Chantry Close", "Beacon Rise",
              "Wheelwright Close", "Damson Way", "Sheepfold Lane"]
GB_TOWNS = [("Kendal", "LA9 4PR"), ("Hexham", "NE46 3LS"), ("Ludlow", "SY8 1DB"), ("Frome", "BA11 2HW"),
            ("Whitby", "YO21 3EJ"), ("Ilkley", "LS29 9DZ"), ("Penrith", "CA11 7QF"), ("Bridport", "DT6 3QX"),
            ("Stroud", "GL5 1AP"), ("Malton", "YO17 7LY"), ("Tiverton", "EX16 6NB"), ("Oakham", "LE15 6RA")]
US_STREETS = ["Juniper Hollow Dr", "Creekbend Ln", "Old Mill Rd", "Sassafras Ct", "Tamarack Ave", "Redbud Trl",
              "Cottonwood St", "Bluestem Way", "Larkspur Cir", "Quail Run Rd", "Persimmon Pl", "Wagon Wheel Dr"]
US_CITIES = [("Bozeman", "MT", "59715"), ("Asheville", "NC", "28801"), ("Duluth", "MN", "55803"),
             ("Flagstaff", "AZ", "86001"), ("Burlington", "VT", "05401"), ("Eugene", "OR", "97401"),
             ("Savannah", "GA", "31401"), ("Boise", "ID", "83702"), ("Lawrence", "KS", "66044"),
             ("Missoula", "MT", "59801"), ("Ithaca", "NY", "14850"), ("Athens", "GA", "30601")]
DE_STREETS = ["Am Mühlgraben", "Zeisigweg", "Holunderstieg", "Försterweg", "Brunnenhof", "Lerchenfeld",
              "Kiefernweg", "Schmiedegasse", "Quellenstraße", "Töpferstraße", "Hagebuttenweg", "Uferstraße",
              "Wiesengrund", "Im Krummen Acker"]
DE_CITIES = [("Lüneburg", "21335"), ("Bamberg", "96047"), ("Detmold", "32756"), ("Passau", "94032"),
             ("Görlitz", "02826"), ("Tübingen", "72070"), ("Celle", "29221"), ("Wismar", "23966"),
             ("Landshut", "84028"), ("Marburg", "35037"), ("Fulda", "36037"), ("Bautzen", "02625")]
FR_STREETS = ["rue des Tanneurs", "allée des Peupliers", "impasse du Moulin", "chemin de la Croix-Blanche",
              "rue Saint-Éloi", "boulevard des Alliés", "rue du Pressoir", "place des Tilleuls",
              "avenue des Marronniers", "rue de la Poterne", "chemin des Vignes", "rue des Écoles"]
FR_CITIES = [("Quimper", "29000"), ("Angers", "49100"), ("Colmar", "68000"), ("Périgueux", "24000"),
             ("Annecy", "74000"), ("Arras", "62000"), ("Niort", "79000"), ("Albi", "81000"), ("Vannes", "56000"),
             ("Dole", "39100"), ("Épinal", "88000"), ("Mâcon", "71000")]
ES_STREETS = ["Calle del Almendro", "Calle Cuesta de los Ciegos", "Avenida de los Tilos", "Calle de la Alfarería",
              "Paseo de la Ribera", "Calle Sierra de Gata", "Travesía del Pozo", "Calle Río Jarama",
              "Calle de las Eras", "Ronda del Carmen", "Calle Huertas Altas"]
ES_CITIES = [("Cáceres", "10001", "Cáceres"), ("Logroño", "26001", "La Rioja"), ("Burgos", "09003", "Burgos"),
             ("Huesca", "22002", "Huesca"), ("Jaén", "23001", "Jaén"), ("Soria", "42002", "Soria"),
             ("Gijón", "33201", "Asturias"), ("Lugo", "27001", "Lugo"), ("Teruel", "44001", "Teruel")]
IT_STREETS = ["Via del Borgo Nuovo", "Vicolo dei Fabbri", "Via delle Ginestre", "Via Santa Chiara",
              "Via dei Cappuccini", "Viale delle Rimembranze", "Via del Pozzo", "Via della Fornace",
              "Via dei Tigli", "Vicolo del Forno"]
IT_CITIES = [("Cremona", "26100", "CR"), ("Lecce", "73100", "LE"), ("Perugia", "06121", "PG"),
             ("Treviso", "31100", "TV"), ("Matera", "75100", "MT"), ("Pavia", "27100", "PV"),
             ("Rovigo", "45100", "RO"), ("Ascoli Piceno", "63100", "AP")]
NL_STREETS = ["Kerkpad", "Vlasakker", "Zwanenveld", "Boterdiep", "Hoefslag", "Populierenlaan", "Klaprooswei",
              "Wilgenhof", "Turfsteeg", "Ganzenmarkt", "Lijnbaan", "Eendrachtstraat"]
NL_CITIES = [("Zwolle", "8011"), ("Deventer", "7411"), ("Leeuwarden", "8911"), ("Haarlem", "2011"),
             ("Breda", "4811"), ("Assen", "9401"), ("Gouda", "2801"), ("Tilburg", "5038"), ("Kampen", "8261")]
PT_STREETS = ["Travessa do Carvalhal", "Rua do Almada", "Largo da Graça", "Rua de São Bento", "Calçada do Galvão",
              "Rua dos Fanqueiros", "Avenida dos Bombeiros"]
PT_CITIES = [("Braga", "4700-325"), ("Coimbra", "3000-214"), ("Aveiro", "3810-119"), ("Évora", "7000-642"),
             ("Viseu", "3500-066"), ("Faro", "8000-151")]
BR_STREETS = ["Rua das Acácias", "Rua Sete de Setembro", "Rua dos Pinheiros", "Travessa Olinda", "Rua do Ouvidor",
              "Rua das Palmeiras", "Rua Vinte e Quatro de Maio"]
BR_PLACES = [("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570-020"),
             ("Boa Viagem", "Recife", "PE", "51020-010"), ("Batel", "Curitiba", "PR", "80420-090"),
             ("Meireles", "Fortaleza", "CE", "60165-080"), ("Pituba", "Salvador", "BA", "41810-000")]
PL_STREETS = ["ul. Jaśminowa", "ul. Kręta", "ul. Bursztynowa", "ul. Polna", "ul. Modrzewiowa", "ul. Ogrodowa",
              "ul. Rybacka", "al. Lipowa"]
PL_CITIES = [("Toruń", "87-100"), ("Olsztyn", "10-512"), ("Rzeszów", "35-030"), ("Opole", "45-062"),
             ("Zamość", "22-400"), ("Gniezno", "62-200")]
TR_PLACES = [("Caferağa Mah.", "Dumlupınar Sok.", "34710", "Kadıköy/İstanbul"),
             ("Kavaklıdere Mah.", "Bestekar Sok.", "06680", "Çankaya/Ankara"),
             ("Alsancak Mah.", "Kıbrıs Şehitleri Cad.", "35220", "Konak/İzmir"),
             ("Konyaaltı Mah.", "Akdeniz Sok.", "07070", "Konyaaltı/Antalya")]
SE_PLACES = [("Björkvägen", "752 36", "Uppsala"), ("Smedjegatan", "582 24", "Linköping"),
             ("Tallstigen", "903 31", "Umeå"), ("Kvarngatan", "702 10", "Örebro")]
IN_PLACES = [("Shanti Kunj Apartments", "14th Cross, Indiranagar", "Bengaluru", "Karnataka", "560038"),
             ("Gulmohar Residency", "Baner Road, Baner", "Pune", "Maharashtra", "411045"),
             ("Sai Krupa Enclave", "2nd Street, Besant Nagar", "Chennai", "Tamil Nadu", "600090"),
             ("Nilgiri Heights", "Sector 21, Gurugram", "Gurugram", "Haryana", "122016"),
             ("Lake View Towers", "Salt Lake, Sector V", "Kolkata", "West Bengal", "700091")]
JP_PLACES = [("150-0002", "東京都渋谷区渋谷", "Shibuya, Shibuya-ku, Tokyo"),
             ("530-0012", "大阪府大阪市北区芝田", "Shibata, Kita-ku, Osaka"),
             ("460-0008", "愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya, Aichi"),
             ("810-0001", "福岡県福岡市中央区天神", "Tenjin, Chuo-ku, Fukuoka"),
             ("980-0811", "宮城県仙台市青葉区一番町", "Ichibancho, Aoba-ku, Sendai, Miyagi")]
RU_PLACES = [("ул. Садовая", "ul. Sadovaya", "Казань", "Kazan", "420111"),
             ("ул. Заречная", "ul. Zarechnaya", "Тверь", "Tver", "170100"),
             ("пр. Мира", "pr. Mira", "Ярославль", "Yaroslavl", "150000"),
             ("ул. Рябиновая", "ul. Ryabinovaya", "Пермь", "Perm", "614000")]
CN_PLACES = [("上海市徐汇区", "漕溪北路", "Xuhui District, Shanghai", "Caoxi North Road", "200030"),
             ("北京市海淀区", "学院路", "Haidian District, Beijing", "Xueyuan Road", "100083"),
             ("广州市天河区", "体育西路", "Tianhe District, Guangzhou", "Tiyu West Road", "510620"),
             ("杭州市西湖区", "文三路", "Xihu District, Hangzhou", "Wensan Road", "310012")]


def addr(R, cc, style=None):
    """Returns (lines, sub): the lines of a postal address as written in cc."""
    if cc == "GB":
        t, pc = R.choice(GB_TOWNS)
        first = R.choice(["%s %s" % (_num(R), R.choice(GB_STREETS)), "Flat %d, %s %s" % (R.randint(1, 12), _num(R), R.choice(GB_STREETS)),
                          "%s Cottage, %s" % (R.choice(["Rose", "Ivy", "Meadow", "Orchard", "Bramble"]), R.choice(GB_STREETS))])
        return [first, t, pc], "gb"
    if cc == "US":
        c, st, z = R.choice(US_CITIES)
        first = "%s %s" % (_num(R, 10, 9800), R.choice(US_STREETS))
        if R.random() < 0.3:
            first += R.choice([", Apt %d" % R.randint(1, 40), " Unit %s" % R.choice(["2B", "14", "C", "305"])])
        return [first, "%s, %s %s" % (c, st, z)], "us"
    if cc == "DE":
        c, z = R.choice(DE_CITIES)
        return ["%s %s%s" % (R.choice(DE_STREETS), _num(R, 1, 90), R.choice(["", "", "", "a", "b"])), "%s %s" % (z, c)], "de"
    if cc == "FR":
        c, z = R.choice(FR_CITIES)
        return ["%s%s %s" % (_num(R, 1, 60), R.choice(["", "", "", " bis", " ter"]), R.choice(FR_STREETS)), "%s %s" % (z, c.upper() if R.random() < 0.3 else c)], "fr"
    if cc == "ES":
        c, z, prov = R.choice(ES_CITIES)
        fl = R.choice(["", ", %dº %s" % (R.randint(1, 8), R.choice("ABCD")), ", bajo izda.", ", %dº dcha." % R.randint(1, 6)])
        last = "%s %s" % (z, c) + ("" if prov == c else " (%s)" % prov)
        return ["%s, %s%s" % (R.choice(ES_STREETS), _num(R, 1, 120), fl), last], "es"
    if cc == "IT":
        c, z, pr = R.choice(IT_CITIES)
        return ["%s %s" % (R.choice(IT_STREETS), _num(R, 1, 150)), "%s %s (%s)" % (z, c, pr)], "it"
    if cc == "NL":
        c, z = R.choice(NL_CITIES)
        return ["%s %s" % (R.choice(NL_STREETS), _num(R, 1, 140)), "%s %s %s" % (z, "".join(R.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)), c)], "nl"
    if cc == "PT":
        c, z = R.choice(PT_CITIES)
        return ["%s, n.º %s%s" % (R.choice(PT_STREETS), _num(R, 1, 200), R.choice(["", ", 2.º Esq.", ", r/c Dto.", ", 3.º"])), "%s %s" % (z, c)], "pt"
    if cc == "BR":
        b, c, uf, cep = R.choice(BR_PLACES)
        return ["%s, %s%s" % (R.choice(BR_STREETS), _num(R, 10, 2400), R.choice(["", ", apto %d" % R.randint(11, 1204)])), "%s, %s - %s" % (b, c, uf), "CEP %s" % cep], "br"
    if cc == "PL":
        c, z = R.choice(PL_CITIES)
        return ["%s %s%s" % (R.choice(PL_STREETS), _num(R, 1, 80), R.choice(["", "/%d" % R.randint(1, 40)])), "%s %s" % (z, c)], "pl"
    if cc == "TR":
        m, s, z, c = R.choice(TR_PLACES)
        return ["%s %s No: %d D: %d" % (m, s, R.randint(1, 90), R.randint(1, 20)), "%s %s" % (z, c)], "tr"
    if cc == "SE":
        s, z, c = R.choice(SE_PLACES)
        return ["%s %s" % (s, _num(R, 1, 60)), "%s %s" % (z, c)], "se"
    if cc == "IN":
        b, loc, c, st, pin = R.choice(IN_PLACES)
        return ["Flat %d, %s" % (R.randint(101, 1204), b), loc, "%s, %s %s" % (c, st, pin)], "in"
    if cc == "JP":
        pc, pref, rom = R.choice(JP_PLACES)
        return ["〒%s" % pc, "%s%d丁目%d-%d" % (pref, R.randint(1, 4), R.randint(1, 30), R.randint(1, 20))], "jp"
    if cc == "RU":
        s, sl, c, cl, idx = R.choice(RU_PLACES)
        return ["%s, д. %d, кв. %d" % (s, R.randint(1, 80), R.randint(1, 150)), "%s, %s" % (c, idx)], "ru"
    if cc == "CN":
        d, road, dl, rl, pc = R.choice(CN_PLACES)
        return ["%s%s%d号%d室" % (d, road, R.randint(1, 400), R.randint(101, 2405))], "cn"
    raise KeyError(cc)


def addr_label(R, cc, sep=None):
    lines, sub = addr(R, cc)
    sep = sep if sep is not None else R.choice([", ", ", ", "\n"])
    return L("address", sep.join(lines), sub=sub)


# ================================================================ dates

MONTHS_X = dict(MONTHS)
MONTHS_X["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                  "października", "listopada", "grudnia"]
MONTHS_X["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MONTHS_X["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december"]
MONTHS_X["ru"] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                  "ноября", "декабря"]


def rdate(R, lo=1942, hi=2007):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fdate(R, ymd, lang, style=None):
    y, m, d = ymd
    choices = {
        "en": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d%s %s %d" % (d, _ord(d), MONTHS["en"][m - 1], y),
               "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)],
        "us": ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%d" % (m, d, y)],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y), "%d.%d.%d" % (d, m, y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["it"][m - 1], y)],
        "nl": ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)],
        "pl": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS_X["pl"][m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS_X["tr"][m - 1], y)],
        "sv": ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS_X["sv"][m - 1], y)],
        "ru": ["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, MONTHS_X["ru"][m - 1], y)],
        "ja": ["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d)],
        "zh": ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d)],
        "in": ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)],
        "iso": ["%d-%02d-%02d" % (y, m, d)],
    }[lang]
    if style is not None:
        return choices[style]
    return R.choice(choices)


def _ord(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
             "twenty sixth", "twenty seventh", "twenty eighth"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _two(n):
    if n < 10:
        return "oh " + NUMWORDS["en"][n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + NUMWORDS["en"][n % 10])


def spoken_year(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + (_two(y - 2000).replace("oh ", "")))
    return "nineteen " + _two(y - 1900)


def spoken_dob(R, ymd):
    y, m, d = ymd
    return R.choice(["%s of %s %s" % (ORD_WORDS[d - 1], MONTHS["en"][m - 1], spoken_year(y)),
                     "%s the %s %s" % (MONTHS["en"][m - 1], ORD_WORDS[d - 1], spoken_year(y)),
                     "%s %s %s" % (ORD_WORDS[d - 1], MONTHS["en"][m - 1], spoken_year(y))])


def date_pair(R, lang, lo=2024, hi=2026):
    """Two dates in order (arrival and departure, start and end)."""
    y, m, d = rdate(R, lo, hi)
    d2 = d + R.randint(1, 9)
    m2, y2 = m, y
    if d2 > 28:
        d2 -= 28
        m2 += 1
        if m2 > 12:
            m2, y2 = 1, y + 1
    st = R.randint(0, 1)
    return fdate(R, (y, m, d), lang, st if lang not in ("ja", "zh", "iso") else None), fdate(R, (y2, m2, d2), lang, st if lang not in ("ja", "zh", "iso") else None)


def other_date(R, lang, lo=2023, hi=2026):
    return fdate(R, rdate(R, lo, hi), lang)


# ================================================================ gov ids
# corpuslib's checks where it has them; the others with their published rules.

def pesel_make(R, ymd, sex):
    y, m, d = ymd
    mm = m + (20 if y >= 2000 else 0)
    serial = "%03d" % R.randint(0, 999) + str(R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    body = "%02d%02d%02d%s" % (y % 100, mm, d, serial)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * k for c, k in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10 == int(s[10])


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnrid_make(R, ymd, sex):
    area = R.choice(["310104", "110108", "440106", "330106", "510107", "420111"])
    seq = "%02d" % R.randint(0, 99) + str(R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    body = area + "%d%02d%02d" % ymd + seq
    c = (12 - sum(int(a) * b for a, b in zip(body, CN_W)) % 11) % 11
    return body + ("X" if c == 10 else str(c))


def cnrid_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    c = (12 - sum(int(a) * b for a, b in zip(s[:17], CN_W)) % 11) % 11
    return s[17] == ("X" if c == 10 else str(c))


def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    b = str(R.randint(1, 9)) + digits(R, 10)
    return b + mynumber_check(b)


def mynumber_ok(s):
    return bool(re.fullmatch(r"\d{12}", s)) and mynumber_check(s[:11]) == s[11]


def nif_pt_make(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + ("0" if c >= 10 else str(c))


def nif_pt_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return s[8] == ("0" if c >= 10 else str(c))


def spi_make(R):
    b = R.choice("0123") + digits(R, 9)
    return b + "%03d" % (int(b) % 511)


def spi_ok(s):
    return bool(re.fullmatch(r"[0-3]\d{12}", s)) and int(s[:10]) % 511 == int(s[10:])


def pnr_se_make(R, ymd, sex):
    y, m, d = ymd
    body = "%02d%02d%02d" % (y % 100, m, d) + "%02d" % R.randint(0, 99) + str(R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


MRZ_W = [7, 3, 1]


def mrz_digit(s):
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        tot += v * MRZ_W[i % 3]
    return str(tot % 10)


BELFIORE = {"Cremona": "D150", "Lecce": "E506", "Perugia": "G478", "Treviso": "L407", "Matera": "F052", "Pavia": "G388",
            "Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Bologna": "A944", "Firenze": "D612"}


def cf_for(p, ymd, city=None, R=None):
    y, m, d = ymd
    city = city or "Roma"
    return cf_make(fold(p.family), fold(p.given), y % 100, m, d, p.sex == "f", BELFIORE[city])


def nir_for(R, p, ymd):
    body, key = nir_random(R, sex="1" if p.sex == "m" else "2", yy=ymd[0] % 100, mm=ymd[1])
    return body, key


def fmt_nir(R, body, key):
    if R.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    return body + " " + key if R.random() < 0.5 else body + key


def gov(R, kind, p=None, ymd=None, fmt=None):
    """L('gov_id', ...) of a kind; p and ymd keep ids that encode sex/birth consistent."""
    ymd = ymd or rdate(R)
    sex = p.sex if p else R.choice("mf")
    if kind == "ssn":
        a, g, s = ssn_random(R)
        v = R.choice(["%s-%s-%s" % (a, g, s), "%s-%s-%s" % (a, g, s), "%s %s %s" % (a, g, s)])
    elif kind == "nino":
        pre, num, suf = nino_random(R)
        v = R.choice(["%s %s %s %s %s" % (pre, num[:2], num[2:4], num[4:], suf), pre + num + suf])
    elif kind == "nhs":
        n = nhs_random(R)
        v = R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    elif kind == "steuerid":
        n = steuerid_random(R)
        v = R.choice(["%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:]), n])
    elif kind == "nir":
        b, k = nir_for(R, p or P("x", "x", sex, "fr"), ymd)
        v = fmt_nir(R, b, k)
    elif kind == "spi":
        n = spi_make(R)
        v = R.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:7], n[7:10], n[10:]), n])
    elif kind == "dni":
        n, l = dni_random(R)
        v = R.choice([n + l, n + "-" + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l)])
    elif kind == "nie":
        a, n, l = nie_random(R)
        v = R.choice([a + n + l, "%s-%s-%s" % (a, n, l)])
    elif kind == "cf":
        v = cf_for(p, ymd, R.choice(sorted(BELFIORE)))
    elif kind == "bsn":
        n = bsn_random(R)
        v = R.choice([n, "%s.%s.%s" % (n[:4], n[4:6], n[6:])])
    elif kind == "aadhaar":
        n = aadhaar_random(R)
        v = R.choice(["%s %s %s" % (n[:4], n[4:8], n[8:]), n])
    elif kind == "pan":
        v = pan_random(R, "P", fold(p.family) if p else "K")
    elif kind == "cpf":
        n = cpf_random(R)
        v = R.choice(["%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]), n])
    elif kind == "pesel":
        v = pesel_make(R, ymd, sex)
    elif kind == "tckn":
        v = tckn_make(R)
    elif kind == "cnrid":
        v = cnrid_make(R, ymd, sex)
    elif kind == "mynumber":
        n = mynumber_make(R)
        v = R.choice(["%s %s %s" % (n[:4], n[4:8], n[8:]), n])
    elif kind == "nif_pt":
        n = nif_pt_make(R)
        v = R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    elif kind == "pnr_se":
        n = pnr_se_make(R, ymd, sex)
        v = n[:6] + "-" + n[6:]
    elif kind == "passport_gb":
        v = "%d%s" % (R.randint(1, 9), digits(R, 8))
    elif kind == "passport_us":
        v = R.choice(["5", "6", "A"]) + digits(R, 8)
    elif kind == "passport_de":
        v = R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif kind == "passport_fr":
        v = "%02d%s%05d" % (R.randint(10, 24), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 99999))
    elif kind == "passport_es":
        v = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(R, 6)
    elif kind == "passport_it":
        v = "Y" + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(R, 7)
    elif kind == "passport_in":
        v = R.choice("JKLMNPRSTUVWZ") + str(R.randint(1, 9)) + digits(R, 6)
    elif kind == "passport_nl":
        v = "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + "".join(R.choice("BCDFGHJKLMNPRSTVWXZ0123456789") for _ in range(6)) + str(R.randint(1, 9))
    elif kind == "ru_passport":
        v = "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 24), R.randint(0, 999999))
    else:
        raise KeyError(kind)
    return L("gov_id", v, sub=kind)


def _strip_id(v):
    return re.sub(r"[\s.\-/]", "", digit_fix(norm_value(v)) if not re.search(r"[A-Z]{2}", v) else norm_value(v))


def gov_ok(sub, v):
    s = norm_value(v)
    s = re.sub(r"[\s.\-/]", "", s)
    if sub in ("ssn", "nhs", "steuerid", "bsn", "aadhaar", "cpf", "pesel", "tckn", "mynumber", "nif_pt", "spi"):
        s = digit_fix(s)
    if sub == "ssn":
        return bool(re.fullmatch(r"\d{9}", s)) and ssn_valid(int(s[:3]), int(s[3:5]), int(s[5:]))
    if sub == "nino":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NINO_BAD_PREFIX
    if sub == "nhs":
        return nhs_ok(s)
    if sub == "steuerid":
        return steuerid_ok(s)
    if sub == "nir":
        return len(s) == 15 and nir_ok(s[:13], s[13:])
    if sub == "spi":
        return spi_ok(s)
    if sub == "dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", s)) and nie_ok(s)
    if sub == "cf":
        return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]
    if sub == "bsn":
        return bsn_ok(s)
    if sub == "aadhaar":
        return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)
    if sub == "pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))
    if sub == "cpf":
        return cpf_ok(s)
    if sub == "pesel":
        return pesel_ok(s)
    if sub == "tckn":
        return tckn_ok(s)
    if sub == "cnrid":
        return cnrid_ok(s)
    if sub == "mynumber":
        return mynumber_ok(s)
    if sub == "nif_pt":
        return nif_pt_ok(s)
    if sub == "pnr_se":
        return bool(re.fullmatch(r"\d{10}", s)) and luhn_ok(s)
    if sub == "uk_driving_licence":
        return bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", s))
    if sub.startswith("passport_") or sub.startswith("idcard") or sub in ("ru_passport", "mrz_passport"):
        return bool(re.fullmatch(r"[A-Z0-9]{6,10}", s))
    return False


# ================================================================ IBAN, cards, IPs, secrets

def iban(R, cc, fmt=None):
    v = iban_random(R, cc)
    fmt = fmt or R.choice(["grp", "grp", "grp", "compact"])
    if fmt == "grp":
        v = group(v)
    return L("iban", v, sub=cc.lower())


def words_to_digits(v):
    """Spoken digits inside a mixed value read back, other tokens kept."""
    return " ".join(WORD2DIGIT.get(t.lower(), t) if t.lower() != "o" else t for t in re.split(r"\s+", v))


def iban_ok(v):
    s = re.sub(r"[\s\-]", "", words_to_digits(norm_value(v, spoken=False))).upper()
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod97(s) == 1


def card(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover"])
    n = card_random(R, issuer)
    sizes = [4, 6, 5] if issuer == "amex" else card_grouping(len(n))
    sep = sep if sep is not None else R.choice([" ", " ", "-", ""])
    return L("card", sep.join(split_groups(n, sizes)) if sep else n, sub=issuer)


def card_ok(v):
    s = re.sub(r"\D", "", digit_fix(norm_value(v)))
    return 12 <= len(s) <= 19 and luhn_ok(s)


IP_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 151,
            176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 67, 68, 71, 73, 98, 99, 174, 50, 2, 5]


def ip(R, kind=None):
    kind = kind or R.choice(["v4", "v4", "v4", "v4", "private", "v6"])
    if kind == "v4":
        v = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif kind == "private":
        v = R.choice(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 255), R.randint(2, 250)),
                      "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])
    else:
        pre = R.choice(["2a02:8108", "2003:e5", "2a01:c22", "2a00:23c5", "2600:1700", "2607:fb90"])
        g = ["%x" % R.randint(1, 0xffff) for _ in range(6)]
        v = pre + ":" + (":".join(g) if R.random() < 0.5 else ":".join(g[:2]) + "::" + ":".join(g[4:]))
    return L("ip", v, sub=kind)


PW_WORDS = ["Spatzennest", "Trompete", "Lagune", "Morgentau", "Bluebottle", "Kingfisher", "Marmalade", "Seahorse",
            "Tournesol", "Papillon", "Girasole", "Mariposa", "Zonnebloem", "Walnuss", "Heron", "Quokka", "Tamarind",
            "Lantern", "Brombeere", "Cerisier", "Polaris", "Limoncello", "Kraanvogel", "Saffron"]


def password(R):
    w = R.choice(PW_WORDS)
    if R.random() < 0.3:
        w = w.lower()
    return w + R.choice(["!", "#", "$", "%", "*", "_", "?", "&", "."]) + str(R.randint(10, 9999)) + R.choice(["", "", "x", "Z", "!"])


def wifi_key(R):
    return R.choice([" ".join(digits(R, 4) for _ in range(5)), rnd(R, "abcdefghjkmnpqrstuvwxyz23456789", 12),
                     rnd(R, string.ascii_uppercase + string.digits, 16), password(R)])


def secret(R, kind):
    if kind == "password":
        return L("secret", password(R), sub="password")
    if kind == "wifi":
        return L("secret", wifi_key(R), sub="wifi_psk")
    return L("secret", secret_random(R, kind), sub=kind)


SECRET_KINDS = ["aws_access_key_id", "github_pat", "gitlab_pat", "slack_token", "stripe", "google_api_key", "openai",
                "sendgrid", "npm_token", "twilio", "jwt", "github_fine_grained", "anthropic"]


# ================================================================ the machine's damage
# Parts are exploded into characters that remember their owner (a frame
# string, a label or a negative), changed, and put back together, so labels
# follow their text through every change.

def explode(parts):
    owners, chars = [], []
    for p in _walk(parts):
        owners.append(p)
        t = p if isinstance(p, str) else (p.value if isinstance(p, L) else p.text)
        chars.extend([c, len(owners) - 1] for c in t)
    return chars, owners


def implode(chars, owners):
    texts = defaultdict(str)
    order = []
    for ch, idx in chars:
        if idx not in texts:
            order.append(idx)
        texts[idx] += ch
    out = []
    for idx in order:
        o, t = owners[idx], texts[idx]
        if t == "":
            continue
        if isinstance(o, str):
            out.append(t)
        elif isinstance(o, L):
            out.append(L(o.type, t, **o.meta))
        else:
            out.append(N(t, o.tag))
    return out


def owner_kind(o):
    if isinstance(o, str):
        return "str"
    if isinstance(o, L):
        return o.type
    return "neg"


def map_owners(parts, fn, kinds=("str",)):
    """Applies fn(text) to owners of the given kinds."""
    out = []
    for p in _walk(parts):
        k = owner_kind(p)
        if k in kinds or "all" in kinds:
            if isinstance(p, str):
                out.append(fn(p))
            elif isinstance(p, L):
                out.append(L(p.type, fn(p.value), **p.meta))
            else:
                out.append(N(fn(p.text), p.tag))
        else:
            out.append(p)
    return out


def strip_diacritics(s):
    s2 = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s2) if not unicodedata.combining(c))


OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("e", "c"), ("h", "li"), ("cl", "d"), ("w", "vv"),
            ("O", "0"), ("i", "í"), ("t", "f"), ("a", "o"), ("u", "ii"), (".", ","), ("S", "5"), ("B", "8")]


def ocr_noise(R, parts, rate=0.05, bars=0.25, neg_rate=0.3):
    """Typical OCR damage on the frame (and, milder, on the look-alikes):
    letter confusions, broken and lost spaces, stray bars at line ends."""
    def word_noise(t, rate):
        out = []
        for tok in re.split(r"(\s+)", t):
            if tok and not tok.isspace() and R.random() < rate:
                op = R.random()
                if op < 0.6:
                    a, b = R.choice(OCR_SUBS)
                    if a in tok:
                        i = tok.find(a)
                        tok = tok[:i] + b + tok[i + len(a):]
                elif op < 0.8 and len(tok) >= 5 and tok.isalpha():
                    i = R.randint(2, len(tok) - 2)
                    tok = tok[:i] + " " + tok[i:]
                else:
                    tok = tok + R.choice(["'", ".", ",", "`"]) if tok[-1].isalpha() else tok
            out.append(tok)
        s = "".join(out)
        s = re.sub(r"(?<=\w) (?=\w)", lambda m: "" if R.random() < rate / 3 else " ", s)
        return s

    out = []
    for p in _walk(parts):
        if isinstance(p, str):
            t = word_noise(p, rate)
            t = re.sub(r"\n", lambda m: ("\n" + R.choice(["|", "¦", "l ", "| ", "I "])) if R.random() < bars / 2 else
                       ((R.choice([" |", " ¦", "|", " ."]) + "\n") if R.random() < bars / 2 else "\n"), t)
            out.append(t)
        elif isinstance(p, N) and R.random() < neg_rate:
            t = p.text
            t = re.sub(r"0", lambda m: "O" if R.random() < 0.3 else "0", t)
            t = re.sub(r"1", lambda m: "l" if R.random() < 0.2 else "1", t)
            out.append(N(t, p.tag))
        else:
            out.append(p)
    return out


def lose_diacritics(parts, kinds=("str", "person", "address", "neg")):
    return map_owners(parts, strip_diacritics, kinds)


def _moji(s):
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def mojibake(parts, times=1, kinds=("all",)):
    for _ in range(times):
        parts = map_owners(parts, _moji, kinds)
    return parts


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


LIGS = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ")]


def ligatures(parts, kinds=("str", "person", "address", "neg")):
    def lig(s):
        for a, b in LIGS:
            s = s.replace(a, b)
        return s
    return map_owners(parts, lig, kinds)


def invisibles(R, parts, rate=0.15, kinds=("str",), chars=("\u00ad", "\u200b")):
    """Soft hyphens in words, zero-width spaces in words and numbers (PDF and
    web copy)."""
    def ins(s):
        out = []
        for i, c in enumerate(s):
            out.append(c)
            if i < len(s) - 1 and c.isalnum() and s[i + 1].isalnum() and R.random() < rate / 4:
                z = R.choice(chars)
                if z == "\u00ad" and not (c.isalpha() and s[i + 1].isalpha()):
                    z = "\u200b"
                out.append(z)
        return "".join(out)
    return map_owners(parts, ins, kinds)


def hard_wrap(R, parts, width, breakable=("str", "neg", "address"), hyph=0.0):
    """Hard line wraps at width columns, as PDF copy-paste and mail clients
    leave them: breaks at spaces of breakable owners, sometimes inside a
    frame word with a hyphen."""
    chars, owners = explode(parts)
    col, last_sp = 0, None
    i = 0
    while i < len(chars):
        ch, idx = chars[i]
        if "\n" in ch:
            col = len(ch) - ch.rfind("\n") - 1
            last_sp = None
            i += 1
            continue
        col += len(ch)
        if ch == " " and owner_kind(owners[idx]) in breakable:
            last_sp = i
        if col > width:
            if hyph and owner_kind(owners[idx]) == "str" and ch.isalpha() and R.random() < hyph:
                j = i
                while j > 0 and chars[j - 1][0].isalpha() and chars[j - 1][1] == idx:
                    j -= 1
                k = i
                while k + 1 < len(chars) and chars[k + 1][0].isalpha() and chars[k + 1][1] == idx:
                    k += 1
                if i - j >= 3 and k - i >= 2:
                    chars[i - 1][0] = chars[i - 1][0] + "-\n"
                    col = 1
                    last_sp = None
                    i += 1
                    continue
            if last_sp is not None:
                chars[last_sp][0] = "\n"
                col = sum(len(c[0]) for c in chars[last_sp + 1:i + 1])
                last_sp = None
        i += 1
    return implode(chars, owners)


def quote(parts, level=1):
    """Mail quoting: '> ' before every line (also inside labels that run
    across a wrap)."""
    pre = "> " * level
    pre = pre.replace("> > ", ">> ") if level > 1 and pre.count(">") > 1 and False else pre
    chars, owners = explode(parts)
    for c in chars:
        if c[0] == "\n":
            c[0] = "\n" + pre.rstrip() + " "
    out = [pre] + implode(chars, owners)
    return [re.sub(r"> \n", ">\n", p) if isinstance(p, str) else p for p in out]


def split_at_newline(R, parts, insert, where=0.5):
    """Inserts parts (a page break with footer and header) at a frame newline
    near the given fraction of the text."""
    chars, owners = explode(parts)
    cands = [i for i, (c, idx) in enumerate(chars) if c == "\n" and isinstance(owners[idx], str)]
    if not cands:
        return parts
    target = len(chars) * where
    i = min(cands, key=lambda k: abs(k - target))
    new_chars, new_owners = explode(insert)
    base = len(owners)
    owners.extend(new_owners)
    chars[i + 1:i + 1] = [[c, idx + base] for c, idx in new_chars]
    return implode(chars, owners)


def lines_of(parts):
    """Splits parts into lines (lists of parts) at frame newlines."""
    lines, cur = [], []
    for p in _walk(parts):
        if isinstance(p, str) and "\n" in p:
            segs = p.split("\n")
            for k, s in enumerate(segs):
                if s:
                    cur.append(s)
                if k < len(segs) - 1:
                    lines.append(cur)
                    cur = []
        else:
            cur.append(p)
    lines.append(cur)
    return lines


def plain_len(line):
    return sum(len(p if isinstance(p, str) else (p.value if isinstance(p, L) else p.text)) for p in line)


def interleave(left, right, mode="side", width=38):
    """Two PDF columns copied together: side by side (padded) or alternating
    lines. left and right are lists of lines (each a list of parts)."""
    out = []
    n = max(len(left), len(right))
    for k in range(n):
        a = left[k] if k < len(left) else []
        b = right[k] if k < len(right) else []
        if mode == "side":
            pad = max(2, width - plain_len(a))
            if b:
                out.extend(a + [" " * pad] + b)
            else:
                out.extend(a)
        else:
            out.extend(a)
            if a and b:
                out.append("\n")
            out.extend(b)
        out.append("\n")
    return out[:-1]


# ================================================================ requests (hand-written)

REQ = {
    "en": {
        "ocr": ["This came out of the scanner app like this, can you clean up the OCR mess?",
                "OCR'd from a photo of a letter. Please fix the garbled bits and tell me what it says.",
                "My phone's text recognition made a hash of this. Tidy it up?",
                "Can you turn this scanned form into clean text? Keep every field.",
                "Scanned this with Adobe Scan, the text is full of junk. What does it actually say?"],
        "pdf": ["Copied this out of a PDF and the line breaks are all over the place. Can you reflow it?",
                "Pasting from a PDF, sorry about the formatting. Summarise the key points?",
                "The PDF copy mangled this (columns mixed up). Can you put it back together?",
                "Can you fix the broken hyphenation and line breaks from this PDF text?"],
        "dictation": ["I dictated this on my phone, can you fix the punctuation and make it a proper note?",
                      "Voice-to-text transcript below, please turn it into a tidy summary.",
                      "Transcribed voicemail. Who called and what do they want?",
                      "This is what my dictation app produced. Clean it up into an email?"],
        "email": ["Can you summarise this thread? Who is waiting on what?",
                  "Long email chain below. Draft a short reply for me.",
                  "What's the latest in this thread and what do I need to do?",
                  "Forwarded to me without context, what is this about?"],
        "markup": ["This pasted with all the HTML junk in it. Strip it and give me plain text.",
                   "Can you convert this to clean plain text? It came out of our CMS export.",
                   "Copied from the web version and it's full of tags. Clean it please."],
        "mojibake": ["All the accented letters came out as garbage when I exported this. Can you repair it?",
                     "Encoding is broken in this export (Ã¼ etc). Fix the characters?",
                     "The CSV opened in Excel with weird symbols. Can you restore the proper letters?"],
        "mt": ["This was run through Google Translate and reads oddly. Can you make it natural English?",
               "Machine translation below. What is the original letter actually asking?",
               "Can you polish this translated text? Some phrases make no sense."],
        "chat": ["Exported chat below. Summarise what was agreed?",
                 "Here's the chat export, can you pull out the action items?",
                 "Text messages exported from my old phone. Can you sort out who said what?"],
    },
    "de": {
        "ocr": ["Das hat die Scan-App daraus gemacht. Kannst du den Text bereinigen?",
                "Eingescannter Brief, die Texterkennung ist ziemlich daneben. Was steht da?",
                "Kannst du aus diesem OCR-Text ein sauberes Formular machen?"],
        "pdf": ["Aus einem PDF kopiert, die Umbrüche sind kaputt. Bitte neu formatieren.",
                "PDF-Text mit durcheinandergeratenen Spalten. Kannst du das sortieren?"],
        "dictation": ["Hab das diktiert, bitte Satzzeichen korrigieren und als Brief formatieren.",
                      "Spracherkennung hat das so ausgegeben. Mach bitte eine ordentliche Notiz draus."],
        "email": ["Kannst du mir den Verlauf kurz zusammenfassen?", "Bitte eine kurze Antwort auf diese Mail entwerfen."],
        "markup": ["Da ist noch lauter HTML drin. Bitte als reinen Text.", "Kannst du die Formatierungsreste entfernen?"],
        "mojibake": ["Die Umlaute sind beim Export kaputtgegangen. Kannst du das reparieren?",
                     "Zeichensalat nach dem Import – bitte die richtigen Buchstaben wiederherstellen."],
        "mt": ["Maschinell übersetzt, klingt holprig. Bitte in gutes Deutsch bringen."],
        "chat": ["Chat-Export unten. Was wurde vereinbart?", "Kannst du aus dem Chatverlauf die Termine rausziehen?"],
    },
    "fr": {
        "ocr": ["La reconnaissance de texte a massacré ce courrier. Tu peux le remettre au propre ?",
                "Texte scanné avec mon téléphone, il y a plein d'erreurs. Que dit-il vraiment ?"],
        "pdf": ["Copié depuis un PDF, les retours à la ligne sont cassés. Tu peux remettre en forme ?",
                "Les colonnes du PDF se sont mélangées au copier-coller. Tu peux reconstituer ?"],
        "dictation": ["J'ai dicté ça, peux-tu corriger la ponctuation et en faire un vrai message ?"],
        "email": ["Tu peux me résumer cet échange ?", "Rédige-moi une réponse courte à ce fil."],
        "markup": ["Il reste du HTML partout, tu peux nettoyer ?"],
        "mojibake": ["Les accents sont devenus illisibles à l'export. Tu peux corriger ?"],
        "mt": ["Traduction automatique bizarre, tu peux la reformuler en bon français ?"],
        "chat": ["Export de conversation ci-dessous, qu'est-ce qui a été décidé ?"],
    },
    "es": {
        "ocr": ["El escáner lo ha dejado así. ¿Me lo limpias?", "Foto de un documento pasada por OCR. ¿Qué pone realmente?"],
        "pdf": ["Copiado de un PDF, los saltos de línea están rotos. ¿Lo arreglas?"],
        "dictation": ["Lo dicté con el móvil, ¿me corriges la puntuación?", "Transcripción del buzón de voz. ¿Quién llamó y qué quiere?"],
        "email": ["¿Me resumes este hilo de correos?", "Redáctame una respuesta breve a esto."],
        "markup": ["Se pegó con todo el HTML. ¿Me lo dejas en texto plano?"],
        "mojibake": ["Las tildes salieron rotas al exportar. ¿Lo reparas?"],
        "mt": ["Traducción automática rara, ¿la dejas en buen castellano?"],
        "chat": ["Exporté el chat del grupo. ¿Qué se acordó?"],
    },
    "it": {
        "ocr": ["Lo scanner ha fatto un disastro con questo testo. Puoi sistemarlo?"],
        "pdf": ["Copiato da un PDF, gli a capo sono tutti sbagliati. Puoi riformattarlo?"],
        "dictation": ["L'ho dettato al telefono, puoi sistemare la punteggiatura?"],
        "email": ["Puoi riassumermi questo scambio di mail?"],
        "markup": ["È rimasto tutto l'HTML, puoi ripulirlo?"],
        "mojibake": ["Le lettere accentate sono diventate simboli strani. Puoi correggere?"],
        "mt": ["Traduzione automatica poco chiara, puoi renderla naturale?"],
        "chat": ["Export della chat qui sotto. Cosa abbiamo deciso?"],
    },
    "nl": {
        "ocr": ["De scan-app heeft er een zooitje van gemaakt. Kun je het opschonen?"],
        "pdf": ["Uit een pdf gekopieerd, de regeleinden kloppen niet. Kun je het herstellen?"],
        "dictation": ["Ingesproken met mijn telefoon, kun je de interpunctie fixen?"],
        "email": ["Kun je deze mailwisseling samenvatten?"],
        "markup": ["Er zit nog allemaal HTML in. Maak je er platte tekst van?"],
        "mojibake": ["De accenten zijn kapot gegaan bij het exporteren. Kun je dat herstellen?"],
        "mt": ["Machinevertaling, leest raar. Kun je er gewoon Nederlands van maken?"],
        "chat": ["Chatexport hieronder, wat is er afgesproken?"],
    },
    "pt": {
        "ocr": ["O OCR estragou o texto todo. Consegues limpar?", "Digitalizei pelo celular e saiu assim. O que diz?"],
        "pdf": ["Copiei de um PDF e as quebras de linha ficaram erradas. Pode arrumar?"],
        "dictation": ["Ditei isto no telemóvel, podes corrigir a pontuação?"],
        "email": ["Pode resumir esta troca de e-mails?"],
        "markup": ["Veio com HTML no meio. Pode deixar só o texto?"],
        "mojibake": ["Os acentos saíram todos estranhos na exportação. Pode corrigir?"],
        "mt": ["Tradução automática esquisita, pode deixar natural?"],
        "chat": ["Exportei a conversa do grupo. O que ficou combinado?"],
    },
    "pl": {
        "ocr": ["Skaner zrobił z tego bałagan. Możesz to poprawić?"],
        "pdf": ["Skopiowane z PDF-a, łamanie wierszy się rozjechało. Poprawisz?"],
        "mojibake": ["Polskie znaki się posypały przy eksporcie. Da się to naprawić?"],
        "email": ["Możesz streścić tę korespondencję?"],
        "chat": ["Eksport czatu poniżej. Co ustaliliśmy?"],
        "dictation": ["Podyktowałem to w telefonie, popraw interpunkcję."],
        "markup": ["Wkleiło się z HTML-em, zrób z tego czysty tekst."],
        "mt": ["Tłumaczenie maszynowe brzmi dziwnie, popraw proszę."],
    },
    "tr": {
        "ocr": ["Tarayıcı uygulaması metni bozmuş. Düzeltebilir misin?"],
        "mojibake": ["Türkçe karakterler dışa aktarırken bozuldu. Düzeltir misin?"],
        "chat": ["Sohbet dökümü aşağıda. Ne kararlaştırdık?"],
        "pdf": ["PDF'ten kopyaladım, satırlar karıştı. Düzenler misin?"],
        "email": ["Bu yazışmayı özetler misin?"],
        "dictation": ["Telefonda sesle yazdırdım, noktalamayı düzeltir misin?"],
        "markup": ["HTML kalıntılarıyla yapıştı, düz metne çevirir misin?"],
        "mt": ["Makine çevirisi garip, doğal hale getirir misin?"],
    },
    "sv": {
        "ocr": ["Skanningsappen har förstört texten. Kan du snygga till den?"],
        "pdf": ["Kopierat från en pdf, radbrytningarna är trasiga. Kan du fixa?"],
        "email": ["Kan du sammanfatta den här mejltråden?"],
        "chat": ["Chattexport nedan. Vad kom vi överens om?"],
        "mojibake": ["Å, ä och ö blev konstiga tecken vid exporten. Kan du rätta?"],
        "dictation": ["Jag dikterade det här, kan du rätta skiljetecknen?"],
        "markup": ["Det följde med HTML, gör om till ren text?"],
        "mt": ["Maskinöversatt och konstigt, kan du göra det naturligt?"],
    },
    "ru": {
        "ocr": ["Распознавание текста всё испортило. Можешь привести в порядок?"],
        "mt": ["Это машинный перевод, звучит странно. Исправь, пожалуйста."],
        "email": ["Кратко перескажи эту переписку?"],
        "chat": ["Экспорт чата ниже. О чём договорились?"],
        "mojibake": ["Кодировка слетела, можно восстановить?"],
        "pdf": ["Скопировано из PDF, переносы сломаны. Поправишь?"],
        "dictation": ["Надиктовал на телефон, расставь знаки препинания."],
        "markup": ["Вставилось с HTML, сделай чистый текст."],
    },
    "ja": {
        "ocr": ["スキャンしたらこうなりました。きれいに直してもらえますか？"],
        "mt": ["機械翻訳なので不自然です。自然な文章にしてください。"],
        "email": ["このメールのやり取りを要約してください。"],
        "chat": ["チャットのエクスポートです。決まったことをまとめてください。"],
        "mojibake": ["文字化けしています。直せますか？"],
        "pdf": ["PDFからコピーしたら改行がおかしくなりました。整えてください。"],
        "dictation": ["音声入力で書きました。句読点を直してください。"],
        "markup": ["HTMLが混ざっています。テキストだけにしてください。"],
    },
    "zh": {
        "ocr": ["扫描识别出来是这样的，能帮我整理一下吗？"],
        "mt": ["这是机器翻译的，读起来很别扭，帮我改通顺。"],
        "email": ["帮我总结一下这封邮件往来。"],
        "chat": ["这是导出的聊天记录，帮我整理一下约定的事项。"],
        "mojibake": ["导出后乱码了，能恢复吗？"],
        "pdf": ["从PDF复制过来换行全乱了，帮我整理。"],
        "dictation": ["这是语音转文字的，帮我加上标点。"],
        "markup": ["粘贴时带了HTML，帮我变成纯文本。"],
    },
}
REQ["in"] = REQ["en"]


def pick_lang(R, others, en_share=0.55):
    """English about half of the time, else one of the other languages."""
    return "en" if R.random() < en_share else R.choice(others)


def req(R, lang, kind):
    d = REQ.get(lang, REQ["en"])
    return R.choice(d.get(kind) or REQ["en"][kind])


def wrap_req(R, lang, kind, body, after=0.25):
    """The request line before (or after) the pasted text."""
    r = req(R, lang, kind)
    fence = R.random() < 0.12
    b = (["```\n"] + list(body) + ["\n```"]) if fence else list(body)
    if R.random() < after:
        return b + ["\n\n" + r]
    return [r + "\n\n"] + b


# ================================================================ templates: registry and rules

TEMPLATES = []


def tpl(count, clean=False):
    """Registers a template with its fixed number of records."""
    def deco(f):
        TEMPLATES.append((f.__name__, count, clean, f))
        return f
    return deco


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def neg_positions(parts):
    pos, out = 0, []
    for p in _walk(parts):
        t = p if isinstance(p, str) else (p.value if isinstance(p, L) else p.text)
        if isinstance(p, N):
            out.append((pos, pos + len(t)))
        pos += len(t)
    return out


def _inside(a, b, spans):
    return any(s <= a and b <= e for s, e in spans)


def name_words(value):
    return [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 2 and w[0].isupper() and w.lower() not in PARTICLES]


def rule_violation(rec, negpos, clean):
    """The first rule of the part the record breaks (None when it keeps them)."""
    try:
        check_record(rec)
    except AssertionError:
        return "format"
    t, spans = rec["text"], rec["spans"]
    if clean and spans:
        return "clean_with_label"
    if not clean and not spans:
        return "no_label"
    for sp in spans:
        v = sp["value"]
        if sp["type"] == "gov_id" and not gov_ok(sp["sub"], v):
            return "gov_id_check"
        if sp["type"] == "iban" and not iban_ok(v):
            return "iban_check"
        if sp["type"] == "card" and not card_ok(v):
            return "card_check"
    person = [(sp["start"], sp["end"]) for sp in spans if sp["type"] == "person"]
    for sp in spans:
        if sp["type"] != "person":
            continue
        for w in name_words(sp["value"]):
            for m in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(w), t):
                if not _inside(m.start(), m.end(), person):
                    return "name_word_unlabelled"
    typed = defaultdict(list)
    for sp in spans:
        typed[sp["type"]].append((sp["start"], sp["end"]))
    for m in EMAIL_RE.finditer(t):
        if not (_inside(m.start(), m.end(), typed["email"]) or _inside(m.start(), m.end(), typed["secret"])
                or _inside(m.start(), m.end(), negpos)):
            return "email_outside_label"
    for m in IPV4_RE.finditer(t):
        if all(int(x) <= 255 for x in m.group().split(".")) and not (
                _inside(m.start(), m.end(), typed["ip"]) or _inside(m.start(), m.end(), typed["secret"])
                or _inside(m.start(), m.end(), negpos)):
            return "ipv4_outside_label"
    return None


def phone_items(rec):
    return [(phone_check_value(sp["value"]), sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


# ================================================================ small helpers for templates

def title(R, p, lang):
    t = {"en": (["Mr", "Mr", "Dr"], ["Mrs", "Ms", "Ms", "Dr"]), "de": (["Herr"], ["Frau"]),
         "fr": (["M.", "Monsieur"], ["Mme", "Madame"]), "es": (["Sr.", "D."], ["Sra.", "D.ª"]),
         "it": (["Sig.", "dott."], ["Sig.ra", "dott.ssa"]), "nl": (["de heer", "dhr."], ["mevrouw", "mw."]),
         "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]), "pl": (["Pan"], ["Pani"]), "tr": (["Sn."], ["Sn."]),
         "sv": ([""], [""])}[lang]
    return R.choice(t[0] if p.sex == "m" else t[1])


def ref(R, pat):
    """A reference number after a pattern: # digit, A upper letter, x hex."""
    out = ""
    for c in pat:
        out += {"#": R.choice(string.digits), "A": R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                "x": R.choice("0123456789abcdef")}.get(c, c)
    return out


def money(R, cur, lo=5, hi=2500):
    v = R.uniform(lo, hi)
    e, c = int(v), int(round((v - int(v)) * 100)) % 100
    es = "{:,}".format(e)
    if cur == "£":
        return "£%s.%02d" % (es, c)
    if cur == "$":
        return "$%s.%02d" % (es, c)
    if cur == "€de":
        return "%s,%02d €" % (es.replace(",", "."), c)
    if cur == "€fr":
        return "%s,%02d €" % (es.replace(",", "\u202f"), c)
    if cur == "€nl":
        return "€ %s,%02d" % (es.replace(",", "."), c)
    if cur == "EUR":
        return "EUR %s,%02d" % (es.replace(",", "."), c)
    if cur == "zł":
        return "%s,%02d zł" % (es.replace(",", " "), c)
    if cur == "TL":
        return "%s,%02d TL" % (es.replace(",", "."), c)
    if cur == "R$":
        return "R$ %s,%02d" % (es.replace(",", "."), c)
    if cur == "₹":
        return "₹%s" % es
    if cur == "¥":
        return "¥%s" % es
    if cur == "kr":
        return "%s,%02d kr" % (es.replace(",", " "), c)
    raise KeyError(cur)


def hhmm(R):
    return "%02d:%02d" % (R.randint(7, 22), R.randint(0, 59))


LANG_CC = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "tr": "TR",
           "sv": "SE", "in": "IN", "ru": "RU", "ja": "JP", "zh": "CN"}
LANG_CUL = {"en": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl", "tr": "tr",
            "sv": "sv", "in": "in"}
DATE_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl", "tr": "tr",
             "sv": "sv", "in": "in", "us": "us", "ru": "ru", "ja": "ja", "zh": "zh"}


# ================================================================ OCR: scanned letters, forms, receipts, IDs, screenshots

GB_LETTER_BODY = [
    lambda R: ["I am writing about the fence panel between our gardens, which came down in the storm on ",
               N(other_date(R, "en"), "event_date"), ". A local firm has quoted ", N(money(R, "£", 180, 900), "amount"),
               " to replace it and I would be grateful if we could share the cost."],
    lambda R: ["Further to our telephone conversation, I enclose a copy of invoice ", N(ref(R, "INV-####"), "invoice_no"),
               " for the repairs to the chimney stack, which came to ", N(money(R, "£", 300, 2400), "amount"), "."],
    lambda R: ["Please find enclosed the signed consent form for the loft conversion (planning application ",
               N(ref(R, "##/####/FUL"), "planning_ref"), "). The works are due to start on ", N(other_date(R, "en"), "event_date"), "."],
    lambda R: ["I am returning the deposit cheque, as the cottage booking ", N(ref(R, "BK###A#"), "booking_ref"),
               " has been cancelled. Cheque no. ", N(ref(R, "######"), "cheque_no"), " is enclosed."],
    lambda R: ["Since the roadworks began outside no. ", N(str(R.randint(2, 60)), "house_no_other"),
               " the drain at the front of my property has flooded twice. The council's reference is ", N(ref(R, "HW-#######"), "case_ref"), "."],
    lambda R: ["Thank you for your letter of ", N(other_date(R, "en"), "letter_date"), ". I confirm that I wish to renew my allotment tenancy (plot ",
               N(ref(R, "##A"), "plot_no"), ") for another year and enclose the fee of ", N(money(R, "£", 20, 90), "amount"), "."],
]


@tpl(5)
def ocr_letter_gb(R):
    a, b = people(R, "gb", 2)
    lines, _ = addr(R, "GB")
    head = [L("person", a.full), "\n", L("address", "\n".join(lines), sub="gb"), "\n"]
    if R.random() < 0.8:
        head += ["Tel: ", phone(R, "GB", intl=False), "\n"]
    if R.random() < 0.6:
        head += [R.choice(["Email: ", "e-mail: "]), L("email", email_for(R, a)), "\n"]
    body = head + ["\n", N(other_date(R, "en"), "letter_date"), "\n\n",
                   "Dear %s " % title(R, b, "en"), L("person", b.family), ",\n\n",
                   R.choice(GB_LETTER_BODY)(R), "\n\n",
                   R.choice(["I look forward to hearing from you.", "Please do not hesitate to contact me on the number above.",
                             "Many thanks for your help with this."]),
                   "\n\nYours sincerely,\n\n", L("person", a.full)]
    body = ocr_noise(R, body, rate=R.choice([0.04, 0.07, 0.1]))
    return "ocr", "en", wrap_req(R, "en", "ocr", body)


CLUBS_DE = ["TSV Blau-Weiß Moorfleth e.V.", "Musikschule am Stadtpark", "Schwimmverein Delphin 1927 e.V.",
            "Kleingartenverein Sonnenland e.V.", "Chorgemeinschaft Harmonie e.V.", "Tennisclub Rot-Gold e.V."]


@tpl(14)
def ocr_form_de(R):
    p = person(R, "de")
    d = rdate(R, 1950, 2006)
    st, city = addr(R, "DE")[0]
    sep = R.choice([" | ", " |", "| ", " ¦ ", ": "])
    holder = person(R, "de", family=p.family) if R.random() < 0.4 else p
    parts = [R.choice(CLUBS_DE), "\n", R.choice(["Mitgliedsantrag", "Aufnahmeantrag", "Anmeldung"]), "\n\n",
             "Name, Vorname", sep, L("person", p.family + ", " + p.given), "\n",
             "Geburtsdatum", sep, L("dob", fdate(R, d, "de", R.choice([0, 2]))), "\n",
             "Straße, Nr.", sep, L("address", st, sub="de_street"), "\n",
             "PLZ, Ort", sep, L("address", city, sub="de_city"), "\n"]
    if R.random() < 0.8:
        parts += ["Telefon", sep, phone(R, "DE", intl=False), "\n"]
    if R.random() < 0.7:
        parts += ["E-Mail", sep, L("email", email_for(R, p)), "\n"]
    parts += ["\nSEPA-Lastschriftmandat\n",
              "Gläubiger-Identifikationsnummer: ", N("DE%02dZZZ%s" % (R.randint(10, 99), digits(R, 11)), "creditor_id"), "\n",
              "Mandatsreferenz: ", N(ref(R, "M-####-###"), "mandate_ref"), "\n",
              "Kontoinhaber", sep]
    if holder is p:
        parts += [L("person", p.given + " " + p.family)]
    else:
        parts += [L("person", holder.given + " " + holder.family)]
    parts += ["\n", "IBAN", sep, iban(R, "DE"), "\n",
              "Beitrag: ", N(money(R, "€de", 5, 40) + " monatlich", "amount"), "\n",
              "Ort, Datum", sep, city.split(" ", 1)[1], ", ", N(other_date(R, "de"), "signature_date"), "\n",
              "Unterschrift", sep, R.choice(["_______________", "(unterschrieben)", "[Unterschrift]"])]
    parts = ocr_noise(R, parts, rate=R.choice([0.03, 0.06]), bars=0.4)
    if R.random() < 0.3:
        parts = lose_diacritics(parts)
    return "ocr", "de", wrap_req(R, "de", "ocr", parts)


SHOPS = [("en", "Fellside Home & Garden", "Unit 4, Riverside Retail Park, Kendal LA9 7DN"),
         ("de", "Möbelhaus Sonnental", "Gewerbering 12, 96052 Bamberg"),
         ("fr", "Maison & Jardin Vannes", "ZAC du Prat, 56000 Vannes"),
         ("nl", "Woonwinkel De Vlasakker", "Industrieweg 8, 8013 NX Zwolle")]


@tpl(5)
def ocr_receipt_delivery(R):
    lang, shop, saddr = R.choice(SHOPS)
    cc = LANG_CC[lang]
    p = person(R, LANG_CUL[lang])
    lines, _ = addr(R, cc)
    cur = {"en": "£", "de": "€de", "fr": "€fr", "nl": "€nl"}[lang]
    lab = {"en": ("DELIVERY NOTE / RECEIPT", "Customer", "Delivery address", "Phone", "Delivery slot", "Total", "Card"),
           "de": ("LIEFERSCHEIN / KASSENBON", "Kunde", "Lieferanschrift", "Telefon", "Liefertermin", "Summe", "Karte"),
           "fr": ("BON DE LIVRAISON / TICKET", "Client", "Adresse de livraison", "Tél.", "Créneau", "Total", "Carte"),
           "nl": ("AFLEVERBON / KASSABON", "Klant", "Afleveradres", "Tel.", "Levermoment", "Totaal", "Pinpas")}[lang]
    items = [("KOMMODE 3 SCHUBL.", 129), ("GARTENBANK AKAZIE", 89), ("MATRATZE 90x200", 199), ("STEHLEUCHTE", 49),
             ("BOOKCASE OAK", 149), ("PARASOL 3M", 59), ("ARMOIRE 2P", 249), ("KAST EIKEN", 179)]
    R.shuffle(items)
    parts = [N(shop, "shop_name"), "\n", N(saddr, "shop_address"), "\n",
             R.choice(["VAT No. ", "USt-IdNr. ", "TVA ", "BTW "]), N(ref(R, "AA#########"), "vat_id"), "\n",
             lab[0], "  ", N(ref(R, "No. ######"), "receipt_no"), "\n",
             N(other_date(R, lang if lang != "en" else "en") + " " + hhmm(R), "timestamp"), "  " + {"en": "Till", "de": "Kasse", "fr": "Caisse", "nl": "Kassa"}[lang] + " ", N(str(R.randint(1, 9)), "till_no"), "\n\n"]
    for name, price in items[:R.randint(2, 3)]:
        parts += [N(ref(R, "###.###.##"), "article_no"), " ", name, "  ", N(money(R, cur, price, price + 0.99), "amount"), "\n"]
    parts += [lab[5], "  ", N(money(R, cur, 150, 700), "amount"), "\n",
              lab[6], " ", N("**** **** **** " + digits(R, 4), "masked_card"), "  AID ", N("A0000000" + R.choice(["031010", "041010"]), "emv_aid"), "\n\n",
              lab[1], ": ", L("person", (p.family.upper() + " " + p.given) if R.random() < 0.5 else p.full), "\n",
              lab[2], ": ", L("address", ", ".join(lines), sub=cc.lower()), "\n",
              lab[3], ": ", phone(R, cc, intl=False), "\n",
              lab[4], ": ", N(other_date(R, lang) + " 08:00-12:00", "delivery_slot"), "\n"]
    parts = ocr_noise(R, parts, rate=0.08, bars=0.3, neg_rate=0.5)
    return "ocr", lang, wrap_req(R, lang, "ocr", parts)


DEVANAGARI = {"Venkatesh": "वेंकटेश", "Anirudh": "अनिरुद्ध", "Harsh": "हर्ष", "Siddharth": "सिद्धार्थ", "Pranav": "प्रणव",
              "Karthik": "कार्तिक", "Rajeev": "राजीव", "Vikram": "विक्रम", "Lakshmi": "लक्ष्मी", "Shruti": "श्रुति",
              "Ananya": "अनन्या", "Meenakshi": "मीनाक्षी", "Pooja": "पूजा", "Divya": "दिव्या", "Kavitha": "कविता",
              "Swati": "स्वाति", "Raghunathan": "रघुनाथन", "Kulkarni": "कुलकर्णी", "Bhattacharya": "भट्टाचार्य",
              "Iyer": "अय्यर", "Deshpande": "देशपांडे", "Chaudhary": "चौधरी", "Menon": "मेनन", "Reddy": "रेड्डी",
              "Srinivasan": "श्रीनिवासन", "Joshi": "जोशी"}


def uk_licence(p, ymd):
    y, m, d = ymd
    s = re.sub(r"[^A-Z]", "", fold(p.family).upper())[:5].ljust(5, "9")
    return "%s%d%02d%02d%d%s9%s" % (s, (y // 10) % 10, m + (50 if p.sex == "f" else 0), d, y % 10,
                                     fold(p.given)[0].upper() + "9", "".join("ABCDEFGHJKLMNPRSTUVWXYZ"[(ord(c) * 7 + d) % 23] for c in s[:2]))


@tpl(14)
def ocr_idcard(R):
    kind = R.choice(["es", "it", "de", "in_aadhaar", "in_pan", "gb_dl", "pl", "tr"])
    if kind == "es":
        p = person(R, "es")
        s2 = R.choice([x for x in NAMES["es"][2] if x != p.family])
        d = rdate(R, 1950, 2004)
        lab = "ocr_es_dni"
        parts = ["ESPAÑA\nDOCUMENTO NACIONAL DE IDENTIDAD\nAPELLIDOS\n", L("person", p.family.upper() + "\n" + s2.upper()),
                 "\nNOMBRE\n", L("person", p.given.upper()), "\nSEXO ", "M" if p.sex == "m" else "F", "  NACIONALIDAD ESP\n",
                 "FECHA DE NACIMIENTO\n", L("dob", "%02d %02d %d" % (d[2], d[1], d[0])), "\n",
                 "VALIDEZ\n", N("%02d %02d %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date"), "\n",
                 "DNI ", gov(R, "dni")]
        lang, rq = "es", "ocr"
    elif kind == "it":
        p = person(R, "it")
        d = rdate(R, 1950, 2004)
        city = R.choice(sorted(BELFIORE))
        lab = "ocr_it_cie"
        parts = ["REPUBBLICA ITALIANA\nCARTA DI IDENTITÀ / IDENTITY CARD\n", N(ref(R, "CA#####AA"), "document_no"), "\n",
                 "COGNOME / SURNAME\n", L("person", p.family.upper()), "\nNOME / NAME\n", L("person", p.given.upper()), "\n",
                 "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH\n", city.upper(), " ", L("dob", "%02d.%02d.%d" % (d[2], d[1], d[0])), "\n",
                 "SESSO / SEX ", "M" if p.sex == "m" else "F", "   STATURA / HEIGHT ", N(str(R.randint(152, 195)), "height"), "\n",
                 "EMISSIONE / ISSUING ", N(other_date(R, "it"), "issue_date"), "  SCADENZA / EXPIRY ", N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date"), "\n",
                 "CODICE FISCALE / FISCAL CODE\n", L("gov_id", cf_make(fold(p.family), fold(p.given), d[0] % 100, d[1], d[2], p.sex == "f", BELFIORE[city]), sub="cf")]
        lang, rq = "it", "ocr"
    elif kind == "de":
        p = person(R, "de")
        d = rdate(R, 1950, 2004)
        lab = "ocr_de_ausweis"
        parts = ["BUNDESREPUBLIK DEUTSCHLAND  FEDERAL REPUBLIC OF GERMANY\nPERSONALAUSWEIS  IDENTITY CARD\n",
                 L("gov_id", R.choice("LMNPRT") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), sub="idcard_de"), "\n",
                 "Name/Surname/Nom\n", L("person", p.family.upper()), "\n",
                 "Vornamen/Given names/Prénoms\n", L("person", p.given.upper()), "\n",
                 "Geburtstag/Date of birth/Date de naissance\n", L("dob", "%02d.%02d.%d" % (d[2], d[1], d[0])), "\n",
                 "Staatsangehörigkeit/Nationality  DEUTSCH\n", "Geburtsort/Place of birth\n", R.choice(DE_CITIES)[0].upper(), "\n",
                 "Gültig bis/Date of expiry\n", N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date"), "\n",
                 N(digits(R, 6), "can_number")]
        lang, rq = "de", "ocr"
    elif kind == "in_aadhaar":
        p = person(R, "in")
        d = rdate(R, 1955, 2005)
        lab = "ocr_in_aadhaar"
        parts = ["भारत सरकार\nGOVERNMENT OF INDIA\n", L("person", DEVANAGARI[p.given] + " " + DEVANAGARI[p.family]), "\n",
                 L("person", p.full), "\n", "जन्म तिथि/DOB: ", L("dob", "%02d/%02d/%d" % (d[2], d[1], d[0])), "\n",
                 ("पुरुष/ MALE" if p.sex == "m" else "महिला/ FEMALE"), "\n\n", gov(R, "aadhaar"), "\n",
                 "मेरा आधार, मेरी पहचान\n", "VID : ", N(" ".join(digits(R, 4) for _ in range(4)), "aadhaar_vid")]
        lang, rq = "in", "ocr"
    elif kind == "in_pan":
        p = person(R, "in")
        f = person(R, "in", sex="m", family=p.family)
        d = rdate(R, 1955, 2005)
        lab = "ocr_in_pan"
        parts = ["आयकर विभाग  INCOME TAX DEPARTMENT  भारत सरकार  GOVT. OF INDIA\n",
                 "स्थायी लेखा संख्या कार्ड\nPermanent Account Number Card\n", L("gov_id", pan_random(R, "P", fold(p.family)), sub="pan"), "\n",
                 "नाम / Name\n", L("person", p.full.upper()), "\n",
                 "पिता का नाम / Father's Name\n", L("person", f.full.upper()), "\n",
                 "जन्म की तारीख / Date of Birth\n", L("dob", "%02d/%02d/%d" % (d[2], d[1], d[0]))]
        lang, rq = "in", "ocr"
    elif kind == "gb_dl":
        p = person(R, "gb")
        p2 = person(R, "gb", sex=p.sex)
        d = rdate(R, 1950, 2006)
        lines, _ = addr(R, "GB")
        lab = "ocr_gb_licence"
        parts = ["DRIVING LICENCE   UK\n", "1. ", L("person", p.family.upper()), "\n", "2. ", L("person", (p.given + " " + p2.given).upper()), "\n",
                 "3. ", L("dob", "%02d.%02d.%d" % (d[2], d[1], d[0])), " UNITED KINGDOM\n",
                 "4a. ", N(other_date(R, "de", 2015, 2024), "issue_date"), "  4c. DVLA\n", "4b. ", N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2034)), "expiry_date"), "\n",
                 "5. ", L("gov_id", uk_licence(p, d), sub="uk_driving_licence"), "  ", N("%02d" % R.randint(10, 19), "issue_number"), "\n",
                 "8. ", L("address", ", ".join(lines).upper(), sub="gb"), "\n", "9. ", N("AM/A/B1/B/f/k/l/p/q", "licence_categories")]
        lang, rq = "en", "ocr"
    elif kind == "pl":
        p = person(R, "pl")
        d = rdate(R, 1950, 2006)
        lab = "ocr_pl_dowod"
        parts = ["RZECZPOSPOLITA POLSKA\nDOWÓD OSOBISTY / IDENTITY CARD\n", "NAZWISKO / SURNAME\n", L("person", p.family.upper()), "\n",
                 "IMIONA / GIVEN NAMES\n", L("person", p.given.upper()), "\n", "DATA URODZENIA / DATE OF BIRTH\n",
                 L("dob", "%02d.%02d.%d" % (d[2], d[1], d[0])), "\n", "NUMER PESEL / PERSONAL NUMBER\n", L("gov_id", pesel_make(R, d, p.sex), sub="pesel"), "\n",
                 "TERMIN WAŻNOŚCI / EXPIRY DATE\n", N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date")]
        lang, rq = "pl", "ocr"
    else:
        p = person(R, "tr")
        d = rdate(R, 1950, 2006)
        lab = "ocr_tr_kimlik"
        parts = ["TÜRKİYE CUMHURİYETİ KİMLİK KARTI\nREPUBLIC OF TURKEY IDENTITY CARD\n", "T.C. Kimlik No / TR Identity No\n",
                 L("gov_id", tckn_make(R), sub="tckn"), "\n", "Soyadı / Surname\n", L("person", p.family.upper()), "\n",
                 "Adı / Given Name(s)\n", L("person", p.given.upper()), "\n", "Doğum Tarihi / Date of Birth\n",
                 L("dob", "%02d.%02d.%d" % (d[2], d[1], d[0])), "\n", "Seri No / Document No\n", N(ref(R, "A##A#####"), "document_no"), "\n",
                 "Geçerlilik Tarihi / Valid Until\n", N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date")]
        lang, rq = "tr", "ocr"
    parts = ocr_noise(R, parts, rate=R.choice([0.03, 0.06]), bars=0.2, neg_rate=0.3)
    if kind in ("es", "de", "pl", "tr") and R.random() < 0.3:
        parts = lose_diacritics(parts)
    q = {"en": "Photo of my licence run through text recognition. Can you put the fields in a table?",
         "es": "He sacado el texto de una foto del DNI. ¿Me lo pasas a una tabla?",
         "it": "Testo estratto dalla foto della carta d'identità. Me lo metti in ordine?",
         "de": "Texterkennung vom Ausweisfoto. Kannst du die Felder sauber auflisten?",
         "in": "Text extracted from a photo of the card. Please format it neatly for the KYC form.",
         "pl": "Tekst z aparatu (zdjęcie dowodu). Uporządkuj pola, proszę.",
         "tr": "Kimlik fotoğrafından çıkan metin bu. Alanları düzenler misin?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


def mrz_name(fam, given):
    f = re.sub(r"[^A-Z]", "<", fold(fam).upper().replace("'", ""))
    g = re.sub(r"[^A-Z]", "<", fold(given).upper())
    return f + "<<" + g


@tpl(13)
def ocr_passport_mrz(R):
    cc3, cul, pk, lang = R.choice([("GBR", "gb", "passport_gb", "en"), ("GBR", "gb", "passport_gb", "en"), ("USA", "us", "passport_us", "en"), ("USA", "us", "passport_us", "en"),
                                    ("D", "de", "passport_de", "de"), ("FRA", "fr", "passport_fr", "fr"), ("NLD", "nl", "passport_nl", "nl"), ("ITA", "it", "passport_it", "it"),
                                    ("ESP", "es", "passport_es", "es"), ("IND", "in", "passport_in", "in")])
    p = person(R, cul)
    d = rdate(R, 1950, 2006)
    num = gov(R, pk).value
    exp = "%02d%02d%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28))
    sex = "M" if p.sex == "m" else "F"
    nm = mrz_name(p.family, p.given)
    line1 = "P<" + cc3.ljust(3, "<") + nm
    line1 = line1 + "<" * (44 - len(line1))
    numf = num.ljust(9, "<")
    dob6 = "%02d%02d%02d" % (d[0] % 100, d[1], d[2])
    pers = "<" * 14
    comp = numf + mrz_digit(numf) + dob6 + mrz_digit(dob6) + exp + mrz_digit(exp) + pers + mrz_digit(pers)
    final = mrz_digit(comp)
    nat = cc3.ljust(3, "<")
    fam_disp = p.family.upper()
    vis = ["PASSPORT  PASSEPORT  ", N(cc3, "country_code"), "\n",
           "Surname/Nom  ", L("person", fam_disp), "\n",
           "Given names/Prénoms  ", L("person", p.given.upper()), "\n",
           "Nationality  ", {"GBR": "BRITISH CITIZEN", "D": "DEUTSCH", "FRA": "FRANÇAISE", "NLD": "NEDERLANDSE", "ITA": "ITALIANA", "ESP": "ESPAÑOLA", "USA": "UNITED STATES OF AMERICA", "IND": "INDIAN"}[cc3], "\n",
           "Date of birth/Date de naissance  ", L("dob", "%02d %s %d" % (d[2], MONTHS["en"][d[1] - 1][:3].upper(), d[0])), "\n",
           "Sex  ", sex, "   Place of birth  ", {"GBR": "LEEDS", "D": "BAMBERG", "FRA": "ANGERS", "NLD": "ZWOLLE", "ITA": "PERUGIA", "ESP": "BURGOS", "USA": "IDAHO, U.S.A.", "IND": "PUNE"}[cc3], "\n",
           "Passport No./N° du passeport  ", L("gov_id", num, sub=pk), "\n",
           "Date of issue  ", N("%02d %s %d" % (R.randint(1, 28), MONTHS["en"][R.randint(0, 11)][:3].upper(), R.randint(2016, 2025)), "issue_date"), "\n",
           "Date of expiry  ", N("%s %s 20%s" % (exp[4:], MONTHS["en"][int(exp[2:4]) - 1][:3].upper(), exp[:2]), "expiry_date")]
    if R.random() < 0.5:
        vis = ocr_noise(R, vis, rate=0.05, bars=0.2, neg_rate=0.2)
    fill1 = "<" * (44 - 2 - len(nat) - len(nm))
    mrz = ["P<" + nat, L("person", nm), fill1, "\n",
           L("gov_id", num, sub="mrz_passport"), "<" * (9 - len(num)) + mrz_digit(numf) + nat, L("dob", dob6),
           mrz_digit(dob6) + sex + exp + mrz_digit(exp) + pers + mrz_digit(pers) + final]
    parts = vis + ["\n\n"] + mrz
    q = {"en": "OCR of my passport photo page, the MRZ looks wrong. Can you check the check digits?",
         "de": "Texterkennung der Passseite. Stimmen die Prüfziffern in der maschinenlesbaren Zone?",
         "fr": "Reconnaissance de texte de mon passeport. Les chiffres de contrôle de la MRZ sont-ils bons ?",
         "nl": "OCR van mijn paspoort. Kloppen de controlecijfers in de MRZ?",
         "it": "OCR della pagina del passaporto. Le cifre di controllo della MRZ tornano?",
         "es": "OCR de la página del pasaporte. ¿Cuadran los dígitos de control de la MRZ?",
         "in": "OCR of the passport bio page for the visa form. Are the MRZ check digits right?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


SCREEN_MSGS = {
    "en": [lambda R, a, b: ["hey it's ", L("person", a.given), ", new number, save this one"],
           lambda R, a, b: ["the parcel went to my old place by mistake, can you drop it round to ", L("address", ", ".join(addr(R, "GB")[0][:2]), sub="gb_street_town"), "?"],
           lambda R, a, b: ["my work email is ", L("email", email_for(R, a)), " if the other one bounces"],
           lambda R, a, b: ["running late, table booked under ", L("person", a.family), " for ", N(hhmm(R), "time")],
           lambda R, a, b: ["can you text ", L("person", b.given), "? her number is ", phone(R, "GB", intl=False)]],
    "de": [lambda R, a, b: ["hier ist ", L("person", a.given), ", meine neue Nummer 😊"],
           lambda R, a, b: ["kannst du das Paket zu ", L("address", " ".join(addr(R, "DE")[0]), sub="de"), " schicken?"],
           lambda R, a, b: ["Mail bitte an ", L("email", email_for(R, a)), ", die alte geht nicht mehr"],
           lambda R, a, b: ["Tisch ist auf ", L("person", a.family), " reserviert, ", N(hhmm(R), "time"), " Uhr"],
           lambda R, a, b: ["ruf mal ", L("person", b.given), " an: ", phone(R, "DE", intl=False)]],
    "es": [lambda R, a, b: ["soy ", L("person", a.given), ", este es mi número nuevo"],
           lambda R, a, b: ["mándalo a ", L("address", ", ".join(addr(R, "ES")[0]), sub="es"), " porfa"],
           lambda R, a, b: ["mi correo es ", L("email", email_for(R, a))],
           lambda R, a, b: ["la reserva está a nombre de ", L("person", a.family), ", a las ", N(hhmm(R), "time")],
           lambda R, a, b: ["llama a ", L("person", b.given), " al ", phone(R, "ES", intl=False)]],
    "nl": [lambda R, a, b: ["met ", L("person", a.given), ", nieuw nummer!"],
           lambda R, a, b: ["stuur het maar naar ", L("address", ", ".join(addr(R, "NL")[0]), sub="nl")],
           lambda R, a, b: ["mijn mail is ", L("email", email_for(R, a))],
           lambda R, a, b: ["tafel staat op naam van ", L("person", a.fam_cap), ", om ", N(hhmm(R), "time")],
           lambda R, a, b: ["bel ", L("person", b.given), " even: ", phone(R, "NL", intl=False)]],
    "it": [lambda R, a, b: ["sono ", L("person", a.given), ", questo è il mio nuovo numero"],
           lambda R, a, b: ["mandalo a ", L("address", ", ".join(addr(R, "IT")[0]), sub="it"), " grazie"],
           lambda R, a, b: ["la mia mail è ", L("email", email_for(R, a))],
           lambda R, a, b: ["ho prenotato a nome ", L("person", a.family), " per le ", N(hhmm(R), "time")],
           lambda R, a, b: ["chiama ", L("person", b.given), " al ", phone(R, "IT", intl=False)]],
}


@tpl(5)
def ocr_screenshot_chat(R):
    lang = pick_lang(R, ["de", "es", "nl", "it"])
    cul = LANG_CUL[lang]
    a, b = people(R, cul, 2)
    cc = LANG_CC[lang]
    top = [N(hhmm(R), "status_time"), R.choice(["  ▮▮▮ LTE ", "  .ıl 5G ", "  ull 4G "]), N("%d%%" % R.randint(5, 99), "battery")]
    if R.random() < 0.5:
        head = ["\n<  ", L("person", a.full), "\n", R.choice(["online", "last seen today at " + hhmm(R), "zuletzt online", "en línea"]), "\n"]
    else:
        head = ["\n<  ", phone(R, cc, intl=True), "\n", R.choice(["~" + a.given.lower(), "tap here for contact info"]), "\n"]
    msgs = R.sample(SCREEN_MSGS[lang], 3)
    body = []
    for fmsg in msgs:
        body += ["\n"] + fmsg(R, a, b) + ["  ", N(hhmm(R), "msg_time"), R.choice(["", " ✓✓", " √√", " //"])]
    parts = top + head + body
    parts = ocr_noise(R, parts, rate=0.06, bars=0.1, neg_rate=0.4)
    q = {"en": "Screenshot text from my old phone (copied with Live Text). Who is this and what do they need?",
         "de": "Text aus einem Screenshot (Texterkennung). Was will die Person?",
         "es": "Texto copiado de una captura de pantalla. ¿Qué me están pidiendo?",
         "nl": "Tekst uit een screenshot gehaald. Wat vraagt deze persoon?",
         "it": "Testo estratto da uno screenshot. Cosa mi sta chiedendo?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


@tpl(11)
def ocr_attestation_fr(R):
    a, b = people(R, "fr", 2)
    da, db = rdate(R, 1950, 1995), rdate(R, 1960, 2006)
    lines, _ = addr(R, "FR")
    sa, sb = ("Je soussigné " if a.sex == "m" else "Je soussignée "), ("né le " if a.sex == "m" else "née le ")
    parts = ["ATTESTATION D'HÉBERGEMENT\n\n", sa, L("person", a.family.upper() + " " + a.given), ", ", sb,
             L("dob", fdate(R, da, "fr")), " à ", R.choice(FR_CITIES)[0], ",\n", "demeurant ", L("address", " ".join(lines) if R.random() < 0.5 else "\n".join(lines), sub="fr"), ",\n",
             "certifie sur l'honneur héberger à mon domicile depuis le ", N(other_date(R, "fr"), "start_date"), "\n",
             ("M. " if b.sex == "m" else "Mme "), L("person", b.given + " " + b.family.upper()), ", ", ("né le " if b.sex == "m" else "née le "),
             L("dob", fdate(R, db, "fr")), ".\n\n", "Téléphone : ", phone(R, "FR", intl=False), "\n",
             "Pièces jointes : copie de ma carte d'identité n° ", N(ref(R, "AA#A##A##"), "document_no"), ", facture d'électricité (réf. client ",
             N(ref(R, "##########"), "customer_no"), ")\n\n", "Fait à ", lines[1].split(" ", 1)[1].title(), ", le ", N(other_date(R, "fr"), "signature_date"), "\n",
             "Signature : ", R.choice(["[signé]", "(illisible)", "~~~"])]
    parts = ocr_noise(R, parts, rate=R.choice([0.04, 0.08]), bars=0.3)
    if R.random() < 0.5:
        parts = lose_diacritics(parts)
    return "ocr", "fr", wrap_req(R, "fr", "ocr", parts)


@tpl(5)
def ocr_prescription_it(R):
    p = person(R, "it")
    doc = person(R, "it")
    d = rdate(R, 1935, 2000)
    city = R.choice([c for c in sorted(BELFIORE) if c in [x[0] for x in IT_CITIES]] or ["Roma"])
    st, loc = addr(R, "IT")[0]
    parts = ["SERVIZIO SANITARIO NAZIONALE — RICETTA ELETTRONICA — PROMEMORIA PER L'ASSISTITO\n",
             "REGIONE ", R.choice(["LOMBARDIA", "PUGLIA", "UMBRIA", "VENETO"]), "   ASL ", N(ref(R, "###"), "asl_code"), "\n",
             "CODICE NRE ", N(ref(R, "####A#########"), "nre_code"), "\n",
             "COGNOME E NOME: ", L("person", p.family.upper() + " " + p.given.upper()), "\n",
             "CODICE FISCALE: ", L("gov_id", cf_make(fold(p.family), fold(p.given), d[0] % 100, d[1], d[2], p.sex == "f", BELFIORE[city]), sub="cf"), "\n",
             "INDIRIZZO: ", L("address", (st + " - " + loc).upper(), sub="it"), "\n",
             "ESENZIONE: ", N(R.choice(["E01", "048", "NON ESENTE", "013.250"]), "exemption_code"), "   PRIORITÀ: ", R.choice(["B", "D", "P"]), "\n",
             "PRESCRIZIONE\n", R.choice(["ATORVASTATINA 20MG 30 CPR", "RAMIPRIL 5MG 28 CPR", "AMOXICILLINA 1G 12 CPR", "PANTOPRAZOLO 40MG 28 CPR"]),
             "  AIC ", N(ref(R, "0########"), "aic_code"), "  QTÀ 1\n",
             "DATA: ", N(other_date(R, "it"), "prescription_date"), "\n",
             "MEDICO: ", L("person", doc.family.upper() + " " + doc.given.upper()), "  COD. REG. ", N(ref(R, "#######"), "doctor_reg_no")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.3)
    return "ocr", "it", wrap_req(R, "it", "ocr", parts)


@tpl(5)
def ocr_cheque_us(R):
    a, a2, b = people(R, "us", 3)
    lines, _ = addr(R, "US")
    amt = R.randint(40, 2400)
    payer = [L("person", a.full.upper())] if R.random() < 0.5 else [L("person", (a.given + " " + a.family).upper()), " OR ", L("person", (a2.given + " " + a2.family).upper())]
    parts = payer + ["\n", L("address", "\n".join(lines).upper(), sub="us"), "\n", "PH. ", phone(R, "US", intl=False), "\n",
                     "                                    ", N(ref(R, "####"), "cheque_no"), "\n",
                     "DATE ", N("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026)), "cheque_date"), "\n",
                     "PAY TO THE ORDER OF ", L("person", b.full), "   $ ", N("%d.00" % amt, "amount"), "\n",
                     R.choice(["Two hundred", "One thousand one hundred", "Four hundred fifty", "Eighty"]), " and 00/100 ---- DOLLARS\n",
                     N("FIRST MOUNTAIN CREDIT UNION", "bank_name"), "\n", "MEMO ", R.choice(["rent March", "guitar lessons", "deposit - garage", "tree removal"]), "\n",
                     N("⑆%s⑆ %s⑈ %s" % (R.choice(["121000358", "091000019", "026009593", "324377516"]), digits(R, 10), digits(R, 4)), "micr_line")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.2, neg_rate=0.5)
    q = R.choice(["Mobile deposit rejected this check, here's the text the app read off it. Anything look wrong?",
                  "I scanned a check I received. Can you read the details back to me?",
                  "OCR from a photo of a personal check. Is the amount written out the same as the number?"])
    return "ocr", "en", [q + "\n\n"] + parts


BCARD_CO = {"en": [("Brightwell Surveyors", "brightwell-surveyors.co.uk", "Chartered Building Surveyor"),
                   ("Tarn & Fell Architects", "tarnfell.co.uk", "Associate Director")],
            "de": [("Nordlicht Dachbau GmbH", "nordlicht-dachbau.de", "Projektleitung"),
                   ("Steuerkanzlei am Wall", "kanzlei-am-wall.de", "Steuerberaterin")],
            "fr": [("Atelier du Lin", "atelierdulin.fr", "Gérante"), ("Cabinet Ouest Expertise", "ouest-expertise.fr", "Expert-comptable")],
            "es": [("Asesoría Río Ebro", "asesoriarioebro.es", "Asesora fiscal")],
            "ja": [("株式会社みどり設計", "midori-sekkei.co.jp", "設計部 課長")]}


@tpl(5)
def ocr_business_card(R):
    lang = pick_lang(R, ["de", "fr", "es", "ja"])
    co, dom, role = R.choice(BCARD_CO[lang])
    if lang == "ja":
        (fk, fr), (gk, gr, sx) = R.choice(JA_FAMILY), R.choice(JA_GIVEN)
        local = R.choice([gr.lower() + "." + fr.lower(), fr.lower(), gr[0].lower() + "-" + fr.lower()])
        parts = [co, "\n", role, "\n", L("person", fk + " " + gk), "\n", L("person", gr + " " + fr.upper()), "\n",
                 L("address", "〒" + R.choice(JP_PLACES)[0] + " " + R.choice(JP_PLACES)[1] + "%d-%d-%d" % (R.randint(1, 5), R.randint(1, 20), R.randint(1, 15)), sub="jp"), "\n",
                 "携帯 ", phone(R, "JP", intl=False), "\n",
                 "E-mail ", L("email", local + "@" + dom), "\n", N("https://www." + dom, "url")]
        q = "名刺をOCRで読み取りました。連絡先として整理してください。"
        return "ocr", "ja", [q + "\n\n"] + ocr_noise(R, parts, rate=0.02, bars=0.1)
    cul = LANG_CUL[lang]
    p = person(R, cul)
    cc = LANG_CC[lang]
    lines, _ = addr(R, cc)
    parts = [N(co.upper(), "company_name"), "\n\n", L("person", p.full), "\n", role, "\n\n",
             L("address", " · ".join(lines) if R.random() < 0.5 else "\n".join(lines), sub=cc.lower()), "\n",
             {"en": "T ", "de": "Tel. ", "fr": "Tél. ", "es": "Tel. "}[lang], phone(R, cc, intl=True, kind="fixed" if cc != "GB" else "london"), "\n",
             {"en": "M ", "de": "Mobil ", "fr": "Mob. ", "es": "Móvil "}[lang], phone(R, cc, intl=True, kind="mobile"), "\n",
             L("email", email_for(R, p, dom=dom)), "\n", N("www." + dom, "url")]
    if lang in ("en", "fr") and R.random() < 0.5:
        parts += ["\n", R.choice(["Company No. ", "SIRET "]), N(ref(R, "########") if lang == "en" else ref(R, "### ### ### #####"), "company_reg_no")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.1, neg_rate=0.3)
    q = {"en": "Took a photo of a business card, this is what the app read. Make it a contact card (vCard)?",
         "de": "Visitenkarte abfotografiert, das hat die Texterkennung erkannt. Mach bitte einen Kontakt daraus.",
         "fr": "Photo d'une carte de visite passée à l'OCR. Tu peux en faire une fiche contact ?",
         "es": "Foto de una tarjeta de visita pasada por OCR. ¿Me haces una ficha de contacto?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


ROUTERS = [("FRITZ!Box 7590 AX", "192.168.178.1", "fritz.box", "de", "FRITZ!Box 7590 |AA"), ("Vodafone Station", "192.168.0.1", "vodafone.station", "de", "Vodafone-|A#AA"),
           ("BT Smart Hub 2", "192.168.1.254", "bthub.home", "en", "BTHub-|A##A"), ("Livebox 6", "192.168.1.1", "livebox.home", "fr", "Livebox-|A#A#"),
           ("KPN Box 12", "192.168.2.254", "mijnmodem.kpn", "nl", "KPN|######"), ("Sky Broadband Hub", "192.168.0.1", "skyrouter.home", "en", "SKY|A#A#A"),
           ("Orange Funbox", "192.168.1.1", "funbox.home", "pl", "Orange_Swiatlowod_|A#A#")]


@tpl(14)
def ocr_router_sticker(R):
    model, gw, host, lang, ssid_pat = R.choice(ROUTERS)
    ssid = ssid_pat.split("|")[0] + ref(R, ssid_pat.split("|")[1])
    key = wifi_key(R)
    admin = rnd(R, "abcdefghjkmnpqrstuvwxyz23456789", 8) if R.random() < 0.6 else None
    lab = {"de": ("WLAN-Netzwerkschlüssel (WPA2)", "FRITZ!Box-Kennwort", "Seriennummer", "Gerätekennwort", "Konfiguration"),
           "en": ("Wireless key", "Admin password", "Serial number", "Hub manager password", "Settings"),
           "fr": ("Clé de sécurité Wi-Fi", "Mot de passe admin", "N° de série", "Mot de passe", "Interface"),
           "nl": ("WiFi-wachtwoord", "Beheerderswachtwoord", "Serienummer", "Wachtwoord", "Instellingen"),
           "pl": ("Klucz sieci Wi-Fi", "Hasło administratora", "Numer seryjny", "Hasło", "Konfiguracja")}[lang]
    parts = [N(model, "product_name"), "\n", "SSID: ", N(ssid, "ssid"), "\n", lab[0], ": ", L("secret", key, sub="wifi_psk"), "\n"]
    if admin:
        parts += [lab[1], ": ", L("secret", admin, sub="router_admin_password"), "\n"]
    parts += [lab[2], ": ", N(ref(R, "A####.#######"), "serial_no"), "\n", "MAC: ", N(":".join(ref(R, "xx").upper() for _ in range(6)), "mac"), "\n",
              "CWMP-Account: ", N(ref(R, "######") + "-" + ref(R, "########"), "device_id"), "\n",
              lab[4], ": http://", N(gw, "gateway_ip"), R.choice([" / " + host, ""]), "\n", "IMEI ", N(luhn_imei(R), "imei")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.2, neg_rate=0.4)
    q = {"de": "Hab den Aufkleber unten am Router abfotografiert. Welches ist jetzt das WLAN-Passwort und welches das für die Oberfläche?",
         "en": "Text from a photo of the sticker on the back of my router. Which one is the wifi password?",
         "fr": "Photo de l'étiquette de la box, passée à l'OCR. Lequel est le mot de passe Wi-Fi ?",
         "nl": "Foto van de sticker op mijn modem. Welke is het wifi-wachtwoord?",
         "pl": "Zdjęcie naklejki z routera. Które to hasło do Wi-Fi?"}[lang]
    if R.random() < 0.4:
        q += {"de": " Mein Laptop hat übrigens die ", "en": " My laptop shows ", "fr": " Mon portable a l'adresse ", "nl": " Mijn laptop heeft ", "pl": " Laptop ma adres "}[lang]
        return "ocr", lang, [q, ip(R, "private"), {"de": ".", "en": " as its address.", "fr": ".", "nl": " als adres.", "pl": "."}[lang], "\n\n"] + parts
    return "ocr", lang, [q + "\n\n"] + parts


def luhn_imei(R):
    b = R.choice(["35", "86", "01", "99"]) + digits(R, 12)
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def ocr_key(R, v, rate=0.06):
    """OCR confusions inside a key read off a screenshot (the label keeps them)."""
    conf = {"0": "O", "O": "0", "l": "1", "1": "l", "I": "l", "5": "S", "S": "5", "8": "B", "B": "8", "rn": "m"}
    out = []
    for c in v:
        if c in conf and R.random() < rate:
            out.append(conf[c])
        else:
            out.append(c)
    return "".join(out)


@tpl(14)
def ocr_terminal_screenshot(R):
    user = R.choice(["dev", "ops", "u%d" % R.randint(1000, 99999), "build", "admin", "vagrant", "ubuntu"])
    host = R.choice(["thinkpad", "mbp", "devbox", "ws-07", "nuc"])
    srv = ip(R, R.choice(["v4", "v4", "private"]))
    k1 = secret_random(R, "aws_access_key_id")
    k2 = secret_random(R, "aws_secret_access_key")
    tok = secret_random(R, R.choice(["github_pat", "gitlab_pat", "stripe", "openai", "npm_token"]))
    parts = ["%s@%s:~/projects/%s$ " % (user, host, R.choice(["billing-api", "infra", "site", "etl"])), "cat .env\n",
             "AWS_ACCESS_KEY_ID=", L("secret", ocr_key(R, k1, 0.04), sub="aws_access_key_id"), "\n",
             "AWS_SECRET_ACCESS_KEY=", L("secret", ocr_key(R, k2), sub="aws_secret_access_key"), "\n",
             "API_TOKEN=", L("secret", ocr_key(R, tok), sub="token"), "\n",
             "DB_HOST=", N("localhost", "hostname"), "\nDB_PORT=", N("5432", "port"), "\n",
             "%s@%s:~/projects$ " % (user, host), "ssh deploy@", srv, "\n",
             "ssh: connect to host ", L("ip", srv.value, sub=srv.meta["sub"]), " port 22: Connection timed out\n",
             "%s@%s:~/projects$ " % (user, host), "git log -1 --format=%H\n", N(rnd(R, "0123456789abcdef", 40), "git_sha"), "\n",
             "%s@%s:~/projects$ " % (user, host), "python3 --version\n", "Python ", N("3.%d.%d" % (R.randint(8, 12), R.randint(0, 14)), "version")]
    parts = ocr_noise(R, parts, rate=0.02, bars=0.0, neg_rate=0.2)
    q = R.choice(["I only have a screenshot of my colleague's terminal, this is the OCR. Why can't I reach the server? (I know the keys are in there, we'll rotate them.)",
                  "OCR from a screenshot someone posted in our team channel. How bad is this, what needs rotating?",
                  "Texterkennung von einem Screenshot aus dem Support-Ticket. Welche Zugangsdaten sind da sichtbar?"])
    lang = "de" if q.startswith("Texterkennung") else "en"
    return "ocr", lang, [q + "\n\n"] + parts


HOTELS = [("en", "The Old Granary Hotel", "Lakeside Road, Windermere"), ("de", "Hotel Zur Alten Post", "Marktplatz 3, Wismar"),
          ("fr", "Hôtel des Remparts", "place du Château, Dole"), ("es", "Hostal Puerta del Sol", "Plaza Mayor, Soria"),
          ("it", "Albergo Le Ginestre", "Piazza del Duomo, Matera")]


@tpl(8)
def ocr_card_auth_form(R):
    lang, hotel, hplace = R.choice(HOTELS)
    cul = LANG_CUL[lang]
    p = person(R, cul)
    cc = LANG_CC[lang]
    c = card(R)
    lab = {"en": ("CREDIT CARD AUTHORISATION FORM", "Guest name", "Address", "Telephone", "E-mail", "Card number", "Expiry", "Cardholder",
                  "Arrival", "Departure", "I authorise the hotel to charge the above card for the first night."),
           "de": ("KREDITKARTEN-AUTORISIERUNG", "Name des Gastes", "Anschrift", "Telefon", "E-Mail", "Kartennummer", "Gültig bis",
                  "Karteninhaber", "Anreise", "Abreise", "Ich ermächtige das Hotel, die erste Nacht zu belasten."),
           "fr": ("AUTORISATION DE DÉBIT CARTE BANCAIRE", "Nom du client", "Adresse", "Téléphone", "E-mail", "Numéro de carte",
                  "Date d'expiration", "Titulaire", "Arrivée", "Départ", "J'autorise l'hôtel à débiter la première nuit."),
           "es": ("AUTORIZACIÓN DE CARGO EN TARJETA", "Nombre del huésped", "Dirección", "Teléfono", "Correo", "Número de tarjeta",
                  "Caducidad", "Titular", "Llegada", "Salida", "Autorizo al hotel a cargar la primera noche."),
           "it": ("AUTORIZZAZIONE ADDEBITO CARTA DI CREDITO", "Nome dell'ospite", "Indirizzo", "Telefono", "E-mail", "Numero carta",
                  "Scadenza", "Titolare", "Arrivo", "Partenza", "Autorizzo l'hotel ad addebitare la prima notte.")}[lang]
    holder = p.full.upper() if R.random() < 0.5 else p.full
    dp = date_pair(R, DATE_LANG[lang])
    parts = [N(hotel, "hotel_name"), " · ", N(hplace, "place_name"), "\n", lab[0], "\n",
             lab[1], ": ", L("person", p.full), "\n", lab[2], ": ", addr_label(R, cc, sep=", "), "\n",
             lab[3], ": ", phone(R, cc), "\n", lab[4], ": ", L("email", email_for(R, p)), "\n",
             lab[8], ": ", N(dp[0], "arrival_date"), "   ", lab[9], ": ", N(dp[1], "departure_date"), "\n",
             lab[5], ": ", c, "\n", lab[6], ": ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), "   CVV: ", N(digits(R, 3), "cvc"), "\n",
             lab[7], ": ", L("person", holder) if holder != p.full else L("person", p.full), "\n", lab[10], "\n",
             {"en": "Booking ref", "de": "Buchungsnr.", "fr": "Réf.", "es": "Localizador", "it": "Rif."}[lang], " ", N(ref(R, "AA#####"), "booking_ref")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.3, neg_rate=0.3)
    q = {"en": "The hotel faxed this back (scanned), is it safe to send it by email? Can you check I filled it in right?",
         "de": "Das Hotel will das Formular zurück, hier der Scan. Habe ich alles richtig ausgefüllt?",
         "fr": "Voici le scan du formulaire de l'hôtel. J'ai bien tout rempli ?",
         "es": "Este es el escaneo del formulario del hotel. ¿Está todo bien rellenado?",
         "it": "Ecco la scansione del modulo dell'albergo. Ho compilato tutto bene?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


@tpl(11)
def ocr_card_photo(R):
    lang = pick_lang(R, ["de", "fr", "es", "nl"])
    p = person(R, LANG_CUL[lang])
    issuer = R.choice(["visa", "mastercard", "mastercard2", "amex", "discover"])
    c = card(R, issuer, sep=" ")
    holder = fold(p.full).upper()
    parts = [N(R.choice(["Monzo", "Revolut", "N26", "ING", "Santander", "Barclaycard", "Crédit Agricole", "Rabobank"]), "bank_name"), "  ",
             R.choice(["debit", "DEBIT", "credit", "Platinum"]), "\n"]
    parts += [L("card", ocr_key(R, c.value, 0.04), sub=issuer), "\n",
                          R.choice(["VALID THRU ", "VALID\nTHRU ", "GOOD THRU ", "EXP "]), N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), "\n",
                          L("person", holder), "\n", N({"visa": "VISA", "mastercard": "mastercard", "mastercard2": "mastercard", "amex": "AMERICAN EXPRESS", "discover": "DISCOVER"}[issuer], "card_brand")]
    if R.random() < 0.4:
        parts += ["\n", R.choice(["back: ", "reverse: "]), N(digits(R, 3), "cvc"), R.choice([" AUTHORIZED SIGNATURE", " not valid unless signed"])]
    parts = ocr_noise(R, parts, rate=0.04, bars=0.1, neg_rate=0.2)
    q = {"en": ["My banking app can't read my card so I used the photo text tool. Is this number even valid?",
                "Text grabbed from a photo of my mum's card, which digits did the OCR get wrong?"],
         "de": ["Die Kamera-Texterkennung hat das von meiner Karte gelesen. Ist die Nummer gültig?"],
         "fr": ["J'ai photographié ma carte pour la saisir, l'OCR a donné ça. Le numéro est-il correct ?"],
         "es": ["Saqué el texto de una foto de mi tarjeta. ¿El número es válido?"],
         "nl": ["Tekst uit een foto van mijn creditcard gehaald. Klopt het nummer?"]}[lang]
    return "ocr", lang, [R.choice(q) + "\n\n"] + parts


@tpl(5)
def ocr_school_form(R):
    us = R.random() < 0.5
    cul, cc, dl = ("us", "US", "us") if us else ("gb", "GB", "en")
    m, f = person(R, cul, sex="f"), None
    f = person(R, cul, sex="m", family=m.family if R.random() < 0.6 else None)
    kid = person(R, cul, family=m.family)
    if kid.given in (m.given, f.given):
        kid = person(R, cul, family=m.family, sex="m" if kid.sex == "f" else "f")
    d = rdate(R, 2012, 2021)
    lines, _ = addr(R, cc)
    school = R.choice(["Maple Grove Elementary School", "Fellside Primary School", "St Aidan's C of E Primary", "Riverbend Middle School"])
    parts = [N(school, "school_name"), "\n", R.choice(["Student Information Form", "Pupil Data Collection Sheet", "Emergency Contact Form"]), " ",
             N(str(R.randint(2024, 2026)) + "/" + str(R.randint(25, 27)), "school_year"), "\n\n",
             "Child's legal name: ", L("person", kid.full), "    Grade/Year: ", N(str(R.randint(1, 8)), "grade"), "\n",
             "Date of birth: ", L("dob", fdate(R, d, dl, 0)), "    Gender: ", "M" if kid.sex == "m" else "F", "\n",
             "Home address: ", L("address", ", ".join(lines), sub=cc.lower()), "\n\n",
             "Parent/Guardian 1: ", L("person", m.full), "  Relationship: Mother\n",
             "   Cell: ", phone(R, cc, intl=False), "   Email: ", L("email", email_for(R, m)), "\n",
             "Parent/Guardian 2: ", L("person", f.full), "  Relationship: Father\n",
             "   Cell: ", phone(R, cc, intl=False), "\n\n",
             "Medical: ", R.choice(["Allergy - peanuts (EpiPen in office)", "Asthma, inhaler", "None", "Glasses for reading"]), "\n",
             "Doctor / surgery: ", N(R.choice(["Lakeside Pediatrics", "Fellside Medical Practice", "Riverside Family Clinic"]), "practice_name"),
             "  ", N(ref(R, "Patient ID ######"), "record_no"), "\n",
             "Signed: ______   Date: ", N(other_date(R, dl), "signature_date")]
    parts = ocr_noise(R, parts, rate=0.05, bars=0.35, neg_rate=0.3)
    q = R.choice(["School sent this back asking me to correct it, here's the scan text. What's wrong with it?",
                  "Scanned the school form so I can fill in the online version. Can you list the fields and values?"])
    return "ocr", "en", [q + "\n\n"] + parts


@tpl(5)
def ocr_letter_nl(R):
    a, b = people(R, "nl", 2)
    lines, _ = addr(R, "NL")
    lines2, _ = addr(R, "NL")
    parts = [L("person", a.full), "\n", L("address", "\n".join(lines), sub="nl"), "\n\n",
             "Aan: ", L("person", b.full), "\n", L("address", "\n".join(lines2), sub="nl"), "\n\n",
             "Betreft: ", R.choice(["opzegging huurovereenkomst", "terugbetaling borg", "schade na lekkage", "verrekening servicekosten"]), "\n",
             lines[1].split(" ", 2)[2], ", ", N(other_date(R, "nl"), "letter_date"), "\n\n",
             "Geachte ", "heer " if b.sex == "m" else "mevrouw ", L("person", b.fam_cap), ",\n\n",
             R.choice(["Hierbij zeg ik de huur van de woning op per ", "Ik verzoek u de borg terug te storten voor ", "Graag ontvang ik uiterlijk "]),
             N(other_date(R, "nl"), "deadline_date"), ". ",
             "Mijn rekeningnummer is ", iban(R, "NL"), R.choice([" t.n.v. ", " ten name van "]), L("person", a.given[0] + ". " + a.family), ".\n",
             "Voor de volledigheid: mijn BSN is ", gov(R, "bsn"), " (nodig voor de huurtoeslag, kenmerk ", N(ref(R, "####.###.###"), "case_ref"), ").\n",
             "U kunt mij bereiken op ", phone(R, "NL", intl=False), ".\n\n", "Met vriendelijke groet,\n\n", L("person", a.full)]
    parts = ocr_noise(R, parts, rate=0.06, bars=0.3)
    return "ocr", "nl", wrap_req(R, "nl", "ocr", parts)


# ================================================================ PDF copy-paste

def pdf_damage(R, parts, width=None, hyph=0.35, lig=0.7, invis=0.5, invis_kinds=("str", "iban", "phone", "gov_id"), addr_break=True):
    if R.random() < lig:
        parts = ligatures(parts)
    if R.random() < invis:
        parts = invisibles(R, parts, rate=R.choice([0.1, 0.2, 0.3]), kinds=invis_kinds)
    width = width or R.choice([58, 64, 72, 80])
    parts = hard_wrap(R, parts, width, breakable=("str", "neg", "address", "person") if addr_break else ("str", "neg"), hyph=hyph)
    return parts


INV_ITEMS = {"de": ["Webdesign Startseite", "Fotografie Hochzeit (8 Std.)", "Übersetzung DE-EN, 12 Normseiten", "Beratung Steuerunterlagen",
                    "Klavierunterricht Januar (4 × 45 Min.)", "Malerarbeiten Flur und Treppenhaus"],
             "en": ["Website maintenance, March", "Wedding photography package", "Copy-editing, 14,000 words", "Garden clearance (2 days)",
                    "Bookkeeping, Q1", "Piano tuning and minor repairs"],
             "fr": ["Création de logo et charte graphique", "Cours particuliers de mathématiques (10 h)", "Traduction FR-EN", "Réfection de la salle de bain"],
             "nl": ["Ontwerp flyer en poster", "Fotoshoot bedrijfsportretten", "Vertaling NL-EN", "Administratie kwartaal 1"]}


@tpl(6)
def pdf_invoice(R):
    lang = pick_lang(R, ["de", "fr", "nl"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    s, c = people(R, cul, 2)
    sl, _ = addr(R, cc)
    cl, _ = addr(R, cc)
    cur = {"de": "€de", "en": "£", "fr": "€fr", "nl": "€nl"}[lang]
    lab = {"de": ("Rechnung", "Rechnungsnummer", "Rechnungsdatum", "Leistungszeitraum", "Betrag", "Gesamt", "Bitte überweisen Sie den Betrag bis zum",
                  "Bankverbindung", "Steuernummer", "Seite", "von", "Kleinunternehmer gemäß § 19 UStG, keine Umsatzsteuer."),
           "en": ("Invoice", "Invoice no.", "Date", "Period", "Amount", "Total", "Please pay by", "Bank details", "UTR", "Page", "of",
                  "Not VAT registered."),
           "fr": ("Facture", "N° de facture", "Date", "Période", "Montant", "Total", "Merci de régler avant le", "Coordonnées bancaires", "SIRET",
                  "Page", "sur", "TVA non applicable, art. 293 B du CGI."),
           "nl": ("Factuur", "Factuurnummer", "Factuurdatum", "Periode", "Bedrag", "Totaal", "Graag betalen vóór", "Bankgegevens", "KvK", "Pagina",
                  "van", "Vrijgesteld van btw (KOR).")}[lang]
    left = [[L("person", s.full)], [L("address", sl[0], sub=cc.lower() + "_street")], [L("address", " ".join(sl[1:]), sub=cc.lower() + "_city")],
            [phone(R, cc, intl=False)], [L("email", email_for(R, s))]]
    right = [[lab[0] + " an:" if lang == "de" else {"en": "Bill to:", "fr": "Facturé à :", "nl": "Factuur aan:"}[lang]], [L("person", c.full)],
             [L("address", cl[0], sub=cc.lower() + "_street")], [L("address", " ".join(cl[1:]), sub=cc.lower() + "_city")]]
    mode = R.choice(["side", "alt"])
    body = interleave(left, right, mode=mode, width=R.choice([34, 40, 46]))
    items = R.sample(INV_ITEMS[lang], 2)
    invno = ref(R, "RE-2025-###") if lang == "de" else ref(R, "####-##")
    rest = ["\n\n", lab[0].upper(), "\n", lab[1], ": ", N(invno, "invoice_no"), "   ",
            lab[2], ": ", N(other_date(R, DATE_LANG[lang]), "invoice_date"), "\n"]
    for it in items:
        rest += [it, "  ", N(money(R, cur, 80, 1800), "amount"), "\n"]
    rest += [lab[5], ": ", N(money(R, cur, 200, 3000), "amount"), "\n", lab[11], "\n",
             lab[6], " ", N(other_date(R, DATE_LANG[lang]), "due_date"), ".\n", lab[7], ": ",
             L("person", s.full) if R.random() < 0.3 else "", " IBAN ", iban(R, cc),
             "  BIC ", N(ref(R, "AAAA") + cc + ref(R, "AA"), "bic"), "\n",
             lab[8], ": ", N(ref(R, "###/###/#####") if lang == "de" else (ref(R, "##########") if lang == "en" else (ref(R, "### ### ### #####") if lang == "fr" else ref(R, "########"))), "tax_no")]
    parts = body + rest
    footer = ["\n\n", L("person", s.full), " · ", lab[0], " ", N(invno, "invoice_no"), " · ", lab[9], " ", N("1", "page_no"), " ", lab[10], " ", N("2", "page_no"), "\n\n"]
    parts = pdf_damage(R, parts, invis_kinds=("str", "iban"), addr_break=False)
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.55, 0.8))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


CV_TXT = {
    "en": ("Curriculum Vitae", "Date of birth", "Profile", "Experienced {role} with a background in {field}; certified in first aid and fluent in two languages.",
           "Experience", "Education", "References available on request.", "Page"),
    "de": ("Lebenslauf", "Geburtsdatum", "Profil", "Erfahrene/r {role} mit Schwerpunkt {field}; zertifiziert und teamfähig, flexibel einsetzbar.",
           "Berufserfahrung", "Ausbildung", "Referenzen auf Anfrage.", "Seite"),
    "fr": ("Curriculum vitae", "Date de naissance", "Profil", "{role} expérimenté(e) dans le domaine {field}, certifié(e) et rigoureux(se).",
           "Expérience professionnelle", "Formation", "Références sur demande.", "Page"),
    "es": ("Currículum vitae", "Fecha de nacimiento", "Perfil", "{role} con experiencia en {field}, certificada y con gran capacidad de trabajo en equipo.",
           "Experiencia profesional", "Formación", "Referencias disponibles bajo petición.", "Página"),
    "pl": ("Życiorys", "Data urodzenia", "Profil", "Doświadczony/a {role}, specjalizacja: {field}; certyfikaty branżowe, prawo jazdy kat. B.",
           "Doświadczenie zawodowe", "Wykształcenie", "Referencje na życzenie.", "Strona"),
}
CV_ROLES = {"en": [("logistics coordinator", "freight forwarding"), ("staff nurse", "orthopaedic surgery"), ("office manager", "facilities and procurement")],
            "de": [("Industriekauffrau", "Einkauf und Logistik"), ("Fachinformatiker", "Systemintegration"), ("Erzieherin", "frühkindliche Bildung")],
            "fr": [("Comptable", "de la paie"), ("Infirmière", "des soins palliatifs"), ("Chef de projet", "du BTP")],
            "es": [("Administrativa", "contabilidad"), ("Enfermera", "urgencias"), ("Técnica de laboratorio", "análisis clínicos")],
            "pl": [("księgowa", "rozliczenia płac"), ("programista", "systemy ERP"), ("magazynier", "logistyka")]}
CV_JOBS = {"en": ["Northgate Freight Ltd", "Royal Lakeland Infirmary", "Hollins Facilities plc"],
           "de": ["Brunnhuber Logistik GmbH", "Stadtwerke Celle", "Kita Sonnenschein"],
           "fr": ["Cabinet Arnal & Associés", "Clinique du Parc", "Ouest Bâtiment SAS"],
           "es": ["Gestoría Almendro", "Hospital Comarcal", "Laboratorios Duero"],
           "pl": ["Biuro Rachunkowe Bilans", "Softmar sp. z o.o.", "Magazyn Centralny"]}


@tpl(6)
def pdf_cv(R):
    lang = pick_lang(R, ["de", "fr", "es", "pl"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    p = person(R, cul)
    t = CV_TXT[lang]
    role, field = R.choice(CV_ROLES[lang])
    d = rdate(R, 1965, 2003)
    lines, _ = addr(R, cc)
    sep = R.choice([" | ", " · ", "  •  ", "\n"])
    parts = [L("person", p.full.upper() if R.random() < 0.4 else p.full), "\n", t[0], "\n",
             L("address", ", ".join(lines), sub=cc.lower()), sep, phone(R, cc), sep, L("email", email_for(R, p)), "\n",
             t[1], ": ", L("dob", fdate(R, d, DATE_LANG[lang])), "\n\n", t[2], "\n", t[3].format(role=role, field=field), "\n\n", t[4], "\n"]
    y = 2025
    for job in R.sample(CV_JOBS[lang], 2):
        y0 = y - R.randint(2, 6)
        parts += [N("%d–%d" % (y0, y), "year_range"), "  ", job, "\n"]
        y = y0
    parts += ["\n", t[5], "\n", N("%d–%d" % (y - 4, y - 1), "year_range"), "  ", {"en": "BTEC National Diploma", "de": "Ausbildung (IHK)", "fr": "BTS Comptabilité et gestion", "es": "Grado en Enfermería", "pl": "Technikum Ekonomiczne"}[lang], "\n\n", t[6]]
    if lang == "pl":
        parts += ["\n\nWyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji (", N("Dz. U. z 2019 r. poz. 1781", "statute_ref"), ")."]
    footer = ["\n", L("person", p.full), " – ", t[0], " – ", t[7], " ", N("1/2", "page_no"), "\n\n"]
    parts = pdf_damage(R, parts, invis_kinds=("str", "phone"))
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.5, 0.75))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(14)
def pdf_lease(R):
    lang = pick_lang(R, ["de", "es", "it"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    ll, tn = people(R, cul, 2)
    la, ta = addr(R, cc)[0], addr(R, cc)[0]
    dep = money(R, {"de": "€de", "en": "£", "es": "€de", "it": "€de"}[lang], 600, 3000)
    if lang == "de":
        parts = ["Wohnraummietvertrag\n\nZwischen ", L("person", ll.full), ", wohnhaft ", L("address", ", ".join(la), sub="de"),
                 ", – nachstehend Vermieter genannt – und ", L("person", tn.full), ", geboren am ", L("dob", fdate(R, rdate(R, 1960, 2004), "de")),
                 ", bisher wohnhaft ", L("address", ", ".join(ta), sub="de"), ", – nachstehend Mieter genannt – wird folgender Mietvertrag geschlossen:\n\n",
                 "§ 1 Mietsache. Vermietet wird die Wohnung im ", R.choice(["2. OG links", "EG rechts", "Dachgeschoss"]), " des Hauses ", L("address", ", ".join(addr(R, "DE")[0]), sub="de"),
                 " (Wohnfläche ca. ", N("%d m²" % R.randint(38, 110), "area"), ").\n\n§ 5 Kaution. Die Kaution beträgt ", N(dep, "amount"),
                 " und ist auf das Konto des Vermieters IBAN ", iban(R, "DE"), " zu überweisen.\n\n§ 9 Mietbeginn: ", N(other_date(R, "de"), "start_date"), "."]
    elif lang == "en":
        parts = ["ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made between ", L("person", ll.full), " of ", L("address", ", ".join(la), sub="gb"),
                 " (\"the Landlord\") and ", L("person", tn.full), " (\"the Tenant\"), whose current address is ", L("address", ", ".join(ta), sub="gb"), ".\n\n",
                 "1. The Landlord lets the Property for a term of ", N("12 months", "duration"), " beginning on ", N(other_date(R, "en"), "start_date"),
                 ".\n2. The deposit of ", N(dep, "amount"), " will be protected with the Deposit Protection Service (certificate ", N(ref(R, "DPS-########"), "certificate_no"),
                 ").\n3. Rent is payable monthly to the Landlord's account, sort code ", N(ref(R, "##-##-##"), "sort_code"), ", account ", N(ref(R, "########"), "account_no"), ".\n",
                 "4. Notices may be served on the Tenant by email to ", L("email", email_for(R, tn)), "."]
    elif lang == "es":
        parts = ["CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nREUNIDOS\nDe una parte, D./D.ª ", L("person", ll.full + " " + R.choice(NAMES["es"][2])), ", con DNI ", gov(R, "dni"),
                 " y domicilio en ", L("address", ", ".join(la), sub="es"), ", en adelante el ARRENDADOR.\nDe otra parte, D./D.ª ", L("person", tn.full + " " + R.choice(NAMES["es"][2])),
                 ", con NIE ", gov(R, "nie"), ", en adelante el ARRENDATARIO.\n\nCLÁUSULAS\nPRIMERA. La fianza asciende a ", N(dep, "amount"),
                 " y se ingresará en la cuenta ", iban(R, "ES"), ".\nSEGUNDA. Duración: ", N("un año", "duration"), " desde el ", N(other_date(R, "es"), "start_date"), "."]
    else:
        parts = ["CONTRATO DI LOCAZIONE AD USO ABITATIVO\n\nTra il sig./la sig.ra ", L("person", ll.full), ", residente in ", L("address", ", ".join(la), sub="it"),
                 ", codice fiscale ", gov(R, "cf", p=ll), ", di seguito locatore,\ne il sig./la sig.ra ", L("person", tn.full), ", nato/a il ",
                 L("dob", fdate(R, rdate(R, 1960, 2004), "it")), ", di seguito conduttore,\nsi conviene e si stipula quanto segue:\n",
                 "Art. 1 – Il deposito cauzionale è pari a ", N(dep, "amount"), ", da versare sul conto ", iban(R, "IT"), ".\nArt. 2 – Durata: ",
                 N("4+4 anni", "duration"), " a decorrere dal ", N(other_date(R, "it"), "start_date"), " (legge ", N("431/1998", "statute_ref"), ")."]
    hdr = {"de": "Mietvertrag – Seite 2 von 6", "en": "Tenancy Agreement – Page 2 of 9", "es": "Contrato de arrendamiento – Pág. 2/5", "it": "Contratto di locazione – pag. 2 di 4"}[lang]
    footer = ["\n\n", N(hdr, "page_header"), "\n", N("Initialen: ____  ____" if lang == "de" else "Initials: ____ ____", "initials_box"), "\n\n"]
    parts = pdf_damage(R, parts, invis_kinds=("str", "iban", "gov_id"), hyph=0.4)
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.4, 0.7))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


BANKS = {"de": ("Sparkasse Lüneburg", "An der Münze 4-6, 21335 Lüneburg"), "nl": ("Rabobank Zwolle", "Postbus 10, 8000 AA Zwolle"),
         "fr": ("Crédit Mutuel de Bretagne", "1 rue Louis Lichou, 29480 Le Relecq-Kerhuon"), "en": ("Lakeland Building Society", "PO Box 21, Kendal LA9 4XX")}


@tpl(14)
def pdf_bank_statement(R):
    lang = pick_lang(R, ["de", "nl", "fr"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    h = person(R, cul)
    lines, _ = addr(R, cc)
    bank, baddr = BANKS[lang]
    ib = iban(R, cc, fmt="grp") if cc != "GB" else None
    cur = {"de": "€de", "nl": "€nl", "fr": "€fr", "en": "£"}[lang]
    lab = {"de": ("Kontoauszug", "Nr.", "Alter Kontostand", "Neuer Kontostand", "Buchungstag", "Verwendungszweck", "Seite", "von", "Gutschrift", "Lastschrift"),
           "nl": ("Rekeningafschrift", "nr.", "Beginsaldo", "Eindsaldo", "Datum", "Omschrijving", "Pagina", "van", "Bijschrijving", "Afschrijving"),
           "fr": ("Relevé de compte", "n°", "Ancien solde", "Nouveau solde", "Date", "Libellé", "Page", "sur", "Virement reçu", "Prélèvement"),
           "en": ("Statement", "No.", "Opening balance", "Closing balance", "Date", "Description", "Page", "of", "Credit", "Direct debit")}[lang]
    stno = "%d/%d" % (R.randint(1, 12), R.randint(2024, 2026))
    acct = ib if ib else L("iban", group(iban_random(R, "GB")), sub="gb")

    def header():
        return [N(bank, "bank_name"), "   ", lab[0], " ", lab[1], " ", N(stno, "statement_no"), "   IBAN ", L("iban", acct.value, sub=acct.meta["sub"]), "\n"]
    parts = header() + [L("person", h.full.upper() if R.random() < 0.5 else h.full), "\n", L("address", "\n".join(lines), sub=cc.lower()), "\n\n",
                        lab[2], "  ", N(money(R, cur, 100, 5000), "amount"), "\n", lab[4], "  ", lab[5], "\n"]
    others = people(R, cul, 3)
    why = {"de": ["Miete", "Geschenk", "Rückzahlung", "Nebenkosten"], "nl": ["huur", "terugbetaling", "cadeau"], "fr": ["loyer", "remboursement", "cadeau"],
           "en": ["rent", "repayment", "birthday", "share of bills"]}[lang]
    merch = {"de": ["STADTWERKE LUENEBURG", "TELEKOM DEUTSCHLAND", "HUK-COBURG"], "nl": ["ZIGGO BV", "VATTENFALL", "ENECO"], "fr": ["EDF", "ORANGE SA", "MAAF ASSURANCES"],
             "en": ["THAMES WATER", "BRITISH GAS", "COUNCIL TAX"]}[lang]
    shops = {"de": ["REWE SAGT DANKE", "DM-DROGERIE", "ALDI NORD"], "nl": ["ALBERT HEIJN 1432", "JUMBO ZWOLLE", "HEMA"], "fr": ["CARREFOUR MARKET", "LECLERC", "BOULANGERIE"],
             "en": ["TESCO STORES 2211", "SAINSBURYS", "BOOTS 0412"]}[lang]
    cardw = {"de": "Kartenzahlung", "nl": "Betaalautomaat", "fr": "CB", "en": "Card purchase"}[lang]
    for k in range(R.randint(3, 5)):
        dt = N(other_date(R, DATE_LANG[lang], 2025, 2025), "booking_date")
        kind = R.random()
        if kind < 0.4:
            o = others[k % 3]
            parts += [dt, "  ", lab[8], " ", L("person", o.full.upper()), " ", R.choice(why), "  +", N(money(R, cur, 20, 900), "amount"), "\n"]
        elif kind < 0.7:
            parts += [dt, "  ", lab[9], " ", N(R.choice(merch), "merchant"), " ", {"de": "Mandat", "nl": "machtiging", "fr": "RUM", "en": "ref"}[lang], " ",
                      N(ref(R, "AA########"), "mandate_ref"), "  -", N(money(R, cur, 15, 200), "amount"), "\n"]
        else:
            parts += [dt, "  ", cardw, " ", N(R.choice(shops), "merchant"), " ", N("**** " + digits(R, 4), "masked_card"), "  -", N(money(R, cur, 3, 150), "amount"), "\n"]
    parts += [lab[3], "  ", N(money(R, cur, 100, 5000), "amount"), "\n\n", N(bank + " · " + baddr, "bank_address"), " · ", lab[6], " ", N("1", "page_no"), " ", lab[7], " ", N("2", "page_no")]
    parts = pdf_damage(R, parts, width=R.choice([90, 100, 120]), hyph=0.1, invis_kinds=("str", "iban"), addr_break=False)
    if R.random() < 0.6:
        parts = split_at_newline(R, parts, ["\n"] + header(), where=R.uniform(0.5, 0.8))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(14)
def pdf_payslip(R):
    lang = pick_lang(R, ["de", "fr", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    e = person(R, cul)
    lines, _ = addr(R, cc)
    emp = {"en": ("Hollins Facilities plc", "PAYE ref 120/AB45678"), "de": ("Brunnhuber Logistik GmbH", "Betriebsnr. 12345678"),
           "fr": ("Ouest Bâtiment SAS", "SIRET 512 345 678 00019"), "es": ("Gestoría Almendro S.L.", "CIF B12345678")}[lang]
    idk = {"en": ("NI number", "nino"), "de": ("Steuer-ID", "steuerid"), "fr": ("N° de sécurité sociale", "nir"), "es": ("DNI", "dni")}[lang]
    d = rdate(R, 1960, 2003)
    cur = {"en": "£", "de": "€de", "fr": "€fr", "es": "€de"}[lang]
    lab = {"en": ("Payslip", "Employee", "Pay period", "Gross pay", "Tax", "Net pay", "Paid to"),
           "de": ("Entgeltabrechnung", "Mitarbeiter/in", "Abrechnungsmonat", "Brutto", "Lohnsteuer", "Netto", "Überweisung an"),
           "fr": ("Bulletin de paie", "Salarié(e)", "Période", "Salaire brut", "Impôt (PAS)", "Net à payer", "Virement sur"),
           "es": ("Nómina", "Trabajador/a", "Periodo", "Devengado", "IRPF", "Líquido a percibir", "Abonado en")}[lang]
    left = [[N(emp[0], "employer_name")], [N(emp[1], "employer_ref")], [lab[2] + ": ", N({"en": "March 2025", "de": "Mai 2025", "fr": "juin 2025", "es": "julio 2025"}[lang], "pay_period")],
            [lab[3] + ": ", N(money(R, cur, 1800, 5200), "amount")], [lab[4] + ": ", N(money(R, cur, 150, 900), "amount")]]
    right = [[lab[1] + ":"], [L("person", e.family.upper() + " " + e.given if lang == "fr" else e.full)], [L("address", lines[0], sub=cc.lower() + "_street")],
             [L("address", " ".join(lines[1:]), sub=cc.lower() + "_city")], [idk[0] + ": ", gov(R, idk[1], p=e, ymd=d)]]
    parts = [lab[0], "\n"] + interleave(left, right, mode=R.choice(["side", "alt", "alt"]), width=R.choice([36, 42])) + [
        "\n\n", lab[5], ": ", N(money(R, cur, 1400, 4200), "amount"), "\n", lab[6], ": ", iban(R, cc), "\n",
        R.choice(["Employee no. ", "Personalnr. ", "Matricule ", "Nº empleado "]), N(ref(R, "#####"), "employee_no")]
    parts = pdf_damage(R, parts, width=R.choice([80, 96]), hyph=0.1, invis_kinds=("str", "iban", "gov_id"), addr_break=False)
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


HOSPITALS = {"de": ("Klinikum Lüneburg", "Bögelstraße 1, 21339 Lüneburg", "116 117"),
             "en": ("Westmorland General Hospital", "Burton Road, Kendal LA9 7RG", "NHS 111"),
             "nl": ("Isala Zwolle", "Dokter van Heesweg 2, 8025 AB Zwolle", "112")}


@tpl(5)
def pdf_medical_letter(R):
    lang = pick_lang(R, ["de", "nl"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    pt = person(R, cul)
    gp = person(R, cul)
    doc = person(R, cul)
    d = rdate(R, 1938, 2004)
    hosp, haddr, svc = HOSPITALS[lang]
    lines, _ = addr(R, cc)
    if lang == "de":
        dob = fdate(R, d, "de", 0)
        hdr = lambda: ["Patient/in: ", L("person", pt.family + ", " + pt.given), ", geb. ", L("dob", dob), " – Fall-Nr. ", N(fall, "case_no"), "\n"]
        fall = ref(R, "#########")
        body = [N(hosp + " · " + haddr, "hospital_address"), "\n", "Klinik für Innere Medizin\n\n", "Frau/Herrn Dr. med. ", L("person", gp.full), "\n",
                "Praxis am Markt\n\n", "Entlassungsbrief\n\n"] + hdr() + [
                "wohnhaft ", L("address", ", ".join(lines), sub="de"), "\n\n",
                "Sehr geehrte Kollegin, sehr geehrter Kollege,\nwir berichten über o. g. Patienten, der/die sich vom ", N(date_pair(R, "de")[0], "admission_date"),
                " bis ", N(other_date(R, "de", 2025, 2026), "discharge_date"), " in unserer stationären Behandlung befand.\n",
                "Diagnosen: ", N(R.choice(["J18.9", "I48.0", "K35.8", "E11.9"]), "icd_code"), " ", R.choice(["Pneumonie", "Vorhofflimmern", "akute Appendizitis", "Diabetes mellitus Typ 2"]),
                ".\nBei Rückfragen erreichen Sie uns unter der Stationsnummer; außerhalb der Sprechzeiten ärztlicher Bereitschaftsdienst ", N(svc, "service_number"), ".\n\n",
                "Mit freundlichen kollegialen Grüßen\n", "Dr. ", L("person", doc.full), ", Oberarzt/Oberärztin"]
    elif lang == "en":
        nhs = gov(R, "nhs")
        hdr = lambda: ["Patient: ", L("person", pt.full), "  DOB: ", L("dob", fdate(R, d, "en", 0)), "  NHS No: ", L("gov_id", nhs.value, sub="nhs"), "\n"]
        body = [N(hosp + ", " + haddr, "hospital_address"), "\n\n", "Dr ", L("person", gp.full), "\nFellside Medical Practice\n\n", "DISCHARGE SUMMARY\n"] + hdr() + [
                "Address: ", L("address", ", ".join(lines), sub="gb"), "\n\n",
                "Admitted ", N(other_date(R, "en", 2025, 2026), "admission_date"), " with ", R.choice(["community-acquired pneumonia", "a fractured neck of femur", "cellulitis of the left leg"]),
                ". Discharged home with a 7-day course of antibiotics. Please review in the surgery in two weeks. If symptoms worsen the patient has been advised to call ",
                N(svc, "service_number"), ".\n\nYours sincerely,\nDr ", L("person", doc.full), ", Consultant Physician"]
    else:
        hdr = lambda: ["Patiënt: ", L("person", pt.full), ", geb. ", L("dob", fdate(R, d, "nl", 0)), ", BSN ", L("gov_id", bsn_v, sub="bsn"), "\n"]
        bsn_v = bsn_random(R)
        body = [N(hosp + " · " + haddr, "hospital_address"), "\n\n", "Aan: huisarts ", L("person", gp.full), "\n\n", "Ontslagbrief\n"] + hdr() + [
                "Adres: ", L("address", ", ".join(lines), sub="nl"), "\n\n",
                "Geachte collega,\nBovengenoemde patiënt(e) was opgenomen van ", N(other_date(R, "nl", 2025, 2026), "admission_date"), " in verband met ",
                R.choice(["een longontsteking", "atriumfibrilleren", "een heupfractuur"]), ". Bij spoed: ", N(svc, "service_number"), ".\n\nMet collegiale groet,\n", L("person", doc.full), ", internist"]
    page2 = ["\n\n", N("— 1 —", "page_no"), "\n"] + hdr() + ["\n"]
    parts = pdf_damage(R, body, width=R.choice([70, 80]), hyph=0.3, invis_kinds=("str",), addr_break=True)
    parts = split_at_newline(R, parts, page2, where=R.uniform(0.55, 0.85))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(10)
def pdf_tax_notice_fr(R):
    a = person(R, "fr")
    b = person(R, "fr", sex="m" if a.sex == "f" else "f")
    lines, _ = addr(R, "FR")
    two = R.random() < 0.5
    parts = ["DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\n", "AVIS D'IMPÔT ", N(str(R.randint(2024, 2026)), "tax_year"), " SUR LES REVENUS DE L'ANNÉE ",
             N(str(R.randint(2023, 2025)), "tax_year"), "\n\n", "Vos références\n", "Numéro fiscal déclarant 1 : ", gov(R, "spi"), "\n"]
    if two:
        parts += ["Numéro fiscal déclarant 2 : ", gov(R, "spi"), "\n"]
    parts += ["Référence de l'avis : ", N(ref(R, "## ## ####### ##"), "notice_ref"), "\n", "Numéro FIP : ", N(ref(R, "## ## ### ### ###"), "fip_no"), "\n\n",
              ("M. " if a.sex == "m" else "MME "), L("person", a.family.upper() + " " + a.given.upper())]
    if two:
        parts += [" OU ", ("M. " if b.sex == "m" else "MME "), L("person", (a.family if R.random() < 0.5 else b.family).upper() + " " + b.given.upper())]
    parts += ["\n", L("address", "\n".join(l.upper() for l in lines), sub="fr"), "\n\n",
              "Votre centre des Finances publiques : ", N("SIP " + lines[1].split(" ", 1)[1].title(), "office_name"), "\n",
              "Pour nous contacter : ", N("impots.gouv.fr", "url"), " – rubrique messagerie sécurisée, ou ", N("0 809 401 401", "service_number"), " (service gratuit + prix appel)\n\n",
              "Revenu fiscal de référence : ", N(money(R, "€fr", 18000, 90000).replace(",00", ""), "amount"), "\n",
              "Nombre de parts : ", N(R.choice(["1", "1,5", "2", "2,5", "3"]), "tax_parts"), "\n",
              "Montant de votre impôt : ", N(money(R, "€fr", 0, 9000), "amount"), "\n",
              "Date de mise en recouvrement : ", N(other_date(R, "fr", 2025, 2026), "due_date")]
    footer = ["\n\n", N("1/4", "page_no"), "   ", N(ref(R, "####  ##  ###"), "form_code"), "\n\n"]
    parts = pdf_damage(R, parts, width=R.choice([60, 70]), hyph=0.2, invis_kinds=("str", "gov_id"), addr_break=True)
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.5, 0.8))
    return "pdf", "fr", wrap_req(R, "fr", "pdf", parts)


@tpl(14)
def pdf_runbook(R):
    lang = pick_lang(R, ["de", "nl"])
    cul = LANG_CUL[lang]
    own, onc = people(R, cul, 2)
    k_a = secret_random(R, "aws_access_key_id")
    k_s = secret_random(R, "aws_secret_access_key")
    tokk = R.choice(["slack_webhook", "github_fine_grained", "stripe", "sendgrid", "openai"])
    tok = secret_random(R, tokk)
    dbpw = password(R)
    host = ip(R, R.choice(["v4", "private"]))
    t = {"en": ("Runbook: nightly export", "Owner", "On-call", "Credentials (temporary, move to Vault!)", "Database", "Escalation", "Last updated"),
         "de": ("Betriebshandbuch: nächtlicher Export", "Verantwortlich", "Bereitschaft", "Zugangsdaten (vorläufig, nach Vault verschieben!)", "Datenbank", "Eskalation", "Zuletzt geändert"),
         "nl": ("Runbook: nachtelijke export", "Eigenaar", "Piket", "Inloggegevens (tijdelijk, naar Vault!)", "Database", "Escalatie", "Laatst gewijzigd")}[lang]
    parts = [t[0], "\n", t[1], ": ", L("person", own.full), " (", L("email", email_for(R, own, dom=R.choice(["ops.nordlicht.io", "hollins-fm.co.uk", "vlasakker.nl"]))), ")\n",
             t[2], ": ", L("person", onc.full), ", ", phone(R, LANG_CC[lang], intl=True, kind="mobile"), "\n\n",
             t[3], "\n", "aws_access_key_id = ", L("secret", k_a, sub="aws_access_key_id"), "\n", "aws_secret_access_key = ", L("secret", k_s, sub="aws_secret_access_key"), "\n",
             R.choice(["Webhook/token: ", "Token: "]), L("secret", tok, sub=tokk), "\n\n",
             t[4], ": postgresql://export:", L("secret", dbpw, sub="password"), "@", L("ip", host.value, sub=host.meta["sub"]), ":", N("5432", "port"), "/", N("reports", "db_name"), "\n",
             "Bucket: ", N("s3://nightly-export-" + ref(R, "xxxx"), "bucket"), "   Region: ", N("eu-central-1", "cloud_region"), "\n",
             "Cron: ", N("15 2 * * *", "cron_expr"), "   Job ID: ", N(ref(R, "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx"), "uuid"), "\n",
             t[6], ": ", N(other_date(R, DATE_LANG[lang]), "edit_date"), "  v", N("%d.%d" % (R.randint(1, 9), R.randint(0, 20)), "version")]
    footer = ["\n\n", N("Confluence export – %s – %s" % ("OPS", "page 2 of 3"), "page_header"), "\n\n"]
    # PDF exports break long tokens across lines: the label runs across the break
    parts = ligatures(parts, kinds=("str",))
    parts = invisibles(R, parts, rate=0.3, kinds=("str", "secret"), chars=("\u200b",))
    parts = hard_wrap(R, parts, R.choice([48, 56, 64]), breakable=("str", "neg"), hyph=0.2)
    parts = _break_long_labels(R, parts, ("secret",), R.choice([48, 56, 64]))
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.3, 0.6))
    q = {"en": ["Copied from the PDF export of our wiki. Can you turn this into a proper markdown runbook? (Yes I know, the keys get rotated tomorrow.)",
                "Someone attached this PDF to a public ticket. Which of these values do we need to revoke?"],
         "de": ["Aus dem PDF-Export unseres Wikis kopiert. Welche Werte müssen wir jetzt rotieren?"],
         "nl": ["Uit de pdf-export van onze wiki. Welke gegevens moeten we intrekken?"]}[lang]
    return "pdf", lang, [R.choice(q) + "\n\n"] + parts


def _break_long_labels(R, parts, kinds, width):
    """Long credential labels hard-wrapped inside (PDF text boxes): the label
    keeps the newline."""
    out = []
    for p in _walk(parts):
        if isinstance(p, L) and p.type in kinds and len(p.value) > width and "\n" not in p.value and R.random() < 0.6:
            k = R.randint(width // 2, width - 4)
            v = p.value
            if v[k - 1].isspace() or v[k].isspace():
                out.append(p)
                continue
            out.append(L(p.type, v[:k] + "\n" + v[k:], **p.meta))
        else:
            out.append(p)
    return out


@tpl(5)
def pdf_newsletter(R):
    lang = pick_lang(R, ["de"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    bday, sec, chair = people(R, cul, 3)
    d = rdate(R, 1935, 1950)
    age = 2025 - d[0]
    if lang == "en":
        left = [["Happy birthday!"], [L("person", bday.full), " turns ", str(age), " this"], ["month – born ", L("dob", fdate(R, d, "en", 1)), " in"],
                [R.choice(["Whitby", "Kendal", "Hexham"]), ", she still" if bday.sex == "f" else ", he still"], ["swims every Tuesday."],
                ["Tea and cake after the AGM on"], [N(other_date(R, "en", 2025, 2026), "event_date"), "."]]
        right = [["Committee contacts"], ["Chair: ", L("person", chair.full)], ["Membership secretary:"], [L("person", sec.full)], [phone(R, cc, intl=False)],
                 [L("email", email_for(R, sec))], ["Subs ", N(money(R, "£", 10, 40), "amount"), " a year"]]
        head = "FELLSIDE WALKING CLUB – NEWSLETTER No. "
    else:
        left = [["Wir gratulieren!"], [L("person", bday.full), " wird ", str(age), " – geboren"], ["am ", L("dob", fdate(R, d, "de", 1)), ", seit"],
                ["über 40 Jahren im Verein."], ["Jahreshauptversammlung am"], [N(other_date(R, "de", 2025, 2026), "event_date"), " im Vereinsheim."]]
        right = [["Ansprechpartner"], ["1. Vorsitz: ", L("person", chair.full)], ["Mitgliederverwaltung:"], [L("person", sec.full)], [phone(R, cc, intl=False)],
                 [L("email", email_for(R, sec))], ["Beitrag ", N(money(R, "€de", 30, 90), "amount"), " jährlich"]]
        head = "WANDERFREUNDE AM MÜHLGRABEN – RUNDBRIEF Nr. "
    parts = [head, N(str(R.randint(40, 180)), "issue_no"), "\n\n"] + interleave(left, right, mode=R.choice(["side", "alt"]), width=R.choice([40, 44]))
    parts += ["\n\n", N("Seite 2" if lang == "de" else "Page 2", "page_no")]
    parts = ligatures(parts) if R.random() < 0.5 else parts
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


# ================================================================ speech-to-text

def spoken_email(R, e):
    """An address as dictation software writes a spoken one."""
    local, dom = e.split("@")
    local = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    dom = dom.replace(".", " dot ")
    return re.sub(r"\s+", " ", "%s at %s" % (local, dom)).strip()


@tpl(6)
def dictation_voicemail(R):
    lang = pick_lang(R, ["de", "es"])
    if lang == "en":
        cul = R.choice(["gb", "gb", "us", "in"])
        cc = CUL_REGION[cul]
        p, q = people(R, cul, 2)
        ph = phone(R, cc, intl=False)
        spoken = R.random() < 0.55
        pv = L("phone", speak_digits(R, ph.value.replace("-", " ").replace("(", "").replace(")", "").replace(".", " "), "en"), **ph.meta) if spoken else ph
        parts = ["Voicemail from ", N("Unknown caller", "caller_label") if R.random() < 0.5 else L("phone", ph.value, **ph.meta) if not spoken else "Unknown caller",
                 ", ", N(hhmm(R), "time"), ", ", N(str(R.randint(14, 95)) + " seconds", "duration"), "\n\n",
                 R.choice(["hi ", "hello ", "hiya ", "good morning "]), "this is ", L("person", p.full), R.choice([" from the surgery", " from Fellside lettings", " your neighbour at number " + str(R.randint(2, 60)), ""]),
                 " um I'm calling about ", R.choice(["the repair on the boiler", "your appointment on Thursday", "the parcel we took in for you", "the invoice from last month"]),
                 " ", R.choice(["could you", "can you"]), " call me back on ", pv, " ",
                 R.choice(["that's my mobile", "any time after three", "thanks bye", "or text is fine"])]
        if R.random() < 0.5:
            e = email_for(R, p)
            parts += [" or email me it's ", L("email", spoken_email(R, e) if R.random() < 0.6 else e)]
        if R.random() < 0.4:
            parts += [" oh and ", L("person", q.given), " says hi"]
        parts += [R.choice([" bye", " okay bye bye", " cheers"])]
        body = parts
        rq = "dictation"
    elif lang == "de":
        p = person(R, "de")
        ph = phone(R, "DE", intl=False, kind=R.choice(["mobile", "mobile7"]))
        sp = L("phone", speak_digits(R, ph.value.replace("/", " ").replace("-", " "), "de"), **ph.meta) if R.random() < 0.5 else ph
        body = ["Sprachnachricht, ", N(hhmm(R), "time"), ", Dauer ", N("0:%02d" % R.randint(10, 59), "duration"), "\n\n",
                "ja hallo hier ist ", L("person", p.full), " ich ruf an wegen ", R.choice(["der Wohnungsbesichtigung", "Ihrer Bestellung", "dem Termin am Montag", "der Nebenkostenabrechnung"]),
                " rufen Sie mich doch bitte zurück unter ", sp, " ", R.choice(["danke tschüss", "ich bin ab 16 Uhr erreichbar", "schönen Tag noch"])]
        rq = "dictation"
    else:
        p = person(R, "es")
        ph = phone(R, "ES", intl=False, kind="mobile")
        sp = L("phone", speak_digits(R, ph.value, "es"), **ph.meta) if R.random() < 0.5 else ph
        body = ["Mensaje de voz, ", N(hhmm(R), "time"), "\n\n", "hola buenas soy ", L("person", p.full), " te llamo por ",
                R.choice(["lo del piso", "la reserva del sábado", "la factura del fontanero", "las llaves"]), " llámame cuando puedas al ", sp, " ",
                R.choice(["un beso", "gracias hasta luego", "vale chao"])]
        rq = "dictation"
    return "dictation", lang, wrap_req(R, lang, rq, body, after=0.4)


@tpl(5)
def dictation_clinical(R):
    pt = person(R, "gb")
    gp = person(R, "gb")
    d = rdate(R, 1940, 2005)
    nhs = nhs_random(R)
    nhs_sp = R.choice([" ".join(NUMWORDS["en"][int(c)] for c in nhs), "%s %s %s" % (nhs[:3], nhs[3:6], nhs[6:])])
    lines, _ = addr(R, "GB")
    body = ["letter to Dr ", L("person", gp.family), " comma ", N("Fellside Medical Practice", "practice_name"), " new paragraph dear Dr ", L("person", gp.family),
            " comma re colon ", L("person", pt.full), " comma date of birth ", L("dob", spoken_dob(R, d) if R.random() < 0.6 else fdate(R, d, "en", 0)),
            " comma NHS number ", L("gov_id", nhs_sp, sub="nhs"), " comma of ", L("address", R.choice([", ", " comma "]).join(lines), sub="gb"), " full stop new paragraph ",
            "I saw this ", R.choice(["pleasant ", "very pleasant ", ""]), "gentleman" if pt.sex == "m" else "lady", " in clinic today ",
            R.choice(["with a three month history of", "following referral for", "for review of"]), " ", R.choice(["knee pain", "palpitations", "recurrent headaches", "a skin lesion on the back"]),
            " full stop ", R.choice(["examination was unremarkable", "blood pressure was one forty over ninety", "ECG showed sinus rhythm"]), " full stop I have arranged ",
            R.choice(["an MRI", "a twenty four hour tape", "bloods"]), " and will see ", "him" if pt.sex == "m" else "her", " again in ", N("six weeks", "duration"), " full stop ",
            "yours sincerely ", N("Consultant Dermatologist" if R.random() < 0.3 else "Consultant Physician", "job_title"), " end of dictation"]
    body = [re.sub(r"  +", " ", b) if isinstance(b, str) else b for b in body]
    q = R.choice(["Raw speech-recognition output from my dictaphone. Turn it into a formatted clinic letter please.",
                  "Can you punctuate this dictation properly? Spoken commands like 'full stop' should become punctuation."])
    return "dictation", "en", [q + "\n\n"] + body


@tpl(5)
def voice_assistant_log(R):
    lang = pick_lang(R, ["de", "nl", "fr", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    me, a, b = people(R, cul, 3)
    cmds = {"en": [lambda: ["send a message to ", L("person", a.full), " saying I'll be at ", L("address", ", ".join(addr(R, "GB")[0][:2]), sub="gb_street_town"), " by six"],
                   lambda: ["call ", L("person", b.given), " on ", phone(R, cc, intl=False)],
                   lambda: ["remind me to renew the passport number ", L("gov_id", gov(R, "passport_gb").value, sub="passport_gb"), " before ", N(other_date(R, "en"), "deadline_date")],
                   lambda: ["add ", L("email", email_for(R, a)), " to the guest list"],
                   lambda: ["what's the weather in ", N(R.choice(["Kendal", "Whitby", "Leeds"]), "city"), " tomorrow"]],
            "de": [lambda: ["schreib ", L("person", a.full), " ich bin um sechs in der ", L("address", addr(R, "DE")[0][0], sub="de_street")],
                   lambda: ["ruf ", L("person", b.given), " an unter ", phone(R, cc, intl=False)],
                   lambda: ["schick die Adresse ", L("address", " ".join(addr(R, "DE")[0]), sub="de"), " an ", L("person", a.given)],
                   lambda: ["wie wird das Wetter in ", N("Lüneburg", "city"), " morgen"]],
            "nl": [lambda: ["stuur een bericht naar ", L("person", a.full), " dat ik om zes uur op ", L("address", addr(R, "NL")[0][0], sub="nl_street"), " ben"],
                   lambda: ["bel ", L("person", b.given), " op ", phone(R, cc, intl=False)],
                   lambda: ["voeg ", L("email", email_for(R, a)), " toe aan de lijst"],
                   lambda: ["zet een timer voor ", N("twintig minuten", "duration")]],
            "fr": [lambda: ["envoie un message à ", L("person", a.full), " je suis au ", L("address", addr(R, "FR")[0][0], sub="fr_street"), " dans dix minutes"],
                   lambda: ["appelle ", L("person", b.given), " au ", phone(R, cc, intl=False)],
                   lambda: ["ajoute ", L("email", email_for(R, a)), " aux contacts"],
                   lambda: ["quel temps fera-t-il à ", N("Angers", "city"), " demain"]],
            "es": [lambda: ["manda un mensaje a ", L("person", a.full), " diciendo que llego a ", L("address", addr(R, "ES")[0][0], sub="es_street"), " a las seis"],
                   lambda: ["llama a ", L("person", b.given), " al ", phone(R, cc, intl=False)],
                   lambda: ["añade ", L("email", email_for(R, a)), " a la lista"],
                   lambda: ["pon un temporizador de ", N("veinte minutos", "duration")]]}[lang]
    dev = R.choice(["Kitchen speaker", "Phone", "Car", "Living room"])
    parts = [N("Activity export", "export_title"), " – ", N(dev, "device_name"), "\n"]
    for fn in R.sample(cmds, min(3, len(cmds))):
        parts += ["[", N(other_date(R, "iso", 2025, 2025) + " " + hhmm(R) + ":%02d" % R.randint(0, 59), "timestamp"), "] ", R.choice(["You said: ", "Heard: ", "Transcript: "])] + fn() + ["\n"]
    parts += ["Account: ", L("email", email_for(R, me))]
    q = {"en": "This is my voice assistant history export. Which of these contain personal details I should delete?",
         "de": "Export meines Sprachassistenten-Verlaufs. Was davon sind persönliche Daten?",
         "nl": "Export van mijn spraakassistent-geschiedenis. Welke regels bevatten persoonsgegevens?",
         "fr": "Export de l'historique de mon assistant vocal. Qu'est-ce qui contient des données personnelles ?",
         "es": "Exporté el historial del asistente de voz. ¿Qué datos personales hay aquí?"}[lang]
    return "dictation", lang, [q + "\n\n"] + parts


@tpl(5)
def dictation_letter_de(R):
    p, r = people(R, "de", 2)
    lines, _ = addr(R, "DE")
    ph = phone(R, "DE", intl=False, kind=R.choice(["mobile", "berlin", "fixed"]))
    spoken = R.random() < 0.4
    pv = L("phone", speak_digits(R, ph.value.replace("/", " ").replace("-", " "), "de", 0.5), **ph.meta) if spoken else ph
    body = ["an ", L("person", r.full), " Komma ", L("address", " Komma ".join(lines) if R.random() < 0.4 else ", ".join(lines), sub="de"), " neuer Absatz ",
            "Betreff Doppelpunkt ", R.choice(["Kündigung meines Vertrags", "Widerspruch gegen die Nebenkostenabrechnung", "Rückerstattung der Kaution"]), " neuer Absatz ",
            "sehr geehrte", "r Herr " if r.sex == "m" else " Frau ", L("person", r.family), " Komma neue Zeile ",
            "hiermit ", R.choice(["kündige ich fristgerecht zum", "widerspreche ich der Abrechnung vom", "bitte ich um Rückzahlung bis zum"]), " ", N(other_date(R, "de"), "deadline_date"),
            " Punkt Bitte überweisen Sie den Betrag auf mein Konto IBAN ", iban(R, "DE", fmt="grp"), " Punkt ",
            "Sie erreichen mich unter ", pv, " Punkt neuer Absatz mit freundlichen Grüßen ", L("person", p.full)]
    return "dictation", "de", wrap_req(R, "de", "dictation", body)


@tpl(6)
def meeting_captions(R):
    lang = pick_lang(R, ["de", "nl", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    ppl = people(R, cul, 3)
    a, b, c = ppl
    e = email_for(R, b, dom=R.choice(["hollins-fm.co.uk", "nordlicht-dachbau.de", "vlasakker.nl", "asesoriarioebro.es"]))
    ts = [0]

    def t():
        ts[0] += R.randint(4, 60)
        return N("%02d:%02d:%02d" % (ts[0] // 3600, (ts[0] // 60) % 60, ts[0] % 60), "caption_time")
    lines = {"en": [[L("person", a.full), " (", t(), "): okay let's start, ", L("person", c.given), " are you there?"],
                    [L("person", c.full), " (", t(), "): yeah sorry my camera's off, I'm on the train"],
                    [L("person", a.full), " (", t(), "): no worries. ", L("person", b.given), " can you send the client the revised quote today?"],
                    [L("person", b.full), " (", t(), "): sure, if anyone needs me I'm on ", phone(R, cc, intl=False, kind="mobile"), " all afternoon"],
                    [L("person", b.full), " (", t(), "): and my email is ", L("email", e if R.random() < 0.5 else spoken_email(R, e)), " not the old one"],
                    [L("person", a.full), " (", t(), "): great, next meeting is ", N(other_date(R, "en", 2025, 2026), "meeting_date"), " same time"]],
             "de": [[L("person", a.full), " (", t(), "): so, fangen wir an, ", L("person", c.given), " bist du da?"],
                    [L("person", c.full), " (", t(), "): ja, Kamera ist aus, ich sitz im Zug"],
                    [L("person", a.full), " (", t(), "): ", L("person", b.given), ", schickst du dem Kunden heute das neue Angebot?"],
                    [L("person", b.full), " (", t(), "): mach ich, ich bin heute Nachmittag unter ", phone(R, cc, intl=False, kind="mobile"), " erreichbar"],
                    [L("person", b.full), " (", t(), "): und meine Mail ist ", L("email", e), " nicht mehr die alte"],
                    [L("person", a.full), " (", t(), "): gut, nächster Termin ", N(other_date(R, "de", 2025, 2026), "meeting_date")]],
             "nl": [[L("person", a.full), " (", t(), "): oké, we beginnen, ", L("person", c.given), " ben je er?"],
                    [L("person", c.full), " (", t(), "): ja, camera staat uit, ik zit in de trein"],
                    [L("person", a.full), " (", t(), "): ", L("person", b.given), ", stuur jij vandaag de nieuwe offerte?"],
                    [L("person", b.full), " (", t(), "): doe ik, ik ben vanmiddag bereikbaar op ", phone(R, cc, intl=False, kind="mobile")],
                    [L("person", b.full), " (", t(), "): en mijn mail is ", L("email", e)],
                    [L("person", a.full), " (", t(), "): top, volgende keer ", N(other_date(R, "nl", 2025, 2026), "meeting_date")]],
             "es": [[L("person", a.full), " (", t(), "): vale, empezamos, ", L("person", c.given), " ¿estás?"],
                    [L("person", c.full), " (", t(), "): sí, perdón, tengo la cámara apagada, voy en el tren"],
                    [L("person", a.full), " (", t(), "): ", L("person", b.given), ", ¿le mandas hoy el presupuesto al cliente?"],
                    [L("person", b.full), " (", t(), "): claro, esta tarde estoy en el ", phone(R, cc, intl=False, kind="mobile")],
                    [L("person", b.full), " (", t(), "): y mi correo es ", L("email", e)],
                    [L("person", a.full), " (", t(), "): perfecto, la próxima es el ", N(other_date(R, "es", 2025, 2026), "meeting_date")]]}[lang]
    parts = [N(R.choice(["WEBVTT", "Transcript", "Auto-generated captions"]), "caption_header"), "\n\n"]
    diar = R.random() < 0.5
    spk = {a.full: "Speaker 1", b.full: "Speaker 2", c.full: "Speaker 3"}
    for ln in lines:
        if diar and isinstance(ln[0], L) and ln[0].value in spk:
            ln = [N(spk[ln[0].value], "speaker_label")] + ln[1:]
        parts += ln + ["\n"]
    if R.random() < 0.4:
        parts = [re.sub(r"\b(the|die|de|el)\b", lambda m: m.group() + " " + m.group(), x, count=1) if isinstance(x, str) else x for x in parts]
    q = {"en": ["Auto-generated captions from our call. Can you write up minutes and action items?", "Teams transcript below, who agreed to do what?"],
         "de": ["Automatisches Transkript aus dem Call. Bitte Protokoll mit Aufgaben erstellen."],
         "nl": ["Automatisch transcript van de call. Kun je er notulen van maken?"],
         "es": ["Transcripción automática de la reunión. ¿Me haces el acta con las tareas?"]}[lang]
    return "dictation", lang, [R.choice(q) + "\n\n"] + parts


@tpl(14)
def call_centre_asr(R):
    cul = R.choice(["gb", "gb", "us", "in"])
    cc = CUL_REGION[cul]
    agent, cust = people(R, cul, 2)
    d = rdate(R, 1945, 2004)
    lines, _ = addr(R, cc)
    c = card(R, R.choice(["visa", "mastercard"]), sep=" ")
    cd = c.value.replace(" ", "")
    spoken_card = R.random() < 0.4
    cv = " ".join(" ".join(NUMWORDS["en"][int(x)] for x in cd[i:i + 4]) for i in range(0, len(cd), 4)) if spoken_card else c.value
    parts = [N("Call ID " + ref(R, "########"), "call_id"), "  ", N(other_date(R, "iso", 2025, 2025) + "T" + hhmm(R), "timestamp"), "  [auto transcript]\n",
             "AGENT: thank you for calling ", N(R.choice(["Northgate Bank", "Lakeland Energy", "Fellside Broadband"]), "company_name"), " my name is ", L("person", agent.given),
             " can I take your full name please\n", "CUSTOMER: yes it's ", L("person", cust.full), "\n",
             "AGENT: and your date of birth\n", "CUSTOMER: ", L("dob", spoken_dob(R, d) if R.random() < 0.5 else fdate(R, d, "us" if cc == "US" else "en", 0)), "\n",
             "AGENT: and the first line of the address and postcode\n" if cc != "US" else "AGENT: and your address with the zip\n",
             "CUSTOMER: ", L("address", " ".join(lines).replace(",", ""), sub=cc.lower()), "\n",
             "AGENT: thank you I just need the long card number to verify\n", "CUSTOMER: ", L("card", cv, sub=c.meta["sub"]), "\n",
             "AGENT: and the expiry\n", "CUSTOMER: ", N(R.choice(["oh nine twenty seven", "twelve twenty eight", "zero three thirty"]), "card_expiry"), "\n",
             "AGENT: lovely and is ", phone(R, cc, intl=False), " still the best number\n", "CUSTOMER: yes that's right\n",
             "AGENT: I've raised reference ", N(ref(R, "CAS-######-A#A#"), "case_ref"), " for you"]
    q = R.choice(["Speech analytics export of a call. Please redact what PCI DSS says we mustn't keep and summarise the call.",
                  "Auto-transcribed support call, can you write the case notes from it?"])
    return "dictation", "in" if cul == "in" else "en", [q + "\n\n"] + parts


@tpl(5)
def dictation_wifi(R):
    lang = pick_lang(R, ["de"])
    cul = LANG_CUL[lang]
    host = person(R, cul)
    w = R.choice(["Kingfisher", "Tournesol", "Marmalade", "Walnuss", "Lagune", "Polaris"])
    n = str(R.randint(10, 99))
    sym = R.choice([("exclamation mark", "!", "Ausrufezeichen"), ("hash", "#", "Raute"), ("at sign", "@", "at-Zeichen"), ("dollar sign", "$", "Dollarzeichen")])
    if lang == "en":
        spoken = ("capital %s lowercase %s %s %s %s" % (w[0], w[1:].lower(), " ".join(NUMWORDS["en"][int(x)] for x in n), sym[0], R.choice(["", "capital Q"]))).strip()
        body = ["note to self the wifi at ", L("person", host.given), "'s place is called ", N(R.choice(["BTHub-7C2A", "SKY4F21E", "VM0815443"]), "ssid"),
                " and the password is ", L("secret", spoken, sub="wifi_psk_spoken"), " full stop the router's at ", N("192.168.1.254", "gateway_ip"),
                " if it needs a restart full stop also ", L("person", host.given), "'s landline is ", phone(R, "GB", intl=False, kind=R.choice(["london", "fixed"]))]
    else:
        spoken = "großes %s klein %s %s %s" % (w[0], w[1:].lower(), " ".join(NUMWORDS["de"][int(x)] for x in n), sym[2])
        body = ["Notiz das WLAN bei ", L("person", host.given), " heißt ", N("FRITZ!Box 7530 " + ref(R, "AA"), "ssid"), " und das Passwort ist ", L("secret", spoken, sub="wifi_psk_spoken"),
                " Punkt der Router ist unter ", N("192.168.178.1", "gateway_ip"), " erreichbar Punkt ", L("person", host.given), " Festnetz ", phone(R, "DE", intl=False, kind="fixed")]
    q = {"en": "Dictated this in the car. What's the actual wifi password as I'd type it?",
         "de": "Im Auto diktiert. Wie lautet das WLAN-Passwort, wenn ich es eintippe?"}[lang]
    return "dictation", lang, [q + "\n\n"] + body


# ================================================================ e-mail threads as pasted

HDR = {"en": ("From", "Sent", "To", "Cc", "Subject", "wrote", "On {d}, {n} <{e}> wrote:"),
       "de": ("Von", "Gesendet", "An", "Cc", "Betreff", "schrieb", "Am {d} schrieb {n} <{e}>:"),
       "fr": ("De", "Envoyé", "À", "Cc", "Objet", "a écrit", "Le {d}, {n} <{e}> a écrit :"),
       "es": ("De", "Enviado el", "Para", "CC", "Asunto", "escribió", "El {d}, {n} <{e}> escribió:"),
       "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "schreef", "Op {d} schreef {n} <{e}>:"),
       "it": ("Da", "Inviato", "A", "Cc", "Oggetto", "ha scritto", "Il giorno {d} {n} <{e}> ha scritto:"),
       "pt": ("De", "Enviada em", "Para", "Cc", "Assunto", "escreveu", "Em {d}, {n} <{e}> escreveu:"),
       "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne", "skrev", "Den {d} skrev {n} <{e}>:"),
       "pl": ("Od", "Wysłano", "Do", "DW", "Temat", "napisał(a)", "W dniu {d} {n} <{e}> napisał(a):")}
FWD = {"en": "---------- Forwarded message ---------", "de": "-------- Weitergeleitete Nachricht --------", "fr": "-------- Message transféré --------",
       "es": "---------- Mensaje reenviado ---------", "nl": "-------- Doorgestuurd bericht --------", "it": "---------- Messaggio inoltrato ---------",
       "pt": "---------- Mensagem encaminhada ---------", "sv": "-------- Vidarebefordrat meddelande --------", "pl": "---------- Przekazana wiadomość ---------"}
DISCLAIMER = {"en": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. {co} is registered in England and Wales, company no. {no}.",
              "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail. {co}, Amtsgericht Lüneburg {no}.",
              "fr": "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. {co} – RCS Angers {no}.",
              "es": "Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. {co}, inscrita en el Registro Mercantil, {no}.",
              "nl": "Dit bericht is vertrouwelijk. Heeft u het per abuis ontvangen, meld dit dan aan de afzender en verwijder het. {co}, KvK {no}.",
              "it": "Questo messaggio è riservato. Se lo avete ricevuto per errore, avvisate il mittente e cancellatelo. {co}, REA {no}.",
              "pt": "Esta mensagem é confidencial. Se a recebeu por engano, avise o remetente e apague-a. {co}, NIPC {no}.",
              "sv": "Detta meddelande är konfidentiellt. Om du fått det av misstag, meddela avsändaren och radera det. {co}, org.nr {no}.",
              "pl": "Ta wiadomość jest poufna. Jeśli otrzymałeś ją przez pomyłkę, powiadom nadawcę i usuń ją. {co}, KRS {no}."}
COS = {"en": ("Hollins Facilities plc", "hollins-fm.co.uk"), "de": ("Nordlicht Dachbau GmbH", "nordlicht-dachbau.de"), "fr": ("Ouest Bâtiment SAS", "ouest-batiment.fr"),
       "es": ("Gestoría Almendro S.L.", "gestoria-almendro.es"), "nl": ("Installatiebedrijf De Vlasakker B.V.", "vlasakker.nl"), "it": ("Studio Ginestre S.r.l.", "studioginestre.it"),
       "pt": ("Carvalhal & Filhos, Lda.", "carvalhal-filhos.pt"), "sv": ("Smedjegatans Bygg AB", "smedjebygg.se"), "pl": ("Bursztyn Serwis sp. z o.o.", "bursztynserwis.pl")}
EMAIL_BODIES = {
    "en": ["Thanks for getting back to me. The engineer can come on {d} between 8 and 12, does that work?", "Please see the attached quote; the price holds until {d}.",
           "I've chased the supplier again, they now promise delivery by {d}.", "Could you confirm the access arrangements for {d}? The gate code we have doesn't work."],
    "de": ["Danke für die schnelle Rückmeldung. Der Monteur könnte am {d} vormittags kommen.", "Anbei das Angebot, gültig bis {d}.",
           "Ich habe beim Lieferanten nachgehakt, Lieferung jetzt bis {d}."],
    "fr": ["Merci pour votre retour. Le technicien peut passer le {d} dans la matinée.", "Vous trouverez le devis en pièce jointe, valable jusqu'au {d}."],
    "es": ["Gracias por contestar. El técnico puede pasar el {d} por la mañana.", "Le adjunto el presupuesto, válido hasta el {d}."],
    "nl": ["Bedankt voor je reactie. De monteur kan op {d} 's ochtends langskomen.", "In de bijlage de offerte, geldig tot {d}."],
    "it": ["Grazie per la risposta. Il tecnico può passare il {d} in mattinata.", "In allegato il preventivo, valido fino al {d}."],
    "pt": ["Obrigado pela resposta. O técnico pode passar no dia {d} de manhã.", "Segue em anexo o orçamento, válido até {d}."],
    "sv": ["Tack för svaret. Montören kan komma den {d} på förmiddagen.", "Bifogat finns offerten, giltig till {d}."],
    "pl": ["Dziękuję za odpowiedź. Serwisant może przyjść {d} przed południem.", "W załączniku oferta, ważna do {d}."],
}
GREET = {"en": ("Hi ", "Dear ", "Best regards", "Thanks"), "de": ("Hallo ", "Liebe/r ", "Viele Grüße", "Beste Grüße"), "fr": ("Bonjour ", "Chère/Cher ", "Cordialement", "Bien à vous"),
         "es": ("Hola ", "Estimado/a ", "Un saludo", "Saludos cordiales"), "nl": ("Hoi ", "Beste ", "Met vriendelijke groet", "Groet"),
         "it": ("Ciao ", "Gentile ", "Cordiali saluti", "Saluti"), "pt": ("Olá ", "Caro/a ", "Cumprimentos", "Atenciosamente"),
         "sv": ("Hej ", "Hej ", "Med vänliga hälsningar", "Hälsningar"), "pl": ("Dzień dobry ", "Szanowna Pani / Szanowny Panie ", "Pozdrawiam", "Z poważaniem")}


def signature(R, p, lang, work=True, phone_breakable=False):
    cc = LANG_CC[lang]
    co, dom = COS[lang]
    e = email_for(R, p, dom=dom if work else None)
    if R.random() < 0.4:
        # one long line, as many clients send it (it wraps, also inside the number)
        parts = ["-- \n", L("person", p.full), " | ", N(co, "company_name") if work else "", " | " if work else "",
                 R.choice(["T ", "Tel. ", "Mob. "]), phone(R, cc, intl=True), " | ", L("email", e)]
        if work and R.random() < 0.5:
            parts += [" | ", L("address", ", ".join(addr(R, cc)[0]), sub=cc.lower())]
        return parts + ["\n"], e
    parts = ["-- \n", L("person", p.full), "\n"]
    if work:
        parts += [N(co, "company_name"), "\n"]
        if R.random() < 0.6:
            parts += [L("address", " | ".join(addr(R, cc)[0]), sub=cc.lower()), "\n"]
    parts += [R.choice(["T: ", "Tel. ", "Mob: ", "☎ "]), phone(R, cc, intl=R.random() < 0.6), R.choice(["", "  ext. " + str(R.randint(10, 499))]) if lang == "en" else "", "\n"]
    if R.random() < 0.5:
        parts += [R.choice(["E: ", "Mail: "]), L("email", e), " <mailto:", L("email", e), ">\n"]
    return parts, e


def email_msg(R, lang, frm, frm_e, to, to_e, subj, body, sig, width=72):
    """One message as a mail client pastes it (plain text)."""
    g = GREET[lang]
    dear = {"de": ("Lieber ", "Liebe "), "fr": ("Cher ", "Chère "), "es": ("Estimado ", "Estimada "), "it": ("Gentile ", "Gentile "), "pt": ("Caro ", "Cara "),
            "pl": ("Szanowny Panie ", "Szanowna Pani ")}.get(lang, (g[1], g[1]))[0 if to.sex == "m" else 1]
    hello = [R.choice([g[0], dear]), L("person", to.given), ",\n\n"] if R.random() < 0.6 else [{"en": "Hi all,", "de": "Hallo zusammen,", "fr": "Bonjour à tous,", "es": "Hola a todos:",
                                                                                              "nl": "Hoi allemaal,", "it": "Ciao a tutti,", "pt": "Olá a todos,", "sv": "Hej alla,",
                                                                                              "pl": "Dzień dobry,"}[lang], "\n\n"]
    bye = ["\n\n", R.choice([g[2], g[3]]), ",\n", L("person", frm.given), "\n\n"] if R.random() < 0.5 else ["\n\n", R.choice([g[2], g[3]]), "\n\n"]
    parts = hello + body + bye + sig
    return hard_wrap(R, parts, width, breakable=("str", "neg", "address", "phone"), hyph=0.0)


def thread(R, lang, n_levels, fwd=False, with_ip=False):
    cul = LANG_CUL[lang]
    ppl = people(R, cul, 3)
    subj = "Re: " + R.choice({"en": ["quote", "boiler service", "access on Friday"], "de": ["Termin", "Angebot", "Lieferung"], "fr": ["devis", "intervention", "livraison"],
                              "es": ["presupuesto", "visita del técnico", "entrega"], "nl": ["offerte", "afspraak", "levering"], "it": ["preventivo", "sopralluogo", "consegna"],
                              "pt": ["orçamento", "visita técnica", "entrega"], "sv": ["offert", "besök", "leverans"], "pl": ["oferta", "wizyta serwisu", "dostawa"]}[lang])
    msgs = []
    for k in range(n_levels):
        frm = ppl[k % 2]
        to = ppl[(k + 1) % 2]
        sig, fe = signature(R, frm, lang, work=(k % 2 == 0))
        body = [R.choice(EMAIL_BODIES[lang]).format(d="\x00")]
        b = body[0].split("\x00")
        body = [b[0], N(other_date(R, DATE_LANG[lang], 2025, 2026), "appointment_date"), b[1]]
        if k == n_levels - 1 and R.random() < 0.5:
            body += [" " + {"en": "My direct line is ", "de": "Sie erreichen mich direkt unter ", "fr": "Ma ligne directe : ", "es": "Mi teléfono directo: ",
                            "nl": "Mijn directe nummer: ", "it": "Il mio numero diretto: ", "pt": "O meu contacto direto: ", "sv": "Mitt direktnummer: ",
                            "pl": "Mój numer bezpośredni: "}[lang], phone(R, LANG_CC[lang], intl=True), "."]
        msgs.append((frm, fe, to, body, sig))
    # innermost (oldest) first
    acc = None
    for k in range(n_levels - 1, -1, -1):
        frm, fe, to, body, sig = msgs[k]
        to_e = email_for(R, to)
        m = email_msg(R, lang, frm, fe, to, to_e, subj, body, sig)
        if acc is not None:
            h = HDR[lang][6].split("{n}")
            hd1 = h[0].replace("{d}", "\x00")
            pre = hd1.split("\x00")
            intro = [pre[0], N(other_date(R, DATE_LANG[lang], 2025, 2026) + " " + hhmm(R), "sent_date"), pre[1], L("person", msgs[k + 1][0].full),
                     " <", L("email", msgs[k + 1][1]), ">" + h[1].split("<{e}>")[1], "\n"]
            m = m + ["\n"] + hard_wrap(R, intro, 72, breakable=("str",)) + quote(acc, 1)
        acc = m
    out = acc
    if fwd:
        f = ppl[2]
        hd = HDR[lang]
        note = {"en": "FYI, see below.", "de": "Zur Info, siehe unten.", "fr": "Pour info, voir ci-dessous.", "es": "Para tu información, ver abajo.",
                "nl": "Ter info, zie hieronder.", "it": "Per conoscenza, vedi sotto.", "pt": "Para conhecimento, ver abaixo.", "sv": "För kännedom, se nedan.",
                "pl": "Do wiadomości, poniżej."}[lang]
        out = [note, "\n", L("person", f.given), "\n\n", FWD[lang], "\n", hd[0], ": ", L("person", msgs[0][0].full), " <", L("email", msgs[0][1]), ">\n",
               hd[1], ": ", N(other_date(R, DATE_LANG[lang], 2025, 2026) + " " + hhmm(R), "sent_date"), "\n",
               hd[2], ": ", L("person", msgs[0][2].full), " <", L("email", email_for(R, msgs[0][2])), ">\n", hd[4], ": ", subj, "\n\n"] + out
    if with_ip:
        out = ["X-Originating-IP: [", ip(R, R.choice(["v4", "v4", "v6"])), "]\n", "Message-ID: <", N(ref(R, "xxxxxxxx.xxxx") + "@mail.gmail.com", "message_id"), ">\n\n"] + out
    if R.random() < 0.5:
        co, dom = COS[lang]
        out = out + ["\n\n", DISCLAIMER[lang].split("{co}")[0], N(co, "company_name"), DISCLAIMER[lang].split("{co}")[1].split("{no}")[0],
                     N(ref(R, "########") if lang != "de" else "HRB " + ref(R, "#####"), "company_reg_no"), DISCLAIMER[lang].split("{no}")[1]]
    return out


@tpl(8)
def email_thread_en(R):
    parts = thread(R, "en", R.choice([2, 3, 3]), fwd=R.random() < 0.3, with_ip=R.random() < 0.25)
    return "email", "en", wrap_req(R, "en", "email", parts)


@tpl(7)
def email_thread_de(R):
    parts = thread(R, "de", R.choice([2, 3]), fwd=R.random() < 0.5, with_ip=R.random() < 0.2)
    return "email", "de", wrap_req(R, "de", "email", parts)


@tpl(7)
def email_thread_fr_es(R):
    lang = R.choice(["fr", "es"])
    parts = thread(R, lang, R.choice([2, 3]), fwd=R.random() < 0.5, with_ip=R.random() < 0.2)
    return "email", lang, wrap_req(R, lang, "email", parts)


@tpl(7)
def email_thread_multi(R):
    lang = R.choice(["nl", "it", "pt", "sv", "pl"])
    parts = thread(R, lang, R.choice([2, 3]), fwd=R.random() < 0.5, with_ip=R.random() < 0.2)
    return "email", lang, wrap_req(R, lang, "email", parts)


# ================================================================ HTML / Markdown / RTF residue

def addr_split(lines, sep, sub):
    """An address whose lines are separated by markup (<br>, \\par): each line
    is its own label, so no tag letters sit inside a label."""
    out = []
    for k, ln in enumerate(lines):
        if k:
            out.append(sep)
        out.append(L("address", ln, sub=sub + "_line"))
    return out


def ent_email(R, e):
    """An address with the @ and dots escaped as HTML writers leave them."""
    if R.random() < 0.5:
        return e.replace("@", "&#64;")
    return e.replace("@", "&#x40;").replace(".", "&#46;", 1) if R.random() < 0.5 else e


@tpl(11)
def html_signature(R):
    lang = pick_lang(R, ["de", "fr", "nl", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    p = person(R, cul)
    co, dom = COS[lang]
    e = email_for(R, p, dom=dom)
    ph = phone(R, cc, intl=True)
    tel = re.sub(r"[^\d+]", "", ph.value.replace("(0)", ""))
    if tel.startswith("00"):
        tel = "+" + tel[2:]
    lines = addr(R, cc)[0]
    nb = lambda s: s.replace(" ", "&nbsp;") if R.random() < 0.5 else s
    parts = ['<div class="sig"><b>', L("person", p.full), "</b><br>", N(co.replace("&", "&amp;"), "company_name"), "<br>",
             addr_split([nb(x) for x in lines], "<br>", cc.lower()) if R.random() < 0.5 else L("address", ",&nbsp;".join(lines), sub=cc.lower()), "<br>",
             'Tel:&nbsp;<a href="tel:', L("phone", tel, sub=ph.meta["sub"], region=cc), '">', L("phone", nb(ph.value), **ph.meta), "</a><br>",
             '<a href="mailto:', L("email", e), '">', L("email", ent_email(R, e)), "</a><br>",
             '<a href="https://www.', N(dom, "domain"), '">www.', N(dom, "domain"), "</a>", "</div>"]
    if R.random() < 0.4:
        parts += ['\n<p style="font-size:8pt;color:#888">', N(co.replace("&", "&amp;"), "company_name"), " &middot; ", {"en": "Registered in England No. ", "de": "HRB ", "fr": "RCS ", "nl": "KvK ", "es": "CIF "}[lang],
                  N(ref(R, "########"), "company_reg_no"), "</p>"]
    q = {"en": "Our ticketing system shows signatures as raw HTML. Can you turn this one into plain text?",
         "de": "Die Signatur kommt als HTML-Quelltext an. Bitte als normalen Text.",
         "fr": "La signature s'affiche en HTML brut. Tu peux la convertir en texte ?",
         "nl": "De handtekening komt binnen als ruwe HTML. Kun je er gewone tekst van maken?",
         "es": "La firma aparece como HTML sin formato. ¿La pasas a texto normal?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(5)
def markdown_contacts(R):
    lang = pick_lang(R, ["de", "nl", "it"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    ppl = people(R, cul, R.randint(3, 4))
    hdr = {"en": ("Name", "Role", "Phone", "Email"), "de": ("Name", "Aufgabe", "Telefon", "E-Mail"), "nl": ("Naam", "Taak", "Telefoon", "E-mail"),
           "it": ("Nome", "Ruolo", "Telefono", "Email")}[lang]
    roles = {"en": ["Treasurer", "Kit & equipment", "Safeguarding lead", "Fixtures", "Chair"], "de": ["Kasse", "Trikots", "Jugendwart", "Spielplan", "Vorsitz"],
             "nl": ["Penningmeester", "Materiaal", "Vertrouwenspersoon", "Wedstrijdzaken", "Voorzitter"], "it": ["Tesoriere", "Materiale", "Referente", "Calendario", "Presidente"]}[lang]
    parts = ["| **%s** | **%s** | **%s** | **%s** |\n|---|---|---|---|\n" % hdr]
    for k, p in enumerate(ppl):
        e = email_for(R, p)
        nm = [L("person", p.full)] if R.random() < 0.6 else ["**", L("person", p.full), "**"]
        em = ["[", L("email", e), "](mailto:", L("email", e), ")"] if R.random() < 0.5 else [L("email", e)]
        phv = phone(R, cc)
        ph = [phv] if R.random() < 0.6 else ["[", phv, "](tel:", L("phone", re.sub(r"[^\d+]", "", phv.value.replace("(0)", "")), **phv.meta), ")"]
        parts += ["| "] + nm + [" | ", roles[k], " | "] + ph + [" | "] + em + [" |\n"]
    parts += ["\n", {"en": "_Updated ", "de": "_Stand: ", "nl": "_Bijgewerkt ", "it": "_Aggiornato "}[lang], N(other_date(R, DATE_LANG[lang]), "edit_date"), "_  \n",
              {"en": "Club ground: ", "de": "Sportplatz: ", "nl": "Sportpark: ", "it": "Campo: "}[lang],
              N({"en": "Fellside Recreation Ground (council-owned)", "de": "Städtisches Stadion am Wall", "nl": "Gemeentelijk Sportpark De Boshoek", "it": "Stadio Comunale"}[lang], "public_venue")]
    q = {"en": "Pasted from our Notion page, the markdown didn't render. Can you make it a clean list for the newsletter?",
         "de": "Aus unserem Wiki kopiert, das Markdown wird nicht dargestellt. Bitte als saubere Liste.",
         "nl": "Uit onze wiki geplakt, de markdown werkt niet. Maak er een nette lijst van?",
         "it": "Copiato dalla nostra wiki, il markdown non si vede. Puoi farne un elenco pulito?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


RTF_ESC = {"é": "\\'e9", "è": "\\'e8", "ü": "\\'fc", "ö": "\\'f6", "ä": "\\'e4", "ß": "\\'df", "à": "\\'e0", "ç": "\\'e7", "ë": "\\'eb", "ï": "\\'ef",
           "ô": "\\'f4", "ñ": "\\'f1", "á": "\\'e1", "í": "\\'ed", "ó": "\\'f3", "ú": "\\'fa", "É": "\\'c9", "Ö": "\\'d6", "Ü": "\\'dc", "ê": "\\'ea", "â": "\\'e2"}


def rtf_escape(s):
    return "".join(RTF_ESC.get(c, c) for c in s)


@tpl(5)
def rtf_letter(R):
    lang = pick_lang(R, ["de", "fr", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    a, b = people(R, cul, 2)
    lines, _ = addr(R, cc)
    d = rdate(R, 1950, 2004)
    txt = {"de": ("Sehr geehrte/r", "ich bestätige hiermit, dass", "geboren am", "bei uns beschäftigt ist.", "Mit freundlichen Grüßen"),
           "fr": ("Madame, Monsieur,", "je soussigné(e) atteste que", "né(e) le", "est employé(e) dans notre structure.", "Cordialement"),
           "es": ("Estimado/a", "por la presente certifico que", "nacido/a el", "trabaja en nuestra empresa.", "Atentamente"),
           "en": ("Dear Sir or Madam,", "this is to confirm that", "born", "is employed by us.", "Yours faithfully")}[lang]
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22 ",
             "{\\b ", L("person", rtf_escape(a.full)), "}\\par ", addr_split([rtf_escape(x) for x in lines], "\\par ", cc.lower()), "\\par ",
             "Tel. ", phone(R, cc), "\\par\\par ", rtf_escape(txt[0]), "\\par ", rtf_escape(txt[1]), " {\\b ", L("person", rtf_escape(b.full)), "}, ", rtf_escape(txt[2]), " ",
             L("dob", rtf_escape(fdate(R, d, DATE_LANG[lang]))), ", ", rtf_escape(txt[3]), "\\par\\par ", rtf_escape(txt[4]), "\\par ", L("person", rtf_escape(a.full)), "\\par}"]
    q = {"de": "Das hat mein Mailprogramm aus dem Anhang gemacht (RTF). Kannst du den Text rausholen?",
         "fr": "Mon logiciel affiche le fichier RTF en code. Tu peux extraire le texte ?",
         "es": "El adjunto RTF se ve así en mi móvil. ¿Me sacas el texto?",
         "en": "The attachment opened as raw RTF code on my phone. Can you pull out the actual letter?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(11)
def html_form_mail(R):
    lang = pick_lang(R, ["de", "fr", "es", "it"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    p = person(R, cul)
    d = rdate(R, 1950, 2006)
    lab = {"en": ("New enquiry from website", "Name", "Date of birth", "Address", "Phone", "Email", "Message", "I'd like to book a trial lesson for me &amp; my partner."),
           "de": ("Neue Anfrage über das Kontaktformular", "Name", "Geburtsdatum", "Adresse", "Telefon", "E-Mail", "Nachricht", "Ich möchte eine Probestunde für mich &amp; meinen Partner buchen."),
           "fr": ("Nouvelle demande via le site", "Nom", "Date de naissance", "Adresse", "Téléphone", "E-mail", "Message", "Je souhaite réserver un cours d&#39;essai pour moi &amp; mon conjoint."),
           "es": ("Nueva solicitud desde la web", "Nombre", "Fecha de nacimiento", "Dirección", "Teléfono", "Correo", "Mensaje", "Quiero reservar una clase de prueba para mí &amp; mi pareja."),
           "it": ("Nuova richiesta dal sito", "Nome", "Data di nascita", "Indirizzo", "Telefono", "Email", "Messaggio", "Vorrei prenotare una lezione di prova per me &amp; il mio compagno.")}[lang]
    lines, _ = addr(R, cc)
    esc = lambda s: s.replace("&", "&amp;").replace("'", "&#39;")
    row = lambda k, v: ["<tr><td>", k, ":</td><td>"] + v + ["</td></tr>\n"]
    parts = ["<html><body><h2>", lab[0], "</h2>\n<table>\n"] + row(lab[1], [L("person", esc(p.full))]) + row(lab[2], [L("dob", fdate(R, d, DATE_LANG[lang] if lang != "en" else "en", 0))]) + \
        row(lab[3], addr_split([esc(x) for x in lines], "<br>", cc.lower()) if R.random() < 0.5 else [L("address", ",&nbsp;".join(esc(x) for x in lines), sub=cc.lower())]) + \
        row(lab[4], [phone(R, cc)]) + row(lab[5], [L("email", email_for(R, p))]) + row(lab[6], [lab[7]]) + \
        ["</table>\n<p>IP: ", ip(R, R.choice(["v4", "v4", "v6"])), " &middot; ", N(other_date(R, "iso", 2025, 2026) + " " + hhmm(R), "timestamp"), " &middot; form id ", N(ref(R, "wpcf7-f###-p##-o1"), "form_id"), "</p></body></html>"]
    q = {"en": "The contact form plugin sends us raw HTML. Can you extract the enquiry as plain text?",
         "de": "Das Kontaktformular schickt rohes HTML. Kannst du die Anfrage als Text herausziehen?",
         "fr": "Le formulaire nous envoie du HTML brut. Tu peux extraire la demande ?",
         "es": "El formulario nos llega en HTML. ¿Me sacas la solicitud en texto?",
         "it": "Il modulo ci arriva in HTML grezzo. Puoi estrarre la richiesta?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(5)
def html_reset_mail(R):
    lang = pick_lang(R, ["de", "es", "pt"])
    cul = LANG_CUL[lang]
    p = person(R, cul)
    tok = rnd(R, URLSAFE, R.choice([32, 43, 48]))
    tmp = password(R)
    svc = R.choice(["Lakeland Energy", "Northgate Bank", "Fellside Broadband", "Bursztyn Serwis"])
    lab = {"en": ("Hi", "We received a request to reset your password.", "Reset password", "Your temporary password is", "This sign-in came from", "If this wasn't you, ignore this email."),
           "de": ("Hallo", "Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten.", "Passwort zurücksetzen", "Ihr vorläufiges Passwort lautet", "Anmeldung von", "Falls Sie das nicht waren, ignorieren Sie diese E-Mail."),
           "es": ("Hola", "Hemos recibido una solicitud para restablecer tu contraseña.", "Restablecer contraseña", "Tu contraseña temporal es", "Inicio de sesión desde", "Si no has sido tú, ignora este correo."),
           "pt": ("Olá", "Recebemos um pedido para redefinir a sua palavra-passe.", "Redefinir palavra-passe", "A sua palavra-passe temporária é", "Início de sessão a partir de", "Se não foi você, ignore este e-mail.")}[lang]
    parts = ["<p>", lab[0], "&nbsp;", L("person", p.given), ",</p>\n<p>", lab[1], "</p>\n",
             '<p><a href="https://account.', N(R.choice(["lakeland-energy.example", "northgate.example", "fellside.example"]), "domain"), "/reset?uid=", N(str(R.randint(10000, 999999)), "user_id"),
             "&amp;token=", L("secret", tok, sub="reset_token"), '" style="background:#0a6">', lab[2], "</a></p>\n",
             "<p>", lab[3], ": <b><code>", L("secret", tmp, sub="password"), "</code></b></p>\n",
             "<p>", lab[4], " ", ip(R, "v4"), " (", N(R.choice(["Firefox 128 / Windows", "Safari / iOS 17", "Chrome 124 / Android"]), "user_agent"), ").</p>\n",
             "<p>", lab[5], "</p>\n<p>&copy; ", N(str(R.randint(2024, 2026)), "year"), " ", N(svc, "company_name"), "</p>"]
    q = {"en": "Got this email as raw HTML on my old phone. Is it a real reset email or phishing? What's the temp password?",
         "de": "Diese Mail kam als HTML-Quelltext. Echt oder Phishing?",
         "es": "Me llegó este correo en HTML sin formato. ¿Es real o phishing?",
         "pt": "Recebi este e-mail em HTML. É verdadeiro ou phishing?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(5)
def html_entity_chat(R):
    lang = pick_lang(R, ["de", "fr", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    a, b = people(R, cul, 2)
    ph = phone(R, cc, intl=True)
    phv = ph.value.replace("+", "&#43;", 1) if R.random() < 0.6 else ph.value.replace(" ", "&nbsp;")
    e = email_for(R, a)
    lines = addr(R, cc)[0]
    msgs = {"en": [["hi, my number is ", L("phone", phv, **ph.meta), " &ndash; text first please"], ["you can also email ", L("email", ent_email(R, e))],
                   ["delivery to ", L("address", ", ".join(lines).replace("&", "&amp;"), sub=cc.lower()), " &gt; side door"]],
            "de": [["meine Nummer: ", L("phone", phv, **ph.meta), " &ndash; bitte erst schreiben"], ["oder per Mail: ", L("email", ent_email(R, e))],
                   ["Lieferung an ", L("address", " ".join(lines), sub=cc.lower()), " &gt; Hintereingang"]],
            "fr": [["mon numéro&nbsp;: ", L("phone", phv, **ph.meta), " &ndash; SMS d&#39;abord svp"], ["ou par mail&nbsp;: ", L("email", ent_email(R, e))],
                   ["livraison au ", L("address", " ".join(lines), sub=cc.lower()), " &gt; porte de derri&egrave;re"]],
            "es": [["mi número: ", L("phone", phv, **ph.meta), " &ndash; mejor whatsapp"], ["o por correo: ", L("email", ent_email(R, e))],
                   ["entrega en ", L("address", ", ".join(lines), sub=cc.lower()), " &gt; puerta trasera"]]}[lang]
    parts = []
    for m in R.sample(msgs, 2):
        parts += ['{"author":"', L("person", a.full), '","ts":"', N(other_date(R, "iso", 2025, 2025) + "T" + hhmm(R) + ":00Z", "timestamp"), '","body":"'] + m + ['"}\n']
    parts += ['{"author":"', L("person", b.full), '","ts":"', N(other_date(R, "iso", 2025, 2025) + "T" + hhmm(R) + ":00Z", "timestamp"), '","body":"',
              {"en": "thanks, order #", "de": "danke, Bestellung Nr. ", "fr": "merci, commande n&deg; ", "es": "gracias, pedido n&ordm; "}[lang], N(ref(R, "######"), "order_no"), '"}']
    q = {"en": "Exported the shop's live-chat as JSON and all the characters are escaped. Can you give me the readable conversation?",
         "de": "Chat-Export aus dem Shop, überall HTML-Entities. Bitte lesbar machen.",
         "fr": "Export du chat de la boutique, plein d'entités HTML. Tu peux le rendre lisible ?",
         "es": "Exporté el chat de la tienda y sale todo con entidades HTML. ¿Me lo dejas legible?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


# ================================================================ mojibake, full-width, transliteration

@tpl(5)
def mojibake_de(R):
    ppl = people(R, "de", 3)
    rows = []
    kind = R.choice(["csv", "letter"])
    if kind == "csv":
        parts = ["Nachname;Vorname;Straße;PLZ;Ort;Telefon;E-Mail;Geburtsdatum\n"]
        for p in ppl:
            st, city = addr(R, "DE")[0]
            z, c = city.split(" ", 1)
            parts += [L("person", p.family), ";", L("person", p.given), ";", L("address", st, sub="de_street"), ";", L("address", z, sub="de_postcode"), ";",
                      L("address", c, sub="de_city"), ";", phone(R, "DE", intl=False), ";", L("email", email_for(R, p)), ";", L("dob", fdate(R, rdate(R, 1950, 2006), "de", 0)), "\n"]
        parts = parts[:-1]
    else:
        a, b = ppl[0], ppl[1]
        parts = [L("person", a.full), " – ", L("address", ", ".join(addr(R, "DE")[0]), sub="de"), "\n\n",
                 "Sehr geehrte", "r Herr " if b.sex == "m" else " Frau ", L("person", b.family), ",\n\n",
                 "für die Übergabe der Wohnung am ", N(other_date(R, "de"), "handover_date"), " schlage ich 10 Uhr vor. Die Kaution (", N(money(R, "€de", 500, 2500), "amount"),
                 ") überweisen Sie bitte auf mein Konto ", iban(R, "DE"), ". Für Rückfragen: ", phone(R, "DE", intl=False), " – ich bin übrigens ab dem ", N(other_date(R, "de"), "absence_date"),
                 " im Urlaub.\n\nMit freundlichen Grüßen\n", L("person", a.full)]
    parts = mojibake(parts, times=2 if R.random() < 0.2 else 1)
    return "mojibake", "de", wrap_req(R, "de", "mojibake", parts)


@tpl(5)
def mojibake_romance(R):
    lang = R.choice(["fr", "es", "pt", "it"])
    cul = {"fr": "fr", "es": "es", "pt": R.choice(["pt", "br"]), "it": "it"}[lang]
    cc = CUL_REGION[cul]
    a, b = people(R, cul, 2)
    lines = addr(R, cc)[0]
    txt = {"fr": ["Objet : résiliation – contrat n° ", " à compter du ", ". Merci de rembourser le dépôt de garantie sur mon compte ", ". Mon numéro : ", ".\n\nBien cordialement,\n"],
           "es": ["Asunto: baja del contrato – nº ", " a partir del ", ". Les ruego devuelvan la fianza a mi cuenta ", ". Mi teléfono: ", ".\n\nUn cordial saludo,\n"],
           "pt": ["Assunto: rescisão – contrato n.º ", " a partir de ", ". Peço a devolução da caução na conta ", ". O meu contacto: ", ".\n\nCom os melhores cumprimentos,\n"],
           "it": ["Oggetto: disdetta – contratto n. ", " a partire dal ", ". Vi prego di restituire il deposito sul conto ", ". Il mio numero: ", ".\n\nCordiali saluti,\n"]}[lang]
    ibcc = {"FR": "FR", "ES": "ES", "PT": "PT", "BR": "PT", "IT": "IT"}[cc]
    parts = [L("person", a.full), "\n", L("address", "\n".join(lines), sub=cc.lower()), "\n", L("email", email_for(R, a)), "\n\n",
             {"fr": "À l'attention de ", "es": "A la atención de ", "pt": "À atenção de ", "it": "Alla cortese attenzione di "}[lang], L("person", b.full), "\n\n",
             txt[0], N(ref(R, "####-###-##"), "contract_no"), txt[1], N(other_date(R, DATE_LANG[lang]), "end_date"), txt[2], iban(R, ibcc), txt[3],
             phone(R, cc, intl=False), txt[4], L("person", a.full)]
    parts = mojibake(parts)
    return "mojibake", lang, wrap_req(R, lang, "mojibake", parts)


@tpl(12)
def mojibake_pl_tr(R):
    lang = R.choice(["pl", "tr"])
    cul, cc = lang, LANG_CC[lang]
    ppl = people(R, cul, 3)
    if lang == "pl":
        parts = ["imie;nazwisko;pesel;telefon;adres\n"]
        for p in ppl:
            d = rdate(R, 1950, 2006)
            parts += [L("person", p.given), ";", L("person", p.family), ";", L("gov_id", pesel_make(R, d, p.sex), sub="pesel"), ";", phone(R, "PL", intl=False), ";",
                      L("address", ", ".join(addr(R, "PL")[0]), sub="pl"), "\n"]
    else:
        parts = ["Ad Soyad,TC Kimlik No,Telefon,E-posta\n"]
        for p in ppl:
            parts += [L("person", p.full), ",", L("gov_id", tckn_make(R), sub="tckn"), ",", phone(R, "TR", intl=False), ",", L("email", email_for(R, p)), "\n"]
    parts = parts[:-1]
    parts = mojibake(parts, times=2 if R.random() < 0.35 else 1)
    return "mojibake", lang, wrap_req(R, lang, "mojibake", parts)


JA_KANA = {"佐々木": "ササキ", "高橋": "タカハシ", "藤原": "フジワラ", "小林": "コバヤシ", "中島": "ナカジマ", "石川": "イシカワ", "森田": "モリタ",
           "岡本": "オカモト", "健太": "ケンタ", "美咲": "ミサキ", "大輔": "ダイスケ", "由美子": "ユミコ", "直子": "ナオコ", "誠": "マコト",
           "彩花": "アヤカ", "拓海": "タクミ"}


def ja_person(R):
    (fk, fr), (gk, gr, sx) = R.choice(JA_FAMILY), R.choice(JA_GIVEN)
    return fk, fr, gk, gr, sx


@tpl(5)
def fullwidth_ja(R):
    fk, fr, gk, gr, sx = ja_person(R)
    d = rdate(R, 1950, 2006)
    pc, pref, rom = R.choice(JP_PLACES)
    ph = phone(R, "JP", intl=False)
    email = R.choice([gr.lower() + "." + fr.lower(), fr.lower() + gr[0].lower() + str(R.randint(1, 99)), gr.lower() + "_" + str(R.randint(1970, 2005))]) + "@" + R.choice(DOMAINS["ja"])
    fw = R.random() < 0.7
    F = fullwidth if fw else (lambda s: s)
    kana = JA_KANA[fk] + "　" + JA_KANA[gk]
    parts = ["【会員登録フォーム】\n", "氏名：", L("person", fk + "　" + gk), "\n", "フリガナ：", L("person", kana), "\n",
             "生年月日：", L("dob", F(fdate(R, d, "ja", 1)) if R.random() < 0.5 else fdate(R, d, "ja", 0)), "\n",
             "住所：", L("address", "〒" + F(pc) + "　" + pref + F("%d-%d-%d" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 20))), sub="jp"), "\n",
             "電話番号：", L("phone", F(ph.value), **ph.meta), "\n", "メール：", L("email", F(email)), "\n",
             "会員番号：", N(F(ref(R, "M########")), "member_no"), "　登録日：", N(other_date(R, "ja", 2025, 2026), "registration_date")]
    if R.random() < 0.4:
        parts += ["\n", "ローマ字：", L("person", (fr.upper() + " " + gr) if R.random() < 0.5 else F(gr + " " + fr))]
    q = R.choice(["全角文字が混ざっていてシステムに登録できません。半角に直してください。",
                  "This came from a Japanese sign-up form and our CRM rejects the full-width characters. Can you normalise it?"])
    return "fullwidth", "ja", [q + "\n\n"] + parts


@tpl(5)
def translit_ru(R):
    sex = R.choice("mf")
    (gc, gls) = R.choice(RU_GIVEN_M if sex == "m" else RU_GIVEN_F)
    (fc2, fl2) = R.choice(RU_FAMILY)
    fc = fc2[0] if sex == "m" else fc2[1]
    fls = fl2[0] if sex == "m" else fl2[1]
    l1, l2 = R.sample(gls, 2) if len(gls) > 1 else (gls[0], gls[0])
    f1, f2 = R.sample(fls, 2)
    d = rdate(R, 1950, 2004)
    s, sl, c, cl, idx = R.choice(RU_PLACES)
    hn, fl = R.randint(1, 80), R.randint(1, 150)
    parts = ["Паспорт гражданина РФ: ", L("person", fc + " " + gc), ", дата рождения ", L("dob", fdate(R, d, "ru", 0)), ", серия и номер ", gov(R, "ru_passport"), "\n",
             "Адрес регистрации: ", L("address", "%s, д. %d, кв. %d, %s, %s" % (s, hn, fl, c, idx), sub="ru"), "\n",
             "Загранпаспорт (латиницей): ", L("person", f1.upper() + " " + l1.upper()), "\n",
             "Бронь отеля на имя: ", L("person", l2 + " " + f2), "\n",
             "Visa application: surname ", L("person", f1.upper()), ", given name ", L("person", l1.upper()), ", address ",
             L("address", "%s, d. %d, kv. %d, %s, %s" % (sl, hn, fl, cl, idx), sub="ru_latin"), ", phone ", phone(R, "RU", intl=True), "\n",
             "Почта: ", L("email", fold(l1).lower().replace("'", "") + "." + fold(f1).lower().replace("'", "") + "@" + R.choice(DOMAINS["ru"]))]
    q = R.choice(["В разных документах моё имя написано латиницей по-разному. Какой вариант указать в визовой анкете?",
                  "My name is transliterated three different ways across these documents. Which spelling should go on the visa form?"])
    return "translit", "ru" if q[0] == "В" else "en", [q + "\n\n"] + parts


@tpl(8)
def translit_zh(R):
    (fk, fr), (gk, gr, sx) = R.choice(ZH_FAMILY), R.choice(ZH_GIVEN)
    d = rdate(R, 1955, 2005)
    dd, road, dl, rl, pc = R.choice(CN_PLACES)
    n1, n2 = R.randint(1, 400), R.randint(101, 2405)
    parts = ["姓名：", L("person", fk + gk), "（", L("person", fr + " " + gr), "）\n", "出生日期：", L("dob", fdate(R, d, "zh", 0)), "\n",
             "身份证号：", L("gov_id", cnrid_make(R, d, "m" if sx == "m" else "f"), sub="cnrid"), "\n", "手机：", phone(R, "CN", intl=False), "\n",
             "地址：", L("address", "%s%s%d号%d室" % (dd, road, n1, n2), sub="cn"), "\n",
             "Address (English): ", L("address", "Room %d, No. %d %s, %s %s" % (n2, n1, rl, dl, pc), sub="cn_latin"), "\n",
             "Name on passport: ", L("person", fr.upper() + " " + gr.upper()), "   Email: ", L("email", (gr + fr).lower() + str(R.randint(1, 999)) + "@" + R.choice(DOMAINS["zh"])), "\n",
             "Order: ", N(ref(R, "##################"), "order_no"), "  ", N("¥" + str(R.randint(50, 2000)) + ".00", "amount")]
    q = R.choice(["请把这段中英混合的信息整理成英文表格。", "The Chinese and pinyin versions don't match in our system, can you line them up?"])
    return "translit", "zh" if q.startswith("请") else "en", [q + "\n\n"] + parts


# ================================================================ machine translation

DE_WORD_NAMES = [("Vogel", "Bird"), ("Fuchs", "Fox"), ("Schneider", "Tailor"), ("Koch", "Cook"), ("Fischer", "Fisher"), ("Becker", "Baker"),
                 ("Schwarz", "Black"), ("Jäger", "Hunter"), ("Zimmermann", "Carpenter"), ("Bauer", "Farmer"), ("Weiß", "White"), ("Klein", "Small")]
DE_STREET_MT = [("Lindenstraße", "Linden Street"), ("Am Mühlgraben", "At the Mill Ditch"), ("Kirchweg", "Church Way"), ("Schulstraße", "School Street"),
                ("Bahnhofstraße", "Station Street"), ("Im Krummen Acker", "In the Crooked Field"), ("Fuchsweg", "Fox Path"), ("Brunnenhof", "Fountain Yard")]


@tpl(5)
def mt_de_en(R):
    a = person(R, "de")
    sn, en = R.choice(DE_WORD_NAMES)
    sex = R.choice("mf")
    g = R.choice(NAMES["de"][0 if sex == "m" else 1])
    st_de, st_en = R.choice(DE_STREET_MT)
    c, z = R.choice(DE_CITIES)
    translate_name = R.random() < 0.6
    shown = en if translate_name else sn
    hon = ("Mr. " if sex == "m" else "Mrs. ")
    c0, z0 = R.choice(DE_CITIES)
    parts = [L("person", a.full), "\n", L("address", "%s %d, %s %s" % (R.choice(DE_STREET_MT)[1], R.randint(1, 80), z0, c0), sub="de_mt"), "\n\n",
             hon, L("person", g + " " + shown), "\n", L("address", "%s %d\n%s %s" % (st_en, R.randint(1, 90), z, c), sub="de_mt"), "\n\n",
             R.choice(["Very honored ", "Highly esteemed "]), hon, L("person", shown), ",\n\n",
             R.choice(["hereby I terminate the rental contract for the garage with effect from ", "with this letter I contradict the operating cost settlement of ",
                       "hereby I ask you for the repayment of the rent security until the "]), N(other_date(R, "de"), "deadline_date"), ". ",
             "Please transfer the amount to my account IBAN ", iban(R, "DE"), ". For queries I am reachable under ", phone(R, "DE", intl=False), ".\n\n",
             R.choice(["With friendly greetings", "With kind greetings", "Friendly greetings"]), "\n", L("person", a.full)]
    return "translation", "en", wrap_req(R, "en", "mt", parts)


@tpl(5)
def mt_ja_en(R):
    fk, fr, gk, gr, sx = ja_person(R)
    fk2, fr2, gk2, gr2, sx2 = ja_person(R)
    pc, pref, rom = R.choice(JP_PLACES)
    n = "%d-%d-%d" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 20))
    parts = [R.choice(["Dear ", "To "]), L("person", fr + " " + gr), R.choice(["-sama", " Sama", " Mr."]), "\n\n",
             "I always receive your kindness. This is ", L("person", fr2 + " " + gr2), " of the management association.\n",
             "About the water leakage of the other day, the repair contractor will visit on ", N(other_date(R, "en", 2025, 2026), "visit_date"),
             ". Please be present if possible.\n", "Address: Postal code ", L("address", "%s %s %s" % (pc, rom, n), sub="jp_latin"), "\n",
             "Contact: ", phone(R, "JP", intl=R.random() < 0.3), " (", L("person", fr2), ")\n", "Mail: ", L("email", gr2.lower() + "." + fr2.lower() + "@" + R.choice(DOMAINS["ja"])), "\n\n",
             "Thank you for your continued favor."]
    return "translation", "en", wrap_req(R, "en", "mt", parts)


GB_STREET_MT = {"fr": [("Tanners Row", "Rangée des Tanneurs"), ("Kiln Lane", "Allée du Four"), ("Mill Race Court", "Cour de la Course du Moulin"), ("Beacon Rise", "Montée de la Balise")],
                "es": [("Tanners Row", "Fila de los Curtidores"), ("Kiln Lane", "Callejón del Horno"), ("Mill Race Court", "Patio de la Carrera del Molino"), ("Beacon Rise", "Subida del Faro")],
                "de": [("Tanners Row", "Gerberreihe"), ("Kiln Lane", "Ofengasse"), ("Mill Race Court", "Mühlrennenhof"), ("Beacon Rise", "Leuchtfeueranstieg")]}


@tpl(5)
def mt_en_xx(R):
    lang = R.choice(["fr", "es", "de"])
    a, b = people(R, "gb", 2)
    st, st_mt = R.choice(GB_STREET_MT[lang])
    t, pc = R.choice(GB_TOWNS)
    n = R.randint(1, 90)
    use_mt = R.random() < 0.6
    street = ("%d %s" % (n, st_mt)) if use_mt else ("%d %s" % (n, st))
    txt = {"fr": ("Cher ", "Nous sommes ravis de confirmer votre réservation du cottage du ", " au ", ". Le dépôt de ", " a été reçu. Veuillez appeler ", " à votre arrivée. Sincèrement,"),
           "es": ("Querido ", "Estamos encantados de confirmar su reserva de la casa de campo del ", " al ", ". Se ha recibido el depósito de ", ". Por favor llame a ", " a su llegada. Sinceramente,"),
           "de": ("Lieber ", "Wir freuen uns, Ihre Buchung des Cottages vom ", " bis ", " zu bestätigen. Die Anzahlung von ", " ist eingegangen. Bitte rufen Sie bei Ankunft ", " an. Aufrichtig,")}[lang]
    dp = date_pair(R, DATE_LANG[lang])
    parts = [txt[0], L("person", b.given), ",\n\n", txt[1], N(dp[0], "arrival_date"), txt[2], N(dp[1], "departure_date"), txt[3] if lang != "de" else txt[3],
             N(money(R, "£", 100, 600), "amount"), txt[4], L("person", a.given), " ", phone(R, "GB", intl=True, text_region=LANG_CC[lang]) if R.random() < 0.5 else phone(R, "GB", intl=True),
             txt[5] if lang != "de" else txt[5], "\n", L("person", a.full), "\n", L("address", "%s, %s, %s" % (street, t, pc), sub="gb_mt"), "\n", L("email", email_for(R, a))]
    q = {"fr": "Le propriétaire anglais a passé son message dans un traducteur. Tu peux me dire ce qu'il voulait dire exactement ?",
         "es": "El dueño inglés pasó su mensaje por un traductor. ¿Qué quería decir en realidad?",
         "de": "Der englische Vermieter hat seine Nachricht durch einen Übersetzer gejagt. Was meint er genau?"}[lang]
    return "translation", lang, [q + "\n\n"] + parts


@tpl(5)
def mt_side_by_side(R):
    src, dst = R.choice([("de", "en"), ("fr", "en"), ("es", "en"), ("it", "en"), ("nl", "en")])
    cul, cc = LANG_CUL[src], LANG_CC[src]
    p = person(R, cul)
    ph = phone(R, cc, intl=True)
    e = email_for(R, p)
    st, city = addr(R, cc)[0][:2]
    orig = {"de": ["Name: ", "Anschrift: ", "Telefon: ", "E-Mail: ", "Bitte vor 18 Uhr anrufen."],
            "fr": ["Nom : ", "Adresse : ", "Téléphone : ", "Courriel : ", "Merci d'appeler avant 18 h."],
            "es": ["Nombre: ", "Dirección: ", "Teléfono: ", "Correo: ", "Llamar antes de las 18 h."],
            "it": ["Nome: ", "Indirizzo: ", "Telefono: ", "E-mail: ", "Chiamare prima delle 18."],
            "nl": ["Naam: ", "Adres: ", "Telefoon: ", "E-mail: ", "Graag bellen voor 18 uur."]}[src]
    tr = ["Name: ", "Address: ", "Phone: ", "Email: ", {"de": "Please call before 6 p.m. o'clock.", "fr": "Thank you to call before 18 h.", "es": "Call before the 18 h.",
                                                       "it": "To call before the 18.", "nl": "Please call before 18 hour."}[src]]
    left = [[orig[0], L("person", p.full)], [orig[1], L("address", st + ", " + city, sub=cc.lower())], [orig[2], L("phone", ph.value, **ph.meta)], [orig[3], L("email", e)], [orig[4]]]
    right = [[tr[0], L("person", p.full)], [tr[1], L("address", st + ", " + city, sub=cc.lower())], [tr[2], L("phone", ph.value, **ph.meta)], [tr[3], L("email", e)], [tr[4]]]
    parts = ["ORIGINAL" + " " * 34 + "TRANSLATION (" + dst.upper() + ")\n"] + interleave(left, right, mode=R.choice(["side", "alt"]), width=R.choice([50, 60]))
    q = "I copied the side-by-side view from the translation tool and the columns merged. Can you give me just the English?"
    return "translation", src, [q + "\n\n"] + parts


# ================================================================ chat and SMS exports

@tpl(6)
def chat_export_android(R):
    lang = pick_lang(R, ["es", "it", "pt", "de"])
    cul = {"en": "gb", "es": "es", "it": "it", "pt": R.choice(["pt", "br"]), "de": "de"}[lang]
    cc = CUL_REGION[cul]
    a, b, c = people(R, cul, 3)
    dfmt = lambda: "%02d/%02d/%04d, %s" % (R.randint(1, 28), R.randint(1, 12), 2025, hhmm(R))
    M = {"en": [lambda: ["can someone send me ", L("person", c.given), "'s number"], lambda: [phone(R, cc, intl=False)],
                lambda: ["party is at ours, ", L("address", ", ".join(addr(R, cc)[0][:2]), sub="gb_street_town"), ", 7pm"], lambda: ["<Media omitted>"],
                lambda: ["my new email ", L("email", email_for(R, a))], lambda: ["This message was deleted"], lambda: ["🎂🎉"]],
         "es": [lambda: ["¿alguien me pasa el número de ", L("person", c.given), "?"], lambda: [phone(R, cc, intl=False)],
                lambda: ["la cena es en casa, ", L("address", ", ".join(addr(R, cc)[0]), sub="es"), ", a las 21h"], lambda: ["<Multimedia omitido>"],
                lambda: ["mi correo nuevo: ", L("email", email_for(R, a))], lambda: ["Se eliminó este mensaje"]],
         "it": [lambda: ["qualcuno ha il numero di ", L("person", c.given), "?"], lambda: [phone(R, cc, intl=False)],
                lambda: ["la festa è da noi, ", L("address", ", ".join(addr(R, cc)[0]), sub="it"), " alle 20"], lambda: ["<Media omessi>"],
                lambda: ["la mia nuova mail ", L("email", email_for(R, a))], lambda: ["Questo messaggio è stato eliminato"]],
         "pt": [lambda: ["alguém tem o número da ", L("person", c.given), "?"], lambda: [phone(R, cc, intl=False)],
                lambda: ["o jantar é cá em casa, ", L("address", ", ".join(addr(R, cc)[0]), sub=cc.lower()), ", às 20h"], lambda: ["<Multimédia omitido>"],
                lambda: ["o meu email novo ", L("email", email_for(R, a))], lambda: ["Esta mensagem foi apagada"]],
         "de": [lambda: ["hat jemand die Nummer von ", L("person", c.given), "?"], lambda: [phone(R, cc, intl=False)],
                lambda: ["Feier ist bei uns, ", L("address", " ".join(addr(R, cc)[0]), sub="de"), ", 19 Uhr"], lambda: ["<Medien ausgeschlossen>"],
                lambda: ["meine neue Mail: ", L("email", email_for(R, a))], lambda: ["Diese Nachricht wurde gelöscht."]]}[lang]
    seq = [0, 1, 2] + R.sample(range(3, len(M)), 2)
    if R.random() < 0.5:
        ibcc = {"en": "GB", "es": "ES", "it": "IT", "pt": "PT" if cc == "PT" else None, "de": "DE"}[lang]
        if ibcc:
            M = M + [lambda: [{"en": "for the cottage deposit, my IBAN: ", "es": "para el bote, mi IBAN: ", "it": "per la cena, il mio IBAN: ", "pt": "para a prenda, o meu IBAN: ",
                               "de": "für die Kasse, meine IBAN: "}[lang], iban(R, ibcc)]]
            seq.append(len(M) - 1)
    who = [a, b, a, b, a, b]
    parts = [N(dfmt(), "chat_timestamp"), " - ", {"en": "Messages and calls are end-to-end encrypted.", "es": "Los mensajes y las llamadas están cifrados de extremo a extremo.",
                                                 "it": "I messaggi e le chiamate sono crittografati end-to-end.", "pt": "As mensagens e chamadas são protegidas com a criptografia de ponta a ponta.",
                                                 "de": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt."}[lang], "\n"]
    for k, i in enumerate(seq):
        sender = [L("person", who[k].full)] if R.random() < 0.8 else [phone(R, cc, intl=True)]
        parts += [N(dfmt(), "chat_timestamp"), " - "] + sender + [": "] + M[i]() + ["\n"]
    parts = parts[:-1]
    return "chat_export", lang, wrap_req(R, lang, "chat", parts)


@tpl(5)
def chat_export_telegram(R):
    lang = pick_lang(R, ["ru", "de"])
    if lang == "ru":
        sex = R.choice("mf")
        (gc, gls) = R.choice(RU_GIVEN_M if sex == "m" else RU_GIVEN_F)
        (fc2, fl2) = R.choice(RU_FAMILY)
        a_name = gc + " " + (fc2[0] if sex == "m" else fc2[1])
        (gc2, _) = R.choice(RU_GIVEN_F if sex == "m" else RU_GIVEN_M)
        b_name = gc2
        s, sl, c, cl, idx = R.choice(RU_PLACES)
        msgs = [(a_name, ["привет, новый адрес: ", L("address", "%s, д. %d, кв. %d, %s" % (s, R.randint(1, 80), R.randint(1, 150), c), sub="ru")]),
                (b_name, ["записала. телефон тот же?"]), (a_name, ["нет, новый ", phone(R, "RU", intl=False)]), (b_name, ["ок 👍"])]
    else:
        cul = LANG_CUL[lang]
        a, b = people(R, cul, 2)
        a_name, b_name = a.full, b.given
        cc = LANG_CC[lang]
        if lang == "de":
            msgs = [(a_name, ["Hi, neue Adresse: ", L("address", " ".join(addr(R, "DE")[0]), sub="de")]), (b_name, ["notiert. Nummer gleich?"]),
                    (a_name, ["nein, neu: ", phone(R, cc, intl=False)]), (b_name, ["👍"])]
        else:
            msgs = [(a_name, ["new address: ", L("address", ", ".join(addr(R, "GB")[0]), sub="gb")]), (b_name, ["got it. same number?"]),
                    (a_name, ["no, new one ", phone(R, "GB", intl=False)]), (b_name, ["👍"])]
    parts = []
    for nm, m in msgs:
        parts += [L("person", nm), ", [", N("%02d.%02d.%d %s" % (R.randint(1, 28), R.randint(1, 12), 2025, hhmm(R)), "chat_timestamp"), "]\n"] + m + ["\n\n"]
    parts = parts[:-1]
    return "chat_export", lang, wrap_req(R, lang, "chat", parts)


@tpl(5)
def sms_backup_csv(R):
    lang = pick_lang(R, ["de", "nl", "fr"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    ppl = people(R, cul, 2)
    parts = ["date,type,address,contact_name,body\n"]
    rows = []
    for p in ppl:
        ph = phone(R, cc, intl=R.random() < 0.5)
        body = {"en": [["see you at ", L("address", ", ".join(addr(R, "GB")[0][:2]), sub="gb_street_town"), " at 8"], ["sorted, thanks x"], ["my email is ", L("email", email_for(R, p))]],
                "de": [["bin um 8 in der ", L("address", addr(R, "DE")[0][0], sub="de_street")], ["passt, danke"], ["Mail: ", L("email", email_for(R, p))]],
                "nl": [["ik ben om 8 uur op ", L("address", addr(R, "NL")[0][0], sub="nl_street")], ["top, dank je"], ["mail: ", L("email", email_for(R, p))]],
                "fr": [["rdv au ", L("address", addr(R, "FR")[0][0], sub="fr_street"), " à 20h"], ["ok merci"], ["mon mail : ", L("email", email_for(R, p))]]}[lang]
        for b in R.sample(body, 2):
            rows.append([N(str(R.randint(1735000000000, 1767000000000)), "epoch_ms"), ",", R.choice(["1", "2"]), ",\"", L("phone", ph.value, **ph.meta), "\",\"", L("person", p.full), "\",\""] + b + ["\"\n"])
    svc = {"en": ("BANK", "Your one-time code is ", ". Never share it."), "de": ("DHL", "Ihr Paket ", " kommt heute."), "nl": ("PostNL", "Je pakket ", " wordt vandaag bezorgd."),
           "fr": ("AMELI", "Votre code de vérification : ", ".")}[lang]
    rows.append([N(str(R.randint(1735000000000, 1767000000000)), "epoch_ms"), ",1,\"", N(svc[0], "sender_id"), "\",\"\",\"", svc[1],
                 N(digits(R, 6) if lang in ("en", "fr") else ref(R, "JJD##############"), "otp_code" if lang in ("en", "fr") else "tracking_no"), svc[2], "\"\n"])
    R.shuffle(rows)
    for r in rows:
        parts += r
    parts[-1] = parts[-1].rstrip("\n")
    q = {"en": "Exported my texts with SMS Backup. Can you turn this CSV into a readable conversation?", "de": "SMS-Backup als CSV. Kannst du daraus einen lesbaren Verlauf machen?",
         "nl": "Sms-back-up als CSV. Maak je er een leesbaar gesprek van?", "fr": "Sauvegarde de mes SMS en CSV. Tu peux en faire une conversation lisible ?"}[lang]
    return "chat_export", lang, [q + "\n\n"] + parts


@tpl(5)
def chat_export_slack(R):
    lang = pick_lang(R, ["de", "nl"])
    cul = LANG_CUL[lang]
    a, b = people(R, cul, 2)
    pw = password(R)
    h = ip(R, R.choice(["v4", "private", "private"]))
    tk = R.choice(["github_pat", "gitlab_pat", "npm_token", "slack_token"])
    t = lambda: N(R.choice(["%d:%02d AM" % (R.randint(8, 11), R.randint(0, 59)), "%d:%02d PM" % (R.randint(1, 6), R.randint(0, 59)), hhmm(R)]), "msg_time")
    parts = [L("person", a.full), "  ", t(), "\n", {"en": "can you try the staging db again? host is ", "de": "kannst du nochmal die Staging-DB probieren? Host ist ", "nl": "kun je de staging-db nog eens proberen? host is "}[lang],
             L("ip", h.value, sub=h.meta["sub"]), ", user ", N("app_rw", "db_user"), {"en": ", password ", "de": ", Passwort ", "nl": ", wachtwoord "}[lang], L("secret", pw, sub="password"), "\n",
             L("person", b.full), "  ", t(), "\n", {"en": "works now 👍 also here's the token for the CI runner ", "de": "geht jetzt 👍 hier noch das Token für den CI-Runner ", "nl": "werkt 👍 hier het token voor de CI-runner "}[lang],
             L("secret", secret_random(R, tk), sub=tk), "\n", N("1 reply", "thread_meta"), "\n", L("person", a.full), "  ", t(), "\n",
             {"en": "thanks. I'm off tomorrow, call me on ", "de": "danke. Bin morgen weg, im Notfall ", "nl": "dank. Morgen vrij, bel me op "}[lang], phone(R, LANG_CC[lang], intl=False, kind="mobile"), "\n",
             N(":white_check_mark:", "emoji_code"), " ", N("2", "reaction_count")]
    q = {"en": "I copied this out of Slack for an incident report. Please replace anything sensitive with placeholders and summarise.",
         "de": "Aus Slack kopiert für den Vorfallbericht. Bitte sensible Daten ersetzen und zusammenfassen.",
         "nl": "Uit Slack gekopieerd voor het incidentrapport. Vervang gevoelige gegevens en vat samen."}[lang]
    return "chat_export", lang, [q + "\n\n"] + parts



# ================================================================ more damaged pastes (structured values)

@tpl(14)
def html_checkout_dump(R):
    lang = pick_lang(R, ["de", "fr", "es"])
    cul, cc = LANG_CUL[lang], LANG_CC[lang]
    p = person(R, cul)
    c = card(R, sep=R.choice([" ", ""]))
    lines = addr(R, cc)[0]
    f = {"en": ("Order form submission", "Billing name", "Billing address", "Card number", "Expiry", "CVC"), "de": ("Bestellformular", "Name", "Rechnungsadresse", "Kartennummer", "Ablauf", "Prüfziffer"),
         "fr": ("Formulaire de commande", "Nom", "Adresse de facturation", "Numéro de carte", "Expiration", "Cryptogramme"),
         "es": ("Formulario de pedido", "Nombre", "Dirección de facturación", "Número de tarjeta", "Caducidad", "CVC")}[lang]
    parts = ["<h3>", f[0], " #", N(ref(R, "#####"), "order_no"), "</h3>\n<b>", f[1], ":</b>&nbsp;", L("person", p.full), "<br>\n<b>", f[2], ":</b>&nbsp;",
             addr_split(lines, "<br>", cc.lower()), "<br>\n<b>E-mail:</b>&nbsp;<a href=\"mailto:", L("email", email_for(R, p)), "\">", N("link", "link_text"), "</a><br>\n",
             "<b>Tel:</b>&nbsp;", phone(R, cc), "<br>\n<b>", f[3], ":</b>&nbsp;", c, "<br>\n<b>", f[4], ":</b>&nbsp;", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"),
             "&nbsp;&nbsp;<b>", f[5], ":</b>&nbsp;", N(digits(R, 3), "cvc"), "<br>\n<small>", {"en": "Submitted from", "de": "Gesendet von", "fr": "Envoyé depuis", "es": "Enviado desde"}[lang],
             " ", ip(R, R.choice(["v4", "v4", "v6"])), " &middot; ", N(other_date(R, "iso", 2025, 2026) + " " + hhmm(R), "timestamp"), "</small>"]
    q = {"en": "Our old website plugin emails us card details in plain HTML like this. Is that as bad as I think? Can you show me the fields so I can key it into the terminal?",
         "de": "Das alte Shop-Plugin schickt uns Kartendaten als HTML. Wie schlimm ist das? Zeig mir bitte die Felder.",
         "fr": "Le vieux module de la boutique nous envoie les cartes en HTML. C'est grave ? Montre-moi les champs.",
         "es": "El plugin antiguo nos manda las tarjetas en HTML. ¿Es tan grave como creo? Enséñame los campos."}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(5)
def chat_card_share(R):
    lang = pick_lang(R, ["de", "es", "it", "nl", "pt"])
    cul = {"en": "gb", "de": "de", "es": "es", "it": "it", "nl": "nl", "pt": "br"}[lang]
    a, b = people(R, cul, 2)
    c = card(R, R.choice(["visa", "mastercard", "amex", "mastercard2"]))
    ts = lambda: N("[%02d/%02d/2025 %s:%02d]" % (R.randint(1, 28), R.randint(1, 12), hhmm(R), R.randint(0, 59)), "chat_timestamp")
    words = {"en": ("can you book the tickets on my card", "sure send it", "exp", "security code on the back is", "done, confirmation"),
             "de": ("kannst du die Tickets mit meiner Karte buchen", "klar, schick", "gültig bis", "Prüfnummer hinten:", "erledigt, Bestätigung"),
             "es": ("¿me reservas las entradas con mi tarjeta?", "vale, pásamela", "caduca", "el código de atrás es", "hecho, confirmación"),
             "it": ("mi prenoti i biglietti con la mia carta?", "certo, mandamela", "scad.", "il codice dietro è", "fatto, conferma"),
             "nl": ("kun je de kaartjes met mijn creditcard boeken?", "tuurlijk, stuur maar", "geldig tot", "de code achterop is", "klaar, bevestiging"),
             "pt": ("pode comprar os ingressos no meu cartão?", "claro, manda", "validade", "o código atrás é", "feito, confirmação")}[lang]
    holder = (fold(a.full) if R.random() < 0.5 else a.full).upper()
    parts = [ts(), " ", L("person", a.full), ": ", words[0], " ", c, " ", words[2], " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"),
             " ", L("person", holder), ", ", words[3], " ", N(digits(R, 4 if c.meta["sub"] == "amex" else 3), "cvc"), "\n",
             ts(), " ", L("person", b.full), ": ", words[4], " ", N(ref(R, "AA######"), "booking_ref")]
    if R.random() < 0.4:
        parts = mojibake(parts)
    return "chat_export", lang, wrap_req(R, lang, "chat", parts)


@tpl(5)
def email_credentials(R):
    lang = pick_lang(R, ["de", "nl", "fr"])
    cul = LANG_CUL[lang]
    it, new, mgr = people(R, cul, 3)
    co, dom = COS[lang]
    uname = fold(new.given[0] + new.family).lower().replace(" ", "")
    pw, vpn = password(R), rnd(R, ALNUM, 20)
    wifi = wifi_key(R)
    t = {"en": ("Welcome aboard! Your accounts are ready:", "Username", "Temporary password (change at first login)", "VPN pre-shared key", "Guest Wi-Fi", "Any problems call the service desk on"),
         "de": ("Willkommen! Deine Zugänge sind eingerichtet:", "Benutzername", "Startpasswort (beim ersten Login ändern)", "VPN-Schlüssel (PSK)", "Gäste-WLAN", "Bei Problemen: Servicedesk"),
         "nl": ("Welkom! Je accounts staan klaar:", "Gebruikersnaam", "Tijdelijk wachtwoord (wijzigen bij eerste login)", "VPN-sleutel", "Gastenwifi", "Problemen? Bel de servicedesk op"),
         "fr": ("Bienvenue ! Vos accès sont prêts :", "Identifiant", "Mot de passe provisoire (à changer à la première connexion)", "Clé VPN (PSK)", "Wi-Fi invités", "En cas de souci, service desk au")}[lang]
    inner = [t[0], "\n", t[1], ": ", N(uname if R.random() < 0.0 else "u" + digits(R, 5), "username"), "\n", t[2], ": ", L("secret", pw, sub="password"), "\n",
             t[3], ": ", L("secret", vpn, sub="vpn_psk"), "\n", t[4], ": ", N("GUEST-" + ref(R, "AA"), "ssid"), " / ", L("secret", wifi, sub="wifi_psk"), "\n",
             t[5], " ", N("#" + str(R.randint(2000, 2999)), "internal_extension"), ".\n\n", L("person", it.full), "\n", N("IT Service Desk · " + co, "company_name")]
    inner = hard_wrap(R, inner, 72)
    hd = HDR[lang]
    ne = email_for(R, new, dom=dom)
    parts = [{"en": "Forwarding this to my personal address so I have it at home.", "de": "Leite ich mir privat weiter.", "nl": "Even doorsturen naar mijn privéadres.",
              "fr": "Je me le transfère sur ma boîte perso."}[lang], "\n\n", FWD[lang], "\n", hd[0], ": ", L("person", it.full), " <", L("email", email_for(R, it, dom=dom)), ">\n",
             hd[2], ": ", L("person", new.full), " <", L("email", ne), ">\n", hd[3], ": ", L("person", mgr.full), "\n", hd[4], ": ", {"en": "Your accounts", "de": "Deine Zugänge", "nl": "Je accounts", "fr": "Vos accès"}[lang], "\n\n"] + inner
    if R.random() < 0.5:
        parts = quote(parts, 1)
        parts = [{"en": "Can you make a checklist from this for my first day?", "de": "Mach mir daraus eine Checkliste für den ersten Tag?", "nl": "Maak hier een checklist van voor mijn eerste dag?",
                  "fr": "Tu peux en faire une checklist pour mon premier jour ?"}[lang] + "\n\n"] + parts
        return "email", lang, parts
    return "email", lang, wrap_req(R, lang, "email", parts)


@tpl(12)
def markup_issue_env(R):
    k1 = R.choice(["stripe", "sendgrid", "openai", "google_api_key", "anthropic", "twilio"])
    k2 = R.choice(["aws_access_key_id", "github_pat", "slack_webhook", "npm_token"])
    dbpw = password(R)
    host = ip(R, R.choice(["v4", "private"]))
    u = person(R, R.choice(["gb", "us", "in", "de"]))
    parts = ['<div class="comment-body"><p>Same error here after upgrading to ', N("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), "version"), ". My config:</p>\n<pre><code>",
             "DATABASE_URL=postgres://app:", L("secret", dbpw.replace("&", "&amp;"), sub="password"), "@", L("ip", host.value, sub=host.meta["sub"]), ":5432/app\n",
             {"stripe": "STRIPE_SECRET_KEY", "sendgrid": "SENDGRID_API_KEY", "openai": "OPENAI_API_KEY", "google_api_key": "GOOGLE_MAPS_KEY", "anthropic": "ANTHROPIC_API_KEY", "twilio": "TWILIO_API_KEY"}[k1] + "=", L("secret", secret_random(R, k1), sub=k1), "\n", {"aws_access_key_id": "AWS_ACCESS_KEY_ID", "github_pat": "GH_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL", "npm_token": "NPM_TOKEN"}[k2] + "=", L("secret", secret_random(R, k2), sub=k2), "\n",
             "SENTRY_DSN=\nNODE_ENV=production\n</code></pre>\n<p>Stack trace says <code>ECONNREFUSED ", N("127.0.0.1", "loopback"), ":6379</code>. Any idea?</p>\n",
             '<p>&mdash; <a href="https://github.com/', N("u" + digits(R, 5), "username"), '">', L("person", u.full), "</a></p></div>"]
    q = R.choice(["I copied a comment from a GitHub issue and got the raw HTML. What's wrong with their setup? (Also: did they just leak their keys?)",
                  "The issue page rendered as HTML source in my reader. Summarise the problem and tell me what should be rotated."])
    return "markup", "en", [q + "\n\n"] + parts


@tpl(11)
def ocr_w2_form(R):
    e = person(R, "us")
    lines = addr(R, "US")[0]
    a, g, sn = ssn_random(R)
    wages = R.randint(18000, 160000)
    parts = ["Form W-2 Wage and Tax Statement ", N(str(R.randint(2023, 2025)), "tax_year"), "\n",
             "a Employee's social security number  ", L("gov_id", "%s-%s-%s" % (a, g, sn), sub="ssn"), "\n",
             "b Employer identification number (EIN)  ", N("%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)), "ein"), "\n",
             "c Employer's name, address, and ZIP code\n", N(R.choice(["Tamarack Logistics LLC", "Bluestem Dental Group PC", "Redbud Software Inc."]), "employer_name"), "\n",
             N("%d Commerce Pkwy, %s" % (R.randint(100, 9000), R.choice(["Boise, ID 83705", "Eugene, OR 97402", "Duluth, MN 55811"])), "employer_address"), "\n",
             "d Control number  ", N(ref(R, "#####"), "control_no"), "\n",
             "e Employee's first name and initial  Last name\n", L("person", "%s %s. %s" % (e.given, R.choice("ABCDEJKLMRST"), e.family)), "\n",
             "f Employee's address and ZIP code\n", L("address", "\n".join(lines), sub="us"), "\n",
             "1 Wages, tips, other compensation  ", N("{:,}.00".format(wages), "amount"), "   2 Federal income tax withheld  ", N("{:,}.00".format(wages // 7), "amount"), "\n",
             "15 State  ", N(lines[-1].split(",")[1].split()[0], "state_code"), "  Employer's state ID number  ", N(ref(R, "#######-##"), "state_employer_id")]
    parts = ocr_noise(R, parts, rate=0.06, bars=0.4, neg_rate=0.3)
    q = R.choice(["I scanned my W-2 to send to my tax preparer. Can you check the OCR picked up the boxes right?", "OCR of my W-2, please list box 1 and 2 and confirm my SSN came through clean."])
    return "ocr", "en", [q + "\n\n"] + parts


@tpl(14)
def mojibake_id_list(R):
    lang = pick_lang(R, ["es", "pt", "br", "fr", "it"], 0.4)
    cul = "us" if lang == "en" else lang
    ppl = people(R, cul, 3)
    if lang == "es":
        head, k = "Apellidos;Nombre;DNI/NIE;Fecha nacimiento\n", None
    elif lang == "pt":
        head = "Nome;NIF;Data de nascimento\n"
    elif lang == "br":
        head = "Nome;CPF;Nascimento\n"
    elif lang == "fr":
        head = "Nom;Prénom;N° sécu;Né(e) le\n"
    elif lang == "it":
        head = "Cognome;Nome;Codice fiscale;Data di nascita\n"
    else:
        head = "Name;SSN;DOB – MM/DD/YYYY\n"
    parts = [head]
    for p in ppl:
        d = rdate(R, 1950, 2008)
        if lang == "es":
            s2 = R.choice([x for x in NAMES["es"][2] if x != p.family])
            parts += [L("person", p.family + " " + s2), ";", L("person", p.given), ";", gov(R, R.choice(["dni", "dni", "nie"])), ";", L("dob", fdate(R, d, "es", 0))]
        elif lang == "pt":
            parts += [L("person", p.full), ";", gov(R, "nif_pt"), ";", L("dob", fdate(R, d, "pt", 0))]
        elif lang == "br":
            parts += [L("person", p.full), ";", gov(R, "cpf"), ";", L("dob", fdate(R, d, "pt", 0))]
        elif lang == "fr":
            parts += [L("person", p.family.upper()), ";", L("person", p.given), ";", gov(R, "nir", p=p, ymd=d), ";", L("dob", fdate(R, d, "fr", 0))]
        elif lang == "en":
            parts += [L("person", p.full), ";", gov(R, "ssn"), ";", L("dob", fdate(R, d, "us", 0))]
        else:
            parts += [L("person", p.family), ";", L("person", p.given), ";", L("gov_id", cf_make(fold(p.family), fold(p.given), d[0] % 100, d[1], d[2], p.sex == "f", BELFIORE[R.choice(sorted(BELFIORE))]), sub="cf"), ";", L("dob", fdate(R, d, "it", 0))]
        parts.append("\n")
    parts = parts[:-1]
    parts = mojibake(parts, times=2 if R.random() < 0.25 else 1)
    lg = "pt" if lang == "br" else lang
    return "mojibake", lg, wrap_req(R, lg, "mojibake", parts)


@tpl(5)
def chat_kyc_in(R):
    a, b = people(R, "in", 2)
    d = rdate(R, 1960, 2004)
    ad = aadhaar_random(R)
    ts = lambda: N("%02d/%02d/25, %d:%02d %s" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 12), R.randint(0, 59), R.choice(["am", "pm"])), "chat_timestamp")
    parts = [ts(), " - ", L("person", a.full), ": bhai bank wale KYC maang rahe hai, form bhar do pls\n",
             ts(), " - ", L("person", b.full), ": haan details bhejo\n",
             ts(), " - ", L("person", a.full), ": PAN ", L("gov_id", pan_random(R, "P", fold(a.family)), sub="pan"), " aadhaar ", L("gov_id", "%s %s %s" % (ad[:4], ad[4:8], ad[8:]), sub="aadhaar"),
             " dob ", L("dob", fdate(R, d, "in")), " address ", L("address", ", ".join(addr(R, "IN")[0]), sub="in"), "\n",
             ts(), " - ", L("person", b.full), ": mobile wahi ", phone(R, "IN", intl=False), " hai na?\n", ts(), " - ", L("person", a.full), ": haan. OTP aayega toh bata dunga, ",
             N("IFSC " + ref(R, "AAAA0######"), "ifsc"), " bhi chahiye?"]
    if R.random() < 0.3:
        parts = mojibake(parts)
    return "chat_export", "in", wrap_req(R, "in", "chat", parts)


@tpl(14)
def mojibake_sepa_csv(R):
    lang = pick_lang(R, ["de", "de", "fr", "es", "nl", "pl"], 0.4)
    cul = LANG_CUL[lang]
    ppl = people(R, cul, 3)
    cc = LANG_CC[lang]
    head = {"de": "Name;IBAN;Betrag;Verwendungszweck\n", "fr": "Nom;IBAN;Montant;Libellé\n", "es": "Nombre;IBAN;Importe;Concepto\n", "nl": "Naam;IBAN;Bedrag;Omschrijving\n",
            "pl": "Nazwa;IBAN;Kwota;Tytuł\n", "en": "Payee name;IBAN;Amount;Reference – note\n"}[lang]
    why = {"de": "Rückerstattung Kursgebühr", "fr": "Remboursement cotisation", "es": "Devolución cuota", "nl": "Terugbetaling contributie", "pl": "Zwrot składki",
           "en": "Refund – cancelled course"}[lang]
    cur = {"de": "€de", "fr": "€fr", "es": "€de", "nl": "€nl", "pl": "zł", "en": "£"}[lang]
    parts = [head]
    for p in ppl:
        parts += [L("person", p.full), ";", iban(R, cc, fmt=R.choice(["compact", "grp"])), ";", N(money(R, cur, 10, 300), "amount"), ";", why, " ", N(ref(R, "####/##"), "reference_no"), "\n"]
    parts = parts[:-1]
    parts = mojibake(parts, times=2 if R.random() < 0.3 else 1)
    return "mojibake", lang, wrap_req(R, lang, "mojibake", parts)


@tpl(5)
def email_signin_alert(R):
    lang = pick_lang(R, ["de", "es", "fr"])
    cul = LANG_CUL[lang]
    p = person(R, cul)
    e = email_for(R, p)
    i1, i2 = ip(R, "v4"), ip(R, R.choice(["v4", "v6"]))
    t = {"en": ("New sign-in to your account", "We noticed a new sign-in from", "Location", "Device", "Previous sign-in", "If this was you, you can ignore this message."),
         "de": ("Neue Anmeldung bei Ihrem Konto", "Wir haben eine neue Anmeldung von", "Ort", "Gerät", "Vorherige Anmeldung", "Wenn Sie das waren, können Sie diese Nachricht ignorieren."),
         "es": ("Nuevo inicio de sesión en tu cuenta", "Hemos detectado un inicio de sesión desde", "Ubicación", "Dispositivo", "Inicio anterior", "Si fuiste tú, ignora este mensaje."),
         "fr": ("Nouvelle connexion à votre compte", "Nous avons détecté une connexion depuis", "Lieu", "Appareil", "Connexion précédente", "Si c'était vous, ignorez ce message.")}[lang]
    inner = [t[0], "\n\n", {"en": "Hi ", "de": "Hallo ", "es": "Hola ", "fr": "Bonjour "}[lang], L("person", p.given), ",\n", t[1], " ", i1, " (", L("email", e), ").\n",
             t[2], ": ", N(R.choice(["Lagos, NG", "Frankfurt am Main, DE", "São Paulo, BR", "Ashburn, US", "Bucharest, RO"]), "geo_location"), "\n",
             t[3], ": ", N(R.choice(["Chrome on Windows 11", "Safari on iPhone", "Firefox on Linux"]), "user_agent"), "\n", t[4], ": ", L("ip", i2.value, sub=i2.meta["sub"]), "\n", t[5]]
    inner = hard_wrap(R, inner, 72)
    hd = HDR[lang]
    parts = [hd[0], ": ", N("Account Security <no-reply@accounts.example.com>", "role_email"), "\n", hd[2], ": ", L("email", e), "\n", hd[4], ": ", t[0], "\n\n"] + quote(inner, R.choice([1, 2]))
    q = {"en": "My dad forwarded this, quoted twice, is it a scam? The first IP isn't ours.", "de": "Mein Vater hat mir das weitergeleitet. Echt oder Betrug?",
         "es": "Mi madre me reenvió esto. ¿Es una estafa?", "fr": "Ma mère m'a transféré ça. Arnaque ou pas ?"}[lang]
    return "email", lang, [q + "\n\n"] + parts


@tpl(8)
def mt_birth_certificate(R):
    src = R.choice(["de", "es", "it", "pl", "tr", "pt"])
    cul = {"de": "de", "es": "es", "it": "it", "pl": "pl", "tr": "tr", "pt": "br"}[src]
    child = person(R, cul)
    mo = person(R, cul, sex="f")
    fa = person(R, cul, sex="m", family=child.family)
    d = rdate(R, 1975, 2012)
    dm, df = rdate(R, 1950, d[0] - 18), rdate(R, 1945, d[0] - 18)
    place = {"de": "Lüneburg", "es": "Burgos", "it": "Pavia", "pl": "Toruń", "tr": "Kadıköy", "pt": "Recife"}[src]
    parts = [{"de": "BIRTH CERTIFICATE (translation from the German)", "es": "CERTIFICATE OF LITERAL BIRTH (translation)", "it": "EXTRACT OF THE ACT OF BIRTH (translation)",
              "pl": "SHORTENED COPY OF THE BIRTH ACT (translation)", "tr": "POPULATION REGISTER SAMPLE (translation)", "pt": "CERTIFICATE OF BIRTH (translation)"}[src], "\n",
             "Register number: ", N(ref(R, "G ###/####"), "register_no"), "\n",
             "First names of the child: ", L("person", child.given), "\n", "Family name: ", L("person", child.family), "\n",
             "Day of birth: ", L("dob", fdate(R, d, "en", R.choice([0, 1]))), "   Place of birth: ", N(place, "city"), "\n",
             "Mother: ", L("person", mo.full), ", born ", L("dob", fdate(R, dm, "en", 1)), "\n", "Father: ", L("person", fa.full), ", born ", L("dob", fdate(R, df, "en", 1)), "\n"]
    if src == "pl":
        parts += ["PESEL of the child: ", L("gov_id", pesel_make(R, d, child.sex), sub="pesel"), "\n"]
    elif src == "tr":
        parts += ["T.R. identity number: ", gov(R, "tckn"), "\n"]
    elif src == "it":
        parts += ["Tax code: ", L("gov_id", cf_make(fold(child.family), fold(child.given), d[0] % 100, d[1], d[2], child.sex == "f", BELFIORE["Pavia"]), sub="cf"), "\n"]
    elif src == "pt":
        parts += ["CPF: ", gov(R, "cpf"), "\n"]
    parts += ["Issued on ", N(other_date(R, "en", 2024, 2026), "issue_date"), " — The registrar (signature illegible)"]
    q = R.choice(["This is the machine translation of my birth certificate for the visa office. Does it read right? Fix the awkward wording.",
                  "Google-translated birth certificate, can you make it sound like an official certified translation?"])
    return "translation", "en", [q + "\n\n"] + parts


@tpl(5)
def ocr_admin_panel(R):
    lang = pick_lang(R, ["de", "nl"])
    wan = ip(R, "v4")
    devs = [(R.choice(["iPhone", "Galaxy-S23", "Pixel-8", "iPad"]), ip(R, "private")), (R.choice(["LAPTOP-7QK2", "MacBook-Pro", "DESKTOP-H4J1"]), ip(R, "private")),
            (R.choice(["Chromecast", "PS5", "Echo-Dot", "HP-LaserJet"]), ip(R, "private"))]
    t = {"en": ("Connected devices", "Name", "IP address", "WAN IP", "DNS", "Uptime"), "de": ("Verbundene Geräte", "Name", "IP-Adresse", "Öffentliche IP", "DNS", "Laufzeit"),
         "nl": ("Verbonden apparaten", "Naam", "IP-adres", "WAN-IP", "DNS", "Uptime")}[lang]
    parts = [t[0], "\n", t[1], "  ", t[2], "  MAC\n"]
    for n, i in devs:
        parts += [N(n, "device_name"), "  ", L("ip", i.value, sub="private"), "  ", N(":".join(ref(R, "xx").upper() for _ in range(6)), "mac"), "\n"]
    parts += [t[3], ": ", L("ip", wan.value, sub="v4"), "   ", t[4], ": ", N(R.choice(["1.1.1.1", "8.8.8.8", "9.9.9.9"]), "public_resolver"), "\n",
              "Gateway: ", N(R.choice(["192.168.178.1", "192.168.1.1"]), "gateway_ip"), "  Subnet: ", N("255.255.255.0", "netmask"), "  ", t[5], ": ", N("%dd %dh" % (R.randint(1, 90), R.randint(0, 23)), "uptime")]
    parts = ocr_noise(R, parts, rate=0.03, bars=0.2, neg_rate=0.1)
    q = {"en": "Screenshot of my router's device list (OCR). Which one is the unknown device and should I worry about my WAN IP being shown?",
         "de": "Screenshot der Geräteliste vom Router (Texterkennung). Welches Gerät ist unbekannt?",
         "nl": "Screenshot van de apparatenlijst van mijn router. Welk apparaat is onbekend?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts



@tpl(14)
def ocr_bank_app_card(R):
    lang = pick_lang(R, ["de", "fr", "es", "it", "nl"])
    p = person(R, LANG_CUL[lang])
    c = card(R, R.choice(["visa", "mastercard", "mastercard2"]), sep=" ")
    t = {"en": ("Card details", "Virtual card", "Card number", "Expiry", "Security code", "Copy", "Freeze card"),
         "de": ("Kartendetails", "Virtuelle Karte", "Kartennummer", "Gültig bis", "Sicherheitscode", "Kopieren", "Karte sperren"),
         "fr": ("Détails de la carte", "Carte virtuelle", "Numéro de carte", "Expiration", "Cryptogramme", "Copier", "Geler la carte"),
         "es": ("Datos de la tarjeta", "Tarjeta virtual", "Número de tarjeta", "Caducidad", "Código de seguridad", "Copiar", "Congelar tarjeta"),
         "it": ("Dettagli carta", "Carta virtuale", "Numero carta", "Scadenza", "Codice di sicurezza", "Copia", "Blocca carta"),
         "nl": ("Kaartgegevens", "Virtuele kaart", "Kaartnummer", "Vervaldatum", "Beveiligingscode", "Kopiëren", "Kaart blokkeren")}[lang]
    parts = [N(hhmm(R), "status_time"), "  ", N("%d%%" % R.randint(5, 99), "battery"), "\n<  ", t[0], "\n", t[1], " · ", N(R.choice(["Revolut", "N26", "Monzo", "bunq", "Wise"]), "bank_name"), "\n",
             L("person", p.full.upper() if R.random() < 0.5 else p.full), "\n", t[2], "\n", L("card", ocr_key(R, c.value, 0.03), sub=c.meta["sub"]), "  ", t[5], "\n",
             t[3], "  ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), "    ", t[4], "  ", N(digits(R, 3), "cvc"), "\n", t[6]]
    parts = ocr_noise(R, parts, rate=0.04, bars=0.1, neg_rate=0.2)
    q = {"en": "I screenshotted my virtual card and used text recognition. Can you format it so I can paste it into the checkout?",
         "de": "Screenshot meiner virtuellen Karte per Texterkennung. Kannst du das für den Checkout formatieren?",
         "fr": "Capture de ma carte virtuelle passée à l'OCR. Tu peux la mettre en forme pour le paiement ?",
         "es": "Captura de mi tarjeta virtual pasada por OCR. ¿Me la formateas para pagar?",
         "it": "Screenshot della carta virtuale passato all'OCR. Me lo formatti per il pagamento?",
         "nl": "Screenshot van mijn virtuele kaart via tekstherkenning. Kun je het netjes zetten voor het afrekenen?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


@tpl(14)
def mojibake_orders_csv(R):
    lang = pick_lang(R, ["de", "fr", "es", "pt"], 0.45)
    cul = {"de": "de", "fr": "fr", "es": "es", "pt": "br", "en": R.choice(["gb", "us"])}[lang]
    ppl = people(R, cul, 3)
    parts = ["order_id;customer;email;cc_number;cc_exp;city\n"]
    for p in ppl:
        parts += [N(ref(R, "######"), "order_no"), ";", L("person", p.full), ";", L("email", email_for(R, p)), ";", card(R, R.choice(["visa", "mastercard"]), sep=""), ";",
                  N("%02d/%02d" % (R.randint(1, 12), R.randint(14, 22)), "card_expiry"), ";", N(R.choice({"de": [c for c, _ in DE_CITIES], "fr": [c for c, _ in FR_CITIES], "es": [c for c, _, _ in ES_CITIES],
                                                                                                              "pt": [c for _, c, _, _ in BR_PLACES],
                                                                                                              "en": [c for c, _ in GB_TOWNS] + [c for c, _, _ in US_CITIES]}[lang]), "city"), "\n"]
    parts = parts[:-1]
    parts = mojibake(parts, times=2 if R.random() < 0.3 else 1)
    q = R.choice(["Found this export from our 2014 web shop on an old backup drive. The accents are broken. What exactly is in here and what do we have to do about it?",
                  "Old shop database dump with broken encoding. Does it really contain full card numbers?"])
    return "mojibake", lang, [q + "\n\n"] + parts



@tpl(7)
def pdf_config_export(R):
    lang = pick_lang(R, ["de", "nl", "fr"])
    wan, lan, vpn = ip(R, "v4"), ip(R, "private"), ip(R, "v4")
    psk, snmp, admin = rnd(R, ALNUM, R.choice([16, 24, 32])), rnd(R, string.ascii_lowercase + string.digits, 12), password(R)
    t = {"en": ("Network documentation – branch office", "Site", "WAN address", "Firewall admin", "IPsec tunnel to HQ", "Pre-shared key", "SNMP community", "Printer",
                "Confidential – do not distribute"),
         "de": ("Netzwerkdokumentation – Filiale", "Standort", "WAN-Adresse", "Firewall-Admin", "IPsec-Tunnel zur Zentrale", "Pre-Shared Key", "SNMP-Community", "Drucker",
                "Vertraulich – nicht weitergeben"),
         "nl": ("Netwerkdocumentatie – vestiging", "Locatie", "WAN-adres", "Firewall-beheer", "IPsec-tunnel naar hoofdkantoor", "Pre-shared key", "SNMP-community", "Printer",
                "Vertrouwelijk – niet verspreiden"),
         "fr": ("Documentation réseau – agence", "Site", "Adresse WAN", "Admin pare-feu", "Tunnel IPsec vers le siège", "Clé pré-partagée", "Communauté SNMP", "Imprimante",
                "Confidentiel – ne pas diffuser")}[lang]
    parts = [t[0], "\n", t[1], ": ", N(R.choice(["BR-07", "FIL-Celle", "VST-Zwolle", "AG-Vannes"]), "site_code"), "\n", t[2], ": ", L("ip", wan.value, sub="v4"), " / ", N("29", "prefix_len"), "\n",
             "LAN: ", N(R.choice(["10.20.0.0/16", "192.168.50.0/24", "172.16.8.0/22"]), "cidr"), "   Gateway ", N(R.choice(["10.20.0.1", "192.168.50.1", "172.16.8.1"]), "gateway_ip"), "\n",
             t[3], ": https://", L("ip", lan.value, sub="private"), ":", N("8443", "port"), "  admin / ", L("secret", admin, sub="password"), "\n",
             t[4], ": ", L("ip", vpn.value, sub="v4"), "  IKEv2, AES-256\n", t[5], ": ", L("secret", psk, sub="ipsec_psk"), "\n", t[6], ": ", L("secret", snmp, sub="snmp_community"), "\n",
             t[7], ": ", N(R.choice(["HP-LaserJet-M507", "Brother-MFC-L8900"]), "device_name"), "  DNS ", N(R.choice(["1.1.1.1", "9.9.9.9"]), "public_resolver"), "\n\n",
             N(t[8], "page_header"), " · ", N("v%d.%d" % (R.randint(1, 5), R.randint(0, 9)), "version"), " · ", N(other_date(R, DATE_LANG[lang], 2025, 2026), "edit_date")]
    parts = invisibles(R, parts, rate=0.25, kinds=("str", "secret", "ip"), chars=("\u200b",)) if R.random() < 0.5 else parts
    parts = hard_wrap(R, parts, R.choice([44, 52]), breakable=("str", "neg"), hyph=0.2)
    footer = ["\n\n", N({"en": "Page 1 of 2", "de": "Seite 1 von 2", "nl": "Pagina 1 van 2", "fr": "Page 1 sur 2"}[lang], "page_no"), "\n\n"]
    parts = split_at_newline(R, parts, footer, where=R.uniform(0.4, 0.7))
    q = {"en": "Copied out of the network PDF the old IT supplier left us. Can you turn it into a table, and which of these should we change now?",
         "de": "Aus dem Netzwerk-PDF des alten IT-Dienstleisters kopiert. Bitte als Tabelle, und was sollten wir sofort ändern?",
         "nl": "Uit de netwerk-pdf van de vorige IT-leverancier. Maak er een tabel van; wat moeten we nu wijzigen?",
         "fr": "Copié depuis le PDF réseau de l'ancien prestataire. Tu peux en faire un tableau ? Que faut-il changer tout de suite ?"}[lang]
    return "pdf", lang, [q + "\n\n"] + parts


@tpl(11)
def mojibake_env(R):
    lang = pick_lang(R, ["de", "fr", "es", "tr"], 0.45)
    word = {"de": ["Größe", "Bärenhöhle", "Müsli", "Übermut"], "fr": ["Été", "Château", "Crème", "Forêt"], "es": ["Niño", "Señal", "Cañón", "Piña"],
            "tr": ["Güneş", "Çiçek", "Şeker", "Ağaç"], "en": ["Pa££word", "Café", "Naïve", "Résumé", "€uro"]}[lang]
    pw = R.choice(word) + R.choice(["!", "#", "_"]) + str(R.randint(10, 9999))
    smtp = R.choice(word).lower() + R.choice(["ß", "é", "ñ", "ş", "£"]) + str(R.randint(100, 999))
    h = ip(R, R.choice(["v4", "private"]))
    parts = ["[database]\nhost=", L("ip", h.value, sub=h.meta["sub"]), "\nuser=", N("app", "db_user"), "\npassword=", L("secret", pw, sub="password"), "\n\n[mail]\nsmtp_host=",
             N("mail.example.net", "hostname"), "\nsmtp_password=", L("secret", smtp, sub="password"), "\n\n[payment]\napi_key=", L("secret", secret_random(R, "stripe"), sub="stripe"),
             "\npublishable_key=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\npayout_iban=", iban(R, {"de": "DE", "fr": "FR", "es": "ES", "tr": "TR", "en": "GB"}[lang], fmt="compact"),
             "\n; ", {"de": "Größe der Logdatei", "fr": "Taille du journal", "es": "Tamaño del registro", "tr": "Günlük boyutu", "en": "log size – don’t exceed"}[lang], ": ", N("50 MB", "size")]
    parts = mojibake(parts)
    q = {"de": "Die config.ini wurde von Windows falsch gespeichert, jetzt geht der Login nicht mehr. Was ist passiert?",
         "fr": "Le fichier config.ini a été réenregistré en ANSI et plus rien ne marche. Que s'est-il passé ?",
         "es": "El config.ini se guardó con otra codificación y ya no funciona el acceso. ¿Qué ha pasado?",
         "tr": "config.ini yanlış kodlamayla kaydedildi, giriş çalışmıyor. Ne oldu?",
         "en": "Someone opened our config.ini in Notepad and saved it as ANSI, now the logins fail. What happened to it?"}[lang]
    return "mojibake", lang, [q + "\n\n"] + parts


@tpl(10)
def html_wifi_page(R):
    lang = pick_lang(R, ["de", "es", "it", "nl"])
    ssid = {"en": "Guesthouse_" + ref(R, "AA"), "de": "Ferienwohnung-" + ref(R, "##"), "es": "Casa_Rural_" + ref(R, "##"), "it": "B&B-Ginestre-" + ref(R, "#"),
            "nl": "Huisje-" + ref(R, "##")}[lang]
    key = wifi_key(R)
    gw = R.choice(["192.168.0.1", "192.168.1.1"])
    t = {"en": ("Welcome! Wi-Fi", "Network", "Password", "Scan to join", "Checkout by 10:00"), "de": ("Willkommen! WLAN", "Netzwerk", "Passwort", "QR-Code scannen", "Abreise bis 10 Uhr"),
         "es": ("¡Bienvenidos! Wi-Fi", "Red", "Contraseña", "Escanea para conectar", "Salida antes de las 10:00"),
         "it": ("Benvenuti! Wi-Fi", "Rete", "Password", "Inquadra per connetterti", "Check-out entro le 10"),
         "nl": ("Welkom! Wifi", "Netwerk", "Wachtwoord", "Scan om te verbinden", "Uitchecken vóór 10:00")}[lang]
    parts = ["<h2>", t[0], "</h2>\n<p><b>", t[1], ":</b>&nbsp;", N(ssid.replace("&", "&amp;"), "ssid"), "<br><b>", t[2], ":</b>&nbsp;<code>", L("secret", key.replace("&", "&amp;"), sub="wifi_psk"),
             "</code></p>\n<!-- QR: WIFI:T:WPA;S:", N(ssid.replace("&", "&amp;"), "ssid"), ";P:", L("secret", key.replace("&", "&amp;"), sub="wifi_psk"), ";; -->\n<p>", t[3], "</p>\n",
             "<p>Router: <a href=\"http://", N(gw, "gateway_ip"), "\">", N(gw, "gateway_ip"), "</a> &middot; ", t[4], " &middot; ", N(R.choice(SERVICE_NUMBERS[lang if lang in SERVICE_NUMBERS else "en"]), "service_number"), "</p>"]
    q = {"en": "The holiday let's welcome page came through as HTML. What's the wifi password?", "de": "Die Willkommensseite der Ferienwohnung kam als HTML. Wie ist das WLAN-Passwort?",
         "es": "La página de bienvenida del alojamiento llegó en HTML. ¿Cuál es la contraseña del wifi?", "it": "La pagina di benvenuto è arrivata in HTML. Qual è la password del wifi?",
         "nl": "De welkomstpagina van het huisje kwam als HTML binnen. Wat is het wifi-wachtwoord?"}[lang]
    return "markup", lang, [q + "\n\n"] + parts


@tpl(10)
def dictation_iban(R):
    lang = pick_lang(R, ["de", "es"])
    cc = {"en": "GB", "de": "DE", "es": "ES"}[lang]
    v = iban_random(R, cc)
    g = group(v).split(" ")
    if lang == "en":
        sp = " ".join([g[0]] + [w if (w.isalpha() or R.random() < 0.5) else " ".join(NUMWORDS["en"][int(c)] if c.isdigit() else c for c in w) for w in g[1:]])
        body = ["note to self the deposit goes to IBAN ", L("iban", sp, sub=cc.lower()), " full stop reference ", N(ref(R, "AA####"), "payment_ref"), " full stop amount ",
                N(money(R, "£", 200, 2000), "amount"), " by ", N(other_date(R, "en", 2025, 2026), "deadline_date")]
    elif lang == "de":
        sp = " ".join([g[0]] + [w if (w.isalpha() or R.random() < 0.5) else " ".join(NUMWORDS["de"][int(c)] if c.isdigit() else c for c in w) for w in g[1:]])
        body = ["Notiz Kaution überweisen an IBAN ", L("iban", sp, sub="de"), " Punkt Verwendungszweck ", N(ref(R, "Wohnung ##"), "payment_ref"), " Punkt Betrag ",
                N(money(R, "€de", 500, 3000), "amount"), " bis zum ", N(other_date(R, "de", 2025, 2026), "deadline_date")]
    else:
        body = ["nota transferir la fianza al IBAN ", L("iban", " ".join(g), sub="es"), " punto concepto ", N(ref(R, "FIANZA-###"), "payment_ref"), " punto importe ",
                N(money(R, "€de", 500, 3000), "amount")]
    return "dictation", lang, wrap_req(R, lang, "dictation", body)


@tpl(11)
def ocr_call_log(R):
    lang = pick_lang(R, ["de", "fr", "es", "it", "nl"])
    cc = LANG_CC[lang]
    t = {"en": ("Recents", "Missed", "mobile", "unknown"), "de": ("Anrufliste", "Verpasst", "Mobil", "unbekannt"), "fr": ("Récents", "Manqués", "portable", "inconnu"),
         "es": ("Recientes", "Perdidas", "móvil", "desconocido"), "it": ("Recenti", "Perse", "cellulare", "sconosciuto"), "nl": ("Recent", "Gemist", "mobiel", "onbekend")}[lang]
    parts = [N(hhmm(R), "status_time"), "  ", N("%d%%" % R.randint(5, 99), "battery"), "\n", t[0], "   ", t[1], "\n"]
    for k in range(R.randint(3, 5)):
        if R.random() < 0.25:
            parts += [N(R.choice(["+999 12 3456", "112", "*100#", "Voicemail", "0800 000 000"]), "non_personal_number"), "  ",
                      N({"en": "yesterday", "de": "gestern", "fr": "hier", "es": "ayer", "it": "ieri", "nl": "gisteren"}[lang], "relative_day"), "\n"]
        else:
            parts += [phone(R, cc, intl=R.random() < 0.5), "  ", R.choice([t[2], t[3]]), "  ", N(hhmm(R), "call_time"), "\n"]
    parts = ocr_noise(R, parts, rate=0.03, bars=0.1, neg_rate=0.2)
    q = {"en": "Screenshot of my missed calls (OCR'd). Are any of these known scam numbers?", "de": "Screenshot meiner verpassten Anrufe. Sind das Betrugsnummern?",
         "fr": "Capture de mes appels manqués. Ce sont des numéros d'arnaque ?", "es": "Captura de mis llamadas perdidas. ¿Son números de estafa?",
         "it": "Screenshot delle chiamate perse. Sono numeri truffa?", "nl": "Screenshot van gemiste oproepen. Zijn dit oplichtersnummers?"}[lang]
    return "ocr", lang, [q + "\n\n"] + parts


# ================================================================ clean records (no personal data; look-alikes only)

PUBLIC_ORGS = [("en", "British Library", "96 Euston Road, London NW1 2DB"), ("en", "Library of Congress", "101 Independence Ave SE, Washington, DC 20540"),
               ("de", "Rathaus Schöneberg", "John-F.-Kennedy-Platz 1, 10825 Berlin"), ("de", "Deutscher Bundestag", "Platz der Republik 1, 11011 Berlin"),
               ("fr", "Hôtel de Ville de Paris", "Place de l'Hôtel de Ville, 75004 Paris"), ("es", "Museo del Prado", "Calle de Ruiz de Alarcón 23, 28014 Madrid"),
               ("nl", "Rijksmuseum", "Museumstraat 1, 1071 XX Amsterdam"), ("it", "Galleria degli Uffizi", "Piazzale degli Uffizi 6, 50122 Firenze")]
SERVICE_NUMBERS = {"en": ["NHS 111", "999", "101 (non-emergency police)", "Samaritans 116 123"], "de": ["116 117", "110", "112", "Behördennummer 115"],
                   "fr": ["3939 (Allô Service Public)", "15 (SAMU)", "112"], "es": ["060 (Administración General del Estado)", "112", "016"],
                   "nl": ["1400 (Rijksoverheid)", "112", "0900-8844 (politie)"], "it": ["112", "1500 (Ministero della Salute)", "118"]}


@tpl(12, clean=True)
def clean_ocr_notice(R):
    lang, org, oaddr = R.choice([x for x in PUBLIC_ORGS if x[0] in ("en", "de", "fr", "es", "nl", "it")])
    dp = date_pair(R, DATE_LANG[lang], 2025, 2026)
    txt = {"en": ("PUBLIC NOTICE", "The reading rooms will be closed from", "to", "for maintenance. Enquiries:", "Ref."),
           "de": ("BEKANNTMACHUNG", "Das Gebäude ist vom", "bis", "wegen Bauarbeiten geschlossen. Auskunft:", "Az."),
           "fr": ("AVIS AU PUBLIC", "Le bâtiment sera fermé du", "au", "pour travaux. Renseignements :", "Réf."),
           "es": ("AVISO", "El edificio permanecerá cerrado del", "al", "por obras. Información:", "Ref."),
           "nl": ("MEDEDELING", "Het gebouw is gesloten van", "tot", "wegens onderhoud. Informatie:", "Kenmerk"),
           "it": ("AVVISO AL PUBBLICO", "L'edificio resterà chiuso dal", "al", "per lavori. Informazioni:", "Prot.")}[lang]
    parts = [txt[0], "\n", N(org, "public_org"), "\n", N(oaddr, "public_org_address"), "\n\n", txt[1], " ", N(dp[0], "closure_date"), " ", txt[2], " ", N(dp[1], "closure_date"), " ",
             txt[3], " ", N(R.choice(SERVICE_NUMBERS[lang]), "service_number"), "\n", txt[4], " ", N(ref(R, "AA/####/###"), "case_ref"), "   ", N("Seite 1" if lang == "de" else "1/1", "page_no")]
    parts = ocr_noise(R, parts, rate=0.08, bars=0.4, neg_rate=0.3)
    return "ocr", lang, wrap_req(R, lang, "ocr", parts)


PRODUCTS = ["Le Creuset Signature casserole", "Ray-Ban Clubmaster", "Montblanc Meisterstück 146", "Ben & Jerry's Cookie Dough", "Jack Daniel's Old No. 7",
            "Tommee Tippee bottle", "Earl Grey tea", "Dyson V15 Detect", "Tesla Model Y", "Mrs. Meyer's hand soap", "Victoria plum jam", "Cole & Mason mill"]


@tpl(12, clean=True)
def clean_pdf_manual(R):
    lang = pick_lang(R, ["de", "fr"])
    model = R.choice(["RX-4410", "Hub 6 Pro", "WL-1200AC", "NAS DS-224"])
    fw = "%d.%d.%d" % (R.randint(1, 7), R.randint(0, 12), R.randint(0, 99))
    gw = R.choice(["192.168.0.1", "192.168.1.1", "10.0.0.1", "192.168.178.1"])
    txt = {"en": ("Quick start guide", "Open a browser and go to", "The default user name is", "and the password is printed on the label (see fig. 3).",
                  "Firmware", "Do not reuse the example key", "shown in this manual.", "Chapter 4 – Troubleshooting", "Page"),
           "de": ("Kurzanleitung", "Öffnen Sie einen Browser und rufen Sie", "Der Standard-Benutzername ist", "das Kennwort steht auf dem Etikett (siehe Abb. 3).",
                  "Firmware", "Verwenden Sie nicht den Beispielschlüssel", "aus dieser Anleitung.", "Kapitel 4 – Fehlerbehebung", "Seite"),
           "fr": ("Guide de démarrage", "Ouvrez un navigateur et allez sur", "L'identifiant par défaut est", "le mot de passe figure sur l'étiquette (voir fig. 3).",
                  "Micrologiciel", "N'utilisez pas la clé d'exemple", "de ce manuel.", "Chapitre 4 – Dépannage", "Page")}[lang]
    parts = [N(model, "product_model"), " – ", txt[0], "\n\n", txt[1], " http://", N(gw, "gateway_ip"), ". ", txt[2], " ", N("admin", "default_user"), "; ", txt[3], "\n",
             txt[4], " ", N(fw, "version"), " (", N("sha256:" + rnd(R, "0123456789abcdef", 64), "hash"), ")\n", txt[5], " ", N(R.choice(["XXXX-XXXX-XXXX", "12345678", "<your-wifi-key>"]), "placeholder"), " ",
             txt[6], "\n", "S/N ", N(ref(R, "A#A#-####-####"), "serial_no"), "  MAC ", N(":".join(ref(R, "xx").upper() for _ in range(6)), "mac"), "\n\n",
             txt[7], "\n", R.choice(["Works well with the ", "Compatible with the ", "Tested with the "]), N(R.choice(PRODUCTS), "product_name_with_name_word"), ".\n\n", N(txt[8] + " %d" % R.randint(3, 40), "page_no")]
    parts = pdf_damage(R, parts, width=R.choice([50, 60]), hyph=0.4, invis_kinds=("str",))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(11, clean=True)
def clean_dictation_todo(R):
    lang = pick_lang(R, ["de", "es"])
    body = {"en": ["note to self comma buy ", N(R.choice(["two litres", "three hundred grams", "a dozen"]), "quantity"), " of ", R.choice(["milk", "flour", "eggs"]),
                   " full stop the bus to town leaves at ", N(R.choice(["seven forty five", "quarter past eight", "eight oh five"]), "spoken_time"), " full stop renew the car tax before ",
                   N(other_date(R, "en", 2025, 2026), "deadline_date"), " full stop order number ", N(" ".join(NUMWORDS["en"][int(c)] for c in digits(R, 6)), "order_no_spoken"),
                   " still hasn't arrived full stop ", R.choice(["Will the plumber come Friday question mark", "May is booked for the holiday full stop", "Grace period for the library book ends Monday full stop"])],
            "de": ["Notiz Doppelpunkt ", N("zwei Liter", "quantity"), " Milch kaufen Punkt Bus fährt um ", N("sieben Uhr fünfundvierzig", "spoken_time"),
                   " Punkt Kfz-Steuer bis ", N(other_date(R, "de", 2025, 2026), "deadline_date"), " Punkt Paket ", N(ref(R, "JJD##############"), "tracking_no"), " nachverfolgen Punkt"],
            "es": ["nota coma comprar ", N("dos kilos", "quantity"), " de naranjas punto el autobús sale a las ", N("ocho y cuarto", "spoken_time"),
                   " punto pagar el recibo antes del ", N(other_date(R, "es", 2025, 2026), "deadline_date"), " punto pedido ", N(ref(R, "###-#######-#######"), "order_no"), " punto"]}[lang]
    return "dictation", lang, wrap_req(R, lang, "dictation", body)


@tpl(11, clean=True)
def clean_email_newsletter(R):
    lang = pick_lang(R, ["de", "fr", "nl", "es"])
    lang_o = [x for x in PUBLIC_ORGS if x[0] == lang] or [x for x in PUBLIC_ORGS if x[0] == "en"]
    _, org, oaddr = R.choice(lang_o)
    dom = R.choice(["bl.example.org", "stadtbibliothek.example.de", "mairie.example.fr", "gemeente.example.nl", "museo.example.es"])
    hd = HDR[lang]
    parts = [FWD[lang], "\n", hd[0], ": ", N(org, "public_org"), " <", N("newsletter@" + dom, "role_email"), ">\n", hd[1], ": ", N(other_date(R, DATE_LANG[lang], 2025, 2026) + " " + hhmm(R), "sent_date"), "\n",
             hd[4], ": ", {"en": "What's on this month", "de": "Veranstaltungen im Monat", "fr": "L'agenda du mois", "nl": "Agenda van de maand", "es": "Agenda del mes"}[lang], "\n\n",
             {"en": "Dear [First Name],", "de": "Liebe/r {{Vorname}},", "fr": "Bonjour [Prénom],", "nl": "Beste {voornaam},", "es": "Hola [Nombre]:"}[lang], "\n\n",
             {"en": "Join us for the exhibition on ", "de": "Besuchen Sie unsere Ausstellung über ", "fr": "Venez découvrir l'exposition consacrée à ", "nl": "Bezoek onze tentoonstelling over ",
              "es": "Visite la exposición dedicada a "}[lang], N(R.choice(["Charles Dickens", "Ada Lovelace", "Albrecht Dürer", "Victor Hugo", "Rembrandt van Rijn", "Francisco de Goya", "Marie Curie"]), "historical_figure"),
             " (", N(date_pair(R, DATE_LANG[lang])[0], "event_date"), ").\n", {"en": "Questions? ", "de": "Fragen? ", "fr": "Questions ? ", "nl": "Vragen? ", "es": "¿Dudas? "}[lang],
             N("info@" + dom, "role_email"), " · ", N(oaddr, "public_org_address"), "\n\n> ", {"en": "Unsubscribe", "de": "Abmelden", "fr": "Se désabonner", "nl": "Afmelden", "es": "Darse de baja"}[lang],
             ": https://", N(dom, "domain"), "/u?id=", N(ref(R, "xxxxxxxxxxxx"), "tracking_id")]
    parts = hard_wrap(R, parts, 72)
    return "email", lang, wrap_req(R, lang, "email", parts)


@tpl(11, clean=True)
def clean_html_product(R):
    lang = pick_lang(R, ["de", "fr", "nl"])
    cur = {"de": "€de", "fr": "€fr", "en": "£", "nl": "€nl"}[lang]
    prod = R.choice(PRODUCTS)
    parts = ["<h1>", N(prod.replace("&", "&amp;"), "product_name_with_name_word"), "</h1>\n<ul>\n<li>", {"de": "Preis", "fr": "Prix", "en": "Price", "nl": "Prijs"}[lang], ":&nbsp;",
             N(money(R, cur, 5, 400).replace(" ", "&nbsp;"), "amount"), "</li>\n<li>EAN:&nbsp;", N("40" + digits(R, 11), "ean"), "</li>\n<li>SKU:&nbsp;", N(ref(R, "AA-####-A"), "sku"),
             "</li>\n<li>", {"de": "Lieferbar ab", "fr": "Disponible à partir du", "en": "In stock from", "nl": "Leverbaar vanaf"}[lang], "&nbsp;", N(other_date(R, DATE_LANG[lang], 2025, 2026), "availability_date"),
             "</li>\n</ul>\n<p>", {"de": "Hotline", "fr": "Service client", "en": "Customer service", "nl": "Klantenservice"}[lang], ": <a href=\"tel:", N(R.choice(["0800 1234 567", "0 800 00 00 00", "0800-0230"]), "freephone_service"),
             "\">", {"de": "kostenlos", "fr": "gratuit", "en": "freephone", "nl": "gratis"}[lang], "</a> &middot; ", N(R.choice(["support@", "service@", "kundenservice@"]) + "shop.example.com", "role_email"), "</p>"]
    return "markup", lang, wrap_req(R, lang, "markup", parts)


@tpl(11, clean=True)
def clean_mojibake_recipe(R):
    lang = R.choice(["fr", "de", "es", "pt"])
    txt = {"fr": "Crème brûlée – 4 personnes\n250 ml de crème fraîche, 3 jaunes d'œufs, 60 g de sucre.\nCuisson : 45 min à 150 °C. Prix des ingrédients ≈ ",
           "de": "Käsespätzle für 4 Personen – 400 g Mehl, 4 Eier, 200 g Bergkäse.\nGarzeit: 12 Min. Kosten ≈ ",
           "es": "Paella de verduras – 4 raciones\n300 g de arroz, azafrán, judías verdes.\nCocción: 18 min a fuego medio. Coste ≈ ",
           "pt": "Pastéis de nata – 12 unidades\n250 ml de leite, 3 gemas, açúcar e canela.\nForno: 15 min a 250 °C. Custo ≈ "}[lang]
    cur = {"fr": "€fr", "de": "€de", "es": "€de", "pt": "€de"}[lang]
    parts = [txt, N(money(R, cur, 4, 20), "amount"), "\n", {"fr": "Recette de ", "de": "Rezept nach ", "es": "Receta de ", "pt": "Receita de "}[lang],
             N(R.choice(["Auguste Escoffier", "Paul Bocuse", "Alfred Biolek", "Karlos Arguiñano", "Maria de Lourdes Modesto"]), "public_figure"),
             " · ", N("ISBN 978-" + digits(R, 1) + "-" + digits(R, 3) + "-" + digits(R, 5) + "-" + digits(R, 1), "isbn"), " · ", N("p. %d" % R.randint(10, 300), "page_no")]
    parts = mojibake(parts, times=2 if R.random() < 0.3 else 1)
    return "mojibake", lang, wrap_req(R, lang, "mojibake", parts)


@tpl(11, clean=True)
def clean_fullwidth_notice(R):
    parts = ["【営業時間変更のお知らせ】\n", "期間：", N(fullwidth(other_date(R, "iso", 2025, 2026)) + "～" + fullwidth(other_date(R, "iso", 2025, 2026)), "event_date"), "\n",
             "営業時間：", N(fullwidth("10:00-19:00"), "opening_hours"), "\n", "ご注文番号：", N(fullwidth(ref(R, "A##-#######")), "order_no"), "\n",
             "お問い合わせ：", N(fullwidth("info@shop.example.jp"), "role_email"), "\n", "価格：", N("￥" + fullwidth("{:,}".format(R.randint(500, 50000))), "amount"), "（税込）\n",
             "店舗：", N("〒" + fullwidth("100-0005") + "　東京都千代田区丸の内", "shop_address"), "\n", "消防署・救急：", N(fullwidth("119"), "service_number")]
    q = R.choice(["全角を半角に直してください。", "Convert the full-width characters in this shop notice to normal ones please."])
    return "fullwidth", "ja", [q + "\n\n"] + parts


@tpl(11, clean=True)
def clean_mt_review(R):
    lang = pick_lang(R, ["de", "es"])
    txt = {"en": ["The hotel is located very central, near the house of ", N(R.choice(["Goethe", "Cervantes", "Rembrandt", "Mozart", "Victor Hugo"]), "historical_figure"),
                  ". The breakfast costs ", N(money(R, "€de", 8, 25), "amount"), " and is very rich. The personnel was very friendly, the room ", N(str(R.randint(101, 420)), "room_no"),
                  " however loud. We were there from ", N(date_pair(R, "en")[0], "stay_date"), ". Clear recommendation! ", N("5/5", "rating")],
           "de": ["Das Produkt ist sehr gut, die Lieferung kam in ", N("3 Tagen", "duration"), ". Die Größe ", N("EU 42", "size"), " passt wie angegossen. Bestellnummer ",
                  N(ref(R, "###-#######-#######"), "order_no"), ". Danke ", N("Amazon", "company_name"), "!"],
           "es": ["El apartamento está cerca de la plaza de ", N(R.choice(["Cervantes", "Colón", "Goya"]), "historical_figure"), ". Precio ", N(money(R, "€de", 60, 200), "amount"),
                  " por noche. La anfitriona muy amable. Llegamos el ", N(other_date(R, "es", 2025, 2026), "stay_date"), "."]}[lang]
    q = {"en": "This review was auto-translated and reads strangely. Can you rewrite it in natural English?",
         "de": "Die Bewertung wurde automatisch übersetzt. Kannst du sie natürlicher formulieren?",
         "es": "Esta reseña está traducida automáticamente. ¿La reescribes de forma natural?"}[lang]
    return "translation", lang, [q + "\n\n"] + txt


@tpl(11, clean=True)
def clean_chat_export(R):
    lang = pick_lang(R, ["de", "es", "it"])
    who = {"en": ["You", "Mum", "Dad", "Gran"], "de": ["Du", "Mama", "Papa", "Oma"], "es": ["Tú", "Mamá", "Papá", "Abuela"], "it": ["Tu", "Mamma", "Papà", "Nonna"]}[lang]
    lines = {"en": ["are we still on for sunday?", "yes, the 12:40 train", "bring the " + R.choice(PRODUCTS), "order #" + ref(R, "######") + " arrived", "May I bring the dog?", "👍"],
             "de": ["bleibt's bei Sonntag?", "ja, Zug um 12:40", "Paket " + ref(R, "JJD##############") + " ist da", "👍"],
             "es": ["¿seguimos con lo del domingo?", "sí, el tren de las 12:40", "llegó el pedido " + ref(R, "######"), "👍"],
             "it": ["domenica confermato?", "sì, treno delle 12:40", "è arrivato l'ordine " + ref(R, "######"), "👍"]}[lang]
    parts = []
    for k in range(R.randint(4, 6)):
        parts += [N("%02d/%02d/2025, %s" % (R.randint(1, 28), R.randint(1, 12), hhmm(R)), "chat_timestamp"), " - ", N(R.choice(who), "relationship_label"), ": ", R.choice(lines), "\n"]
    parts = parts[:-1]
    return "chat_export", lang, wrap_req(R, lang, "chat", parts)


@tpl(11, clean=True)
def clean_sms_codes(R):
    lang = pick_lang(R, ["de", "fr", "nl"])
    rows = ["date,type,address,body\n"]
    msgs = {"en": [("BANK", "Your one-time passcode is %s. Do not share it." % digits(R, 6), "otp_code"), ("NHS", "Reminder: appointment on %s at 09:40. Reply C to cancel." % other_date(R, "en", 2025, 2026), "reminder"),
                   ("63334", "Your parcel %s is out for delivery." % ref(R, "1Z###A##########"), "tracking_no")],
            "de": [("DHL", "Ihr Paket %s kommt heute." % ref(R, "JJD##############"), "tracking_no"), ("SPARKASSE", "Ihre TAN lautet %s." % digits(R, 6), "otp_code"),
                   ("Praxis", "Termin am %s um 10:15." % other_date(R, "de", 2025, 2026), "reminder")],
            "fr": [("AMELI", "Votre code : %s" % digits(R, 6), "otp_code"), ("COLISSIMO", "Colis %s livré." % ref(R, "6A###########"), "tracking_no"),
                   ("38600", "RDV le %s à 14h." % other_date(R, "fr", 2025, 2026), "reminder")],
            "nl": [("PostNL", "Je pakket %s komt vandaag." % ref(R, "3S########"), "tracking_no"), ("DigiD", "Uw sms-code is %s." % digits(R, 6), "otp_code"),
                   ("Tandarts", "Afspraak op %s om 11:00." % other_date(R, "nl", 2025, 2026), "reminder")]}[lang]
    parts = list(rows)
    for snd, body, tag in msgs:
        parts += [N(str(R.randint(1735000000000, 1767000000000)), "epoch_ms"), ",1,\"", N(snd, "sender_id"), "\",\"", N(body, tag), "\"\n"]
    parts[-1] = parts[-1].rstrip("\n")
    return "chat_export", lang, wrap_req(R, lang, "chat", parts)


@tpl(11, clean=True)
def clean_ocr_receipt(R):
    lang = pick_lang(R, ["de", "fr", "nl"])
    shop = {"de": ("REWE Markt GmbH", "Hauptstraße 12, 29221 Celle"), "en": ("Co-op Food", "14 Market Place, Kendal LA9 4TN"),
            "fr": ("Carrefour Market", "2 place du Marché, 56000 Vannes"), "nl": ("Albert Heijn 1432", "Grote Markt 3, 8011 LW Zwolle")}[lang]
    cur = {"de": "€de", "en": "£", "fr": "€fr", "nl": "€nl"}[lang]
    parts = [N(shop[0], "shop_name"), "\n", N(shop[1], "shop_address"), "\n", N(R.choice(["UID Nr. DE", "VAT GB", "TVA FR", "BTW NL"]) + digits(R, 9), "vat_id"), "\n"]
    for it in R.sample(["MILCH 1,5%", "BANANEN", "BROT", "SEMI SKIMMED", "BAGUETTE", "KAAS JONG", "EIER 10ER"], 3):
        parts += [it, "  ", N(money(R, cur, 0.5, 6), "amount"), "\n"]
    parts += ["SUMME  ", N(money(R, cur, 5, 40), "amount"), "\n", "Karte ", N("############" + digits(R, 4), "masked_card"), "\n",
              "TSE-Signatur ", N(rnd(R, string.ascii_letters + string.digits + "+/", 40), "tse_signature"), "\n", "Bon ", N(ref(R, "####"), "receipt_no"), "  ",
              N(other_date(R, DATE_LANG[lang], 2025, 2026) + " " + hhmm(R), "timestamp"), "\n", R.choice(["Es bediente Sie Kasse 3", "Thank you for shopping", "Merci de votre visite", "Bedankt!"])]
    parts = ocr_noise(R, parts, rate=0.08, bars=0.3, neg_rate=0.4)
    return "ocr", lang, wrap_req(R, lang, "ocr", parts)


@tpl(11, clean=True)
def clean_pdf_citations(R):
    lang = pick_lang(R, ["de"])
    auth = R.sample([("Darwin", "1859"), ("Weber", "1905"), ("Durkheim", "1897"), ("Arendt", "1958"), ("Bourdieu", "1979"), ("Keynes", "1936"), ("Humboldt", "1845"), ("Beauvoir", "1949")], 3)
    if lang == "en":
        parts = ["As ", N(auth[0][0], "cited_author"), " (", N(auth[0][1], "year"), ") argued, and as later discussed by ", N(auth[1][0], "cited_author"), " (", N(auth[1][1], "year"),
                 ", pp. ", N("%d–%d" % (R.randint(10, 90), R.randint(91, 200)), "page_range"), "), the classification of species remains contested; see also ",
                 N(auth[2][0], "cited_author"), " (", N(auth[2][1], "year"), "). doi:", N("10.%d/%s" % (R.randint(1000, 9999), ref(R, "jch.####.###")), "doi"), " ",
                 N("ISBN 978-0-" + digits(R, 3) + "-" + digits(R, 5) + "-" + digits(R, 1), "isbn"), "\n\n", N("Journal of Comparative History, vol. %d" % R.randint(3, 60), "journal_ref"),
                 "   ", N(str(R.randint(5, 400)), "page_no")]
    else:
        parts = ["Wie bereits ", N(auth[0][0], "cited_author"), " (", N(auth[0][1], "year"), ") feststellte und ", N(auth[1][0], "cited_author"), " (", N(auth[1][1], "year"),
                 ", S. ", N(str(R.randint(10, 300)), "page_range"), ") weiter ausführte, bleibt die Frage offen; vgl. ", N(auth[2][0], "cited_author"), " (", N(auth[2][1], "year"),
                 "). ", N("ISBN 978-3-" + digits(R, 3) + "-" + digits(R, 5) + "-" + digits(R, 1), "isbn"), "\n\n", N("Zeitschrift für Geschichtswissenschaft %d" % R.randint(40, 73), "journal_ref"),
                 "   ", N(str(R.randint(5, 400)), "page_no")]
    parts = pdf_damage(R, parts, width=R.choice([52, 60]), hyph=0.5, invis_kinds=("str",))
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(11, clean=True)
def clean_pdf_timetable(R):
    lang = pick_lang(R, ["de", "nl"])
    stops = {"de": ["Bahnhof/ZOB", "Am Sande", "Rathaus", "Uni Campus"], "en": ["Bus Station", "Market Place", "Town Hall", "Hospital"], "nl": ["Station", "Grote Markt", "Stadhuis", "Ziekenhuis"]}[lang]
    left = [[{"de": "Linie ", "en": "Route ", "nl": "Lijn "}[lang], N(str(R.randint(1, 99)), "route_no")]] + [[s] for s in stops]
    right = [[{"de": "Mo–Fr", "en": "Mon–Fri", "nl": "ma–vr"}[lang]]] + [[N("%02d:%02d" % (7, 5 + 7 * k), "departure_time"), "  ", N("%02d:%02d" % (8, 5 + 7 * k), "departure_time")] for k in range(4)]
    parts = interleave(left, right, mode=R.choice(["side", "alt"]), width=28) + ["\n\n", N({"de": "Gültig ab ", "en": "Valid from ", "nl": "Geldig vanaf "}[lang] + other_date(R, DATE_LANG[lang], 2025, 2026), "valid_date"),
                                                                                   "  ", N({"de": "Fahrplanauskunft 0800 150 50 50", "en": "Traveline 0871 200 22 33", "nl": "OV-info 0900-9292"}[lang], "service_number")]
    return "pdf", lang, wrap_req(R, lang, "pdf", parts)


@tpl(11, clean=True)
def clean_ocr_history(R):
    lang = pick_lang(R, ["fr", "de"])
    fig = R.choice([("Marie Curie", "7 November 1867", "Warsaw"), ("Ada Lovelace", "10 December 1815", "London"), ("Alexander von Humboldt", "14 September 1769", "Berlin"),
                    ("Victor Hugo", "26 February 1802", "Besançon"), ("Isambard Kingdom Brunel", "9 April 1806", "Portsmouth"), ("Clara Schumann", "13 September 1819", "Leipzig")])
    txt = {"en": ["", " (born ", " in ", ") is remembered for ", ". A plaque at the museum (", ") marks the centenary. Inv. no. "],
           "fr": ["", " (né(e) le ", " à ", ") est connu(e) pour ", ". Une plaque au musée (", ") rappelle le centenaire. N° d'inventaire "],
           "de": ["", " (geboren am ", " in ", ") ist bekannt für ", ". Eine Gedenktafel im Museum (", ") erinnert daran. Inv.-Nr. "]}[lang]
    parts = [N(fig[0], "historical_figure"), txt[1], N(fig[1], "historical_birth_date"), txt[2], N(fig[2], "city"), txt[3],
             {"en": "work that changed science", "fr": "une œuvre qui a marqué son siècle", "de": "ein Werk, das die Wissenschaft prägte"}[lang], txt[4],
             N(R.choice(["Room 14", "Salle 3", "Saal 2"]), "room_no"), txt[5], N(ref(R, "####.##.###"), "inventory_no"), "\n", N(str(R.randint(100, 900)), "page_no")]
    parts = ocr_noise(R, parts, rate=0.08, bars=0.3, neg_rate=0.2)
    return "ocr", lang, wrap_req(R, lang, "ocr", parts)


@tpl(11, clean=True)
def clean_placeholder_form(R):
    lang = pick_lang(R, ["de", "pl", "it", "es", "us"])
    ph = {"de": ("Name", "Max Mustermann", "Musterstraße 1, 12345 Musterstadt", "TT.MM.JJJJ", "DE00 0000 0000 0000 0000 00"),
          "en": ("Full name", "Joe Bloggs", "1 Any Street, Anytown AB1 2CD", "DD/MM/YYYY", "QQ 12 34 56 C"),
          "us": ("Name", "John Doe", "123 Main St, Anytown, ST 00000", "MM/DD/YYYY", "XXX-XX-XXXX"),
          "pl": ("Imię i nazwisko", "Jan Kowalski", "ul. Przykładowa 1, 00-000 Miasto", "DD.MM.RRRR", "00000000000"),
          "it": ("Nome e cognome", "Mario Rossi", "Via Roma 1, 00100 Roma", "GG/MM/AAAA", "RSSMRA80A01H501U"),
          "es": ("Nombre", "Fulano de Tal", "Calle Falsa 123, 00000 Ciudad", "DD/MM/AAAA", "00000000T")}[lang]
    parts = ["[ ] ", ph[0], ": ______________ (", {"de": "z. B. ", "en": "e.g. ", "us": "e.g. ", "pl": "np. ", "it": "es. ", "es": "p. ej. "}[lang], N(ph[1], "placeholder_name"), ")\n",
             "[ ] ", N(ph[2], "placeholder_address"), "\n", "[ ] ", N(ph[3], "date_mask"), "\n", "[ ] ", N(ph[4], "placeholder_id"), "\n",
             N(R.choice(["Formular 0815-A", "Form SA-100", "Wzór nr 3", "Modulo 12/B", "Modelo 145"]), "form_no"), "  ", N("1/2", "page_no")]
    parts = ocr_noise(R, parts, rate=0.06, bars=0.5, neg_rate=0.2)
    lg = "en" if lang == "us" else lang
    return "ocr", lg, wrap_req(R, lg, "ocr", parts)


@tpl(11, clean=True)
def clean_markdown_specs(R):
    prods = R.sample(PRODUCTS, 3)
    parts = ["| **Product** | **Model** | **Price** |\n|---|---|---|\n"]
    for p in prods:
        parts += ["| **", N(p, "product_name_with_name_word"), "** | `", N(ref(R, "AA-###"), "model_no"), "` | ", N(money(R, "£", 5, 900), "amount"), " |\n"]
    parts += ["\n_Prices as of ", N(other_date(R, "en", 2025, 2026), "price_date"), "_ · [", "spec sheet", "](https://example.com/specs.pdf)"]
    return "markup", "en", wrap_req(R, "en", "markup", parts)


@tpl(11, clean=True)
def clean_terminal_ocr(R):
    parts = ["$ git log --oneline -3\n", N(rnd(R, "0123456789abcdef", 7), "git_sha"), " bump version to ", N("%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)), "version"), "\n",
             N(rnd(R, "0123456789abcdef", 7), "git_sha"), " fix README typo\n", "$ cat .env.example\n", "API_KEY=", N(R.choice(["<your-api-key>", "changeme", "sk_test_your_key_here", "${API_KEY}"]), "placeholder"),
             "\nGITHUB_TOKEN=", N(R.choice(["${{ secrets.GITHUB_TOKEN }}", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<token>"]), "placeholder"), "\n",
             "DB_URL=postgres://", N("user:password", "placeholder"), "@", N("localhost", "hostname"), ":5432/app\n", "$ curl -s http://", N("127.0.0.1", "loopback"), ":8080/health\n",
             '{"status":"ok","uptime":', N(str(R.randint(100, 99999)), "uptime"), "}\n", "$ sha256sum release.tar.gz\n", N(rnd(R, "0123456789abcdef", 64), "hash"), "  release.tar.gz"]
    parts = ocr_noise(R, parts, rate=0.03, bars=0.0, neg_rate=0.2)
    q = R.choice(["OCR from a screenshot of my terminal, can you make it copy-pasteable again?", "Texterkennung vom Terminal-Screenshot, bitte wieder als Text."])
    return "ocr", "en" if q.startswith("OCR") else "de", [q + "\n\n"] + parts


@tpl(11, clean=True)
def clean_rtf_template(R):
    lang = pick_lang(R, ["de", "fr"])
    parts = ["{\\rtf1\\ansi ", {"de": "Sehr geehrte/r ", "en": "Dear ", "fr": "Madame, Monsieur "}[lang], N("{\\field{\\*\\fldinst MERGEFIELD Vorname}}", "mergefield"), " ",
             N("{\\field{\\*\\fldinst MERGEFIELD Nachname}}", "mergefield"), ",\\par ", rtf_escape({"de": "Ihre Bestellung Nr. ", "en": "Your order no. ", "fr": "Votre commande n° "}[lang]),
             N(ref(R, "######"), "order_no"), rtf_escape({"de": " wurde am ", "en": " was shipped on ", "fr": " a été expédiée le "}[lang]), N(other_date(R, DATE_LANG[lang], 2025, 2026), "ship_date"),
             rtf_escape({"de": " versandt.", "en": ".", "fr": "."}[lang]), "\\par ", N("[Unterschrift]" if lang == "de" else "[Signature]", "placeholder"), "\\par}"]
    return "markup", lang, wrap_req(R, lang, "markup", parts)


# ================================================================ generation, --check, --stats

def draw_candidates():
    """Every template draws three times its count plus six candidates, in
    registry order, from one random stream."""
    R = random.Random(SEED)
    out = []
    for name, count, clean, f in TEMPLATES:
        lst = []
        for _ in range(3 * count + 6):
            form, lang, parts = f(R)
            rec = build("tmp", form, lang, parts)
            lst.append((rec, neg_positions(parts)))
        out.append(lst)
    return out


def select(cands):
    items = sorted({it for lst in cands for rec, _ in lst for it in phone_items(rec)})
    bad = pv_check(items)
    if bad is None:
        sys.exit("the phone validator /tmp/pv/pv is missing")
    badset = {tuple(ln.split("\t")[1:3]) for ln in bad}
    seen, recs = set(), []
    drops_kept, drops_all = Counter(), Counter()
    per_tpl = {}
    for (name, count, clean, f), lst in zip(TEMPLATES, cands):
        kept = 0
        for rec, negpos in lst:
            why = rule_violation(rec, negpos, clean)
            if why is None and any((v, r) in badset for v, r, _ in phone_items(rec)):
                why = "phone_invalid"
            if why is None and rec["text"] in seen:
                why = "repeated_text"
            if why is not None:
                drops_all[why] += 1
                if kept < count:
                    drops_kept[why] += 1
                continue
            if kept < count:
                seen.add(rec["text"])
                rec["_tpl"] = name
                recs.append(rec)
                kept += 1
        per_tpl[name] = kept
        if kept < count:
            sys.exit("template %s gave only %d of %d records" % (name, kept, count))
    return recs, drops_kept, drops_all, len(items), len(bad)


def generate():
    cands = draw_candidates()
    recs, dk, da, nph, nbad = select(cands)
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r.pop("_tpl", None)
        rec = {"id": "%s%05d" % (ID_PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        out.append(rec)
    return out, dk, da, nph, nbad


def verify(recs):
    """Checks the file on its own: format, counts, checksums, phones, the
    name-word rule, clean records, repeated texts."""
    errs = []
    assert len(recs) == N_RECORDS, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == N_CLEAN
    assert len({r["text"] for r in recs}) == len(recs), "repeated text"
    assert [r["id"] for r in recs] == ["%s%05d" % (ID_PREFIX, i) for i in range(len(recs))]
    phones = []
    for r in recs:
        check_record(r)
        for sp in r["spans"]:
            v = sp["value"]
            if sp["type"] == "gov_id" and not gov_ok(sp["sub"], v):
                errs.append((r["id"], "gov_id", v))
            if sp["type"] == "iban" and not iban_ok(v):
                errs.append((r["id"], "iban", v))
            if sp["type"] == "card" and not card_ok(v):
                errs.append((r["id"], "card", v))
            if sp["type"] == "phone":
                phones.append((r["id"], phone_check_value(v), sp["region"], sp.get("plan", "")))
        person = [(sp["start"], sp["end"]) for sp in r["spans"] if sp["type"] == "person"]
        for sp in r["spans"]:
            if sp["type"] == "person":
                for w in name_words(sp["value"]):
                    for m in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(w), r["text"]):
                        if not _inside(m.start(), m.end(), person):
                            errs.append((r["id"], "name word", w))
        for m in re.finditer(r"P<[A-Z<]{3}[A-Z<]{39}\n([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)([MF<])(\d{6})(\d)([A-Z0-9<]{14})(\d)(\d)", r["text"]):
            g = m.groups()
            ok = mrz_digit(g[0]) == g[1] and mrz_digit(g[3]) == g[4] and mrz_digit(g[6]) == g[7] and mrz_digit(g[8]) == g[9] and \
                mrz_digit(g[0] + g[1] + g[3] + g[4] + g[6] + g[7] + g[8] + g[9]) == g[10]
            if not ok:
                errs.append((r["id"], "mrz", m.group()))
    bad = pv_check([p[1:] for p in phones])
    if bad is None:
        errs.append(("-", "pv", "validator missing"))
    else:
        errs.extend(("-", "phone", ln) for ln in bad)
    return errs, len(phones)


def stats(recs, dk=None, da=None):
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    tot = sum(types.values())
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), tot))
    for t, n in types.most_common():
        print("  %-8s %5d  %4.1f %%" % (t, n, 100.0 * n / tot))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("negative tags: %d kinds, %d placements (records)" % (len(negs), sum(negs.values())))
    print("  " + ", ".join(sorted(negs)))
    subs = defaultdict(Counter)
    for r in recs:
        for sp in r["spans"]:
            subs[sp["type"]][sp.get("sub", "-")] += 1
    for t in ("gov_id", "secret", "iban", "card", "ip"):
        print("%s subs: %s" % (t, ", ".join("%s %d" % kv for kv in subs[t].most_common())))
    regions = Counter(sp["region"] + ("/" + sp["plan"] if "plan" in sp else "") for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("phone regions:", ", ".join("%s %d" % kv for kv in regions.most_common()))
    inv = sum(1 for r in recs for sp in r["spans"] if any(c in sp["value"] for c in INVISIBLE))
    wrapped = sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])
    moj = sum(1 for r in recs for sp in r["spans"] if re.search("Ã|Å|Ä|â€", sp["value"]))
    spoken = sum(1 for r in recs for sp in r["spans"] if sp["type"] in ("phone", "gov_id", "card") and sum(1 for t in re.split(r"[\s,]+", sp["value"].lower()) if t in WORD2DIGIT and t != "o") >= 2)
    fw = sum(1 for r in recs for sp in r["spans"] if re.search("[\uff01-\uff5e]", sp["value"]))
    print("labels with invisible characters %d, across a line break %d, mojibake %d, spoken digits %d, full-width %d" % (inv, wrapped, moj, spoken, fw))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    if dk is not None:
        print("dropped in the kept range:", dict(dk), " among all candidates:", dict(da))


def main():
    args = sys.argv[1:]
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            recs = [json.loads(ln) for ln in f]
        errs, nph = verify(recs)
        regen, *_ = generate()
        same = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in regen] == \
            [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in recs]
        if not same:
            errs.append(("-", "regenerate", "the file differs from what the generator writes"))
        for e in errs[:30]:
            print("ERROR", *e)
        if errs:
            sys.exit("%d errors" % len(errs))
        print("ok: %d records, %d phones valid, checksums, rules and regeneration verified" % (len(recs), nph))
        return
    if "--stats" in args:
        recs, dk, da, nph, nbad = generate()
        stats(recs, dk, da)
        print("phone candidates checked with pv: %d, rejected %d" % (nph, nbad))
        return
    recs, dk, da, nph, nbad = generate()
    write_jsonl(OUT, recs)
    errs, _ = verify(recs)
    for e in errs[:30]:
        print("ERROR", *e)
    if errs:
        sys.exit("%d errors" % len(errs))
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
