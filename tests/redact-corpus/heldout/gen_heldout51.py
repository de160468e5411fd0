#!/usr/bin/python3
"""Held-out part 51 of the redaction corpus (heldout51.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 49
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
17:53:15 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: LOCAL GOVERNMENT AND MUNICIPAL SERVICES FROM THE STAFF SIDE. What
council contact-centre agents, council-tax and business-rates officers,
benefit and housing officers, parking, planning, waste, registrars,
electoral services, licensing, environmental health, libraries and the
council's IT service desk paste into an AI assistant, from 21 countries in
20 languages. Hard negatives: the council's own account, case, ticket, PCN,
planning and UPRN references, ward and polling-district codes, rounds and
collection days, bays, appointment dates, fees, contact-centre numbers,
role mailboxes, buildings named after people, private and documentation
IPs, test cards and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
510733, shuffle seed 510734).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout51.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout51.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout51.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, nino_random, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS)

SEED = 510733
SHUFFLE_SEED = 510734
OUT = os.path.join(HERE, "heldout51.jsonl")
PREFIX = "heldout-ay-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


def D(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ====================================================================== gov ids
def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, mm, d) + D(R, 3) + R.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def snils_check(n9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(n9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else "%02d" % s


def snils_make(R):
    n = str(R.randint(2, 9)) + D(R, 8)
    return "%s-%s-%s %s" % (n[:3], n[3:6], n[6:], snils_check(n))


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, y, m, d):
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + D(R, 4))


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def il_tz_sum(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return t


def il_tz_make(R):
    b = str(R.randint(1, 3)) + D(R, 7)
    for c in "0123456789":
        if il_tz_sum(b + c) % 10 == 0:
            return b + c


def th_id_make(R):
    b = R.choice("1358") + D(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def th_id_ok(s):
    return len(s) == 13 and str((11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10) == s[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_make(R, y, m, d, female):
    b = R.choice(["110105", "310104", "440106", "510107", "330106"]) + "%04d%02d%02d" % (y, m, d) + D(R, 2) + R.choice("02468" if female else "13579")
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cn_id_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def mynum_check(b11):
    t = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynum_make(R):
    b = str(R.randint(1, 9)) + D(R, 10)
    return b + mynum_check(b)


def rrn_make(R, y, m, d, female):
    sx = (2 if female else 1) + (2 if y >= 2000 else 0)
    b = "%02d%02d%02d" % (y % 100, m, d) + str(sx) + D(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return b + str((11 - sum(int(c) * k for c, k in zip(b, w)) % 11) % 10)


def rrn_ok(s):
    b = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(b) == 13 and str((11 - sum(int(c) * k for c, k in zip(b[:12], w)) % 11) % 10) == b[12]


def pnr_se_make(R, y, m, d, female):
    b = "%02d%02d%02d" % (y % 100, m, d) + D(R, 2) + R.choice("02468" if female else "13579")
    c = luhn_complete(b)[-1]
    return "%s-%s" % (b[:6], b[6:] + c)


# ====================================================================== misc
DOC_IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]
LAN_IPS = ["10.40.%d.%d", "172.20.%d.%d", "192.168.%d.%d"]
PUB_V4 = ["81.%d.%d.%d", "86.%d.%d.%d", "94.%d.%d.%d", "151.%d.%d.%d", "178.%d.%d.%d", "62.%d.%d.%d", "213.%d.%d.%d", "188.%d.%d.%d"]


def pub_ip(R):
    if R.random() < 0.15:
        return "2a02:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff)), "v6"
    while True:
        ip = R.choice(PUB_V4) % (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip, "v4"


def doc_ip(R):
    return R.choice(DOC_IPS) % R.randint(2, 250)


def lan_ip(R):
    return R.choice(LAN_IPS) % (R.randint(0, 60), R.randint(2, 250))


TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005"]


def card_val(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro", "mastercard2"])
    c = card_random(R, iss)
    if iss == "amex":
        g = [4, 6, 5]
    else:
        g = card_grouping(len(c))
    sep = R.choice([" ", " ", "-", ""])
    return sep.join(split_groups(c, g)), iss


def bad_luhn(R):
    while True:
        s = "4" + D(R, 15)
        if not luhn_ok(s):
            return s


def iban_val(R, cc):
    ib = iban_random(R, cc)
    return group(ib) if R.random() < 0.7 else ib


# ====================================================================== locales
# Each locale: country, lang, the municipality (fictional) and its domain,
# names (given M | given F | family, "native|roman" where not Latin),
# streets, towns with postcodes, field labels, requests, chat lines.
LOC = {}


def loc(cc, **kw):
    kw["cc"] = cc
    LOC[cc] = kw


loc("GB", lang="en", org="Harrowgate Vale Borough Council", dom="harrowgatevale.gov.uk",
    gm="Everard Lancelyn Athelstan Wystan Ranulph Gideon", gf="Ottoline Lettice Bryony Hermione Clemency Perpetua",
    fam="Yelverton Pomfret Gathercole Ainscough Gristwood Cullingworth Throssell Honeysett",
    streets=["Quarrybank Lane", "Tenterfield Road", "Wheelwright Close", "Saltergate Mews"],
    towns=[("Skelmanthorpe", "HD8 9QT"), ("Brompton-on-Swale", "DL10 7JW"), ("Thornaby", "TS17 6PN")],
    F=dict(name="Name", addr="Address", phone="Phone", email="Email", dob="Date of birth", id="NI number", ref="Account ref"),
    req=["Can you check this before I send it to the team leader? Anything missing?", "Summarise this case for the next officer in three bullets.",
         "Draft a short, polite reply to the resident.", "Turn this into a tidy table, one row per person.",
         "I have to send this to an outside contractor. What should I remove first?"],
    chat=["Hi, my bin wasn't emptied again this week", "Thanks for your patience, can I take a few details?", "It's the third time this month"])
loc("US", lang="en", org="Cedar Hollow Township", dom="cedarhollowtwp.gov",
    gm="Beauregard Cletis Cletus Rhett Thurman Jethro", gf="Dorinda Lurleen Marvella Savannah Twyla Odessa",
    fam="Fenstermacher Funderburk Blankenship Honeywell Swearingen Luttrell Rutledge Oglesby",
    streets=["Persimmon Ridge Rd", "Tanglewood Hollow Dr", "Sassafras Ct", "Wagon Wheel Ln"],
    towns=[("Millersport, OH", "43046"), ("Chestertown, MD", "21620"), ("Ephrata, PA", "17522")],
    F=dict(name="Name", addr="Address", phone="Phone", email="Email", dob="DOB", id="SSN", ref="Account #"),
    req=["Please tidy this up into a summary for my supervisor.", "Is there anything in here I shouldn't be sharing outside the office?",
         "Write a short reply to the resident explaining next steps."],
    chat=["hey, the streetlight on my block is out again", "Sorry about that! Can I get your details?", "sure thing"])
loc("DE", lang="de", org="Stadtverwaltung Kirchwalden", dom="kirchwalden.de",
    gm="Wigbert Gislher Gunnar Hartwig Reinmar Volkhard", gf="Adelgunde Roswitha Heidrun Gesine Walburga Swaantje",
    fam="Brinkschulte Overbeck Rautenstrauch Kleinschmidt Hüsemann Vogelsang Dörrenhaus Pietschmann",
    streets=["Holunderweg", "Am Lindenanger", "Kornblumenstraße", "Töpfergasse"],
    towns=[("Kirchwalden", "34587"), ("Oberweidach", "91734"), ("Lindenhorst", "59348")],
    F=dict(name="Name", addr="Anschrift", phone="Telefon", email="E-Mail", dob="Geburtsdatum", id="Steuer-ID", ref="Aktenzeichen"),
    req=["Kannst du das prüfen, bevor ich es an die Sachgebietsleitung schicke?", "Fass den Vorgang in drei Punkten für die Kollegin zusammen.",
         "Formuliere eine kurze, freundliche Antwort an den Bürger."],
    chat=["Guten Tag, meine Biotonne wurde nicht geleert", "Das tut mir leid, ich brauche kurz Ihre Daten.", "Schon zum zweiten Mal"])
loc("FR", lang="fr", org="Mairie de Saint-Vaury-les-Prés", dom="saintvaury-lespres.fr",
    gm="Anatole Gonzague Ludovic Evrard Aurélien Tancrède", gf="Héloïse Clothilde Eulalie Capucine Apolline Ghislaine",
    fam="Létourneau Vauquelin Desrosiers Lamarque Boisselier Chaudronnier Peyrefitte Gueguen",
    streets=["rue des Tanneurs", "allée des Sorbiers", "chemin de la Garenne", "impasse du Lavoir"],
    towns=[("Saint-Vaury", "23320"), ("Montbazin", "34560"), ("Pouancé", "49420")],
    F=dict(name="Nom", addr="Adresse", phone="Téléphone", email="Courriel", dob="Date de naissance", id="N° de sécurité sociale", ref="Référence dossier"),
    req=["Peux-tu vérifier ce dossier avant que je l'envoie au chef de service ?", "Résume ce dossier en trois points pour le collègue.",
         "Aide-moi à rédiger une réponse courte et polie à l'usager."],
    chat=["Bonjour, les encombrants n'ont pas été ramassés", "Je suis désolée, pouvez-vous me donner vos coordonnées ?", "Merci beaucoup"])
loc("ES", lang="es", org="Ayuntamiento de Villarrubia del Campo", dom="villarrubiadelcampo.es",
    gm="Eusebio Fulgencio Anselmo Baldomero Casimiro Nicanor", gf="Remedios Modesta Inmaculada Presentación Rosalía Azucena",
    fam="Villaescusa Carrasquilla Valdecañas Lasheras Zorrilla Cabezudo Arellano Torrubia",
    streets=["Calle de los Alfareros", "Calle Mayor del Arrabal", "Avenida de las Acacias", "Calle del Pozo Viejo"],
    towns=[("Villarrubia del Campo", "45860"), ("Tarancón", "16400"), ("Alcaudete", "23660")],
    F=dict(name="Nombre", addr="Domicilio", phone="Teléfono", email="Correo", dob="Fecha de nacimiento", id="DNI", ref="N.º expediente"),
    req=["¿Puedes revisar esto antes de enviarlo al jefe de negociado?", "Resume el expediente en tres puntos para el compañero.",
         "Redacta una respuesta breve y amable para el vecino."],
    chat=["Hola, no han recogido el contenedor de vidrio", "Lo siento, ¿me facilita sus datos?", "Gracias"])
loc("IT", lang="it", org="Comune di Castelvetrano Alto", dom="comune.castelvetranoalto.it",
    gm="Ermenegildo Ubaldo Secondo Lucio Amedeo Cirillo", gf="Annunziata Filomena Ortensia Mafalda Veneranda Concetta",
    fam="Sgroi Bevilacqua Lanzafame Pappalardo Trombetta Tagliaferri Castiglioni Buonocore",
    streets=["Via dei Vasai", "Via San Rocco", "Vicolo delle Cisterne", "Via dei Mandorli"],
    towns=[("Castelvetrano", "91022", "TP"), ("Sassuolo", "41049", "MO"), ("Bagnacavallo", "48012", "RA")],
    F=dict(name="Nome", addr="Indirizzo", phone="Telefono", email="E-mail", dob="Data di nascita", id="Codice fiscale", ref="Protocollo"),
    req=["Puoi controllare questa pratica prima che la mandi al responsabile?", "Riassumi la pratica in tre punti per il collega.",
         "Scrivi una risposta breve e cortese al cittadino."],
    chat=["Buongiorno, il lampione davanti casa è spento", "Mi scusi, mi lascia i suoi dati?", "Grazie mille"])
loc("NL", lang="nl", org="Gemeente Waterveld", dom="waterveld.nl",
    gm="Gerolf Hidde Maurits Ruurd Sjoerd Wouter", gf="Geertruida Hendrika Froukje Marijke Tjalda Wilhelmien",
    fam="van Rijckevorsel|Bloemendaal|Wildeboer|Heemskerk|van der Hoeven|Kuipers|Slingerland|Verschoor",
    streets=["Lijnbaansgracht", "Kortenaerstraat", "Ooievaarslaan", "Schelpenpad"],
    towns=[("Waterveld", "8861 KT"), ("Hardinxveld", "3371 BN"), ("Nieuwleusen", "7711 GP")],
    F=dict(name="Naam", addr="Adres", phone="Telefoon", email="E-mail", dob="Geboortedatum", id="BSN", ref="Zaaknummer"),
    req=["Kun je dit controleren voordat ik het naar de teamleider stuur?", "Vat dit dossier samen in drie punten.",
         "Schrijf een kort, vriendelijk antwoord aan de inwoner."],
    chat=["Hoi, mijn container is niet geleegd", "Vervelend! Mag ik uw gegevens?", "Dank je"])
loc("PL", lang="pl", org="Urząd Gminy Zielonka Dolna", dom="zielonkadolna.gmina.pl",
    gm="Bożydar Czcibor Lechosław Radogost Mieczysław Wszebor", gf="Bogumiła Dobrosława Jadwiga Wiesława Zdzisława Gosława",
    fam="Brzęczyszcz/Brzęczyszcz|Chrząszcz/Chrząszcz|Szczepaniak/Szczepaniak|Kołodziejczyk/Kołodziejczyk|Żurawski/Żurawska|Grzybowski/Grzybowska",
    streets=["ul. Garncarska", "ul. Kasztanowa", "ul. Młynarska", "ul. Przy Stawie"],
    towns=[("Zielonka Dolna", "05-092"), ("Łęczyca", "99-100"), ("Sokółka", "16-100")],
    F=dict(name="Imię i nazwisko", addr="Adres", phone="Telefon", email="E-mail", dob="Data urodzenia", id="PESEL", ref="Znak sprawy"),
    req=["Sprawdź to, zanim wyślę do kierownika referatu.", "Streść sprawę w trzech punktach.", "Napisz krótką, uprzejmą odpowiedź do mieszkańca."],
    chat=["Dzień dobry, śmieci nie zostały odebrane", "Przepraszam, poproszę o dane.", "Dziękuję"])
loc("RU", lang="ru", org="Администрация городского округа Зареченск", dom="zarechensk-adm.ru",
    gm="Всеволод|Vsevolod Ярополк|Yaropolk Святослав|Svyatoslav Евстафий|Evstafy Мстислав|Mstislav Ростислав|Rostislav",
    gf="Евдокия|Evdokia Пелагея|Pelageya Агафья|Agafya Ульяна|Ulyana Серафима|Serafima Василиса|Vasilisa",
    fam="Колокольцев/Колокольцева|Kolokoltsev Журавлёв/Журавлёва|Zhuravlev Подберёзкин/Подберёзкина|Podberezkin Сухоруков/Сухорукова|Sukhorukov Черемисин/Черемисина|Cheremisin",
    streets=["ул. Гончарная", "ул. Рябиновая", "пер. Мельничный", "ул. Заречная"],
    towns=[("г. Зареченск", "624250"), ("г. Кингисепп", "188480"), ("г. Вязники", "601440")],
    F=dict(name="ФИО", addr="Адрес", phone="Телефон", email="Эл. почта", dob="Дата рождения", id="СНИЛС", ref="Номер обращения"),
    req=["Проверь, пожалуйста, перед отправкой начальнику отдела.", "Сделай краткое резюме обращения в трёх пунктах.", "Помоги составить короткий вежливый ответ жителю."],
    chat=["Здравствуйте, у нас во дворе не вывезли мусор", "Извините, продиктуйте ваши данные", "Спасибо"])
loc("GR", lang="el", org="Δήμος Νέας Κερασιάς", dom="dimos-keraseia.gr",
    gm="Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Ευάγγελος|Evangelos Σπυρίδων|Spyridon Χαράλαμπος|Charalampos",
    gf="Καλλιόπη|Kalliopi Ευανθία|Evanthia Παναγιώτα|Panagiota Σταυρούλα|Stavroula Χρυσάνθη|Chrysanthi Ασπασία|Aspasia",
    fam="Καραμανλάκης/Καραμανλάκη|Karamanlakis Φωτόπουλος/Φωτοπούλου|Fotopoulos Μαυρογιάννης/Μαυρογιάννη|Mavrogiannis Τσακαλίδης/Τσακαλίδου|Tsakalidis Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos",
    streets=["οδός Αμπελοκήπων", "οδός Κυπαρισσίων", "οδός Ανεμομύλων", "οδός Πλατάνων"],
    towns=[("Νέα Κερασιά", "57007"), ("Τρίκαλα", "42100"), ("Ναύπλιο", "21100")],
    F=dict(name="Ονοματεπώνυμο", addr="Διεύθυνση", phone="Τηλέφωνο", email="Email", dob="Ημερομηνία γέννησης", id="ΑΜΚΑ", ref="Αρ. πρωτοκόλλου"),
    req=["Μπορείς να το ελέγξεις πριν το στείλω στον προϊστάμενο;", "Κάνε μια σύντομη περίληψη σε τρία σημεία.", "Γράψε μια σύντομη, ευγενική απάντηση στον δημότη."],
    chat=["Καλησπέρα, δεν πέρασε το απορριμματοφόρο", "Λυπάμαι, μου δίνετε τα στοιχεία σας;", "Ευχαριστώ"])
loc("TR", lang="tr", org="Yeşilkaya Belediyesi", dom="yesilkaya.bel.tr",
    gm="Oğuzhan Kürşat Tarkan Gökberk Kutlay Serhat", gf="Nurgül Şengül Gülsüm Feride Yasemin Dilruba",
    fam="Çakıroğlu Karamustafa Eğilmez Sarıkaya Tekinalp Ulusoy Gürsoy Akbulut",
    streets=["Menekşe Sokak", "Çınaraltı Caddesi", "Değirmen Sokak", "Asmalı Sokak"],
    towns=[("Yeşilkaya", "Afyonkarahisar", "03100"), ("Merzifon", "Amasya", "05300"), ("Nazilli", "Aydın", "09800")],
    F=dict(name="Ad Soyad", addr="Adres", phone="Telefon", email="E-posta", dob="Doğum tarihi", id="TC Kimlik No", ref="Başvuru no"),
    req=["Müdüre göndermeden önce kontrol eder misin?", "Bu başvuruyu üç maddede özetle.", "Vatandaşa kısa ve nazik bir yanıt yaz."],
    chat=["Merhaba, çöpler bu hafta alınmadı", "Kusura bakmayın, bilgilerinizi alabilir miyim?", "Teşekkürler"])
loc("IL", lang="he", org="עיריית גבעת הדקלים", dom="givat-hadkalim.muni.il",
    gm="אביעד|Aviad נריה|Neria צוריאל|Tzuriel שמעיה|Shmaya אלחנן|Elchanan יהונתן|Yehonatan",
    gf="אפרת|Efrat צופיה|Tzofia הדסה|Hadassa נחמה|Nechama אביגיל|Avigail תהילה|Tehila",
    fam="אלמקייס|Elmakayes חדד|Hadad טולדנו|Toledano פרץ|Peretz קרסנטי|Krasenti שטרנברג|Sternberg",
    streets=["רחוב הגפן", "רחוב הצבעוני", "רחוב הנחל", "רחוב השקד"],
    towns=[("גבעת הדקלים", "7740512"), ("קריית טבעון", "3603315"), ("יקנעם", "2069208")],
    F=dict(name="שם מלא", addr="כתובת", phone="טלפון", email="דוא\"ל", dob="תאריך לידה", id="ת\"ז", ref="מספר פנייה"),
    req=["תבדוק את זה לפני שאני שולח למנהל המחלקה?", "תסכם את הפנייה בשלוש נקודות.", "תעזור לי לנסח תשובה קצרה ומנומסת לתושב."],
    chat=["שלום, לא פינו את הפח השבוע", "מצטערת, אפשר את הפרטים שלך?", "תודה"])
loc("EG", lang="ar", org="مجلس مدينة الواحة الخضراء", dom="green-oasis-city.gov.eg",
    gm="عبدالرحيم|Abdelrahim شريف|Sherif حمدي|Hamdy ممدوح|Mamdouh رأفت|Raafat صفوت|Safwat",
    gf="سماح|Samah نجلاء|Naglaa رانيا|Rania هويدا|Howaida إيناس|Enas شيماء|Shaimaa",
    fam="الشناوي|Elshenawy الفيومي|Elfayoumi الدمرداش|Eldemerdash عبدالعال|Abdelaal البيومي|Elbayoumi القليوبي|Elqalyoubi",
    streets=["شارع النخيل", "شارع الترعة", "شارع المدارس", "شارع الجمهورية"],
    towns=[("بنها", "13511"), ("شبين الكوم", "32511"), ("المحلة الكبرى", "31951")],
    F=dict(name="الاسم", addr="العنوان", phone="الهاتف", email="البريد الإلكتروني", dob="تاريخ الميلاد", id="الرقم القومي", ref="رقم الطلب"),
    req=["ممكن تراجع هذا قبل أن أرسله لمدير الإدارة؟", "لخّص الطلب في ثلاث نقاط.", "ساعدني في صياغة رد قصير ومهذب للمواطن."],
    chat=["السلام عليكم، القمامة لم تُجمع", "آسفة، ممكن بياناتك؟", "شكرًا"])
loc("IN", lang="hi", org="नगर पालिका परिषद सरायपुर", dom="saraipur-npp.gov.in",
    gm="हर्षित|Harshit प्रणव|Pranav अभिनव|Abhinav ऋतिक|Ritik तेजस|Tejas मयंक|Mayank",
    gf="शालिनी|Shalini कविता|Kavita सुरभि|Surbhi गरिमा|Garima तृप्ति|Tripti वैशाली|Vaishali",
    fam="सिसोदिया|Sisodiya चतुर्वेदी|Chaturvedi अग्निहोत्री|Agnihotri भटनागर|Bhatnagar कुशवाहा|Kushwaha रस्तोगी|Rastogi",
    streets=["मकान नं. 14, गली नं. 3, शिवपुरी", "प्लॉट 27, रामनगर कॉलोनी", "फ्लैट 5बी, सरस्वती विहार"],
    towns=[("सरायपुर", "उत्तर प्रदेश", "243001"), ("भीलवाड़ा", "राजस्थान", "311001"), ("रायसेन", "मध्य प्रदेश", "464551")],
    F=dict(name="नाम", addr="पता", phone="मोबाइल", email="ईमेल", dob="जन्म तिथि", id="आधार", ref="आवेदन संख्या"),
    req=["अधिकारी को भेजने से पहले इसे जाँच लो, कुछ छूटा तो नहीं?", "इस शिकायत का तीन बिंदुओं में सार बना दो।", "नागरिक के लिए एक छोटा, विनम्र जवाब लिख दो।"],
    chat=["नमस्ते, हमारी गली में पानी नहीं आ रहा", "माफ़ कीजिए, अपना विवरण बताइए", "धन्यवाद"])
loc("TH", lang="th", org="เทศบาลตำบลบ้านสวนมะปราง", dom="bansuanmaprang.go.th",
    gm="ธนากร|Thanakorn ปิยะพงษ์|Piyapong วีรยุทธ|Weerayut อนุชิต|Anuchit ชยพล|Chayapol ศุภกร|Suppakorn",
    gf="พิมพ์ลดา|Pimlada กาญจนา|Kanchana ศศิธร|Sasithorn อรอุมา|Onuma ปวีณา|Paweena วิลาวัณย์|Wilawan",
    fam="ทองประเสริฐ|Thongprasert แก้วมณี|Kaewmanee สุขสวัสดิ์|Suksawat พรหมวงศ์|Phromwong จันทร์หอม|Chanhom เพชรรัตน์|Phetrat",
    streets=["ถนนมะลิวัลย์", "ซอยร่มไทร", "ถนนท่าน้ำ"],
    towns=[("ต.บ้านสวน อ.เมือง จ.ชลบุรี", "20000"), ("ต.หนองหาร อ.สันทราย จ.เชียงใหม่", "50290"), ("ต.ท่าช้าง อ.บางกล่ำ จ.สงขลา", "90110")],
    F=dict(name="ชื่อ-สกุล", addr="ที่อยู่", phone="โทรศัพท์", email="อีเมล", dob="วันเกิด", id="เลขประจำตัวประชาชน", ref="เลขที่คำร้อง"),
    req=["ช่วยตรวจก่อนส่งให้หัวหน้ากองหน่อย ขาดอะไรไหม", "สรุปคำร้องนี้เป็นสามข้อ", "ช่วยร่างคำตอบสั้นๆ สุภาพถึงประชาชน"],
    chat=["สวัสดีค่ะ ขยะหน้าบ้านไม่มีคนมาเก็บ", "ขออภัยค่ะ ขอข้อมูลติดต่อหน่อย", "ขอบคุณค่ะ"])
loc("CN", lang="zh", org="青石镇人民政府便民服务中心", dom="qingshizhen.gov.cn",
    gm="浩宇|Haoyu 子墨|Zimo 俊熙|Junxi 博涛|Botao 振华|Zhenhua 立诚|Licheng",
    gf="雨桐|Yutong 梓涵|Zihan 若曦|Ruoxi 静姝|Jingshu 思彤|Sitong 婉清|Wanqing",
    fam="萧|Xiao 詹|Zhan 甘|Gan 邝|Kuang 钭|Tou 闫|Yan",
    streets=["桂花巷12号", "东湖路88号3栋", "柳荫街7号"],
    towns=[("浙江省湖州市青石镇", "313000"), ("江苏省常州市武进区", "213100"), ("四川省绵阳市涪城区", "621000")],
    F=dict(name="姓名", addr="地址", phone="电话", email="邮箱", dob="出生日期", id="身份证号", ref="工单号"),
    req=["发给科长之前帮我检查一下，有没有漏掉什么？", "把这个工单总结成三点。", "帮我给居民写一段简短礼貌的回复。"],
    chat=["你好，我们小区的垃圾两天没人收了", "抱歉，请留一下联系方式", "谢谢"])
loc("JP", lang="ja", org="森ヶ丘市役所", dom="city.morigaoka.lg.jp",
    gm="悠真|Yuma 朔也|Sakuya 颯太|Sota 陽翔|Haruto 湊|Minato 凪|Nagi",
    gf="紬|Tsumugi 柚希|Yuzuki 凛|Rin 澄香|Sumika 結菜|Yuina 紗良|Sara",
    fam="五十嵐|Igarashi 長谷部|Hasebe 御手洗|Mitarai 早乙女|Saotome 勅使河原|Teshigawara 四方田|Yomoda",
    streets=["緑町2丁目5-8", "桜台1丁目12-3", "本郷4丁目7-21"],
    towns=[("埼玉県森ヶ丘市", "〒350-1104"), ("長野県松川村", "〒399-8501"), ("岐阜県瑞浪市", "〒509-6121")],
    F=dict(name="氏名", addr="住所", phone="電話", email="メール", dob="生年月日", id="マイナンバー", ref="受付番号"),
    req=["課長に送る前に確認してもらえますか？漏れはありますか？", "この案件を三行で要約してください。", "住民の方への短く丁寧な返信を書いてください。"],
    chat=["すみません、粗大ごみの予約をしたいです", "承知しました。お名前とご連絡先をお願いします", "ありがとうございます"])
loc("KR", lang="ko", org="푸른솔구청", dom="pureunsol.go.kr",
    gm="찬혁|Chanhyuk 도윤|Doyun 시우|Siwoo 준서|Junseo 건우|Geonwoo 태윤|Taeyun",
    gf="서연|Seoyeon 하은|Haeun 지아|Jia 채원|Chaewon 수빈|Subin 윤서|Yunseo",
    fam="돈|Donn 승|Seung 환|Hwan 간|Kahn 즙|Jeup 담|Dahm",
    streets=["솔빛로 27", "은행나무길 14-3", "새터로 102"],
    towns=[("경기도 푸른솔시", "16412"), ("충청북도 제천시", "27150"), ("전라남도 순천시", "57922")],
    F=dict(name="성명", addr="주소", phone="연락처", email="이메일", dob="생년월일", id="주민등록번호", ref="민원번호"),
    req=["팀장님께 보내기 전에 확인해 줄래? 빠진 거 있어?", "이 민원을 세 줄로 요약해 줘.", "주민에게 짧고 정중한 답변을 써 줘."],
    chat=["안녕하세요, 음식물 쓰레기가 안 치워졌어요", "죄송합니다. 성함과 연락처 부탁드려요", "감사합니다"])
loc("VN", lang="vi", org="UBND phường Tân Hòa Đông", dom="tanhoadong.gov.vn",
    gm="Thịnh|Thinh Toàn|Toan Nghĩa|Nghia Phong|Phong Tuấn|Tuan Hiển|Hien",
    gf="Huyền|Huyen Lụa|Lua Nhàn|Nhan Trâm|Tram Bích|Bich Diệp|Diep",
    fam="Quách|Quach Lương|Luong Phí|Phi Kiều|Kieu Vương|Vuong Lều|Leu",
    streets=["Số 18 ngõ 42 phố Hoa Sữa", "Số 7 đường Bờ Sông", "Số 55 hẻm 12 đường Gò Dầu"],
    towns=[("phường Tân Hòa Đông, quận 6, TP. Hồ Chí Minh", ""), ("phường Nghĩa Đô, quận Cầu Giấy, Hà Nội", ""), ("phường Hòa Cường, Đà Nẵng", "")],
    F=dict(name="Họ tên", addr="Địa chỉ", phone="Điện thoại", email="Email", dob="Ngày sinh", id="Số CCCD", ref="Mã hồ sơ"),
    req=["Kiểm tra giúp mình trước khi gửi trưởng phòng nhé, có thiếu gì không?", "Tóm tắt hồ sơ này thành ba ý.", "Soạn giúp mình một câu trả lời ngắn, lịch sự cho người dân."],
    chat=["Chào anh chị, rác ở hẻm chưa được thu", "Xin lỗi anh, cho em xin thông tin liên hệ", "Cảm ơn"])
loc("BR", lang="pt", org="Prefeitura Municipal de Águas do Ipê", dom="aguasdoipe.sp.gov.br",
    gm="Ubiratan Wanderley Edivaldo Arlindo Josué Aristides", gf="Lucineide Marinalva Rosimeire Edilene Gislaine Iracema",
    fam="Goulart Saldanha Furtado Meirelles Cavalcanti Junqueira Esteves Rezende",
    streets=["Rua das Seriemas", "Travessa do Cambuí", "Rua Pedra Lisa", "Avenida dos Jequitibás"],
    towns=[("Águas do Ipê", "SP", "13690-000"), ("Cataguases", "MG", "36770-000"), ("Arapiraca", "AL", "57300-000")],
    F=dict(name="Nome", addr="Endereço", phone="Telefone", email="E-mail", dob="Data de nascimento", id="CPF", ref="Protocolo"),
    req=["Pode revisar antes de eu mandar para o coordenador?", "Resuma o protocolo em três tópicos.", "Escreva uma resposta curta e educada para o munícipe."],
    chat=["Oi, o caminhão do lixo não passou na minha rua", "Desculpe! Pode me passar seus dados?", "Obrigada"])
loc("SE", lang="sv", org="Älvdala kommun", dom="alvdala.se",
    gm="Torbjörn Leif Helmer Ragvald Valdemar Göte", gf="Ingegerd Solveig Märta Ylva Gunvor Sigrid",
    fam="Bergqvist Lindholm Fagerström Sjöberg Hellgren Åkerlund Nordqvist Wästberg",
    streets=["Tallstigen", "Kvarnbacken", "Ekbergsvägen", "Smedjegatan"],
    towns=[("Älvdala", "796 30"), ("Torsby", "685 30"), ("Vimmerby", "598 37")],
    F=dict(name="Namn", addr="Adress", phone="Telefon", email="E-post", dob="Födelsedatum", id="Personnummer", ref="Ärendenummer"),
    req=["Kan du kolla detta innan jag skickar det till enhetschefen?", "Sammanfatta ärendet i tre punkter.", "Skriv ett kort, vänligt svar till kommuninvånaren."],
    chat=["Hej, soptunnan blev inte tömd", "Förlåt! Kan jag få dina uppgifter?", "Tack"])


LATIN = {"GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "BR", "SE"}
FAMILY_FIRST = {"CN", "JP", "KR", "VN"}
FEMFORM = {"PL", "RU", "GR"}


def parse_names(l):
    def words(s, latin):
        if latin:
            return [(w, w) for w in s.split()]
        res = []
        for w in s.split():
            n, r = w.split("|")
            res.append((n, r))
        return res
    lat = l["cc"] in LATIN
    l["GM"] = words(l["gm"], lat)
    l["GF"] = words(l["gf"], lat)
    if l["cc"] == "NL":
        l["FAM"] = [(f, f) for f in l["fam"].split("|")]
    elif l["cc"] == "PL":
        l["FAM"] = [(f, f) for f in l["fam"].split("|")]
    else:
        l["FAM"] = words(l["fam"], lat)


for _l in LOC.values():
    parse_names(_l)

def romanize(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, R, l, female=None, used=None):
        used = used if used is not None else set()
        self.female = R.random() < 0.5 if female is None else female
        for _ in range(200):
            g = R.choice(l["GF"] if self.female else l["GM"])
            f = R.choice(l["FAM"])
            if g[0] not in used and f[0] not in used:
                break
        used.add(g[0])
        used.add(f[0])
        fam_n, fam_r = f
        if "/" in fam_n:
            fam_n = fam_n.split("/")[1 if self.female else 0]
            if l["cc"] == "RU" and self.female:
                fam_r = fam_r + "a"
        if "/" in fam_r:
            fam_r = fam_r.split("/")[0]
        self.given, self.family, self.rg, self.rf = g[0], fam_n, g[1], fam_r
        cc = l["cc"]
        if cc in ("CN", "KR"):
            self.full = fam_n + g[0]
        elif cc == "JP":
            self.full = fam_n + " " + g[0]
        elif cc == "VN":
            self.full = fam_n + " " + R.choice(["Thị", "Ngọc"] if self.female else ["Văn", "Minh"]) + " " + g[0]
        else:
            self.full = g[0] + " " + fam_n
        self.y = R.randint(1941, 2006)
        self.m = R.randint(1, 12)
        self.d = R.randint(1, 28)

    def email(self, R, dom=None):
        a, b = romanize(self.rg), romanize(self.rf)
        dom = dom or R.choice(["gmail.com", "outlook.com", "yahoo.com", "gmx.net", "proton.me", "icloud.com", "hotmail.com"])
        lp = R.choice(["%s.%s" % (a, b), "%s%s" % (a[0], b), "%s_%s%d" % (a, b, R.randint(1, 99)), "%s%d" % (b, self.y % 100), "%s.%s" % (b, a)])
        return lp + "@" + dom


def addr(R, l, street=None):
    cc = l["cc"]
    st = street or R.choice(l["streets"])
    t = R.choice(l["towns"])
    n = R.randint(1, 120)
    if cc == "GB":
        return "%s%d %s, %s %s" % (R.choice(["", "Flat %d, " % R.randint(1, 9)]), n, st, t[0], t[1])
    if cc == "US":
        return "%d %s%s, %s %s" % (R.randint(100, 9899), st, R.choice(["", ", Apt %d" % R.randint(1, 30)]), t[0], t[1])
    if cc in ("DE", "SE"):
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "NL":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis"]), st, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], t[0])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "PL":
        return "%s %d/%d, %s %s" % (st, n, R.randint(1, 40), t[1], t[0])
    if cc == "RU":
        return "%s, %s, д. %d, кв. %d, %s" % (t[1], t[0], n, R.randint(1, 120), st) if False else "%s, %s, %s, д. %d, кв. %d" % (t[1], t[0], st, n, R.randint(1, 120))
    if cc == "GR":
        return "%s %d, %s %s" % (st, n, t[1][:3] + " " + t[1][3:], t[0])
    if cc == "TR":
        return "%s No:%d D:%d, %s %s/%s" % (st, n, R.randint(1, 12), t[2], t[0], t[1])
    if cc == "IL":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    if cc == "EG":
        return "%d %s، %s %s" % (n, st, t[0], t[1])
    if cc == "IN":
        return "%s, %s, %s - %s" % (st, t[0], t[1], t[2])
    if cc == "TH":
        return "%d/%d %s %s %s" % (n, R.randint(1, 99), st, t[0], t[1])
    if cc == "CN":
        return "%s%s" % (t[0], st)
    if cc == "JP":
        return "%s %s%s" % (t[1], t[0], st)
    if cc == "KR":
        return "%s %s" % (t[0], st)
    if cc == "VN":
        return "%s, %s" % (st, t[0])
    if cc == "BR":
        return "%s, %d, %s - %s, CEP %s" % (st, n, t[0], t[1], t[2])
    raise KeyError(cc)


def phone(R, l, intl=None):
    """(text, region, plan) for the person's mobile."""
    cc = l["cc"]
    intl = R.random() < 0.3 if intl is None else intl
    if cc in PLANS and cc not in ("US",):
        code, trunk, kinds = PLANS[cc]
        kind = "mobile" if "mobile" in kinds else sorted(kinds)[0]
        nsn = kinds[kind](R)
    if cc == "GB":
        return ("+44 %s %s" % (nsn[:4], nsn[4:]) if intl else "0%s %s" % (nsn[:4], nsn[4:]))
    if cc == "US":
        n = PLANS["US"][2]["fixed_or_mobile"](R)
        return ("+1 %s-%s-%s" if intl else "(%s) %s-%s") % (n[:3], n[3:6], n[6:])
    if cc == "DE":
        return "+49 %s %s" % (nsn[:3], nsn[3:]) if intl else "0%s %s" % (nsn[:3], nsn[3:])
    if cc == "FR":
        p = [nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)]
        return "+33 " + " ".join(p) if intl else "0" + " ".join(p)
    if cc == "ES":
        return "+34 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]) if intl else "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "IT":
        return "+39 %s %s" % (nsn[:3], nsn[3:]) if intl else "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "NL":
        return "+31 6 %s" % nsn[1:] if intl else "06-%s" % nsn[1:]
    if cc == "PL":
        return "%s%s %s %s" % ("+48 " if intl else "", nsn[:3], nsn[3:6], nsn[6:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]) if intl else "8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if cc == "BR":
        return "+55 %s %s-%s" % (nsn[:2], nsn[2:7], nsn[7:]) if intl else "(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])
    if cc == "SE":
        return "+46 %s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]) if intl else "0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    if cc == "IN":
        return "+91 %s %s" % (nsn[:5], nsn[5:]) if intl else "%s %s" % (nsn[:5], nsn[5:])
    if cc == "CN":
        return "+86 %s %s %s" % (nsn[:3], nsn[3:7], nsn[7:]) if intl else "%s %s %s" % (nsn[:3], nsn[3:7], nsn[7:])
    if cc == "JP":
        return "+81 %s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if intl else "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "GR":
        n = R.choice(["694", "697", "698", "699", "693"]) + D(R, 7)
        return "+30 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "TR":
        n = R.choice(["532", "533", "535", "542", "505", "555", "544"]) + R.choice("23456789") + D(R, 6)
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if cc == "IL":
        n = R.choice(["50", "52", "53", "54"]) + R.choice("23456789") + D(R, 6)
        return "+972 %s-%s" % (n[:2], n[2:]) if intl else "0%s-%s" % (n[:2], n[2:])
    if cc == "EG":
        n = R.choice(["10", "11", "12", "15"]) + R.choice("0123456789") + D(R, 7)
        return "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "TH":
        n = R.choice(["81", "86", "89", "91", "95", "62"]) + D(R, 7)
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "KR":
        n = "10" + R.choice("2346789") + D(R, 7)
        return "+82 10-%s-%s" % (n[2:6], n[6:]) if intl else "010-%s-%s" % (n[2:6], n[6:])
    if cc == "VN":
        n = R.choice(["90", "91", "93", "94", "96", "97", "98", "86", "38", "35"]) + D(R, 7)
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    raise KeyError(cc)


