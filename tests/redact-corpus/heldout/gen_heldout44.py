#!/usr/bin/python3
"""Held-out part 44 of the redaction corpus (heldout44.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 43
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 22's rules on named
employees and on employee and works numbers, part 32's on server IPs and
documentation ranges, part 39's on named staff and badge numbers, part 27's
Modbus LAN IP and part 40's search list), lines 1-100 of
gen_heldout33.py and its function `pv_check`, and, outside the repository,
the source of the phone validator /tmp/pv/pv.cc (run only through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no
project binary, no make, no cmake/ctest and no git command, and it did not
score this file. Started 09:41:10 UTC on 2026-12-05 (`date -u`); the end
time is in heldout/README.md. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 33's header.

Theme: MANUFACTURING, FACTORIES AND INDUSTRIAL SITES FROM THE STAFF SIDE.
What plant managers, shift supervisors, HR and payroll clerks, safety
officers, maintenance planners, quality and supplier-quality engineers,
buyers, OT/SCADA engineers, agency-labour coordinators and site security
paste into an AI assistant, from 23 countries in 20 languages: shift
rosters and overtime sheets, induction records, accident and near-miss
reports, return-to-work notes, agency worker registrations, visitor and
contractor sign-in logs, permits to work, CMMS work orders, 8D reports,
supplier bank-detail change requests, SCADA/MES configs and VPN logs,
badge-access logs, payroll queries and works-council e-mails. Hard
negatives of the theme everywhere: part, serial, batch and lot numbers,
machine and line ids, PO, work-order, NCR and permit numbers, tag names,
ISO/EN standards, torques, pressures and tolerances, plant addresses,
switchboards and role mailboxes, private and documentation IPs, Modbus
addresses, MACs, sample values, machines and companies named after people,
and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
440521, shuffle seed 440522).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout44.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout44.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout44.py --stats   # counts
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
                       secret_random, PLANS, digits, nz, rnd, ALNUM)

SEED = 440521
SHUFFLE_SEED = 440522
OUT = os.path.join(HERE, "heldout44.jsonl")
PREFIX = "heldout-ar-"


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
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + str(R.choice("02468" if female else "13579"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def pnr(R, y, m, d):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(1, 999))
    return body[:6] + "-" + body[6:] + luhn_complete(body)[-1]


def pnr_ok(s):
    return luhn_ok(s.replace("-", "").replace("+", "")[-10:])


def thai_id(R):
    b = str(R.randint(1, 8)) + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def thai_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, y, m, d, female):
    area = R.choice(["510104", "330106", "440305", "320102", "420111", "370202"])
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = area + "%04d%02d%02d" % (y, m, d) + seq
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def kr_rrn(R, y, m, d, female):
    g = (3 if y >= 2000 else 1) + (1 if female else 0)
    b = "%02d%02d%02d%d" % (y % 100, m, d, g) + digits(R, 5)
    c = (11 - sum(int(a) * w for a, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def kr_ok(s):
    b = s.replace("-", "")
    return (11 - sum(int(a) * w for a, w in zip(b[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10 == int(b[12])


def il_id(R):
    b = digits(R, 8)
    for c in "0123456789":
        if il_ok(b + c):
            return b + c


def il_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def amka(R, y, m, d):
    return luhn_complete("%02d%02d%02d" % (d, m, y % 100) + digits(R, 4))


def nif_pt(R):
    b = R.choice("12") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def eg_nid(R, y, m, d, female):
    return "%d%02d%02d%02d" % (2 if y < 2000 else 3, y % 100, m, d) + R.choice(["01", "02", "21", "12", "88"]) + digits(R, 3) + R.choice("02468" if female else "13579") + digits(R, 1)


def vn_cccd(R, y, female):
    c = (0 if y < 2000 else 2) + (1 if female else 0)
    return R.choice(["001", "079", "048", "031", "092"]) + str(c) + "%02d" % (y % 100) + digits(R, 6)


def snils(R):
    while True:
        b = digits(R, 9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    if c == 100:
        c = 0
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def snils_ok(v):
    b = re.sub(r"\D", "", v)
    s = sum(int(c) * (9 - i) for i, c in enumerate(b[:9]))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    if c == 100:
        c = 0
    return int(b[9:]) == c


def mynumber(R):
    b = str(R.randint(1, 9)) + digits(R, 10)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return b + str(0 if r <= 1 else 11 - r)


def mynumber_ok(v):
    b = v.replace(" ", "")
    return len(b) == 12 and mynumber_check(b[:11]) == b[11]


def mynumber_check(b):
    s = sum(int(b[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return str(0 if r <= 1 else 11 - r)


def mx_nss(R):
    return luhn_complete(digits(R, 2) + "%02d" % R.randint(70, 99) + "%02d" % R.randint(70, 99) + digits(R, 4))


# ====================================================================== locales
# Names: "native|roman" where the script is not Latin; family "m/f" where the
# female form differs (PL, RU, GR).
def S(s):
    return s.split()


LOC = {}


def loc(cc, **kw):
    LOC[cc] = kw


loc("US", lang="en", gm=S("Dallin Kirby Tucker Waylon Corbin Bridger Emmitt Holden Jace Lowell"),
    gf=S("Kenna Dacey Loralei Maycee Shelby Tawnya Rylee Joetta Charla Brynlee"),
    fam=S("Grissom Bostwick Huffstetler Blevins Haygood Fentress Rutledge Dunaway Gatlin Tackett Eubanks Swindell"),
    streets=["Foundry Hollow Rd", "Gristmill Ave", "Quarry Bend Dr", "Sawtooth Ridge Ln", "Tapping Floor St"],
    towns=[("Dayton", "OH", "45402"), ("Muncie", "IN", "47302"), ("Spartanburg", "SC", "29301"), ("Decatur", "AL", "35601")],
    mail=["gmail.com", "yahoo.com", "outlook.com"],
    co=("Tri-River Stamping Works", "tririverstamping.com", "4400 Rolling Mill Pkwy, Dayton, OH 45414", "(937) 555-0100"),
    sup=("Ozark Fastener Supply Co.", "ozarkfastener.com"))
loc("GB", lang="en", gm=S("Alfie Callum Ewan Rhys Kieran Dominic Tomos Torin Gareth Fergus"),
    gf=S("Demelza Tressa Morwenna Elowen Lowenna Tegan Carys Bronwen Rhiannon Sioned"),
    fam=S("Carveth Trevithick Chegwidden Nankivell Polglase Rosewarne Pengelly Tregoning Jelbert Kitto Trembath Curnow"),
    streets=["Smithy Lane", "Furnace Row", "Tinners Way", "Kiln Close", "Pattern Shop Walk"],
    towns=[("Redruth", "TR15 2AA"), ("Camborne", "TR14 8LD"), ("Telford", "TF3 4NB"), ("Rotherham", "S60 1QJ")],
    mail=["gmail.com", "btinternet.com", "outlook.com"],
    co=("Carn Brea Precision Castings Ltd", "carnbreacastings.co.uk", "Unit 7, Pool Industrial Estate, Redruth TR15 3RH", "01209 710 400"),
    sup=("Kernow Hydraulics Ltd", "kernowhydraulics.co.uk"))
loc("DE", lang="de", gm=S("Volkmar Hartwig Wolfram Detlef Lutz Ortwin Sönke Waldemar Torsten Eckehard"),
    gf=S("Heidrun Gisela Roswitha Elke Dörte Hannelore Mechthild Sieglinde Gudrun Irmtraud"),
    fam=S("Kesselbach Brinkhaus Schmiedeknecht Eisenhut Ziegenbalg Hammerschmidt Dröge Kupferschläger Rabenhorst Wetzlich Ohlendorf Pfannenstiel"),
    streets=["Hüttenweg", "Am Hochofen", "Walzwerkstraße", "Zechenstraße", "Schmelzerweg"],
    towns=[("Siegen", "57072"), ("Lüdenscheid", "58507"), ("Iserlohn", "58636"), ("Olpe", "57462")],
    mail=["web.de", "gmx.de", "t-online.de"],
    co=("Sauerländer Drahtzieherei GmbH", "drahtzieherei-sauerland.de", "Industriestraße 40, 58762 Altena", "02352 9180-0"),
    sup=("Märkische Federnfabrik KG", "federnfabrik-mark.de"))
loc("FR", lang="fr", gm=S("Gaëtan Thibault Anatole Ferréol Aurélien Ghislain Corentin Evariste Landry Quentin"),
    gf=S("Gersende Anaïs Maëlle Gwendoline Bérangère Solenne Clotilde Perrine Faustine Bertille"),
    fam=S("Lemarchal Fourcade Dussautoir Rabillard Maréchaux Chaudronnier Castagnède Ferrandou Boisselier Tréguier Vaillandet Grosjeannet"),
    streets=["rue des Forges", "allée des Tréfileries", "impasse du Laminoir", "rue de la Fonderie", "chemin des Mineurs"],
    towns=[("Montbéliard", "25200"), ("Le Creusot", "71200"), ("Hayange", "57700"), ("Saint-Chamond", "42400")],
    mail=["orange.fr", "free.fr", "laposte.net"],
    co=("Usinage de la Combe de l'Allan SAS", "usinage-doubs.fr", "ZI des Combes, 25400 Audincourt", "03 81 30 72 00"),
    sup=("Visserie Comtoise SARL", "visserie-comtoise.fr"))
loc("ES", lang="es", gm=S("Iñaki Txomin Aitor Gorka Eneko Urtzi Ander Koldo Jokin Mikel"),
    gf=S("Arrate Nerea Garazi Garbiñe Oihana Leire Izaskun Uxue Arantxa Olatz"),
    fam=S("Lasagabaster Arrieta Sarasola Azpiazu Gabilondo Altuna Agirregabiria Elorza Urkiola Mendizabal Ugarte Zabaleta"),
    streets=["Calle de la Ferrería", "Avenida de los Altos Hornos", "Calle del Torno", "Paseo de la Siderurgia", "Calle Acería"],
    towns=[("Eibar", "20600", "Gipuzkoa"), ("Sestao", "48910", "Bizkaia"), ("Beasain", "20200", "Gipuzkoa"), ("Durango", "48200", "Bizkaia")],
    mail=["gmail.com", "hotmail.es", "yahoo.es"],
    co=("Forjas del Deba S.L.", "forjasdeba.es", "Polígono Azitain 14, 20600 Eibar (Gipuzkoa)", "943 12 40 00"),
    sup=("Tornillería Goierri S.A.", "tornilleriagoierri.es"))
loc("MX", lang="es", gm=S("Eleuterio Heriberto Rigoberto Wenceslao Ezequiel Fulgencio Nazario Cirilo Abundio Porfirio"),
    gf=S("Yolotzin Maricruz Dulce Nayeli Guadalupe Mayahuel Brenda Araceli Yesenia Fabiola"),
    fam=S("Tlacuilo Tepox Zempoalteca Tepoz Ixtlahuaca Cuahutle Xicohténcatl Xolalpa Huitrón Maceda Tzompa Coyotzi"),
    streets=["Calle Maquiladora", "Av. Parque Industrial", "Calle Fundidores", "Privada Ensambladores", "Calle Soldadores"],
    towns=[("Apodaca", "66600", "N.L."), ("Ramos Arizpe", "25900", "Coah."), ("Silao", "36100", "Gto."), ("Lerma", "52000", "Méx.")],
    mail=["gmail.com", "hotmail.com", "outlook.com"],
    co=("Arneses del Bajío S.A. de C.V.", "arnesesbajio.com.mx", "Parque Industrial Castro del Río, Silao, Gto. 36275", "472 722 9000"),
    sup=("Troqueles Regiomontanos S.A.", "troquelesregio.com.mx"))
loc("IT", lang="it", gm=S("Ettore Ardito Ermenegildo Fiorenzo Ivano Romualdo Teodoro Ugolino Valeriano Lamberto"),
    gf=S("Ornella Graziella Loredana Annunziata Fiorella Tiziana Mirella Donatella Ersilia Nives"),
    fam=S("Pozzoli Cattaneo Lombardoni Bergamaschi Fumagalli Ravasi Colombetti Ronchetti Sangalli Mauri Crippa Redaelli"),
    streets=["Via delle Trafilerie", "Via dei Fonditori", "Via dei Bulloni", "Viale dell'Acciaio", "Via dei Tornitori"],
    towns=[("Lumezzane", "25065", "BS"), ("Lecco", "23900", "LC"), ("Lissone", "20099", "MI"), ("Dalmine", "24044", "BG")],
    mail=["libero.it", "virgilio.it", "gmail.com"],
    co=("Rubinetterie Valgobbia S.p.A.", "valgobbia-rubinetterie.it", "Via Industriale 88, 25065 Lumezzane (BS)", "030 827 1100"),
    sup=("Minuterie Metalliche Brianza srl", "minuteriebrianza.it"))
loc("NL", lang="nl", gm=S("Gerrit Hendrikus Wubbo Harm Jelte Sjoerd Tjeerd Rutger Lammert Gosse"),
    gf=S("Geertje Hiske Jitske Aukje Sietske Jeltje Trijntje Froukje Baukje Griet"),
    fam=S("van_Slochteren de_Wolderink Bosscher Bruggink Kleinjan ter_Borgh Oosterkamp Nijhuis Wessels Hofstee Lubbers Brouwer"),
    streets=["Smederijstraat", "Ketelmakerslaan", "Draaierijweg", "Gieterijstraat", "Lasserspad"],
    towns=[("Hengelo", "7553 AB"), ("Almelo", "7602 KL"), ("Helmond", "5701 RT"), ("Veendam", "9641 JN")],
    mail=["ziggo.nl", "kpnmail.nl", "gmail.com"],
    co=("Twentse Tandwielfabriek B.V.", "tandwielfabriek-twente.nl", "Industrieweg 12, 7556 BE Hengelo", "074 291 3300"),
    sup=("Apparatenbouw Salland B.V.", "apparatenbouwsalland.nl"))
loc("PL", lang="pl", gm=S("Zdzisław Mirosław Czesław Bogumił Ryszard Leszek Wiesław Stanisław Mieczysław Bronisław"),
    gf=S("Grażyna Halina Bożena Jadwiga Danuta Wiesława Krystyna Stanisława Teresa Mirosława"),
    fam=S("Kuźniarski/Kuźniarska Hutnicki/Hutnicka Ślusarczyk/Ślusarczyk Odlewski/Odlewska Tokarczyk/Tokarczyk Frezerski/Frezerska Wawrzyniak/Wawrzyniak Szymczuk/Szymczuk Kowalczuk/Kowalczuk Gwoździk/Gwoździk Młotkowski/Młotkowska Żelaźniak/Żelaźniak"),
    streets=["ul. Hutnicza", "ul. Odlewników", "ul. Tokarzy", "ul. Ślusarska", "ul. Walcownicza"],
    towns=[("Stalowa Wola", "37-450"), ("Mielec", "39-300"), ("Tychy", "43-100"), ("Dąbrowa Górnicza", "41-300")],
    mail=["wp.pl", "onet.pl", "interia.pl"],
    co=("Zakłady Mechaniczne Sanbud Sp. z o.o.", "zm-sanbud.pl", "ul. Fabryczna 19, 37-450 Stalowa Wola", "15 842 30 00"),
    sup=("Kuźnia Podkarpacka S.A.", "kuznia-podkarpacka.pl"))
loc("PT", lang="pt", gm=S("Amândio Albano Custódio Evaristo Gaudêncio Hermínio Leonel Olegário Rogério Silvino"),
    gf=S("Albertina Celeste Deolinda Filomena Graciete Ilda Lurdes Natércia Odete Rosalina"),
    fam=S("Pimentel Quintas Fontoura Barbosa Carneiro Gouveia Portela Canedo Trigueiros Amorim Pacheco Leitão"),
    streets=["Rua dos Moldes", "Travessa da Fundição", "Rua da Cutelaria", "Avenida da Metalurgia", "Rua dos Serralheiros"],
    towns=[("Marinha Grande", "2430-028"), ("Guimarães", "4835-045"), ("Oliveira de Azeméis", "3720-256"), ("Águeda", "3750-101")],
    mail=["sapo.pt", "gmail.com", "hotmail.com"],
    co=("Moldes Pinhal da Nazaré Lda.", "moldespinhal.pt", "Zona Industrial Norte, Lote 23, 2430-028 Marinha Grande", "244 570 800"),
    sup=("Cutelarias do Vez Lda.", "cutelariasvez.pt"))
loc("BR", lang="pt", gm=S("Josenildo Valdeci Josélio Cleiton Gildásio Rivaldo Genivaldo Reginaldo Raimundo Cosme"),
    gf=S("Josiane Edileuza Cleonice Marinalva Lucilene Rosimeire Joelma Valdirene Gilvania Elisângela"),
    fam=S("Bezerra Cavalcanti Medeiros Nóbrega Dantas Bandeira Arruda Albuquerque Holanda Figueiredo Siqueira Macedo"),
    streets=["Rua dos Metalúrgicos", "Avenida das Indústrias", "Rua Torneiro Mecânico", "Rua da Caldeiraria", "Travessa dos Ferramenteiros"],
    towns=[("Contagem", "SP", "09750-000"), ("Betim", "MG", "32600-000"), ("Joinville", "SC", "89201-000"), ("Camaçari", "BA", "42800-000")],
    mail=["gmail.com", "uol.com.br", "bol.com.br"],
    co=("Autopeças Paraopeba Ltda.", "autopecasparaopeba.com.br", "Rodovia Fernão Dias, km 492, Betim - MG, 32669-900", "(31) 3592-8000"),
    sup=("Fundição Capixaba S.A.", "fundicaocapixaba.com.br"))
loc("SE", lang="sv", gm=S("Gunnar Assar Gottfrid Torbjörn Ragnvald Sigvard Evert Folke Arvid Göte"),
    gf=S("Gunborg Ingegerd Solveig Birgitta Majvor Elvira Siv Ulla Inga Märta"),
    fam=S("Smedberg Hammarström Järnefelt Bruksberg Valsén Hyttsten Malmgren Stålhammar Degerlund Grufman Masugnsson Kolbjörn"),
    streets=["Bruksgatan", "Hyttvägen", "Smedjegatan", "Valsverksvägen", "Gjutarvägen"],
    towns=[("Sandviken", "811 31"), ("Hofors", "813 30"), ("Avesta", "774 30"), ("Fagersta", "737 30")],
    mail=["telia.com", "gmail.com", "hotmail.se"],
    co=("Gästrike Valsverk AB", "gastrikevalsverk.se", "Verkstadsvägen 3, 811 81 Sandviken", "026-24 50 00"),
    sup=("Dalarnas Bult & Mutter AB", "dalabult.se"))
loc("TR", lang="tr", gm=S("Cengiz Erdal Gürsel Kadir Nevzat Muzaffer Recep Sadettin Tuncay Yaşar"),
    gf=S("Gülsüm Hacer Kevser Nurten Saadet Şükran Türkan Nebahat Zübeyde Melahat"),
    fam=S("Demirci Kazancı Dökümcü Tornacı Çelikkaya Bakırcıoğlu Kalaycı Nalbant Örsçü Dökmeci Karademir Tezgâhlı"),
    streets=["Sanayi Caddesi", "Döküm Sokak", "Tornacılar Sokak", "Organize Sanayi Bulvarı", "Kaynakçılar Sokak"],
    towns=[("Gebze", "Kocaeli", "41400"), ("İnegöl", "Bursa", "16400"), ("Çorlu", "Tekirdağ", "59850"), ("Kartepe", "Kocaeli", "41180")],
    mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
    co=("Marmara Döküm Sanayi A.Ş.", "marmaradokum.com.tr", "GOSB 1200. Sokak No:4, 41480 Gebze/Kocaeli", "0262 751 20 00"),
    sup=("Körfez Cıvata Ltd. Şti.", "korfezcivata.com.tr"))
loc("RU", lang="ru", gm=S("Тимофей|Timofey Всеволод|Vsevolod Ярослав|Yaroslav Остап|Ostap Филат|Filat Гордей|Gordey Прохор|Prokhor Савва|Savva Радим|Radim Мирон|Miron"),
    gf=S("Агафья|Agafya Ульяна|Ulyana Евдокия|Evdokiya Пелагея|Pelageya Зинаида|Zinaida Василиса|Vasilisa Таисия|Taisiya Серафима|Serafima Милана|Milana Варвара|Varvara"),
    fam=S("Кузнецов/Кузнецова|Kuznetsov Литейщиков/Литейщикова|Liteyshchikov Токарев/Токарева|Tokarev Слесарев/Слесарева|Slesarev Молотков/Молоткова|Molotkov Горнов/Горнова|Gornov Заводчиков/Заводчикова|Zavodchikov Плавильщиков/Плавильщикова|Plavilshchikov Наковальнев/Наковальнева|Nakovalnev Клепиков/Клепикова|Klepikov"),
    streets=["ул. Металлургов", "ул. Литейная", "пр-т Машиностроителей", "ул. Сталеваров", "ул. Прокатчиков"],
    towns=[("Магнитогорск", "455000"), ("Череповец", "162600"), ("Нижний Тагил", "622001"), ("Тольятти", "445000")],
    mail=["mail.ru", "yandex.ru", "rambler.ru"],
    co=("АО «Тагильский трубный завод»", "tagiltruba.ru", "622005, г. Нижний Тагил, Восточное шоссе, 7", "8 (3435) 47-20-00"),
    sup=("ООО «Уралметиз»", "uralmetiz.ru"))
loc("GR", lang="el", gm=S("Αριστείδης|Aristeidis Παντελής|Pantelis Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Ευάγγελος|Evangelos Ηλίας|Ilias Στυλιανός|Stylianos Παναγιώτης|Panagiotis Μιλτιάδης|Miltiadis Θεμιστοκλής|Themistoklis"),
    gf=S("Ευτυχία|Eftychia Παρασκευή|Paraskevi Σταυρούλα|Stavroula Χρυσούλα|Chrysoula Αγλαΐα|Aglaia Καλλιόπη|Kalliopi Βασιλική|Vasiliki Ευανθία|Evanthia Δέσποινα|Despoina Αθηνά|Athina"),
    fam=S("Σιδεράς/Σιδερά|Sideras Χαλκιάς/Χαλκιά|Chalkias Καζαντζής/Καζαντζή|Kazantzis Μαυρογένης/Μαυρογένη|Mavrogenis Τορναράς/Τορναρά|Tornaras Σφυράκης/Σφυράκη|Sfyrakis Καμινάρης/Καμινάρη|Kaminaris Αμονιδης/Αμονίδου|Amonidis Λαμαρινάς/Λαμαρινά|Lamarinas Βιδάκης/Βιδάκη|Vidakis"),
    streets=["οδός Βιομηχανίας", "οδός Χαλυβουργών", "οδός Μεταλλουργών", "οδός Τορναδόρων", "οδός Εργοστασίου"],
    towns=[("Ελευσίνα", "192 00"), ("Σίνδος", "570 22"), ("Ασπρόπυργος", "193 00"), ("Βόλος", "383 34")],
    mail=["gmail.com", "yahoo.gr", "otenet.gr"],
    co=("Χαλυβουργία Θριασίου Α.Ε.", "thriasio-steel.gr", "ΒΙΠΕ Ασπροπύργου, Ο.Τ. 12, 193 00 Ασπρόπυργος", "210 557 3000"),
    sup=("Βιδοποιία Σίνδου Ε.Π.Ε.", "vidopoiia-sindou.gr"))
loc("IN", lang="hi", gm=S("हरिओम|Hariom बलवंत|Balwant जसवंत|Jaswant कुलदीप|Kuldeep महेंद्र|Mahendra नरपत|Narpat भूपेंद्र|Bhupendra दलवीर|Dalveer रणवीर|Ranveer शिवराज|Shivraj"),
    gf=S("सुशीला|Sushila कमलेश|Kamlesh भगवती|Bhagwati निर्मला|Nirmala संतोष|Santosh उर्मिला|Urmila राजबाला|Rajbala कौशल्या|Kaushalya मंजुला|Manjula रेवती|Revati"),
    fam=S("लोहिया|Lohia ठठेरा|Thathera कसेरा|Kasera सुनार|Sunar तंवर|Tanwar रघुवंशी|Raghuvanshi भदौरिया|Bhadauria चंदेल|Chandel गहलोत|Gehlot सिकरवार|Sikarwar"),
    streets=["प्लॉट 14, सेक्टर 5, IMT मानेसर", "मकान 22, गली 3, बहादुरगढ़", "फ्लैट 7, सेक्टर 24, फ़रीदाबाद", "हाउस 9, ब्लॉक C, भिवाड़ी"],
    towns=[("गुरुग्राम", "हरियाणा", "122051"), ("फ़रीदाबाद", "हरियाणा", "121005"), ("भिवाड़ी", "राजस्थान", "301019"), ("पीथमपुर", "मध्य प्रदेश", "454775")],
    mail=["gmail.com", "rediffmail.com", "yahoo.in"],
    co=("अरावली ऑटो कंपोनेंट्स प्रा. लि.", "aravaliautocomp.in", "प्लॉट 61, सेक्टर 8, IMT मानेसर, गुरुग्राम 122050", "0124 429 1100"),
    sup=("पीथमपुर फोर्जिंग्स लि.", "pithampurforgings.in"))
loc("CN", lang="zh", gm=S("建钢|Jiangang 铁柱|Tiezhu 志刚|Zhigang 国栋|Guodong 永强|Yongqiang 卫东|Weidong 海涛|Haitao 立新|Lixin 振华|Zhenhua 宏伟|Hongwei"),
    gf=S("秀兰|Xiulan 桂芳|Guifang 玉珍|Yuzhen 淑华|Shuhua 凤英|Fengying 丽萍|Liping 春燕|Chunyan 红梅|Hongmei 晓燕|Xiaoyan 翠华|Cuihua"),
    fam=S("钟|Zhong 邝|Kuang 冼|Xian 麦|Mai 闻人|Wenren 长孙|Zhangsun 龚|Gong 邬|Wu 阎|Yan 裘|Qiu"),
    streets=["宝安区福永街道凤凰第一工业区", "龙岗区坪地街道", "南海区狮山镇科技工业园", "顺德区容桂街道"],
    towns=[("深圳市", "518103"), ("佛山市", "528225"), ("东莞市", "523000"), ("苏州市", "215000")],
    mail=["qq.com", "163.com", "126.com"],
    co=("佛山南岭精密五金有限公司", "nanling-hardware.cn", "广东省佛山市南海区狮山镇兴业路18号 528225", "0757-8663 2000"),
    sup=("东莞虎门模具有限公司", "humen-mould.cn"))
loc("JP", lang="ja", gm=S("鉄也|Tetsuya 鋼太郎|Kotaro 剛|Tsuyoshi 勇作|Yusaku 辰夫|Tatsuo 源治|Genji 茂樹|Shigeki 善之|Yoshiyuki 幸雄|Yukio 昭二|Shoji"),
    gf=S("節子|Setsuko 和代|Kazuyo 登美子|Tomiko 悦子|Etsuko 弘美|Hiromi 千鶴|Chizuru 由紀江|Yukie 里枝|Rie 睦美|Mutsumi 静香|Shizuka"),
    fam=S("鍛冶屋|Kajiya 鋳方|Ikata 鋳谷|Imoya 鉄村|Tetsumura 釜石|Kamaishi 研野|Togino 鎚田|Tsuchida 井桁|Igeta 旋谷|Senya 溶田|Tokita"),
    streets=["大字工業団地2丁目5番地", "鋳物町3丁目12-4", "鍛治町1丁目8-2", "本町4丁目21-7"],
    towns=[("愛知県刈谷市", "448-0002"), ("新潟県燕市", "959-1263"), ("岐阜県関市", "501-3801"), ("大阪府東大阪市", "577-0011")],
    mail=["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
    co=("燕三条金属工業株式会社", "tsubame-kinzoku.co.jp", "〒959-1277 新潟県燕市物流センター1丁目8番地", "0256-63-5100"),
    sup=("関刃物精工株式会社", "seki-hamono.co.jp"))
loc("KR", lang="ko", gm=S("철수|Cheolsu 용석|Yongseok 태호|Taeho 병철|Byeongcheol 상훈|Sanghun 기석|Giseok 동욱|Donguk 재형|Jaehyeong 성진|Seongjin 명수|Myeongsu"),
    gf=S("순자|Sunja 영숙|Yeongsuk 미경|Migyeong 정희|Jeonghui 은주|Eunju 혜숙|Hyesuk 경애|Gyeongae 옥순|Oksun 말순|Malsun 복희|Bokhui"),
    fam=S("예|Ye 천|Cheon 엄|Eom 채|Chae 추|Chu 탁|Tak 봉|Bong 편|Pyeon 육|Yuk 석|Seok"),
    streets=["공단로 142", "산업로 77번길 9", "철강로 25", "조선소길 13-2"],
    towns=[("경상북도 포항시 남구", "37875"), ("울산광역시 동구", "44032"), ("경상남도 창원시 성산구", "51536"), ("전라남도 광양시", "57771")],
    mail=["naver.com", "daum.net", "gmail.com"],
    co=("영일만정밀(주)", "yeongilman-precision.co.kr", "경상북도 포항시 남구 철강로 310 (37871)", "054-278-3100"),
    sup=("창원금형(주)", "changwon-mold.co.kr"))
loc("VN", lang="vi", gm=S("Khiêm Thắng Cường Lực Thịnh Toàn Hậu Phát Trọng Nghĩa"),
    gf=S("Hằng Thoa Nhung Xuyến Thắm Tuyết Diệu Hạnh Kiều Duyên"),
    fam=S("Quách Khổng Giáp Tôn Âu Ninh Bạch Doãn Triệu Lưu"),
    streets=["đường số 7, KCN Tân Đông Hiệp", "đường Lê Văn Khương", "đường số 3, KCN Hồ Học Lãm", "đường Trường Chinh"],
    towns=[("thành phố Dĩ An, Bình Dương", "75000"), ("quận Bình Tân, TP. HCM", "70000"), ("thành phố Thuận An, Bình Dương", "76000"), ("thành phố Bắc Ninh", "16000")],
    mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
    co=("Công ty TNHH Cơ khí Tân Đông Hiệp", "cokhisongthan.vn", "Lô C12, KCN Tân Đông Hiệp 2, Dĩ An, Bình Dương", "0274 3790 500"),
    sup=("Công ty CP Khuôn mẫu Thuận Giao", "khuonmaudongnai.vn"))
loc("TH", lang="th", gm=S("บุญเลิศ|Boonlert สมพงษ์|Sompong ประจักษ์|Prajak วีระพล|Weeraphon ชาตรี|Chatree เสน่ห์|Sanae ณรงค์|Narong ไพโรจน์|Pairoj อำนาจ|Amnat สุรศักดิ์|Surasak"),
    gf=S("บุปผา|Buppha ละเอียด|La-iad สำเนียง|Samniang อุไรวรรณ|Uraiwan ทองใบ|Thongbai จันทร์เพ็ญ|Chanpen ประไพ|Praphai มาลัย|Malai ลำดวน|Lamduan สายสุนีย์|Saisunee"),
    fam=S("เหล็กกล้า|Lekkla ช่างหล่อ|Changlor ทองเหลือง|Thonglueang ศรีโรงงาน|Sirongngan กลึงงาม|Kluengngam บุญมาก|Boonmak พึ่งทองคำ|Phuengthongkham แก่นจันทร์|Kaenchan ปั้นทอง|Panthong สมบูรณ์ชัย|Sombunchai"),
    streets=["นิคมอุตสาหกรรมอมตะซิตี้ ถนนบางนา-ตราด กม.57", "ซอยโรงงาน 4 ถนนสุขุมวิท", "หมู่ 3 ถนนปลวกแดง", "ซอยพัฒนา 9 ถนนเทพารักษ์"],
    towns=[("อำเภอเมืองระยอง จังหวัดระยอง", "21000"), ("อำเภอบ้านบึง จังหวัดชลบุรี", "20170"), ("อำเภอบางพลี จังหวัดสมุทรปราการ", "10540"), ("อำเภอปลวกแดง จังหวัดระยอง", "21140")],
    mail=["gmail.com", "hotmail.com", "outlook.co.th"],
    co=("บริษัท ระยองชิ้นส่วนยานยนต์ จำกัด", "rayong-autoparts.co.th", "700/12 นิคมอุตสาหกรรมอมตะซิตี้ ระยอง 21140", "038-954 100"),
    sup=("บริษัท ชลบุรีสปริง จำกัด", "chonburi-spring.co.th"))
loc("IL", lang="he", gm=S("צורי|Tsuri נחמיה|Nechemya אליעזר|Eliezer שמשון|Shimshon יחזקאל|Yechezkel גדליה|Gedalya עמרם|Amram ברוך|Baruch זבולון|Zevulun מנשה|Menashe"),
    gf=S("צביה|Tsvia חנה|Chana שולמית|Shulamit פנינה|Pnina יוכבד|Yocheved ציפורה|Tsipora אסנת|Osnat בתיה|Batya זהבה|Zehava נחמה|Nechama"),
    fam=S("נפחי|Nafchi יציקר|Yatsikar חרשי|Charashi ברזילי|Barzilai פלדמן|Feldman מסגר|Masger רתכי|Ratchi קורנס|Kurnas חרטום|Chartom טוחנר|Tochner"),
    streets=["רחוב המלאכה", "רחוב היוצרים", "רחוב הנפחים", "רחוב המסגר", "רחוב התעשייה"],
    towns=[("קריית גת", "8258000"), ("דימונה", "8600000"), ("כרמיאל", "2161000"), ("אשדוד", "7760000")],
    mail=["gmail.com", "walla.co.il", "012.net.il"],
    co=("יציקות הנגב בע\"מ", "negev-castings.co.il", "אזור התעשייה, רחוב הפלדה 6, דימונה", "08-655 4400"),
    sup=("מסגריית הגליל בע\"מ", "galil-metal.co.il"))
loc("EG", lang="ar", gm=S("سيد|Sayed عبدالستار|Abdelsattar شحاتة|Shehata فتحي|Fathy عوض|Awad صابر|Saber مرسي|Morsy حمدي|Hamdy جمعة|Gomaa عاطف|Atef"),
    gf=S("نبوية|Nabawiya فتحية|Fathiya سعدية|Saadiya زينب|Zeinab عفاف|Afaf هناء|Hanaa سماح|Samah نادية|Nadia عزة|Azza وفاء|Wafaa"),
    fam=S("الحداد|Elhaddad السباك|Elsabbak النحاس|Elnahhas الخراط|Elkharrat الطوبجي|Eltobgy الفرماوي|Elfarmawy الدمياطي|Eldomyaty الشربيني|Elsherbiny البنهاوي|Elbanhawy القليوبي|Elqalyouby"),
    streets=["شارع المصانع", "شارع الصناعات الثقيلة", "شارع المسبك", "شارع الورش", "شارع الحدادين"],
    towns=[("العاشر من رمضان، الشرقية", "44629"), ("مدينة السادات، المنوفية", "32897"), ("حلوان، القاهرة", "11795"), ("برج العرب، الإسكندرية", "21934")],
    mail=["gmail.com", "yahoo.com", "hotmail.com"],
    co=("شركة العاشر للصلب والدرفلة", "deltarolling.com.eg", "المنطقة الصناعية ب3، العاشر من رمضان", "015 441 2200"),
    sup=("شركة حلوان للمسبوكات", "helwancastings.com.eg"))


# field labels: name, birth date, id, address, mobile, e-mail, emergency contact, supervisor, date
FIELDS = {
    "US": ("Name", "Date of birth", "SSN", "Home address", "Cell", "Email", "Emergency contact", "Supervisor", "Date"),
    "GB": ("Name", "Date of birth", "NI number", "Home address", "Mobile", "Email", "Next of kin", "Supervisor", "Date"),
    "DE": ("Name", "Geburtsdatum", "Steuer-ID", "Anschrift", "Mobil", "E-Mail", "Notfallkontakt", "Vorgesetzter", "Datum"),
    "FR": ("Nom", "Date de naissance", "N° de sécurité sociale", "Adresse", "Portable", "Courriel", "Personne à prévenir", "Responsable", "Date"),
    "ES": ("Nombre", "Fecha de nacimiento", "DNI", "Domicilio", "Móvil", "Correo", "Contacto de emergencia", "Encargado", "Fecha"),
    "MX": ("Nombre", "Fecha de nacimiento", "NSS", "Domicilio", "Celular", "Correo", "Contacto de emergencia", "Supervisor", "Fecha"),
    "IT": ("Nominativo", "Data di nascita", "Codice fiscale", "Residenza", "Cellulare", "E-mail", "Contatto di emergenza", "Capoturno", "Data"),
    "NL": ("Naam", "Geboortedatum", "BSN", "Adres", "Mobiel", "E-mail", "Contact bij nood", "Leidinggevende", "Datum"),
    "PL": ("Imię i nazwisko", "Data urodzenia", "PESEL", "Adres zamieszkania", "Telefon", "E-mail", "Osoba do kontaktu", "Mistrz zmiany", "Data"),
    "PT": ("Nome", "Data de nascimento", "NIF", "Morada", "Telemóvel", "Email", "Contacto de emergência", "Chefe de turno", "Data"),
    "BR": ("Nome", "Data de nascimento", "CPF", "Endereço", "Celular", "E-mail", "Contato de emergência", "Encarregado", "Data"),
    "SE": ("Namn", "Födelsedatum", "Personnummer", "Adress", "Mobil", "E-post", "Anhörig", "Förman", "Datum"),
    "TR": ("Adı Soyadı", "Doğum tarihi", "T.C. Kimlik No", "Adres", "Cep", "E-posta", "Acil durumda aranacak kişi", "Vardiya amiri", "Tarih"),
    "RU": ("ФИО", "Дата рождения", "СНИЛС", "Адрес", "Моб.", "Эл. почта", "Контакт на случай ЧП", "Мастер смены", "Дата"),
    "GR": ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "ΑΜΚΑ", "Διεύθυνση", "Κινητό", "Email", "Επαφή έκτακτης ανάγκης", "Προϊστάμενος βάρδιας", "Ημερομηνία"),
    "IN": ("नाम", "जन्म तिथि", "आधार", "पता", "मोबाइल", "ईमेल", "आपातकालीन संपर्क", "सुपरवाइज़र", "तारीख"),
    "CN": ("姓名", "出生日期", "身份证号", "住址", "手机", "邮箱", "紧急联系人", "班组长", "日期"),
    "JP": ("氏名", "生年月日", "個人番号", "住所", "携帯", "メール", "緊急連絡先", "班長", "日付"),
    "KR": ("성명", "생년월일", "주민등록번호", "주소", "휴대폰", "이메일", "비상연락처", "반장", "일자"),
    "VN": ("Họ tên", "Ngày sinh", "Số CCCD", "Địa chỉ", "Điện thoại", "Email", "Người liên hệ khẩn cấp", "Tổ trưởng", "Ngày"),
    "TH": ("ชื่อ-สกุล", "วันเกิด", "เลขประจำตัวประชาชน", "ที่อยู่", "มือถือ", "อีเมล", "ผู้ติดต่อฉุกเฉิน", "หัวหน้ากะ", "วันที่"),
    "IL": ("שם מלא", "תאריך לידה", "ת.ז.", "כתובת", "נייד", "דוא\"ל", "איש קשר לחירום", "אחראי משמרת", "תאריך"),
    "EG": ("الاسم", "تاريخ الميلاد", "الرقم القومي", "العنوان", "الموبايل", "البريد الإلكتروني", "جهة الاتصال في الطوارئ", "مشرف الوردية", "التاريخ"),
}

# requests: check, summarise, reply, table, fix, forward
REQ = {
    "en": ("Can you check this before I send it to HR? Anything missing?",
           "Summarise this in three bullet points for the morning production meeting.",
           "Help me write a short, polite reply to this.",
           "Turn this into a clean table, one row per person.",
           "Why is this not working? Explain it like I'm a maintenance tech, not IT.",
           "I need to forward this to the auditor. What should I take out first?"),
    "de": ("Kannst du das prüfen, bevor ich es an die Personalabteilung schicke? Fehlt etwas?",
           "Fass das bitte in drei Punkten für die Frühbesprechung zusammen.",
           "Hilf mir bitte, eine kurze, sachliche Antwort darauf zu formulieren.",
           "Mach daraus bitte eine saubere Tabelle, eine Zeile pro Person.",
           "Warum läuft das nicht? Erklär es mir wie einem Instandhalter.",
           "Ich muss das an den externen Auditor weiterleiten. Was sollte ich vorher rausnehmen?"),
    "fr": ("Tu peux vérifier ça avant que je l'envoie aux RH ? Il manque quelque chose ?",
           "Résume-moi ça en trois points pour le point de production du matin.",
           "Aide-moi à rédiger une réponse courte et polie.",
           "Mets ça dans un tableau propre, une ligne par personne.",
           "Pourquoi ça ne marche pas ? Explique-moi comme à un technicien de maintenance.",
           "Je dois transférer ça à l'auditeur. Qu'est-ce que je dois retirer avant ?"),
    "es": ("¿Me revisas esto antes de mandarlo a Recursos Humanos? ¿Falta algo?",
           "Resúmeme esto en tres puntos para la reunión de producción de la mañana.",
           "Ayúdame a redactar una respuesta breve y educada.",
           "Pásalo a una tabla limpia, una fila por persona.",
           "¿Por qué no funciona esto? Explícamelo como a un técnico de mantenimiento.",
           "Tengo que reenviar esto al auditor. ¿Qué debería quitar antes?"),
    "it": ("Puoi controllarlo prima che lo mandi all'ufficio personale? Manca qualcosa?",
           "Riassumilo in tre punti per la riunione di produzione del mattino.",
           "Aiutami a scrivere una risposta breve e cortese.",
           "Mettilo in una tabella pulita, una riga per persona.",
           "Perché non funziona? Spiegamelo come a un manutentore.",
           "Devo girarlo al fornitore. Cosa dovrei togliere prima?"),
    "nl": ("Kun je dit nakijken voordat ik het naar HR stuur? Mist er iets?",
           "Vat dit samen in drie punten voor het ochtendoverleg op de vloer.",
           "Help me een kort, beleefd antwoord te schrijven.",
           "Zet dit netjes in een tabel, één regel per persoon.",
           "Waarom werkt dit niet? Leg het uit alsof ik monteur ben.",
           "Ik moet dit doorsturen naar de auditor. Wat moet ik eruit halen?"),
    "pl": ("Możesz to sprawdzić, zanim wyślę do kadr? Czegoś brakuje?",
           "Streść to w trzech punktach na poranną odprawę produkcyjną.",
           "Pomóż mi napisać krótką, uprzejmą odpowiedź.",
           "Zrób z tego czytelną tabelę, jeden wiersz na osobę.",
           "Dlaczego to nie działa? Wytłumacz jak utrzymaniowcowi.",
           "Muszę to przesłać audytorowi. Co powinienem najpierw usunąć?"),
    "pt": ("Podes rever isto antes de eu enviar para os RH? Falta alguma coisa?",
           "Resume-me isto em três pontos para a reunião de produção da manhã.",
           "Ajuda-me a escrever uma resposta curta e educada.",
           "Põe isto numa tabela limpa, uma linha por pessoa.",
           "Porque é que isto não funciona? Explica como a um técnico de manutenção.",
           "Tenho de reencaminhar isto ao auditor. O que devo tirar primeiro?"),
    "br": ("Pode revisar isso antes de eu mandar pro RH? Tá faltando alguma coisa?",
           "Resume isso em três tópicos pra reunião de produção de amanhã cedo.",
           "Me ajuda a escrever uma resposta curta e educada.",
           "Transforma isso numa tabela organizada, uma linha por pessoa.",
           "Por que isso não funciona? Explica como se eu fosse da manutenção.",
           "Preciso encaminhar isso pro auditor. O que eu tiro antes?"),
    "sv": ("Kan du kolla det här innan jag skickar det till HR? Saknas något?",
           "Sammanfatta det här i tre punkter till morgonmötet på verkstadsgolvet.",
           "Hjälp mig att skriva ett kort och artigt svar.",
           "Gör en snygg tabell av det här, en rad per person.",
           "Varför fungerar det inte? Förklara som för en underhållstekniker.",
           "Jag måste skicka det här vidare till revisorn. Vad ska jag ta bort först?"),
    "tr": ("İK'ya göndermeden önce bunu kontrol eder misin? Eksik bir şey var mı?",
           "Bunu sabah üretim toplantısı için üç maddede özetle.",
           "Buna kısa ve kibar bir cevap yazmama yardım et.",
           "Bunu düzgün bir tabloya çevir, kişi başına bir satır.",
           "Bu neden çalışmıyor? Bakımcıya anlatır gibi açıkla.",
           "Bunu denetçiye iletmem gerekiyor. Önce neleri çıkarmalıyım?"),
    "ru": ("Проверь, пожалуйста, перед отправкой в отдел кадров. Чего-то не хватает?",
           "Кратко изложи это в трёх пунктах для утренней планёрки в цеху.",
           "Помоги написать короткий вежливый ответ.",
           "Сделай из этого аккуратную таблицу, одна строка на человека.",
           "Почему это не работает? Объясни как слесарю КИПиА.",
           "Мне нужно переслать это аудитору. Что сначала убрать?"),
    "el": ("Μπορείς να το ελέγξεις πριν το στείλω στο τμήμα προσωπικού; Λείπει κάτι;",
           "Σύνοψέ το σε τρία σημεία για τη σύσκεψη παραγωγής το πρωί.",
           "Βοήθησέ με να γράψω μια σύντομη, ευγενική απάντηση.",
           "Κάν' το έναν καθαρό πίνακα, μία γραμμή ανά άτομο.",
           "Γιατί δεν δουλεύει; Εξήγησέ το σαν σε συντηρητή.",
           "Πρέπει να το προωθήσω στον ελεγκτή. Τι να αφαιρέσω πρώτα;"),
    "hi": ("HR को भेजने से पहले इसे एक बार जाँच लो, कुछ छूट तो नहीं रहा?",
           "सुबह की प्रोडक्शन मीटिंग के लिए इसका तीन बिंदुओं में सार बना दो।",
           "इसका एक छोटा और विनम्र जवाब लिखने में मदद करो।",
           "इसे एक साफ़ तालिका में बदल दो, हर व्यक्ति की एक पंक्ति।",
           "यह काम क्यों नहीं कर रहा? मेंटेनेंस वाले को समझाने जैसा बताओ।",
           "यह ऑडिटर को भेजना है। पहले क्या हटाना चाहिए?"),
    "zh": ("发给人事部之前帮我检查一下，有没有漏填的？",
           "帮我把这个总结成三点，早上生产例会用。",
           "帮我写一个简短、客气的回复。",
           "把这个整理成表格，每人一行。",
           "这个为什么不工作？用维修工能听懂的话解释一下。",
           "这个要转给审核员，我应该先删掉哪些内容？"),
    "ja": ("人事に出す前に確認してもらえますか？抜けているところはありますか？",
           "朝の生産会議用に三行でまとめてください。",
           "これに短く丁寧な返信を書くのを手伝ってください。",
           "一人一行の表に整理してください。",
           "これはなぜ動かないのですか？保全担当にもわかるように説明してください。",
           "監査員に転送しないといけません。先に何を消すべきですか？"),
    "ko": ("인사팀에 보내기 전에 확인해 줄래? 빠진 거 있어?",
           "아침 생산 회의용으로 세 줄로 요약해 줘.",
           "짧고 정중한 답장 쓰는 것 좀 도와줘.",
           "사람별로 한 줄씩 표로 정리해 줘.",
           "이거 왜 안 돼? 설비 보전 담당한테 설명하듯이 알려 줘.",
           "이걸 심사원한테 전달해야 해. 먼저 뭘 지워야 할까?"),
    "vi": ("Bạn kiểm tra giúp trước khi mình gửi phòng nhân sự nhé, có thiếu gì không?",
           "Tóm tắt giúp mình thành ba ý cho buổi họp sản xuất sáng mai.",
           "Giúp mình viết một câu trả lời ngắn gọn, lịch sự.",
           "Chuyển cái này thành bảng gọn gàng, mỗi người một dòng.",
           "Sao cái này không chạy? Giải thích như cho thợ bảo trì nhé.",
           "Mình phải chuyển cái này cho bên đánh giá. Nên xóa gì trước?"),
    "th": ("ช่วยตรวจก่อนส่งให้ฝ่ายบุคคลหน่อย ขาดอะไรไหม",
           "ช่วยสรุปเป็นสามข้อสำหรับประชุมฝ่ายผลิตตอนเช้า",
           "ช่วยเขียนคำตอบสั้นๆ สุภาพๆ ให้หน่อย",
           "ช่วยจัดเป็นตาราง หนึ่งแถวต่อหนึ่งคน",
           "ทำไมมันไม่ทำงาน อธิบายแบบให้ช่างซ่อมบำรุงเข้าใจ",
           "ต้องส่งต่อให้ผู้ตรวจประเมิน ควรลบอะไรออกก่อน"),
    "he": ("אפשר לבדוק את זה לפני שאני שולח למשאבי אנוש? חסר משהו?",
           "תסכם לי את זה בשלוש נקודות לישיבת הייצור של הבוקר.",
           "תעזור לי לנסח תשובה קצרה ומנומסת.",
           "תסדר את זה בטבלה, שורה לכל אדם.",
           "למה זה לא עובד? תסביר כמו לטכנאי אחזקה.",
           "אני צריך להעביר את זה למבקר. מה כדאי להוריד קודם?"),
    "ar": ("ممكن تراجع هذا قبل ما أبعته لشؤون العاملين؟ هل ينقصه شيء؟",
           "لخّص هذا في ثلاث نقاط لاجتماع الإنتاج الصباحي.",
           "ساعدني أكتب رداً قصيراً ومهذباً.",
           "حوّل هذا إلى جدول مرتب، سطر لكل شخص.",
           "لماذا لا يعمل هذا؟ اشرح لي كأني فني صيانة.",
           "لازم أحوّل هذا للمراجع. ماذا أحذف أولاً؟"),
}


def rlang(cc):
    return "br" if cc == "BR" else LOC[cc]["lang"]


def reqline(R, cc, kind):
    return REQ[rlang(cc)]["check summ reply table fix fwd".split().index(kind)]


def wrap_req(R, cc, kind, body):
    """A request line before or after the paste, sometimes in quotes, after a
    rule or around a fence."""
    q = reqline(R, cc, kind)
    k = R.randrange(5)
    if k == 0:
        return [q, "\n\n", body]
    if k == 1:
        return [q, '\n"""\n', body, '\n"""']
    if k == 2:
        return [body, "\n\n---\n", q]
    if k == 3:
        return [q, "\n```\n", body, "\n```"]
    return [body, "\n\n", q]


# ====================================================================== people
FEM_CC = {"PL", "RU", "GR"}


def split(w):
    return w.split("|") if "|" in w else (w, w)


class Person:
    pass


def person(R, cc, used, female=None):
    """A person of the locale whose name words are not yet used in the record."""
    d = LOC[cc]
    for _ in range(200):
        fem = R.random() < 0.45 if female is None else female
        g = R.choice(d["gf"] if fem else d["gm"])
        f = R.choice(d["fam"])
        gn, gr = split(g)
        fn, fr = split(f.replace("_", " "))
        forms = fn.split("/")
        if "/" in fn:
            fn = forms[1 if fem else 0]
        if "/" in fr:
            fr = fr.split("/")[1 if fem else 0]
        elif fem and cc == "RU":
            fr += "a"
        elif fem and cc == "GR" and fr.endswith("s"):
            fr = fr[:-1]
        words = set(w.lower() for w in (gn + " " + " ".join(forms)).split() if w.lower() not in PARTICLES)
        if words & used:
            continue
        used |= words
        p = Person()
        p.cc, p.fem, p.given, p.family, p.rg, p.rf = cc, fem, gn, fn, gr, fr
        if cc == "GR" and fem and not fn.endswith(("ου", "ά", "ή", "η", "α")):
            pass
        p.mid = ""
        if cc == "VN":
            p.mid = R.choice(["Thị", "Ngọc", "Kim"] if fem else ["Văn", "Đức", "Minh", "Hữu"])
        p.y = R.randint(1962, 2004)
        p.m = R.randint(1, 12)
        p.d = R.randint(1, 28)
        return p
    return None


PARTICLES = {"van", "de", "der", "ter", "da", "do", "dos", "del", "la", "le"}
EAST = {"CN", "JP", "KR", "VN", "RU_", "HU"}


def full(p, cc=None):
    cc = p.cc
    if cc == "CN" or cc == "KR":
        return p.family + p.given
    if cc == "JP":
        return p.family + " " + p.given
    if cc == "VN":
        return p.family + " " + p.mid + " " + p.given
    return p.given + " " + p.family


def roman(p):
    return p.rg, p.rf


def asc(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


def email_personal(R, p):
    g, f = roman(p)
    g, f = asc(g), asc(f.replace("van ", "").replace("de ", "").replace("ter ", ""))
    lp = R.choice(["%s.%s" % (g, f), "%s%s%d" % (g[0], f, R.randint(1, 99)), "%s_%s" % (f, g), "%s%s" % (g, f[:3]), "%s.%s%d" % (g, f, R.randint(60, 99))])
    return lp + "@" + R.choice(LOC[p.cc]["mail"])


def email_work(p, domain):
    g, f = roman(p)
    return "%s.%s@%s" % (asc(g), asc(f.replace("van ", "").replace("de ", "").replace("ter ", "")), domain)


# ====================================================================== phones
OWN = {
    "TR": (90, "0", lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "05", "06", "52", "55"]) + digits(R, 7)),
    "GR": (30, "", lambda R: "69" + R.choice("34789") + digits(R, 7)),
    "IL": (972, "0", lambda R: "5" + R.choice("0234") + nz(R, 7)),
    "EG": (20, "0", lambda R: "1" + R.choice("0125") + nz(R, 8)),
    "TH": (66, "0", lambda R: R.choice(["81", "86", "89", "91", "92", "95"]) + digits(R, 7)),
    "KR": (82, "0", lambda R: "10" + R.choice("2345689") + digits(R, 7)),
    "VN": (84, "0", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38"]) + digits(R, 7)),
}
MOBKIND = {"US": "fixed_or_mobile", "GB": "mobile", "DE": "mobile", "FR": "mobile", "ES": "mobile", "MX": "any", "IT": "mobile",
           "NL": "mobile", "PL": "mobile", "PT": "mobile", "BR": "mobile", "SE": "mobile", "RU": "mobile", "IN": "mobile",
           "CN": "mobile", "JP": "mobile"}


def nsn(R, cc):
    if cc in OWN:
        c, t, f = OWN[cc]
        return c, t, f(R)
    c, t, kinds = PLANS[cc]
    return c, t, kinds[MOBKIND[cc]](R)


def gp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def fmt_phone(cc, c, n, intl):
    """National or international layout of the locale."""
    if cc == "US":
        return ("+1 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("(%s) %s-%s" % (n[:3], n[3:6], n[6:]))
    if cc == "GB":
        return ("+44 %s %s" % (n[:4], n[4:])) if intl else ("0%s %s" % (n[:4], n[4:]))
    if cc == "DE":
        return ("+49 %s %s" % (n[:3], n[3:])) if intl else ("0%s %s" % (n[:3], n[3:]))
    if cc == "FR":
        return ("+33 " + " ".join([n[0]] + gp(n[1:], [2, 2, 2, 2]))) if intl else ("0" + n[0] + " " + " ".join(gp(n[1:], [2, 2, 2, 2])))
    if cc == "ES":
        return ("+34 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]))
    if cc == "MX":
        return ("+52 %s %s %s" % (n[:2], n[2:6], n[6:])) if intl else ("%s %s %s" % (n[:2], n[2:6], n[6:]))
    if cc == "IT":
        return ("+39 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:]))
    if cc == "NL":
        return ("+31 6 %s" % n[1:]) if intl else ("06-%s" % n[1:])
    if cc == "PL":
        return ("+48 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:]))
    if cc == "PT":
        return ("+351 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:]))
    if cc == "BR":
        return ("+55 %s %s-%s" % (n[:2], n[2:7], n[7:])) if intl else ("(%s) %s-%s" % (n[:2], n[2:7], n[7:]))
    if cc == "SE":
        return ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if intl else ("0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]))
    if cc == "TR":
        return ("+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else ("0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]))
    if cc == "RU":
        return ("+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else ("8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]))
    if cc == "GR":
        return ("+30 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:]))
    if cc == "IN":
        return ("+91 %s %s" % (n[:5], n[5:])) if intl else ("%s %s" % (n[:5], n[5:]))
    if cc == "CN":
        return ("+86 %s %s %s" % (n[:3], n[3:7], n[7:])) if intl else ("%s %s %s" % (n[:3], n[3:7], n[7:]))
    if cc == "JP":
        return ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else ("0%s-%s-%s" % (n[:2], n[2:6], n[6:]))
    if cc == "KR":
        return ("+82 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else ("0%s-%s-%s" % (n[:2], n[2:6], n[6:]))
    if cc == "VN":
        return ("+84 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else ("0%s %s %s" % (n[:3], n[3:6], n[6:]))
    if cc == "TH":
        return ("+66 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else ("0%s %s %s" % (n[:2], n[2:5], n[5:]))
    if cc == "IL":
        return ("+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])) if intl else ("0%s-%s-%s" % (n[:2], n[2:5], n[5:]))
    if cc == "EG":
        return ("+20 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("0%s %s %s" % (n[:3], n[3:6], n[6:]))
    raise KeyError(cc)


PHONES = []  # (number, region, plan) of every labelled phone, for pv


def phone(R, cc, text_cc=None, intl=None):
    """A labelled mobile of country cc in a text read in text_cc."""
    text_cc = text_cc or cc
    c, t, n = nsn(R, cc)
    if intl is None:
        intl = cc != text_cc or R.random() < 0.25
    v = fmt_phone(cc, c, n, intl or cc != text_cc)
    meta = {"sub": "mobile", "region": text_cc}
    if cc != text_cc:
        meta["plan"] = cc
    PHONES.append((v, text_cc, cc))
    return L("phone", v, **meta)


# ====================================================================== addresses, dates, ids
def address(R, cc):
    d = LOC[cc]
    st = R.choice(d["streets"])
    t = R.choice(d["towns"])
    n = R.randint(2, 180)
    if cc == "US":
        u = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9800), st, u, t[0], t[1], t[2])
    if cc == "GB":
        return "%d %s, %s %s" % (n, st, t[0], t[1])
    if cc in ("DE", "SE"):
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "NL":
        return "%s %d%s, %s %s" % (st, n, R.choice(["", "", "-A", " bis"]), t[1], t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis"]), st, t[1], t[0])
    if cc == "ES":
        return "%s %d, %dº %s, %s %s (%s)" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], t[0], t[2])
    if cc == "MX":
        return "%s %d, Col. %s, %s %s, %s" % (st, n, R.choice(["Obrera", "Las Palmas", "Valle Verde", "Del Maestro"]), t[1], t[0], t[2])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "PL":
        return "%s %d/%d, %s %s" % (st, n, R.randint(1, 60), t[1], t[0])
    if cc == "PT":
        return "%s %d, %d.º %s, %s %s" % (st, n, R.randint(1, 5), R.choice(["Esq.", "Dto.", "Frente"]), t[1], t[0])
    if cc == "BR":
        return "%s, %d, %s, %s - %s, %s" % (st, n, R.choice(["Jardim Industrial", "Vila Operária", "Parque das Acácias"]), t[0], t[1], t[2])
    if cc == "TR":
        return "%s No: %d D: %d, %s %s/%s" % (st, n, R.randint(1, 20), t[2], t[0], t[1])
    if cc == "RU":
        return "%s, г. %s, %s, д. %d, кв. %d" % (t[1], t[0], st, n, R.randint(1, 180))
    if cc == "GR":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "IN":
        return "%s, %s, %s %s" % (st, t[0], t[1], t[2])
    if cc == "CN":
        return "%s%s%d号%d栋%d室" % (t[0], st, n, R.randint(1, 30), R.randint(101, 2808))
    if cc == "JP":
        return "〒%s %s%s" % (t[1], t[0], st)
    if cc == "KR":
        return "%s %s, %d동 %d호 (%s)" % (t[0], st, R.randint(101, 115), R.randint(101, 1904), t[1])
    if cc == "VN":
        return "số %d %s, %s" % (n, st, t[0])
    if cc == "TH":
        return "%d/%d %s %s %s" % (R.randint(1, 400), R.randint(1, 99), st, t[0], t[1])
    if cc == "IL":
        return "%s %d, %s" % (st, n, t[0])
    if cc == "EG":
        return "%d %s، %s" % (n, st, t[0])
    raise KeyError(cc)


def dob(R, p, cc=None):
    cc, y, m, d = cc or p.cc, p.y, p.m, p.d
    lang = LOC[cc]["lang"]
    if lang in MONTHS and cc not in ("MX", "BR") and R.random() < 0.2:
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return ("%s %d, %d" % (mn, d, y)) if cc == "US" else ("%d %s %d" % (d, mn, y))
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y) if lang != "es" else "%d de %s de %d" % (d, mn, y)
    if cc == "US":
        return "%02d/%02d/%d" % (m, d, y)
    if cc in ("DE", "PL", "TR", "RU", "IL"):
        return "%02d.%02d.%d" % (d, m, y)
    if cc == "SE":
        return "%d-%02d-%02d" % (y, m, d)
    if cc in ("NL", "IN"):
        return "%02d-%02d-%d" % (d, m, y)
    if cc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%d. %d. %d." % (y, m, d)
    if cc == "TH":
        return "%02d/%02d/%d" % (d, m, y + 543)
    return "%02d/%02d/%d" % (d, m, y)


BELF = ["B157", "F205", "A794", "E507", "L219"]


def govid(R, p):
    """(value, sub) of the person's national id as written in the locale."""
    cc = p.cc
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c]), "uk_nino"
    if cc == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuer_id"
    if cc == "FR":
        body, key = nir_random(R, sex="2" if p.fem else "1", yy=p.y % 100, mm=p.m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if cc == "ES":
        if R.random() < 0.3:
            a, b, c = nie_random(R)
            return a + b + c, "es_nie"
        n, l_ = dni_random(R)
        return n + R.choice(["", "-"]) + l_, "es_dni"
    if cc == "MX":
        return mx_nss(R), "mx_nss"
    if cc == "IT":
        return cf_make(asc(p.rf), asc(p.rg), p.y % 100, p.m, p.d, p.fem, R.choice(BELF)), "it_cf"
    if cc == "NL":
        return bsn_random(R), "nl_bsn"
    if cc == "PL":
        return pesel(R, p.y, p.m, p.d, p.fem), "pl_pesel"
    if cc == "PT":
        s = nif_pt(R)
        return R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])]), "pt_nif"
    if cc == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "br_cpf"
    if cc == "SE":
        return pnr(R, p.y, p.m, p.d), "se_personnummer"
    if cc == "TR":
        return tckn(R), "tr_tckn"
    if cc == "RU":
        return snils(R), "ru_snils"
    if cc == "GR":
        return amka(R, p.y, p.m, p.d), "gr_amka"
    if cc == "IN":
        s = aadhaar_random(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "in_aadhaar"
    if cc == "CN":
        return cn_id(R, p.y, p.m, p.d, p.fem), "cn_resident_id"
    if cc == "JP":
        s = mynumber(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "jp_my_number"
    if cc == "KR":
        return kr_rrn(R, p.y, p.m, p.d, p.fem), "kr_rrn"
    if cc == "VN":
        return vn_cccd(R, p.y, p.fem), "vn_cccd"
    if cc == "TH":
        s = thai_id(R)
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]), "th_id"
    if cc == "IL":
        return il_id(R), "il_tz"
    if cc == "EG":
        return eg_nid(R, p.y, p.m, p.d, p.fem), "eg_national_id"
    raise KeyError(cc)


