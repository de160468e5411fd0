#!/usr/bin/python3
"""Held-out part 31 of the redaction corpus (heldout31.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 29
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 25's decisions on lets,
owners' associations, home access codes and IPs, and the earlier parts'
treatment of ICCIDs, IMEIs, OTPs and supply-point ids), lines 1-60 of
gen_heldout29.py (header and imports) and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run by hand on a few numbers, otherwise only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
12:27:37 UTC on 2026-12-04 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 29's header.

Theme: HOUSING, UTILITIES AND TELECOMS. What people paste into an AI
assistant about where they live and the services to it, from 27 countries
and 18 languages: rental applications and tenant self-disclosures
(Mieterselbstauskunft, dossier locataire), leases and their annexes,
deposit and rent-guarantee forms, landlord-tenant chats and letters, flat-
share ads and viewing chats, house-purchase and mortgage paperwork, owners'
meeting minutes, electricity, gas, water and heating bills and contracts
(MPAN/MPRN, Marktlokation, PDL/PCE, CUPS, POD/PDR, EAN, CPE, PPE, NMI as
look-alikes), direct-debit mandates, meter readings, mobile and broadband
contracts and number-porting forms (the ported number, PAC/STAC/RIO codes,
SIM PIN/PUK labelled; ICCIDs and IMEIs look-alikes), router and smart-home
configs (Wi-Fi keys, admin passwords, lock and intercom codes, home IPs,
DDNS tokens), moving-house address-change lists, complaints to providers
and ombudsmen. Hard negatives of the theme everywhere: customer, contract,
meter, supply-point, ticket, case, order and listing numbers, readings,
tariffs and prices, dates that are not birth dates, providers', agents'
and ombudsmen's addresses, lines and role mailboxes, documentation IPs,
default gateways, masked values, sample values in help texts, buildings
and streets named after famous people.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
310924, shuffle seed 310925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout31.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout31.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout31.py --stats   # counts
"""
import datetime
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
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_random, iban_make, iban_mod97, IBAN_LEN, IBAN_SPEC, group,
                       ssn_random, nino_random, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, PLANS, secret_random, MONTHS, digits, nz)

SEED = 310924
SHUFFLE_SEED = 310925
OUT = os.path.join(HERE, "heldout31.jsonl")
PREFIX = "heldout-ae-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== names
# loc: (given_m, given_f, surnames); "m/f" where the surname has a female form.
# Written for this part; words an earlier part used were replaced.
NAMES = {
    "US": ("Emmett Garrison Rowan Silas Harlan Ezekiel Jameson Coburn",
           "Delaney Magnolia Presley Coralie Blakely Annalise Marlowe Tessa",
           "Abernathy Calloway Vanderpool Nwachukwu Haskins Pettigrew Winslow Raghavan Truesdale Merriweather"),
    "GB": ("Alistair Benedict Fergus Rupert Callum Lucan Ravi Oluwaseun",
           "Harriet Felicity Verity Anjali Ottilie Henrietta Bryony Lowri",
           "Braithwaite Cholmondeley Featherstone Oyelaran Chaudhry Pemberton Satterthwaite Illingworth Blenkinsop Attwood"),
    "IE": ("Tiernan Ruadhán Eoghan Conall Diarmuid Pádraig Cormac Ronan",
           "Caitríona Bláthnaid Aisling Fionnuala Deirbhile Nuala Méabh Ciara",
           "Ó_Duibhir Mac_Lochlainn Geraghty Moriarty Rafferty Cullinane Dunphy Kavanagh"),
    "AU": ("Jed Fletcher Koby Heath Tobin Angus Nash Corey",
           "Shae Kiara Tegan Jessamy Alinta Peta Kaylee Narelle",
           "Tregear Maddocks Quilty Lambrakis Vukovic Ashcombe Pascoe Trinh Dinsdale"),
    "ZA": ("Sizwe Lungile Dewald Schalk Vusi Xolani Riaan Kabelo",
           "Nandi Palesa Ayanda Mbali Annelie Dineo Khanyisile Carmen",
           "Mthembu Nkosi Van_Rensburg Du_Preez Sithole Radebe Engelbrecht Maseko Coetzee Ntuli"),
    "DE": ("Lennart Jörn Benedikt Mattes Bastian Gereon Ruben Hannes",
           "Hannelore Gesche Friederike Janne Merle Ronja Almut Leonie",
           "Hinrichsen Brüggemann Wolters Szymanski Abendroth Vollmer Dierks Hartkopf Özdemir Redeker Al-Khatib"),
    "AT": ("Korbinian Valentin Raphael Severin Wolfgang Leopold Dominik Vinzenz",
           "Theresia Johanna Veronika Christl Annemarie Rosina Hemma Walpurga",
           "Gruber Hofbauer Steinkellner Pirker Wallner Edlinger Ebner Hochleitner Kogler Mayrhofer"),
    "CH": ("Reto Urs Jachen Silvan Gian Mauro Lorenz Adrian",
           "Annina Corina Nadja Ladina Rahel Mirjam Ursina Barbla",
           "Caduff Wyss Zürcher Bachmann Gisler Zgraggen Lüthi Casutt Imhof Bärtschi"),
    "FR": ("Gaspard Anatole Yanis Maël Théophile Bastien Armand Kylian",
           "Capucine Apolline Maëlle Héloïse Clémence Fatoumata Eulalie Margot",
           "Guillou Kerbrat Benali Diallo Lemaire Vasseur Castagné Rigaud Fournel Texier"),
    "BE": ("Wout Senne Mathis Cédric Arnaud Brecht Mehdi Jens",
           "Lotte Fien Elke Josiane Nele Clotilde Jolien Yasmina",
           "Vercruysse Goossens Claeys Vandamme De_Backer Lambrechts Dumont Hennebert Cools El_Idrissi"),
    "NL": ("Jorrit Sietse Teun Bram Wessel Thijs Gijs Hidde",
           "Femke Sanne Noor Lieke Marloes Ilse Wietske Fenna",
           "Wijnands Bosman Hoekman van_Dijk Kuipers Meijering Dekker Schouten Boukhari Postma van_Rijswijk"),
    "ES": ("Iker Unai Gonzalo Borja Rubén Álvaro Sergio Aitor",
           "Edurne Nerea Lucía Rocío Ainhoa Paloma Covadonga Montserrat",
           "Echeverría Zubizarreta Ortega Salcedo Villanueva Urquijo Mansilla Rivas Carrasco Goicoechea Lozano Bustamante Aranda Quiroga Valcárcel Benavente Arteaga Segura"),
    "MX": ("Emiliano Tenoch Ulises Rodrigo Mauricio Leonel Joaquín Itzamná",
           "Ximena Yatzil Guadalupe Renata Fernanda Itzel Araceli Mariana",
           "Villaseñor Gutiérrez Ocampo Zamudio Tapia Olvera Barragán Quintero Ayala Cisneros"),
    "IT": ("Gianluca Pierpaolo Tommaso Edoardo Filippo Niccolò Raffaele Gualtiero",
           "Ludovica Benedetta Caterina Ginevra Arianna Loredana Carlotta Vittoria",
           "Bonfanti Zanetti Cattaneo Pellegrino Ferraris Mancuso Brambilla Sartori Galimberti Tagliabue"),
    "PT": ("Duarte Tomás Gonçalo Afonso Henrique Simão Martim Rui",
           "Leonor Beatriz Leonilde Mafalda Matilde Benedita Margarida Teresa",
           "Figueiredo Carvalhal Antunes Sequeira Vasconcelos Teixeira Pinheiro Quintela Barros Lobo"),
    "BR": ("Heitor Murilo Gustavo Vinícius Otávio Thiago Caio Davi",
           "Larissa Thaís Yasmin Letícia Jéssica Rafaela Giovana Priscila",
           "Bittencourt Albuquerque Cavalcanti Esteves Bezerra Siqueira Rezende Macedo Vilela Brandão"),
    "PL": ("Bartosz Krzysztof Mateusz Grzegorz Przemysław Wojciech Szymon Jakub",
           "Agnieszka Małgorzata Katarzyna Zofia Weronika Joanna Dorota Halina",
           "Wiśniewski/Wiśniewska Zieliński/Zielińska Kaczmarek Wróbel Mazur Jabłoński/Jabłońska Sikora Dąbrowski/Dąbrowska Pawlak Górecki/Górecka"),
    "CZ": ("Jiří Tomáš Ondřej Vojtěch Radek Zdeněk Petr Matěj",
           "Kateřina Lenka Markéta Tereza Dagmar Zuzana Barbora Ivana",
           "Novotný/Novotná Kratochvíl/Kratochvílová Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Šimek/Šimková"),
    "SE": ("Linus Viggo Torsten Isak Melker Oskar Ebbe Vilgot",
           "Elsa Ebba Saga Tyra Wilma Stina Agnes Majken",
           "Lindqvist Sjöberg Bergström Holmgren Nyström Åkesson Lundgren Wikström Forsberg Hedlund"),
    "DK": ("Mikkel Rasmus Frederik Asger Magnus Troels Kasper Esben",
           "Signe Mette Ida Freja Birthe Sofie Maja Line",
           "Kjærgaard Mortensen Thomsen Damgaard Vestergaard Lauridsen Bech Søndergaard Overgaard Kristoffersen"),
    "GR": ("Γιώργος Δημήτρης Νίκος Κωνσταντίνος Παναγιώτης Σπύρος Άγγελος Θανάσης",
           "Ελένη Κατερίνα Δέσποινα Μαρία Σοφία Βασιλική Χριστίνα Αναστασία",
           "Παπαδόπουλος/Παπαδοπούλου Οικονόμου Καραγιάννης/Καραγιάννη Βλάχος/Βλάχου Μαυρίδης/Μαυρίδου Χατζηγεωργίου Ζαφειρίου Σταματόπουλος/Σταματοπούλου"),
    "RO": ("Andrei Mihai Bogdan Cristian Radu Sorin Vlad Ionuț",
           "Ioana Andreea Raluca Oana Roxana Simona Irina Alina",
           "Popescu Ionescu Dumitrescu Stănescu Munteanu Constantinescu Georgescu Lungu Voicu Crăciun"),
    "TR": ("Emre Burak Oğuz Kerem Serkan Tolga Barış Cem",
           "Elif Zeynep Büşra Ebru Gizem Seda Merve Pınar",
           "Aydın Çelik Şahin Kılıç Doğan Arslan Korkmaz Öztürk Kurt Yavuz"),
    "RU": ("Алексей Дмитрий Сергей Никита Артём Павел Илья Михаил",
           "Анастасия Екатерина Ольга Татьяна Юлия Ксения Дарья Светлана",
           "Смирнов/Смирнова Кузнецов/Кузнецова Воронцов/Воронцова Белов/Белова Григорьев/Григорьева Лебедев/Лебедева Соколовский/Соколовская Морозов/Морозова Никитин/Никитина Ершов/Ершова"),
    "CN": ("浩然 思远 俊杰 宇航 明轩 子墨 博文 天佑",
           "子涵 雨桐 梓萱 欣妍 若曦 诗琪 佳怡 梦瑶",
           "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙"),
    "JP": ("健太 翔 大輔 拓海 悠真 蓮 颯太 直樹",
           "美咲 結衣 陽菜 さくら 彩花 凛 芽依 真央",
           "佐藤 鈴木 高橋 渡辺 伊藤 中村 小林 加藤 吉田 松本"),
    "KR": ("민준 지호 도윤 예준 시우 준서 현우 건우",
           "서연 하은 수빈 지아 채원 유진 다은 소윤",
           "김 신 박 최 정 강 오 윤 장 임"),
}
PATRONYMIC = ["Андреевич/Андреевна", "Викторович/Викторовна", "Олегович/Олеговна",
              "Игоревич/Игоревна", "Юрьевич/Юрьевна", "Геннадьевич/Геннадьевна"]
PARTICLES = {"van", "der", "de", "den", "da", "das", "dos", "di", "del", "le", "la", "du",
             "Van", "De", "Le", "Du", "Mac", "Ó", "Ní", "y", "El", "Al"}
CJK = {"CN", "JP", "KR"}

# ====================================================================== places
# Streets written for this part; towns with their real postcodes / areas.
STREETS = {
    "US": ["Larkspur Lane", "Cottonwood Drive", "Haverford Avenue", "Juniper Hollow Road", "Quarry Ridge Court", "Alderbrook Street", "Pinecrest Terrace"],
    "GB": ["Bramley Close", "Netherfield Road", "Coppice Way", "Tannery Lane", "Harebell Gardens", "Wellfield Crescent", "Pennine View"],
    "IE": ["Ashgrove Terrace", "Millrace Avenue", "Bóthar na Trá", "Glenasmole Park", "Rosemount Lawn", "Tobar Mhuire Close"],
    "AU": ["Wattle Grove", "Banksia Parade", "Kookaburra Street", "Ironbark Crescent", "Jacaranda Avenue", "Gumnut Place"],
    "ZA": ["Protea Road", "Boekenhout Street", "Umdoni Crescent", "Fynbos Lane", "Kiaat Avenue", "Ridgeback Close"],
    "DE": ["Holunderweg", "Am Mühlgraben", "Kastanienallee", "Ziegeleistraße", "Lerchenfeldstraße", "Hinter den Gärten", "Schlehdornring"],
    "AT": ["Quellengasse", "Am Lindenhof", "Zirbenweg", "Fasangartenstraße", "Hopfengasse", "Innrain"],
    "CH": ["Rebbergstrasse", "Im Grünauer", "Bachtelweg", "Sonnhaldenstrasse", "Obstgartenweg", "Chasseralstrasse"],
    "FR": ["rue des Tanneurs", "allée des Glycines", "impasse du Moulin Vert", "rue de la Verrerie", "chemin des Vignes Basses", "boulevard des Capucins", "rue du Pressoir"],
    "BE": ["Kapelleveld", "rue des Houblonnières", "Hoogstraatje", "avenue des Tilleuls Argentés", "Bosbessenlaan", "rue du Vieux Four"],
    "NL": ["Lijnbaansgracht", "Kievitstraat", "Populierenlaan", "Hooigracht", "Dotterbloemstraat", "Zeilmakerspad", "Brouwersdijk"],
    "ES": ["calle del Olivar", "calle de los Tintoreros", "avenida de la Albufera", "calle Alfareros", "paseo de los Almendros", "calle Hornillos"],
    "MX": ["calle Ahuehuetes", "calle Jacarandas", "avenida Tepeyac", "calle Colibríes", "privada de los Pinos", "calle Cantera"],
    "IT": ["via dei Carradori", "via delle Fornaci", "via Arcobaleno", "vicolo del Pozzo", "viale dei Tigli", "via della Filanda"],
    "PT": ["Rua das Amoreiras", "Travessa do Forno", "Rua dos Lagares", "Avenida das Tílias", "Rua da Fonte Nova", "Rua do Cais Velho"],
    "BR": ["Rua dos Ipês", "Avenida das Palmeiras Imperiais", "Rua Sabiá", "Rua das Jabuticabeiras", "Travessa Maracujá", "Rua Guaraná"],
    "PL": ["ul. Wiśniowa", "ul. Kasztanowa", "ul. Zbożowa", "ul. Kwiatowa", "ul. Rzemieślnicza", "ul. Spacerowa"],
    "CZ": ["Lípová", "Na Výsluní", "Třešňová", "U Mlýna", "Kamenická", "Pod Vinicemi"],
    "SE": ["Lingonvägen", "Granbacken", "Kvarngatan", "Blåsippsvägen", "Sjöbodsgatan", "Tallstigen"],
    "DK": ["Hyldebærvej", "Møllestien", "Kastanievej", "Bøgebakken", "Havnegade", "Rønnebærvej"],
    "GR": ["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Οδός Ναυαρίνου", "Οδός Τσιμισκή", "Οδός Κανάρη", "Οδός Ιθάκης"],
    "RO": ["Str. Teiului", "Str. Morii", "Bd. Independenței", "Str. Zorilor", "Str. Fagului", "Aleea Castanilor"],
    "TR": ["Şair Nefi Sok.", "Papatya Sok.", "Menekşe Sok.", "Çınaraltı Sok.", "Lale Cad.", "Ihlamur Sok."],
    "RU": ["ул. Садовая", "ул. Рябиновая", "пр. Ленинградский", "ул. Заречная", "ул. Кленовая", "пер. Тихий"],
}
TOWNS = {
    "US": [("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Tacoma", "WA", "984"), ("Asheville", "NC", "288"), ("Madison", "WI", "537"), ("Albuquerque", "NM", "871")],
    "GB": [("Stockport", "SK"), ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Exeter", "EX"), ("Derby", "DE")],
    "IE": [("Rathgar, Dublin 6", "D06"), ("Douglas, Cork", "T12"), ("Salthill, Galway", "H91"), ("Castletroy, Limerick", "V94"), ("Drumcondra, Dublin 9", "D09")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005")],
    "ZA": [("Claremont, Cape Town", "7708"), ("Observatory, Cape Town", "7925"), ("Melville, Johannesburg", "2092"), ("Morningside, Durban", "4001"), ("Hatfield, Pretoria", "0083")],
    "DE": [("Bamberg", "96047"), ("Göttingen", "37073"), ("Münster", "48143"), ("Regensburg", "93047"), ("Kiel", "24103"), ("Leipzig", "04109"), ("Erfurt", "99084")],
    "AT": [("Graz", "8010"), ("Linz", "4020"), ("Innsbruck", "6020"), ("Salzburg", "5020"), ("Wien", "1070"), ("Klagenfurt", "9020")],
    "CH": [("Winterthur", "8400"), ("Luzern", "6003"), ("St. Gallen", "9000"), ("Bern", "3011"), ("Basel", "4051")],
    "FR": [("Rennes", "35000"), ("Dijon", "21000"), ("Tours", "37000"), ("Grenoble", "38000"), ("Nancy", "54000"), ("Angers", "49100")],
    "BE": [("Namur", "5000"), ("Liège", "4000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mons", "7000")],
    "NL": [("Utrecht", "3512"), ("Groningen", "9711"), ("Haarlem", "2011"), ("Zwolle", "8011"), ("Arnhem", "6811"), ("Delft", "2611")],
    "ES": [("Valladolid", "47001"), ("Zaragoza", "50001"), ("Murcia", "30001"), ("Granada", "18001"), ("Santander", "39001"), ("Gijón", "33201")],
    "MX": [("Col. del Valle Centro, Benito Juárez, Ciudad de México", "03100"), ("Col. Americana, Guadalajara, Jal.", "44160"), ("Col. Obispado, Monterrey, N.L.", "64060"), ("Col. Centro, Mérida, Yuc.", "97000")],
    "IT": [("Padova", "35121", "PD", "G224"), ("Bergamo", "24121", "BG", "A794"), ("Lecce", "73100", "LE", "E506"), ("Perugia", "06121", "PG", "G478"), ("Trieste", "34121", "TS", "L424"), ("Modena", "41121", "MO", "F257")],
    "PT": [("Braga", "4700"), ("Coimbra", "3000"), ("Aveiro", "3810"), ("Setúbal", "2900"), ("Évora", "7000")],
    "BR": [("Curitiba", "PR", "800", "Batel"), ("Belo Horizonte", "MG", "301", "Savassi"), ("Recife", "PE", "520", "Casa Forte"), ("Porto Alegre", "RS", "904", "Moinhos de Vento"), ("Campinas", "SP", "130", "Cambuí")],
    "PL": [("Kraków", "31"), ("Poznań", "61"), ("Wrocław", "50"), ("Gdańsk", "80"), ("Lublin", "20"), ("Łódź", "90")],
    "CZ": [("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Praha 2", "120 00"), ("Ostrava", "702 00"), ("Liberec", "460 01")],
    "SE": [("Uppsala", "753 20"), ("Linköping", "582 24"), ("Örebro", "702 10"), ("Umeå", "903 26"), ("Västerås", "722 15"), ("Lund", "222 21")],
    "DK": [("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Vejle", "7100"), ("Roskilde", "4000"), ("København N", "2200")],
    "GR": [("Θεσσαλονίκη", "546 22"), ("Πάτρα", "262 21"), ("Ηράκλειο", "712 02"), ("Αθήνα", "104 34"), ("Βόλος", "382 21"), ("Ιωάννινα", "453 32")],
    "RO": [("Cluj-Napoca", "400", "Cluj"), ("Iași", "700", "Iași"), ("Timișoara", "300", "Timiș"), ("Brașov", "500", "Brașov"), ("Sibiu", "550", "Sibiu")],
    "TR": [("Moda Mah.", "Kadıköy/İstanbul", "34710"), ("Kızılay Mah.", "Çankaya/Ankara", "06420"), ("Bostanlı Mah.", "Karşıyaka/İzmir", "35590"), ("Görükle Mah.", "Nilüfer/Bursa", "16285"), ("Konyaaltı Mah.", "Muratpaşa/Antalya", "07050")],
    "RU": [("г. Санкт-Петербург", "19"), ("г. Казань", "420"), ("г. Екатеринбург", "620"), ("г. Новосибирск", "630"), ("г. Нижний Новгород", "603"), ("г. Самара", "443")],
    "CN": [("上海市徐汇区", "漕溪北路"), ("成都市武侯区", "玉林南路"), ("杭州市西湖区", "文三路"), ("南京市鼓楼区", "汉中门大街"), ("武汉市洪山区", "珞喻路")],
    "JP": [("150-0001", "東京都渋谷区神宮前"), ("154-0024", "東京都世田谷区三軒茶屋"), ("530-0041", "大阪府大阪市北区天神橋"), ("810-0041", "福岡県福岡市中央区大名"), ("464-0850", "愛知県名古屋市千種区今池"), ("980-0811", "宮城県仙台市青葉区一番町")],
    "KR": [("서울특별시 마포구 성미산로", "03986"), ("부산광역시 해운대구 좌동순환로", "48084"), ("대전광역시 유성구 대학로", "34134"), ("경기도 성남시 분당구 정자일로", "13557"), ("인천광역시 연수구 컨벤시아대로", "21998")],
}
JP_BLDG = ["メゾン若葉", "コーポ桜坂", "ハイツ緑丘", "グランシエル", "サニーコート"]
CN_XQ = ["绿洲花园", "金桂苑", "翠湖小区", "锦绣华庭", "云杉公寓"]


# ====================================================================== people
class P:
    """A drawn person: given, family (as written), sex, locale."""
    def __init__(self, given, family, sex, loc, patr=None):
        self.given, self.family, self.sex, self.loc, self.patr = given, family, sex, loc, patr

    def full(self):
        if self.loc in ("CN", "JP", "KR"):
            return self.family + self.given
        if self.loc == "RU":
            return self.given + " " + self.family
        return self.given + " " + self.family

    def spaced(self):  # CJK with the space
        return self.family + " " + self.given

    def formal(self):  # Family Given (Patronymic) as Russian forms / Family, Given
        if self.loc == "RU":
            return "%s %s %s" % (self.family, self.given, self.patr)
        if self.loc in CJK:
            return self.family + self.given
        return self.family + ", " + self.given

    def caps(self):
        return self.family.upper() + " " + self.given

    def init(self):
        return self.given + " " + self.family[0] + "."


def _words(s):
    return s.replace("_", " ")


class Picker:
    """Draws people for one record so that no name word is shared between two
    people (family members share the family name on purpose)."""
    def __init__(self, R):
        self.R = R
        self.used = set()

    def person(self, loc, sex=None, family=None):
        R = self.R
        gm, gf, sur = NAMES[loc]
        for _ in range(200):
            sx = sex or R.choice("mf")
            g = R.choice((gm if sx == "m" else gf).split())
            if family is None:
                f = R.choice(sur.split())
                if "/" in f:
                    f = f.split("/")[0 if sx == "m" else 1]
                f = _words(f)
                if loc == "ES":
                    f2 = _words(R.choice(sur.split()))
                    if f2 == f:
                        continue
                    f = f + " " + f2
            else:
                f = family
                # gendered family names
                if loc in ("PL", "CZ", "RU", "GR"):
                    for ent in sur.split():
                        if "/" in ent and family in ent.split("/"):
                            f = ent.split("/")[0 if sx == "m" else 1]
            gw = set(g.split())
            fw = set(f.split()) - PARTICLES
            if gw & self.used:
                continue
            if family is None and fw & self.used:
                continue
            if loc in CJK and (g in self.used or f in self.used):
                continue
            self.used |= gw | fw | {g, f}
            patr = None
            if loc == "RU":
                patr = R.choice(PATRONYMIC).split("/")[0 if sx == "m" else 1]
            return P(g, f, sx, loc, patr)
        raise RuntimeError("names ran out for " + loc)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("æ", "ae").replace("å", "a").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("ș", "s").replace("ț", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MAILHOST = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "ZA": ["mweb.co.za", "gmail.com", "telkomsa.net"], "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "chello.at"], "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "BE": ["skynet.be", "telenet.be", "proximus.be"],
    "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"], "ES": ["yahoo.es", "gmail.com", "telefonica.net"],
    "MX": ["prodigy.net.mx", "gmail.com", "hotmail.com"], "IT": ["libero.it", "tiscali.it", "virgilio.it", "gmail.com"],
    "PT": ["sapo.pt", "gmail.com", "netcabo.pt"], "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "SE": ["telia.com", "gmail.com", "bredband.net"], "DK": ["mail.dk", "gmail.com", "stofanet.dk"],
    "GR": ["otenet.gr", "gmail.com", "yahoo.gr"], "RO": ["yahoo.ro", "gmail.com"], "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
    "KR": ["naver.com", "daum.net", "kakao.com"],
}
HANDLE_WORDS = ["sunny", "blue", "nord", "lumi", "river", "pixel", "tiger", "mint", "kiwi", "delta", "luna", "star"]


def email_for(R, p):
    host = R.choice(MAILHOST[p.loc])
    if p.loc in ("CN", "JP", "KR", "RU", "GR"):
        local = R.choice(HANDLE_WORDS) + R.choice(["_", ".", ""]) + R.choice(HANDLE_WORDS) + str(R.randint(7, 99))
        if p.loc == "CN" and host == "qq.com":
            local = str(R.randint(10 ** 7, 10 ** 10))
    else:
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
        f = re.sub(r"[^a-z-]", "", ascii_fold(p.family).lower().replace(" ", ""))
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)), "%s.%s%d" % (f, g[0], R.randint(70, 99)), "%s%d" % (g, R.randint(80, 2005))])
    return local + "@" + host


# ====================================================================== addresses
GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "0123456789ACDEFHKNPRTVWXY"


