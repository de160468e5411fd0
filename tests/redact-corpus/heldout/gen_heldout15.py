#!/usr/bin/python3
"""Held-out part 15 of the redaction corpus (heldout15.jsonl).

Written by a thirteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-14 hold),
lines 1-60 of gen_heldout14.py (header and constants) and its function
`pv_check` (grep -A10), and, outside the repository, the 25-line source of
the phone validator /tmp/pv/pv.cc; not the redactor, its docs, its tests,
the other generators or any .jsonl data file. It ran no project binary, no
make and no git command.
Started 16:53:54 UTC, ended 17:20:41 UTC on 2026-12-02 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 14's header as the brief asked.

Unlike parts 13-14 (exotic languages, rare file formats) this part samples
the MAINSTREAM: the kinds of text people most often paste into an AI
assistant (e-mails, letters, support chats, forms, CSV exports, CVs,
meeting notes, invoices, .env and config files, logs, stack traces, code
with credentials, shipping and booking confirmations, medical, HR and
school forms, rental applications, bank messages, everyday chats), mostly
in English, then German, French, Spanish, Italian, Dutch, Portuguese (PT
and BR), Polish, Turkish, Indian English/Hinglish and a little Swedish.
Every name, street, template, frame and request here was written by hand
for this part. Deterministic (seed 150893).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout15.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout15.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout15.py --stats   # counts
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       iban_mod97, iban_random, iban_make, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX, nhs_random, nhs_ok,
                       steuerid_random, steuerid_ok, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, pan_random, cpf_random, cpf_ok, MONTHS, card_random,
                       card_grouping, split_groups, PLANS, secret_random, rnd, ALNUM,
                       URLSAFE, B64)

SEED = 150893
OUT = os.path.join(HERE, "heldout15.jsonl")
PREFIX = "heldout-o-"
NREC = 800
NCLEAN = 200
KEEP = 2
MAXT = 18
POOL = 16
EN_SHARE = 0.45
R = random.Random(SEED)
HEX = "0123456789abcdef"
TARGET = {"person": 1220, "phone": 460, "email": 410, "address": 335, "secret": 305,
          "dob": 252, "gov_id": 182, "ip": 102, "iban": 61, "card": 51}


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- small helpers

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nzd(n):
    return R.choice("123456789") + dig(n - 1)


def up(n, alpha=string.ascii_uppercase):
    return "".join(R.choice(alpha) for _ in range(n))


def fold(s):
    """ASCII form of a name for e-mail local parts."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("æ", "ae").replace("’", "").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- names (hand-written for part 15)

NAMES = {
    "en": (  # British
        "Oliver Jack Harry George Thomas James Samuel Daniel Joseph Matthew Callum Liam Owen Rhys Ben "
        "Alfie Reece Stuart Graham Neil Gareth Craig Martin Robin Dean Patrick Hugh Rory Nathan Declan",
        "Emily Sophie Charlotte Olivia Amelia Jessica Hannah Lucy Chloe Megan Holly Ruby Poppy Daisy Grace "
        "Rose Eleanor Fiona Kirsty Rachel Joanne Claire Gemma Leanne Siobhan Harriet Imogen Bethany Abigail April",
        "Smith|Jones|Taylor|Brown|Wilson|Davies|Evans|Roberts|Walker|Wright|Robinson|Thompson|White|Hughes|"
        "Edwards|Green|Hall|Wood|Harris|Clarke|Turner|Hill|Moore|Cooper|Ward|Baker|Young|King|Marsh|Fletcher|"
        "Holloway|Pritchard|Whitfield|Ashworth|Barlow|Kershaw|Lockwood|Sutcliffe|Cartwright|Pearce|Hargreaves|"
        "Rowe|Dunn|Slater|Birch|Finch|Shepherd|Fox|Lamb|Ashby-Clarke|Stewart-Hale|O'Connell|McKenzie"),
    "us": (
        "Michael Christopher Joshua Tyler Brandon Justin Kevin Jason Ryan Eric Derek Trevor Dustin Cody Marcus "
        "Andre Jamal Carlos Luis Miguel Brian Scott Gregory Jeffrey Travis Hunter Austin Chase Mason Wyatt",
        "Ashley Jennifer Jessica Amanda Brittany Megan Lauren Kayla Taylor Madison Brianna Destiny Heather "
        "Tiffany Crystal Kimberly Stephanie Nicole Danielle Shannon Melissa Courtney Savannah Paige Jasmine "
        "Autumn Hope Summer Ivy Dakota",
        "Johnson|Williams|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Jackson|Lee|Clark|Lewis|Allen|"
        "Hernandez|Scott|Nguyen|Adams|Nelson|Carter|Mitchell|Perez|Campbell|Parker|Collins|Stewart|Morris|"
        "Murphy|Cook|Rogers|Reed|Bailey|Bell|Kowalczyk|O'Brien|McAllister|Washington|Fields|Gardner|Holt|"
        "Sawyer|Dillard|Petersen|Vance|Whitaker|Bishop|Rivers|Love|Price|Castillo|Yamamoto|Okafor"),
    "de": (
        "Lukas Jonas Leon Felix Maximilian Paul Tobias Florian Sebastian Matthias Stefan Andreas Jürgen Uwe "
        "Dirk Kai Jan Niklas Moritz Tim Benedikt Frank Holger Torsten Karl-Heinz Hans-Peter",
        "Anna Lena Laura Julia Sarah Katharina Johanna Lisa Hannah Sabine Petra Claudia Anke Birgit Ute Heike "
        "Nicole Franziska Carolin Miriam Jana Svenja Merle Annika Anne-Kathrin Marie-Luise",
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|"
        "Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Huber|"
        "Kaiser|Fuchs|Vogel|Jung|Engel|Sommer|Winkler|Brandt|Haas|Ziegler|Böhm|Kühn|Pohl|Voß|Dietrich|Seidel|"
        "Yılmaz|Nowak|Schulte-Bräuning|Meier-Lindemann|von Ahlen"),
    "fr": (
        "Thomas Nicolas Julien Maxime Antoine Alexandre Romain Guillaume Mathieu Pierre Louis Hugo Lucas Théo "
        "Baptiste Clément Quentin Jérôme Sébastien Olivier Éric Jean-Baptiste Jean-Marc Yannick Benoît Loïc Rémi",
        "Camille Léa Manon Chloé Inès Julie Marion Élodie Aurélie Céline Sandrine Nathalie Isabelle Sophie "
        "Margaux Pauline Clémence Anaïs Océane Mathilde Agathe Marie-Claire Anne-Sophie Solène Capucine",
        "Martin|Bernard|Dubois|Durand|Lefebvre|Moreau|Laurent|Simon|Michel|Roux|Fournier|Girard|Bonnet|Dupont|"
        "Lambert|Fontaine|Rousseau|Vincent|Lefèvre|Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|"
        "Gauthier|Perrin|Morel|Caron|Le Gall|Le Goff|Lemaire|Renaud|Barbier|Marchand|N'Diaye|Benali|"
        "Dupuis-Lenoir|de Laval|Da Silva"),
    "es": (
        "Alejandro Pablo Daniel Javier Sergio Adrián Álvaro David Diego Iván Raúl Rubén Jorge Carlos Manuel "
        "Francisco José_Luis Juan_Carlos Miguel_Ángel Íñigo Jaume Unai Óscar Marcos",
        "Lucía María Paula Laura Marta Andrea Sara Carmen Elena Cristina Alba Nuria Raquel Beatriz Irene Rocío "
        "Pilar Inmaculada Ana_Belén María_José Ainhoa Montserrat Noelia Sonia Rosa Paz Consuelo Luz",
        "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
        "Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Serrano|"
        "Blanco|Molina|Castro|Ortega|Rubio|Iglesias|Medina|Garrido|Cortés|Lozano|Herrero|Calvo|Prieto|Vidal|"
        "Aguirre|Etxeberria|de la Fuente|del Río|de León"),
    "it": (
        "Marco Luca Andrea Matteo Alessandro Francesco Lorenzo Davide Simone Federico Riccardo Giuseppe "
        "Giovanni Antonio Stefano Paolo Massimo Fabio Emanuele Nicola Gianluca Pierpaolo Salvatore Vincenzo",
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elisa Silvia Elena Laura Roberta "
        "Paola Serena Ilaria Beatrice Camilla Aurora Gaia Anna_Maria Maria_Grazia Rosaria Carla",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
        "Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|"
        "Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Serra|Coppola|De Santis|D'Angelo|"
        "Marchetti|Parisi|Villa|Cattaneo|Fabbri|Sala|Pellegrini|Monti|Dal Molin|Della Valle"),
    "nl": (
        "Daan Sem Thijs Bram Lars Jesse Ruben Tim Niels Bas Joost Wouter Sander Jeroen Maarten Pieter Koen "
        "Stijn Gijs Rutger Hendrik Willem Floris Jasper",
        "Emma Sanne Lotte Fleur Anouk Femke Eva Lieke Iris Marloes Esther Ingrid Wendy Mirjam Saskia Marieke "
        "Janneke Roos Noor Ilse Sophie Britt Maud Floor",
        "Jansen|Visser|Smit|Bakker|Meijer|Mulder|Bos|Vos|Peters|Hendriks|Dekker|Brouwer|Dijkstra|Kok|Koster|"
        "Prins|Huisman|Postma|Kuipers|Verhoeven|Schouten|Willems|Hoekstra|Veenstra|van den Berg|van Dijk|"
        "de Vries|de Boer|van der Linden|van Leeuwen|de Wit|van der Heijden|de Haan|van Beek|van der Wal|"
        "ter Horst|van Wijk|de Ruiter|van Vliet|in 't Veld"),
    "pt": (
        "João Tiago Rui Nuno Pedro Miguel Duarte Gonçalo Diogo Bruno Ricardo Luís Filipe Hugo André Vasco",
        "Inês Beatriz Mariana Catarina Joana Rita Sofia Leonor Marta Sara Ana Teresa Filipa Madalena Cláudia Sónia",
        "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|"
        "Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|"
        "Vieira|Monteiro|Cardoso|Rocha|Neves|Coelho|Cunha"),
    "br": (
        "Lucas Gabriel Matheus Rafael Guilherme Felipe Gustavo Thiago Bruno Leonardo Rodrigo Eduardo Vinícius "
        "Caio Igor Marcelo Renato Fábio Wellington Anderson Cleber Wesley Luiz_Carlos João_Victor",
        "Ana_Clara Juliana Fernanda Camila Larissa Bruna Amanda Letícia Gabriela Patrícia Aline Tatiane "
        "Vanessa Priscila Renata Daniela Luana Thaís Raquel Jéssica Débora Kelly Maria_Eduarda Francisca",
        "Silva|Santos|Oliveira|Souza|Lima|Pereira|Ferreira|Costa|Rodrigues|Almeida|Nascimento|Alves|Carvalho|"
        "Araújo|Ribeiro|Gomes|Barbosa|Rocha|Dias|Moura|Cavalcanti|Freitas|Barros|Teixeira|Cardoso|Nogueira|"
        "Pinheiro|Macedo|Campos|Batista|Monteiro"),
    "pl": (
        "Jakub Kacper Mateusz Piotr Paweł Tomasz Krzysztof Michał Marcin Łukasz Grzegorz Wojciech Bartosz "
        "Adam Dawid Szymon Rafał Marek",
        "Anna Katarzyna Agnieszka Magdalena Joanna Aleksandra Natalia Monika Karolina Ewa Małgorzata Zofia "
        "Weronika Justyna Dorota Paulina Marta Beata",
        "Nowak/Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik/Wójcik|Kowalczyk/Kowalczyk|"
        "Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak/Woźniak|"
        "Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur/Mazur|Krawczyk/Krawczyk|"
        "Piotrowski/Piotrowska|Grabowski/Grabowska|Pawlak/Pawlak|Michalski/Michalska|Król/Król|"
        "Wieczorek/Wieczorek|Sadowski/Sadowska|Zając/Zając|Nowicki/Nowicka|Wróbel/Wróbel"),
    "tr": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Burak Murat Serkan Onur Kerem Barış Umut Can Cem "
        "Oğuz Volkan Tolga Yusuf Eren Furkan",
        "Ayşe Fatma Emine Zeynep Elif Merve Büşra Esra Selin Ebru Gamze Tuğba Derya Deniz Aslı Pınar Özge "
        "Yasemin Gül Şule İrem Ceren Buse Dilek",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|"
        "Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Güneş|Aktaş|Bulut|Tekin|Acar|Bozkurt|Keskin"),
    "in": (
        "Rahul Amit Rohit Vikram Arjun Karthik Suresh Ramesh Anil Sanjay Pradeep Nikhil Siddharth Aditya "
        "Varun Harsh Manish Deepak Rajesh Venkatesh Srinivas Abhishek Gaurav Mohammed Imran Farhan Gurpreet",
        "Priya Ananya Neha Pooja Sneha Divya Kavya Shreya Aishwarya Swati Meera Lakshmi Deepika Ritu Anjali "
        "Nisha Pallavi Sunita Geeta Farah Ayesha Harpreet Sushma Bhavna",
        "Sharma|Verma|Gupta|Singh|Kumar|Patel|Shah|Mehta|Iyer|Nair|Menon|Reddy|Rao|Naidu|Pillai|Joshi|"
        "Kulkarni|Deshpande|Chatterjee|Banerjee|Mukherjee|Das|Bose|Agarwal|Jain|Malhotra|Kapoor|Chopra|"
        "Khanna|Bhat|Shetty|Hegde|Khan|Qureshi|Ansari|Sinha|Mishra|Tiwari|Pandey|Choudhary|Saxena|Srivastava"),
    "sv": (
        "Erik Johan Anders Magnus Oskar Axel Gustav Henrik Fredrik Lars",
        "Maja Elin Ebba Linnea Sofia Karin Ingrid Frida Astrid Sara",
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Lindqvist|Bergström|Holm|"
        "Sjöberg|Lindgren|Ek|Nyberg"),
}
NAMES = {k: ([w.replace("_", " ") for w in m.split()], [w.replace("_", " ") for w in f.split()], s.split("|"))
         for k, (m, f, s) in NAMES.items()}
PARTICLES = {"van", "der", "den", "de", "da", "do", "dos", "das", "del", "la", "le", "di", "della", "dal",
             "ter", "von", "in", "'t", "t", "zu"}
PT_PARTICLE = ["da", "dos", "de", "do", "das"]
PT_PARTICLED = [("da", "Silva"), ("dos", "Santos"), ("de", "Sousa"), ("da", "Costa"), ("da", "Cunha"), ("da", "Rocha"),
                ("de", "Almeida"), ("de", "Carvalho"), ("das", "Neves")]
BR_PARTICLED = [("da", "Silva"), ("dos", "Santos"), ("de", "Souza"), ("da", "Costa"), ("de", "Oliveira"),
                ("do", "Nascimento"), ("de", "Moura"), ("de", "Freitas"), ("de", "Almeida"), ("de", "Araújo"),
                ("da", "Cruz"), ("das", "Neves")]


class Person:
    def __init__(self, cult, sex, given, family):
        self.cult, self.sex, self.given, self.family = cult, sex, given, family

    @property
    def full(self):
        return self.given + " " + self.family

    @property
    def first(self):
        return self.given.split(" ")[0]

    @property
    def initial(self):
        return "".join(p[0] + "." for p in self.given.replace("-", " ").split())

    @property
    def surname_cap(self):
        f = self.family
        if self.cult == "nl" and f.split()[0] in PARTICLES:
            return f[0].upper() + f[1:]
        return f


def relative(p, sex="M"):
    """A relative sharing the family name (father, spouse), with a given name of the same community."""
    while True:
        q = person(p.cult, sex)
        if p.cult == "in" and p.family in ("Khan", "Qureshi", "Ansari") and q.family not in ("Khan", "Qureshi", "Ansari"):
            continue
        if p.cult == "in" and p.family not in ("Khan", "Qureshi", "Ansari") and q.family in ("Khan", "Qureshi", "Ansari"):
            continue
        if p.cult == "in" and p.family in ("Singh", "Kaur") and q.given not in ("Gurpreet", "Harpreet"):
            q = Person(p.cult, sex, pick(["Gurpreet", "Harpreet"]) if sex == "M" else "Harpreet", "Singh" if sex == "M" else "Kaur")
            return q
        if p.cult == "in" and q.given in ("Gurpreet", "Harpreet") and p.family not in ("Singh", "Kaur"):
            continue
        if q.first == p.first:
            continue
        fam = p.family
        if p.cult == "pl":
            for pair in NAMES["pl"][2]:
                m_, f_ = pair.split("/")
                if fam in (m_, f_):
                    fam = m_ if sex == "M" else f_
        if p.cult == "in" and fam == "Kaur" and sex == "M":
            fam = "Singh"
        return Person(p.cult, sex, q.given, fam)


def person(cult, sex=None):
    m, f, s = NAMES[cult]
    sex = sex or pick("MF")
    given = pick(m if sex == "M" else f)
    if cult == "pl":
        fam = pick(s).split("/")[0 if sex == "M" else 1]
    elif cult == "es":
        a = pick([x for x in s if " " not in x])
        b = pick([x for x in s if x != a])
        fam = a + " " + b
    elif cult == "pt":
        fam = pick(s) if chance(0.3) else pick(s) + " " + pick(s)
        if chance(0.25):
            part, b = pick(PT_PARTICLED)
            fam = fam.split(" ")[0] + " " + part + " " + b
    elif cult == "br":
        a, b = R.sample(s, 2)
        if chance(0.35):
            part, b = pick(BR_PARTICLED)
            fam = a + " " + part + " " + b
        else:
            fam = a + " " + b
        if chance(0.2):
            fam = b
    elif cult == "in":
        muslim_g = {"Mohammed", "Imran", "Farhan", "Farah", "Ayesha"}
        muslim_s = ["Khan", "Qureshi", "Ansari"]
        if given in muslim_g or chance(0.08):
            given = given if given in muslim_g else pick(["Mohammed", "Imran", "Farhan"] if sex == "M" else ["Farah", "Ayesha"])
            fam = pick(muslim_s)
        elif given in ("Gurpreet", "Harpreet"):
            fam = "Singh" if sex == "M" else pick(["Kaur", "Kaur", "Singh"])
        else:
            fam = pick([x for x in s if x not in muslim_s])
    else:
        fam = pick(s)
    if cult in ("us", "en") and chance(0.12):
        given = given + " " + pick(string.ascii_uppercase.replace("X", "")) + "."
    return Person(cult, sex, given, fam)


def persons(cult, n):
    out, seen = [], set()
    while len(out) < n:
        p = person(cult)
        words = set(p.full.split())
        if words & seen:
            continue
        seen |= words
        out.append(p)
    return out


def P(p, form="full"):
    """Person label: full, first, family, init (J. Smith), last_first (Smith, John)."""
    v = {"full": p.full, "first": p.first, "family": p.surname_cap, "init": p.initial + " " + p.family,
         "last_first": p.family + ", " + p.given, "upper": (p.family.upper() + " " + p.given)}[form]
    return L("person", v, sub=p.cult)


# ---------------------------------------------------------------- e-mail

MAILDOM = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "gmx.net"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "live.nl"],
    "pt": ["sapo.pt", "gmail.com", "outlook.pt", "hotmail.com", "netcabo.pt"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "yahoo.com.br"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "outlook.com", "yandex.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "gmail.com"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"],
}


def _loc(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def email_of(p, dom=None, style=None):
    g, f = _loc(p.first), _loc(p.family.split(" ")[-1] if p.cult in ("es", "pt", "br") else p.family)
    dom = dom or pick(MAILDOM[p.cult])
    style = style or pick(["g.f", "g.f", "gf", "g_f", "if", "g.fNN", "gNN", "f.g", "gfNNNN", "g.i"])
    nn = str(R.randint(1, 99)).zfill(2)
    loc = {"g.f": g + "." + f, "gf": g + f, "g_f": g + "_" + f, "if": g[0] + f, "g.fNN": g + "." + f + nn,
           "gNN": g + nn, "f.g": f + "." + g, "gfNNNN": g + f + str(R.randint(1970, 2004)),
           "g.i": g + "." + f[0]}[style]
    return loc + "@" + dom


def E(p, dom=None, style=None):
    return L("email", email_of(p, dom, style))


def work_email(p, dom):
    return L("email", email_of(p, dom, pick(["g.f", "g.f", "if", "f.g"])))


# ---------------------------------------------------------------- phones

def _tr_plan(kind):
    if kind == "mobile":
        return "5" + pick(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "51", "52", "53", "55"]) + nzd(7)
    return pick(["212", "216", "312", "232", "224", "242"]) + R.choice("2345") + dig(6)


def _in_fixed():
    return pick(["22", "11", "80", "44", "40", "20", "33"]) + R.choice("2346") + dig(7)


def nsn(region, kind=None):
    if region == "TR":
        kind = kind or pick(["mobile", "mobile", "mobile", "fixed"])
        return kind, _tr_plan(kind)
    if region == "IN" and kind == "fixed":
        return kind, _in_fixed()
    cc, trunk, kinds = PLANS[region]
    if kind is None:
        ks = sorted(kinds)
        if region == "US":
            ks = ["fixed_or_mobile"]
        kind = pick(ks)
    return kind, kinds[kind](R)


CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "PT": "351",
      "BR": "55", "PL": "48", "TR": "90", "IN": "91", "SE": "46", "CH": "41", "AT": "43", "BE": "32",
      "IE": "353", "CA": "1"}
INTL00 = {"GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "TR", "IN", "SE", "CH", "AT", "BE", "IE"}


def _sp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_national(region, kind, n):
    """A national form as people type it in that country."""
    if region in ("US", "CA"):
        a, e, l = n[:3], n[3:6], n[6:]
        return pick(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l),
                     "(%s) %s-%s" % (a, e, l), "%s %s %s" % (a, e, l), "1-%s-%s-%s" % (a, e, l)])
    if region == "GB":
        if n.startswith("7"):
            return pick(["0" + n[:4] + " " + n[4:], "0" + n[:4] + " " + n[4:7] + " " + n[7:], "0" + n])
        if n.startswith("20"):
            return pick(["020 " + n[2:6] + " " + n[6:], "(020) " + n[2:6] + " " + n[6:]])
        return pick(["0" + n[:3] + " " + n[3:6] + " " + n[6:], "0" + n[:3] + " " + n[3:]])
    if region == "DE":
        ac = 3 if n[:1] == "1" else (2 if n[:2] in ("30", "89", "40", "69") else 3)
        a, s = n[:ac], n[ac:]
        return pick(["0%s %s" % (a, s), "0%s/%s" % (a, s), "0%s-%s" % (a, s), "(0%s) %s" % (a, s),
                     "0%s %s %s" % (a, s[:4], s[4:])])
    if region == "FR":
        d = "0" + n
        return pick([_sp(d, [2, 2, 2, 2, 2]), _sp(d, [2, 2, 2, 2, 2]), _sp(d, [2, 2, 2, 2, 2], "."), d])
    if region == "ES":
        if n[0] in "67":
            return pick([_sp(n, [3, 3, 3]), _sp(n, [3, 2, 2, 2]), n])
        return pick([_sp(n, [2, 3, 2, 2]), _sp(n, [3, 3, 3])])
    if region == "IT":
        if n[0] == "3":
            return pick([_sp(n, [3, 3, 4]), _sp(n, [3, 7]), n, n[:3] + "/" + n[3:]])
        return pick([_sp(n, [2, 4, 4]), _sp(n, [2, 8])])
    if region == "NL":
        d = "0" + n
        if n[0] == "6":
            return pick(["06-" + n[1:], "06 " + n[1:5] + " " + n[5:], d, "06 " + _sp(n[1:], [2, 2, 2, 2])])
        return pick([d[:3] + "-" + d[3:], d[:3] + " " + d[3:6] + " " + d[6:]])
    if region == "PT":
        return pick([_sp(n, [3, 3, 3]), n]) if n[0] == "9" else pick([_sp(n, [2, 3, 4]), n])
    if region == "BR":
        a, s = n[:2], n[2:]
        dash = len(s) - 4
        return pick(["(%s) %s-%s" % (a, s[:dash], s[dash:]), "%s %s-%s" % (a, s[:dash], s[dash:]),
                     "(%s) %s %s" % (a, s[:dash], s[dash:]), "(%s)%s-%s" % (a, s[:dash], s[dash:])])
    if region == "PL":
        if n[:2] == "22":
            return pick([_sp(n, [2, 3, 2, 2]), "(22) " + _sp(n[2:], [3, 2, 2])])
        return pick([_sp(n, [3, 3, 3]), _sp(n, [3, 3, 3], "-"), n])
    if region == "TR":
        return pick(["0" + _sp(n, [3, 3, 2, 2]), "0 (%s) %s" % (n[:3], _sp(n[3:], [3, 2, 2])),
                     "0" + n, "0%s %s" % (n[:3], n[3:])])
    if region == "IN":
        if kind == "fixed":
            return pick(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s-%s" % (n[:2], n[2:])])
        return pick([n, n[:5] + " " + n[5:], "0" + n[:5] + " " + n[5:], n[:5] + "-" + n[5:], "0" + n])
    if region == "SE":
        return "0" + n[:2] + "-" + _sp(n[2:], [3, 2, 2])
    if region == "CH":
        return "0" + _sp(n, [2, 3, 2, 2])
    if region == "AT":
        return "0" + n[:3] + " " + n[3:]
    if region == "BE":
        return "0" + _sp(n, [3, 2, 2, 2])
    if region == "IE":
        return "0" + _sp(n, [2, 3, 4])
    raise KeyError(region)


def fmt_intl(region, kind, n, zero0=False):
    cc = CC[region]
    pre = "00" + cc if zero0 else "+" + cc
    if region in ("US", "CA"):
        return pick(["%s %s %s %s" % (pre, n[:3], n[3:6], n[6:]), "%s (%s) %s-%s" % (pre, n[:3], n[3:6], n[6:]),
                     "%s-%s-%s-%s" % (pre, n[:3], n[3:6], n[6:]), pre + n])
    if region == "GB":
        if n.startswith("20"):
            return pick([pre + " 20 " + n[2:6] + " " + n[6:], pre + " (0)20 " + n[2:6] + " " + n[6:]])
        if n.startswith("7"):
            return pick([pre + " " + n[:4] + " " + n[4:], pre + " (0)" + n[:4] + " " + n[4:], pre + n,
                         pre + " " + n[:4] + " " + n[4:7] + " " + n[7:]])
        return pick([pre + " " + n[:3] + " " + n[3:6] + " " + n[6:], pre + " (0)" + n[:3] + " " + n[3:6] + " " + n[6:], pre + n])
    if region == "DE":
        ac = 3 if n[:1] == "1" else (2 if n[:2] in ("30", "89", "40", "69") else 3)
        return pick(["%s %s %s" % (pre, n[:ac], n[ac:]), "%s (0)%s %s" % (pre, n[:ac], n[ac:]), pre + n,
                     "%s-%s-%s" % (pre, n[:ac], n[ac:])])
    if region == "FR":
        return pick([pre + " " + n[0] + " " + _sp(n[1:], [2, 2, 2, 2]), pre + " (0)" + n[0] + " " + _sp(n[1:], [2, 2, 2, 2]), pre + n])
    if region == "ES":
        return pick([pre + " " + _sp(n, [3, 3, 3]), pre + " " + _sp(n, [3, 2, 2, 2]), pre + n])
    if region == "IT":
        return pick([pre + " " + _sp(n, [3, 3, 4]) if n[0] == "3" else pre + " " + _sp(n, [2, 4, 4]), pre + " " + n, pre + n])
    if region == "NL":
        return pick([pre + " " + n[0] + " " + n[1:] if n[0] == "6" else pre + " " + n[:2] + " " + n[2:],
                     pre + " (0)" + n[0] + " " + n[1:] if n[0] == "6" else pre + " (0)" + n[:2] + " " + n[2:], pre + n])
    if region == "PT":
        return pick([pre + " " + _sp(n, [3, 3, 3]), pre + " " + n])
    if region == "BR":
        a, s = n[:2], n[2:]
        dash = len(s) - 4
        return pick(["%s %s %s-%s" % (pre, a, s[:dash], s[dash:]), "%s (%s) %s-%s" % (pre, a, s[:dash], s[dash:]), pre + n])
    if region == "PL":
        if n[:2] == "22":
            return pre + " " + _sp(n, [2, 3, 2, 2])
        return pick([pre + " " + _sp(n, [3, 3, 3]), pre + " " + n, pre + n])
    if region == "TR":
        return pick([pre + " " + _sp(n, [3, 3, 2, 2]), pre + " (%s) %s" % (n[:3], _sp(n[3:], [3, 2, 2])), pre + n])
    if region == "IN":
        if kind == "fixed":
            return pre + " " + n[:2] + " " + n[2:6] + " " + n[6:]
        return pick([pre + " " + n[:5] + " " + n[5:], pre + "-" + n, pre + " " + n, pre + n, pre + " " + _sp(n, [3, 3, 4])])
    if region == "SE":
        return pre + " " + n[:2] + " " + _sp(n[2:], [3, 2, 2])
    if region == "CH":
        return pre + " " + _sp(n, [2, 3, 2, 2])
    if region == "AT":
        return pre + " " + n[:3] + " " + n[3:]
    if region == "BE":
        return pre + " " + _sp(n, [3, 2, 2, 2])
    if region == "IE":
        return pre + " " + _sp(n, [2, 3, 4])
    raise KeyError(region)


def PH(region, kind=None, intl=None, plan=None):
    """Phone label. region: whose conventions the text follows; plan: the
    number's own country when it differs (written internationally)."""
    own = plan or region
    kind, n = nsn(own, kind)
    if plan and plan != region:
        z = region in INTL00 and plan in INTL00 and chance(0.35)
        v = fmt_intl(plan, kind, n, zero0=z)
        return L("phone", v, sub=kind, region=region, plan=plan)
    if intl is None:
        intl = chance(0.35)
    v = fmt_intl(region, kind, n) if intl else fmt_national(region, kind, n)
    return L("phone", v, sub=kind, region=region)


# ---------------------------------------------------------------- addresses (hand-written for part 15)

US_STREETS = ["Maple Ridge Dr", "Oak Hollow Ln", "W Fulton St", "Cedar Crest Ct", "N Lamar Blvd", "Sycamore Ave",
              "E 54th St", "Willow Bend Rd", "Briarwood Cir", "S Halsted St", "Pinecrest Way", "Riverside Dr",
              "Hawthorne Pl", "Lakeview Ter", "Chestnut St", "Old Mill Rd", "Juniper Trl", "Magnolia Blvd",
              "Greenfield Pkwy", "Prospect Ave", "Bluebonnet Ln", "Harbor View Dr", "Meadowlark Ln", "Elm Park Rd"]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"),
             ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Richmond", "VA", "232"),
             ("Boise", "ID", "837"), ("Nashville", "TN", "372"), ("Sacramento", "CA", "958"),
             ("Minneapolis", "MN", "554"), ("Pittsburgh", "PA", "152"), ("Albany", "NY", "122"),
             ("Omaha", "NE", "681"), ("Kansas City", "MO", "641"), ("Savannah", "GA", "314"),
             ("Spokane", "WA", "992"), ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"), ("Tampa", "FL", "336")]
GB_STREETS = ["Ashgrove Road", "Victoria Terrace", "Mill Lane", "Beechwood Avenue", "Church Street", "Kingsley Close",
              "Hawthorn Crescent", "Station Road", "Orchard Way", "Wellington Street", "Cavendish Gardens",
              "Primrose Hill", "Albert Road", "Meadow View", "Granby Street", "Abbey Mews", "Redland Grove",
              "Fernbank Drive", "Holly Walk", "Stanmore Place"]
GB_TOWNS = [("Bristol", "BS", [6, 7, 8]), ("Manchester", "M", [14, 20, 21]), ("Leeds", "LS", [6, 7, 8]),
            ("Glasgow", "G", [11, 12, 41]), ("Cardiff", "CF", [5, 14, 24]), ("Nottingham", "NG", [5, 7]),
            ("Brighton", "BN", [1, 2]), ("Sheffield", "S", [7, 10, 11]), ("Norwich", "NR", [2, 3]),
            ("York", "YO", [10, 31]), ("Edinburgh", "EH", [6, 9, 10]), ("Leicester", "LE", [2, 3]),
            ("Oxford", "OX", [2, 4]), ("Exeter", "EX", [2, 4]), ("Reading", "RG", [1, 4]),
            ("London", "SE", [15, 22, 23]), ("London", "N", [4, 16, 19]), ("Liverpool", "L", [15, 17, 18])]
DE_STREETS = ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Bahnhofstraße", "Schillerplatz", "Rosenweg",
              "Hauptstraße", "Kastanienallee", "Bergstraße", "Ahornweg", "Friedrichstraße", "Gartenstraße",
              "Am Lindenhof", "Talstraße", "Uhlandstraße", "Breite Straße", "Eichendorffweg", "Mozartstraße",
              "Kirchgasse", "Schützenstraße", "Weidenweg", "Auf dem Kamp"]