def govid_ok(v, sub):
    s = re.sub(r"[\s.\-]", "", v)
    if sub == "us_ssn":
        a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
        return len(s) == 9 and a not in (0, 666) and a < 900 and g and n
    if sub == "uk_nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if sub == "de_steuer_id":
        return steuerid_ok(s)
    if sub == "fr_nir":
        return nir_ok(s[:13], s[13:])
    if sub == "es_dni":
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "es_nie":
        return nie_ok(s)
    if sub == "mx_nss":
        return len(s) == 11 and luhn_ok(s)
    if sub == "it_cf":
        return cf_check(s[:15]) == s[15]
    if sub == "nl_bsn":
        return bsn_ok(s)
    if sub == "pl_pesel":
        return pesel_ok(s)
    if sub == "pt_nif":
        return nif_pt_ok(s)
    if sub == "br_cpf":
        return cpf_ok(s)
    if sub == "se_personnummer":
        return pnr_ok(s)
    if sub == "tr_tckn":
        return tckn_ok(s)
    if sub == "ru_snils":
        return snils_ok(v)
    if sub == "gr_amka":
        return len(s) == 11 and luhn_ok(s)
    if sub == "in_aadhaar":
        return len(s) == 12 and verhoeff_ok(s)
    if sub == "cn_resident_id":
        return cn_ok(s)
    if sub == "jp_my_number":
        return mynumber_ok(s)
    if sub == "kr_rrn":
        return kr_ok(s)
    if sub == "vn_cccd":
        return len(s) == 12 and s[3] in "0123"
    if sub == "th_id":
        return thai_ok(s)
    if sub == "il_tz":
        return il_ok(s)
    if sub == "eg_national_id":
        return len(s) == 14 and s[0] in "23"
    if sub == "passport":
        return True
    return False


