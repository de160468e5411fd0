#!/usr/bin/python3
"""Held-out part 52 of the redaction corpus (heldout52.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 51
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
20:29:57 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: GYMS, HAIR AND BEAUTY SALONS, SPAS, TATTOO STUDIOS AND OTHER
PERSONAL-SERVICE BUSINESSES FROM THE STAFF SIDE. What front-desk staff,
membership advisers, trainers, stylists, therapists, tattoo and piercing
artists, studio managers and booking-system admins paste into an AI
assistant, from 21 countries in 20 languages: membership sign-ups with
direct-debit mandates, PAR-Q health questionnaires, colour consultations and
patch-test records, tattoo and piercing consent forms with ID checks,
booking-app CSV exports, no-show logs with cards, gift vouchers, rotas and
commission sheets, complaints and refund requests, review replies, client
chats and booking-system configs. Hard negatives of the theme everywhere:
booking, membership, locker and voucher numbers, class and treatment codes,
rooms and chairs, appointment times, prices, colour formulas, ink and
needle batches, the businesses' own phones, mailboxes and sites, eponymous
treatments and classes (Pilates, Zumba, Brazilian blow-dry, Marcel waves),
salons named after owners, private and documentation IPs, test cards, and
name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
520611, shuffle seed 520612).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout52.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout52.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout52.py --stats   # counts
"""
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random,
                       group, ssn_random, nino_random, dni_random, cf_make,
                       steuerid_random, nir_random, bsn_random, steuerid_ok, nir_ok,
                       bsn_ok, ssn_valid, NINO_BAD_PREFIX,
                       cpf_random, cpf_ok, aadhaar_random, verhoeff_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz, DNI_LETTERS)

SEED = 520611
SHUFFLE_SEED = 520612
OUT = os.path.join(HERE, "heldout52.jsonl")
PREFIX = "heldout-az-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== ids
def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def tz_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def tz_make(R):
    while True:
        s = str(R.randint(1, 3)) + digits(R, 7)
        for c in "0123456789":
            if tz_ok(s + c):
                return s + c


def thai_id_make(R):
    b = R.choice("1358") + digits(R, 11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    return b + str(c)


def thai_id_ok(s):
    return len(s) == 13 and (11 - sum(int(x) * (13 - i) for i, x in enumerate(s[:12])) % 11) % 10 == int(s[12])


def cnid_make(R, y, m, d, female):
    area = R.choice(["330106", "440305", "510104", "320102", "420111", "370202"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    b = area + "%04d%02d%02d" % (y, m, d) + seq
    return b + cnid_check(b)


def cnid_check(b):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * c for a, c in zip(b, w)) % 11]


def rrn_make(R, y, m, d, female):
    s = (3 if y >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, s, digits(R, 5))
    return b[:6] + "-" + b[6:] + rrn_check(b)


def rrn_check(b):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(a) * c for a, c in zip(b, w)) % 11) % 10)


def pnr_make(R, y, m, d, female):
    b = "%02d%02d%02d%02d%d" % (y % 100, m, d, R.randint(0, 99), R.choice([0, 2, 4, 6, 8]) + (0 if female else 1))
    c = luhn_complete(b)[-1]
    return b[:6] + "-" + b[6:] + c


def de_ausweis_make(R):
    al = "CFGHJKLMNPRTVWXYZ"
    s = R.choice("LMNPRTVWXY") + "".join(R.choice(al + "0123456789") for _ in range(8))
    return s + de_ausweis_check(s)


def de_ausweis_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def uk_dl_make(R, surname, given, y, m, d, female):
    sur = re.sub("[^A-Z]", "", surname.upper())
    sur = (sur + "99999")[:5]
    mm = m + (50 if female else 0)
    return "%s%d%02d%02d%d%s9%s" % (sur, (y // 10) % 10, mm, d, y % 10, (given[0].upper() + "9"), R.choice(["AB", "CD", "FG", "JK", "LM", "WX"]))


def eg_nid_make(R, y, m, d, female):
    c = 2 if y < 2000 else 3
    seq = "%03d%d" % (R.randint(0, 999), R.choice([2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7]))
    return "%d%02d%02d%02d%02d%s%d" % (c, y % 100, m, d, R.choice([1, 2, 21, 13, 14]), seq, R.randint(1, 9))


def vn_cccd_make(R, y, female):
    prov = R.choice(["001", "079", "048", "031", "092"])
    s = (0 if y < 2000 else 2) + (1 if female else 0)
    return "%s%d%02d%s" % (prov, s, y % 100, digits(R, 6))


# ====================================================================== misc helpers
def ip_global(R, v6=False):
    while True:
        if v6:
            a = ipaddress.ip_address("2%03x:%x:%x:%x::%x" % (R.randint(0x400, 0xa00), R.randint(1, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)))
        else:
            a = ipaddress.ip_address("%d.%d.%d.%d" % (R.randint(23, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global:
            return str(a)


def ip_private(R):
    return R.choice(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 9), R.randint(0, 255), R.randint(2, 250)),
                     "172.16.%d.%d" % (R.randint(0, 31), R.randint(2, 250))])


def ip_doc(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(2, 250)


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "4111 1111 1111 1111"]


def card_fmt(R, num, style=None):
    style = style or R.choice(["space", "space", "dash", "none"])
    g = split_groups(num, card_grouping(len(num)))
    return {"space": " ".join(g), "dash": "-".join(g), "none": num}[style]


def luhn_bad(R, n=16):
    while True:
        s = R.choice("3456") + digits(R, n - 1)
        if not luhn_ok(s):
            return s


def iban_fmt(R, iban):
    return group(iban) if R.random() < 0.7 else iban


# ====================================================================== locales
# names: "native|roman" where the script is not Latin. Family: "m/f" forms.
LOC = {}


def loc(code, lang, gm, gf, fam, streets, towns, biz, lab, req, chat):
    LOC[code] = dict(code=code, lang=lang, gm=[x.replace("~", " ") for x in gm.split()], gf=[x.replace("~", " ") for x in gf.split()], fam=[x.replace("~", " ") for x in fam.split()], streets=streets,
                     towns=towns, biz=biz, lab=lab, req=req, chat=chat)


# lab keys: name dob addr phone email id iban emerg member sign
loc("US", "en", "Wardell Ellery Ozias Fennimore Pelham Ransom Harlan Tiberius",
    "Juniper Keziah Oaklyn Marlowe Sutton Delphine Greer Annora",
    "Blankenship Hurlbut Stroupe Tillotson Vickery Ambrose Calloway Penland Whitsett Kittredge",
    ["Sassafras Ln", "Quarry Ridge Rd", "Bellflower Ct", "Kestrel Pointe Dr"],
    [("Maple Shade", "NJ", "08052"), ("Lakewood", "OH", "44107"), ("Boise", "ID", "83706"), ("Duluth", "MN", "55803")],
    dict(gym="IronLoft Athletic Club", salon="Velvet Comb Studio", tattoo="Black Anchor Ink", dom="ironloftclub.com", sdom="velvetcomb.com", tdom="blackanchorink.com", tel="(888) 724-0193"),
    dict(name="Full name", dob="Date of birth", addr="Home address", phone="Cell", email="Email", id="ID checked",
         iban="Bank account (IBAN)", emerg="Emergency contact", member="Member #", sign="Signed"),
    ["Can you turn this into a clean summary for the manager?", "What's missing from this form before I file it?",
     "Help me write a short, friendly reply to this client."],
    [("hey, can I push my {svc} to {t}?", "Sure! You're moved to {t}. See you then"),
     ("running 10 min late sorry!!", "No worries, we'll hold your slot")])
loc("GB", "en", "Rupert Alastair Hadrian Digby Lachlan Cosmo Evander Ambrose",
    "Henrietta Loveday Ottoline Verity Araminta Thomasina Wilhelmina Isolde",
    "Braithwaite Heseltine Bracegirdle Ackroyd Thornycroft Mountjoy Quilliam Tredinnick Cadwallader Pettigrew",
    ["Gorse Hill Road", "Badgers Walk", "Chandlers Mews", "Lapwing Close"],
    [("Todmorden", "OL14 6QD"), ("Kidderminster", "DY10 1PQ"), ("Ludlow", "SY8 1PJ"), ("Frome", "BA11 3DT")],
    dict(gym="Forgeworks Fitness", salon="The Copper Mirror", tattoo="Ravenhide Tattoo Parlour", dom="forgeworksfitness.co.uk", sdom="coppermirror.co.uk", tdom="ravenhide.co.uk", tel="01632 960 418"),
    dict(name="Name", dob="Date of birth", addr="Address", phone="Mobile", email="Email", id="ID seen",
         iban="IBAN", emerg="Next of kin", member="Membership no.", sign="Advisor"),
    ["Can you tidy this up into something I can hand to the area manager?", "Is anything missing here before it goes to head office?",
     "Could you draft a polite reply to this client for me?", "Summarise this in three bullet points for the team please."],
    [("hiya, any chance of moving my {svc} to {t}?", "Yes lovely, all moved to {t} x"),
     ("is my deposit still ok if I rebook?", "Yes it carries over, no problem")])
loc("DE", "de", "Burkhard Hartwig Volkert Gerlach Henner Sönke Eckart Ludolf",
    "Irmgard Irmelin Ermentrude Ortrun Swaantje Adelheid Kunigunde Liselotte",
    "Brinkhaus Quadflieg Tiedemann Oberdieck Schwertfeger Kniepkamp Ellerbrock Hülskamp Pfannschmidt Drewitz",
    ["Lindenhofweg", "Am Krähenberg", "Brunnenstraße", "Holunderstieg"],
    [("Wetzlar", "35578"), ("Detmold", "32756"), ("Bamberg", "96047"), ("Rosenheim", "83022")],
    dict(gym="Kraftwerk Sportstudio", salon="Haarwerk Scherenschnitt", tattoo="Nadelstich Tattoo", dom="kraftwerk-sportstudio.de", sdom="haarwerk-scherenschnitt.de", tdom="nadelstich-tattoo.de", tel="06441 209 380"),
    dict(name="Name", dob="Geburtsdatum", addr="Anschrift", phone="Handy", email="E-Mail", id="Ausweisnummer",
         iban="IBAN (SEPA-Lastschrift)", emerg="Notfallkontakt", member="Mitgliedsnr.", sign="Bearbeitet von"),
    ["Kannst du das für die Studioleitung kurz zusammenfassen?", "Fehlt hier noch etwas, bevor ich das ablege?",
     "Hilf mir bitte, eine freundliche Antwort an die Kundin zu formulieren."],
    [("Hallo, kann ich meinen Termin für {svc} auf {t} verschieben?", "Klar, ist auf {t} umgebucht!"),
     ("Bin 10 Minuten später da, sorry", "Kein Problem, wir warten")])
loc("FR", "fr", "Anatole Marcellin Gaspard Lucien Aurèle Florimond Léandre Césaire",
    "Albane Bérénice Capucine Honorine Léocadie Perrinne Eudoxie Gwendoline",
    "Lemarchand Sabourault Vandenbussche Chaumontel Delacroix-Ribot Maillebuau Fontanieu Hautecloque Brissonneau Tessereau",
    ["rue des Tanneurs", "allée des Glycines", "impasse du Moulin-Neuf", "avenue des Tilleuls"],
    [("Chalon-sur-Saône", "71100"), ("Rodez", "12000"), ("Périgueux", "24000"), ("Quimper", "29000")],
    dict(gym="Salle Hercule Forme", salon="L'Atelier Coiffure Mèche Folle", tattoo="Encre Noire Studio", dom="hercule-forme.fr", sdom="mechefolle.fr", tdom="encrenoire-studio.fr", tel="03 85 94 12 60"),
    dict(name="Nom", dob="Date de naissance", addr="Adresse", phone="Portable", email="E-mail", id="Pièce d'identité",
         iban="IBAN (prélèvement)", emerg="Personne à prévenir", member="N° adhérent", sign="Saisi par"),
    ["Tu peux me résumer ça pour la gérante ?", "Il manque quelque chose avant que je l'archive ?",
     "Aide-moi à rédiger une réponse polie à la cliente."],
    [("Bonjour, je peux décaler mon {svc} à {t} ?", "Oui c'est noté pour {t} !"),
     ("J'aurai 10 min de retard désolée", "Pas de souci, on vous attend")])
loc("ES", "es", "Baltasar Eusebio Leandro Nicasio Saturnino Teodosio Ambrosio Fermín",
    "Azucena Brígida Casilda Eloísa Gertrudis Leocadia Genoveva Trinidad",
    "Azpilicueta Buendía Carrasquilla Echevarría Gorostiza Landaluce Menchaca Yeregui Retuerto Otaduy",
    ["Calle del Almendro", "Calle Cuesta de los Olivos", "Avenida de la Albufera", "Calle Ribera del Sil"],
    [("Logroño", "26002", "La Rioja"), ("Cáceres", "10005", "Cáceres"), ("Ourense", "32003", "Ourense"), ("Albacete", "02001", "Albacete")],
    dict(gym="Gimnasio Titán Norte", salon="Peluquería Tijera de Oro", tattoo="Tinta Brava Tattoo", dom="titannorte.es", sdom="tijeradeoro.es", tdom="tintabrava.es", tel="941 203 845"),
    dict(name="Nombre", dob="Fecha de nacimiento", addr="Domicilio", phone="Móvil", email="Correo", id="DNI",
         iban="IBAN (domiciliación)", emerg="Contacto de emergencia", member="Nº socio", sign="Atendido por"),
    ["¿Me lo resumes para la encargada?", "¿Falta algo antes de archivarlo?", "Ayúdame a redactar una respuesta amable a la clienta."],
    [("Hola, ¿puedo cambiar mi cita de {svc} a las {t}?", "¡Claro! Te la cambio a las {t}"),
     ("Llego 10 minutos tarde, perdón", "Sin problema, te esperamos")])
loc("IT", "it", "Calogero Ludovico Pierluigi Terzilio Eliseo Gerlando Romualdo Duilio",
    "Ginevra Ottavia Brunilde Loredana Annunziata Ersilde Filomena Tecla",
    "Bonacorsi Castiglioni Buonocore Franzese Guarnieri Pizzolato Maccagnani Pellegatta Sciacchitano Zanetti",
    ["Via dei Cappuccini", "Via Santa Lucia al Monte", "Viale delle Rimembranze", "Vicolo del Pozzo"],
    [("Cremona", "26100", "CR"), ("Lecce", "73100", "LE"), ("Treviso", "31100", "TV"), ("Perugia", "06121", "PG")],
    dict(gym="Palestra Colosseo Fit", salon="Parrucchiere Forbici d'Argento", tattoo="Inchiostro Ribelle", dom="colosseofit.it", sdom="forbicidargento.it", tdom="inchiostroribelle.it", tel="0372 418 220"),
    dict(name="Nome", dob="Data di nascita", addr="Indirizzo", phone="Cellulare", email="Email", id="Codice fiscale",
         iban="IBAN (addebito SDD)", emerg="Contatto di emergenza", member="N. tessera", sign="Compilato da"),
    ["Me lo riassumi per la titolare?", "Manca qualcosa prima di archiviarlo?", "Aiutami a scrivere una risposta gentile alla cliente."],
    [("Ciao, posso spostare la {svc} alle {t}?", "Certo, spostata alle {t}!"),
     ("Arrivo con 10 minuti di ritardo scusa", "Nessun problema, ti aspettiamo")])
loc("NL", "nl", "Reinout Gijsbert Wolter Ewout Menno Tjalling Sybren Aart",
    "Geertruida Hilletje Marrigje Wilhelmien Aaltje Jantien Roelie Anneke",
    "van~Duinkerken Hoogervorst Kamphuis Lagerwerf Oudshoorn Rietveld Spijkerman Kraaijeveld Zwartjes Brouwershaven",
    ["Lijsterbeslaan", "Molenwiek", "Korenbloemstraat", "Dijkgraafsingel"],
    [("Zwolle", "8011 PK"), ("Apeldoorn", "7311 GL"), ("Alkmaar", "1811 KD"), ("Roermond", "6041 GD")],
    dict(gym="Sportschool De Kracht", salon="Kapsalon Knipgeluk", tattoo="Inktvis Tattoo Studio", dom="sportschooldekracht.nl", sdom="knipgeluk.nl", tdom="inktvistattoo.nl", tel="038 750 2214"),
    dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Mobiel", email="E-mail", id="ID-kaart nr.",
         iban="IBAN (incasso)", emerg="Noodcontact", member="Lidnummer", sign="Ingevuld door"),
    ["Kun je dit samenvatten voor de bedrijfsleider?", "Mist er nog iets voordat ik het archiveer?", "Help me een vriendelijk antwoord aan de klant te schrijven."],
    [("Hoi, kan mijn {svc} naar {t}?", "Is goed, staat op {t}!"),
     ("Ben 10 min later sorry", "Geen probleem, we wachten")])
loc("BR", "pt", "Anselmo Clodoaldo Genivaldo Jucelino Reinaldo Valdomiro Ubirajara Wanderley",
    "Rosimeire Luzineide Marinalva Cleonice Edileusa Francisca Joelma Sueli",
    "Trancoso Bezerra Cavalcanti Damasceno Fagundes Aragão Loureiro Nepomuceno Bonifácio Quaresma",
    ["Rua das Acácias", "Avenida Sete de Setembro", "Rua Pedro Álvares Cabral", "Travessa do Sossego"],
    [("Campinas", "SP", "13015-904", "Cambuí"), ("Londrina", "PR", "86020-010", "Centro"), ("Natal", "RN", "59012-300", "Petrópolis"), ("Uberlândia", "MG", "38400-100", "Fundinho")],
    dict(gym="Academia Força Total", salon="Salão Beleza Pura", tattoo="Tinta Viva Tattoo", dom="forcatotal.com.br", sdom="belezapura.com.br", tdom="tintaviva.com.br", tel="(19) 3251-4470"),
    dict(name="Nome", dob="Data de nascimento", addr="Endereço", phone="Celular", email="E-mail", id="CPF",
         iban="IBAN", emerg="Contato de emergência", member="Matrícula", sign="Atendente"),
    ["Pode resumir isso pra gerente?", "Tá faltando alguma coisa antes de eu arquivar?", "Me ajuda a escrever uma resposta educada pra cliente?"],
    [("Oi, posso mudar meu {svc} pras {t}?", "Pode sim! Remarcado pras {t}"),
     ("vou atrasar uns 10 min desculpa", "Tranquilo, te esperamos")])
loc("PL", "pl", "Bogumił Radosław Zdzisław Wiesław Przemysław Lechosław Mirosław Ziemowit",
    "Bożena Halina Jadwiga Mirosława Wiesława Grażyna Stanisława Zdzisława",
    "Chrobak Dziedzic Gąsiorek Grzegorczyk Kołodziej/Kołodziej Maciejewski/Maciejewska Pietrzak Sobieraj Wawrzyniak Żmuda",
    ["ul. Jarzębinowa", "ul. Kasztanowa", "ul. Cicha", "ul. Poziomkowa"],
    [("Rzeszów", "35-064"), ("Olsztyn", "10-512"), ("Bydgoszcz", "85-023"), ("Kielce", "25-314")],
    dict(gym="Siłownia Atlas", salon="Salon Fryzjerski Grzywka", tattoo="Igła i Tusz", dom="silownia-atlas.pl", sdom="grzywka.pl", tdom="iglaitusz.pl", tel="17 853 22 10"),
    dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", phone="Telefon", email="E-mail", id="PESEL",
         iban="IBAN", emerg="Kontakt awaryjny", member="Nr karnetu", sign="Przyjął(a)"),
    ["Możesz to streścić dla kierowniczki?", "Czy czegoś tu brakuje, zanim to odłożę?", "Pomóż mi napisać uprzejmą odpowiedź do klientki."],
    [("Dzień dobry, czy mogę przełożyć {svc} na {t}?", "Jasne, przełożone na {t}"),
     ("Spóźnię się 10 minut, przepraszam", "Nie szkodzi, czekamy")])
