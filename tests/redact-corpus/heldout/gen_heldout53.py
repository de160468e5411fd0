#!/usr/bin/python3
"""Held-out part 53 of the redaction corpus (heldout53.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 51
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 31's decisions on utility
identifiers and direct debits, part 48's on field-engineer dispatch jobs,
access codes, debt letters and staff, part 44's on OT/SCADA logs), lines
1-100 of gen_heldout33.py and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 20:29:57 UTC on 2026-12-05 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: ENERGY, WATER AND BROADBAND FIELD OPERATIONS FROM THE STAFF SIDE.
What utility field engineers, meter readers, smart-meter and broadband
installers, outage-desk controllers, dispatchers, collections agents,
priority-services-register teams, metering analysts, contractors'
supervisors and the utility's OT/IT support paste into an AI assistant:
job sheets, meter exchanges, access and key-holder notes, PSR entries,
payment plans, change-of-tenancy forms, outage callbacks, complaints,
incident reports, engineer handovers, field-app exports, configs and
customer messages, from 21 countries in 20 languages. Hard negatives of
the theme everywhere: meter serials, MPAN/MPRN and supply-point numbers,
job and ticket numbers, asset, substation, feeder and cabinet ids,
readings, tariff codes, grid references, fault codes, firmware versions,
MAC-like device ids, slots, amounts, the utilities' own numbers and
mailboxes, substations and streets named after people, private and
documentation IPs, processors' test cards, name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
530117, shuffle seed 530118).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout53.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout53.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout53.py --stats   # counts
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
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, DNI_LETTERS, cf_make, cf_check, bsn_random,
                       bsn_ok, aadhaar_random, verhoeff_ok, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz)

SEED = 530117
SHUFFLE_SEED = 530118
OUT = os.path.join(HERE, "heldout53.jsonl")
PREFIX = "heldout-ba-"


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
def pesel(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + R.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_se(R, y, m, d):
    body = "%02d%02d%02d" % (y % 100, m, d) + digits(R, 3)
    full = luhn_complete(body)
    return full[:6] + "-" + full[6:]


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 11 and d[0] and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def tz_il(R):
    return luhn_complete(digits(R, 8))


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, y, m, d, female):
    s = R.choice(["330102", "320583", "510104", "440305", "370211"]) + "%04d%02d%02d" % (y, m, d) + digits(R, 2) + R.choice("02468" if female else "13579")
    return s + "10X98765432"[sum(int(c) * w for c, w in zip(s, CN_W)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def th_id(R):
    s = R.choice("1358") + digits(R, 11)
    return s + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(s)) % 11) % 10)


def th_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def rrn(R, y, m, d, female):
    sx = (3 if y >= 2000 else 1) + (1 if female else 0)
    s = "%02d%02d%02d" % (y % 100, m, d) + str(sx) + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return s + str((11 - sum(int(c) * k for c, k in zip(s, w)) % 11) % 10)


def rrn_ok(s):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(c) * k for c, k in zip(s[:12], w)) % 11) % 10 == int(s[12])


def snils_ck(s9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(s9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    t %= 101
    return "00" if t == 100 else "%02d" % t


def snils(R):
    s = "%09d" % R.randint(2000000, 999999999)
    return s + snils_ck(s)


def amka(R, y, m, d):
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(R, 4))


def mynumber_ck(s11):
    t = 0
    for n in range(1, 12):
        p = int(s11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber(R):
    s = nz(R, 11)
    return s + mynumber_ck(s)


def eg_id(R, y, m, d, female):
    return ("2" if y < 2000 else "3") + "%02d%02d%02d" % (y % 100, m, d) + R.choice(["01", "02", "12", "13", "21", "88"]) + digits(R, 3) + R.choice("2468" if female else "1357") + digits(R, 1)


def cccd(R, y, female):
    c = (0 if y < 2000 else 2) + (1 if female else 0)
    return R.choice(["001", "079", "048", "031", "092"]) + str(c) + "%02d" % (y % 100) + digits(R, 6)


def mpan_core(R):
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    while True:
        s = R.choice(["10", "12", "14", "16", "19", "22"]) + digits(R, 10)
        c = sum(int(a) * p for a, p in zip(s, primes)) % 11 % 10
        v = s + str(c)
        if not luhn_ok(v):
            return v


def nonluhn(R, n, first="123456789"):
    while True:
        s = R.choice(first) + digits(R, n - 1)
        if not luhn_ok(s):
            return s


def bad_iban(R, cc):
    v = iban_random(R, cc)
    ck = int(v[2:4])
    return v[:2] + "%02d" % ((ck + R.randint(1, 9)) % 97 or 11) + v[4:]


def pub_ip4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 78, 81, 85, 91, 94, 109, 151, 176, 178, 185, 188, 212, 213, 217, 80, 84])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def pub_ip6(R):
    return "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x1000, 0xffff), R.randint(0x10, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def mac(R):
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def card_fmt(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro"])
    c = card_random(R, iss)
    if iss == "maestro" and len(c) not in (16, 19):
        c = card_random(R, "visa")
        iss = "visa"
    g = split_groups(c, card_grouping(len(c)))
    return R.choice([" ", "-", " ", ""]).join(g), iss


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "4111 1111 1111 1111"]


# ====================================================================== locales
# names: "native|roman"; surnames "male/female" where the language inflects.
LOC = {}


def loc(code, **kw):
    kw["code"] = code
    LOC[code] = kw


loc("US", lang="en", cc="US", iban=None, cur="$",
    gm="Thaddeus Orrin Ransom Boone Ezekiel Jericho Merritt Quill",
    gf="Henrietta Loralee Odessa Verlie Tallulah Maybelle Zinnia Opaline",
    sn="Tillotson Culwell Drennan Fugate Hazelrigg Kittredge Mullenix Snelgrove Quarles Stonecipher",
    streets="Sassafras Ridge Rd|Pawpaw Hollow Ln|Buttonbush Ct|Switchgrass Ave|Cottonwood Bend Dr",
    towns="Chillicothe, OH 45601|Paducah, KY 42001|Sedalia, MO 65301|Kearney, NE 68845",
    org="Tri-Rivers Electric Cooperative", dom="tririverscoop.com", mail="gmail.com|yahoo.com|outlook.com",
    req=["Can you tidy this up before I send it to the crew lead?", "Summarize this for the next shift in three bullets.",
         "Turn this into a short customer callback script."])
loc("GB", lang="en", cc="GB", iban="GB", cur="£",
    gm="Aldwyn Crispian Dunstan Gervase Lowther Oswin Kenelm Ralf",
    gf="Bryony Petronella Delphine Ottoline Jessamy Saffron Tamsyn Verity",
    sn="Ackroyd Bellingham Gedge Dimmock Entwhistle Gilderdale Wickenden Mottershead Satterthwaite Pybus",
    streets="Nettlebed Lane|Cordwainer Row|Ferrier Close|Hob Moor Drive|Tanyard Walk",
    towns="Ripon HG4 2QT|Kirkby Stephen CA17 4QT|Louth LN11 0AB|Holsworthy EX22 6AA|Ludlow SY8 1AY",
    org="Pennine Vale Energy Networks", dom="penninevale-networks.co.uk", mail="btinternet.com|gmail.com|hotmail.co.uk",
    req=["Can you check this job sheet before I send it to the dispatcher? Anything missing?",
         "Summarise this for the next shift in three bullets.", "Draft a polite text to the customer about the visit.",
         "Turn this into a tidy table, one row per person.", "I need to send this to the contractor. What should I take out first?"])
loc("DE", lang="de", cc="DE", iban="DE", cur="€",
    gm="Gerwin Gerolf Volkhard Reinmar Hartwig Sieghard Gunthard Ekkehart",
    gf="Edeltraud Gerlinde Irmentraut Liesel Mechthild Hadwig Reinhild Sieglinde",
    sn="Brückmann Eisenschmidt Hollerbach Kranzberger Lindemeyer Hinterhuber Rübsamen Schwarzkopf Trautwein Zwanziger",
    streets="Am Kohlhof|Lerchenweg|Mühlgrabenstraße|Uhlandhöhe|Birkenauer Weg",
    towns="36251 Bad Hersfeld|97941 Tauberbischofsheim|29525 Uelzen|54290 Trier|87600 Kaufbeuren",
    org="Stadtwerke Erlenbruch Netz GmbH", dom="swerlenbruch-netz.de", mail="web.de|gmx.de|t-online.de",
    req=["Kannst du das prüfen, bevor ich es an die Disposition schicke?", "Fass das für die Spätschicht in drei Punkten zusammen.",
         "Formulier bitte eine kurze, freundliche Nachricht an den Kunden."])
loc("FR", lang="fr", cc="FR", iban="FR", cur="€",
    gm="Tugdual Évariste Gonzague Anthelme Lazare Norbert Séverin Théophane",
    gf="Gwenola Bénédicte Rozenn Honorine Léocadie Marcelline Philomène Solange",
    sn="Goasguen Bescond Cadiou Guéguen Le Quintrec Morvan Quéré Riou Tanguy Coatanéa",
    streets="rue des Tanneurs|impasse du Moulin Neuf|chemin des Vergnes|allée des Sorbiers|rue de la Fontaine aux Loups",
    towns="29200 Brest|22300 Lannion|56100 Lorient|35400 Saint-Malo|29600 Morlaix",
    org="Régie des Eaux du Trégor", dom="eaux-tregor.fr", mail="orange.fr|free.fr|laposte.net",
    req=["Tu peux relire cette fiche avant que je l'envoie au planificateur ?", "Résume ça pour l'équipe de nuit en trois points.",
         "Aide-moi à rédiger un SMS poli pour l'abonné."])
loc("ES", lang="es", cc="ES", iban="ES", cur="€",
    gm="Anacleto Baldomero Cirilo Eleuterio Fulgencio Isidoro Saturnino Teodulo",
    gf="Patrocinio Candelaria Escolástica Herminia Leocadia Gumersinda Rufina Tránsito",
    sn="Arrabal Berrocal Hontanilla Escribano Garrido Marchena Zamarreño Peralta Revuelta Berzosa",
    streets="Calle del Alfarero|Calle Mayor de Abajo|Avenida de los Membrillos|Calle Sierra de Gata|Calle Trinquete",
    towns="10600 Plasencia|06300 Zafra|13300 Valdepeñas|10300 Navalmoral de la Mata",
    org="Aguas del Ambroz S.A.", dom="aguasdelambroz.es", mail="gmail.com|hotmail.es|telefonica.net",
    req=["¿Puedes revisar esta orden antes de mandarla al coordinador?", "Resume esto para el turno de noche en tres puntos.",
         "Ayúdame a redactar un mensaje corto y amable al cliente."])
loc("IT", lang="it", cc="IT", iban="IT", cur="€",
    gm="Anselmo Costanzo Ermenegildo Ermete Liborio Nazzareno Oddone Diomede",
    gf="Assunta Clorinda Ermelinda Filomena Gelsomina Iolanda Nunziatina Zaira",
    sn="Abbondanza Cacciapuoti Pozzobon Scaccabarozzi Lopardo Pizzolato Scarfò Trevisan Zanardelli Vitiello",
    streets="Via dei Cordai|Via Fonte Vecchia|Vicolo del Pozzo|Via San Rocchetto|Viale dei Gelsi",
    towns="46100 Mantova (MN)|26900 Lodi (LO)|84014 Nocera Inferiore (SA)|61032 Fano (PU)",
    org="Acque Basso Mincio S.p.A.", dom="acquebassomincio.it", mail="libero.it|virgilio.it|gmail.com",
    req=["Puoi controllare questa scheda prima che la mandi al coordinatore?", "Riassumi per il turno di notte in tre punti.",
         "Aiutami a scrivere un messaggio breve e cortese al cliente."])
loc("NL", lang="nl", cc="NL", iban="NL", cur="€",
    gm="Evert Gijsbert Hidde Jelmer Rienk Sjoerd Tjalling Wybren",
    gf="Aaltje Dieuwke Geertje Hiske Jantina Marrit Sytske Wijnanda",
    sn="van Hoogdalem Wigboldus de Rooij Kleinjan Nieuwenhuijs Tjepkema van der Steeg Tiemersma Wolthuis Zeegers",
    streets="Kolkweg|Hooimijt|Turfmarkt|Sluisdijk|Molenkamp",
    towns="8531 AB Lemmer|7751 CC Dalen|4461 CD Goes|9401 EE Assen",
    org="Waterbedrijf Veenlanden", dom="veenlanden-water.nl", mail="ziggo.nl|kpnmail.nl|gmail.com",
    req=["Kun je dit nakijken voordat ik het naar de planner stuur?", "Vat dit samen voor de avonddienst in drie punten.",
         "Help me een korte, vriendelijke app aan de klant te schrijven."])
loc("PL", lang="pl", cc="PL", iban="PL", cur="zł",
    gm="Bogumił Czcibor Sędziwoj Lechosław Radogost Sobiesław Wszebor Zdzisław",
    gf="Bogumiła Dobrosława Jarosława Mścisława Radosława Wiesława Zdzisława Świętosława",
    sn="Chrząszcz/Chrząszcz Gąsiorek/Gąsiorek Kołodziej/Kołodziej Pstrągowski/Pstrągowska Szczygieł/Szczygieł Trzaskowski/Trzaskowska Wypych/Wypych Żmuda/Żmuda",
    streets="Bednarska|Kasztanowa Górka|Przy Młynówce|Rybaki|Łąkowa Dolna",
    towns="33-300 Nowy Sącz|38-400 Krosno|22-400 Zamość|87-800 Włocławek",
    org="Wodociągi Doliny Dunajca Sp. z o.o.", dom="wodociagi-dunajec.pl", mail="wp.pl|onet.pl|o2.pl",
    req=["Możesz to sprawdzić, zanim wyślę do dyspozytora?", "Streść to dla zmiany nocnej w trzech punktach.",
         "Pomóż mi napisać krótką, uprzejmą wiadomość do klienta."])
loc("RU", lang="ru", cc="RU", iban=None, cur="₽",
    gm="Всеволод|Vsevolod Ермолай|Yermolai Радим|Radim Святополк|Svyatopolk Лукьян|Lukyan Прохор|Prokhor Ратмир|Ratmir Добрыня|Dobrynya",
    gf="Ефросинья|Yefrosinya Пелагея|Pelageya Агафья|Agafya Василиса|Vasilisa Забава|Zabava Мелания|Melaniya Евдокия|Yevdokiya Ульяна|Ulyana",
    sn="Ремизов/Ремизова|Remizov Чеботарёв/Чеботарёва|Chebotaryov Толмачёв/Толмачёва|Tolmachyov Пряхин/Пряхина|Pryakhin Сорокоумов/Сорокоумова|Sorokoumov Кувшинов/Кувшинова|Kuvshinov Лыткин/Лыткина|Lytkin Берендеев/Берендеева|Berendeyev",
    streets="Кирпичная|Заводская слобода|Береговая|Рябиновая|Озёрный проезд",
    towns="Кострома, 156005|Вологда, 160009|Рыбинск, 152903|Череповец, 162600",
    org="АО «Северная сетевая компания»", dom="sevset.ru", mail="mail.ru|yandex.ru|rambler.ru",
    req=["Проверь, пожалуйста, наряд перед отправкой диспетчеру.", "Сделай краткое резюме для ночной смены в трёх пунктах.",
         "Помоги написать короткое вежливое сообщение абоненту."])
loc("GR", lang="el", cc="GR", iban="GR", cur="€",
    gm="Ευάγγελος|Evangelos Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Παντελής|Pantelis Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis",
    gf="Αικατερίνη|Aikaterini Πηνελόπη|Pinelopi Ευανθία|Evanthia Χρυσούλα|Chrysoula Καλλιόπη|Kalliopi Σταυρούλα|Stavroula",
    sn="Μπακογιάννης/Μπακογιάννη|Bakogiannis Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos Κουτσογιάννης/Κουτσογιάννη|Koutsogiannis Λαμπρινός/Λαμπρινού|Lamprinos Τσιρίγος/Τσιρίγου|Tsirigos Φωτεινός/Φωτεινού|Foteinos",
    streets="Οδός Ροδιάς|Οδός Κυπαρισσίων|Οδός Αμπελοκήπων|Οδός Πλατάνων",
    towns="Λάρισα 41222|Βόλος 38221|Τρίκαλα 42100|Καρδίτσα 43100",
    org="ΔΕΥΑ Θεσσαλικού Κάμπου", dom="deya-kampou.gr", mail="gmail.com|otenet.gr|yahoo.gr",
    req=["Μπορείς να το ελέγξεις πριν το στείλω στον συντονιστή;", "Κάνε μια σύντομη περίληψη για τη βραδινή βάρδια σε τρία σημεία.",
         "Βοήθησέ με να γράψω ένα σύντομο ευγενικό μήνυμα στον πελάτη."])
loc("TR", lang="tr", cc="TR", iban="TR", cur="₺",
    gm="Alpaslan Bayram Cengizhan Durmuş Gazanfer Hüsamettin Oğuzhan Yavuz",
    gf="Cemile Dürdane Gülizar Hatice Müzeyyen Nurhayat Saadet Şükran",
    sn="Ağaoğlu Bozkurtlu Çakırbeyli Dereli Karabulut Kocabıyık Sarıkaya Tokatlı Yazıcıoğlu Zeybekçi",
    streets="Lale Sokak|Çınaraltı Caddesi|Değirmen Sokak|Fındıklı Yokuşu",
    towns="53020 Rize|60030 Tokat|52100 Altınordu/Ordu",
    org="Karadeniz Elektrik Dağıtım A.Ş.", dom="kdedas.com.tr", mail="gmail.com|hotmail.com|yandex.com.tr",
    req=["Bunu sevk sorumlusuna göndermeden önce kontrol eder misin?", "Gece vardiyası için üç maddede özetle.",
         "Müşteriye kısa ve kibar bir mesaj yazmama yardım et."])
loc("IL", lang="he", cc="IL", iban=None, cur="₪",
    gm="אלישע|Elisha צפניה|Tzefania נחמיה|Nechemia עזריאל|Azriel שמריהו|Shmaryahu יוחנן|Yochanan",
    gf="תמרה|Tamara צביה|Tzviya הדסה|Hadassa נעמה|Naama אביגיל|Avigail שפרה|Shifra",
    sn="שטיינמץ|Steinmetz טולדנו|Toledano זילברשטיין|Silberstein חדד|Hadad קורנבליט|Kornblit רוזנצוויג|Rosenzweig",
    streets="רחוב הרימון|רחוב הדובדבן|רחוב השקד|רחוב הגפן",
    towns="קריית טבעון 3600000|זכרון יעקב 3095000|בית שאן 1100000",
    org="מי העמק תאגיד מים", dom="mei-haemek.co.il", mail="gmail.com|walla.co.il|012.net.il",
    req=["תוכל לבדוק את זה לפני שאני שולח למוקד?", "תסכם את זה למשמרת הלילה בשלוש נקודות.",
         "תעזור לי לנסח הודעה קצרה ומנומסת ללקוח."])
loc("EG", lang="ar", cc="EG", iban=None, cur="ج.م",
    gm="عبدالرحيم|Abdelrahim فاروق|Farouk مصطفى|Moustafa شريف|Sherif عصام|Essam رفعت|Refaat",
    gf="نعمات|Neamat فوزية|Fawzia سناء|Sanaa هويدا|Howaida إنجي|Engy دعاء|Doaa",
    sn="الشرقاوي|Elsharkawy السنبلاوي|Elsenbellawy الدسوقي|Eldesouky القليوبي|Elkalyouby الطنطاوي|Eltantawy المحلاوي|Elmahallawy",
    streets="شارع الترعة|شارع المحطة|شارع السكة الحديد|شارع الجلاء",
    towns="كفر الزيات، الغربية|ميت غمر، الدقهلية|بلبيس، الشرقية|بنها، القليوبية",
    org="شركة مياه الشرب بالدلتا", dom="deltawater-eg.com", mail="gmail.com|yahoo.com|hotmail.com",
    req=["ممكن تراجع أمر الشغل ده قبل ما أبعته للمشرف؟", "لخص ده لوردية الليل في ثلاث نقاط.",
         "ساعدني أكتب رسالة قصيرة ومهذبة للعميل."])
loc("IN", lang="hi", cc="IN", iban=None, cur="₹",
    gm="रघुवीर|Raghuveer भुवनेश|Bhuvnesh धर्मेंद्र|Dharmendra लोकेश|Lokesh शैलेंद्र|Shailendra हरिओम|Hariom",
    gf="सुनयना|Sunaina कामिनी|Kamini मृदुला|Mridula ज्योत्स्ना|Jyotsna वंदना|Vandana उर्मिला|Urmila",
    sn="चतुर्वेदी|Chaturvedi बुंदेला|Bundela रस्तोगी|Rastogi पांडेय|Pandey भदौरिया|Bhadauria तिवारी|Tiwari",
    streets="गांधी मार्ग|सिविल लाइंस|नेहरू नगर|कटरा बाज़ार",
    towns="झाँसी, उत्तर प्रदेश 284001|ग्वालियर, मध्य प्रदेश 474001|सागर, मध्य प्रदेश 470001",
    org="मध्यांचल विद्युत वितरण निगम", dom="mvvn-bijli.in", mail="gmail.com|rediffmail.com|yahoo.co.in",
    req=["डिस्पैचर को भेजने से पहले यह जॉब शीट जाँच दो।", "रात की शिफ्ट के लिए इसे तीन बिंदुओं में समेट दो।",
         "ग्राहक के लिए एक छोटा, विनम्र संदेश लिखने में मदद करो।"])
loc("TH", lang="th", cc="TH", iban=None, cur="บาท",
    gm="ธีรวัฒน์|Theerawat ชาญณรงค์|Channarong ประสิทธิ์|Prasit วีระพงษ์|Weerapong สมเกียรติ|Somkiat ณัฐพล|Nattaphon",
    gf="พรทิพย์|Pornthip วิไลวรรณ|Wilaiwan จันทร์เพ็ญ|Chanpen สุภาวดี|Supawadee อรุณี|Arunee นันทนา|Nantana",
    sn="ศรีสุวรรณ|Srisuwan พรหมสุวรรณ|Phromsuwan บุญยืน|Boonyuen ทองคำดี|Thongkhamdee พึ่งบุญ|Phuengboon อินทรสุข|Intarasuk",
    streets="ถนนเจริญราษฎร์|ถนนสุขาภิบาล 3|ถนนมิตรภาพสาย 2|ถนนประชาอุทิศ",
    towns="อ.เมือง จ.ขอนแก่น 40000|อ.เมือง จ.อุดรธานี 41000|อ.บ้านไผ่ จ.ขอนแก่น 40110",
    org="การประปาส่วนภูมิภาคสาขาบ้านไผ่", dom="pwa-banphai.co.th", mail="gmail.com|hotmail.com|yahoo.co.th",
    req=["ช่วยตรวจใบงานนี้ก่อนส่งให้ศูนย์สั่งการหน่อย", "สรุปให้กะกลางคืนเป็นสามข้อ",
         "ช่วยเขียนข้อความสั้น ๆ สุภาพถึงลูกค้า"])
loc("CN", lang="zh", cc="CN", iban=None, cur="元",
    gm="浩然|Haoran 振宇|Zhenyu 志远|Zhiyuan 俊杰|Junjie 立诚|Licheng 鸿飞|Hongfei",
    gf="婉清|Wanqing 雅琴|Yaqin 淑华|Shuhua 晓燕|Xiaoyan 秀兰|Xiulan 梦瑶|Mengyao",
    sn="邝|Kuang 鞠|Ju 甘|Gan 蔺|Lin 栾|Luan 东方|Dongfang",
    streets="解放路|人民东路|文昌巷|梧桐街",
    towns="浙江省湖州市吴兴区|江苏省常州市天宁区|安徽省芜湖市镜湖区",
    org="湖州供电服务中心", dom="hzgd-service.cn", mail="qq.com|163.com|126.com",
    req=["发给调度之前帮我检查一下这张工单，有没有漏的？", "帮我把这个整理成夜班交接的三条要点。",
         "帮我给用户写一条简短礼貌的短信。"])
loc("JP", lang="ja", cc="JP", iban=None, cur="円",
    gm="健之助|Kennosuke 慎吾|Shingo 隆之|Takayuki 謙三|Kenzo 昌平|Shohei 晴彦|Haruhiko",
    gf="千尋|Chihiro 多喜子|Takiko 奈緒|Nao 佳代|Kayo 智恵|Chie 真由美|Mayumi",
    sn="羽生田|Hanyuda 小野寺|Onodera 五十嵐|Igarashi 猪瀬|Inose 早乙女|Saotome 勅使河原|Teshigawara",
    streets="本町|栄町|緑が丘|旭町",
    towns="新潟県長岡市|福井県鯖江市|富山県高岡市",
    org="北陸みらい電力サービス", dom="hokuriku-mirai-ps.jp", mail="docomo.ne.jp|gmail.com|yahoo.co.jp",
    req=["配車担当に送る前に、この作業票をチェックしてもらえますか？", "夜勤への申し送りを3行でまとめてください。",
         "お客様への短く丁寧なメッセージを書くのを手伝って。"])
loc("KR", lang="ko", cc="KR", iban=None, cur="원",
    gm="태경|Taegyeong 정훈|Jeonghun 상철|Sangcheol 기범|Gibeom 현수|Hyeonsu 동혁|Donghyeok",
    gf="은숙|Eunsuk 미경|Migyeong 순자|Sunja 혜린|Hyerin 보람|Boram 정애|Jeongae",
    sn="후|Hu 순|Sun 탕|Tang 필|Pil 혁|Hyeok 연남|Yeonnam",
    streets="중앙로|시청로|장미길|느티나무로",
    towns="충청북도 청주시 상당구|전라북도 익산시|경상남도 진주시",
    org="한빛에너지 고객서비스센터", dom="hanbit-energy.kr", mail="naver.com|daum.net|gmail.com",
    req=["상황실에 보내기 전에 이 작업지시서 좀 확인해 줘.", "야간 근무조 인계용으로 세 줄 요약해 줘.",
         "고객에게 보낼 짧고 정중한 문자 좀 써 줘."])
loc("VN", lang="vi", cc="VN", iban=None, cur="₫",
    gm="Khắc Hiếu|Khac Hieu Viễn Kiệt|Vien Kiet Hoành Phước|Hoanh Phuoc Khắc Toản|Khac Toan Viễn Triết|Vien Triet",
    gf="Diễm Quỳnh|Diem Quynh Thục Đoan|Thuc Doan Phương Thảo|Phuong Thao Nguyệt Huyền|Nguyet Huyen Hạnh Diệp|Hanh Diep Khuê Nhàn|Khue Nhan",
    sn="Tiêu|Tieu Quản|Quan Mẫn|Man Quách|Quach Triệu|Trieu Tôn|Ton",
    streets="đường Lạch Tray|đường Trần Nguyên Hãn|ngõ Chợ Hàng|đường Văn Cao",
    towns="TP. Hưng Yên, Hưng Yên|TX. Quảng Yên, Quảng Ninh|TP. Hải Dương, Hải Dương",
    org="Công ty Cấp nước Hải Đông", dom="capnuochaidong.vn", mail="gmail.com|yahoo.com.vn|outlook.com",
    req=["Anh xem giúp phiếu công việc này trước khi em gửi điều độ nhé?", "Tóm tắt giúp em cho ca đêm thành ba ý.",
         "Viết giúp em một tin nhắn ngắn, lịch sự gửi khách hàng."])
loc("BR", lang="pt", cc="BR", iban="BR", cur="R$",
    gm="Adalberto Zenóbio Dorival Everaldo Genivaldo Josenildo Lindomar Valdomiro",
    gf="Alcione Cleonice Dalvanira Eronildes Gilvanete Josefa Marinalva Rosilene",
    sn="Quirino Bezerra Cavalcanti Damasceno Florentino Guimarães Holanda Medeiros Pedrosa Wanderley",
    streets="Rua das Jaqueiras|Rua Coronel Trigueiro|Travessa do Cajueiro|Rua Baixa Verde",
    towns="Bela Vista, Surubim - PE, 55750-000|Boa Vista, Campina Grande - PB, 58401-000|Alto Branco, Patos - PB, 58700-010",
    org="Companhia de Saneamento do Agreste", dom="saneagreste.com.br", mail="gmail.com|uol.com.br|bol.com.br",
    req=["Pode revisar esta ordem de serviço antes de eu mandar para o despacho?", "Resume isso para o turno da noite em três tópicos.",
         "Me ajuda a escrever uma mensagem curta e educada para o cliente."])
loc("SE", lang="sv", cc="SE", iban="SE", cur="kr",
    gm="Arvedson Gunnvald Ingemund Sigvard Torbjörn Holmfrid Åke Styrbjörn",
    gf="Gunborg Ingegerd Majvor Ragnhild Sigrun Solveig Ylva Berit",
    sn="Bergqvist Dahlgren Forsberg Hellström Lindroos Norrby Sjöholm Wahlund Åkerlund Östling",
    streets="Tallåsvägen|Myrbacken|Kvarngatan|Sågverksvägen",
    towns="821 40 Bollnäs|792 30 Mora|921 31 Lycksele|882 30 Sollefteå",
    org="Norrdalens Energi AB", dom="norrdalensenergi.se", mail="telia.com|gmail.com|hotmail.se",
    req=["Kan du kolla arbetsordern innan jag skickar den till planeringen?", "Sammanfatta det här för nattskiftet i tre punkter.",
         "Hjälp mig skriva ett kort och vänligt sms till kunden."])

CODES = list(LOC)
NONLATIN = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}


def _pairs(s):
    out = []
    for tok in s.split():
        if "|" in tok:
            nat, rom = tok.split("|")
        else:
            nat, rom = tok, tok
        out.append((nat, rom))
    return out


def _viet(s):
    # Vietnamese given names are two words: "Đức Hậu|Duc Hau" tokens are split by "|" then space
    out = []
    parts = s.split("|")
    # format: "A B|a b C D|c d ..." -> pair them
    toks = s.replace("|", "\t").split(" ")
    raw = s
    res = []
    for chunk in re.findall(r"([^|]+?)\|([A-Za-z]+ [A-Za-z]+)", raw):
        res.append((chunk[0].strip(), chunk[1]))
    return res


for c, d in LOC.items():
    if c == "VN":
        d["GM"], d["GF"] = _viet(d["gm"]), _viet(d["gf"])
    else:
        d["GM"], d["GF"] = _pairs(d["gm"]), _pairs(d["gf"])
    sn = []
    for tok in d["sn"].split(" ") if c != "NL" else []:
        if "|" in tok:
            nat, rom = tok.split("|")
        else:
            nat, rom = tok, tok.split("/")[0]
        m, f = (nat.split("/") + [nat])[:2] if "/" in nat else (nat, nat)
        sn.append((m, f, rom.replace("'", "")))
    if c == "NL":
        for s in ["van Hoogdalem", "Wigboldus", "de Rooij", "Kleinjan", "Nieuwenhuijs", "Tjepkema", "van der Steeg", "Tiemersma", "Wolthuis", "Zeegers"]:
            sn.append((s, s, s.split()[-1]))
    if c == "FR":
        sn = [x for x in sn if x[0] not in ("Le", "Quintrec")] + [("Le Quintrec", "Le Quintrec", "Lequintrec")]
    d["SN"] = sn
    d["STREETS"] = d["streets"].split("|")
    d["TOWNS"] = d["towns"].split("|")
    d["MAILS"] = d["mail"].split("|")


# ====================================================================== values
NSN = {
    "GR": lambda R: "69" + R.choice("0345789") + digits(R, 7),
    "TR": lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "45", "46", "05", "06", "52", "53"]) + digits(R, 7),
    "IL": lambda R: "5" + R.choice("02348") + digits(R, 7),
    "EG": lambda R: "1" + R.choice("0125") + digits(R, 8),
    "TH": lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95"]) + digits(R, 7),
    "VN": lambda R: R.choice(["91", "94", "98", "97", "86", "96", "32", "33", "34", "35", "36", "37", "38", "39", "88", "83", "84", "85"]) + digits(R, 7),
    "KR": lambda R: "10" + R.choice("23456789") + digits(R, 7),
}
CCODE = {"GR": 30, "TR": 90, "IL": 972, "EG": 20, "TH": 66, "VN": 84, "KR": 82}


def nsn(R, c):
    if c in NSN:
        return NSN[c](R)
    kind = {"US": "fixed_or_mobile", "GB": "mobile", "DE": R.choice(["mobile", "mobile7"]), "FR": "mobile", "ES": "mobile",
            "IT": "mobile", "NL": "mobile", "PL": "mobile", "RU": "mobile", "IN": "mobile", "CN": "mobile", "JP": "mobile",
            "BR": "mobile", "SE": "mobile"}[c]
    return PLANS[c][2][kind](R)


def phone(R, c, intl=None):
    n = nsn(R, c)
    cc = CCODE.get(c) or PLANS[c][0]
    if intl is None:
        intl = R.random() < 0.3
    if c == "US":
        v = ("+1 %s %s %s" if intl else R.choice(["(%s) %s-%s", "%s-%s-%s"])) % (n[:3], n[3:6], n[6:])
    elif c == "GB":
        v = "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
    elif c == "DE":
        v = "+49 %s %s" % (n[:3], n[3:]) if intl else "0%s %s" % (n[:3], n[3:])
    elif c == "FR":
        g = " ".join([n[1:3], n[3:5], n[5:7], n[7:9]])
        v = "+33 %s %s" % (n[0], g) if intl else "0%s %s" % (n[0], g)
    elif c == "ES":
        v = "+34 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    elif c == "IT":
        v = ("+39 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif c == "NL":
        v = "+31 6 %s" % n[1:] if intl else "06-%s" % n[1:]
    elif c == "PL":
        v = ("+48 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif c == "RU":
        v = "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif c == "GR":
        v = ("+30 " if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif c == "TR":
        v = "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif c == "IL":
        v = "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s" % (n[:2], n[2:])
    elif c == "EG":
        v = "+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])
    elif c == "IN":
        v = ("+91 " if intl else "") + "%s %s" % (n[:5], n[5:])
    elif c == "TH":
        v = "+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif c == "CN":
        v = ("+86 " if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:])
    elif c == "JP":
        v = "+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif c == "KR":
        v = "+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif c == "VN":
        v = "+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])
    elif c == "BR":
        v = "+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    elif c == "SE":
        v = "+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
    return L("phone", v, sub="mobile", region=c)


def asc(s):
    import unicodedata
    s = s.lower().replace("ł", "l").replace("đ", "d").replace("ø", "o")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class P:
    """A person of a locale."""

    def __init__(self, R, d, female=None, used=None):
        self.female = R.random() < 0.5 if female is None else female
        used = used if used is not None else set()
        for _ in range(50):
            g = R.choice(d["GF"] if self.female else d["GM"])
            s = R.choice(d["SN"])
            if g[0] not in used and s[0] not in used and s[1] not in used:
                break
        used.update([g[0], s[0], s[1]])
        self.given, self.groman = g
        fam = s[1] if self.female else s[0]
        self.family, self.froman = fam, s[2]
        c = d["code"]
        if c in ("CN", "KR"):
            self.full = fam + self.given
        elif c == "JP":
            self.full = fam + " " + self.given
        elif c == "VN":
            self.full = fam + " " + ("Thị " if self.female and R.random() < 0.5 else ("Văn " if not self.female and R.random() < 0.4 else "")) + self.given
        else:
            self.full = self.given + " " + fam
        self.d = d

    def name(self, short=False):
        return L("person", self.given if short else self.full)

    def email(self, R, work=False, org_dom=None):
        g = re.sub(r"[^a-z]", "", asc(self.groman))
        f = re.sub(r"[^a-z]", "", asc(self.froman))
        if work:
            return L("email", "%s.%s@%s" % (g, f, org_dom), sub="work")
        loc = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s%02d" % (f, g, R.randint(1, 99)), "%s_%s" % (g, f[:4])])
        return L("email", "%s@%s" % (loc, R.choice(self.d["MAILS"])), sub="personal")


def address(R, d):
    c = d["code"]
    n = R.randint(2, 148)
    st, tw = R.choice(d["STREETS"]), R.choice(d["TOWNS"])
    m = R.randint(1, 48)
    if c == "US":
        v = "%d %s, %s" % (R.randint(100, 9899), st, tw)
    elif c == "GB":
        v = "%d %s, %s" % (n, st, tw)
    elif c in ("DE", "NL", "SE", "GR"):
        v = "%s %d, %s" % (st, n, tw)
    elif c == "FR":
        v = "%d%s %s, %s" % (n, R.choice(["", "", " bis"]), st, tw)
    elif c == "ES":
        v = "%s %d, %dº %s, %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), tw)
    elif c == "IT":
        v = "%s %d, %s" % (st, n, tw)
    elif c == "PL":
        v = "ul. %s %d/%d, %s" % (st, n, m, tw)
    elif c == "RU":
        t, idx = tw.split(", ")
        v = "%s, ул. %s, д. %d, кв. %d, %s" % (idx, st, n, m, t)
    elif c == "TR":
        v = "%s No: %d D: %d, %s" % (st, n, m, tw)
    elif c == "IL":
        v = "%s %d, %s" % (st, n, tw)
    elif c == "EG":
        v = "%d %s، %s" % (n, st, tw)
    elif c == "IN":
        v = "मकान नं. %d, %s, %s" % (n, st, tw)
    elif c == "TH":
        v = "%d/%d %s %s" % (n, m, st, tw)
    elif c == "CN":
        v = "%s%s%d号%d栋%d室" % (tw, st, n, R.randint(1, 9), R.randint(101, 1802))
    elif c == "JP":
        v = "〒%03d-%04d %s%s%d-%d-%d" % (R.randint(910, 959), R.randint(1, 9999), tw, st, R.randint(1, 5), n, m)
    elif c == "KR":
        v = "%s %s %d, %d동 %d호" % (tw, st, n, R.randint(101, 115), R.randint(101, 1504))
    elif c == "VN":
        v = "Số %d %s, %s" % (n, st, tw)
    elif c == "BR":
        v = "%s, %d - %s" % (st, n, tw)
    return L("address", v)


def dob(R, d, lo=1931, hi=2004):
    c = d["code"]
    y, m, dd = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    mon = MONTHS.get(d["lang"])
    if c == "US":
        v = "%02d/%02d/%d" % (m, dd, y)
    elif c in ("GB",) and R.random() < 0.4:
        v = "%d %s %d" % (dd, mon[m - 1], y)
    elif c in ("FR", "IT", "ES", "BR", "NL", "DE") and mon and R.random() < 0.3:
        v = ("%d. %s %d" if c == "DE" else ("%d de %s de %d" if c in ("ES", "BR") else "%d %s %d")) % (dd, mon[m - 1], y)
    elif c in ("DE", "PL", "RU", "TR"):
        v = "%02d.%02d.%d" % (dd, m, y)
    elif c in ("NL", "IN"):
        v = "%02d-%02d-%d" % (dd, m, y)
    elif c == "TH":
        v = "%d/%d/%d" % (dd, m, y + 543)
    elif c in ("CN", "JP"):
        v = "%d年%d月%d日" % (y, m, dd)
    elif c == "KR":
        v = "%d. %d. %d." % (y, m, dd)
    elif c == "SE":
        v = "%d-%02d-%02d" % (y, m, dd)
    else:
        v = "%02d/%02d/%d" % (dd, m, y)
    return L("dob", v), (y, m, dd)


ID_LABEL = {"US": "SSN", "GB": "NI number", "DE": "Steuer-ID", "FR": "N° de sécurité sociale", "ES": "DNI", "IT": "Codice fiscale",
            "NL": "BSN", "PL": "PESEL", "RU": "СНИЛС", "GR": "ΑΜΚΑ", "TR": "TC Kimlik No", "IL": 'ת"ז', "EG": "الرقم القومي",
            "IN": "आधार", "TH": "เลขประจำตัวประชาชน", "CN": "身份证号", "JP": "マイナンバー", "KR": "주민등록번호", "VN": "Số CCCD",
            "BR": "CPF", "SE": "Personnummer"}
BELF = ["E897", "E648", "F912", "D488"]


def gov_id(R, d, p, ymd):
    c = d["code"]
    y, m, dd = ymd
    if c == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if c == "GB":
        a, b, s = nino_random(R)
        return L("gov_id", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], s), sub="uk_nino")
    if c == "DE":
        return L("gov_id", steuerid_random(R), sub="de_steuer_id")
    if c == "FR":
        body, key = nir_random(R, sex="2" if p.female else "1", yy=y % 100, mm=m)
        return L("gov_id", "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), sub="fr_nir")
    if c == "ES":
        n, l = dni_random(R)
        return L("gov_id", n + l, sub="es_dni")
    if c == "IT":
        return L("gov_id", cf_make(p.froman, p.groman, y % 100, m, dd, p.female, R.choice(BELF)), sub="it_cf")
    if c == "NL":
        return L("gov_id", bsn_random(R), sub="nl_bsn")
    if c == "PL":
        return L("gov_id", pesel(R, y, m, dd, p.female), sub="pl_pesel")
    if c == "RU":
        s = snils(R)
        return L("gov_id", "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="ru_snils")
    if c == "GR":
        return L("gov_id", amka(R, y, m, dd), sub="gr_amka")
    if c == "TR":
        return L("gov_id", tckn(R), sub="tr_tckn")
    if c == "IL":
        return L("gov_id", tz_il(R), sub="il_tz")
    if c == "EG":
        return L("gov_id", eg_id(R, y, m, dd, p.female), sub="eg_national_id")
    if c == "IN":
        a = aadhaar_random(R)
        return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="in_aadhaar")
    if c == "TH":
        t = th_id(R)
        return L("gov_id", "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), sub="th_id")
    if c == "CN":
        return L("gov_id", cn_id(R, y, m, dd, p.female), sub="cn_resident_id")
    if c == "JP":
        n = mynumber(R)
        return L("gov_id", "%s %s %s" % (n[:4], n[4:8], n[8:]), sub="jp_my_number")
    if c == "KR":
        r = rrn(R, y, m, dd, p.female)
        return L("gov_id", r[:6] + "-" + r[6:], sub="kr_rrn")
    if c == "VN":
        return L("gov_id", cccd(R, y, p.female), sub="vn_cccd")
    if c == "BR":
        s = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="br_cpf")
    if c == "SE":
        return L("gov_id", pnr_se(R, y, m, dd), sub="se_personnummer")


def iban(R, d):
    v = iban_random(R, d["iban"])
    return L("iban", group(v) if R.random() < 0.6 else v, sub=d["iban"].lower())


def wrap(R, d, body, form):
    """Adds the request line in the text's language before or after the paste."""
    req = R.choice(d["req"])
    k = R.randint(0, 4)
    if k == 0:
        return [req + "\n\n", body]
    if k == 1:
        return [req + '\n"""\n', body, '\n"""']
    if k == 2:
        return [body, "\n---\n" + req]
    if k == 3:
        return [req + "\n```\n", body, "\n```"]
    return [body, "\n\n" + req]