DE_CITIES = [("Köln", ["50674", "50823", "51063"]), ("Hamburg", ["22765", "20249", "22085"]),
             ("München", ["80331", "81541", "80799"]), ("Leipzig", ["04109", "04277"]), ("Dresden", ["01097", "01309"]),
             ("Freiburg im Breisgau", ["79098", "79102"]), ("Münster", ["48143", "48151"]), ("Hannover", ["30159", "30169"]),
             ("Nürnberg", ["90402", "90429"]), ("Bremen", ["28195", "28203"]), ("Stuttgart", ["70178", "70197"]),
             ("Mainz", ["55116", "55122"]), ("Kiel", ["24103", "24118"]), ("Bonn", ["53111", "53121"]),
             ("Augsburg", ["86150", "86159"]), ("Berlin", ["10115", "10997", "12047", "13353"]),
             ("Frankfurt am Main", ["60311", "60486"]), ("Heidelberg", ["69115", "69120"])]
FR_STREETS = ["rue des Tanneurs", "avenue Jean Jaurès", "rue du Faubourg Saint-Antoine", "boulevard Voltaire",
              "rue de la République", "impasse des Lilas", "allée des Peupliers", "rue Victor Hugo",
              "chemin des Vignes", "place du Marché", "rue Paul Bert", "rue de Brest", "quai de la Fosse",
              "avenue de la Libération", "rue Sainte-Catherine", "rue des Écoles", "boulevard Carnot"]
FR_CITIES = [("Lyon", ["69003", "69007", "69004"]), ("Nantes", ["44000", "44100"]), ("Bordeaux", ["33000", "33800"]),
             ("Lille", ["59000", "59800"]), ("Rennes", ["35000", "35200"]), ("Montpellier", ["34000", "34070"]),
             ("Toulouse", ["31000", "31400"]), ("Strasbourg", ["67000", "67100"]), ("Grenoble", ["38000", "38100"]),
             ("Dijon", ["21000"]), ("Marseille", ["13006", "13005", "13008"]), ("Nice", ["06000", "06300"]),
             ("Paris", ["75011", "75018", "75014", "75020"]), ("Angers", ["49100"]), ("Tours", ["37000"])]
ES_STREETS = ["Calle de Toledo", "Calle Mayor", "Avenida de América", "Calle del Pez", "Carrer de Provença",
              "Calle San Vicente", "Avenida de la Constitución", "Calle Larios", "Paseo de la Castellana",
              "Calle Alcalá", "Carrer de Sants", "Calle Feria", "Avenida del Puerto", "Calle Real",
              "Calle de Bravo Murillo", "Gran Vía de Colón"]
ES_CITIES = [("Madrid", ["28005", "28012", "28045", "28020"]), ("Barcelona", ["08013", "08025", "08014"]),
             ("Valencia", ["46005", "46021"]), ("Sevilla", ["41003", "41010"]), ("Málaga", ["29012", "29015"]),
             ("Zaragoza", ["50008", "50004"]), ("Bilbao", ["48007", "48013"]), ("Valladolid", ["47003"]),
             ("Granada", ["18009", "18002"]), ("Alicante", ["03001", "03005"]), ("Murcia", ["30001"]),
             ("A Coruña", ["15004"])]
IT_STREETS = ["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
              "Via Mazzini", "Piazza della Repubblica", "Via San Donato", "Via Nazionale", "Via Po",
              "Via Toledo", "Viale dei Tigli", "Via Cavour", "Corso Buenos Aires", "Via Santo Stefano",
              "Via Aurelia", "Via del Corso"]
IT_CITIES = [("Bologna", "BO", ["40126", "40124", "40137"]), ("Torino", "TO", ["10128", "10153"]),
             ("Milano", "MI", ["20144", "20124", "20159"]), ("Roma", "RM", ["00185", "00153", "00198"]),
             ("Napoli", "NA", ["80134", "80127"]), ("Firenze", "FI", ["50122", "50133"]),
             ("Padova", "PD", ["35121", "35129"]), ("Verona", "VR", ["37121", "37138"]),
             ("Bari", "BA", ["70121", "70124"]), ("Genova", "GE", ["16121", "16145"]),
             ("Parma", "PR", ["43121", "43125"]), ("Trento", "TN", ["38122"])]
IT_BELFIORE = {"Bologna": "A944", "Torino": "L219", "Milano": "F205", "Roma": "H501", "Napoli": "F839",
               "Firenze": "D612", "Padova": "G224", "Verona": "L781", "Bari": "A662", "Genova": "D969",
               "Parma": "G337", "Trento": "L378", "Palermo": "G273"}
NL_STREETS = ["Kerkstraat", "Oudegracht", "Molenweg", "Prinsengracht", "Stationsweg", "Lindelaan", "Dorpsstraat",
              "Julianastraat", "Beukenlaan", "Vondelstraat", "Wilhelminapark", "Nieuwe Binnenweg", "Spoorlaan",
              "Zeestraat", "Burgemeester de Withstraat", "Hoogstraat", "Weverstraat"]
NL_CITIES = [("Utrecht", ["3581", "3512", "3532"]), ("Amsterdam", ["1017", "1053", "1072", "1091"]),
             ("Rotterdam", ["3014", "3021", "3061"]), ("Den Haag", ["2517", "2582"]), ("Eindhoven", ["5611", "5623"]),
             ("Groningen", ["9712", "9726"]), ("Haarlem", ["2011", "2023"]), ("Nijmegen", ["6511", "6524"]),
             ("Leiden", ["2312", "2334"]), ("Zwolle", ["8011", "8022"]), ("Tilburg", ["5038"]), ("Arnhem", ["6811", "6828"])]
IN_AREAS = [("Indiranagar", "Bengaluru", "Karnataka", "5600", ["38"]), ("Koramangala", "Bengaluru", "Karnataka", "5600", ["34", "95"]),
            ("Kothrud", "Pune", "Maharashtra", "4110", ["38"]), ("Baner", "Pune", "Maharashtra", "4110", ["45"]),
            ("Madhapur", "Hyderabad", "Telangana", "5000", ["81"]), ("Kukatpally", "Hyderabad", "Telangana", "5000", ["72"]),
            ("Anna Nagar", "Chennai", "Tamil Nadu", "6000", ["40"]), ("Velachery", "Chennai", "Tamil Nadu", "6000", ["42"]),
            ("Malviya Nagar", "Jaipur", "Rajasthan", "3020", ["17"]), ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260", ["10"]),
            ("Sector 62", "Noida", "Uttar Pradesh", "2013", ["09"]), ("DLF Phase 3", "Gurugram", "Haryana", "1220", ["02"]),
            ("Salt Lake", "Kolkata", "West Bengal", "7000", ["91"]), ("Navrangpura", "Ahmedabad", "Gujarat", "3800", ["09"]),
            ("Kakkanad", "Kochi", "Kerala", "6820", ["30"]), ("Vijay Nagar", "Indore", "Madhya Pradesh", "4520", ["10"]),
            ("Andheri West", "Mumbai", "Maharashtra", "4000", ["53", "58"]), ("Lajpat Nagar", "New Delhi", "Delhi", "1100", ["24"])]
IN_BUILDINGS = ["Sai Residency", "Prestige Lakeside", "Green Valley Apartments", "Shanti Niketan", "Sunshine Towers",
                "Ganga Heights", "Brigade Meadows", "Lotus Enclave", "Royal Palms", "Krishna Kunj"]
BR_STREETS = ["Rua das Laranjeiras", "Avenida Paulista", "Rua Augusta", "Rua da Consolação", "Avenida Afonso Pena",
              "Rua XV de Novembro", "Rua Padre Chagas", "Avenida Boa Viagem", "Rua Oscar Freire", "Rua dos Andradas",
              "Avenida Sete de Setembro", "Rua Barão de Itapetininga", "Rua Voluntários da Pátria", "Rua Pernambuco"]
BR_CITIES = [("São Paulo", "SP", ["01", "02", "04", "05"], ["Bela Vista", "Pinheiros", "Vila Mariana", "Moema", "Consolação"]),
             ("Rio de Janeiro", "RJ", ["20", "21", "22"], ["Laranjeiras", "Botafogo", "Tijuca", "Copacabana"]),
             ("Belo Horizonte", "MG", ["30", "31"], ["Savassi", "Funcionários", "Lourdes"]),
             ("Curitiba", "PR", ["80", "81"], ["Batel", "Água Verde", "Centro"]),
             ("Porto Alegre", "RS", ["90", "91"], ["Moinhos de Vento", "Cidade Baixa", "Menino Deus"]),
             ("Recife", "PE", ["50", "51", "52"], ["Boa Viagem", "Casa Forte", "Graças"]),
             ("Salvador", "BA", ["40", "41"], ["Barra", "Pituba", "Rio Vermelho"]),
             ("Campinas", "SP", ["130", "131"], ["Cambuí", "Taquaral"]), ("Florianópolis", "SC", ["880"], ["Trindade", "Centro"])]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Rua do Almada", "Travessa do Carmo",
              "Rua Direita", "Avenida da Boavista", "Rua Alexandre Herculano", "Rua dos Combatentes", "Largo do Rato"]
PT_CITIES = [("Lisboa", ["1250-096", "1150-268", "1000-138", "1700-221"]), ("Porto", ["4000-447", "4050-371", "4100-138"]),
             ("Braga", ["4700-327", "4710-228"]), ("Coimbra", ["3000-150", "3030-193"]), ("Aveiro", ["3810-064"]),
             ("Faro", ["8000-154"])]
PL_STREETS = ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "al. Niepodległości", "ul. Słowackiego",
              "ul. Piotrkowska", "ul. Grunwaldzka", "ul. Polna", "ul. Lipowa", "os. Piastów", "ul. Zielona",
              "ul. Ogrodowa", "ul. Świętokrzyska"]
PL_CITIES = [("Warszawa", ["00-", "02-", "03-"]), ("Kraków", ["30-", "31-"]), ("Gdańsk", ["80-"]),
             ("Wrocław", ["50-", "53-"]), ("Poznań", ["60-", "61-"]), ("Łódź", ["90-", "93-"]), ("Lublin", ["20-"])]
TR_ADDR = [("Caferağa Mah.", "Moda Cad.", "Kadıköy", "İstanbul", "34710"),
           ("Sinanpaşa Mah.", "Ihlamurdere Cad.", "Beşiktaş", "İstanbul", "34353"),
           ("Kızılay Mah.", "Atatürk Blv.", "Çankaya", "Ankara", "06420"),
           ("Bostanlı Mah.", "Cemal Gürsel Cad.", "Karşıyaka", "İzmir", "35590"),
           ("Fethiye Mah.", "Mudanya Yolu", "Nilüfer", "Bursa", "16140"),
           ("Konyaaltı Mah.", "Akdeniz Blv.", "Muratpaşa", "Antalya", "07050"),
           ("Bahçelievler Mah.", "Aşkabat Cad.", "Çankaya", "Ankara", "06490")]
SE_ADDR = [("Storgatan", "Uppsala", "753 20"), ("Drottninggatan", "Stockholm", "111 51"),
           ("Linnégatan", "Göteborg", "413 04"), ("Västra Vägen", "Lund", "222 21")]
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class Addr:
    def __init__(self, country, lines, city):
        self.country, self.lines, self.city = country, lines, city

    def one(self):
        return ", ".join(self.lines)

    def multi(self):
        return "\n".join(self.lines)

    def L(self, ml=False):
        return L("address", self.multi() if ml else self.one(), sub=self.country)


def address(country):
    c = country
    if c == "US":
        city, st, z = pick(US_CITIES)
        line = "%d %s" % (R.randint(12, 9850), pick(US_STREETS))
        if chance(0.3):
            line += pick([", Apt ", " Apt ", ", Unit ", " #"]) + pick([str(R.randint(1, 40)), "%d%s" % (R.randint(1, 5), pick("ABCD"))])
        zz = z + dig(2) + ("-" + dig(4) if chance(0.15) else "")
        return Addr(c, [line, "%s, %s %s" % (city, st, zz)], city)
    if c == "GB":
        town, area, dists = pick(GB_TOWNS)
        pc = "%s%d %d%s" % (area, pick(dists), R.randint(1, 9), up(2, GB_LETTERS))
        if chance(0.2):
            line = "Flat %d, %d %s" % (R.randint(1, 12), R.randint(2, 140), pick(GB_STREETS))
        elif chance(0.15):
            line = "%d%s %s" % (R.randint(1, 60), pick("ab"), pick(GB_STREETS))
        else:
            line = "%d %s" % (R.randint(1, 180), pick(GB_STREETS))
        return Addr(c, [line, town, pc] if chance(0.5) else [line, "%s %s" % (town, pc)], town)
    if c == "DE":
        city, pcs = pick(DE_CITIES)
        line = "%s %d%s" % (pick(DE_STREETS), R.randint(1, 140), pick(["", "", "", "a", "b"]))
        return Addr(c, [line, "%s %s" % (pick(pcs), city)], city)
    if c == "FR":
        city, pcs = pick(FR_CITIES)
        line = "%d%s %s" % (R.randint(1, 160), pick(["", "", "", " bis", " ter"]), pick(FR_STREETS))
        lines = [line, "%s %s" % (pick(pcs), city)]
        if chance(0.2):
            lines.insert(0, pick(["Appartement %d" % R.randint(2, 48), "Bâtiment B", "Résidence Les Tilleuls"]))
        return Addr(c, lines, city)
    if c == "ES":
        city, pcs = pick(ES_CITIES)
        line = "%s, %d, %s" % (pick(ES_STREETS), R.randint(1, 220), pick(["%dº %s" % (R.randint(1, 8), pick("ABCD")), "bajo", "%dº izq." % R.randint(1, 6), "%d.º %d.ª" % (R.randint(1, 7), R.randint(1, 4))]))
        if chance(0.3):
            line = "%s %d, %dº%s" % (pick(ES_STREETS), R.randint(1, 220), R.randint(1, 8), pick("ABCD"))
        return Addr(c, [line, "%s %s" % (pick(pcs), city)], city)
    if c == "IT":
        city, prov, pcs = pick(IT_CITIES)
        line = "%s %d%s" % (pick(IT_STREETS), R.randint(1, 180), pick(["", "", "/A", "/B"]))
        if chance(0.4):
            line = line.replace(" %s" % line.split(" ")[-1], ", " + line.split(" ")[-1])
        return Addr(c, [line, "%s %s (%s)" % (pick(pcs), city, prov)], city)
    if c == "NL":
        city, pcs = pick(NL_CITIES)
        letters = up(2, "ABCEGHJKLMNPRTVWXZ")
        line = "%s %d%s" % (pick(NL_STREETS), R.randint(1, 260), pick(["", "", "", "-bis", " A", "-2"]))
        return Addr(c, [line, "%s %s %s" % (pick(pcs), letters, city) if chance(0.85) else "%s%s %s" % (pick(pcs), letters, city)], city)
    if c == "IN":
        loc, city, state, pin4, tails = pick(IN_AREAS)
        pin = pin4 + pick(tails)
        if chance(0.5):
            l1 = "Flat %s, %s" % (pick(["%d0%d" % (R.randint(1, 12), R.randint(1, 8)), "%s-%d0%d" % (pick("ABCD"), R.randint(1, 12), R.randint(1, 6))]), pick(IN_BUILDINGS))
        else:
            l1 = "%s No. %d, %dth %s" % (pick(["House", "Plot", "Door"]), R.randint(3, 480), R.randint(4, 18), pick(["Cross", "Main Road", "Street"]))
        lines = [l1, loc, "%s, %s %s" % (city, state, pin) if chance(0.5) else "%s - %s, %s" % (city, pin, state)]
        return Addr(c, lines, city)
    if c == "BR":
        city, uf, d0, bairros = pick(BR_CITIES)
        d0 = pick(d0)
        cep = d0 + dig(5 - len(d0)) + "-" + dig(3)
        line = "%s, %d" % (pick(BR_STREETS), R.randint(10, 3200))
        if chance(0.4):
            line += pick([", apto %d" % R.randint(11, 1804), ", ap. %d" % R.randint(11, 904), ", casa %d" % R.randint(1, 9), " - bloco B, ap. %d" % R.randint(11, 504)])
        return Addr(c, [line, pick(bairros), "%s - %s" % (city, uf), cep], city)
    if c == "PT":
        city, pcs = pick(PT_CITIES)
        line = "%s, %d" % (pick(PT_STREETS), R.randint(1, 320)) + pick(["", "", ", 2.º Esq.", ", 3.º Dto.", ", r/c"])
        return Addr(c, [line, "%s %s" % (pick(pcs), city)], city)
    if c == "PL":
        city, pfx = pick(PL_CITIES)
        line = "%s %d%s" % (pick(PL_STREETS), R.randint(1, 120), pick(["", "", "/%d" % R.randint(1, 60), " m. %d" % R.randint(1, 40)]))
        return Addr(c, [line, "%s%s %s" % (pick(pfx), dig(3), city)], city)
    if c == "TR":
        mah, cad, ilce, il, pk = pick(TR_ADDR)
        line = "%s %s No: %d D: %d" % (mah, cad, R.randint(1, 180), R.randint(1, 24))
        return Addr(c, [line, "%s %s/%s" % (pk, ilce, il)], il)
    if c == "SE":
        st, city, pc = pick(SE_ADDR)
        return Addr(c, ["%s %d" % (st, R.randint(1, 80)), "%s %s" % (pc, city)], city)
    raise KeyError(c)


def A(country, ml=False):
    return address(country).L(ml)


# ---------------------------------------------------------------- dates

PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]


def birth(lo=1952, hi=2006):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(lang, y, m, d, style=None):
    en3 = MONTHS["en"][m - 1][:3]
    styles = {
        "us": ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)],
        "en": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d %s %d" % (d, en3, y), "%02d-%s-%d" % (d, en3, y)],
        "in": ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, en3, y), "%02d.%02d.%d" % (d, m, y)],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y), "%d.%d.%d" % (d, m, y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y), "%d/%d/%d" % (d, m, y)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["it"][m - 1], y), "%02d-%02d-%d" % (d, m, y)],
        "nl": ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y), "%02d/%02d/%d" % (d, m, y)],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)],
        "pl": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, PL_MONTHS_GEN[m - 1], y), "%d %s %d r." % (d, PL_MONTHS_GEN[m - 1], y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, TR_MONTHS[m - 1], y), "%02d/%02d/%d" % (d, m, y)],
        "sv": ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, SV_MONTHS[m - 1], y)],
        "iso": ["%d-%02d-%02d" % (y, m, d)],
    }[lang]
    if style is not None:
        return styles[style]
    return pick(styles)


def DOB(lang, ymd=None, style=None):
    y, m, d = ymd or birth()
    return L("dob", fmt_date(lang, y, m, d, style))


def other_date(lang, y0=2024, y1=2026):
    """A date that is not a birth date (appointment, invoice, delivery)."""
    return fmt_date(lang, R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- gov ids

def G(value, sub):
    return L("gov_id", value, sub=sub)


def ssn(style=None):
    a, g, s = ssn_random(R)
    style = style or pick(["dash", "dash", "dash", "space", "plain"])
    return G({"dash": "%s-%s-%s", "space": "%s %s %s", "plain": "%s%s%s"}[style] % (a, g, s), "ssn")


def nino():
    p, n, s = nino_random(R)
    return G(pick(["%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s), p + n + s, "%s%s%s" % (p, n, s)]), "nino")


def nhs():
    n = nhs_random(R)
    return G(pick([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:]]), "nhs")


def steuerid():
    s = steuerid_random(R)
    return G(pick([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id")


NIR_DEPTS = ["75", "69", "13", "33", "59", "31", "44", "67", "35", "34", "38", "06", "92", "93", "94"]


def nir(sex, y, m):
    dept = pick(NIR_DEPTS)
    body = "%s%02d%02d%s%03d%03d" % ("1" if sex == "M" else "2", y % 100, m, dept, R.randint(1, 400), R.randint(1, 999))
    key = "%02d" % (97 - int(body) % 97)
    assert nir_ok(body, key)
    if chance(0.6):
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    else:
        v = body + key
    return G(v, "nir")


def dni():
    n, l = dni_random(R)
    return G(pick([n + l, n + "-" + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l)]), "dni")


def nie():
    p, n, l = nie_random(R)
    return G(pick([p + n + l, "%s-%s-%s" % (p, n, l)]), "nie")


def codice_fiscale(p, y, m, d, city):
    fam = p.family.replace(" ", "").replace("'", "")
    return G(cf_make(fam, p.given.split(" ")[0], y % 100, m, d, p.sex == "F", IT_BELFIORE[city]), "codice_fiscale")


def bsn():
    s = bsn_random(R)
    return G(pick([s, s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])]), "bsn")


def aadhaar():
    s = aadhaar_random(R)
    return G(pick(["%s %s %s" % (s[:4], s[4:8], s[8:]), s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])]), "aadhaar")


def pan(p):
    return G(pan_random(R, "P", fold(p.family)[0]), "pan")


def cpf():
    s = cpf_random(R)
    return G(pick(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s]), "cpf")


def pesel_make(y, m, d, sex):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
    sx = R.choice("13579" if sex == "M" else "02468")
    body += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def tckn_make():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return (len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
            and d[10] == sum(d[:10]) % 10)


def nif_pt_make():
    b = pick("123") + dig(7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and s[8] == str(0 if c >= 10 else c)


def pnr_se(y, m, d):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    for c in "0123456789":
        if luhn_ok(body + c):
            return "%s-%s" % (body[:6], body[6:] + c)


def passport(country):
    if country in ("US", "GB"):
        v = nzd(9) if country == "GB" or chance(0.6) else pick("ACEFGHJKLM") + dig(8)
    elif country == "DE":
        v = pick("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif country == "FR":
        v = dig(2) + up(2) + dig(5)
    elif country == "IN":
        v = pick("JKLMNPRSTUVWZ") + nzd(7)
    elif country == "BR":
        v = up(2) + dig(6)
    elif country == "ES":
        v = up(3) + dig(6)
    elif country == "IT":
        v = up(2) + dig(7)
    elif country == "NL":
        v = up(2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dig(1)
    elif country == "PL":
        v = up(2) + dig(7)
    elif country == "TR":
        v = pick("UZS") + nzd(8)
    else:
        v = up(2) + dig(7)
    return G(v, "passport")


# ---------------------------------------------------------------- cards, ibans, ips

def CARD(issuer=None, sep=None):
    issuer = issuer or pick(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "discover", "maestro"])
    if issuer == "maestro":
        n = card_random(R, issuer)
        while len(n) != 16:
            n = card_random(R, issuer)
    else:
        n = card_random(R, issuer)
    sep = sep if sep is not None else pick([" ", " ", " ", "-", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=issuer)


def IBAN(country, style=None):
    i = iban_random(R, country)
    style = style or pick(["group", "group", "group", "compact"])
    return L("iban", group(i) if style == "group" else i, sub=country)


def bad_iban(country):
    i = iban_random(R, country)
    ck = int(i[2:4])
    bad = i[:2] + "%02d" % ((ck + R.randint(1, 9)) % 97 or 11) + i[4:]
    if iban_mod97(bad) == 1:
        bad = i[:2] + "%02d" % ((ck + 10) % 97) + i[4:]
    return N(group(bad), "iban_bad_check")


def ip4(private=None):
    private = chance(0.4) if private is None else private
    if private:
        v = pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                  "192.168.%d.%d" % (R.randint(0, 60), R.randint(2, 254)),
                  "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])
    else:
        while True:
            a = R.randint(23, 223)
            if a in (127, 100, 169, 172, 192, 198, 203, 10):
                continue
            v = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
            if ipaddress.ip_address(v).is_global:
                break
    return v


def IP(private=None):
    return L("ip", ip4(private), sub="v4")


def IP6():
    pre = pick(["2a02:%x:%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff)),
                "2001:%x:%x" % (R.randint(0x4000, 0x4fff), R.randint(0x100, 0xfff)),
                "2600:%x:%x" % (R.randint(0x1000, 0x1fff), R.randint(0x1000, 0xffff))])
    tail = ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.randint(2, 4)))
    v = pre + "::" + tail if chance(0.6) else pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(5))
    assert ipaddress.ip_address(v).is_global
    return L("ip", v, sub="v6")


# ---------------------------------------------------------------- secrets

PW_WORDS = ["Lighthouse", "Marmalade", "Pumpkin", "Sunflower", "Kangaroo", "Biscuit", "Hamster", "Winter",
            "Granite", "Falcon", "Mango", "Copper", "Thunder", "Velvet", "Pretzel", "Zebra", "Orchid", "Rocket",
            "Bergamot", "Nebula", "Gecko", "Saffron", "Harbour", "Walnut", "Tornado", "Avocado", "Cobalt", "Pixel"]