def addr(R, loc, ml=False, unit=None):
    """A postal address in the country's layout; ml: across line breaks."""
    st = R.choice(STREETS.get(loc, [""]))
    nl = "\n" if ml else ", "
    u = R.random() < 0.45 if unit is None else unit
    if loc == "US":
        t, s, z = R.choice(TOWNS[loc])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(12, 9800), st, (" Apt %d%s" % (R.randint(1, 4), R.choice("ABCD"))) if u else "", nl, t, s, z, R.randint(1, 99))
    if loc == "GB":
        t, pc = R.choice(TOWNS[loc])
        post = "%s%d %d%s%s" % (pc, R.randint(1, 16), R.randint(1, 9), R.choice(GB_IN), R.choice(GB_IN))
        first = ("Flat %d, " % R.randint(1, 12)) if u else ""
        return "%s%d %s%s%s%s%s" % (first, R.randint(1, 140), st, nl, t, nl if ml else " ", post)
    if loc == "IE":
        t, rk = R.choice(TOWNS[loc])
        ec = rk + " " + "".join(R.choice(EIR) for _ in range(4))
        return "%d %s%s%s%s%s" % (R.randint(1, 90), st, nl, t, nl, ec)
    if loc == "AU":
        t, s, pc = R.choice(TOWNS[loc])
        n = ("%d/%d" % (R.randint(1, 12), R.randint(2, 180))) if u else str(R.randint(2, 180))
        return "%s %s%s%s %s %s" % (n, st, nl, t, s, pc)
    if loc == "ZA":
        t, pc = R.choice(TOWNS[loc])
        return "%d %s%s%s%s%s" % (R.randint(3, 120), st, nl, t, nl if ml else ", ", pc)
    if loc in ("DE", "AT", "CH"):
        t, pc = R.choice(TOWNS[loc])
        n = str(R.randint(1, 88)) + (R.choice(["", "", "a", "b"]) if loc == "DE" else "")
        if loc == "AT" and u:
            n += "/%d/%d" % (R.randint(1, 4), R.randint(1, 18))
        return "%s %s%s%s %s" % (st, n, nl, pc, t)
    if loc == "FR":
        t, pc = R.choice(TOWNS[loc])
        n = str(R.randint(1, 140)) + R.choice(["", "", "", " bis", " ter"])
        extra = ("Apt %d, %s étage%s" % (R.randint(1, 40), R.choice(["2e", "3e", "5e"]), nl)) if u else ""
        return "%s%s %s%s%s %s" % (extra, n, st, nl, pc, t)
    if loc == "BE":
        t, pc = R.choice(TOWNS[loc])
        if st[0].islower():
            return "%s %d%s%s%s %s" % (st, R.randint(1, 200), (" bte %d" % R.randint(1, 12)) if u else "", nl, pc, t)
        return "%s %d%s%s%s %s" % (st, R.randint(1, 200), (" bus %d" % R.randint(1, 12)) if u else "", nl, pc, t)
    if loc == "NL":
        t, pc = R.choice(TOWNS[loc])
        lt = R.choice("BCEGHJKLMNPRTVWXZ") + R.choice("BCEGHJKLMNPRTVWXZ")
        return "%s %d%s%s%s %s %s" % (st, R.randint(1, 300), R.choice(["", "", "-II", " A", "-hs"]), nl, pc, lt, t)
    if loc == "ES":
        t, pc = R.choice(TOWNS[loc])
        return "%s, %d, %dº %s%s%s %s" % (st[0].upper() + st[1:], R.randint(1, 120), R.randint(1, 8), R.choice("ABCD"), nl, pc, t)
    if loc == "MX":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d%s%s%s, C.P. %s" % (st[0].upper() + st[1:], R.randint(10, 990), (" int. %d" % R.randint(1, 12)) if u else "", nl, t, pc)
    if loc == "IT":
        t, pc, pr, _ = R.choice(TOWNS[loc])
        return "%s %d%s%s %s (%s)" % (st[0].upper() + st[1:], R.randint(1, 90), nl, pc, t, pr)
    if loc == "PT":
        t, pc = R.choice(TOWNS[loc])
        return "%s, %d, %dº %s%s%s-%03d %s" % (st, R.randint(1, 200), R.randint(1, 6), R.choice(["Esq.", "Dto.", "Frente"]), nl, pc, R.randint(1, 999), t)
    if loc == "BR":
        t, uf, cep, bairro = R.choice(TOWNS[loc])
        return "%s, nº %d%s - %s%s%s - %s, %s%02d-%03d" % (st, R.randint(10, 2400), (", apto %d" % R.randint(11, 1804)) if u else "", bairro, nl, t, uf, cep, R.randint(0, 99), R.randint(0, 999))
    if loc == "PL":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d%s%s%s-%03d %s" % (st, R.randint(1, 90), ("/%d" % R.randint(1, 60)) if u else "", nl, pc, R.randint(1, 999), t)
    if loc == "CZ":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d/%d%s%s %s" % (st, R.randint(100, 2900), R.randint(1, 60), nl, pc, t)
    if loc == "SE":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d%s%s%s %s" % (st, R.randint(1, 60), (R.choice(["A", "B", " lgh 1102", " lgh 1201"])) if u else "", nl, pc, t)
    if loc == "DK":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d%s%s%s %s" % (st, R.randint(1, 90), (", %d. %s" % (R.randint(1, 4), R.choice(["th", "tv", "mf"]))) if u else "", nl, pc, t)
    if loc == "GR":
        t, pc = R.choice(TOWNS[loc])
        return "%s %d%s%s %s" % (st, R.randint(1, 160), nl, pc, t)
    if loc == "RO":
        t, pc, jud = R.choice(TOWNS[loc])
        blk = (", bl. %s%d, sc. %d, ap. %d" % (R.choice("ABCM"), R.randint(1, 12), R.randint(1, 4), R.randint(1, 80))) if u else ""
        return "%s nr. %d%s%s%s%03d %s, jud. %s" % (st, R.randint(1, 120), blk, nl, pc, R.randint(1, 999), t, jud)
    if loc == "TR":
        mah, ilce, pc = R.choice(TOWNS[loc])
        return "%s %s No: %d D: %d%s%s %s" % (mah, st, R.randint(1, 80), R.randint(1, 24), nl, pc, ilce)
    if loc == "RU":
        t, pc = R.choice(TOWNS[loc])
        idx = pc + digits(R, 6 - len(pc))
        return "%s, %s, %s, д. %d, кв. %d" % (idx, t, st, R.randint(1, 120), R.randint(1, 300))
    if loc == "CN":
        c, road = R.choice(TOWNS[loc])
        return "%s%s%d号%s%d栋%d单元%d室" % (c, road, R.randint(10, 900), R.choice(CN_XQ), R.randint(1, 20), R.randint(1, 4), R.randint(101, 2804))
    if loc == "JP":
        pc, area = R.choice(TOWNS[loc])
        return "〒%s %s%d-%d-%d %s %d号室" % (pc, area, R.randint(1, 6), R.randint(1, 30), R.randint(1, 20), R.choice(JP_BLDG), R.randint(101, 805))
    if loc == "KR":
        road, pc = R.choice(TOWNS[loc])
        return "%s %d, %d동 %d호 (%s)" % (road, R.randint(10, 300), R.randint(101, 112), R.randint(101, 1904), pc)
    raise KeyError(loc)


# ====================================================================== phones
EXTRA_PLANS = {  # written for this part; checked with pv
    "CZ": (420, "", lambda R: R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "702", "704", "720", "721", "723", "724", "728", "730", "731", "732", "736", "737", "739", "775", "776", "777", "778"]) + digits(R, 6)),
    "DK": (45, "", lambda R: R.choice(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"]) + digits(R, 6)),
    "GR": (30, "", lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7)),
    "RO": (40, "0", lambda R: R.choice(["722", "723", "724", "726", "727", "728", "730", "732", "733", "740", "741", "744", "745", "746", "748", "751", "752", "753", "755", "756", "757", "760", "761", "762", "763", "765", "766", "767", "770", "771", "772", "773", "774", "775", "784", "785", "786", "787", "788"]) + digits(R, 6)),
    "TR": (90, "0", lambda R: R.choice(["530", "531", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"]) + digits(R, 7)),
    "KR": (82, "0", lambda R: "10" + R.choice("2346789") + digits(R, 7)),  # 010-5xxx: pv rejects it
}
EU00 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "PL", "CZ", "SE", "DK", "GR", "RO", "TR", "GB", "IE"}
FR_MOB = ["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]


def _gb_mob(R):
    return R.choice(["740", "742", "744", "746", "747", "748", "749", "751", "753", "754", "756", "757", "759", "771", "772", "773", "774", "775", "777", "780", "781", "784", "785", "786", "787", "788", "789", "790", "792", "794", "795", "796", "797", "798", "799"]) + digits(R, 7)


def phone(R, loc, kind="mobile", intl=None, region=None):
    """(text, meta): a phone of country loc written in its usual layouts; region
    = how the text is read (plan set when it differs)."""
    region = region or loc
    intl = (R.random() < 0.3) if intl is None else intl
    ext00 = intl and region != loc and region in EU00 and R.random() < 0.5
    pre = lambda cc: ("00%d " % cc) if ext00 else ("+%d " % cc)
    if loc in ("US", "CA"):
        n = PLANS[loc][2]["fixed_or_mobile"](R)
        a, e, s = n[:3], n[3:6], n[6:]
        t = ("+1 %s %s %s" % (a, e, s)) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, s)
        kind = "fixed_or_mobile"
    elif loc == "GB":
        n = _gb_mob(R) if kind == "mobile" else ("20" + R.choice("78") + digits(R, 7))
        if kind == "mobile":
            t = (pre(44) + n[:4] + " " + n[4:]) if intl else ("0" + n[:4] + " " + n[4:])
        else:
            t = (pre(44) + "20 " + n[2:6] + " " + n[6:]) if intl else ("020 " + n[2:6] + " " + n[6:])
    elif loc == "IE":
        n = PLANS["IE"][2]["mobile"](R)
        t = (pre(353) + n[:2] + " " + n[2:5] + " " + n[5:]) if intl else ("0" + n[:2] + " " + n[2:5] + " " + n[5:])
    elif loc == "AU":
        n = PLANS["AU"][2]["mobile"](R)
        t = (pre(61) + n[:3] + " " + n[3:6] + " " + n[6:]) if intl else ("0" + n[:3] + " " + n[3:6] + " " + n[6:])
    elif loc == "ZA":
        n = PLANS["ZA"][2]["mobile"](R)
        t = (pre(27) + n[:2] + " " + n[2:5] + " " + n[5:]) if intl else ("0" + n[:2] + " " + n[2:5] + " " + n[5:])
    elif loc == "DE":
        if kind == "mobile":
            n = PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R)
            t = (pre(49) + n[:3] + " " + n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s", "0%s %s"]) % (n[:3], n[3:])
        else:
            n = PLANS["DE"][2]["fixed"](R)
            ac = 2 if n[:2] in ("89", "40", "69") else 3
            t = (pre(49) + n[:ac] + " " + n[ac:]) if intl else ("0%s %s" % (n[:ac], n[ac:]))
    elif loc == "AT":
        n = PLANS["AT"][2]["mobile"](R)
        t = (pre(43) + n[:3] + " " + n[3:]) if intl else R.choice(["0%s %s", "0%s/%s"]) % (n[:3], n[3:])
    elif loc == "CH":
        n = PLANS["CH"][2]["mobile"](R)
        g = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        t = (pre(41) + g) if intl else ("0" + g)
    elif loc == "FR":
        n = R.choice(FR_MOB) + digits(R, 7)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        if intl:
            t = pre(33) + n[0] + " " + " ".join(pairs)
        else:
            sep = R.choice([" ", " ", ".", "\u00a0"])
            t = "0" + n[0] + sep + sep.join(pairs)
        kind = "mobile"
    elif loc == "BE":
        n = PLANS["BE"][2]["mobile"](R)
        g = "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
        t = (pre(32) + g) if intl else ("0" + g)
    elif loc == "NL":
        n = PLANS["NL"][2]["mobile"](R)
        if intl:
            t = pre(31) + "6 " + n[1:]
        else:
            t = R.choice(["06 " + n[1:], "06-" + n[1:], "06 " + " ".join(n[i:i + 2] for i in range(1, 9, 2))])
    elif loc == "ES":
        n = "6" + digits(R, 8)
        t = (pre(34) + "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])) if intl else R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    elif loc == "MX":
        n = PLANS["MX"][2]["any"](R)
        t = (pre(52) + "%s %s %s" % (n[:2], n[2:6], n[6:])) if intl else ("%s %s %s" % (n[:2], n[2:6], n[6:]))
        kind = "any"
    elif loc == "IT":
        n = PLANS["IT"][2]["mobile"](R)
        if intl:
            t = pre(39) + n[:3] + " " + n[3:]
        else:
            t = R.choice([n[:3] + " " + n[3:], n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "/" + n[3:]])
    elif loc == "PT":
        n = PLANS["PT"][2]["mobile"](R)
        t = (pre(351) if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif loc == "BR":
        n = PLANS["BR"][2]["mobile"](R)
        t = (pre(55) + "%s %s-%s" % (n[:2], n[2:7], n[7:])) if intl else ("(%s) %s-%s" % (n[:2], n[2:7], n[7:]))
    elif loc == "PL":
        n = PLANS["PL"][2]["mobile"](R)
        t = (pre(48) if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif loc == "SE":
        n = PLANS["SE"][2]["mobile"](R)
        t = (pre(46) + "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if intl else ("0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]))
    elif loc == "RU":
        n = PLANS["RU"][2]["mobile"](R)
        t = ("+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else ("8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]))
    elif loc == "CN":
        n = PLANS["CN"][2]["mobile"](R)
        t = (pre(86) if intl else "") + "%s %s %s" % (n[:3], n[3:7], n[7:]) if R.random() < 0.7 or intl else n
    elif loc == "JP":
        n = PLANS["JP"][2]["mobile"](R)
        t = (pre(81) + "%s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else ("0%s-%s-%s" % (n[:2], n[2:6], n[6:]))
    elif loc in EXTRA_PLANS:
        cc, trunk, f = EXTRA_PLANS[loc]
        n = f(R)
        if loc == "CZ":
            g = "%s %s %s" % (n[:3], n[3:6], n[6:])
        elif loc == "DK":
            g = " ".join(n[i:i + 2] for i in range(0, 8, 2))
        elif loc == "GR":
            g = "%s %s %s" % (n[:3], n[3:6], n[6:])
        elif loc == "RO":
            g = "%s %s %s" % (n[:3], n[3:6], n[6:])
        elif loc == "TR":
            g = "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
        else:  # KR
            g = "%s-%s-%s" % (n[:2], n[2:6], n[6:])
        t = (pre(cc) + g) if intl else (trunk + g)
    else:
        raise KeyError(loc)
    meta = {"sub": kind, "region": region}
    if region != loc:
        meta["plan"] = loc
    return t, meta


def PH(R, loc, **kw):
    t, meta = phone(R, loc, **kw)
    return L("phone", t, **meta)


# ====================================================================== dates
def bdate(R, lo=1948, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


GR_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
CZ_MON = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
SV_MON = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
DA_MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]


def fdate(R, d, loc, words=None):
    """A date in the country's usual layouts (numeric or with month names)."""
    y, m, dd = d.year, d.month, d.day
    w = R.random() < 0.3 if words is None else words
    if loc == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if w else R.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (m, dd, y)
    if loc in ("GB", "IE", "AU", "ZA"):
        return "%d %s %d" % (dd, MONTHS["en"][m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc in ("DE", "AT", "CH"):
        return "%d. %s %d" % (dd, MONTHS["de"][m - 1], y) if w else R.choice(["%02d.%02d.%d", "%d.%d.%d"]) % (dd, m, y)
    if loc in ("FR", "BE"):
        return "%d %s %d" % (dd, MONTHS["fr"][m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc == "NL":
        return "%d %s %d" % (dd, MONTHS["nl"][m - 1], y) if w else "%02d-%02d-%d" % (dd, m, y)
    if loc in ("ES", "MX"):
        return "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc == "IT":
        return "%d %s %d" % (dd, MONTHS["it"][m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc in ("PT", "BR"):
        return "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc == "PL":
        return "%d %s %d r." % (dd, PL_MON[m - 1], y) if w else "%02d.%02d.%d" % (dd, m, y)
    if loc == "CZ":
        return "%d. %s %d" % (dd, CZ_MON[m - 1], y) if w else "%d. %d. %d" % (dd, m, y)
    if loc == "SE":
        return "%d %s %d" % (dd, SV_MON[m - 1], y) if w else "%d-%02d-%02d" % (y, m, dd)
    if loc == "DK":
        return "%d. %s %d" % (dd, DA_MON[m - 1], y) if w else "%02d-%02d-%d" % (dd, m, y)
    if loc == "GR":
        return "%d %s %d" % (dd, GR_MON[m - 1], y) if w else "%02d/%02d/%d" % (dd, m, y)
    if loc == "RO":
        return "%d %s %d" % (dd, RO_MON[m - 1], y) if w else "%02d.%02d.%d" % (dd, m, y)
    if loc == "TR":
        return "%d %s %d" % (dd, TR_MON[m - 1], y) if w else "%02d.%02d.%d" % (dd, m, y)
    if loc == "RU":
        return "%d %s %d г." % (dd, RU_MON[m - 1], y) if w else "%02d.%02d.%d" % (dd, m, y)
    if loc in ("CN", "JP"):
        return "%d年%d月%d日" % (y, m, dd) if w or loc == "CN" else "%d/%02d/%02d" % (y, m, dd)
    if loc == "KR":
        return "%d년 %d월 %d일" % (y, m, dd) if w else "%d.%02d.%02d" % (y, m, dd)
    raise KeyError(loc)


def DOB(R, d, loc, **kw):
    return L("dob", fdate(R, d, loc, **kw))


# ====================================================================== gov ids
def pesel(d, female, R):
    m = d.month + (20 if d.year >= 2000 else 0)
    s = "%02d%02d%02d" % (d.year % 100, m, d.day) + digits(R, 3) + str(R.choice("02468" if female else "13579"))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * w[i] for i, c in enumerate(s)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(c) * w[i] for i, c in enumerate(s[:10])) % 10) % 10 == int(s[10])


def rodne(d, female, R):
    m = d.month + (50 if female else 0)
    base = "%02d%02d%02d" % (d.year % 100, m, d.day)
    while True:
        s = base + digits(R, 4)
        if int(s) % 11 == 0:
            return s[:6] + "/" + s[6:]


def rodne_ok(s):
    return int(s.replace("/", "")) % 11 == 0 and len(s.replace("/", "")) == 10


def se_pnr(d, female, R):
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + digits(R, 2) + str(R.choice("02468" if female else "13579"))
    return b[:6] + "-" + b[6:] + luhn_complete(b)[-1]


def se_ok(s):
    return luhn_ok(s.replace("-", "").replace("+", "")[-10:])


def dk_cpr(d, female, R):
    while True:
        b = "%02d%02d%02d" % (d.day, d.month, d.year % 100) + str(R.randint(0, 3)) + digits(R, 2)
        for last in ("02468" if female else "13579"):
            s = b + last
            if sum(int(c) * w for c, w in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return s[:6] + "-" + s[6:]


def dk_ok(s):
    s = s.replace("-", "")
    return sum(int(c) * w for c, w in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def gr_afm(R):
    while True:
        b = R.choice("01") + digits(R, 7)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
        return b + str(c)


def afm_ok(s):
    return len(s) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s[:8])) % 11 % 10 == int(s[8])


def gr_amka(d, R):
    return luhn_complete("%02d%02d%02d" % (d.day, d.month, d.year % 100) + digits(R, 4))


def ro_cnp(d, female, R):
    s = ("2" if female else "1") if d.year < 2000 else ("6" if female else "5")
    b = s + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%02d" % R.randint(1, 40) + "%03d" % R.randint(1, 999)
    c = sum(int(x) * w for x, w in zip(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return b + ("1" if c == 10 else str(c))


def cnp_ok(s):
    c = sum(int(x) * w for x, w in zip(s[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return s[12] == ("1" if c == 10 else str(c))


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tc_ok(s):
    d = list(map(int, s))
    return d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def snils(R):
    while True:
        b = digits(R, 9)
        if int(b) <= 1001998:
            continue
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def snils_ok(s):
    b, c = s.replace("-", "").replace(" ", "")[:9], int(s[-2:])
    t = sum(int(x) * (9 - i) for i, x in enumerate(b))
    e = t if t < 100 else (0 if t in (100, 101) else (t % 101) % 100)
    return e == c


def ru_inn(R):
    b = str(R.randint(1, 9)) + "%d" % R.randint(1, 9) + digits(R, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(x) * w for x, w in zip(b, w1)) % 11 % 10
    b += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(x) * w for x, w in zip(b, w2)) % 11 % 10)


def inn_ok(s):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(s) == 12 and sum(int(x) * w for x, w in zip(s, w1)) % 11 % 10 == int(s[10]) and sum(int(x) * w for x, w in zip(s, w2)) % 11 % 10 == int(s[11])


CN_AREA = {"上海市徐汇区": "310104", "成都市武侯区": "510107", "杭州市西湖区": "330106", "南京市鼓楼区": "320106", "武汉市洪山区": "420111"}


def cn_id(d, female, R, area="310104"):
    b = area + "%04d%02d%02d" % (d.year, d.month, d.day) + "%02d" % R.randint(0, 99) + str(R.choice("02468" if female else "13579"))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11]


def cnid_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17]


def mynumber(R):
    b = str(R.randint(1, 9)) + digits(R, 10)
    return b + _mn_check(b)


def _mn_check(b):
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def kr_rrn(d, female, R):
    g = ("2" if female else "1") if d.year < 2000 else ("4" if female else "3")
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + g + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return b[:6] + "-" + b[6:] + str((11 - sum(int(c) * x for c, x in zip(b, w)) % 11) % 10)


def rrn_ok(s):
    b = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(c) * x for c, x in zip(b[:12], w)) % 11) % 10 == int(b[12])


def za_id(d, female, R):
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%04d" % (R.randint(0, 4999) if female else R.randint(5000, 9999)) + "08"
    return luhn_complete(b)


def ppsn(R):
    b = digits(R, 7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(b))
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def ppsn_ok(s):
    return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(s[:7])) % 23] == s[7]


def pt_nif(R):
    while True:
        b = R.choice("123") + digits(R, 7)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        return b + ("0" if c >= 10 else str(c))


def nif_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return s[8] == ("0" if c >= 10 else str(c))


def at_svnr(d, R):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        s = str(R.randint(1, 9)) + digits(R, 2) + "0" + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        c = sum(int(x) * y for x, y in zip(s, w)) % 11
        if c < 10:
            return s[:3] + str(c) + " " + s[4:]


def svnr_ok(s):
    s = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return sum(int(x) * y for x, y in zip(s, w)) % 11 == int(s[3])


def ean13_check(b12):
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b12)) % 10) % 10)


def ch_ahv(R):
    b = "756" + digits(R, 9)
    s = b + ean13_check(b)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def ahv_ok(s):
    s = s.replace(".", "")
    return ean13_check(s[:12]) == s[12]


def be_nn(d, female, R):
    cnt = R.randint(1, 997)
    if (cnt % 2 == 0) != female:
        cnt += 1
    b = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, cnt)
    c = 97 - int(("2" if d.year >= 2000 else "") + b) % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:], c)


def be_nn_ok(s, y2k=False):
    b = re.sub(r"\D", "", s)
    return 97 - int(("2" if y2k else "") + b[:9]) % 97 == int(b[9:])


DE_ID_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def de_idcard(R):
    b = R.choice("LMNPRTVWXY") + "".join(R.choice(DE_ID_ALPHA) for _ in range(8))
    return b + _de_id_check(b)


def _de_id_check(b):
    w = [7, 3, 1]
    return str(sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(b)) % 10)


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(p, d, R, state="DF"):
    fam = ascii_fold(p.family).upper().split()
    pat, mat = fam[0], (fam[1] if len(fam) > 1 else "X")
    given = ascii_fold(p.given).upper().split()[0]
    v = next((c for c in pat[1:] if c in "AEIOU"), "X")
    ic = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    b = pat[0] + v + mat[0] + given[0] + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("M" if p.sex == "f" else "H") + state + ic(pat) + ic(mat) + ic(given) + (str(R.randint(0, 9)) if d.year < 2000 else R.choice("ABCDE"))
    s = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def curp_ok(s):
    return str((10 - sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s[:17])) % 10) % 10) == s[17]


def gov(R, p, d, loc, kind=None):
    """A national id of the person's country, its sub, formatted."""
    f = p.sex == "f"
    if loc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if loc == "GB":
        pp, n, sfx = nino_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (pp, n[:2], n[2:4], n[4:], sfx), sub="uk_nino")
    if loc == "IE":
        return L("gov_id", ppsn(R), sub="ie_ppsn")
    if loc == "ZA":
        return L("gov_id", za_id(d, f, R), sub="za_id")
    if loc == "DE":
        if kind == "idcard":
            return L("gov_id", de_idcard(R), sub="de_id_card")
        return L("gov_id", steuerid_random(R), sub="de_steuer_id")
    if loc == "AT":
        return L("gov_id", at_svnr(d, R), sub="at_svnr")
    if loc == "CH":
        return L("gov_id", ch_ahv(R), sub="ch_ahv")
    if loc == "FR":
        body, key = nir_random(R, "2" if f else "1", d.year % 100, d.month)
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
        return L("gov_id", v, sub="fr_nir")
    if loc == "BE":
        return L("gov_id", be_nn(d, f, R), sub="be_nn")
    if loc == "NL":
        return L("gov_id", bsn_random(R), sub="nl_bsn")
    if loc == "ES":
        if kind == "nie":
            p_, n, l_ = nie_random(R)
            return L("gov_id", p_ + n + l_, sub="es_nie")
        n, l_ = dni_random(R)
        return L("gov_id", R.choice(["%s%s", "%s-%s"]) % (n, l_), sub="es_dni")
    if loc == "MX":
        return L("gov_id", curp(p, d, R, R.choice(["DF", "JC", "NL", "YN"])), sub="mx_curp")
    if loc == "IT":
        bel = kind or "G224"
        return L("gov_id", cf_make(ascii_fold(p.family), ascii_fold(p.given), d.year % 100, d.month, d.day, f, bel), sub="it_cf")
    if loc == "PT":
        return L("gov_id", pt_nif(R), sub="pt_nif")
    if loc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf")
    if loc == "PL":
        return L("gov_id", pesel(d, f, R), sub="pl_pesel")
    if loc == "CZ":
        return L("gov_id", rodne(d, f, R), sub="cz_rodne_cislo")
    if loc == "SE":
        return L("gov_id", se_pnr(d, f, R), sub="se_personnummer")
    if loc == "DK":
        return L("gov_id", dk_cpr(d, f, R), sub="dk_cpr")
    if loc == "GR":
        if kind == "amka":
            return L("gov_id", gr_amka(d, R), sub="gr_amka")
        return L("gov_id", gr_afm(R), sub="gr_afm")
    if loc == "RO":
        return L("gov_id", ro_cnp(d, f, R), sub="ro_cnp")
    if loc == "TR":
        return L("gov_id", tc_kimlik(R), sub="tr_tckn")
    if loc == "RU":
        if kind == "inn":
            return L("gov_id", ru_inn(R), sub="ru_inn")
        return L("gov_id", snils(R), sub="ru_snils")
    if loc == "CN":
        return L("gov_id", cn_id(d, f, R, kind or "310104"), sub="cn_resident_id")
    if loc == "JP":
        v = mynumber(R)
        return L("gov_id", R.choice([v, v[:4] + " " + v[4:8] + " " + v[8:]]), sub="jp_my_number")
    if loc == "KR":
        return L("gov_id", kr_rrn(d, f, R), sub="kr_rrn")
    raise KeyError(loc)


def gov_ok(v, sub):
    c = re.sub(r"[\s.\-/]", "", v)
    return {
        "us_ssn": lambda: len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000",
        "uk_nino": lambda: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"),
        "ie_ppsn": lambda: ppsn_ok(c), "za_id": lambda: luhn_ok(c) and len(c) == 13,
        "de_steuer_id": lambda: steuerid_ok(c), "de_id_card": lambda: _de_id_check(c[:9]) == c[9],
        "at_svnr": lambda: svnr_ok(c), "ch_ahv": lambda: ahv_ok(c),
        "fr_nir": lambda: nir_ok(c[:13], c[13:]), "be_nn": lambda: be_nn_ok(c) or be_nn_ok(c, True),
        "nl_bsn": lambda: bsn_ok(c), "es_dni": lambda: DNI_LETTERS[int(c[:8]) % 23] == c[8], "es_nie": lambda: nie_ok(c),
        "mx_curp": lambda: curp_ok(c), "it_cf": lambda: cf_check(c[:15]) == c[15], "pt_nif": lambda: nif_ok(c),
        "br_cpf": lambda: cpf_ok(c), "pl_pesel": lambda: pesel_ok(c), "cz_rodne_cislo": lambda: rodne_ok(c),
        "se_personnummer": lambda: se_ok(c), "dk_cpr": lambda: dk_ok(c), "gr_afm": lambda: afm_ok(c),
        "gr_amka": lambda: luhn_ok(c) and len(c) == 11, "ro_cnp": lambda: cnp_ok(c), "tr_tckn": lambda: tc_ok(c),
        "ru_snils": lambda: snils_ok(v), "ru_inn": lambda: inn_ok(c), "cn_resident_id": lambda: cnid_ok(c),
        "jp_my_number": lambda: _mn_check(c[:11]) == c[11], "kr_rrn": lambda: rrn_ok(c),
    }[sub]()


# ====================================================================== money, net, secrets
IBAN_OF = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "NL": "NL", "ES": "ES", "IT": "IT",
           "PT": "PT", "PL": "PL", "CZ": "CZ", "SE": "SE", "DK": "DK", "GR": "GR", "RO": "RO", "TR": "TR",
           "GB": "GB", "IE": "IE", "BR": "BR"}


BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
         "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"]}


def iban_plain(R, country):
    """iban_random, redrawn until the account fields hold digits only (as real
    accounts do); letters only where the registry asks for them (bank codes
    of GB, IE, NL, RO; the Italian CIN)."""
    spec = re.findall(r"(\d+)([nac])", IBAN_SPEC[country])
    allowed, pos = set(), 4
    for n, k in spec:
        if k == "a":
            allowed |= set(range(pos, pos + int(n)))
        pos += int(n)
    if country == "IT":
        allowed.add(4)
    for _ in range(2000):
        v = iban_random(R, country)
        if all(c.isdigit() or i in allowed for i, c in enumerate(v) if i >= 4):
            if country in BANKS:
                v = iban_make(country, R.choice(BANKS[country]) + v[8:])
            return v
    raise RuntimeError(country)