def P(p):
    return L("person", full(p))


def D(R, p, cc=None):
    return L("dob", dob(R, p, cc))


def G(R, p):
    v, sub = govid(R, p)
    return L("gov_id", v, sub=sub)


def A(R, cc):
    return L("address", address(R, cc))


def EM(R, p, work=None):
    if work:
        return L("email", email_work(p, work), sub="work")
    return L("email", email_personal(R, p), sub="personal")


def IBANL(R, cc, holder=None):
    c = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "PT": "PT", "BR": "BR",
         "SE": "SE", "TR": "TR", "GR": "GR", "IL": None, "EG": None}.get(cc)
    if cc == "IL":
        c = None
    if c is None:
        return None
    v = iban_random(R, c)
    k = R.randrange(4)
    v = group(v) if k < 2 else (v if k == 2 else group(v, 4, "\u00a0"))
    meta = {"sub": c}
    if holder:
        meta["holder"] = holder
    return L("iban", v, **meta)


IBAN_CC = {"GB", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "BR", "SE", "TR", "GR"}


# ====================================================================== look-alikes
def up(R, n):
    return rnd(R, string.ascii_uppercase, n)


def n_part(R):
    return N(R.choice(["%d-%04d-%s" % (R.randint(100, 999), R.randint(0, 9999), up(R, 1)),
                       "%s%d-%03d" % (up(R, 2), R.randint(10, 99), R.randint(0, 999)),
                       "A%07d" % R.randint(0, 9999999)]), "part_number")