def password(kind=None, url=False):
    kind = kind or pick(["word", "word", "rand", "rand", "phrase", "leet"])
    if kind == "word":
        return pick(PW_WORDS) + pick(["!", "*", ".", "_", "-"] if url else ["!", "#", "@", "$", "*", "?", ".", "_"]) + str(R.randint(1, 2026)) + pick(["", "", "x", "Z"])
    if kind == "rand":
        alpha = string.ascii_letters + string.digits + ("!*-_." if url else "!#%&*+-=?@^_")
        while True:
            s = "".join(R.choice(alpha) for _ in range(R.randint(12, 22)))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                return s
    if kind == "phrase":
        return "-".join(w.lower() for w in R.sample(PW_WORDS, 3)) + "-" + str(R.randint(10, 99))
    w = pick(PW_WORDS)
    return w.replace("a", "4").replace("o", "0").replace("e", "3")[:1].upper() + w.replace("a", "4").replace("o", "0").replace("e", "3")[1:] + str(R.randint(10, 99)) + "!"


def PW(kind=None):
    return L("secret", password(kind), sub="password")


def S(kind):
    return L("secret", secret_random(R, kind), sub=kind)


def hexs(n):
    return rnd(R, HEX, n)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def jwt_custom(payload):
    def b(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return b({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}) + "." + b(payload) + "." + rnd(R, URLSAFE, pick([43, 86, 342]))


# ---------------------------------------------------------------- hard negatives

def NG(text, tag):
    return N(text, tag)


def order_no():
    return pick([NG("%s-%s-%s" % (dig(3), dig(7), dig(7)), "order_number"), NG("#%d" % R.randint(100000, 9999999), "order_number"),
                 NG("ORD-%s-%s" % (R.randint(2024, 2026), dig(6)), "order_number"), NG("%s%s" % (up(2), dig(8)), "order_number")])


def tracking_no():
    return pick([NG("1Z%s%s%s" % (rnd(R, string.ascii_uppercase + string.digits, 6), "03", dig(8)), "tracking_number"),
                 NG("JJD%s" % dig(18), "tracking_number"), NG("9400 %s %s %s %s %s" % (dig(4), dig(4), dig(4), dig(4), dig(2)), "tracking_number"),
                 NG("%s%sGB" % (up(2), dig(9)), "tracking_number"), NG(dig(12), "tracking_number"),
                 NG("00%s" % dig(18), "tracking_number")])


def tracking_for(carrier):
    c = carrier.split()[0].lower()
    if c == "ups":
        return NG("1Z%s%s%s" % (rnd(R, string.ascii_uppercase + string.digits, 6), "03", dig(8)), "tracking_number")
    if c == "usps":
        return NG("9400 %s %s %s %s %s" % (dig(4), dig(4), dig(4), dig(4), dig(2)), "tracking_number")
    if c == "royal":
        return NG("%s%sGB" % (up(2), dig(9)), "tracking_number")
    if c == "dpd":
        return NG("15" + dig(12), "tracking_number")
    if c == "evri":
        return NG("H0%s%s" % (rnd(R, string.ascii_uppercase + string.digits, 4), dig(10)), "tracking_number")
    if c == "fedex":
        return NG(dig(12), "tracking_number")
    if c == "dhl":
        return NG(dig(10), "tracking_number")
    return tracking_no()


def invoice_no():
    return pick([NG("INV-%d-%s" % (R.randint(2024, 2026), dig(4)), "invoice_number"), NG("RE%d%s" % (R.randint(2024, 2026), dig(5)), "invoice_number"),
                 NG("F%d/%s" % (R.randint(2024, 2026), dig(4)), "invoice_number"), NG("%d/%d" % (R.randint(1, 480), R.randint(2024, 2026)), "invoice_number")])


def version():
    return NG(pick(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "%d.%d.%d" % (R.randint(1, 22), R.randint(0, 19), R.randint(0, 9)),
                    "%d.%d" % (R.randint(1, 12), R.randint(0, 9)), "%d.%d.%d.%d" % (R.randint(1, 10), R.randint(0, 9), R.randint(1000, 9999), R.randint(0, 99))]), "version")


def git_hash(short=None):
    return NG(hexs(7 if (short if short is not None else chance(0.6)) else 40), "git_hash")


def UUID():
    return NG(uuid4(), "uuid")


def money(v, cur, lang=None):
    """A fixed value in a currency as written in lang."""
    us = "{:,.2f}".format(v)
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    if cur in ("$", "£"):
        return pick([cur + us, cur + us, ("USD " if cur == "$" else "GBP ") + "%.2f" % v])
    if cur == "€":
        if lang == "fr":
            return pick([eu.replace(".", "\u202f") + " €", eu.replace(".", " ") + " €", eu.replace(".", "") + " €"])
        if lang in ("de", "es", "it", "pt"):
            return pick([eu + " €", eu + " €", eu + " EUR"])
        if lang == "nl":
            return pick(["€ " + eu, "€" + eu, eu + " euro"])
        return pick(["€" + us, eu + " €", "EUR " + eu])
    if cur == "₹":
        return pick(["₹" + "{:,.0f}".format(v), "Rs. %d" % int(v), "INR %s/-" % "{:,.0f}".format(v), "Rs %s" % "{:,.0f}".format(v)])
    if cur == "R$":
        return "R$ " + eu
    if cur == "zł":
        return pick([eu.replace(".", " ") + " zł", eu.replace(".", "") + " zł", eu.replace(".", " ") + " PLN"])
    if cur == "TL":
        return pick([eu + " TL", "₺" + eu, eu + " ₺"])
    if cur == "kr":
        return pick(["%s kr" % "{:,}".format(int(v)).replace(",", " "), "%d kr" % int(v), "%s SEK" % "{:,}".format(int(v)).replace(",", " ")])
    raise KeyError(cur)


def amount(cur="$", lo=5, hi=4800, lang=None):
    v = R.randint(lo, max(lo, hi - 1)) + R.randint(0, 99) / 100
    if lang or cur in ("₹", "R$", "zł", "TL", "kr"):
        return NG(money(v, cur, lang), "amount")
    forms = {"$": ["$%.2f" % v, "$%s" % "{:,.2f}".format(v), "USD %.2f" % v],
             "£": ["£%.2f" % v, "£%s" % "{:,.2f}".format(v)],
             "€": ["%s €" % ("{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")), "€%.2f" % v, "EUR %s" % ("%.2f" % v).replace(".", ",")],
             "₹": ["₹%s" % "{:,.0f}".format(v * 40), "Rs. %d" % int(v * 40), "INR %s/-" % "{:,.0f}".format(v * 40)],
             "R$": ["R$ %s" % ("{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "."))],
             "zł": ["%s zł" % ("%.2f" % v).replace(".", ",")], "TL": ["%s TL" % ("{:,.2f}".format(v * 30).replace(",", "X").replace(".", ",").replace("X", ".")), "₺%s" % ("%.2f" % (v * 30)).replace(".", ",")],
             "kr": ["%s kr" % int(v * 10)]}[cur]
    return NG(pick(forms), "amount")


def masked_card():
    return NG(pick(["**** **** **** %s" % dig(4), "XXXX-XXXX-XXXX-%s" % dig(4), "•••• %s" % dig(4), "ending in %s" % dig(4),
                    "%s********%s" % (pick(["4", "5"]) + dig(5), dig(4)), "x%s" % dig(4)]), "masked_card")


def nondob_date(lang):
    return NG(other_date(lang), "date_not_dob")


def placeholder(kind=None):
    return NG(pick(["<your-api-key>", "YOUR_API_KEY", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "xxxx", "changeme", "${DB_PASSWORD}",
                    "<password>", "********", "REPLACE_ME", "{{ secrets.API_TOKEN }}", "%(password)s", "<token>"] if kind is None else [kind]), "placeholder")


def sha256():
    return NG(hexs(64), "sha256")


def ticket_no():
    return NG(pick(["#%d" % R.randint(10000, 999999), "%s-%d" % (pick(["SUP", "HELP", "INC", "CS", "TKT"]), R.randint(1000, 99999)),
                    "INC%s" % dig(7), "CAS-%s-%s" % (dig(5), up(4, "BCDFGHJKLMNPQRSTVWXZ"))]), "ticket_number")


def booking_ref():
    return NG(up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "booking_reference")


def ean13():
    b = "40" + dig(10) if chance(0.5) else "87" + dig(10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return NG(b + str((10 - s % 10) % 10), "ean")


def luhn_fail_card():
    n = card_random(R, "visa")
    bad = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return NG(" ".join(split_groups(bad, [4, 4, 4, 4])), "luhn_fail")


def role_email(dom, local=None):
    return NG((local or pick(["support", "info", "noreply", "billing", "hello", "help", "bookings", "orders"])) + "@" + dom, "role_email")


def example_email():
    return NG(pick(["you@example.com", "user@example.com", "name@example.org", "jane.doe@example.com", "test@example.com",
                    "someone@example.net", "admin@example.com"]), "example_email")


# ---------------------------------------------------------------- template registry

TEMPLATES = []  # (name, fn, kind)
CLEANS = []


def T(kind="text"):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fn, kind))
        return fn
    return deco


def C(kind="text"):
    def deco(fn):
        CLEANS.append((fn.__name__, fn, kind))
        return fn
    return deco


EN_COS = [("Harrow & Finch Ltd", "harrowfinch.co.uk"), ("Blue Kestrel Analytics", "bluekestrel.io"),
          ("Northgate Lettings", "northgatelettings.co.uk"), ("Copperleaf Design Studio", "copperleafstudio.com"),
          ("Meridian Freight Ltd", "meridianfreight.co.uk"), ("Quayside Accountancy", "quaysideaccounts.co.uk"),
          ("Fernhill Building Supplies", "fernhillsupplies.co.uk"), ("Larkspur Media", "larkspurmedia.com")]
US_COS = [("Summit Ridge Realty", "summitridgerealty.com"), ("Pinewood Family Medicine", "pinewoodfm.org"),
          ("Riverbend Logistics LLC", "riverbendlogistics.com"), ("Crescent Bay Software", "crescentbay.dev"),
          ("Oak & Ember Catering", "oakandember.com"), ("Lakeshore Credit Union", "lakeshorecu.org"),
          ("Granite Peak Outfitters", "granitepeak.co"), ("Bluebird Analytics Inc.", "bluebirdanalytics.com")]
TITLES_EN = ["Account Manager", "Operations Lead", "Senior Data Analyst", "Office Manager", "Head of Procurement",
             "Project Coordinator", "Customer Success Manager", "Finance Director", "Recruitment Consultant",
             "Product Designer", "Lettings Negotiator", "Practice Manager"]


def sig_en(p, co, dom, region, with_addr=False, ml=True):
    parts = ["\n--\n", P(p), "\n", pick(TITLES_EN), " | ", co, "\n"]
    ph = PH(region, "mobile" if region != "US" else None)
    parts += [pick(["M: ", "Mob: ", "Mobile: ", "T: ", "Direct: "]), ph]
    if region == "US" and chance(0.3):
        parts += [pick([" ext. ", " x", " ext "]), str(R.randint(100, 4999))]
    if chance(0.5):
        parts += [" | ", work_email(p, dom)]
    else:
        parts += ["\n", work_email(p, dom)]
    if with_addr:
        parts += ["\n", A(region if region in ("US", "GB") else "GB", ml=False)]
    return parts


# ---------------------------------------------------------------- English: everyday text

@T()
def en_email_intro():
    cult = pick(["en", "en", "us", "in"])
    region = {"en": "GB", "us": "US", "in": "IN"}[cult]
    a, b, c = persons(cult if cult != "in" else "en", 2) + [person(cult)]
    co, dom = pick(EN_COS if cult == "en" else US_COS)
    prod = pick(["packaging film", "freight forwarding into the EU", "a new payroll tool", "office fit-outs", "cloud backup"])
    them = "her" if a.sex == "F" else "him"
    parts = [pick(["Subject: Intro – ", "Subject: Introduction: ", "Subject: Quick intro – "]), P(a, "first"), " / ", P(b, "first"), "\n\n",
             "Hi ", P(b, "first"), ",\n\n",
             pick(["Hope the week's treating you well. ", "Good to catch up on Thursday's call. ", "As promised on the phone earlier, here's the intro. ",
                   "Great to see you at the trade show last week. "]),
             "I'd like to introduce you to ", P(a), ", who looks after purchasing at ", co, ". ",
             P(a, "first"), " is looking for a second supplier for ", prod, " and I think you two should talk.\n\n",
             P(a, "first"), " – ", P(b, "first"), " is the best person I know for this. You can reach ", them, " on ",
             PH(region, "mobile" if region != "US" else None), " or at ", E(b), ".\n\n",
             "I'll leave you both to it.\n\n", pick(["Best,", "Cheers,", "Thanks,", "All the best,"]), "\n", P(c, "first")]
    co2, dom2 = pick([x for x in (EN_COS if cult == "en" else US_COS) if x[0] != co])
    parts += sig_en(c, co2, dom2, region, with_addr=chance(0.4))
    return "email", "en" if cult != "in" else "in", parts


@T()
def en_landlord_letter():
    t = person("en")
    ll = person("en")
    topic = pick([("boiler not working", "Despite two visits from the contractor, the boiler still cuts out every evening and we have had no hot water for nine days. "),
                  ("damp in the back bedroom", "The mould on the bedroom wall has come back and is now spreading onto the ceiling. "),
                  ("outstanding repairs", "The kitchen tap is still leaking and the cupboard underneath has swollen. "),
                  ("broken window latch", "The latch on the front bedroom window is broken, so the window cannot be locked. ")])
    ad = address("GB")
    parts = [P(t), "\n", ad.L(ml=True), "\n\n", NG(other_date("en"), "date_not_dob"), "\n\n",
             "Dear ", pick(["Mr ", "Ms ", "Mrs "]), P(ll, "family"), ",\n\n",
             "Re: ", ad.L(), " – ", topic[0], "\n\n",
             "I am writing about the problem I first reported by phone on ", nondob_date("en"), ". ", topic[1],
             "Under the tenancy agreement (reference ", NG("TA-%s" % dig(5), "contract_number"), ") repairs of this kind are your responsibility.\n\n",
             "Please contact me on ", PH("GB", "mobile"), " or at ", E(t), " to arrange access. I am usually at home after 5pm.\n\n",
             "Yours sincerely,\n\n", P(t)]
    return "letter", "en", parts


@T()
def en_support_chat():
    cust = person(pick(["en", "us"]))
    region = "US" if cust.cult == "us" else "GB"
    agent = person(pick(["en", "us", "in"]))
    shop = pick(["Brightline Home", "Parcelwise", "Kettle & Crumb", "Northwind Electricals", "Loft & Linen"])
    ad = address(region)
    parts = ["Chat transcript – ", shop, " Support\n",
             "[10:%02d] " % R.randint(0, 20), P(agent, "first"), ": Hi, you're chatting with ", P(agent, "first"), ". How can I help today?\n",
             "[10:%02d] You: hi, order " % R.randint(21, 30), order_no(), " says delivered but nothing has arrived\n",
             "[10:%02d] " % R.randint(31, 35), P(agent, "first"), ": Sorry to hear that! Can you confirm the name and delivery address on the order?\n",
             "[10:%02d] You: " % R.randint(36, 40), P(cust), ", ", ad.L(), "\n",
             "[10:%02d] " % R.randint(41, 45), P(agent, "first"), ": Thanks ", P(cust, "first"), ". The carrier shows tracking ", tracking_no(),
             " left \"in safe place\". What's the best number to reach you on?\n",
             "[10:%02d] You: " % R.randint(46, 50), PH(region, "mobile" if region == "GB" else None), pick(["", " (mobile)", " – text is fine"]), "\n",
             "[10:%02d] " % R.randint(51, 55), P(agent, "first"), ": I've opened case ", ticket_no(), " and you'll get an update at ",
             E(cust), " within 48 hours."]
    return "chat", "en", parts


@T()
def en_us_rental_application():
    a = person("us")
    ll = person("us")
    em = person("us")
    y, m, d = birth(1960, 2002)
    co, dom = pick(US_COS)
    parts = ["RENTAL APPLICATION\nProperty: ", A("US"), "\n\n",
             "Applicant name: ", P(a), "\n", "Date of birth: ", DOB("us", (y, m, d)), "\n",
             pick(["SSN: ", "Social Security #: ", "SSN (for credit check): "]), ssn(), "\n",
             "Current address: ", A("US"), "\n", "How long at current address: ", pick(["2 yrs", "8 months", "3 years", "14 months"]), "\n",
             "Cell: ", PH("US"), "    Email: ", E(a), "\n\n",
             "Employer: ", co, "    Monthly gross income: ", amount("$", 3200, 9800), "\n",
             "Current landlord: ", P(ll), ", ", PH("US"), "\n",
             "Emergency contact: ", P(em), " (", pick(["sister", "brother", "mother", "father", "friend"]), ") ", PH("US"), "\n",
             "Requested move-in: ", nondob_date("us"), "    Pets: ", pick(["none", "1 cat", "small dog (25 lb)"]), "\n",
             "Application fee: ", amount("$", 25, 75), " paid by card ", masked_card()]
    return "form", "en", parts


@T()
def en_us_medical_intake():
    p = person("us")
    y, m, d = birth(1945, 2004)
    ec = person("us")
    doc = person("us")
    parts = [pick(["NEW PATIENT INTAKE", "Patient Registration Form", "New Patient Information"]), " – ",
             pick(["Pinewood Family Medicine", "Lakeside Pediatrics", "Northside Internal Medicine", "Cedar Valley Dermatology"]), "\n\n",
             "Patient: ", P(p, "last_first") if chance(0.4) else P(p), "\n",
             "DOB: ", DOB("us", (y, m, d)), "    Sex: ", p.sex, "\n",
             "Address: ", A("US"), "\n", "Home phone: ", PH("US"), "   Cell: ", PH("US"), "\n",
             "Email: ", E(p), "\n",
             "Insurance: ", pick(["BlueCross PPO", "Aetna Choice POS II", "UnitedHealthcare HMO", "Cigna Open Access"]),
             "   Member ID: ", NG(up(3) + dig(9), "member_id"), "   Group #: ", NG(dig(6), "group_number"), "\n",
             "Referring physician: Dr. ", P(doc, "family"), "\n",
             "Emergency contact: ", P(ec), " – ", pick(["spouse", "daughter", "son", "partner", "parent"]), " – ", PH("US"), "\n",
             "Reason for visit: ", pick(["annual physical", "follow-up, blood pressure", "knee pain since March", "refill of thyroid medication"]), "\n",
             "Appointment: ", nondob_date("us"), " at ", pick(["9:15 AM", "2:40 PM", "11:00 AM"])]
    return "form", "en", parts


@T()
def en_csv_crm_export():
    cult = pick(["us", "en", "us"])
    region = "US" if cult == "us" else "GB"
    rows = persons(cult, R.randint(3, 6))
    hdr = pick(["first_name,last_name,email,phone,company,city,signup_date",
                "First Name,Last Name,Email,Mobile,Company,City,Created"])
    parts = [pick(["Here's the export from the CRM, can you dedupe it?\n\n", "", "contacts_export.csv:\n"]), hdr, "\n"]
    cos = [c for c, _ in (US_COS if cult == "us" else EN_COS)]
    for p in rows:
        city = address(region).city
        ph = PH(region, intl=False) if chance(0.85) else None
        parts += [L("person", p.given, sub=p.cult), ",", L("person", p.family, sub=p.cult), ",", E(p), ",",
                  ph if ph else "", ",", pick(cos).replace(",", ""), ",", city, ",", NG("%d-%02d-%02d" % (R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28)), "date_not_dob"), "\n"]
    parts[-1] = parts[-1]
    return "csv", "en", parts