loc("RU", "ru", "Святополк|Svyatopolk Ермолай|Ermolai Прохор|Prokhor Евстигней|Evstignei Мирон|Miron Фрол|Frol Савватий|Savvaty Любомир|Lyubomir",
    "Евдокия|Evdokia Агафья|Agafya Василиса|Vasilisa Феврония|Fevronia Аглая|Aglaya Пелагея|Pelageya Ульяна|Ulyana Серафима|Serafima",
    "Колокольцев/Колокольцева|Kolokoltsev Пряников/Пряникова|Pryanikov Свиридов/Свиридова|Sviridov Толстопятов/Толстопятова|Tolstopyatov Щеглов/Щеглова|Shcheglov Бурундуков/Бурундукова|Burundukov Ласточкин/Ласточкина|Lastochkin Одинцов/Одинцова|Odintsov",
    ["ул. Сиреневая", "ул. Рябиновая", "пр. Строителей", "ул. Полевая"],
    [("Тверь", "170100"), ("Калуга", "248000"), ("Вологда", "160000"), ("Ярославль", "150000")],
    dict(gym="Фитнес-клуб «Богатырь»", salon="Салон красоты «Локон»", tattoo="Тату-студия «Игла»", dom="bogatyr-fit.ru", sdom="lokon-salon.ru", tdom="igla-tattoo.ru", tel="8 (4822) 35-10-74"),
    dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Телефон", email="Эл. почта", id="Паспорт",
         iban="Счёт", emerg="Контакт на экстренный случай", member="№ карты клуба", sign="Оформил(а)"),
    ["Сделай краткую сводку для управляющей.", "Чего здесь не хватает, прежде чем я сдам анкету?", "Помоги вежливо ответить клиентке."],
    [("Здравствуйте, можно перенести {svc} на {t}?", "Да, перенесли на {t}"),
     ("Опоздаю на 10 минут, извините", "Ничего страшного, ждём")])
loc("GR", "el", "Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Παντελής|Pantelis Ευστάθιος|Efstathios Λεωνίδας|Leonidas Θεμιστοκλής|Themistoklis Αριστείδης|Aristeidis Ηλίας|Ilias",
    "Ευανθία|Evanthia Καλλιόπη|Kalliopi Πηνελόπη|Pinelopi Χρυσάνθη|Chrysanthi Σταυρούλα|Stavroula Ευτέρπη|Efterpi Αγλαΐα|Aglaia Ουρανία|Ourania",
    "Καραγιάννης/Καραγιάννη|Karagiannis Κουτσογιάννης/Κουτσογιάννη|Koutsogiannis Τσακαλώτος/Τσακαλώτου|Tsakalotos Βλαχόπουλος/Βλαχοπούλου|Vlachopoulos Ζαφειρίου/Ζαφειρίου|Zafeiriou Λαμπράκης/Λαμπράκη|Lamprakis Ξενάκης/Ξενάκη|Xenakis Ρουσσάκης/Ρουσσάκη|Roussakis",
    ["Οδός Αγίας Σοφίας", "Οδός Ερμού", "Λεωφόρος Δημοκρατίας", "Οδός Ελευθερίας"],
    [("Λάρισα", "412 22"), ("Πάτρα", "262 21"), ("Βόλος", "382 21"), ("Τρίκαλα", "421 00")],
    dict(gym="Γυμναστήριο Ηρακλής", salon="Κομμωτήριο Μπούκλα", tattoo="Μελάνι Tattoo", dom="iraklis-gym.gr", sdom="boukla.gr", tdom="melani-tattoo.gr", tel="2410 553 210"),
    dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Κινητό", email="Email", id="ΑΔΤ",
         iban="IBAN", emerg="Επαφή έκτακτης ανάγκης", member="Αρ. μέλους", sign="Καταχώρηση"),
    ["Μπορείς να το συνοψίσεις για την υπεύθυνη;", "Λείπει κάτι πριν το αρχειοθετήσω;", "Βοήθησέ με να γράψω μια ευγενική απάντηση στην πελάτισσα."],
    [("Καλησπέρα, μπορώ να μεταφέρω το {svc} στις {t};", "Ναι, το μεταφέραμε στις {t}"),
     ("Θα αργήσω 10 λεπτά, συγγνώμη", "Κανένα πρόβλημα")])
