#!/usr/bin/python3
"""Generates dev.jsonl, the DEV part of the redaction corpus (see README.md):
labelled lines in the forms transcripts take, in several languages, with
exact code-point spans, hard negatives and clean lines. Deterministic (fixed
seed): the same file every run.

    /usr/bin/python3 tests/redact-corpus/gen_dev.py           # rewrite dev.jsonl
    /usr/bin/python3 tests/redact-corpus/gen_dev.py --check   # verify the committed file

Values follow format specifications (corpuslib.py: checksums, IBAN registry,
numbering plans); templates, frames and name lists here are the DEV ones and
must never be reused by heldout/gen_heldout.py.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev.jsonl")
GAZ = os.path.join(HERE, "..", "..", "gateway", "redact", "data")
R = random.Random(20261130)
TARGET = 5000

# ------------------------------------------------------------------ names
# Hand-written dev lists per language; ~40% of dev names are drawn from the
# gazetteer instead (the dev part may overlap it; the held-out part may not).
NAMES = {
    "en": (["James", "Emily", "Oliver", "Sophie", "Daniel", "Hannah", "Michael", "Grace", "Thomas", "Chloe",
            "Ryan", "Megan", "Jessica", "Andrew", "Laura", "Kevin", "Rachel", "Samuel", "Natalie", "Connor"],
           ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clarke", "Walker",
            "Hughes", "Robinson", "Wright", "Thompson", "O'Connor", "Murphy", "Patel", "Campbell", "Mitchell", "Turner"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Maximilian", "Sophie", "Tobias", "Katharina",
            "Jürgen", "Sabine", "Florian", "Ursula", "Matthias", "Jana", "Dieter", "Heike", "Stefan", "Birgit"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Jean-Pierre", "Élodie", "Mathieu", "Inès", "Antoine",
            "Margaux", "Théo", "Céline", "Nicolas", "Aurélie", "Guillaume", "Léa", "Sébastien", "Juliette", "François"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert"]),
    "es": (["Lucía", "Hugo", "María", "Pablo", "Carmen", "Javier", "Paula", "Alejandro", "Sofía", "Diego",
            "Elena", "Sergio", "Marta", "Álvaro", "Nuria", "Iván", "Rocío", "Adrián", "Pilar", "Raúl"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
            "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres"]),
    "it": (["Giulia", "Francesco", "Chiara", "Alessandro", "Sara", "Lorenzo", "Martina", "Matteo", "Federica", "Andrea",
            "Giorgia", "Davide", "Valentina", "Simone", "Elisa", "Riccardo", "Silvia", "Stefano", "Alessia", "Marco"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Milan", "Sanne", "Bram", "Fleur",
            "Joris", "Lotte", "Thijs", "Anouk", "Ruben", "Femke", "Niels", "Iris", "Wouter", "Maaike"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"]),
    "pt": (["João", "Maria", "Pedro", "Ana", "Tiago", "Beatriz", "Rafael", "Mariana", "Gonçalo", "Inês",
            "Lucas", "Gabriela", "Matheus", "Larissa", "Thiago", "Fernanda", "Bruno", "Camila", "Felipe", "Letícia"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
            "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Carvalho", "Souza", "Lima", "Barbosa"]),
    "in": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Divya",
            "Siddharth", "Pooja", "Karthik", "Lakshmi", "Aditya", "Meera", "Nikhil", "Shreya", "Varun", "Deepika"],
           ["Sharma", "Verma", "Gupta", "Iyer", "Reddy", "Nair", "Patel", "Singh", "Kumar", "Rao",
            "Mehta", "Joshi", "Chatterjee", "Banerjee", "Menon", "Pillai", "Agarwal", "Desai", "Kulkarni", "Bhat"]),
}


def _load_gaz(name):
    path = os.path.join(GAZ, name)
    with open(path, encoding="utf-8") as f:
        # Latin-script names only: they are written into Latin-script frames.
        # Latin-script names only (they are written into Latin-script
        # frames), and no run-together entries such as "RibićGreganić".
        return [w for w in f.read().split("\n")
                if w and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in w) and len(w) > 2
                and not any(a.islower() and b.isupper() for a, b in zip(w, w[1:]))]


GAZ_GIVEN = _load_gaz("given.txt")
GAZ_SUR = _load_gaz("surnames.txt")
NAME_LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt",
             "br": "pt", "in": "in"}


def given(lang):
    if R.random() < 0.4:
        return R.choice(GAZ_GIVEN)
    return R.choice(NAMES[NAME_LANG.get(lang, "en")][0])


def surname(lang):
    if R.random() < 0.4:
        return R.choice(GAZ_SUR)
    return R.choice(NAMES[NAME_LANG.get(lang, "en")][1])


def full_name(lang):
    g = given(lang)
    if lang in ("es",) and R.random() < 0.5:
        return g + " " + surname(lang) + " " + surname(lang)
    if lang in ("pt", "br") and R.random() < 0.4:
        return g + " " + R.choice(["da", "dos", "de"]) + " " + surname(lang) + " " + surname(lang)
    if lang == "en" and R.random() < 0.15:
        return g + " " + R.choice("ABCDEFGHJKLMNPRSTW") + ". " + surname(lang)
    return g + " " + surname(lang)


def P(text):
    return L("person", text)


# ------------------------------------------------------------------ phones
SEP_MIX = ["space"] * 10 + ["dash"] * 3 + ["dot"] * 2 + ["nbsp"] * 2 + ["nnbsp"] + ["endash"] + ["none"] * 2


def _groups(region, kind, nsn):
    """National grouping conventions (without the trunk prefix)."""
    g = {
        "US": lambda: [nsn[:3], nsn[3:6], nsn[6:]], "CA": lambda: [nsn[:3], nsn[3:6], nsn[6:]],
        "GB": lambda: [nsn[:4], nsn[4:]] if kind == "mobile" else ([nsn[:2], nsn[2:6], nsn[6:]] if kind == "london" else [nsn[:3], nsn[3:6], nsn[6:]]),
        "DE": lambda: [nsn[:3], nsn[3:]] if kind.startswith("mobile") else ([nsn[:2], nsn[2:]] if len(nsn) < 10 or kind == "berlin" else [nsn[:3], nsn[3:]]),
        "AT": lambda: [nsn[:3], nsn[3:]] if kind == "mobile" else [nsn[:1], nsn[1:]],
        "CH": lambda: [nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]],
        "FR": lambda: [nsn[:1], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]],
        "BE": lambda: [nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]] if kind == "mobile" else [nsn[:1], nsn[1:4], nsn[4:6], nsn[6:]],
        "NL": lambda: [nsn[:1], nsn[1:]] if kind == "mobile" else [nsn[:2], nsn[2:5], nsn[5:]],
        "ES": lambda: [nsn[:3], nsn[3:6], nsn[6:]] if kind != "fixed" else [nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]],
        "PT": lambda: [nsn[:3], nsn[3:6], nsn[6:]],
        "IT": lambda: [nsn[:3], nsn[3:6], nsn[6:]] if kind == "mobile" else [nsn[:2], nsn[2:6], nsn[6:]],
        "PL": lambda: [nsn[:3], nsn[3:6], nsn[6:]] if kind == "mobile" else [nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]],
        "IE": lambda: [nsn[:2], nsn[2:5], nsn[5:]],
        "SE": lambda: [nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]],
        "IN": lambda: [nsn[:5], nsn[5:]],
        "BR": lambda: [nsn[:2], nsn[2:-4], nsn[-4:]],
        "MX": lambda: [nsn[:2], nsn[2:6], nsn[6:]],
        "CN": lambda: [nsn[:3], nsn[3:7], nsn[7:]] if kind == "mobile" else [nsn[:2], nsn[2:6], nsn[6:]],
        "SG": lambda: [nsn[:4], nsn[4:]], "HK": lambda: [nsn[:4], nsn[4:]],
        "RU": lambda: [nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]],
        "JP": lambda: [nsn[:2], nsn[2:6], nsn[6:]],
        "AU": lambda: [nsn[:3], nsn[3:6], nsn[6:]],
        "ZA": lambda: [nsn[:2], nsn[2:5], nsn[5:]],
    }[region]
    return g()


def phone(region=None, style=None, sep=None, kind=None):
    if region is None:
        region = R.choice(["US"] * 4 + ["GB"] * 3 + ["DE"] * 3 + ["FR"] * 3 + ["ES"] * 3 + ["IT"] * 3 +
                          ["NL", "NL", "PT", "PT", "PL", "PL", "IN", "IN", "BR", "BR", "MX", "CN", "SG", "HK",
                           "RU", "RU", "JP", "AU", "CH", "AT", "BE", "IE", "SE", "ZA", "CA"])
    cc, trunk, kind, nsn = C.phone_nsn(R, region, kind)
    if style is None:
        style = R.choice(["intl"] * 4 + ["national"] * 5 + ["intl00", "compact"])
    if sep is None:
        sep = R.choice(SEP_MIX)
    s = C.SEPS.get(sep, "")
    grp = _groups(region, kind, nsn)
    if style == "compact":
        text = "+%d%s" % (cc, nsn) if R.random() < 0.6 else trunk + nsn
    elif style in ("intl", "intl00"):
        pre = "+%d" % cc if style == "intl" else "00%d" % cc
        if region in ("GB", "DE", "AT", "CH") and R.random() < 0.2:
            text = pre + " (0)" + " ".join(grp)
        else:
            text = pre + (s or " ") + (s or "").join(grp)
    else:
        if region in ("US", "CA"):
            form = R.choice(["paren", "dash", "dot", "plain1", "paren"])
            a, e, ln = grp
            text = {"paren": "(%s) %s-%s" % (a, e, ln), "dash": "%s-%s-%s" % (a, e, ln),
                    "dot": "%s.%s.%s" % (a, e, ln), "plain1": "1-%s-%s-%s" % (a, e, ln)}[form]
        elif region == "BR":
            text = "(%s) %s-%s" % tuple(grp) if R.random() < 0.7 else "%s %s-%s" % tuple(grp)
        elif region == "RU":
            text = "8 (%s) %s-%s-%s" % tuple(grp) if R.random() < 0.7 else "8 %s %s-%s-%s" % tuple(grp)
        elif region == "DE" and R.random() < 0.3:
            text = trunk + grp[0] + R.choice(["/", "-"]) + "".join(grp[1:])
        elif region == "JP":
            text = trunk + "-".join(grp)
        else:
            text = trunk + grp[0] + (s if sep != "none" else "") + (s if sep != "none" else "").join(grp[1:])
    if R.random() < 0.03:
        text = text.translate(C.FULLWIDTH)
    if style == "intl00" or (style == "compact" and text.startswith("00")):
        # "00" is the international prefix of the writer's country, not of
        # the number's: read it as a European writer would.
        return L("phone", text, region=R.choice(["DE", "FR", "IT", "ES", "NL"]), plan=region, sub=kind)
    return L("phone", text, region=region, sub=kind)


# ------------------------------------------------------------------ other values

def email(lang="en", name=None):
    first = (name or given(lang)).split()[0]
    last = surname(lang).replace(" ", "")
    def ascii_(s):
        s = unicodedata.normalize("NFKD", s.lower().replace("ß", "ss").replace("'", ""))
        return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")) or "x"
    user = R.choice(["{f}.{l}", "{f}{l}", "{f}_{l}", "{fi}{l}", "{f}.{l}{n}", "{l}.{f}", "{f}+{tag}", "{f}{n}"]).format(
        f=ascii_(first), l=ascii_(last), fi=ascii_(first)[0], n=R.randint(1, 99), tag=R.choice(["news", "shop", "work"]))
    dom = R.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "free.fr", "libero.it",
                    "hotmail.es", "ziggo.nl", "sapo.pt", "uol.com.br", "rediffmail.com", "proton.me", "example.com",
                    "mail.acme-corp.com", "student.uni-heidelberg.de", "icloud.com", "t-online.de", "bol.com.br"])
    return L("email", user.strip("-.") + "@" + dom)


def email_odd():
    k = R.choice(["idn", "idn_tld", "quoted", "ipliteral", "obf_dot", "obf_br", "obf_paren", "obf_curly",
                  "spaces", "pct", "upper"])
    f, l = C.rnd(R, "abcdefghijklmnopqrstuvwxyz", R.randint(3, 7)), C.rnd(R, "abcdefghijklmnopqrstuvwxyz", R.randint(4, 8))
    if k == "idn":
        return L("email", R.choice(["jürgen", "zoë.m", "andré", "søren", "łukasz"]) + "@" + R.choice(["müller.de", "bücher.example", "café.fr", "straße.de"]), sub=k)
    if k == "idn_tld":
        return L("email", f + "@" + R.choice(["пример.рф", "example.中国", "mail.ελ", "shop.онлайн"]), sub=k)
    if k == "quoted":
        return L("email", '"%s %s"@example.com' % (f, l), sub=k)
    if k == "ipliteral":
        return L("email", "%s@[192.0.2.%d]" % (f, R.randint(1, 254)), sub=k)
    if k == "obf_dot":
        return L("email", "%s dot %s at %s dot com" % (f, l, R.choice(["gmail", "yahoo", "outlook"])), sub=k)
    if k == "obf_br":
        return L("email", "%s.%s[at]%s.de" % (f, l, R.choice(["web", "gmx"])), sub=k)
    if k == "obf_paren":
        return L("email", "%s (at) %s (dot) fr" % (f, R.choice(["orange", "free"])), sub=k)
    if k == "obf_curly":
        return L("email", "%s{at}%s.it" % (f, R.choice(["libero", "tiscali"])), sub=k)
    if k == "spaces":
        return L("email", "%s.%s @ %s.com" % (f, l, R.choice(["gmail", "hotmail"])), sub=k)
    if k == "pct":
        return L("email", "%s.%s%%40%s.com" % (f, l, R.choice(["gmail", "example"])), sub=k)
    return L("email", ("%s.%s@%s.COM" % (f, l, "EXAMPLE")).upper(), sub=k)


CARD_MIX = ["visa"] * 6 + ["mastercard"] * 4 + ["mastercard2", "amex", "amex", "discover", "jcb", "diners",
                                                  "unionpay", "maestro", "maestro", "visa13", "rupay", "troy", "mir"]


def card(issuer=None, sep=None):
    issuer = issuer or R.choice(CARD_MIX)
    num = C.card_random(R, issuer)
    sep = sep if sep is not None else R.choice(["space"] * 6 + ["dash"] * 3 + ["none"] * 3 + ["nbsp", "dot", "nnbsp", "odd"])
    if sep == "none":
        text = num
    elif sep == "odd" and len(num) == 16:
        text = " ".join(C.split_groups(num, R.choice([[4, 8, 4], [4, 4, 8], [8, 8], [6, 6, 4]])))
    else:
        text = C.SEPS.get(sep, " ").join(C.split_groups(num, C.card_grouping(len(num))))
    return L("card", text, sub=issuer)


IBAN_MIX = ["DE"] * 5 + ["GB"] * 3 + ["FR"] * 3 + ["ES"] * 3 + ["IT"] * 3 + ["NL"] * 3 + ["BE", "AT", "CH", "PT", "PL",
                                                                                      "IE", "LU", "SE", "DK", "FI", "NO", "CZ", "HU", "RO", "GR", "BR", "TR", "SA", "AE", "MT"]


def iban(country=None, fmt=None):
    country = country or R.choice(IBAN_MIX)
    v = C.iban_random(R, country)
    fmt = fmt or R.choice(["group"] * 6 + ["compact"] * 3 + ["dash", "nbsp", "lower"])
    if fmt == "group":
        v = C.group(v)
    elif fmt == "dash":
        v = C.group(v, 4, "-")
    elif fmt == "nbsp":
        v = C.group(v, 4, "\u00a0")
    elif fmt == "lower":
        v = C.group(v.lower()) if R.random() < 0.5 else v.lower()
    return L("iban", v, sub=country)


def ipaddr(kind=None):
    kind = kind or R.choice(["v4"] * 6 + ["v6", "v6", "v6c", "v6mapped"])
    if kind == "v4":
        a = R.choice([10, 172, 192, 203, 198, 85, 91, 62, 81, 37, 100, 45])
        v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    elif kind == "v6":
        v = "2001:db8:" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    elif kind == "v6c":
        v = R.choice(["2001:db8::", "fe80::", "2a02:8108::", "2606:4700::"]) + "%x:%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))
    else:
        v = "::ffff:192.0.2.%d" % R.randint(1, 254)
    return L("ip", v, sub=kind)


def gov(kind=None, lang="en"):
    kind = kind or R.choice(["us_ssn"] * 4 + ["us_ssn_nodash", "us_itin", "uk_nino", "uk_nino", "uk_nhs", "uk_nhs", "de_steuerid",
                             "de_steuerid", "fr_nir", "fr_nir", "es_dni", "es_dni", "es_nie", "it_cf", "it_cf", "nl_bsn", "nl_bsn",
                             "in_aadhaar", "in_aadhaar", "in_pan", "br_cpf", "br_cpf", "passport"])
    if kind == "us_ssn":
        v = "-".join(C.ssn_random(R))
    elif kind == "us_ssn_nodash":
        v = "".join(C.ssn_random(R))
    elif kind == "us_itin":
        v = "-".join(C.itin_random(R))
    elif kind == "uk_nino":
        p, n, s = C.nino_random(R)
        v = R.choice([p + n + s, "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)])
    elif kind == "uk_nhs":
        d = C.nhs_random(R)
        v = R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:6] + "-" + d[6:]])
    elif kind == "de_steuerid":
        d = C.steuerid_random(R)
        v = R.choice([d, "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])])
    elif kind == "fr_nir":
        body, key = C.nir_random(R)
        v = R.choice([body + key, "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)])
    elif kind == "es_dni":
        n, l = C.dni_random(R)
        v = R.choice([n + l, n + "-" + l])
    elif kind == "es_nie":
        p, n, l = C.nie_random(R)
        v = R.choice([p + n + l, p + "-" + n + "-" + l])
    elif kind == "it_cf":
        female = R.random() < 0.5
        v = C.cf_make(R.choice(NAMES["it"][1]), R.choice(NAMES["it"][0]), R.randint(40, 99), R.randint(1, 12), R.randint(1, 28),
                      female, R.choice(["H501", "F205", "F839", "L219", "A944", "G273", "D612"]))
    elif kind == "nl_bsn":
        d = C.bsn_random(R)
        v = R.choice([d, d[:4] + "." + d[4:6] + "." + d[6:]])
    elif kind == "in_aadhaar":
        d = C.aadhaar_random(R)
        v = R.choice([d[:4] + " " + d[4:8] + " " + d[8:], d, d[:4] + "-" + d[4:8] + "-" + d[8:]])
    elif kind == "in_pan":
        v = C.pan_random(R, "P", surname("in"))
    elif kind == "br_cpf":
        d = C.cpf_random(R)
        v = R.choice(["%s.%s.%s-%s" % (d[:3], d[3:6], d[6:9], d[9:]), d])
    else:
        v = R.choice([R.choice("CFGHJK") + C.rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8), str(R.randint(100000000, 999999999)),
                      R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + str(R.randint(1000000, 9999999))])
    return L("gov_id", v, sub=kind)


GOV_CTX = {
    "us_ssn": ["SSN", "Social Security number", "SSN#", "social"], "us_ssn_nodash": ["SSN", "ssn no.", "Social Security No."],
    "us_itin": ["ITIN"], "uk_nino": ["NI number", "National Insurance number", "NINO"],
    "uk_nhs": ["NHS number", "NHS no.", "NHS No"], "de_steuerid": ["Steuer-ID", "Steueridentifikationsnummer", "IdNr."],
    "fr_nir": ["numéro de sécurité sociale", "n° sécu", "NIR"], "es_dni": ["DNI", "D.N.I."], "es_nie": ["NIE"],
    "it_cf": ["codice fiscale", "C.F.", "CF"], "nl_bsn": ["BSN", "burgerservicenummer", "BSN-nummer"],
    "in_aadhaar": ["Aadhaar", "Aadhaar no.", "UID"], "in_pan": ["PAN", "PAN card"], "br_cpf": ["CPF", "CPF nº"],
    "passport": ["passport no.", "Passport number", "Reisepassnummer", "n° de passeport", "pasaporte"],
}


def gov_pair(lang="en", kind=None):
    g = gov(kind, lang)
    return R.choice(GOV_CTX[g.meta["sub"]]), g


SECRET_MIX = ["aws_access_key_id", "github_pat", "github_pat", "github_fine_grained", "gitlab_pat", "slack_token",
              "slack_webhook", "stripe", "google_api_key", "openai", "anthropic", "jwt", "jwt", "npm_token", "sendgrid",
              "twilio", "password", "password", "password"]


def secret(kind=None):
    kind = kind or R.choice(SECRET_MIX)
    return L("secret", C.secret_random(R, kind), sub=kind)


MONTHS = C.MONTHS


def date_text(lang, y, m, d, numeric=None):
    if numeric is None:
        numeric = R.random() < 0.6
    if numeric:
        if lang == "en":
            return R.choice(["%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y)])
        if lang == "de":
            return R.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)])
        if lang == "nl":
            return R.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y)])
    mn = MONTHS.get(lang, MONTHS["en"])[m - 1]
    if lang == "en":
        return R.choice(["%s %d, %d" % (mn, d, y), "%d %s %d" % (d, mn, y), "%dth of %s %d" % (d, mn, y) if d > 3 and d < 21 else "%d %s %d" % (d, mn, y)])
    if lang == "de":
        return "%d. %s %d" % (d, mn, y)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lang == "fr" and d == 1:
        return "1er %s %d" % (mn, y)
    return "%d %s %d" % (d, mn, y)


def dob(lang="en"):
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    return L("dob", date_text(lang, y, m, d))


# ------------------------------------------------------------------ addresses
STREETS = {
    "us": ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Sunset", "Highland", "Jefferson"],
    "uk": ["High", "Station", "Church", "Victoria", "Green", "Manor", "Mill", "Queen's", "Kings", "Albert", "Park", "Grange"],
    "de": ["Haupt", "Schul", "Garten", "Bahnhof", "Dorf", "Berg", "Linden", "Kirch", "Wald", "Ring", "Mozart", "Goethe"],
    "fr": ["de la République", "Victor Hugo", "des Lilas", "Jean Jaurès", "de la Paix", "Pasteur", "du Moulin", "Gambetta"],
    "es": ["Mayor", "Real", "de Alcalá", "Gran Vía", "del Carmen", "San Juan", "de la Constitución", "Sol"],
    "it": ["Roma", "Garibaldi", "Mazzini", "Dante", "Cavour", "Verdi", "Manzoni", "XX Settembre"],
    "nl": ["Kerk", "Dorps", "School", "Molen", "Prinsen", "Heren", "Keizers", "Linden"],
    "in": ["MG Road", "Linking Road", "Park Street", "Anna Salai", "Brigade Road", "FC Road"],
    "br": ["Augusta", "das Flores", "XV de Novembro", "Sete de Setembro", "da Consolação", "Oscar Freire"],
}
CITIES = {
    "us": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"),
           ("Denver", "CO", "802"), ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Tampa", "FL", "336")],
    "uk": [("London", "SW1A"), ("Manchester", "M1"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("Glasgow", "G12"),
           ("Cardiff", "CF10"), ("York", "YO1"), ("Brighton", "BN1")],
    "de": [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Leipzig", "04"), ("Freiburg im Breisgau", "79")],
    "fr": [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Nantes", "44"), ("Lille", "59")],
    "es": [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Bilbao", "48"), ("Málaga", "29")],
    "it": [("Roma", "00", "RM"), ("Milano", "20", "MI"), ("Napoli", "80", "NA"), ("Torino", "10", "TO"), ("Bologna", "40", "BO"), ("Firenze", "50", "FI")],
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97")],
    "in": [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
           ("Pune", "Maharashtra", "411"), ("Kolkata", "West Bengal", "700"), ("New Delhi", "Delhi", "110")],
    "br": [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
           ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50")],
}


def uk_postcode(area):
    return area + " " + str(R.randint(1, 9)) + C.rnd(R, "ABDEFGHJLNPQRSTUWXYZ", 2)


def address(country=None, multiline=False):
    c = country or R.choice(["us", "us", "uk", "uk", "de", "de", "fr", "fr", "es", "it", "nl", "in", "br"])
    st = R.choice(STREETS[c])
    nl = "\n" if multiline else ", "
    if c == "us":
        city, state, z = R.choice(CITIES[c])
        zipc = z + "%02d" % R.randint(1, 99) + (("-%04d" % R.randint(1, 9999)) if R.random() < 0.2 else "")
        apt = R.choice(["", "", " Apt 4B", ", Apt. 12", " #305", ", Suite 200"])
        v = "%d %s %s%s%s%s, %s %s" % (R.randint(10, 9999), st, R.choice(["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Lane"]), apt, nl, city, state, zipc)
    elif c == "uk":
        city, area = R.choice(CITIES[c])
        v = "%s%d %s %s%s%s%s" % (R.choice(["", "", "Flat 3, ", "Flat 2B, "]), R.randint(1, 220), st, R.choice(["Road", "Street", "Lane", "Close", "Avenue"]), nl, city + (nl if multiline else " "), uk_postcode(area))
    elif c == "de":
        city, p = R.choice(CITIES[c])
        v = "%s%s %d%s%s%s%03d %s" % (st, R.choice(["straße", "str.", "weg", "gasse", "allee"]), R.randint(1, 150), R.choice(["", "", "a", "b"]), nl, p, R.randint(100, 999), city)
    elif c == "fr":
        city, p = R.choice(CITIES[c])
        v = "%d%s %s %s%s%s%03d %s" % (R.randint(1, 200), R.choice(["", "", " bis", " ter"]), R.choice(["rue", "avenue", "boulevard", "place", "allée"]), st, nl, p, R.randint(1, 20) if p == "75" else R.randint(0, 999), city)
    elif c == "es":
        city, p = R.choice(CITIES[c])
        v = "%s %s, %d%s%s%s%03d %s" % (R.choice(["Calle", "C/", "Avda.", "Paseo", "Plaza"]), st, R.randint(1, 120), R.choice(["", ", 3º B", ", 2º izq.", ", 1º 2ª", ", bajo"]), nl, p, R.randint(1, 999), city)
    elif c == "it":
        city, p, pr = R.choice(CITIES[c])
        v = "%s %s %d%s%s%03d %s (%s)" % (R.choice(["Via", "Viale", "Corso", "Piazza"]), st, R.randint(1, 200), nl, p, R.randint(10, 199), city, pr)
    elif c == "nl":
        city, p = R.choice(CITIES[c])
        v = "%s%s %d%s%s%s%02d %s %s" % (st, R.choice(["straat", "weg", "laan", "gracht", "plein"]), R.randint(1, 300), R.choice(["", "", "-II", " A", "hs"]), nl, p, R.randint(10, 99), C.rnd(R, "ABCDEGHJKLMNPRSTVWXZ", 2), city)
    elif c == "in":
        city, state, p = R.choice(CITIES[c])
        v = "%s %d, %s, %s%s%s, %s %s%03d" % (R.choice(["Flat", "House No.", "Plot", "Door No."]), R.randint(1, 999), R.choice(["Shanti Apartments", "Green Park", "Sector 4", "2nd Cross", "Lake View Residency"]), st, nl, city, state, p, R.randint(1, 99))
    else:
        city, uf, p = R.choice(CITIES[c])
        v = "%s %s, %d%s - %s%s%s - %s, %s%03d-%03d" % (R.choice(["Rua", "Av.", "Avenida", "Travessa"]), st, R.randint(1, 3000), R.choice(["", ", apto 52", ", casa 2", ", bloco B"]), R.choice(["Centro", "Jardins", "Copacabana", "Savassi", "Boa Viagem"]), nl, city, uf, "CEP " if R.random() < 0.3 else "", int(p) * 10 + R.randint(0, 9), R.randint(0, 999))
    return L("address", v, sub=c)


def postcode_only():
    c = R.choice(["uk", "us", "de", "nl", "br", "in"])
    if c == "uk":
        v = uk_postcode(R.choice(CITIES["uk"])[1])
    elif c == "us":
        v = R.choice(CITIES["us"])[2] + "%02d" % R.randint(1, 99)
    elif c == "de":
        v = R.choice(CITIES["de"])[1] + "%03d" % R.randint(100, 999)
    elif c == "nl":
        v = "%d %s" % (R.randint(1000, 9999), C.rnd(R, "ABCDEGHJKLMNPRSTVWXZ", 2))
    elif c == "br":
        v = "%05d-%03d" % (R.randint(1000, 99999), R.randint(0, 999))
    else:
        v = "%d" % R.randint(110001, 799999)
    return c, L("address", v, sub="postcode_" + c)


# ------------------------------------------------------------------ negatives

def neg(kind=None):
    kind = kind or R.choice(NEG_KINDS)
    return N(NEG_GEN[kind](), kind)


NEG_GEN = {
    "order_no": lambda: R.choice(["#%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                                  "ORD-%d-%06d" % (R.randint(2019, 2026), R.randint(0, 999999)),
                                  "%02d-%05d-%05d" % (R.randint(10, 99), R.randint(0, 99999), R.randint(0, 99999)),
                                  "#%d" % R.randint(100000, 99999999)]),
    "part_no": lambda: R.choice(["PN %04d-%03d-%04d" % (R.randint(0, 9999), R.randint(0, 999), R.randint(0, 9999)),
                                 "SKU %02d-%04d-%03d" % (R.randint(0, 99), R.randint(0, 9999), R.randint(0, 999)),
                                 "%dK0 %03d %03d A" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999)),
                                 "A2C%08d" % R.randint(0, 99999999)]),
    "version": lambda: R.choice(["v%d.%d.%d" % (R.randint(0, 20), R.randint(0, 40), R.randint(0, 99)),
                                 "%d.%d.%d-rc%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 9), R.randint(1, 5)),
                                 "Chrome %d.0.%d.%d" % (R.randint(100, 130), R.randint(5000, 6999), R.randint(10, 250)),
                                 "%d.%d" % (R.randint(1, 20), R.randint(0, 99))]),
    "hash": lambda: R.choice([C.rnd(R, "0123456789abcdef", 40), C.rnd(R, "0123456789abcdef", 64), C.rnd(R, "0123456789abcdef", 7),
                              "sha256:" + C.rnd(R, "0123456789abcdef", 64)]),
    "uuid": lambda: "%s-%s-4%s-%s%s-%s" % (C.rnd(R, "0123456789abcdef", 8), C.rnd(R, "0123456789abcdef", 4), C.rnd(R, "0123456789abcdef", 3),
                                            R.choice("89ab"), C.rnd(R, "0123456789abcdef", 3), C.rnd(R, "0123456789abcdef", 12)),
    "git_remote": lambda: "git@%s:%s/%s.git" % (R.choice(["github.com", "gitlab.com", "bitbucket.org", "git.internal.example"]),
                                                 R.choice(["acme", "platform-team", "torvalds", "custos"]), R.choice(["api", "infra", "linux", "web-app"])),
    "py_slice": lambda: R.choice(["a[1::2]", "xs[::-1]", "arr[2:5:1]", "data[::3]", "m[::2, 1::2]", "s[1::]"]),
    "cpp_scope": lambda: R.choice(["std::vector<int>::iterator", "Foo::Bar::baz()", "a::b", "ns::detail::impl", "ActiveRecord::Base"]),
    "date_not_dob": lambda: R.choice(["%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2026)),
                                      "%d-%02d-%02d" % (R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)),
                                      "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2026))]),
    "isbn": lambda: R.choice(["ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2", "978-0-596-52068-7", "ISBN-13: 9780262033848"]),
    "tracking": lambda: R.choice(["1Z%s%s" % (C.rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6), C.rnd(R, "0123456789", 10)),
                                  "9400 1%s" % " ".join(C.rnd(R, "0123456789", 4) for _ in range(5)),
                                  "JD%s" % C.rnd(R, "0123456789", 18), "%s" % C.rnd(R, "0123456789", 12)]),
    "amount": lambda: R.choice(["€%d.%03d,%02d" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99)),
                                "$%d,%03d.%02d" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99)),
                                "%d\u00a0%03d,%02d €" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99)),
                                "%d,%03d,%03d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999))]),
    "masked_card": lambda: R.choice(["**** **** **** %04d" % R.randint(0, 9999), "XXXX-XXXX-XXXX-%04d" % R.randint(0, 9999),
                                     "ending in %04d" % R.randint(0, 9999), "•••• %04d" % R.randint(0, 9999),
                                     "%s******%04d" % (R.choice(["411111", "555555", "378282"]), R.randint(0, 9999))]),
    "luhn_fail": lambda: _luhn_fail(),
    "iban_bad": lambda: _iban_bad(),
    "ssn_bad": lambda: R.choice(["000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)), "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                                 "%03d-00-%04d" % (R.randint(1, 665), R.randint(1, 9999)), "%03d-%02d-0000" % (R.randint(1, 665), R.randint(1, 99))]),
    "checksum_bad": lambda: _checksum_bad(),
    "phone_bad": lambda: R.choice(["+44 20 7946 %03d" % R.randint(0, 999), "(123) 456-7890", "+999 %04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)),
                                   "000 000 0000", "112 %03d %03d" % (R.randint(0, 999), R.randint(0, 999))]),
    "time_range": lambda: R.choice(["%02d:%02d-%02d:%02d" % (R.randint(7, 11), R.choice([0, 15, 30, 45]), R.randint(12, 18), R.choice([0, 30])),
                                    "%d-%d" % (R.randint(1990, 2015), R.randint(2016, 2026)), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))]),
    "mac": lambda: ":".join("%02X" % R.randint(0, 255) for _ in range(6)),
    "oid": lambda: R.choice(["1.3.6.1.4.1.%d" % R.randint(1000, 60000), "2.5.4.3", "1.2.840.113549.1.1.11"]),
    "bad_ip": lambda: "%d.%d.%d.%d" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
    "imei": lambda: "IMEI " + C.luhn_complete("35" + C.rnd(R, "0123456789", 12)),
    "vat": lambda: R.choice(["DE%09d" % R.randint(100000000, 999999999), "FR%02d%09d" % (R.randint(0, 99), R.randint(0, 999999999)),
                             "NL%09dB01" % R.randint(0, 999999999), "IT%011d" % R.randint(0, 99999999999)]),
    "placeholder_secret": lambda: R.choice(["<your-api-key>", "${GITHUB_TOKEN}", "ghp_xxxxxxxxxxxxxxxxxxxx", "sk_test_...", "YOUR_TOKEN_HERE",
                                            "$(cat /run/secrets/db_password)", "changeme-in-prod", "********"]),
    "publishable_key": lambda: "pk_live_" + C.rnd(R, C.ALNUM, 24),
    "arn": lambda: "arn:aws:iam::%012d:role/%s" % (R.randint(0, 10 ** 12 - 1), R.choice(["deploy", "ReadOnly", "ci-runner"])),
    "ean": lambda: _ean13(),
}


def _luhn_fail():
    n = C.card_random(R, R.choice(["visa", "mastercard"]))
    bad = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    return C.group(bad) if R.random() < 0.6 else bad


def _iban_bad():
    v = C.iban_random(R, R.choice(["DE", "GB", "FR", "NL", "ES"]))
    ck = int(v[2:4])
    v = v[:2] + "%02d" % ((ck + R.randint(1, 50)) % 97 + 2 if (ck + 1) % 97 > 1 else 55) + v[4:]
    if C.iban_mod97(v) == 1:
        v = v[:2] + "00" + v[4:]
    return C.group(v)


def _checksum_bad():
    k = R.choice(["dni", "cpf", "bsn", "aadhaar", "nhs"])
    if k == "dni":
        n, l = C.dni_random(R)
        return "DNI " + n + C.DNI_LETTERS[(C.DNI_LETTERS.index(l) + 1) % 23]
    if k == "cpf":
        d = C.cpf_random(R)
        d = d[:10] + str((int(d[10]) + 1) % 10)
        return "CPF %s.%s.%s-%s" % (d[:3], d[3:6], d[6:9], d[9:])
    if k == "bsn":
        while True:
            s = C.rnd(R, "0123456789", 9)
            if not C.bsn_ok(s):
                return "BSN " + s
    if k == "aadhaar":
        while True:
            s = str(R.randint(2, 9)) + C.rnd(R, "0123456789", 11)
            if not C.verhoeff_ok(s):
                return "Aadhaar " + s[:4] + " " + s[4:8] + " " + s[8:]
    while True:
        s = str(R.randint(4, 9)) + C.rnd(R, "0123456789", 9)
        if not C.nhs_ok(s):
            return "NHS " + s[:3] + " " + s[3:6] + " " + s[6:]


def _ean13():
    b = "40" + C.rnd(R, "0123456789", 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


NEG_KINDS = sorted(NEG_GEN)

# Sentences where a word that is also a given name is used as an ordinary word.
NAME_WORD_NEG = [
    "Will the update fix the sync issue?", "May I ask when the refund arrives?", "The rose gold case is out of stock.",
    "Please mark the ticket as resolved.", "Can you grant access to the shared drive?", "Bill me monthly instead of yearly.",
    "I hope this helps, let me know.", "Sky blue is not available in size M.", "Amber alert in the dashboard again.",
    "The car jack was missing from the box.", "To be frank, the new UI is confusing.", "We will not sue, we just want a refund.",
    "Pat the dough flat and bake for 20 minutes.", "That guy from support already answered.", "The summer sale ends Friday.",
    "The iris scanner does not unlock.", "Ruby 3.2 breaks our Gemfile.", "We rewrote the model in Julia for speed.",
    "Our Paris office handles EU billing.", "Victoria station was closed so I was late.", "Shipping to Jordan takes two weeks.",
    "The Georgia data center is down.", "Ask Alexa to reorder the filters.", "My Ford dealer says it's a software issue.",
    "Dell laptops get the driver next week.", "The mercedes-benz app keeps crashing.", "Florence is lovely in April.",
    "Sydney and Melbourne stores have stock.", "Austin-based customers get free delivery.", "Lincoln tunnel traffic delayed the courier.",
    "Olive oil spilled on the keyboard.", "The violet variant sold out.", "Dawn patrol shift starts at 5.",
    "Hope you had a good weekend!", "Will do, thanks!", "Grace period is 14 days.", "Mark my words, it will rain.",
    "June was our best month.", "April showers, May flowers.", "The rose bushes arrived damaged.", "Angel investors asked for the deck.",
    "Die Rose im Garten blüht schon.", "Mai ist der Monat der Inventur.", "Le mois de mai est chargé.", "Faith in the product is low.",
    "Chase the courier about the parcel.", "Press the Max button twice.", "Joy-Con drift again on the left stick.",
    "Set the Amber threshold to 80 %.", "Grant type must be client_credentials.", "We need a Page break before the table.",
]

CLEAN = {
    "en": ["Thanks, that worked!", "Can you explain how the retry logic works?", "The export finished without errors.",
           "I'd like to upgrade to the annual plan.", "Is there a dark mode?", "Please summarise the attached meeting notes.",
           "What does HTTP 429 mean here?", "The build is green now, thanks for the help.", "Could you write a haiku about autumn?",
           "Our team meets every Tuesday at 10.", "The invoice total looks wrong, can you check the VAT rate?", "ok",
           "Rewrite this paragraph in a friendlier tone.", "How do I reset the router to factory settings?", "lol same"],
    "de": ["Danke, das hat geklappt!", "Kannst du mir die Funktion erklären?", "Die Lieferung kam heute an.",
           "Wie kündige ich das Abo?", "Bitte fasse den Text kürzer zusammen.", "Das Update hat alles kaputt gemacht.",
           "Gibt es eine englische Version der Anleitung?", "Ich melde mich morgen wieder."],
    "fr": ["Merci, ça marche !", "Peux-tu traduire ce paragraphe en anglais ?", "La commande n'est pas encore arrivée.",
           "Comment changer la langue de l'interface ?", "Je reviens vers vous demain.", "Le fichier est trop volumineux."],
    "es": ["¡Gracias, ya funciona!", "¿Puedes resumir este documento?", "El pedido llegó incompleto.",
           "¿Cómo cambio la contraseña?", "Mañana lo vuelvo a intentar.", "La aplicación se cierra sola."],
    "it": ["Grazie, adesso funziona!", "Puoi correggere la grammatica di questo testo?", "Il pacco non è ancora arrivato.",
           "Come disattivo le notifiche?", "Ci sentiamo domani."],
    "nl": ["Bedankt, het werkt nu!", "Kun je dit korter maken?", "Het pakket is nog niet bezorgd.", "Hoe zet ik de meldingen uit?"],
    "pt": ["Obrigado, funcionou!", "Pode resumir este texto?", "O pedido ainda não chegou.", "Como altero a senha?",
           "Valeu, resolveu aqui!"],
}

# ------------------------------------------------------------------ templates
# Each template returns (form, lang, parts). Weights follow what people paste.

T = []


def tpl(weight):
    def reg(f):
        T.append((weight, f))
        return f
    return reg


CHAT_PHONE = {
    "en": ["Call me on {x} after 5pm.", "my number is {x}", "You can reach me at {x}, anytime.", "Mobile: {x}",
           "text me ({x}) when the courier arrives", "tel.{x}", "please update my phone to {x}"],
    "de": ["Meine Handynummer ist {x}.", "Ruf mich bitte unter {x} an.", "Tel.: {x}", "erreichbar unter {x} (ab 18 Uhr)"],
    "fr": ["Mon numéro : {x}", "Vous pouvez m'appeler au {x}.", "Tél. {x}", "rappelez-moi au {x} svp"],
    "es": ["Mi móvil es {x}.", "Llámame al {x} por la tarde.", "Tel: {x}", "mi número,{x}, por si acaso"],
    "it": ["Il mio cellulare è {x}.", "Chiamami al {x}.", "Tel. {x}", "cell:{x}"],
    "nl": ["Mijn nummer is {x}.", "Bel me op {x}.", "Tel: {x}", "bereikbaar via {x}"],
    "pt": ["Meu celular é {x}.", "Pode me ligar no {x}.", "Tel: {x}", "whatsapp {x}"],
}
LANG_REGIONS = {"en": ["US", "GB", "US", "IN", "AU", "IE", "CA", "SG", "HK", "ZA"], "de": ["DE", "DE", "AT", "CH"],
                "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "ES", "MX"], "it": ["IT"], "nl": ["NL", "NL", "BE"],
                "pt": ["BR", "BR", "PT"]}


def frame(s, **slots):
    """'a {x} b' with slot objects -> parts."""
    out, rest = [], s
    while "{" in rest:
        i = rest.index("{")
        j = rest.index("}", i)
        out.append(rest[:i])
        out.append(slots[rest[i + 1:j]])
        rest = rest[j + 1:]
    out.append(rest)
    return out


def pick_lang():
    return R.choice(["en"] * 8 + ["de"] * 3 + ["fr"] * 3 + ["es"] * 3 + ["it"] * 2 + ["nl"] * 2 + ["pt"] * 2)


@tpl(12)
def t_chat_phone():
    lang = pick_lang()
    return "chat", lang, frame(R.choice(CHAT_PHONE[lang]), x=phone(R.choice(LANG_REGIONS[lang])))


@tpl(4)
def t_phone_intl_any():
    return "chat", "en", frame(R.choice(["International: {x}", "whatsapp me: {x}", "Office line ({x}) is staffed 9-5.",
                                         "Numbers on file: {x}", "He gave me {x} as a backup."]), x=phone(style="intl"))


@tpl(3)
def t_phone_list():
    lang = pick_lang()
    a, b = phone(R.choice(LANG_REGIONS[lang])), phone(R.choice(LANG_REGIONS[lang]))
    sep = R.choice([" / ", "/", ", ", " or ", " oder ", " ou ", "; "])
    return "chat", lang, [R.choice(["Phones: ", "Tel ", "numbers ", "Kontakt: ", "call "]), a, sep, b]


@tpl(2)
def t_phone_ext():
    region = R.choice(["US", "US", "GB", "CA"])
    p = phone(region, style=R.choice(["national", "intl"]))
    return "chat", "en", [R.choice(["Reach our desk at ", "Direct: ", "call "]), p, R.choice([" ext. ", " x", " ext "]), str(R.randint(10, 9999)), "."]


@tpl(2)
def t_phone_us_local():
    v = "555-01%02d" % R.randint(0, 99)
    return "chat", "en", [R.choice(["The store's local number is ", "call the front desk at ", "dial "]), L("phone", v, region="US", sub="local7"),
                          R.choice([" from inside the building.", " (local only).", "."])]


@tpl(10)
def t_chat_email():
    lang = pick_lang()
    fr = {"en": ["email me at {x}", "My email is {x}, please use that.", "Send it to {x}.", "contact: {x}", "cc {x} on the reply"],
          "de": ["Meine E-Mail: {x}", "Schick es bitte an {x}.", "Mail an {x} genügt."],
          "fr": ["Mon adresse mail : {x}", "Écrivez-moi à {x}."], "es": ["Mi correo es {x}.", "Escríbeme a {x}"],
          "it": ["La mia email è {x}.", "Scrivimi a {x}."], "nl": ["Mijn e-mail is {x}.", "Mail naar {x}."],
          "pt": ["Meu e-mail é {x}.", "Manda pra {x}."]}[lang]
    return "chat", lang, frame(R.choice(fr), x=email(lang))


@tpl(5)
def t_email_odd():
    e = email_odd()
    if e.meta["sub"] == "pct":
        return "chat", "en", frame(R.choice(["mailto link was https://example.com/contact?to={x}&subject=hi",
                                             "GET /unsubscribe?email={x} HTTP/1.1"]), x=e)
    return "chat", "en", frame(R.choice(["write to {x} (anti-spam)", "my address: {x}", "Contact {x} for the keys.",
                                         "email={x}", "reach me: {x}"]), x=e)


@tpl(2)
def t_email_list():
    a, b = email("en"), email("de")
    return "chat", "en", ["Send both reports to ", a, R.choice([" / ", ", ", " and ", ";"]), b, "."]


@tpl(2)
def t_email_header():
    lang = pick_lang()
    n = full_name(lang)
    e = email(lang, n)
    return "email", lang, ["From: ", P(n), " <", e, ">\nSubject: ", R.choice(["Re: invoice", "AW: Lieferung", "Question", "Fwd: contract"])]


@tpl(7)
def t_chat_card():
    lang = pick_lang()
    fr = {"en": ["My card number is {x}, exp 09/27.", "card: {x}", "charge it to {x} please", "Visa {x} was declined twice."],
          "de": ["Kartennummer: {x}", "Bitte belasten Sie {x}."], "fr": ["Ma carte : {x}", "numéro de carte {x}"],
          "es": ["Tarjeta {x}, caduca 11/26", "mi tarjeta es {x}"], "it": ["carta n. {x}", "La mia carta: {x}"],
          "nl": ["Kaartnummer {x}"], "pt": ["cartão {x}", "Número do cartão: {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=card())


@tpl(7)
def t_chat_iban():
    lang = pick_lang()
    ctry = {"en": None, "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}[lang]
    fr = {"en": ["Please refund to IBAN {x}.", "IBAN: {x}", "bank details {x} (Revolut)"],
          "de": ["Bitte überweisen Sie an {x}.", "IBAN {x}, BIC folgt", "Meine Bankverbindung: {x}"],
          "fr": ["Mon RIB : {x}", "IBAN : {x}"], "es": ["Mi cuenta: {x}", "IBAN {x}"], "it": ["IBAN: {x}", "Conto {x}"],
          "nl": ["Rekeningnummer {x}", "IBAN {x} t.n.v. mij"], "pt": ["IBAN {x}", "NIB/IBAN: {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=iban(ctry if R.random() < 0.6 else None))


@tpl(6)
def t_log_ip():
    ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    ip = ipaddr()
    v = ip.value
    fmt = R.choice(["plain", "port", "bracket", "xff"])
    if fmt == "port" and ":" not in v:
        parts = [ip, ":%d" % R.choice([443, 8080, 22, 5432])]
    elif fmt == "bracket" and ":" in v:
        parts = ["[", ip, "]:%d" % R.choice([443, 8443])]
    elif fmt == "xff":
        parts = [ip, ", ", ipaddr("v4")]
    else:
        parts = [ip]
    return "log", "en", [ts, " ", R.choice(["INFO", "WARN", "ERROR"]), " ", R.choice(["login failed from ", "accepted connection ", "client=", "remote_addr="]),
                         parts, R.choice(["", " user_agent=curl/8.5.0", " status=401", " req_id=" + NEG_GEN["uuid"]()])]


@tpl(3)
def t_chat_ip():
    return "chat", "en", frame(R.choice(["my home IP is {x}", "Whitelisted {x} yesterday.", "ping {x} times out", "(IP {x}) is blocked"]),
                               x=ipaddr())


@tpl(8)
def t_gov():
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "nl", "pt", "in"])
    kinds = {"en": ["us_ssn", "us_ssn_nodash", "us_itin", "uk_nino", "uk_nhs", "passport"], "de": ["de_steuerid", "passport"],
             "fr": ["fr_nir"], "es": ["es_dni", "es_nie"], "it": ["it_cf"], "nl": ["nl_bsn"], "pt": ["br_cpf"],
             "in": ["in_aadhaar", "in_pan"]}[lang]
    ctx, g = gov_pair(lang, R.choice(kinds))
    return "chat" if R.random() < 0.6 else "form", lang, frame(R.choice(["{c}: {x}", "my {c} is {x}", "{c} {x}", "({c}: {x})", "{c} = {x}"]), c=ctx, x=g)


@tpl(8)
def t_secret_env():
    lines, n = [], R.randint(2, 6)
    keys = {"aws_access_key_id": "AWS_ACCESS_KEY_ID", "github_pat": "GITHUB_TOKEN", "github_fine_grained": "GH_PAT", "gitlab_pat": "GITLAB_TOKEN",
            "slack_token": "SLACK_BOT_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL", "stripe": "STRIPE_SECRET_KEY", "google_api_key": "GOOGLE_API_KEY",
            "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "jwt": "AUTH_TOKEN", "npm_token": "NPM_TOKEN", "sendgrid": "SENDGRID_API_KEY",
            "twilio": "TWILIO_API_KEY", "password": "DB_PASSWORD", "hex32": "SECRET_KEY"}
    for i in range(n):
        r = R.random()
        if r < 0.45:
            k = R.choice(sorted(keys))
            lines.append([keys[k], "=", secret(k) if k != "hex32" else L("secret", C.secret_random(R, "hex32"), sub="hex32")])
        elif r < 0.55:
            lines.append(["AWS_SECRET_ACCESS_KEY=", secret("aws_secret_access_key")])
        elif r < 0.65:
            lines.append([R.choice(["API_KEY=", "OPENAI_API_KEY=", "GITHUB_TOKEN="]), N(NEG_GEN["placeholder_secret"](), "placeholder_secret")])
        else:
            lines.append([R.choice(["PORT=8080", "NODE_ENV=production", "LOG_LEVEL=debug", "DATABASE_HOST=db.internal", "REDIS_DB=2",
                                    "FEATURE_FLAGS=beta,new-ui", "TZ=Europe/Berlin", "WORKERS=4", "S3_BUCKET=acme-assets-prod",
                                    "SENTRY_ENVIRONMENT=staging", "STRIPE_PUBLISHABLE_KEY="])])
            if lines[-1][0] == "STRIPE_PUBLISHABLE_KEY=":
                lines[-1].append(N(NEG_GEN["publishable_key"](), "publishable_key"))
    out = [R.choice(["here's my .env:\n", "```\n", "", "# .env\n"])]
    for i, ln in enumerate(lines):
        out.append(ln)
        if i < len(lines) - 1:
            out.append("\n")
    return "env", "en", out


@tpl(6)
def t_secret_chat():
    lang = pick_lang()
    k = R.choice(SECRET_MIX)
    fr = {"en": ["my key is {x} but it says unauthorized", "Using token {x} in the header", "curl -H \"Authorization: Bearer {x}\" https://api.example.com/v1/me",
                 "export GITHUB_TOKEN={x}", "it fails with key={x}", "client = OpenAI(api_key=\"{x}\")"],
          "de": ["Mein Token: {x} – geht nicht", "Ich nutze den Schlüssel {x}"], "fr": ["ma clé API est {x}", "le jeton {x} ne marche plus"],
          "es": ["mi clave es {x}", "el token {x} caducó"], "it": ["la mia chiave è {x}"], "nl": ["mijn sleutel is {x}"], "pt": ["minha chave é {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=secret(k))


@tpl(4)
def t_password_phrase():
    lang = pick_lang()
    fr = {"en": ["my password is {x}", "Password: {x}", "I changed the wifi password to {x} yesterday", "login admin / {x}"],
          "de": ["mein Passwort ist {x}", "Kennwort: {x}"], "fr": ["mon mot de passe est {x}", "mdp : {x}"],
          "es": ["mi contraseña es {x}", "clave: {x}"], "it": ["la mia password è {x}"], "nl": ["mijn wachtwoord is {x}"],
          "pt": ["minha senha é {x}", "senha: {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=secret("password"))


@tpl(3)
def t_connstr():
    user = R.choice(["admin", "app", "postgres", "root", "svc_billing"])
    pw = secret("password")
    scheme = R.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    host = R.choice(["db.internal", L("ip", "10.0.3.%d" % R.randint(2, 250), sub="v4"), "cluster0.abcd1.mongodb.net", "localhost",
                     "rabbit.prod.example.com"])
    return "log", "en", [R.choice(["DATABASE_URL=", "connecting to ", "error: could not connect to ", ""]), scheme, "://", user, ":", pw, "@", host,
                         R.choice([":5432/app", "/shop", ":6379/0", "", ":5672/"])]


@tpl(2)
def t_pem():
    return "code", "en", [R.choice(["here is the key from the server:\n", "```\n", "cat id_rsa:\n", ""]), secret("pem"),
                          R.choice(["", "\n```", "\nwhy does ssh reject it?"])]


@tpl(2)
def t_traceback():
    k = R.choice(["stripe", "openai", "github_pat", "aws_access_key_id", "anthropic"])
    s = secret(k)
    return "trace", "en", ["Traceback (most recent call last):\n  File \"/app/", R.choice(["billing", "sync", "main"]), ".py\", line ", str(R.randint(10, 400)),
                           ", in <module>\n    client = Client(api_key=\"", s, "\")\n  File \"/usr/lib/python3/site-packages/client.py\", line 88, in __init__\n",
                           R.choice(["AuthenticationError: invalid api key", "requests.exceptions.HTTPError: 401 Client Error", "KeyError: 'data'"])]


@tpl(10)
def t_person_greeting():
    lang = pick_lang()
    g, s = given(lang), surname(lang)
    fr = {"en": [["Hi ", P(g), ", thanks for the quick reply."], ["Dear Mr ", P(s), ",\nplease find attached the contract."],
                 ["Hello ", P(g + " " + s), ", your order has shipped."], ["Thanks ", P(g), "!"], ["Dear Ms. ", P(s), ","]],
          "de": [["Hallo ", P(g), ", danke dir!"], ["Sehr geehrte Frau ", P(s), ",\nanbei die Unterlagen."], ["Lieber ", P(g), ", ich melde mich morgen."],
                 ["Sehr geehrter Herr Dr. ", P(s), ","]],
          "fr": [["Bonjour ", P(g), ", merci !"], ["Chère Madame ", P(s), ","], ["Cher ", P(g + " " + s), ",\nje vous écris au sujet de ma commande."]],
          "es": [["Hola ", P(g), ", gracias por todo."], ["Estimado Sr. ", P(s), ":"], ["Buenos días ", P(g + " " + s), ","]],
          "it": [["Ciao ", P(g), ", grazie mille!"], ["Gentile Dott.ssa ", P(s), ","], ["Buongiorno ", P(g), ","]],
          "nl": [["Hoi ", P(g), ", bedankt!"], ["Beste ", P(g + " " + s), ","], ["Geachte heer ", P(s), ","]],
          "pt": [["Olá ", P(g), ", obrigado!"], ["Prezada Sra. ", P(s), ","], ["Oi ", P(g), ", tudo bem?"]]}[lang]
    return "chat", lang, R.choice(fr)


@tpl(8)
def t_person_intro():
    lang = pick_lang()
    n = full_name(lang)
    fr = {"en": ["My name is {x} and I need help with my account.", "I'm {x}, the account owner.", "This is {x} from accounting.",
                 "my colleague {x} said you could help", "Please ask {x} (our CTO) to approve it."],
          "de": ["Mein Name ist {x}.", "Ich bin {x} und habe eine Frage.", "Meine Kollegin {x} hat das bestellt."],
          "fr": ["Je m'appelle {x}.", "Je suis {x}, cliente depuis 2019.", "C'est {x} qui a passé la commande."],
          "es": ["Me llamo {x}.", "Soy {x}, el titular de la cuenta.", "Mi compañera {x} lo pidió."],
          "it": ["Mi chiamo {x}.", "Sono {x}, il titolare.", "Il mio collega {x} ha fatto l'ordine."],
          "nl": ["Ik heet {x}.", "Mijn naam is {x}.", "Mijn collega {x} heeft het besteld."],
          "pt": ["Meu nome é {x}.", "Sou {x}, titular da conta.", "Minha colega {x} fez o pedido."]}[lang]
    return "chat", lang, frame(R.choice(fr), x=P(n))


@tpl(5)
def t_signoff():
    lang = pick_lang()
    n = full_name(lang)
    close = {"en": ["Best regards,", "Kind regards,", "Cheers,", "Thanks,", "Sincerely,"], "de": ["Viele Grüße", "Mit freundlichen Grüßen", "LG"],
             "fr": ["Cordialement,", "Bien à vous,"], "es": ["Saludos,", "Un saludo,", "Atentamente,"], "it": ["Cordiali saluti,", "Saluti,"],
             "nl": ["Met vriendelijke groet,", "Groetjes,"], "pt": ["Atenciosamente,", "Abraços,"]}[lang]
    return "letter", lang, [R.choice(CLEAN[lang]), "\n\n", R.choice(close), "\n", P(n)]


@tpl(6)
def t_dob():
    lang = pick_lang()
    d = dob(lang)
    fr = {"en": ["I was born on {x}.", "DOB: {x}", "Date of birth: {x}", "date of birth {x}, if you need it", "born {x}"],
          "de": ["Ich bin am {x} geboren.", "Geburtsdatum: {x}", "geb. {x}"], "fr": ["Je suis né le {x}.", "Date de naissance : {x}", "née le {x}"],
          "es": ["Nací el {x}.", "Fecha de nacimiento: {x}"], "it": ["Sono nato il {x}.", "Data di nascita: {x}", "nata il {x}"],
          "nl": ["Ik ben geboren op {x}.", "Geboortedatum: {x}"], "pt": ["Nasci em {x}.", "Data de nascimento: {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=d)


@tpl(8)
def t_address_chat():
    lang = pick_lang()
    c = {"en": R.choice(["us", "uk", "in"]), "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "br"}[lang]
    a = address(c)
    fr = {"en": ["Please ship it to {x}.", "My address is {x}", "new address: {x}", "deliver to {x} (ring twice)"],
          "de": ["Meine Adresse: {x}", "Bitte liefern an {x}."], "fr": ["Mon adresse : {x}", "Livrez au {x} svp"],
          "es": ["Mi dirección es {x}.", "Envíalo a {x}"], "it": ["Il mio indirizzo è {x}.", "Spedire a {x}"],
          "nl": ["Mijn adres is {x}.", "Bezorgen op {x}"], "pt": ["Meu endereço é {x}.", "Entregar em {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=a)


@tpl(3)
def t_postcode():
    c, p = postcode_only()
    fr = {"uk": "my postcode is {x}", "us": "zip code {x}", "de": "meine PLZ ist {x}", "nl": "mijn postcode is {x}",
          "br": "meu CEP é {x}", "in": "PIN code {x}"}[c]
    return "chat", {"uk": "en", "us": "en", "de": "de", "nl": "nl", "br": "pt", "in": "en"}[c], frame(fr, x=p)


@tpl(6)
def t_letter():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt"])
    c = {"en": R.choice(["us", "uk"]), "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "br"}[lang]
    n = full_name(lang)
    parts = [P(n), "\n", address(c, multiline=True), "\n"]
    if R.random() < 0.6:
        parts += [R.choice(["Tel. ", "Phone: ", "Tél. : ", "Tel: "]), phone(R.choice(LANG_REGIONS[lang]), style="national"), "\n"]
    if R.random() < 0.5:
        parts += [email(lang, n), "\n"]
    parts += ["\n", R.choice({"en": ["Dear Sir or Madam,", "To whom it may concern,"], "de": ["Sehr geehrte Damen und Herren,"],
                              "fr": ["Madame, Monsieur,"], "es": ["Estimados señores:"], "it": ["Spettabile ditta,"],
                              "nl": ["Geachte heer/mevrouw,"], "pt": ["Prezados,"]}[lang]), "\n", R.choice(CLEAN[lang])]
    return "letter", lang, parts


@tpl(7)
def t_form():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt"])
    lab = {"en": ["Name", "Date of birth", "Address", "Phone", "Email", "SSN"], "de": ["Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Steuer-ID"],
           "fr": ["Nom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "N° sécu"], "es": ["Nombre", "Fecha de nacimiento", "Dirección", "Teléfono", "Correo", "DNI"],
           "it": ["Nome", "Data di nascita", "Indirizzo", "Telefono", "Email", "Codice fiscale"], "nl": ["Naam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "BSN"],
           "pt": ["Nome", "Data de nascimento", "Endereço", "Telefone", "E-mail", "CPF"]}[lang]
    gk = {"en": R.choice(["us_ssn", "uk_nino"]), "de": "de_steuerid", "fr": "fr_nir", "es": "es_dni", "it": "it_cf", "nl": "nl_bsn", "pt": "br_cpf"}[lang]
    c = {"en": R.choice(["us", "uk"]), "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "br"}[lang]
    n = full_name(lang)
    fields = [(lab[0], P(n)), (lab[1], dob(lang)), (lab[2], address(c)), (lab[3], phone(R.choice(LANG_REGIONS[lang]))),
              (lab[4], email(lang, n)), (lab[5], gov(gk, lang))]
    fields = fields[:2] + R.sample(fields[2:], R.randint(1, 4))
    sep = R.choice([": ", ":\t", " = ", ": "])
    out = []
    for i, (k, v) in enumerate(fields):
        out += [k, sep, v]
        if i < len(fields) - 1:
            out.append(R.choice(["\n", "\n", " | "]))
    return "form", lang, out


@tpl(5)
def t_csv():
    n = R.randint(1, 4)
    hdr = R.choice(["id,name,email,phone", "customer_id;name;email;phone", "id\tname\temail\tphone"])
    d = hdr[2] if hdr[2] in ",;\t" else ("," if "," in hdr else (";" if ";" in hdr else "\t"))
    d = "," if "," in hdr else (";" if ";" in hdr else "\t")
    out = [hdr]
    for _ in range(n):
        lang = pick_lang()
        nm = full_name(lang)
        out += ["\n", str(R.randint(1000, 99999)), d, P(nm) if d != "," or "," not in nm else ['"', P(nm), '"'], d, email(lang, nm), d,
                phone(R.choice(LANG_REGIONS[lang]), sep=R.choice(["space", "dash", "none"]))]
    return "csv", "en", out


@tpl(3)
def t_csv_pay():
    out = ["name,iban,card,dob"]
    for _ in range(R.randint(1, 3)):
        lang = pick_lang()
        out += ["\n", P(full_name(lang)), ",", iban(fmt="compact"), ",", card(sep="none"), ",", dob(lang)]
    return "csv", "en", out


@tpl(4)
def t_json_payload():
    lang = pick_lang()
    nm = full_name(lang)
    return "code", "en", ['{"user": {"name": "', P(nm), '", "email": "', email(lang, nm), '", "ip": "', ipaddr("v4"), '"}, "plan": "',
                          R.choice(["pro", "free", "team"]), '", "order": "', N(NEG_GEN["order_no"](), "order_no"), '"}']


@tpl(14)
def t_hard_negative():
    k = R.choice(NEG_KINDS)
    v = neg(k)
    fr = R.choice(["see {x} for details", "Ref: {x}", "{x} is the one I meant", "the value was {x}, not what I expected",
                   "Bestellung {x} ist noch offen", "commande {x}", "({x})", "id={x}", "ticket mentions {x} twice"])
    return "chat", "en", frame(fr, x=v)


@tpl(3)
def t_code_negatives():
    return "code", "en", [R.choice(["for i in ", "x = ", "print(", "return "]), N(NEG_GEN["py_slice"](), "py_slice"), "  # ",
                          N(NEG_GEN["cpp_scope"](), "cpp_scope"), " then ", N("git clone " + NEG_GEN["git_remote"](), "git_remote")]


@tpl(6)
def t_name_words():
    return "chat", "en", [N(R.choice(NAME_WORD_NEG), "name_word")]


@tpl(16)
def t_clean():
    lang = pick_lang()
    return "chat", lang, [R.choice(CLEAN[lang])]


@tpl(4)
def t_log_clean():
    return "log", "en", ["2026-%02d-%02d %02d:%02d:%02d,%03d " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                         R.choice(["INFO", "DEBUG", "WARN"]), " [", R.choice(["worker-3", "main", "http-nio-8080-exec-7"]), "] ",
                         R.choice(["request completed in %d ms" % R.randint(2, 900), "cache hit ratio 0.%02d" % R.randint(50, 99),
                                   "retrying job %s (attempt %d/5)" % (NEG_GEN["uuid"](), R.randint(1, 4)), "deployed build %s" % C.rnd(R, "0123456789abcdef", 7),
                                   "GC pause %d.%dms" % (R.randint(1, 90), R.randint(0, 9))])]


@tpl(3)
def t_dates_not_dob():
    lang = pick_lang()
    d = N(date_text(lang, R.randint(2020, 2026), R.randint(1, 12), R.randint(1, 28)), "date_not_dob")
    fr = {"en": ["The invoice is dated {x}.", "Meeting moved to {x}.", "Order placed on {x}, still not shipped."],
          "de": ["Rechnung vom {x}", "Termin am {x}"], "fr": ["Facture du {x}", "Livraison prévue le {x}"],
          "es": ["Pedido del {x}", "Reunión el {x}"], "it": ["Fattura del {x}"], "nl": ["Factuur van {x}"], "pt": ["Pedido feito em {x}"]}[lang]
    return "chat", lang, frame(R.choice(fr), x=d)


@tpl(5)
def t_mixed_support():
    """Several PII kinds in one longer support message."""
    lang = pick_lang()
    n = full_name(lang)
    items = [["Name: ", P(n)], ["card ", card()], ["phone ", phone(R.choice(LANG_REGIONS[lang]))], ["mail ", email(lang, n)],
             ["order ", N(NEG_GEN["order_no"](), "order_no")], ["amount ", N(NEG_GEN["amount"](), "amount")], ["IBAN ", iban()]]
    sel = R.sample(items, R.randint(2, 4))
    out = [R.choice(["Hi, ", "Hello support, ", "Hallo, ", "Bonjour, ", ""]), R.choice(["here are my details: ", "as requested: ", "details – "])]
    for i, it in enumerate(sel):
        out.append(it)
        if i < len(sel) - 1:
            out.append(R.choice(["; ", ", ", " / ", " - "]))
    return "chat", lang, out


@tpl(2)
def t_multilang_other():
    """Some lines in other languages and scripts."""
    k = R.choice(["pl", "ru", "tr", "hi", "zh", "ja"])
    if k == "pl":
        return "chat", "pl", ["Mój numer to ", phone("PL"), ", dzięki!"]
    if k == "ru":
        return "chat", "ru", ["Мой номер ", phone("RU", style="national"), ", звоните вечером."]
    if k == "tr":
        return "chat", "tr", ["Kart numaram ", card("troy"), ", teşekkürler."]
    if k == "hi":
        return "chat", "hi", ["मेरा आधार नंबर ", gov("in_aadhaar"), " है।"]
    if k == "zh":
        return "chat", "zh", ["我的手机号是", phone("CN", style=R.choice(["national", "intl"])), "，谢谢。"]
    return "chat", "ja", ["電話番号は", phone("JP", style="national"), "です。"]


# ------------------------------------------------------------------ main

def generate():
    recs = []
    weights = [w for w, _ in T]
    funcs = [f for _, f in T]
    while len(recs) < TARGET:
        f = R.choices(funcs, weights)[0]
        form, lang, parts = f()
        recs.append(C.build("dev-%05d" % (len(recs) + 1), form, lang, parts))
    return recs


def check(path):
    n = clean = 0
    types = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            C.check_record(r)
            n += 1
            clean += not r["spans"]
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
                v = s["value"]
                sub = s.get("sub", "")
                if s["type"] == "card":
                    assert C.luhn_ok("".join(ch for ch in v if ch.isdigit())), v
                if s["type"] == "iban":
                    c = "".join(ch for ch in v if ch.isalnum()).upper()
                    assert C.iban_mod97(c) == 1 and len(c) == C.IBAN_LEN[c[:2]], v
                if sub in ("uk_nhs",):
                    assert C.nhs_ok("".join(ch for ch in v if ch.isdigit())), v
                if sub == "in_aadhaar":
                    assert C.verhoeff_ok("".join(ch for ch in v if ch.isdigit())), v
                if sub == "br_cpf":
                    assert C.cpf_ok("".join(ch for ch in v if ch.isdigit())), v
                if sub == "nl_bsn":
                    assert C.bsn_ok("".join(ch for ch in v if ch.isdigit())), v
                if sub == "de_steuerid":
                    assert C.steuerid_ok("".join(ch for ch in v if ch.isdigit())), v
                if sub == "es_dni":
                    d = v.replace("-", "")
                    assert C.DNI_LETTERS[int(d[:8]) % 23] == d[8], v
                if sub == "es_nie":
                    assert C.nie_ok(v.replace("-", "")), v
                if sub == "it_cf":
                    assert C.cf_check(v[:15]) == v[15], v
                if sub == "fr_nir":
                    c = v.replace(" ", "")
                    assert C.nir_ok(c[:13], c[13:]), v
                if sub in ("us_ssn", "us_ssn_nodash"):
                    d = v.replace("-", "")
                    assert C.ssn_valid(int(d[:3]), int(d[3:5]), int(d[5:])), v
    assert n >= 3000 and clean >= 0.2 * n, (n, clean)
    return n, clean, types


def main():
    if "--check" not in sys.argv:
        C.write_jsonl(OUT, generate())
    n, clean, types = check(OUT)
    print("%s: %d lines, %d clean (no label), labels: %s" % (os.path.relpath(OUT), n, clean,
                                                             ", ".join("%s %d" % kv for kv in sorted(types.items()))))


if __name__ == "__main__":
    main()
