#!/usr/bin/python3
"""Generates heldout2.jsonl, HELD-OUT PART 2 of the redaction corpus.
SCORE IT ONLY ONCE, AT THE END (see README.md beside this file).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout2.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout2.py --check   # verify

Written after held-out part 1 was spent (scored once, phase 2), before any
score of this part was seen, by a different hand than gen_dev.py and
gen_heldout.py: its own seed, its own document forms (forwarded mail headers,
Outlook signatures, support tickets, TSV pastes from spreadsheets, JSON API
responses, curl commands, ~/.aws/credentials and .npmrc files, Terraform
variables, bank transfer confirmations, appointment reminders, CV headers,
order confirmations, Telegram/Slack pastes, casual chat in eight languages),
its own name, street and city lists (hand-written, not the gazetteer) and its
own value formats (two-digit birth years, ordinal and `21-Aug-1994` dates,
dashed international numbers, whois `+1.NNNNNNNNNN`, WhatsApp-style `+CC`
groupings, cards with expiry and CVC beside them, lower-case IBANs, SSNs with
spaces, Amazon order numbers and UPS tracking ids as look-alikes).
Only the format rules (checksums, IBAN registry, numbering plans, credential
shapes) and the record builder come from ../corpuslib.py.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

OUT = os.path.join(HERE, "heldout2.jsonl")
R = random.Random(920417)
TARGET = 1200

GIVEN = {
    "en": ["Nathaniel", "Bethany", "Gideon", "Rosemary", "Tobias", "Henrietta", "Ambrose", "Clementine", "Jasper", "Millicent",
           "Percival", "Verity", "Rowan", "Primrose", "Caspian", "Juniper"],
    "de": ["Hannelore", "Wolfram", "Irmgard", "Kunibert", "Roswitha", "Ansgar", "Walburga", "Hinnerk", "Trude", "Meinhard"],
    "fr": ["Bertille", "Gauthier", "Eulalie", "Honoré", "Philomène", "Édouard", "Sidonie", "Lucien", "Blanche", "Firmin"],
    "es": ["Encarnación", "Baltasar", "Pilar", "Segismundo", "Rocío", "Evaristo", "Inmaculada", "Leandro", "Maribel", "Octavio"],
    "it": ["Filomena", "Gaspare", "Iolanda", "Settimio", "Loredana", "Marcello", "Carmela", "Ruggero", "Elvira", "Cosimo"],
    "nl": ["Gerdien", "Wouter", "Marijke", "Dirk-Jan", "Ineke", "Bartholomeus", "Tjitske", "Evert", "Hester", "Ruud"],
    "pt": ["Glória", "Adalberto", "Zuleide", "Genivaldo", "Marlene", "Osvaldo", "Dalva", "Wanderley", "Iracema", "Gervásio"],
    "in": ["Devika", "Kartik", "Shalini", "Omkar", "Lavanya", "Siddhesh", "Pallavi", "Rohan", "Aparna", "Nikhil"],
}
SUR = {
    "en": ["Winterbottom", "Hollingsworth", "Merriweather", "Cattermole", "Blenkinsop", "Fotheringham", "Ramsbottom", "Pettigrew",
           "Aldridge", "Braithwaite", "Chadwick", "Dankworth", "Entwistle", "Gorringe"],
    "de": ["Würzburger", "Hinterberger", "Schwarzenbach", "Quandt", "Rosenkranz", "Feuerstein", "Baumgärtner", "Zimmerli", "Lautenschläger", "Mühlbauer"],
    "fr": ["Beaulieu", "Courtois", "Desjardins", "Fontaine-Leroux", "Garnier", "Hébrard", "Jolivet", "Lacombe", "Montagnier", "Villeneuve"],
    "es": ["Alcántara", "Berrocal", "Carbajal", "Del Olmo", "Espinosa", "Fajardo", "Galindo", "Hinojosa", "Larrañaga", "Montoya"],
    "it": ["Abbruzzese", "Bonaccorsi", "Caputo", "Di Stefano", "Esposito", "Falcone", "Giordano", "Lombardi", "Mancuso", "Pellegrino"],
    "nl": ["Bakhuizen", "de Graaf", "Hoekstra", "IJzerman", "Kuipers", "van Leeuwen", "Mulder", "Nijhuis", "Postma", "ter Horst"],
    "pt": ["Albuquerque", "Bezerra", "Cavalcanti", "Figueiredo", "Guimarães", "Magalhães", "Nogueira", "Quintela", "Siqueira", "Valadares"],
    "in": ["Kulkarni", "Deshpande", "Chatterjee", "Raghunathan", "Bhattacharya", "Venkataraman", "Malhotra", "Subramanian", "Joshi", "Banerjee"],
}
LANGS = list(GIVEN)
COUNTRY = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "in": "IN"}


def name(lang, parts=2):
    g = R.choice(GIVEN[lang])
    if parts == 1:
        return g
    s = R.choice(SUR[lang])
    if lang == "pt" and R.random() < 0.4:
        s = R.choice(SUR["pt"]) + " " + s
    return g + " " + s


def P(v):
    return L("person", v)


def email_of(n, domain=None):
    import unicodedata
    plain = unicodedata.normalize("NFKD", n.lower().replace("ß", "ss"))
    parts = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("'", "").split()
    local = R.choice([".".join(parts), parts[0][0] + parts[-1], parts[0] + "_" + parts[-1], parts[-1] + str(R.randint(1, 99))])
    local = "".join(ch for ch in local if ch.isalnum() or ch in "._-")
    dom = domain or R.choice(["gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "ziggo.nl", "uol.com.br",
                              "rediffmail.com", "yahoo.es", "protonmail.ch", "fastmail.fm", "acme-logistics.co.uk"])
    return local + "@" + dom


def phone(region, style=None):
    # no "fiction" (555-01xx): numbers reserved for films are nobody's
    kind = R.choice(sorted(k for k in C.PLANS[region][2] if k != "fiction"))
    cc, trunk, kind, nsn = C.phone_nsn(R, region, kind)
    style = style or R.choice(["intl_sp", "e164", "national", "tel", "wa"])
    if region in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        v = {"intl_sp": "+1 %s %s %s" % (a, b, c), "e164": "+1" + nsn, "national": "(%s) %s-%s" % (a, b, c),
             "tel": "+1-%s-%s-%s" % (a, b, c), "wa": "+1 (%s) %s-%s" % (a, b, c)}[style]
    else:
        if region in ("FR", "BE"):
            groups = nsn[0] + " " + " ".join(nsn[i:i + 2] for i in range(1, len(nsn), 2))
        else:
            groups = "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
        if style == "intl_sp":
            v = "+%d %s" % (cc, groups)
        elif style == "e164":
            v = "+%d%s" % (cc, nsn)
        elif style == "national":
            if region in ("FR", "BE"):
                v = trunk + nsn[0] + " " + " ".join(nsn[i:i + 2] for i in range(1, len(nsn), 2))
            elif region == "BR":
                v = "(%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:])
            elif region == "NL":
                v = trunk + nsn[:1] + "-" + nsn[1:] if nsn[0] == "6" else trunk + nsn[:2] + "-" + nsn[2:]
            elif region == "GB":
                v = trunk + nsn[:4] + " " + nsn[4:]
            else:
                v = trunk + nsn[:3] + " " + nsn[3:] if trunk else groups
        elif style == "tel":
            v = "+%d-%s" % (cc, "-".join(groups.split()))
        else:
            v = "+%d %s" % (cc, " ".join(C.split_groups(nsn, [3, 3, len(nsn) - 6])))
    return L("phone", v, sub=kind, region=region)


def card(sep=None):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "maestro", "unionpay"])
    num = C.card_random(R, iss)
    sep = sep if sep is not None else R.choice([" ", "-", "", " ", "\u00a0"])
    if iss == "amex":
        v = sep.join(C.split_groups(num, [4, 6, 5])) if sep else num
    else:
        v = sep.join(C.split_groups(num, C.card_grouping(len(num)))) if sep else num
    return L("card", v, sub=iss)


def iban(country=None, lower=False):
    country = country or R.choice(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "PT", "AT", "CH", "IE", "PL"])
    raw = C.iban_random(R, country)
    v = C.group(raw) if R.random() < 0.7 else raw
    if lower:
        v = v.lower()
    return L("iban", v, sub=country)


def ip():
    if R.random() < 0.7:
        return L("ip", "%d.%d.%d.%d" % (R.choice([10, 172, 192, 81, 93, 203, 45]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), sub="v4")
    hx = lambda: "%x" % R.randint(1, 0xffff)  # noqa: E731
    return L("ip", "2a02:%s:%s::%s" % (hx(), hx(), hx()), sub="v6")


MONTHS = C.MONTHS


def dob(lang):
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    k = R.random()
    ml = MONTHS.get(lang if lang != "in" else "en", MONTHS["en"])
    if k < 0.2:
        v = "%02d/%02d/%d" % ((m, d, y) if lang == "en" else (d, m, y))
    elif k < 0.3:
        v = "%d-%02d-%02d" % (y, m, d)
    elif k < 0.4:
        v = "%d.%d.%02d" % (d, m, y % 100)
    elif k < 0.5:
        v = "%02d.%02d.%d" % (d, m, y)
    elif k < 0.6:
        v = "%d %s %d" % (d, ml[m - 1][:3].title() if lang == "en" else ml[m - 1], y)
    elif k < 0.7 and lang == "en":
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        v = "%s %d%s, %d" % (ml[m - 1], d, suf, y)
    elif k < 0.8:
        v = "%02d-%s-%d" % (d, MONTHS["en"][m - 1][:3], y)
    else:
        v = "%d %s %d" % (d, ml[m - 1], y) if lang not in ("es", "pt") else "%d de %s de %d" % (d, ml[m - 1], y)
    return L("dob", v, sub="dob")


BIRTH = {"en": ["DOB:", "Date of birth:", "born", "D.O.B.", "birthday:"], "de": ["geb.", "Geburtsdatum:", "geboren am"],
         "fr": ["né le", "née le", "Date de naissance :"], "es": ["nacido el", "Fecha de nacimiento:", "F. nac.:"],
         "it": ["nato il", "nata il", "Data di nascita:"], "nl": ["geboren op", "Geboortedatum:", "geb."],
         "pt": ["nascido em", "Data de nascimento:", "nasc."], "in": ["DOB", "Date of Birth:", "born on"]}


def gov(kind=None):
    kind = kind or R.choice(["ssn", "ssn_sp", "nino", "nhs", "steuer", "nir", "dni", "nie", "cf", "bsn", "aadhaar", "pan", "cpf"])
    if kind in ("ssn", "ssn_sp"):
        v = (" " if kind == "ssn_sp" else "-").join(C.ssn_random(R))
        return ["SSN ", L("gov_id", v, sub="ssn")]
    if kind == "nino":
        p, d, x = C.nino_random(R)
        v = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], x) if R.random() < 0.5 else p + d + x
        return ["NI number ", L("gov_id", v, sub="nino")]
    if kind == "nhs":
        v = C.nhs_random(R)
        v = "%s %s %s" % (v[:3], v[3:6], v[6:]) if R.random() < 0.6 else v
        return ["NHS no. ", L("gov_id", v, sub="nhs")]
    if kind == "steuer":
        return ["Steuer-ID: ", L("gov_id", C.steuerid_random(R), sub="steuer_id")]
    if kind == "nir":
        b, k = C.nir_random(R)
        v = "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k) if R.random() < 0.6 else b + k
        return ["n° de sécu ", L("gov_id", v, sub="nir")]
    if kind == "dni":
        return ["DNI ", L("gov_id", "".join(C.dni_random(R)), sub="dni")]
    if kind == "nie":
        return ["NIE: ", L("gov_id", "".join(C.nie_random(R)), sub="nie")]
    if kind == "cf":
        g, s = R.choice(GIVEN["it"]), R.choice(SUR["it"]).replace(" ", "")
        v = C.cf_make(s, g, R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), R.random() < 0.5,
                      R.choice(["F205", "H501", "L219", "A944", "G273"]))
        return ["C.F. ", L("gov_id", v, sub="cf")]
    if kind == "bsn":
        return ["BSN ", L("gov_id", C.bsn_random(R), sub="bsn")]
    if kind == "aadhaar":
        v = C.aadhaar_random(R)
        return ["Aadhaar: ", L("gov_id", "%s %s %s" % (v[:4], v[4:8], v[8:]), sub="aadhaar")]
    if kind == "pan":
        return ["PAN ", L("gov_id", C.pan_random(R, surname=R.choice(SUR["in"])), sub="pan")]
    v = C.cpf_random(R)
    return ["CPF ", L("gov_id", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), sub="cpf")]


STREETS = {
    "US": ["Magnolia Avenue", "Cedar Ridge Road", "W 34th Street", "Lakeshore Drive", "Old Mill Lane", "Sycamore Court"],
    "GB": ["Rosebery Crescent", "Mill Lane", "Albion Terrace", "Kingsway", "Priory Road", "Wellington Street"],
    "DE": ["Lindenallee", "Kastanienweg", "Am Mühlbach", "Goethestraße", "Schillerplatz", "Rosenheimer Straße"],
    "FR": ["rue des Tilleuls", "avenue Jean Jaurès", "boulevard de la Liberté", "impasse des Lilas", "chemin du Moulin"],
    "ES": ["Calle de Alcalá", "Avenida de la Constitución", "Calle San Vicente", "Paseo de Gracia", "Calle Real"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Piazza Cavour", "Viale Europa"],
    "NL": ["Kerkstraat", "Lindenlaan", "Oranjegracht", "Molenweg", "Stationsplein"],
    "IN": ["MG Road", "Linking Road", "Anna Salai", "Park Street", "Residency Road"],
    "BR": ["Rua das Palmeiras", "Avenida Paulista", "Rua XV de Novembro", "Travessa do Comércio", "Rua Sete de Setembro"],
}
CITIES = {
    "US": [("Denver", "CO"), ("Raleigh", "NC"), ("Portland", "OR"), ("Tampa", "FL"), ("Madison", "WI")],
    "GB": ["Bristol", "Norwich", "York", "Cardiff", "Leicester"],
    "DE": ["Kassel", "Freiburg", "Rostock", "Augsburg", "Bielefeld"],
    "FR": ["Rennes", "Dijon", "Grenoble", "Nantes", "Montpellier"],
    "ES": ["Zaragoza", "Málaga", "Bilbao", "Valladolid", "Alicante"],
    "IT": [("Bergamo", "BG"), ("Padova", "PD"), ("Lecce", "LE"), ("Parma", "PR"), ("Trento", "TN")],
    "NL": ["Utrecht", "Groningen", "Haarlem", "Nijmegen", "Eindhoven"],
    "IN": [("Pune", "Maharashtra"), ("Chennai", "Tamil Nadu"), ("Jaipur", "Rajasthan"), ("Kochi", "Kerala")],
    "BR": [("Curitiba", "PR"), ("Recife", "PE"), ("Salvador", "BA"), ("Campinas", "SP")],
}


def uk_postcode():
    return R.choice(["BS", "NR", "YO", "CF", "LE"]) + str(R.randint(1, 20)) + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def address(country, sep=", "):
    st = R.choice(STREETS[country])
    no = str(R.randint(1, 240))
    if country == "US":
        c, s = R.choice(CITIES["US"])
        v = "%s %s%s%s%s, %s %05d" % (no, st, R.choice(["", " Apt " + str(R.randint(2, 40))]), sep, c, s, R.randint(10000, 99999))
    elif country == "GB":
        v = "%s %s%s%s%s%s" % (no, st, sep, R.choice(CITIES["GB"]), sep, uk_postcode())
    elif country == "DE":
        v = "%s %s%s%05d %s" % (st, no, sep, R.randint(10000, 99999), R.choice(CITIES["DE"]))
    elif country == "FR":
        v = "%s %s%s%05d %s" % (no, st, sep, R.randint(10000, 95999), R.choice(CITIES["FR"]).upper() if R.random() < 0.3 else R.choice(CITIES["FR"]))
    elif country == "ES":
        v = "%s, %s%s%05d %s" % (st, no, sep, R.randint(1000, 52999), R.choice(CITIES["ES"]))
    elif country == "IT":
        c, p = R.choice(CITIES["IT"])
        v = "%s %s%s%05d %s (%s)" % (st, no, sep, R.randint(10000, 98999), c, p)
    elif country == "NL":
        v = "%s %s%s%d %s %s" % (st, no, sep, R.randint(1000, 9999), R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ"), R.choice(CITIES["NL"]))
    elif country == "IN":
        c, s = R.choice(CITIES["IN"])
        v = "%s, %s%s%s, %s %d" % (no, st, sep, c, s, R.randint(110001, 855999))
    else:
        c, uf = R.choice(CITIES["BR"])
        v = "%s, %s%s%s - %s, %05d-%03d" % (st, no, sep, c, uf, R.randint(10000, 99999), R.randint(0, 999))
    return L("address", v, sub=country.lower())


def secret(kind=None):
    kind = kind or R.choice(["aws_access_key_id", "github_pat", "gitlab_pat", "slack_token", "stripe", "google_api_key",
                             "openai", "anthropic", "jwt", "npm_token", "sendgrid", "github_fine_grained"])
    return L("secret", C.secret_random(R, kind), sub=kind)


PASSWORDS = ["Tr0ub4dor&3", "correct-horse-battery", "M!lan2019", "qwerty!23Az", "S3cur3P@ss", "Fr4nkfurt#88", "blau_Wal7",
             "Zebra$Crossing9", "n0tMyRealPw!", "Pa55w0rd2024", "hunter2hunter2", "Kiwi&Mango77"]


def pw():
    return L("secret", R.choice(PASSWORDS) + (str(R.randint(0, 9)) if R.random() < 0.5 else ""), sub="password")


TEMPLATES = []


def tpl(weight):
    def reg(f):
        TEMPLATES.append((weight, f))
        return f
    return reg


@tpl(6)
def t_forwarded():
    lang = R.choice(["en", "en", "de", "fr", "nl"])
    a, b = name(lang), name(lang)
    return "email", lang, ["---------- Forwarded message ---------\nFrom: ", P(a), " <", L("email", email_of(a)), ">\nDate: Mon, ",
                           str(R.randint(1, 28)), " Oct 2024 at 09:", "%02d" % R.randint(0, 59), "\nSubject: Re: invoice INV-", str(R.randint(10000, 99999)),
                           "\nTo: ", P(b), " <", L("email", email_of(b)), ">"]


@tpl(5)
def t_outlook_sig():
    lang = R.choice(LANGS)
    n = name(lang)
    reg = COUNTRY[lang]
    return "email", lang, [R.choice(["Kind regards", "Best", "Cheers", "Mit besten Grüßen", "Bien à vous", "Saludos", "Cordiali saluti", "Groetjes", "Abraços"]),
                           ",\n\n", P(n), "\n", R.choice(["Senior Accountant", "Key Account Manager", "Office Manager", "Teamleitung Vertrieb"]),
                           " | Acme Logistics\nM: ", phone(reg, "intl_sp"), " | E: ", L("email", email_of(n, "acme-logistics.com")),
                           "\n", address(reg), "\n"]


@tpl(6)
def t_ticket():
    lang = "en"
    n = name(R.choice(LANGS))
    return "ticket", lang, ["SUP-", str(R.randint(1000, 9999)), " | Priority: P", str(R.randint(1, 4)), " | Reporter: ", P(n),
                            "\nDescription: customer cannot log in since the update to v", "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)),
                            ". Callback number ", phone(R.choice(["US", "GB", "DE"])), ", account email ", L("email", email_of(n)), "."]


@tpl(6)
def t_tsv():
    lang = R.choice(LANGS)
    reg = COUNTRY[lang]
    rows = []
    for _ in range(R.randint(2, 4)):
        n = name(lang)
        rows += ["\n", str(R.randint(100, 999)), "\t", P(n), "\t", L("email", email_of(n)), "\t", phone(reg, R.choice(["e164", "intl_sp"])), "\t",
                 R.choice(["active", "pending", "churned"])]
    return "tsv", lang, ["id\tname\temail\tphone\tstatus"] + rows


@tpl(6)
def t_json_api():
    lang = R.choice(LANGS)
    n = name(lang)
    reg = COUNTRY[lang]
    return "json", lang, ['{"customer": {"id": "cus_', C.rnd(R, C.ALNUM, 14), '", "full_name": "', P(n), '", "email": "',
                          L("email", email_of(n)), '", "phone": "', phone(reg, "e164"), '", "birth_date": "', L("dob", "%d-%02d-%02d" % (R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)), sub="dob"),
                          '", "created": "2024-0', str(R.randint(1, 9)), '-1', str(R.randint(0, 9)), 'T10:2', str(R.randint(0, 9)), ':00Z"}}']


@tpl(6)
def t_curl():
    k = R.random()
    if k < 0.4:
        return "shell", "en", ["curl -s https://api.example.com/v2/orders -H \"Authorization: Bearer ", secret("jwt"), "\" -H 'Accept: application/json'"]
    if k < 0.7:
        return "shell", "en", ["curl -u deploy:", pw(), " https://ci.internal.example/job/build/api/json"]
    return "shell", "en", ["curl https://api.stripe.com/v1/charges -u ", secret("stripe"), ": -d amount=", str(R.randint(100, 9999))]


@tpl(5)
def t_aws_credentials():
    from corpuslib import B64
    return "ini", "en", ["[default]\naws_access_key_id = ", secret("aws_access_key_id"), "\naws_secret_access_key = ",
                         L("secret", C.rnd(R, B64, 40), sub="aws_secret_access_key"), "\nregion = eu-west-", str(R.randint(1, 3))]


@tpl(4)
def t_npmrc():
    return "ini", "en", ["registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", secret("npm_token"), "\nsave-exact=true"]


@tpl(4)
def t_tfvars():
    return "hcl", "en", ['db_username = "app"\ndb_password = "', pw(), '"\ninstance_type = "t3.medium"\ngithub_token = "', secret("github_pat"), '"']


@tpl(5)
def t_export():
    k = R.choice(["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITLAB_TOKEN", "SLACK_BOT_TOKEN", "SENDGRID_API_KEY", "GOOGLE_API_KEY"])
    kind = {"OPENAI_API_KEY": "openai", "ANTHROPIC_API_KEY": "anthropic", "GITLAB_TOKEN": "gitlab_pat", "SLACK_BOT_TOKEN": "slack_token",
            "SENDGRID_API_KEY": "sendgrid", "GOOGLE_API_KEY": "google_api_key"}[k]
    return "shell", "en", ["$ export ", k, "=", secret(kind), "\n$ python3 run_eval.py --model small"]


@tpl(5)
def t_dsn():
    user = R.choice(["postgres", "admin", "svc_report", "root"])
    scheme = R.choice(["postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    return "log", "en", ["sqlalchemy.exc.OperationalError: could not connect to ", scheme, "://", user, ":", pw(), "@db-",
                         str(R.randint(1, 9)), ".internal:5432/orders (timeout after 30s)"]


@tpl(6)
def t_bank_transfer():
    lang = R.choice(["de", "fr", "es", "it", "nl", "en"])
    n = name(lang)
    lbl = {"de": "Empfänger", "fr": "Bénéficiaire", "es": "Beneficiario", "it": "Beneficiario", "nl": "Begunstigde", "en": "Payee"}[lang]
    return "bank", lang, ["Transfer confirmation ", str(R.randint(10 ** 8, 10 ** 9)), "\n", lbl, ": ", P(n), "\nIBAN: ",
                          iban(COUNTRY.get(lang, "DE") if lang != "en" else "GB", lower=R.random() < 0.15), "\nBIC: ",
                          R.choice(["DEUTDEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "INGBNL2A", "BARCGB22"]),
                          "\nAmount: ", str(R.randint(10, 9999)), ",", "%02d" % R.randint(0, 99), " EUR\nReference: ", str(R.randint(10 ** 9, 10 ** 10))]


@tpl(6)
def t_appointment():
    lang = R.choice(["en", "en", "de", "fr", "nl", "it"])
    n = name(lang)
    return "reminder", lang, ["Reminder: appointment on ", str(R.randint(1, 28)), "/", str(R.randint(1, 12)), "/2025 at ", str(R.randint(8, 17)),
                              ":30 for ", P(n), " (", R.choice(BIRTH[lang]), " ", dob(lang), "). ", *gov(R.choice(["nhs", "bsn", "nino", "steuer", "nir", "cf"])),
                              ". Please bring your insurance card."]


@tpl(6)
def t_cv():
    lang = R.choice(LANGS)
    n = name(lang)
    reg = COUNTRY[lang]
    return "cv", lang, ["CURRICULUM VITAE\n", P(n), "\n", address(reg), "\n", phone(reg), " · ", L("email", email_of(n)), "\n",
                        R.choice(BIRTH[lang]), " ", dob(lang), "\n\nEXPERIENCE\n2019–2024  Data Analyst, Globex GmbH"]


@tpl(6)
def t_order():
    lang = R.choice(["en", "de", "es", "pt", "it"])
    n = name(lang)
    reg = COUNTRY[lang]
    return "order", lang, ["Order #", N("%d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 10 ** 7 - 1), R.randint(0, 10 ** 7 - 1)), "order_number"),
                           " shipped. Tracking: ", N("1Z" + C.rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16), "tracking"),
                           "\nShip to: ", P(n), ", ", address(reg), "\nItem: USB-C hub SKU ", N(str(R.randint(10 ** 9, 10 ** 10)), "sku"), " x1"]


@tpl(6)
def t_card_paste():
    lang = R.choice(["en", "de", "fr", "es"])
    n = name(lang)
    return "chat", lang, [R.choice(["can you check why this fails? card ", "Karte: ", "ma carte ", "tarjeta "]), card(),
                          " exp ", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), " cvc ", N(str(R.randint(100, 999)), "cvc"),
                          " name on card ", P(n.upper() if R.random() < 0.3 else n)]


@tpl(8)
def t_casual():
    lang = R.choice(LANGS)
    n = name(lang, R.choice([1, 2, 2]))
    reg = COUNTRY[lang]
    frames = {
        "en": [["hey, it's ", P(n), " here, my number changed to ", phone(reg), " fyi"], ["I'm ", P(n), ", you can email me at ", L("email", email_of(n))]],
        "de": [["Hallo, hier ist ", P(n), ", meine neue Nummer: ", phone("DE")], ["Ich heiße ", P(n), " und wohne in der ", address("DE")]],
        "fr": [["Bonjour, je suis ", P(n), ", joignable au ", phone("FR")], ["c'est ", P(n), ", mon mail : ", L("email", email_of(n))]],
        "es": [["hola, soy ", P(n), ", mi móvil es ", phone("ES")], ["Me llamo ", P(n), ", vivo en ", address("ES")]],
        "it": [["ciao, sono ", P(n), ", il mio cell è ", phone("IT")], ["Mi chiamo ", P(n), ", abito in ", address("IT")]],
        "nl": [["Hoi, met ", P(n), ", mijn nummer is ", phone("NL")], ["Ik ben ", P(n), ", mijn adres is ", address("NL")]],
        "pt": [["oi, aqui é ", P(n), ", meu whats é ", phone("BR")], ["Meu nome é ", P(n), " e moro na ", address("BR")]],
        "in": [["Hi, this is ", P(n), ", my mobile no is ", phone("IN")], ["My name is ", P(n), ", ", *gov("pan")]],
    }
    return "chat", lang, R.choice(frames[lang])


@tpl(5)
def t_pw_chat():
    lang = R.choice(LANGS)
    fr = {"en": ["the wifi password is ", "my password is ", "pw: "], "de": ["das Passwort ist ", "Kennwort: "],
          "fr": ["le mot de passe est ", "mdp : "], "es": ["la contraseña es ", "clave: "], "it": ["la password è ", "pwd: "],
          "nl": ["het wachtwoord is ", "ww: "], "pt": ["a senha é ", "senha: "], "in": ["password is ", "my login password: "]}[lang]
    return "chat", lang, [R.choice(fr), pw(), R.choice(["", " (please change it)", " thanks", "."])]


@tpl(5)
def t_gov_chat():
    lang = R.choice(LANGS)
    kind = {"en": R.choice(["ssn", "ssn_sp", "nino", "nhs"]), "de": "steuer", "fr": "nir", "es": R.choice(["dni", "nie"]), "it": "cf",
            "nl": "bsn", "pt": "cpf", "in": R.choice(["aadhaar", "pan"])}[lang]
    return "chat", lang, [R.choice(["for the form: ", "here you go ", "need this for onboarding: ", ""]), *gov(kind)]


@tpl(4)
def t_ip_log():
    return "log", "en", ["2024-11-0", str(R.randint(1, 9)), "T0", str(R.randint(0, 9)), ":12:44Z WARN auth: failed login for user ",
                         N("svc-" + C.rnd(R, "abcdef0123456789", 6), "service_account"), " from ", ip(), " port ", str(R.randint(1024, 65535))]


@tpl(4)
def t_slack_paste():
    lang = R.choice(["en", "de", "nl"])
    a, b = name(lang), name(lang)
    return "slack", lang, [P(a), "  ", str(R.randint(1, 12)), ":", "%02d" % R.randint(0, 59), " PM\nthe webhook is ", secret("slack_token") if R.random() < 0.5 else L("secret", C.secret_random(R, "slack_webhook"), sub="slack_webhook"),
                           "\n", P(b), "  ", str(R.randint(1, 12)), ":", "%02d" % R.randint(0, 59), " PM\nthanks, rotating it now"]


@tpl(3)
def t_whois():
    n = name(R.choice(LANGS))
    return "paste", "en", ["Registrant Name: ", P(n), "\nRegistrant Phone: ", L("phone", "+1." + C.phone_nsn(R, "US", "fixed_or_mobile")[3], sub="fixed_or_mobile", region="US"),
                           "\nRegistrant Email: ", L("email", email_of(n)), "\nName Server: ns1.example.net"]


CLEAN = [
    lambda: "python -m pip install numpy==%d.%d.%d" % (R.randint(1, 2), R.randint(0, 26), R.randint(0, 9)),
    lambda: "commit %s Merge pull request #%d from feature/login" % (C.rnd(R, "0123456789abcdef", 40), R.randint(100, 9999)),
    lambda: "UUID %s-%s-4%s-a%s-%s" % (C.rnd(R, "0123456789abcdef", 8), C.rnd(R, "0123456789abcdef", 4), C.rnd(R, "0123456789abcdef", 3), C.rnd(R, "0123456789abcdef", 3), C.rnd(R, "0123456789abcdef", 12)),
    lambda: "The meeting moved to %d March 2025 at 14:%02d in room B%d." % (R.randint(1, 28), R.randint(0, 59), R.randint(100, 420)),
    lambda: "ISBN 978-%d-%03d-%05d-%d, page %d" % (R.randint(0, 9), R.randint(0, 999), R.randint(0, 99999), R.randint(0, 9), R.randint(1, 400)),
    lambda: "Total: %d.%02d USD (VAT %d%%), invoice due within 30 days" % (R.randint(10, 99999), R.randint(0, 99), R.choice([7, 19, 20, 21])),
    lambda: "for i in range(%d): x[i::%d] = y[:%d]" % (R.randint(2, 99), R.randint(2, 9), R.randint(1, 9)),
    lambda: "Fehlercode 0x%08X beim Start, Version %d.%d (Build %d)" % (R.randint(0, 2 ** 32 - 1), R.randint(1, 9), R.randint(0, 9), R.randint(1000, 99999)),
    lambda: "Can you summarise chapter %d of Pride and Prejudice in %d words?" % (R.randint(1, 61), R.randint(50, 300)),
    lambda: "kubectl scale deployment api --replicas=%d -n prod-%d" % (R.randint(1, 12), R.randint(1, 5)),
    lambda: "sha256: %s" % C.rnd(R, "0123456789abcdef", 64),
    lambda: "Paris Saint-Germain beat Olympique Lyon %d-%d on Sunday" % (R.randint(0, 5), R.randint(0, 5)),
    lambda: "Temperature readings: %s" % ", ".join("%d.%d" % (R.randint(15, 30), R.randint(0, 9)) for _ in range(6)),
    lambda: "Le train TGV %d part à %dh%02d du quai %d." % (R.randint(6000, 9999), R.randint(5, 22), R.randint(0, 59), R.randint(1, 20)),
    lambda: "SELECT id, created_at FROM orders WHERE total > %d LIMIT %d;" % (R.randint(10, 999), R.randint(5, 100)),
    lambda: "Lincoln Park and Washington Square are both on the list for %d." % R.randint(2024, 2027),
    lambda: "docker run -p %d:%d -e LOG_LEVEL=debug ghcr.io/acme/api:%d.%d" % (R.randint(1024, 9999), R.randint(1024, 9999), R.randint(1, 9), R.randint(0, 30)),
    lambda: "Part no. %d-%04d-%03d fits models %d and %d" % (R.randint(10, 99), R.randint(0, 9999), R.randint(0, 999), R.randint(100, 999), R.randint(100, 999)),
]


@tpl(18)
def t_clean():
    return "clean", R.choice(["en", "en", "de", "fr"]), [CLEAN[R.randrange(len(CLEAN))]()]


def generate():
    total = sum(w for w, _ in TEMPLATES)
    recs = []
    for i in range(TARGET):
        x = R.uniform(0, total)
        for w, f in TEMPLATES:
            x -= w
            if x <= 0:
                break
        form, lang, parts = f()
        recs.append(C.build("heldout-b-%05d" % (i + 1), form, lang, parts))
    return recs


def main():
    recs = generate()
    if "--check" in sys.argv:
        import json
        with open(OUT, encoding="utf-8") as fh:
            have = [json.loads(line) for line in fh]
        if have != recs:
            sys.exit("heldout2.jsonl differs from what gen_heldout2.py makes")
        print("heldout2.jsonl: %d records, as generated" % len(have))
        return
    C.write_jsonl(OUT, recs)
    counts = {}
    for r in recs:
        for sp in r["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    print("%d records, %d clean; labels %s" % (len(recs), sum(1 for r in recs if not r["spans"]),
                                             ", ".join("%s %d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