def IBAN(R, loc, style=None, **meta):
    v = iban_plain(R, IBAN_OF[loc])
    st = style or R.choice(["g", "g", "g", "c", "nb"])
    if st == "g":
        v = group(v)
    elif st == "nb":
        v = group(v, 4, "\u00a0")
    return L("iban", v, **meta)


def iban_masked(R, loc):
    v = iban_plain(R, IBAN_OF[loc])
    return N(v[:4] + " **** **** " + v[-4:] if R.random() < 0.5 else v[:2] + "**" + "*" * 12 + v[-3:], "masked_iban")


CARD_KINDS = ["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover"]


def CARD(R, kind=None):
    k = kind or R.choice(CARD_KINDS)
    n = card_random(R, k)
    if k == "maestro":
        n = card_random(R, k)
    sizes = card_grouping(len(n))
    sep = R.choice([" ", " ", "-", "", "\u00a0"])
    return L("card", sep.join(split_groups(n, sizes)), sub=k.rstrip("2").replace("visa13", "visa"))


def card_masked(R):
    return N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d"]) % R.randint(0, 9999), "masked_card")


PUB_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 176, 178, 185, 188, 212, 213, 217]


def wan4(R):
    while True:
        v = "%d.%d.%d.%d" % (R.choice(PUB_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(v).is_global:
            return v


def wan6(R):
    pre = R.choice(["2a02:810d", "2003:e1", "2a01:cb1c", "2a02:a46f", "2001:1c00", "2a00:23c6", "2804:14d"])
    return pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(2)) + "::" + "%x" % R.randint(1, 0xffff)


def lan4(R, net="192.168.178."):
    return net + str(R.randint(20, 230))


def IPW(R):
    return L("ip", wan4(R), sub="ipv4")


def IP6(R):
    return L("ip", wan6(R), sub="ipv6")


def IPL(R, net="192.168.178."):
    return L("ip", lan4(R, net), sub="ipv4_lan")


PW_WORDS = ["Kirschbaum", "Maulwurf", "Tangerine", "Biscotto", "Zeppelin", "Hummel", "Papaya", "Kanarie", "Golondrina",
            "Tournesol", "Eekhoorn", "Pistacchio", "Fjellrev", "Lakrits", "Kolibri", "Marmelade", "Wombat", "Rooibos"]


def pw(R):
    return R.choice([
        lambda: R.choice(PW_WORDS) + R.choice(["!", "#", "$", "%", "&", "*", "?", "_", "."]) + str(R.randint(10, 9999)),
        lambda: R.choice(PW_WORDS).lower() + str(R.randint(1, 99)) + R.choice(PW_WORDS),
        lambda: "".join(R.choice(string.ascii_letters + string.digits) for _ in range(R.randint(10, 16))),
        lambda: R.choice(PW_WORDS) + "-" + R.choice(PW_WORDS).lower() + "-" + str(R.randint(1, 99)),
    ])()


def wifikey(R):
    return R.choice([
        lambda: " ".join(digits(R, 4) for _ in range(5)),                       # 20 digits as printed by some routers
        lambda: "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(R.randint(12, 16))),
        lambda: pw(R),
        lambda: "-".join("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4)),
    ])()


def code(R, n=None):
    return "".join(R.choice(string.digits) for _ in range(n or R.choice([4, 5, 6])))


def SEC(v, sub):
    return L("secret", v, sub=sub)


def uuid_like(R):
    h = "0123456789abcdef"
    return "-".join("".join(R.choice(h) for _ in range(k)) for k in (8, 4, 4, 4, 12))


# ---------------------------------------------------------------- look-alikes of the theme
def luhn_bad(R, n):
    while True:
        s = str(R.randint(1, 9)) + digits(R, n - 1)
        if not luhn_ok(s):
            return s


def mpan(R):  # GB MPAN core (13 digits), made Luhn-invalid
    return luhn_bad(R, 13)


def _nonluhn(R, f):
    while True:
        v = f()
        if not luhn_ok(re.sub(r"\D", "", v)):
            return v


def ean18(R):  # NL/BE EAN code 54 + 16 digits, made Luhn-invalid
    return _nonluhn(R, lambda: "54" + digits(R, 16))


def cups(R):  # ES CUPS: ES + 16 digits + 2 letters
    return "ES" + _nonluhn(R, lambda: "0" + digits(R, 15)) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)


def pdl(R):  # FR PDL/PCE 14 digits
    return luhn_bad(R, 14)


def pod(R):  # IT POD
    return "IT001E" + digits(R, 8)


def pdr(R):
    return luhn_bad(R, 14)


def malo(R):  # DE Marktlokations-ID 11 digits
    return "5" + digits(R, 10)


def melo(R):
    return "DE" + digits(R, 11) + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(20))


def cpe(R):
    return _nonluhn(R, lambda: "0002" + digits(R, 12)).join(["PT", R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)])


def ppe(R):
    return _nonluhn(R, lambda: "590" + digits(R, 15))


def nmi(R):
    return R.choice(["6102", "6305", "4102"]) + digits(R, 6) + str(R.randint(0, 9))


def meter_no(R):
    return R.choice(["", "1ESY", "1EMH", "Z", "E"]) + digits(R, R.choice([7, 8, 10]))


def iccid(R, cc="49"):
    return luhn_complete("89" + cc + digits(R, 15))


def imei(R):
    return luhn_complete(R.choice(["35", "86", "01"]) + digits(R, 12))


def cust_no(R):
    return luhn_bad(R, R.choice([9, 10, 12]))


def ref(R, pfx):
    return pfx + digits(R, R.choice([5, 6, 7]))


# ====================================================================== framing
def wrap(R, reqs, body):
    """Request line before or after the paste, sometimes in quotes or after a rule."""
    rq = R.choice(reqs)
    st = R.random()
    if st < 0.35:
        return [rq, "\n\n", body]
    if st < 0.55:
        return [rq, "\n\"\"\"\n", body, "\n\"\"\""]
    if st < 0.7:
        return [body, "\n---\n", rq]
    return [body, "\n\n", rq]


_CYC = Counter()


def cyc(name, keys):
    """Locales in turn (sorted order), so every country of a template appears."""
    keys = sorted(keys)
    k = keys[_CYC[name] % len(keys)]
    _CYC[name] += 1
    return k


def money(R, loc, lo, hi):
    v = R.randint(lo, hi)
    c = R.randint(0, 99)
    return {
        "US": "$%d.%02d" % (v, c), "GB": "£%d.%02d" % (v, c), "IE": "€%d.%02d" % (v, c), "AU": "A$%d.%02d" % (v, c),
        "ZA": "R%d,%02d" % (v, c), "DE": "%d,%02d €" % (v, c), "AT": "€ %d,%02d" % (v, c), "CH": "CHF %d.%02d" % (v, c),
        "FR": "%d,%02d\u00a0€" % (v, c), "BE": "%d,%02d €" % (v, c), "NL": "€ %d,%02d" % (v, c), "ES": "%d,%02d €" % (v, c),
        "MX": "$%d.%02d MXN" % (v, c), "IT": "€ %d,%02d" % (v, c), "PT": "%d,%02d €" % (v, c), "BR": "R$ %d,%02d" % (v, c),
        "PL": "%d,%02d zł" % (v, c), "CZ": "%d Kč" % v, "SE": "%d kr" % v, "DK": "%d,%02d kr." % (v, c),
        "GR": "%d,%02d €" % (v, c), "RO": "%d,%02d lei" % (v, c), "TR": "%d,%02d ₺" % (v, c), "RU": "%d ₽" % v,
        "CN": "¥%d" % v, "JP": "%d円" % v, "KR": "%d원" % (v * 1000),
    }[loc]


def later(R, loc):
    """A date that is not a birth date (move-in, reading, due date...)."""
    return N(fdate(R, datetime.date(2026, R.randint(1, 12), R.randint(1, 28)), loc, words=False), "date_not_dob")


# ---------------------------------------------------------------- T1 rental applications
APP = {
    "US": ("en", "RENTAL APPLICATION — Unit {u}, {b}", "Applicant full name", "Date of birth", "Current address", "Cell phone", "Email", "SSN", "Employer / monthly income", "Current landlord", "Landlord phone", "Desired move-in", "Listing #",
           ["Can you check my rental application before I submit it? Anything missing?", "Is it normal that they want my SSN on this?", "Proofread this application pls, applying tonight"],
           ["Harbor Point Apartments", "The Residences at Millbrook", "Cedar Flats"]),
    "GB": ("en", "Tenant Application Form — {b}, Flat {u}", "Full name", "Date of birth", "Current address", "Mobile", "Email", "National Insurance number", "Employer / annual salary", "Current landlord or agent", "Their phone", "Preferred start date", "Property ref",
           ["Could you check this tenant application before I send it to the agent?", "The agency wants all this for a referencing check – is my NI number really needed?", "Anything I should fill in differently here?"],
           ["Quayside Court", "Albion Mill", "Rosebank House"]),
    "DE": ("de", "Mieterselbstauskunft – Wohnung {u}, {b}", "Name, Vorname", "Geburtsdatum", "Derzeitige Anschrift", "Mobil", "E-Mail", "Personalausweis-Nr.", "Arbeitgeber / Nettoeinkommen", "Bisheriger Vermieter", "Tel. Vermieter", "Gewünschter Einzug", "Objekt-Nr.",
           ["Kannst du meine Mieterselbstauskunft prüfen? Muss ich die Ausweisnummer wirklich angeben?", "Ist die Selbstauskunft so vollständig?", "Passt das so für die Hausverwaltung?"],
           ["Wohnanlage Sonnenhof", "Haus am Kanal", "Quartier Lindenpark"]),
    "AT": ("de", "Mieterselbstauskunft / Mietanbot – Top {u}, {b}", "Name, Vorname", "Geburtsdatum", "Aktuelle Wohnadresse", "Handy", "E-Mail", "Sozialversicherungsnr.", "Dienstgeber / Nettoeinkommen", "Vorvermieter", "Telefon Vorvermieter", "Mietbeginn gewünscht", "Objektnr.",
           ["Bitte schau dir das Mietanbot an, ob was fehlt.", "Muss ich die SV-Nummer da wirklich hinschreiben?", "Passt das so für die Genossenschaft?"],
           ["Wohnhausanlage Am Anger", "Stadtvilla Rosengarten", "Wohnpark Murufer"]),
    "CH": ("de", "Anmeldung für eine Mietwohnung – {b}, Whg. {u}", "Name, Vorname", "Geburtsdatum", "Jetzige Adresse", "Natel", "E-Mail", "AHV-Nr.", "Arbeitgeber / Einkommen", "Jetzige Verwaltung/Vermieter", "Telefon", "Bezug per", "Objekt",
           ["Kannst du die Anmeldung durchsehen bevor ich sie der Verwaltung schicke?", "Ist das vollständig? Betreibungsauszug hab ich separat."],
           ["Überbauung Rietpark", "Haus Lindengarten", "Wohnsiedlung Tobelacker"]),
    "FR": ("fr", "DOSSIER LOCATAIRE – Logement {u}, {b}", "Nom, prénom", "Date de naissance", "Adresse actuelle", "Portable", "Courriel", "N° de sécurité sociale", "Employeur / revenus nets", "Propriétaire actuel", "Tél. propriétaire", "Entrée souhaitée", "Réf. annonce",
           ["Tu peux vérifier mon dossier locataire avant que je l'envoie à l'agence ?", "Est-ce qu'ils ont le droit de demander mon numéro de sécu ?", "Il manque quelque chose dans ce dossier ?"],
           ["Résidence Les Marronniers", "Le Clos Saint-Vincent", "Villa des Tanneurs"]),
    "BE": ("fr", "Fiche candidat locataire – {b}, app. {u}", "Nom, prénom", "Date de naissance", "Adresse actuelle", "GSM", "E-mail", "N° de registre national", "Employeur / revenus", "Bailleur actuel", "Tél.", "Entrée", "Réf.",
           ["Tu peux relire ma candidature ? L'agence demande le numéro national, c'est normal ?", "C'est complet comme ça ?"],
           ["Résidence Meuse", "Les Jardins d'Hennebique", "Résidence du Parc"]),
    "ES": ("es", "SOLICITUD DE ALQUILER – {b}, piso {u}", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio actual", "Móvil", "Correo", "DNI/NIE", "Empresa / ingresos netos", "Arrendador actual", "Teléfono arrendador", "Entrada prevista", "Ref. anuncio",
           ["¿Me revisas la solicitud antes de mandarla a la inmobiliaria?", "¿Falta algo? Me piden también las tres últimas nóminas.", "¿Es normal que pidan tanto para un alquiler?"],
           ["Residencial Las Acacias", "Edificio Mirador", "Residencial El Soto"]),
    "IT": ("it", "SCHEDA CONDUTTORE – {b}, int. {u}", "Cognome e nome", "Data di nascita", "Residenza attuale", "Cellulare", "E-mail", "Codice fiscale", "Datore di lavoro / reddito", "Locatore attuale", "Tel. locatore", "Decorrenza", "Rif. annuncio",
           ["Mi controlli la scheda prima che la mandi all'agenzia?", "Manca qualcosa? Vogliono anche la busta paga.", "È normale che chiedano il codice fiscale già adesso?"],
           ["Condominio Le Betulle", "Residenza Tre Archi", "Palazzo Verdesca"]),
    "NL": ("nl", "Inschrijfformulier huurwoning – {b}, nr. {u}", "Naam", "Geboortedatum", "Huidig adres", "Mobiel", "E-mail", "BSN", "Werkgever / bruto inkomen", "Huidige verhuurder", "Tel. verhuurder", "Ingangsdatum", "Woning-ID",
           ["Klopt dit formulier zo? Moet mijn BSN er echt op?", "Kun je dit nakijken voordat ik het naar de makelaar stuur?"],
           ["Complex De Zeilmaker", "Hofje Groenewoud", "De Watertoren"]),
    "PL": ("pl", "Formularz najemcy – {b}, lok. {u}", "Imię i nazwisko", "Data urodzenia", "Obecny adres", "Telefon", "E-mail", "PESEL", "Pracodawca / dochód", "Obecny wynajmujący", "Tel. wynajmującego", "Najem od", "Nr oferty",
           ["Czy dobrze wypełniłem formularz dla właściciela?", "Sprawdzisz, czy niczego nie brakuje?"],
           ["Osiedle Zielone Wzgórze", "Kamienica pod Lipami", "Apartamenty Nadwiślańskie"]),
    "CZ": ("cs", "Dotazník zájemce o nájem – {b}, byt č. {u}", "Jméno a příjmení", "Datum narození", "Současná adresa", "Telefon", "E-mail", "Rodné číslo", "Zaměstnavatel / příjem", "Současný pronajímatel", "Telefon pronajímatele", "Nástup", "Číslo inzerátu",
           ["Můžeš mi zkontrolovat ten dotazník pro realitku?", "Je normální, že chtějí rodné číslo?"],
           ["Rezidence Pod Špilberkem", "Bytový dům Lípa", "Dům U Tří lip"]),
    "SE": ("sv", "Intresseanmälan hyresrätt – {b}, lgh {u}", "Namn", "Födelsedatum", "Nuvarande adress", "Mobil", "E-post", "Personnummer", "Arbetsgivare / inkomst", "Nuvarande hyresvärd", "Tel. hyresvärd", "Inflyttning", "Objektnr",
           ["Har jag fyllt i allt rätt i intresseanmälan?", "Kan du kolla så inget saknas innan jag skickar?"],
           ["Brf Sjöutsikten", "Kvarteret Humlan", "Tallbacken"]),
    "DK": ("da", "Ansøgning om lejebolig – {b}, lejl. {u}", "Navn", "Fødselsdato", "Nuværende adresse", "Mobil", "E-mail", "CPR-nr.", "Arbejdsgiver / indkomst", "Nuværende udlejer", "Tlf. udlejer", "Indflytning", "Sag nr.",
           ["Kan du tjekke min ansøgning, før jeg sender den?", "Skal jeg virkelig skrive mit CPR-nummer her?"],
           ["Boligselskabet Havnely", "Ejendommen Kastanjegården", "Strandparken"]),
    "GR": ("el", "ΑΙΤΗΣΗ ΜΙΣΘΩΣΗΣ – {b}, διαμ. {u}", "Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση κατοικίας", "Κινητό", "Email", "ΑΦΜ", "Εργοδότης / εισόδημα", "Τωρινός ιδιοκτήτης", "Τηλ. ιδιοκτήτη", "Έναρξη", "Κωδ. αγγελίας",
           ["Μπορείς να ελέγξεις την αίτηση πριν τη στείλω στο μεσιτικό;", "Λείπει κάτι από αυτό;"],
           ["Πολυκατοικία Ακρόπολις", "Συγκρότημα Ελαιώνας", "Οικία Αμαλίας"]),
    "BR": ("pt", "FICHA CADASTRAL DE LOCATÁRIO – {b}, apto {u}", "Nome completo", "Data de nascimento", "Endereço atual", "Celular", "E-mail", "CPF", "Empresa / renda mensal", "Locador atual", "Tel. locador", "Início", "Cód. imóvel",
           ["Me ajuda a conferir essa ficha antes de mandar pra imobiliária?", "Tá faltando alguma coisa aqui?"],
           ["Residencial Ipê Amarelo", "Edifício Solar das Palmeiras", "Condomínio Vila Serena"]),
}
EMPLOYERS = {
    "US": ["Northfield Dental Group", "Pacific Rim Logistics", "Boise Valley School District"], "GB": ["Harrowgate Building Society", "NHS Trust", "Kestrel Print Ltd"],
    "DE": ["Brauerei Kesselring GmbH", "Uniklinikum", "Hanse Logistik AG"], "AT": ["Magistrat", "Alpenmilch eGen", "Steirische Holzbau GmbH"],
    "CH": ["Spital Limmattal", "Kantonsschule", "Feinmechanik Tössthal AG"], "FR": ["CHU", "Boulangeries Fournil d'Or SAS", "Mairie"],
    "BE": ["SPF Finances", "Brasserie du Confluent SA", "UCLouvain"], "ES": ["Hospital Clínico", "Conservas del Cantábrico S.L.", "Ayuntamiento"],
    "IT": ["Ospedale Civile", "Officine Meccaniche Lariane S.p.A.", "Comune"], "NL": ["Gemeente", "Zuivelcoöperatie Noorderland", "UMC"],
    "PL": ["Szpital Uniwersytecki", "Drukarnia Orzeł Sp. z o.o.", "Urząd Miasta"], "CZ": ["Fakultní nemocnice", "Pivovar Zlatý Džbán a.s.", "Magistrát"],
    "SE": ["Region Uppsala", "Skogsindustri Norrland AB", "Kommunen"], "DK": ["Region Midtjylland", "Vindmølle Service ApS", "Kommunen"],
    "GR": ["Δήμος", "Ελαιουργική Α.Ε.", "Νοσοκομείο"], "BR": ["Prefeitura", "Cooperativa Café Serrano", "Hospital das Clínicas"],
}