def n_serial(R):
    return N(R.choice(["SN%s%06d" % (up(R, 2), R.randint(0, 999999)), "%d%s%05d" % (R.randint(20, 26), up(R, 1), R.randint(0, 99999))]), "serial_number")


def n_lot(R):
    return N(R.choice(["%02d%03d-%02d" % (R.randint(24, 26), R.randint(1, 365), R.randint(1, 40)), "L%s%04d" % (up(R, 1), R.randint(0, 9999))]), "lot_number")


def n_machine(R):
    return N(R.choice(["CNC-%02d" % R.randint(1, 40), "PR-%03d" % R.randint(100, 800), "IMM-%02d" % R.randint(1, 24),
                       "WELD-R%d" % R.randint(1, 12), "L%d-ST%02d" % (R.randint(1, 6), R.randint(1, 30))]), "machine_id")


def n_po(R):
    return N("45%08d" % R.randint(0, 99999999), "po_number")


def n_wo(R):
    return N("WO-%d-%05d" % (R.choice([2025, 2026]), R.randint(0, 99999)), "work_order")


def n_ncr(R):
    return N("NCR-%02d-%04d" % (R.randint(24, 26), R.randint(1, 9999)), "ncr_number")


def n_tag(R):
    return N("%s-%d" % (R.choice(["PT", "TT", "FT", "LT", "PIC", "FIC", "XV", "HV", "M"]), R.randint(100, 4999)), "tag_name")