loc("TR", "tr", "Alpaslan Bülent Cengiz Ertuğrul Gökhan Oğuzhan Nevzat Yavuz",
    "Berrin Dilşad Feraye Gülşen Hülya Nurcan Sevim Şükran",
    "Akbulut Çakırca Dönmez Erkoç Gündoğdu Karabacak Öztürkmen Sarıgül Tekinalp Yazıcıoğlu",
    ["Lale Sokak", "Menekşe Sokak", "Çınar Caddesi", "Papatya Sokak"],
    [("Çorum", "", "19030"), ("Yozgat", "", "66100"), ("Amasya", "", "05100"), ("Antalya", "", "07100")],
    dict(gym="Demirkol Spor Merkezi", salon="Makas Kuaför", tattoo="Mürekkep Dövme Stüdyosu", dom="demirkolspor.com.tr", sdom="makaskuafor.com.tr", tdom="murekkepdovme.com.tr", tel="0222 231 45 60"),
    dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", phone="Cep", email="E-posta", id="TC Kimlik No",
         iban="IBAN", emerg="Acil durum kişisi", member="Üye no", sign="Kaydeden"),
    ["Bunu müdür için kısaca özetler misin?", "Arşivlemeden önce eksik bir şey var mı?", "Müşteriye kibar bir cevap yazmama yardım eder misin?"],
    [("Merhaba, {svc} randevumu {t}'e alabilir miyim?", "Tabii, {t} olarak güncelledik"),
     ("10 dk gecikeceğim kusura bakmayın", "Sorun değil, bekliyoruz")])
loc("IL", "he", "אלישע|Elisha עזריה|Azaria שמריהו|Shmaryahu גדליה|Gedalya נתנאל|Netanel יהונתן|Yehonatan אביעד|Aviad צוריאל|Tzuriel",
    "אביגיל|Avigail הדסה|Hadassa נחמה|Nechama תהילה|Tehila רעות|Reut שלומית|Shlomit צפורה|Tzipora יעלה|Yaela",
    "אבוחצירא|Abuhatzeira ברקוביץ|Berkovich גולדפרב|Goldfarb חזנוביץ|Hazanovich טולדנו|Toledano מלמד|Melamed פרלמוטר|Perlmutter שטרנברג|Sternberg",
    ["רחוב הרימון", "רחוב הנרקיס", "שדרות הגפן", "רחוב התאנה"],
    [("חדרה",), ("רחובות",), ("נתניה",), ("כפר סבא",)],
    dict(gym="מכון כושר עוצמה", salon="מספרת תלתלים", tattoo="סטודיו דיו שחור", dom="otzma-fit.co.il", sdom="taltalim.co.il", tdom="dyo-shachor.co.il", tel="04-633-2180"),
    dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="נייד", email="דוא\"ל", id="ת\"ז",
         iban="חשבון", emerg="איש קשר לחירום", member="מס' מנוי", sign="נקלט ע\"י"),
    ["תסכם לי את זה בשביל המנהלת?", "חסר משהו לפני שאני מתייק?", "תעזור לי לנסח תשובה מנומסת ללקוחה?"],
    [("היי, אפשר להזיז את ה{svc} ל-{t}?", "בטח, הזזנו ל-{t}"),
     ("אאחר ב-10 דקות סליחה", "אין בעיה, מחכים")])
loc("EG", "ar", "عبدالرحيم|Abdelrahim شريف|Sherif طارق|Tarek مصطفى|Mostafa حسام|Hossam ياسر|Yasser وليد|Walid عصام|Essam",
    "نرمين|Nermine هبة|Heba سماح|Samah داليا|Dalia رانيا|Rania شيماء|Shaimaa ولاء|Walaa نيفين|Nevine",
    "الشربيني|Elsherbiny الزيني|Elzeiny عبدالغفار|Abdelghaffar الشناوي|Elshennawy السنهوري|Elsanhoury القليوبي|Elqalyubi البحيري|Elbeheiry الزيات|Elzayat",
    ["شارع الجلاء", "شارع النخيل", "شارع البستان", "شارع الثورة"],
    [("بنها",), ("المحلة الكبرى",), ("الإسكندرية",), ("أسيوط",)],
    dict(gym="جيم القمة", salon="صالون لمسة", tattoo="ستوديو الحبر", dom="alqemma-gym.com", sdom="lamsa-salon.com", tdom="alhebr-studio.com", tel="050 2234 118"),
    dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الموبايل", email="البريد", id="الرقم القومي",
         iban="الحساب", emerg="جهة اتصال للطوارئ", member="رقم العضوية", sign="سجلها"),
    ["لخص لي هذا للمديرة من فضلك.", "هل ينقص شيء قبل أن أحفظ الملف؟", "ساعدني في كتابة رد مهذب للعميلة."],
    [("مساء الخير، ممكن أغير ميعاد {svc} للساعة {t}؟", "أكيد، اتغير للساعة {t}"),
     ("هتأخر 10 دقايق آسفة", "مفيش مشكلة")])
loc("IN", "hi", "अनिरुद्ध|Aniruddh भुवनेश|Bhuvnesh चंद्रकांत|Chandrakant दिग्विजय|Digvijay हेमंत|Hemant ललित|Lalit पुष्कर|Pushkar यशवंत|Yashwant",
    "अनुराधा|Anuradha चारुलता|Charulata दमयंती|Damayanti हेमलता|Hemlata कादंबरी|Kadambari मृणालिनी|Mrinalini सुलोचना|Sulochana विभावरी|Vibhavari",
    "अग्निहोत्री|Agnihotri भटनागर|Bhatnagar चतुर्वेदी|Chaturvedi दीक्षित|Dikshit गोस्वामी|Goswami वार्ष्णेय|Varshney माथुर|Mathur रस्तोगी|Rastogi",
    ["गुलमोहर मार्ग", "अशोक विहार", "कमला नगर", "सिविल लाइंस"],
    [("लखनऊ", "226001"), ("जयपुर", "302001"), ("इंदौर", "452001"), ("भोपाल", "462001")],
    dict(gym="पावरहाउस जिम", salon="रूपसज्जा ब्यूटी सैलून", tattoo="स्याही टैटू स्टूडियो", dom="powerhousegym.in", sdom="roopsajja.in", tdom="syahitattoo.in", tel="0522 409 7712"),
    dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", id="आधार",
         iban="खाता", emerg="आपातकालीन संपर्क", member="सदस्य संख्या", sign="दर्ज किया"),
    ["इसे मैनेजर के लिए छोटा सा सारांश बना दो।", "फ़ाइल करने से पहले इसमें क्या कमी है?", "ग्राहक को एक विनम्र जवाब लिखने में मदद करो।"],
    [("नमस्ते, क्या मेरा {svc} {t} बजे कर सकते हैं?", "जी हाँ, {t} बजे कर दिया"),
     ("10 मिनट लेट हो जाऊँगी, माफ़ करना", "कोई बात नहीं")])
loc("TH", "th", "ธีรวัฒน์|Theerawat ปกรณ์|Pakorn ณัฐพล|Nattapon วรเมธ|Worametha ศุภชัย|Supachai อนุวัฒน์|Anuwat ชยพล|Chayapol ภูริวัฒน์|Phuriwat",
    "กมลชนก|Kamonchanok ปิยธิดา|Piyathida สุพิชญา|Supitchaya อรอุมา|Onuma ชุติมา|Chutima เบญจมาศ|Benchamat รัชนก|Ratchanok ณัฐริกา|Nattarika",
    "ศรีสวัสดิ์|Srisawat ทองประเสริฐ|Thongprasert วงศ์ไพศาล|Wongphaisan แก้วมณี|Kaewmanee บุญยืน|Boonyuen เจริญสุข|Charoensuk พึ่งทอง|Phuengthong สายสุวรรณ|Saisuwan",
    ["ถนนนิมมานเหมินท์", "ถนนมิตรภาพ", "ถนนศรีนครินทร์", "ถนนเจริญประเทศ"],
    [("เชียงใหม่", "50200"), ("ขอนแก่น", "40000"), ("นครราชสีมา", "30000"), ("ภูเก็ต", "83000")],
    dict(gym="ฟิตเนส พลังช้าง", salon="ร้านทำผม ปลายกรรไกร", tattoo="สักลายหมึกดำ", dom="palangchang-fit.co.th", sdom="plaikankrai.co.th", tdom="muekdam-tattoo.co.th", tel="053 214 870"),
    dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", email="อีเมล", id="เลขประจำตัวประชาชน",
         iban="บัญชี", emerg="ผู้ติดต่อฉุกเฉิน", member="เลขสมาชิก", sign="ผู้บันทึก"),
    ["ช่วยสรุปให้ผู้จัดการหน่อย", "ขาดอะไรไหมก่อนเก็บเข้าแฟ้ม", "ช่วยร่างคำตอบสุภาพถึงลูกค้าหน่อย"],
    [("สวัสดีค่ะ ขอเลื่อน{svc}เป็น {t} ได้ไหมคะ", "ได้ค่ะ เลื่อนเป็น {t} แล้วค่ะ"),
     ("จะไปสาย 10 นาทีนะคะ ขอโทษค่ะ", "ไม่เป็นไรค่ะ")])
loc("CN", "zh", "浩轩|Haoxuan 俊熙|Junxi 梓睿|Zirui 铭泽|Mingze 景澄|Jingcheng 皓宇|Haoyu 宸逸|Chenyi 峻豪|Junhao",
    "雨桐|Yutong 芷晴|Zhiqing 沁瑶|Qinyao 梦琪|Mengqi 诗涵|Shihan 婉婷|Wanting 欣悦|Xinyue 思彤|Sitong",
    "公冶|Gongye 宗政|Zongzheng 濮阳|Puyang 淳于|Chunyu 申屠|Shentu 东方|Dongfang 巫马|Wuma 羊舌|Yangshe",
    ["文三路", "解放南路", "建设北路", "人民西路"],
    [("杭州市西湖区",), ("成都市锦江区",), ("南京市玄武区",), ("青岛市市南区",)],
    dict(gym="铁马健身", salon="剪艺造型", tattoo="墨隐纹身工作室", dom="tiemafit.cn", sdom="jianyi-salon.cn", tdom="moyin-tattoo.cn", tel="0571-8825 3160"),
    dict(name="姓名", dob="出生日期", addr="地址", phone="手机", email="邮箱", id="身份证号",
         iban="账户", emerg="紧急联系人", member="会员号", sign="经办人"),
    ["帮我给店长整理一个简短摘要。", "归档之前帮我看看还缺什么？", "帮我给顾客写一条礼貌的回复。"],
    [("你好，我的{svc}能改到{t}吗？", "可以，已经改到{t}了"),
     ("我会晚到10分钟，不好意思", "没关系，等你")])
