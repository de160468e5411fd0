#!/usr/bin/python3
"""Held-out part 18 of the redaction corpus (heldout18.jsonl).

Written by a sixteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-17 hold),
lines 1-60 of gen_heldout17.py (header and constants) and its function
`pv_check` (grep -A14), and, outside the repository, the 25-line source of
the phone validator /tmp/pv/pv.cc (and it ran /tmp/pv/pv through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file.
Started 06:54:02 UTC, ended 07:21:57 UTC on 2026-12-03 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 17's header.

Theme: IT HELP, ADMIN AND DEVELOPER PASTES -- CREDENTIALS AND IDENTIFIERS
AMONG LOOK-ALIKES. What people paste into an assistant when they are stuck
at work: helpdesk ticket threads, shell sessions with their output, failing
CI job logs, stack traces with the request that caused them, config files
(app .env, docker-compose, kubeconfig, docker config.json, .npmrc, .pypirc,
pip.conf, .netrc, .pgpass, my.cnf, rclone.conf, s3cfg, WireGuard, OpenVPN,
router, printer, NAS, Home Assistant, game servers, CMS, backup tools,
cron, systemd, Ansible, Terraform, Helm, GitHub Actions, GitLab CI,
Jenkinsfile, mail and web servers, message brokers), password-manager and
browser CSV exports, SSO/LDAP user exports, payroll and HR exports with
national ids, bank statement CSVs, CRM contact exports, SMS and e-mail
verification messages, on-call handovers, Jira/ServiceNow tickets, Slack
threads, psql/mysql result tables, API request/response pairs, cron error
mails. English about half, then de, fr, es, it, nl, pt (PT/BR), pl, sv, tr,
ja in the prose around the pastes; the technical content stays as such
files look. Hard negatives everywhere: placeholders, variable references,
secret names without values, policy text, hashes, digests, ids, public
keys, publishable keys, versions, ports, PIDs, timestamps, sizes, ticket
and order numbers, IMEIs, MACs, serials, CVEs, loopback and netmasks.
Every name, street, company, frame sentence, template and look-alike here
was written by hand for this part. Deterministic (seed 180918, shuffle
seed 180919).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout18.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout18.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout18.py --stats   # counts
"""
import base64
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
                       iban_mod97, iban_random, IBAN_LEN, group,
                       ssn_random, ssn_valid, itin_random, nino_random, NINO_BAD_PREFIX,
                       nhs_random, nhs_ok, steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, MONTHS, card_random, card_grouping,
                       split_groups, PLANS, phone_nsn, secret_random, rnd, digits, nz,
                       ALNUM, B32, B64, URLSAFE)

SEED = 180918
SHUFFLE_SEED = 180919
OUT = os.path.join(HERE, "heldout18.jsonl")
PREFIX = "heldout-r-"
NREC = 800
NCLEAN = 200
HEX = "0123456789abcdef"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- names
# culture: (male given, female given, surnames). PL surnames are (male,
# female) pairs; JA entries are (kanji, romaji) pairs.
NAMES = {
    "gb": (["Alistair", "Callum", "Rhys", "Declan", "Torin", "Barnaby", "Ewan", "Hamish", "Crispin",
            "Jolyon", "Lachlan", "Piers", "Rowan", "Tobias", "Gideon", "Fergus"],
           ["Imogen", "Philippa", "Rosalind", "Bryony", "Tamsin", "Eilidh", "Harriet", "Clemency",
            "Morwenna", "Verity", "Juno", "Araminta", "Felicity", "Niamh", "Lowri"],
           ["Pemberton", "Ashworth", "Fairclough", "Thistlewood", "Haverford", "Cardew", "Blenkinsop",
            "Trevelyan", "Gillespie", "Murchison", "Prendergast", "Wetherall", "Kinsella", "Ravenscroft",
            "Stannard", "Tolland", "Hepplewhite", "Garside", "Lumsden", "Ormerod"]),
    "us": (["Dashiell", "Tyrell", "Brantley", "Kendrick", "Desmond", "Everett", "Jalen", "Quentin",
            "Wyatt", "Colton", "Ezekiel", "Maverick", "Dorian", "Lamar"],
           ["Kaylee", "Shanice", "Brianna", "Delaney", "Marisol", "Tamika", "Whitney", "Alondra",
            "Jocelyn", "Kiara", "Makayla", "Savannah", "Danielle", "Ramona"],
           ["Pruitt", "Hollister", "Blackwood", "Delgado", "Moreland", "Whitlock", "Kaplan", "Rasmussen",
            "Donnelly", "Abernathy", "Sandoval", "Oyelaran", "Castellano", "McAllister", "Vandermeer",
            "Lockhart", "Quintero", "Szymanski"]),
    "in": (["Rohan", "Siddharth", "Aniket", "Karthik", "Vikram", "Harpreet", "Nikhil", "Arjun",
            "Pranav", "Sandeep", "Gautam"],
           ["Ananya", "Pooja", "Shreya", "Divya", "Meenakshi", "Kavitha", "Ritika", "Sneha",
            "Aishwarya", "Nandini"],
           ["Raghavan", "Deshpande", "Iyer", "Chatterjee", "Banerjee", "Kulkarni", "Menon",
            "Bhattacharya", "Natarajan", "Saxena", "Malhotra", "Venkatesan", "Subramaniam"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Babatunde", "Ikenna", "Femi", "Obinna"],
           ["Ngozi", "Folake", "Chiamaka", "Adaeze", "Yetunde", "Funmilayo", "Ifeoma"],
           ["Adeyemi", "Nwachukwu", "Olawale", "Ogunbiyi", "Ekwueme", "Adebayo", "Onyekachi",
            "Okonkwo-Bright", "Akinola"]),
    "cn": (["Zhiwei", "Yifan", "Haoran", "Jian", "Zihan", "Bowen"],
           ["Xiaoling", "Yuxin", "Jiayi", "Shuting", "Ruoxi", "Meiling"],
           ["Zhang", "Liu", "Huang", "Zhou", "Guo", "Qian", "Tang", "Xie", "Deng"]),
    "kr": (["Minjun", "Seojun", "Jiwoo", "Hyunwoo", "Dohyun"],
           ["Seoyeon", "Jiyoon", "Haeun", "Soyeon", "Yerin"],
           ["Choi", "Jung", "Kang", "Yoon", "Baek", "Shin", "Hwang"]),
    "vn": (["Quang", "Minh", "Tuan", "Khoa", "Thanh"],
           ["Linh", "Thao", "Huong", "Ngoc", "Trang"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Phan", "Dang", "Bui"]),
    "ar": (["Karim", "Tariq", "Yousef", "Samir", "Hamza", "Bilal"],
           ["Leila", "Rania", "Yasmin", "Salma", "Dalia", "Mariam"],
           ["Haddad", "Mansour", "Khalil", "Nasser", "Farouk", "Saleh", "Qasim", "Shaheen"]),
    "gr": (["Dimitrios", "Konstantinos", "Giorgos", "Stavros"],
           ["Eleni", "Katerina", "Despina", "Theodora"],
           ["Papadakis", "Karagiannis", "Vlachos", "Georgiou", "Antonopoulos", "Stathopoulos"]),
    "de": (["Lennart", "Henrik", "Volker", "Gernot", "Mirko", "Detlef", "Jannik", "Ruprecht", "Wolfram",
            "Malte", "Kai-Uwe", "Torben", "Hauke", "Sönke"],
           ["Annegret", "Svenja", "Wiebke", "Henrike", "Ilka", "Gesine", "Marlene", "Frauke", "Leonie",
            "Dörte", "Merle", "Birte", "Anke"],
           ["Brüggemann", "Kleinschmidt", "Hollenbach", "Stöckl", "Rautenstrauch", "Wienholt", "Dreyer",
            "Lindemann", "Obermaier", "Pfannkuch", "Tiedemann", "Vössing", "Zander", "Gerlach",
            "Hinrichsen", "Quast", "Bollmann", "Feddersen"]),
    "fr": (["Gaëtan", "Aurélien", "Thibault", "Loïc", "Baptiste", "Fabrice", "Honoré", "Maël",
            "Yannick", "Corentin", "Anatole"],
           ["Solène", "Maëlle", "Ségolène", "Clémence", "Apolline", "Lorène", "Anaïs", "Bérénice",
            "Gwenaëlle", "Capucine"],
           ["Fauconnier", "Lemaire", "Roussel", "Barthélemy", "Courtade", "Malherbe", "Vasseur",
            "Chevrier", "Guérin", "Lhermitte", "Poujade", "Rivoire", "Le Gall", "Brossard"]),
    "es": (["Íñigo", "Gonzalo", "Rodrigo", "Álvaro", "Ignacio", "Borja", "Eneko", "Sergio", "Jacinto"],
           ["Ainhoa", "Begoña", "Nerea", "Macarena", "Itziar", "Rocío", "Almudena", "Covadonga"],
           ["Echeverría", "Arrieta", "Villanueva", "Carrasco", "Montalbán", "Quiroga", "Salcedo",
            "Iturbe", "Bermúdez", "Cifuentes", "Olmedo", "Zubizarreta", "Gallardo", "Peñalver"]),
    "it": (["Ettore", "Raffaele", "Tommaso", "Gianluca", "Pierpaolo", "Ottavio", "Dario", "Corrado"],
           ["Ludovica", "Benedetta", "Ginevra", "Ilaria", "Costanza", "Ornella", "Donatella"],
           ["Castiglioni", "Bellandi", "Ferraresi", "Mancuso", "Piccinini", "Santangelo", "Tornatore",
            "Zanetti", "Lombardini", "Quaranta", "Barbieri", "Scognamiglio"]),
    "nl": (["Joost", "Maarten", "Sjoerd", "Thijs", "Wouter", "Gijs", "Bram", "Floris"],
           ["Marloes", "Femke", "Anouk", "Sanne", "Liesbeth", "Ilse", "Fenna", "Jorien"],
           ["Verhoeven", "Brouwer", "van Dijkhuizen", "de Ruiter", "Hoekstra", "Terpstra", "van Leeuwen",
            "Kuipers", "Veenstra", "ter Laak", "Dekkers", "Smulders"]),
    "pt": (["Joaquim", "Rogério", "Duarte", "Henrique", "Nuno", "Tiago"],
           ["Inês", "Graça", "Mafalda", "Beatriz", "Leonor", "Filipa"],
           ["Nogueira", "Figueiredo", "Magalhães", "Assunção", "Pimentel", "Sampaio", "Vasconcelos",
            "Bragança", "Quintela"]),
    "br": (["Thiago", "Caio", "Leandro", "Vinícius", "Renan", "Otávio"],
           ["Thaís", "Luana", "Renata", "Larissa", "Jéssica", "Priscila"],
           ["Cavalcanti", "Teixeira", "Albuquerque", "Siqueira", "Monteiro", "Barreto", "Rezende",
            "Tavares"]),
    "pl": (["Bartosz", "Wojciech", "Przemysław", "Grzegorz", "Kacper", "Mirosław", "Dariusz"],
           ["Agnieszka", "Małgorzata", "Zuzanna", "Katarzyna", "Bożena", "Weronika", "Joanna"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Kaczmarek", "Kaczmarek"),
            ("Pawlak", "Pawlak"), ("Sikorski", "Sikorska"), ("Dąbrowski", "Dąbrowska"),
            ("Jabłoński", "Jabłońska"), ("Górecki", "Górecka"), ("Wróblewski", "Wróblewska")]),
    "sv": (["Björn", "Henning", "Olof", "Viggo", "Måns", "Leif", "Torsten"],
           ["Sigrid", "Linnéa", "Ebba", "Ingrid", "Tove", "Agnes", "Siv"],
           ["Lindqvist", "Bergström", "Sjöberg", "Holmgren", "Wallin", "Nyström", "Åkesson",
            "Engström", "Hedlund"]),
    "tr": (["Emre", "Burak", "Kaan", "Serkan", "Oğuz", "Barış", "Tolga", "Volkan"],
           ["Elif", "Zeynep", "Merve", "Ebru", "Gizem", "Selin", "Tuğba", "Burcu"],
           ["Yılmaz", "Demirci", "Aksoy", "Çelik", "Öztürk", "Karaca", "Arslan", "Polat", "Şahin",
            "Tekin", "Aydemir"]),
    "ja": ([("健太", "Kenta"), ("翔太", "Shota"), ("大輔", "Daisuke"), ("拓海", "Takumi"), ("誠", "Makoto")],
           [("美咲", "Misaki"), ("愛子", "Aiko"), ("陽菜", "Hina"), ("真由美", "Mayumi"), ("彩花", "Ayaka")],
           [("佐々木", "Sasaki"), ("高橋", "Takahashi"), ("松本", "Matsumoto"), ("井上", "Inoue"),
            ("木村", "Kimura"), ("山口", "Yamaguchi"), ("中島", "Nakajima"), ("石川", "Ishikawa")]),
}

LANG_CULS = {
    "en": ["gb", "us", "us", "gb", "in", "ng", "cn", "kr", "vn", "ar", "gr"],
    "de": ["de", "de", "de", "tr", "pl"], "fr": ["fr", "fr", "fr", "ar"], "es": ["es"],
    "it": ["it"], "nl": ["nl"], "pt": ["pt", "br"], "pl": ["pl"], "sv": ["sv"], "tr": ["tr"],
    "ja": ["ja"],
}
PARTICLES = {"van", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "la", "le",
             "von", "ter", "ten", "du", "des", "y", "e"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")


class Person:
    def __init__(self, given, family, sex, cul, given_k=None, family_k=None):
        self.given, self.family, self.sex, self.cul = given, family, sex, cul
        self.given_k, self.family_k = given_k, family_k

    def full(self):
        return self.given + " " + self.family

    def native(self):
        if self.family_k:
            return self.family_k + " " + self.given_k
        return self.full()

    def rev(self):
        return self.family + ", " + self.given

    def caps(self):
        return self.given.upper() + " " + self.family.upper()

    def local(self, style):
        g = re.sub(r"[^a-z]", "", fold(self.given).lower())
        f = re.sub(r"[^a-z]", "", fold(self.family).lower())
        return {"g.f": g + "." + f, "gf": g[0] + f, "g_f": g + "_" + f, "f.g": f + "." + g,
                "gf2": g + f[0], "g.f.": g[0] + "." + f, "gfam": g + f}[style]


def mkperson(R, cul, sex=None):
    m, f, s = NAMES[cul]
    sex = sex or R.choice("MF")
    g = R.choice(m if sex == "M" else f)
    fam = R.choice(s)
    if cul == "pl":
        fam = fam[0] if sex == "M" else fam[1]
    if cul == "ja":
        return Person(g[1], fam[1], sex, cul, g[0], fam[0])
    return Person(g, fam, sex, cul)


# ---------------------------------------------------------------- companies, domains
COMPANIES = {
    "en": [("Kestrel Freight Ltd", "kestrelfreight.co.uk"), ("Bramblewood Analytics", "bramblewood.io"),
           ("Ironbridge Dental Group", "ironbridgedental.co.uk"), ("Quayside Lettings", "quaysidelettings.co.uk"),
           ("Northgate Robotics Inc.", "northgaterobotics.com"), ("Lumen Orchard LLC", "lumenorchard.com"),
           ("Cobalt Fern Studios", "cobaltfern.com"), ("Tidewater Insurance Brokers", "tidewater-ib.com"),
           ("Sable Peak Software", "sablepeak.dev"), ("Harbourline Foods", "harbourline.com.au"),
           ("Redkite Clinics", "redkiteclinics.co.uk"), ("Prairie Grain Co-op", "prairiegrain.coop")],
    "de": [("Brenner Logistik GmbH", "brenner-logistik.de"), ("Wehrhahn Haustechnik", "wehrhahn-haustechnik.de"),
           ("Kranich Apotheken KG", "kranich-apotheken.de"), ("Tannhof Software GmbH", "tannhof.de"),
           ("Mühlbach Druck", "muehlbach-druck.de"), ("Elbwerk Medien", "elbwerk-medien.de")],
    "fr": [("Atelier Morvan SARL", "atelier-morvan.fr"), ("Cabinet Lorient Conseil", "lorient-conseil.fr"),
           ("Brasserie du Quai", "brasserieduquai.fr"), ("Transports Vercors", "transports-vercors.fr")],
    "es": [("Construcciones Albaida S.L.", "albaida.es"), ("Talleres Berceo", "talleresberceo.es"),
           ("Bodegas Riberalta", "riberalta.es")],
    "it": [("Officine Brenta S.r.l.", "officinebrenta.it"), ("Studio Tecnico Arno", "studioarno.it"),
           ("Farmacia San Rocco", "farmaciasanrocco.it")],
    "nl": [("Waddenzee Logistiek B.V.", "waddenlogistiek.nl"), ("Polderkracht Energie", "polderkracht.nl"),
           ("Bakkerij De Korenaar", "korenaar.nl")],
    "pt": [("Cerâmicas Douro Lda.", "ceramicasdouro.pt"), ("Ipê Digital Ltda.", "ipedigital.com.br"),
           ("Transportadora Serra Azul", "serraazul.com.br")],
    "pl": [("Wistula Systemy Sp. z o.o.", "wistula.pl"), ("Drukarnia Pod Lipami", "podlipami.pl")],
    "sv": [("Fjällbacka Bygg AB", "fjallbackabygg.se"), ("Norrsken IT AB", "norrsken-it.se")],
    "tr": [("Kardelen Yazılım A.Ş.", "kardelenyazilim.com.tr"), ("Boğaziçi Lojistik", "bogazicilojistik.com.tr")],
    "ja": [("株式会社ミナトシステムズ", "minato-sys.co.jp"), ("北斗ロジスティクス株式会社", "hokuto-logi.co.jp")],
}
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "proton.me", "hotmail.co.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"], "pt": ["sapo.pt", "uol.com.br", "bol.com.br"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"],
    "tr": ["gmail.com", "yandex.com.tr"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
}
LANG_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT",
           "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP"}
CUL_REGION = {"gb": "GB", "us": "US", "in": "IN", "ng": "GB", "cn": "SG", "kr": "US", "vn": "AU",
              "ar": "GB", "gr": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL",
              "pt": "PT", "br": "BR", "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP"}
SERVICE_USERS = ["deploy", "git", "root", "ubuntu", "ec2-user", "admin", "backup", "ansible", "jenkins",
                 "postgres", "pi", "runner", "nagios", "svc_ci", "ops", "borg"]
PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net")
INTERNAL_TLDS = ("internal", "lan", "local", "corp", "intra", "home")

# ---------------------------------------------------------------- phones
EU00 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "IE", "SE", "GB", "TR", "IN", "ZA", "MX"}


def _tr_nsn(R):
    return R.choice(["501", "505", "506", "507", "530", "532", "533", "535", "536", "537", "538", "539",
                     "541", "542", "543", "544", "545", "546", "549", "552", "553", "554", "555"]) + digits(R, 7)


def phone_text(R, region, kind=None, style=None):
    """A phone of `region` in one of the ways that country writes it.
    Returns (text, kind)."""
    if region == "TR":
        cc, trunk, kind, nsn = 90, "0", "mobile", _tr_nsn(R)
    else:
        if kind is None and region in ("US", "CA"):
            kind = "fixed_or_mobile"
        cc, trunk, kind, nsn = phone_nsn(R, region, kind)
        while kind in ("fiction",):
            cc, trunk, kind, nsn = phone_nsn(R, region, None)
    style = style or R.choice(["nat", "nat", "nat", "intl", "intl", "e164"])
    if style == "00" and region not in EU00:
        style = "intl"
    n = nsn
    if style == "e164":
        return "+%d%s" % (cc, n), kind
    pre = {"intl": "+%d " % cc, "00": "00%d " % cc}.get(style)
    if region in ("US", "CA"):
        a, e, s = n[:3], n[3:6], n[6:]
        if pre:
            return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1 %s %s %s", "+1.%s.%s.%s"]) % (a, e, s), kind
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (a, e, s), kind
    if region == "GB":
        if kind == "mobile":
            body = n[:4] + " " + n[4:]
        elif kind == "london":
            body = n[:2] + " " + n[2:6] + " " + n[6:]
        else:
            body = n[:3] + " " + n[3:6] + " " + n[6:]
        if pre:
            return R.choice([pre + body, "+44 (0)" + body]), kind
        return "0" + body, kind
    if region == "DE":
        if kind.startswith("mobile"):
            a, r = n[:3], n[3:]
        elif kind == "berlin":
            a, r = n[:2], n[2:]
        else:
            a = n[:3] if n[:3] in ("221", "211", "711") else n[:2]
            r = n[len(a):]
        if pre:
            return pre + a + " " + r, kind
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s", "(0%s) %s"]) % (a, r), kind
    if region == "AT":
        a = n[:3] if kind == "mobile" else n[:1]
        r = n[len(a):]
        return (pre + a + " " + r) if pre else ("0" + a + " " + r), kind
    if region == "CH":
        body = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return (pre + body) if pre else "0" + body, kind
    if region == "FR":
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        if pre:
            return pre + n[0] + " " + pairs, kind
        if R.random() < .75:
            return "0" + n[0] + " " + pairs, kind
        return "0" + n[0] + "." + pairs.replace(" ", "."), kind
    if region == "BE":
        if kind == "mobile":
            body = "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
        else:
            body = "%s %s %s %s" % (n[:1], n[1:4], n[4:6], n[6:])
        return (pre + body) if pre else "0" + body, kind
    if region == "NL":
        if kind == "mobile":
            return ((pre + "6 " + n[1:]) if pre else R.choice(["06-" + n[1:], "06 " + n[1:5] + " " + n[5:]])), kind
        return ((pre + n[:2] + " " + n[2:5] + " " + n[5:]) if pre else
                R.choice(["0" + n[:2] + "-" + n[2:], "0" + n[:2] + " " + n[2:5] + " " + n[5:]])), kind
    if region == "ES":
        if n[0] in "67":
            body = R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
        else:
            body = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return (pre + body) if pre else body, kind
    if region == "PT":
        body = "%s %s %s" % (n[:3], n[3:6], n[6:])
        return (pre + body) if pre else body, kind
    if region == "IT":
        if n[0] == "3":
            body = R.choice(["%s %s" % (n[:3], n[3:]), "%s %s %s" % (n[:3], n[3:6], n[6:])])
        else:
            body = "%s %s %s" % (n[:2], n[2:6], n[6:])
        return (pre + body) if pre else body, kind
    if region == "PL":
        if kind == "mobile":
            body = "%s %s %s" % (n[:3], n[3:6], n[6:])
        else:
            body = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return (pre + body) if pre else body, kind
    if region == "IE":
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
        return (pre + body) if pre else "0" + body, kind
    if region == "SE":
        if pre:
            return pre + "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), kind
        return "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), kind
    if region == "IN":
        if pre:
            return R.choice([pre + n[:5] + " " + n[5:], "+91-" + n]), kind
        return R.choice([n[:5] + " " + n[5:], "0" + n[:5] + " " + n[5:]]), kind
    if region == "BR":
        a, r = n[:2], n[2:]
        body = r[:-4] + "-" + r[-4:]
        return ((pre + a + " " + body) if pre else "(%s) %s" % (a, body)), kind
    if region == "MX":
        body = "%s %s %s" % (n[:2], n[2:6], n[6:])
        return (pre + body) if pre else body, kind
    if region == "SG":
        body = n[:4] + " " + n[4:]
        return (pre + body) if pre else body, kind
    if region == "JP":
        body = "%s-%s-%s" % (n[:2], n[2:6], n[6:])
        return (pre + body) if pre else "0" + body, kind
    if region == "AU":
        body = "%s %s %s" % (n[:3], n[3:6], n[6:])
        return (pre + body) if pre else "0" + body, kind
    if region == "ZA":
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
        return (pre + body) if pre else "0" + body, kind
    if region == "TR":
        body = "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
        return (pre + body) if pre else "0" + body, kind
    if region == "RU":
        body = "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
        return (pre + body) if pre else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), kind
    raise KeyError(region)


def PH(R, region, kind=None, style=None, read_in=None):
    """Phone label; read_in: the region whose conventions the text follows
    when the number belongs to another country (then plan = region)."""
    if read_in and read_in != region:
        st = style or R.choice(["intl", "intl", "e164", "00"])
        if st == "00" and not (read_in in EU00 and region in EU00):
            st = "intl"
        if st == "nat":
            st = "intl"
        t, k = phone_text(R, region, kind, st)
        return L("phone", t, sub=k, region=read_in, plan=region)
    t, k = phone_text(R, region, kind, style)
    return L("phone", t, sub=k, region=region)


# ---------------------------------------------------------------- IPs
PUB_FIRST = [23, 31, 37, 46, 51, 62, 77, 78, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109,
             141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 5, 45, 64, 71, 73, 98, 104, 152, 165]


def ip_text(R, kind=None):
    kind = kind or R.choice(["priv", "priv", "pub", "pub", "pub6"])
    if kind == "web":
        kind = R.choice(["pub", "pub", "pub", "pub6"])
    if kind == "lan":
        kind = R.choice(["priv", "priv", "priv", "priv", "ula"])
    if kind == "priv":
        k = R.random()
        if k < .45:
            s = "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
        elif k < .7:
            s = "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
        else:
            s = "192.168.%d.%d" % (R.choice([0, 1, 2, 10, 20, 50, 88, 178]), R.randint(2, 250))
    elif kind == "pub":
        while True:
            s = "%d.%d.%d.%d" % (R.choice(PUB_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
            if ipaddress.ip_address(s).is_global:
                break
    elif kind == "ula":
        s = str(ipaddress.IPv6Address("fd%02x:%x:%x::%x" % (R.randint(0, 255), R.getrandbits(16), R.getrandbits(16), R.randint(2, 4095))))
    else:
        while True:
            pfx = R.choice(["2a01:4f8", "2a02:810d", "2a00:1450", "2600:1f18", "2406:da14", "2a05:d014", "2a0a:4cc0"])
            s = pfx + ":" + ":".join("%x" % R.getrandbits(16) for _ in range(2)) + "::" + "%x" % R.randint(1, 65535)
            s = str(ipaddress.IPv6Address(s))
            if ipaddress.ip_address(s).is_global:
                break
    return s, {"priv": "v4_private", "pub": "v4_public", "ula": "v6_ula", "pub6": "v6"}[kind]


def IP(R, kind=None):
    s, sub = ip_text(R, kind)
    return L("ip", s, sub=sub)


# ---------------------------------------------------------------- gov ids
ITIN_GROUPS = set(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))


def rvnr_check(s11):
    """German Rentenversicherungsnummer check digit: the letter as its
    two-digit alphabet position, weights 2-1-2-5-7-1-2-1-2-1-2-1, digit sums
    of the products, mod 10."""
    ds = s11[:8] + "%02d" % (ord(s11[8]) - 64) + s11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return str(sum(sum(divmod(int(c) * wi, 10)) for c, wi in zip(ds, w)) % 10)


assert rvnr_check("15070649C10") == "3"


def pis_check(d10):
    w = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(d10, w)) % 11
    return "0" if c >= 10 else str(c)


def pesel_check(d10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(a) * b for a, b in zip(d10, w)) % 10) % 10)


def tckn_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    x = [int(c) for c in d]
    return (sum(x[0:9:2]) * 7 - sum(x[1:8:2])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]


def tckn_random(R):
    x = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    x.append((sum(x[0:9:2]) * 7 - sum(x[1:8:2])) % 10)
    x.append(sum(x) % 10)
    s = "".join(map(str, x))
    assert tckn_ok(s)
    return s


def ptnif_check(d8):
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(d8)) % 11
    return "0" if c >= 10 else str(c)


def mynumber_check(d11):
    s = 0
    for n, ch in enumerate(reversed(d11), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def gov_ok(sub, v):
    d = re.sub(r"[^0-9A-Za-z]", "", v).upper()
    if sub == "us_ssn":
        return len(d) == 9 and d.isdigit() and ssn_valid(int(d[:3]), int(d[3:5]), int(d[5:]))
    if sub == "us_itin":
        return len(d) == 9 and d.isdigit() and d[0] == "9" and int(d[3:5]) in ITIN_GROUPS
    if sub == "uk_nino":
        return bool(re.fullmatch(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]", d)) and d[:2] not in NINO_BAD_PREFIX
    if sub == "uk_nhs":
        return nhs_ok(d)
    if sub == "de_steuerid":
        return steuerid_ok(d)
    if sub == "de_rvnr":
        return len(d) == 12 and d[8].isalpha() and rvnr_check(d[:11]) == d[11]
    if sub == "fr_nir":
        return len(d) == 15 and nir_ok(d[:13], d[13:])
    if sub == "es_dni":
        return len(d) == 9 and d[:8].isdigit() and DNI_LETTERS[int(d[:8]) % 23] == d[8]
    if sub == "es_nie":
        return len(d) == 9 and d[0] in "XYZ" and nie_ok(d)
    if sub == "es_nss":
        return len(d) == 12 and d.isdigit() and int(d[:10]) % 97 == int(d[10:])
    if sub == "it_cf":
        return len(d) == 16 and cf_check(d[:15]) == d[15]
    if sub == "nl_bsn":
        return bsn_ok(d)
    if sub == "in_aadhaar":
        return len(d) == 12 and d.isdigit() and verhoeff_ok(d)
    if sub == "in_pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", d))
    if sub == "br_cpf":
        return cpf_ok(d)
    if sub == "br_pis":
        return len(d) == 11 and d.isdigit() and pis_check(d[:10]) == d[10]
    if sub == "pl_pesel":
        return len(d) == 11 and d.isdigit() and pesel_check(d[:10]) == d[10]
    if sub == "se_pnr":
        return len(d) == 10 and d.isdigit() and luhn_ok(d)
    if sub == "tr_tckn":
        return tckn_ok(d)
    if sub == "pt_nif":
        return len(d) == 9 and d.isdigit() and ptnif_check(d[:8]) == d[8]
    if sub == "jp_mynumber":
        return len(d) == 12 and d.isdigit() and mynumber_check(d[:11]) == d[11]
    raise KeyError(sub)


class DOBv:
    """A birth date, with the ways each language writes it."""

    def __init__(self, R, y0=1958, y1=2003):
        self.y, self.m, self.d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)

    def fmt(self, how):
        y, m, d = self.y, self.m, self.d
        return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y),
                "dmy/": "%02d/%02d/%04d" % (d, m, y), "dmy.": "%02d.%02d.%04d" % (d, m, y),
                "dmy-": "%02d-%02d-%04d" % (d, m, y), "ymd/": "%04d/%02d/%02d" % (y, m, d),
                "ja": "%d年%d月%d日" % (y, m, d), "ymd": "%04d%02d%02d" % (y, m, d)}[how]


DOB_FMT = {"en": ["iso", "us", "dmy/"], "de": ["dmy."], "fr": ["dmy/"], "es": ["dmy/"], "it": ["dmy/"],
           "nl": ["dmy-"], "pt": ["dmy/"], "pl": ["dmy.", "iso"], "sv": ["iso"], "tr": ["dmy."],
           "ja": ["ymd/", "ja"]}


def GOV(v, sub):
    assert gov_ok(sub, v), (sub, v)
    return L("gov_id", v, sub=sub)


def g_ssn(R, dashed=True):
    a, g, s = ssn_random(R)
    return GOV(("%s-%s-%s" if dashed else "%s%s%s") % (a, g, s), "us_ssn")


def g_itin(R):
    return GOV("%s-%s-%s" % itin_random(R), "us_itin")


def g_nino(R, spaced=None):
    p, d, s = nino_random(R)
    if spaced is None:
        spaced = R.random() < .5
    return GOV("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s) if spaced else p + d + s, "uk_nino")


def g_nhs(R):
    n = nhs_random(R)
    return GOV(R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n]), "uk_nhs")


def g_steuerid(R):
    s = steuerid_random(R)
    return GOV(R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuerid")


RV_AREAS = ["12", "13", "15", "16", "17", "18", "19", "23", "24", "25", "26", "28", "29", "38", "39", "40",
            "42", "43", "44", "45", "46", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58",
            "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "72", "79", "80", "81"]


def g_rvnr(R, dob, family, sex):
    letter = fold(family)[0].upper()
    serial = R.randint(0, 49) if sex == "M" else R.randint(50, 99)
    s11 = "%s%02d%02d%02d%s%02d" % (R.choice(RV_AREAS), dob.d, dob.m, dob.y % 100, letter, serial)
    s = s11 + rvnr_check(s11)
    return GOV(R.choice([s, "%s %s %s %s" % (s[:2], s[2:8], s[8], s[9:])]), "de_rvnr")


def g_nir(R, dob, sex):
    body, key = nir_random(R, "1" if sex == "M" else "2", dob.y % 100, dob.m)
    if R.random() < .6:
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    else:
        v = body + key
    return GOV(v, "fr_nir")


def g_dni(R):
    n, c = dni_random(R)
    return GOV(R.choice([n + c, n + "-" + c]), "es_dni")


def g_nie(R):
    p, n, c = nie_random(R)
    return GOV(R.choice([p + n + c, "%s-%s-%s" % (p, n, c)]), "es_nie")


def g_nss(R):
    prov = R.choice(["28", "08", "41", "46", "29", "48", "50", "33", "47", "30"])
    num = str(R.randint(10 ** 7, 10 ** 8 - 1))
    chk = "%02d" % (int(prov + num) % 97)
    return GOV(R.choice(["%s/%s/%s" % (prov, num, chk), "%s %s %s" % (prov, num, chk), prov + num + chk]), "es_nss")


BELFIORE = ["H501", "F205", "L219", "F839", "A944", "D612", "A662", "D969", "L781", "G224", "G337", "A794"]


def g_cf(R, p, dob):
    v = cf_make(fold(p.family), fold(p.given), dob.y % 100, dob.m, dob.d, p.sex == "F", R.choice(BELFIORE))
    return GOV(v, "it_cf")


def g_bsn(R):
    s = bsn_random(R)
    return GOV(R.choice([s, s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])]), "nl_bsn")


def g_aadhaar(R):
    s = aadhaar_random(R)
    return GOV(R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s]), "in_aadhaar")


def g_pan(R, p):
    return GOV(pan_random(R, "P", fold(p.family)), "in_pan")


def g_cpf(R):
    s = cpf_random(R)
    return GOV(R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s]), "br_cpf")


def g_pis(R):
    d10 = str(R.randint(1, 2)) + digits(R, 9)
    s = d10 + pis_check(d10)
    return GOV(R.choice(["%s.%s.%s-%s" % (s[:3], s[3:8], s[8:10], s[10]), s]), "br_pis")


def g_pesel(R, dob, sex):
    mm = dob.m + (20 if dob.y >= 2000 else 0)
    ser = digits(R, 3) + str(R.choice("13579") if sex == "M" else R.choice("02468"))
    d10 = "%02d%02d%02d%s" % (dob.y % 100, mm, dob.d, ser)
    return GOV(d10 + pesel_check(d10), "pl_pesel")


def g_pnr(R, dob, sex):
    ser = digits(R, 2) + (R.choice("13579") if sex == "M" else R.choice("02468"))
    d9 = "%02d%02d%02d%s" % (dob.y % 100, dob.m, dob.d, ser)
    s = luhn_complete(d9)
    return GOV(R.choice(["%s-%s" % (s[:6], s[6:]), s[:6] + "-" + s[6:]]), "se_pnr")


def g_tckn(R):
    return GOV(tckn_random(R), "tr_tckn")


def g_ptnif(R):
    d8 = R.choice("123") + digits(R, 7)
    s = d8 + ptnif_check(d8)
    return GOV(R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])]), "pt_nif")


def g_mynumber(R):
    d11 = digits(R, 11)
    s = d11 + mynumber_check(d11)
    return GOV(R.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])]), "jp_mynumber")


# ---------------------------------------------------------------- IBANs, cards

def IBAN(R, cc, style=None):
    v = iban_random(R, cc)
    style = style or R.choice(["sp", "sp", "compact"])
    if style == "sp":
        v = group(v, 4, " ")
    return L("iban", v, sub=cc.lower())


def iban_ok(v):
    s = re.sub(r"[\s\-]", "", v).upper()
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_mod97(s) == 1


def CARD(R, issuer, sep=None):
    n = card_random(R, issuer)
    sep = R.choice([" ", " ", "-", ""]) if sep is None else sep
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=issuer)


# ---------------------------------------------------------------- secrets
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
PW_ALPHA = {
    "plain": ALNUM * 3 + "!%*_-+=.?^~",
    "url": ALNUM * 3 + "-_.~",
    "xml": ALNUM * 3 + "!#%*_-+=.?^~@:/",
    "json": ALNUM * 3 + "!#%*_-+=.?^~@:/",
    "sq": ALNUM * 3 + "!#%*_-+=.?^~@:/$&",
    "dq": ALNUM * 3 + "#%*_-+=.?^~@:/",
    "yaml": ALNUM * 3 + "%*_-+=.?^~@",
    "ini": ALNUM * 3 + "!%*_-+=.?^~@/",
    "prose": ALNUM * 3 + "!#%*_-+=?@",
    "alnum": ALNUM,
}
PW_WORDS = ["Lighthouse", "Marmalade", "Tangerine", "Granite", "Copperleaf", "Snowdrift", "Bluebell",
            "Harbour", "Nightjar", "Pinecone", "Kaffeebecher", "Sonnenblume", "Wolkenkratzer", "Fromage",
            "Cerisier", "Mariposa", "Girasole", "Tulpenveld", "Lodowka", "Sjobod", "Kiraz", "Tanuki",
            "Zeppelin", "Oktopus", "Brombeere", "Papillon", "Limonada", "Vulcano", "Fietsbel", "Pastel"]
PP_WORDS = ["tundra", "ladle", "corvette", "pebble", "glacier", "walnut", "orbit", "lantern", "cobalt",
            "meadow", "anvil", "quartz", "thimble", "rhubarb", "kettle", "saddle", "trellis", "nimbus",
            "parsnip", "gondola", "cactus", "pylon", "marble", "sprocket"]


def pw(R, ctx="plain", style=None):
    style = style or R.choice(["rand", "rand", "rand", "human", "human", "phrase"])
    al = PW_ALPHA[ctx]
    if style == "human":
        sym = [c for c in "!#%*_-+=.?@$&" if c in al] or ["_"]
        s = R.choice(PW_WORDS) + R.choice(["", R.choice(sym)]) + str(R.randint(1, 9999)) + R.choice(sym + ["", ""])
        s = s if s[-1].isalnum() else s + R.choice("abcdefghjkmnpqrstuvwxyz")
    elif style == "phrase":
        sep = R.choice([c for c in "-._" if c in al] or ["-"])
        s = sep.join(R.sample(PP_WORDS, R.choice([3, 4]))) + sep + str(R.randint(2, 99))
    else:
        n = R.randint(12, 26)
        s = R.choice(ALNUM) + "".join(R.choice(al) for _ in range(n - 2)) + R.choice(ALNUM)
    return s


def hexs(R, n):
    return rnd(R, HEX, n)


def b64bytes(R, n, urlsafe=False):
    b = bytes(R.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()


def mysecret(R, kind):
    if kind == "dockerhub":
        return "dckr_pat_" + rnd(R, URLSAFE, 27)
    if kind == "huggingface":
        return "hf_" + rnd(R, ALNUM, 34)
    if kind == "digitalocean":
        return "dop_v1_" + hexs(R, 64)
    if kind == "shopify":
        return "shpat_" + hexs(R, 32)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rnd(R, URLSAFE, R.choice([136, 152, 160]))
    if kind == "vault":
        return "hvs.CAESI" + rnd(R, URLSAFE, 86)
    if kind == "tfc":
        return rnd(R, ALNUM, 14) + ".atlasv1." + rnd(R, ALNUM, 67)
    if kind == "postman":
        return "PMAK-" + hexs(R, 24) + "-" + hexs(R, 34)
    if kind == "telegram":
        return "%d:AA%s" % (R.randint(10 ** 9, 8 * 10 ** 9), rnd(R, URLSAFE, 33))
    if kind == "mailgun":
        return "key-" + hexs(R, 32)
    if kind == "newrelic":
        return "NRAK-" + rnd(R, string.ascii_uppercase + string.digits, 27)
    if kind == "grafana":
        return "glsa_" + rnd(R, ALNUM, 32) + "_" + hexs(R, 8)
    if kind == "atlassian":
        return "ATATT3xFfGF0" + rnd(R, URLSAFE, 160) + "=" + rnd(R, "0123456789ABCDEF", 8)
    if kind == "linear":
        return "lin_api_" + rnd(R, ALNUM, 40)
    if kind == "notion":
        return "ntn_" + rnd(R, ALNUM, 46)
    if kind == "doppler":
        return "dp.st.prd." + rnd(R, ALNUM, 43)
    if kind == "azure_storage":
        return b64bytes(R, 64)
    if kind == "wg_private":
        return b64bytes(R, 32)
    if kind == "age":
        return "AGE-SECRET-KEY-1" + rnd(R, BECH, 58)
    if kind == "totp":
        return rnd(R, B32, R.choice([16, 32]))
    if kind == "django":
        return "django-insecure-" + rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789!^*-_=+", 50) if R.random() < .3 else \
            rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789!^*-_=+", 50)
    if kind == "rails":
        return hexs(R, 128)
    if kind == "laravel":
        return "base64:" + b64bytes(R, 32)
    if kind == "ya29":
        return "ya29.a0" + rnd(R, URLSAFE, 150)
    if kind == "google_refresh":
        return "1//0" + rnd(R, URLSAFE, 99)
    if kind == "cloudflare":
        return rnd(R, URLSAFE, 40)
    if kind == "datadog_app":
        return hexs(R, 40)
    if kind == "opaque":
        return rnd(R, URLSAFE, R.choice([32, 40, 48]))
    if kind == "hex40":
        return hexs(R, 40)
    if kind == "hex64":
        return hexs(R, 64)
    if kind == "b64_32":
        return b64bytes(R, 32)
    if kind == "snmp":
        return R.choice(["Mon", "Net", "Rk", "Snmp"]) + rnd(R, ALNUM, 10)
    if kind == "openvpn_static":
        lines = [hexs(R, 32) for _ in range(16)]
        return "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(lines) + "\n-----END OpenVPN Static key V1-----"
    if kind == "gcp_key":
        body = "\\n".join(rnd(R, B64, 64) for _ in range(R.randint(6, 10))) + "\\n" + rnd(R, B64, 40) + "=="
        return "-----BEGIN PRIVATE KEY-----\\nMIIEv" + body + "\\n-----END PRIVATE KEY-----\\n"
    if kind == "k8s_client_key":
        pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(rnd(R, B64, 64) for _ in range(5)) + "\n-----END RSA PRIVATE KEY-----\n"
        return base64.b64encode(pem.encode()).decode()
    if kind == "gh_recovery":
        return hexs(R, 5) + "-" + hexs(R, 5)
    if kind == "recovery_num":
        return "%04d %04d" % (R.randint(0, 9999), R.randint(0, 9999))
    if kind == "recovery_alnum":
        return "-".join(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(3))
    if kind == "psk":
        return pw(R, "alnum", "rand")
    if kind == "session_django":
        return rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 32)
    if kind == "session_php":
        return rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 26)
    if kind == "session_express":
        return "s%3A" + rnd(R, URLSAFE, 32) + "." + rnd(R, ALNUM + "%", 43)
    if kind == "session_laravel":
        return "eyJpdiI6I" + rnd(R, ALNUM, 180) + "%3D"
    raise KeyError(kind)


def SEC(v, sub):
    return L("secret", v, sub=sub)


def S(R, kind):
    """A credential of a corpuslib or local kind as a label."""
    try:
        v = secret_random(R, kind)
    except KeyError:
        v = mysecret(R, kind)
    return SEC(v, kind)


def basic_b64(user, pwd):
    return base64.b64encode(("%s:%s" % (user, pwd)).encode()).decode()


def pem_block(R, typ=None):
    v = secret_random(R, "pem")
    if typ:
        v = re.sub(r"(BEGIN|END) [A-Z ]+-----", lambda m: m.group(1) + " " + typ + "-----", v)
    return v


# ---------------------------------------------------------------- look-alikes
def git_sha(R, short=False):
    return hexs(R, R.choice([7, 8, 10, 12]) if short else 40)


def uuid4(R):
    h = hexs(R, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digest(R):
    return "sha256:" + hexs(R, 64)


def npm_integrity(R):
    return "sha512-" + b64bytes(R, 64)


def etag(R):
    return R.choice(['"%s"' % hexs(R, 32), 'W/"%s-%s"' % (hexs(R, 4), rnd(R, URLSAFE, 27)), '"%s"' % hexs(R, 40)])


def traceparent(R):
    return "00-%s-%s-01" % (hexs(R, 32), hexs(R, 16))


def req_id(R):
    return R.choice(["req_" + rnd(R, ALNUM, 14), uuid4(R), "01J" + rnd(R, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23),
                     hexs(R, 16)])


def ssh_pub(R, comment="deploy@ci-runner"):
    if R.random() < .6:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(R, B64, 43) + " " + comment
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rnd(R, B64, 120) + "= " + comment


def fp_sha256(R):
    return "SHA256:" + rnd(R, B64, 43)


def stripe_pk(R):
    return R.choice(["pk_live_", "pk_test_"]) + rnd(R, ALNUM, R.choice([24, 34, 99]))


def mac(R, sep=":"):
    b = [R.getrandbits(8) & 0xFC] + [R.getrandbits(8) for _ in range(5)]
    return sep.join("%02x" % x for x in b) if R.random() < .6 else sep.join("%02X" % x for x in b)


def imei(R):
    return luhn_complete(R.choice(["35", "86", "01", "49"]) + digits(R, 12))


def serialno(R):
    return R.choice([rnd(R, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 7), "PF" + rnd(R, "0123456789ABCDEFGHJKLMNPRSTVWXYZ", 6),
                     "C02" + rnd(R, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 9), "SN" + digits(R, 10),
                     "5CG" + digits(R, 3) + rnd(R, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 4)])


def cve(R):
    return "CVE-%d-%d" % (R.randint(2021, 2026), R.randint(1000, 52999))


def semver(R):
    return "%d.%d.%d" % (R.randint(0, 24), R.randint(0, 40), R.randint(0, 30))


def epoch(R):
    return str(R.randint(1760000000, 1767000000))


def ts_iso(R, z=True):
    return "2026-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(9, 11), R.randint(1, 28), R.randint(0, 23),
                                                R.randint(0, 59), R.randint(0, 59),
                                                (".%03dZ" % R.randint(0, 999)) if z else "+00:00")


def hhmmss(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def bcrypt(R):
    return "$2b$12$" + rnd(R, "./" + ALNUM, 53)


def argon2(R):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + rnd(R, B64[:-2], 22) + "$" + rnd(R, B64[:-2], 43)


def ansible_vault(R):
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(R, 80) for _ in range(R.randint(3, 5)))


def aws_account(R):
    return str(R.randint(10 ** 11, 10 ** 12 - 1))


def ean13(R, pfx=None):
    b = (pfx or R.choice(["400", "590", "871", "500", "880"])) + digits(R, 12 - len(pfx or "400"))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13(R):
    return ean13(R, "978" + R.choice("0123"))


def ups(R):
    return "1Z" + rnd(R, string.ascii_uppercase + string.digits, 6) + R.choice(["03", "01", "02"]) + digits(R, 8)


def ca_data(R, n=3):
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(rnd(R, B64, 64) for _ in range(n)) + "\n"
    return base64.b64encode(pem.encode()).decode()


def wg_pub(R):
    return b64bytes(R, 32)


def mapbox_pk(R):
    u = base64.urlsafe_b64encode(json.dumps({"u": R.choice(["maps-team", "geo-ops", "fleetview"]), "a": rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 25)}, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return "pk." + u + "." + rnd(R, URLSAFE, 22)


def size_h(R):
    return R.choice(["%.1f GiB" % (R.randint(10, 900) / 10), "%d MiB" % R.randint(12, 4000), "%dK" % R.randint(4, 9999),
                     "%.2f MB" % (R.randint(100, 99999) / 100)])


PLACEHOLDERS = ["<your-token>", "<PASSWORD>", "YOUR_API_KEY_HERE", "${DB_PASSWORD}", "$DB_PASSWORD", "%DB_PASSWORD%",
                "{{ secrets.DEPLOY_KEY }}", "{{ vault_db_password }}", "****", "********", "xxxxxxxx", "REDACTED",
                "[REDACTED]", "<redacted>", "changeme", "<insert key>", "sk_live_••••••••", "ghp_" + "X" * 36,
                "AKIA" + "X" * 16, "${{ secrets.NPM_TOKEN }}", "os.environ['API_KEY']", "process.env.DB_PASS",
                "(sensitive value)", "<hidden>", "***masked***", "__PLACEHOLDER__", "TODO-set-me"]

HOSTS = ["db-prod-02.internal", "pg-replica-1.eu-west.internal", "git.sablepeak.dev", "nexus.tannhof.de",
         "vpn.kestrelfreight.co.uk", "mail.atelier-morvan.fr", "ci-runner-07", "build-agent-3", "k8s-api.lan",
         "nas01.home", "printer-2og.corp", "grafana.ops.internal", "redis-cache-01", "mq-01.brenner-logistik.de",
         "kafka-broker-2.internal", "ldap.corp", "backup01.lan", "fw-edge-01", "portal-staging.lumenorchard.com"]

# ---------------------------------------------------------------- addresses
ADDR = {
    "US": (["Juniper Hollow Rd", "Sycamore Ridge Dr", "Old Mill Ln", "Cedar Bluff Ct", "Pinecrest Ave",
            "Lakeview Terrace", "Foxtail Way", "Briar Creek Blvd", "W Magnolia St", "N Cottonwood Pkwy"],
           [("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Dayton", "OH", "454"), ("Chattanooga", "TN", "374"),
            ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Omaha", "NE", "681")]),
    "GB": (["Foxglove Close", "Tannery Lane", "Bramble Way", "Kingfisher Drive", "Quarry Hill", "Millrace Lane",
            "Orchard Rise", "Ropewalk Street"],
           [("Harrogate", "HG1"), ("Shrewsbury", "SY3"), ("Swindon", "SN2"), ("Exeter", "EX4"), ("Lancaster", "LA1"),
            ("Colchester", "CO3"), ("Falkirk", "FK2")]),
    "DE": (["Lindenallee", "Am Kiesberg", "Weidenstraße", "Brunnenweg", "Hohe Straße", "Kastanienring",
            "Auf der Heide", "Mühlgasse"],
           [("Bielefeld", "336"), ("Würzburg", "970"), ("Kassel", "341"), ("Regensburg", "930"), ("Oldenburg", "261"),
            ("Heilbronn", "740"), ("Lüneburg", "213")]),
    "FR": (["rue des Tanneurs", "impasse des Lilas", "chemin de la Garenne", "allée des Peupliers",
            "boulevard de la Liberté", "rue du Moulin"],
           [("Rennes", "350"), ("Grenoble", "380"), ("Angers", "490"), ("Dijon", "210"), ("Limoges", "870"),
            ("Besançon", "250")]),
    "ES": (["Calle del Almendro", "Calle de la Cerería", "Avenida de los Olivos", "Calle Mayor",
            "Paseo de la Ribera", "Calle Alfarería"],
           [("Valladolid", "470"), ("Zaragoza", "500"), ("Málaga", "290"), ("Murcia", "300"), ("Logroño", "260")]),
    "IT": (["Via dei Mille", "Via del Pratello", "Via San Vitale", "Viale Europa", "Via delle Fornaci",
            "Vicolo del Pozzo"],
           [("Bologna", "401", "BO"), ("Parma", "431", "PR"), ("Bergamo", "241", "BG"), ("Padova", "351", "PD"),
            ("Lecce", "731", "LE")]),
    "NL": (["Lindengracht", "Kastanjelaan", "Molenstraat", "Zuiderdiep", "Beukenhof", "Havenkade"],
           [("Utrecht", "35"), ("Groningen", "97"), ("Haarlem", "20"), ("Zwolle", "80"), ("Eindhoven", "56"),
            ("Leiden", "23")]),
    "PT": (["Rua da Alegria", "Travessa do Carmo", "Avenida da República", "Rua de Cedofeita"],
           [("Porto", "4050"), ("Braga", "4700"), ("Coimbra", "3000"), ("Aveiro", "3810")]),
    "BR": (["Rua das Palmeiras", "Avenida Brasil", "Rua Sete de Setembro", "Alameda dos Anjos", "Rua do Ouvidor"],
           [("São Paulo", "SP", "01"), ("Curitiba", "PR", "80"), ("Belo Horizonte", "MG", "30"),
            ("Recife", "PE", "50"), ("Porto Alegre", "RS", "90")]),
    "PL": (["ul. Lipowa", "ul. Ogrodowa", "ul. Kwiatowa", "al. Niepodległości", "ul. Polna", "ul. Słoneczna"],
           [("Kraków", "30"), ("Wrocław", "50"), ("Poznań", "60"), ("Gdańsk", "80"), ("Lublin", "20")]),
    "SE": (["Storgatan", "Björkvägen", "Kvarngatan", "Sjövägen", "Ekbacken"],
           [("Uppsala", "75"), ("Västerås", "72"), ("Örebro", "70"), ("Umeå", "90"), ("Lund", "22")]),
    "TR": (["Bahçelievler", "Kültür", "Cumhuriyet", "Yenimahalle", "Fenerbahçe"],
           [("Çankaya", "Ankara", "06"), ("Kadıköy", "İstanbul", "34"), ("Karşıyaka", "İzmir", "35"),
            ("Nilüfer", "Bursa", "16")]),
    "JP": ([("東京都", "世田谷区", "桜新町", "154"), ("大阪府", "大阪市北区", "天満", "530"),
            ("神奈川県", "横浜市港北区", "日吉", "223"), ("福岡県", "福岡市中央区", "大名", "810")], []),
    "IN": (["Sai Krupa Apartments", "Green Meadows", "Lotus Heights", "Shanti Niketan CHS"],
           [("Kothrud", "Pune", "Maharashtra", "4110"), ("Indiranagar", "Bengaluru", "Karnataka", "5600"),
            ("Velachery", "Chennai", "Tamil Nadu", "6000"), ("Salt Lake", "Kolkata", "West Bengal", "7000")]),
}
ADDR.update({
    "IE": (["Ashgrove Park", "Castle View", "Church Road", "Millbrook Lawns"],
           [("Ennis", "Clare", "V95"), ("Tralee", "Kerry", "V92"), ("Navan", "Meath", "C15"), ("Mullingar", "Westmeath", "N91")]),
    "AU": (["Banksia Crescent", "Wattle Grove", "Jacaranda Drive", "Kookaburra Close"],
           [("Fremantle", "WA", "6160"), ("Toowong", "QLD", "4066"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042")]),
    "CA": (["Maple Grove Rd", "Birchwood Crescent", "Harbourview Dr", "Elm Street"],
           [("Halifax", "NS", "B3"), ("Kelowna", "BC", "V1"), ("Guelph", "ON", "N1"), ("Sherbrooke", "QC", "J1")]),
    "ZA": (["Protea Street", "Jacaranda Avenue", "Kloof Road", "Mimosa Lane"],
           [("Rondebosch", "Cape Town", "7700"), ("Parkhurst", "Johannesburg", "2193"), ("Morningside", "Durban", "4001")]),
    "SG": (["Ang Mo Kio Ave 3", "Tampines St 81", "Jurong West St 52", "Bedok North Rd"], [("Singapore", "", "")]),
})
PCL = "ABDEFGHJLNPQRSTUWXYZ"


def addr_text(R, cc, multi=False):
    st, ci = ADDR[cc]
    br = "\n" if multi else ", "
    if cc == "US":
        c, s, z = R.choice(ci)
        unit = R.choice(["", "", ", Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), " #%d" % R.randint(100, 420)])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(12, 9870), R.choice(st), unit, br, c, s, z, R.randint(1, 99))
    if cc == "GB":
        t, a = R.choice(ci)
        pc = "%s %d%s%s" % (a, R.randint(1, 9), R.choice(PCL), R.choice(PCL))
        first = R.choice(["", "Flat %d, " % R.randint(1, 12)])
        return "%s%d %s%s%s%s%s" % (first, R.randint(1, 140), R.choice(st), br, t, br if multi else " ", pc)
    if cc == "DE":
        c, p = R.choice(ci)
        return "%s %d%s%s%s%02d %s" % (R.choice(st), R.randint(1, 88), R.choice(["", "", "a", "b"]), br, p, R.randint(1, 99), c)
    if cc == "FR":
        c, p = R.choice(ci)
        return "%d%s %s%s%s%02d %s" % (R.randint(1, 60), R.choice(["", "", " bis", " ter"]), R.choice(st), br, p, R.randint(0, 99), c)
    if cc == "ES":
        c, p = R.choice(ci)
        return "%s, %d, %s%s%s%02d %s" % (R.choice(st), R.randint(1, 120), R.choice(["3º B", "bajo", "2º izda.", "1º A", "4º dcha."]), br, p, R.randint(1, 99), c)
    if cc == "IT":
        c, p, pr = R.choice(ci)
        return "%s %d%s%s%02d %s (%s)" % (R.choice(st), R.randint(1, 140), br, p, R.randint(21, 99), c, pr)
    if cc == "NL":
        c, p = R.choice(ci)
        while True:
            ll = R.choice("ABCDEGHJKLMNPRTVWXZ") + R.choice("ABCDEGHJKLMNPRTVWXZ")
            if ll not in ("SA", "SD", "SS"):
                break
        return "%s %d%s%s%02d %s %s" % (R.choice(st), R.randint(1, 220), br, p, R.randint(11, 99), ll, c)
    if cc == "PT":
        c, p = R.choice(ci)
        return "%s, %d, %s%s%s-%03d %s" % (R.choice(st), R.randint(1, 400), R.choice(["2.º Esq.", "r/c Dto.", "1.º"]), br, p, R.randint(1, 999), c)
    if cc == "BR":
        c, uf, p = R.choice(ci)
        return "%s, %d%s - %s%s%s - %s, %s%03d-%03d" % (R.choice(st), R.randint(10, 2400), R.choice(["", ", apto %d" % R.randint(11, 1204)]),
                                                      R.choice(["Centro", "Jardim América", "Boa Vista", "Savassi", "Batel"]),
                                                      br, c, uf, p, R.randint(0, 999), R.randint(0, 999))
    if cc == "PL":
        c, p = R.choice(ci)
        return "%s %d/%d%s%s-%03d %s" % (R.choice(st), R.randint(1, 90), R.randint(1, 60), br, p, R.randint(1, 999), c)
    if cc == "SE":
        c, p = R.choice(ci)
        return "%s %d%s%s%d %02d %s" % (R.choice(st), R.randint(1, 70), br, p, R.randint(1, 9), R.randint(0, 99), c)
    if cc == "TR":
        ilce, il, p = R.choice(ci)
        return "%s Mah. %s Sok. No: %d D: %d%s%s%03d %s/%s" % (R.choice(st), R.choice(["Lale", "Menekşe", "Çınar", "Gül", "Papatya"]),
                                                            R.randint(1, 90), R.randint(1, 24), br, p, R.randint(0, 999), ilce, il)
    if cc == "IE":
        t, co, rk = R.choice(ci)
        ek = "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return "%d %s%s%s%sCo. %s, %s %s" % (R.randint(1, 90), R.choice(st), br, t, ", " if not multi else "\n", co, rk, ek)
    if cc == "AU":
        sb, state, pc = R.choice(ci)
        return "%s%d %s%s%s %s %s" % (R.choice(["", "%d/" % R.randint(1, 20)]), R.randint(1, 200), R.choice(st), br, sb, state, pc)
    if cc == "CA":
        c, prov, fsa = R.choice(ci)
        return "%d %s%s%s, %s %s%s %d%s%d" % (R.randint(10, 9000), R.choice(st), br, c, prov, fsa, R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9),
                                            R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9))
    if cc == "ZA":
        sb, city, pc = R.choice(ci)
        return "%d %s, %s%s%s, %s" % (R.randint(1, 120), R.choice(st), sb, br, city, pc)
    if cc == "SG":
        return "Blk %d %s, #%02d-%02d%sSingapore %06d" % (R.randint(100, 999), R.choice(st), R.randint(2, 25), R.randint(1, 150), br, R.randint(100000, 829999))
    if cc == "JP":
        pref, city, area, zp = R.choice(st)
        return "〒%s-%04d %s%s%s%d丁目%d-%d" % (zp, R.randint(1, 9999), pref, city, area, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if cc == "IN":
        loc, city, state, pin = R.choice(ci)
        return "Flat %d, %s, %s,%s%s, %s %s%02d" % (R.randint(101, 904), R.choice(st), loc, "\n" if multi else " ", city, state, pin, R.randint(1, 99))
    raise KeyError(cc)


def ADDRL(R, cc, multi=False):
    return L("address", addr_text(R, cc, multi), sub=cc.lower())


# ---------------------------------------------------------------- request frames
ASK = {
    "en": ["Why does this fail?", "Can you tell me what's wrong here?", "Help me debug this please:",
           "What am I missing?", "This worked yesterday and now it doesn't. Any idea?", "Is this config correct?",
           "Can you explain what's going on here?", "Can you turn this into something I can paste in the ticket?",
           "Quick sanity check on this please", "Getting this since this morning, no clue why:"],
    "de": ["Warum schlägt das fehl?", "Kannst du mir sagen, was hier falsch ist?", "Hilf mir bitte beim Debuggen:",
           "Was übersehe ich?", "Gestern lief das noch, heute nicht mehr. Idee?", "Ist die Konfiguration so richtig?",
           "Kannst du mir erklären, was hier passiert?"],
    "fr": ["Pourquoi ça plante ?", "Tu peux m'aider à corriger ça ?", "Qu'est-ce qui cloche ici ?",
           "Ça marchait hier, plus aujourd'hui. Une idée ?", "Cette config est-elle correcte ?",
           "Tu peux m'expliquer ce qui se passe ?"],
    "es": ["¿Por qué falla esto?", "¿Me ayudas a depurar esto?", "¿Qué estoy haciendo mal?",
           "Ayer funcionaba y hoy no. ¿Alguna idea?", "¿Está bien esta configuración?", "¿Me explicas qué pasa aquí?"],
    "it": ["Perché non funziona?", "Mi aiuti a capire l'errore?", "Cosa sto sbagliando?",
           "Ieri andava, oggi no. Idee?", "Questa configurazione è corretta?", "Mi spieghi cosa succede qui?"],
    "nl": ["Waarom gaat dit mis?", "Kun je me helpen dit te debuggen?", "Wat zie ik over het hoofd?",
           "Gisteren werkte het nog. Enig idee?", "Klopt deze config?", "Kun je uitleggen wat hier gebeurt?"],
    "pt": ["Por que isso está falhando?", "Pode me ajudar a depurar isso?", "O que estou fazendo de errado?",
           "Ontem funcionava, hoje não. Alguma ideia?", "Essa configuração está certa?", "Podes explicar o que se passa aqui?"],
    "pl": ["Dlaczego to nie działa?", "Pomożesz mi to zdebugować?", "Co tu jest nie tak?",
           "Wczoraj działało, dziś nie. Jakiś pomysł?", "Czy ta konfiguracja jest poprawna?"],
    "sv": ["Varför misslyckas det här?", "Kan du hjälpa mig felsöka?", "Vad missar jag?",
           "Det fungerade i går. Någon idé?", "Är den här konfigurationen rätt?"],
    "tr": ["Bu neden hata veriyor?", "Bunu debug etmeme yardım eder misin?", "Neyi yanlış yapıyorum?",
           "Dün çalışıyordu, bugün çalışmıyor. Fikrin var mı?", "Bu yapılandırma doğru mu?"],
    "ja": ["なぜこれが失敗するのでしょうか？", "デバッグを手伝ってもらえますか？", "どこが間違っていますか？",
           "昨日は動いていたのに今日は動きません。", "この設定で合っていますか？"],
}
ASK_DATA = {
    "en": ["Can you turn this export into a clean table?", "Can you dedupe this list?", "Which of these rows look wrong?",
           "Convert this to JSON please.", "Can you spot the broken lines in this export?", "Sort this by department please:"],
    "de": ["Kannst du diesen Export in eine saubere Tabelle bringen?", "Welche Zeilen sind hier fehlerhaft?",
           "Bitte nach Abteilung sortieren:", "Warum lehnt das Lohnprogramm diese Datei ab?"],
    "fr": ["Tu peux mettre cet export au propre ?", "Quelles lignes posent problème ?", "Convertis ça en JSON stp."],
    "es": ["¿Puedes ordenar esta exportación?", "¿Qué filas están mal?", "Pásalo a JSON, por favor."],
    "it": ["Puoi sistemare questo export in una tabella?", "Quali righe hanno errori?", "Convertilo in JSON per favore."],
    "nl": ["Kun je deze export netjes in een tabel zetten?", "Welke regels kloppen niet?", "Zet dit om naar JSON aub."],
    "pt": ["Consegue organizar essa exportação?", "Quais linhas estão com erro?", "Converte isso pra JSON por favor."],
    "pl": ["Możesz uporządkować ten eksport?", "Które wiersze są błędne?", "Przerób to na JSON proszę."],
    "sv": ["Kan du göra en snygg tabell av exporten?", "Vilka rader är fel?"],
    "tr": ["Bu dışa aktarımı tabloya dönüştürür müsün?", "Hangi satırlar hatalı?"],
    "ja": ["このエクスポートを表に整理してもらえますか？", "どの行がおかしいですか？"],
}
EN_SHARE = 0.56
OTHER_LANGS = ["de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "ja"]
OTHER_W = [16, 10, 10, 8, 8, 8, 6, 5, 5, 4]


def pick_lang(R, allowed=None, en=EN_SHARE):
    langs = [x for x in OTHER_LANGS if allowed is None or x in allowed]
    ws = [w for x, w in zip(OTHER_LANGS, OTHER_W) if x in langs]
    if (allowed is None or "en" in allowed) and (R.random() < en or not langs):
        return "en"
    return R.choices(langs, ws)[0]


def clock(R):
    """Increasing HH:MM times for chat lines."""
    t = [R.randint(7 * 60, 17 * 60)]

    def nxt():
        t[0] += R.randint(1, 25)
        return N("%02d:%02d" % divmod(t[0] % 1440, 60), "time")
    return nxt


EN_CC = ["US", "US", "US", "US", "GB", "GB", "GB", "IE", "AU", "IN", "CA", "ZA", "SG"]


class Ctx:
    def __init__(self, R, lang, cc=None):
        self.R, self.lang = R, lang
        self.cc = cc or (R.choice(EN_CC) if lang == "en" else LANG_CC[lang])

    def person(self, cul=None, sex=None, avoid=()):
        R = self.R
        for _ in range(50):
            p = mkperson(R, cul or R.choice(LANG_CULS[self.lang]), sex)
            if p.given not in avoid and p.family not in avoid:
                return p
        return p

    def people(self, n, cul=None):
        out, used = [], set()
        for _ in range(n):
            p = self.person(cul, avoid=used)
            used.update([p.given, p.family])
            out.append(p)
        return out

    def email(self, p, domain=None, free=False, style=None):
        R = self.R
        if domain is None:
            domain = R.choice(FREEMAIL[self.lang]) if free else R.choice(COMPANIES[self.lang])[1]
        st = style or (R.choice(["gfam", "g.f", "gf2"]) if free else R.choice(["g.f", "g.f", "gf", "f.g", "g_f", "g.f."]))
        loc = p.local(st)
        if free and R.random() < .5:
            loc += str(R.randint(7, 99))
        return L("email", loc + "@" + domain)

    def phone(self, region=None, kind=None, style=None, read_in=None):
        return PH(self.R, region or self.cc, kind, style, read_in)

    def ask(self, kind="debug"):
        return self.R.choice((ASK if kind == "debug" else ASK_DATA)[self.lang])


def P(p, how="full"):
    v = {"full": p.full, "native": p.native, "rev": p.rev, "caps": p.caps}[how]() if how in ("full", "native", "rev", "caps") \
        else {"given": p.given, "family": p.family, "given_k": p.given_k, "family_k": p.family_k}[how]
    return L("person", v, sub=p.cul)


def wrap(R, lang, parts, kind="debug", fence=None, before=None):
    """The paste with a request before or after it, sometimes fenced."""
    q = R.choice((ASK if kind == "debug" else ASK_DATA)[lang])
    fence = fence if fence is not None else (R.random() < .35)
    body = (["```\n"] + list(parts) + ["\n```"]) if fence else list(parts)
    if before is None:
        before = R.random() < .7
    return ([q, "\n\n"] + body) if before else (body + ["\n\n", q])


# ---------------------------------------------------------------- templates
TEMPLATES = []
CLEAN = []


def tpl(n):
    def d(f):
        TEMPLATES.append((f.__name__, n, f))
        return f
    return d


def ctpl(n):
    def d(f):
        CLEAN.append((f.__name__, n, f))
        return f
    return d


DB_HOSTS = ["db-prod-02.internal", "pg-replica-1.eu-west.internal", "mysql-01.lan", "db01.corp", "pg-main.service.consul",
            "erp-db.tannhof.de", "sql-prod-02", "reporting-db.internal", "mq-01.brenner-logistik.de", "kafka-broker-2.internal"]


def host_or_ip(R, kind="priv", p_ip=.6):
    return IP(R, kind) if R.random() < p_ip else N(R.choice(DB_HOSTS), "hostname")


DB_SCHEMES = [("postgresql", 5432), ("postgres", 5432), ("mysql", 3306), ("mariadb", 3306),
              ("postgresql+psycopg2", 5432), ("mysql+pymysql", 3306)]


@tpl(8)
def t_env_app(R):
    lang = pick_lang(R)
    app = R.choice(["orders-api", "billing", "portal", "crm-sync", "kiosk-backend", "timesheets", "inventory"])
    db = app.replace("-", "_")
    sch, port = R.choice(DB_SCHEMES)
    body = [R.choice(["NODE_ENV=production\n", "APP_ENV=production\n", "RAILS_ENV=production\n", "FLASK_ENV=production\n"])]
    opt = [
        ["PORT=", N(str(R.choice([3000, 8080, 5000, 4000, 8000])), "port"), "\n"],
        ["DATABASE_URL=", sch, "://", R.choice(["app", db + "_rw", "svc_" + db[:5]]), ":", SEC(pw(R, "url"), "password"),
         "@", host_or_ip(R), ":%d/%s\n" % (port, db)],
        ["REDIS_URL=redis://default:", SEC(pw(R, "url"), "password"), "@", host_or_ip(R), ":6379/0\n"],
        ["SESSION_SECRET=", SEC(rnd(R, ALNUM, R.choice([32, 48, 64])), "session_secret"), "\n"],
        ["STRIPE_SECRET_KEY=", S(R, "stripe"), "\n"],
        ["STRIPE_PUBLISHABLE_KEY=", N(stripe_pk(R), "stripe_pk"), "\n"],
        ["SENDGRID_API_KEY=", S(R, "sendgrid"), "\n"],
        [N("SENTRY_DSN=", "empty_value"), "\n"],
        ["LOG_LEVEL=", R.choice(["info", "debug", "warn"]), "\n"],
        ["AWS_ACCESS_KEY_ID=", S(R, "aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", S(R, "aws_secret_access_key"),
         "\nAWS_REGION=", R.choice(["eu-west-1", "eu-central-1", "us-east-2"]), "\n"],
        ["OPENAI_API_KEY=", S(R, "openai"), "\n"],
        ["MAPBOX_TOKEN=", N(mapbox_pk(R), "mapbox_pk"), "\n"],
        ["GIT_SHA=", N(git_sha(R), "git_sha"), "\n"],
        ["JWT_SECRET=", SEC(pw(R, "plain", "rand"), "jwt_secret"), "\n"],
        ["SMTP_PASSWORD=", N(R.choice(["${SMTP_PASSWORD}", "changeme", "<PASSWORD>"]), "placeholder"), "\n"],
        ["MAX_UPLOAD_BYTES=", N(str(R.choice([10485760, 52428800, 2097152])), "bytes"), "\n"],
        ["TWILIO_API_KEY=", S(R, "twilio"), "\n"],
        ["HF_TOKEN=", S(R, "huggingface"), "\n"],
    ]
    R.shuffle(opt)
    for o in opt[:R.randint(5, 9)]:
        body += o
    q = {"en": "My app can't connect to the database after the move to the new VPC. Here's the .env (yes I know):",
         "de": "Nach dem Umzug findet die App die Datenbank nicht mehr. Hier die .env:",
         "fr": "Depuis la migration l'appli ne se connecte plus à la base. Voici le .env :",
         "es": "Desde la migración la app no conecta con la base de datos. Este es el .env:",
         "it": "Dopo la migrazione l'app non si collega più al database. Ecco il .env:",
         "nl": "Sinds de migratie kan de app niet meer bij de database. Hier is de .env:",
         "pt": "Depois da migração a app não conecta mais no banco. Segue o .env:",
         "pl": "Po migracji aplikacja nie łączy się z bazą. Oto plik .env:",
         "sv": "Efter flytten når appen inte databasen. Här är .env:",
         "tr": "Taşımadan sonra uygulama veritabanına bağlanamıyor. .env dosyası şu:",
         "ja": "移行後にアプリがDBに接続できません。.envはこちらです:"}[lang]
    return "env", lang, [q, "\n\n"] + body


@tpl(8)
def t_docker_compose(R):
    lang = pick_lang(R)
    pg = pw(R, "yaml")
    body = ["version: \"3.9\"\nservices:\n  db:\n    image: postgres:", R.choice(["15", "16.4", "14-alpine"]), "@",
            N(digest(R), "docker_digest"), "\n    environment:\n      POSTGRES_USER: ", R.choice(["app", "odoo", "keycloak", "gitea"]),
            "\n      POSTGRES_PASSWORD: ", SEC(pg, "password"), "\n    ports:\n      - \"", N("127.0.0.1", "loopback"), ":5432:5432\"\n"]
    if R.random() < .7:
        body += ["  mq:\n    image: rabbitmq:3.13-management\n    environment:\n      RABBITMQ_DEFAULT_USER: ", R.choice(["mqadmin", "broker"]),
                 "\n      RABBITMQ_DEFAULT_PASS: \"", SEC(pw(R, "dq"), "password"), "\"\n"]
    if R.random() < .6:
        body += ["  minio:\n    image: minio/minio:RELEASE.2025-09-07T16-13-09Z\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: ",
                 SEC(pw(R, "yaml"), "password"), "\n"]
    if R.random() < .6:
        body += ["  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_PASSWORD: ",
                 N(R.choice(["${PGADMIN_PASSWORD}", "${PGADMIN_PW:?set it}"]), "env_ref"), "\n"]
    body += ["  app:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app:", SEC(pg, "password"), "@db:5432/app\n"]
    if R.random() < .6:
        body += ["      MAIL_PASSWORD: ", SEC(pw(R, "yaml"), "password"), "\n      MAIL_HOST: ", IP(R, "pub"), "\n"]
    if R.random() < .5:
        body += ["      GITHUB_TOKEN: ", S(R, "github_pat"), "\n"]
    body += ["    ports:\n      - \"", N("0.0.0.0", "unspecified_ip"), ":8080:8080\"\n"]
    return "yaml", lang, wrap(R, lang, body)


@tpl(8)
def t_kubeconfig(R):
    lang = pick_lang(R)
    cl = R.choice(["prod-eu", "staging", "k3s-home", "aks-weu-01", "rke2-lab"])
    ip = IP(R, R.choice(["priv", "pub"]))
    user = R.choice(["admin", "ci-deployer", "kubernetes-admin", "dev-readonly"])
    body = ["apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ", N(ca_data(R), "ca_data"),
            "\n    server: https://", ip, ":6443\n  name: ", cl, "\ncontexts:\n- context:\n    cluster: ", cl, "\n    user: ", user,
            "\n  name: ", cl, "\ncurrent-context: ", cl, "\nusers:\n- name: ", user, "\n  user:\n"]
    if R.random() < .5:
        body += ["    token: ", S(R, "jwt"), "\n"]
    else:
        body += ["    client-certificate-data: ", N(ca_data(R, 2), "cert_data"), "\n    client-key-data: ",
                 SEC(mysecret(R, "k8s_client_key"), "k8s_client_key"), "\n"]
    q = {"en": "kubectl says 'x509: certificate signed by unknown authority'. kubeconfig below:",
         "de": "kubectl meldet 'Unauthorized'. Hier meine kubeconfig:",
         "fr": "kubectl répond 'Unauthorized'. Voici mon kubeconfig :", "es": "kubectl me da 'Unauthorized'. Mi kubeconfig:",
         "it": "kubectl risponde 'Unauthorized'. Il mio kubeconfig:", "nl": "kubectl geeft 'Unauthorized'. Mijn kubeconfig:",
         "pt": "O kubectl retorna 'Unauthorized'. Meu kubeconfig:", "pl": "kubectl zwraca 'Unauthorized'. Mój kubeconfig:",
         "sv": "kubectl säger 'Unauthorized'. Min kubeconfig:", "tr": "kubectl 'Unauthorized' diyor. kubeconfig dosyam:",
         "ja": "kubectl が 'Unauthorized' を返します。kubeconfig:"}[lang]
    return "yaml", lang, [q, "\n\n"] + body


@tpl(11)
def t_docker_config(R):
    lang = pick_lang(R)
    entries = []
    regs = R.sample(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "nexus.tannhof.de:8443",
                     "harbor.brenner-logistik.de", "quay.io"], R.randint(2, 3))
    for i, reg in enumerate(regs):
        u = R.choice(["ci-bot", "deploy", "robot$pusher", "buildsvc", "oauth2accesstoken"])
        if reg == "ghcr.io":
            val = basic_b64(u, secret_random(R, "github_pat"))
        else:
            val = basic_b64(u, pw(R, "plain"))
        e = ["    \"", reg, "\": {\n      \"auth\": \"", SEC(val, "basic_auth_b64"), "\"\n    }"]
        entries.append(e)
    body = ["{\n  \"auths\": {\n"]
    for i, e in enumerate(entries):
        body += e + ([",\n"] if i < len(entries) - 1 else ["\n"])
    body += ["  },\n  \"credsStore\": \"", N(R.choice(["desktop", "osxkeychain", "pass"]), "creds_store"), "\",\n  \"currentContext\": \"default\"\n}"]
    q = {"en": "docker push keeps failing with 'denied: requested access to the resource is denied'. ~/.docker/config.json:",
         "de": "docker push schlägt mit 'denied' fehl. Meine ~/.docker/config.json:",
         "fr": "docker push échoue avec 'denied'. Mon ~/.docker/config.json :",
         "es": "docker push falla con 'denied'. Mi ~/.docker/config.json:", "it": "docker push fallisce con 'denied'. ~/.docker/config.json:",
         "nl": "docker push faalt met 'denied'. ~/.docker/config.json:", "pt": "docker push falha com 'denied'. ~/.docker/config.json:",
         "pl": "docker push kończy się 'denied'. ~/.docker/config.json:", "sv": "docker push ger 'denied'. ~/.docker/config.json:",
         "tr": "docker push 'denied' hatası veriyor. ~/.docker/config.json:", "ja": "docker push が 'denied' で失敗します。~/.docker/config.json:"}[lang]
    return "json", lang, [q, "\n\n"] + body


@tpl(8)
def t_pkg_rc(R):
    lang = pick_lang(R)
    parts = []
    kinds = R.sample(["npmrc", "pypirc", "pipconf", "yarnrc", "gemcred"], R.randint(2, 3))
    for k in kinds:
        if k == "npmrc":
            parts += ["# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", S(R, "npm_token"),
                      "\n@", R.choice(["sablepeak", "tannhof", "cobaltfern"]), ":registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=",
                      S(R, "github_pat"), "\nalways-auth=true\n\n"]
        elif k == "pypirc":
            parts += ["# ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ",
                      SEC(mysecret(R, "pypi"), "pypi"), "\n\n[internal]\nrepository = https://", N(R.choice(HOSTS), "hostname"),
                      "/repository/pypi-internal/\nusername = ", R.choice(["ci-upload", "release-bot"]), "\npassword = ",
                      SEC(pw(R, "ini"), "password"), "\n\n"]
        elif k == "pipconf":
            parts += ["# /etc/pip.conf\n[global]\nindex-url = https://", R.choice(["pypi-proxy", "ci-reader"]), ":", SEC(pw(R, "url"), "password"),
                      "@", N(R.choice(["nexus.tannhof.de", "artifacts.sablepeak.dev"]), "hostname"), "/repository/pypi/simple\ntrusted-host = ",
                      N(R.choice(["nexus.tannhof.de", "artifacts.sablepeak.dev"]), "hostname"), "\ntimeout = 60\n\n"]
        elif k == "yarnrc":
            parts += ["# .yarnrc.yml\nnodeLinker: node-modules\nnpmRegistries:\n  \"https://npm.pkg.github.com\":\n    npmAlwaysAuth: true\n    npmAuthToken: \"",
                      S(R, "github_pat"), "\"\nnpmScopes:\n  ", R.choice(["sablepeak", "lumenorchard"]), ":\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n\n"]
        else:
            parts += ["# ~/.gem/credentials\n---\n:rubygems_api_key: ", SEC("rubygems_" + hexs(R, 48), "rubygems"), "\n\n"]
    if R.random() < .5:
        parts += ["# package-lock.json excerpt\n\"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n\"integrity\": \"",
                  N(npm_integrity(R), "npm_integrity"), "\"\n"]
    q = {"en": "Publishing works locally but not from CI. These are my config files, what's different?",
         "de": "Lokal klappt das Publishen, im CI nicht. Hier meine Konfigdateien:",
         "fr": "La publication marche en local mais pas en CI. Mes fichiers de config :",
         "es": "Publicar funciona en local pero no en CI. Mis ficheros de configuración:",
         "it": "La pubblicazione funziona in locale ma non in CI. I miei file di configurazione:",
         "nl": "Publiceren werkt lokaal maar niet in CI. Mijn configbestanden:",
         "pt": "Publicar funciona localmente mas não no CI. Meus arquivos de configuração:",
         "pl": "Publikacja działa lokalnie, ale nie w CI. Moje pliki konfiguracyjne:",
         "sv": "Publicering funkar lokalt men inte i CI. Mina konfigfiler:", "tr": "Yerelde yayınlama çalışıyor ama CI'da çalışmıyor. Dosyalarım:",
         "ja": "ローカルでは公開できるのにCIではできません。設定ファイル:"}[lang]
    return "config", lang, [q, "\n\n"] + parts


@tpl(3)
def t_netrc_pgpass(R):
    lang = pick_lang(R)
    parts = ["$ cat ~/.netrc\n"]
    for _ in range(R.randint(1, 2)):
        m = R.choice(["api.heroku.com", "git.sablepeak.dev", "ftp.muehlbach-druck.de", "urs.earthdata.nasa.gov", "gitlab.tannhof.de"])
        parts += ["machine ", m, "\n  login ", R.choice(["deploy", "ci-bot", "mirror", "ops"]), "\n  password ", SEC(pw(R, "ini"), "password"), "\n"]
    parts += ["$ ls -l ~/.pgpass\n", N("-rw-r--r--", "file_mode"), " 1 ", R.choice(["ops", "deploy"]), " ", R.choice(["ops", "staff"]), " ",
              N(str(R.randint(80, 400)), "bytes"), " Nov ", str(R.randint(1, 28)), " ", N(hhmmss(R)[:5], "time"), " /home/ops/.pgpass\n$ cat ~/.pgpass\n"]
    for _ in range(R.randint(1, 3)):
        parts += [host_or_ip(R, "priv", .7), ":", N(str(R.choice([5432, 6432, 5433])), "port"), ":", R.choice(["orders", "reporting", "*", "billing"]),
                  ":", R.choice(["report_ro", "app", "postgres", "etl"]), ":", SEC(pw(R, "ini"), "password"), "\n"]
    parts += ["$ psql -h ", N(R.choice(HOSTS), "hostname"), " -U report_ro orders\n",
              "WARNING: password file \"/home/ops/.pgpass\" has group or world access; permissions should be u=rw (0600) or less\n",
              "psql: error: FATAL:  password authentication failed for user \"report_ro\"\n"]
    return "shell", lang, wrap(R, lang, parts, fence=True)


@tpl(4)
def t_mycnf(R):
    lang = pick_lang(R)
    rootpw = pw(R, "ini")
    bk = pw(R, "sq")
    parts = ["# /root/.my.cnf\n[client]\nuser=root\npassword=", SEC(rootpw, "password"), "\nhost=", N("127.0.0.1", "loopback"), "\n\n[mysqldump]\nuser=backup\npassword=\"",
             SEC(bk, "password"), "\"\nsingle-transaction\n\n", "# crontab -l\n", N("30 2 * * *", "cron_expr"), " mysqldump -h ", IP(R, "priv"),
             " -u backup -p'", SEC(bk, "password"), "' --all-databases | gzip > /srv/backup/db-$(date +\\%F).sql.gz\n\n",
             "# last run\nmysqldump: [Warning] Using a password on the command line interface can be insecure.\nmysqldump: Got error: 2013: Lost connection to server during query when dumping table `events` at row: ",
             N(str(R.randint(100000, 9999999)), "row_count"), "\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(12)
def t_rclone_s3cfg(R):
    lang = pick_lang(R)
    parts = ["$ cat ~/.config/rclone/rclone.conf\n[b2-offsite]\ntype = b2\naccount = ", N(rnd(R, HEX, 12), "account_id"),
             "\nkey = ", SEC("K005" + rnd(R, ALNUM, 27), "backblaze"), "\n\n[nextcloud]\ntype = webdav\nurl = https://cloud.",
             R.choice(["tannhof.de", "atelier-morvan.fr", "korenaar.nl"]), "/remote.php/dav/files/backup\nvendor = nextcloud\nuser = backup\npass = ",
             SEC(rnd(R, URLSAFE, R.choice([43, 64])), "rclone_obscured"), "\n\n"]
    if R.random() < .35:
        parts += ["[gdrive]\ntype = drive\nscope = drive\ntoken = {\"access_token\":\"", S(R, "ya29"), "\",\"token_type\":\"Bearer\",\"refresh_token\":\"",
                  S(R, "google_refresh"), "\",\"expiry\":\"", N(ts_iso(R, False), "timestamp"), "\"}\n\n"]
    parts += ["$ cat ~/.s3cfg\n[default]\naccess_key = ", S(R, "aws_access_key_id"), "\nsecret_key = ", S(R, "aws_secret_access_key"),
              "\nhost_base = s3.eu-central-1.amazonaws.com\ngpg_passphrase = ", SEC(pw(R, "ini", "phrase"), "password"),
              "\nuse_https = True\n\n$ rclone sync /srv/photos b2-offsite:photos-2026\nERROR : Attempt 1/3 failed with 1 errors and: 401 bad_auth_token (401)\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(3)
def t_wg_showconf(R):
    lang = pick_lang(R)
    parts = ["$ sudo wg showconf wg0\n[Interface]\nListenPort = ", N(str(R.choice([51820, 51821, 443])), "port"), "\nFwMark = 0xca6c\nPrivateKey = ",
             S(R, "wg_private"), "\n"]
    for _ in range(R.randint(1, 3)):
        parts += ["\n[Peer]\nPublicKey = ", N(wg_pub(R), "wg_pubkey"), "\n"]
        if R.random() < .6:
            parts += ["PresharedKey = ", SEC(b64bytes(R, 32), "wg_preshared"), "\n"]
        parts += ["AllowedIPs = ", N(R.choice(["0.0.0.0/0, ::/0", "10.44.0.0/24", "192.168.178.0/24"]), "cidr"), "\nEndpoint = ", IP(R, "pub"),
                  ":", N(str(R.choice([51820, 51821])), "port"), "\nPersistentKeepalive = 25\n"]
    parts += ["\n$ sudo wg show wg0 latest-handshakes\n", N(wg_pub(R), "wg_pubkey"), "\t0\n"]
    q = {"en": "WireGuard tunnel is up but no handshake ever happens. Config:", "de": "Der WireGuard-Tunnel steht, aber es gibt nie einen Handshake:",
         "fr": "Le tunnel WireGuard monte mais aucun handshake :", "es": "El túnel WireGuard levanta pero nunca hay handshake:",
         "it": "Il tunnel WireGuard è su ma nessun handshake:", "nl": "WireGuard-tunnel staat, maar geen handshake:",
         "pt": "O túnel WireGuard sobe mas nunca faz handshake:", "pl": "Tunel WireGuard wstaje, ale brak handshake:",
         "sv": "WireGuard-tunneln är uppe men ingen handskakning:", "tr": "WireGuard tüneli açık ama el sıkışma yok:",
         "ja": "WireGuardのトンネルは上がるがハンドシェイクしません:"}[lang]
    return "config", lang, [q, "\n\n"] + parts


@tpl(3)
def t_openvpn(R):
    lang = pick_lang(R)
    u = R.choice(["vpn-ops", "fieldtech07", "remote.support", "branch-router"])
    parts = ["client.ovpn:\nclient\ndev tun\nproto udp\nremote ", IP(R, "pub"), " ", N("1194", "port"),
             "\nresolv-retry infinite\nnobind\nauth-user-pass creds.txt\ncipher AES-256-GCM\nverb 3\n<ca>\n-----BEGIN CERTIFICATE-----\n",
             N("\n".join(rnd(R, B64, 64) for _ in range(3)), "certificate"), "\n-----END CERTIFICATE-----\n</ca>\n<tls-crypt>\n",
             S(R, "openvpn_static"), "\n</tls-crypt>\n\ncreds.txt:\n", u, "\n", SEC(pw(R, "ini"), "password"), "\n\nlog:\n",
             N("2026-11-%02d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " TLS Error: tls-crypt unwrapping failed from [AF_INET]",
             IP(R, "pub"), ":1194\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(3)
def t_router_ios(R):
    lang = pick_lang(R)
    gw = IP(R, "priv")
    parts = ["hostname ", N(R.choice(["fw-edge-01", "rtr-branch-kiel", "core-sw-02"]), "hostname"), "\n!\nenable secret 9 ",
             N("$9$" + rnd(R, "./" + ALNUM, 14) + "$" + rnd(R, "./" + ALNUM, 43), "password_hash"), "\nusername ",
             R.choice(["admin", "netops", "backup-ro"]), " privilege 15 password 0 ", SEC(pw(R, "plain"), "password"), "\n!\ninterface GigabitEthernet0/1\n description LAN\n ip address ",
             gw, " ", N("255.255.255.0", "netmask"), "\n!\ninterface GigabitEthernet0/0\n description WAN\n ip address ", IP(R, "pub"), " ",
             N("255.255.255.248", "netmask"), "\n!\nip route ", N("0.0.0.0 0.0.0.0", "default_route"), " ", IP(R, "pub"), "\n!\nsnmp-server community ",
             SEC(mysecret(R, "snmp"), "snmp_community"), " RO 10\n"]
    if R.random() < .6:
        parts += ["crypto isakmp key ", SEC(pw(R, "alnum"), "ipsec_psk"), " address ", IP(R, "pub"), "\n"]
    parts += ["ntp server ", N(R.choice(["0.pool.ntp.org", "ptbtime1.ptb.de"]), "hostname"), "\n!\nend\n"]
    q = {"en": "Attaching our branch router config. VPN to HQ drops every few hours, anything obvious?",
         "de": "Anbei die Config unseres Filialrouters. Das VPN zur Zentrale bricht alle paar Stunden ab:",
         "fr": "Voici la config du routeur de l'agence. Le VPN vers le siège tombe toutes les quelques heures :",
         "es": "Adjunto la config del router de la sucursal. La VPN se cae cada pocas horas:",
         "it": "Ecco la config del router della filiale. La VPN cade ogni poche ore:",
         "nl": "Hierbij de config van de filiaalrouter. De VPN valt om de paar uur weg:",
         "pt": "Segue a config do roteador da filial. A VPN cai a cada poucas horas:",
         "pl": "Konfiguracja routera oddziału. VPN zrywa się co kilka godzin:",
         "sv": "Här är kontorsrouterns konfig. VPN:et faller var tredje timme:",
         "tr": "Şube yönlendiricisinin yapılandırması. VPN birkaç saatte bir kopuyor:",
         "ja": "支店ルーターの設定です。数時間ごとにVPNが切れます:"}[lang]
    return "config", lang, [q, "\n\n"] + parts


@tpl(3)
def t_printer_scan(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    dom = R.choice(COMPANIES[lang])[1]
    parts = ["Device: ", N(R.choice(["Brother MFC-L8900CDW", "Kyocera TASKalfa 2553ci", "HP LaserJet M479fdw", "Canon iR-ADV C3826i"]), "model"),
             "  Serial: ", N(serialno(R), "serial"), "  Firmware: ", N(semver(R), "version"), "\nIP address: ", IP(R, "priv"), "   Subnet: ",
             N("255.255.255.0", "netmask"), "   MAC: ", N(mac(R), "mac"), "\n\n[Scan to E-mail]\nSMTP server: ", N("smtp.office365.com", "hostname"),
             "  Port: ", N("587", "port"), "  STARTTLS: on\nSender address: ", c.email(p, dom), "\nSMTP auth user: ", c.email(p, dom),
             "\nSMTP password: ", SEC(pw(R, "plain"), "password"), "\n\n[Scan to Network Folder]\nPath: \\\\", IP(R, "priv"), "\\scans\\",
             R.choice(["empfang", "reception", "buchhaltung", "contabilidad"]), "\nUser: ", R.choice(["scanner", "svc-scan", "SCAN01"]), "\nPassword: ",
             SEC(pw(R, "plain"), "password"), "\n\nLast error: ", N("0x0" + rnd(R, "0123456789ABCDEF", 5), "error_code"), " Authentication failed (535 5.7.139)\n"]
    intro = {"en": "Scan to email stopped working on the office printer. Here are the settings from its web page:",
             "de": "Scan-to-Mail am Bürodrucker geht nicht mehr. Einstellungen aus der Weboberfläche:",
             "fr": "Le scan vers e-mail ne marche plus sur l'imprimante. Les réglages de la page web :",
             "es": "El escaneo a correo dejó de funcionar en la impresora. Los ajustes de su web:",
             "it": "La scansione verso e-mail non va più. Ecco le impostazioni della stampante:",
             "nl": "Scannen naar e-mail werkt niet meer op de printer. De instellingen:",
             "pt": "O scan para e-mail parou na impressora. Configurações da página web:",
             "pl": "Skanowanie do e-maila przestało działać. Ustawienia drukarki:",
             "sv": "Skanna till e-post slutade fungera på skrivaren. Inställningarna:",
             "tr": "Yazıcıda e-postaya tarama çalışmıyor. Web sayfasındaki ayarlar:",
             "ja": "複合機のメール送信スキャンが止まりました。設定画面の内容:"}[lang]
    return "config", lang, [intro, "\n\n"] + parts


@tpl(8)
def t_ha_secrets(R):
    lang = pick_lang(R)
    opt = [["openweathermap_key: ", SEC(hexs(R, 32), "openweathermap"), "\n"], ["notify_telegram_token: \"", S(R, "telegram"), "\"\n"],
           ["ha_llat: ", S(R, "jwt"), "\n"], ["spotify_client_secret: ", SEC(hexs(R, 32), "client_secret"), "\n"], ["alarm_code: ", N("!secret alarm_pin", "secret_ref"), "\n"]]
    R.shuffle(opt)
    parts = ["# secrets.yaml\nwifi_ssid: \"", N(R.choice(["FRITZ!Box 7590 XQ", "Vodafone-3F2A", "Livebox-77C0", "TP-Link_5G_A1"]), "ssid"), "\"\nwifi_password: \"",
             SEC(pw(R, "dq"), "wifi_psk"), "\"\nmqtt_user: homeassistant\nmqtt_password: ", SEC(pw(R, "yaml"), "password"), "\n"]
    for o in opt[:R.randint(1, 3)]:
        parts += o
    parts += ["latitude: ", N("%.4f" % (R.uniform(44, 58)), "coordinate"), "\nlongitude: ", N("%.4f" % (R.uniform(-3, 18)), "coordinate"), "\n"]
    if R.random() < .5:
        parts += ["\n# esphome/garage.yaml\napi:\n  encryption:\n    key: ", SEC(b64bytes(R, 32), "esphome_key"), "\nota:\n  - platform: esphome\n    password: !secret ota_password\n"]
    q = {"en": "Home Assistant can't log into the MQTT broker after the update to 2025.11. Here's my secrets file:",
         "de": "Home Assistant kommt nach dem Update nicht mehr an den MQTT-Broker. Meine secrets.yaml:",
         "fr": "Depuis la mise à jour, Home Assistant n'arrive plus à se connecter au broker MQTT :",
         "es": "Tras actualizar, Home Assistant no entra al broker MQTT. Mi secrets.yaml:",
         "it": "Dopo l'aggiornamento Home Assistant non si collega al broker MQTT:",
         "nl": "Na de update kan Home Assistant niet meer bij de MQTT-broker:", "pt": "Depois da atualização o Home Assistant não conecta no MQTT:",
         "pl": "Po aktualizacji Home Assistant nie łączy się z MQTT:", "sv": "Efter uppdateringen når Home Assistant inte MQTT:",
         "tr": "Güncellemeden sonra Home Assistant MQTT'ye bağlanmıyor:", "ja": "アップデート後Home AssistantがMQTTに接続できません:"}[lang]
    return "yaml", lang, [q, "\n\n"] + parts


@tpl(3)
def t_game_server(R):
    lang = pick_lang(R)
    k = R.random()
    if k < .5:
        parts = ["server.properties:\n#Minecraft server properties\n#", N("Tue Nov 18 21:04:11 CET 2026", "timestamp"), "\nenable-rcon=true\nrcon.port=",
                 N("25575", "port"), "\nrcon.password=", SEC(pw(R, "plain"), "rcon_password"), "\nserver-ip=", IP(R, R.choice(["priv", "pub"])),
                 "\nserver-port=", N("25565", "port"), "\nlevel-seed=", N(str(R.randint(-9 * 10 ** 18, 9 * 10 ** 18)), "seed"),
                 "\nmax-players=20\nwhite-list=true\nmotd=Friday night crew\n\n$ mcrcon -H ", IP(R, "priv"), " -P 25575 -p '",
                 SEC(pw(R, "sq"), "rcon_password"), "' \"whitelist list\"\nConnection failed.\n"]
    else:
        parts = ["start_server.sh:\n#!/bin/bash\nexport SteamAppId=892970\n./valheim_server.x86_64 -name \"", R.choice(["Fjordheim", "Nordhavn", "Ymirs Rest"]),
                 "\" -port ", N("2456", "port"), " -world \"Dedicated\" -password \"", SEC(pw(R, "dq", "human"), "server_password"),
                 "\" -public 0\n\nGameUserSettings.ini (ARK):\n[ServerSettings]\nServerAdminPassword=", SEC(pw(R, "ini"), "admin_password"),
                 "\nServerPassword=", SEC(pw(R, "ini", "human"), "server_password"), "\nRCONPort=", N("27020", "port"),
                 "\n\nsteamcmd log: ", N("Success! App '896660' fully installed.", "log_line"), " build ", N(str(R.randint(10 ** 7, 2 * 10 ** 7)), "build_number"), "\n"]
    q = {"en": "friends can't join my server, they see it but get kicked. configs:", "de": "Freunde sehen meinen Server, fliegen aber sofort raus. Configs:",
         "fr": "Mes potes voient le serveur mais se font kick. Configs :", "es": "Mis amigos ven el servidor pero los echa. Configs:",
         "it": "Gli amici vedono il server ma vengono espulsi. Config:", "nl": "Vrienden zien mijn server maar worden gekickt. Configs:",
         "pt": "Meus amigos veem o servidor mas são expulsos. Configs:", "pl": "Znajomi widzą serwer, ale ich wyrzuca. Konfiguracja:",
         "sv": "Kompisarna ser servern men blir utkastade. Konfig:", "tr": "Arkadaşlar sunucuyu görüyor ama atılıyorlar. Ayarlar:",
         "ja": "友達がサーバーに入れずキックされます。設定:"}[lang]
    return "config", lang, [q, "\n\n"] + parts


@tpl(3)
def t_cms_config(R):
    lang = pick_lang(R)
    if R.random() < .5:
        parts = ["configuration.php (Joomla):\n<?php\nclass JConfig {\n\tpublic $dbtype = 'mysqli';\n\tpublic $host = '", IP(R, "priv"),
                 "';\n\tpublic $user = '", R.choice(["joomla", "web_cms"]), "';\n\tpublic $password = '", SEC(pw(R, "sq"), "password"),
                 "';\n\tpublic $db = 'cms';\n\tpublic $dbprefix = 'jx7_';\n\tpublic $secret = '", SEC(rnd(R, ALNUM, 16), "app_secret"),
                 "';\n\tpublic $smtpuser = 'newsletter';\n\tpublic $smtppass = '", SEC(pw(R, "sq"), "password"), "';\n\tpublic $smtphost = '",
                 N("smtp.strato.de", "hostname"), "';\n\tpublic $smtpport = '", N("465", "port"), "';\n\tpublic $lifetime = '", N("15", "duration"), "';\n}\n"]
    else:
        parts = ["settings.php (Drupal 10):\n$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => '", R.choice(["drupal", "cms_rw"]),
                 "',\n  'password' => '", SEC(pw(R, "sq"), "password"), "',\n  'host' => '", IP(R, "priv"), "',\n  'port' => '", N("3306", "port"),
                 "',\n  'driver' => 'mysql',\n];\n$settings['hash_salt'] = '", SEC(rnd(R, URLSAFE, 74), "hash_salt"),
                 "';\n$settings['trusted_host_patterns'] = ['^www\\.", R.choice(["tannhof", "korenaar", "riberalta"]), "\\.(de|nl|es)$'];\n$config['system.logging']['error_level'] = 'verbose';\n"]
    parts += ["\nError: ", N("SQLSTATE[HY000] [1045] Access denied", "error_text"), " for user '", R.choice(["joomla", "drupal", "cms_rw"]), "'@'",
              IP(R, "priv"), "' (using password: YES)\n"]
    return "code", lang, wrap(R, lang, parts)


@tpl(9)
def t_backup_tool(R):
    lang = pick_lang(R)
    rp = pw(R, "sq", "phrase")
    parts = ["/etc/restic/env:\nexport RESTIC_REPOSITORY=\"s3:https://s3.eu-central-1.wasabisys.com/", R.choice(["nas-backup", "office-restic", "srv-offsite"]),
             "\"\nexport RESTIC_PASSWORD='", SEC(rp, "restic_password"), "'\nexport AWS_ACCESS_KEY_ID=\"", S(R, "aws_access_key_id"),
             "\"\nexport AWS_SECRET_ACCESS_KEY=\"", S(R, "aws_secret_access_key"), "\"\n\n"]
    if R.random() < .6:
        parts += ["/root/borg.sh:\nexport BORG_REPO='ssh://", N(R.choice(["backup@backup01.lan", "borg@nas01.home"]), "ssh_target"), ":22/./repos/srv'\nexport BORG_PASSPHRASE='",
                  SEC(pw(R, "sq", "phrase"), "borg_passphrase"), "'\nborg create --stats ::'{hostname}-{now}' /etc /srv\n\n"]
    parts += ["$ restic snapshots\nrepository ", N(hexs(R, 8), "repo_id"), " opened (version 2, compression level auto)\nID        Time                 Host     Paths\n",
              N(hexs(R, 8), "snapshot_id"), "  2026-11-", str(R.randint(10, 28)), " 02:00:13  nas01    /srv/data\n",
              "Fatal: unable to open config file: Stat: 403 Forbidden\n"]
    return "shell", lang, wrap(R, lang, parts, fence=True)


@tpl(3)
def t_cron_mail(R):
    lang = pick_lang(R)
    host = R.choice(["nas01", "web02", "erp-db", "srv-backup", "intranet"])
    pwv = pw(R, "sq")
    ip1 = IP(R, "priv")
    parts = ["From: ", N("Cron Daemon", "sender_name"), "\nSubject: Cron <root@", host, "> /usr/local/bin/nightly-dump.sh\nDate: ",
             N("Sun, %d Nov 2026 03:15:01 +0100" % R.randint(1, 28), "timestamp"), "\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <PATH=/usr/bin:/bin>\n\n",
             "+ PGPASSWORD='", SEC(pwv, "password"), "' pg_dump -h ", ip1, " -U ", R.choice(["erp", "backup", "odoo"]), " -Fc erp\n",
             "pg_dump: error: connection to server at \"", ip1, "\", port 5432 failed: FATAL:  no pg_hba.conf entry for host \"", IP(R, "priv"),
             "\", user \"backup\", database \"erp\", no encryption\n", "+ curl -s -X POST ", S(R, "slack_webhook"),
             " -d '{\"text\":\"backup failed on ", host, "\"}'\n", "+ exit 2\n"]
    q = {"en": "Got this cron mail this morning, what does it mean?", "de": "Diese Cron-Mail kam heute früh. Was bedeutet das?",
         "fr": "J'ai reçu ce mail de cron ce matin, ça veut dire quoi ?", "es": "Me llegó este correo de cron esta mañana, ¿qué significa?",
         "it": "Mi è arrivata questa mail di cron stamattina, cosa significa?", "nl": "Deze cron-mail kwam vanochtend binnen. Wat betekent dit?",
         "pt": "Recebi esse e-mail do cron hoje cedo, o que significa?", "pl": "Dostałem rano tego maila z crona, co to znaczy?",
         "sv": "Fick detta cron-mejl i morse, vad betyder det?", "tr": "Bu sabah bu cron e-postası geldi, ne anlama geliyor?",
         "ja": "今朝このcronメールが届きました。どういう意味ですか？"}[lang]
    return "email", lang, [q, "\n\n"] + parts


@tpl(4)
def t_systemd(R):
    lang = pick_lang(R)
    svc = R.choice(["invoice-worker", "label-printer-bridge", "metrics-exporter", "sftp-sync", "erp-connector"])
    tok = R.choice(["github_pat", "gitlab_pat", "slack_token", "datadog", "grafana"])
    tv = S(R, tok) if tok != "datadog" else SEC(hexs(R, 32), "datadog")
    parts = ["$ systemctl cat ", svc, ".service\n# /etc/systemd/system/", svc, ".service\n[Unit]\nDescription=", svc, "\nAfter=network-online.target\n\n[Service]\nUser=",
             N(R.choice(["svc_" + svc.split("-")[0], "worker", "nobody"]), "service_user"), "\nEnvironment=DB_PASSWORD=", SEC(pw(R, "plain"), "password"),
             "\nEnvironment=\"API_TOKEN=", tv, "\"\nEnvironmentFile=-/etc/default/", svc, "\nExecStart=/opt/", svc, "/bin/", svc, " --listen ", N("127.0.0.1:9187", "loopback"),
             " --upstream ", IP(R, "priv"), ":8443\nRestart=on-failure\n\n$ systemctl status ", svc, "\n● ", svc, ".service - ", svc,
             "\n     Active: failed (Result: exit-code) since ", N("Wed 2026-11-%02d %s CET" % (R.randint(1, 28), hhmmss(R)), "timestamp"), "; ",
             N("%dmin ago" % R.randint(2, 59), "duration"), "\n    Process: ", N(str(R.randint(1000, 99999)), "pid"), " ExecStart=/opt/", svc,
             " (code=exited, status=1/FAILURE)\n   Main PID: ", N(str(R.randint(1000, 99999)), "pid"), " (code=exited, status=1/FAILURE)\n        CPU: ",
             N("%dms" % R.randint(20, 900), "duration"), "\n"]
    return "shell", lang, wrap(R, lang, parts, fence=True)


@tpl(3)
def t_ansible_inv(R):
    lang = pick_lang(R)
    parts = ["# inventories/prod/hosts.ini\n[web]\n"]
    for i in range(R.randint(1, 2)):
        parts += ["web%02d ansible_host=" % (i + 1), IP(R, R.choice(["lan", "pub"])), " ansible_user=", R.choice(["deploy", "ubuntu", "admin"]), "\n"]
    parts += ["\n[db]\ndb01 ansible_host=", IP(R, "priv"), " ansible_user=root ansible_password=", SEC(pw(R, "plain"), "password"), "\n\n[windows]\n",
              "fs01 ansible_host=", IP(R, "priv"), " ansible_user=Administrator ansible_password=", SEC(pw(R, "plain"), "password"),
              " ansible_connection=winrm ansible_winrm_transport=ntlm\n\n[all:vars]\nansible_become_pass=", SEC(pw(R, "plain"), "password"),
              "\n\n# group_vars/db.yml\npostgres_password: \"", N("{{ vault_postgres_password }}", "template_ref"), "\"\nvault_postgres_password: !vault |\n  ",
              N(ansible_vault(R).replace("\n", "\n  "), "vault_ciphertext"), "\n"]
    q = {"en": "Playbook fails on the windows host with 'ntlm: the specified credentials were rejected'. Inventory:",
         "de": "Playbook scheitert am Windows-Host mit 'credentials were rejected'. Inventory:",
         "fr": "Le playbook échoue sur l'hôte Windows ('credentials were rejected'). Inventaire :",
         "es": "El playbook falla en el host Windows ('credentials were rejected'). Inventario:",
         "it": "Il playbook fallisce sull'host Windows. Inventario:", "nl": "Playbook faalt op de Windows-host. Inventory:",
         "pt": "O playbook falha no host Windows. Inventário:", "pl": "Playbook pada na hoście Windows. Inwentarz:",
         "sv": "Playbooken fallerar på Windows-värden. Inventory:", "tr": "Playbook Windows sunucusunda hata veriyor. Envanter:",
         "ja": "Windowsホストでplaybookが失敗します。インベントリ:"}[lang]
    return "config", lang, [q, "\n\n"] + parts


@tpl(7)
def t_tfvars(R):
    lang = pick_lang(R)
    parts = ["# terraform.tfvars\nregion         = \"", R.choice(["eu-central-1", "eu-west-3", "us-west-2"]), "\"\naccount_id     = \"", N(aws_account(R), "aws_account_id"),
             "\"\ninstance_type  = \"t3.medium\"\nami            = \"", N("ami-0" + hexs(R, 16), "ami_id"), "\"\ndb_username    = \"app\"\ndb_password    = \"",
             SEC(pw(R, "dq"), "password"), "\"\ncloudflare_api_token = \"", S(R, "cloudflare"), "\"\ndatadog_api_key = \"", SEC(hexs(R, 32), "datadog"),
             "\"\ndatadog_app_key = \"", S(R, "datadog_app"), "\"\nallowed_cidrs  = [\"", N("10.20.0.0/16", "cidr"), "\", \"", IP(R, "pub"), "/32\"]\n"]
    if R.random() < .5:
        parts += ["tfc_token      = \"", S(R, "tfc"), "\"\n"]
    parts += ["\n$ terraform plan\n╷\n│ Error: error configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: ",
              N(uuid4(R), "request_id"), "\n╵\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(8)
def t_helm_values(R):
    lang = pick_lang(R)
    parts = ["# values-prod.yaml\nimage:\n  repository: ghcr.io/", R.choice(["sablepeak/api", "lumenorchard/web", "cobaltfern/render"]), "\n  tag: \"", N(semver(R), "version"),
             "\"\n  digest: ", N(digest(R), "docker_digest"), "\ningress:\n  hosts:\n    - ", N(R.choice(["api.sablepeak.dev", "app.lumenorchard.com"]), "hostname"),
             "\npostgresql:\n  auth:\n    username: app\n    password: ", SEC(pw(R, "yaml"), "password"), "\n    postgresPassword: ", SEC(pw(R, "yaml"), "password"),
             "\nredis:\n  auth:\n    enabled: true\n    existingSecret: ", N("redis-auth", "secret_name"), "\n    existingSecretPasswordKey: ", N("redis-password", "secret_name"),
             "\nsmtp:\n  password: ", SEC(pw(R, "yaml"), "password"), "\nextraEnv:\n  - name: SECRET_KEY_BASE\n    value: \"", S(R, "rails"),
             "\"\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ", N("app-db", "secret_name"), "\n        key: password\n"]
    q = {"en": "helm upgrade works but pods crashloop with 'FATAL: password authentication failed'. values:",
         "de": "helm upgrade läuft, aber die Pods crashen mit 'password authentication failed'. values:",
         "fr": "helm upgrade passe mais les pods redémarrent en boucle ('password authentication failed') :",
         "es": "helm upgrade va bien pero los pods entran en crashloop ('password authentication failed'):",
         "it": "helm upgrade ok ma i pod vanno in crashloop ('password authentication failed'):",
         "nl": "helm upgrade lukt maar de pods crashloopen ('password authentication failed'):",
         "pt": "O helm upgrade passa mas os pods ficam em crashloop:", "pl": "helm upgrade przechodzi, ale pody się restartują:",
         "sv": "helm upgrade går igenom men poddarna kraschar:", "tr": "helm upgrade çalışıyor ama podlar sürekli çöküyor:",
         "ja": "helm upgradeは通るがPodがクラッシュループします:"}[lang]
    return "yaml", lang, [q, "\n\n"] + parts


@tpl(4)
def t_gha(R):
    lang = pick_lang(R)
    tok = S(R, R.choice(["github_pat", "github_fine_grained"]))
    parts = ["# .github/workflows/deploy.yml\nname: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    env:\n      REGISTRY_PASSWORD: ",
             N("${{ secrets.REGISTRY_PASSWORD }}", "template_ref"), "\n      SONAR_TOKEN: ", SEC("squ_" + hexs(R, 40), "sonarqube"), "\n    steps:\n      - uses: actions/checkout@",
             N(git_sha(R), "git_sha"), " # v4.2.2\n      - uses: docker/login-action@", N(git_sha(R), "git_sha"), "\n        with:\n          registry: ghcr.io\n          username: ",
             N("${{ github.actor }}", "template_ref"), "\n          password: ", tok, "\n      - name: ship\n        run: |\n          sshpass -p '", SEC(pw(R, "sq"), "password"),
             "' ssh -o StrictHostKeyChecking=no deploy@", IP(R, "pub"), " 'cd /srv/app && docker compose pull && docker compose up -d'\n"]
    q = {"en": "My deploy workflow fails at the login step with 'Error: Cannot perform an interactive login from a non TTY device'.",
         "de": "Mein Deploy-Workflow bricht beim Login-Schritt ab:", "fr": "Mon workflow de déploiement échoue à l'étape de login :",
         "es": "Mi workflow de despliegue falla en el paso de login:", "it": "Il workflow di deploy fallisce al login:",
         "nl": "Mijn deploy-workflow faalt bij de login-stap:", "pt": "Meu workflow de deploy falha no login:",
         "pl": "Workflow deployu pada na logowaniu:", "sv": "Mitt deploy-workflow fallerar vid inloggningen:",
         "tr": "Deploy workflow'um giriş adımında hata veriyor:", "ja": "デプロイのワークフローがログインで失敗します:"}[lang]
    return "yaml", lang, [q, "\n\n"] + parts


@tpl(11)
def t_gitlab_ci(R):
    lang = pick_lang(R)
    parts = ["# .gitlab-ci.yml\nvariables:\n  DOCKER_DRIVER: overlay2\n  DB_PASSWORD: \"", SEC(pw(R, "dq"), "password"), "\"\n  SENTRY_AUTH_TOKEN: ", N("$SENTRY_AUTH_TOKEN", "env_ref"),
             "\n\nstages: [test, release]\n\ntest:\n  image: python:3.12\n  services:\n    - postgres:16\n  script:\n    - pip install -r requirements.txt\n    - pytest -q\n\nrelease:\n  stage: release\n  script:\n    - 'curl --header \"PRIVATE-TOKEN: ",
             S(R, "gitlab_pat"), "\" --upload-file dist/app.tar.gz \"https://gitlab.tannhof.de/api/v4/projects/", N(str(R.randint(100, 9999)), "project_id"),
             "/packages/generic/app/", N(semver(R), "version"), "/app.tar.gz\"'\n    - echo \"$CI_JOB_TOKEN\" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY\n  rules:\n    - if: $CI_COMMIT_TAG\n"]
    if R.random() < .5:
        parts += ["\n# job log\n$ pytest -q\nE   psycopg.OperationalError: connection failed: ", IP(R, "priv"), ":5432 timeout expired\n",
                  N("ERROR: Job failed: exit code 1", "log_line"), "\n"]
    return "yaml", lang, wrap(R, lang, parts)


@tpl(4)
def t_jenkinsfile(R):
    lang = pick_lang(R)
    parts = ["// Jenkinsfile\npipeline {\n  agent { label 'linux-docker' }\n  environment {\n    NEXUS = credentials('", N("nexus-deployer", "credential_id"),
             "')\n    SLACK_HOOK = '", S(R, "slack_webhook"), "'\n    SONAR_LOGIN = '", SEC("squ_" + hexs(R, 40), "sonarqube"), "'\n  }\n  stages {\n    stage('Deploy') {\n      steps {\n        sh \"sshpass -p '",
             SEC(pw(R, "sq"), "password"), "' scp target/app.war tomcat@", IP(R, "priv"), ":/opt/tomcat/webapps/\"\n        sh 'curl -u admin:", SEC(pw(R, "url"), "password"),
             " http://", IP(R, "priv"), ":8080/manager/text/reload?path=/app'\n      }\n    }\n  }\n  post { failure { echo \"Build ${env.BUILD_NUMBER} failed\" } }\n}\n\nConsole: ",
             N("Finished: FAILURE", "log_line"), " (build #", N(str(R.randint(200, 4000)), "build_number"), ", ", N("%d min %d sec" % (R.randint(1, 12), R.randint(1, 59)), "duration"), ")\n"]
    return "code", lang, wrap(R, lang, parts)


@tpl(12)
def t_ci_log(R):
    lang = pick_lang(R)
    t0 = "2026-11-%02dT%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))

    def ts():
        return N("%s:%02d.%07dZ" % (t0, R.randint(0, 59), R.randint(0, 9999999)), "timestamp")
    leak = R.choice(["curl", "export", "git"])
    parts = [ts(), " ##[group]Run ./scripts/publish.sh\n", ts(), " env:\n", ts(), "   NPM_TOKEN: ", N("***", "masked"), "\n", ts(), "   AWS_SECRET_ACCESS_KEY: ", N("***", "masked"),
             "\n", ts(), " ##[endgroup]\n", ts(), " + set -x\n"]
    if leak == "curl":
        parts += [ts(), " + curl -fsS -H 'Authorization: token ", S(R, "github_pat"), "' https://api.github.com/repos/sablepeak/api/releases\n"]
    elif leak == "export":
        parts += [ts(), " + export DEPLOY_KEY=", S(R, R.choice(["digitalocean", "dockerhub", "vault", "linear"])), "\n"]
    else:
        parts += [ts(), " + git push https://x-access-token:", S(R, "github_pat"), "@github.com/lumenorchard/web.git HEAD:gh-pages\n"]
    parts += [ts(), " + npm publish --access restricted\n", ts(), " npm notice package: @sablepeak/ui@", N(semver(R), "version"), "\n", ts(), " npm notice shasum: ",
              N(hexs(R, 40), "sha1"), "\n", ts(), " npm notice integrity: ", N(npm_integrity(R)[:40] + "[...]", "npm_integrity"), "\n", ts(),
              " npm ERR! code E401\n", ts(), " npm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@sablepeak%2fui\n", ts(), " ##[error]Process completed with exit code 1.\n"]
    if R.random() < .5:
        parts += [ts(), " Runner: ", N("GitHub Actions %d" % R.randint(1, 400), "runner_name"), " (", IP(R, "pub"), ")\n"]
    q = {"en": "CI broke after I rotated the npm token. Log:", "de": "CI ist kaputt, seit ich das npm-Token rotiert habe. Log:",
         "fr": "La CI casse depuis la rotation du token npm. Log :", "es": "El CI falla desde que roté el token de npm. Log:",
         "it": "La CI si è rotta dopo la rotazione del token npm. Log:", "nl": "CI faalt sinds ik het npm-token heb geroteerd. Log:",
         "pt": "O CI quebrou depois que troquei o token do npm. Log:", "pl": "CI padło po rotacji tokena npm. Log:",
         "sv": "CI gick sönder efter att jag bytte npm-token. Logg:", "tr": "npm token'ı değiştirdikten sonra CI bozuldu. Log:",
         "ja": "npmトークンを更新してからCIが失敗します。ログ:"}[lang]
    return "log", lang, [q, "\n\n```\n"] + parts + ["```"]


@tpl(3)
def t_shell_db(R):
    lang = pick_lang(R)
    parts = []
    cmds = R.sample(["mysql", "psql", "redis", "mongo", "docker", "smb", "htpasswd", "keytool", "rabbit", "wget"], R.randint(3, 4))
    for cmd in cmds:
        if cmd == "mysql":
            parts += ["$ mysql -h ", IP(R, "priv"), " -uroot -p", SEC(pw(R, "alnum"), "password"), " -e 'SHOW SLAVE STATUS\\G'\n",
                      "mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 2003 (HY000): Can't connect to MySQL server on '", IP(R, "priv"), ":3306' (110)\n"]
        elif cmd == "psql":
            parts += ["$ PGPASSWORD=", SEC(pw(R, "plain"), "password"), " psql -h ", IP(R, "priv"), " -p ", N("6432", "port"), " -U etl -d warehouse -c 'select 1'\n",
                      "psql: error: connection to server at \"", N(R.choice(HOSTS), "hostname"), "\", port 6432 failed: server closed the connection unexpectedly\n"]
        elif cmd == "redis":
            parts += ["$ redis-cli -h ", IP(R, "priv"), " -a '", SEC(pw(R, "sq"), "password"), "' info replication\nWarning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n# Replication\nrole:master\nconnected_slaves:0\nmaster_repl_offset:",
                      N(str(R.randint(10 ** 6, 10 ** 9)), "offset"), "\n"]
        elif cmd == "mongo":
            parts += ["$ mongosh \"mongodb+srv://", R.choice(["admin", "appUser", "reporting"]), ":", SEC(pw(R, "url"), "password"), "@", N(R.choice(["cluster0.x7kq2.mongodb.net", "prod-shard.ab12c.mongodb.net"]), "hostname"),
                      "/shop\" --eval 'db.orders.countDocuments()'\nMongoServerSelectionError: connection <monitor> to ", IP(R, "pub"), ":27017 closed\n"]
        elif cmd == "docker":
            parts += ["$ docker login -u ", R.choice(["buildbot", "ops-team"]), " -p ", S(R, "dockerhub"), "\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n$ docker images\nREPOSITORY   TAG       IMAGE ID       CREATED        SIZE\napi          ",
                      N(semver(R), "version"), "    ", N(hexs(R, 12), "image_id"), "   2 days ago     ", N(size_h(R), "bytes"), "\n"]
        elif cmd == "smb":
            parts += ["$ smbclient //", IP(R, "priv"), "/finance -U 'CORP\\scan-svc%", SEC(pw(R, "sq"), "password"), "' -c 'ls'\nsession setup failed: NT_STATUS_LOGON_FAILURE\n"]
        elif cmd == "htpasswd":
            parts += ["$ htpasswd -bB /etc/nginx/.htpasswd grafana-viewer '", SEC(pw(R, "sq"), "password"), "'\nAdding password for user grafana-viewer\n$ tail -1 /etc/nginx/.htpasswd\ngrafana-viewer:",
                      N(bcrypt(R).replace("$2b$", "$2y$"), "password_hash"), "\n"]
        elif cmd == "keytool":
            parts += ["$ keytool -importcert -alias corp-ca -file ca.crt -keystore truststore.jks -storepass ", SEC(pw(R, "alnum"), "keystore_password"), " -noprompt\nCertificate was added to keystore\n$ openssl x509 -in ca.crt -noout -fingerprint -sha256\nsha256 Fingerprint=",
                      N(":".join(rnd(R, "0123456789ABCDEF", 2) for _ in range(32)), "cert_fingerprint"), "\n"]
        elif cmd == "wget":
            parts += ["$ wget --user=mirror --password='", SEC(pw(R, "sq"), "password"), "' https://", N(R.choice(["files.tannhof.de", "dl.sablepeak.dev"]), "hostname"),
                      "/exports/", N("export-2026-11-%02d.tar.gz" % R.randint(1, 28), "file_name"), "\nHTTP request sent, awaiting response... 401 Unauthorized\nUsername/Password Authentication Failed.\n"]
        else:
            parts += ["$ rabbitmqctl add_user ", R.choice(["edi-bridge", "shop-events"]), " '", SEC(pw(R, "sq"), "password"), "'\nAdding user \"edi-bridge\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n"]
    intro = R.choice(ASK[lang])
    return "shell", lang, [intro, "\n\n```console\n"] + parts + ["```"]


@tpl(6)
def t_curl_verbose(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    u = R.choice(["api-client", "integration", "svc_reporting", "partner-acme"])
    pwd = pw(R, "url")
    host = R.choice(["api.kestrelfreight.co.uk", "erp.brenner-logistik.de", "api.lumenorchard.com", "shop-api.riberalta.es"])
    p = c.person()
    sip, ssub = ip_text(R, "web")
    parts = ["$ curl -v -u ", u, ":", SEC(pwd, "password"), " https://", host, "/v2/customers/", N(str(R.randint(10000, 99999)), "record_id"), "\n*   Trying ",
             ("[" if ":" in sip else ""), L("ip", sip, sub=ssub), ("]" if ":" in sip else ""),
             ":443...\n* Connected to ", host, " (", L("ip", sip, sub=ssub), ") port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /v2/customers/ HTTP/2\n> Host: ", host,
             "\n> Authorization: Basic ", SEC(basic_b64(u, pwd), "basic_auth_b64"), "\n> User-Agent: curl/", N("8.5.0", "version"), "\n> Accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< etag: ",
             N(etag(R), "etag"), "\n< x-request-id: ", N(req_id(R), "request_id"), "\n< set-cookie: ", R.choice(["sessionid", "PHPSESSID", "SESSION"]), "=",
             SEC(mysecret(R, R.choice(["session_django", "session_php", "opaque"])), "session_cookie"), "; Path=/; HttpOnly; Secure\n< x-ratelimit-remaining: ",
             N(str(R.randint(10, 4999)), "counter"), "\n<\n{\"id\": ", N(str(R.randint(10000, 99999)), "record_id"), ", \"name\": \"", P(p), "\", \"email\": \"", c.email(p, free=True),
             "\", \"phone\": \"", c.phone(CUL_REGION[p.cul] if lang == "en" else None, style="e164"), "\", \"created\": \"", N(ts_iso(R), "timestamp"), "\"}\n"]
    q = {"en": "Why do I get the customer list in Postman but a 403 from my Python script? curl works:",
         "de": "Mit curl klappt es, aus meinem Skript kommt 403. Warum?", "fr": "Avec curl ça marche, depuis mon script j'ai un 403 :",
         "es": "Con curl funciona, desde mi script da 403:", "it": "Con curl funziona, dal mio script 403:", "nl": "Met curl werkt het, vanuit mijn script 403:",
         "pt": "Com curl funciona, pelo meu script dá 403:", "pl": "curl działa, z mojego skryptu 403:", "sv": "curl fungerar, mitt skript får 403:",
         "tr": "curl ile çalışıyor, betiğimden 403 alıyorum:", "ja": "curlでは動くのにスクリプトだと403になります:"}[lang]
    return "http", lang, [q, "\n\n"] + parts


@tpl(4)
def t_api_pair(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    em = c.email(p, free=R.random() < .4)
    tool = R.choice(["httpie", "postman", "raw"])
    pwv = pw(R, "json")
    if tool == "httpie":
        req = ["$ http POST https://auth.", R.choice(["sablepeak.dev", "tannhof.de", "ipedigital.com.br"]), "/oauth/token grant_type=password username=", em, " password='",
               SEC(pwv, "password"), "' client_id=", N("web-portal", "client_id"), " client_secret=", SEC(rnd(R, ALNUM, 40), "client_secret"), "\n\n"]
    elif tool == "postman":
        req = ["POST https://auth.", R.choice(["sablepeak.dev", "tannhof.de", "ipedigital.com.br"]), "/api/login\nHeaders:\n  Content-Type: application/json\n  x-api-key: ",
               SEC(rnd(R, ALNUM, 32), "api_key"), "\n  Postman-Token: ", N(uuid4(R), "uuid"), "\nBody:\n{\n  \"email\": \"", em, "\",\n  \"password\": \"", SEC(pwv, "password"), "\"\n}\n\n"]
    else:
        req = ["POST /api/v1/session HTTP/1.1\nHost: ", N(R.choice(HOSTS), "hostname"), "\nContent-Type: application/json\nCookie: _ga=", N("GA1.2.%d.%s" % (R.randint(10 ** 8, 10 ** 9), epoch(R)), "analytics_cookie"),
               "; laravel_session=", SEC(mysecret(R, "session_laravel"), "session_cookie"), "\n\n{\"email\":\"", em, "\",\"password\":\"", SEC(pwv, "password"), "\",\"remember\":true}\n\n"]
    resp = ["HTTP/1.1 200 OK\nContent-Type: application/json\nX-Trace-Id: ", N(traceparent(R), "trace_id"), "\n\n{\n  \"access_token\": \"", S(R, "jwt"), "\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": ",
            N("3600", "duration"), ",\n  \"refresh_token\": \"", SEC(rnd(R, URLSAFE, 64), "refresh_token"), "\",\n  \"user\": {\"id\": \"", N(uuid4(R), "uuid"), "\", \"name\": \"", P(p),
            "\", \"last_ip\": \"", IP(R), "\"}\n}\n"]
    q = {"en": "Login works but the next call returns 401 'token expired' immediately. Request and response:",
         "de": "Login klappt, aber der nächste Aufruf liefert sofort 401. Request und Response:",
         "fr": "Le login passe mais l'appel suivant renvoie 401 tout de suite :", "es": "El login funciona pero la siguiente llamada da 401:",
         "it": "Il login va ma la chiamata dopo dà 401:", "nl": "Inloggen lukt maar de volgende call geeft direct 401:",
         "pt": "O login funciona mas a próxima chamada dá 401:", "pl": "Logowanie działa, ale następne wywołanie zwraca 401:",
         "sv": "Inloggningen fungerar men nästa anrop ger 401:", "tr": "Giriş çalışıyor ama sonraki çağrı hemen 401 dönüyor:",
         "ja": "ログインは成功するが次の呼び出しがすぐ401になります:"}[lang]
    return "http", lang, [q, "\n\n"] + req + resp


@tpl(3)
def t_py_trace(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    pwv = pw(R, "url")
    ip1 = IP(R, "priv")
    parts = [N("[2026-11-%02d %s,%03d]" % (R.randint(1, 28), hhmmss(R), R.randint(0, 999)), "timestamp"), " ERROR in app: Exception on /api/orders [POST]\n",
             "request: remote_addr=", IP(R, "web"), " user=", c.email(p), " request_id=", N(req_id(R), "request_id"), "\nTraceback (most recent call last):\n",
             "  File \"/srv/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line ", N(str(R.randint(140, 3400)), "line_no"), ", in _connect\n",
             "  File \"/srv/app/db.py\", line 14, in get_engine\n    engine = create_engine(\"postgresql+psycopg2://orders:", SEC(pwv, "password"), "@", ip1, ":5432/orders\")\n",
             "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"", ip1, "\", port 5432 failed: FATAL:  password authentication failed for user \"orders\"\n",
             "(Background on this error at: https://sqlalche.me/e/20/e3q8)\n"]
    if R.random() < .5:
        parts += ["\nLocals: {'dsn': 'postgresql://orders:", SEC(pwv, "password"), "@", ip1, "/orders', 'pool_size': 5, 'timeout': 30}\n"]
    return "trace", lang, wrap(R, lang, parts)


@tpl(3)
def t_java_trace(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    db = R.choice(["postgresql", "sqlserver", "mysql", "oracle"])
    pwv = pw(R, "url")
    ip1 = IP(R, "priv")
    if db == "sqlserver":
        url = ["jdbc:sqlserver://", ip1, ":1433;databaseName=ERP;user=sa;password=", SEC(pwv, "password"), ";encrypt=true;trustServerCertificate=true"]
    elif db == "oracle":
        url = ["jdbc:oracle:thin:", R.choice(["HR", "SCOTT_APP"]), "/", SEC(pwv, "password"), "@//", ip1, ":1521/ORCLPDB1"]
    else:
        url = ["jdbc:", db, "://", ip1, "/app?user=app&password=", SEC(pwv, "password"), "&useSSL=false"]
    parts = [N("2026-11-%02d %s.%03d" % (R.randint(1, 28), hhmmss(R), R.randint(0, 999)), "timestamp"), "  WARN ", N(str(R.randint(1000, 65000)), "pid"),
             " --- [nio-8080-exec-", str(R.randint(1, 9)), "] o.h.e.j.e.i.JdbcEnvironmentInitiator : HHH000342: Could not obtain connection to query metadata\n",
             "spring.datasource.url=", url, "\n", "Request: POST /api/tickets from ", IP(R, "web"), " principal=", c.email(p), "\n",
             "java.sql.SQLException: Login failed for user 'app'. ClientConnectionId:", N(uuid4(R), "uuid"), "\n\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:", N(str(R.randint(200, 300)), "line_no"),
             ")\n\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:", N(str(R.randint(400, 500)), "line_no"), ")\n\t... ", str(R.randint(20, 60)), " common frames omitted\n"]
    return "trace", lang, wrap(R, lang, parts)


@tpl(3)
def t_node_error(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    pwv = pw(R, "url")
    parts = ["> node server.js\n[", N(ts_iso(R), "timestamp"), "] info: listening on ", N("0.0.0.0:3000", "unspecified_ip"), "\n[", N(ts_iso(R), "timestamp"),
             "] info: POST /signup ", IP(R, "web"), " {\"email\":\"", c.email(p, free=True), "\",\"name\":\"", P(p), "\"}\n",
             "/srv/shop/node_modules/mongodb/lib/sdam/topology.js:", N(str(R.randint(280, 330)), "line_no"), "\n                const timeoutError = new error_1.MongoServerSelectionError(\n",
             "MongoServerSelectionError: Authentication failed.\n    at Timeout._onTimeout\n  reason: TopologyDescription { type: 'ReplicaSetNoPrimary', setName: 'rs0' }\n",
             "  connectionString: 'mongodb://shop:", SEC(pwv, "password"), "@", IP(R, "priv"), ":27017,", IP(R, "priv"), ":27017/shop?replicaSet=rs0&authSource=admin'\n\nNode.js ",
             N("v22.11.0", "version"), "\n"]
    return "trace", lang, wrap(R, lang, parts)


@tpl(11)
def t_broker_cfg(R):
    lang = pick_lang(R)
    parts = ["# client.properties (Kafka)\nbootstrap.servers=", IP(R, "priv"), ":9093,", IP(R, "priv"), ":9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"",
             R.choice(["orders-producer", "etl", "connect"]), "\" password=\"", SEC(pw(R, "dq"), "password"), "\";\nssl.truststore.location=/etc/kafka/truststore.jks\nssl.truststore.password=",
             SEC(pw(R, "alnum"), "keystore_password"), "\n\n"]
    k = R.sample(["rabbit", "nats", "mqtt", "amqp"], 2)
    for x in k:
        if x == "rabbit":
            parts += ["# rabbitmq.conf\nlisteners.tcp.default = 5672\ndefault_user = ", R.choice(["broker", "mqadmin"]), "\ndefault_pass = ", SEC(pw(R, "ini"), "password"), "\nloopback_users.guest = false\n\n"]
        elif x == "nats":
            parts += ["# nats-server.conf\nauthorization {\n  users = [\n    { user: \"edge\", password: \"", SEC(pw(R, "dq"), "password"), "\" }\n    { user: \"monitor\", password: \"",
                      N("$2a$11$" + rnd(R, "./" + ALNUM, 53), "password_hash"), "\" }\n  ]\n}\n\n"]
        elif x == "mqtt":
            parts += ["# mosquitto bridge\nconnection cloud-bridge\naddress ", IP(R, "pub"), ":8883\nremote_username ", R.choice(["site-07", "plant-kiel"]), "\nremote_password ", SEC(pw(R, "ini"), "password"), "\ntopic sensors/# out 1\n\n"]
        else:
            parts += ["CELERY_BROKER_URL=amqps://", R.choice(["celery", "worker"]), ":", SEC(pw(R, "url"), "password"), "@", IP(R, "priv"), ":5671/prod\n\n"]
    parts += ["[", N(ts_iso(R), "timestamp"), "] ERROR Connection to node -1 (/", IP(R, "priv"), ":9093) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512\n"]
    return "config", lang, wrap(R, lang, parts)


CONN_KINDS = ["pg", "mysql", "mssql", "oracle", "mongo", "redis", "amqp", "clickhouse", "elastic", "neo4j", "couch", "snowflake", "influx", "jdbc_pg", "odbc"]


def conn_string(R, kind):
    pwv = pw(R, "url")
    s = SEC(pwv, "password")
    if kind == "pg":
        return ["postgresql://", R.choice(["app", "analytics"]), ":", s, "@", host_or_ip(R), ":5432/", R.choice(["crm", "ledger"]), "?sslmode=require"]
    if kind == "mysql":
        return ["mysql://", R.choice(["shop", "wp"]), ":", s, "@", host_or_ip(R), ":3306/", R.choice(["shop", "wordpress"])]
    if kind == "mssql":
        return ["Server=tcp:", host_or_ip(R, "priv"), ",1433;Database=Payroll;User Id=sa;Password=", s, ";TrustServerCertificate=True;"]
    if kind == "oracle":
        return ["sqlplus ", R.choice(["hr_app", "finance"]), "/", s, "@//", host_or_ip(R), ":1521/FINPDB"]
    if kind == "mongo":
        return ["mongodb+srv://", R.choice(["backend", "ingest"]), ":", s, "@", N(R.choice(["cluster0.p9xk1.mongodb.net", "data.z3f0q.mongodb.net"]), "hostname"), "/?retryWrites=true&w=majority"]
    if kind == "redis":
        return ["rediss://default:", s, "@", N(R.choice(["eu1-fancy-owl-33120.upstash.io", "redis-17244.c55.eu-central-1-1.ec2.cloud.redislabs.com"]), "hostname"), ":6379"]
    if kind == "amqp":
        return ["amqp://", R.choice(["events", "billing"]), ":", s, "@", host_or_ip(R), ":5672/%2F"]
    if kind == "clickhouse":
        return ["clickhouse://", R.choice(["default", "ingest"]), ":", s, "@", host_or_ip(R), ":9000/metrics"]
    if kind == "elastic":
        return ["https://elastic:", s, "@", host_or_ip(R), ":9200"]
    if kind == "neo4j":
        return ["neo4j+s://neo4j:", s, "@", N(R.choice(["4f2c91ab.databases.neo4j.io", "graph.internal"]), "hostname")]
    if kind == "couch":
        return ["http://admin:", s, "@", host_or_ip(R), ":5984/_utils"]
    if kind == "snowflake":
        return ["snowflake://", R.choice(["LOADER", "BI_READ"]), ":", s, "@", N(R.choice(["xy12345.eu-central-1", "ab98765.west-europe.azure"]), "account_locator"), "/ANALYTICS/PUBLIC?warehouse=WH_XS"]
    if kind == "influx":
        return ["influx config create -n prod -u http://", host_or_ip(R), ":8086 -o ", R.choice(["factory", "ops"]), " -t ", SEC(b64bytes(R, 64, True).rstrip("="), "influx_token")]
    if kind == "jdbc_pg":
        return ["jdbc:postgresql://", host_or_ip(R), ":5432/dwh?user=loader&password=", s]
    return ["Driver={ODBC Driver 18 for SQL Server};Server=", host_or_ip(R), ";Database=Sales;Uid=report;Pwd={", s, "};Encrypt=yes;"]


@tpl(3)
def t_conn_list(R):
    lang = pick_lang(R)
    kinds = R.sample(CONN_KINDS, R.randint(3, 5))
    q = {"en": "Which of these connection strings are malformed? Our migration script chokes on some of them:",
         "de": "Welche dieser Verbindungszeichenfolgen sind kaputt? Unser Migrationsskript scheitert an einigen:",
         "fr": "Lesquelles de ces chaînes de connexion sont mal formées ?", "es": "¿Cuáles de estas cadenas de conexión están mal?",
         "it": "Quali di queste stringhe di connessione sono errate?", "nl": "Welke van deze connectiestrings kloppen niet?",
         "pt": "Quais dessas connection strings estão erradas?", "pl": "Które z tych connection stringów są błędne?",
         "sv": "Vilka av dessa anslutningssträngar är felaktiga?", "tr": "Bu bağlantı dizelerinden hangileri hatalı?",
         "ja": "どの接続文字列が間違っていますか？"}[lang]
    parts = [q, "\n\n"]
    for i, k in enumerate(kinds):
        parts += ["%d. " % (i + 1)] + conn_string(R, k) + ["\n"]
    if R.random() < .6:
        parts += ["%d. postgresql://app:" % (len(kinds) + 1), N(R.choice(["${PGPASSWORD}", "<password>", "****"]), "placeholder"), "@", N("localhost", "hostname"), ":5432/app\n"]
    return "list", lang, parts


@tpl(8)
def t_ssh_key(R):
    lang = pick_lang(R)
    bh = R.choice(["bastion.sablepeak.dev", "jump.tannhof.de", "gw.lumenorchard.com", "sftp.kestrelfreight.co.uk"])
    parts = ["$ cat ~/.ssh/id_ed25519\n", SEC(pem_block(R, "OPENSSH PRIVATE KEY"), "pem"), "\n$ cat ~/.ssh/id_ed25519.pub\n", N(ssh_pub(R, "laptop@home"), "ssh_pubkey"),
             "\n$ ssh -v deploy@", N(bh.split(".")[0], "ssh_alias"), "\nOpenSSH_9.6p1, OpenSSL 3.0.13 30 Jan 2024\ndebug1: Reading configuration data /home/me/.ssh/config\ndebug1: Connecting to ", N(bh, "hostname"), " [", IP(R, R.choice(["pub", "pub6"])), "] port 22.\ndebug1: Server host key: ssh-ed25519 ",
             N(fp_sha256(R), "host_fingerprint"), "\ndebug1: Offering public key: /home/me/.ssh/id_ed25519 ED25519 ", N(fp_sha256(R), "key_fingerprint"),
             "\ndebug1: Authentications that can continue: publickey\ndeploy@", bh.split(".")[0], ": Permission denied (publickey).\n"]
    q = {"en": "ssh keeps saying permission denied even though I added the key to authorized_keys. what's wrong?",
         "de": "ssh sagt immer Permission denied, obwohl der Key in authorized_keys steht:", "fr": "ssh me dit Permission denied alors que la clé est dans authorized_keys :",
         "es": "ssh me da Permission denied aunque añadí la clave a authorized_keys:", "it": "ssh dice Permission denied anche se la chiave è in authorized_keys:",
         "nl": "ssh blijft Permission denied geven terwijl de key in authorized_keys staat:", "pt": "O ssh dá Permission denied mesmo com a chave no authorized_keys:",
         "pl": "ssh ciągle zwraca Permission denied, mimo że klucz jest w authorized_keys:", "sv": "ssh säger Permission denied fast nyckeln ligger i authorized_keys:",
         "tr": "Anahtarı authorized_keys'e eklememe rağmen ssh Permission denied diyor:", "ja": "authorized_keysに追加したのにsshがPermission deniedになります:"}[lang]
    return "shell", lang, [q, "\n\n"] + parts


@tpl(14)
def t_totp_recovery(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    seed = mysecret(R, "totp")
    issuer = R.choice(["GitHub", "Bitwarden", "AWS", "Atlassian", "Okta", "Proton"])
    grouped = " ".join(seed[i:i + 4] for i in range(0, len(seed), 4))
    kind = R.choice(["gh_recovery", "recovery_num", "recovery_alnum"])
    codes = [mysecret(R, kind) for _ in range(R.randint(4, 6))]
    em = c.email(p)
    parts_flag = [R.random() < .5]
    parts = ["otpauth://totp/", issuer, ":", em, "?secret=", SEC(seed, "totp_seed"), "&issuer=", issuer, "&algorithm=SHA1&digits=6&period=30\n",
             ("Setup key (if you can't scan): " if parts_flag[0] else ""), (SEC(grouped, "totp_seed") if parts_flag[0] else ""), "\n\nRecovery codes (", issuer, ", generated ", N("2026-%02d-%02d" % (R.randint(1, 11), R.randint(1, 28)), "date"), "):\n"]
    for i, cd in enumerate(codes):
        parts += [SEC(cd, "recovery_code"), "\n" if (i % 2 or R.random() < .5) else "    "]
    parts += ["\nCurrent code on my phone: ", N("%06d" % R.randint(0, 999999), "otp_code"), " (expires in ", N("%ds" % R.randint(3, 29), "duration"), ")\n"]
    q = {"en": "The authenticator codes are always rejected. Is the clock the problem? Here's what the setup page gave me:",
         "de": "Die Codes aus der Authenticator-App werden immer abgelehnt. Liegt es an der Uhrzeit? Das hat die Einrichtungsseite angezeigt:",
         "fr": "Les codes de l'appli d'authentification sont toujours refusés. C'est l'horloge ? Voilà ce que la page m'a donné :",
         "es": "Los códigos del autenticador siempre se rechazan. ¿Es el reloj? Esto me dio la página:",
         "it": "I codici dell'autenticatore vengono sempre rifiutati. È l'orologio? Ecco cosa mi ha dato la pagina:",
         "nl": "De codes uit de authenticator worden steeds geweigerd. Ligt het aan de klok? Dit gaf de pagina:",
         "pt": "Os códigos do autenticador são sempre rejeitados. É o relógio? A página me deu isto:",
         "pl": "Kody z aplikacji są zawsze odrzucane. Czy to zegar? Strona pokazała:",
         "sv": "Koderna från autentiseringsappen avvisas alltid. Är det klockan? Sidan gav mig:",
         "tr": "Doğrulayıcı kodları hep reddediliyor. Saat mi sorun? Kurulum sayfası bunu verdi:",
         "ja": "認証アプリのコードが常に拒否されます。時計の問題？設定画面の内容:"}[lang]
    return "notes", lang, [q, "\n\n"] + parts


PW_PROSE = {
    "en": ["the password is {}", "password: {}", "pw is {}", "I set it to {}", "new password = {}"],
    "de": ["das Passwort lautet {}", "Passwort: {}", "Kennwort ist {}", "ich habe es auf {} gesetzt"],
    "fr": ["le mot de passe est {}", "mdp : {}", "je l'ai mis à {}", "mot de passe : {}"],
    "es": ["la contraseña es {}", "contraseña: {}", "la clave es {}", "la puse en {}"],
    "it": ["la password è {}", "password: {}", "l'ho impostata a {}"],
    "nl": ["het wachtwoord is {}", "wachtwoord: {}", "ik heb het op {} gezet"],
    "pt": ["a senha é {}", "senha: {}", "a palavra-passe é {}", "coloquei {}"],
    "pl": ["hasło to {}", "hasło: {}", "ustawiłem hasło {}"],
    "sv": ["lösenordet är {}", "lösen: {}", "jag satte det till {}"],
    "tr": ["şifre {}", "şifre: {}", "parola {} olarak ayarlandı"],
    "ja": ["パスワードは {} です", "パスワード: {}", "{} に設定しました"],
}


def pw_prose(R, lang, val_label):
    f = R.choice(PW_PROSE[lang])
    a, b = f.split("{}")
    return [a, val_label, b]


@tpl(12)
def t_wifi(R):
    lang = pick_lang(R)
    k = R.choice(["hostapd", "wpa", "nmcli", "router_page", "qr"])
    ssid = R.choice(["Buero-5G", "KestrelGuest", "Atelier_WiFi", "Polderkracht-Staff", "NorrskenGäst", "Kardelen-Ofis", "MINATO-GUEST"])
    psk = pw(R, "dq", R.choice(["rand", "human", "phrase"]))
    if k == "hostapd":
        parts = ["/etc/hostapd/hostapd.conf\ninterface=wlan0\nssid=", N(ssid, "ssid"), "\nhw_mode=g\nchannel=", N(str(R.choice([1, 6, 11])), "channel"), "\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase=",
                 SEC(psk, "wifi_psk"), "\nrsn_pairwise=CCMP\nbssid=", N(mac(R), "mac"), "\n"]
    elif k == "wpa":
        parts = ["/etc/wpa_supplicant/wpa_supplicant.conf\nctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=", LANG_CC[lang] if lang != "en" else "GB",
                 "\nnetwork={\n    ssid=\"", N(ssid, "ssid"), "\"\n    psk=\"", SEC(psk, "wifi_psk"), "\"\n    key_mgmt=WPA-PSK\n}\nnetwork={\n    ssid=\"eduroam\"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    identity=\"",
                 N("anonymous", "placeholder_user"), "\"\n    password=\"", SEC(pw(R, "dq"), "eap_password"), "\"\n}\n"]
    elif k == "nmcli":
        parts = ["$ nmcli -s -g 802-11-wireless-security.psk connection show \"", N(ssid, "ssid"), "\"\n", SEC(psk, "wifi_psk"), "\n$ nmcli device wifi list\nIN-USE  BSSID              SSID   MODE   CHAN  RATE\n*       ",
                 N(mac(R).upper(), "mac"), "  ", N(ssid, "ssid"), "  Infra  ", N("36", "channel"), "    ", N("540 Mbit/s", "rate"), "\n"]
    elif k == "qr":
        parts = ["WIFI:T:WPA;S:", N(ssid, "ssid"), ";P:", SEC(psk, "wifi_psk"), ";H:false;;\n"]
    elif lang != "de":
        parts = ["Wireless > Security\nNetwork name (SSID): ", N(ssid, "ssid"), "\nSecurity mode: WPA2-PSK/WPA3-SAE\nPassphrase: ", SEC(psk, "wifi_psk"),
                 "\nGuest network: enabled, password: ", SEC(pw(R, "dq", "human"), "wifi_psk"), "\nFirmware ", N(semver(R), "version"), "\n"]
    else:
        parts = ["WLAN > Sicherheit\nName (SSID): ", N(ssid, "ssid"), "\nVerschlüsselung: WPA2 + WPA3\nWLAN-Netzwerkschlüssel: ", SEC(psk, "wifi_psk"), "\nGastzugang: aktiv, Kennwort: ",
                 SEC(pw(R, "dq", "human"), "wifi_psk"), "\nFRITZ!OS ", N("8.02", "version"), "\n"]
    prose = ["\n"] + pw_prose(R, lang, SEC(psk, "wifi_psk")) + [" — " if lang != "ja" else "。", {
        "en": "but the label printer still won't join.", "de": "aber der Etikettendrucker verbindet sich trotzdem nicht.",
        "fr": "mais l'imprimante refuse toujours de se connecter.", "es": "pero la impresora sigue sin conectarse.",
        "it": "ma la stampante non si collega lo stesso.", "nl": "maar de printer maakt nog steeds geen verbinding.",
        "pt": "mas a impressora continua sem conectar.", "pl": "ale drukarka dalej się nie łączy.", "sv": "men skrivaren ansluter ändå inte.",
        "tr": "ama yazıcı yine de bağlanmıyor.", "ja": "それでもプリンターが接続しません。"}[lang]]
    return "config", lang, wrap(R, lang, parts) + prose


@tpl(6)
def t_pwmgr_csv(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    fmt = R.choice(["bitwarden", "1password", "chrome", "firefox", "keepass"])
    sites = R.sample([("github.com", "https://github.com/login"), ("aws", "https://signin.aws.amazon.com/"), ("Hetzner", "https://accounts.hetzner.com/login"),
                      ("Bank", "https://banking.ing.de/"), ("router", "http://fritz.box/"), ("Jira", "https://sablepeak.atlassian.net/"),
                      ("Netflix", "https://www.netflix.com/login"), ("Steam", "https://store.steampowered.com/login/"), ("Zoom", "https://zoom.us/signin"),
                      ("Proton", "https://account.proton.me/login"), ("Docker Hub", "https://hub.docker.com/login")], R.randint(2, 5))
    rows = []
    for name, url in sites:
        user = c.email(p, free=R.random() < .5) if R.random() < .65 else R.choice(["admin", "ops-shared", "root", "kiosk"])
        totp = SEC(mysecret(R, "totp"), "totp_seed") if R.random() < .3 else None
        rows.append((name, url, user, SEC(pw(R, "json"), "password"), totp))
    if fmt == "bitwarden":
        parts = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"]
        for name, url, user, pwl, totp in rows:
            parts += [R.choice(["Work", "", "Infra"]), ",,login,", name, ",,,0,", url, ",", user, ",", pwl, ","] + ([totp] if totp else []) + ["\n"]
    elif fmt == "1password":
        parts = ["Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"]
        for name, url, user, pwl, totp in rows:
            parts += [name, ",", url, ",", user, ",", pwl, ","] + (["otpauth://totp/", name, "?secret=", totp] if totp else []) + [",false,false,,\n"]
    elif fmt == "chrome":
        parts = ["name,url,username,password,note\n"]
        for name, url, user, pwl, totp in rows:
            parts += [url.split("/")[2], ",", url, ",", user, ",", pwl, ",\n"]
    elif fmt == "firefox":
        parts = ["\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n"]
        for name, url, user, pwl, totp in rows:
            parts += ["\"", url.rstrip("/"), "\",\"", user, "\",\"", pwl, "\",,\"", url.rstrip("/"), "\",\"{", N(uuid4(R), "guid"), "}\",\"", N(str(R.randint(1600000000000, 1765000000000)), "epoch_ms"),
                      "\",\"", N(str(R.randint(1700000000000, 1765000000000)), "epoch_ms"), "\",\"", N(str(R.randint(1700000000000, 1765000000000)), "epoch_ms"), "\"\n"]
    else:
        parts = ["\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\",\"Created\"\n"]
        for name, url, user, pwl, totp in rows:
            parts += ["\"Root/", R.choice(["Work", "Server", "Privat"]), "\",\"", name, "\",\"", user, "\",\"", pwl, "\",\"", url, "\",\"\",\""] + \
                     (["otpauth://totp/", name, "?secret=", totp, "&period=30&digits=6"] if totp else []) + ["\",\"0\",\"", N(ts_iso(R, False), "timestamp"), "\",\"", N(ts_iso(R, False), "timestamp"), "\"\n"]
    q = {"en": "Importing this export into the new password manager fails on some rows. Which ones are broken?",
         "de": "Beim Import dieses Exports in den neuen Passwortmanager scheitern einige Zeilen. Welche?",
         "fr": "L'import de cet export dans le nouveau gestionnaire échoue sur certaines lignes :",
         "es": "Al importar esta exportación al nuevo gestor fallan algunas filas:", "it": "L'importazione nel nuovo password manager fallisce su alcune righe:",
         "nl": "Het importeren in de nieuwe wachtwoordmanager faalt op sommige regels:", "pt": "A importação no novo gerenciador falha em algumas linhas:",
         "pl": "Import do nowego menedżera haseł nie działa dla kilku wierszy:", "sv": "Importen i nya lösenordshanteraren misslyckas på några rader:",
         "tr": "Yeni parola yöneticisine içe aktarmada bazı satırlar hata veriyor:", "ja": "新しいパスワードマネージャーへのインポートで一部の行が失敗します:"}[lang]
    return "csv", lang, [q, "\n\n"] + parts


@tpl(3)
def t_slack_leak(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    a, b, d = c.people(3)
    t = [R.randint(8, 17), R.randint(0, 50)]

    def tm(k):
        h, m = t[0], t[1] + k
        return N("%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM") if lang == "en" else "%02d:%02d" % (h, m), "time")
    key = S(R, R.choice(["openai", "anthropic", "stripe", "slack_token", "github_pat", "sendgrid", "google_api_key", "postman", "newrelic", "atlassian"]))
    lines = {"en": ["can someone check why staging billing is 500ing? here's the key I'm using:", "you just pasted a live key in a public channel :grimacing:",
                    "rotating it now, revoked in the dashboard. new one goes in Vault only", "call me if it keeps failing"],
             "de": ["kann jemand schauen, warum Staging-Billing 500er wirft? Das ist der Key, den ich nutze:", "du hast gerade einen Live-Key in einen öffentlichen Kanal gepostet",
                    "rotiere ihn gerade, im Dashboard widerrufen. Der neue kommt nur in den Vault", "ruf mich an, falls es weiter hakt"],
             "fr": ["quelqu'un peut regarder pourquoi la facturation staging renvoie des 500 ? voilà la clé que j'utilise :", "tu viens de coller une clé live dans un canal public",
                    "je la révoque tout de suite, la nouvelle ira uniquement dans Vault", "appelle-moi si ça continue"],
             "es": ["¿alguien mira por qué billing de staging da 500? esta es la clave que uso:", "acabas de pegar una clave live en un canal público",
                    "la estoy rotando, revocada en el panel. La nueva solo en Vault", "llámame si sigue fallando"],
             "it": ["qualcuno vede perché billing in staging dà 500? questa è la chiave che uso:", "hai appena incollato una chiave live in un canale pubblico",
                    "la sto ruotando, revocata. La nuova solo nel Vault", "chiamami se continua"],
             "nl": ["kan iemand kijken waarom staging-billing 500's geeft? dit is de key die ik gebruik:", "je hebt net een live key in een publiek kanaal geplakt",
                    "ik roteer hem nu, ingetrokken. De nieuwe alleen in Vault", "bel me als het blijft falen"],
             "pt": ["alguém vê por que o billing de staging dá 500? essa é a chave que estou usando:", "você colou uma chave live num canal público",
                    "já estou rotacionando, revogada no painel. A nova só no Vault", "me liga se continuar"],
             "pl": ["ktoś sprawdzi, czemu billing na stagingu zwraca 500? to klucz, którego używam:", "właśnie wkleiłeś klucz produkcyjny na publiczny kanał",
                    "już go rotuję, unieważniony. Nowy tylko w Vault", "zadzwoń, jeśli dalej nie działa"],
             "sv": ["kan någon kolla varför staging-billing ger 500? det här är nyckeln jag använder:", "du klistrade precis in en live-nyckel i en öppen kanal",
                    "roterar den nu, återkallad. Den nya bara i Vault", "ring mig om det fortsätter"],
             "tr": ["staging billing neden 500 veriyor bakabilecek var mı? kullandığım anahtar bu:", "canlı anahtarı herkese açık kanala yapıştırdın",
                    "hemen değiştiriyorum, iptal edildi. Yenisi sadece Vault'ta", "devam ederse beni ara"],
             "ja": ["ステージングの課金が500を返す理由を見てもらえますか？使っているキーはこれ:", "公開チャンネルに本番キーを貼っています",
                    "今ローテーションしています。新しいキーはVaultのみ", "続くようなら電話ください"]}[lang]
    parts = [P(a), "  ", tm(0), "\n", lines[0], "\n", key, "\n", P(b), "  ", tm(2), "\n", lines[1], "\n", P(a), "  ", tm(3), "\n", lines[2], "\n", P(d), "  ", tm(5), "\n", lines[3], " ",
             c.phone(CUL_REGION[d.cul] if lang == "en" else None), "\n"]
    if R.random() < .5:
        parts += [P(b), "  ", tm(7), "\n", {"en": "incident opened: ", "de": "Incident angelegt: "}.get(lang, "ticket: "), N("SEC-%d" % R.randint(100, 999), "ticket_no"), "\n"]
    return "chat", lang, [{"en": "Can you write a short incident summary from this Slack thread?", "de": "Kannst du aus diesem Slack-Thread eine kurze Incident-Zusammenfassung machen?"}.get(lang, R.choice(ASK[lang])), "\n\n"] + parts


# ---------------------------------------------------------------- people-facing IT templates
HD = {
    "en": dict(subj=["Outlook keeps asking for my password", "Locked out after password change", "Can't reach the VPN from home", "MFA prompt on new phone"],
               by="Opened by", u1="Hi, since this morning I'm locked out of everything. Best to call me on", a1="I've unlocked the account and set a temporary password:",
               pol="It must be changed at first login (at least 14 characters, none of your last 24 passwords).", u2="Thanks, that worked. Can you send the replacement charger to my home address?",
               res="Resolved by", ext="ext."),
    "de": dict(subj=["Outlook fragt ständig nach dem Passwort", "Nach Passwortänderung gesperrt", "VPN von zu Hause geht nicht", "MFA auf neuem Handy"],
               by="Erstellt von", u1="Hallo, seit heute Morgen bin ich überall ausgesperrt. Am besten erreichbar unter", a1="Ich habe das Konto entsperrt und ein Startkennwort gesetzt:",
               pol="Bitte bei der ersten Anmeldung ändern (mindestens 12 Zeichen, Groß-/Kleinbuchstaben und Ziffer).", u2="Danke, klappt. Könnt ihr das Ersatz-Netzteil an meine Privatadresse schicken?",
               res="Gelöst von", ext="Durchwahl"),
    "fr": dict(subj=["Outlook redemande sans cesse le mot de passe", "Compte bloqué après changement de mot de passe", "VPN inaccessible depuis chez moi"],
               by="Ouvert par", u1="Bonjour, depuis ce matin je suis bloqué partout. Joignable au", a1="J'ai débloqué le compte et mis un mot de passe provisoire :",
               pol="À changer à la première connexion (12 caractères minimum, pas de réutilisation).", u2="Merci, ça marche. Pouvez-vous envoyer le chargeur de remplacement chez moi ?",
               res="Résolu par", ext="poste"),
    "es": dict(subj=["Outlook pide la contraseña sin parar", "Cuenta bloqueada tras cambiar la contraseña", "No conecta la VPN desde casa"],
               by="Abierto por", u1="Hola, desde esta mañana no puedo entrar en nada. Mejor llamadme al", a1="He desbloqueado la cuenta y puesto una contraseña temporal:",
               pol="Hay que cambiarla en el primer inicio de sesión (mínimo 12 caracteres).", u2="Gracias, ya funciona. ¿Me enviáis el cargador nuevo a casa?",
               res="Resuelto por", ext="ext."),
    "it": dict(subj=["Outlook chiede sempre la password", "Account bloccato dopo il cambio password", "VPN da casa non va"],
               by="Aperto da", u1="Ciao, da stamattina sono bloccato ovunque. Meglio chiamarmi al", a1="Ho sbloccato l'account e impostato una password temporanea:",
               pol="Va cambiata al primo accesso (almeno 12 caratteri).", u2="Grazie, funziona. Potete spedire il caricatore nuovo a casa mia?",
               res="Risolto da", ext="int."),
    "nl": dict(subj=["Outlook vraagt steeds om wachtwoord", "Geblokkeerd na wachtwoordwijziging", "VPN werkt niet thuis"],
               by="Aangemaakt door", u1="Hoi, sinds vanochtend kom ik nergens meer in. Bel me het liefst op", a1="Ik heb het account ontgrendeld en een tijdelijk wachtwoord gezet:",
               pol="Wijzigen bij eerste aanmelding (minimaal 12 tekens).", u2="Dank, het werkt. Kunnen jullie de nieuwe lader naar mijn huisadres sturen?",
               res="Opgelost door", ext="tst."),
    "pt": dict(subj=["O Outlook pede a senha toda hora", "Conta bloqueada após troca de senha", "VPN não conecta de casa"],
               by="Aberto por", u1="Olá, desde hoje de manhã estou bloqueado em tudo. Melhor me ligar no", a1="Desbloqueei a conta e defini uma senha temporária:",
               pol="Deve ser alterada no primeiro acesso (mínimo de 12 caracteres).", u2="Obrigado, funcionou. Podem mandar o carregador novo para minha casa?",
               res="Resolvido por", ext="ramal"),
    "pl": dict(subj=["Outlook ciągle pyta o hasło", "Konto zablokowane po zmianie hasła", "VPN nie działa z domu"],
               by="Zgłosił(a)", u1="Dzień dobry, od rana nie mogę się nigdzie zalogować. Proszę dzwonić na", a1="Odblokowałem konto i ustawiłem hasło tymczasowe:",
               pol="Należy je zmienić przy pierwszym logowaniu (min. 12 znaków).", u2="Dzięki, działa. Czy możecie wysłać nową ładowarkę na mój adres domowy?",
               res="Rozwiązał(a)", ext="wew."),
    "sv": dict(subj=["Outlook frågar hela tiden efter lösenord", "Utelåst efter lösenordsbyte", "VPN fungerar inte hemifrån"],
               by="Skapat av", u1="Hej, sedan i morse är jag utelåst överallt. Ring mig helst på", a1="Jag har låst upp kontot och satt ett tillfälligt lösenord:",
               pol="Ska bytas vid första inloggningen (minst 12 tecken).", u2="Tack, det fungerar. Kan ni skicka den nya laddaren hem till mig?",
               res="Löst av", ext="anknytning"),
    "tr": dict(subj=["Outlook sürekli şifre soruyor", "Şifre değişikliğinden sonra hesap kilitlendi", "Evden VPN bağlanmıyor"],
               by="Açan", u1="Merhaba, bu sabahtan beri hiçbir yere giriş yapamıyorum. Bana şu numaradan ulaşabilirsiniz:", a1="Hesabı açtım ve geçici bir şifre tanımladım:",
               pol="İlk girişte değiştirilmesi gerekiyor (en az 12 karakter).", u2="Teşekkürler, oldu. Yeni şarj aletini ev adresime gönderebilir misiniz?",
               res="Çözen", ext="dahili"),
    "ja": dict(subj=["Outlookがパスワードを何度も要求する", "パスワード変更後にロックされた", "自宅からVPNに接続できない"],
               by="起票者", u1="おはようございます。今朝から全てにログインできません。連絡先は", a1="アカウントのロックを解除し、仮パスワードを設定しました:",
               pol="初回ログイン時に変更してください（12文字以上）。", u2="ありがとうございます、ログインできました。交換用の充電器を自宅に送ってもらえますか？",
               res="解決者", ext="内線"),
}


@tpl(3)
def t_helpdesk(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    u, a = c.people(2)
    d = HD[lang]
    tm = clock(R)
    tno = R.choice(["INC%07d" % R.randint(10000, 999999), "#%d" % R.randint(10000, 99999), "HD-%d" % R.randint(1000, 99999)])
    unm = P(u, "native") if lang == "ja" else P(u)
    anm = P(a, "native") if lang == "ja" else P(a)
    parts = ["Ticket ", N(tno, "ticket_no"), " — ", R.choice(d["subj"]), "\n", d["by"], ": ", unm, " <", c.email(u), ">, ", d["ext"], " ", N(str(R.randint(100, 9999)), "extension"),
             "\nAsset: ", N("LT-%04d" % R.randint(1, 9999), "asset_tag"), " (S/N ", N(serialno(R), "serial"), "), IP ", IP(R, "priv"), ", MAC ", N(mac(R), "mac"), "\n\n[",
             tm(), "] ", P(u, "family_k") if lang == "ja" else P(u, "given"), ": ", d["u1"], " ", c.phone(), ".\n[", tm(), "] ",
             P(a, "family_k") if lang == "ja" else P(a, "given"), ": ", d["a1"], " ", SEC(pw(R, "prose"), "password"), "\n", N(d["pol"], "policy_text"), "\n[",
             tm(), "] ", P(u, "family_k") if lang == "ja" else P(u, "given"), ": ", d["u2"], " ", ADDRL(R, c.cc if c.cc in ADDR else "US"), "\n\n", d["res"], ": ", anm]
    return "ticket", lang, [R.choice({"en": ["Can you summarise this ticket for the weekly report?", "Turn this into a KB article please:"],
                                      "de": ["Fass das Ticket bitte für den Wochenbericht zusammen:"], "fr": ["Résume ce ticket pour le rapport hebdo :"],
                                      "es": ["Resume este ticket para el informe semanal:"], "it": ["Riassumi questo ticket per il report settimanale:"],
                                      "nl": ["Vat dit ticket samen voor het weekrapport:"], "pt": ["Resume este chamado para o relatório semanal:"],
                                      "pl": ["Streść to zgłoszenie do raportu tygodniowego:"], "sv": ["Sammanfatta ärendet till veckorapporten:"],
                                      "tr": ["Bu talebi haftalık rapor için özetler misin?"], "ja": ["週報用にこのチケットを要約してください:"]}[lang]), "\n\n"] + parts


@tpl(5)
def t_jira(R):
    lang = R.choice(["en", "en", "en", "de", "nl", "es"])
    c = Ctx(R, lang)
    rep, asg, w1, w2 = c.people(4)
    key = "%s-%d" % (R.choice(["OPS", "ITSUP", "PAY", "INFRA"]), R.randint(100, 9999))
    gid = R.choice(["pt", "de", "es", "nl"])
    c2 = Ctx(R, {"pt": "pt", "de": "de", "es": "es", "nl": "nl"}[gid])
    emp = c2.person()
    govl = {"pt": g_ptnif(R), "de": g_steuerid(R), "es": g_dni(R), "nl": g_bsn(R)}[gid]
    govname = {"pt": "NIF", "de": "Steuer-ID", "es": "DNI", "nl": "BSN"}[gid]
    pw1, pw2 = pw(R, "prose"), pw(R, "prose")
    parts = [N(key, "ticket_no"), "  [Bug] Payroll export to bank SFTP fails for the ", {"pt": "Porto", "de": "Hamburg", "es": "Zaragoza", "nl": "Utrecht"}[gid],
             " entity\nReporter: ", P(rep), "   Assignee: ", P(asg), "   Priority: High   Created: ", N("2026-11-%02d %s" % (R.randint(1, 28), hhmmss(R)[:5]), "timestamp"),
             "\nWatchers: ", P(w1), ", ", P(w2), "\nLabels: payroll, sftp   Fix Version: ", N(semver(R), "version"), "\n\nDescription:\nThe nightly export (cron ", N("0 3 * * *", "cron_expr"),
             ") fails with 'Auth fail'. SFTP host ", IP(R, "pub"), ", account payroll-upload, password ", SEC(pw1, "password"), " (from the old wiki page). Rejected record: ",
             P(emp), ", ", govname, " ", govl, ".\n\nComments:\n", P(w1), " — ", N("%d/Nov/26 %s" % (R.randint(1, 28), hhmmss(R)[:5]), "timestamp"), ": called the bank's EBICS hotline on ",
             c.phone(R.choice(["DE", "NL", "PT", "ES", "GB"]), style="intl"), ", they reset the account.\n", P(asg), " — ", N("%d/Nov/26 %s" % (R.randint(1, 28), hhmmss(R)[:5]), "timestamp"),
             ": new password is ", SEC(pw2, "password"), ", now in 1Password (", N("op://Finance/Bank SFTP/password", "secret_ref"), ").\n"]
    return "ticket", lang, [R.choice(ASK[lang]) if R.random() < .5 else {"en": "Draft a reply to the reporter from this Jira ticket:", "de": "Schreib eine Antwort an den Melder:",
                                                                          "nl": "Schrijf een antwoord aan de melder:", "es": "Redacta una respuesta al informador:"}[lang], "\n\n"] + parts


@tpl(3)
def t_servicenow(R):
    lang = R.choice(["en", "en", "de", "fr", "it"])
    c = Ctx(R, lang)
    caller, eng = c.people(2)
    host = R.choice(HOSTS)
    lab = {"en": ("Caller", "Phone", "Location", "Configuration item", "Short description", "Work notes"),
           "de": ("Anrufer", "Telefon", "Standort", "Konfigurationselement", "Kurzbeschreibung", "Arbeitsnotizen"),
           "fr": ("Appelant", "Téléphone", "Site", "Élément de configuration", "Description courte", "Notes de travail"),
           "it": ("Chiamante", "Telefono", "Sede", "Elemento di configurazione", "Descrizione breve", "Note di lavoro")}[lang]
    desc = {"en": "Shared drive not mapping after password reset", "de": "Netzlaufwerk wird nach Kennwortänderung nicht verbunden",
            "fr": "Lecteur réseau non connecté après changement de mot de passe", "it": "Unità di rete non collegata dopo cambio password"}[lang]
    note = {"en": ["Remote session via TeamViewer ID ", "; cached credential was stale. Re-added with cmdkey, the user's new password is ", ". Asked user to change it again."],
            "de": ["Fernwartung über TeamViewer-ID ", "; gespeicherte Anmeldedaten veraltet. Mit cmdkey neu hinterlegt, neues Kennwort des Benutzers: ", ". Benutzer soll es erneut ändern."],
            "fr": ["Prise en main via TeamViewer ID ", " ; identifiants en cache périmés. Réenregistrés avec cmdkey, nouveau mot de passe de l'utilisateur : ", ". Demandé de le changer à nouveau."],
            "it": ["Sessione remota via TeamViewer ID ", "; credenziali in cache scadute. Reinserite con cmdkey, nuova password dell'utente: ", ". Chiesto di cambiarla di nuovo."]}[lang]
    parts = ["Number: ", N("INC%07d" % R.randint(10000, 999999), "ticket_no"), "   State: In Progress   Impact: 2 - Medium\n", lab[0], ": ", P(caller), " (", c.email(caller), ")   ",
             lab[1], ": ", c.phone(), "   ", lab[2], ": ", R.choice({"en": ["HQ 3rd floor", "Warehouse 2", "Leeds office"], "de": ["Werk 2", "Zentrale 3. OG"], "fr": ["Agence Lyon", "Siège 2e étage"],
                                 "it": ["Sede Milano", "Magazzino Bologna"]}[lang]), "\n", lab[3], ": ", N(host, "hostname"), " (", IP(R, "priv"), ")\n",
             lab[4], ": ", desc, "\n", lab[5], ":\n", N("2026-11-%02d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " - ", P(eng), "\n", note[0], N("%d %03d %03d" % (R.randint(1, 1999), R.randint(0, 999), R.randint(0, 999)), "remote_id"),
             note[1], SEC(pw(R, "prose"), "password"), note[2], "\n"]
    return "ticket", lang, [R.choice(ASK[lang]), "\n\n"] + parts


@tpl(4)
def t_oncall(R):
    lang = R.choice(["en", "en", "en", "de", "nl", "sv", "pl"])
    c = Ctx(R, lang)
    out, inc, sec, mgr = c.people(4)
    hdr = {"en": ("On-call handover — week ", "Outgoing", "Incoming", "Escalation", "secondary", "manager", "Open items", "Break-glass for the core switch (change after use!): "),
           "de": ("Rufbereitschaft Übergabe — KW ", "Abgebend", "Übernehmend", "Eskalation", "Vertretung", "Teamleitung", "Offene Punkte", "Notfallzugang Core-Switch (nach Nutzung ändern!): "),
           "nl": ("Piketoverdracht — week ", "Gaat eraf", "Neemt over", "Escalatie", "tweede lijn", "manager", "Open punten", "Noodaccount core-switch (na gebruik wijzigen!): "),
           "sv": ("Jouröverlämning — vecka ", "Avgående", "Tillträdande", "Eskalering", "andrajour", "chef", "Öppna ärenden", "Nödkonto core-switch (byt efter användning!): "),
           "pl": ("Przekazanie dyżuru — tydzień ", "Oddaje", "Przejmuje", "Eskalacja", "zastępca", "kierownik", "Otwarte sprawy", "Konto awaryjne core-switch (zmienić po użyciu!): ")}[lang]
    h1, h2 = IP(R, "priv"), IP(R, "priv")
    parts = [hdr[0], N(str(R.randint(40, 52)), "week_no"), "\n", hdr[1], ": ", P(out), " (", c.phone(kind=None), ")\n", hdr[2], ": ", P(inc), " (", c.phone(), ")\n", hdr[3], ": ", P(sec), " ",
             c.phone(), " (", hdr[4], "), ", P(mgr), " ", c.phone(), " (", hdr[5], ")\n\n", hdr[6], ":\n- ", N("INC-%d" % R.randint(1000, 9999), "ticket_no"), ": /var on ", N(R.choice(HOSTS), "hostname"),
             " (", h1, ") at ", N("%d %%" % R.randint(85, 97), "percent"), ", logrotate fixed, watch it\n- PagerDuty ", N(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7), "alert_id"), ": cert on ", h2,
             " expires ", N("2026-12-%02d" % R.randint(1, 28), "date"), "\n- ", N(cve(R), "cve"), " patch window Thursday ", N("22:00–23:30", "time_range"), "\n\n", hdr[7]]
    if R.random() < .7:
        parts += ["admin / ", SEC(pw(R, "prose"), "password"), "\n"]
    else:
        parts += [N("see vault: secret/netops/core-switch", "secret_ref"), "\n"]
    return "notes", lang, [R.choice({"en": ["Make this handover into a tidy checklist:", "Summarise the open items:"], "de": ["Mach daraus eine saubere Checkliste:"],
                                     "nl": ["Maak hier een nette checklist van:"], "sv": ["Gör en snygg checklista av detta:"], "pl": ["Zrób z tego listę kontrolną:"]}[lang]), "\n\n"] + parts


@tpl(14)
def t_sso_export(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    fmt = R.choice(["entra", "okta", "google"])
    n = R.randint(2, 4)
    ppl = c.people(n)
    dom = R.choice(COMPANIES[lang])[1]
    if fmt == "entra":
        full_cols = R.random() < .5
        parts = ["userPrincipalName,displayName,givenName,surname,mobilePhone,businessPhones,department,employeeId,id,lastSignInDateTime\n"]
        for p in ppl:
            parts += [c.email(p, dom), ",", P(p), ","] + ([P(p, "given"), ",", P(p, "family")] if full_cols else [","]) + [","] + ([c.phone(style="e164")] if R.random() < .8 else []) + [","] + \
                     ([c.phone()] if R.random() < .5 else []) + [",", R.choice(["Finance", "IT", "Sales", "Logistics", "HR"]), ",", N("E%05d" % R.randint(1, 99999), "employee_id"), ",",
                                                               N(uuid4(R), "uuid"), ",", N(ts_iso(R), "timestamp"), "\n"]
    elif fmt == "okta":
        parts = ["Username,First name,Last name,Primary email,Mobile phone,Status,Last login,Okta user ID\n"]
        for p in ppl:
            em = c.email(p, dom)
            parts += [em, ",", P(p, "given"), ",", P(p, "family"), ",", L("email", em.value), ","] + ([c.phone()] if R.random() < .8 else []) + \
                     [",", R.choice(["ACTIVE", "LOCKED_OUT", "PASSWORD_EXPIRED", "SUSPENDED"]), ",", N(ts_iso(R), "timestamp"), ",", N("00u" + rnd(R, ALNUM, 17), "okta_id"), "\n"]
    else:
        parts = ["First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],Recovery Phone [MUST BE IN THE E.164 FORMAT],Employee ID\n"]
        for p in ppl:
            parts += [P(p, "given"), ",", P(p, "family"), ",", c.email(p, dom), ",", SEC(pw(R, "json"), "password"), ",,/", R.choice(["Staff", "Warehouse", "Office"]), ","] + \
                     ([c.phone(style="e164")] if R.random() < .8 else []) + [",", N("%05d" % R.randint(1, 99999), "employee_id"), "\n"]
    return "csv", lang, [c.ask("data"), "\n\n"] + parts


@tpl(9)
def t_ldapsearch(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    ppl = c.people(R.choice([1, 2, 2, 3]))
    parts = ["$ ldapsearch -x -H ldaps://", IP(R, "priv"), " -D \"cn=admin,dc=corp,dc=lan\" -w '", SEC(pw(R, "sq"), "password"),
             "' -b \"ou=people,dc=corp,dc=lan\" \"(objectClass=inetOrgPerson)\"\n# extended LDIF\n#\n"]
    dom = R.choice(COMPANIES[lang])[1]
    for p in ppl:
        parts += ["\ndn: cn=", P(p), ",ou=people,dc=corp,dc=lan\nobjectClass: inetOrgPerson\ncn: ", P(p), "\nsn: ", P(p, "family"), "\ngivenName: ", P(p, "given"), "\nuid: ",
                  N("u%05d" % R.randint(1, 99999), "uid"), "\nmail: ", c.email(p, dom), "\n"]
        if R.random() < .8:
            parts += ["telephoneNumber: ", c.phone(), "\n"]
        if R.random() < .6:
            parts += ["mobile: ", c.phone(), "\n"]
        parts += ["employeeNumber: ", N(str(R.randint(1000, 99999)), "employee_id"), "\nuserPassword:: ", N(base64.b64encode(("{SSHA}" + b64bytes(R, 24)).encode()).decode(), "password_hash"), "\n"]
    parts += ["\n# numResponses: %d\n# numEntries: %d\n" % (len(ppl) + 1, len(ppl))]
    return "shell", lang, [R.choice(ASK_DATA[lang]), "\n\n"] + parts


def name_cols(p, sep, single):
    """Family and given name in two columns, or one 'Family, Given' column."""
    if single:
        return [P(p, "rev")] if sep == ";" else ["\"", P(p, "rev"), "\""]
    return [P(p, "family"), sep, P(p, "given")]


def hdr_names(single, hdr, pair, one):
    return hdr.replace(pair, one) if single else hdr


def _rows_intro(R, lang):
    return R.choice(ASK_DATA[lang]) + "\n\n"


def amount(R, lang):
    v = R.randint(180000, 780000) / 100
    if lang in ("de", "es", "it", "nl", "pt", "pl", "tr"):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    elif lang in ("fr", "sv"):
        s = "{:,.2f}".format(v).replace(",", "\u202f").replace(".", ",")
    else:
        s = "{:,.2f}".format(v)
    return s


@tpl(8)
def t_payroll_de(R):
    c = Ctx(R, "de")
    single = R.random() < .5
    parts = [_rows_intro(R, "de") if R.random() < .5 else "DATEV lehnt diese Datei ab: 'Ungültige Steuer-ID in Zeile 3'. Welche Zeile ist gemeint?\n\n",
             hdr_names(single, "Personalnr;Nachname;Vorname;Geburtsdatum;Eintritt;Steuer-ID;SV-Nummer;StKl;IBAN;Brutto\n", "Nachname;Vorname", "Name")]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N("%05d" % R.randint(1, 99999), "employee_id"), ";", *name_cols(p, ";", single), ";", L("dob", dob.fmt("dmy.")), ";",
                  N("01.%02d.20%02d" % (R.randint(1, 12), R.randint(10, 25)), "date"), ";", g_steuerid(R), ";", g_rvnr(R, dob, p.family, p.sex), ";",
                  N(str(R.randint(1, 5)), "tax_class"), ";", IBAN(R, "DE"), ";", N(amount(R, "de"), "amount"), "\n"]
    return "csv", "de", parts


@tpl(3)
def t_payroll_fr(R):
    c = Ctx(R, "fr")
    single = R.random() < .5
    parts = [_rows_intro(R, "fr") if R.random() < .5 else "Le logiciel de paie refuse l'import : « clé NIR invalide ». Tu vois laquelle ?\n\n",
             hdr_names(single, "Matricule;Nom;Prénom;Date de naissance;N° SS;IBAN;Date d'entrée;Salaire brut\n", "Nom;Prénom", "Nom, prénom")]
    for p in c.people(R.randint(2, 4), cul="fr"):
        dob = DOBv(R)
        parts += [N("M%04d" % R.randint(1, 9999), "employee_id"), ";", *name_cols(p, ";", single), ";", L("dob", dob.fmt("dmy/")), ";", g_nir(R, dob, p.sex), ";",
                  IBAN(R, "FR"), ";", N("%02d/%02d/20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(12, 25)), "date"), ";", N(amount(R, "fr") + " €", "amount"), "\n"]
    return "csv", "fr", parts


@tpl(5)
def t_payroll_es(R):
    c = Ctx(R, "es")
    parts = [_rows_intro(R, "es") if R.random() < .5 else "El programa de nóminas da error en el fichero. ¿Qué fila falla?\n\n",
             "Nº empleado;Apellidos;Nombre;DNI/NIE;Nº afiliación SS;Fecha nacimiento;IBAN\n"]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        s2 = R.choice([x for x in NAMES["es"][2] if x != p.family])
        parts += [N(str(R.randint(100, 999)), "employee_id"), ";", L("person", p.family + " " + s2, sub="es"), ";", P(p, "given"), ";", g_dni(R) if R.random() < .7 else g_nie(R), ";",
                  g_nss(R), ";", L("dob", dob.fmt("dmy/")), ";", IBAN(R, "ES"), "\n"]
    return "csv", "es", parts


@tpl(3)
def t_payroll_it(R):
    c = Ctx(R, "it")
    single = R.random() < .5
    parts = [_rows_intro(R, "it") if R.random() < .5 else "Il gestionale paghe scarta il file: 'codice fiscale non valido'. Quale riga?\n\n",
             hdr_names(single, "Matricola;Cognome;Nome;Codice fiscale;Data di nascita;IBAN;Livello\n", "Cognome;Nome", "Cognome e nome")]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N(str(R.randint(1000, 9999)), "employee_id"), ";", *name_cols(p, ";", single), ";", g_cf(R, p, dob), ";", L("dob", dob.fmt("dmy/")), ";", IBAN(R, "IT"), ";",
                  N(R.choice(["3° livello", "4° livello", "Quadro"]), "grade"), "\n"]
    return "csv", "it", parts


@tpl(3)
def t_payroll_nl(R):
    c = Ctx(R, "nl")
    single = R.random() < .5
    parts = [_rows_intro(R, "nl") if R.random() < .5 else "Het salarispakket weigert de import: 'BSN voldoet niet aan de elfproef'. Welke regel?\n\n",
             hdr_names(single, "Personeelsnr;Achternaam;Voornaam;BSN;Geboortedatum;IBAN;Uren/week\n", "Achternaam;Voornaam", "Naam")]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N(str(R.randint(100, 9999)), "employee_id"), ";", *name_cols(p, ";", single), ";", g_bsn(R), ";", L("dob", dob.fmt("dmy-")), ";", IBAN(R, "NL"), ";",
                  N(str(R.choice([24, 32, 36, 40])), "hours"), "\n"]
    return "csv", "nl", parts


@tpl(3)
def t_payroll_uk(R):
    c = Ctx(R, "en", "GB")
    single = R.random() < .5
    parts = ["Our payroll bureau says the RTI submission was rejected for an invalid NI number. Which row?\n\n" if R.random() < .5 else _rows_intro(R, "en"),
             hdr_names(single, "Employee ID,Surname,Forename,NI number,Date of birth,Tax code,Sort code,Account no,Mobile\n", "Surname,Forename", "Name")]
    for p in c.people(R.randint(2, 4), cul=R.choice(["gb", "gb", "in", "ng"])):
        dob = DOBv(R)
        parts += [N("EMP%04d" % R.randint(1, 9999), "employee_id"), ",", *name_cols(p, ",", single), ",", g_nino(R), ",", L("dob", dob.fmt("dmy/")), ",",
                  N(R.choice(["1257L", "BR", "K475", "1257L M1", "D0"]), "tax_code"), ",", N("%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99)), "sort_code"), ",",
                  N(digits(R, 8), "account_no"), ","] + ([PH(R, "GB", "mobile")] if R.random() < .7 else []) + ["\n"]
    return "csv", "en", parts


@tpl(12)
def t_payroll_us(R):
    c = Ctx(R, "en", "US")
    single = R.random() < .5
    parts = ["ADP import fails with 'Invalid SSN format' on some rows. Can you find them?\n\n" if R.random() < .5 else _rows_intro(R, "en"),
             hdr_names(single, "EmpID,Last,First,SSN,DOB,Hire Date,Filing Status,Phone,Home Address\n", "Last,First", "Employee Name")]
    for p in c.people(R.randint(2, 4), cul=R.choice(["us", "us", "kr", "vn", "cn"])):
        dob = DOBv(R)
        parts += [N(str(R.randint(10000, 99999)), "employee_id"), ",", *name_cols(p, ",", single), ",", g_ssn(R) if R.random() < .85 else g_itin(R), ",", L("dob", dob.fmt("us")), ",",
                  N("%02d/%02d/20%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(10, 25)), "date"), ",", R.choice(["Single", "MFJ", "HOH"]), ",", PH(R, "US"), ",\"", ADDRL(R, "US"), "\"\n"]
    return "csv", "en", parts


@tpl(3)
def t_payroll_br(R):
    c = Ctx(R, "pt")
    parts = [R.choice(["O eSocial rejeitou o arquivo: 'CPF inválido'. Qual linha?\n\n", _rows_intro(R, "pt")]),
             "Matrícula;Nome completo;CPF;PIS;Data de nascimento;Celular\n"]
    for p in c.people(R.randint(2, 4), cul="br"):
        dob = DOBv(R)
        parts += [N(str(R.randint(100, 9999)), "employee_id"), ";", P(p), ";", g_cpf(R), ";", g_pis(R), ";", L("dob", dob.fmt("dmy/")), ";", PH(R, "BR", "mobile", "nat"), "\n"]
    return "csv", "pt", parts


@tpl(14)
def t_payroll_pl(R):
    c = Ctx(R, "pl")
    single = R.random() < .5
    parts = [R.choice(["Płatnik odrzuca plik: 'nieprawidłowy PESEL'. Który wiersz?\n\n", _rows_intro(R, "pl")]),
             hdr_names(single, "Nr;Nazwisko;Imię;PESEL;Data urodzenia;Nr rachunku;Telefon\n", "Nazwisko;Imię", "Nazwisko i imię")]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N(str(R.randint(1, 999)), "employee_id"), ";", *name_cols(p, ";", single), ";", g_pesel(R, dob, p.sex), ";", L("dob", dob.fmt("dmy.")), ";", IBAN(R, "PL"), ";",
                  PH(R, "PL", "mobile"), "\n"]
    return "csv", "pl", parts


@tpl(14)
def t_hr_se(R):
    c = Ctx(R, "sv")
    single = R.random() < .5
    parts = [R.choice(["Lönesystemet vägrar importen: 'ogiltigt personnummer'. Vilken rad?\n\n", _rows_intro(R, "sv")]),
             hdr_names(single, "Anst.nr;Efternamn;Förnamn;Personnummer;Mobil;E-post\n", "Efternamn;Förnamn", "Namn")]
    dom = R.choice(COMPANIES["sv"])[1]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N(str(R.randint(100, 999)), "employee_id"), ";", *name_cols(p, ";", single), ";", g_pnr(R, dob, p.sex), ";", PH(R, "SE"), ";", c.email(p, dom), "\n"]
    return "csv", "sv", parts


@tpl(3)
def t_hr_in(R):
    c = Ctx(R, "en", "IN")
    parts = ["Our HRMS upload fails for a few employees. Can you check which PAN/Aadhaar values look wrong?\n\n",
             "Emp Code,Employee Name,PAN,Aadhaar,DOB,Mobile,IFSC,Bank A/c No\n"]
    for p in c.people(R.randint(2, 4), cul="in"):
        dob = DOBv(R)
        parts += [N("IN%05d" % R.randint(1, 99999), "employee_id"), ",", P(p), ",", g_pan(R, p), ",", g_aadhaar(R), ",", L("dob", dob.fmt("dmy-")), ",", PH(R, "IN"), ",",
                  N(R.choice(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + digits(R, 6), "ifsc"), ",", N(digits(R, R.choice([11, 12, 14])), "account_no"), "\n"]
    return "csv", "en", parts


@tpl(3)
def t_hr_tr(R):
    c = Ctx(R, "tr")
    parts = [R.choice(["Bordro programı dosyayı reddediyor: 'geçersiz TC kimlik no'. Hangi satır?\n\n", _rows_intro(R, "tr")]),
             "Sicil;Ad Soyad;TC Kimlik No;Doğum Tarihi;IBAN;Cep Telefonu\n"]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N(str(R.randint(1000, 9999)), "employee_id"), ";", P(p), ";", g_tckn(R), ";", L("dob", dob.fmt("dmy.")), ";", IBAN(R, "TR"), ";", PH(R, "TR"), "\n"]
    return "csv", "tr", parts


@tpl(10)
def t_hr_jp(R):
    c = Ctx(R, "ja")
    parts = [R.choice(["給与システムへの取り込みでエラーになります。どの行がおかしいですか？\n\n", _rows_intro(R, "ja")]),
             "社員番号,氏名,マイナンバー,生年月日,電話番号,住所\n"]
    for p in c.people(R.randint(2, 4)):
        dob = DOBv(R)
        parts += [N("%06d" % R.randint(1, 999999), "employee_id"), ",", P(p, "native"), ",", g_mynumber(R), ",", L("dob", dob.fmt("ymd/")), ",", PH(R, "JP", "mobile", "nat"), ",",
                  ADDRL(R, "JP"), "\n"]
    return "csv", "ja", parts


@tpl(3)
def t_hr_pt(R):
    c = Ctx(R, "pt")
    parts = [R.choice(["O software de salários rejeita o ficheiro: 'NIF inválido'. Qual é a linha?\n\n", _rows_intro(R, "pt")]),
             "N.º;Nome;NIF;Data de nascimento;IBAN;Telemóvel\n"]
    for p in c.people(R.randint(2, 4), cul="pt"):
        dob = DOBv(R)
        parts += [N(str(R.randint(1, 999)), "employee_id"), ";", P(p), ";", g_ptnif(R), ";", L("dob", dob.fmt("dmy/")), ";", IBAN(R, "PT"), ";", PH(R, "PT", "mobile"), "\n"]
    return "csv", "pt", parts


BIC = {"DE": ["COBADEFFXXX", "DEUTDEDBHAM", "GENODEF1S10", "BYLADEM1001"], "NL": ["INGBNL2A", "RABONL2U", "ABNANL2A"],
       "GB": ["BARCGB22", "NWBKGB2L"], "FR": ["BNPAFRPPXXX", "AGRIFRPP882", "CCBPFRPPMTG"]}


@tpl(8)
def t_bank_csv(R):
    v = R.choice(["de", "nl", "uk", "fr"])
    if v == "de":
        c = Ctx(R, "de")
        own = iban_random(R, "DE")
        parts = ["Warum zeigt Excel bei dieser Umsatz-CSV alles in einer Spalte an?\n\n" if R.random() < .5 else _rows_intro(R, "de"),
                 "\"Auftragskonto\";\"Buchungstag\";\"Valutadatum\";\"Buchungstext\";\"Verwendungszweck\";\"Glaeubiger ID\";\"Mandatsreferenz\";\"Beguenstigter/Zahlungspflichtiger\";\"Kontonummer/IBAN\";\"BIC (SWIFT-Code)\";\"Betrag\";\"Waehrung\"\n"]
        for _ in range(R.randint(3, 5)):
            d = "%02d.11.26" % R.randint(1, 28)
            if R.random() < .55:
                p = c.person()
                cp, ib, vz, gid, mref = P(p), IBAN(R, "DE", "compact"), R.choice(["Miete Dezember", "Rückzahlung Auslage", "Geschenk Kita", "Anteil Urlaub"]), "", ""
            else:
                cp = R.choice(["Stadtwerke Kassel", "Vodafone GmbH", "AOK Bayern", "Amazon Payments Europe"])
                ib = IBAN(R, "DE", "compact")
                vz = "Kd-Nr. %d Rg %d" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 5, 10 ** 6))
                gid = N("DE%02dZZZ%08d" % (R.randint(10, 99), R.randint(0, 99999999)), "creditor_id")
                mref = N("MR%d" % R.randint(10 ** 8, 10 ** 9), "mandate_ref")
            parts += ["\"", L("iban", own, sub="de"), "\";\"", N(d, "date"), "\";\"", N(d, "date"), "\";\"", R.choice(["FOLGELASTSCHRIFT", "GUTSCHR. UEBERWEISUNG", "ONLINE-UEBERWEISUNG"]),
                      "\";\"", N(vz, "payment_ref"), "\";\"", gid, "\";\"", mref, "\";\"", cp, "\";\"", ib, "\";\"", N(R.choice(BIC["DE"]), "bic"), "\";\"",
                      N(("-" if R.random() < .7 else "") + "%d,%02d" % (R.randint(5, 2500), R.randint(0, 99)), "amount"), "\";\"EUR\"\n"]
        return "csv", "de", parts
    if v == "nl":
        c = Ctx(R, "nl")
        own = iban_random(R, "NL")
        parts = [_rows_intro(R, "nl"), "\"Datum\",\"Naam / Omschrijving\",\"Rekening\",\"Tegenrekening\",\"Code\",\"Af Bij\",\"Bedrag (EUR)\",\"Mutatiesoort\",\"Mededelingen\"\n"]
        for _ in range(R.randint(3, 5)):
            p = c.person()
            day = R.randint(1, 28)
            parts += ["\"202611%02d\",\"" % day, P(p), "\",\"", L("iban", own, sub="nl"), "\",\"", IBAN(R, "NL", "compact"), "\",\"", R.choice(["OV", "GT", "ID"]), "\",\"",
                      R.choice(["Af", "Bij"]), "\",\"", N("%d,%02d" % (R.randint(5, 900), R.randint(0, 99)), "amount"), "\",\"", R.choice(["Overschrijving", "Online bankieren", "iDEAL"]),
                      "\",\"Omschrijving: ", R.choice(["tikkie etentje", "huur december", "voorschot bruiloft", "terugbetaling"]), " Datum/Tijd: ", N("%02d-11-2026 %s" % (day, hhmmss(R)), "timestamp"), "\"\n"]
        return "csv", "nl", parts
    if v == "uk":
        c = Ctx(R, "en", "GB")
        parts = ["Can you categorise these transactions for my expenses claim?\n\n", "Date,Type,Description,Paid out,Paid in,Balance\n"]
        for _ in range(R.randint(3, 5)):
            if R.random() < .6:
                p = c.person(cul=R.choice(["gb", "in", "ng", "ar"]))
                parts += [N("%02d/11/2026" % R.randint(1, 28), "date"), ",FPO,", P(p, "caps"), " REF ", N("%s%d" % (R.choice(["RENT", "LUNCH", "DEP"]), R.randint(10, 999)), "payment_ref"),
                          " ", N("%02d%02d%02d %s" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99), digits(R, 8)), "sort_code_account"), ",", N("%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "amount"), ",,",
                          N("%d.%02d" % (R.randint(100, 9000), R.randint(0, 99)), "amount"), "\n"]
            else:
                parts += [N("%02d/11/2026" % R.randint(1, 28), "date"), ",DEB,", R.choice(["TESCO STORES 2841", "TFL TRAVEL CH", "AMZNMKTPLACE", "PRET A MANGER"]), " CARD ", N("%04d" % R.randint(0, 9999), "card_last4"), ",",
                          N("%d.%02d" % (R.randint(2, 90), R.randint(0, 99)), "amount"), ",,", N("%d.%02d" % (R.randint(100, 9000), R.randint(0, 99)), "amount"), "\n"]
        return "csv", "en", parts
    c = Ctx(R, "fr")
    parts = [_rows_intro(R, "fr"), "Date;Libellé;Débit;Crédit\n"]
    for _ in range(R.randint(3, 5)):
        p = c.person()
        parts += [N("%02d/11/2026" % R.randint(1, 28), "date"), ";VIR SEPA ", R.choice(["RECU", "EMIS"]), " /DE ", P(p, "caps"), " /MOTIF ", R.choice(["LOYER", "REMBOURSEMENT", "CADEAU"]), " /IBAN ",
                  IBAN(R, "FR", "compact"), " /BIC ", N(R.choice(BIC["FR"]), "bic"), ";", N(amount(R, "fr")[:5], "amount"), ";\n"]
    return "csv", "fr", parts


@tpl(14)
def t_crm_export(R):
    lang = pick_lang(R)
    cc = {"en": R.choice(["US", "GB"]), "ja": "JP"}.get(lang, LANG_CC[lang])
    c = Ctx(R, lang, cc)
    fmt = R.choice(["hubspot", "salesforce", "pipedrive"])
    hdr = {"hubspot": "First Name,Last Name,Email,Phone Number,Company Name,Address,Lifecycle Stage,Record ID,Create Date\n",
           "salesforce": "\"Contact ID\",\"Salutation\",\"First Name\",\"Last Name\",\"Email\",\"Mobile\",\"Account Name\",\"Mailing Address\",\"Lead Source\"\n",
           "pipedrive": "Person - Name,Person - Email,Person - Phone,Organization - Name,Person - Address,Deal - Value,Person - ID\n"}[fmt]
    parts = [c.ask("data"), "\n\n", hdr]
    for p in c.people(R.randint(3, 5)):
        org, odom = R.choice(COMPANIES[lang])
        ph = c.phone() if R.random() < .85 else None
        if fmt == "hubspot":
            parts += [P(p, "given"), ",", P(p, "family"), ",", c.email(p, odom), ","] + ([ph] if ph else []) + [",\"", org, "\",\"", ADDRL(R, cc), "\",",
                      R.choice(["lead", "customer", "opportunity"]), ",", N(str(R.randint(10 ** 9, 10 ** 11)), "record_id"), ",", N(ts_iso(R), "timestamp"), "\n"]
        elif fmt == "salesforce":
            parts += ["\"", N("003" + rnd(R, ALNUM, 15), "salesforce_id"), "\",\"", R.choice(["Mr.", "Ms.", "Dr.", ""]), "\",\"", P(p, "given"), "\",\"", P(p, "family"), "\",\"",
                      c.email(p, odom), "\",\""] + ([ph] if ph else []) + ["\",\"", org, "\",\"", ADDRL(R, cc), "\",\"", R.choice(["Web", "Trade Show", "Partner Referral"]), "\"\n"]
        else:
            parts += [P(p), ",", c.email(p, free=R.random() < .3), ","] + ([ph] if ph else []) + [",", org.replace(",", ""), ",\"", ADDRL(R, cc), "\",", N(str(R.randint(500, 90000)), "amount"), ",",
                      N(str(R.randint(1, 9999)), "record_id"), "\n"]
    return "csv", lang, parts


SMS = {
    "en": ("{} is your verification code. Don't share it with anyone.", "Hi it's {}, office wifi pw is {} (the 5G one)", "Your parcel {} will be delivered today 14:00-16:00"),
    "de": ("{} ist dein Bestätigungscode. Gib ihn nicht weiter.", "Hi, hier {}. WLAN-Passwort fürs Büro: {}", "Ihr Paket {} wird heute zwischen 14 und 16 Uhr zugestellt"),
    "fr": ("{} est votre code de vérification. Ne le partagez pas.", "Coucou c'est {}, le mdp du wifi du bureau c'est {}", "Votre colis {} sera livré aujourd'hui entre 14h et 16h"),
    "es": ("{} es tu código de verificación. No lo compartas.", "Hola, soy {}. La clave del wifi de la oficina es {}", "Tu paquete {} se entrega hoy de 14:00 a 16:00"),
    "it": ("{} è il tuo codice di verifica. Non condividerlo.", "Ciao sono {}, la password del wifi in ufficio è {}", "Il pacco {} sarà consegnato oggi tra le 14 e le 16"),
    "nl": ("{} is je verificatiecode. Deel hem met niemand.", "Hoi, met {}. Wifi-wachtwoord kantoor: {}", "Je pakket {} wordt vandaag tussen 14:00 en 16:00 bezorgd"),
    "pt": ("{} é o seu código de verificação. Não compartilhe.", "Oi, é {}. A senha do wifi do escritório é {}", "Sua encomenda {} será entregue hoje entre 14h e 16h"),
    "pl": ("{} to Twój kod weryfikacyjny. Nie udostępniaj go.", "Cześć, tu {}. Hasło do wifi w biurze: {}", "Twoja paczka {} zostanie dziś doręczona 14:00-16:00"),
    "sv": ("{} är din verifieringskod. Dela den inte.", "Hej det är {}, wifi-lösenordet på kontoret är {}", "Ditt paket {} levereras idag 14-16"),
    "tr": ("{} doğrulama kodunuzdur. Kimseyle paylaşmayın.", "Selam ben {}, ofis wifi şifresi {}", "{} numaralı kargonuz bugün 14:00-16:00 arası teslim edilecek"),
    "ja": ("認証コードは{}です。他人に教えないでください。", "{}です。オフィスのWi-Fiパスワードは{}です", "お荷物{}は本日14時〜16時にお届け予定です"),
}


def fill(fmt, *vals):
    out = []
    segs = fmt.split("{}")
    for i, s in enumerate(segs):
        out.append(s)
        if i < len(vals):
            out.append(vals[i])
    return out


@tpl(6)
def t_sms_log(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    me = c.person()
    fr = c.person(avoid=(me.given, me.family))
    t = SMS[lang]
    mine = c.phone(style="intl")
    day = R.randint(1, 26)
    tm = clock(R)

    def stamp():
        return N("2026-11-%02d %s" % (day, tm().text), "timestamp")
    parts = ["Exported with SMS Backup — ", P(me), " (", mine, ")\n", stamp(), "  From: ", N(str(R.choice([32665, 22395, 66777, 58008])), "short_code"),
             "  \""] + fill(t[0], N("%06d" % R.randint(0, 999999), "otp_code")) + ["\"\n", stamp(), "  From: ", c.phone(), "  \""] + \
        fill(t[1], P(fr, "given_k") if lang == "ja" else P(fr, "given"), SEC(pw(R, "prose", R.choice(["human", "rand"])), "wifi_psk")) + ["\"\n", stamp(),
                                                                                                                                         "  From: ", N({"nl": "PostNL", "pl": "InPost", "tr": "Yurtici", "fr": "Colissimo", "es": "SEUR", "it": "BRT", "pt": "CTT", "sv": "PostNord", "ja": "ヤマト運輸"}.get(lang, R.choice(["DHL", "DPD", "UPS"])), "sender_id"), "  \""] + \
        fill(t[2], N(R.choice(["JJD%018d" % R.randint(0, 10 ** 18 - 1), ups(R), "3S" + rnd(R, string.ascii_uppercase + string.digits, 11)]), "tracking_no")) + ["\"\n", stamp(),
                                                                                                                                                               "  To: ", c.phone(), "  \"", {"en": "call me back pls", "de": "ruf mal zurück", "fr": "rappelle-moi stp"}.get(lang, "ok 👍"), "\"\n"]
    q = {"en": "I keep getting verification codes I never asked for. Is my account being attacked? My SMS export:",
         "de": "Ich bekomme ständig Bestätigungscodes, die ich nie angefordert habe. Werde ich angegriffen? Mein SMS-Export:",
         "fr": "Je reçois des codes de vérification que je n'ai pas demandés. Mon compte est attaqué ? Mon export SMS :",
         "es": "Me llegan códigos de verificación que no pedí. ¿Me están atacando? Mi exportación de SMS:",
         "it": "Ricevo codici di verifica mai richiesti. Mi stanno attaccando? Il mio export SMS:",
         "nl": "Ik krijg steeds verificatiecodes die ik nooit heb aangevraagd. Word ik aangevallen? Mijn sms-export:",
         "pt": "Estou recebendo códigos de verificação que não pedi. Estão atacando minha conta? Meu export de SMS:",
         "pl": "Dostaję kody weryfikacyjne, o które nie prosiłem. Czy ktoś atakuje konto? Eksport SMS:",
         "sv": "Jag får verifieringskoder jag aldrig bett om. Blir jag attackerad? Min SMS-export:",
         "tr": "İstemediğim doğrulama kodları geliyor. Hesabım saldırı altında mı? SMS dökümüm:",
         "ja": "身に覚えのない認証コードが届きます。攻撃されていますか？SMSのエクスポート:"}[lang]
    return "sms", lang, [q, "\n\n"] + parts


@tpl(3)
def t_reset_mail(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "nl", "it"])
    c = Ctx(R, lang)
    p = c.person()
    dom = R.choice(COMPANIES[lang])[1]
    em = c.email(p, dom)
    body = {"en": ("Hello ", ",\n\nthe password for your account ", " was reset on ", " from IP ", ".\nTemporary password: ", "\nOr set a new one within 24 hours: ", "\nIf this wasn't you, call the service desk on ", " immediately."),
            "de": ("Hallo ", ",\n\ndas Kennwort für Ihr Konto ", " wurde am ", " von der IP ", " zurückgesetzt.\nTemporäres Kennwort: ", "\nOder innerhalb von 24 Stunden neu setzen: ", "\nWaren Sie das nicht? Rufen Sie sofort den Service Desk an: ", "."),
            "fr": ("Bonjour ", ",\n\nle mot de passe de votre compte ", " a été réinitialisé le ", " depuis l'IP ", ".\nMot de passe provisoire : ", "\nOu définissez-en un nouveau sous 24 h : ", "\nSi ce n'était pas vous, appelez le support au ", "."),
            "es": ("Hola ", ",\n\nla contraseña de tu cuenta ", " se restableció el ", " desde la IP ", ".\nContraseña temporal: ", "\nO crea una nueva en 24 horas: ", "\nSi no fuiste tú, llama al soporte al ", "."),
            "nl": ("Beste ", ",\n\nhet wachtwoord van je account ", " is op ", " vanaf IP ", " gereset.\nTijdelijk wachtwoord: ", "\nOf stel binnen 24 uur een nieuw in: ", "\nWas jij dit niet? Bel direct de servicedesk: ", "."),
            "it": ("Ciao ", ",\n\nla password del tuo account ", " è stata reimpostata il ", " dall'IP ", ".\nPassword temporanea: ", "\nOppure impostane una nuova entro 24 ore: ", "\nSe non sei stato tu, chiama l'help desk al ", ".")}[lang]
    tok = rnd(R, URLSAFE, R.choice([32, 43, 64]))
    parts = ["From: IT Service Desk\nTo: ", P(p), " <", em, ">\nSubject: ", {"en": "Your password has been reset", "de": "Ihr Kennwort wurde zurückgesetzt", "fr": "Votre mot de passe a été réinitialisé",
                                                                       "es": "Tu contraseña se ha restablecido", "nl": "Je wachtwoord is gereset", "it": "La tua password è stata reimpostata"}[lang],
             "\nMessage-ID: <", N(uuid4(R), "message_id"), "@mailer>\n\n", body[0], P(p, "given"), body[1], L("email", em.value), body[2], N("2026-11-%02d %s UTC" % (R.randint(1, 28), hhmmss(R)[:5]), "timestamp"),
             body[3], IP(R, "web"), body[4], SEC(pw(R, "prose"), "password"), body[5], "https://sso.", dom, "/reset?token=", SEC(tok, "reset_token"), "&uid=", N(uuid4(R), "uuid"), body[6], c.phone(), body[7], "\n"]
    q = {"en": "Is this email legit or phishing?", "de": "Ist diese Mail echt oder Phishing?", "fr": "Ce mail est-il légitime ou du phishing ?",
         "es": "¿Este correo es real o phishing?", "nl": "Is deze mail echt of phishing?", "it": "Questa mail è vera o phishing?"}[lang]
    return "email", lang, [q, "\n\n"] + parts


def box_table(R, header, rows, style):
    """psql or mysql result table; cells are str or L/N objects."""
    def txt(x):
        return x if isinstance(x, str) else (x.value if isinstance(x, L) else x.text)
    w = [max(len(txt(h)), *(len(txt(r[i])) for r in rows)) for i, h in enumerate(header)]
    out = []
    if style == "psql":
        out.append(" " + " | ".join(h.center(w[i]) for i, h in enumerate(header)) + "\n")
        out.append("-" + "-+-".join("-" * x for x in w) + "-\n")
        for r in rows:
            for i, cell in enumerate(r):
                out += [" " if i == 0 else " | ", cell, " " * (w[i] - len(txt(cell)))]
            out.append("\n")
        out.append("(%d rows)\n" % len(rows))
    else:
        sep = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
        out.append(sep)
        out.append("| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(header)) + " |\n")
        out.append(sep)
        for r in rows:
            for i, cell in enumerate(r):
                out += ["| " if i == 0 else " | ", cell, " " * (w[i] - len(txt(cell)))]
            out.append(" |\n")
        out.append(sep)
        out.append("%d rows in set (0.%02d sec)\n" % (len(rows), R.randint(0, 99)))
    return out


@tpl(14)
def t_db_query(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    style = R.choice(["psql", "mysql"])
    kind = R.choice(["users", "users", "employees", "payments", "payments"])
    n = R.randint(3, 5)
    if kind == "users":
        q = "SELECT id, email, phone, last_login_ip, password_hash FROM users ORDER BY id LIMIT %d;" % n
        hdr = ["id", "email", "phone", "last_login_ip", "password_hash"]
        rows = [[N(str(100 + i * R.randint(1, 40)), "record_id"), c.email(p, free=R.random() < .6), c.phone(style=R.choice(["e164", "intl"])), IP(R), N(R.choice([bcrypt(R), argon2(R)]), "password_hash")]
                for i, p in enumerate(c.people(n))]
    elif kind == "employees":
        cc = R.choice(["US", "GB", "NL", "ES"]) if lang == "en" else {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP"}[lang]
        q = "SELECT emp_no, full_name, national_id, birth_date, hired_on FROM employees WHERE dept = 'OPS';"
        hdr = ["emp_no", "full_name", "national_id", "birth_date", "hired_on"]
        rows = []
        for p in c.people(n):
            dob = DOBv(R)
            gid = {"US": lambda: g_ssn(R), "GB": lambda: g_nino(R, False), "NL": lambda: g_bsn(R), "ES": lambda: g_dni(R), "DE": lambda: g_steuerid(R), "FR": lambda: g_nir(R, dob, p.sex),
                   "IT": lambda: g_cf(R, p, dob), "BR": lambda: g_cpf(R), "PL": lambda: g_pesel(R, dob, p.sex), "SE": lambda: g_pnr(R, dob, p.sex), "TR": lambda: g_tckn(R),
                   "JP": lambda: g_mynumber(R)}[cc]()
            rows.append([N(str(R.randint(10000, 99999)), "employee_id"), P(p, "native") if lang == "ja" else P(p), gid, L("dob", dob.fmt("iso")),
                         N("20%02d-%02d-%02d" % (R.randint(5, 25), R.randint(1, 12), R.randint(1, 28)), "date")])
    else:
        q = "SELECT order_id, cardholder, card_number, exp, card_last4 FROM payments_legacy LIMIT %d;" % n
        hdr = ["order_id", "cardholder", "card_number", "exp", "card_last4"]
        rows = []
        for p in c.people(n):
            cd = CARD(R, R.choice(["visa", "mastercard", "amex", "mastercard2", "discover"]), "")
            rows.append([N("ORD-%d" % R.randint(100000, 999999), "order_no"), P(p, "caps"), cd, N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), N(cd.value[-4:], "card_last4")])
    intro = {"en": ["Found this in an old table during the audit. How bad is it and what should we do first?", "Why does this query return duplicates?"],
             "de": ["Das habe ich beim Audit in einer alten Tabelle gefunden. Wie schlimm ist das?"], "fr": ["Trouvé dans une vieille table pendant l'audit. C'est grave ?"],
             "es": ["Encontré esto en una tabla antigua durante la auditoría. ¿Qué tan grave es?"], "it": ["Trovato in una vecchia tabella durante l'audit. Quanto è grave?"],
             "nl": ["Dit vond ik tijdens de audit in een oude tabel. Hoe erg is het?"], "pt": ["Achei isto numa tabela antiga na auditoria. É grave?"],
             "pl": ["Znalazłem to w starej tabeli podczas audytu. Jak bardzo źle?"], "sv": ["Hittade detta i en gammal tabell vid revisionen. Hur illa är det?"],
             "tr": ["Denetimde eski bir tabloda bunu buldum. Ne kadar kötü?"], "ja": ["監査で古いテーブルからこれが見つかりました。どのくらい深刻ですか？"]}[lang]
    prompt = ("orders=> " if style == "psql" else "mysql> ") + q + "\n"
    return "sql", lang, [R.choice(intro), "\n\n", prompt] + box_table(R, hdr, rows, style)


@tpl(10)
def t_git_leak(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    a, b = c.people(2)
    dom = R.choice(COMPANIES[lang])[1]
    parts = ["$ git log -p -1\ncommit ", N(git_sha(R), "git_sha"), "\nAuthor: ", P(a), " <", c.email(a, dom), ">\nDate:   ", N("Tue Nov %d %s 2026 +0100" % (R.randint(1, 28), hhmmss(R)), "timestamp"),
             "\n\n    add staging config\n\n    Co-authored-by: ", P(b), " <", c.email(b, dom), ">\n\ndiff --git a/config/staging.env b/config/staging.env\nnew file mode 100644\nindex 0000000..",
             N(git_sha(R, True), "git_sha"), "\n--- /dev/null\n+++ b/config/staging.env\n@@ -0,0 +1,5 @@\n+DB_HOST=", IP(R, "priv"), "\n+DB_PASSWORD=", SEC(pw(R, "plain"), "password"),
             "\n+AWS_ACCESS_KEY_ID=", S(R, "aws_access_key_id"), "\n+AWS_SECRET_ACCESS_KEY=", S(R, "aws_secret_access_key"), "\n+SLACK_WEBHOOK_URL=", S(R, "slack_webhook"), "\n"]
    q = {"en": "I pushed this to a public repo an hour ago. How do I get it out of the history, and what else do I need to do?",
         "de": "Das habe ich vor einer Stunde in ein öffentliches Repo gepusht. Wie bekomme ich das aus der History?",
         "fr": "J'ai poussé ça sur un dépôt public il y a une heure. Comment le retirer de l'historique ?",
         "es": "Subí esto a un repo público hace una hora. ¿Cómo lo quito del historial?", "it": "Ho pushato questo su un repo pubblico un'ora fa. Come lo tolgo dalla history?",
         "nl": "Ik heb dit een uur geleden naar een publieke repo gepusht. Hoe haal ik het uit de historie?", "pt": "Fiz push disto num repo público há uma hora. Como tiro do histórico?",
         "pl": "Godzinę temu wypchnąłem to do publicznego repo. Jak usunąć to z historii?", "sv": "Jag pushade detta till ett publikt repo för en timme sedan. Hur tar jag bort det ur historiken?",
         "tr": "Bunu bir saat önce herkese açık repoya pushladım. Geçmişten nasıl silerim?", "ja": "1時間前に公開リポジトリへpushしてしまいました。履歴から消すには？"}[lang]
    return "git", lang, [q, "\n\n"] + parts


@tpl(4)
def t_mdm_export(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    dom = R.choice(COMPANIES[lang])[1]
    parts = [c.ask("data"), "\n\n", "Device name,Managed by,Ownership,Compliance,OS,OS version,Last check-in,Primary user UPN,Phone number,IMEI,Serial number,Wi-Fi MAC\n"]
    for p in c.people(R.randint(3, 5)):
        mob = R.random() < .6
        parts += [N(("MB-" if mob else "LT-") + "%05d" % R.randint(1, 99999), "device_name"), ",Intune,Corporate,", R.choice(["Compliant", "Noncompliant", "In grace period"]), ",",
                  "iOS" if mob else "Windows", ",", N(R.choice(["18.1.1", "17.6.1"]) if mob else "10.0.%d.%d" % (R.choice([22631, 26100, 19045]), R.randint(1000, 5000)), "version"), ",",
                  N(ts_iso(R), "timestamp"), ",", c.email(p, dom), ","] + ([c.phone(style="e164")] if mob else []) + [",", N(imei(R), "imei") if mob else "", ",", N(serialno(R), "serial"), ",", N(mac(R), "mac"), "\n"]
    return "csv", lang, parts


@tpl(3)
def t_asset_inventory(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    hdr = {"de": "Inventarnr\tHostname\tIP\tMAC\tSeriennr\tZugewiesen an\tStandort\tKaufdatum\tGarantie bis\n"}.get(lang, "Asset tag\tHostname\tIP\tMAC\tSerial\tAssigned to\tLocation\tPurchased\tWarranty until\n")
    parts = [c.ask("data"), "\n\n", hdr]
    for p in c.people(R.randint(2, 4)):
        parts += [N("A-%05d" % R.randint(1, 99999), "asset_tag"), "\t", N("ws-%03d" % R.randint(1, 999), "hostname"), "\t", IP(R, "priv"), "\t", N(mac(R, "-"), "mac"), "\t", N(serialno(R), "serial"), "\t",
                  P(p, "native") if lang == "ja" else (P(p, "rev") if R.random() < .3 else P(p)), "\t", R.choice(["2.OG", "Lager", "HQ-3", "Remote", "Kiel"]), "\t",
                  N("20%02d-%02d-%02d" % (R.randint(19, 25), R.randint(1, 12), R.randint(1, 28)), "date"), "\t", N("20%02d-%02d-%02d" % (R.randint(26, 29), R.randint(1, 12), R.randint(1, 28)), "date"), "\n"]
    if R.random() < .5:
        parts += [N("A-%05d" % R.randint(1, 99999), "asset_tag"), "\t", N("prn-lager", "hostname"), "\t", IP(R, "priv"), "\t", N(mac(R, "-"), "mac"), "\t", N(serialno(R), "serial"), "\t(shared)\tLager\t\t\n"]
    return "csv", lang, parts


@tpl(14)
def t_checkout_trace(R):
    lang = pick_lang(R)
    cc = {"en": R.choice(["US", "GB"])}.get(lang, LANG_CC[lang])
    c = Ctx(R, lang, cc)
    p = c.person()
    cd = CARD(R, R.choice(["visa", "mastercard", "mastercard2", "amex", "maestro", "jcb" if lang == "ja" else "visa"]), R.choice(["", "", " "]))
    parts = [N(ts_iso(R), "timestamp"), " ERROR PaymentService - charge failed request_id=", N(req_id(R), "request_id"), " customer=", c.email(p, free=True), " ip=", IP(R, "web"),
             "\npayload={\"amount\":", N(str(R.randint(500, 99999)), "amount_minor"), ",\"currency\":\"", {"US": "USD", "GB": "GBP", "JP": "JPY", "SE": "SEK", "PL": "PLN", "TR": "TRY"}.get(cc, "EUR"),
             "\",\"card\":{\"number\":\"", cd, "\",\"exp_month\":\"", N("%02d" % R.randint(1, 12), "card_expiry"), "\",\"exp_year\":\"", N(str(R.randint(2026, 2031)), "card_expiry"),
             "\",\"cvc\":\"", N("***", "masked"), "\"},\"billing\":{\"name\":\"", P(p, "native") if lang == "ja" else P(p), "\",\"phone\":\"", c.phone(), "\",\"address\":\"", ADDRL(R, cc if cc in ADDR else "US"),
             "\"}}\nstripe.error.CardError: Request ", N("req_" + rnd(R, ALNUM, 14), "request_id"), ": Your card was declined. (code=card_declined, decline_code=", R.choice(["insufficient_funds", "do_not_honor", "expired_card"]), ")\n"]
    q = {"en": "Our payment logs have this. Is logging the payload like this a problem? (I think yes...)", "de": "In unseren Payment-Logs steht das. Ist das Loggen des Payloads so ein Problem?",
         "fr": "On a ça dans les logs de paiement. C'est un problème de logger le payload comme ça ?", "es": "Tenemos esto en los logs de pagos. ¿Es un problema loguear así el payload?",
         "it": "Nei log dei pagamenti c'è questo. È un problema loggare il payload così?", "nl": "Dit staat in onze betaallogs. Is het loggen van de payload zo een probleem?",
         "pt": "Isto aparece nos logs de pagamento. É problema logar o payload assim?", "pl": "Mamy to w logach płatności. Czy logowanie payloadu to problem?",
         "sv": "Det här finns i betalningsloggarna. Är det ett problem att logga så?", "tr": "Ödeme loglarımızda bu var. Payload'u böyle loglamak sorun mu?",
         "ja": "決済ログにこれが出ています。ペイロードをこう記録するのは問題ですか？"}[lang]
    return "log", lang, [q, "\n\n"] + parts


@tpl(8)
def t_cloud_cli(R):
    lang = pick_lang(R)
    cmds = R.sample(["doctl", "az", "gh", "hf", "vault", "aws", "gcloud", "heroku"], R.randint(3, 4))
    parts = []
    for cmd in cmds:
        if cmd == "doctl":
            parts += ["$ doctl auth init -t ", S(R, "digitalocean"), "\nValidating token... ✔\n"]
        elif cmd == "az":
            parts += ["$ az login --service-principal -u ", N(uuid4(R), "client_id"), " -p ", SEC(rnd(R, ALNUM + "~._-", 40), "azure_client_secret"), " --tenant ", N(uuid4(R), "tenant_id"),
                      "\nAADSTS7000215: Invalid client secret provided. Trace ID: ", N(uuid4(R), "trace_id"), "\n"]
        elif cmd == "gh":
            parts += ["$ echo ", S(R, R.choice(["github_pat", "github_fine_grained"])), " | gh auth login --with-token\n$ gh auth status\n  ✓ Logged in to github.com account ci-bot (keyring)\n"]
        elif cmd == "hf":
            parts += ["$ huggingface-cli login --token ", S(R, "huggingface"), "\nToken is valid (permission: write).\n"]
        elif cmd == "vault":
            parts += ["$ vault login ", S(R, "vault"), "\nSuccess! You are now authenticated.\ntoken_accessor       ", N(rnd(R, ALNUM, 24), "token_accessor"), "\ntoken_duration       ", N("768h", "duration"), "\n"]
        elif cmd == "aws":
            parts += ["$ aws configure\nAWS Access Key ID [None]: ", S(R, "aws_access_key_id"), "\nAWS Secret Access Key [None]: ", S(R, "aws_secret_access_key"),
                      "\nDefault region name [None]: eu-central-1\n$ aws sts get-caller-identity\n{\n    \"UserId\": \"", N("AIDA" + rnd(R, B32, 17), "aws_unique_id"), "\",\n    \"Account\": \"",
                      N(aws_account(R), "aws_account_id"), "\",\n    \"Arn\": \"", N("arn:aws:iam::%s:user/ci-deployer" % aws_account(R), "aws_arn"), "\"\n}\n"]
        elif cmd == "gcloud":
            parts += ["$ gcloud auth print-access-token\n", S(R, "ya29"), "\n$ gcloud config list\nproject = ", N("prod-%d" % R.randint(100000, 999999), "project_id"), "\nregion = europe-west3\n"]
        else:
            parts += ["$ heroku config:set MAILGUN_API_KEY=", S(R, "mailgun"), " -a ", R.choice(["shop-eu", "lumen-api"]), "\nSetting MAILGUN_API_KEY and restarting ⬢ shop-eu... done, v", N(str(R.randint(100, 999)), "release_no"), "\n"]
    return "shell", lang, wrap(R, lang, parts, fence=True)


@tpl(3)
def t_windows_cmds(R):
    lang = pick_lang(R)
    ip1 = IP(R, "priv")
    parts = ["PS C:\\Users\\admin> net use Z: \\\\", ip1, "\\Buchhaltung /user:CORP\\svc_backup ", SEC(pw(R, "plain"), "password"), " /persistent:yes\nSystem error 1326 has occurred.\n\nThe user name or password is incorrect.\n\n",
             "PS C:\\Users\\admin> cmdkey /add:", N(R.choice(HOSTS), "hostname"), " /user:CORP\\admin /pass:", SEC(pw(R, "plain"), "password"), "\nCMDKEY: Credential added successfully.\n\n",
             "PS C:\\Users\\admin> $sec = ConvertTo-SecureString \"", SEC(pw(R, "dq"), "password"), "\" -AsPlainText -Force\nPS C:\\Users\\admin> New-LocalUser -Name \"kiosk\" -Password $sec\n\n",
             "Name  Enabled Description\n----  ------- -----------\nkiosk True\n\n"]
    if R.random() < .6:
        parts += ["PS C:\\Users\\admin> Invoke-RestMethod -Uri https://", N(R.choice(["api.lumenorchard.com", "erp.brenner-logistik.de"]), "hostname"), "/v1/jobs -Headers @{Authorization = \"Bearer ",
                  S(R, R.choice(["jwt", "opaque"])), "\"}\nInvoke-RestMethod: {\"error\":\"invalid_token\"}\n\n"]
    parts += ["Event 4625: An account failed to log on. Security ID: ", N("S-1-5-21-%d-%d-%d-%d" % (R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 8, 10 ** 9), R.randint(1000, 9999)), "sid"),
              " Source Network Address: ", IP(R, "priv"), " Logon Type: 3\n"]
    return "shell", lang, wrap(R, lang, parts, fence=True)


@tpl(3)
def t_db_admin_sql(R):
    lang = pick_lang(R)
    dbk = R.choice(["pg", "mysql", "mssql"])
    if dbk == "pg":
        parts = ["postgres=# CREATE ROLE report_ro LOGIN PASSWORD '", SEC(pw(R, "sq"), "password"), "';\nERROR:  role \"report_ro\" already exists\npostgres=# ALTER ROLE report_ro WITH PASSWORD '",
                 SEC(pw(R, "sq"), "password"), "' VALID UNTIL '", N("2027-01-01", "date"), "';\nALTER ROLE\npostgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolname = 'report_ro';\n  rolname  |  rolpassword\n-----------+--------------\n report_ro | ",
                 N("SCRAM-SHA-256$4096:" + b64bytes(R, 16) + "$" + b64bytes(R, 32) + ":" + b64bytes(R, 32), "password_hash"), "\n(1 row)\n\n-- pg_hba.conf\nhost  all  report_ro  ", IP(R, "priv"), "/32  scram-sha-256\nhost  all  all  ",
                 N("10.0.0.0/8", "cidr"), "  reject\n"]
    elif dbk == "mysql":
        parts = ["mysql> CREATE USER 'app'@'", IP(R, "priv"), "' IDENTIFIED BY '", SEC(pw(R, "sq"), "password"), "';\nQuery OK, 0 rows affected (0.01 sec)\n\nmysql> ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY '",
                 SEC(pw(R, "sq"), "password"), "';\nQuery OK, 0 rows affected (0.02 sec)\n\nmysql> SELECT user, host, plugin FROM mysql.user;\n+------+-----------+-----------------------+\n| user | host      | plugin                |\n+------+-----------+-----------------------+\n| root | localhost | caching_sha2_password |\n+------+-----------+-----------------------+\n\n$ mysql -u app -h ",
                 IP(R, "priv"), " -p\nERROR 1045 (28000): Access denied for user 'app'@'", IP(R, "priv"), "' (using password: YES)\n"]
    else:
        parts = ["1> CREATE LOGIN etl_loader WITH PASSWORD = '", SEC(pw(R, "sq"), "password"), "', CHECK_POLICY = ON;\n2> GO\nMsg 15118, Level 16, State 1, Server ", N("SQL-PROD-02", "hostname"),
                 ", Line 1\nPassword validation failed. The password does not meet the operating system policy requirements because it is not complex enough.\n",
                 N("-- policy: minimum length 14, three of four character classes, history 12", "policy_text"), "\n1> CREATE LOGIN etl_loader WITH PASSWORD = '", SEC(pw(R, "sq", "rand"), "password"), "';\n2> GO\n"]
    return "sql", lang, wrap(R, lang, parts, fence=True)


@tpl(6)
def t_appsettings(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    dom = R.choice(COMPANIES[lang])[1]
    if R.random() < .5:
        parts = ["appsettings.Production.json:\n{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=", IP(R, "priv"), ";Database=Shop;User Id=shop;Password=", SEC(pw(R, "json"), "password"),
                 ";TrustServerCertificate=true\"\n  },\n  \"Jwt\": {\n    \"Key\": \"", SEC(rnd(R, ALNUM, 48), "jwt_secret"), "\",\n    \"Issuer\": \"https://", dom, "\"\n  },\n  \"Smtp\": {\n    \"Host\": \"smtp.office365.com\",\n    \"User\": \"",
                 c.email(p, dom), "\",\n    \"Password\": \"", SEC(pw(R, "json"), "password"), "\"\n  },\n  \"ApplicationInsights\": { \"InstrumentationKey\": \"", N(uuid4(R), "uuid"),
                 "\" },\n  \"AzureStorage\": \"DefaultEndpointsProtocol=https;AccountName=", R.choice(["shopassets", "lumenblob"]), ";AccountKey=", S(R, "azure_storage"),
                 ";EndpointSuffix=core.windows.net\",\n  \"AllowedHosts\": \"*\"\n}\n"]
    else:
        parts = ["application-prod.yml:\nspring:\n  datasource:\n    url: jdbc:postgresql://", IP(R, "priv"), ":5432/app\n    username: app\n    password: ", SEC(pw(R, "yaml"), "password"),
                 "\n  mail:\n    host: smtp.gmail.com\n    username: ", c.email(p, free=True), "\n    password: ", SEC(rnd(R, "abcdefghijklmnopqrstuvwxyz", 16), "app_password"),
                 "\n  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-id: ", N("portal-web", "client_id"), "\n            client-secret: ",
                 SEC(rnd(R, ALNUM, 32), "client_secret"), "\nmanagement:\n  server:\n    port: ", N("8081", "port"), "\njwt:\n  secret: ", SEC(b64bytes(R, 48), "jwt_secret"), "\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(3)
def t_django_settings(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    a, b = c.people(2)
    dom = R.choice(COMPANIES[lang])[1]
    parts = ["# settings/production.py\nDEBUG = False\nSECRET_KEY = '", S(R, "django"), "'\nALLOWED_HOSTS = ['", dom, "', '", IP(R, "pub"), "']\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'portal',\n        'USER': 'portal',\n        'PASSWORD': '",
             SEC(pw(R, "sq"), "password"), "',\n        'HOST': '", IP(R, "priv"), "',\n        'PORT': '5432',\n    }\n}\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '", S(R, "sendgrid"),
             "'\nADMINS = [('", P(a), "', '", c.email(a, dom), "'), ('", P(b), "', '", c.email(b, dom), "')]\nSTATIC_ROOT = '/srv/portal/static'\nCSRF_TRUSTED_ORIGINS = ['https://", dom, "']\n"]
    return "code", lang, wrap(R, lang, parts)


@tpl(14)
def t_mail_config(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p, q = c.people(2)
    dom = R.choice(COMPANIES[lang])[1]
    e1 = c.email(p, dom)
    parts = ["# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:", S(R, "sendgrid"), "\n[", N(R.choice(["mail.gmx.net", "smtp.strato.de", "smtp.ionos.de"]), "hostname"), "]:587 ", L("email", e1.value),
             ":", SEC(pw(R, "ini"), "password"), "\n\n# /etc/dovecot/users\n", c.email(p, dom), ":{PLAIN}", SEC(pw(R, "ini"), "password"), "::::::\n", c.email(q, dom), ":",
             N("{SHA512-CRYPT}$6$" + rnd(R, "./" + ALNUM, 16) + "$" + rnd(R, "./" + ALNUM, 86), "password_hash"), "::::::\n\n# /var/log/mail.log\n",
             N("Nov %2d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " mx1 postfix/smtpd[", N(str(R.randint(1000, 99999)), "pid"), "]: warning: unknown[", IP(R, "pub"),
             "]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n", N("Nov %2d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " mx1 postfix/smtpd[", N(str(R.randint(1000, 99999)), "pid"),
             "]: ", N(rnd(R, "0123456789ABCDEF", 10), "queue_id"), ": client=unknown[", IP(R, "pub"), "], sasl_method=LOGIN, sasl_username=", L("email", e1.value), "\n"]
    return "config", lang, wrap(R, lang, parts)


@tpl(3)
def t_webserver(R):
    lang = pick_lang(R)
    k = R.choice(["nginx", "apache", "caddy"])
    if k == "nginx":
        u = R.choice(["metrics", "partner"])
        pwd = pw(R, "url")
        parts = ["upstream app {\n    server ", IP(R, "priv"), ":8080;\n    server ", IP(R, "priv"), ":8080 backup;\n}\nserver {\n    listen 443 ssl http2;\n    server_name ", N(R.choice(["shop.riberalta.es", "portal.tannhof.de", "app.lumenorchard.com"]), "hostname"),
                 ";\n    ssl_certificate_key /etc/ssl/private/site.key;\n    location /api/ {\n        proxy_pass http://app;\n        proxy_set_header Authorization \"Basic ", SEC(basic_b64(u, pwd), "basic_auth_b64"),
                 "\";\n    }\n    location /metrics {\n        allow ", N("10.0.0.0/8", "cidr"), ";\n        deny all;\n    }\n}\n\n# error.log\n", N("2026/11/%02d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " [error] ",
                 N("%d#%d" % (R.randint(100, 9999), 0), "pid"), ": *", N(str(R.randint(1, 99999)), "conn_id"), " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ", IP(R, "pub"),
                 ", server: _, request: \"GET /api/stock HTTP/2.0\", upstream: \"http://", IP(R, "priv"), ":8080/api/stock\"\n"]
    elif k == "apache":
        parts = ["<VirtualHost *:443>\n    ServerName intranet.", R.choice(["brenner-logistik.de", "korenaar.nl"]), "\n    SetEnv DB_PASS ", SEC(pw(R, "plain"), "password"), "\n    SetEnv LDAP_BIND_PW \"",
                 SEC(pw(R, "dq"), "password"), "\"\n    ProxyPass /erp http://", IP(R, "priv"), ":8069/\n    <Location /admin>\n        Require ip ", N("192.168.0.0/16", "cidr"), "\n    </Location>\n</VirtualHost>\n\n",
                 IP(R, "pub"), " - - [", N("%02d/Nov/2026:%s +0100" % (R.randint(1, 28), hhmmss(R)), "timestamp"), "] \"GET /admin HTTP/1.1\" 403 ", N(str(R.randint(150, 999)), "bytes"), "\n"]
    else:
        parts = ["# Caddyfile\n", N(R.choice(["grafana.korenaar.nl", "status.tannhof.de"]), "hostname"), " {\n    basicauth /* {\n        admin ", N(bcrypt(R), "password_hash"), "\n    }\n    reverse_proxy ", IP(R, "priv"),
                 ":3000\n}\n\n# .env for the grafana container\nGF_SECURITY_ADMIN_PASSWORD=", SEC(pw(R, "plain"), "password"), "\nGF_SMTP_PASSWORD=", SEC(pw(R, "plain"), "password"), "\nGF_SECURITY_SECRET_KEY=",
                 SEC(rnd(R, ALNUM, 32), "app_secret"), "\n"]
    return "config", lang, wrap(R, lang, parts)


ONB = {
    "en": ("New starter request", "Start date", "Manager", "Private e-mail (for the welcome pack)", "Mobile", "Laptop", "Initial password (told by phone, must change): ", "Please also add to the Slack channel #warehouse-ops.", "Ship laptop to"),
    "de": ("Neueinstellung", "Eintritt", "Vorgesetzte/r", "Private E-Mail (für Willkommenspaket)", "Mobil", "Notebook", "Startkennwort (telefonisch mitgeteilt, muss geändert werden): ", "Bitte auch in den Teams-Kanal Lager aufnehmen.", "Lieferadresse Notebook"),
    "fr": ("Demande d'arrivée", "Date d'arrivée", "Responsable", "E-mail perso (pour le kit d'accueil)", "Portable", "PC portable", "Mot de passe initial (donné par téléphone, à changer) : ", "Merci de l'ajouter aussi au canal Teams Logistique.", "Adresse de livraison du PC"),
    "es": ("Alta de empleado", "Fecha de incorporación", "Responsable", "Correo personal (para el pack de bienvenida)", "Móvil", "Portátil", "Contraseña inicial (comunicada por teléfono, debe cambiarse): ", "Añadir también al canal de Teams Almacén.", "Enviar el portátil a"),
    "it": ("Richiesta nuovo assunto", "Data di inizio", "Responsabile", "E-mail personale (per il kit di benvenuto)", "Cellulare", "Portatile", "Password iniziale (comunicata al telefono, da cambiare): ", "Aggiungere anche al canale Teams Magazzino.", "Spedire il portatile a"),
    "nl": ("Nieuwe medewerker", "Startdatum", "Leidinggevende", "Privé-e-mail (voor het welkomstpakket)", "Mobiel", "Laptop", "Startwachtwoord (telefonisch doorgegeven, moet gewijzigd): ", "Graag ook toevoegen aan het Teams-kanaal Magazijn.", "Laptop verzenden naar"),
    "pt": ("Pedido de admissão", "Data de início", "Gestor", "E-mail pessoal (para o kit de boas-vindas)", "Celular", "Notebook", "Senha inicial (informada por telefone, deve ser trocada): ", "Incluir também no canal do Teams Logística.", "Enviar o notebook para"),
    "pl": ("Nowy pracownik", "Data rozpoczęcia", "Przełożony", "Prywatny e-mail (na pakiet powitalny)", "Komórka", "Laptop", "Hasło startowe (podane telefonicznie, do zmiany): ", "Proszę dodać też do kanału Teams Magazyn.", "Adres wysyłki laptopa"),
    "sv": ("Ny medarbetare", "Startdatum", "Chef", "Privat e-post (för välkomstpaketet)", "Mobil", "Bärbar dator", "Startlösenord (meddelat per telefon, måste bytas): ", "Lägg även till i Teams-kanalen Lager.", "Skicka datorn till"),
    "tr": ("Yeni çalışan talebi", "Başlangıç tarihi", "Yönetici", "Kişisel e-posta (hoş geldin paketi için)", "Cep", "Dizüstü", "İlk şifre (telefonla iletildi, değiştirilmeli): ", "Teams Depo kanalına da eklensin.", "Dizüstü gönderim adresi"),
    "ja": ("入社手続き依頼", "入社日", "上長", "個人メール（ウェルカムキット送付用）", "携帯", "ノートPC", "初期パスワード（電話で伝達済み・要変更）: ", "Teamsの倉庫チャンネルにも追加してください。", "PC送付先"),
}


@tpl(12)
def t_onboarding(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p, m = c.people(2)
    o = ONB[lang]
    nm = (lambda x: P(x, "native")) if lang == "ja" else P
    parts = [o[0], " ", N("RITM%07d" % R.randint(10000, 999999), "ticket_no"), "\n", nm(p), " — ", R.choice(["Warehouse", "Finance", "Customer Care", "IT", "Sales"]), "\n", o[1], ": ",
             N("2026-12-%02d" % R.randint(1, 28), "date"), "\n", o[2], ": ", nm(m), " (", c.email(m), ")\n", o[3], ": ", c.email(p, free=True), "\n", o[4], ": ", c.phone(), "\n", o[5], ": ",
             N(R.choice(["Dell Latitude 5550", "ThinkPad T14 Gen 5", "MacBook Air M3"]), "model"), " S/N ", N(serialno(R), "serial"), ", ", N("LT-%04d" % R.randint(1, 9999), "asset_tag"), "\nAD: ",
             N("u%05d" % R.randint(1, 99999), "uid"), " / ", c.email(p, R.choice(COMPANIES[lang])[1]), "\n", o[8], ": ", ADDRL(R, c.cc), "\n", o[6], SEC(pw(R, "prose"), "password"), "\n", o[7], "\n"]
    return "ticket", lang, [R.choice(ASK[lang]) if R.random() < .3 else {"en": "Can you turn this into a checklist for the IT team?"}.get(lang, R.choice(ASK_DATA[lang])), "\n\n"] + parts


@tpl(3)
def t_verify_mail(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "pt", "it", "nl", "pl"])
    c = Ctx(R, lang)
    p = c.person()
    em = c.email(p, free=True)
    svc = R.choice(["Atlassian", "Shopify", "Zoom", "Dropbox", "Canva", "Notion"])
    code = N("%06d" % R.randint(0, 999999), "otp_code")
    link_tok = rnd(R, URLSAFE, 48)
    hi = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "it": "Ciao", "nl": "Hoi", "pl": "Cześć"}[lang]
    txt = {"en": ("Confirm your email address", "Your code is", "or click", "This link expires in 15 minutes. Sent to", "from a sign-in at"),
           "de": ("Bestätige deine E-Mail-Adresse", "Dein Code lautet", "oder klicke", "Der Link läuft in 15 Minuten ab. Gesendet an", "nach einer Anmeldung von"),
           "fr": ("Confirmez votre adresse e-mail", "Votre code est", "ou cliquez", "Ce lien expire dans 15 minutes. Envoyé à", "suite à une connexion depuis"),
           "es": ("Confirma tu correo", "Tu código es", "o haz clic en", "El enlace caduca en 15 minutos. Enviado a", "tras un inicio de sesión desde"),
           "pt": ("Confirme seu e-mail", "Seu código é", "ou clique em", "O link expira em 15 minutos. Enviado para", "após um login a partir de"),
           "it": ("Conferma il tuo indirizzo e-mail", "Il tuo codice è", "oppure clicca", "Il link scade tra 15 minuti. Inviato a", "dopo un accesso da"),
           "nl": ("Bevestig je e-mailadres", "Je code is", "of klik op", "De link verloopt over 15 minuten. Verstuurd naar", "na een aanmelding vanaf"),
           "pl": ("Potwierdź adres e-mail", "Twój kod to", "lub kliknij", "Link wygasa za 15 minut. Wysłano do", "po logowaniu z")}[lang]
    parts = ["Subject: ", svc, ": ", txt[0], "\n\n", hi, " ", P(p, "given"), ",\n", txt[1], " ", code, " ", txt[2], " https://id.", svc.lower(), ".com/verify?t=", SEC(link_tok, "verify_token"),
             "\n", txt[3], " ", em, " ", txt[4], " ", IP(R, "web"), " (", R.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux"]), ").\n"]
    q = {"en": "Did I get hacked? I didn't sign up for this.", "de": "Wurde ich gehackt? Ich habe mich da nie angemeldet.", "fr": "On m'a piraté ? Je ne me suis jamais inscrit.",
         "es": "¿Me han hackeado? No me registré en esto.", "pt": "Fui hackeado? Não me cadastrei nisso.", "it": "Mi hanno hackerato? Non mi sono mai iscritto.",
         "nl": "Ben ik gehackt? Ik heb me hier nooit aangemeld.", "pl": "Czy ktoś mnie zhakował? Nie rejestrowałem się tu."}[lang]
    return "email", lang, [q, "\n\n"] + parts


@tpl(3)
def t_slack_people(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "nl", "pt", "it"])
    c = Ctx(R, lang)
    a, b, d = c.people(3)
    tm = clock(R)
    msgs = {"en": ["who's on call tonight? prod db replica lag is at", "me, but I'm on the train till 9. ring me on", "ok. if it gets worse I'll page you. replica is", "I can cover, my number is"],
            "de": ["Wer hat heute Nacht Bereitschaft? Replica-Lag liegt bei", "ich, bin aber bis 21 Uhr im Zug. Ruf an unter", "ok. wenn's schlimmer wird, melde ich mich. Replica ist", "ich kann übernehmen, meine Nummer:"],
            "fr": ["qui est d'astreinte ce soir ? le retard de la réplique est à", "moi, mais je suis dans le train jusqu'à 21h. appelle le", "ok. si ça empire je te bippe. la réplique c'est", "je peux prendre, mon numéro :"],
            "es": ["¿quién está de guardia esta noche? el lag de la réplica está en", "yo, pero voy en el tren hasta las 21. llámame al", "vale, si empeora te aviso. la réplica es", "puedo cubrir yo, mi número:"],
            "nl": ["wie heeft er vannacht dienst? replica-lag staat op", "ik, maar ik zit tot 21u in de trein. bel me op", "ok, als het erger wordt piep ik je op. replica is", "ik kan het overnemen, mijn nummer:"],
            "pt": ["quem está de plantão hoje? o lag da réplica está em", "eu, mas estou no trem até as 21h. liga no", "ok, se piorar te chamo. a réplica é", "posso cobrir, meu número:"],
            "it": ["chi è reperibile stanotte? il lag della replica è a", "io, ma sono in treno fino alle 21. chiamami al", "ok, se peggiora ti chiamo. la replica è", "posso coprire io, il mio numero:"]}[lang]
    parts = [P(a), "  ", tm(), "\n", msgs[0], " ", N("%ds" % R.randint(30, 900), "duration"), "\n", P(b), "  ", tm(), "\n", msgs[1], " ", c.phone(), "\n",
             P(a), "  ", tm(), "\n", msgs[2], " ", IP(R, "priv"), " (", N(R.choice(HOSTS), "hostname"), ")\n", P(d), "  ", tm(), "\n", msgs[3], " ", c.phone(), "\n"]
    return "chat", lang, [R.choice(ASK[lang]) if R.random() < .3 else {"en": "Summarise who is covering what from this thread:"}.get(lang, R.choice(ASK_DATA[lang])), "\n\n"] + parts


PCI = {
    "en": ("hi, my payment keeps failing. card is", "exp", "please don't post card numbers in chat, I'm removing this now.", "sorry! the other card didn't work either:", "Customer"),
    "de": ("hallo, meine Zahlung schlägt immer fehl. Karte ist", "gültig bis", "bitte keine Kartennummern im Chat senden, ich entferne das jetzt.", "sorry! die andere Karte ging auch nicht:", "Kunde"),
    "fr": ("bonjour, mon paiement échoue toujours. la carte c'est", "exp", "merci de ne pas envoyer de numéro de carte dans le chat, je le supprime.", "pardon ! l'autre carte ne marche pas non plus :", "Client"),
    "es": ("hola, el pago me falla siempre. la tarjeta es", "cad.", "por favor no envíes números de tarjeta por chat, lo borro ahora.", "perdón, la otra tarjeta tampoco funcionó:", "Cliente"),
    "it": ("ciao, il pagamento fallisce sempre. la carta è", "scad.", "per favore non inviare numeri di carta in chat, lo cancello.", "scusa! neanche l'altra carta funziona:", "Cliente"),
    "nl": ("hoi, mijn betaling mislukt steeds. kaart is", "geldig t/m", "stuur alsjeblieft geen kaartnummers in de chat, ik verwijder dit.", "sorry! de andere kaart werkte ook niet:", "Klant"),
    "pt": ("oi, meu pagamento sempre falha. o cartão é", "val.", "por favor não envie número de cartão no chat, vou apagar.", "desculpa! o outro cartão também não passou:", "Cliente"),
    "pl": ("dzień dobry, płatność ciągle nie przechodzi. karta to", "ważna do", "proszę nie wysyłać numerów kart na czacie, usuwam to.", "przepraszam! druga karta też nie działa:", "Klient"),
}


@tpl(14)
def t_pci_ticket(R):
    lang = R.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pt", "pl"])
    c = Ctx(R, lang)
    cu, ag = c.people(2)
    t = PCI[lang]
    tm = clock(R)
    iss = R.choice(["visa", "mastercard", "mastercard2", "amex", "maestro", "discover"])
    parts = ["Zendesk #", N(str(R.randint(100000, 999999)), "ticket_no"), " (chat)\n", t[4], ": ", P(cu), " · ", c.email(cu, free=True), " · ", c.phone(), "\n[", tm(), "] ", P(cu, "given"), ": ", t[0], " ",
             CARD(R, iss), " ", t[1], " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), " cvc ", N("%03d" % R.randint(0, 999), "cvc"), "\n[", tm(), "] ", P(ag, "given"), ": ", t[2], "\n"]
    if R.random() < .75:
        parts += ["[", tm(), "] ", P(cu, "given"), ": ", t[3], " ", CARD(R, R.choice(["visa", "mastercard", "amex"])), "\n"]
    parts += ["Order ", N("ORD-%d" % R.randint(100000, 999999), "order_no"), " · ", N(amount(R, lang) + (" €" if lang != "en" else ""), "amount"), " · gateway ref ", N("pi_" + rnd(R, ALNUM, 24), "payment_intent"), "\n"]
    q = {"en": "Our support tool stored this chat. What are our PCI obligations now, and can you draft a reply to the customer?",
         "de": "Unser Support-Tool hat diesen Chat gespeichert. Was müssen wir wegen PCI jetzt tun? Und bitte eine Antwort an den Kunden entwerfen.",
         "fr": "Notre outil de support a gardé ce chat. Quelles obligations PCI maintenant ? Et propose une réponse au client.",
         "es": "Nuestra herramienta de soporte guardó este chat. ¿Qué nos exige PCI ahora? Y redacta una respuesta al cliente.",
         "it": "Il nostro tool di supporto ha salvato questa chat. Cosa richiede PCI adesso? E scrivi una risposta al cliente.",
         "nl": "Onze supporttool heeft deze chat opgeslagen. Wat moeten we nu voor PCI doen? En schrijf een antwoord aan de klant.",
         "pt": "Nossa ferramenta de suporte salvou este chat. O que o PCI exige agora? E escreva uma resposta ao cliente.",
         "pl": "Nasze narzędzie supportu zapisało ten czat. Co teraz z PCI? I napisz odpowiedź do klienta."}[lang]
    return "chat_export", lang, [q, "\n\n"] + parts


ESC = {
    "en": ("Escalation matrix — ", "Level", "Who", "Phone", "Hours", "NOC (shared desk)", "on call", "circuit", "Data-centre remote hands", "ISP"),
    "de": ("Eskalationsmatrix — ", "Stufe", "Wer", "Telefon", "Zeiten", "NOC (Sammelnummer)", "Bereitschaft", "Leitung", "Rechenzentrum Remote Hands", "Provider"),
    "nl": ("Escalatiematrix — ", "Niveau", "Wie", "Telefoon", "Tijden", "NOC (algemeen nummer)", "piket", "verbinding", "Datacenter remote hands", "Provider"),
    "sv": ("Eskaleringsmatris — ", "Nivå", "Vem", "Telefon", "Tider", "NOC (växel)", "jour", "förbindelse", "Datacenter remote hands", "Operatör"),
    "fr": ("Matrice d'escalade — ", "Niveau", "Qui", "Téléphone", "Horaires", "NOC (standard)", "astreinte", "circuit", "Datacenter remote hands", "Opérateur"),
    "es": ("Matriz de escalado — ", "Nivel", "Quién", "Teléfono", "Horario", "NOC (centralita)", "guardia", "circuito", "Remote hands del CPD", "Operador"),
}


@tpl(8)
def t_escalation(R):
    lang = R.choice(["en", "en", "en", "de", "nl", "sv", "fr", "es"])
    c = Ctx(R, lang, {"en": R.choice(["GB", "US", "IE"]), "de": "DE", "nl": "NL", "sv": "SE", "fr": "FR", "es": "ES"}[lang])
    e = ESC[lang]
    a, b = c.people(2)
    svc = R.choice(["ERP (SAP S/4)", "Webshop", "VPN / Remote access", "Telephony (3CX)", "Warehouse scanners"])
    parts = ["## ", e[0], svc, "\n\n| ", e[1], " | ", e[2], " | ", e[3], " | ", e[4], " |\n|---|---|---|---|\n| L1 | ", e[5], " | ", c.phone(), " | 24/7 |\n| L2 | ", P(a), " | ", c.phone(),
             " | ", N("08:00–18:00", "time_range"), " |\n| L3 | ", P(b), " | ", c.phone(), " | ", e[6], " |\n| ", e[9], " | ", R.choice(["Colt", "BT Wholesale", "Init7", "KPN Zakelijk", "Telia Carrier"]), ", ", e[7], " ",
             N(R.choice(["LDN/ETH/%06d" % R.randint(0, 999999), "CID-%d" % R.randint(10 ** 6, 10 ** 7), "DE%d" % R.randint(10 ** 8, 10 ** 9)]), "circuit_id"), " | ", c.phone(kind="toll_free" if c.cc == "US" else None), " | 24/7 |\n| DC | ", e[8],
             " (", N("cage %s-%02d" % (R.choice("ABCD"), R.randint(1, 40)), "location_code"), ") | ", c.phone(), " | 24/7 |\n\n", N("Emergency: " + {"GB": "999 / 112", "US": "911", "IE": "112 / 999"}.get(c.cc, "112"), "emergency_number"),
             " · SLA P1 ", N("%d min" % R.choice([15, 30, 60]), "duration"), "\n"]
    q = {"en": "Can you convert this runbook table into a PagerDuty escalation policy description?", "de": "Kannst du daraus eine Eskalationsrichtlinie für PagerDuty machen?",
         "nl": "Kun je hier een PagerDuty-escalatiebeleid van maken?", "sv": "Kan du göra en PagerDuty-eskaleringspolicy av detta?", "fr": "Tu peux transformer ce tableau en politique d'escalade PagerDuty ?",
         "es": "¿Puedes convertir esta tabla en una política de escalado de PagerDuty?"}[lang]
    return "runbook", lang, [q, "\n\n"] + parts


HRT = {
    "en": ("Hi HR team,\n\nmy {} in the HR system is wrong. It currently says {} but the correct one is {}. My employee number is {}. You can reach me on {} if you need anything.\n\nThanks,\n{}", "Subject: Correct my details in Workday"),
    "de": ("Hallo Personalabteilung,\n\nmeine {} im Personalsystem ist falsch. Hinterlegt ist {}, richtig wäre {}. Meine Personalnummer: {}. Erreichbar unter {}.\n\nViele Grüße\n{}", "Betreff: Korrektur meiner Stammdaten"),
    "fr": ("Bonjour le service RH,\n\nmon {} dans le SIRH est erroné : il indique {} alors que le bon est {}. Mon matricule : {}. Joignable au {}.\n\nCordialement,\n{}", "Objet : Correction de mes données"),
    "es": ("Hola RR. HH.,\n\nmi {} en el sistema está mal: aparece {} y el correcto es {}. Mi número de empleado es {}. Podéis llamarme al {}.\n\nGracias,\n{}", "Asunto: Corregir mis datos"),
    "it": ("Ciao ufficio personale,\n\nil mio {} nel gestionale è sbagliato: risulta {} ma quello giusto è {}. Matricola {}. Mi trovate al {}.\n\nGrazie,\n{}", "Oggetto: Correzione dati anagrafici"),
    "nl": ("Hoi HR,\n\nmijn {} in het HR-systeem klopt niet. Er staat {} maar het juiste is {}. Personeelsnummer {}. Bereikbaar op {}.\n\nGroet,\n{}", "Onderwerp: Gegevens corrigeren"),
    "pt": ("Olá RH,\n\nmeu {} no sistema está errado. Consta {} mas o correto é {}. Minha matrícula é {}. Podem me ligar no {}.\n\nObrigado,\n{}", "Assunto: Corrigir meus dados"),
    "pl": ("Dzień dobry,\n\nmój {} w systemie kadrowym jest błędny. Jest {}, a poprawny to {}. Mój numer pracownika: {}. Telefon: {}.\n\nPozdrawiam,\n{}", "Temat: Korekta danych"),
    "sv": ("Hej HR,\n\nmitt {} i HR-systemet är fel. Där står {} men rätt är {}. Mitt anställningsnummer är {}. Nås på {}.\n\nHälsningar,\n{}", "Ämne: Rätta mina uppgifter"),
    "tr": ("Merhaba İK,\n\nsistemdeki {} bilgim hatalı. Kayıtlı olan {}, doğrusu {}. Sicil numaram {}. Bana {} numarasından ulaşabilirsiniz.\n\nTeşekkürler,\n{}", "Konu: Bilgilerimin düzeltilmesi"),
}


@tpl(14)
def t_hr_ticket(R):
    lang = R.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr"])
    c = Ctx(R, lang, {"en": R.choice(["US", "GB", "IN"])}.get(lang))
    p = c.person(cul={"US": "us", "GB": "gb", "IN": "in"}.get(c.cc) if lang == "en" else None)
    dob = DOBv(R)
    cc = c.cc if lang == "en" else LANG_CC[lang]
    if lang == "pt":
        cc = "BR"
    gens = {"US": ("Social Security number", lambda: g_ssn(R)), "GB": ("National Insurance number", lambda: g_nino(R)), "IN": ("PAN", lambda: g_pan(R, p)),
            "DE": ("Steuer-ID", lambda: g_steuerid(R)), "FR": ("numéro de sécurité sociale", lambda: g_nir(R, dob, p.sex)), "ES": (R.choice(["DNI", "NIE"]), None),
            "IT": ("codice fiscale", lambda: g_cf(R, p, dob)), "NL": ("BSN", lambda: g_bsn(R)), "BR": ("CPF", lambda: g_cpf(R)), "PL": ("PESEL", lambda: g_pesel(R, dob, p.sex)),
            "SE": ("personnummer", lambda: g_pnr(R, dob, p.sex)), "TR": ("TC kimlik numarası", lambda: g_tckn(R))}
    name, fn = gens[cc]
    if cc == "ES":
        fn = (lambda: g_dni(R)) if name == "DNI" else (lambda: g_nie(R))
    body, subj = HRT[lang]
    dom = R.choice(COMPANIES[lang])[1]
    parts = ["From: ", P(p), " <", c.email(p, dom), ">\n", subj, "\n\n"] + fill(body, name, fn(), fn(), N(R.choice(["%05d" % R.randint(1, 99999), "E-%d" % R.randint(1000, 9999)]), "employee_id"),
                                                                                c.phone(region=cc if cc in PLANS or cc == "TR" else None), P(p, "given"))
    q = R.choice(ASK[lang]) if R.random() < .2 else {"en": "Is it safe to send this by email? If not, rewrite it so it doesn't include the numbers.",
                                                     "de": "Kann ich das so per Mail schicken? Falls nicht, formulier es ohne die Nummern um.",
                                                     "fr": "Je peux envoyer ça par mail ? Sinon reformule sans les numéros.", "es": "¿Puedo mandar esto por correo? Si no, reescríbelo sin los números.",
                                                     "it": "Posso mandarlo via mail? Se no, riscrivilo senza i numeri.", "nl": "Kan ik dit zo mailen? Zo niet, herschrijf het zonder de nummers.",
                                                     "pt": "Posso mandar isso por e-mail? Se não, reescreva sem os números.", "pl": "Czy mogę to wysłać mailem? Jeśli nie, przepisz bez numerów.",
                                                     "sv": "Kan jag mejla detta? Om inte, skriv om utan numren.", "tr": "Bunu e-postayla göndermek güvenli mi? Değilse numaralar olmadan yeniden yaz."}[lang]
    return "email", lang, [q, "\n\n"] + parts


GOV_GEN = {
    "us_ssn": lambda R, p, dob: g_ssn(R), "uk_nino": lambda R, p, dob: g_nino(R, False), "uk_nhs": lambda R, p, dob: g_nhs(R),
    "de_steuerid": lambda R, p, dob: g_steuerid(R), "fr_nir": lambda R, p, dob: g_nir(R, dob, p.sex), "es_dni": lambda R, p, dob: g_dni(R),
    "es_nie": lambda R, p, dob: g_nie(R), "it_cf": lambda R, p, dob: g_cf(R, p, dob), "nl_bsn": lambda R, p, dob: g_bsn(R),
    "in_aadhaar": lambda R, p, dob: g_aadhaar(R), "br_cpf": lambda R, p, dob: g_cpf(R), "pl_pesel": lambda R, p, dob: g_pesel(R, dob, p.sex),
    "se_pnr": lambda R, p, dob: g_pnr(R, dob, p.sex), "tr_tckn": lambda R, p, dob: g_tckn(R), "pt_nif": lambda R, p, dob: g_ptnif(R),
    "jp_mynumber": lambda R, p, dob: g_mynumber(R),
}
GOV_CUL = {"us_ssn": "us", "uk_nino": "gb", "uk_nhs": "gb", "de_steuerid": "de", "fr_nir": "fr", "es_dni": "es", "es_nie": "es", "it_cf": "it",
           "nl_bsn": "nl", "in_aadhaar": "in", "br_cpf": "br", "pl_pesel": "pl", "se_pnr": "sv", "tr_tckn": "tr", "pt_nif": "pt", "jp_mynumber": "ja"}
NO_CHECK = {"us_ssn", "in_pan"}


def gov_bad(R, sub):
    """A look-alike of `sub` whose check digit is wrong (a hard negative)."""
    p = mkperson(R, GOV_CUL[sub])
    for _ in range(100):
        v = GOV_GEN[sub](R, p, DOBv(R)).value
        last = v[-1]
        alt = R.choice([c for c in (string.digits if last.isdigit() else string.ascii_uppercase) if c != last])
        w = v[:-1] + alt
        if not gov_ok(sub, w):
            return N(w, "checksum_fail")
    raise AssertionError(sub)


@tpl(14)
def t_etl_log(R):
    lang = pick_lang(R)
    subs = R.sample([s for s in GOV_GEN if s not in NO_CHECK], R.randint(1, 2))
    t0 = "2026-11-%02dT02:%02d" % (R.randint(1, 28), R.randint(0, 59))

    def ts():
        return N("%s:%02d.%03dZ" % (t0, R.randint(0, 59), R.randint(0, 999)), "timestamp")
    job = R.choice(["kyc_import", "hr_sync", "customer_dedupe", "payroll_preflight"])
    parts = [ts(), " INFO  ", job, " started, file ", N("batch_%04d.csv" % R.randint(1, 9999), "file_name"), " (", N("{:,}".format(R.randint(200, 90000)), "row_count"), " rows)\n"]
    for _ in range(R.randint(3, 5)):
        sub = R.choice(subs)
        k = R.random()
        row = N("row %d" % R.randint(2, 90000), "row_no")
        if k < .35:
            parts += [ts(), " WARN  ", row, ": national_id '", gov_bad(R, sub), "' failed checksum (", sub, ") — skipped\n"]
        elif k < .65:
            v = GOV_GEN[sub](R, mkperson(R, GOV_CUL[sub]), DOBv(R))
            parts += [ts(), " ERROR ", row, ": duplicate national_id ", v, " (customer_id ", N(str(R.randint(1000, 99999)), "record_id"), " and ", N(str(R.randint(1000, 99999)), "record_id"), ")\n"]
        else:
            v = GOV_GEN[sub](R, mkperson(R, GOV_CUL[sub]), DOBv(R))
            parts += [ts(), " WARN  ", row, ": national_id ", v, " matched a closed account ", N("ACC-%07d" % R.randint(0, 9999999), "account_no"), ", flagged for review\n"]
    parts += [ts(), " INFO  ", job, " finished: ", N(str(R.randint(100, 90000)), "count"), " imported, ", N(str(R.randint(1, 40)), "count"), " rejected in ", N("%.1fs" % (R.randint(10, 9000) / 10), "duration"), "\n"]
    q = {"en": "Why are some of these ids rejected as invalid? They look fine to me.", "de": "Warum werden einige dieser IDs als ungültig abgelehnt? Die sehen doch richtig aus.",
         "fr": "Pourquoi certains identifiants sont rejetés comme invalides ?", "es": "¿Por qué se rechazan algunos de estos identificadores?", "it": "Perché alcuni di questi codici vengono scartati?",
         "nl": "Waarom worden sommige nummers als ongeldig geweigerd?", "pt": "Por que alguns desses números são rejeitados?", "pl": "Dlaczego część numerów jest odrzucana?",
         "sv": "Varför avvisas vissa av numren?", "tr": "Bu numaraların bazıları neden geçersiz sayılıyor?", "ja": "なぜ一部の番号が無効として弾かれるのですか？"}[lang]
    return "log", lang, [q, "\n\n```\n"] + parts + ["```"]


SCAM = {
    "en": ("Got a call from {} this morning, a guy saying he's from 'Microsoft Support' and my laptop is sending viruses. He wants me to install AnyDesk. Then an SMS from {}: 'Your Office 365 password expires today, verify at m365-verify[.]top'. Legit?",),
    "de": ("Heute Morgen rief {} an, angeblich vom 'Microsoft Support', mein Rechner verschicke Viren. Ich soll AnyDesk installieren. Danach eine SMS von {}: 'Ihr Office-365-Kennwort läuft heute ab'. Ist das echt?",),
    "fr": ("Ce matin appel du {}, soi-disant le 'support Microsoft', mon PC enverrait des virus. Il veut que j'installe AnyDesk. Puis un SMS du {} : 'Votre mot de passe Office 365 expire aujourd'hui'. C'est sérieux ?",),
    "es": ("Esta mañana me llamó el {} diciendo que era 'soporte de Microsoft' y que mi portátil envía virus. Quiere que instale AnyDesk. Luego un SMS del {}: 'Tu contraseña de Office 365 caduca hoy'. ¿Es real?",),
    "it": ("Stamattina mi ha chiamato il {}, dice di essere il 'supporto Microsoft' e che il mio PC manda virus. Vuole che installi AnyDesk. Poi un SMS dal {}: 'La password di Office 365 scade oggi'. È vero?",),
    "nl": ("Vanochtend werd ik gebeld door {}, zogenaamd 'Microsoft Support', mijn laptop zou virussen versturen. Ik moet AnyDesk installeren. Daarna een sms van {}: 'Uw Office 365-wachtwoord verloopt vandaag'. Echt?",),
    "pt": ("Hoje de manhã recebi uma ligação do {}, dizendo ser do 'suporte da Microsoft' e que meu notebook está enviando vírus. Quer que eu instale o AnyDesk. Depois um SMS do {}: 'Sua senha do Office 365 expira hoje'. É verdade?",),
    "pl": ("Rano zadzwonił ktoś z numeru {}, rzekomo 'wsparcie Microsoft', że mój laptop wysyła wirusy. Chce, żebym zainstalował AnyDesk. Potem SMS z {}: 'Twoje hasło Office 365 wygasa dziś'. To prawda?",),
    "sv": ("I morse ringde {} och sa sig vara 'Microsoft Support', att min dator skickar virus. Jag ska installera AnyDesk. Sedan ett sms från {}: 'Ditt Office 365-lösenord går ut i dag'. Äkta?",),
    "tr": ("Bu sabah {} numarasından 'Microsoft Destek' olduğunu söyleyen biri aradı, bilgisayarım virüs gönderiyormuş. AnyDesk kurmamı istiyor. Sonra {} numarasından SMS: 'Office 365 şifreniz bugün sona eriyor'. Gerçek mi?",),
    "ja": ("今朝{}から「マイクロソフトサポート」を名乗る電話があり、PCがウイルスを送信していると言われました。AnyDeskを入れろと。その後{}からSMS:「Office 365のパスワードが本日失効します」。本物ですか？",),
}


@tpl(14)
def t_scam_call(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    foreign = R.random() < .4
    reg2 = R.choice(["GB", "US", "IN", "NL", "DE", "FR"]) if foreign else None
    ph2 = c.phone(reg2, read_in=c.cc if foreign else None) if foreign else c.phone()
    parts = fill(SCAM[lang][0], c.phone(kind=None), ph2)
    if R.random() < .5:
        parts += ["\n", {"en": "The caller ID also showed ", "de": "Im Display stand auch ", "fr": "L'écran affichait aussi "}.get(lang, "Caller ID: "), N(R.choice(["(123) 456-7890", "+999 1234 5678", "0000 000 000", "+1 (800) 000-0000", "112", "911"]), "invalid_phone"), "."]
    return "chat", lang, parts


@tpl(8)
def t_bounce(R):
    lang = pick_lang(R)
    c = Ctx(R, lang)
    p = c.person()
    em = c.email(p, R.choice(COMPANIES[lang])[1] if R.random() < .6 else None, free=R.random() < .4)
    parts = ["Delivery has failed to these recipients or groups:\n\n", em, "\nThe recipient's mailbox is full and can't accept messages now.\n\nDiagnostic information for administrators:\nGenerating server: ",
             N(R.choice(["AM9PR04MB8114.eurprd04.prod.outlook.com", "DB8PR10MB3977.EURPRD10.PROD.OUTLOOK.COM", "mx01.atelier-morvan.fr"]), "hostname"), "\nRemote server returned '552 5.2.2 mailbox full' \nOriginal message headers:\nReceived: from ",
             N("mail-ed1-f54.google.com", "hostname"), " (", IP(R, "web"), ") by ", N("mx.tannhof.de", "hostname"), " with ESMTPS id ", N(rnd(R, string.ascii_lowercase + string.digits, 12), "queue_id"), "; ",
             N("Thu, %d Nov 2026 %s +0000" % (R.randint(1, 28), hhmmss(R)), "timestamp"), "\nX-MS-Exchange-Organization-Network-Message-Id: ", N(uuid4(R), "message_id"), "\n"]
    return "email", lang, wrap(R, lang, parts, kind="debug")


@tpl(3)
def t_fail2ban_q(R):
    lang = pick_lang(R)
    parts = ["$ sudo fail2ban-client status sshd\nStatus for the jail: sshd\n|- Filter\n|  |- Currently failed:\t", N(str(R.randint(0, 30)), "count"), "\n|  `- Total failed:\t", N(str(R.randint(100, 9000)), "count"),
             "\n`- Actions\n   |- Currently banned:\t", str(R.randint(1, 3)), "\n   `- Banned IP list:\t", IP(R, "web")]
    if R.random() < .6:
        parts += [" ", IP(R, R.choice(["pub", "priv"]))]
    parts += ["\n$ grep 'Failed password' /var/log/auth.log | tail -1\n", N("Nov %2d %s" % (R.randint(1, 28), hhmmss(R)), "timestamp"), " vps sshd[", N(str(R.randint(1000, 99999)), "pid"),
              "]: Failed password for invalid user ", N(R.choice(["admin", "test", "oracle", "ubnt"]), "service_user"), " from ", IP(R, "pub"), " port ", N(str(R.randint(1024, 65535)), "port"), " ssh2\n"]
    q = {"en": "One of the banned IPs is our office. How do I whitelist it without turning fail2ban off?", "de": "Eine der gesperrten IPs ist unser Büro. Wie setze ich sie auf die Whitelist?",
         "fr": "Une des IP bannies est celle du bureau. Comment l'exclure ?", "es": "Una de las IP bloqueadas es la de la oficina. ¿Cómo la añado a la lista blanca?",
         "it": "Uno degli IP bannati è il nostro ufficio. Come lo metto in whitelist?", "nl": "Een van de gebande IP's is ons kantoor. Hoe whitelist ik die?",
         "pt": "Um dos IPs banidos é do escritório. Como libero?", "pl": "Jeden z zablokowanych adresów to nasze biuro. Jak go odblokować na stałe?",
         "sv": "En av de bannade IP-adresserna är kontoret. Hur vitlistar jag den?", "tr": "Yasaklanan IP'lerden biri ofisimiz. Nasıl beyaz listeye alırım?",
         "ja": "BANされたIPの一つが社内です。どうやってホワイトリストに入れますか？"}[lang]
    return "shell", lang, [q, "\n\n"] + parts


TOKEN_KINDS = ["github_pat", "github_fine_grained", "gitlab_pat", "slack_token", "npm_token", "huggingface", "dockerhub", "digitalocean", "shopify", "linear", "notion",
               "doppler", "grafana", "newrelic", "postman", "atlassian", "telegram", "mailgun", "tfc", "pypi", "vault", "anthropic", "openai", "google_api_key", "age", "twilio"]
TOKQ = {
    "en": ["Is this token still valid and what scopes does it have? ", "Which service issued this key? ", "I found this in an old script, should I revoke it? "],
    "de": ["Ist dieses Token noch gültig, welche Rechte hat es? ", "Zu welchem Dienst gehört dieser Schlüssel? ", "Das stand in einem alten Skript, sollte ich es widerrufen? "],
    "fr": ["Ce jeton est-il encore valide, avec quels droits ? ", "Quel service a émis cette clé ? ", "Trouvé dans un vieux script, je dois le révoquer ? "],
    "es": ["¿Este token sigue siendo válido y qué permisos tiene? ", "¿Qué servicio emitió esta clave? ", "Lo encontré en un script viejo, ¿lo revoco? "],
    "it": ["Questo token è ancora valido e che permessi ha? ", "Quale servizio ha emesso questa chiave? ", "L'ho trovato in un vecchio script, lo revoco? "],
    "nl": ["Is dit token nog geldig en welke rechten heeft het? ", "Van welke dienst is deze sleutel? ", "Gevonden in een oud script, moet ik het intrekken? "],
    "pt": ["Esse token ainda é válido e quais permissões tem? ", "Que serviço emitiu esta chave? ", "Achei num script antigo, devo revogar? "],
    "pl": ["Czy ten token jest jeszcze ważny i jakie ma uprawnienia? ", "Który serwis wystawił ten klucz? ", "Znalazłem to w starym skrypcie, unieważnić? "],
    "sv": ["Är den här token fortfarande giltig och vilka rättigheter har den? ", "Vilken tjänst utfärdade nyckeln? "],
    "tr": ["Bu token hâlâ geçerli mi, hangi yetkileri var? ", "Bu anahtarı hangi servis üretti? "],
    "ja": ["このトークンはまだ有効ですか？権限は？ ", "このキーはどのサービスのものですか？ "],
}


@tpl(12)
def t_token_check(R):
    lang = pick_lang(R)
    kind = R.choice(TOKEN_KINDS)
    parts = [R.choice(TOKQ[lang]), "\n\n", S(R, kind), "\n"]
    if R.random() < .5:
        parts += ["\n", R.choice(["(the public one next to it was ", "(next to it in the file: ", "(also saw "]), N(R.choice([stripe_pk(R), mapbox_pk(R), "ghp_" + "x" * 36, "sk-..." + rnd(R, ALNUM, 4), "<your-token>", "AKIA" + "X" * 16]), "placeholder"), ")\n"]
    return "chat", lang, parts


WIFI_PROSE = {
    "en": ["Meeting room Wi-Fi: {}, password {} — the projector is on the same network.", "guest wifi is {} / {} if anyone asks"],
    "de": ["WLAN im Besprechungsraum: {}, Passwort {} — der Beamer hängt im selben Netz.", "Gäste-WLAN ist {} / {}, falls jemand fragt"],
    "fr": ["Wi-Fi de la salle de réunion : {}, mot de passe {} — le vidéoprojecteur est sur le même réseau.", "wifi invités : {} / {} si on vous demande"],
    "es": ["Wi-Fi de la sala: {}, contraseña {} — el proyector está en la misma red.", "wifi de invitados: {} / {} por si alguien pregunta"],
    "it": ["Wi-Fi sala riunioni: {}, password {} — il proiettore è sulla stessa rete.", "wifi ospiti: {} / {} se qualcuno chiede"],
    "nl": ["Wifi vergaderzaal: {}, wachtwoord {} — de beamer zit op hetzelfde netwerk.", "gastenwifi is {} / {} als iemand het vraagt"],
    "pt": ["Wi-Fi da sala de reunião: {}, senha {} — o projetor está na mesma rede.", "wifi de visitantes: {} / {} se alguém perguntar"],
    "pl": ["Wi-Fi w sali: {}, hasło {} — rzutnik jest w tej samej sieci.", "wifi dla gości: {} / {} gdyby ktoś pytał"],
    "sv": ["Wi-Fi i mötesrummet: {}, lösenord {} — projektorn sitter på samma nät.", "gäst-wifi är {} / {} om någon frågar"],
    "tr": ["Toplantı odası Wi-Fi: {}, şifre {} — projeksiyon aynı ağda.", "misafir wifi {} / {} soran olursa"],
    "ja": ["会議室のWi-Fi: {}、パスワード {}。プロジェクターも同じネットワークです。", "ゲストWi-Fiは {} / {} です"],
}


@tpl(14)
def t_wifi_prose(R):
    lang = pick_lang(R)
    ssid = N(R.choice(["MR-Aurora", "Kestrel-Guest", "Gaeste", "Invites-2G", "Sala-Reuniones", "Ospiti", "Vergaderzaal", "Goście", "Gäst", "Misafir", "MINATO-MTG"]), "ssid")
    parts = fill(R.choice(WIFI_PROSE[lang]), ssid, SEC(pw(R, "prose", R.choice(["human", "phrase", "rand"])), "wifi_psk"))
    if R.random() < .4:
        parts = [R.choice(ASK[lang]), " "] + parts + ["\n"] + ["Printer: ", N(R.choice(["HP M479fdw", "Brother MFC-L8900CDW"]), "model"), " S/N ", N(serialno(R), "serial"), "\n"]
    else:
        parts = [{"en": "Can you make this into a nice sign for the door?", "de": "Kannst du daraus ein Schild für die Tür machen?", "fr": "Tu peux en faire une affiche pour la porte ?"}.get(lang, R.choice(ASK_DATA[lang])), "\n\n"] + parts
    return "notes", lang, parts


@tpl(8)
def t_xml_configs(R):
    lang = pick_lang(R)
    blocks = R.sample(["nuget", "webconfig", "context", "pom", "router"], R.randint(2, 3))
    parts = []
    for b in blocks:
        if b == "nuget":
            parts += ["<!-- NuGet.Config -->\n<configuration>\n  <packageSources>\n    <add key=\"internal\" value=\"https://", N("nexus.tannhof.de", "hostname"),
                      "/repository/nuget-group/\" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key=\"Username\" value=\"ci-nuget\" />\n      <add key=\"ClearTextPassword\" value=\"",
                      SEC(pw(R, "xml"), "password"), "\" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n\n"]
        elif b == "webconfig":
            parts += ["<!-- web.config -->\n<connectionStrings>\n  <add name=\"Default\" connectionString=\"Data Source=", IP(R, "priv"), ";Initial Catalog=Shop;User ID=shop;Password=",
                      SEC(pw(R, "xml"), "password"), ";\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>\n<appSettings>\n  <add key=\"SmtpPassword\" value=\"", SEC(pw(R, "xml"), "password"),
                      "\" />\n  <add key=\"PaymentApiKey\" value=\"", S(R, "stripe"), "\" />\n  <add key=\"PublishableKey\" value=\"", N(stripe_pk(R), "stripe_pk"), "\" />\n</appSettings>\n\n"]
        elif b == "context":
            parts += ["<!-- META-INF/context.xml -->\n<Context>\n  <Resource name=\"jdbc/erp\" auth=\"Container\" type=\"javax.sql.DataSource\"\n            username=\"erp\" password=\"",
                      SEC(pw(R, "xml"), "password"), "\"\n            url=\"jdbc:postgresql://", IP(R, "priv"), ":5432/erp\" maxTotal=\"", N("20", "config_value"), "\" />\n</Context>\n\n"]
        elif b == "pom":
            parts += ["<!-- pom.xml -->\n<properties>\n  <java.version>21</java.version>\n  <flyway.url>jdbc:mysql://", IP(R, "priv"), ":3306/app</flyway.url>\n  <flyway.user>migrator</flyway.user>\n  <flyway.password>",
                      SEC(pw(R, "xml"), "password"), "</flyway.password>\n  <sonar.token>", SEC("squ_" + hexs(R, 40), "sonarqube"), "</sonar.token>\n</properties>\n\n"]
        else:
            parts += ["<!-- firewall backup config.xml -->\n<system>\n  <user>\n    <name>admin</name>\n    <bcrypt-hash>", N(bcrypt(R).replace("$2b$", "$2y$"), "password_hash"),
                      "</bcrypt-hash>\n  </user>\n</system>\n<ipsec>\n  <phase1>\n    <remote-gateway>", IP(R, "pub"), "</remote-gateway>\n    <pre-shared-key>", SEC(pw(R, "xml", "rand"), "ipsec_psk"),
                      "</pre-shared-key>\n  </phase1>\n</ipsec>\n\n"]
    parts += [R.choice(["error NU1301: Unable to load the service index for source https://nexus.tannhof.de/repository/nuget-group/index.json.",
                        "Login failed for user 'shop'. (Microsoft SQL Server, Error: 18456)", "org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"erp\"",
                        "ERROR: Flyway failed to connect: Access denied for user 'migrator'"]), "\n"]
    return "config", lang, wrap(R, lang, parts)


# ---------------------------------------------------------------- clean templates (no personal data, no secret)
def clang(R):
    return pick_lang(R, en=0.5)


@ctpl(9)
def c_env_example(R):
    lang = clang(R)
    body = ["# .env.example — copy to .env and fill in\nAPP_ENV=local\nPORT=", N(str(R.choice([3000, 8080, 5173])), "port"), "\nDATABASE_URL=postgres://app:",
            N(R.choice(["<password>", "changeme", "${DB_PASSWORD}", "CHANGE_ME"]), "placeholder"), "@", N("localhost", "hostname"), ":5432/app\nREDIS_URL=redis://",
            N("127.0.0.1", "loopback"), ":6379/0\nSTRIPE_SECRET_KEY=", N(R.choice(["sk_test_your_key_here", "sk_live_••••••••", "<your-stripe-secret>"]), "placeholder"), "\nSTRIPE_PUBLISHABLE_KEY=",
            N(stripe_pk(R), "stripe_pk"), "\nOPENAI_API_KEY=", N(R.choice(["<your-token>", "sk-...", "YOUR_API_KEY_HERE"]), "placeholder"), "\nSMTP_USER=", N("you@example.com", "example_email"),
            "\nSMTP_PASSWORD=\nAWS_ACCESS_KEY_ID=", N("AKIA" + "X" * 16, "placeholder"), "\nAWS_SECRET_ACCESS_KEY=", N("****", "masked"), "\nSESSION_SECRET=", N("generate-with-openssl-rand-hex-32", "placeholder"),
            "\n# password policy: ", N(R.choice(["at least 12 characters", "min. 16 chars, rotated every 90 days", "12+ characters incl. one digit"]), "policy_text"), "\n"]
    return "env", lang, wrap(R, lang, body, kind="debug")


@ctpl(8)
def c_gha_refs(R):
    lang = clang(R)
    body = ["name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@", N(git_sha(R), "git_sha"), "\n      - uses: actions/setup-node@",
            N(git_sha(R), "git_sha"), "\n        with:\n          node-version: ", N("22.x", "version"), "\n      - run: npm ci\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ", N("${{ secrets.NPM_TOKEN }}", "template_ref"),
            "\n      - uses: docker/login-action@v3\n        with:\n          username: ", N("${{ vars.DOCKERHUB_USER }}", "template_ref"), "\n          password: ", N("${{ secrets.DOCKERHUB_TOKEN }}", "template_ref"),
            "\n      - run: ./deploy.sh\n        env:\n          SSH_KEY: ", N("${{ secrets.DEPLOY_SSH_KEY }}", "template_ref"), "\n          TARGET: ", N("deploy@web01.prod.internal", "ssh_target"), "\n"]
    return "yaml", lang, wrap(R, lang, body)


@ctpl(8)
def c_k8s_manifest(R):
    lang = clang(R)
    body = ["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels:\n    app.kubernetes.io/version: \"", N(semver(R), "version"), "\"\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/sablepeak/api@",
            N(digest(R), "docker_digest"), "\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ", N("api-db", "secret_name"), "\n                  key: password\n            - name: STRIPE_KEY\n              value: ",
            N("{{ .Values.stripe.key }}", "template_ref"), "\n          resources:\n            limits:\n              memory: ", N("512Mi", "bytes"), "\n              cpu: ", N("500m", "cpu"), "\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: ",
            N("8080", "port"), "\n            periodSeconds: ", N("10", "duration"), "\n"]
    return "yaml", lang, wrap(R, lang, body)


@ctpl(8)
def c_ci_masked_log(R):
    lang = clang(R)
    body = []
    for step in R.sample(["Checkout", "Install", "Lint", "Test", "Build image", "Push", "Deploy"], 5):
        body += [N(ts_iso(R), "timestamp"), " ##[group]", step, "\n"]
    body += [N(ts_iso(R), "timestamp"), " + docker login -u ci-bot -p ", N("***", "masked"), " registry.tannhof.de\n", N(ts_iso(R), "timestamp"), " Login Succeeded\n",
             N(ts_iso(R), "timestamp"), " #12 pushing manifest for registry.tannhof.de/app:", N(git_sha(R, True), "git_sha"), "@", N(digest(R), "docker_digest"), " ", N("%.1fs" % (R.randint(5, 300) / 10), "duration"), " done\n",
             N(ts_iso(R), "timestamp"), " Tests: ", N(str(R.randint(100, 900)), "count"), " passed, 1 failed (", N("%dm %ds" % (R.randint(1, 9), R.randint(1, 59)), "duration"), ")\n",
             N(ts_iso(R), "timestamp"), " ##[error]Process completed with exit code 1. Run #", N(str(R.randint(1000, 9999)), "build_number"), "\n"]
    return "log", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_checksums(R):
    lang = clang(R)
    v = semver(R)
    body = ["$ curl -LO https://releases.example.org/tool-", v, "-linux-amd64.tar.gz\n$ sha256sum -c SHA256SUMS --ignore-missing\ntool-", v, "-linux-amd64.tar.gz: FAILED\nsha256sum: WARNING: 1 computed checksum did NOT match\n$ sha256sum tool-", v,
            "-linux-amd64.tar.gz\n", N(hexs(R, 64), "sha256"), "  tool-", v, "-linux-amd64.tar.gz\n$ grep linux-amd64 SHA256SUMS\n", N(hexs(R, 64), "sha256"), "  tool-", v, "-linux-amd64.tar.gz\n$ gpg --verify SHA256SUMS.sig\ngpg: Signature made ",
            N("Mon %d Nov 2026 %s UTC" % (R.randint(1, 28), hhmmss(R)), "timestamp"), "\ngpg:                using EDDSA key ", N(rnd(R, "0123456789ABCDEF", 40), "gpg_fingerprint"), "\ngpg: Good signature from \"Tool Release Signing\"\n$ ls -l\n",
            N("-rw-r--r--", "file_mode"), " 1 me me ", N(str(R.randint(10 ** 6, 9 * 10 ** 7)), "bytes"), " Nov ", str(R.randint(1, 28)), " ", N(hhmmss(R)[:5], "time"), " tool-", v, "-linux-amd64.tar.gz\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_npm_lock(R):
    lang = clang(R)
    body = ["\"node_modules/", ]
    pk = R.sample(["express", "lodash", "axios", "zod", "pino", "undici", "semver", "commander"], 3)
    body = ["{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n"]
    for p in pk:
        v = semver(R)
        body += ["    \"node_modules/", p, "\": {\n      \"version\": \"", N(v, "version"), "\",\n      \"resolved\": \"https://registry.npmjs.org/", p, "/-/", p, "-", v, ".tgz\",\n      \"integrity\": \"",
                 N(npm_integrity(R), "npm_integrity"), "\"\n    },\n"]
    body += ["  }\n}\n\nnpm ERR! code EINTEGRITY\nnpm ERR! sha512-... integrity checksum failed when using sha512\n"]
    return "json", lang, wrap(R, lang, body)


@ctpl(8)
def c_docker_output(R):
    lang = clang(R)
    body = ["$ docker pull postgres:16\n16: Pulling from library/postgres\nDigest: ", N(digest(R), "docker_digest"), "\nStatus: Downloaded newer image for postgres:16\n$ docker images\nREPOSITORY   TAG    IMAGE ID       CREATED       SIZE\npostgres     16     ",
            N(hexs(R, 12), "image_id"), "   ", str(R.randint(2, 20)), " days ago   ", N("%dMB" % R.randint(100, 900), "bytes"), "\n$ docker ps\nCONTAINER ID   IMAGE         PORTS                      NAMES\n", N(hexs(R, 12), "container_id"),
            "   postgres:16   ", N("127.0.0.1:5432->5432/tcp", "loopback"), "   db\n", N(hexs(R, 12), "container_id"), "   nginx:1.27    ", N("0.0.0.0:443->443/tcp, [::]:443->443/tcp", "unspecified_ip"), "   proxy\n$ docker logs db | tail -2\n",
            N(ts_iso(R), "timestamp"), " LOG:  database system is ready to accept connections\n", N(ts_iso(R), "timestamp"), " FATAL:  password authentication failed for user \"app\"\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_git_oneline(R):
    lang = clang(R)
    msgs = ["fix: retry S3 upload on 503", "chore(deps): bump axios to " + semver(R), "feat: add health endpoint", "refactor: move config loading", "docs: explain DB_PASSWORD env var",
            "ci: cache pip downloads", "fix(auth): reject expired refresh tokens", "revert \"feat: new login page\"", "test: cover password policy (min 12 chars)"]
    body = ["$ git log --oneline -n 6\n"]
    for m in R.sample(msgs, 6):
        body += [N(git_sha(R, True), "git_sha"), " ", m, "\n"]
    body += ["$ git describe --tags\n", N("v" + semver(R) + "-%d-g%s" % (R.randint(1, 40), hexs(R, 7)), "version"), "\n$ git rev-parse HEAD\n", N(git_sha(R), "git_sha"), "\n"]
    return "git", lang, wrap(R, lang, body, fence=True)


@ctpl(8)
def c_systemctl(R):
    lang = clang(R)
    svc = R.choice(["nginx", "postgresql@16-main", "redis-server", "grafana-server", "node_exporter"])
    body = ["$ systemctl status ", N(svc, "systemd_unit"), "\n● ", svc, ".service\n     Loaded: loaded (/lib/systemd/system/", svc, ".service; enabled)\n     Active: active (running) since ", N("Tue 2026-11-%02d %s UTC" % (R.randint(1, 28), hhmmss(R)), "timestamp"),
            "; ", N("%d days ago" % R.randint(1, 40), "duration"), "\n   Main PID: ", N(str(R.randint(300, 99999)), "pid"), " (", svc.split("@")[0], ")\n      Tasks: ", N(str(R.randint(2, 60)), "count"), " (limit: 4647)\n     Memory: ",
            N("%.1fM" % (R.randint(50, 9000) / 10), "bytes"), "\n        CPU: ", N("%dmin %.3fs" % (R.randint(0, 90), R.randint(0, 59999) / 1000), "duration"), "\n$ ss -tlnp | grep ", svc.split("@")[0][:5], "\nLISTEN 0 511 ",
            N("127.0.0.1:%d" % R.choice([5432, 6379, 3000, 9100]), "loopback"), " ", N("0.0.0.0:*", "unspecified_ip"), " users:((\"", svc.split("@")[0][:8], "\",pid=", N(str(R.randint(300, 99999)), "pid"), ",fd=", N(str(R.randint(3, 20)), "fd"), "))\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_ls_df(R):
    lang = clang(R)
    body = ["$ ls -li /var/backups\ntotal ", N(str(R.randint(1000, 90000)), "blocks"), "\n"]
    for f in R.sample(["db-2026-11-30.sql.gz", "etc.tar.zst", "dpkg.status.0", "apt.extended_states.0", "passwd.bak", "shadow.bak"], 4):
        body += [N(str(R.randint(100000, 9999999)), "inode"), " ", N("-rw-r-----", "file_mode"), " 1 root root ", N(str(R.randint(300, 9 * 10 ** 8)), "bytes"), " Nov ", str(R.randint(1, 28)), " ", N(hhmmss(R)[:5], "time"), " ", f, "\n"]
    body += ["$ df -h /\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p2  ", N("%dG" % R.randint(40, 900), "bytes"), "  ", N("%dG" % R.randint(10, 400), "bytes"), "  ", N("%dG" % R.randint(1, 100), "bytes"), "  ",
             N("%d%%" % R.randint(60, 99), "percent"), " /\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


POLICY = {
    "en": "Password policy (v{}): at least 14 characters; no reuse of the last 24; MFA required for VPN and e-mail; service account secrets rotate every 90 days and live in Vault, never in tickets. Lockout after 10 failed attempts for 15 minutes.",
    "de": "Passwortrichtlinie (v{}): mindestens 12 Zeichen, davon Groß- und Kleinbuchstaben und eine Ziffer; keine Wiederverwendung der letzten 10; Sperre nach 5 Fehlversuchen für 30 Minuten. Kennwörter niemals per Mail oder Ticket weitergeben.",
    "fr": "Politique de mots de passe (v{}) : 12 caractères minimum, renouvellement tous les 180 jours, verrouillage après 5 échecs. Ne jamais transmettre un mot de passe par e-mail ou ticket.",
    "es": "Política de contraseñas (v{}): mínimo 12 caracteres, caducidad cada 90 días, bloqueo tras 5 intentos fallidos. Nunca enviar contraseñas por correo ni en tickets.",
    "it": "Policy password (v{}): almeno 12 caratteri, scadenza ogni 90 giorni, blocco dopo 5 tentativi errati. Mai inviare password via e-mail o ticket.",
    "nl": "Wachtwoordbeleid (v{}): minimaal 12 tekens, MFA verplicht, blokkering na 5 mislukte pogingen. Deel wachtwoorden nooit via mail of ticket.",
    "pt": "Política de senhas (v{}): mínimo de 12 caracteres, troca a cada 90 dias, bloqueio após 5 tentativas. Nunca enviar senhas por e-mail ou chamado.",
    "pl": "Polityka haseł (v{}): co najmniej 12 znaków, zmiana co 90 dni, blokada po 5 nieudanych próbach. Nigdy nie wysyłaj haseł mailem.",
    "sv": "Lösenordspolicy (v{}): minst 12 tecken, byte var 90:e dag, spärr efter 5 misslyckade försök. Skicka aldrig lösenord via mejl.",
    "tr": "Parola politikası (v{}): en az 12 karakter, 90 günde bir değişim, 5 hatalı denemede kilit. Parolaları asla e-postayla göndermeyin.",
    "ja": "パスワードポリシー（v{}）: 12文字以上、90日ごとに変更、5回失敗でロック。パスワードをメールやチケットで送らないこと。",
}


@ctpl(8)
def c_policy(R):
    lang = clang(R)
    ask = {"en": "Can you make this shorter for the intranet?", "de": "Kannst du das fürs Intranet kürzen?", "fr": "Tu peux raccourcir ça pour l'intranet ?",
           "es": "¿Lo acortas para la intranet?", "it": "Puoi accorciarlo per l'intranet?", "nl": "Kun je dit inkorten voor het intranet?", "pt": "Pode encurtar isto para a intranet?",
           "pl": "Możesz to skrócić na intranet?", "sv": "Kan du korta ned detta till intranätet?", "tr": "Bunu intranet için kısaltır mısın?", "ja": "社内ポータル用に短くしてください。"}[lang]
    txt = POLICY[lang].split("{}")
    return "notes", lang, [ask, "\n\n", txt[0], N("%d.%d" % (R.randint(1, 5), R.randint(0, 9)), "version"), N(txt[1], "policy_text"), "\nSecrets to rotate this quarter: ",
                           N(", ".join(R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "SMTP_PASSWORD", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY"], 3)), "secret_name"), "\n"]


@ctpl(7)
def c_vuln_scan(R):
    lang = clang(R)
    body = ["$ trivy image ghcr.io/sablepeak/api:", N(semver(R), "version"), "\nTotal: ", str(R.randint(3, 20)), " (HIGH: ", str(R.randint(1, 9)), ", CRITICAL: ", str(R.randint(0, 3)),
            ")\n\n│ Library │ Vulnerability │ Severity │ Installed Version │ Fixed Version │\n"]
    for lib in R.sample(["openssl", "libxml2", "zlib", "curl", "glibc", "expat", "sqlite-libs"], 4):
        body += ["│ ", lib, " │ ", N(cve(R), "cve"), " │ ", R.choice(["HIGH", "CRITICAL", "MEDIUM"]), " │ ", N(semver(R) + "-r%d" % R.randint(0, 9), "version"), " │ ", N(semver(R) + "-r%d" % R.randint(0, 9), "version"), " │\n"]
    return "log", lang, wrap(R, lang, body, fence=True)


@ctpl(8)
def c_asset_noname(R):
    lang = clang(R)
    body = ["Asset tag,Model,Serial,IMEI,Wi-Fi MAC,Status,Warranty end\n"]
    for _ in range(R.randint(4, 6)):
        body += [N("A-%05d" % R.randint(1, 99999), "asset_tag"), ",", R.choice(["iPhone 15", "Galaxy A55", "ThinkPad T14", "Zebra TC52", "iPad 10th gen"]), ",", N(serialno(R), "serial"), ",", N(imei(R), "imei"), ",",
                 N(mac(R), "mac"), ",", R.choice(["in stock", "repair", "retired", "spare"]), ",", N("20%02d-%02d-%02d" % (R.randint(26, 29), R.randint(1, 12), R.randint(1, 28)), "date"), "\n"]
    return "csv", lang, wrap(R, lang, body, kind="data")


@ctpl(7)
def c_http_headers(R):
    lang = clang(R)
    body = ["$ curl -sI https://cdn.example.net/app.", hexs(R, 8), ".js\nHTTP/2 200\ncontent-type: application/javascript\ncontent-length: ", N(str(R.randint(10000, 900000)), "bytes"), "\netag: ",
            N(etag(R), "etag"), "\ncache-control: public, max-age=31536000, immutable\nlast-modified: ", N("Mon, %02d Nov 2026 %s GMT" % (R.randint(1, 28), hhmmss(R)), "timestamp"), "\nx-request-id: ",
            N(req_id(R), "request_id"), "\ntraceparent: ", N(traceparent(R), "trace_id"), "\nx-cache: HIT\nage: ", N(str(R.randint(1, 90000)), "duration"), "\nserver-timing: edge;dur=", N(str(R.randint(1, 90)), "duration"), "\n"]
    return "http", lang, wrap(R, lang, body, fence=True)


@ctpl(8)
def c_tf_plan(R):
    lang = clang(R)
    acct = aws_account(R)
    body = ["Terraform will perform the following actions:\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"", N("db-" + rnd(R, string.ascii_uppercase + string.digits, 26), "resource_id"),
            "\"\n      ~ password = (sensitive value)\n        arn      = \"", N("arn:aws:rds:eu-central-1:%s:db:main" % acct, "aws_arn"), "\"\n      ~ engine_version = \"", N("16.3", "version"), "\" -> \"", N("16.4", "version"),
            "\"\n    }\n\n  # aws_secretsmanager_secret_version.api will be created\n  + resource \"aws_secretsmanager_secret_version\" \"api\" {\n      + secret_string = (sensitive value)\n      + version_id    = (known after apply)\n    }\n\nPlan: 1 to add, 1 to change, 0 to destroy.\n"]
    return "log", lang, wrap(R, lang, body, fence=True)


@ctpl(8)
def c_sql_schema(R):
    lang = clang(R)
    body = ["CREATE TABLE users (\n  id            bigserial PRIMARY KEY,\n  email         citext UNIQUE NOT NULL,\n  ", N("password_hash", "column_name"), " text NOT NULL,\n  ", N("phone_e164", "column_name"),
            "    varchar(16),\n  ", N("ssn_last4", "column_name"), "     char(4),\n  ", N("api_key_id", "column_name"), "    uuid DEFAULT gen_random_uuid(),\n  ", N("token_expires_at", "column_name"),
            " timestamptz,\n  created_at    timestamptz DEFAULT now()\n);\n-- migration ", N("20261104%06d" % R.randint(0, 235959), "migration_id"), "_add_mfa.sql\nALTER TABLE users ADD COLUMN ", N("totp_secret_enc", "column_name"), " bytea;\n"]
    return "sql", lang, wrap(R, lang, body)


@ctpl(7)
def c_jenkins_ids(R):
    lang = clang(R)
    body = ["pipeline {\n  agent any\n  environment {\n    REGISTRY_CREDS = credentials('", N("harbor-robot", "credential_id"), "')\n    SONAR = credentials('", N("sonar-token", "credential_id"),
            "')\n  }\n  stages {\n    stage('Deploy') {\n      steps {\n        withCredentials([usernamePassword(credentialsId: '", N("prod-ssh", "credential_id"), "', usernameVariable: 'U', passwordVariable: 'P')]) {\n          sh 'sshpass -p \"$P\" ssh \"$U\"@app01 ./deploy.sh'\n        }\n      }\n    }\n  }\n}\n"]
    return "code", lang, wrap(R, lang, body)


TICKET_CLEAN = {
    "en": "Printer on the 3rd floor shows error {} and prints blank pages. Toner was replaced on {}. Model {}, serial {}. Part ordered: drum unit {}, order {}.",
    "de": "Der Drucker im 3. OG zeigt Fehler {} und druckt leere Seiten. Toner wurde am {} getauscht. Modell {}, Seriennummer {}. Bestellt: Trommeleinheit {}, Auftrag {}.",
    "fr": "L'imprimante du 3e affiche l'erreur {} et sort des pages blanches. Toner changé le {}. Modèle {}, n° de série {}. Commandé : tambour {}, commande {}.",
    "es": "La impresora de la 3ª planta muestra el error {} y saca hojas en blanco. Tóner cambiado el {}. Modelo {}, n.º de serie {}. Pedido: tambor {}, pedido {}.",
    "it": "La stampante al 3° piano dà l'errore {} e stampa pagine bianche. Toner cambiato il {}. Modello {}, matricola {}. Ordinato: tamburo {}, ordine {}.",
    "nl": "De printer op de 3e verdieping geeft fout {} en print lege pagina's. Toner vervangen op {}. Model {}, serienummer {}. Besteld: drum {}, order {}.",
    "pt": "A impressora do 3º andar mostra o erro {} e imprime folhas em branco. Toner trocado em {}. Modelo {}, série {}. Pedido: cilindro {}, pedido {}.",
    "pl": "Drukarka na 3. piętrze pokazuje błąd {} i drukuje puste strony. Toner wymieniony {}. Model {}, nr seryjny {}. Zamówiono bęben {}, zamówienie {}.",
    "sv": "Skrivaren på plan 3 visar fel {} och skriver ut tomma sidor. Toner byttes {}. Modell {}, serienummer {}. Beställt: trumma {}, order {}.",
    "tr": "3. kattaki yazıcı {} hatası veriyor ve boş sayfa basıyor. Toner {} tarihinde değişti. Model {}, seri no {}. Sipariş: drum {}, sipariş {}.",
    "ja": "3階のプリンターがエラー{}を表示し白紙を印刷します。トナーは{}に交換済み。機種{}、シリアル{}。ドラム{}を発注、注文番号{}。",
}


@ctpl(8)
def c_ticket_noperson(R):
    lang = clang(R)
    t = TICKET_CLEAN[lang]
    return "ticket", lang, ["Ticket ", N("INC%07d" % R.randint(10000, 999999), "ticket_no"), "\n"] + fill(t, N(R.choice(["E-41", "SC543", "0x1F02", "C-2557"]), "error_code"), N("2026-11-%02d" % R.randint(1, 28), "date"),
                                                                                                        N(R.choice(["Kyocera TASKalfa 2553ci", "HP M479fdw", "Brother HL-L6400DW"]), "model"), N(serialno(R), "serial"),
                                                                                                        N(ean13(R), "ean"), N("PO-%d" % R.randint(10000, 99999), "order_no")) + ["\n"]


@ctpl(7)
def c_order_tracking(R):
    lang = clang(R)
    body = ["Order ", N("%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)), "order_no"), "\n2× USB-C dock  EAN ", N(ean13(R), "ean"), "\n1× \"The Phoenix Project\" ISBN ", N(isbn13(R), "isbn"),
            "\n5× Cat6 patch cable 2 m  SKU ", N("PC6-%04d" % R.randint(0, 9999), "sku"), "\nShipped with UPS ", N(ups(R), "tracking_no"), ", invoice ", N("INV-2026-%05d" % R.randint(1, 99999), "invoice_no"),
            ", total ", N("€%d.%02d" % (R.randint(50, 900), R.randint(0, 99)), "amount"), "\n"]
    return "notes", lang, wrap(R, lang, body, kind="data")


@ctpl(8)
def c_ssh_pubkeys(R):
    lang = clang(R)
    body = ["$ cat ~/.ssh/authorized_keys\n", N(ssh_pub(R, "ci@build-agent-3"), "ssh_pubkey"), "\n", N(ssh_pub(R, "backup@nas01"), "ssh_pubkey"), "\n$ ssh-keygen -lf ~/.ssh/authorized_keys\n256 ",
            N(fp_sha256(R), "key_fingerprint"), " ci@build-agent-3 (ED25519)\n3072 ", N(fp_sha256(R), "key_fingerprint"), " backup@nas01 (RSA)\n$ ssh-keyscan -t ed25519 github.com 2>/dev/null | ssh-keygen -lf -\n256 ",
            N(fp_sha256(R), "host_fingerprint"), " github.com (ED25519)\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


IT_CHAT = {
    "en": ["how do I rotate the DB password without downtime? we use pgbouncer and the app reads DB_PASSWORD from the env", "is it ok to keep the API key in a GitHub secret or should it be in Vault?",
           "what's the difference between a publishable key and a secret key in Stripe?", "why does git show my commit twice after rebase?"],
    "de": ["wie rotiere ich das DB-Passwort ohne Downtime? Die App liest DB_PASSWORD aus der Umgebung", "Reicht es, den API-Key als GitHub-Secret abzulegen, oder besser Vault?"],
    "fr": ["comment faire tourner le mot de passe de la base sans coupure ? l'appli lit DB_PASSWORD dans l'environnement", "c'est ok de garder la clé d'API dans un secret GitHub ?"],
    "es": ["¿cómo roto la contraseña de la base sin parar el servicio? la app lee DB_PASSWORD del entorno", "¿vale guardar la API key como secret de GitHub o mejor en Vault?"],
    "it": ["come ruoto la password del DB senza downtime? l'app legge DB_PASSWORD dall'ambiente", "va bene tenere la API key in un secret di GitHub?"],
    "nl": ["hoe roteer ik het DB-wachtwoord zonder downtime? de app leest DB_PASSWORD uit de omgeving", "is een GitHub-secret goed genoeg voor de API-key?"],
    "pt": ["como troco a senha do banco sem downtime? a app lê DB_PASSWORD do ambiente", "posso deixar a API key num secret do GitHub?"],
    "pl": ["jak zrotować hasło do bazy bez przestoju? aplikacja czyta DB_PASSWORD ze zmiennych", "czy klucz API w sekrecie GitHuba wystarczy?"],
    "sv": ["hur roterar jag databaslösenordet utan driftstopp? appen läser DB_PASSWORD från miljön", "räcker det att lägga API-nyckeln som GitHub-secret?"],
    "tr": ["veritabanı şifresini kesinti olmadan nasıl değiştiririm? uygulama DB_PASSWORD'u ortamdan okuyor", "API anahtarını GitHub secret olarak tutmak yeterli mi?"],
    "ja": ["ダウンタイムなしでDBパスワードをローテーションするには？アプリは環境変数DB_PASSWORDを読みます", "APIキーはGitHubのsecretで十分ですか？"],
}


@ctpl(9)
def c_it_chat(R):
    lang = clang(R)
    body = [N(R.choice(IT_CHAT[lang]), "secret_name")]
    if R.random() < .6:
        body += ["\n(", N("PgBouncer 1.%d.%d" % (R.randint(20, 23), R.randint(0, 3)), "version"), ", ", N("PostgreSQL 16.%d" % R.randint(1, 6), "version"), ", pool_mode=transaction, ", N("max_client_conn=%d" % R.randint(100, 2000), "config_value"), ")"]
    return "chat", lang, body


@ctpl(8)
def c_secret_refs(R):
    lang = clang(R)
    body = ["$ vault kv get -field=password secret/prod/db\n", N("Error reading secret/data/prod/db: permission denied", "log_line"), "\n$ op read \"", N("op://Infra/Postgres prod/password", "secret_ref"),
            "\"\n[ERROR] ", N(ts_iso(R), "timestamp"), " You are not currently signed in.\n$ aws secretsmanager get-secret-value --secret-id ", N("prod/api/stripe", "secret_name"), " --query SecretString\n",
            "An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: ", N("arn:aws:iam::%s:user/ci" % aws_account(R), "aws_arn"), " is not authorized\n$ kubectl get secret api-db -o jsonpath='{.data}' | wc -c\n",
            N(str(R.randint(80, 400)), "bytes"), "\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


@ctpl(8)
def c_redacted(R):
    lang = clang(R)
    body = ["# config.yaml (secrets removed before pasting)\ndatabase:\n  host: ", N("db.internal", "hostname"), "\n  user: app\n  password: ", N(R.choice(["********", "REDACTED", "<redacted>", "xxxxxxxx"]), "masked"),
            "\nstripe:\n  secret_key: ", N(R.choice(["sk_live_****", "[REDACTED]", "sk_live_XXXXXXXXXXXXXXXX"]), "masked"), "\n  publishable_key: ", N(stripe_pk(R), "stripe_pk"), "\ngithub:\n  token: ",
            N("ghp_" + "*" * 36, "masked"), "\nsmtp:\n  password: ", N("${SMTP_PASSWORD}", "env_ref"), "\n  from: ", N("noreply@example.org", "example_email"), "\nmaps:\n  token: ", N(mapbox_pk(R), "mapbox_pk"), "\nrecaptcha:\n  site_key: ",
            N("6L" + rnd(R, URLSAFE, 38), "recaptcha_site_key"), "\n"]
    return "yaml", lang, wrap(R, lang, body)


@ctpl(8)
def c_json_logs(R):
    lang = clang(R)
    body = []
    for _ in range(R.randint(3, 5)):
        body += ["{\"ts\":\"", N(ts_iso(R), "timestamp"), "\",\"level\":\"", R.choice(["info", "warn", "error"]), "\",\"msg\":\"", R.choice(["request completed", "token refresh failed: expired", "db pool exhausted", "retrying upstream"]),
                 "\",\"trace_id\":\"", N(hexs(R, 32), "trace_id"), "\",\"span_id\":\"", N(hexs(R, 16), "span_id"), "\",\"duration_ms\":", N(str(R.randint(1, 9000)), "duration"), ",\"status\":", R.choice(["200", "401", "503"]),
                 ",\"peer\":\"", N(R.choice(["127.0.0.1:5432", "[::1]:6379", "127.0.0.1:8080"]), "loopback"), "\",\"pid\":", N(str(R.randint(100, 65000)), "pid"), "}\n"]
    return "log", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_cron_timers(R):
    lang = clang(R)
    body = ["$ crontab -l\nMAILTO=\"\"\n", N("*/15 * * * *", "cron_expr"), " /usr/local/bin/sync.sh >> /var/log/sync.log 2>&1\n", N("0 3 * * 0", "cron_expr"), " PGPASSWORD=\"$(cat /run/secrets/pg)\" pg_dump -h ",
            N("127.0.0.1", "loopback"), " app | gzip > /srv/backup/app.sql.gz\n$ systemctl list-timers --no-pager | head -3\nNEXT                        LEFT     LAST                        PASSED  UNIT\n",
            N("Wed 2026-12-03 %s UTC" % hhmmss(R), "timestamp"), " ", N("%dh left" % R.randint(1, 23), "duration"), "  ", N("Tue 2026-12-02 %s UTC" % hhmmss(R), "timestamp"), " ", N("%dh ago" % R.randint(1, 23), "duration"),
            " logrotate.timer\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


@ctpl(7)
def c_netconf(R):
    lang = clang(R)
    body = ["$ ip -br addr\nlo               UNKNOWN        ", N("127.0.0.1/8 ::1/128", "loopback"), "\n$ ip route\ndefault via ", N("_gateway", "hostname"), " dev eth0 proto dhcp metric 100\n",
            N("10.20.0.0/16", "cidr"), " dev wg0 scope link\n$ cat /etc/resolv.conf\nnameserver ", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), "\nnameserver ",
            N(R.choice(["1.0.0.1", "8.8.4.4", "149.112.112.112"]), "public_resolver"), "\noptions edns0 trust-ad\n$ sudo ufw status\nStatus: active\nTo                         Action      From\n22/tcp                     ALLOW       ",
            N("192.168.0.0/16", "cidr"), "\n443/tcp                    ALLOW       Anywhere\n"]
    return "shell", lang, wrap(R, lang, body, fence=True)


# ---------------------------------------------------------------- rules every record obeys
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:.])")
PUBLIC_RESOLVERS = {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112"}
SHAPES = re.compile(r"ghp_[A-Za-z0-9]{36}|AKIA[A-Z2-7]{16}|sk_live_[A-Za-z0-9]{24,}|xox[bp]-\d|glpat-[\w-]{20}|npm_[A-Za-z0-9]{36}|"
                    r"SG\.[\w-]{22}\.|eyJ[\w-]{10,}\.[\w-]{10,}\.|hf_[A-Za-z0-9]{34}|-----BEGIN [A-Z ]*PRIVATE KEY-----|dckr_pat_|hvs\.CAES")
CARD_LENS = {}


def masked_text(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def name_words(v):
    return [w for w in re.split(r"[\s,]+", v) if w and w.lower() not in PARTICLES and len(w) >= 2]


def rule_check(rec):
    """The part's rules: format and checksums of every label; no e-mail,
    IPv4/IPv6 host address, credential shape or labelled name word left
    unlabelled elsewhere in the record."""
    probs = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record: %s" % str(e)[:200]]
    for sp in rec["spans"]:
        v, t, sub = sp["value"], sp["type"], sp.get("sub")
        if t == "gov_id" and not gov_ok(sub, v):
            probs.append("gov_id %s %s" % (sub, v))
        elif t == "card":
            d = re.sub(r"\D", "", v)
            if not (luhn_ok(d) and 12 <= len(d) <= 19):
                probs.append("card " + v)
        elif t == "iban" and not iban_ok(v):
            probs.append("iban " + v)
        elif t == "ip":
            try:
                a = ipaddress.ip_address(v)
                if a.is_loopback or a.is_unspecified or a.is_multicast or a.is_link_local or str(a) in PUBLIC_RESOLVERS:
                    probs.append("ip not a host " + v)
            except ValueError:
                probs.append("ip " + v)
        elif t == "email" and not EMAIL_RE.fullmatch(v):
            probs.append("email " + v)
        elif t == "phone" and "region" not in sp:
            probs.append("phone without region " + v)
        elif t == "dob" and not re.search(r"\d", v):
            probs.append("dob " + v)
    m = masked_text(rec)
    for e in EMAIL_RE.findall(m):
        loc, dom = e.split("@", 1)
        if dom.endswith(PLACEHOLDER_DOMAINS):
            continue
        if loc in SERVICE_USERS and dom.rsplit(".", 1)[-1] in INTERNAL_TLDS:
            continue
        if dom.rsplit(".", 1)[-1] in ("service", "timer", "socket"):
            continue
        probs.append("unlabelled email " + e)
    for x in IPV4_RE.findall(m):
        try:
            a = ipaddress.IPv4Address(x)
        except ValueError:
            continue
        i = m.find(x)
        cidr = m[i + len(x):i + len(x) + 1] == "/"
        if a.is_loopback or a.is_unspecified or x.startswith("255.") or x in PUBLIC_RESOLVERS:
            continue
        if cidr and all(m[j + len(x):j + len(x) + 1] == "/" for j in [mm.start() for mm in re.finditer(re.escape(x), m)]):
            continue
        probs.append("unlabelled ipv4 " + x)
    for x in IPV6_RE.findall(m):
        try:
            a = ipaddress.IPv6Address(x)
        except ValueError:
            continue
        if a.is_loopback or a.is_unspecified:
            continue
        probs.append("unlabelled ipv6 " + x)
    for mm in SHAPES.finditer(m):
        s = mm.group(0)
        if re.fullmatch(r"[A-Za-z_.-]*[Xx*]{8,}", s[4:] if s.startswith("AKIA") else s) or set(s[4:]) <= set("Xx*"):
            continue
        probs.append("unlabelled credential shape " + s)
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        for w in name_words(sp["value"]):
            if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", w):
                hit = w in m
            else:
                hit = re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", m) is not None
            if hit:
                probs.append("name word unlabelled: " + w)
    return probs


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


# ---------------------------------------------------------------- generation
def generate():
    R = random.Random(SEED)
    cands = []          # (kind, name, n, [records])
    dropped = Counter()
    for kind, lst in (("labelled", TEMPLATES), ("clean", CLEAN)):
        for name, n, fn in lst:
            recs = []
            for _ in range(3 * n + 6):
                form, lang, parts = fn(R)
                rec = build("", form, lang, parts)
                probs = rule_check(rec)
                if kind == "clean" and rec["spans"]:
                    probs.append("clean record with labels")
                if kind == "labelled" and not rec["spans"]:
                    probs.append("labelled record without labels")
                if probs:
                    dropped[(name, probs[0].split(" ")[0])] += 1
                    continue
                recs.append(rec)
            cands.append((kind, name, n, recs))
    items = sorted({it for _, _, _, recs in cands for r in recs for it in phones_of(r)})
    bad = pv_check(items)
    if bad is None:
        sys.exit("phone validator /tmp/pv/pv missing: cannot write the part")
    badset = {tuple(b.split("\t")[1:3]) for b in bad}
    seen, labelled, clean = set(), [], []
    short = []
    for kind, name, n, recs in cands:
        got = 0
        for r in recs:
            if got == n:
                break
            if any((v, reg) in badset for v, reg, _ in phones_of(r)):
                dropped[(name, "phone")] += 1
                continue
            if r["text"] in seen:
                dropped[(name, "duplicate")] += 1
                continue
            seen.add(r["text"])
            (labelled if kind == "labelled" else clean).append(r)
            got += 1
        if got < n:
            short.append((name, got, n))
    if short:
        sys.exit("templates short of candidates: %r" % short)
    assert len(labelled) == NREC - NCLEAN and len(clean) == NCLEAN, (len(labelled), len(clean))
    allr = labelled + clean
    random.Random(SHUFFLE_SEED).shuffle(allr)
    out = []
    for i, r in enumerate(allr):
        r = dict(r)
        r["id"] = "%s%05d" % (PREFIX, i)
        out.append({k: r[k] for k in ("id", "form", "lang", "text", "spans") if k in r} | ({"neg": r["neg"]} if "neg" in r else {}))
    return out, dropped


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def check_file():
    recs = load()
    errs = []
    ids = set()
    for r in recs:
        if not r["id"].startswith(PREFIX) or r["id"] in ids:
            errs.append("bad id " + r["id"])
        ids.add(r["id"])
        for p in rule_check(r):
            errs.append("%s: %s" % (r["id"], p))
    if len(recs) != NREC:
        errs.append("records: %d != %d" % (len(recs), NREC))
    nclean = sum(1 for r in recs if not r["spans"])
    if nclean != NCLEAN:
        errs.append("clean: %d != %d" % (nclean, NCLEAN))
    items = [it for r in recs for it in phones_of(r)]
    bad = pv_check(items)
    if bad is None:
        errs.append("phone validator /tmp/pv/pv missing")
    else:
        errs += ["phone " + b for b in bad]
    texts = Counter(r["text"] for r in recs)
    errs += ["duplicate text" for t, k in texts.items() if k > 1]
    for e in errs[:50]:
        print(e)
    nlab = sum(len(r["spans"]) for r in recs)
    print("%s: %d records, %d clean, %d labels, %d phones checked with libphonenumber: %s" %
          (os.path.basename(OUT), len(recs), nclean, nlab, len(items), "OK" if not errs else "%d FAILURES" % len(errs)))
    return 1 if errs else 0


def stats():
    recs = load()
    by_type = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(by_type.values())))
    print("labels per type: " + ", ".join("%s %d" % kv for kv in by_type.most_common()))
    print("forms: " + ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs: " + ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("langs (labelled): " + ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs if r["spans"]).most_common()))
    print("langs (clean): " + ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs if not r["spans"]).most_common()))
    for t in ("secret", "gov_id", "phone", "ip", "iban", "card", "address"):
        c = Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t)
        print("%s subtypes (%d): " % (t, len(c)) + ", ".join("%s %d" % kv for kv in c.most_common()))
    c = Counter((sp["region"], sp.get("plan", "")) for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("phone region/plan: " + ", ".join("%s%s %d" % (a, ("/" + b) if b else "", k) for (a, b), k in c.most_common()))
    persons = {w for r in recs for sp in r["spans"] if sp["type"] == "person" for w in name_words(sp["value"])}
    print("distinct person name words: %d; person cultures: %s" % (len(persons), ", ".join("%s %d" % kv for kv in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == "person").most_common())))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("hard-negative tags (%d, records carrying each): " % len(negs) + ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("clean records with negatives: %d" % sum(1 for r in recs if not r["spans"] and r.get("neg")))


def main():
    if "--check" in sys.argv:
        sys.exit(check_file())
    if "--stats" in sys.argv:
        stats()
        return
    recs, dropped = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))
    if "-v" in sys.argv:
        for k, v in sorted(dropped.items()):
            print("dropped", k, v)
    sys.exit(check_file())


if __name__ == "__main__":
    main()