def n_std(R):
    return N(R.choice(["ISO 45001:2018", "ISO 9001:2015", "IATF 16949", "EN ISO 13849-1", "EN 1090-2", "ISO 14001", "IEC 62443-3-3",
                       "EN 60204-1", "ISO 2768-mK", "VDA 6.3", "ASME B31.3", "ISO 4762"]), "standard")


def n_qty(R, kind=None):
    kind = kind or R.choice(["torque", "pressure", "tol", "temp", "speed", "force"])
    return N({"torque": lambda: "%d Nm" % R.randint(8, 420), "pressure": lambda: "%s bar" % R.choice(["6,3", "8", "160", "2.5", "210"]),
              "tol": lambda: "Ø%d H7 ±0,0%d mm" % (R.randint(6, 80), R.randint(1, 5)), "temp": lambda: "%d °C" % R.randint(40, 1480),
              "speed": lambda: "%d rpm" % R.randint(300, 12000), "force": lambda: "%d kN" % R.randint(50, 4000)}[kind](), "quantity")


def n_empno(R):
    return N(R.choice(["%05d" % R.randint(10000, 99999), "E%06d" % R.randint(0, 999999), "MA-%05d" % R.randint(0, 99999)]), "employee_number")


def n_badge(R):
    return N(R.choice(["B-%05d" % R.randint(0, 99999), "%08X" % R.randint(0, 0xFFFFFFFF)]), "badge_number")


def n_mac(R):
    return N(":".join("%02X" % R.randint(0, 255) for _ in range(6)), "mac_address")