@T()
def en_shipping_confirmation():
    cult = pick(["us", "en"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    shop = pick(["Wildroot Coffee Co.", "Hearth & Hollow", "PaperTrail Stationery", "Tidewater Outdoor", "Little Acorn Toys"])
    cur = "$" if cult == "us" else "£"
    it, sh = R.randint(900, 12000) / 100, pick([0.0, 3.99, 4.95, 7.5])
    carrier = pick(["UPS Ground", "USPS Priority", "FedEx Home"] if cult == "us" else ["Royal Mail Tracked 48", "DPD", "Evri"])
    parts = ["Subject: Your order ", order_no(), " is on its way!\n\n",
             "Hi ", P(p, "first"), ",\n\nGood news – your order has shipped and should arrive ", pick(["in 2-3 business days", "by Friday", "tomorrow before 9pm"]), ".\n\n",
             "Shipping to:\n", P(p), "\n", A(region, ml=True), "\n\n",
             "Carrier: ", carrier, "\n", "Tracking number: ", tracking_for(carrier), "\n\n",
             pick(["1 × Ceramic pour-over set", "2 × Notebook, dotted A5", "1 × Insulated flask 750ml", "3 × Wooden puzzle"]), "   ", NG(money(it, cur), "amount"), "\n",
             "Shipping   ", NG(money(sh, cur), "amount"), "\nTotal   ", NG(money(it + sh, cur), "amount"), "\n\n",
             "Questions? Reply to this e-mail or write to ", role_email(pick(["wildroot.co", "hearthandhollow.com", "littleacorn.co.uk"]), pick(["hello", "support", "orders"])), ".\n"]
    if chance(0.5):
        parts += ["We'll text delivery updates to ", PH(region, intl=False), "."]
    return "email", "en", parts


@T()
def en_flight_booking():
    cult = pick(["en", "us", "in"])
    region = {"en": "GB", "us": "US", "in": "IN"}[cult]
    pax = persons(cult, R.randint(1, 3))
    air = pick(["Skyline Air", "Atlantic Crest Airways", "BlueJet", "IndiGo"])
    country = {"en": "GB", "us": "US", "in": "IN"}[cult]
    parts = ["Booking confirmation – ", air, "\nBooking reference: ", booking_ref(), "\n\n",
             "Flight ", NG(pick(["BA", "AA", "6E", "U2", "DL", "AI"]) + str(R.randint(100, 2999)), "flight_number"), "  ",
             pick({"en": ["LHR → JFK", "MAN → FAO", "EDI → AMS", "BHX → PMI"], "us": ["ORD → LAX", "JFK → CUN", "SEA → HNL", "ATL → LHR"],
                   "in": ["BOM → DXB", "BLR → DEL", "MAA → SIN", "DEL → LHR"]}[cult]), "  ", nondob_date("en"), "\n\n",
             "Passengers (APIS details):\n"]
    for i, p in enumerate(pax, 1):
        parts += ["%d. " % i, L("person", (p.family.upper() + "/" + p.first.upper()) if chance(0.4) else p.full, sub=p.cult),
                  " – DOB ", DOB("en" if cult != "us" else "us"), " – Passport ", passport(country), " exp ",
                  NG("%02d/%d" % (R.randint(1, 12), R.randint(2027, 2035)), "expiry_date"), "\n"]
    lead = pax[0]
    parts += ["\nContact: ", E(lead), " / ", PH(region), "\n", "Paid: ", amount("£" if cult == "en" else ("₹" if cult == "in" else "$"), *((18000, 160000) if cult == "in" else (180, 2400))), " (", masked_card(), ")"]
    return "email", "en" if cult != "in" else "in", parts


@T()
def en_school_form():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    kid = person(cult)
    fam = kid.family
    m = Person(cult, "F", pick(NAMES[cult][1]), fam if chance(0.7) else person(cult).family)
    f = Person(cult, "M", pick(NAMES[cult][0]), fam)
    y, mo, d = birth(2011, 2020)
    gp = person(cult)
    parts = [pick(["Pupil Information Form", "STUDENT REGISTRATION", "Admissions form – Year ", ]),
             "" if chance(0.6) else str(R.randint(1, 9)), "\n\n",
             "Child's full name: ", P(kid), "\n", "Date of birth: ", DOB("us" if cult == "us" else "en", (y, mo, d)), "\n",
             "Home address: ", A(region), "\n\n",
             "Parent/carer 1: ", P(m), "   Mobile: ", PH(region, "mobile" if region == "GB" else None), "   Email: ", E(m), "\n",
             "Parent/carer 2: ", P(f), "   Mobile: ", PH(region, "mobile" if region == "GB" else None), "\n\n",
             "Doctor: Dr ", P(gp, "family"), ", ", pick(["Elmwood Surgery", "Riverside Pediatrics", "Castle Street Medical Centre"]), "\n",
             "Allergies / medical needs: ", pick(["none", "peanuts (EpiPen in bag)", "mild asthma – blue inhaler", "lactose intolerant"]), "\n",
             "Photo consent: ", pick(["Yes", "No"]), "    Start date: ", nondob_date("en")]
    return "form", "en", parts


@T()
def en_reference_letter():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    cand = person(cult)
    ref = person(cult)
    co, dom = pick(EN_COS if cult == "en" else US_COS)
    he = "she" if cand.sex == "F" else "he"
    parts = ["To whom it may concern,\n\n",
             "I am pleased to provide a reference for ", P(cand), ", who worked with me at ", co, " from ",
             NG(pick(MONTHS["en"]) + " %d" % R.randint(2016, 2021), "date_not_dob"), " until ", NG(pick(MONTHS["en"]) + " %d" % R.randint(2022, 2025), "date_not_dob"), ". ",
             P(cand, "first"), " joined as a junior ", pick(["analyst", "coordinator", "designer", "account executive"]),
             " and was promoted within eighteen months. ", he.capitalize(), " is reliable, calm under pressure and well liked by clients.\n\n",
             "I would happily work with ", P(cand, "first"), " again. If you need anything further, please call me on ", PH(region),
             " or e-mail ", work_email(ref, dom), ".\n\n", "Kind regards,\n\n", P(ref), "\n", pick(TITLES_EN), ", ", co]
    return "letter", "en", parts


@T()
def en_complaint_email():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    parts = ["Subject: Complaint – order ", order_no(), "\n\n", "Hello,\n\n",
             "I ordered a ", pick(["washing machine", "sofa", "laptop", "fridge freezer", "mattress"]), " on ", nondob_date("en"),
             " and paid ", amount("$" if cult == "us" else "£", 250, 1900), " with my card ", masked_card(), ". ",
             pick(["It was delivered damaged and the driver refused to take it back.", "Three delivery slots have been missed without notice.",
                   "I was charged twice and only one refund has come through."]), "\n\n",
             "The delivery address is ", A(region), ". I work from home, so any weekday is fine.\n\n",
             "I expect a full refund or a replacement within 14 days. You can reach me on ", PH(region), ".\n\n",
             "Regards,\n", P(p), "\n", E(p)]
    return "email", "en", parts


@T()
def en_uk_gp_registration():
    p = person("en")
    y, m, d = birth(1940, 2006)
    nok = person("en")
    prev = person("en")
    parts = ["GMS1 – Registration with a GP practice\n\n",
             "Surname: ", L("person", p.family, sub="en"), "\nFirst names: ", L("person", p.given, sub="en"), "\n",
             "Date of birth: ", DOB("en", (y, m, d)), "\nNHS number: ", nhs(), "\n",
             "Address: ", A("GB"), "\n", "Telephone: ", PH("GB", pick(["mobile", "fixed", "london"])), "\n",
             "Email: ", E(p), "\n", "Previous GP: Dr ", P(prev, "family"), ", ", pick(["Hillside Medical Practice", "The Old Mill Surgery", "Parkview Health Centre"]), "\n",
             "Next of kin: ", P(nok), " (", pick(["husband", "wife", "mother", "son", "partner"]), "), ", PH("GB", "mobile"), "\n",
             "Ethnicity / language: ", pick(["English", "prefer not to say", "Welsh speaker"])]
    return "form", "en", parts


@T()
def en_uk_payroll_change():
    p = person("en")
    hr = person("en")
    co, dom = pick(EN_COS)
    parts = ["Hi ", P(hr, "first"), ",\n\n",
             "Could you update my bank details for payroll from ", pick(["this month", "the next pay run", "April"]), "? New account:\n\n",
             "Name on account: ", P(p), "\nIBAN: ", IBAN("GB"), "\n",
             "BIC: ", NG(pick(["NWBKGB2L", "BARCGB22", "LOYDGB21", "HBUKGB4B", "MIDLGB22"]), "bic"), "\n\n",
             "For ID, my NI number is ", nino(), " and my employee number is ", NG("E%s" % dig(5), "employee_id"), ".\n\n",
             "Thanks,\n", P(p, "first")]
    if chance(0.5):
        parts += ["\n", PH("GB", "mobile")]
    return "email", "en", parts


@T()
def en_insurance_claim():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    tp = person(cult)
    y, m, d = birth(1950, 2003)
    parts = ["Motor claim – first notification of loss\n",
             "Policy number: ", NG(up(3) + dig(8), "policy_number"), "\n",
             "Policyholder: ", P(p), "\nDate of birth: ", DOB("us" if cult == "us" else "en", (y, m, d)), "\n",
             "Address: ", A(region), "\nContact number: ", PH(region), "\nEmail: ", E(p), "\n\n",
             "Incident date/time: ", nondob_date("en"), " approx. ", pick(["08:15", "17:40", "22:05"]), "\n",
             "Location: ", pick(["junction of Elm St and 5th Ave", "Walmart parking lot", "I-35 northbound near exit 240"] if cult == "us" else
                                 ["car park of Tesco Extra", "M6 southbound near J19", "school drop-off lane"]), "\n",
             "Vehicle reg: ", NG(dig(1) + up(3) + dig(3) if cult == "us" else up(2) + dig(2) + " " + up(3), "vehicle_plate"), "\n",
             "Third party: ", P(tp), ", tel ", PH(region), ", insurer ", pick(["Geico", "State Farm", "Progressive"] if cult == "us" else ["Admiral", "Aviva", "Direct Line"]), "\n",
             "Description: ", pick(["Third party reversed out of a bay into my passenger door.", "I was stationary at lights and was hit from behind.",
                                    "Other driver clipped my wing mirror while overtaking."])]
    return "form", "en", parts


@T()
def en_house_sitter_note():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    owner = person(cult)
    nb = person(cult)
    vet = person(cult)
    pet = pick(["Biscuit", "Pepper", "Otis", "Luna", "Mochi", "Ziggy"])
    parts = ["Notes for while we're away\n\n",
             "Wi-Fi: ", NG(pick(["BT-", "NETGEAR", "Hub_", "TP-Link_"]) + up(4, "ABCDEFGHJK23456789"), "wifi_ssid"), " / password ", PW(pick(["word", "rand"])), "\n",
             pet, " gets fed at 7am and 6pm (half a cup). ", pick(["Keep the back door shut, she bolts.", "Don't let him near the chocolate in the pantry!"]), "\n",
             "Bins go out ", pick(["Tuesday night", "Sunday evening"]), " – green one this week.\n\n",
             "If anything goes wrong:\n- Me: ", PH(region, "mobile" if region == "GB" else None), "\n",
             "- Our neighbour ", P(nb), " (", pick(["no. 14", "next door", "the blue house opposite"]), "): ", PH(region, "mobile" if region == "GB" else None), "\n",
             "- Vet: Dr ", P(vet, "family"), ", ", pick(["Greenway Vets", "Maple Animal Clinic", "Riverside Veterinary"]), " ", PH(region, "fixed" if region == "GB" else None), "\n\n",
             "Thanks so much – ", P(owner, "first")]
    return "letter", "en", parts


@T()
def en_card_over_chat():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    ag = person(pick(["en", "in", "us"]))
    parts = ["Agent ", P(ag, "first"), ": To complete the booking I'll need the card details.\n",
             "Customer: ok its ", CARD(), " exp ", NG("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date"),
             " cvv ", NG(dig(3), "cvc"), "\n",
             "Agent ", P(ag, "first"), ": Thank you. Name exactly as it appears on the card?\n",
             "Customer: ", L("person", p.full.upper() if chance(0.4) else p.full, sub=p.cult), "\n",
             "Agent ", P(ag, "first"), ": And the billing address?\n", "Customer: ", A(region), "\n",
             "Agent ", P(ag, "first"), ": Perfect, the total of ", amount("$" if cult == "us" else "£", 60, 1400), " has been authorised. Confirmation goes to ", E(p), "."]
    return "chat", "en", parts


@T("ask")
def en_password_help():
    cult = pick(["en", "us", "in"])
    p = person(cult)
    svc = pick(["the council tax portal", "my energy supplier's app", "the school's parent portal", "Outlook", "my bank's website"])
    parts = [pick(["I can't log into ", "Help, locked out of ", "Why won't "]), svc, pick([". ", " let me in? "]),
             "Username is ", E(p), " and the password is ", PW(), ", I've definitely typed it right. ",
             pick(["It says \"invalid credentials\" every time.", "It just keeps refreshing the login page.",
                   "I reset it yesterday and it worked once."]),
             pick(["", " My phone number on the account is " , " Recovery number is "])]
    if parts[-1].strip():
        parts += [PH({"en": "GB", "us": "US", "in": "IN"}[cult]), "."]
    return "chat", "en" if cult != "in" else "in", parts


@T()
def en_bank_transfer_details():
    cult = pick(["en", "en", "us"])
    p = person(cult)
    cl = person(cult)
    ctry = pick(["GB", "IE", "DE", "NL"]) if cult == "en" else pick(["GB", "DE"])
    parts = ["Hi ", P(cl, "first"), ",\n\n", "Thanks for the quick turnaround. Invoice ", invoice_no(), " for ", amount("€" if ctry != "GB" else "£", 300, 6500),
             " is attached; payment terms are 14 days.\n\nBank details:\n", "Account name: ", P(p), "\n", "IBAN: ", IBAN(ctry), "\n",
             "BIC/SWIFT: ", NG(pick(["REVOGB21", "INGBNL2A", "COBADEFFXXX", "AIBKIE2D", "NWBKGB2L"]), "bic"), "\n",
             "Reference: ", NG(up(3) + "-" + dig(4), "payment_reference"), "\n\n", "Cheers,\n", P(p, "first")]
    return "email", "en", parts


@T()
def en_email_thread():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    a, b, c = persons(cult, 3)
    co, dom = pick(EN_COS if cult == "en" else US_COS)
    parts = ["Can you help me write a polite reply to this?\n\n",
             "From: ", P(a), " <", work_email(a, dom), ">\n", "Sent: ", nondob_date("en"), " 09:14\n",
             "To: ", P(b), " <", E(b), ">\n", "Cc: ", P(c), " <", work_email(c, dom), ">\n",
             "Subject: RE: Q3 samples\n\n",
             "Hi ", P(b, "first"), ",\n\n",
             pick(["We still haven't received the revised samples and the launch is in two weeks. ",
                   "Following up again on the invoice dispute – accounts tell me nothing has been credited. ",
                   "The venue needs final numbers by Friday and I'm still waiting on your list. "]),
             "Can you give me a call today? My direct line is ", PH(region)]
    if region == "US" and chance(0.5):
        parts += [pick([" ext. ", " x", ", ext "]), str(R.randint(100, 899))]
    parts += [".\n\n", P(a, "first")]
    return "email", "en", parts


@T()
def en_recruiter_message():
    cult = pick(["en", "us", "in"])
    region = {"en": "GB", "us": "US", "in": "IN"}[cult]
    cand = person(cult)
    rec = person(cult)
    co, dom = pick(EN_COS if cult == "en" else US_COS)
    parts = ["Hi ", P(cand, "first"), ",\n\n",
             "I came across your profile and think you'd be a great fit for a ", pick(["Senior Backend Engineer", "Data Engineer", "Product Manager", "Site Reliability Engineer"]),
             " role with one of our clients (", pick(["fintech, Series B", "healthtech, fully remote", "e-commerce, hybrid 2 days"]), "). ",
             "Base is ", NG({"en": "£%dk" % R.randint(55, 110), "us": "$%dk" % R.randint(120, 210), "in": "₹%d LPA" % R.randint(18, 60)}[cult], "amount"),
             pick([" plus equity.", " + bonus.", "."]), "\n\n",
             "Would you be open to a quick chat this week? You can reach me on ", PH(region, "mobile" if region != "US" else None), " or ", work_email(rec, dom), ".\n\n",
             "Best,\n", P(rec), "\n", pick(["Talent Partner", "Senior Recruiter", "Recruitment Consultant"]), " | ", co]
    return "chat", "en" if cult != "in" else "in", parts


@T()
def en_meeting_notes():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    ppl = persons(cult, R.randint(4, 6))
    vend = person(cult)
    parts = ["Meeting notes – ", pick(["Website relaunch", "Q3 planning", "Office move", "Supplier review"]), " – ", nondob_date("en"), "\n",
             "Attendees: "]
    for i, p in enumerate(ppl):
        parts += [P(p), ", " if i < len(ppl) - 1 else "\n"]
    parts += ["Apologies: none\n\n", "1. Timeline\n   - ", P(ppl[0], "first"), " to confirm go-live date (target ", nondob_date("en"), ")\n",
              "   - Build ", version(), " goes to staging next week\n",
              "2. Budget\n   - Approved ", amount("$" if cult == "us" else "£", 2000, 40000), "; ", P(ppl[1], "first"), " to raise PO\n",
              "3. Vendors\n   - ", P(ppl[2], "first"), " spoke to ", P(vend), " at ", pick(["Fernhill", "Crescent Bay", "Larkspur"]), " – call back on ", PH(region),
              "\n\nActions\n- ", P(ppl[3], "first"), ": send revised floor plan\n- ", P(ppl[0], "first"), ": book room ", pick(["3.14", "Boardroom B", "Turing"]), " for next review"]
    return "notes", "en", parts


@T()
def en_invoice_freelancer():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    cl = person(cult)
    co, dom = pick(EN_COS if cult == "en" else US_COS)
    cur = "$" if cult == "us" else "£"
    hrs, rate = R.randint(4, 40), R.choice([35, 40, 45, 55, 60, 65, 75, 85, 95, 120])
    em = email_of(p)
    parts = ["INVOICE ", invoice_no(), "\n", "Date: ", nondob_date("en"), "    Due: ", nondob_date("en"), "\n\n",
             "From:\n", P(p), "\n", A(region, ml=True), "\n", L("email", em), " · ", PH(region), "\n\n",
             "Bill to:\n", co, "\nAttn: ", P(cl), "\n", pick(["Accounts Payable", "Finance"]), "\n\n",
             "Description                         Hours   Rate    Amount\n",
             pick(["Brand identity – concepts    ", "Website copywriting          ", "Bookkeeping, March           ", "Photography – product shoot  "]),
             "       ", str(hrs), "      ", NG(money(rate, cur), "amount"), "   ", NG(money(hrs * rate, cur), "amount"), "\n\n", "Total due: ", NG(money(hrs * rate, cur), "amount"), "\n\n"]
    if region == "GB":
        parts += ["Please pay by bank transfer to IBAN ", IBAN("GB"), "."]
    else:
        parts += ["Pay via Zelle to ", L("email", em), " or check payable to ", P(p), "."]
    return "invoice", "en", parts


@T()
def en_rsvp_list():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    ppl = persons(cult, R.randint(4, 7))
    parts = [pick(["Wedding RSVPs so far (can you sort by table?)\n\n", "Guest list for the 40th:\n\n", "RSVP tracker\n\n"]),
             "| Guest | Email | Phone | Meal |\n|---|---|---|---|\n"]
    for p in ppl:
        parts += ["| ", P(p), " | ", E(p) if chance(0.8) else "—", " | ", PH(region, intl=False) if chance(0.55) else "—", " | ",
                  pick(["chicken", "vegetarian", "vegan", "fish", "kids' menu"]), " |\n"]
    return "list", "en", parts


@T()
def en_tax_form_w9():
    p = person("us")
    parts = ["Form W-9 (Rev. ", NG("March 2024", "date_not_dob"), ") – filled\n",
             "1 Name: ", P(p), "\n2 Business name: ", pick(["—", "(blank)", "same as above"]), "\n",
             "3 Federal tax classification: Individual/sole proprietor\n",
             "5 Address: ", A("US", ml=False), "\n",
             "Part I  Taxpayer Identification Number\n  Social security number: ", ssn(pick(["dash", "space"])), "\n",
             "  Employer identification number: ", NG("—", "empty"), "\n",
             "Signature: /s/ ", P(p), "    Date: ", nondob_date("us")]
    return "form", "en", parts


@T()
def en_referral_letter():
    p = person("en")
    y, m, d = birth(1938, 2000)
    gp = person("en")
    cons = person("en")
    he = "she" if p.sex == "F" else "he"
    parts = [pick(["Castle Street Medical Centre", "Hillside Surgery", "Parkview Health Centre"]), "\n", nondob_date("en"), "\n\n",
             "Dear Dr ", P(cons, "family"), ",\n\n",
             "Re: ", P(p), ", DOB ", DOB("en", (y, m, d)), ", NHS No. ", nhs(), "\n", A("GB"), "\n\n",
             "Thank you for seeing this ", str(2025 - y), "-year-old ", "woman" if p.sex == "F" else "man", " with ",
             pick(["a six-month history of intermittent chest pain on exertion", "worsening right hip pain limiting mobility",
                   "recurrent migraines not responding to triptans", "persistent iron-deficiency anaemia"]), ". ",
             he.capitalize(), " can be contacted on ", PH("GB", "mobile"), ".\n\n",
             "Current medication: ", pick(["amlodipine 5 mg OD", "sertraline 50 mg", "none", "levothyroxine 75 mcg"]), "\n\n",
             "Yours sincerely,\n\nDr ", P(gp), "\nGP Partner"]
    return "letter", "en", parts


@T()
def en_fraud_report():
    cult = pick(["us", "en"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    y, m, d = birth(1950, 2003)
    ag = person(cult)
    parts = ["Fraud case notes – ", ticket_no(), "\n",
             "Caller verified: ", P(p), ", DOB ", DOB("us" if cult == "us" else "en", (y, m, d)), ", postcode/ZIP on file matched.\n",
             "Card reported: ", CARD(pick(["visa", "mastercard"])), " – blocked ", nondob_date("en"), ".\n",
             "Disputed: ", amount("$" if cult == "us" else "£", 20, 900), " at ", pick(["ONLINE-GAMES*LTD", "AMZN Mktp", "UBER *TRIP", "SQ *COFFEE BAR"]),
             ", ", amount("$" if cult == "us" else "£", 5, 300), " at ", pick(["APPLE.COM/BILL", "STEAMGAMES", "WWW.FLIGHTS-NOW"]), ".\n",
             "Replacement card to address on file: ", A(region), "\n",
             "Callback number: ", PH(region), "\nHandled by: ", P(ag, "first"), " (agent ", NG(dig(5), "employee_id"), ")"]
    return "notes", "en", parts


# ---------------------------------------------------------------- English: code, config, logs

DEV_DOMS = ["tidepool.app", "northwind.io", "crateandkiln.com", "ledgerly.dev", "harbourline.co.uk", "mapleleaf.tech",
            "quillstack.com", "brightforge.io"]
DB_USERS = ["app_user", "etl_user", "api", "webapp", "reporting_ro", "svc_orders", "django", "rails_prod"]
HOSTS = ["db-prod-01.internal", "pg-primary.svc.cluster.local", "mysql.staging.lan", "orders-db.c9akciq32.eu-west-1.rds.amazonaws.com"]


def ts_log(y=2025):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def clf_time():
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (R.randint(1, 28), pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]),
                                                R.randint(2024, 2026), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Gecko/20100101 Firefox/125.0"]


@T("tech")
def en_env_file():
    dom = pick(DEV_DOMS)
    owner = person(pick(["us", "en", "in"]))
    lines = [["# .env.", pick(["production", "local", "staging"]), "\n"], ["NODE_ENV=production\n"], ["PORT=", str(pick([3000, 8080, 5000, 8000])), "\n"],
             ["APP_URL=https://app.", dom, "\n"]]
    host = IP(True) if chance(0.5) else pick(HOSTS)
    opts = [
        ["DATABASE_URL=postgresql://", pick(DB_USERS), ":", L("secret", password(pick(["rand", "word"]), url=True), sub="db_password"), "@", host, ":5432/", pick(["app", "orders", "core"]), "\n"],
        ["REDIS_URL=redis://:", L("secret", password("rand", url=True), sub="redis_password"), "@", pick(["cache-01.internal", "redis", "localhost"]), ":6379/0\n"],
        ["STRIPE_SECRET_KEY=", S("stripe"), "\n", "STRIPE_PUBLISHABLE_KEY=", NG("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n"],
        ["OPENAI_API_KEY=", S("openai"), "\n"],
        ["ANTHROPIC_API_KEY=", S("anthropic"), "\n"],
        ["SENDGRID_API_KEY=", S("sendgrid"), "\n", "MAIL_FROM=", role_email(dom), "\n"],
        ["AWS_ACCESS_KEY_ID=", S("aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=", S("aws_secret_access_key"), "\nAWS_REGION=", pick(["eu-west-2", "us-east-1", "ap-south-1"]), "\n"],
        ["SESSION_SECRET=", L("secret", hexs(64), sub="session_secret"), "\n"],
        ["GITHUB_TOKEN=", S("github_pat"), "\n"],
        ["TWILIO_API_KEY=", S("twilio"), "\n"],
        ["ADMIN_EMAIL=", E(owner), "\n"],
        ["GOOGLE_MAPS_KEY=", S("google_api_key"), "\n"],
        ["LOG_LEVEL=info\nFEATURE_FLAGS=checkout_v2,", NG("beta-" + version().text, "version"), "\n"],
        ["SENTRY_RELEASE=", git_hash(False), "\n"],
    ]
    chosen = R.sample(opts, R.randint(4, 7))
    parts = []
    if chance(0.5):
        parts += [pick(["My app can't connect to the database in production, here's my env file:\n\n",
                        "Is there anything wrong with this .env? Deploy fails on boot.\n\n",
                        "why is stripe saying invalid api key?? env below\n\n"])]
    for ln in lines + chosen:
        parts += ln
    return "env", "en", parts


@T("ask")
def en_python_api_key():
    kind = pick(["openai", "anthropic", "google_api_key", "sendgrid", "stripe"])
    snippets = {
        "openai": ["from openai import OpenAI\n\nclient = OpenAI(api_key=\"", S("openai"), "\")\n\n",
                   "resp = client.chat.completions.create(\n    model=\"gpt-4o-mini\",\n    messages=[{\"role\": \"user\", \"content\": prompt}],\n)\nprint(resp.choices[0].message.content)\n"],
        "anthropic": ["import anthropic\n\nclient = anthropic.Anthropic(api_key=\"", S("anthropic"), "\")\n",
                      "msg = client.messages.create(\n    model=\"claude-3-5-sonnet-latest\",\n    max_tokens=1024,\n    messages=[{\"role\": \"user\", \"content\": text}],\n)\n"],
        "google_api_key": ["import requests\n\nAPI_KEY = \"", S("google_api_key"), "\"\n",
                           "url = f\"https://maps.googleapis.com/maps/api/geocode/json?address={addr}&key={API_KEY}\"\nr = requests.get(url, timeout=10)\nprint(r.json()[\"status\"])\n"],
        "sendgrid": ["from sendgrid import SendGridAPIClient\nfrom sendgrid.helpers.mail import Mail\n\n",
                     "sg = SendGridAPIClient(\"", S("sendgrid"), "\")\n"],
        "stripe": ["import stripe\n\nstripe.api_key = \"", S("stripe"), "\"\n\n",
                   "session = stripe.checkout.Session.create(\n    mode=\"payment\",\n    line_items=[{\"price\": \"", NG("price_" + rnd(R, ALNUM, 24), "stripe_price_id"), "\", \"quantity\": 1}],\n",
                   "    success_url=\"https://example.com/success\",\n)\n"],
    }
    parts = [pick(["Why does this return ", "Getting ", "Keep hitting "]), pick(["401 Unauthorized", "403", "an AuthenticationError", "429 insufficient_quota"]),
             pick(["? Code:\n\n", " with this, any idea?\n\n```python\n", ":\n\n"])]
    body = snippets[kind]
    if kind == "sendgrid":
        p = person(pick(["us", "en"]))
        q = person(pick(["us", "en"]))
        body = body + ["msg = Mail(\n    from_email=\"", E(p), "\",\n    to_emails=\"", E(q), "\",\n    subject=\"Your receipt\",\n    html_content=\"<p>Thanks!</p>\",\n)\nsg.send(msg)\n"]
    parts += body
    if parts[2].endswith("```python\n"):
        parts += ["```"]
    return "code", "en", parts


@T("tech")
def en_js_fetch():
    p = person(pick(["us", "en"]))
    region = "US" if p.cult == "us" else "GB"
    dom = pick(DEV_DOMS)
    tok = L("secret", jwt_custom({"sub": str(R.randint(1000, 99999)), "role": pick(["admin", "user", "service"]), "iat": R.randint(1700000000, 1760000000)}), sub="jwt") if chance(0.6) else S("stripe")
    parts = [pick(["This fetch keeps failing with CORS in the browser but works in Postman:\n\n", "Can you convert this to axios?\n\n", "What's wrong with my request body?\n\n"]),
             "const res = await fetch(\"https://api.", dom, "/v1/customers\", {\n  method: \"POST\",\n  headers: {\n",
             "    \"Authorization\": \"Bearer ", tok, "\",\n    \"Content-Type\": \"application/json\",\n  },\n",
             "  body: JSON.stringify({\n    name: \"", P(p), "\",\n    email: \"", E(p), "\",\n    phone: \"", PH(region, intl=True), "\",\n",
             "    plan: \"pro_annual\",\n  }),\n});\nconsole.log(res.status, await res.text());"]
    return "code", "en", parts


@T("tech")
def en_traceback_db():
    user = pick(DB_USERS)
    ip = ip4(chance(0.6))
    pw = password(pick(["rand", "word"]), url=True)
    db = pick(["warehouse", "orders", "analytics"])
    if chance(0.55):
        parts = [pick(["Cron job died overnight, what does this mean?\n\n", "", "Any idea? Password is definitely right in the console\n\n"]),
                 "Traceback (most recent call last):\n  File \"/srv/etl/load_orders.py\", line ", str(R.randint(20, 90)), ", in <module>\n",
                 "    conn = psycopg2.connect(\"postgresql://", user, ":", L("secret", pw, sub="db_password"), "@", L("ip", ip, sub="v4"), ":5432/", db, "\")\n",
                 "  File \"/usr/lib/python3/dist-packages/psycopg2/__init__.py\", line 122, in connect\n",
                 "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\n",
                 "psycopg2.OperationalError: connection to server at \"", L("ip", ip, sub="v4"), "\", port 5432 failed: ",
                 pick(["FATAL:  password authentication failed for user \"%s\"" % user, "Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?"])]
    else:
        parts = ["application.properties:\n", "spring.datasource.url=jdbc:mysql://", L("ip", ip, sub="v4"), ":3306/", db, "?useSSL=false\n",
                 "spring.datasource.username=", user, "\nspring.datasource.password=", L("secret", pw, sub="db_password"), "\n\n",
                 "Startup log:\n", "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory'\n",
                 "Caused by: java.sql.SQLException: Access denied for user '", user, "'@'", IP(True), "' (using password: YES)\n",
                 "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n",
                 "\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:", str(R.randint(500, 600)), ")"]
    return "trace", "en", parts


@T("tech")
def en_nginx_access_log():
    parts = [pick(["Seeing a lot of these in the access log, is someone scraping us?\n\n", "Can you summarise what these requests are doing?\n\n", ""])]
    for _ in range(R.randint(4, 7)):
        ip = IP(False) if chance(0.8) else IP6()
        r = R.random()
        if r < 0.25:
            p = person(pick(["us", "en", "de", "fr"]))
            path = ["GET /account/lookup?email=", E(p), " HTTP/1.1"]
        elif r < 0.45:
            path = ["POST /wp-login.php HTTP/1.1"]
        elif r < 0.65:
            path = ["GET /static/js/app.", NG(hexs(8), "asset_hash"), ".js HTTP/2.0"]
        else:
            path = ["GET /api/v2/orders/", NG(str(R.randint(100000, 999999)), "order_number"), " HTTP/1.1"]
        parts += [ip, " - - [", clf_time(), "] \""] + path + ["\" ", str(pick([200, 200, 301, 404, 403, 499])), " ", str(R.randint(120, 48000)),
                                                              " \"-\" \"", NG(pick(UAS), "user_agent"), "\"\n"]
    return "log", "en", parts


@T("tech")
def en_sshd_auth_log():
    host = pick(["web-01", "bastion", "ip-10-0-3-17", "vps4821", "nas"])
    mon = pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    day = R.randint(1, 28)
    parts = [pick(["Should I be worried about these? From /var/log/auth.log\n\n", "what is this in my server logs\n\n", ""])]
    for _ in range(R.randint(3, 6)):
        ip = IP(False)
        pid = R.randint(1000, 60000)
        t = "%s %2d %02d:%02d:%02d %s sshd[%d]: " % (mon, day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), host, pid)
        k = R.random()
        if k < 0.5:
            parts += [t, "Failed password for invalid user ", pick(["admin", "oracle", "test", "ubuntu", "git", "postgres"]), " from ", ip, " port ", str(R.randint(30000, 65000)), " ssh2\n"]
        elif k < 0.75:
            parts += [t, "Received disconnect from ", ip, " port ", str(R.randint(30000, 65000)), ":11: Bye Bye [preauth]\n"]
        else:
            parts += [t, "Accepted publickey for ", pick(["deploy", "ubuntu", "ec2-user"]), " from ", ip, " port ", str(R.randint(30000, 65000)),
                      " ssh2: ED25519 SHA256:", NG(rnd(R, B64, 43), "key_fingerprint"), "\n"]
    return "log", "en", parts


@T("tech")
def en_json_app_log():
    parts = []
    if chance(0.5):
        parts.append(pick(["Why do some logins fail? Logs:\n\n", "Parse these into a table please\n\n"]))
    for _ in range(R.randint(3, 5)):
        p = person(pick(["us", "en", "in", "de"]))
        ip = IP() if chance(0.8) else IP6()
        parts += ["{\"ts\":\"", NG(ts_log(), "timestamp"), "\",\"level\":\"", pick(["info", "warn", "error"]), "\",\"msg\":\"",
                  pick(["login succeeded", "login failed: bad password", "password reset requested", "mfa challenge sent"]),
                  "\",\"user\":\"", E(p), "\",\"ip\":\"", ip, "\",\"request_id\":\"", UUID(), "\"}\n"]
    return "log", "en", parts


@T("tech")
def en_sql_result():
    cult = pick(["us", "en", "in"])
    region = {"us": "US", "en": "GB", "in": "IN"}[cult]
    rows = persons(cult, R.randint(3, 5))
    parts = [pick(["Why does this query return duplicates?\n\n", "Result of SELECT * FROM customers LIMIT 5;\n\n", ""]),
             " id  | full_name            | email                         | phone           | created_at\n",
             "-----+----------------------+-------------------------------+-----------------+---------------------\n"]
    for p in rows:
        e, ph = E(p), (PH(region, intl=chance(0.5)) if chance(0.8) else None)
        parts += [" %-3d | " % R.randint(100, 999), P(p), " " * max(1, 21 - len(p.full)), "| ", e, " " * max(1, 30 - len(e.value)), "| ",
                  ph if ph else "", " " * max(1, 16 - (len(ph.value) if ph else 0)), "| ",
                  NG("%d-%02d-%02d %02d:%02d:%02d" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"), "\n"]
    parts += ["(%d rows)" % len(rows)]
    return "sql", "en" if cult != "in" else "in", parts


@T("tech")
def en_aws_credentials():
    parts = [pick(["The CLI keeps using the wrong account. ~/.aws/credentials:\n\n", "Which of these profiles is the default?\n\n", ""]),
             "[default]\naws_access_key_id = ", S("aws_access_key_id"), "\naws_secret_access_key = ", S("aws_secret_access_key"), "\n\n",
             "[", pick(["prod-admin", "staging", "client-acme"]), "]\naws_access_key_id = ", S("aws_access_key_id"), "\naws_secret_access_key = ",
             S("aws_secret_access_key"), "\nregion = ", pick(["eu-west-1", "us-east-2", "ap-southeast-2"]), "\n"]
    if chance(0.5):
        parts += ["\nand `aws sts get-caller-identity` says account ", NG(dig(12), "aws_account_id"), ", arn ",
                  NG("arn:aws:iam::%s:user/%s" % (dig(12), pick(["ci-bot", "terraform", "backup"])), "arn")]
    return "config", "en", parts


@T("tech")
def en_docker_compose():
    p = person(pick(["us", "en", "de", "nl"]))
    parts = [pick(["pgadmin won't let me log in with this compose file, why?\n\n", "Review my docker-compose please\n\n", ""]),
             "services:\n  db:\n    image: postgres:", NG(pick(["16.2", "15-alpine", "14.11"]), "version"), "\n    environment:\n",
             "      POSTGRES_USER: ", pick(["app", "postgres", "admin"]), "\n      POSTGRES_PASSWORD: ", L("secret", password(), sub="db_password"), "\n",
             "      POSTGRES_DB: ", pick(["appdb", "shop"]), "\n    ports:\n      - \"5432:5432\"\n",
             "  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_EMAIL: ", E(p), "\n",
             "      PGADMIN_DEFAULT_PASSWORD: ", L("secret", password(), sub="password"), "\n    ports:\n      - \"5050:80\"\n"]
    if chance(0.5):
        parts += ["  api:\n    build: .\n    environment:\n      JWT_SECRET: ", L("secret", rnd(R, URLSAFE, 48), sub="jwt_secret"), "\n      MAILGUN_API_KEY: ",
                  L("secret", "key-" + hexs(32), sub="mailgun"), "\n"]
    return "yaml", "en", parts


@T("tech")
def en_k8s_secret():
    parts = [pick(["kubectl apply fails with this secret, what's wrong with the yaml?\n\n", "Convert this to a sealed secret?\n\n", ""]),
             "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", pick(["api-secrets", "backend-env", "payments"]), "\n  namespace: ", pick(["prod", "default", "shop"]), "\n",
             "type: Opaque\nstringData:\n  DB_PASSWORD: \"", L("secret", password(), sub="db_password"), "\"\n",
             "  SLACK_BOT_TOKEN: \"", S("slack_token"), "\"\n"]
    if chance(0.6):
        parts += ["  NPM_TOKEN: \"", S("npm_token"), "\"\n"]
    if chance(0.5):
        parts += ["  CONFIG_HASH: \"", sha256(), "\"\n"]
    return "yaml", "en", parts


@T("ask")
def en_curl_command():
    k = R.random()
    if k < 0.35:
        parts = ["curl -H \"Authorization: token ", S("github_pat"), "\" https://api.github.com/repos/", pick(["acme", "tidepool", "ledgerly"]),
                 "/", pick(["web", "infra", "api"]), "/issues?state=open\n\n", pick(["returns 404 but the repo exists?", "why Bad credentials?"])]
    elif k < 0.65:
        user = person(pick(["us", "en"]))
        parts = ["curl -u ", E(user), ":", PW(), " -X POST https://jira.", pick(DEV_DOMS),
                 "/rest/api/2/issue -H 'Content-Type: application/json' -d @ticket.json\n\n", "gives 401, is basic auth still allowed?"]
    else:
        p = person(pick(["us", "en"]))
        dom = pick(DEV_DOMS)
        parts = ["curl https://api.mailgun.net/v3/mg.", dom, "/messages \\\n  -u 'api:", L("secret", "key-" + hexs(32), sub="mailgun"), "' \\\n",
                 "  -F from='", role_email(dom), "' \\\n  -F to='", E(p), "' \\\n  -F subject='Your order' -F text='Thanks!'\n\n",
                 "what does \"Forbidden\" mean here?"]
    return "code", "en", parts


@T("ask")
def en_private_key_paste():
    ip = IP(False)
    parts = [pick(["Is this key in the right format for GitHub Actions? ", "ssh says \"invalid format\" with this key: ", "Why does ssh-add reject this? "]),
             "\n\n", S("pem"), "\n\nI'm running ssh -i deploy_key ", pick(["deploy", "ubuntu", "root"]), "@", ip, " -p ", str(pick([22, 2222])),
             "\nand the fingerprint should be SHA256:", NG(rnd(R, B64, 43), "key_fingerprint")]
    return "code", "en", parts


@T("ask")
def en_mongo_uri():
    user = pick(["admin", "appUser", "dbAdmin", "reporting"])
    parts = [pick(["Getting MongoServerError: bad auth : Authentication failed. My URI:\n\n", "Connection string not working from Vercel:\n\n"]),
             "mongodb+srv://", user, ":", L("secret", password(pick(["rand", "word", "phrase"]), url=True), sub="db_password"), "@cluster0.",
             rnd(R, string.ascii_lowercase + string.digits, 5), ".mongodb.net/", pick(["shop", "test", "prod"]), "?retryWrites=true&w=majority\n\n",
             pick(["Network access allows ", "I whitelisted "]), IP(False)]
    parts += pick([[" and ", NG("0.0.0.0/0", "cidr"), "."], ["."], [" plus my home IP."]])
    return "chat", "en", parts


@T("ask")
def en_jwt_debug():
    p = person(pick(["us", "en"]))
    tok = S("jwt") if chance(0.5) else L("secret", jwt_custom({"sub": email_of(p), "exp": R.randint(1700000000, 1750000000)}), sub="jwt")
    parts = [pick(["Why is the API saying my token expired? ", "Can you decode this JWT? ", "Token from the login response: "]), "\n\n", tok, "\n\n",
             pick(["Server time is ", "Request sent at "]), NG(ts_log(), "timestamp"), pick([".", " UTC."])]
    return "chat", "en", parts


@T("ask")
def en_slack_webhook_script():
    parts = ["#!/bin/bash\n# nightly backup + notify\nset -euo pipefail\n\n",
             "pg_dump -h ", IP(True), " -U backup -Fc shop > /backups/shop_$(date +%F).dump\n",
             "WEBHOOK=\"", S("slack_webhook"), "\"\n",
             "curl -s -X POST -H 'Content-type: application/json' --data '{\"text\":\"Backup finished on '\"$(hostname)\"'\"}' \"$WEBHOOK\"\n\n",
             pick(["the curl part works manually but not from cron?", "how do I only post on failure?", ""])]
    return "code", "en", parts


@T("tech")
def en_http_request_dump():
    cult = pick(["us", "en"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    y, m, d = birth(1955, 2005)
    dom = pick(DEV_DOMS)
    parts = [pick(["The backend returns 422 for this, which field is wrong?\n\n", "Captured request from devtools:\n\n"]),
             "POST /api/v1/signup HTTP/1.1\nHost: api.", dom, "\nAuthorization: Bearer ", S("jwt"), "\nContent-Type: application/json\n",
             "X-Request-Id: ", UUID(), "\n\n",
             "{\n  \"firstName\": \"", L("person", p.given, sub=cult), "\",\n  \"lastName\": \"", L("person", p.family, sub=cult), "\",\n",
             "  \"email\": \"", E(p), "\",\n  \"phone\": \"", PH(region, intl=True), "\",\n",
             "  \"dateOfBirth\": \"", DOB("iso", (y, m, d)), "\",\n  \"marketingOptIn\": ", pick(["true", "false"]), "\n}"]
    return "http", "en", parts


@T("tech")
def en_auth_audit_log():
    parts = [pick(["Security asked me to check this, anything suspicious?\n\n", ""])]
    for _ in range(R.randint(3, 6)):
        p = person(pick(["us", "en", "in", "nl"]))
        ip = IP(False) if chance(0.85) else IP6()
        parts += [NG(ts_log(), "timestamp"), " ", pick(["INFO ", "WARN "]), "auth user=", E(p), " action=", pick(["login", "login", "mfa_verify", "password_change"]),
                  " result=", pick(["success", "failure", "failure"]), " src_ip=", ip, " geo=", pick(["GB", "US", "IN", "NL", "RO", "BR"]), "\n"]
    return "log", "en", parts


@T("tech")
def en_tfvars():
    parts = [pick(["terraform plan complains about an invalid password, tfvars:\n\n", "Should these live in tfvars? \n\n", ""]),
             "region          = \"", pick(["eu-west-2", "us-east-1"]), "\"\ninstance_type   = \"t3.medium\"\n",
             "db_username     = \"", pick(["admin", "dbadmin", "master"]), "\"\ndb_password     = \"", L("secret", password(), sub="db_password"), "\"\n",
             "cloudflare_api_token = \"", L("secret", rnd(R, URLSAFE, 40), sub="cloudflare_token"), "\"\n",
             "allowed_cidrs   = [\"", NG(pick(["10.0.0.0/16", "192.168.0.0/24", "172.16.0.0/12"]), "cidr"), "\", \"", IP(False), "/32\"]\n",
             "datadog_api_key = \"", L("secret", hexs(32), sub="datadog"), "\"\n"]
    return "config", "en", parts


@T("tech")
def en_slack_dev_chat():
    a, b = persons(pick(["us", "en", "in"]), 2)
    h, mi = R.randint(9, 16), R.randint(0, 50)
    tm = lambda k: "%d:%02d %s" % ((h - 1) % 12 + 1, mi + k, "AM" if h < 12 else "PM")  # noqa: E731
    parts = [P(a), "  ", tm(0), "\n@", P(b, "first"), " can you send me the staging db creds? the vault one is expired\n",
             P(b), "  ", tm(2), "\nhost: ", IP(True), "  user: ", pick(["admin", "staging_rw", "postgres"]), "  pass: ", PW(), "\n",
             "don't paste it anywhere public pls 😅\n", P(a), "  ", tm(3), "\n", pick(["ty!", "got it, thanks", "👍 in"])]
    return "chat", "en" if a.cult != "in" else "in", parts


@T("tech")
def en_wp_config():
    parts = [pick(["Error establishing a database connection after migrating, wp-config:\n\n", "Moved hosts and the site's down.\n\n", ""]),
             "define( 'DB_NAME', '", pick(["wp_shop", "wordpress", "blog_prod"]), "' );\n", "define( 'DB_USER', '", pick(["wp_admin", "wpuser"]), "' );\n",
             "define( 'DB_PASSWORD', '", L("secret", password(), sub="db_password"), "' );\n",
             "define( 'DB_HOST', '", IP(True) if chance(0.6) else "localhost", "' );\n",
             "define( 'AUTH_KEY', '", L("secret", rnd(R, string.ascii_letters + string.digits + "!@#$%^&*()-_[]{}<>~+=,.;:/?|", 64), sub="wp_salt"), "' );\n",
             "$table_prefix = 'wp_';\n"]
    return "code", "en", parts


@T("ask")
def en_git_remote_token():
    user = pick(["build-bot", "ci-runner", "deploy-user", "octo-dev", "release-bot"])
    parts = ["$ git remote -v\norigin\thttps://", user, ":", S(pick(["github_pat", "github_fine_grained"])), "@github.com/",
             pick(["acme-corp", "tidepool", "ledgerly"]), "/", pick(["website", "api", "mobile-app"]), ".git (fetch)\n",
             "$ git push\nremote: Permission to ", pick(["acme-corp", "tidepool"]), "/website.git denied.\nfatal: unable to access: The requested URL returned error: 403\n\n",
             pick(["Why 403 if the token is right?", "how do I switch to ssh instead?"]), " Commit is ", git_hash(True), "."]
    return "code", "en", parts


@T("tech")
def en_github_issue():
    p = person(pick(["us", "en", "de"]))
    parts = ["### Bug: webhook retries forever on 500\n\n", "**Version:** ", version(), "  \n**OS:** Ubuntu 22.04\n\n",
             "**Config (`config.yml`):**\n```yaml\nnotify:\n  slack_webhook: ", S("slack_webhook"), "\n  email: ", E(p), "\n",
             "storage:\n  s3_bucket: ", pick(["acme-exports", "backups-prod"]), "\n  access_key: ", S("aws_access_key_id"), "\n  secret_key: ",
             S("aws_secret_access_key"), "\n```\n\n", "**Logs:**\n```\nERROR retry #", str(R.randint(3, 40)), " request_id=", UUID(), " status=500\n```"]
    return "code", "en", parts


# ---------------------------------------------------------------- German

def kvnr_make():
    letter = pick("ABCDEFGHIJKLMNOPRSTUVWZ")
    body = "%02d" % (ord(letter) - 64) + nzd(1) + dig(7)
    return letter + body[2:] + _kvnr_check(body)


def _kvnr_check(body):
    s = 0
    for i, c in enumerate(body):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return str(s % 10)


def kvnr_ok(v):
    return len(v) == 10 and v[0].isalpha() and _kvnr_check("%02d" % (ord(v[0]) - 64) + v[1:9]) == v[9]


DE_JOBS = ["Sachbearbeiterin Buchhaltung", "Industriekaufmann", "Pflegefachkraft", "Softwareentwickler (m/w/d)",
           "Teamassistenz", "Elektroniker für Betriebstechnik", "Erzieherin", "Projektmanager Marketing"]
DE_COS = ["Nordlicht Software GmbH", "Rheinblick Immobilien", "Bäckerei Sonnenschein", "Stadtwerke Lindental",
          "Hausverwaltung Sonnenhof GmbH", "Kanzlei am Markt", "Elbufer Logistik GmbH"]


@T()
def de_bewerbung():
    p = person("de")
    hr = person("de")
    y, m, d = birth(1975, 2003)
    ad = address("DE")
    anrede = "Sehr geehrte Frau " if hr.sex == "F" else "Sehr geehrter Herr "
    parts = ["Betreff: Bewerbung als ", pick(DE_JOBS), " – ", P(p), "\n\n", anrede, P(hr, "family"), ",\n\n",
             "mit großem Interesse habe ich Ihre Stellenanzeige ", pick(["auf StepStone", "auf Ihrer Website", "bei der Agentur für Arbeit"]), " gelesen. ",
             "Derzeit arbeite ich bei der ", pick(DE_COS), " und möchte mich beruflich weiterentwickeln. ",
             "Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n",
             "Mit freundlichen Grüßen\n", P(p), "\n\n", ad.L(ml=True), "\n", pick(["Mobil: ", "Tel.: ", "Handy: "]), PH("DE", pick(["mobile", "mobile7"])), "\n",
             "E-Mail: ", E(p), "\n", pick(["Geboren am ", "Geburtsdatum: ", "geb. "]), DOB("de", (y, m, d))]
    return "email", "de", parts


@T()
def de_kaution_brief():
    p = person("de")
    hv = person("de")
    ad = address("DE")
    new = address("DE")
    parts = [P(p), "\n", new.L(ml=True), "\n\n", pick(["Hausverwaltung Sonnenhof GmbH", "Rheinblick Immobilien", "Wohnungsbaugenossenschaft Eintracht eG"]), "\n",
             "z. Hd. ", "Frau " if hv.sex == "F" else "Herrn ", P(hv), "\n\n", new.city, ", ", NG(fmt_date("de", 2026, R.randint(1, 11), R.randint(1, 28)), "date_not_dob"), "\n\n",
             "Rückzahlung der Mietkaution – Wohnung ", ad.L(), ", ", pick(["2. OG links", "EG rechts", "DG", "3. OG Mitte"]), "\n\n",
             "Sehr geehrte Damen und Herren,\n\n", "das Mietverhältnis endete am ", nondob_date("de"), ", die Wohnung wurde ohne Mängel übergeben (Protokoll liegt Ihnen vor). ",
             "Bitte überweisen Sie die Kaution in Höhe von ", NG(money(R.choice([1200, 1350, 1500, 1650, 1800, 2100, 2400, 2850]), "€", "de"), "amount"), " zuzüglich Zinsen auf folgendes Konto:\n\n",
             "Kontoinhaber: ", P(p), "\nIBAN: ", IBAN("DE"), "\n\n", "Für Rückfragen erreichen Sie mich unter ", PH("DE"), ".\n\n", "Mit freundlichen Grüßen\n\n", P(p)]
    return "letter", "de", parts


@T()
def de_steuerberater_mail():
    p = person("de", "M")
    w = Person("de", "F", pick(NAMES["de"][1]), p.family)
    sb = person("de")
    y1, m1, d1 = birth(1960, 1995)
    y2, m2, d2 = birth(1960, 1995)
    parts = ["Hallo ", "Frau " if sb.sex == "F" else "Herr ", P(sb, "family"), ",\n\n", "anbei die Belege für die Einkommensteuererklärung ",
             NG(str(R.randint(2022, 2025)), "year"), ". Unsere Steuer-IDs:\n", "- ", P(p, "first"), ": ", steuerid(), " (geb. ", DOB("de", (y1, m1, d1)), ")\n",
             "- ", P(w, "first"), ": ", steuerid(), " (geb. ", DOB("de", (y2, m2, d2)), ")\n\n",
             "Seit ", nondob_date("de"), " wohnen wir in der ", A("DE"), ". Die Erstattung bitte wie immer auf ", IBAN("DE"), ".\n\n",
             "Die Handwerkerrechnung über ", amount("€", 180, 2600, "de"), " reiche ich nach.\n\nViele Grüße\n", P(p), "\n", PH("DE")]
    return "email", "de", parts


@T()
def de_support_chat():
    p = person("de")
    ag = person("de")
    prov = pick(["Telekom", "Vodafone", "1&1", "O2", "Stadtwerke Lindental"])
    herr = "Frau " if p.sex == "F" else "Herr "
    parts = ["Chatprotokoll – ", prov, " Kundenservice\n", "Sie: Hallo, mein Internet geht seit gestern Abend nicht mehr.\n",
             P(ag, "first"), ": Guten Tag! Mein Name ist ", P(ag), ". Nennen Sie mir bitte Ihre Kundennummer und die Anschlussadresse?\n",
             "Sie: Kundennummer ", NG(dig(10), "customer_number"), ", ", A("DE"), "\n",
             P(ag, "first"), ": Danke, ", herr, P(p, "family"), ". Ich sehe eine Störung im Verteiler, Ticket ", ticket_no(), ". Unter welcher Nummer erreicht Sie der Techniker?\n",
             "Sie: ", PH("DE", pick(["mobile", "mobile7"])), "\n",
             P(ag, "first"), ": Termin ist am ", nondob_date("de"), " zwischen 8 und 12 Uhr. Die Bestätigung geht an ", E(p), "."]
    return "chat", "de", parts


@T()
def de_patientenaufnahme():
    p = person("de")
    y, m, d = birth(1940, 2008)
    doc = person("de")
    ha = person("de")
    parts = ["Patientenaufnahmebogen – Praxis Dr. med. ", P(doc), "\n\n", "Name, Vorname: ", P(p, "last_first"), "\n",
             "Geburtsdatum: ", DOB("de", (y, m, d)), "\n", "Anschrift: ", A("DE"), "\n", "Telefon: ", PH("DE", pick(["fixed", "berlin"])), "   Mobil: ",
             PH("DE", pick(["mobile", "mobile7"])), "\n", "E-Mail: ", E(p), "\n",
             "Krankenkasse: ", pick(["TK", "AOK Rheinland", "Barmer", "DAK-Gesundheit", "IKK classic"]), "   Versichertennummer: ", G(kvnr_make(), "kvnr"), "\n",
             "Hausarzt: Dr. ", P(ha, "family"), "\n", "Allergien: ", pick(["keine", "Penicillin", "Pollen, Hausstaub", "Nüsse"]), "\n",
             "Termin: ", nondob_date("de"), ", ", pick(["08:30", "10:15", "16:45"]), " Uhr"]
    return "form", "de", parts


@T()
def de_kuendigung():
    p = person("de")
    ad = address("DE")
    parts = [P(p), "\n", ad.L(ml=True), "\n\n", pick(["FitX Studio Lindental", "Kabel Nord GmbH", "Zeitschriftenverlag Hansen", "SportPark Am See"]), "\n",
             "Kundenservice / Kündigungen\n\n", ad.city, ", ", NG(fmt_date("de", 2026, R.randint(1, 6), R.randint(1, 28)), "date_not_dob"), "\n\n",
             "Kündigung meines Vertrags – Mitgliedsnummer ", NG(dig(8), "member_number"), "\n\n", "Sehr geehrte Damen und Herren,\n\n",
             "hiermit kündige ich meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt, spätestens zum ", NG(fmt_date("de", R.randint(2026, 2027), *pick([(7, 31), (9, 30), (10, 31), (12, 31), (8, 1), (11, 1)])), "date_not_dob"), ". ",
             "Bitte bestätigen Sie mir die Kündigung und das Vertragsende schriftlich an ", E(p), ".\n\n",
             "Das SEPA-Lastschriftmandat für mein Konto ", IBAN("DE"), " widerrufe ich zum selben Datum.\n\n", "Mit freundlichen Grüßen\n\n", P(p)]
    return "letter", "de", parts


@T()
def de_vereinsliste():
    rows = persons("de", R.randint(3, 6))
    parts = [pick(["Mitgliederliste Tennisverein (bitte alphabetisch sortieren):\n\n", "Export aus der Vereinsverwaltung:\n\n", ""]),
             "Nachname;Vorname;Geburtsdatum;Anschrift;Telefon;E-Mail;Eintritt\n"]
    for p in rows:
        parts += [L("person", p.family, sub="de"), ";", L("person", p.given, sub="de"), ";", DOB("de", style=0), ";\"", A("DE"), "\";",
                  PH("DE", intl=False) if chance(0.6) else "", ";", E(p) if chance(0.8) else "", ";", NG(str(R.randint(1998, 2025)), "year"), "\n"]
    return "csv", "de", parts


@T()
def de_familienchat():
    mom = person("de", "F")
    kid = Person("de", "M", pick(NAMES["de"][0]), mom.family)
    uncle = person("de", "M")
    y, m, d = birth(1936, 1950)
    t = "%02d.%02d.%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(24, 25))
    parts = ["[", t, ", 18:04] ", P(mom), ": Die neue Adresse von Oma im Pflegeheim ist ", A("DE"), ", Zimmer ", str(R.randint(101, 340)), "\n",
             "[", t, ", 18:06] ", P(kid, "first"), ": Danke! Hast du die Nummer vom Heim?\n",
             "[", t, ", 18:09] ", P(mom), ": Station: ", PH("DE", "fixed"), ". Onkel ", P(uncle, "first"), " hat jetzt auch eine neue Handynummer: ", PH("DE", pick(["mobile", "mobile7"])), "\n",
             "[", t, ", 18:11] ", P(mom), ": Und für das Formular von der Pflegekasse: Oma ist am ", DOB("de", (y, m, d), style=0), " geboren 🙂\n",
             "[", t, ", 18:12] ", P(kid, "first"), ": 👍"]
    return "chat", "de", parts


@T("ask")
def de_python_mail():
    p = person("de")
    q = person("de")
    parts = ["Warum kommt bei diesem Skript SMTPAuthenticationError?\n\n```python\nimport smtplib\nfrom email.message import EmailMessage\n\n",
             "# Zugangsdaten (TODO: in .env auslagern)\nSMTP_HOST = \"smtp.", pick(["web.de", "gmx.net", "ionos.de", "strato.de"]), "\"\n",
             "SMTP_USER = \"", E(p), "\"\nSMTP_PASS = \"", PW(), "\"\n\nmsg = EmailMessage()\nmsg[\"From\"] = SMTP_USER\nmsg[\"To\"] = \"", E(q), "\"\n",
             "msg[\"Subject\"] = \"Rechnung ", invoice_no(), "\"\n\nwith smtplib.SMTP_SSL(SMTP_HOST, 465) as s:\n    s.login(SMTP_USER, SMTP_PASS)\n    s.send_message(msg)\n```"]
    return "code", "de", parts


# ---------------------------------------------------------------- French

FR_COS = ["Atelier Bleu SARL", "Cabinet Lumière", "Boulangerie des Halles", "Transports Rhône-Alpes", "Agence Horizon Immobilier"]


@T()
def fr_dossier_location():
    p = person("fr")
    g = person("fr")
    y, m, d = birth(1970, 2003)
    parts = ["Objet : Dossier de candidature – appartement ", A("FR"), "\n\n", "Madame, Monsieur,\n\n",
             "Suite à la visite de ", pick(["samedi", "mardi soir", "ce matin"]), ", je vous confirme mon intérêt pour le logement. Voici les éléments de mon dossier :\n\n",
             "Nom : ", L("person", p.family, sub="fr"), "\nPrénom : ", L("person", p.given, sub="fr"), "\nDate de naissance : ", DOB("fr", (y, m, d)), "\n",
             "Situation : CDI chez ", pick(FR_COS), " depuis ", NG(pick(MONTHS["fr"]) + " %d" % R.randint(2015, 2024), "date_not_dob"), ", salaire net ", amount("€", 1800, 4200, "fr"), "\n",
             "Garant : ", P(g), ", ", PH("FR"), "\n", "Téléphone : ", PH("FR", "mobile"), "\nE-mail : ", E(p), "\n\n",
             "Je joins mon RIB (IBAN ", IBAN("FR"), ") pour le prélèvement du loyer.\n\n", "Bien cordialement,\n", P(p)]
    return "email", "fr", parts


@T()
def fr_resiliation():
    p = person("fr")
    ad = address("FR")
    parts = [P(p), "\n", ad.L(ml=True), "\n", "N° client : ", NG(dig(9), "customer_number"), "\n\n",
             pick(["Orange – Service Clients", "SFR – Service Résiliation", "Free – Résiliation", "Bouygues Telecom"]), "\n\n",
             "À ", ad.city, ", le ", nondob_date("fr"), "\n\n", "Objet : Résiliation de mon abonnement – lettre recommandée avec AR\n\n",
             "Madame, Monsieur,\n\n", "Je vous prie de bien vouloir procéder à la résiliation de mon abonnement associé à la ligne ", PH("FR"),
             ", conformément aux conditions générales. Merci de m'adresser la confirmation à ", E(p), ".\n\n",
             "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n", P(p)]
    return "letter", "fr", parts


@T()
def fr_sms_soiree():
    a, b, c = persons("fr", 3)
    parts = ["Groupe « Anniv ", P(c, "first"), " 🎉 »\n", P(a, "first"), " : Le digicode c'est ", NG(dig(4) + pick("ABC"), "door_code"), ", 3e étage gauche\n",
             P(a, "first"), " : adresse : ", A("FR"), "\n", P(b, "first"), " : je serai en retard, appelez-moi au ", PH("FR", "mobile"), " si besoin\n",
             P(c, "first"), " : trop hâte !! ramenez des chaises svp 🙏\n", P(a, "first"), " : ", pick(["on commence à 20h", "RDV 19h30", "apéro à partir de 19h"])]
    return "chat", "fr", parts


@T()
def fr_cv():
    p = person("fr")
    y, m, d = birth(1975, 2002)
    parts = ["CURRICULUM VITAE\n\n", P(p), "\n", A("FR"), "\n", PH("FR", "mobile"), " · ", E(p), "\n",
             "Née le " if p.sex == "F" else "Né le ", DOB("fr", (y, m, d)), " – Permis B\n\n",
             "EXPÉRIENCE\n", NG("%d–%d" % (R.randint(2012, 2018), R.randint(2019, 2025)), "year_range"), "  ",
             pick(["Comptable", "Chargée de clientèle", "Développeuse web", "Assistante RH"] if p.sex == "F" else ["Comptable", "Chargé de clientèle", "Développeur web", "Assistant RH"]),
             ", ", pick(FR_COS), "\n", "- Gestion de ", str(R.randint(20, 300)), " dossiers clients\n\n",
             "FORMATION\n", pick(["BTS Comptabilité et gestion", "Licence pro métiers du numérique", "Master RH, Université de Lyon 3"]), "\n\n",
             "LANGUES\nAnglais (B2), Espagnol (notions)"]
    return "cv", "fr", parts


@T()
def fr_mutuelle():
    p = person("fr")
    y, m, d = birth(1960, 2000)
    c = person("fr")
    y2, m2, d2 = birth(1960, 2000)
    parts = ["Bulletin d'adhésion – Mutuelle ", pick(["Santé Plus", "Avenir Santé", "MGP Solidaire"]), "\n\n",
             "Adhérent : ", P(p), "\nNé(e) le : ", DOB("fr", (y, m, d)), "\nN° de sécurité sociale : ", nir(p.sex, y, m), "\n",
             "Adresse : ", A("FR"), "\nTél. : ", PH("FR"), "   E-mail : ", E(p), "\n\n",
             "Bénéficiaire (conjoint) : ", P(c), ", né(e) le ", DOB("fr", (y2, m2, d2)), ", N° SS ", nir(c.sex, y2, m2), "\n\n",
             "Prélèvement mensuel de ", amount("€", 38, 190, "fr"), " sur l'IBAN ", IBAN("FR"), "\n", "Date d'effet : ", nondob_date("fr")]
    return "form", "fr", parts


@T()
def fr_devis_artisan():
    p = person("fr")
    art = person("fr")
    mat, mo = R.randint(300, 2400) + R.choice([0, 0.5, 0.9]), R.choice([180, 240, 320, 450, 560])
    parts = ["DEVIS n° ", NG("D%d-%s" % (R.randint(2024, 2026), dig(3)), "quote_number"), " – ", pick(["Plomberie du Lac", "Électricité Générale Rhône", "Menuiserie des Vosges"]), "\n",
             "Artisan : ", P(art), " – SIRET ", NG(dig(14), "siret"), " – ", PH("FR", "mobile"), "\n\n",
             "Client : ", "Mme " if p.sex == "F" else "M. ", P(p), "\n", A("FR"), "\nTél. ", PH("FR"), "\n\n",
             pick(["Remplacement chauffe-eau 200 L", "Mise aux normes tableau électrique", "Pose de 3 fenêtres PVC"]), " ........ ", NG(money(mat, "€", "fr"), "amount"), "\n",
             "Main d'œuvre ........ ", NG(money(mo, "€", "fr"), "amount"), "\nTotal HT ........ ", NG(money(mat + mo, "€", "fr"), "amount"),
             "\nTVA 10 % ........ ", NG(money(round((mat + mo) * 0.1, 2), "€", "fr"), "amount"), "\nTotal TTC ........ ", NG(money(round((mat + mo) * 1.1, 2), "€", "fr"), "amount"), "\n\n", "Devis valable 30 jours à compter du ", nondob_date("fr"), "."]
    return "invoice", "fr", parts


# ---------------------------------------------------------------- Spanish

@T()
def es_email_casero():
    p = person("es")
    q = person("es")
    ll = person("es")
    y, m, d = birth(1970, 2002)
    parts = ["Hola ", P(ll, "first"), ":\n\n", "Te paso nuestros datos para el contrato del piso de ", A("ES"), ".\n\n",
             "Inquilino 1: ", P(p), "\nDNI: ", dni(), "\nFecha de nacimiento: ", DOB("es", (y, m, d)), "\nTeléfono: ", PH("ES", "mobile"), "\n\n",
             "Inquilino 2: ", P(q), "\nNIE: ", nie(), "\nTeléfono: ", PH("ES", "mobile"), "\n\n",
             "La fianza (", NG(money(R.choice([750, 900, 1100, 1300, 1600]), "€", "es"), "amount"), ") te la transferimos mañana. Para domiciliar el alquiler usa esta cuenta: ", IBAN("ES"), ".\n\n",
             "Un saludo,\n", P(p, "first")]
    return "email", "es", parts


@T()
def es_matricula():
    kid = person("es")
    s1, s2 = kid.family.split(" ", 1)
    pad = Person("es", "M", pick(NAMES["es"][0]), s1 + " " + pick(NAMES["es"][2][:40]))
    mad = Person("es", "F", pick(NAMES["es"][1]), s2 + " " + pick(NAMES["es"][2][:40]))
    y, m, d = birth(2010, 2020)
    parts = ["SOLICITUD DE MATRÍCULA – CEIP ", NG(pick(["Miguel Hernández", "Antonio Machado", "Rosalía de Castro", "Clara Campoamor"]), "eponym"), "\n", NG("Curso %d/%d" % (2025, 2026), "school_year"), "\n\n",
             "DATOS DEL ALUMNO/A\n", "Nombre: ", L("person", kid.given, sub="es"), "\nApellidos: ", L("person", kid.family, sub="es"), "\n",
             "Fecha de nacimiento: ", DOB("es", (y, m, d), style=0), "\nDomicilio: ", A("ES"), "\n\n",
             "DATOS FAMILIARES\n", "Padre/tutor: ", P(pad), " – DNI ", dni(), " – Tel. ", PH("ES", "mobile"), "\n",
             "Madre/tutora: ", P(mad), " – DNI ", dni(), " – Tel. ", PH("ES", "mobile"), "\n", "Correo electrónico de contacto: ", E(mad), "\n\n",
             "Comedor: ", pick(["Sí", "No"]), "    Autorización de imagen: ", pick(["Sí", "No"])]
    return "form", "es", parts


@T()
def es_whatsapp_familia():
    mom = person("es", "F")
    kid = person("es")
    fon = person("es", "M")
    t = "%d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(24, 25))
    parts = ["[", t, " 20:14] ", P(mom, "first"), ": Ya he encontrado fontanero, se llama ", P(fon), ", su móvil es ", PH("ES", "mobile"), "\n",
             "[", t, " 20:15] ", P(kid, "first"), ": Genial. ¿Le das la dirección de la abuela?\n",
             "[", t, " 20:17] ", P(mom, "first"), ": Sí: ", A("ES"), ". Viene el jueves a las 10\n",
             "[", t, " 20:18] ", P(kid, "first"), ": Cobra ", amount("€", 60, 120, "es"), " solo la visita?? 😳\n", "[", t, " 20:18] ", P(mom, "first"), ": Eso dice"]
    return "chat", "es", parts


@T()
def es_factura_autonomo():
    p = person("es")
    base = R.randint(120, 3200) + R.choice([0, 0.5])
    parts = ["FACTURA Nº ", NG("%d-%s" % (R.randint(2024, 2026), dig(3)), "invoice_number"), "\nFecha: ", nondob_date("es"), "\n\n",
             "Emisor: ", P(p), "\nNIF: ", dni(), "\n", A("ES"), "\n", E(p), " · ", PH("ES", "mobile"), "\n\n",
             "Cliente: ", pick(["Reformas Levante S.L.", "Academia Alameda S.L.", "Hostal El Faro S.L."]), " – CIF ", NG("B" + dig(8), "cif"), "\n\n",
             "Concepto: ", pick(["Diseño de logotipo y papelería", "Traducción jurada (12 págs.)", "Mantenimiento web – marzo", "Clases de inglés, 8 h"]), "\n",
             "Base imponible: ", NG(money(base, "€", "es"), "amount"), "\nIVA 21 %: ", NG(money(round(base * 0.21, 2), "€", "es"), "amount"),
             "\nIRPF -15 %: ", NG(money(round(base * 0.15, 2), "€", "es"), "amount"), "\nTOTAL: ", NG(money(round(base * 1.06, 2), "€", "es"), "amount"), "\n\n",
             "Forma de pago: transferencia a ", IBAN("ES")]
    return "invoice", "es", parts


@T()
def es_cita_medica():
    p = person("es")
    y, m, d = birth(1940, 2008)
    parts = ["Formulario de solicitud de cita – Clínica ", pick(["Dental Sonrisa", "Fisioterapia Norte", "Oftalmológica Central"]), "\n\n",
             "Nombre y apellidos: ", P(p), "\nFecha de nacimiento: ", DOB("es", (y, m, d)), "\n", pick(["DNI/NIE: ", "Documento: "]), pick([dni, nie])(), "\n",
             "Dirección: ", A("ES"), "\nTeléfono: ", PH("ES"), "\nEmail: ", E(p), "\n",
             "Motivo de la consulta: ", pick(["revisión anual", "dolor lumbar desde hace dos semanas", "graduación de la vista", "limpieza dental"]), "\n",
             "Preferencia horaria: ", pick(["mañanas", "tardes a partir de las 17:00", "cualquier día"]), "\n", "Aseguradora: ", pick(["Sanitas", "Adeslas", "DKV", "privado"])]
    return "form", "es", parts


@T()
def es_soporte_chat():
    p = person("es")
    ag = person("es")
    parts = ["Chat – Atención al cliente ", pick(["Movistar", "Vodafone", "Iberdrola", "Orange"]), "\n",
             P(ag, "first"), ": Hola, soy ", P(ag, "first"), ". ¿En qué puedo ayudarte?\n", "Cliente: Hola, quiero cambiar la dirección de la factura\n",
             P(ag, "first"), ": Claro. Para verificar tu identidad, ¿me indicas tu DNI y el titular?\n", "Cliente: ", dni(), ", ", P(p), "\n",
             P(ag, "first"), ": Gracias. ¿Cuál es la nueva dirección?\n", "Cliente: ", A("ES"), "\n",
             P(ag, "first"), ": Hecho ✅. Te llegará la confirmación por SMS al ", PH("ES", "mobile"), ". Tu número de incidencia es ", ticket_no(), "."]
    return "chat", "es", parts


# ---------------------------------------------------------------- Italian

@T()
def it_email_fattura():
    p = person("it")
    y, m, d = birth(1965, 2001)
    city = pick(list(IT_BELFIORE))
    parts = ["Buongiorno,\n\n", "per l'emissione della fattura vi lascio i miei dati:\n\n", P(p), "\n", "C.F. ", codice_fiscale(p, y, m, d, city), "\n",
             A("IT"), "\n", "Email: ", E(p), "\nCell. ", PH("IT", "mobile"), "\n\n", "Il pagamento di ", amount("€", 60, 1800, "it"), " è stato effettuato con bonifico su IBAN ",
             IBAN("IT"), " (CRO ", NG(dig(11), "transfer_reference"), ").\n\n", "Cordiali saluti,\n", P(p)]
    return "email", "it", parts


@T()
def it_iscrizione_palestra():
    p = person("it")
    y, m, d = birth(1960, 2006)
    city = pick(list(IT_BELFIORE))
    ec = person("it")
    nata = "Nata a " if p.sex == "F" else "Nato a "
    parts = ["MODULO DI ISCRIZIONE – ", pick(["Palestra Energia", "ASD Nuoto Libero", "Scuola di Danza Aurora", "Yoga Studio Prana"]), "\n\n",
             "Cognome: ", L("person", p.family, sub="it"), "   Nome: ", L("person", p.given, sub="it"), "\n",
             nata, city, " il ", DOB("it", (y, m, d), style=0), "\n", "Codice fiscale: ", codice_fiscale(p, y, m, d, city), "\n",
             "Residente in: ", A("IT"), "\n", "Cellulare: ", PH("IT", "mobile"), "   Email: ", E(p), "\n",
             "Contatto in caso di emergenza: ", P(ec), " – ", PH("IT", "mobile"), "\n", "Certificato medico valido fino al: ", nondob_date("it"), "\n",
             "Quota annuale: ", amount("€", 250, 780, "it")]
    return "form", "it", parts


@T()
def it_chat_condominio():
    a, b, c = persons("it", 3)
    adm = person("it")
    via = pick(IT_STREETS)
    parts = ["Gruppo \"Condominio ", via, " ", str(R.randint(2, 90)), "\"\n",
             P(a), ": Buonasera a tutti, domani mattina viene l'idraulico per la colonna dell'acqua. Si chiama ", P(b), ", cell ", PH("IT", "mobile"), "\n",
             P(c), ": Grazie! L'amministratore ", P(adm), " non risponde, qualcuno ha un altro numero?\n",
             P(a), ": Prova lo studio: ", PH("IT", pick(["rome", "milan"])), " oppure scrivi a ", E(adm), "\n",
             P(c), ": 👍"]
    return "chat", "it", parts


@T()
def it_curriculum():
    p = person("it")
    y, m, d = birth(1975, 2002)
    parts = ["CURRICULUM VITAE\n\nInformazioni personali\n", "Nome: ", P(p), "\nIndirizzo: ", A("IT"), "\nTelefono: ", PH("IT"), "\n",
             "E-mail: ", E(p), "\nData di nascita: ", DOB("it", (y, m, d)), "\nNazionalità: italiana\n\n",
             "Esperienza lavorativa\n", NG("%d – oggi" % R.randint(2015, 2023), "year_range"), "  ", pick(["Impiegata amministrativa", "Tecnico informatico", "Cameriere", "Educatrice"]),
             " presso ", NG(pick(["Studio Commercialista Aurora", "Hotel Bellavista", "Cooperativa Il Girasole", "Officine Meccaniche Riva"]), "company_name"), "\n\n",
             "Autorizzo il trattamento dei dati personali ai sensi del GDPR (Reg. UE 2016/679)."]
    return "cv", "it", parts


@T()
def it_prenotazione_bnb():
    d0, m0 = R.randint(1, 21), R.randint(4, 10)
    p = person(pick(["it", "de", "en", "fr"]))
    host = person("it")
    y, m, d = birth(1960, 2004)
    ctry = {"it": "IT", "de": "DE", "en": "GB", "fr": "FR"}[p.cult]
    parts = ["Gentile ", P(p), ",\n\n", "grazie per aver prenotato presso ", pick(["B&B La Pergola", "Casa Vacanze Il Glicine", "Agriturismo Le Querce"]),
             " dal ", NG("%d %s" % (d0, MONTHS["it"][m0 - 1]), "date_not_dob"), " al ", NG("%d %s %d" % (d0 + R.randint(2, 6), MONTHS["it"][m0 - 1], R.randint(2025, 2026)), "date_not_dob"),
             " (prenotazione ", booking_ref(), ").\n\n",
             "Per la registrazione obbligatoria alla Questura abbiamo ricevuto:\n", "- Documento: passaporto n. ", passport(ctry), "\n",
             "- Data di nascita: ", DOB("it", (y, m, d), style=0), "\n", "- Telefono: ", PH("IT", plan=ctry if ctry != "IT" else None), "\n\n",
             "Il check-in è dalle 15:00. Per qualsiasi cosa chiamatemi al ", PH("IT", "mobile"), ".\n\n", "A presto,\n", P(host)]
    return "email", "it", parts


# ---------------------------------------------------------------- Dutch

@T()
def nl_huur_email():
    p = person("nl")
    mk = person("nl")
    y, m, d = birth(1970, 2003)
    parts = ["Beste ", P(mk, "first"), ",\n\n", "Bedankt voor de bezichtiging van gisteren. Hierbij mijn gegevens voor de woning aan de ", A("NL"), ":\n\n",
             "Naam: ", P(p), "\nGeboortedatum: ", DOB("nl", (y, m, d)), "\nHuidig adres: ", A("NL"), "\nTelefoon: ", PH("NL", "mobile"), "\n",
             "E-mail: ", E(p), "\nWerkgever: ", pick(["Gemeente Utrecht", "Coolblue", "Rabobank", "UMC", "Albert Heijn"]), " (vast contract)\n\n",
             "De huur kan via automatische incasso van ", IBAN("NL"), ".\n\n", "Met vriendelijke groet,\n", P(p)]
    return "email", "nl", parts


@T()
def nl_huisarts_inschrijving():
    p = person("nl")
    y, m, d = birth(1945, 2008)
    parts = ["Inschrijfformulier Huisartsenpraktijk ", pick(["De Linde", "Oosterpoort", "Het Kwadrant"]), "\n\n",
             "Achternaam: ", L("person", p.surname_cap, sub="nl"), "\nVoornaam: ", L("person", p.first, sub="nl"), "\n",
             "Geboortedatum: ", DOB("nl", (y, m, d), style=0), "\nBSN: ", bsn(), "\nAdres: ", A("NL"), "\n", "Telefoon: ", PH("NL"), "\nE-mail: ", E(p), "\n",
             "Zorgverzekeraar: ", pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), "   Polisnummer: ", NG(dig(9), "policy_number"), "\n",
             "Vorige huisarts: ", pick(["dokter ", "huisarts "]), P(person("nl"), "family"), ", ", pick(NL_CITIES)[0]]
    return "form", "nl", parts


@T()
def nl_app_groep():
    a, b, c = persons("nl", 3)
    parts = ["[", "%02d-%02d-%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2025)), " 19:22] ", P(a), ": Wie kan zaterdag rijden naar het toernooi?\n",
             "[19:25] ", P(b), ": Ik kan 3 kinderen meenemen. Adres voor het ophalen: ", A("NL"), "\n",
             "[19:26] ", P(c), ": Top! Bel me als jullie vertrekken: ", PH("NL", "mobile"), "\n",
             "[19:30] ", P(a), ": Verzamelen om 8:15, ", pick(["sporthal De Meent", "sportpark Oost", "veld 3"]), " 🏑"]
    return "chat", "nl", parts


@T()
def nl_factuur_zzp():
    p = person("nl")
    base = R.randint(250, 4800) + R.choice([0, 0.5])
    parts = ["FACTUUR ", NG("%d-%s" % (R.randint(2024, 2026), dig(3)), "invoice_number"), "\n", "Factuurdatum: ", nondob_date("nl"), "\n\n",
             P(p), "\n", A("NL", ml=True), "\n", "KvK: ", NG(dig(8), "kvk_number"), "   Btw-id: ", NG("NL%sB01" % dig(9), "vat_id"), "\n",
             E(p), " | ", PH("NL", "mobile"), "\n\n", "Aan: ", pick(["Bureau Hofstad B.V.", "Woonstichting De Linde", "Studio Noord B.V."]), "\n\n",
             pick(["Fotografie bedrijfsevent", "Webdesign – fase 2", "Vertaling jaarverslag", "Interim-advies, 16 uur"]), ": ", NG(money(base, "€", "nl"), "amount"), "\n",
             "Btw 21%: ", NG(money(round(base * 0.21, 2), "€", "nl"), "amount"), "\nTotaal: ", NG(money(round(base * 1.21, 2), "€", "nl"), "amount"), "\n\n", "Graag binnen 30 dagen overmaken op ", IBAN("NL"), " t.n.v. ", P(p), "."]
    return "invoice", "nl", parts


@T()
def nl_klacht_email():
    p = person("nl")
    parts = ["Onderwerp: Klacht bestelling ", order_no(), "\n\n", "Geachte heer/mevrouw,\n\n",
             "Op ", nondob_date("nl"), " heb ik een ", pick(["wasmachine", "bank", "laptop", "koelkast"]), " besteld. ",
             pick(["Het pakket is beschadigd aangekomen.", "De bezorger is twee keer niet langsgekomen.", "Ik heb nog steeds geen terugbetaling ontvangen."]), "\n\n",
             "Mijn adres is ", A("NL"), ". U kunt mij bereiken op ", PH("NL"), ".\n\n", "Met vriendelijke groet,\n", P(p), "\n", E(p)]
    return "email", "nl", parts


# ---------------------------------------------------------------- Portuguese (BR, PT)

@T()
def br_cadastro():
    p = person("br")
    y, m, d = birth(1960, 2006)
    parts = ["FICHA CADASTRAL – ", pick(["Clínica Sorriso Azul", "Academia Corpo em Forma", "Imobiliária Horizonte", "Escola de Idiomas Global"]), "\n\n",
             "Nome completo: ", P(p), "\nCPF: ", cpf(), "\nData de nascimento: ", DOB("pt", (y, m, d), style=0), "\n",
             "Endereço: ", A("BR"), "\n", "Celular/WhatsApp: ", PH("BR", "mobile"), "\nE-mail: ", E(p), "\n",
             "Como nos conheceu? ", pick(["Instagram", "indicação", "Google"]), "\n", "Data do cadastro: ", nondob_date("pt")]
    return "form", "pt", parts


@T()
def br_pix_chat():
    a = person("br")
    b = person("br")
    kind = R.random()
    key = cpf() if kind < 0.35 else (E(a) if kind < 0.7 else PH("BR", "mobile"))
    parts = [P(b, "first"), ": oi ", P(a, "first"), "! quanto deu a minha parte do churrasco?\n",
             P(a, "first"), ": ", amount("R$", 45, 140), " 😅 pode mandar no pix\n", P(a, "first"), ": chave: ", key, "\n",
             P(b, "first"), ": feito! e me manda teu endereço que vou mandar o presente ", pick(["do bebê", "de aniversário", "da formatura"]), "\n",
             P(a, "first"), ": ", A("BR"), "\n", P(b, "first"), ": anotado 💚"]
    return "chat", "pt", parts


@T()
def pt_email_senhorio():
    p = person("pt")
    ll = person("pt")
    y, m, d = birth(1970, 2003)
    parts = ["Olá Sr. " if ll.sex == "M" else "Olá D. ", P(ll, "first"), ",\n\n", "Conforme combinado, envio os meus dados para o contrato de arrendamento:\n\n",
             "Nome: ", P(p), "\nNIF: ", G(nif_pt_make(), "nif_pt"), "\nData de nascimento: ", DOB("pt", (y, m, d)), "\nMorada atual: ", A("PT"), "\n",
             "Telemóvel: ", PH("PT", "mobile"), "\nEmail: ", E(p), "\n\n", "A caução e a primeira renda (", NG(money(R.choice([1300, 1500, 1700, 1900, 2200]), "€", "pt"), "amount"), ") seguem por transferência do IBAN ", IBAN("PT"), ".\n\n",
             "Com os melhores cumprimentos,\n", P(p)]
    return "email", "pt", parts


@T()
def br_curriculo():
    p = person("br")
    y, m, d = birth(1975, 2004)
    parts = ["CURRÍCULO\n\n", P(p), "\n", A("BR"), "\n", "Tel.: ", PH("BR", "mobile"), " | E-mail: ", E(p), "\n", "Data de nascimento: ", DOB("pt", (y, m, d), style=0), "\n\n",
             "OBJETIVO\n", pick(["Auxiliar administrativo", "Desenvolvedor front-end", "Vendedora", "Técnico de enfermagem"]), "\n\n",
             "EXPERIÊNCIA\n", NG(pick(["Magazine Estrela", "Padaria Pão Dourado", "Construtora Horizonte", "Hospital São Lucas"]), "company_name"), " – ",
             NG("%d a %d" % (R.randint(2012, 2019), R.randint(2020, 2025)), "year_range"), "\n\n", "FORMAÇÃO\n", pick(["Ensino médio completo", "Técnico em TI (SENAI)", "Administração – cursando"])]
    return "cv", "pt", parts


@T()
def br_orcamento():
    p = person("br")
    mat, mo = R.randint(800, 9000) + 0.0, R.choice([600, 900, 1200, 1500, 2400])
    pr = person("br")
    parts = ["ORÇAMENTO Nº ", NG(str(R.randint(100, 9999)), "quote_number"), " – ", NG(pick(["Marcenaria Ipê", "Elétrica Luz Forte", "Pinturas Arco-Íris"]), "company_name"), "\n",
             "Responsável: ", P(pr), " – WhatsApp ", PH("BR", "mobile"), "\n\n", "Cliente: ", P(p), "\nCPF: ", cpf(), "\nEndereço da obra: ", A("BR"), "\n\n",
             pick(["Armário planejado cozinha", "Troca de fiação do apartamento", "Pintura interna 3 cômodos"]), ": ", NG(money(mat, "R$"), "amount"), "\n",
             "Mão de obra: ", NG(money(mo, "R$"), "amount"), "\nTotal: ", NG(money(mat + mo, "R$"), "amount"), "\nValidade: 15 dias a partir de ", nondob_date("pt")]
    return "invoice", "pt", parts


@T()
def pt_marcacao_consulta():
    p = person("pt")
    y, m, d = birth(1940, 2010)
    parts = ["Pedido de marcação – Clínica ", pick(["Dentária do Bonfim", "de Fisioterapia Sá", "Oftalmológica do Porto"]), "\n\n",
             "Nome: ", P(p), "\nData de nascimento: ", DOB("pt", (y, m, d), style=0), "\nNIF: ", G(nif_pt_make(), "nif_pt"), "\n",
             "Telemóvel: ", PH("PT", "mobile"), "\nEmail: ", E(p), "\nMorada: ", A("PT"), "\n", "Motivo: ", pick(["consulta de rotina", "dor no joelho", "renovação de óculos"]), "\n",
             "Disponibilidade: ", pick(["manhãs", "depois das 18h", "sextas-feiras"])]
    return "form", "pt", parts


# ---------------------------------------------------------------- Polish

DOWOD_W = [7, 3, 1, 9, 7, 3, 1, 7, 3]


def _dowod_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def dowod_make():
    letters = up(3)
    d = dig(5)
    s = sum(w * _dowod_val(c) for w, c in zip([7, 3, 1, 7, 3, 1, 7, 3], letters + d))
    return letters + str(s % 10) + d


def dowod_ok(v):
    return len(v) == 9 and sum(w * _dowod_val(c) for w, c in zip(DOWOD_W, v)) % 10 == 0


@T()
def pl_formularz():
    p = person("pl")
    y, m, d = birth(1960, 2006)
    parts = ["FORMULARZ ZGŁOSZENIOWY – ", pick(["Kurs językowy", "Klub Fitness Atlas", "Przychodnia Zdrowie", "Szkoła Jazdy Start"]), "\n\n",
             "Imię i nazwisko: ", P(p), "\nPESEL: ", G(pesel_make(y, m, d, p.sex), "pesel"), "\nData urodzenia: ", DOB("pl", (y, m, d)), "\n",
             "Adres zamieszkania: ", A("PL"), "\nTelefon: ", PH("PL", "mobile"), "\nE-mail: ", E(p), "\n\n",
             "Wyrażam zgodę na przetwarzanie moich danych osobowych. Data: ", nondob_date("pl")]
    return "form", "pl", parts


@T()
def pl_email_wynajem():
    p = person("pl")
    ll = person("pl")
    parts = ["Dzień dobry,\n\n", "zgodnie z rozmową z ", P(ll), " przesyłam dane do umowy najmu mieszkania przy ", A("PL"), ".\n\n",
             "Najemca: ", P(p), "\nNr dowodu osobistego: ", G(dowod_make(), "pl_id_card"), "\nTelefon: ", PH("PL", "mobile"), "\nE-mail: ", E(p), "\n\n",
             "Kaucję (", NG(money(R.choice([2500, 3000, 3200, 3600, 4000, 4500]), "zł"), "amount"), ") przeleję z konta ", IBAN("PL"), ".\n\n", "Pozdrawiam serdecznie\n", P(p)]
    return "email", "pl", parts


@T()
def pl_czat():
    a, b = persons("pl", 2)
    parts = [P(a, "first"), ": cześć! podasz mi adres na paczkę?\n", P(b, "first"), ": jasne: ", A("PL"), "\n",
             P(b, "first"), ": i dopisz mój numer dla kuriera ", PH("PL", "mobile"), "\n", P(a, "first"), ": super, wysyłam jutro InPostem, numer przesyłki ",
             NG(dig(24), "tracking_number"), "\n", P(b, "first"), ": dzięki 🙌"]
    return "chat", "pl", parts


# ---------------------------------------------------------------- Turkish

@T()
def tr_basvuru_formu():
    p = person("tr")
    y, m, d = birth(1960, 2006)
    parts = ["BAŞVURU FORMU – ", NG(pick(["Deniz Lojistik A.Ş.", "Yıldız Kurs Merkezi", "Özel Güneş Kliniği", "Çınar Apartmanı Yönetimi"]), "company_name"), "\n\n",
             "Adı Soyadı: ", P(p), "\nT.C. Kimlik No: ", G(tckn_make(), "tckn"), "\nDoğum Tarihi: ", DOB("tr", (y, m, d)), "\n",
             "Adres: ", A("TR"), "\nCep Telefonu: ", PH("TR", "mobile"), "\nE-posta: ", E(p), "\n\n", "Başvuru tarihi: ", nondob_date("tr")]
    return "form", "tr", parts


@T()
def tr_whatsapp():
    a, b = persons("tr", 2)
    parts = [P(a, "first"), ": Selam, kargoyu hangi adrese göndereyim?\n", P(b, "first"), ": ", A("TR"), "\n",
             P(b, "first"), ": Kurye ararsa numaram ", PH("TR", "mobile"), "\n", P(a, "first"), ": Tamamdır, yarın Yurtiçi Kargo'ya veriyorum. Takip no ",
             NG(dig(11), "tracking_number"), "\n", P(b, "first"), ": Çok teşekkürler 🙏"]
    return "chat", "tr", parts


@T()
def tr_siparis_maili():
    p = person("tr")
    parts = ["Sayın ", P(p), ",\n\n", "Siparişiniz (", order_no(), ") kargoya verilmiştir.\n\n", "Teslimat adresi:\n", P(p), "\n", A("TR", ml=True), "\n",
             "Telefon: ", PH("TR", "mobile"), "\n\n", "Toplam: ", amount("TL", 250, 8500), "\nKargo takip numarası: ", NG(dig(12), "tracking_number"), "\n\n",
             "Bizi tercih ettiğiniz için teşekkür ederiz."]
    return "email", "tr", parts


# ---------------------------------------------------------------- Indian English / Hinglish

@T()
def in_resume():
    p = person("in")
    f = relative(p, "M")
    ad = address("IN")
    y, m, d = birth(1980, 2003)
    parts = ["RESUME\n\n", L("person", p.full.upper(), sub="in"), "\n", "Address: ", ad.L(), "\n", "Mobile: ", PH("IN", "mobile"), "\n", "Email: ", E(p), "\n\n",
             "CAREER OBJECTIVE\nTo work in a challenging environment where I can utilise my skills in ", pick(["Java and Spring Boot", "accounts and Tally", "digital marketing", "data analysis"]), ".\n\n",
             "PERSONAL DETAILS\n", "Father's Name: ", pick(["Shri ", "Mr. ", ""]), P(f), "\n", "Date of Birth: ", DOB("in", (y, m, d)), "\n",
             "Gender: ", "Female" if p.sex == "F" else "Male", "\nMarital Status: ", pick(["Single", "Married"]), "\nNationality: Indian\n",
             "Languages Known: ", pick(["Hindi, English, Marathi", "English, Tamil, Hindi", "Hindi, English, Punjabi", "English, Kannada, Telugu"]), "\n\n",
             "DECLARATION\nI hereby declare that the above information is true to the best of my knowledge.\n", "Place: ", ad.city, "\nDate: ", nondob_date("in")]
    return "cv", "in", parts


@T()
def in_hinglish_chat():
    a, b = persons("in", 2)
    parts = [P(a, "first"), ": bhai address bhej de, courier aaj hi karna hai\n", P(b, "first"), ": ", A("IN"), "\n",
             P(b, "first"), ": delivery boy ko mera number de dena ", PH("IN", "mobile"), ", main office mein hoon 10 se 6\n",
             P(a, "first"), ": done 👍 ", pick(["Delhivery", "Blue Dart", "DTDC"]), " se bhej raha hoon, AWB ", NG(dig(11), "tracking_number"), "\n",
             P(b, "first"), ": thanks yaar"]
    return "chat", "in", parts


@T()
def in_kyc_form():
    p = person("in")
    f = relative(p, "M")
    y, m, d = birth(1955, 2005)
    parts = ["KYC UPDATION FORM – ", pick(["Sunrise Co-operative Bank", "Unity Mutual Fund", "Shree Ganesh Finance Ltd."]), "\n\n",
             "Name of Applicant: ", P(p), "\n", "Father's / Spouse Name: ", P(f), "\n", "Date of Birth: ", DOB("in", (y, m, d)), "\n",
             "PAN: ", pan(p), "\nAadhaar No.: ", aadhaar(), "\n", "Correspondence Address: ", A("IN"), "\n", "Mobile: ", PH("IN", "mobile"), "   Email: ", E(p), "\n",
             "Occupation: ", pick(["Salaried", "Business", "Homemaker", "Retired"]), "   Annual Income: ", amount("₹", 300000, 2400000), "\n", "Account No.: ", NG("XXXXXXXX" + dig(4), "masked_account")]
    return "form", "in", parts


@T()
def in_rent_agreement():
    rent = R.choice([12000, 15500, 18000, 22000, 26500, 32000, 45000])
    lo = person("in", "M")
    lof = relative(lo, "M")
    te = person("in")
    tef = relative(te, "M")
    ad = address("IN")
    so, hon = ("S/o", "Shri ") if te.sex == "M" else pick([("W/o", "Smt. "), ("D/o", "Ms. ")])
    parts = ["RENT AGREEMENT\n\n", "This Rent Agreement is made on ", nondob_date("in"), " at ", ad.city, " between ", "Shri ", P(lo), ", S/o ", P(lof),
             ", residing at ", A("IN"), " (Aadhaar No. ", aadhaar(), "), hereinafter called the LESSOR,\n\nAND\n\n", hon, P(te), ", ", so, " ", P(tef),
             ", permanent address ", A("IN"), " (PAN ", pan(te), "), hereinafter called the LESSEE.\n\n",
             "The Lessor agrees to let out the premises at ", ad.L(), " for a monthly rent of ", NG(money(rent, "₹"), "amount"), " and a security deposit of ", NG(money(rent * pick([2, 3, 6, 10]), "₹"), "amount"), "."]
    return "letter", "in", parts


@T()
def in_society_list():
    rows = persons("in", R.randint(4, 6))
    parts = [pick(["Society WhatsApp group se members ki list, isko Excel format mein kar do:\n\n", "Green Valley Apartments – Managing Committee contacts\n\n", ""]),
             "Flat | Name | Mobile | Email\n"]
    for p in rows:
        parts += [pick("ABCD") + "-" + str(R.randint(1, 12)) + "0" + str(R.randint(1, 6)), " | ", P(p), " | ", PH("IN", "mobile"), " | ", E(p) if chance(0.7) else "—", "\n"]
    parts += ["\nMaintenance ", amount("₹", 1800, 6500), " due by ", nondob_date("in")]
    return "list", "in", parts


# ---------------------------------------------------------------- Swedish

@T()
def sv_mejl_kontrakt():
    p = person("sv")
    ll = person("sv")
    y, m, d = birth(1965, 2003)
    parts = ["Hej ", P(ll, "first"), "!\n\n", "Här kommer mina uppgifter till andrahandskontraktet:\n\n", "Namn: ", P(p), "\n", "Personnummer: ", G(pnr_se(y, m, d), "personnummer"), "\n",
             "Nuvarande adress: ", A("SE"), "\n", "Telefon: ", PH("SE"), "\nE-post: ", E(p), "\n\n", "Hyran (", amount("kr", 6000, 13500), ") betalar jag via Swish den 25:e varje månad.\n\n",
             "Vänliga hälsningar\n", P(p)]
    return "email", "sv", parts



# ---------------------------------------------------------------- cards, passwords in messages, more config (several languages)

def expiry():
    return NG("%02d/%02d" % (R.randint(1, 12), R.randint(27, 32)), "expiry_date")


ISSUER_NAME = {"visa": "Visa", "mastercard": "Mastercard", "mastercard2": "Mastercard", "amex": "American Express",
               "discover": "Discover", "maestro": "Maestro", "rupay": "RuPay"}


def stay(lang):
    """Arrival and departure dates (not birth dates), same style."""
    y, m, d, n = R.randint(2025, 2027), R.randint(1, 12), R.randint(1, 20), R.randint(1, 8)
    st = R.randint(0, 1)
    return NG(fmt_date(lang, y, m, d, st), "date_not_dob"), NG(fmt_date(lang, y, m, d + n, st), "date_not_dob")


@T()
def en_hotel_card_auth():
    cult = pick(["en", "us"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    hotel = pick(["The Harbourview Hotel", "Maple Lodge Inn", "Kingsgate Suites", "Seaside Cottages Ltd"])
    other = chance(0.3)
    q = person(cult) if other else None
    d1, d2 = stay("us" if cult == "us" else "en")
    card = CARD(pick(["visa", "visa", "mastercard", "amex", "discover" if cult == "us" else "mastercard2"]))
    parts = ["CREDIT CARD AUTHORIZATION FORM – ", hotel, "\n\n", "Guest name: ", P(p), "\n", "Arrival: ", d1,
             "    Departure: ", d2, "\n", "Card type: ", ISSUER_NAME[card.meta["sub"]], "\n",
             "Card number: ", card, "\n", "Expiry: ", expiry(), "    CVV: ", NG(dig(3), "cvc"), "\n",
             "Cardholder name (if different): ", P(q) if other else "same as guest", "\n", "Billing address: ", A(region), "\n",
             "Phone: ", PH(region), "    Email: ", E(p), "\n\n", "I authorize ", hotel, " to charge the above card ", amount("$" if cult == "us" else "£", 90, 1200),
             " for the first night and incidentals.\nSignature: ________    Date: ", nondob_date("en")]
    return "form", "en", parts


@T()
def de_hotel_kreditkarte():
    p = person("de")
    d1, d2 = stay("de")
    parts = ["Sehr geehrte Damen und Herren,\n\n", "zur Garantie meiner Reservierung ", booking_ref(), " vom ", d1, " bis ", d2,
             " übermittle ich Ihnen meine Kreditkartendaten:\n\n", "Karteninhaber: ", P(p), "\n", "Kartennummer: ", CARD(pick(["visa", "mastercard", "mastercard2"])), "\n",
             "Gültig bis: ", expiry(), "\n\n", "Die Prüfnummer teile ich Ihnen gern telefonisch mit: ", PH("DE"), ".\n\n", "Mit freundlichen Grüßen\n", P(p)]
    return "email", "de", parts


@T()
def es_tarjeta_chat():
    a, b = persons("es", 2)
    parts = [P(a, "first"), ": te paso la tarjeta para la reserva de la casa rural\n", P(a, "first"), ": ", CARD(pick(["visa", "mastercard"])), " caduca ", expiry(), "\n",
             P(b, "first"), ": y el titular?\n", P(a, "first"), ": ", P(a), ", el CVV te lo digo por teléfono\n", P(b, "first"), ": vale, llámame al ", PH("ES", "mobile"),
             " cuando puedas\n", P(a, "first"), ": 👌"]
    return "chat", "es", parts


@T()
def fr_paiement_acompte():
    p = person("fr")
    pr = person("fr")
    parts = ["Bonjour ", P(pr, "first"), ",\n\n", "Comme convenu, voici les informations pour l'acompte de ", amount("€", 300, 1500, "fr"), " (traiteur du ",
             nondob_date("fr"), ") :\n\n", "Carte : ", CARD(pick(["visa", "mastercard"])), "\nDate d'expiration : ", expiry(), "\nTitulaire : ", P(p), "\n\n",
             "Pour le cryptogramme, appelez-moi au ", PH("FR", "mobile"), ".\n\n", "Bonne journée,\n", P(p, "first")]
    return "email", "fr", parts


@T("ask")
def en_card_declined():
    cult = pick(["us", "us", "en"])
    ad = address("US" if cult == "us" else "GB")
    zipc = ad.lines[-1].split(" ")[-1] if cult == "us" else " ".join(ad.lines[-1].split(" ")[-2:]) if len(ad.lines[-1].split(" ")) > 2 else ad.lines[-1]
    parts = [pick(["My card keeps getting declined on %s. ", "Why would a payment fail on %s? "]) % pick(["Netflix", "Spotify", "Steam", "Uber Eats", "an airline website"]),
             "Card is ", CARD(), " exp ", expiry(), pick([", billing ZIP is ", ", my billing postcode is "]) if cult == "us" else ", my billing postcode is ",
             L("address", zipc, sub="US" if cult == "us" else "GB"), ". ", pick(["Is it expired or something?", "The bank says there's no block.", "It worked last month."])]
    return "chat", "en", parts


@T()
def it_carta_prenotazione():
    p = person("it")
    parts = ["Buongiorno,\n\n", "per confermare la camera dal ", nondob_date("it"), " vi lascio i dati della carta a garanzia:\n", "Numero: ", CARD(pick(["visa", "mastercard", "amex"])),
             "\nScadenza: ", expiry(), "\nIntestata a: ", P(p), "\n\n", "Arriveremo verso le 21, in caso di ritardo vi avviso al ", PH("IT", "mobile"), ".\n\n", "Grazie,\n", P(p)]
    return "email", "it", parts


@T()
def en_travel_agency_notes():
    cult = pick(["en", "us", "in"])
    region = {"en": "GB", "us": "US", "in": "IN"}[cult]
    a = person(cult)
    b = relative(a, "F" if a.sex == "M" else "M")
    dl = "us" if cult == "us" else ("in" if cult == "in" else "en")
    parts = ["Booking notes – ", pick(["Maldives 7n", "Orlando family trip", "Rome city break", "Kerala backwaters 5n"]), "\n",
             "Lead pax: ", P(a), ", DOB ", DOB(dl), ", passport ", passport(region), "\n", "2nd pax: ", P(b), ", DOB ", DOB(dl), ", passport ", passport(region), "\n",
             "Deposit ", amount({"en": "£", "us": "$", "in": "₹"}[cult], *((20000, 90000) if cult == "in" else (250, 1500))), " taken on ", CARD(pick(["amex", "visa", "mastercard"])),
             " exp ", expiry(), "\n", "Balance due ", nondob_date("en"), pick([" – same card", " – will call with new card"]), "\n", "Contact: ", PH(region), " / ", E(a)]
    return "notes", "en" if cult != "in" else "in", parts


@T()
def in_card_chat():
    a, b = persons("in", 2)
    parts = [P(a, "first"), ": bhai Tatkal booking ke liye tera card use kar loon? mera limit khatam\n", P(b, "first"), ": haan le le, ", CARD(pick(["rupay", "visa", "mastercard"])),
             " expiry ", expiry(), "\n", P(b, "first"), ": OTP aayega toh call kar dena ", PH("IN", "mobile"), "\n", P(a, "first"), ": thanks yaar, PNR ",
             NG(dig(10), "pnr_number"), " bhej dunga"]
    return "chat", "in", parts


@T()
def nl_creditcard_bericht():
    a, b = persons("nl", 2)
    parts = ["Hoi ", P(b, "first"), ", kun jij de vlucht boeken met mijn creditcard? ", CARD(pick(["visa", "mastercard"])), ", geldig t/m ", expiry(),
             ", op naam van ", P(a), ". De beveiligingscode app ik je zo. Bel anders even: ", PH("NL", "mobile"), " 😊"]
    return "chat", "nl", parts


@T()
def br_cartao_chat():
    a, b = persons("br", 2)
    parts = [P(a, "first"), ": amiga, compra o ingresso do show pra mim? te passo o cartão\n", P(a, "first"), ": ", CARD(pick(["visa", "mastercard"])), " validade ", expiry(), "\n",
             P(a, "first"), ": nome no cartão: ", L("person", a.full.upper(), sub="br"), " e o CPF ", cpf(), "\n", P(b, "first"), ": feito! o código de segurança me manda no privado 🤫"]
    return "chat", "pt", parts


HOST_FRAMES = {
    "en": ("Hi {g}! Welcome – here's everything for your stay.\n", "Address: ", "\nKey box code: ", "\nWi-Fi: ", " / password: ", "\nAny problems, call or WhatsApp me on ", "\nEnjoy! ", "GB"),
    "de": ("Hallo {g}, herzlich willkommen! Hier die Infos für euren Aufenthalt.\n", "Adresse: ", "\nSchlüsselbox: ", "\nWLAN: ", " / Passwort: ", "\nBei Fragen erreicht ihr mich unter ", "\nViele Grüße, ", "DE"),
    "fr": ("Bonjour {g}, bienvenue ! Voici les infos pour votre séjour.\n", "Adresse : ", "\nBoîte à clés : ", "\nWi-Fi : ", " / mot de passe : ", "\nEn cas de souci, appelez-moi au ", "\nBon séjour, ", "FR"),
    "es": ("¡Hola {g}! Bienvenidos, aquí tenéis la info del apartamento.\n", "Dirección: ", "\nCaja de llaves: ", "\nWifi: ", " / contraseña: ", "\nCualquier cosa, llamadme al ", "\nUn saludo, ", "ES"),
    "it": ("Ciao {g}, benvenuti! Ecco le informazioni per il soggiorno.\n", "Indirizzo: ", "\nCassetta chiavi: ", "\nWi-Fi: ", " / password: ", "\nPer qualsiasi cosa chiamatemi al ", "\nBuona permanenza, ", "IT"),
    "nl": ("Hoi {g}, welkom! Hier alle info voor jullie verblijf.\n", "Adres: ", "\nSleutelkastje: ", "\nWifi: ", " / wachtwoord: ", "\nVragen? Bel of app me op ", "\nGroetjes, ", "NL"),
    "pt": ("Olá {g}, bem-vindos! Aqui vão as informações da estadia.\n", "Morada: ", "\nCaixa das chaves: ", "\nWi-Fi: ", " / palavra-passe: ", "\nQualquer problema, liguem para ", "\nBoa estadia, ", "PT"),
}


@T()
def x_host_message():
    lang = pick(list(HOST_FRAMES))
    hi, a1, a2, a3, a4, a5, bye, ctry = HOST_FRAMES[lang]
    cult = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}[lang]
    guest = person(pick(["en", "us", "de", "fr", "nl", "it", "es"]))
    host = person(cult)
    g0, g1 = hi.split("{g}")
    parts = [g0, P(guest, "first"), g1, a1, A(ctry), a2, NG(dig(4), "door_code"), a3, NG(pick(["Casa", "Home", "FRITZ!Box 7590 ", "Livebox-", "MOVISTAR_", "Vodafone-"]) + up(4, "ABCDEF0123456789"), "wifi_ssid"),
             a4, PW(pick(["word", "rand", "phrase"])), a5, PH(ctry, "mobile"), bye, P(host, "first")]
    return "chat", lang, parts


SHARE_FRAMES = {
    "en": ("what's the {svc} login again?", "it's ", " and the password is ", "cheers"),
    "de": ("wie war nochmal der {svc}-Login?", "", ", Passwort ", "danke!"),
    "es": ("¿cuál era la cuenta de {svc}?", "es ", " y la contraseña ", "gracias!!"),
    "it": ("mi ridai l'account di {svc}?", "è ", ", password ", "grazie"),
    "pt": ("qual é mesmo o login da {svc}?", "é ", " e a senha ", "valeu"),
    "tr": ("{svc} şifresi neydi?", "kullanıcı adı ", ", şifre ", "saol"),
    "pl": ("jakie jest hasło do {svc}?", "login ", ", hasło ", "dzięki"),
}


@T()
def x_shared_account_chat():
    lang = pick(list(SHARE_FRAMES))
    q, a1, a2, thx = SHARE_FRAMES[lang]
    cult = {"en": pick(["en", "us"]), "de": "de", "es": "es", "it": "it", "pt": "br", "tr": "tr", "pl": "pl"}[lang]
    a, b = persons(cult, 2)
    svc = pick(["Netflix", "Disney+", "Wi-Fi", "Spotify", "HBO Max", "Prime Video"])
    parts = [P(a, "first"), ": ", q.replace("{svc}", svc), "\n", P(b, "first"), ": ", a1, E(b), a2, PW(), "\n", P(a, "first"), ": ", thx]
    return "chat", lang, parts


@T("tech")
def en_npmrc():
    p = person(pick(["us", "en", "de"]))
    parts = [pick(["npm publish says 403, here's my ~/.npmrc:\n\n", "Is this .npmrc okay to commit?\n\n", ""]),
             "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", S("npm_token"), "\n", "@", pick(["acme", "tidepool", "ledgerly"]),
             ":registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=", S("github_pat"), "\nemail=", E(p), "\nalways-auth=true\n"]
    return "config", "en", parts


@T("tech")
def en_github_actions():
    parts = [pick(["Why does this workflow fail at the deploy step?\n\n", "Can you tidy this workflow?\n\n", ""]),
             "name: deploy\non:\n  push:\n    branches: [main]\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n",
             "      AWS_ACCESS_KEY_ID: ", S("aws_access_key_id"), "\n      AWS_SECRET_ACCESS_KEY: ", S("aws_secret_access_key"), "\n",
             "      SLACK_WEBHOOK: ", S("slack_webhook"), "\n      NPM_TOKEN: ", NG("${{ secrets.NPM_TOKEN }}", "placeholder"), "\n",
             "    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run build\n      - run: aws s3 sync dist/ s3://", pick(["www-prod", "static-site"]), " --delete\n"]
    return "yaml", "en", parts


@T("tech")
def en_notebook_tokens():
    hf = L("secret", "hf_" + rnd(R, string.ascii_letters, 34), sub="huggingface")
    parts = [pick(["Why does login() hang in Colab?\n\n", "Cleaning up my notebook before sharing, what should I remove?\n\n", ""]),
             "In [1]:\nfrom huggingface_hub import login\nlogin(token=\"", hf, "\")\n\nIn [2]:\nimport openai\nopenai.api_key = \"", S("openai"), "\"\n\n",
             "In [3]:\ndf = pd.read_csv(\"s3://", pick(["ml-datasets", "research-raw"]), "/", pick(["reviews", "tickets"]), ".csv\", storage_options={\"key\": \"",
             S("aws_access_key_id"), "\", \"secret\": \"", S("aws_secret_access_key"), "\"})\n"]
    return "code", "en", parts


@T("tech")
def en_my_cnf():
    parts = [pick(["mysqldump from cron can't log in, ~/.my.cnf:\n\n", "Is the password in my.cnf read by mysqldump?\n\n", ""]),
             "[client]\nuser=", pick(["backup", "root", "report"]), "\npassword=", L("secret", password(), sub="db_password"), "\nhost=", IP(True), "\nport=3306\n\n",
             "[mysqldump]\nsingle-transaction\n"]
    return "config", "en", parts



# ---------------------------------------------------------------- dates of birth in everyday text

@T()
def en_baby_announcement():
    cult = pick(["en", "us"])
    mom = person(cult, "F")
    dad = relative(mom, "M")
    baby = relative(mom, pick("MF"))
    y, m, d = R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)
    parts = [pick(["Can you help me word this for Facebook?\n\n", "Make this announcement sound a bit warmer:\n\n", ""]),
             "Welcome to the world, ", P(baby), "! 💙\n", "Born on ", DOB("us" if cult == "us" else "en", (y, m, d), style=1), " at ", pick(["3:42am", "11:15pm", "6:08 in the morning"]),
             ", weighing ", pick(["7lb 2oz", "6lb 11oz", "8lb 4oz", "3.4 kg"]), ".\n", "Mum" if cult == "en" else "Mom", " (", P(mom, "first"), ") and baby are doing great. ",
             "Huge thanks to the midwives at ", pick(["St Mary's", "Riverside General", "the Rosie"]), ".\n\n", "Love, ", P(mom, "first"), " & ", P(dad, "first")]
    return "notes", "en", parts


@T()
def en_pharmacy_refill():
    cult = pick(["us", "us", "en"])
    region = "US" if cult == "us" else "GB"
    p = person(cult)
    y, m, d = birth(1940, 2005)
    parts = [pick(["Text to pharmacy: ", "Message sent via the app: ", ""]), "Hi, could I get a refill on ", pick(["my lisinopril 10mg", "the sertraline", "my inhaler", "my prescription"]),
             " (Rx ", NG(pick(["#" + dig(7), "RX" + dig(8)]), "rx_number"), ") please? Name: ", P(p), ", DOB ", DOB("us" if cult == "us" else "en", (y, m, d)),
             ". I'll pick up ", pick(["Thursday after 5", "tomorrow morning", "on Saturday"]), ". Call ", PH(region), " if there's a problem with the insurance."]
    return "sms", "en", parts


@T()
def de_kita_anmeldung():
    kid = person("de")
    mum = relative(kid, "F")
    dad = relative(kid, "M")
    y, m, d = birth(2020, 2025)
    parts = ["Anmeldung Kita ", pick(["Sonnenblume", "Regenbogen", "Kleine Strolche", "Am Park"]), "\n\n", "Kind: ", P(kid), "\n", "Geburtsdatum: ", DOB("de", (y, m, d), style=0), "\n",
             "Anschrift: ", A("DE"), "\n", "Gewünschter Betreuungsbeginn: ", NG("01.%02d.%d" % (R.randint(1, 12), R.randint(2026, 2027)), "date_not_dob"), "\n\n", "Mutter: ", P(mum), ", geb. ", DOB("de"), ", Tel. ", PH("DE", pick(["mobile", "mobile7"])), "\n",
             "Vater: ", P(dad), ", geb. ", DOB("de"), ", Tel. ", PH("DE", pick(["mobile", "mobile7"])), "\n", "E-Mail: ", E(mum), "\n", "Betreuungszeit: ", pick(["35 Std.", "45 Std.", "25 Std."])]
    return "form", "de", parts


DOBCHAT = {
    "en": ("For security, can you confirm your full name and date of birth?", "Sure, ", ", born ", "Thanks, you're verified."),
    "fr": ("Pour vérifier votre identité, pouvez-vous me donner votre nom et votre date de naissance ?", "Oui : ", ", née le ", "Merci, c'est bon."),
    "es": ("Para verificar su identidad, ¿me indica su nombre completo y fecha de nacimiento?", "Claro, ", ", nacido el ", "Gracias, ya está verificado."),
    "it": ("Per verificare l'identità, mi conferma nome, cognome e data di nascita?", "Certo: ", ", nato il ", "Grazie, tutto a posto."),
    "nl": ("Ter verificatie: wat zijn uw naam en geboortedatum?", "", ", geboren op ", "Dank u, u bent geverifieerd."),
    "pt": ("Para confirmar sua identidade, informe nome completo e data de nascimento.", "", ", nascido em ", "Obrigado, identidade confirmada."),
    "tr": ("Kimlik doğrulaması için adınızı ve doğum tarihinizi alabilir miyim?", "Tabii, ", ", doğum tarihi ", "Teşekkürler, doğrulandı."),
}


@T()
def x_dob_verification_chat():
    lang = pick(list(DOBCHAT))
    q, a0, born, ok = DOBCHAT[lang]
    cult = {"en": pick(["en", "us"]), "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "br", "tr": "tr"}[lang]
    p = person(cult)
    ag = person(cult)
    if lang == "fr" and p.sex == "M":
        born = ", né le "
    if lang in ("es", "it", "pt") and p.sex == "F":
        born = born.replace("nacido", "nacida").replace("nato", "nata").replace("nascido", "nascida")
    dl = {"en": "us" if cult == "us" else "en", "pt": "pt"}.get(lang, lang)
    me = {"en": "Me", "fr": "Moi", "es": "Yo", "it": "Io", "nl": "Ik", "pt": "Eu", "tr": "Ben"}[lang]
    me = NG(me, "name_as_word") if lang == "tr" else me
    parts = [P(ag, "first"), ": ", q, "\n", me, ": ", a0, P(p), born, DOB(dl), "\n", P(ag, "first"), ": ", ok]
    return "chat", lang, parts


# ---------------------------------------------------------------- clean templates (no labels)

@C()
def c_en_bank_alerts():
    bank = pick(["Lakeshore CU", "Monzo", "Chase", "Barclays", "HDFC Bank"])
    cur = {"Lakeshore CU": "$", "Chase": "$", "Monzo": "£", "Barclays": "£", "HDFC Bank": "₹"}[bank]
    lang = "in" if bank == "HDFC Bank" else "en"
    lines = []
    for _ in range(R.randint(2, 4)):
        lines += [pick([[bank, ": A purchase of ", amount(cur, *((150, 9000) if cur == "₹" else (3, 250))), " at ", pick(["TRADER JOE'S #552", "TESCO STORES 3321", "SHELL OIL 5741", "AMZN Mktp", "ZOMATO", "UBER *TRIP"]),
                         " was made with card ", masked_card(), " on ", NG("%02d/%02d" % (R.randint(1, 12), R.randint(1, 28)), "date_not_dob"), ". Not you? Reply NO.\n"],
                        [bank, ": Your statement for ", NG(pick(MONTHS["en"]) + " %d" % R.randint(2024, 2026), "date_not_dob"), " is ready. Balance: ", amount(cur, *((5000, 90000) if cur == "₹" else (100, 3500))), ". Min payment due ",
                         nondob_date("en"), ".\n"],
                        [bank, ": ", NG(dig(6), "otp_code"), " is your one-time code. Never share it, we'll never ask for it.\n"],
                        [bank, ": Direct debit of ", amount(cur, *((300, 3000) if cur == "₹" else (9, 120))), " to ", pick(["OCTOPUS ENERGY", "THAMES WATER", "NETFLIX.COM", "VIRGIN MEDIA"]), " will be taken on ", nondob_date("en"), ".\n"]])]
    return "sms", lang, [pick(["Are these texts legit or phishing?\n\n", "", "Summarise my bank messages:\n\n"])] + lines


@C("tech")
def c_en_code_placeholders():
    k = R.random()
    if k < 0.5:
        body = ["# .env.example – copy to .env and fill in\nDATABASE_URL=postgresql://", pick(["user", "postgres"]), ":", placeholder("<password>"), "@localhost:5432/app\n",
                "OPENAI_API_KEY=", placeholder("sk-xxxxxxxxxxxxxxxxxxxxxxxx"), "\nSTRIPE_SECRET_KEY=", placeholder("sk_test_REPLACE_ME"), "\n",
                "STRIPE_PUBLISHABLE_KEY=", NG("pk_test_" + rnd(R, ALNUM, 24), "publishable_key"), "\n", "SMTP_PASSWORD=", placeholder("changeme"), "\n",
                "ADMIN_EMAIL=", example_email(), "\nPORT=3000\n"]
    else:
        body = ["import os\nimport requests\n\nAPI_KEY = os.environ[\"WEATHER_API_KEY\"]  # never hard-code it\n", "BASE = \"https://api.example.com/v2\"\n\n",
                "def get(city):\n    r = requests.get(f\"{BASE}/forecast\", params={\"q\": city, \"key\": API_KEY}, timeout=5)\n    r.raise_for_status()\n    return r.json()\n\n",
                "# usage: WEATHER_API_KEY=", placeholder("<your-api-key>"), " python weather.py\n"]
    return "code", "en", [pick(["How do I load these safely in production?\n\n", "Is this the right pattern?\n\n", ""])] + body


@C("tech")
def c_en_release_notes():
    parts = ["## ", version(), " – ", nondob_date("en"), "\n\n### Fixed\n- Crash when importing CSV with BOM (", NG("#%d" % R.randint(100, 4000), "issue_number"), ")\n",
             "- Timeout on large exports (commit ", git_hash(True), ")\n\n### Changed\n- Bumped `requests` to ", version(), "\n",
             "- Migration `", NG(dig(14), "migration_id"), "_add_index_orders` is now reversible\n\nArtifact digest: sha256:", sha256(), "\nBuild id: ", UUID(), "\n"]
    return "notes", "en", parts


@C()
def c_en_order_tracking():
    cur = pick(["$", "£"])
    carrier = pick(["UPS", "FedEx", "USPS"] if cur == "$" else ["Royal Mail", "DPD", "DHL Express", "Evri"])
    parts = [pick(["Where is my parcel? Copied from the site:\n\n", "", "Can you work out which of these arrives first?\n\n"]),
             "Order ", order_no(), " – placed ", nondob_date("en"), "\n", "Status: ", pick(["Out for delivery", "In transit", "Label created", "Delayed – weather"]), "\n",
             "Carrier: ", carrier, "  Tracking: ", tracking_for(carrier), "\n", "Items: ", pick(["2", "1", "4"]), "  Total: ", amount(cur, 12, 600), "\n",
             "Estimated delivery: ", nondob_date("en"), " by 9pm\n"]
    if chance(0.5):
        parts += ["\nOrder ", order_no(), " – ", pick(["Delivered", "Returned to sender", "Refund issued"]), " – ", amount(cur, 8, 300), "\n"]
    return "notes", "en", parts


NAME_WORD_LINES = [
    "Will the summer rota be ready before the April review?",
    "Grace period on the invoice ends Friday, then the late fee kicks in.",
    "Hope this helps – the rose gold version is out of stock, ivy green ships Monday.",
    "Mark the ticket as done once the hunter green paint arrives.",
    "Please chase the supplier; the autumn catalogue still shows last year's prices.",
    "The young trees by the car park need staking before winter.",
    "We stopped at Hunter's Bar for lunch and then walked to the Brown Cow.",
    "Can you bill the client for the extra hours? The king-size duvet was returned.",
    "Dakota-style flat-pack shelves, model HALL-3, in white oak or walnut.",
    "Turn the heating down to 19 and crack a window – it's like an oven in here.",
    "Taylor rule, Baker's dozen and Fox News came up in the economics quiz.",
    "Ruby and Crystal Reports are both on the list of legacy tools to retire.",
    "Is the Paige jeans discount still on? And does Mason jar count as glassware?",
    "Jasmine rice, 2 kg; fox-brown wrapping paper; a bunch of daisies for the table.",
    "Price change: the Green Room is now £45 an hour, the Wood Suite £60.",
    "Chase Bank and Wells Fargo both closed the branch on Main Street.",
    "Victoria sponge, Bakewell tart and Eton mess for the school fete.",
    "Summer hours: we close at 3pm on Fridays from June until September.",
]


@C()
def c_en_name_words():
    lines = R.sample(NAME_WORD_LINES, R.randint(2, 4))
    parts = [pick(["Proofread these notes:\n\n", "", "Turn this into a tidy to-do list:\n\n"])]
    for ln in lines:
        parts += ["- ", NG(ln, "name_as_word"), "\n"]
    return "notes", "en", parts


PLACES_LINES = ["Fly into Charlotte (CLT), drive to Asheville, then on to Jackson Hole at the weekend.",
                "Victoria Station to Paddington is quickest on the Elizabeth line via Bond Street.",
                "Stay two nights in St. Louis, then Lafayette, then Austin for the conference.",
                "Lake Louise is stunning in June; Banff gets busy by July.",
                "We land in Adelaide on the 3rd and take the train to Alice Springs.",
                "Florence, Siena and San Gimignano in three days is doable by car.",
                "Meet at King's Cross, platform 9, then St Pancras for the Eurostar.",
                "Hotel is near Alexanderplatz; the Sophienkirche concert starts at 8.",
                "Take the ferry from Victoria (BC) to Port Angeles and drive to Olympia.",
                "Lunch at Fortnum & Mason, then the Albert Memorial and Kensington Gardens.",
                "Day trip from Lisbon to Sintra; Cascais if the weather holds.",
                "The Magdalen College tour starts at 2pm, then Christ Church meadow."]


@C()
def c_en_travel_itinerary():
    parts = [pick(["Can you turn this into a day-by-day plan?\n\n", "Trip notes:\n\n", ""])]
    for ln in R.sample(PLACES_LINES, R.randint(2, 4)):
        parts += [NG(ln, "place_name"), "\n"]
    parts += ["Budget: ", amount(pick(["$", "£", "€"]), 600, 4500), " per person. Flights ", NG(pick(["BA", "AA", "LH", "DL"]) + str(R.randint(100, 999)), "flight_number"), " on ", nondob_date("en"), "."]
    return "notes", "en", parts


@C()
def c_en_meeting_agenda():
    parts = ["Agenda – ", pick(["Sprint 42 planning", "Quarterly all-hands", "Office move kick-off", "Website retro"]), " – ", nondob_date("en"), ", Room ",
             NG(pick(["Lovelace", "Turing", "Hopper", "3.14", "Boardroom B"]), "room_name"), "\n\n",
             "1. Review of last sprint (velocity ", str(R.randint(20, 60)), " pts)\n2. Release ", version(), " – go/no-go\n3. Budget: ", amount(pick(["$", "£", "€"]), 2000, 60000), " remaining\n",
             "4. AOB – the coffee machine on floor 2 is broken again\n\n", "Dial-in details are in the calendar invite. Meeting ID ", NG("%s %s %s" % (dig(3), dig(4), dig(4)), "meeting_id"), "."]
    return "notes", "en", parts


@C("tech")
def c_en_service_log():
    parts = [pick(["Service won't start after upgrade:\n\n", "", "What does this log mean?\n\n"])]
    pid = R.randint(1000, 40000)
    for ln in R.sample([["systemd[1]: Started ", pick(["api.service", "gunicorn.service", "nginx.service"]), " - ", pick(["App server", "Web server"]), ".\n"],
                        ["app[", str(pid), "]: Listening on ", NG("127.0.0.1", "loopback"), ":", str(pick([8000, 8080, 3000])), "\n"],
                        ["nginx[", str(pid + 1), "]: bind() to ", NG("0.0.0.0", "unspecified_ip"), ":443 failed (98: Address already in use)\n"],
                        ["app[", str(pid), "]: Loaded config ", version(), " (", sha256(), ")\n"],
                        ["kernel: eth0: link up, netmask ", NG("255.255.255.0", "netmask"), "\n"],
                        ["app[", str(pid), "]: Health check from ", NG("::1", "loopback"), " OK in 3ms\n"],
                        ["app[", str(pid), "]: Worker ", UUID(), " exited with code 137 (OOM)\n"]], R.randint(3, 5)):
        parts += [NG(ts_log(), "timestamp"), " ", pick(["srv-01", "web", "api-2"]), " "] + ln
    return "log", "en", parts


@C("tech")
def c_en_traceback_clean():
    parts = [pick(["Why does this KeyError happen?\n\n", "", "Help me debug:\n\n"]),
             "Traceback (most recent call last):\n  File \"/app/reports/build.py\", line ", str(R.randint(10, 300)), ", in <module>\n    main()\n",
             "  File \"/app/reports/build.py\", line ", str(R.randint(10, 300)), ", in main\n    total = rows[\"amount\"].sum() / rows[\"", pick(["qty", "count", "units"]), "\"]\n",
             pick(["KeyError: 'qty'", "ZeroDivisionError: division by zero", "TypeError: unsupported operand type(s) for /: 'str' and 'int'"]), "\n\n",
             "pandas ", version(), ", Python 3.", str(R.randint(8, 12)), "\n"]
    return "trace", "en", parts


@C()
def c_en_product_csv():
    parts = [pick(["Clean up this product sheet:\n\n", "", "Which items are low on stock?\n\n"]), "sku,name,ean,price,stock\n"]
    for _ in range(R.randint(3, 6)):
        parts += [NG("%s-%s" % (up(3), dig(4)), "sku"), ",", pick(["Oak chopping board", "Linen tea towel", "Enamel mug", "Beeswax wraps (3)", "Bamboo lunchbox", "Cast-iron skillet 26cm"]),
                  ",", ean13(), ",", "%.2f" % (R.randint(300, 9000) / 100), ",", str(R.randint(0, 400)), "\n"]
    return "csv", "en", parts


@C()
def c_en_invoice_template():
    parts = ["INVOICE #", NG("[number]", "placeholder"), "\n\nBill to:\n[Client Name]\n[Street Address]\n[City, ST ZIP]\n\n", "From:\nYour Name\n", example_email(), "\n\n",
             "Description | Qty | Rate | Amount\n[Item] | 1 | ", NG("$0.00", "amount"), " | ", NG("$0.00", "amount"), "\n\n", "Payment terms: net 30. Bank details: [IBAN]\n"]
    return "invoice", "en", [pick(["Can you make this template look more professional?\n\n", ""])] + parts


@C("tech")
def c_en_sql_schema():
    parts = [pick(["Is this schema OK for GDPR?\n\n", "Add an index for lookups by email:\n\n", ""]),
             "CREATE TABLE customers (\n  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  full_name   text NOT NULL,\n  email       citext UNIQUE NOT NULL,\n",
             "  phone       text,\n  birth_date  date,\n  created_at  timestamptz DEFAULT now()\n);\n\n",
             "SELECT id, full_name FROM customers WHERE email = $1 AND created_at > '", NG("%d-%02d-01" % (R.randint(2024, 2026), R.randint(1, 12)), "date_not_dob"), "';\n"]
    return "sql", "en", parts


@C()
def c_en_card_statement():
    cur = pick(["£", "£", "$"])
    parts = [pick(["Categorise these transactions:\n\n", "", "Which of these are subscriptions?\n\n"]), "Card ", masked_card(), " – statement ", nondob_date("en"), "\n"]
    for _ in range(R.randint(4, 7)):
        parts += [NG("%02d %s" % (R.randint(1, 28), pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun"])), "date_not_dob"), "  ",
                  NG(pick(["JOHN LEWIS", "MARKS & SPENCER", "SAINSBURY'S", "TIM HORTONS", "BEN & JERRY'S", "DR. MARTENS", "JACK WILLS", "TED BAKER", "SPOTIFY", "PRET A MANGER"]),
                     "brand_name"), "  ", amount(cur, 3, 180), "\n"]
    return "notes", "en", parts


BLANK = {
    "en": "Full name: ______________ (e.g. Jane Doe)\nDate of birth: DD/MM/YYYY\nPhone: ______________\nEmail: you@example.com\nAddress: ______________\nSignature: ______  Date: ______",
    "de": "Name, Vorname: ______________ (z. B. Max Mustermann)\nGeburtsdatum: TT.MM.JJJJ\nTelefon: ______________\nE-Mail: name@example.org\nAnschrift: ______________\nUnterschrift: ______",
    "fr": "Nom : ____________  Prénom : ____________\nDate de naissance : JJ/MM/AAAA\nTéléphone : __ __ __ __ __\nCourriel : ______@______\nAdresse : ____________________",
    "es": "Nombre y apellidos: ______________\nDNI/NIE: _________\nFecha de nacimiento: DD/MM/AAAA\nTeléfono: _________\nCorreo electrónico: ______________",
    "it": "Cognome: ________  Nome: ________\nNato/a a ________ il __/__/____\nCodice fiscale: ________________\nCellulare: ________\nEmail: ________",
    "nl": "Achternaam: ________  Voorletters: ____\nGeboortedatum: DD-MM-JJJJ\nBSN: _________\nTelefoon: __________\nE-mail: __________",
    "pt": "Nome completo: ______________\nCPF: ___.___.___-__\nData de nascimento: __/__/____\nCelular: (__) _____-____\nE-mail: ______________",
    "pl": "Imię i nazwisko: ______________\nPESEL: ___________\nData urodzenia: DD.MM.RRRR\nTelefon: ___ ___ ___\nE-mail: ______________",
    "tr": "Adı Soyadı: ______________\nT.C. Kimlik No: ___________\nDoğum Tarihi: GG.AA.YYYY\nCep Telefonu: 05__ ___ __ __\nE-posta: ______________",
}


@C()
def c_en_checksum_question():
    parts = [pick(["My signup form rejects these test values, is the validation wrong?\n\n", "Which of these would pass a checksum?\n\n",
                   "QA found these in the staging data – all fake, right?\n\n"]),
             "- card: ", luhn_fail_card(), "\n", "- IBAN: ", bad_iban(pick(["DE", "GB", "NL", "FR"])), "\n",
             "- phone: ", NG(pick(["(123) 456-7890", "+999 1234 5678", "0000 000000", "12345"]), "invalid_phone"), "\n",
             "- SSN: ", NG(pick(["000-12-3456", "666-45-1234", "123-00-4567", "987-65-4320"]), "invalid_ssn"), "\n",
             "- email: ", example_email(), "\n"]
    return "notes", "en", parts


@C()
def c_blank_form():
    lang = pick(list(BLANK))
    head = {"en": "Please fill in:", "de": "Bitte ausfüllen:", "fr": "À remplir :", "es": "Rellene, por favor:", "it": "Da compilare:", "nl": "In te vullen:",
            "pt": "Preencha:", "pl": "Proszę wypełnić:", "tr": "Lütfen doldurunuz:"}[lang]
    return "form", lang, [head, "\n\n", NG(BLANK[lang], "blank_form")]


@C()
def c_de_paket():
    parts = [pick(["Ist diese SMS echt?\n\n", "", "Was bedeutet das?\n\n"]), "Ihre Bestellung ", order_no(), " wurde versandt. Sendungsnummer ", tracking_no(),
             ". Voraussichtliche Zustellung: ", nondob_date("de"), " zwischen 10 und 14 Uhr.\n", "Rechnungsbetrag: ", amount("€", 9, 300, "de"), " (bereits bezahlt mit ", masked_card(), ").\n",
             pick(["Abholung alternativ in der Packstation möglich.", "Bei Fragen antworten Sie nicht auf diese Nachricht.", "Der Sommer-Sale endet am Sonntag!"])]
    return "sms", "de", parts


@C()
def c_fr_recette_horaires():
    if chance(0.5):
        parts = ["Horaires de la déchetterie à partir du ", nondob_date("fr"), " :\nLundi–vendredi : 9h–12h / 14h–18h\nSamedi : 9h–18h\nFermée les jours fériés.\n",
                 "Badge d'accès : ", amount("€", 5, 15, "fr"), " (remplacement).\n"]
    else:
        parts = ["Tarte aux pommes (6 pers.)\n- 1 pâte brisée\n- 4 pommes Golden\n- 80 g de sucre\n- 1 sachet de sucre vanillé\nFour à 180 °C, 35 min. Coût total : ", amount("€", 4, 12, "fr"), ".\n"]
    return "notes", "fr", [pick(["Tu peux corriger ce texte ?\n\n", ""])] + parts


@C()
def c_es_aviso_comunidad():
    parts = ["AVISO A LOS VECINOS\n\n", "Se convoca junta ordinaria de la comunidad el próximo ", nondob_date("es"), " a las 19:30 en el portal.\n\n",
             "Orden del día:\n1. Aprobación de cuentas (saldo ", amount("€", 800, 12000, "es"), ")\n2. Presupuesto del ascensor (", amount("€", 3000, 40000, "es"), ")\n3. Ruegos y preguntas\n\n",
             "La administración"]
    return "notes", "es", [pick(["¿Me lo pasas a un tono más cordial?\n\n", ""])] + parts


@C()
def c_it_nl_pt_chat():
    lang = pick(["it", "nl", "pt"])
    body = {
        "it": ["ragazzi la riunione è spostata a giovedì alle 18, sala 2. portate il verbale del ", nondob_date("it"), ". quota ", amount("€", 10, 40, "it"), " a testa"],
        "nl": ["hoi! de bbq is verplaatst naar zaterdag 14:00 vanwege de regen. iedereen ", amount("€", 8, 25, "nl"), " overmaken via Tikkie, link volgt. parkeren kan bij P3"],
        "pt": ["pessoal, o jantar ficou para sexta às 20h. cada um leva uma bebida. a reserva está no nome da empresa, mesa ", str(R.randint(4, 30)), ". total ", amount("€", 18, 45, "pt"), " por pessoa"],
    }[lang]
    return "chat", lang, body


@C()
def c_in_hinglish_clean():
    parts = [pick(["bhai ", "guys ", "team, "]), "standup 11 baje shift ho gaya. PR ", NG("#%d" % R.randint(100, 3000), "issue_number"), " merge kar diya, build ", version(),
             " staging pe deploy hai. ", pick(["QA wale kal test karenge.", "Release notes Confluence pe daal do.", "Koi issue ho toh Jira pe ticket bana dena."]),
             " Budget approval ", amount("₹", 20000, 500000), " ka pending hai."]
    return "chat", "in", parts


@C()
def c_pl_tr_notice():
    lang = pick(["pl", "tr"])
    if lang == "pl":
        parts = ["Szanowni Mieszkańcy,\n", "w dniu ", nondob_date("pl"), " w godz. 8–14 nastąpi przerwa w dostawie wody. Za utrudnienia przepraszamy.\n",
                 "Zaliczka na fundusz remontowy wynosi od ", NG("1 stycznia %d" % R.randint(2025, 2026), "date_not_dob"), " ", amount("zł", 80, 600), " miesięcznie.\nZarząd Wspólnoty"]
    else:
        parts = ["Değerli site sakinleri,\n", nondob_date("tr"), " tarihinde saat 09:00–13:00 arasında elektrik kesintisi olacaktır.\n",
                 "Aidatlar ", amount("TL", 800, 6000), " olarak güncellenmiştir. ", NG("Deniz manzaralı", "name_as_word"), " bloklarda asansör bakımı yapılacaktır.\nSite Yönetimi"]
    return "notes", lang, parts


# ---------------------------------------------------------------- assistant requests around a paste

WRAP = {
    "en": (["Can you make this sound more professional?", "Please proofread this and keep the formatting.", "Summarise this in three bullet points:",
            "Can you turn this into a table?", "Rewrite this more politely, it's going out today:", "Help me reply to this.",
            "Translate this into Spanish please."],
           ["Why am I getting this error?", "Can you spot the problem here?", "Is this config correct?", "Explain this to me like I'm new to it:",
            "Clean this up and tell me what's wrong."]),
    "de": (["Kannst du das bitte etwas freundlicher formulieren?", "Bitte korrigiere Rechtschreibung und Grammatik:", "Fasse das kurz zusammen:",
            "Kannst du daraus eine Tabelle machen?"], ["Warum funktioniert das nicht?", "Was ist hier falsch?"]),
    "fr": (["Tu peux reformuler ça de façon plus professionnelle ?", "Corrige les fautes s'il te plaît :", "Résume-moi ça en quelques lignes.",
            "Peux-tu traduire ce texte en anglais ?"], ["Pourquoi ça ne marche pas ?"]),
    "es": (["¿Puedes revisar la ortografía de esto?", "Resúmeme esto, por favor:", "¿Me ayudas a contestar este mensaje?", "Pásalo a un tono más formal:"],
           ["¿Por qué da error?"]),
    "it": (["Puoi correggere questo testo?", "Me lo riassumi in due righe?", "Riscrivilo in modo più formale, per favore:", "Traducilo in inglese:"], ["Perché non funziona?"]),
    "nl": (["Kun je dit netter formuleren?", "Kun je dit samenvatten?", "Graag de spelfouten eruit halen:", "Vertaal dit naar het Engels, alsjeblieft."], ["Waarom werkt dit niet?"]),
    "pt": (["Você pode revisar esse texto?", "Resume isto, por favor:", "Consegue deixar isso mais formal?", "Me ajuda a responder essa mensagem?"], ["Por que dá erro?"]),
    "pl": (["Możesz to poprawić stylistycznie?", "Streść to proszę w kilku zdaniach:", "Przetłumacz to na angielski:"], ["Dlaczego to nie działa?"]),
    "tr": (["Bunu daha resmi bir dille yazar mısın?", "Bunu özetler misin?", "Yazım hatalarını düzeltir misin?"], ["Bu neden çalışmıyor?"]),
    "in": (["Isko thoda professional bana do please:", "Can you fix the English in this? Thoda urgent hai.", "Summarise karo please:", "Please make this into a proper table"],
           ["Ye error kyun aa raha hai?", "What is wrong here, please check"]),
    "sv": (["Kan du sammanfatta det här?", "Kan du rätta språket?"], ["Varför fungerar det inte?"]),
}


def already_asks(parts):
    first = parts[0] if parts and isinstance(parts[0], str) else ""
    return first.endswith("\n\n") and len(first) > 3


def wrap(parts, lang, kind):
    reqs = WRAP[lang][1 if kind == "tech" else 0]
    req = pick(reqs)
    fence = kind == "tech" and chance(0.6)
    body = (["```\n"] + list(parts) + ["\n```"]) if fence else list(parts)
    if chance(0.7):
        return [req, "\n\n"] + body
    return body + ["\n\n", req]


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
ROLE_LOCAL = {"support", "info", "noreply", "no-reply", "billing", "hello", "help", "bookings", "orders", "hr", "careers", "git"}
ALLOWED_DOMS = ("example.com", "example.org", "example.net")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
NINO_FIRST, NINO_SECOND = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"


def gov_ok(v, sub):
    c = re.sub(r"[\s.\-/]", "", v)
    if sub == "ssn":
        return len(c) == 9 and c.isdigit() and ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:]))
    if sub == "nino":
        return (len(c) == 9 and c[0] in NINO_FIRST and c[1] in NINO_SECOND and c[:2] not in NINO_BAD_PREFIX
                and c[2:8].isdigit() and c[8] in "ABCD")
    if sub == "nhs":
        return nhs_ok(c)
    if sub == "steuer_id":
        return steuerid_ok(c)
    if sub == "nir":
        return len(c) == 15 and nir_ok(c[:13], c[13:])
    if sub == "dni":
        return len(c) == 9 and c[:8].isdigit() and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "nie":
        return len(c) == 9 and nie_ok(c)
    if sub == "codice_fiscale":
        return len(c) == 16 and cf_check(c[:15]) == c[15]
    if sub == "bsn":
        return bsn_ok(c)
    if sub == "aadhaar":
        return len(c) == 12 and verhoeff_ok(c)
    if sub == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if sub == "cpf":
        return cpf_ok(c)
    if sub == "pesel":
        return pesel_ok(c)
    if sub == "tckn":
        return tckn_ok(c)
    if sub == "nif_pt":
        return nif_pt_ok(c)
    if sub == "personnummer":
        return len(c) == 10 and luhn_ok(c)
    if sub == "kvnr":
        return kvnr_ok(c)
    if sub == "pl_id_card":
        return dowod_ok(c)
    if sub == "passport":
        return 8 <= len(c) <= 9 and c.isalnum()
    return False


def check_rules(rec):
    """Rules of this part beyond check_record; returns a list of problems."""
    probs = []
    t = rec["text"]
    spans = rec["spans"]

    def covered(s, e, types=None):
        return any(sp["start"] <= s and e <= sp["end"] and (types is None or sp["type"] in types) for sp in spans)

    for sp in spans:
        v, ty = sp["value"], sp["type"]
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            probs.append("luhn " + v)
        if ty == "iban":
            c = v.replace(" ", "").upper()
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                probs.append("iban " + v)
        if ty == "gov_id" and not gov_ok(v, sp["sub"]):
            probs.append("gov_id %s %s" % (sp["sub"], v))
        if ty == "ip":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("ip " + v)
        if ty == "email" and not EMAIL_RE.fullmatch(v):
            probs.append("email " + v)
    for m in EMAIL_RE.finditer(t):
        loc, dom = m.group(0).split("@", 1)
        if covered(m.start(), m.end(), ("email",)) or any(sp["type"] == "secret" and sp["start"] < m.end() and m.start() < sp["end"] for sp in spans):
            continue
        if loc.lower() in ROLE_LOCAL or dom.lower() in ALLOWED_DOMS:
            continue
        probs.append("unlabelled e-mail " + m.group(0))
    for m in IPV4_RE.finditer(t):
        v = m.group(0)
        if covered(m.start(), m.end()) or v in ("127.0.0.1", "0.0.0.0", "255.255.255.0") or t[m.end():m.end() + 1] == "/":
            continue
        try:
            ipaddress.ip_address(v)
        except ValueError:
            continue
        probs.append("unlabelled ip " + v)
    words = set()
    for sp in spans:
        if sp["type"] == "person":
            for w in WORD_RE.findall(sp["value"]):
                if len(w) >= 3 and w.lower() not in PARTICLES and not w.isupper():
                    words.add(w)
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
            if not covered(m.start(), m.end()):
                probs.append("unlabelled name word " + w)
                break
    return probs


def phones_of(recs):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for r in recs for sp in r["spans"] if sp["type"] == "phone"]


# ---------------------------------------------------------------- generation and selection

def make(fn, kind, wrap_p):
    form, lang, parts = fn()
    wrapped = False
    if kind != "ask" and not already_asks(parts) and chance(wrap_p):
        parts = wrap(parts, lang, kind)
        wrapped = True
    rec = build("", form, lang, parts)
    return rec, wrapped


def dist(tot, n_lab):
    scale = (NREC - NCLEAN) / max(n_lab, 1)
    return sum(((tot[t] * scale) - TARGET[t]) ** 2 / TARGET[t] for t in TARGET)


def generate():
    R.seed(SEED)
    cands = {}
    meta = {}
    for name, fn, kind in TEMPLATES:
        lst = []
        for _ in range(POOL):
            rec, w = make(fn, kind, 0.2 if kind == "text" else 0.12)
            rec["_t"], rec["_w"] = name, w
            lst.append(rec)
        cands[name] = lst
    allc = [r for lst in cands.values() for r in lst]
    bad = pv_check(phones_of(allc))
    if bad is None:
        sys.stderr.write("warning: /tmp/pv/pv missing, phones not validated\n")
        bad = []
    badset = {ln.split("\t")[1] for ln in bad}
    for name in cands:
        ok = []
        for r in cands[name]:
            if any(sp["type"] == "phone" and sp["value"] in badset for sp in r["spans"]):
                continue
            if check_rules(r):
                continue
            try:
                check_record(r)
            except AssertionError:
                continue
            ok.append(r)
        cands[name] = ok
    # clean records first (round-robin over clean templates, duplicates skipped)
    clean, seen = [], set()
    cw = {"c_blank_form": 3, "c_de_paket": 2, "c_it_nl_pt_chat": 3, "c_es_aviso_comunidad": 2, "c_fr_recette_horaires": 2,
          "c_in_hinglish_clean": 2, "c_pl_tr_notice": 2}
    order = [c for c in CLEANS for _ in range(cw.get(c[0], 1))]
    i = 0
    tries = 0
    per_c = Counter()
    while len(clean) < NCLEAN:
        name, fn, kind = order[i % len(order)]
        i += 1
        if per_c[name] >= MAXT - 2:
            continue
        rec, w = make(fn, kind, 0.15)
        tries += 1
        assert tries < 20 * NCLEAN
        if rec["spans"] or check_rules(rec) or rec["text"] in seen:
            continue
        seen.add(rec["text"])
        per_c[name] += 1
        rec["_t"], rec["_w"] = name, w
        clean.append(rec)
    n_lab = NREC - NCLEAN
    en_target = round(EN_SHARE * NREC) - sum(1 for r in clean if r["lang"] == "en")
    chosen, per_t = [], Counter()
    tot = Counter()
    for name in cands:
        for r in cands[name][:KEEP]:
            chosen.append(r)
            per_t[name] += 1
            tot.update(sp["type"] for sp in r["spans"])
        cands[name] = cands[name][KEEP:]
    n_en = sum(1 for r in chosen if r["lang"] == "en")
    while len(chosen) < n_lab:
        best, bs = None, None
        k = len(chosen) + 1
        for name, lst in cands.items():
            if per_t[name] >= MAXT or not lst:
                continue
            r = lst[0]
            add = Counter(sp["type"] for sp in r["spans"])
            t2 = tot + add
            sc = dist(t2, k) + 0.2 * per_t[name]
            is_en = r["lang"] == "en"
            share = (n_en + is_en) / k
            if is_en and share > en_target / n_lab:
                sc += 60 * (share - en_target / n_lab) * 10
            if not is_en and share < en_target / n_lab - 0.03:
                sc += 20
            if bs is None or sc < bs:
                best, bs = name, sc
        r = cands[best].pop(0)
        chosen.append(r)
        per_t[best] += 1
        tot.update(sp["type"] for sp in r["spans"])
        n_en += r["lang"] == "en"
    recs = chosen + clean
    R.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = "%s%05d" % (PREFIX, i)
    return recs


def strip_private(recs):
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in recs]


def serialize(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in strip_private(recs))


def stats(recs, out=sys.stdout):
    types, langs, tpls, forms, subs = Counter(), Counter(), Counter(), Counter(), defaultdict(Counter)
    negs = Counter()
    for r in recs:
        langs[r["lang"]] += 1
        forms[r["form"]] += 1
        if "_t" in r:
            tpls[r["_t"]] += 1
        for sp in r["spans"]:
            types[sp["type"]] += 1
            k = sp.get("sub", "")
            if sp["type"] == "phone":
                k = sp.get("plan", sp["region"]) + ":" + k
            subs[sp["type"]][k] += 1
        for n in r.get("neg", []):
            negs[n] += 1
    n_clean = sum(1 for r in recs if not r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), n_clean, sum(types.values())), file=out)
    print("by type: " + ", ".join("%s %d" % kv for kv in types.most_common()), file=out)
    print("by lang: " + ", ".join("%s %d" % kv for kv in langs.most_common()), file=out)
    print("by form: " + ", ".join("%s %d" % kv for kv in forms.most_common()), file=out)
    if tpls:
        print("templates used: %d labelled, %d clean; wrapped %d" % (
            len([t for t in tpls if not t.startswith("c_")]), len([t for t in tpls if t.startswith("c_")]), sum(1 for r in recs if r.get("_w"))), file=out)
        print("by template: " + ", ".join("%s %d" % kv for kv in sorted(tpls.items())), file=out)
    for ty in TARGET:
        print("  %s subs: %s" % (ty, ", ".join("%s %d" % kv for kv in subs[ty].most_common())), file=out)
    print("neg tags (%d): %s" % (len(negs), ", ".join("%s %d" % kv for kv in negs.most_common())), file=out)


def main():
    args = sys.argv[1:]
    recs = generate()
    data = serialize(recs)
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        ok = cur == data
        print("rebuild identical: %s" % ok)
        problems = 0
        file_recs = [json.loads(ln) for ln in cur.splitlines()]
        for r in file_recs:
            check_record(r)
            pr = check_rules(r)
            if pr:
                problems += 1
                print(r["id"], pr)
        bad = pv_check(phones_of(file_recs))
        if bad is None:
            print("phone validator missing: phones not re-checked")
        else:
            print("phones checked: %d, invalid: %d" % (len(phones_of(file_recs)), len(bad)))
            for ln in bad:
                print("  " + ln)
        ids = [r["id"] for r in file_recs]
        assert len(set(ids)) == len(ids) == NREC
        print("records verified: %d, with problems: %d" % (len(file_recs), problems))
        sys.exit(0 if ok and not problems and not bad else 1)
    if "--stats" in args:
        stats(recs)
        return
    write_jsonl(OUT, strip_private(recs))
    stats(recs)


if __name__ == "__main__":
    main()