loc("JP", "ja", "颯太|Sota 蒼汰|Sota 湊斗|Minato 悠真|Yuma 陸翔|Rikuto 晴臣|Haruomi 岳人|Gakuto 慎之介|Shinnosuke",
    "穂乃果|Honoka 芽衣子|Meiko 千尋|Chihiro 詩織|Shiori 千景|Chikage 美月|Mizuki 柚葉|Yuzuha 菜々子|Nanako",
    "小野寺|Onodera 五十嵐|Igarashi 長谷部|Hasebe 宇佐美|Usami 東海林|Shoji 勅使河原|Teshigawara 御手洗|Mitarai 百瀬|Momose",
    ["本町", "栄町", "緑ヶ丘", "桜木町"],
    [("宮城県仙台市青葉区", "980-0811"), ("静岡県浜松市中区", "430-0933"), ("岡山県岡山市北区", "700-0821"), ("福井県福井市", "910-0005")],
    dict(gym="フィットネス鉄人", salon="ヘアサロン花鋏", tattoo="彫墨スタジオ", dom="tetsujin-fit.jp", sdom="hanabasami.jp", tdom="horisumi.jp", tel="022-215-4470"),
    dict(name="氏名", dob="生年月日", addr="住所", phone="携帯", email="メール", id="旅券番号",
         iban="口座", emerg="緊急連絡先", member="会員番号", sign="受付"),
    ["店長向けに短くまとめてください。", "保管する前に足りない項目はありますか？", "お客様への丁寧な返信を作ってください。"],
    [("こんにちは、{svc}を{t}に変更できますか？", "はい、{t}に変更しました"),
     ("10分ほど遅れます、すみません", "大丈夫です、お待ちしています")])
loc("KR", "ko", "도윤|Doyun 시우|Siwoo 하준|Hajun 은찬|Eunchan 재욱|Jaeuk 태민|Taemin 규현|Kyuhyun 성훈|Sunghoon",
    "서연|Seoyeon 하은|Haeun 라온|Raon 채원|Chaewon 윤서|Yunseo 다인|Dain 예린|Yerin 수아|Sua",
    "순|Soon 점|Jeom 춘|Chun 풍|Pung 필|Pil",
    ["테헤란로", "중앙대로", "해운대로", "동성로"],
    [("부산광역시 해운대구",), ("대구광역시 중구",), ("광주광역시 서구",), ("대전광역시 유성구",)],
    dict(gym="강철피트니스", salon="가위손 헤어", tattoo="먹선 타투", dom="gangcheolfit.kr", sdom="gawison-hair.kr", tdom="meokseon-tattoo.kr", tel="051-742-3380"),
    dict(name="성명", dob="생년월일", addr="주소", phone="휴대폰", email="이메일", id="주민등록번호",
         iban="계좌", emerg="비상연락처", member="회원번호", sign="접수"),
    ["점장님께 드릴 요약 부탁해요.", "보관 전에 빠진 항목 있어요?", "고객님께 보낼 정중한 답장 써 줘."],
    [("안녕하세요, {svc} {t}로 바꿀 수 있을까요?", "네, {t}로 변경했습니다"),
     ("10분 정도 늦을 것 같아요 죄송해요", "괜찮아요, 기다릴게요")])
loc("VN", "vi", "Văn~Cường|Cuong Việt~Hào|Hao Văn~Sỹ|Sy Việt~Nhân|Nhan Văn~Đăng|Dang Văn~Tài|Tai Việt~Khương|Khuong Việt~Sáng|Sang",
    "Thị~Thoa|Thoa Mai~Uyên|Uyen Thị~Hạnh|Hanh Thị~Diễm|Diem Mai~Ngà|Nga Thị~Thúy|Thuy Mai~Xuyến|Xuyen Thị~Tuyết|Tuyet",
    "Phùng|Phung Lục|Luc Đoàn|Doan Lương|Luong Hoàng|Hoang Quách|Quach Tôn|Ton Vương|Vuong",
    ["Điện Biên Phủ", "Bà Triệu", "Võ Văn Tần", "Hai Bà Trưng"],
    [("Quận 3, TP. Hồ Chí Minh", "Phường 6"), ("Quận Hải Châu, Đà Nẵng", "Phường Thạch Thang"), ("Quận Ba Đình, Hà Nội", "Phường Kim Mã"), ("TP. Huế", "Phường Vĩnh Ninh")],
    dict(gym="Phòng tập Sức Bền", salon="Salon Tóc Mây", tattoo="Xăm Mực Đen Studio", dom="sucben-gym.vn", sdom="tocmay.vn", tdom="mucden-tattoo.vn", tel="028 3930 4471"),
    dict(name="Họ tên", dob="Ngày sinh", addr="Địa chỉ", phone="Điện thoại", email="Email", id="Số CCCD",
         iban="Tài khoản", emerg="Liên hệ khẩn cấp", member="Mã hội viên", sign="Người nhập"),
    ["Tóm tắt giúp mình cho quản lý nhé.", "Trước khi lưu hồ sơ còn thiếu gì không?", "Giúp mình viết câu trả lời lịch sự cho khách."],
    [("Chào chị, em dời lịch {svc} sang {t} được không ạ?", "Được ạ, đã dời sang {t}"),
     ("Em trễ 10 phút nha, xin lỗi", "Không sao ạ")])
loc("SE", "sv", "Torbjörn Valdemar Sigvard Evald Evert Gunnar Enar Osvald",
    "Gunvor Ingegerd Solveig Ylva Birgitta Margareta Sigrid Agneta",
    "Lindqvist Bergström Hallberg Sjöstedt Wennerholm Ekdahl Rosenqvist Tornberg Ljungdahl Åkerlund",
    ["Björkvägen", "Granstigen", "Hagtornsgatan", "Sjöbrinken"],
    [("Örebro", "702 14"), ("Gävle", "802 50"), ("Karlstad", "652 24"), ("Jönköping", "553 16")],
    dict(gym="Stålgymmet", salon="Frisörsalong Saxen", tattoo="Bläckhornet Tatuering", dom="stalgymmet.se", sdom="frisorsaxen.se", tdom="blackhornet.se", tel="019-611 45 20"),
    dict(name="Namn", dob="Födelsedatum", addr="Adress", phone="Mobil", email="E-post", id="Personnummer",
         iban="IBAN (autogiro)", emerg="Närmast anhörig", member="Medlemsnr", sign="Registrerad av"),
    ["Kan du sammanfatta det här för butikschefen?", "Saknas något innan jag arkiverar?", "Hjälp mig skriva ett vänligt svar till kunden."],
    [("Hej, kan jag flytta min {svc} till {t}?", "Absolut, flyttad till {t}"),
     ("Blir 10 min sen, förlåt", "Inga problem, vi väntar")])

LOCALES = list(LOC)
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}
CUR = {"US": "$%d", "GB": "£%d", "DE": "%d €", "FR": "%d €", "ES": "%d €", "IT": "€ %d", "NL": "€ %d", "BR": "R$ %d", "PL": "%d zł",
       "RU": "%d ₽", "GR": "%d €", "TR": "%d TL", "IL": "₪%d", "EG": "%d ج.م", "IN": "₹%d", "TH": "%d บาท", "CN": "¥%d", "JP": "%d円",
       "KR": "%d원", "VN": "%d.000đ", "SE": "%d kr"}
CURMUL = {"RU": 50, "TR": 20, "EG": 30, "IN": 50, "TH": 20, "JP": 100, "KR": 1000, "VN": 10}
IBANC = {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "TR": "TR", "SE": "SE", "GR": "GR", "GB": "GB"}
CARDC = {"US": ["visa", "mastercard", "amex", "discover"], "BR": ["mastercard", "visa"], "IN": ["rupay", "visa"], "CN": ["unionpay"],
         "JP": ["jcb", "visa"], "RU": ["mir"], "KR": ["visa", "mastercard"], "TH": ["visa", "mastercard"], "VN": ["visa", "mastercard"],
         "IL": ["visa", "mastercard"], "EG": ["visa", "mastercard"], "GB": ["visa", "mastercard"]}


# ====================================================================== values
import unicodedata  # noqa: E402


def ascii_of(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


def nat(w):
    return w.split("|")[0]


def rom(w):
    return w.split("|")[-1]


class P:
    pass


def person(R, lc, used, female=None, ymin=1962, ymax=2006):
    L_ = LOC[lc]
    for _ in range(200):
        fem = R.random() < 0.6 if female is None else female
        g = R.choice(L_["gf"] if fem else L_["gm"])
        f = R.choice(L_["fam"])
        words = set(name_words_of(nat(g), lc)) | set(name_words_of(nat(f).split("/")[0], lc))
        if words & used:
            continue
        used |= words
        p = P()
        p.fem = fem
        fn = nat(f)
        if "/" in fn:
            fn = fn.split("/")[1] if fem else fn.split("/")[0]
        p.given, p.family = nat(g), fn
        p.rg, p.rf = ascii_of(rom(g)), ascii_of(rom(f).split("/")[0])
        if lc in ("CN", "KR"):
            p.full = p.family + p.given
        elif lc == "JP":
            p.full = p.family + " " + p.given
        elif lc == "VN":
            p.full = p.family + " " + p.given
            p.given = p.given.split()[-1]
        else:
            p.full = p.given + " " + p.family
        y = R.randint(ymin, ymax)
        p.dob = (y, R.randint(1, 12), R.randint(1, 28))
        return p
    raise RuntimeError("names")


def name_words_of(s, lc):
    if lc in ("CN", "KR"):
        return [s] if len(s) >= 2 else []
    ws = s.replace("-", " ").split()
    if lc == "VN":
        return ws[-1:]
    return [w for w in ws if w not in ("van", "de", "der", "Della", "Lo", "del", "da")]


MAILS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
         "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
         "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
         "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
         "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"], "GR": ["otenet.gr", "yahoo.gr", "gmail.com"],
         "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
         "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com"], "CN": ["qq.com", "163.com", "126.com", "sina.com"],
         "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn"],
         "SE": ["telia.com", "bredband.net", "gmail.com"]}


def email_of(R, p, lc):
    a, b = p.rg.replace(" ", ""), p.rf
    local = R.choice(["%s.%s" % (a, b), "%s%s" % (a[0], b), "%s_%s%d" % (a, b, R.randint(1, 99)), "%s.%s%d" % (b, a, R.randint(70, 99)), "%s%s" % (a, b[:3])])
    return local + "@" + R.choice(MAILS[lc])


def work_email(p, dom):
    return "%s.%s@%s" % (p.rg.replace(" ", ""), p.rf, dom)


def mobile_nsn(R, lc):
    if lc in PLANS:
        kinds = PLANS[lc][2]
        k = "mobile" if "mobile" in kinds else ("fixed_or_mobile" if "fixed_or_mobile" in kinds else sorted(kinds)[0])
        if lc == "MX":
            k = "any"
        return kinds[k](R)
    if lc == "GR":
        return "69" + R.choice("3479") + digits(R, 7)
    if lc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "42", "43", "44", "05", "06", "55", "36", "39"]) + digits(R, 7)
    if lc == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if lc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if lc == "TH":
        return R.choice(["81", "82", "86", "89", "91", "95", "61", "62", "63"]) + digits(R, 7)
    if lc == "KR":
        return "10" + R.choice("23456789") + digits(R, 7)
    if lc == "VN":
        return R.choice(["90", "91", "93", "96", "97", "98", "86", "88", "32", "33", "35", "70", "77"]) + digits(R, 7)
    raise KeyError(lc)


CC = {"US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "IT": 39, "NL": 31, "BR": 55, "PL": 48, "RU": 7, "GR": 30, "TR": 90, "IL": 972,
      "EG": 20, "IN": 91, "TH": 66, "CN": 86, "JP": 81, "KR": 82, "VN": 84, "SE": 46}


