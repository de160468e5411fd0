#!/usr/bin/python3
"""Held-out part 24 of the redaction corpus (heldout24.jsonl).

Written by a twenty-second helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-23 hold,
the part 23 section as the model), lines 1-60 of gen_heldout23.py (header
and imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run by hand on a few numbers,
otherwise only through `pv_check`); not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 19:43:51 UTC on
2026-12-03 (`date -u`); the end time is in heldout/README.md. `pv_check` is
reused as is; the CLI layout (rewrite / --check / --stats) imitates part
23's header.

Theme: TRAVEL, BOOKINGS AND MOVING ABROAD. What people paste into an AI
assistant about trips, bookings and living abroad, from 27 countries and 18
languages: airline booking confirmations and e-ticket receipts
(`SURNAME/GIVEN MR`, PNRs, 13-digit ticket numbers, fare bases, seats,
frequent-flyer numbers, IATA codes), boarding passes with BCBP strings,
hotel confirmations, card authorisation forms, holiday-rental host chats and
house manuals (Wi-Fi passwords and door codes), car-rental agreements, rail
tickets, visa drafts and ETA/ESTA approvals, embassy appointments, travel
insurance claims, lost-luggage reports, EU261 refund claims, complaints,
transfer vouchers, ferry manifests, pet travel forms, leases abroad, address
registration (Anmeldung, empadronamiento, BRP, iscrizione anagrafica...),
residence-permit and tax-number forms (NIE, codice fiscale, BSN, Steuer-ID,
NIF, samordningsnummer, NINO, NIR), relocation quotes, agency CSV exports,
group rosters, booking-API JSON, airline app logs and loyalty sign-in
alerts, travel chats. Each record carries a request line in the text's
language. Hard negatives of the theme everywhere: PNRs, ticket, flight,
seat, gate, fare-basis, baggage-tag and PIR numbers, frequent-flyer and
membership numbers, IATA/ICAO codes, hotel and airline names (also named
after people), airports', stations' and hotels' addresses, call centres,
role mailboxes, timetables, prices, travel dates, ages, documentation IPs,
masked and sample values, streets and stations that look like names.

Every name, street, town, hotel, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 240924, shuffle
seed 240925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout24.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout24.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout24.py --stats   # counts
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
                       luhn_complete, iban_random, iban_mod97, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_ok, dni_random, nie_random,
                       nie_ok, DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, pan_random, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, PLANS, digits, nz,
                       secret_random, rnd, MONTHS)

SEED = 240924
SHUFFLE_SEED = 240925
OUT = os.path.join(HERE, "heldout24.jsonl")
ID_PREFIX = "heldout-x-"


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
# Hand-written for this part. Latin cultures: (given_m, given_f, surnames);
# surnames given as (male, female) where they are gendered.

NAMES = {
    "gb": (["Callum", "Rhys", "Alistair", "Declan", "Toby", "Rory", "Fraser", "Ewan", "Gareth", "Hamish", "Jasper", "Owain", "Barnaby", "Crispin"],
           ["Imogen", "Freya", "Harriet", "Isla", "Bethan", "Philippa", "Eleanor", "Tamsin", "Morwenna", "Keira", "Lowri", "Esme", "Ottilie", "Marnie"],
           ["Hargreaves", "Pennington", "Ashworth", "Cartwright", "Whitfield", "Blackwood", "Thornton", "Fairbairn", "Holloway", "Rowntree", "Pemberton",
            "Kershaw", "Lockhart", "Braithwaite", "Ogilvie", "Trevelyan", "Marchbank", "Illingworth", "Haddow", "Mottram", "Tillotson", "Sowerby"]),
    "us": (["Tyler", "Brandon", "Dwayne", "Cody", "Marcus", "Garrett", "Trevor", "Wyatt", "Dalton", "Jerome", "Kendrick", "Brody", "Colton", "Desmond"],
           ["Brittany", "Kayla", "Shannon", "Tamika", "Lindsey", "Courtney", "Heather", "Jolene", "Brianna", "Mackenzie", "Shelby", "Latoya", "Kristen", "Danielle"],
           ["Hendricks", "Baumgartner", "McAllister", "Whitaker", "Pruitt", "Castellano", "Okafor", "Stroud", "Yarbrough", "Fontenot", "Vanderpool",
            "Haskins", "Rutledge", "Blanchard", "Prescott", "Tolliver", "Guthrie", "Sorensen", "Abernathy", "Kowalczyk", "Delacruz", "Winslow"]),
    "ie": (["Cian", "Oisín", "Darragh", "Pádraig", "Eoin", "Tadhg", "Fionn", "Colm", "Ruairí", "Donal"],
           ["Aoife", "Saoirse", "Caoimhe", "Róisín", "Orla", "Clodagh", "Sinéad", "Gráinne", "Áine", "Méabh"],
           ["Brannigan", "Delaney", "Hennessy", "Lenihan", "McGrath", "O'Driscoll", "Mulcahy", "Coughlan", "Kavanagh", "Moriarty", "Ó Murchú", "Fitzgibbon"]),
    "au": (["Lachlan", "Bailey", "Hayden", "Brodie", "Jarrah", "Cooper", "Angus", "Kieran"],
           ["Matilda", "Chloe", "Kirra", "Tahlia", "Sienna", "Alinta", "Jessamy", "Brooke"],
           ["Fitzsimons", "Dunstan", "McKinlay", "Pryor", "Tregear", "Wardle", "Kilpatrick", "Ebdon", "Tremaine", "Hollis"]),
    "ca": (["Étienne", "Mathieu", "Jean-Philippe", "Connor", "Brayden", "Xavier", "Olivier", "Dawson"],
           ["Geneviève", "Maude", "Ariane", "Kaitlyn", "Mégane", "Rosalie", "Brielle", "Noémie"],
           ["Tremblay", "Gagnon", "Bouchard", "Lavoie", "Fortin", "Pelletier", "MacNeil", "Thibodeau", "Bergeron", "Kowalchuk", "Lafrenière", "Ouellette"]),
    "in": (["Aarav", "Siddharth", "Vikram", "Pranav", "Karthik", "Rohan", "Anirudh", "Harish", "Nikhil", "Abhishek", "Venkatesh", "Gaurav"],
           ["Ananya", "Priyanka", "Kavya", "Deepika", "Shreya", "Meenakshi", "Nandini", "Aishwarya", "Pooja", "Lakshmi", "Divya", "Sneha"],
           ["Raghunathan", "Iyengar", "Kulkarni", "Deshpande", "Chatterjee", "Banerjee", "Menon", "Nair", "Reddy", "Bhattacharya", "Malhotra",
            "Srinivasan", "Agarwal", "Krishnamurthy", "Joshi", "Pillai", "Subramaniam", "Khandelwal"]),
    "de": (["Jörg", "Matthias", "Sven", "Dirk", "Tobias", "Florian", "Henning", "Malte", "Benedikt", "Ulf", "Torsten", "Volker", "Jannik", "Lennart"],
           ["Anke", "Katrin", "Svenja", "Birgit", "Friederike", "Mareike", "Ulrike", "Nadine", "Wiebke", "Annika", "Heike", "Dörte", "Antje", "Inken"],
           ["Brückner", "Hoffmeister", "Kästner", "Lindemann", "Vogelsang", "Steinbach", "Wöhler", "Reinhardt", "Pfeiffer", "Ostermann", "Kranz",
            "Haberland", "Schwertfeger", "Lüdke", "Dreyer", "Rademacher", "Eisele", "Thiessen", "Gottschalk", "Börner", "Kühnel", "Rosskamp"]),
    "at": (["Gernot", "Raphael", "Wolfgang", "Lorenz", "Bernhard", "Reinhold", "Clemens", "Severin"],
           ["Theresia", "Magdalena", "Verena", "Johanna", "Bettina", "Sieglinde", "Carina", "Rosina"],
           ["Gruber", "Pichler", "Hinterberger", "Leitner", "Wallner", "Aigner", "Stockinger", "Fuchsberger", "Brandstätter", "Eder", "Hofbauer", "Kogler"]),
    "ch": (["Urs", "Reto", "Beat", "Dominik", "Adrian", "Fabian", "Gian-Luca", "Mattia"],
           ["Regula", "Corinne", "Seraina", "Manuela", "Flurina", "Ladina", "Nicole", "Mirjam"],
           ["Brunner", "Zürcher", "Ammann", "Käser", "Wyss", "Bühlmann", "Gerber", "Hürlimann", "Zbinden", "Tschanz", "Riedweg", "Oberholzer"]),
    "fr": (["Thibault", "Grégoire", "Benoît", "Arnaud", "Yannick", "Lucien", "Quentin", "Maxence", "Gaëtan", "Fabrice", "Romain", "Cédric", "Loïc", "Aurélien"],
           ["Ségolène", "Capucine", "Margaux", "Élodie", "Solène", "Anaïs", "Clémence", "Bérénice", "Maëlle", "Oriane", "Gwenaëlle", "Pauline", "Aurore", "Blandine"],
           ["Lefèvre", "Marchand", "Chauvin", "Fournier", "Garnier", "Perrin", "Lemaire", "Chevallier", "Morvan", "Le Goff", "Guillou", "Delorme",
            "Vasseur", "Barbier", "Joubert", "Carpentier", "Texier", "Peyrolle", "Gauthier", "Brunet", "Leclercq", "Ferrand"]),
    "be": (["Wouter", "Pieter-Jan", "Jens", "Kobe", "Thibaut", "Maxime", "Bram", "Arnout"],
           ["Lotte", "Elke", "Ine", "Sofie", "Amandine", "Hanne", "Justine", "Griet"],
           ["Verstraete", "Claeys", "Goossens", "Wouters", "Declercq", "Vandenbroucke", "Lambotte", "Hermans", "Moens", "Depoorter", "Vanhoutte", "Dethier"]),
    "nl": (["Joost", "Sjoerd", "Maarten", "Bas", "Thijs", "Wessel", "Ruben", "Jelle", "Gijs", "Niels", "Floris", "Koen", "Stijn", "Teun"],
           ["Sanne", "Lieke", "Femke", "Marloes", "Anouk", "Eline", "Maud", "Merel", "Fleur", "Noor", "Ilse", "Jorien", "Marieke", "Tessa"],
           ["van Leeuwen", "de Boer", "Bakker", "Kuipers", "Hoekstra", "van den Heuvel", "Visser", "Smit", "ter Horst", "Wijnberg", "van Dalen",
            "Brouwer", "Postma", "de Haan", "Vermeulen", "Kramer", "van Rijswijk", "Schouten", "Huisman", "Dijkstra", "de Graaf", "Veenstra"]),
    "es": (["Iñigo", "Álvaro", "Gonzalo", "Rodrigo", "Íker", "Sergio", "Borja", "Javier", "Raúl", "Ignacio", "Unai", "Rubén", "Adrián", "Joaquín"],
           ["Lucía", "Nerea", "Itziar", "Macarena", "Ainhoa", "Rocío", "Marta", "Pilar", "Inmaculada", "Begoña", "Noelia", "Leire", "Irene", "Almudena"],
           ["Garrido", "Peñalver", "Echeverría", "Lozano", "Montero", "Arrieta", "Quintana", "Villalobos", "Carrasco", "Sáez", "Benítez", "Olmedo",
            "Cuadrado", "Sanz", "Iglesias", "Zubizarreta", "Ferrándiz", "Maldonado", "Calvo", "Nieto", "Bermúdez", "Aranda"]),
    "mx": (["Emiliano", "Jesús", "Ulises", "Heriberto", "Octavio", "Aurelio", "Fernando", "Gerardo", "Rigoberto", "Tadeo"],
           ["Guadalupe", "Ximena", "Citlali", "Yesenia", "Araceli", "Marisol", "Itzel", "Daniela", "Nayeli", "Maricruz"],
           ["Hernández", "Villaseñor", "Cuevas", "Tapia", "Zamora", "Ochoa", "Barrera", "Rangel", "Solís", "Medina", "Tovar", "Arreola", "Cárdenas", "Escobedo"]),
    "pt": (["Tiago", "Gonçalo", "Duarte", "Rui", "Nuno", "Afonso", "Henrique", "Rodrigo", "Tomás", "Bernardo"],
           ["Inês", "Leonor", "Beatriz", "Mafalda", "Carolina", "Matilde", "Joana", "Filipa", "Madalena", "Constança"],
           ["Magalhães", "Sequeira", "Carvalho", "Pinto", "Teixeira", "Monteiro", "Antunes", "Correia", "Fontes", "Quaresma", "Rebelo",
            "da Silveira", "dos Reis", "Lopes", "Vieira", "Amaral"]),
    "br": (["Thiago", "Caio", "Leandro", "Felipe", "Murilo", "Vinícius", "Gustavo", "Renan", "Diego", "Otávio"],
           ["Juliana", "Letícia", "Camila", "Larissa", "Thaís", "Bianca", "Gabriela", "Renata", "Priscila", "Tatiane"],
           ["Nogueira", "Albuquerque", "Cavalcanti", "Barbosa", "Figueiredo", "Moraes", "Azevedo", "Siqueira", "Rezende", "da Costa", "dos Santos",
            "Brandão", "Prado", "Teles", "Fagundes", "Medeiros"]),
    "it": (["Lorenzo", "Matteo", "Davide", "Alessio", "Federico", "Tommaso", "Giacomo", "Emanuele", "Stefano", "Riccardo", "Filippo", "Niccolò", "Simone", "Ettore"],
           ["Chiara", "Federica", "Martina", "Giulia", "Ilaria", "Beatrice", "Alessandra", "Francesca", "Elisa", "Arianna", "Valentina", "Silvia", "Ludovica", "Ginevra"],
           ["Bellandi", "Cattaneo", "Ferraris", "Galimberti", "Marchetti", "Bonfiglio", "Santoro", "Pellegrini", "Lombardi", "Mancuso", "Rinaldi",
            "Zanetti", "Fumagalli", "De Luca", "Esposito", "Barbieri", "Guidotti", "Morelli", "Capuano", "Ruggiero", "Lo Cascio", "Bertolini"]),
    "pl": (["Bartosz", "Krzysztof", "Paweł", "Tomasz", "Łukasz", "Wojciech", "Jakub", "Michał", "Grzegorz", "Przemysław"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Zofia", "Aleksandra", "Dorota", "Ewelina", "Justyna", "Karolina"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Nowicki", "Nowicka"), ("Dąbrowski", "Dąbrowska"),
            ("Jabłoński", "Jabłońska"), ("Grabowski", "Grabowska"), ("Zawadzki", "Zawadzka"), "Nowak", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk",
            "Pawlak", "Sikora", ("Wróblewski", "Wróblewska")]),
    "se": (["Henrik", "Johan", "Magnus", "Fredrik", "Anders", "Mattias", "Oskar", "Gustaf", "Linus", "Viktor"],
           ["Ingrid", "Linnea", "Elin", "Karin", "Malin", "Ebba", "Astrid", "Maja", "Sigrid", "Ylva"],
           ["Lindqvist", "Bergström", "Sandberg", "Holmgren", "Nyström", "Engström", "Ekberg", "Sjöberg", "Åkesson", "Lundgren", "Hedlund",
            "Forsberg", "Wallin", "Blomqvist"]),
    "tr": (["Emre", "Burak", "Onur", "Serkan", "Barış", "Cem", "Oğuz", "Tolga", "Volkan", "Eren"],
           ["Elif", "Zeynep", "Ayşe", "Merve", "Esra", "Gizem", "Derya", "Selin", "Büşra", "Ebru"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Özdemir", "Karaca"]),
}

# Non-Latin cultures: (native, latin) pairs.
GR_M = [("Γιώργος", "Giorgos"), ("Νίκος", "Nikos"), ("Δημήτρης", "Dimitris"), ("Κώστας", "Kostas"), ("Παναγιώτης", "Panagiotis"),
        ("Σπύρος", "Spyros"), ("Θανάσης", "Thanasis"), ("Βασίλης", "Vasilis")]
GR_F = [("Ελένη", "Eleni"), ("Κατερίνα", "Katerina"), ("Δέσποινα", "Despoina"), ("Χαρά", "Chara"), ("Βασιλική", "Vasiliki"),
        ("Ευαγγελία", "Evangelia"), ("Ιωάννα", "Ioanna"), ("Στέλλα", "Stella")]
GR_S = [("Παπαδόπουλος", "Παπαδοπούλου", "Papadopoulos", "Papadopoulou"), ("Οικονόμου", "Οικονόμου", "Oikonomou", "Oikonomou"),
        ("Γεωργίου", "Γεωργίου", "Georgiou", "Georgiou"), ("Νικολαΐδης", "Νικολαΐδου", "Nikolaidis", "Nikolaidou"),
        ("Καραγιάννης", "Καραγιάννη", "Karagiannis", "Karagianni"), ("Βλάχος", "Βλάχου", "Vlachos", "Vlachou"),
        ("Μαυρίδης", "Μαυρίδου", "Mavridis", "Mavridou"), ("Ζαχαρίου", "Ζαχαρίου", "Zachariou", "Zachariou"),
        ("Αντωνόπουλος", "Αντωνοπούλου", "Antonopoulos", "Antonopoulou"), ("Τσακίρης", "Τσακίρη", "Tsakiris", "Tsakiri")]
RU_M = [("Алексей", "Aleksei", "Алексеевич", "Алексеевна"), ("Дмитрий", "Dmitrii", "Дмитриевич", "Дмитриевна"),
        ("Сергей", "Sergei", "Сергеевич", "Сергеевна"), ("Андрей", "Andrei", "Андреевич", "Андреевна"),
        ("Игорь", "Igor", "Игоревич", "Игоревна"), ("Павел", "Pavel", "Павлович", "Павловна"),
        ("Олег", "Oleg", "Олегович", "Олеговна"), ("Михаил", "Mikhail", "Михайлович", "Михайловна"),
        ("Виктор", "Viktor", "Викторович", "Викторовна"), ("Геннадий", "Gennadii", "Геннадьевич", "Геннадьевна")]
RU_F = [("Ольга", "Olga"), ("Татьяна", "Tatiana"), ("Екатерина", "Ekaterina"), ("Наталья", "Natalia"), ("Ирина", "Irina"),
        ("Светлана", "Svetlana"), ("Анастасия", "Anastasiia"), ("Юлия", "Iuliia"), ("Ксения", "Kseniia"), ("Вероника", "Veronika")]
RU_S = [("Смирнов", "Смирнова", "Smirnov", "Smirnova"), ("Воробьев", "Воробьева", "Vorobev", "Vorobeva"),
        ("Кузнецов", "Кузнецова", "Kuznetsov", "Kuznetsova"), ("Соколов", "Соколова", "Sokolov", "Sokolova"),
        ("Лебедев", "Лебедева", "Lebedev", "Lebedeva"), ("Морозов", "Морозова", "Morozov", "Morozova"),
        ("Зайцев", "Зайцева", "Zaitsev", "Zaitseva"), ("Белоусов", "Белоусова", "Belousov", "Belousova"),
        ("Тихонов", "Тихонова", "Tikhonov", "Tikhonova"), ("Голубев", "Голубева", "Golubev", "Golubeva"),
        ("Ершов", "Ершова", "Ershov", "Ershova"), ("Фомин", "Фомина", "Fomin", "Fomina")]
JP_S = [("佐々木", "Sasaki"), ("高橋", "Takahashi"), ("渡辺", "Watanabe"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"),
        ("吉田", "Yoshida"), ("井上", "Inoue"), ("木村", "Kimura"), ("清水", "Shimizu"), ("森田", "Morita"), ("藤原", "Fujiwara"),
        ("岡田", "Okada"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("西村", "Nishimura")]
JP_M = [("健太", "Kenta"), ("大輔", "Daisuke"), ("翔太", "Shota"), ("拓也", "Takuya"), ("直樹", "Naoki"), ("悠斗", "Yuto"), ("和也", "Kazuya"), ("亮介", "Ryosuke")]
JP_F = [("美咲", "Misaki"), ("陽菜", "Hina"), ("由紀", "Yuki"), ("真由美", "Mayumi"), ("彩香", "Ayaka"), ("智子", "Tomoko"), ("奈々", "Nana"), ("恵理子", "Eriko")]
CN_S = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"),
        ("周", "Zhou"), ("徐", "Xu"), ("郭", "Guo"), ("林", "Lin"), ("罗", "Luo"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song")]
CN_M = [("立新", "Lixin"), ("思远", "Siyuan"), ("浩然", "Haoran"), ("俊杰", "Junjie"), ("明轩", "Mingxuan"), ("志强", "Zhiqiang"), ("建华", "Jianhua"), ("宇航", "Yuhang")]
CN_F = [("子涵", "Zihan"), ("雨桐", "Yutong"), ("欣怡", "Xinyi"), ("梓萱", "Zixuan"), ("佳怡", "Jiayi"), ("婉清", "Wanqing"), ("晓燕", "Xiaoyan"), ("丽娟", "Lijuan")]
KR_S = [("김", "Kim"), ("이", "Lee"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
        ("한", "Han"), ("신", "Shin"), ("서", "Seo"), ("권", "Kwon"), ("황", "Hwang")]
KR_M = [("민준", "Min-jun"), ("도윤", "Do-yoon"), ("준호", "Jun-ho"), ("성민", "Sung-min"), ("태양", "Tae-yang"), ("현우", "Hyun-woo"), ("재원", "Jae-won"), ("동현", "Dong-hyun")]
KR_F = [("지현", "Ji-hyun"), ("서연", "Seo-yeon"), ("하은", "Ha-eun"), ("수빈", "Su-bin"), ("예린", "Ye-rin"), ("유진", "Yu-jin"), ("다은", "Da-eun"), ("민서", "Min-seo")]
TH_M = [("สมชาย", "Somchai"), ("ณัฐพล", "Nattapon"), ("ธนากร", "Thanakorn"), ("วีระพงษ์", "Weerapong"), ("กิตติพัฒน์", "Kittipat"), ("อนุชา", "Anucha")]
TH_F = [("สุภาพร", "Supaporn"), ("ปิยะนุช", "Piyanuch"), ("กัญญารัตน์", "Kanyarat"), ("วรรณา", "Wanna"), ("ศิริพร", "Siriporn"), ("พิมพ์ชนก", "Pimchanok")]
TH_S = [("ใจดี", "Jaidee"), ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("ทองคำ", "Thongkham"), ("บุญมา", "Boonma"), ("สุขสวัสดิ์", "Suksawat"),
        ("แก้วมณี", "Kaewmanee"), ("ปัญญาวงศ์", "Panyawong"), ("เพชรรัตน์", "Phetcharat"), ("รัตนพันธ์", "Rattanapan")]
AR_M = [("خالد", "Khalid"), ("راشد", "Rashid"), ("حمدان", "Hamdan"), ("عمر", "Omar"), ("يوسف", "Yousef"), ("فيصل", "Faisal"), ("سعيد", "Saeed"), ("ماجد", "Majid")]
AR_F = [("فاطمة", "Fatima"), ("مريم", "Maryam"), ("شيخة", "Shaikha"), ("نورة", "Noura"), ("عائشة", "Aisha"), ("ليلى", "Layla"), ("هند", "Hind"), ("ريم", "Reem")]
AR_S = [("الهاشمي", "Al Hashimi"), ("المنصوري", "Al Mansoori"), ("الكعبي", "Al Kaabi"), ("الشامسي", "Al Shamsi"), ("الظاهري", "Al Dhaheri"),
        ("النعيمي", "Al Nuaimi"), ("المرزوقي", "Al Marzouqi"), ("السويدي", "Al Suwaidi"), ("البلوشي", "Al Balushi"), ("الزعابي", "Al Zaabi")]

TWO_SURNAMES = {"es", "mx"}
PARTICLES = {"van", "de", "der", "den", "ter", "da", "dos", "das", "do", "di", "del", "della", "la", "le", "du", "des", "von", "zu",
             "al", "el", "bin", "mac", "ní", "ó", "lo", "y"}

ICAO_FOLD = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Ø": "OE", "Æ": "AE", "ı": "I", "İ": "I", "Ł": "L", "ł": "L"}


def fold_upper(s, umlaut=False):
    out = ""
    for ch in s:
        up = ch.upper() if ch not in "ßı" else ch
        if umlaut and up in ICAO_FOLD:
            out += ICAO_FOLD[up]
            continue
        if ch in "ıİłŁ":
            out += ICAO_FOLD[ch]
            continue
        if ch == "ß":
            out += "SS"
            continue
        d = unicodedata.normalize("NFKD", up)
        out += "".join(c for c in d if not unicodedata.combining(c))
    return out


def ascii_lower(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c)).lower()


class P:
    """A person: native given/family (display), Latin forms, sex, culture."""

    def __init__(self, cul, sex, given, family, lgiven=None, lfamily=None, pat=None):
        self.cul, self.sex = cul, sex
        self.given, self.family = given, family
        self.lgiven = lgiven or given
        self.lfamily = lfamily or family
        self.pat = pat

    @property
    def native(self):
        return self.cul in ("gr", "ru", "jp", "cn", "kr", "th", "ae")

    def full(self):
        """The name as the person writes it in their own script."""
        c = self.cul
        if c in ("jp",):
            return self.family + self.given
        if c in ("cn", "kr"):
            return self.family + self.given
        return self.given + " " + self.family

    def full_sp(self):
        if self.cul == "jp":
            return self.family + " " + self.given
        return self.full()

    def latin(self):
        return self.lgiven + " " + self.lfamily

    def latin_rev(self):
        return self.lfamily.upper() + " " + self.lgiven

    def pnr(self):
        um = self.cul in ("de", "at", "ch", "se")
        fam = re.sub(r"[^A-Z]", "", fold_upper(self.lfamily, um))
        giv = re.sub(r"[^A-Z]", "", fold_upper(self.lgiven, um))
        return fam + "/" + giv

    def title(self, lang="en"):
        return {"en": ("MR", "MS"), "in": ("MR", "MRS")}.get(lang, ("MR", "MRS"))[self.sex == "f"]

    def surname_first(self):
        return self.lfamily + ", " + self.lgiven

    def fio(self):
        return self.family + " " + self.given + " " + self.pat


def person(R, cul, sex=None, family=None):
    sex = sex or R.choice("mf")
    if cul in NAMES:
        gm, gf, ss = NAMES[cul]
        g = R.choice(gm if sex == "m" else gf)
        if family is None:
            s = R.choice(ss)
            if isinstance(s, tuple):
                s = s[0] if sex == "m" else s[1]
            if cul in TWO_SURNAMES:
                while True:
                    s2 = R.choice(ss)
                    if s2 != s:
                        break
                s = s + " " + s2
        else:
            s = family
        return P(cul, sex, g, s)
    if cul == "gr":
        g = R.choice(GR_M if sex == "m" else GR_F)
        s = family or R.choice(GR_S)
        return P(cul, sex, g[0], s[0] if sex == "m" else s[1], g[1], s[2] if sex == "m" else s[3])
    if cul == "ru":
        g = R.choice(RU_M if sex == "m" else RU_F)
        s = family or R.choice(RU_S)
        father = R.choice(RU_M)
        return P(cul, sex, g[0], s[0] if sex == "m" else s[1], g[1], s[2] if sex == "m" else s[3],
                 pat=father[2] if sex == "m" else father[3])
    table = {"jp": (JP_M, JP_F, JP_S), "cn": (CN_M, CN_F, CN_S), "kr": (KR_M, KR_F, KR_S),
             "th": (TH_M, TH_F, TH_S), "ae": (AR_M, AR_F, AR_S)}[cul]
    g = R.choice(table[0] if sex == "m" else table[1])
    s = family or R.choice(table[2])
    return P(cul, sex, g[0], s[0], g[1], s[1])


def relative(R, p, sex=None):
    """A family member sharing the surname (gendered forms kept right)."""
    sex = sex or R.choice("mf")
    if p.cul == "pl":
        return _pl_rel(R, p, sex)
    if p.cul in NAMES:
        return person(R, p.cul, sex, family=p.family)
    if p.cul == "gr":
        for s in GR_S:
            if p.family in (s[0], s[1]):
                return person(R, "gr", sex, family=s)
    if p.cul == "ru":
        for s in RU_S:
            if p.family in (s[0], s[1]):
                return person(R, "ru", sex, family=s)
    tab = {"jp": JP_S, "cn": CN_S, "kr": KR_S, "th": TH_S, "ae": AR_S}[p.cul]
    for s in tab:
        if s[0] == p.family:
            return person(R, p.cul, sex, family=s)
    return person(R, p.cul, sex)


def _pl_rel(R, p, sex):
    sex = sex or R.choice("mf")
    for s in NAMES["pl"][2]:
        if isinstance(s, tuple) and p.family in s:
            return person(R, "pl", sex, family=s[0] if sex == "m" else s[1])
    return person(R, "pl", sex, family=p.family)


# ================================================================== countries
# country -> (culture, text language, e-mail domains)
CTRY = {
    "GB": ("gb", "en", ["btinternet.com", "outlook.com", "sky.com", "gmail.com", "virginmedia.com"]),
    "US": ("us", "en", ["gmail.com", "comcast.net", "icloud.com", "yahoo.com", "att.net"]),
    "IE": ("ie", "en", ["eircom.net", "gmail.com", "outlook.ie"]),
    "AU": ("au", "en", ["bigpond.com", "optusnet.com.au", "gmail.com"]),
    "CA": ("ca", "en", ["videotron.ca", "rogers.com", "gmail.com", "sympatico.ca"]),
    "IN": ("in", "in", ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"]),
    "DE": ("de", "de", ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org"]),
    "AT": ("at", "de", ["aon.at", "gmx.at", "chello.at"]),
    "CH": ("ch", "de", ["bluewin.ch", "gmx.ch", "hispeed.ch"]),
    "FR": ("fr", "fr", ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"]),
    "BE": ("be", "nl", ["telenet.be", "skynet.be", "proximus.be"]),
    "NL": ("nl", "nl", ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl"]),
    "ES": ("es", "es", ["telefonica.net", "hotmail.es", "yahoo.es", "gmail.com"]),
    "MX": ("mx", "es", ["prodigy.net.mx", "hotmail.com", "gmail.com"]),
    "PT": ("pt", "pt", ["sapo.pt", "gmail.com", "netcabo.pt"]),
    "BR": ("br", "pt", ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"]),
    "IT": ("it", "it", ["libero.it", "tiscali.it", "virgilio.it", "gmail.com"]),
    "PL": ("pl", "pl", ["wp.pl", "o2.pl", "interia.pl", "onet.pl"]),
    "SE": ("se", "sv", ["telia.com", "bredband.net", "gmail.com"]),
    "TR": ("tr", "tr", ["hotmail.com", "gmail.com", "yandex.com.tr"]),
    "GR": ("gr", "el", ["otenet.gr", "yahoo.gr", "gmail.com"]),
    "RU": ("ru", "ru", ["yandex.ru", "mail.ru", "rambler.ru"]),
    "JP": ("jp", "ja", ["docomo.ne.jp", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"]),
    "CN": ("cn", "zh", ["163.com", "126.com", "qq.com", "sina.com"]),
    "KR": ("kr", "ko", ["naver.com", "daum.net", "kakao.com"]),
    "TH": ("th", "th", ["hotmail.com", "gmail.com", "outlook.co.th"]),
    "AE": ("ae", "ar", ["eim.ae", "gmail.com", "outlook.com"]),
}
LANG_CC = {"en": ["GB", "US", "IE", "AU", "CA"], "in": ["IN"], "de": ["DE", "AT", "CH"], "fr": ["FR"], "nl": ["NL", "BE"],
           "es": ["ES", "MX"], "pt": ["PT", "BR"], "it": ["IT"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"], "el": ["GR"],
           "ru": ["RU"], "ja": ["JP"], "zh": ["CN"], "ko": ["KR"], "th": ["TH"], "ar": ["AE"]}
# French-speaking Belgians for texts in French
FR_CC = ["FR", "FR", "FR", "BE", "CA"]


def cc_for_lang(R, lang):
    if lang == "fr":
        return R.choice(FR_CC)
    return R.choice(LANG_CC[lang])


def cul_of(cc, lang=None):
    if cc == "BE" and lang == "fr":
        return "fr"
    if cc == "CA" and lang == "fr":
        return "ca"
    return CTRY[cc][0]


def email_of(R, p, cc):
    dom = R.choice(CTRY[cc][2])
    g, f = ascii_lower(p.lgiven), ascii_lower(p.lfamily)
    g = re.sub(r"[^a-z]", "", g)
    f = re.sub(r"[^a-z]", "", f)
    if dom == "qq.com":
        return "%d@qq.com" % R.randint(10000000, 3999999999)
    pat = R.randrange(8)
    if pat == 0:
        loc = g + "." + f
    elif pat == 1:
        loc = g[0] + f
    elif pat == 2:
        loc = g + "_" + f + str(R.randint(70, 99))
    elif pat == 3:
        loc = f + "." + g[0]
    elif pat == 4:
        loc = g + f[:3] + str(R.randint(1, 99))
    elif pat == 5:
        loc = g + "." + f + str(R.randint(1970, 2004))
    elif pat == 6:
        loc = f + g[:2]
    else:
        loc = g + "-" + f
    return loc + "@" + dom


# ===================================================================== phones
EXTRA_PLANS = {
    "KR": (82, "0", {"mobile": lambda R: "10" + R.choice("2345678") + digits(R, 7),
                     "seoul": lambda R: "2" + R.choice("2345678") + digits(R, 7)}),
    "TR": (90, "0", {"mobile": lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544",
                                                   "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"]) + nz(R, 7),
                     "istanbul": lambda R: R.choice(["212", "216"]) + R.choice("2345678") + digits(R, 6)}),
    "AE": (971, "0", {"mobile": lambda R: R.choice(["50", "52", "54", "55", "56", "58"]) + R.choice("23456789") + digits(R, 6),
                      "dubai": lambda R: "4" + R.choice("2345678") + digits(R, 6)}),
    "GR": (30, "", {"mobile": lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7),
                    "athens": lambda R: "210" + R.choice("1234567") + digits(R, 6)}),
    "TH": (66, "0", {"mobile": lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "88", "89", "61", "62", "63", "64",
                                                   "65", "91", "92", "93", "94", "95", "96", "97", "98"]) + digits(R, 7),
                     "bangkok": lambda R: "2" + R.choice("123456789") + digits(R, 6)}),
}
# kinds drawn per country (corpuslib's PLANS otherwise)
KINDS = {"US": ["fixed_or_mobile"], "CA": ["fixed_or_mobile"], "GB": ["mobile", "mobile", "london", "fixed"],
         "DE": ["mobile", "mobile7", "berlin", "fixed"], "AT": ["mobile", "vienna"], "CH": ["mobile", "fixed"],
         "FR": ["mobile", "mobile", "fixed"], "BE": ["mobile", "fixed"], "NL": ["mobile", "mobile", "fixed"],
         "ES": ["mobile", "mobile", "fixed"], "PT": ["mobile", "fixed"], "IT": ["mobile", "mobile", "rome", "milan"],
         "PL": ["mobile", "mobile", "fixed"], "IE": ["mobile"], "SE": ["mobile"], "IN": ["mobile"], "BR": ["mobile", "mobile", "fixed"],
         "MX": ["any"], "CN": ["mobile"], "RU": ["mobile", "mobile", "moscow"], "JP": ["mobile"], "AU": ["mobile"],
         "KR": ["mobile", "mobile", "seoul"], "TR": ["mobile", "mobile", "istanbul"], "AE": ["mobile", "mobile", "dubai"],
         "GR": ["mobile", "mobile", "athens"], "TH": ["mobile", "mobile", "bangkok"]}
MOBILE_ONLY = {k: [x for x in v if x.startswith("mobile") or x in ("fixed_or_mobile", "any")] or v for k, v in KINDS.items()}
# countries whose international call prefix is 00 (so `00CC` parses there)
ZERO_ZERO = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "SE", "TR", "GR", "MX", "IN", "CN", "AE"}


def plan(cc):
    return EXTRA_PLANS.get(cc) or PLANS[cc]


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_national(R, cc, kind, n):
    """National layout of NSN n (with the trunk prefix where the country has one)."""
    if cc in ("US", "CA"):
        a, e, l = n[:3], n[3:6], n[6:]
        return R.choice(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l), "%s %s %s" % (a, e, l)])
    if cc == "GB":
        if kind == "london":
            return "0" + _g(n, [2, 4, 4])
        if kind == "fixed":
            return "0" + _g(n, [3, 3, 4])
        return R.choice(["0" + _g(n, [4, 6]), "0" + _g(n, [4, 3, 3])])
    if cc == "DE":
        if kind.startswith("mobile"):
            return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s-%s" % (n[:3], n[3:])])
        ac = 2 if kind == "berlin" or n[:2] in ("89", "40", "69") else 3
        return R.choice(["0%s %s" % (n[:ac], n[ac:]), "(0%s) %s" % (n[:ac], n[ac:]), "0%s/%s" % (n[:ac], n[ac:])])
    if cc == "AT":
        if kind == "vienna":
            return R.choice(["01 %s" % n[1:], "(01) %s" % n[1:], "01/%s" % n[1:]])
        return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:])])
    if cc == "CH":
        return "0" + _g(n, [2, 3, 2, 2])
    if cc == "FR":
        s = "0" + n
        return R.choice([" ", ".", ""]).join(s[i:i + 2] for i in range(0, 10, 2)) if R.random() < 0.9 else _g(s, [2, 2, 2, 2, 2], "\u00a0")
    if cc == "BE":
        if kind == "mobile":
            return "0" + _g(n, [3, 2, 2, 2])
        return "0" + _g(n, [1, 3, 2, 2])
    if cc == "NL":
        if kind == "mobile":
            return R.choice(["0%s-%s" % (n[0], n[1:]), "0%s %s" % (n[0], _g(n[1:], [4, 4])), "0%s %s" % (n[0], n[1:])])
        return R.choice(["0%s-%s" % (n[:2], n[2:]), "0%s %s" % (n[:2], _g(n[2:], [3, 4]))])
    if cc == "ES":
        if kind == "fixed":
            return _g(n, [2, 3, 2, 2])
        return R.choice([_g(n, [3, 2, 2, 2]), _g(n, [3, 3, 3])])
    if cc == "PT":
        return _g(n, [3, 3, 3])
    if cc == "IT":
        if kind == "mobile":
            return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s %s" % (n[:3], n[3:])])
        return R.choice(["%s %s" % (n[:2], _g(n[2:], [4, 4])), "%s %s" % (n[:2], n[2:])])
    if cc == "PL":
        if kind == "fixed":
            return _g(n, [2, 3, 2, 2])
        return R.choice([_g(n, [3, 3, 3]), _g(n, [3, 3, 3], "-")])
    if cc == "IE":
        return "0" + _g(n, [2, 3, 4])
    if cc == "SE":
        return "0%s-%s" % (n[:2], _g(n[2:], [3, 2, 2]))
    if cc == "IN":
        return R.choice([_g(n, [5, 5]), "0" + _g(n, [5, 5]), n])
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:-4], n[-4:])
    if cc == "MX":
        return _g(n, [2, 4, 4])
    if cc == "CN":
        return R.choice([_g(n, [3, 4, 4]), n, _g(n, [3, 4, 4], "-")])
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8%s" % n])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "AU":
        return "0" + _g(n, [3, 3, 3])
    if cc == "KR":
        if kind == "seoul":
            return "02-%s-%s" % (n[1:5], n[5:])
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "TR":
        return R.choice(["0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s%s" % (n[:3], n[3:])])
    if cc == "AE":
        if kind == "dubai":
            return "04 %s %s" % (n[1:4], n[4:])
        return R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s-%s" % (n[:2], n[2:])])
    if cc == "GR":
        return R.choice([_g(n, [3, 3, 4]), n, _g(n, [3, 7])])
    if cc == "TH":
        if kind == "bangkok":
            return "02 %s %s" % (n[1:4], n[4:])
        return R.choice(["0%s-%s-%s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:])])
    raise KeyError(cc)


def fmt_intl(R, cc, kind, n, prefix="+"):
    code = str(plan(cc)[0])
    if cc in ("US", "CA"):
        return R.choice(["%s1 %s %s %s" % (prefix, n[:3], n[3:6], n[6:]), "%s1 (%s) %s-%s" % (prefix, n[:3], n[3:6], n[6:]),
                         "%s1-%s-%s-%s" % (prefix, n[:3], n[3:6], n[6:])])
    if cc == "GB":
        body = _g(n, [2, 4, 4]) if kind == "london" else (_g(n, [3, 3, 4]) if kind == "fixed" else _g(n, [4, 6]))
        return R.choice(["%s44 %s" % (prefix, body), "%s44 (0)%s" % (prefix, body)]) if prefix == "+" else "%s44 %s" % (prefix, body)
    if cc == "DE":
        ac = 3 if kind.startswith("mobile") else (2 if kind == "berlin" or n[:2] in ("89", "40", "69") else 3)
        return R.choice(["%s49 %s %s" % (prefix, n[:ac], n[ac:]), "%s49 (0)%s %s" % (prefix, n[:ac], n[ac:]) if prefix == "+" else "%s49 %s %s" % (prefix, n[:ac], n[ac:]),
                         "%s49-%s-%s" % (prefix, n[:ac], n[ac:])])
    if cc == "AT":
        return "%s43 %s %s" % (prefix, n[:1], n[1:]) if kind == "vienna" else "%s43 %s %s" % (prefix, n[:3], n[3:])
    if cc == "CH":
        return "%s41 %s" % (prefix, _g(n, [2, 3, 2, 2]))
    if cc == "FR":
        return "%s33 %s" % (prefix, " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]))
    if cc == "BE":
        return "%s32 %s" % (prefix, _g(n, [3, 2, 2, 2]) if kind == "mobile" else _g(n, [1, 3, 2, 2]))
    if cc == "NL":
        return "%s31 %s" % (prefix, ("%s %s" % (n[0], n[1:])) if kind == "mobile" else ("%s %s" % (n[:2], n[2:])))
    if cc == "ES":
        return "%s34 %s" % (prefix, _g(n, [3, 2, 2, 2]) if kind != "fixed" else _g(n, [2, 3, 2, 2]))
    if cc == "PT":
        return "%s351 %s" % (prefix, _g(n, [3, 3, 3]))
    if cc == "IT":
        return "%s39 %s" % (prefix, _g(n, [3, 3, 4]) if kind == "mobile" else _g(n, [2, 4, 4]))
    if cc == "PL":
        return "%s48 %s" % (prefix, _g(n, [3, 3, 3]) if kind != "fixed" else _g(n, [2, 3, 2, 2]))
    if cc == "IE":
        return "%s353 %s" % (prefix, _g(n, [2, 3, 4]))
    if cc == "SE":
        return "%s46 %s" % (prefix, _g(n, [2, 3, 2, 2]))
    if cc == "IN":
        return R.choice(["%s91 %s" % (prefix, _g(n, [5, 5])), "%s91-%s" % (prefix, n), "%s91 %s" % (prefix, n)])
    if cc == "BR":
        return "%s55 %s %s-%s" % (prefix, n[:2], n[2:-4], n[-4:])
    if cc == "MX":
        return "%s52 %s" % (prefix, _g(n, [2, 4, 4]))
    if cc == "CN":
        return "%s86 %s" % (prefix, _g(n, [3, 4, 4]))
    if cc == "RU":
        return R.choice(["%s7 %s %s-%s-%s" % (prefix, n[:3], n[3:6], n[6:8], n[8:]), "%s7 (%s) %s-%s-%s" % (prefix, n[:3], n[3:6], n[6:8], n[8:])])
    if cc == "JP":
        return "%s81 %s-%s-%s" % (prefix, n[:2], n[2:6], n[6:])
    if cc == "AU":
        return "%s61 %s" % (prefix, _g(n, [3, 3, 3]))
    if cc == "KR":
        return "%s82 %s" % (prefix, ("10-%s-%s" % (n[2:6], n[6:])) if kind == "mobile" else ("2-%s-%s" % (n[1:5], n[5:])))
    if cc == "TR":
        return "%s90 %s %s %s %s" % (prefix, n[:3], n[3:6], n[6:8], n[8:])
    if cc == "AE":
        return "%s971 %s %s %s" % (prefix, n[:2], n[2:5], n[5:]) if kind != "dubai" else "%s971 4 %s %s" % (prefix, n[1:4], n[4:])
    if cc == "GR":
        return "%s30 %s" % (prefix, _g(n, [3, 3, 4]))
    if cc == "TH":
        return "%s66 %s" % (prefix, ("%s %s %s" % (n[:2], n[2:5], n[5:])) if kind != "bangkok" else ("2 %s %s" % (n[1:4], n[4:])))
    raise KeyError(cc)


def phone(R, cc, region=None, style=None, mobile=False, kind=None):
    """A phone label of country cc read in `region` (the text's country).
    style: nat, intl, e164, 00 (None = by chance; a foreign number is never
    national)."""
    region = region or cc
    kinds = MOBILE_ONLY[cc] if mobile else KINDS[cc]
    kind = kind or R.choice(kinds)
    n = plan(cc)[2][kind](R)
    if style is None:
        if region != cc:
            style = R.choice(["intl", "intl", "e164"] + (["00"] if region in ZERO_ZERO else []))
        else:
            style = R.choice(["nat", "nat", "nat", "intl", "intl", "e164"])
    if style == "00" and region not in ZERO_ZERO:
        style = "intl"
    if style == "nat":
        s = fmt_national(R, cc, kind, n)
    elif style == "intl":
        s = fmt_intl(R, cc, kind, n)
    elif style == "00":
        s = fmt_intl(R, cc, kind, n, prefix="00")
    else:
        s = "+%d%s" % (plan(cc)[0], n)
    meta = {"sub": kind, "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", s, **meta)


# ================================================================== addresses
def _rd(R, a, b):
    return str(R.randint(a, b))


def _gb_pc(R, out):
    return out + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def _ca_pc(R, fsa):
    return fsa + " " + str(R.randint(1, 9)) + R.choice("ABCEGHJKLMNPRSTVWXYZ") + str(R.randint(0, 9))


def _nl_pc(R, d4):
    while True:
        x = R.choice("ABCDEFGHJKLMNPRTVWXZ") + R.choice("ABCDEFGHJKLMNPRTVWXZ")
        if x not in ("SA", "SD", "SS"):
            return d4 + " " + x


ADDR = {
    "US": (["Larkspur Avenue", "Hollis Ridge Road", "Wexford Court", "Bramblewood Drive", "Cinder Mill Lane", "Sutter Creek Boulevard",
            "Quail Hollow Road", "Teaberry Street", "Old Forge Road", "Kestrel Way"],
           [("Boise", "ID", 83702, 83716), ("Asheville", "NC", 28801, 28806), ("Tacoma", "WA", 98402, 98409), ("Ann Arbor", "MI", 48103, 48109),
            ("Savannah", "GA", 31401, 31406), ("Albuquerque", "NM", 87102, 87112), ("Madison", "WI", 53703, 53719), ("Eugene", "OR", 97401, 97405)]),
    "CA": (["Dunmore Crescent", "Birchmount Road", "Kingsway Place", "Ravenhill Avenue", "Côte-Sainte-Catherine Road"],
           [("Ottawa", "ON", "K2G"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3M"), ("Victoria", "BC", "V8V"), ("Montréal", "QC", "H2V")]),
    "GB": (["Thornbury Road", "Abbotsford Close", "Chantry Lane", "Wellmeadow Street", "Rookery Way", "Fenwick Terrace", "Malvern Crescent",
            "Sandpiper Drive", "Coldharbour Lane", "Quarry Bank"],
           [("Leicester", "LE3"), ("Norwich", "NR2"), ("York", "YO31"), ("Exeter", "EX4"), ("Bath", "BA2"), ("Cardiff", "CF24"), ("Derby", "DE22"),
            ("Harrogate", "HG1"), ("Lancaster", "LA1"), ("Brighton", "BN2")]),
    "IE": (["Ashgrove Park", "Millbrook Avenue", "Seafield Road", "Church View", "Glenanaar Drive"],
           [("Ballincollig, Co. Cork", "P31"), ("Naas, Co. Kildare", "W91"), ("Galway", "H91"), ("Drogheda, Co. Louth", "A92"), ("Dublin 6", "D06")]),
    "AU": (["Quandong Street", "Banksia Avenue", "Wattlebird Place", "Corella Crescent", "Jacaranda Drive", "Moreton Parade"],
           [("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"),
            ("Kingston", "TAS", "7050")]),
    "DE": (["Lindenhofstraße", "Am Kuhlenkamp", "Bergmannstraße", "Hohenzollernring", "Auf dem Höchsten", "Mühlenweg", "Rosenthaler Straße",
            "Kiefernweg", "Am Sandtorkai", "Weidenallee", "Sonnenstraße", "Hafenstraße"],
           [("Leipzig", 4107, 4357), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167), ("Kassel", 34117, 34134),
            ("Regensburg", 93047, 93059), ("Bremen", 28195, 28359), ("Mainz", 55116, 55131), ("Dresden", 1067, 1328), ("Berlin", 10115, 13599),
            ("Hamburg", 20095, 22769)]),
    "AT": (["Gentzgasse", "Lerchenfelder Straße", "Hietzinger Hauptstraße", "Schönbrunner Straße", "Grazbachgasse", "Linzer Gasse"],
           [("Wien", "1180"), ("Wien", "1070"), ("Graz", "8010"), ("Salzburg", "5020"), ("Innsbruck", "6020"), ("Linz", "4020")]),
    "CH": (["Rütistrasse", "Seefeldstrasse", "Spalenberg", "Kramgasse", "Hallwylstrasse", "Bahnhofplatz"],
           [("Zürich", "8032"), ("Basel", "4051"), ("Bern", "3011"), ("Luzern", "6003"), ("Winterthur", "8400"), ("St. Gallen", "9000")]),
    "FR": (["rue des Tanneurs", "rue du Faubourg-Bonnefoy", "boulevard de la Liberté", "rue des Trois-Mailletz", "impasse des Glycines",
            "allée des Tilleuls", "rue de la Monnaie", "quai des Chartrons", "rue Paradis", "chemin des Vignes"],
           [("Strasbourg", "67000"), ("Toulouse", "31500"), ("Bordeaux", "33000"), ("Lyon", "69003"), ("Nantes", "44000"), ("Marseille", "13006"),
            ("Rennes", "35000"), ("Lille", "59800"), ("Paris", "75011"), ("Montpellier", "34000")]),
    "BE": (["Rue de la Brasserie", "Kortrijksesteenweg", "Vlaanderenstraat", "Chaussée de Wavre", "Lange Lozanastraat", "Rue des Guillemins"],
           [("Ixelles", "1050"), ("Gent", "9000"), ("Antwerpen", "2018"), ("Liège", "4000"), ("Leuven", "3000"), ("Namur", "5000")]),
    "NL": (["Zeemanlaan", "Bloemgracht", "Oudegracht", "Catharijnesingel", "Javastraat", "Nieuwe Binnenweg", "Tolstraat", "Croeselaan"],
           [("Leiden", "2313"), ("Amsterdam", "1015"), ("Utrecht", "3511"), ("Rotterdam", "3021"), ("Den Haag", "2517"), ("Groningen", "9711"),
            ("Eindhoven", "5611")]),
    "ES": (["Calle del Pez", "Calle de Ponzano", "Carrer de Sardenya", "Calle de la Alfarería", "Calle Mayor", "Carrer de Blai",
            "Avenida de la Constitución", "Calle Cuesta de San Vicente", "Calle Relatores"],
           [("Madrid", "28004"), ("Barcelona", "08025"), ("València", "46002"), ("Sevilla", "41010"), ("Málaga", "29012"), ("Bilbao", "48005"),
            ("Zaragoza", "50001"), ("Alicante", "03001")]),
    "MX": (["Calle Durango", "Av. Tamaulipas", "Calle Río Pánuco", "Calle Colima", "Calle Tonalá"],
           [("Roma Norte", "06700", "Ciudad de México", "CDMX"), ("Condesa", "06140", "Ciudad de México", "CDMX"), ("Americana", "44160", "Guadalajara", "Jal."),
            ("Del Valle", "03100", "Ciudad de México", "CDMX"), ("Centro", "76000", "Querétaro", "Qro.")]),
    "PT": (["Rua do Bonjardim", "Rua da Madalena", "Avenida da República", "Travessa do Carmo", "Rua de Cedofeita", "Rua Direita"],
           [("Porto", "4000"), ("Lisboa", "1100"), ("Coimbra", "3000"), ("Braga", "4700"), ("Faro", "8000"), ("Lisboa", "1050")]),
    "BR": (["Rua Harmonia", "Rua dos Pinheiros", "Avenida Sete de Setembro", "Rua das Laranjeiras", "Rua Fradique Coutinho", "Rua Padre Chagas"],
           [("Vila Madalena", "São Paulo", "SP", "05435"), ("Pinheiros", "São Paulo", "SP", "05422"), ("Laranjeiras", "Rio de Janeiro", "RJ", "22240"),
            ("Savassi", "Belo Horizonte", "MG", "30140"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570"), ("Meireles", "Fortaleza", "CE", "60165")]),
    "IT": (["Via Mascarella", "Via dei Serragli", "Corso San Maurizio", "Via Pignolo", "Viale Monza", "Via della Lungaretta", "Via Saragozza",
            "Via Santo Stefano"],
           [("Bologna", "40126", "BO"), ("Firenze", "50125", "FI"), ("Torino", "10124", "TO"), ("Bergamo", "24121", "BG"), ("Milano", "20127", "MI"),
            ("Roma", "00153", "RM"), ("Napoli", "80134", "NA"), ("Verona", "37121", "VR")]),
    "PL": (["ul. Długa", "ul. Zielona", "ul. Ogrodowa", "ul. Piotrkowska", "ul. Krakowska", "al. Grunwaldzka", "ul. Lipowa"],
           [("Kraków", "31-5"), ("Łódź", "90-4"), ("Gdańsk", "80-2"), ("Wrocław", "50-3"), ("Poznań", "61-8"), ("Warszawa", "02-6")]),
    "SE": (["Sankt Eriksgatan", "Västra Hamngatan", "Storgatan", "Kungsgatan", "Tegnérgatan", "Södra Förstadsgatan"],
           [("Stockholm", "113 34"), ("Göteborg", "411 04"), ("Malmö", "211 42"), ("Uppsala", "753 20"), ("Umeå", "903 26")]),
    "TR": ([("Caferağa Mah. Moda Cad.", "34710", "Kadıköy/İstanbul"), ("Alsancak Mah. Kıbrıs Şehitleri Cad.", "35220", "Konak/İzmir"),
            ("Esentepe Mah. Büyükdere Cad.", "34394", "Şişli/İstanbul"), ("Bahçelievler Mah. Aşkabat Cad.", "06490", "Çankaya/Ankara"),
            ("Görükle Mah. Üniversite Cad.", "16285", "Nilüfer/Bursa")], None),
    "GR": ([("Σκουφά", "106 73", "Αθήνα"), ("Εγνατίας", "546 30", "Θεσσαλονίκη"), ("Μαιζώνος", "262 21", "Πάτρα"), ("Κορωναίου", "712 02", "Ηράκλειο"),
            ("Ιπποκράτους", "106 79", "Αθήνα")],
           [("Skoufa", "106 73", "Athens"), ("Egnatias", "546 30", "Thessaloniki"), ("Maizonos", "262 21", "Patras"), ("Koronaiou", "712 02", "Heraklion"),
            ("Ippokratous", "106 79", "Athens")]),
    "RU": ([("ул. Бауманская", "Москва", "105005"), ("ул. Малышева", "Екатеринбург", "620014"), ("ул. Баумана", "Казань", "420111"),
            ("Красный проспект", "Новосибирск", "630099"), ("ул. Большая Покровская", "Нижний Новгород", "603005"), ("Лиговский проспект", "Санкт-Петербург", "191040")],
           [("ul. Baumanskaya", "Moscow", "105005"), ("ul. Malysheva", "Yekaterinburg", "620014"), ("ul. Baumana", "Kazan", "420111"),
            ("Krasny prospekt", "Novosibirsk", "630099"), ("Ligovsky prospekt", "Saint Petersburg", "191040")]),
    "JP": ([("150-0022", "東京都渋谷区恵比寿南"), ("530-0012", "大阪府大阪市北区芝田"), ("460-0008", "愛知県名古屋市中区栄"), ("810-0041", "福岡県福岡市中央区大名"),
            ("060-0061", "北海道札幌市中央区南一条西"), ("231-0023", "神奈川県横浜市中区山下町"), ("604-8005", "京都府京都市中京区河原町通")],
           [("150-0022", "Ebisu-minami", "Shibuya-ku, Tokyo"), ("530-0012", "Shibata", "Kita-ku, Osaka"), ("460-0008", "Sakae", "Naka-ku, Nagoya"),
            ("810-0041", "Daimyo", "Chuo-ku, Fukuoka")]),
    "CN": ([("上海市", "徐汇区", "天平路"), ("北京市", "朝阳区", "光华路"), ("广州市", "天河区", "体育西路"), ("成都市", "武侯区", "玉林南路"),
            ("杭州市", "西湖区", "文三路"), ("深圳市", "南山区", "科技南十二路")],
           [("Shanghai", "Xuhui District", "Tianping Road", "200030"), ("Beijing", "Chaoyang District", "Guanghua Road", "100020"),
            ("Guangzhou", "Tianhe District", "Tiyu West Road", "510620"), ("Chengdu", "Wuhou District", "Yulin South Road", "610041")]),
    "KR": ([("서울특별시 마포구 와우산로", "04066"), ("부산광역시 해운대구 해운대로", "48094"), ("서울특별시 강남구 테헤란로", "06142"),
            ("대구광역시 수성구 달구벌대로", "42180"), ("인천광역시 연수구 컨벤시아대로", "21998")],
           [("Wausan-ro, Mapo-gu, Seoul", "04066"), ("Haeundae-ro, Haeundae-gu, Busan", "48094"), ("Teheran-ro, Gangnam-gu, Seoul", "06142"),
            ("Dalgubeol-daero, Suseong-gu, Daegu", "42180")]),
    "TH": ([("ซอยอารีย์ 4 ถนนพหลโยธิน", "แขวงสามเสนใน เขตพญาไท", "กรุงเทพฯ", "10400"), ("ซอยสุขุมวิท 39 ถนนสุขุมวิท", "แขวงคลองตันเหนือ เขตวัฒนา", "กรุงเทพฯ", "10110"),
            ("ถนนนิมมานเหมินท์", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200"), ("ถนนเจริญกรุง", "แขวงบางรัก เขตบางรัก", "กรุงเทพฯ", "10500")],
           [("Soi Ari 4, Phahonyothin Rd", "Samsen Nai, Phaya Thai", "Bangkok", "10400"), ("Soi Sukhumvit 39, Sukhumvit Rd", "Khlong Tan Nuea, Watthana", "Bangkok", "10110"),
            ("Nimmanhaemin Rd", "Suthep, Mueang Chiang Mai", "Chiang Mai", "50200")]),
    "AE": ([("البرشاء 2", "دبي"), ("الخالدية", "أبوظبي"), ("مردف", "دبي"), ("المجاز 3", "الشارقة")],
           [("Al Barsha 2", "Dubai"), ("Al Khalidiya", "Abu Dhabi"), ("Mirdif", "Dubai"), ("Al Majaz 3", "Sharjah"), ("Jumeirah Village Circle", "Dubai")]),
    "IN": ([("Indiranagar", "Bengaluru", "Karnataka", "5600"), ("Kothrud", "Pune", "Maharashtra", "4110"), ("Banjara Hills", "Hyderabad", "Telangana", "5000"),
            ("Adyar", "Chennai", "Tamil Nadu", "6000"), ("Vasant Kunj", "New Delhi", "Delhi", "1100"), ("Navrangpura", "Ahmedabad", "Gujarat", "3800"),
            ("Kakkanad", "Kochi", "Kerala", "6820")],
           ["Nilgiri Apartments", "Shanti Kunj", "Sai Residency", "Green Meadows", "Lotus Towers", "Prestige Palms"]),
}


def address(R, cc, multi=False, latin=False):
    """A private postal address of country cc (one line, or across lines)."""
    sep = "\n" if multi else ", "
    if cc == "US":
        st, towns = ADDR["US"]
        t = R.choice(towns)
        unit = R.choice(["", "", ", Apt %s" % R.choice(["2B", "4", "11C", "305"]), " Unit %d" % R.randint(2, 40)])
        line1 = "%d %s%s" % (R.randint(12, 9800), R.choice(st), unit)
        return line1 + sep + "%s, %s %d" % (t[0], t[1], R.randint(t[2], t[3]))
    if cc == "CA":
        st, towns = ADDR["CA"]
        t = R.choice(towns)
        return "%d %s" % (R.randint(10, 2400), R.choice(st)) + sep + "%s %s %s" % (t[0], t[1], _ca_pc(R, t[2]))
    if cc == "GB":
        st, towns = ADDR["GB"]
        t = R.choice(towns)
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 14)])
        if multi:
            return "%s%d %s\n%s\n%s" % (pre, R.randint(2, 180), R.choice(st), t[0], _gb_pc(R, t[1]))
        return "%s%d %s, %s %s" % (pre, R.randint(2, 180), R.choice(st), t[0], _gb_pc(R, t[1]))
    if cc == "IE":
        st, towns = ADDR["IE"]
        t = R.choice(towns)
        ec = t[1] + " " + R.choice("ACDEFHKNPRTVWXY") + str(R.randint(0, 9)) + R.choice("ACDEFHKNPRTVWXY0123456789") + str(R.randint(0, 9))
        return "%d %s" % (R.randint(1, 90), R.choice(st)) + sep + t[0] + sep + ec
    if cc == "AU":
        st, towns = ADDR["AU"]
        t = R.choice(towns)
        n = ("%d/%d" % (R.randint(1, 12), R.randint(2, 160))) if R.random() < 0.4 else str(R.randint(2, 160))
        return "%s %s" % (n, R.choice(st)) + sep + "%s %s %s" % t
    if cc == "DE":
        st, towns = ADDR["DE"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 140), R.choice(["", "", "a", "b"])) + sep + "%05d %s" % (R.randint(t[1], t[2]), t[0])
    if cc == "AT":
        st, towns = ADDR["AT"]
        t = R.choice(towns)
        return "%s %d/%d" % (R.choice(st), R.randint(1, 90), R.randint(1, 24)) + sep + "%s %s" % (t[1], t[0])
    if cc == "CH":
        st, towns = ADDR["CH"]
        t = R.choice(towns)
        return "%s %d" % (R.choice(st), R.randint(1, 120)) + sep + "%s %s" % (t[1], t[0])
    if cc == "FR":
        st, towns = ADDR["FR"]
        t = R.choice(towns)
        return "%d%s %s" % (R.randint(1, 140), R.choice(["", "", "", " bis", " ter"]), R.choice(st)) + sep + "%s %s" % (t[1], t[0])
    if cc == "BE":
        st, towns = ADDR["BE"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 220), R.choice(["", "", " bus %d" % R.randint(1, 12)])) + sep + "%s %s" % (t[1], t[0])
    if cc == "NL":
        st, towns = ADDR["NL"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 310), R.choice(["", "", "-II", "A", " bis"])) + sep + "%s %s" % (_nl_pc(R, t[1]), t[0])
    if cc == "ES":
        st, towns = ADDR["ES"]
        t = R.choice(towns)
        fl = R.choice(["", ", %d.º %s" % (R.randint(1, 7), R.choice("ABCD")), ", %dº %d.ª" % (R.randint(1, 6), R.randint(1, 4)), ", bajo"])
        pc = t[1][:-2] + "%02d" % R.randint(1, 40) if t[0] in ("Madrid", "Barcelona") else t[1]
        return "%s %d%s" % (R.choice(st), R.randint(1, 120), fl) + sep + "%s %s" % (pc, t[0])
    if cc == "MX":
        st, towns = ADDR["MX"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(10, 400), R.choice(["", " int. %d" % R.randint(1, 12)])) + sep + "Col. %s" % t[0] + sep + "%s %s, %s" % (t[1], t[2], t[3])
    if cc == "PT":
        st, towns = ADDR["PT"]
        t = R.choice(towns)
        fl = R.choice(["", ", %d.º Esq." % R.randint(1, 6), ", %d.º Dto." % R.randint(1, 6), ", r/c"])
        return "%s, %d%s" % (R.choice(st), R.randint(1, 400), fl) + sep + "%s-%03d %s" % (t[1], R.randint(1, 999), t[0])
    if cc == "BR":
        st, towns = ADDR["BR"]
        t = R.choice(towns)
        ap = R.choice(["", ", apto %d" % R.randint(11, 184), ", casa %d" % R.randint(1, 4)])
        return "%s, %d%s - %s" % (R.choice(st), R.randint(10, 2400), ap, t[0]) + sep + "%s - %s, %s-%03d" % (t[1], t[2], t[3], R.randint(0, 999))
    if cc == "IT":
        st, towns = ADDR["IT"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 160), R.choice(["", "", "/B", " int. 4"])) + sep + "%s %s (%s)" % (t[1], t[0], t[2])
    if cc == "PL":
        st, towns = ADDR["PL"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 140), R.choice(["", "/%d" % R.randint(1, 60)])) + sep + "%s%02d %s" % (t[1], R.randint(0, 99), t[0])
    if cc == "SE":
        st, towns = ADDR["SE"]
        t = R.choice(towns)
        return "%s %d%s" % (R.choice(st), R.randint(1, 90), R.choice(["", ", lgh %d" % R.randint(1001, 1504)])) + sep + "%s %s" % (t[1], t[0])
    if cc == "TR":
        t = R.choice(ADDR["TR"][0])
        return "%s No: %d D: %d" % (t[0], R.randint(1, 160), R.randint(1, 24)) + sep + "%s %s" % (t[1], t[2])
    if cc == "GR":
        t = R.choice(ADDR["GR"][1 if latin else 0])
        return "%s %d" % (t[0], R.randint(1, 90)) + sep + "%s %s" % (t[1], t[2])
    if cc == "RU":
        if latin:
            t = R.choice(ADDR["RU"][1])
            return "%s, %d, apt. %d" % (t[0], R.randint(1, 90), R.randint(1, 240)) + sep + "%s %s" % (t[1], t[2])
        t = R.choice(ADDR["RU"][0])
        if R.random() < 0.5:
            return "%s, д. %d, кв. %d" % (t[0], R.randint(1, 90), R.randint(1, 240)) + sep + "%s, %s" % (t[1], t[2])
        return "%s, г. %s" % (t[2], t[1]) + sep + "%s, д. %d, кв. %d" % (t[0], R.randint(1, 90), R.randint(1, 240))
    if cc == "JP":
        if latin:
            t = R.choice(ADDR["JP"][1])
            return "%d-%d-%d %s" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), t[1]) + sep + "%s %s" % (t[2], t[0])
        t = R.choice(ADDR["JP"][0])
        b = R.choice(["", " メゾン%s%d号室" % (R.choice(["桜", "緑", "青葉"]), R.randint(101, 805)), " %sハイツ%d" % (R.choice(["グリーン", "サン", "コーポ"]), R.randint(101, 402))])
        return "〒%s %s%d丁目%d-%d%s" % (t[0], t[1], R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), b)
    if cc == "CN":
        if latin:
            t = R.choice(ADDR["CN"][1])
            return "Room %d, No. %d %s, %s" % (R.randint(101, 2208), R.randint(1, 300), t[2], t[1]) + sep + "%s %s" % (t[0], t[3])
        t = R.choice(ADDR["CN"][0])
        return "%s%s%s%d号%d栋%d室" % (t[0], t[1], t[2], R.randint(1, 300), R.randint(1, 12), R.randint(101, 2208))
    if cc == "KR":
        if latin:
            t = R.choice(ADDR["KR"][1])
            return "%d-%d, %s" % (R.randint(101, 112), R.randint(201, 1804), "%d %s" % (R.randint(1, 90), t[0])) + sep + "(%s)" % t[1]
        t = R.choice(ADDR["KR"][0])
        return "%s %d, %d동 %d호 (%s)" % (t[0], R.randint(1, 90), R.randint(101, 112), R.randint(201, 1804), t[1])
    if cc == "TH":
        t = R.choice(ADDR["TH"][1 if latin else 0])
        return "%d/%d %s" % (R.randint(1, 199), R.randint(1, 40), t[0]) + sep + "%s %s %s" % (t[1], t[2], t[3])
    if cc == "AE":
        if latin:
            t = R.choice(ADDR["AE"][1])
            pre = R.choice(["Villa %d, Street %d" % (R.randint(1, 60), R.randint(1, 40)), "Apartment %d, Building %d" % (R.randint(101, 2304), R.randint(1, 30))])
            return pre + sep + "%s, %s" % (t[0], t[1])
        t = R.choice(ADDR["AE"][0])
        return "فيلا %d، شارع %d، %s، %s" % (R.randint(1, 60), R.randint(1, 40), t[0], t[1])
    if cc == "IN":
        locs, blds = ADDR["IN"]
        t = R.choice(locs)
        return "Flat %d, %s" % (R.randint(101, 1204), R.choice(blds)) + sep + "%s, %s" % (t[0], t[1]) + sep + "%s %s%02d" % (t[2], t[3], R.randint(1, 99))
    raise KeyError(cc)


# ====================================================================== dates
def bdate(R, lo=1950, hi=2003):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_X = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
}


def fdate(R, d, lang, style=None):
    """A date in a layout usual for the language (numeric or with a month name)."""
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return d.isoformat()
    if style == "apis":
        return "%02d%s%02d" % (dd, MON3[m - 1], y % 100)
    if style == "dmy_mon":
        return "%02d %s %d" % (dd, MON3[m - 1].title(), y)
    if style == "num":
        style = None
        lang_num = True
    else:
        lang_num = False
    if lang in ("ja", "zh"):
        return R.choice(["%d年%d月%d日" % (y, m, dd), "%d/%02d/%02d" % (y, m, dd)]) if not lang_num else "%d/%02d/%02d" % (y, m, dd)
    if lang == "ko":
        return R.choice(["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)]) if not lang_num else "%d.%02d.%02d" % (y, m, dd)
    if lang == "th":
        return R.choice(["%d %s %d" % (dd, MONTHS_X["th"][m - 1], y + 543), "%02d/%02d/%d" % (dd, m, y + 543)]) if not lang_num else "%02d/%02d/%d" % (dd, m, y + 543)
    if lang == "en" and R.random() < 0.35:
        return "%02d/%02d/%d" % (m, dd, y)
    if lang_num or R.random() < 0.6:
        sep = {"de": ".", "ru": ".", "tr": ".", "pl": ".", "nl": "-", "sv": "-", "el": "/", "ar": "/"}.get(lang, "/")
        if lang == "sv":
            return "%d-%02d-%02d" % (y, m, dd)
        return "%02d%s%02d%s%d" % (dd, sep, m, sep, y)
    if lang in MONTHS:
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return R.choice(["%d %s %d" % (dd, mn, y), "%s %d, %d" % (mn, dd, y)])
        if lang == "de":
            return "%d. %s %d" % (dd, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (dd, mn, y)
        return "%d %s %d" % (dd, mn, y)
    if lang in MONTHS_X:
        mn = MONTHS_X[lang][m - 1]
        if lang == "ru":
            return "%d %s %d г." % (dd, mn, y) if R.random() < 0.3 else "%d %s %d" % (dd, mn, y)
        return "%d %s %d" % (dd, mn, y)
    if lang == "in":
        return "%02d-%02d-%d" % (dd, m, y)
    return "%02d/%02d/%d" % (dd, m, y)


def trip_date(R, lang, d=None):
    d = d or datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 420))
    return fdate(R, d, lang), d


def dl(R, lang, lo=1950, hi=2003, style=None):
    return L("dob", fdate(R, bdate(R, lo, hi), lang, style))


# ==================================================================== gov ids
PASSPORT_FMT = {
    "de": lambda R: "C" + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8),
    "at": lambda R: R.choice("PU") + digits(R, 7),
    "ch": lambda R: R.choice("XS") + digits(R, 7),
    "gb": lambda R: R.choice("12345") + digits(R, 8),
    "ie": lambda R: R.choice(["P", "L"]) + R.choice(string.ascii_uppercase) + digits(R, 7),
    "us": lambda R: R.choice(["5", "6", "A"]) + digits(R, 8),
    "ca": lambda R: rnd(R, string.ascii_uppercase, 2) + digits(R, 6),
    "au": lambda R: R.choice(["PA", "PB", "RA", "N"]) + digits(R, 7),
    "fr": lambda R: "%02d" % R.randint(10, 25) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 5),
    "be": lambda R: rnd(R, "EGHN", 1) + rnd(R, string.ascii_uppercase, 1) + digits(R, 6),
    "nl": lambda R: rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 2) + rnd(R, "BCDFGHJKLMNPRSTVWXYZ0123456789", 6) + digits(R, 1),
    "es": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 3) + digits(R, 6),
    "mx": lambda R: R.choice("GN") + digits(R, 8),
    "pt": lambda R: rnd(R, string.ascii_uppercase, 2) + digits(R, 6),
    "br": lambda R: rnd(R, "FGY", 1) + rnd(R, string.ascii_uppercase, 1) + digits(R, 6),
    "it": lambda R: rnd(R, "YABCD", 1) + rnd(R, string.ascii_uppercase, 1) + digits(R, 7),
    "pl": lambda R: "E" + rnd(R, "ABCDEFGHIJKLMNOPRSTUVWXYZ", 1) + digits(R, 7),
    "se": lambda R: digits(R, 8),
    "tr": lambda R: "U" + digits(R, 8),
    "gr": lambda R: rnd(R, "ABEHKMNPTXZ", 2) + digits(R, 7),
    "ru": lambda R: "%02d %s" % (R.randint(70, 77), digits(R, 7)),
    "jp": lambda R: R.choice(["TK", "TR", "TZ", "MZ", "AZ"]) + digits(R, 7),
    "cn": lambda R: "E" + R.choice(string.ascii_uppercase.replace("I", "").replace("O", "")) + digits(R, 7),
    "kr": lambda R: "M" + digits(R, 3) + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(R, 4),
    "th": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7),
    "ae": lambda R: R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(R, 7),
    "in": lambda R: R.choice("JKLMNPRSTUVWZ") + digits(R, 7),
}
PASSPORT_RE = {
    "de": r"C[CFGHJKLMNPRTVWXYZ0-9]{8}", "at": r"[PU]\d{7}", "ch": r"[XS]\d{7}", "gb": r"[1-5]\d{8}", "ie": r"[PL][A-Z]\d{7}",
    "us": r"[56A]\d{8}", "ca": r"[A-Z]{2}\d{6}", "au": r"(PA|PB|RA|N)\d{7}", "fr": r"\d{2}[A-Z]{2}\d{5}", "be": r"[EGHN][A-Z]\d{6}",
    "nl": r"[B-Z]{2}[B-Z0-9]{6}\d", "es": r"[A-Z]{3}\d{6}", "mx": r"[GN]\d{8}", "pt": r"[A-Z]{2}\d{6}", "br": r"[FGY][A-Z]\d{6}",
    "it": r"[YABCD][A-Z]\d{7}", "pl": r"E[A-Z]\d{7}", "se": r"\d{8}", "tr": r"U\d{8}", "gr": r"[A-Z]{2}\d{7}", "ru": r"7[0-7] \d{7}",
    "jp": r"(TK|TR|TZ|MZ|AZ)\d{7}", "cn": r"E[A-Z]\d{7}", "kr": r"M\d{3}[A-Z]\d{4}", "th": r"[A-Z]{2}\d{7}", "ae": r"[A-Z]\d{7}",
    "in": r"[A-Z]\d{7}",
}


def passport(R, cul):
    return L("gov_id", PASSPORT_FMT[cul](R), sub="passport_" + cul)


def g_dni(R, style=None):
    n, c = dni_random(R)
    return L("gov_id", R.choice([n + c, n + c, n + "-" + c, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], c)]) if style is None else n + c, sub="dni")


def g_nie(R):
    p, n, c = nie_random(R)
    return L("gov_id", R.choice([p + n + c, p + n + c, "%s-%s-%s" % (p, n, c)]), sub="nie")


# Codice catastale of the country of birth for people born abroad (Z codes)
BELFIORE_ABROAD = {"DE": "Z112", "FR": "Z110", "GB": "Z114", "US": "Z404", "BR": "Z602", "IN": "Z222", "CN": "Z210", "JP": "Z219",
                   "ES": "Z131", "NL": "Z126", "PL": "Z127", "RU": "Z154", "TR": "Z243", "GR": "Z115", "KR": "Z213", "TH": "Z241",
                   "SE": "Z132", "PT": "Z128", "AT": "Z102", "CH": "Z133", "BE": "Z103", "IE": "Z116", "AU": "Z700", "CA": "Z401", "MX": "Z514"}


def g_cf(p, d, birth_cc):
    fam = fold_upper(p.lfamily).replace(" ", "")
    giv = fold_upper(p.lgiven).replace(" ", "").replace("-", "")
    return L("gov_id", cf_make(fam, giv, d.year % 100, d.month, d.day, p.sex == "f", BELFIORE_ABROAD[birth_cc]), sub="codice_fiscale")


def g_bsn(R):
    s = bsn_random(R)
    return L("gov_id", R.choice([s, s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])]), sub="bsn")


def g_steuerid(R):
    s = steuerid_random(R)
    return L("gov_id", R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), sub="steuer_id")


# INSEE country codes (99 + code) for people born abroad
INSEE_ABROAD = {"DE": "109", "GB": "132", "US": "404", "ES": "134", "IT": "127", "PT": "139", "BR": "415", "IN": "223", "CN": "216",
                "JP": "217", "NL": "135", "PL": "122", "BE": "131", "CH": "140", "TR": "208", "RU": "123", "SE": "104", "IE": "136"}


def g_nir_abroad(R, p, d, birth_cc):
    body = "%s%02d%02d99%s%03d" % ("1" if p.sex == "m" else "2", d.year % 100, d.month, INSEE_ABROAD[birth_cc], R.randint(1, 999))
    key = "%02d" % (97 - int(body) % 97)
    assert nir_ok(body, key)
    v = R.choice([body + key, "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)])
    return L("gov_id", v, sub="nir")


def nif_pt_check(d8):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d8))
    r = s % 11
    return "0" if r < 2 else str(11 - r)


def g_nif_pt(R):
    d8 = R.choice("23") + digits(R, 7)
    s = d8 + nif_pt_check(d8)
    return L("gov_id", R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])]), sub="nif_pt")


def g_se(R, d, coord=False):
    day = d.day + (60 if coord else 0)
    body = "%02d%02d%02d%03d" % (d.year % 100, d.month, day, R.randint(2, 998))
    s = luhn_complete(body)
    return L("gov_id", "%s-%s" % (s[:6], s[6:]) if R.random() < 0.8 else "%d%s" % (d.year // 100, s[:6]) + "-" + s[6:],
             sub="samordningsnummer" if coord else "personnummer")


def g_nino(R):
    p, n, s = nino_random(R)
    return L("gov_id", R.choice(["%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s), p + n + s]), sub="nino")


def g_ssn(R):
    a, g, s = ssn_random(R)
    return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")


def g_aadhaar(R):
    s = aadhaar_random(R)
    return L("gov_id", R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s]), sub="aadhaar")


def g_pan(R, p):
    return L("gov_id", pan_random(R, "P", fold_upper(p.lfamily).replace(" ", "")), sub="pan")


def g_cpf(R):
    s = cpf_random(R)
    return L("gov_id", R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s]), sub="cpf")


def pesel_for(R, d, sex):
    mm = d.month + (20 if d.year >= 2000 else 0)
    ser = digits(R, 3) + str(R.choice([0, 2, 4, 6, 8]) if sex == "f" else R.choice([1, 3, 5, 7, 9]))
    body = "%02d%02d%02d%s" % (d.year % 100, mm, d.day, ser)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(body)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(x) * w[i] for i, x in enumerate(s[:10])) % 10) % 10 == int(s[10])


def g_pesel(R, d, sex):
    return L("gov_id", pesel_for(R, d, sex), sub="pesel")


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def g_tckn(R):
    return L("gov_id", tckn_make(R), sub="tckn")


CN_AREAS = ["310104", "110105", "440106", "510107", "330106", "440305", "320106", "420106"]
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(s17):
    return "10X98765432"[sum(int(c) * CN_W[i] for i, c in enumerate(s17)) % 11]


def g_cnid(R, d, sex):
    seq = "%02d%d" % (R.randint(0, 99), R.choice([1, 3, 5, 7, 9]) if sex == "m" else R.choice([0, 2, 4, 6, 8]))
    s17 = R.choice(CN_AREAS) + d.strftime("%Y%m%d") + seq
    return L("gov_id", s17 + cn_id_check(s17), sub="cn_resident_id")


def gov_ok(v, sub):
    """Re-verification used by --check."""
    c = v.replace(" ", "").replace(".", "").replace("-", "")
    if sub.startswith("passport_"):
        return re.fullmatch(PASSPORT_RE[sub[9:]], v) is not None
    if sub == "dni":
        return len(c) == 9 and c[:8].isdigit() and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "nie":
        return len(c) == 9 and c[0] in "XYZ" and nie_ok(c)
    if sub == "codice_fiscale":
        return len(v) == 16 and cf_check(v[:15]) == v[15]
    if sub == "bsn":
        return bsn_ok(c)
    if sub == "steuer_id":
        return steuerid_ok(c)
    if sub == "nir":
        return len(c) == 15 and nir_ok(c[:13], c[13:])
    if sub == "nif_pt":
        return len(c) == 9 and nif_pt_check(c[:8]) == c[8]
    if sub in ("personnummer", "samordningsnummer"):
        c10 = c[-10:]
        dd = int(c10[4:6]) - (60 if sub == "samordningsnummer" else 0)
        return len(c10) == 10 and luhn_ok(c10) and 1 <= int(c10[2:4]) <= 12 and 1 <= dd <= 31
    if sub == "nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None and c[:2] not in NINO_BAD_PREFIX
    if sub == "ssn":
        return ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:]))
    if sub == "aadhaar":
        return len(c) == 12 and verhoeff_ok(c)
    if sub == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None
    if sub == "cpf":
        return cpf_ok(c)
    if sub == "pesel":
        return pesel_ok(c)
    if sub == "tckn":
        return tckn_ok(c)
    if sub == "th_id":
        return th_id_ok(v)
    if sub == "cn_resident_id":
        return len(v) == 18 and cn_id_check(v[:17]) == v[17]
    return False


# ============================================================ cards and IBANs
def card(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "discover", "jcb", "unionpay", "maestro"])
    num = card_random(R, issuer)
    if sep is None:
        sep = R.choice([" ", " ", "-", "", " "])
    if issuer == "amex":
        grp = [4, 6, 5]
    else:
        grp = card_grouping(len(num))
    v = sep.join(split_groups(num, grp)) if sep else num
    return L("card", v, sub=issuer)


def iban(R, cc, style=None):
    v = iban_random(R, cc)
    style = style or R.choice(["grp", "grp", "grp", "compact", "nbsp"])
    if style == "grp":
        v = group(v)
    elif style == "nbsp":
        v = group(v, sep="\u00a0")
    return L("iban", v, sub=cc)


def masked_card(R):
    last = digits(R, 4)
    return N(R.choice(["**** **** **** %s" % last, "XXXXXXXXXXXX%s" % last, "•••• %s" % last, "************%s" % last]), "masked_card"), last


# ======================================================================== IPs
V4_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 141, 176, 178, 185, 188, 193, 194,
            195, 212, 213, 217, 24, 67, 68, 73, 98, 99, 104, 107, 112, 114, 116, 118, 121, 122, 124, 125, 175, 180, 182, 183, 101, 110,
            111, 106, 58, 49, 27, 36, 42, 43, 14, 5, 2]
V6_PREFIX = ["2a02:8108", "2001:16b8", "2a01:cb00", "2003:e6", "2404:e800", "240d:1a", "2a00:23c5", "2600:1700", "2a02:a45a", "2001:b07",
             "2a02:2f0e", "2804:14d"]


def ipv4_pub(R):
    while True:
        s = "%d.%d.%d.%d" % (R.choice(V4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6_pub(R):
    while True:
        hx = [R.choice(V6_PREFIX)] + ["%x" % R.randint(0, 65535) for _ in range(R.choice([2, 4, 6]))]
        s = ":".join(hx)
        n = s.count(":")
        s = s + ("::" + "%x" % R.randint(1, 65535) if n < 7 else "")
        if s.count(":") > 7:
            continue
        try:
            if ipaddress.ip_address(s).is_global:
                return s
        except ValueError:
            continue


def ip(R, v6=None):
    if v6 is None:
        v6 = R.random() < 0.2
    return L("ip", ipv6_pub(R) if v6 else ipv4_pub(R), sub="v6" if v6 else "v4")


DOC_IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def doc_ip(R):
    return N(R.choice(DOC_IPS) % R.randint(1, 254), "documentation_ip")


# ==================================================================== secrets
WIFI_WORDS = ["Meerblick", "Olivenbaum", "Sonnenhof", "Terrazza", "Lavanda", "Bougainvillea", "Sardine", "Azulejo", "Kalimera", "Zeytin",
              "Fjellro", "Tulipan", "Sakura", "Hanok", "Mango", "Limoncello", "Gelato", "Pelican", "Cicada", "Mistral", "Sirocco", "Agave"]


def wifi_pw(R):
    k = R.randrange(4)
    if k == 0:
        v = R.choice(WIFI_WORDS) + R.choice(["", "!", "#", "_"]) + str(R.randint(2, 9999))
    elif k == 1:
        v = rnd(R, "abcdefghjkmnpqrstuvwxyz23456789", R.choice([10, 12]))
    elif k == 2:
        v = R.choice(WIFI_WORDS).lower() + "-" + R.choice(WIFI_WORDS).lower() + "-" + str(R.randint(10, 99))
    else:
        v = rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)
    return L("secret", v, sub="wifi_password")


def door_code(R):
    v = R.choice(["%04d" % R.randint(1000, 9999), "%06d" % R.randint(100000, 999999), "%d%d%d%d#" % tuple(R.randint(0, 9) for _ in range(4))])
    return L("secret", v, sub="door_code")


def acct_pw(R):
    v = R.choice(["Reise", "Voyage", "Viaje", "Viaggio", "Trip", "Travel", "Sunset", "Oceano", "Pasaporte", "Koffer", "Maleta", "Valise"]) + \
        R.choice(["!", "#", "$", "%", "&", "*", "_", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "?", "zz"])
    return L("secret", v, sub="password")


def api_secret(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


# ============================================================ travel look-alikes
# (IATA code, name, ticketing prefix, hub, programme, FF number maker, service line)
AIRLINES = [
    ("LH", "Lufthansa", "220", "FRA", "Miles & More", lambda R: mm_number(R), "+49 69 86 799 799"),
    ("AF", "Air France", "057", "CDG", "Flying Blue", lambda R: digits(R, 10), "09 69 39 36 54"),
    ("KL", "KLM", "074", "AMS", "Flying Blue", lambda R: digits(R, 10), "020 474 7747"),
    ("BA", "British Airways", "125", "LHR", "Executive Club", lambda R: digits(R, 8), "0344 493 0787"),
    ("IB", "Iberia", "075", "MAD", "Iberia Club", lambda R: "IB " + digits(R, 8), "+34 91 111 13 00"),
    ("AZ", "ITA Airways", "055", "FCO", "Volare", lambda R: digits(R, 9), "06 85960020"),
    ("TP", "TAP Air Portugal", "047", "LIS", "TAP Miles&Go", lambda R: "TP " + digits(R, 9), "+351 21 841 6990"),
    ("LO", "LOT Polish Airlines", "080", "WAW", "Miles & More", lambda R: mm_number(R), "+48 22 577 77 55"),
    ("SK", "SAS", "117", "ARN", "EuroBonus", lambda R: "EBS " + digits(R, 9), "0770-727 727"),
    ("TK", "Turkish Airlines", "235", "IST", "Miles&Smiles", lambda R: "TK" + digits(R, 9), "444 0 849"),
    ("A3", "Aegean Airlines", "390", "ATH", "Miles+Bonus", lambda R: digits(R, 9), "210 626 1000"),
    ("SU", "Aeroflot", "555", "SVO", "Аэрофлот Бонус", lambda R: digits(R, 10), "8 800 444-55-55"),
    ("NH", "ANA", "205", "HND", "ANAマイレージクラブ", lambda R: digits(R, 10), "0570-029-222"),
    ("JL", "JAL", "131", "HND", "JALマイレージバンク", lambda R: digits(R, 9), "0570-025-071"),
    ("CA", "Air China", "999", "PEK", "凤凰知音", lambda R: "CA" + digits(R, 12), "95583"),
    ("MU", "China Eastern", "781", "PVG", "东方万里行", lambda R: digits(R, 12), "95530"),
    ("KE", "Korean Air", "180", "ICN", "SKYPASS", lambda R: "KE" + digits(R, 12), "1588-2001"),
    ("OZ", "Asiana Airlines", "988", "ICN", "Asiana Club", lambda R: "OZ" + digits(R, 9), "1588-8000"),
    ("TG", "Thai Airways", "217", "BKK", "Royal Orchid Plus", lambda R: rnd(R, string.ascii_uppercase, 2) + digits(R, 5), "02 356 1111"),
    ("EK", "Emirates", "176", "DXB", "Skywards", lambda R: "EK " + digits(R, 9), "600 555555"),
    ("EY", "Etihad Airways", "607", "AUH", "Etihad Guest", lambda R: digits(R, 12), "600 555 666"),
    ("AI", "Air India", "098", "DEL", "Maharaja Club", lambda R: "AI" + digits(R, 8), "1860 233 1407"),
    ("UA", "United Airlines", "016", "EWR", "MileagePlus", lambda R: rnd(R, string.ascii_uppercase, 2) + digits(R, 6), "1-800-864-8331"),
    ("DL", "Delta Air Lines", "006", "ATL", "SkyMiles", lambda R: digits(R, 10), "1-800-221-1212"),
    ("AC", "Air Canada", "014", "YYZ", "Aeroplan", lambda R: digits(R, 9), "1-888-247-2262"),
    ("QF", "Qantas", "081", "SYD", "Qantas Frequent Flyer", lambda R: digits(R, 10), "13 13 13"),
    ("EI", "Aer Lingus", "053", "DUB", "AerClub", lambda R: digits(R, 11), "01 886 8202"),
    ("LX", "SWISS", "724", "ZRH", "Miles & More", lambda R: mm_number(R), "0848 700 700"),
    ("OS", "Austrian Airlines", "257", "VIE", "Miles & More", lambda R: mm_number(R), "+43 5 1766 1000"),
    ("LA", "LATAM", "045", "GRU", "LATAM Pass", lambda R: digits(R, 11), "0800 761 9171"),
    ("AM", "Aeroméxico", "139", "MEX", "Club Premier", lambda R: digits(R, 9), "55 5133 4000"),
]
AIRLINE_BY_LANG = {"en": ["BA", "UA", "DL", "EI", "QF", "AC", "EK"], "in": ["AI", "EK", "BA", "LH"], "de": ["LH", "LX", "OS", "EK"],
                   "fr": ["AF", "AC", "LX"], "es": ["IB", "AM", "LA"], "it": ["AZ", "LH", "EK"], "nl": ["KL", "EK"], "pt": ["TP", "LA"],
                   "pl": ["LO", "LH"], "sv": ["SK", "LH"], "tr": ["TK"], "el": ["A3"], "ru": ["SU", "TK", "EK"], "ja": ["NH", "JL"],
                   "zh": ["CA", "MU"], "ko": ["KE", "OZ"], "ar": ["EK", "EY"], "th": ["TG", "EK"]}
AL = {a[0]: a for a in AIRLINES}

# airports: (IATA, name as printed); many are named after people (look-alikes)
AIRPORTS = {
    "FRA": "Frankfurt", "MUC": "München Franz Josef Strauß", "BER": "Berlin Brandenburg Willy Brandt", "HAM": "Hamburg Helmut Schmidt",
    "CGN": "Köln/Bonn Konrad Adenauer", "CDG": "Paris-Charles de Gaulle", "ORY": "Paris-Orly", "NCE": "Nice Côte d'Azur",
    "AMS": "Amsterdam Schiphol", "LHR": "London Heathrow", "LGW": "London Gatwick", "EDI": "Edinburgh", "DUB": "Dublin",
    "MAD": "Adolfo Suárez Madrid-Barajas", "BCN": "Josep Tarradellas Barcelona-El Prat", "AGP": "Málaga-Costa del Sol",
    "ACE": "César Manrique-Lanzarote", "FCO": "Roma Fiumicino Leonardo da Vinci", "LIN": "Milano Linate Enrico Forlanini",
    "VCE": "Venezia Marco Polo", "PSA": "Pisa Galileo Galilei", "BLQ": "Bologna Guglielmo Marconi", "PMO": "Palermo Falcone Borsellino",
    "NAP": "Napoli Capodichino", "LIS": "Lisboa Humberto Delgado", "OPO": "Porto Francisco Sá Carneiro", "FNC": "Madeira Cristiano Ronaldo",
    "WAW": "Warszawa Chopin", "KRK": "Kraków im. Jana Pawła II", "GDN": "Gdańsk im. Lecha Wałęsy", "ARN": "Stockholm Arlanda",
    "GOT": "Göteborg Landvetter", "IST": "İstanbul Havalimanı", "SAW": "İstanbul Sabiha Gökçen", "ATH": "Athens Eleftherios Venizelos",
    "SVO": "Шереметьево им. А. С. Пушкина", "LED": "Пулково", "HND": "東京国際空港（羽田）", "NRT": "成田国際空港", "KIX": "関西国際空港",
    "PEK": "北京首都国际机场", "PVG": "上海浦东国际机场", "ICN": "인천국제공항", "GMP": "김포국제공항", "BKK": "Suvarnabhumi", "DMK": "Don Mueang",
    "DXB": "Dubai International", "AUH": "Zayed International", "DEL": "Indira Gandhi International", "BOM": "Chhatrapati Shivaji Maharaj International",
    "BLR": "Kempegowda International", "JFK": "New York John F. Kennedy International", "EWR": "Newark Liberty", "DCA": "Ronald Reagan Washington National",
    "IAH": "Houston George Bush Intercontinental", "MSY": "Louis Armstrong New Orleans", "ATL": "Atlanta Hartsfield-Jackson", "ORD": "Chicago O'Hare",
    "YYZ": "Toronto Pearson", "YUL": "Montréal-Trudeau", "SYD": "Sydney Kingsford Smith", "GRU": "São Paulo/Guarulhos Governador André Franco Montoro",
    "GIG": "Rio de Janeiro/Galeão Antonio Carlos Jobim", "MEX": "Benito Juárez Ciudad de México", "ZRH": "Zürich", "VIE": "Wien-Schwechat",
    "PRG": "Praha Václava Havla", "MXP": "Milano Malpensa", "CIA": "Roma Ciampino G. B. Pastine", "VKO": "Внуково им. А. Н. Туполева",
    "BMA": "Stockholm Bromma", "SHA": "上海虹桥国际机场", "PKX": "北京大兴国际机场", "STN": "London Stansted", "BVA": "Paris Beauvais-Tillé",
}
AIRPORT_CODES = sorted(AIRPORTS)
HUB_DEST = {"FRA": ["JFK", "HND", "DEL", "MAD", "ATH", "LIS"], "CDG": ["YUL", "NCE", "BKK", "GIG", "JFK"], "AMS": ["DXB", "NRT", "BCN", "LIS"],
            "LHR": ["JFK", "EDI", "BLR", "SYD", "MAD"], "MAD": ["MEX", "FCO", "ACE", "BCN", "GRU"], "FCO": ["LIN", "PMO", "JFK", "ATH"],
            "LIS": ["FNC", "GRU", "OPO", "CDG"], "WAW": ["KRK", "GDN", "LHR", "ORD"], "ARN": ["GOT", "BKK", "NCE"], "IST": ["SAW", "BER", "DXB", "MUC"],
            "ATH": ["LHR", "FRA", "BER"], "SVO": ["LED", "IST", "DXB"], "HND": ["KIX", "ICN", "CDG", "PEK"], "PEK": ["PVG", "FRA", "NRT"],
            "PVG": ["PEK", "ICN", "CDG"], "ICN": ["GMP", "HND", "BKK", "JFK"], "BKK": ["DMK", "HND", "LHR", "DXB"], "DXB": ["LHR", "BOM", "MUC", "BKK"],
            "AUH": ["BOM", "CDG", "LHR"], "DEL": ["BOM", "BLR", "FRA", "LHR"], "EWR": ["LHR", "ORD", "MSY", "BCN"], "ATL": ["JFK", "IAH", "CDG", "MEX"],
            "YYZ": ["YUL", "LHR", "FCO"], "SYD": ["LHR", "HND", "DXB"], "DUB": ["LHR", "JFK", "FCO"], "ZRH": ["VIE", "JFK", "ATH"],
            "VIE": ["ZRH", "PRG", "BER"], "GRU": ["LIS", "GIG", "MAD"], "MEX": ["MAD", "IAH", "GRU"]}


def route(R, hub):
    dests = HUB_DEST.get(hub, ["LHR", "CDG", "FRA"])
    d = R.choice(dests)
    return (hub, d) if R.random() < 0.55 else (d, hub)


def mm_number(R):
    s = non_luhn(R, 15, "99200")
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def pnr(R):
    while True:
        s = rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
        if sum(c.isalpha() for c in s) >= 3:
            return s


def ticket_no(R, prefix):
    while True:
        s = prefix + R.choice("2345") + digits(R, 9)
        if not luhn_ok(s):
            return s


def non_luhn(R, n, first="1"):
    while True:
        s = first + digits(R, n - len(first))
        if not luhn_ok(s):
            return s


def flight_no(R, code):
    return "%s %d" % (code, R.randint(10, 1999)) if R.random() < 0.5 else "%s%d" % (code, R.randint(10, 1999))


def seat(R):
    return "%d%s" % (R.randint(3, 48), R.choice("ABCDEFHJK"))


def hhmm(R):
    return "%02d:%02d" % (R.randint(5, 22), R.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


FARE_BASES = ["KLOWDE", "YNCOWGB", "QLXP3EU", "VSAVER", "TNC7ES", "LSRTFR", "HLW2IT", "OKWNL", "ZFLEX", "WPRMJP", "MPRO", "SBASIC",
              "GLIGHT", "NCLASSIC", "ESTDTR", "UKSAVER"]


def bag_tag(R, prefix):
    return "0%s %s" % (prefix, digits(R, 6)) if R.random() < 0.5 else "%s%s" % (R.choice(["LH", "AF", "KL", "BA", "IB", "TK", "EK"]), digits(R, 6))


def pir_ref(R, iata, code):
    return "%s%s%05d" % (iata, code, R.randint(10000, 99999))


HOTELS = [
    ("Hotel Adlon Kempinski Berlin", "Unter den Linden 77, 10117 Berlin", "DE", "+49 30 2261 0", "reservations.adlon@kempinski.com"),
    ("Hotel Sacher Wien", "Philharmoniker Straße 4, 1010 Wien", "AT", "+43 1 514 560", "wien@sacher.com"),
    ("Baur au Lac", "Talstrasse 1, 8001 Zürich", "CH", "+41 44 220 50 20", "reservations@bauraulac.ch"),
    ("Hôtel Le Meurice", "228 rue de Rivoli, 75001 Paris", "FR", "+33 1 44 58 10 10", "reservations.lmp@dorchestercollection.com"),
    ("Hotel Alfonso XIII", "Calle San Fernando 2, 41004 Sevilla", "ES", "+34 954 91 70 00", "reservas@hotel-alfonsoxiii.es"),
    ("Hotel Danieli", "Riva degli Schiavoni 4196, 30122 Venezia", "IT", "+39 041 522 6480", "reservations@danieli-venezia.it"),
    ("Pestana Palace Lisboa", "Rua Jau 54, 1300-314 Lisboa", "PT", "+351 21 361 5600", "reservas@pestana.com"),
    ("The Savoy", "Strand, London WC2R 0EZ", "GB", "+44 20 7836 4343", "reservations@thesavoy.co.uk"),
    ("Hotel Bristol Warsaw", "Krakowskie Przedmieście 42/44, 00-325 Warszawa", "PL", "+48 22 551 10 00", "rezerwacje@hotelbristol.pl"),
    ("Grand Hôtel Stockholm", "Södra Blasieholmshamnen 8, 103 27 Stockholm", "SE", "+46 8 679 35 00", "reservations@grandhotel.se"),
    ("Çırağan Palace Kempinski", "Çırağan Cad. No: 32, 34349 Beşiktaş/İstanbul", "TR", "+90 212 326 46 46", "reservations.ciragan@kempinski.com"),
    ("Hotel Grande Bretagne", "Syntagma Square, 105 64 Athens", "GR", "+30 210 333 0000", "reservations@grandebretagne.gr"),
    ("Hotel Okura Amsterdam", "Ferdinand Bolstraat 333, 1072 LH Amsterdam", "NL", "+31 20 678 7111", "reservations@okura.nl"),
    ("The Peninsula Tokyo", "1-8-1 Yurakucho, Chiyoda-ku, Tokyo 100-0006", "JP", "+81 3 6270 2888", "reservations.ptk@peninsula.com"),
    ("Park Hyatt Seoul", "606 Teheran-ro, Gangnam-gu, Seoul 06174", "KR", "+82 2 2016 1234", "reservations.seoph@hyatt.com"),
    ("The Peninsula Shanghai", "32 Zhongshan East 1st Road, Huangpu, Shanghai 200002", "CN", "+86 21 2327 2888", "reservations.psh@peninsula.com"),
    ("Mandarin Oriental Bangkok", "48 Oriental Avenue, Bang Rak, Bangkok 10500", "TH", "+66 2 659 9000", "mobkk-reservations@mohg.com"),
    ("Jumeirah Burj Al Arab", "Jumeirah Street, Umm Suqeim 3, Dubai", "AE", "+971 4 301 7777", "reservations@jumeirah.com"),
    ("Hyatt Regency Mumbai", "Sahar Airport Road, Andheri East, Mumbai 400099", "IN", "+91 22 6696 1234", "reservations.mumbai@hyatt.com"),
    ("Fairmont Royal York", "100 Front Street West, Toronto ON M5J 1E3", "CA", "+1 416-368-2511", "reservations.ryh@fairmont.com"),
    ("The Shelbourne", "27 St Stephen's Green, Dublin 2, D02 K224", "IE", "+353 1 663 4500", "reservations@theshelbourne.ie"),
    ("Hotel Fasano São Paulo", "Rua Vittorio Fasano 88, Jardins, São Paulo - SP, 01414-020", "BR", "+55 11 3896-4000", "reservas.sp@fasano.com.br"),
    ("Four Seasons Hotel Mexico City", "Paseo de la Reforma 500, Juárez, 06600 Ciudad de México", "MX", "+52 55 5230 1818", "reservations.mex@fourseasons.com"),
    ("Hotel Metropol Moscow", "Театральный проезд, 2, Москва, 109012", "RU", "+7 499 501-78-00", "reservations@metropol-moscow.ru"),
    ("The Langham Sydney", "89-113 Kent Street, Millers Point NSW 2000", "AU", "+61 2 9256 2222", "tlsyd.reservations@langhamhotels.com"),
    ("The Plaza", "768 Fifth Avenue, New York, NY 10019", "US", "+1 212-759-3000", "reservations@theplazany.com"),
    ("Hotel Lindenhof am Stadtpark", "Parkallee 6, 93047 Regensburg", "DE", "0941 59 86 0", "info@lindenhof-stadtpark.de"),
    ("Pension Alpenblick", "Dorfstraße 12, 6361 Hopfgarten im Brixental", "AT", "05335 2214", "info@alpenblick-hopfgarten.at"),
    ("Albergo Santa Chiara", "Piazza della Minerva 18, 00186 Roma", "IT", "06 687 2979", "prenotazioni@albergosantachiara.it"),
    ("Hostal Ribera del Guadalquivir", "Calle Betis 41, 41010 Sevilla", "ES", "954 33 21 07", "reservas@hostalribera.es"),
    ("Hôtel des Remparts", "4 place Saint-Sauveur, 35000 Rennes", "FR", "02 99 31 44 10", "reservation@hotel-remparts.fr"),
]
HOTEL_BY_CC = {}
for _h in HOTELS:
    HOTEL_BY_CC.setdefault(_h[2], []).append(_h)
HOTEL_MAILBOXES = sorted({h[4].split("@")[0] for h in HOTELS})

STATIONS = ["Berlin Friedrichstraße", "München Hbf", "Frankfurt (Main) Hbf", "Köln Hbf", "Hamburg-Altona", "Paris Gare de Lyon", "Paris Gare du Nord",
            "Paris Saint-Lazare", "Lyon Part-Dieu", "Marseille Saint-Charles", "Madrid Puerta de Atocha - Almudena Grandes",
            "Madrid Chamartín - Clara Campoamor", "Barcelona Sants", "Sevilla Santa Justa", "Milano Porta Garibaldi", "Milano Centrale",
            "Roma Termini", "Firenze Santa Maria Novella", "Napoli Centrale", "Venezia Santa Lucia", "Amsterdam Centraal", "Rotterdam Centraal",
            "Bruxelles-Midi", "Antwerpen-Centraal", "Wien Hauptbahnhof", "Zürich HB", "London St Pancras International", "London King's Cross",
            "Edinburgh Waverley", "Stockholm Centralstation", "Göteborg Centralstation", "Kraków Główny", "Warszawa Centralna",
            "Lisboa Santa Apolónia", "Porto São Bento", "東京駅", "新大阪駅", "서울역", "부산역", "北京南站", "上海虹桥站"]

REQUESTS = {
    "en": ["Can you check this booking for mistakes?", "Could you summarise this for me in a few bullet points?",
           "Can you help me write a polite reply to this?", "Is there anything in here I should double-check before I travel?",
           "What does this actually mean for me? Please explain simply.", "Can you turn this into a checklist for the trip?",
           "Please put the key details of this into a table.", "Can you draft an email asking them to correct this?",
           "Help me understand what I still need to do here:", "Does everything in this look consistent to you?"],
    "in": ["Can you check this booking once? Something looks off.", "Please summarise this in simple points.",
           "Help me draft a reply to the travel agent.", "What all documents do I still need to arrange?",
           "Kindly check if the details below are correct.", "Can you make a checklist from this for my parents?"],
    "de": ["Kannst du mir diese Buchungsbestätigung zusammenfassen?", "Kannst du prüfen, ob hier Fehler drin sind?",
           "Hilf mir bitte, eine höfliche Antwort zu formulieren.", "Was muss ich vor der Reise noch erledigen?",
           "Kannst du das bitte ins Englische übersetzen?", "Mach mir daraus bitte eine Checkliste.",
           "Stimmt hier alles? Bitte kurz drüberschauen.", "Kannst du mir erklären, was das für mich bedeutet?"],
    "fr": ["Peux-tu m'aider à répondre à cet hôtel ?", "Tu peux vérifier s'il y a des erreurs là-dedans ?",
           "Résume-moi ce document en quelques lignes.", "Peux-tu traduire ça en anglais ?",
           "Qu'est-ce que je dois encore faire avant le départ ?", "Fais-moi une liste des points à vérifier, s'il te plaît.",
           "Tu peux m'expliquer ce que ça veut dire ?", "Aide-moi à rédiger une réclamation polie."],
    "es": ["¿Puedes revisar si esto tiene algún error?", "Resúmeme esto en pocas líneas, por favor.",
           "¿Me ayudas a contestar a este mensaje?", "¿Qué me falta por hacer antes del viaje?", "¿Puedes traducir esto al inglés?",
           "Hazme una lista de comprobación con esto.", "¿Me explicas qué significa esto?", "Ayúdame a redactar una reclamación educada."],
    "it": ["Puoi controllare se ci sono errori qui?", "Mi fai un riassunto di questo?", "Mi aiuti a rispondere a questo messaggio?",
           "Cosa devo ancora fare prima di partire?", "Puoi tradurlo in inglese?", "Fammi una checklist a partire da questo.",
           "Mi spieghi cosa significa?", "Aiutami a scrivere un reclamo cortese."],
    "nl": ["Kun je dit op fouten controleren?", "Kun je dit voor me samenvatten?", "Help je me een beleefd antwoord te schrijven?",
           "Wat moet ik nog regelen voor de reis?", "Kun je dit naar het Engels vertalen?", "Maak hier een checklist van, graag.",
           "Klopt alles hierin?", "Kun je uitleggen wat dit voor mij betekent?"],
    "pt": ["Você pode verificar se há erros aqui?", "Pode resumir isto para mim?", "Ajuda-me a responder a esta mensagem?",
           "O que ainda preciso fazer antes da viagem?", "Consegue traduzir isto para inglês?", "Faz-me uma lista de verificação com isto.",
           "Pode explicar o que isto significa?", "Me ajuda a escrever uma reclamação educada?"],
    "pl": ["Czy możesz sprawdzić, czy nie ma tu błędów?", "Streść mi to w kilku punktach.", "Pomożesz mi odpowiedzieć na tę wiadomość?",
           "Co jeszcze muszę załatwić przed wyjazdem?", "Przetłumacz to proszę na angielski.", "Zrób mi z tego listę kontrolną.",
           "Wyjaśnisz mi, co to oznacza?"],
    "sv": ["Kan du kolla om det finns några fel här?", "Kan du sammanfatta det här åt mig?", "Hjälp mig att skriva ett artigt svar.",
           "Vad behöver jag fixa innan resan?", "Kan du översätta det här till engelska?", "Gör en checklista av det här.", "Stämmer allt här?"],
    "tr": ["Burada hata var mı kontrol eder misin?", "Bunu benim için özetler misin?", "Bu mesaja kibar bir cevap yazmama yardım eder misin?",
           "Yolculuktan önce daha ne yapmam gerekiyor?", "Bunu İngilizceye çevirir misin?", "Bundan bir kontrol listesi çıkarır mısın?",
           "Bu ne anlama geliyor, açıklar mısın?"],
    "el": ["Μπορείς να ελέγξεις αν υπάρχουν λάθη εδώ;", "Μου το συνοψίζεις σε λίγες γραμμές;", "Με βοηθάς να απαντήσω ευγενικά;",
           "Τι πρέπει να κάνω ακόμα πριν το ταξίδι;", "Μπορείς να το μεταφράσεις στα αγγλικά;", "Φτιάξε μου μια λίστα ελέγχου από αυτό."],
    "ru": ["Проверь, пожалуйста, нет ли здесь ошибок.", "Можешь кратко пересказать, что здесь написано?",
           "Помоги вежливо ответить на это сообщение.", "Что мне ещё нужно сделать перед поездкой?", "Переведи, пожалуйста, на английский.",
           "Составь по этому чек-лист.", "Объясни простыми словами, что это значит."],
    "ja": ["この内容に間違いがないか確認してもらえますか？", "これを簡単に要約してください。", "このメッセージへの丁寧な返信を手伝ってください。",
           "出発前にまだやることを教えてください。", "これを英語に翻訳してもらえますか？", "これをもとにチェックリストを作ってください。",
           "これはどういう意味か説明してください。"],
    "zh": ["帮我看看这里有没有错误？", "帮我总结一下这段内容。", "帮我礼貌地回复这条消息。", "出发前我还需要做什么？", "请把这段翻译成英文。",
           "根据这个帮我列一个清单。", "这是什么意思？请简单解释一下。"],
    "ko": ["여기 틀린 부분이 있는지 확인해 줄래?", "이거 간단하게 요약해 줘.", "이 메시지에 정중하게 답장하는 것 좀 도와줘.",
           "출발 전에 내가 더 해야 할 게 뭐야?", "이거 영어로 번역해 줄 수 있어?", "이걸로 체크리스트 좀 만들어 줘."],
    "ar": ["هل يمكنك التحقق من وجود أخطاء هنا؟", "لخّص لي هذا من فضلك.", "ساعدني في كتابة رد مهذب على هذه الرسالة.",
           "ما الذي يجب أن أفعله قبل السفر؟", "هل يمكنك ترجمة هذا إلى الإنجليزية؟", "اصنع لي قائمة مراجعة من هذا."],
    "th": ["ช่วยเช็กให้หน่อยว่ามีอะไรผิดไหม", "ช่วยสรุปเนื้อหานี้ให้หน่อย", "ช่วยร่างคำตอบแบบสุภาพให้หน่อย", "ก่อนเดินทางต้องทำอะไรอีกบ้าง",
           "ช่วยแปลเป็นภาษาอังกฤษให้หน่อย", "ช่วยทำเช็กลิสต์จากข้อมูลนี้ให้หน่อย"],
}
TECH_REQUESTS = {
    "log": {"en": ["Can you explain what this log shows?", "Why does check-in fail here? Log below.", "What is going wrong in this app log?"],
            "in": ["Can you explain what this log shows? Check-in is not working.", "Why is the app failing? Sharing the log."],
            "de": ["Was bedeutet dieses Log?", "Warum schlägt der Check-in fehl? Hier das Log."], "fr": ["Que signifie ce journal ?", "Pourquoi l'enregistrement échoue-t-il ? Voici le log."],
            "es": ["¿Qué muestra este log?", "¿Por qué falla la facturación? Adjunto el log."], "it": ["Cosa mostra questo log?", "Perché fallisce il check-in? Ecco il log."],
            "nl": ["Wat zie je in deze log?", "Waarom mislukt het inchecken? Log hieronder."], "pt": ["O que este log mostra?", "Por que o check-in falha? Segue o log."],
            "pl": ["Co pokazuje ten log?", "Dlaczego odprawa nie działa? Log poniżej."], "sv": ["Vad visar den här loggen?", "Varför misslyckas incheckningen? Loggen nedan."],
            "ja": ["このログの意味を教えてください。", "チェックインが失敗する原因をログから教えてください。"], "zh": ["这段日志是什么意思？", "值机为什么失败？日志如下。"],
            "ko": ["이 로그가 무슨 뜻인지 설명해 줘.", "체크인이 왜 실패하는지 로그 좀 봐 줘."], "tr": ["Bu log ne gösteriyor?", "Check-in neden başarısız oluyor? Log aşağıda."],
            "ru": ["Что показывает этот лог?", "Почему не проходит регистрация? Лог ниже."]},
    "csv": {"en": ["Can you clean up this CSV and sort it by date?", "Turn this CSV into a neat table, please."],
            "de": ["Kannst du diese CSV nach Datum sortieren?", "Mach aus dieser CSV bitte eine Tabelle."], "fr": ["Peux-tu trier ce CSV par date ?", "Mets ce CSV en tableau, s'il te plaît."],
            "es": ["¿Puedes ordenar este CSV por fecha?", "Pásame este CSV a una tabla."], "it": ["Puoi ordinare questo CSV per data?", "Trasforma questo CSV in una tabella."],
            "nl": ["Kun je deze CSV op datum sorteren?", "Maak van deze CSV een nette tabel."], "pt": ["Pode ordenar este CSV por data?"], "pl": ["Posortujesz ten CSV według daty?"],
            "sv": ["Kan du sortera den här CSV-filen efter datum?"], "ja": ["このCSVを見やすい表にしてください。"]},
    "json": {"en": ["Turn this JSON into a readable summary, please.", "Why does this booking API response fail validation?"],
             "de": ["Fass mir dieses JSON lesbar zusammen.", "Warum lehnt die API diese Buchung ab?"], "fr": ["Peux-tu résumer ce JSON lisiblement ?"],
             "es": ["¿Me resumes este JSON de forma legible?"], "it": ["Mi riassumi questo JSON in modo leggibile?"], "nl": ["Kun je deze JSON leesbaar samenvatten?"],
             "pt": ["Pode resumir este JSON de forma legível?"], "pl": ["Streścisz ten JSON w czytelny sposób?"], "sv": ["Kan du sammanfatta den här JSON-filen läsbart?"],
             "ja": ["このJSONを分かりやすくまとめてください。"], "ko": ["이 JSON을 읽기 쉽게 정리해 줘."], "zh": ["帮我把这段JSON整理成易读的摘要。"],
             "tr": ["Bu JSON'u okunur şekilde özetler misin?"]},
}


def wrap(R, lang, body, tech=False, own=None):
    """Puts a request line in the text's language before or after the paste."""
    pool = TECH_REQUESTS[tech][lang] if tech else REQUESTS[lang]
    q = own if own is not None else R.choice(pool)
    k = R.randrange(6)
    if tech and R.random() < 0.5:
        return [q, "\n\n```\n", body, "\n```"]
    if k == 0:
        return [q, "\n\n", body]
    if k == 1:
        return [q, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if k == 2:
        return [body, "\n\n", q]
    if k == 3:
        return [q, "\n---\n", body]
    if k == 4:
        return [body, "\n\n---\n", q]
    return [q, "\n", body]


def F(_frame, **kw):
    """Splits a frame string on {key} placeholders and puts the values
    (strings, L or N) in their places."""
    out = []
    for piece in re.split(r"(\{[a-z_0-9]+\})", _frame):
        if len(piece) > 2 and piece[0] == "{" and piece[-1] == "}" and piece[1:-1] in kw:
            out.append(kw[piece[1:-1]])
        elif piece:
            out.append(piece)
    return out


def Lp(s):
    return L("person", s)


def Le(s):
    return L("email", s)


def La(s, cc):
    return L("address", s, sub=cc.lower())


def money(R, lang, lo=60, hi=3200):
    v = R.randint(lo * 100, hi * 100) / 100
    cur = {"en": "GBP", "in": "INR", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pt": "EUR", "pl": "PLN", "sv": "SEK",
           "tr": "TRY", "el": "EUR", "ru": "RUB", "ja": "JPY", "zh": "CNY", "ko": "KRW", "ar": "AED", "th": "THB"}[lang]
    if cur in ("JPY", "KRW"):
        v = int(v * 150)
        return "%s %s" % ("¥" if cur == "JPY" else "₩", "{:,}".format(v))
    if cur in ("INR", "RUB", "THB", "TRY"):
        v = int(v * {"INR": 90, "RUB": 95, "THB": 38, "TRY": 35}[cur])
    if lang in ("en", "in", "ja", "zh", "ko", "th"):
        return "%s %s" % (cur, "{:,.2f}".format(v))
    s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "." if lang not in ("fr", "sv", "pl", "ru") else "\u202f")
    return "%s %s" % (s, "€" if cur == "EUR" else cur)


# ================================================================== templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(fn):
        TEMPLATES.append((name, count, clean, fn))
        return fn
    return deco


def pick_cc(R, lang):
    return cc_for_lang(R, lang)


def salute(R, p, lang):
    """Salutation parts with the name labelled (titles outside)."""
    if lang in ("en", "in"):
        if R.random() < 0.4 and p.cul in NAMES:
            return ["Dear %s " % ("Ms" if p.sex == "f" else "Mr"), Lp(p.family), ","]
        return ["Dear ", Lp(p.full() if not p.native else p.latin()), ","]
    if lang == "de":
        if R.random() < 0.5:
            return ["Sehr geehrte%s %s " % ("" if p.sex == "f" else "r", "Frau" if p.sex == "f" else "Herr"), Lp(p.family), ","]
        return ["Hallo ", Lp(p.full()), ","]
    if lang == "fr":
        return ["%s " % ("Chère Madame" if p.sex == "f" else "Cher Monsieur"), Lp(p.family), ","] if R.random() < 0.5 else ["Bonjour ", Lp(p.full()), ","]
    if lang == "es":
        return ["Estimad%s " % ("a" if p.sex == "f" else "o"), Lp(p.full()), ":"]
    if lang == "it":
        return ["Gentile ", Lp(p.full()), ","]
    if lang == "nl":
        return ["Beste ", Lp(p.full()), ","] if R.random() < 0.6 else ["Geachte %s " % ("mevrouw" if p.sex == "f" else "heer"), Lp(p.family), ","]
    if lang == "pt":
        return ["Prezad%s " % ("a" if p.sex == "f" else "o"), Lp(p.full()), ","] if R.random() < 0.5 else ["Olá, ", Lp(p.given), "!"]
    if lang == "pl":
        return ["Dzień dobry, ", Lp(p.full()), "!"] if R.random() < 0.5 else ["Szanown%s " % ("a Pani" if p.sex == "f" else "y Panie"), Lp(p.full()), ","]
    if lang == "sv":
        return ["Hej ", Lp(p.given), "!"] if R.random() < 0.6 else ["Hej ", Lp(p.full()), ","]
    if lang == "tr":
        return ["Sayın ", Lp(p.full()), ","]
    if lang == "el":
        return ["Αγαπητ%s " % ("ή" if p.sex == "f" else "έ"), Lp(p.full()), ","]
    if lang == "ru":
        if p.cul == "ru" and R.random() < 0.6:
            return ["Уважаем%s " % ("ая" if p.sex == "f" else "ый"), Lp(p.given + " " + p.pat), "!"]
        return ["Здравствуйте, ", Lp(p.full()), "!"]
    if lang == "ja":
        return [Lp(p.full_sp()), " 様"]
    if lang == "zh":
        return ["尊敬的", Lp(p.full()), "：" if R.random() < 0.5 else "先生/女士："]
    if lang == "ko":
        return [Lp(p.full()), " 고객님, 안녕하세요."]
    if lang == "ar":
        return ["عزيز%s " % ("تي" if p.sex == "f" else "ي"), Lp(p.full()), "،"]
    if lang == "th":
        return ["เรียน คุณ", Lp(p.full())]
    raise KeyError(lang)


def group_of(R, lead, n):
    """Travel companions: relatives or friends of the lead's culture."""
    out = [lead]
    for i in range(n - 1):
        if R.random() < 0.6:
            out.append(relative(R, lead))
        else:
            out.append(person(R, lead.cul))
    return out


def distinct_names(ps):
    seen = set()
    for p in ps:
        if p.pnr() in seen or p.full() in seen:
            return False
        seen.add(p.pnr())
        seen.add(p.full())
    return True


BK = {
    "en": ("Booking confirmation", "Thank you for booking with {airline}. Your booking reference is {pnr}.", "Passengers", "Frequent flyer",
           "E-ticket", "Your flights", "Contact details we hold", "Paid with card ending", "Total", "Questions? Call us on {line} or reply to this e-mail.",
           "Kind regards,\n{airline} Customer Care", "Date of birth"),
    "in": ("Booking confirmed", "Your booking with {airline} is confirmed. PNR: {pnr}.", "Passengers", "Frequent flyer",
           "Ticket no.", "Itinerary", "Contact details", "Paid via card ending", "Grand total", "For help call {line}.",
           "Warm regards,\nTeam {airline}", "DOB"),
    "de": ("Buchungsbestätigung", "vielen Dank für Ihre Buchung bei {airline}. Ihr Buchungscode lautet {pnr}.", "Reisende", "Vielfliegernummer",
           "Ticketnummer", "Ihre Flüge", "Hinterlegte Kontaktdaten", "Bezahlt mit Karte endend auf", "Gesamtpreis",
           "Fragen? Rufen Sie uns an unter {line}.", "Mit freundlichen Grüßen\nIhr {airline} Service-Team", "Geburtsdatum"),
    "fr": ("Confirmation de réservation", "merci d'avoir réservé avec {airline}. Votre référence de réservation est {pnr}.", "Passagers",
           "Carte de fidélité", "Billet électronique", "Vos vols", "Coordonnées enregistrées", "Payé avec la carte se terminant par", "Total",
           "Une question ? Appelez le {line}.", "Cordialement,\nLe service clients {airline}", "Date de naissance"),
    "es": ("Confirmación de reserva", "gracias por reservar con {airline}. Su localizador es {pnr}.", "Pasajeros", "Tarjeta de fidelización",
           "Billete electrónico", "Sus vuelos", "Datos de contacto", "Pagado con tarjeta terminada en", "Total", "¿Dudas? Llámenos al {line}.",
           "Atentamente,\nAtención al cliente de {airline}", "Fecha de nacimiento"),
    "it": ("Conferma di prenotazione", "grazie per aver prenotato con {airline}. Il codice di prenotazione è {pnr}.", "Passeggeri",
           "Programma fedeltà", "Biglietto elettronico", "I tuoi voli", "Dati di contatto", "Pagato con carta che termina con", "Totale",
           "Domande? Chiama il {line}.", "Cordiali saluti,\nServizio clienti {airline}", "Data di nascita"),
    "nl": ("Boekingsbevestiging", "bedankt voor uw boeking bij {airline}. Uw boekingscode is {pnr}.", "Passagiers", "Frequent flyer-nummer",
           "E-ticketnummer", "Uw vluchten", "Contactgegevens", "Betaald met kaart eindigend op", "Totaal", "Vragen? Bel {line}.",
           "Met vriendelijke groet,\n{airline} Klantenservice", "Geboortedatum"),
    "pt": ("Confirmação de reserva", "obrigado por reservar com a {airline}. O seu código de reserva é {pnr}.", "Passageiros",
           "Programa de fidelidade", "Bilhete eletrónico", "Os seus voos", "Dados de contacto", "Pago com cartão terminado em", "Total",
           "Dúvidas? Ligue para {line}.", "Com os melhores cumprimentos,\nApoio ao cliente {airline}", "Data de nascimento"),
    "pl": ("Potwierdzenie rezerwacji", "dziękujemy za rezerwację w {airline}. Kod rezerwacji: {pnr}.", "Pasażerowie", "Numer karty programu",
           "Numer biletu", "Twoje loty", "Dane kontaktowe", "Opłacono kartą kończącą się na", "Razem", "Pytania? Zadzwoń pod {line}.",
           "Pozdrawiamy,\nObsługa klienta {airline}", "Data urodzenia"),
    "sv": ("Bokningsbekräftelse", "tack för din bokning hos {airline}. Din bokningsreferens är {pnr}.", "Resenärer", "Bonuskort",
           "Biljettnummer", "Dina flyg", "Kontaktuppgifter", "Betalt med kort som slutar på", "Totalt", "Frågor? Ring oss på {line}.",
           "Vänliga hälsningar\n{airline} Kundservice", "Födelsedatum"),
    "tr": ("Rezervasyon onayı", "{airline} ile rezervasyon yaptığınız için teşekkür ederiz. Rezervasyon kodunuz: {pnr}.", "Yolcular",
           "Üyelik numarası", "Bilet numarası", "Uçuşlarınız", "İletişim bilgileri", "Son dört hanesi şu olan kartla ödendi:", "Toplam",
           "Sorularınız için {line} numaralı çağrı merkezimizi arayın.", "Saygılarımızla,\n{airline} Müşteri Hizmetleri", "Doğum tarihi"),
    "el": ("Επιβεβαίωση κράτησης", "σας ευχαριστούμε για την κράτησή σας με την {airline}. Ο κωδικός κράτησης είναι {pnr}.", "Επιβάτες",
           "Αριθμός μέλους", "Αριθμός εισιτηρίου", "Οι πτήσεις σας", "Στοιχεία επικοινωνίας", "Πληρωμή με κάρτα που λήγει σε", "Σύνολο",
           "Ερωτήσεις; Καλέστε στο {line}.", "Με εκτίμηση,\nΕξυπηρέτηση πελατών {airline}", "Ημερομηνία γέννησης"),
    "ru": ("Подтверждение бронирования", "благодарим за бронирование в {airline}. Код бронирования: {pnr}.", "Пассажиры", "Номер участника",
           "Номер билета", "Ваши рейсы", "Контактные данные", "Оплачено картой, последние цифры", "Итого",
           "Вопросы? Звоните по телефону {line}.", "С уважением,\nСлужба поддержки {airline}", "Дата рождения"),
    "ja": ("ご予約確認", "{airline}をご予約いただきありがとうございます。予約番号は {pnr} です。", "ご搭乗者", "マイレージ会員番号", "航空券番号",
           "ご搭乗便", "ご連絡先", "お支払い: カード末尾", "合計", "お問い合わせ: {line}", "{airline} 予約センター", "生年月日"),
    "zh": ("预订确认", "感谢您预订{airline}航班。您的订座记录编号为 {pnr}。", "乘机人", "常旅客卡号", "电子客票号", "航班信息", "联系方式",
           "已支付，银行卡尾号", "合计", "如有疑问请致电 {line}。", "{airline} 客户服务中心", "出生日期"),
    "ko": ("예약 확인", "{airline}을(를) 이용해 주셔서 감사합니다. 예약번호는 {pnr}입니다.", "탑승객", "회원번호", "항공권 번호", "여정", "연락처",
           "결제 카드 끝자리", "총액", "문의: {line}", "{airline} 고객센터 드림", "생년월일"),
    "ar": ("تأكيد الحجز", "شكراً لحجزك مع {airline}. رمز الحجز الخاص بك هو {pnr}.", "المسافرون", "رقم العضوية", "رقم التذكرة", "رحلاتك",
           "بيانات الاتصال", "تم الدفع بالبطاقة المنتهية بـ", "المجموع", "للاستفسار اتصل على {line}.", "مع أطيب التحيات،\nخدمة عملاء {airline}",
           "تاريخ الميلاد"),
    "th": ("ยืนยันการจอง", "ขอบคุณที่จองกับ {airline} รหัสการจองของท่านคือ {pnr}", "ผู้โดยสาร", "หมายเลขสมาชิก", "หมายเลขบัตรโดยสาร",
           "เที่ยวบินของท่าน", "ข้อมูลติดต่อ", "ชำระด้วยบัตรลงท้าย", "รวม", "สอบถามโทร {line}", "ขอแสดงความนับถือ\n{airline}", "วันเกิด"),
}


@tpl("air_booking", 36)
def t_air_booking(R):
    lang = R.choice(sorted(BK))
    cc = pick_cc(R, lang)
    lead = person(R, cul_of(cc, lang))
    pax = group_of(R, lead, R.choice([1, 1, 2, 2, 3]))
    code = R.choice(AIRLINE_BY_LANG[lang])
    al = AL[code]
    T = BK[lang]
    ref = pnr(R)
    body = ["%s – %s\n\n" % (T[0], ref)] + salute(R, lead, lang) + ["\n\n"] + F(T[1], airline=al[1], pnr=N(ref, "pnr")) + ["\n\n", T[2], ":\n"]
    apis = R.random() < 0.2
    for i, q in enumerate(pax):
        body += ["%d. " % (i + 1), Lp(q.pnr()), " %s" % q.title(lang)]
        if apis:
            body += ["  %s: " % T[11], L("dob", fdate(R, bdate(R, 1950, 2019), lang, R.choice(["apis", None, "iso"])))]
        if R.random() < 0.5:
            body += ["  %s: %s " % (T[3], al[4]), N(al[5](R), "frequent_flyer")]
        body += ["  %s: " % T[4], N(ticket_no(R, al[2]), "ticket_number"), "\n"]
    body += ["\n", T[5], ":\n"]
    a, b = route(R, al[3])
    legs = [(a, b)] + ([(b, a)] if R.random() < 0.6 else [])
    d0 = trip_date(R, lang)[1]
    for j, (x, y) in enumerate(legs):
        dt = fdate(R, d0 + datetime.timedelta(days=j * R.randint(3, 16)), lang)
        body += [N(flight_no(R, code), "flight_number"), "  %s  %s %s → %s %s  %s/%s  " % (dt, x, hhmm(R), y, hhmm(R), R.choice("YBMHKLQVTS"), R.choice(FARE_BASES)),
                 N(seat(R), "seat"), "\n"]
    mc, last = masked_card(R)
    body += ["\n", T[6], ": ", Le(email_of(R, lead, cc)), " · ", phone(R, cc, mobile=True), "\n",
             T[7], " ", N(last, "card_last4"), " · ", T[8], " ", money(R, lang, 90, 3400), "\n\n"]
    body += F(T[9], line=N(al[6], "airline_call_centre")) + ["\n\n"] + F(T[10], airline=al[1])
    if not distinct_names(pax):
        return None
    return "email", lang, wrap(R, lang, body)


ITR = {
    "en": ("ELECTRONIC TICKET PASSENGER ITINERARY RECEIPT", "NAME", "ETKT NBR", "ISSUED BY", "DATE OF ISSUE", "BOOKING REF", "FORM OF PAYMENT",
           "FARE", "TAXES", "TOTAL", "ENDORSEMENTS", "NON-REF/CHG FEE APPLIES", "FOID"),
    "es": ("RECIBO DE ITINERARIO DEL BILLETE ELECTRÓNICO", "NOMBRE", "NÚM. BILLETE", "EMITIDO POR", "FECHA DE EMISIÓN", "LOCALIZADOR",
           "FORMA DE PAGO", "TARIFA", "TASAS", "TOTAL", "RESTRICCIONES", "NO REEMBOLSABLE/CAMBIOS CON CARGO", "DOCUMENTO"),
    "de": ("ELEKTRONISCHES TICKET – REISEPLAN UND QUITTUNG", "NAME", "TICKETNR.", "AUSGESTELLT VON", "AUSSTELLUNGSDATUM", "BUCHUNGSCODE",
           "ZAHLUNGSART", "TARIF", "STEUERN/GEBÜHREN", "GESAMT", "VERMERKE", "NICHT ERSTATTBAR/UMBUCHUNG GEGEN GEBÜHR", "AUSWEIS"),
    "fr": ("REÇU D'ITINÉRAIRE DU BILLET ÉLECTRONIQUE", "NOM", "N° BILLET", "ÉMIS PAR", "DATE D'ÉMISSION", "RÉF. DOSSIER", "MODE DE PAIEMENT",
           "TARIF", "TAXES", "TOTAL", "MENTIONS", "NON REMB./MODIF. PAYANTE", "PIÈCE D'IDENTITÉ"),
    "it": ("RICEVUTA DI ITINERARIO DEL BIGLIETTO ELETTRONICO", "NOME", "N. BIGLIETTO", "EMESSO DA", "DATA DI EMISSIONE", "CODICE PNR",
           "FORMA DI PAGAMENTO", "TARIFFA", "TASSE", "TOTALE", "RESTRIZIONI", "NON RIMBORSABILE/CAMBIO A PAGAMENTO", "DOCUMENTO"),
    "pt": ("RECIBO DE ITINERÁRIO DO BILHETE ELETRÓNICO", "NOME", "N.º BILHETE", "EMITIDO POR", "DATA DE EMISSÃO", "CÓDIGO DE RESERVA",
           "FORMA DE PAGAMENTO", "TARIFA", "TAXAS", "TOTAL", "RESTRIÇÕES", "NÃO REEMBOLSÁVEL/ALTERAÇÕES COM TAXA", "DOCUMENTO"),
}
AGENCIES = ["GLOBETROTTER TRAVEL GMBH", "VIAJES EL CORTE INGLES", "CARLSON WAGONLIT TRAVEL", "FLIGHT CENTRE UK", "SELECTOUR VOYAGES",
            "CISALPINA TOURS", "ABREU VIAGENS", "MAKEMYTRIP INDIA", "ONLINE BOOKING WEB"]


@tpl("eticket_receipt", 20)
def t_eticket(R):
    lang = R.choice(["en", "en", "en", "es", "de", "fr", "it", "pt", "in"])
    T = ITR["en" if lang == "in" else lang]
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    code = R.choice(AIRLINE_BY_LANG[lang])
    al = AL[code]
    tk = ticket_no(R, al[2])
    dt, _ = trip_date(R, lang)
    body = [T[0], "\n\n", "%-16s: " % T[1], Lp(p.pnr()), " %s\n" % p.title("en"),
            "%-16s: " % T[2], N("%s %s" % (tk[:3], tk[3:]), "ticket_number"), "\n",
            "%-16s: %s\n" % (T[3], R.choice(AGENCIES)), "%-16s: %02d%s%02d\n" % (T[4], R.randint(1, 28), MON3[R.randrange(12)], 26),
            "%-16s: " % T[5], N(pnr(R), "pnr"), " (%s)\n" % code]
    if R.random() < 0.55:
        body += ["%-16s: PP" % T[12], passport(R, p.cul), "\n"]
    body += ["\n"]
    a, b = route(R, al[3])
    for (x, y) in [(a, b), (b, a)][:R.choice([1, 2])]:
        body += ["%s %s  " % (x, y), N(flight_no(R, code), "flight_number"), "  %02d%s  %s  %s  OK  %s  1PC\n" % (
            R.randint(1, 28), MON3[R.randrange(12)], hhmm(R), R.choice("YMKLQTVS"), R.choice(FARE_BASES))]
    mc, last = masked_card(R)
    fop = R.random()
    body += ["\n%-16s: " % T[6]]
    if fop < 0.2:
        body += ["CC%s" % R.choice(["VI", "CA", "AX"]), card(R, R.choice(["visa", "mastercard", "amex"]), sep=""), " EXP %02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "\n"]
    else:
        body += ["CC%s" % R.choice(["VI", "CA", "AX"]), N("XXXXXXXXXXXX" + last, "masked_card"), "\n"]
    body += ["%-16s: EUR %d.00\n%-16s: EUR %d.%02dYQ EUR %d.%02dRA\n%-16s: EUR %d.%02d\n" % (T[7], R.randint(40, 900), T[8], R.randint(10, 180), R.randint(0, 99),
                                                                                       R.randint(5, 60), R.randint(0, 99), T[9], R.randint(120, 1500), R.randint(0, 99)),
             "%-16s: %s\n" % (T[10], T[11])]
    if R.random() < 0.35:
        body += ["CTCE ", Le(email_of(R, p, cc)), "\nCTCM ", phone(R, cc, mobile=True, style="e164"), "\n"]
    return "ticket", lang, wrap(R, lang, body)


BP = {
    "en": ("Boarding pass", "Name", "Flight", "From", "To", "Date", "Boarding", "Gate", "Seat", "Group", "Seq", "Booking ref", "Gate closes 20 minutes before departure."),
    "de": ("Bordkarte", "Name", "Flug", "Von", "Nach", "Datum", "Boarding", "Flugsteig", "Sitz", "Gruppe", "Seq.", "Buchungscode", "Der Flugsteig schließt 20 Minuten vor Abflug."),
    "fr": ("Carte d'embarquement", "Nom", "Vol", "De", "À", "Date", "Embarquement", "Porte", "Siège", "Groupe", "Séq.", "Réf. dossier", "Fermeture de la porte 20 minutes avant le départ."),
    "es": ("Tarjeta de embarque", "Nombre", "Vuelo", "Origen", "Destino", "Fecha", "Embarque", "Puerta", "Asiento", "Grupo", "Sec.", "Localizador", "La puerta cierra 20 minutos antes de la salida."),
    "it": ("Carta d'imbarco", "Nome", "Volo", "Da", "A", "Data", "Imbarco", "Gate", "Posto", "Gruppo", "Seq.", "Codice PNR", "Il gate chiude 20 minuti prima della partenza."),
    "nl": ("Instapkaart", "Naam", "Vlucht", "Van", "Naar", "Datum", "Instappen", "Gate", "Stoel", "Groep", "Volgnr.", "Boekingscode", "De gate sluit 20 minuten voor vertrek."),
    "ja": ("搭乗券", "氏名", "便名", "出発", "到着", "日付", "搭乗開始", "搭乗口", "座席", "グループ", "搭乗順", "予約番号", "搭乗口は出発20分前に締め切ります。"),
    "ko": ("탑승권", "성명", "편명", "출발", "도착", "날짜", "탑승 시작", "탑승구", "좌석", "그룹", "순번", "예약번호", "탑승구는 출발 20분 전에 마감됩니다."),
    "zh": ("登机牌", "姓名", "航班", "出发", "到达", "日期", "登机时间", "登机口", "座位", "分组", "序号", "订座记录", "登机口于起飞前20分钟关闭。"),
    "tr": ("Biniş kartı", "Ad Soyad", "Uçuş", "Kalkış", "Varış", "Tarih", "Biniş", "Kapı", "Koltuk", "Grup", "Sıra", "PNR", "Kapı kalkıştan 20 dakika önce kapanır."),
    "sv": ("Boardingkort", "Namn", "Flyg", "Från", "Till", "Datum", "Ombordstigning", "Gate", "Plats", "Grupp", "Nr", "Bokningsnr", "Gaten stänger 20 minuter före avgång."),
    "pl": ("Karta pokładowa", "Imię i nazwisko", "Lot", "Z", "Do", "Data", "Boarding", "Wyjście", "Miejsce", "Grupa", "Nr", "Kod rezerwacji", "Wyjście zamykane 20 minut przed odlotem."),
}
BP_ASK = {
    "en": "Why does the app show my name like that? Is it a problem at security?", "de": "Warum steht mein Name so komisch da? Ist das ein Problem an der Kontrolle?",
    "fr": "Pourquoi mon nom est écrit comme ça ? Ça pose problème au contrôle ?", "es": "¿Por qué sale mi nombre así? ¿Me darán problemas en el control?",
    "it": "Perché il mio nome è scritto così? Può essere un problema al controllo?", "nl": "Waarom staat mijn naam zo geschreven? Is dat een probleem bij de controle?",
    "ja": "名前の表記がパスポートと違うのですが、保安検査で問題になりますか？", "ko": "이름 표기가 여권이랑 다른데 보안검색에서 문제 될까?",
    "zh": "登机牌上的名字写法跟护照不一样，安检会有问题吗？", "tr": "İsmim neden böyle yazıyor? Güvenlikte sorun olur mu?",
    "sv": "Varför står mitt namn så här? Blir det problem i säkerhetskontrollen?", "pl": "Dlaczego moje nazwisko jest tak zapisane? Czy to problem na kontroli?",
}


@tpl("boarding_pass", 28)
def t_boarding(R):
    lang = R.choice(sorted(BP))
    T = BP[lang]
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    code = R.choice(AIRLINE_BY_LANG[lang])
    al = AL[code]
    a, b = route(R, al[3])
    ref = pnr(R)
    fl = R.randint(10, 1999)
    st = seat(R)
    seq = R.randint(1, 240)
    dt, d = trip_date(R, lang)
    name_bp = p.pnr()
    if len(name_bp) > 20:
        name_bp = name_bp[:20]
    disp = [Lp(p.full() if not p.native or lang in ("ja", "zh", "ko") else p.latin())] if R.random() < 0.4 else [Lp(p.pnr()), " %s" % p.title("en")]
    body = ["%s · %s\n" % (T[0], al[1]), "%s: " % T[1]] + disp + ["\n", "%s: " % T[2], N("%s %d" % (code, fl), "flight_number"),
            "   %s: %s %s   %s: %s %s\n" % (T[3], a, AIRPORTS[a], T[4], b, AIRPORTS[b]),
            "%s: %s   %s: %s   %s: " % (T[5], dt, T[6], hhmm(R), T[7]), N("%s%d" % (R.choice("ABCDEFGKZ"), R.randint(1, 68)), "gate"),
            "   %s: " % T[8], N(st, "seat"), "   %s: %d   %s: %03d\n" % (T[9], R.randint(1, 6), T[10], seq),
            "%s: " % T[11], N(ref, "pnr")]
    if R.random() < 0.5:
        body += ["   %s " % al[4], N(al[5](R), "frequent_flyer")]
    jul = d.timetuple().tm_yday
    bcbp = ["\n\n", "M1", Lp(name_bp), " " * (20 - len(name_bp)), "E", N("%-7s" % ref, "pnr"),
            "%s%s%-3s%04d %03d%s%04s%05d 1%02X" % (a, b, code, fl, jul, R.choice("YMJ"), "0" * (4 - len(st)) + st, seq, R.randint(0, 255))]
    body += bcbp + ["\n\n", T[12]]
    own = BP_ASK[lang] if R.random() < 0.6 else None
    return "boarding_pass", lang, wrap(R, lang, body, own=own)


HC = {
    "en": ("Reservation confirmation", "Confirmation number", "We are delighted to confirm your reservation.", "Guest(s)", "Arrival", "Departure",
           "Room", "Rate", "Guaranteed by", "Your details", "Invoice address", "Free cancellation until 18:00 local time on the day before arrival.", "nights"),
    "de": ("Reservierungsbestätigung", "Bestätigungsnummer", "gerne bestätigen wir Ihre Reservierung.", "Gast/Gäste", "Anreise", "Abreise",
           "Zimmer", "Preis", "Garantiert mit", "Ihre Angaben", "Rechnungsadresse", "Kostenfreie Stornierung bis 18:00 Uhr am Vortag der Anreise.", "Nächte"),
    "fr": ("Confirmation de réservation", "Numéro de confirmation", "nous avons le plaisir de confirmer votre réservation.", "Client(s)", "Arrivée",
           "Départ", "Chambre", "Tarif", "Garantie par", "Vos coordonnées", "Adresse de facturation", "Annulation gratuite jusqu'à 18h la veille de l'arrivée.", "nuits"),
    "es": ("Confirmación de reserva", "Número de confirmación", "nos complace confirmar su reserva.", "Huésped(es)", "Llegada", "Salida",
           "Habitación", "Tarifa", "Garantizada con", "Sus datos", "Dirección de facturación", "Cancelación gratuita hasta las 18:00 del día anterior a la llegada.", "noches"),
    "it": ("Conferma di prenotazione", "Numero di conferma", "siamo lieti di confermare la Sua prenotazione.", "Ospite/i", "Arrivo", "Partenza",
           "Camera", "Tariffa", "Garantita con", "I Suoi dati", "Indirizzo di fatturazione", "Cancellazione gratuita fino alle 18:00 del giorno prima dell'arrivo.", "notti"),
    "nl": ("Reserveringsbevestiging", "Bevestigingsnummer", "graag bevestigen wij uw reservering.", "Gast/gasten", "Aankomst", "Vertrek",
           "Kamer", "Tarief", "Gegarandeerd met", "Uw gegevens", "Factuuradres", "Gratis annuleren tot 18:00 uur op de dag voor aankomst.", "nachten"),
    "pt": ("Confirmação de reserva", "Número de confirmação", "temos o prazer de confirmar a sua reserva.", "Hóspede(s)", "Chegada", "Partida",
           "Quarto", "Tarifa", "Garantida com", "Os seus dados", "Morada de faturação", "Cancelamento gratuito até às 18h do dia anterior à chegada.", "noites"),
    "ja": ("ご予約確認書", "確認番号", "このたびはご予約いただき誠にありがとうございます。", "ご宿泊者", "チェックイン", "チェックアウト", "客室", "料金",
           "保証カード", "お客様情報", "請求先住所", "到着前日の18時まで無料でキャンセルできます。", "泊"),
    "zh": ("预订确认函", "确认号", "很高兴确认您的预订。", "入住人", "入住日期", "退房日期", "房型", "房价", "担保方式", "您的联系方式", "发票地址",
           "入住前一天18:00前可免费取消。", "晚"),
    "ko": ("예약 확인서", "확인 번호", "예약이 확정되었음을 알려드립니다.", "투숙객", "체크인", "체크아웃", "객실", "요금", "보증 카드", "고객 정보",
           "청구지 주소", "도착 전날 18시까지 무료 취소 가능합니다.", "박"),
    "el": ("Επιβεβαίωση κράτησης", "Αριθμός επιβεβαίωσης", "με χαρά επιβεβαιώνουμε την κράτησή σας.", "Επισκέπτες", "Άφιξη", "Αναχώρηση",
           "Δωμάτιο", "Τιμή", "Εγγύηση με", "Τα στοιχεία σας", "Διεύθυνση τιμολόγησης", "Δωρεάν ακύρωση έως τις 18:00 της προηγούμενης ημέρας.", "νύχτες"),
    "tr": ("Rezervasyon onayı", "Onay numarası", "rezervasyonunuzu onaylamaktan memnuniyet duyarız.", "Misafir(ler)", "Giriş", "Çıkış", "Oda",
           "Fiyat", "Garanti kartı", "Bilgileriniz", "Fatura adresi", "Varıştan bir gün önce saat 18:00'e kadar ücretsiz iptal.", "gece"),
    "th": ("ยืนยันการจองห้องพัก", "หมายเลขยืนยัน", "เรายินดีที่จะยืนยันการจองของท่าน", "ผู้เข้าพัก", "วันเช็กอิน", "วันเช็กเอาต์", "ห้องพัก", "ราคา",
           "ค้ำประกันด้วย", "ข้อมูลของท่าน", "ที่อยู่สำหรับออกใบแจ้งหนี้", "ยกเลิกฟรีจนถึง 18:00 น. ของวันก่อนเข้าพัก", "คืน"),
    "ar": ("تأكيد الحجز", "رقم التأكيد", "يسعدنا تأكيد حجزك.", "النزلاء", "الوصول", "المغادرة", "الغرفة", "السعر", "مضمون ببطاقة", "بياناتك",
           "عنوان الفاتورة", "الإلغاء مجاني حتى الساعة 18:00 من اليوم السابق للوصول.", "ليالٍ"),
    "ru": ("Подтверждение бронирования", "Номер подтверждения", "рады подтвердить ваше бронирование.", "Гости", "Заезд", "Выезд", "Номер",
           "Тариф", "Гарантия картой", "Ваши данные", "Адрес для счёта", "Бесплатная отмена до 18:00 накануне заезда.", "ночи"),
}
ROOMS = ["Deluxe King", "Superior Double", "Classic Twin", "Junior Suite", "Standard Queen", "Executive Room, city view", "Family Room"]


@tpl("hotel_confirmation", 28)
def t_hotel(R):
    lang = R.choice(sorted(HC))
    T = HC[lang]
    cc = pick_cc(R, lang)
    g = person(R, cul_of(cc, lang))
    h = R.choice(HOTELS)
    conf = str(R.randint(10000000, 99999999)) if R.random() < 0.5 else "%s-%d" % (rnd(R, string.ascii_uppercase, 3), R.randint(100000, 999999))
    ar_d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    nights = R.randint(1, 9)
    body = ["%s – %s\n%s: " % (T[0], h[0], T[1]), N(conf, "hotel_confirmation"), "\n\n"] + salute(R, g, lang) + ["\n\n", T[2], "\n\n"]
    guests = [g] + ([relative(R, g)] if R.random() < 0.45 else [])
    if not distinct_names(guests):
        return None
    body += ["%s: " % T[3]]
    for i, q in enumerate(guests):
        body += ([", "] if i else []) + [Lp(q.full() if lang not in ("en", "de", "fr", "es", "it", "nl", "pt") or not q.native else q.latin())]
    body += ["\n%s: %s   %s: %s   (%d %s)\n" % (T[4], fdate(R, ar_d, lang, "num"), T[5], fdate(R, ar_d + datetime.timedelta(days=nights), lang, "num"), nights, T[12]),
             "%s: %s, %d Ad.\n%s: %s\n" % (T[6], R.choice(ROOMS), len(guests) + R.choice([0, 0, 1]), T[7], money(R, lang, 90, 2900))]
    mc, last = masked_card(R)
    body += ["%s: %s " % (T[8], R.choice(["Visa", "Mastercard", "American Express"])), mc, "\n\n",
             "%s: " % T[9], Le(email_of(R, g, cc)), " · ", phone(R, cc)]
    if R.random() < 0.45:
        body += ["\n%s: " % T[10], La(address(R, cc), cc)]
    body += ["\n\n", T[11], "\n\n", N(h[0], "hotel_name"), " · ", N(h[1], "hotel_address"), " · Tel. ", N(h[3], "hotel_switchboard"), " · ", N(h[4], "role_mailbox")]
    if R.random() < 0.3:
        body += ["\n\n", HC_CARD[lang][0], card(R), " %02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), HC_CARD[lang][1]]
    return "email", lang, wrap(R, lang, body)


HC_CARD = {"en": ("> My reply: please take the deposit from this card instead: ", ". Thanks!"),
           "de": ("> Meine Antwort: Bitte die Anzahlung stattdessen von dieser Karte abbuchen: ", ". Danke!"),
           "fr": ("> Ma réponse : merci de prélever l'acompte sur cette carte : ", ". Merci !"),
           "es": ("> Mi respuesta: por favor, cobren el depósito en esta tarjeta: ", ". ¡Gracias!"),
           "it": ("> La mia risposta: per favore addebitate l'acconto su questa carta: ", ". Grazie!"),
           "nl": ("> Mijn antwoord: graag de aanbetaling van deze kaart afschrijven: ", ". Dank!"),
           "pt": ("> A minha resposta: por favor cobrem o sinal neste cartão: ", ". Obrigado!"),
           "ja": ("> 返信：デポジットはこちらのカードでお願いします ", "。"), "zh": ("> 我的回复：押金请从这张卡扣：", "。"),
           "ko": ("> 제 답장: 보증금은 이 카드로 결제해 주세요 ", "."), "tr": ("> Cevabım: depozitoyu lütfen bu karttan çekin: ", ". Teşekkürler!"),
           "el": ("> Η απάντησή μου: χρεώστε την προκαταβολή σε αυτή την κάρτα: ", ". Ευχαριστώ!"), "th": ("> ตอบกลับ: กรุณาเก็บมัดจำจากบัตรนี้ ", " ขอบคุณค่ะ"),
           "ru": ("> Мой ответ: пожалуйста, спишите депозит с этой карты: ", ". Спасибо!"),
           "ar": ("> ردّي: يرجى خصم العربون من هذه البطاقة: ", ". شكراً!")}


CAF = {
    "en": ("CREDIT CARD AUTHORISATION FORM", "I hereby authorise {hotel} to charge my credit card for the stay of the guest(s) named below.",
           "Cardholder name", "Card type", "Card number", "Expiry date", "CVV", "Billing address", "Phone", "E-mail", "Guest name(s)",
           "Arrival / departure", "Charges", "Room and breakfast, city tax", "Signature", "Date"),
    "de": ("KREDITKARTENAUTORISIERUNG", "Hiermit ermächtige ich {hotel}, meine Kreditkarte für den Aufenthalt der unten genannten Gäste zu belasten.",
           "Karteninhaber", "Kartentyp", "Kartennummer", "Gültig bis", "Prüfziffer", "Rechnungsanschrift", "Telefon", "E-Mail", "Name des Gastes",
           "Anreise / Abreise", "Kosten", "Übernachtung mit Frühstück, Kurtaxe", "Unterschrift", "Datum"),
    "fr": ("FORMULAIRE D'AUTORISATION DE CARTE BANCAIRE", "J'autorise {hotel} à débiter ma carte pour le séjour du ou des clients ci-dessous.",
           "Titulaire de la carte", "Type de carte", "Numéro de carte", "Date d'expiration", "Cryptogramme", "Adresse de facturation", "Téléphone",
           "E-mail", "Nom du client", "Arrivée / départ", "Frais", "Chambre et petit-déjeuner, taxe de séjour", "Signature", "Date"),
    "es": ("FORMULARIO DE AUTORIZACIÓN DE TARJETA", "Autorizo a {hotel} a cargar en mi tarjeta la estancia de los huéspedes indicados.",
           "Titular de la tarjeta", "Tipo de tarjeta", "Número de tarjeta", "Caducidad", "CVV", "Dirección de facturación", "Teléfono", "Correo electrónico",
           "Nombre del huésped", "Llegada / salida", "Cargos", "Alojamiento y desayuno, tasa turística", "Firma", "Fecha"),
    "it": ("MODULO DI AUTORIZZAZIONE CARTA DI CREDITO", "Autorizzo {hotel} ad addebitare sulla mia carta il soggiorno degli ospiti indicati.",
           "Titolare della carta", "Circuito", "Numero carta", "Scadenza", "CVV", "Indirizzo di fatturazione", "Telefono", "E-mail", "Nome ospite",
           "Arrivo / partenza", "Addebiti", "Pernottamento e colazione, tassa di soggiorno", "Firma", "Data"),
    "pt": ("FORMULÁRIO DE AUTORIZAÇÃO DE CARTÃO DE CRÉDITO", "Autorizo o {hotel} a debitar no meu cartão a estadia dos hóspedes indicados.",
           "Titular do cartão", "Tipo de cartão", "Número do cartão", "Validade", "CVV", "Morada de faturação", "Telefone", "E-mail", "Nome do hóspede",
           "Chegada / partida", "Encargos", "Alojamento e pequeno-almoço, taxa turística", "Assinatura", "Data"),
}


@tpl("card_auth_form", 14)
def t_card_auth(R):
    lang = R.choice(sorted(CAF))
    T = CAF[lang]
    cc = pick_cc(R, lang)
    payer = person(R, cul_of(cc, lang))
    guest = relative(R, payer) if R.random() < 0.6 else person(R, cul_of(cc, lang))
    if not distinct_names([payer, guest]):
        return None
    h = R.choice(HOTELS)
    iss = R.choice(["visa", "mastercard", "mastercard2", "amex", "visa"])
    cname = {"visa": "Visa", "mastercard": "Mastercard", "mastercard2": "Mastercard", "amex": "American Express"}[iss]
    d0 = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    w = 22
    body = [T[0], "\n", N(h[0], "hotel_name"), " – ", N(h[1], "hotel_address"), "\n\n"] + F(T[1], hotel=h[0]) + ["\n\n",
            "%-*s" % (w, T[2] + ": "), Lp(payer.full().upper() if R.random() < 0.3 else payer.full()), "\n",
            "%-*s%s\n" % (w, T[3] + ": ", cname),
            "%-*s" % (w, T[4] + ": "), card(R, iss), "\n",
            "%-*s%02d/%02d\n" % (w, T[5] + ": ", R.randint(1, 12), R.randint(27, 31)),
            "%-*s" % (w, T[6] + ": "), N("***", "masked_cvv"), "\n",
            "%-*s" % (w, T[7] + ": "), La(address(R, cc), cc), "\n",
            "%-*s" % (w, T[8] + ": "), phone(R, cc), "\n",
            "%-*s" % (w, T[9] + ": "), Le(email_of(R, payer, cc)), "\n",
            "%-*s" % (w, T[10] + ": "), Lp(guest.full()), "\n",
            "%-*s%s – %s\n" % (w, T[11] + ": ", fdate(R, d0, lang, "num"), fdate(R, d0 + datetime.timedelta(days=R.randint(2, 8)), lang, "num")),
            "%-*s%s (max. %s)\n\n" % (w, T[12] + ": ", T[13], money(R, lang, 200, 2500)),
            "%s: " % T[14], Lp(payer.full()), "    %s: %s" % (T[15], fdate(R, d0 - datetime.timedelta(days=R.randint(3, 40)), lang, "num"))]
    return "form", lang, wrap(R, lang, body)


# host chats: (host line, guest line) frames; {g} guest given, {h} host given
HOST = {
    "en": [("H", "Hi {g}, welcome! The flat is at {addr}. Check-in from 15:00."), ("G", "Thanks {h}! We land at 14:10 on {flight}, so probably around 16:30."),
           ("H", "The key box is left of the door, code {code}."), ("H", "Wi-Fi: {ssid} / password {pw}"),
           ("G", "Great. My number in case the driver can't find it: {gph}"), ("H", "Call me on {hph} if anything is wrong. Bins go out on Tuesday!"),
           ("G", "Is there parking nearby?"), ("H", "Blue zone on the street, 2 € per hour, free after 20:00.")],
    "de": [("H", "Hallo {g}, herzlich willkommen! Die Wohnung ist in der {addr}. Check-in ab 15 Uhr."),
           ("G", "Danke {h}! Wir landen um 14:10 mit {flight}, sind also gegen 16:30 da."), ("H", "Der Schlüsselkasten hängt links neben der Tür, Code {code}."),
           ("H", "WLAN: {ssid}, Passwort: {pw}"), ("G", "Super. Falls was ist, meine Handynummer: {gph}"), ("H", "Mich erreichst du unter {hph}. Müll bitte getrennt!"),
           ("G", "Gibt es in der Nähe einen Parkplatz?"), ("H", "Parkhaus am Markt, 14 € pro Tag.")],
    "fr": [("H", "Bonjour {g}, bienvenue ! L'appartement se trouve au {addr}. Arrivée à partir de 15h."),
           ("G", "Merci {h} ! On atterrit à 14h10 ({flight}), donc vers 16h30."), ("H", "La boîte à clés est à gauche de la porte, code {code}."),
           ("H", "Wifi : {ssid} – mot de passe : {pw}"), ("G", "Parfait. Mon portable au cas où : {gph}"), ("H", "Vous pouvez me joindre au {hph}. Bon séjour !"),
           ("G", "Il y a un parking pas loin ?"), ("H", "Parking Indigo à 200 m, 18 € la journée.")],
    "es": [("H", "¡Hola {g}, bienvenidos! El piso está en {addr}. Entrada a partir de las 15:00."),
           ("G", "¡Gracias {h}! Aterrizamos a las 14:10 en el {flight}, llegaremos sobre las 16:30."), ("H", "La caja de llaves está a la izquierda de la puerta, código {code}."),
           ("H", "WiFi: {ssid} / contraseña: {pw}"), ("G", "Genial. Mi móvil por si acaso: {gph}"), ("H", "Para cualquier cosa, llámame al {hph}."),
           ("G", "¿Hay aparcamiento cerca?"), ("H", "Zona azul en la calle, 1,80 € la hora.")],
    "it": [("H", "Ciao {g}, benvenuti! L'appartamento è in {addr}. Check-in dalle 15:00."),
           ("G", "Grazie {h}! Atterriamo alle 14:10 con il {flight}, arriviamo verso le 16:30."), ("H", "La cassetta delle chiavi è a sinistra del portone, codice {code}."),
           ("H", "Wi-Fi: {ssid}, password: {pw}"), ("G", "Perfetto. Il mio cellulare, nel caso: {gph}"), ("H", "Per qualsiasi cosa chiamami al {hph}."),
           ("G", "C'è un parcheggio vicino?"), ("H", "Strisce blu in strada, 1,50 € l'ora.")],
    "pt": [("H", "Olá {g}, bem-vindos! O apartamento fica na {addr}. Check-in a partir das 15h."),
           ("G", "Obrigado {h}! Aterramos às 14h10 no {flight}, chegamos por volta das 16h30."), ("H", "O cofre das chaves está à esquerda da porta, código {code}."),
           ("H", "Wi-Fi: {ssid} / palavra-passe: {pw}"), ("G", "Ótimo. O meu número, caso precise: {gph}"), ("H", "Qualquer coisa, liga-me para {hph}."),
           ("G", "Há estacionamento perto?"), ("H", "Parque público a 300 m, 12 € por dia.")],
    "nl": [("H", "Hoi {g}, welkom! Het appartement is op {addr}. Inchecken vanaf 15:00."),
           ("G", "Dank je {h}! We landen om 14:10 met {flight}, dus rond 16:30."), ("H", "Het sleutelkastje hangt links van de deur, code {code}."),
           ("H", "Wifi: {ssid}, wachtwoord: {pw}"), ("G", "Top. Mijn nummer voor de zekerheid: {gph}"), ("H", "Bel me gerust op {hph}."),
           ("G", "Kun je ergens parkeren?"), ("H", "P+R bij het station, € 6 per dag.")],
    "el": [("H", "Γεια σου {g}, καλώς ήρθατε! Το διαμέρισμα είναι στην {addr}. Check-in από τις 15:00."),
           ("G", "Ευχαριστώ {h}! Προσγειωνόμαστε 14:10 με την {flight}, θα είμαστε εκεί γύρω στις 16:30."),
           ("H", "Η κλειδοθήκη είναι αριστερά από την πόρτα, κωδικός {code}."), ("H", "Wi-Fi: {ssid} / κωδικός: {pw}"),
           ("G", "Τέλεια. Το κινητό μου για κάθε ενδεχόμενο: {gph}"), ("H", "Για οτιδήποτε πάρε με στο {hph}."),
           ("G", "Υπάρχει πάρκινγκ κοντά;"), ("H", "Δημοτικό πάρκινγκ στα 200 μ., 10 € τη μέρα.")],
    "tr": [("H", "Merhaba {g}, hoş geldiniz! Daire {addr} adresinde. Giriş saat 15:00'ten itibaren."),
           ("G", "Teşekkürler {h}! {flight} ile 14:10'da iniyoruz, 16:30 gibi orada oluruz."), ("H", "Anahtar kutusu kapının solunda, şifre {code}."),
           ("H", "Wi-Fi: {ssid} / şifre: {pw}"), ("G", "Harika. Olur da gerekirse numaram: {gph}"), ("H", "Bir sorun olursa beni {hph} numarasından arayın."),
           ("G", "Yakında otopark var mı?"), ("H", "Sokakta İSPARK var, saatlik 40 TL.")],
    "ja": [("H", "{g}さん、ようこそ！お部屋の住所は {addr} です。チェックインは15時からです。"),
           ("G", "{h}さん、ありがとうございます！{flight}で14:10着なので、16:30頃になります。"), ("H", "キーボックスはドアの左側、暗証番号は {code} です。"),
           ("H", "Wi-Fi: {ssid} / パスワード: {pw}"), ("G", "了解です。念のため私の番号です: {gph}"), ("H", "何かあれば {hph} までお電話ください。"),
           ("G", "近くに駐車場はありますか？"), ("H", "向かいのコインパーキングが1日1,500円です。")],
    "ko": [("H", "{g}님, 환영합니다! 숙소 주소는 {addr}입니다. 체크인은 15시부터예요."),
           ("G", "{h}님 감사합니다! {flight}편으로 14:10 도착이라 16:30쯤 갈 것 같아요."), ("H", "키박스는 문 왼쪽에 있고 비밀번호는 {code}입니다."),
           ("H", "와이파이: {ssid} / 비밀번호: {pw}"), ("G", "좋아요. 혹시 몰라 제 번호 남겨요: {gph}"), ("H", "문제 있으면 {hph}로 연락 주세요."),
           ("G", "근처에 주차할 곳 있나요?"), ("H", "건물 뒤 공영주차장 하루 12,000원이에요.")],
    "th": [("H", "สวัสดีค่ะคุณ{g} ยินดีต้อนรับ ที่พักอยู่ที่ {addr} เช็กอินได้ตั้งแต่ 15:00 น."),
           ("G", "ขอบคุณครับคุณ{h} เราลงเครื่อง {flight} เวลา 14:10 น่าจะถึงราว 16:30"), ("H", "กล่องกุญแจอยู่ทางซ้ายของประตู รหัส {code}"),
           ("H", "Wi-Fi: {ssid} รหัสผ่าน {pw}"), ("G", "โอเคครับ เบอร์ผมเผื่อไว้: {gph}"), ("H", "มีอะไรโทรหาได้ที่ {hph} นะคะ"),
           ("G", "แถวนั้นมีที่จอดรถไหม"), ("H", "มีลานจอดหน้าตึก วันละ 200 บาท")],
}


def stamper(R, lang, d):
    """Chat-export timestamps: one layout per chat, times increasing."""
    if lang in ("ja", "zh", "ko"):
        lay = "[%d/%02d/%02d %%s]" % (d.year, d.month, d.day)
    elif lang == "en" and R.random() < 0.5:
        lay = "[%d/%d/%02d, %%s]" % (d.month, d.day, d.year % 100)
    else:
        lay = "[%02d.%02d.%02d, %%s]" % (d.day, d.month, d.year % 100)
    clock = [R.randint(7 * 60, 20 * 60)]

    def nxt():
        clock[0] = min(clock[0] + R.randint(1, 45), 23 * 60 + 59)
        return lay % ("%02d:%02d" % divmod(clock[0], 60))
    return nxt


@tpl("host_chat", 26)
def t_host_chat(R):
    lang = R.choice(sorted(HOST))
    cc = pick_cc(R, lang)
    host = person(R, cul_of(cc, lang))
    gcc = cc if R.random() < 0.6 else R.choice(sorted(CTRY))
    guest = person(R, cul_of(gcc))
    if not distinct_names([host, guest]) or host.given == guest.given:
        return None
    hg = lambda: Lp(host.given)
    gg = lambda: Lp(guest.given if not guest.native or lang in ("ja", "ko", "th") and guest.cul in ("jp", "kr", "th") else guest.lgiven)
    code = AL[R.choice(AIRLINE_BY_LANG[lang])][0]
    kw = dict(addr=La(address(R, cc), cc), code=door_code(R), ssid=N(R.choice(["Casa", "Home", "FLAT", "Apt"]) + "_" + rnd(R, "ABCDEFGH23456789", 4), "wifi_ssid"),
              pw=wifi_pw(R), gph=phone(R, gcc, region=cc, mobile=True), hph=phone(R, cc, mobile=True), flight=N(flight_no(R, code), "flight_number"))
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    lines = HOST[lang]
    drop = set()
    for j, p_ in ((1, 0.5), (4, 0.5), (5, 0.3)):
        if R.random() < p_:
            drop.add(j)
    if R.random() < 0.8:
        drop.update({6, 7})
    keep = [ln for j, ln in enumerate(lines) if j not in drop]
    st = stamper(R, lang, d)
    body = []
    form = R.choice(["wa", "app", "app", "app"])
    last = None
    for i, (who, s) in enumerate(keep):
        kw2 = dict(kw, g=gg(), h=hg())
        sender = hg() if who == "H" else gg()
        if form == "wa":
            if who == last and body:
                body[-1:] = [" "]
                body += F(s, **kw2) + ["\n"]
            else:
                body += [st(), " ", sender, ": "] + F(s, **kw2) + ["\n"]
        else:
            if who != last:
                body += ["\n" if body else "", sender, " · %s\n" % st()[-6:-1].strip(" ,")]
            body += F(s, **kw2) + ["\n"]
        last = who
    return "chat_export", lang, wrap(R, lang, body)


CR = {
    "en": ("RENTAL AGREEMENT", "Agreement no.", "Main driver", "Date of birth", "Home address", "Mobile", "E-mail", "Driving licence",
           "checked at the counter, category B, held since", "ID presented", "passport", "Additional driver", "Pick-up", "Return", "Vehicle",
           "Plate", "Deposit", "pre-authorised on", "Fuel: full to full", "Signed"),
    "de": ("MIETVERTRAG", "Vertragsnr.", "Hauptfahrer", "Geburtsdatum", "Wohnanschrift", "Mobil", "E-Mail", "Führerschein",
           "am Schalter geprüft, Klasse B, seit", "Ausweisdokument", "Reisepass", "Zusatzfahrer", "Abholung", "Rückgabe", "Fahrzeug",
           "Kennzeichen", "Kaution", "vorautorisiert auf", "Tankregelung: voll/voll", "Unterschrift"),
    "fr": ("CONTRAT DE LOCATION", "N° de contrat", "Conducteur principal", "Date de naissance", "Adresse", "Portable", "E-mail", "Permis de conduire",
           "vérifié au comptoir, catégorie B, obtenu en", "Pièce d'identité", "passeport", "Conducteur additionnel", "Départ", "Retour", "Véhicule",
           "Immatriculation", "Dépôt de garantie", "pré-autorisé sur", "Carburant : plein/plein", "Signature"),
    "es": ("CONTRATO DE ALQUILER", "N.º de contrato", "Conductor principal", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo", "Permiso de conducir",
           "n.º", "Documento de identidad", "pasaporte", "Conductor adicional", "Recogida", "Devolución", "Vehículo", "Matrícula", "Fianza",
           "bloqueada en", "Combustible: lleno/lleno", "Firma"),
    "it": ("CONTRATTO DI NOLEGGIO", "N. contratto", "Conducente principale", "Data di nascita", "Indirizzo di residenza", "Cellulare", "E-mail",
           "Patente di guida", "verificata al banco, categoria B, dal", "Documento", "passaporto", "Secondo conducente", "Ritiro", "Riconsegna",
           "Veicolo", "Targa", "Deposito cauzionale", "pre-autorizzato su", "Carburante: pieno/pieno", "Firma"),
    "pt": ("CONTRATO DE ALUGUER", "N.º do contrato", "Condutor principal", "Data de nascimento", "Morada", "Telemóvel", "E-mail", "Carta de condução",
           "verificada no balcão, categoria B, desde", "Documento de identificação", "passaporte", "Condutor adicional", "Levantamento", "Devolução",
           "Viatura", "Matrícula", "Caução", "pré-autorizada em", "Combustível: cheio/cheio", "Assinatura"),
    "el": ("ΣΥΜΒΑΣΗ ΜΙΣΘΩΣΗΣ", "Αρ. σύμβασης", "Κύριος οδηγός", "Ημερομηνία γέννησης", "Διεύθυνση κατοικίας", "Κινητό", "E-mail", "Δίπλωμα οδήγησης",
           "ελέγχθηκε στο γκισέ, κατηγορία Β, από το", "Έγγραφο ταυτότητας", "διαβατήριο", "Πρόσθετος οδηγός", "Παραλαβή", "Επιστροφή", "Όχημα",
           "Πινακίδα", "Εγγύηση", "δεσμευμένη στην κάρτα", "Καύσιμο: γεμάτο/γεμάτο", "Υπογραφή"),
    "tr": ("KİRALAMA SÖZLEŞMESİ", "Sözleşme no", "Ana sürücü", "Doğum tarihi", "Ev adresi", "Cep", "E-posta", "Ehliyet",
           "bankoda kontrol edildi, B sınıfı, veriliş yılı", "Kimlik belgesi", "pasaport", "Ek sürücü", "Teslim alma", "İade", "Araç", "Plaka",
           "Depozito", "ön provizyon:", "Yakıt: dolu/dolu", "İmza"),
}
RENTAL_CO = ["Sixt", "Europcar", "Hertz", "Avis", "Enterprise", "Goldcar", "Alamo", "Budget", "Centauro", "Autoeurope"]
PLATES = {"en": lambda R: "%s%d %s" % (rnd(R, "ABDEFGHKLMNOPRSVWY", 2), R.randint(16, 75), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3)),
          "de": lambda R: "%s-%s %d" % (R.choice(["M", "F", "B", "HH", "K"]), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(100, 9999)),
          "fr": lambda R: "%s-%03d-%s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
          "es": lambda R: "%04d %s" % (R.randint(0, 9999), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
          "it": lambda R: "%s %03d%s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
          "pt": lambda R: "%s-%02d-%s" % (rnd(R, "ABCDEFGHIJLMNOPRSTUVXZ", 2), R.randint(0, 99), rnd(R, "ABCDEFGHIJLMNOPRSTUVXZ", 2)),
          "el": lambda R: "%s-%04d" % (rnd(R, "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", 3), R.randint(1000, 9999)),
          "tr": lambda R: "%02d %s %d" % (R.randint(1, 81), rnd(R, "ABCDEFGHJKLMNPRSTUVYZ", 2), R.randint(100, 9999))}
CARS = ["VW Golf", "Fiat 500", "Peugeot 208", "Toyota Yaris Hybrid", "Seat Ibiza", "Opel Corsa", "Skoda Octavia Combi", "Renault Clio", "BMW 118i"]


@tpl("car_rental", 20)
def t_car_rental(R):
    lang = R.choice(["en", "de", "fr", "es", "es", "es", "it", "pt", "el", "tr"])
    T = CR[lang]
    dest = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "el": "GR", "tr": "TR"}[lang]
    cc = pick_cc(R, lang) if R.random() < 0.7 else R.choice(sorted(CTRY))
    if lang == "es":
        cc = "ES"
    p = person(R, cul_of(cc, lang))
    ap = R.choice(AIRPORT_CODES)
    w = 22
    body = ["%s · %s\n%s: " % (T[0], R.choice(RENTAL_CO), T[1]), N("%d%s" % (R.randint(100000000, 999999999), rnd(R, string.ascii_uppercase, 1)), "rental_agreement_no"), "\n\n",
            "%-*s" % (w, T[2] + ": "), Lp(p.full() if not p.native else p.latin()), "\n",
            "%-*s" % (w, T[3] + ": "), L("dob", fdate(R, bdate(R, 1955, 2001), lang, "num")), "\n",
            "%-*s" % (w, T[4] + ": "), La(address(R, cc, latin=lang not in ("ru",)), cc), "\n",
            "%-*s" % (w, T[5] + ": "), phone(R, cc, region=dest, mobile=True), "\n",
            "%-*s" % (w, T[6] + ": "), Le(email_of(R, p, cc)), "\n"]
    if lang == "es":
        body += ["%-*s%s " % (w, T[7] + ": ", T[8]), g_dni(R), " (%s %d)\n" % ("expedido", R.randint(1995, 2022))]
    else:
        body += ["%-*s%s %d\n" % (w, T[7] + ": ", T[8], R.randint(1975, 2020))]
        if R.random() < 0.6:
            body += ["%-*s%s " % (w, T[9] + ": ", T[10]), passport(R, p.cul), "\n"]
    if R.random() < 0.45:
        q = relative(R, p)
        if not distinct_names([p, q]):
            return None
        body += ["%-*s" % (w, T[11] + ": "), Lp(q.full() if not q.native else q.latin()), ", ", L("dob", fdate(R, bdate(R, 1955, 2001), lang, "num")), "\n"]
    d0 = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    mc, last = masked_card(R)
    body += ["\n%-*s%s %s, %s %s\n" % (w, T[12] + ": ", ap, AIRPORTS[ap], fdate(R, d0, lang, "num"), hhmm(R)),
             "%-*s%s %s, %s %s\n" % (w, T[13] + ": ", ap, AIRPORTS[ap], fdate(R, d0 + datetime.timedelta(days=R.randint(2, 14)), lang, "num"), hhmm(R)),
             "%-*s%s (%s)  %s: " % (w, T[14] + ": ", R.choice(CARS), R.choice(["ECMR", "CDMR", "EDAR", "IDMR"]), T[15]), N(PLATES[lang](R), "plate"), "\n",
             "%-*s%s %s " % (w, T[16] + ": ", money(R, "de" if lang in ("el", "tr", "pt", "it", "es", "fr") else lang, 300, 1500), T[17]), mc, "\n",
             T[18], "\n\n", "%s: " % T[19], Lp(p.full() if not p.native else p.latin())]
    return "contract", lang, wrap(R, lang, body)


def dep_arr(R, stations):
    """(from, departure, to, arrival): two distinct stations, arrival after departure."""
    a, b = R.sample(stations, 2)
    h, m = R.randint(5, 18), R.choice(range(0, 60, 5))
    dur = R.randint(50, 330)
    e = h * 60 + m + dur
    return a, "%02d:%02d" % (h, m), b, "%02d:%02d" % (e // 60, e % 60)


@tpl("rail_ticket", 24)
def t_rail(R):
    k = R.choice(["db", "sncf", "renfe", "trenitalia", "ns", "sj", "pkp", "eurostar", "jr", "korail", "12306", "renfe"])
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    if k == "db":
        lang, cc = "de", R.choice(["DE", "DE", "AT", "CH"])
        p = person(R, cul_of(cc))
        body = ["Ihre Fahrkarte · Deutsche Bahn\nAuftragsnummer: ", N("%d" % R.randint(100000000000, 999999999999), "order_number"),
                "\nFlexpreis · 2. Klasse · Hinfahrt am %s\n" % fdate(R, d, "de", "num"),
                "%s ab %s → %s an %s · ICE %d · Wagen %d, Platz " % (dep_arr(R, STATIONS[:5]) + (R.randint(500, 1999), R.randint(1, 14))), N(str(R.randint(11, 128)), "seat"),
                "\n\nReisender: ", Lp(p.full()), "\n"]
        if R.random() < 0.6:
            body += ["Zur Identifikation: BahnCard 25, Nr. ", N(" ".join(split_groups(non_luhn(R, 16, "7081"), [4, 4, 4, 4])), "loyalty_card"), "\n"]
        body += ["Kontakt: ", Le(email_of(R, p, cc)), "\n\nDie Fahrkarte gilt nur zusammen mit einem amtlichen Lichtbildausweis."]
    elif k == "sncf":
        lang, cc = "fr", R.choice(["FR", "FR", "BE"])
        p = person(R, cul_of(cc, "fr"))
        body = ["SNCF Connect · E-billet\nRéférence dossier : ", N(pnr(R), "booking_reference"), "\n", fdate(R, d, "fr", "num"),
                " · TGV INOUI %d · %s %s → %s %s\n" % (R.randint(6100, 9899), *dep_arr(R, STATIONS[5:10])),
                "Voiture %d · Place " % R.randint(1, 18), N(str(R.randint(11, 118)), "seat"), "\n\nPassager : ", Lp(p.full().upper() if R.random() < 0.4 else p.full())]
        if R.random() < 0.5:
            body += ["\nCarte Avantage Adulte n° ", N("2909" + digits(R, 13), "loyalty_card")]
        body += ["\nTéléphone : ", phone(R, cc, region="FR", mobile=True), "\n\nBillet nominatif, à présenter avec une pièce d'identité."]
    elif k == "renfe":
        lang, cc = "es", R.choice(["ES", "ES", "ES", "MX"])
        p = person(R, cul_of(cc, "es"))
        doc = g_dni(R) if cc == "ES" and R.random() < 0.6 else (g_nie(R) if cc == "ES" else passport(R, p.cul))
        body = ["Renfe · Billete electrónico\nLocalizador: ", N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ23456789", 6), "booking_reference"),
                "\nAVE %05d · %s · %s %s → %s %s\n" % (R.randint(2000, 9999), fdate(R, d, "es", "num"), *dep_arr(R, STATIONS[10:14])),
                "Coche %d · Plaza " % R.randint(1, 12), N("%02d%s" % (R.randint(1, 18), R.choice("ABCD")), "seat"), " · Tarifa Básico\n\n",
                "Viajero: ", Lp(p.full()), "\nDocumento (%s): " % {"dni": "DNI", "nie": "NIE"}.get(doc.meta["sub"], "Pasaporte"), doc, "\n"]
        if R.random() < 0.5:
            body += ["Tarjeta Más Renfe: ", N(non_luhn(R, 11, "63"), "loyalty_card"), "\n"]
        body += ["Email: ", Le(email_of(R, p, cc)), "\n\nEs obligatorio presentar el documento indicado en el acceso."]
    elif k == "trenitalia":
        lang, cc = "it", "IT"
        p = person(R, "it")
        body = ["Trenitalia · Biglietto\nPNR: ", N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ23456789", 6), "booking_reference"), "  Codice biglietto: ", N(str(R.randint(2000000000, 2999999999)), "ticket_code"),
                "\nFrecciarossa %d · %s · %s %s → %s %s\n" % (R.randint(9500, 9699), fdate(R, d, "it", "num"), *dep_arr(R, STATIONS[14:20])),
                "Carrozza %d · Posto " % R.randint(1, 10), N("%d%s" % (R.randint(1, 18), R.choice("ABCD")), "seat"), "\n\nPasseggero: ", Lp(p.full())]
        if R.random() < 0.5:
            body += ["\nCartaFRECCIA: ", N(non_luhn(R, 9, "5"), "loyalty_card")]
        body += ["\nCellulare: ", phone(R, "IT", mobile=True), "\nE-mail: ", Le(email_of(R, p, "IT"))]
    elif k == "ns":
        lang, cc = "nl", R.choice(["NL", "BE"])
        p = person(R, cul_of(cc))
        body = ["NS International · E-ticket\nBoekingsnummer: ", N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 6), "booking_reference"),
                "\nEurocity Direct · %s · %s %s → %s %s · rijtuig %d, stoel " % (fdate(R, d, "nl", "num"), *(dep_arr(R, ["Amsterdam Centraal", "Bruxelles-Midi", "Antwerpen-Centraal", "Rotterdam Centraal"]) + (R.randint(1, 9),))),
                N(str(R.randint(11, 88)), "seat"), "\n\nReiziger: ", Lp(p.full()), "\nE-mail: ", Le(email_of(R, p, cc)), "\nTelefoon: ", phone(R, cc, mobile=True),
                "\n\nNeem een geldig identiteitsbewijs mee."]
    elif k == "sj":
        lang, cc = "sv", "SE"
        p = person(R, "se")
        body = ["SJ · Biljett\nBokningsnummer: ", N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(R, 4), "booking_reference"),
                "\nSJ Snabbtåg %d · %s · Stockholm Centralstation %s → Göteborg Centralstation %s\nVagn %d, plats " % (R.randint(400, 499), fdate(R, d, "sv", "num"), *dep_arr(R, ["x", "y"])[1::2], R.randint(1, 7)),
                N(str(R.randint(1, 80)), "seat"), "\n\nResenär: ", Lp(p.full()), "\nMobil: ", phone(R, "SE", mobile=True), "\nE-post: ", Le(email_of(R, p, "SE"))]
    elif k == "pkp":
        lang, cc = "pl", "PL"
        p = person(R, "pl")
        body = ["PKP Intercity · Bilet\nNr biletu: ", N("e%s" % digits(R, 9), "ticket_code"),
                "\nEIP %d · %s · %s %s → %s %s\nWagon %d, miejsce " % (R.randint(1000, 9999), fdate(R, d, "pl", "num"), *dep_arr(R, ["Kraków Główny", "Warszawa Centralna"]), R.randint(1, 9)),
                N(str(R.randint(11, 88)), "seat"), "\n\nPodróżny: ", Lp(p.full()), "\nDokument: paszport ", passport(R, "pl"), "\nE-mail: ", Le(email_of(R, p, "PL"))]
    elif k == "eurostar":
        lang, cc = "en", R.choice(["GB", "GB", "US", "IE"])
        p = person(R, cul_of(cc))
        q = relative(R, p)
        if not distinct_names([p, q]):
            return None
        body = ["Eurostar · Your e-tickets\nBooking reference: ", N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 6), "booking_reference"),
                "\n%s · London St Pancras International %s → Paris Gare du Nord %s · Coach %d\n\n" % (fdate(R, d, "en", "num"), *dep_arr(R, ["x", "y"])[1::2], R.randint(1, 18)),
                "Passenger 1: ", Lp(p.full()), " · Seat ", N(str(R.randint(11, 88)), "seat"), "\nPassenger 2: ", Lp(q.full()), " · Seat ", N(str(R.randint(11, 88)), "seat"),
                "\n\nLead booker: ", Le(email_of(R, p, cc)), " / ", phone(R, cc, region="GB"), "\nCheck-in closes 30 minutes before departure."]
    elif k == "jr":
        lang, cc = "ja", "JP"
        p = person(R, "jp")
        body = ["JR東日本 えきねっと 予約確認\n予約番号: ", N(digits(R, 6), "booking_reference"),
                "\n乗車日: %s\nはやぶさ%d号 東京 %s発 → 新函館北斗 %s着\n%d号車 " % (fdate(R, d, "ja", "num"), R.randint(1, 39), *dep_arr(R, ["x", "y"])[1::2], R.randint(1, 10)),
                N("%d番%s席" % (R.randint(1, 20), R.choice("ABCDE")), "seat"), "\n\nお名前: ", Lp(p.full_sp()), "\n電話番号: ", phone(R, "JP", mobile=True),
                "\nメール: ", Le(email_of(R, p, "JP"))]
    elif k == "korail":
        lang, cc = "ko", "KR"
        p = person(R, "kr")
        body = ["코레일 승차권 확인\n승차권 번호: ", N("%05d-%04d-%05d-%02d" % (R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99999), R.randint(0, 99)), "ticket_code"),
                "\nKTX %03d · %s · 서울역 %s → 부산역 %s\n%d호차 " % (R.randint(1, 199), fdate(R, d, "ko", "num"), *dep_arr(R, ["x", "y"])[1::2], R.randint(1, 18)),
                N("%d%s" % (R.randint(1, 14), R.choice("ABCD")), "seat"), "\n\n승객: ", Lp(p.full()), "\n회원번호: ", N(digits(R, 10), "membership_number"),
                "\n휴대폰: ", phone(R, "KR", mobile=True)]
    else:
        lang, cc = "zh", "CN"
        p = person(R, "cn")
        body = ["12306 订单信息\n订单号: ", N(rnd(R, "E", 1) + digits(R, 9), "order_number"),
                "\n%s G%d次 北京南站 %s开 → 上海虹桥站 %s到\n%d车 " % (fdate(R, d, "zh", "num"), R.randint(1, 199), *dep_arr(R, ["x", "y"])[1::2], R.randint(1, 16)),
                N("%02d%s号" % (R.randint(1, 18), R.choice("ABCDF")), "seat"), " 二等座\n\n乘车人: ", Lp(p.full()),
                "\n证件类型: 中国居民身份证  证件号码: ", N("%s**********%s" % (R.choice(CN_AREAS)[:4], digits(R, 3) + R.choice("0123456789X")), "masked_id"),
                "\n手机号: ", phone(R, "CN", mobile=True)]
    return "ticket", lang, wrap(R, lang, body)


def th_id_make(R):
    d12 = R.choice("1358") + digits(R, 11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(d12))
    return d12 + str((11 - s % 11) % 10)


def th_id_ok(s):
    c = s.replace(" ", "").replace("-", "")
    return len(c) == 13 and c.isdigit() and (11 - sum(int(x) * (13 - i) for i, x in enumerate(c[:12])) % 11) % 10 == int(c[12])


def g_thid(R):
    s = th_id_make(R)
    return L("gov_id", R.choice([s, "%s %s %s %s %s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])]), sub="th_id")


def nat_id(R, p, d):
    """The national id an applicant of this culture writes in the form."""
    if p.cul == "in":
        return g_aadhaar(R) if R.random() < 0.7 else g_pan(R, p)
    if p.cul == "tr":
        return g_tckn(R)
    if p.cul == "cn":
        return g_cnid(R, d, p.sex)
    if p.cul == "th":
        return g_thid(R)
    if p.cul == "br":
        return g_cpf(R)
    return None


NATIONALITY = {"in": "Indian", "cn": "Chinese", "tr": "Turkish", "ru": "Russian", "th": "Thai", "br": "Brazilian", "mx": "Mexican", "ae": "Emirati"}
BIRTH_CITY = {"in": ["Pune", "Chennai", "Lucknow", "Kochi", "Nagpur"], "cn": ["Wuhan", "Nanjing", "Xi'an", "Chengdu"], "tr": ["Ankara", "Bursa", "Trabzon", "İzmir"],
              "ru": ["Kazan", "Samara", "Omsk", "Tula"], "th": ["Chiang Mai", "Khon Kaen", "Hat Yai"], "br": ["Campinas", "Recife", "Curitiba"],
              "mx": ["Puebla", "Mérida", "Monterrey"]}
VISA_NOTE = {
    "in": "Filling the Schengen form for our trip, please check my answers:", "zh": "我在填申根签证申请表，帮我检查一下有没有填错：",
    "tr": "Schengen vize formunu doldurdum, bir kontrol eder misin?", "ru": "Заполняю анкету на шенгенскую визу, проверь, пожалуйста, всё ли правильно:",
    "th": "กำลังกรอกแบบฟอร์มวีซ่าเชงเก้น ช่วยตรวจให้หน่อยว่ากรอกถูกไหม", "pt": "Estou preenchendo o DS-160 para o visto americano. Confere se está tudo certo?",
    "es": "Estoy llenando el DS-160 para la visa de Estados Unidos, ¿me ayudas a revisarlo?",
}
EMPLOYERS = {"in": ("Infosys Ltd", "Electronics City, Hosur Road, Bengaluru 560100", "+91 80 2852 0261"),
             "cn": ("中国银行上海分行", "上海市浦东新区银城中路200号", "021-3877 8888"),
             "tr": ("Koç Holding A.Ş.", "Nakkaştepe, Azizbey Sok. No:1, 34674 Üsküdar/İstanbul", "0216 531 00 00"),
             "ru": ("ПАО «Сбербанк»", "ул. Вавилова, 19, Москва, 117312", "8 800 555-55-50"),
             "th": ("Siam Cement Group", "1 Siam Cement Road, Bang Sue, Bangkok 10800", "02 586 3333"),
             "br": ("Banco do Brasil S.A.", "SAUN Quadra 5, Lote B, Brasília - DF, 70040-912", "4004-0001"),
             "mx": ("Grupo Bimbo", "Prolongación Paseo de la Reforma 1000, 01210 Ciudad de México", "55 5268 6600")}


@tpl("visa_application", 28)
def t_visa(R):
    kind = R.choice(["schengen", "schengen", "schengen", "ds160", "uk"])
    if kind == "schengen":
        cul = R.choice(["in", "cn", "tr", "ru", "th"])
    elif kind == "ds160":
        cul = R.choice(["br", "mx", "in", "th", "cn", "tr"])
    else:
        cul = R.choice(["in", "tr", "cn", "th"])
    lang = {"in": "in", "cn": "zh", "tr": "tr", "ru": "ru", "th": "th", "br": "pt", "mx": "es"}[cul]
    cc = {"in": "IN", "cn": "CN", "tr": "TR", "ru": "RU", "th": "TH", "br": "BR", "mx": "MX"}[cul]
    p = person(R, cul)
    d = bdate(R, 1960, 2003)
    latin = lang in ("in", "pt", "es")
    nid = nat_id(R, p, d)
    emp = EMPLOYERS[cul]
    bil = {"zh": ["姓 ", "名 ", "出生日期 ", "出生地 ", "身份证号 ", "护照号码 ", "住址 ", "电话 ", "电子邮箱 ", "工作单位 "],
           "ru": ["Фамилия / ", "Имя / ", "Дата рождения / ", "Место рождения / ", "", "Номер паспорта / ", "Адрес / ", "Телефон / ", "Эл. почта / ", "Работодатель / "],
           "tr": ["Soyadı / ", "Adı / ", "Doğum tarihi / ", "Doğum yeri / ", "T.C. Kimlik No / ", "Pasaport no / ", "Adres / ", "Telefon / ", "E-posta / ", "İşveren / "],
           "th": ["นามสกุล / ", "ชื่อ / ", "วันเกิด / ", "สถานที่เกิด / ", "เลขประจำตัวประชาชน / ", "เลขหนังสือเดินทาง / ", "ที่อยู่ / ", "โทรศัพท์ / ", "อีเมล / ", "นายจ้าง / "]}.get(lang, [""] * 10)
    dstyle = "num"
    if kind == "schengen":
        body = ["SCHENGEN VISA APPLICATION – draft\n",
                "1. %sSurname: " % bil[0], Lp(p.lfamily.upper()), "\n",
                "3. %sFirst name(s): " % bil[1], Lp(p.lgiven.upper()), "\n",
                "4. %sDate of birth: " % bil[2], L("dob", "%02d-%02d-%d" % (d.day, d.month, d.year)), "\n",
                "5. %sPlace of birth: %s\n" % (bil[3], R.choice(BIRTH_CITY[cul])), "7. Current nationality: %s\n" % NATIONALITY[cul],
                "9. Civil status: %s\n" % R.choice(["Married", "Single"])]
        if nid is not None:
            body += ["11. %sNational identity number: " % bil[4], nid, "\n"]
        body += ["12. Type of travel document: Ordinary passport\n", "13. %sNumber of travel document: " % bil[5], passport(R, cul), "\n",
                 "14. Date of issue: %s   15. Valid until: %s\n" % (fdate(R, datetime.date(R.randint(2017, 2024), R.randint(1, 12), R.randint(1, 28)), "en", "num"),
                                                                fdate(R, datetime.date(R.randint(2027, 2034), R.randint(1, 12), R.randint(1, 28)), "en", "num")),
                 "17. %sHome address: " % bil[6], La(address(R, cc, latin=True), cc), "\n",
                 "    %sTelephone: " % bil[7], phone(R, cc, mobile=True, style=R.choice(["intl", "nat"])), "   E-mail: ", Le(email_of(R, p, cc)), "\n",
                 "19. Current occupation: %s\n" % R.choice(["Software engineer", "Accountant", "Teacher", "Sales manager", "Architect"]),
                 "20. %sEmployer: " % bil[9], N(emp[0], "employer"), ", ", N(emp[1], "employer_address"), ", ", N(emp[2], "employer_phone"), "\n",
                 "23. Member State of main destination: %s\n" % R.choice(["Germany", "France", "Italy", "Spain", "Netherlands", "Austria"])]
        if R.random() < 0.55:
            hcc = R.choice(["DE", "FR", "IT", "ES", "NL", "AT"])
            host = person(R, cul_of(hcc))
            body += ["30. Inviting person: ", Lp(host.surname_first() if R.random() < 0.5 else host.full()), ", ", La(address(R, hcc), hcc), ", ",
                     phone(R, hcc, region=cc), "\n"]
        else:
            h = R.choice([x for x in HOTELS if x[2] in ("DE", "FR", "IT", "ES", "NL", "AT", "CH", "PT", "GR", "SE", "PL")])
            body += ["30. Hotel: ", N(h[0], "hotel_name"), ", ", N(h[1], "hotel_address"), ", ", N(h[3], "hotel_switchboard"), "\n"]
        body += ["29. Intended date of arrival: %s\n" % fdate(R, datetime.date(2026, R.randint(1, 12), R.randint(1, 28)), "in", "num")]
    elif kind == "ds160":
        father = relative(R, p, "m")
        if not distinct_names([p, father]):
            return None
        body = ["DS-160 – Personal Information (draft)\n", "Surnames: ", Lp(p.lfamily.upper()), "\nGiven Names: ", Lp(p.lgiven.upper()), "\n"]
        if p.native:
            body += ["Full Name in Native Alphabet: ", Lp(p.full()), "\n"]
        else:
            body += ["Full Name in Native Alphabet: Does Not Apply\n"]
        body += ["Date of Birth: ", L("dob", "%02d-%s-%d" % (d.day, MON3[d.month - 1], d.year)), "\nCity of Birth: %s\n" % R.choice(BIRTH_CITY[cul])]
        body += ["National Identification Number: "] + ([nid] if nid is not None else ["Does Not Apply"]) + ["\nU.S. Social Security Number: Does Not Apply\n",
                 "Passport/Travel Document Number: ", passport(R, cul), "\nHome Address: ", La(address(R, cc, latin=True), cc), "\nPrimary Phone Number: ",
                 phone(R, cc, mobile=True), "\nEmail Address: ", Le(email_of(R, p, cc)), "\n"]
        if R.random() < 0.6:
            uc = person(R, "us")
            body += ["U.S. Point of Contact: ", Lp(uc.full()), ", ", La(address(R, "US"), "US"), ", ", phone(R, "US", region=cc), "\n"]
        else:
            body += ["U.S. Point of Contact: ", N("Marriott Marquis Houston, 1777 Walker Street, Houston, TX 77010", "hotel_address"), "\n"]
        body += ["Father's Surnames: ", Lp(father.lfamily.upper()), "   Father's Given Names: ", Lp(father.lgiven.upper()), "\n",
                 "Present Employer: ", N(emp[0], "employer"), "\nMonthly Income in Local Currency: %s\n" % "{:,}".format(R.randint(20, 400) * 1000)]
    else:
        body = ["UK Standard Visitor visa – my answers\n", "Given names: ", Lp(p.lgiven), "\nFamily name: ", Lp(p.lfamily), "\n",
                "Date of birth: ", L("dob", "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)), "\nNationality: %s\n" % NATIONALITY[cul],
                "Passport number: ", passport(R, cul), "\nIssuing authority: %s\n" % {"in": "Ministry of External Affairs", "tr": "Emniyet Genel Müdürlüğü", "cn": "National Immigration Administration", "th": "Ministry of Foreign Affairs"}[cul],
                "Address: ", La(address(R, cc, latin=True), cc), "\nTelephone: ", phone(R, cc, mobile=True), "\nEmail: ", Le(email_of(R, p, cc)), "\n"]
        if nid is not None:
            body += ["National ID: ", nid, "\n"]
        mo = relative(R, p, "f")
        if not distinct_names([p, mo]):
            return None
        body += ["Mother's name: ", Lp(mo.latin()), ", born ", L("dob", "%d %s %d" % (R.randint(1, 28), MONTHS["en"][R.randrange(12)], R.randint(1940, 1975))), "\n",
                 "Employer: ", N(emp[0], "employer"), " (", N(emp[2], "employer_phone"), ")\n",
                 "Where will you stay: ", N(R.choice(HOTEL_BY_CC["GB"])[0], "hotel_name"), ", London\n"]
    own = VISA_NOTE.get(lang) if R.random() < 0.5 and kind != "uk" else None
    if own is not None and ((kind == "ds160") != (lang in ("pt", "es"))):
        own = None
    return "form", lang, wrap(R, lang, body, own=own)


ETA = {
    "en": ("ESTA application summary", "Application number", "Status", "AUTHORIZATION APPROVED", "Family name", "First (given) name", "Date of birth",
           "Passport number", "Country of citizenship", "Valid until", "E-mail", "Travel authorisation is not a visa. Keep this page for your records."),
    "de": ("ESTA-Antrag – Zusammenfassung", "Antragsnummer", "Status", "GENEHMIGT", "Nachname", "Vorname", "Geburtsdatum", "Reisepassnummer",
           "Staatsangehörigkeit", "Gültig bis", "E-Mail", "Die Reisegenehmigung ist kein Visum."),
    "fr": ("Demande ESTA – récapitulatif", "Numéro de demande", "Statut", "AUTORISATION APPROUVÉE", "Nom", "Prénom", "Date de naissance",
           "Numéro de passeport", "Nationalité", "Valable jusqu'au", "E-mail", "L'autorisation de voyage n'est pas un visa."),
    "es": ("Resumen de la solicitud ESTA", "Número de solicitud", "Estado", "AUTORIZACIÓN APROBADA", "Apellidos", "Nombre", "Fecha de nacimiento",
           "Número de pasaporte", "Nacionalidad", "Válida hasta", "Correo electrónico", "La autorización de viaje no es un visado."),
    "it": ("Riepilogo domanda ESTA", "Numero di domanda", "Stato", "AUTORIZZAZIONE APPROVATA", "Cognome", "Nome", "Data di nascita",
           "Numero di passaporto", "Cittadinanza", "Valida fino al", "E-mail", "L'autorizzazione al viaggio non è un visto."),
    "nl": ("ESTA-aanvraag – overzicht", "Aanvraagnummer", "Status", "GOEDGEKEURD", "Achternaam", "Voornaam", "Geboortedatum", "Paspoortnummer",
           "Nationaliteit", "Geldig tot", "E-mail", "Een reisvergunning is geen visum."),
    "pt": ("Resumo do pedido ESTA", "Número do pedido", "Estado", "AUTORIZAÇÃO APROVADA", "Apelido", "Nome próprio", "Data de nascimento",
           "Número do passaporte", "Nacionalidade", "Válida até", "E-mail", "A autorização de viagem não é um visto."),
    "sv": ("ESTA-ansökan – sammanfattning", "Ansökningsnummer", "Status", "GODKÄND", "Efternamn", "Förnamn", "Födelsedatum", "Passnummer",
           "Medborgarskap", "Giltig till", "E-post", "Resetillståndet är inte ett visum."),
    "pl": ("Wniosek ESTA – podsumowanie", "Numer wniosku", "Status", "ZATWIERDZONY", "Nazwisko", "Imię", "Data urodzenia", "Numer paszportu",
           "Obywatelstwo", "Ważny do", "E-mail", "Zezwolenie na podróż nie jest wizą."),
    "ja": ("ESTA申請内容の確認", "申請番号", "ステータス", "渡航認証許可", "姓", "名", "生年月日", "旅券番号", "国籍", "有効期限", "メールアドレス",
           "渡航認証はビザではありません。"),
    "ko": ("ESTA 신청 요약", "신청 번호", "상태", "승인됨", "성", "이름", "생년월일", "여권 번호", "국적", "유효기간", "이메일", "여행 허가는 비자가 아닙니다."),
}
UK_ETA = ("UK Electronic Travel Authorisation (ETA) – granted", "ETA reference", "Name", "Date of birth", "Passport number", "Nationality",
          "Valid for 2 years or until your passport expires, whichever is sooner.")
NAT_EN = {"de": "GERMANY", "fr": "FRANCE", "es": "SPAIN", "it": "ITALY", "nl": "NETHERLANDS", "pt": "PORTUGAL", "se": "SWEDEN", "pl": "POLAND",
          "jp": "JAPAN", "kr": "KOREA, REPUBLIC OF", "gb": "UNITED KINGDOM", "at": "AUSTRIA", "ch": "SWITZERLAND", "be": "BELGIUM", "ie": "IRELAND",
          "au": "AUSTRALIA", "us": "UNITED STATES"}


@tpl("eta_confirmation", 16)
def t_eta(R):
    lang = R.choice(sorted(ETA) + ["en", "de"])
    if lang == "en" and R.random() < 0.5:
        cc = R.choice(["US", "AU", "CA", "IE"])
        p = person(R, cul_of(cc))
        d = bdate(R, 1950, 2004)
        T = UK_ETA
        body = [T[0], "\n\n", "%s: " % T[1], N("%d-%04d-%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999)), "application_number"),
                "\n%s: " % T[2], Lp(p.full()), "\n%s: " % T[3], L("dob", "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)),
                "\n%s: " % T[4], passport(R, p.cul), "\n%s: %s\n\n%s\nSent to: " % (T[5], NAT_EN.get(p.cul, "CANADA"), T[6]), Le(email_of(R, p, cc))]
        return "email", lang, wrap(R, lang, body)
    T = ETA[lang]
    cc = pick_cc(R, lang) if lang != "en" else R.choice(["GB", "IE", "AU"])
    if cc == "MX":
        cc = "ES"
    p = person(R, cul_of(cc, lang))
    d = bdate(R, 1950, 2004)
    dob = "%s %02d, %d" % (MON3[d.month - 1].title(), d.day, d.year) if R.random() < 0.5 else fdate(R, d, lang, "num")
    body = [T[0], "\n\n%s: " % T[1], N(rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16), "application_number"), "\n%s: %s\n\n" % (T[2], T[3]),
            "%s: " % T[4], Lp(p.lfamily.upper() if p.native else p.family), "\n%s: " % T[5], Lp(p.lgiven.upper() if p.native else p.given), "\n",
            "%s: " % T[6], L("dob", dob), "\n%s: " % T[7], passport(R, p.cul), "\n%s: %s\n" % (T[8], NAT_EN.get(p.cul, "—")),
            "%s: %s\n" % (T[9], fdate(R, datetime.date(R.randint(2027, 2028), R.randint(1, 12), R.randint(1, 28)), lang, "num")),
            "%s: " % T[10], Le(email_of(R, p, cc)), "\n\n", T[11]]
    if R.random() < 0.4:
        q = relative(R, p)
        if not distinct_names([p, q]):
            return None
        body += ["\n\n(+) ", Lp(q.lfamily.upper() + ", " + q.lgiven.upper()), " – ", passport(R, q.cul), " – ", L("dob", fdate(R, bdate(R, 1950, 2020), lang, "num"))]
    return "email", lang, wrap(R, lang, body)


IC = {
    "en": ("Travel insurance claim form", "Policy number", "Policyholder", "Date of birth", "Address", "Phone", "E-mail", "Insured persons travelling with you",
           "What happened?", "Amount claimed", "Bank details for payment", "Account holder", "Declaration: the information given is true and complete.", "Signed",
           ["My flight was cancelled and I had to book a hotel and a new flight the next day.", "I fell ill two days into the holiday and had to see a doctor and pay for medicine.",
            "My suitcase was delayed for four days and I had to buy clothes and toiletries."]),
    "de": ("Schadenmeldung Reiseversicherung", "Versicherungsnummer", "Versicherungsnehmer/in", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail",
           "Mitreisende versicherte Personen", "Was ist passiert?", "Geforderter Betrag", "Bankverbindung für die Erstattung", "Kontoinhaber/in",
           "Ich versichere, dass die Angaben wahrheitsgemäß und vollständig sind.", "Unterschrift",
           ["Wegen einer akuten Erkrankung mussten wir die Reise zwei Tage vor Abflug stornieren.", "Unser Rückflug wurde annulliert, wir mussten eine zusätzliche Nacht im Hotel bezahlen.",
            "Das Gepäck kam erst nach vier Tagen an, wir haben Ersatzkleidung gekauft."]),
    "fr": ("Déclaration de sinistre assurance voyage", "N° de contrat", "Assuré(e)", "Date de naissance", "Adresse", "Téléphone", "E-mail",
           "Personnes assurées voyageant avec vous", "Circonstances", "Montant réclamé", "Coordonnées bancaires pour le remboursement", "Titulaire du compte",
           "Je certifie l'exactitude des informations ci-dessus.", "Signature",
           ["Notre vol retour a été annulé ; nous avons dû payer une nuit d'hôtel supplémentaire.", "J'ai été malade pendant le séjour et j'ai dû consulter un médecin sur place.",
            "Ma valise est arrivée avec quatre jours de retard."]),
    "es": ("Parte de siniestro del seguro de viaje", "N.º de póliza", "Tomador", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico",
           "Asegurados que viajaban con usted", "Descripción de los hechos", "Importe reclamado", "Datos bancarios para el reembolso", "Titular de la cuenta",
           "Declaro que los datos facilitados son ciertos.", "Firma",
           ["Cancelaron nuestro vuelo de vuelta y tuvimos que pagar una noche más de hotel.", "Me puse enfermo durante el viaje y tuve que ir al médico.",
            "La maleta llegó con cuatro días de retraso y compramos ropa."]),
    "it": ("Denuncia di sinistro assicurazione viaggio", "N. polizza", "Contraente", "Data di nascita", "Indirizzo", "Telefono", "E-mail",
           "Assicurati in viaggio con Lei", "Descrizione dell'accaduto", "Importo richiesto", "Coordinate bancarie per il rimborso", "Intestatario del conto",
           "Dichiaro che le informazioni fornite sono veritiere.", "Firma",
           ["Il volo di ritorno è stato cancellato e abbiamo pagato una notte in più in albergo.", "Mi sono ammalato in vacanza e ho dovuto pagare la visita medica.",
            "Il bagaglio è arrivato con quattro giorni di ritardo."]),
    "nl": ("Schadeformulier reisverzekering", "Polisnummer", "Verzekeringnemer", "Geboortedatum", "Adres", "Telefoon", "E-mail",
           "Meereizende verzekerden", "Wat is er gebeurd?", "Geclaimd bedrag", "Bankgegevens voor uitbetaling", "Rekeninghouder",
           "Ik verklaar dat de gegevens naar waarheid zijn ingevuld.", "Handtekening",
           ["Onze terugvlucht werd geannuleerd, we moesten een extra nacht in het hotel betalen.", "Ik werd ziek op vakantie en moest naar een huisarts.",
            "De koffer kwam vier dagen te laat aan."]),
    "pt": ("Participação de sinistro – seguro de viagem", "N.º da apólice", "Tomador do seguro", "Data de nascimento", "Morada", "Telefone", "E-mail",
           "Pessoas seguras que viajaram consigo", "Descrição do sucedido", "Montante reclamado", "Dados bancários para reembolso", "Titular da conta",
           "Declaro que as informações prestadas são verdadeiras.", "Assinatura",
           ["O voo de regresso foi cancelado e tivemos de pagar mais uma noite de hotel.", "Fiquei doente durante a viagem e tive de ir ao médico.",
            "A mala chegou com quatro dias de atraso."]),
    "pl": ("Zgłoszenie szkody – ubezpieczenie podróżne", "Nr polisy", "Ubezpieczający", "Data urodzenia", "Adres", "Telefon", "E-mail",
           "Współubezpieczeni", "Opis zdarzenia", "Kwota roszczenia", "Dane do przelewu", "Właściciel rachunku", "Oświadczam, że podane informacje są prawdziwe.",
           "Podpis", ["Lot powrotny został odwołany, musieliśmy zapłacić za dodatkową noc w hotelu.", "Zachorowałem w trakcie wyjazdu i musiałem iść do lekarza.",
                      "Bagaż dotarł z czterodniowym opóźnieniem."]),
    "sv": ("Skadeanmälan reseförsäkring", "Försäkringsnummer", "Försäkringstagare", "Födelsedatum", "Adress", "Telefon", "E-post", "Medförsäkrade",
           "Vad hände?", "Begärt belopp", "Bankuppgifter för utbetalning", "Kontoinnehavare", "Jag intygar att uppgifterna är riktiga.", "Underskrift",
           ["Returflyget ställdes in och vi fick betala en extra natt på hotellet.", "Jag blev sjuk under resan och fick uppsöka läkare.",
            "Väskan kom fram fyra dagar för sent."]),
}
INSURERS = {"en": ["Allianz Travel", "AXA Assistance", "Staysure"], "de": ["ERGO Reiseversicherung", "HanseMerkur", "Allianz Travel"],
            "fr": ["AXA Assistance", "Europ Assistance", "Chapka"], "es": ["Mapfre Asistencia", "Intermundial", "AXA"], "it": ["Europ Assistance Italia", "Allianz Global Assistance"],
            "nl": ["ANWB Reisverzekering", "Allianz Nederland"], "pt": ["Fidelidade", "Ageas Seguros"], "pl": ["Warta", "PZU Wojażer"], "sv": ["Folksam", "If Skadeförsäkring"]}
IBAN_CC = {"GB": "GB", "US": None, "IE": "IE", "AU": None, "CA": None, "DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "NL": "NL",
           "ES": "ES", "MX": None, "PT": "PT", "BR": "BR", "IT": "IT", "PL": "PL", "SE": "SE", "TR": "TR", "GR": "GR"}


@tpl("insurance_claim", 24)
def t_insurance(R):
    lang = R.choice(sorted(IC))
    T = IC[lang]
    cc = pick_cc(R, lang)
    if lang == "en":
        cc = R.choice(["GB", "IE"])
    if IBAN_CC.get(cc) is None:
        cc = {"es": "ES", "pt": "PT", "fr": "FR"}.get(lang, "GB")
    p = person(R, cul_of(cc, lang))
    w = 26
    pol = "%s-%d-%07d" % (rnd(R, string.ascii_uppercase, 3), R.randint(2024, 2026), R.randint(0, 9999999))
    body = [T[0], " · ", R.choice(INSURERS[lang]), "\n\n", "%-*s" % (w, T[1] + ": "), N(pol, "policy_number"), "\n",
            "%-*s" % (w, T[2] + ": "), Lp(p.full()), "\n", "%-*s" % (w, T[3] + ": "), L("dob", fdate(R, bdate(R, 1950, 2000), lang, "num")), "\n",
            "%-*s" % (w, T[4] + ": "), La(address(R, cc), cc), "\n", "%-*s" % (w, T[5] + ": "), phone(R, cc), "\n",
            "%-*s" % (w, T[6] + ": "), Le(email_of(R, p, cc)), "\n"]
    co = [relative(R, p) for _ in range(R.choice([0, 1, 1]))]
    if not distinct_names([p] + co):
        return None
    if co:
        body += ["%-*s" % (w, T[7] + ": ")]
        for i, q in enumerate(co):
            body += (["; "] if i else []) + [Lp(q.full())]
            if R.random() < 0.5:
                body += [" (", L("dob", fdate(R, bdate(R, 1950, 2020), lang, "num")), ")"]
        body += ["\n"]
    code = R.choice(AIRLINE_BY_LANG[lang])
    body += ["\n%s\n" % T[8], R.choice(T[14]), " ", N(flight_no(R, code), "flight_number"), ", %s.\n\n" % fdate(R, trip_date(R, lang)[1], lang, "num"),
             "%-*s%s\n" % (w, T[9] + ": ", money(R, lang, 80, 2400)),
             "%s:\n" % T[10], "IBAN: ", iban(R, IBAN_CC[cc]), "\n"]
    if R.random() < 0.5:
        body += ["%s: " % T[11], Lp(p.full()), "\n"]
    if R.random() < 0.3:
        body += ["Card used for the extra costs / Karte / carte / tarjeta: ", card(R), "\n"]
    body += ["\n", T[12], "\n", "%s: " % T[13], Lp(p.full())]
    return "form", lang, wrap(R, lang, body)


PIR = {"en": "Hi, this is what the baggage desk gave me. Can you help me write a follow-up e-mail asking where my bag is?",
       "de": "Das hat mir der Gepäckschalter mitgegeben. Hilfst du mir, eine Nachfrage zu schreiben, wo mein Koffer ist?",
       "fr": "Voici le rapport du comptoir bagages. Tu m'aides à écrire un mail de relance pour savoir où est ma valise ?",
       "es": "Esto es lo que me dieron en el mostrador de equipajes. ¿Me ayudas a escribir un correo preguntando por mi maleta?",
       "it": "Questo è il rapporto del banco bagagli. Mi aiuti a scrivere un sollecito per sapere dov'è la mia valigia?",
       "tr": "Bagaj masasından bunu verdiler. Bavulumun nerede olduğunu soran bir e-posta yazmama yardım eder misin?",
       "pt": "Foi isto que me deram no balcão de bagagens. Ajuda-me a escrever um e-mail a perguntar pela mala?",
       "nl": "Dit kreeg ik bij de bagagebalie. Help je me een mail te schrijven om te vragen waar mijn koffer is?",
       "ja": "空港の手荷物カウンターでもらった控えです。荷物の状況を問い合わせるメールを書くのを手伝ってください。"}


@tpl("lost_luggage", 22)
def t_luggage(R):
    lang = R.choice(sorted(PIR))
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    code = R.choice(AIRLINE_BY_LANG[lang])
    al = AL[code]
    a, b = route(R, al[3])
    h = R.choice(HOTEL_BY_CC.get({"FRA": "DE", "CDG": "FR", "MAD": "ES", "FCO": "IT", "IST": "TR", "LIS": "PT", "AMS": "NL", "HND": "JP"}.get(b, "GB"), HOTELS))
    d = trip_date(R, lang)[1]
    body = ["PROPERTY IRREGULARITY REPORT\nFILE REFERENCE: ", N(pir_ref(R, b, code), "pir_reference"), "\n",
            "NAME: ", Lp(p.pnr()), " %s\n" % p.title("en"), "ROUTING: %s/%s  FLIGHT: " % (a, b), N(flight_no(R, code), "flight_number"), "  %02d%s\n" % (d.day, MON3[d.month - 1]),
            "BAG TAG: ", N(bag_tag(R, al[2]), "bag_tag"), "  TYPE: %s  COLOUR: %s\n" % (R.choice(["22", "25", "27", "02"]), R.choice(["BK", "BU", "RD", "GY", "GN"])),
            "CONTENTS: %s\n" % R.choice(["CLOTHES, SHOES, CAMERA", "BOOKS, CLOTHES", "SUIT, LAPTOP CHARGER", "CHILDREN CLOTHES, TOYS"]),
            "PERMANENT ADDRESS: ", La(address(R, cc, latin=True).upper() if R.random() < 0.4 else address(R, cc, latin=True), cc), "\n",
            "TEMPORARY ADDRESS: ", N(h[0].upper(), "hotel_name"), ", ", N(h[1].upper(), "hotel_address"), " UNTIL %02d%s\n" % (min(28, d.day + 5), MON3[d.month - 1]),
            "PHONE: ", phone(R, cc, region=cc, mobile=True, style=R.choice(["intl", "e164"])), "\n", "EMAIL: ", Le(email_of(R, p, cc)), "\n",
            "TRACE YOUR BAG: worldtracer.aero · %s baggage service " % al[1], N(al[6], "airline_call_centre")]
    own = PIR[lang] if R.random() < 0.6 else None
    return "report", lang, wrap(R, lang, body, own=own)


EMB = {
    "in": ("APPOINTMENT CONFIRMATION", "Reference No.", "Applicant", "Passport No.", "Date of Birth", "Nationality", "INDIAN", "Visa category",
           "Short stay (C) – Tourism", "Appointment", "Venue", "Please bring the printed application form, 2 photographs, your original passport and bank statements.", "Helpline"),
    "en": ("Consular appointment confirmation", "Booking reference", "Applicant", "Passport number", "Date of birth", "Nationality", "BRITISH",
           "Service", "Passport renewal / emergency travel document", "Date and time", "Location", "Arrive 10 minutes early. Mobile phones must be switched off.", "Enquiries"),
    "fr": ("Confirmation de rendez-vous", "Référence", "Demandeur", "N° de passeport", "Date de naissance", "Nationalité", "FRANÇAISE", "Démarche",
           "Renouvellement de passeport", "Date et heure", "Lieu", "Merci de vous présenter muni de votre ancien passeport et de deux photos.", "Standard"),
    "de": ("Terminbestätigung", "Vorgangsnummer", "Antragsteller/in", "Reisepassnummer", "Geburtsdatum", "Staatsangehörigkeit", "DEUTSCH", "Anliegen",
           "Beantragung eines Reisepasses", "Termin", "Ort", "Bitte bringen Sie Ihren bisherigen Pass, ein biometrisches Foto und die Gebühr mit.", "Zentrale"),
    "it": ("Conferma di appuntamento", "Codice prenotazione", "Richiedente", "N. passaporto", "Data di nascita", "Cittadinanza", "ITALIANA", "Servizio",
           "Rilascio passaporto", "Data e ora", "Sede", "Si prega di portare il vecchio passaporto e due fototessere.", "Centralino"),
    "es": ("Confirmación de cita", "Localizador", "Solicitante", "N.º de pasaporte", "Fecha de nacimiento", "Nacionalidad", "ESPAÑOLA", "Trámite",
           "Expedición de pasaporte", "Fecha y hora", "Lugar", "Acuda con el pasaporte anterior y una fotografía reciente.", "Centralita"),
    "zh": ("预约确认", "预约编号", "申请人", "护照号码", "出生日期", "国籍", "中国", "签证类型", "短期申根签证（旅游）", "预约时间", "地点",
           "请携带打印的申请表、两张照片、护照原件及银行流水。", "客服热线"),
    "ru": ("Подтверждение записи", "Номер записи", "Заявитель", "Номер паспорта", "Дата рождения", "Гражданство", "РОССИЯ", "Категория визы",
           "Краткосрочная (C) – туризм", "Дата и время", "Адрес визового центра", "Возьмите с собой анкету, две фотографии, загранпаспорт и выписку из банка.", "Справочная"),
    "tr": ("Randevu onayı", "Referans no", "Başvuru sahibi", "Pasaport no", "Doğum tarihi", "Uyruk", "T.C.", "Vize türü", "Kısa süreli (C) – turistik",
           "Tarih ve saat", "Başvuru merkezi", "Lütfen başvuru formunu, iki fotoğrafı, pasaportunuzu ve banka dökümünü getiriniz.", "Çağrı merkezi"),
    "th": ("ยืนยันการนัดหมาย", "หมายเลขอ้างอิง", "ผู้ยื่นคำร้อง", "เลขหนังสือเดินทาง", "วันเกิด", "สัญชาติ", "ไทย", "ประเภทวีซ่า", "วีซ่าระยะสั้น (C) ท่องเที่ยว",
           "วันและเวลา", "สถานที่", "กรุณานำแบบฟอร์ม รูปถ่าย 2 ใบ หนังสือเดินทางฉบับจริง และรายการเดินบัญชีมาด้วย", "สายด่วน"),
    "ar": ("تأكيد الموعد", "رقم المرجع", "مقدم الطلب", "رقم جواز السفر", "تاريخ الميلاد", "الجنسية", "الإمارات", "نوع التأشيرة", "تأشيرة قصيرة (C) – سياحة",
           "التاريخ والوقت", "المكان", "يرجى إحضار نموذج الطلب وصورتين وجواز السفر الأصلي وكشف حساب بنكي.", "مركز الاتصال"),
}
EMB_VENUE = {"in": ("VFS Global – Germany Visa Application Centre, Trade Centre, Bandra Kurla Complex, Mumbai 400051", "+91 22 6786 6013"),
             "en": ("British Embassy Madrid, Torre Emperador Castellana, Paseo de la Castellana 259D, 28046 Madrid", "+34 917 146 300"),
             "fr": ("Consulat général de France à Montréal, 1501 avenue McGill College, Montréal QC H3A 3M8", "+1 514-878-4385"),
             "de": ("Generalkonsulat der Bundesrepublik Deutschland Barcelona, Passeig de Gràcia 111, 08008 Barcelona", "+34 932 921 000"),
             "it": ("Consolato Generale d'Italia a Londra, 83-86 Farringdon Street, London EC4A 4BL", "+44 20 7936 5900"),
             "es": ("Consulado General de España en Múnich, Oberföhringer Straße 45, 81925 München", "+49 89 998 4790"),
             "zh": ("意大利签证申请中心（上海），上海市静安区南京西路1168号中信泰富广场", "021-6133 3600"),
             "ru": ("Визовый центр Италии, Малая Тульская ул., 2/1, корп. 4, Москва", "8 499 540-14-17"),
             "tr": ("Almanya Vize Başvuru Merkezi, Maslak Mah. Büyükdere Cad. No: 237, 34485 Sarıyer/İstanbul", "0212 340 11 00"),
             "th": ("VFS Global – The Trendy Office Building, Sukhumvit Soi 13, Bangkok 10110", "02 118 9130"),
             "ar": ("مركز طلبات تأشيرة فرنسا، ذا سبرينغز تاون مول، دبي", "+971 4 205 6499")}
EMB_CUL = {"in": "in", "en": "gb", "fr": "fr", "de": "de", "it": "it", "es": "es", "zh": "cn", "ru": "ru", "tr": "tr", "th": "th", "ar": "ae"}


@tpl("embassy_appointment", 22)
def t_embassy(R):
    lang = R.choice(sorted(EMB))
    T = EMB[lang]
    cul = EMB_CUL[lang]
    p = person(R, cul)
    venue, tel = EMB_VENUE[lang]
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    nm = p.full() if lang in ("zh", "ru", "ar", "th") and R.random() < 0.5 else p.latin().upper() if p.native else p.full()
    body = [T[0], "\n\n", "%s: " % T[1], N("%s%s/%d/%05d" % (R.choice(["BOM", "MAD", "MTL", "BCN", "LON", "MUC", "SHA", "MOW", "IST", "BKK", "DXB"]), R.choice(["GE", "UK", "FR", "DE", "IT", "ES"]),
                                                             2026, R.randint(1, 99999)), "appointment_reference"), "\n",
            "%s: " % T[2], Lp(nm), "\n", "%s: " % T[3], passport(R, cul), "\n", "%s: " % T[4], L("dob", fdate(R, bdate(R, 1950, 2005), lang, "num")), "\n",
            "%s: %s\n" % (T[5], T[6]), "%s: %s\n" % (T[7], T[8]), "%s: %s %s\n" % (T[9], fdate(R, d, lang, "num"), hhmm(R)),
            "%s: " % T[10], N(venue, "consulate_address"), "\n\n", T[11], "\n", "%s: " % T[12], N(tel, "consulate_switchboard")]
    if R.random() < 0.5:
        body += ["\n", "E-mail: ", Le(email_of(R, p, {"in": "IN", "en": "GB", "fr": "FR", "de": "DE", "it": "IT", "es": "ES", "zh": "CN", "ru": "RU", "tr": "TR", "th": "TH", "ar": "AE"}[lang]))]
    return "letter", lang, wrap(R, lang, body)


IT_BELFIORE = ["A944", "D612", "L219", "F205", "H501", "F839", "L781", "A794", "G273"]


def g_cf_it(R, p):
    """Codice fiscale of someone born in Italy (Belfiore code of an Italian town)."""
    fam = fold_upper(p.lfamily).replace(" ", "")
    giv = fold_upper(p.lgiven).replace(" ", "")
    return L("gov_id", cf_make(fam, giv, R.randint(45, 85), R.randint(1, 12), R.randint(1, 28), p.sex == "f", R.choice(IT_BELFIORE)), sub="codice_fiscale")


def abroad_cc(R, home):
    while True:
        c = R.choice(["GB", "US", "IE", "AU", "CA", "IN", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "MX", "PT", "BR", "IT", "PL", "SE", "TR", "GR", "JP", "KR", "CN", "TH", "RU"])
        if c != home:
            return c


def newcomer(R, home):
    """Someone moving to `home` from abroad: their country, person, birth date."""
    fc = abroad_cc(R, home)
    p = person(R, cul_of(fc))
    return fc, p, bdate(R, 1958, 2003)


@tpl("lease_abroad", 18)
def t_lease(R):
    k = R.choice(["de", "es", "it", "nl", "pt", "fr", "sv", "en"])
    home = {"de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "fr": "FR", "sv": "SE", "en": "GB"}[k]
    fc, t, d = newcomer(R, home)
    ll = person(R, cul_of(home))
    if not distinct_names([t, ll]):
        return None
    tn = t.latin() if t.native else t.full()
    flat = La(address(R, home), home)
    rent = money(R, k if k != "en" else "en", 650, 2400)
    if k == "de":
        body = ["Wohnraummietvertrag\n\nZwischen ", Lp(ll.full()), ", ", La(address(R, "DE"), "DE"), " (Vermieter/in)\nund ", Lp(tn),
                ", geb. ", L("dob", fdate(R, d, "de", "num")), ", bisher wohnhaft ", La(address(R, fc, latin=True), fc), " (Mieter/in)\n\n",
                "§ 1 Mietsache: Wohnung im %d. OG, " % R.randint(1, 5), flat, "\n§ 3 Miete: %s monatlich, zahlbar bis zum 3. Werktag auf das Konto IBAN " % rent,
                iban(R, "DE"), " (Kontoinhaber/in: ", Lp(ll.full()), ")\n§ 5 Kaution: drei Nettokaltmieten.\n\nKontakt Vermieter/in: ", phone(R, "DE"),
                " · Mieter/in: ", Le(email_of(R, t, fc))]
    elif k == "es":
        dni = g_dni(R)
        body = ["CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nREUNIDOS\nDe una parte, D./Dña. ", Lp(ll.full()), ", mayor de edad, con DNI ", dni,
                " y domicilio en ", La(address(R, "ES"), "ES"), ", en adelante EL ARRENDADOR.\nDe otra parte, D./Dña. ", Lp(tn), ", nacido/a el ",
                L("dob", fdate(R, d, "es", "num")), ", con NIE ", g_nie(R), " y pasaporte ", passport(R, t.cul), ", en adelante EL ARRENDATARIO.\n\n",
                "PRIMERA.– Objeto: la vivienda sita en ", flat, ".\nSEGUNDA.– Renta: %s mensuales, mediante transferencia a la cuenta " % rent, iban(R, "ES"),
                ".\nTERCERA.– Fianza: una mensualidad, depositada en el organismo autonómico.\n\nTeléfono del arrendador: ", phone(R, "ES")]
    elif k == "it":
        body = ["CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4)\n\nIl/La sig./sig.ra ", Lp(ll.full()), ", C.F. ",
                g_cf_it(R, ll),
                ", residente in ", La(address(R, "IT"), "IT"), " (locatore)\nconcede in locazione a ", Lp(tn), ", nato/a il ", L("dob", fdate(R, d, "it", "num")),
                ", C.F. ", g_cf(t, d, fc), " (conduttore)\nl'unità immobiliare sita in ", flat, ".\n\nCanone annuo: %s, in rate mensili da versare sul conto IBAN " % money(R, "it", 8000, 20000),
                iban(R, "IT"), ".\nDeposito cauzionale: tre mensilità.\nRecapiti del conduttore: ", Le(email_of(R, t, fc)), ", ", phone(R, "IT", mobile=True)]
    elif k == "nl":
        body = ["HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n1. ", Lp(ll.full()), ", wonende te ", La(address(R, "NL"), "NL"), ", hierna verhuurder;\n2. ",
                Lp(tn), ", geboren op ", L("dob", fdate(R, d, "nl", "num")), ", paspoortnummer ", passport(R, t.cul), ", hierna huurder;\n\n",
                "verklaren: verhuurder verhuurt aan huurder de woonruimte gelegen aan ", flat, ".\nDe huurprijs bedraagt %s per maand en wordt voor de eerste van de maand voldaan op rekening " % rent,
                iban(R, "NL"), " t.n.v. ", Lp(ll.full()), ".\nWaarborgsom: twee maanden huur.\n\nContact huurder: ", Le(email_of(R, t, fc)), " / ", phone(R, fc, region="NL", mobile=True)]
    elif k == "pt":
        body = ["CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO\n\nPRIMEIRO OUTORGANTE (senhorio): ", Lp(ll.full()), ", NIF ", g_nif_pt(R), ", residente na ", La(address(R, "PT"), "PT"),
                ".\nSEGUNDO OUTORGANTE (arrendatário): ", Lp(tn), ", nascido/a em ", L("dob", fdate(R, d, "pt", "num")), ", NIF ", g_nif_pt(R), ", passaporte n.º ", passport(R, t.cul),
                ".\n\nCláusula 1.ª – O primeiro outorgante dá de arrendamento a fração sita na ", flat, ".\nCláusula 3.ª – Renda mensal de %s, paga por transferência para o IBAN " % rent,
                iban(R, "PT"), ".\n\nContactos: ", phone(R, "PT", mobile=True), " · ", Le(email_of(R, t, fc))]
    elif k == "fr":
        body = ["CONTRAT DE LOCATION (logement meublé)\n\nEntre les soussignés :\n", Lp(ll.full()), ", demeurant ", La(address(R, "FR"), "FR"), ", ci-après « le bailleur »,\net\n",
                Lp(tn), ", né(e) le ", L("dob", fdate(R, d, "fr", "num")), ", passeport n° ", passport(R, t.cul), ", ci-après « le locataire ».\n\n",
                "Objet : location du logement situé ", flat, ".\nLoyer mensuel : %s charges comprises, payable par virement sur le compte " % rent, iban(R, "FR"),
                ".\nDépôt de garantie : deux mois de loyer hors charges.\n\nTéléphone du bailleur : ", phone(R, "FR"), " – e-mail du locataire : ", Le(email_of(R, t, fc))]
    elif k == "sv":
        dd = bdate(R, 1950, 1990)
        body = ["HYRESAVTAL FÖR UTHYRNING I ANDRA HAND\n\nUthyrare: ", Lp(ll.full()), ", personnummer ", g_se(R, dd), ", ", La(address(R, "SE"), "SE"),
                "\nHyresgäst: ", Lp(tn), ", född ", L("dob", fdate(R, d, "sv", "num")), ", samordningsnummer ", g_se(R, d, coord=True), "\n\n",
                "Lägenhet: ", flat, "\nHyra: %s per månad, betalas till konto med IBAN " % rent, iban(R, "SE"), "\nUppsägningstid: en månad.\n\nKontakt: ", phone(R, "SE"), ", ", Le(email_of(R, ll, "SE"))]
    else:
        body = ["ASSURED SHORTHOLD TENANCY AGREEMENT\n\nLandlord: ", Lp(ll.full()), " of ", La(address(R, "GB"), "GB"), "\nTenant: ", Lp(tn), ", date of birth ",
                L("dob", fdate(R, d, "en", "num")), ", passport no. ", passport(R, t.cul), "\nPrevious address: ", La(address(R, fc, latin=True), fc), "\n\n",
                "Property: ", flat, "\nRent: %s per calendar month, payable to account " % money(R, "en", 700, 2600), iban(R, "GB"), "\n",
                "Deposit: five weeks' rent, protected with the Deposit Protection Service (DPS).\n\nTenant contact: ", phone(R, fc, region="GB", mobile=True), " / ", Le(email_of(R, t, fc))]
    lang = {"en": "en"}.get(k, k)
    return "contract", lang, wrap(R, lang, body)


@tpl("address_registration", 20)
def t_registration(R):
    k = R.choice(["de", "at", "es", "nl", "it", "pt", "sv", "fr"])
    home = {"de": "DE", "at": "AT", "es": "ES", "nl": "NL", "it": "IT", "pt": "PT", "sv": "SE", "fr": "FR"}[k]
    lang = {"at": "de"}.get(k, k)
    fc, p, d = newcomer(R, home)
    fam = p.lfamily if p.native else p.family
    giv = p.lgiven if p.native else p.given
    new = La(address(R, home), home)
    prev = La(address(R, fc, latin=True), fc)
    if k in ("de", "at"):
        wg = person(R, cul_of(home))
        body = ["%s – Anmeldung bei der Meldebehörde\n" % ("Meldezettel" if k == "at" else "Meldeschein"), "Familienname: ", Lp(fam), "\nVornamen: ", Lp(giv), "\n",
                "Geburtsdatum: ", L("dob", fdate(R, d, "de", "num")), "   Geburtsort: %s\n" % R.choice(["Lyon", "Porto", "Kraków", "Osaka", "Izmir", "Chennai", "Leeds", "Rosario", "Gent"]),
                "Staatsangehörigkeit: %s\n" % NAT_CODE[p.cul],
                "Neue Wohnung: ", new, "\nBisherige Wohnung (Ausland): ", prev, "\n",
                "Reisepass Nr.: ", passport(R, p.cul), "\n\nWohnungsgeber: ", Lp(wg.full()), ", ", La(address(R, home), home)]
        if k == "de" and R.random() < 0.5:
            body += ["\n\nNachtrag: Steuer-ID laut Brief vom Bundeszentralamt: ", g_steuerid(R)]
    elif k == "es":
        body = ["HOJA PADRONAL – Alta por cambio de residencia (procedente del extranjero)\n", "Nombre: ", Lp(giv), "\nApellidos: ", Lp(fam), "\n",
                "Fecha de nacimiento: ", L("dob", fdate(R, d, "es", "num")), "\nNacionalidad: %s\n" % NAT_CODE[p.cul],
                "Documento: ", R.choice([[" NIE ", g_nie(R)], [" Pasaporte ", passport(R, p.cul)]]), "\nDomicilio: ", new, "\n",
                "Teléfono: ", phone(R, "ES", mobile=True), "   Correo: ", Le(email_of(R, p, fc)), "\nProcedencia: ", prev]
    elif k == "nl":
        body = ["Eerste inschrijving in de BRP – aangifte van adres vanuit het buitenland\n", "Achternaam: ", Lp(fam), "\nVoornamen: ", Lp(giv), "\n",
                "Geboortedatum: ", L("dob", fdate(R, d, "nl", "num")), "\nNationaliteit: %s\n" % NAT_CODE[p.cul],
                "Woonadres in Nederland: ", new, "\nVorig adres in het buitenland: ", prev, "\nPaspoortnummer: ", passport(R, p.cul), "\n",
                "Telefoon: ", phone(R, "NL", mobile=True), "\n\nUitslag afspraak: ingeschreven, BSN toegekend: ", g_bsn(R)]
    elif k == "it":
        body = ["DICHIARAZIONE DI RESIDENZA – provenienza dall'estero\n", "Cognome: ", Lp(fam), "\nNome: ", Lp(giv), "\n",
                "Data di nascita: ", L("dob", fdate(R, d, "it", "num")), "\nCodice fiscale: ", g_cf(p, d, fc), "\n",
                "Cittadinanza: %s\n" % NAT_CODE[p.cul],
                "Nuovo indirizzo: ", new, "\nIndirizzo precedente all'estero: ", prev, "\nTelefono: ", phone(R, "IT", mobile=True), "\nE-mail: ", Le(email_of(R, p, fc))]
    elif k == "pt":
        body = ["Pedido de certificado de registo de cidadão da UE / atestado de residência\n", "Nome completo: ", Lp(p.latin() if p.native else p.full()), "\n",
                "Data de nascimento: ", L("dob", fdate(R, d, "pt", "num")), "\nNacionalidade: %s\n" % NAT_CODE[p.cul],
                "NIF: ", g_nif_pt(R), "\nDocumento de identificação: passaporte n.º ", passport(R, p.cul), "\nMorada em Portugal: ", new, "\n",
                "Morada anterior: ", prev, "\nTelemóvel: ", phone(R, "PT", mobile=True)]
    elif k == "sv":
        body = ["Flyttanmälan till Sverige (folkbokföring) – mina uppgifter\n", "Efternamn: ", Lp(fam), "\nFörnamn: ", Lp(giv), "\n",
                "Födelsedatum: ", L("dob", fdate(R, d, "sv", "num")), "\nSamordningsnummer: ", g_se(R, d, coord=True), "\n",
                "Medborgarskap: %s\n" % NAT_CODE[p.cul], "Ny adress: ", new, "\n",
                "Adress i utlandet: ", prev, "\nPass: ", passport(R, p.cul), "\nTelefon: ", phone(R, "SE", mobile=True)]
    else:
        host = person(R, "fr")
        if not distinct_names([host, p]):
            return None
        body = ["ATTESTATION D'HÉBERGEMENT\n\nJe soussigné(e) ", Lp(host.full()), ", né(e) le ", L("dob", fdate(R, bdate(R, 1950, 1995), "fr", "num")),
                ", demeurant ", La(address(R, "FR"), "FR"), ",\natteste sur l'honneur héberger à mon domicile depuis le %s " % fdate(R, trip_date(R, "fr")[1], "fr", "num"),
                Lp(p.latin() if p.native else p.full()), ", né(e) le ", L("dob", fdate(R, d, "fr", "num")), ", passeport n° ", passport(R, p.cul), ".\n\n",
                "Fait pour servir et valoir ce que de droit.\n", Lp(host.full())]
    return "form", lang, wrap(R, lang, body)


@tpl("residence_permit", 18)
def t_permit(R):
    k = R.choice(["es", "it", "de", "en", "fr", "nl"])
    home = {"es": "ES", "it": "IT", "de": "DE", "en": "GB", "fr": "FR", "nl": "NL"}[k]
    fc, p, d = newcomer(R, home)
    while k == "fr" and fc not in INSEE_ABROAD:
        fc, p, d = newcomer(R, home)
    fam = p.lfamily if p.native else p.family
    giv = p.lgiven if p.native else p.given
    if k == "es":
        fa, mo = relative(R, p, "m"), person(R, p.cul, "f")
        rep = person(R, "es")
        body = ["EX-15 Solicitud de Número de Identidad de Extranjero (NIE) – borrador\n", "Pasaporte: ", passport(R, p.cul), "\n1er Apellido: ", Lp(fam), "\nNombre: ", Lp(giv), "\n",
                "Fecha de nacimiento: ", L("dob", fdate(R, d, "es", "num")), "\nNombre del padre: ", Lp(fa.lgiven if fa.native else fa.given),
                "   Nombre de la madre: ", Lp(mo.lgiven if mo.native else mo.given), "\nDomicilio en España: ", La(address(R, "ES"), "ES"), "\n",
                "Teléfono móvil: ", phone(R, "ES", mobile=True), "   E-mail: ", Le(email_of(R, p, fc)), "\n",
                "Representante legal: ", Lp(rep.full()), ", DNI ", g_dni(R), "\nMotivo: actividades económicas (compra de vivienda)"]
        if fa.given == mo.given or p.given in (fa.given, mo.given):
            return None
    elif k == "it":
        body = ["Kit postale – Modulo 1 (permesso di soggiorno per lavoro subordinato)\n", "Cognome: ", Lp(fam), "   Nome: ", Lp(giv), "\n",
                "Data di nascita: ", L("dob", fdate(R, d, "it", "num")), "\nCodice fiscale: ", g_cf(p, d, fc), "\nPassaporto n.: ", passport(R, p.cul), "\n",
                "Indirizzo in Italia: ", La(address(R, "IT"), "IT"), "\nTelefono: ", phone(R, "IT", mobile=True), "\nE-mail: ", Le(email_of(R, p, fc)),
                "\nDatore di lavoro: ", N("Pirelli & C. S.p.A., Viale Piero e Alberto Pirelli 25, 20126 Milano", "employer")]
    elif k == "de":
        body = ["Antrag auf Erteilung einer Blauen Karte EU – meine Angaben\n", "Name: ", Lp(fam), "\nVorname(n): ", Lp(giv), "\n",
                "Geburtsdatum: ", L("dob", fdate(R, d, "de", "num")), "\nSteuer-Identifikationsnummer: ", g_steuerid(R), "\nReisepass: ", passport(R, p.cul), "\n",
                "Anschrift: ", La(address(R, "DE"), "DE"), "\nTelefon: ", phone(R, "DE", mobile=True), "\nE-Mail: ", Le(email_of(R, p, fc)), "\n",
                "Arbeitgeber: ", N("Siemens AG, Werner-von-Siemens-Straße 1, 80333 München", "employer"), "\nBruttojahresgehalt: 61.500 €"]
    elif k == "en":
        body = ["Notes for my HMRC / bank appointments after moving\n", "Full name: ", Lp(p.latin() if p.native else p.full()), "\nDate of birth: ",
                L("dob", fdate(R, d, "en", "num")), "\nPassport: ", passport(R, p.cul), "\nBRP / eVisa share code: ", N("W%s %s %s" % (rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 2), rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 3), rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 3)), "share_code"),
                "\nNational Insurance number (letter came today): ", g_nino(R), "\nUK address: ", La(address(R, "GB"), "GB"), "\nMobile: ", phone(R, "GB", mobile=True),
                "\nEmployer: ", N("Rolls-Royce plc, Moor Lane, Derby DE24 8BJ", "employer")]
    elif k == "fr":
        body = ["Demande de titre de séjour « talent – salarié qualifié » – informations\n", "Nom : ", Lp(fam), "\nPrénom(s) : ", Lp(giv), "\n",
                "Date de naissance : ", L("dob", fdate(R, d, "fr", "num")), "\nN° de sécurité sociale (provisoire) : ", g_nir_abroad(R, p, d, fc), "\n",
                "Passeport : ", passport(R, p.cul), "\nAdresse : ", La(address(R, "FR"), "FR"), "\nTéléphone : ", phone(R, "FR", mobile=True), "\nCourriel : ", Le(email_of(R, p, fc))]
    else:
        body = ["IND – aanvraag verblijfsvergunning kennismigrant (gegevens voor werkgever)\n", "Achternaam: ", Lp(fam), "\nVoornamen: ", Lp(giv), "\n",
                "Geboortedatum: ", L("dob", fdate(R, d, "nl", "num")), "\nBSN: ", g_bsn(R), "\nPaspoort: ", passport(R, p.cul), "\n",
                "Adres: ", La(address(R, "NL"), "NL"), "\nTelefoon: ", phone(R, "NL", mobile=True), "\nE-mail: ", Le(email_of(R, p, fc))]
    lang = k
    return "form", lang, wrap(R, lang, body)


RQ = {
    "en": ("Removal quotation", "Quote ref.", "Customer", "Collection address", "Delivery address", "Phone", "E-mail", "Estimated volume", "Survey by",
           "Price (door to door, incl. packing and insurance)", "Valid for 30 days."),
    "de": ("Umzugsangebot", "Angebotsnr.", "Kunde/Kundin", "Auszugsadresse", "Einzugsadresse", "Telefon", "E-Mail", "Geschätztes Volumen", "Besichtigung durch",
           "Festpreis (Haus zu Haus, inkl. Verpackung und Versicherung)", "Gültig 30 Tage."),
    "fr": ("Devis de déménagement", "Réf. devis", "Client", "Adresse de départ", "Adresse de livraison", "Téléphone", "E-mail", "Volume estimé", "Visite technique par",
           "Prix (porte à porte, emballage et assurance compris)", "Valable 30 jours."),
    "nl": ("Verhuisofferte", "Offertenr.", "Klant", "Ophaaladres", "Afleveradres", "Telefoon", "E-mail", "Geschat volume", "Opname door",
           "Prijs (deur tot deur, incl. inpakken en verzekering)", "30 dagen geldig."),
    "es": ("Presupuesto de mudanza", "Ref. presupuesto", "Cliente", "Dirección de recogida", "Dirección de entrega", "Teléfono", "Correo", "Volumen estimado",
           "Visita realizada por", "Precio (puerta a puerta, embalaje y seguro incluidos)", "Válido 30 días."),
    "it": ("Preventivo di trasloco", "Rif. preventivo", "Cliente", "Indirizzo di ritiro", "Indirizzo di consegna", "Telefono", "E-mail", "Volume stimato",
           "Sopralluogo di", "Prezzo (porta a porta, imballaggio e assicurazione inclusi)", "Valido 30 giorni."),
    "sv": ("Flyttoffert", "Offertnr", "Kund", "Hämtadress", "Leveransadress", "Telefon", "E-post", "Beräknad volym", "Besiktning av",
           "Pris (dörr till dörr, inkl. packning och försäkring)", "Giltig i 30 dagar."),
}
MOVERS = {"en": ("Crown Relocations", "Unit 4, Heathrow Logistics Park, Bedfont Road, Feltham TW14 8EE", "0208 839 8000", "quotes@"),
          "de": ("Zapf Umzüge", "Nürnberger Straße 67, 95448 Bayreuth", "0921 795 30", "angebote@"),
          "fr": ("Demeco", "ZI des Béthunes, 95310 Saint-Ouen-l'Aumône", "01 34 40 90 90", "devis@"),
          "nl": ("Mondial Movers", "Kabelweg 51, 1014 BA Amsterdam", "020 487 3333", "offerte@"),
          "es": ("Mudanzas Gil Stauffer", "Calle de la Ribera del Loira 12, 28042 Madrid", "91 564 50 00", "presupuestos@"),
          "it": ("Traslochi Bolliger", "Via Giovanni Battista Pirelli 19, 20124 Milano", "02 6707 1511", "preventivi@"),
          "sv": ("Alfred Nilsson Flytt", "Ekbacksvägen 22, 168 69 Bromma", "08-564 892 00", "offert@")}


@tpl("relocation_quote", 18)
def t_relocation(R):
    lang = R.choice(sorted(RQ))
    T = RQ[lang]
    home = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "sv": "SE"}[lang]
    dest = abroad_cc(R, home)
    p = person(R, cul_of(home if R.random() < 0.8 else dest))
    mv = MOVERS[lang]
    surveyor = person(R, cul_of(home))
    if not distinct_names([p, surveyor]):
        return None
    w = 24
    body = ["%s · %s\n" % (T[0], mv[0]), "%-*s" % (w, T[1] + ": "), N("%s-%d-%04d" % (rnd(R, string.ascii_uppercase, 2), 2026, R.randint(1, 9999)), "quote_number"), "\n",
            "%-*s" % (w, T[2] + ": "), Lp(p.full() if not p.native else p.latin()), "\n", "%-*s" % (w, T[3] + ": "), La(address(R, home), home), "\n",
            "%-*s" % (w, T[4] + ": "), La(address(R, dest, latin=True), dest), "\n", "%-*s" % (w, T[5] + ": "), phone(R, home), "\n",
            "%-*s" % (w, T[6] + ": "), Le(email_of(R, p, home)), "\n", "%-*s%d m³ (%d %s)\n" % (w, T[7] + ": ", R.randint(18, 75), R.randint(60, 300), "boxes"),
            "%-*s" % (w, T[8] + ": "), Lp(surveyor.full()), ", %s\n" % fdate(R, trip_date(R, lang)[1], lang, "num"),
            "%-*s%s\n\n%s\n" % (w, T[9] + ": ", money(R, lang, 2500, 14000), T[10]), N(mv[0], "company"), " · ", N(mv[1], "company_address"), " · ", N(mv[2], "company_phone"), " · ",
            N(mv[3] + re.sub(r"[^a-z]", "", mv[0].lower()) + ".example.com", "role_mailbox")]
    return "quote", lang, wrap(R, lang, body)


AGENCY_HDR = {
    "en": "booking_ref,lead_passenger,email,phone,pax,departure,destination,total_gbp,status",
    "de": "Buchungsnr;Hauptreisende/r;E-Mail;Telefon;Pers.;Abreise;Ziel;Preis EUR;Status",
    "fr": "ref_dossier;client_principal;email;telephone;nb_pers;depart;destination;montant_eur;statut",
    "es": "localizador;titular;email;telefono;pax;salida;destino;importe_eur;estado",
    "it": "pratica;capogruppo;email;telefono;pax;partenza;destinazione;importo_eur;stato",
    "nl": "dossiernr;hoofdboeker;e-mail;telefoon;pers;vertrek;bestemming;bedrag_eur;status",
}
DESTS = ["Mallorca", "Lanzarote", "Kreta", "Antalya", "Algarve", "Tenerife", "Rhodos", "Madeira", "Dubai", "Phuket", "Sardegna", "Cancún", "Marrakech", "Kyoto", "Bali"]
STATUS = {"en": ["CONFIRMED", "OPTION", "TICKETED", "CANCELLED"], "de": ["bestätigt", "Option", "storniert"], "fr": ["confirmé", "option", "annulé"],
          "es": ["confirmada", "opción", "cancelada"], "it": ["confermata", "opzione", "annullata"], "nl": ["bevestigd", "optie", "geannuleerd"]}


@tpl("agency_csv", 16)
def t_agency_csv(R):
    lang = R.choice(sorted(AGENCY_HDR))
    hdr = AGENCY_HDR[lang]
    sep = "," if lang == "en" else ";"
    rows = [hdr]
    seen = []
    reg = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL"}[lang]
    for i in range(R.randint(2, 4)):
        cc = pick_cc(R, lang) if R.random() < 0.8 else R.choice(["DE", "NL", "GB", "FR", "ES", "IT", "PL", "SE"])
        p = person(R, cul_of(cc, lang))
        seen.append(p)
        d = trip_date(R, lang)[1]
        nm = p.full() if not p.native else p.latin()
        if lang == "en" and R.random() < 0.3:
            nm = p.surname_first()
        cell = Lp(nm)
        if sep == "," and "," in nm:
            cell = ['"', Lp(nm), '"']
        rows.append([N(pnr(R) if R.random() < 0.5 else "%d" % R.randint(4000000, 4999999), "booking_reference"), sep, cell, sep, Le(email_of(R, p, cc)), sep,
                     phone(R, cc, region=reg),
                     sep, str(R.randint(1, 5)), sep, d.isoformat(), sep, R.choice(DESTS), sep, "%d.%02d" % (R.randint(300, 6000), R.randint(0, 99)), sep, R.choice(STATUS[lang])])
    if not distinct_names(seen):
        return None
    body = []
    for r in rows:
        body += [r, "\n"]
    return "csv", lang, wrap(R, lang, body[:-1], tech="csv")


ROSTER = {
    "en": ("Name,Date of birth,Nationality,Passport no.,Expiry,Room", "School trip to {dest} – traveller list for the coach company"),
    "de": ("Name;Geburtsdatum;Staatsangehörigkeit;Passnummer;gültig bis;Zimmer", "Chorreise nach {dest} – Teilnehmerliste für das Reisebüro"),
    "fr": ("Nom;Date de naissance;Nationalité;N° passeport;Expiration;Chambre", "Voyage du club à {dest} – liste des participants"),
    "es": ("Nombre;Fecha de nacimiento;Nacionalidad;Pasaporte;Caducidad;Habitación", "Viaje de empresa a {dest} – lista de viajeros"),
    "it": ("Nome;Data di nascita;Cittadinanza;N. passaporto;Scadenza;Camera", "Gita aziendale a {dest} – elenco partecipanti"),
    "nl": ("Naam;Geboortedatum;Nationaliteit;Paspoortnr.;Geldig tot;Kamer", "Teamuitje naar {dest} – deelnemerslijst"),
    "pl": ("Imię i nazwisko;Data urodzenia;Obywatelstwo;Nr paszportu;Ważny do;Pokój", "Wycieczka do {dest} – lista uczestników"),
    "sv": ("Namn;Födelsedatum;Medborgarskap;Passnummer;Giltigt till;Rum", "Klassresa till {dest} – deltagarlista"),
    "pt": ("Nome;Data de nascimento;Nacionalidade;Passaporte;Validade;Quarto", "Viagem de finalistas a {dest} – lista de participantes"),
    "ja": ("氏名,生年月日,国籍,旅券番号,有効期限,部屋", "{dest}社員旅行 参加者名簿"),
}
NAT_CODE = {"gb": "GBR", "us": "USA", "ie": "IRL", "au": "AUS", "ca": "CAN", "in": "IND", "de": "DEU", "at": "AUT", "ch": "CHE", "fr": "FRA", "be": "BEL",
            "nl": "NLD", "es": "ESP", "mx": "MEX", "pt": "PRT", "br": "BRA", "it": "ITA", "pl": "POL", "se": "SWE", "tr": "TUR", "gr": "GRC", "ru": "RUS",
            "jp": "JPN", "cn": "CHN", "kr": "KOR", "th": "THA", "ae": "ARE"}


@tpl("group_roster", 16)
def t_roster(R):
    lang = R.choice(sorted(ROSTER))
    hdr, title = ROSTER[lang]
    cc = pick_cc(R, lang)
    fmt = R.choice(["csv", "csv", "md"])
    sep = "," if lang in ("en", "ja") else ";"
    kids = "School" in title or "Klassresa" in title or "finalistas" in title
    ppl = []
    for i in range(R.randint(3, 4)):
        c2 = cc if R.random() < 0.8 else R.choice(["DE", "FR", "ES", "IT", "NL", "PL", "GB", "TR", "PT"])
        ppl.append((person(R, cul_of(c2, lang)), c2))
    if not distinct_names([x[0] for x in ppl]):
        return None
    body = F(title, dest=R.choice(DESTS)) + ["\n\n"]
    cols = hdr.split(sep)
    if fmt == "md":
        body += ["| " + " | ".join(cols) + " |\n", "|" + "---|" * len(cols) + "\n"]
        s0, s1, s2 = "| ", " | ", " |\n"
    else:
        body += [hdr + "\n"]
        s0, s1, s2 = "", sep, "\n"
    for i, (p, c2) in enumerate(ppl):
        nm = p.full() if lang == "ja" and p.cul == "jp" else (p.latin() if p.native else (p.surname_first() if R.random() < 0.3 and sep == ";" else p.full()))
        d = bdate(R, 2008, 2013) if kids and i > 0 else bdate(R, 1958, 2003)
        body += [s0, Lp(nm), s1, L("dob", fdate(R, d, lang, R.choice(["num", "iso"]))), s1, NAT_CODE[p.cul], s1, passport(R, p.cul), s1,
                 fdate(R, datetime.date(R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28)), lang, "num"), s1, str(100 + R.randint(1, 60)), s2]
    body += ["\n", {"en": "Organiser mobile: ", "de": "Reiseleitung mobil: ", "fr": "Responsable : ", "es": "Coordinadora: ", "it": "Referente: ",
                    "nl": "Reisleider: ", "pl": "Opiekun: ", "sv": "Reseledare: ", "pt": "Responsável: ", "ja": "幹事連絡先: "}[lang], phone(R, cc, mobile=True)]
    return "csv" if fmt == "csv" else "table", lang, wrap(R, lang, body, tech="csv" if fmt == "csv" and lang in TECH_REQUESTS["csv"] and R.random() < 0.5 else False)


@tpl("itinerary_json", 16)
def t_itin_json(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "nl", "pt", "ja", "ko", "zh", "tr", "pl", "sv"])
    cc = pick_cc(R, lang)
    lead = person(R, cul_of(cc, lang))
    pax = group_of(R, lead, R.choice([1, 2, 2, 3]))
    if not distinct_names(pax):
        return None
    code = R.choice(AIRLINE_BY_LANG[lang])
    al = AL[code]
    a, b = route(R, al[3])
    d = trip_date(R, lang)[1]
    ind = "  "
    body = ['{\n', ind, '"data": {\n', ind * 2, '"type": "flight-order",\n', ind * 2, '"id": "', N("eJzTd9f3NjIJdQ" + rnd(R, string.ascii_letters + string.digits, 10), "order_id"), '",\n',
            ind * 2, '"associatedRecords": [{"reference": "', N(pnr(R), "pnr"), '", "originSystemCode": "GDS"}],\n',
            ind * 2, '"flightOffers": [{"itineraries": [{"segments": [{"departure": {"iataCode": "%s", "at": "%sT%s:00"}, "arrival": {"iataCode": "%s"}, "carrierCode": "%s", "number": "' % (a, d.isoformat(), hhmm(R), b, code),
            N(str(R.randint(10, 1999)), "flight_number"), '"}]}], "price": {"currency": "EUR", "total": "%d.%02d"}}],\n' % (R.randint(90, 3000), R.randint(0, 99)),
            ind * 2, '"travelers": [\n']
    for i, q in enumerate(pax):
        db = bdate(R, 1950, 2019)
        body += [ind * 3, '{"id": "%d", "dateOfBirth": "' % (i + 1), L("dob", db.isoformat()), '", "gender": "%s", "name": {"firstName": "' % ("FEMALE" if q.sex == "f" else "MALE"),
                 Lp(fold_upper(q.lgiven) if R.random() < 0.5 else q.lgiven), '", "lastName": "', Lp(fold_upper(q.lfamily) if R.random() < 0.5 else q.lfamily), '"}']
        if R.random() < 0.7:
            body += [', "documents": [{"documentType": "PASSPORT", "number": "', passport(R, q.cul), '", "expiryDate": "%d-%02d-%02d", "nationality": "%s", "holder": true}]' % (
                R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28), cc)]
        if i == 0:
            body += [', "contact": {"emailAddress": "', Le(email_of(R, q, cc)), '", "phones": [{"deviceType": "MOBILE", "number": "', phone(R, cc, mobile=True, style="e164"), '"}]}']
        body += ["}", ",\n" if i < len(pax) - 1 else "\n"]
    body += [ind * 2, "]"]
    if R.random() < 0.4:
        body += [',\n', ind * 2, '"formOfPayments": [{"creditCard": {"brand": "VISA", "holder": "', Lp(fold_upper(lead.latin())), '", "number": "', card(R, "visa", sep=""),
                 '", "expiryDate": "20%02d-%02d"}}]' % (R.randint(27, 31), R.randint(1, 12))]
    if R.random() < 0.5:
        body += [',\n', ind * 2, '"metadata": {"channel": "WEB", "clientIp": "', ip(R), '", "userAgent": "Mozilla/5.0"}']
    body += ["\n", ind, "}\n}"]
    return "json", lang, wrap(R, lang, body, tech="json")


APP = ["com.lufthansa.android", "com.airfrance.android.dinamoprd", "com.ba.mobile", "com.iberia.android", "com.turkishairlines.mobile", "jp.co.ana.android.tabidachi",
       "com.koreanair.passenger", "com.emirates.ek.android", "com.klm.mobile.iflyklm", "com.tap.flytap"]


@tpl("app_log", 18)
def t_app_log(R):
    lang = R.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pt", "ja", "ko", "zh", "tr", "ru", "pl", "sv", "in"])
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    app = R.choice(APP)
    ts = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    kind = R.choice(["google_api_key", "jwt", "stripe", "sendgrid", "aws_access_key_id", "twilio"])
    uip = ip(R)
    lines = []

    def t(dt):
        return (ts + datetime.timedelta(seconds=dt)).strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % R.randint(0, 999)
    lines += [[t(0), " I/%s: app start v%d.%d.%d build %d, locale=%s" % (app, R.randint(4, 9), R.randint(0, 40), R.randint(0, 9), R.randint(10000, 99999), {"in": "en_IN"}.get(lang, lang + "_" + cc))]]
    lines += [[t(1), " D/Api: init base_url=https://api.%s.example.net/v2 apiKey=" % app.split(".")[1], api_secret(R, kind)]]
    lines += [[t(2), " D/Net: client_ip=", uip, " x-forwarded-for=", ip(R, v6=False), " resolver=", N(R.choice(["1.1.1.1", "8.8.8.8", "9.9.9.9"]), "public_resolver"), " mtu=1500"]]
    lines += [[t(4), " I/Auth: login ok user=", Le(email_of(R, p, cc)), " member=", N(AL[R.choice(AIRLINE_BY_LANG[lang])][5](R), "frequent_flyer")]]
    lines += [[t(5), " D/Auth: Authorization: Bearer ", api_secret(R, "jwt")]]
    lines += [[t(7), " I/Trip: GET /trips?pnr=", N(pnr(R), "pnr"), "&lastName=", Lp(fold_upper(p.lfamily) if R.random() < 0.5 else p.lfamily), " -> 200 (%d ms)" % R.randint(40, 900)]]
    if R.random() < 0.5:
        lines += [[t(9), " W/Checkin: APIS incomplete for pax 1: passport=", passport(R, p.cul), " dob=", L("dob", bdate(R, 1955, 2003).isoformat()), " missing=nationality"]]
    lines += [[t(11), " E/Checkin: POST /checkin/boardingpass -> 503 upstream timeout (peer ", doc_ip(R), ":443)"]]
    if R.random() < 0.5:
        lines += [[t(12), " D/Push: token registered for device ", N("%s-%s" % (rnd(R, "0123456789ABCDEF", 8), rnd(R, "0123456789ABCDEF", 4)), "device_id"), " from ", ip(R)]]
    body = []
    for ln in lines:
        body += ln + ["\n"]
    return "log", lang, wrap(R, lang, body[:-1], tech="log")


LA_ = {
    "en": ("New sign-in to your {prog} account", "We noticed a new sign-in to your account.", "Account", "Member number", "When", "Device", "IP address",
           "Approximate location", "If this was you, you don't need to do anything. If not, change your password and call {line}."),
    "de": ("Neue Anmeldung bei Ihrem {prog}-Konto", "wir haben eine neue Anmeldung bei Ihrem Konto festgestellt.", "Konto", "Servicekartennummer", "Wann", "Gerät",
           "IP-Adresse", "Ungefährer Standort", "Wenn Sie das waren, ist nichts zu tun. Andernfalls ändern Sie Ihr Passwort und rufen Sie {line} an."),
    "fr": ("Nouvelle connexion à votre compte {prog}", "nous avons détecté une nouvelle connexion à votre compte.", "Compte", "Numéro de membre", "Quand", "Appareil",
           "Adresse IP", "Localisation approximative", "Si ce n'était pas vous, changez votre mot de passe et appelez le {line}."),
    "es": ("Nuevo inicio de sesión en tu cuenta {prog}", "hemos detectado un nuevo inicio de sesión en tu cuenta.", "Cuenta", "Número de socio", "Cuándo",
           "Dispositivo", "Dirección IP", "Ubicación aproximada", "Si no has sido tú, cambia tu contraseña y llama al {line}."),
    "it": ("Nuovo accesso al tuo account {prog}", "abbiamo rilevato un nuovo accesso al tuo account.", "Account", "Numero socio", "Quando", "Dispositivo",
           "Indirizzo IP", "Posizione approssimativa", "Se non sei stato tu, cambia la password e chiama il {line}."),
    "pt": ("Novo início de sessão na sua conta {prog}", "detetámos um novo início de sessão na sua conta.", "Conta", "Número de cliente", "Quando", "Dispositivo",
           "Endereço IP", "Localização aproximada", "Se não foi você, altere a palavra-passe e ligue para {line}."),
    "nl": ("Nieuwe aanmelding bij je {prog}-account", "we zagen een nieuwe aanmelding bij je account.", "Account", "Lidnummer", "Wanneer", "Apparaat", "IP-adres",
           "Geschatte locatie", "Was jij dit niet? Wijzig je wachtwoord en bel {line}."),
    "ja": ("{prog} 新しいログインのお知らせ", "お客様のアカウントへの新しいログインがありました。", "アカウント", "会員番号", "日時", "端末", "IPアドレス", "おおよその場所",
           "お心当たりがない場合はパスワードを変更し、{line} までご連絡ください。"),
    "ko": ("{prog} 새 로그인 알림", "회원님의 계정에 새로운 로그인이 있었습니다.", "계정", "회원번호", "일시", "기기", "IP 주소", "대략적 위치",
           "본인이 아니라면 비밀번호를 변경하고 {line}로 연락해 주세요."),
    "zh": ("{prog} 新登录提醒", "您的账户有一次新的登录。", "账户", "会员卡号", "时间", "设备", "IP 地址", "大致位置", "如非本人操作，请立即修改密码并致电 {line}。"),
    "ru": ("Новый вход в аккаунт {prog}", "мы зафиксировали новый вход в ваш аккаунт.", "Аккаунт", "Номер участника", "Когда", "Устройство", "IP-адрес",
           "Примерное местоположение", "Если это были не вы, смените пароль и позвоните по номеру {line}."),
    "ar": ("تسجيل دخول جديد إلى حساب {prog}", "لاحظنا تسجيل دخول جديد إلى حسابك.", "الحساب", "رقم العضوية", "الوقت", "الجهاز", "عنوان IP",
           "الموقع التقريبي", "إذا لم تكن أنت، غيّر كلمة المرور واتصل على {line}."),
    "el": ("Νέα σύνδεση στον λογαριασμό σας {prog}", "εντοπίσαμε νέα σύνδεση στον λογαριασμό σας.", "Λογαριασμός", "Αριθμός μέλους", "Πότε", "Συσκευή",
           "Διεύθυνση IP", "Κατά προσέγγιση τοποθεσία", "Αν δεν ήσασταν εσείς, αλλάξτε τον κωδικό σας και καλέστε στο {line}."),
    "tr": ("{prog} hesabınıza yeni giriş", "hesabınıza yeni bir giriş yapıldığını fark ettik.", "Hesap", "Üye numarası", "Zaman", "Cihaz", "IP adresi",
           "Yaklaşık konum", "Bu siz değilseniz şifrenizi değiştirin ve {line} numarasını arayın."),
}
CITY_APPROX = ["Frankfurt, DE", "Madrid, ES", "Milano, IT", "Lisboa, PT", "Paris, FR", "Amsterdam, NL", "Tokyo, JP", "Seoul, KR", "Shanghai, CN", "İstanbul, TR", "London, GB"]


@tpl("login_alert", 26)
def t_login_alert(R):
    lang = R.choice(sorted(LA_))
    T = LA_[lang]
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    al = AL[R.choice(AIRLINE_BY_LANG.get(lang, ["LH"]))]
    ts = "%s %s UTC" % (fdate(R, trip_date(R, lang)[1], lang, "num"), hhmm(R))
    body = F(T[0], prog=al[4]) + ["\n\n"] + salute(R, p, lang) + ["\n\n", T[1], "\n\n",
                                                              "%s: " % T[2], Le(email_of(R, p, cc)), "\n", "%s: " % T[3], N(al[5](R), "frequent_flyer"), "\n",
                                                              "%s: %s\n" % (T[4], ts), "%s: %s\n" % (T[5], R.choice(["iPhone 15 · iOS 19.1", "Chrome on Windows", "Pixel 8 · Android 16", "Safari on macOS", "Galaxy S24"])),
                                                              "%s: " % T[6], ip(R), "\n", "%s: %s\n\n" % (T[7], R.choice(CITY_APPROX))]
    if R.random() < 0.6:
        body += [{"en": "Previous sign-in: ", "de": "Letzte Anmeldung: ", "fr": "Connexion précédente : ", "es": "Inicio anterior: ", "it": "Accesso precedente: ",
                  "pt": "Sessão anterior: ", "nl": "Vorige aanmelding: ", "ja": "前回のログイン: ", "ko": "이전 로그인: ", "zh": "上次登录: ", "tr": "Önceki giriş: ",
                  "ru": "Предыдущий вход: ", "ar": "تسجيل الدخول السابق: ", "el": "Προηγούμενη σύνδεση: "}[lang], ip(R), "\n\n"]
    body += F(T[8], line=N(al[6], "airline_call_centre"))
    return "email", lang, wrap(R, lang, body)


# travel chats: lines (speaker 0/1/2, frame). {n0} {n1} {n2} are names of the speakers (given)
TC = {
    "en": [(0, "Booked! Ref is {pnr}, {fl} on Friday, 07:40 from the North Terminal."), (1, "Amazing. Do you need my passport number for the airline?"),
           (0, "Yes please, and date of birth, the app wants both"), (1, "{pp}, born {dob}"), (2, "Mine: {pp2}"),
           (0, "{n2} I also need your birthday lol"), (2, "{dob2}"), (1, "New number btw, the old one is gone: {ph}")],
    "de": [(0, "Gebucht! Buchungscode {pnr}, {fl} am Freitag um 7:40."), (1, "Super. Brauchst du meine Passnummer?"), (0, "Ja, und das Geburtsdatum, die App will beides"),
           (1, "{pp}, geboren am {dob}"), (2, "Meine: {pp2}"), (0, "{n2}, dein Geburtsdatum fehlt noch"), (2, "{dob2}"), (1, "Übrigens neue Nummer: {ph}")],
    "fr": [(0, "C'est réservé ! Référence {pnr}, {fl} vendredi à 7h40."), (1, "Top. Tu as besoin de mon numéro de passeport ?"),
           (0, "Oui, et la date de naissance, l'appli demande les deux"), (1, "{pp}, née le {dob}"), (2, "Le mien : {pp2}"),
           (0, "{n2}, il me manque ta date de naissance"), (2, "{dob2}"), (1, "Au fait, nouveau numéro : {ph}")],
    "es": [(0, "¡Reservado! Localizador {pnr}, {fl} el viernes a las 7:40."), (1, "Genial. ¿Necesitas mi número de pasaporte?"),
           (0, "Sí, y la fecha de nacimiento, la app pide las dos cosas"), (1, "{pp}, nací el {dob}"), (2, "El mío: {pp2}"),
           (0, "{n2}, me falta tu fecha de nacimiento"), (2, "{dob2}"), (1, "Por cierto, número nuevo: {ph}")],
    "it": [(0, "Prenotato! Codice {pnr}, {fl} venerdì alle 7:40."), (1, "Grande. Ti serve il numero del mio passaporto?"),
           (0, "Sì, e la data di nascita, l'app le chiede tutte e due"), (1, "{pp}, nata il {dob}"), (2, "Il mio: {pp2}"),
           (0, "{n2}, mi manca la tua data di nascita"), (2, "{dob2}"), (1, "Comunque ho cambiato numero: {ph}")],
    "nl": [(0, "Geboekt! Boekingscode {pnr}, {fl} vrijdag om 7:40."), (1, "Top. Heb je mijn paspoortnummer nodig?"),
           (0, "Ja, en je geboortedatum, de app vraagt allebei"), (1, "{pp}, geboren {dob}"), (2, "Die van mij: {pp2}"),
           (0, "{n2}, jouw geboortedatum mis ik nog"), (2, "{dob2}"), (1, "Trouwens, nieuw nummer: {ph}")],
    "pt": [(0, "Reservado! Código {pnr}, {fl} na sexta às 7h40."), (1, "Boa. Precisas do número do meu passaporte?"),
           (0, "Sim, e da data de nascimento, a app pede as duas"), (1, "{pp}, nasci a {dob}"), (2, "O meu: {pp2}"),
           (0, "{n2}, falta a tua data de nascimento"), (2, "{dob2}"), (1, "Já agora, número novo: {ph}")],
    "pl": [(0, "Zarezerwowane! Kod {pnr}, {fl} w piątek o 7:40."), (1, "Super. Potrzebujesz numeru mojego paszportu?"),
           (0, "Tak, i daty urodzenia, aplikacja chce obu"), (1, "{pp}, urodzona {dob}"), (2, "Mój: {pp2}"),
           (0, "{n2}, brakuje mi twojej daty urodzenia"), (2, "{dob2}"), (1, "Swoją drogą nowy numer: {ph}")],
    "sv": [(0, "Bokat! Bokningsnummer {pnr}, {fl} på fredag kl. 7.40."), (1, "Toppen. Behöver du mitt passnummer?"),
           (0, "Ja, och födelsedatum, appen vill ha båda"), (1, "{pp}, född {dob}"), (2, "Mitt: {pp2}"),
           (0, "{n2}, jag saknar ditt födelsedatum"), (2, "{dob2}"), (1, "Nytt nummer förresten: {ph}")],
    "tr": [(0, "Rezervasyon tamam! Kod {pnr}, {fl}, cuma 07:40."), (1, "Süper. Pasaport numaram lazım mı?"),
           (0, "Evet, doğum tarihi de lazım, uygulama ikisini de istiyor"), (1, "{pp}, doğum tarihim {dob}"), (2, "Benimki: {pp2}"),
           (0, "{n2}, senin doğum tarihin eksik"), (2, "{dob2}"), (1, "Bu arada yeni numaram: {ph}")],
    "el": [(0, "Έκλεισα! Κωδικός {pnr}, {fl} την Παρασκευή στις 7:40."), (1, "Τέλεια. Θέλεις τον αριθμό διαβατηρίου μου;"),
           (0, "Ναι, και ημερομηνία γέννησης, τα ζητάει η εφαρμογή"), (1, "{pp}, γεννήθηκα {dob}"), (2, "Το δικό μου: {pp2}"),
           (0, "{n2}, μου λείπει η ημερομηνία γέννησής σου"), (2, "{dob2}"), (1, "Παρεμπιπτόντως νέο κινητό: {ph}")],
    "ru": [(0, "Забронировала! Код {pnr}, {fl} в пятницу в 7:40."), (1, "Отлично. Нужен номер моего загранпаспорта?"),
           (0, "Да, и дата рождения, приложение просит и то и другое"), (1, "{pp}, дата рождения {dob}"), (2, "Мой: {pp2}"),
           (0, "{n2}, не хватает твоей даты рождения"), (2, "{dob2}"), (1, "Кстати, новый номер: {ph}")],
    "ja": [(0, "予約できたよ！予約番号は{pnr}、金曜7:40の{fl}。"), (1, "ありがとう！パスポート番号いる？"), (0, "うん、生年月日もアプリで必要みたい"),
           (1, "{pp}、生年月日は{dob}"), (2, "私のは{pp2}"), (0, "{n2}の生年月日もお願い"), (2, "{dob2}"), (1, "ちなみに電話番号変わった：{ph}")],
    "zh": [(0, "订好了！订座记录{pnr}，周五7:40的{fl}。"), (1, "太好了，要我的护照号吗？"), (0, "要的，还有出生日期，App两样都要填"),
           (1, "{pp}，出生日期{dob}"), (2, "我的是{pp2}"), (0, "{n2}，还差你的出生日期"), (2, "{dob2}"), (1, "对了我换号了：{ph}")],
    "ko": [(0, "예약 완료! 예약번호 {pnr}, 금요일 7:40 {fl}편이야."), (1, "고마워! 여권번호 필요해?"), (0, "응, 생년월일도 앱에서 같이 넣어야 돼"),
           (1, "{pp}, 생년월일 {dob}"), (2, "내 거: {pp2}"), (0, "{n2}, 네 생년월일만 남았어"), (2, "{dob2}"), (1, "참고로 번호 바꿨어: {ph}")],
    "ar": [(0, "تم الحجز! رمز الحجز {pnr}، رحلة {fl} يوم الجمعة الساعة 7:40."), (1, "ممتاز. هل تحتاج رقم جواز سفري؟"),
           (0, "نعم، وتاريخ الميلاد أيضاً، التطبيق يطلب الاثنين"), (1, "{pp}، تاريخ الميلاد {dob}"), (2, "رقمي: {pp2}"),
           (0, "{n2}، ينقصني تاريخ ميلادك"), (2, "{dob2}"), (1, "بالمناسبة رقمي الجديد: {ph}")],
    "th": [(0, "จองแล้ว! รหัสการจอง {pnr} เที่ยวบิน {fl} วันศุกร์ 7:40"), (1, "เยี่ยม ต้องใช้เลขพาสปอร์ตเราไหม"), (0, "ใช่ แล้วก็วันเกิดด้วย แอปถามทั้งสองอย่าง"),
           (1, "{pp} เกิดวันที่ {dob}"), (2, "ของเรา {pp2}"), (0, "{n2} ขอวันเกิดด้วยนะ"), (2, "{dob2}"), (1, "เปลี่ยนเบอร์ใหม่แล้วนะ {ph}")],
}


TC_CARD = {"en": "Can you pay my half of the deposit with this and I'll send you cash? {card}", "de": "Kannst du meinen Anteil mit der Karte zahlen? {card}",
           "fr": "Tu peux payer ma part avec cette carte ? {card}", "es": "¿Pagas mi parte con esta tarjeta? {card}", "it": "Paghi la mia parte con questa carta? {card}",
           "nl": "Betaal jij mijn deel met deze kaart? {card}", "pt": "Pagas a minha parte com este cartão? {card}", "pl": "Zapłacisz moją część tą kartą? {card}",
           "sv": "Kan du betala min del med det här kortet? {card}", "tr": "Benim payımı bu kartla öder misin? {card}", "el": "Πληρώνεις το μερίδιό μου με αυτή την κάρτα; {card}",
           "ru": "Оплатишь мою часть этой картой? {card}", "ja": "私の分はこのカードで払ってくれる？ {card}", "zh": "我那份用这张卡付吧：{card}",
           "ko": "내 몫은 이 카드로 결제해 줄래? {card}", "ar": "هل تدفع حصتي بهذه البطاقة؟ {card}", "th": "จ่ายส่วนของเราด้วยบัตรนี้ได้ไหม {card}"}


@tpl("travel_chat", 28)
def t_travel_chat(R):
    lang = R.choice(sorted(TC))
    cc = pick_cc(R, lang)
    ppl = [person(R, cul_of(cc, lang), sex) for sex in (None, "f", None)]
    if len({p.given for p in ppl}) < 3 or not distinct_names(ppl):
        return None
    code = R.choice(AIRLINE_BY_LANG[lang])
    natv = lang in ("ja", "zh", "ko", "ru", "el", "ar", "th")

    def nm(i):
        return Lp(ppl[i].given if (natv or not ppl[i].native) else ppl[i].lgiven)
    kw = dict(pnr=N(pnr(R), "pnr"), fl=N(flight_no(R, code), "flight_number"), pp=passport(R, ppl[1].cul), pp2=passport(R, ppl[2].cul),
              dob=L("dob", fdate(R, bdate(R, 1975, 2004), lang)), dob2=L("dob", fdate(R, bdate(R, 1975, 2004), lang)), ph=phone(R, cc, mobile=True))
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=R.randint(0, 400))
    body = []
    lines = list(TC[lang])
    drop = set()
    if R.random() < 0.6:
        drop.add(4)
    if R.random() < 0.6:
        drop.update({5, 6})
    if R.random() < 0.5:
        drop.add(7)
    lines = [ln for j, ln in enumerate(lines) if j not in drop]
    if R.random() < 0.3:
        lines.append((1, TC_CARD[lang]))
        kw["card"] = card(R)
    last = None
    st = stamper(R, lang, d)
    for i, (spk, fr) in enumerate(lines):
        if spk == last:
            body[-1:] = [" "]
            body += F(fr, n2=nm(2), **kw) + ["\n"]
        else:
            body += [st(), " ", nm(spk), ": "] + F(fr, n2=nm(2), **kw) + ["\n"]
        last = spk
    return "chat_export", lang, wrap(R, lang, body[:-1])


EU261 = {
    "en": ("Subject: Compensation claim under Regulation (EC) No 261/2004 – booking {pnr}", "Dear {airline} Customer Relations,",
           "On {date} our flight {fl} from {a} to {b} arrived more than four hours late. Under Article 7 of Regulation 261/2004 we are each entitled to EUR 400.",
           "Passengers", "Please transfer the compensation to the following account:", "Account holder", "Yours faithfully,"),
    "de": ("Betreff: Ausgleichsforderung nach VO (EG) Nr. 261/2004 – Buchung {pnr}", "Sehr geehrte Damen und Herren,",
           "unser Flug {fl} von {a} nach {b} am {date} ist mit mehr als vier Stunden Verspätung angekommen. Nach Art. 7 der Verordnung stehen jedem Reisenden 400 EUR zu.",
           "Reisende", "Bitte überweisen Sie die Ausgleichszahlung auf folgendes Konto:", "Kontoinhaber/in", "Mit freundlichen Grüßen"),
    "fr": ("Objet : demande d'indemnisation (règlement CE 261/2004) – dossier {pnr}", "Madame, Monsieur,",
           "Notre vol {fl} de {a} à {b} du {date} est arrivé avec plus de quatre heures de retard. Conformément à l'article 7 du règlement, chaque passager a droit à 400 EUR.",
           "Passagers", "Merci de verser l'indemnisation sur le compte suivant :", "Titulaire", "Veuillez agréer mes salutations distinguées."),
    "es": ("Asunto: reclamación de compensación (Reglamento CE 261/2004) – reserva {pnr}", "Estimados señores:",
           "Nuestro vuelo {fl} de {a} a {b} del {date} llegó con más de cuatro horas de retraso. Según el artículo 7 del Reglamento, cada pasajero tiene derecho a 400 EUR.",
           "Pasajeros", "Les ruego que abonen la compensación en la siguiente cuenta:", "Titular", "Atentamente,"),
    "it": ("Oggetto: richiesta di compensazione ai sensi del Reg. (CE) 261/2004 – prenotazione {pnr}", "Spettabile servizio clienti,",
           "il nostro volo {fl} da {a} a {b} del {date} è arrivato con oltre quattro ore di ritardo. Ai sensi dell'art. 7 del Regolamento spettano 400 EUR a passeggero.",
           "Passeggeri", "Vi prego di accreditare la compensazione sul seguente conto:", "Intestatario", "Distinti saluti,"),
    "nl": ("Onderwerp: claim compensatie op grond van Verordening (EG) 261/2004 – boeking {pnr}", "Geachte heer/mevrouw,",
           "Onze vlucht {fl} van {a} naar {b} op {date} kwam meer dan vier uur te laat aan. Volgens artikel 7 heeft iedere passagier recht op EUR 400.",
           "Passagiers", "Graag ontvang ik de compensatie op de volgende rekening:", "Rekeninghouder", "Met vriendelijke groet,"),
    "pt": ("Assunto: pedido de indemnização (Regulamento CE 261/2004) – reserva {pnr}", "Exmos. Senhores,",
           "O nosso voo {fl} de {a} para {b} no dia {date} chegou com mais de quatro horas de atraso. Nos termos do artigo 7.º, cada passageiro tem direito a 400 EUR.",
           "Passageiros", "Solicito a transferência da indemnização para a seguinte conta:", "Titular", "Com os melhores cumprimentos,"),
    "pl": ("Temat: wniosek o odszkodowanie (rozporządzenie WE 261/2004) – rezerwacja {pnr}", "Szanowni Państwo,",
           "Nasz lot {fl} z {a} do {b} w dniu {date} dotarł z ponad czterogodzinnym opóźnieniem. Zgodnie z art. 7 każdemu pasażerowi przysługuje 400 EUR.",
           "Pasażerowie", "Proszę o przelew odszkodowania na rachunek:", "Właściciel rachunku", "Z poważaniem,"),
}


@tpl("refund_request", 18)
def t_refund(R):
    lang = R.choice(sorted(EU261))
    T = EU261[lang]
    cc = {"en": R.choice(["GB", "IE"]), "de": R.choice(["DE", "AT"]), "fr": R.choice(["FR", "BE"]), "es": "ES", "it": "IT", "nl": R.choice(["NL", "BE"]), "pt": "PT", "pl": "PL"}[lang]
    lead = person(R, cul_of(cc, lang))
    pax = group_of(R, lead, R.choice([1, 2, 2, 3]))
    if not distinct_names(pax):
        return None
    code = R.choice(AIRLINE_BY_LANG.get(lang, ["LH"]))
    al = AL[code]
    a, b = route(R, al[3])
    body = F(T[0], pnr=N(pnr(R), "pnr")) + ["\n\n", T[1].replace("{airline}", al[1]), "\n\n"] + F(T[2], fl=N(flight_no(R, code), "flight_number"), a=AIRPORTS[a], b=AIRPORTS[b],
                                                                                                    date=fdate(R, trip_date(R, lang)[1], lang, "num")) + ["\n\n", T[3], ":\n"]
    for q in pax:
        body += ["- ", Lp(q.full()), " (", N(ticket_no(R, al[2]), "ticket_number"), ")\n"]
    if R.random() < 0.35:
        body += ["\n", {"en": "The tickets were paid with card ", "de": "Bezahlt wurde mit der Karte ", "fr": "Les billets ont été payés avec la carte ",
                        "es": "Los billetes se pagaron con la tarjeta ", "it": "I biglietti sono stati pagati con la carta ", "nl": "Betaald met kaart ",
                        "pt": "Os bilhetes foram pagos com o cartão ", "pl": "Bilety opłacono kartą "}[lang], card(R), ".\n"]
    body += ["\n", T[4], "\nIBAN: ", iban(R, cc), "\nBIC: ", N(rnd(R, string.ascii_uppercase, 4) + cc + rnd(R, string.ascii_uppercase + "0123456789", 2), "bic"), "\n",
             "%s: " % T[5], Lp(lead.full()), "\n\n", T[6], "\n", Lp(lead.full()), "\n", La(address(R, cc, multi=True), cc), "\n", phone(R, cc), "\n", Le(email_of(R, lead, cc))]
    return "letter", lang, wrap(R, lang, body)


FERRY = {
    "en": ("Ferry booking – passenger details required by the port authority", "Surname,Name,Sex,Date of birth,Nationality,ID/Passport no.", "Vehicle", "Emergency contact"),
    "el": ("Κράτηση πλοίου – στοιχεία επιβατών για το Λιμεναρχείο", "Επώνυμο,Όνομα,Φύλο,Ημ. γέννησης,Υπηκοότητα,Αρ. διαβατηρίου", "Όχημα", "Επαφή έκτακτης ανάγκης"),
    "it": ("Prenotazione traghetto – dati passeggeri per la Capitaneria", "Cognome,Nome,Sesso,Data di nascita,Cittadinanza,N. documento", "Veicolo", "Contatto di emergenza"),
    "es": ("Reserva de ferry – datos de pasajeros para Capitanía", "Apellidos,Nombre,Sexo,Fecha de nacimiento,Nacionalidad,N.º documento", "Vehículo", "Contacto de emergencia"),
    "sv": ("Färjebokning – passageraruppgifter", "Efternamn,Förnamn,Kön,Födelsedatum,Nationalitet,Passnummer", "Fordon", "Nödkontakt"),
}
FERRY_CO = {"en": "Brittany Ferries", "el": "Blue Star Ferries", "it": "Grimaldi Lines", "es": "Baleària", "sv": "Stena Line"}


@tpl("ferry_manifest", 10)
def t_ferry(R):
    lang = R.choice(sorted(FERRY))
    T = FERRY[lang]
    cc = pick_cc(R, lang)
    lead = person(R, cul_of(cc, lang))
    pax = group_of(R, lead, R.randint(2, 3))
    if not distinct_names(pax):
        return None
    body = ["%s · %s\n%s: " % (T[0], FERRY_CO[lang], "Booking"), N(rnd(R, string.ascii_uppercase, 2) + digits(R, 7), "booking_reference"), "\n\n", T[1], "\n"]
    for q in pax:
        d = bdate(R, 1950, 2022)
        body += [Lp(q.family if not q.native or lang == "el" else q.lfamily), ",", Lp(q.given if not q.native or lang == "el" else q.lgiven), ",", "F" if q.sex == "f" else "M", ",",
                 L("dob", fdate(R, d, lang, "num")), ",", NAT_CODE[q.cul], ",", passport(R, q.cul), "\n"]
    body += ["\n%s: " % T[2], N(PLATES.get({"en": "en", "el": "el", "it": "it", "es": "es", "sv": "de"}[lang], PLATES["de"])(R), "plate"), "\n",
             "%s: " % T[3], Lp(relative(R, lead).full()), " ", phone(R, cc)]
    return "csv", lang, wrap(R, lang, body)


WM = {
    "en": ("Welcome to {house}!", "Your hosts", "Address (for taxis and deliveries)", "Door code", "Wi-Fi", "password", "Call or WhatsApp us", "E-mail",
           "Emergencies: 112 · Nearest pharmacy: Farmacia del Puerto, open 9–21", "Check-out by 11:00, please leave the keys on the kitchen table."),
    "de": ("Willkommen im {house}!", "Eure Gastgeber", "Adresse (für Taxi und Lieferdienste)", "Türcode", "WLAN", "Passwort", "Anruf oder WhatsApp",
           "E-Mail", "Notruf: 112 · Nächste Apotheke: Marien-Apotheke am Markt", "Check-out bis 10 Uhr, Schlüssel bitte in den Schlüsselkasten."),
    "fr": ("Bienvenue à {house} !", "Vos hôtes", "Adresse (pour les taxis et livraisons)", "Code de la porte", "Wifi", "mot de passe", "Appel ou WhatsApp",
           "E-mail", "Urgences : 112 · Pharmacie la plus proche : Pharmacie du Port", "Départ avant 11h, merci de laisser les clés sur la table."),
    "es": ("¡Bienvenidos a {house}!", "Vuestros anfitriones", "Dirección (para taxis y repartos)", "Código de la puerta", "WiFi", "contraseña", "Llamadas o WhatsApp",
           "Email", "Emergencias: 112 · Farmacia más cercana: Farmacia Lda. Puerto", "Salida antes de las 11:00, dejad las llaves en la mesa."),
    "it": ("Benvenuti a {house}!", "I vostri host", "Indirizzo (per taxi e consegne)", "Codice del portone", "Wi-Fi", "password", "Chiamate o WhatsApp",
           "E-mail", "Emergenze: 112 · Farmacia più vicina: Farmacia Centrale", "Check-out entro le 10:30, lasciate le chiavi sul tavolo."),
    "pt": ("Bem-vindos à {house}!", "Os vossos anfitriões", "Morada (para táxis e entregas)", "Código da porta", "Wi-Fi", "palavra-passe", "Chamadas ou WhatsApp",
           "E-mail", "Emergência: 112 · Farmácia mais próxima: Farmácia Central", "Check-out até às 11h, deixem as chaves na mesa."),
    "el": ("Καλώς ήρθατε στο {house}!", "Οι οικοδεσπότες σας", "Διεύθυνση (για ταξί και παραγγελίες)", "Κωδικός πόρτας", "Wi-Fi", "κωδικός", "Τηλέφωνο ή Viber",
           "E-mail", "Έκτακτη ανάγκη: 112 · Κοντινότερο φαρμακείο: στην πλατεία", "Αναχώρηση έως τις 11:00, αφήστε τα κλειδιά στο τραπέζι."),
    "nl": ("Welkom in {house}!", "Jullie gastheren", "Adres (voor taxi en bezorging)", "Deurcode", "Wifi", "wachtwoord", "Bellen of WhatsApp",
           "E-mail", "Noodgevallen: 112 · Dichtstbijzijnde apotheek: Apotheek De Gaper", "Uitchecken voor 10:00, sleutels graag in het kastje."),
}
HOUSES_BY_CC = {"ES": ["Casa Limonero", "Villa Agave", "Apartamento Azul"], "PT": ["Casa dos Azulejos", "Casa da Figueira"], "GR": ["Villa Thalassa", "Spiti Elia"],
                "IT": ["Casa Limoncello", "Villa Ulivi"], "GB": ["Rose Cottage", "The Old Forge"], "DE": ["Haus Seeblick", "Ferienwohnung Lindenhof"], "AT": ["Haus Alpenrose"],
                "FR": ["Le Petit Mas", "Maison Lavande"], "NL": ["Huisje Duinzicht", "Het Zeepaardje"]}
HOUSES = ["Casa Limonero", "Haus Seeblick", "Villa Agave", "Le Petit Mas", "Apartamento Azul", "Casa dos Azulejos", "Σπίτι της Θάλασσας", "Huisje Duinzicht", "Maison Lavande"]


@tpl("welcome_manual", 14)
def t_welcome(R):
    lang = R.choice(sorted(WM))
    T = WM[lang]
    cc = {"en": R.choice(["ES", "PT", "GR", "IT", "GB"]), "de": R.choice(["DE", "AT"]), "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "el": "GR", "nl": "NL"}[lang]
    h1 = person(R, cul_of(cc, lang if lang != "en" else None))
    h2 = relative(R, h1)
    if not distinct_names([h1, h2]) or h1.given == h2.given:
        return None
    house = R.choice(HOUSES_BY_CC.get(cc, HOUSES))
    ssid = re.sub(r"[^A-Za-z]", "", unicodedata.normalize("NFKD", house)) or "Guest"
    body = F(T[0], house=house) + ["\n\n", "%s: " % T[1], Lp(h1.given), " & ", Lp(h2.given), " (", Lp(h1.family), ")\n",
                                              "%s: " % T[2], La(address(R, cc, latin=lang == "en"), cc), "\n", "%s: " % T[3], door_code(R), "\n",
                                              "%s: " % T[4], N(ssid + R.choice(["", "_5G", "-Guest", "_EXT"]), "wifi_ssid"),
                                              " – %s: " % T[5], wifi_pw(R), "\n", "%s: " % T[6], phone(R, cc, region=cc, mobile=True), "\n"]
    if R.random() < 0.5:
        body += ["%s: " % T[7], Le(email_of(R, h1, cc)), "\n"]
    body += ["\n", T[8], "\n", T[9]]
    return "notice", lang, wrap(R, lang, body)


TV = {
    "en": ("TRANSFER VOUCHER", "Voucher no.", "Lead passenger", "Passengers", "Mobile", "Arrival flight", "Drop-off", "Your driver", "Driver mobile",
           "24h assistance", "Your driver will wait in the arrivals hall with a name sign."),
    "es": ("BONO DE TRASLADO", "N.º de bono", "Pasajero principal", "Pasajeros", "Móvil", "Vuelo de llegada", "Destino", "Su conductor", "Móvil del conductor",
           "Asistencia 24 h", "El conductor le esperará en la sala de llegadas con un cartel con su nombre."),
    "it": ("VOUCHER TRANSFER", "N. voucher", "Passeggero principale", "Passeggeri", "Cellulare", "Volo in arrivo", "Destinazione", "Il vostro autista",
           "Cellulare autista", "Assistenza 24h", "L'autista vi aspetterà agli arrivi con un cartello con il vostro nome."),
    "tr": ("TRANSFER KUPONU", "Kupon no", "Ana yolcu", "Yolcu sayısı", "Cep", "Geliş uçuşu", "Bırakış", "Şoförünüz", "Şoför cep", "7/24 destek",
           "Şoförünüz gelen yolcu salonunda isim tabelasıyla bekleyecektir."),
    "el": ("ΚΟΥΠΟΝΙ ΜΕΤΑΦΟΡΑΣ", "Αρ. κουπονιού", "Κύριος επιβάτης", "Επιβάτες", "Κινητό", "Πτήση άφιξης", "Προορισμός", "Ο οδηγός σας", "Κινητό οδηγού",
           "Υποστήριξη 24ω", "Ο οδηγός θα σας περιμένει στις αφίξεις με πινακίδα με το όνομά σας."),
    "th": ("บัตรกำนัลรถรับส่ง", "เลขที่บัตร", "ผู้โดยสารหลัก", "จำนวนผู้โดยสาร", "มือถือ", "เที่ยวบินขาเข้า", "ส่งที่", "คนขับของท่าน", "มือถือคนขับ",
           "ศูนย์ช่วยเหลือ 24 ชม.", "คนขับจะรอที่โถงผู้โดยสารขาเข้าพร้อมป้ายชื่อ"),
    "pt": ("VOUCHER DE TRANSFER", "N.º do voucher", "Passageiro principal", "Passageiros", "Telemóvel", "Voo de chegada", "Destino", "O seu motorista",
           "Telemóvel do motorista", "Assistência 24h", "O motorista estará à sua espera nas chegadas com uma placa com o seu nome."),
}
TV_DEST = {"en": "GB", "es": "ES", "it": "IT", "tr": "TR", "el": "GR", "th": "TH", "pt": "PT"}
TV_LINE = {"en": "+44 20 3514 8877", "es": "+34 971 78 95 00", "it": "+39 081 1925 3040", "tr": "+90 242 310 00 00", "el": "+30 2810 300 400",
           "th": "+66 2 117 2727", "pt": "+351 289 800 610"}


@tpl("transfer_voucher", 16)
def t_transfer(R):
    lang = R.choice(sorted(TV))
    T = TV[lang]
    dest = TV_DEST[lang]
    gcc = R.choice(["DE", "GB", "NL", "FR", "SE", "PL", "IT", "ES"]) if lang in ("en", "tr", "el", "th", "pt", "es", "it") else dest
    if lang not in ("en",) and R.random() < 0.5:
        gcc = dest
    g = person(R, cul_of(gcc))
    drv = person(R, cul_of(dest))
    if not distinct_names([g, drv]):
        return None
    hs = HOTEL_BY_CC.get(dest, HOTELS)
    h = R.choice(hs)
    code = R.choice(AIRLINE_BY_LANG["en"] + AIRLINE_BY_LANG["de"])
    w = 20
    body = [T[0], "\n", "%-*s" % (w, T[1] + ": "), N("TRF-%d%05d" % (R.randint(24, 26), R.randint(0, 99999)), "voucher_number"), "\n",
            "%-*s" % (w, T[2] + ": "), Lp((g.full() if not g.native else g.latin()).upper() if R.random() < 0.3 else (g.full() if not g.native else g.latin())), "\n",
            "%-*s%d\n" % (w, T[3] + ": ", R.randint(1, 6)), "%-*s" % (w, T[4] + ": "), phone(R, gcc, region=dest, mobile=True), "\n",
            "%-*s" % (w, T[5] + ": "), N(flight_no(R, code), "flight_number"), " %s %s\n" % (fdate(R, trip_date(R, lang)[1], lang, "num"), hhmm(R)),
            "%-*s" % (w, T[6] + ": "), N(h[0], "hotel_name"), ", ", N(h[1], "hotel_address"), "\n",
            "%-*s" % (w, T[7] + ": "), Lp(drv.given if R.random() < 0.5 else drv.full()), "\n", "%-*s" % (w, T[8] + ": "), phone(R, dest, mobile=True), "\n",
            "%-*s" % (w, T[9] + ": "), N(TV_LINE[lang], "company_phone"), "\n\n", T[10]]
    return "voucher", lang, wrap(R, lang, body)


@tpl("tax_registration", 14)
def t_taxreg(R):
    k = R.choice(["de", "en", "nl", "pt", "it", "sv", "es"])
    home = {"de": "DE", "en": "GB", "nl": "NL", "pt": "PT", "it": "IT", "sv": "SE", "es": "ES"}[k]
    fc, p, d = newcomer(R, home)
    nm = p.latin() if p.native else p.full()
    addr = La(address(R, home, multi=R.random() < 0.5), home)
    if k == "de":
        body = [N("Bundeszentralamt für Steuern · 53221 Bonn", "authority_address"), "\n\n", Lp(nm), "\n", addr, "\n\n",
                "Mitteilung über Ihre steuerliche Identifikationsnummer\n\nIhre Identifikationsnummer lautet: ", g_steuerid(R), "\n",
                "Gespeicherte Daten: Geburtsdatum ", L("dob", fdate(R, d, "de", "num")), ", Geburtsort %s\n" % R.choice(["Porto", "Lyon", "Chennai", "Izmir", "Osaka"]),
                "Bitte geben Sie diese Nummer Ihrem Arbeitgeber an."]
    elif k == "en":
        body = [N("HM Revenue and Customs, BX9 1AN", "authority_address"), "\n\n", Lp(nm), "\n", addr, "\n\n", "Your National Insurance number\n\n",
                "Your National Insurance number is ", g_nino(R), ". Keep this letter safe.\nDate of birth held: ", L("dob", fdate(R, d, "en", "num")), "\n",
                "If any details are wrong, call ", N("0300 200 3500", "authority_phone"), "."]
    elif k == "nl":
        body = [N("Gemeente Amsterdam, Postbus 202, 1000 AE Amsterdam", "authority_address"), "\n\n", Lp(nm), "\n", addr, "\n\n",
                "Bevestiging inschrijving BRP\n\nUw burgerservicenummer (BSN) is: ", g_bsn(R), "\nGeboortedatum: ", L("dob", fdate(R, d, "nl", "num")),
                "\nBewaar deze brief goed. Vragen? Bel ", N("14 020", "authority_phone"), "."]
    elif k == "pt":
        body = [N("Autoridade Tributária e Aduaneira – Serviço de Finanças Lisboa-3", "authority_address"), "\n\nCertidão de atribuição de NIF\n\n",
                "Nome: ", Lp(nm), "\nNIF: ", g_nif_pt(R), "\nData de nascimento: ", L("dob", fdate(R, d, "pt", "num")), "\nDomicílio fiscal: ", addr, "\n",
                "Representante fiscal: ", Lp(person(R, "pt").full()), ", NIF ", g_nif_pt(R)]
    elif k == "it":
        body = [N("Agenzia delle Entrate – Direzione Provinciale di Milano", "authority_address"), "\n\nCertificato di attribuzione del codice fiscale\n\n",
                "Cognome e nome: ", Lp(nm.upper()), "\nData di nascita: ", L("dob", fdate(R, d, "it", "num")), "\nCodice fiscale: ", g_cf(p, d, fc), "\n",
                "Domicilio: ", addr]
    elif k == "sv":
        body = [N("Skatteverket, 771 83 Ludvika", "authority_address"), "\n\nBeslut om samordningsnummer\n\n", Lp(nm), "\n", addr, "\n\n",
                "Du har tilldelats samordningsnummer ", g_se(R, d, coord=True), ".\nFödelsedatum: ", L("dob", fdate(R, d, "sv", "num"))]
    else:
        body = [N("Dirección General de la Policía – Oficina de Extranjería", "authority_address"), "\n\nCERTIFICADO DE REGISTRO DE CIUDADANO DE LA UNIÓN\n\n",
                "Nombre: ", Lp(nm), "\nNIE: ", g_nie(R), "\nFecha de nacimiento: ", L("dob", fdate(R, d, "es", "num")), "\nDomicilio: ", addr]
    return "letter", k, wrap(R, k, body)


CE = {
    "en": ("Can you make this complaint sound firmer but still polite?", "Dear {co} customer relations,",
           "I am writing about my stay/flight under reference {ref}. On arrival, your colleague {staff} at the desk told us the booking did not exist. "
           "We waited two hours before {staff2} found it. I expect a partial refund.", "Kind regards"),
    "de": ("Kannst du die Beschwerde bitte bestimmter, aber höflich formulieren?", "Sehr geehrte Damen und Herren von {co},",
           "ich schreibe wegen meiner Buchung {ref}. Bei der Ankunft sagte uns Ihr Mitarbeiter {staff}, die Buchung existiere nicht. "
           "Erst nach zwei Stunden hat {staff2} sie gefunden. Ich erwarte eine Teilerstattung.", "Mit freundlichen Grüßen"),
    "fr": ("Tu peux rendre cette réclamation plus ferme tout en restant polie ?", "Madame, Monsieur,",
           "Je vous écris au sujet de ma réservation {ref} chez {co}. À notre arrivée, votre collègue {staff} nous a dit que la réservation n'existait pas. "
           "Nous avons attendu deux heures avant que {staff2} la retrouve. J'attends un remboursement partiel.", "Cordialement"),
    "es": ("¿Puedes hacer esta queja más firme pero educada?", "Estimado equipo de {co}:",
           "Les escribo por mi reserva {ref}. Al llegar, su compañero {staff} nos dijo que la reserva no existía. "
           "Esperamos dos horas hasta que {staff2} la encontró. Solicito un reembolso parcial.", "Un saludo"),
    "it": ("Puoi rendere questo reclamo più deciso ma educato?", "Gentile servizio clienti {co},",
           "vi scrivo per la prenotazione {ref}. All'arrivo il vostro collega {staff} ci ha detto che la prenotazione non esisteva. "
           "Abbiamo aspettato due ore prima che {staff2} la trovasse. Chiedo un rimborso parziale.", "Cordiali saluti"),
    "nl": ("Kun je deze klacht steviger maar beleefd maken?", "Geachte klantenservice van {co},",
           "Ik schrijf over boeking {ref}. Bij aankomst zei uw collega {staff} dat de boeking niet bestond. "
           "Pas na twee uur vond {staff2} hem terug. Ik verwacht een gedeeltelijke terugbetaling.", "Met vriendelijke groet"),
    "pt": ("Consegues tornar esta reclamação mais firme mas educada?", "Exmos. Senhores da {co},",
           "Escrevo a propósito da reserva {ref}. À chegada, o vosso colega {staff} disse-nos que a reserva não existia. "
           "Esperámos duas horas até que {staff2} a encontrasse. Peço um reembolso parcial.", "Com os melhores cumprimentos"),
    "ja": ("この苦情メールを丁寧だけど毅然とした文章に直してください。", "{co} お客様相談室 御中",
           "予約番号 {ref} の件でご連絡いたします。到着時、フロントの{staff}様から予約が存在しないと言われ、{staff2}様が見つけてくださるまで2時間待ちました。一部返金を希望します。", "よろしくお願いいたします。"),
    "ko": ("이 항의 메일을 정중하지만 단호하게 다듬어 줘.", "{co} 고객센터 담당자님께",
           "예약번호 {ref} 관련하여 연락드립니다. 도착했을 때 프런트의 {staff} 님이 예약이 없다고 하셨고, {staff2} 님이 찾아주실 때까지 두 시간을 기다렸습니다. 부분 환불을 요청합니다.", "감사합니다."),
    "zh": ("帮我把这封投诉信改得坚定但礼貌一些。", "{co}客户关系部：",
           "我想就预订号{ref}反映情况。到达时，前台的{staff}告诉我们预订不存在，直到{staff2}找到为止我们等了两个小时。我希望获得部分退款。", "此致"),
}
CE_CO = ["Hotel Sacher Wien", "Hôtel Le Meurice", "Hotel Danieli", "Pestana Palace Lisboa", "Park Hyatt Seoul", "The Peninsula Tokyo", "Mandarin Oriental Bangkok",
         "Sixt", "Europcar", "Iberia", "Lufthansa", "KLM"]


@tpl("complaint_email", 16)
def t_complaint(R):
    lang = R.choice(sorted(CE))
    T = CE[lang]
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    s1 = person(R, cul_of(R.choice(sorted(CTRY))))
    s2 = person(R, cul_of(R.choice(sorted(CTRY))))
    if not distinct_names([p, s1, s2]):
        return None
    natv = lang in ("ja", "ko", "zh")

    def sn(q):
        if q.native and not natv:
            return Lp(q.lgiven)
        if natv and q.native and q.cul in ("jp", "kr", "cn") and {"ja": "jp", "ko": "kr", "zh": "cn"}[lang] == q.cul:
            return Lp(q.family)
        return Lp(q.lgiven if q.native else q.given)
    co = R.choice(CE_CO)
    body = F(T[1], co=co) + ["\n\n"] + F(T[2], ref=N(pnr(R) if R.random() < 0.5 else str(R.randint(10000000, 99999999)), "booking_reference"), staff=sn(s1), staff2=sn(s2)) + \
        ["\n\n", T[3], "\n", Lp(p.full() if not p.native or natv else p.latin()), "\n", phone(R, cc), "\n", Le(email_of(R, p, cc))]
    if R.random() < 0.4:
        body += ["\n", La(address(R, cc), cc)]
    own = T[0] if R.random() < 0.7 else None
    return "email", lang, wrap(R, lang, body, own=own)


PET = {
    "en": ("Pet travel – owner declaration (non-commercial movement)", "Owner", "Address", "Phone", "E-mail", "Animal", "Microchip no.", "Rabies vaccination",
           "Veterinarian", "I declare that the animal will not be sold or transferred."),
    "de": ("Reisen mit Heimtier – Erklärung des Halters", "Halter/in", "Anschrift", "Telefon", "E-Mail", "Tier", "Transpondernummer", "Tollwutimpfung",
           "Tierarzt/Tierärztin", "Ich erkläre, dass das Tier nicht verkauft oder abgegeben wird."),
    "fr": ("Voyage avec un animal – déclaration du propriétaire", "Propriétaire", "Adresse", "Téléphone", "E-mail", "Animal", "N° de puce", "Vaccin antirabique",
           "Vétérinaire", "Je déclare que l'animal ne fera l'objet d'aucune vente ni cession."),
    "es": ("Viaje con mascota – declaración del propietario", "Propietario/a", "Domicilio", "Teléfono", "Correo", "Animal", "N.º de microchip", "Vacuna antirrábica",
           "Veterinario/a", "Declaro que el animal no será vendido ni cedido."),
    "it": ("Viaggio con animale – dichiarazione del proprietario", "Proprietario", "Indirizzo", "Telefono", "E-mail", "Animale", "N. microchip", "Vaccinazione antirabbica",
           "Veterinario", "Dichiaro che l'animale non sarà venduto né ceduto."),
    "nl": ("Reizen met huisdier – verklaring eigenaar", "Eigenaar", "Adres", "Telefoon", "E-mail", "Dier", "Chipnummer", "Rabiësvaccinatie", "Dierenarts",
           "Ik verklaar dat het dier niet wordt verkocht of overgedragen."),
}
PETS = ["Bella (dog, beagle)", "Luna (cat, European shorthair)", "Balu (dog, labrador)", "Mimi (cat)", "Rocky (dog, Jack Russell terrier)", "Nala (dog, border collie)"]


@tpl("pet_travel", 10)
def t_pet(R):
    lang = R.choice(sorted(PET))
    T = PET[lang]
    cc = pick_cc(R, lang)
    p = person(R, cul_of(cc, lang))
    vet = person(R, cul_of(cc, lang))
    if not distinct_names([p, vet]):
        return None
    w = 22
    body = [T[0], "\n\n", "%-*s" % (w, T[1] + ": "), Lp(p.full()), "\n", "%-*s" % (w, T[2] + ": "), La(address(R, cc), cc), "\n",
            "%-*s" % (w, T[3] + ": "), phone(R, cc), "\n", "%-*s" % (w, T[4] + ": "), Le(email_of(R, p, cc)), "\n",
            "%-*s" % (w, T[5] + ": "), N(R.choice(PETS), "pet_name"), "\n", "%-*s" % (w, T[6] + ": "), N(non_luhn(R, 15, R.choice(["276", "250", "724", "380", "528", "826"])), "microchip"), "\n",
            "%-*s%s\n" % (w, T[7] + ": ", fdate(R, trip_date(R, lang)[1] - datetime.timedelta(days=200), lang, "num")),
            "%-*s" % (w, T[8] + ": "), "Dr. ", Lp(vet.family), ", ", N({"de": "Tierklinik am Stadtwald", "fr": "Clinique vétérinaire des Lilas", "es": "Clínica Veterinaria Sur",
                                                                     "it": "Ambulatorio Veterinario San Rocco", "nl": "Dierenkliniek De Hoef", "en": "Riverside Veterinary Practice"}[lang], "clinic"), "\n\n", T[9]]
    return "form", lang, wrap(R, lang, body)


# ============================================================ clean templates
BOARD = {"en": ("Departures", "Flight", "To", "Time", "Gate", "Status", ["On time", "Boarding", "Delayed 25 min", "Gate closed", "Cancelled"],
                "Which of these gets me to {dest} fastest if I miss the first one?"),
         "de": ("Abflüge", "Flug", "Nach", "Zeit", "Gate", "Status", ["planmäßig", "Boarding", "verspätet 25 Min.", "Gate geschlossen", "annulliert"],
                "Welcher Flug bringt mich am schnellsten nach {dest}, falls ich den ersten verpasse?"),
         "fr": ("Départs", "Vol", "Destination", "Heure", "Porte", "Statut", ["à l'heure", "embarquement", "retardé 25 min", "porte fermée", "annulé"],
                "Lequel m'amène le plus vite à {dest} si je rate le premier ?"),
         "es": ("Salidas", "Vuelo", "Destino", "Hora", "Puerta", "Estado", ["en hora", "embarcando", "retrasado 25 min", "puerta cerrada", "cancelado"],
                "¿Cuál me lleva antes a {dest} si pierdo el primero?"),
         "it": ("Partenze", "Volo", "Destinazione", "Ora", "Gate", "Stato", ["in orario", "imbarco", "ritardo 25 min", "gate chiuso", "cancellato"],
                "Quale mi porta prima a {dest} se perdo il primo?"),
         "ja": ("出発便", "便名", "行き先", "時刻", "搭乗口", "状況", ["定刻", "搭乗中", "25分遅れ", "締切", "欠航"], "最初の便に乗り遅れたら、{dest}に一番早く着くのはどれ？"),
         "zh": ("出发航班", "航班", "目的地", "时间", "登机口", "状态", ["准点", "正在登机", "延误25分钟", "登机结束", "取消"], "如果赶不上第一班，哪一班最快到{dest}？"),
         "ko": ("출발", "편명", "목적지", "시간", "탑승구", "상태", ["정시", "탑승 중", "25분 지연", "마감", "결항"], "첫 비행기를 놓치면 {dest}에 제일 빨리 가는 건 뭐야?"),
         "tr": ("Gidiş", "Uçuş", "Varış", "Saat", "Kapı", "Durum", ["zamanında", "biniş", "25 dk rötarlı", "kapı kapandı", "iptal"], "İlkini kaçırırsam {dest} için en hızlısı hangisi?")}


@tpl("c_departures", 20, clean=True)
def c_departures(R):
    lang = R.choice(sorted(BOARD))
    T = BOARD[lang]
    hub = R.choice(sorted(HUB_DEST))
    rows = [T[0] + " – " + hub + " " + AIRPORTS[hub], "%-9s %-30s %-6s %-5s %s" % (T[1], T[2], T[3], T[4], T[5])]
    body = ["\n".join(rows), "\n"]
    for i in range(R.randint(5, 8)):
        dst = R.choice(AIRPORT_CODES)
        code = R.choice(AIRLINES)[0]
        body += [N("%s %d" % (code, R.randint(10, 1999)), "flight_number"), " " * 2, "%-30s %-6s " % ((dst + " " + AIRPORTS[dst])[:30], hhmm(R)),
                 N("%s%d" % (R.choice("ABCDEGKZ"), R.randint(1, 68)), "gate"), "  %s\n" % R.choice(T[6])]
    dest = AIRPORTS[R.choice(AIRPORT_CODES)]
    return "timetable", lang, [F(T[7], dest=dest), "\n\n"] + body


HOTEL_INFO = {
    "en": ("Check-in from 15:00, check-out until 12:00. Breakfast 6:30–10:30 (EUR {b} per person). Parking EUR {p} per night.",
           "Reservations: {mail} · Switchboard: {tel}", "Is this a good base for a three-day city trip, and is the breakfast worth it?"),
    "de": ("Check-in ab 15 Uhr, Check-out bis 12 Uhr. Frühstück 6:30–10:30 Uhr ({b} € pro Person). Garage {p} € pro Nacht.",
           "Reservierung: {mail} · Zentrale: {tel}", "Lohnt sich das Hotel für drei Tage Städtetrip? Und das Frühstück?"),
    "fr": ("Arrivée à partir de 15h, départ jusqu'à 12h. Petit-déjeuner 6h30–10h30 ({b} € par personne). Parking {p} € la nuit.",
           "Réservations : {mail} · Standard : {tel}", "C'est un bon point de départ pour trois jours en ville ?"),
    "es": ("Entrada desde las 15:00, salida hasta las 12:00. Desayuno 6:30–10:30 ({b} € por persona). Parking {p} € la noche.",
           "Reservas: {mail} · Centralita: {tel}", "¿Es buena base para una escapada de tres días?"),
    "it": ("Check-in dalle 15:00, check-out entro le 12:00. Colazione 6:30–10:30 ({b} € a persona). Garage {p} € a notte.",
           "Prenotazioni: {mail} · Centralino: {tel}", "È una buona base per tre giorni in città?"),
    "ja": ("チェックイン15:00、チェックアウト12:00。朝食6:30〜10:30（お一人様{b}ユーロ）。駐車場1泊{p}ユーロ。", "予約: {mail} ・ 代表: {tel}", "3日間の観光の拠点として良いホテルですか？"),
    "ko": ("체크인 15:00, 체크아웃 12:00. 조식 6:30~10:30 (1인 {b}유로). 주차 1박 {p}유로.", "예약: {mail} · 대표번호: {tel}", "3일 도시 여행 숙소로 괜찮을까?"),
}


@tpl("c_hotel_info", 20, clean=True)
def c_hotel_info(R):
    lang = R.choice(sorted(HOTEL_INFO))
    T = HOTEL_INFO[lang]
    h = R.choice(HOTELS)
    body = [N(h[0], "hotel_name"), "\n", N(h[1], "hotel_address"), "\n\n"] + F(T[0], b=str(R.randint(18, 48)), p=str(R.randint(15, 65))) + ["\n"] + \
        F(T[1], mail=N(h[4], "role_mailbox"), tel=N(h[3], "hotel_switchboard")) + ["\n", "%s: %s" % ("Nearest airport" if lang == "en" else "✈", AIRPORTS[R.choice(AIRPORT_CODES)])]
    return "notes", lang, [T[2], "\n\n"] + body


SAMPLE = {
    "en": ["How to fill in the passenger name: write it exactly as in the passport, surname first, e.g. ", ("MUSTERMANN/ERIKA MS", "sample_name"),
           ". Passport number field: letters and digits only, no spaces (example: ", ("C01X00T47", "sample_passport"),
           "). Date of birth as DD/MM/YYYY. Contact e-mail: ", ("name@example.com", "sample_email"), ". Can you explain the difference between surname and given name for my Spanish parents with two surnames?"],
    "de": ["Hilfetext im Buchungsformular: Name wie im Reisepass, z. B. ", ("MUSTERMANN/MAX MR", "sample_name"), ". Passnummer ohne Leerzeichen (Beispiel: ",
           ("C01X00T47", "sample_passport"), "). E-Mail-Format: ", ("vorname.nachname@example.de", "sample_email"), ". Was heißt hier „Given name“ genau?"],
    "fr": ["Aide du formulaire : saisissez le nom comme sur le passeport, par ex. ", ("DUPONT/JEAN MR", "sample_name"), ". Numéro de passeport sans espace (ex. ",
           ("12AB34567", "sample_passport"), "). Adresse e-mail au format ", ("prenom.nom@example.fr", "sample_email"), ". Pourquoi ils demandent le nom en majuscules ?"],
    "es": ["Ayuda del formulario: escriba el nombre como en el pasaporte, p. ej. ", ("ESPANOLA ESPANOLA/CARMEN MRS", "sample_name"), ". Número de pasaporte sin espacios (ej. ",
           ("PAA000000", "sample_passport"), "). Correo: ", ("usuario@example.es", "sample_email"), ". ¿Pongo mis dos apellidos juntos o separados?"],
    "it": ["Guida del modulo: scrivi il nome come sul passaporto, ad es. ", ("ROSSI/MARIO MR", "sample_name"), ". Numero di passaporto senza spazi (es. ",
           ("YA0000000", "sample_passport"), "). E-mail: ", ("nome.cognome@example.it", "sample_email"), ". Devo mettere anche il secondo nome?"],
    "nl": ["Uitleg bij het formulier: naam zoals in het paspoort, bijv. ", ("JANSEN/JAN MR", "sample_name"), ". Paspoortnummer zonder spaties (voorbeeld: ",
           ("XN0000000", "sample_passport"), "). E-mailadres: ", ("naam@example.nl", "sample_email"), ". Moet mijn tussenvoegsel bij de achternaam?"],
    "pt": ["Ajuda do formulário: escreva o nome como no passaporte, p. ex. ", ("SILVA/JOSE MR", "sample_name"), ". Número do passaporte sem espaços (ex.: ",
           ("AA000000", "sample_passport"), "). E-mail: ", ("nome@example.pt", "sample_email"), ". Ponho os dois apelidos?"],
}


@tpl("c_help_text", 20, clean=True)
def c_help_text(R):
    lang = R.choice(sorted(SAMPLE))
    parts = []
    for x in SAMPLE[lang]:
        parts.append(N(x[0], x[1]) if isinstance(x, tuple) else x)
    extra = R.choice(["\n\nMasked example shown on screen: ", "\n\nThe app shows: ", "\n\nMy booking page: ", "\n\n"])
    code = R.choice(AIRLINES)
    tail = [extra, N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), " · PNR ", N(pnr(R), "pnr"), " · ", N(flight_no(R, code[0]), "flight_number"),
            " · %s" % R.choice(["Seat %s" % seat(R), "Gate %s%d" % (R.choice("ABCDE"), R.randint(1, 60)), "Terminal %d" % R.randint(1, 5), code[1]])]
    return "question", lang, parts + tail


MASKED = {"en": "Can you tell me if this forwarded booking is the right one? They hid most of it.", "de": "Ist das die richtige Buchung? Die Hälfte ist ausgeblendet.",
          "fr": "C'est bien la bonne réservation ? Presque tout est masqué.", "es": "¿Es esta la reserva correcta? Casi todo está oculto.",
          "it": "È la prenotazione giusta? Quasi tutto è oscurato.", "nl": "Is dit de juiste boeking? Bijna alles is afgeschermd.",
          "pt": "Esta é a reserva certa? Quase tudo está oculto.", "ja": "転送された予約ですが、ほとんど伏せ字です。これで合っていますか？"}


@tpl("c_masked_booking", 20, clean=True)
def c_masked(R):
    lang = R.choice(sorted(MASKED))
    code = R.choice(AIRLINES)
    a, b = route(R, code[3])
    body = [MASKED[lang], "\n\n", "Booking ", N(pnr(R), "pnr"), " · ", code[1], "\n",
            "1. ", N("%s****/%s*** %s" % (R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.choice(["MR", "MRS", "MS"])), "masked_name"), "\n",
            "2. ", N("%s****/%s*** %s" % (R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.choice(["MR", "MRS", "MS", "CHD"])), "masked_name"), "\n",
            N("%s %d" % (code[0], R.randint(10, 1999)), "flight_number"), " %s → %s  %s  seat " % (a, b, hhmm(R)), N(seat(R), "seat"), "\n",
            "E-ticket ", N("%s-XXXXXX%04d" % (code[2], R.randint(0, 9999)), "masked_ticket"), "\n",
            "Contact: ", N("%s***@%s***.com" % (R.choice("abcdefghjklmnprst"), R.choice("gmoy")), "masked_email"), " / ", N("+%d ••• ••• %02d %02d" % (R.choice([33, 34, 39, 44, 49, 31]), R.randint(0, 99), R.randint(0, 99)), "masked_phone"),
            "\nPaid: ", masked_card(R)[0], "  total %s" % money(R, lang if lang in ("en", "de", "fr", "es", "it", "nl", "pt") else "en", 90, 2000)]
    return "email", lang, body


GUIDE = {
    "en": ["From {ap1}, the express train takes about 25 minutes to the centre; from {ap2} allow an hour by bus. Change at {st1} for {st2}. "
           "Taxis have a flat fare of {fare} to the old town. Which airport should I pick for a 7 am meeting?"],
    "de": ["Vom Flughafen {ap1} fährt die S-Bahn in 25 Minuten ins Zentrum, von {ap2} eher eine Stunde mit dem Bus. In {st1} umsteigen Richtung {st2}. "
           "Taxi zum Festpreis von {fare}. Welcher Flughafen ist für einen Termin um 7 Uhr besser?"],
    "fr": ["Depuis {ap1}, le train express met 25 minutes jusqu'au centre ; depuis {ap2}, compter une heure en bus. Correspondance à {st1} pour {st2}. "
           "Taxi au forfait de {fare}. Quel aéroport choisir pour un rendez-vous à 7h ?"],
    "es": ["Desde {ap1} el tren exprés tarda unos 25 minutos al centro; desde {ap2}, una hora en autobús. Transbordo en {st1} hacia {st2}. "
           "El taxi tiene tarifa fija de {fare}. ¿Qué aeropuerto me conviene para una reunión a las 7?"],
    "it": ["Da {ap1} il treno espresso impiega 25 minuti fino al centro; da {ap2} serve un'ora di autobus. Cambio a {st1} per {st2}. "
           "Il taxi ha una tariffa fissa di {fare}. Quale aeroporto conviene per un appuntamento alle 7?"],
    "pt": ["De {ap1} o comboio expresso demora 25 minutos até ao centro; de {ap2} conte uma hora de autocarro. Mude em {st1} para {st2}. "
           "Táxi com preço fixo de {fare}. Qual aeroporto escolho para uma reunião às 7h?"],
    "nl": ["Vanaf {ap1} ben je met de trein in 25 minuten in het centrum; vanaf {ap2} ben je een uur met de bus bezig. Overstappen in {st1} richting {st2}. "
           "Taxi vaste prijs {fare}. Welk vliegveld kies ik voor een afspraak om 7 uur?"],
}


CITY_SETS = [(["CDG", "ORY", "BVA"], ["Paris Gare du Nord", "Paris Gare de Lyon", "Paris Saint-Lazare"]), (["LIN", "MXP"], ["Milano Centrale", "Milano Porta Garibaldi"]),
             (["FCO", "CIA"], ["Roma Termini", "Roma Tiburtina"]), (["LHR", "LGW", "STN"], ["London St Pancras International", "London King's Cross", "London Victoria"]),
             (["HND", "NRT"], ["東京駅", "品川駅"]), (["ICN", "GMP"], ["서울역", "용산역"]), (["PVG", "SHA"], ["上海虹桥站", "上海站"]), (["PEK", "PKX"], ["北京南站", "北京西站"]),
             (["IST", "SAW"], ["Sirkeci", "Yenikapı"]), (["SVO", "VKO"], ["Белорусский вокзал", "Киевский вокзал"]), (["ARN", "BMA"], ["Stockholm Centralstation", "Stockholm Odenplan"]),
             (["BKK", "DMK"], ["Krung Thep Aphiwat", "Makkasan"]), (["EWR", "JFK"], ["New York Penn Station", "Grand Central"])]


@tpl("c_airport_guide", 20, clean=True)
def c_airport_guide(R):
    lang = R.choice(sorted(GUIDE))
    aps, sts = R.choice(CITY_SETS)
    a1, a2 = R.sample(aps, 2)
    s1, s2 = R.sample(sts, 2)
    body = F(R.choice(GUIDE[lang]), ap1=N(AIRPORTS[a1] + " (%s)" % a1, "eponymous_airport"), ap2=N(AIRPORTS[a2] + " (%s)" % a2, "eponymous_airport"),
             st1=N(s1, "station"), st2=N(s2, "station"), fare=money(R, lang if lang != "nl" else "de", 30, 70))
    return "question", lang, body


BAG = {"en": ("Baggage allowance", "Fare", "Cabin", "Checked", "Extra bag", "Sports equipment", "Can you compare these for a family of four with skis?"),
       "de": ("Freigepäck", "Tarif", "Kabine", "Aufgegeben", "Zusatzgepäck", "Sportgepäck", "Kannst du das für eine vierköpfige Familie mit Skiern vergleichen?"),
       "fr": ("Franchise bagages", "Tarif", "Cabine", "En soute", "Bagage supplémentaire", "Équipement sportif", "Tu peux comparer pour une famille de quatre avec des skis ?"),
       "es": ("Franquicia de equipaje", "Tarifa", "Cabina", "Facturado", "Maleta extra", "Material deportivo", "¿Puedes comparar esto para una familia de cuatro con esquís?"),
       "it": ("Franchigia bagaglio", "Tariffa", "Cabina", "In stiva", "Bagaglio extra", "Attrezzatura sportiva", "Puoi confrontarle per una famiglia di quattro con gli sci?"),
       "pl": ("Limit bagażu", "Taryfa", "Kabina", "Rejestrowany", "Dodatkowy bagaż", "Sprzęt sportowy", "Porównasz to dla czteroosobowej rodziny z nartami?"),
       "sv": ("Bagageregler", "Biljettyp", "Kabin", "Incheckat", "Extra väska", "Sportutrustning", "Kan du jämföra det här för en familj på fyra med skidor?"),
       "tr": ("Bagaj hakkı", "Paket", "Kabin", "Bagaj", "Ek bagaj", "Spor ekipmanı", "Kayaklı dört kişilik bir aile için bunları karşılaştırır mısın?")}


@tpl("c_baggage_rules", 20, clean=True)
def c_baggage(R):
    lang = R.choice(sorted(BAG))
    T = BAG[lang]
    al = R.choice(AIRLINES)
    body = [T[6], "\n\n", "%s – %s (%s)\n" % (T[0], al[1], al[0]), "| %s | %s | %s | %s |\n|---|---|---|---|\n" % (T[1], T[2], T[3], T[4])]
    for fare in R.sample(["Light", "Classic", "Flex", "Basic", "Smart", "Comfort", "Business"], 3):
        body += ["| %s | 1 × %d kg, 55 × 40 × 23 cm | %s | %s |\n" % (fare, R.choice([8, 10, 12]), R.choice(["—", "1 × 23 kg", "2 × 23 kg", "2 × 32 kg"]), money(R, lang, 25, 90))]
    x, y = R.sample(AIRPORT_CODES, 2)
    body += ["\n%s: %s · %s → %s\n" % (T[5], money(R, lang, 40, 120), x, y),
             "Bag tag example: ", N(bag_tag(R, al[2]), "bag_tag"), " · ", N(flight_no(R, al[0]), "flight_number")]
    return "table", lang, body


WALK = {
    "de": "Vom Bahnhof {s} nimmst du den Ausgang {st1}, gehst die {st2} entlang bis zur {st3} – das Museum ist gleich neben {h}. Ist das zu Fuß machbar mit Koffer?",
    "fr": "Depuis {s}, prenez la sortie « {st1} », suivez {st2} puis {st3} ; le musée est à côté de {h}. C'est faisable à pied avec une valise ?",
    "es": "Desde {s} sal por la salida «{st1}», sigue por {st2} hasta {st3}; el museo está junto a {h}. ¿Se puede ir andando con maleta?",
    "it": "Dalla stazione {s} uscita {st1}, percorri {st2} fino a {st3}; il museo è accanto a {h}. Si fa a piedi con la valigia?",
    "en": "From {s} take the {st1} exit, walk along {st2} to {st3}; the museum is next to {h}. Is that walkable with a suitcase?",
    "pt": "Da estação {s} saia pela saída «{st1}», siga por {st2} até {st3}; o museu fica ao lado do {h}. Dá para ir a pé com mala?",
    "pl": "Z dworca {s} wyjdź wyjściem {st1}, idź {st2} do {st3}; muzeum jest obok {h}. Da się dojść z walizką?",
    "sv": "Från {s} tar du uppgången mot {st1}, går längs {st2} till {st3}; museet ligger bredvid {h}. Går det att gå med resväska?",
    "tr": "{s} istasyonundan {st1} çıkışını kullan, {st2} boyunca {st3} yönüne yürü; müze {h} yanında. Bavulla yürünür mü?",
}
STREETS_EPON = {"de": ["Friedrichstraße", "Karl-Liebknecht-Straße", "Wilhelmstraße", "Rosa-Luxemburg-Straße", "Clara-Zetkin-Straße", "Otto-Braun-Straße"],
                "fr": ["avenue Victor-Hugo", "boulevard Haussmann", "place Charles-de-Gaulle", "rue Émile-Zola", "avenue Jean-Jaurès", "place Jeanne-d'Arc"],
                "es": ["Calle de Alcalá", "Gran Vía", "Plaza de Isabel II", "Calle de Hortaleza", "Paseo de Recoletos", "Calle del Marqués de Cubas"],
                "it": ["Corso Vittorio Emanuele II", "Via Alessandro Manzoni", "Piazza Cordusio", "Via Dante", "Corso Garibaldi", "Via Giuseppe Verdi"],
                "en": ["Gloucester Road", "Prince Albert Road", "Queen Victoria Street", "Charing Cross Road", "Shaftesbury Avenue", "Wellington Street"],
                "pt": ["Rua Augusta", "Avenida Almirante Reis", "Praça Marquês de Pombal", "Rua Garrett", "Largo Camões", "Avenida Fontes Pereira de Melo"],
                "pl": ["ulicą Marszałkowską", "aleją Jana Pawła II", "placu Konstytucji", "ulicą Mickiewicza", "placu Bankowego", "ulicą Chopina"],
                "sv": ["Drottninggatan", "Kungsgatan", "Sveavägen", "Birger Jarlsgatan", "Gustav Adolfs torg", "Karlavägen"],
                "tr": ["İstiklal Caddesi", "Cumhuriyet Caddesi", "Halaskargazi Caddesi", "Tarlabaşı Bulvarı", "Necatibey Caddesi", "Kemeraltı Caddesi"]}
STN_BY_LANG = {"de": ["Berlin Friedrichstraße", "Berlin Hauptbahnhof", "Berlin Alexanderplatz"], "fr": ["Paris Saint-Lazare", "Paris Gare du Nord", "Paris Gare de l'Est"],
               "es": ["Madrid Puerta de Atocha - Almudena Grandes", "Madrid Chamartín - Clara Campoamor", "Sol"], "it": ["Milano Centrale", "Milano Porta Garibaldi", "Milano Cadorna"],
               "en": ["London Charing Cross", "London King's Cross", "London Victoria"], "pt": ["Lisboa Rossio", "Lisboa Cais do Sodré"],
               "pl": ["Warszawa Centralna", "Warszawa Śródmieście"], "sv": ["Stockholm Centralstation", "Stockholm Odenplan"], "tr": ["Sirkeci", "Şişhane", "Karaköy"]}
HOTEL_NEAR = {"de": "Hotel Adlon Kempinski", "fr": "l'hôtel Le Meurice", "es": "el Mandarin Oriental Ritz", "it": "l'Hotel Principe di Savoia", "en": "The Savoy",
              "pt": "Hotel Avenida Palace", "pl": "hotelu Bristol", "sv": "Grand Hôtel", "tr": "Pera Palace"}


@tpl("c_station_streets", 20, clean=True)
def c_streets(R):
    lang = R.choice(sorted(WALK))
    a, b, c = R.sample(STREETS_EPON[lang], 3)
    body = F(WALK[lang], s=N(R.choice(STN_BY_LANG[lang]), "station"), st1=N(a, "eponymous_street"), st2=N(b, "eponymous_street"), st3=N(c, "eponymous_street"),
             h=N(HOTEL_NEAR[lang], "hotel_name"))
    body += ["\n", R.choice(["(%d min, %.1f km)" % (R.randint(8, 35), R.randint(6, 30) / 10), "Bus %d alternative, every %d min." % (R.randint(2, 240), R.choice([5, 10, 15, 20])),
                             "Open %02d:00–%02d:00, closed Mondays." % (R.randint(8, 10), R.randint(17, 20))])]
    return "question", lang, body


@tpl("c_app_log_clean", 20, clean=True)
def c_app_log_clean(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "ja", "nl"])
    app = R.choice(APP)
    ts = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    q = R.choice(TECH_REQUESTS["log"][lang])
    body = [q, "\n\n```\n"]
    for dt, parts in [(0, ["I/%s: config loaded apiKey=${AIRLINE_API_KEY} env=staging" % app]),
                      (1, ["D/Net: proxy=", N(R.choice(DOC_IPS) % R.randint(1, 254), "documentation_ip"), ":8080 dns=", N(R.choice(["1.1.1.1", "8.8.4.4", "9.9.9.9"]), "public_resolver"),
                           " local=", N("127.0.0.1", "loopback")]),
                      (2, ["I/Auth: token=", N("eyJ***REDACTED***", "masked_token"), " user=<redacted> member=", N(AL[R.choice(sorted(AL))][5](R), "frequent_flyer")]),
                      (3, ["I/Trip: GET /trips?pnr=", N(pnr(R), "pnr"), "&lastName=<hidden> -> 200"]),
                      (4, ["W/Seatmap: seat ", N(seat(R), "seat"), " unavailable on ", N(flight_no(R, R.choice(sorted(AL))), "flight_number"), ", fallback to auto"]),
                      (5, ["E/Pay: card ", N("•••• %04d" % R.randint(0, 9999), "masked_card"), " declined (code 05), retry in %ds" % R.randint(5, 60)]),
                      (6, ["D/Net: route 10.20.0.0/16 via ", N(R.choice(DOC_IPS) % 1, "documentation_ip"), " mask ", N("255.255.255.0", "netmask")])]:
        body += [(ts + datetime.timedelta(seconds=dt)).strftime("%Y-%m-%d %H:%M:%S"), " "] + parts + ["\n"]
    body += ["```"]
    return "log", lang, body


FAQ = {
    "en": ["Visa on arrival costs {fee}, payable in cash or by card. Processing takes 3–5 working days for e-visas. Questions: {mail} or call {tel} (Mon–Fri 9–17). "
           "Passport must be valid for six months after {d}. Do I qualify if I only transit for 9 hours?"],
    "de": ["Das eVisum kostet {fee}, Bearbeitung 3–5 Werktage. Fragen an {mail} oder telefonisch {tel} (Mo–Fr 9–17 Uhr). "
           "Der Pass muss bis mindestens {d} gültig sein. Brauche ich das auch für 9 Stunden Transit?"],
    "fr": ["Le visa électronique coûte {fee}, délai de 3 à 5 jours ouvrés. Questions : {mail} ou {tel} (lun–ven 9h–17h). "
           "Le passeport doit être valable jusqu'au {d}. Est-ce nécessaire pour un transit de 9 heures ?"],
    "es": ["El visado electrónico cuesta {fee}; tramitación de 3 a 5 días hábiles. Consultas: {mail} o {tel} (L–V 9–17 h). "
           "El pasaporte debe ser válido hasta el {d}. ¿Lo necesito para una escala de 9 horas?"],
    "zh": ["电子签证费用{fee}，办理需3至5个工作日。咨询：{mail} 或致电 {tel}（周一至周五9–17点）。护照有效期须至{d}。转机9小时也需要吗？"],
    "ru": ["Электронная виза стоит {fee}, оформление 3–5 рабочих дней. Вопросы: {mail} или по телефону {tel} (пн–пт 9–17). Паспорт должен действовать до {d}. Нужна ли виза для пересадки 9 часов?"],
    "tr": ["E-vize ücreti {fee}, işlem süresi 3–5 iş günü. Sorular için {mail} veya {tel} (hafta içi 9–17). Pasaport {d} tarihine kadar geçerli olmalı. 9 saatlik aktarma için de gerekli mi?"],
}
FAQ_CONTACT = [("visa@", "+49 30 5000 0"), ("consular.info@", "+44 20 7008 5000"), ("info@", "+33 1 43 17 53 53"), ("evisa-support@", "+90 312 292 10 00"),
               ("visas@", "+34 91 379 97 00")]


@tpl("c_visa_faq", 20, clean=True)
def c_visa_faq(R):
    lang = R.choice(sorted(FAQ))
    m, t = R.choice(FAQ_CONTACT)
    dom = R.choice(["embassy-info.example.org", "consulate.example.net", "visa-centre.example.com"])
    body = F(R.choice(FAQ[lang]), fee=money(R, lang if lang in ("en", "de", "fr", "es", "zh", "ru", "tr") else "en", 20, 120), mail=N(m + dom, "role_mailbox"),
             tel=N(t, "consulate_switchboard"), d=fdate(R, datetime.date(2027, R.randint(1, 12), R.randint(1, 28)), lang if lang not in ("zh",) else "zh", "num"))
    body += ["\n", R.choice(["Transit via %s, %s → %s." % (R.choice(AIRPORT_CODES), hhmm(R), hhmm(R)), "Ticket %s, flight %s." % (pnr(R), flight_no(R, R.choice(sorted(AL)))),
                             "Fee table: adults %s, children under 12 free." % money(R, "en", 20, 90)])]
    return "question", lang, body


WORDQ = {
    "en": ["Will the ferry to the islands still run in May, or only from June?", "Is Grace Bay worth a day trip, or is it all resorts?",
           "Can I bill the company for the taxi later if I keep the receipt?", "Mark the museum as must-see, the rest is optional.",
           "Hope the weather holds for the hike on Saturday.", "Is Victoria Falls doable in two days from Livingstone?", "Should I pack for rain at Lake Louise in September?"],
    "de": ["Ernst gemeint: lohnt sich der Umweg über den Königssee?", "Kann man in Wien am Sonntag Rosa-Bonbons irgendwo kaufen?",
           "Reicht ein Tag für Sanssouci und das Holländische Viertel?", "Wie weit ist es vom Hauptbahnhof zum Konstanzer Hafen?"],
    "es": ["Esperanza es lo último que se pierde: ¿habrá sitio en el tren del domingo?", "¿Merece la pena ir a Frigiliana desde Nerja?",
           "¿Qué tal el Parque del Buen Retiro en agosto, con tanto calor?", "Amparo legal: ¿me devuelven el dinero si cancelan el vuelo?"],
    "it": ["Vale la pena fare una sosta a Gioia del Colle?", "Serena la giornata a Portofino o conviene andare a Camogli?", "Fortunato chi trova posto sulla Circumvesuviana d'agosto!"],
    "fr": ["Est-ce que le musée Rodin est ouvert le lundi ?", "Le parc Monceau ou le jardin du Luxembourg pour un pique-nique ?", "Combien de temps faut-il pour visiter le château de Chambord ?"],
    "ja": ["5月の京都は混んでいますか？", "羽田から箱根までの一番楽な行き方は？", "北海道で車なしでも回れるおすすめのルートは？"],
    "ko": ["5월에 제주도 날씨 어때?", "부산에서 경주 당일치기 괜찮을까?"],
    "pt": ["Vale a pena ir a Sintra num dia só?", "Qual a melhor época para visitar os Lençóis Maranhenses?"],
}


WQ_PRE = {"en": "Planning our summer trip, a few questions: ", "de": "Wir planen unseren Urlaub, ein paar Fragen: ", "es": "Estamos organizando el viaje, unas dudas: ",
          "it": "Stiamo organizzando il viaggio, qualche domanda: ", "fr": "On prépare nos vacances, quelques questions : ", "ja": "旅行の計画中です。いくつか質問です：",
          "ko": "여행 계획 중인데 몇 가지 물어볼게: ", "pt": "Estamos a planear a viagem, algumas dúvidas: "}


@tpl("c_trip_questions", 20, clean=True)
def c_trip_q(R):
    lang = R.choice(sorted(WORDQ))
    qs = R.sample(WORDQ[lang], len(WORDQ[lang]))
    body = [WQ_PRE[lang], N(qs[0], "name_as_word")] + [" " + x for x in qs[1:R.randint(2, len(qs))]]
    body += ["\n", R.choice(["(%d adults, %d kids, budget around %s)" % (R.randint(1, 4), R.randint(0, 3), money(R, lang if lang in BK else "en", 800, 5000)),
                             "Trip: %s → %s, %s" % (R.choice(AIRPORT_CODES), R.choice(AIRPORT_CODES), fdate(R, trip_date(R, lang)[1], lang, "num")),
                             "Flights %s / %s" % (R.choice(AIRPORT_CODES), R.choice(AIRPORT_CODES))])]
    return "question", lang, body


# ==================================================================== rules
ROLE_LOCAL = {"reservations", "reservation", "reservas", "reserva", "booking", "bookings", "reservierung", "rezerwacje", "prenotazioni", "info", "noreply",
              "no-reply", "support", "service", "visa", "visas", "consular.info", "evisa-support", "quotes", "angebote", "devis", "offerte", "presupuestos",
              "preventivi", "offert", "wien", "reservations.adlon", "reservations.lmp", "reservations.ciragan", "reservations.ptk", "reservations.seoph",
              "reservations.psh", "mobkk-reservations", "reservations.mumbai", "reservations.ryh", "reservas.sp", "reservations.mex", "tlsyd.reservations"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_IPS = {"255.255.255.0", "1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "0.0.0.0"}
DIGRUN_RE = re.compile(r"(?<![\dA-Za-z])\d{3,}(?:[ \-\u00a0]\d{3,})*(?![\dA-Za-z])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
CASELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff\u0e00-\u0e7f\u0900-\u097f]")


def _mask(rec):
    t = rec["text"]
    m = [None] * len(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            m[i] = sp["type"]
    return m


def rule_failures(rec, clean):
    """The part's rules; returns a list of reasons (empty = kept)."""
    out = []
    t = rec["text"]
    try:
        check_record(rec)
    except AssertionError:
        return ["label_not_exact"]
    if not 120 <= len(t) <= 2200:
        out.append("length")
    if clean != (not rec["spans"]):
        out.append("split")
    m = _mask(rec)
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("card_check")
        if ty == "iban":
            c = v.replace(" ", "").replace("\u00a0", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                out.append("iban_check")
        if ty == "gov_id" and not gov_ok(v, sp["sub"]):
            out.append("gov_check")
        if ty == "email" and not EMAIL_RE.fullmatch(v):
            out.append("email_format")
        if ty == "ip":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                out.append("ip_format")
    for mo in EMAIL_RE.finditer(t):
        if m[mo.start()] == "email":
            continue
        loc, dom = mo.group(0).split("@", 1)
        if loc.lower() in ROLE_LOCAL or re.search(r"(^|\.)example\.[a-z]+$", dom):
            continue
        out.append("email_outside")
    for mo in IPV4_RE.finditer(t):
        s = mo.group(0)
        if any(int(x) > 255 or (len(x) > 1 and x[0] == "0") for x in mo.groups()):
            continue
        if m[mo.start()] == "ip":
            continue
        nxt = t[mo.end():mo.end() + 1]
        if nxt == "/" or s in ALLOWED_IPS or s.startswith("127.") or s.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
            continue
        out.append("ip_outside")
    for mo in DIGRUN_RE.finditer(t):
        dg = re.sub(r"\D", "", mo.group(0))
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            if not all(m[i] in ("card",) for i in range(mo.start(), mo.end()) if t[i].isdigit()):
                if not all(m[i] is not None for i in range(mo.start(), mo.end()) if t[i].isdigit()):
                    out.append("luhn_outside")
    for mo in IBAN_RE.finditer(t):
        c = mo.group(0).replace(" ", "").replace("\u00a0", "")
        for L_ in range(len(c), 14, -1):
            cc = c[:2]
            if cc in IBAN_LEN and L_ == IBAN_LEN[cc] and iban_mod97(c[:L_]) == 1:
                if m[mo.start()] != "iban":
                    out.append("iban_outside")
                break
    # labelled name words outside every person label
    words = set()
    whole = set()
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if CASELESS.search(v):
            whole.add(v.replace(" ", ""))
            whole.add(v)
            continue
        for w in re.findall(r"[^\W\d_]+", v):
            if len(w) < 2 or w.lower() in PARTICLES or not w[0].isupper():
                continue
            words.update({w, w.upper(), w[0] + w[1:].lower()})
    for w in sorted(words):
        for mo in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(w), t):
            if m[mo.start()] != "person":
                out.append("name_word_outside:" + w)
                break
    for w in sorted(whole):
        for mo in re.finditer(re.escape(w), t):
            if m[mo.start()] != "person":
                out.append("name_outside:" + w)
                break
    return out


# ================================================================= generation
def generate(verbose=False):
    R = random.Random(SEED)
    cands = []
    for name, count, clean, fn in TEMPLATES:
        lst = []
        n = 3 * count + 6
        tries = 0
        while len(lst) < n:
            tries += 1
            assert tries < 20 * n, name
            res = fn(R)
            if res is None:
                continue
            form, lang, parts = res
            rec = build("tmp", form, lang, parts)
            rec["tpl"] = name
            lst.append(rec)
        cands.append((name, count, clean, lst))
    phones = []
    for _, _, _, lst in cands:
        for rec in lst:
            for sp in rec["spans"]:
                if sp["type"] == "phone":
                    phones.append((sp["value"], sp["region"], sp.get("plan", "")))
    uniq = sorted(set(phones))
    bad = pv_check(uniq)
    if bad is None:
        raise SystemExit("/tmp/pv/pv is missing: phones cannot be validated")
    badset = set()
    for ln in bad:
        _, v, reg = ln.split("\t")
        badset.add((v, reg))
    kept, drops, seen = [], [], set()
    for name, count, clean, lst in cands:
        k = 0
        for i, rec in enumerate(lst):
            if k >= count:
                break
            why = rule_failures(rec, clean)
            for sp in rec["spans"]:
                if sp["type"] == "phone" and (sp["value"], sp["region"]) in badset:
                    why.append("phone_pv:" + sp["value"])
            if rec["text"] in seen:
                why.append("repeated_text")
            if why:
                drops.append((name, i, sorted(set(why))))
                continue
            seen.add(rec["text"])
            kept.append(rec)
            k += 1
        if k < count:
            raise SystemExit("template %s: only %d of %d candidates pass" % (name, k, count))
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    out = []
    for i, rec in enumerate(kept):
        r = {"id": ID_PREFIX + "%05d" % i}
        for k2 in ("form", "lang", "text", "spans", "neg"):
            if k2 in rec:
                r[k2] = rec[k2]
        out.append(r)
    info = {"candidates": sum(len(x[3]) for x in cands), "phones": len(uniq), "pv_rejected": sorted(badset), "drops": drops}
    tplmap = [rec["tpl"] for rec in kept]
    info["tpl_of"] = dict(zip([ID_PREFIX + "%05d" % i for i in range(len(kept))], tplmap))
    return out, info


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    ok = True
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    n_clean = sum(1 for r in recs if not r["spans"])
    n_lab = len(recs) - n_clean
    if len(recs) != 800 or n_clean != 200:
        print("FAIL: %d records, %d clean (want 800 / 200)" % (len(recs), n_clean))
        ok = False
    for i, r in enumerate(recs):
        if r["id"] != ID_PREFIX + "%05d" % i:
            print("FAIL: id", r["id"])
            ok = False
    phones = []
    fails = Counter()
    for r in recs:
        why = rule_failures(r, not r["spans"])
        for w in why:
            fails[w.split(":")[0]] += 1
            print("FAIL:", r["id"], w)
            ok = False
        for sp in r["spans"]:
            if sp["type"] == "phone":
                phones.append((sp["value"], sp["region"], sp.get("plan", "")))
    bad = pv_check(sorted(set(phones)))
    if bad is None:
        print("FAIL: /tmp/pv/pv missing, phones not validated")
        ok = False
    elif bad:
        for b in bad:
            print("FAIL: phone", b)
        ok = False
    regen, _ = generate()
    same = serialise(regen) == data
    if not same:
        print("FAIL: regenerating does not give the file byte for byte")
        ok = False
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d (labelled %d, clean %d), labels %d" % (len(recs), n_lab, n_clean, sum(types.values())))
    print("checksums/formats: %d gov ids, %d cards, %d IBANs, %d IPs re-verified" % (types["gov_id"], types["card"], types["iban"], types["ip"]))
    print("phones: %d labels, %d distinct, pv rejected %s" % (types["phone"], len(set(phones)), "none" if bad == [] else bad))
    print("rules: %s" % ("all pass" if not fails else dict(fails)))
    print("ids: %s..%s sequential" % (recs[0]["id"], recs[-1]["id"]))
    print("regenerated byte for byte: %s" % ("yes" if same else "NO"))
    print("CHECK %s" % ("OK" if ok else "FAILED"))
    return ok


def stats():
    recs, info = generate()
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("per type:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("per form:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("per lang:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    tp = Counter(info["tpl_of"].values())
    print("per template:", ", ".join("%s %d" % (n, tp[n]) for n, _, _, _ in TEMPLATES))
    print("candidates drawn: %d; distinct candidate phones: %d; pv rejected: %d %s" % (info["candidates"], info["phones"], len(info["pv_rejected"]), info["pv_rejected"]))
    dr = Counter()
    for name, i, why in info["drops"]:
        dr[(name, tuple(sorted(set(w.split(":")[0] for w in why))))] += 1
    print("dropped in the kept range: %d" % len(info["drops"]))
    for (name, why), c in sorted(dr.items()):
        print("  %s: %d (%s)" % (name, c, ", ".join(why)))
    for name, i, why in info["drops"]:
        print("    %s #%d: %s" % (name, i, "; ".join(why)))
    subs = Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "card", "iban"))
    print("subs:", ", ".join("%s/%s %d" % (a, b, c) for (a, b), c in sorted(subs.items())))
    pl = Counter(sp.get("plan", sp["region"]) for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("phone plans:", ", ".join("%s %d" % kv for kv in pl.most_common()), "; foreign (plan set):", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    ad = Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "address")
    print("address countries:", ", ".join("%s %d" % kv for kv in ad.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("labels across a line break:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("neg tags:", len({t for r in recs for t in r.get("neg", [])}))
    print(", ".join(sorted({t for r in recs for t in r.get("neg", [])})))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        sys.exit(0 if check() else 1)
    if len(sys.argv) > 1 and sys.argv[1] == "--stats":
        stats()
        return
    recs, info = generate()
    for r in recs:
        check_record(r)
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