def P(R, l, sub="mobile", intl=None):
    return L("phone", phone(R, l, intl), sub=sub, region=l["cc"])


def dob_text(R, l, p):
    cc, y, m, d = l["cc"], p.y, p.m, p.d
    lang = l["lang"]
    if cc == "US":
        return "%02d/%02d/%d" % (m, d, y)
    if cc == "GB":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y)])
    if lang in MONTHS and R.random() < 0.35:
        return "%d %s %d" % (d, MONTHS[lang][m - 1], y) if lang != "de" else "%d. %s %d" % (d, MONTHS[lang][m - 1], y)
    if cc in ("DE", "PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d, m, y)
    if cc == "NL":
        return "%02d-%02d-%d" % (d, m, y)
    if cc in ("SE", "CN") and R.random() < 0.5 or cc == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    if cc == "CN":
        return "%d年%d月%d日" % (y, m, d)
    if cc == "JP":
        return "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%d. %d. %d." % (y, m, d)
    if cc == "TH":
        return "%d/%d/%d" % (d, m, y + 543)
    if cc == "IN":
        return "%02d-%02d-%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


BELFIORE = ["H501", "F205", "L219", "G273", "A662", "D969"]


def gov_id(R, l, p):
    """(value, sub) of the person's national id."""
    cc = l["cc"]
    if cc == "GB":
        a, b, c = nino_random(R)
        return R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c]), "nino"
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=p.y % 100, mm=p.m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if cc == "ES":
        if R.random() < 0.75:
            n, c = dni_random(R)
            return n + c, "dni"
        pfx, n, c = nie_random(R)
        return pfx + n + c, "nie"
    if cc == "IT":
        return cf_make(p.family, p.given, p.y % 100, p.m, p.d, p.female, R.choice(BELFIORE)), "codice_fiscale"
    if cc == "NL":
        return bsn_random(R), "bsn"
    if cc == "PL":
        return pesel_make(R, p.y, p.m, p.d, p.female), "pesel"
    if cc == "RU":
        return snils_make(R), "snils"
    if cc == "GR":
        return amka_make(R, p.y, p.m, p.d), "amka"
    if cc == "TR":
        return tckn_make(R), "tc_kimlik"
    if cc == "IL":
        return il_tz_make(R), "teudat_zehut"
    if cc == "EG":
        return "%d%02d%02d%02d%s%s%d" % (2 if p.y < 2000 else 3, p.y % 100, p.m, p.d, R.choice(["01", "02", "13", "14", "16"]), D(R, 3), R.choice([1, 3, 5, 7, 9]) if not p.female else R.choice([2, 4, 6, 8])) + D(R, 1), "eg_national_id"
    if cc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "aadhaar"
    if cc == "TH":
        t = th_id_make(R)
        return "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), "th_id"
    if cc == "CN":
        return cn_id_make(R, p.y, p.m, p.d, p.female), "cn_resident_id"
    if cc == "JP":
        m = mynum_make(R)
        return "%s %s %s" % (m[:4], m[4:8], m[8:]), "my_number"
    if cc == "KR":
        r = rrn_make(R, p.y, p.m, p.d, p.female)
        return r[:6] + "-" + r[6:], "rrn"
    if cc == "VN":
        return R.choice(["001", "079", "048", "031"]) + str((0 if p.y < 2000 else 2) + (1 if p.female else 0)) + "%02d" % (p.y % 100) + D(R, 6), "cccd"
    if cc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "cpf"
    if cc == "SE":
        return pnr_se_make(R, p.y, p.m, p.d, p.female), "personnummer"
    raise KeyError(cc)


