#!/usr/bin/python3
"""Held-out part 32 of the redaction corpus (heldout32.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 31
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: the earlier parts' decisions on
sole-trader and freelancer invoices, company and VAT ids, Steuernummer,
payroll, webhooks and merchant keys, key-safe and alarm codes), lines 1-60
of gen_heldout31.py (header and imports) and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run by hand on a few numbers, otherwise only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
14:41:36 UTC on 2026-12-04 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 31's header.

Theme: SMALL BUSINESS, FREELANCING AND THE TRADES. What sole traders,
freelancers, shopkeepers, craftspeople and their bookkeepers paste into an
AI assistant, from 33 countries and 18 languages: freelancers' invoices and
quotes (their own name, home address, phone, e-mail, personal tax id where
the country's invoices carry it, IBAN), job sheets and work orders of
plumbers, electricians, cleaners and gardeners (customer, site address,
phone, key-safe, alarm and Wi-Fi codes), client chats, payroll exports for
one or two employees, shop, webshop and payment-provider configs (secret
keys, webhook secrets, admin logins, server IPs), appointment books of
hairdressers and therapists, late-payment reminders, self-employed tax
returns and bookkeeping rows, business registrations, staff rotas and team
chats, marketplace seller messages, small-business insurance proposals.
Hard negatives of the theme everywhere: invoice, order, job, policy,
ticket, receipt and tracking numbers, company VAT and registration ids
(with their own check digits where they have one), Steuernummer, bank
account numbers that are not IBANs, BICs, amounts, dates that are not birth
dates, model and serial numbers, publishable and consumer keys, masked
cards, terminal ids, role mailboxes, documentation IPs, sample values in
templates, famous founders.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
320924, shuffle seed 320925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout32.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout32.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout32.py --stats   # counts
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
                       luhn_complete, iban_random, iban_make, iban_mod97, IBAN_LEN, group,
                       _fr_rib_key, _it_cin, ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok, cpf_random, cpf_ok, pan_random,
                       card_random, card_grouping, split_groups, phone_nsn, secret_random, MONTHS,
                       digits, nz, rnd, ALNUM, URLSAFE)

SEED = 320924
SHUFFLE_SEED = 320925
OUT = os.path.join(HERE, "heldout32.jsonl")
PREFIX = "heldout-af-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]




# ====================================================================== locales
# Every name, street, town and organisation below was written by hand for
# this part. cc: (lang, given_m, given_f, surnames, streets, towns)
# surnames "m/f" where the family name has a female form; "_" joins particles.
LOC = {
    "US": ("en", "Brantley Dorian Wyatt Colby Thaddeus Roscoe Emeka Darnell",
           "Shelby Raelynn Joanna Marisol Brielle Kendra Lorna Abigail",
           "Kowalczyk Lattimore Birchfield Oduya Stansbury Pickering Glasscock Mortensen Whitacre Pruett",
           "Sycamore Ln|Tallow Creek Rd|Ridgeback Ave|Wexford Ct|Quarry Hill Dr",
           "Boise, ID 83704|Dayton, OH 45419|Tacoma, WA 98406|Asheville, NC 28806|Duluth, MN 55811"),
    "GB": ("en", "Dominic Crispin Gethin Tobias Hamish Kwabena Imran Barnaby",
           "Philippa Rosalind Morwenna Hermione Tamsin Nkechi Poppy Imogen",
           "Gillingham Thistlewood Fairclough Ackroyd Mensah Pocklington Quayle Rudd Haworth Brocklehurst",
           "Bellfounders Row|Kiln Lane|Tanyard Close|Cobbler's Walk|Mill Race Road",
           "Kendal LA9 4QT|Frome BA11 2HW|Ludlow SY8 1AZ|Penrith CA11 7JE|Hexham NE46 3PL"),
    "IE": ("en", "Proinsias Donncha Colm Lorcan Senan Odhrán Feargal Cathal",
           "Gráinne Clodagh Orlaith Aoibheann Róisín Nóirín Sorcha Éabha",
           "Ó_Faoláin Mac_Conmara Brannigan Cunnane Hurley Tuohy Lenihan Fitzmaurice",
           "Chapel Lane|Bridge Street Upper|Ashgrove Park|Fairgreen Road|Castle Meadows",
           "Ennis, Co. Clare V95 T2XK|Tullamore, Co. Offaly R35 K8C4|Dungarvan, Co. Waterford X35 YP21|Westport, Co. Mayo F28 H3N6"),
    "CA": ("en", "Mathieu Graydon Lachlan Anik Yannick Keegan Jaskaran Owen",
           "Maryse Brynn Kalinda Mireille Paisley Harpreet Rowena Joelle",
           "Arsenault Gallant MacInnis Dhaliwal Lindqvist Akintola Beaulieu Tremblay-Roy",
           "Maple Grove Cres|Birchmount Rd|Lakeshore Blvd W|Tamarack Way",
           "Kingston ON K7L 3N6|Moncton NB E1C 4B5|Kelowna BC V1Y 7R3|Guelph ON N1H 3T9"),
    "AU": ("en", "Brodie Lachie Mitchell Kieran Darcy Thanh Taj Declan",
           "Tahlia Sienna Jacinta Imala Brooke Mikaela Letitia Shannon",
           "Hollingworth Petrakis Nguyen-Ly Bainbridge Coulthard Kilpatrick Tarrant Spiteri",
           "Wattle St|Banksia Cres|Paperbark Pde|Jacaranda Ave|Ironbark Rd",
           "Bendigo VIC 3550|Toowoomba QLD 4350|Wagga Wagga NSW 2650|Launceston TAS 7250"),
    "NZ": ("en", "Tama Nikau Hemi Wiremu Rangi Manaia Ihaia Finn",
           "Aroha Mereana Kahurangi Isla Ngaio Tui Hinemoa Anahera",
           "Ngata Te_Whata Paewai Scrimgeour Tuhiwai Harland Pomare McAllister",
           "Kowhai Street|Rimu Road|Totara Drive|Pohutukawa Place",
           "Whanganui 4500|Nelson 7010|Rotorua 3015|Napier 4110"),
    "ZA": ("en", "Thabo Sipho Mpho Jacobus Bongani Wian Lwazi Hennie",
           "Lindiwe Nomvula Refilwe Marlize Thandeka Naledi Elsabe Busisiwe",
           "Dlamini Zungu Botha Mokoena Steyn Khumalo Pretorius Nxumalo",
           "Protea Road|Kiaat Street|Acacia Avenue|Msinsi Crescent",
           "Henniemaritzburg, 3201|Stellenbosch, 7600|Polokwane, 0699|Bloemfontein, 9301"),
    "NG": ("en", "Chidi Tunde Obinna Babajide Ikenna Musa Femi Uchenna",
           "Ngozi Folake Amaka Zainab Chiamaka Yetunde Hauwa Ifeoma",
           "Adebayo Okonjo Anyanwu Ogunleye Nwosu Danjuma Adeyemi Obi",
           "Adeola Odeku Street|Awolowo Road|Ogui Road|Ahmadu Bello Way",
           "Ikeja, Lagos 100271|Enugu 400102|Ibadan, Oyo 200221|Kaduna 800283"),
    "KE": ("en", "Kamau Otieno Kiprop Mwangi Wafula Kiprotich Ochieng Njoroge",
           "Wanjiru Achieng Chebet Nyambura Awino Jepkosgei Wambui Atieno",
           "Kariuki Omondi Mutua Wekesa Kibet Njeri Onyango Macharia",
           "Ngong Road|Kenyatta Avenue|Moi Avenue|Mombasa Road",
           "Nakuru 20100|Eldoret 30100|Kisumu 40100|Thika 01000"),
    "IN": ("en", "Arjun Vikram Siddharth Harish Naveen Pranav Karthik Rohit",
           "Meenakshi Lavanya Shruti Kavya Divya Pooja Sneha Anusha",
           "Subramaniam Kulkarni Bhattacharya Iyer Deshpande Menon Reddy Agarwal",
           "Flat 12B, Sai Krupa Apartments, 4th Cross, Indiranagar|House No. 27, Sector 15|Plot 88, Shivaji Nagar|12/3 Anna Salai, Teynampet",
           "Bengaluru, Karnataka 560038|Gurugram, Haryana 122001|Pune, Maharashtra 411005|Chennai, Tamil Nadu 600018"),
    "DE": ("de", "Till Jannik Malte Jorrit Konstantin Marek Volker Ansgar",
           "Svenja Imke Ilka Antje Gesa Carola Dörte Heike",
           "Brinkmann Petersen Wiechmann Lohmeyer Kaminski Stiegler Nöthen Overbeck Yılmaz Rademacher",
           "Lindenstraße|Am Mühlbach|Eichendorffweg|Kirchgasse|Alte Ziegelei",
           "28199 Bremen|53111 Bonn|04177 Leipzig|79098 Freiburg im Breisgau|24103 Kiel"),
    "AT": ("de", "Clemens Matthias Stefan Gottfried Lukas Bernhard Jakob Markus",
           "Magdalena Elisabeth Katharina Lisa Birgit Sabine Ingrid Resi",
           "Pichler Huber Moser Leitner Zauner Fuchs Eder Schwaiger",
           "Hauptplatz|Linzer Straße|Kirchenweg|Feldgasse",
           "4020 Linz|8010 Graz|6020 Innsbruck|5020 Salzburg"),
    "CH": ("de", "Ruedi Ueli Jonas Kaspar Flavio Nico Andri Fabio",
           "Regula Daniela Mirella Franziska Chantal Sina Martina Vreni",
           "Brunner Ammann Meier Kälin Steiner Wüthrich Egli Frei",
           "Bahnhofstrasse|Dorfstrasse|Gartenweg|Rebbergstrasse",
           "3011 Bern|8400 Winterthur|6003 Luzern|9000 St. Gallen"),
    "FR": ("fr", "Titouan Corentin Loïc Aurélien Matthieu Karim Ronan Erwan",
           "Solène Ophélie Nolwenn Bérénice Manon Nadia Isaure Maïwenn",
           "Le_Floc'h Morvan Chauvin Pelletier Boucher Haddad Roussel Lacombe Tessier",
           "rue des Tanneurs|allée des Tilleuls|chemin du Moulin|impasse des Vignes|rue de la Forge",
           "35000 Rennes|44000 Nantes|21000 Dijon|63000 Clermont-Ferrand|37000 Tours"),
    "BE": ("fr", "Maxime Thibault Quentin Grégoire Florent Nicolas Sacha Lionel",
           "Pauline Ambre Justine Émilie Coralie Mélanie Océane Laetitia",
           "Dubois Lejeune Renard Wautier Piron Deprez Collignon Mertens",
           "rue de la Station|avenue des Acacias|rue du Village|chaussée de Namur",
           "4000 Liège|5000 Namur|6000 Charleroi|1300 Wavre"),
    "ES": ("es", "Unai Gonzalo Rubén Álvaro Nacho Sergio Borja Jacinto",
           "Nerea Ainhoa Lucía Rocío Montserrat Amaia Pilar Begoña",
           "Echeverría Villanueva Salcedo Aranda Iglesias Olmedo Carrasco Arrieta Berrocal Lozano",
           "Calle del Almendro|Avenida de la Paz|Calle Mayor|Plaza del Carmen|Calle de los Herreros",
           "50003 Zaragoza|47002 Valladolid|18009 Granada|15003 A Coruña|30001 Murcia"),
    "MX": ("es", "Emiliano Mateo Ulises Rodrigo Gael Osvaldo Efraín Joaquín",
           "Ximena Guadalupe Renata Fernanda Itzel Marisela Paloma Abril",
           "Huerta Zamora Tapia Cisneros Galván Barrera Quintero Serrano",
           "Calle Hidalgo|Av. Revolución|Calle Allende|Av. Juárez",
           "Col. Centro, C.P. 76000, Querétaro, Qro.|Col. Americana, C.P. 44160, Guadalajara, Jal.|Col. Del Valle, C.P. 66220, San Pedro Garza García, N.L.|Col. Reforma, C.P. 68050, Oaxaca, Oax."),
    "CL": ("es", "Benjamín Vicente Cristóbal Matías Ignacio Tomás Agustín Felipe",
           "Javiera Catalina Constanza Francisca Antonia Trinidad Josefa Macarena",
           "Fuentealba Saavedra Riquelme Cárcamo Sepúlveda Valdebenito Henríquez Orellana",
           "Pasaje Los Aromos|Av. Los Leones|Calle Errázuriz|Av. Colón",
           "Providencia, Santiago|Valparaíso|Concepción|Temuco"),
    "IT": ("it", "Tommaso Gianluca Ettore Davide Simone Cosimo Gioele Pietro",
           "Ludovica Benedetta Arianna Chiara Noemi Elisa Ilaria Viola",
           "Ferraresi Bonfanti Lombardi Cattaneo Marchetti Santoro Guerrini Bellandi",
           "Via dei Mille|Via Roma|Via del Borgo|Via San Rocco|Viale delle Rimembranze",
           "40121 Bologna (BO)|37121 Verona (VR)|06121 Perugia (PG)|10121 Torino (TO)|70121 Bari (BA)"),
    "NL": ("nl", "Thijs Joost Bram Stijn Gijs Sander Ruud Mehmet",
           "Fleur Anouk Lieke Marloes Femke Noor Esmee Ilse",
           "Verbeek van_Dalen de_Groot Smit Wijnands Kuipers van_Wezel Brouwer",
           "Kerkstraat|Molenweg|Lindelaan|Prinsengracht|Havenkade",
           "3512 JE Utrecht|9711 LM Groningen|5611 AB Eindhoven|2011 HP Haarlem|6511 KL Nijmegen"),
    "PT": ("pt", "Duarte Tiago Afonso Rui Gonçalo Lourenço Nuno Henrique",
           "Inês Leonor Matilde Beatriz Catarina Margarida Joana Filipa",
           "Carvalho Sampaio Figueiredo Monteiro Loureiro Pinheiro Vieira Baptista",
           "Rua da Boavista|Avenida da Liberdade|Travessa do Carmo|Rua Direita",
           "4050-123 Porto|3000-150 Coimbra|8000-301 Faro|4700-424 Braga"),
    "BR": ("pt", "Thiago Caio Leandro Renan Murilo Heitor Wesley Igor",
           "Lorena Thaís Débora Larissa Jéssica Bianca Priscila Tainá",
           "Albuquerque Cavalcanti Siqueira Rezende Barbosa Nogueira Teixeira Queiroz",
           "Rua das Palmeiras|Avenida Brasil|Rua Sete de Setembro|Rua dos Andradas",
           "Savassi, Belo Horizonte - MG, 30140-071|Boa Viagem, Recife - PE, 51020-000|Centro, Curitiba - PR, 80020-310|Moinhos de Vento, Porto Alegre - RS, 90570-020"),
    "PL": ("pl", "Bartosz Kacper Wojciech Mateusz Grzegorz Szymon Dawid Łukasz",
           "Agnieszka Zuzanna Małgorzata Natalia Karolina Weronika Iwona Dorota",
           "Wiśniewski/Wiśniewska Zalewski/Zalewska Krawczyk/Krawczyk Dąbrowski/Dąbrowska Sikora/Sikora Pawlak/Pawlak Jankowski/Jankowska",
           "ul. Ogrodowa|ul. Lipowa|ul. Kwiatowa|ul. Polna",
           "30-015 Kraków|80-244 Gdańsk|61-713 Poznań|50-077 Wrocław"),
    "SE": ("sv", "Linus Viktor Oskar Hampus Jesper Ragnar Albin Måns",
           "Ebba Linnea Saga Maja Elin Tilda Frida Ylva",
           "Lundqvist Åkesson Holmgren Engström Nyberg Wikström Lindholm Ekdahl",
           "Storgatan|Björkvägen|Tallstigen|Kvarngatan",
           "753 20 Uppsala|211 42 Malmö|582 24 Linköping|903 27 Umeå"),
    "NO": ("no", "Eirik Sindre Håkon Vegard Torbjørn Sigurd Øystein Kjetil",
           "Ingvild Solveig Tuva Sigrid Ragnhild Marit Synnøve Kari",
           "Haugen Bakke Solberg Lunde Strand Myhre Berntsen Aasen",
           "Bjørkeveien|Skolegata|Fjordgata|Granlia",
           "5003 Bergen|7011 Trondheim|9008 Tromsø|4006 Stavanger"),
    "FI": ("fi", "Juho Mikko Ville Eetu Aleksi Antti Tuomas Lauri",
           "Aino Siiri Venla Noora Kaisa Hanna Riikka Elina",
           "Virtanen Mäkinen Heikkinen Laaksonen Koskinen Salonen Hiltunen Rantanen",
           "Koivukatu|Rantatie|Kirkkokatu|Myllytie",
           "33100 Tampere|20100 Turku|40100 Jyväskylä|90100 Oulu"),
    "GR": ("el", "Γιώργος Νίκος Σπύρος Κώστας Θανάσης Μιχάλης Στέλιος Παναγιώτης",
           "Ελένη Δέσποινα Κατερίνα Βασιλική Ευαγγελία Αθηνά Χρυσούλα Σοφία",
           "Παπαδόπουλος/Παπαδοπούλου Καραγιάννης/Καραγιάννη Αντωνίου/Αντωνίου Μαυρίδης/Μαυρίδου Σταματόπουλος/Σταματοπούλου Λιάκος/Λιάκου",
           "Οδός Ερμού|Οδός Αγίου Νικολάου|Λεωφόρος Κηφισίας|Οδός Τσιμισκή",
           "546 22 Θεσσαλονίκη|262 21 Πάτρα|712 02 Ηράκλειο|453 32 Ιωάννινα"),
    "TR": ("tr", "Emre Burak Oğuz Serkan Kaan Tolga Barış Hakan",
           "Elif Zeynep Esra Gizem Büşra Merve Sevgi Ebru",
           "Aydın Kaplan Çelik Şahin Öztürk Erdem Yavuz Kurt",
           "Atatürk Cad.|Gül Sok.|Cumhuriyet Cad.|Lale Sok.",
           "Kadıköy/İstanbul 34710|Çankaya/Ankara 06690|Konak/İzmir 35250|Nilüfer/Bursa 16140"),
    "RO": ("ro", "Andrei Mihai Bogdan Cătălin Radu Sorin Ionuț Vlad",
           "Ioana Andreea Irina Roxana Alina Diana Cristina Mădălina",
           "Popescu Dumitrescu Stoica Munteanu Georgescu Ionescu Rusu Constantin",
           "Str. Florilor|Bd. Unirii|Str. Mihai Eminescu|Calea Victoriei",
           "400001 Cluj-Napoca, jud. Cluj|700259 Iași, jud. Iași|300011 Timișoara, jud. Timiș|500030 Brașov, jud. Brașov"),
    "RU": ("ru", "Алексей Дмитрий Сергей Игорь Никита Павел Роман Артём",
           "Екатерина Анастасия Наталья Юлия Марина Ирина Дарья Светлана",
           "Кузнецов/Кузнецова Соколов/Соколова Волков/Волкова Морозов/Морозова Лебедев/Лебедева Новиков/Новикова",
           "ул. Ленина|ул. Садовая|пр. Мира|ул. Гагарина",
           "620014, г. Екатеринбург|630099, г. Новосибирск|420111, г. Казань|344002, г. Ростов-на-Дону"),
    "JP": ("ja", "翔太 大輔 拓也 健一 悠斗 直樹 和也 亮",
           "美咲 陽子 由美 彩花 真由美 恵子 千尋 麻衣",
           "佐藤 高橋 渡辺 伊藤 中村 小林 加藤 吉田",
           "北区梅田2丁目4-9|中央区天神1丁目11-3|港区芝浦3丁目7-15|中区栄4丁目2-8",
           "〒530-0001 大阪府大阪市|〒810-0001 福岡県福岡市|〒108-0023 東京都|〒460-0008 愛知県名古屋市"),
    "KR": ("ko", "민준 서준 도윤 예준 시우 하준 지호 준서",
           "서연 지우 하은 민서 수아 지민 채원 윤서",
           "김 박 최 정 강 윤 장 임",
           "서울특별시 마포구 월드컵로 41|부산광역시 해운대구 센텀중앙로 78|대구광역시 수성구 동대구로 120|인천광역시 연수구 컨벤시아대로 165",
           "(04001)|(48058)|(42190)|(21998)"),
    "CN": ("zh", "伟 强 磊 洋 勇 军 杰 涛",
           "秀英 丽 静 敏 燕 艳 娟 霞",
           "王 刘 陈 杨 黄 赵 吴 周",
           "浦东新区张杨路500号|天河区体育西路103号|武侯区人民南路四段27号|西湖区文三路90号",
           "上海市|广东省广州市|四川省成都市|浙江省杭州市"),
}

# ====================================================================== id checks
# National check-digit rules written for this part (the published rules of
# each scheme); corpuslib supplies SSN, NINO, Steuer-ID, NIR, DNI/NIE, CF,
# BSN, CPF, Aadhaar (Verhoeff) and PAN.
FI_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def pesel_check(d10):
    return str((10 - sum(int(c) * w for c, w in zip(d10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10)


def pesel_make(R, d, male):
    mm = d.month + (20 if d.year >= 2000 else 0)
    ser = "%03d" % R.randint(0, 999) + str(R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    s = "%02d%02d%02d%s" % (d.year % 100, mm, d.day, ser)
    return s + pesel_check(s)


def pnr_make(R, d, male):
    body = "%02d%02d%02d%02d%d" % (d.year % 100, d.month, d.day, R.randint(0, 99), R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    c = luhn_complete(body)[-1]
    return body, c


def fnr_check(d9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(c) * w for c, w in zip(d9, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d10 = d9 + str(k1)
    k2 = 11 - sum(int(c) * w for c, w in zip(d10, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return d10 + str(k2)


def fnr_make(R, d, male):
    while True:
        ind = R.randint(0, 499) if d.year < 2000 else R.randint(500, 999)
        if (ind % 10) % 2 != (1 if male else 0):
            continue
        s = fnr_check("%02d%02d%02d%03d" % (d.day, d.month, d.year % 100, ind))
        if s:
            return s


def hetu_make(R, d):
    z = "%03d" % R.randint(2, 899)
    base = "%02d%02d%02d" % (d.day, d.month, d.year % 100)
    return base + ("-" if d.year < 2000 else "A") + z + FI_CHARS[int(base + z) % 31]


def hetu_ok(s):
    return FI_CHARS[int(s[:6] + s[7:10]) % 31] == s[10]


def afm_check(d8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10)


def afm_make(R):
    d8 = str(R.randint(0, 1)) + digits(R, 7)
    return d8 + afm_check(d8)


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    return len(s) == 11 and s[0] != "0" and tckn_make_from(s[:9]) == s


def tckn_make_from(s9):
    d = [int(c) for c in s9]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def cnp_check(d12):
    c = sum(int(a) * int(b) for a, b in zip(d12, "279146358279")) % 11
    return "1" if c == 10 else str(c)


def cnp_make(R, d, male):
    s = (1 if male else 2) if d.year < 2000 else (5 if male else 6)
    d12 = "%d%02d%02d%02d%02d%03d" % (s, d.year % 100, d.month, d.day, R.choice([1, 4, 12, 22, 35, 40]), R.randint(1, 999))
    return d12 + cnp_check(d12)


def inn12_make(R):
    d = [int(c) for c in str(R.choice([77, 50, 66, 54, 16, 61])) + digits(R, 8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def mynumber_check(d11):
    t = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def rrn_make(R, d, male):
    s = (1 if male else 2) if d.year < 2000 else (3 if male else 4)
    d12 = "%02d%02d%02d%d%s" % (d.year % 100, d.month, d.day, s, digits(R, 5))
    c = (11 - sum(int(a) * w for a, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return d12[:6] + "-" + d12[6:] + str(c)


def cnid_make(R, d, male, area):
    d17 = "%s%04d%02d%02d%02d%d" % (area, d.year, d.month, d.day, R.randint(0, 99), R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    return d17 + "10X98765432"[sum(int(a) * w for a, w in zip(d17, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11]


def zaid_make(R, d, male):
    body = "%02d%02d%02d%04d08" % (d.year % 100, d.month, d.day, R.randint(5000, 9999) if male else R.randint(0, 4999))
    return luhn_complete(body)


def sin_make(R):
    return luhn_complete(str(R.randint(1, 7)) + digits(R, 7))


def tfn_ok(s):
    return len(s) == 9 and sum(int(c) * w for c, w in zip(s, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def tfn_make(R):
    while True:
        s = str(R.randint(1, 9)) + digits(R, 8)
        if tfn_ok(s):
            return s


def ppsn_make(R):
    d7 = digits(R, 7)
    return d7 + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(d7)) % 23]


def ppsn_ok(s):
    return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(s[:7])) % 23] == s[7]


def svnr_make(R, d):
    while True:
        n3 = str(R.randint(1, 9)) + digits(R, 2)
        dd = "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        c = sum(int(a) * w for a, w in zip(n3 + "0" + dd, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11
        if c < 10:
            return n3 + str(c) + dd


def ahv_make(R):
    d12 = "756" + digits(R, 9)
    c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d12)) % 10) % 10
    s = d12 + str(c)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def benn_make(R, d, male):
    ser = R.randint(1, 997)
    if (ser % 2 == 1) != male:
        ser += 1
    b = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, ser)
    c = 97 - (int(("2" if d.year >= 2000 else "") + b) % 97)
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], c)


def rut_dv(n):
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else ("K" if r == 10 else str(r))


def rut_make(R):
    n = R.randint(8000000, 24999999)
    return "{:,}".format(n).replace(",", ".") + "-" + rut_dv(n)


def nifpt_check(d8):
    r = sum(int(c) * (9 - i) for i, c in enumerate(d8)) % 11
    return "0" if r < 2 else str(11 - r)


def nifpt_make(R):
    d8 = R.choice("12") + digits(R, 7)
    return d8 + nifpt_check(d8)


def _curp_part(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if "A" <= c <= "Z")


def curp_make(R, sur1, sur2, given, d, male, state):
    a, b, g = _curp_part(sur1), _curp_part(sur2), _curp_part(given)
    v = next(c for c in a[1:] if c in "AEIOU")
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")  # noqa: E731
    s = a[0] + v + b[0] + g[0] + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("H" if male else "M") + state + \
        cons(a) + cons(b) + cons(g) + (str(R.randint(0, 9)) if d.year < 2000 else R.choice("ABCDEF"))
    return s + curp_check(s)


def curp_check(s17):
    t = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def pan_ok(s, surname):
    return re.fullmatch(r"[A-Z]{3}P[A-Z][0-9]{4}[A-Z]", s) is not None and s[4] == surname[0].upper()


# company ids used as look-alikes, with their own checks where they have one
def nip_make(R):
    while True:
        d9 = str(R.randint(1, 9)) + digits(R, 8)
        c = sum(int(a) * w for a, w in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = d9 + str(c)
            return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])


def ustid_make(R):
    d8 = str(R.randint(1, 3)) + digits(R, 7)
    p = 10
    for c in d8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + d8 + ("0" if c == 10 else str(c))


def siren_make(R):
    return luhn_complete(str(R.randint(3, 9)) + digits(R, 7))


def tva_fr(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


def piva_make(R):
    b = digits(R, 7) + "%03d" % R.choice([37, 15, 58, 1, 23])
    return luhn_complete(b)

# ====================================================================== words
VKEYS = "inv quote no date due client desc total pay tel mail addr dob name job keysafe alarm tech emp salary remind hi bye taxid bank notes signed".split()
V = {k: dict(zip(VKEYS, v.split("|"))) for k, v in {
    "en": "Invoice|Quote|No.|Date|Due date|Bill to|Description|Total|Please pay by bank transfer to|Tel|Email|Address|Date of birth|Name|Work order|Key safe code|Alarm code|Engineer|Employee|Gross pay|Payment reminder|Hi|Kind regards|Tax ID|Bank|Notes|Signed",
    "de": "Rechnung|Angebot|Nr.|Datum|Fällig am|Rechnungsempfänger|Leistung|Gesamtbetrag|Bitte überweisen Sie den Betrag auf|Tel.|E-Mail|Anschrift|Geburtsdatum|Name|Arbeitsauftrag|Schlüsseltresor|Alarmcode|Monteur|Mitarbeiter|Bruttolohn|Zahlungserinnerung|Hallo|Viele Grüße|Steuer-ID|Bank|Hinweise|Unterschrift",
    "fr": "Facture|Devis|N°|Date|Échéance|Client|Désignation|Total TTC|Règlement par virement sur|Tél.|E-mail|Adresse|Date de naissance|Nom|Bon d'intervention|Boîte à clés|Code alarme|Technicien|Salarié|Salaire brut|Relance de paiement|Bonjour|Cordialement|N° fiscal|Banque|Remarques|Signature",
    "es": "Factura|Presupuesto|N.º|Fecha|Vencimiento|Cliente|Concepto|Total|Forma de pago: transferencia a|Tel.|Correo|Dirección|Fecha de nacimiento|Nombre|Parte de trabajo|Caja de llaves|Código alarma|Técnico|Trabajador|Salario bruto|Recordatorio de pago|Hola|Un saludo|NIF|Banco|Observaciones|Firma",
    "it": "Fattura|Preventivo|N.|Data|Scadenza|Cliente|Descrizione|Totale|Pagamento tramite bonifico su|Tel.|Email|Indirizzo|Data di nascita|Nome|Rapportino di intervento|Cassetta chiavi|Codice allarme|Tecnico|Dipendente|Lordo|Sollecito di pagamento|Ciao|Cordiali saluti|Codice fiscale|Banca|Note|Firma",
    "nl": "Factuur|Offerte|Nr.|Datum|Vervaldatum|Klant|Omschrijving|Totaal|Graag overmaken naar|Tel.|E-mail|Adres|Geboortedatum|Naam|Werkbon|Sleutelkluis|Alarmcode|Monteur|Werknemer|Brutoloon|Betalingsherinnering|Hoi|Met vriendelijke groet|BSN|Bank|Opmerkingen|Handtekening",
    "pt": "Fatura|Orçamento|N.º|Data|Vencimento|Cliente|Descrição|Total|Pagamento por transferência para|Tel.|E-mail|Morada|Data de nascimento|Nome|Ordem de serviço|Cofre de chaves|Código do alarme|Técnico|Funcionário|Salário bruto|Lembrete de pagamento|Olá|Cumprimentos|NIF|Banco|Observações|Assinatura",
    "pl": "Faktura|Oferta|Nr|Data|Termin płatności|Nabywca|Opis|Razem|Proszę o przelew na konto|Tel.|E-mail|Adres|Data urodzenia|Imię i nazwisko|Zlecenie serwisowe|Sejf na klucze|Kod alarmu|Serwisant|Pracownik|Wynagrodzenie brutto|Przypomnienie o płatności|Cześć|Pozdrawiam|PESEL|Bank|Uwagi|Podpis",
    "sv": "Faktura|Offert|Nr|Datum|Förfallodatum|Kund|Beskrivning|Att betala|Betala till|Tel|E-post|Adress|Födelsedatum|Namn|Arbetsorder|Nyckelbox|Larmkod|Montör|Anställd|Bruttolön|Betalningspåminnelse|Hej|Med vänliga hälsningar|Personnummer|Bank|Anteckningar|Underskrift",
    "no": "Faktura|Tilbud|Nr.|Dato|Forfallsdato|Kunde|Beskrivelse|Å betale|Betales til konto|Tlf.|E-post|Adresse|Fødselsdato|Navn|Arbeidsordre|Nøkkelboks|Alarmkode|Montør|Ansatt|Bruttolønn|Betalingspåminnelse|Hei|Med vennlig hilsen|Fødselsnummer|Bank|Merknader|Signatur",
    "fi": "Lasku|Tarjous|Nro|Päivämäärä|Eräpäivä|Asiakas|Kuvaus|Yhteensä|Maksu tilille|Puh.|Sähköposti|Osoite|Syntymäaika|Nimi|Työmääräin|Avainsäilö|Hälytyskoodi|Asentaja|Työntekijä|Bruttopalkka|Maksumuistutus|Hei|Ystävällisin terveisin|Henkilötunnus|Pankki|Huomautukset|Allekirjoitus",
    "el": "Τιμολόγιο|Προσφορά|Αρ.|Ημερομηνία|Λήξη|Πελάτης|Περιγραφή|Σύνολο|Πληρωμή με κατάθεση στο|Τηλ.|Email|Διεύθυνση|Ημερομηνία γέννησης|Ονοματεπώνυμο|Δελτίο εργασίας|Κλειδοθήκη|Κωδικός συναγερμού|Τεχνικός|Εργαζόμενος|Μικτές αποδοχές|Υπενθύμιση πληρωμής|Γεια σας|Με εκτίμηση|ΑΦΜ|Τράπεζα|Σημειώσεις|Υπογραφή",
    "tr": "Fatura|Teklif|No|Tarih|Son ödeme|Müşteri|Açıklama|Toplam|Ödeme için IBAN|Tel|E-posta|Adres|Doğum tarihi|Ad Soyad|İş emri|Anahtar kutusu|Alarm şifresi|Teknisyen|Çalışan|Brüt maaş|Ödeme hatırlatması|Merhaba|Saygılarımla|TC Kimlik No|Banka|Notlar|İmza",
    "ro": "Factură|Ofertă|Nr.|Data|Scadență|Client|Descriere|Total|Plata prin transfer în contul|Tel.|E-mail|Adresă|Data nașterii|Nume|Fișă de lucru|Cutie chei|Cod alarmă|Tehnician|Angajat|Salariu brut|Reamintire plată|Bună ziua|Cu stimă|CNP|Banca|Observații|Semnătura",
    "ru": "Счёт|Смета|№|Дата|Оплатить до|Заказчик|Наименование|Итого|Оплата переводом на счёт|Тел.|Эл. почта|Адрес|Дата рождения|ФИО|Заказ-наряд|Ключница|Код сигнализации|Мастер|Сотрудник|Оклад|Напоминание об оплате|Здравствуйте|С уважением|ИНН|Банк|Примечания|Подпись",
    "ja": "請求書|見積書|No.|日付|お支払期限|請求先|品目|合計|お振込先|電話|メール|住所|生年月日|氏名|作業指示書|キーボックス|警報解除コード|担当|従業員|総支給額|お支払いのお願い|お世話になっております|よろしくお願いいたします|マイナンバー|銀行|備考|署名",
    "ko": "청구서|견적서|번호|날짜|지급기한|고객|내역|합계|입금 계좌|전화|이메일|주소|생년월일|성명|작업지시서|키박스|경보 해제 코드|기사|직원|총지급액|결제 안내|안녕하세요|감사합니다|주민등록번호|은행|비고|서명",
    "zh": "发票|报价单|编号|日期|付款期限|客户|项目|合计|请汇款至|电话|邮箱|地址|出生日期|姓名|派工单|钥匙盒|报警密码|师傅|员工|应发工资|付款提醒|您好|谢谢|身份证号|开户行|备注|签字",
}.items()}
V_CC = {"BR": {"addr": "Endereço", "bye": "Abraços", "inv": "Recibo de prestação de serviço", "client": "Tomador"},
        "MX": {"inv": "Recibo de honorarios", "pay": "Depósito a la cuenta"},
        "CL": {"inv": "Boleta de honorarios"},
        "AT": {"bye": "Liebe Grüße", "inv": "Honorarnote"}, "CH": {"bye": "Freundliche Grüsse", "dob": "Geburtsdatum"},
        "BE": {"total": "Total TVAC"}, "US": {"tel": "Phone"}, "IN": {"inv": "Tax Invoice"}}

# request lines, written for this part: kind -> lines, per language
REQ = {
    "en": {"receipt": ['Can I claim this as a business expense?'], "rota": ["Who's covering which shift? Make me a list, and is it OK that the codes are in the group?"], "form": ["Is this form filled in correctly? Anything I should leave out?", "Do they really need my date of birth on this?"], "job": ["Turn this into a checklist for the job tomorrow.", "What should I bring for this job? Notes below."], "polish": ["Can you make this sound friendlier?", "Translate this into Spanish for my customers, please."],
           "check": ["Can you check this invoice before I send it? Anything missing?", "Is this right? My accountant says the numbers don't add up.", "Can you turn this into a cleaner table?", "Does this look legit or am I being scammed?"],
           "letter": ["Make this reminder firmer but still polite, please.", "Can you rewrite this so it sounds professional? English isn't my first language.", "How do I word a final notice before small claims?"],
           "chat": ["Summarise what we agreed with this customer, and what I still owe them.", "Can you pull the job details out of this chat into a work order?", "Who's covering which shift? Make me a list."],
           "fix": ["Why are my webhooks failing? Config below.", "The shop stopped taking payments this morning – what's wrong here?", "Is it safe to paste this to the plugin developer?"],
           "calc": ["How much do I set aside for tax from this?", "Can you total this up by client and month?", "What's the employer cost for these two?"]},
    "de": {"receipt": ['Kann ich den Beleg als Betriebsausgabe absetzen?'], "rota": ['Wer hat welche Schicht? Bitte als Liste – und ist es okay, dass die Codes in der Gruppe stehen?'], "form": ["Hab ich das Formular richtig ausgefüllt?", "Brauchen die wirklich mein Geburtsdatum?"], "job": ["Mach mir eine Checkliste für den Auftrag morgen.", "Was muss ich für den Einsatz mitnehmen?"], "polish": ["Kannst du das freundlicher formulieren?", "Übersetz das bitte ins Englische für Touristen."],
           "check": ["Kannst du die Rechnung prüfen, bevor ich sie rausschicke? Fehlt eine Pflichtangabe?", "Passt das so für meinen Steuerberater?", "Mach mir bitte eine saubere Tabelle daraus."],
           "letter": ["Formuliere die Mahnung bitte etwas bestimmter, aber freundlich.", "Kannst du das als zweite Mahnung umschreiben?"],
           "chat": ["Fass bitte zusammen, was mit dem Kunden vereinbart ist.", "Mach aus dem Chat einen Arbeitsauftrag für morgen.", "Wer hat welche Schicht? Bitte als Liste."],
           "fix": ["Warum kommen die Webhooks nicht an? Hier meine Config.", "Der Shop nimmt seit heute keine Zahlungen mehr an – woran liegt's?"],
           "calc": ["Wie viel muss ich davon für die Steuer zurücklegen?", "Rechne das bitte nach Monaten zusammen."]},
    "fr": {"receipt": ['Je peux passer ce ticket en frais pro ?'], "rota": ['Qui fait quel créneau ? Fais-moi une liste.'], "form": ["J'ai bien rempli ce formulaire ?", "Ils ont vraiment besoin de ma date de naissance ?"], "job": ["Fais-moi une check-list pour l'intervention de demain."], "polish": ["Tu peux rendre ce texte plus sympa ?"],
           "check": ["Tu peux vérifier ma facture avant que je l'envoie ? Il manque une mention obligatoire ?", "C'est bon pour mon comptable ?", "Mets-moi ça dans un tableau propre."],
           "letter": ["Rends cette relance plus ferme, mais polie.", "Tu peux reformuler ça en mise en demeure ?"],
           "chat": ["Résume ce qu'on a convenu avec la cliente.", "Fais-moi un bon d'intervention à partir de cette conversation."],
           "fix": ["Pourquoi mes webhooks échouent ? Voici la config.", "La boutique n'encaisse plus depuis ce matin, tu vois le problème ?"],
           "calc": ["Combien je dois mettre de côté pour l'URSSAF ?", "Fais le total par client et par mois."]},
    "es": {"receipt": ['¿Puedo deducirme este tique como gasto?'], "rota": ['¿Quién cubre cada turno? Hazme una lista.'], "form": ["¿Está bien rellenado este formulario?", "¿De verdad necesitan mi fecha de nacimiento?"], "job": ["Hazme una lista de lo que necesito para este trabajo."], "polish": ["¿Me lo dejas más cercano para los clientes?"],
           "check": ["¿Me revisas esta factura antes de enviarla? ¿Falta algo obligatorio?", "¿Está bien para la gestoría?", "Pásalo a una tabla limpia, porfa."],
           "letter": ["Haz este recordatorio más firme pero educado.", "¿Cómo redacto un último aviso antes de ir al monitorio?"],
           "chat": ["Resúmeme lo que quedamos con este cliente.", "Saca del chat los datos para el parte de trabajo."],
           "fix": ["¿Por qué fallan los webhooks? Te pego la config.", "La tienda online no cobra desde esta mañana, ¿qué pasa?"],
           "calc": ["¿Cuánto tengo que apartar para el IRPF?", "Súmame esto por cliente y mes."]},
    "it": {"receipt": ['Posso scaricare questo scontrino come spesa?'], "rota": ['Chi copre quale turno? Fammi un elenco.'], "form": ["Ho compilato bene il modulo?"], "job": ["Fammi una checklist per l'intervento di domani."], "polish": ["Puoi renderlo più cordiale?"],
           "check": ["Mi controlli la fattura prima che la mandi? Manca qualcosa?", "Va bene così per il commercialista?", "Mettimelo in una tabella ordinata."],
           "letter": ["Rendi questo sollecito più deciso ma cortese.", "Puoi riscriverlo come ultimo avviso prima del legale?"],
           "chat": ["Riassumimi cosa abbiamo concordato con il cliente.", "Tira fuori dalla chat i dati per il rapportino."],
           "fix": ["Perché i webhook non arrivano? Ecco la configurazione.", "Il negozio online non incassa da stamattina, cosa c'è che non va?"],
           "calc": ["Quanto devo mettere da parte per le tasse?", "Fammi i totali per cliente e mese."]},
    "nl": {"receipt": ['Mag ik deze bon als zakelijke kosten opvoeren?'], "rota": ['Wie staat wanneer ingeroosterd? Maak er een lijstje van.'], "form": ["Heb ik dit formulier goed ingevuld?"], "job": ["Maak een checklist voor de klus van morgen."], "polish": ["Kun je dit wat vriendelijker verwoorden?"],
           "check": ["Kun je deze factuur nakijken voor ik hem verstuur? Mist er iets?", "Klopt dit zo voor de boekhouder?", "Zet dit in een nette tabel."],
           "letter": ["Maak deze herinnering wat strenger maar wel netjes.", "Kun je dit herschrijven als laatste aanmaning?"],
           "chat": ["Vat samen wat we met de klant hebben afgesproken.", "Maak van deze app een werkbon voor morgen."],
           "fix": ["Waarom komen mijn webhooks niet aan? Config hieronder.", "De webshop rekent sinds vanochtend niets meer af, wat gaat er mis?"],
           "calc": ["Hoeveel moet ik opzij zetten voor de belasting?", "Tel dit op per klant en per maand."]},
    "pt": {"rota": ['Quem fica com cada turno? Faz uma lista.'], "form": ["Preenchi bem este formulário?"], "job": ["Faz uma lista do que levar para este serviço."], "polish": ["Deixa este texto mais simpático?"],
           "check": ["Podes ver esta fatura antes de eu a enviar? Falta alguma coisa?", "Me ajuda a conferir esse recibo antes de mandar pro cliente?", "Passa isto para uma tabela arrumada."],
           "letter": ["Deixa este lembrete mais firme, mas educado.", "Reescreve isso como último aviso antes de protestar?"],
           "chat": ["Resume o que combinámos com o cliente.", "Tira dessa conversa os dados da ordem de serviço."],
           "fix": ["Por que os webhooks estão falhando? Segue a config.", "A loja parou de receber pagamentos hoje, o que está errado?"],
           "calc": ["Quanto devo guardar para impostos?", "Soma isto por cliente e por mês."]},
    "pl": {"rota": ['Kto ma którą zmianę? Zrób listę.'], "form": ["Czy dobrze wypełniłem ten wniosek?"], "job": ["Zrób listę rzeczy na jutrzejsze zlecenie."], "polish": ["Napisz to bardziej przyjaźnie."],
           "check": ["Sprawdzisz fakturę, zanim ją wyślę? Czegoś brakuje?", "Czy to się zgadza dla księgowej?"],
           "letter": ["Napisz to wezwanie do zapłaty bardziej stanowczo, ale grzecznie."],
           "chat": ["Streść, co ustaliłem z klientem.", "Zrób z tej rozmowy zlecenie na jutro."],
           "fix": ["Dlaczego webhooki nie dochodzą? Konfiguracja poniżej."],
           "calc": ["Ile odłożyć na ZUS i podatek?", "Zsumuj to po klientach i miesiącach."]},
    "sv": {"receipt": ['Kan jag dra av kvittot som företagskostnad?'], "rota": ['Vem jobbar vilket pass? Gör en lista.'], "form": ["Har jag fyllt i blanketten rätt?"], "job": ["Gör en checklista för jobbet i morgon."], "polish": ["Kan du göra texten lite trevligare?"],
           "check": ["Kan du kolla fakturan innan jag skickar den? Saknas något?", "Stämmer det här för bokföringen?"],
           "letter": ["Gör påminnelsen lite skarpare men fortfarande trevlig."],
           "chat": ["Sammanfatta vad vi kom överens om med kunden.", "Gör en arbetsorder av den här chatten."],
           "fix": ["Varför går inte webhooksen igenom? Konfig nedan."],
           "calc": ["Hur mycket ska jag lägga undan till skatten?"]},
    "no": {"form": ["Har jeg fylt ut skjemaet riktig?"], "job": ["Lag en sjekkliste for jobben i morgen."], "polish": ["Kan du gjøre teksten litt hyggeligere?"],
           "check": ["Kan du se over fakturaen før jeg sender den? Mangler noe?", "Er dette riktig for regnskapsføreren?"],
           "letter": ["Gjør purringen litt strengere, men høflig."],
           "chat": ["Oppsummer hva vi avtalte med kunden.", "Lag en arbeidsordre ut fra denne chatten."],
           "fix": ["Hvorfor feiler webhookene? Konfig under."],
           "calc": ["Hvor mye bør jeg sette av til skatt?"]},
    "fi": {"form": ["Täytinkö lomakkeen oikein?"], "job": ["Tee muistilista huomisen keikkaa varten."], "polish": ["Voisitko tehdä tekstistä ystävällisemmän?"],
           "check": ["Voitko tarkistaa laskun ennen kuin lähetän sen? Puuttuuko jotain?", "Onko tämä oikein kirjanpitäjälle?"],
           "letter": ["Tee maksumuistutuksesta vähän tiukempi mutta kohtelias."],
           "chat": ["Tiivistä, mitä sovimme asiakkaan kanssa.", "Tee tästä keskustelusta työmääräin."],
           "fix": ["Miksi webhookit eivät toimi? Asetukset alla."],
           "calc": ["Paljonko minun pitää laittaa sivuun veroihin?"]},
    "el": {"form": ["Συμπλήρωσα σωστά την αίτηση;"], "job": ["Φτιάξε μου λίστα για τη δουλειά αύριο."], "polish": ["Κάνε το κείμενο πιο φιλικό."],
           "check": ["Μπορείς να ελέγξεις το τιμολόγιο πριν το στείλω; Λείπει κάτι;", "Είναι σωστό αυτό για τον λογιστή;"],
           "letter": ["Κάνε την υπενθύμιση πιο αυστηρή αλλά ευγενική."],
           "chat": ["Συνόψισε τι συμφωνήσαμε με τον πελάτη.", "Φτιάξε δελτίο εργασίας από αυτή τη συνομιλία."],
           "fix": ["Γιατί αποτυγχάνουν τα webhooks; Οι ρυθμίσεις παρακάτω."],
           "calc": ["Πόσα να κρατήσω για την εφορία;"]},
    "tr": {"rota": ['Kim hangi vardiyada? Liste yapar mısın?'], "form": ["Formu doğru doldurdum mu?"], "job": ["Yarınki iş için bir kontrol listesi çıkar."], "polish": ["Bu metni daha samimi yapar mısın?"],
           "check": ["Faturayı göndermeden önce kontrol eder misin? Eksik bir şey var mı?", "Muhasebeci için bu doğru mu?"],
           "letter": ["Bu hatırlatmayı daha net ama kibar yazar mısın?"],
           "chat": ["Müşteriyle ne konuştuğumuzu özetle.", "Bu yazışmadan bir iş emri çıkar."],
           "fix": ["Webhook'lar neden düşüyor? Ayarlar aşağıda."],
           "calc": ["Vergi için ne kadar ayırmalıyım?"]},
    "ro": {"form": ["Am completat bine formularul?"], "job": ["Fă-mi o listă pentru lucrarea de mâine."], "polish": ["Poți să faci textul mai prietenos?"],
           "check": ["Poți să verifici factura înainte s-o trimit? Lipsește ceva?", "E corect așa pentru contabil?"],
           "letter": ["Fă reamintirea asta mai fermă, dar politicoasă."],
           "chat": ["Rezumă ce am stabilit cu clientul.", "Fă o fișă de lucru din conversația asta."],
           "fix": ["De ce nu merg webhook-urile? Configurația e mai jos."],
           "calc": ["Cât trebuie să pun deoparte pentru taxe?"]},
    "ru": {"form": ["Я правильно заполнил заявление?"], "job": ["Составь чек-лист на завтрашний выезд."], "polish": ["Сделай текст дружелюбнее."],
           "check": ["Проверь счёт, пока я его не отправил. Чего-то не хватает?", "Так нормально для бухгалтера?"],
           "letter": ["Сделай напоминание жёстче, но вежливо."],
           "chat": ["Кратко: о чём мы договорились с клиентом?", "Сделай из переписки заказ-наряд."],
           "fix": ["Почему не доходят вебхуки? Конфиг ниже."],
           "calc": ["Сколько отложить на налог по УСН?"]},
    "ja": {"rota": ['誰がどのシフトか一覧にして。'], "form": ["この届出書、記入漏れがないか見てください。"], "job": ["明日の作業用にチェックリストを作って。"], "polish": ["もう少し柔らかい文面にして。"],
           "check": ["この請求書、送る前に不備がないか確認してください。", "インボイス制度的にこれで大丈夫？"],
           "letter": ["この督促文をもう少し丁寧かつはっきりした表現にしてください。"],
           "chat": ["お客様と決めた内容を要約して。", "このやり取りから作業指示書を作って。"],
           "fix": ["Webhookが失敗する原因を教えて。設定は下。"],
           "calc": ["確定申告用に月別で合計して。"]},
    "ko": {"form": ["신청서 제대로 작성했는지 봐 줘."], "job": ["내일 작업 체크리스트 만들어 줘."], "polish": ["좀 더 친근하게 바꿔 줘."],
           "check": ["이 청구서 보내기 전에 빠진 거 있는지 봐 줘.", "세무사한테 보내도 되는 형식이야?"],
           "letter": ["이 결제 독촉 문자를 좀 더 단호하지만 예의 있게 바꿔 줘."],
           "chat": ["고객이랑 합의한 내용 요약해 줘.", "이 대화로 작업지시서 만들어 줘."],
           "fix": ["웹훅이 왜 실패하는지 봐 줘. 설정은 아래."],
           "calc": ["종합소득세 대비해서 얼마 떼어 둬야 해?"]},
    "zh": {"rota": ['帮我整理一下谁上哪个班。'], "form": ["帮我看看这张申请表填得对不对。"], "job": ["帮我列一下明天上门要带的东西。"], "polish": ["帮我把这段话改得亲切一点。"],
           "check": ["发出去之前帮我看看这张单子有没有漏项？", "这样给会计可以吗？"],
           "letter": ["帮我把这条催款消息写得更正式一点。"],
           "chat": ["帮我总结一下跟客户谈好的内容。", "把这段聊天整理成派工单。"],
           "fix": ["webhook 一直失败，帮我看看配置哪里不对。"],
           "calc": ["帮我按月汇总一下，报税用。"]},
}

# ====================================================================== values
PARTICLES = {"de", "van", "Van", "Ó", "Mac", "Te", "Le", "le", "da", "do", "dos", "del", "di"}
PATRO = {True: "Андреевич Викторович Олегович Сергеевич".split(), False: "Андреевна Викторовна Олеговна Игоревна".split()}
CJK = {"JP", "CN", "KR"}
TWO_SURNAMES = {"ES", "MX", "CL"}
PT_SURNAMES = {"PT", "BR"}

# phone: (nsn generator, national mask, international mask); '#' takes the
# NSN's digits in order
def _ph(cc, kind):
    return lambda R: phone_nsn(R, cc, kind)[3]


PHONE = {
    "US": (_ph("US", "fixed_or_mobile"), ["(###) ###-####", "###-###-####", "###.###.####"], "+1 ###-###-####"),
    "CA": (_ph("CA", "fixed_or_mobile"), ["(###) ###-####", "###-###-####"], "+1 ### ### ####"),
    "GB": (_ph("GB", "mobile"), ["0#### ######", "0#### ### ###"], "+44 #### ######"),
    "IE": (_ph("IE", "mobile"), ["0## ### ####", "0## #######"], "+353 ## ### ####"),
    "AU": (_ph("AU", "mobile"), ["0### ### ###", "0#########"], "+61 ### ### ###"),
    "NZ": (lambda R: "2" + R.choice("127") + digits(R, 7), ["0## ### ####"], "+64 ## ### ####"),
    "ZA": (_ph("ZA", "mobile"), ["0## ### ####"], "+27 ## ### ####"),
    "NG": (lambda R: R.choice(["803", "806", "813", "816", "703", "706", "810", "903", "906"]) + digits(R, 7), ["0### ### ####", "0##########"], "+234 ### ### ####"),
    "KE": (lambda R: "7" + R.choice(["10", "11", "12", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "40", "41", "42", "90", "91", "92", "93"]) + digits(R, 6), ["0### ### ###", "0#########"], "+254 ### ######"),
    "IN": (_ph("IN", "mobile"), ["##### #####", "0#####-#####"], "+91 ##### #####"),
    "DE": (_ph("DE", "mobile"), ["0### ########", "0###/########", "0### #### ####"], "+49 ### ########"),
    "AT": (lambda R: R.choice(["664", "660", "676", "699", "650"]) + nz(R, 7), ["0### #######", "0###/#######"], "+43 ### #######"),
    "CH": (_ph("CH", "mobile"), ["0## ### ## ##"], "+41 ## ### ## ##"),
    "FR": (lambda R: _fr_mobile(R), ["0# ## ## ## ##", "0#.##.##.##.##"], "+33 # ## ## ## ##"),
    "BE": (_ph("BE", "mobile"), ["0### ## ## ##", "0###/## ## ##"], "+32 ### ## ## ##"),
    "ES": (_ph("ES", "mobile"), ["### ### ###", "### ## ## ##"], "+34 ### ### ###"),
    "MX": (_ph("MX", "any"), ["## #### ####"], "+52 ## #### ####"),
    "CL": (lambda R: "9" + R.choice("34589") + digits(R, 7), ["# #### ####"], "+56 # #### ####"),
    "IT": (_ph("IT", "mobile"), ["### ### ####", "### #######"], "+39 ### ### ####"),
    "NL": (_ph("NL", "mobile"), ["0#-########", "0# ## ## ## ##"], "+31 # ########"),
    "PT": (_ph("PT", "mobile"), ["### ### ###"], "+351 ### ### ###"),
    "BR": (_ph("BR", "mobile"), ["(##) #####-####"], "+55 ## #####-####"),
    "PL": (_ph("PL", "mobile"), ["### ### ###"], "+48 ### ### ###"),
    "SE": (_ph("SE", "mobile"), ["0##-### ## ##", "0## ### ## ##"], "+46 ## ### ## ##"),
    "NO": (lambda R: R.choice(["4" + R.choice("015678"), "9" + R.choice("0123456789")]) + digits(R, 6), ["### ## ###", "## ## ## ##"], "+47 ### ## ###"),
    "FI": (lambda R: R.choice(["40", "41", "44", "45", "50"]) + digits(R, 7), ["0## ### ####", "0##-#######"], "+358 ## ### ####"),
    "GR": (lambda R: "69" + R.choice("0345789") + digits(R, 7), ["### ### ####", "##########"], "+30 ### ### ####"),
    "TR": (lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "52", "53", "54", "55"]) + digits(R, 7), ["0### ### ## ##", "0(###) ### ## ##"], "+90 ### ### ## ##"),
    "RO": (lambda R: "7" + R.choice(["22", "23", "24", "26", "28", "29", "40", "42", "44", "45", "46", "47", "48", "49", "51", "52", "53", "55", "60", "62", "63", "64", "65", "66", "67", "68", "69"]) + digits(R, 6), ["0### ### ###", "0###.###.###"], "+40 ### ### ###"),
    "RU": (_ph("RU", "mobile"), ["8 (###) ###-##-##", "8-###-###-##-##"], "+7 ### ###-##-##"),
    "JP": (_ph("JP", "mobile"), ["0##-####-####"], "+81 ##-####-####"),
    "KR": (lambda R: "10" + R.choice("2346789") + digits(R, 7), ["0##-####-####"], "+82 ##-####-####"),
    "CN": (_ph("CN", "mobile"), ["### #### ####", "###########"], "+86 ### #### ####"),
}


def _fr_mobile(R):
    while True:  # 0639 belongs to Mayotte, not to metropolitan France
        n = phone_nsn(R, "FR", "mobile")[3]
        if not n.startswith("639"):
            return n


def mask(m, ds):
    out, i = [], 0
    for ch in m:
        if ch == "#":
            out.append(ds[i])
            i += 1
        else:
            out.append(ch)
    assert i == len(ds), (m, ds)
    return "".join(out)


IBAN_CC = {"DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "PL", "SE", "NO", "FI", "GR", "TR", "RO", "GB", "IE", "BR"}
BANK_CODES = {"GB": ["BARC", "LOYD", "HBUK", "MONZ"], "IE": ["BOFI", "IPBS"], "NL": ["KNAB", "BUNQ", "SNSB", "TRIO"], "RO": ["RNCB", "BRDE", "CECE"]}
EMAIL_DOM = {"US": ["gmail.com", "outlook.com", "yahoo.com"], "GB": ["btinternet.com", "gmail.com"], "IE": ["eircom.net", "gmail.com"],
             "CA": ["gmail.com", "videotron.ca"], "AU": ["bigpond.com", "gmail.com"], "NZ": ["xtra.co.nz"], "ZA": ["telkomsa.net", "gmail.com"],
             "NG": ["yahoo.com", "gmail.com"], "KE": ["gmail.com"], "IN": ["gmail.com", "rediffmail.com"], "DE": ["web.de", "gmx.de", "posteo.de"],
             "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"], "FR": ["orange.fr", "free.fr", "laposte.net"], "BE": ["skynet.be", "telenet.be"],
             "ES": ["gmail.com", "hotmail.es"], "MX": ["hotmail.com", "gmail.com"], "CL": ["gmail.com"], "IT": ["libero.it", "tiscali.it"],
             "NL": ["ziggo.nl", "kpnmail.nl"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br"], "PL": ["wp.pl", "onet.pl", "o2.pl"],
             "SE": ["telia.com", "gmail.com"], "NO": ["online.no", "gmail.com"], "FI": ["elisanet.fi", "gmail.com"], "GR": ["otenet.gr", "gmail.com"],
             "TR": ["gmail.com", "hotmail.com"], "RO": ["yahoo.ro", "gmail.com"], "RU": ["yandex.ru", "mail.ru"], "JP": ["yahoo.co.jp", "gmail.com"],
             "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"]}
TRADES = {"en": ["design", "plumbing", "joinery", "studio", "electrics", "gardens", "clean"], "de": ["grafik", "malerei", "elektro", "fliesen", "garten"],
          "fr": ["atelier", "plomberie", "deco", "jardin"], "es": ["reformas", "diseno", "fontaneria"], "it": ["impianti", "grafica", "restauri"],
          "nl": ["klus", "schilder", "ontwerp"], "pt": ["obras", "design", "reparos"]}
CUR = {"US": "${:,.2f}", "CA": "${:,.2f} CAD", "GB": "£{:,.2f}", "IE": "€{:,.2f}", "AU": "A${:,.2f}", "NZ": "NZ${:,.2f}", "ZA": "R{:,.2f}",
       "NG": "₦{:,.2f}", "KE": "KES {:,.2f}", "IN": "₹{:,.2f}", "MX": "${:,.2f} MXN", "CL": "CLP {:,.0f}", "JP": "¥{:,.0f}", "KR": "{:,.0f}원",
       "CN": "¥{:,.2f}", "RU": "{:,.2f} ₽", "TR": "{:,.2f} ₺", "CH": "CHF {:,.2f}", "PL": "{:,.2f} zł", "SE": "{:,.2f} kr", "NO": "kr {:,.2f}",
       "RO": "{:,.2f} lei", "BR": "R$ {:,.2f}"}
COMMA = {"DE", "AT", "FR", "BE", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "NO", "FI", "GR", "TR", "RO", "RU", "CL"}


def money(cc, x):
    f = CUR.get(cc, "{:,.2f} €")
    s = f.format(x)
    if cc in COMMA:
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", "\u00a0" if cc in ("FR", "SE", "NO", "FI", "RU", "PL") else ".")
    if cc == "CH":
        s = s.replace(",", "'")
    return s


def fmt_date(cc, d):
    if cc == "US":
        return d.strftime("%m/%d/%Y")
    if cc in ("SE", "CA"):
        return d.isoformat()
    if cc in ("DE", "AT", "CH", "PL", "NO", "TR", "RO", "RU"):
        return d.strftime("%d.%m.%Y")
    if cc == "FI":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if cc == "NL":
        return d.strftime("%d-%m-%Y")
    if cc in ("JP", "CN"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if cc == "KR":
        return "%d. %d. %d." % (d.year, d.month, d.day)
    return d.strftime("%d/%m/%Y")


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


class Ctx:
    """One record's drawing context: its country, and the name words already
    used (no two people of one record share a name word)."""

    def __init__(self, R, cc):
        self.R, self.cc = R, cc
        self.lang = LOC[cc][0]
        self.used = set()
        self.v = dict(V[self.lang])
        self.v.update(V_CC.get(cc, {}))

    def person(self, male=None, family=None):
        R, cc = self.R, self.cc
        lang, gm, gf, sur, _, _ = LOC[cc]
        if male is None:
            male = R.random() < 0.5
        for _ in range(200):
            given = R.choice((gm if male else gf).split())
            if family is None:
                fam = [R.choice(sur.split())]
                if cc in TWO_SURNAMES or (cc in PT_SURNAMES and R.random() < 0.6):
                    fam.append(R.choice(sur.split()))
            else:
                fam = [family]
            fam = [f.split("/")[0 if male else 1] if "/" in f else f for f in fam]
            fam = [f.replace("_", " ") for f in fam]
            words = {given} | {w for f in fam for w in f.split() if w not in PARTICLES}
            if len(fam) == 2 and fam[0] == fam[1]:
                continue
            if family is None and words & self.used:
                continue
            if given in self.used:
                continue
            break
        self.used |= words
        famname = " ".join(fam)
        p = {"given": given, "family": famname, "male": male, "fam0": fam[0]}
        if cc in ("CN", "KR"):
            p["full"] = famname + given
        elif cc == "JP":
            p["full"] = famname + R.choice(["", " ", "\u3000"]) + given
        else:
            p["full"] = given + " " + famname
        if cc == "RU":
            p["patr"] = R.choice(PATRO[male])
            p["fio"] = "%s %s %s" % (famname, given, p["patr"])
        return p

    def dob(self, lo=1958, hi=2004):
        R = self.R
        d = datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))
        return d

    def dob_text(self, d):
        R, cc, lang = self.R, self.cc, self.lang
        if lang in MONTHS and R.random() < 0.25:
            m = MONTHS[lang][d.month - 1]
            if lang == "en":
                return "%d %s %d" % (d.day, m, d.year) if cc != "US" else "%s %d, %d" % (m, d.day, d.year)
            if lang == "de":
                return "%d. %s %d" % (d.day, m, d.year)
            if lang in ("es", "pt"):
                return "%d de %s de %d" % (d.day, m, d.year)
            return "%d %s %d" % (d.day, m, d.year)
        return fmt_date(cc, d)

    def phone(self, intl=None, sub="mobile"):
        R, cc = self.R, self.cc
        gen, nat, itl = PHONE[cc]
        ds = gen(R)
        if intl is None:
            intl = R.random() < 0.25
        if cc == "CL" and R.random() < 0.7:
            intl = True
        t = mask(itl if intl else R.choice(nat), ds)
        return L("phone", t, sub=sub, region=cc)

    def email(self, p, personal=True):
        R, cc = self.R, self.cc
        dom = R.choice(EMAIL_DOM[cc])
        if cc in CJK or cc in ("RU", "GR"):
            local = R.choice(["kumo", "hana", "sora", "mirai", "dream", "lucky", "blue", "sun", "moon", "star"]) + R.choice(["_", ".", ""]) + str(R.randint(7, 9899))
        else:
            g, f = fold(p["given"]).lower(), fold(p["fam0"]).lower().replace(" ", "")
            local = R.choice([g + "." + f, g[0] + "." + f, g + f + str(R.randint(1, 99)), f + "." + g, g + "_" + f])
            if not personal:
                tr = R.choice(TRADES.get(self.lang, TRADES["en"]))
                dom = R.choice([f + "-" + tr, g + f + tr]) + "." + {"GB": "co.uk", "US": "com", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "ES": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "com.br", "AU": "com.au", "IE": "ie"}.get(cc, "com")
                local = R.choice([g, "hello", g[0] + f])
                if local == "hello":
                    local = g
        return L("email", local + "@" + dom, sub="personal" if personal else "own_domain")

    def street_addr(self, multiline=False):
        R, cc = self.R, self.cc
        _, _, _, _, streets, towns = LOC[cc]
        streets, towns = streets.split("|"), towns.split("|")
        i = R.randrange(len(streets))
        st = streets[i]
        tw = towns[i % len(towns)] if cc in CJK else R.choice(towns)
        n = R.randint(2, 148)
        nl = "\n" if multiline else ", "
        if cc in ("US", "CA"):
            unit = R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit %d%s" % (R.randint(1, 9), R.choice("ABC"))])
            return "%d %s%s%s%s" % (n * 17 % 9000 + 10, st, unit, nl, tw)
        if cc == "GB":
            town, pc = tw.rsplit(" ", 2)[0], " ".join(tw.rsplit(" ", 2)[1:])
            fl = R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
            return "%s%d %s%s%s%s%s" % (fl, n, st, nl, town, nl, pc)
        if cc in ("IE", "NG", "ZA", "NZ", "KE"):
            return "%d %s%s%s" % (n, st, nl, tw)
        if cc == "AU":
            return "%s%d %s%s%s" % (R.choice(["", "Unit %d/" % R.randint(1, 20)]), n, st, nl, tw)
        if cc == "IN":
            return "%s%s%s" % (st, nl, tw)
        if cc in ("DE", "AT", "CH", "NL", "SE", "NO", "FI", "IT", "GR"):
            num = str(n) + R.choice(["", "", "a", "b"]) if cc in ("DE", "NL", "NO") else str(n)
            if cc == "AT" and R.random() < 0.5:
                num += "/%d/%d" % (R.randint(1, 4), R.randint(1, 20))
            if cc == "SE" and R.random() < 0.4:
                num += ", lgh %d" % R.choice([1101, 1202, 1003, 1301])
            return "%s %s%s%s" % (st, num, nl, tw)
        if cc == "FR":
            return "%d%s %s%s%s" % (n, R.choice(["", "", " bis", " ter"]), st, nl, tw)
        if cc == "BE":
            return "%s %d%s%s%s" % (st, n, R.choice(["", "", " bte %d" % R.randint(1, 9)]), nl, tw)
        if cc == "ES":
            return "%s, %d, %dº %s%s%s" % (st, n, R.randint(1, 7), R.choice("ABCD"), nl, tw)
        if cc == "MX":
            return "%s %d, Int. %d%s%s" % (st, n * 3, R.randint(1, 12), nl, tw)
        if cc == "CL":
            return "%s %d, depto. %d%s%s" % (st, n * 11, R.randint(101, 1504), nl, tw)
        if cc == "PT":
            return "%s, %d, %dº %s%s%s" % (st, n, R.randint(1, 5), R.choice(["Esq.", "Dto.", "A"]), nl, tw)
        if cc == "BR":
            return "%s, nº %d, apto %d - %s" % (st, n * 7, R.randint(11, 904), tw) if not multiline else "%s, nº %d, apto %d\n%s" % (st, n * 7, R.randint(11, 904), tw)
        if cc == "PL":
            return "%s %d/%d%s%s" % (st, n, R.randint(1, 60), nl, tw)
        if cc == "TR":
            return "%s No: %d D: %d%s%s" % (st, n, R.randint(1, 20), nl, tw)
        if cc == "RO":
            return "%s nr. %d, bl. %s%d, ap. %d%s%s" % (st, n, R.choice("ABCDM"), R.randint(1, 30), R.randint(1, 80), nl, tw)
        if cc == "RU":
            return "%s, %s, д. %d, кв. %d" % (tw, st, n, R.randint(1, 240))
        if cc == "JP":
            return "%s%s %s%d号室" % (tw, st, R.choice(["メゾン桜", "グランハイツ", "コーポ青葉", "サンライズ"]), R.randint(101, 905))
        if cc == "KR":
            return "%s, %d동 %d호 %s" % (st, R.randint(101, 115), R.randint(101, 2204), tw)
        if cc == "CN":
            return "%s%s%d栋%d单元%d室" % (tw, st, R.randint(1, 30), R.randint(1, 6), R.randint(101, 2802))
        raise KeyError(cc)

    def addr(self, multiline=False):
        return L("address", self.street_addr(multiline), sub=self.cc)

    def iban(self, grouped=None):
        R, cc = self.R, self.cc
        ib = iban_random(R, cc)
        bban = ib[4:]
        if cc in BANK_CODES:
            bban = R.choice(BANK_CODES[cc]) + bban[4:]
        # account fields of the 'c' countries printed with digits only, as
        # retail banks issue them; national keys recomputed
        lead = 4 if cc in BANK_CODES else (1 if cc == "IT" else 0)
        tail = 2 if cc == "BR" else 0
        mid = "".join(c if c.isdigit() else R.choice(string.digits) for c in bban[lead:len(bban) - tail])
        bban = bban[:lead] + mid + ("C1" if cc == "BR" else "")
        if cc == "FR":
            bban = bban[:21] + _fr_rib_key(bban[:5], bban[5:10], bban[10:21])
        if cc == "IT":
            bban = _it_cin(bban[1:6], bban[6:11], bban[11:]) + bban[1:]
        ib = iban_make(cc, bban)
        assert iban_mod97(ib) == 1
        if grouped is None:
            grouped = R.random() < 0.75
        t = group(ib, 4, R.choice([" ", " ", " ", "\u00a0"])) if grouped else ib
        return L("iban", t, sub=cc)

    def card(self, issuer=None):
        R = self.R
        issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro", "discover"])
        n = card_random(R, issuer)
        sizes = card_grouping(len(n))
        sep = R.choice([" ", " ", "-", "", "\u00a0"])
        return L("card", sep.join(split_groups(n, sizes)), sub=issuer)

    def gov(self, p, d):
        """The person's national / personal tax id: (field word, L)."""
        R, cc = self.R, self.cc
        male = p["male"]
        if cc == "US":
            a, g, s = ssn_random(R)
            return "SSN", L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
        if cc == "GB":
            a, b, c = nino_random(R)
            t = R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c])
            return "NI number", L("gov_id", t, sub="uk_nino")
        if cc == "IE":
            return "PPSN", L("gov_id", ppsn_make(R), sub="ie_ppsn")
        if cc == "CA":
            s = sin_make(R)
            return "SIN", L("gov_id", "%s %s %s" % (s[:3], s[3:6], s[6:]), sub="ca_sin")
        if cc == "AU":
            s = tfn_make(R)
            return "TFN", L("gov_id", "%s %s %s" % (s[:3], s[3:6], s[6:]), sub="au_tfn")
        if cc == "ZA":
            return "ID number", L("gov_id", zaid_make(R, d, male), sub="za_id")
        if cc == "IN":
            return "PAN", L("gov_id", pan_random(R, "P", fold(p["family"])), sub="in_pan")
        if cc == "DE":
            return "Steuer-ID", L("gov_id", _grp_steuer(R), sub="de_steuer_id")
        if cc == "AT":
            s = svnr_make(R, d)
            return "SV-Nummer", L("gov_id", R.choice([s, s[:4] + " " + s[4:]]), sub="at_svnr")
        if cc == "CH":
            return "AHV-Nr.", L("gov_id", ahv_make(R), sub="ch_ahv")
        if cc == "FR":
            body, key = nir_random(R, sex="1" if male else "2", yy=d.year % 100, mm=d.month)
            t = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
            return "N° de sécurité sociale", L("gov_id", t, sub="fr_nir")
        if cc == "BE":
            return "Numéro national", L("gov_id", benn_make(R, d, male), sub="be_nn")
        if cc == "ES":
            if R.random() < 0.8:
                n, l = dni_random(R)
                return "NIF", L("gov_id", n + R.choice(["", "-"]) + l, sub="es_dni")
            p_, n, l = nie_random(R)
            return "NIE", L("gov_id", p_ + n + l, sub="es_nie")
        if cc == "MX":
            sur = p["family"].split()
            return "CURP", L("gov_id", curp_make(R, sur[0], sur[1], p["given"], d, male, R.choice(["QT", "JC", "NL", "OC", "DF"])), sub="mx_curp")
        if cc == "CL":
            return "RUT", L("gov_id", rut_make(R), sub="cl_rut")
        if cc == "IT":
            return "Codice fiscale", L("gov_id", cf_make(p["family"], p["given"], d.year % 100, d.month, d.day, not male, R.choice(["A944", "L781", "G478", "L219", "A662"])), sub="it_cf")
        if cc == "NL":
            s = bsn_random(R)
            return "BSN", L("gov_id", R.choice([s, s[:4] + "." + s[4:6] + "." + s[6:]]), sub="nl_bsn")
        if cc == "PT":
            s = nifpt_make(R)
            return "NIF", L("gov_id", R.choice([s, s[:3] + " " + s[3:6] + " " + s[6:]]), sub="pt_nif")
        if cc == "BR":
            s = cpf_random(R)
            return "CPF", L("gov_id", "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="br_cpf")
        if cc == "PL":
            return "PESEL", L("gov_id", pesel_make(R, d, male), sub="pl_pesel")
        if cc == "SE":
            b, c = pnr_make(R, d, male)
            return "Personnummer", L("gov_id", R.choice(["%s-%s%s" % (b[:6], b[6:], c), "%d%s-%s%s" % (d.year // 100, b[:6], b[6:], c)]), sub="se_pnr")
        if cc == "NO":
            s = fnr_make(R, d, male)
            return "Fødselsnummer", L("gov_id", R.choice([s, s[:6] + " " + s[6:]]), sub="no_fnr")
        if cc == "FI":
            return "Henkilötunnus", L("gov_id", hetu_make(R, d), sub="fi_hetu")
        if cc == "GR":
            return "ΑΦΜ", L("gov_id", afm_make(R), sub="gr_afm")
        if cc == "TR":
            return "TC Kimlik No", L("gov_id", tckn_make(R), sub="tr_tckn")
        if cc == "RO":
            return "CNP", L("gov_id", cnp_make(R, d, male), sub="ro_cnp")
        if cc == "RU":
            return "ИНН", L("gov_id", inn12_make(R), sub="ru_inn")
        if cc == "JP":
            d11 = str(R.randint(1, 9)) + digits(R, 10)
            s = d11 + mynumber_check(d11)
            return "マイナンバー", L("gov_id", R.choice([s, "%s %s %s" % (s[:4], s[4:8], s[8:])]), sub="jp_mynumber")
        if cc == "KR":
            return "주민등록번호", L("gov_id", rrn_make(R, d, male), sub="kr_rrn")
        if cc == "CN":
            return "身份证号", L("gov_id", cnid_make(R, d, male, R.choice(["310115", "440106", "510107", "330106"])), sub="cn_id")
        return None


def _grp_steuer(R):
    s = steuerid_random(R)
    return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


HAS_GOV = set(PHONE) - {"NZ", "NG", "KE"}


def code(R, kind):
    if kind == "door":
        return R.choice(["%04d" % R.randint(1000, 9999), "%d%d%d%d%s" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.choice(["", "#", "*"])), R.choice("ABCDE") + "%d%d%d%d" % tuple(R.randint(0, 9) for _ in range(4))]).strip()
    if kind == "alarm":
        return "%d%d%d%d" % tuple(R.randint(1, 9) for _ in range(4)) + R.choice(["", "", "#"])
    if kind == "till":
        return "%04d" % R.randint(1000, 9999)
    if kind == "wifi":
        w = R.choice(["Haselnuss", "Mandarina", "Brioche", "Lavanda", "Kanelbulle", "Sakura", "Hibiscus", "Fiordo", "Tulipan", "Cardamom"])
        return R.choice([w + R.choice(["!", "#", "-", "_"]) + str(R.randint(100, 9999)), rnd(R, ALNUM, 12), w.lower() + "-" + R.choice(["salon", "werkstatt", "atelier", "taller", "bottega"]) + "-" + str(R.randint(10, 99))])
    if kind == "password":
        w = R.choice(["Gartenzwerg", "Pinsel", "Schraube", "Tornillo", "Scissors", "Ciseaux", "Hammer", "Forbici", "Kwast", "Tesoura"])
        return w + R.choice(["!", "?", "#", "$", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Z"])
    raise KeyError(kind)


def ALNUM_(R, n):
    return rnd(R, ALNUM, n)


def shop_secret(R, kind):
    if kind == "stripe":
        return "sk_live_" + rnd(R, ALNUM, R.choice([24, 99]))
    if kind == "whsec":
        return "whsec_" + rnd(R, ALNUM, 32)
    if kind == "shopify":
        return "shpat_" + rnd(R, "0123456789abcdef", 32)
    if kind == "woo_cs":
        return "cs_" + rnd(R, "0123456789abcdef", 40)
    if kind == "mollie":
        return "live_" + rnd(R, ALNUM, 30)
    if kind == "square":
        return "EAAA" + rnd(R, URLSAFE, 60)
    if kind == "paypal_secret":
        return "E" + rnd(R, URLSAFE, 79)
    if kind == "sendgrid":
        return secret_random(R, "sendgrid")
    if kind == "twilio":
        return rnd(R, "0123456789abcdef", 32)
    raise KeyError(kind)


def global_ip(R):
    while True:
        a = R.choice([31, 37, 46, 62, 78, 80, 81, 85, 88, 91, 94, 95, 109, 141, 145, 151, 159, 176, 178, 185, 188, 193, 195, 212, 213, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def global_ip6(R):
    return "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x1000, 0xffff), R.randint(0x100, 0xffff), R.randint(1, 0xffff), R.randint(2, 0xfff))


def fparts(s, **kw):
    """'text {a} more {b}' -> parts, where kw values are L/N objects or str."""
    out = []
    for piece in re.split(r"(\{\w+\})", s):
        if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in kw:
            out.append(kw[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


def req(ctx, kind):
    return ctx.R.choice(REQ[ctx.lang][kind])


def wrap(ctx, kind, body):
    """Request line before or after the paste, as people write it."""
    R = ctx.R
    r = req(ctx, kind)
    st = R.random()
    if st < 0.4:
        return [r + "\n\n", body]
    if st < 0.6:
        return [r + "\n\"\"\"\n", body, "\n\"\"\""]
    if st < 0.8:
        return [body, "\n\n---\n" + r]
    return [body, "\n\n" + r]

# ====================================================================== look-alikes
def la_taxline(ctx, person, d):
    """The tax line of a sole trader's invoice: the personal id where the
    country's invoices carry it (labelled), business ids as look-alikes."""
    R, cc = ctx.R, ctx.cc
    if cc == "DE":
        return ["Steuernummer: ", N("%d/%03d/%05d" % (R.randint(11, 99), R.randint(100, 999), R.randint(10000, 99999)), "steuernummer"),
                R.choice([" · USt-IdNr.: ", "\nUSt-IdNr. "]), N(ustid_make(R), "vat_id")]
    if cc == "AT":
        return ["UID: ", N("ATU%08d" % R.randint(10000000, 99999999), "vat_id"), " · Steuernummer ", N("%02d %03d/%04d" % (R.randint(3, 98), R.randint(100, 999), R.randint(1000, 9999)), "steuernummer")]
    if cc == "CH":
        return ["UID: ", N("CHE-%03d.%03d.%03d MWST" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999)), "vat_id")]
    if cc == "FR":
        sr = siren_make(R)
        return ["SIRET ", N("%s %s %s %s" % (sr[:3], sr[3:6], sr[6:], "%05d" % R.randint(10, 99999)), "siret"), "\nTVA non applicable, art. 293 B du CGI"]
    if cc == "BE":
        b8 = "0" + str(R.randint(2, 9)) + digits(R, 6)
        return ["N° d'entreprise / TVA ", N("BE %s.%s.%s%02d" % (b8[:4], b8[4:7], b8[7:], 97 - int(b8) % 97), "vat_id")]
    if cc == "NL":
        return ["KvK ", N("%08d" % R.randint(60000000, 99999999), "kvk"), " · btw-id ", N("NL%09dB%02d" % (R.randint(1, 999999999), R.randint(1, 99)), "vat_id")]
    if cc == "IT":
        return ["P. IVA ", N(piva_make(R), "vat_id"), " · C.F. ", ctx.gov(person, d)[1]]
    if cc in ("ES", "PT", "BR", "GR", "TR", "CL", "IN"):
        w, g = ctx.gov(person, d)
        extra = {"ES": ["  (IRPF 15 %)"], "GR": [" · ΔΟΥ ", N(R.choice(["Καλαμαριάς", "Πατρών", "Ηρακλείου"]), "tax_office")], "BR": [" · ISS retido"], "IN": []}.get(cc, [])
        return [w + ": ", g] + extra
    if cc == "SE":
        w, g = ctx.gov(person, d)
        return ["Org.nr: ", g, " · Godkänd för F-skatt"]
    if cc == "RU":
        w, g = ctx.gov(person, d)
        return ["ИНН ", g, " · ОГРНИП ", N("3%02d%s" % (R.randint(10, 99), digits(R, 12)), "ogrnip")]
    if cc == "PL":
        return ["NIP: ", N(nip_make(R), "nip"), " · REGON ", N(digits(R, 9), "regon")]
    if cc == "NO":
        return ["Org.nr. ", N("9%02d %03d %03d MVA" % (R.randint(10, 99), R.randint(100, 999), R.randint(100, 999)), "org_nr")]
    if cc == "FI":
        return ["Y-tunnus ", N(ytunnus_make(R), "y_tunnus")]
    if cc == "RO":
        return ["CIF ", N("RO%d" % R.randint(30000000, 49999999), "cif"), " · ", N("F%02d/%d/%d" % (R.randint(1, 40), R.randint(100, 3999), R.randint(2015, 2025)), "reg_com")]
    if cc == "JP":
        return ["登録番号 ", N("T%d%s" % (R.randint(1, 9), digits(R, 12)), "jp_invoice_reg")]
    if cc == "KR":
        return ["사업자등록번호 ", N("%03d-%02d-%05d" % (R.randint(101, 899), R.randint(10, 99), R.randint(10000, 99999)), "kr_brn")]
    if cc == "CN":
        return ["纳税人识别号 ", N("92" + digits(R, 4) + "MA" + rnd(R, string.digits + "ABCDEFGHJKLMNPQRTUWXY", 10), "cn_uscc")]
    if cc == "US":
        return ["EIN ", N("%02d-%07d" % (R.randint(10, 88), R.randint(1000000, 9999999)), "ein")]
    if cc == "GB":
        return [R.choice(["Not VAT registered", "VAT reg. no. "]), N("GB %03d %04d %02d" % (R.randint(100, 999), R.randint(1000, 9999), R.randint(10, 99)), "vat_id") if R.random() < 0.5 else ""]
    if cc == "CA":
        return ["GST/HST ", N("%09d RT0001" % R.randint(100000000, 999999999), "ca_bn")]
    if cc == "AU":
        return ["ABN ", N(abn_make(R), "abn")]
    if cc == "ZA":
        return ["VAT No. ", N("4%09d" % R.randint(0, 999999999), "vat_id")]
    if cc == "NG":
        return ["RC/", N("BN %07d" % R.randint(1000000, 3999999), "cac_bn")]
    return [R.choice(["Sole trader", "Self-employed"])]


def ytunnus_make(R):
    while True:
        d7 = digits(R, 7)
        r = sum(int(c) * w for c, w in zip(d7, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return d7 + "-" + str(0 if r == 0 else 11 - r)


def abn_make(R):
    while True:
        s = str(R.randint(1, 9)) + digits(R, 10)
        d = [int(c) for c in s]
        d[0] -= 1
        if d[0] >= 0 and sum(a * w for a, w in zip(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0:
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


BIC = {"DE": "COBADEFFXXX", "AT": "BKAUATWW", "CH": "UBSWCHZH80A", "FR": "AGRIFRPP", "BE": "GEBABEBB", "ES": "CAIXESBBXXX", "IT": "BCITITMM", "NL": "KNABNL2H",
       "PT": "BCOMPTPL", "PL": "PKOPPLPW", "SE": "NDEASESS", "NO": "DNBANOKK", "FI": "OKOYFIHH", "GR": "ETHNGRAA", "TR": "TGBATRIS", "RO": "RNCBROBU",
       "GB": "BARCGB22", "IE": "BOFIIE2D", "BR": "BRASBRRJ"}


def pay_block(ctx, holder=None):
    """How the freelancer is paid: IBAN where the country has one; elsewhere
    the local rails (account numbers as look-alikes; Chinese and Russian
    transfers go to a bank card number, labelled as a card)."""
    R, cc, v = ctx.R, ctx.cc, ctx.v
    if cc in IBAN_CC:
        out = [v["pay"] + ("\n" if R.random() < 0.5 else " "), ctx.iban()]
        if R.random() < 0.5:
            out += ["  BIC ", N(BIC[cc], "bic")]
        if holder:
            out += ["\n" + {"de": "Kontoinhaber", "fr": "Titulaire", "es": "Titular", "it": "Intestatario", "nl": "t.n.v.", "pt": "Titular", "pl": "Odbiorca", "sv": "Mottagare", "no": "Mottaker", "fi": "Saaja", "el": "Δικαιούχος", "tr": "Alıcı", "ro": "Titular"}.get(ctx.lang, "Account name") + ": ", L("person", holder)]
        return out
    if cc in ("CN", "RU"):
        c = ctx.card("unionpay" if cc == "CN" else "mir")
        return [v["pay"] + " " + ("招商银行 " if cc == "CN" else "карта Сбербанка "), c] + ([" (" + ("户名 " if cc == "CN" else "получатель "), L("person", holder), ")"] if holder else [])
    if cc == "US":
        return R.choice([["ACH: routing ", N("%09d" % R.randint(11000000, 322000000), "routing_number"), " / acct ", N(digits(R, 10), "account_number")],
                         ["Zelle to ", ctx.phone(intl=False)]])
    if cc == "AU":
        return ["BSB ", N("%03d-%03d" % (R.choice([62, 63, 73, 83, 12]), R.randint(0, 999)), "bsb"), " Acc ", N("%04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)), "account_number")]
    if cc == "NZ":
        return ["Bank a/c ", N("%02d-%04d-%07d-%02d" % (R.choice([1, 2, 6, 12, 38]), R.randint(0, 9999), R.randint(0, 9999999), R.randint(0, 99)), "account_number")]
    if cc == "CA":
        return ["e-Transfer to ", ctx.email(ctx._owner) if getattr(ctx, "_owner", None) else N("payments@", "role_mailbox")]
    if cc == "ZA":
        return ["FNB cheque acc ", N("62%09d" % R.randint(0, 999999999), "account_number"), " branch ", N("250655", "branch_code")]
    if cc == "NG":
        return ["GTBank ", N("0%09d" % R.randint(0, 999999999), "nuban"), " (NUBAN)"]
    if cc == "KE":
        return ["M-Pesa Till ", N("%d" % R.randint(100000, 999999), "mpesa_till"), " or Paybill ", N("%d" % R.randint(200000, 599999), "mpesa_paybill")]
    if cc == "IN":
        return ["A/c ", N(digits(R, 12), "account_number"), " IFSC ", N(R.choice(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + digits(R, 6), "ifsc")]
    if cc == "MX":
        return [v["pay"] + " CLABE ", N("0" + digits(R, 17), "clabe")]
    if cc == "CL":
        return ["Cuenta Vista BancoEstado ", N(digits(R, 8), "account_number")]
    if cc == "JP":
        return [v["pay"] + ": ", N(R.choice(["三井住友銀行 梅田支店", "みずほ銀行 天神支店", "ゆうちょ銀行 〇一八店"]) + " 普通 " + digits(R, 7), "jp_bank_account")]
    if cc == "KR":
        return [v["pay"] + ": ", N(R.choice(["국민은행 ", "신한은행 ", "카카오뱅크 "]) + "%06d-%02d-%06d" % (R.randint(0, 999999), R.randint(0, 99), R.randint(0, 999999)), "kr_bank_account")]
    return []


def invno(R, cc):
    y = R.choice([2025, 2026])
    return R.choice(["%d-%03d" % (y, R.randint(1, 240)), "RE-%d-%04d" % (y, R.randint(1, 999)), "INV%05d" % R.randint(10, 9999), "F%d/%02d/%03d" % (y, R.randint(1, 12), R.randint(1, 300)), "#%d" % R.randint(100, 1999)])


def adate(R):
    return datetime.date(R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28))


SERVICES = {
    "en": ["Logo redesign (3 rounds)", "Replace kitchen tap + isolator", "Garden clearance, 2 people x 6 h", "Website maintenance, October", "Rewire 2 sockets, new RCD", "End-of-tenancy clean", "Copywriting, 4 blog posts", "Boiler service"],
    "de": ["Malerarbeiten Wohnzimmer", "Austausch Mischbatterie", "Heckenschnitt inkl. Entsorgung", "Webdesign Pauschale", "Fliesenarbeiten Bad", "Übersetzung DE-EN, 12 Normseiten", "Fahrtkosten"],
    "fr": ["Remplacement chauffe-eau 150 L", "Taille de haies", "Création de logo", "Ménage fin de chantier", "Main d'œuvre (3 h)", "Déplacement"],
    "es": ["Reforma de baño (mano de obra)", "Diseño de logotipo", "Limpieza de cristales", "Cambio de grifo", "Desplazamiento"],
    "it": ["Sostituzione caldaia", "Tinteggiatura soggiorno", "Progetto grafico", "Manutenzione giardino", "Uscita tecnico"],
    "nl": ["Schilderwerk slaapkamer", "Vervangen kraan", "Logo-ontwerp", "Tuinonderhoud", "Voorrijkosten"],
    "pt": ["Pintura de sala", "Troca de torneira", "Design de logótipo", "Limpeza pós-obra", "Deslocação"],
    "pl": ["Malowanie pokoju", "Wymiana baterii", "Projekt logo", "Sprzątanie po remoncie", "Dojazd"],
    "sv": ["Målning vardagsrum", "Byte av blandare", "Logotyp", "Trädgårdsskötsel", "Resekostnad"],
    "no": ["Maling av stue", "Bytte blandebatteri", "Logodesign", "Hagearbeid", "Kjøring"],
    "fi": ["Olohuoneen maalaus", "Hanan vaihto", "Logosuunnittelu", "Pihatyöt", "Matkakulut"],
    "el": ["Βάψιμο σαλονιού", "Αλλαγή μπαταρίας", "Σχεδιασμός λογοτύπου", "Κηπουρική", "Μεταφορικά"],
    "tr": ["Salon boyası", "Batarya değişimi", "Logo tasarımı", "Bahçe bakımı", "Yol ücreti"],
    "ro": ["Zugrăvit sufragerie", "Înlocuire baterie", "Design logo", "Întreținere grădină", "Deplasare"],
    "ru": ["Покраска стен", "Замена смесителя", "Дизайн логотипа", "Уборка после ремонта", "Выезд мастера"],
    "ja": ["ロゴデザイン一式", "水栓交換", "庭木剪定", "ハウスクリーニング", "出張費"],
    "ko": ["로고 디자인", "수전 교체", "입주 청소", "조경 관리", "출장비"],
    "zh": ["卫生间水管更换", "墙面粉刷", "标志设计", "保洁服务", "上门费"],
}


def lines_block(ctx, n=None):
    R, cc = ctx.R, ctx.cc
    n = n or R.randint(1, 3)
    items = R.sample(SERVICES[ctx.lang], n)
    out, tot = [], 0
    for it in items:
        x = R.choice([45, 60, 80, 120, 150, 240, 380, 520, 890, 1250]) * (150 if cc in ("JP", "KR", "CL") else (5 if cc in ("TR", "IN", "RU", "MX", "ZA", "KE", "NG") else 1)) + R.choice([0, 0.5, 0.9])
        tot += x
        out.append("  %s  %s\n" % (it, money(cc, x)))
    return out, tot


# ====================================================================== templates
SUFFIX = {"US": "LLC", "CA": "Inc.", "AU": "Pty Ltd", "ZA": "(Pty) Ltd", "NG": "Nigeria Ltd", "KE": "Ltd", "IN": "Pvt. Ltd.", "DE": "GmbH", "AT": "GmbH", "CH": "AG",
          "FR": "SARL", "BE": "SRL", "ES": "S.L.", "MX": "S.A. de C.V.", "CL": "SpA", "IT": "S.r.l.", "NL": "B.V.", "PT": "Lda.", "BR": "Ltda.", "PL": "sp. z o.o.",
          "SE": "AB", "NO": "AS", "FI": "Oy", "GR": "Ι.Κ.Ε.", "TR": "Ltd. Şti.", "RO": "S.R.L.", "RU": "ООО", "JP": "株式会社", "KR": "㈜", "CN": "有限公司"}


def t_invoice(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    me = ctx.person()
    ctx._owner = me
    d = ctx.dob()
    cl = ctx.person()
    firm = R.choice(["Kettleby", "Brightwater", "Halcyon", "Nordhavn", "Thornbury", "Arcadia", "Zephyr", "Larkspur", "Quillon"]) + " " + SUFFIX.get(cc, "Ltd")
    rows, tot = lines_block(ctx)
    body = [v["inv"] + " " + v["no"] + " ", N(invno(R, cc), "invoice_number"), "\n",
            v["date"] + ": ", N(fmt_date(cc, adate(R)), "invoice_date"), "   " + v["due"] + ": ", N(fmt_date(cc, adate(R)), "due_date"), "\n\n",
            L("person", me["full"]), "\n", ctx.addr(multiline=R.random() < 0.6), "\n",
            v["tel"] + ": ", ctx.phone(), "  " + v["mail"] + ": ", ctx.email(me, personal=R.random() < 0.5), "\n",
            la_taxline(ctx, me, d), "\n\n",
            v["client"] + ":\n", N(firm, "company"), "\n", (["Attn. " if ctx.lang == "en" else "", L("person", cl["full"]), "\n"] if R.random() < 0.7 else []),
            N(R.choice(["PO 4500%06d" % R.randint(0, 999999), "Ref. %s-%d" % (R.choice("ABKQ"), R.randint(100, 9999)), "Order %d" % R.randint(10000, 99999)]), "order_number"), "\n\n",
            v["desc"] + ":\n", rows, v["total"] + ": ", N(money(cc, tot), "amount"), "\n\n", pay_block(ctx, holder=None)]
    return "invoice", wrap(ctx, "check", body)


def t_job(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    cust = ctx.person()
    tech = ctx.person()
    tech_name = tech["given"] + " " + (tech["family"][0] + "." if cc not in CJK else "") if cc not in CJK else tech["full"]
    body = [v["job"] + " ", N("WO-%d-%04d" % (R.choice([25, 26]), R.randint(1, 9999)), "job_number"), " · ", N(fmt_date(cc, adate(R)), "job_date"), " ", N("%02d:%02d–%02d:%02d" % (R.randint(7, 10), R.choice([0, 30]), R.randint(11, 17), R.choice([0, 30])), "time_range"), "\n",
            v["client"] + ": ", L("person", cust["full"]), "\n",
            v["addr"] + ": ", ctx.addr(), "\n",
            v["tel"] + ": ", ctx.phone(), "\n"]
    acc = R.random()
    if acc < 0.45:
        body += [v["keysafe"] + ": ", L("secret", code(R, "door"), sub="door_code"), "\n"]
    if acc > 0.3:
        body += [v["alarm"] + ": ", L("secret", code(R, "alarm"), sub="alarm_code"), "\n"]
    if R.random() < 0.3:
        body += ["Wi-Fi: ", N(R.choice(["FRITZ!Box 7590 KL", "Livebox-4F2A", "VM1234567", "TP-Link_5G_3F", "Vodafone-A7C2"]), "ssid"), " / ", L("secret", code(R, "wifi"), sub="wifi_key"), "\n"]
    body += [v["notes"] + ": ", N(R.choice(["Vaillant ecoTEC plus 832", "Grundfos UPS 25-60", "Siemens WM14N2", "Daikin FTXM35R", "Bosch GWS 18V"]), "model"), " S/N ", N("%s%08d" % (R.choice(["21", "VA", "GR", "SX"]), R.randint(0, 99999999)), "serial_number"), ", ", N(money(cc, R.choice([35, 48, 60, 95])), "amount"), "/h\n",
             v["tech"] + ": ", L("person", tech_name), "\n"]
    if R.random() < 0.3:
        sig = ctx.person(family=cust["fam0"]) if cc not in CJK else None
        if sig:
            body += [v["signed"] + ": ", L("person", sig["full"]), "\n"]
    return "work_order", wrap(ctx, "job", body)


def t_payroll(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    n = R.choice([1, 2, 2])
    style = R.choice(["csv", "tsv", "md"])
    sep = {"csv": ";" if ctx.lang not in ("en", "ja", "ko", "zh") else ",", "tsv": "\t", "md": " | "}[style]
    govw = ctx.gov(ctx.person(), ctx.dob())[0]
    ctx.used = set()
    has_iban = cc in IBAN_CC
    hdr = [v["name"], v["dob"], govw, v["addr"], (v["bank"] + " IBAN" if has_iban else v["bank"]), v["salary"]]
    out = []
    if style == "md":
        out.append("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
    else:
        out.append(sep.join(hdr) + "\n")
    for _ in range(n):
        p = ctx.person()
        d = ctx.dob(1965, 2006)
        w, g = ctx.gov(p, d)
        row = [L("person", p["full"]), sep, L("dob", fmt_date(cc, d)), sep, g, sep]
        a = ctx.addr()
        if style == "csv" and "," in a.value and sep == ",":
            row += ['"', a, '"']
        else:
            row += [a]
        row += [sep]
        if has_iban:
            row += [ctx.iban(grouped=False)]
        elif cc in ("CN", "RU"):
            row += [ctx.card("unionpay" if cc == "CN" else "mir")]
        else:
            row += [N(digits(R, 10), "account_number")]
        row += [sep, N(money(cc, R.choice([1850, 2140, 2675, 3120, 1420]) * {"JP": 150, "KR": 1500, "CL": 400, "SE": 10, "NO": 10, "PL": 3, "RO": 3, "TR": 20, "IN": 20, "RU": 40, "MX": 10, "ZA": 10, "KE": 40, "NG": 300, "CN": 5}.get(cc, 1)), "amount")]
        if style == "md":
            row = ["| "] + row + [" |"]
        out += row + ["\n"]
    title = R.choice(["payroll_%s.%s" % (adate(R).strftime("%Y-%m"), "csv" if style != "md" else "md"), v["emp"] + " – " + N(adate(R).strftime("%m/%Y"), "period").text])
    return {"csv": "csv", "tsv": "tsv", "md": "table"}[style], wrap(ctx, R.choice(["calc", "check"]), [title + "\n"] + out)


def t_config(ctx):
    R, cc = ctx.R, ctx.cc
    me = ctx.person()
    kinds = R.sample(["stripe", "whsec", "shopify", "woo_cs", "mollie", "square", "paypal_secret", "sendgrid"], R.randint(2, 4))
    style = R.choice(["env", "yaml", "json"])
    names = {"stripe": "STRIPE_SECRET_KEY", "whsec": "STRIPE_WEBHOOK_SECRET", "shopify": "SHOPIFY_ADMIN_API_TOKEN", "woo_cs": "WC_CONSUMER_SECRET",
             "mollie": "MOLLIE_API_KEY", "square": "SQUARE_ACCESS_TOKEN", "paypal_secret": "PAYPAL_CLIENT_SECRET", "sendgrid": "SENDGRID_API_KEY"}
    items = []
    items.append(("SHOP_NAME", N(R.choice(["Fahrradwerkstatt Nordlicht", "Atelier Coquelicot", "Cerámica Alborán", "Bottega del Vetro", "Saippuapaja Kuura", "Tinta & Papel", "Kettle & Crumb", "花屋こもれび"]), "shop_name")))
    items.append(("ADMIN_NAME", L("person", me["full"])))
    items.append(("ADMIN_EMAIL", ctx.email(me)))
    items.append(("ADMIN_PASSWORD", L("secret", code(R, "password"), sub="password")))
    if "stripe" in kinds:
        items.append(("STRIPE_PUBLISHABLE_KEY", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key")))
    if "woo_cs" in kinds:
        items.append(("WC_CONSUMER_KEY", N("ck_" + rnd(R, "0123456789abcdef", 40), "consumer_key")))
    for k in kinds:
        items.append((names[k], L("secret", shop_secret(R, k), sub=k)))
    items.append(("SMTP_HOST", N(R.choice(["smtp.strato.de", "mail.gandi.net", "smtp.office365.com", "smtp.ionos.es"]), "host")))
    items.append(("SMTP_USER", ctx.email(me)))
    items.append(("SMTP_PASS", L("secret", code(R, "password"), sub="password")))
    items.append(("DB_HOST", L("ip", global_ip(R), sub="ipv4") if R.random() < 0.7 else N("127.0.0.1", "loopback")))
    items.append(("TRUSTED_PROXY", N(R.choice(["203.0.113.10", "198.51.100.24", "192.0.2.7", "10.0.0.0/8"]), "doc_ip")))
    items.append(("ORDER_PREFIX", N(R.choice(["WS-", "ORD-", "B2C-"]) + str(R.randint(1000, 9999)), "order_prefix")))
    items.append(("APP_VERSION", N("%d.%d.%d" % (R.randint(1, 8), R.randint(0, 20), R.randint(0, 30)), "version")))
    R.shuffle(items)
    out = []
    if style == "env":
        out.append("# .env – %s\n" % R.choice(["production", "live shop", "Kasse / POS"]))
        for k, val in items:
            out += [k + "=", val, "\n"]
    elif style == "yaml":
        out.append("shop:\n")
        for k, val in items:
            out += ["  " + k.lower() + ": ", val, "\n"]
    else:
        out.append("{\n")
        for i, (k, val) in enumerate(items):
            out += ['  "' + k.lower() + '": "', val, '"' + ("," if i < len(items) - 1 else "") + "\n"]
        out.append("}\n")
    if R.random() < 0.5:
        out += ["\n", N("2026-%02d-%02dT%02d:%02d:11Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "log_time"), " POST /webhooks/payments 400 from ", L("ip", global_ip(R), sub="ipv4"), " – ", N("No signatures found matching the expected signature for payload", "error"), "\n"]
    return {"env": "env", "yaml": "yaml", "json": "config"}[style], wrap(ctx, "fix", out)


CHAT = {
    "en": ["Hi, it's {me}, {ref} gave me your number – can you quote for a new bathroom?", "Sure. What's the address?", "{addr}", "Key safe is left of the door, code {code}. I'm at work till 6.", "Invoice to {email} please, and call {phone} if the water has to go off.", "Done. Bank details: {iban}. Thanks {cust}!"],
    "de": ["Hallo, hier ist {me}, ich hab Ihre Nummer von {ref}. Machen Sie auch Badsanierungen?", "Ja klar. Wo wäre das?", "{addr}", "Schlüssel liegt im Schlüsseltresor neben der Tür, Code {code}.", "Rechnung bitte an {email}, und ruf mich an unter {phone}, falls das Wasser abgestellt werden muss.", "Erledigt 👍 Meine Bankverbindung: {iban}. Danke {cust}!"],
    "fr": ["Bonjour, c'est {me}, j'ai eu votre numéro par {ref}. Vous faites les salles de bains ?", "Oui bien sûr, c'est où ?", "{addr}", "Boîte à clés à gauche de la porte, code {code}.", "Facture à {email} svp, et appelez-moi au {phone} s'il faut couper l'eau.", "C'est fait 👍 Mon RIB : {iban}. Merci {cust} !"],
    "es": ["Hola, soy {me}, me pasó tu número {ref}. ¿Haces reformas de baño?", "Claro, ¿dónde es?", "{addr}", "Hay una caja de llaves junto a la puerta, código {code}.", "La factura a {email} porfa, y llámame al {phone} si hay que cortar el agua.", "Listo 👍 Mi cuenta: {iban}. ¡Gracias {cust}!"],
    "it": ["Ciao, sono {me}, mi ha dato il tuo numero {ref}. Fai anche bagni?", "Certo, dove si trova?", "{addr}", "Le chiavi sono nella cassetta accanto alla porta, codice {code}.", "Fattura a {email} per favore, e chiamami al {phone} se bisogna chiudere l'acqua.", "Fatto 👍 IBAN: {iban}. Grazie {cust}!"],
    "nl": ["Hoi, met {me}, ik kreeg je nummer van {ref}. Doe jij ook badkamers?", "Zeker, waar is het?", "{addr}", "Sleutelkluisje naast de deur, code {code}.", "Factuur graag naar {email}, en bel {phone} als het water eraf moet.", "Klaar 👍 Rekeningnummer: {iban}. Bedankt {cust}!"],
    "pt": ["Olá, fala {me}, o {ref} me passou seu contato. Você faz reforma de banheiro?", "Faço sim, qual o endereço?", "{addr}", "A chave fica no cofre ao lado da porta, código {code}.", "Manda a nota pro {email}, e me liga no {phone} se precisar fechar a água.", "Feito 👍 Meus dados: {iban}. Obrigado {cust}!"],
    "pl": ["Dzień dobry, tu {me}, numer mam od {ref}. Robi Pan łazienki?", "Tak, gdzie to jest?", "{addr}", "Klucz jest w sejfie przy drzwiach, kod {code}.", "Fakturę proszę na {email}, a w razie zakręcania wody dzwonić {phone}.", "Gotowe 👍 Numer konta: {iban}. Dzięki {cust}!"],
    "sv": ["Hej, det är {me}, fick ditt nummer av {ref}. Gör du badrum?", "Absolut, var ligger det?", "{addr}", "Nyckeln ligger i nyckelboxen vid dörren, kod {code}.", "Faktura till {email}, och ring {phone} om vattnet måste stängas av.", "Klart 👍 Konto: {iban}. Tack {cust}!"],
    "no": ["Hei, dette er {me}, fikk nummeret ditt av {ref}. Tar du bad?", "Ja, hvor er det?", "{addr}", "Nøkkelen ligger i nøkkelboksen ved døra, kode {code}.", "Faktura til {email}, og ring {phone} hvis vannet må stenges.", "Ferdig 👍 Kontonr: {iban}. Takk {cust}!"],
    "fi": ["Hei, täällä {me}, sain numerosi {ref}lta. Teetkö kylpyhuoneremontteja?", "Teen, missä kohde on?", "{addr}", "Avain on avainsäilössä oven vieressä, koodi {code}.", "Lasku osoitteeseen {email}, ja soita {phone} jos vesi pitää katkaista.", "Valmista 👍 Tilinumero: {iban}. Kiitos {cust}!"],
    "el": ["Γεια σας, με λένε {me}, το τηλέφωνό σας το πήρα από {ref}. Κάνετε μπάνια;", "Βεβαίως, πού είναι;", "{addr}", "Το κλειδί είναι στην κλειδοθήκη δίπλα στην πόρτα, κωδικός {code}.", "Το τιμολόγιο στο {email}, και πάρτε με στο {phone} αν χρειαστεί να κλείσει το νερό.", "Έγινε 👍 IBAN: {iban}. Ευχαριστώ {cust}!"],
    "tr": ["Merhaba, ben {me}, numaranızı {ref} verdi. Banyo tadilatı yapıyor musunuz?", "Tabii, adres neresi?", "{addr}", "Anahtar kapının yanındaki kutuda, şifre {code}.", "Faturayı {email} adresine atın, su kesilecekse {phone} numarasından arayın.", "Tamamdır 👍 IBAN: {iban}. Teşekkürler {cust}!"],
    "ro": ["Bună ziua, sunt {me}, am numărul dvs. de la {ref}. Faceți și băi?", "Da, unde e?", "{addr}", "Cheia e în cutia de lângă ușă, cod {code}.", "Factura pe {email}, și sunați-mă la {phone} dacă trebuie oprită apa.", "Gata 👍 Contul meu: {iban}. Mulțumesc {cust}!"],
    "ru": ["Здравствуйте, это {me}, ваш номер дал {ref}. Делаете ванные под ключ?", "Да, какой адрес?", "{addr}", "Ключ в ключнице у двери, код {code}.", "Счёт на {email}, а если надо перекрыть воду — звоните {phone}.", "Готово 👍 Перевод на карту {iban}. Спасибо, {cust}!"],
    "ja": ["{ref}さんの紹介で連絡しました、{me}です。浴室のリフォームはお願いできますか？", "はい、場所はどちらですか？", "{addr}", "玄関横のキーボックスに鍵があります。暗証番号は{code}です。", "請求書は{email}へ、断水が必要なら{phone}に電話ください。", "完了しました👍 お振込みお願いします。{cust}様ありがとうございました。"],
    "ko": ["안녕하세요, {ref}님 소개로 연락드린 {me}입니다. 욕실 공사 하시나요?", "네, 주소가 어디세요?", "{addr}", "현관 옆 키박스에 열쇠 있어요. 비밀번호 {code}.", "청구서는 {email}로, 단수해야 하면 {phone}로 전화 주세요.", "완료했습니다 👍 {cust}님 감사합니다."],
    "zh": ["您好，我是{me}，{ref}给我的电话。你们做卫生间翻新吗？", "做的，地址在哪？", "{addr}", "钥匙在门边的钥匙盒里，密码{code}。", "发票发到{email}，要停水的话打我电话{phone}。", "完工了👍 请转到卡号{iban}。谢谢{cust}！"],
}


def t_chat(ctx):
    R, cc = ctx.R, ctx.cc
    cust = ctx.person()
    trade = ctx.person()
    ref = ctx.person()
    lines = CHAT[ctx.lang]
    day = adate(R)
    out = []
    tn = trade["given"] if R.random() < 0.6 else trade["full"]
    cn = cust["full"] if cc not in ("JP",) else cust["full"]
    senders = [cn, tn, cn, cn, cn, tn]
    pay = ctx.iban() if cc in IBAN_CC else (ctx.card("unionpay" if cc == "CN" else "mir") if cc in ("CN", "RU") else None)
    ts_fmt = R.choice(["[%s, %02d:%02d] ", "%s %02d:%02d - "])
    for i, (s, ln) in enumerate(zip(senders, lines)):
        if "{iban}" in ln and pay is None:
            ln = ln.split("{iban}")[0].rstrip(" :：") + "." if ctx.lang not in ("ja", "ko") else ln
            ln = {"en": "Done. I'll send the invoice tonight. Thanks {cust}!", "es": "Listo 👍 Te mando la factura hoy. ¡Gracias {cust}!"}.get(ctx.lang, ln)
        t = ts_fmt % (fmt_date("GB" if cc not in ("US",) else "US", day + datetime.timedelta(days=i // 2)).replace("/20", "/"), 8 + i, R.randint(0, 59))
        out += [N(t, "chat_timestamp"), L("person", s), ": "]
        kw = dict(me=L("person", cn), ref=L("person", ref["given"] if R.random() < 0.5 else ref["full"]), addr=ctx.addr(),
                  code=L("secret", code(R, "door"), sub="door_code"), email=ctx.email(cust), phone=ctx.phone(),
                  cust=L("person", cust["given"]))
        if pay is not None:
            kw["iban"] = pay
        out += fparts(ln, **kw) + ["\n"]
    return "chat_export", wrap(ctx, "chat", out)


BOOK_SVC = {"en": ["Cut & finish", "Balayage", "Deep tissue 60'", "Physio follow-up", "Gel nails", "Beard trim"],
            "de": ["Waschen/Schneiden/Föhnen", "Strähnen", "Massage 45 min", "Fußpflege", "Wimpernlifting"],
            "fr": ["Coupe brushing", "Couleur", "Ostéo 45 min", "Soin visage", "Pose vernis"],
            "es": ["Corte y peinado", "Mechas", "Fisioterapia 50'", "Manicura", "Depilación"],
            "it": ["Piega", "Colore", "Massaggio 50'", "Pedicure", "Trattamento viso"],
            "nl": ["Knippen & föhnen", "Kleuren", "Sportmassage", "Pedicure", "Wenkbrauwen"],
            "pt": ["Corte e escova", "Madeixas", "Fisioterapia", "Manicure", "Sobrancelha"],
            "pl": ["Strzyżenie", "Koloryzacja", "Masaż 60 min", "Manicure hybrydowy"],
            "sv": ["Klippning", "Slingor", "Massage 60 min", "Fotvård"],
            "no": ["Klipp", "Farge", "Massasje 60 min", "Fotpleie"],
            "fi": ["Hiustenleikkuu", "Raidat", "Hieronta 60 min", "Jalkahoito"],
            "el": ["Κούρεμα", "Βαφή", "Μασάζ 60'", "Μανικιούρ"],
            "tr": ["Kesim + fön", "Boya", "Masaj 60 dk", "Manikür"],
            "ro": ["Tuns", "Vopsit", "Masaj 60 min", "Manichiură"],
            "ru": ["Стрижка", "Окрашивание", "Массаж 60 мин", "Маникюр"],
            "ja": ["カット", "カラー", "整体60分", "ネイル"],
            "ko": ["커트", "염색", "마사지 60분", "네일"],
            "zh": ["剪发", "染发", "推拿60分钟", "美甲"]}


def t_booking(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    n = R.randint(2, 4)
    therapist = R.random() < 0.4
    hdr = [v["date"], "", v["name"], v["tel"], "Service" if ctx.lang == "en" else v["desc"]] + ([v["dob"]] if therapist else []) + [v["notes"]]
    out = ["| " + " | ".join(h for h in hdr if h) + " |\n|" + "---|" * len([h for h in hdr if h]) + "\n"]
    day = adate(R)
    for i in range(n):
        p = ctx.person()
        row = ["| ", N(fmt_date(cc, day) + " %02d:%02d" % (9 + i, R.choice([0, 15, 30, 45])), "appointment_time"), " | ", L("person", p["full"] if R.random() < 0.7 else p["given"] + " " + p["family"][0] + "." if cc not in CJK else p["full"]), " | ", ctx.phone(), " | ", R.choice(BOOK_SVC[ctx.lang]), " | "]
        if therapist:
            row += [L("dob", ctx.dob_text(ctx.dob(1950, 2010))), " | "]
        nr = R.random()
        if nr < 0.25:
            row += [ctx.email(p)]
        elif nr < 0.4:
            row += ["deposit " if ctx.lang == "en" else "", ctx.card()]
        elif nr < 0.55:
            row += [N(money(cc, R.choice([20, 25, 30, 40]) * (150 if cc in ("JP", "KR", "CL") else 1)), "amount")]
        else:
            row += [N(R.choice(["#%d" % R.randint(100, 999), "no-show x1", "VIP", "★", "—"]), "note")]
        out += row + [" |\n"]
    return "table", wrap(ctx, R.choice(["table_req", "calc"]) if False else R.choice(["check", "calc"]), out)


REMIND = {
    "en": ("Dear {debtor},", "Our records show that invoice {inv} of {amount} is now {days} days overdue. Please settle it within 7 days to avoid a referral to debt recovery."),
    "de": ("Sehr geehrte/r {debtor},", "leider ist die Rechnung {inv} über {amount} seit {days} Tagen überfällig. Bitte überweisen Sie den Betrag innerhalb von 7 Tagen, andernfalls leite ich ein Mahnverfahren ein."),
    "fr": ("Madame, Monsieur {debtor},", "Sauf erreur de ma part, la facture {inv} d'un montant de {amount} reste impayée depuis {days} jours. Merci de procéder au règlement sous 8 jours."),
    "es": ("Estimado/a {debtor}:", "Le recordamos que la factura {inv} por importe de {amount} lleva {days} días vencida. Le rogamos que la abone en un plazo de 7 días."),
    "it": ("Gentile {debtor},", "la fattura {inv} di {amount} risulta scaduta da {days} giorni. La prego di saldarla entro 7 giorni per evitare azioni di recupero."),
    "nl": ("Beste {debtor},", "Factuur {inv} van {amount} staat al {days} dagen open. Wilt u het bedrag binnen 14 dagen overmaken? Daarna volgen incassokosten."),
    "pt": ("Caro/a {debtor},", "A fatura {inv} no valor de {amount} encontra-se vencida há {days} dias. Agradeço o pagamento no prazo de 8 dias."),
    "pl": ("Szanowny Panie / Szanowna Pani {debtor},", "faktura {inv} na kwotę {amount} jest przeterminowana o {days} dni. Proszę o zapłatę w ciągu 7 dni."),
    "sv": ("Hej {debtor},", "Faktura {inv} på {amount} är {days} dagar försenad. Betala inom 10 dagar, annars skickas ärendet till inkasso."),
    "no": ("Hei {debtor},", "Faktura {inv} på {amount} er {days} dager på overtid. Vennligst betal innen 14 dager for å unngå inkasso."),
    "fi": ("Hei {debtor},", "lasku {inv} ({amount}) on ollut erääntyneenä {days} päivää. Pyydän maksamaan sen 7 päivän kuluessa."),
    "el": ("Αγαπητέ/ή {debtor},", "Το τιμολόγιο {inv} ποσού {amount} είναι ληξιπρόθεσμο εδώ και {days} ημέρες. Παρακαλώ εξοφλήστε το εντός 7 ημερών."),
    "tr": ("Sayın {debtor},", "{inv} numaralı {amount} tutarındaki faturanın vadesi {days} gün önce doldu. Lütfen 7 gün içinde ödeme yapınız."),
    "ro": ("Stimate/Stimată {debtor},", "Factura {inv} în valoare de {amount} este restantă de {days} zile. Vă rog să achitați în termen de 7 zile."),
    "ru": ("Уважаемый(ая) {debtor}!", "Счёт {inv} на сумму {amount} просрочен на {days} дней. Прошу оплатить в течение 7 дней."),
    "ja": ("{debtor} 様", "請求書{inv}（{amount}）のお支払期限を{days}日過ぎております。7日以内にお振込みをお願いいたします。"),
    "ko": ("{debtor}님께", "청구서 {inv}({amount})의 지급기한이 {days}일 지났습니다. 7일 이내에 입금 부탁드립니다."),
    "zh": ("{debtor}您好：", "编号{inv}的款项{amount}已逾期{days}天，请在7天内付款。"),
}


SAL_G = {"de": ("Sehr geehrter Herr {debtor},", "Sehr geehrte Frau {debtor},"), "fr": ("Monsieur {debtor},", "Madame {debtor},"),
         "es": ("Estimado Sr. {debtor}:", "Estimada Sra. {debtor}:"), "it": ("Gentile sig. {debtor},", "Gentile sig.ra {debtor},"),
         "pl": ("Szanowny Panie {debtor},", "Szanowna Pani {debtor},"), "pt": ("Caro Sr. {debtor},", "Cara Sr.ª {debtor},"),
         "ro": ("Stimate domnule {debtor},", "Stimată doamnă {debtor},"), "tr": ("Sayın {debtor} Bey,", "Sayın {debtor} Hanım,"),
         "ru": ("Уважаемый {debtor}!", "Уважаемая {debtor}!")}


def t_reminder(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    me = ctx.person()
    deb = ctx.person()
    ctx._owner = me
    sal, body = REMIND[ctx.lang]
    inv = N(invno(R, cc), "invoice_number")
    amt = N(money(cc, R.choice([180, 340, 615, 1290, 2450]) * (150 if cc in ("JP", "KR", "CL") else (8 if cc in ("TR", "IN", "RU", "MX", "ZA", "KE", "NG", "CN") else 1)) + 0.5), "amount")
    deb_name = deb["full"] if cc not in ("DE", "AT", "CH", "FR", "BE", "PL", "ES", "IT", "PT", "RO", "GR", "TR", "RU") or R.random() < 0.5 else deb["family"]
    if ctx.lang == "tr" and deb_name != deb["full"]:
        deb_name = deb["given"]
    out = [L("person", me["full"]), "\n", ctx.addr(multiline=True), "\n", ctx.phone(), " · ", ctx.email(me), "\n\n",
           L("person", deb["full"]), "\n", ctx.addr(multiline=True), "\n\n",
           N(fmt_date(cc, adate(R)), "letter_date"), "\n", v["remind"] + " – " + v["inv"] + " ", N(inv.text, "invoice_number"), "\n\n"]
    if deb_name != deb["full"] and ctx.lang in SAL_G:
        sal = SAL_G[ctx.lang][0 if deb["male"] else 1]
    out += fparts(sal, debtor=L("person", deb_name)) + ["\n"]
    out += fparts(body, inv=inv, amount=amt, days=str(R.choice([14, 21, 30, 45, 60]))) + ["\n\n"]
    out += pay_block(ctx) + ["\n\n", v["bye"] + "\n", L("person", me["full"])]
    return "letter", wrap(ctx, "letter", out)


TAXFORM = {"US": "Schedule C (Form 1040) – draft", "GB": "SA103S Self-employment (short) – notes", "IE": "Form 11 – self-employed income", "CA": "T2125 Statement of Business Activities",
           "AU": "Individual tax return – business schedule", "ZA": "ITR12 – local business, trade and professional income", "IN": "ITR-4 (Sugam) – presumptive income 44ADA",
           "DE": "Anlage EÜR / Einkommensteuererklärung (Entwurf)", "AT": "E1 + E1a Einkommensteuererklärung", "CH": "Steuererklärung selbständig Erwerbende",
           "FR": "Déclaration 2042-C-PRO (micro-BNC)", "BE": "Déclaration IPP – partie 2, cadre XVIII", "ES": "Modelo 130 – pago fraccionado IRPF", "MX": "Declaración anual – RESICO",
           "CL": "Formulario 22 – honorarios", "IT": "Modello Redditi PF – quadro LM forfettario", "NL": "Aangifte IB – winst uit onderneming", "PT": "IRS Modelo 3 – Anexo B",
           "BR": "Carnê-Leão – rendimentos de autônomo", "PL": "PIT-36L – podatek liniowy", "SE": "NE-bilaga – enskild näringsverksamhet", "NO": "Næringsspesifikasjon – enkeltpersonforetak",
           "FI": "Veroilmoitus 5 – elinkeinotoiminta", "GR": "Ε1 – εισόδημα από επιχειρηματική δραστηριότητα", "TR": "Yıllık gelir vergisi beyannamesi – serbest meslek",
           "RO": "Declarația unică – activități independente", "RU": "Декларация по УСН (доходы 6 %)", "JP": "確定申告書B・青色申告決算書（下書き）", "KR": "종합소득세 신고서 (사업소득)",
           "CN": "个人所得税经营所得纳税申报表（B表）", "NZ": "IR3 – individual return, self-employed income", "NG": "Personal income tax self-assessment (Form A)",
           "KE": "iTax IT1 – individual resident return, business income"}


def t_tax(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    me = ctx.person()
    d = ctx.dob(1955, 2000)
    out = [TAXFORM[cc] + "\n", v["name"] + ": ", L("person", me["fio"] if cc == "RU" else me["full"]), "\n"]
    g = ctx.gov(me, d) if cc in HAS_GOV else None
    if g:
        out += [g[0] + ": ", g[1], "\n"]
    out += [v["dob"] + ": ", L("dob", ctx.dob_text(d)), "\n", v["addr"] + ": ", ctx.addr(), "\n"]
    if R.random() < 0.5:
        out += [v["tel"] + ": ", ctx.phone(), "\n"]
    if cc in IBAN_CC and R.random() < 0.7:
        out += ["Refund / Erstattung / reembolso: " if False else v["bank"] + ": ", ctx.iban(), "\n"]
    out += ["\n"]
    for _ in range(R.randint(2, 4)):
        payer = R.random()
        if payer < 0.3:
            p = ctx.person()
            who = L("person", p["full"])
        else:
            who = N(R.choice(["Kettleby GmbH", "Brightwater Ltd", "Ostrava s.r.o.", "Halcyon Media", "Nordhavn AS", "Thornbury LLC", "Zephyr S.L.", "Arcadia S.r.l."]), "company")
        out += [N(fmt_date(cc, adate(R)), "booking_date"), "  ", who, "  ", N(invno(R, cc), "invoice_number"), "  ", N(money(cc, R.randint(120, 4800) * (150 if cc in ("JP", "KR", "CL") else 1) + 0.25), "amount"), "\n"]
    out += [N(R.choice(["Steuernummer-Bezug: Finanzamt", "HMRC ref.", "AEAT", "Agenzia Entrate", "Belastingdienst", "Skatteverket", "Vero", "ΑΑΔΕ", "SAT", "SII", "ZUS", "ANAF", "ФНС", "税務署", "국세청", "税务局", "IRS", "CRA", "ATO", "SARS"]) + " " + str(R.randint(100000, 999999)), "tax_office_ref"), "\n"]
    return "form", wrap(ctx, R.choice(["calc", "check"]), out)


TRADE_NAMES = {"en": ["Studio Ampersand", "Bluebell Cleaning", "Copperline Electrical", "Fernleaf Gardens"], "de": ["Klempnerei Wasserlauf", "Malerwerkstatt Farbklecks"],
               "fr": ["Jardins du Bocage", "Plomberie du Lavoir"], "es": ["Reformas Alcázar", "Peluquería La Tijera"], "it": ["Pulizie Arcobaleno", "Idraulica Sorgente"],
               "nl": ["Klusbedrijf Zwaluw", "Kapsalon De Krul"], "pt": ["Obras Gaivota", "Salão Jacarandá"], "pl": ["Hydro-Serwis Wrzos", "Salon Lotos"],
               "sv": ["Bygg & Fix Ekorren"], "no": ["Snekker Måke"], "fi": ["Hairlounge Kuura"], "el": ["Υδραυλικά Γλάρος"], "tr": ["Martı Tadilat"],
               "ro": ["Atelier Cocor"], "ru": ["Мастерская «Синица»"], "ja": ["こもれび整体院"], "ko": ["꽃길 네일"], "zh": ["小蜜蜂家政"]}


def t_registration(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    me = ctx.person()
    d = ctx.dob(1960, 2004)
    title = {"en": "Business registration / trading licence application", "de": "Gewerbeanmeldung (GewA 1)", "fr": "Déclaration de début d'activité – micro-entrepreneur", "es": "Alta en el censo de empresarios (modelo 036/037)",
             "it": "Apertura partita IVA (modello AA9/12)", "nl": "Inschrijving eenmanszaak KVK", "pt": "Declaração de início de atividade", "pl": "Wniosek CEIDG-1", "sv": "Registrering av enskild firma",
             "no": "Samordnet registermelding – ENK", "fi": "Perustamisilmoitus Y1 – toiminimi", "el": "Έναρξη εργασιών ατομικής επιχείρησης", "tr": "Şahıs şirketi açılış dilekçesi", "ro": "Cerere înregistrare PFA",
             "ru": "Заявление о регистрации ИП (Р21001)", "ja": "個人事業の開業届出書", "ko": "사업자등록 신청서(개인)", "zh": "个体工商户设立登记申请书"}[ctx.lang]
    out = [title + "\n", v["name"] + ": ", L("person", me["fio"] if cc == "RU" else me["full"]), "\n", v["dob"] + ": ", L("dob", ctx.dob_text(d)), "\n"]
    if cc in HAS_GOV:
        w, g = ctx.gov(me, d)
        out += [w + ": ", g, "\n"]
    out += [v["addr"] + ": ", ctx.addr(), "\n", v["tel"] + ": ", ctx.phone(), "\n", v["mail"] + ": ", ctx.email(me), "\n"]
    out += ["Trading name: " if ctx.lang == "en" else "", N(R.choice(TRADE_NAMES.get(ctx.lang, ["Studio Ampersand", "Bluebell Cleaning", "Copperline Electrical"])), "trade_name"), "\n"]
    out += ["NACE/SIC: " if ctx.lang != "ja" else "業種コード: ", N(R.choice(["43.22", "81.21", "96.02", "74.10", "81.30", "62.01"]), "activity_code"), "  · ", N(fmt_date(cc, adate(R)), "start_date"), "\n"]
    if R.random() < 0.4:
        out += ["Fee / Gebühr: ", N(money(cc, R.choice([26, 40, 55, 75]) * (150 if cc in ("JP", "KR", "CL") else 1)), "amount"), " – card ", ctx.card(), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\n"]
    return "form", wrap(ctx, "form", out)


ROTA = {
    "en": ["Rota for next week is up 👆", "Closing: alarm code is {alarm}, set it before you lock up.", "Till PIN for the new card machine: {till}", "Wi-Fi for the tablet: {wifi}", "Can't make Saturday, can someone swap? {phone}"],
    "de": ["Dienstplan für nächste Woche steht 👆", "Wer abschließt: Alarmcode {alarm}, vor dem Absperren scharf schalten.", "PIN für die neue Kasse: {till}", "WLAN fürs Tablet: {wifi}", "Kann Samstag nicht, tauscht jemand? {phone}"],
    "fr": ["Le planning de la semaine prochaine est en ligne 👆", "Fermeture : code alarme {alarm}, à activer avant de fermer.", "Code caisse : {till}", "Wi-Fi de la tablette : {wifi}", "Je ne peux pas samedi, quelqu'un échange ? {phone}"],
    "es": ["Ya está el cuadrante de la semana que viene 👆", "Cierre: código de alarma {alarm}, activadla antes de salir.", "PIN del datáfono nuevo: {till}", "Wifi de la tablet: {wifi}", "El sábado no puedo, ¿alguien cambia? {phone}"],
    "it": ["Turni della prossima settimana 👆", "Chi chiude: codice allarme {alarm}, inseritelo prima di uscire.", "PIN cassa: {till}", "Wi-Fi del tablet: {wifi}", "Sabato non posso, qualcuno cambia? {phone}"],
    "nl": ["Rooster voor volgende week staat erin 👆", "Afsluiten: alarmcode {alarm}, inschakelen voor je de deur dichtdoet.", "Pincode kassa: {till}", "Wifi tablet: {wifi}", "Kan zaterdag niet, wil iemand ruilen? {phone}"],
    "pt": ["Escala da próxima semana 👆", "Quem fecha: código do alarme {alarm}, ativem antes de sair.", "PIN da caixa: {till}", "Wi-Fi do tablet: {wifi}", "Sábado não posso, alguém troca? {phone}"],
    "pl": ["Grafik na przyszły tydzień 👆", "Zamykanie: kod alarmu {alarm}, uzbrójcie przed wyjściem.", "PIN do kasy: {till}", "Wi-Fi do tabletu: {wifi}", "W sobotę nie mogę, ktoś się zamieni? {phone}"],
    "sv": ["Schemat för nästa vecka är uppe 👆", "Stängning: larmkod {alarm}, larma på innan ni låser.", "PIN till kassan: {till}", "Wifi till plattan: {wifi}", "Kan inte lördag, byter någon? {phone}"],
    "tr": ["Gelecek haftanın vardiyası 👆", "Kapanış: alarm şifresi {alarm}, çıkmadan kurun.", "Kasa şifresi: {till}", "Tablet Wi-Fi: {wifi}", "Cumartesi gelemiyorum, değişen var mı? {phone}"],
    "ja": ["来週のシフト出しました👆", "閉店時の警備コードは{alarm}です。", "レジの暗証番号: {till}", "タブレットのWi-Fi: {wifi}", "土曜出られません、代われる人いますか？{phone}"],
    "zh": ["下周排班表发群里了👆", "关店的人记得设防，报警密码{alarm}。", "收银机密码：{till}", "平板Wi-Fi：{wifi}", "周六我来不了，谁能换一下？{phone}"],
}


def t_rota(ctx):
    R, cc = ctx.R, ctx.cc
    staff = [ctx.person() for _ in range(3)]
    names = [s["given"] + " " + s["family"][0] + "." if cc not in CJK and R.random() < 0.5 else (s["given"] if cc not in CJK else s["full"]) for s in staff]
    days = {"en": "Mon Tue Wed Thu Fri Sat", "de": "Mo Di Mi Do Fr Sa", "fr": "lun mar mer jeu ven sam", "es": "lun mar mié jue vie sáb", "it": "lun mar mer gio ven sab",
            "nl": "ma di wo do vr za", "pt": "seg ter qua qui sex sáb", "pl": "pon wt śr czw pt sob", "sv": "mån tis ons tor fre lör", "tr": "Pzt Sal Çar Per Cum Cmt", "ja": "月 火 水 木 金 土", "zh": "周一 周二 周三 周四 周五 周六"}[ctx.lang].split()
    out = ["| | " + " | ".join(days) + " |\n|" + "---|" * (len(days) + 1) + "\n"]
    for nm in names:
        out += ["| ", L("person", nm), " | " + " | ".join(R.choice(["9-17", "12-20", "—", "8-14", "14-20"]) for _ in days) + " |\n"]
    out += ["\n"]
    ph = ROTA[ctx.lang]
    times = sorted("%02d:%02d" % (R.randint(7, 22), R.randint(0, 59)) for _ in ph)
    for i, ln in enumerate(ph):
        s = names[i % 3] if i != 4 else names[2]
        out += [N(times[i], "chat_timestamp"), " ", L("person", s), ": "]
        out += fparts(ln, alarm=L("secret", code(R, "alarm"), sub="alarm_code"), till=L("secret", code(R, "till"), sub="pin"),
                      wifi=L("secret", code(R, "wifi"), sub="wifi_key"), phone=ctx.phone()) + ["\n"]
    return "chat_export", wrap(ctx, "rota", out)


MARKET = {
    "en": ("Order {order} – {buyer} paid. Ship to:", "Buyer note: please leave with neighbour, call {phone} if needed. Email {email}."),
    "de": ("Bestellung {order} – {buyer} hat bezahlt. Versand an:", "Nachricht: Bitte beim Nachbarn abgeben, bei Fragen {phone}, Mail {email}."),
    "fr": ("Commande {order} – {buyer} a payé. Livrer à :", "Note de l'acheteur : en cas d'absence, appelez le {phone}. E-mail {email}."),
    "es": ("Pedido {order} – {buyer} ha pagado. Enviar a:", "Nota del comprador: si no estoy, llamad al {phone}. Correo {email}."),
    "it": ("Ordine {order} – {buyer} ha pagato. Spedire a:", "Nota: se non ci sono lasciate al portiere, tel. {phone}, mail {email}."),
    "pt": ("Pedido {order} – {buyer} pagou. Enviar para:", "Obs.: se não tiver ninguém, ligar {phone}. E-mail {email}."),
    "pl": ("Zamówienie {order} – {buyer} opłacił(a). Wysyłka na:", "Uwagi: w razie czego dzwonić {phone}, e-mail {email}."),
    "ja": ("注文{order}　{buyer}様 入金済み。お届け先:", "備考: 不在時は{phone}までご連絡ください。メール {email}"),
}


def t_market(ctx):
    R, cc = ctx.R, ctx.cc
    b = ctx.person()
    a, c = MARKET[ctx.lang]
    order = N(R.choice(["%d-%05d-%05d" % (R.randint(2, 9), R.randint(0, 99999), R.randint(0, 99999)), "ML%010d" % R.randint(0, 10 ** 10), "#%d" % R.randint(1000000, 9999999)]), "order_number")
    out = [N(R.choice(["Etsy", "eBay", "Vinted", "Mercado Libre", "Allegro", "Wallapop", "Subito", "OLX", "Kleinanzeigen", "メルカリ", "Bol.com"]), "platform"), " · "]
    out += fparts(a, order=order, buyer=L("person", b["full"] if R.random() < 0.6 else b["given"])) + ["\n", L("person", b["full"]), "\n", ctx.addr(multiline=True), "\n"]
    out += fparts(c, phone=ctx.phone(), email=ctx.email(b)) + ["\n"]
    out += ["Tracking ", N(R.choice(["1Z%s" % rnd(R, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16), "JJD%018d" % R.randint(0, 10 ** 18), "RR%09d%s" % (R.randint(0, 10 ** 9), ctx.cc if ctx.cc in ("DE", "FR", "IT", "ES", "PL", "PT", "BR", "JP") else "GB")]), "tracking_number"), "\n"]
    return "message", wrap(ctx, R.choice(["chat", "check"]), out)


def t_insurance(ctx):
    R, cc, v = ctx.R, ctx.cc, ctx.v
    me = ctx.person()
    d = ctx.dob(1960, 2002)
    title = {"en": "Public liability insurance – proposal form", "de": "Betriebshaftpflicht – Antrag", "fr": "RC Pro – demande d'adhésion", "es": "Seguro de RC profesional – solicitud",
             "it": "Polizza RC professionale – proposta", "nl": "Aansprakelijkheidsverzekering – aanvraag", "pt": "Seguro de responsabilidade civil – proposta", "pl": "OC działalności – wniosek"}[ctx.lang]
    out = [title + "\n", N("Policy / Police / Póliza " + R.choice(["BH-", "RC-", "PL-"]) + str(R.randint(1000000, 9999999)), "policy_number"), "\n",
           v["name"] + ": ", L("person", me["full"]), "\n", v["dob"] + ": ", L("dob", ctx.dob_text(d)), "\n", v["addr"] + ": ", ctx.addr(), "\n",
           v["tel"] + ": ", ctx.phone(), "\n", v["mail"] + ": ", ctx.email(me), "\n",
           {"en": "Turnover: ", "de": "Umsatz: ", "fr": "CA : ", "es": "Facturación: ", "it": "Fatturato: ", "nl": "Omzet: ", "pt": "Faturação: ", "pl": "Przychód: "}[ctx.lang], N(money(cc, R.choice([28000, 45000, 61000, 92000])), "amount"), " · ", N({"en": "1 employee", "de": "2 Mitarbeiter", "fr": "sans salarié", "es": "0 empleados", "it": "1 dipendente", "nl": "geen personeel", "pt": "1 funcionário", "pl": "brak pracowników"}[ctx.lang], "headcount"), "\n",
           N(money(cc, R.choice([19.9, 24.5, 37.0, 52.8])) + "/" + {"en": "month", "de": "Monat", "fr": "mois", "es": "mes", "it": "mese", "nl": "maand", "pt": "mês", "pl": "mies."}[ctx.lang], "premium"), " – ", ctx.card(), "\n"]
    return "form", wrap(ctx, "form", out)

# ====================================================================== clean templates
PRICE_HEAD = {"en": "Price list {y} (all prices incl. VAT)", "de": "Preisliste {y} (inkl. 19 % MwSt.)", "fr": "Tarifs {y} (TVA non applicable)", "es": "Tarifas {y} (IVA incluido)",
              "it": "Listino {y} (IVA inclusa)", "nl": "Tarieven {y} (incl. 21% btw)", "pt": "Tabela de preços {y} (IVA incluído)", "pl": "Cennik {y} (ceny brutto)",
              "sv": "Prislista {y} (inkl. moms)", "no": "Prisliste {y} (inkl. mva)", "fi": "Hinnasto {y} (sis. alv)", "el": "Τιμοκατάλογος {y} (με ΦΠΑ)", "tr": "Fiyat listesi {y} (KDV dahil)",
              "ro": "Listă de prețuri {y} (TVA inclus)", "ru": "Прайс-лист {y}", "ja": "料金表 {y}年（税込）", "ko": "{y}년 가격표 (부가세 포함)", "zh": "{y}年价目表（含税）"}
ROLE = ["info", "hello", "kontakt", "contact", "buchhaltung", "facturas", "rechnung", "billing", "ordini", "bestellingen", "atendimento", "biuro", "kundtjanst", "support"]
ORG_DOM = ["werkstatt-nordlicht.de", "atelier-coquelicot.fr", "ceramica-alboran.es", "bottegadelvetro.it", "klusbedrijf-zwaluw.nl", "kettleandcrumb.co.uk", "tintaepapel.pt", "salonlotos.pl", "kuura.fi", "thornbury-supply.com"]


def c_price(ctx):
    R, cc = ctx.R, ctx.cc
    out = [PRICE_HEAD[ctx.lang].format(y=R.choice([2025, 2026])) + "\n"]
    pool = R.choice([SERVICES[ctx.lang], BOOK_SVC[ctx.lang]])
    for it in R.sample(pool, min(4, len(pool))):
        out += ["- " + it + " ", N(money(cc, R.choice([25, 39, 45, 60, 85, 120, 150]) * (150 if cc in ("JP", "KR", "CL") else 1)), "amount"), "\n"]
    out += ["\n", N(R.choice(ROLE) + "@" + R.choice(ORG_DOM), "role_mailbox"), " · ", N(R.choice(["Mo–Fr 8–17 Uhr", "Mon–Sat 9am–6pm", "lun.–ven. 9h–18h", "L-V 9:00-14:00", "10:00–19:00"]), "opening_hours"), "\n"]
    return "list", wrap(ctx, "polish", out)


SAMPLE_IDX = {"GB": 0, "DE": 1, "FR": 2, "ES": 3, "IT": 4, "US": 5, "NL": 6, "PL": 7, "CA": 8, "JP": 9}


def c_sample(ctx):
    R = ctx.R
    s = ([
        "INVOICE TEMPLATE\n[Your name]\n[Street and number]\n[Postcode] [Town]\nBill to: [Client company]\nInvoice no.: {{invoice_no}}   Date: {{date}}\nIBAN: GB00 XXXX 0000 0000 0000 00\nSample: John Smith, 1 High Street, Anytown AB1 2CD\n",
        "Rechnungsvorlage – Beispiel\nMax Mustermann\nMusterstraße 1\n12345 Musterstadt\nIBAN: DE00 0000 0000 0000 0000 00\nSteuernummer: 12/345/67890 (Beispiel)\nRechnungsnummer: RE-JJJJ-NNN\n",
        "Modèle de facture\nJean Dupont – 1 rue de l'Exemple – 75000 Paris\nSIRET : 000 000 000 00000\nIBAN : FR76 XXXX XXXX XXXX XXXX XXXX XXX\nMention : « TVA non applicable, art. 293 B du CGI »\n",
        "Plantilla de factura\nNombre: Juan Español Español\nNIF: 00000000T (ejemplo)\nIBAN: ES00 0000 0000 0000 0000 0000\nConcepto / Base imponible / IVA 21 % / IRPF 15 %\n",
        "Fac-simile fattura forfettario\nMario Rossi – C.F. RSSMRA80A01H501U – P. IVA 00000000000\n\"Operazione senza applicazione dell'IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014\"\nBollo 2 € se importo > 77,47 €\n",
        "Stripe test mode cheat sheet\nsuccess: 4242 4242 4242 4242, any future expiry, any CVC\ndeclined: 4000 0000 0000 0002\nkeys: STRIPE_SECRET_KEY=<your secret key>  WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}\npk_test_... is safe in the browser\n",
        "Factuursjabloon\nJan Jansen – Voorbeeldstraat 1 – 1234 AB Voorbeeld\nKvK: 12345678  btw-id: NL000000000B01\nIBAN: NL00 BANK 0000 0000 00\n",
        "Wzór faktury\nJan Kowalski, ul. Przykładowa 1, 00-000 Warszawa\nNIP: 000-000-00-00\nNr rachunku: PL00 0000 0000 0000 0000 0000 0000\n",
        "WooCommerce REST API setup\nConsumer key: ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nConsumer secret: cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nWebhook URL: https://example.com/wp-json/wc/v3/webhooks\nServer: 192.0.2.10 (replace with yours)\n",
        "請求書テンプレート（記入例）\n山田太郎 様\n〒000-0000 東京都〇〇区〇〇1-2-3\n登録番号 T0000000000000\n振込先 〇〇銀行 〇〇支店 普通 0000000\n",
    ])[SAMPLE_IDX[ctx.cc]]
    return "template", wrap(ctx, "check", [N(s, "sample_values")])


QUESTIONS = {
    "en": ["Do I need to register for VAT if my turnover is under £90,000? I'm a sole trader doing garden work.", "May I charge a late fee on a 30-day invoice, and how much?",
           "Will the new e-invoicing rules apply to a one-person business?", "What's the difference between a quote and an estimate for a plumber?",
           "How did Ray Kroc turn McDonald's into a franchise? I want to franchise my café.", "Is Mark-up the same as margin? My prices are cost + 40%.",
           "Grant schemes for tradespeople in Wales – anything for buying a van?", "Should I pay myself a salary or dividends? Just me, no staff."],
    "de": ["Ab welchem Umsatz gilt die Kleinunternehmerregelung 2026?", "Darf ich Mahngebühren verlangen, wenn nichts im Angebot stand?", "Was hat Margarete Steiff eigentlich als Gründerin anders gemacht?",
           "Muss ich als Friseurin eine Registrierkasse mit TSE haben?", "Wie lange muss ich Rechnungen aufbewahren – 8 oder 10 Jahre?"],
    "fr": ["Quel est le plafond de CA pour une micro-entreprise de services en 2026 ?", "Coco Chanel a commencé comme modiste : comment a-t-elle financé sa première boutique ?",
           "Est-ce que je dois facturer la TVA à un client belge ?", "Un artisan peut-il refuser un paiement en espèces ?"],
    "es": ["¿Cuánto paga un autónomo de cuota en 2026 con ingresos bajos?", "¿Amancio Ortega empezó con un taller de batas? Cuéntame la historia.", "¿Es obligatorio Verifactu para un bar pequeño?", "¿Puedo desgravar la furgoneta si también la uso en casa?"],
    "it": ["Regime forfettario: qual è la soglia dei ricavi?", "Come ha fatto Enzo Ferrari a passare dall'officina alla fabbrica?", "Devo emettere lo scontrino elettronico anche per le mance?"],
    "nl": ["Vanaf welke omzet moet ik als zzp'er btw afdragen?", "Wat is het urencriterium precies?", "Mag ik wettelijke rente rekenen op een openstaande factuur?"],
    "pt": ["Qual o limite de faturamento do MEI em 2026?", "Preciso de contabilista se for trabalhador independente com pouco rendimento?", "Como funciona o IVA de caixa?"],
    "pl": ["Jaki jest limit dla działalności nierejestrowanej w 2026?", "Czy ryczałt opłaca się fryzjerowi?"],
    "sv": ["Hur mycket ska jag spara till skatten som enskild firma?", "Behöver en frisör kassaregister?"],
    "no": ["Når må et enkeltpersonforetak registreres i Merverdiavgiftsregisteret?"],
    "fi": ["Milloin toiminimen pitää rekisteröityä arvonlisäverovelvolliseksi?"],
    "el": ["Πότε χρειάζεται ένας ελεύθερος επαγγελματίας ηλεκτρονικά βιβλία;"],
    "tr": ["Şahıs şirketi mi limited mi, küçük bir kafe için hangisi mantıklı?"],
    "ro": ["Merită PFA sau SRL pentru un electrician?"],
    "ru": ["Что выгоднее для мастера маникюра — самозанятость или ИП на патенте?"],
    "ja": ["インボイス登録しないと取引先に迷惑がかかりますか？", "松下幸之助はどうやって二股ソケットを売ったの？"],
    "ko": ["간이과세자 기준이 얼마예요?", "직원 한 명 뽑으면 원천징수는 어떻게 신고하나요?"],
    "zh": ["个体户小规模纳税人季度多少以内免增值税？", "请学徒要不要签劳动合同、交社保？", "收款码换成商家码以后，手续费怎么算比较划算？"],
}


INTRO = {
    "en": ["I run a small cleaning business on my own, with one part-timer on Saturdays.", "Quick question from a self-employed electrician, two years in.", "Freelance illustrator here, mostly UK and EU clients, invoicing in pounds and euros."],
    "de": ["Ich bin seit letztem Jahr selbständig als Malermeisterin, ohne Angestellte.", "Kurze Frage von einem kleinen Friseursalon mit zwei Stühlen."],
    "fr": ["Je suis plombier auto-entrepreneur depuis 2023, seul, sans salarié.", "Petite question d'une fleuriste qui vient d'ouvrir sa boutique."],
    "es": ["Soy autónoma, tengo una pequeña peluquería con una empleada a media jornada.", "Pregunta de un fontanero que acaba de darse de alta."],
    "it": ["Sono un idraulico in regime forfettario da tre anni, lavoro da solo.", "Domanda veloce da una piccola bottega di ceramiche."],
    "nl": ["Ik ben sinds vorig jaar zzp'er als schilder, geen personeel.", "Vraagje van een kapsalon met twee stoelen."],
    "pt": ["Sou eletricista por conta própria há dois anos.", "Tenho um salão de beleza pequeno com uma funcionária."],
    "pl": ["Prowadzę jednoosobową działalność, jestem hydraulikiem od pięciu lat.", "Mam mały salon fryzjerski z jedną pracownicą i zastanawiam się nad formą opodatkowania."],
    "sv": ["Jag driver en liten städfirma som enskild firma sedan i våras.", "Fråga från en hantverkare som precis startat eget och inte vet hur man bokför."],
    "no": ["Jeg er snekker og har drevet enkeltpersonforetak i tre år, uten ansatte.", "Omsetningen i år ser ut til å bli rundt 70 000 kroner, og jeg lurer på hva som gjelder."],
    "fi": ["Olen sähköasentaja ja toimin toiminimellä, liikevaihto noin 25 000 euroa vuodessa.", "Aloitin siivousalan yrittäjänä viime keväänä ja kirjanpito on vielä vähän hukassa."],
    "el": ["Είμαι υδραυλικός με μπλοκάκι εδώ και δύο χρόνια, χωρίς προσωπικό.", "Έχω ένα μικρό κομμωτήριο και δουλεύω μόνη μου τις περισσότερες μέρες."],
    "tr": ["İstanbul'da küçük bir kuaför salonum var, bir çalışanım var.", "Serbest çalışan bir grafik tasarımcıyım, müşterilerim çoğunlukla yurt dışında ve faturalar döviz cinsinden."],
    "ro": ["Sunt electrician și lucrez pe cont propriu de doi ani, fără angajați.", "Vreau să deschid un mic atelier de croitorie și nu știu ce formă juridică să aleg."],
    "ru": ["Я мастер по ремонту квартир, работаю один, заказчики в основном частные лица.", "Планирую открыть маленькую кофейню на двоих и пока сравниваю режимы налогообложения."],
    "ja": ["個人で電気工事の仕事をしていて、従業員はいません。売上は年間八百万円くらいです。", "小さな美容室を一人で経営しています。来年からアシスタントを一人雇う予定です。"],
    "ko": ["혼자서 인테리어 시공 일을 하고 있는 개인사업자입니다. 직원은 없고 연 매출은 육천만 원 정도예요.", "작은 네일숍을 운영하고 있는데 내년에 직원을 한 명 뽑으려고 합니다. 4대 보험도 궁금해요."],
    "zh": ["我在杭州开了一家小小的理发店，只有我和一个学徒，平时用微信和支付宝收款。", "我是做水电维修的个体户，客户主要是附近小区的住户，一年营业额大概三十万元。"],
}
THANKS = {"en": "Thanks!", "de": "Danke!", "fr": "Merci !", "es": "¡Gracias!", "it": "Grazie!", "nl": "Dank je!", "pt": "Obrigado!", "pl": "Dzięki!", "sv": "Tack!",
          "no": "Takk!", "fi": "Kiitos!", "el": "Ευχαριστώ!", "tr": "Teşekkürler!", "ro": "Mulțumesc!", "ru": "Спасибо!", "ja": "よろしくお願いします。", "ko": "감사합니다.", "zh": "谢谢！"}


def c_question(ctx):
    R = ctx.R
    qs = QUESTIONS[ctx.lang]
    k = min(len(qs), R.randint(1, 3))
    intro = INTRO[ctx.lang]
    txt = " ".join(R.sample(intro, min(len(intro), R.randint(1, 2)))) + R.choice([" ", "\n"]) + " ".join(R.sample(qs, k)) + " " + THANKS[ctx.lang]
    if len(txt) < 120:
        txt = " ".join(intro) + "\n" + " ".join(qs) + " " + THANKS[ctx.lang]
    return "question", [txt]


RECEIPT = {
    "DE": ("BÄCKEREI KORNBLUME", "Hauptstr. 5, 04109 Leipzig", "USt-IdNr. ", ["Roggenbrot", "Kaffee", "Franzbrötchen", "Milch"], "GIROCARD"),
    "ES": ("FERRETERÍA EL YUNQUE", "Calle Real 14, 41001 Sevilla", "CIF B", ["Tornillos M6", "Cinta americana", "Bombilla LED", "Silicona"], "VISA"),
    "FR": ("BOULANGERIE LES ÉPIS", "Place du Marché, 69002 Lyon", "SIRET ", ["Baguette tradition", "Croissant", "Café", "Chausson"], "CB"),
    "IT": ("TABACCHERIA SAN GIORGIO", "Corso Italia 3, 56125 Pisa", "P.IVA ", ["Marche da bollo", "Quaderno", "Penne", "Caffè"], "MAESTRO"),
    "NL": ("IJZERWAREN DE SPIJKER", "Markt 9, 6211 CK Maastricht", "BTW NL", ["Schroeven", "Plamuur", "Kwast", "Tape"], "MAESTRO"),
    "SE": ("KIOSK HAVSBRIS", "Strandvägen 2, 114 51 Stockholm", "Org.nr ", ["Kaffe", "Kanelbulle", "Tidning", "Glass"], "VISA"),
    "GB": ("KETTLE & CRUMB", "12 Market Square, Bath BA1 1AA", "VAT GB ", ["Flat white", "Sausage roll", "Scone", "Tea"], "MASTERCARD"),
}


def c_receipt(ctx):
    R, cc = ctx.R, ctx.cc
    shop, addr, vat, items, brand = RECEIPT[cc]
    vid = {"DE": "DE" + digits(R, 9), "ES": digits(R, 8), "FR": digits(R, 14), "IT": piva_make(R), "NL": digits(R, 9) + "B01", "SE": "55" + digits(R, 4) + "-" + digits(R, 4), "GB": digits(R, 9)}[cc]
    out = [N(shop, "shop_name"), "\n", N(addr, "business_address"), "\n", vat, N(vid, "vat_id"), "\n",
           N(fmt_date(cc, adate(R)) + " %02d:%02d" % (R.randint(7, 21), R.randint(0, 59)), "receipt_time"), "  #", N(str(R.randint(1000, 99999)), "receipt_number"), "\n"]
    tot = 0
    for it in R.sample(items, 3):
        x = R.choice([0.9, 1.2, 2.5, 3.8, 4.9, 12.5]) * (10 if cc == "SE" else 1)
        tot += x
        out += [it + "  ", N(money(cc, x), "amount"), "\n"]
    out += ["TOTAL ", N(money(cc, tot), "amount"), "\n", brand, " ", N(R.choice(["************", "XXXX XXXX XXXX ", "•••• "]) + "%04d" % R.randint(0, 9999), "masked_card"),
            "\nTID ", N(digits(R, 8), "terminal_id"), " AID ", N(R.choice(["A0000000031010", "A0000000041010", "A0000000043060"]), "emv_aid"), " Auth ", N("%06d" % R.randint(0, 999999), "auth_code"), "\n"]
    return "receipt", wrap(ctx, "receipt", out)


NOTICE = {
    "en": "We're closed from {d1} to {d2} for the holidays. Orders placed in the meantime ship from {d3}. Questions: {mail}.",
    "de": "Betriebsferien vom {d1} bis {d2}. Bestellungen werden ab dem {d3} versendet. Fragen an {mail}.",
    "fr": "Fermeture annuelle du {d1} au {d2}. Les commandes seront expédiées à partir du {d3}. Contact : {mail}.",
    "es": "Cerramos por vacaciones del {d1} al {d2}. Los pedidos se enviarán a partir del {d3}. Dudas: {mail}.",
    "it": "Chiusura per ferie dal {d1} al {d2}. Gli ordini saranno spediti dal {d3}. Info: {mail}.",
    "nl": "Wij zijn gesloten van {d1} tot {d2}. Bestellingen worden vanaf {d3} verstuurd. Vragen: {mail}.",
    "pt": "Estaremos fechados de {d1} a {d2}. As encomendas seguem a partir de {d3}. Dúvidas: {mail}.",
    "pl": "Urlop od {d1} do {d2}. Zamówienia wysyłamy od {d3}. Pytania: {mail}.",
    "sv": "Semesterstängt {d1}–{d2}. Beställningar skickas från {d3}. Frågor: {mail}.",
    "tr": "{d1} – {d2} tarihleri arasında kapalıyız. Siparişler {d3} itibarıyla kargolanacak. Sorular: {mail}.",
    "ja": "{d1}〜{d2}は休業いたします。期間中のご注文は{d3}以降に発送します。お問い合わせ: {mail}",
    "zh": "各位顾客您好：本店{d1}至{d2}春节放假，期间网店照常接单，所有订单将于{d3}后统一发货，给您带来不便敬请谅解。售后咨询请发邮件至 {mail} ，我们会在上班后第一时间回复。",
}


def c_notice(ctx):
    R, cc = ctx.R, ctx.cc
    t = NOTICE[ctx.lang]
    d0 = adate(R)
    ds = [d0, d0 + datetime.timedelta(days=R.choice([7, 10, 14, 21])), None]
    ds[2] = ds[1] + datetime.timedelta(days=R.choice([1, 2, 3]))
    out = fparts(t, d1=N(fmt_date(cc, ds[0]), "closing_date"), d2=N(fmt_date(cc, ds[1]), "closing_date"), d3=N(fmt_date(cc, ds[2]), "shipping_date"),
                 mail=N(R.choice(ROLE) + "@" + R.choice(ORG_DOM), "role_mailbox"))
    out += ["\n", N(R.choice(["Mo–Fr 8–17", "9:00–18:00", "10–19 h", "Tue–Sat 10am–5pm"]), "opening_hours"), "\n", N(R.choice(["Ticket #", "Case ", "Ref. "]) + str(R.randint(10000, 999999)), "ticket_number"), " · v", N("%d.%d" % (R.randint(1, 9), R.randint(0, 30)), "version")]
    return "notice", wrap(ctx, "polish", out)


def c_ledger(ctx):
    R, cc = ctx.R, ctx.cc
    sep = R.choice([";", ",", "\t"])
    hdr = {"de": "Datum;Lieferant;Beleg;Konto;Netto;USt;Brutto", "en": "Date,Supplier,Ref,Account,Net,VAT,Gross", "fr": "Date;Fournisseur;Pièce;Compte;HT;TVA;TTC",
           "es": "Fecha;Proveedor;Factura;Cuenta;Base;IVA;Total", "it": "Data;Fornitore;Documento;Conto;Imponibile;IVA;Totale", "nl": "Datum;Leverancier;Factuur;Grootboek;Excl.;Btw;Incl."}.get(ctx.lang, "Date,Supplier,Ref,Account,Net,VAT,Gross")
    out = [hdr.replace(";", sep).replace(",", sep) + "\n"]
    for _ in range(R.randint(3, 6)):
        net = R.randint(8, 900) + R.choice([0, 0.5, 0.99])
        out += [N(fmt_date(cc, adate(R)), "booking_date"), sep, N(R.choice(["Würth GmbH", "Hornbach", "Screwfix", "Leroy Merlin", "Amazon EU S.à r.l.", "Hetzner Online GmbH", "Adobe Systems", "Shopify Intl.", "Telekom", "IKEA", "Makro", "Bauhaus"]), "company"), sep,
                N(R.choice(["R-", "INV", "F", ""]) + str(R.randint(100000, 9999999)), "invoice_number"), sep, N(str(R.choice([4930, 4980, 3400, 6815, 606, 602, 4400, 7010])), "ledger_account"), sep,
                N(("%.2f" % net).replace(".", "," if sep == ";" else "."), "amount"), sep, N(("%.2f" % (net * 0.19)).replace(".", "," if sep == ";" else "."), "amount"), sep, N(("%.2f" % (net * 1.19)).replace(".", "," if sep == ";" else "."), "amount"), "\n"]
    return "csv", wrap(ctx, "calc", out)

# ====================================================================== driver
ALL = list(LOC)
ROTA_CC = [c for c in ALL if LOC[c][0] in ROTA]
MARKET_CC = ["US", "GB", "AU", "IE", "DE", "AT", "FR", "BE", "ES", "MX", "IT", "PT", "BR", "PL", "JP"]
INS_CC = ["GB", "US", "IE", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "PL", "BE", "CA", "AU", "BR", "MX", "CH", "NZ", "ZA"]
SAMPLE_CC = ["GB", "DE", "FR", "ES", "IT", "US", "NL", "PL", "CA", "JP"]
RECEIPT_CC = ["DE", "ES", "FR", "IT", "NL", "SE", "GB"]
NOTICE_CC = [c for c in ALL if LOC[c][0] in NOTICE]
LEDGER_CC = ["DE", "GB", "FR", "ES", "IT", "NL", "US", "AU", "AT", "IE", "BE", "CH"]

# (name, function, count, countries) -- counts fixed by hand
LABELLED = [("invoice", t_invoice, 80, ALL), ("job", t_job, 70, ALL), ("payroll", t_payroll, 55, sorted(HAS_GOV)),
            ("config", t_config, 70, ALL), ("chat", t_chat, 40, ALL), ("booking", t_booking, 40, ALL),
            ("reminder", t_reminder, 50, ALL), ("tax", t_tax, 55, ALL), ("registration", t_registration, 50, ALL),
            ("rota", t_rota, 28, ROTA_CC), ("market", t_market, 30, MARKET_CC), ("insurance", t_insurance, 32, INS_CC)]
CLEAN = [("price", c_price, 35, ALL), ("sample", c_sample, 35, SAMPLE_CC), ("question", c_question, 35, ALL),
         ("receipt", c_receipt, 35, RECEIPT_CC), ("notice", c_notice, 30, NOTICE_CC), ("ledger", c_ledger, 30, LEDGER_CC)]


def outside(rec):
    """The record's text with every label blanked out."""
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


ROLE_OK = set(ROLE) | {"payments"}
RUN = re.compile(r"(?<![\d])\d(?:[ \-\u00a0\u202f]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30}")


def rule_errors(rec, exempt_runs=False):
    errs = []
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError as e:
        return ["record: %s" % e]
    if not 120 <= len(t) <= 2200:
        errs.append("length %d" % len(t))
    out = outside(rec)
    for m in RUN.finditer(out):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn_ok(ds) and len(set(ds)) > 1 and not exempt_runs:
            errs.append("luhn run " + m.group())
    for m in IBAN_RE.finditer(out):
        s = re.sub(r"[ \u00a0]", "", m.group())
        for n in range(len(s), 14, -1):
            if s[:2] in IBAN_LEN and n == IBAN_LEN[s[:2]] and iban_mod97(s[:n]) == 1:
                errs.append("iban outside " + s)
    for m in re.finditer(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", out):
        loc, dom = m.group().split("@")
        if loc not in ROLE_OK and "example" not in dom:
            errs.append("email outside " + m.group())
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", out):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global:
            errs.append("global ip outside " + m.group())
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            v = sp["value"]
            if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", v):
                full = v.replace(" ", "").replace("\u3000", "")
                if full in out.replace(" ", "") or (len(v.split()) > 1 and any(len(w) >= 2 and w in out for w in v.split())):
                    errs.append("cjk name outside " + v)
                continue
            for w in re.split(r"[\s.]+", v):
                if len(w) >= 2 and w not in PARTICLES and w[0].isupper():
                    words.add(w)
    for w in words:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", out) or re.search(r"(?<!\w)" + re.escape(w.upper()) + r"(?!\w)", out):
            errs.append("name word outside " + w)
    return errs


def gen_candidates(R, spec, clean):
    name, fn, count, ccs = spec
    cands = []
    for i in range(3 * count + 6):
        cc = ccs[i % len(ccs)]
        ctx = Ctx(R, cc)
        form, parts = fn(ctx)
        cands.append((name, cc, ctx.lang, form, parts))
    return cands


def generate():
    R = random.Random(SEED)
    pools = []
    for spec in LABELLED:
        pools.append((spec, False, gen_candidates(R, spec, False)))
    for spec in CLEAN:
        pools.append((spec, True, gen_candidates(R, spec, True)))
    # phones of every candidate through pv in one batch
    allph = []
    built = []
    for spec, clean, cands in pools:
        bl = []
        for (name, cc, lang, form, parts) in cands:
            rec = build("tmp", form, lang, parts)
            bl.append((name, cc, rec))
            for sp in rec["spans"]:
                if sp["type"] == "phone":
                    allph.append((sp["value"], sp["region"], sp.get("plan", "")))
        built.append((spec, clean, bl))
    bad = pv_check(sorted(set(allph)))
    if bad is None:
        sys.exit("pv missing: /tmp/pv/pv")
    badset = {ln.split("\t")[1] + "\t" + ln.split("\t")[2] for ln in bad}
    kept, seen, dropped = [], set(), Counter()
    for spec, clean, bl in built:
        name, fn, count, ccs = spec
        k = 0
        for (nm, cc, rec) in bl:
            if k == count:
                break
            errs = rule_errors(rec, exempt_runs=("sample_values" in rec.get("neg", [])))
            if clean and rec["spans"]:
                errs.append("clean with labels")
            if not clean and not rec["spans"]:
                errs.append("labelled without labels")
            if any(sp["type"] == "phone" and sp["value"] + "\t" + sp["region"] in badset for sp in rec["spans"]):
                errs.append("pv")
            if rec["text"] in seen:
                errs.append("repeated")
            if errs:
                dropped[(nm, errs[0].split(" ")[0])] += 1
                continue
            seen.add(rec["text"])
            kept.append((nm, cc, rec))
            k += 1
        assert k == count, (name, k, count)
    RS = random.Random(SHUFFLE_SEED)
    RS.shuffle(kept)
    recs = []
    meta = []
    for i, (nm, cc, rec) in enumerate(kept):
        rec["id"] = PREFIX + "%05d" % i
        recs.append(rec)
        meta.append((nm, cc))
    return recs, meta, dropped, len(set(allph))


# ---------------------------------------------------------------- checks
def gov_ok(sub, v):
    s = re.sub(r"[ .\-]", "", v)
    if sub == "us_ssn":
        a, g, n = v.split("-")
        return ssn_valid(int(a), int(g), int(n))
    if sub == "uk_nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None and s[:2] not in NINO_BAD_PREFIX
    if sub == "ie_ppsn":
        return re.fullmatch(r"\d{7}[A-W]", s) is not None and ppsn_ok(s)
    if sub == "ca_sin":
        return len(s) == 9 and luhn_ok(s)
    if sub == "au_tfn":
        return tfn_ok(s)
    if sub == "za_id":
        return len(s) == 13 and luhn_ok(s)
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s) is not None
    if sub == "de_steuer_id":
        return steuerid_ok(s)
    if sub == "at_svnr":
        return len(s) == 10 and sum(int(a) * w for a, w in zip(s, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11 == int(s[3])
    if sub == "ch_ahv":
        return len(s) == 13 and s.startswith("756") and (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(s[:12])) % 10) % 10 == int(s[12])
    if sub == "fr_nir":
        return nir_ok(s[:13], s[13:])
    if sub == "be_nn":
        n = int(s[:9])
        return int(s[9:]) in (97 - n % 97, 97 - int("2" + s[:9]) % 97)
    if sub == "es_dni":
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "es_nie":
        return nie_ok(s)
    if sub == "mx_curp":
        return len(s) == 18 and curp_check(s[:17]) == s[17]
    if sub == "cl_rut":
        return rut_dv(int(s[:-1])) == s[-1]
    if sub == "it_cf":
        return len(s) == 16 and cf_check(s[:15]) == s[15]
    if sub == "nl_bsn":
        return bsn_ok(s)
    if sub == "pt_nif":
        return len(s) == 9 and nifpt_check(s[:8]) == s[8]
    if sub == "br_cpf":
        return cpf_ok(s)
    if sub == "pl_pesel":
        return len(s) == 11 and pesel_check(s[:10]) == s[10]
    if sub == "se_pnr":
        s = s[-10:]
        return luhn_ok(s)
    if sub == "no_fnr":
        return fnr_check(s[:9]) == s
    if sub == "fi_hetu":
        return hetu_ok(v)
    if sub == "gr_afm":
        return len(s) == 9 and afm_check(s[:8]) == s[8]
    if sub == "tr_tckn":
        return tckn_ok(s)
    if sub == "ro_cnp":
        return len(s) == 13 and cnp_check(s[:12]) == s[12]
    if sub == "ru_inn":
        d = [int(c) for c in s]
        return len(d) == 12 and sum(a * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10 == d[10] and \
            sum(a * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10 == d[11]
    if sub == "jp_mynumber":
        return len(s) == 12 and mynumber_check(s[:11]) == s[11]
    if sub == "kr_rrn":
        return len(s) == 13 and (11 - sum(int(a) * w for a, w in zip(s[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10 == int(s[12])
    if sub == "cn_id":
        return len(s) == 18 and "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11] == s[17]
    return False


def span_errors(sp):
    v, t = sp["value"], sp["type"]
    if t == "card":
        ds = re.sub(r"\D", "", v)
        return [] if luhn_ok(ds) and 12 <= len(ds) <= 19 else ["card " + v]
    if t == "iban":
        s = re.sub(r"[ \u00a0]", "", v)
        return [] if iban_mod97(s) == 1 and len(s) == IBAN_LEN[s[:2]] else ["iban " + v]
    if t == "gov_id":
        return [] if gov_ok(sp["sub"], v) else ["gov_id %s %s" % (sp["sub"], v)]
    if t == "ip":
        ip = ipaddress.ip_address(v)
        return [] if ip.is_global else ["ip " + v]
    if t == "email":
        return [] if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) else ["email " + v]
    return []


def check(recs=None):
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    recs = [json.loads(x) for x in lines]
    errs = []
    assert len(recs) == 800, len(recs)
    clean = sum(1 for r in recs if not r["spans"])
    assert clean == 200, clean
    phones = []
    for i, r in enumerate(recs):
        assert r["id"] == PREFIX + "%05d" % i, r["id"]
        e = rule_errors(r, exempt_runs=("sample_values" in r.get("neg", [])))
        for sp in r["spans"]:
            e += span_errors(sp)
            if sp["type"] == "phone":
                phones.append((sp["value"], sp["region"], sp.get("plan", "")))
        if e:
            errs.append((r["id"], e))
    bad = pv_check(phones)
    if bad is None:
        errs.append(("pv", "missing"))
    elif bad:
        errs.append(("pv", bad))
    regen, _, _, _ = generate()
    if [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in regen] != lines:
        errs.append(("regen", "differs"))
    for e in errs[:30]:
        print(e)
    print("records %d, clean %d, labels %d, phones %d (pv invalid: %s), errors %d" % (
        len(recs), clean, sum(len(r["spans"]) for r in recs), len(phones), "n/a" if bad is None else len(bad), len(errs)))
    return not errs


def stats():
    recs, meta, dropped, nph = generate()
    ty, lg, co, fo, tp, sub, neg = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r, (nm, cc) in zip(recs, meta):
        lg[r["lang"]] += 1
        co[cc] += 1
        fo[r["form"]] += 1
        tp[nm] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            sub[(sp["type"], sp.get("sub", ""))] += 1
        for n in r.get("neg", []):
            neg[n] += 1
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
    for name, c in (("types", ty), ("languages", lg), ("countries", co), ("forms", fo), ("templates", tp)):
        print("%s (%d): %s" % (name, len(c), ", ".join("%s %d" % kv for kv in c.most_common())))
    print("subs:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(sub.items())))
    print("negative tags (%d): %s" % (len(neg), ", ".join("%s %d" % kv for kv in neg.most_common())))
    print("dropped:", dict(dropped), "distinct candidate phones:", nph)
    ls = sorted(len(r["text"]) for r in recs)
    print("text length min %d median %d max %d; labels across a line break %d" % (
        ls[0], ls[len(ls) // 2], ls[-1], sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    recs, meta, dropped, nph = generate()
    write_jsonl(OUT, recs)
    ok = check()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