def n_lan(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                       "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))]), "private_ip")


def n_docip(R):
    return N(R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254),
                       "2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))]), "documentation_ip")


def n_date(R):
    return N("%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])), "date")


def n_time(R):
    return N("%02d:%02d" % (R.randint(5, 23), R.choice([0, 15, 30, 45, 5, 50])), "time")


def pub_ip(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 80, 81, 85, 88, 91, 94, 95, 109, 151, 176, 178, 185, 188, 193, 194, 212, 213, 217, 89, 84, 93])
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ip = ipaddress.ip_address(s)
        if ip.is_global:
            return s


def pub_ip6(R):
    while True:
        s = "%x:%x:%x:%x::%x" % (R.choice([0x2a01, 0x2a02, 0x2001, 0x2a00, 0x2003, 0x2605]), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip in ipaddress.ip_network("2001:db8::/32") and not ip in ipaddress.ip_network("2001::/23"):
            return s


def IPL(R, sub="ipv4"):
    if sub == "ipv6":
        return L("ip", pub_ip6(R), sub="ipv6")
    return L("ip", pub_ip(R), sub=sub)


def role(cc, box):
    return N("%s@%s" % (box, LOC[cc]["co"][1]), "role_mailbox")


ROLE_BOXES = {"hr", "safety", "purchasing", "security", "payroll", "quality", "maintenance", "ot-support", "reception",
              "accounts-payable", "works-council", "agency", "ehs", "planning", "info"}


def SW(cc):
    return N(LOC[cc]["co"][3], "switchboard")


def CO(cc):
    return N(LOC[cc]["co"][0], "company")


def SUP(cc):
    return N(LOC[cc]["sup"][0], "company")


def PLANT(cc):
    return N(LOC[cc]["co"][2], "plant_address")


# ====================================================================== labelled templates
# accident narrative per language: title, injured, witness, first aider, narrative with {m} machine and {q} value
ACC = {
    "en": ("Accident / near-miss report", "Injured person", "Witness", "First aider", "Operator's left hand was caught while clearing a jam on {m}; guard interlock bypassed, clamp force {q}."),
    "de": ("Unfallmeldung / Beinaheunfall", "Verletzte Person", "Zeuge", "Ersthelfer", "Beim Beseitigen einer Störung an {m} wurde die linke Hand eingeklemmt; Schutztür überbrückt, Spannkraft {q}."),
    "fr": ("Déclaration d'accident / presque-accident", "Victime", "Témoin", "Secouriste", "Main gauche coincée lors du débourrage de {m} ; protecteur shunté, effort de serrage {q}."),
    "es": ("Parte de accidente / incidente", "Accidentado", "Testigo", "Socorrista", "Atrapamiento de la mano izquierda al desatascar {m}; resguardo puenteado, fuerza de cierre {q}."),
    "it": ("Segnalazione infortunio / quasi incidente", "Infortunato", "Testimone", "Addetto primo soccorso", "Mano sinistra schiacciata durante lo sblocco di {m}; riparo escluso, forza di chiusura {q}."),
    "nl": ("Ongevals- / bijna-ongevalmelding", "Slachtoffer", "Getuige", "BHV'er", "Linkerhand bekneld bij het verhelpen van een storing aan {m}; afscherming overbrugd, klemkracht {q}."),
    "pl": ("Zgłoszenie wypadku / zdarzenia potencjalnie wypadkowego", "Poszkodowany", "Świadek", "Ratownik", "Przytrzaśnięcie lewej dłoni podczas usuwania zacięcia na {m}; osłona zmostkowana, siła docisku {q}."),
    "pt": ("Participação de acidente / quase-acidente", "Sinistrado", "Testemunha", "Socorrista", "Mão esquerda entalada ao desencravar {m}; proteção ligada em ponte, força de fecho {q}."),
    "sv": ("Tillbuds- / olycksrapport", "Skadad", "Vittne", "Första hjälpen", "Vänster hand klämdes vid åtgärd av stopp i {m}; skyddet förbikopplat, klämkraft {q}."),
    "tr": ("İş kazası / ramak kala bildirimi", "Kazazede", "Tanık", "İlk yardımcı", "{m} üzerinde sıkışma giderilirken sol el sıkıştı; koruyucu köprülenmiş, sıkma kuvveti {q}."),
    "ru": ("Акт о несчастном случае / микротравме", "Пострадавший", "Свидетель", "Оказал первую помощь", "При устранении заклинивания на {m} защемлена левая кисть; блокировка ограждения отключена, усилие {q}."),
    "el": ("Αναφορά ατυχήματος / παρ' ολίγον ατυχήματος", "Τραυματίας", "Μάρτυρας", "Παροχή πρώτων βοηθειών", "Εγκλωβισμός αριστερού χεριού κατά την αποκατάσταση εμπλοκής στο {m}· παράκαμψη προφυλακτήρα, δύναμη σύσφιξης {q}."),
    "hi": ("दुर्घटना / निकट-चूक रिपोर्ट", "घायल व्यक्ति", "गवाह", "प्राथमिक उपचारकर्ता", "{m} पर जाम हटाते समय बायाँ हाथ दब गया; गार्ड इंटरलॉक बाईपास था, क्लैम्प बल {q}।"),
    "zh": ("工伤 / 未遂事故报告", "受伤人员", "目击者", "急救员", "在{m}上清理卡料时左手被夹；防护门联锁被短接，夹紧力{q}。"),
    "ja": ("労働災害・ヒヤリハット報告", "被災者", "目撃者", "応急手当実施者", "{m}の詰まりを除去中に左手を挟まれた。安全扉インターロック無効化、型締力{q}。"),
    "ko": ("산업재해 / 아차사고 보고서", "재해자", "목격자", "응급처치자", "{m} 걸림 제거 중 왼손 끼임. 방호문 인터록 우회 상태, 클램핑력 {q}."),
    "vi": ("Biên bản tai nạn / sự cố suýt xảy ra", "Người bị nạn", "Người chứng kiến", "Người sơ cứu", "Kẹt tay trái khi xử lý kẹt phôi tại {m}; khóa liên động cửa bảo vệ bị nối tắt, lực kẹp {q}."),
    "th": ("รายงานอุบัติเหตุ / เหตุการณ์เกือบเกิดอุบัติเหตุ", "ผู้บาดเจ็บ", "พยาน", "ผู้ปฐมพยาบาล", "มือซ้ายถูกหนีบขณะแก้ชิ้นงานติดที่ {m} ระบบอินเตอร์ล็อกถูกบายพาส แรงหนีบ {q}"),
    "he": ("דוח תאונה / כמעט תאונה", "נפגע", "עד", "מגיש עזרה ראשונה", "יד שמאל נתפסה בעת שחרור תקיעה ב-{m}; מפסק הבטיחות עוקף, כוח הידוק {q}."),
    "ar": ("تقرير حادث / حادث وشيك", "المصاب", "الشاهد", "المسعف", "انحشرت اليد اليسرى أثناء إزالة انحشار على {m}؛ تم تجاوز قفل الحماية، قوة الكبس {q}."),
}

OSHA = {"US": ("OSHA 300 case no.", lambda R: "%d-%03d" % (R.choice([2025, 2026]), R.randint(1, 200))),
        "GB": ("RIDDOR ref.", lambda R: "%d%s" % (R.randint(10 ** 7, 10 ** 8 - 1), up(R, 1)))}


def ln(k, *v):
    return [k, ": ", list(v), "\n"]


def t_roster(R, cc, used):
    f = FIELDS[cc]
    sup = person(R, cc, used)
    rows = []
    for _ in range(R.randint(4, 6)):
        p = person(R, cc, used)
        if p is None:
            break
        rows.append([n_empno(R), ";", P(p), ";", R.choice(["F", "S", "N", "F", "S"]), ";", n_machine(R), ";", phone(R, cc, intl=False), ";", str(R.choice([0, 2, 4, 6, 8, 10, 12])), "\n"])
    body = ["Roster wk %02d — %s: " % (R.randint(1, 52), f[7]),
            P(sup), " (", EM(R, sup, LOC[cc]["co"][1]), ")\n", "emp_no;", f[0], ";shift;line;", f[4], ";OT_h\n", rows]
    return "csv", wrap_req(R, cc, R.choice(["table", "summ"]), body)


def t_induction(R, cc, used):
    f = FIELDS[cc]
    p, ice, tr = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    body = ["Induction / %s — " % f[8], CO(cc), "\n", n_std(R), ", course ", N("IND-%03d" % R.randint(1, 300), "course_code"), "\n",
            ln(f[0], P(p)), ln(f[1], D(R, p)), ln(f[2], G(R, p)), ln(f[3], A(R, cc)), ln(f[4], phone(R, cc)), ln(f[5], EM(R, p)),
            ln(f[6], P(ice), ", ", phone(R, cc)), "Trainer: ", P(tr), " — ", n_date(R), "\n"]
    return "form", wrap_req(R, cc, "check", body)


def t_accident(R, cc, used):
    f = FIELDS[cc]
    a = ACC[LOC[cc]["lang"]]
    p, w, fa, sv = person(R, cc, used), person(R, cc, used), person(R, cc, used), person(R, cc, used)
    m, q = n_machine(R), n_qty(R, "force")
    pre, post = a[4].split("{m}")
    post1, post2 = post.split("{q}")
    body = [a[0], " — ", CO(cc), "\n"]
    if cc in OSHA and R.random() < 0.7:
        body += [OSHA[cc][0], " ", N(OSHA[cc][1](R), "incident_reference"), "\n"]
    else:
        body += ["Ref. ", N("HS-%d-%03d" % (R.choice([2025, 2026]), R.randint(1, 400)), "incident_reference"), "\n"]
    body += [f[8], ": ", n_date(R), " ", n_time(R), "\n", a[1], ": ", P(p), "\n", f[1], ": ", D(R, p), "\n"]
    body += [f[2], ": ", G(R, p), "\n"]
    body += [f[3], ": ", A(R, cc), "\n", f[4], ": ", phone(R, cc), "\n", pre, m, post1, q, post2, "\n",
             a[2], ": ", P(w), ", ", phone(R, cc), "\n", a[3], ": ", P(fa), "\n", f[7], ": ", P(sv), "\n"]
    return "report", wrap_req(R, cc, R.choice(["summ", "check", "fwd"]), body)


RTW = {"en": ("Return-to-work interview", "fit note from Dr.", "restrictions: no lifting over 10 kg, no night shifts for 2 weeks"),
       "de": ("Rückkehrgespräch / BEM", "AU-Bescheinigung von Dr.", "Einschränkungen: kein Heben über 10 kg, 2 Wochen keine Nachtschicht"),
       "fr": ("Entretien de reprise", "certificat du Dr", "restrictions : pas de port de charge > 10 kg, pas de nuit pendant 2 semaines"),
       "es": ("Entrevista de reincorporación", "parte de alta del Dr.", "restricciones: no levantar más de 10 kg, sin turno de noche 2 semanas"),
       "it": ("Colloquio di rientro", "certificato del dott.", "limitazioni: niente carichi oltre 10 kg, niente notti per 2 settimane"),
       "nl": ("Terugkeergesprek", "verklaring van dr.", "beperkingen: niet tillen boven 10 kg, 2 weken geen nachtdienst"),
       "pl": ("Rozmowa po powrocie do pracy", "zaświadczenie od dr.", "ograniczenia: bez dźwigania powyżej 10 kg, 2 tygodnie bez nocek"),
       "pt": ("Entrevista de regresso ao trabalho", "atestado do Dr.", "restrições: não levantar mais de 10 kg, sem turno noturno 2 semanas"),
       "sv": ("Återgångssamtal", "läkarintyg från dr", "begränsningar: inga lyft över 10 kg, ingen nattskift i 2 veckor"),
       "tr": ("İşe dönüş görüşmesi", "rapor veren Dr.", "kısıtlamalar: 10 kg üstü kaldırma yok, 2 hafta gece vardiyası yok"),
       "ru": ("Беседа о выходе на работу", "больничный выдан врачом", "ограничения: не поднимать более 10 кг, 2 недели без ночных смен"),
       "el": ("Συνέντευξη επιστροφής στην εργασία", "βεβαίωση από τον γιατρό", "περιορισμοί: όχι άρση άνω των 10 kg, όχι νυχτερινή βάρδια για 2 εβδομάδες"),
       "hi": ("काम पर वापसी की बातचीत", "फिटनेस प्रमाणपत्र डॉ.", "प्रतिबंध: 10 kg से अधिक वजन नहीं, 2 सप्ताह रात की पाली नहीं"),
       "zh": ("复工面谈记录", "诊断证明 医生", "限制：两周内不得搬运10 kg以上，不上夜班"),
       "ja": ("復職面談記録", "診断書 医師", "制限：10 kg超の持ち上げ禁止、2週間夜勤なし"),
       "ko": ("복귀 면담 기록", "진단서 의사", "제한: 10 kg 이상 들기 금지, 2주간 야간 근무 없음"),
       "vi": ("Biên bản trao đổi khi đi làm lại", "giấy của bác sĩ", "hạn chế: không nâng quá 10 kg, không làm ca đêm trong 2 tuần"),
       "th": ("บันทึกการกลับเข้าทำงาน", "ใบรับรองแพทย์ นพ.", "ข้อจำกัด: ห้ามยกของเกิน 10 kg ไม่เข้ากะดึก 2 สัปดาห์"),
       "he": ("שיחת חזרה לעבודה", "אישור מד\"ר", "הגבלות: ללא הרמה מעל 10 ק\"ג, ללא משמרת לילה שבועיים"),
       "ar": ("مقابلة العودة إلى العمل", "شهادة من د.", "قيود: لا رفع أكثر من 10 كجم، لا وردية ليلية لمدة أسبوعين")}


def t_rtw(R, cc, used):
    f = FIELDS[cc]
    r = RTW[LOC[cc]["lang"]]
    p, dr, mg = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    body = [r[0], " — ", n_date(R), "\n", ln(f[0], P(p)), ln(f[1], D(R, p)), (ln(f[2], G(R, p)) if R.random() < 0.6 else ""), "Emp. no. ", n_empno(R), "\n", r[1], " ", P(dr), "\n", r[2], "\n",
            ln(f[4], phone(R, cc)), ln(f[7], P(mg), " <", EM(R, mg, LOC[cc]["co"][1]), ">")]
    return "notes", wrap_req(R, cc, R.choice(["reply", "summ", "check"]), body)


AGENCIES = {"US": "Keystone Temp Staffing", "GB": "Clayworks Recruitment Ltd", "DE": "Zeitarbeit Rothaargebirge GmbH", "FR": "Intérim Pays de Montbéliard",
            "ES": "ETT Urola Lana S.L.", "MX": "Maquila Talento S.C.", "IT": "Lavoro Interinale Valtrompia srl", "NL": "Uitzendbureau Twentekanaal",
            "PL": "Agencja Pracy Sanokrąg", "PT": "Trabalho Temporário Lis Lda.", "BR": "Terceirizada Paraopeba RH", "SE": "Bemanning Gävleborg AB",
            "TR": "Dilovası Personel A.Ş.", "RU": "ООО «Кадровый резерв Тагил»", "GR": "Εταιρεία Προσωρινής Απασχόλησης Θριάσιο", "IN": "मानेसर मैनपावर सर्विसेज",
            "CN": "佛山众力劳务派遣有限公司", "JP": "燕人材派遣株式会社", "KR": "포항인력파견(주)", "VN": "Công ty Cung ứng Lao động Dĩ An",
            "TH": "บริษัท ระยองแมนพาวเวอร์ จำกัด", "IL": "כוח אדם דרום בע\"מ", "EG": "شركة العاشر للتوظيف"}
ABROAD = {"PL": "DE", "PT": "FR", "TR": "DE", "VN": "JP", "IN": "GB", "MX": "US", "EG": "IT", "TH": "KR", "RU": "TR", "GR": "NL",
          "BR": "PT", "ES": "FR", "SE": "NL", "IT": "DE", "NL": "DE", "FR": "ES", "DE": "NL", "GB": "PL", "US": "MX", "CN": "JP",
          "JP": "VN", "KR": "VN", "IL": "TH"}


RATE = {"US": "$19.50", "GB": "£12.85", "DE": "15,40 €", "FR": "13,10 €", "ES": "11,90 €", "MX": "$95.00 MXN", "IT": "12,30 €",
        "NL": "15,20 €", "PL": "31,50 zł", "PT": "6,80 €", "BR": "R$ 14,50", "SE": "172 kr", "TR": "₺210", "RU": "420 ₽",
        "GR": "6,90 €", "IN": "₹95", "CN": "¥28", "JP": "1,150円", "KR": "₩10,030", "VN": "28.000 ₫", "TH": "฿52",
        "IL": "₪34.50", "EG": "EGP 45"}


def passport_no(R, cc):
    if cc in ("DE",):
        return "C" + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if cc in ("GB", "US", "BR", "IT", "TR", "JP", "KR", "VN", "TH", "IN"):
        return {"GB": lambda: "%09d" % R.randint(10 ** 8, 10 ** 9 - 1), "US": lambda: "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                "BR": lambda: up(R, 2) + "%06d" % R.randint(0, 999999), "IT": lambda: up(R, 2) + "%07d" % R.randint(0, 9999999),
                "TR": lambda: "U%08d" % R.randint(0, 99999999), "JP": lambda: up(R, 2) + "%07d" % R.randint(0, 9999999),
                "KR": lambda: "M%08d" % R.randint(0, 99999999), "VN": lambda: "C%07d" % R.randint(0, 9999999),
                "TH": lambda: up(R, 2) + "%07d" % R.randint(0, 9999999), "IN": lambda: up(R, 1) + "%07d" % R.randint(0, 9999999)}[cc]()
    return up(R, 2) + "%07d" % R.randint(0, 9999999)


def t_agency(R, cc, used):
    f = FIELDS[cc]
    foreign = R.random() < 0.35
    wcc = [k for k, v in ABROAD.items() if v == cc]
    wc = R.choice(wcc) if (foreign and wcc) else cc
    p = person(R, wc, used)
    co = person(R, cc, used)
    body = ["Agency worker registration — ", N(AGENCIES[cc], "agency"), " → ", CO(cc), "\n", "Assignment ", N("AS-%05d" % R.randint(0, 99999), "assignment_number"), ", ", n_machine(R), "\n",
            ln(f[0], P(p)), ln(f[1], D(R, p, cc))]
    if wc != cc:
        body += ln("Passport (%s)" % wc, L("gov_id", passport_no(R, wc), sub="passport", country=wc))
        body += ["ID check: passport seen, right-to-work ", N("RTW-%06d" % R.randint(0, 999999), "check_reference"), "\n"]
    else:
        body += ln(f[2], G(R, p))
    body += ln(f[3], A(R, cc)) + ln(f[4], phone(R, wc, cc)) + ln(f[5], EM(R, p))
    ib = IBANL(R, cc) if cc in IBAN_CC and R.random() < 0.7 else None
    if ib:
        body += ln("IBAN", ib)
    body += ["Coordinator: ", P(co), ", ", EM(R, co, LOC[cc]["co"][1]), "\n", "Hourly rate ", N(RATE[cc], "amount"), "\n"]
    return "form", wrap_req(R, cc, "check", body)


def t_visitors(R, cc, used):
    rows = []
    for _ in range(R.randint(3, 4)):
        v, h = person(R, cc, used), person(R, cc, used)
        if v is None or h is None:
            break
        hh, mm = R.randint(6, 14), R.choice([0, 10, 25, 40, 55])
        idc = [" | ID ", G(R, v)] if R.random() < 0.5 else [" | ID seen", ""]
        rows.append([N("%02d:%02d" % (hh, mm), "time"), " | ", N("%02d:%02d" % (hh + R.randint(1, 8), R.choice([5, 20, 35, 50])), "time"), " | ", P(v), " | ", SUP(cc) if R.random() < 0.5 else N("Contractor", "role"), " | ",
                     phone(R, cc), idc, " | host: ", P(h), " | ", n_badge(R), "\n"])
    body = ["Visitor & contractor sign-in — gatehouse ", CO(cc), " ", n_date(R), "\nin | out | name | company | mobile | ID | host | badge\n", rows,
            "Gatehouse ", SW(cc), ", ", role(cc, "security"), "\n"]
    return "log", wrap_req(R, cc, "table", body)


def t_permit(R, cc, used):
    iss, rec, wit = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    body = ["PERMIT TO WORK ", N("PTW-%05d" % R.randint(0, 99999), "permit_number"), " — hot work / confined space\n",
            "Equipment: ", n_machine(R), ", isolations ", n_tag(R), ", ", n_tag(R), " (LOTO)\n",
            "Gas test: O2 20.9 %, LEL 0 %, H2S 0 ppm\n",
            "Issuer: ", P(iss), "\n", "Receiver: ", P(rec), " (", SUP(cc), "), mobile ", phone(R, cc), "\n",
            "Fire watch: ", P(wit), "\n", "Valid ", n_date(R), " ", n_time(R), "–", n_time(R), ", ", n_std(R), "\n"]
    return "form", wrap_req(R, cc, R.choice(["fwd", "summ"]), body)


def t_cmms(R, cc, used):
    dom = LOC[cc]["co"][1]
    rows = []
    for _ in range(2):
        t, rq = person(R, cc, used), person(R, cc, used)
        rows.append(["WO=", n_wo(R), "|asset=", n_machine(R), "|tag=", n_tag(R), "|prio=", str(R.randint(1, 4)), "|assigned=", P(t), " <", EM(R, t, dom), ">|tel=",
                     phone(R, cc, intl=False), "|requested_by=", P(rq), "|spare=", n_part(R), "|status=", R.choice(["OPEN", "WAPPR", "INPRG"]), "\n"])
    body = ["CMMS export ", n_date(R), " (", CO(cc), ")\n", rows, "notify: ", role(cc, "maintenance"), "\n"]
    return "csv", wrap_req(R, cc, R.choice(["table", "summ"]), body)


def t_8d(R, cc, used):
    team = [person(R, cc, used) for _ in range(3)]
    sc = person(R, cc, used)
    sdom = LOC[cc]["sup"][1]
    body = ["8D report ", n_ncr(R), " — supplier ", SUP(cc), "\n", "Part ", n_part(R), ", lot ", n_lot(R), ", ", n_std(R), "\n",
            "D1 Team: ", P(team[0]), " (SQE), ", P(team[1]), " (production), ", P(team[2]), " (quality)\n",
            "D2 Problem: burr on bore ", n_qty(R, "tol"), " out of tolerance, 148 pcs\n",
            "D3 Containment: sort at supplier, serials from ", n_serial(R), "\n",
            "Supplier contact: ", P(sc), ", ", EM(R, sc, sdom), ", ", phone(R, cc), "\n", "D8 closure planned ", n_date(R), "\n"]
    return "report", wrap_req(R, cc, R.choice(["summ", "fwd", "reply"]), body)


def t_bankchange(R, cc, used):
    sc, buyer = person(R, cc, used), person(R, cc, used)
    sdom = LOC[cc]["sup"][1]
    body = ["From: ", P(sc), " <", EM(R, sc, sdom), ">\nTo: ", role(cc, "accounts-payable"), "\nSubject: new bank details / PO ", n_po(R), "\n\n"]
    if cc in IBAN_CC:
        old, new = IBANL(R, cc, "org"), IBANL(R, cc, "org")
        body += ["Please update our remittance details from ", old, " to ", new, " with effect from ", n_date(R), ".\n"]
    else:
        body += ["Please update our remittance account to no. ", N("%010d" % R.randint(0, 9999999999), "account_number"), " (bank code ",
                 N("%06d" % R.randint(0, 999999), "bank_code"), ") with effect from ", n_date(R), ".\n"]
    body += ["Open invoices: ", N("INV-%06d" % R.randint(0, 999999), "invoice_number"), ", ", N("INV-%06d" % R.randint(0, 999999), "invoice_number"), ".\n",
             "cc ", P(buyer), " (buyer)\n\n", P(sc), "\n", SUP(cc), "\n", phone(R, cc), "\n"]
    return "email", wrap_req(R, cc, R.choice(["reply", "fwd"]), body)


def t_scada(R, cc, used):
    o = person(R, cc, used)
    dom = LOC[cc]["co"][1]
    pw = R.choice(["Kesselhaus", "Furnace", "Anneal", "Quench", "Galvano", "Spindle", "Rolling"]) + R.choice(["#", "!", "_", "$"]) + str(R.randint(100, 9999)) + R.choice(["x", "Q", "z", ""])
    body = ["# MES / historian bridge — owner ", P(o), " <", EM(R, o, dom), ">\n",
            "HISTORIAN_HOST=", n_lan(R), "\nHISTORIAN_PORT=", str(R.choice([1433, 5432, 5450, 8086])), "\nHISTORIAN_USER=svc_hist\nHISTORIAN_PASSWORD=", L("secret", pw, sub="password"),
            "\nMES_API_KEY=", L("secret", rnd(R, "0123456789abcdef", 40), sub="api_key"),
            "\nOPCUA_ENDPOINT=opc.tcp://", n_lan(R), ":4840\nOPCUA_NODE=ns=2;s=Line", str(R.randint(1, 6)), ".", n_tag(R),
            "\nMODBUS_GW=", n_lan(R), ":502  # holding regs 40001-40120\nPLC_MAC=", n_mac(R),
            "\nVPN_PEER=", IPL(R, "vpn"), "\nALLOW_FROM=", IPL(R, "allowlist"), ",", n_docip(R), "\n"]
    if R.random() < 0.5:
        body += ["CLOUD_TOKEN=", L("secret", secret_random(R, "github_pat"), sub="github_pat"), "\n"]
    return "config", wrap_req(R, cc, R.choice(["fix", "fwd"]), body)


def t_vpnlog(R, cc, used):
    dom = LOC[cc]["co"][1]
    lines = []
    for _ in range(R.randint(3, 4)):
        p = person(R, cc, used)
        if p is None:
            break
        lines.append(["2026-%02d-%02dT%02d:%02d:%02dZ fw-ot01 vpn: login ok user=" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                      EM(R, p, dom), " src=", IPL(R), " assigned=", n_lan(R), " ews=", n_lan(R), "\n"])
    lines.append(["2026-%02d-%02dT03:%02d:11Z fw-ot01 vpn: auth failed user=admin src=" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)), IPL(R, "ipv6"), "\n"])
    body = ["OT firewall log ", CO(cc), " (SCADA remote access)\n", lines]
    return "log", wrap_req(R, cc, R.choice(["fix", "summ"]), body)