def t_rental_app(R, pk):
    loc = cyc("app", APP)
    lang, title, nm, db, ad, ph_, em, idl, emp, pl_, plp, mv, rf, reqs, blds = APP[loc]
    p = pk.person(loc)
    d = bdate(R, 1962, 2003)
    body = [title.format(u=R.randint(1, 48), b=R.choice(blds)), "\n",
            nm, ": ", L("person", p.formal() if loc in ("DE", "AT", "CH", "FR", "IT") and R.random() < 0.6 else p.full()), "\n",
            db, ": ", DOB(R, d, loc), "\n",
            ad, ": ", L("address", addr(R, loc)), "\n",
            ph_, ": ", PH(R, loc), "\n",
            em, ": ", L("email", email_for(R, p)), "\n"]
    if R.random() < 0.8:
        kind = "idcard" if loc == "DE" else None
        body += [idl, ": ", gov(R, p, d, loc, kind), "\n"]
    body += [emp, ": ", N(R.choice(EMPLOYERS.get(loc, ["—"])), "employer"), " / ", N(money(R, loc, 1800, 5200), "amount"), "\n"]
    if R.random() < 0.7:
        q = pk.person(loc)
        body += [pl_, ": ", L("person", q.full()), ", ", plp, " ", PH(R, loc), "\n"]
    if loc in ("US", "GB") and R.random() < 0.6:
        body += [{"US": "Application fee ($45) card", "GB": "Holding deposit (1 week) paid by card"}[loc], ": ", CARD(R), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    body += [mv, ": ", later(R, loc), " · ", rf, " ", N(ref(R, R.choice(["", "W-", "A", "#"])), "listing_ref"), "\n"]
    if R.random() < 0.45:
        co = pk.person(loc, family=p.family if R.random() < 0.5 else None)
        body += ["+ ", L("person", co.full()), " (", DOB(R, bdate(R, 1965, 2004), loc), ")", "\n"]
    return "form", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T2 leases
LEASE = {
    "DE": ("de", "MIETVERTRAG über Wohnraum", "Zwischen", "wohnhaft", "– Vermieter –", "und", "geb. am", "– Mieter –", "§ 1 Mietsache: Die Wohnung", "3 Zimmer, Keller Nr.", "§ 3 Miete: monatlich", "zahlbar auf das Konto des Vermieters IBAN", "§ 5 Kaution:", "Mietbeginn:",
           ["Kannst du mir sagen, ob in dem Mietvertrag was Ungewöhnliches drinsteht?", "Ist die Kautionsregelung so in Ordnung?", "Bitte § 3 und § 5 kurz erklären."]),
    "FR": ("fr", "CONTRAT DE LOCATION – logement nu (loi du 6 juillet 1989)", "Entre", "demeurant", "ci-après « le bailleur »", "et", "né(e) le", "ci-après « le locataire »", "Désignation : le logement situé", "T3, cave n°", "Loyer mensuel :", "payable par virement sur le compte du bailleur IBAN", "Dépôt de garantie :", "Prise d'effet :",
           ["Est-ce que ce bail contient des clauses abusives ?", "Tu peux m'expliquer la partie sur le dépôt de garantie ?"]),
    "ES": ("es", "CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "De una parte,", "con domicilio en", "(en adelante, el ARRENDADOR)", "De otra parte,", "nacido/a el", "(en adelante, el ARRENDATARIO)", "PRIMERA.– Objeto: la vivienda sita en", "referencia catastral", "TERCERA.– Renta mensual:", "a ingresar en la cuenta del arrendador IBAN", "CUARTA.– Fianza:", "Fecha de inicio:",
           ["¿Es legal esta cláusula de la fianza?", "¿Me revisas el contrato? Firmo el lunes."]),
    "IT": ("it", "CONTRATTO DI LOCAZIONE ad uso abitativo (L. 431/98, canone concordato)", "Il sig./la sig.ra", "residente in", "(LOCATORE)", "concede in locazione a", "nato/a il", "(CONDUTTORE)", "l'unità immobiliare sita in", "foglio", "Canone annuo:", "da versare mediante bonifico sul conto del locatore IBAN", "Deposito cauzionale:", "Decorrenza:",
           ["Questa clausola è regolare?", "Mi spieghi in parole semplici la parte sul deposito?"]),
    "PT": ("pt", "CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO", "Primeiro outorgante:", "residente em", "(SENHORIO)", "Segundo outorgante:", "nascido/a em", "(ARRENDATÁRIO)", "Objeto: fração autónoma sita na", "artigo matricial", "Renda mensal:", "paga por transferência para o IBAN do senhorio", "Caução:", "Início:",
           ["Podes ver se este contrato tem alguma cláusula estranha?", "A caução de dois meses é normal?"]),
    "BE": ("nl", "HUUROVEREENKOMST HOOFDVERBLIJFPLAATS", "Tussen", "wonende te", "hierna de verhuurder", "en", "geboren op", "hierna de huurder", "Het goed gelegen te", "kadastraal perceel", "Huurprijs per maand:", "te betalen op rekening van de verhuurder", "Huurwaarborg (geblokkeerde rekening):", "Aanvang:",
           ["Klopt deze huurovereenkomst? Wat betekent die waarborg precies?", "Mag de verhuurder dit zomaar vragen?"]),
    "RO": ("ro", "CONTRACT DE ÎNCHIRIERE", "Între", "domiciliat în", "în calitate de PROPRIETAR", "și", "născut(ă) la", "în calitate de CHIRIAȘ", "Obiectul: apartamentul situat în", "nr. cadastral", "Chiria lunară:", "plătită în contul proprietarului IBAN", "Garanție:", "Data începerii:",
           ["Poți să verifici contractul ăsta de închiriere?", "E normală clauza cu garanția?"]),
    "TR": ("tr", "KİRA SÖZLEŞMESİ", "Kiraya veren:", "adres:", "(KİRAYA VEREN)", "Kiracı:", "doğum tarihi", "(KİRACI)", "Kiralanan yer:", "ada/parsel", "Aylık kira:", "kiraya verenin hesabına IBAN", "Depozito:", "Başlangıç:",
           ["Bu kira sözleşmesinde dikkat etmem gereken bir şey var mı?", "Depozito maddesi yasal mı?"]),
    "GR": ("el", "ΜΙΣΘΩΤΗΡΙΟ ΣΥΜΒΟΛΑΙΟ ΚΑΤΟΙΚΙΑΣ", "Μεταξύ του/της", "κατοίκου", "(ΕΚΜΙΣΘΩΤΗΣ)", "και του/της", "γεννηθείς/-είσα", "(ΜΙΣΘΩΤΗΣ)", "Μίσθιο: διαμέρισμα επί της", "ΚΑΕΚ", "Μηνιαίο μίσθωμα:", "καταβάλλεται στον λογαριασμό του εκμισθωτή IBAN", "Εγγύηση:", "Έναρξη:",
           ["Μου εξηγείς αυτό το μισθωτήριο;", "Είναι νόμιμος αυτός ο όρος για την εγγύηση;"]),
    "IE": ("en", "RESIDENTIAL TENANCY AGREEMENT", "BETWEEN:", "of", "(the Landlord)", "AND:", "born", "(the Tenant)", "1. The Landlord lets the dwelling at", "RTB registration no.", "2. Rent: per month", "paid by standing order to the Landlord's account IBAN", "3. Deposit:", "Commencement:",
           ["Is anything in this lease unfair? First time renting in Dublin.", "Can you explain clause 3 in plain English?"]),
    "ZA": ("en", "LEASE AGREEMENT (Rental Housing Act)", "Entered into between", "of", "(the Lessor)", "and", "ID", "(the Lessee)", "1. PREMISES:", "erf no.", "2. RENTAL: monthly", "payable into the Lessor's account", "3. DEPOSIT:", "Commencement:",
           ["Is this lease normal for Cape Town? Anything I should push back on?", "Explain the deposit clause please."]),
}
LEASE_ID = {"ES": "con DNI/NIE", "IT": "C.F.", "PT": "NIF", "BE": "rijksregisternr.", "RO": "CNP", "TR": "T.C. Kimlik No", "GR": "ΑΦΜ", "ZA": "ID"}
CADASTRE = {"DE": lambda R: "Nr. %d" % R.randint(1, 40), "FR": lambda R: "%d" % R.randint(1, 40), "ES": lambda R: digits(R, 7) + "VK" + digits(R, 4) + "N" + digits(R, 4) + "XY",
            "IT": lambda R: "%d, part. %d, sub %d" % (R.randint(1, 90), R.randint(100, 999), R.randint(1, 40)), "PT": lambda R: "U-%d" % R.randint(100, 9999),
            "BE": lambda R: "sectie %s nr. %d/%s" % (R.choice("ABC"), R.randint(100, 999), R.choice("ABCDE")), "RO": lambda R: digits(R, 6) + "-C1-U" + str(R.randint(1, 40)),
            "TR": lambda R: "%d/%d" % (R.randint(100, 9999), R.randint(1, 40)), "GR": lambda R: digits(R, 12) + "/0/" + str(R.randint(1, 9)),
            "IE": lambda R: "RT" + digits(R, 7), "ZA": lambda R: str(R.randint(1000, 99999))}


def t_lease(R, pk):
    loc = cyc("lease", LEASE)
    lang, head, between, resid, lrole, and_, born, trole, obj, cad, rent, acct, dep, start, reqs = LEASE[loc]
    a, b = pk.person(loc), pk.person(loc)
    da, db = bdate(R, 1945, 1985), bdate(R, 1975, 2004)
    ml = R.random() < 0.3
    body = [head, "\n\n", between, " ", L("person", a.full()), ", ", resid, " ", L("address", addr(R, loc)), ", "]
    idw = LEASE_ID.get(loc)
    if idw and loc != "ZA" and R.random() < 0.7:
        body += [idw, " ", gov(R, a, da, loc), ", "]
    body += [lrole, "\n", and_, " ", L("person", b.full()), ", ", born, " ", DOB(R, db, loc) if loc != "ZA" else gov(R, b, db, loc), ", "]
    if idw and loc != "ZA" and R.random() < 0.8:
        body += [idw, " ", gov(R, b, db, loc, "nie" if loc == "ES" and R.random() < 0.4 else None), ", "]
    body += [trole, "\n\n", obj, " ", L("address", addr(R, loc, ml=ml)), ", ", cad, " ", N(CADASTRE[loc](R), "cadastre_ref"), ".\n",
             rent, " ", N(money(R, loc, 450, 1900), "amount"), ", ", acct, " "]
    if loc == "ZA":
        body += [N("%d %d" % (R.randint(1000, 9999), R.randint(100000, 999999)), "bank_account"), " (branch ", N("%06d" % R.choice([250655, 632005, 198765, 470010]), "branch_code"), ")"]
    else:
        body += [IBAN(R, loc)]
    body += [".\n", dep, " ", N(money(R, loc, 900, 5400), "amount"), ". ", start, " ", later(R, loc), "."]
    if R.random() < 0.4:
        body += ["\n\n", N("_______________", "signature_line"), "   ", N("_______________", "signature_line")]
    return "contract", lang, loc, wrap(R, reqs, body)


def fmt(s, **kw):
    """'text {k} text' -> parts, with kw values (str, L, N or lists)."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", s)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(kw[piece])
    return out


# ---------------------------------------------------------------- T3 landlord-tenant chats
CHAT = {
    "GB": ("en", [
        ("T", "Hi {L}, the boiler's stopped again, no hot water since last night 😩"),
        ("L", "Sorry to hear that. I've asked {W} to pop round, his mobile is {WP}"),
        ("T", "Thanks. I'm at work till 6 – can he use the key safe? Code is {C}"),
        ("L", "Yes fine. Can you send me the meter reading too? Gas meter {M}"),
        ("T", "Reading is {RD}. Also the rent for {MON} went out today ({AMT})"),
    ], ["Can you summarise what we agreed about the boiler?", "Can you help me write a firmer message to my landlord? This is the third time."], "[{d}/{m}/2026, {h}:{mi}] {who}: "),
    "AU": ("en", [
        ("T", "Hey {L}, the dishwasher's leaking under the bench again"),
        ("L", "No worries, {W} from the plumbing mob will come Thursday, {WP}"),
        ("T", "Cool. Gate code is {C}, just let him know pls"),
        ("L", "👍 what's the water meter say? need it for the bill, meter {M}"),
        ("T", "{RD} kL. Rent for {MON} paid, {AMT}"),
    ], ["can u tell me if the landlord has to pay for this under the lease?", "Summarise this chat for my property manager"], "{d}/{m}/26, {h}:{mi} - {who}: "),
    "DE": ("de", [
        ("T", "Hallo {L}, die Heizung im Bad bleibt kalt 🥶"),
        ("L", "Ich schick den {W} vorbei, Handy {WP}"),
        ("T", "Super. Ich bin nicht da, Schlüsselbox am Keller, Code {C}"),
        ("L", "Danke. Schick mir bitte noch den Zählerstand, Zähler-Nr. {M}"),
        ("T", "Stand {RD} kWh. Miete für {MON} ist raus ({AMT})"),
    ], ["Kannst du mir den Chat zusammenfassen? Was hat der Vermieter zugesagt?", "Darf der Vermieter das so machen?"], "[{d}.{m}.26, {h}:{mi}:{s}] {who}: "),
    "FR": ("fr", [
        ("T", "Bonjour {L}, le chauffe-eau fuit depuis ce matin"),
        ("L", "Je vous envoie {W}, son portable : {WP}"),
        ("T", "Merci. Je ne serai pas là, le digicode c'est {C}, la clé est chez la gardienne"),
        ("L", "Parfait. Vous pouvez m'envoyer le relevé du compteur d'eau n° {M} ?"),
        ("T", "Index {RD} m³. Le loyer de {MON} est parti ({AMT})"),
    ], ["Tu peux résumer ce qu'on s'est dit ? Qui paie la réparation ?", "Aide-moi à répondre poliment mais fermement."], "{d}/{m}/2026 {h}:{mi} - {who}: "),
    "MX": ("es", [
        ("T", "Buenas {L}, se volvió a ir el agua caliente 😕"),
        ("L", "Le mando a {W}, su cel es {WP}"),
        ("T", "Va. No voy a estar, la clave de la chapa es {C}"),
        ("L", "Ok. Me pasa la lectura del medidor {M} porfa"),
        ("T", "Marca {RD}. La renta de {MON} ya la deposité ({AMT})"),
    ], ["¿Me ayudas a contestarle al casero?", "Resúmeme lo que quedamos con el dueño"], "{d}/{m}/26, {h}:{mi} - {who}: "),
    "IT": ("it", [
        ("T", "Buongiorno {L}, la caldaia è di nuovo in blocco"),
        ("L", "Mando {W}, il suo cellulare è {WP}"),
        ("T", "Grazie, non ci sono: il codice del portone è {C}"),
        ("L", "Perfetto. Mi manda anche la lettura del contatore {M}?"),
        ("T", "Lettura {RD}. L'affitto di {MON} è partito ({AMT})"),
    ], ["Mi riassumi cosa abbiamo concordato con il proprietario?", "Chi deve pagare la riparazione secondo te?"], "{d}/{m}/26, {h}:{mi} - {who}: "),
    "NL": ("nl", [
        ("T", "Hoi {L}, de cv-ketel geeft weer een storing"),
        ("L", "Ik stuur {W} langs, zijn nummer is {WP}"),
        ("T", "Top. Ik ben er niet, de sleutelkluis bij de achterdeur heeft code {C}"),
        ("L", "Dank. Stuur je ook even de meterstand van meter {M}?"),
        ("T", "Stand {RD}. Huur {MON} is overgemaakt ({AMT})"),
    ], ["Kun je dit gesprek samenvatten? Wat heeft de verhuurder beloofd?", "Help me een nette reactie te schrijven."], "[{d}-{m}-2026 {h}:{mi}] {who}: "),
    "BR": ("pt", [
        ("T", "Oi {L}, o chuveiro queimou de novo"),
        ("L", "Vou mandar o {W}, o zap dele é {WP}"),
        ("T", "Beleza, não vou estar, a senha do portão é {C}"),
        ("L", "Me manda a leitura do relógio de luz {M}?"),
        ("T", "Deu {RD} kWh. O aluguel de {MON} já paguei ({AMT})"),
    ], ["Me ajuda a responder o proprietário?", "Resume essa conversa pra mim?"], "{d}/{m}/2026 {h}:{mi} - {who}: "),
    "PL": ("pl", [
        ("T", "Dzień dobry {L}, znowu cieknie kran w kuchni"),
        ("L", "Przyjdzie pan {W}, tel. {WP}"),
        ("T", "Dziękuję, nie będzie mnie, kod do domofonu {C}"),
        ("L", "Proszę jeszcze o stan licznika {M}"),
        ("T", "Stan {RD}. Czynsz za {MON} przelany ({AMT})"),
    ], ["Podsumujesz, co ustaliliśmy z właścicielem?", "Pomóż mi odpisać właścicielowi."], "[{d}.{m}.2026, {h}:{mi}] {who}: "),
    "TR": ("tr", [
        ("T", "Merhaba {L}, kombi yine arıza verdi"),
        ("L", "{W} gelecek, numarası {WP}"),
        ("T", "Tamam, evde olmayacağım, kapı şifresi {C}"),
        ("L", "Sayaç {M} okumasını da atar mısın?"),
        ("T", "Endeks {RD}. {MON} kirası gönderildi ({AMT})"),
    ], ["Ev sahibiyle ne konuştuğumuzu özetler misin?", "Ev sahibine kibar bir cevap yazar mısın?"], "[{d}.{m}.2026 {h}:{mi}] {who}: "),
    "RU": ("ru", [
        ("T", "Здравствуйте, {L}! Опять течёт батарея в комнате"),
        ("L", "Придёт сантехник {W}, его номер {WP}"),
        ("T", "Спасибо. Меня не будет, код домофона {C}"),
        ("L", "Пришлите показания счётчика № {M}"),
        ("T", "Показания {RD}. Оплату за {MON} перевела ({AMT})"),
    ], ["Помоги ответить хозяйке квартиры.", "Кратко перескажи, о чём договорились."], "[{d}.{m}.2026, {h}:{mi}] {who}: "),
    "SE": ("sv", [
        ("T", "Hej {L}! Diskmaskinen läcker igen"),
        ("L", "Jag skickar {W}, han nås på {WP}"),
        ("T", "Tack, jag är inte hemma, portkoden är {C}"),
        ("L", "Kan du skicka mätarställningen för mätare {M}?"),
        ("T", "{RD} kWh. Hyran för {MON} är betald ({AMT})"),
    ], ["Kan du sammanfatta vad hyresvärden lovade?", "Hjälp mig svara hyresvärden."], "{d}/{m}/2026 {h}:{mi} - {who}: "),
}
MONTH_OF = {"en": MONTHS["en"], "de": MONTHS["de"], "fr": MONTHS["fr"], "es": MONTHS["es"], "it": MONTHS["it"], "nl": MONTHS["nl"], "pt": MONTHS["pt"],
            "pl": ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
            "tr": TR_MON, "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"], "sv": SV_MON}


def t_landlord_chat(R, pk):
    loc = cyc("chat", CHAT)
    lang, lines, reqs, stamp = CHAT[loc]
    ten, land, work = pk.person(loc), pk.person(loc), pk.person(loc, sex="m")
    tname = R.choice([ten.given, ten.full()])
    lname = land.full() if R.random() < 0.5 else land.given
    d0, m0 = R.randint(1, 20), R.randint(1, 12)
    body = []
    mins = sorted(R.sample(range(7 * 60, 23 * 60), len(lines)))
    wdisp = work.full() if R.random() < 0.6 else work.given
    for i, (who, line) in enumerate(lines):
        st = stamp.format(d=d0 + i // 3, m=m0, h="%02d" % (mins[i] // 60), mi="%02d" % (mins[i] % 60), s="%02d" % R.randint(0, 59), who="\x00")
        pre, post = st.split("\x00")
        body += [N(pre, "chat_timestamp") if pre else "", L("person", tname if who == "T" else lname), post]
        kw = dict(L=L("person", land.given),
                  W=L("person", wdisp), WP=PH(R, loc), C=SEC(code(R) + R.choice(["", "", "#", "*"]) if loc != "FR" else R.choice("ABCD") + code(R, 4), "door_code"),
                  M=N(meter_no(R), "meter_number"), RD=N(str(R.randint(1200, 68000)), "meter_reading"),
                  MON=MONTH_OF[lang][R.randint(0, 11)], AMT=N(money(R, loc, 450, 1800), "amount"))
        body += fmt(line, **kw) + ["\n"]
    if R.random() < 0.35:
        body += [L("person", tname), ": 📍 ", L("address", addr(R, loc)), "\n"]
    return "chat_export", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T4 tenants' letters
LETTER = {
    "GB": ("en", "Dear {LG},", "Re: Tenancy at {PROP} – return of deposit", "I moved out on {D} and returned all keys. The check-out report shows no damage beyond fair wear and tear. Please return my deposit of {AMT} (DPS certificate {REF}) within 10 days to:", "Account name: {ME}, IBAN {IB}", "Yours sincerely,",
           ["Can you make this deposit letter firmer but still polite?", "Is 10 days a reasonable deadline here?"]),
    "US": ("en", "Dear {LG},", "RE: Repair request – {PROP}", "On {D} I reported that the heat in the bedroom does not work. It is still not fixed. Please send someone within 7 days; the maintenance ticket is {REF}. You can reach me at {TP} or {TE}.", "", "Sincerely,",
           ["Make this repair letter sound more official?", "Does this letter cover everything a tenant should say?"]),
    "DE": ("de", "Sehr geehrte/r {LG},", "Betreff: Mängelanzeige – Wohnung {PROP}", "seit dem {D} fällt die Heizung immer wieder aus. Ich fordere Sie auf, den Mangel bis spätestens in 14 Tagen zu beheben, und behalte mir eine Mietminderung vor (Ihr Zeichen {REF}). Erreichbar bin ich unter {TP}.", "", "Mit freundlichen Grüßen",
           ["Ist die Mängelanzeige so rechtlich okay?", "Kannst du den Brief etwas sachlicher formulieren?"]),
    "FR": ("fr", "Madame, Monsieur {LG},", "Objet : restitution du dépôt de garantie – logement {PROP}", "J'ai rendu les clés le {D}. L'état des lieux de sortie ne mentionne aucune dégradation. Je vous remercie de me restituer le dépôt de garantie de {AMT} (dossier {REF}) par virement :", "Titulaire : {ME} – IBAN {IB}", "Veuillez agréer mes salutations distinguées.",
           ["Tu peux rendre cette lettre plus ferme ?", "Le délai d'un mois, c'est bien la loi ?"]),
    "ES": ("es", "Estimado/a {LG}:", "Asunto: devolución de la fianza – vivienda {PROP}", "El {D} entregué las llaves y la vivienda quedó en perfecto estado. Le ruego me devuelva la fianza de {AMT} (ref. {REF}) en la cuenta:", "Titular: {ME} · IBAN {IB}", "Atentamente,",
           ["¿Me ayudas a que la carta suene más firme?", "¿Está bien redactado?"]),
    "IT": ("it", "Gentile {LG},", "Oggetto: restituzione deposito cauzionale – immobile {PROP}", "in data {D} ho riconsegnato le chiavi; il verbale di riconsegna non riporta danni. Le chiedo di restituire il deposito di {AMT} (rif. {REF}) sul conto:", "Intestatario: {ME}, IBAN {IB}", "Distinti saluti,",
           ["Puoi rendere la lettera più formale?", "Va bene così o devo mandarla con PEC?"]),
    "NL": ("nl", "Geachte {LG},", "Betreft: terugbetaling borg – woning {PROP}", "Op {D} heb ik de sleutels ingeleverd. Bij de eindinspectie zijn geen gebreken vastgesteld. Graag ontvang ik de borg van {AMT} (kenmerk {REF}) terug op:", "t.n.v. {ME}, IBAN {IB}", "Met vriendelijke groet,",
           ["Kun je deze brief wat strenger maken?", "Klopt dit juridisch?"]),
    "DK": ("da", "Kære {LG}", "Vedr.: tilbagebetaling af depositum – {PROP}", "Jeg fraflyttede lejemålet den {D}. Ved fraflytningssynet blev der ikke konstateret mangler. Jeg beder om tilbagebetaling af depositum {AMT} (sag {REF}) til:", "Kontohaver: {ME}, IBAN {IB}", "Med venlig hilsen",
           ["Kan du gøre brevet lidt skarpere?", "Er fristen rimelig?"]),
    "CZ": ("cs", "Vážený pane / Vážená paní {LG},", "Věc: vrácení kauce – byt {PROP}", "dne {D} jsem předal(a) byt i klíče. Předávací protokol neuvádí žádné závady. Žádám o vrácení kauce {AMT} (ev. č. {REF}) na účet:", "Majitel účtu: {ME}, IBAN {IB}", "S pozdravem",
           ["Můžeš ten dopis trochu zpřísnit?", "Je to formulované správně?"]),
}
SAL = {"GB": ("Dear Mr {LG},", "Dear Ms {LG},"), "US": ("Dear Mr. {LG},", "Dear Ms. {LG},"), "DE": ("Sehr geehrter Herr {LG},", "Sehr geehrte Frau {LG},"),
       "FR": ("Monsieur {LG},", "Madame {LG},"), "ES": ("Estimado Sr. {LG}:", "Estimada Sra. {LG}:"), "IT": ("Gentile sig. {LG},", "Gentile sig.ra {LG},"),
       "NL": ("Geachte heer {LG},", "Geachte mevrouw {LG},"), "DK": ("Kære {LG}", "Kære {LG}"), "CZ": ("Vážený pane {LG},", "Vážená paní {LG},")}
CITY_DATE = {"GB": "{t}, {d}", "US": "{d}", "DE": "{t}, den {d}", "FR": "{t}, le {d}", "ES": "{t}, a {d}", "IT": "{t}, {d}", "NL": "{t}, {d}", "DK": "{t}, {d}", "CZ": "V {t} dne {d}"}


def t_tenant_letter(R, pk):
    loc = cyc("letter", LETTER)
    lang, sal, subj, txt, bank, close, reqs = LETTER[loc]
    me, land = pk.person(loc), pk.person(loc)
    town = TOWNS[loc][0][0]
    prop = [L("address", addr(R, loc))] if R.random() < 0.5 else [N(ref(R, R.choice(["Whg. ", "No. ", "#", "lot "])), "unit_ref")]
    body = [L("person", me.full()), "\n", L("address", addr(R, loc, ml=True)), "\n"]
    if R.random() < 0.6:
        body += [PH(R, loc), "\n"]
    if R.random() < 0.5:
        body += [L("email", email_for(R, me)), "\n"]
    body += ["\n", L("person", land.full()), "\n", L("address", addr(R, loc, ml=True)), "\n\n",
             CITY_DATE[loc].format(t=town, d=fdate(R, datetime.date(2026, R.randint(1, 12), R.randint(1, 28)), loc)), "\n\n"]
    body += fmt(subj, PROP=prop) + ["\n\n"] + fmt(SAL[loc][land.sex == "f"], LG=L("person", land.family if loc != "DK" else land.given)) + ["\n\n"]
    body += fmt(txt, D=later(R, loc), AMT=N(money(R, loc, 600, 3200), "amount"), REF=N(ref(R, R.choice(["", "DPS", "T-", "AZ "])), "case_ref"),
                TP=PH(R, loc), TE=L("email", email_for(R, me)))
    if bank:
        body += ["\n"] + fmt(bank, ME=L("person", me.full()), IB=IBAN(R, loc))
    body += ["\n\n", close, "\n", L("person", me.full())]
    return "letter", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T5 flat-share ads and viewing chats
SHARE = {
    "DE": ("de", "WG-Zimmer frei: {SZ} m², {RENT} warm, {ST} (Nähe Uni), ab {D}. Wir sind zu dritt, Küche & Bad geteilt, kein Haustier.",
           "Hallo ihr Lieben, ich bin {ME}, 24, studiere Umwelttechnik und suche ab {D2} ein Zimmer. Ich koche gern und bin eher ruhig 🙂 Meine Nummer: {MP}, Mail: {MM}",
           "Hi {G}! Magst du Donnerstag 19 Uhr zur Besichtigung kommen? {VA}, klingel bei {BELL}. Falls was ist: {OP} ({OG})",
           ["Wie kann ich auf die Einladung nett antworten?", "Klingt die Nachricht okay? Ich will das Zimmer unbedingt."]),
    "IE": ("en", "Double room in friendly 3-bed house share, {ST}, {RENT}/month incl. bills, available {D}. Professionals only, no HAP.",
           "Hi, I'm {ME}, 29, working as a nurse in St Vincent's. Non-smoker, tidy, quiet. Available from {D2}. Call or text {MP} or email {MM}",
           "Hey {G}, viewing Saturday 11am? It's {VA} – ring {BELL}. Any probs text me on {OP}, {OG}",
           ["Can you help me reply to this so I get the room?", "Is this room ad a scam? They haven't asked for money yet."]),
    "FR": ("fr", "Colocation : chambre meublée {SZ} m², {RENT} CC, {ST}, dispo {D}. Coloc calme, pas de fumeurs.",
           "Bonjour, je m'appelle {ME}, 23 ans, en master à la fac. Je cherche une chambre à partir du {D2}. Mon numéro : {MP}, mail : {MM}",
           "Salut {G} ! Visite jeudi 18h ? C'est au {VA}, interphone {BELL}. Si souci : {OP} ({OG})",
           ["Tu peux m'aider à répondre à cette coloc ?", "Mon message est correct ?"]),
    "ES": ("es", "Se alquila habitación en piso compartido, {SZ} m², {RENT} gastos incluidos, {ST}, libre desde el {D}.",
           "Hola, soy {ME}, 26 años, trabajo en una consultora. Busco habitación desde el {D2}. Mi móvil es {MP} y mi correo {MM}",
           "¡Hola {G}! ¿Te viene bien ver el piso el jueves a las 19h? Es en {VA}, timbre {BELL}. Cualquier cosa: {OP} ({OG})",
           ["¿Me ayudas a contestar para que me den la habitación?", "¿Suena bien mi mensaje?"]),
    "IT": ("it", "Affittasi stanza singola in appartamento condiviso, {SZ} mq, {RENT} spese incluse, {ST}, libera dal {D}.",
           "Ciao, sono {ME}, 25 anni, dottoranda in ingegneria. Cerco una stanza dal {D2}. Il mio numero è {MP}, mail {MM}",
           "Ciao {G}! Ti va di vedere la stanza giovedì alle 18? Siamo in {VA}, citofono {BELL}. Per qualsiasi cosa: {OP} ({OG})",
           ["Mi aiuti a rispondere?", "Va bene il mio messaggio?"]),
    "NL": ("nl", "Kamer vrij in studentenhuis, {SZ} m², {RENT} all-in, {ST}, per {D}. Hospiteeravond!",
           "Hoi! Ik ben {ME}, 22, en ik studeer geneeskunde. Ik zoek een kamer per {D2}. Mijn nummer is {MP}, mail {MM}",
           "Hoi {G}, kom je woensdag 20:00 naar de hospiteeravond? Adres: {VA}, bel bij {BELL}. Vragen? {OP} ({OG})",
           ["Hoe reageer ik hier het beste op?", "Is mijn berichtje goed zo?"]),
    "SE": ("sv", "Rum uthyres i kollektiv, {SZ} kvm, {RENT}/mån inkl. el, {ST}, från {D}.",
           "Hej! Jag heter {ME}, 27, jobbar som undersköterska. Söker rum från {D2}. Nås på {MP} eller {MM}",
           "Hej {G}! Visning torsdag kl 18? {VA}, portkod {PC}, ring på {BELL}. Frågor: {OP} ({OG})",
           ["Kan du hjälpa mig svara?", "Låter mitt meddelande bra?"]),
    "AU": ("en", "Room for rent in sunny sharehouse, {ST}, {RENT}/wk incl. bills, avail {D}. Looking for a chilled housemate!",
           "Hey! I'm {ME}, 28, work in hospitality. Clean, friendly, no pets. Can move in {D2}. Mob {MP}, email {MM}",
           "Hi {G}, inspection Sat 10am? Address is {VA}, buzz {BELL}. Txt me if lost: {OP}, {OG}",
           ["Can you help me write a reply?", "Is this a good message to send?"]),
}


def t_flatshare(R, pk):
    loc = cyc("share", SHARE)
    lang, ad, msg, rep, reqs = SHARE[loc]
    me, host = pk.person(loc), pk.person(loc)
    bell_p = pk.person(loc)
    st = R.choice(STREETS[loc])
    parts = fmt(ad, SZ=N(str(R.randint(9, 22)), "room_size"), RENT=N(money(R, loc, 280, 890), "amount"), ST=N(st, "street_no_number"), D=later(R, loc))
    parts += ["\n\n"] + fmt(msg, ME=L("person", me.full()), D2=later(R, loc), MP=PH(R, loc), MM=L("email", email_for(R, me)))
    va = addr(R, loc)
    bell = bell_p.family + (" / " + host.family if R.random() < 0.5 else "")
    parts += ["\n\n"] + fmt(rep, G=L("person", me.given), VA=L("address", va), BELL=[L("person", bell_p.family)] + ([" / ", L("person", host.family)] if " / " in bell else []),
                           OP=PH(R, loc), OG=L("person", host.given), PC=SEC(code(R, 4), "door_code"))
    return R.choice(["chat_export", "email"]), lang, loc, wrap(R, reqs, parts)


# ---------------------------------------------------------------- T6 mortgage and purchase paperwork
MORT = {
    "US": ("en", "UNIFORM RESIDENTIAL LOAN APPLICATION – summary", "Borrower", "Co-Borrower", "DOB", "SSN", "Present address", "Subject property", "Loan no.", "Purchase price", "Autopay from", "Closing agent",
           ["Can you double check this loan summary? Something looks off with the dates.", "Explain what the lender still needs from us?"]),
    "GB": ("en", "Mortgage application – fact find", "Applicant 1", "Applicant 2", "Date of birth", "NI number", "Current address", "Property being purchased", "Case ref", "Purchase price", "Direct debit from", "Conveyancer",
           ["Is there anything missing before our broker submits this?", "Can you summarise this for my partner?"]),
    "DE": ("de", "Darlehensantrag Baufinanzierung – Selbstauskunft", "Antragsteller 1", "Antragsteller 2", "geb.", "Steuer-ID", "Wohnanschrift", "Finanzierungsobjekt", "Vorgangsnr.", "Kaufpreis", "Lastschrift von", "Notarin/Notar",
           ["Kannst du prüfen, ob in der Selbstauskunft was fehlt?", "Was bedeuten die Angaben zur Grundschuld?"]),
    "FR": ("fr", "Demande de prêt immobilier – fiche emprunteurs", "Emprunteur", "Co-emprunteur", "né(e) le", "N° fiscal", "Adresse actuelle", "Bien financé", "Dossier n°", "Prix d'achat", "Prélèvement sur", "Notaire",
           ["Tu peux vérifier la fiche avant que je l'envoie au courtier ?", "Il manque quelque chose ?"]),
    "ES": ("es", "Solicitud de préstamo hipotecario", "Titular 1", "Titular 2", "Fecha de nacimiento", "DNI", "Domicilio", "Vivienda a adquirir", "Expediente", "Precio de compra", "Domiciliación en", "Notario/a",
           ["¿Me revisas esta solicitud de hipoteca?", "¿Qué me falta por aportar?"]),
    "IT": ("it", "Richiesta di mutuo – scheda richiedenti", "Richiedente 1", "Richiedente 2", "Nato/a il", "Codice fiscale", "Residenza", "Immobile da acquistare", "Pratica n.", "Prezzo", "Addebito su", "Notaio",
           ["Puoi controllare la scheda del mutuo?", "Cosa manca per la delibera?"]),
    "NL": ("nl", "Hypotheekaanvraag – klantgegevens", "Aanvrager", "Partner", "Geboortedatum", "BSN", "Huidig adres", "Onderpand", "Dossiernr.", "Koopsom", "Incasso van", "Notaris",
           ["Klopt dit allemaal voor de hypotheekadviseur?", "Wat ontbreekt er nog?"]),
    "PT": ("pt", "Pedido de crédito habitação – proponentes", "1.º Proponente", "2.º Proponente", "Data de nascimento", "NIF", "Morada atual", "Imóvel a adquirir", "Processo n.º", "Preço", "Débito direto na conta", "Notária/Notário",
           ["Podes verificar se falta alguma coisa?", "Explica-me o que o banco ainda precisa?"]),
    "PL": ("pl", "Wniosek o kredyt hipoteczny – dane wnioskodawców", "Wnioskodawca", "Współwnioskodawca", "Data urodzenia", "PESEL", "Adres zamieszkania", "Nieruchomość", "Nr wniosku", "Cena", "Rachunek do spłaty", "Notariusz",
           ["Sprawdzisz ten wniosek przed wysłaniem do banku?", "Czego jeszcze brakuje?"]),
}


def t_mortgage(R, pk):
    loc = cyc("mort", MORT)
    lang, head, a1, a2, dbw, idw, cur, prop, lref, price, dd, notary, reqs = MORT[loc]
    p1 = pk.person(loc)
    two = R.random() < 0.7
    p2 = pk.person(loc, family=p1.family if R.random() < 0.4 else None) if two else None
    d1 = bdate(R, 1960, 1998)
    body = [head, "\n", a1, ": ", L("person", p1.full()), ", ", dbw, " ", DOB(R, d1, loc), ", ", idw, " ", gov(R, p1, d1, loc), "\n"]
    if two:
        d2 = bdate(R, 1960, 1998)
        body += [a2, ": ", L("person", p2.full()), ", ", dbw, " ", DOB(R, d2, loc)]
        if R.random() < 0.6:
            body += [", ", idw, " ", gov(R, p2, d2, loc)]
        body += ["\n"]
    body += [cur, ": ", L("address", addr(R, loc)), "\n", prop, ": ", L("address", addr(R, loc, unit=False)), "\n",
             lref, " ", N(ref(R, R.choice(["", "BF-", "HYP", "M"])), "loan_ref"), " · ", price, " ", N(money(R, loc, 180000, 690000), "amount"), "\n"]
    if loc != "US":
        body += [dd, ": ", IBAN(R, loc), "\n"]
    else:
        body += [dd, ": routing ", N(R.choice(["021000021", "026009593", "121000358"]), "routing_number"), ", acct ", N(digits(R, 10), "bank_account"), "\n"]
    nt = pk.person(loc)
    body += [notary, ": ", L("person", nt.full()), " (", org_line(R, loc), ")"]
    return "form", lang, loc, wrap(R, reqs, body)


def org_line(R, loc):
    """A provider's, agency's or public body's service line (a look-alike)."""
    v = {
        "US": lambda: "1-800-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)), "GB": lambda: "0345 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)),
        "IE": lambda: "1800 %03d %03d" % (R.randint(0, 999), R.randint(0, 999)), "AU": lambda: "13 %02d %02d" % (R.randint(10, 99), R.randint(10, 99)),
        "ZA": lambda: "0860 %03d %03d" % (R.randint(0, 999), R.randint(0, 999)), "DE": lambda: "0800 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
        "AT": lambda: "0800 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)), "CH": lambda: "0848 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)),
        "FR": lambda: "09 69 %02d %02d %02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)), "BE": lambda: "078 %02d %02d %02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)),
        "NL": lambda: "0900-%04d" % R.randint(1000, 9999), "ES": lambda: "900 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)),
        "MX": lambda: "800 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)), "IT": lambda: "800 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)),
        "PT": lambda: "808 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)), "BR": lambda: "0800 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)),
        "PL": lambda: "801 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)), "CZ": lambda: "800 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)),
        "SE": lambda: "0771-%02d %02d %02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)), "DK": lambda: "70 %02d %02d %02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)),
        "GR": lambda: "11%03d" % R.randint(100, 999), "RO": lambda: "0800 %03d %03d" % (R.randint(100, 999), R.randint(0, 999)),
        "TR": lambda: "444 %d %03d" % (R.randint(1, 9), R.randint(0, 999)), "RU": lambda: "8 800 %03d-%02d-%02d" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 99)),
        "CN": lambda: R.choice(["95598", "10086", "10010"]), "JP": lambda: "0120-%03d-%03d" % (R.randint(100, 999), R.randint(0, 999)), "KR": lambda: "1588-%04d" % R.randint(1000, 9999),
    }[loc]()
    return N(v, "org_line")