def role(d, box):
    return N("%s@%s" % (box, d["dom"]), "role_mailbox")


def staff_sig(R, d, used, box):
    """Staff member: full name with work e-mail (55 %) or a role mailbox."""
    s = P(R, d, used=used)
    if R.random() < 0.55:
        return [s.name(), " · ", s.email(R, work=True, org_dom=d["dom"])], s
    return [s.name(), " · ", role(d, box)], s


HELPLINE = {"US": "1-800-555-0199", "GB": "0800 0698 105", "DE": "0800 2 44 55 10", "FR": "09 69 32 15 15", "ES": "900 100 216",
            "IT": "800 012 345", "NL": "0800-0223", "PL": "991", "RU": "8-800-100-52-52", "GR": "1022", "TR": "186",
            "IL": "*2080", "EG": "125", "IN": "1912", "TH": "1662", "CN": "95598", "JP": "0120-995-113", "KR": "123",
            "VN": "1900 545 580", "BR": "0800 081 0195", "SE": "020-32 32 32"}


def helpline(d):
    return N(HELPLINE[d["code"]], "utility_helpline")


def job_no(R):
    return N(R.choice(["WO-", "JOB ", "WO", "SO-"]) + "%d%05d" % (R.randint(24, 26), R.randint(0, 99999)), "job_number")