IBAN_CC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "GR": "GR", "TR": "TR", "BR": "BR", "SE": "SE"}


# ====================================================================== look-alikes
CURRENT = {"cc": "GB"}
CUR = {"GB": "£%d.%02d", "US": "$%d.%02d", "DE": "%d,%02d €", "FR": "%d,%02d €", "ES": "%d,%02d €", "IT": "€ %d,%02d", "NL": "€ %d,%02d",
       "PL": "%d,%02d zł", "RU": "%d,%02d ₽", "GR": "%d,%02d €", "TR": "%d,%02d TL", "IL": "₪%d.%02d", "EG": "%d.%02d ج.م", "IN": "₹%d.%02d",
       "TH": "%d.%02d บาท", "CN": "¥%d.%02d", "JP": "¥%d,%02d0", "KR": "%d,%02d0원", "VN": "%d.%02d0 đ", "BR": "R$ %d,%02d", "SE": "%d,%02d kr"}
EPONYM = {"GB": "Victoria Park depot", "US": "Lincoln Memorial Library", "DE": "Goethe-Bürgerhaus", "FR": "salle Jean-Moulin",
          "ES": "Biblioteca Miguel de Cervantes", "IT": "Sala Garibaldi", "NL": "Erasmushuis", "PL": "Biblioteka im. Marii Konopnickiej",
          "RU": "ДК имени Горького", "GR": "Πνευματικό Κέντρο «Νίκος Καζαντζάκης»", "TR": "Atatürk Kültür Merkezi",
          "IL": "היכל התרבות ע\"ש רבין", "EG": "مكتبة طه حسين", "IN": "गांधी भवन", "TH": "หอสมุดรัชกาลที่ 5",
          "CN": "鲁迅图书馆", "JP": "野口英世記念ホール", "KR": "세종문화회관", "VN": "Nhà văn hóa Lê Lợi", "BR": "Biblioteca Monteiro Lobato",
          "SE": "Selma Lagerlöf-biblioteket"}