def phone(R, lc, intl=None):
    """A mobile number as written in lc; returns an L."""
    n = mobile_nsn(R, lc)
    intl = R.random() < 0.3 if intl is None else intl
    cc = CC[lc]
    if lc == "US":
        t = "+1 %s-%s-%s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    elif lc == "GB":
        t = "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    elif lc == "DE":
        t = "+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s"]) % (n[:3], n[3:])
    elif lc == "FR":
        g = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        t = "+33 %s %s" % (n[0], g) if intl else "0%s %s" % (n[0], g)
    elif lc == "ES":
        t = "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif lc == "IT":
        t = "+39 %s %s" % (n[:3], n[3:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif lc == "NL":
        t = "+31 6 %s" % n[1:] if intl else R.choice(["06-%s", "06 %s"]) % n[1:]
    elif lc == "BR":
        t = "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    elif lc == "PL":
        t = ("+48 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif lc == "RU":
        t = "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif lc == "GR":
        t = ("+30 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif lc == "TR":
        t = "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif lc == "IL":
        t = "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif lc == "EG":
        t = "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    elif lc == "IN":
        t = ("+91 " if intl else "") + "%s %s" % (n[:5], n[5:])
    elif lc == "TH":
        t = "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif lc == "CN":
        t = ("+86 " if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    elif lc == "JP":
        t = "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif lc == "KR":
        t = "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif lc == "VN":
        t = "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    elif lc == "SE":
        t = "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    else:
        raise KeyError(lc)
    return L("phone", t, sub="mobile", region=lc)


def address(R, lc):
    L_ = LOC[lc]
    st = R.choice(L_["streets"])
    tw = R.choice(L_["towns"])
    n = R.randint(2, 148)
    if lc == "US":
        a = "%d %s%s, %s, %s %s" % (R.randint(101, 9899), st, R.choice(["", "", ", Apt %d" % R.randint(2, 40)]), tw[0], tw[1], tw[2])
    elif lc == "GB":
        a = "%s%d %s, %s %s" % (R.choice(["", "", "Flat %d, " % R.randint(1, 9)]), n, st, tw[0], tw[1])
    elif lc in ("DE", "SE"):
        a = "%s %d, %s %s" % (st, n, tw[1], tw[0])
    elif lc == "NL":
        a = "%s %d, %s %s" % (st, n, tw[1], tw[0])
    elif lc == "FR":
        a = "%d%s %s, %s %s" % (n, R.choice(["", "", " bis"]), st, tw[1], tw[0])
    elif lc == "ES":
        a = "%s, %d, %dº %s, %s %s (%s)" % (st, n, R.randint(1, 8), R.choice("ABCD"), tw[1], tw[0], tw[2])
    elif lc == "IT":
        a = "%s %d, %s %s (%s)" % (st, n, tw[1], tw[0], tw[2])
    elif lc == "BR":
        a = "%s, %d, apto %d - %s, %s - %s, %s" % (st, n * 7, R.randint(11, 904), tw[3], tw[0], tw[1], tw[2])
    elif lc == "PL":
        a = "%s %d/%d, %s %s" % (st, n, R.randint(1, 60), tw[1], tw[0])
    elif lc == "RU":
        a = "%s, г. %s, %s, д. %d, кв. %d" % (tw[1], tw[0], st, n, R.randint(1, 180))
    elif lc == "GR":
        a = "%s %d, %s %s" % (st, n, tw[1], tw[0])
    elif lc == "TR":
        a = "%s No: %d D: %d, %s %s" % (st, n, R.randint(1, 20), tw[2], tw[0])
    elif lc == "IL":
        a = "%s %d, %s" % (st, n, tw[0])
    elif lc == "EG":
        a = "%d %s، %s" % (n, st, tw[0])
    elif lc == "IN":
        a = "मकान नं. %d, %s, %s - %s" % (n, st, tw[0], tw[1])
    elif lc == "TH":
        a = "%d/%d %s %s %s" % (n, R.randint(1, 99), st, tw[0], tw[1])
    elif lc == "CN":
        a = "%s%s%d号%d室" % (tw[0], st, n, R.randint(101, 2806))
    elif lc == "JP":
        a = "〒%s %s%s%d丁目%d-%d" % (tw[1], tw[0], st, R.randint(1, 5), n % 30 + 1, R.randint(1, 20))
    elif lc == "KR":
        a = "%s %s %d, %d동 %d호" % (tw[0], st, n, R.randint(101, 112), R.randint(101, 2504))
    elif lc == "VN":
        a = "Số %d %s, %s, %s" % (n, st, tw[1], tw[0])
    return L("address", a, sub=lc.lower())


DOBFMT = {"US": "{m:02d}/{d:02d}/{y}", "GB": "{d:02d}/{m:02d}/{y}", "DE": "{d:02d}.{m:02d}.{y}", "FR": "{d:02d}/{m:02d}/{y}",
          "ES": "{d:02d}/{m:02d}/{y}", "IT": "{d:02d}/{m:02d}/{y}", "NL": "{d:02d}-{m:02d}-{y}", "BR": "{d:02d}/{m:02d}/{y}",
          "PL": "{d:02d}.{m:02d}.{y}", "RU": "{d:02d}.{m:02d}.{y}", "GR": "{d}/{m}/{y}", "TR": "{d:02d}.{m:02d}.{y}",
          "IL": "{d:02d}/{m:02d}/{y}", "EG": "{d:02d}/{m:02d}/{y}", "IN": "{d:02d}-{m:02d}-{y}", "TH": "{d}/{m}/{be}",
          "CN": "{y}年{m}月{d}日", "JP": "{y}年{m}月{d}日", "KR": "{y}. {m}. {d}.", "VN": "{d:02d}/{m:02d}/{y}", "SE": "{y}-{m:02d}-{d:02d}"}
MN = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "pt"}


def dob(R, p, lc):
    y, m, d = p.dob
    if lc in MN and R.random() < 0.25:
        mn = MONTHS[MN[lc]][m - 1]
        if lc == "US":
            t = "%s %d, %d" % (mn, d, y)
        elif lc == "DE":
            t = "%d. %s %d" % (d, mn, y)
        elif lc in ("ES", "BR"):
            t = "%d de %s de %d" % (d, mn, y)
        else:
            t = "%d %s %d" % (d, mn, y)
    else:
        t = DOBFMT[lc].format(d=d, m=m, y=y, be=y + 543)
    return L("dob", t)


BELF = ["D150", "E506", "L407", "G478", "H501", "F839"]


def gov_id(R, p, lc):
    y, m, d = p.dob
    if lc == "US":
        if R.random() < 0.5:
            return L("gov_id", R.choice("ABDFKS") + digits(R, 8), sub="us_driver_licence"), "DL"
        return L("gov_id", nz(R, 9), sub="passport"), "Passport"
    if lc == "GB":
        if R.random() < 0.6:
            return L("gov_id", uk_dl_make(R, p.family, p.given, y, m, d, p.fem), sub="uk_driving_licence"), "Driving licence"
        return L("gov_id", "1" + digits(R, 8), sub="passport"), "Passport"
    if lc == "DE":
        return L("gov_id", de_ausweis_make(R), sub="de_personalausweis"), "Personalausweis"
    if lc == "FR":
        return L("gov_id", "%02d%s%05d" % (R.randint(10, 99), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 99999)), sub="passport"), "Passeport"
    if lc == "ES":
        n, l = dni_random(R)
        return L("gov_id", n + R.choice(["", "-"]) + l, sub="es_dni"), "DNI"
    if lc == "IT":
        return L("gov_id", cf_make(p.family, p.given, y % 100, m, d, p.fem, R.choice(BELF)), sub="it_cf"), "Codice fiscale"
    if lc == "NL":
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return L("gov_id", R.choice(al) + R.choice(al) + "".join(R.choice(al + "0123456789") for _ in range(6)) + str(R.randint(0, 9)), sub="nl_id_card"), "ID-kaart"
    if lc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf"), "CPF"
    if lc == "PL":
        return L("gov_id", pesel_make(R, y, m, d, p.fem), sub="pl_pesel"), "PESEL"
    if lc == "RU":
        return L("gov_id", "%02d %02d %06d" % (R.choice([28, 29, 19, 78]), R.randint(5, 24), R.randint(100000, 999999)), sub="ru_passport"), "паспорт"
    if lc == "GR":
        return L("gov_id", "%s%s %06d" % (R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"), R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"), R.randint(100000, 999999)), sub="gr_adt"), "ΑΔΤ"
    if lc == "TR":
        return L("gov_id", tckn_make(R), sub="tr_tckn"), "TCKN"
    if lc == "IL":
        return L("gov_id", tz_make(R), sub="il_tz"), "ת\"ז"
    if lc == "EG":
        return L("gov_id", eg_nid_make(R, y, m, d, p.fem), sub="eg_national_id"), "الرقم القومي"
    if lc == "IN":
        a = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="in_aadhaar"), "आधार"
    if lc == "TH":
        t = thai_id_make(R)
        return L("gov_id", "%s %s %s %s %s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), sub="th_national_id"), "บัตรประชาชน"
    if lc == "CN":
        return L("gov_id", cnid_make(R, y, m, d, p.fem), sub="cn_resident_id"), "身份证"
    if lc == "JP":
        return L("gov_id", "T" + R.choice("KRSZ") + digits(R, 7), sub="passport"), "旅券"
    if lc == "KR":
        return L("gov_id", rrn_make(R, y, m, d, p.fem), sub="kr_rrn"), "주민등록번호"
    if lc == "VN":
        return L("gov_id", vn_cccd_make(R, y, p.fem), sub="vn_cccd"), "CCCD"
    if lc == "SE":
        return L("gov_id", pnr_make(R, y, m, d, p.fem), sub="se_personnummer"), "personnummer"
    raise KeyError(lc)


def money(R, lc, lo=15, hi=180):
    return CUR[lc] % (R.randint(lo, hi) * CURMUL.get(lc, 1))


def nm(p):
    return L("person", p.full)


def gv(p):
    return L("person", p.given)


def hhmm(R):
    return "%02d:%s" % (R.randint(8, 20), R.choice(["00", "15", "30", "45"]))


def ref(R, pre):
    return N("%s-%s%d" % (pre, R.choice(["", "", "A"]), R.randint(10000, 999999)), pre.lower() + "_ref")


def wrap(R, lc, body, reply=False):
    rs = LOC[lc]["req"]
    rq = rs[2] if reply and R.random() < 0.7 else R.choice([r for k, r in enumerate(rs) if k != 2])
    k = R.randint(0, 5)
    if k == 0:
        return [rq, "\n\n", body]
    if k == 1:
        return [body, "\n\n", rq]
    if k == 2:
        return [rq, '\n"""\n', body, '\n"""']
    if k == 3:
        return [rq, "\n---\n", body]
    if k == 4:
        return [rq, "\n```\n", body, "\n```"]
    return [body, "\n---\n", rq]


# ====================================================================== templates
SVC = {"US": ["balayage", "skin fade", "gel manicure", "deep tissue massage"], "GB": ["half-head foils", "skin fade", "gel nails", "hot stone massage"],
       "DE": ["Strähnen", "Herrenschnitt", "Gelnägel", "Rückenmassage"], "FR": ["balayage", "coupe homme", "pose de vernis", "massage"],
       "ES": ["mechas", "corte", "manicura", "masaje"], "IT": ["piega", "colore", "manicure", "massaggio"], "NL": ["knipbeurt", "highlights", "gellak", "massage"],
       "BR": ["escova", "corte", "unha em gel", "massagem"], "PL": ["koloryzację", "strzyżenie", "manicure", "masaż"], "RU": ["стрижку", "окрашивание", "маникюр", "массаж"],
       "GR": ["κούρεμα", "βαφή", "μανικιούρ", "μασάζ"], "TR": ["fön", "boya", "manikür", "masaj"], "IL": ["תספורת", "צבע", "מניקור", "עיסוי"],
       "EG": ["قص الشعر", "الصبغة", "المانيكير", "المساج"], "IN": ["हेयरकट", "फेशियल", "मैनीक्योर", "मसाज"], "TH": ["ตัดผม", "ทำสีผม", "ทำเล็บ", "นวด"],
       "CN": ["剪发", "染发", "美甲", "按摩"], "JP": ["カット", "カラー", "ネイル", "マッサージ"], "KR": ["커트", "염색", "네일", "마사지"],
       "VN": ["cắt tóc", "nhuộm", "làm móng", "massage"], "SE": ["klippning", "slingor", "gelnaglar", "massage"]}
EPONYM_TREAT = ["Brazilian blow-dry", "Hollywood wax", "Marcel waves", "French manicure", "Bob cut", "Pilates reformer", "Zumba Gold", "Bikram yoga", "Russian lash volume", "Cleopatra bath"]
NAME_WORD = ["Will the 7am spin class run on the bank holiday?", "Pat dry after the toner, never rub.", "Rose gold foils are back in stock.",
             "Jade rollers go in the fridge overnight.", "Mark the towels as used before they go to laundry.", "Grant access to the new receptionist on the iPad.",
             "Faye-style bangs were the most asked-for cut this month.", "Bob cut or lob? Ask at consultation.", "Sue us? No refund was promised for a late cancel."]


def pick_biz(R, lc, kind=None):
    b = LOC[lc]["biz"]
    kind = kind or R.choice(["gym", "salon", "tattoo"])
    dom = {"gym": b["dom"], "salon": b["sdom"], "tattoo": b["tdom"]}[kind]
    return b[kind], dom, b["tel"]


ROLE = ["info", "bookings", "frontdesk", "studio", "hello", "members", "billing", "noreply", "reception"]


def role_mail(R, dom):
    return N("%s@%s" % (R.choice(ROLE), dom), "role_mailbox")


def staff_sign(R, lc, used, dom):
    """Staff signature: a person with a work e-mail, or a role mailbox."""
    if R.random() < 0.55:
        s = person(R, lc, used)
        out = [nm(s)]
        if R.random() < 0.6:
            out += [" <", L("email", work_email(s, dom), sub="work"), ">"]
        return out
    return [role_mail(R, dom)]


def t_signup(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc, "gym")
    p = person(R, lc, used)
    parts = ["%s — membership sign-up\n" % name, l["member"], ": ", N("M%07d" % R.randint(0, 9999999), "membership_no"), "\n",
             l["name"], ": ", nm(p), "\n", l["dob"], ": ", dob(R, p, lc), "\n", l["addr"], ": ", address(R, lc), "\n",
             l["phone"], ": ", phone(R, lc), "\n", l["email"], ": ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
    if R.random() < 0.6:
        g, doc = gov_id(R, p, lc)
        parts += [l["id"], " (", doc, "): ", g, "\n"]
    parts += ["Plan: ", R.choice(["Off-peak 12M", "Flex monthly", "Student 6M", "All clubs"]), " / ", N(money(R, lc, 19, 79), "amount"), "\n",
             "Locker: ", N("L-%03d" % R.randint(1, 240), "locker_no"), "\n"]
    if lc in IBANC and R.random() < 0.75:
        parts += [l["iban"], ": ", L("iban", iban_fmt(R, iban_random(R, IBANC[lc])), sub=IBANC[lc]), "  mandate ", N("MND%08d" % R.randint(0, 99999999), "mandate_ref"), "\n"]
    elif lc in CARDC and R.random() < 0.4:
        iss = R.choice(CARDC[lc])
        parts += ["Card: ", L("card", card_fmt(R, card_random(R, iss)), sub=iss), "  exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), "\n"]
    if R.random() < 0.6:
        e = person(R, lc, used)
        parts += [l["emerg"], ": ", nm(e), " ", phone(R, lc), "\n"]
    parts += ["Club: ", N(tel, "business_phone"), " · ", role_mail(R, dom), "\n", l["sign"], ": "] + staff_sign(R, lc, used, dom)
    return "form", LOC[lc]["lang"], wrap(R, lc, parts)


PARQ = ["Has a doctor ever said you have a heart condition?", "Do you feel pain in your chest during activity?", "Do you lose balance because of dizziness?",
        "Do you have a bone or joint problem made worse by exercise?", "Are you taking medication for blood pressure?", "Are you pregnant or given birth in the last 6 months?"]


def t_parq(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc, "gym")
    p = person(R, lc, used)
    qs = R.sample(PARQ, 4)
    parts = ["PAR-Q (%s)\n" % name, l["name"], ": ", nm(p), "\n", l["dob"], ": ", dob(R, p, lc), "\n", l["phone"], ": ", phone(R, lc), "\n"]
    for q in qs:
        parts += ["- ", q, " ", R.choice(["NO", "NO", "YES"]), "\n"]
    parts += ["Notes: ", R.choice(["old ACL repair, avoid deep lunges", "asthma, inhaler in locker", "lower back pain, cleared by GP", "none declared"]), "\n",
              "Induction: ", N("%02d.%02d. %s" % (R.randint(1, 28), R.randint(1, 12), hhmm(R)), "appointment_time"), " ", R.choice(EPONYM_TREAT[5:7]), " taster, studio ", N("S%d" % R.randint(1, 4), "room_no"), "\n"]
    if R.random() < 0.6:
        parts += [l["email"], ": ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
    if R.random() < 0.5:
        parts += [l["addr"], ": ", address(R, lc), "\n"]
    if R.random() < 0.5:
        e = person(R, lc, used)
        parts += [l["emerg"], ": ", nm(e), ", ", phone(R, lc), "\n"]
    t = person(R, lc, used)
    parts += ["Trainer: ", nm(t) if R.random() < 0.6 else gv(t)]
    if R.random() < 0.4:
        parts += [" (", L("email", work_email(t, dom), sub="work"), ")"]
    return "form", LOC[lc]["lang"], wrap(R, lc, parts)


def t_consult(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc, "salon")
    p = person(R, lc, used, female=R.random() < 0.8)
    st = person(R, lc, used)
    parts = ["%s — client card\n" % name, l["name"], ": ", nm(p), "\n", l["phone"], ": ", phone(R, lc), "\n"]
    if R.random() < 0.6:
        parts += [l["email"], ": ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
    if R.random() < 0.45:
        parts += [l["dob"], ": ", dob(R, p, lc), "\n"]
    if R.random() < 0.3:
        parts += [l["addr"], ": ", address(R, lc), "\n"]
    parts += ["Patch test: ", N("%02d/%02d %s" % (R.randint(1, 28), R.randint(1, 12), hhmm(R)), "appointment_time"), " — ", R.choice(["negative", "no reaction at 48h", "mild redness, noted"]), "\n",
              "Formula: ", N("%d/%d + %d vol" % (R.randint(4, 10), R.choice([0, 1, 3, 43, 66]), R.choice([10, 20, 30])), "colour_formula"), ", toner ", N("%d%s" % (R.randint(5, 10), R.choice(["V", "P", "N", "B"])), "shade_code"), "\n",
              "Service: ", R.choice(EPONYM_TREAT[:5]), ", chair ", N(str(R.randint(1, 9)), "chair_no"), "\n",
              "Allergies: ", R.choice(["PPD sensitivity (mother)", "latex", "none known", "lavender oil"]), "\n",
              "Stylist: ", gv(st) if R.random() < 0.5 else nm(st)]
    return "form", LOC[lc]["lang"], wrap(R, lc, parts)


def t_tattoo(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc, "tattoo")
    minor = R.random() < 0.35
    p = person(R, lc, used, ymin=2009 if minor else 1970, ymax=2010 if minor else 2007)
    g, doc = gov_id(R, p, lc)
    art = person(R, lc, used)
    parts = ["%s — %s consent\n" % (name, "piercing" if minor else R.choice(["tattoo", "piercing"])), l["name"], ": ", nm(p), "\n", l["dob"], ": ", dob(R, p, lc),
             " (16+ with guardian)\n" if minor else " (18+ %s)\n" % R.choice(["checked", "OK"]), l["id"], " (", doc, "): ", g, "\n", l["addr"], ": ", address(R, lc), "\n",
             l["phone"], ": ", phone(R, lc), "\n"]
    if R.random() < 0.6:
        parts += [l["email"], ": ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
    if minor:
        gd = person(R, lc, used, ymin=1962, ymax=1985)
        g2, doc2 = gov_id(R, gd, lc)
        parts += ["Parent/guardian present: ", nm(gd), ", ", doc2, " ", g2, ", ", phone(R, lc), "\n"]
    parts += ["Placement: ", R.choice(["left forearm", "helix", "ribs", "ankle", "nape"]), " · deposit ", N(money(R, lc, 40, 150), "amount"), "\n",
              "Ink batch ", N("LOT %s%d" % (R.choice(["EK", "DY", "WB"]), R.randint(10000, 99999)), "ink_batch"), ", needles ", N("%dRL #%d" % (R.choice([3, 5, 7, 9]), R.randint(100000, 999999)), "needle_lot"), "\n",
              "Artist: ", nm(art) if R.random() < 0.6 else gv(art), " · studio ", N(tel, "business_phone")]
    return "consent", LOC[lc]["lang"], wrap(R, lc, parts)


def t_csv(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc, "salon")
    extra = R.choice(["", "address", "birthday"])
    rows = ["booking_ref,date,time,service,client,phone,email,staff%s\n" % ("," + extra if extra else "")]
    staff = [person(R, lc, used), person(R, lc, used)]
    for _ in range(R.randint(3, 5)):
        p = person(R, lc, used)
        s = R.choice(staff)
        rows += [N("BK%06d" % R.randint(0, 999999), "booking_ref"), ",", N("2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "appointment_date"), ",", N(hhmm(R), "appointment_time"),
                 ",", R.choice(SVC[lc]), ",", nm(p), ",", phone(R, lc, intl=R.random() < 0.5), ","]
        if R.random() < 0.7:
            rows += [L("email", email_of(R, p, lc), sub="personal")]
        rows += [",", gv(s)]
        if extra == "address":
            rows += [',"', address(R, lc), '"']
        elif extra == "birthday":
            rows += [",", dob(R, p, lc)]
        rows += ["\n"]
    rows[-1] = rows[-1].rstrip("\n") if isinstance(rows[-1], str) else rows[-1]
    return "csv", LOC[lc]["lang"], wrap(R, lc, ["export from %s booking app\n" % name] + rows)


def t_noshow(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc, R.choice(["salon", "tattoo"]))
    parts = ["No-show / late cancel log — %s\n" % name]
    for _ in range(R.randint(2, 4)):
        p = person(R, lc, used)
        parts += [N("%02d/%02d %s" % (R.randint(1, 28), R.randint(1, 12), hhmm(R)), "appointment_time"), " | ", nm(p), " | ", phone(R, lc), " | ", R.choice(SVC[lc]), " | fee ", N(money(R, lc, 10, 60), "amount")]
        if R.random() < 0.35:
            iss = R.choice(CARDC.get(lc, ["visa", "mastercard"]))
            parts += [" | card on file ", L("card", card_fmt(R, card_random(R, iss)), sub=iss)]
        else:
            parts += [" | card ", N("**** %04d" % R.randint(0, 9999), "masked_card")]
        parts += ["\n"]
    parts += [R.choice(NAME_WORD)]
    return "log", LOC[lc]["lang"], wrap(R, lc, parts)


def t_rota(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc, R.choice(["salon", "gym"]))
    parts = ["%s — rota & commission, week %d\n" % (name, R.randint(1, 52))]
    for _ in range(R.randint(3, 5)):
        s = person(R, lc, used)
        parts += [nm(s), " | ", R.choice(["Mon-Wed", "Thu-Sat", "Tue/Fri", "Sat only"]), " | chair ", N(str(R.randint(1, 8)), "chair_no"), " | sales ", N(money(R, lc, 300, 2400), "amount"),
                  " | comm ", N("%d%%" % R.choice([8, 10, 12, 15]), "percent")]
        if R.random() < 0.6:
            parts += [" | ", phone(R, lc)]
        if lc in IBANC and R.random() < 0.3:
            parts += [" | payout ", L("iban", iban_fmt(R, iban_random(R, IBANC[lc])), sub=IBANC[lc])]
        parts += ["\n"]
    parts += ["Cover: ", R.choice(EPONYM_TREAT), " bookings go to senior stylists only."]
    return "rota", LOC[lc]["lang"], wrap(R, lc, parts)


def t_complaint(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc)
    p = person(R, lc, used)
    parts = ["From: ", nm(p), " <", L("email", email_of(R, p, lc), sub="personal"), ">\nTo: ", role_mail(R, dom), "\nSubject: refund ", ref(R, "BK"), "\n\n",
             R.choice(["My appointment was cut short and the colour is patchy.", "I was charged twice for my membership this month.", "The piercing got infected and nobody called me back.",
                       "I cancelled 48h before and still lost my deposit."]), " ", R.choice(["Please call me on ", "My number is "]), phone(R, lc), ".\n"]
    if R.random() < 0.3:
        parts += ["Post any paperwork to ", address(R, lc), ".\n"]
    if lc in IBANC and R.random() < 0.6:
        parts += ["Refund to ", L("iban", iban_fmt(R, iban_random(R, IBANC[lc])), sub=IBANC[lc]), " please.\n"]
    else:
        parts += ["Paid by card ending ", N("%04d" % R.randint(0, 9999), "card_last4"), ", ", N(money(R, lc), "amount"), ".\n"]
    parts += ["\n--- our draft reply ---\n"]
    parts += ["Dear ", gv(p), ", thank you for writing. ", R.choice(["Our manager", "The studio lead"]), " will review it. — "] + staff_sign(R, lc, used, dom)
    return "email", LOC[lc]["lang"], wrap(R, lc, parts, reply=True)


def t_review(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc)
    p = person(R, lc, used)
    s = person(R, lc, used)
    parts = ["Review on %s (%d★) by " % (R.choice(["Google", "Treatwell", "Fresha", "Yelp"]), R.randint(1, 5)), nm(p), ":\n\"",
             R.choice(["Lovely team but ", "Great result, although ", "Not happy: "]), gv(s), R.choice([" was 20 min late.", " rushed the fade.", " did an amazing job with my colour."]),
             "\"\nInternal note: client rang from ", phone(R, lc), " on ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "date"), ", booking ", ref(R, "BK"), ".\n"]
    if R.random() < 0.7:
        parts += ["Email for the goodwill voucher: ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
    parts += ["Reply should mention our number ", N(tel, "business_phone"), " and ", N("www." + dom, "website"), "."]
    return "review", LOC[lc]["lang"], wrap(R, lc, parts, reply=True)


def t_chat(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc)
    p = person(R, lc, used, female=True)
    s = person(R, lc, used)
    c1, c2 = LOC[lc]["chat"][0], LOC[lc]["chat"][1]
    ts = iter(sorted(R.sample(range(8 * 60, 21 * 60), 8)))

    def hhmm(R):
        v = next(ts)
        return "%02d:%02d" % (v // 60, v % 60)
    svc = R.choice(SVC[lc])
    t = hhmm(R)
    dd = "%02d/%02d/26" % (R.randint(1, 28), R.randint(1, 12))
    parts = ["[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", c1[0].format(svc=svc, t=t), "\n[%s, %s] " % (dd, hhmm(R)), gv(s), ": ", c1[1].format(svc=svc, t=t), "\n",
             "[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", c2[0], "\n"]
    for r in sorted(R.sample([0, 1, 2, 3], 2)):
        if r == 0:
            parts += ["[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", L("email", email_of(R, p, lc), sub="personal"), "\n"]
        elif r == 1:
            parts += ["[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", address(R, lc), "\n"]
        elif r == 2:
            parts += ["[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", dob(R, p, lc), " 🎂\n"]
    if R.random() < 0.2:
        g, doc = gov_id(R, p, lc)
        parts += ["[%s, %s] " % (dd, hhmm(R)), nm(p), ": ", doc, " ", g, "\n"]
    parts += ["[%s, %s] " % (dd, hhmm(R)), gv(s), ": ", c2[1], " (", N(money(R, lc), "amount"), ")"]
    if R.random() < 0.3:
        parts += ["\n", LOC[lc]["lab"]["phone"], ": ", phone(R, lc)]
    return "chat_export", LOC[lc]["lang"], wrap(R, lc, parts, reply=True)


def t_config(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc)
    o = person(R, lc, used)
    parts = ["# booking + payments for %s — owner: " % name, nm(o), "\n", "ADMIN_EMAIL=", L("email", work_email(o, dom), sub="work"), "\n",
             "STRIPE_SECRET_KEY=", L("secret", "sk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(R.choice([24, 34]))), sub="stripe"), "\n",
             "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
             "STRIPE_WEBHOOK_SECRET=", L("secret", "whsec_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(32)), sub="webhook_secret"), "\n"]
    if R.random() < 0.5:
        parts += ["SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n"]
    parts += ["DB_URL=postgres://booking:", L("secret", secret_random(R, "password"), sub="password"), "@", N(ip_private(R), "private_ip"), ":5432/salon\n",
              "SANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\n",
              "ADMIN_ALLOWLIST=", L("ip", ip_global(R, v6=R.random() < 0.2), sub="allowlist"), ",", N(ip_doc(R), "doc_ip"), "  # ", gv(o), "'s home line\n",
              "SUPPORT_PHONE=", N(tel, "business_phone")]
    if R.random() < 0.5:
        s_ = person(R, lc, used)
        parts += ["\n# locked out after 5 tries: ", L("email", email_of(R, s_, lc), sub="personal"), " from ", L("ip", ip_global(R, v6=R.random() < 0.25), sub="login")]
    return "config", LOC[lc]["lang"], wrap(R, lc, parts)


def t_voucher(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc, R.choice(["salon", "gym"]))
    b = person(R, lc, used)
    r_ = person(R, lc, used)
    parts = ["Gift voucher ", N("GV-%s%04d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), R.randint(0, 9999)), "voucher_code"), " — ", N(money(R, lc, 25, 200), "amount"),
             " — valid until ", N("%02d/%02d/2027" % (R.randint(1, 28), R.randint(1, 12)), "expiry"), "\nBought by: ", nm(b), ", ", L("email", email_of(R, b, lc), sub="personal"), ", ", phone(R, lc), "\n",
             "For: ", nm(r_)]
    if R.random() < 0.45:
        parts += [", ", phone(R, lc)]
    parts += ["\n"]
    if R.random() < 0.5:
        parts += ["Birthday club — ", l["dob"], ": ", dob(R, r_, lc), "\n"]
    if R.random() < 0.4:
        parts += ["Post to: ", address(R, lc), "\n"]
    parts += ["Treatment: ", R.choice(EPONYM_TREAT), " · loyalty ", N("LC%08d" % R.randint(0, 99999999), "loyalty_no"), " · ", role_mail(R, dom)]
    return "voucher", LOC[lc]["lang"], wrap(R, lc, parts)


# ---------------------------------------------------------------- clean
def c_timetable(R, lc, i):
    name, dom, tel = pick_biz(R, lc, "gym")
    parts = ["%s — class timetable\n" % name]
    for _ in range(R.randint(4, 6)):
        parts += [R.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]), " ", N(hhmm(R), "class_time"), " ", R.choice(["Zumba", "Pilates mat", "Spin 45", "Body Pump", "Bikram yoga", "HIIT", "Aqua Zumba"]),
                  " — studio ", N(str(R.randint(1, 4)), "room_no"), " — code ", N("%s%03d" % (R.choice(["ZB", "PL", "SP", "HT"]), R.randint(1, 999)), "class_code"), "\n"]
    parts += [R.choice(NAME_WORD), "\nQuestions: ", N(tel, "business_phone"), " / ", role_mail(R, dom)]
    return "timetable", LOC[lc]["lang"], wrap(R, lc, parts)


def c_pricelist(R, lc, i):
    name, dom, tel = pick_biz(R, lc, "salon")
    parts = ["%s — price list\n" % name]
    for t in R.sample(EPONYM_TREAT, 5):
        parts += [N("T%03d" % R.randint(1, 999), "treatment_code"), " ", t, " ", N(money(R, lc, 15, 160), "amount"), " (", str(R.choice([30, 45, 60, 90])), " min)\n"]
    parts += [R.choice(NAME_WORD), "\n", N("www." + dom, "website")]
    return "pricelist", LOC[lc]["lang"], wrap(R, lc, parts)


def ean13(R):
    b = "40" + digits(R, 10)
    return b + str((10 - sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(b)) % 10) % 10)


def c_stock(R, lc, i):
    name, dom, tel = pick_biz(R, lc, R.choice(["salon", "tattoo"]))
    parts = ["Stock order for %s, PO " % name, N("PO-%06d" % R.randint(0, 999999), "order_no"), "\n"]
    for _ in range(R.randint(3, 5)):
        parts += ["- ", R.choice(["developer 20 vol 1L", "tube 6/0", "tube 7/43", "toner 9V", "black ink 8oz", "5RL cartridges", "lash glue"]), " × ", str(R.randint(1, 12)),
                  " — batch ", N("%s%d" % (R.choice(["B", "LOT", "EK"]), R.randint(100000, 9999999)), "ink_batch"), " — EAN ", N(ean13(R), "ean"), "\n"]
    parts += ["Mix: ", N("%d/%d + %d vol 1:%d" % (R.randint(4, 10), R.choice([0, 1, 3]), R.choice([10, 20, 30]), R.choice([1, 2])), "colour_formula"), " · total ", N(money(R, lc, 80, 900), "amount")]
    return "order", LOC[lc]["lang"], wrap(R, lc, parts)


def c_sandbox(R, lc, i):
    name, dom, tel = pick_biz(R, lc)
    parts = ["Checkout test notes (%s)\n" % name, "test card ", N(R.choice(TEST_CARDS), "test_card"), " cvc ", N("%03d" % R.randint(100, 999), "cvc"), " exp ", N("12/34", "expiry"), "\n",
             "declined case: ", N(luhn_bad(R), "luhn_fail"), "\n", "staging ", N(ip_private(R), "private_ip"), ", docs ", N(ip_doc(R), "doc_ip"), "\n",
             "customer ", N("jane.client@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder"), "\n",
             "STRIPE_SECRET_KEY=", N("<your-secret-key>", "placeholder"), "\n", "pk ", N("pk_test_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n",
             "order ", N("ORD-%07d" % R.randint(0, 9999999), "order_no")]
    return "notes", LOC[lc]["lang"], wrap(R, lc, parts)


EPON_BIZ = ["Gianfranco's Barbers", "Salon Ludmila", "Studio Mireille", "Tomasz Barber Shop", "Haus Gisela Kosmetik", "Clínica Estética Doña Pilar"]


def c_policy(R, lc, i):
    name, dom, tel = pick_biz(R, lc)
    parts = ["Cancellation policy — %s\n" % name, "Cancel at least 24h before your ", N(hhmm(R), "appointment_time"), " slot or a fee of ", N(money(R, lc, 10, 40), "amount"), " applies.\n",
             "Deposits for ", R.choice(EPONYM_TREAT), " are non-refundable. Our sister salon ", N(R.choice(EPON_BIZ), "eponym_business"), " follows the same rules.\n",
             R.choice(NAME_WORD), "\nCall ", N(tel, "business_phone"), ", mail ", role_mail(R, dom), ", book at ", N("www." + dom, "website")]
    return "policy", LOC[lc]["lang"], wrap(R, lc, parts)


def t_homevisit(R, lc, i):
    used = set()
    name, dom, tel = pick_biz(R, lc, "salon")
    th = person(R, lc, used)
    parts = ["Mobile visits for ", nm(th), " (", name, "), ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "appointment_date"), "\n"]
    nv = R.randint(3, 4)
    for v in sorted(R.sample(range(16, 40), nv)):
        p = person(R, lc, used)
        parts += [N("%02d:%s" % (v // 2, "30" if v % 2 else "00"), "appointment_time"), " ", nm(p), " — ", address(R, lc), " — ", phone(R, lc), " — ", R.choice(SVC[lc]), " (", N(money(R, lc), "amount"), ")"]
        if R.random() < 0.3:
            parts += [" — ", LOC[lc]["lab"]["dob"], " ", dob(R, p, lc)]
        parts += ["\n"]
    parts += ["Kit: ", R.choice(EPONYM_TREAT), " set, ", N("%d%s" % (R.randint(5, 10), R.choice(["V", "P", "N"])), "shade_code"), " · office ", N(tel, "business_phone")]
    return "schedule", LOC[lc]["lang"], wrap(R, lc, parts)


def tax_id(R, p, lc):
    y, m, d = p.dob
    if lc == "US":
        a, g, s_ = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s_), sub="us_ssn"), "SSN"
    if lc == "GB":
        a, b, c = nino_random(R)
        return L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), sub="uk_nino"), "NI number"
    if lc == "DE":
        return L("gov_id", steuerid_random(R), sub="de_steuer_id"), "Steuer-ID"
    if lc == "FR":
        body, key = nir_random(R, sex="2" if p.fem else "1", yy=y % 100, mm=m)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="fr_nir"), "N° sécu"
    if lc == "NL":
        return L("gov_id", bsn_random(R), sub="nl_bsn"), "BSN"
    return gov_id(R, p, lc)


def t_starter(R, lc, i):
    l = LOC[lc]["lab"]
    used = set()
    name, dom, tel = pick_biz(R, lc)
    p = person(R, lc, used, ymin=1975, ymax=2006)
    g, doc = tax_id(R, p, lc)
    parts = ["New starter — %s (%s)\n" % (R.choice(["junior stylist", "PT", "nail tech", "spa therapist", "apprentice artist", "receptionist"]), name),
             l["name"], ": ", nm(p), "\n", l["dob"], ": ", dob(R, p, lc), "\n", l["addr"], ": ", address(R, lc), "\n", l["phone"], ": ", phone(R, lc), "\n",
             l["email"], ": ", L("email", email_of(R, p, lc), sub="personal"), "\n", doc, ": ", g, "\n"]
    if lc in IBANC:
        parts += ["Wages IBAN: ", L("iban", iban_fmt(R, iban_random(R, IBANC[lc])), sub=IBANC[lc]), "\n"]
    parts += ["Chair ", N(str(R.randint(1, 8)), "chair_no"), ", staff no ", N("ST-%04d" % R.randint(1, 9999), "staff_no"), ", start ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "date"), "\n",
              l["emerg"], ": "]
    e = person(R, lc, used)
    parts += [nm(e), " ", phone(R, lc), "\n", l["sign"], ": "] + staff_sign(R, lc, used, dom)
    return "form", LOC[lc]["lang"], wrap(R, lc, parts)


CNT = 0
TEMPLATES = [("signup", t_signup, CNT), ("parq", t_parq, CNT), ("consult", t_consult, CNT), ("tattoo", t_tattoo, CNT), ("csv", t_csv, CNT), ("noshow", t_noshow, CNT),
             ("rota", t_rota, CNT), ("complaint", t_complaint, CNT), ("review", t_review, CNT), ("chat", t_chat, CNT), ("config", t_config, CNT), ("voucher", t_voucher, CNT), ("homevisit", t_homevisit, CNT), ("starter", t_starter, CNT)]
for _k, (_n, _f, _c) in enumerate(TEMPLATES):
    TEMPLATES[_k] = (_n, _f, 43 if _k < 12 else 42)
CLEAN = [("timetable", c_timetable, 40), ("pricelist", c_pricelist, 40), ("stock", c_stock, 40), ("sandbox", c_sandbox, 40), ("policy", c_policy, 40)]


# ====================================================================== rules
def _nw():
    lat, non = set(), set()
    for lc, d in LOC.items():
        for w in d["gm"] + d["gf"] + d["fam"]:
            for form in nat(w).split("/"):
                for x in name_words_of(form, lc):
                    (non if lc in NONLATIN else lat).add(x)
    return lat, non


NAME_LAT, NAME_NON = _nw()
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
DIGRUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
TEST_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"\D", "", v)
    if sub == "es_dni":
        n = v.replace("-", "")
        return DNI_LETTERS[int(n[:8]) % 23] == n[8]
    if sub == "it_cf":
        from corpuslib import cf_check
        return len(v) == 16 and cf_check(v[:15]) == v[15]
    if sub == "br_cpf":
        return cpf_ok(d)
    if sub == "pl_pesel":
        return pesel_ok(v)
    if sub == "tr_tckn":
        return tckn_ok(v)
    if sub == "il_tz":
        return tz_ok(v)
    if sub == "in_aadhaar":
        return len(d) == 12 and verhoeff_ok(d)
    if sub == "th_national_id":
        return thai_id_ok(d)
    if sub == "cn_resident_id":
        return len(v) == 18 and cnid_check(v[:17]) == v[17]
    if sub == "kr_rrn":
        return len(d) == 13 and rrn_check(d[:12]) == d[12]
    if sub == "se_personnummer":
        return len(d) == 10 and luhn_ok(d)
    if sub == "de_personalausweis":
        return len(v) == 10 and de_ausweis_check(v[:9]) == v[9]
    if sub == "uk_driving_licence":
        return re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}", v) is not None
    if sub == "uk_nino":
        n = v.replace(" ", "")
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None and n[:2] not in NINO_BAD_PREFIX
    if sub == "fr_nir":
        n = v.replace(" ", "")
        return len(n) == 15 and nir_ok(n[:13], n[13:])
    if sub == "nl_bsn":
        return bsn_ok(v)
    if sub == "de_steuer_id":
        return steuerid_ok(v)
    if sub == "us_ssn":
        a, g, s_ = v.split("-")
        return ssn_valid(int(a), int(g), int(s_))
    if sub == "eg_national_id":
        return re.fullmatch(r"[23]\d{13}", v) is not None
    if sub == "vn_cccd":
        return re.fullmatch(r"\d{3}[0-3]\d{8}", v) is not None
    return re.fullmatch(r"[A-Z0-9Α-Ω \-]{8,12}", v) is not None


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for k in range(sp["start"], sp["end"]):
            t[k] = "\x00"
    return "".join(t)


def problems(rec, clean):
    out = []
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record %s" % str(e)[:80]]
    if not 120 <= len(t) <= 2500:
        out.append("length %d" % len(t))
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    for sp in rec["spans"]:
        v = sp["value"]
        if "\n" in v:
            out.append("label across line")
        if sp["type"] == "gov_id" and not gov_ok(sp):
            out.append("bad gov id %s" % v)
        if sp["type"] == "iban":
            c = v.replace(" ", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                out.append("bad iban")
        if sp["type"] == "card":
            c = re.sub(r"\D", "", v)
            if not luhn_ok(c) or not 12 <= len(c) <= 19:
                out.append("bad card")
        if sp["type"] == "email" and ("example" in v.split("@")[1] or not EMAIL_RE.fullmatch(v)):
            out.append("bad email")
        if sp["type"] == "ip" and not ipaddress.ip_address(v).is_global:
            out.append("non-global ip label")
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        loc_, dom = e.split("@", 1)
        if loc_ not in ROLE and "example" not in dom:
            out.append("stray email %s" % e)
    for x in IP4_RE.findall(m):
        try:
            if ipaddress.ip_address(x).is_global:
                out.append("stray ip %s" % x)
        except ValueError:
            pass
    for x in IP6_RE.findall(m):
        try:
            if ipaddress.ip_address(x).is_global:
                out.append("stray ip6 %s" % x)
        except ValueError:
            pass
    for mm in DIGRUN_RE.finditer(m):
        groups = re.split(r"[ \-.\u00a0\u202f]", mm.group())
        for a in range(len(groups)):
            s = ""
            for b in range(a, len(groups)):
                s += groups[b]
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_DIGITS:
                    out.append("stray luhn %s" % s)
                if len(s) > 19:
                    break
    for mm in IBAN_RE.finditer(m):
        c = mm.group().replace(" ", "")
        for n in range(15, len(c) + 1):
            if c[:2] in IBAN_LEN and n == IBAN_LEN[c[:2]] and iban_mod97(c[:n]) == 1:
                out.append("stray iban")
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m):
        for x in [w] + w.split("-"):
            if x in NAME_LAT:
                out.append("stray name %s" % x)
    for w in NAME_NON:
        if len(w) >= 2 and w in m:
            out.append("stray name %s" % w)
    return out


def phones_of(recs):
    return [(sp["value"], sp["region"], sp["region"]) for r in recs for sp in r["spans"] if sp["type"] == "phone"]


# ====================================================================== build
def make_all():
    plan = [(n, f, c, False) for n, f, c in TEMPLATES] + [(n, f, c, True) for n, f, c in CLEAN]
    cands = []
    for ti, (name, fn, cnt, clean) in enumerate(plan):
        lst = []
        for k in range(cnt * 3 + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, k))
            lc = LOCALES[(k + 5 * ti) % len(LOCALES)]
            form, lang, parts = fn(R, lc, k)
            rec = build("x", form, lang, parts)
            rec["_t"], rec["_lc"] = name, lc
            lst.append(rec)
        cands.append((name, cnt, clean, lst))
    allc = [r for _, _, _, lst in cands for r in lst]
    bad = pv_check(phones_of(allc))
    if bad is None:
        raise SystemExit("pv missing: /tmp/pv/pv")
    badset = {ln.split("\t")[1] for ln in bad}
    out, seen, dropped = [], set(), Counter()
    for name, cnt, clean, lst in cands:
        kept = 0
        for r in lst:
            if kept == cnt:
                break
            pr = problems(r, clean)
            if any(sp["type"] == "phone" and sp["value"] in badset for sp in r["spans"]):
                pr.append("pv")
            if r["text"] in seen:
                pr.append("dup")
            if pr:
                dropped[pr[0].split(" ")[0] + " " + pr[0].split(" ")[1] if " " in pr[0] else pr[0]] += 1
                continue
            seen.add(r["text"])
            out.append(r)
            kept += 1
        assert kept == cnt, (name, kept)
    random.Random(SHUFFLE_SEED).shuffle(out)
    recs = []
    for i, r in enumerate(out):
        r2 = {"id": PREFIX + "%05d" % i, "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            r2["neg"] = r["neg"]
        recs.append((r2, r["_t"], r["_lc"]))
    return recs, dropped


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r, _, _ in recs)


def main():
    recs, dropped = make_all()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        assert cur == dump(recs), "file differs from a fresh rewrite"
        for r, t, _ in recs:
            assert not problems(r, not r["spans"]), (r["id"], problems(r, not r["spans"]))
        assert pv_check(phones_of([r for r, _, _ in recs])) == []
        assert sum(1 for r, _, _ in recs if not r["spans"]) == 200 and len(recs) == 800
        print("heldout52.jsonl OK: %d records" % len(recs))
        return
    if "--stats" in sys.argv:
        c = Counter(sp["type"] for r, _, _ in recs for sp in r["spans"])
        print("records", len(recs), "clean", sum(1 for r, _, _ in recs if not r["spans"]), "labels", sum(c.values()))
        print("types", dict(c.most_common()))
        print("lang", dict(Counter(r["lang"] for r, _, _ in recs).most_common()))
        print("form", dict(Counter(r["form"] for r, _, _ in recs).most_common()))
        print("country (labelled)", dict(Counter(lc for r, _, lc in recs if r["spans"]).most_common()))
        print("gov_id subs", dict(Counter(sp["sub"] for r, _, _ in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
        print("neg tags", len({n for r, _, _ in recs for n in r.get("neg", [])}), sorted({n for r, _, _ in recs for n in r.get("neg", [])}))
        print("dropped", dict(dropped))
        ln = sorted(len(r["text"]) for r, _, _ in recs)
        print("length", ln[0], ln[len(ln) // 2], ln[-1])
        return
    write_jsonl(OUT, [r for r, _, _ in recs])
    print("wrote %s: %d records; dropped %s" % (OUT, len(recs), dict(dropped)))


if __name__ == "__main__":
    main()