ROLE_MAIL = {"DE": ["verwaltung", "service", "kundenservice", "info"], "FR": ["syndic", "contact", "service-client"], "ES": ["administracion", "atencion", "info"],
             "IT": ["amministrazione", "segreteria", "servizioclienti"], "NL": ["beheer", "klantenservice", "info"], "PT": ["geral", "condominios", "apoio"],
             "PL": ["biuro", "administracja", "bok"], "GR": ["info", "diaxeirisi"], "CZ": ["sprava", "info"], "GB": ["customerservices", "lettings", "info"],
             "US": ["leasing", "support", "info"], "IE": ["customercare", "lettings"], "AU": ["rentals", "support"], "BE": ["klantendienst", "service"],
             "AT": ["hausverwaltung", "service"], "CH": ["verwaltung", "kundendienst"], "SE": ["kundservice", "uthyrning"], "DK": ["kundeservice", "udlejning"],
             "BR": ["atendimento", "contato"], "MX": ["atencion", "contacto"], "RO": ["office", "relatii.clienti"], "TR": ["destek", "iletisim"],
             "RU": ["info", "uk"], "JP": ["info", "support"], "CN": ["service", "kefu"], "KR": ["help", "cs"], "ZA": ["rentals", "accounts"]}


def role_mail(R, loc, dom):
    return N(R.choice(ROLE_MAIL[loc]) + "@" + dom, "role_mailbox")


# ---------------------------------------------------------------- T7 owners' meeting minutes
MIN = {
    "DE": ("de", "Protokoll der ordentlichen Eigentümerversammlung der WEG {B}", "Ort: Gemeinschaftsraum, Beginn 18:30 Uhr. Anwesend bzw. vertreten: {N} von 1.000 MEA.", "Anwesende Eigentümer:", "Whg.", "TOP 3 – Jahresabrechnung {Y}: angenommen ({V}). Hausgeld-Nachzahlungen bis {D} auf das WEG-Konto {IB} (Kontoinhaber: WEG {BN}).", "TOP 5 – Hausmeister: Herr {HM}, erreichbar unter {HP}, übernimmt ab sofort auch den Winterdienst.", "Verwaltung: {FIRM}, {ML}", ["Fass mir das Protokoll kurz zusammen – was muss ich zahlen?", "Was wurde zu TOP 3 beschlossen?"]),
    "FR": ("fr", "Procès-verbal de l'assemblée générale des copropriétaires – {B}", "Tenue le {D0} à 18h30. Copropriétaires présents ou représentés : {N} tantièmes sur 1000.", "Présents :", "lot", "Résolution 4 – approbation des comptes {Y} : adoptée ({V}). Appel de fonds avant le {D} sur le compte du syndicat {IB}.", "Résolution 7 – gardien : M. {HM}, joignable au {HP}.", "Syndic : {FIRM}, {ML}", ["Tu peux me résumer ce PV ? Qu'est-ce qui a été voté ?", "Combien je dois payer d'après ce PV ?"]),
    "ES": ("es", "Acta de la Junta General Ordinaria de Propietarios – {B}", "Celebrada el {D0} en segunda convocatoria. Asisten {N} propietarios presentes o representados.", "Asistentes:", "piso", "Punto 2 – Cuentas {Y}: aprobadas ({V}). Derramas antes del {D} en la cuenta de la comunidad {IB}.", "Punto 4 – Conserje: D. {HM}, tel. {HP}.", "Administrador de fincas: {FIRM}, {ML}", ["¿Me explicas qué se aprobó y cuánto me toca pagar?", "Resúmeme el acta."]),
    "IT": ("it", "Verbale di assemblea condominiale – Condominio {B}", "L'anno 2026, il giorno {D0}, alle ore 18:30, presenti {N} millesimi.", "Condòmini presenti:", "int.", "Punto 2 – Rendiconto {Y}: approvato ({V}). Conguagli entro il {D} sul c/c condominiale {IB}.", "Punto 5 – Portiere: sig. {HM}, cell. {HP}.", "Amministratore: {FIRM}, {ML}", ["Mi riassumi il verbale? Quanto devo pagare?", "Cosa è stato deciso sul punto 2?"]),
    "NL": ("nl", "Notulen ALV Vereniging van Eigenaars {B}", "Datum {D0}, 19:30 uur. Aanwezig of vertegenwoordigd: {N} van de stemmen.", "Aanwezig:", "app.", "Punt 3 – Jaarrekening {Y}: vastgesteld ({V}). Extra bijdrage vóór {D} op rekening van de VvE {IB}.", "Punt 5 – Huismeester: {HM}, bereikbaar op {HP}.", "Beheerder: {FIRM}, {ML}", ["Kun je deze notulen samenvatten?", "Wat moet ik betalen volgens dit stuk?"]),
    "PT": ("pt", "Ata da Assembleia de Condóminos – {B}", "Realizada a {D0}, às 21h. Presentes ou representados: {N} ‰ do valor do prédio.", "Presentes:", "fração", "Ponto 2 – Contas {Y}: aprovadas ({V}). Quotas extra até {D} para o IBAN do condomínio {IB}.", "Ponto 4 – Porteiro: Sr. {HM}, tlm {HP}.", "Administração: {FIRM}, {ML}", ["Resume-me esta ata?", "Quanto tenho de pagar?"]),
    "PL": ("pl", "Protokół z zebrania Wspólnoty Mieszkaniowej {B}", "Zebranie odbyło się {D0} o 18:00. Obecni właściciele: {N} udziałów.", "Obecni:", "lok.", "Uchwała nr 3/{Y}: sprawozdanie przyjęte ({V}). Dopłaty do {D} na rachunek wspólnoty {IB}.", "Uchwała nr 5: dozorca p. {HM}, tel. {HP}.", "Zarządca: {FIRM}, {ML}", ["Streścisz ten protokół?", "Ile muszę dopłacić?"]),
    "GR": ("el", "Πρακτικό Γενικής Συνέλευσης Πολυκατοικίας {B}", "Συνεδρίαση {D0}, ώρα 19:00. Παρόντες: {N} χιλιοστά.", "Παρόντες ιδιοκτήτες:", "διαμ.", "Θέμα 2 – Απολογισμός {Y}: εγκρίθηκε ({V}). Καταβολή έως {D} στον λογαριασμό της πολυκατοικίας {IB}.", "Θέμα 4 – Διαχειριστής κτιρίου: {HM}, τηλ. {HP}.", "Εταιρεία διαχείρισης: {FIRM}, {ML}", ["Μου το συνοψίζεις;", "Τι αποφασίστηκε για τα κοινόχρηστα;"]),
    "CZ": ("cs", "Zápis ze shromáždění společenství vlastníků {B}", "Konáno {D0} v 18:00. Přítomno {N} % hlasů.", "Přítomní vlastníci:", "jednotka", "Bod 2 – Vyúčtování {Y}: schváleno ({V}). Doplatky do {D} na účet SVJ {IB}.", "Bod 4 – Domovník: p. {HM}, tel. {HP}.", "Správce: {FIRM}, {ML}", ["Shrneš mi ten zápis?", "Kolik mám doplatit?"]),
}
FIRMS = {"DE": ("Hausverwaltung Brückner & Sohn GmbH", "hv-brueckner.de"), "FR": ("Cabinet Rivoire Gestion", "rivoire-gestion.fr"), "ES": ("Fincas Albarracín S.L.", "fincasalbarracin.es"),
         "IT": ("Studio Amministrazioni Corradi", "studiocorradi.it"), "NL": ("VvE Beheer Zuiderkwartier B.V.", "zuiderkwartierbeheer.nl"), "PT": ("Gescondo Lda.", "gescondo.pt"),
         "PL": ("Zarządca Nieruchomości Orlik Sp. z o.o.", "orlik-zn.pl"), "GR": ("Κοινόχρηστα Αιγαίου Ε.Π.Ε.", "koinoxrista-aigaiou.gr"), "CZ": ("Správa domů Vltava s.r.o.", "spravavltava.cz")}
BNAME = {"DE": ["Lindenhof 4–8", "Am Stadtgraben 12", "Parkresidenz"], "FR": ["Résidence Le Belvédère", "Les Terrasses du Parc"], "ES": ["C.P. Edificio Levante", "Comunidad Torre Azahar"],
         "IT": ["Le Magnolie", "Residenza San Rocco"], "NL": ["De Blauwe Reiger", "Complex Waterkant"], "PT": ["Edifício Atlântico", "Prédio Jardim"], "PL": ["Słoneczna 14", "Dom pod Kasztanami"],
         "GR": ["Ακτή", "Ορίζων"], "CZ": ["Na Hradbách 8", "Dům Sokol"]}


def t_minutes(R, pk):
    loc = cyc("min", MIN)
    lang, head, open_, pres, unitw, top3, top5, adm, reqs = MIN[loc]
    bn = R.choice(BNAME[loc])
    body = fmt(head, B=bn) + ["\n", L("address", addr(R, loc, unit=False)), "\n"]
    body += fmt(open_, D0=later(R, loc), N=N(str(R.randint(550, 940)), "share_count")) + ["\n", pres, " "]
    for i in range(R.randint(3, 5)):
        p = pk.person(loc)
        body += ([", "] if i else []) + [L("person", p.full() if R.random() < 0.7 else p.caps()), " (", unitw, " ", N(str(R.randint(1, 40)), "unit_no"), ")"]
    hm = pk.person(loc, sex="m")
    body += ["\n"] + fmt(top3, Y=str(R.choice([2024, 2025])), V=N("%d/%d/%d" % (R.randint(8, 20), R.randint(0, 3), R.randint(0, 2)), "vote_count"),
                         D=later(R, loc), IB=IBAN(R, loc, holder="org"), BN=bn)
    body += ["\n"] + fmt(top5, HM=L("person", hm.full()), HP=PH(R, loc))
    firm, dom = FIRMS[loc]
    body += ["\n"] + fmt(adm, FIRM=N(firm, "org"), ML=role_mail(R, loc, dom))
    return "minutes", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T8 energy and water bills
BILL = {
    "GB": ("en", "Northvale Energy – Your electricity statement", "Account holder", "Supply address", "Account no.", "MPAN", mpan, "Statement period", "Usage", "kWh", "Unit rate 24.50p/kWh, standing charge 53.35p/day", "Paid by Direct Debit from", "Total due", "northvale-energy.co.uk",
           ["Why has my bill gone up so much? Can you explain this statement?", "Is this estimated or actual? What does E mean next to the reading?"]),
    "IE": ("en", "Brightwater Power – Electricity bill", "Name", "Supply address", "Account number", "MPRN", lambda R: "10" + digits(R, 9), "Billing period", "Units used", "kWh", "Day rate 38.12c, night 19.85c, standing charge €0.72/day", "Direct debit from", "Amount due", "brightwater-power.ie",
           ["Can you explain this bill? The PSO levy line confuses me.", "Is this right? I think they used an estimate."]),
    "DE": ("de", "Stadtwerke Auenthal – Jahresabrechnung Strom", "Kunde", "Lieferstelle", "Kundennummer", "Marktlokations-ID", malo, "Abrechnungszeitraum", "Verbrauch", "kWh", "Arbeitspreis 32,18 ct/kWh, Grundpreis 13,95 €/Monat", "Abschlag per SEPA-Lastschrift von", "Nachzahlung", "sw-auenthal.de",
           ["Kannst du mir die Nebenkosten- bzw. Stromabrechnung erklären? Warum so eine hohe Nachzahlung?", "Ist der neue Abschlag korrekt berechnet?"]),
    "FR": ("fr", "Lumière & Gaz du Val – Facture d'électricité", "Titulaire", "Adresse de consommation", "N° client", "PDL", pdl, "Période", "Consommation", "kWh", "Prix du kWh 0,2516 €, abonnement 6 kVA", "Prélèvement sur le compte", "Montant TTC", "lgval-energie.fr",
           ["Tu peux m'expliquer cette facture ? Pourquoi une régularisation ?", "Est-ce que le relevé est estimé ?"]),
    "ES": ("es", "Eléctrica del Moncayo – Factura de electricidad", "Titular", "Dirección de suministro", "Nº de contrato", "CUPS", cups, "Periodo de facturación", "Consumo", "kWh", "Término de potencia 3,45 kW, energía 0,1432 €/kWh", "Domiciliación bancaria", "Total factura", "electricamoncayo.es",
           ["¿Me explicas esta factura? No entiendo el término de potencia.", "¿Está bien calculado el consumo?"]),
    "IT": ("it", "Energia Dolomiti – Bolletta luce", "Intestatario", "Indirizzo di fornitura", "Codice cliente", "POD", pod, "Periodo", "Consumo", "kWh", "Prezzo energia 0,138 €/kWh, quota fissa 8,50 €/mese", "Addebito diretto SDD su", "Totale da pagare", "energiadolomiti.it",
           ["Mi spieghi questa bolletta? Perché c'è un conguaglio?", "La lettura è stimata o reale?"]),
    "NL": ("nl", "Polderstroom – Jaarnota energie", "Naam", "Leveringsadres", "Klantnummer", "EAN-code", ean18, "Periode", "Verbruik", "kWh", "Leveringstarief € 0,2790/kWh, vastrecht € 6,50/mnd", "Automatische incasso van", "Te betalen", "polderstroom.nl",
           ["Kun je deze jaarafrekening uitleggen?", "Klopt het nieuwe termijnbedrag?"]),
    "BE": ("nl", "Scheldegas – Afrekening aardgas", "Klant", "Verbruiksadres", "Klantnummer", "EAN", ean18, "Periode", "Verbruik", "kWh", "Energieprijs 6,4 c€/kWh, netkosten apart", "Domiciliëring op rekening", "Saldo", "scheldegas.be",
           ["Waarom moet ik zoveel bijbetalen? Leg uit aub.", "Klopt deze afrekening?"]),
    "PT": ("pt", "Luz do Tejo – Fatura de eletricidade", "Titular", "Local de consumo", "N.º cliente", "CPE", cpe, "Período", "Consumo", "kWh", "Potência 6,9 kVA, energia 0,1658 €/kWh", "Débito direto na conta", "Total a pagar", "luzdotejo.pt",
           ["Explica-me esta fatura?", "A leitura é estimada?"]),
    "PL": ("pl", "Energa Pomorze – Faktura za energię elektryczną", "Odbiorca", "Adres punktu poboru", "Nr klienta", "Nr PPE", ppe, "Okres rozliczeniowy", "Zużycie", "kWh", "Taryfa G11, cena 0,6212 zł/kWh", "Polecenie zapłaty z rachunku", "Do zapłaty", "energa-pomorze.pl",
           ["Wyjaśnisz mi tę fakturę?", "Czemu mam taką dopłatę?"]),
    "AU": ("en", "Coastline Energy – Electricity account", "Customer", "Supply address", "Account no.", "NMI", nmi, "Billing period", "Usage", "kWh", "Peak 31.9c/kWh, daily supply 98.2c", "Direct debit from card", "Amount due", "coastline-energy.com.au",
           ["can u explain why this bill is so high?", "Is this solar feed-in credit right?"]),
    "US": ("en", "Cascade Valley Power & Water – Monthly statement", "Customer", "Service address", "Account number", "Meter", meter_no, "Service period", "Usage", "kWh", "Energy charge $0.1342/kWh, basic charge $12.00", "AutoPay card", "Amount due", "cascadevalleyutilities.com",
           ["Why is my bill so high this month?", "Can you help me dispute this bill?"]),
}


def ocr(s, R):
    """Light OCR damage: doubled spaces, l/1 in words (not in labels)."""
    return s.replace(": ", R.choice([": ", " : ", ":  "]))


def period(R, loc):
    a = datetime.date(2025, R.randint(1, 12), R.randint(1, 28))
    b = a + datetime.timedelta(days=R.choice([30, 31, 61, 91, 365]))
    return [N(fdate(R, a, loc, words=False), "date_not_dob"), " – ", N(fdate(R, b, loc, words=False), "date_not_dob")]


def t_bill(R, pk):
    loc = cyc("bill", BILL)
    lang, head, hold, sup, accw, idw, idf, per, use, unit, tariff, dd, tot, dom, reqs = BILL[loc]
    p = pk.person(loc)
    o = R.random() < 0.3
    sep = (lambda: R.choice([": ", " : ", ":  ", " "])) if o else (lambda: ": ")
    body = [head, "\n"]
    if R.random() < 0.5:
        body += [N(R.choice(["Rechnungsnr. ", "Invoice ", "Facture n° ", "Factura ", "Fattura n. ", "Nota ", "Nr faktury ", "Fatura "]) + digits(R, 9), "invoice_no"), "\n"]
    body += [hold, sep(), L("person", p.full() if R.random() < 0.7 else p.caps()), "\n",
             sup, sep(), L("address", addr(R, loc, ml=R.random() < 0.3)), "\n",
             accw, sep(), N(cust_no(R), "customer_number"), "   ", idw, sep(), N(idf(R), "supply_point_id"), "\n",
             per, sep()] + period(R, loc) + ["\n",
             use, sep(), N("%d" % R.randint(180, 5200), "consumption"), " ", unit, " (", N(str(R.randint(10000, 99999)), "meter_reading"), " → ", N(str(R.randint(10000, 99999)), "meter_reading"), ")\n",
             N(tariff, "tariff"), "\n"]
    r = R.random()
    if loc in ("AU", "US"):
        body += [dd, sep(), card_masked(R) if r < 0.5 else CARD(R), "\n"]
    elif r < 0.55:
        body += [dd, sep(), IBAN(R, loc), "\n"]
    else:
        body += [dd, sep(), iban_masked(R, loc), "\n"]
    body += [tot, sep(), N(money(R, loc, 40, 1400), "amount"), "\n", org_line(R, loc), " · ", role_mail(R, loc, dom)]
    if R.random() < 0.35:
        body += ["\n", N({"en": "Power cut? Call 105", "de": "Störung? 24h-Hotline auf der Rückseite", "fr": "Urgence dépannage : voir au dos", "es": "Averías: 24 h, ver reverso", "it": "Pronto intervento: numero verde sul retro",
                           "nl": "Storing? Bel 0800-9009", "pt": "Avarias: linha gratuita no verso", "pl": "Pogotowie energetyczne: 991"}[lang], "emergency_line")]
    return "invoice", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T9 supplier-switch forms with direct-debit mandates
SIGN = {
    "DE": ("de", "Auftrag Stromlieferung + SEPA-Lastschriftmandat", "Vorname, Name", "Geburtsdatum", "Lieferanschrift", "Telefon", "E-Mail", "Bisheriger Lieferant", "Zählernummer", "Kontoinhaber", "Gläubiger-ID", "Mandatsreferenz", ["Hab ich den Wechselauftrag richtig ausgefüllt?", "Kann ich das so abschicken?"]),
    "AT": ("de", "Energieliefervertrag – Antrag mit SEPA-Mandat", "Name", "Geburtsdatum", "Anlagenadresse", "Telefon", "E-Mail", "Bisheriger Lieferant", "Zählpunkt", "Kontoinhaber", "Creditor-ID", "Mandatsreferenz", ["Passt das so? Den Zählpunkt hab ich von der alten Rechnung.", "Was fehlt noch?"]),
    "FR": ("fr", "Souscription électricité & gaz + mandat de prélèvement SEPA", "Nom, prénom", "Date de naissance", "Adresse du logement", "Téléphone", "E-mail", "Ancien fournisseur", "N° PDL / PCE", "Titulaire du compte", "ICS", "RUM", ["Tu peux vérifier ma souscription avant que je signe ?", "Il manque quelque chose ?"]),
    "ES": ("es", "Contrato de suministro eléctrico + orden de domiciliación SEPA", "Nombre y apellidos", "Fecha de nacimiento", "Dirección de suministro", "Teléfono", "Email", "Comercializadora anterior", "CUPS", "Titular de la cuenta", "Identificador del acreedor", "Referencia de la orden", ["¿Está bien rellenado el contrato?", "¿Me falta algo?"]),
    "IT": ("it", "Proposta di contratto luce e gas + mandato SDD", "Nome e cognome", "Data di nascita", "Indirizzo di fornitura", "Telefono", "E-mail", "Fornitore attuale", "POD/PDR", "Intestatario del conto", "Codice creditore", "Rif. mandato", ["Mi controlli la proposta prima della firma?", "Manca qualcosa?"]),
    "NL": ("nl", "Aanmelding energiecontract + machtiging doorlopende SEPA-incasso", "Naam", "Geboortedatum", "Leveringsadres", "Telefoon", "E-mail", "Huidige leverancier", "EAN-code", "Rekeninghouder", "Incassant-ID", "Kenmerk machtiging", ["Klopt deze aanmelding?", "Moet ik hier echt mijn geboortedatum invullen?"]),
    "BE": ("fr", "Contrat de fourniture d'énergie + domiciliation européenne", "Nom, prénom", "Date de naissance", "Adresse de fourniture", "Téléphone", "E-mail", "Fournisseur actuel", "Code EAN", "Titulaire", "Identifiant créancier", "Réf. mandat", ["C'est bien rempli ?", "Je peux signer ça ?"]),
    "GB": ("en", "Switch to Northvale Energy – application & Direct Debit Instruction", "Full name", "Date of birth", "Supply address", "Phone", "Email", "Current supplier", "MPAN / MPRN", "Account holder", "Service user number", "Reference", ["Can you check my switching form?", "Anything missing before I submit?"]),
    "PL": ("pl", "Umowa kompleksowa + zgoda na polecenie zapłaty", "Imię i nazwisko", "Data urodzenia", "Adres punktu poboru", "Telefon", "E-mail", "Dotychczasowy sprzedawca", "Nr PPE", "Posiadacz rachunku", "Identyfikator odbiorcy", "Nr umowy", ["Dobrze wypełniłem umowę?", "Czego brakuje?"]),
    "PT": ("pt", "Adesão eletricidade + autorização de débito direto SEPA", "Nome", "Data de nascimento", "Morada de fornecimento", "Telemóvel", "E-mail", "Comercializador atual", "CPE", "Titular da conta", "ID do credor", "Ref. da ADC", ["Preenchi bem a adesão?", "Falta alguma coisa?"]),
}
SIGN_ID = {"DE": malo, "AT": lambda R: "AT00" + digits(R, 6) + "0000000000000" + digits(R, 10), "FR": pdl, "ES": cups, "IT": pod, "NL": ean18, "BE": ean18, "GB": mpan, "PL": ppe, "PT": cpe}
CRED = {"DE": lambda R: "DE%02dZZZ0000%07d" % (R.randint(10, 99), R.randint(0, 9999999)), "AT": lambda R: "AT%02dZZZ000000%05d" % (R.randint(10, 99), R.randint(0, 99999)),
        "FR": lambda R: "FR%02dZZZ%06d" % (R.randint(10, 99), R.randint(0, 999999)), "ES": lambda R: "ES%02d000A%08d" % (R.randint(10, 99), R.randint(0, 99999999)),
        "IT": lambda R: "IT%02d0010000%011d" % (R.randint(10, 99), R.randint(0, 10 ** 11 - 1)), "NL": lambda R: "NL%02dZZZ%012d" % (R.randint(10, 99), R.randint(0, 10 ** 12 - 1)),
        "BE": lambda R: "BE%02dZZZ0%09d" % (R.randint(10, 99), R.randint(0, 999999999)), "GB": lambda R: "%06d" % R.randint(100000, 999999),
        "PL": lambda R: "%08d" % R.randint(0, 99999999), "PT": lambda R: "PT%02d%06d" % (R.randint(10, 99), R.randint(0, 999999))}
SUPPLIERS = {"DE": ["E.ON", "Vattenfall", "Stadtwerke"], "AT": ["Wien Energie", "EVN", "Kelag"], "FR": ["EDF", "Engie", "TotalEnergies"], "ES": ["Iberdrola", "Endesa", "Naturgy"],
             "IT": ["Enel Energia", "Hera Comm", "A2A Energia"], "NL": ["Eneco", "Vattenfall", "Essent"], "BE": ["Engie Electrabel", "Luminus", "TotalEnergies"],
             "GB": ["British Gas", "Octopus Energy", "OVO"], "PL": ["PGE Obrót", "Tauron", "Enea"], "PT": ["EDP Comercial", "Galp", "Iberdrola"]}


def t_signup(R, pk):
    loc = cyc("sign", SIGN)
    lang, head, nm, dbw, ad, ph_, em, prev, idw, holder, cred, mref, reqs = SIGN[loc]
    p = pk.person(loc)
    body = [head, "\n", nm, ": ", L("person", p.full()), "\n", dbw, ": ", DOB(R, bdate(R), loc), "\n",
            ad, ": ", L("address", addr(R, loc)), "\n", ph_, ": ", PH(R, loc), "\n", em, ": ", L("email", email_for(R, p)), "\n",
            prev, ": ", N(R.choice(SUPPLIERS[loc]), "org"), " – ", idw, ": ", N(SIGN_ID[loc](R), "supply_point_id"), "\n"]
    if R.random() < 0.5:
        body += [{"DE": "Zählerstand: ", "AT": "Zählerstand: ", "GB": "Meter reading: ", "FR": "Index : ", "BE": "Index : ", "ES": "Lectura: ", "IT": "Lettura: ", "NL": "Meterstand: ", "PL": "Stan licznika: ", "PT": "Leitura: "}[loc], N(str(R.randint(1000, 99999)), "meter_reading"), " (", later(R, loc), ")\n"]
    q = p if R.random() < 0.7 else pk.person(loc, family=p.family)
    body += [holder, ": ", L("person", q.full()), "\nIBAN: ", IBAN(R, loc), "\n", cred, ": ", N(CRED[loc](R), "creditor_id"), " · ", mref, ": ", N(ref(R, R.choice(["MR-", "", "K"])), "mandate_ref"), "\n",
             N(TOWNS[loc][0][0] if loc != "GB" else "Signed", "place"), ", ", later(R, loc)]
    return "form", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T10 mobile contracts and number porting