HOTLINE = {"GB": "0300 123 4471", "US": "311", "DE": "115", "FR": "3939", "ES": "010", "IT": "800 129 470", "NL": "14 0546",
           "PL": "19115", "RU": "122", "GR": "1502", "TR": "153", "IL": "106", "EG": "114", "IN": "1533", "TH": "1111",
           "CN": "12345", "JP": "#7119", "KR": "120", "VN": "1022", "BR": "156", "SE": "0771-44 55 00"}
NAW = ["Will the round be back to normal after the bank holiday?", "Please mark the case as closed once the crew confirm.",
       "The annual bill run for council tax goes out on Friday.", "We only sue for arrears after the final reminder stage.",
       "PAT testing of the library PCs is due in March.", "Disabled Facilities Grant budget is at 72 %.",
       "The rose beds in the park are on the amber list.", "Iris recognition is not used at the counter, only photo ID."]


def ref(R, kind):
    if kind == "acct":
        return N(R.choice(["CT", "NDR", "HB"]) + D(R, 8), "account_number")
    if kind == "case":
        return N(R.choice(["CAS-", "SR-", "ENQ-"]) + D(R, 6), "case_number")
    if kind == "pcn":
        return N(R.choice(["HV", "PX", "KW"]) + D(R, 8) + R.choice("ABC"), "pcn_number")
    if kind == "plan":
        return N("%02d/%05d/%s" % (R.randint(20, 26), R.randint(100, 3999), R.choice(["FUL", "HOUS", "LBC", "ADV"])), "planning_ref")
    if kind == "uprn":
        return N("10%s" % D(R, 9), "uprn")
    if kind == "ward":
        return N(R.choice(["HV", "NE", "SW", "KC"]) + R.choice(["1", "2", "3"]) + R.choice("ABCD"), "polling_district")
    if kind == "round":
        return N("R%d-%s" % (R.randint(1, 24), R.choice(["MON", "TUE", "WED", "THU", "FRI"])), "bin_round")
    if kind == "bay":
        return N("bay %d" % R.randint(1, 240), "bay_number")
    if kind == "plate":
        return N(R.choice(["%s%d %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWY") for _ in range(2)), R.randint(10, 75), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))),
                           "KW-%s %d" % (R.choice("ABCDEF") + R.choice("ABCDEF"), R.randint(100, 9999))]), "plate")
    if kind == "fee":
        return N(CUR[CURRENT["cc"]] % (R.randint(12, 1999), R.randint(0, 99)), "amount")
    if kind == "date":
        return N("%02d/%02d/2026 %02d:%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice(["00", "15", "30", "45"])), "appointment_time")
    if kind == "ticket":
        return N("INC%s" % D(R, 7), "ticket_number")
    if kind == "lic":
        return N("LIC/%s/%d" % (R.choice(["TX", "HMO", "PREM", "STR"]), R.randint(1000, 99999)), "licence_number")
    if kind == "elector":
        return N("%s-%d" % (R.choice(["KA", "KB", "NE", "TW"]), R.randint(1, 2400)), "elector_number")
    if kind == "lib":
        while True:
            b = "2" + D(R, 13)
            if not luhn_ok(b):
                return N(b, "library_barcode")
    raise KeyError(kind)


def officer(R, l, used, role):
    o = Person(R, l, used=used)
    if R.random() < 0.55:
        mail = L("email", romanize(o.rg)[0] + "." + romanize(o.rf) + "@" + l["dom"], sub="work")
    else:
        mail = N(role + "@" + l["dom"], "role_mailbox")
    return o, mail


def sig(R, l, o, mail):
    return ["\n-- \n", L("person", o.full), "\n", l["org"], "\n", mail, "\n", N(HOTLINE[l["cc"]], "contact_centre"), "\n"]


# ====================================================================== labelled templates
TPL = []


def tpl(n, name):
    def deco(f):
        TPL.append((name, n, f))
        return f
    return deco


@tpl(43, "council_tax")
def t_council_tax(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'revenues')
    F = l["F"]
    parts = [l["org"], " — council tax / local tax account\n", F["ref"], ": ", ref(R, "acct"), "   ", N("UPRN ", "uprn_label"), ref(R, "uprn"), "\n",
             F["name"], ": ", L("person", p.full), "\n", F["addr"], ": ", L("address", addr(R, l)), "\n",
             F["phone"], ": ", P(R, l), "\n", F["email"], ": ", L("email", p.email(R), sub="personal"), "\n",
             "Arrears: ", ref(R, "fee"), " (instalments 3-10 missed). Band ", R.choice("ABCDEFG"), ".\n"]
    if l["cc"] in IBAN_CC and R.random() < 0.6:
        parts += ["Direct debit from: ", L("iban", iban_val(R, IBAN_CC[l["cc"]]), sub=IBAN_CC[l["cc"]].lower()), "\n"]
    elif R.random() < 0.35:
        c, iss = card_val(R)
        parts += ["Paid by phone, card ", L("card", c, sub=iss), ", receipt ", N("RCP" + D(R, 6), "receipt_number"), "\n"]
    if R.random() < 0.4:
        gid, sub = gov_id(R, l, p)
        parts += ["Reduction claim checked against ", l["F"]["id"], " ", L("gov_id", gid, sub=sub), "\n"]
    if R.random() < 0.4:
        q = Person(R, l, used=used)
        parts += ["Joint liable: ", L("person", q.full), ", ", F["dob"], " ", L("dob", dob_text(R, l, q)), "\n"]
    parts += ["Note: reminder issued ", ref(R, "date"), ".\n"]
    return "account", parts + sig(R, l, o, om)


@tpl(43, "benefit_claim")
def t_benefit(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'revenues')
    F = l["F"]
    gid, sub = gov_id(R, l, p)
    parts = ["## Housing benefit / council tax reduction claim ", ref(R, "case"), "\n\n| field | value |\n|---|---|\n",
             "| ", F["name"], " | ", L("person", p.full), " |\n", "| ", F["dob"], " | ", L("dob", dob_text(R, l, p)), " |\n",
             "| ", F["id"], " | ", L("gov_id", gid, sub=sub), " |\n", "| ", F["addr"], " | ", L("address", addr(R, l)), " |\n",
             "| ", F["phone"], " | ", P(R, l), " |\n", "| ", F["email"], " | ", L("email", p.email(R), sub="personal"), " |\n"]
    if R.random() < 0.55:
        q = Person(R, l, female=not p.female, used=used)
        qid, qs = gov_id(R, l, q)
        parts += ["| partner | ", L("person", q.full), " |\n| partner ", F["dob"], " | ", L("dob", dob_text(R, l, q)), " |\n",
                  "| partner ", F["id"], " | ", L("gov_id", qid, sub=qs), " |\n"]
    if l["cc"] in IBAN_CC:
        parts += ["| bank | ", L("iban", iban_val(R, IBAN_CC[l["cc"]]), sub=IBAN_CC[l["cc"]].lower()), " |\n"]
    parts += ["| weekly rent | ", ref(R, "fee"), " |\n| ward | ", ref(R, "ward"), " |\n\nAssessor: ", L("person", o.full), " ", om, "\n"]
    return "form", parts


@tpl(43, "housing_repair")
def t_housing(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'housing')
    kid = Person(R, l, used=used)
    kid.y = R.randint(2010, 2022)
    parts = ["Repair request ", ref(R, "case"), " (priority ", R.choice(["P1 24h", "P2 7 days", "P3 28 days"]), ")\n",
             "Tenant: ", L("person", p.full), ", tel. ", P(R, l), "\n", "Property: ", L("address", addr(R, l)), ", ", ref(R, "uprn"), "\n",
             "Household: child ", L("person", kid.given if R.random() < 0.5 else kid.full), " (", L("dob", dob_text(R, l, kid)), "), asthma - damp and mould in back bedroom.\n",
             "Access: ", ref(R, "date"), ". Contractor: Brightmere Property Care, job ", N("BPC-" + D(R, 5), "job_number"), ".\n"]
    if R.random() < 0.5:
        parts += ["Alt. contact (daughter): ", L("person", Person(R, l, female=True, used=used).full), " ", P(R, l), "\n"]
    if R.random() < 0.7:
        gid, sub = gov_id(R, l, p)
        parts += ["Tenancy check: ", l["F"]["id"], " ", L("gov_id", gid, sub=sub), ", ", l["F"]["dob"], " ", L("dob", dob_text(R, l, p)), "\n"]
    parts += ["Email for updates: ", L("email", p.email(R), sub="personal"), "\nLogged by ", L("person", o.given), " (", om, ")\n"]
    return "case", parts


@tpl(43, "pcn_appeal")
def t_pcn(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'parking')
    parts = ["From: ", L("person", p.full), " <", L("email", p.email(R), sub="personal"), ">\nTo: ", N("parking@" + l["dom"], "role_mailbox"),
             "\nSubject: Appeal against PCN ", ref(R, "pcn"), "\n\nI am writing to appeal the penalty charge notice above.\nVehicle ", ref(R, "plate"), " was parked in ",
             ref(R, "bay"), " next to the ", N(EPONYM[l["cc"]], "eponym_building"), " with a valid permit.\n",
             "Address: ", L("address", addr(R, l)), "\nMobile: ", P(R, l), "\n"]
    if R.random() < 0.4:
        c, iss = card_val(R)
        parts += ["I already paid ", ref(R, "fee"), " with card ", L("card", c, sub=iss), " by mistake, please refund.\n"]
    parts += ["\n> Officer note (", L("person", o.full), "): CEO ", N("CEO" + D(R, 3), "officer_number"), ", photos 4, contravention code ", N(R.choice(["01", "12", "30", "40"]), "contravention_code"), ".\n"]
    return "email", parts


@tpl(43, "planning_objection")
def t_planning(R, l):
    used = set()
    p = Person(R, l, used=used)
    a = Person(R, l, used=used)
    o, om = officer(R, l, used, 'planning')
    site = addr(R, l)
    parts = ["Application ", ref(R, "plan"), " — rear extension at ", L("address", site), "\n", ["Applicant: ", L("person", a.full), "\n"] if R.random() < 0.6 else "Applicant: via agent Northgate Drawing Co.\n", "\n",
             "Objection received from ", L("person", p.full), ", ", L("address", addr(R, l)), ", ", L("email", p.email(R), sub="personal"), "\n",
             "\"The extension will overshadow our garden and the ", N(EPONYM[l["cc"]], "eponym_building"), " view.\"\n"]
    if R.random() < 0.5:
        parts += ["Phone if site visit needed: ", P(R, l), "\n"]
    parts += ["Committee: ", ref(R, "date"), " — case officer ", L("person", o.full), " ", om, "\n"]
    return "planning", parts


@tpl(43, "bin_reports")
def t_bins(R, l):
    used = set()
    rows = ["ticket,created,type,name,phone,email,address,round\n"]
    for i in range(3 if R.random() < 0.3 else 2):
        p = Person(R, l, used=used)
        rows += [ref(R, "ticket"), ",2026-%02d-%02d,%s," % (R.randint(1, 11), R.randint(1, 28), R.choice(["missed_bin", "fly_tipping", "bulky", "assisted_collection"])),
                 L("person", p.full), ",", P(R, l, intl=False), ",", L("email", p.email(R), sub="personal"), ",\"", L("address", addr(R, l)), "\",", ref(R, "round"), "\n"]
    return "csv", rows


@tpl(43, "register_office")
def t_registrar(R, l):
    used = set()
    a = Person(R, l, used=used)
    b = Person(R, l, female=not a.female, used=used)
    o, om = officer(R, l, used, 'registrars')
    if R.random() < 0.5:
        parts = ["Register office — notice of marriage, appointment ", ref(R, "date"), ", room ", N(EPONYM[l["cc"]], "eponym_building"), "\n",
                 "Party 1: ", L("person", a.full), ", born ", L("dob", dob_text(R, l, a)), ", ", L("address", addr(R, l)), "\n",
                 "Party 2: ", L("person", b.full), ", born ", L("dob", dob_text(R, l, b)), "\n",
                 "ID seen: passport ", L("gov_id", R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + D(R, 7), sub="passport"), "\n",
                 "Contact: ", P(R, l), "\nFee paid ", ref(R, "fee"), ". Registrar: ", L("person", o.full), "\n"]
    else:
        kid = Person(R, l, used=used)
        kid.y = 2026
        parts = ["Birth registration ", ref(R, "case"), ", appointment ", ref(R, "date"), "\n",
                 "Child: ", L("person", kid.full), ", born ", L("dob", dob_text(R, l, kid)), "\n",
                 "Mother: ", L("person", (a if a.female else b).full), ", DOB ", L("dob", dob_text(R, l, a if a.female else b)), "\n",
                 "Father: ", L("person", (b if a.female else a).full), "\n", "Usual address: ", L("address", addr(R, l)), "\n",
                 "Mobile: ", P(R, l), "  email ", L("email", a.email(R), sub="personal"), "\nRegistrar: ", L("person", o.given), " ", om, "\n"]
    return "notes", parts


@tpl(43, "electoral_change")
def t_electoral(R, l):
    used = set()
    p = Person(R, l, used=used)
    gid, sub = gov_id(R, l, p)
    parts = ["Electoral register — change of address\nElector no. ", ref(R, "elector"), ", polling district ", ref(R, "ward"), "\n",
             l["F"]["name"], ": ", L("person", p.full), "\n", l["F"]["dob"], ": ", L("dob", dob_text(R, l, p)), "\n",
             l["F"]["id"], ": ", L("gov_id", gid, sub=sub), "\n", "Previous address: ", L("address", addr(R, l)), "\n",
             "New address: ", L("address", addr(R, l)), "\n", l["F"]["email"], ": ", L("email", p.email(R), sub="personal"), "\n"]
    if R.random() < 0.6:
        parts += [l["F"]["phone"], ": ", P(R, l), "\n"]
    if R.random() < 0.4:
        q = Person(R, l, used=used)
        q.y = 2008 + R.randint(0, 1)
        qid, qs = gov_id(R, l, q)
        parts += ["Other occupant attaining 18: ", L("person", q.full), ", ", L("dob", dob_text(R, l, q)), ", ", L("gov_id", qid, sub=qs), "\n"]
    parts += ["Open register: opted out. Canvass ", N("ITR 2026", "form_name"), ".\n"]
    return "form", parts


@tpl(43, "licence")
def t_licence(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'licensing')
    gid, sub = gov_id(R, l, p)
    parts = ["Licence application ", ref(R, "lic"), " (", R.choice(["taxi driver", "street trading", "HMO", "premises", "animal boarding"]), ")\n",
             "Applicant: ", L("person", p.full), "\nDate of birth: ", L("dob", dob_text(R, l, p)), "\n", l["F"]["id"], ": ", L("gov_id", gid, sub=sub), "\n",
             "Home: ", L("address", addr(R, l)), "\nTel: ", P(R, l), "\nEmail: ", L("email", p.email(R), sub="personal"), "\n",
             "Background check: certificate ", N("00" + D(R, 10), "certificate_number"), " clear. Fee ", ref(R, "fee"), ".\n"]
    if R.random() < 0.5:
        rf = Person(R, l, used=used)
        parts += ["Referee: ", L("person", rf.full), ", ", P(R, l), "\n"]
    parts += ["Licensing officer: ", L("person", o.full), " ", om, "\n"]
    return "form", parts


@tpl(43, "noise_case")
def t_noise(R, l):
    used = set()
    c = Person(R, l, used=used)
    s = Person(R, l, used=used)
    o, om = officer(R, l, used, 'ehs')
    parts = ["Noise case ", ref(R, "case"), " — diary sheets returned\n", "Complainant: ", L("person", c.full), ", ", L("address", addr(R, l)), ", ", P(R, l), "\n",
             "Alleged source: ", L("person", s.full), ", ", L("address", addr(R, l)), "\n",
             "Logged: amplified music 23:10-02:40 on ", ref(R, "date"), "; ", N(R.choice(NAW), "name_as_word"), "\n",
             "Visit by ", L("person", o.given), ", warning letter next.\n"]
    if R.random() < 0.5:
        parts += ["Complainant prefers email: ", L("email", c.email(R), sub="personal"), "\n"]
    return "case", parts


@tpl(43, "library")
def t_library(R, l):
    used = set()
    rows = ["{\"members\": [\n"]
    n = R.randint(2, 3)
    for i in range(n):
        p = Person(R, l, used=used)
        if i == n - 1 and R.random() < 0.6:
            p.y = R.randint(2012, 2019)
        rows += ["  {\"barcode\": \"", ref(R, "lib"), "\", \"name\": \"", L("person", p.full), "\", \"dob\": \"", L("dob", "%d-%02d-%02d" % (p.y, p.m, p.d)),
                 "\", \"email\": \"", L("email", p.email(R), sub="personal"), "\", \"phone\": \"", P(R, l), "\", \"branch\": \"", N(EPONYM[l["cc"]], "eponym_building"),
                 "\"}", "," if i < n - 1 else "", "\n"]
    rows += ["]}\n"]
    return "json", rows


@tpl(43, "it_config")
def t_config(R, l):
    used = set()
    o = Person(R, l, used=used)
    ip, v = pub_ip(R)
    parts = ["# ", l["org"], " — resident portal (", N("portal-" + R.choice(["prod", "uat"]) + "-02", "host_name"), ")\n",
             "# owner: ", L("person", o.full), " <", L("email", romanize(o.rg) + "." + romanize(o.rf) + "@" + l["dom"], sub="work"), ">\n",
             "GOVPAY_API_KEY=", L("secret", "api_live_" + secret_random(R, "hex32"), sub="api_key"), "\n",
             "NOTIFY_SENDGRID_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"), "\n",
             "DB_URL=postgres://crm_app:", L("secret", secret_random(R, "password"), sub="password"), "@", N(lan_ip(R), "private_ip"), ":5432/crm\n",
             "SMTP_RELAY=", N(doc_ip(R), "documentation_ip"), "\n",
             "ADMIN_ALLOW=", N(lan_ip(R), "private_ip"), ",", L("ip", ip, sub=v + "_allowlist"), "  # ", L("person", o.given), " home\n",
             "PAYMENTS_SANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card"), "\n"]
    if R.random() < 0.5:
        parts += ["GITHUB_DEPLOY_TOKEN=", L("secret", secret_random(R, "github_pat"), sub="github_pat"), "\n"]
    if R.random() < 0.5:
        ip2, v2 = pub_ip(R)
        parts += ["# ", ref(R, "ticket"), ": lockout for resident ", L("email", Person(R, l, used=used).email(R), sub="personal"), " from ", L("ip", ip2, sub=v2 + "_login"), "\n"]
    return "config", parts