def meter_serial(R):
    return N(R.choice(["E", "K", "S", "L", "G4"]) + "%02d" % R.randint(10, 26) + R.choice(["Z", "K", "P", "W"]) + "%06d" % R.randint(0, 999999), "meter_serial")


def supply_point(R, c):
    if c in ("GB",):
        return N(mpan_core(R), "mpan")
    if c == "ES":
        return N("ES0031" + digits(R, 12) + R.choice(["JN", "QK", "TB"]) + "0F", "cups")
    if c == "FR":
        return N("PDL " + nonluhn(R, 14, "12"), "pdl")
    if c == "IT":
        return N("POD IT001E" + digits(R, 8), "pod")
    if c == "DE":
        return N("DE0007" + digits(R, 6) + "00000000000" + digits(R, 5)[:2] + "1", "zaehlpunkt")
    return N("SP-" + nonluhn(R, 10), "supply_point")


def reading(R):
    return N(R.choice(["%05d kWh" % R.randint(100, 99999), "%d.%03d m³" % (R.randint(10, 9999), R.randint(0, 999)), "%06d kWh" % R.randint(1000, 999999)]), "reading")


def asset_id(R):
    return N(R.choice(["SS-%04d" % R.randint(1, 9999), "FDR %d/%02d" % (R.randint(1, 40), R.randint(1, 30)), "CAB-%s%03d" % (R.choice("ABCDEFGH"), R.randint(1, 999)),
                       "POLE %d%s" % (R.randint(1000, 99999), R.choice("ABCX")), "DMA-%02d-%03d" % (R.randint(1, 40), R.randint(1, 400))]), "asset_id")