def t_badge(R, cc, used):
    rows = []
    for _ in range(R.randint(4, 6)):
        p = person(R, cc, used)
        if p is None:
            break
        rows.append(["2026-%02d-%02d %02d:%02d:%02d," % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                     n_badge(R), ",", P(p), ",", N(R.choice(["GATE-N", "HALL3-E", "TOOLROOM", "SERVER-OT", "PAINT-2"]), "door_id"), ",", R.choice(["GRANTED", "DENIED", "GRANTED"]), "\n"])
    so = person(R, cc, used)
    body = ["timestamp,badge,name,door,result\n", rows, "# exported by ", P(so), ", site security\n"]
    return "csv", wrap_req(R, cc, R.choice(["table", "summ"]), body)


def t_payroll(R, cc, used):
    f = FIELDS[cc]
    p, clerk = person(R, cc, used), person(R, cc, used)
    body = ["Payroll query — ", CO(cc), ", period ", N("%02d/2026" % R.randint(1, 12), "period"), "\n", ln(f[0], P(p)), "Emp. no. ", n_empno(R), "\n",
            ln(f[1], D(R, p)), ln(f[2], G(R, p)), ln(f[3], A(R, cc))]
    ib = IBANL(R, cc) if cc in IBAN_CC else None
    if ib:
        body += ln("IBAN", ib)
    body += ["Night-shift premium missing for ", str(R.randint(3, 9)), " shifts on ", n_machine(R), "; overtime ", str(R.randint(4, 22)), " h.\n",
             ln(f[4], phone(R, cc)), "Clerk: ", P(clerk), ", ", EM(R, clerk, LOC[cc]["co"][1]), ", cc ", role(cc, "payroll"), "\n"]
    return "notes", wrap_req(R, cc, R.choice(["reply", "check", "summ"]), body)


def t_council(R, cc, used):
    rep, c1, c2 = person(R, cc, used), person(R, cc, used), person(R, cc, used)
    body = ["From: ", P(rep), " <", EM(R, rep), ">\nTo: ", role(cc, "works-council"), "\nSubject: shift pattern change hall 3\n\n",
            "Colleagues ", P(c1), " and ", P(c2), " raised the 12-hour pattern again; the agreement ", N("BV-%02d/%d" % (R.randint(1, 40), R.choice([2024, 2025])), "agreement_number"),
            " says max. 10 h on ", n_machine(R), ".\nMeeting ", n_date(R), " ", n_time(R), ", canteen.\n\n", P(rep), "\n", A(R, cc), "\n", phone(R, cc), "\n"]
    return "email", wrap_req(R, cc, R.choice(["reply", "summ"]), body)


def card_value(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "jcb", "unionpay", "mir", "discover"])
    c = card_random(R, iss)
    g = split_groups(c, card_grouping(len(c)))
    sep = R.choice([" ", " ", "-", ""])
    return sep.join(g), iss