@tpl(43, "resident_chat")
def t_chat(R, l):
    used = set()
    p = Person(R, l, used=used)
    o = Person(R, l, used=used)
    c = l["chat"]
    parts = ["[09:%02d] " % R.randint(0, 20), L("person", p.given), ": ", c[0], "\n[09:%02d] " % R.randint(21, 40), L("person", o.given), ": ", c[1], "\n",
             "[09:%02d] " % R.randint(41, 50), L("person", p.given), ": ", L("person", p.full), ", ", L("address", addr(R, l)), ", ", P(R, l), "\n"]
    if R.random() < 0.6:
        parts += ["[09:51] ", L("person", p.given), ": ", L("email", p.email(R), sub="personal"), "\n"]
    if R.random() < 0.3:
        parts += ["[09:52] ", L("person", p.given), ": ", l["F"]["dob"], " ", L("dob", dob_text(R, l, p)), "\n"]
    if R.random() < 0.3:
        gid, sub = gov_id(R, l, p)
        parts += ["[09:53] ", L("person", p.given), ": ", l["F"]["id"], " ", L("gov_id", gid, sub=sub), "\n"]
    parts += ["[09:55] ", L("person", o.given), ": ", ref(R, "case"), " / ", ref(R, "round"), "\n[09:56] ", L("person", p.given), ": ", c[2], "\n"]
    return "chat_export", parts


