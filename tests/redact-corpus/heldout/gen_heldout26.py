#!/usr/bin/python3
"""Held-out part 26 of the redaction corpus (heldout26.jsonl).

Written by a twenty-fourth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-24 hold,
the part 24 section as the model), lines 1-60 of gen_heldout24.py (header
and imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run by hand on a few numbers,
otherwise only through `pv_check`); not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 02:44:24 UTC on
2026-12-04 (`date -u`); the end time is in heldout/README.md. `pv_check` is
reused as is; the CLI layout (rewrite / --check / --stats) imitates part
24's header.

Theme: SHOPPING, DELIVERIES AND CUSTOMER SERVICE. What people paste into an
AI assistant about buying, selling, delivering and complaining, from more
than 20 countries and 16 languages: order confirmations and invoices
(fattura with codice fiscale, fatura with NIF, factura with DNI, nota fiscal
with CPF), courier notifications and failed-delivery notices (DHL, PostNL,
La Poste/Colissimo, Correos, InPost, Royal Mail, Yamato, SF Express,
Aramex, CJ대한통운, СДЭК...), parcel-locker and pick-up-point notices
(pick-up codes are secrets), return and refund requests, chargeback and
card-dispute forms, warranty and repair tickets (device passcodes),
customer-service chat transcripts, marketplace buyer/seller messages,
complaint letters, consumer-protection and small-claims forms, subscription
cancellations, loyalty and e-shop account pastes (sign-in alerts with IPs,
password-reset mails), a small shop's .env and API keys, seller CSV and
JSON order exports, cash-on-delivery and bank-transfer details (IBANs),
gift orders, customs declarations with the importer's tax id, age checks at
delivery (birth dates), courier and rider chats with door codes. Each
record carries a request line in the text's language. Hard negatives of the
theme everywhere: order, invoice, tracking, shipment, RMA, SKU,
EAN/GTIN/UPC (valid GS1 check digits, Luhn-invalid), IMEI (Luhn-valid) and
serial numbers, locker ids, customer and loyalty numbers, coupon and
advertised gift-card codes, shops' and couriers' addresses and service
lines, role mailboxes, brands and products that look like names, stores
named after people, prices in many currencies, order and delivery dates,
documentation IPs, masked values, sample values in help texts.

Every name, street, town, shop, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 260924, shuffle
seed 260925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout26.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout26.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout26.py --stats   # counts
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
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok, luhn_complete,  # noqa: E402
                       iban_mod97, iban_random, IBAN_LEN, group, ssn_random, ssn_valid,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       aadhaar_random, verhoeff_ok, pan_random, cpf_random, cpf_ok,
                       MONTHS, card_random, CARD_ISSUERS, card_grouping, split_groups,
                       PLANS, secret_random, rnd, ALNUM, URLSAFE)

SEED = 260924
SHUFFLE_SEED = 260925
PREFIX = "heldout-z"
OUT = os.path.join(HERE, "heldout26.jsonl")
N_LABELLED, N_CLEAN = 600, 200


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
# Hand-written for this part. Latin cultures: (given_m, given_f, surnames).
# Polish surnames as (masculine, feminine).
NAMES = {
    "us": (["Garrett", "Dwayne", "Trevor", "Colby", "Dalton", "Brayden"],
           ["Brianna", "Kendra", "Lacey", "Courtney", "Shelby", "Makayla"],
           ["Pruitt", "Haskell", "Dunaway", "Whitlock", "Yarbrough", "Cantrell", "Tolliver", "Roebuck"]),
    "gb": (["Alistair", "Rory", "Callum", "Hamish", "Toby", "Crispin"],
           ["Imogen", "Philippa", "Harriet", "Felicity", "Beatrix", "Tamsin"],
           ["Pemberton", "Ashcroft", "Thwaite", "Coulthard", "Marsden", "Pickering", "Royle", "Hebden"]),
    "ie": (["Cathal", "Donncha", "Ruairí", "Colm"],
           ["Clodagh", "Sorcha", "Niamh", "Gráinne"],
           ["Kinsella", "Dunphy", "McGrath", "Ó Ceallaigh", "Brosnan"]),
    "de": (["Torsten", "Henning", "Malte", "Detlef", "Volker", "Knut"],
           ["Wiebke", "Silke", "Anke", "Heike", "Svenja", "Ute"],
           ["Brinkmann", "Oltmanns", "Kuhlmann", "Gräfe", "Wendeborn", "Tiedemann", "Hasselbach", "Pohlmann"]),
    "at": (["Florian", "Wolfgang", "Lorenz"],
           ["Theresia", "Veronika", "Johanna"],
           ["Moosbrugger", "Hinterleitner", "Wurzer", "Pfandl"]),
    "ch": (["Beat", "Urs", "Reto"],
           ["Regula", "Corina", "Seraina"],
           ["Bühlmann", "Zwahlen", "Gisler", "Inäbnit"]),
    "fr": (["Gaëtan", "Thibault", "Loïc", "Aurélien", "Yannick"],
           ["Solène", "Maëlle", "Ségolène", "Capucine", "Gwenaëlle"],
           ["Le Floch", "Kerjean", "Vasseur", "Dumoulin", "Pottier", "Brossard", "Fauconnier"]),
    "be": (["Wout", "Jelle", "Arnaud"],
           ["Lieselot", "Fien", "Amandine"],
           ["Vercauteren", "De Smedt", "Vanhoutte", "Claeys", "Goossens"]),
    "nl": (["Sjoerd", "Gijs", "Thijmen", "Maarten"],
           ["Femke", "Lotte", "Anouk", "Marloes"],
           ["van der Kolk", "Hoekstra", "Brouwer", "van 't Hof", "Kuipers", "Dijkman"]),
    "es": (["Íñigo", "Borja", "Gonzalo", "Rubén"],
           ["Nerea", "Itziar", "Ainhoa", "Rocío"],
           ["Etxeberria", "Olabarrieta", "Quintana", "Mayoral", "Carrasco", "Villalobos", "Cuesta", "Arroyo"]),
    "mx": (["Ulises", "Efraín", "Heriberto"],
           ["Xóchitl", "Itzel", "Yazmín"],
           ["Zamudio", "Ochoa", "Barragán", "Tamez", "Villarreal"]),
    "pt": (["Gonçalo", "Tiago", "Rui"],
           ["Inês", "Leonor", "Mafalda"],
           ["Sequeira", "Bettencourt", "Figueira", "Vasconcelos", "Magalhães"]),
    "br": (["Thiago", "Caio", "Wesley", "Rodrigo"],
           ["Thaís", "Jéssica", "Larissa", "Daiane"],
           ["Nogueira", "Bezerra", "Cavalcanti", "Siqueira", "das Neves", "Prado"]),
    "it": (["Gianluca", "Ettore", "Salvatore", "Nicolò"],
           ["Ilaria", "Benedetta", "Ludovica", "Arianna"],
           ["Bertolini", "Santoro", "Piras", "Caruso", "Lo Giudice", "Mancuso", "Donati"]),
    "pl": (["Wojciech", "Przemysław", "Bartosz", "Jacek"],
           ["Agnieszka", "Justyna", "Dorota", "Weronika"],
           [("Wróblewski", "Wróblewska"), ("Kaczmarek", "Kaczmarek"), ("Zalewski", "Zalewska"),
            ("Sikora", "Sikora"), ("Jabłoński", "Jabłońska"), ("Pawlak", "Pawlak")]),
    "se": (["Linus", "Håkan", "Viggo"],
           ["Saga", "Ebba", "Tove"],
           ["Sjöberg", "Holmqvist", "Bergström", "Åkesson"]),
    "tr": (["Emre", "Burak", "Oğuz", "Serkan"],
           ["Elif", "Zeynep", "Büşra", "Gizem"],
           ["Kaplan", "Şahin", "Yıldırım", "Kocabaş", "Erdem", "Özkaya"]),
    "in": (["Rohan", "Aniket", "Siddharth", "Karthik"],
           ["Priyanka", "Sneha", "Ananya", "Pooja"],
           ["Kulkarni", "Deshpande", "Iyer", "Chatterjee", "Menon", "Bhatia"]),
    "au": (["Lachlan", "Brodie", "Jarrah"],
           ["Tegan", "Tahlia", "Ashleigh"],
           ["Fairweather", "McKinnon", "Trewin", "Kingsley"]),
    "ca": (["Étienne", "Mathieu", "Owen"],
           ["Geneviève", "Rosalie", "Brooke"],
           ["Tremblay", "Gagnon", "Lapointe", "Desrosiers"]),
}
# Non-Latin cultures: (family native, family latin), (given native, given latin, sex)
CJK = {
    "ja": ([("佐々木", "Sasaki"), ("高橋", "Takahashi"), ("松本", "Matsumoto"), ("藤田", "Fujita"), ("小西", "Konishi"), ("西村", "Nishimura")],
           [("美咲", "Misaki", "f"), ("健太", "Kenta", "m"), ("陽菜", "Hina", "f"), ("翔太", "Shota", "m"), ("彩花", "Ayaka", "f"), ("大輔", "Daisuke", "m")]),
    "zh": ([("王", "Wang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang")],
           [("子涵", "Zihan", "f"), ("浩然", "Haoran", "m"), ("雨桐", "Yutong", "f"), ("俊杰", "Junjie", "m"), ("欣怡", "Xinyi", "f"), ("志强", "Zhiqiang", "m")]),
    "ko": ([("김", "Kim"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("윤", "Yoon"), ("한", "Han")],
           [("서연", "Seo-yeon", "f"), ("민준", "Min-jun", "m"), ("지호", "Ji-ho", "m"), ("하은", "Ha-eun", "f"), ("도윤", "Do-yoon", "m"), ("수빈", "Su-bin", "f")]),
    "ru": ([(("Соколов", "Соколова"), ("Sokolov", "Sokolova")), (("Волков", "Волкова"), ("Volkov", "Volkova")),
            (("Морозов", "Морозова"), ("Morozov", "Morozova")), (("Лебедев", "Лебедева"), ("Lebedev", "Lebedeva")),
            (("Гончаров", "Гончарова"), ("Goncharov", "Goncharova"))],
           [("Алексей", "Aleksei", "m"), ("Дмитрий", "Dmitrii", "m"), ("Игорь", "Igor", "m"),
            ("Ольга", "Olga", "f"), ("Наталья", "Natalya", "f"), ("Екатерина", "Ekaterina", "f")]),
    "ar": ([("الشامسي", "Al Shamsi"), ("المزروعي", "Al Mazrouei"), ("الحمادي", "Al Hammadi"), ("النعيمي", "Al Nuaimi")],
           [("خالد", "Khalid", "m"), ("يوسف", "Yousef", "m"), ("عمر", "Omar", "m"),
            ("مريم", "Maryam", "f"), ("نورة", "Noura", "f"), ("ريم", "Reem", "f")]),
}
PARTICLES = {"van", "de", "der", "den", "ter", "te", "da", "das", "dos", "do", "di", "del", "della", "la", "le",
             "lo", "al", "el", "mac", "ó", "'t", "von", "zu", "du", "des", "bin", "y"}
PARTICLES_CAP = {"Le", "Lo", "Al", "De", "Da", "Ó", "Van", "Mac", "Del", "Di", "La", "El"}


class Person:
    def __init__(self, cult, given, family, sex, native=None, latin=None):
        self.cult, self.given, self.family, self.sex = cult, given, family, sex
        self.native = native      # (family, given) in native script
        self.latin = latin        # (family, given) romanized

    @property
    def full(self):
        if self.cult in ("ja", "zh", "ko"):
            f, g = self.native
            return f + (" " if self.cult == "ja" else "") + g
        if self.cult == "ru" or self.cult == "ar":
            f, g = self.native
            return g + " " + f
        return self.given + " " + self.family

    @property
    def full_latin(self):
        if self.latin:
            f, g = self.latin
            if self.cult in ("ja", "zh", "ko"):
                return f + " " + g if self.cult != "ja" else g + " " + f
            return g + " " + f
        return self.full

    @property
    def given_latin(self):
        return self.latin[1] if self.latin else self.given

    @property
    def family_latin(self):
        return self.latin[0] if self.latin else self.family


def person(R, cult, sex=None, avoid=()):
    for _ in range(200):
        sex_ = sex or R.choice("mf")
        if cult in CJK:
            fams, givens = CJK[cult]
            gs = [g for g in givens if g[2] == sex_]
            gn, gl, _s = R.choice(gs)
            fam = R.choice(fams)
            if cult == "ru":
                fn = fam[0][0 if sex_ == "m" else 1]
                fl = fam[1][0 if sex_ == "m" else 1]
            else:
                fn, fl = fam
            p = Person(cult, gn, fn, sex_, native=(fn, gn), latin=(fl, gl))
        else:
            gm, gf, sur = NAMES[cult]
            g = R.choice(gm if sex_ == "m" else gf)
            s = R.choice(sur)
            if isinstance(s, tuple):
                s = s[0] if sex_ == "m" else s[1]
            p = Person(cult, g, s, sex_)
        words = set(name_words(p.full)) | set(name_words(p.full_latin))
        if not words & set(avoid):
            return p
    raise AssertionError("no person")


def name_words(s):
    out = []
    for w in re.split(r"[\s\-]+", s):
        w = w.strip(".,'")
        if len(w) < 2 or w.lower() in PARTICLES or w in PARTICLES_CAP:
            continue
        out.append(w)
    return out


def people(R, cults, n=None):
    """Distinct persons sharing no name word."""
    if isinstance(cults, str):
        cults = [cults] * n
    used, out = set(), []
    for c in cults:
        p = person(R, c, avoid=used)
        used |= set(name_words(p.full)) | set(name_words(p.full_latin))
        out.append(p)
    return out


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "ie": ["eircom.net", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "at": ["gmx.at", "aon.at"],
    "ch": ["bluewin.ch", "gmx.ch"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "be": ["telenet.be", "skynet.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "es": ["hotmail.es", "gmail.com", "telefonica.net"], "mx": ["prodigy.net.mx", "hotmail.com"],
    "pt": ["sapo.pt", "gmail.com"], "br": ["uol.com.br", "bol.com.br", "gmail.com"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pl": ["wp.pl", "o2.pl", "interia.pl"], "se": ["telia.com", "gmail.com"], "tr": ["hotmail.com", "yandex.com.tr"],
    "in": ["gmail.com", "rediffmail.com"], "au": ["bigpond.com", "optusnet.com.au"], "ca": ["videotron.ca", "rogers.com"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"], "zh": ["qq.com", "163.com", "126.com"], "ko": ["naver.com", "daum.net"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru"], "ar": ["emirates.net.ae", "gmail.com"],
}


def email_of(R, p, domain=None):
    g = re.sub(r"[^a-z]", "", ascii_fold(p.given_latin).lower())
    f = re.sub(r"[^a-z]", "", ascii_fold(p.family_latin).lower())
    st = R.randrange(7)
    local = [g + "." + f, g[0] + "." + f, f + str(R.randint(2, 99)), g + f, f + "." + g, g + "_" + f + str(R.randint(70, 99)),
             g + str(R.randint(1970, 2005))][st]
    return local + "@" + (domain or R.choice(MAIL_DOMAINS[p.cult]))


def EM(R, p, domain=None):
    return L("email", email_of(R, p, domain), sub="personal")


def PER(p, form=None, sub=None):
    return L("person", form or p.full, sub=sub or p.cult)


# ====================================================================== phones
def _d(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _nsn(R, cc):
    """(kind, national significant number)."""
    if cc == "KR":
        return "mobile", "10" + R.choice("2345678") + _d(R, 7)
    if cc == "TR":
        return "mobile", R.choice(["530", "532", "533", "535", "536", "538", "541", "542", "543", "544", "545", "546", "505", "506", "552", "553", "555"]) + R.choice("123456789") + _d(R, 6)
    if cc == "AE":
        return "mobile", R.choice(["50", "52", "54", "55", "56", "58"]) + R.choice("123456789") + _d(R, 6)
    plan = PLANS[cc]
    kinds = plan[2]
    pref = {"US": "fixed_or_mobile", "CA": "fixed_or_mobile", "MX": "any", "IT": "mobile"}
    kind = pref.get(cc) or ("mobile" if "mobile" in kinds else sorted(kinds)[0])
    if cc == "DE" and R.random() < 0.4:
        kind = "mobile7"
    if cc == "GB" and R.random() < 0.15:
        kind = "london"
    if cc == "FR" and R.random() < 0.15:
        kind = "fixed"
    if cc == "BR" and R.random() < 0.15:
        kind = "fixed"
    return {"mobile7": "mobile", "london": "fixed", "any": "fixed_or_mobile"}.get(kind, kind), kinds[kind](R)


def phone_text(R, cc, intl=False, kind_out=None):
    kind, n = _nsn(R, cc)
    if kind_out is not None:
        kind_out.append(kind)
    if cc in ("US", "CA"):
        a, e, l = n[:3], n[3:6], n[6:]
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1 %s %s %s"] if intl else ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s) %s-%s"]) % (a, e, l)
    if cc == "GB":
        if n.startswith("20"):
            return ("+44 20 %s %s" if intl else "020 %s %s") % (n[2:6], n[6:])
        if n.startswith("7"):
            return R.choice(["+44 %s %s", "+44 (0)%s %s"]) % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
        return ("+44 %s %s %s" if intl else "0%s %s %s") % (n[:3], n[3:6], n[6:])
    if cc == "DE":
        p = n[:3]
        return R.choice(["+49 %s %s", "+49 (0)%s %s", "+49 %s-%s"]) % (p, n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (p, n[3:])
    if cc == "AT":
        return ("+43 %s %s" if intl else R.choice(["0%s %s", "0%s/%s"])) % (n[:3], n[3:])
    if cc == "CH":
        return ("+41 %s %s %s %s" if intl else "0%s %s %s %s") % (n[:2], n[2:5], n[5:7], n[7:])
    if cc == "FR":
        g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        if intl:
            return R.choice(["+33 %s %s", "+33 (0)%s %s"]) % (n[0], g)
        return R.choice(["0%s %s" % (n[0], g), "0%s.%s" % (n[0], g.replace(" ", ".")), "0%s\u00a0%s" % (n[0], g.replace(" ", "\u00a0"))])
    if cc == "BE":
        return ("+32 %s %s %s %s" if intl else "0%s %s %s %s") % (n[:3], n[3:5], n[5:7], n[7:])
    if cc == "NL":
        if intl:
            return R.choice(["+31 6 %s", "+31 (0)6 %s"]) % n[1:] if n[0] == "6" else "+31 %s %s" % (n[:2], n[2:])
        return R.choice(["06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:])]) if n[0] == "6" else "0%s-%s" % (n[:2], n[2:])
    if cc == "ES":
        return ("+34 %s %s %s" if intl else R.choice(["%s %s %s", "%s%s%s"])) % (n[:3], n[3:6], n[6:])
    if cc == "PT":
        return ("+351 %s %s %s" if intl else "%s %s %s") % (n[:3], n[3:6], n[6:])
    if cc == "IT":
        return R.choice(["+39 %s %s" % (n[:3], n[3:]), "+39 %s %s %s" % (n[:3], n[3:6], n[6:])]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), n])
    if cc == "PL":
        return ("+48 %s %s %s" if intl else R.choice(["%s %s %s", "%s-%s-%s"])) % (n[:3], n[3:6], n[6:])
    if cc == "SE":
        return ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if intl else R.choice(["0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "0%s" % n])
    if cc == "IE":
        return ("+353 %s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    if cc == "IN":
        return R.choice(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n]) if intl else "%s %s" % (n[:5], n[5:])
    if cc == "BR":
        a, r = n[:2], n[2:]
        return ("+55 %s %s-%s" if intl else "(%s) %s-%s") % (a, r[:-4], r[-4:])
    if cc == "MX":
        return ("+52 %s %s %s" if intl else "%s %s %s") % (n[:2], n[2:6], n[6:])
    if cc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if cc == "SG":
        return ("+65 %s %s" if intl else "%s %s") % (n[:4], n[4:])
    if cc == "RU":
        return R.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:]) if intl else R.choice(["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8" + n])
    if cc == "JP":
        return ("+81 %s-%s-%s" if intl else "0%s-%s-%s") % (n[:2], n[2:6], n[6:])
    if cc == "AU":
        return ("+61 %s %s %s" if intl else "0%s %s %s") % (n[:3], n[3:6], n[6:])
    if cc == "ZA":
        return ("+27 %s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    if cc == "KR":
        return ("+82 %s-%s-%s" if intl else R.choice(["0%s-%s-%s", "0%s %s %s"])) % (n[:2], n[2:6], n[6:])
    if cc == "TR":
        return ("+90 %s %s %s %s" if intl else R.choice(["0%s %s %s %s", "0 (%s) %s %s %s"])) % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "AE":
        return ("+971 %s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    raise KeyError(cc)


ABROAD = {"GB": ["IE", "PL", "IN"], "DE": ["TR", "PL", "AT"], "FR": ["BE", "CH", "PT"], "ES": ["GB", "MX", "IT"], "IT": ["CH", "FR"], "NL": ["BE", "DE", "TR"],
          "PT": ["BR", "FR"], "BR": ["PT"], "PL": ["DE", "GB"], "SE": ["DE", "PL"], "TR": ["DE", "NL"], "US": ["MX", "CA", "IN"], "AE": ["IN", "GB"], "RU": ["TR"],
          "CH": ["DE", "IT"], "BE": ["NL", "FR"], "AU": ["GB"], "CA": ["US", "FR"], "IE": ["GB", "PL"], "JP": ["US"], "KR": ["US"], "CN": ["SG"], "IN": ["AE"], "AT": ["DE"], "MX": ["US"]}


def PHX(R, cc, p=0.12):
    """A phone read in cc; with probability p a mobile of another country (plan set)."""
    if R.random() < p:
        return PH(R, R.choice(ABROAD[cc]), region=cc)
    return PH(R, cc)


def PH(R, cc, intl=None, region=None, sub=None):
    """A phone label; region = where the text is read (plan set when it differs)."""
    intl = (R.random() < 0.3) if intl is None else intl
    region = region or cc
    if region != cc:
        intl = True
    k = []
    t = phone_text(R, cc, intl, k)
    sub = sub or k[0]
    if region != cc:
        return L("phone", t, sub=sub, region=region, plan=cc)
    return L("phone", t, sub=sub, region=region)


CULT_CC = {"us": "US", "gb": "GB", "ie": "IE", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "nl": "NL",
           "es": "ES", "mx": "MX", "pt": "PT", "br": "BR", "it": "IT", "pl": "PL", "se": "SE", "tr": "TR", "in": "IN",
           "au": "AU", "ca": "CA", "ja": "JP", "zh": "CN", "ko": "KR", "ru": "RU", "ar": "AE"}


# ====================================================================== addresses
# (street list, towns) per country; written for this part.
ADDR = {
    "US": (["Larkspur Lane", "Old Mill Rd", "Beechwood Ave", "Cottonwood Dr", "Tamarack Ct", "N Bellflower St"],
           [("Boise", "ID", "83702"), ("Tacoma", "WA", "98403"), ("Ann Arbor", "MI", "48104"), ("Savannah", "GA", "31401"),
            ("Lubbock", "TX", "79401"), ("Dayton", "OH", "45402")]),
    "GB": (["Kestrel Close", "Tannery Lane", "Osier Way", "Chapel Fold", "Westgate Road", "Rope Walk"],
           [("Harrogate", "HG1 4QP"), ("Shrewsbury", "SY1 2LB"), ("Kendal", "LA9 4DT"), ("Exeter", "EX4 3RN"), ("Norwich", "NR2 1QE")]),
    "IE": (["Glenview Park", "Riverside Drive", "Ashgrove Lawn"],
           [("Ballincollig", "Co. Cork", "P31 X2K8"), ("Naas", "Co. Kildare", "W91 T6C4"), ("Salthill", "Galway", "H91 KD23")]),
    "DE": (["Sperlingsgasse", "Am Wasserturm", "Hohe Geest", "Lerchenfeldstraße", "Tannenhöhe", "Mühlenkamp"],
           [("28195", "Bremen"), ("48143", "Münster"), ("93047", "Regensburg"), ("24103", "Kiel"), ("01067", "Dresden"), ("79098", "Freiburg im Breisgau")]),
    "AT": (["Stadlgasse", "Hinterbrühlweg", "Kapuzinerweg"], [("4020", "Linz"), ("6020", "Innsbruck"), ("8010", "Graz"), ("5020", "Salzburg")]),
    "CH": (["Rebbergstrasse", "Im Grund", "Chemin des Vignes"], [("8049", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern")]),
    "FR": (["rue des Tanneurs", "allée des Glycines", "impasse des Lavandières", "rue du Puits-Salé", "chemin du Moulin-Neuf"],
           [("35000", "Rennes"), ("67000", "Strasbourg"), ("31000", "Toulouse"), ("37000", "Tours"), ("21000", "Dijon"), ("86000", "Poitiers")]),
    "BE": (["Kouter", "Steenhouwersvest", "rue des Brasseurs"], [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("5000", "Namur")]),
    "NL": (["Kastanjelaan", "Wilgenstraat", "Zuiderdiep", "Oude Vismarkt", "Spaarnwouderstraat"],
           [("9711 LM", "Groningen"), ("2011 RA", "Haarlem"), ("5611 AB", "Eindhoven"), ("3512 JE", "Utrecht"), ("6811 DG", "Arnhem")]),
    "ES": (["Calle del Olivar", "Avenida de los Naranjos", "Calle de la Sal", "Carrer de Sardenya", "Cuesta del Rosario"],
           [("46002", "Valencia"), ("41004", "Sevilla"), ("50001", "Zaragoza"), ("08013", "Barcelona"), ("48005", "Bilbao"), ("37002", "Salamanca")]),
    "MX": (["Calle Jacarandas", "Av. Río Churubusco", "Calle Fresno"],
           [("Col. Del Valle", "03100", "Ciudad de México, CDMX"), ("Col. Americana", "44160", "Guadalajara, Jal."), ("Col. Centro", "64000", "Monterrey, N.L.")]),
    "PT": (["Rua do Almada", "Travessa do Carregal", "Rua da Sofia"], [("4050-032", "Porto"), ("1200-195", "Lisboa"), ("3000-214", "Coimbra"), ("4700-306", "Braga")]),
    "BR": (["Rua das Palmeiras", "Rua Voluntários da Pátria", "Rua Padre Chagas", "Avenida Sete de Setembro"],
           [("Moinhos de Vento", "Porto Alegre", "RS", "90570-080"), ("Savassi", "Belo Horizonte", "MG", "30130-100"),
            ("Batel", "Curitiba", "PR", "80420-090"), ("Boa Vista", "Recife", "PE", "50050-230")]),
    "IT": (["Via delle Ginestre", "Via Pastrengo", "Via San Vitale", "Vicolo del Forno", "Via dei Mille"],
           [("40121", "Bologna", "BO"), ("10123", "Torino", "TO"), ("80134", "Napoli", "NA"), ("20144", "Milano", "MI"), ("90133", "Palermo", "PA")]),
    "PL": (["ul. Kwiatowa", "ul. Ogrodowa", "ul. Piekarska", "al. Niepodległości"], [("30-001", "Kraków"), ("61-001", "Poznań"), ("80-001", "Gdańsk"), ("50-001", "Wrocław"), ("90-001", "Łódź")]),
    "SE": (["Tegelbruksgatan", "Björkvägen", "Järnvägsgatan"], [("413 04", "Göteborg"), ("752 31", "Uppsala"), ("211 45", "Malmö"), ("582 22", "Linköping")]),
    "TR": (["Lale Sok.", "Menekşe Sok.", "Gül Sok."], [("Caferağa Mah.", "34710", "Kadıköy/İstanbul"), ("Kızılay Mah.", "06420", "Çankaya/Ankara"), ("Alsancak Mah.", "35220", "Konak/İzmir")]),
    "IN": (["Baner Road", "80 Feet Road", "Lake View Road"],
           [("Shree Ganesh Apartments", "Baner", "Pune", "Maharashtra", "411045"), ("Prestige Meadows", "Koramangala 5th Block", "Bengaluru", "Karnataka", "560095"),
            ("Sunrise Enclave", "Salt Lake Sector II", "Kolkata", "West Bengal", "700091"), ("Kaveri Residency", "Anna Nagar West", "Chennai", "Tamil Nadu", "600040")]),
    "AU": (["Wattle Street", "Banksia Parade", "Jacaranda Close"], [("Fitzroy", "VIC", "3065"), ("Paddington", "NSW", "2021"), ("New Farm", "QLD", "4005"), ("Fremantle", "WA", "6160")]),
    "CA": (["Maple Crescent", "Birchmount Road", "rue des Érables"], [("Waterloo", "ON", "N2L 3G1"), ("Halifax", "NS", "B3H 1Y4"), ("Calgary", "AB", "T2P 1J9"), ("Montréal", "QC", "H2X 1Y6")]),
    "JP": (None, [("150-0001", "東京都渋谷区神宮前3-14-7", "メゾン青葉203号室"), ("530-0012", "大阪府大阪市北区芝田1-9-2", "グランフォート梅田1105号"),
                  ("460-0008", "愛知県名古屋市中区栄4-6-11", "栄パークハイツ502"), ("812-0011", "福岡県福岡市博多区博多駅前2-8-15", "コーポ博多301"),
                  ("060-0042", "北海道札幌市中央区大通西12-3-4", "")]),
    "CN": (None, [("200030", "上海市徐汇区漕溪北路88弄5号1202室"), ("100102", "北京市朝阳区望京阜通东大街6号院3号楼1502"),
                  ("518057", "广东省深圳市南山区科技园南路15号海岸城公寓B座2307"), ("310012", "浙江省杭州市西湖区文三路259号8幢2单元601")]),
    "KR": (None, [("03995", "서울특별시 마포구 월드컵북로12길 34, 502호"), ("48094", "부산광역시 해운대구 해운대로 570, 101동 1203호"),
                  ("13529", "경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층"), ("42188", "대구광역시 수성구 들안로 77, 305호")]),
    "RU": (None, [("127015", "г. Москва, ул. Бутырская, д. 15, кв. 42"), ("191040", "г. Санкт-Петербург, Лиговский пр., д. 44, кв. 7"),
                  ("420111", "г. Казань, ул. Баумана, д. 12, кв. 3"), ("630099", "г. Новосибирск, ул. Советская, д. 30, кв. 118")]),
    "AE": (None, [("Villa 27, Street 14, Al Barsha 2", "Dubai"), ("Flat 1804, Marina Crown Tower, Dubai Marina", "Dubai"),
                  ("Villa 9, Al Khaleej Al Arabi Street, Al Bateen", "Abu Dhabi"), ("Apartment 612, Al Majaz 3, Buhaira Corniche", "Sharjah")]),
    "SG": (None, [("Blk 412 Bedok North Ave 2, #08-115", "Singapore 460412"), ("Blk 27 Jalan Membina, #15-203", "Singapore 160027")]),
}


def address_text(R, cc, multiline=None, latin=False):
    ml = (R.random() < 0.45) if multiline is None else multiline
    br = "\n" if ml else ", "
    streets, towns = ADDR[cc]
    t = R.choice(towns)
    if cc == "US":
        unit = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice(["B", "3C", "12"])])
        return "%d %s%s%s%s, %s %s" % (R.randint(100, 9899), R.choice(streets), unit, br, t[0], t[1], t[2] + R.choice(["", "-%04d" % R.randint(1000, 9999)]))
    if cc == "GB":
        h = R.choice(["%d " % R.randint(1, 140), "Flat %d, %d " % (R.randint(1, 9), R.randint(2, 60))])
        return "%s%s%s%s%s%s" % (h, R.choice(streets), br, t[0], br, t[1])
    if cc == "IE":
        return "%d %s%s%s%s%s %s" % (R.randint(1, 90), R.choice(streets), br, t[0], br, t[1], t[2])
    if cc in ("DE", "AT", "CH"):
        nr = "%d%s" % (R.randint(1, 120), R.choice(["", "", "a", "b"]))
        extra = ("/%d/%d" % (R.randint(1, 4), R.randint(1, 20))) if cc == "AT" and R.random() < 0.5 else ""
        return "%s %s%s%s%s %s" % (R.choice(streets), nr, extra, br, t[0], t[1])
    if cc == "FR":
        return "%d%s %s%s%s %s" % (R.randint(1, 88), R.choice(["", "", " bis", " ter"]), R.choice(streets), br, t[0], t[1].upper() if R.random() < 0.3 else t[1])
    if cc == "BE":
        s = R.choice(streets)
        return "%s %d%s%s%s %s" % (s, R.randint(1, 150), R.choice(["", " bus %d" % R.randint(1, 12)]), br, t[0], t[1])
    if cc == "NL":
        return "%s %d%s%s%s  %s" % (R.choice(streets), R.randint(1, 220), R.choice(["", "-II", " A", "bis"]), br, t[0], t[1].upper() if R.random() < 0.3 else t[1])
    if cc == "ES":
        return "%s, %d, %dº %s%s%s %s" % (R.choice(streets), R.randint(1, 90), R.randint(1, 8), R.choice("ABCD"), br, t[0], t[1])
    if cc == "MX":
        return "%s %d%s, %s%s%s %s" % (R.choice(streets), R.randint(10, 999), R.choice(["", " int. %d" % R.randint(1, 12)]), t[0], br, t[1], t[2])
    if cc == "PT":
        return "%s, %d, %s%s%s %s" % (R.choice(streets), R.randint(1, 300), R.choice(["2.º Esq.", "r/c Dto.", "3.º", "1.º Frente"]), br, t[0], t[1])
    if cc == "BR":
        return "%s, %d, apto %d - %s%s%s - %s, %s" % (R.choice(streets), R.randint(10, 2500), R.randint(11, 1504), t[0], br, t[1], t[2], t[3])
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (R.choice(streets), R.randint(1, 140), br, t[0], t[1], t[2])
    if cc == "PL":
        return "%s %d%s%s%s %s" % (R.choice(streets), R.randint(1, 80), R.choice(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 40)]), br, t[0], t[1])
    if cc == "SE":
        return "%s %d%s%s%s %s" % (R.choice(streets), R.randint(1, 60), R.choice(["", ", lgh %d" % R.randint(1001, 1304)]), br, t[0], t[1])
    if cc == "TR":
        return "%s %s No: %d D: %d%s%s %s" % (t[0], R.choice(streets), R.randint(1, 80), R.randint(1, 20), br, t[1], t[2])
    if cc == "IN":
        return "Flat %d, %s, %s, %s%s%s, %s %s" % (R.randint(101, 1204), t[0], R.choice(streets), t[1], br, t[2], t[3], t[4])
    if cc == "AU":
        return "%s%d %s%s%s %s %s" % (R.choice(["", "Unit %d/" % R.randint(1, 12)]), R.randint(2, 180), R.choice(streets), br, t[0], t[1], t[2])
    if cc == "CA":
        return "%d %s%s%s %s  %s" % (R.randint(10, 2400), R.choice(streets), br, t[0], t[1], t[2])
    if cc == "JP":
        if latin:
            return "%s, Tokyo %s" % (R.choice(["3-14-7 Jingumae, Shibuya-ku", "2-8-15 Hakataekimae, Hakata-ku"]), "150-0001")
        return "〒%s %s%s" % (t[0], t[1], (" " + t[2]) if t[2] else "")
    if cc == "CN":
        return "%s（邮编 %s）" % (t[1], t[0]) if R.random() < 0.3 else t[1]
    if cc == "KR":
        return "%s (%s)" % (t[1], t[0]) if R.random() < 0.6 else "(%s) %s" % (t[0], t[1])
    if cc == "RU":
        return "%s, %s" % (t[0], t[1]) if R.random() < 0.5 else "%s, %s" % (t[1], t[0])
    if cc == "AE":
        return "%s%s%s, UAE" % (t[0], br, t[1])
    if cc == "SG":
        return "%s%s%s" % (t[0], br, t[1])
    raise KeyError(cc)


def AD(R, cc, multiline=None):
    return L("address", address_text(R, cc, multiline), sub=cc)


# ====================================================================== ids
def nif_pt_random(R):
    while True:
        b = R.choice("123") + _d(R, 7)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = 11 - s % 11
        c = 0 if c >= 10 else c
        return b + str(c)


def nif_pt_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    c = 11 - sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) % 11
    return int(s[8]) == (0 if c >= 10 else c)


def tckn_random(R):
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


def cnid_make(R, area, born, sex):
    seq = R.randint(1, 499) * 2 - (1 if sex == "m" else 0)
    b = "%s%s%03d" % (area, born.strftime("%Y%m%d"), seq)
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cnid_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


BELFIORE = {"Bologna": "A944", "Torino": "L219", "Napoli": "F839", "Milano": "F205", "Palermo": "G273", "Roma": "H501", "Cagliari": "B354"}


def cf_for(R, p, born):
    return cf_make(p.family.replace(" ", ""), p.given, born.year % 100, born.month, born.day, p.sex == "f", R.choice(sorted(BELFIORE.values())))


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def dni_ok(s):
    s = s.replace("-", "").replace(".", "")
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def birth(R, lo=1950, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def dob_text(R, d, lang):
    if lang in MONTHS and R.random() < 0.35:
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            return R.choice(["%d %s %d" % (d.day, m, d.year), "%s %d, %d" % (m, d.day, d.year)])
        if lang == "de":
            return "%d. %s %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year) if lang not in ("es", "pt") else "%d de %s de %d" % (d.day, m, d.year)
    if lang == "en_us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if lang in ("de", "ru", "tr", "pl"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang in ("ja",):
        return R.choice(["%d年%d月%d日" % (d.year, d.month, d.day), "%d/%02d/%02d" % (d.year, d.month, d.day)])
    if lang in ("zh",):
        return R.choice(["%d年%d月%d日" % (d.year, d.month, d.day), d.isoformat()])
    if lang == "ko":
        return R.choice(["%d년 %d월 %d일" % (d.year, d.month, d.day), "%d.%02d.%02d" % (d.year, d.month, d.day)])
    if lang in ("se", "sv", "iso"):
        return d.isoformat()
    if lang == "nl":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def DOB(R, lang, d=None):
    d = d or birth(R)
    return L("dob", dob_text(R, d, lang))


# ====================================================================== cards, ibans, ips
def card_text(R, issuer, sep=None):
    num = card_random(R, issuer)
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", "\u00a0"])
    if sep == "":
        return num
    sizes = card_grouping(len(num))
    return sep.join(split_groups(num, sizes))


def CARD(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb"])
    return L("card", card_text(R, issuer, sep), sub=issuer)


def iban_text(R, cc, style=None):
    v = iban_random(R, cc)
    style = style or R.choice(["group", "group", "compact", "nbsp"])
    if style == "compact":
        return v
    return group(v, 4, "\u00a0" if style == "nbsp" else " ")


def IBAN(R, cc, style=None, holder=None):
    if holder:
        return L("iban", iban_text(R, cc, style), sub=cc, holder=holder)
    return L("iban", iban_text(R, cc, style), sub=cc)


def ip4(R):
    while True:
        a = ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not str(a).startswith(("1.1.1", "8.8.", "9.9.9")):
            return str(a)


def ip6(R):
    while True:
        s = "%s:%x:%x:%x:%x:%x:%x:%x" % (R.choice(["2a02", "2a01", "2001", "2600", "2003", "2a00", "2409", "240e"]),
                                          *[R.randint(0, 0xffff) for _ in range(7)])
        a = ipaddress.IPv6Address(s)
        if a.is_global:
            return a.compressed


def IP(R, v6=None):
    v6 = (R.random() < 0.2) if v6 is None else v6
    return L("ip", ip6(R) if v6 else ip4(R), sub="v6" if v6 else "v4")


DOC_IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def doc_ip(R):
    return R.choice(DOC_IPS) % R.randint(1, 254)


# ====================================================================== secrets
HEX = "0123456789abcdef"


def SEC(R, kind):
    if kind == "pickup_code":
        v = R.choice([_d(R, 6), _d(R, 6), _d(R, 8), _d(R, 4) + "-" + _d(R, 4)])
    elif kind == "door_code":
        v = R.choice(["%s%s" % (_d(R, 4), R.choice("AB")), _d(R, 4), "%s#" % _d(R, 4), "A%s" % _d(R, 3)])
    elif kind == "device_passcode":
        v = R.choice([_d(R, 6), _d(R, 4), "%s%s" % (R.choice(["Mila", "Kiwi", "Ostsee", "Brumm", "Tulpe"]), _d(R, 3))])
    elif kind == "password":
        v = R.choice(["Gartenzwerg", "Waffel", "Pinguin", "Leuchtturm", "Sirocco", "Mandarina", "Zuckerwatte", "Brombeere", "Kakadu", "Pistache"]) + \
            R.choice(["!", "#", "$", "?", "*", "_", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "K", "!"])
    elif kind == "shopify_token":
        v = "shpat_" + rnd(R, HEX, 32)
    elif kind == "shopify_secret":
        v = "shpss_" + rnd(R, HEX, 32)
    elif kind == "woo_secret":
        v = "cs_" + rnd(R, HEX, 40)
    elif kind == "stripe_webhook":
        v = "whsec_" + rnd(R, ALNUM, 32)
    elif kind == "mailchimp":
        v = rnd(R, HEX, 32) + "-us" + str(R.randint(2, 21))
    elif kind == "paypal_secret":
        v = "E" + rnd(R, URLSAFE, 79)
    elif kind == "reset_token":
        v = rnd(R, URLSAFE, R.choice([32, 43, 48]))
    elif kind == "smtp_password":
        v = rnd(R, "abcdefghijklmnopqrstuvwxyz", 4) + " " + rnd(R, "abcdefghijklmnopqrstuvwxyz", 4) + " " + rnd(R, "abcdefghijklmnopqrstuvwxyz", 4) + " " + rnd(R, "abcdefghijklmnopqrstuvwxyz", 4)
    else:
        v = secret_random(R, kind)
    return L("secret", v, sub=kind)


# ====================================================================== look-alikes
def luhn_bad(R, fn):
    """A number made by fn that fails Luhn (so it cannot be read as a card)."""
    while True:
        v = fn()
        if not luhn_ok(re.sub(r"\D", "", v)):
            return v


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def ean13(R, prefix=None):
    while True:
        b = (prefix or R.choice(["400", "401", "590", "560", "800", "871", "490", "690", "880", "300", "841", "762"])) + _d(R, 12 - len(prefix or "400"))
        v = b + gs1_check(b)
        if not luhn_ok(v):
            return v


def upc12(R):
    b = R.choice("0678") + _d(R, 10)
    return b + gs1_check(b)


def gtin14(R):
    while True:
        b = R.choice("123") + ean13(R)[:12]
        v = b + gs1_check(b)
        if not luhn_ok(v):
            return v


def imei(R):
    return luhn_complete(R.choice(["35", "86", "01", "35"]) + _d(R, 12))


def s10(R, cc, svc=None):
    """UPU S10 item id with its mod-11 check digit."""
    body = _d(R, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return (svc or R.choice(["RR", "LX", "CP", "RB", "EE", "LB"])) + body + str(c) + cc


def tracking(R, carrier):
    if carrier == "DHL":
        return R.choice([luhn_bad(R, lambda: "JJD0000" + _d(R, 11)), _d(R, 12), "JVGL" + _d(R, 16)])
    if carrier == "PostNL":
        return "3S" + rnd(R, string.ascii_uppercase, 4) + _d(R, 9)
    if carrier == "Colissimo":
        return R.choice(["6A", "8R", "6Q"]) + _d(R, 11)
    if carrier == "Correos":
        return R.choice(["PQ4", "PK4"]) + rnd(R, string.ascii_uppercase + string.digits, 5) + _d(R, 12) + rnd(R, string.ascii_uppercase, 1)
    if carrier == "InPost":
        return _d(R, 24)
    if carrier == "Royal Mail":
        return s10(R, "GB", R.choice(["AB", "TT", "RQ", "LY"]))
    if carrier == "Yamato":
        return "%s-%s-%s" % (_d(R, 4), _d(R, 4), _d(R, 4))
    if carrier == "SF":
        return luhn_bad(R, lambda: "SF" + _d(R, 13))
    if carrier == "Aramex":
        return _d(R, 11)
    if carrier == "UPS":
        return "1Z" + rnd(R, string.ascii_uppercase + string.digits, 6) + _d(R, 10)
    if carrier == "GLS":
        return _d(R, 11)
    if carrier == "CJ":
        return "%s-%s-%s" % (_d(R, 4), _d(R, 4), _d(R, 4))
    if carrier == "CDEK":
        return _d(R, 10)
    if carrier == "PostNord":
        return s10(R, "SE", R.choice(["UA", "RR", "VV"]))
    if carrier == "Poste":
        return s10(R, "IT", "RR")
    if carrier == "CTT":
        return s10(R, "PT", R.choice(["RR", "LX", "EA"]))
    if carrier == "Correios":
        return s10(R, "BR", R.choice(["NL", "QB", "OV"]))
    if carrier == "USPS":
        return luhn_bad(R, lambda: "9400 1" + _d(R, 3) + " " + _d(R, 4) + " " + _d(R, 4) + " " + _d(R, 4) + " " + _d(R, 2))
    if carrier == "bpost":
        return "3232" + _d(R, 20)
    if carrier == "PTT":
        return s10(R, "TR", "RR")
    if carrier == "JP":
        return "%s-%s-%s" % (_d(R, 4), _d(R, 4), _d(R, 4))
    raise KeyError(carrier)


def order_no(R, shop):
    if shop in ("Amazon", "amazon"):
        return luhn_bad(R, lambda: "%s-%s-%s" % (R.choice(["302", "303", "304", "028", "404", "171", "406", "114", "702", "408", "250", "503", "249"]), _d(R, 7), _d(R, 7)))
    f = R.choice([lambda: "#%d" % R.randint(1001, 48999), lambda: "%s-%s" % (rnd(R, string.ascii_uppercase, 2), _d(R, 8)),
                  lambda: "%d%s" % (R.randint(10, 99), _d(R, 8)), lambda: "ORD-%s-%s" % (R.choice(["2025", "2026"]), _d(R, 6))])
    return luhn_bad(R, f)


def sku(R):
    return R.choice(["%s-%s-%s" % (rnd(R, string.ascii_uppercase, 3), R.choice(["BLK", "NVY", "WHT", "OLV", "GRY"]), R.choice(["S", "M", "L", "XL", "38", "42"])),
                     "%s%s" % (rnd(R, string.ascii_uppercase, 2), _d(R, 6)), "ART.%s.%s" % (_d(R, 4), _d(R, 3))])


def serial(R):
    return R.choice(["C02" + rnd(R, string.ascii_uppercase + string.digits, 9), "SN" + _d(R, 10),
                     rnd(R, string.ascii_uppercase, 2) + _d(R, 2) + rnd(R, string.ascii_uppercase + string.digits, 8)])


def price(R, cur):
    v = R.randint(3, 900) + R.choice([0, 0.5, 0.99, 0.95, 0.49, 0.9])
    s = "%.2f" % v
    a, b = s.split(".")
    if cur == "EUR":
        return R.choice(["%s,%s €" % (a, b), "€ %s,%s" % (a, b), "%s,%s EUR" % (a, b), "%s,%s\u00a0€" % (a, b)])
    if cur == "USD":
        return "$%s.%s" % (a, b)
    if cur == "GBP":
        return "£%s.%s" % (a, b)
    if cur == "CHF":
        return "CHF %s.%s" % (a, b)
    if cur == "PLN":
        return "%s,%s zł" % (a, b)
    if cur == "SEK":
        return "%s kr" % a
    if cur == "BRL":
        return "R$ %s,%s" % (a, b)
    if cur == "MXN":
        return "$%s.%s MXN" % (a, b)
    if cur == "TRY":
        return "%s,%s TL" % (a, b) if R.random() < 0.5 else "₺%s,%s" % (a, b)
    if cur == "JPY":
        return R.choice(["¥%s" % format(int(a) * 150, ","), "%s円" % format(int(a) * 150, ",")])
    if cur == "CNY":
        return R.choice(["¥%s.%s" % (a, b), "%s元" % a])
    if cur == "KRW":
        return "%s원" % format(int(a) * 1400, ",")
    if cur == "RUB":
        return "%s\u00a0₽" % format(int(a) * 95, ",").replace(",", "\u00a0")
    if cur == "INR":
        return "₹%s" % format(int(a) * 85, ",")
    if cur == "AED":
        return "AED %s.%s" % (a, b)
    if cur == "AUD":
        return "A$%s.%s" % (a, b)
    if cur == "CAD":
        return "CA$%s.%s" % (a, b)
    raise KeyError(cur)


CUR = {"US": "USD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "AT": "EUR", "CH": "CHF", "FR": "EUR", "BE": "EUR", "NL": "EUR",
       "ES": "EUR", "MX": "MXN", "PT": "EUR", "BR": "BRL", "IT": "EUR", "PL": "PLN", "SE": "SEK", "TR": "TRY", "IN": "INR",
       "AU": "AUD", "CA": "CAD", "JP": "JPY", "CN": "CNY", "KR": "KRW", "RU": "RUB", "AE": "AED", "SG": "USD"}


def past_date(R, lang, year=2026):
    d = datetime.date(year, R.randint(1, 11), R.randint(1, 28))
    if lang in ("ja", "zh"):
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if lang == "ko":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if lang in ("en_us",):
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if lang in ("de", "ru", "tr", "pl"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang in ("sv", "iso"):
        return d.isoformat()
    if lang == "nl":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    if lang == "en" and R.random() < 0.5:
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1][:3], d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def masked_card(R):
    return R.choice(["**** **** **** %s" % _d(R, 4), "•••• %s" % _d(R, 4), "XXXX-XXXX-XXXX-%s" % _d(R, 4),
                     "%s******%s" % (R.choice(["4", "5"]) + _d(R, 5), _d(R, 4)), "ending in %s" % _d(R, 4)])


def masked_email(R):
    return "%s***@%s" % (R.choice("abcdefghijklmnoprstvw"), R.choice(["gmail.com", "web.de", "orange.fr", "hotmail.com", "libero.it", "wp.pl"]))


BRANDS = ["Dr. Martens", "Tommy Hilfiger", "Louis Vuitton", "Ben & Jerry's", "Calvin Klein", "Ralph Lauren", "Hugo Boss",
          "Carolina Herrera", "Massimo Dutti", "Vivienne Westwood", "Paul Smith", "Ted Baker", "Stella McCartney",
          "Marc O'Polo", "Jack Wolfskin", "Kiehl's", "Christian Louboutin", "Tom Ford", "Jean Paul Gaultier", "Jo Malone"]
BRAND_ITEMS = [("Dr. Martens", "1460 Smooth boots"), ("Tommy Hilfiger", "logo hoodie"), ("Louis Vuitton", "Monogram card holder"), ("Calvin Klein", "90s straight jeans"),
               ("Ralph Lauren", "Oxford shirt"), ("Hugo Boss", "slim-fit blazer"), ("Carolina Herrera", "Good Girl EDP 80 ml"), ("Massimo Dutti", "wool coat"),
               ("Vivienne Westwood", "orb pendant"), ("Paul Smith", "leather wallet"), ("Ted Baker", "icon tote bag"), ("Stella McCartney", "Falabella mini bag"),
               ("Marc O'Polo", "cotton sweater"), ("Jack Wolfskin", "rain jacket"), ("Kiehl's", "Ultra Facial Cream 50 ml"), ("Christian Louboutin", "So Kate pumps"),
               ("Tom Ford", "FT0237 sunglasses"), ("Jean Paul Gaultier", "Le Male EDT 125 ml"), ("Jo Malone", "Wood Sage & Sea Salt cologne 100 ml")]
STORES = ["John Lewis", "Marks & Spencer", "Peek & Cloppenburg", "Galeries Lafayette", "Harvey Nichols", "Selfridges",
          "Albert Heijn", "Sainsbury's", "Rossmann", "Dunnes Stores", "Ernsting's family", "Leroy Merlin", "Rinascente"]


# ====================================================================== requests
REQ = {
    "en": ["Can you help me write a reply to this?", "Is anything wrong with this order? The address looks off to me.",
           "Can you summarise what they are asking me to do?", "Please draft a polite but firm complaint based on this.",
           "Is this legit or a scam?", "What are my rights here? Can I get a refund?", "Tidy this up into a short e-mail please.",
           "Could you translate this into plain English and tell me what to do next?"],
    "in": ["Please help me reply to this, they are not responding since 10 days.", "Kindly check and tell me what all I should write in the complaint.",
           "Is this genuine or fraud? Please advise.", "Can you make a proper mail out of this for the seller?"],
    "de": ["Kannst du mir helfen, darauf zu antworten?", "Ist das seriös oder Betrug?", "Kannst du mir eine Beschwerde daraus formulieren?",
           "Was genau wollen die jetzt von mir?", "Bitte fass das kurz zusammen.", "Hab ich hier ein Widerrufsrecht?"],
    "fr": ["Tu peux m'aider à répondre à ce message ?", "C'est une arnaque ou pas ?", "Peux-tu rédiger une réclamation à partir de ça ?",
           "Résume-moi ça en deux phrases stp.", "Qu'est-ce que je dois faire maintenant ?"],
    "es": ["¿Me ayudas a contestar a este mensaje?", "¿Esto es una estafa?", "¿Puedes redactar una reclamación con esto?",
           "Resúmeme qué me piden, porfa.", "¿Tengo derecho a devolución?"],
    "it": ["Mi aiuti a rispondere a questo messaggio?", "È una truffa secondo te?", "Puoi scrivermi un reclamo partendo da qui?",
           "Riassumimi cosa mi chiedono.", "Ho diritto al rimborso?"],
    "nl": ["Kun je me helpen hierop te reageren?", "Is dit oplichting?", "Kun je hier een nette klacht van maken?",
           "Wat willen ze nu precies van me?", "Vat dit even kort samen aub."],
    "pt": ["Podes ajudar-me a responder a isto?", "Isto é golpe?", "Me ajuda a escrever uma reclamação com base nisso?",
           "Resume o que eles estão pedindo.", "Tenho direito a reembolso?"],
    "pl": ["Pomożesz mi odpisać na tę wiadomość?", "Czy to jest oszustwo?", "Napisz mi reklamację na tej podstawie.",
           "Streść mi, czego ode mnie chcą.", "Czy przysługuje mi zwrot pieniędzy?"],
    "sv": ["Kan du hjälpa mig att svara på det här?", "Är det här bedrägeri?", "Kan du skriva ett klagomål utifrån detta?", "Sammanfatta kort vad de vill."],
    "tr": ["Buna nasıl cevap vereyim, yardım eder misin?", "Bu dolandırıcılık mı?", "Bununla ilgili bir şikâyet metni yazar mısın?",
           "Benden ne istediklerini kısaca özetler misin?"],
    "ja": ["この内容で返信文を作ってもらえますか？", "これは詐欺でしょうか？", "この内容を要約してください。", "返品したいのですが、どう書けばいいですか？"],
    "zh": ["帮我写个回复吧。", "这是不是诈骗？", "帮我根据这个写一份投诉。", "帮我总结一下他们要我做什么。"],
    "ko": ["이거 답장 좀 써 줄래?", "이거 사기야?", "이 내용으로 항의 메일 좀 써 줘.", "요약해 줄 수 있어?"],
    "ru": ["Помоги ответить на это сообщение.", "Это мошенники?", "Составь, пожалуйста, претензию на основе этого.", "Кратко объясни, чего от меня хотят."],
    "ar": ["ساعدني في كتابة رد على هذه الرسالة.", "هل هذه رسالة احتيال؟", "اكتب لي شكوى بناءً على هذا من فضلك.", "لخّص لي المطلوب مني."],
}
CODE_REQ = {
    "en": ["Why is this failing?", "Can you find the bug?", "Clean this up before I share it with the freelancer.", "What does this log tell me?"],
    "de": ["Warum klappt das nicht?", "Siehst du den Fehler?"], "fr": ["Pourquoi ça plante ?"], "es": ["¿Por qué falla esto?"],
    "it": ["Perché non funziona?"], "nl": ["Waarom werkt dit niet?"], "pl": ["Dlaczego to nie działa?"], "pt": ["Por que isso não funciona?"],
}


def wrap(R, lang, body, reqs=None):
    q = R.choice(reqs or REQ[lang])
    st = R.randrange(7)
    if st == 0:
        return [q, "\n\n", body]
    if st == 1:
        return [body, "\n\n", q]
    if st == 2:
        return [q, '\n"""\n', body, '\n"""']
    if st == 3:
        return [q, "\n---\n", body, "\n---"]
    if st == 4:
        return [q, "\n```\n", body, "\n```"]
    if st == 5:
        return [body, "\n\n--\n", q]
    if q.endswith(("?", "？", "؟")) or lang in ("ja", "zh", "ko", "ar"):
        return [q, "\n", body]
    return [q.rstrip(".。!") + ":\n\n", body]


TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f.__name__, f, count, clean))
        return f
    return deco


def fill(frame_, **kw):
    """Splits a frame with {name} slots into parts, the slots replaced by kw."""
    out = []
    for tok in re.split(r"(\{\w+\})", frame_):
        if re.fullmatch(r"\{\w+\}", tok):
            out.append(kw[tok[1:-1]])
        elif tok:
            out.append(tok)
    return out


def pick(R, xs):
    return R.choice(xs)


# ====================================================================== labelled templates
def G(p):
    """The given name alone (greetings, chat senders)."""
    return L("person", p.given, sub=p.cult)


OC = {
    "de": dict(cult="de", cc="DE", shop="Zalando", mail="noreply@zalando.de", subj="Deine Bestellung {o} ist eingegangen", hi="Hallo ", thanks="vielen Dank für deine Bestellung vom {d}. Wir packen gerade alles für dich ein.",
               ordl="Bestellnummer", items="Artikel", ship="Lieferadresse", bill="Rechnungsadresse", tel="Telefon (nur für den Zusteller)", pay="Zahlungsart", eta="Voraussichtliche Zustellung",
               foot="Fragen? Unser Service ist unter 030 2000 4000 erreichbar (Mo-Fr 8-20 Uhr). Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin", dl="de"),
    "ch": dict(cult="ch", cc="CH", shop="Galaxus", mail="noreply@galaxus.ch", subj="Bestellbestätigung {o}", hi="Grüezi ", thanks="besten Dank für Ihre Bestellung vom {d}.",
               ordl="Bestellnummer", items="Artikel", ship="Lieferadresse", bill="Rechnungsadresse", tel="Telefon (für Lieferavis)", pay="Zahlungsart", eta="Lieferung voraussichtlich",
               foot="Digitec Galaxus AG, Pfingstweidstrasse 60b, 8005 Zürich · Kundendienst 044 575 95 00", dl="de"),
    "fr": dict(cult="fr", cc="FR", shop="Fnac", mail="ne-pas-repondre@fnac.com", subj="Confirmation de votre commande n° {o}", hi="Bonjour ", thanks="merci pour votre commande du {d} sur fnac.com.",
               ordl="Commande n°", items="Article(s)", ship="Adresse de livraison", bill="Adresse de facturation", tel="Téléphone (pour le livreur)", pay="Paiement", eta="Livraison estimée",
               foot="Service client : 0 892 35 04 05 (0,80 €/min). Fnac Darty, 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine", dl="fr"),
    "es": dict(cult="es", cc="ES", shop="El Corte Inglés", mail="pedidos@elcorteingles.es", subj="Hemos recibido tu pedido {o}", hi="Hola, ", thanks="gracias por tu compra del {d}.",
               ordl="Nº de pedido", items="Artículos", ship="Dirección de entrega", bill="Datos de facturación", tel="Teléfono de contacto", pay="Forma de pago", eta="Entrega prevista",
               foot="Atención al cliente: 901 122 122. El Corte Inglés, S.A., Hermosilla 112, 28009 Madrid", dl="es"),
    "it": dict(cult="it", cc="IT", shop="Amazon.it", mail="conferma-spedizione@amazon.it", subj="Il tuo ordine Amazon.it n. {o}", hi="Ciao ", thanks="grazie per il tuo ordine del {d}.",
               ordl="Ordine n.", items="Articoli", ship="Indirizzo di spedizione", bill="Indirizzo di fatturazione", tel="Telefono", pay="Metodo di pagamento", eta="Consegna prevista",
               foot="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Questa e-mail è stata inviata da un indirizzo che non accetta risposte.", dl="it"),
    "nl": dict(cult="nl", cc="NL", shop="bol.", mail="klantenservice@bol.com", subj="Bedankt voor je bestelling {o}", hi="Hoi ", thanks="bedankt voor je bestelling van {d}.",
               ordl="Bestelnummer", items="Artikelen", ship="Bezorgadres", bill="Factuuradres", tel="Telefoonnummer", pay="Betaalwijze", eta="Verwachte bezorging",
               foot="bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht. Vragen? Kijk op bol.com/klantenservice.", dl="nl"),
    "be": dict(cult="be", cc="BE", shop="Coolblue", mail="noreply@coolblue.be", subj="Je bestelling {o} is bevestigd", hi="Dag ", thanks="alles is geregeld! We hebben je bestelling van {d} ontvangen.",
               ordl="Bestelnummer", items="Wat je bestelde", ship="Bezorgadres", bill="Factuuradres", tel="Gsm", pay="Betaald met", eta="Bezorging",
               foot="Coolblue België NV, Medialaan 34, 1800 Vilvoorde. Klantenservice: 03 204 72 00.", dl="nl"),
    "pl": dict(cult="pl", cc="PL", shop="Allegro", mail="powiadomienia@allegro.pl", subj="Dziękujemy za zakup, zamówienie {o}", hi="Cześć ", thanks="dziękujemy za zakupy z dnia {d}.",
               ordl="Nr zamówienia", items="Produkty", ship="Adres dostawy", bill="Dane do faktury", tel="Telefon", pay="Płatność", eta="Przewidywana dostawa",
               foot="Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań. Wiadomość wygenerowana automatycznie.", dl="pl"),
    "sv": dict(cult="se", cc="SE", shop="CDON", mail="no-reply@cdon.se", subj="Orderbekräftelse {o}", hi="Hej ", thanks="tack för din beställning den {d}.",
               ordl="Ordernummer", items="Produkter", ship="Leveransadress", bill="Faktureringsadress", tel="Mobilnummer (för avisering)", pay="Betalning", eta="Beräknad leverans",
               foot="CDON AB, Box 385, 201 23 Malmö. Kundtjänst: kundservice@cdon.se", dl="sv"),
    "pt": dict(cult="pt", cc="PT", shop="Worten", mail="encomendas@worten.pt", subj="A sua encomenda {o} foi confirmada", hi="Olá ", thanks="obrigado pela sua compra de {d}.",
               ordl="N.º da encomenda", items="Artigos", ship="Morada de entrega", bill="Morada de faturação", tel="Telemóvel", pay="Pagamento", eta="Entrega prevista",
               foot="Worten - Equipamentos para o Lar, S.A., Rua João Mendonça 505, 4464-503 Senhora da Hora. Linha de apoio: 210 158 222.", dl="pt"),
    "br": dict(cult="br", cc="BR", shop="Magalu", mail="naoresponda@magazineluiza.com.br", subj="Recebemos seu pedido {o}", hi="Oi, ", thanks="seu pedido feito em {d} foi aprovado.",
               ordl="Pedido", items="Produtos", ship="Endereço de entrega", bill="Dados de cobrança", tel="Celular", pay="Pagamento", eta="Previsão de entrega",
               foot="Magazine Luiza S/A - Rua Arnulfo de Lima, 2385 - Franca/SP. SAC 0800 773 3838.", dl="pt"),
    "en": dict(cult="gb", cc="GB", shop="Argos", mail="noreply@argos.co.uk", subj="Thanks for your order {o}", hi="Hi ", thanks="thanks for shopping with us on {d}.",
               ordl="Order number", items="Items", ship="Delivery address", bill="Billing address", tel="Mobile (for delivery updates)", pay="Paid with", eta="Delivery date",
               foot="Argos Limited, 1 Drummond Gate, Pimlico, London SW1V 2QQ. Customer services 0345 640 2020.", dl="en"),
    "en_us": dict(cult="us", cc="US", shop="Etsy", mail="transaction@etsy.com", subj="Your Etsy Purchase from WildOakPottery ({o})", hi="Hi ", thanks="your order from {d} is confirmed. WildOakPottery will ship it soon.",
                  ordl="Order", items="Items", ship="Ship to", bill="Billing address", tel="Phone", pay="Payment", eta="Estimated delivery",
                  foot="Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201. Questions about this order? Contact the shop through Messages.", dl="en_us"),
    "mx": dict(cult="mx", cc="MX", shop="Liverpool", mail="notificaciones@liverpool.com.mx", subj="Tu pedido {o} fue confirmado", hi="Hola ", thanks="gracias por comprar en Liverpool el {d}.",
               ordl="Número de pedido", items="Artículos", ship="Dirección de envío", bill="Facturación", tel="Celular", pay="Forma de pago", eta="Entrega estimada",
               foot="Distribuidora Liverpool, S.A. de C.V. Atención a clientes: 55 5262 9999.", dl="es"),
    "tr": dict(cult="tr", cc="TR", shop="Trendyol", mail="bilgi@trendyol.com", subj="{o} numaralı siparişiniz alındı", hi="Merhaba ", thanks="{d} tarihli siparişiniz için teşekkür ederiz.",
               ordl="Sipariş No", items="Ürünler", ship="Teslimat Adresi", bill="Fatura Adresi", tel="Cep Telefonu", pay="Ödeme", eta="Tahmini Teslimat",
               foot="DSM Grup Danışmanlık İletişim ve Satış Tic. A.Ş. Müşteri Hizmetleri: 0850 333 0 333", dl="tr"),
}
OC_LANG = {"en_us": "en", "be": "nl", "br": "pt", "mx": "es", "ch": "de"}


def item_line(R, cc, lang):
    b, prod = R.choice(BRAND_ITEMS)
    return "%s %s, %s: %s, EAN %s  %s" % (b, prod, "SKU", sku(R), ean13(R), price(R, CUR[cc]))


@tpl(34)
def order_confirmation(R):
    key = R.choice(sorted(OC))
    f = OC[key]
    lang = OC_LANG.get(key, key)
    cc = f["cc"]
    p, q = people(R, [f["cult"], f["cult"]])
    o = order_no(R, "Amazon" if "Amazon" in f["shop"] else f["shop"])
    d = past_date(R, f["dl"])
    body = ["From: %s <" % f["shop"], N(f["mail"], "role_mailbox"), ">\nTo: ", EM(R, p), "\nSubject: ", f["subj"].format(o=o), "\n\n",
            f["hi"], G(p), ",\n", f["thanks"].format(d=d), "\n\n", f["ordl"], ": ", N(o, "order_number"), "\n", f["items"], ":\n  ",
            N(item_line(R, cc, lang), "sku_ean"), "\n"]
    if R.random() < 0.5:
        body += ["  ", N(item_line(R, cc, lang), "sku_ean"), "\n"]
    body += ["\n", f["ship"], ":\n", PER(p), "\n", AD(R, cc, True), "\n"]
    r = R.random()
    if r < 0.5:
        body += ["\n", f["bill"], ":\n", PER(q), "\n", AD(R, cc, True), "\n"]
    elif r < 0.8:
        body += ["\n", f["bill"], ": = ", f["ship"], "\n"]
    body += ["\n", f["tel"], ": ", PHX(R, cc, 0.08), "\n"]
    if key in ("de", "ch", "nl", "sv") and R.random() < 0.5:
        body += [{"de": "Kauf auf Rechnung (Klarna) – Geburtsdatum: ", "ch": "Kauf auf Rechnung – Geburtsdatum: ", "nl": "Achteraf betalen (Klarna) – geboortedatum: ",
                  "sv": "Faktura (Klarna) – födelsedatum: "}[key], DOB(R, {"ch": "de", "sv": "sv"}.get(key, key)), "\n", f["eta"], ": "]
    else:
        body += [f["pay"], ": ", N(masked_card(R), "masked_card"), "\n", f["eta"], ": "]
    body += [N(past_date(R, f["dl"]), "delivery_date"), "\n\n", N(f["foot"], "shop_address_service_line")]
    return "email", lang, wrap(R, lang, body)


@tpl(26)
def asia_order(R):
    lang = R.choice(["ja", "ja", "zh", "zh", "ko", "ko"])
    if lang == "ja":
        p, q = people(R, ["ja", "ja"])
        o = luhn_bad(R, lambda: "%s-%s-%s" % (_d(R, 6), _d(R, 8), _d(R, 10)))
        body = ["【楽天市場】注文内容ご確認（自動配信メール）\n\n", PER(p), " 様\n\nこの度は「北欧雑貨テラス 楽天市場店」をご利用いただき、誠にありがとうございます。\n\n",
                "[受注番号] ", N(o, "order_number"), "\n[日時] ", N(past_date(R, "ja") + " 21:14:07", "order_date"), "\n[注文者] ", PER(p), " 様\n",
                AD(R, "JP"), "\n(TEL) ", PH(R, "JP"), "\n[支払方法] クレジットカード ", N(masked_card(R), "masked_card"), "\n"]
        if R.random() < 0.6:
            body += ["[送付先] ", PER(q), " 様\n", AD(R, "JP"), "\n(TEL) ", PH(R, "JP"), "\n[のし・ギフト] 誕生日プレゼント\n"]
        body += ["[商品] ", N("ムーミン マグカップ 300ml JAN:%s  %s" % (ean13(R, "490"), price(R, "JPY")), "jan_code"), "\n[配送方法] ヤマト運輸 お届け指定: ",
                 N(past_date(R, "ja") + " 14-16時", "delivery_date"), "\n\n北欧雑貨テラス お問い合わせ: ", N("shop-terrace@rakuten.ne.jp", "role_mailbox"), " / ",
                 N("0120-58-7214", "service_line")]
        return "email", lang, wrap(R, lang, body, ["この注文内容、送付先が合っているか確認してもらえますか？"] + REQ["ja"])
    if lang == "zh":
        p = person(R, "zh")
        o = luhn_bad(R, lambda: "3" + _d(R, 18))
        body = ["订单详情 | 淘宝\n订单编号：", N(o, "order_number"), "\n创建时间：", N(past_date(R, "zh") + " 09:32:51", "order_date"), "\n\n收货信息：\n",
                PER(p), "，", PH(R, "CN"), "，", AD(R, "CN"), "\n\n商品：", N("小米 Redmi Buds 6 青春版 ×1  " + price(R, "CNY"), "product"), "\n运费：", N("¥0.00", "price"),
                "\n实付款：", N(price(R, "CNY"), "price"), "\n物流：顺丰速运 ", N(tracking(R, "SF"), "tracking_number"), "\n"]
        if R.random() < 0.5:
            q = person(R, "zh", avoid=set(name_words(p.full_latin)))
            body += ["下单人：", PER(q), " ", PH(R, "CN"), "（代朋友下单）\n"]
        if R.random() < 0.5:
            body += ["卖家留言：亲，已发货，有问题请联系客服 ", N("400-811-1111", "service_line"), "\n"]
        if R.random() < 0.5:
            body += ["买家备注：放丰巢快递柜，别打电话，白天上班。收件人手机号如上。\n"]
        return "screenshot", lang, wrap(R, lang, body, ["这个订单地址好像填错了，帮我写个给卖家的留言，让他改成新地址。"] + REQ["zh"])
    p = person(R, "ko")
    o = luhn_bad(R, lambda: "2" + _d(R, 13))
    body = ["[쿠팡] 주문이 완료되었습니다\n\n", PER(p), "님, 주문해 주셔서 감사합니다.\n주문번호: ", N(o, "order_number"), "\n주문일시: ",
            N(past_date(R, "ko") + " 22:41", "order_date"), "\n\n받는 사람: ", PER(p), "\n연락처: ", PH(R, "KR"), "\n배송지: ", AD(R, "KR"),
            "\n배송 요청사항: 문 앞\n"]
    if R.random() < 0.5:
        body += ["공동현관 출입번호: ", SEC(R, "door_code"), "\n"]
    body += ["\n상품: ", N("스탠리 퀜처 텀블러 887ml 크림  " + price(R, "KRW"), "product"), "\n결제: ", N(masked_card(R), "masked_card"),
             "\n도착 예정: ", N(past_date(R, "ko") + " (목)", "delivery_date"), "\n고객센터 ", N("1577-7011", "service_line")]
    return "email", lang, wrap(R, lang, body, ["배송지를 회사로 바꾸고 싶은데 고객센터에 뭐라고 말하면 돼?"] + REQ["ko"])


@tpl(24)
def invoice_taxid(R):
    k = R.choice(["it", "it", "pt", "pt", "es", "br", "br", "tr"])
    if k == "it":
        p = person(R, "it")
        b = birth(R, 1958, 2001)
        body = ["FATTURA N. ", N("%d/FE/2026" % R.randint(100, 2999), "invoice_number"), " del ", N(past_date(R, "it"), "invoice_date"),
                "\n\nCedente/prestatore: ", N("Ferramenta Lucchesi S.n.c. – P.IVA IT0%s – Via Emilia Levante 212, 40139 Bologna" % _d(R, 10), "company_vat"),
                "\nCessionario/committente:\n", PER(p, p.family.upper() + " " + p.given.upper()), "\nCodice fiscale: ", L("gov_id", cf_for(R, p, b), sub="it_cf"),
                "\nIndirizzo: ", AD(R, "IT", False), "\nEmail: ", EM(R, p), "\nPEC/Codice destinatario: 0000000\n\n",
                N("Trapano avvitatore Bosch GSR 12V, cod. art. %s  1 pz  %s" % (sku(R), price(R, "EUR")), "sku"), "\nImponibile ", N(price(R, "EUR"), "price"),
                " – IVA 22% – Totale documento ", N(price(R, "EUR"), "price"), "\nPagamento: contanti alla consegna"]
        return "invoice", "it", wrap(R, "it", body, ["Il codice fiscale in questa fattura è giusto? Mi serve per la detrazione.", "Mi spieghi questa fattura?"] + REQ["it"])
    if k == "pt":
        p = person(R, "pt")
        body = ["FATURA-RECIBO FR ", N("FR%s/%d" % (rnd(R, string.ascii_uppercase, 2), R.randint(1000, 29999)), "invoice_number"), "\nData: ", N(past_date(R, "pt"), "invoice_date"),
                "\nATCUD: ", N("JF%s-%d" % (rnd(R, string.ascii_uppercase + string.digits, 6), R.randint(100, 9999)), "atcud"),
                "\n\nEmitente: ", N("Loja Verde Oliva, Lda. · NIPC 51%s · Rua de Cedofeita 411, 4050-181 Porto" % _d(R, 7), "company_vat"),
                "\nCliente: ", PER(p), "\nNIF: ", L("gov_id", nif_pt_random(R), sub="pt_nif"), "\nMorada: ", AD(R, "PT", False), "\nE-mail: ", EM(R, p),
                "\n\n1 x ", N("Azeite Virgem Extra 3 L (%s) %s" % (ean13(R, "560"), price(R, "EUR")), "ean"), "\nIVA 6%: incluído\nTotal: ", N(price(R, "EUR"), "price"),
                "\nPago por MB WAY (", PH(R, "PT", intl=False), ")"]
        return "invoice", "pt", wrap(R, "pt", body, ["O meu NIF está certo nesta fatura? Preciso dela para o IRS.", "Podes verificar se esta fatura está correta?"])
    if k == "es":
        p = person(R, "es")
        n, l_ = dni_random(R)
        idv = R.choice(["%s%s" % (n, l_), "%s-%s" % (n, l_)])
        body = ["FACTURA SIMPLIFICADA / FACTURA COMPLETA\nNº ", N("F-2026-%05d" % R.randint(1, 99999), "invoice_number"), "   Fecha: ", N(past_date(R, "es"), "invoice_date"),
                "\n\nEmisor: ", N("Bicicletas Turia S.L. · CIF B9%s · Av. del Puerto 61, 46023 Valencia" % _d(R, 7), "company_vat"),
                "\nCliente: ", PER(p), "\nNIF: ", L("gov_id", idv, sub="es_dni"), "\nDomicilio: ", AD(R, "ES", False),
                "\n\nConcepto: ", N("Casco Abus MonTrailer talla M  %s" % price(R, "EUR"), "product"), "\nBase imponible ", N(price(R, "EUR"), "price"), "  IVA 21%  Total ", N(price(R, "EUR"), "price")]
        return "invoice", "es", wrap(R, "es", body, ["Necesito que esta factura salga a nombre de mi empresa, ¿cómo se lo pido a la tienda?"] + REQ["es"])
    if k == "br":
        p = person(R, "br")
        c = cpf_random(R)
        cv = R.choice(["%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), c])
        body = ["DANFE - Documento Auxiliar da Nota Fiscal Eletrônica\nNF-e Nº ", N("000.%03d.%03d" % (R.randint(0, 999), R.randint(0, 999)), "nfe_number"), " Série 1\nChave de acesso: ",
                N(" ".join(_d(R, 4) for _ in range(11)), "nfe_access_key"), "\n\nEMITENTE: ", N("CASA & CIA UTILIDADES LTDA - CNPJ 12.%s.%s/0001-%s" % (_d(R, 3), _d(R, 3), _d(R, 2)), "company_cnpj"),
                "\n\nDESTINATÁRIO / REMETENTE\nNome/Razão social: ", PER(p, p.full.upper()), "\nCPF: ", L("gov_id", cv, sub="br_cpf"), "\nEndereço: ", AD(R, "BR", False),
                "\nFone: ", PH(R, "BR", intl=False), "\n\nDados do produto: ", N("Air fryer Mondial 4L  NCM 8516.60.00  %s" % price(R, "BRL"), "product"),
                "\nValor total da nota: ", N(price(R, "BRL"), "price")]
        return "invoice", "pt", wrap(R, "pt", body, ["A loja emitiu a nota com meu CPF, tá tudo certo aqui?", "Me explica essa nota fiscal?"])
    p = person(R, "tr")
    body = ["e-ARŞİV FATURA\nFatura No: ", N("TRY2026%09d" % R.randint(1, 10 ** 9 - 1), "invoice_number"), "\nFatura Tarihi: ", N(past_date(R, "tr"), "invoice_date"),
            "\nSatıcı: ", N("Ege Organik Gıda Ltd. Şti. VKN %s, Kemeraltı Çarşısı No: 18, Konak/İzmir" % _d(R, 10), "company_vkn"),
            "\n\nSAYIN\n", PER(p), "\nTCKN: ", L("gov_id", tckn_random(R), sub="tr_tckn"), "\nAdres: ", AD(R, "TR", False), "\nTel: ", PH(R, "TR", intl=False),
            "\n\n", N("Soğuk sıkım zeytinyağı 5 lt x 2  %s" % price(R, "TRY"), "product"), "\nKDV %10\nÖdenecek Tutar: ", N(price(R, "TRY"), "price")]
    return "invoice", "tr", wrap(R, "tr", body, ["Faturadaki TC kimlik numaram doğru mu, bir bakar mısın?"] + REQ["tr"])


CARRIERS = [
    # (carrier key, lang, cult, cc)
    ("DHL", "de", "de", "DE"), ("PostNL", "nl", "nl", "NL"), ("Colissimo", "fr", "fr", "FR"), ("Correos", "es", "es", "ES"),
    ("Royal Mail", "en", "gb", "GB"), ("Yamato", "ja", "ja", "JP"), ("SF", "zh", "zh", "CN"), ("Aramex", "ar", "ar", "AE"),
    ("CJ", "ko", "ko", "KR"), ("CDEK", "ru", "ru", "RU"), ("PostNord", "sv", "se", "SE"), ("InPost", "pl", "pl", "PL"),
    ("CTT", "pt", "pt", "PT"), ("Correios", "pt", "br", "BR"), ("USPS", "en", "us", "US"), ("PTT", "tr", "tr", "TR"),
    ("Poste", "it", "it", "IT"), ("GLS", "de", "at", "AT"), ("bpost", "nl", "be", "BE"),
]


COURIER_REQ = {"en": ["Is this text real? I'm not expecting anything.", "The driver never came, help me write to them."], "de": ["Ist die Nachricht echt? Ich erwarte eigentlich nichts.", "Wann genau kommt das Paket jetzt?"],
               "fr": ["Ce message est vrai ou c'est une arnaque ?"], "es": ["¿Este mensaje es real?"], "nl": ["Is dit echt of phishing?"], "it": ["È vero questo messaggio?"],
               "pl": ["Czy ta wiadomość jest prawdziwa?"], "pt": ["Isso é real ou golpe?"], "ja": ["このメールは本物ですか？"], "zh": ["这条短信是真的吗？"], "ko": ["이 문자 진짜야?"],
               "ru": ["Это настоящее сообщение или развод?"], "ar": ["هل هذه الرسالة حقيقية؟"], "sv": ["Är det här meddelandet äkta?"], "tr": ["Bu mesaj gerçek mi?"]}


@tpl(24)
def courier_notice(R):
    car, lang, cult, cc = R.choice(CARRIERS)
    p = person(R, cult)
    tn = N(tracking(R, car), "tracking_number")
    when = N(past_date(R, {"en": "en_us" if cc == "US" else "en"}.get(lang, lang)), "delivery_date")
    shop = N(R.choice(["Zalando", "Amazon", "Shein", "Temu", "AliExpress", "IKEA", "Decathlon", "H&M", "Uniqlo", "Apple"]), "shop_name")
    ph = PH(R, cc, intl=False)
    ad = AD(R, cc, False)
    if lang == "de":
        body = ["DHL Paket: Ihre Sendung ", tn, " von ", shop, " kommt heute.\n\nHallo ", PER(p), ",\nIhr Paket wird am ", when, " zwischen 10:30 und 13:30 Uhr zugestellt an:\n",
                ad, "\n\nSie sind nicht zu Hause? Wählen Sie einen Ablageort oder Wunschnachbarn. Für Rückfragen ruft Sie der Zusteller unter ", ph,
                " an.\n\nDeutsche Post AG · Charles-de-Gaulle-Straße 20 · 53113 Bonn · ", N("noreply@dhl.de", "role_mailbox")]
        if cc == "AT":
            body = ["GLS: Ihr Paket ", tn, " wird am ", when, " zugestellt.\nEmpfänger: ", PER(p), ", ", ad, "\nTelefon: ", ph,
                    "\nZustellzeitfenster: 08:45 – 11:45\nGLS Austria, Traunuferstraße 105a, 4052 Ansfelden · Hotline ", N("0810 20 20 20", "service_line")]
    elif lang == "nl":
        if cc == "BE":
            body = ["bpost: je pakje ", tn, " van ", shop, " is onderweg.\nOntvanger: ", PER(p), "\n", ad, "\nVerwachte levering: ", when,
                    "\nWe sturen een sms naar ", ph, " zodra de postbode in de buurt is.\n", N("noreply@bpost.be", "role_mailbox")]
        else:
            body = ["Van: PostNL <", N("noreply@notificatie.postnl.nl", "role_mailbox"), ">\nOnderwerp: Je pakket van ", shop, " komt ", when,
                    "\n\nHoi ", G(p), ",\n\nJe pakket met barcode ", tn, " wordt bezorgd op:\n", PER(p), "\n", ad,
                    "\nTijdvak: 17:25 - 19:25\nWe bellen of appen je op ", ph, " als de bezorger je niet thuis treft."]
    elif lang == "fr":
        body = ["Colissimo - Votre colis ", tn, " est en cours de livraison.\nBonjour ", PER(p), ",\nvotre colis ", shop, " sera livré le ", when,
                " à l'adresse suivante :\n", ad, "\nEn cas d'absence, il sera déposé au bureau de poste le plus proche. Le livreur pourra vous joindre au ", ph,
                ".\nSuivi : laposte.fr/outils/suivre-vos-envois · Service client ", N("3631", "service_line")]
    elif lang == "es":
        body = ["Correos: Tu envío ", tn, " está en reparto.\nDestinatario: ", PER(p), "\nDirección: ", ad, "\nTeléfono: ", ph,
                "\nFecha prevista: ", when, "\nSi no estás, te dejaremos un aviso y podrás recogerlo en tu oficina. ", N("Correos, Vía Dublín 7, 28070 Madrid", "carrier_address")]
    elif lang == "en" and cc == "GB":
        body = ["Royal Mail: Your item ", tn, " from ", shop, " is due today (", when, ").\nHi ", G(p), ", we'll deliver to ", ad,
                ". We've left a text on ", ph, " with a 1-hour window. Reply STOP to opt out.\n", N("Royal Mail Group Ltd, 185 Farringdon Road, London EC1A 1AA", "carrier_address")]
    elif lang == "en":
        body = ["USPS Informed Delivery®: Expected Delivery ", when, "\nTracking Number: ", tn, "\nDeliver to: ", PER(p, p.full.upper()), "\n", L("address", address_text(R, "US", True).upper(), sub="US"),
                "\nText alerts: ", ph, "\nThis is an automated e-mail, please do not reply. ", N("USPS-InformedDelivery@email.informeddelivery.usps.com", "role_mailbox")]
    elif lang == "ja":
        body = ["【ヤマト運輸】お荷物お届けのお知らせ\n", PER(p), "様\n", shop, "からのお荷物をお届け予定です。\n伝票番号：", tn, "\nお届け予定日時：", when, " 19時～21時\nお届け先：",
                ad, "\nご連絡先：", ph, "\n受け取り日時・場所の変更はクロネコメンバーズから。※このメールは送信専用です。"]
    elif lang == "zh":
        body = ["【顺丰速运】您的快件", tn, "正在派送中，派送员将尽快与您联系。\n收件人：", PER(p), " ", ph, "\n地址：", ad, "\n预计送达：", when,
                "\n如有疑问请拨打", N("95338", "service_line"), "。"]
    elif lang == "ar":
        body = ["أرامكس: شحنتك رقم ", tn, " في الطريق إليك.\nالمستلم: ", PER(p), "\nالعنوان: ", L("address", address_text(R, "AE", False), sub="AE"), "\nالهاتف: ", PH(R, "AE", intl=R.random() < 0.5),
                "\nموعد التوصيل المتوقع: ", when, "\nالدفع عند الاستلام: ", N(price(R, "AED"), "price"), "\nخدمة العملاء ", N("600 544000", "service_line")]
    elif lang == "ko":
        body = ["[CJ대한통운] ", PER(p), " 고객님의 상품(", shop, ")이 배송 출발하였습니다.\n운송장번호: ", tn, "\n배송지: ", ad, "\n연락처: ", ph,
                "\n도착 예정: ", when, "\n배송기사 연락처는 택배 앱에서 확인하세요. 고객센터 ", N("1588-1255", "service_line")]
    elif lang == "ru":
        body = ["СДЭК: Заказ № ", tn, " передан курьеру.\nПолучатель: ", PER(p), "\nАдрес доставки: ", ad, "\nТелефон: ", ph,
                "\nОжидаемая дата: ", when, ". Курьер позвонит за час. Код для получения придёт в SMS."]
    elif lang == "sv":
        body = ["PostNord: Ditt paket ", tn, " från ", shop, " levereras ", when, ".\nMottagare: ", PER(p), "\n", ad, "\nAvisering skickas till ", ph,
                ".\nKundservice: ", N("0771-33 33 10", "service_line")]
    elif lang == "pl":
        body = ["InPost Kurier: Dzień dobry, ", PER(p), "! Twoja paczka nr ", tn, " od ", shop, " zostanie doręczona ", when, " pod adres: ", ad,
                ". Kurier zadzwoni na numer ", ph, ". Infolinia ", N("722 444 000", "service_line")]
    elif lang == "pt" and cc == "PT":
        body = ["CTT: A sua encomenda ", tn, " de ", shop, " será entregue a ", when, ".\nDestinatário: ", PER(p), "\nMorada: ", ad, "\nContacto: ", ph,
                "\nPode reagendar em ctt.pt. Linha CTT ", N("210 471 616", "service_line")]
    elif lang == "pt":
        body = ["Correios: Objeto ", tn, " saiu para entrega ao destinatário.\nDestinatário: ", PER(p), "\nEndereço: ", ad, "\nCelular cadastrado: ", ph,
                "\nPrevisão: ", when, "\nImportação: taxa paga via Minhas Importações."]
    elif lang == "tr":
        body = ["PTT Kargo: ", tn, " barkodlu gönderiniz dağıtıma çıkmıştır.\nAlıcı: ", PER(p), "\nAdres: ", ad, "\nTel: ", ph, "\nTahmini teslim: ", when,
                "\nÇağrı merkezi ", N("444 1 788", "service_line")]
    else:
        body = ["Poste Italiane: la spedizione ", tn, " è in consegna ", when, ".\nDestinatario: ", PER(p), "\nIndirizzo: ", ad, "\nCellulare: ", ph,
                "\nIn caso di assenza troverai l'avviso e potrai ritirare all'ufficio postale o in un Punto Poste."]
    if R.random() < 0.35:
        body = body + ["\n\n" + {"de": "Ich war aber den ganzen Tag zu Hause!", "nl": "Ik was gewoon thuis, er is niemand geweest.", "fr": "J'étais chez moi toute la journée.",
                                 "es": "Estuve en casa toda la mañana y nadie llamó.", "en": "I was home all day and no one knocked.", "ja": "一日中家にいたのに不在票もありません。",
                                 "zh": "我一直在家，没人打电话。", "ar": "كنت في البيت طوال اليوم.", "ko": "하루 종일 집에 있었는데 아무도 안 왔어요.",
                                 "ru": "Я весь день был дома, курьер не звонил.", "sv": "Jag var hemma hela dagen.", "pl": "Byłem cały dzień w domu.",
                                 "pt": "Fiquei em casa o dia todo.", "tr": "Bütün gün evdeydim.", "it": "Ero a casa tutto il giorno."}[lang]]
    if R.random() < 0.3 and lang in ("de", "nl", "fr", "es", "en", "it", "pl", "sv"):
        nb = person(R, cult, avoid=set(name_words(p.full)))
        nbl = L("person", nb.full, sub=cult)
        body = body + fill({"de": "\n\nUpdate: laut App „beim Nachbarn {n} abgegeben“ – den Namen gibt es in unserem Haus gar nicht.",
                            "nl": "\n\nUpdate: volgens de app afgegeven bij buren ({n}), maar die naam ken ik niet.",
                            "fr": "\n\nMise à jour : « remis au voisin {n} » d'après l'appli, personne de ce nom chez nous.",
                            "es": "\n\nActualización: dice «entregado a vecino/a {n}», y no conozco a nadie con ese nombre.",
                            "en": "\n\nUpdate: app now says 'left with neighbour {n}' – nobody of that name lives on our street.",
                            "it": "\n\nAggiornamento: risulta «consegnato al vicino {n}», ma non esiste nessuno con quel nome qui.",
                            "pl": "\n\nAktualizacja: w aplikacji „doręczono do sąsiada {n}”, nikt taki tu nie mieszka.",
                            "sv": "\n\nUppdatering: appen säger ”lämnat hos granne {n}”, ingen med det namnet bor här."}[lang], n=nbl)
    return R.choice(["sms", "email"]), lang, wrap(R, lang, body, COURIER_REQ[lang] + REQ[lang][:2])


LOCKERS = [
    ("pl", "pl", "PL"), ("de", "de", "DE"), ("en", "gb", "GB"), ("fr", "fr", "FR"), ("es", "es", "ES"), ("nl", "nl", "NL"),
    ("ja", "ja", "JP"), ("zh", "zh", "CN"), ("ko", "ko", "KR"), ("sv", "se", "SE"), ("it", "it", "IT"), ("en_us", "us", "US"), ("tr", "tr", "TR"),
]


@tpl(24)
def locker_pickup(R):
    lang, cult, cc = R.choice(LOCKERS)
    p = person(R, cult)
    code = SEC(R, "pickup_code")
    if lang == "pl":
        lid = "%s%02d%s" % (R.choice(["KRA", "POZ", "GDA", "WRO", "LOD"]), R.randint(1, 99), R.choice("MAN"))
        body = ["InPost: Twoja paczka od ", N(R.choice(["Allegro", "Zalando", "Media Expert", "Empik"]), "shop_name"), " czeka w Paczkomacie ", N(lid, "locker_id"),
                " (", N("przy Biedronce, ul. Zakopiańska %d" % R.randint(10, 200), "locker_location"), "). Kod odbioru: ", code, ". Numer telefonu: ", PH(R, "PL", intl=False),
                ". Odbierz do ", N(past_date(R, "pl") + " 18:04", "deadline"), ". Numer paczki: ", N(tracking(R, "InPost"), "tracking_number")]
        if R.random() < 0.5:
            body = ["Siostra prosi, żebym odebrał jej paczkę, przesłała mi SMS-a:\n\n"] + body + ["\n\nPaczka jest na ", PER(p), "."]
            return "sms", lang, wrap(R, lang, body, ["Czy mogę odebrać cudzą paczkę z tym kodem? I jak to zrobić w aplikacji?"] + REQ["pl"])
        return "sms", lang, wrap(R, lang, body, ["Nie zdążę odebrać, jak przedłużyć termin?"] + REQ["pl"])
    if lang == "de":
        body = ["Hallo ", PER(p), ",\nIhre Sendung ", N(tracking(R, "DHL"), "tracking_number"), " liegt ab sofort in der Packstation ", N("%d" % R.randint(101, 399), "locker_id"),
                ", ", N("Hauptstraße %d (REWE-Parkplatz), %s" % (R.randint(1, 90), R.choice(["28195 Bremen", "48143 Münster", "24103 Kiel"])), "locker_location"),
                " für Sie bereit.\nIhr Abholcode: ", code, "\nPostnummer: ", N(luhn_bad(R, lambda: _d(R, 9)), "postnummer"), "\nLagerfrist: 7 Kalendertage (bis ", N(past_date(R, "de"), "deadline"), ")"]
        return "email", lang, wrap(R, lang, body, ["Mein Nachbar soll das Paket abholen, was muss ich ihm schicken?"] + REQ["de"])
    if lang == "en":
        body = ["Your Amazon parcel is ready for collection\n\nHi ", G(p), ",\nYour parcel is at Amazon Locker - ", N(R.choice(["Bramble", "Lupin", "Sorrel", "Fennel"]), "locker_name"),
                ", ", N("Co-op, 14 Market Place, Kendal LA9 4TN", "locker_location"), ".\nPick-up code: ", code, "\nOrder ", N(order_no(R, "Amazon"), "order_number"),
                "\nCollect by ", N(past_date(R, "en"), "deadline"), " or it will be returned for a refund.\nWe sent the same code by text to ", PH(R, "GB", intl=False), "."]
        return "email", "en", wrap(R, "en", body, ["Can my flatmate pick this up for me? What do I need to send her?"] + REQ["en"])
    if lang == "en_us":
        body = ["Amazon Hub Locker+ | ", N("Whole Foods Market, 1400 S Lamar Blvd", "locker_location"), "\n", PER(p), ", your package is ready. Show this code at the kiosk or scan the barcode:\n",
                code, "\nPickup by ", N(past_date(R, "en_us"), "deadline"), ". Order ", N(order_no(R, "Amazon"), "order_number"), "\nSent to ", PH(R, "US", intl=False)]
        return "sms", "en", wrap(R, "en", body, ["My husband is picking this up, does he need my ID?"] + REQ["en"])
    if lang == "fr":
        body = ["Mondial Relay : votre colis ", N(_d(R, 8), "tracking_number"), " est disponible au Point Relais® ", N("TABAC LE SAINT-MICHEL, 12 place du Marché, 35000 Rennes", "relay_location"),
                ".\nBonjour ", PER(p), ", présentez ce code de retrait : ", code, " et une pièce d'identité.\nDate limite : ", N(past_date(R, "fr"), "deadline")]
        return "sms", "fr", wrap(R, "fr", body, ["Ma voisine peut récupérer le colis à ma place ? Il faut quoi ?"] + REQ["fr"])
    if lang == "es":
        body = ["Correos CityPaq: Hola ", G(p), ", tu paquete ", N(tracking(R, "Correos"), "tracking_number"), " ya está en el terminal ", N("CityPaq Estación de Delicias, Zaragoza", "locker_location"),
                ". Código de recogida: ", code, ". Tienes 72 horas. Móvil asociado: ", PH(R, "ES", intl=False)]
        return "sms", "es", wrap(R, "es", body, ["¿Puede recogerlo mi hermano con este código?"] + REQ["es"])
    if lang == "nl":
        body = ["PostNL: Hoi ", G(p), ", je pakket ligt in de PostNL-pakketautomaat ", N("Jumbo Zuiderdiep, Groningen", "locker_location"), ". Ophaalcode: ", code,
                ". Haal het op vóór ", N(past_date(R, "nl"), "deadline"), ". Barcode ", N(tracking(R, "PostNL"), "tracking_number"), "."]
        return "sms", "nl", wrap(R, "nl", body, ["Kan mijn huisgenoot dit ophalen met die code?"] + REQ["nl"])
    if lang == "ja":
        body = ["【ヤマト運輸】", PER(p), "様 お荷物がPUDOステーション「", N("ファミリーマート 栄三丁目店", "locker_location"), "」に到着しました。\n伝票番号：", N(tracking(R, "Yamato"), "tracking_number"),
                "\n認証番号：", code, "\n保管期限：", N(past_date(R, "ja"), "deadline"), "\nご登録の電話番号：", PH(R, "JP", intl=False)]
        return "sms", "ja", wrap(R, "ja", body, ["家族に代わりに受け取ってもらうことはできますか？"] + REQ["ja"])
    if lang == "zh":
        body = ["【丰巢】凭取件码", code, "至", N("朝阳区望京花园东区3号楼旁丰巢柜", "locker_location"), "取您的顺丰包裹（", N(tracking(R, "SF"), "tracking_number"), "）。收件人", PER(p), "，手机尾号",
                N(_d(R, 4), "phone_last4"), "。超时将收取保管费。"]
        return "sms", "zh", wrap(R, "zh", body, ["我在出差，让同事帮我取，把这个码发给他安全吗？"] + REQ["zh"])
    if lang == "ko":
        body = ["[GS25 반값택배] ", PER(p), "님, 택배가 ", N("GS25 판교역점", "locker_location"), "에 도착했습니다.\n운송장번호 ", N(tracking(R, "CJ"), "tracking_number"), "\n인증번호 ", code,
                "\n보관기한 ", N(past_date(R, "ko"), "deadline"), "\n수신 ", PH(R, "KR", intl=False)]
        return "sms", "ko", wrap(R, "ko", body, ["동생이 대신 찾으러 가도 되나요?"] + REQ["ko"])
    if lang == "sv":
        body = ["PostNord: Hej ", G(p), "! Ditt paket ", N(tracking(R, "PostNord"), "tracking_number"), " finns i paketskåp ", N("ICA Kvantum Tegelbruket, Göteborg", "locker_location"),
                ". Upplåsningskod: ", code, ". Hämta senast ", N(past_date(R, "sv"), "deadline"), "."]
        return "sms", "sv", wrap(R, "sv", body, ["Kan min sambo hämta det åt mig med koden?"] + REQ["sv"])
    if lang == "tr":
        body = ["Hepsiburada: Sayın ", PER(p), ", siparişiniz ", N("HepsiBox - Kızılay Metro AVM", "locker_location"), " teslimat noktasına ulaştı. Teslim alma kodunuz: ", code,
                ". Son gün: ", N(past_date(R, "tr"), "deadline"), ". Bilgi: ", PH(R, "TR", intl=False)]
        return "sms", "tr", wrap(R, "tr", body, ["Annem benim yerime alabilir mi bu kodla?"] + REQ["tr"])
    body = ["Poste Italiane: Gentile ", PER(p), ", il pacco ", N(tracking(R, "Poste"), "tracking_number"), " è disponibile nel Locker ", N("Punto Poste Locker - Stazione Centrale", "locker_location"),
            ". Codice di ritiro: ", code, ". Giacenza fino al ", N(past_date(R, "it"), "deadline"), "."]
    return "sms", "it", wrap(R, "it", body, ["Può ritirarlo mio figlio con questo codice?"] + REQ["it"])


RR = {
    "de": ("de", "DE", "Widerruf / Rücksendung Bestellung {o}", "Sehr geehrte Damen und Herren,\n\nhiermit widerrufe ich den Kauf der folgenden Ware: {item}, bestellt am {d}. Das Paket habe ich heute mit dem beiliegenden Retourenschein ({rma}) zurückgeschickt.\nDa ich per Nachnahme bezahlt habe, überweisen Sie den Betrag bitte auf mein Konto:\n",
           "Kontoinhaber: ", "IBAN: ", "\nMit freundlichen Grüßen\n"),
    "nl": ("nl", "NL", "Retour en terugbetaling bestelling {o}", "Beste klantenservice,\n\nIk heb de {item} (besteld op {d}) binnen de bedenktijd teruggestuurd, retourlabel {rma}. Ik heb bij aflevering contant betaald, dus graag het bedrag terugstorten op:\n",
           "T.n.v. ", "IBAN ", "\nMet vriendelijke groet,\n"),
    "fr": ("fr", "FR", "Demande de remboursement – commande {o}", "Madame, Monsieur,\n\nJ'ai retourné le {d} l'article suivant : {item} (n° de retour {rma}). Ayant payé en contre-remboursement, je vous prie de procéder au remboursement par virement sur le compte ci-dessous :\n",
           "Titulaire : ", "IBAN : ", "\nCordialement,\n"),
    "es": ("es", "ES", "Solicitud de reembolso pedido {o}", "Hola:\n\nEl {d} devolví el siguiente artículo: {item}. Número de devolución {rma}. Como pagué contra reembolso, os pido que me hagáis la transferencia a esta cuenta:\n",
           "Titular: ", "IBAN: ", "\nUn saludo,\n"),
    "it": ("it", "IT", "Richiesta di rimborso ordine {o}", "Buongiorno,\n\nin data {d} ho restituito l'articolo {item} (autorizzazione al reso {rma}). Avendo pagato in contrassegno, vi chiedo di effettuare il rimborso tramite bonifico su:\n",
           "Intestatario: ", "IBAN ", "\nCordiali saluti,\n"),
    "pl": ("pl", "PL", "Zwrot towaru – zamówienie {o}", "Dzień dobry,\n\nw dniu {d} został odesłany zwracany towar: {item} (numer zwrotu {rma}). Zamówienie było płatne przy odbiorze, więc proszę o zwrot pieniędzy na rachunek:\n",
           "Właściciel rachunku: ", "Nr konta: ", "\nPozdrawiam\n"),
    "pt": ("pt", "PT", "Pedido de reembolso - encomenda {o}", "Boa tarde,\n\ndevolvi no dia {d} o artigo {item} (n.º de devolução {rma}). Como paguei à cobrança, peço o reembolso por transferência para:\n",
           "Titular: ", "IBAN: ", "\nCumprimentos,\n"),
    "en": ("gb", "GB", "Refund for order {o}", "Hello,\n\nI sent back the {item} on {d} using returns code {rma}. It has been two weeks and the refund has not arrived. I paid by bank transfer, so please send it to:\n",
           "Account name: ", "IBAN: ", "\nKind regards,\n"),
}


@tpl(24)
def return_refund(R):
    lang = R.choice(sorted(RR))
    cult, cc, subj, intro, hl, il, close = RR[lang]
    p = person(R, cult)
    o = order_no(R, "x")
    rma = "RMA-%s" % _d(R, 7) if R.random() < 0.5 else "R%s%s" % (rnd(R, string.ascii_uppercase, 2), _d(R, 8))
    subjw = {"de": "Betreff", "nl": "Onderwerp", "fr": "Objet", "es": "Asunto", "it": "Oggetto", "pl": "Temat", "pt": "Assunto", "en": "Subject"}[lang]
    item = N("%s %s (%s)" % (R.choice(BRAND_ITEMS) + (sku(R),)), "brand_product")
    body = [subjw, ": ", subj.format(o=o), "\n\n"] + fill(intro, d=N(past_date(R, lang), "order_date"), item=item, rma=N(rma, "rma_number"))
    body += [hl, PER(p), "\n", il, IBAN(R, cc), "\n"]
    if R.random() < 0.5:
        body += [N("BIC: %s" % R.choice(["DEUTDEFFXXX", "INGBNL2A", "BNPAFRPP", "CAIXESBBXXX", "BCITITMM", "PKOPPLPW", "CGDIPTPL", "NWBKGB2L"]), "bic"), "\n"]
    body += [close, PER(p), "\n", AD(R, cc, True), "\n", PH(R, cc)]
    if R.random() < 0.4:
        body += ["\n", EM(R, p)]
    return "email", lang, wrap(R, lang, body)


RR_LANG = {}


@tpl(22)
def chargeback_form(R):
    k = R.choice(["en_us", "en", "de", "fr", "es", "it", "nl"])
    cult = {"en_us": "us", "en": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl"}[k]
    cc = CULT_CC[cult]
    lang = "en" if k == "en_us" else k
    p = person(R, cult)
    F = {
        "en_us": ("CARDMEMBER DISPUTE FORM", "Cardholder name", "Card number", "Expiration", "Transaction date", "Merchant", "Amount", "Reason", "Mailing address", "Daytime phone", "Email", "Signature",
                  "I ordered a pair of boots, the merchant sent a tracking number that was never scanned and stopped answering.", "en_us"),
        "en": ("Card dispute / chargeback request", "Name on card", "Card number", "Expiry", "Date of transaction", "Retailer", "Amount", "Reason for dispute", "Address", "Phone", "Email", "Signed",
               "Goods not received. The retailer claims it was delivered but the photo shows a different front door.", "en"),
        "de": ("Reklamation Kartenumsatz (Chargeback)", "Karteninhaber", "Kartennummer", "Gültig bis", "Umsatzdatum", "Händler", "Betrag", "Grund", "Anschrift", "Telefon", "E-Mail", "Unterschrift",
               "Ware trotz Rücksendung nicht erstattet. Rücksendebeleg liegt bei.", "de"),
        "fr": ("Formulaire de contestation d'opération carte", "Titulaire de la carte", "Numéro de carte", "Date d'expiration", "Date de l'opération", "Commerçant", "Montant", "Motif", "Adresse", "Téléphone", "E-mail", "Signature",
               "Article jamais reçu, le site ne répond plus depuis un mois.", "fr"),
        "es": ("Formulario de reclamación de operaciones con tarjeta", "Titular", "Número de tarjeta", "Caducidad", "Fecha de la operación", "Comercio", "Importe", "Motivo", "Domicilio", "Teléfono", "Correo electrónico", "Firma",
               "Cargo duplicado: me cobraron dos veces el mismo pedido.", "es"),
        "it": ("Modulo di contestazione addebito carta", "Titolare", "Numero carta", "Scadenza", "Data operazione", "Esercente", "Importo", "Motivo", "Indirizzo", "Telefono", "E-mail", "Firma",
               "Abbonamento disdetto ma addebitato di nuovo.", "it"),
        "nl": ("Disputeformulier creditcardtransactie", "Naam kaarthouder", "Kaartnummer", "Geldig tot", "Transactiedatum", "Winkel", "Bedrag", "Reden", "Adres", "Telefoon", "E-mail", "Handtekening",
               "Product was beschadigd, winkel weigert retour.", "nl"),
    }[k]
    title, nm, cn, ex, td, me, am, rs, ad, te, em, sg, why, dl = F
    merchant = R.choice(["ShoeParadise24 Ltd", "Temu", "Wish.com", "Vinted", "BOOTSHAUS-OUTLET.shop", "Ryanair", "Shein", "StreamFlix Premium"])
    body = [title, "\n\n", nm, ": ", PER(p, p.full.upper() if R.random() < 0.4 else None), "\n", cn, ": ", CARD(R), "\n", ex, ": ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
            "\n", td, ": ", N(past_date(R, dl), "transaction_date"), "\n", me, ": ", N(merchant, "merchant"), "\n", am, ": ", N(price(R, CUR[cc]), "price"), "\n", rs, ": ", why, "\n",
            ad, ": ", AD(R, cc, False), "\n", te, ": ", PH(R, cc), "\n", em, ": ", EM(R, p), "\n", sg, ": ", PER(p), "   ", N(past_date(R, dl), "signature_date")]
    if R.random() < 0.5:
        body += ["\n", {"en": "Previous card (replaced)", "de": "Alte Karte (ersetzt)", "fr": "Ancienne carte", "es": "Tarjeta anterior", "it": "Carta precedente", "nl": "Vorige kaart"}[lang], ": ", CARD(R)]
    return "form", lang, wrap(R, lang, body, ["Is this filled in correctly before I send it to the bank?", "Can you write the explanation part more clearly?"] if lang == "en" else None)


@tpl(22)
def repair_ticket(R):
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pl"])
    cult = {"de": "de", "en": "gb", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl"}[lang]
    cc = CULT_CC[cult]
    p = person(R, cult)
    dev = R.choice(["iPhone 14 Pro 256GB", "Samsung Galaxy S23", "Google Pixel 8", "Xiaomi 13T", "iPhone 12 mini", "Fairphone 5", "OnePlus 11"])
    H = {
        "de": ("Reparaturauftrag Nr. ", "Kunde", "Telefon", "E-Mail", "Rücksendeadresse", "Gerät", "IMEI", "Seriennummer", "Fehlerbeschreibung", "Display gesprungen, Touch reagiert unten nicht.",
               "Entsperrcode (für Funktionstest)", "Kostenvoranschlag bis", "Garantie: ja, Kaufbeleg vom "),
        "en": ("Repair ticket #", "Customer", "Phone", "Email", "Return address", "Device", "IMEI", "Serial", "Fault", "Battery swelling, back glass lifting.",
               "Passcode (for testing)", "Approve quotes up to", "Warranty: yes, purchased "),
        "fr": ("Bon de dépôt SAV n° ", "Client", "Téléphone", "E-mail", "Adresse de retour", "Appareil", "IMEI", "N° de série", "Panne", "Ne charge plus, connecteur oxydé.",
               "Code de déverrouillage (test)", "Devis accepté jusqu'à", "Garantie : oui, achat du "),
        "es": ("Orden de reparación nº ", "Cliente", "Teléfono", "Email", "Dirección de devolución", "Equipo", "IMEI", "Nº de serie", "Avería", "No enciende tras actualización.",
               "Código de desbloqueo (pruebas)", "Presupuesto aceptado hasta", "Garantía: sí, compra del "),
        "it": ("Scheda di riparazione n. ", "Cliente", "Telefono", "E-mail", "Indirizzo per la restituzione", "Dispositivo", "IMEI", "Seriale", "Difetto", "Fotocamera posteriore sfocata.",
               "Codice di sblocco (per i test)", "Preventivo accettato fino a", "Garanzia: sì, acquisto del "),
        "nl": ("Reparatiebon nr. ", "Klant", "Telefoon", "E-mail", "Retouradres", "Toestel", "IMEI", "Serienummer", "Klacht", "Luidspreker kraakt, microfoon valt weg.",
               "Toegangscode (voor test)", "Akkoord tot", "Garantie: ja, gekocht op "),
        "pl": ("Zlecenie serwisowe nr ", "Klient", "Telefon", "E-mail", "Adres zwrotny", "Urządzenie", "IMEI", "Numer seryjny", "Usterka", "Nie działa Face ID po upadku.",
               "Kod odblokowania (do testów)", "Akceptuję koszt do", "Gwarancja: tak, zakup "),
    }[lang]
    body = [H[0], N("%s-%s" % (R.choice(["RP", "SAV", "SR", "WO"]), _d(R, 6)), "repair_ticket_number"), "\n", H[1], ": ", PER(p), "\n", H[2], ": ", PH(R, cc), "\n", H[3], ": ", EM(R, p), "\n"]
    if R.random() < 0.6:
        body += [H[4], ": ", AD(R, cc, False), "\n"]
    body += [H[5], ": ", N(dev, "device_model"), "\n", H[6], ": ", N(imei(R), "imei"), "\n", H[7], ": ", N(serial(R), "serial_number"), "\n", H[8], ": ", H[9], "\n",
             H[10], ": ", SEC(R, "device_passcode"), "\n"]
    if R.random() < 0.5:
        q = person(R, cult, avoid=set(name_words(p.full)))
        body += [{"de": "Abholung durch", "en": "Collection by", "fr": "Retrait par", "es": "Recoge", "it": "Ritiro da parte di", "nl": "Ophalen door", "pl": "Odbiór przez"}[lang], ": ",
                 PER(q), " (", PH(R, cc), ")\n"]
    body += [H[11], ": ", N(price(R, CUR[cc]), "price"), "\n", H[12], N(past_date(R, lang), "purchase_date")]
    reqs = {"en": ["Should I really give them my passcode? What else should I remove before handing it in?"], "de": ["Muss ich denen wirklich meinen Code geben?"],
            "fr": ["Je dois vraiment leur donner mon code ?"]}.get(lang)
    return "form", lang, wrap(R, lang, body, reqs)


CHAT = {
    # lang: (cult, cc, shop, agent words, lines)
    "en": ("gb", "GB", "ASOS", "Agent", "You",
           ["Hi, my name is {ag}, how can I help today?", "Hi {ag}, my parcel says delivered but nothing arrived. Order {o}.",
            "Sorry to hear that! Can I take your full name and the email on the account?", "{name}, {email}",
            "Thanks. Can you confirm the delivery address?", "{addr}", "And a contact number in case the courier needs to reach you?", "{phone}",
            "I've raised a trace with the courier (ref {ref}). If it doesn't turn up in 48h we'll refund to your card ending {l4}.", "ok thanks"]),
    "de": ("de", "DE", "Otto", "Mitarbeiterin", "Sie",
           ["Guten Tag, hier ist {ag} vom Otto-Kundenservice. Wie kann ich helfen?", "Hallo {ag}, mein Sofa wurde beschädigt geliefert, Bestellung {o}.",
            "Das tut mir leid. Nennen Sie mir bitte Ihren vollständigen Namen und Ihre E-Mail-Adresse?", "{name}, {email}",
            "Danke. Lieferadresse ist weiterhin {addr}?", "ja genau", "Unter welcher Nummer erreicht Sie die Spedition für die Abholung?", "{phone}",
            "Ich habe den Austausch beauftragt (Vorgang {ref}). Die Spedition meldet sich in 3-5 Werktagen.", "Danke!"]),
    "fr": ("fr", "FR", "Cdiscount", "Conseiller", "Vous",
           ["Bonjour, je suis {ag}, conseiller Cdiscount. Que puis-je faire pour vous ?", "Bonjour {ag}, j'ai reçu une machine à laver au lieu d'un frigo, commande {o}.",
            "Je suis désolé. Pouvez-vous me confirmer vos nom et prénom ainsi que l'e-mail du compte ?", "{name} / {email}",
            "Merci. L'adresse d'enlèvement est-elle bien {addr} ?", "oui", "Un numéro pour le transporteur ?", "{phone}",
            "C'est noté, dossier {ref}. Le transporteur vous appellera pour fixer un rendez-vous.", "merci"]),
    "es": ("es", "ES", "PcComponentes", "Agente", "Tú",
           ["¡Hola! Soy {ag}, ¿en qué te puedo ayudar?", "Hola {ag}, el portátil del pedido {o} llegó con la pantalla rota.",
            "Vaya, lo siento. ¿Me das tu nombre completo y el correo de la cuenta?", "{name}, {email}",
            "Gracias. ¿Recogemos en {addr}?", "sí, esa es mi casa", "¿Un teléfono para el mensajero?", "{phone}",
            "Listo, incidencia {ref}. Te llegará un SMS con la franja de recogida.", "genial, gracias"]),
    "it": ("it", "IT", "Unieuro", "Operatore", "Tu",
           ["Buongiorno, sono {ag}. Come posso aiutarti?", "Ciao {ag}, l'ordine {o} risulta consegnato ma non l'ho mai ricevuto.",
            "Mi dispiace. Mi confermi nome, cognome e email dell'account?", "{name} - {email}",
            "Grazie. L'indirizzo di consegna era {addr}?", "sì", "Un numero di cellulare per il corriere?", "{phone}",
            "Ho aperto una segnalazione ({ref}) con BRT. Ti aggiorniamo entro 48 ore.", "ok grazie"]),
    "nl": ("nl", "NL", "Coolblue", "Medewerker", "Jij",
           ["Hoi! Je chat met {ag} van Coolblue. Waarmee kan ik je helpen?", "Hoi {ag}, mijn wasmachine (bestelling {o}) lekt al na een week.",
            "Balen! Wat is je volledige naam en e-mailadres?", "{name}, {email}",
            "Dank je. Komt de monteur naar {addr}?", "ja klopt", "Op welk nummer kan de monteur je bellen?", "{phone}",
            "Ik heb een reparatie ingepland, dossiernummer {ref}. Je krijgt morgen een tijdvak per mail.", "top, bedankt"]),
    "pt": ("br", "BR", "Mercado Livre", "Atendente", "Você",
           ["Olá! Sou {ag}, do Mercado Livre. Como posso ajudar?", "Oi {ag}, comprei um celular (pedido {o}) e veio uma caixa vazia.",
            "Poxa, sinto muito. Pode confirmar seu nome completo e e-mail?", "{name}, {email}",
            "Obrigado. O endereço de entrega foi {addr}?", "isso", "Um celular para contato?", "{phone}",
            "Abri a reclamação {ref}. O reembolso cai em até 5 dias úteis.", "valeu"]),
    "ru": ("ru", "RU", "Ozon", "Оператор", "Вы",
           ["Здравствуйте! Меня зовут {ag}, чем могу помочь?", "Здравствуйте, {ag}. Заказ {o} пришёл не тот, вместо чайника утюг.",
            "Приносим извинения. Подскажите, пожалуйста, ФИО и e-mail аккаунта.", "{name}, {email}",
            "Спасибо. Адрес доставки {addr}, верно?", "да", "Контактный телефон для курьера?", "{phone}",
            "Возврат оформлен, номер обращения {ref}. Курьер заберёт товар бесплатно.", "спасибо"]),
    "ar": ("ar", "AE", "noon", "الموظف", "أنت",
           ["مرحباً، معك {ag} من خدمة عملاء نون. كيف أساعدك؟", "أهلاً {ag}، طلبي رقم {o} تأخر أسبوعاً.",
            "نعتذر عن التأخير. ممكن الاسم الكامل والبريد الإلكتروني؟", "{name}، {email}",
            "شكراً. هل العنوان {addr}؟", "نعم", "رقم الجوال للمندوب؟", "{phone}",
            "تم رفع طلب متابعة برقم {ref}. سيتواصل معك المندوب غداً.", "شكراً"]),
    "tr": ("tr", "TR", "Hepsiburada", "Temsilci", "Siz",
           ["Merhaba, ben {ag}. Size nasıl yardımcı olabilirim?", "Merhaba {ag}, {o} numaralı siparişim eksik geldi.",
            "Özür dileriz. Adınızı soyadınızı ve e-posta adresinizi alabilir miyim?", "{name}, {email}",
            "Teşekkürler. Teslimat adresiniz {addr} mi?", "evet", "Kurye için telefon numaranız?", "{phone}",
            "Talebinizi oluşturdum, kayıt no {ref}. Eksik ürün 2 iş günü içinde gönderilecek.", "sağ olun"]),
    "ja": ("ja", "JP", "ヨドバシ.com", "担当", "お客様",
           ["お問い合わせありがとうございます。担当の{ag}です。", "{ag}さん、注文番号{o}の商品が届いていません。",
            "大変申し訳ございません。ご注文者様のお名前とメールアドレスをお願いいたします。", "{name}です。{email}",
            "ありがとうございます。お届け先は{addr}でお間違いないでしょうか。", "はい", "配送業者からの連絡先のお電話番号をお願いします。", "{phone}",
            "配送業者に調査を依頼しました（受付番号{ref}）。", "よろしくお願いします"]),
    "zh": ("zh", "CN", "京东", "客服", "我",
           ["您好，我是京东客服{ag}，很高兴为您服务。", "你好{ag}，我的订单{o}显示已签收，但我没收到。",
            "非常抱歉，请提供收货人姓名和绑定邮箱。", "{name}，{email}",
            "好的，收货地址是{addr}吗？", "对", "请留一个联系电话方便快递员联系。", "{phone}",
            "已为您提交核实工单{ref}，48小时内给您答复。", "好的谢谢"]),
    "ko": ("ko", "KR", "11번가", "상담원", "고객",
           ["안녕하세요, 상담원 {ag}입니다. 무엇을 도와드릴까요?", "{ag}님, 주문번호 {o} 상품이 파손돼서 왔어요.",
            "불편을 드려 죄송합니다. 주문자 성함과 이메일 확인 부탁드립니다.", "{name}, {email}",
            "감사합니다. 회수지 주소는 {addr} 맞으실까요?", "네", "기사님이 연락드릴 번호 알려주세요.", "{phone}",
            "교환 접수되었습니다. 접수번호 {ref}", "감사합니다"]),
}


@tpl(32)
def cs_chat(R):
    lang = R.choice(sorted(CHAT))
    cult, cc, shop, aw, yw, lines = CHAT[lang]
    ag, p = people(R, [cult, cult])
    agv = ag.given if cult not in ("ja", "zh", "ko") else (ag.family if cult == "ja" else ag.full)
    t = R.randint(8, 20) * 60 + R.randint(0, 50)
    out = [N(shop, "shop_name"), " – Chat ", N(past_date(R, lang), "chat_date"), "\n"]

    def stamp(who):
        nonlocal t
        t += 1
        return "[%02d:%02d] %s: " % (t // 60 % 24, t % 60, who)
    for i, ln in enumerate(lines[:-2]):
        kw = dict(ag=L("person", agv, sub=cult), o=N(order_no(R, "x"), "order_number"), name=PER(p), email=EM(R, p), addr=AD(R, cc, False),
                  phone=PHX(R, cc), ref=N("%s%s" % (rnd(R, string.ascii_uppercase, 2), _d(R, 7)), "case_number"), l4=N(_d(R, 4), "card_last4"))
        out += [stamp(aw if i % 2 == 0 else yw)] + fill(ln, **kw) + ["\n"]
    if R.random() < 0.35 and lang in ("en", "de", "fr", "es", "it", "nl", "pt", "tr", "ru"):
        ask = {"en": "For security, can you confirm your date of birth?", "de": "Zur Sicherheit: Wie lautet Ihr Geburtsdatum?", "fr": "Par sécurité, votre date de naissance ?",
               "es": "Por seguridad, ¿tu fecha de nacimiento?", "it": "Per sicurezza, la tua data di nascita?", "nl": "Voor de zekerheid: wat is je geboortedatum?",
               "pt": "Por segurança, qual sua data de nascimento?", "tr": "Güvenlik için doğum tarihinizi alabilir miyim?", "ru": "Для проверки назовите, пожалуйста, дату рождения."}[lang]
        out += [stamp(aw), ask, "\n", stamp(yw), DOB(R, lang), "\n"]
    if R.random() < 0.4 and lang in ("en", "de", "fr", "es", "it", "nl", "pt"):
        extra = {"en": "btw if it helps the card is ", "de": "falls nötig, die Karte ist ", "fr": "si besoin ma carte c'est ", "es": "por si acaso la tarjeta es ",
                 "it": "se serve la carta è ", "nl": "voor het geval dat, de kaart is ", "pt": "se precisar o cartão é "}[lang]
        out += [stamp(yw), extra, CARD(R), "\n", stamp(aw),
                {"en": "Please don't share card numbers in chat, we never need them.", "de": "Bitte keine Kartennummern im Chat teilen.",
                 "fr": "Merci de ne jamais partager votre numéro de carte ici.", "es": "Por favor, no compartas el número de tarjeta por chat.",
                 "it": "Per favore non condividere il numero della carta in chat.", "nl": "Deel alsjeblieft nooit je kaartnummer in de chat.",
                 "pt": "Por favor, não compartilhe o número do cartão no chat."}[lang], "\n"]
    kw = dict(ref=N("%s%s" % (rnd(R, string.ascii_uppercase, 2), _d(R, 7)), "case_number"), l4=N(_d(R, 4), "card_last4"))
    out += [stamp(aw)] + fill(lines[-2], **kw) + ["\n", stamp(yw), lines[-1], "\n"]
    bye = {"en": ("Thanks {c}, anything else I can help with? – {a}", "no that's all"), "de": ("Vielen Dank, {c}! Einen schönen Tag noch, {a}", "Danke, Ihnen auch"),
           "fr": ("Merci {c}, bonne journée ! {a}", "merci à vous"), "es": ("¡Gracias, {c}! Un saludo, {a}", "gracias a ti"), "it": ("Grazie {c}, buona giornata! {a}", "grazie a te"),
           "nl": ("Bedankt {c}, fijne dag nog! Groet, {a}", "jij ook"), "pt": ("Obrigado, {c}! Qualquer coisa é só chamar. {a}", "valeu"),
           "tr": ("Teşekkürler {c}, iyi günler dilerim. {a}", "teşekkürler"), "ru": ("Спасибо, {c}! Хорошего дня. {a}", "спасибо")}.get(lang)
    if bye and R.random() < 0.6:
        out += [stamp(aw)] + fill(bye[0], c=L("person", p.given, sub=cult), a=L("person", agv, sub=cult)) + ["\n", stamp(yw), bye[1], "\n"]
    return "transcript", lang, wrap(R, lang, out)

MKT = {
    "fr": ("fr", "FR", "Leboncoin", ["Bonjour, le vélo est toujours dispo ?", "Oui ! Vous pouvez passer ce soir après 19h, {addr}. Sonnez à {sname}.",
                                     "Parfait, je m'appelle {bname}. Mon numéro si besoin : {bphone}", "Ok {bgiven}, à ce soir. Paiement en espèces svp, pas de chèque."]),
    "de": ("de", "DE", "Kleinanzeigen", ["Hallo, ist die Babyschale noch zu haben? Würde 60 € zahlen.", "Hallo, ja. 70 € VB. Abholung in {addr}, Klingel {sname}.",
                                         "Okay 65 €? Ich bin {bname}, erreichbar unter {bphone}.", "Passt, {bgiven}. Komm morgen ab 17 Uhr vorbei."]),
    "es": ("es", "ES", "Wallapop", ["Hola! Sigue disponible la Nintendo Switch?", "Sí, si quieres quedamos en mi portal: {addr}. Pregunta por {sname}.",
                                    "Genial. Soy {bname}, mi móvil {bphone} por si me retraso.", "Vale {bgiven}, hasta luego!"]),
    "nl": ("nl", "NL", "Marktplaats", ["Hoi, is de kinderwagen nog beschikbaar?", "Ja hoor. Ophalen op {addr}, bel aan bij {sname}.",
                                       "Top, ik ben {bname}. Mijn nummer: {bphone}.", "Prima {bgiven}, tot zaterdag."]),
    "it": ("it", "IT", "Subito", ["Ciao, la lampada è ancora disponibile?", "Sì! Puoi ritirarla in {addr}, citofono {sname}.",
                                  "Perfetto, sono {bname}, cell. {bphone}.", "Ok {bgiven}, ci vediamo giovedì."]),
    "pl": ("pl", "PL", "OLX", ["Dzień dobry, czy rower jest aktualny?", "Tak, odbiór osobisty: {addr}, domofon {sname}.",
                               "Super, nazywam się {bname}, tel. {bphone}.", "Dobrze, {bgiven}, czekam jutro o 18."]),
    "sv": ("se", "SE", "Blocket", ["Hej! Finns soffan kvar?", "Ja, hämtas på {addr}, det står {sname} på dörren.",
                                   "Toppen, jag heter {bname}, nås på {bphone}.", "Välkommen, {bgiven}! Swisha vid hämtning."]),
    "pt": ("br", "BR", "OLX", ["Oi, a geladeira ainda está disponível?", "Sim! Retirada em {addr}, procura por {sname} na portaria.",
                               "Beleza, sou {bname}, meu zap {bphone}.", "Fechado, {bgiven}. Pix na hora."]),
    "ru": ("ru", "RU", "Авито", ["Здравствуйте, коляска ещё продаётся?", "Да, забирать тут: {addr}, продавец — {sname}.",
                                 "Отлично, я {bname}, мой номер {bphone}.", "Хорошо, {bgiven}, жду завтра после 18."]),
    "ja": ("ja", "JP", "ジモティー", ["こんにちは、ベビーカーはまだありますか？", "はい、あります。受け渡しは{addr}でお願いします。表札は{sname}です。",
                                  "ありがとうございます。{bname}と申します。携帯は{bphone}です。", "{bgiven}さん、では土曜日の14時にお待ちしています。"]),
    "ko": ("ko", "KR", "당근", ["안녕하세요! 유모차 아직 있나요?", "네 있어요. {addr} 앞에서 거래해요. {sname}이라고 찾으세요.",
                                "감사합니다. {bname}입니다. 번호는 {bphone}이에요.", "네 {bgiven}님, 내일 7시에 봬요."]),
    "en": ("us", "US", "Facebook Marketplace", ["Hi, is the standing desk still available?", "Yes! Pickup at {addr}, text when you're outside. Ask for {sname}.",
                                                "Great, I'm {bname}, my cell is {bphone}.", "Sounds good {bgiven}, cash or Venmo works."]),
    "ar": ("ar", "AE", "Dubizzle", ["مرحباً، هل الكنبة ما زالت متوفرة؟", "نعم، الاستلام من {addr}، اسأل عن {sname}.",
                                      "ممتاز، أنا {bname}، رقمي {bphone}.", "تمام يا {bgiven}، أراك مساء الغد."]),
    "tr": ("tr", "TR", "sahibinden.com", ["Merhaba, bisiklet hâlâ satılık mı?", "Evet. Adres: {addr}, zile {sname} yazıyor.",
                                          "Tamam, ben {bname}, numaram {bphone}.", "Tamamdır {bgiven}, akşam 7 gibi gel."]),
}


@tpl(28)
def marketplace_chat(R):
    lang = R.choice(sorted(MKT))
    cult, cc, plat, lines = MKT[lang]
    s, b = people(R, [cult, cult])
    sname = L("person", s.family if cult not in ("ja", "ko") else (s.native[0] if cult == "ja" else s.full), sub=cult)
    if cult in ("ru", "us", "es", "br", "ar"):
        sname = L("person", s.given, sub=cult)
    if cult == "ja":
        bgiven = L("person", b.family, sub=cult)
    elif cult in ("ko", "zh"):
        bgiven = L("person", b.full, sub=cult)
    elif cult in ("ru", "ar"):
        bgiven = L("person", b.given, sub=cult)
    else:
        bgiven = G(b)
    kw = dict(addr=AD(R, cc, False), sname=sname, bname=PER(b), bphone=PHX(R, cc, 0.15), bgiven=bgiven)
    out = [N(plat, "platform"), " · ", N(R.choice(["retro_finds_22", "kellerfund", "vide-grenier-75", "segunda_mano_ok", "mamma_vende", "tweedehands_troep"]), "username"), "\n"]
    for i, ln in enumerate(lines):
        out += [("▸ " if i % 2 else "◂ ")] + fill(ln, **kw) + ["\n"]
    if R.random() < 0.45 and lang not in ("ja", "ko", "ru", "ar"):
        extra = {"fr": "Sinon virement possible, mon IBAN : ", "de": "Oder überweis vorher auf ", "es": "O por transferencia: ", "nl": "Of maak het over naar ",
                 "it": "Oppure bonifico su ", "pl": "Albo przelew na ", "sv": "Annars går det bra med överföring, IBAN ", "pt": "Ou se preferir transferência, IBAN ",
                 "en": "Or Zelle to my number above, or wire: ", "tr": "Havale için IBAN: "}[lang]
        icc = {"fr": "FR", "de": "DE", "es": "ES", "nl": "NL", "it": "IT", "pl": "PL", "sv": "SE", "pt": "PT", "en": "GB", "tr": "TR"}[lang]
        if lang == "pt":
            out += ["▸ Ou Pix, a chave é meu celular mesmo.\n"]
        else:
            out += ["▸ ", extra, IBAN(R, icc)]
            if R.random() < 0.6:
                out += [" (", PER(s), ")"]
            out += ["\n"]
    if R.random() < 0.3:
        out += [{"fr": "(prix : ", "de": "(Preis: ", "es": "(precio: ", "nl": "(prijs: ", "it": "(prezzo: ", "pl": "(cena: ", "sv": "(pris: ", "pt": "(preço: ",
                 "ru": "(цена: ", "ar": "(السعر: ", "ja": "（価格：", "ko": "(가격: ", "en": "(price: ", "tr": "(fiyat: "}[lang], N(price(R, CUR[cc]), "price"), ")"]
    return "chat_export", lang, wrap(R, lang, out)


CL = {
    "en": ("gb", "GB", "Customer Relations\nCurrys Group Limited\n1 Portal Way\nLondon W3 6RS", "Dear Sir or Madam,", "Re: Faulty washing machine – order {o}",
           "I am writing to complain about the washing machine delivered on {d}. It has leaked twice and your engineer visit (job {ref}) did not fix it. Under the Consumer Rights Act 2015 I am asking for a full refund of {p}.",
           "Yours faithfully,"),
    "de": ("de", "DE", "MediaMarkt E-Business GmbH\nKundenservice\nWankelstraße 5\n85046 Ingolstadt", "Sehr geehrte Damen und Herren,", "Beschwerde zu Auftrag {o}",
           "am {d} wurde mir ein Fernseher mit defektem Panel geliefert. Trotz Reklamation (Vorgang {ref}) erhielt ich bis heute weder Ersatz noch Erstattung der {p}. Ich setze Ihnen hiermit eine Frist von 14 Tagen.",
           "Mit freundlichen Grüßen"),
    "fr": ("fr", "FR", "Service Consommateurs Darty\n129 avenue Galliéni\n93140 Bondy", "Madame, Monsieur,", "Objet : réclamation commande {o} – lettre recommandée avec AR",
           "Le {d}, j'ai été livré d'un lave-vaisselle hors d'usage. Malgré mon appel (dossier {ref}), aucune solution ne m'a été proposée. Je vous mets en demeure de me rembourser la somme de {p} sous quinze jours.",
           "Veuillez agréer, Madame, Monsieur, mes salutations distinguées."),
    "es": ("es", "ES", "Atención al Cliente MediaMarkt\nAvda. Francesc Macià 50\n08208 Sabadell", "Estimados señores:", "Asunto: reclamación pedido {o}",
           "El {d} recibí un frigorífico con la puerta abollada. Abrí la incidencia {ref} y nadie me ha contestado. Solicito la sustitución del aparato o la devolución de {p}.",
           "Atentamente,"),
    "it": ("it", "IT", "Spett.le Unieuro S.p.A.\nServizio Clienti\nVia Schiaparelli 31\n47122 Forlì", "Gentili Signori,", "Oggetto: reclamo ordine {o}",
           "in data {d} mi è stato consegnato un forno danneggiato. Nonostante la segnalazione {ref}, non ho ricevuto alcuna risposta. Chiedo la sostituzione o il rimborso di {p}.",
           "Distinti saluti,"),
    "nl": ("nl", "NL", "Wehkamp B.V.\nAfdeling Klantenservice\nPostbus 555\n8000 AN Zwolle", "Geachte heer, mevrouw,", "Betreft: klacht bestelling {o}",
           "Op {d} ontving ik een kapotte droger. Mijn melding ({ref}) is na drie weken nog niet behandeld. Ik verzoek u mij binnen 14 dagen {p} terug te betalen.",
           "Met vriendelijke groet,"),
    "pt": ("pt", "PT", "Fnac Portugal\nServiço de Apoio ao Cliente\nRua Carlos Alberto da Mota Pinto 9\n1070-374 Lisboa", "Exmos. Senhores,", "Assunto: reclamação encomenda {o}",
           "No dia {d} recebi um portátil com o ecrã partido. Apesar do pedido {ref}, continuo sem resposta. Solicito a substituição ou o reembolso de {p}.",
           "Com os melhores cumprimentos,"),
    "pl": ("pl", "PL", "x-kom sp. z o.o.\nul. Bojkowska 37\n44-100 Gliwice", "Szanowni Państwo,", "Dotyczy: reklamacja zamówienia {o}",
           "dnia {d} otrzymałem uszkodzony monitor. Mimo zgłoszenia {ref} nie otrzymałem odpowiedzi. Żądam wymiany towaru lub zwrotu kwoty {p}.",
           "Z poważaniem"),
}


@tpl(22)
def complaint_letter(R):
    lang = R.choice(sorted(CL))
    cult, cc, comp, sal, subj, para, close = CL[lang]
    p = person(R, cult)
    o = N(order_no(R, "x"), "order_number")
    head = [PER(p), "\n", AD(R, cc, True), "\n"]
    if R.random() < 0.8:
        head += [PH(R, cc), "\n"]
    if R.random() < 0.7:
        head += [EM(R, p), "\n"]
    city = {"GB": "Harrogate", "DE": "Bremen", "FR": "Rennes", "ES": "Valencia", "IT": "Bologna", "NL": "Haarlem", "PT": "Porto", "PL": "Kraków"}[cc]
    body = head + ["\n", N(comp, "company_address"), "\n\n", N(past_date(R, lang), "letter_date"), "\n\n"] + fill(subj, o=o) + ["\n\n", sal, "\n\n"] + \
        fill(para, d=N(past_date(R, lang), "delivery_date"), ref=N("%s-%s" % (rnd(R, string.ascii_uppercase, 3), _d(R, 6)), "case_number"), p=N(price(R, CUR[cc]), "price"))
    if R.random() < 0.6:
        e = person(R, cult, avoid=set(name_words(p.full)))
        body += fill({"en": " Your colleague {e} promised me a call back on the phone, which never came.", "de": " Ihr Mitarbeiter {e} sicherte mir telefonisch einen Rückruf zu, der nie erfolgte.",
                      "fr": " Votre conseiller, {e}, m'avait promis un rappel qui n'est jamais venu.", "es": " Su agente {e} me prometió una llamada que nunca llegó.",
                      "it": " Il vostro operatore {e} mi aveva promesso di richiamarmi, cosa mai avvenuta.", "nl": " Uw medewerker {e} beloofde mij terug te bellen, wat nooit gebeurd is.",
                      "pt": " O vosso colaborador {e} prometeu ligar-me de volta, o que nunca aconteceu.", "pl": " Pracownik {e} obiecał oddzwonić, co nie nastąpiło."}[lang],
                     e=L("person", e.full if R.random() < 0.5 else e.given, sub=cult))
    body += ["\n\n", close, "\n\n", PER(p)]
    return "letter", lang, wrap(R, lang, body, None)


@tpl(18)
def small_claims_form(R):
    k = R.choice(["en", "en_us", "es", "it", "pt_br", "fr", "de"])
    if k == "en":
        p = person(R, "gb")
        body = ["Money Claim Online – claim draft\n\nClaimant\nName: ", PER(p), "\nDate of birth: ", DOB(R, "en"), "\nAddress: ", AD(R, "GB", False), "\nPhone: ", PH(R, "GB"),
                "\nEmail: ", EM(R, p), "\n\nDefendant\n", N("Sofa Dreams Ltd (in administration?), Unit 4 Canal Side Trading Estate, Leeds LS11 5QN", "company_address"),
                "\n\nAmount claimed: ", N(price(R, "GBP"), "price"), "\nParticulars: deposit paid on ", N(past_date(R, "en"), "payment_date"), " for a corner sofa, order ", N(order_no(R, "x"), "order_number"),
                ", never delivered."]
        return "form", "en", wrap(R, "en", body, ["Does this look right before I submit it? Anything I'm missing?"] + REQ["en"])
    if k == "en_us":
        p = person(R, "us")
        a, g_, s_ = ssn_random(R)
        body = ["SMALL CLAIMS – PLAINTIFF'S STATEMENT (draft)\nPlaintiff: ", PER(p), "\nDOB: ", DOB(R, "en_us"), "\nAddress: ", AD(R, "US", False), "\nPhone: ", PH(R, "US"),
                "\nEmail: ", EM(R, p), "\nLast 4 of SSN: ", N(s_, "ssn_last4"), "\n\nDefendant: ", N("Prime Appliance Outlet LLC, 4410 Industrial Pkwy, Dayton, OH 45414", "company_address"),
                "\nAmount: ", N(price(R, "USD"), "price"), "\nClaim: Paid for a refrigerator on ", N(past_date(R, "en_us"), "payment_date"), "; delivered unit was used and dented; store refused return."]
        return "form", "en", wrap(R, "en", body, ["Can you check this small claims statement and make it clearer?"] + REQ["en"])
    if k == "es":
        p = person(R, "es")
        if R.random() < 0.7:
            n, l_ = dni_random(R)
            idl = L("gov_id", n + l_, sub="es_dni")
        else:
            pp, n, l_ = nie_random(R)
            idl = L("gov_id", pp + n + l_, sub="es_nie")
        body = ["HOJA DE RECLAMACIONES (copia para el consumidor)\nDatos del reclamante\nNombre y apellidos: ", PER(p), "\nDNI/NIE/Pasaporte: ", idl, "\nFecha de nacimiento: ", DOB(R, "es"),
                "\nDomicilio: ", AD(R, "ES", False), "\nTeléfono: ", PH(R, "ES"), "\nCorreo: ", EM(R, p),
                "\n\nDatos del reclamado: ", N("Muebles Hermanos Beltrán S.L., Pol. Ind. Fuente del Jarro, 46988 Paterna", "company_address"),
                "\nHechos: el sofá encargado el ", N(past_date(R, "es"), "order_date"), " (pedido ", N(order_no(R, "x"), "order_number"), ") llegó con la tapicería rota.\nPretensión: devolución de ",
                N(price(R, "EUR"), "price")]
        return "form", "es", wrap(R, "es", body)
    if k == "it":
        p = person(R, "it")
        b = birth(R)
        body = ["Modulo di reclamo – Conciliazione paritetica\nNome e cognome: ", PER(p), "\nNato/a il: ", L("dob", dob_text(R, b, "it")), "\nCodice fiscale: ", L("gov_id", cf_for(R, p, b), sub="it_cf"),
                "\nResidenza: ", AD(R, "IT", False), "\nCellulare: ", PH(R, "IT"), "\nEmail: ", EM(R, p), "\n\nControparte: ", N("Mondo Convenienza S.p.A.", "company"),
                "\nOggetto: cucina consegnata incompleta, ordine ", N(order_no(R, "x"), "order_number"), ", importo ", N(price(R, "EUR"), "price")]
        return "form", "it", wrap(R, "it", body)
    if k == "pt_br":
        p = person(R, "br")
        c = cpf_random(R)
        body = ["consumidor.gov.br – Nova reclamação\nNome: ", PER(p), "\nCPF: ", L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf"), "\nData de nascimento: ", DOB(R, "pt"),
                "\nCelular: ", PH(R, "BR"), "\nE-mail: ", EM(R, p), "\nEndereço: ", AD(R, "BR", False), "\n\nEmpresa: ", N("Casas Bahia", "company"), "\nPedido: ", N(order_no(R, "x"), "order_number"),
                "\nRelato: comprei uma TV em ", N(past_date(R, "pt"), "order_date"), " e até hoje não foi entregue."]
        return "form", "pt", wrap(R, "pt", body, ["Me ajuda a escrever o relato de um jeito mais forte?"] + REQ["pt"])
    if k == "fr":
        p = person(R, "fr")
        body = ["Saisine du médiateur de la consommation\nNom, prénom : ", PER(p, p.family.upper() + " " + p.given), "\nNé(e) le : ", DOB(R, "fr"), "\nAdresse : ", AD(R, "FR", False),
                "\nTél. : ", PH(R, "FR"), "\nCourriel : ", EM(R, p), "\nProfessionnel concerné : ", N("Boulanger SA, avenue de la Motte, 59810 Lesquin", "company_address"),
                "\nLitige : réparation sous garantie refusée (dossier ", N("SAV%s" % _d(R, 8), "case_number"), ")."]
        return "form", "fr", wrap(R, "fr", body)
    p = person(R, "de")
    body = ["Schlichtungsantrag – Universalschlichtungsstelle des Bundes\nAntragsteller/in: ", PER(p), "\nGeburtsdatum: ", DOB(R, "de"), "\nAnschrift: ", AD(R, "DE", False),
            "\nTelefon: ", PH(R, "DE"), "\nE-Mail: ", EM(R, p), "\nAntragsgegner: ", N("Möbel Höffner GmbH & Co. KG", "company"), "\nStreitwert: ", N(price(R, "EUR"), "price"),
            "\nSachverhalt: Küche am ", N(past_date(R, "de"), "delivery_date"), " unvollständig geliefert, Auftrag ", N(order_no(R, "x"), "order_number"), "."]
    return "form", "de", wrap(R, "de", body)


@tpl(20)
def cancellation(R):
    k = R.choice(["de", "de", "nl", "fr", "it", "es", "en", "sv", "pl"])
    cult = {"de": "de", "nl": "nl", "fr": "fr", "it": "it", "es": "es", "en": "gb", "sv": "se", "pl": "pl"}[k]
    cc = CULT_CC[cult]
    p = person(R, cult)
    svc = R.choice({"de": ["HelloFresh", "Zeit Online Digitalabo", "Lensbox", "Amazon Prime"], "nl": ["HelloFresh", "Picnic Plus", "NRC digitaal"], "fr": ["Quitoque", "Le Monde numérique", "Amazon Prime"],
                    "it": ["Amazon Prime", "Gambero Rosso box", "Corriere digitale"], "es": ["Amazon Prime", "Goiko box", "El País digital"], "en": ["Gousto", "Audible", "Graze box"],
                    "sv": ["Linas Matkasse", "Storytel", "Amazon Prime"], "pl": ["Amazon Prime", "Allegro Smart!", "Legimi"]}[k])
    F = {
        "de": ("Kündigung meines Abonnements {svc}", "Sehr geehrte Damen und Herren,\nhiermit kündige ich mein Abonnement fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich und buchen Sie nichts mehr von meinem Konto ab.",
               "Kundennummer", "Name", "Geburtsdatum", "Anschrift", "E-Mail", "Konto (Lastschrift stoppen)", "Mit freundlichen Grüßen"),
        "nl": ("Opzegging abonnement {svc}", "Beste klantenservice,\nHierbij zeg ik mijn abonnement op per de eerstvolgende mogelijke datum. Graag een schriftelijke bevestiging en geen incasso's meer.",
               "Klantnummer", "Naam", "Geboortedatum", "Adres", "E-mail", "Rekening (incasso stoppen)", "Met vriendelijke groet,"),
        "fr": ("Résiliation de mon abonnement {svc}", "Madame, Monsieur,\nJe vous informe de ma décision de résilier mon abonnement. Merci de cesser tout prélèvement et de m'adresser une confirmation.",
               "N° client", "Nom", "Date de naissance", "Adresse", "E-mail", "IBAN prélevé", "Cordialement,"),
        "it": ("Disdetta abbonamento {svc}", "Spett.le servizio clienti,\ncon la presente comunico la disdetta del mio abbonamento. Vi chiedo di interrompere gli addebiti e di inviarmi conferma.",
               "Codice cliente", "Nome", "Data di nascita", "Indirizzo", "Email", "IBAN addebito", "Saluti,"),
        "es": ("Baja de la suscripción {svc}", "Hola:\nSolicito la baja de mi suscripción con efecto inmediato y que no se me cobre ningún recibo más.",
               "Nº de cliente", "Nombre", "Fecha de nacimiento", "Dirección", "Email", "IBAN domiciliado", "Gracias,"),
        "en": ("Cancellation of my {svc} subscription", "Hello,\nPlease cancel my subscription from the next billing date and confirm in writing. Please also cancel the Direct Debit.",
               "Customer number", "Name", "Date of birth", "Address", "Email", "Account (Direct Debit)", "Thanks,"),
        "sv": ("Uppsägning av abonnemang {svc}", "Hej,\nJag säger härmed upp mitt abonnemang. Vänligen bekräfta och stoppa autogirot.",
               "Kundnummer", "Namn", "Födelsedatum", "Adress", "E-post", "Konto (autogiro)", "Vänliga hälsningar,"),
        "pl": ("Wypowiedzenie subskrypcji {svc}", "Dzień dobry,\nniniejszym wypowiadam subskrypcję. Proszę o potwierdzenie i zaprzestanie pobierania opłat.",
               "Numer klienta", "Imię i nazwisko", "Data urodzenia", "Adres", "E-mail", "Rachunek", "Z poważaniem"),
    }[k]
    subj, para, cn, nm, db, ad, em, acct, close = F
    body = [subj.format(svc=svc), "\n\n", para, "\n\n", cn, ": ", N(luhn_bad(R, lambda: _d(R, R.choice([8, 9, 10]))), "customer_number"), "\n", nm, ": ", PER(p), "\n"]
    if R.random() < 0.85:
        body += [db, ": ", DOB(R, {"en": "en", "sv": "sv"}.get(k, k)), "\n"]
    body += [ad, ": ", AD(R, cc, False), "\n", em, ": ", EM(R, p), "\n"]
    if R.random() < 0.6 and k != "en":
        body += [acct, ": ", IBAN(R, cc), "\n"]
    body += ["\n", close, "\n", PER(p)]
    return "letter", k, wrap(R, k, body, None)


SIGNIN = {
    "en": ("gb", "New sign-in to your {shop} account", "Hi {g},\nWe noticed a new sign-in to your account {em}.\n\nDevice: Chrome on Windows 11\nIP address: {ip}\nApproximate location: {loc}\nTime: {t}\n\nIf this was you, you can ignore this email. If not, reset your password now and review your saved addresses and cards.",
           "I didn't log in, I was asleep. What should I do first?"),
    "de": ("de", "Neue Anmeldung bei deinem {shop}-Konto", "Hallo {g},\nwir haben eine neue Anmeldung bei deinem Konto {em} festgestellt.\n\nGerät: Safari auf iPhone\nIP-Adresse: {ip}\nUngefährer Standort: {loc}\nZeitpunkt: {t}\n\nWarst du das nicht? Dann ändere sofort dein Passwort.",
           "Das war nicht ich, und jetzt ist eine Bestellung an eine fremde Adresse drin. Was tun?"),
    "fr": ("fr", "Nouvelle connexion à votre compte {shop}", "Bonjour {g},\nUne nouvelle connexion a été détectée sur le compte {em}.\n\nAppareil : Firefox sur Linux\nAdresse IP : {ip}\nLocalisation approximative : {loc}\nDate : {t}\n\nSi ce n'est pas vous, modifiez votre mot de passe.",
           "Ce n'est pas moi ! Comment je sécurise mon compte ?"),
    "es": ("es", "Nuevo inicio de sesión en tu cuenta de {shop}", "Hola {g}:\nHemos detectado un nuevo acceso a tu cuenta {em}.\n\nDispositivo: Android\nDirección IP: {ip}\nUbicación aproximada: {loc}\nFecha: {t}\n\nSi no has sido tú, cambia tu contraseña.",
           "No he sido yo, ¿qué hago?"),
    "it": ("it", "Nuovo accesso al tuo account {shop}", "Ciao {g},\nabbiamo rilevato un nuovo accesso all'account {em}.\n\nDispositivo: Edge su Windows\nIndirizzo IP: {ip}\nPosizione approssimativa: {loc}\nData: {t}\n\nSe non sei stato tu, cambia subito la password.",
           "Non ero io, cosa devo fare?"),
    "nl": ("nl", "Nieuwe aanmelding op je {shop}-account", "Hoi {g},\nEr is ingelogd op je account {em}.\n\nApparaat: Chrome op macOS\nIP-adres: {ip}\nLocatie (schatting): {loc}\nTijdstip: {t}\n\nWas jij dit niet? Wijzig dan je wachtwoord.",
           "Dit was ik niet, wat nu?"),
    "pl": ("pl", "Nowe logowanie do konta {shop}", "Cześć {g},\nodnotowaliśmy nowe logowanie do konta {em}.\n\nUrządzenie: Opera na Windows\nAdres IP: {ip}\nPrzybliżona lokalizacja: {loc}\nCzas: {t}\n\nJeśli to nie Ty, zmień hasło.",
           "To nie ja się logowałem, co robić?"),
    "pt": ("br", "Novo acesso à sua conta {shop}", "Olá, {g}!\nDetectamos um novo acesso à conta {em}.\n\nDispositivo: Chrome no Android\nEndereço IP: {ip}\nLocalização aproximada: {loc}\nData: {t}\n\nSe não foi você, troque sua senha.",
           "Não fui eu, o que faço?"),
    "tr": ("tr", "{shop} hesabınıza yeni giriş", "Merhaba {g},\n{em} hesabınıza yeni bir giriş yapıldı.\n\nCihaz: Chrome / Windows\nIP adresi: {ip}\nYaklaşık konum: {loc}\nZaman: {t}\n\nBu siz değilseniz şifrenizi değiştirin.",
           "Ben girmedim, ne yapmalıyım?"),
    "ja": ("ja", "【{shop}】新しい端末からのログインがありました", "{g}様\nアカウント（{em}）に新しい端末からログインがありました。\n\n端末：iPhone / Safari\nIPアドレス：{ip}\nおおよその場所：{loc}\n日時：{t}\n\nお心当たりがない場合はパスワードを変更してください。",
           "ログインしていないのですが、どうすればいいですか？"),
    "ko": ("ko", "[{shop}] 새로운 기기에서 로그인", "{g}님,\n계정({em})에 새로운 로그인이 감지되었습니다.\n\n기기: Chrome / Windows\nIP 주소: {ip}\n위치: {loc}\n시간: {t}\n\n본인이 아니라면 비밀번호를 변경하세요.",
           "제가 로그인한 게 아닌데 어떻게 해야 하나요?"),
    "zh": ("zh", "【{shop}】账号异地登录提醒", "{g}您好：\n您的账号（{em}）于{t}在新设备登录。\n\nIP地址：{ip}\n登录地点：{loc}\n\n如非本人操作，请立即修改密码。", "不是我登录的，怎么办？"),
    "ru": ("ru", "Вход в аккаунт {shop} с нового устройства", "{g}, здравствуйте!\nВ ваш аккаунт {em} выполнен вход.\n\nУстройство: Яндекс Браузер, Windows\nIP-адрес: {ip}\nМестоположение: {loc}\nВремя: {t}\n\nЕсли это были не вы, смените пароль.",
           "Это был не я. Что делать?"),
}
LOCS = ["Lagos, NG", "Bucharest, RO", "Hanoi, VN", "São Paulo, BR", "Istanbul, TR", "Frankfurt am Main, DE", "Warsaw, PL", "Jakarta, ID", "Manila, PH", "Kyiv, UA"]


@tpl(20)
def signin_alert(R):
    lang = R.choice(sorted(SIGNIN))
    cult, subj, para, own = SIGNIN[lang]
    p = person(R, cult)
    shop = R.choice(["Zalando", "Amazon", "eBay", "Vinted", "AliExpress", "Shein", "IKEA Family", "Decathlon", "Rakuten", "Coupang", "Taobao", "Ozon"])
    g = G(p) if cult not in ("ja", "zh", "ko", "ru") else (PER(p) if cult != "ru" else L("person", p.given, sub="ru"))
    t = "%s %02d:%02d UTC" % (past_date(R, "iso" if lang in ("sv",) else lang), R.randint(0, 23), R.randint(0, 59))
    body = ["Subject: " if lang in ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "tr") else "", subj.format(shop=shop), "\n", N("From: no-reply@account.%s.com" % shop.lower().replace(" ", ""), "role_mailbox"), "\n\n"]
    body += fill(para, g=g, em=EM(R, p), ip=IP(R), loc=N(R.choice(LOCS), "geo_location"), t=N(t, "sign_in_time"))
    if R.random() < 0.45 and lang in ("en", "de", "fr", "es", "it", "nl", "pl"):
        cc = CULT_CC[cult]
        body += ["\n\n", {"en": "Changes made during this session: new delivery address added –", "de": "Änderungen in dieser Sitzung: neue Lieferadresse hinzugefügt –",
                           "fr": "Modifications : nouvelle adresse de livraison ajoutée –", "es": "Cambios: nueva dirección de envío añadida –",
                           "it": "Modifiche: nuovo indirizzo di spedizione aggiunto –", "nl": "Wijzigingen: nieuw bezorgadres toegevoegd –",
                           "pl": "Zmiany: dodano nowy adres dostawy –"}[lang], " ", AD(R, cc, False)]
    if R.random() < 0.5:
        prev = {"en": "Previous sign-in from", "de": "Letzte Anmeldung von", "fr": "Connexion précédente depuis", "es": "Acceso anterior desde", "it": "Accesso precedente da",
                "nl": "Vorige aanmelding vanaf", "pl": "Poprzednie logowanie z", "pt": "Acesso anterior de", "tr": "Önceki giriş", "ja": "前回のログイン元", "ko": "이전 로그인",
                "zh": "上次登录IP", "ru": "Предыдущий вход с IP"}[lang]
        body += ["\n", prev, ": ", IP(R)]
    return "email", lang, wrap(R, lang, body, [own] + REQ[lang][:2])


@tpl(12)
def password_reset(R):
    lang = R.choice(["en", "de", "fr", "es", "nl", "it"])
    cult = {"en": "us", "de": "de", "fr": "fr", "es": "es", "nl": "nl", "it": "it"}[lang]
    p = person(R, cult)
    dom = R.choice(["shop.wildoakpottery.com", "www.kaffeeroesterei-hafenblick.de", "boutique-lesglycines.fr", "tienda-olivar.es", "fietsenwinkel-zuiderdiep.nl", "bottega-ginestre.it"])
    tok = SEC(R, "reset_token")
    T = {
        "en": ("Password reset request", "Hi {g},\nSomeone (hopefully you) asked to reset the password for {em}. Click the link below within 60 minutes:\n",
               "\nRequested from IP {ip}. If you didn't ask for this, ignore this e-mail.", "I got this but didn't request it. Is it safe to click? Also, I forwarded it to my partner, was that a problem?"),
        "de": ("Passwort zurücksetzen", "Hallo {g},\nfür dein Kundenkonto {em} wurde ein neues Passwort angefordert. Der Link ist 60 Minuten gültig:\n",
               "\nAngefordert von IP {ip}. Falls du das nicht warst, ignoriere diese E-Mail.", "Ich habe das nicht angefordert. Soll ich den Shop informieren?"),
        "fr": ("Réinitialisation du mot de passe", "Bonjour {g},\nune demande de réinitialisation a été faite pour {em}. Ce lien expire dans 1 heure :\n",
               "\nDemande effectuée depuis l'IP {ip}.", "Je n'ai rien demandé, c'est grave ?"),
        "es": ("Restablecer contraseña", "Hola {g}:\nHemos recibido una solicitud para restablecer la contraseña de {em}. Enlace válido 60 minutos:\n",
               "\nSolicitud desde la IP {ip}.", "Yo no lo he pedido, ¿qué hago?"),
        "nl": ("Wachtwoord opnieuw instellen", "Hoi {g},\nEr is gevraagd om het wachtwoord van {em} te resetten. Deze link is 60 minuten geldig:\n",
               "\nAangevraagd vanaf IP {ip}.", "Ik heb dit niet aangevraagd, moet ik me zorgen maken?"),
        "it": ("Reimposta la password", "Ciao {g},\nè stato richiesto il reset della password per {em}. Il link scade tra 60 minuti:\n",
               "\nRichiesta dall'IP {ip}.", "Non l'ho chiesto io, cosa faccio?"),
    }[lang]
    subj, a, b, q = T
    body = ["Subject: ", subj, "\n", N("From: noreply@" + dom.replace("www.", "").replace("shop.", ""), "role_mailbox"), "\n\n"] + fill(a, g=G(p), em=EM(R, p)) + \
        ["https://%s/account/reset?token=" % dom, tok, "&uid=%d" % R.randint(1000, 99999)] + fill(b, ip=IP(R))
    return "email", lang, wrap(R, lang, body, [q])


@tpl(20)
def shop_env(R):
    cult = R.choice(["de", "nl", "fr", "es", "it", "gb", "us", "pl"])
    cc = CULT_CC[cult]
    lang = {"gb": "en", "us": "en"}.get(cult, cult)
    p = person(R, cult)
    shopname = R.choice(["kaffeeroesterei-hafenblick", "wildoakpottery", "lesglycines", "olivar-ceramica", "zuiderdiep-fietsen", "bottega-ginestre", "zielony-kubek"])
    kind = R.choice(["env", "env", "wp", "yaml"])
    sk = SEC(R, "stripe")
    if kind == "env":
        body = ["# .env – %s (production)\nAPP_URL=https://%s.%s\nAPP_ENV=production\n" % (shopname, shopname, {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it", "GB": "co.uk", "US": "com", "PL": "pl"}[cc]),
                "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\nSTRIPE_SECRET_KEY=", sk, "\nSTRIPE_WEBHOOK_SECRET=", SEC(R, "stripe_webhook"),
                "\nSHOPIFY_API_KEY=", N(rnd(R, HEX, 32), "shopify_api_key"), "\nSHOPIFY_API_SECRET=", SEC(R, "shopify_secret"), "\nSHOPIFY_ADMIN_TOKEN=", SEC(R, "shopify_token"),
                "\nMAIL_HOST=smtp.gmail.com\nMAIL_USERNAME=", EM(R, p, "gmail.com"), "\nMAIL_PASSWORD=", SEC(R, "smtp_password"), "\nMAIL_FROM=", N("bestellungen@%s.de" % shopname if cc == "DE" else "orders@%s.com" % shopname, "role_mailbox"),
                "\nOWNER_SMS_ALERTS=", PH(R, cc, intl=True), "\nDATABASE_URL=mysql://shop:", SEC(R, "password"), "@127.0.0.1:3306/shop\nSENTRY_DSN=\n# TODO remove before sharing\n"]
    elif kind == "wp":
        body = ["<?php // wp-config.php (WooCommerce)\ndefine( 'DB_NAME', 'wp_%s' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '" % shopname.replace("-", "_"), SEC(R, "password"), "' );\ndefine( 'DB_HOST', 'localhost' );\n",
                "define( 'AUTH_KEY', '", SEC(R, "hex32"), "' );\n// WooCommerce REST\n// consumer key: ", N("ck_" + rnd(R, HEX, 40), "woo_consumer_key"), "\n// consumer secret: ", SEC(R, "woo_secret"),
                "\n// shop owner: ", PER(p), " <", EM(R, p), ">, ", PH(R, cc), "\n// stripe: ", sk, "\n$table_prefix = 'wp_';\n"]
    else:
        body = ["# config/payments.yml\nproduction:\n  stripe:\n    secret_key: ", sk, "\n    publishable_key: ", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"),
                "\n  paypal:\n    client_id: ", N("A" + rnd(R, URLSAFE, 79), "paypal_client_id"), "\n    client_secret: ", SEC(R, "paypal_secret"),
                "\n  mailchimp:\n    api_key: ", SEC(R, "mailchimp"), "\n  notify:\n    owner_email: ", EM(R, p), "\n    owner_phone: \"", PH(R, cc, intl=True), "\"\n  sendgrid: ", SEC(R, "sendgrid"), "\n"]
    return "env", lang, wrap(R, lang, body, CODE_REQ.get(lang, CODE_REQ["en"]) + ["I'm sending this to a freelancer to fix the checkout, what should I blank out first?"])


CSV = {
    "en": ("gb", "Name,Billing Name,Email,Financial Status,Paid at,Shipping Name,Shipping Phone,Shipping Address1,Shipping City,Shipping Zip,Shipping Country,Lineitem sku,Total", "GB"),
    "en_us": ("us", "Sale Date,Order ID,Buyer,Full Name,Street 1,Ship City,Ship State,Ship Zipcode,Ship Country,Buyer Email,SKU,Order Total", "US"),
    "de": ("de", "Bestellnr;Datum;Name;E-Mail;Telefon;Straße;PLZ;Ort;Land;Artikelnr;Summe", "DE"),
    "nl": ("nl", "bestelnummer;besteldatum;naam;e-mailadres;telefoon;straat;postcode;plaats;land;EAN;totaal", "NL"),
    "pl": ("pl", "ID zamówienia;Data;Kupujący;E-mail;Telefon;Ulica;Kod pocztowy;Miasto;Kraj;SKU;Kwota", "PL"),
    "fr": ("fr", "N° commande;Date;Client;E-mail;Téléphone;Adresse;Code postal;Ville;Pays;Réf.;Total", "FR"),
    "es": ("es", "pedido,fecha,cliente,email,telefono,direccion,cp,ciudad,pais,sku,total", "ES"),
}


@tpl(22)
def csv_export(R):
    k = R.choice(sorted(CSV))
    cult, header, cc = CSV[k]
    lang = "en" if k == "en_us" else k
    n = R.randint(3, 6)
    ps = people(R, [cult] * n)
    rows = []
    sep = ";" if ";" in header else ","
    for p in ps:
        o = order_no(R, "x")
        d = past_date(R, "iso")
        streets, towns = ADDR[cc]
        t = R.choice(towns)
        st = R.choice(streets)
        cur = CUR[cc]
        pr = price(R, cur).replace(",", ".") if sep == "," else price(R, cur)
        if k == "en":
            line = "%d %s,%s,%s" % (R.randint(1, 90), st, t[0], t[1])
            rows.append([N(o, "order_number"), ",", PER(p), ",", EM(R, p), ",paid,", N(d + " 10:%02d:11 +0000" % R.randint(0, 59), "order_date"), ",", PER(p), ",", PH(R, cc, intl=True), ",",
                         L("address", line, sub=cc), ",GB,", N(sku(R), "sku"), ",", N(pr, "price")])
        elif k == "en_us":
            line = "%d %s,%s,%s,%s" % (R.randint(100, 9899), st, t[0], t[1], t[2])
            rows.append([N(d, "order_date"), ",", N(luhn_bad(R, lambda: _d(R, 10)), "order_number"), ",", N(R.choice(["ljxmq", "etsyuser_8ek2", "craftykiwi", "bluebarn77"]), "username"), ",", PER(p), ",",
                         L("address", line, sub=cc), ",United States,", EM(R, p), ",", N(sku(R), "sku"), ",", N(pr.replace("$", ""), "price")])
        else:
            if cc in ("DE", "NL", "PL"):
                line = "%s %d%s%s%s%s" % (st, R.randint(1, 120), sep, t[0], sep, t[1])
            elif cc == "FR":
                line = "%d %s%s%s%s%s" % (R.randint(1, 88), st, sep, t[0], sep, t[1])
            else:
                line = "%s %d %dº%s%s%s%s%s" % (st, R.randint(1, 90), R.randint(1, 8), R.choice("ABCD"), sep, t[0], sep, t[1])
            rows.append([N(o, "order_number"), sep, N(d, "order_date"), sep, PER(p), sep, EM(R, p), sep, PH(R, cc), sep, L("address", line, sub=cc), sep, cc, sep,
                         N(ean13(R) if k == "nl" else sku(R), "sku_ean"), sep, N(pr, "price")])
    body = [header, "\n"]
    for r_ in rows:
        body += r_ + ["\n"]
    reqs = {"en": ["Can you turn this export into a table of parcels to book with the courier?", "Which of these orders ship to the same city?"],
            "de": ["Kannst du daraus eine Versandliste für DHL machen?"], "nl": ["Kun je hier een verzendlijst voor PostNL van maken?"],
            "pl": ["Zrób mi z tego listę do nadania w InPost."], "fr": ["Tu peux me faire la liste des colis à déposer ?"], "es": ["¿Me haces una tabla con los envíos para Correos Express?"]}[lang]
    return "csv", lang, wrap(R, lang, body, reqs)


def billing(R, cult, cc, p):
    if R.random() < 0.3:
        return ['  "billing_address": "same_as_shipping",\n']
    q = person(R, cult, avoid=set(name_words(p.full)))
    streets, towns = ADDR[cc]
    a1 = "%d %s" % (R.randint(1, 300), R.choice(streets)) if cc in ("US", "GB", "IE", "AU", "CA", "FR") else "%s %d" % (R.choice(streets), R.randint(1, 120))
    return ['  "billing_address": {"first_name": "', L("person", q.given, sub=cult), '", "last_name": "', L("person", q.family, sub=cult), '", "address1": "',
            L("address", a1, sub=cc, field="street"), '", "phone": "', PHX(R, cc, 0.3), '"},\n']


@tpl(20)
def json_export(R):
    cult = R.choice(["us", "gb", "de", "nl", "fr", "au", "ca", "ie", "se"])
    cc = CULT_CC[cult]
    lang = {"us": "en", "gb": "en", "au": "en", "ca": "en", "ie": "en", "se": "sv"}.get(cult, cult)
    p = person(R, cult)
    streets, towns = ADDR[cc]
    t = R.choice(towns)
    a1 = "%d %s" % (R.randint(1, 300), R.choice(streets)) if cc in ("US", "GB", "IE", "AU", "CA", "FR") else "%s %d" % (R.choice(streets), R.randint(1, 120))
    city = t[0] if cc not in ("DE", "NL", "FR", "SE") else t[1]
    zipc = t[-1] if cc not in ("DE", "NL", "FR", "SE") else t[0]
    ip = IP(R)
    body = ['{\n  "id": ', N(luhn_bad(R, lambda: "5" + _d(R, 12)), "order_id"), ',\n  "name": "', N("#%d" % R.randint(1001, 9999), "order_number"), '",\n  "email": "', EM(R, p),
            '",\n  "browser_ip": "', ip, '",\n  "created_at": "', N("2026-%02d-%02dT%02d:14:09+01:00" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23)), "order_date"),
            '",\n  "currency": "', CUR[cc], '",\n  "total_price": "', N("%d.%02d" % (R.randint(10, 400), R.randint(0, 99)), "price"),
            '",\n  "customer": {"first_name": "', L("person", p.given, sub=cult), '", "last_name": "', L("person", p.family, sub=cult), '", "accepts_marketing": false},\n',
            '  "shipping_address": {\n    "address1": "', L("address", a1, sub=cc, field="street"), '",\n    "address2": null,\n    "city": "', city, '",\n    "zip": "', zipc,
            '",\n    "country_code": "', cc, '",\n    "phone": "', PH(R, cc, intl=True), '"\n  },\n', billing(R, cult, cc, p), '  "line_items": [{"sku": "', N(sku(R), "sku"), '", "barcode": "', N(ean13(R), "ean"),
            '", "title": "', N(R.choice(BRANDS) + " gift set", "brand_product"), '"}],\n  "payment_details": {"credit_card_bin": "', N(R.choice(["424242", "535522", "411111"]), "card_bin"),
            '", "credit_card_number": "', N("•••• •••• •••• " + _d(R, 4), "masked_card"), '"}\n}']
    reqs = {"en": ["Why does my fraud app flag this order?", "Write me a python snippet to pull the shipping fields from this webhook."], "de": ["Warum wird diese Bestellung als Betrug markiert?"],
            "nl": ["Waarom markeert de fraudecheck deze bestelling?"], "fr": ["Pourquoi cette commande est signalée comme frauduleuse ?"], "sv": ["Varför flaggas den här ordern som bedrägeri?"]}[lang]
    return "json", lang, wrap(R, lang, body, reqs)


@tpl(18)
def payment_details(R):
    k = R.choice(["de", "de", "it", "es", "nl", "pl", "pt", "fr", "tr"])
    cult = {"de": "de", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "pt": "pt", "fr": "fr", "tr": "tr"}[k]
    cc = CULT_CC[cult]
    p = person(R, cult)
    o = N(order_no(R, "x"), "order_number")
    amt = N(price(R, CUR[cc]), "price")
    if k == "de":
        shop = R.choice(["Kräuterhof Sonnenwiese GmbH", "Hafenblick Kaffeerösterei UG", "Wollwerk Lüneburg e.K."])
        body = ["Hallo ", G(p), ",\n\nvielen Dank für deine Bestellung ", o, ". Du hast „Vorkasse“ gewählt. Bitte überweise ", amt, " innerhalb von 7 Tagen auf folgendes Konto:\n\nKontoinhaber: ",
                N(shop, "company"), "\nIBAN: ", IBAN(R, "DE", "group", holder="org"), "\n", N("BIC: GENODEF1%s" % rnd(R, string.ascii_uppercase, 3), "bic"), "\nVerwendungszweck: ", N("Bestellung %s" % o.text, "payment_reference"),
                "\n\nLieferung an:\n", PER(p), "\n", AD(R, "DE", True), "\n\nViele Grüße\n", N(shop, "company")]
    elif k == "it":
        body = ["Gentile ", PER(p), ",\nper completare l'ordine ", o, " effettua un bonifico di ", amt, " a:\nBeneficiario: ", N("Bottega delle Ginestre S.r.l.s.", "company"),
                "\nIBAN: ", IBAN(R, "IT", holder="org"), "\nCausale: ", N("Ordine %s" % o.text, "payment_reference"), "\nSpediremo a: ", AD(R, "IT", False), "\nPer il corriere: ", PH(R, "IT")]
    elif k == "es":
        body = ["¡Hola ", G(p), "! Tu pedido ", o, " está reservado. Puedes pagar ", amt, " por transferencia a ", IBAN(R, "ES", holder="org"), " (titular ", N("Cerámica Olivar S.L.", "company"),
                ") o por Bizum al ", L("phone", phone_text(R, "ES", False), sub="mobile", region="ES", holder="org"), ". Indica el número de pedido en el concepto.\nEnvío a: ", PER(p), ", ", AD(R, "ES", False)]
    elif k == "nl":
        body = ["Beste ", PER(p), ",\n\nJe bestelling ", o, " wordt verzonden zodra we ", amt, " hebben ontvangen op ", IBAN(R, "NL", holder="org"), " t.n.v. ",
                N("Fietsenwinkel Zuiderdiep V.O.F.", "company"), " o.v.v. het bestelnummer.\n\nBezorgadres:\n", AD(R, "NL", True), "\nTel: ", PH(R, "NL")]
    elif k == "pl":
        body = ["Dzień dobry ", PER(p), ",\ndziękujemy za zamówienie ", o, ". Prosimy o przelew ", amt, " na rachunek: ", IBAN(R, "PL", holder="org"), " (", N("Zielony Kubek s.c.", "company"),
                "), tytuł: ", N(o.text, "payment_reference"), ".\nAdres dostawy: ", AD(R, "PL", False), "\nTelefon: ", PH(R, "PL")]
    elif k == "pt":
        body = ["Olá ", G(p), ",\na sua encomenda ", o, " aguarda pagamento de ", amt, ".\nTransferência bancária: ", IBAN(R, "PT", holder="org"), " (", N("Loja Verde Oliva, Lda.", "company"),
                ")\nOu MB WAY: o pedido de pagamento será enviado para o seu telemóvel ", PH(R, "PT", intl=False), "\nMorada de envio: ", AD(R, "PT", False)]
    elif k == "fr":
        body = ["Bonjour ", G(p), ",\nvotre commande ", o, " est en attente de paiement (", amt, ").\nMerci d'effectuer un virement sur :\nTitulaire : ", N("Boutique Les Glycines SARL", "company"),
                "\nIBAN : ", IBAN(R, "FR", holder="org"), "\n", N("BIC : CMCIFR2A", "bic"), "\nRéférence : ", N(o.text, "payment_reference"), "\nLivraison : ", PER(p), ", ", AD(R, "FR", False)]
    else:
        body = ["Sayın ", PER(p), ",\n", o, " numaralı siparişiniz için ", amt, " tutarını aşağıdaki hesaba havale/EFT ile gönderiniz:\nAlıcı: ", N("Ege Organik Gıda Ltd. Şti.", "company"),
                "\nIBAN: ", IBAN(R, "TR", holder="org"), "\nAçıklama: sipariş no\nTeslimat: ", AD(R, "TR", False), "\nKapıda ödeme seçerseniz ek ücret ", N(price(R, "TRY"), "price"), " alınır."]
    return "email", k, wrap(R, k, body, None)


@tpl(18)
def gift_order(R):
    k = R.choice(["en", "de", "fr", "es", "it", "nl", "ja", "en_us"])
    cult = {"en": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "ja": "ja", "en_us": "us"}[k]
    cc = CULT_CC[cult]
    lang = "en" if k == "en_us" else k
    s, r = people(R, [cult, cult])
    if k == "ja":
        body = ["ギフト注文内容\nご依頼主：", PER(s), "\nお届け先：", PER(r), " 様\n", AD(R, "JP"), "\nTEL ", PH(R, "JP"), "\nのし：御祝（表書き：", L("person", s.native[0], sub="ja"),
                "）\nメッセージカード：「", L("person", r.native[1], sub="ja"), "ちゃん、ご入学おめでとう！」\n商品：", N("今治タオル ギフトセット %s" % price(R, "JPY"), "product")]
        return "form", "ja", wrap(R, "ja", body, ["このメッセージ、もう少し丁寧にしてもらえますか？"])
    M = {
        "en": ("Gift order summary", "Recipient", "Gift message", "Happy birthday {rg}! Don't eat them all at once. Love, {sg} x", "From", "Recipient phone (for the courier)"),
        "en_us": ("Gift details", "Ship to", "Gift note", "Congrats on the new place, {rg}! Can't wait to visit. - {sg}", "Sender", "Recipient phone"),
        "de": ("Geschenkbestellung", "Empfänger", "Grußkarte", "Alles Liebe zum Geburtstag, liebe {rg}! Deine {sg}", "Absender", "Telefon Empfänger (für DHL)"),
        "fr": ("Commande cadeau", "Destinataire", "Message", "Joyeux anniversaire {rg} ! Bisous, {sg}", "Expéditeur", "Téléphone du destinataire"),
        "es": ("Pedido regalo", "Destinatario", "Mensaje", "¡Feliz cumple, {rg}! Un abrazo enorme, {sg}", "Remitente", "Teléfono del destinatario"),
        "it": ("Ordine regalo", "Destinatario", "Biglietto", "Tanti auguri {rg}! Con affetto, {sg}", "Mittente", "Telefono destinatario"),
        "nl": ("Cadeaubestelling", "Ontvanger", "Kaartje", "Gefeliciteerd {rg}! Liefs, {sg}", "Afzender", "Telefoon ontvanger"),
    }[k]
    title, rl, ml, msg, sl, tl = M
    body = [title, " – ", N(R.choice(["Ben & Jerry's Pint Club", "Jo Malone candle", "Hotel Chocolat selection box", "Tony's Chocolonely gift pack", "Kiehl's set"]), "brand_product"), "\n",
            rl, ": ", PER(r), "\n", AD(R, cc, True), "\n", tl, ": ", PH(R, cc), "\n", ml, ": \"", *fill(msg, rg=G(r), sg=G(s)), "\"\n", sl, ": ", PER(s), " (", EM(R, s), ")\n",
            N({"en": "Hide prices on packing slip: yes", "de": "Preise ausblenden: ja", "fr": "Masquer les prix : oui", "es": "Ocultar precios: sí", "it": "Nascondi prezzi: sì",
               "nl": "Prijzen verbergen: ja", "en_us": "Hide prices: yes"}[k], "gift_option")]
    reqs = {"en": ["Can you make the gift message a bit funnier?"], "de": ["Kannst du den Kartentext etwas herzlicher machen?"], "fr": ["Tu peux rendre le message plus chaleureux ?"],
            "es": ["¿Me mejoras el mensaje de la tarjeta?"], "it": ["Mi rendi il biglietto più carino?"], "nl": ["Kun je het kaartje wat leuker maken?"]}.get(lang)
    return "form", lang, wrap(R, lang, body, reqs)


@tpl(26)
def customs(R):
    k = R.choice(["br", "br", "in", "in", "ko", "ko", "zh", "tr", "es", "it", "ru", "cn23"])
    if k == "br":
        p = person(R, "br")
        c = cpf_random(R)
        body = ["Correios – Minhas Importações\nObjeto: ", N(tracking(R, "Correios"), "tracking_number"), "\nRemetente: ", N("AliExpress / Cainiao", "shop_name"), "\nDestinatário: ", PER(p),
                "\nCPF do importador: ", L("gov_id", R.choice(["%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), c]), sub="br_cpf"), "\nEndereço: ", AD(R, "BR", False), "\nCelular: ", PH(R, "BR"),
                "\nValor declarado: ", N("US$ 48,90", "price"), "\nImposto de importação + ICMS: ", N(price(R, "BRL"), "price"), "\nStatus: Aguardando pagamento"]
        return "form", "pt", wrap(R, "pt", body, ["Preciso mesmo pagar essa taxa? Parece golpe?"] + REQ["pt"])
    if k == "in":
        p = person(R, "in")
        idl = L("gov_id", pan_random(R, "P", p.family), sub="in_pan") if R.random() < 0.5 else L("gov_id", " ".join(group(aadhaar_random(R), 4, " ").split()), sub="in_aadhaar")
        body = ["Subject: KYC required for customs clearance – AWB ", N(tracking(R, "Aramex"), "awb_number"), "\n\nDear ", PER(p), ",\nYour international shipment from ", N("Amazon.com", "shop_name"),
                " is held at Mumbai Air Cargo Complex. As per CBIC courier regulations please share KYC.\n\nName: ", PER(p), "\n", "PAN" if idl.meta["sub"] == "in_pan" else "Aadhaar", ": ", idl,
                "\nDelivery address: ", AD(R, "IN", False), "\nMobile: ", PH(R, "IN"), "\nEmail: ", EM(R, p), "\n\nDeclared value: ", N("USD 212.00", "price"), " | Duty payable: ", N(price(R, "INR"), "price"),
                "\n", N("customs.support@aramex.com", "role_mailbox")]
        return "email", "in", wrap(R, "in", body, ["Is it safe to send my PAN like this? They want it on WhatsApp also."] + REQ["in"])
    if k == "ko":
        p = person(R, "ko")
        body = ["[해외직구 통관 정보 입력]\n수취인(한글): ", PER(p), "\n수취인(영문): ", L("person", p.full_latin.upper(), sub="ko"), "\n개인통관고유부호: ",
                L("gov_id", "P" + _d(R, 12), sub="kr_pccc"), "\n휴대폰: ", PH(R, "KR"), "\n주소: ", AD(R, "KR"), "\n구매처: ", N("iHerb", "shop_name"), "\n주문번호: ", N(order_no(R, "x"), "order_number"),
                "\n관부가세: ", N(price(R, "KRW"), "price")]
        return "form", "ko", wrap(R, "ko", body, ["통관부호를 판매자한테 알려줘도 괜찮은 거지?"] + REQ["ko"])
    if k == "zh":
        p = person(R, "zh")
        b = birth(R, 1965, 2003)
        body = ["【海关清关 实名认证】\n您的跨境包裹（运单号 ", N(tracking(R, "SF"), "tracking_number"), "）需完成收件人实名认证。\n收件人姓名：", PER(p), "\n身份证号：",
                L("gov_id", cnid_make(R, R.choice(["110105", "310104", "440305", "330106", "510107"]), b, p.sex), sub="cn_resident_id"), "\n手机号：", PH(R, "CN"), "\n收货地址：", AD(R, "CN"),
                "\n商品：", N("Swisse 钙+维生素D 150粒 ×2", "product"), "\n税费：", N(price(R, "CNY"), "price")]
        return "form", "zh", wrap(R, "zh", body, ["这个实名认证是真的吗？可以把身份证号发给他们吗？"] + REQ["zh"])
    if k == "tr":
        p = person(R, "tr")
        body = ["PTT Yurt Dışı Gönderi – Gümrük Beyanı\nGönderi No: ", N(tracking(R, "PTT"), "tracking_number"), "\nAlıcı: ", PER(p), "\nT.C. Kimlik No: ", L("gov_id", tckn_random(R), sub="tr_tckn"),
                "\nAdres: ", AD(R, "TR", False), "\nGSM: ", PH(R, "TR"), "\nİçerik: ", N("kozmetik, 2 adet, beyan değeri 45 EUR", "declared_contents"), "\nVergi: ", N(price(R, "TRY"), "price")]
        return "form", "tr", wrap(R, "tr", body, ["Bu vergiyi ödemem gerekiyor mu, itiraz edebilir miyim?"] + REQ["tr"])
    if k == "es":
        p = person(R, "es")
        if R.random() < 0.6:
            n, l_ = dni_random(R)
            idl = L("gov_id", n + l_, sub="es_dni")
        else:
            pp, n, l_ = nie_random(R)
            idl = L("gov_id", pp + n + l_, sub="es_nie")
        body = ["Correos Aduanas – Solicitud de documentación\nEnvío: ", N(tracking(R, "Correos"), "tracking_number"), "\nDestinatario: ", PER(p), "\nNIF/NIE: ", idl, "\nDirección: ", AD(R, "ES", False),
                "\nTeléfono: ", PH(R, "ES"), "\nEmail: ", EM(R, p), "\nRemitente: ", N("Etsy seller 'NorthernLoomUK'", "shop_name"), "\nValor declarado: ", N("£62.00", "price"),
                "\nAdjunte factura de compra para la liquidación del IVA."]
        return "form", "es", wrap(R, "es", body, None)
    if k == "it":
        p = person(R, "it")
        b = birth(R)
        body = ["Poste Italiane – Sdoganamento\nSpedizione: ", N(tracking(R, "Poste"), "tracking_number"), "\nDestinatario: ", PER(p), "\nCodice fiscale: ", L("gov_id", cf_for(R, p, b), sub="it_cf"),
                "\nIndirizzo: ", AD(R, "IT", False), "\nCellulare: ", PH(R, "IT"), "\nMittente: ", N("Amazon.co.uk", "shop_name"), "\nDiritti doganali + IVA: ", N(price(R, "EUR"), "price")]
        return "form", "it", wrap(R, "it", body, None)
    if k == "ru":
        p = person(R, "ru")
        body = ["Таможенное оформление посылки ", N(tracking(R, "CDEK"), "tracking_number"), "\nПолучатель: ", PER(p), "\nПаспорт (серия, номер): ",
                L("gov_id", "%s %s %s" % (_d(R, 2), _d(R, 2), _d(R, 6)), sub="ru_passport"), "\nДата рождения: ", DOB(R, "ru"), "\nАдрес: ", AD(R, "RU"), "\nТелефон: ", PH(R, "RU"),
                "\nСтоимость вложения: ", N("€260", "price"), " (превышение лимита)"]
        return "form", "ru", wrap(R, "ru", body, ["Зачем им паспорт? Это безопасно?"] + REQ["ru"])
    s, r = people(R, ["de", "us"])
    body = ["CN23 – CUSTOMS DECLARATION / ZOLLINHALTSERKLÄRUNG\nFrom / Absender: ", PER(s), ", ", AD(R, "DE", False), ", Tel. ", PH(R, "DE", intl=True),
            "\nTo / Empfänger: ", PER(r), ", ", AD(R, "US", False), ", Tel. ", PH(R, "US", intl=True, region="DE"), "\nCategory: [x] Gift  [ ] Commercial sample  [ ] Returned goods\n",
            N("Detailed description: Hand-knitted scarf (wool), 1 pc, 0.3 kg, EUR 40, HS 6117.10, origin DE", "hs_code_line"), "\nTotal value: ", N("EUR 40,00", "price"),
            "\nDate / signature: ", N(past_date(R, "de"), "signature_date"), " ", PER(s)]
    return "form", "de", wrap(R, "de", body, ["Hab ich die Zollinhaltserklärung richtig ausgefüllt? Das Paket geht an meine Tante in den USA."])


@tpl(16)
def age_check(R):
    k = R.choice(["de", "en", "en_us", "fr", "nl", "sv", "pl"])
    cult = {"de": "de", "en": "gb", "en_us": "us", "fr": "fr", "nl": "nl", "sv": "se", "pl": "pl"}[k]
    cc = CULT_CC[cult]
    lang = "en" if k == "en_us" else k
    p = person(R, cult)
    if k == "de":
        body = ["DHL Alterssichtprüfung 18+ / Ident-Check\nSendung: ", N(tracking(R, "DHL"), "tracking_number"), " (", N("Whisky.de", "shop_name"), ")\nEmpfänger: ", PER(p), "\nGeburtsdatum lt. Bestellung: ",
                DOB(R, "de"), "\nZustelladresse: ", AD(R, "DE", False), "\nHinweis: Übergabe nur an den Empfänger persönlich gegen Vorlage des Ausweises."]
    elif k == "en":
        body = ["Delivery note – age-restricted item (Challenge 25)\nCustomer: ", PER(p), "\nDOB given at checkout: ", DOB(R, "en"), "\nAddress: ", AD(R, "GB", False), "\nMobile: ", PH(R, "GB"),
                "\nItem: ", N("Laguiole kitchen knife set", "product"), " – driver must see photo ID. Order ", N(order_no(R, "x"), "order_number")]
    elif k == "en_us":
        body = ["ADULT SIGNATURE REQUIRED (21+)\nShip to: ", PER(p, p.full.upper()), "\n", L("address", address_text(R, "US", True).upper(), sub="US"), "\nDate of birth on file: ", DOB(R, "en_us"),
                "\nPhone: ", PH(R, "US"), "\nCarrier: FedEx ", N(luhn_bad(R, lambda: _d(R, 12)), "tracking_number"), "\nContents: wine, 3 bottles (", N("Kendall-Jackson Chardonnay", "brand_product"), ")"]
    elif k == "fr":
        body = ["Livraison d'alcool – vérification d'âge\nClient : ", PER(p), "\nDate de naissance : ", DOB(R, "fr"), "\nAdresse : ", AD(R, "FR", False), "\nTél. : ", PH(R, "FR"),
                "\nLe livreur vérifiera une pièce d'identité. Commande ", N(order_no(R, "x"), "order_number")]
    elif k == "nl":
        body = ["Leeftijdscontrole bij bezorging (18+)\nBestelling bij ", N("Gall & Gall", "shop_name"), " ", N(order_no(R, "x"), "order_number"), "\nNaam: ", PER(p), "\nGeboortedatum: ", DOB(R, "nl"),
                "\nAdres: ", AD(R, "NL", False), "\nMobiel: ", PH(R, "NL"), "\nDe bezorger vraagt om een geldig identiteitsbewijs."]
    elif k == "sv":
        body = ["Systembolaget hemleverans – ålderskontroll\nMottagare: ", PER(p), "\nFödelsedatum: ", DOB(R, "sv"), "\nAdress: ", AD(R, "SE", False), "\nMobil: ", PH(R, "SE"),
                "\nLegitimation krävs vid leverans. Order ", N(order_no(R, "x"), "order_number")]
    else:
        body = ["Dostawa alkoholu – weryfikacja wieku\nOdbiorca: ", PER(p), "\nData urodzenia: ", DOB(R, "pl"), "\nAdres: ", AD(R, "PL", False), "\nTelefon: ", PH(R, "PL"),
                "\nKurier poprosi o dowód osobisty. Zamówienie ", N(order_no(R, "x"), "order_number")]
    if R.random() < 0.4:
        q = person(R, cult, avoid=set(name_words(p.full)))
        body += ["\n", {"de": "Ersatzempfänger: ", "en": "Alternative recipient: ", "en_us": "Authorized adult: ", "fr": "Autre destinataire : ", "nl": "Andere ontvanger: ",
                        "sv": "Alternativ mottagare: ", "pl": "Inny odbiorca: "}[k], PER(q), " (", DOB(R, {"en_us": "en_us"}.get(k, k)), ")"]
    reqs = {"en": ["My son (17) will be home, can he accept it?", "Why do they need my date of birth for this?"], "de": ["Darf meine Frau das Paket annehmen?"], "fr": ["Mon colocataire peut réceptionner ?"],
            "nl": ["Mag mijn buurman dit aannemen?"], "sv": ["Kan min sambo ta emot paketet?"], "pl": ["Czy sąsiad może odebrać?"]}[lang]
    return "form", lang, wrap(R, lang, body, reqs)


@tpl(18)
def loyalty_profile(R):
    k = R.choice(["de", "fr", "es", "it", "nl", "pl", "en", "sv", "tr"])
    cult = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "en": "gb", "sv": "se", "tr": "tr"}[k]
    cc = CULT_CC[cult]
    p = person(R, cult)
    F = {
        "de": ("Mein Konto – dm Kundenprofil", "Kundennummer", "Name", "Geburtstag", "E-Mail", "Mobilnummer", "Adresse", "Payback-Kartennummer", "Newsletter: ja"),
        "fr": ("Mon compte Sephora – Mes informations", "N° client", "Nom", "Date de naissance", "E-mail", "Portable", "Adresse", "Carte fidélité", "Offres par SMS : oui"),
        "es": ("Mi cuenta – Club Carrefour", "Nº de socio", "Nombre", "Fecha de nacimiento", "Email", "Móvil", "Dirección", "Tarjeta Club", "Comunicaciones: sí"),
        "it": ("Il mio profilo – Esselunga Fidaty", "Codice cliente", "Nome", "Data di nascita", "Email", "Cellulare", "Indirizzo", "Carta Fidaty", "Consenso marketing: sì"),
        "nl": ("Mijn profiel – Bonuskaart", "Klantnummer", "Naam", "Geboortedatum", "E-mail", "Mobiel", "Adres", "Bonuskaartnummer", "Persoonlijke bonus: aan"),
        "pl": ("Moje konto – Rossmann Club", "Nr klienta", "Imię i nazwisko", "Data urodzenia", "E-mail", "Telefon", "Adres", "Karta", "Zgody marketingowe: tak"),
        "en": ("My account – Boots Advantage Card", "Customer no.", "Name", "Date of birth", "Email", "Mobile", "Address", "Advantage Card", "Marketing: opted in"),
        "sv": ("Mina sidor – ICA Stammis", "Kundnummer", "Namn", "Födelsedatum", "E-post", "Mobil", "Adress", "Stammiskort", "Nyhetsbrev: ja"),
        "tr": ("Hesabım – Migros Money", "Müşteri No", "Ad Soyad", "Doğum Tarihi", "E-posta", "Cep", "Adres", "Money Kart No", "Kampanya bildirimleri: açık"),
    }[k]
    card = luhn_bad(R, lambda: R.choice(["3084", "6360", "2900", "9752"]) + _d(R, 12))
    body = [F[0], "\n", F[1], ": ", N(luhn_bad(R, lambda: _d(R, 9)), "customer_number"), "\n", F[2], ": ", PER(p), "\n", F[3], ": ", DOB(R, k), "\n", F[4], ": ", EM(R, p), "\n",
            F[5], ": ", PH(R, cc), "\n", F[6], ": ", AD(R, cc, False), "\n", F[7], ": ", N(" ".join(card[i:i + 4] for i in range(0, 16, 4)), "loyalty_card"), "\n", F[8]]
    if R.random() < 0.5:
        q = person(R, cult, avoid=set(name_words(p.full)))
        body += ["\n", {"de": "Partnerkarte", "fr": "Carte partenaire", "es": "Tarjeta adicional", "it": "Carta familiare", "nl": "Tweede kaart", "pl": "Karta dodatkowa",
                        "en": "Linked card holder", "sv": "Medkort", "tr": "Ek kart"}[k], ": ", PER(q)]
    reqs = {"en": ["Someone changed my address here, how do I get my points back?"], "de": ["Jemand hat meine Adresse geändert und Punkte eingelöst. Was jetzt?"],
            "fr": ["Quelqu'un a utilisé mes points, que faire ?"]}.get(k)
    return "screenshot", k, wrap(R, k, body, reqs)


CC_CHAT = {
    "pl": ("pl", "PL", "Kurier", ["Dzień dobry, tu kurier {dn} z DPD, będę u Pana za 15 minut. Adres {addr} się zgadza?", "Tak, kod do bramy {code}, trzecie piętro.",
                                  "Nikt nie otwiera. Zostawić u sąsiada {neigh}?", "Tak, może być. Dziękuję!"]),
    "de": ("de", "DE", "Fahrer", ["Hallo, hier ist {dn} von Hermes. Bin gleich da, Adresse {addr}?", "Ja, Haustür-Code {code}, dann 2. OG links.",
                                  "Keiner da. Kann ich bei {neigh} im EG abgeben?", "Ja, gerne, danke!"]),
    "fr": ("fr", "FR", "Livreur", ["Bonjour, {dn} de Chronopost, j'arrive dans 10 min au {addr}.", "Ok, le digicode c'est {code}, 4e étage.",
                                   "Personne ne répond, je laisse chez {neigh} au 3e ?", "Oui parfait merci"]),
    "es": ("es", "ES", "Repartidor", ["Hola, soy {dn} de SEUR. Estoy llegando a {addr}.", "Vale, el código del portal es {code}.",
                                      "No contesta nadie. ¿Se lo dejo a {neigh}, del 2º?", "Sí, gracias!"]),
    "it": ("it", "IT", "Corriere", ["Buongiorno, sono {dn} di GLS. Arrivo tra 5 minuti in {addr}.", "Perfetto, codice del portone {code}.",
                                    "Non risponde nessuno, lascio a {neigh} al piano terra?", "Sì va bene, grazie"]),
    "nl": ("nl", "NL", "Bezorger", ["Hoi, met {dn} van DHL. Ik ben over 10 min op {addr}.", "Top, de code van de voordeur is {code}.",
                                    "Er doet niemand open. Mag ik het bij {neigh} op nr. 14 afgeven?", "Ja prima, dank je"]),
    "en": ("gb", "GB", "Driver", ["Hi it's {dn} from Evri, I'm outside {addr}.", "Hi! Gate code is {code}, flat on the left.",
                                  "No answer, ok to leave with {neigh} at no. 9?", "Yes that's fine thanks"]),
    "tr": ("tr", "TR", "Kurye", ["Merhaba, Yurtiçi Kargo'dan {dn}. {addr} adresine geliyorum.", "Tamam, apartman kapı şifresi {code}.",
                                 "Kimse açmıyor, komşunuza ({neigh}) bırakayım mı?", "Olur, teşekkürler."]),
    "pt": ("br", "BR", "Entregador", ["Oi, aqui é o {dn} da Loggi, tô chegando na {addr}.", "Beleza, a senha do portão é {code}.",
                                      "Ninguém atende, posso deixar com {neigh} na portaria?", "Pode sim, valeu"]),
    "ar": ("ar", "AE", "المندوب", ["مرحباً، معك {dn} من أرامكس. أنا قريب من {addr}.", "تمام، رمز البوابة {code}.",
                                   "لا أحد يرد، هل أسلم الشحنة لـ {neigh} في الشقة المجاورة؟", "نعم، شكراً"]),
}


@tpl(20)
def courier_chat(R):
    lang = R.choice(sorted(CC_CHAT))
    cult, cc, dw, lines = CC_CHAT[lang]
    d, c, nb = people(R, [cult, cult, cult])
    dn = G(d) if cult != "ar" else L("person", d.given, sub="ar")
    neigh = (L("person", "%s" % nb.family, sub=cult) if lang in ("de", "nl", "en", "pl") and R.random() < 0.5 else
             (L("person", nb.given, sub=cult)))
    if lang == "tr":
        neigh = L("person", nb.given, sub=cult)
    kw = dict(dn=dn, addr=AD(R, cc, False), code=SEC(R, "door_code"), neigh=neigh)
    me = {"pl": "Ja", "de": "Ich", "fr": "Moi", "es": "Yo", "it": "Io", "nl": "Ik", "en": "Me", "tr": "Ben", "pt": "Eu", "ar": "أنا"}[lang]
    out = []
    t = R.randint(9 * 60, 19 * 60)
    drv = [dw, " (", PH(R, cc, intl=False), ")"]
    for i, ln in enumerate(lines):
        out += ["[%s%02d:%02d] " % (past_date(R, lang) + " " if i == 0 else "", (t + i * 2) // 60, (t + i * 2) % 60)]
        out += (drv if i == 0 else [dw if i % 2 == 0 else me]) + [": "] + fill(ln, **kw) + ["\n"]
    return "chat_export", lang, wrap(R, lang, out, None)


@tpl(18)
def helpdesk_log(R):
    cult = R.choice(["gb", "de", "fr", "nl", "us", "es", "it"])
    cc = CULT_CC[cult]
    ps = people(R, [cult] * R.randint(2, 4))
    lines = []
    ts = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(0, 22), R.randint(0, 59), R.randint(0, 59))
    for i, p in enumerate(ps):
        t = (ts + datetime.timedelta(minutes=7 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines += [t, " INFO  checkout.order_created order=", N(order_no(R, "x"), "order_number"), " customer_email=", EM(R, p), " ip=", IP(R), " amount=", N("%d.%02d" % (R.randint(10, 300), R.randint(0, 99)), "price"),
                  " currency=", CUR[cc], "\n", t, " WARN  fraud.avs_mismatch billing_zip!=shipping_zip name=\"", PER(p), "\" ship_to=\"", AD(R, cc, False), "\"\n"]
        if R.random() < 0.5:
            lines += [t, " INFO  sms.sent to=", PH(R, cc, intl=True), " template=order_shipped carrier=", N(R.choice({"US": ["UPS", "FedEx", "USPS"], "GB": ["RoyalMail", "Evri", "DPD"]}.get(cc, ["DHL", "GLS", "DPD", "UPS"])), "carrier"), "\n"]
    lines += [t, " DEBUG healthcheck ok from ", N(doc_ip(R), "documentation_ip"), " (load balancer)\n"]
    return "log", "en", wrap(R, "en", lines, CODE_REQ["en"] + ["Why did the second order get flagged? Explain the log please."])


@tpl(12)
def seller_tax(R):
    k = R.choice(["us", "us", "de", "it", "es", "nl", "pt", "in", "br"])
    if k == "us":
        p = person(R, "us")
        a, g_, s_ = ssn_random(R)
        if R.random() < 0.25:
            from corpuslib import itin_random
            a, g_, s_ = itin_random(R)
            sub = "us_itin"
        else:
            sub = "us_ssn"
        body = ["Form W-9 (Rev. March 2024) – for eBay Managed Payments\n1 Name: ", PER(p), "\n2 Business name: ", N("Rust Belt Vintage Finds", "business_name"),
                "\n3 Federal tax classification: Individual/sole proprietor\n5 Address: ", AD(R, "US", False), "\nPart I Taxpayer Identification Number\nSocial security number: ",
                L("gov_id", "%s-%s-%s" % (a, g_, s_), sub=sub), "\nEmployer identification number: ", N("__-_______", "blank_field"), "\nSignature: ", PER(p), "  Date: ", N(past_date(R, "en_us"), "signature_date")]
        return "form", "en", wrap(R, "en", body, ["eBay keeps rejecting this W-9, can you see why?", "Is it normal that a marketplace asks for my SSN?"])
    if k == "in":
        p = person(R, "in")
        body = ["Seller registration – Flipkart\nDisplay name: ", N("Chai & Crafts Store", "business_name"), "\nPrimary contact: ", PER(p), "\nMobile: ", PH(R, "IN"), "\nEmail: ", EM(R, p),
                "\nPAN (individual): ", L("gov_id", pan_random(R, "P", p.family), sub="in_pan"), "\nGSTIN: ", N("27" + rnd(R, string.ascii_uppercase, 5) + _d(R, 4) + "A1Z5", "gstin_company"),
                "\nPickup address: ", AD(R, "IN", False), "\nBank IFSC: ", N("HDFC000%04d" % R.randint(1, 9999), "ifsc")]
        return "form", "in", wrap(R, "in", body, ["Please check if anything is wrong, the verification failed twice."])
    if k == "br":
        p = person(R, "br")
        c = cpf_random(R)
        body = ["Cadastro de vendedor – Shopee\nNome completo: ", PER(p), "\nCPF: ", L("gov_id", c, sub="br_cpf"), "\nData de nascimento: ", DOB(R, "pt"), "\nCelular: ", PH(R, "BR"),
                "\nEndereço de coleta: ", AD(R, "BR", False), "\nChave Pix: ", N(str(__import__("uuid").UUID(int=R.getrandbits(128))), "pix_evp_key")]
        return "form", "pt", wrap(R, "pt", body, ["Tá faltando alguma coisa nesse cadastro?"])
    cult = {"de": "de", "it": "it", "es": "es", "nl": "nl", "pt": "pt"}[k]
    p = person(R, cult)
    b = birth(R)
    if k == "de":
        from corpuslib import steuerid_random
        idl = L("gov_id", steuerid_random(R), sub="de_steuer_id")
        head = "DAC7 / PStTG – Angaben für Verkäufer (Vinted)\nVor- und Nachname: "
        fl = ("Geburtsdatum", "Steuer-ID", "Wohnanschrift", "Hinweis: Ab 30 Verkäufen oder 2.000 € im Jahr meldet Vinted diese Daten an das BZSt.")
    elif k == "it":
        idl = L("gov_id", cf_for(R, p, b), sub="it_cf")
        head = "DAC7 – Dati del venditore (eBay)\nNome e cognome: "
        fl = ("Data di nascita", "Codice fiscale", "Indirizzo di residenza", "I dati vengono comunicati all'Agenzia delle Entrate.")
    elif k == "es":
        n, l_ = dni_random(R)
        idl = L("gov_id", n + l_, sub="es_dni")
        head = "DAC7 – Información del vendedor (Wallapop)\nNombre y apellidos: "
        fl = ("Fecha de nacimiento", "NIF", "Domicilio", "Wallapop comunicará estos datos a la Agencia Tributaria.")
    elif k == "nl":
        from corpuslib import bsn_random
        idl = L("gov_id", bsn_random(R), sub="nl_bsn")
        head = "DAC7 – Verkopersgegevens (Marktplaats)\nVoor- en achternaam: "
        fl = ("Geboortedatum", "BSN", "Woonadres", "Deze gegevens worden doorgegeven aan de Belastingdienst.")
    else:
        idl = L("gov_id", nif_pt_random(R), sub="pt_nif")
        head = "DAC7 – Dados do vendedor (OLX)\nNome completo: "
        fl = ("Data de nascimento", "NIF", "Morada", "Os dados são comunicados à Autoridade Tributária.")
    body = [head, PER(p), "\n", fl[0], ": ", L("dob", dob_text(R, b, {"pt": "pt"}.get(k, k))), "\n", fl[1], ": ", idl, "\n", fl[2], ": ", AD(R, CULT_CC[cult], False), "\nIBAN: ", IBAN(R, CULT_CC[cult]), "\n", fl[3]]
    return "form", k, wrap(R, k, body, {"de": ["Muss ich das wirklich angeben? Ich verkaufe nur alte Kinderklamotten."], "it": ["Devo davvero dare il codice fiscale a eBay?"],
                                       "es": ["¿Es obligatorio darle el DNI a Wallapop?"], "nl": ["Moet ik echt mijn BSN aan Marktplaats geven?"], "pt": ["Tenho mesmo de dar o NIF à OLX?"]}[k])


@tpl(12)
def merchant_evidence(R):
    cult = R.choice(["us", "gb", "au", "ca", "ie"])
    cc = CULT_CC[cult]
    p = person(R, cult)
    ip = IP(R)
    body = ["Chargeback response – case ", N("CB-%s" % _d(R, 9), "case_number"), "\nReason code: ", N(R.choice(["13.1 Merchandise not received", "4853 Cardholder dispute", "10.4 Fraud – card absent"]), "reason_code"),
            "\n\nCustomer: ", PER(p), "\nEmail on order: ", EM(R, p), "\nIP at checkout: ", ip, " (matches previous 3 orders)\nAVS: full match – ", AD(R, cc, False),
            "\nCard: ", N(R.choice(["Visa", "Mastercard", "Amex"]) + " " + masked_card(R), "masked_card"), "\nDelivered: ", N(past_date(R, "en_us" if cc == "US" else "en"), "delivery_date"), " via ",
            N({"US": "UPS", "CA": "Canada Post", "AU": "Australia Post", "IE": "An Post", "GB": "Royal Mail"}[cc], "carrier"), ", tracking ",
            N(tracking(R, "UPS") if cc == "US" else s10(R, cc, R.choice(["RR", "LX", "CP"])), "tracking_number"), ", signed by \"", L("person", p.family.upper(), sub=cult),
            "\"\nCustomer contacted us from ", PH(R, cc), " on ", N(past_date(R, "en"), "contact_date"), " asking about sizing."]
    return "form", "en", wrap(R, "en", body, ["Help me write a strong rebuttal for the bank from these facts.", "Is this enough evidence to win the chargeback?"])


def small_price(R, cc):
    v = "%d.%02d" % (R.randint(12, 48), R.choice([0, 50, 90, 95, 49]))
    return {"DE": v.replace(".", ",") + " €", "ES": v.replace(".", ",") + " €", "FR": v.replace(".", ",") + " €", "IT": v.replace(".", ",") + " €", "NL": "€ " + v.replace(".", ","),
            "GB": "£" + v, "TR": "%d TL" % (R.randint(300, 1400)), "IN": "₹%d" % R.randint(250, 1400)}[cc]


@tpl(14)
def food_delivery(R):
    k = R.choice(["de", "en", "es", "fr", "it", "nl", "tr", "in"])
    cult = {"de": "de", "en": "gb", "es": "es", "fr": "fr", "it": "it", "nl": "nl", "tr": "tr", "in": "in"}[k]
    cc = CULT_CC[cult]
    c, rider = people(R, [cult, cult])
    app = {"de": "Lieferando", "en": "Deliveroo", "es": "Glovo", "fr": "Uber Eats", "it": "Deliveroo", "nl": "Thuisbezorgd.nl", "tr": "Getir", "in": "Swiggy"}[k]
    L_ = {
        "de": ("Bestellung bei {app}", "Lieferadresse", "Hinweis für den Fahrer", "Bitte bei {c} klingeln, Tür-Code {code}, 3. Stock.", "Telefon", "Dein Fahrer heute: {r}"),
        "en": ("Your {app} order", "Deliver to", "Note for rider", "Buzz {c}, door code {code}, top floor.", "Phone", "Your rider: {r}"),
        "es": ("Tu pedido de {app}", "Dirección", "Instrucciones", "Timbre {c}, código del portal {code}.", "Teléfono", "Tu repartidor: {r}"),
        "fr": ("Votre commande {app}", "Adresse de livraison", "Instructions", "Sonner chez {c}, digicode {code}, 2e gauche.", "Téléphone", "Votre coursier : {r}"),
        "it": ("Il tuo ordine {app}", "Indirizzo", "Note per il rider", "Citofono {c}, codice portone {code}.", "Telefono", "Il tuo rider: {r}"),
        "nl": ("Je bestelling bij {app}", "Bezorgadres", "Opmerking", "Bel aan bij {c}, code {code}.", "Telefoon", "Je bezorger: {r}"),
        "tr": ("{app} siparişiniz", "Adres", "Kurye notu", "Zil: {c}, kapı şifresi {code}.", "Telefon", "Kuryeniz: {r}"),
        "in": ("Your {app} order", "Delivery address", "Instructions", "Call {c} at gate, society gate code {code}.", "Phone", "Delivery partner: {r}"),
    }[k]
    cname = L("person", c.family, sub=cult) if k in ("de", "fr", "it", "nl", "es") else (G(c) if k != "tr" else L("person", c.family, sub=cult))
    body = fill(L_[0], app=N(app, "platform")) + [" ", N("#%s" % _d(R, R.choice([6, 7, 8])), "order_number"), "\n", N(R.choice(["2x Margherita, 1x Tiramisu", "Chicken Biryani, Raita", "Sushi box 24 pcs", "Döner Teller, Ayran", "Pad Thai, Spring rolls"]) + " – " + small_price(R, cc), "order_items"),
                                                    "\n", L_[1], ": ", AD(R, cc, False), "\n", L_[2], ": "] + fill(L_[3], c=cname, code=SEC(R, "door_code")) + ["\n", L_[4], ": ", PH(R, cc), "\n"] + \
        fill(L_[5], r=G(rider)) + [" (", N("4.9★", "rating"), ")"]
    lang = "in" if k == "in" else k
    reqs = {"en": ["The rider went to the wrong building, help me complain to support."], "in": ["Order never came but app shows delivered, draft a complaint pls."],
            "de": ["Der Fahrer war nie da, hilf mir eine Beschwerde zu schreiben."]}.get(lang)
    return "screenshot", lang, wrap(R, lang, body, reqs)


CBM = {
    "de": ("de", "Bestellung per E-Mail", "Guten Tag,\nhiermit bestelle ich verbindlich {item}. Bitte buchen Sie den Betrag von meiner Kreditkarte ab:\n",
           "Karteninhaber", "Kartennummer", "gültig bis", "Prüfnummer", "Lieferung an", "Mit freundlichen Grüßen", "Weinhandlung Am Brill"),
    "en": ("gb", "Order by email", "Hello,\nI'd like to order {item}. Please charge my card:\n",
           "Name on card", "Card number", "Expiry", "Security code", "Deliver to", "Many thanks,", "Hebden Bridge Book Barn"),
    "fr": ("fr", "Commande par e-mail", "Bonjour,\nje souhaite commander {item}. Vous pouvez débiter ma carte :\n",
           "Titulaire", "Numéro", "Expiration", "Cryptogramme", "Livraison", "Bien à vous,", "Cave des Tanneurs"),
    "es": ("es", "Pedido por correo", "Hola:\nQuería encargar {item}. Podéis cobrarlo en mi tarjeta:\n",
           "Titular", "Número", "Caducidad", "CVV", "Enviar a", "Gracias,", "Librería La Sal"),
    "it": ("it", "Ordine via e-mail", "Buongiorno,\nvorrei ordinare {item}. Potete addebitare sulla mia carta:\n",
           "Intestatario", "Numero", "Scadenza", "CVV", "Spedire a", "Grazie,", "Enoteca San Vitale"),
    "nl": ("nl", "Bestelling per e-mail", "Goedemiddag,\nGraag bestel ik {item}. U mag het bedrag afschrijven van mijn creditcard:\n",
           "Naam op kaart", "Kaartnummer", "Geldig t/m", "CVC", "Bezorgen op", "Met vriendelijke groet,", "Kaashandel Oude Vismarkt"),
}


@tpl(14)
def card_by_mail(R):
    lang = R.choice(sorted(CBM))
    cult, title, intro, hn, cn, ex, cv, dl, close, shop = CBM[lang]
    cc = CULT_CC[cult]
    p = person(R, cult)
    item = N(R.choice(["2 x Riesling Spätlese 2021 (Art. 4471)", "the signed first edition (stock no. 1187)", "1 coffret Saint-Émilion 2019", "3 ejemplares de 'Nada' (ref. 0932)",
                       "6 bottiglie di Sangiovese (cod. 5531)", "1 kg oude Goudse (art. 220)"]), "product")
    if R.random() < 0.35:
        t = R.randint(9, 18)
        body = [{"de": "Telefonbestellung", "en": "Phone order", "fr": "Commande téléphonique", "es": "Pedido telefónico", "it": "Ordine telefonico", "nl": "Telefonische bestelling"}[lang],
                " %02d:%02d – " % (t, R.randint(0, 59)), N(shop, "shop_name"), "\n", hn, ": ", PER(p), "\nTel.: ", PH(R, cc), "\n", cn, ": ", CARD(R), "  ", ex, " ",
                N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "  ", cv, " ", N(_d(R, 3), "cvc"), "\n", dl, ": ", AD(R, cc, False), "\n",
                N({"de": "Notiz: Karte nach Abbuchung schwärzen!", "en": "Note: shred this slip after charging.", "fr": "Note : détruire après encaissement.", "es": "Nota: destruir tras cobrar.",
                   "it": "Nota: distruggere dopo l'addebito.", "nl": "Let op: na afschrijven vernietigen."}[lang], "note")]
        return "notes", lang, wrap(R, lang, body, {"de": ["Ist das so DSGVO-konform? Wir bewahren diese Zettel in einem Ordner auf."], "en": ["Is it OK to keep these slips in a folder?"],
                                                   "nl": ["Mogen we deze briefjes zo bewaren?"], "fr": ["On a le droit de garder ces fiches comme ça ?"],
                                                   "es": ["¿Podemos guardar estas notas así en la tienda?"], "it": ["Possiamo conservare questi foglietti così?"]}[lang])
    body = ["Subject: " if lang == "en" else "Betreff: " if lang == "de" else "", title, "\n\n"] + fill(intro, item=item) + [hn, ": ", PER(p), "\n", cn, ": ", CARD(R), "\n", ex, ": ",
            N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n", cv, ": ", N(_d(R, 3), "cvc"), "\n\n", dl, ":\n", AD(R, cc, True), "\n", PH(R, cc), "\n\n", close, "\n", PER(p)]
    return "email", lang, wrap(R, lang, body, {"en": ["Is it safe to send my card like this or should I call them?"], "de": ["Kann ich meine Kartendaten so per Mail schicken?"],
                                              "fr": ["C'est risqué d'envoyer ma carte comme ça ?"], "es": ["¿Es seguro mandar la tarjeta así?"], "it": ["È sicuro mandare la carta così?"],
                                              "nl": ["Is het veilig om mijn kaart zo te mailen?"]}[lang])


# ====================================================================== clean templates (hard negatives only)
TRACK = {
    "en": ("Where is my parcel? It's been stuck for days:", ["Label created", "Received at {hub} hub", "Departed {hub}", "Arrived at delivery station", "Out for delivery", "Delivery attempted – no safe place"], ["Heathrow", "Coventry", "Daventry", "Warrington"]),
    "de": ("Wo hängt mein Paket fest?", ["Sendung elektronisch angekündigt", "Im Paketzentrum {hub} bearbeitet", "Sendung verlässt {hub}", "In Zustellung", "Zustellung nicht möglich – Empfänger nicht angetroffen", "Zur Abholung in Filiale bereit"], ["Bremen", "Hamm", "Aschheim", "Köln-Eifeltor"]),
    "fr": ("Mon colis ne bouge plus, c'est normal ?", ["Colis pris en charge", "Arrivé sur le site de {hub}", "En cours d'acheminement", "En cours de livraison", "Avisé – destinataire absent", "Disponible en bureau de poste"], ["Chilly-Mazarin", "Wissous", "Saint-Priest", "Cholet"]),
    "es": ("¿Dónde está mi paquete?", ["Prerregistrado", "Admitido en {hub}", "En tránsito", "En reparto", "Ausente – se deja aviso", "Disponible en oficina"], ["CTA Madrid", "CTA Barcelona", "Zaragoza", "Valencia"]),
    "nl": ("Waar blijft mijn pakket?", ["Zending aangemeld", "Gesorteerd in {hub}", "Onderweg", "Bezorger is onderweg", "Niet thuis – tweede poging morgen", "Ligt klaar bij PostNL-punt"], ["Nieuwegein", "Amsterdam-Westpoort", "Tilburg"]),
    "pl": ("Gdzie utknęła moja paczka?", ["Przygotowana przez nadawcę", "Przyjęta w oddziale {hub}", "W drodze", "Wydana do doręczenia", "Nieudana próba doręczenia", "Umieszczona w Paczkomacie"], ["Warszawa", "Stryków", "Piotrków Trybunalski"]),
    "ja": ("荷物がずっと止まっています。どういう状況ですか？", ["荷物受付", "{hub}ベースに到着", "発送済み", "配達中", "ご不在のため持ち帰り", "営業所に保管中"], ["羽田クロノゲート", "厚木", "関西ゲートウェイ"]),
    "zh": ("我的快递卡住好几天了，这是什么情况？", ["已揽收", "到达【{hub}】", "运输中", "派送中", "派送失败，已约再派", "已放入快递柜"], ["深圳华南转运中心", "杭州转运中心", "北京顺义集散中心"]),
    "ko": ("택배가 며칠째 안 움직여요. 무슨 상황이에요?", ["집화처리", "{hub} 간선상차", "배송출발", "배달완료 실패", "보관 중"], ["곤지암Hub", "대전Hub", "옥천HUB"]),
}


@tpl(20, clean=True)
def c_tracking_history(R):
    lang = R.choice(sorted(TRACK))
    q, evs, hubs = TRACK[lang]
    car = {"en": "Royal Mail", "de": "DHL", "fr": "Colissimo", "es": "Correos", "nl": "PostNL", "pl": "InPost", "ja": "Yamato", "zh": "SF", "ko": "CJ"}[lang]
    tn = tracking(R, car)
    d0 = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 20), 8, 0)
    out = [N(tn, "tracking_number"), "\n"]
    n = R.randint(4, len(evs))
    t = d0
    for i in range(n):
        t = t + datetime.timedelta(hours=R.randint(3, 30), minutes=R.randint(0, 59))
        out += [N(t.strftime("%d.%m.%Y %H:%M" if lang in ("de", "pl") else "%Y-%m-%d %H:%M"), "event_time"), "  ", evs[i].format(hub=R.choice(hubs)), "\n"]
    if R.random() < 0.5:
        out += [{"en": "Order ", "de": "Bestellung ", "fr": "Commande ", "es": "Pedido ", "nl": "Bestelling ", "pl": "Zamówienie ", "ja": "注文番号 ", "zh": "订单号 ", "ko": "주문번호 "}[lang],
                N(order_no(R, "Amazon"), "order_number"), "  ", N(price(R, {"en": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "nl": "EUR", "pl": "PLN", "ja": "JPY", "zh": "CNY", "ko": "KRW"}[lang]), "price")]
    return "tracking", lang, [q, "\n\n", out]


@tpl(20, clean=True)
def c_product_listing(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl", "en"])
    b, item = R.choice(BRAND_ITEMS)
    q = {"en": "Is this the same item as the one on the brand's own site? The EAN looks different.", "de": "Ist das dasselbe Produkt wie im Markenshop? Die EAN ist anders.",
         "fr": "C'est bien le même produit que sur le site de la marque ?", "es": "¿Es el mismo producto que en la web de la marca?", "it": "È lo stesso prodotto del sito ufficiale?",
         "nl": "Is dit hetzelfde product als op de site van het merk?", "pl": "Czy to ten sam produkt co w sklepie marki?"}[lang]
    out = [N(b, "brand_name_like_person"), " – ", item, "\n",
           "SKU: ", N(sku(R), "sku"), "\nEAN: ", N(ean13(R), "ean"), "\nUPC: ", N(upc12(R), "upc"), "\nGTIN-14 (case): ", N(gtin14(R), "gtin14"), "\nMPN: ", N(rnd(R, string.ascii_uppercase, 2) + _d(R, 5) + "-" + _d(R, 3), "mpn"),
           "\n", {"en": "Price", "de": "Preis", "fr": "Prix", "es": "Precio", "it": "Prezzo", "nl": "Prijs", "pl": "Cena"}[lang], ": ", N(price(R, R.choice(["EUR", "GBP", "USD", "PLN", "CHF"])), "price"),
           "  (", {"en": "RRP", "de": "UVP", "fr": "prix conseillé", "es": "PVP recomendado", "it": "prezzo consigliato", "nl": "adviesprijs", "pl": "cena katalogowa"}[lang], " ", N(price(R, "EUR"), "price"), ")\n", {"en": "Sold by", "de": "Verkauf durch", "fr": "Vendu par", "es": "Vendido por", "it": "Venduto da", "nl": "Verkocht door", "pl": "Sprzedawca"}[lang], ": ",
           N(R.choice(["Schuh Lange GmbH", "Outlet Rossi", "Boutique Chez Margaux", "Smith & Sons Footwear"]), "store_named_after_person"), "\n"]
    if R.random() < 0.5:
        out += ["ASIN: ", N("B0" + rnd(R, string.ascii_uppercase + string.digits, 8), "asin"), "\n"]
    return "listing", lang, [out, "\n", q] if R.random() < 0.5 else [q, "\n\n", out]


@tpl(20, clean=True)
def c_help_sample(R):
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pl", "pt"])
    H = {
        "de": ("So gibst du deine Lieferadresse richtig ein:", "Name: Max Mustermann\nStraße und Hausnummer: Musterstraße 1\nPLZ und Ort: 12345 Musterstadt\nE-Mail: max.mustermann@example.com\nTelefon: 030 12345678 (Beispiel)",
               "Packstation: Gib statt der Straße „Packstation 123“ und deine Postnummer ein.", "Ist das so richtig erklärt? Ich will das auf unsere Shop-FAQ stellen."),
        "en": ("How to enter your delivery address:", "Full name: Jane Doe\nAddress line 1: 123 Main Street\nTown/City: Anytown\nPostcode: AB1 2CD\nEmail: jane.doe@example.com\nPhone: 07700 900000 (example)",
               "Use the 'Delivery instructions' box for a safe place, not for door codes.", "Can you make this FAQ shorter and friendlier?"),
        "fr": ("Comment saisir votre adresse de livraison :", "Nom : Jean Dupont\nAdresse : 1 rue de l'Exemple\nCode postal : 75000 Paris\nE-mail : jean.dupont@example.fr\nTéléphone : 06 00 00 00 00",
               "Pour un Point Relais®, choisissez-le sur la carte.", "Tu peux reformuler cette aide pour notre boutique ?"),
        "es": ("Cómo indicar tu dirección:", "Nombre: Juan Español Español\nDirección: Calle Ejemplo 1, 1º A\nCP: 28000 Madrid\nEmail: nombre@example.com\nTeléfono: 600 000 000",
               "Si eliges CityPaq, recibirás un código por SMS.", "¿Me ayudas a mejorar este texto de ayuda?"),
        "it": ("Come inserire l'indirizzo di spedizione:", "Nome: Mario Rossi\nIndirizzo: Via Roma 1\nCAP: 00100 Roma (RM)\nEmail: mario.rossi@example.it\nCellulare: 333 000 0000",
               "Il codice fiscale è richiesto solo per la fattura elettronica (es. RSSMRA80A01H501U).", "Puoi rendere questo testo più chiaro?"),
        "nl": ("Zo vul je je adres in:", "Naam: Jan Jansen\nAdres: Voorbeeldstraat 1\nPostcode: 1234 AB Voorbeeldstad\nE-mail: jan@example.nl\nTelefoon: 06-00000000",
               "Kies je een pakketautomaat, dan krijg je een ophaalcode per sms.", "Kun je deze FAQ korter maken?"),
        "pl": ("Jak wpisać adres dostawy:", "Imię i nazwisko: Jan Kowalski\nUlica: ul. Przykładowa 1/2\nKod: 00-000 Warszawa\nE-mail: jan.kowalski@example.pl\nTelefon: 500 000 000",
               "Przy Paczkomacie podaj tylko numer telefonu i e-mail.", "Możesz to ładniej sformułować?"),
        "pt": ("Como preencher o endereço:", "Nome: Fulano de Tal\nEndereço: Rua Exemplo, 100\nCEP: 00000-000 São Paulo - SP\nE-mail: fulano@example.com.br\nCPF: 000.000.000-00 (exemplo)",
               "O CPF é obrigatório para emissão da nota fiscal.", "Pode melhorar esse texto da nossa loja?"),
    }[lang]
    t, sample, note, q = H
    extra = {"de": ("Bestellnummer (Beispiel)", "Sendungsnummer", "Retouren bis"), "en": ("Order number (example)", "Tracking number", "Returns accepted until"),
             "fr": ("N° de commande (exemple)", "N° de suivi", "Retours jusqu'au"), "es": ("Nº de pedido (ejemplo)", "Nº de seguimiento", "Devoluciones hasta"),
             "it": ("N. ordine (esempio)", "Tracking", "Resi fino al"), "nl": ("Bestelnummer (voorbeeld)", "Track & trace", "Retour tot"),
             "pl": ("Nr zamówienia (przykład)", "Nr przesyłki", "Zwroty do"), "pt": ("N.º do pedido (exemplo)", "Rastreio", "Trocas até")}[lang]
    out = [t, "\n", N(sample, "sample_values"), "\n", note]
    if R.random() < 0.7:
        out += ["\n", extra[0], ": ", N(order_no(R, "Amazon" if R.random() < 0.3 else "x"), "sample_order_number")]
    if R.random() < 0.6:
        out += ["\n", extra[1], ": ", N(tracking(R, R.choice(["DHL", "UPS", "GLS", "PostNL", "Colissimo"])), "sample_tracking_number")]
    if R.random() < 0.6:
        out += ["\n", extra[2], ": ", N(past_date(R, lang), "return_deadline"), " (", N(price(R, "EUR"), "price"), ")"]
    return "faq", lang, ([q, "\n\n"] + out) if R.random() < 0.6 else (out + ["\n\n", q])


@tpl(20, clean=True)
def c_masked_confirmation(R):
    lang = R.choice(["en", "de", "fr", "es", "nl", "it"])
    W = {"en": ("Your order has shipped", "Ship to", "Phone", "Paid with", "Email", "Why is my name shown like this? Is it a phishing mail?"),
         "de": ("Deine Bestellung ist unterwegs", "Lieferung an", "Telefon", "Bezahlt mit", "E-Mail", "Ist das Phishing? Warum ist alles mit Sternchen?"),
         "fr": ("Votre commande a été expédiée", "Livraison à", "Téléphone", "Payé avec", "E-mail", "C'est du phishing ? Pourquoi tout est masqué ?"),
         "es": ("Tu pedido ha sido enviado", "Envío a", "Teléfono", "Pagado con", "Email", "¿Esto es phishing?"),
         "nl": ("Je bestelling is verzonden", "Bezorgen bij", "Telefoon", "Betaald met", "E-mail", "Is dit phishing?"),
         "it": ("Il tuo ordine è stato spedito", "Spedire a", "Telefono", "Pagato con", "Email", "È phishing secondo te?")}[lang]
    initial = R.choice("ABCDEFGHJKLMNPRSTVW")
    out = [W[0], " – ", N(order_no(R, "x"), "order_number"), "\n", W[1], ": ", N("%s*** %s.\n%s**** ** ***\n%s" % (initial, R.choice("BKLMSTW"), R.choice(["*****str.", "** *****", "Rue ****"]), R.choice(["28*** B****", "HG* ***", "75***", "46***"])), "masked_name_address"),
           "\n", W[2], ": ", N(R.choice(["+49 151 ••••• 21", "+44 7••• •••123", "06 •• •• •• 48", "+34 6•• ••• •12", "+31 6 •••• 7734", "+39 3•• ••• ••90"]), "masked_phone"), "\n", W[3], ": ",
           N(masked_card(R), "masked_card"), "\n", W[4], ": ", N(masked_email(R), "masked_email"), "\nIBAN: ", N(R.choice(["DE** **** **** **** **12 34", "NL**INGB*******567", "FR76 **** **** **** **** ***4 18"]), "masked_iban"),
           "\n", N("Tracking: " + tracking(R, R.choice(["DHL", "UPS", "GLS"])), "tracking_number"), "\n", N(R.choice(["noreply@", "no-reply@", "service@"]) + R.choice(["zalando.de", "asos.com", "vinted.fr", "bol.com"]), "role_mailbox")]
    return "email", lang, [W[5], "\n\n", out]


@tpl(20, clean=True)
def c_coupon_ads(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl", "tr", "ja"])
    code = R.choice({"en": ["SPRING25", "WELCOME10", "BLACKFRIDAY30"], "de": ["HERBST15", "WILLKOMMEN10"], "fr": ["SOLDES20", "BIENVENUE10"], "es": ["VERANO10", "REBAJAS15"],
                     "it": ["CIAO15", "SALDI20"], "nl": ["KORTING12", "ZOMER10"], "pl": ["JESIEN20", "WITAJ10"], "tr": ["INDIRIM25", "HOSGELDIN10"], "ja": ["SPRING25", "WELCOME10"]}[lang])
    gc = "%s-%s-%s-%s" % tuple(rnd(R, string.ascii_uppercase + string.digits, 4) for _ in range(4))
    A = {
        "en": ["Newsletter from ", N(R.choice(STORES[:6]), "store_named_after_person"), ": Use code ", N(code, "coupon_code"), " for 25% off ", N(R.choice(BRANDS), "brand_name_like_person"),
               " until Sunday. Example gift card: ", N(gc, "sample_gift_card"), " (not valid). Free delivery over ", N(price(R, "GBP"), "price"), ".\n\nIs this a good deal or is it cheaper elsewhere?"],
        "de": ["Werbung von ", N(R.choice(["Peek & Cloppenburg", "Rossmann", "Ernsting's family"]), "store_named_after_person"), ": Mit dem Code ", N(code, "coupon_code"), " sparst du 15 % auf ",
               N(R.choice(BRANDS), "brand_name_like_person"), ". Geschenkkarte im Wert von ", N(price(R, "EUR"), "price"), " – Muster: ", N(gc, "sample_gift_card"), "\n\nLohnt sich das?"],
        "fr": ["Pub ", N("Galeries Lafayette", "store_named_after_person"), " : code ", N(code, "coupon_code"), " = -20 % sur ", N(R.choice(BRANDS), "brand_name_like_person"),
               ". Carte cadeau dès ", N(price(R, "EUR"), "price"), ".\n\nC'est vraiment une promo ?"],
        "es": ["Anuncio de ", N("El Corte Inglés", "store"), ": código ", N(code, "coupon_code"), " -10 % en ", N(R.choice(BRANDS), "brand_name_like_person"), ". Tarjeta regalo de ejemplo ", N(gc, "sample_gift_card"),
               ".\n\n¿Merece la pena?"],
        "it": ["Newsletter ", N("Rinascente", "store"), ": usa il codice ", N(code, "coupon_code"), " per il 15% su ", N(R.choice(BRANDS), "brand_name_like_person"), ". Spedizione gratuita da ", N(price(R, "EUR"), "price"),
               ".\n\nConviene?"],
        "nl": ["Reclame van ", N("Albert Heijn", "store_named_after_person"), ": met code ", N(code, "coupon_code"), " 12% korting op ", N("Ben & Jerry's", "brand_name_like_person"), " en ", N("Tony's Chocolonely", "brand_name_like_person"),
               ". Cadeaukaart vanaf ", N(price(R, "EUR"), "price"), ".\n\nIs dit echt goedkoper?"],
        "pl": ["Reklama ", N("Rossmann", "store_named_after_person"), ": kod ", N(code, "coupon_code"), " -20% na ", N(R.choice(BRANDS), "brand_name_like_person"), ". Karta podarunkowa od ", N(price(R, "PLN"), "price"),
               ".\n\nOpłaca się?"],
        "tr": ["Reklam: ", N("Boyner", "store"), " ", N(code, "coupon_code"), " kodu ile ", N(R.choice(BRANDS), "brand_name_like_person"), " ürünlerinde %25 indirim. Kargo bedava, ", N(price(R, "TRY"), "price"),
               " üzeri.\n\nSence mantıklı mı?"],
        "ja": ["【", N("ユニクロ", "store"), "】クーポンコード ", N(code, "coupon_code"), " で", N(R.choice(BRANDS), "brand_name_like_person"), "コラボが10%オフ。", N(price(R, "JPY"), "price"), "以上で送料無料。\n\nこれってお得ですか？"],
    }[lang]
    foot = {"en": "Unsubscribe | Terms apply, while stocks last.", "de": "Abmelden | Nur solange der Vorrat reicht.", "fr": "Se désinscrire | Offre valable dans la limite des stocks.",
            "es": "Darse de baja | Hasta agotar existencias.", "it": "Disiscriviti | Fino a esaurimento scorte.", "nl": "Afmelden | Zolang de voorraad strekt.",
            "pl": "Wypisz się | Do wyczerpania zapasów.", "tr": "Abonelikten çık | Stoklarla sınırlıdır.", "ja": "配信停止 | 在庫がなくなり次第終了。"}[lang]
    A = A[:-1] + [A[-1].split("\n\n")[0], "\n", foot, " ", N(past_date(R, "iso"), "offer_end_date"), "\n\n", A[-1].split("\n\n")[1]]
    return "ad", lang, A


@tpl(20, clean=True)
def c_cart_totals(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "sv", "pl", "ja", "zh", "ko", "ru", "tr", "ar"])
    curs = R.sample(["EUR", "GBP", "USD", "CHF", "PLN", "SEK", "JPY", "CNY", "KRW", "RUB", "TRY", "AED", "INR", "BRL"], 3)
    q = {"en": "Which of these is actually cheapest with shipping and customs?", "de": "Was ist mit Versand und Zoll am günstigsten?", "fr": "Lequel revient le moins cher avec la livraison ?",
         "es": "¿Cuál sale más barato con envío?", "it": "Quale conviene di più con la spedizione?", "nl": "Wat is het goedkoopst inclusief verzending?", "sv": "Vilken är billigast med frakt?",
         "pl": "Co wychodzi najtaniej z wysyłką?", "ja": "送料込みでどれが一番安いですか？", "zh": "算上运费哪个最便宜？", "ko": "배송비 포함하면 어디가 제일 싸?", "ru": "Где дешевле с доставкой?",
         "tr": "Kargo dahil hangisi daha ucuz?", "ar": "أيهم أرخص مع الشحن؟"}[lang]
    out = [q, "\n\n"]
    for i, c in enumerate(curs):
        sh, dl = {"en": ("shipping", "delivery"), "de": ("Versand", "Lieferung"), "fr": ("livraison", "livré le"), "es": ("envío", "entrega"), "it": ("spedizione", "consegna"),
                  "nl": ("verzending", "levering"), "sv": ("frakt", "leverans"), "pl": ("wysyłka", "dostawa"), "ja": ("送料", "お届け"), "zh": ("运费", "送达"), "ko": ("배송비", "도착"),
                  "ru": ("доставка", "срок"), "tr": ("kargo", "teslim"), "ar": ("شحن", "التسليم")}[lang]
        out += ["%d) " % (i + 1), N(R.choice(["Amazon", "eBay", "AliExpress", "Zalando", "Galaxus", "Rakuten", "Coupang", "Ozon", "noon", "Trendyol", "Allegro"]), "shop_name"), ": ",
                N(price(R, c), "price"), " + ", sh, " ", N(R.choice(["4,99", "0", "12.50", "7,90", "19.99"]) + " " + c, "price"), ", ", dl, " ", N(past_date(R, "iso"), "delivery_date"), "\n"]
    out += [{"de": "MwSt. ", "fr": "TVA ", "es": "IVA ", "it": "IVA ", "nl": "btw ", "pl": "VAT ", "ja": "消費税 ", "zh": "增值税 ", "ko": "부가세 ", "ru": "НДС ", "tr": "KDV ", "ar": "ض.ق.م "}.get(lang, "VAT "),
            N(R.choice(["19 %", "20%", "21 %", "22%", "10%", "8%"]), "vat_rate"), ", ", N("HS 8518.30", "hs_code")]
    return "question", lang, out


@tpl(20, clean=True)
def c_locker_list(R):
    lang = R.choice(["pl", "de", "nl", "fr", "es", "en", "sv"])
    L_ = {
        "pl": ("Paczkomaty w pobliżu", ["KRA01M – ul. Zakopiańska 62 (Biedronka), 24/7", "KRA245A – al. Pokoju 44 (Orlen), 24/7", "KRA88N – ul. Kalwaryjska 18, 6:00–23:00"], "Który jest najbliżej dworca?"),
        "de": ("Packstationen in der Nähe", ["Packstation 118 – Hauptstraße 40, 28195 Bremen", "Packstation 204 – Am Brill 2 (Parkhaus)", "DHL Paketshop – Kiosk am Markt, Obernstraße 12"], "Welche hat sonntags offen?"),
        "nl": ("Pakketautomaten", ["PostNL-automaat Jumbo Zuiderdiep 54, Groningen", "DHL Locker Station NS Groningen Europapark", "Bruna Herestraat 30 (PostNL-punt)"], "Welke is 24/7 open?"),
        "fr": ("Points Relais® à proximité", ["Tabac Le Saint-Michel – 12 place du Marché, 35000 Rennes", "Locker Pickup Station Gare de Rennes", "Carrefour City – 5 rue d'Antrain"], "Lequel est ouvert le dimanche ?"),
        "es": ("Puntos de recogida", ["CityPaq Estación de Delicias, Zaragoza", "Punto Pack – Papelería Sol, C/ Alfonso I 12", "Amazon Locker – Grancasa"], "¿Cuál abre los domingos?"),
        "en": ("Nearby lockers", ["Amazon Locker – Bramble, Co-op, 14 Market Place, Kendal LA9 4TN", "InPost Locker KEN01 – Booths car park", "Evri ParcelShop – Spar, Stricklandgate"], "Which one is open 24/7?"),
        "sv": ("Paketskåp i närheten", ["PostNord Box – ICA Kvantum Tegelbruket", "Budbee Box – Järntorget 4", "DHL Servicepoint – Pressbyrån Centralstationen"], "Vilket har öppet dygnet runt?"),
    }[lang]
    t, items, q = L_
    out = [t, ":\n"]
    for it in R.sample(items, len(items)):
        out += ["• ", N(it, "locker_location"), " (", N("%.1f km" % (R.randint(2, 40) / 10), "distance"), ")\n"]
    return "list", lang, [q, "\n\n", out]


@tpl(20, clean=True)
def c_warranty_terms(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl"])
    dev = R.choice(["iPhone 13", "Galaxy A54", "Pixel 7a", "Xiaomi Redmi Note 12", "Fairphone 4"])
    out = [{"en": "Device info", "de": "Geräteinfo", "fr": "Infos appareil", "es": "Información del dispositivo", "it": "Info dispositivo", "nl": "Toestelinfo"}[lang], " – ", N(dev, "device_model"),
           "\nIMEI 1: ", N(imei(R), "imei"), "\nIMEI 2: ", N(imei(R), "imei"), "\nSerial: ", N(serial(R), "serial_number"), "\nModel: ", N(rnd(R, string.ascii_uppercase, 1) + _d(R, 4), "model_number"),
           "\n", {"en": "Warranty until", "de": "Garantie bis", "fr": "Garantie jusqu'au", "es": "Garantía hasta", "it": "Garanzia fino al", "nl": "Garantie tot"}[lang], ": ", N(past_date(R, lang, 2027), "warranty_date"),
           "\n", {"en": "Service centre", "de": "Servicecenter", "fr": "Centre de service", "es": "Servicio técnico", "it": "Centro assistenza", "nl": "Servicecentrum"}[lang], ": ",
           N(R.choice(["Apple Store Regent Street, 235 Regent St, London W1B 2EL", "Samsung Service, Am Kronberger Hang 6, 65824 Schwalbach", "Fnac SAV, 9 rue des Bateaux-Lavoirs, Ivry", "MediaMarkt Reparatur, Wankelstraße 5, Ingolstadt"]), "service_address"),
           "\nHotline: ", N(R.choice(["0800 048 0408", "06196 77 555 77", "09 69 36 80 00"]), "service_line")]
    q = {"en": "Is my phone still under warranty?", "de": "Habe ich noch Garantie?", "fr": "Mon téléphone est encore sous garantie ?", "es": "¿Sigue en garantía?", "it": "È ancora in garanzia?", "nl": "Valt dit nog onder garantie?"}[lang]
    return "device_info", lang, [q, "\n\n", out]


@tpl(20, clean=True)
def c_api_docs(R):
    lang = R.choice(["en", "en", "de", "fr", "es"])
    k = R.randrange(3)
    if k == 0:
        out = ["# Stripe test mode\ncurl https://api.stripe.com/v1/payment_intents \\\n  -u ", N("sk_test_<your-secret-key>", "placeholder_key"), ": \\\n  -d amount=2000 -d currency=eur\n\n# test card: ",
               N("4242 4242 4242 4242", "test_card"), ", any future expiry, any CVC\n# publishable: ", N("pk_test_" + rnd(R, ALNUM, 24), "publishable_key")]
    elif k == 1:
        out = ["# Shopify webhook sample payload\n{\"email\": \"", N("customer@example.com", "example_email"), "\", \"browser_ip\": \"", N(doc_ip(R), "documentation_ip"), "\",\n \"shipping_address\": {\"address1\": \"123 Example St\", \"city\": \"Ottawa\"},\n \"token\": \"",
               N("${SHOPIFY_ADMIN_TOKEN}", "env_reference"), "\"}"]
    else:
        out = ["WOO_CONSUMER_KEY=", N("ck_xxxxxxxxxxxxxxxxxxxx", "placeholder_key"), "\nWOO_CONSUMER_SECRET=", N("cs_xxxxxxxxxxxxxxxxxxxx", "placeholder_key"), "\nALLOWED_WEBHOOK_IP=", N(doc_ip(R), "documentation_ip"),
               "\nSMTP_HOST=", N("smtp.example.com", "example_host"), "\nADMIN_EMAIL=", N("admin@example.com", "example_email"), "\n# see https://woocommerce.github.io/woocommerce-rest-api-docs/"]
    q = {"en": "Explain what these settings do.", "de": "Erklär mir diese Einstellungen.", "fr": "Explique-moi ces paramètres.", "es": "Explícame esta configuración."}[lang]
    return "code", lang, [q, "\n```\n", out, "\n```"]


NAW = {
    "en": ["Will the Black Friday prices still apply if I order on Monday? Mark says no but {store} matched {store2} last year.",
           "Is rose gold or sterling silver better for a gift? I'm torn between {brand} and {brand2}.",
           "Grace period for returns at {store} is 35 days, right? Also, does Amazon Prime cover the Hope Street store?",
           "Can I get a refund if the {brand} boots crease? Bill me later option is gone too."],
    "de": ["Lohnt sich {brand} wirklich oder zahlt man nur für den Namen? Bei {store} gibt's gerade 20 %.",
           "Ernst gemeint: Warum kostet die Lieferung von {store} jetzt 4,95 €? Früher war sie gratis."],
    "fr": ["Franchement, {brand} ou {brand2} pour un cadeau ? Aux {store} il y a des soldes.", "Est-ce que Clémentine (la marque de jus) livre en Belgique ?"],
    "es": ["¿Vale la pena {brand}? En {store} hay rebajas. Esperanza no tengo mucha.", "Las Rosas Village vende {brand} más barato, ¿verdad?"],
    "it": ["Conviene {brand} o {brand2}? Alla {store} ci sono i saldi.", "Serena la spedizione? Il pacco è fermo da tre giorni."],
    "nl": ["Is {brand} bij {store} goedkoper dan online? Frank gezegd twijfel ik.", "Geldt de Prijs van de Week ook voor Hema?"],
}


@tpl(20, clean=True)
def c_name_as_word(R):
    lang = R.choice(sorted(NAW))
    t = R.choice(NAW[lang])
    kw = dict(store=N(R.choice(STORES), "store_named_after_person"), store2=N(R.choice(STORES), "store_named_after_person"),
              brand=N(R.choice(BRANDS), "brand_name_like_person"), brand2=N(R.choice(BRANDS), "brand_name_like_person"))
    out = fill(t, **kw)
    out += ["\n", {"en": "Budget: ", "de": "Budget: ", "fr": "Budget : ", "es": "Presupuesto: ", "it": "Budget: ", "nl": "Budget: "}[lang], N(price(R, "EUR" if lang != "en" else "GBP"), "price"),
            {"en": ", order by ", "de": ", bestellen bis ", "fr": ", commander avant le ", "es": ", pedir antes del ", "it": ", ordinare entro il ", "nl": ", bestellen voor "}[lang], N(past_date(R, lang), "deadline_date")]
    if R.random() < 0.6:
        out += [" (", N(order_no(R, "Amazon"), "order_number"), ")"]
    out += ["\n", R.choice({"en": ["PS: the delivery slot says 07:00–09:00, is that normal?", "Also the tracking hasn't moved since Tuesday."],
                             "de": ["PS: Lieferfenster 07:00–09:00 – ist das normal?", "Die Sendungsverfolgung hängt seit Dienstag."],
                             "fr": ["PS : le créneau de livraison est 7h–9h, c'est normal ?", "Le suivi ne bouge plus depuis mardi."],
                             "es": ["PD: la franja de entrega es 07:00–09:00, ¿es normal?", "El seguimiento no se mueve desde el martes."],
                             "it": ["PS: la fascia di consegna è 7-9, è normale?", "Il tracking è fermo da martedì."],
                             "nl": ["PS: het tijdvak is 07:00–09:00, is dat normaal?", "De track & trace staat sinds dinsdag stil."]}[lang])]
    return "question", lang, out


# ====================================================================== rules
ROLE_LOCALS = {"noreply", "no-reply", "support", "info", "service", "klantenservice", "kundenservice", "kundservice", "orders", "bestellungen", "pedidos", "encomendas",
               "ne-pas-repondre", "powiadomienia", "bilgi", "naoresponda", "notificaciones", "conferma-spedizione", "transaction", "customs.support", "shop-terrace",
               "usps-informeddelivery", "admin", "customer"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DIGRUN_RE = re.compile(r"(?<![\dA-Za-z])\d+(?:[ \-\u00a0]\d{3,})*(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}\b")
LUHN_OK_TAGS = {"imei", "test_card"}
CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
ALLOWED_IP4 = ["1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "0.0.0.0", "255.255.255.0"]


def _neg_texts(parts):
    out = []

    def walk(ps):
        for p in ps:
            if isinstance(p, (list, tuple)):
                walk(p)
            elif isinstance(p, N):
                out.append((p.text, p.tag))
    walk(parts)
    return out


def blank(text, spans, types=None):
    t = list(text)
    for sp in spans:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                if t[i] != "\n":
                    t[i] = "\u2588"
    return "".join(t)


def valid_label(sp):
    v, ty, sub = sp["value"], sp["type"], sp.get("sub")
    if ty == "card":
        d = re.sub(r"\D", "", v)
        if not luhn_ok(d):
            return False
        for name, prefixes, lengths in CARD_ISSUERS:
            if name == sub:
                return len(d) in lengths and any(d.startswith(p) for p in prefixes)
        return False
    if ty == "iban":
        c = re.sub(r"[\s\u00a0]", "", v).upper()
        return c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1
    if ty == "email":
        return bool(EMAIL_RE.fullmatch(v))
    if ty == "ip":
        try:
            a = ipaddress.ip_address(v)
        except ValueError:
            return False
        return a.is_global
    if ty == "gov_id":
        c = v.replace(" ", "").replace(".", "").replace("-", "")
        if sub == "br_cpf":
            return cpf_ok(c)
        if sub == "in_pan":
            return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v))
        if sub == "in_aadhaar":
            return bool(re.fullmatch(r"\d{4} \d{4} \d{4}", v)) and verhoeff_ok(c) and c[0] not in "01"
        if sub == "es_dni":
            return dni_ok(c)
        if sub == "es_nie":
            return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", c)) and nie_ok(c)
        if sub == "it_cf":
            return cf_ok(v)
        if sub == "pt_nif":
            return nif_pt_ok(v)
        if sub == "tr_tckn":
            return tckn_ok(v)
        if sub == "cn_resident_id":
            return cnid_ok(v)
        if sub == "kr_pccc":
            return bool(re.fullmatch(r"P\d{12}", v))
        if sub == "ru_passport":
            return bool(re.fullmatch(r"\d{2} \d{2} \d{6}", v))
        if sub in ("us_ssn", "us_itin"):
            m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
            if not m:
                return False
            a, g_, s_ = map(int, m.groups())
            if sub == "us_ssn":
                return ssn_valid(a, g_, s_)
            return 900 <= a <= 999 and (50 <= g_ <= 65 or 70 <= g_ <= 88 or g_ in (90, 91, 92) or 94 <= g_ <= 99)
        if sub == "de_steuer_id":
            from corpuslib import steuerid_ok
            return steuerid_ok(v)
        if sub == "nl_bsn":
            from corpuslib import bsn_ok
            return bsn_ok(v)
        return False
    if ty == "secret":
        return len(v) >= 4
    if ty == "dob":
        return bool(re.search(r"\d", v))
    if ty in ("person", "address", "phone"):
        return len(v) >= 1
    return False


def name_word_violations(rec):
    text = rec["text"]
    rest = blank(text, rec["spans"], {"person"})
    bad = []
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if CJK_RE.search(v):
            forms = {v, v.replace(" ", "")} | set(w for w in v.split() if len(w) >= 2)
            for f in forms:
                if f in rest:
                    bad.append(f)
            continue
        for w in name_words(v):
            for f in {w, w.upper(), w[:1].upper() + w[1:].lower()}:
                if re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", rest):
                    bad.append(f)
    return bad


def rule_failures(rec, parts, clean):
    fails = []
    try:
        check_record(rec)
    except AssertionError:
        return ["check_record"]
    t = rec["text"]
    if not 120 <= len(t) <= 2200:
        fails.append("length %d" % len(t))
    if clean and rec["spans"]:
        fails.append("clean with labels")
    if not clean and not rec["spans"]:
        fails.append("labelled without labels")
    for sp in rec["spans"]:
        if not valid_label(sp):
            fails.append("invalid %s %r" % (sp["type"], sp["value"]))
    rest = blank(t, rec["spans"])
    for m in EMAIL_RE.finditer(rest):
        local, dom = m.group(0).split("@", 1)
        if local.lower() not in ROLE_LOCALS and not re.search(r"(^|\.)example\.", dom):
            fails.append("email outside label %s" % m.group(0))
    for m in IP4_RE.finditer(rest):
        s = m.group(0)
        if any(len(x) > 1 and x[0] == "0" for x in m.groups()) or any(int(x) > 255 for x in m.groups()):
            continue
        a = ipaddress.ip_address(s)
        if s in ALLOWED_IP4 or a.is_loopback or any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            continue
        if re.search(re.escape(s) + r"/\d", rest):
            continue
        fails.append("ip outside label %s" % s)
    negs = _neg_texts(parts)
    for m in DIGRUN_RE.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            if any(m.group(0) in nt for nt, tag in negs if tag in LUHN_OK_TAGS):
                continue
            fails.append("luhn-valid run %s" % m.group(0))
    for m in IBAN_RE.finditer(rest):
        c = re.sub(r"[\s\u00a0]", "", m.group(0))
        for n in range(15, 35):
            cand = c[:n]
            if cand[:2] in IBAN_LEN and len(cand) == IBAN_LEN[cand[:2]] and iban_mod97(cand) == 1:
                fails.append("valid iban outside label %s" % cand)
    nw = name_word_violations(rec)
    if nw:
        fails.append("name word outside label %s" % ",".join(sorted(set(nw))))
    return fails


# ====================================================================== generation
def candidates():
    """All candidates per template, in a fixed order (3 x count + 6 each)."""
    R = random.Random(SEED)
    out = []
    for name, f, count, clean in TEMPLATES:
        for i in range(3 * count + 6):
            form, lang, parts = f(R)
            rec = build("tmp", form, lang, parts)
            out.append((name, clean, rec, parts))
    return out


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(verbose=False):
    cands = candidates()
    items = sorted(set(it for _, _, rec, _ in cands for it in phone_items(rec)))
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("phone validator /tmp/pv/pv missing")
    bad_vals = set(ln.split("\t")[1] for ln in bad)
    kept, seen, dropped = {}, set(), Counter()
    reasons = Counter()
    for name, clean, rec, parts in cands:
        kept.setdefault(name, [])
        count = [c for n, _, c, _ in TEMPLATES if n == name][0]
        if len(kept[name]) >= count:
            continue
        fails = rule_failures(rec, parts, clean)
        if any(v in bad_vals for v, _, _ in phone_items(rec)):
            fails.append("phone rejected by pv")
        if rec["text"] in seen:
            fails.append("repeated text")
        if fails:
            dropped[name] += 1
            for f_ in fails:
                reasons[f_.split(" ")[0] + " " + (f_.split(" ")[1] if len(f_.split(" ")) > 1 else "")] += 1
            if verbose:
                print("DROP", name, fails[:3], file=sys.stderr)
            continue
        seen.add(rec["text"])
        kept[name].append(rec)
    labelled, clean_ = [], []
    for name, f, count, clean in TEMPLATES:
        if len(kept[name]) != count:
            raise SystemExit("template %s: only %d of %d kept" % (name, len(kept[name]), count))
        (clean_ if clean else labelled).extend(kept[name])
    assert len(labelled) == N_LABELLED and len(clean_) == N_CLEAN, (len(labelled), len(clean_))
    recs = labelled + clean_
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r = dict(r)
        r["id"] = "%s-%05d" % (PREFIX, i)
        out.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
    return out, dropped, reasons, len(items), bad


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def template_of(recs):
    """Maps record text to template name by regenerating (for --stats)."""
    m = {}
    for name, clean, rec, parts in candidates():
        m.setdefault(rec["text"], name)
    return m


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    assert len(recs) == N_LABELLED + N_CLEAN, len(recs)
    nl = sum(1 for r in recs if r["spans"])
    if nl != N_LABELLED:
        errs.append("labelled %d" % nl)
    for i, r in enumerate(recs):
        if r["id"] != "%s-%05d" % (PREFIX, i):
            errs.append("id %s" % r["id"])
        try:
            check_record(r)
        except AssertionError:
            errs.append("check_record %s" % r["id"])
        for sp in r["spans"]:
            if not valid_label(sp):
                errs.append("%s invalid %s %r" % (r["id"], sp["type"], sp["value"]))
        if not 120 <= len(r["text"]) <= 2200:
            errs.append("%s length" % r["id"])
        nw = name_word_violations(r)
        if nw:
            errs.append("%s name words %s" % (r["id"], nw))
        rest = blank(r["text"], r["spans"])
        for m in EMAIL_RE.finditer(rest):
            local, dom = m.group(0).split("@", 1)
            if local.lower() not in ROLE_LOCALS and not re.search(r"(^|\.)example\.", dom):
                errs.append("%s email outside label" % r["id"])
    by_text = {}
    for name, clean, rec, parts in candidates():
        by_text.setdefault(rec["text"], (clean, parts))
    for r in recs:
        if r["text"] not in by_text:
            errs.append("%s not a candidate of the generator" % r["id"])
            continue
        clean, parts = by_text[r["text"]]
        for f_ in rule_failures(r, parts, clean):
            errs.append("%s %s" % (r["id"], f_))
    if len(set(r["text"] for r in recs)) != len(recs):
        errs.append("repeated texts")
    items = sorted(set(it for r in recs for it in phone_items(r)))
    bad = pv_check(items)
    if bad is None:
        errs.append("pv missing")
    elif bad:
        errs.append("pv rejects %s" % bad[:5])
    regen, _, _, _, _ = generate()
    if serialise(regen) != data:
        errs.append("regeneration differs")
    for hs in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--emit"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        if out != data:
            errs.append("regeneration differs under PYTHONHASHSEED=%s" % hs)
    if errs:
        print("\n".join(errs[:50]))
        raise SystemExit(1)
    print("ok: %d records, %d labelled, %d clean, %d labels, %d phones valid (pv), byte-identical under PYTHONHASHSEED 0/7/12345" %
          (len(recs), nl, len(recs) - nl, sum(len(r["spans"]) for r in recs), len(items)))


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    tm = template_of(recs)
    ty, form, lang, tpls, negs, subs = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        form[r["form"]] += 1
        lang[r["lang"]] += 1
        tpls[tm.get(r["text"], "?")] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            subs["%s:%s" % (sp["type"], sp.get("sub", ""))] += 1
        for n in r.get("neg", []):
            negs[n] += 1
    lens = sorted(len(r["text"]) for r in recs)
    print("records %d, labelled %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if r["spans"]), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    for title, c in (("types", ty), ("forms", form), ("languages", lang), ("templates", tpls), ("subtypes", subs), ("negative tags", negs)):
        print("\n%s (%d):" % (title, len(c)))
        for k, v in c.most_common():
            print("  %-40s %d" % (k, v))
    print("\nphones with another plan: %d; labels across a line break: %d" % (
        sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp),
        sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])))


def main():
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    elif "--emit" in sys.argv:
        recs, _, _, _, _ = generate()
        sys.stdout.write(serialise(recs))
    else:
        recs, dropped, reasons, nph, bad = generate(verbose="-v" in sys.argv)
        write_jsonl(OUT, recs)
        print("wrote %s: %d records; dropped per template: %s; reasons: %s; %d distinct candidate phones, pv rejected %d: %s" %
              (OUT, len(recs), dict(dropped), dict(reasons), nph, len(bad), bad))


if __name__ == "__main__":
    main()
