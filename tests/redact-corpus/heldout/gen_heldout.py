#!/usr/bin/python3
"""Generates heldout.jsonl, the HELD-OUT part of the redaction corpus.
SCORE IT ONLY ONCE, AT THE END (see README.md beside this file).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout.py --check   # verify

Independent of the dev part on purpose: its own seed, its own document forms
(multi-turn transcripts, chat exports, vCards, YAML/SQL/HTTP dumps, shipping
labels, commit trailers, invoices, HR and clinic forms), its own sentence
frames, its own hand-written name, street and city lists (NOT the gazetteer in
gateway/redact/gazetteer/, so a gazetteer-based detector is not scored on its own
word list), and its own mix of formats and countries. Only the format rules
(checksums, IBAN registry, numbering plans, credential shapes) and the record
builder are shared, from ../corpuslib.py.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

OUT = os.path.join(HERE, "heldout.jsonl")
R = random.Random(77031)
TARGET = 2000

# Hand-written for this part; checked to share no entry with gen_dev.py's lists.
HG = {
    "en": ["Harriet", "Declan", "Imogen", "Rupert", "Felicity", "Callum", "Tabitha", "Alistair", "Philippa", "Fergus",
           "Marisol", "Desmond", "Winifred", "Ewan", "Ottilie", "Barnaby", "Georgina", "Crispin", "Rosalind", "Lachlan"],
    "de": ["Wiebke", "Hartmut", "Gesine", "Volker", "Friederike", "Detlef", "Annegret", "Ulrich", "Henrike", "Gunther",
           "Mareike", "Berthold", "Sieglinde", "Reinhold", "Almut", "Eckhard", "Dörte", "Lutz", "Swantje", "Götz"],
    "fr": ["Solène", "Gaëtan", "Ségolène", "Aymeric", "Bérénice", "Tanguy", "Apolline", "Grégoire", "Maëlys", "Anatole",
           "Clémence", "Baptiste", "Eugénie", "Loïc", "Héloïse", "Thibault", "Capucine", "Quentin", "Ombeline", "Yannick"],
    "es": ["Itziar", "Gonzalo", "Begoña", "Íñigo", "Montserrat", "Fermín", "Ainhoa", "Borja", "Remedios", "Casimiro",
           "Maite", "Ignacio", "Consuelo", "Xabier", "Amparo", "Eusebio", "Nerea", "Jacinto", "Leire", "Teodoro"],
    "it": ["Ludovica", "Ottavio", "Benedetta", "Gianmarco", "Ornella", "Tancredi", "Annunziata", "Ercole", "Costanza", "Pierluigi",
           "Nunzia", "Raffaele", "Donatella", "Amedeo", "Graziella", "Leonardo", "Assunta", "Corrado", "Vittoria", "Fabrizio"],
    "nl": ["Geertje", "Harm", "Willemijn", "Sjoerd", "Marieke", "Gerrit", "Femmie", "Joost", "Hanneke", "Pieter-Jan",
           "Roos", "Teun", "Aafke", "Klaas", "Liesbeth", "Maarten", "Jitske", "Reinier", "Wietske", "Hidde"],
    "pt": ["Conceição", "Joaquim", "Rosângela", "Edivaldo", "Marilene", "Valdemar", "Graça", "Cleiton", "Lucimara", "Anselmo",
           "Ivone", "Severino", "Jussara", "Rui", "Francisca", "Benedito", "Neide", "Aurélio", "Rosário", "Domingos"],
    "in": ["Ishaan", "Tanvi", "Harsh", "Nandini", "Pranav", "Revathi", "Yash", "Bhavana", "Chirag", "Madhuri",
           "Sanjay", "Padma", "Raghav", "Gayatri", "Anirudh", "Vaishnavi", "Hemant", "Suhasini", "Tejas", "Ujwala"],
    "pl": ["Bożena", "Zbigniew", "Grażyna", "Przemysław", "Jadwiga", "Wojciech"],
    "tr": ["Elif", "Mehmet", "Zeynep", "Mustafa", "Ayşe", "Emre"],
}
HS = {
    "en": ["Featherstone", "Ashworth", "Blackwood", "Pemberton", "Whitfield", "Oakley", "Hargreaves", "Fairbairn", "Kilbride", "Thistlewaite",
           "Cartwright", "Ellwood", "Rushworth", "McAllister", "Dunmore", "Pilkington", "Greaves", "Lockhart", "Sutcliffe", "Ravenscroft"],
    "de": ["Oberhauser", "Kleinschmidt", "Brandstätter", "Rautenberg", "Pfisterer", "Hagedorn", "Lindemann", "Scharnweber", "Eichhorn", "Wendland",
           "Kettler", "Dreyer", "Ostermann", "Brinkmann", "Heuser", "Vogelsang", "Tiedemann", "Ruppert", "Strohmeier", "Anschütz"],
    "fr": ["Delacroix", "Vasseur", "Lemaire-Duval", "Peyrot", "Rousselot", "Chauvin", "Brossard", "Tessier", "Marchand-Roy", "Guillot",
           "Aubertin", "Carpentier", "Daguerre", "Fauchon", "Lesueur", "Mallet", "Prévost", "Régnier", "Sauvageot", "Thévenin"],
    "es": ["Urquijo", "Echeverría", "Valcárcel", "Santamaría", "Olabarrieta", "Cifuentes", "Arrieta", "Baquero", "Zubizarreta", "Villalobos",
           "Casares", "Ibarguren", "Madariaga", "Quintana", "Robledo", "Sotomayor", "Taboada", "Uriarte", "Vallejo", "Zamora"],
    "it": ["Scognamiglio", "Mastroianni", "Pellegrino", "Castellucci", "Bonfiglio", "Zanetti", "Quagliarella", "Lo Presti", "Santangelo", "Carbone",
           "Di Stefano", "Fumagalli", "Iannuzzi", "Lombardo", "Mazzola", "Nardelli", "Orlandini", "Palumbo", "Sorrentino", "Trevisan"],
    "nl": ["Hoekstra", "Zwart", "van der Heijden", "Kuipers", "Postma", "Veenstra", "ter Horst", "Wijnands", "Schouten", "de Wit",
           "Kloosterman", "Bosman", "Dijkman", "Hofstede", "Lubbers", "Nijhuis", "Oosterhuis", "Rietveld", "Stegeman", "Verhoeven"],
    "pt": ["Cavalcanti", "Figueiredo", "Albuquerque", "Nascimento", "Bittencourt", "Magalhães", "Sampaio", "Queiroz", "Vasconcelos", "Brandão",
           "Coutinho", "Damasceno", "Espíndola", "Guimarães", "Junqueira", "Loureiro", "Meirelles", "Pimentel", "Teixeira", "Valadares"],
    "in": ["Subramaniam", "Chakraborty", "Raghunathan", "Deshpande", "Venkatesan", "Mukherjee", "Bhattacharya", "Krishnamurthy", "Oberoi", "Saxena",
           "Trivedi", "Upadhyay", "Wadhwa", "Thakur", "Srinivasan", "Ramaswamy", "Kapoor", "Jaiswal", "Hegde", "Ganguly"],
    "pl": ["Wiśniewska", "Grzybowski", "Szczepańska", "Wróblewski", "Kaczmarczyk", "Jabłoński"],
    "tr": ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik"],
}


def nm(lang, full=True):
    lang = lang if lang in HG else "en"
    g = R.choice(HG[lang])
    if not full:
        return g
    s = R.choice(HS[lang])
    r = R.random()
    if lang == "es" and r < 0.6:
        return "%s %s %s" % (g, s, R.choice(HS["es"]))
    if lang == "pt" and r < 0.5:
        return "%s %s %s %s" % (g, R.choice(HG["pt"]), R.choice(["de", "do", "dos"]), s)
    if lang == "en" and r < 0.2:
        return "%s %s-%s" % (g, s, R.choice(HS["en"]))
    if lang == "de" and r < 0.15:
        return "%s-%s %s" % (g, R.choice(HG["de"]), s)
    return "%s %s" % (g, s)


def PER(v):
    return L("person", v)


# ------------------------------------------------------------------ values
def ph(region, how=None):
    cc, trunk, kind, nsn = C.phone_nsn(R, region)
    how = how or R.choice(["e164", "plus_grouped", "plus_grouped", "local", "local", "local_tight"])
    # grouping by pairs from the end (held-out convention, not the dev one)
    pairs = []
    rest = nsn
    while len(rest) > 4:
        pairs.insert(0, rest[-2:])
        rest = rest[:-2]
    pairs.insert(0, rest)
    if how == "e164":
        t = "+%d%s" % (cc, nsn)
    elif how == "plus_grouped":
        if region in ("US", "CA"):
            t = "+1 " + R.choice(["(%s) %s-%s", "%s-%s-%s", "%s %s %s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        else:
            t = "+%d " % cc + R.choice([" ", "-", "\u00a0"]).join(pairs)
    elif how == "local_tight":
        t = (trunk if region != "RU" else "8") + nsn
    else:
        if region in ("US", "CA"):
            t = R.choice(["%s/%s-%s", "(%s)%s-%s", "%s %s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        elif region == "RU":
            t = "8-%s-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        elif region == "BR":
            t = "(0%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:]) if R.random() < 0.3 else "%s %s %s" % (nsn[:2], nsn[2:-4], nsn[-4:])
        elif region in ("ES", "PT", "PL"):
            t = R.choice(["%s %s %s", "%s-%s-%s", "%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        elif region == "IT":
            t = "%s/%s" % (nsn[:3], nsn[3:]) if nsn.startswith("3") else "%s %s" % (nsn[:2], nsn[2:])
        elif region in ("SG", "HK"):
            t = "%s-%s" % (nsn[:4], nsn[4:])
        elif region == "IN":
            t = R.choice(["0%s %s %s", "%s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        elif region == "CN":
            t = "%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:]) if nsn.startswith("1") else "0%s-%s" % (nsn[:2], nsn[2:])
        elif region == "MX":
            t = "%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
        else:
            t = trunk + R.choice([" ", "\u202f", "\u2013", "."]).join(pairs) if region == "FR" else trunk + nsn[:3] + R.choice([" ", "/", "-"]) + nsn[3:]
    return L("phone", t, region=region, sub=kind)


def ph_region():
    return R.choice(["US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "IN", "BR", "MX", "CN", "SG", "HK", "RU",
                     "AT", "CH", "BE", "IE", "SE", "JP", "ZA", "CA", "AU"])


def mail(name):
    parts = [p for p in name.lower().replace("-", " ").split() if p not in ("de", "do", "dos", "van", "der", "ter", "lo", "di")]
    import unicodedata
    a = "".join(c for c in unicodedata.normalize("NFKD", parts[0]) if c.isascii() and c.isalpha())
    b = "".join(c for c in unicodedata.normalize("NFKD", parts[-1]) if c.isascii() and c.isalpha())
    loc = R.choice(["%s.%s" % (a, b), "%s%s" % (a[0], b), "%s-%s" % (b, a), "%s%d" % (a, R.randint(70, 2005)), "%s.%s+%s" % (a, b, R.choice(["ai", "billing"]))])
    dom = R.choice(["posteo.de", "mailbox.org", "laposte.net", "telefonica.net", "tiscali.it", "kpnmail.nl", "terra.com.br", "yahoo.in",
                    "fastmail.com", "zoho.eu", "btinternet.com", "aol.com", "hey.com", "clinic-nord.example", "uni-graz.at", "outlook.pt"])
    return L("email", loc + "@" + dom)


def crd(sep=None):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "maestro", "visa13", "rupay", "troy",
                    "jcb", "unionpay", "discover", "diners", "mir"])
    n = C.card_random(R, iss)
    sep = sep if sep is not None else R.choice(["-", " ", "", "\u00a0", ".", " "])
    if sep == "" or len(n) not in (15, 16):
        g = C.split_groups(n, C.card_grouping(len(n))) if sep else [n]
    else:
        g = C.split_groups(n, [4, 6, 5] if len(n) == 15 else R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 12]]))
    return L("card", (sep or "").join(g), sub=iss)


def ibn(country=None):
    c = country or R.choice(["DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PT", "IE", "PL", "LU", "GB", "SE", "HR", "SI", "SK", "LT", "EE", "CY"])
    v = C.iban_random(R, c)
    k = R.random()
    if k < 0.4:
        v = C.group(v)
    elif k < 0.55:
        v = C.group(v, 4, R.choice(["-", "\u00a0", "\u202f"]))
    elif k < 0.65:
        v = v[:4] + " " + v[4:]
    return L("iban", v, sub=c)


def ipa():
    k = R.random()
    if k < 0.6:
        v = "%d.%d.%d.%d" % (R.choice([5, 31, 46, 77, 88, 109, 141, 151, 176, 185, 213, 172, 10]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        sub = "v4"
    elif k < 0.85:
        v = "%x:%x:%x::%x" % (R.choice([0x2a01, 0x2a00, 0x2600, 0x2804]), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        sub = "v6c"
    else:
        v = ":".join("%04x" % R.randint(0, 0xffff) for _ in range(8))
        sub = "v6full"
    return L("ip", v, sub=sub)


def dob_v(lang):
    y, m, d = R.randint(1931, 2007), R.randint(1, 12), R.randint(1, 28)
    mon = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
           "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
           "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
           "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.", "nov.", "dic."],
           "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
           "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
           "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]}
    ms = mon.get(lang, mon["en"])[m - 1]
    f = R.choice(["%d %s %d" % (d, ms, y), "%04d%02d%02d" % (y, m, d), "%d.%d.%02d" % (d, m, y % 100),
                  "%02d-%s-%d" % (d, ms, y), "%d/%d/%02d" % (m, d, y % 100) if lang == "en" else "%02d/%02d/%d" % (d, m, y),
                  "%d-%02d-%02d" % (y, m, d)])
    return L("dob", f)


def gid(kind):
    if kind == "us_ssn":
        a, g, s = C.ssn_random(R)
        return L("gov_id", R.choice(["%s-%s-%s", "%s %s %s"]) % (a, g, s), sub=kind)
    if kind == "uk_nino":
        p, n, s = C.nino_random(R)
        return L("gov_id", R.choice(["%s%s%s", "%s %s %s"]) % (p, n, s) if R.random() < 0.5 else "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s), sub=kind)
    if kind == "uk_nhs":
        d = C.nhs_random(R)
        return L("gov_id", "%s %s %s" % (d[:3], d[3:6], d[6:]), sub=kind)
    if kind == "de_steuerid":
        d = C.steuerid_random(R)
        return L("gov_id", d, sub=kind)
    if kind == "fr_nir":
        b, k = C.nir_random(R)
        return L("gov_id", "%s %s" % (b, k), sub=kind)
    if kind == "es_dni":
        n, l = C.dni_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l) if R.random() < 0.4 else n + l, sub=kind)
    if kind == "es_nie":
        p, n, l = C.nie_random(R)
        return L("gov_id", p + n + l, sub=kind)
    if kind == "it_cf":
        return L("gov_id", C.cf_make(R.choice(HS["it"]), R.choice(HG["it"]), R.randint(30, 99), R.randint(1, 12), R.randint(1, 28),
                                     R.random() < 0.5, R.choice(["L736", "C351", "E506", "B157", "D969", "H294"])), sub=kind)
    if kind == "nl_bsn":
        return L("gov_id", C.bsn_random(R), sub=kind)
    if kind == "in_aadhaar":
        d = C.aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (d[:4], d[4:8], d[8:]), sub=kind)
    if kind == "in_pan":
        return L("gov_id", C.pan_random(R, R.choice("PPPH"), R.choice(HS["in"])), sub=kind)
    if kind == "br_cpf":
        d = C.cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (d[:3], d[3:6], d[6:9], d[9:]), sub=kind)
    if kind == "passport":
        return L("gov_id", R.choice(["C" + C.rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8), "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                                     "X" + C.rnd(R, "0123456789", 7), C.rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + C.rnd(R, "0123456789", 7)]), sub=kind)
    raise KeyError(kind)


def sec(kind=None):
    kind = kind or R.choice(["aws_access_key_id", "aws_secret_access_key", "github_pat", "github_fine_grained", "gitlab_pat", "slack_token",
                             "slack_webhook", "stripe", "google_api_key", "openai", "anthropic", "jwt", "npm_token", "sendgrid", "twilio", "password"])
    return L("secret", C.secret_random(R, kind), sub=kind)


# ------------------------------------------------------------------ addresses (own lists)
def adr(country):
    if country == "us":
        v = "%d %s %s, %s, %s %05d" % (R.randint(100, 29999), R.choice(["Magnolia", "Old Mill", "Riverbend", "Chestnut Hill", "Wildwood", "Briar Creek"]),
                                      R.choice(["Way", "Ct", "Pkwy", "Terrace", "Circle", "Trail"]),
                                      *R.choice([("Boise", "ID"), ("Savannah", "GA"), ("Tucson", "AZ"), ("Omaha", "NE"), ("Burlington", "VT")]),
                                      R.randint(10001, 99950))
    elif country == "uk":
        v = "%s, %d %s, %s %s" % (R.choice(["Rose Cottage", "The Old Rectory", "Flat 14 Albion House", "Unit 3"]), R.randint(1, 90),
                                 R.choice(["Fore Street", "Quarry Lane", "Abbey Road", "Moor Crescent", "Tanners Row"]),
                                 R.choice(["Truro", "Harrogate", "Inverness", "Norwich", "Swansea"]),
                                 R.choice(["TR1", "HG2", "IV3", "NR4", "SA1"]) + " " + str(R.randint(0, 9)) + C.rnd(R, "ABDEFGHJLNPQRSTUWXYZ", 2))
    elif country == "de":
        v = "%s %d, %05d %s" % (R.choice(["Am Lindenhof", "Brunnenstr.", "Im Winkel", "Rosenstraße", "Zum Kirchberg", "Marktplatz"]), R.randint(1, 60),
                                R.randint(1067, 99998), R.choice(["Bamberg", "Lüneburg", "Tübingen", "Görlitz", "Passau", "Oldenburg (Oldb)"]))
    elif country == "at":
        v = "%s %d/%d, %d %s" % (R.choice(["Mariahilfer Straße", "Hauptplatz", "Getreidegasse"]), R.randint(1, 120), R.randint(1, 20), R.randint(1010, 9999),
                                 R.choice(["Wien", "Graz", "Salzburg"]))
    elif country == "fr":
        v = "%s, %d chemin %s, %05d %s" % (R.choice(["Bât. C", "Résidence Les Pins", "Appt 12"]), R.randint(1, 90), R.choice(["des Vignes", "du Lavoir", "de la Croix"]),
                                         R.randint(1000, 95999), R.choice(["Annecy", "Colmar", "Périgueux", "Quimper", "Aix-en-Provence"]))
    elif country == "es":
        v = "Avenida de %s, %d, %s, %05d %s" % (R.choice(["Portugal", "los Reyes Católicos", "Andalucía"]), R.randint(1, 300), R.choice(["4º D", "esc. 2, 1º", "ático"]),
                                              R.randint(1001, 52080), R.choice(["Salamanca", "Cádiz", "Logroño", "Oviedo"]))
    elif country == "it":
        v = "%s %s, %d - %05d %s %s" % (R.choice(["Vicolo", "Largo", "Strada"]), R.choice(["dei Mille", "San Rocco", "del Pozzo"]), R.randint(1, 90),
                                       R.randint(10010, 98168), R.choice(["Lecce", "Bergamo", "Trento", "Perugia"]), R.choice(["LE", "BG", "TN", "PG"]))
    elif country == "nl":
        v = "%s %d%s, %d%s %s" % (R.choice(["Oudegracht", "Burgemeester de Withstraat", "Hoofdweg", "Lange Voorhout"]), R.randint(1, 400), R.choice(["", "bis", "-3"]),
                                 R.randint(1011, 9999), " " + C.rnd(R, "ABCDEGHJKLMNPRSTVWXZ", 2), R.choice(["Zwolle", "Leiden", "Delft", "Haarlem"]))
    elif country == "in":
        v = "%d/%d, %s, %s, %s - %d" % (R.randint(1, 99), R.randint(1, 30), R.choice(["Ashok Nagar", "Salt Lake Sector V", "Koregaon Park", "Jubilee Hills"]),
                                        R.choice(["Near City Hospital", "Opp. Metro Station", "Behind Post Office"]),
                                        R.choice(["Hyderabad", "Jaipur", "Lucknow", "Kochi"]), R.randint(110001, 855999))
    elif country == "br":
        v = "%s %s, nº %d, %s, %s/%s, CEP %05d-%03d" % (R.choice(["Rua", "Alameda", "Estrada"]), R.choice(["dos Pinheiros", "Santos Dumont", "Barão de Mauá"]),
                                                      R.randint(1, 2500), R.choice(["Bairro Alto", "Vila Mariana", "Pituba"]),
                                                      *R.choice([("Salvador", "BA"), ("Florianópolis", "SC"), ("Manaus", "AM"), ("Goiânia", "GO")]),
                                                      R.randint(1000, 99999), R.randint(0, 999))
    else:
        raise KeyError(country)
    return L("address", v, sub=country)


# ------------------------------------------------------------------ negatives (own frames)
def hn(k=None):
    k = k or R.choice(["shipment", "invoice_no", "serial", "semver", "sha", "uuid", "scp_remote", "np_slice", "rust_path", "not_dob",
                  "isbn", "money", "card_mask", "luhn_bad", "iban_typo", "ssn_fake", "port_range", "ean", "build_no", "coords",
                  "room", "asin", "ticket", "vin", "latlon", "percent", "rgb", "placeholder", "pk", "sha_prefix"])
    g = {
        "shipment": lambda: R.choice(["Sendungsnummer ", "", "DHL "]) + "00340434%010d" % R.randint(0, 10 ** 10 - 1),
        "invoice_no": lambda: "Invoice %s-%d/%04d" % (R.choice(["RE", "FA", "INV"]), R.randint(2020, 2026), R.randint(1, 9999)),
        "serial": lambda: "S/N %s-%s-%s" % (C.rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4), C.rnd(R, "0123456789", 4), C.rnd(R, "0123456789", 4)),
        "semver": lambda: "upgraded from %d.%d.%d to %d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20), R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)),
        "sha": lambda: "commit " + C.rnd(R, "0123456789abcdef", 40),
        "uuid": lambda: "trace_id=%s-%s-%s-%s-%s" % tuple(C.rnd(R, "0123456789abcdef", n) for n in (8, 4, 4, 4, 12)),
        "scp_remote": lambda: "git remote add origin git@%s:%s/%s.git" % (R.choice(["github.com", "codeberg.org", "gitlab.example.net"]), R.choice(["ops", "mlteam"]), R.choice(["charts", "tools"])),
        "np_slice": lambda: R.choice(["img[:, ::2]", "x[-1::-2]", "df.iloc[1::3]", "buf[4::]", "grid[::, 0]"]),
        "rust_path": lambda: R.choice(["std::collections::HashMap", "tokio::sync::mpsc", "crate::db::Pool", "Vec::<u8>::new()"]),
        "not_dob": lambda: R.choice(["due %d %s %d" % (R.randint(1, 28), R.choice(["Jan", "Mar", "Oct"]), R.randint(2024, 2027)),
                                     "Lieferung am %02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)),
                                     "valid until %02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), "since %d-%02d-%02d" % (R.randint(2015, 2026), R.randint(1, 12), R.randint(1, 28))]),
        "isbn": lambda: "ISBN %s" % R.choice(["978-1-4028-9462-6", "979-10-90636-07-1", "0-19-852663-6"]),
        "money": lambda: R.choice(["CHF 12'450.00", "₹1,25,000", "R$ 3.499,90", "USD 1,299,999", "£2,300,450.10"]),
        "card_mask": lambda: R.choice(["Visa ••••%04d" % R.randint(0, 9999), "card xxxx xxxx xxxx %04d" % R.randint(0, 9999), "************%04d" % R.randint(0, 9999)]),
        "luhn_bad": lambda: (lambda n: n[:-1] + str((int(n[-1]) + 5) % 10))(C.card_random(R, "visa")),
        "iban_typo": lambda: (lambda v: v[:10] + str((int(v[10]) + 1) % 10) + v[11:])(C.iban_random(R, "DE")),
        "ssn_fake": lambda: R.choice(["987-65-4320", "000-00-0000", "123-00-4567"]),
        "port_range": lambda: "ports %d-%d" % (R.randint(1000, 30000), R.randint(30001, 65535)),
        "ean": lambda: "EAN %s" % C.luhn_complete("590" + C.rnd(R, "0123456789", 9))[:13],
        "build_no": lambda: "build %d.%d.%d.%d" % (R.randint(10, 99), R.randint(256, 999), R.randint(0, 99), R.randint(1000, 9999)),
        "coords": lambda: "%d.%06d, %d.%06d" % (R.randint(-80, 80), R.randint(0, 999999), R.randint(-170, 170), R.randint(0, 999999)),
        "room": lambda: "Room %d.%02d, building %s" % (R.randint(1, 9), R.randint(1, 60), R.choice("ABCD")),
        "asin": lambda: "ASIN B0%s" % C.rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8),
        "ticket": lambda: "JIRA-%d" % R.randint(100, 99999),
        "vin": lambda: "VIN WVWZZZ%s" % C.rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 11),
        "latlon": lambda: "lat=%d.%04d lon=%d.%04d" % (R.randint(-60, 60), R.randint(0, 9999), R.randint(-120, 120), R.randint(0, 9999)),
        "percent": lambda: "%d.%d%% of %d,%03d requests" % (R.randint(0, 99), R.randint(0, 9), R.randint(1, 99), R.randint(0, 999)),
        "rgb": lambda: "color #%s / rgb(%d, %d, %d)" % (C.rnd(R, "0123456789abcdef", 6), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
        "placeholder": lambda: R.choice(["token: <REDACTED>", "password=********", "AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET }}", "api_key: ...", "sk-...abcd"]),
        "pk": lambda: "publishableKey: 'pk_test_%s'" % C.rnd(R, C.ALNUM, 24),
        "sha_prefix": lambda: "sha512-" + C.rnd(R, C.B64, 86) + "==",
    }[k]
    return N(g(), k)


NAMEWORDS = [
    "Will it be ready by Monday?", "May we reschedule the call?", "The Rose Bowl tickets never arrived.", "Mark all as read does nothing.",
    "I'd grant you that, the docs are thin.", "The bill was higher than quoted.", "Holly and ivy pattern is discontinued.",
    "Hunter green or navy?", "Ivy League applications open soon.", "Cliff notes would be enough.", "Brook trout season started.",
    "Penny for your thoughts on the redesign?", "Dusty shelves in the warehouse photo.", "Autumn collection ships in August.",
    "Mercedes said no, I mean the dealership did.", "Heath fires closed the road.", "Crystal clear audio after the patch.",
    "The jasmine tea sampler is great.", "Sterling silver, not plated.", "Basil, tomato and mozzarella.", "Drew the short straw on on-call.",
    "Kay, see you then.", "Sue the landlord? Let's not.", "Rob the cache of stale entries first.", "Jean jacket size L please.",
    "Chanel bag authentication request.", "The Java heap is too small.", "Victoria sponge recipe for 8 people.", "Dallas warehouse is out of stock.",
    "Carmen is my favourite opera.", "Heute ist Frank der Ansprechpartner? Nein, frank und frei gesagt: keiner.",
    "Le muguet du 1er mai.", "Bella giornata oggi.", "Mooi weer vandaag.", "Rosa é a cor do ano.", "La Paz está lejos.",
]

CLEAN2 = ["Can you turn this list into a table?", "Translate 'good morning' into Dutch.", "Why is my sourdough so dense?",
          "Give me three names for a hiking club.", "Explain recursion to a 10-year-old.", "What is the capital of Australia?",
          "Wie spät ist es in Tokio?", "Écris un poème sur la mer.", "¿Qué significa 'serendipia'?", "Scrivi una mail di scuse al cliente.",
          "Hoe maak ik een pivot-tabel?", "Qual é a diferença entre 'mas' e 'mais'?", "Rate limit hit again, retry after 60 s.",
          "Fixed by clearing the cache.", "The meeting notes are attached, no action items.", "Please keep the answer under 100 words.",
          "Compare REST and gRPC briefly.", "My plant's leaves are turning yellow.", "Summarise chapter 3.", "ok thx", "👍",
          "Deployment window is Saturday 02:00-04:00 UTC.", "Ticket closed as duplicate.", "Refactor this function to be pure."]

# ------------------------------------------------------------------ templates
T = []


def tpl(w):
    def reg(f):
        T.append((w, f))
        return f
    return reg


LANGS = ["en"] * 6 + ["de"] * 3 + ["fr"] * 2 + ["es"] * 2 + ["it"] * 2 + ["nl"] * 2 + ["pt"] * 2 + ["in"]
REG = {"en": ["US", "GB", "IE", "CA", "AU", "ZA", "SG", "HK"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "es": ["ES", "MX"],
       "it": ["IT"], "nl": ["NL", "BE"], "pt": ["BR", "PT"], "in": ["IN"]}
ADR = {"en": ["us", "uk"], "de": ["de", "at"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"], "pt": ["br"], "in": ["in"]}


@tpl(12)
def t_transcript():
    """A multi-turn assistant transcript with PII in the user turns."""
    lang = R.choice(LANGS)
    who = nm(lang)
    turns = [["User: ", R.choice(["hey, quick one.", "Hallo!", "Bonjour,", "Hola,", "Ciao,", "Hoi,", "Oi,", "Hi there"]), " "]]
    what = R.choice(["phone", "mail", "adr", "card", "iban", "dob", "gid", "name"])
    if what == "phone":
        turns[0] += ["Draft a text to my landlord saying I'm late; sign it with ", PER(who), " and my number ", ph(R.choice(REG[lang])), "."]
    elif what == "mail":
        turns[0] += ["Fix the grammar: 'pls answer to ", mail(who), " not the old adress'"]
    elif what == "adr":
        turns[0] += ["Format this for an envelope: ", adr(R.choice(ADR[lang]))]
    elif what == "card":
        turns[0] += ["why was ", crd(), " declined at checkout?"]
    elif what == "iban":
        turns[0] += ["Is ", ibn(), " a valid account for SEPA?"]
    elif what == "dob":
        turns[0] += ["How old is someone born ", dob_v(lang), "?"]
    elif what == "gid":
        k = {"en": R.choice(["us_ssn", "uk_nino", "uk_nhs", "passport"]), "de": "de_steuerid", "fr": "fr_nir", "es": R.choice(["es_dni", "es_nie"]),
             "it": "it_cf", "nl": "nl_bsn", "pt": "br_cpf", "in": R.choice(["in_aadhaar", "in_pan"])}[lang]
        turns[0] += ["the form rejects my id ", gid(k), ", which field is wrong?"]
    else:
        turns[0] += ["write a birthday card for ", PER(who), " from the whole team"]
    turns.append(["\nAssistant: ", R.choice(["Sure, here you go.", "Let me check that.", "Here is a draft:", "I can help with that."])])
    return "transcript", lang, turns


@tpl(6)
def t_whatsapp_export():
    lang = R.choice(LANGS)
    a, b = nm(lang, False), nm(lang, False)
    out = []
    for i in range(R.randint(2, 4)):
        who = R.choice([a, b])
        stamp = "[%02d/%02d/%02d, %02d:%02d] " % (R.randint(1, 28), R.randint(1, 12), R.randint(22, 26), R.randint(0, 23), R.randint(0, 59))
        msg = R.choice([["ok"], ["new number: ", ph(R.choice(REG[lang]))], ["sent you ", hn()], ["my mail ", mail(who)], ["🙂"],
                        ["I'm at ", adr(R.choice(ADR[lang]))], ["pin? ", N("%04d" % R.randint(0, 9999), "short_number")]])
        out += [stamp, PER(who), ": ", msg, "\n"]
    out[-1] = ""
    return "chat_export", lang, out


@tpl(4)
def t_vcard():
    lang = R.choice(LANGS)
    who = nm(lang)
    return "vcard", lang, ["BEGIN:VCARD\nVERSION:3.0\nFN:", PER(who), "\nTEL;TYPE=cell:", ph(R.choice(REG[lang]), "e164"), "\nEMAIL:", mail(who),
                           "\nADR;TYPE=home:", adr(R.choice(ADR[lang])), "\nBDAY:", dob_v("en"), "\nEND:VCARD"]


@tpl(5)
def t_yaml_secret():
    k = R.choice(["aws_access_key_id", "github_pat", "stripe", "openai", "anthropic", "slack_webhook", "google_api_key", "sendgrid", "twilio", "npm_token"])
    out = ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", R.choice(["app-creds", "ci-tokens", "billing"]), "\nstringData:\n  ",
           R.choice(["api_key", "token", "webhook_url", "apiKey"]), ": \"", sec(k), "\"\n  ", R.choice(["region", "env", "replicas"]), ": \"",
           R.choice(["eu-west-1", "prod", "3"]), "\""]
    if R.random() < 0.5:
        out += ["\n  db_password: \"", sec("password"), "\""]
    return "yaml", "en", out


@tpl(4)
def t_compose():
    return "yaml", "en", ["services:\n  api:\n    image: ghcr.io/acme/api@", N("sha256:" + C.rnd(R, "0123456789abcdef", 64), "digest"),
                          "\n    environment:\n      - GITLAB_TOKEN=", sec("gitlab_pat"), "\n      - JWT_SECRET=", sec(R.choice(["password", "aws_secret_access_key"])),
                          "\n      - LOG_FORMAT=json\n      - ALLOWED_HOSTS=", ipa()]


@tpl(4)
def t_http_dump():
    k = R.choice(["jwt", "github_fine_grained", "openai", "anthropic", "slack_token"])
    return "http", "en", [R.choice(["POST", "GET", "PATCH"]), " /api/v2/", R.choice(["orders", "me", "sync"]), " HTTP/1.1\nHost: api.example.org\nAuthorization: Bearer ",
                          sec(k), "\nX-Forwarded-For: ", ipa(), "\nX-Request-Id: ", hn(), "\n\n{\"note\": \"", R.choice(CLEAN2), "\"}"]


@tpl(4)
def t_sql():
    lang = R.choice(LANGS)
    who = nm(lang)
    return "sql", lang, ["INSERT INTO customers (name, email, phone, birth_date) VALUES ('", PER(who), "', '", mail(who), "', '",
                         ph(R.choice(REG[lang]), R.choice(["e164", "local_tight"])), "', '", dob_v("en"), "');"]


@tpl(5)
def t_shipping_label():
    lang = R.choice(LANGS)
    who = nm(lang)
    c = R.choice(ADR[lang])
    return "label", lang, ["SHIP TO:\n", PER(who.upper() if R.random() < 0.3 else who), "\n", adr(c), "\n", R.choice(["Tel ", "☎ ", "Ph: "]), ph(R.choice(REG[lang])),
                           "\nTracking: ", hn("shipment")]


@tpl(4)
def t_commit_trailer():
    lang = R.choice(LANGS)
    who = nm(lang)
    return "git", "en", [R.choice(["fix: retry on 503", "feat: add export", "docs: typo"]), "\n\n", hn(), "\n\nSigned-off-by: ", PER(who), " <", mail(who), ">\nCo-authored-by: ",
                         PER(nm(R.choice(LANGS))), " <", N("%d+%s@users.noreply.github.com" % (R.randint(1000, 9999999), C.rnd(R, "abcdefghijklmnop", 7)), "noreply_handle"), ">"]


@tpl(5)
def t_invoice():
    lang = R.choice(["de", "fr", "es", "it", "nl", "pt", "en"])
    who = nm(lang)
    lab = {"de": ("Rechnung an", "Bankverbindung", "Betrag"), "fr": ("Facturé à", "Coordonnées bancaires", "Montant"),
           "es": ("Facturar a", "Datos bancarios", "Importe"), "it": ("Intestatario", "Coordinate bancarie", "Importo"),
           "nl": ("Factuur aan", "Bankgegevens", "Bedrag"), "pt": ("Faturado para", "Dados bancários", "Valor"), "en": ("Bill to", "Bank details", "Amount")}[lang]
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "en": R.choice(["GB", "IE"])}[lang]
    return "invoice", lang, [lab[0], ": ", PER(who), "\n", adr(R.choice(ADR[lang])), "\n", lab[1], ": ", ibn(cc), "\n", lab[2], ": ", hn(), "\n", hn()]


@tpl(5)
def t_clinic_form():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "in"])
    who = nm(lang)
    k = {"en": "uk_nhs", "de": "de_steuerid", "fr": "fr_nir", "es": "es_dni", "it": "it_cf", "nl": "nl_bsn", "pt": "br_cpf", "in": "in_aadhaar"}[lang]
    lab = {"en": ("Patient", "DOB", "NHS no"), "de": ("Patient/in", "geb.", "Steuer-IdNr"), "fr": ("Patient(e)", "Né(e) le", "N° SS"),
           "es": ("Paciente", "F. nac.", "DNI/NIF"), "it": ("Paziente", "Nato/a il", "Cod. fisc."), "nl": ("Patiënt", "Geb.datum", "BSN"),
           "pt": ("Paciente", "Nasc.", "CPF"), "in": ("Patient", "DOB", "Aadhaar")}[lang]
    return "form", lang, ["| ", lab[0], " | ", PER(who), " |\n| ", lab[1], " | ", dob_v(lang), " |\n| ", lab[2], " | ", gid(k), " |\n| Allergies | none |"]


@tpl(4)
def t_hr_record():
    lang = R.choice(["en", "en", "in", "de"])
    who = nm(lang)
    k = {"en": R.choice(["us_ssn", "uk_nino"]), "in": "in_pan", "de": "de_steuerid"}[lang]
    return "form", lang, ["employee:\n  full_name: ", PER(who), "\n  tax_id: ", gid(k), "\n  salary_band: ", N("B%d" % R.randint(1, 9), "band"),
                          "\n  start: ", N("%d-%02d-01" % (R.randint(2010, 2026), R.randint(1, 12)), "start_date"), "\n  emergency_contact: ", PER(nm(lang)), " ", ph(R.choice(REG[lang]))]


@tpl(4)
def t_passport_ctx():
    lang = R.choice(["en", "de", "fr", "es", "it"])
    f = {"en": "Passport No. {x}, expires {e}", "de": "Reisepass-Nr. {x} (gültig bis {e})", "fr": "Passeport n° {x}, expire le {e}",
         "es": "Pasaporte núm. {x}, caduca {e}", "it": "Passaporto n. {x} scadenza {e}"}[lang]
    e = N("%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2027, 2035)), "expiry_date")
    i = f.index("{x}")
    j = f.index("{e}")
    return "chat", lang, [f[:i], gid("passport"), f[i + 3:j], e, f[j + 3:]]


@tpl(5)
def t_paste_list():
    """Several values of one kind separated the ways people paste lists."""
    kind = R.choice(["phone", "mail", "card", "ip"])
    lang = R.choice(LANGS)
    mk = {"phone": lambda: ph(R.choice(REG[lang])), "mail": lambda: mail(nm(lang)), "card": lambda: crd(), "ip": lambda: ipa()}[kind]
    out = [R.choice(["list: ", "", "→ ", "values (", "["])]
    n = R.randint(2, 4)
    for i in range(n):
        out.append(mk())
        if i < n - 1:
            out.append(R.choice([" / ", "/", " | ", ";", ", ", " · "]))
    return "list", lang, out


@tpl(4)
def t_pw_lang():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr"])
    f = {"en": "the wifi key is {x} btw", "de": "Das WLAN-Passwort lautet {x}", "fr": "le code wifi c'est {x}", "es": "la clave del wifi es {x}",
         "it": "la password del wifi è {x}", "nl": "het wifi-wachtwoord is {x}", "pt": "a senha do wifi é {x}", "pl": "hasło do wifi: {x}",
         "tr": "wifi şifresi {x}"}[lang]
    i = f.index("{x}")
    return "chat", lang, [f[:i], sec("password"), f[i + 3:]]


@tpl(3)
def t_pem_inline():
    return "code", "en", ["ssh still asks for a passphrase with this key:\n\n", sec_pem(), "\n\nany idea?"]


def sec_pem():
    return L("secret", C.secret_random(R, "pem"), sub="pem")


@tpl(3)
def t_dburl():
    return "log", "en", ["FATAL: ", R.choice(["password authentication failed", "could not connect"]), " for ", R.choice(["mysql", "postgresql", "mongodb"]),
                         "://", R.choice(["reporting", "etl_user", "grafana"]), ":", sec("password"), "@", R.choice([ipa(), "pg-replica-2.internal"]), ":", str(R.choice([3306, 5432, 27017])), "/"]


@tpl(4)
def t_ip_ops():
    return "log", "en", [R.choice(["sshd[%d]: Failed password for root from " % R.randint(100, 99999), "nginx: upstream timed out, client: ", "fail2ban: Ban "]),
                         ipa(), R.choice([" port %d ssh2" % R.randint(1024, 65535), ", server: _", ""])]


@tpl(3)
def t_gid_sentence():
    k = R.choice(["us_ssn", "uk_nino", "es_nie", "in_pan", "nl_bsn", "fr_nir", "de_steuerid", "it_cf", "br_cpf", "in_aadhaar"])
    intro = {"us_ssn": "Social Security # ", "uk_nino": "my national insurance no is ", "es_nie": "mi NIE: ", "in_pan": "PAN no. ",
             "nl_bsn": "burgerservicenummer ", "fr_nir": "numéro INSEE ", "de_steuerid": "steuerliche Identifikationsnummer ",
             "it_cf": "CF del titolare: ", "br_cpf": "meu CPF é ", "in_aadhaar": "aadhar card number "}[k]
    return "chat", "en", [intro, gid(k), R.choice(["", ".", " - is that enough?", " (copy attached)"])]


@tpl(4)
def t_intro_other():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "in"])
    who = nm(lang)
    f = {"en": "Hi, {x} here – following up on my refund.", "de": "Hier spricht {x}, wegen der Reklamation.", "fr": "C'est {x}, je relance pour mon colis.",
         "es": "Te escribe {x} por lo del pedido.", "it": "Sono io, {x}, per il rimborso.", "nl": "Met {x}, over mijn bestelling.",
         "pt": "Aqui é {x}, sobre o reembolso.", "pl": "Dzień dobry, tu {x}.", "tr": "Merhaba, ben {x}.", "in": "Namaste, this is {x} from Pune."}[lang]
    i = f.index("{x}")
    return "chat", lang, [f[:i], PER(who), f[i + 3:]]


@tpl(3)
def t_dob_prose():
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt"])
    f = {"en": "my son was born {x}, can he open an account?", "de": "Unsere Tochter kam am {x} zur Welt.", "fr": "ma date de naissance est le {x}",
         "es": "nacida el {x} en Cádiz", "it": "compleanno (data di nascita {x})", "nl": "ik ben jarig, geboren {x}", "pt": "nascido em {x}"}[lang]
    i = f.index("{x}")
    return "chat", lang, [f[:i], dob_v(lang), f[i + 3:]]


@tpl(12)
def t_hard_negs():
    out = [R.choice(["fyi ", "", "note: ", "see ", "Re: "]), hn()]
    if R.random() < 0.5:
        out += [R.choice([" and ", "; ", " / "]), hn()]
    return "chat", "en", out


@tpl(5)
def t_name_words2():
    return "chat", "en", [N(R.choice(NAMEWORDS), "name_word")]


@tpl(14)
def t_clean2():
    return "chat", R.choice(["en", "de", "fr", "es", "it", "nl", "pt"]), [R.choice(CLEAN2)]


def generate():
    recs = []
    w = [a for a, _ in T]
    f = [b for _, b in T]
    while len(recs) < TARGET:
        form, lang, parts = R.choices(f, w)[0]()
        recs.append(C.build("heldout-%05d" % (len(recs) + 1), form, lang, parts))
    return recs


def main():
    if "--check" not in sys.argv:
        C.write_jsonl(OUT, generate())
    n = clean = 0
    types = {}
    with open(OUT, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            C.check_record(r)
            n += 1
            clean += not r["spans"]
            for s in r["spans"]:
                types[s["type"]] = types.get(s["type"], 0) + 1
                if s["type"] == "card":
                    assert C.luhn_ok("".join(c for c in s["value"] if c.isdigit()))
                if s["type"] == "iban":
                    v = "".join(c for c in s["value"] if c.isalnum())
                    assert C.iban_mod97(v) == 1 and len(v) == C.IBAN_LEN[v[:2]]
    print("%s: %d lines, %d clean, labels: %s" % (os.path.relpath(OUT), n, clean, ", ".join("%s %d" % kv for kv in sorted(types.items()))))


if __name__ == "__main__":
    main()