@tpl(41, "business_rates")
def t_rates(R, l):
    used = set()
    p = Person(R, l, used=used)
    o, om = officer(R, l, used, 'revenues')
    parts = ["Business rates account ", ref(R, "acct"), "\nRatepayer: ", R.choice(["Quillbrook Bakery Ltd", "Ferncastle Motors", "The Tinder Box Café", "Larkspur Print Studio"]),
             ", director ", L("person", p.full), "\nHome address of director: ", L("address", addr(R, l)), "\n",
             "Contact: ", P(R, l), " / ", L("email", p.email(R), sub="personal"), "\nRateable value ", ref(R, "fee"), ", small business relief applied.\n"]
    if l["cc"] in IBAN_CC and R.random() < 0.5:
        parts += ["Refund of overpayment to ", L("iban", iban_val(R, IBAN_CC[l["cc"]]), sub=IBAN_CC[l["cc"]].lower()), "\n"]
    else:
        c, iss = card_val(R)
        parts += ["Card on the payment log: ", L("card", c, sub=iss), " (", N("exp %02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), ")\n"]
    if R.random() < 0.45:
        gid, sub = gov_id(R, l, p)
        parts += ["Director ID (fraud check): ", L("gov_id", gid, sub=sub), "\n"]
    parts += ["Officer: ", L("person", o.full), " ", om, "\n"]
    return "account", parts


# ====================================================================== clean templates
CLEAN = []


def ctpl(name):
    def deco(f):
        CLEAN.append((name, 40, f))
        return f
    return deco


@ctpl("round_briefing")
def c_round(R, l):
    parts = ["Waste & street scene briefing — ", l["org"], "\n"]
    for _ in range(3):
        parts += ["- ", ref(R, "round"), ": ", R.choice(["crew short by one", "vehicle in workshop", "garden waste suspended", "assisted collections first"]), "\n"]
    parts += ["- Depot move to ", N(EPONYM[l["cc"]], "eponym_building"), " on ", ref(R, "date"), "\n- ", N(R.choice(NAW), "name_as_word"), "\n- ", N(R.choice(NAW), "name_as_word"),
              "\nQueries: ", N(R.choice(["waste", "streetscene"]) + "@" + l["dom"], "role_mailbox"), " or ", N(HOTLINE[l["cc"]], "contact_centre"), "\n"]
    return "notes", parts


@ctpl("kpi_report")
def c_kpi(R, l):
    parts = ["Monthly service report, ", l["org"], "\n"]
    for k in ["Council tax collection", "Benefit claims processed (avg days)", "PCN appeals upheld", "Planning decisions in time", "Missed bins per 100k"]:
        parts += ["%s: %s\n" % (k, R.choice(["%d.%d %%" % (R.randint(40, 99), R.randint(0, 9)), str(R.randint(3, 900))]))]
    parts += ["Top case: ", ref(R, "case"), ", ", ref(R, "plan"), ", ", ref(R, "pcn"), "\nWard ", ref(R, "ward"), " and ", ref(R, "ward"), " over target.\n",
              N(R.choice(NAW), "name_as_word"), "\n"]
    return "report", parts


@ctpl("sandbox_notes")
def c_sandbox(R, l):
    parts = ["Portal UAT notes (", l["org"], ")\nTest card ", N(R.choice(TEST_CARDS), "test_card"), " CVC ", N(str(R.randint(100, 999)), "cvc"),
             ", masked ", N("**** **** **** " + D(R, 4), "masked_card"), "\nTest resident: ", N("jane.resident@example.com", "example_email"),
             ", phone ", N("+00 000 000 000", "placeholder"), ", NI ", N("QQ 12 34 56 C", "placeholder"), "\nGOVPAY_API_KEY=", N("<govpay-api-key>", "placeholder"),
             "\nSENDGRID=", N("${SENDGRID_KEY}", "placeholder"), "\nHosts: ", N(lan_ip(R), "private_ip"), ", ", N(doc_ip(R), "documentation_ip"), ", ", N(doc_ip(R), "documentation_ip"),
             "\nLuhn typo check rejects ", N(bad_luhn(R), "luhn_fail"), ".\nRaise bugs as ", ref(R, "ticket"), ".\n"]
    return "notes", parts


@ctpl("committee_list")
def c_committee(R, l):
    parts = ["Planning committee, ", ref(R, "date"), ", ", N(EPONYM[l["cc"]], "eponym_building"), "\n"]
    for _ in range(3):
        parts += ["* ", ref(R, "plan"), " ", R.choice(["change of use to café", "two-storey side extension", "telecoms mast 15m", "listed building consent, windows"]),
                  " — ", R.choice(["approve", "refuse", "defer"]), " (", ref(R, "ward"), ", ", ref(R, "uprn"), ")\n"]
    parts += ["Fees received: ", ref(R, "fee"), ". ", N(R.choice(NAW), "name_as_word"), "\n"]
    return "agenda", parts


@ctpl("parking_schedule")
def c_parking(R, l):
    parts = ["zone,bay,restriction,tariff,enforced\n"]
    for _ in range(4):
        parts += [R.choice(["CPZ-A", "CPZ-K", "Town Centre", "Station Rd"]), ",", ref(R, "bay"), ",", R.choice(["Mon-Sat 8-18", "permit holders", "2h no return 1h"]),
                  ",", ref(R, "fee"), ",", R.choice(["yes", "no"]), "\n"]
    parts += ["# PCN range ", ref(R, "pcn"), " to ", ref(R, "pcn"), "; tow ", ref(R, "plate"), "\n"]
    return "csv", parts


# ====================================================================== wrapping
def wrap(R, l, parts):
    req = R.choice(l["req"])
    k = R.randint(0, 4)
    if k == 0:
        return [req, "\n\n", parts]
    if k == 1:
        return [parts, "\n", req]
    if k == 2:
        return [req, "\n\"\"\"\n", parts, "\"\"\""]
    if k == 3:
        return [parts, "\n---\n", req]
    return [req, "\n```\n", parts, "```"]


# ====================================================================== rules
ROLE_LOCAL = {"revenues", "housing", "parking", "planning", "waste", "registrars", "elections", "licensing", "ehs", "library",
              "servicedesk", "streetscene"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)")
NAME_PARTICLES = {"van", "der", "de", "Văn", "Thị", "Minh", "Ngọc"}
TEST_DIGITS = {re.sub(r"\D", "", c) for c in TEST_CARDS}


def name_words():
    lat, nat = set(), set()
    for l in LOC.values():
        for g in l["GM"] + l["GF"] + l["FAM"]:
            for v in g[0].split("/"):
                for w in v.split():
                    if w in NAME_PARTICLES:
                        continue
                    if l["cc"] in LATIN or l["cc"] == "VN":
                        lat.add(w)
                    elif len(w) >= 2:
                        nat.add(w)
    return lat, nat


NAME_LAT, NAME_NAT = name_words()
NAME_LAT_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, NAME_LAT), key=len, reverse=True)) + r")(?!\w)")