PORT = {
    "GB": ("en", "Switch & keep your number – order form (Kestrel Mobile)", "Name", "Date of birth", "Address", "Number to bring", "PAC", lambda R: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(R, 6), "porting_code", "Current network", "New SIM (ICCID)", "44", "Pay monthly by", ["Is this form right? I want to keep my number.", "When will my old contract end if I use the PAC?"]),
    "FR": ("fr", "Souscription forfait mobile avec portabilité – Hirondelle Mobile", "Nom, prénom", "Date de naissance", "Adresse", "Numéro à porter", "Code RIO", lambda R: "%02dP%s%s" % (R.randint(1, 99), "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)), "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(3))), "porting_code", "Opérateur actuel", "Carte SIM (ICCID)", "33", "Paiement", ["Tu peux vérifier mon formulaire de portabilité ?", "Le RIO c'est bien ça ?"]),
    "ES": ("es", "Solicitud de portabilidad móvil – Gaviota Móvil", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Número a portar", "DNI/NIE del titular", None, None, "Operador donante", "ICCID nueva SIM", "34", "Domiciliación", ["¿Está bien la solicitud de portabilidad?", "¿Cuánto tarda el cambio?"]),
    "DE": ("de", "Auftrag Rufnummernmitnahme – Möwe Mobilfunk", "Name, Vorname", "Geburtsdatum", "Anschrift", "Mitzunehmende Rufnummer", "Kundenkennwort beim Altanbieter", lambda R: pw(R), "password", "Bisheriger Anbieter", "Neue SIM-Karte (ICCID)", "49", "Zahlung per Lastschrift", ["Kann ich den Portierungsauftrag so abschicken?", "Brauchen die wirklich mein Kundenkennwort?"]),
    "IT": ("it", "Richiesta di portabilità (MNP) – Rondine Mobile", "Nome e cognome", "Data di nascita", "Indirizzo", "Numero da portare", "Codice fiscale", None, None, "Operatore attuale", "Seriale SIM (ICCID) attuale", "39", "Addebito su", ["Mi controlli il modulo di portabilità?", "Il seriale della SIM vecchia dove lo trovo?"]),
    "NL": ("nl", "Nummerbehoud – aanvraagformulier Meeuw Mobiel", "Naam", "Geboortedatum", "Adres", "Mee te nemen nummer", "Klantnummer oude provider", None, None, "Huidige provider", "Nieuwe simkaart (ICCID)", "31", "Incasso van", ["Klopt dit formulier voor nummerbehoud?", "Wat gebeurt er met mijn oude abonnement?"]),
    "PL": ("pl", "Wniosek o przeniesienie numeru – Jaskółka Mobile", "Imię i nazwisko", "Data urodzenia", "Adres", "Przenoszony numer", "PESEL", None, None, "Obecny operator", "Nowa karta SIM (ICCID)", "48", "Płatność", ["Dobrze wypełniłem wniosek o przeniesienie numeru?", "Ile to potrwa?"]),
    "BR": ("pt", "Solicitação de portabilidade – Sabiá Telecom", "Nome completo", "Data de nascimento", "Endereço", "Número a portar", "CPF", None, None, "Operadora atual", "Chip novo (ICCID)", "55", "Cartão para débito", ["Me ajuda a conferir o pedido de portabilidade?", "Tá certo isso?"]),
    "US": ("en", "Port-in request – Bluejay Wireless", "Account holder", "DOB", "Billing address", "Number to port", "Transfer PIN (from old carrier)", lambda R: code(R, 6), "port_pin", "Current carrier", "New SIM ICCID", "01", "Autopay card", ["Why does my port keep getting rejected? Here's what I entered.", "Is the transfer PIN the same as my account PIN?"]),
    "TR": ("tr", "Numara taşıma başvurusu – Martı GSM", "Ad Soyad", "Doğum tarihi", "Adres", "Taşınacak numara", "TC Kimlik No", None, None, "Mevcut operatör", "Yeni SIM (ICCID)", "90", "Ödeme", ["Numara taşıma formunu doğru doldurdum mu?", "Ne kadar sürer?"]),
    "JP": ("ja", "MNP転入申込書（つばめモバイル）", "氏名", "生年月日", "住所", "転入する電話番号", "MNP予約番号", lambda R: digits(R, 10), "porting_code", "現在の携帯会社", "新しいSIM（ICCID）", "81", "お支払い", ["このMNPの申込内容、間違いがないか確認してください。", "予約番号の有効期限は大丈夫ですか？"]),
}


