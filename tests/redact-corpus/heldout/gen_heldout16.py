#!/usr/bin/python3
"""Held-out part 16 of the redaction corpus (heldout16.jsonl).

Written by a fourteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-15 hold),
lines 1-60 of gen_heldout15.py (header and constants) and its function
`pv_check` (grep -A12), and, outside the repository, the 25-line source of
the phone validator /tmp/pv/pv.cc; not the redactor, its docs, its tests,
the other generators or any .jsonl data file. It ran no project binary, no
make, no cmake/ctest and no git command.
Started 22:59:20 UTC, ended 23:14:08 UTC on 2026-12-02 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 15's header.

Theme: THE CONVERSATION ITSELF. Not the documents people paste (part 15)
but what they TYPE to an AI assistant in running prose, and what they paste
in the middle of a request: "can you write a reply to my landlord ...",
"my son was born ... and the school wants ...", "help me dispute a charge on
my card ...", "why won't my ssh key work, here's my config", "fill this form
for me with: ...", multi-turn transcripts in which the assistant repeats
the data, third parties by given name or title + surname, debugging with
pasted .env/code/logs. English about half (US, UK, Indian, Australian,
Irish, Nigerian), then de, fr, es, it, nl, pt (PT/BR), pl, tr, sv, da, no.
Every name, street, company, frame sentence and template here was written
by hand for this part. Deterministic (seed 160716).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout16.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout16.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout16.py --stats   # counts
"""
import ipaddress
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
                       iban_mod97, iban_random, IBAN_LEN, group,
                       ssn_random, ssn_valid, itin_random, nino_random, NINO_BAD_PREFIX,
                       nhs_random, nhs_ok, steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, MONTHS, card_random, card_grouping,
                       split_groups, PLANS, secret_random, rnd, ALNUM, digits, nz)

SEED = 160716
OUT = os.path.join(HERE, "heldout16.jsonl")
PREFIX = "heldout-p-"
NREC = 800
NCLEAN = 200
KEEP = 2
MAXT = 20
POOL = 30
TARGET = {"person": 1230, "phone": 470, "email": 390, "address": 330, "secret": 295,
          "dob": 228, "gov_id": 180, "ip": 107, "iban": 63, "card": 53}
EN_SHARE = 0.42


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- frames

_PH = re.compile(r"⟨(\w+)⟩")


def fill(frame, **V):
    """A frame with ⟨key⟩ placeholders -> parts (strings, L, N)."""
    out = []
    for i, piece in enumerate(_PH.split(frame)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(V[piece])
    return out


def ch(R, xs):
    return R.choice(xs)


def P(v, c="en"):
    return L("person", v, sub=c)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = s.replace("æ", "ae").replace("å", "a").replace("'", "").replace("’", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- names (written for this part)

NAMES = {
    "uk": (["Rowan", "Callum", "Tobias", "Ewan", "Rupert", "Alfie", "Jasper", "Barnaby", "Digby", "Hamish"],
           ["Harriet", "Imogen", "Felicity", "Martha", "Phoebe", "Isla", "Tamsin", "Clemency", "Verity", "Bryony"],
           ["Pennington", "Whitlock", "Hargreaves", "Featherstone", "Caldwell", "Ashdown", "Brindley", "Lockwood",
            "Thistlewood", "Kershaw", "Pryce", "Ellery", "Gaskell", "Rowntree-Hale", "Munro", "Pilkington"]),
    "us": (["Brandon", "Tyler", "Marcus", "Cody", "Trevor", "Dustin", "Garrett", "Colton", "Darnell", "Wesley"],
           ["Kayla", "Destiny", "Brittany", "Shelby", "Alexis", "Kelsey", "Tiffany", "Jolene", "Marisol", "Latoya"],
           ["Delgado", "Whitaker", "Hollis", "McAllister", "Tran", "Castellano", "Burrows", "Pruitt",
            "Vukovich", "Szabo", "Henley", "Okoye", "Lindahl", "Ramirez-Cole", "Abernathy", "Kaminski"]),
    "ie": (["Cian", "Oisín", "Eoin", "Darragh", "Tadhg", "Ruairí"],
           ["Aoife", "Saoirse", "Ciara", "Róisín", "Caoimhe", "Sorcha"],
           ["Moriarty", "Flanagan", "Dunne", "Cullinane", "Mac Giolla Rua", "O'Halloran", "Twomey", "Kinsella"]),
    "au": (["Lachlan", "Jarrah", "Hudson", "Flynn", "Angus", "Koby"],
           ["Matilda", "Kirra", "Mackenzie", "Tahlia", "Indi", "Willow"],
           ["Treloar", "Hoskins", "Pickering", "Beaumont", "Dawkins", "Tregenza", "Mulvaney", "Pappas"]),
    "ng": (["Oluwaseun", "Emeka", "Tunde", "Ikenna", "Chinedu", "Babatunde", "Obinna"],
           ["Chidinma", "Ngozi", "Folake", "Yetunde", "Adaeze", "Funmilayo", "Ifeoma"],
           ["Adebayo", "Nwachukwu", "Okoro", "Ogundipe", "Eze", "Adeyemi", "Oyelaran", "Chukwuemeka", "Afolabi", "Onyekachi"]),
    "in": (["Aarav", "Siddharth", "Raghav", "Imran", "Harpreet", "Vikrant", "Tanmay", "Keshav"],
           ["Priyanka", "Meenakshi", "Zoya", "Ananya", "Kavya", "Lavanya", "Shruti", "Nandini"],
           ["Raghunathan", "Bhattacharya", "Kulkarni", "Sethi", "Chaudhary", "Iyengar", "Qureshi", "Deshpande",
            "Menon", "Banerjee", "Hegde", "Ahluwalia"]),
    "de": (["Jannik", "Torsten", "Malte", "Lennart", "Ole", "Jörg-Peter", "Henning", "Till", "Fynn", "Kai-Uwe"],
           ["Frauke", "Wiebke", "Annegret", "Svenja", "Hannelore", "Dörte", "Merle", "Rieke", "Gesine", "Silke"],
           ["Hinrichsen", "Brüggemann", "Kettler", "Oberländer", "Staudinger", "Wöhrle", "Pfisterer", "Janßen",
            "Lüdecke", "Niederhuber", "Kaczmarek", "Demirtaş", "zu Eltz-Rübenach", "Hollmann", "Tietjen"]),
    "fr": (["Gwenaël", "Thibault", "Corentin", "Baptiste", "Maxence", "Anatole", "Loïc", "Yanis"],
           ["Maëlle", "Solène", "Anaïs", "Ségolène", "Clémence", "Lou-Anne", "Apolline", "Océane"],
           ["Kerbrat", "Morvan", "Lefebvre-Dumas", "Rouxel", "Chauvin", "Delahaye", "Brossard", "Le Bihan",
            "Fauconnier", "Abdelli", "Quéméner", "du Plessis-Ravel"]),
    "es": (["Íker", "Unai", "Gonzalo", "Álvaro", "Joaquín", "Borja", "Aitor", "Ramiro"],
           ["Itziar", "Nerea", "Rocío", "Ainhoa", "Maite", "Almudena", "Begoña", "Triana"],
           ["Echeverría", "Ibarra", "Castaño", "Pereda", "Robles", "Quintana", "Sáez", "Montero", "Arrieta", "Goñi",
            "Villalba", "Cordero", "Zamora", "Lluch", "Peñalver", "de la Serna"]),
    "it": (["Gianmarco", "Tommaso", "Edoardo", "Pierluigi", "Samuele", "Ettore", "Nicolò"],
           ["Ludovica", "Benedetta", "Ilaria", "Ginevra", "Michela", "Arianna", "Noemi"],
           ["Bertolazzi", "Zanchetta", "Scaramuzza", "Ferraresi", "Lo Iacono", "Carbonara", "Pagnotta",
            "Brambilla", "Cusumano", "Dell'Orto", "Mazzoleni"]),
    "nl": (["Joost", "Thijs", "Bram", "Wouter", "Sjoerd", "Jelle", "Stijn"],
           ["Sanne", "Femke", "Marloes", "Ilse", "Noor", "Guusje", "Lieke"],
           ["van Beusekom", "Kuipers", "Hoogendijk", "de Ruijter", "Verbeek", "Timmermans", "van 't Hul",
            "Brouwers", "ter Horst", "Oosterhuis"]),
    "pt": (["Gonçalo", "Duarte", "Tiago", "Rodrigo", "Afonso", "Salvador"],
           ["Inês", "Matilde", "Leonor", "Beatriz", "Carolina", "Mafalda"],
           ["Magalhães", "Sequeira", "Antunes Rebelo", "Quintela", "Carvalho Pinto", "Vasconcelos", "Teixeira Mota", "Brandão"]),
    "br": (["Thiago", "Gustavo", "Caio", "Renan", "Vinícius", "Rafael", "Otávio"],
           ["Larissa", "Yasmin", "Bianca", "Letícia", "Thaís", "Jéssica", "Camila"],
           ["Nogueira Prado", "Barbosa de Lima", "Cavalcanti", "Rezende", "Tavares do Couto", "Siqueira",
            "Pimentel", "Bezerra da Rocha", "Furtado"]),
    "pl": (["Szymon", "Bartosz", "Wojciech", "Mikołaj", "Kacper", "Dariusz"],
           ["Zofia", "Agnieszka", "Małgorzata", "Karolina", "Weronika", "Joanna"],
           ["Wiśniewski", "Zieliński", "Grabowski", "Pawlak", "Sikora", "Jabłoński", "Kaczor", "Dąbrowski", "Wróbel"]),
    "tr": (["Burak", "Emre", "Kaan", "Oğuz", "Cem", "Tolga", "Serkan"],
           ["Ece", "Zeynep", "Elif", "Selin", "Büşra", "Gizem", "Pınar"],
           ["Aydoğan", "Kocaman", "Şahin", "Erdem", "Yavuz", "Karakaya", "Özkan", "Gündoğdu", "Çelik"]),
    "sv": (["Oskar", "Hugo", "Viktor", "Albin", "Linus"],
           ["Linnea", "Ebba", "Astrid", "Saga", "Elsa"],
           ["Sundqvist", "Holmberg", "Ekström", "Nyberg", "Wallin", "Hedlund"]),
    "da": (["Mads", "Rasmus", "Magnus", "Frederik", "Jonas"],
           ["Freja", "Ida", "Sofie", "Karoline", "Mathilde"],
           ["Kjærgaard", "Thomsen", "Vestergaard", "Dalsgaard", "Holst"]),
    "no": (["Sindre", "Eirik", "Håkon", "Vegard", "Torbjørn"],
           ["Ingrid", "Sigrid", "Tuva", "Marit", "Synnøve"],
           ["Haugland", "Solberg", "Bakken", "Røed", "Fossum"]),
}


class Person:
    def __init__(self, R, c, female=None):
        m, f, fam = NAMES[c]
        self.c = c
        self.female = R.random() < 0.5 if female is None else female
        self.g = ch(R, f if self.female else m)
        if c == "es":
            a = ch(R, fam)
            b = ch(R, [x for x in fam if x != a])
            self.f = a + " " + b
        elif c == "pl":
            s = ch(R, fam)
            if self.female and s.endswith("ski"):
                s = s[:-1] + "a"
            self.f = s
        else:
            self.f = ch(R, fam)
        self.full = self.g + " " + self.f
        # family name as it stands after a title ("Mr van Beusekom" -> "van Beusekom")
        self.sur = self.f.split(" ")[0] if c == "es" else self.f

    def caps(self):
        return self.full.upper()


def people(R, c, n):
    out, seen = [], set()
    while len(out) < n:
        p = Person(R, c)
        if p.g in seen or p.f in seen or any(w in seen for w in p.f.split()):
            continue
        seen.add(p.g)
        seen.update(p.f.split())
        seen.add(p.f)
        out.append(p)
    return out


# ---------------------------------------------------------------- e-mail

PROVIDERS = {
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "ie": ["gmail.com", "eircom.net", "outlook.ie"], "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "ng": ["gmail.com", "yahoo.com"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"], "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "br": ["uol.com.br", "gmail.com", "bol.com.br", "hotmail.com"], "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"], "sv": ["telia.com", "gmail.com", "hotmail.se"],
    "da": ["gmail.com", "mail.dk", "hotmail.dk"], "no": ["online.no", "gmail.com", "hotmail.no"],
}


def email(R, p, domain=None):
    g = ascii_fold(p.g).lower().replace("-", "")
    f = ascii_fold(p.f).lower().replace(" ", "").replace("-", "")
    local = ch(R, [g + "." + f, g[0] + f, g + f[:4] + str(R.randint(1, 99)), f + "." + g, g + "_" + f,
                   g + str(R.randint(70, 2005))])
    return L("email", local + "@" + (domain or ch(R, PROVIDERS[p.c])), sub="work" if domain else "personal")


# ---------------------------------------------------------------- phones

EXTRA_PLANS = {
    "TR": (90, "0", lambda R: "5" + ch(R, ["30", "32", "33", "35", "36", "42", "43", "44", "45", "46", "52", "53", "54", "55"]) + digits(R, 7)),
    "DK": (45, "", lambda R: ch(R, ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81"]) + digits(R, 6)),
    "NO": (47, "", lambda R: ch(R, "49") + digits(R, 7)),
    "NG": (234, "0", lambda R: ch(R, ["803", "806", "813", "816", "703", "706", "810", "814", "903", "906", "802", "808", "812", "701", "708", "805", "807", "815"]) + digits(R, 7)),
}
CULT_REGION = {"uk": "GB", "us": "US", "ie": "IE", "au": "AU", "ng": "NG", "in": "IN", "de": "DE", "fr": "FR",
               "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "br": "BR", "pl": "PL", "tr": "TR", "sv": "SE",
               "da": "DK", "no": "NO"}


def _nsn(R, region):
    if region in EXTRA_PLANS:
        cc, trunk, f = EXTRA_PLANS[region]
        return cc, trunk, "mobile", f(R)
    cc, trunk, kinds = PLANS[region]
    kind = ch(R, [k for k in sorted(kinds) if k != "fiction"])
    return cc, trunk, kind, kinds[kind](R)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def phone(R, region, intl=None, plan=None):
    """A phone number as people type it in running text in `region`'s
    conventions (plan: the number belongs to another country)."""
    num_region = plan or region
    cc, trunk, kind, n = _nsn(R, num_region)
    if intl is None:
        intl = plan is not None or R.random() < 0.3
    r = num_region
    if r in ("US", "CA"):
        a, e, l4 = n[:3], n[3:6], n[6:]
        v = ch(R, ["(%s) %s-%s" % (a, e, l4), "%s-%s-%s" % (a, e, l4), "%s.%s.%s" % (a, e, l4),
                   "%s %s %s" % (a, e, l4), "1-%s-%s-%s" % (a, e, l4), a + e + l4])
        if intl:
            v = ch(R, ["+1 %s %s %s" % (a, e, l4), "+1 (%s) %s-%s" % (a, e, l4), "+1-%s-%s-%s" % (a, e, l4)])
    elif r == "GB":
        if n.startswith("7"):
            nat = ch(R, ["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "0" + n])
            it = ch(R, ["+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]), "+44" + n])
        elif n.startswith("20"):
            nat = ch(R, ["020 %s %s" % (n[2:6], n[6:]), "(020) %s %s" % (n[2:6], n[6:])])
            it = "+44 20 %s %s" % (n[2:6], n[6:])
        else:
            nat = ch(R, ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s" % (n[:3], n[3:])])
            it = "+44 %s %s %s" % (n[:3], n[3:6], n[6:])
        v = it if intl else nat
    elif r == "DE":
        if n[0] == "1":
            a, rest = n[:3], n[3:]
        elif n.startswith("30") or n.startswith("40") or n.startswith("89") or n.startswith("69"):
            a, rest = n[:2], n[2:]
        else:
            a, rest = n[:3], n[3:]
        nat = ch(R, ["0%s %s" % (a, rest), "0%s/%s" % (a, rest), "0%s-%s" % (a, rest), "0%s %s %s" % (a, rest[:3], rest[3:]), "0" + n])
        it = ch(R, ["+49 %s %s" % (a, rest), "+49 (0)%s %s" % (a, rest), "0049 %s %s" % (a, rest), "+49" + n])
        v = it if intl else nat
    elif r == "FR":
        p = [n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]
        nat = ch(R, [" ", ".", "", "-"]).join(["0" + p[0]] + p[1:])
        it = ch(R, ["+33 " + " ".join(p), "+33 (0)" + " ".join(p), "0033 " + " ".join(p)])
        v = it if intl else nat
    elif r == "ES":
        nat = ch(R, [_grp(n, [3, 2, 2, 2]), _grp(n, [3, 3, 3]), n])
        v = ch(R, ["+34 ", "0034 ", "+34"]) + nat if intl else nat
    elif r == "IT":
        if n[0] == "3":
            nat = ch(R, [_grp(n, [3, 3, 4]), _grp(n, [3, 7]), n])
        else:
            nat = ch(R, [_grp(n, [2, 4, 4]), _grp(n, [2, 8])])
        v = ch(R, ["+39 ", "0039 "]) + nat if intl else nat
    elif r == "NL":
        if n[0] == "6":
            nat = ch(R, ["06-" + n[1:], "06 " + n[1:], "06 " + _grp(n[1:], [2, 2, 2, 2])])
            it = ch(R, ["+31 6 " + n[1:], "+31 (0)6 " + n[1:], "+31 6 " + _grp(n[1:], [2, 2, 2, 2])])
        else:
            nat = "0%s %s %s" % (n[:2], n[2:5], n[5:])
            it = "+31 %s %s %s" % (n[:2], n[2:5], n[5:])
        v = it if intl else nat
    elif r == "PT":
        nat = ch(R, [_grp(n, [3, 3, 3]), n])
        v = ("+351 " + nat) if intl else nat
    elif r == "BR":
        a, rest = n[:2], n[2:]
        nat = ch(R, ["(%s) %s-%s" % (a, rest[:-4], rest[-4:]), "%s %s-%s" % (a, rest[:-4], rest[-4:]),
                     "(%s) %s%s" % (a, rest[:-4], rest[-4:]), "0%s %s-%s" % (a, rest[:-4], rest[-4:])])
        it = "+55 %s %s-%s" % (a, rest[:-4], rest[-4:])
        v = it if intl else nat
    elif r == "PL":
        nat = ch(R, [_grp(n, [3, 3, 3]), _grp(n, [3, 3, 3], "-"), n])
        if n.startswith("22"):
            nat = ch(R, ["22 %s %s %s" % (n[2:5], n[5:7], n[7:]), "(22) %s-%s-%s" % (n[2:5], n[5:7], n[7:])])
        v = ("+48 " + nat) if intl else nat
    elif r == "IN":
        nat = ch(R, ["%s %s" % (n[:5], n[5:]), n, "0" + n, "%s-%s" % (n[:5], n[5:])])
        it = ch(R, ["+91 %s %s" % (n[:5], n[5:]), "+91-" + n, "+91 " + n, "+91" + n])
        v = it if intl else nat
    elif r == "IE":
        nat = "0%s %s %s" % (n[:2], n[2:5], n[5:])
        it = "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
        v = it if intl else nat
    elif r == "AU":
        nat = ch(R, ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0" + n])
        it = "+61 %s %s %s" % (n[:3], n[3:6], n[6:])
        v = it if intl else nat
    elif r == "SE":
        nat = ch(R, ["0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "0" + n])
        it = "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        v = it if intl else nat
    elif r == "TR":
        nat = ch(R, ["0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s" % (n[:3], n[3:]), "0" + n])
        it = "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
        v = it if intl else nat
    elif r == "DK":
        nat = ch(R, [_grp(n, [2, 2, 2, 2]), _grp(n, [4, 4]), n])
        v = ("+45 " + nat) if intl else nat
    elif r == "NO":
        nat = ch(R, [_grp(n, [3, 2, 3]), _grp(n, [2, 2, 2, 2]), n])
        v = ("+47 " + nat) if intl else nat
    elif r == "NG":
        nat = ch(R, ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0" + n])
        it = ch(R, ["+234 %s %s %s" % (n[:3], n[3:6], n[6:]), "+234" + n])
        v = it if intl else nat
    else:
        raise KeyError(r)
    meta = {"sub": kind, "region": region}
    if plan:
        meta["plan"] = plan
    return L("phone", v, **meta)


def ph(R, p):
    return phone(R, CULT_REGION[p.c])


# ---------------------------------------------------------------- addresses (streets, towns written for this part)

ST = {
    "uk": (["Thistlebank Road", "Coppergate Lane", "Ravensworth Terrace", "Heathfield Crescent", "Millstream Close",
            "Larkhill Avenue", "Quarry Bank Drive", "Sandpiper Way", "Orchard Mews", "Foxglove Gardens"],
           [("Leeds", "LS6 2QP"), ("Norwich", "NR3 1HG"), ("Bristol", "BS7 8EW"), ("Sheffield", "S11 9PA"),
            ("Exeter", "EX4 6NT"), ("Stockport", "SK4 3DL"), ("Reading", "RG1 5JX"), ("Glasgow", "G12 8RW")]),
    "us": (["Larkspur Ct", "Willow Bend Dr", "Cottonwood Ave", "N Ridgecrest Blvd", "Hollyhock Ln", "E Pecan St",
            "Stonebridge Rd", "Fairhaven Pl", "Quail Hollow Dr", "Birchwood Ter"],
           [("Boise", "ID", "83704"), ("Tulsa", "OK", "74105"), ("Raleigh", "NC", "27609"), ("Eugene", "OR", "97405"),
            ("Columbus", "OH", "43214"), ("Sarasota", "FL", "34231"), ("Ann Arbor", "MI", "48104"), ("Tempe", "AZ", "85281")]),
    "ie": (["Ashgrove Lawn", "Cherryfield Park", "Glenview Heights", "Riverside Walk", "Hazelbrook Court"],
           [("Ballincollig, Co. Cork", "P31 K7W2"), ("Drumcondra, Dublin 9", "D09 X4Y6"), ("Salthill, Galway", "H91 T2CR"),
            ("Naas, Co. Kildare", "W91 E8P3")]),
    "au": (["Wattle Grove", "Banksia Street", "Kookaburra Crescent", "Bottlebrush Drive", "Jacaranda Avenue"],
           [("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"), ("Marrickville", "NSW", "2204"), ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045")]),
    "ng": (["Agbeke Close", "Palm Grove Estate Road", "Bourdillon Court Road", "Ilupeju Bypass", "Ogunlana Drive", "Akinola Cole Crescent"],
           [("Ikeja, Lagos", ""), ("Surulere, Lagos", ""), ("Lekki Phase 1, Lagos", ""), ("Wuse II, Abuja", ""), ("Bodija, Ibadan", "")]),
    "in": ([("6th Cross, HSR Layout", "Bengaluru", "Karnataka", "560102"), ("4th Main, Malleswaram", "Bengaluru", "Karnataka", "560003"),
            ("Lokhandwala Complex, Andheri West", "Mumbai", "Maharashtra", "400053"), ("Hill Road, Bandra West", "Mumbai", "Maharashtra", "400050"),
            ("Sector 21, Dwarka", "New Delhi", "Delhi", "110075"), ("Kalyani Nagar", "Pune", "Maharashtra", "411006"),
            ("Anna Salai, Teynampet", "Chennai", "Tamil Nadu", "600018"), ("Road No. 12, Banjara Hills", "Hyderabad", "Telangana", "500034")],
           []),
    "de": (["Hagebuttenweg", "Kastanienallee", "Am Mühlbach", "Lindenstraße", "Uhlandstraße", "Im Kirschgarten",
            "Brunnenstraße", "Heidkamp", "Zum Sportplatz", "Wiesenring"],
           [("34119", "Kassel"), ("28203", "Bremen"), ("79098", "Freiburg im Breisgau"), ("04275", "Leipzig"),
            ("90419", "Nürnberg"), ("24105", "Kiel"), ("48143", "Münster"), ("65185", "Wiesbaden")]),
    "fr": (["rue des Tanneurs", "allée des Tilleuls", "impasse du Moulin", "avenue des Acacias", "rue de la Fonderie",
            "chemin des Vignes", "boulevard des Canuts", "place du Marché-Couvert"],
           [("67000", "Strasbourg"), ("35000", "Rennes"), ("69004", "Lyon"), ("44000", "Nantes"), ("31400", "Toulouse"),
            ("59800", "Lille"), ("13006", "Marseille")]),
    "es": (["Calle de los Almendros", "Avenida del Puerto", "Calle Alfarería", "Plaza de la Merced", "Calle Tejedores",
            "Paseo de las Acacias", "Calle del Olivar"],
           [("46005", "Valencia"), ("41003", "Sevilla"), ("50001", "Zaragoza"), ("29012", "Málaga"), ("48007", "Bilbao"),
            ("28045", "Madrid"), ("37002", "Salamanca")]),
    "it": (["Via dei Cordai", "Via delle Fornaci", "Viale dei Tigli", "Vicolo del Pozzo", "Via della Filanda",
            "Corso delle Mura", "Via dei Mulini"],
           [("40125", "Bologna", "BO"), ("10128", "Torino", "TO"), ("20137", "Milano", "MI"), ("37121", "Verona", "VR"),
            ("80134", "Napoli", "NA"), ("90133", "Palermo", "PA"), ("35122", "Padova", "PD")]),
    "nl": (["Hoefsmidstraat", "Lijnbaanstraat", "Kastanjelaan", "Molenwerf", "Bloemgracht", "Zuiderdiep", "Ketelboetersweg"],
           [("3512 KJ", "Utrecht"), ("9711 LM", "Groningen"), ("2311 VB", "Leiden"), ("5611 HX", "Eindhoven"),
            ("6811 DR", "Arnhem"), ("1016 NB", "Amsterdam")]),
    "pt": (["Rua das Amoreiras", "Travessa do Forno", "Rua dos Bacalhoeiros", "Avenida da Boavista", "Rua da Alegria"],
           [("4000-321", "Porto"), ("1250-096", "Lisboa"), ("3000-214", "Coimbra"), ("4700-435", "Braga"), ("8000-159", "Faro")]),
    "br": (["Rua das Palmeiras", "Avenida dos Bandeirantes", "Rua Ipê Amarelo", "Rua do Sabiá", "Travessa das Hortênsias"],
           [("Jardim Botânico", "Curitiba", "PR", "80210-150"), ("Pinheiros", "São Paulo", "SP", "05422-010"),
            ("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Boa Viagem", "Recife", "PE", "51020-180"),
            ("Moinhos de Vento", "Porto Alegre", "RS", "90570-020")]),
    "pl": (["ul. Kasztanowa", "ul. Ogrodowa", "ul. Różana", "al. Lipowa", "ul. Kwiatowa", "ul. Jaśminowa"],
           [("31-424", "Kraków"), ("50-230", "Wrocław"), ("80-244", "Gdańsk"), ("60-567", "Poznań"), ("02-785", "Warszawa")]),
    "tr": (["Gül Sok.", "Menekşe Cad.", "Çınar Sok.", "Lale Sok.", "Papatya Cad."],
           [("Moda Mah.", "34710", "Kadıköy/İstanbul"), ("Alsancak Mah.", "35220", "Konak/İzmir"),
            ("Bahçelievler Mah.", "06490", "Çankaya/Ankara"), ("Yalı Mah.", "07100", "Muratpaşa/Antalya")]),
    "sv": (["Lingonvägen", "Björkgatan", "Tallstigen", "Fiskargatan", "Ängsvägen"],
           [("413 18", "Göteborg"), ("753 20", "Uppsala"), ("211 42", "Malmö"), ("903 26", "Umeå")]),
    "da": (["Solsikkevej", "Bøgeallé", "Havnegade", "Kløvermarken", "Rosenvænget"],
           [("8000", "Aarhus C"), ("5000", "Odense C"), ("2200", "København N"), ("9000", "Aalborg")]),
    "no": (["Bjørkeveien", "Granstien", "Fjordgata", "Løvåsveien", "Nedre Bakklandet"],
           [("0577", "Oslo"), ("5003", "Bergen"), ("7013", "Trondheim"), ("4010", "Stavanger")]),
}


def street_line(R, c):
    s = ch(R, ST[c][0])
    n = R.randint(2, 148)
    if c in ("uk", "ie", "au", "ng", "us", "fr"):
        if c == "us":
            return "%d %s" % (R.randint(100, 9899), s)
        if c == "fr":
            return "%d%s %s" % (n, ch(R, ["", "", " bis", " ter"]), s)
        return "%d %s" % (n, s)
    if c == "in":
        return "Flat %d, %s, %s" % (R.randint(101, 1204), ch(R, ["Silver Oak Residency", "Sai Krupa Apartments", "Green Meadows", "Shanti Kunj", "Prestige Lakeview"]), s[0])
    if c == "br":
        return "%s, %d" % (s, n * 7)
    if c == "tr":
        return "%s No: %d" % (s, n)
    if c == "pt":
        return "%s, %d" % (s, n)
    if c == "es":
        return "%s, %d" % (s, n)
    if c == "it":
        return "%s %d" % (s, n) if R.random() < 0.5 else "%s, %d" % (s, n)
    return "%s %d" % (s, n)


def address(R, c, ml=False):
    if c == "in":
        loc = ch(R, ST["in"][0])
        sl = "%s %d, %s, %s" % (ch(R, ["Flat", "Flat No.", "House No."]), R.randint(101, 1204),
                                ch(R, ["Silver Oak Residency", "Sai Krupa Apartments", "Green Meadows", "Shanti Kunj", "Prestige Lakeview"]), loc[0])
        sep = "\n" if ml else ", "
        return sl + sep + ("%s, %s %s" % loc[1:] if R.random() < 0.5 else "%s - %s, %s" % (loc[1], loc[3], loc[2]))
    sl = street_line(R, c)
    town = ch(R, ST[c][1])
    sep = "\n" if ml else ", "
    if c == "uk":
        if R.random() < 0.3:
            sl = "Flat %d, %s" % (R.randint(1, 12), sl)
        return sl + sep + town[0] + (" " if not ml else "\n") + town[1]
    if c == "us":
        if R.random() < 0.3:
            sl += ch(R, [", Apt %d%s" % (R.randint(1, 9), ch(R, "ABCD")), " Unit %d" % R.randint(2, 40)])
        return sl + sep + "%s, %s %s" % town
    if c == "ie":
        return sl + sep + town[0] + sep + town[1]
    if c == "au":
        if R.random() < 0.3:
            sl = "%d/%s" % (R.randint(1, 14), sl)
        return sl + sep + "%s %s %s" % town
    if c == "ng":
        return sl + sep + town[0]
    if c in ("de", "fr", "nl", "da", "no", "sv"):
        if c == "de" and R.random() < 0.2:
            sl += ch(R, [", 2. OG", " (Hinterhaus)"])
        return sl + sep + "%s %s" % town
    if c == "es":
        sl += ch(R, [", %dº %s" % (R.randint(1, 8), ch(R, "ABCD")), ", bajo", ", %dº izq." % R.randint(1, 6), ""])
        return sl + sep + "%s %s" % town
    if c == "it":
        return sl + sep + "%s %s (%s)" % town
    if c == "pt":
        sl += ch(R, [", %dº Esq." % R.randint(1, 6), ", %dº Dto." % R.randint(1, 6), ""])
        return sl + sep + "%s %s" % town
    if c == "br":
        sl += ch(R, [", apto %d" % R.randint(11, 182), "", ", casa %d" % R.randint(1, 4)])
        return sl + " - " + town[0] + sep + "%s - %s" % (town[1], town[2]) + (", " if not ml else "\n") + town[3]
    if c == "pl":
        sl += ch(R, [" m. %d" % R.randint(1, 40), "/%d" % R.randint(1, 40), ""])
        return sl + sep + "%s %s" % town
    if c == "tr":
        sl += ch(R, [" D: %d" % R.randint(1, 12), " Daire %d" % R.randint(1, 12)])
        return "%s, %s" % (town[0], sl) + sep + "%s %s" % (town[1], town[2])
    raise KeyError(c)


def A(R, c, ml=False):
    return L("address", address(R, c, ml), sub=c)


def AS(R, c):
    return L("address", street_line(R, c), sub=c + "_street")


# ---------------------------------------------------------------- dates

MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
MON["da"] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
MON["no"] = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]


def bdate(R, lo=1948, hi=2004):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def fmt_date(R, lang, y, m, d):
    M = MON.get(lang, MON["en"])
    if lang == "us":
        return ch(R, ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MON["en"][m - 1], d, y),
                      "%s %d %d" % (MON["en"][m - 1][:3], d, y), "%d-%02d-%02d" % (y, m, d)])
    if lang in ("en", "uk", "ie", "au", "ng", "in"):
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return ch(R, ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MON["en"][m - 1], y),
                      "%d%s %s %d" % (d, sfx, MON["en"][m - 1], y), "%d-%s-%d" % (d, MON["en"][m - 1][:3], y),
                      "%02d-%02d-%d" % (d, m, y)])
    if lang == "de":
        return ch(R, ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, M[m - 1], y)])
    if lang in ("fr", "es", "it", "pt", "br"):
        Mx = MON["pt"] if lang == "br" else M
        word = {"fr": "%d %s %d" % (d, Mx[m - 1], y), "it": "%d %s %d" % (d, Mx[m - 1], y),
                "es": "%d de %s de %d" % (d, Mx[m - 1], y), "pt": "%d de %s de %d" % (d, Mx[m - 1], y),
                "br": "%d de %s de %d" % (d, Mx[m - 1], y)}[lang]
        return ch(R, ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), word])
    if lang == "nl":
        return ch(R, ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y)])
    if lang == "pl":
        return ch(R, ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y), "%d %s %d r." % (d, M[m - 1], y)])
    if lang == "tr":
        return ch(R, ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M[m - 1], y), "%02d/%02d/%d" % (d, m, y)])
    if lang == "sv":
        return ch(R, ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, M[m - 1], y)])
    if lang in ("da", "no"):
        return ch(R, ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, M[m - 1], y), "%02d-%02d-%d" % (d, m, y)])
    raise KeyError(lang)