def slot(R):
    return N(R.choice(["%02d/%02d/2026 08:00-12:00" % (R.randint(1, 28), R.randint(1, 12)), "2026-%02d-%02d AM" % (R.randint(1, 12), R.randint(1, 28)),
                       "%02d.%02d.2026 12:00–16:00" % (R.randint(1, 28), R.randint(1, 12))]), "appointment_slot")


def fw(R):
    return N("fw %d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99)), "firmware")


def amount(R, d):
    return N("%s %d.%02d" % (d["cur"], R.randint(12, 2400), R.randint(0, 99)), "amount")


def gridref(R):
    return N(R.choice(["%s %05d %05d" % (R.choice(["SE", "SD", "NY", "SJ", "ST"]), R.randint(0, 99999), R.randint(0, 99999)),
                       "%.5f, %.5f" % (R.uniform(35, 60), R.uniform(-8, 30))]), "grid_ref")


# ====================================================================== labelled templates
TPL = []


def tpl(count, clean=False):
    def deco(f):
        TPL.append((f.__name__, f, count, clean))
        return f
    return deco


def wan_ip(R):
    return L("ip", pub_ip4(R), sub="v4_wan") if R.random() < 0.8 else L("ip", pub_ip6(R), sub="v6_wan")


@tpl(48)
def job_sheet(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    b, ymd = dob(R, d)
    sig, eng = staff_sig(R, d, used, "fieldops")
    body = ["%s — meter exchange job sheet\nJob: " % d["org"], job_no(R), "   Slot: ", slot(R),
            "\nCustomer: ", cu.name(), "\nSupply address: ", address(R, d), "\nContact: ", phone(R, c),
            "\nOld meter: ", meter_serial(R), " (final read ", reading(R), ")  New meter: ", meter_serial(R),
            "\nSupply point: ", supply_point(R, c), "  Tariff: ", N(R.choice(["E7-DOM", "STD-1R", "TOU3", "EV-NIGHT"]), "tariff_code"),
            "\nNotes: ", R.choice(["meter cupboard under stairs, customer present", "outside box, key needed from customer",
                                   "cut-out sealed, isolator fitted", "loose neutral found, made safe"]), "\n"]
    if R.random() < 0.7:
        body += ["Customer e-mail for the certificate: ", cu.email(R), "\n"]
    if R.random() < 0.3:
        b, _ = dob(R, d, 1930, 1958)
        body += ["PSR: yes (DOB ", b, ", ", R.choice(MED), ")\n"]
    body += ["Engineer: ", sig, "  ", fw(R)]
    return "form", body


@tpl(46)
def broadband_install(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    eng = P(R, d, used=used)
    bb, bymd = dob(R, d)
    body = ["FTTP INSTALL RECORD  %s\nOrder: " % d["org"], job_no(R), "\nEnd user: ", cu.name(), "  tel ", phone(R, c),
            "\nInstall address: ", address(R, d), "\nLogin e-mail: ", cu.email(R),
            "\nONT serial: ", N("ALCL%08X" % R.randint(0, 2 ** 32 - 1), "device_serial"), "  Router MAC: ", N(mac(R), "mac"),
            "\nStatic WAN IP: ", wan_ip(R), "   LAN gw: ", N(lan_ip(R), "private_ip"),
            "\nCredit check: DOB ", bb, (["  %s " % ID_LABEL[c], gov_id(R, d, cu, bymd)] if R.random() < 0.5 else ""), "  result PASS",
            "\nCabinet: ", asset_id(R), "  Sync ", N("%d/%d Mbps" % (R.choice([500, 900, 1000]), R.choice([75, 110, 500])), "speed"),
            "\nInstaller: ", eng.name(), " — ", R.choice(["drop cable via pole", "duct blocked at 12 m, cleared", "wall box on gable end"])]
    return "form", body


@tpl(44)
def access_notes(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    kh = P(R, d, used=used)
    eng = P(R, d, used=used)
    code = "%04d" % R.randint(0, 9999)
    body = ["ACCESS NOTES — ", job_no(R), "\nProperty: ", address(R, d), " (", cu.name(), ", ", phone(R, c), ")",
            "\nKey holder: ", kh.name(), ", ", phone(R, c), R.choice([" (neighbour)", " (daughter)", " (son, works nights)", " (lettings agent)"]),
            "\nKey safe by back gate, code ", L("secret", code, sub="access_code"),
            "\n", R.choice(["Dog in garden, call first.", "Meter in locked garage.", "Stopcock under sink, valve seized.", "Gate padlock, use key holder."]),
            "\nLeft by ", eng.name(short=True), " on ", slot(R)]
    return "notes", body


MED = ["oxygen concentrator", "home dialysis", "stair lift", "hearing impaired — text only", "chronic illness, needs heating", "visually impaired, large print", "stoma care, needs water"]


@tpl(48)
def psr_entry(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    b, ymd = dob(R, d, 1929, 1960)
    body = ["PRIORITY SERVICES REGISTER — new entry\nName: ", cu.name(), "\nDOB: ", b, "\nAddress: ", address(R, d),
            "\nPhone: ", phone(R, c), "\nNeeds: ", R.choice(MED), " (codes ", N("%02d, %02d" % (R.randint(1, 36), R.randint(1, 36)), "psr_code"), ")"]
    if R.random() < 0.6:
        body += ["\n%s: " % ID_LABEL[c], gov_id(R, d, cu, ymd)]
    if R.random() < 0.5:
        body += ["\nE-mail (large print letters): ", cu.email(R)]
    if R.random() < 0.7:
        nom = P(R, d, used=used)
        body += ["\nNominee / carer: ", nom.name(), ", ", phone(R, c)]
    s = P(R, d, used=used)
    body += ["\nPassword scheme: yes   Supply point: ", supply_point(R, c), "\nAdded by ", s.name(), " (PSR team, ", role(d, "psr"), ")"]
    return "form", body


@tpl(46)
def payment_plan(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    pb, pymd = dob(R, d)
    body = ["Debt path note — account ", N("%d" % R.randint(10 ** 9, 10 ** 10 - 1), "account_number"),
            "\nSpoke to ", cu.name(), " on ", phone(R, c), ". Arrears ", amount(R, d), ", plan agreed at ", N("%s %d.%02d" % (d["cur"], R.randint(5, 60), R.randint(0, 99)), "amount"), "/month.",
            "\nDPA passed (DOB ", pb, ", address). Address confirmed: ", address(R, d), "\nE-mail for the plan letter: ", cu.email(R)]
    if d["iban"] and R.random() < 0.75:
        body += ["\nDD mandate from ", L("person", cu.full), "'s account ", iban(R, d), ", first collection ", slot(R)]
    elif R.random() < 0.75:
        cv, iss = card_fmt(R)
        body += ["\nOne-off payment taken by card ", L("card", cv, sub=iss), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry")]
    else:
        body += ["\nPays at the post office with the payment card barcode ", N(nonluhn(R, 19, "9"), "paycard_barcode")]
    if R.random() < 0.35:
        body += ["\nIncome & expenditure form: benefits verified, %s " % ID_LABEL[c], gov_id(R, d, cu, pymd)]
    sig, _ = staff_sig(R, d, used, "collections")
    body += ["\nBreathing space: no. Agent: ", sig]
    return "notes", body


@tpl(48)
def change_of_tenancy(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    old = P(R, d, used=used)
    b, ymd = dob(R, d)
    body = ["CHANGE OF TENANCY / MOVE-IN\nNew occupier: ", cu.name(), "   DOB: ", b,
            "\nID check: %s " % ID_LABEL[c], gov_id(R, d, cu, ymd), " (seen)",
            "\nMove-in date: ", N("%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), "move_date"), "  Opening read: ", reading(R),
            "\nSupply address: ", address(R, d), "\nPrevious address: ", address(R, d),
            "\nPhone: ", phone(R, c), "   E-mail: ", cu.email(R),
            "\nOutgoing occupier: ", old.name(), (["  ", phone(R, c)] if R.random() < 0.5 else " (forwarding address not given)")]
    if d["iban"] and R.random() < 0.5:
        body += ["\nDirect debit: ", iban(R, d)]
    body += ["\nMeter: ", meter_serial(R)]
    return "form", body


@tpl(46)
def outage_callbacks(R, d):
    c, used = d["code"], set()
    rows = ["fault_ref,feeder,name,phone,address,email,etr"]
    fref = "INC%07d" % R.randint(0, 9999999)
    out = [N(fref, "fault_ref"), " on ", asset_id(R), " — callback list\n", rows[0]]
    for i in range(R.choice([2, 2, 3])):
        p = P(R, d, used=used)
        out += ["\n", N(fref, "fault_ref"), ",", N("F%02d" % R.randint(1, 40), "feeder"), ",", p.name(), ",", phone(R, c, intl=False),
                ",\"", address(R, d), "\",", (p.email(R) if R.random() < 0.5 else ""), ",", N("%02d:%02d" % (R.randint(0, 23), R.choice([0, 15, 30, 45])), "time")]
    return "csv", out


@tpl(42)
def complaint_letter(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    body = ["Dear ", cu.name(), ",\n\nThank you for your complaint about the supply interruption at ", address(R, d),
            " and the estimated bills on account ", N("%d" % R.randint(10 ** 8, 10 ** 9 - 1), "account_number"),
            ". We have credited ", amount(R, d), " and reissued the statement. If you remain unhappy you can refer the case (our ref ",
            N("CMP-%06d" % R.randint(0, 999999), "complaint_ref"), ") to the ombudsman after eight weeks.\n\nWe will call you on ",
            phone(R, c), " and copy this letter to ", cu.email(R), "."]
    if R.random() < 0.5:
        b, _ = dob(R, d)
        body += [" For security we will ask you to confirm your date of birth (", b, ")."]
    body += ["\n\nYours sincerely\n"]
    sig, _ = staff_sig(R, d, used, "complaints")
    body += [sig, "\nCustomer Relations, ", d["org"], " — ", helpline(d)]
    return "letter", body


@tpl(42)
def incident_report(R, d):
    c, used = d["code"], set()
    eng = P(R, d, used=used)
    mop = P(R, d, used=used)
    b, _ = dob(R, d, 1940, 2008)
    body = ["SAFETY INCIDENT REPORT ", N("SIR-%d-%04d" % (R.randint(2025, 2026), R.randint(1, 9999)), "incident_ref"),
            "\nLocation: outside ", address(R, d), " (grid ", gridref(R), ")",
            "\nWhat happened: open excavation barrier moved; member of the public ", mop.name(), " (DOB ", b, ") tripped, minor graze, first aid given.",
            "\nMember of public contact: ", phone(R, c), "\nWitnesses: "]
    for i in range(R.choice([1, 2])):
        w = P(R, d, used=used)
        body += [("; " if i else ""), w.name(), " ", phone(R, c)]
    body += ["\nReported by: ", eng.name(), " (jointer), crew ", N("CR-%02d" % R.randint(1, 60), "crew_id"), ", asset ", asset_id(R)]
    return "report", body


@tpl(46)
def handover_chat(R, d):
    c, used = d["code"], set()
    a, b = P(R, d, used=used), P(R, d, used=used)
    cu = P(R, d, used=used)
    t = R.randint(6, 20)
    mins = iter(sorted(R.sample(range(60), 3)))
    body = ["[%02d:%02d] " % (t, next(mins)), a.name(short=True), ": handing over ", job_no(R), ", leak on the service pipe at ", address(R, d),
            "\n[%02d:%02d] " % (t, next(mins)), b.name(short=True), ": who's the customer?",
            "\n[%02d:%02d] " % (t, next(mins)), a.name(short=True), ": ", cu.name(), ", mobile ", phone(R, c), ". stop tap ", N("ST-%05d" % R.randint(0, 99999), "asset_id"),
            " isolated, pressure ", N("%.1f bar" % R.uniform(1.5, 4.5), "pressure"),
            "\n[%02d:%02d] " % (t + 1, R.randint(0, 59)), b.name(short=True), ": ok, I'll ring before 9"]
    if R.random() < 0.45:
        bb, _ = dob(R, d, 1928, 1955)
        body += ["\n[%02d:%02d] " % (t + 1, R.randint(0, 59)), a.name(short=True), ": customer's on PSR, DOB ", bb, ", go gently"]
    return "chat_export", body


@tpl(44)
def fieldapp_export(R, d):
    c, used = d["code"], set()
    eng = P(R, d, used=used)
    jobs = []
    for i in range(R.choice([2, 2, 3])):
        cu = P(R, d, used=used)
        jobs += [('    {"job": "', job_no(R), '", "customer": "', cu.name(), '", "phone": "', phone(R, c, intl=False),
                  '", "address": "', address(R, d), '", "meter": "', meter_serial(R), '"', ([', "email": "', cu.email(R), '"'] if R.random() < 0.5 else ""), "}"), ",\n"]
    jobs[-1] = "\n"
    body = ['{\n  "engineer": "', eng.email(R, work=True, org_dom=d["dom"]), '",\n  "login_ip": "', L("ip", pub_ip4(R), sub="v4_login"),
            '",\n  "device": "', N(mac(R), "mac"), '", "app": "', fw(R), '", "depot_gw": "', N(lan_ip(R), "private_ip"), '",\n  "jobs": [\n', jobs, "  ]\n}"]
    return "json", body


@tpl(50)
def config_env(R, d):
    c, used = d["code"], set()
    own = P(R, d, used=used)
    body = ["# workforce-management sync — owner ", own.email(R, work=True, org_dom=d["dom"]),
            "\nWFM_BASE_URL=https://wfm.", d["dom"], "/api/v2\nWFM_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"),
            "\nMDM_DB_URL=postgres://mdm_sync:", L("secret", secret_random(R, "password"), sub="password"), "@", N(lan_ip(R), "private_ip"), ":5432/mdm",
            "\nSMS_SID=", L("secret", secret_random(R, "twilio"), sub="twilio")]
    if R.random() < 0.5:
        body += ["\nALERT_WEBHOOK=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook")]
    body += ["\n# admin allow-list (", own.name(short=True), " home)\nADMIN_ALLOW=", L("ip", pub_ip4(R), sub="v4_allowlist"), ",", N(doc_ip(R), "doc_ip"),
             "\nSCADA_HIST_HOST=", N(lan_ip(R), "private_ip"), "\nSANDBOX_CARD=", N(R.choice(TEST_CARDS), "test_card")]
    return "config", body


CMSG = {
    "en": "Hi, this is {n}. The engineer didn't come today. I'm at {a}, you can reach me on {p}.",
    "de": "Hallo, hier ist {n}. Der Monteur ist heute nicht gekommen. Adresse: {a}, erreichbar unter {p}.",
    "fr": "Bonjour, c'est {n}. Le technicien n'est pas passé. J'habite {a}, joignable au {p}.",
    "es": "Hola, soy {n}. El técnico no vino hoy. Vivo en {a}, mi móvil es {p}.",
    "it": "Buongiorno, sono {n}. Il tecnico oggi non è passato. Abito in {a}, cellulare {p}.",
    "nl": "Hoi, met {n}. De monteur is vandaag niet gekomen. Ik woon op {a}, bereikbaar op {p}.",
    "pl": "Dzień dobry, tu {n}. Monter dziś nie przyjechał. Adres: {a}, telefon {p}.",
    "ru": "Здравствуйте, это {n}. Монтёр сегодня не пришёл. Адрес: {a}, телефон {p}.",
    "el": "Καλησπέρα, είμαι {n}. Ο τεχνικός δεν ήρθε σήμερα. Διεύθυνση: {a}, τηλ. {p}.",
    "tr": "Merhaba, ben {n}. Teknisyen bugün gelmedi. Adresim {a}, telefonum {p}.",
    "he": "שלום, כאן {n}. הטכנאי לא הגיע היום. הכתובת: {a}, טלפון {p}.",
    "ar": "السلام عليكم، معاك {n}. الفني ماجاش النهارده. العنوان: {a}، رقمي {p}.",
    "hi": "नमस्ते, मेरा नाम {n} है। आज मिस्त्री नहीं आया। पता: {a}, फ़ोन {p}।",
    "th": "ติดต่อจาก {n} ช่างยังไม่มาเลย ที่อยู่ {a} โทร {p}",
    "zh": "你好，我是{n}。今天师傅没来。地址：{a}，电话{p}。",
    "ja": "{n}です。今日、作業員の方が来ませんでした。住所は{a}、電話は{p}です。",
    "ko": "안녕하세요, {n}입니다. 오늘 기사님이 안 오셨어요. 주소는 {a}, 연락처 {p}입니다.",
    "vi": "Chào anh, em là {n}. Hôm nay thợ không đến. Địa chỉ {a}, số điện thoại {p}.",
    "pt": "Oi, aqui é {n}. O técnico não veio hoje. Moro na {a}, meu celular é {p}.",
    "sv": "Hej, det är {n}. Montören kom inte i dag. Jag bor på {a}, nås på {p}.",
}
CMAIL = {"en": "My e-mail: ", "de": "E-Mail: ", "fr": "Mon e-mail : ", "es": "Mi correo: ", "it": "La mia e-mail: ", "nl": "Mijn e-mail: ",
         "pl": "Mój e-mail: ", "ru": "Почта: ", "el": "Email: ", "tr": "E-postam: ", "he": "מייל: ", "ar": "الإيميل: ", "hi": "ईमेल: ",
         "th": "อีเมล ", "zh": "邮箱：", "ja": "メール：", "ko": "이메일: ", "vi": "Email: ", "pt": "Meu e-mail: ", "sv": "Mejl: "}


@tpl(50)
def customer_message(R, d):
    c, used = d["code"], set()
    cu = P(R, d, used=used)
    ag = P(R, d, used=used)
    fr = CMSG[d["lang"]]
    pre, rest = fr.split("{n}")
    mid, rest2 = rest.split("{a}")
    mid2, end = rest2.split("{p}")
    t = R.randint(8, 19)
    body = ["[%02d:%02d] " % (t, R.randint(0, 59)), cu.name(short=True), ": ", pre, cu.name(), mid, address(R, d), mid2, phone(R, c), end]
    if R.random() < 0.6:
        body += ["\n[%02d:%02d] " % (t, R.randint(0, 59)), cu.name(short=True), ": ", CMAIL[d["lang"]], cu.email(R)]
    if R.random() < 0.45:
        b, ymd = dob(R, d)
        body += ["\n[%02d:%02d] " % (t, R.randint(0, 59)), cu.name(short=True), ": ", ID_LABEL[c], " ", gov_id(R, d, cu, ymd), " · ", b]
    body += ["\n[%02d:%02d] " % (t + 1, R.randint(0, 59)), ag.name(short=True), ": ", job_no(R)]
    return "chat_export", body


# ====================================================================== clean templates
EPONYM = {"GB": ["Victoria Substation", "Wellington Road", "Nelson Street primary"], "US": ["Jefferson Substation", "Lincoln Ave", "Roosevelt Dam Rd"],
          "DE": ["Umspannwerk Bismarckstraße", "Goethestraße", "Schillerplatz"], "FR": ["poste source Jean-Jaurès", "avenue Victor-Hugo", "réservoir Pasteur"],
          "ES": ["subestación Cervantes", "calle Blas de Otero", "depósito Isabel II"], "IT": ["cabina primaria Garibaldi", "via Mazzini", "serbatoio Cavour"],
          "NL": ["onderstation Thorbecke", "Willem de Zwijgerlaan", "Rembrandtplein"], "PL": ["GPZ Kopernik", "ul. Mickiewicza", "zbiornik Piłsudskiego"],
          "RU": ["ПС «Гагаринская»", "ул. Пушкина", "водозабор имени Кирова"], "GR": ["Υποσταθμός Βενιζέλου", "οδός Κολοκοτρώνη", "δεξαμενή Καποδίστρια"],
          "TR": ["Atatürk Trafo Merkezi", "İnönü Caddesi", "Fevzi Çakmak deposu"], "IL": ["תחנת משנה הרצל", "רחוב ז'בוטינסקי", "מאגר בן-גוריון"],
          "EG": ["محطة محولات جمال عبد الناصر", "شارع سعد زغلول", "خزان طلعت حرب"], "IN": ["सुभाष सबस्टेशन", "नेहरू रोड", "टैगोर जलाशय"],
          "TH": ["สถานีไฟฟ้าย่อยพหลโยธิน", "ถนนราชดำเนิน", "อ่างเก็บน้ำภูมิพล"], "CN": ["中山变电站", "鲁迅路", "孙文水库"],
          "JP": ["野口英世変電所", "坂本龍馬通り", "渋沢ポンプ場"], "KR": ["세종변전소", "충무로", "이순신 배수지"],
          "VN": ["trạm biến áp Lê Lợi", "đường Hai Bà Trưng", "bể chứa Phan Bội Châu"], "BR": ["subestação Tiradentes", "Avenida Getúlio Vargas", "reservatório Dom Pedro II"],
          "SE": ["Gustav Vasa-stationen", "Linnégatan", "Strindbergs reservoar"]}
WORDS = ["Will the feeder be back on before the evening peak?", "Mark the cabinet as inspected once the seals are checked.",
         "The annual bill run moves to the second week.", "We do not sue for arrears under the vulnerability policy.",
         "Rob the spare pump of its seals only if the store is empty.", "The Warm Home Grant scheme closes in March.",
         "Please sue nobody: refer to the collections policy.", "Bill estimates go out after three missed reads.",
         "Grant access to the SCADA historian for the new analysts only.", "Will crews log the reads in the app, not on paper."]


@tpl(40, clean=True)
def outage_notice(R, d):
    e = EPONYM[d["code"]]
    body = ["NETWORK STATUS — ", N("INC%07d" % R.randint(0, 9999999), "fault_ref"), "\nFault on ", N(e[0], "eponym_site"), " feeder ",
            N("F%02d" % R.randint(1, 40), "feeder"), "; customers on ", N(e[1], "eponym_street"), " affected (",
            N("%d" % R.randint(40, 2400), "count"), " supply points). ETR ", N("%02d:%02d" % (R.randint(0, 23), R.choice([0, 30])), "time"),
            ".\nGenerator at ", N(e[2], "eponym_site"), ", asset ", asset_id(R), ". Customers can call ", helpline(d),
            " or write to ", role(d, "outages"), ".\n", N(R.choice(WORDS), "name_as_word")]
    return "notice", body


@tpl(40, clean=True)
def read_route(R, d):
    rows = ["route,seq,meter,supply_point,last_read,access"]
    out = ["Meter read route ", N("RT-%03d" % R.randint(1, 400), "route_id"), " export\n", rows[0]]
    for i in range(R.randint(3, 5)):
        out += ["\n", N("RT%03d" % R.randint(1, 400), "route_id"), ",%d," % (i + 1), meter_serial(R), ",", supply_point(R, d["code"]), ",", reading(R), ",",
                R.choice(["outside box", "cellar", "key required", "dog", "estimate"])]
    out += ["\nhandheld ", fw(R), ", sync via ", N(lan_ip(R), "private_ip")]
    return "csv", out


@tpl(40, clean=True)
def tariff_table(R, d):
    out = ["| tariff | unit rate | standing charge | valid from |\n|---|---|---|---|"]
    for i in range(R.randint(3, 5)):
        out += ["\n| ", N(R.choice(["E7-DOM", "STD-1R", "TOU3", "EV-NIGHT", "W-MET-2", "GAS-VAR", "HEAT-B"]) + "-%02d" % R.randint(1, 40), "tariff_code"), " | ",
                N("%s %d.%04d/kWh" % (d["cur"], R.randint(0, 1), R.randint(0, 9999)), "unit_rate"), " | ", N("%s %d.%02d/day" % (d["cur"], R.randint(0, 3), R.randint(0, 99)), "amount"), " | ",
                N("2026-%02d-01" % R.randint(1, 12), "date"), " |"]
    out += ["\nQuestions: ", role(d, "metering"), ", ", helpline(d), ". ", N(R.choice(WORDS), "name_as_word")]
    return "table", out


@tpl(40, clean=True)
def uat_notes(R, d):
    out = ["UAT — field app payment screen (", fw(R), ")\n- test card ", N(R.choice(TEST_CARDS), "test_card"), ", CVC ", N("%03d" % R.randint(100, 999), "cvc"),
           "\n- masked on receipt as ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"),
           "\n- declined path: ", N(nonluhn(R, 16, "4"), "luhn_fail"),
           "\n- test customer ", N("test.customer@example.com", "example_email"), ", phone ", N("+00 000 000 000", "placeholder"),
           "\n- API key ", N(R.choice(["<wfm-api-key>", "${WFM_API_KEY}", "changeme"]), "placeholder"), ", IBAN with a typo ", N(bad_iban(R, R.choice(["DE", "GB", "FR", "NL", "ES"])), "iban_bad_check"),
           "\n- hosts ", N(lan_ip(R), "private_ip"), " / ", N(doc_ip(R), "doc_ip"), ", device ", N(mac(R), "mac"), "\nticket ", job_no(R)]
    return "notes", out


@tpl(40, clean=True)
def crew_briefing(R, d):
    w = R.sample(WORDS, 2)
    out = ["Crew briefing ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "date"), " — depot at ", N(EPONYM[d["code"]][0], "eponym_site"),
           "\n1. ", N(w[0], "name_as_word"), "\n2. Planned outage on ", asset_id(R), ", switching at ", N("%02d:00" % R.randint(6, 22), "time"),
           " (grid ", gridref(R), ")\n3. ", N(w[1], "name_as_word"), "\n4. Fault codes ", N("E%02d / F%03d" % (R.randint(1, 99), R.randint(1, 999)), "fault_code"),
           " on the new meters: update to ", fw(R), "\nDuty controller: ", helpline(d)]
    return "notes", out


# ====================================================================== rules
PARTICLES = {"van", "de", "der", "Le", "Văn", "Thị", "Dell"}
NAMEWORDS = set()
for _d in LOC.values():
    for g, _r in _d["GM"] + _d["GF"]:
        NAMEWORDS.update(g.split())
    for m, f, _r in _d["SN"]:
        NAMEWORDS.update(m.replace("'", " ").split())
        NAMEWORDS.update(f.replace("'", " ").split())
NAMEWORDS -= PARTICLES
LATIN_NW = sorted(w for w in NAMEWORDS if re.match(r"^[A-Za-zÀ-ɏḀ-ỿ'-]+$", w))
OTHER_NW = sorted(w for w in NAMEWORDS if w not in LATIN_NW and len(w) >= 2)
LATIN_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, LATIN_NW)) + r")(?![\w])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8})\b")
ROLE_BOXES = {"fieldops", "psr", "collections", "complaints", "outages", "metering"}
TESTS = {re.sub(r"\D", "", t) for t in TEST_CARDS}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_runs(s):
    groups = [(m.start(), m.group()) for m in re.finditer(r"\d+", s)]
    for i in range(len(groups)):
        acc = ""
        for j in range(i, len(groups)):
            if j > i:
                gap = s[groups[j - 1][0] + len(groups[j - 1][1]):groups[j][0]]
                if gap not in (" ", "-", ".", "\u00a0", "\u202f"):
                    break
            acc += groups[j][1]
            if 13 <= len(acc) <= 19 and luhn_ok(acc) and len(set(acc)) > 1 and acc not in TESTS:
                return acc
            if len(acc) > 19:
                break
        g = groups[i][1]
        for k in range(len(g)):
            for n in range(13, 20):
                w = g[k:k + n]
                if len(w) == n and (k > 0 or k + n < len(g)) and luhn_ok(w) and len(set(w)) > 1 and w not in TESTS:
                    pass  # sub-windows of longer runs are not flagged
    return None


def label_ok(sp):
    v, t = sp["value"], sp["type"]
    if t == "iban":
        c = v.replace(" ", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if t == "card":
        return luhn_ok(re.sub(r"\D", "", v))
    if t == "email":
        return EMAIL_RE.fullmatch(v) is not None and ".example" not in v and "@example" not in v
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    if t == "gov_id":
        s, x = sp["sub"], re.sub(r"[\s.-]", "", v)
        return {"us_ssn": lambda: ssn_valid(int(x[:3]), int(x[3:5]), int(x[5:])),
                "uk_nino": lambda: x[:2] not in NINO_BAD_PREFIX and len(x) == 9,
                "de_steuer_id": lambda: steuerid_ok(x), "fr_nir": lambda: nir_ok(x[:13], x[13:]),
                "es_dni": lambda: DNI_LETTERS[int(x[:8]) % 23] == x[8], "it_cf": lambda: cf_check(x[:15]) == x[15],
                "nl_bsn": lambda: bsn_ok(x), "pl_pesel": lambda: pesel_ok(x), "ru_snils": lambda: snils_ck(x[:9]) == x[9:],
                "gr_amka": lambda: luhn_ok(x) and len(x) == 11, "tr_tckn": lambda: tckn_ok(x), "il_tz": lambda: luhn_ok(x) and len(x) == 9,
                "eg_national_id": lambda: len(x) == 14 and x[0] in "23", "in_aadhaar": lambda: verhoeff_ok(x),
                "th_id": lambda: th_ok(x), "cn_resident_id": lambda: cn_ok(x), "jp_my_number": lambda: mynumber_ck(x[:11]) == x[11],
                "kr_rrn": lambda: rrn_ok(x), "vn_cccd": lambda: len(x) == 12 and x.isdigit(), "br_cpf": lambda: cpf_ok(x),
                "se_personnummer": lambda: luhn_ok(x) and len(x) == 10}[s]()
    return True


def violations(rec, clean):
    out = []
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        out.append("length")
    if clean != (not rec["spans"]):
        out.append("clean/labelled")
    for sp in rec["spans"]:
        if not label_ok(sp):
            out.append("bad label %s %s" % (sp["type"], sp["value"]))
    m = masked(rec)
    for e in EMAIL_RE.finditer(m):
        local, dom = e.group().split("@", 1)
        if not (local in ROLE_BOXES and any(dom == x["dom"] for x in LOC.values())) and "example." not in dom:
            out.append("email " + e.group())
    for x in IP4_RE.finditer(m):
        try:
            if ipaddress.ip_address(x.group(1)).is_global:
                out.append("ip " + x.group(1))
        except ValueError:
            pass
    for x in IP6_RE.finditer(m):
        try:
            if ipaddress.ip_address(x.group(1)).is_global:
                out.append("ip6 " + x.group(1))
        except ValueError:
            pass
    r = luhn_runs(m)
    if r:
        out.append("luhn " + r)
    for x in IBAN_RE.finditer(m):
        c = x.group(1).replace(" ", "")
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1:
            out.append("iban " + c)
    for x in LATIN_RE.finditer(m):
        out.append("name " + x.group(1))
    for w in OTHER_NW:
        if w in m:
            out.append("name " + w)
    return out


# ====================================================================== build
def phones_of(rec):
    return [(sp["value"], sp["region"], sp["region"]) for sp in rec["spans"] if sp["type"] == "phone"]


def generate():
    cands = []
    for ti, (name, f, count, clean) in enumerate(TPL):
        lst = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            d = LOC[CODES[(i + 5 * ti) % len(CODES)]]
            form, body = f(R, d)
            rec = build("x", form, d["lang"], wrap(R, d, body, form))
            rec["_cc"] = d["code"]
            lst.append(rec)
        cands.append((name, count, clean, lst))
    allph = sorted({p for _n, _c, _cl, lst in cands for r in lst for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        raise SystemExit("pv missing")
    badset = {tuple(b.split("\t")[1:4]) for b in bad}
    recs, seen, dropped = [], set(), Counter()
    for name, count, clean, lst in cands:
        kept = 0
        for r in lst:
            if kept == count:
                break
            v = violations(r, clean)
            if any(p in badset for p in phones_of(r)):
                v.append("pv")
            if r["text"] in seen:
                v.append("repeat")
            if v:
                dropped[name] += 1
                continue
            seen.add(r["text"])
            r["_tpl"] = name
            recs.append(r)
            kept += 1
        assert kept == count, (name, kept, count)
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        o = {"id": PREFIX + "%05d" % i}
        o.update({k: v for k, v in r.items() if k not in ("id", "_cc", "_tpl")})
        check_record(o)
        out.append(o)
    return out, recs, dropped, bad


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    out, raw, dropped, bad = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            cur = fh.read()
        assert cur == dumps(out), "file differs from regeneration"
        for r in out:
            check_record(r)
            assert not violations(r, not r["spans"]), r["id"]
        assert sum(1 for r in out if not r["spans"]) == 200 and len(out) == 800
        print("ok: %d records, identical and valid" % len(out))
        return
    if "--stats" in sys.argv:
        ty = Counter(sp["type"] for r in out for sp in r["spans"])
        print("records", len(out), "clean", sum(1 for r in out if not r["spans"]), "labels", sum(ty.values()))
        print("types", dict(ty.most_common()))
        print("langs", dict(Counter(r["lang"] for r in out).most_common()))
        print("countries", dict(Counter(r["_cc"] for r in raw if r["spans"]).most_common()))
        print("forms", dict(Counter(r["form"] for r in out).most_common()))
        print("templates", {n: c for n, _f, c, _cl in TPL})
        print("dropped", dict(dropped), "pv-bad", len(bad))
        print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in out for sp in r["spans"]).most_common()))
        print("negs", len({t for r in out for t in r.get("neg", [])}), sorted({t for r in out for t in r.get("neg", [])}))
        L_ = [len(r["text"]) for r in out]
        print("len", min(L_), sorted(L_)[len(L_) // 2], max(L_))
        return
    write_jsonl(OUT, out)
    print("wrote %d records to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