def t_porting(R, pk):
    loc = cyc("port", PORT)
    lang, head, nm, dbw, ad, numw, codew, codef, codesub, cur, simw, icc_cc, pay, reqs = PORT[loc]
    p = pk.person(loc)
    d = bdate(R, 1950, 2006)
    body = [head, "\n", nm, ": ", L("person", p.full()), "\n", dbw, ": ", DOB(R, d, loc), "\n", ad, ": ", L("address", addr(R, loc)), "\n",
            numw, ": ", PH(R, loc, intl=False), "\n"]
    if codef is not None:
        body += [codew, ": ", SEC(codef(R), codesub), "\n"]
    else:
        body += [codew, ": ", gov(R, p, d, loc) if loc not in ("NL",) else N(cust_no(R), "customer_number"), "\n"]
    body += [cur, ": ", N(R.choice({"GB": ["Vodafone", "O2", "EE", "Three"], "FR": ["Orange", "SFR", "Bouygues Telecom", "Free Mobile"], "ES": ["Movistar", "Vodafone", "Orange", "Digi"],
                                    "DE": ["Telekom", "Vodafone", "O2", "1&1"], "IT": ["TIM", "Vodafone", "WindTre", "Iliad"], "NL": ["KPN", "Vodafone", "Odido"], "PL": ["Play", "Orange", "Plus", "T-Mobile"],
                                    "BR": ["Vivo", "Claro", "TIM"], "US": ["Verizon", "AT&T", "T-Mobile"], "TR": ["Turkcell", "Vodafone", "Türk Telekom"], "JP": ["docomo", "au", "SoftBank", "楽天モバイル"]}[loc]), "org"), "\n",
             simw, ": ", N(iccid(R, icc_cc), "iccid"), "\n"]
    if R.random() < 0.4:
        body += ["IMEI: ", N(imei(R), "imei"), "\n"]
    if R.random() < 0.45:
        pin, puk = code(R, 4), code(R, 8)
        body += [{"ja": "旧SIMのPIN/PUK", "en": "Old SIM PIN / PUK", "de": "PIN / PUK alte Karte", "fr": "PIN / PUK", "es": "PIN / PUK", "it": "PIN / PUK",
                  "nl": "pincode / PUK", "pl": "PIN / PUK", "pt": "PIN / PUK", "tr": "PIN / PUK"}[lang], ": ", SEC(pin, "sim_pin"), " / ", SEC(puk, "sim_puk"), "\n"]
    if loc in ("GB", "US", "BR", "TR", "JP") or (loc == "FR" and R.random() < 0.3):
        body += [pay, ": ", CARD(R), ", exp. ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    elif loc in IBAN_OF:
        body += [pay, ": ", IBAN(R, loc), "\n"]
    body += [N(ref(R, R.choice(["ORD-", "Auftrag ", "No. ", "#"])), "order_no")]
    if R.random() < 0.4:
        body += [" · ", {"ja": "SMS認証コード", "en": "SMS code", "de": "SMS-Code", "fr": "code SMS", "es": "código SMS", "it": "codice SMS", "nl": "sms-code", "pl": "kod SMS", "pt": "código SMS", "tr": "SMS kodu"}[lang], " ", N(code(R, 6), "otp_code"), " (", {"ja": "使用済み", "en": "already used", "de": "schon benutzt", "fr": "déjà utilisé", "es": "ya usado", "it": "già usato", "nl": "al gebruikt", "pl": "już użyty", "pt": "já usado", "tr": "kullanıldı"}[lang], ")"]
    return "form", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T11 router configs and status pages
def t_router(R, pk):
    lang, loc = R.choice([("en", "GB"), ("en", "US"), ("de", "DE"), ("de", "AT"), ("fr", "FR"), ("nl", "NL"), ("it", "IT"), ("es", "ES"), ("pl", "PL"), ("ru", "RU")])
    reqs = {"en": ["Why does my port forward not work from outside? Config below.", "Is someone in my router? I see a login I don't recognise.", "Can you clean up this config before I post it on the forum?"],
            "de": ["Warum klappt die Portfreigabe nicht? Hier der Export.", "Hat sich da jemand in meinen Router eingeloggt?", "Kannst du das aufräumen, bevor ich es ins Forum poste?"],
            "fr": ["Pourquoi la redirection de port ne marche pas ? Voilà la config.", "Quelqu'un s'est connecté à ma box ?"],
            "nl": ["Waarom werkt port forwarding niet? Config hieronder.", "Heeft iemand ingelogd op mijn router?"],
            "it": ["Perché il port forwarding non funziona? Ecco la config.", "Qualcuno è entrato nel mio router?"],
            "es": ["¿Por qué no funciona la redirección de puertos? Adjunto la config.", "¿Alguien ha entrado en mi router?"],
            "pl": ["Dlaczego przekierowanie portów nie działa? Konfiguracja poniżej.", "Czy ktoś się zalogował do mojego routera?"],
            "ru": ["Почему не работает проброс портов? Вот конфиг.", "Кто-то зашёл в мой роутер?"]}[lang]
    owner = pk.person(loc)
    kind = R.random()
    lan = R.choice(["192.168.178.", "192.168.1.", "192.168.0.", "10.0.0."])
    gw = {"192.168.178.": "192.168.178.1", "192.168.1.": "192.168.1.1", "192.168.0.": "192.168.0.1", "10.0.0.": "10.0.0.1"}[lan]
    if kind < 0.4:  # OpenWrt-style
        body = ["config interface 'wan'\n\toption proto 'pppoe'\n\toption username '", N(cust_no(R) + R.choice(["@isp", "-0001", ""]), "pppoe_user"), "'\n\toption password '", SEC(pw(R), "pppoe_password"), "'\n\n",
                "config interface 'lan'\n\toption ipaddr '", N(gw, "default_gateway"), "'\n\toption netmask '", N("255.255.255.0", "netmask"), "'\n\n",
                "config wifi-iface 'default_radio0'\n\toption ssid '", N(R.choice(["FRITZ!Box 7590 XY", "Vodafone-4F2A", "Livebox-83C1", "TIM-29384756", "Ziggo5821", "Dachgeschoss", "WLAN_Keller"]), "ssid"), "'\n\toption encryption 'sae-mixed'\n\toption key '", SEC(wifikey(R), "wifi_password"), "'\n\n",
                "config redirect\n\toption name 'nas-https'\n\toption src_dport '", N(str(R.choice([8443, 5001, 32400, 51820])), "port"), "'\n\toption dest_ip '", IPL(R, lan), "'\n\n",
                "config ddns 'myddns'\n\toption lookup_host '", N(R.choice(["myhome", "nas-garage", "casa-rossa", "huis"]) + R.choice([".duckdns.org", ".ddns.net", ".dynv6.net"]), "ddns_host"), "'\n\toption password '", SEC(R.choice([uuid_like(R), pw(R)]), "ddns_token"), "'\n"]
        if R.random() < 0.5:
            body += ["\n# syslog: ", N("Tue 14 Oct 03:12:44", "log_time"), " dropbear: Bad password attempt for 'root' from ", IPW(R), ":", N(str(R.randint(30000, 65000)), "port"), "\n"]
        form = "config"
    elif kind < 0.75:  # status page
        lab = {"en": ("Internet", "Public IPv4", "IPv6 prefix", "Connected devices", "Admin password", "Wi-Fi key", "Last login"), "de": ("Internet", "IPv4-Adresse", "IPv6-Präfix", "Verbundene Geräte", "FRITZ!Box-Kennwort", "WLAN-Netzwerkschlüssel", "Letzte Anmeldung"),
               "fr": ("Internet", "Adresse IPv4", "Préfixe IPv6", "Appareils connectés", "Mot de passe admin", "Clé Wi-Fi", "Dernière connexion"), "nl": ("Internet", "Publiek IPv4", "IPv6-prefix", "Verbonden apparaten", "Beheerwachtwoord", "Wifi-wachtwoord", "Laatste login"),
               "it": ("Internet", "IPv4 pubblico", "Prefisso IPv6", "Dispositivi connessi", "Password admin", "Chiave Wi-Fi", "Ultimo accesso"), "es": ("Internet", "IPv4 pública", "Prefijo IPv6", "Dispositivos conectados", "Contraseña admin", "Clave Wi-Fi", "Último acceso"),
               "pl": ("Internet", "Publiczny IPv4", "Prefiks IPv6", "Podłączone urządzenia", "Hasło administratora", "Klucz Wi-Fi", "Ostatnie logowanie"), "ru": ("Интернет", "Внешний IPv4", "Префикс IPv6", "Подключённые устройства", "Пароль администратора", "Ключ Wi-Fi", "Последний вход")}[lang]
        body = [lab[0], ": ", N(R.choice((["verbunden seit 12.10.2026, 04:31"] if lang == "de" else []) + ["connected 3d 14h", "PPPoE up, 250/40 Mbit/s", "VDSL2 100/40"]), "status"), "\n",
                lab[1], ": ", IPW(R), "\n", lab[2], ": ", IP6(R), "\n", lab[3], ":\n"]
        devs = ["iPhone", "Pixel-8", "Galaxy-S23", "MacBook", "ThinkPad", "Drucker-HP", "Chromecast", "Nintendo-Switch", "Sonos-Kueche", "NAS"]
        R.shuffle(devs)
        for dv in devs[:R.randint(2, 4)]:
            body += ["  ", N(dv, "device_name"), "  ", IPL(R, lan), "  ", N(":".join("%02X" % R.randint(0, 255) for _ in range(6)), "mac_address"), "\n"]
        if R.random() < 0.5:
            kid = pk.person(loc)
            body += ["  ", N("Tablet", "device_name"), " (", L("person", kid.given), ")  ", IPL(R, lan), "\n"]
        body += [lab[4], ": ", SEC(pw(R), "admin_password"), "\n", lab[5], ": ", SEC(wifikey(R), "wifi_password"), "\n", lab[6], ": ", N("2026-10-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "log_time"), " ", IPW(R) if R.random() < 0.6 else IP6(R), "\n",
                "DNS: ", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), " · Gateway ", N(gw, "default_gateway")]
        form = "screenshot"
    else:  # forum-style log with the user's signature
        body = [N("Oct %02d 02:%02d:%02d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), "log_time"), " router sshd[", N(str(R.randint(1000, 9999)), "pid"), "]: Accepted password for admin from ", IPW(R), " port ", N(str(R.randint(30000, 65000)), "port"), "\n",
                N("Oct %02d 02:%02d:%02d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), "log_time"), " router kernel: DROP IN=ppp0 SRC=", N("203.0.113." + str(R.randint(1, 254)), "doc_ip"), " DST=", IPW(R), "\n",
                N("Oct %02d 02:%02d:%02d" % (R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), "log_time"), " router dnsmasq-dhcp: DHCPACK(br-lan) ", IPL(R, lan), " ", N(":".join("%02x" % R.randint(0, 255) for _ in range(6)), "mac_address"), " ", N(R.choice(["android-5f2c", "LAPTOP-8Q2K", "iPad"]), "device_name"), "\n",
                "# wg0: PrivateKey = ", SEC(base64_key(R), "wireguard_private_key"), "\n", "# Endpoint = ", IPW(R), ":51820\n",
                "\n-- ", L("person", owner.full()), " (", L("email", email_for(R, owner)), ")"]
        form = "log"
    return form, lang, loc, wrap(R, reqs, body)


def base64_key(R):
    import base64
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()


# ---------------------------------------------------------------- T12 smart-home configs and house-sitter notes
NOTE = {
    "de": ("DE", "Infos fürs Haushüten 🏡", "Haustür (Nuki)", "Alarmanlage", "Klingel/Gegensprechanlage Code", "WLAN", "Passwort", "Nachbarin mit Ersatzschlüssel", "Wir sind ab", "zurück", "Adresse für den Lieferdienst", ["Kannst du daraus eine übersichtliche Liste für unsere Haussitterin machen?", "Fehlt da noch was Wichtiges?"]),
    "nl": ("NL", "Info voor de oppas / huisoppas", "Voordeur (slimme slot)", "Alarm", "Intercomcode", "Wifi", "Wachtwoord", "Buurvrouw met reservesleutel", "We zijn weg vanaf", "terug", "Adres voor bezorging", ["Kun je hier een overzichtelijk briefje van maken?", "Mis ik nog iets?"]),
    "sv": ("SE", "Info till husvakten", "Ytterdörr (kodlås)", "Larm", "Porttelefonkod", "Wifi", "Lösenord", "Grannen med reservnyckel", "Vi är borta från", "tillbaka", "Adress för leveranser", ["Kan du göra en snygg lista av det här till vår husvakt?", "Saknas något?"]),
    "da": ("DK", "Til huspasseren", "Hoveddør (smartlås)", "Alarm", "Dørtelefonkode", "Wi-Fi", "Adgangskode", "Naboen med ekstranøgle", "Vi er væk fra", "tilbage", "Adresse til levering", ["Kan du lave det om til en overskuelig seddel?", "Mangler der noget?"]),
    "en": ("GB", "House-sitting notes", "Front door (smart lock)", "Alarm", "Intercom code", "Wi-Fi", "Password", "Neighbour with spare key", "We're away from", "back", "Address for deliveries", ["Can you turn this into a tidy one-page note for our house-sitter?", "Anything I forgot?"]),
}


def t_smarthome(R, pk):
    if R.random() < 0.45:  # Home Assistant secrets.yaml / configuration
        loc = R.choice(["US", "GB", "DE", "NL", "SE", "AU"])
        lang = "en"
        lan = R.choice(["192.168.1.", "192.168.178.", "192.168.0."])
        body = ["# secrets.yaml\n", "wifi_ssid: ", N('"' + R.choice(["HomeNet-5G", "Haus_2G", "Villa Kunterbunt", "TheShire"]) + '"', "ssid"), "\n",
                "wifi_password: ", SEC(wifikey(R), "wifi_password"), "\n",
                "mqtt_password: ", SEC(pw(R), "mqtt_password"), "\n",
                "nuki_token: ", SEC("".join(R.choice("0123456789abcdef") for _ in range(20)), "api_key"), "\n",
                "frontdoor_keypad_code: ", SEC(code(R, 6), "door_code"), "\n",
                "duckdns_token: ", SEC(uuid_like(R), "ddns_token"), "\n",
                "camera_driveway: ", "rtsp://", N("admin", "username"), ":", SEC(pw(R), "camera_password"), "@", IPL(R, lan), ":554/stream1\n",
                "ha_long_lived_token: ", SEC(secret_random(R, "jwt"), "jwt"), "\n",
                "latitude: ", N("!secret home_lat", "placeholder"), "\n",
                "time_zone: ", N(R.choice(["Europe/Berlin", "Europe/Amsterdam", "Europe/Stockholm", "America/Denver", "Australia/Perth", "Europe/London"]), "time_zone"), "\n",
                "# external_url: https://", N(R.choice(["myhouse", "cottage-ha", "thuis"]) + ".duckdns.org", "ddns_host"), ":8123  (WAN ", IPW(R), ")\n"]
        reqs = ["Home Assistant won't start since I moved things to secrets.yaml – what's wrong?", "Is it safe to share this on the HA forum?", "Why can't HA reach the camera?"]
        return "config", lang, loc, wrap(R, reqs, body)
    lang = R.choice(sorted(NOTE))
    loc, head, door, alarm, icom, wifi, pwd, nb, away, back, deliv, reqs = NOTE[lang]
    fam = pk.person(loc)
    kid = pk.person(loc, family=fam.family)
    nbp = pk.person(loc)
    body = [head, "\n- ", door, ": ", SEC(code(R, 6), "door_code"), R.choice(["", " (App-Einladung schicke ich)" if lang == "de" else ""]), "\n- ", alarm, ": ", SEC(code(R, 4), "alarm_code"), "\n",
            "- ", icom, ": ", SEC(code(R, 4) + R.choice(["", "#", "*"]), "intercom_code"), "\n",
            "- ", wifi, ": ", N(R.choice(["Kaninchenbau", "Huisje", "Stugan", "Hyggehjem", "Burrow"]), "ssid"), " / ", pwd, " ", SEC(wifikey(R), "wifi_password"), "\n",
            "- ", nb, ": ", L("person", nbp.full()), ", ", PH(R, loc), "\n",
            "- ", away, " ", later(R, loc), ", ", back, " ", later(R, loc), "\n",
            "- ", deliv, ": ", L("address", addr(R, loc)), "\n",
            "- ", L("person", kid.given), R.choice([" 🐱 ", " & the cat ", " "]), {"de": "kommt Donnerstag kurz vorbei", "nl": "komt donderdag even langs", "sv": "tittar in på torsdag", "da": "kigger forbi torsdag", "en": "pops in on Thursday"}[lang], "\n",
            "— ", L("person", fam.full()), ", ", PH(R, loc, intl=True)]
    return "notes", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T13 moving-house address-change lists
MOVE = {
    "DE": ("de", "Umzug – Adressänderungen", "alt", "neu", "erledigt", "offen", ["Strom (Vertragskonto {CN})", "Internet/Telefon (Kundennr. {CN})", "Rundfunkbeitrag (Beitragsnr. {CN})", "Krankenkasse", "Bank", "Kfz-Versicherung (Vertrag {CN})"], "Ummeldung Bürgeramt am", ["Mach mir daraus eine Checkliste, was ich noch erledigen muss.", "Hab ich bei der Ummeldung was vergessen?"]),
    "GB": ("en", "Moving house – who to tell", "old", "new", "done", "to do", ["Council tax (account {CN})", "Electricity – Northvale (acct {CN})", "Broadband (acct {CN})", "DVLA", "GP surgery", "TV Licence ({CN})"], "Moving day", ["Turn this into a checklist of what's left.", "Who have I forgotten to tell?"]),
    "US": ("en", "Change of address list", "old", "new", "done", "todo", ["Power co. (acct {CN})", "Internet (acct {CN})", "USPS forwarding (conf. {CN})", "Renter's insurance (policy {CN})", "Bank", "DMV"], "Move date", ["Can you make a checklist out of this?", "What else should I update after moving?"]),
    "FR": ("fr", "Déménagement – changements d'adresse", "ancienne", "nouvelle", "fait", "à faire", ["Électricité (réf. client {CN})", "Box internet (n° client {CN})", "Assurance habitation (contrat {CN})", "CAF", "Impôts", "Banque"], "Déménagement le", ["Tu peux me faire une checklist de ce qu'il reste ?", "J'ai oublié quelqu'un ?"]),
    "NL": ("nl", "Verhuizing – adreswijzigingen", "oud", "nieuw", "gedaan", "nog doen", ["Energie (klantnr. {CN})", "Internet (klantnr. {CN})", "Zorgverzekering (relatienr. {CN})", "Gemeente", "Bank", "Waterbedrijf ({CN})"], "Verhuisdatum", ["Maak hier een checklist van.", "Wie moet ik nog doorgeven?"]),
    "ES": ("es", "Mudanza – cambios de domicilio", "antigua", "nueva", "hecho", "pendiente", ["Luz (contrato {CN})", "Fibra (cliente {CN})", "Agua (póliza {CN})", "Padrón", "Banco", "Seguro del hogar ({CN})"], "Mudanza", ["¿Me haces una checklist con lo pendiente?", "¿Se me olvida algo?"]),
    "IT": ("it", "Trasloco – cambi di indirizzo", "vecchio", "nuovo", "fatto", "da fare", ["Luce (codice cliente {CN})", "Fibra (cliente {CN})", "Gas (contratto {CN})", "Anagrafe", "Banca", "Assicurazione casa ({CN})"], "Trasloco il", ["Mi fai una checklist di cosa manca?", "Ho dimenticato qualcosa?"]),
    "SE": ("sv", "Flytt – adressändringar", "gammal", "ny", "klart", "kvar", ["El (kundnr {CN})", "Bredband (kundnr {CN})", "Hemförsäkring ({CN})", "Skatteverket", "Bank", "Vatten ({CN})"], "Flyttdag", ["Gör en checklista av det här.", "Har jag glömt något?"]),
    "CZ": ("cs", "Stěhování – změny adresy", "stará", "nová", "hotovo", "zbývá", ["Elektřina (zákaznické č. {CN})", "Internet (č. smlouvy {CN})", "Plyn ({CN})", "Úřad", "Banka", "Pojištění ({CN})"], "Stěhování", ["Udělej mi z toho checklist.", "Na co jsem zapomněl?"]),
}


def t_movelist(R, pk):
    loc = cyc("move", MOVE)
    lang, head, old, new, done, todo, items, mday, reqs = MOVE[loc]
    p = pk.person(loc)
    body = [head, " – ", L("person", p.full()), "\n", old, ": ", L("address", addr(R, loc)), "\n", new, ": ", L("address", addr(R, loc)), "\n"]
    if R.random() < 0.5:
        body += ["📞 ", PH(R, loc), " · ✉ ", L("email", email_for(R, p)), "\n"]
    body += [mday, ": ", later(R, loc), "\n\n"]
    its = items[:]
    R.shuffle(its)
    for it in its[:R.randint(4, 6)]:
        body += ["[", R.choice(["x", " "]), "] "] + fmt(it, CN=N(cust_no(R), "customer_number")) + [" – ", R.choice([done, todo]), "\n"]
    if R.random() < 0.4:
        q = pk.person(loc)
        body += [{"de": "Vermieterin neu", "en": "New landlord", "fr": "Nouveau propriétaire", "nl": "Nieuwe verhuurder", "es": "Casero nuevo", "it": "Nuovo proprietario", "sv": "Ny hyresvärd", "cs": "Nový pronajímatel"}[lang], ": ", L("person", q.full()), ", ", PH(R, loc), "\n"]
    if R.random() < 0.3:
        body += ["IBAN: ", IBAN(R, loc) if loc in IBAN_OF else N("—", "blank"), "\n"]
    return "list", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T14 complaints to providers and ombudsmen
COMPL = {
    "GB": ("en", "To: Ombudsman Services: Energy, PO Box 966, Warrington WA4 9DF", "Complaint about Northvale Energy – deadlock letter dated {D}",
           "My name is {ME} and I live at {AD}. Since {D2} Northvale has billed me on estimated readings although I send photos of the meter every month. Account {CN}, complaint ref {CR}. They now want {AMT}. Please contact me on {TP} or {TE}.",
           ["Can you make this ombudsman complaint clearer and shorter?", "Have I included everything they need?"]),
    "IE": ("en", "To: ComReg Consumer Care, One Dockland Central, Dublin 1", "Complaint – broadband not working since {D}",
           "I am {ME}, {AD}. My broadband with Lighthouse Broadband (account {CN}) has dropped daily since {D2}. Ticket {CR} was closed without a fix. My mobile is {TP}, email {TE}.",
           ["Can you make this complaint to ComReg sound stronger?", "Is this the right body to complain to?"]),
    "AU": ("en", "To: Telecommunications Industry Ombudsman", "Complaint re: NBN connection – reference {CR}",
           "Hi, I'm {ME} at {AD}. I've had no working NBN since {D2}. The provider keeps rescheduling the tech (account {CN}). Best contact {TP} / {TE}.",
           ["Tidy this up for the TIO?", "What should I ask for as compensation?"]),
    "DE": ("de", "An: Schlichtungsstelle Energie e. V., Friedrichstraße 133, 10117 Berlin", "Beschwerde gegen Stadtwerke Auenthal – Schlussrechnung vom {D}",
           "Ich, {ME}, wohnhaft {AD}, widerspreche der Schlussrechnung (Vertragskonto {CN}, Ihr Zeichen {CR}). Der Zählerstand bei Auszug am {D2} wurde falsch übernommen; gefordert werden {AMT}. Erreichbar unter {TP}, {TE}.",
           ["Kannst du die Beschwerde an die Schlichtungsstelle besser formulieren?", "Ist das so verständlich?"]),
    "FR": ("fr", "À l'attention du Médiateur national de l'énergie – Libre réponse 59252, 75443 Paris Cedex 09", "Saisine – litige avec Lumière & Gaz du Val",
           "Je soussigné(e) {ME}, demeurant {AD}, conteste la facture de régularisation du {D2} (n° client {CN}, réclamation {CR}) d'un montant de {AMT}. Vous pouvez me joindre au {TP} ou à {TE}.",
           ["Tu peux améliorer ma saisine du médiateur ?", "Est-ce que c'est assez clair ?"]),
    "ES": ("es", "Oficina de Atención al Usuario de Telecomunicaciones – reclamación", "Reclamación contra Gaviota Móvil – expediente {CR}",
           "Yo, {ME}, con domicilio en {AD}, reclamo la facturación de servicios no contratados desde el {D2} (cliente {CN}) por un total de {AMT}. Teléfono de contacto {TP}, correo {TE}.",
           ["¿Me mejoras la reclamación?", "¿Falta algún dato?"]),
    "IT": ("it", "Al CORECOM – istanza di conciliazione (ConciliaWeb)", "Reclamo contro Rondine Fibra – pratica {CR}",
           "Il sottoscritto {ME}, residente in {AD}, lamenta l'interruzione della linea dal {D2} (codice cliente {CN}) e addebiti per {AMT}. Recapiti: {TP}, {TE}.",
           ["Mi sistemi questo reclamo per il CORECOM?", "Va bene scritto così?"]),
    "NL": ("nl", "Aan: De Geschillencommissie – Energie", "Klacht tegen Polderstroom – dossier {CR}",
           "Ik, {ME}, wonende {AD}, ben het niet eens met de eindafrekening van {D2} (klantnummer {CN}, {AMT}). U kunt mij bereiken op {TP} of {TE}.",
           ["Kun je deze klacht zakelijker maken?", "Is dit duidelijk genoeg?"]),
    "BR": ("pt", "Anatel – Registro de reclamação / Procon", "Reclamação contra Sabiá Telecom – protocolo {CR}",
           "Eu, {ME}, moradora/morador em {AD}, estou sem internet desde {D2} (contrato {CN}) e ainda cobraram {AMT}. Contato: {TP}, {TE}.",
           ["Me ajuda a escrever essa reclamação na Anatel?", "Tá bom assim?"]),
    "MX": ("es", "A: PROFECO – Concilianet", "Queja contra Eléctrica Tapatía de Servicios – folio {CR}",
           "Soy {ME} (CURP {CU}), con domicilio en {AD}. Desde el {D2} me cobran un consumo que no corresponde (número de servicio {CN}), en total {AMT}. Mi celular es {TP} y mi correo {TE}.",
           ["¿Me ayudas a redactar mejor la queja para PROFECO?", "¿Está completa mi queja?"]),
    "ZA": ("en", "To: Energy and Water Ombud / ICASA complaints", "Complaint – prepaid meter and fibre outage, ref {CR}",
           "I am {ME} of {AD}. Since {D2} my fibre line has been down and the prepaid meter token (account {CN}) was never credited: {AMT}. Contact me on {TP} or {TE}.",
           ["Can you make this complaint more formal?", "Who should I send this to in South Africa?"]),
    "RO": ("ro", "Către: ANRE – Direcția Relații cu Publicul", "Reclamație împotriva furnizorului Lumina Transilvaniei – nr. {CR}",
           "Subsemnatul/Subsemnata {ME}, domiciliat(ă) în {AD}, contest factura de regularizare din {D2} (cod client {CN}) în valoare de {AMT}. Telefon {TP}, e-mail {TE}.",
           ["Poți să îmbunătățești reclamația asta către ANRE?", "E suficient de clară?"]),
    "PL": ("pl", "Do: Prezes UKE – skarga", "Skarga na Jaskółka Mobile – reklamacja nr {CR}",
           "Ja, {ME}, zam. {AD}, skarżę się na nieuznanie reklamacji z dnia {D2} (nr klienta {CN}) i obciążenie kwotą {AMT}. Kontakt: {TP}, {TE}.",
           ["Poprawisz tę skargę do UKE?", "Czy to brzmi dobrze?"]),
}


def t_complaint(R, pk):
    loc = cyc("compl", COMPL)
    lang, to, subj, txt, reqs = COMPL[loc]
    p = pk.person(loc)
    body = [N(to, "org_address"), "\n", "Subject: " if lang == "en" else "", ] + fmt(subj, D=later(R, loc), CR=N(ref(R, R.choice(["", "C-", "REF", "#"])), "case_ref")) + ["\n\n"]
    body += fmt(txt, ME=L("person", p.full()), AD=L("address", addr(R, loc)), D2=later(R, loc), CN=N(cust_no(R), "customer_number"),
                CR=N(ref(R, R.choice(["", "CS", "T"])), "ticket_no"), AMT=N(money(R, loc, 80, 2400), "amount"), TP=PH(R, loc), TE=L("email", email_for(R, p)),
                CU=gov(R, p, bdate(R), loc) if loc == "MX" else "")
    if R.random() < 0.5:
        body += ["\n", {"en": "The affected line is", "de": "Betroffene Rufnummer:", "fr": "Ligne concernée :", "es": "Línea afectada:", "it": "Linea interessata:", "nl": "Betreffend nummer:", "pt": "Linha afetada:", "pl": "Numer, którego dotyczy:", "ro": "Linia afectată:"}[lang], " ", PH(R, loc, intl=False)]
    if R.random() < 0.4:
        body += ["\n", {"en": "Please refund the overcharge to the card I paid with:", "de": "Bitte erstatten Sie den Betrag auf die Karte, mit der ich gezahlt habe:", "fr": "Merci de rembourser sur la carte utilisée :",
                         "es": "Solicito el reembolso en la tarjeta con la que pagué:", "it": "Chiedo il rimborso sulla carta usata per il pagamento:", "nl": "Graag terugstorten op de kaart waarmee ik betaalde:",
                         "pt": "Peço o estorno no cartão usado:", "pl": "Proszę o zwrot na kartę, którą płaciłem:", "ro": "Vă rog să returnați suma pe cardul folosit:"}[lang], " ", CARD(R)]
    body += ["\n\n", L("person", p.full())]
    return R.choice(["letter", "email"]), lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T15 rental forms in CJK and Russian
def t_cjk(R, pk):
    loc = R.choice(["JP", "CN", "CN", "KR", "KR", "RU"])
    p = pk.person(loc)
    d = bdate(R, 1960, 2004)
    if loc == "JP":
        g, gp = pk.person("JP"), None
        body = ["入居申込書（", N("物件番号 " + ref(R, "R-"), "listing_ref"), "）\n",
                "申込者氏名：", L("person", R.choice([p.full(), p.spaced()])), "\n", "生年月日：", DOB(R, d, loc), "\n",
                "現住所：", L("address", addr(R, loc)), "\n", "携帯電話：", PH(R, loc), "\n", "メール：", L("email", email_for(R, p)), "\n",
                "勤務先：", N(R.choice(["株式会社ひかり物流", "みどり総合病院", "市役所"]), "employer"), "（年収 ", N(money(R, loc, 3000000, 7000000), "amount"), "）\n",
                "緊急連絡先：", L("person", g.full()), "（", R.choice(["父", "母", "兄", "姉"]), "） ", PH(R, loc), "\n",
                "入居希望日：", later(R, loc), "　家賃 ", N(money(R, loc, 58000, 140000), "amount"), "・敷金1ヶ月"]
        reqs = ["この入居申込書、記入漏れがないか確認してください。", "保証会社の審査に通りそうですか？"]
        return "form", "ja", loc, wrap(R, reqs, body)
    if loc == "CN":
        city = R.choice(sorted(CN_AREA))
        ll = pk.person("CN")
        body = ["房屋租赁合同（节选）\n", "出租方（甲方）：", L("person", ll.full()), "，身份证号：", gov(R, ll, bdate(R, 1955, 1985), "CN", R.choice(list(CN_AREA.values()))), "，电话：", PH(R, "CN"), "\n",
                "承租方（乙方）：", L("person", p.full()), "，身份证号：", gov(R, p, d, "CN", CN_AREA[city]), "，电话：", PH(R, "CN"), "\n",
                "房屋地址：", L("address", addr(R, "CN")), "\n", "租期：", later(R, "CN"), "起一年，月租金", N(money(R, loc, 2200, 9800), "amount"), "，押一付三。\n",
                "水表号：", N(meter_no(R), "meter_number"), "，电表号：", N(digits(R, 12), "meter_number"), "，物业电话：", org_line(R, "CN")]
        reqs = ["帮我看看这个租房合同有没有问题。", "押一付三正常吗？帮我检查一下合同。"]
        return "contract", "zh", loc, wrap(R, reqs, body)
    if loc == "KR":
        ll = pk.person("KR")
        body = ["주택임대차계약서 (전세)\n", "임대인: ", L("person", ll.full()), " / 주민등록번호 ", gov(R, ll, bdate(R, 1950, 1985), "KR"), " / 연락처 ", PH(R, "KR"), "\n",
                "임차인: ", L("person", p.full()), " / 주민등록번호 ", gov(R, p, d, "KR"), " / 연락처 ", PH(R, "KR"), "\n",
                "소재지: ", L("address", addr(R, "KR")), "\n", "보증금: ", N(money(R, loc, 150000, 450000), "amount"), " / 계약일: ", later(R, "KR"), "\n",
                "공인중개사: ", N(R.choice(["하늘공인중개사사무소", "푸른부동산", "새봄공인중개"]), "org"), " ", org_line(R, "KR")]
        reqs = ["이 전세 계약서에 위험한 부분 있는지 봐 줘.", "특약 사항 뭐 더 넣어야 할까?"]
        return "contract", "ko", loc, wrap(R, reqs, body)
    ll = pk.person("RU")
    dl = bdate(R, 1950, 1985)
    rk = R.choice([("СНИЛС", None), ("ИНН", "inn")])
    body = ["ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ\n", "Наймодатель: ", L("person", ll.formal()), ", ", DOB(R, dl, "RU"), " рождения, паспорт ", gov_ru_passport(R), ", ", rk[0], " ", gov(R, ll, dl, "RU", rk[1]), "\n",
            "Наниматель: ", L("person", p.formal()), ", дата рождения ", DOB(R, d, "RU"), ", тел. ", PH(R, "RU"), "\n",
            "Адрес квартиры: ", L("address", addr(R, "RU")), "\n", "Плата: ", N(money(R, loc, 25000, 80000), "amount"), " в месяц на карту ", CARD(R, R.choice(["mir", "visa", "mastercard"])), "\n",
            "Лицевой счёт ЖКХ: ", N(cust_no(R), "customer_number"), ", показания счётчиков на ", later(R, "RU"), ": ХВС ", N(str(R.randint(100, 999)), "meter_reading"), ", ГВС ", N(str(R.randint(100, 999)), "meter_reading")]
    reqs = ["Проверь договор найма, всё ли нормально?", "Что ещё стоит добавить в договор?"]
    return "contract", "ru", loc, wrap(R, reqs, body)


def gov_ru_passport(R):
    return L("gov_id", "%02d %02d %06d" % (R.randint(1, 99), R.randint(0, 25), R.randint(100000, 999999)), sub="ru_passport")


# ---------------------------------------------------------------- T16 flatmate and building tables
def t_table(R, pk):
    loc, lang = R.choice([("GB", "en"), ("US", "en"), ("DE", "de"), ("FR", "fr"), ("NL", "nl"), ("ES", "es"), ("IT", "it"), ("SE", "sv"), ("AT", "de")])
    hdr = {"en": ("Name", "Room/Flat", "Mobile", "Email", "Share", "IBAN"), "de": ("Name", "Zimmer/Whg", "Handy", "E-Mail", "Anteil", "IBAN"),
           "fr": ("Nom", "Chambre/Lot", "Portable", "Mail", "Part", "IBAN"), "nl": ("Naam", "Kamer", "Mobiel", "E-mail", "Deel", "IBAN"),
           "es": ("Nombre", "Habitación", "Móvil", "Correo", "Parte", "IBAN"), "it": ("Nome", "Stanza", "Cellulare", "E-mail", "Quota", "IBAN"), "sv": ("Namn", "Rum", "Mobil", "E-post", "Andel", "IBAN")}[lang]
    reqs = {"en": ["Can you work out who owes what for the energy bill from this?", "Turn this into a neat table please"], "de": ["Kannst du ausrechnen, wer wie viel für die Nebenkosten zahlt?", "Mach eine ordentliche Tabelle daraus."],
            "fr": ["Tu peux calculer qui doit combien pour la facture ?", "Mets ça en tableau propre."], "nl": ["Kun je uitrekenen wie wat moet betalen?", "Maak hier een nette tabel van."],
            "es": ["¿Me calculas cuánto debe cada uno de la factura?", "Hazme una tabla bonita."], "it": ["Mi calcoli quanto deve ciascuno per la bolletta?", "Fammi una tabella ordinata."],
            "sv": ["Kan du räkna ut vem som ska betala vad för elräkningen?", "Gör en snygg tabell."]}[lang]
    style = R.choice(["csv", "tsv", "md"])
    sep = {"csv": ";", "tsv": "\t", "md": " | "}[style]
    withib = loc in IBAN_OF and R.random() < 0.6
    cols = list(hdr[:5]) + ([hdr[5]] if withib else [])
    rows = [sep.join(cols)]
    if style == "md":
        rows = ["| " + rows[0] + " |", "|" + "---|" * len(cols)]
    body = []
    for r in rows:
        body += [r, "\n"]
    for i in range(R.randint(3, 4)):
        p = pk.person(loc)
        cells = [L("person", p.full()), N(str(R.randint(1, 30)) if loc != "US" else "Apt " + str(R.randint(1, 30)), "unit_no"), PH(R, loc, intl=False) if R.random() < 0.85 else "",
                 L("email", email_for(R, p)) if R.random() < 0.7 else "", N(money(R, loc, 20, 160), "amount")]
        if withib:
            cells.append(IBAN(R, loc, style="c") if R.random() < 0.8 else "")
        line = []
        for j, c in enumerate(cells):
            if j:
                line.append(sep)
            line.append(c)
        if style == "md":
            line = ["| "] + line + [" |"]
        body += line + ["\n"]
    body += ["\n", N("Total " + money(R, loc, 150, 700), "amount"), " · ", N(ref(R, "INV-"), "invoice_no")]
    return style if style != "md" else "table", lang, loc, wrap(R, reqs, body)


# ---------------------------------------------------------------- T17 deposit and rent-guarantee forms
GUAR = {
    "DE": ("de", "Antrag Mietkautionsbürgschaft (Kautionskasse Nord)", "Mieter/in", "Geburtsdatum", "Neue Mietadresse", "Vermieter/in", "Kautionsbetrag", "Jahresbeitrag per Lastschrift von", ["Lohnt sich die Kautionsbürgschaft oder lieber Barkaution?", "Hab ich den Antrag richtig ausgefüllt?"]),
    "FR": ("fr", "Demande de garantie Visale / acte de cautionnement", "Locataire", "Date de naissance", "Logement loué", "Caution solidaire", "Loyer charges comprises", "Frais payés par carte", ["Tu peux vérifier l'acte de caution de mon père ?", "C'est bien rempli ?"]),
    "GB": ("en", "Rent guarantor form – Quayside Lettings", "Tenant", "Date of birth", "Property", "Guarantor", "Monthly rent", "Referencing fee paid by card", ["Can you check my guarantor form before my mum signs it?", "Is my dad liable for the whole rent with this?"]),
    "ES": ("es", "Seguro de impago / aval para el alquiler", "Inquilino/a", "Fecha de nacimiento", "Vivienda", "Avalista", "Renta mensual", "Domiciliación de la prima", ["¿Me revisas el formulario del aval?", "¿Qué responsabilidad tiene mi avalista?"]),
    "IT": ("it", "Garanzia fideiussoria per locazione", "Conduttore", "Data di nascita", "Immobile", "Garante", "Canone mensile", "Premio addebitato su", ["Mi controlli la fideiussione?", "Mio padre cosa rischia come garante?"]),
}


def t_guarantee(R, pk):
    loc = cyc("guar", GUAR)
    lang, head, ten, dbw, prop, gua, rent, pay, reqs = GUAR[loc]
    t = pk.person(loc)
    g = pk.person(loc, family=t.family if R.random() < 0.6 else None)
    dt, dg = bdate(R, 1990, 2006), bdate(R, 1950, 1978)
    body = [head, "\n", ten, ": ", L("person", t.full()), ", ", dbw, " ", DOB(R, dt, loc), "\n", prop, ": ", L("address", addr(R, loc)), "\n",
            rent, ": ", N(money(R, loc, 450, 1600), "amount"), "\n",
            gua, ": ", L("person", g.full()), ", ", dbw, " ", DOB(R, dg, loc), ", ", L("address", addr(R, loc)), ", ", PH(R, loc), "\n"]
    if R.random() < 0.7:
        body += ["NI number: " if loc == "GB" else {"DE": "Steuer-ID: ", "FR": "N° fiscal : ", "ES": "DNI: ", "IT": "C.F.: "}[loc], gov(R, g, dg, loc, None if loc != "IT" else R.choice(TOWNS["IT"])[3]), "\n"]
    if loc in ("GB", "FR"):
        body += [pay, ": ", CARD(R), " (", N("CVV " + code(R, 3), "card_cvc"), ")\n"]
    else:
        body += [pay, ": ", IBAN(R, loc), "\n"]
    body += [N(ref(R, R.choice(["KB-", "VIS", "GU", "AV-"])), "policy_no"), " · ", later(R, loc)]
    return "form", lang, loc, wrap(R, reqs, body)


# ====================================================================== clean templates
def c_notice(R, pk):
    loc, lang = R.choice([("DE", "de"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("NL", "nl"), ("GB", "en"), ("PL", "pl"), ("SE", "sv"), ("CZ", "cs"), ("GR", "el")])
    firm, dom = FIRMS.get(loc, ("Quayside Lettings Ltd", "quayside-lettings.co.uk"))
    t = {
        "de": "Aushang an alle Bewohner:innen\nAm {D} wird zwischen {T1} und {T2} Uhr das Wasser im gesamten Haus abgestellt (Austausch der Steigleitung). Bitte Wasser vorher abfüllen. Die Heizkostenablesung durch die Firma Thermowatt findet am {D2} statt. Rückfragen: {FIRM}, {LINE}, {MAIL}. Ticket {REF}.",
        "fr": "Avis aux résidents\nLe {D}, de {T1} à {T2}, l'eau sera coupée dans tout l'immeuble (remplacement de la colonne montante). Le relevé des répartiteurs de chauffage aura lieu le {D2}. Contact : {FIRM}, {LINE}, {MAIL}. Intervention n° {REF}.",
        "es": "Aviso a los vecinos\nEl {D}, de {T1} a {T2}, se cortará el agua en todo el edificio por obras en la bajante. La lectura de contadores será el {D2}. Dudas: {FIRM}, {LINE}, {MAIL}. Parte {REF}.",
        "it": "Avviso ai condòmini\nIl {D} dalle {T1} alle {T2} sarà sospesa l'erogazione dell'acqua per lavori sulla colonna montante. La lettura dei ripartitori è prevista il {D2}. Info: {FIRM}, {LINE}, {MAIL}. Intervento {REF}.",
        "nl": "Mededeling aan alle bewoners\nOp {D} is tussen {T1} en {T2} uur het water in het hele gebouw afgesloten (vervanging stijgleiding). De meteropname is op {D2}. Vragen: {FIRM}, {LINE}, {MAIL}. Werkorder {REF}.",
        "en": "Notice to all residents\nOn {D} the water supply to the building will be off between {T1} and {T2} while the rising main is replaced. Meter readers will visit on {D2}. Questions: {FIRM}, {LINE}, {MAIL}. Job ref {REF}.",
        "pl": "Ogłoszenie dla mieszkańców\nW dniu {D} w godz. {T1}–{T2} nastąpi przerwa w dostawie wody (wymiana pionu). Odczyt podzielników odbędzie się {D2}. Kontakt: {FIRM}, {LINE}, {MAIL}. Zlecenie {REF}.",
        "sv": "Information till de boende\nDen {D} mellan {T1} och {T2} stängs vattnet av i hela huset (byte av stamledning). Avläsning av mätare sker {D2}. Frågor: {FIRM}, {LINE}, {MAIL}. Ärende {REF}.",
        "cs": "Oznámení pro obyvatele domu\nDne {D} od {T1} do {T2} bude v celém domě uzavřena voda (výměna stoupačky). Odečet měřičů proběhne {D2}. Dotazy: {FIRM}, {LINE}, {MAIL}. Zakázka {REF}.",
        "el": "Ανακοίνωση προς τους ενοίκους\nΣτις {D}, από {T1} έως {T2}, θα διακοπεί η υδροδότηση λόγω εργασιών. Η καταμέτρηση θερμιδομετρητών θα γίνει στις {D2}. Πληροφορίες: {FIRM}, {LINE}, {MAIL}. Αρ. εργασίας {REF}.",
    }[lang]
    h = R.randint(7, 10)
    body = fmt(t, D=later(R, loc), D2=later(R, loc), T1=N("%02d:%02d" % (h, R.choice([0, 30])), "time"), T2=N("%02d:%02d" % (h + R.randint(2, 6), R.choice([0, 30])), "time"),
               FIRM=N(firm, "org"), LINE=org_line(R, loc), MAIL=role_mail(R, loc, dom), REF=N(ref(R, R.choice(["", "WO-", "#"])), "ticket_no"))
    return "notice", lang, loc, body + ["\n\n", R.choice({"de": ["Was heißt das für mich?", "Kannst du das kurz zusammenfassen?"], "fr": ["Ça veut dire quoi pour moi ?"], "es": ["¿Qué tengo que hacer?"], "it": ["Cosa devo fare?"],
                                                             "nl": ["Wat moet ik hiermee?"], "en": ["What do I need to do?", "Summarise this please"], "pl": ["Co mam zrobić?"], "sv": ["Vad betyder det för mig?"], "cs": ["Co mám udělat?"], "el": ["Τι πρέπει να κάνω;"]}[lang])]


def c_tariff(R, pk):
    loc, lang = R.choice([("DE", "de"), ("GB", "en"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("NL", "nl"), ("PL", "pl"), ("US", "en"), ("AU", "en"), ("JP", "ja"), ("SE", "sv"), ("DK", "da"), ("CZ", "cs")])
    q = {"en": "Which of these is cheaper for 2,800 kWh a year?", "de": "Welcher Tarif ist bei 2.800 kWh im Jahr günstiger?", "fr": "Lequel est le moins cher pour 2 800 kWh par an ?", "es": "¿Cuál sale más barato con 2.800 kWh al año?",
         "it": "Quale conviene con 2.800 kWh all'anno?", "nl": "Welke is goedkoper bij 2.800 kWh per jaar?", "pl": "Która taryfa jest tańsza przy 2800 kWh rocznie?", "ja": "年間2800kWhならどのプランが安いですか？", "sv": "Vilket avtal är billigast för 2 800 kWh per år?",
         "da": "Hvilken er billigst ved 2.800 kWh om året?", "cs": "Který tarif je levnější při 2 800 kWh ročně?"}[lang]
    rows = []
    for nm in R.sample(["Basic Fix 12", "Öko Flex", "Tempo Bleu", "Tarifa Noche", "Luce Fissa 24", "Groene Stroom Vast", "G12w", "Green Saver", "Go Variable", "スマートプラン", "Fastpris 1 år", "Spot Plus", "Tarif D25d"], 3):
        rows += ["| ", N(nm, "tariff_name"), " | ", N(money(R, loc, 5, 60), "amount"), " | ", N("%d.%02d" % (R.randint(0, 40), R.randint(0, 99)), "unit_price"), " | ", N("%d" % R.choice([12, 24, 0, 36]), "term"), " |\n"]
    hd = {"de": "| Tarif | Grundpreis | Arbeitspreis | Laufzeit |", "fr": "| Offre | Abonnement | Prix kWh | Durée |", "es": "| Tarifa | Término fijo | Precio kWh | Permanencia |",
          "it": "| Offerta | Quota fissa | Prezzo kWh | Durata |", "nl": "| Tarief | Vastrecht | kWh-prijs | Looptijd |", "pl": "| Taryfa | Opłata stała | Cena kWh | Okres |",
          "ja": "| プラン | 基本料金 | 単価 | 期間 |", "sv": "| Avtal | Fast avgift | Pris/kWh | Bindningstid |", "da": "| Aftale | Abonnement | Pris/kWh | Binding |",
          "cs": "| Tarif | Stálý plat | Cena kWh | Závazek |"}.get(lang, "| Tariff | Standing charge | Unit | Term |")
    body = [hd, "\n|---|---|---|---|\n"] + rows + ["\n", q]
    return "table", lang, loc, body


HELP = [
    ("de", "DE", "So füllen Sie das Formular aus: Name (z. B. {S1}), IBAN im Format {SIB}, Marktlokations-ID (11 Ziffern, steht auf Ihrer Rechnung, z. B. {SM}). Geburtsdatum im Format TT.MM.JJJJ. Bei Fragen: {LINE}."),
    ("en", "GB", "How to fill in this form: enter your name as on your bank account (e.g. {S2}), your 13-digit MPAN (looks like {SM}), and your sort code and account number (e.g. 00-00-00 / 00000000). Your PAC is 9 characters, e.g. ABC123456. Helpline {LINE}."),
    ("fr", "FR", "Comment remplir : nom et prénom (ex. {S3}), numéro PDL à 14 chiffres (ex. {SM}), IBAN au format {SIB}. Le code RIO se compose de 12 caractères (ex. 01PXXXXXXXXX). Service client : {LINE}."),
    ("es", "ES", "Cómo rellenar el formulario: nombre completo (p. ej. {S4}), DNI con letra (p. ej. 00000000T), CUPS de 20 o 22 caracteres (ES0000000000000000XX) e IBAN ({SIB}). Atención al cliente: {LINE}."),
    ("it", "IT", "Come compilare: cognome e nome (es. {S5}), codice fiscale di 16 caratteri (es. RSSMRA80A01H501U), codice POD (IT001E00000000) e IBAN ({SIB}). Numero verde {LINE}."),
    ("nl", "NL", "Zo vult u het formulier in: naam (bijv. {S6}), EAN-code van 18 cijfers (871687...), IBAN ({SIB}) en uw BSN alleen als daarom gevraagd wordt (9 cijfers, bijv. 000000000). Klantenservice {LINE}."),
    ("pl", "PL", "Jak wypełnić wniosek: imię i nazwisko (np. {S7}), PESEL (11 cyfr, np. 00000000000), numer PPE z faktury i rachunek {SIB}. Infolinia {LINE}."),
    ("en", "US", "How to port your number: enter the account holder name (e.g. {S8}), the account number and transfer PIN from your old carrier (NOT your voicemail PIN), and the billing ZIP. Example SSN field: XXX-XX-XXXX (last 4 only). Support {LINE}."),
]
SAMPLE = {"S1": "Max Mustermann", "S2": "Joe Bloggs", "S3": "Jean Dupont", "S4": "Juan Español Español", "S5": "Mario Rossi", "S6": "Jan Jansen", "S7": "Jan Kowalski", "S8": "John Doe"}


def c_help(R, pk):
    lang, loc, t = R.choice(HELP)
    kw = {k: N(v, "sample_name") for k, v in SAMPLE.items()}
    kw.update(SIB=N(R.choice(["DE00 0000 0000 0000 0000 00", "FR00 0000 0000 0000 0000 0000 000", "XX00 0000 0000 0000 0000", "ES00 0000 0000 0000 0000 0000", "IT00 X000 0000 0000 0000 0000 000", "NL00 BANK 0000 0000 00", "PL00 0000 0000 0000 0000 0000 0000"]), "sample_iban"),
              SM=N(R.choice(["12 3456 7890 123", "00000000000", "01234567890123", "1234567890123", "5XXXXXXXXXX"]), "sample_id"), LINE=org_line(R, loc))
    body = fmt(t, **kw)
    q = {"de": ["Wo finde ich diese Nummer?", "Was genau muss ich hier eintragen?"], "en": ["Where do I find this number?", "What do they actually want here?"], "fr": ["Où je trouve ce numéro ?"], "es": ["¿Dónde encuentro este número?"],
         "it": ["Dove trovo questo codice?"], "nl": ["Waar vind ik dat nummer?"], "pl": ["Gdzie znajdę ten numer?"]}[lang]
    extra = N(" (%s)" % later(R, loc).text, "date_not_dob") if R.random() < 0.6 else ""
    return "faq", lang, loc, [R.choice(q), "\n\n"] + body + [extra]


FAMOUS = [
    ("en", "Is the Barbican Estate a good place to rent? My friend says living in a Brutalist icon is loud. Also, May I ask whether service charges there cover heating? Will the leaseholders vote on the new windows this year?"),
    ("de", "Wie viele Wohnungen hat der Karl-Marx-Hof eigentlich, und kann man da heute noch als Gemeindemieter einziehen? Und stimmt es, dass das Hundertwasserhaus keine geraden Böden hat?"),
    ("fr", "La Cité radieuse de Le Corbusier à Marseille, on peut y louer un appartement ? Et la rue Jean-Jaurès près de chez moi, c'est un bon quartier pour une colocation ?"),
    ("es", "¿Se puede alquilar un piso en la Casa Milà de Gaudí o son todo oficinas? ¿Y qué es exactamente la Ley de Arrendamientos Urbanos que menciona mi casero?"),
    ("it", "Il Bosco Verticale di Stefano Boeri ha spese condominiali altissime? E quanto costa in media l'affitto in via Giuseppe Verdi a Trieste?"),
    ("nl", "Klopt het dat je in de Kubuswoningen van Piet Blom kunt huren? En wat is het verschil tussen sociale huur en middenhuur?"),
    ("en", "What did Frank Lloyd Wright actually think about open-plan living? I'm designing my flat share layout and Hope Street Architects suggested something similar."),
    ("sv", "Hur fungerar bostadskön i Stockholm egentligen? Och är det sant att Alvar Aalto ritade hyreshus i Sverige?"),
    ("pl", "Czy w mieszkaniach na osiedlu im. Juliusza Słowackiego nadal działa spółdzielnia? I jak się liczy czynsz w TBS?"),
    ("ja", "同潤会アパートってまだ残っていますか？安藤忠雄の住吉の長屋みたいな家に住むのは寒いですか？"),
    ("zh", "北京的四合院现在还能租吗？梁思成当年提出的保护方案现在怎么样了？"),
    ("ko", "서울에서 전세랑 월세 중에 뭐가 더 나아? 요즘 전세사기 뉴스가 많아서 걱정돼."),
    ("en", "Why do UK energy bills have a standing charge at all? Ofgem's price cap explainer mentions it but doesn't say who decides. Grant schemes like ECO4 – are they still open?"),
    ("de", "Was ist der Unterschied zwischen Grundversorgung und Sondervertrag? Und warum heißt die Bundesnetzagentur-Schlichtung eigentlich so?"),
    ("cs", "Jak funguje zálohová platba za elektřinu u ČEZ a proč mi ji zvýšili? Dá se to změnit přes aplikaci?"),
    ("da", "Hvordan fungerer boligstøtte, hvis man bor i andelsbolig? Og tæller varmeregningen med?"),
    ("el", "Πώς λειτουργεί το «Ανακαινίζω – Νοικιάζω»; Ισχύει ακόμη για παλιά διαμερίσματα στην Αθήνα;"),
    ("ro", "Cum funcționează plafonarea prețului la energie în România anul ăsta? Se aplică și la gaze?"),
    ("tr", "Kira artışında yüzde 25 sınırı hâlâ geçerli mi? Ev sahibi daha fazlasını isteyebilir mi?"),
    ("ru", "Как в Москве работает программа реновации? Можно ли отказаться от переезда в новый дом?"),
]


QCTX = {
    "en": ["I'm renting for the first time and trying to understand how it all works.", "Asking for a friend who is moving next spring.", "Just curious, we were arguing about it at dinner.", "Short answer is fine, no need for sources."],
    "de": ["Ich miete zum ersten Mal und blicke noch nicht ganz durch.", "Frage für eine Freundin, die nächstes Jahr umzieht.", "Kurze Antwort reicht, danke!", "Wir haben gestern beim Abendessen darüber gestritten."],
    "fr": ["Je loue pour la première fois et je m'y perds un peu.", "C'est pour une amie qui déménage au printemps.", "Une réponse courte me suffit, merci !"],
    "es": ["Es la primera vez que alquilo y estoy un poco perdida.", "Pregunto por un amigo que se muda en primavera.", "Con una respuesta corta me vale, gracias."],
    "it": ["È la prima volta che prendo casa in affitto e sono un po' confuso.", "Chiedo per un'amica che trasloca in primavera.", "Basta una risposta breve, grazie."],
    "nl": ["Ik huur voor het eerst en snap er nog weinig van.", "Vraag voor een vriend die volgend jaar verhuist.", "Kort antwoord is prima, dank je!"],
    "sv": ["Jag hyr för första gången och förstår inte riktigt hur det funkar.", "Frågar åt en kompis som ska flytta i vår.", "Ett kort svar räcker, tack!"],
    "pl": ["Pierwszy raz wynajmuję i trochę się gubię.", "Pytam w imieniu znajomej, która się przeprowadza.", "Wystarczy krótka odpowiedź, dzięki."],
    "ja": ["初めての一人暮らしなので、いろいろ調べています。", "友人が来年引っ越すので代わりに聞いています。", "短い答えで大丈夫です。"],
    "zh": ["我第一次在外面租房，想多了解一下。", "替朋友问的，他明年要搬家。", "简单回答就好，谢谢。"],
    "ko": ["처음으로 자취를 시작해서 잘 몰라.", "친구가 내년에 이사 가서 대신 물어보는 거야.", "짧게 대답해 줘도 돼."],
    "cs": ["Poprvé bydlím v nájmu a moc se v tom nevyznám.", "Ptám se za kamarádku, která se stěhuje.", "Stačí krátká odpověď, díky."],
    "da": ["Jeg lejer for første gang og forstår det ikke helt.", "Jeg spørger for en ven, der flytter til foråret.", "Et kort svar er fint, tak."],
    "el": ["Νοικιάζω για πρώτη φορά και μπερδεύομαι λίγο.", "Ρωτάω για μια φίλη που μετακομίζει την άνοιξη.", "Μια σύντομη απάντηση αρκεί, ευχαριστώ."],
    "ro": ["Închiriez prima dată și nu prea mă descurc.", "Întreb pentru o prietenă care se mută la primăvară.", "Un răspuns scurt e suficient, mersi."],
    "tr": ["İlk defa kiracı oluyorum, pek anlamıyorum.", "Baharda taşınacak bir arkadaşım için soruyorum.", "Kısa bir cevap yeterli, teşekkürler."],
    "pt": ["É a primeira vez que alugo casa e ainda estou perdida.", "Pergunto por um amigo que se muda na primavera.", "Uma resposta curta chega, obrigado."],
    "ru": ["Впервые снимаю жильё и пока плохо разбираюсь.", "Спрашиваю для подруги, она весной переезжает.", "Достаточно короткого ответа, спасибо."],
}


def c_question(R, pk):
    lang, t = R.choice(FAMOUS)
    loc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "sv": "SE", "pl": "PL", "ja": "JP", "zh": "CN", "ko": "KR", "cs": "CZ", "da": "DK", "el": "GR", "ro": "RO", "tr": "TR", "ru": "RU"}[lang]
    tail0 = R.choice(QCTX[lang])
    tail = R.choice(["", " 🙏", " Thanks!" if lang == "en" else "", " " + money(R, loc, 400, 1800) + "?", " (" + str(R.randint(2, 9)) + ")", "\n\n" + N("P.S. %d m², %s" % (R.randint(30, 120), money(R, loc, 300, 2500)), "amount").text])
    tail1 = R.choice([c for c in QCTX[lang] if c != tail0])
    return "question", lang, loc, [t, " ", tail0, " ", tail1, tail]


def c_masked(R, pk):
    loc, lang = R.choice([("DE", "de"), ("GB", "en"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("NL", "nl"), ("BE", "nl"), ("PT", "pt"), ("PL", "pl"), ("AT", "de")])
    w = {"de": ("Ihre Abschlagszahlung", "Kundennummer", "Zähler", "wird abgebucht von", "am", "Karte"), "en": ("Your payment plan", "Account", "Meter", "will be collected from", "on", "Card"),
         "fr": ("Votre échéancier", "N° client", "Compteur", "sera prélevé sur", "le", "Carte"), "es": ("Su plan de pagos", "Cliente", "Contador", "se cargará en", "el", "Tarjeta"),
         "it": ("Il tuo piano rate", "Codice cliente", "Contatore", "addebitato su", "il", "Carta"), "nl": ("Uw termijnbedrag", "Klantnummer", "Meter", "wordt afgeschreven van", "op", "Kaart"),
         "pt": ("O seu plano", "Cliente", "Contador", "débito na conta", "a", "Cartão"), "pl": ("Twój harmonogram", "Nr klienta", "Licznik", "pobierany z", "dnia", "Karta")}[lang]
    body = [w[0], ": ", N(money(R, loc, 30, 240), "amount"), "\n", w[1], ": ", N(cust_no(R), "customer_number"), " · ", w[2], ": ", N(meter_no(R), "meter_number"), "\n",
            w[3], " ", iban_masked(R, loc), " ", w[4], " ", later(R, loc), "\n", w[5], ": ", card_masked(R), " (", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), ")\n",
            N(ref(R, "SEPA-"), "mandate_ref"), " · ", org_line(R, loc)]
    q = {"de": "Ist das der richtige Betrag?", "en": "Is this right? It went up again.", "fr": "C'est normal que ça augmente ?", "es": "¿Por qué ha subido?", "it": "Perché è aumentato?", "nl": "Klopt dit bedrag?", "pt": "Porque é que subiu?", "pl": "Dlaczego to wzrosło?"}[lang]
    return "screenshot", lang, loc, [q, "\n\n"] + body


def c_manual(R, pk):
    lang, loc = R.choice([("en", "GB"), ("de", "DE"), ("fr", "FR"), ("nl", "NL"), ("it", "IT"), ("es", "ES"), ("en", "US")])
    gw = R.choice(["192.168.178.1", "192.168.1.1", "192.168.0.1"])
    t = {"en": "Quick start: connect to the Wi-Fi printed on the label, open http://{GW} and log in with the password on the sticker (default: {PH}). DHCP hands out {RANGE}. Test with ping {DOC} (documentation range) or {RES}. Port-forward example: 203.0.113.10:443 → {DOC2}.",
         "de": "Kurzanleitung: Mit dem WLAN vom Typenschild verbinden, http://{GW} öffnen, Kennwort vom Aufkleber eingeben (Beispiel: {PH}). DHCP-Bereich {RANGE}. Test: ping {RES}. Beispiel-Portfreigabe 198.51.100.7:8080 → {DOC2}.",
         "fr": "Démarrage rapide : connectez-vous au Wi-Fi indiqué sur l'étiquette, ouvrez http://{GW}, mot de passe sur l'autocollant (exemple : {PH}). Plage DHCP {RANGE}. Test : ping {RES}. Exemple NAT : {DOC} → {DOC2}.",
         "nl": "Snelstart: verbind met de wifi op het label, open http://{GW} en log in met het wachtwoord op de sticker (voorbeeld: {PH}). DHCP-bereik {RANGE}. Test met ping {RES}. Voorbeeld: {DOC} → {DOC2}.",
         "it": "Guida rapida: collegati al Wi-Fi indicato sull'etichetta, apri http://{GW}, password sull'adesivo (esempio: {PH}). Intervallo DHCP {RANGE}. Prova ping {RES}. Esempio: {DOC} → {DOC2}.",
         "es": "Inicio rápido: conéctate al Wi-Fi de la etiqueta, abre http://{GW}, contraseña de la pegatina (ejemplo: {PH}). Rango DHCP {RANGE}. Prueba: ping {RES}. Ejemplo: {DOC} → {DOC2}."}[lang]
    base = gw.rsplit(".", 1)[0]
    body = fmt(t, GW=N(gw, "default_gateway"), PH=N(R.choice(["<your-password>", "admin", "XXXX-XXXX", "${ROUTER_PASS}", "********"]), "placeholder"),
               RANGE=N("%s.%d–%s.%d" % (base, R.choice([20, 100]), base, R.choice([199, 200, 254])), "dhcp_range"), DOC=N("192.0.2.%d" % R.randint(1, 254), "doc_ip"),
               DOC2=N("198.51.100.%d:%d" % (R.randint(1, 254), R.choice([443, 8443, 32400])), "doc_ip"), RES=N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8", "2001:db8::1"]), "public_resolver"))
    q = {"en": "I don't get step 3, can you explain?", "de": "Schritt 3 versteh ich nicht, kannst du das erklären?", "fr": "Je ne comprends pas l'étape 3.", "nl": "Stap 3 snap ik niet.", "it": "Non capisco il punto 3.", "es": "No entiendo el paso 3."}[lang]
    return "manual", lang, loc, body + ["\n\n", q, " (", N("fw %d.%02d.%d" % (R.randint(6, 8), R.randint(0, 99), R.randint(0, 9)), "version"), ")"]


def c_outage(R, pk):
    loc, lang = R.choice([("GB", "en"), ("IE", "en"), ("AU", "en"), ("ZA", "en"), ("DE", "de"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("BR", "pt"), ("TR", "tr"), ("RO", "ro"), ("RU", "ru"), ("CN", "zh"), ("KR", "ko"), ("JP", "ja")])
    t = {"en": "Planned outage: fibre maintenance in your area on {D}, {T1}–{T2}. Incident {REF}. No action needed. Status: {LINE} or {MAIL}.",
         "de": "Geplante Unterbrechung: Wartungsarbeiten am Glasfasernetz am {D}, {T1}–{T2} Uhr. Störungsnummer {REF}. Info: {LINE}, {MAIL}.",
         "fr": "Coupure programmée : travaux sur le réseau le {D} de {T1} à {T2}. Incident {REF}. Infos : {LINE}, {MAIL}.",
         "es": "Corte programado: mantenimiento de la red el {D} de {T1} a {T2}. Incidencia {REF}. Info: {LINE}, {MAIL}.",
         "it": "Interruzione programmata: manutenzione della rete il {D} dalle {T1} alle {T2}. Guasto {REF}. Info: {LINE}, {MAIL}.",
         "pt": "Manutenção programada na rede em {D}, das {T1} às {T2}. Protocolo {REF}. Dúvidas: {LINE}, {MAIL}.",
         "tr": "Planlı kesinti: {D} tarihinde {T1}–{T2} arası bakım çalışması. Arıza no {REF}. Bilgi: {LINE}, {MAIL}.",
         "ro": "Întrerupere programată: lucrări la rețea pe {D}, între {T1} și {T2}. Incident {REF}. Info: {LINE}, {MAIL}.",
         "ru": "Плановое отключение: работы на сети {D} с {T1} до {T2}. Заявка {REF}. Справки: {LINE}, {MAIL}.",
         "zh": "计划停电通知：{D} {T1}–{T2} 线路检修。工单号 {REF}。咨询：{LINE}，{MAIL}。",
         "ko": "계획 정전 안내: {D} {T1}~{T2} 설비 점검. 접수번호 {REF}. 문의: {LINE}, {MAIL}.",
         "ja": "計画停電のお知らせ：{D} {T1}～{T2} 設備点検のため。受付番号 {REF}。お問い合わせ：{LINE}、{MAIL}。"}[lang]
    h = R.randint(0, 9)
    dom = R.choice(["fibrenet-status.example", "netz-info.example", "energia-avisos.example", "grid-notice.example"])
    body = fmt(t, D=later(R, loc), T1=N("%02d:00" % h, "time"), T2=N("%02d:00" % (h + R.randint(2, 8)), "time"), REF=N(ref(R, R.choice(["INC", "ST-", "#", ""])), "ticket_no"), LINE=org_line(R, loc), MAIL=role_mail(R, loc, dom))
    q = {"en": "Do I get compensation for this?", "de": "Bekomme ich dafür eine Gutschrift?", "fr": "J'ai droit à un dédommagement ?", "es": "¿Me corresponde alguna compensación?", "it": "Ho diritto a un indennizzo?",
         "pt": "Tenho direito a desconto?", "tr": "Bunun için tazminat alabilir miyim?", "ro": "Primesc despăgubire?", "ru": "Положена ли компенсация?", "zh": "停电期间冰箱的东西怎么办？", "ko": "보상 받을 수 있어?", "ja": "補償はありますか？"}[lang]
    return "notice", lang, loc, [q, "\n\n"] + body + ["\n", N("(%s)" % fdate(R, datetime.date(2026, R.randint(1, 12), R.randint(1, 28)), loc, words=False), "date_not_dob")]


def c_listing(R, pk):
    loc, lang = R.choice([("DE", "de"), ("AT", "de"), ("CH", "de"), ("FR", "fr"), ("ES", "es"), ("IT", "it"), ("NL", "nl"), ("GB", "en"), ("US", "en"), ("PT", "pt"), ("PL", "pl"), ("SE", "sv"), ("DK", "da")])
    st = R.choice(STREETS[loc])
    t = {"de": "{R} Zi., {M} m², {ST}, Kaltmiete {P}, NK {P2}, Energieausweis Klasse {E}. Besichtigung nur nach Anmeldung: {LINE}, {MAIL}. Objekt-ID {ID}.",
         "fr": "T{R}, {M} m², {ST}, loyer {P} + charges {P2}, DPE {E}. Visites : {LINE}, {MAIL}. Réf. {ID}.",
         "es": "Piso de {R} hab., {M} m², {ST}, {P}/mes + gastos {P2}, certificado {E}. Visitas: {LINE}, {MAIL}. Ref. {ID}.",
         "it": "Trilocale {R} vani, {M} mq, {ST}, canone {P} + spese {P2}, classe {E}. Visite: {LINE}, {MAIL}. Rif. {ID}.",
         "nl": "{R}-kamer appartement, {M} m², {ST}, huur {P}, servicekosten {P2}, label {E}. Bezichtiging: {LINE}, {MAIL}. ID {ID}.",
         "en": "{R}-bed flat, {M} sq m, {ST}, {P} pcm + service charge {P2}, EPC {E}. Viewings via {LINE} or {MAIL}. Ref {ID}.",
         "pt": "T{R}, {M} m², {ST}, renda {P} + condomínio {P2}, certificado {E}. Visitas: {LINE}, {MAIL}. Ref. {ID}.",
         "pl": "{R} pokoje, {M} m², {ST}, czynsz {P} + opłaty {P2}, klasa {E}. Kontakt: {LINE}, {MAIL}. Nr oferty {ID}.",
         "sv": "{R} rok, {M} kvm, {ST}, hyra {P}, el {P2}, energiklass {E}. Visning: {LINE}, {MAIL}. Objekt {ID}.",
         "da": "{R} vær., {M} m², {ST}, husleje {P}, aconto {P2}, energimærke {E}. Fremvisning: {LINE}, {MAIL}. Sag {ID}."}[lang]
    dom = R.choice(["immo-nordlicht.example", "agence-horizon.example", "casas-del-rio.example", "letmove.example"])
    body = fmt(t, R=N(str(R.randint(1, 5)), "rooms"), M=N(str(R.randint(28, 140)), "area"), ST=N(st, "street_no_number"), P=N(money(R, loc, 400, 2600), "amount"), P2=N(money(R, loc, 40, 320), "amount"),
               E=N(R.choice("ABCDEFG"), "energy_class"), LINE=org_line(R, loc), MAIL=role_mail(R, loc, dom), ID=N(ref(R, R.choice(["", "W-", "A"])), "listing_ref"))
    q = {"de": "Ist das ein fairer Preis?", "fr": "C'est un prix correct ?", "es": "¿Es buen precio?", "it": "È un prezzo giusto?", "nl": "Is dit een redelijke prijs?", "en": "Is this a fair price for the area?", "pt": "É um preço justo?", "pl": "Czy to uczciwa cena?", "sv": "Är det ett rimligt pris?", "da": "Er det en fair pris?"}[lang]
    return "listing", lang, loc, body + ["\n\n", q]


# ====================================================================== the part
TEMPLATES = [  # (function, count); labelled first, clean after
    (t_rental_app, 52), (t_lease, 36), (t_landlord_chat, 40), (t_tenant_letter, 36), (t_flatshare, 30), (t_mortgage, 30),
    (t_minutes, 22), (t_bill, 68), (t_signup, 38), (t_porting, 42), (t_router, 38), (t_smarthome, 26), (t_movelist, 34),
    (t_complaint, 38), (t_cjk, 34), (t_table, 16), (t_guarantee, 20),
]
CLEAN = [(c_notice, 25), (c_tariff, 25), (c_help, 25), (c_question, 25), (c_masked, 25), (c_manual, 25), (c_outage, 25), (c_listing, 25)]
EXEMPT_TAGS = {"iccid", "imei"}
RESOLVERS = {"1.1.1.1", "9.9.9.9", "8.8.8.8", "8.8.4.4", "1.0.0.1"}
ROLES = {r for v in ROLE_MAIL.values() for r in v}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
RUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,34}")


def masked(rec, types=None):
    t = list(rec["text"])
    for sp in rec["spans"]:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                if not t[i].isspace():
                    t[i] = "\x01"
    return "".join(t)


def label_ok(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id":
        return gov_ok(v, sp["sub"]) if sp["sub"] != "ru_passport" else re.fullmatch(r"\d{2} \d{2} \d{6}", v) is not None
    if ty == "iban":
        c = re.sub(r"[\s\u00a0]", "", v)
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if ty == "card":
        c = re.sub(r"\D", "", v)
        return luhn_ok(c) and 12 <= len(c) <= 19
    if ty == "email":
        return EMAIL_RE.fullmatch(v) is not None
    if ty == "ip":
        a = ipaddress.ip_address(v)
        if sp["sub"] == "ipv4_lan":
            return a.version == 4 and a.is_private and not v.endswith(".1")
        return a.is_global and a.version == (6 if sp["sub"] == "ipv6" else 4)
    return True


def rule_failures(rec, exempt=()):
    """Every rule of the part a record breaks (empty list: kept)."""
    bad = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record: %s" % str(e)[:80]]
    t = rec["text"]
    clean = not rec["spans"]
    if not 120 <= len(t) <= 2200:
        bad.append("length %d" % len(t))
    for sp in rec["spans"]:
        if not label_ok(sp):
            bad.append("label fails check: %s %r" % (sp["type"], sp["value"]))
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        local, dom = e.split("@", 1)
        if local not in ROLES and "example" not in dom:
            bad.append("email outside label " + e)
    for mm in IP4_RE.finditer(m):
        v = mm.group(0)
        if any(int(x) > 255 for x in mm.groups()):
            continue
        a = ipaddress.ip_address(v)
        if v in RESOLVERS or v == "255.255.255.0":
            continue
        if a.is_global:
            bad.append("public ip outside label " + v)
        elif not clean and a.is_private and not (v.endswith(".1") or v.startswith("192.0.2.") or v.startswith("198.51.100.") or v.startswith("203.0.113.") or a.is_loopback):
            bad.append("private ip outside label " + v)
    spans = [(sp["start"], sp["end"]) for sp in rec["spans"]]
    for mm in RUN_RE.finditer(t):
        groups = [(g.start() + mm.start(), g.end() + mm.start()) for g in re.finditer(r"\d+", mm.group(0))]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                a, b = groups[i][0], groups[j][1]
                dg = re.sub(r"\D", "", t[a:b])
                if len(dg) > 19:
                    break
                if len(dg) < 13 or len(set(dg)) == 1 or not luhn_ok(dg):
                    continue
                if len(groups) == 1 and (a, b) != (mm.start(), mm.end()):
                    continue
                if any(s <= a and b <= e for s, e in spans):
                    continue
                if t[a:b] in exempt:
                    continue
                bad.append("luhn-valid run outside label " + t[a:b])
    im = masked(rec, {"iban"})
    for mm in IBAN_RE.finditer(im):
        c = re.sub(r"[\s\u00a0]", "", mm.group(0))
        n = IBAN_LEN.get(c[:2])
        if n and len(c) >= n and iban_mod97(c[:n]) == 1:
            bad.append("valid iban outside label " + c[:n])
    # name words outside labels
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", v):
            cands = {v, v.replace(" ", "")} | {w for w in v.split() if len(w) >= 2}
            if " " not in v and len(v) >= 3:
                cands.add(v[1:])
            for c in cands:
                if c in m:
                    bad.append("CJK name part outside label " + c)
            continue
        for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", v):
            if len(w) < 2 or w in PARTICLES or w.title() in PARTICLES or not w[0].isupper():
                continue
            for form in {w, w.upper(), w.title()}:
                if re.search(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", m):
                    bad.append("name word outside label " + form)
    if clean != (rec.get("_clean", clean)):
        bad.append("clean/labelled mismatch")
    return bad


def draw_all():
    R = random.Random(SEED)
    cands = []  # (template name, is_clean, loc, rec, exempt texts)
    for fn, cnt in TEMPLATES + CLEAN:
        isclean = fn.__name__.startswith("c_")
        for k in range(3 * cnt + 6):
            pk = Picker(R)
            form, lang, loc, parts = fn(R, pk)
            rec = build("tmp", form, lang, parts)
            ex = {p.text for p in _flat(parts) if isinstance(p, N) and p.tag in EXEMPT_TAGS}
            cands.append((fn.__name__, isclean, loc, rec, ex))
    return cands


def _flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flat(p)
        else:
            yield p


def select(cands, verbose=False):
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", "")) for _, _, _, r, _ in cands for sp in r["spans"] if sp["type"] == "phone"})
    inv = pv_check(phones)
    if inv is None:
        sys.exit("phone validator /tmp/pv/pv missing")
    invalid = {tuple(ln.split("\t")[1:4]) for ln in inv}
    seen, kept, drops, dropped_kept = set(), [], Counter(), Counter()
    want = dict((fn.__name__, c) for fn, c in TEMPLATES + CLEAN)
    have = Counter()
    for name, isclean, loc, rec, ex in cands:
        bad = rule_failures(rec, ex)
        if isclean and rec["spans"]:
            bad.append("clean record with labels")
        if not isclean and not rec["spans"]:
            bad.append("labelled record without labels")
        if rec["text"] in seen:
            bad.append("repeated text")
        for sp in rec["spans"]:
            if sp["type"] == "phone" and (sp["value"], sp["region"], sp.get("plan", "")) in invalid:
                bad.append("pv rejects " + sp["value"])
        if bad:
            drops[bad[0].split(" ")[0] + " " + bad[0].split(" ")[1] if " " in bad[0] else bad[0]] += 1
            if have[name] < want[name]:
                dropped_kept[(name, bad[0][:60])] += 1
            if verbose:
                print("DROP", name, bad[:3])
            continue
        if have[name] >= want[name]:
            continue
        seen.add(rec["text"])
        have[name] += 1
        kept.append((name, isclean, loc, rec, ex))
    for n, c in want.items():
        assert have[n] == c, (n, have[n], c)
    return kept, drops, dropped_kept, len(phones)


def assemble():
    cands = draw_all()
    kept, drops, dk, nph = select(cands)
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    recs, meta = [], {}
    for i, (name, isclean, loc, rec, ex) in enumerate(kept):
        rec["id"] = "%s%05d" % (PREFIX, i)
        recs.append(rec)
        meta[rec["id"]] = (name, loc, ex)
    return recs, meta, (drops, dk, nph, len(cands))


def check_file():
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    recs = [json.loads(l) for l in lines]
    assert len(recs) == 800, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == 200
    assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(800)]
    mine, meta, _ = assemble()
    again = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in mine]
    assert again == lines, "regenerating does not give the file byte for byte"
    phones = []
    for r in recs:
        bad = rule_failures(r, meta[r["id"]][2])
        assert not bad, (r["id"], bad)
        for sp in r["spans"]:
            if sp["type"] == "phone":
                phones.append((sp["value"], sp["region"], sp.get("plan", "")))
            if sp["type"] == "card":
                assert luhn_ok(re.sub(r"\D", "", sp["value"]))
    inv = pv_check(sorted(set(phones)))
    assert inv == [], inv
    assert len({r["text"] for r in recs}) == 800
    print("ok: 800 records, 200 clean, %d labels, %d phones (%d distinct) valid by pv, every checksum and rule re-verified, byte-identical on regeneration"
          % (sum(len(r["spans"]) for r in recs), len(phones), len(set(phones))))


def stats():
    recs, meta, (drops, dk, nph, ncand) = assemble()
    ty, lg, fm, tp, ctry, subs, negs = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        name, loc, _ = meta[r["id"]]
        lg[r["lang"]] += 1
        fm[r["form"]] += 1
        tp[name] += 1
        ctry[loc] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            subs[(sp["type"], sp.get("sub", ""))] += 1
            if sp.get("plan"):
                ctry["plan:" + sp["plan"]] += 1
        for n in r.get("neg", []):
            negs[n] += 1
    lens = sorted(len(r["text"]) for r in recs)
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
    print("types", dict(ty.most_common()))
    print("languages (%d)" % len(lg), dict(lg.most_common()))
    print("countries (%d)" % len([c for c in ctry if not c.startswith("plan:")]), dict(ctry.most_common()))
    print("forms", dict(fm.most_common()))
    print("templates", dict(tp.most_common()))
    print("subs", dict(sorted(subs.items())))
    print("neg tags (%d)" % len(negs), dict(negs.most_common()))
    print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("labels across a line break", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("candidates %d, distinct candidate phones %d, drops among all candidates %s" % (ncand, nph, dict(drops)))
    print("drops in the kept range", dict(dk))


def main():
    if "--check" in sys.argv:
        check_file()
    elif "--stats" in sys.argv:
        stats()
    else:
        recs, _, _ = assemble()
        write_jsonl(OUT, recs)
        print("wrote", OUT, len(recs))


if __name__ == "__main__":
    main()