def gov_ok(v, sub):
    d = re.sub(r"[\s.\-/]", "", v)
    if sub == "nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", d) is not None
    if sub == "ssn":
        a, g, s = v.split("-")
        return int(a) not in (0, 666) and int(a) < 900 and int(g) and int(s)
    if sub == "steuer_id":
        return steuerid_ok(d)
    if sub == "nir":
        return nir_ok(d[:13], d[13:])
    if sub == "dni":
        return DNI_LETTERS[int(d[:8]) % 23] == d[8]
    if sub == "nie":
        return nie_ok(d)
    if sub == "codice_fiscale":
        return cf_check(d[:15]) == d[15]
    if sub == "bsn":
        return bsn_ok(d)
    if sub == "pesel":
        return pesel_ok(d)
    if sub == "snils":
        return snils_ok(v)
    if sub == "amka":
        return luhn_ok(d) and len(d) == 11
    if sub == "tc_kimlik":
        return tckn_ok(d)
    if sub == "teudat_zehut":
        return len(d) == 9 and il_tz_sum(d) % 10 == 0
    if sub == "eg_national_id":
        return len(d) == 14 and d[0] in "23"
    if sub == "aadhaar":
        return verhoeff_ok(d)
    if sub == "th_id":
        return th_id_ok(d)
    if sub == "cn_resident_id":
        return cn_id_ok(d)
    if sub == "my_number":
        return len(d) == 12 and mynum_check(d[:11]) == d[11]
    if sub == "rrn":
        return rrn_ok(d)
    if sub == "cccd":
        return len(d) == 12
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "personnummer":
        return luhn_ok(d)
    if sub == "passport":
        return re.fullmatch(r"[A-Z]{2}\d{7}", d) is not None
    return False