def t_card(R, cc, used):
    b = person(R, cc, used)
    v, iss = card_value(R)
    body = ["Spare-parts purchase on the company card — ", n_part(R), " × 2, ", n_serial(R), "\nCardholder: ", P(b), " (maintenance buyer), ",
            EM(R, b, LOC[cc]["co"][1]), "\nCard: ", L("card", v, sub=iss), ", exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
            "\nPO ", n_po(R), ", supplier ", SUP(cc), "\nThe old card ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), " was blocked.\n"]
    return "notes", wrap_req(R, cc, R.choice(["fwd", "reply"]), body)


def t_health(R, cc, used):
    f = FIELDS[cc]
    rows = []
    for _ in range(R.randint(3, 4)):
        p = person(R, cc, used)
        if p is None:
            break
        rows.append([P(p), ";", D(R, p), ";", G(R, p), ";", R.choice(["audiometry", "spirometry", "night-work", "skin check", "HAVS tier 2"]), ";", n_date(R), "\n"])
    nurse = person(R, cc, used)
    body = ["Occupational health surveillance — ", CO(cc), ", noise zone ", n_machine(R), " (", N("85 dB(A)", "quantity"), ")\n",
            f[0], ";", f[1], ";", f[2], ";exam;next_due\n", rows, "OH nurse: ", P(nurse), ", ", role(cc, "ehs"), "\n"]
    return "csv", wrap_req(R, cc, R.choice(["table", "check"]), body)


LABELLED = [(t_roster, 35), (t_induction, 40), (t_accident, 50), (t_rtw, 30), (t_agency, 45), (t_visitors, 35), (t_permit, 35),
            (t_cmms, 35), (t_8d, 35), (t_bankchange, 35), (t_scada, 35), (t_vpnlog, 30), (t_badge, 25), (t_payroll, 55),
            (t_council, 35), (t_card, 20), (t_health, 25)]
assert sum(n for _, n in LABELLED) == 600


# ====================================================================== clean templates
def c_spec(R, cc, used):
    body = ["Inspection sheet ", n_part(R), " rev ", R.choice("BCDEF"), " — ", CO(cc), "\n", "Drawing tolerance ", n_std(R), ", bore ", n_qty(R, "tol"), "\n",
            "Tightening ", n_qty(R, "torque"), " (", N("ISO 4762 M%d×%d-8.8" % (R.choice([6, 8, 10, 12]), R.choice([20, 25, 30, 40])), "standard"), ")\n",
            "Serials ", n_serial(R), " … ", n_serial(R), ", lot ", n_lot(R), ", machine ", n_machine(R), "\n",
            "Cpk %.2f, %d pcs measured, %d rejected, NCR " % (R.uniform(1.0, 2.1), R.randint(30, 300), R.randint(0, 6)), n_ncr(R), "\n"]
    return "report", wrap_req(R, cc, R.choice(["summ", "fwd"]), body)


def c_tags(R, cc, used):
    rows = []
    for i in range(R.randint(4, 7)):
        rows.append([n_tag(R), ",%d," % (40001 + i * 2), R.choice(["REAL", "INT", "BOOL", "DINT"]), ",", n_lan(R), ",", n_mac(R), ",",
                     N("ns=2;s=L%d.%s" % (R.randint(1, 6), R.choice(["Press.Force", "Oven.Temp", "Pump.Flow", "Robot.State"])), "opc_node"), "\n"])
    body = ["PLC tag list / Modbus map — ", n_machine(R), " (", CO(cc), ")\ntag,register,type,plc_ip,plc_mac,opc_node\n", rows,
            "Gateway ", n_lan(R), ", netmask ", N("255.255.255.0", "netmask"), ", NTP test probe ", n_docip(R), ", firmware ", N("V%d.%d.%d" % (R.randint(1, 4), R.randint(0, 9), R.randint(0, 30)), "version"), "\n"]
    return "csv", wrap_req(R, cc, R.choice(["fix", "table"]), body)


def c_fact(R, cc, used):
    body = [CO(cc), "\n", PLANT(cc), "\nSwitchboard ", SW(cc), "\n", role(cc, "reception"), " · ", role(cc, "ehs"), " · ", role(cc, "purchasing"), "\n",
            "Shifts ", N(R.choice(["06:00–14:00 / 14:00–22:00 / 22:00–06:00", "05:45–13:45 / 13:45–21:45", "07:00–19:00 / 19:00–07:00"]), "time"), "; ", str(R.randint(180, 2400)), " employees, ", str(R.randint(3, 14)), " lines\n",
            "Certified ", n_std(R), ", ", n_std(R), "; deliveries gate 2, ", N("DUNS %09d" % R.randint(10 ** 8, 10 ** 9 - 1), "company_id"), "\n"]
    return "notice", wrap_req(R, cc, R.choice(["reply", "fwd"]), body)


SAMPLES = {"US": "John Doe", "GB": "Joe Bloggs", "DE": "Max Mustermann", "FR": "Jean Dupont", "ES": "Juan Español Español", "MX": "Fulano de Tal",
           "IT": "Mario Rossi", "NL": "Jan Jansen", "PL": "Jan Kowalski", "PT": "Fulano de Tal", "BR": "Fulano de Tal", "SE": "Sven Svensson",
           "TR": "Ahmet Yılmaz", "RU": "Иванов Иван Иванович", "GR": "Γεώργιος Παπαδόπουλος", "IN": "राम कुमार", "CN": "张三",
           "JP": "山田 太郎", "KR": "홍길동", "VN": "Nguyễn Văn A", "TH": "นายสมชาย ใจดี", "IL": "ישראל ישראלי", "EG": "فلان الفلاني"}


def c_training(R, cc, used):
    f = FIELDS[cc]
    body = ["Training slide — how to fill in the induction form (SAMPLE ONLY)\n", f[0], ": ", N(SAMPLES[cc], "sample_name"), "\n",
            f[1], ": ", N("01.01.1970", "sample_date"), "\n", f[2], ": ", N("XXXXXXXXX", "placeholder"), "\n", f[4], ": ", N("+00 000 000 000", "placeholder"), "\n",
            f[5], ": ", N("name@example.com", "example_email"), "\n", "Course ", N("IND-%03d" % R.randint(1, 300), "course_code"), ", ", n_std(R), "\n"]
    return "training", wrap_req(R, cc, R.choice(["fwd", "summ"]), body)


NAMEWORD = [
    "Will the new press arrive before the audit?", "Mark the scrap bin before the shift ends.", "Grant access to the toolroom only after induction.",
    "Bill the supplier for the sorting hours.", "Frank feedback from the line: the jig is too heavy.", "Rob the old fixture for spare clamps.",
    "Sterling rose again, so imported bearings cost more.", "Hope the new chiller fixes the oven drift.", "Summer shutdown starts in week 31.",
    "Dawn shift reported the crane limit switch.", "Sandy floor near dock 4 — sweep it.", "Rich mixture on burner 2, tune it.",
    "Jack the die cart up before moving it.", "Pat the part dry before the leak test.", "Chase the calibration certificates.",
]
PEOPLE_BRANDS = ["Bosch Rexroth valves", "a Siemens S7-1500", "Ford transit van", "the Liebherr crane", "Kärcher floor scrubber", "Heidenhain encoder",
                 "fischer anchors", "Würth screws", "Michelin tyres on the forklift", "Philips high-bay lights", "the Porsche Consulting lean audit",
                 "a Mitsubishi servo", "the Dyson hand dryers", "Renault trucks", "Ferrero's supplier day", "the Toyota production system", "a Fanuc robot",
                 "Trumpf laser cutter", "Kuka arm", "the Hilti drill"]


def c_namewords(R, cc, used):
    lines = R.sample(NAMEWORD, 4)
    body = ["Team notes ", n_date(R), "\n", "- ", lines[0], "\n- ", lines[1], " ", n_machine(R), "\n- ", N(R.choice(PEOPLE_BRANDS), "named_after_person"), " on order, PO ", n_po(R),
            "\n- ", lines[2], "\n- ", N(R.choice(PEOPLE_BRANDS), "named_after_person"), " still waiting, ", n_part(R), "\n- ", lines[3], "\n"]
    return "notes", wrap_req(R, cc, R.choice(["summ", "reply"]), body)


def c_oee(R, cc, used):
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append([n_machine(R), ";%d;%.1f;%.1f;%.1f;" % (R.randint(300, 9000), R.uniform(70, 99), R.uniform(70, 99), R.uniform(90, 100)), n_lot(R), ";", n_ncr(R), "\n"])
    body = ["OEE week %d — " % R.randint(1, 52), CO(cc), " (anonymised)\nmachine;output;avail%;perf%;quality%;lot;ncr\n", rows,
            "Target ", str(R.randint(75, 88)), " %, energy ", str(R.randint(80, 400)), " MWh, scrap ", str(R.randint(1, 5)), ".%d %%\n" % R.randint(0, 9)]
    return "csv", wrap_req(R, cc, R.choice(["summ", "table"]), body)


CLEAN = [(c_spec, 35), (c_tags, 35), (c_fact, 35), (c_training, 30), (c_namewords, 35), (c_oee, 30)]
assert sum(n for _, n in CLEAN) == 200


# ====================================================================== rules
CCS = ["US", "GB", "DE", "FR", "ES", "MX", "IT", "NL", "PL", "PT", "BR", "SE", "TR", "RU", "GR", "IN", "CN", "JP", "KR", "VN", "TH", "IL", "EG"]
CJK_CC = {"CN", "JP", "KR"}
SPLIT = re.compile(r"[\s.,;:!?()\[\]{}<>\"'/|=@\-–—«»،؛*#+&_]+")
VN_MID = {"thị", "ngọc", "kim", "văn", "đức", "minh", "hữu"}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def name_keys(value, cc):
    """(tokens, substrings) that must not occur outside the labels."""
    toks, subs = set(), set()
    if cc in CJK_CC:
        parts = value.split()
        whole = value.replace(" ", "")
        for w in parts + [whole]:
            for i in range(len(w)):
                for j in range(i + 2, len(w) + 1):
                    subs.add(w[i:j])
    elif cc == "TH":
        for w in value.split():
            for i in range(len(w)):
                for j in range(i + 4, len(w) + 1):
                    subs.add(w[i:j])
    else:
        for w in SPLIT.split(value.lower()):
            if w and w not in PARTICLES and w not in VN_MID:
                toks.add(w)
    return toks, subs


ALL_NAME_TOKENS, ALL_NAME_SUBS = set(), set()
for _cc, _d in LOC.items():
    for _k in ("gm", "gf", "fam"):
        for _w in _d[_k]:
            _n = split(_w)[0]
            for _x in _n.split("/"):
                if _cc in CJK_CC or _cc == "TH":
                    if len(_x) >= 2:
                        ALL_NAME_SUBS.add(_x)
                else:
                    for _t in SPLIT.split(_x.lower()):
                        if _t and _t not in PARTICLES:
                            ALL_NAME_TOKENS.add(_t)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}\b")
GROUPS_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")


def luhn_leak(t):
    for m in GROUPS_RE.finditer(t):
        gs = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(gs)):
            s = ""
            for j in range(i, len(gs)):
                s += gs[j]
                if len(s) > 19:
                    break
                if 13 <= len(s) <= 19 and len(set(s)) > 1 and luhn_ok(s):
                    return s
    return None


def violations(rec, cc, clean):
    v = []
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        v.append("length")
    if clean != (not rec["spans"]):
        v.append("labels")
    try:
        check_record(rec)
    except AssertionError:
        v.append("check_record")
    for sp in rec["spans"]:
        ty, val = sp["type"], sp["value"]
        if ty == "gov_id" and not govid_ok(val, sp["sub"]):
            v.append("govid " + val)
        if ty == "iban":
            c = re.sub(r"[\s\u00a0]", "", val)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                v.append("iban label")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", val)):
            v.append("card label")
        if ty == "email" and "example" in val.split("@")[1]:
            v.append("email example")
        if ty == "ip" and not ipaddress.ip_address(val).is_global:
            v.append("ip label")
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        lp, dom = e.split("@", 1)
        if lp not in ROLE_BOXES and not dom.startswith("example"):
            v.append("email " + e)
    for s in IP4_RE.findall(m):
        try:
            if ipaddress.ip_address(s).is_global:
                v.append("ip4 " + s)
        except ValueError:
            pass
    for s in IP6_RE.findall(m):
        if "::" not in s and s.count(":") < 7:
            continue
        try:
            if ipaddress.ip_address(s).is_global:
                v.append("ip6 " + s)
        except ValueError:
            pass
    lk = luhn_leak(m)
    if lk:
        v.append("luhn " + lk)
    for s in IBAN_RE.findall(m):
        c = re.sub(r"[\s\u00a0]", "", s)
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1:
            v.append("iban " + s)
    tokens = set(w for w in SPLIT.split(m.lower()) if w)
    if clean:
        bad = tokens & ALL_NAME_TOKENS
        bad |= set(s for s in ALL_NAME_SUBS if s in m)
        if bad:
            v.append("listname " + " ".join(sorted(bad)))
    else:
        for sp in rec["spans"]:
            if sp["type"] != "person":
                continue
            toks, subs = name_keys(sp["value"], cc_of_name(sp["value"], cc))
            bad = (toks & tokens) | set(s for s in subs if s in m)
            if bad:
                v.append("nameword " + " ".join(sorted(bad)))
    return v


def cc_of_name(value, cc):
    if re.search(r"[\u4e00-\u9fff\uac00-\ud7af]", value):
        return "CN"
    if re.search(r"[\u0e00-\u0e7f]", value):
        return "TH"
    return "XX"


# ====================================================================== draw
def draw():
    cands = []  # (kind, tname, count, list of (rec, cc))
    for ti, (fn, count) in enumerate(LABELLED + CLEAN):
        clean = ti >= len(LABELLED)
        lst = []
        for j in range(3 * count + 6):
            cc = CCS[(j + ti * 5) % len(CCS)]
            R = random.Random("%d:%s:%d" % (SEED, fn.__name__, j))
            used = set()
            try:
                form, parts = fn(R, cc, used)
            except AttributeError:
                continue  # a country's name list used up
            rec = build("", form, LOC[cc]["lang"], parts)
            rec["_cc"] = cc
            lst.append(rec)
        cands.append((fn.__name__, count, clean, lst))
    items = []
    for _, _, _, lst in cands:
        for rec in lst:
            for sp in rec["spans"]:
                if sp["type"] == "phone":
                    items.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    bad = pv_check(sorted(set(items)))
    if bad is None:
        sys.exit("pv missing")
    badnums = set(ln.split("\t")[1] for ln in bad)
    out, drops, seen = [], Counter(), set()
    for name, count, clean, lst in cands:
        kept = 0
        for rec in lst:
            if kept == count:
                break
            cc = rec["_cc"]
            v = violations(rec, cc, clean)
            if any(sp["type"] == "phone" and sp["value"] in badnums for sp in rec["spans"]):
                v.append("pv")
            if rec["text"] in seen:
                v.append("repeat")
            if v:
                drops[(name, v[0].split()[0])] += 1
                DROPLOG.append((name, v))
                continue
            seen.add(rec["text"])
            out.append(rec)
            kept += 1
        assert kept == count, (name, kept, count)
    random.Random(SHUFFLE_SEED).shuffle(out)
    recs = []
    for i, rec in enumerate(out):
        cc = rec.pop("_cc")
        r = {"id": PREFIX + "%05d" % i, "form": rec["form"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]}
        if "neg" in rec:
            r["neg"] = rec["neg"]
        r["_cc"] = cc
        recs.append(r)
    return recs, drops, badnums


DROPLOG = []


def serialise(recs):
    lines = []
    for r in recs:
        r = {k: v for k, v in r.items() if k != "_cc"}
        check_record(r)
        lines.append(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return "".join(lines)


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    for k, n in c.most_common():
        print(" ", k, n)
    print("lang", dict(Counter(r["lang"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(r["_cc"] for r in recs if r["spans"]).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    for ty in ("gov_id", "email", "ip", "iban", "card", "secret"):
        print(ty, dict(Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    print("phones with plan", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("neg tags", len(set(t for r in recs for t in r.get("neg", []))))
    ls = sorted(len(r["text"]) for r in recs)
    print("length", ls[0], ls[-1], ls[len(ls) // 2])


def main():
    recs, drops, badnums = draw()
    # final verification of every record
    for r in recs:
        assert not violations(r, r["_cc"], not r["spans"]), r["id"]
    phones = [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    bad = pv_check(phones)
    assert bad == [], bad
    data = serialise(recs)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            assert f.read() == data, "heldout44.jsonl differs from a fresh draw"
        print("ok: %d records, identical, every rule holds, %d phones valid" % (len(recs), len(phones)))
    elif "--stats" in sys.argv:
        stats(recs)
        print("drops", dict(drops))
        print("pv rejected candidates", len(badnums))
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
        print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