def DOB(R, lang, y=None, m=None, d=None, lo=1948, hi=2004):
    if y is None:
        y, m, d = bdate(R, lo, hi)
    return L("dob", fmt_date(R, lang, y, m, d), sub=lang)


def other_date(R, lang, y=None):
    """A date that is not a birth date (appointments, charges, deadlines)."""
    return fmt_date(R, lang, y or ch(R, [2025, 2026]), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- gov ids

def pesel_make(y, m, d, female, R):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def pnr_make(y, m, d, R):
    body = "%02d%02d%02d" % (y % 100, m, d) + digits(R, 3)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body[:6] + ch(R, ["-", "-", ""]) + body[6:] + c


def pnr_ok(s):
    return luhn_ok(s.replace("-", "")[-10:])


def nif_pt_make(R):
    b = ch(R, "12") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def fnr_make(y, m, d, R):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        ind = ("%03d" % R.randint(0, 499)) if y < 2000 else ("%03d" % R.randint(500, 999))
        b = "%02d%02d%02d" % (d, m, y % 100) + ind
        k1 = 11 - sum(int(c) * w for c, w in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(b, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def fnr_ok(s):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(c) * w for c, w in zip(s, w1)) % 11
    k2 = 11 - sum(int(c) * w for c, w in zip(s, w2)) % 11
    return len(s) == 11 and (0 if k1 == 11 else k1) == int(s[9]) and (0 if k2 == 11 else k2) == int(s[10])


BELFIORE = {"Bologna": "A944", "Torino": "L219", "Milano": "F205", "Verona": "L781", "Napoli": "F839",
            "Palermo": "G273", "Padova": "G224", "Roma": "H501"}


def G(v, sub):
    return L("gov_id", v, sub=sub)


def ssn(R, dashed=True):
    a, g, s = ssn_random(R)
    return G("%s-%s-%s" % (a, g, s) if dashed else a + g + s, "us_ssn")


def nino(R):
    p, d, s = nino_random(R)
    return G(ch(R, ["%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), p + d + s]), "uk_nino")


def nhs(R):
    s = nhs_random(R)
    return G(ch(R, ["%s %s %s" % (s[:3], s[3:6], s[6:]), s]), "uk_nhs")


def steuer(R):
    s = steuerid_random(R)
    return G(ch(R, [s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuerid")


def nir(R, female, y, m):
    body, key = nir_random(R, sex="2" if female else "1", yy=y % 100, mm=m)
    v = ch(R, [body + key, "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)])
    return G(v, "fr_nir")


def dni(R):
    n, l = dni_random(R)
    return G(ch(R, [n + l, n + "-" + l]), "es_dni")


def nie(R):
    p, n, l = nie_random(R)
    return G(ch(R, [p + n + l, "%s-%s-%s" % (p, n, l)]), "es_nie")


def cf(R, p, y, m, d, city):
    return G(cf_make(p.f, p.g, y % 100, m, d, p.female, BELFIORE[city]), "it_cf")


def bsn(R):
    s = bsn_random(R)
    return G(ch(R, [s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])]), "nl_bsn")


def aadhaar(R):
    s = aadhaar_random(R)
    return G(ch(R, ["%s %s %s" % (s[:4], s[4:8], s[8:]), s]), "in_aadhaar")


def pan(R, p):
    return G(pan_random(R, "P", ascii_fold(p.f)), "in_pan")


def cpf(R):
    s = cpf_random(R)
    return G(ch(R, ["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s]), "br_cpf")


def passport(R, kind):
    if kind == "uk":
        v = "%d%s" % (R.randint(1, 9), digits(R, 8))
    elif kind == "us":
        v = ch(R, [str(R.randint(1, 9)) + digits(R, 8), "A" + digits(R, 8)])
    elif kind == "in":
        v = ch(R, "JKLMNPRSTUVWZ") + str(R.randint(1, 9)) + digits(R, 6)
    elif kind == "ng":
        v = "B" + digits(R, 8)
    elif kind == "de":
        v = "C" + "".join(ch(R, "CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif kind == "fr":
        v = digits(R, 2) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 5)
    elif kind == "es":
        v = rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(R, 6)
    elif kind == "it":
        v = rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7)
    elif kind == "au":
        v = ch(R, ["PA", "PB", "N"]) + digits(R, 7)
    elif kind == "ie":
        v = rnd(R, "ABCDEFGHJKLMNPRTVWXYZ", 2) + digits(R, 7)
    else:
        raise KeyError(kind)
    return G(v, "passport_" + kind)


# ---------------------------------------------------------------- cards, ibans, ips, secrets

def card(R, issuer=None):
    issuer = issuer or ch(R, ["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "maestro", "discover"])
    n = card_random(R, issuer)
    g = card_grouping(len(n))
    sep = ch(R, [" ", " ", "-", "", " "])
    return L("card", sep.join(split_groups(n, g)) if sep else n, sub=issuer)


def iban(R, cc):
    s = iban_random(R, cc)
    v = ch(R, [group(s), group(s), s])
    return L("iban", v, sub=cc)


_RESERVED = [ipaddress.ip_network(n) for n in ("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                                                "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
                                                "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3")]


def ip_pub(R):
    while True:
        a = ipaddress.ip_address("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(2, 253)))
        if not any(a in n for n in _RESERVED):
            return L("ip", str(a), sub="v4_public")


def ip_priv(R):
    v = ch(R, ["192.168.%d.%d" % (R.choice([0, 1, 178, 2, 10]), R.randint(20, 250)),
               "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(5, 250)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(5, 250))])
    return L("ip", v, sub="v4_private")


def ip6(R):
    pfx = ch(R, ["2a02:8108", "2a01:c22", "2001:16b8", "2600:1700", "2a00:23c7", "2406:7400"])
    v = pfx + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    return L("ip", v, sub="v6")


def S(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


PW_WORDS = ["Tulpenfeld", "blueOtter", "Marmelade", "kingfisher", "Sonnenblume", "Paprika", "Zitronella", "Moonraker",
            "papillon", "Gatopardo", "Dolcevita", "Kokosnoot", "Girassol", "Pomarańcza", "Kaplumbağa", "Hjortron",
            "Lakrids", "Multebær", "seashell", "Jollof", "Chutney", "wombat", "Emerald"]


def pw(R):
    w = ch(R, PW_WORDS)
    v = ch(R, [w + ch(R, "!#$%*_.") + str(R.randint(10, 2025)), w.lower() + str(R.randint(100, 9999)),
               w + "-" + ch(R, PW_WORDS).lower() + "-" + str(R.randint(1, 99)), w[:1].upper() + w[1:] + "@" + str(R.randint(1990, 2024))])
    return L("secret", v, sub="password")


# ---------------------------------------------------------------- templates

TPL = []
CLEAN = []


def tpl(f):
    TPL.append((f.__name__, f))
    return f


def ctpl(f):
    CLEAN.append((f.__name__, f))
    return f


def money(R, cur):
    v = R.randint(35, 2400) + ch(R, [0, 0, 0.5, 0.99, 0.25])
    if cur in "£$":
        return N(cur + ("%.2f" % v if v % 1 else "%d" % v), "amount")
    if cur == "€":
        return N(("%.2f" % v).replace(".", ",") + " €" if v % 1 else "%d €" % v, "amount")
    if cur == "₹":
        return N("₹%d" % (v * 40), "amount")
    return N("%d %s" % (v, cur), "amount")


EN_CULTS = ["uk", "uk", "us", "us", "us", "ie", "au", "ng", "uk", "us"]
CUR = {"uk": "£", "us": "$", "ie": "€", "au": "$", "ng": "₦", "in": "₹"}


def en_lang(c):
    return "in" if c == "in" else "en"


def cur_of(c):
    return CUR.get(c, "$")


def amt(R, c):
    s = cur_of(c)
    if s == "₦":
        return N("₦%s" % format(R.randint(20, 900) * 1000, ","), "amount")
    return money(R, s)


@tpl
def landlord_reply(R):
    c = ch(R, EN_CULTS)
    me, ll = people(R, c, 2)
    t = ch(R, ["Mr", "Mrs", "Ms", "Mr."])
    V = dict(ll=P(ll.sur, c), a=AS(R, c), amt=amt(R, c), ph=ph(R, me), em=email(R, me), me=P(me.g, c), mef=P(me.full, c), t=t)
    fr = ch(R, [
        "can you write a reply to my landlord ⟨t⟩ ⟨ll⟩, he says i owe him ⟨amt⟩ for the boiler at ⟨a⟩ but it was broken before i moved in. my number is ⟨ph⟩ if he wants to ring and my email is ⟨em⟩. keep it polite but firm, sign it ⟨me⟩",
        "I need to answer ⟨t⟩ ⟨ll⟩ (landlord) about the damp in the back bedroom at ⟨a⟩. He wants ⟨amt⟩ off the deposit which is not fair. Write something calm. My details: ⟨mef⟩, ⟨ph⟩, ⟨em⟩",
        "landlord (⟨t⟩ ⟨ll⟩) keeps texting me at 11pm about the bins at ⟨a⟩ 🙄 can u draft a msg asking him to only contact me by email (⟨em⟩) unless its urgent, then ⟨ph⟩. from ⟨me⟩",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def school_child_dob(R):
    c = ch(R, ["uk", "uk", "ie", "au", "us"])
    par, kid = people(R, c, 2)
    kid.f = par.f
    y, m, d = bdate(R, 2012, 2020)
    lang = "us" if c == "us" else c
    idv = nhs(R) if c == "uk" else None
    V = dict(k=P(kid.g, c), dob=DOB(R, lang, y, m, d), ph=ph(R, par), a=A(R, c), em=email(R, par), p=P(par.full, c),
             t=ch(R, ["Mrs", "Ms", "Mr"]), tea=P(Person(R, c).f, c))
    V["id"] = idv if idv else ""
    fr = ch(R, [
        "my daughter ⟨k⟩ was born ⟨dob⟩ and the school wants me to fill in the admission form online. it asks for her NHS number which is ⟨id⟩, my mobile ⟨ph⟩ and our address ⟨a⟩. what do i put under 'previous setting' if she was only with a childminder?" if idv else
        "my son ⟨k⟩ was born ⟨dob⟩ and the school wants proof of age before enrolment. we live at ⟨a⟩, my cell is ⟨ph⟩. what documents usually count?",
        "Write a short note to ⟨t⟩ ⟨tea⟩ (year 3 teacher) that ⟨k⟩ will be off Thursday and Friday for a family funeral. Sign as ⟨p⟩, contact ⟨ph⟩ or ⟨em⟩",
        "can you help me fill in the after-school club form: child name ⟨k⟩, date of birth ⟨dob⟩, parent ⟨p⟩, phone ⟨ph⟩, email ⟨em⟩, home address ⟨a⟩. allergies: none. just make it neat",
    ])
    if "NHS" not in fr:
        V["id"] = ""
    return "request", "en", fill(fr, **V)


@tpl
def card_dispute(R):
    c = ch(R, ["uk", "us", "us", "au", "ie", "in"])
    me = Person(R, c)
    merch = ch(R, ["a hotel in Lisbon", "some site called ZENTRIX*DIGITAL", "an Uber Eats order", "APPLE.COM/BILL", "a gym I cancelled",
                   "PAYPAL *GAMESTOP", "an airline I never flew with"])
    V = dict(cd=card(R), amt=amt(R, c), d=N(other_date(R, "us" if c == "us" else "en"), "date"), n=P(me.caps() if R.random() < 0.4 else me.full, c),
             ph=ph(R, me), m=merch, ref=N("REF " + digits(R, 10), "reference"), em=email(R, me))
    fr = ch(R, [
        "help me dispute a charge on my card ⟨cd⟩, it's ⟨amt⟩ from ⟨m⟩ on ⟨d⟩ that i never made. card is in the name ⟨n⟩. the bank gave me ⟨ref⟩. what should i say?",
        "Can you write a chargeback letter? Cardholder: ⟨n⟩. Card: ⟨cd⟩. Disputed amount ⟨amt⟩, merchant ⟨m⟩, posted ⟨d⟩. Contact ⟨ph⟩ / ⟨em⟩.",
        "i got charged twice ⟨amt⟩ by ⟨m⟩ 😡 card ⟨cd⟩ (⟨n⟩). do i call the bank first or the merchant? my phone is ⟨ph⟩ if that matters for the form",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def ssh_config(R):
    ip1 = ip_pub(R)
    ip1b = L("ip", ip1.value, sub=ip1.meta["sub"])
    user = ch(R, ["deploy", "ubuntu", "admin", "git", "ec2-user"])
    key = S(R, "pem")
    host = ch(R, ["prod-web", "staging", "pi", "vps", "backup-box"])
    port = ch(R, ["22", "2222", "2201"])
    fr = ch(R, [
        "why won't my ssh key work?? here's my config\n\n```\nHost ⟨h⟩\n    HostName ⟨ip⟩\n    User ⟨u⟩\n    Port ⟨p⟩\n    IdentityFile ~/.ssh/id_⟨h⟩\n```\n\nand `ssh -v ⟨h⟩` ends with:\n\n```\ndebug1: Connecting to ⟨ip2⟩ port ⟨p⟩.\ndebug1: Offering public key: /home/me/.ssh/id_⟨h⟩ RSA SHA256:⟨fp⟩\n⟨u⟩@⟨ip2⟩: Permission denied (publickey).\n```\n\nthis is the key file (throwaway, I'll rotate it after):\n\n⟨k⟩",
        "ssh keeps asking for a passphrase even though I made the key without one. Server is ⟨ip⟩ (user ⟨u⟩, port ⟨p⟩). Key below, is the format wrong?\n\n⟨k⟩\n\nssh log says: Load key \"/home/me/.ssh/id_⟨h⟩\": invalid format ... ⟨u⟩@⟨ip2⟩: Permission denied (publickey)",
    ])
    V = dict(h=host, ip=ip1, ip2=ip1b, u=user, p=port, k=key, fp=N(rnd(R, ALNUM + "+/", 43), "ssh_fingerprint"))
    return "code", "en", fill(fr, **V)


@tpl
def cover_letter_transcript(R):
    c = ch(R, ["uk", "us", "in", "ng", "ie", "au"])
    me = Person(R, c)
    comp = ch(R, ["Brightwater Logistics", "Kestrel Analytics", "Harbourline Insurance", "Northgate Pharma", "Tallyhouse Accounting",
                  "Bluefern Health", "Quillstone Media"])
    role = ch(R, ["junior data analyst", "customer success associate", "graduate accountant", "warehouse supervisor", "UX intern"])
    V = dict(n=P(me.full, c), n2=P(me.full, c), em=email(R, me), em2=None, ph=ph(R, me), ph2=None, c=comp, r=role,
             a=A(R, c), g=P(me.g, c), hm=P(Person(R, c).full, c))
    V["em2"] = L("email", V["em"].value, **V["em"].meta)
    V["ph2"] = L("phone", V["ph"].value, **V["ph"].meta)
    fr = ch(R, [
        "User: write a cover letter for me. name ⟨n⟩, ⟨em⟩, ⟨ph⟩, applying to ⟨c⟩ for ⟨r⟩. i have 2 yrs retail experience\nAssistant: Here's a draft:\n\nDear Hiring Manager,\n\nI am writing to apply for the ⟨r⟩ position at ⟨c⟩. ...\n\nKind regards,\n⟨n2⟩\n⟨em2⟩ | ⟨ph2⟩\nUser: good but make it shorter and address it to ⟨hm⟩, she's the recruiter",
        "User: Can you put my contact block at the top of the CV? ⟨n⟩, ⟨a⟩, ⟨ph⟩, ⟨em⟩\nAssistant: Sure:\n\n**⟨n2⟩**\n⟨ph2⟩ · ⟨em2⟩\n\nI left the full street address out; many recruiters only need the town. Want it back in?\nUser: no thats fine. now a cover letter for ⟨c⟩ (⟨r⟩) pls",
    ])
    return "transcript", en_lang(c), fill(fr, **V)


@tpl
def wifi_printer(R):
    c = ch(R, ["uk", "us", "au", "in", "ie"])
    ssid = ch(R, ["VM4471923", "BT-7QKX2C", "NETGEAR58", "TP-Link_5G_3F21", "SKY1F0A9", "JioFiber-4hT2", "eir89221"])
    V = dict(pw=pw(R), s=N(ssid, "ssid"), ip=ip_priv(R), model=N(ch(R, ["HP DeskJet 2720e", "Canon PIXMA TS5350i", "Brother HL-L2350DW", "Epson EcoTank ET-2850"]), "product"))
    fr = ch(R, [
        "my wifi password is ⟨pw⟩ but the printer won't connect, it's a ⟨model⟩. network is ⟨s⟩. the printer's config page says it got ⟨ip⟩ but my laptop can't find it",
        "printer (⟨model⟩) worked yesterday, today offline. wifi ⟨s⟩ / password ⟨pw⟩ typed 3 times. it prints a report saying IP ⟨ip⟩, status connected?? what do i try next",
        "How do I connect a ⟨model⟩ to wifi without the app? SSID ⟨s⟩ password ⟨pw⟩ (yes it has a capital letter). Last time it was on ⟨ip⟩.",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def us_tax(R):
    me, sp = people(R, "us", 2)
    y, m, d = bdate(R, 1960, 1998)
    V = dict(s=ssn(R, R.random() < 0.85), sp=P(sp.g, "us"), it=G("%s-%s-%s" % itin_random(R), "us_itin"), dob=DOB(R, "us", y, m, d),
             n=P(me.full, "us"), a=A(R, "us"), amt=money(R, "$"), k=P(Person(R, "us").g, "us"), ky=DOB(R, "us", lo=2010, hi=2021))
    fr = ch(R, [
        "I'm doing our taxes in FreeTaxUSA. My SSN is ⟨s⟩, my wife ⟨sp⟩ has an ITIN ⟨it⟩ — can we file jointly? I was born ⟨dob⟩ if the age thing matters for the standard deduction",
        "can you check this before I mail it: name ⟨n⟩, SSN ⟨s⟩, address ⟨a⟩, refund ⟨amt⟩. is it ok to write the SSN on the check memo line too?",
        "do i qualify for the child tax credit? dependent ⟨k⟩ born ⟨ky⟩, lives with me at ⟨a⟩. my SSN ⟨s⟩, filing head of household",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def visa_travel(R):
    c = ch(R, ["uk", "us", "in", "ng", "au", "ie"])
    me = Person(R, c)
    y, m, d = bdate(R, 1960, 2002)
    lang = "us" if c == "us" else c
    pk = {"uk": "uk", "us": "us", "in": "in", "ng": "ng", "au": "au", "ie": "ie"}[c]
    dest = ch(R, ["Japan", "Canada", "the Schengen area", "Vietnam", "Kenya", "Brazil", "Turkey"])
    V = dict(pp=passport(R, pk), pp2=None, nm=P(me.caps(), c), dob=DOB(R, lang, y, m, d), ex=N(other_date(R, lang, R.randint(2027, 2034)), "expiry_date"),
             d=dest, ph=ph(R, me), em=email(R, me))
    V["pp2"] = L("gov_id", V["pp"].value, **V["pp"].meta)
    fr = ch(R, [
        "im going to ⟨d⟩ next month, passport number ⟨pp⟩, expires ⟨ex⟩. name as in passport ⟨nm⟩, born ⟨dob⟩. do i need a visa or is it visa-free for 30 days?",
        "User: help me fill the e-visa for ⟨d⟩. passport ⟨pp⟩, surname+given ⟨nm⟩, DOB ⟨dob⟩, passport expiry ⟨ex⟩, phone ⟨ph⟩, email ⟨em⟩\nAssistant: Here is how the fields map:\n- Passport No.: ⟨pp2⟩\n- Date of expiry: check it is at least 6 months after your return.\nThe site is fussy about the name order, so copy it exactly as printed.",
    ])
    return ("transcript" if fr.startswith("User:") else "request"), en_lang(c), fill(fr, **V)


@tpl
def gp_reschedule(R):
    c = ch(R, ["uk", "uk", "ie", "au", "us", "in"])
    me, doc = people(R, c, 2)
    y, m, d = bdate(R, 1945, 2000)
    lang = "us" if c == "us" else c
    V = dict(doc=P(doc.sur, c), n=P(me.full, c), dob=DOB(R, lang, y, m, d), ph=ph(R, me), day=N(ch(R, ["Tuesday the 14th", "Monday", "next Wednesday", "the 3rd at 9.40"]), "appointment"),
             id=nhs(R) if c == "uk" else "")
    fr = ch(R, [
        "pls write a msg to Dr ⟨doc⟩'s receptionist to move my appointment on ⟨day⟩ — my name ⟨n⟩, date of birth ⟨dob⟩" + (", NHS no ⟨id⟩" if c == "uk" else "") + ", mob ⟨ph⟩. I can do any afternoon",
        "Can you make this sound less rude: 'i cant come to the appointment with Dr. ⟨doc⟩ on ⟨day⟩, give me another one. ⟨n⟩, DOB ⟨dob⟩, call ⟨ph⟩'",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def wedding_shuttle(R):
    c = ch(R, ["uk", "us", "ie", "au", "ng", "in"])
    gs = people(R, c, 4)
    V = dict(a1=AS(R, c), a2=AS(R, c), g1=P(gs[0].g, c), g2=P(gs[1].full, c), g3=P(gs[2].g, c), p2=ph(R, gs[1]), p3=ph(R, gs[2]),
             pl=N(ch(R, ["the Old Rectory", "Hallam Barn", "St Mary's", "the registry office", "Oakleigh Manor"]), "venue"),
             tm=N(ch(R, ["2:15", "13:30", "10.45am"]), "time"))
    fr = ch(R, [
        "help me turn this into a table for the wedding shuttle driver: pick up ⟨g1⟩ and her mum at ⟨a1⟩ at ⟨tm⟩, then ⟨g2⟩ (call ⟨p2⟩ when outside) from ⟨a2⟩, then straight to ⟨pl⟩. ⟨g3⟩ is making his own way but give the driver his number just in case ⟨p3⟩",
        "shuttle plan is a mess lol. ⟨g2⟩ ⟨p2⟩ needs collecting from ⟨a1⟩, ⟨g3⟩ ⟨p3⟩ from ⟨a2⟩, both by ⟨tm⟩ to get to ⟨pl⟩. and ⟨g1⟩ is riding with the bride. can you write the driver a clear message?",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def funeral_notice(R):
    c = ch(R, ["uk", "ie", "ng", "us", "au"])
    dec, aunt = people(R, c, 2)
    y, m, d = bdate(R, 1931, 1952)
    lang = "us" if c == "us" else c
    V = dict(dn=P(dec.full, c), g=P(dec.g, c), b=DOB(R, lang, y, m, d), a=A(R, c), au=P(aunt.g, c), ph=ph(R, aunt),
             ch_=N(ch(R, ["St Brigid's Church", "Holy Trinity", "the crematorium chapel", "Christ Apostolic Church"]), "venue"))
    fr = ch(R, [
        "can you help me write a short death notice for my grandad ⟨dn⟩ (born ⟨b⟩). service at ⟨ch_⟩ on Friday, family home is ⟨a⟩, for enquiries contact my aunt ⟨au⟩ on ⟨ph⟩. nothing too flowery, he'd have hated that",
        "My nan ⟨dn⟩ passed last night. Born ⟨b⟩. We need a message for the family WhatsApp saying the house at ⟨a⟩ is open from 6pm and to ring ⟨au⟩ (⟨ph⟩) with questions. Please keep it gentle. ⟨g⟩ loved sunflowers if that helps",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def neighbour_dispute(R):
    c = ch(R, ["uk", "us", "au", "ie", "ng"])
    me, nb = people(R, c, 2)
    V = dict(na=AS(R, c), nb=P(nb.sur, c), n=P(me.full, c), a=A(R, c, R.random() < 0.5), em=email(R, me), t=ch(R, ["Mr", "Mrs", "mr", "Ms"]),
             reg=N(ch(R, ["a silver Qashqai", "a white Transit van", "a red Corolla", "his boat trailer"]), "vehicle"))
    fr = ch(R, [
        "my neighbour ⟨t⟩ ⟨nb⟩ keeps parking ⟨reg⟩ across our drive. draft a firm but friendly letter I can put through his door. I'm ⟨n⟩\n⟨a⟩\nhe lives at ⟨na⟩ if you need it for the letter",
        "Draft a letter to the council about the hedge at ⟨na⟩ (owner ⟨t⟩ ⟨nb⟩), it blocks the light to our kitchen. From ⟨n⟩, ⟨a⟩, ⟨em⟩",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def insurance_claim_transcript(R):
    c = ch(R, ["uk", "us", "au", "ie"])
    me, other = people(R, c, 2)
    pol = N(ch(R, ["HHC", "MTR", "POL"]) + "-" + digits(R, 7), "policy_number")
    pol2 = N(pol.text, "policy_number")
    V = dict(n=P(me.full, c), n2=P(me.full, c), a=A(R, c), ph=ph(R, me), pol=pol, pol2=pol2, d=N(other_date(R, "us" if c == "us" else "en"), "date"),
             o=P(other.full, c), ph2=None, reg=N(ch(R, ["YK19 XHT", "BD68 OPA", "7KLM392", "1ABC 234"]), "plate"), em=email(R, me))
    V["ph2"] = L("phone", V["ph"].value, **V["ph"].meta)
    fr = ch(R, [
        "User: someone reversed into my car in the Tesco car park on ⟨d⟩. other driver was ⟨o⟩, she admitted it. policy ⟨pol⟩. can you write the claim description?\nAssistant: Of course. I'll need a few details: your full name, address and a contact number.\nUser: ⟨n⟩, ⟨a⟩, ⟨ph⟩\nAssistant: Thanks. Draft:\n\nPolicyholder: ⟨n2⟩ (policy ⟨pol2⟩), contact ⟨ph2⟩.\nOn ⟨d⟩ my parked vehicle (⟨reg⟩) was struck by a reversing car driven by ⟨o⟩...",
        "User: water came through the ceiling from the flat upstairs, insurer wants a written account. policy ⟨pol⟩, me ⟨n⟩ at ⟨a⟩, email ⟨em⟩\nAssistant: Here's a clear account you can adapt:\n\n\"I, ⟨n2⟩, policy ⟨pol2⟩, report escape of water on ⟨d⟩...\"\nUser: add that the upstairs tenant is ⟨o⟩ and he knew about the leak",
    ])
    return "transcript", "en", fill(fr, **V)


@tpl
def car_sale(R):
    c = ch(R, ["uk", "us", "au", "ie", "ng"])
    me = Person(R, c)
    car = ch(R, ["2016 Ford Fiesta 1.0 EcoBoost", "2012 Honda Jazz", "2019 Toyota Corolla hybrid", "2014 VW Golf TDI", "2011 Mazda MX-5"])
    V = dict(car=N(car, "product"), g=P(me.g, c), ph=ph(R, me), em=email(R, me), a=AS(R, c), amt=amt(R, c),
             vin=N("WVWZZZ" + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 11), "vin"), mi=N("%d,%03d miles" % (R.randint(20, 140), R.randint(0, 999)), "measure"))
    fr = ch(R, [
        "write me a facebook marketplace ad for my ⟨car⟩, ⟨mi⟩, full service history, asking ⟨amt⟩ ono. contact ⟨g⟩ on ⟨ph⟩ or ⟨em⟩, viewings at ⟨a⟩ evenings only",
        "a buyer wants the VIN before viewing, is it safe to send? it's ⟨vin⟩. also can you write a reply saying he can come to ⟨a⟩ saturday, my number ⟨ph⟩, ⟨g⟩",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def bank_frozen(R):
    c = ch(R, ["uk", "uk", "ie"])
    me = Person(R, c)
    y, m, d = bdate(R, 1955, 2003)
    V = dict(ib=iban(R, "GB" if c == "uk" else "IE"), n=P(me.full, c), a=A(R, c, True), dob=DOB(R, c, y, m, d), ph=ph(R, me), em=email(R, me),
             amt=amt(R, c), bank=N(ch(R, ["Monzo", "Halifax", "Starling", "AIB", "Bank of Ireland", "Nationwide"]), "brand"))
    fr = ch(R, [
        "⟨bank⟩ froze my account with no warning and my rent (⟨amt⟩) is due friday. write a formal complaint. account IBAN ⟨ib⟩. my details:\n⟨n⟩\n⟨a⟩\ndate of birth ⟨dob⟩\n⟨ph⟩",
        "Complaint letter please. I'm ⟨n⟩, customer of ⟨bank⟩, IBAN ⟨ib⟩. A payment of ⟨amt⟩ went missing. Reply to ⟨em⟩ or ⟨ph⟩. Address:\n⟨a⟩",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def phone_company_transcript(R):
    c = ch(R, ["uk", "us", "au", "in", "ng"])
    me = Person(R, c)
    op = ch(R, ["Vodafone", "EE", "Verizon", "Optus", "Airtel", "MTN", "Three"])
    V = dict(op=N(op, "brand"), num=ph(R, me), num2=None, n=P(me.full, c), a=A(R, c), acc=N("Account " + digits(R, 9), "account_number"),
             em=email(R, me), amt=amt(R, c))
    V["num2"] = L("phone", V["num"].value, **V["num"].meta)
    fr = ch(R, [
        "User: ⟨op⟩ charged me ⟨amt⟩ roaming but I was home the whole month. my number is ⟨num⟩\nAssistant: That sounds like a billing error. Here's a message you can send them:\n\n\"Hello, I'm writing about the roaming charge on the line ⟨num2⟩ ...\"\nUser: add my name ⟨n⟩ and ⟨acc⟩ and that they can email me at ⟨em⟩",
        "User: how do I port my number to another network? it's ⟨num⟩, with ⟨op⟩, billing address ⟨a⟩\nAssistant: You'll need a PAC or porting code. Text PAC to 65075 from ⟨num2⟩ and you'll get it within a minute.\nUser: ok and the account name is ⟨n⟩, does that need to match?",
    ])
    return "transcript", en_lang(c), fill(fr, **V)


@tpl
def debug_env(R):
    ipx = ch(R, [ip_pub, ip_priv])(R)
    dbu = ch(R, ["app", "postgres", "shop_rw", "django", "api_user"])
    V = dict(sk=S(R, "stripe"), sg=S(R, "sendgrid"), dbp=pw(R), ip=ipx, u=dbu, jwt=L("secret", rnd(R, ALNUM, 48), sub="session_secret"),
             pk=N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), oa=S(R, "openai"))
    fr = ch(R, [
        "getting 401 from stripe in prod but not locally?? here's my .env (prod)\n\n```\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://⟨u⟩:⟨dbp⟩@⟨ip⟩:5432/shop\nSTRIPE_SECRET_KEY=⟨sk⟩\nSTRIPE_PUBLISHABLE_KEY=⟨pk⟩\nSENDGRID_API_KEY=⟨sg⟩\nSESSION_SECRET=⟨jwt⟩\n```",
        "my flask app can't reach the db, is the url wrong?\nDB_HOST=⟨ip⟩\nDB_USER=⟨u⟩\nDB_PASSWORD=⟨dbp⟩\nOPENAI_API_KEY=⟨oa⟩\nerror: connection to server at \"⟨ip2⟩\", port 5432 failed: timeout expired",
    ])
    V["ip2"] = L("ip", ipx.value, **ipx.meta)
    return "code", "en", fill(fr, **V)


@tpl
def debug_log(R):
    c = ch(R, ["us", "uk", "in"])
    u1, u2 = people(R, c, 2)
    i1, i2, i3 = ip_pub(R), ip_pub(R), ip6(R)
    V = dict(i1=i1, i2=i2, i3=i3, e1=email(R, u1), e2=email(R, u2), i1b=L("ip", i1.value, **i1.meta),
             ts=N("2026-11-%02dT%02d:%02d:%02dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
             rid=N(rnd(R, "0123456789abcdef", 32), "trace_id"))
    fr = ch(R, [
        "summarise what's going wrong here, users say they can't log in:\n\n⟨ts⟩ WARN auth login failed user=⟨e1⟩ ip=⟨i1⟩ reason=bad_password\n⟨ts⟩ WARN auth login failed user=⟨e1⟩ ip=⟨i1b⟩ reason=bad_password\n⟨ts⟩ ERROR auth lockout user=⟨e2⟩ ip=⟨i2⟩ request_id=⟨rid⟩\n⟨ts⟩ INFO auth login ok user=⟨e2⟩ ip=⟨i3⟩",
        "is this a brute force? nginx says\n⟨i1⟩ - - [02/Dec/2026:10:14:22 +0000] \"POST /wp-login.php HTTP/1.1\" 401 512\n⟨i1b⟩ - - [02/Dec/2026:10:14:23 +0000] \"POST /wp-login.php HTTP/1.1\" 401 512\n⟨i2⟩ - - [02/Dec/2026:10:15:01 +0000] \"GET /account?email=⟨e1⟩ HTTP/1.1\" 200 8812\nshould i block the first ip in ufw?",
    ])
    return "log", "en", fill(fr, **V)


@tpl
def summarise_thread(R):
    c = ch(R, ["uk", "us", "in", "au"])
    a, b, cc = people(R, c, 3)
    dom = ch(R, ["harbourline.co.uk", "kestrel-analytics.com", "tallyhouse.com.au", "northgatepharma.in", "quillstone.io"])
    V = dict(a=P(a.full, c), ae=email(R, a, dom), b=P(b.full, c), be=email(R, b, dom), bg=P(b.g, c), ag=P(a.g, c), cg=P(cc.g, c),
             ph=ph(R, a), d=N(ch(R, ["Thursday 4 Dec", "Monday", "the 15th"]), "date"), tk=N("INC-" + digits(R, 6), "ticket"))
    fr = "summarise this thread in 3 bullets and tell me what I'm supposed to do:\n\nFrom: ⟨b⟩ <⟨be⟩>\nTo: ⟨a⟩ <⟨ae⟩>\nSubject: RE: ⟨tk⟩ supplier invoices\n\nHi ⟨ag⟩, can you chase ⟨cg⟩ for the signed PO before ⟨d⟩? Finance won't release payment without it.\n⟨bg⟩\n\n> On Tue, ⟨a⟩ wrote:\n> ⟨bg⟩ - the supplier is asking again. I've told them end of week.\n> ⟨ag⟩\n> ⟨ph⟩"
    return "email", en_lang(c), fill(fr, **V)


@tpl
def fill_form_transcript(R):
    c = ch(R, ["uk", "us", "in", "ie", "au", "ng"])
    me = Person(R, c)
    y, m, d = bdate(R, 1950, 2004)
    lang = "us" if c == "us" else c
    V = dict(n=P(me.full, c), n2=P(me.full, c), dob=DOB(R, lang, y, m, d), dob2=None, a=A(R, c), a2=None, ph=ph(R, me), ph2=None,
             em=email(R, me), em2=None)
    for k in ("dob", "a", "ph", "em"):
        V[k + "2"] = L(V[k].type, V[k].value, **V[k].meta)
    fr = ch(R, [
        "fill this form for me with: ⟨n⟩, born ⟨dob⟩, ⟨a⟩, ⟨ph⟩, ⟨em⟩\n\nFull name: ____\nDate of birth: ____\nAddress: ____\nTelephone: ____\nEmail: ____\n\nAssistant:\nFull name: ⟨n2⟩\nDate of birth: ⟨dob2⟩\nAddress: ⟨a2⟩\nTelephone: ⟨ph2⟩\nEmail: ⟨em2⟩",
        "User: I need the library card form done. Me: ⟨n⟩, date of birth ⟨dob⟩, live at ⟨a⟩. Phone ⟨ph⟩.\nAssistant: Here it is filled in:\nName – ⟨n2⟩\nDOB – ⟨dob2⟩\nAddress – ⟨a2⟩\nPhone – ⟨ph2⟩\nEmail – (you didn't give one; leave blank or add it)\nUser: add ⟨em⟩",
    ])
    return "transcript", en_lang(c), fill(fr, **V)


@tpl
def india_kyc(R):
    me = Person(R, "in")
    y, m, d = bdate(R, 1965, 2003)
    V = dict(pan=pan(R, me), ad=aadhaar(R), nm=P(me.caps(), "in"), dob=DOB(R, "in", y, m, d), ph=phone(R, "IN"), em=email(R, me),
             bank=N(ch(R, ["HDFC", "ICICI", "SBI", "Kotak", "Axis"]), "brand"), a=A(R, "in"))
    fr = ch(R, [
        "bhai my PAN is ⟨pan⟩ and aadhaar ⟨ad⟩, the ⟨bank⟩ video KYC keeps failing. name on PAN is ⟨nm⟩, dob ⟨dob⟩. aadhaar has my name without the surname initial, is that the issue?",
        "Need help writing email to ⟨bank⟩ branch manager, my account is on hold for KYC. Details: ⟨nm⟩, PAN ⟨pan⟩, Aadhaar ⟨ad⟩, mobile ⟨ph⟩, address ⟨a⟩. Please make it formal",
        "ITR filing me error aa raha hai 'PAN-Aadhaar not linked'. PAN ⟨pan⟩, Aadhaar ⟨ad⟩, DOB ⟨dob⟩. link kaise karu? registered mobile ⟨ph⟩ hai",
    ])
    return "request", "in", fill(fr, **V)


@tpl
def nigeria_landlord(R):
    me, ll = people(R, "ng", 2)
    V = dict(ll=P(ll.sur, "ng"), a=A(R, "ng"), ph=phone(R, "NG"), me=P(me.full, "ng"), amt=amt(R, "ng"), em=email(R, me),
             ch_=P(ll.g, "ng"))
    fr = ch(R, [
        "abeg help me write a proper letter to my landlord Chief ⟨ll⟩, the roof for ⟨a⟩ don dey leak since July and he still wan increase rent to ⟨amt⟩. my name ⟨me⟩, phone ⟨ph⟩",
        "Please draft a polite message to Alhaji ⟨ll⟩ (landlord) that I will pay the balance of ⟨amt⟩ by month end. Flat at ⟨a⟩. Sign as ⟨me⟩, ⟨ph⟩, ⟨em⟩",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def moving_house_au(R):
    c = ch(R, ["au", "uk", "us", "ie"])
    me = Person(R, c)
    V = dict(a1=A(R, c), a2=A(R, c), ph=ph(R, me), g=P(me.g, c), em=email(R, me), d=N(other_date(R, "us" if c == "us" else "en"), "date"),
             q=N("Quote #" + digits(R, 5), "quote_number"))
    fr = ch(R, [
        "moving house on ⟨d⟩, can you write an email to the removalists confirming ⟨q⟩: from ⟨a1⟩ to ⟨a2⟩, 2 bed, piano on the ground floor. call me on ⟨ph⟩ on the day. cheers, ⟨g⟩",
        "make me a checklist of who to tell about my change of address. old: ⟨a1⟩, new: ⟨a2⟩. email ⟨em⟩ stays the same",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def translate_for_mum(R):
    c = ch(R, ["uk", "us", "au"])
    tgt, tl = ch(R, [("Polish", "pl"), ("Portuguese", "br"), ("Turkish", "tr"), ("Italian", "it"), ("Spanish", "es"), ("Dutch", "nl")])
    mum, sis = people(R, tl, 2)
    y, m, d = bdate(R, 2024, 2026)
    V = dict(t=tgt, s=P(sis.g, tl), a=A(R, c), ph=ph(R, Person(R, c)), bb=P(ch(R, NAMES[c][0] + NAMES[c][1]), c), dob=DOB(R, c if c != "us" else "us", y, m, d))
    fr = ch(R, [
        "translate this for my mum into ⟨t⟩ pls: 'the baby is here!! ⟨bb⟩ was born ⟨dob⟩, 3.4kg, everyone is fine. ⟨s⟩ will pick you up from the airport, our new address is ⟨a⟩ and my new number is ⟨ph⟩'",
        "can you put this in ⟨t⟩ for my mum, she doesn't read English well: 'Mum, ⟨s⟩ has the spare key. If anything happens call me on ⟨ph⟩. The flat is ⟨a⟩.'",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def git_token(R):
    tok = S(R, ch(R, ["github_pat", "github_fine_grained", "gitlab_pat"]))
    user = ch(R, ["jdev-92", "mk-builds", "ops-bot-ci", "ronin77"])
    host = "gitlab.com" if tok.value.startswith("glpat") else "github.com"
    V = dict(t=tok, u=N(user, "username"), h=host, r=N(ch(R, ["acme/web", "team/infra", "me/dotfiles"]), "repo"),
             sha=N(rnd(R, "0123456789abcdef", 7), "git_hash"))
    fr = ch(R, [
        "git push fails and I don't get why:\n\n$ git remote -v\norigin  https://⟨u⟩:⟨t⟩@⟨h⟩/⟨r⟩.git (fetch)\norigin  https://⟨u⟩:⟨t2⟩@⟨h⟩/⟨r⟩.git (push)\n$ git push\nremote: Permission to ⟨r⟩.git denied.\nfatal: unable to access 'https://⟨h⟩/⟨r⟩.git/': The requested URL returned error: 403",
        "is my token expired or scoped wrong? `curl -H \"Authorization: token ⟨t⟩\" https://api.⟨h⟩/user` returns 401. Last commit that worked was ⟨sha⟩",
    ])
    V["t2"] = L("secret", tok.value, **tok.meta)
    return "code", "en", fill(fr, **V)


@tpl
def python_mailer(R):
    c = ch(R, ["us", "uk", "in"])
    me, to = people(R, c, 2)
    V = dict(e1=email(R, me), e2=email(R, to), p=pw(R), oa=S(R, ch(R, ["openai", "anthropic", "google_api_key"])))
    fr = ch(R, [
        "why does this give SMTPAuthenticationError 535?\n\n```python\nimport smtplib\nfrom email.message import EmailMessage\nmsg = EmailMessage()\nmsg['From'] = '⟨e1⟩'\nmsg['To'] = '⟨e2⟩'\nmsg.set_content('report attached')\nwith smtplib.SMTP_SSL('smtp.gmail.com', 465) as s:\n    s.login('⟨e1b⟩', '⟨p⟩')\n    s.send_message(msg)\n```",
        "this worked yesterday, now 'invalid api key':\n\n```python\nclient = Client(api_key=\"⟨oa⟩\")\nresp = client.generate(prompt=\"summarise\", user=\"⟨e1⟩\")\n```\nI didn't change anything",
    ])
    V["e1b"] = L("email", V["e1"].value, **V["e1"].meta)
    return "code", "en", fill(fr, **V)


@tpl
def aws_creds(R):
    V = dict(ak=S(R, "aws_access_key_id"), sk=S(R, "aws_secret_access_key"), acct=N(digits(R, 12), "aws_account_id"),
             reg=N(ch(R, ["eu-west-2", "us-east-1", "ap-south-1"]), "region"))
    fr = ch(R, [
        "boto3 says InvalidClientTokenId. ~/.aws/credentials:\n[default]\naws_access_key_id = ⟨ak⟩\naws_secret_access_key = ⟨sk⟩\nregion = ⟨reg⟩\nthe account is ⟨acct⟩, I created the user yesterday",
        "terraform plan -> 'The security token included in the request is invalid'. I exported AWS_ACCESS_KEY_ID=⟨ak⟩ and AWS_SECRET_ACCESS_KEY=⟨sk⟩ in the same shell. region ⟨reg⟩",
    ])
    return "code", "en", fill(fr, **V)


@tpl
def jwt_debug(R):
    c = ch(R, ["us", "uk"])
    me = Person(R, c)
    V = dict(j=S(R, "jwt"), e=email(R, me), ip=ip_pub(R), hk=S(R, "slack_webhook"))
    fr = ch(R, [
        "can you decode this jwt and tell me why the backend says expired? ⟨j⟩\nuser was ⟨e⟩ logging in from ⟨ip⟩",
        "my alert script posts nothing to slack. webhook is ⟨hk⟩ and curl returns `invalid_payload`. payload: {\"text\": \"login from ⟨ip⟩ by ⟨e⟩\"}",
    ])
    return "code", "en", fill(fr, **V)


@tpl
def card_declined_zip(R):
    c = ch(R, ["us", "us", "uk", "au"])
    me = Person(R, c)
    z = ch(R, ST[c][1])
    zipv = z[2] if c in ("us", "au") else z[1]
    V = dict(cd=card(R), z=L("address", zipv, sub=c + "_postcode"), n=P(me.full, c), shop=N(ch(R, ["Ticketmaster", "Etsy", "Booking.com", "Ryanair", "Steam"]), "brand"),
             ex=N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date"), l4=N(ch(R, ["ending ", "last 4 "]) + digits(R, 4), "masked_card"))
    fr = ch(R, [
        "my card ⟨cd⟩ exp ⟨ex⟩ keeps getting declined on ⟨shop⟩ but works in shops. billing zip is ⟨z⟩, name ⟨n⟩. could it be the address check?",
        "why does ⟨shop⟩ say 'postcode doesn't match' when my postcode IS ⟨z⟩?? card ⟨cd⟩, the old one (⟨l4⟩) worked fine",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def deposit_us(R):
    me, ll = people(R, "us", 2)
    V = dict(ll=P(ll.full, "us"), a=A(R, "us"), me=P(me.full, "us"), ph=phone(R, "US"), em=email(R, me), amt=money(R, "$"),
             d=N(other_date(R, "us"), "date"), new=A(R, "us", True))
    fr = ch(R, [
        "my landlord ⟨ll⟩ still hasn't returned my ⟨amt⟩ security deposit for ⟨a⟩, I moved out ⟨d⟩. Write a demand letter citing the state deadline. Forwarding address:\n⟨new⟩\nI'm ⟨me⟩, ⟨ph⟩",
        "what's a reasonable tone for asking ⟨ll⟩ about the deposit? lease was at ⟨a⟩. my email ⟨em⟩, phone ⟨ph⟩",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def group_chat_birthday(R):
    c = ch(R, ["uk", "us", "ng", "in", "au"])
    ps = people(R, c, 3)
    V = dict(a=P(ps[0].g, c), b=P(ps[1].g, c), cc=P(ps[2].g, c), a2=P(ps[0].g, c), b2=P(ps[1].g, c), ad=AS(R, c), ph=ph(R, ps[2]),
             t=N(ch(R, ["7.30", "19:00", "8pm"]), "time"), amt=amt(R, c))
    fr = "turn this group chat into a clear plan for the surprise party pls\n\n[18:02] ⟨a⟩: ok so party at ⟨ad⟩ saturday ⟨t⟩\n[18:03] ⟨b⟩: i'll bring the cake, ⟨amt⟩ each?\n[18:05] ⟨cc⟩: cant get in the group call, text me ⟨ph⟩\n[18:06] ⟨a2⟩: dont tell the birthday girl 🤫\n[18:07] ⟨b2⟩: 👍"
    return "chat", en_lang(c), fill(fr, **V)


@tpl
def job_application_transcript(R):
    c = ch(R, ["in", "ng", "uk", "us"])
    me, ref = people(R, c, 2)
    V = dict(n=P(me.full, c), n2=P(me.full, c), em=email(R, me), ph=ph(R, me), r=P(ref.full, c), rt=P(ref.sur, c), rph=ph(R, ref), re=email(R, ref),
             cmp=N(ch(R, ["Infosys", "Deloitte", "Zenith Bank", "NHS Trust", "Walmart"]), "brand"))
    fr = "User: I'm applying at ⟨cmp⟩, they want two references. First is my old manager ⟨r⟩, ⟨re⟩, ⟨rph⟩. Format it for the form\nAssistant: Reference 1\nName: ⟨r2⟩\nEmail: ⟨re2⟩\nPhone: ⟨rph2⟩\nRelationship: Former line manager\nUser: perfect. also sign the cover letter as ⟨n⟩ with ⟨em⟩ and ⟨ph⟩. and should I tell Mr ⟨rt⟩ first?"
    for k in ("r", "re", "rph"):
        V[k + "2"] = L(V[k].type, V[k].value, **V[k].meta)
    return "transcript", en_lang(c), fill(fr, **V)


@tpl
def docker_compose(R):
    V = dict(p1=pw(R), p2=pw(R), ip=ip_priv(R), gh=S(R, "npm_token"), u=N(ch(R, ["wordpress", "nextcloud", "gitea"]), "service"))
    fr = "docker compose up works but the app can't talk to the db, what's wrong?\n\n```yaml\nservices:\n  db:\n    image: mariadb:11.4\n    environment:\n      MARIADB_ROOT_PASSWORD: ⟨p1⟩\n      MARIADB_PASSWORD: ⟨p2⟩\n  app:\n    image: ⟨u⟩:latest\n    environment:\n      DB_HOST: ⟨ip⟩\n      NPM_TOKEN: ⟨gh⟩\n    ports:\n      - \"8080:80\"\n```\nthe db container ip was ⟨ip2⟩ last time i checked"
    V["ip2"] = L("ip", V["ip"].value, **V["ip"].meta)
    return "code", "en", fill(fr, **V)


@tpl
def medical_letter_ie(R):
    c = ch(R, ["ie", "uk", "au"])
    me, doc, kid = people(R, c, 3)
    y, m, d = bdate(R, 2008, 2019)
    V = dict(doc=P(doc.sur, c), k=P(kid.g + " " + me.f, c), dob=DOB(R, c, y, m, d), n=P(me.full, c), a=A(R, c), ph=ph(R, me), e=email(R, me))
    fr = ch(R, [
        "Can you write to Dr ⟨doc⟩ asking for a referral letter for my son ⟨k⟩ (DOB ⟨dob⟩) to see an orthodontist. We're at ⟨a⟩. Reply to ⟨e⟩. Thanks, ⟨n⟩",
        "need a short email to the practice: my daughter ⟨k⟩, born ⟨dob⟩, needs her vaccination record for school. Dr ⟨doc⟩ saw her last. contact me ⟨ph⟩",
    ])
    return "request", "en", fill(fr, **V)


# ---------------- other languages

@tpl
def de_vermieter(R):
    me, ll = people(R, "de", 2)
    t = ch(R, ["Frau", "Herrn", "Herr"])
    V = dict(t=t, ll=P(ll.sur, "de"), a=A(R, "de"), ib=iban(R, "DE"), n=P(me.full, "de"), ph=phone(R, "DE"), em=email(R, me),
             amt=money(R, "€"), g=P(me.g, "de"))
    fr = ch(R, [
        "kannst du mir eine mail an meine vermieterin ⟨t⟩ ⟨ll⟩ schreiben? die kaution (⟨amt⟩) für die wohnung ⟨a⟩ ist seit 4 monaten nicht zurück. bitte auf mein konto ⟨ib⟩ überweisen. ⟨n⟩, tel ⟨ph⟩",
        "Bitte formuliere höflich: Die Heizung in ⟨a⟩ geht seit Montag nicht. ⟨t⟩ ⟨ll⟩ soll sich bei mir melden unter ⟨ph⟩ oder ⟨em⟩. Gruß ⟨g⟩",
        "hilf mir bitte bei einer Mängelanzeige an ⟨t⟩ ⟨ll⟩: Schimmel im Bad, Wohnung ⟨a⟩. Mietminderung ab nächstem Monat? Absender ⟨n⟩, ⟨em⟩",
    ])
    return "request", "de", fill(fr, **V)


@tpl
def de_steuer(R):
    me = Person(R, "de")
    y, m, d = bdate(R, 1955, 2002)
    V = dict(sid=steuer(R), n=P(me.full, "de"), dob=DOB(R, "de", y, m, d), a=A(R, "de"), ib=iban(R, "DE"), sb=P(Person(R, "de").sur, "de"))
    fr = ch(R, [
        "meine steuer-id ist ⟨sid⟩, aber elster sagt 'ungültig'. ich bin ⟨n⟩, geboren am ⟨dob⟩. hab ich mich vertippt oder ist das was anderes?",
        "Kannst du mir ein Anschreiben ans Finanzamt machen, Einspruch gegen den Bescheid. Steuer-ID ⟨sid⟩, ⟨n⟩, ⟨a⟩. Erstattung bitte auf ⟨ib⟩. Sachbearbeiter war Herr ⟨sb⟩",
    ])
    return "request", "de", fill(fr, **V)


@tpl
def de_kita(R):
    par, kid = people(R, "de", 2)
    y, m, d = bdate(R, 2020, 2024)
    V = dict(k=P(kid.g, "de"), dob=DOB(R, "de", y, m, d), p=P(par.full, "de"), ph=phone(R, "DE"), em=email(R, par), a=A(R, "de"),
             er=P(Person(R, "de").g, "de"))
    fr = ch(R, [
        "meine tochter ⟨k⟩ (geb. ⟨dob⟩) soll ab august in die kita, kannst du mir die anmeldung schön formulieren? eltern: ⟨p⟩, ⟨a⟩, handy ⟨ph⟩, mail ⟨em⟩",
        "Schreib bitte eine kurze Nachricht an die Erzieherin ⟨er⟩: ⟨k⟩ wird heute von der Oma abgeholt. Bei Fragen ⟨ph⟩. LG ⟨p⟩",
    ])
    return "request", "de", fill(fr, **V)


@tpl
def de_arzt_transcript(R):
    me, dr = people(R, "de", 2)
    y, m, d = bdate(R, 1950, 2000)
    V = dict(dr=P(dr.sur, "de"), n=P(me.full, "de"), n2=P(me.full, "de"), dob=DOB(R, "de", y, m, d), dob2=None, ph=phone(R, "DE"), ph2=None,
             t=N(ch(R, ["Dienstag, 9:15", "14.01. um 10:30", "Freitag nachmittag"]), "appointment"))
    V["dob2"] = L("dob", V["dob"].value, **V["dob"].meta)
    V["ph2"] = L("phone", V["ph"].value, **V["ph"].meta)
    fr = "User: ich muss meinen termin bei dr. ⟨dr⟩ am ⟨t⟩ absagen, schreib mir eine mail. ⟨n⟩, geb. ⟨dob⟩, erreichbar unter ⟨ph⟩\nAssistant: Gern, hier ein Vorschlag:\n\nBetreff: Terminabsage ⟨t⟩\n\nSehr geehrtes Praxisteam,\nleider kann ich meinen Termin bei Dr. ⟨dr2⟩ am ⟨t⟩ nicht wahrnehmen. Für einen neuen Termin bin ich unter ⟨ph2⟩ erreichbar.\n\nMit freundlichen Grüßen\n⟨n2⟩ (geb. ⟨dob2⟩)\nUser: danke!! kürzer bitte"
    V["dr2"] = P(dr.sur, "de")
    return "transcript", "de", fill(fr, **V)


@tpl
def de_debug(R):
    V = dict(p=pw(R), ip=ip_pub(R), gl=S(R, "gitlab_pat"), u=N("deploy", "username"))
    fr = ch(R, [
        "warum schlägt mein deploy fehl? in der .gitlab-ci.yml steht\n\n  script:\n    - git clone https://oauth2:⟨gl⟩@gitlab.com/firma/shop.git\n    - sshpass -p '⟨p⟩' rsync -av dist/ ⟨u⟩@⟨ip⟩:/var/www\n\nfehler: Permission denied, please try again.",
        "mein nextcloud login klappt nicht mehr, im log steht 'Login failed: admin (Remote IP: ⟨ip⟩)'. Das Passwort ist ⟨p⟩, da bin ich mir sicher. Was kann das sein?",
    ])
    return "log", "de", fill(fr, **V)


@tpl
def fr_proprio(R):
    me, ll = people(R, "fr", 2)
    V = dict(t=ch(R, ["M.", "Mme", "Monsieur", "Madame"]), ll=P(ll.sur, "fr"), a=A(R, "fr"), ph=phone(R, "FR"), em=email(R, me), n=P(me.full, "fr"),
             amt=money(R, "€"), ib=iban(R, "FR"))
    fr = ch(R, [
        "peux-tu m'aider à rédiger une lettre à mon propriétaire ⟨t⟩ ⟨ll⟩ ? le chauffe-eau du logement au ⟨a⟩ est en panne depuis 10 jours. mes coordonnées : ⟨n⟩, ⟨ph⟩, ⟨em⟩",
        "écris un mail poli pour réclamer mon dépôt de garantie (⟨amt⟩) à ⟨t⟩ ⟨ll⟩, état des lieux fait il y a 2 mois pour l'appart ⟨a⟩. RIB : ⟨ib⟩. signé ⟨n⟩",
    ])
    return "request", "fr", fill(fr, **V)


@tpl
def fr_secu(R):
    me = Person(R, "fr")
    y, m, d = bdate(R, 1950, 2002)
    V = dict(nir=nir(R, me.female, y, m), dob=DOB(R, "fr", y, m, d), n=P(me.full, "fr"), ph=phone(R, "FR"), a=A(R, "fr"),
             mut=N(ch(R, ["MGEN", "Harmonie Mutuelle", "la MAIF", "Alan"]), "brand"))
    fr = ch(R, [
        "mon numéro de sécu c'est ⟨nir⟩ et ⟨mut⟩ me dit qu'il ne correspond pas à ma date de naissance (⟨dob⟩). tu peux vérifier si j'ai mal recopié ?",
        "aide-moi à remplir le formulaire de la mutuelle : nom ⟨n⟩, né(e) le ⟨dob⟩, n° de sécurité sociale ⟨nir⟩, adresse ⟨a⟩, portable ⟨ph⟩. c'est pour ⟨mut⟩",
    ])
    return "request", "fr", fill(fr, **V)


@tpl
def fr_carte_transcript(R):
    me = Person(R, "fr")
    V = dict(cd=card(R, ch(R, ["visa", "mastercard"])), n=P(me.full, "fr"), n2=P(me.full, "fr"), ph=phone(R, "FR"), amt=money(R, "€"),
             d=N(other_date(R, "fr"), "date"), m=N(ch(R, ["AMZN Mktp FR", "SNCF CONNECT", "UBER *TRIP", "FNAC.COM"]), "merchant"))
    fr = "User: j'ai un prélèvement de ⟨amt⟩ de ⟨m⟩ le ⟨d⟩ que je n'ai pas fait, carte ⟨cd⟩. tu peux m'écrire la contestation pour la banque ?\nAssistant: Voici un modèle :\n\nMadame, Monsieur,\nJe conteste l'opération de ⟨amt⟩ débitée le ⟨d⟩ au profit de ⟨m⟩...\n⟨n⟩\nUser: ajoute mon numéro ⟨ph⟩ et mets le nom en bas : ⟨n2⟩"
    return "transcript", "fr", fill(fr, **V)


@tpl
def es_casero(R):
    me, ll = people(R, "es", 2)
    V = dict(ll=P(ll.sur, "es"), a=A(R, "es"), d=ch(R, [dni, nie])(R), ph=phone(R, "ES"), em=email(R, me), n=P(me.full, "es"),
             amt=money(R, "€"), ib=iban(R, "ES"), g=P(me.g, "es"))
    fr = ch(R, [
        "ayúdame a escribir un correo al casero, el señor ⟨ll⟩, la lavadora del piso de ⟨a⟩ lleva rota 2 semanas. soy ⟨n⟩, DNI ⟨d⟩, móvil ⟨ph⟩",
        "oye, redáctame un mensaje para pedirle a ⟨ll⟩ la fianza (⟨amt⟩), que ya entregué las llaves del piso en ⟨a⟩. que me lo ingrese en ⟨ib⟩. firma ⟨g⟩",
        "necesito un escrito para el administrador de la finca sobre las humedades, datos: ⟨n⟩, NIE/DNI ⟨d⟩, ⟨a⟩, ⟨em⟩",
    ])
    return "request", "es", fill(fr, **V)


@tpl
def es_cita_medica(R):
    me, dr = people(R, "es", 2)
    y, m, d = bdate(R, 1945, 2005)
    V = dict(dr=P(dr.sur, "es"), n=P(me.full, "es"), dob=DOB(R, "es", y, m, d), ph=phone(R, "ES"), hijo=P(Person(R, "es").g, "es"),
             hd=DOB(R, "es", lo=2012, hi=2020))
    fr = ch(R, [
        "escríbeme un whatsapp para el centro de salud: quiero cambiar la cita con la doctora ⟨dr⟩ del martes. soy ⟨n⟩, fecha de nacimiento ⟨dob⟩, tel ⟨ph⟩",
        "mi hijo ⟨hijo⟩ nació el ⟨hd⟩ y en el pediatra me piden el calendario de vacunas, cómo lo pido por la app? mi tlf ⟨ph⟩",
    ])
    return "request", "es", fill(fr, **V)


@tpl
def it_codice(R):
    me = Person(R, "it")
    y, m, d = bdate(R, 1950, 2003)
    city = ch(R, sorted(BELFIORE))
    V = dict(cf=cf(R, me, y, m, d, city), n=P(me.full, "it"), dob=DOB(R, "it", y, m, d), city=city, ph=phone(R, "IT"), a=A(R, "it"), em=email(R, me))
    fr = ch(R, [
        "il mio codice fiscale è ⟨cf⟩ ma il sito dell'agenzia dice che non è valido, sono ⟨n⟩, nato a ⟨city⟩ il ⟨dob⟩. può essere un errore loro?",
        "mi aiuti a compilare il modulo per la palestra? nome ⟨n⟩, data di nascita ⟨dob⟩, CF ⟨cf⟩, indirizzo ⟨a⟩, cell ⟨ph⟩, mail ⟨em⟩",
    ])
    return "request", "it", fill(fr, **V)


@tpl
def it_condominio(R):
    me, amm = people(R, "it", 2)
    V = dict(am=P(amm.sur, "it"), a=A(R, "it"), ph=phone(R, "IT"), n=P(me.full, "it"), ib=iban(R, "IT"), amt=money(R, "€"), g=P(me.g, "it"))
    fr = ch(R, [
        "scrivimi una mail per l'amministratore, il dott. ⟨am⟩: l'ascensore di ⟨a⟩ è fermo da una settimana e mia madre non riesce a salire. ⟨n⟩, ⟨ph⟩",
        "devo rispondere all'amministratore ⟨am⟩ che mi chiede ⟨amt⟩ di conguaglio. voglio pagarlo a rate, rimborsi eventuali su ⟨ib⟩. firma ⟨g⟩, ⟨a⟩",
    ])
    return "request", "it", fill(fr, **V)


@tpl
def nl_huisarts(R):
    me = Person(R, "nl")
    y, m, d = bdate(R, 1950, 2004)
    V = dict(b=bsn(R), n=P(me.full, "nl"), dob=DOB(R, "nl", y, m, d), a=A(R, "nl"), ph=phone(R, "NL"), em=email(R, me),
             dr=P(Person(R, "nl").sur, "nl"))
    fr = ch(R, [
        "kun je me helpen met het inschrijfformulier van de huisarts? naam ⟨n⟩, geboortedatum ⟨dob⟩, BSN ⟨b⟩, adres ⟨a⟩, tel ⟨ph⟩. vorige huisarts was dokter ⟨dr⟩",
        "schrijf een mailtje naar de praktijk dat ik mijn afspraak wil verzetten. ⟨n⟩, geb. ⟨dob⟩, ⟨em⟩, ⟨ph⟩",
    ])
    return "request", "nl", fill(fr, **V)


@tpl
def nl_verhuur(R):
    me, ll = people(R, "nl", 2)
    V = dict(ll=P(ll.sur, "nl"), a=A(R, "nl"), ib=iban(R, "NL"), n=P(me.full, "nl"),
             ph=phone(R, "NL"), pw=pw(R), ssid=N(ch(R, ["Ziggo" + digits(R, 5), "KPN" + rnd(R, "ABCDEF0123456789", 4)]), "ssid"))
    fr = ch(R, [
        "maak dit wat netter: 'beste meneer ⟨ll⟩, de borg is nog steeds niet teruggestort voor ⟨a⟩. graag op ⟨ib⟩. groet ⟨n⟩, ⟨ph⟩'",
        "onze gasten krijgen de wifi niet aan de praat. netwerk ⟨ssid⟩, wachtwoord ⟨pw⟩. kun je een berichtje in het Engels maken met uitleg? adres van het huisje is ⟨a⟩",
    ])
    return "request", "nl", fill(fr, **V)


@tpl
def br_cpf_pix(R):
    me, other = people(R, "br", 2)
    V = dict(cpf=cpf(R), n=P(me.full, "br"), ph=phone(R, "BR"), em=email(R, me), a=A(R, "br"), o=P(other.g, "br"),
             amt=N("R$ %d,%02d" % (R.randint(20, 3000), R.randint(0, 99)), "amount"))
    fr = ch(R, [
        "me ajuda a escrever uma reclamação pro banco? fiz um pix de ⟨amt⟩ pro ⟨o⟩ e o dinheiro sumiu. meu CPF é ⟨cpf⟩, nome ⟨n⟩, cel ⟨ph⟩",
        "preenche pra mim o cadastro da loja: nome completo ⟨n⟩, CPF ⟨cpf⟩, endereço ⟨a⟩, celular ⟨ph⟩, e-mail ⟨em⟩",
        "minha chave pix é o celular ⟨ph⟩ e o ⟨o⟩ diz que não acha. tá certo o formato? nome na conta ⟨n⟩",
    ])
    return "request", "pt", fill(fr, **V)


@tpl
def pt_senhorio(R):
    me, ll = people(R, "pt", 2)
    y, m, d = bdate(R, 1955, 2003)
    V = dict(ll=P(ll.sur, "pt"), a=A(R, "pt"), nif=G(nif_pt_make(R), "pt_nif"), n=P(me.full, "pt"), ph=phone(R, "PT"), ib=iban(R, "PT"),
             dob=DOB(R, "pt", y, m, d), em=email(R, me))
    fr = ch(R, [
        "escreve um email ao senhorio, o Sr. ⟨ll⟩, a pedir o recibo de renda eletrónico da casa na ⟨a⟩. O meu NIF é ⟨nif⟩. ⟨n⟩, ⟨ph⟩",
        "preciso de preencher a inscrição no centro de saúde: ⟨n⟩, nascido a ⟨dob⟩, NIF ⟨nif⟩, morada ⟨a⟩, telemóvel ⟨ph⟩, ⟨em⟩. podes organizar?",
    ])
    return "request", "pt", fill(fr, **V)


@tpl
def pl_pismo(R):
    me = Person(R, "pl")
    y, m, d = bdate(R, 1950, 2004)
    V = dict(pe=G(pesel_make(y, m, d, me.female, R), "pl_pesel"), n=P(me.full, "pl"), dob=DOB(R, "pl", y, m, d), a=A(R, "pl"), ph=phone(R, "PL"),
             em=email(R, me), ib=iban(R, "PL"), sp=P(Person(R, "pl").sur, "pl"))
    fr = ch(R, [
        "napisz mi pismo do spółdzielni o zwrot nadpłaty, dane: ⟨n⟩, PESEL ⟨pe⟩, ⟨a⟩, nr konta ⟨ib⟩. tel ⟨ph⟩",
        "pomóż wypełnić formularz do przychodni: imię i nazwisko ⟨n⟩, data urodzenia ⟨dob⟩, PESEL ⟨pe⟩, telefon ⟨ph⟩, e-mail ⟨em⟩. lekarz prowadzący dr ⟨sp⟩",
    ])
    return "request", "pl", fill(fr, **V)


@tpl
def tr_ev_sahibi(R):
    me, ll = people(R, "tr", 2)
    y, m, d = bdate(R, 1955, 2004)
    V = dict(ll=P(ll.g, "tr"), a=A(R, "tr"), tc=G(tckn_make(R), "tr_tckn"), n=P(me.full, "tr"), ph=phone(R, "TR"), ib=iban(R, "TR"),
             dob=DOB(R, "tr", y, m, d), amt=N("%d.000 TL" % R.randint(5, 60), "amount"))
    fr = ch(R, [
        "ev sahibim ⟨ll⟩ Bey'e kibar bir mesaj yazar mısın? kombi bozuldu, ⟨a⟩ adresindeki daire. kirayı ⟨amt⟩ yapmak istiyor ama önce bunu tamir etsin. ben ⟨n⟩, ⟨ph⟩",
        "e-devlet başvurusu için formu doldurmama yardım et: ad soyad ⟨n⟩, TC kimlik no ⟨tc⟩, doğum tarihi ⟨dob⟩, adres ⟨a⟩, cep ⟨ph⟩",
        "depozitoyu ⟨ib⟩ hesabıma yatırmasını ⟨ll⟩ Hanım'a nasıl yazarım? resmi olsun. ⟨n⟩",
    ])
    return "request", "tr", fill(fr, **V)


@tpl
def sv_request(R):
    me = Person(R, "sv")
    y, m, d = bdate(R, 1955, 2003)
    V = dict(pn=G(pnr_make(y, m, d, R), "se_personnummer"), n=P(me.full, "sv"), a=A(R, "sv"), ph=phone(R, "SE"), em=email(R, me),
             hv=P(Person(R, "sv").sur, "sv"), ib=iban(R, "SE"))
    fr = ch(R, [
        "kan du hjälpa mig skriva ett mejl till hyresvärden ⟨hv⟩ om att diskmaskinen läcker? lägenheten är ⟨a⟩. ⟨n⟩, ⟨ph⟩",
        "fyll i anmälan åt mig: namn ⟨n⟩, personnummer ⟨pn⟩, adress ⟨a⟩, mobil ⟨ph⟩, e-post ⟨em⟩",
        "skriv ett kort svar till ⟨hv⟩: depositionen ska betalas till ⟨ib⟩. hälsningar ⟨n⟩",
    ])
    return "request", "sv", fill(fr, **V)


@tpl
def da_no_request(R):
    c = ch(R, ["da", "no"])
    me, ll = people(R, c, 2)
    y, m, d = bdate(R, 1955, 2003)
    V = dict(ll=P(ll.sur, c), a=A(R, c), ph=phone(R, "DK" if c == "da" else "NO"), n=P(me.full, c), em=email(R, me), dob=DOB(R, c, y, m, d),
             fn=G(fnr_make(y, m, d, R), "no_fnr") if c == "no" else "", g=P(me.g, c))
    if c == "da":
        fr = ch(R, [
            "kan du skrive en besked til min udlejer ⟨ll⟩ om at radiatoren i ⟨a⟩ ikke virker? jeg hedder ⟨n⟩, tlf ⟨ph⟩",
            "hjælp mig med at udfylde tilmeldingen: navn ⟨n⟩, født ⟨dob⟩, adresse ⟨a⟩, mobil ⟨ph⟩, mail ⟨em⟩",
        ])
    else:
        fr = ch(R, [
            "kan du hjelpe meg å skrive en melding til utleier ⟨ll⟩? vaskemaskinen i ⟨a⟩ er ødelagt. hilsen ⟨g⟩, ⟨ph⟩",
            "fyll ut skjemaet for meg: navn ⟨n⟩, fødselsnummer ⟨fn⟩, født ⟨dob⟩, adresse ⟨a⟩, e-post ⟨em⟩",
        ])
    return "request", c, fill(fr, **V)


@tpl
def multi_lang_wifi_host(R):
    lang, c, fr = ch(R, [
        ("de", "de", "Kannst du diese Nachricht für unsere Feriengäste auf Englisch übersetzen? 'Hallo, das WLAN heißt ⟨s⟩, Passwort ⟨pw⟩. Bei Problemen ruft ⟨g⟩ an: ⟨ph⟩. Adresse für das Navi: ⟨a⟩'"),
        ("fr", "fr", "traduis en anglais pour nos locataires Airbnb : « le wifi c'est ⟨s⟩, mot de passe ⟨pw⟩, en cas de souci appelez ⟨g⟩ au ⟨ph⟩. adresse : ⟨a⟩ »"),
        ("es", "es", "tradúceme esto al inglés para los huéspedes: 'la wifi es ⟨s⟩ y la contraseña ⟨pw⟩. cualquier cosa llamad a ⟨g⟩ al ⟨ph⟩. dirección: ⟨a⟩'"),
        ("it", "it", "traduci in inglese per gli ospiti: 'la rete wifi è ⟨s⟩, password ⟨pw⟩. per emergenze chiamate ⟨g⟩ al ⟨ph⟩. indirizzo ⟨a⟩'"),
        ("pt", "pt", "traduz para inglês para os hóspedes: 'a rede wifi é ⟨s⟩, a senha ⟨pw⟩. qualquer problema liguem à ⟨g⟩ para o ⟨ph⟩. morada: ⟨a⟩'"),
        ("pl", "pl", "przetłumacz na angielski dla gości: 'wifi ⟨s⟩, hasło ⟨pw⟩, w razie problemów dzwońcie do ⟨g⟩ ⟨ph⟩. adres ⟨a⟩'"),
        ("tr", "tr", "misafirler için İngilizceye çevir: 'wifi adı ⟨s⟩, şifre ⟨pw⟩. sorun olursa ⟨g⟩'i arayın: ⟨ph⟩. adres: ⟨a⟩'"),
    ])
    p = Person(R, c)
    V = dict(s=N(ch(R, ["FRITZ!Box 7530 KQ", "Livebox-4F2A", "MOVISTAR_8C1D", "TIM-29384756", "MEO-7A21C0", "UPC2391847", "SUPERONLINE_WiFi_4411"]), "ssid"),
             pw=pw(R), g=P(p.g, c), ph=phone(R, CULT_REGION[c]), a=A(R, c))
    return "request", lang, fill(fr, **V)


@tpl
def foreign_number_de(R):
    me = Person(R, "de")
    fc = ch(R, ["uk", "fr", "it", "es", "pl", "tr"])
    fp = Person(R, fc)
    V = dict(n=P(me.g, "de"), f=P(fp.full, fc), fph=phone(R, "DE", plan=CULT_REGION[fc]), ph=phone(R, "DE"), e=email(R, fp))
    fr = ch(R, [
        "wie schreibe ich ⟨f⟩ am besten auf englisch, dass wir das treffen verschieben? ihre nummer ist ⟨fph⟩ und mail ⟨e⟩. meine ⟨ph⟩. danke, ⟨n⟩",
        "kurze frage: muss ich bei ⟨fph⟩ (das ist ⟨f⟩, Kollegin aus dem Ausland) die 0 weglassen wenn ich von meinem handy anrufe?",
    ])
    return "request", "de", fill(fr, **V)


@tpl
def in_courier_chat(R):
    me, dl = people(R, "in", 2)
    V = dict(a=A(R, "in"), ph=phone(R, "IN"), ph2=phone(R, "IN"), g=P(dl.g, "in"), n=P(me.full, "in"),
             awb=N("AWB " + digits(R, 11), "tracking"), otp=N(digits(R, 4), "otp"))
    fr = "yeh chat samjha do, parcel abhi tak nahi aaya\n\nDelivery Agent (⟨g⟩): sir address nahi mil raha, ⟨a⟩ ke paas hoon\nMe: call karo ⟨ph⟩ pe\nDelivery Agent (⟨g2⟩): busy aa raha hai, alternate number?\nMe: ⟨ph2⟩, naam ⟨n⟩. ⟨awb⟩\nDelivery Agent (⟨g3⟩): OTP bata do ⟨otp⟩ wala"
    V["g2"] = P(dl.g, "in")
    V["g3"] = P(dl.g, "in")
    return "chat", "in", fill(fr, **V)


@tpl
def contacts_tidy(R):
    c = ch(R, ["uk", "us", "in", "de", "fr", "es", "it", "nl", "br", "pl", "ie", "au"])
    lang = {"uk": "en", "us": "en", "ie": "en", "au": "en", "in": "in", "br": "pt"}.get(c, c)
    ask = {"en": "can you tidy this into a table (name | phone | email), it's the class parents list:",
           "in": "pls make this a proper table, name/phone/email, society committee list:",
           "de": "mach mir bitte eine saubere Tabelle draus (Name, Telefon, Mail), Elternliste der 3b:",
           "fr": "tu peux mettre ça au propre en tableau (nom, tél, mail) ? liste des parents de CE2 :",
           "es": "ponme esto en una tabla (nombre, teléfono, correo), es la lista del grupo de padres:",
           "it": "mi sistemi questa lista in tabella (nome, telefono, email)? genitori della 2ªB:",
           "nl": "kun je hier een nette tabel van maken (naam, telefoon, mail)? ouders groep 5:",
           "pt": "organiza isso numa tabela (nome, celular, e-mail)? lista dos pais da turma:",
           "pl": "zrób z tego tabelkę (imię i nazwisko, telefon, mail), lista rodziców 2c:"}[lang]
    ps = people(R, c, R.randint(3, 5))
    parts = [ask, "\n\n"]
    for p in ps:
        st = R.randint(0, 3)
        if st == 0:
            parts += [P(p.full, c), " - ", ph(R, p), " - ", email(R, p), "\n"]
        elif st == 1:
            parts += [P(p.full, c), ", ", email(R, p), ", ", ph(R, p), "\n"]
        elif st == 2:
            parts += [P(p.g, c), " ", P(p.f, c), " ", ph(R, p), "\n"]
        else:
            parts += [P(p.full, c), " (", ph(R, p), ") ", email(R, p), "\n"]
    return "request", lang, parts


@tpl
def env_audit(R):
    V = dict(a=S(R, "aws_access_key_id"), b=S(R, "aws_secret_access_key"), c=S(R, ch(R, ["stripe", "openai", "anthropic"])),
             d=S(R, ch(R, ["slack_token", "twilio", "sendgrid"])), e=pw(R), f=S(R, ch(R, ["google_api_key", "github_pat", "npm_token"])),
             ip=ch(R, [ip_priv, ip_pub])(R), pk=N("pk_test_" + rnd(R, ALNUM, 24), "publishable_key"))
    fr = ch(R, [
        "which of these are actually secret? I want to move the real ones to Vault and keep the rest in the repo\n\nAPP_NAME=shop-api\nLOG_LEVEL=debug\nAWS_ACCESS_KEY_ID=⟨a⟩\nAWS_SECRET_ACCESS_KEY=⟨b⟩\nPAYMENT_KEY=⟨c⟩\nNOTIFY_TOKEN=⟨d⟩\nDB_HOST=⟨ip⟩\nDB_PASSWORD=⟨e⟩\nMAPS_KEY=⟨f⟩\nPUBLIC_KEY=⟨pk⟩",
        "I accidentally pushed this to a public repo 😬 what do I rotate first?\n```\nexport AWS_ACCESS_KEY_ID=⟨a⟩\nexport AWS_SECRET_ACCESS_KEY=⟨b⟩\nexport API_TOKEN=⟨c⟩\nexport CHAT_TOKEN=⟨d⟩\nexport MYSQL_PWD=⟨e⟩\nexport MYSQL_HOST=⟨ip⟩\n```",
    ])
    return "config", "en", fill(fr, **V)


@tpl
def email_my_team(R):
    c = ch(R, ["uk", "us", "in", "au", "ng", "ie"])
    ps = people(R, c, 4)
    dom = ch(R, ["fernhollow.co.uk", "brightpath-labs.com", "saffronhr.in", "coralbay.com.au", "lekkitech.ng", "quaymedia.ie"])
    V = dict(a=P(ps[0].g, c), ae=email(R, ps[0], dom), b=P(ps[1].g, c), be=email(R, ps[1], dom), cc=P(ps[2].g, c), ce=email(R, ps[2], dom),
             m=P(ps[3].full, c), mph=ph(R, ps[3]), d=N(ch(R, ["Thursday", "next Monday", "the 12th"]), "weekday"))
    fr = ch(R, [
        "write an email inviting ⟨a⟩ (⟨ae⟩), ⟨b⟩ (⟨be⟩) and ⟨cc⟩ (⟨ce⟩) to the project kickoff on ⟨d⟩. mention that ⟨m⟩ from the client side will join, mobile ⟨mph⟩ if anyone gets lost",
        "I need a polite nudge to ⟨a⟩ <⟨ae⟩>, cc ⟨b⟩ <⟨be⟩> and ⟨cc⟩ <⟨ce⟩>: timesheets are due ⟨d⟩. sign off as ⟨m⟩, ⟨mph⟩",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def hotel_card_transcript(R):
    c = ch(R, ["uk", "us", "de", "es", "it", "fr"])
    lang = {"uk": "en", "us": "en"}.get(c, c)
    me = Person(R, c)
    cd = card(R, ch(R, ["visa", "mastercard", "amex"]))
    ex = N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date")
    V = dict(cd=cd, cd2=L("card", cd.value, **cd.meta), n=P(me.caps(), c), n2=P(me.full, c), em=email(R, me), ex=ex, ph=ph(R, me))
    fr = {
        "en": "User: the hotel wants me to email my card to guarantee the room, can you write it? card ⟨cd⟩ exp ⟨ex⟩, name on card ⟨n⟩, my email ⟨em⟩\nAssistant: I can, but e-mailing a full card number is risky. If they insist, here is the text:\n\n\"Please guarantee booking with card ⟨cd2⟩, cardholder ⟨n2⟩ ...\"\nBetter: ask them for a secure payment link.\nUser: they only take it by email 🙄 add my phone ⟨ph⟩",
        "de": "User: das Hotel will meine Kreditkarte per Mail zur Garantie, formulier das bitte: Karte ⟨cd⟩, gültig bis ⟨ex⟩, Karteninhaber ⟨n⟩, Mail ⟨em⟩\nAssistant: Hier ein Vorschlag – sicherer wäre aber ein Zahlungslink:\n\n\"Zur Garantie meiner Buchung: Karte ⟨cd2⟩, Inhaber ⟨n2⟩.\"\nUser: ok, und meine Handynummer ⟨ph⟩ noch dazu",
        "es": "User: el hotel me pide la tarjeta por correo para la garantía: ⟨cd⟩, caduca ⟨ex⟩, titular ⟨n⟩, correo ⟨em⟩. redáctalo\nAssistant: Aquí lo tienes, aunque te recomiendo pedir un enlace de pago:\n\n\"Garantizo la reserva con la tarjeta ⟨cd2⟩, titular ⟨n2⟩.\"\nUser: añade mi móvil ⟨ph⟩",
        "it": "User: l'hotel vuole la carta via mail come garanzia: ⟨cd⟩, scadenza ⟨ex⟩, intestata a ⟨n⟩, mail ⟨em⟩. scrivimi il messaggio\nAssistant: Eccolo, anche se sarebbe meglio un link di pagamento:\n\n\"Garantisco la prenotazione con la carta ⟨cd2⟩, titolare ⟨n2⟩.\"\nUser: aggiungi il mio cellulare ⟨ph⟩",
        "fr": "User: l'hôtel veut ma carte par mail pour garantir la chambre : ⟨cd⟩, expire ⟨ex⟩, titulaire ⟨n⟩, mail ⟨em⟩. tu peux rédiger ?\nAssistant: Voici le texte, même si un lien de paiement serait plus sûr :\n\n« Je garantis la réservation avec la carte ⟨cd2⟩, titulaire ⟨n2⟩. »\nUser: ajoute mon portable ⟨ph⟩",
    }[lang]
    return "transcript", lang, fill(fr, **V)


FORM_FRAMES = {
    "de": ("User: füll mir bitte das Anmeldeformular aus: ⟨n⟩, geboren am ⟨dob⟩, wohnhaft ⟨a⟩, Handy ⟨ph⟩, Mail ⟨em⟩\nAssistant: Gern:\nName: ⟨n2⟩\nGeburtsdatum: ⟨dob2⟩\nAnschrift: ⟨a2⟩\nTelefon: ⟨ph2⟩\nE-Mail: ⟨em2⟩\nUser: passt, danke", "de"),
    "fr": ("User: remplis le formulaire d'inscription pour moi : ⟨n⟩, née le ⟨dob⟩, ⟨a⟩, tél ⟨ph⟩, mail ⟨em⟩\nAssistant: Voilà :\nNom : ⟨n2⟩\nDate de naissance : ⟨dob2⟩\nAdresse : ⟨a2⟩\nTéléphone : ⟨ph2⟩\nCourriel : ⟨em2⟩", "fr"),
    "es": ("User: rellena la inscripción del polideportivo con mis datos: ⟨n⟩, nacida el ⟨dob⟩, ⟨a⟩, móvil ⟨ph⟩, ⟨em⟩\nAssistant: Aquí está:\nNombre: ⟨n2⟩\nFecha de nacimiento: ⟨dob2⟩\nDomicilio: ⟨a2⟩\nTeléfono: ⟨ph2⟩\nCorreo: ⟨em2⟩", "es"),
    "it": ("User: compila il modulo di iscrizione: ⟨n⟩, nata il ⟨dob⟩, residente in ⟨a⟩, cell ⟨ph⟩, mail ⟨em⟩\nAssistant: Ecco il modulo compilato:\nNome e cognome: ⟨n2⟩\nData di nascita: ⟨dob2⟩\nIndirizzo: ⟨a2⟩\nTelefono: ⟨ph2⟩\nEmail: ⟨em2⟩", "it"),
    "nl": ("User: vul dit formulier voor me in: ⟨n⟩, geboren ⟨dob⟩, ⟨a⟩, mobiel ⟨ph⟩, mail ⟨em⟩\nAssistant: Alsjeblieft:\nNaam: ⟨n2⟩\nGeboortedatum: ⟨dob2⟩\nAdres: ⟨a2⟩\nTelefoon: ⟨ph2⟩\nE-mail: ⟨em2⟩", "nl"),
    "br": ("User: preenche a ficha pra mim: ⟨n⟩, nascida em ⟨dob⟩, ⟨a⟩, cel ⟨ph⟩, ⟨em⟩\nAssistant: Pronto:\nNome: ⟨n2⟩\nData de nascimento: ⟨dob2⟩\nEndereço: ⟨a2⟩\nCelular: ⟨ph2⟩\nE-mail: ⟨em2⟩", "pt"),
    "pt": ("User: preenche-me a ficha de inscrição: ⟨n⟩, nascida a ⟨dob⟩, ⟨a⟩, telemóvel ⟨ph⟩, ⟨em⟩\nAssistant: Aqui está:\nNome: ⟨n2⟩\nData de nascimento: ⟨dob2⟩\nMorada: ⟨a2⟩\nTelemóvel: ⟨ph2⟩\nE-mail: ⟨em2⟩", "pt"),
    "pl": ("User: wypełnij mi formularz: ⟨n⟩, urodzona ⟨dob⟩, ⟨a⟩, tel. ⟨ph⟩, ⟨em⟩\nAssistant: Proszę:\nImię i nazwisko: ⟨n2⟩\nData urodzenia: ⟨dob2⟩\nAdres: ⟨a2⟩\nTelefon: ⟨ph2⟩\nE-mail: ⟨em2⟩", "pl"),
    "tr": ("User: formu benim için doldur: ⟨n⟩, doğum tarihi ⟨dob⟩, ⟨a⟩, cep ⟨ph⟩, ⟨em⟩\nAssistant: Buyurun:\nAd Soyad: ⟨n2⟩\nDoğum tarihi: ⟨dob2⟩\nAdres: ⟨a2⟩\nTelefon: ⟨ph2⟩\nE-posta: ⟨em2⟩", "tr"),
    "sv": ("User: fyll i blanketten åt mig: ⟨n⟩, född ⟨dob⟩, ⟨a⟩, mobil ⟨ph⟩, ⟨em⟩\nAssistant: Här:\nNamn: ⟨n2⟩\nFödelsedatum: ⟨dob2⟩\nAdress: ⟨a2⟩\nTelefon: ⟨ph2⟩\nE-post: ⟨em2⟩", "sv"),
}


@tpl
def form_fill_multilang(R):
    c = ch(R, sorted(FORM_FRAMES))
    fr, lang = FORM_FRAMES[c]
    me = Person(R, c, female=True)
    y, m, d = bdate(R, 1950, 2004)
    V = dict(n=P(me.full, c), dob=DOB(R, c, y, m, d), a=A(R, c), ph=phone(R, CULT_REGION[c]), em=email(R, me))
    for k in ("n", "dob", "a", "ph", "em"):
        V[k + "2"] = L(V[k].type, V[k].value, **V[k].meta)
    return "transcript", lang, fill(fr, **V)


@tpl
def family_chat_multilang(R):
    c = ch(R, ["de", "fr", "es", "it", "nl", "br", "pl", "tr", "uk", "ng"])
    lang = {"uk": "en", "ng": "en", "br": "pt"}.get(c, c)
    ask = {"de": "fass mir den Familienchat zusammen, wer bringt was zu Omas 80.?", "fr": "résume-moi la discussion de famille, qui apporte quoi pour l'anniversaire de mamie ?",
           "es": "resúmeme el chat familiar, ¿quién lleva qué al cumple de la abuela?", "it": "riassumi la chat di famiglia, chi porta cosa per il compleanno della nonna?",
           "nl": "vat de familie-app samen, wie neemt wat mee voor oma's verjaardag?", "pt": "resume o grupo da família, quem leva o quê pro aniversário da vó?",
           "pl": "streść czat rodzinny, kto co przynosi na urodziny babci?", "tr": "aile grubunu özetle, anneannemin doğum gününe kim ne getiriyor?",
           "en": "summarise the family chat, who's bringing what to grandma's 80th?"}[lang]
    ps = people(R, c, 3)
    V = dict(a=P(ps[0].g, c), b=P(ps[1].g, c), c_=P(ps[2].g, c), a2=P(ps[0].g, c), b2=P(ps[1].g, c), ad=A(R, c), ph=ph(R, ps[2]), ph0=ph(R, ps[0]))
    body = "\n\n[09:12] ⟨a⟩: 🎂🎂 ☎️ ⟨ph0⟩\n[09:15] ⟨b⟩: 🍷🍷\n[09:20] ⟨c_⟩: 📍 ⟨ad⟩ 14:00 ☎️ ⟨ph⟩\n[09:21] ⟨a2⟩: 👍\n[09:40] ⟨b2⟩: 🎈"
    return "chat", lang, fill(ask + body, **V)


@tpl
def db_strings(R):
    u = ch(R, ["admin", "app", "root", "svc_orders", "report"])
    V = dict(p=pw(R), ip=ch(R, [ip_pub, ip_priv])(R), p2=pw(R), ip2=ch(R, [ip_pub, ip_priv])(R), u=u, hk=S(R, "hex32"))
    fr = ch(R, [
        "which of these connection strings is malformed?\n\nmongodb://⟨u⟩:⟨p⟩@⟨ip⟩:27017/orders?authSource=admin\nredis://:⟨p2⟩@⟨ip2⟩:6379/0\n\nthe mongo one says 'Authentication failed'",
        "mysql -h ⟨ip⟩ -u ⟨u⟩ -p'⟨p⟩' works from my laptop but not from the app server ⟨ip2⟩. grants issue? the api key in the same config is ⟨hk⟩ if that matters",
    ])
    return "code", "en", fill(fr, **V)


@tpl
def curl_bearer(R):
    c = ch(R, ["us", "uk", "in"])
    me = Person(R, c)
    V = dict(t=S(R, ch(R, ["jwt", "openai", "stripe", "anthropic"])), e=email(R, me), n=P(me.full, c), ph=ph(R, me),
             ip=ip_pub(R))
    fr = "why do I get 422 here?\n\ncurl -X POST https://api.crm.local/v2/contacts \\\n  -H \"Authorization: Bearer ⟨t⟩\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"name\": \"⟨n⟩\", \"email\": \"⟨e⟩\", \"phone\": \"⟨ph⟩\", \"signup_ip\": \"⟨ip⟩\"}'"
    return "code", en_lang(c), fill(fr, **V)


@tpl
def reference_ask(R):
    c = ch(R, ["uk", "us", "ie", "au", "in"])
    me, boss = people(R, c, 2)
    V = dict(b=P(boss.full, c), bt=P(boss.sur, c), be=email(R, boss), bph=ph(R, boss), n=P(me.full, c), g=P(me.g, c), em=email(R, me),
             a=A(R, c), t=ch(R, ["Mr", "Ms", "Dr"]))
    fr = ch(R, [
        "how do I ask my old boss ⟨b⟩ for a reference without it being awkward? I haven't spoken to ⟨t⟩ ⟨bt⟩ in 2 years. his email ⟨be⟩, mobile ⟨bph⟩. I'm ⟨n⟩",
        "draft a thank-you note to ⟨t⟩ ⟨bt⟩ for the reference, send to ⟨be⟩ from ⟨em⟩. sign ⟨g⟩. maybe mention I'll post a card to her too, my address for her reply is ⟨a⟩",
    ])
    return "request", en_lang(c), fill(fr, **V)


@tpl
def de_email_thread(R):
    a, b = people(R, "de", 2)
    dom = ch(R, ["moosbach-elektro.de", "kranich-logistik.de", "hafenblick-verlag.de"])
    V = dict(a=P(a.full, "de"), ae=email(R, a, dom), b=P(b.full, "de"), be=email(R, b, dom), ag=P(a.g, "de"), bg=P(b.g, "de"), bs=P(b.sur, "de"),
             ph=phone(R, "DE"), ph2=phone(R, "DE"))
    fr = "fass mir den Verlauf kurz zusammen und sag mir, was ich antworten soll:\n\nVon: ⟨b⟩ <⟨be⟩>\nAn: ⟨a⟩ <⟨ae⟩>\nBetreff: AW: Angebot Hallenbeleuchtung\n\nHallo ⟨ag⟩,\nwir brauchen das Angebot bis Freitag, sonst springt der Kunde ab. Ruf mich kurz an: ⟨ph⟩\nGruß ⟨bg⟩\n\n> Am Montag schrieb ⟨a⟩:\n> Hallo Herr ⟨bs⟩, ich kläre das mit der Kalkulation.\n> ⟨ag2⟩ – Tel. ⟨ph2⟩"
    V["ag2"] = P(a.g, "de")
    return "email", "de", fill(fr, **V)


@tpl
def fr_es_it_transcript_job(R):
    c = ch(R, ["fr", "es", "it", "nl", "br"])
    lang = "pt" if c == "br" else c
    me, rh = people(R, c, 2)
    V = dict(n=P(me.full, c), n2=P(me.full, c), em=email(R, me), em2=None, ph=phone(R, CULT_REGION[c]), ph2=None, rh=P(rh.sur, c), a=A(R, c))
    V["em2"] = L("email", V["em"].value, **V["em"].meta)
    V["ph2"] = L("phone", V["ph"].value, **V["ph"].meta)
    fr = {
        "fr": "User: écris une lettre de motivation pour un poste d'assistante comptable, je m'appelle ⟨n⟩, ⟨em⟩, ⟨ph⟩, j'habite ⟨a⟩\nAssistant: Voici une proposition :\n\n⟨n2⟩\n⟨ph2⟩ – ⟨em2⟩\n\nMadame, Monsieur, ...\nUser: adresse-la à Mme ⟨rh⟩ de la RH",
        "es": "User: hazme una carta de presentación para dependienta, soy ⟨n⟩, ⟨em⟩, ⟨ph⟩, vivo en ⟨a⟩\nAssistant: Aquí tienes un borrador:\n\n⟨n2⟩ · ⟨ph2⟩ · ⟨em2⟩\n\nEstimada señora ...\nUser: dirígela a la señora ⟨rh⟩, de recursos humanos",
        "it": "User: scrivimi una lettera di presentazione per un posto da magazziniere: ⟨n⟩, ⟨em⟩, ⟨ph⟩, abito in ⟨a⟩\nAssistant: Ecco una bozza:\n\n⟨n2⟩ – ⟨ph2⟩ – ⟨em2⟩\n\nGentile responsabile, ...\nUser: indirizzala alla dott.ssa ⟨rh⟩",
        "nl": "User: schrijf een sollicitatiebrief voor een baan als doktersassistent. ik ben ⟨n⟩, ⟨em⟩, ⟨ph⟩, ⟨a⟩\nAssistant: Hier is een opzet:\n\n⟨n2⟩\n⟨ph2⟩ | ⟨em2⟩\n\nGeachte heer/mevrouw, ...\nUser: richt hem aan mevrouw ⟨rh⟩",
        "br": "User: faz uma carta de apresentação pra vaga de recepcionista, sou ⟨n⟩, ⟨em⟩, ⟨ph⟩, moro na ⟨a⟩\nAssistant: Segue uma sugestão:\n\n⟨n2⟩ – ⟨ph2⟩ – ⟨em2⟩\n\nPrezada equipe de RH, ...\nUser: endereça pra Sra. ⟨rh⟩",
    }[c]
    return "transcript", lang, fill(fr, **V)


@tpl
def card_in_prose_multilang(R):
    c = ch(R, ["de", "es", "it", "nl", "br", "pl", "tr", "in"])
    lang = {"br": "pt"}.get(c, c)
    me = Person(R, c)
    V = dict(cd=card(R, "rupay" if c == "in" and R.random() < 0.5 else None), n=P(me.full, c), ph=ph(R, me),
             l4=N(digits(R, 4), "masked_card"))
    fr = {
        "de": "meine Karte ⟨cd⟩ wurde gestern bei einem Onlineshop belastet, den ich nicht kenne. Was schreibe ich der Bank? Karteninhaber ⟨n⟩, Rückruf ⟨ph⟩",
        "es": "me han cobrado dos veces en la tarjeta ⟨cd⟩, titular ⟨n⟩. ¿cómo reclamo al banco? mi móvil ⟨ph⟩",
        "it": "la mia carta ⟨cd⟩ è stata clonata?? vedo un addebito strano. intestatario ⟨n⟩, cell ⟨ph⟩. cosa faccio?",
        "nl": "er staat een afschrijving op mijn creditcard ⟨cd⟩ die ik niet herken. kaarthouder ⟨n⟩, bel me op ⟨ph⟩. hoe blokkeer ik hem?",
        "br": "caiu uma compra estranha no meu cartão ⟨cd⟩, titular ⟨n⟩. como contesto? meu zap ⟨ph⟩",
        "pl": "ktoś obciążył moją kartę ⟨cd⟩, posiadacz ⟨n⟩, tel ⟨ph⟩. jak napisać reklamację?",
        "tr": "kartımdan ⟨cd⟩ tanımadığım bir çekim yapılmış, kart sahibi ⟨n⟩, tel ⟨ph⟩. bankaya ne yazayım?",
        "in": "my card ⟨cd⟩ got debited twice on IRCTC, name ⟨n⟩, mobile ⟨ph⟩. old card ending ⟨l4⟩ was blocked last year. how to raise dispute?",
    }[c]
    return "request", lang, fill(fr, **V)


TRAVEL_ASK = {
    "en": ("book flights for us to ⟨d⟩ in the half term, here are the passport details:\n", "can you check I've got these right before I pay?", "passport", "born"),
    "in": ("please fill the flight booking for family trip to ⟨d⟩, details:\n", "kuch galat ho toh batana", "passport", "DOB"),
    "de": ("kannst du die Flugbuchung nach ⟨d⟩ für uns vorbereiten? Daten:\n", "stimmt das Format so?", "Reisepass", "geb."),
    "fr": ("prépare la réservation des vols pour ⟨d⟩, voilà nos infos :\n", "c'est bon comme ça ?", "passeport", "né(e) le"),
    "es": ("prepárame la reserva de vuelos a ⟨d⟩, estos son nuestros datos:\n", "¿está todo bien?", "pasaporte", "nacido/a el"),
    "it": ("prepara la prenotazione dei voli per ⟨d⟩, ecco i dati:\n", "va bene così?", "passaporto", "nato/a il"),
}


@tpl
def family_travel(R):
    lang = ch(R, ["en", "en", "en", "in", "de", "fr", "es", "it"])
    c = {"en": ch(R, ["uk", "us", "ie", "au"]), "in": "in"}.get(lang, lang)
    pk = {"uk": "uk", "us": "us", "ie": "ie", "au": "au", "in": "in", "de": "de", "fr": "fr", "es": "es", "it": "it"}[c]
    ask, end, pw_, bw = TRAVEL_ASK[lang]
    dlang = "us" if c == "us" else c
    ps = people(R, c, R.randint(2, 4))
    fam = ps[0].f
    parts = fill(ask, d=ch(R, ["Lanzarote", "Dubai", "Orlando", "Kraków", "Tenerife", "Goa", "Bali"]))
    for i, p in enumerate(ps):
        lo, hi = (1960, 1995) if i < 2 else (2008, 2022)
        y, m, d = bdate(R, lo, hi)
        nm = p.g + " " + (fam if i > 0 and R.random() < 0.7 else p.f)
        if R.random() < 0.4:
            nm = nm.upper()
        parts += ["- ", P(nm, c), ", %s " % bw, DOB(R, dlang, y, m, d), ", %s " % pw_, passport(R, pk), "\n"]
    parts.append(end)
    return "request", lang, parts


DEBUG_ASK = {
    "de": "warum bekomme ich 'access denied'? hier meine config:",
    "fr": "pourquoi j'ai une erreur d'authentification ? voilà ma config :",
    "es": "¿por qué me da 'authentication failed'? esta es mi config:",
    "pt": "por que dá erro de autenticação? segue minha config:",
    "nl": "waarom krijg ik 'unauthorized'? dit is mijn config:",
    "pl": "czemu dostaję 'unauthorized'? oto mój config:",
    "tr": "neden 'yetkisiz' hatası alıyorum? config dosyam şu:",
    "it": "perché mi dà 'accesso negato'? ecco la mia config:",
    "in": "bro ye config me kya galat hai, 401 aa raha hai:",
}


@tpl
def debug_multilang(R):
    lang = ch(R, sorted(DEBUG_ASK))
    V = dict(a=S(R, ch(R, ["stripe", "openai", "sendgrid", "github_pat", "anthropic", "google_api_key"])), p=pw(R), ip=ch(R, [ip_pub, ip_priv])(R),
             k=S(R, ch(R, ["aws_access_key_id", "slack_token", "npm_token", "twilio"])), u=N(ch(R, ["app", "shop", "backend"]), "username"))
    fr = ch(R, [
        "\n\n```\nDB_HOST=⟨ip⟩\nDB_USER=⟨u⟩\nDB_PASS=⟨p⟩\nAPI_KEY=⟨a⟩\nOTHER_TOKEN=⟨k⟩\n```",
        "\n\n```yaml\ndatabase:\n  host: ⟨ip⟩\n  user: ⟨u⟩\n  password: \"⟨p⟩\"\nintegrations:\n  api_key: ⟨a⟩\n  token: ⟨k⟩\n```",
    ])
    return "config", lang, fill(DEBUG_ASK[lang] + fr, **V)


@tpl
def uk_payroll(R):
    me = Person(R, "uk")
    y, m, d = bdate(R, 1960, 2004)
    V = dict(ni=nino(R), n=P(me.full, "uk"), dob=DOB(R, "uk", y, m, d), a=A(R, "uk"), ib=iban(R, "GB"), em=email(R, me),
             hr=P(Person(R, "uk").g, "uk"), tc=N(ch(R, ["1257L", "BR", "0T", "1257L M1"]), "tax_code"))
    fr = ch(R, [
        "my new job's payroll put me on emergency tax code ⟨tc⟩. write an email to ⟨hr⟩ in HR with my NI number ⟨ni⟩ and date of birth ⟨dob⟩ so they can fix it. I'm ⟨n⟩",
        "can you write to HMRC for me? name ⟨n⟩, National Insurance ⟨ni⟩, DOB ⟨dob⟩, address ⟨a⟩. I think I overpaid tax last year, refund to ⟨ib⟩",
        "starter checklist asks NI number, bank and address, is this right: ⟨n⟩ / ⟨ni⟩ / ⟨ib⟩ / ⟨a⟩ / ⟨em⟩",
    ])
    return "request", "en", fill(fr, **V)


@tpl
def es_nie_visa(R):
    me, hijo = people(R, "es", 2)
    y, m, d = bdate(R, 1960, 2000)
    V = dict(nie=nie(R), n=P(me.full, "es"), dob=DOB(R, "es", y, m, d), a=A(R, "es"), ph=phone(R, "ES"), em=email(R, me),
             h=P(hijo.g, "es"), hd=DOB(R, "es", lo=2010, hi=2021), hnie=nie(R))
    fr = ch(R, [
        "tengo cita en extranjería para renovar la tarjeta, mi NIE es ⟨nie⟩, nací el ⟨dob⟩. ¿qué papeles llevo? también la de mi hijo ⟨h⟩, nacido el ⟨hd⟩, NIE ⟨hnie⟩",
        "rellena el formulario EX-17 conmigo: ⟨n⟩, NIE ⟨nie⟩, fecha de nacimiento ⟨dob⟩, domicilio ⟨a⟩, teléfono ⟨ph⟩, correo ⟨em⟩",
    ])
    return "request", "es", fill(fr, **V)


@tpl
def nl_bsn_family(R):
    me, kid = people(R, "nl", 2)
    y, m, d = bdate(R, 2015, 2023)
    V = dict(b=bsn(R), kb=bsn(R), n=P(me.full, "nl"), k=P(kid.g, "nl"), kd=DOB(R, "nl", y, m, d), a=A(R, "nl"), ph=phone(R, "NL"))
    fr = ch(R, [
        "de toeslagen-site wil het BSN van mijn dochter ⟨k⟩ (geboren ⟨kd⟩): ⟨kb⟩, en het mijne is ⟨b⟩. waarom zegt hij 'ongeldig'?",
        "help me de aanmelding voor de BSO in te vullen: kind ⟨k⟩, geboortedatum ⟨kd⟩, BSN ⟨kb⟩, ouder ⟨n⟩, ⟨a⟩, ⟨ph⟩",
    ])
    return "request", "nl", fill(fr, **V)


# ---------------------------------------------------------------- clean templates (no personal data)

@ctpl
def c_recipe(R):
    n = ch(R, [4, 6, 8, 10, 12])
    fr = ch(R, [
        "can you scale this to ⟨n⟩ people? ⟨a⟩ plain flour, 2 eggs, 300 ml milk, a pinch of salt, 1 tbsp Lurpak for the pan. it's my nan's Yorkshire pudding recipe",
        "double this for ⟨n⟩ please: ⟨a⟩ arborio rice, 1 litre stock, 50 g Parmigiano Reggiano, half a glass of Pinot Grigio. also what can I use instead of the wine?",
        "turn this into a shopping list for ⟨n⟩: Victoria sponge (⟨a⟩ caster sugar, 4 eggs), Eton mess, coronation chicken sandwiches",
        "kannst du das Rezept auf ⟨n⟩ Personen umrechnen? ⟨a⟩ Mehl, 1 Päckchen Dr. Oetker Backpulver, 3 Eier, 150 ml Milch",
        "adapte cette recette pour ⟨n⟩ personnes : ⟨a⟩ de farine, 3 œufs, 50 cl de lait, une cuillère de Grand Marnier",
    ])
    return "request", ("de" if "Rezept" in fr else "fr" if "recette" in fr else "en"), fill(fr, n=N(str(n), "quantity"), a=N("%d g" % ch(R, [125, 200, 250, 400]), "quantity"))


@ctpl
def c_travel(R):
    fr = ch(R, [
        "3 days in ⟨city⟩ with two kids, we land ⟨t⟩ on Friday on ⟨fl⟩. must-sees? we're staying near ⟨st⟩",
        "is it worth taking the train from ⟨city⟩ to Porto or should we fly? we have a booking ref ⟨pnr⟩ with TAP but can change",
        "what's the traffic like on ⟨st⟩ on a Saturday? we need to get to ⟨city⟩ Central by ⟨t⟩",
        "plan a rainy day in ⟨city⟩: museums, a cheap lunch, nothing near ⟨st⟩ (too crowded)",
    ])
    city = ch(R, ["Lisbon", "Edinburgh", "Seville", "Kraków", "Bruges", "Galway", "Melbourne", "Chicago", "Valencia"])
    st = ch(R, ["Oxford Street", "Princes Street", "Las Ramblas", "the Rua Augusta", "Grafton Street", "Michigan Avenue", "Flinders Street Station", "King Street"])
    return "request", "en", fill(fr, city=city, st=N(st, "street_no_number"), t=N(ch(R, ["14:35", "9.10am", "6:45pm"]), "time"),
                                 fl=N(ch(R, ["TP1351", "FR2174", "EI153", "U28241"]), "flight_number"), pnr=N(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ", 6), "pnr"))


@ctpl
def c_books_films(R):
    fr = ch(R, [
        "I loved ⟨b⟩ and ⟨b2⟩, what should I read next? nothing too long, I read on the bus",
        "book club picked ⟨b⟩. can you give me 5 discussion questions without spoilers past chapter 10?",
        "compare the film version of ⟨b⟩ with the book, which one should my 14 year old do the essay on?",
        "recommend me something like ⟨b⟩ but set in Scotland",
    ])
    bs = ["Jane Eyre", "Oliver Twist", "Anna Karenina", "Moby-Dick", "Pride and Prejudice", "Wuthering Heights", "Madame Bovary",
          "Little Women", "The Secret Garden", "Treasure Island", "David Copperfield", "Frankenstein"]
    b, b2 = R.sample(bs, 2)
    return "request", "en", fill(fr, b=N(b, "book_title"), b2=N(b2, "book_title"))


@ctpl
def c_sports(R):
    fr = ch(R, [
        "who's more likely to win, ⟨t1⟩ or ⟨t2⟩ on Sunday? explain like I know nothing about football",
        "make a quiz for the pub: 10 questions about ⟨t1⟩ and ⟨t2⟩ history, answers at the end",
        "quien ganó más ligas, el ⟨t1⟩ o el ⟨t2⟩? y cuántas copas de Europa tiene cada uno",
        "write a funny group chat message, ⟨t1⟩ lost 4-0 to ⟨t2⟩ and my mate supports them",
    ])
    t = ["Arsenal", "Real Madrid", "Celtic", "Boca Juniors", "Galatasaray", "Ajax", "Benfica", "Juventus", "Leeds United", "Athletic Club", "Borussia Dortmund"]
    t1, t2 = R.sample(t, 2)
    return "request", "es" if "quien" in fr else "en", fill(fr, t1=N(t1, "team"), t2=N(t2, "team"))


@ctpl
def c_code_placeholders(R):
    fr = ch(R, [
        "why does this read an empty key?\n\n```python\nimport os\nAPI_KEY = os.environ.get(\"OPENAI_API_KEY\", \"<your-api-key>\")\nclient = OpenAI(api_key=API_KEY)\nprint(client.models.list())\n```\nI set it in .env as OPENAI_API_KEY=sk-xxxx",
        "my .env.example looks like this, is it ok to commit?\n\n```\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_your_key_here\nREDIS_URL=redis://127.0.0.1:6379/0\nJWT_SECRET=changeme\n```",
        "server starts but I can't reach it from my phone:\n\n```js\napp.listen(3000, '127.0.0.1', () => console.log('listening'))\n```\nshould it be 0.0.0.0?",
        "explain this slice `xs[::-1]` and `a[1::2]` in python and why `np.arange(10)[2:8:3]` gives 2 values",
        "GitHub Actions says secret not found: `token: ${{ secrets.NPM_TOKEN }}` — where do I add it?",
    ])
    return "code", "en", [N(fr, "placeholder")]


@ctpl
def c_order_tracking(R):
    fr = ch(R, [
        "my amazon order ⟨o⟩ says delivered but nothing came. what do I say in the chat?",
        "write a complaint to the courier: tracking ⟨tr⟩, parcel stuck in the depot since Tuesday",
        "ticket ⟨tk⟩ has been open 3 weeks, draft a polite escalation to the support team",
        "the shop says refund ⟨tk⟩ was issued on ⟨d⟩ but I can't see it, how long does it normally take?",
    ])
    return "request", "en", fill(fr, o=N("%s-%s-%s" % (digits(R, 3), digits(R, 7), digits(R, 7)), "order_number"),
                                 tr=N("1Z" + rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16), "tracking"),
                                 tk=N(ch(R, ["#", "TCK-", "RF"]) + digits(R, 7), "ticket"), d=N(other_date(R, "en"), "date"))


@ctpl
def c_versions(R):
    fr = ch(R, [
        "should I upgrade from Node ⟨v1⟩ to ⟨v2⟩ or wait? we use Next.js 14.2.3",
        "pip says 'requires numpy>=⟨v1⟩' but I have ⟨v2⟩, how do I pin it?",
        "Windows update stuck at build ⟨b⟩, is it safe to restart?",
        "Python 3.12 vs 3.11 for a Django 5.0.6 project — any gotchas?",
    ])
    v = lambda: "%d.%d.%d" % (R.randint(1, 22), R.randint(0, 30), R.randint(0, 12))
    return "request", "en", fill(fr, v1=N(v(), "version"), v2=N(v(), "version"), b=N("10.0.%d.%d" % (R.randint(19041, 26100), R.randint(1, 4000)), "version"))


@ctpl
def c_namewords(R):
    fr = ch(R, [
        "Will the June release still support Ruby 3.2? Mark the migration as optional if not.",
        "Can you grant access to the shared drive for the whole team? Bill the hours to the Paris office.",
        "rewrite: 'May I ask whether the rose gold version ships before Christmas Eve?'",
        "Summer term starts Monday; we need to sort the Ivy League applications by then.",
        "I'm making a Mason jar salad for the week, ideas? no olives",
        "Is Jack Wolfskin or The North Face better value for a winter jacket?",
        "what's the difference between a Victoria sponge and a Madeira cake",
    ])
    return "request", "en", [N(fr, "name_as_word")]


@ctpl
def c_meeting(R):
    fr = ch(R, [
        "move the standup from ⟨d1⟩ 9:30 to ⟨d2⟩ 10:00 and write a short note to the team explaining why",
        "draft an agenda for the Q3 review on ⟨d1⟩: budget (⟨amt⟩ over), hiring, the Berlin office move",
        "write a reminder: the fire drill is on ⟨d2⟩ at 11, meet at assembly point B by the car park",
    ])
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    d1, d2 = R.sample(days, 2)
    return "request", "en", fill(fr, d1=N(d1, "weekday"), d2=N(d2, "weekday"), amt=money(R, "£"))


@ctpl
def c_budget(R):
    fr = ch(R, [
        "split ⟨a⟩ between 4 people but one of us only stayed 2 nights out of 5",
        "is ⟨a⟩ a month reasonable for a family of 4 in Manchester for food?",
        "wie viel ist ⟨b⟩ netto bei Steuerklasse 1 ungefähr?",
        "c'est combien ⟨c⟩ en dollars à peu près ?",
        "vale a pena pagar ⟨d⟩ no plano anual ou mensal?",
    ])
    lang = "de" if "Steuerklasse" in fr else "fr" if "combien" in fr else "pt" if "vale" in fr else "en"
    return "request", lang, fill(fr, a=money(R, "£"), b=N("%d.%03d €" % (R.randint(2, 6), R.randint(0, 999)), "amount"),
                                 c=N("%d\u202f%03d €" % (R.randint(1, 9), R.randint(0, 999)), "amount"), d=N("R$ %d,90" % R.randint(19, 399), "amount"))


@ctpl
def c_sql_schema(R):
    fr = ch(R, [
        "is this schema ok for a small shop?\n\n```sql\nCREATE TABLE customers (\n  id SERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email TEXT UNIQUE,\n  phone TEXT,\n  date_of_birth DATE\n);\n```",
        "why is this query slow? `SELECT * FROM orders WHERE created_at > '2026-01-01' ORDER BY total DESC LIMIT 50;` — 4 million rows",
        "how do I mask the card column so only the last 4 show? values look like `**** **** **** 1234`",
    ])
    return "code", "en", [N(fr, "schema")]


@ctpl
def c_email_template(R):
    fr = ch(R, [
        "make this mail merge template friendlier: 'Dear {{first_name}}, your order {{order_id}} has shipped. Questions? Write to support@example.com.'",
        "write a welcome email template for new members, use [Name] and [Membership number] as placeholders, reply-to jane.doe@example.com",
        "Platzhalter-Vorlage bitte: 'Hallo [Vorname], z. B. Max Mustermann, Ihre Kundennummer lautet [Kundennummer].'",
        "modèle de lettre avec des champs [Nom], [Adresse], [Date] pour une résiliation d'abonnement",
    ])
    lang = "de" if "Vorlage" in fr else "fr" if "modèle" in fr else "en"
    return "request", lang, [N(fr, "placeholder")]


@ctpl
def c_wifi_nopw(R):
    fr = ch(R, [
        "my ⟨r⟩ keeps dropping the 5 GHz band every evening around 8pm, the 2.4 is fine. channel is set to auto. what should I change?",
        "mein WLAN (⟨r⟩) ist abends total langsam, Speedtest 12 Mbit statt 250. was kann ich prüfen?",
        "el router ⟨r⟩ se reinicia solo cada noche, ¿es normal?",
    ])
    lang = "de" if "mein" in fr else "es" if "router" in fr and "el " in fr else "en"
    return "request", lang, fill(fr, r=N(ch(R, ["FRITZ!Box 7590", "TP-Link Archer AX55", "Livebox 6", "Sky Broadband Hub", "Vodafone Station"]), "product"))


@ctpl
def c_dates_not_birth(R):
    fr = ch(R, [
        "the deadline for the passport renewal form is ⟨d⟩, how many working days is that from today?",
        "our wedding anniversary is ⟨d⟩, suggest something nice near the Lake District",
        "the invoice is dated ⟨d⟩ and due in 30 days, when's the last day to pay?",
        "my contract ends ⟨d⟩, when do I need to give notice if it's 3 months?",
    ])
    return "request", "en", fill(fr, d=N(other_date(R, "en"), "date"))


@ctpl
def c_de_clean(R):
    fr = ch(R, [
        "kannst du mir einen Text für die Hausversammlung schreiben? Thema: Fahrräder im Treppenhaus, Termin Donnerstag 19 Uhr im Gemeinschaftsraum",
        "was ist der Unterschied zwischen Kindergeld und Kinderzuschlag? kurz bitte",
        "formuliere eine Absage für das Vereinsfest am Samstag, wir sind auf einer Hochzeit in Kassel",
        "Wie lange ist die Fahrt von der Friedrichstraße zum BER mit der S-Bahn ungefähr?",
        "Bitte eine Packliste für 5 Tage Sylt im Oktober, mit Hund",
    ])
    return "request", "de", [N(fr, "prose")]


@ctpl
def c_fr_clean(R):
    fr = ch(R, [
        "écris un message pour le groupe des parents : la sortie au musée d'Orsay est reportée à jeudi, prévoir un pique-nique",
        "quelle est la différence entre un PEL et un livret A ? en deux phrases",
        "propose un menu de Noël pour 8 avec une bûche, sans fruits de mer",
        "combien de temps pour aller de la gare Saint-Lazare à Montmartre à pied ?",
    ])
    return "request", "fr", [N(fr, "prose")]


@ctpl
def c_es_it_clean(R):
    lang, fr = ch(R, [
        ("es", "escríbeme un mensaje para el grupo del cole: la excursión al Parque Warner se cambia al viernes"),
        ("es", "¿qué me recomiendas ver en Granada además de la Alhambra? vamos en Semana Santa"),
        ("it", "scrivi un avviso per il condominio: giovedì mattina manca l'acqua dalle 8 alle 12 per lavori"),
        ("it", "meglio il Frecciarossa o Italo da Milano a Napoli? viaggio a novembre"),
        ("it", "ricetta della carbonara per 4, senza panna per favore"),
    ])
    return "request", lang, [N(fr, "prose")]


@ctpl
def c_nl_pt_pl_tr_clean(R):
    lang, fr = ch(R, [
        ("nl", "schrijf een berichtje voor de buurtapp: zaterdag is er een rommelmarkt op het Museumplein, kraampjes vanaf 9 uur"),
        ("nl", "hoe lang moet ik de stamppot laten koken? recept voor 4"),
        ("pt", "escreve uma mensagem para o grupo da escola: a festa de Santo António é no sábado no jardim"),
        ("pt", "qual é melhor, Vivo ou Claro, para internet em Campinas?"),
        ("pl", "napisz ogłoszenie do wspólnoty: w piątek przegląd kominiarski od 10 do 14"),
        ("pl", "ile czasu jedzie pociąg z Krakowa do Zakopanego w weekend?"),
        ("tr", "apartman grubu için mesaj yaz: pazar günü 10:00'da bahçe temizliği var, herkes gelsin"),
        ("tr", "Kapadokya'da balon turu için en iyi ay hangisi?"),
        ("sv", "skriv ett kort meddelande till föräldragruppen: utflykten till Skansen flyttas till tisdag"),
        ("da", "skriv en besked til opgangen: vi holder loppemarked i gården på søndag"),
        ("no", "skriv en melding til borettslaget: dugnad på lørdag klokka 11"),
    ])
    return "request", lang, [N(fr, "prose")]


@ctpl
def c_logs_clean(R):
    fr = ch(R, [
        "what does this mean?\n\n```\n⟨ts⟩ INFO  Server listening on 0.0.0.0:8080\n⟨ts⟩ WARN  Connection to 127.0.0.1:6379 refused, retrying (3/5)\n⟨ts⟩ ERROR HikariPool-1 - Exception during pool initialization\n```",
        "pytest fails with `AssertionError: assert 404 == 200` on `GET /api/v1/orders/⟨u⟩`, the route exists. why?",
        "docker says `Error response from daemon: driver failed programming external connectivity on endpoint web (⟨h⟩): Bind for 0.0.0.0:80 failed: port is already allocated`",
        "k8s pod in CrashLoopBackOff, `kubectl logs` shows `listen tcp 127.0.0.1:9090: bind: address already in use`, netmask 255.255.255.0 on the node",
    ])
    return "log", "en", fill(fr, ts=N("2026-11-%02d %02d:%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
                             u=N("%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(12), R.getrandbits(48)), "uuid"),
                             h=N(rnd(R, "0123456789abcdef", 64), "hash"))


@ctpl
def c_shopping(R):
    fr = ch(R, [
        "compare the ⟨p1⟩ and the ⟨p2⟩ for a student, budget ⟨a⟩",
        "is the ⟨p1⟩ worth it second-hand for ⟨a⟩? the listing says 'like new, box included'",
        "which is quieter, ⟨p1⟩ or ⟨p2⟩? I live in a flat above a bakery on Market Street",
    ])
    ps = ["iPhone 15", "Pixel 8a", "Galaxy A55", "MacBook Air M3", "ThinkPad T14", "Dyson V15", "Shark Stratos", "PlayStation 5 Slim", "Kindle Paperwhite"]
    p1, p2 = R.sample(ps, 2)
    return "request", "en", fill(fr, p1=N(p1, "product"), p2=N(p2, "product"), a=money(R, ch(R, "£$")))


@ctpl
def c_transcript_clean(R):
    fr = ch(R, [
        "User: how do I reset my router without losing the settings?\nAssistant: Most routers have a backup option under System > Backup. Save the file first, then hold the reset button for 10 seconds.\nUser: it's a ⟨r⟩\nAssistant: On that model the option is under Advanced > System > Backup and Restore.",
        "User: write a haiku about Monday mornings\nAssistant: Grey kettle whispers / inbox breathing at the door / coffee, be my shield\nUser: now one about Friday",
        "User: what's a good name for a golden retriever puppy?\nAssistant: Biscuit, Maple, Sunny or Barley are popular.\nUser: we like Barley! what food should we start him on?",
        "User: explain IBAN vs SWIFT simply\nAssistant: An IBAN identifies an account (it starts with a country code and two check digits); a SWIFT/BIC identifies the bank, like DEUTDEFF.\nUser: and the sort code in the UK?",
    ])
    return "transcript", "en", fill(fr, r=N(ch(R, ["TP-Link Archer C6", "Netgear Nighthawk", "BT Smart Hub 2"]), "product"))


@ctpl
def c_masked_and_fake(R):
    fr = ch(R, [
        "my statement shows a card ending ⟨l4⟩ that I don't recognise, how do I find which card that is?",
        "the form rejects the number (123) 456-7890, what format does it want?",
        "which bank uses the sort code format 12-34-56 and is it the same as a routing number?",
    ])
    return "request", "en", fill(fr, l4=N(digits(R, 4), "masked_card"))


ML_TRIP = {
    "de": ["Wie wird das Wetter am ⟨wd⟩ in ⟨city⟩? Wir wollen über die ⟨st⟩ bummeln und abends essen gehen, Budget ⟨amt⟩",
           "Plan mir einen Tag in ⟨city⟩ mit Kindern, Start am Bahnhof um ⟨t⟩, Mittag irgendwo bei der ⟨st⟩"],
    "fr": ["quel temps fera-t-il ⟨wd⟩ à ⟨city⟩ ? on veut se balader ⟨st⟩, budget ⟨amt⟩",
           "organise-moi une journée à ⟨city⟩ avec des enfants, départ de la gare à ⟨t⟩, déjeuner vers ⟨st⟩"],
    "es": ["¿qué tiempo hará el ⟨wd⟩ en ⟨city⟩? queremos pasear por ⟨st⟩ y cenar por ahí, presupuesto ⟨amt⟩",
           "planea un día en ⟨city⟩ con niños, salimos de la estación a las ⟨t⟩, comida cerca de ⟨st⟩"],
    "it": ["che tempo fa ⟨wd⟩ a ⟨city⟩? vorremmo passeggiare in ⟨st⟩, budget ⟨amt⟩",
           "organizzami una giornata a ⟨city⟩ coi bambini, partenza dalla stazione alle ⟨t⟩, pranzo vicino a ⟨st⟩"],
    "nl": ["wat voor weer wordt het ⟨wd⟩ in ⟨city⟩? we willen over de ⟨st⟩ slenteren, budget ⟨amt⟩",
           "plan een dagje ⟨city⟩ met kinderen, vertrek vanaf het station om ⟨t⟩, lunch bij de ⟨st⟩"],
    "pt": ["como vai estar o tempo ⟨wd⟩ em ⟨city⟩? queremos passear pela ⟨st⟩, orçamento ⟨amt⟩",
           "monta um roteiro de um dia em ⟨city⟩ com crianças, saída da estação às ⟨t⟩, almoço perto da ⟨st⟩"],
    "pl": ["jaka będzie pogoda w ⟨wd⟩ w ⟨city⟩? chcemy pospacerować po ⟨st⟩, budżet ⟨amt⟩",
           "zaplanuj dzień w ⟨city⟩ z dziećmi, wyjazd z dworca o ⟨t⟩, obiad przy ⟨st⟩"],
    "tr": ["⟨wd⟩ ⟨city⟩'da hava nasıl olacak? ⟨st⟩'nde gezmek istiyoruz, bütçe ⟨amt⟩",
           "çocuklarla ⟨city⟩'da bir gün planla, istasyondan ⟨t⟩'da çıkıyoruz, öğle yemeği ⟨st⟩ civarında"],
    "sv": ["hur blir vädret på ⟨wd⟩ i ⟨city⟩? vi vill promenera på ⟨st⟩, budget ⟨amt⟩"],
}
ML_SLOTS = {
    "de": (["Samstag", "Sonntag", "Freitag"], ["Hamburg", "Dresden", "Lübeck", "Heidelberg"], ["Königsallee", "Maximilianstraße", "Zeil", "Schildergasse"], "€"),
    "fr": (["samedi", "dimanche", "mercredi"], ["Bordeaux", "Annecy", "Colmar", "Nice"], ["sur la promenade des Anglais", "rue Sainte-Catherine", "quai des Chartrons", "place Stanislas"], "€"),
    "es": (["sábado", "domingo", "viernes"], ["Cádiz", "San Sebastián", "Toledo", "Córdoba"], ["la calle Larios", "la Gran Vía", "el paseo del Prado", "la calle Mayor"], "€"),
    "it": (["sabato", "domenica", "venerdì"], ["Lucca", "Trieste", "Lecce", "Mantova"], ["via del Corso", "via Toledo", "corso Vittorio Emanuele", "piazza Navona"], "€"),
    "nl": (["zaterdag", "zondag", "vrijdag"], ["Haarlem", "Maastricht", "Delft", "Zwolle"], ["Kalverstraat", "Grote Markt", "Oudegracht", "Coolsingel"], "€"),
    "pt": (["sábado", "domingo", "sexta"], ["Évora", "Aveiro", "Sintra", "Gramado"], ["Rua Augusta", "Avenida Paulista", "Rua de Santa Catarina", "Avenida da Liberdade"], "€"),
    "pl": (["sobotę", "niedzielę", "piątek"], ["Toruniu", "Gdyni", "Zakopanem", "Lublinie"], ["Krupówkach", "Piotrkowskiej", "Długim Targu", "Nowym Świecie"], "zł"),
    "tr": (["Cumartesi", "Pazar", "Cuma"], ["Bursa", "Eskişehir", "Mardin", "Trabzon"], ["İstiklal Caddesi", "Bağdat Caddesi", "Kıbrıs Şehitleri Caddesi"], "TL"),
    "sv": (["lördag", "söndag", "fredag"], ["Visby", "Lund", "Västerås"], ["Drottninggatan", "Kungsgatan", "Avenyn"], "kr"),
}


@ctpl
def c_ml_trip(R):
    lang = ch(R, sorted(ML_TRIP))
    wd, cities, streets, cur = ML_SLOTS[lang]
    amt = N("%d %s" % (ch(R, [50, 80, 120, 150, 200, 300]), cur), "amount")
    return "request", lang, fill(ch(R, ML_TRIP[lang]), wd=N(ch(R, wd), "weekday"), city=N(ch(R, cities), "city"),
                                 st=N(ch(R, streets), "street_no_number"), amt=amt, t=N(ch(R, ["8:40", "9:15", "10:05"]), "time"))


ML_ORDER = {
    "de": "meine Bestellung ⟨o⟩ hängt seit ⟨d⟩ im Paketzentrum, Sendungsnummer ⟨tr⟩. Was schreibe ich dem Kundenservice?",
    "fr": "ma commande ⟨o⟩ est bloquée depuis le ⟨d⟩, numéro de suivi ⟨tr⟩. tu peux m'écrire un message pour le service client ?",
    "es": "mi pedido ⟨o⟩ lleva parado desde el ⟨d⟩, seguimiento ⟨tr⟩. ¿me escribes la reclamación?",
    "it": "il mio ordine ⟨o⟩ è fermo dal ⟨d⟩, tracking ⟨tr⟩. mi scrivi un messaggio per l'assistenza?",
    "nl": "mijn bestelling ⟨o⟩ staat sinds ⟨d⟩ stil, track & trace ⟨tr⟩. kun je een klacht opstellen?",
    "pt": "meu pedido ⟨o⟩ está parado desde ⟨d⟩, rastreio ⟨tr⟩. escreve uma reclamação pra loja?",
    "pl": "moje zamówienie ⟨o⟩ stoi od ⟨d⟩, numer przesyłki ⟨tr⟩. napiszesz reklamację?",
    "tr": "⟨o⟩ numaralı siparişim ⟨d⟩ tarihinden beri kargoda bekliyor, takip no ⟨tr⟩. şikayet yazar mısın?",
    "sv": "min beställning ⟨o⟩ har stått still sedan ⟨d⟩, kolli-id ⟨tr⟩. kan du skriva ett klagomål?",
    "da": "min ordre ⟨o⟩ har ikke rykket sig siden ⟨d⟩, trackingnummer ⟨tr⟩. kan du skrive en klage?",
}


@ctpl
def c_ml_order(R):
    lang = ch(R, sorted(ML_ORDER))
    dl = lang if lang in MON or lang in ("pl", "tr", "sv", "da") else "en"
    return "request", lang, fill(ML_ORDER[lang], o=N(ch(R, ["#", "", "Nr. " if lang == "de" else "n°"]) + digits(R, ch(R, [7, 8, 10])), "order_number"),
                                 d=N(other_date(R, dl), "date"), tr=N(ch(R, ["JJD", "00340", "LX", "CP"]) + digits(R, 12), "tracking"))


ML_PRODUCT = {
    "de": "lohnt sich der ⟨p⟩ für ⟨a⟩ oder lieber der ⟨p2⟩? hauptsächlich für Netflix und Mails",
    "fr": "le ⟨p⟩ à ⟨a⟩ vaut le coup ou je prends plutôt le ⟨p2⟩ ?",
    "es": "¿merece la pena el ⟨p⟩ por ⟨a⟩ o mejor el ⟨p2⟩?",
    "it": "conviene il ⟨p⟩ a ⟨a⟩ o meglio il ⟨p2⟩?",
    "nl": "is de ⟨p⟩ voor ⟨a⟩ de moeite waard of kan ik beter de ⟨p2⟩ nemen?",
    "pt": "vale a pena o ⟨p⟩ por ⟨a⟩ ou é melhor o ⟨p2⟩?",
    "pl": "czy ⟨p⟩ za ⟨a⟩ się opłaca, czy lepiej ⟨p2⟩?",
    "tr": "⟨a⟩'ye ⟨p⟩ alınır mı, yoksa ⟨p2⟩ mi daha mantıklı?",
    "no": "er ⟨p⟩ verdt ⟨a⟩, eller bør jeg ta ⟨p2⟩?",
}


@ctpl
def c_ml_product(R):
    lang = ch(R, sorted(ML_PRODUCT))
    ps = ["Galaxy Tab S9 FE", "iPad Air", "Lenovo Tab P12", "Kindle Scribe", "Xiaomi Pad 6", "Surface Go 4", "Fire HD 10"]
    p, p2 = R.sample(ps, 2)
    cur = {"pl": "zł", "tr": "TL", "no": "kr"}.get(lang, "€")
    a = N(("%d %s" if lang != "pt" else "%d %s") % (R.randint(149, 899), cur), "amount")
    return "request", lang, fill(ML_PRODUCT[lang], p=N(p, "product"), p2=N(p2, "product"), a=a)


# ---------------------------------------------------------------- rules of the part

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]*\d)")
IP_ALLOWED = {"127.0.0.1", "0.0.0.0", "255.255.255.0"}
PARTICLES = {"van", "de", "der", "den", "la", "del", "da", "do", "dos", "das", "du", "le", "zu", "ter", "'t", "ten", "mac", "giolla"}


def _outside(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def value_ok(sp):
    """The checksum / format rule of one label (None when there is none)."""
    v, ty, sub = sp["value"], sp["type"], sp.get("sub", "")
    dg = re.sub(r"\D", "", v)
    if ty == "card":
        return luhn_ok(dg)
    if ty == "iban":
        c = v.replace(" ", "").upper()
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if ty == "ip":
        a = ipaddress.ip_address(v)
        return not a.is_loopback and not a.is_unspecified and (a.version == 6 or str(a).split(".")[3] not in ("0", "255"))
    if ty == "gov_id":
        c = re.sub(r"[\s.\-]", "", v)
        if sub == "us_ssn":
            return ssn_valid(int(dg[:3]), int(dg[3:5]), int(dg[5:]))
        if sub == "us_itin":
            return dg[0] == "9" and int(dg[3:5]) in set(range(50, 66)) | set(range(70, 89)) | {90, 91, 92} | set(range(94, 100))
        if sub == "uk_nino":
            return c[:2] not in NINO_BAD_PREFIX and c[-1] in "ABCD" and len(c) == 9
        if sub == "uk_nhs":
            return nhs_ok(dg)
        if sub == "de_steuerid":
            return steuerid_ok(dg)
        if sub == "fr_nir":
            return nir_ok(c[:13], c[13:])
        if sub == "es_dni":
            return DNI_LETTERS[int(c[:8]) % 23] == c[8]
        if sub == "es_nie":
            return nie_ok(c)
        if sub == "it_cf":
            return cf_check(c[:15]) == c[15]
        if sub == "nl_bsn":
            return bsn_ok(dg)
        if sub == "in_aadhaar":
            return verhoeff_ok(dg)
        if sub == "in_pan":
            return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
        if sub == "br_cpf":
            return cpf_ok(dg)
        if sub == "pl_pesel":
            return pesel_ok(dg)
        if sub == "tr_tckn":
            return tckn_ok(dg)
        if sub == "se_personnummer":
            return pnr_ok(dg)
        if sub == "pt_nif":
            return nif_pt_ok(dg)
        if sub == "no_fnr":
            return fnr_ok(dg)
        if sub.startswith("passport_"):
            return True
        return False
    return None


def rules_ok(rec):
    out = _outside(rec)
    for m in EMAIL_RE.finditer(out):
        if not m.group(0).lower().endswith(("@example.com", "@example.org")):
            return "unlabelled email " + m.group(0)
    for m in IPV4_RE.finditer(out):
        ipv = m.group(1)
        try:
            ipaddress.ip_address(ipv)
        except ValueError:
            continue
        if ipv not in IP_ALLOWED:
            return "unlabelled ipv4 " + ipv
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            for w in re.split(r"[\s\-]+", sp["value"]):
                if len(w) >= 3 and w.lower() not in PARTICLES:
                    words.add(w)
        if value_ok(sp) is False:
            return "bad value %r" % sp
    for w in words:
        if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), out, re.I):
            return "unlabelled name word " + w
    return None


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


# ---------------------------------------------------------------- assembly

def generate():
    cands = {}
    for name, f in TPL:
        lst = []
        for i in range(POOL):
            R = random.Random("%d/%s/%d" % (SEED, name, i))
            form, lang, parts = f(R)
            rec = build("", form, lang, parts)
            check_record(rec)
            if rules_ok(rec) is None and rec["spans"]:
                lst.append(rec)
        cands[name] = lst
    allph = sorted({p for lst in cands.values() for r in lst for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        sys.exit("/tmp/pv/pv missing: phones cannot be validated")
    badv = {(ln.split("\t")[1], ln.split("\t")[2]) for ln in bad}
    for name in cands:
        cands[name] = [r for r in cands[name] if not any((v, rg) in badv for v, rg, _ in phones_of(r))]
    nlab = NREC - NCLEAN
    chosen, tcount, tot, nen = [], Counter(), Counter(), 0
    ptr = {name: 0 for name in cands}

    def take(name):
        nonlocal nen
        r = cands[name][ptr[name]]
        ptr[name] += 1
        chosen.append(r)
        tcount[name] += 1
        tot.update(sp["type"] for sp in r["spans"])
        nen += r["lang"] == "en"

    for name in sorted(cands):
        for _ in range(min(KEEP, len(cands[name]))):
            take(name)
    while len(chosen) < nlab:
        best = None
        for name in sorted(cands):
            if ptr[name] >= len(cands[name]) or tcount[name] >= MAXT:
                continue
            r = cands[name][ptr[name]]
            c2 = tot + Counter(sp["type"] for sp in r["spans"])
            k = len(chosen) + 1
            cost = sum(((c2[t] * nlab / k) - TARGET[t]) ** 2 / TARGET[t] ** 2 for t in TARGET)
            cost += 0.004 * tcount[name]
            share = (nen + (r["lang"] == "en")) / k
            if r["lang"] == "en" and share > EN_SHARE:
                cost += 0.05
            if best is None or cost < best[0]:
                best = (cost, name)
        take(best[1])
    clean, seen = [], set()
    ci = 0
    cc = Counter()
    order = [t for t in CLEAN for _ in range(2 if t[0].startswith(("c_ml_", "c_de_", "c_fr_", "c_es_", "c_nl_")) else 1)]
    while len(clean) < NCLEAN:
        name, f = order[ci % len(order)]
        R = random.Random("%d/%s/%d" % (SEED, name, ci))
        ci += 1
        form, lang, parts = f(R)
        rec = build("", form, lang, parts)
        check_record(rec)
        if rec["text"] in seen or rules_ok(rec) is not None or cc[name] >= 16:
            continue
        seen.add(rec["text"])
        cc[name] += 1
        clean.append(rec)
        if ci > 20000:
            sys.exit("not enough clean records")
    recs = chosen + clean
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        d = {"id": "%s%05d" % (PREFIX, i)}
        d.update({k: v for k, v in r.items() if k != "id"})
        out.append(d)
    return out, tcount


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def check(recs):
    assert len(recs) == NREC, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == NCLEAN
    ids = [r["id"] for r in recs]
    assert ids == ["%s%05d" % (PREFIX, i) for i in range(NREC)]
    for r in recs:
        check_record(r)
        e = rules_ok(r)
        assert e is None, (r["id"], e)
    ph = [p for r in recs for p in phones_of(r)]
    bad = pv_check(ph)
    assert bad is not None, "/tmp/pv/pv missing"
    assert not bad, bad[:5]
    nv = sum(1 for r in recs for sp in r["spans"] if value_ok(sp) is not None)
    print("ok: %d records, %d labels, %d checksummed values, %d phones valid" % (
        len(recs), sum(len(r["spans"]) for r in recs), nv, len(ph)))


def stats(recs):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("langs (labelled):", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs if r["spans"]).most_common()))
    print("subs:", ", ".join("%s %d" % kv for kv in Counter("%s:%s" % (sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "card", "iban", "ip")).most_common()))
    print("phone regions:", ", ".join("%s %d" % kv for kv in Counter(sp["region"] + ("/" + sp["plan"] if "plan" in sp else "") for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("neg tags:", len({t for r in recs for t in r.get("neg", [])}), sorted({t for r in recs for t in r.get("neg", [])}))
    pw_ = {w for r in recs for sp in r["spans"] if sp["type"] == "person" for w in re.split(r"[\s\-]+", sp["value"])}
    print("distinct person name words:", len(pw_), "multi-line labels:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))


def main():
    if "--check" in sys.argv:
        check(load())
        return
    if "--stats" in sys.argv:
        stats(load())
        return
    recs, tcount = generate()
    write_jsonl(OUT, recs)
    print("templates: %d labelled (max %d records each), %d clean" % (len(TPL), max(tcount.values()), len(CLEAN)))
    check(load())
    stats(load())


if __name__ == "__main__":
    main()