def luhn_runs(t):
    toks = list(re.finditer(r"\d+", t))
    out = []
    for i in range(len(toks)):
        s = toks[i].group()
        j = i
        while True:
            if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_DIGITS:
                out.append(s)
            if len(s) > 19 or j + 1 >= len(toks):
                break
            gap = t[toks[j].end():toks[j + 1].start()]
            if gap not in (" ", "-", ".", "\u00a0", "\u202f"):
                break
            j += 1
            s += toks[j].group()
    return out


def problems(rec, clean):
    out = []
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    if not (120 <= len(t) <= 2500):
        out.append("length")
    if clean and rec["spans"]:
        out.append("clean_with_label")
    if not clean and not rec["spans"]:
        out.append("labelled_without_label")
    m = list(t)
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id" and not gov_ok(v, sp["sub"]):
            out.append("gov_id_invalid")
        if ty == "iban" and (iban_mod97(v) != 1 or len(v.replace(" ", "")) != IBAN_LEN[v[:2]]):
            out.append("iban_invalid")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("card_invalid")
        if ty == "ip" and not ipaddress.ip_address(v).is_global:
            out.append("ip_not_global")
        if ty == "email" and "example" in v.split("@")[1]:
            out.append("email_example")
        for i in range(sp["start"], sp["end"]):
            m[i] = "\x00"
    rest = "".join(m)
    for e in EMAIL_RE.findall(rest):
        lp, dom = e.split("@", 1)
        if not (lp in ROLE_LOCAL or "example" in dom):
            out.append("email_outside")
    for ip in IP4_RE.findall(rest):
        try:
            if ipaddress.ip_address(ip).is_global:
                out.append("ip_outside")
        except ValueError:
            pass
    for ip in IP6_RE.findall(rest):
        try:
            if ipaddress.ip_address(ip).is_global:
                out.append("ip6_outside")
        except ValueError:
            pass
    if luhn_runs(rest):
        out.append("luhn_outside")
    for ib in IBAN_RE.findall(rest):
        c = ib.replace(" ", "")
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1:
            out.append("iban_outside")
    if NAME_LAT_RE.search(rest):
        out.append("name_outside:" + NAME_LAT_RE.search(rest).group())
    for w in NAME_NAT:
        if w in rest:
            out.append("name_outside:" + w)
            break
    return out


# ====================================================================== build
LOCALES = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "RU", "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN", "BR", "SE"]


def candidates(name, count, fn, ti, clean):
    out = []
    for i in range(3 * count + 6):
        R = random.Random("%d:%s:%d" % (SEED, name, i))
        l = LOC[LOCALES[(i + 5 * ti) % len(LOCALES)]]
        CURRENT["cc"] = l["cc"]
        form, parts = fn(R, l)
        rec = build("x", form, l["lang"], wrap(R, l, parts))
        rec["country"] = l["cc"]
        out.append(rec)
    return out


def generate(stats=None):
    kept, seen, allph = [], set(), []
    groups = [(n, c, f, False) for n, c, f in TPL] + [(n, c, f, True) for n, c, f in CLEAN]
    cands = []
    for ti, (name, count, fn, clean) in enumerate(groups):
        cs = candidates(name, count, fn, ti, clean)
        cands.append((name, count, clean, cs))
        for r in cs:
            for sp in r["spans"]:
                if sp["type"] == "phone":
                    allph.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    bad = pv_check(sorted(set(allph)))
    if bad is None:
        raise SystemExit("pv missing")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    drops = Counter()
    for name, count, clean, cs in cands:
        got = 0
        for r in cs:
            if got == count:
                break
            pr = problems(r, clean)
            if any((sp["value"], sp["region"], sp.get("plan", sp["region"])) in badset for sp in r["spans"] if sp["type"] == "phone"):
                pr.append("phone_invalid")
            if r["text"] in seen:
                pr.append("repeat")
            if pr:
                drops[(name, pr[0])] += 1
                continue
            seen.add(r["text"])
            kept.append(r)
            got += 1
        assert got == count, (name, got)
    if stats is not None:
        stats["drops"] = drops
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(kept)
    out = []
    for i, r in enumerate(kept):
        r.pop("country")
        rec = {"id": PREFIX + "%05d" % i}
        rec.update({k: v for k, v in r.items() if k != "id"})
        out.append(rec)
    return out


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    if "--check" in sys.argv:
        recs = generate()
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        assert cur == dump(recs), "file differs from a fresh generation"
        for r in recs:
            check_record(r)
            pr = problems(r, not r["spans"])
            assert not pr, (r["id"], pr)
        assert len(recs) == 800 and sum(1 for r in recs if not r["spans"]) == 200
        print("ok: %d records, identical and valid" % len(recs))
        return
    st = {}
    recs = generate(st)
    if "--stats" in sys.argv:
        c = Counter(sp["type"] for r in recs for sp in r["spans"])
        print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
        print(dict(c.most_common()))
        print("lang", dict(Counter(r["lang"] for r in recs).most_common()))
        print("form", dict(Counter(r["form"] for r in recs).most_common()))
        print("sub", dict(Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "card", "iban", "ip", "secret", "email")).most_common()))
        print("neg", dict(Counter(t for r in recs for t in r.get("neg", [])).most_common()))
        print("drops", dict(st["drops"]))
        lens = sorted(len(r["text"]) for r in recs)
        print("len", lens[0], lens[len(lens) // 2], lens[-1])
        return
    write_jsonl(OUT, recs)
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
