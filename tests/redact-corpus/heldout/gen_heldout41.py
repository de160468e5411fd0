#!/usr/bin/python3
"""Held-out part 41 of the redaction corpus (heldout41.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 39
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 24's decisions on hotels,
booking and loyalty numbers, passports, door and Wi-Fi codes; part 32's on
staff rotas, payroll, till PINs and shop configs; part 23's and part 37's
on named staff, work e-mails, role mailboxes and business addresses), lines
1-100 of gen_heldout33.py and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It ran
no project binary, no make, no cmake/ctest and no git command, and it did
not score this file. Started 04:23:57 UTC on 2026-12-05 (`date -u`); the
end time is in heldout/README.md. `pv_check` is reused as is; the header
and the CLI layout (rewrite / --check / --stats) imitate part 33's.

Theme: HOSPITALITY FROM THE STAFF SIDE. What receptionists, night
auditors, reservation agents, restaurant managers, chefs, banqueting and
wedding coordinators, housekeeping supervisors, hostel owners, holiday-let
hosts and tour operators paste into an AI assistant, from 26 countries in
22 languages: guest registration cards and police registration forms, PMS
arrival lists, tour-operator rooming lists, hostel check-in logs,
restaurant booking books with allergy notes, guest complaints, review
replies, lost-property logs, housekeeping and minibar logs, staff rotas and
shift swaps, payroll and tip-pool rows, staff emergency contacts, wedding
and banquet event orders, catering enquiries, channel-manager, booking-
engine, POS and Wi-Fi configs, PMS access logs, card pre-authorisation
notes, no-show and chargeback disputes, VIP and blacklist notes, holiday-
let host chats, birthday and anniversary amenity lists. Hard negatives of
the theme everywhere: booking, confirmation, folio, voucher, gift-card,
loyalty and OTA numbers, room and table numbers, arrival and departure
dates, prices, dishes named after people (Eggs Benedict, Beef Wellington,
Peach Melba...), wine estates, hotels named after people, famous chefs and
hoteliers, hotels' and restaurants' addresses, switchboards and role
mailboxes, LAN and documentation IPs of POS terminals, sample values and
name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
410517, shuffle seed 410518).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout41.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout41.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout41.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, steuerid_check, nir_random,
                       nir_ok, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, cpf_random, cpf_ok, card_random,
                       card_grouping, split_groups, MONTHS, secret_random,
                       US_AREAS, _nanp_line, GB_MOBILE, PLANS, rnd, ALNUM,
                       URLSAFE, B64)

SEED = 410517
SHUFFLE_SEED = 410518
OUT = os.path.join(HERE, "heldout41.jsonl")
PREFIX = "heldout-ao-"


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
# Names: "native|roman" where the script is not Latin (roman used in e-mail
# local parts and in English exports); female family forms after "/".
# order: "gf" given first, "fg" family first (with "sp" the separator).
NAMES = {
    "US": ("Boyd Cletus Dewitt Eldon Fitzhugh Grady Lonnie Rusty",
           "Arlene Charmaine Velma Fern Gwendolyn Lurleen Marlys Twyla",
           "Applewhite Blankenship Cottingham Dabney Ellsworth Fugate Hankins Jernigan Kimbrough Overstreet Puckett Gatewood"),
    "GB": ("Alistair Rhodri Lysander Fergus Gideon Lachlan Peregrine Ruaridh",
           "Araminta Bronwen Ottoline Eilidh Harriet Lavinia Morwenna Lowri",
           "Ackroyd Thwaites Pocklington Duckworth Entwistle Scattergood Higginbottom Illingworth Mountford Pettigrew Sowerby Haslam"),
    "DE": ("Adalbert Bernward Notker Gerold Hartmut Lothar Rüdiger Volkmar",
           "Adelheid Brunhilde Edeltraud Gesine Hiltrud Irmgard Roswitha Waltraud",
           "Auerbach Bechtold Dörfler Eichhorn Fleischhauer Grünewald Hasselbach Kirchhoff Lindemann Mehlhorn Riedesel Zimmerling"),
    "AT": ("Engelbert Gottfried Leopold Ignaz Quirin Severin Valentin Wolfram",
           "Adelinde Burgi Gertraud Hermine Leopoldine Kunigunde Theresia Zäzilia",
           "Aichinger Bachlechner Edlinger Stockinger Grubmüller Mitterbauer Kröpfl Lackner Oberhauser Pramberger Schwaighofer Wurzinger"),
    "FR": ("Aurélien Anatole Corentin Evrard Gaspard Hippolyte Lancelot Marius",
           "Apolline Bérénice Clothilde Eulalie Faustine Héloïse Mahaut Séverine",
           "Abgrall Beaumanoir Chevrier Delacourt Fauconnet Guillemot Hamelin Jourdain Kervella Lemarchand Mauduit Kerhervé"),
    "ES": ("Anselmo Baltasar Casimiro Eusebio Fermín Gervasio Leandro Saturnino",
           "Asunción Begoña Covadonga Eulalia Inmaculada Milagros Nieves Remedios",
           "Aranguren Barandiarán Carrasquilla Aguirrezabala Galdós Iturralde Larrañaga Ozaeta Bengoetxea Sagastume Urquiola Unamunzaga"),
    "MX": ("Anacleto Acatl Eleuterio Filiberto Heriberto Macario Porfirio Tiburcio",
           "Ameyalli Eréndira Guadalupe Yoloxóchitl Maricruz Nayeli Rosaura Yatziri",
           "Atempa Coyotzi Cuapio Huitrón Mixcoatl Olvera Quiñones Tepox Zacapala Zamudio Chimal Xochihua"),
    "IT": ("Calogero Ermenegildo Ercolino Leopoldo Nazzareno Ottorino Settimio Ubaldo",
           "Annunziata Clelia Domitilla Ersilia Filomena Gelsomina Ortensia Zelinda",
           "Acquaviva Bonaccorsi Capobianco Esposto Fioravanti Guarnieri Lombardozzi Malaspina Nicolosi Squillante Santangelo Vitiello"),
    "NL": ("Barend Cornelis Douwe Egbert Gerrit Hidde Sjoerd Wouter",
           "Aaltje Baukje Dieuwke Geertruida Hendrika Jeltje Marrigje Tjitske",
           "Bakkenes|van Heukelom|Eshuis|Grootveld|Huijsmans|van IJsseldijk|Kloosterboer|Oosterhuis|Riemersma|de Schepper|Wijnaendts|Zwiers"),
    "PT": ("Aníbal Bartolomeu Crisóstomo Eduíno Fausto Hermenegildo Lourenço Venâncio",
           "Albertina Celeste Conceição Deolinda Felismina Gracinda Leonor Rosália",
           "Alcântara Barroso Carvalhais Damasceno Espinheira Figueiró Godinho Quaresma Sequeira Valadares Sampaio Cordeiro"),
    "BR": ("Adailton Cleomar Edivaldo Gilmar Josué Lindomar Reginaldo Valdeci",
           "Aparecida Cleonice Edineia Francisca Josefa Luzia Marinalva Rosineide",
           "Albuquerque Bezerra Cavalcanti Nepomuceno Frota Holanda Maranhão Pimentel Rebouças Siqueira Wanderley Tabosa"),
    "PL": ("Bogumił Czesław Dobromir Jarogniew Kazimierz Lechosław Przemysław Zdzisław",
           "Bożena Dobrosława Genowefa Halina Jadwiga Mieczysława Teodozja Wiesława",
           "Chmielewski/Chmielewska Dziedzic/Dziedzic Gąsiorowski/Gąsiorowska Kaczmarczyk/Kaczmarczyk Lisowski/Lisowska Maciejewski/Maciejewska Pietrzak/Pietrzak Rutkowski/Rutkowska Sobczak/Sobczak Szczepaniak/Szczepaniak Wawrzyniak/Wawrzyniak Żmuda/Żmuda"),
    "SE": ("Hjalmar Yngve Evert Gunnar Helmer Valdemar Sture Torvald",
           "Agda Britta Dagny Gunnel Ingegerd Märta Sigrid Ylva",
           "Arvidsson Bergkvist Dahlgren Ekholm Forsberg Grönlund Hedlund Lundmark Norrby Sjöberg Wallin Östling"),
    "CZ": ("Bohumil Ctibor Dalibor Jaromír Kvido Radomír Svatopluk Vratislav",
           "Bohumila Drahomíra Jarmila Ludmila Miloslava Radmila Vlasta Zdenka",
           "Bartoš/Bartošová Chalupa/Chalupová Hrubý/Hrubá Kratochvíl/Kratochvílová Musil/Musilová Pospíšil/Pospíšilová Sedláček/Sedláčková Šindelář/Šindelářová Vondráček/Vondráčková Zeman/Zemanová Kubelka/Kubelková Trnka/Trnková"),
    "HR": ("Božidar Dragutin Krešimir Ljubomir Mladen Tihomir Vjekoslav Zvonimir",
           "Biserka Dubravka Gordana Jasminka Ljiljana Mirjana Snježana Zorica",
           "Babić Crnković Domazet Grgić Jurišić Kovačević Lovrić Matošević Perković Radić Šimunović Vidović"),
    "TR": ("Alparslan Bülent Cengiz Doğan Erdal Ferhat Kenan Tarkan",
           "Aysel Berrin Canan Dilek Feride Gülşen Nurhan Sevim",
           "Akbulut Bozkurt Çakıroğlu Demirtaş Ekinci Gündoğdu Karabulut Oflaz Sarıgül Tekin Yüksel Ulusoy"),
    "GR": ("Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis Παναγιώτης|Panagiotis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Αριστείδης|Aristeidis",
           "Αγλαΐα|Aglaia Δέσποινα|Despoina Ευτέρπη|Efterpi Καλλιόπη|Kalliopi Ξανθή|Xanthi Πηνελόπη|Pinelopi Σταματία|Stamatia Φωτεινή|Foteini",
           "Ανδρεάδης/Ανδρεάδου|Andreadis/Andreadou Βλάχος/Βλάχου|Vlachos/Vlachou Γιαννακόπουλος/Γιαννακοπούλου|Giannakopoulos/Giannakopoulou Δημητρίου/Δημητρίου|Dimitriou/Dimitriou Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni Λαμπράκης/Λαμπράκη|Lamprakis/Lampraki Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Οικονόμου/Οικονόμου|Oikonomou/Oikonomou Παπαδάκης/Παπαδάκη|Papadakis/Papadaki Σιδηρόπουλος/Σιδηροπούλου|Sidiropoulos/Sidiropoulou Τσακίρης/Τσακίρη|Tsakiris/Tsakiri Χατζηγεωργίου/Χατζηγεωργίου|Chatzigeorgiou/Chatzigeorgiou"),
    "RU": ("Тихон|Tikhon Вениамин|Veniamin Гордей|Gordey Елисей|Yelisey Ефим|Yefim Лаврентий|Lavrentiy Савелий|Saveliy Тимофей|Timofey",
           "Аглая|Aglaya Варвара|Varvara Зинаида|Zinaida Капитолина|Kapitolina Лукерья|Lukerya Серафима|Serafima Таисия|Taisiya Ульяна|Ulyana",
           "Воронцов/Воронцова|Vorontsov/Vorontsova Дубровин/Дубровина|Dubrovin/Dubrovina Журавлёв/Журавлёва|Zhuravlyov/Zhuravlyova Ладыгин/Ладыгина|Ladygin/Ladygina Мухин/Мухина|Mukhin/Mukhina Никифоров/Никифорова|Nikiforov/Nikiforova Пестов/Пестова|Pestov/Pestova Рябинин/Рябинина|Ryabinin/Ryabinina Тарасов/Тарасова|Tarasov/Tarasova Шубин/Шубина|Shubin/Shubina Щеглов/Щеглова|Shcheglov/Shcheglova Ерофеев/Ерофеева|Yerofeyev/Yerofeyeva"),
    "JP": ("晴臣|Haruomi 宗一郎|Soichiro 隼人|Hayato 慎吾|Shingo 康平|Kohei 龍之介|Ryunosuke 泰典|Yasunori 拓海|Takumi",
           "千尋|Chihiro 真琴|Makoto 楓|Kaede 雛子|Hinako 小百合|Sayuri 結衣|Yui 菜々子|Nanako 朋美|Tomomi",
           "小野寺|Onodera 長谷部|Hasebe 久保田|Kubota 宮之原|Miyanohara 西園寺|Saionji 早乙女|Saotome 大久保|Okubo 寺島|Terashima 水野|Mizuno 桐生|Kiryu 葛城|Katsuragi 日向|Hyuga"),
    "KR": ("건우|Geonu 도현|Dohyeon 상철|Sangcheol 민재|Minjae 태호|Taeho 현석|Hyeonseok 재범|Jaebeom 성훈|Seonghun",
           "다은|Daeun 보람|Boram 수빈|Subin 은채|Eunchae 서아|Seoa 하린|Harin 예린|Yerin 소연|Soyeon",
           "곽|Kwak 천|Cheon 명|Myeong 추|Chu 채|Chae 용|Yong 설|Seol 여|Yeo 변|Byeon 육|Yuk 편|Pyeon 국|Guk"),
    "CN": ("子昂|Ziang 浩宇|Haoyu 俊熙|Junxi 文博|Wenbo 志强|Zhiqiang 天佑|Tianyou 明哲|Mingzhe 嘉禾|Jiahe",
           "思琪|Siqi 雨桐|Yutong 梓涵|Zihan 晓燕|Xiaoyan 婉清|Wanqing 诗雨|Shiyu 佳怡|Jiayi 若曦|Ruoxi",
           "夏侯|Xiahou 公孙|Gongsun 宇文|Yuwen 呼延|Huyan 钟离|Zhongli 东方|Dongfang 邝|Kuang 甘|Gan 阎|Yan 庞|Pang 龚|Gong 邬|Wu"),
    "IN": ("हिमांशु|Himanshu गौरांग|Gaurang प्रणव|Pranav शार्दूल|Shardul यशवर्धन|Yashvardhan ऋत्विक|Ritwik चिराग|Chirag मयंक|Mayank",
           "कादम्बरी|Kadambari मृणालिनी|Mrinalini ऋचा|Richa सौम्या|Saumya तृप्ति|Trupti वैदेही|Vaidehi शर्वरी|Sharvari उर्वशी|Urvashi",
           "चतुर्वेदी|Chaturvedi पराडकर|Paradkar गोखले|Gokhale गाडगिल|Gadgil मल्होत्रा|Malhotra नागराजन|Nagarajan पटवर्धन|Patwardhan रस्तोगी|Rastogi सहगल|Sehgal भटनागर|Bhatnagar वाधवा|Wadhwa ज़ुत्शी|Zutshi"),
    "IL": ("אביתר|Evyatar בועז|Boaz גדליה|Gedalya ידידיה|Yedidya נחמיה|Nechemya עמרי|Omri צורי|Tzuri שמריהו|Shmaryahu",
           "אביגיל|Avigail הדס|Hadas טליה|Talya יעל|Yael מעיין|Maayan ענבל|Inbal שלומית|Shlomit תהילה|Tehila",
           "אלמוג|Almog שטרנברג|Sternberg גולדפרב|Goldfarb זילברמן|Zilberman חזן|Hazan טננבאום|Tenenbaum כהנא|Kahana לנדאו|Landau מזרחי|Mizrahi סגל|Segal פרידמן|Friedman רוזנטל|Rosenthal"),
    "EG": ("أيمن|Ayman حازم|Hazem شريف|Sherif عصام|Essam مدحت|Medhat وليد|Walid يسري|Yousry رأفت|Raafat",
           "دعاء|Doaa رحاب|Rehab سماح|Samah شيماء|Shaimaa غادة|Ghada منى|Mona نهى|Noha هبة|Heba",
           "البنا|El-Banna الجمال|El-Gamal الحسيني|El-Husseiny الشافعي|El-Shafei الصاوي|El-Sawy فرغلي|Farghaly منصور|Mansour نصار|Nassar هلال|Helal زهران|Zahran قنديل|Kandil الدمرداش|El-Demerdash"),
    "TH": ("ธนพล|Thanaphon กิตติศักดิ์|Kittisak ณัฐวุฒิ|Nattawut ปิยะพงษ์|Piyaphong วรวุฒิ|Worawut สมเกียรติ|Somkiat อนุชา|Anucha ชัยวัฒน์|Chaiwat",
           "กมลชนก|Kamonchanok จันทร์เพ็ญ|Chanphen ณัฐธิดา|Natthida พรทิพย์|Phonthip รัตนา|Rattana สุภาวดี|Suphawadee อรุณี|Arunee วิไลวรรณ|Wilaiwan",
           "ศรีสวัสดิ์|Srisawat บุญญาศิริ|Bunyasiri ทองประเสริฐ|Thongprasert วงศ์สวัสดิ์|Wongsawat แสงอรุณ|Saengarun เจริญสุข|Charoensuk พันธุ์ดี|Phandee รุ่งเรือง|Rungrueang สุขสมบูรณ์|Suksomboon อินทรวงศ์|Intharawong มณีรัตน์|Maneerat ปัญญาดี|Panyadee"),
    "VN": ("Khang Phúc Thịnh Hiếu Duy Trọng Lộc Quân",
           "Diễm Hằng Nhung Trinh Quyên Thảo Vy Yến",
           "Lâm Quách Tạ Khổng Đoàn Kiều Hứa Lương Triệu Âu Vương Giang"),
}
VN_MIDDLE_M = ["Bá", "Trung", "Đình", "Tiến"]
VN_MIDDLE_F = ["Kim", "Diệu", "Mỹ", "Tuyết"]
ORDER = {"JP": ("fg", " "), "KR": ("fg", ""), "CN": ("fg", ""), "VN": ("fg", " ")}
NONLATIN = {"GR", "RU", "JP", "KR", "CN", "IN", "IL", "EG", "TH"}
LANG = {"US": "en", "GB": "en", "DE": "de", "AT": "de", "FR": "fr", "ES": "es", "MX": "es",
        "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "CZ": "cs",
        "HR": "hr", "TR": "tr", "GR": "el", "RU": "ru", "JP": "ja", "KR": "ko", "CN": "zh",
        "IN": "hi", "IL": "he", "EG": "ar", "TH": "th", "VN": "vi"}
COUNTRIES = list(LANG)


def _split_entry(e):
    if "|" in e and not e.startswith("van") and e.count("|") == 1:
        nat, rom = e.split("|")
    else:
        nat = rom = e
    return nat, rom


def _parse_names():
    out = {}
    for cc, (m, f, fam) in NAMES.items():
        def words(s):
            if cc == "NL" and "|" in s and s.count("|") > 2:
                return s.split("|")
            return s.split(" ") if cc not in ("EG",) else _eg_split(s)
        gm = [_split_entry(w) for w in words(m)]
        gf = [_split_entry(w) for w in words(f)]
        fams = []
        for w in words(fam):
            nat, rom = _split_entry(w)
            nm, nf = (nat.split("/") + [None])[:2] if "/" in nat else (nat, nat)
            rm, rf = (rom.split("/") + [None])[:2] if "/" in rom else (rom, rom)
            fams.append(((nm, rm), (nf or nm, rf or rm)))
        out[cc] = (gm, gf, fams)
    return out


def _eg_split(s):
    # entries are "arabic|roman" separated by spaces; an Arabic part may hold
    # a space ("عبد الغفار"), so split after each roman part instead
    return [x.strip() for x in re.findall(r"[^|]+\|[A-Za-z-]+", s.strip())]


PN = _parse_names()


class Person:
    __slots__ = ("cc", "g", "gr", "f", "fr", "female", "mid")

    def __init__(self, cc, g, gr, f, fr, female, mid=""):
        self.cc, self.g, self.gr, self.f, self.fr, self.female, self.mid = cc, g, gr, f, fr, female, mid

    def full(self, roman=False):
        g, f = (self.gr, self.fr) if roman else (self.g, self.f)
        o, sp = ORDER.get(self.cc, ("gf", " "))
        if self.cc == "VN":
            return "%s %s %s" % (f, self.mid, g)
        if o == "fg":
            return f + (" " if roman else sp) + g
        return g + " " + f

    def given(self, roman=False):
        return self.gr if roman else self.g

    def family(self, roman=False):
        return self.fr if roman else self.f

    def words(self):
        ws = set()
        for s in (self.g, self.gr, self.f, self.fr):
            for w in re.split(r"[\s\-]+", s):
                if w and w.lower() not in PARTICLES:
                    ws.add(w)
        return ws


PARTICLES = {"van", "de", "der", "ter", "den", "el"}


def draw_person(R, cc, used, female=None):
    """A person of locale cc whose name words are not in `used` (a set of
    words already taken in this record); None when the list is used up."""
    gm, gf, fams = PN[cc]
    for _ in range(60):
        fem = R.random() < 0.5 if female is None else female
        g = R.choice(gf if fem else gm)
        fam = R.choice(fams)[1 if fem else 0]
        if cc in ("ES", "MX") or (cc in ("PT", "BR") and R.random() < 0.4):
            fam2 = R.choice(fams)[1 if fem else 0]
            if fam2[0] == fam[0]:
                continue
            fam = (fam[0] + " " + fam2[0], fam[1] + " " + fam2[1])
        mid = R.choice(VN_MIDDLE_F if fem else VN_MIDDLE_M) if cc == "VN" else ""
        p = Person(cc, g[0], g[1], fam[0], fam[1], fem, mid)
        w = p.words()
        if w & used:
            continue
        used |= w
        return p
    return None


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -.'"))


# ====================================================================== places
# Home streets and towns per country (hand-written for this part); the
# address formatter gives the whole postal address as one string.
STREETS = {
    "US": ["Sassafras Lane", "Pecan Hollow Drive", "Quarry Ridge Road", "Tupelo Court", "Buckeye Trail", "Honeylocust Avenue"],
    "GB": ["Wheelwright Lane", "Coppice Close", "Tanners Row", "Ropewalk Street", "Sheepfold Road", "Dovecote Mews"],
    "DE": ["Kastanienallee", "Wacholderweg", "Brunnenstraße", "Am Mühlbach", "Holunderstraße", "Hopfengarten"],
    "AT": ["Marillengasse", "Kirchsteig", "Almweg", "Lärchenstraße", "Zirbenweg", "Schmiedgasse"],
    "FR": ["rue des Tanneurs", "impasse des Vignerons", "chemin du Lavoir", "rue du Puits-Salé", "allée des Noisetiers", "boulevard des Cordiers"],
    "ES": ["calle de los Tintoreros", "calle Subida del Enebro", "avenida de la Ribera", "calle del Olivar", "calle Sierpes Bajas", "plaza del Azafrán"],
    "MX": ["Calle Jacarandas", "Av. de los Fresnos", "Calle Ahuehuete", "Calle Capulín", "Privada Cempasúchil", "Calle Huizache"],
    "IT": ["Via dei Cordai", "Vicolo del Pozzo", "Via delle Mimose", "Via Fontevecchia", "Viale dei Tigli", "Via del Mandorlo"],
    "NL": ["Lindengracht", "Kruisweg", "Molensingel", "Bagijnestraat", "Vlasakker", "Kaatsbaan"],
    "PT": ["Rua das Amoreiras", "Travessa do Forno", "Rua dos Pescadores", "Largo da Fonte Nova", "Rua da Boavista Velha", "Rua do Lagar"],
    "BR": ["Rua dos Ipês", "Rua Jequitibá", "Avenida das Palmeiras Reais", "Rua Sanhaço", "Rua Pitangueira", "Rua Cajazeira"],
    "PL": ["ul. Jaśminowa", "ul. Młynarska", "ul. Kasztanowa", "ul. Piekarska", "ul. Bednarska", "ul. Wiklinowa"],
    "SE": ["Björkvägen", "Kvarngatan", "Sjöbodsvägen", "Lingonstigen", "Fiskargränd", "Tallbacken"],
    "CZ": ["Na Vyhlídce", "Lipová", "Pekařská", "U Mlýna", "Vinohradská", "Za Humny"],
    "HR": ["Vinogradska ulica", "Ulica Lavande", "Put Murvice", "Ulica Maslina", "Put Borova", "Ulica Rogača"],
    "TR": ["Ihlamur Sok.", "Zambak Sok.", "Ayva Çiçeği Sok.", "Değirmen Sok.", "Kestane Sok.", "Yasemin Sok."],
    "GR": ["Λεμονιάς", "Κυπαρίσσων", "Ανεμόμυλου", "Αμυγδαλιάς", "Ροδακινιάς", "Ελαιώνων"],
    "RU": ["ул. Рябиновая", "ул. Кленовая", "пер. Гончарный", "ул. Черёмуховая", "ул. Береговая", "ул. Липовая"],
    "JP": [], "KR": [], "CN": [],
    "IN": ["Shanti Kunj Apartments", "Gulmohar Residency", "Sai Krupa Niwas", "Neelkanth Towers", "Amaltas Enclave", "Kadamba Villas"],
    "IL": ["רחוב הדקל", "רחוב האלה", "רחוב הגפן", "רחוב התאנה", "רחוב הרימון", "רחוב השקד"],
    "EG": ["شارع الفيروز", "شارع الزيتون الجديد", "شارع البستان", "شارع الكروم", "شارع الصفصاف", "شارع الياقوت"],
    "TH": ["ถนนพหลโยธิน", "ถนนรัชดาภิเษก", "ถนนจันทน์", "ถนนนครไชยศรี", "ถนนประชาราษฎร์", "ถนนสุทธิสาร"],
    "VN": ["đường Cây Sấu", "đường Cây Điệp", "đường Bàu Cát", "đường Phượng Vĩ Đỏ", "đường Rạch Cát", "đường Bến Gỗ"],
}
TOWNS = {
    "US": [("Helena", "MT", "59601"), ("Chattanooga", "TN", "37403"), ("Dubuque", "IA", "52001"), ("Flagstaff", "AZ", "86001"), ("Missoula", "MT", "59801"), ("Roanoke", "VA", "24011")],
    "GB": [("Keswick", "CA12 5JR"), ("Ludlow", "SY8 1PQ"), ("Pickering", "YO18 7AA"), ("Hexham", "NE46 1AZ"), ("Barnstaple", "EX31 1HU"), ("Stamford", "PE9 2LA")],
    "DE": [("79098", "Freiburg im Breisgau"), ("33602", "Bielefeld"), ("94032", "Passau"), ("24103", "Kiel"), ("99084", "Erfurt"), ("49074", "Osnabrück")],
    "AT": [("6020", "Innsbruck"), ("5020", "Salzburg"), ("8010", "Graz"), ("9020", "Klagenfurt"), ("4400", "Steyr"), ("6850", "Dornbirn")],
    "FR": [("29200", "Brest"), ("21000", "Dijon"), ("64100", "Bayonne"), ("37000", "Tours"), ("84000", "Avignon"), ("51100", "Reims")],
    "ES": [("41003", "Sevilla"), ("33201", "Gijón"), ("37002", "Salamanca"), ("30001", "Murcia"), ("15001", "A Coruña"), ("10003", "Cáceres")],
    "MX": [("Tlaxcala", "Tlax.", "90"), ("Morelia", "Mich.", "58"), ("Querétaro", "Qro.", "76"), ("Campeche", "Camp.", "24"), ("León", "Gto.", "37"), ("Toluca", "Méx.", "50")],
    "IT": [("50123", "Firenze", "FI"), ("40126", "Bologna", "BO"), ("37121", "Verona", "VR"), ("16123", "Genova", "GE"), ("70121", "Bari", "BA"), ("10121", "Torino", "TO")],
    "NL": [("2611", "Delft"), ("3811", "Amersfoort"), ("5911", "Venlo"), ("8011", "Zwolle"), ("5611", "Eindhoven"), ("4811", "Breda")],
    "PT": [("4050", "Porto"), ("3000", "Coimbra"), ("8800", "Tavira"), ("4700", "Braga"), ("2400", "Leiria"), ("7000", "Évora")],
    "BR": [("Curitiba", "PR", "80"), ("Belo Horizonte", "MG", "30"), ("Recife", "PE", "50"), ("Fortaleza", "CE", "60"), ("Goiânia", "GO", "74"), ("Florianópolis", "SC", "88")],
    "PL": [("30-", "Kraków"), ("80-", "Gdańsk"), ("50-", "Wrocław"), ("61-", "Poznań"), ("20-", "Lublin"), ("87-", "Toruń")],
    "SE": [("413", "Göteborg"), ("753", "Uppsala"), ("211", "Malmö"), ("702", "Örebro"), ("972", "Luleå"), ("551", "Jönköping")],
    "CZ": [("602", "Brno"), ("301", "Plzeň"), ("779", "Olomouc"), ("370", "České Budějovice"), ("460", "Liberec"), ("500", "Hradec Králové")],
    "HR": [("22000", "Šibenik"), ("51000", "Rijeka"), ("23000", "Zadar"), ("20000", "Dubrovnik"), ("31000", "Osijek"), ("52100", "Pula")],
    "TR": [("Konak", "İzmir", "35"), ("Muratpaşa", "Antalya", "07"), ("Çankaya", "Ankara", "06"), ("Yakutiye", "Erzurum", "25"), ("Ortahisar", "Trabzon", "61"), ("Seyhan", "Adana", "01")],
    "GR": [("546", "Θεσσαλονίκη"), ("262", "Πάτρα"), ("712", "Ηράκλειο"), ("412", "Λάρισα"), ("453", "Ιωάννινα"), ("851", "Ρόδος")],
    "RU": [("1900", "Санкт-Петербург"), ("6200", "Екатеринбург"), ("6300", "Новосибирск"), ("6030", "Нижний Новгород"), ("3440", "Ростов-на-Дону"), ("6900", "Владивосток")],
    "JP": [("060-00", "北海道札幌市中央区大通西"), ("980-08", "宮城県仙台市青葉区一番町"), ("460-00", "愛知県名古屋市中区栄"), ("812-00", "福岡県福岡市博多区博多駅前"), ("730-00", "広島県広島市中区基町"), ("650-00", "兵庫県神戸市中央区三宮町")],
    "KR": [("서울특별시 마포구 와우산로",), ("부산광역시 해운대구 달맞이길",), ("대구광역시 수성구 동대구로",), ("인천광역시 연수구 컨벤시아대로",), ("광주광역시 서구 상무대로",), ("대전광역시 유성구 대학로",)],
    "CN": [("浙江省杭州市西湖区", "文三路", "330106"), ("四川省成都市武侯区", "科华北路", "510107"), ("广东省广州市天河区", "天河北路", "440106"), ("江苏省南京市鼓楼区", "中山北路", "320106"), ("湖北省武汉市洪山区", "珞喻路", "420111"), ("陕西省西安市雁塔区", "小寨东路", "610113")],
    "IN": [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Salt Lake Sector V", "Kolkata", "West Bengal", "700091"), ("Banjara Hills", "Hyderabad", "Telangana", "500034"), ("Civil Lines", "Jaipur", "Rajasthan", "302006"), ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"), ("Navrangpura", "Ahmedabad", "Gujarat", "380009")],
    "IL": [("חיפה", "33"), ("באר שבע", "84"), ("נתניה", "42"), ("רחובות", "76"), ("הרצליה", "46"), ("ירושלים", "94")],
    "EG": [("سموحة", "الإسكندرية"), ("مصر الجديدة", "القاهرة"), ("الدقي", "الجيزة"), ("المعادي", "القاهرة"), ("سيدي جابر", "الإسكندرية"), ("الحي السابع", "مدينة نصر")],
    "TH": [("แขวงจอมพล", "เขตจตุจักร", "10900"), ("แขวงสามเสนใน", "เขตพญาไท", "10400"), ("แขวงทุ่งวัดดอน", "เขตสาทร", "10120"), ("แขวงห้วยขวาง", "เขตห้วยขวาง", "10310"), ("แขวงบางจาก", "เขตพระโขนง", "10260"), ("แขวงลาดยาว", "เขตจตุจักร", "10900")],
    "VN": [("phường 12", "quận Tân Bình", "TP. Hồ Chí Minh"), ("phường Thạc Gián", "quận Thanh Khê", "TP. Đà Nẵng"), ("phường Vĩnh Hải", "TP. Nha Trang", "tỉnh Khánh Hòa"), ("phường An Hòa", "quận Ninh Kiều", "TP. Cần Thơ"), ("phường Phú Hội", "TP. Huế", "tỉnh Thừa Thiên Huế"), ("phường 4", "quận 3", "TP. Hồ Chí Minh")],
}
MX_COL = ["Col. Jardines del Valle", "Col. La Cañada", "Col. Lomas del Sol", "Col. Barrio Alto"]
BR_BAIRRO = ["Jardim das Acácias", "Vila Nova Esperança", "Alto da Serra", "Parque das Flores"]
TR_MAH = ["Çınarlı Mah.", "Yeşiltepe Mah.", "Kuyubaşı Mah.", "Gülbahçe Mah."]
KR_DONG = ["101동", "102동", "103동", "105동", "201동"]


def address(R, cc, multiline=False):
    """A home address in the country's postal layout (one string)."""
    st = R.choice(STREETS[cc]) if STREETS[cc] else ""
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    nl = "\n" if multiline else ", "
    if cc == "US":
        return "%d %s%s%s, %s %s" % (R.randint(100, 9899), st, nl, t[0], t[1], t[2])
    if cc == "GB":
        return "%d %s%s%s%s%s" % (n, st, nl, t[0], "\n" if multiline else " ", t[1])
    if cc in ("DE", "AT"):
        return "%s %d%s%s %s" % (st, n, nl, t[0], t[1])
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", "", "", " bis"]), st, nl, t[0], t[1].upper() if multiline else t[1])
    if cc == "ES":
        return "%s, %d, %dº %s%s%s %s" % (st[0].upper() + st[1:], n, R.randint(1, 7), R.choice("ABCD"), nl, t[0], t[1])
    if cc == "MX":
        return "%s %d, %s%s%s%03d %s, %s" % (st, n, R.choice(MX_COL), nl, t[2], R.randint(0, 999), t[0], t[1])
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, nl, t[0], t[1], t[2])
    if cc == "NL":
        return "%s %d%s%s %s%s %s" % (st, n, nl, t[0], R.choice("BDEGHJKLMNPRTVWXZ"), R.choice("ABCEGHJKLNPRSTVXZ"), t[1])
    if cc == "PT":
        return "%s, %d%s%s-%03d %s" % (st, n, nl, t[0], R.randint(1, 999), t[1])
    if cc == "BR":
        return "%s, %d - %s%s%s - %s%sCEP %s%03d-%03d" % (st, n, R.choice(BR_BAIRRO), nl, t[0], t[1], nl, t[2], R.randint(0, 999), R.randint(0, 999))
    if cc == "PL":
        return "%s %d/%d%s%s%03d %s" % (st, n, R.randint(1, 40), nl, t[0], R.randint(1, 999), t[1])
    if cc == "SE":
        return "%s %d%s%s %02d %s" % (st, n, nl, t[0], R.randint(10, 99), t[1].upper() if multiline else t[1])
    if cc == "CZ":
        return "%s %d%s%s %02d %s" % (st, R.randint(100, 2999), nl, t[0], R.randint(1, 19), t[1])
    if cc == "HR":
        return "%s %d%s%s %s" % (st, n, nl, t[0], t[1])
    if cc == "TR":
        return "%s %s No:%d D:%d%s%s%03d %s/%s" % (R.choice(TR_MAH), st, n, R.randint(1, 24), nl, t[2], R.randint(0, 999), t[0], t[1])
    if cc == "GR":
        return "%s %d%s%s %02d %s" % (st, n, nl, t[0], R.randint(10, 99), t[1])
    if cc == "RU":
        return "%s, д. %d, кв. %d%sг. %s, %s%02d" % (st, n, R.randint(1, 220), nl, t[1], t[0], R.randint(1, 99))
    if cc == "JP":
        return "〒%s%02d %s%d丁目%d-%d" % (t[0], R.randint(10, 99), t[1], R.randint(1, 9), R.randint(1, 30), R.randint(1, 20))
    if cc == "KR":
        return "%s %d, %s %d호" % (t[0], R.randint(10, 300), R.choice(KR_DONG), R.randint(1, 25) * 100 + R.randint(1, 6))
    if cc == "CN":
        return "%s%s%d号%d栋%d室" % (t[0], t[1], R.randint(1, 400), R.randint(1, 12), R.randint(1, 30) * 100 + R.randint(1, 8))
    if cc == "IN":
        return "Flat %d, %s, %s, %s, %s %s" % (R.randint(101, 1204), st, t[0], t[1], t[2], t[3])
    if cc == "IL":
        return "%s %d, דירה %d, %s %s%05d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d %s، %s، %s" % (n, st, t[0], t[1])
    if cc == "TH":
        return "%d/%d %s %s %s กรุงเทพมหานคร %s" % (R.randint(1, 300), R.randint(1, 99), st, t[0], t[1], t[2])
    if cc == "VN":
        return "Số %d %s, %s, %s, %s" % (n, st, t[0], t[1], t[2])
    raise KeyError(cc)


# Fictional hotels, restaurants and their business data (look-alikes):
# (hotel, business address, switchboard, domain, restaurant)
HOTELS = {
    "US": ("The Larkmoor Lodge", "1400 Foundry Hill Road, Asheville, NC 28801", "+1 828 214 3000", "larkmoorlodge.com", "Cinder & Sage Kitchen"),
    "GB": ("The Gannet & Anchor Hotel", "Quayside, Seahouses NE68 7RN", "01947 600000", "gannetanchor.co.uk", "The Salt Loft"),
    "DE": ("Hotel Zum Kupferkessel", "Münsterplatz 9, 79098 Freiburg im Breisgau", "+49 761 380000", "kupferkessel-hotel.de", "Weinstube Rebhügel"),
    "AT": ("Alpenhotel Zirbenhof", "Dorfstraße 21, 6167 Neustift im Stubaital", "+43 5226 20000", "zirbenhof-stubai.at", "Stube Lärchenwirt"),
    "FR": ("Hôtel Les Remparts d'Or", "2 place du Chapitre, 37000 Tours", "+33 2 47 60 00 00", "hotel-remparts-or.fr", "Brasserie La Coquille"),
    "ES": ("Hotel Patio de los Naranjos", "Plaza de la Alfalfa 7, 41004 Sevilla", "+34 954 210 000", "patiodelosnaranjos.es", "Taberna El Alambique"),
    "MX": ("Hotel Casa Bugambilia", "Av. de los Virreyes 410, Centro, 90000 Tlaxcala, Tlax.", "+52 222 230 0000", "casabugambilia.mx", "Cocina La Talavera"),
    "IT": ("Albergo Corte dei Gelsi", "Piazza del Mercato 3, 50123 Firenze (FI)", "+39 055 210000", "cortedeigelsi.it", "Trattoria Il Mortaio"),
    "NL": ("Hotel De Zilveren Reiger", "Markt 18, 2611 GV Delft", "+31 15 210 0000", "zilverenreiger.nl", "Eetcafé De Kaasboor"),
    "PT": ("Hotel Solar das Glicínias", "Praça da Ribeira 12, 4050-509 Porto", "+351 222 000 000", "solardasglicinias.pt", "Tasca O Alguidar"),
    "BR": ("Pousada Brisa Mansa", "Av. Beira-Mar 1200, Meireles, Fortaleza - CE, 60165-121", "+55 85 3200-0000", "brisamansa.com.br", "Restaurante Panela de Barro"),
    "PL": ("Hotel Pod Złotą Kotwicą", "ul. Długie Pobrzeże 5, 80-888 Gdańsk", "+48 58 300 00 00", "zlotakotwica.pl", "Karczma Pod Lipą"),
    "SE": ("Hotell Sjöbris", "Strandpromenaden 4, 413 01 Göteborg", "+46 31 700 00 00", "hotellsjobris.se", "Krogen Tjärtunnan"),
    "CZ": ("Hotel U Tří Kohoutů", "Náměstí Svobody 9, 602 00 Brno", "+420 542 100 000", "utrikohoutu.cz", "Restaurace Na Spilce"),
    "HR": ("Hotel Lavanda Bay", "Obala lučkih radnika 20, 22000 Šibenik", "+385 21 300 000", "lavandabay.hr", "Konoba Kod Bracere"),
    "TR": ("Otel Mavi Sümbül", "Kordonboyu Cad. No:120, 35250 Konak/İzmir", "+90 232 400 00 00", "otelmavisumbul.com.tr", "Meyhane Kırmızı Biber"),
    "GR": ("Ξενοδοχείο Αιγαίο Φως", "Παραλία Ιεράπετρας 5, 722 00 Ιεράπετρα", "+30 2842 000000", "aigaiofos.gr", "Ταβέρνα Το Καΐκι"),
    "RU": ("Гостиница «Белые Ночи на Неве»", "наб. реки Мойки, 40, Санкт-Петербург, 191186", "+7 812 300-00-00", "belyenochi-hotel.ru", "Ресторан «Печка-Лавочка»"),
    "JP": ("ホテル若竹の杜", "〒600-8216 京都府京都市下京区東塩小路町5", "075-371-0000", "wakatake-no-mori.jp", "和食処 こもれび"),
    "KR": ("호텔 솔숲", "부산광역시 해운대구 해운대해변로 100", "051-740-0000", "hotelsolsup.kr", "한식당 다솜정"),
    "CN": ("云栖竹径酒店", "浙江省杭州市西湖区龙井路100号", "0571-8700 0000", "yunqihotel.cn", "知味小馆"),
    "IN": ("Hotel Kesar Mahal", "MI Road, Jaipur, Rajasthan 302001", "+91 141 400 0000", "kesarmahalhotel.in", "Rasoi Ghar"),
    "IL": ("מלון חוף התמרים", "טיילת הרברט סמואל 40, תל אביב-יפו", "03-500-0000", "hof-hatmarim.co.il", "מסעדת העוגן"),
    "EG": ("فندق نسيم النيل", "كورنيش النيل، جاردن سيتي، القاهرة", "+20 2 2700 0000", "naseemelnile.com.eg", "مطعم الفسطاط"),
    "TH": ("โรงแรมเรือนปาล์ม", "99 ถนนเจริญกรุง แขวงบางรัก เขตบางรัก กรุงเทพมหานคร 10500", "02-200-0000", "ruenpalm.co.th", "ครัวบ้านสวน"),
    "VN": ("Khách sạn Sóng Ngọc", "25 Trần Phú, TP. Nha Trang, Khánh Hòa", "0258 380 0000", "songngoc.vn", "Nhà hàng Hương Cau"),
}
ROLE_BOXES = ["reservations", "frontdesk", "events", "banquets", "info", "reception", "fo", "nightaudit",
              "hr", "accounts", "housekeeping", "concierge", "sales", "booking", "reservas", "prenotazioni",
              "rezerwacje", "empfang", "reception.desk", "kitchen", "weddings", "catering", "ops", "noreply",
              "payroll", "lostandfound", "gm", "it", "hello"]
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"], "AT": ["gmx.at", "aon.at", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "ES": ["hotmail.es", "gmail.com", "yahoo.es"], "MX": ["hotmail.com", "gmail.com", "yahoo.com.mx"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PT": ["sapo.pt", "gmail.com", "outlook.pt"], "BR": ["uol.com.br", "gmail.com", "bol.com.br"],
    "PL": ["wp.pl", "o2.pl", "interia.pl"], "SE": ["telia.com", "gmail.com", "hotmail.se"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "HR": ["gmail.com", "net.hr", "yahoo.com"], "TR": ["hotmail.com", "gmail.com", "yandex.com.tr"], "GR": ["otenet.gr", "gmail.com", "yahoo.gr"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru"], "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"], "KR": ["naver.com", "daum.net", "gmail.com"],
    "CN": ["qq.com", "163.com", "126.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
    "EG": ["gmail.com", "yahoo.com", "hotmail.com"], "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"], "VN": ["gmail.com", "yahoo.com.vn"],
}


def email_of(R, p, work_domain=None):
    g = ascii_fold(p.gr).lower().replace(" ", "").replace("'", "")
    f = ascii_fold(p.fr).lower().replace(" ", "").replace("'", "").replace("-", "")
    if work_domain:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s" % g if R.random() < 0.2 else "%s.%s" % (g, f)])
        return local + "@" + work_domain
    local = R.choice(["%s.%s" % (g, f), "%s%s%d" % (g, f, R.randint(1, 99)), "%s.%s%d" % (g[0], f, R.randint(60, 99)),
                      "%s_%s" % (f, g), "%s%s" % (g, f[:3])])
    return local + "@" + R.choice(MAIL[p.cc])


# ====================================================================== phones
def _d(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def _nz(R, n):
    return R.choice("123456789") + _d(R, n - 1)


def mobile(R, cc, intl=None):
    """A private mobile in the country's layout: (text, region, plan).
    intl: True forces +CC, False national, None draws."""
    if intl is None:
        intl = R.random() < 0.3
    if cc in ("US",):
        n = _nanp_line(R, US_AREAS)
        a, e, l_ = n[:3], n[3:6], n[6:]
        t = "+1 %s %s %s" % (a, e, l_) if intl else R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, e, l_)
        return t, "US", "US"
    if cc == "GB":
        n = R.choice(GB_MOBILE) + _d(R, 7)
        return ("+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])), "GB", "GB"
    if cc == "DE":
        n = R.choice(["151", "152", "157", "159"]) + _nz(R, 8) if R.random() < 0.5 else R.choice(["160", "170", "171", "172", "175", "176", "177", "178", "179"]) + _nz(R, 7)
        return ("+49 %s %s" % (n[:3], n[3:]) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])), "DE", "DE"
    if cc == "AT":
        n = R.choice(["664", "660", "676", "699", "650"]) + _nz(R, 7)
        return ("+43 %s %s" % (n[:3], n[3:]) if intl else "0%s %s" % (n[:3], n[3:])), "AT", "AT"
    if cc == "FR":
        n = R.choice(["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + _d(R, 7)
        p = [n[i:i + 2] for i in range(1, 9, 2)]
        return ("+33 %s %s" % (n[0], " ".join(p)) if intl else "0%s %s" % (n[0], " ".join(p))), "FR", "FR"
    if cc == "ES":
        n = "6" + _d(R, 8)
        return ("+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])), "ES", "ES"
    if cc == "MX":
        n = R.choice(["55", "33", "81"]) + _nz(R, 8)
        return ("+52 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "%s %s %s" % (n[:2], n[2:6], n[6:])), "MX", "MX"
    if cc == "IT":
        n = "3" + R.choice(["20", "28", "29", "33", "34", "35", "38", "39", "40", "47", "48", "49", "88", "92"]) + _d(R, 7)
        return ("+39 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else R.choice(["%s %s %s", "%s/%s%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])), "IT", "IT"
    if cc == "NL":
        n = "6" + R.choice("12345") + _d(R, 7)
        return ("+31 6 %s" % n[1:] if intl else R.choice(["06-%s", "06 %s"]) % n[1:]), "NL", "NL"
    if cc == "PT":
        n = "9" + R.choice("1236") + _d(R, 7)
        return ("+351 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])), "PT", "PT"
    if cc == "BR":
        n = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48"]) + "9" + R.choice("6789") + _d(R, 7)
        return ("+55 %s %s-%s" % (n[:2], n[2:7], n[7:]) if intl else "(%s) %s-%s" % (n[:2], n[2:7], n[7:])), "BR", "BR"
    if cc == "PL":
        n = R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + _d(R, 7)
        return ("+48 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])), "PL", "PL"
    if cc == "SE":
        n = "7" + R.choice("0236") + _d(R, 7)
        return ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if intl else "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])), "SE", "SE"
    if cc == "CZ":
        n = R.choice(["602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724", "725", "731", "732", "736", "737", "773", "774", "775", "776", "777", "792", "793"]) + _d(R, 6)
        return ("+420 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])), "CZ", "CZ"
    if cc == "HR":
        n = "9" + R.choice("12589") + _d(R, 7)
        return ("+385 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:2], n[2:5], n[5:])), "HR", "HR"
    if cc == "TR":
        n = "5" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "41", "42", "43", "44", "45", "46", "47", "48", "49", "05", "06", "07", "52", "53", "54", "55"]) + _d(R, 7)
        return ("+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])), "TR", "TR"
    if cc == "GR":
        n = "69" + R.choice("3456789") + _d(R, 7)
        return ("+30 %s %s %s" % (n[:3], n[3:6], n[6:]) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])), "GR", "GR"
    if cc == "RU":
        n = "9" + R.choice(["01", "03", "05", "10", "12", "15", "16", "17", "20", "21", "25", "26", "29", "50", "60", "61", "62", "63", "65", "77", "85", "99"]) + _d(R, 7)
        return ("+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]) if intl else "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])), "RU", "RU"
    if cc == "JP":
        n = R.choice(["90", "80", "70"]) + _nz(R, 8)
        return ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])), "JP", "JP"
    if cc == "KR":
        n = "10" + R.choice("23467892346789") + _d(R, 7)
        return ("+82 %s-%s-%s" % (n[:2], n[2:6], n[6:]) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])), "KR", "KR"
    if cc == "CN":
        n = "1" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + _d(R, 8)
        return ("+86 %s %s %s" % (n[:3], n[3:7], n[7:]) if intl else R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])), "CN", "CN"
    if cc == "IN":
        n = R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + _d(R, 8)
        return ("+91 %s %s" % (n[:5], n[5:]) if intl else R.choice(["%s %s", "0%s %s", "%s-%s"]) % (n[:5], n[5:])), "IN", "IN"
    if cc == "IL":
        n = "5" + R.choice("02348") + R.choice("123456789") + _d(R, 6)
        return ("+972 %s-%s-%s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])), "IL", "IL"
    if cc == "EG":
        n = "1" + R.choice("0125") + _d(R, 8)
        return ("+20 %s %s %s" % (n[:2], n[2:6], n[6:]) if intl else "0%s %s %s" % (n[:2], n[2:6], n[6:])), "EG", "EG"
    if cc == "TH":
        n = R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65", "91", "92", "93", "95", "96", "97", "98"]) + _d(R, 7)
        return ("+66 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s-%s-%s" % (n[:2], n[2:5], n[5:])), "TH", "TH"
    if cc == "VN":
        n = R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + _d(R, 7)
        return ("+84 %s %s %s" % (n[:2], n[2:5], n[5:]) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])), "VN", "VN"
    raise KeyError(cc)


def landline(R, cc):
    """A home line (a few countries): (text, region, plan) or None."""
    if cc == "GB":
        a = R.choice(["1539", "1584", "1947", "1434", "1271", "1780"])
        return "0%s %s" % (a, R.choice("2345678") + _d(R, 5)), "GB", "GB"
    if cc == "DE":
        a = R.choice(["761", "521", "941", "431", "361", "541"])
        return "0%s %s" % (a, _nz(R, 6)), "DE", "DE"
    if cc == "FR":
        n = R.choice("12345") + _nz(R, 8)
        return "0%s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2))), "FR", "FR"
    if cc == "ES":
        n = R.choice(["954", "985", "923", "968", "981", "927"]) + R.choice("2345") + _d(R, 5)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]), "ES", "ES"
    if cc == "IT":
        return R.choice(["055", "051", "045", "010", "080", "011"]) + " " + R.choice("2345679") + _d(R, 5), "IT", "IT"
    if cc == "NL":
        a = R.choice(["15", "33", "43", "38", "40", "76"])
        return "0%s-%s" % (a, R.choice("2345678") + _d(R, 6)), "NL", "NL"
    if cc == "US":
        return mobile(R, "US", False)
    return None


def mk_phone(t, sub="mobile"):
    text, region, plan = t
    meta = {"sub": sub, "region": region}
    return L("phone", text, **meta)


# ====================================================================== dates
def birth(R, lo=1942, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
}


def fmt_date(R, cc, d, style=None):
    """A date in the country's written form; style 'num', 'name', 'iso'."""
    lang = LANG[cc]
    if style is None:
        style = "name" if R.random() < 0.2 else "num"
    if style == "iso":
        return d.isoformat()
    if style == "name":
        if lang in MONTHS:
            m = MONTHS[lang][d.month - 1]
            if lang == "en":
                return ("%s %d, %d" % (m, d.day, d.year)) if cc == "US" else ("%d %s %d" % (d.day, m, d.year))
            if lang == "de":
                return "%d. %s %d" % (d.day, m, d.year)
            if lang in ("es", "pt"):
                return "%d de %s de %d" % (d.day, m, d.year)
            return "%d %s %d" % (d.day, m, d.year)
        if lang in MONTHS_X:
            m = MONTHS_X[lang][d.month - 1]
            if lang == "cs":
                return "%d. %s %d" % (d.day, m, d.year)
            if lang == "hr":
                return "%d. %s %d." % (d.day, m, d.year)
            if lang == "ru":
                return "%d %s %d г." % (d.day, m, d.year)
            return "%d %s %d" % (d.day, m, d.year)
        if lang in ("ja", "zh"):
            return "%d年%d月%d日" % (d.year, d.month, d.day)
        if lang == "ko":
            return "%d년 %d월 %d일" % (d.year, d.month, d.day)
        if lang == "vi":
            return "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)
        if lang == "th":
            th = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
            return "%d %s %d" % (d.day, th[d.month - 1], d.year + 543)
        style = "num"
    if cc == "US":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if cc in ("DE", "AT", "PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if cc == "HR":
        return "%02d.%02d.%d." % (d.day, d.month, d.year)
    if cc == "CZ":
        return "%d. %d. %d" % (d.day, d.month, d.year)
    if cc == "NL":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if cc in ("SE", "CN"):
        return d.isoformat()
    if cc == "JP":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if cc == "KR":
        return "%d. %02d. %02d." % (d.year, d.month, d.day)
    if cc == "TH":
        return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def stay_dates(R):
    a = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
    return a, a + datetime.timedelta(days=R.randint(1, 9))


# ====================================================================== ids
ICAO_W = [7, 3, 1]


def icao_digit(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        t += v * ICAO_W[i % 3]
    return str(t % 10)


def _L(R, n, alpha=string.ascii_uppercase):
    return "".join(R.choice(alpha) for _ in range(n))


def passport(R, cc):
    """Passport number in the issuing country's layout (context: passport)."""
    up = string.ascii_uppercase
    if cc == "US":
        return R.choice(["A", "5", "6"]) + _d(R, 8)
    if cc == "GB":
        return R.choice("15") + _d(R, 8)
    if cc == "DE":
        al = "CFGHJKLMNPRTVWXYZ0123456789"
        return "C" + "".join(R.choice(al) for _ in range(8))
    if cc == "AT":
        return R.choice("PU") + _d(R, 7)
    if cc == "FR":
        return _d(R, 2) + _L(R, 2) + _d(R, 5)
    if cc == "ES":
        return _L(R, 3) + _d(R, 6)
    if cc == "MX":
        return R.choice("GNE") + _d(R, 8)
    if cc in ("IT", "GR", "JP", "TH"):
        return _L(R, 2) + _d(R, 7)
    if cc == "NL":
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
        return _L(R, 2, "ABCDEFGHIJKLMNPQRSTUVWXYZ") + "".join(R.choice(al) for _ in range(6)) + _d(R, 1)
    if cc == "PT":
        return R.choice("CPN") + _d(R, 6)
    if cc == "BR":
        return _L(R, 2) + _d(R, 6)
    if cc == "PL":
        s = _L(R, 2)
        body = _d(R, 6)
        # check digit in third position, weights 7 3 9 1 7 3 1 7 3 (sum mod 10)
        vals = [ord(c) - 55 for c in s]
        t = vals[0] * 7 + vals[1] * 3 + sum(int(c) * w for c, w in zip(body, [1, 7, 3, 1, 7, 3]))
        return s + str(t % 10) + body
    if cc in ("SE", "CZ", "IL"):
        return _d(R, 8)
    if cc == "HR":
        return _nz(R, 9)
    if cc == "TR":
        return "U" + _d(R, 8)
    if cc == "RU":
        return "7" + _d(R, 1) + " " + _d(R, 7)
    if cc == "KR":
        return "M" + _d(R, 8)
    if cc == "CN":
        return "E" + _d(R, 8)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + _d(R, 7)
    if cc == "EG":
        return "A" + _d(R, 8)
    if cc == "VN":
        return R.choice("CPN") + _d(R, 7)
    raise KeyError(cc)


def pl_passport_ok(s):
    vals = [ord(c) - 55 for c in s[:2]] + [int(c) for c in s[2:]]
    w = [7, 3, 9, 1, 7, 3, 1, 7, 3]
    return len(s) == 9 and sum(v * x for v, x in zip(vals, w)) % 10 == 0


def de_idcard(R):
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    s = R.choice("LMNPRTVWXY") + "".join(R.choice(al) for _ in range(8))
    return s + icao_digit(s)


def pesel(R, d, female):
    m = d.month + {18: 80, 19: 0, 20: 20}[d.year // 100]
    s = "%02d%02d%02d%03d" % (d.year % 100, m, d.day, R.randint(0, 999))
    s += str(R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * x for c, x in zip(s, w)) % 10 == 0


def se_pnr(R, d, female, long_=False):
    s = "%02d%02d%02d%02d" % (d.year % 100, d.month, d.day, R.randint(0, 99))
    s += str(R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    s = luhn_complete(s)
    return ("%d%s-%s" % (d.year // 100, s[:6], s[6:])) if long_ else "%s-%s" % (s[:6], s[6:])


def cz_rc(R, d, female):
    while True:
        s = "%02d%02d%02d%03d" % (d.year % 100, d.month + (50 if female else 0), d.day, R.randint(0, 999))
        c = int(s) % 11
        if c == 10:
            continue
        return "%s/%s%d" % (s[:6], s[6:], c)


def cz_rc_ok(s):
    return int(s.replace("/", "")) % 11 == 0


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tc_ok(s):
    d = [int(c) for c in s]
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def cn_id(R, area, d, female):
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    s = area + d.strftime("%Y%m%d") + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(c) * x for c, x in zip(s, w)) % 11]


def cn_id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(c) * x for c, x in zip(s[:17], w)) % 11] == s[17]


def kr_rrn(R, d, female):
    g = {19: (2 if female else 1), 20: (4 if female else 3)}[d.year // 100]
    s = "%02d%02d%02d%d%05d" % (d.year % 100, d.month, d.day, g, R.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(ch) * x for ch, x in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)


def kr_rrn_ok(s):
    t = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(ch) * x for ch, x in zip(t, w)) % 11) % 10 == int(t[12])


def il_id(R):
    s = _d(R, 8)
    for c in "0123456789":
        if il_id_ok(s + c):
            return s + c


def il_id_ok(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def th_id(R):
    s = R.choice("1358") + _d(R, 11)
    return s + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(s)) % 11) % 10)


def th_id_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def fmt_th_id(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def eg_nid(R, d, female):
    c = {19: "2", 20: "3"}[d.year // 100]
    seq = "%03d%d" % (R.randint(0, 999), R.choice([2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9]))
    return c + d.strftime("%y%m%d") + R.choice(["01", "02", "21", "12", "13"]) + seq + str(R.randint(1, 9))


def vn_cccd(R, d, female):
    g = {19: (1 if female else 0), 20: (3 if female else 2)}[d.year // 100]
    return R.choice(["001", "079", "048", "056", "092", "046"]) + str(g) + "%02d" % (d.year % 100) + _d(R, 6)


def pt_nif(R):
    s = R.choice("123") + _d(R, 7)
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(s)) % 11
    return s + str(0 if c >= 10 else c)


def pt_nif_ok(s):
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def hr_oib(R):
    s = _nz(R, 10)
    return s + steuerid_check(s)


def hr_oib_ok(s):
    return len(s) == 11 and steuerid_check(s[:10]) == s[10]


def gr_amka(R, d):
    s = d.strftime("%d%m%y") + _d(R, 4)
    return luhn_complete(s)


def at_svnr(R, d):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        lfd = "%d%02d" % (R.randint(1, 9), R.randint(0, 99))
        dd = d.strftime("%d%m%y")
        s = lfd + "0" + dd
        c = sum(int(ch) * x for ch, x in zip(s, w)) % 11
        if c == 10:
            continue
        return lfd + str(c) + " " + dd


def at_svnr_ok(s):
    t = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return sum(int(ch) * x for ch, x in zip(t, w)) % 11 == int(t[3])


def ru_snils(R):
    s = _d(R, 9)
    t = sum(int(c) * (9 - i) for i, c in enumerate(s))
    c = t if t < 100 else (0 if t in (100, 101) else t % 101)
    c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (s[:3], s[3:6], s[6:], c)


def ru_snils_ok(s):
    t = s.replace("-", "").replace(" ", "")
    v = sum(int(c) * (9 - i) for i, c in enumerate(t[:9]))
    c = v if v < 100 else (0 if v in (100, 101) else v % 101)
    c = 0 if c == 100 else c
    return int(t[9:]) == c


BELFIORE = ["D612", "A944", "L781", "D969", "A662", "L219"]


def it_cf(R, p, d):
    sur = ascii_fold(p.fr).replace(" ", "").replace("'", "")
    giv = ascii_fold(p.gr)
    return cf_make(sur, giv, d.year % 100, d.month, d.day, p.female, R.choice(BELFIORE))


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def national_id(R, p, d):
    """The id a guest of country cc shows at check-in (not a passport), or
    None: (value, sub)."""
    cc = p.cc
    if cc == "ES":
        n, l_ = dni_random(R)
        return n + l_, "dni"
    if cc == "DE":
        return de_idcard(R), "de_idcard"
    if cc == "PL":
        s = _L(R, 3)
        body = _d(R, 5)
        w = [7, 3, 1, 7, 3, 1, 7, 3]
        vals = [ord(c) - 55 for c in s] + [int(c) for c in body]
        return s + str(sum(v * x for v, x in zip(vals, w)) % 10) + body, "pl_idcard"
    if cc == "TR":
        return tc_kimlik(R), "tr_tckn"
    if cc == "CN":
        area = R.choice(TOWNS["CN"])[2]
        return cn_id(R, area, d, p.female), "cn_resident_id"
    if cc == "IN":
        a = aadhaar_random(R)
        return "%s %s %s" % (a[:4], a[4:8], a[8:]), "aadhaar"
    if cc == "BR":
        c = cpf_random(R)
        return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), "cpf"
    if cc == "IL":
        return il_id(R), "il_id"
    if cc == "EG":
        return eg_nid(R, d, p.female), "eg_nid"
    if cc == "TH":
        return fmt_th_id(th_id(R)), "th_id"
    if cc == "VN":
        return vn_cccd(R, d, p.female), "vn_cccd"
    if cc == "IT":
        return it_cf(R, p, d), "it_cf"
    if cc == "NL":
        return bsn_random(R), "nl_bsn"
    if cc == "SE":
        return se_pnr(R, d, p.female), "se_pnr"
    if cc == "CZ":
        return cz_rc(R, d, p.female), "cz_rc"
    if cc == "KR":
        return kr_rrn(R, d, p.female), "kr_rrn"
    return None


def tax_id(R, p, d):
    """The payroll id of an employee of country cc: (value, sub) or None."""
    cc = p.cc
    if cc == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if cc == "GB":
        a, b, c = nino_random(R)
        return "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), "nino"
    if cc == "DE":
        return steuerid_random(R), "de_steuerid"
    if cc == "AT":
        return at_svnr(R, d), "at_svnr"
    if cc == "FR":
        body, key = nir_random(R, "2" if p.female else "1", d.year % 100, d.month)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "fr_nir"
    if cc == "PT":
        return pt_nif(R), "pt_nif"
    if cc == "HR":
        return hr_oib(R), "hr_oib"
    if cc == "GR":
        return gr_amka(R, d), "gr_amka"
    if cc == "PL":
        return pesel(R, d, p.female), "pl_pesel"
    if cc == "RU":
        return ru_snils(R), "ru_snils"
    if cc == "SE":
        return se_pnr(R, d, p.female, R.random() < 0.5), "se_pnr"
    if cc == "IN":
        return national_id(R, p, d)
    if cc in ("JP", "MX"):
        return None
    return national_id(R, p, d)


def id_ok(v, sub):
    t = v.replace(" ", "").replace(".", "")
    if sub == "dni":
        return DNI_LETTERS[int(t[:8]) % 23] == t[8]
    if sub == "de_idcard":
        return icao_digit(t[:9]) == t[9]
    if sub == "pl_idcard":
        w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
        vals = [ord(c) - 55 for c in t[:3]] + [int(c) for c in t[3:]]
        return sum(a * b for a, b in zip(vals, w)) % 10 == 0
    if sub == "tr_tckn":
        return tc_ok(t)
    if sub == "cn_resident_id":
        return cn_id_ok(t)
    if sub == "aadhaar":
        return verhoeff_ok(t)
    if sub == "cpf":
        return cpf_ok(t.replace("-", ""))
    if sub == "il_id":
        return il_id_ok(t)
    if sub == "th_id":
        return th_id_ok(t.replace("-", ""))
    if sub == "it_cf":
        return cf_ok(t)
    if sub == "nl_bsn":
        return bsn_ok(t)
    if sub == "se_pnr":
        u = t.replace("-", "")
        return luhn_ok(u[-10:])
    if sub == "cz_rc":
        return cz_rc_ok(t)
    if sub == "kr_rrn":
        return kr_rrn_ok(t)
    if sub == "ssn":
        a, g, s = t.split("-")
        return ssn_valid(int(a), int(g), int(s))
    if sub == "nino":
        return t[:2] not in NINO_BAD_PREFIX and t[-1] in "ABCD" and len(t) == 9
    if sub == "de_steuerid":
        return steuerid_ok(t)
    if sub == "at_svnr":
        return at_svnr_ok(v)
    if sub == "fr_nir":
        return nir_ok(t[:13], t[13:])
    if sub == "pt_nif":
        return pt_nif_ok(t)
    if sub == "hr_oib":
        return hr_oib_ok(t)
    if sub == "gr_amka":
        return luhn_ok(t)
    if sub == "pl_pesel":
        return pesel_ok(t)
    if sub == "ru_snils":
        return ru_snils_ok(v)
    if sub == "passport_pl":
        return pl_passport_ok(t)
    if sub in ("passport", "eg_nid", "vn_cccd"):
        return True
    raise KeyError(sub)


# ====================================================================== money
IBAN_CC = {"GB", "DE", "AT", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "CZ", "HR", "TR", "GR"}


def iban_of(R, cc, grouped=None):
    v = iban_random(R, cc)
    if grouped is None:
        grouped = R.random() < 0.75
    return group(v) if grouped else v


def card_of(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "maestro", "jcb", "discover", "unionpay"])
    num = card_random(R, issuer)
    if sep is None:
        sep = R.choice([" ", " ", "-", ""])
    sizes = card_grouping(len(num))
    return sep.join(split_groups(num, sizes)) if sep else num, issuer


# ====================================================================== net
def pub_ip(R):
    while True:
        a = R.choice([R.randint(1, 223)])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        o = ipaddress.ip_address(ip)
        if o.is_global and not any(o in ipaddress.ip_network(n) for n in DOC_NETS):
            return ip


def pub_ip6(R):
    while True:
        ip = "2%s:%x:%x:%x::%x" % (R.choice(["001:67c", "a02:2149", "a01:4f8", "003:e5", "a00:1450", "c0f:fb50", "400:cb00", "405:5800"]), R.randint(1, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
        o = ipaddress.ip_address(ip)
        if o.is_global:
            return str(o)


DOC_NETS = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"]


def lan_ip(R):
    return R.choice(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def mac(R):
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


HEX = "0123456789abcdef"


def password(R):
    words = ["Lavanda", "Zirbe", "Kotwica", "Gannet", "Reiger", "Bugambilia", "Sjobris", "Glicinia", "Kupfer", "Larkmoor",
             "Tamarind", "Saffron", "Cardamom", "Oyster", "Brioche", "Truffle", "Minibar", "Concierge"]
    return R.choice(words) + R.choice(["!", "#", "$", "%", "*", "_", "-", "@", "."]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "!", "Z"])


def hex_(R, n):
    return rnd(R, HEX, n)


# ====================================================================== requests
# Request lines per language and kind of paste (hand-written for this part).
REQ = {
    "en": {"verify": ["Can you check this is complete before I file it?", "Anything wrong or missing here?"],
           "check": ["Can you check this before I submit it to the guest registration portal? Anything missing?", "Please double-check this, the night audit flagged it.", "Is this complete? I don't want the police form bounced again."],
           "table": ["Can you turn this into a clean table, one row per guest?", "Sort this by arrival time and put it in a table please.", "Make this readable for the banquet team, one line per person."],
           "reply": ["Help me write a polite reply to this, I'm the duty manager tonight.", "Can you draft a calm, professional answer to this?", "How do I answer this without admitting fault?"],
           "summary": ["Summarise this for the morning handover, short bullet points.", "Make this into a two-line note for the next shift.", "tl;dr for the GM please"],
           "explain": ["Why isn't this working? Explain it like I'm front office, not IT.", "What does this actually show? Is something wrong?", "Our channel manager stopped syncing after this change. Any idea why?"],
           "forward": ["I have to forward this to head office — what should I take out first?", "Our accountant asked for this. Which parts shouldn't I send?", "Can I paste this into the group chat as is, or should I remove stuff?"]},
    "de": {"verify": ["Kannst du prüfen, ob das vollständig ist, bevor ich es ablege?", "Fällt dir da ein Fehler auf?"],
           "check": ["Kannst du das prüfen, bevor ich es ans Meldeportal schicke? Fehlt etwas?", "Bitte kurz gegenlesen, ob alles vollständig ist."],
           "table": ["Mach daraus bitte eine saubere Tabelle, eine Zeile pro Gast.", "Kannst du das nach Anreisezeit sortieren?"],
           "reply": ["Hilf mir, darauf höflich zu antworten – ich habe heute Dienst als Duty Manager.", "Wie antworte ich darauf freundlich, aber bestimmt?"],
           "summary": ["Fass das bitte kurz für die Übergabe an die Frühschicht zusammen.", "Mach mir daraus drei Stichpunkte für die Übergabe."],
           "explain": ["Warum funktioniert das nicht? Erklär's mir, ich bin Rezeption, nicht IT.", "Was zeigt dieses Log eigentlich?"],
           "forward": ["Das muss an die Zentrale. Was sollte ich vorher rausnehmen?", "Darf ich das so an den Steuerberater schicken?"]},
    "fr": {"verify": ["Tu peux vérifier que c'est complet avant que je le classe ?", "Tu vois une erreur là-dedans ?"],
           "check": ["Tu peux vérifier ça avant que je l'envoie ? Il manque quelque chose ?", "Relis-moi cette fiche, s'il te plaît, tout est rempli ?"],
           "table": ["Tu peux en faire un tableau propre, une ligne par client ?", "Classe-moi ça par heure d'arrivée."],
           "reply": ["Aide-moi à répondre poliment à ce client, je suis de garde à la réception.", "Comment répondre sans reconnaître notre faute ?"],
           "summary": ["Résume-moi ça en quelques points pour la relève du matin.", "Fais-moi une note courte pour l'équipe de nuit."],
           "explain": ["Pourquoi ça ne marche pas ? Explique-moi simplement, je ne suis pas informaticien.", "Qu'est-ce que ce journal montre vraiment ?"],
           "forward": ["Je dois transférer ça au siège : qu'est-ce que je dois enlever avant ?", "Je peux envoyer ça tel quel au comptable ?"]},
    "es": {"verify": ["¿Me confirmas que está completo antes de archivarlo?", "¿Ves algún error o falta algo?"],
           "check": ["¿Puedes revisar esto antes de mandarlo al registro de viajeros? ¿Falta algo?", "Revísame esta ficha, por favor, ¿está completa?"],
           "table": ["Pásalo a una tabla limpia, una fila por huésped, por favor.", "Ordénalo por hora de llegada."],
           "reply": ["Ayúdame a contestar con educación a este cliente, soy la encargada de turno.", "¿Cómo le respondo sin reconocer la culpa?"],
           "summary": ["Resúmelo en pocas líneas para el relevo de la mañana.", "Hazme una nota corta para el turno de noche."],
           "explain": ["¿Por qué no funciona esto? Explícamelo sin tecnicismos.", "¿Qué muestra realmente este registro?"],
           "forward": ["Tengo que reenviar esto a la central. ¿Qué debería quitar antes?", "¿Se lo puedo mandar así a la gestoría?"]},
    "it": {"verify": ["Puoi verificare che sia completo prima che lo archivi?", "Vedi errori o mancanze?"],
           "check": ["Puoi controllarlo prima che lo inserisca su Alloggiati Web? Manca qualcosa?", "Me lo ricontrolli? È tutto compilato?"],
           "table": ["Me lo metti in una tabella ordinata, una riga per ospite?", "Ordinalo per orario di arrivo, per favore."],
           "reply": ["Aiutami a rispondere in modo cortese a questo ospite.", "Come rispondo senza ammettere colpe?"],
           "summary": ["Riassumilo in due righe per il cambio turno di domattina.", "Fammi una nota breve per il turno di notte."],
           "explain": ["Perché non funziona? Spiegamelo in parole semplici.", "Cosa mostra davvero questo log?"],
           "forward": ["Devo girarlo alla sede centrale: cosa dovrei togliere prima?", "Posso mandarlo così al commercialista?"]},
    "nl": {"verify": ["Kun je checken of dit compleet is voordat ik het opberg?", "Zie je fouten of ontbreekt er iets?"],
           "check": ["Kun je dit nakijken voordat ik het instuur? Mist er iets?", "Klopt dit formulier zo?"],
           "table": ["Zet dit netjes in een tabel, één regel per gast.", "Sorteer dit op aankomsttijd, graag."],
           "reply": ["Help me een beleefd antwoord te schrijven aan deze gast.", "Hoe reageer ik hierop zonder schuld te bekennen?"],
           "summary": ["Vat dit kort samen voor de overdracht aan de ochtenddienst.", "Maak hier een korte notitie van voor de nachtdienst."],
           "explain": ["Waarom werkt dit niet? Leg het uit alsof ik van de receptie ben, niet van IT.", "Wat laat deze log eigenlijk zien?"],
           "forward": ["Dit moet naar het hoofdkantoor. Wat kan ik er beter eerst uithalen?", "Kan ik dit zo naar de boekhouder sturen?"]},
    "pt": {"verify": ["Consegues ver se isto está completo antes de eu arquivar?", "Vês algum erro ou falta alguma coisa?"],
           "check": ["Podes verificar isto antes de eu submeter no SIBA? Falta alguma coisa?", "Confirmas se esta ficha está completa?"],
           "table": ["Consegues pôr isto numa tabela limpa, uma linha por hóspede?", "Ordena isto por hora de chegada, por favor."],
           "reply": ["Ajuda-me a responder educadamente a este hóspede.", "Como respondo sem assumir a culpa?"],
           "summary": ["Resume isto em poucas linhas para a passagem de turno.", "Faz-me uma nota curta para o turno da noite."],
           "explain": ["Porque é que isto não funciona? Explica-me de forma simples.", "O que é que este registo mostra, afinal?"],
           "forward": ["Tenho de reencaminhar isto para a sede. O que devo tirar antes?", "Posso mandar isto assim ao contabilista?"]},
    "pt-BR": {"verify": ["Consegue ver se isso tá completo antes de eu arquivar?", "Tem algum erro ou falta alguma coisa?"],
           "check": ["Você pode conferir isso antes de eu enviar a FNRH? Tá faltando alguma coisa?", "Confere pra mim se a ficha tá completa?"],
              "table": ["Coloca isso numa tabela organizada, uma linha por hóspede?", "Ordena por horário de chegada, por favor."],
              "reply": ["Me ajuda a responder esse hóspede com educação?", "Como eu respondo sem assumir a culpa?"],
              "summary": ["Resume isso pra passagem de turno da manhã.", "Faz uma nota curta pro pessoal da noite."],
              "explain": ["Por que isso não funciona? Me explica de um jeito simples.", "O que esse log mostra de verdade?"],
              "forward": ["Preciso mandar isso pra contabilidade. O que eu deveria tirar antes?", "Posso mandar assim pro escritório central?"]},
    "pl": {"verify": ["Sprawdzisz, czy to jest kompletne, zanim to odłożę?", "Widzisz tu jakiś błąd?"],
           "check": ["Możesz to sprawdzić, zanim wyślę? Czegoś brakuje?", "Czy ta karta meldunkowa jest kompletna?"],
           "table": ["Zrób z tego porządną tabelę, jeden wiersz na gościa.", "Posortuj to według godziny przyjazdu."],
           "reply": ["Pomóż mi grzecznie odpowiedzieć temu gościowi.", "Jak odpisać, nie przyznając się do winy?"],
           "summary": ["Streść to w kilku punktach na poranną zmianę.", "Zrób z tego krótką notatkę dla nocnej zmiany."],
           "explain": ["Dlaczego to nie działa? Wytłumacz mi prosto, nie jestem informatykiem.", "Co właściwie pokazuje ten log?"],
           "forward": ["Muszę to przesłać do centrali. Co powinienem wcześniej usunąć?", "Mogę to tak wysłać księgowej?"]},
    "sv": {"verify": ["Kan du kolla att det här är komplett innan jag arkiverar det?", "Ser du något fel?"],
           "check": ["Kan du kolla det här innan jag skickar in det? Saknas något?", "Är blanketten komplett?"],
           "table": ["Gör en snygg tabell av det här, en rad per gäst.", "Sortera efter ankomsttid, tack."],
           "reply": ["Hjälp mig att svara gästen på ett artigt sätt.", "Hur svarar jag utan att erkänna fel?"],
           "summary": ["Sammanfatta det kort inför överlämningen till morgonpasset.", "Gör en kort lapp till nattpasset."],
           "explain": ["Varför fungerar inte det här? Förklara enkelt, jag jobbar i receptionen.", "Vad visar den här loggen egentligen?"],
           "forward": ["Jag måste skicka det här vidare till huvudkontoret. Vad bör jag ta bort först?", "Kan jag skicka det så här till revisorn?"]},
    "cs": {"verify": ["Zkontroluješ, jestli je to úplné, než to založím?", "Vidíš tam nějakou chybu?"],
           "check": ["Můžeš to zkontrolovat, než to odešlu na cizineckou policii? Něco chybí?", "Je ten přihlašovací lístek kompletní?"],
           "table": ["Udělej z toho přehlednou tabulku, jeden řádek na hosta.", "Seřaď to podle času příjezdu."],
           "reply": ["Pomoz mi zdvořile odpovědět tomuto hostovi.", "Jak odpovědět, abychom nepřiznali chybu?"],
           "summary": ["Shrň to stručně pro předávku ranní směně.", "Udělej z toho krátkou poznámku pro noční směnu."],
           "explain": ["Proč to nefunguje? Vysvětli mi to jednoduše.", "Co ten záznam vlastně ukazuje?"],
           "forward": ["Musím to přeposlat na centrálu. Co bych měl předtím odstranit?", "Můžu to takhle poslat účetní?"]},
    "hr": {"verify": ["Možeš provjeriti je li ovo potpuno prije nego što spremim?", "Vidiš li neku grešku?"],
           "check": ["Možeš li ovo provjeriti prije nego što prijavim goste u eVisitor? Nedostaje li nešto?", "Je li ova prijava potpuna?"],
           "table": ["Složi mi ovo u urednu tablicu, jedan red po gostu.", "Poredaj po vremenu dolaska, molim."],
           "reply": ["Pomozi mi pristojno odgovoriti ovom gostu.", "Kako odgovoriti, a da ne priznamo krivnju?"],
           "summary": ["Sažmi ovo ukratko za primopredaju jutarnjoj smjeni.", "Napravi kratku bilješku za noćnu smjenu."],
           "explain": ["Zašto ovo ne radi? Objasni mi jednostavno.", "Što ovaj zapis zapravo pokazuje?"],
           "forward": ["Moram ovo proslijediti upravi. Što bih trebao maknuti prije slanja?", "Mogu li ovo ovako poslati knjigovođi?"]},
    "tr": {"verify": ["Dosyalamadan önce bunun eksiksiz olup olmadığını kontrol eder misin?", "Bir hata görüyor musun?"],
           "check": ["Bunu KBS'ye girmeden önce kontrol eder misin? Eksik bir şey var mı?", "Bu form eksiksiz mi?"],
           "table": ["Bunu düzgün bir tabloya çevirir misin, her misafir için bir satır?", "Varış saatine göre sıralar mısın?"],
           "reply": ["Bu misafire kibar bir cevap yazmama yardım et.", "Suçu kabul etmeden nasıl cevap veririm?"],
           "summary": ["Sabah vardiyasına devir için bunu kısaca özetle.", "Gece vardiyası için kısa bir not yap."],
           "explain": ["Bu neden çalışmıyor? Bana teknik olmayan bir dille anlat.", "Bu kayıt aslında neyi gösteriyor?"],
           "forward": ["Bunu genel müdürlüğe iletmem gerekiyor. Önce neleri çıkarmalıyım?", "Bunu muhasebeciye böyle gönderebilir miyim?"]},
    "el": {"verify": ["Μπορείς να δεις αν είναι πλήρες πριν το αρχειοθετήσω;", "Βλέπεις κάποιο λάθος;"],
           "check": ["Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;", "Είναι πλήρες αυτό το δελτίο;"],
           "table": ["Φτιάξε το σε έναν καθαρό πίνακα, μία γραμμή ανά επισκέπτη.", "Ταξινόμησέ το με βάση την ώρα άφιξης."],
           "reply": ["Βοήθησέ με να απαντήσω ευγενικά σε αυτόν τον πελάτη.", "Πώς απαντώ χωρίς να παραδεχτώ λάθος;"],
           "summary": ["Κάνε μου μια σύντομη περίληψη για την παράδοση βάρδιας.", "Γράψε ένα σύντομο σημείωμα για τη νυχτερινή βάρδια."],
           "explain": ["Γιατί δεν δουλεύει αυτό; Εξήγησέ μου απλά.", "Τι δείχνει τελικά αυτό το αρχείο καταγραφής;"],
           "forward": ["Πρέπει να το προωθήσω στα κεντρικά. Τι να αφαιρέσω πρώτα;", "Μπορώ να το στείλω έτσι στον λογιστή;"]},
    "ru": {"verify": ["Проверь, всё ли заполнено, прежде чем я это подошью.", "Видишь здесь ошибки?"],
           "check": ["Проверь, пожалуйста, перед отправкой в миграционную службу. Всё заполнено?", "Эта анкета заполнена полностью?"],
           "table": ["Сделай из этого аккуратную таблицу, по одной строке на гостя.", "Отсортируй по времени заезда."],
           "reply": ["Помоги вежливо ответить этому гостю.", "Как ответить, не признавая вину?"],
           "summary": ["Кратко перескажи для передачи смены утром.", "Сделай короткую заметку для ночной смены."],
           "explain": ["Почему это не работает? Объясни простыми словами.", "Что на самом деле показывает этот журнал?"],
           "forward": ["Мне нужно переслать это в головной офис. Что убрать перед отправкой?", "Можно так отправить бухгалтеру?"]},
    "ja": {"verify": ["保管する前に、これに不備がないか確認してもらえますか？", "間違いや抜けはありますか？"],
           "check": ["提出前にこれを確認してもらえますか？抜けている項目はありますか？", "この宿泊者名簿、記入漏れがないか見てください。"],
           "table": ["これを宿泊者ごとに一行の表にまとめてください。", "到着時刻順に並べ替えてください。"],
           "reply": ["このお客様への丁寧な返信文を一緒に考えてください。", "非を認めずに返信するにはどう書けばいいですか？"],
           "summary": ["朝番への申し送り用に短くまとめてください。", "夜勤向けに短いメモにしてください。"],
           "explain": ["これはなぜ動かないのでしょうか？ITに詳しくないので簡単に説明してください。", "このログは実際に何を示していますか？"],
           "forward": ["本社に転送しなければなりません。先に消すべき箇所はどこですか？", "このまま税理士に送っても大丈夫ですか？"]},
    "ko": {"verify": ["보관하기 전에 빠진 게 없는지 확인해 줄래?", "틀린 부분 있어?"],
           "check": ["제출하기 전에 이거 좀 확인해 줄래? 빠진 거 있어?", "이 숙박 등록 카드 다 채워졌는지 봐 줘."],
           "table": ["투숙객 한 명당 한 줄씩 깔끔한 표로 정리해 줘.", "도착 시간 순으로 정렬해 줘."],
           "reply": ["이 고객에게 정중하게 답장하는 것 좀 도와줘.", "잘못을 인정하지 않고 어떻게 답하지?"],
           "summary": ["아침 근무조 인수인계용으로 짧게 요약해 줘.", "야간 근무조용 짧은 메모로 만들어 줘."],
           "explain": ["이게 왜 안 되는 거야? 쉽게 설명해 줘.", "이 로그가 실제로 뭘 보여주는 거야?"],
           "forward": ["이걸 본사에 전달해야 해. 보내기 전에 뭘 지워야 할까?", "세무사한테 이대로 보내도 될까?"]},
    "zh": {"verify": ["归档之前帮我看看有没有漏的？", "有没有哪里写错了？"],
           "check": ["提交之前帮我检查一下，有没有漏填的？", "这张入住登记表填完整了吗？"],
           "table": ["帮我整理成表格，每位客人一行。", "按到店时间排一下序。"],
           "reply": ["帮我给这位客人写一封礼貌的回复。", "怎么回复才不算承认是我们的错？"],
           "summary": ["帮我整理成给早班的简短交接。", "给夜班写个简短备注。"],
           "explain": ["这个为什么不起作用？用简单的话解释一下。", "这段日志到底说明了什么？"],
           "forward": ["我得把这个转给总部，发之前应该删掉哪些内容？", "可以直接发给会计吗？"]},
    "hi": {"verify": ["फ़ाइल करने से पहले देख लो कि यह पूरा है या नहीं।", "इसमें कोई गलती दिख रही है?"],
           "check": ["जमा करने से पहले इसे एक बार जाँच लो, कुछ छूट तो नहीं गया?", "क्या यह फ़ॉर्म पूरा भरा है?"],
           "table": ["इसे एक साफ़ टेबल में बना दो, हर मेहमान की एक पंक्ति।", "आने के समय के हिसाब से क्रम में लगा दो।"],
           "reply": ["इस मेहमान को विनम्र जवाब लिखने में मदद करो।", "गलती माने बिना इसका जवाब कैसे दूँ?"],
           "summary": ["सुबह की शिफ्ट के हैंडओवर के लिए इसका छोटा सार बना दो।", "रात की शिफ्ट के लिए छोटा नोट बना दो।"],
           "explain": ["यह काम क्यों नहीं कर रहा? आसान भाषा में समझाओ।", "यह लॉग असल में क्या दिखा रहा है?"],
           "forward": ["यह हेड ऑफिस को भेजना है। भेजने से पहले क्या हटाना चाहिए?", "क्या इसे ऐसे ही अकाउंटेंट को भेज दूँ?"]},
    "he": {"verify": ["תבדוק שזה שלם לפני שאני מתייק?", "אתה רואה פה טעות?"],
           "check": ["תוכל לבדוק את זה לפני שאני שולח? חסר משהו?", "הטופס הזה מלא?"],
           "table": ["תסדר לי את זה בטבלה מסודרת, שורה לכל אורח.", "תמיין לפי שעת הגעה."],
           "reply": ["תעזור לי לנסח תשובה מנומסת לאורח הזה.", "איך עונים בלי להודות באשמה?"],
           "summary": ["תסכם לי את זה בקצרה להעברת המשמרת של הבוקר.", "תכין פתק קצר למשמרת הלילה."],
           "explain": ["למה זה לא עובד? תסביר לי בפשטות.", "מה היומן הזה מראה בעצם?"],
           "forward": ["אני צריך להעביר את זה להנהלה. מה כדאי למחוק קודם?", "אפשר לשלוח את זה ככה לרואה החשבון?"]},
    "ar": {"verify": ["هل يمكنك التأكد من اكتماله قبل أن أحفظه؟", "هل ترى أي خطأ هنا؟"],
           "check": ["هل يمكنك مراجعة هذا قبل أن أرسله؟ هل ينقصه شيء؟", "هل هذه الاستمارة مكتملة؟"],
           "table": ["حوّل هذا إلى جدول مرتب، صف لكل نزيل.", "رتّبه حسب وقت الوصول."],
           "reply": ["ساعدني في كتابة رد مهذب على هذا النزيل.", "كيف أرد دون الاعتراف بالخطأ؟"],
           "summary": ["لخّص هذا باختصار لتسليم الوردية الصباحية.", "اكتب ملاحظة قصيرة للوردية الليلية."],
           "explain": ["لماذا لا يعمل هذا؟ اشرحه لي ببساطة.", "ماذا يُظهر هذا السجل فعلاً؟"],
           "forward": ["يجب أن أرسل هذا إلى الإدارة. ما الذي يجب أن أحذفه أولاً؟", "هل يمكنني إرساله هكذا إلى المحاسب؟"]},
    "th": {"verify": ["ช่วยดูว่าครบถ้วนไหมก่อนเก็บเข้าแฟ้ม", "เห็นอะไรผิดไหม"],
           "check": ["ช่วยตรวจให้หน่อยก่อนส่ง ขาดอะไรไหม", "แบบฟอร์มนี้กรอกครบหรือยัง"],
           "table": ["ช่วยทำเป็นตารางให้หน่อย แขกหนึ่งคนต่อหนึ่งแถว", "เรียงตามเวลาที่มาถึงให้หน่อย"],
           "reply": ["ช่วยเขียนคำตอบแขกท่านนี้แบบสุภาพหน่อย", "จะตอบยังไงโดยไม่ยอมรับว่าเป็นความผิดของเรา"],
           "summary": ["ช่วยสรุปสั้น ๆ สำหรับส่งเวรกะเช้า", "ช่วยทำโน้ตสั้น ๆ ให้กะดึก"],
           "explain": ["ทำไมอันนี้ใช้ไม่ได้ อธิบายแบบง่าย ๆ หน่อย", "บันทึกนี้จริง ๆ แล้วบอกอะไร"],
           "forward": ["ต้องส่งต่อให้สำนักงานใหญ่ ควรลบอะไรออกก่อนบ้าง", "ส่งให้นักบัญชีแบบนี้ได้เลยไหม"]},
    "vi": {"verify": ["Kiểm tra giúp mình xem đủ chưa trước khi lưu nhé?", "Có chỗ nào sai không?"],
           "check": ["Bạn kiểm tra giúp mình trước khi gửi khai báo tạm trú nhé, có thiếu gì không?", "Phiếu này điền đủ chưa?"],
           "table": ["Làm giúp mình thành bảng gọn gàng, mỗi khách một dòng.", "Sắp xếp theo giờ đến giúp mình."],
           "reply": ["Giúp mình viết câu trả lời lịch sự cho vị khách này.", "Trả lời sao cho không nhận lỗi về mình?"],
           "summary": ["Tóm tắt ngắn gọn giúp mình để bàn giao ca sáng.", "Viết giúp mình một ghi chú ngắn cho ca đêm."],
           "explain": ["Sao cái này không chạy? Giải thích đơn giản giúp mình.", "Nhật ký này thực ra cho thấy điều gì?"],
           "forward": ["Mình phải chuyển cái này lên văn phòng chính. Nên xoá những gì trước?", "Gửi nguyên thế này cho kế toán được không?"]},
}


def req(R, cc, kind):
    lang = "pt-BR" if cc == "BR" else LANG[cc]
    return R.choice(REQ[lang][kind])


def wrap(R, cc, kind, body):
    """Puts the request line before or after the paste, sometimes in quotes,
    after a rule or around a fence."""
    q = req(R, cc, kind)
    st = R.random()
    body = list(body) if isinstance(body, list) else [body]
    while body and isinstance(body[-1], str) and body[-1].endswith("\n"):
        body[-1] = body[-1].rstrip("\n")
        if not body[-1]:
            body.pop()
    if st < 0.35:
        return [q, "\n\n"] + body
    if st < 0.55:
        return body + ["\n\n", q]
    if st < 0.7:
        return [q, '\n"""\n'] + body + ['\n"""']
    if st < 0.85:
        return body + ["\n---\n", q]
    return [q, "\n```\n"] + body + ["\n```"]


# Registration-card field names per language:
# surname, given names, birth date, nationality, document, doc number,
# home address, phone, e-mail, arrival, departure, room, title
REG = {
    "en": ("Surname", "Given names", "Date of birth", "Nationality", "ID document", "Document no.", "Home address", "Mobile", "E-mail", "Arrival", "Departure", "Room", "GUEST REGISTRATION CARD"),
    "de": ("Familienname", "Vorname(n)", "Geburtsdatum", "Staatsangehörigkeit", "Ausweisart", "Ausweisnummer", "Wohnanschrift", "Mobil", "E-Mail", "Anreise", "Abreise", "Zimmer", "MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN"),
    "fr": ("Nom", "Prénom(s)", "Date de naissance", "Nationalité", "Pièce d'identité", "N° de la pièce", "Domicile", "Portable", "Courriel", "Arrivée", "Départ", "Chambre", "FICHE INDIVIDUELLE DE POLICE"),
    "es": ("Apellidos", "Nombre", "Fecha de nacimiento", "Nacionalidad", "Tipo de documento", "Nº de documento", "Domicilio", "Móvil", "Correo electrónico", "Entrada", "Salida", "Habitación", "PARTE DE ENTRADA DE VIAJEROS"),
    "it": ("Cognome", "Nome", "Data di nascita", "Cittadinanza", "Tipo documento", "Numero documento", "Residenza", "Cellulare", "E-mail", "Arrivo", "Partenza", "Camera", "SCHEDINA DI NOTIFICAZIONE ALLOGGIATO"),
    "nl": ("Achternaam", "Voornamen", "Geboortedatum", "Nationaliteit", "Identiteitsbewijs", "Documentnummer", "Woonadres", "Mobiel", "E-mail", "Aankomst", "Vertrek", "Kamer", "NACHTREGISTER – INSCHRIJFKAART"),
    "pt": ("Apelido", "Nome próprio", "Data de nascimento", "Nacionalidade", "Documento", "N.º do documento", "Morada", "Telemóvel", "E-mail", "Chegada", "Partida", "Quarto", "BOLETIM DE ALOJAMENTO"),
    "pt-BR": ("Sobrenome", "Nome", "Data de nascimento", "Nacionalidade", "Documento", "Número do documento", "Endereço residencial", "Celular", "E-mail", "Check-in", "Check-out", "Apto", "FICHA NACIONAL DE REGISTRO DE HÓSPEDES"),
    "pl": ("Nazwisko", "Imiona", "Data urodzenia", "Obywatelstwo", "Dokument tożsamości", "Numer dokumentu", "Adres zamieszkania", "Telefon", "E-mail", "Przyjazd", "Wyjazd", "Pokój", "KARTA MELDUNKOWA GOŚCIA"),
    "sv": ("Efternamn", "Förnamn", "Födelsedatum", "Medborgarskap", "Id-handling", "Handlingens nummer", "Hemadress", "Mobil", "E-post", "Ankomst", "Avresa", "Rum", "GÄSTREGISTRERING"),
    "cs": ("Příjmení", "Jméno", "Datum narození", "Státní občanství", "Doklad", "Číslo dokladu", "Adresa bydliště", "Mobil", "E-mail", "Příjezd", "Odjezd", "Pokoj", "PŘIHLAŠOVACÍ LÍSTEK K POBYTU"),
    "hr": ("Prezime", "Ime", "Datum rođenja", "Državljanstvo", "Vrsta isprave", "Broj isprave", "Adresa prebivališta", "Mobitel", "E-pošta", "Dolazak", "Odlazak", "Soba", "PRIJAVA GOSTA"),
    "tr": ("Soyadı", "Adı", "Doğum tarihi", "Uyruğu", "Kimlik belgesi", "Belge no", "Ev adresi", "Cep telefonu", "E-posta", "Giriş", "Çıkış", "Oda", "KONAKLAMA BİLDİRİM FORMU"),
    "el": ("Επώνυμο", "Όνομα", "Ημερομηνία γέννησης", "Υπηκοότητα", "Έγγραφο ταυτότητας", "Αριθμός εγγράφου", "Διεύθυνση κατοικίας", "Κινητό", "E-mail", "Άφιξη", "Αναχώρηση", "Δωμάτιο", "ΔΕΛΤΙΟ ΑΦΙΞΗΣ ΠΕΛΑΤΗ"),
    "ru": ("Фамилия", "Имя", "Дата рождения", "Гражданство", "Документ", "Серия и номер", "Адрес проживания", "Телефон", "Эл. почта", "Заезд", "Выезд", "Номер", "АНКЕТА ГОСТЯ"),
    "ja": ("氏", "名", "生年月日", "国籍", "本人確認書類", "書類番号", "住所", "携帯電話", "メール", "チェックイン", "チェックアウト", "客室", "宿泊者名簿"),
    "ko": ("성", "이름", "생년월일", "국적", "신분증 종류", "신분증 번호", "주소", "휴대전화", "이메일", "체크인", "체크아웃", "객실", "투숙객 등록 카드"),
    "zh": ("姓", "名", "出生日期", "国籍", "证件类型", "证件号码", "住址", "手机", "电子邮箱", "入住", "离店", "房号", "旅客住宿登记表"),
    "hi": ("उपनाम", "नाम", "जन्म तिथि", "राष्ट्रीयता", "पहचान पत्र", "दस्तावेज़ संख्या", "घर का पता", "मोबाइल", "ईमेल", "आगमन", "प्रस्थान", "कमरा", "अतिथि पंजीकरण कार्ड"),
    "he": ("שם משפחה", "שם פרטי", "תאריך לידה", "אזרחות", "מסמך זיהוי", "מספר מסמך", "כתובת מגורים", "נייד", "דוא\"ל", "הגעה", "עזיבה", "חדר", "כרטיס רישום אורח"),
    "ar": ("اسم العائلة", "الاسم", "تاريخ الميلاد", "الجنسية", "وثيقة الهوية", "رقم الوثيقة", "عنوان السكن", "الجوال", "البريد الإلكتروني", "الوصول", "المغادرة", "الغرفة", "بطاقة تسجيل نزيل"),
    "th": ("นามสกุล", "ชื่อ", "วันเกิด", "สัญชาติ", "เอกสารแสดงตน", "เลขที่เอกสาร", "ที่อยู่", "มือถือ", "อีเมล", "วันเข้าพัก", "วันออก", "ห้อง", "บัตรทะเบียนผู้เข้าพัก (ร.ร. 3)"),
    "vi": ("Họ", "Tên", "Ngày sinh", "Quốc tịch", "Loại giấy tờ", "Số giấy tờ", "Địa chỉ thường trú", "Điện thoại", "Email", "Ngày đến", "Ngày đi", "Phòng", "PHIẾU KHAI BÁO TẠM TRÚ"),
}
NATION = {
    "en": {"US": "USA", "GB": "British", "DE": "German", "AT": "Austrian", "FR": "French", "ES": "Spanish", "MX": "Mexican", "IT": "Italian", "NL": "Dutch", "PT": "Portuguese", "BR": "Brazilian", "PL": "Polish", "SE": "Swedish", "CZ": "Czech", "HR": "Croatian", "TR": "Turkish", "GR": "Greek", "RU": "Russian", "JP": "Japanese", "KR": "Korean", "CN": "Chinese", "IN": "Indian", "IL": "Israeli", "EG": "Egyptian", "TH": "Thai", "VN": "Vietnamese"},
}
DOCNAME = {"passport": {"en": "Passport", "de": "Reisepass", "fr": "Passeport", "es": "Pasaporte", "it": "Passaporto", "nl": "Paspoort", "pt": "Passaporte", "pt-BR": "Passaporte", "pl": "Paszport", "sv": "Pass", "cs": "Cestovní pas", "hr": "Putovnica", "tr": "Pasaport", "el": "Διαβατήριο", "ru": "Заграничный паспорт", "ja": "旅券", "ko": "여권", "zh": "护照", "hi": "पासपोर्ट", "he": "דרכון", "ar": "جواز سفر", "th": "หนังสือเดินทาง", "vi": "Hộ chiếu"},
           "id": {"en": "National ID", "de": "Personalausweis", "fr": "Carte d'identité", "es": "DNI", "it": "Codice fiscale / C.I.", "nl": "BSN", "pt": "Cartão de Cidadão", "pt-BR": "CPF", "pl": "Dowód osobisty", "sv": "Personnummer", "cs": "Rodné číslo", "hr": "Osobna iskaznica", "tr": "T.C. Kimlik No", "el": "Δελτίο ταυτότητας", "ru": "Паспорт РФ", "ja": "マイナンバーカード", "ko": "주민등록번호", "zh": "居民身份证", "hi": "आधार", "he": "תעודת זהות", "ar": "الرقم القومي", "th": "บัตรประชาชน", "vi": "CCCD"}}


# ====================================================================== helpers
def PERS(p, roman=False, **kw):
    return L("person", p.full(roman), **kw)


def EM(v, sub="personal"):
    return L("email", v, sub=sub)


def PH(t, region=None, sub="mobile"):
    text, reg, plan = t
    meta = {"sub": sub, "region": region or reg}
    if region and region != plan:
        meta["plan"] = plan
    return L("phone", text, **meta)


def DOB(v):
    return L("dob", v)


def GOV(v, sub, **kw):
    return L("gov_id", v, sub=sub, **kw)


def ADDR(v):
    return L("address", v, sub="home")


def luhn_bad(R, n, first=None):
    while True:
        s = (first or R.choice("123456789")) + _d(R, n - 1 - (len(first) - 1 if first else 0))
        s = s[:n]
        if not luhn_ok(s):
            return s


def conf_no(R, cc=None):
    return R.choice(["%d" % R.randint(10000000, 99999999), "CNF-%06d" % R.randint(0, 999999), "R%07d" % R.randint(0, 9999999),
                     "%s%05d" % (_L(R, 2), R.randint(0, 99999))])


def ota_id(R):
    return R.choice(["BDC %s" % luhn_bad(R, 10), "EXP-%s" % luhn_bad(R, 13), "Airbnb HM%s" % _L(R, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])


def room_no(R):
    return str(R.randint(1, 6) * 100 + R.randint(1, 40))


def foreign(R, cc, p=0.4):
    if R.random() < p:
        return R.choice([c for c in COUNTRIES if c != cc])
    return cc


def guest_phone(R, gcc, hcc):
    if gcc == hcc:
        return PH(mobile(R, gcc))
    return PH(mobile(R, gcc, True), region=hcc)


def price(R, cc):
    cur = {"US": "$%d.00", "GB": "£%d.00", "MX": "$%d MXN", "BR": "R$ %d,00", "PL": "%d zł", "SE": "%d kr", "CZ": "%d Kč",
           "TR": "%d TL", "RU": "%d ₽", "JP": "¥%d", "KR": "%d원", "CN": "¥%d", "IN": "₹%d", "IL": "₪%d", "EG": "%d ج.م", "TH": "%d บาท", "VN": "%d₫"}.get(cc, "%d,00 €")
    base = {"JP": 100, "KR": 1000, "VN": 10000, "IN": 50, "RU": 50, "TR": 20, "CZ": 20, "EG": 20, "TH": 20, "MX": 10, "SE": 10, "PL": 4}.get(cc, 1)
    return cur % (R.randint(45, 390) * base)


def hotel(cc):
    return HOTELS[cc]


def roman_needed(cc, body_lang_native):
    return cc in NONLATIN and not body_lang_native


def reglang(cc):
    return "pt-BR" if cc == "BR" else LANG[cc]


# ====================================================================== labelled templates
TPL = []


def tpl(count, clean=False):
    def deco(fn):
        TPL.append((fn.__name__, count, fn, clean))
        return fn
    return deco


@tpl(38)
def reg_card(R, cc):
    """Registration card / police form in the hotel's language: guest (40 %
    foreign), birth date, nationality, passport or national id, home address,
    mobile, e-mail, sometimes a co-traveller with birth date."""
    rl = reglang(cc)
    F = REG[rl]
    used = set()
    gcc = foreign(R, cc)
    g = draw_person(R, gcc, used)
    d = birth(R, 1945, 2003)
    native = gcc == cc or gcc not in NONLATIN
    arr, dep = stay_dates(R)
    if gcc == cc and R.random() < 0.7 and national_id(R, g, d):
        v, sub = national_id(R, g, d)
        doc = DOCNAME["id"][rl] if rl in DOCNAME["id"] else "ID"
        docl = GOV(v, sub)
    else:
        v = passport(R, gcc)
        doc = DOCNAME["passport"][rl]
        docl = GOV(v, "passport", country=gcc)
    nat = NATION["en"][gcc]
    h = hotel(cc)
    rows = [h[0] + " — " + F[12] + "\n",
            "%s: " % F[0], L("person", g.family(not native), sub="family"), "\n",
            "%s: " % F[1], L("person", g.given(not native), sub="given"), "\n",
            "%s: " % F[2], DOB(fmt_date(R, cc, d)), "\n",
            "%s: %s\n" % (F[3], nat),
            "%s: %s\n" % (F[4], doc),
            "%s: " % F[5], docl, "\n",
            "%s: " % F[6], ADDR(address(R, gcc)), "\n"]
    if R.random() < 0.85:
        rows += ["%s: " % F[7], guest_phone(R, gcc, cc), "\n"]
    if R.random() < 0.7:
        rows += ["%s: " % F[8], EM(email_of(R, g)), "\n"]
    rows += ["%s: " % F[9], N(fmt_date(R, cc, arr, "num"), "arrival_date"), " · %s: " % F[10], N(fmt_date(R, cc, dep, "num"), "departure_date"),
             " · %s: " % F[11], N(room_no(R), "room_number"), "\n", "Ref. ", N(conf_no(R), "booking_ref")]
    if R.random() < 0.5:
        c = draw_person(R, gcc, used)
        if c:
            cd = birth(R, 1950, 2022)
            rows += ["\n+ ", PERS(c, not native), " (", DOB(fmt_date(R, cc, cd)), ")"]
    return "form", LANG[cc], wrap(R, cc, "check", rows)


@tpl(32)
def pms_arrivals(R, cc):
    """PMS arrival-list export (CSV): guests with phone and e-mail; conf no,
    room, rate, dates, loyalty numbers and OTA ids are look-alikes."""
    used = set()
    h = hotel(cc)
    sep = R.choice([",", ";", "\t"])
    hdr = sep.join(["ConfNo", "Guest", "Arr", "Dep", "Room", "RateCode", "Rate", "Phone", "Email", "Loyalty", "Source"])
    out = ["# Arrivals %s — " % h[0], N(stay_dates(R)[0].isoformat(), "arrival_date"), "\n", hdr, "\n"]
    for _ in range(R.randint(2, 4)):
        gcc = foreign(R, cc, 0.35)
        g = draw_person(R, gcc, used)
        if not g:
            continue
        a, dd = stay_dates(R)
        name = "%s, %s" % (g.family(True).upper(), g.given(True)) if R.random() < 0.5 else g.full(True)
        row = [N(conf_no(R), "booking_ref"), sep, L("person", name), sep, N(a.isoformat(), "arrival_date"), sep, N(dd.isoformat(), "departure_date"), sep,
               N(room_no(R), "room_number"), sep, R.choice(["BAR", "BB2", "CORP-ACME", "PKG-SPA", "NRF"]), sep, N(price(R, cc).replace(",", "."), "price"), sep]
        row += [guest_phone(R, gcc, cc) if R.random() < 0.85 else "", sep]
        row += [EM(email_of(R, g)) if R.random() < 0.7 else "", sep]
        row += [N(R.choice(["GLD ", "PLT ", "SLV ", ""]) + luhn_bad(R, 9), "loyalty_number") if R.random() < 0.4 else "", sep]
        row += [N(ota_id(R), "ota_id") if R.random() < 0.5 else "Direct"]
        out += row + ["\n"]
    out.append("# generated by PMS night audit")
    return "csv", LANG[cc], wrap(R, cc, "table", out)


@tpl(30)
def rooming_list(R, cc):
    """Tour-operator rooming list: tour leader with mobile, guests as
    SURNAME/GIVEN with birth date and passport; group code, room types and
    passport expiry dates are look-alikes."""
    used = set()
    gcc = foreign(R, cc, 0.8)
    h = hotel(cc)
    tl = draw_person(R, gcc, used)
    op = R.choice(["Stillmere Tours", "Reisebüro Kranichflug", "Voyages Martinet", "Viajes Cernícalo", "Sakura Travel Service", "Hanbit Tour", "Vega Incoming DMC"])
    out = ["ROOMING LIST — %s / %s\nGroup ", N("GRP-%s%d" % (_L(R, 3), R.randint(100, 999)), "group_code"), "\nTour leader: ", PERS(tl, True), " (", PH(mobile(R, gcc, True), region=cc), ")\n"]
    out[0] = out[0] % (op, h[0])
    out += ["Room | Name | DOB | Nat | Passport | Exp\n"]
    rooms = ["DBL", "TWN", "SGL", "TPL"]
    for _ in range(R.randint(2, 4)):
        p = draw_person(R, gcc, used)
        if not p:
            break
        d = birth(R, 1940, 2015)
        exp = datetime.date(R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28))
        t = "MRS" if p.female else "MR"
        out += ["%s | " % R.choice(rooms), L("person", "%s/%s" % (ascii_fold(p.family(True)).upper().replace(" ", ""), ascii_fold(p.given(True)).upper())), " %s | " % t,
                DOB(d.strftime("%d%b%y").upper()), " | %s | " % gcc, GOV(passport(R, gcc), "passport", country=gcc), " | ", N(exp.strftime("%d%b%y").upper(), "expiry_date"), "\n"]
    out.append("Meal plan HB, arrival by coach ~16:00")
    return "list", LANG[cc], wrap(R, cc, R.choice(["table", "check"]), out)


@tpl(26)
def hostel_log(R, cc):
    """Hostel check-in log: bed numbers, guests with nationality, passport or
    id number, birth date; nights, amounts and bed numbers are look-alikes."""
    used = set()
    out = ["bed;name;country;doc_no;dob;nights;paid\n"]
    for _ in range(R.randint(2, 4)):
        gcc = foreign(R, cc, 0.7)
        p = draw_person(R, gcc, used)
        if not p:
            continue
        d = birth(R, 1978, 2006)
        out += [N("%s-%d" % (R.choice("ABCD"), R.randint(1, 12)), "bed_number"), ";", PERS(p, True), ";%s;" % gcc,
                GOV(passport(R, gcc), "passport", country=gcc), ";", DOB(d.isoformat()), ";%d;%s\n" % (R.randint(1, 6), R.choice(["cash", "card", "paid online", "owes"]))]
    me = draw_person(R, cc, used)
    out += ["-- night shift: ", L("person", me.given(cc in NONLATIN)), ", keys in drawer 2"]
    return "csv", LANG[cc], wrap(R, cc, R.choice(["table", "check", "forward"]), out)


ALLERGY = {
    "en": ["nut allergy", "coeliac", "no shellfish", "vegan", "lactose-free", "high chair", "birthday cake", "window table"],
    "de": ["Nussallergie", "Zöliakie", "keine Meeresfrüchte", "vegan", "laktosefrei", "Kinderstuhl", "Geburtstagstorte", "Fensterplatz"],
    "fr": ["allergie aux fruits à coque", "cœliaque", "pas de crustacés", "végan", "sans lactose", "chaise haute", "gâteau d'anniversaire", "près de la fenêtre"],
    "es": ["alergia a frutos secos", "celíaco", "sin marisco", "vegano", "sin lactosa", "trona", "tarta de cumpleaños", "mesa junto a la ventana"],
    "it": ["allergia alla frutta secca", "celiaco", "niente crostacei", "vegano", "senza lattosio", "seggiolone", "torta di compleanno", "tavolo alla finestra"],
    "nl": ["notenallergie", "coeliakie", "geen schaaldieren", "veganistisch", "lactosevrij", "kinderstoel", "verjaardagstaart", "tafel bij het raam"],
    "pt": ["alergia a frutos secos", "celíaco", "sem marisco", "vegano", "sem lactose", "cadeira de bebé", "bolo de aniversário", "mesa à janela"],
}
BOOKBOOK = {
    "en": ("Bookings", "pax", "tbl"), "de": ("Reservierungen", "Pers.", "Tisch"), "fr": ("Réservations", "couv.", "table"),
    "es": ("Reservas", "pax", "mesa"), "it": ("Prenotazioni", "coperti", "tavolo"), "nl": ("Reserveringen", "pers.", "tafel"),
    "pt": ("Reservas", "pax", "mesa"), "pl": ("Rezerwacje", "os.", "stolik"), "sv": ("Bokningar", "pers.", "bord"),
    "cs": ("Rezervace", "os.", "stůl"), "hr": ("Rezervacije", "os.", "stol"), "tr": ("Rezervasyonlar", "kişi", "masa"),
    "el": ("Κρατήσεις", "άτ.", "τραπ."), "ru": ("Брони", "чел.", "стол"), "ja": ("予約台帳", "名", "卓"), "ko": ("예약 장부", "명", "테이블"),
    "zh": ("订座登记", "位", "桌"), "hi": ("बुकिंग", "लोग", "टेबल"), "he": ("הזמנות", "סועדים", "שולחן"), "ar": ("الحجوزات", "أشخاص", "طاولة"),
    "th": ("การจอง", "ท่าน", "โต๊ะ"), "vi": ("Đặt bàn", "khách", "bàn"),
}


@tpl(34)
def booking_book(R, cc):
    """Restaurant booking book for one evening: names (some given name only),
    phones, some e-mails, allergy notes; times, covers, table numbers and
    the restaurant's name are look-alikes."""
    lang = LANG[cc]
    bb = BOOKBOOK[lang]
    al = ALLERGY.get(lang, ALLERGY["en"])
    used = set()
    h = hotel(cc)
    day = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
    out = [N(h[4], "restaurant"), " — %s " % bb[0], N(fmt_date(R, cc, day, "num"), "booking_date"), "\n"]
    for _ in range(R.randint(3, 5)):
        gcc = foreign(R, cc, 0.15)
        p = draw_person(R, gcc, used)
        if not p:
            continue
        nat = gcc == cc or gcc not in NONLATIN
        t = "%d:%s" % (R.randint(18, 21), R.choice(["00", "15", "30", "45"]))
        nm = PERS(p, not nat) if R.random() < 0.75 else L("person", p.family(not nat))
        out += [t, " ", nm, " %d %s, %s " % (R.randint(2, 9), bb[1], bb[2]), N(str(R.randint(1, 32)), "table_number"), " — ", guest_phone(R, gcc, cc)]
        if R.random() < 0.25:
            out += [" ", EM(email_of(R, p))]
        if R.random() < 0.6:
            out += [" (%s)" % R.choice(al)]
        out.append("\n")
    return "list", lang, wrap(R, cc, R.choice(["table", "summary"]), out)


COMPLAINT = {
    "en": ("Subject: Complaint about my stay, booking ", "Dear Sir or Madam,\n\nI stayed in room ", " from ", " to ", ". The air conditioning did not work and when I called reception at 2 a.m. nobody came. Your colleague ",
           " promised a partial refund the next morning, but I have heard nothing since.\n\nPlease contact me on ", " or reply to this e-mail.\n\nKind regards,\n"),
    "de": ("Betreff: Beschwerde zu meinem Aufenthalt, Buchung ", "Sehr geehrte Damen und Herren,\n\nich war in Zimmer ", " vom ", " bis ", ". Die Heizung war defekt, und als ich nachts die Rezeption anrief, kam niemand. Ihr Kollege ",
           " hat mir am nächsten Morgen eine Teilerstattung zugesagt, seitdem habe ich nichts gehört.\n\nSie erreichen mich unter ", " oder per Antwort auf diese Mail.\n\nMit freundlichen Grüßen\n"),
    "fr": ("Objet : Réclamation concernant mon séjour, réservation ", "Madame, Monsieur,\n\nJ'ai séjourné dans la chambre ", " du ", " au ", ". La climatisation ne fonctionnait pas et, quand j'ai appelé la réception à 2 h du matin, personne n'est venu. Votre collègue ",
           " m'a promis un remboursement partiel le lendemain matin, sans suite depuis.\n\nVous pouvez me joindre au ", " ou répondre à ce courriel.\n\nCordialement,\n"),
    "es": ("Asunto: Reclamación sobre mi estancia, reserva ", "Estimados señores:\n\nMe alojé en la habitación ", " del ", " al ", ". El aire acondicionado no funcionaba y, cuando llamé a recepción a las 2 de la madrugada, no vino nadie. Su compañero ",
           " me prometió un reembolso parcial a la mañana siguiente, pero no he vuelto a saber nada.\n\nPueden llamarme al ", " o responder a este correo.\n\nUn saludo,\n"),
    "it": ("Oggetto: Reclamo per il mio soggiorno, prenotazione ", "Gentili signori,\n\nho soggiornato nella camera ", " dal ", " al ", ". L'aria condizionata non funzionava e quando ho chiamato la reception alle 2 di notte non è venuto nessuno. Il vostro collega ",
           " mi ha promesso un rimborso parziale la mattina dopo, ma da allora nulla.\n\nPotete contattarmi al ", " o rispondere a questa e-mail.\n\nCordiali saluti,\n"),
    "nl": ("Onderwerp: Klacht over mijn verblijf, boeking ", "Geachte heer/mevrouw,\n\nIk verbleef in kamer ", " van ", " tot ", ". De airco werkte niet en toen ik om 2 uur 's nachts de receptie belde, kwam er niemand. Uw collega ",
           " beloofde de volgende ochtend een gedeeltelijke terugbetaling, maar ik heb sindsdien niets gehoord.\n\nU kunt mij bereiken op ", " of op deze mail reageren.\n\nMet vriendelijke groet,\n"),
    "pt": ("Assunto: Reclamação sobre a minha estadia, reserva ", "Exmos. Senhores,\n\nFiquei no quarto ", " de ", " a ", ". O ar condicionado não funcionava e, quando liguei para a receção às 2 da manhã, ninguém apareceu. O vosso colega ",
           " prometeu-me um reembolso parcial na manhã seguinte, mas até hoje nada.\n\nPodem contactar-me pelo ", " ou responder a este e-mail.\n\nCom os melhores cumprimentos,\n"),
}


@tpl(30)
def complaint(R, cc):
    """Guest complaint e-mail (EN/DE/FR/ES/IT/NL/PT bodies, others in English):
    sender with e-mail, the staff member named, phone, home address in the
    signature; booking ref, room and stay dates are look-alikes."""
    lang = LANG[cc] if LANG[cc] in COMPLAINT else "en"
    C = COMPLAINT[lang]
    used = set()
    gcc = foreign(R, cc, 0.3)
    if LANG[gcc] != lang and gcc in NONLATIN:
        pass
    g = draw_person(R, gcc, used)
    staff = draw_person(R, cc, used)
    roman = gcc in NONLATIN
    a, d = stay_dates(R)
    h = hotel(cc)
    staffl = L("person", staff.given(cc in NONLATIN)) if R.random() < 0.5 else PERS(staff, cc in NONLATIN)
    out = ["From: ", PERS(g, roman), " <", EM(email_of(R, g)), ">\nTo: ", N("%s@%s" % (R.choice(["reservations", "frontdesk", "gm", "info"]), h[3]), "role_mailbox"), "\n",
           C[0], N(conf_no(R), "booking_ref"), "\n\n", C[1], N(room_no(R), "room_number"), C[2], N(fmt_date(R, cc if lang != "en" else "GB", a, "num"), "stay_date"), C[3],
           N(fmt_date(R, cc if lang != "en" else "GB", d, "num"), "stay_date"), C[4], staffl, C[5], guest_phone(R, gcc, cc), C[6], PERS(g, roman)]
    if R.random() < 0.75:
        out += ["\n", ADDR(address(R, gcc, R.random() < 0.5))]
    return "email", LANG[cc], wrap(R, cc, "reply", out)


REVIEW = ["Noisy room above the bar, breakfast staff were rude.", "Lovely view but the bathroom was not clean and nobody apologised.",
          "Charged twice for the minibar, still waiting for the refund!", "Great location, terrible check-in, waited 40 minutes.",
          "Our anniversary dinner was ruined, the table we booked was given away."]


@tpl(24)
def review_reply(R, cc):
    """Public review with the reviewer's display name, then the internal PMS
    match (guest, phone) and the staff on shift; rating, dates, room and
    booking platform are look-alikes."""
    used = set()
    gcc = foreign(R, cc, 0.4)
    g = draw_person(R, gcc, used)
    roman = gcc in NONLATIN or cc in NONLATIN
    a, d = stay_dates(R)
    disp = "%s %s." % (g.given(roman), ascii_fold(g.family(True))[0]) if not (gcc in NONLATIN and not roman) else g.given(False)
    out = [R.choice(["★★☆☆☆", "★☆☆☆☆", "2/5", "Rating: 3/10"]), " \"%s\"\n— " % R.choice(REVIEW), L("person", disp, sub="display_name"), ", ",
           R.choice(["Tripadvisor", "Google", "Booking.com", "HolidayCheck"]), ", stayed ", N(a.strftime("%B %Y"), "stay_date"), "\n\n",
           "Internal: PMS match = ", PERS(g, roman), ", room ", N(room_no(R), "room_number"), ", ", N(a.isoformat(), "stay_date"), "–", N(d.isoformat(), "stay_date"),
           ", mobile on file ", guest_phone(R, gcc, cc), ". On shift: "]
    for i in range(R.randint(1, 2)):
        s = draw_person(R, cc, used)
        if s:
            out += ([", "] if i else []) + [L("person", s.given(cc in NONLATIN) if R.random() < 0.5 else s.full(cc in NONLATIN))]
    out.append(".")
    return "notes", LANG[cc], wrap(R, cc, "reply", out)


ITEMS = ["black iPhone in a leather case", "child's teddy bear (brown)", "Kindle e-reader", "grey cashmere scarf", "gold wedding ring",
         "charger and adapter", "blue suit jacket", "laptop bag with documents", "hearing aid (left)", "sunglasses, Ray-Ban"]


@tpl(28)
def lost_property(R, cc):
    """Lost-property log entries: finder (staff), owner guest with phone,
    e-mail and the address to post it to; item numbers, rooms, dates and
    courier tracking numbers are look-alikes."""
    used = set()
    h = hotel(cc)
    out = ["LOST PROPERTY — %s\n" % h[0]]
    for _ in range(R.randint(1, 2)):
        gcc = foreign(R, cc, 0.35)
        g = draw_person(R, gcc, used)
        f = draw_person(R, cc, used)
        if not g or not f:
            break
        roman = gcc in NONLATIN
        day = stay_dates(R)[0]
        out += [N("LP-%d-%04d" % (day.year, R.randint(1, 999)), "item_number"), " | found ", N(day.isoformat(), "found_date"), " | room ", N(room_no(R), "room_number"),
                " | %s | found by " % R.choice(ITEMS), L("person", f.full(cc in NONLATIN) if R.random() < 0.6 else f.given(cc in NONLATIN)), " (HK)\n   owner: ", PERS(g, roman), " · ",
                guest_phone(R, gcc, cc)]
        if R.random() < 0.6:
            out += [" · ", EM(email_of(R, g))]
        if R.random() < 0.7:
            out += ["\n   post to: ", ADDR(address(R, gcc)), " · tracking ", N(R.choice(["1Z%s%s" % (_L(R, 3, "0123456789ABCDEF"), _d(R, 13)), "JJD%s" % _d(R, 18)[:16], "RR%sGB" % _d(R, 9)]), "tracking_number")]
        out.append("\n")
    return "log", LANG[cc], wrap(R, cc, R.choice(["summary", "reply", "table"]), out)


MINIBAR = ["2x still water", "1x Pringles", "3x beer", "1x prosecco 0.2", "2x chocolate", "1x cashews", "1x cola", "1x gin tonic kit"]


@tpl(26)
def housekeeping_log(R, cc):
    """Housekeeping and minibar log: supervisor and attendants by name, a
    guest on DND with a callback mobile; rooms, minibar items, folio numbers
    and times are look-alikes."""
    used = set()
    sup = draw_person(R, cc, used)
    rn = cc in NONLATIN
    out = ["HK log ", N(stay_dates(R)[0].isoformat(), "shift_date"), " — supervisor ", PERS(sup, rn), "\n"]
    for _ in range(R.randint(2, 3)):
        a = draw_person(R, cc, used)
        if not a:
            break
        r0 = R.randint(1, 5) * 100 + 1
        out += ["Attendant ", L("person", a.given(rn) if R.random() < 0.5 else a.full(rn)), ": rooms ", N("%d–%d" % (r0, r0 + R.randint(8, 14)), "room_range"), ", %d checkouts\n" % R.randint(2, 9)]
    for _ in range(R.randint(1, 3)):
        out += ["Minibar ", N(room_no(R), "room_number"), ": %s, %s → folio " % (R.choice(MINIBAR), R.choice(MINIBAR)), N("F%06d" % R.randint(0, 999999), "folio_number"), "\n"]
    gcc = foreign(R, cc, 0.3)
    g = draw_person(R, gcc, used)
    if g:
        out += ["DND ", N(room_no(R), "room_number"), " since 10:00 — guest ", PERS(g, gcc in NONLATIN), " asked for service after 15:00, call ", guest_phone(R, gcc, cc), "\n"]
    out.append("Linen count sent to laundry 14:20.")
    return "log", LANG[cc], wrap(R, cc, "summary", out)


SHIFTS = ["07–15", "15–23", "23–07", "10–18", "off", "12–20"]
DAYS = {"en": "Mon Tue Wed Thu Fri", "de": "Mo Di Mi Do Fr", "fr": "lun mar mer jeu ven", "es": "lun mar mié jue vie", "it": "lun mar mer gio ven",
        "nl": "ma di wo do vr", "pt": "seg ter qua qui sex", "pl": "pon wt śr czw pt", "sv": "mån tis ons tor fre", "cs": "po út st čt pá",
        "hr": "pon uto sri čet pet", "tr": "Pzt Sal Çar Per Cum", "el": "Δευ Τρί Τετ Πέμ Παρ", "ru": "пн вт ср чт пт", "ja": "月 火 水 木 金",
        "ko": "월 화 수 목 금", "zh": "周一 周二 周三 周四 周五", "hi": "सोम मंगल बुध गुरु शुक्र", "he": "א ב ג ד ה", "ar": "الإثنين الثلاثاء الأربعاء الخميس الجمعة",
        "th": "จ. อ. พ. พฤ. ศ.", "vi": "T2 T3 T4 T5 T6"}
SWAP = {"en": "can anyone swap my Saturday late? call me", "de": "kann jemand meinen Samstag-Spätdienst tauschen? ruft mich an", "fr": "quelqu'un peut échanger mon samedi soir ? appelez-moi",
        "es": "¿alguien me cambia el turno de tarde del sábado? llamadme", "it": "qualcuno mi scambia il turno di sabato sera? chiamatemi", "nl": "kan iemand mijn zaterdagavond ruilen? bel me",
        "pt": "alguém troca comigo o turno de sábado à noite? liguem-me", "pl": "ktoś zamieni się ze mną na sobotę wieczór? dzwońcie", "sv": "kan någon byta lördagskvällen med mig? ring",
        "cs": "vymění se mnou někdo sobotní odpolední? volejte", "hr": "može li netko zamijeniti moju subotnju smjenu? zovite", "tr": "cumartesi akşam vardiyamı değişen olur mu? arayın",
        "el": "μπορεί κάποιος να αλλάξει μαζί μου το Σάββατο απόγευμα; πάρτε με", "ru": "кто поменяется со мной на субботу вечер? звоните",
        "ja": "土曜の遅番、誰か代わってもらえませんか？電話ください", "ko": "토요일 늦은 근무 바꿔줄 사람? 전화줘", "zh": "谁能和我换周六晚班？打我电话",
        "hi": "कोई मेरी शनिवार की शाम की शिफ्ट बदल सकता है? कॉल करो", "he": "מישהו יכול להחליף איתי את שבת ערב? תתקשרו", "ar": "هل يمكن لأحد أن يبدّل معي وردية السبت المسائية؟ اتصلوا بي",
        "th": "ใครแลกกะเย็นวันเสาร์กับฉันได้บ้าง โทรมานะ", "vi": "ai đổi ca tối thứ Bảy với mình không? gọi mình nhé"}


@tpl(30)
def rota_chat(R, cc):
    """Staff rota with the team chat: staff on the rota, chat senders by given
    name, a swap request with a mobile, the till PIN, staff Wi-Fi key or
    alarm code posted in the group; shift times and SSIDs are look-alikes."""
    lang = LANG[cc]
    used = set()
    rn = cc in NONLATIN
    staff = [p for p in (draw_person(R, cc, used) for _ in range(R.randint(3, 4))) if p]
    days = DAYS[lang].split(" ")
    out = ["| | " + " | ".join(days) + " |\n|" + "---|" * (len(days) + 1) + "\n"]
    for p in staff:
        out += ["| ", PERS(p, rn), " | " + " | ".join(R.choice(SHIFTS) for _ in days) + " |\n"]
    out.append("\n")
    day = stay_dates(R)[0]
    s1, s2 = R.sample(staff, 2)
    hrs = iter(sorted(R.sample(range(7, 24), 3)))
    t = lambda: "[%02d/%02d/%02d, %02d:%02d] " % (day.day, day.month, day.year % 100, next(hrs), R.randint(0, 59))
    out += [t(), L("person", s1.given(rn)), ": " + SWAP[lang] + " ", PH(mobile(R, cc)), "\n"]
    sec = R.choice(["pin", "wifi", "alarm"])
    if sec == "pin":
        out += [t(), L("person", s2.given(rn)), ": new till PIN from today: ", L("secret", "%04d" % R.randint(1000, 9999), sub="pin"), "\n"]
    elif sec == "wifi":
        out += [t(), L("person", s2.given(rn)), ": staff wifi ", N("%s-Staff" % ascii_fold(hotel(cc)[0]).split(" ")[-1], "ssid"), " pw ", L("secret", password(R), sub="wifi_key"), "\n"]
    else:
        out += [t(), L("person", s2.given(rn)), ": alarm code for the back door is now ", L("secret", "%d%s" % (R.randint(1000, 99999), R.choice(["", "#", "A"])), sub="alarm_code"), "\n"]
    out += [t(), L("person", s1.given(rn)), ": 👍"]
    return "chat_export", lang, wrap(R, cc, R.choice(["table", "summary", "forward"]), out)


@tpl(30)
def payroll_tips(R, cc):
    """Payroll and tip-pool rows: staff, tax or national id, IBAN (wage card
    in CN/RU), sometimes birth date; hours, points, amounts and staff numbers
    are look-alikes."""
    used = set()
    rn = cc in NONLATIN
    sep = R.choice([";", ",", "\t"])
    cols = ["staff_no", "name", "dob", "tax_id", "account", "hours", "tronc_points", "tips"]
    out = [sep.join(cols), "\n"]
    for _ in range(R.randint(2, 4)):
        p = draw_person(R, cc, used)
        if not p:
            break
        d = birth(R, 1960, 2006)
        row = [N("E%04d" % R.randint(1, 9999), "staff_number"), sep, PERS(p, rn), sep]
        row += [DOB(fmt_date(R, cc, d, "num")) if R.random() < 0.6 else "", sep]
        tx = tax_id(R, p, d)
        row += [GOV(tx[0], tx[1]) if tx else "", sep]
        if cc in IBAN_CC:
            row += [L("iban", iban_of(R, cc), sub=cc)]
        elif cc == "CN":
            v, iss = card_of(R, "unionpay", "")
            row += [L("card", v, sub=iss)]
        elif cc == "RU":
            v, iss = card_of(R, "mir", " ")
            row += [L("card", v, sub=iss)]
        else:
            row += [N("****%04d" % R.randint(0, 9999), "masked_account")]
        row += [sep, N("%d.%d" % (R.randint(60, 190), R.choice([0, 5])), "hours"), sep, N("%.1f" % (R.randint(5, 30) / 2), "points"), sep, N(price(R, cc).replace(",", "."), "amount"), "\n"]
        out += row
    return "csv", LANG[cc], wrap(R, cc, R.choice(["forward", "verify", "table"]), out)


REL = {"en": (["wife", "mother", "sister", "partner"], ["husband", "father", "brother", "partner"]),
       "de": (["Ehefrau", "Mutter", "Schwester"], ["Ehemann", "Vater", "Bruder"]),
       "fr": (["épouse", "mère", "sœur"], ["mari", "père", "frère"]), "es": (["esposa", "madre", "hermana"], ["marido", "padre", "hermano"]),
       "it": (["moglie", "madre", "sorella"], ["marito", "padre", "fratello"]), "nl": (["vrouw", "moeder", "zus"], ["man", "vader", "broer"]),
       "pt": (["esposa", "mãe", "irmã"], ["marido", "pai", "irmão"]), "pl": (["żona", "matka", "siostra"], ["mąż", "ojciec", "brat"]),
       "sv": (["fru", "mamma", "syster"], ["man", "pappa", "bror"]), "cs": (["manželka", "matka", "sestra"], ["manžel", "otec", "bratr"]),
       "hr": (["supruga", "majka", "sestra"], ["suprug", "otac", "brat"]), "tr": (["eşi", "annesi", "ablası"], ["eşi", "babası", "ağabeyi"]),
       "el": (["σύζυγος", "μητέρα", "αδελφή"], ["σύζυγος", "πατέρας", "αδελφός"]), "ru": (["жена", "мать", "сестра"], ["муж", "отец", "брат"]),
       "ja": (["妻", "母", "姉"], ["夫", "父", "兄"]), "ko": (["배우자", "어머니", "누나"], ["배우자", "아버지", "형"]), "zh": (["妻子", "母亲", "姐姐"], ["丈夫", "父亲", "哥哥"]),
       "hi": (["पत्नी", "माँ", "बहन"], ["पति", "पिता", "भाई"]), "he": (["אישה", "אמא", "אחות"], ["בעל", "אבא", "אח"]),
       "ar": (["الزوجة", "الأم", "الأخت"], ["الزوج", "الأب", "الأخ"]), "th": (["ภรรยา", "แม่", "พี่สาว"], ["สามี", "พ่อ", "พี่ชาย"]),
       "vi": (["vợ", "mẹ", "chị gái"], ["chồng", "bố", "anh trai"])}


@tpl(26)
def emergency_contacts(R, cc):
    """Staff emergency-contact sheet: staff with birth date, home address,
    mobile; the emergency contact with relation and phone (some abroad);
    departments and staff numbers are look-alikes."""
    lang = LANG[cc]
    used = set()
    rn = False
    out = ["Staff emergency contacts — %s (HR, confidential)\n" % hotel(cc)[0]]
    for _ in range(R.randint(1, 3)):
        p = draw_person(R, cc, used)
        if not p:
            break
        fem = R.random() < 0.5
        e = draw_person(R, cc, used, female=fem)
        if not e:
            break
        d = birth(R, 1958, 2006)
        out += ["• ", PERS(p, rn), " (", N(R.choice(["F&B", "Front Office", "Housekeeping", "Kitchen", "Spa", "Night audit"]), "department"), ", ", N("#%d" % R.randint(100, 999), "staff_number"), "), ",
                DOB(fmt_date(R, cc, d)), "\n  ", ADDR(address(R, cc)), " · ", PH(mobile(R, cc)), "\n  ICE: ", PERS(e, rn), " (%s) " % R.choice(REL[lang][0 if fem else 1])]
        if R.random() < 0.2:
            ecc = R.choice([c for c in COUNTRIES if c != cc])
            out += [PH(mobile(R, ecc, True), region=cc)]
        else:
            ll = landline(R, cc) if R.random() < 0.3 else None
            out += [PH(ll, sub="fixed") if ll else PH(mobile(R, cc))]
        out.append("\n")
    return "list", lang, wrap(R, cc, R.choice(["table", "verify", "forward"]), out)


DISHES = ["Beef Wellington", "Eggs Benedict", "Caesar salad", "Pavlova", "Peach Melba", "Crêpes Suzette", "Waldorf salad", "Oysters Rockefeller",
          "Carpaccio", "Sachertorte", "Pizza Margherita", "Tournedos Rossini", "Bellini", "Lobster Thermidor", "Chicken Marengo", "Charlotte russe"]
SUPPLIERS = [("florist", ["Blütenwerk", "Petal & Thorn", "Fleurs du Quai", "Floristería Azahar", "Bloemenatelier Distel"]),
             ("DJ", ["SoundNest Events", "Beatfabrik", "Disco Mobile Lumière"]),
             ("photographer", ["Silverlight Studio", "Fotostudio Lichtblick", "Instantes Fotografía"]),
             ("cake", ["Sugarloft Bakery", "Konditorei Zuckerhut", "Pâtisserie Meringue"])]


@tpl(30)
def beo(R, cc):
    """Wedding / banquet event order: the couple with phones and e-mails, the
    planner, suppliers' contact persons with mobiles; BEO number, function
    rooms, times, covers, menu dishes named after people, supplier firms and
    the venue are look-alikes."""
    used = set()
    rn = cc in NONLATIN
    h = hotel(cc)
    c1 = draw_person(R, cc, used, female=True)
    c2 = draw_person(R, foreign(R, cc, 0.2), used, female=False)
    pl = draw_person(R, cc, used)
    day = stay_dates(R)[0]
    out = ["BANQUET EVENT ORDER ", N("BEO-%d-%03d" % (day.year, R.randint(1, 400)), "beo_number"), " — %s\n" % h[0],
           "Event: Wedding ", PERS(c1, rn), " & ", PERS(c2, c2.cc in NONLATIN), " · ", N(day.isoformat(), "event_date"), " · ", N(R.choice(["Orangery", "Ballroom A", "Terrace Room", "Salon Ginkgo"]), "function_room"),
           " · %d covers\n" % R.randint(40, 180),
           "Contacts: ", L("person", c1.given(rn)), " ", PH(mobile(R, cc)), " / ", EM(email_of(R, c1)), "; ", L("person", c2.given(c2.cc in NONLATIN)), " ", guest_phone(R, c2.cc, cc), "\n",
           "Coordinator: ", PERS(pl, rn), " ", EM(email_of(R, pl, h[3]), "work"), "\n",
           "Menu: ", N(R.choice(DISHES), "dish"), ", ", N(R.choice(DISHES), "dish"), ", ", N(R.choice(DISHES), "dish"), " · wine ", N(R.choice(WINES), "wine_estate"), "\n",
           "Timings: 15:00 ceremony (garden), 16:30 reception, 19:00 dinner, 23:30 last orders\n"]
    for role, firms in R.sample(SUPPLIERS, R.randint(1, 2)):
        s = draw_person(R, cc, used)
        if not s:
            break
        out += ["Supplier %s: " % role, N(R.choice(firms), "supplier_firm"), " — ", PERS(s, rn), " ", PH(mobile(R, cc)), "\n"]
    out.append("Deposit received, balance due 14 days before the event.")
    return "form", LANG[cc], wrap(R, cc, R.choice(["summary", "verify", "table"]), out)


WINES = ["Château Léoville-Barton", "Dom Pérignon", "Veuve Clicquot", "Louis Roederer", "Bollinger", "Taittinger", "Marchesi Antinori",
         "Robert Mondavi", "Weingut Dr. Loosen", "Penfolds Grange", "Vega Sicilia", "Domaine Leflaive", "Egon Müller", "Joseph Drouhin"]


@tpl(30)
def config(R, cc):
    """Channel-manager / booking-engine / POS configs (.env or YAML): API
    keys, passwords, webhook secret, Stripe key, SMTP password, the staff
    Wi-Fi key, the owner's work e-mail, the hotel's WAN address and
    allow-listed IPs; property ids, LAN addresses of POS terminals, ports and
    documentation IPs are look-alikes."""
    used = set()
    h = hotel(cc)
    own = draw_person(R, cc, used)
    yaml = R.random() < 0.45
    items = []
    items.append(("PROPERTY_ID", N("%s%05d" % (_L(R, 3), R.randint(0, 99999)), "property_id")))
    items.append(("CHANNEL_MANAGER_API_KEY", L("secret", hex_(R, R.choice([32, 40])), sub="api_key")))
    items.append(("BOOKING_ENGINE_WEBHOOK_SECRET", L("secret", "whsec_" + rnd(R, ALNUM, 32), sub="whsec")))
    if R.random() < 0.6:
        items.append(("STRIPE_SECRET_KEY", L("secret", "sk_live_" + rnd(R, ALNUM, 24 if R.random() < 0.5 else 99), sub="stripe")))
        items.append(("STRIPE_PUBLISHABLE_KEY", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key")))
    items.append(("PMS_DB_URL", ["postgres://pms_app:", L("secret", password(R), sub="password"), "@", N(lan_ip(R), "ipv4_lan"), ":5432/pms"]))
    if R.random() < 0.5:
        items.append(("SMTP_PASSWORD", L("secret", password(R), sub="password")))
    if R.random() < 0.4:
        items.append(("SENDGRID_API_KEY", L("secret", "SG." + rnd(R, URLSAFE, 22) + "." + rnd(R, URLSAFE, 43), sub="sendgrid")))
    items.append(("POS_TERMINALS", [N(lan_ip(R), "ipv4_lan"), ", ", N(lan_ip(R), "ipv4_lan")]))
    items.append(("STAFF_WIFI_PSK", L("secret", password(R), sub="wifi_key")))
    items.append(("HOTEL_WAN_IP", L("ip", pub_ip(R), sub="wan")))
    items.append(("WEBHOOK_ALLOWLIST", [L("ip", pub_ip(R), sub="allowlist"), ",", L("ip", pub_ip(R), sub="allowlist")]))
    if R.random() < 0.4:
        items.append(("TEST_IP", N(doc_ip(R), "ip_documentation")))
    items.append(("ADMIN_CONTACT", EM(email_of(R, own, h[3]), "work")))
    items.append(("ALERTS_TO", N("%s@%s" % (R.choice(["it", "fo", "nightaudit"]), h[3]), "role_mailbox")))
    out = ["# %s — owner " % h[0], PERS(own, cc in NONLATIN), "\n"]
    for k, v in items:
        if yaml:
            out += ["%s: " % k.lower(), v, "\n"]
        else:
            out += ["%s=" % k, v, "\n"]
    out.append("PMS_PORT=8443")
    return "config", LANG[cc], wrap(R, cc, R.choice(["explain", "forward"]), out)


@tpl(24)
def access_log(R, cc):
    """PMS / back-office access log: staff logins by work e-mail from public
    IPs, failed logins from public IPv4/IPv6, POS terminals on the LAN;
    timestamps, session ids and LAN addresses are look-alikes."""
    used = set()
    h = hotel(cc)
    day = stay_dates(R)[0]
    out = []
    n = R.randint(4, 7)
    times = sorted((R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)) for _ in range(n))
    for k_ in range(n):
        ts = "%sT%02d:%02d:%02dZ" % ((day.isoformat(),) + times[k_])
        k = R.random()
        if k < 0.45:
            p = draw_person(R, cc, used)
            if not p:
                continue
            out += [N(ts, "timestamp"), " LOGIN_OK user=", EM(email_of(R, p, h[3]), "work"), " src=", L("ip", pub_ip(R), sub="ipv4"), " sess=", N(hex_(R, 12), "session_id"), "\n"]
        elif k < 0.75:
            out += [N(ts, "timestamp"), " LOGIN_FAIL user=", N("admin", "username"), " src=", L("ip", pub_ip6(R) if R.random() < 0.3 else pub_ip(R), sub="failed_login"), "\n"]
        else:
            out += [N(ts, "timestamp"), " POS_SYNC terminal=", N("T%02d" % R.randint(1, 12), "terminal_id"), " src=", N(lan_ip(R), "ipv4_lan"), "\n"]
    if not out:
        return None
    return "log", LANG[cc], wrap(R, cc, "explain", out)


@tpl(30)
def preauth(R, cc):
    """Card pre-authorisation / credit-card authorisation form: cardholder,
    full card number, billing address, phone, e-mail, sometimes a third-party
    payer; expiry, CVV, amounts, auth codes and booking refs are
    look-alikes."""
    used = set()
    gcc = foreign(R, cc, 0.35)
    roman = gcc in NONLATIN
    ch = draw_person(R, gcc, used)
    num, iss = card_of(R)
    out = ["CREDIT CARD AUTHORISATION — %s\nBooking ref: " % hotel(cc)[0], N(conf_no(R), "booking_ref"), "\n"]
    third = R.random() < 0.35
    if third:
        guest = draw_person(R, gcc, used)
        out += ["Guest name: ", PERS(guest, roman), "\n"]
    out += ["Cardholder: ", PERS(ch, roman), "\nCard number: ", L("card", num, sub=iss), "\nExpiry: ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
            "  CVV: ", N("%03d" % R.randint(100, 999), "cvv"), "\nBilling address: ", ADDR(address(R, gcc)), "\nPhone: ", guest_phone(R, gcc, cc)]
    if R.random() < 0.7:
        out += ["\nE-mail: ", EM(email_of(R, ch))]
    out += ["\nAmount to pre-authorise: ", N(price(R, cc), "amount"), " (room + incidentals) — auth code ", N("%06d" % R.randint(0, 999999), "auth_code")]
    return "form", LANG[cc], wrap(R, cc, R.choice(["verify", "forward"]), out)


@tpl(26)
def chargeback(R, cc):
    """No-show / chargeback dispute evidence: guest, masked card (last four),
    home address, e-mail, phone, the passport number from the registration
    card, the booking IP; chargeback case, booking ref, dates, amounts are
    look-alikes."""
    used = set()
    gcc = foreign(R, cc, 0.5)
    roman = gcc in NONLATIN
    g = draw_person(R, gcc, used)
    a, d = stay_dates(R)
    noshow = R.random() < 0.5
    out = ["Chargeback case ", N("CB-%s" % luhn_bad(R, 10), "case_number"), " · reason code ", N(R.choice(["10.4", "13.1", "4837", "4853"]), "reason_code"), "\n",
           "Cardholder: ", PERS(g, roman), ", card ", N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "ending %04d"]) % R.randint(0, 9999), "masked_card"), "\n",
           "Booking ", N(conf_no(R), "booking_ref"), " made online on ", N((a - datetime.timedelta(days=R.randint(5, 90))).isoformat(), "booking_date"), " from IP ", L("ip", pub_ip(R), sub="booking_ip"),
           ", confirmation sent to ", EM(email_of(R, g)), "\n"]
    if noshow:
        out += ["Guest did not arrive on ", N(a.isoformat(), "arrival_date"), "; non-refundable rate, no cancellation received. Tel. on booking: ", guest_phone(R, gcc, cc), "\n"]
    else:
        out += ["Guest stayed ", N(a.isoformat(), "arrival_date"), "–", N(d.isoformat(), "departure_date"), ", registration card signed, passport ", GOV(passport(R, gcc), "passport", country=gcc),
                ", home address ", ADDR(address(R, gcc)), "\n"]
    out.append("Disputed amount: %s" % price(R, cc))
    return "letter", LANG[cc], wrap(R, cc, R.choice(["reply", "verify"]), out)


@tpl(26)
def vip_blacklist(R, cc):
    """VIP and blacklist notes in the PMS profile: guest, birth date, mobile,
    e-mail, for blacklisted guests the id number, staff who logged it;
    profile ids, rooms and dates are look-alikes."""
    used = set()
    out = []
    for _ in range(R.randint(1, 2)):
        gcc = foreign(R, cc, 0.3)
        g = draw_person(R, gcc, used)
        s = draw_person(R, cc, used)
        if not g or not s:
            break
        roman = gcc in NONLATIN
        d = birth(R, 1940, 2000)
        vip = R.random() < 0.5
        out += ["Profile ", N("P%07d" % R.randint(0, 9999999), "profile_id"), " — ", PERS(g, roman), " · DOB ", DOB(fmt_date(R, cc, d)), " · ", guest_phone(R, gcc, cc)]
        if R.random() < 0.6:
            out += [" · ", EM(email_of(R, g))]
        if vip:
            out += ["\n  VIP2: prefers room ", N(room_no(R), "room_number"), ", feather-free pillows, sparkling water, no calls before 9. Logged by ", PERS(s, cc in NONLATIN), "\n"]
        else:
            v = passport(R, gcc)
            out += ["\n  DO NOT REBOOK: damage to room ", N(room_no(R), "room_number"), " on ", N(stay_dates(R)[0].isoformat(), "incident_date"), ", unpaid folio ", N("F%06d" % R.randint(0, 999999), "folio_number"),
                    ". Passport ", GOV(v, "passport", country=gcc), ". Logged by ", PERS(s, cc in NONLATIN), "\n"]
    if not out:
        return None
    return "notes", LANG[cc], wrap(R, cc, R.choice(["summary", "forward"]), out)


HOST = {
    "en": ("Hi {g}! Welcome. The flat is at ", ". Key box by the door, code ", ". Wi-Fi: ", " / password ", ". Any problem call me on ", "Thanks {h}! Arriving around 9pm. My number is ", "Perfect, see you"),
    "de": ("Hallo {g}! Willkommen. Die Wohnung ist in der ", ". Schlüsselbox neben der Tür, Code ", ". WLAN: ", " / Passwort ", ". Bei Problemen ruf mich an: ", "Danke {h}! Wir kommen gegen 21 Uhr. Meine Nummer: ", "Super, bis dann"),
    "fr": ("Bonjour {g} ! Bienvenue. L'appartement est au ", ". Boîte à clés à côté de la porte, code ", ". Wi-Fi : ", " / mot de passe ", ". En cas de souci, appelez-moi au ", "Merci {h} ! On arrive vers 21 h. Mon numéro : ", "Parfait, à tout à l'heure"),
    "es": ("¡Hola {g}! Bienvenidos. El piso está en ", ". Caja de llaves junto a la puerta, código ", ". Wifi: ", " / contraseña ", ". Cualquier problema, llámame al ", "¡Gracias {h}! Llegamos sobre las 21 h. Mi número es ", "Perfecto, hasta luego"),
    "it": ("Ciao {g}! Benvenuti. L'appartamento è in ", ". Cassetta chiavi accanto alla porta, codice ", ". Wi-Fi: ", " / password ", ". Per qualsiasi problema chiamami al ", "Grazie {h}! Arriviamo verso le 21. Il mio numero è ", "Perfetto, a dopo"),
    "nl": ("Hoi {g}! Welkom. Het appartement is op ", ". Sleutelkastje naast de deur, code ", ". Wifi: ", " / wachtwoord ", ". Bij problemen bel me op ", "Dank je {h}! We zijn er rond 21 uur. Mijn nummer is ", "Top, tot straks"),
    "pt": ("Olá {g}! Bem-vindos. O apartamento fica na ", ". Cofre de chaves ao lado da porta, código ", ". Wi-Fi: ", " / palavra-passe ", ". Qualquer problema liga-me para o ", "Obrigado {h}! Chegamos por volta das 21h. O meu número é ", "Perfeito, até já"),
    "hr": ("Bok {g}! Dobro došli. Apartman je na adresi ", ". Kutija za ključeve pored vrata, šifra ", ". Wi-Fi: ", " / lozinka ", ". Za bilo kakav problem nazovite me na ", "Hvala {h}! Stižemo oko 21 h. Moj broj je ", "Super, vidimo se"),
    "el": ("Γεια σας {g}! Καλώς ήρθατε. Το διαμέρισμα είναι στην οδό ", ". Κουτί κλειδιών δίπλα στην πόρτα, κωδικός ", ". Wi-Fi: ", " / κωδικός ", ". Για οτιδήποτε πάρτε με στο ", "Ευχαριστώ {h}! Φτάνουμε γύρω στις 9. Το κινητό μου είναι ", "Τέλεια, τα λέμε"),
}


@tpl(30)
def holiday_let(R, cc):
    """Holiday-let host chat export: host and guest by given name as chat
    senders and greetings, the flat's address, key-box code and Wi-Fi key,
    both mobiles; the SSID and the booking platform reference are
    look-alikes."""
    lang = LANG[cc] if LANG[cc] in HOST else "en"
    H_ = HOST[lang]
    used = set()
    hcc = cc
    host = draw_person(R, hcc, used)
    gcc = foreign(R, cc, 0.5)
    g = draw_person(R, gcc, used)
    hr_, gr = hcc in NONLATIN, gcc in NONLATIN
    if lang == "en":
        hr_ = hr_ or gr
    day = stay_dates(R)[0]
    hrs = iter(sorted(R.sample(range(8, 23), 3)))
    t = lambda hh: "%s %02d:%02d - " % (day.strftime("%d/%m/%Y,"), next(hrs), R.randint(0, 59))
    pre = H_[0].split("{g}")
    out = ["Booking ", N(ota_id(R), "ota_id"), "\n", t(R.randint(9, 12)), L("person", host.full(hr_)), ": ", pre[0], L("person", g.given(gr)), pre[1], ADDR(address(R, cc)), H_[1],
           L("secret", "%04d" % R.randint(0, 9999), sub="door_code"), H_[2], N(R.choice(["Casa", "Flat", "Apt", "Home"]) + "_" + _L(R, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "_5G", "ssid"), H_[3],
           L("secret", password(R), sub="wifi_key"), H_[4], PH(mobile(R, hcc)), "\n"]
    post = H_[5].split("{h}")
    out += [t(R.randint(13, 18)), PERS(g, gr), ": ", post[0], L("person", host.given(hr_)), post[1], guest_phone(R, gcc, cc), "\n", t(R.randint(18, 20)), L("person", host.full(hr_)), ": ", H_[6], " 🙂"]
    return "chat_export", LANG[cc], wrap(R, cc, R.choice(["summary", "forward", "reply"]), out)


CATER = {
    "en": "Hi, we'd like a quote for a buffet for %d people at our home on %s, delivery to ",
    "de": "Hallo, wir hätten gern ein Angebot für ein Buffet für %d Personen bei uns zu Hause am %s, Lieferung an ",
    "fr": "Bonjour, nous souhaiterions un devis pour un buffet de %d personnes chez nous le %s, livraison au ",
    "es": "Hola, queremos presupuesto para un bufé de %d personas en casa el %s, entrega en ",
    "it": "Buongiorno, vorremmo un preventivo per un buffet per %d persone a casa nostra il %s, consegna in ",
    "nl": "Hallo, we willen graag een offerte voor een buffet voor %d personen bij ons thuis op %s, bezorgen op ",
    "pt": "Olá, queríamos um orçamento para um bufete para %d pessoas em nossa casa no dia %s, entrega na ",
    "pl": "Dzień dobry, prosimy o wycenę bufetu na %d osób w naszym domu dnia %s, dostawa na adres ",
    "cs": "Dobrý den, prosíme o nabídku rautu pro %d osob u nás doma dne %s, doručení na adresu ",
    "sv": "Hej, vi vill gärna ha en offert på en buffé för %d personer hemma hos oss den %s, leverans till ",
    "tr": "Merhaba, %d kişilik bir açık büfe için evimize teklif istiyoruz, tarih %s, teslimat adresi ",
}


@tpl(26)
def catering_enquiry(R, cc):
    """Catering enquiry for a private party (the client's home as delivery
    address), phone, e-mail, sometimes the IBAN the deposit came from; quote
    number, event date, headcount, dishes and prices are look-alikes."""
    lang = LANG[cc] if LANG[cc] in CATER else "en"
    used = set()
    c = draw_person(R, cc, used)
    rn = cc in NONLATIN and lang == "en"
    day = stay_dates(R)[0]
    out = ["From: ", PERS(c, rn), " <", EM(email_of(R, c)), ">\nRe: quote ", N("Q-%d-%04d" % (day.year, R.randint(1, 9999)), "quote_number"), "\n\n",
           CATER[lang].split("%s")[0] % R.randint(15, 80), N(fmt_date(R, cc, day, "num"), "event_date"), CATER[lang].split("%s")[1], ADDR(address(R, cc)), ". ",
           "Menu idea: ", N(R.choice(DISHES), "dish"), ", ", N(R.choice(DISHES), "dish"), ". Tel. ", PH(mobile(R, cc))]
    if cc in IBAN_CC and R.random() < 0.5:
        out += ["\nDeposit sent from ", L("iban", iban_of(R, cc), sub=cc)]
    elif R.random() < 0.5:
        v, iss = card_of(R)
        out += ["\nPlease take the deposit from my card ", L("card", v, sub=iss), ", exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")]
    out += ["\n", PERS(c, rn)] if R.random() < 0.5 else []
    return "email", LANG[cc], wrap(R, cc, R.choice(["reply", "summary"]), out)


@tpl(24)
def amenity_list(R, cc):
    """Birthday and anniversary amenity list for the week: guests with birth
    dates, spouses, the amenity; rooms, arrival dates and amenity prices are
    look-alikes."""
    used = set()
    out = ["Amenities this week — %s\n" % hotel(cc)[0]]
    for _ in range(R.randint(2, 3)):
        gcc = foreign(R, cc, 0.3)
        g = draw_person(R, gcc, used)
        if not g:
            break
        roman = gcc in NONLATIN and cc not in NONLATIN
        a = stay_dates(R)[0]
        if R.random() < 0.6:
            d = birth(R, 1940, 2012)
            out += ["- ", N(room_no(R), "room_number"), " ", PERS(g, roman), ", arr ", N(a.isoformat(), "arrival_date"), ", birthday (DOB ", DOB(fmt_date(R, cc, d)), ") → cake + card\n"]
        else:
            s = draw_person(R, gcc, used)
            if not s:
                break
            out += ["- ", N(room_no(R), "room_number"), " ", PERS(g, roman), " & ", PERS(s, roman), ", arr ", N(a.isoformat(), "arrival_date"), ", anniversary (%d yrs) → prosecco\n" % R.randint(1, 50)]
    return "list", LANG[cc], wrap(R, cc, R.choice(["table", "summary"]), out)


# ====================================================================== clean templates
FACT = {
    "en": ("Check-in from 15:00, check-out until 11:00. Breakfast 6:30–10:30 in ", ". Guest Wi-Fi: ", " (password at reception). Parking ", " per night."),
    "de": ("Check-in ab 15:00, Check-out bis 11:00. Frühstück 6:30–10:30 im ", ". Gäste-WLAN: ", " (Passwort an der Rezeption). Parken ", " pro Nacht."),
    "fr": ("Arrivée à partir de 15 h, départ avant 11 h. Petit-déjeuner 6 h 30–10 h 30 à la ", ". Wi-Fi clients : ", " (mot de passe à la réception). Parking ", " la nuit."),
    "es": ("Entrada desde las 15:00, salida hasta las 11:00. Desayuno 6:30–10:30 en ", ". Wifi para clientes: ", " (contraseña en recepción). Parking ", " por noche."),
    "it": ("Check-in dalle 15:00, check-out entro le 11:00. Colazione 6:30–10:30 presso ", ". Wi-Fi ospiti: ", " (password alla reception). Parcheggio ", " a notte."),
    "nl": ("Inchecken vanaf 15:00, uitchecken tot 11:00. Ontbijt 6:30–10:30 in ", ". Gasten-wifi: ", " (wachtwoord bij de receptie). Parkeren ", " per nacht."),
    "pt": ("Check-in a partir das 15h, check-out até às 11h. Pequeno-almoço 6h30–10h30 no ", ". Wi-Fi de hóspedes: ", " (palavra-passe na receção). Estacionamento ", " por noite."),
}


@tpl(25, clean=True)
def c_factsheet(R, cc):
    """Hotel fact sheet: business address, switchboard, role mailboxes,
    check-in times, guest SSID, prices, company registration id."""
    lang = LANG[cc] if LANG[cc] in FACT else "en"
    F = FACT[lang]
    h = hotel(cc)
    out = [N(h[0], "hotel"), "\n", N(h[1], "business_address"), "\nT ", N(h[2], "switchboard"), " · ", N("%s@%s" % (R.choice(["reservations", "frontdesk", "info", "booking"]), h[3]), "role_mailbox"),
           " · events: ", N("%s@%s" % (R.choice(["events", "banquets", "weddings"]), h[3]), "role_mailbox"), "\n", F[0], N(h[4], "restaurant"), F[1], N(ascii_fold(h[0]).replace(" ", "_")[:18] + "_Guest", "ssid"),
           F[2], N(price(R, cc), "price"), F[3], "\n", "Reg. ", N(R.choice(["VAT ", "USt-IdNr. DE", "SIRET ", "CIF B", "P.IVA IT", "KvK "]) + _d(R, 9), "company_id"), " · ",
           N("%d rooms, %d suites" % (R.randint(20, 180), R.randint(2, 12)), "count")]
    return "notice", LANG[cc], wrap(R, cc, R.choice(["verify", "summary"]), out)


@tpl(25, clean=True)
def c_menu(R, cc):
    """Menu and wine list: dishes and wines named after people, prices."""
    h = hotel(cc)
    ds = R.sample(DISHES, 6)
    out = [N(h[4], "restaurant"), " — %s\n" % R.choice(["Menu", "Carte", "Speisekarte", "Carta", "Menù", "Kaart", "Ementa"])]
    for k, i in (("Starters", 0), ("Mains", 2), ("Desserts", 4)):
        out += [k, ": ", N(ds[i], "dish"), " ", N(price(R, cc), "price"), " · ", N(ds[i + 1], "dish"), " ", N(price(R, cc), "price"), "\n"]
    out += ["Wines by the bottle: ", N(R.choice(WINES), "wine_estate"), " %d, " % R.randint(2008, 2022), N(R.choice(WINES), "wine_estate"), " %d\n" % R.randint(2008, 2022),
            "Chef's table Thursdays — ask for ", N("Table %d" % R.randint(1, 20), "table_number"), "."]
    return "menu", LANG[cc], wrap(R, cc, R.choice(["verify", "summary"]), out)


@tpl(25, clean=True)
def c_night_audit(R, cc):
    """Night audit statistics: occupancy, ADR, RevPAR, counts, booking and
    folio numbers, rooms, dates."""
    day = stay_dates(R)[0]
    occ = R.randint(35, 99)
    out = ["NIGHT AUDIT ", N(day.isoformat(), "audit_date"), " — ", N(hotel(cc)[0], "hotel"), "\n",
           "Occupancy %d%% · ADR " % occ, N(price(R, cc), "price"), " · RevPAR ", N(price(R, cc), "price"), "\n",
           "Arrivals %d · Departures %d · Stayovers %d · No-shows %d\n" % (R.randint(5, 60), R.randint(5, 60), R.randint(10, 120), R.randint(0, 4)),
           "No-show bookings: ", N(conf_no(R), "booking_ref"), ", ", N(conf_no(R), "booking_ref"), "\nOpen folios: ", N("F%06d" % R.randint(0, 999999), "folio_number"), " (room ",
           N(room_no(R), "room_number"), "), ", N("F%06d" % R.randint(0, 999999), "folio_number"), " (room ", N(room_no(R), "room_number"), ")\n",
           "OOO rooms: ", N(room_no(R), "room_number"), ", ", N(room_no(R), "room_number"), " · Rooms revenue ", N(price(R, cc), "amount"), " · F&B ", N(price(R, cc), "amount"), "\n",
           "Audit run 02:14, end-of-day closed 02:31."]
    return "report", LANG[cc], wrap(R, cc, "summary", out)


@tpl(25, clean=True)
def c_pos_inventory(R, cc):
    """POS and network inventory: terminals, printers and APs with LAN and
    documentation IPs, MACs, serials and firmware."""
    out = ["device,location,ip,mac,serial,firmware\n"]
    for i in range(R.randint(4, 7)):
        kind = R.choice(["POS-T", "KDS", "PRN-KITCHEN", "PRN-BAR", "AP", "KEYCARD-ENC", "DOOR-CTRL"])
        ip = N(doc_ip(R), "ip_documentation") if R.random() < 0.2 else N(lan_ip(R), "ipv4_lan")
        out += ["%s-%02d,%s," % (kind, i + 1, R.choice(["Bar", "Lobby", "Restaurant", "Kitchen", "Spa", "Terrace", "Back office"])), ip, ",", N(mac(R), "mac"), ",",
                N("SN%s%s" % (_L(R, 2), _d(R, 8)), "serial"), ",", N("v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "version"), "\n"]
    out += ["gateway ", N("192.168.%d.1" % R.randint(0, 20), "ipv4_lan"), ", netmask ", N("255.255.255.0", "netmask"), ", DNS ", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver")]
    return "csv", LANG[cc], wrap(R, cc, "explain", out)


SAMPLES = {
    "DE": ("Max Mustermann", "Musterstraße 1, 12345 Musterstadt", "max.mustermann@example.de", "01234 567890"),
    "AT": ("Erika Mustermann", "Musterweg 5, 1010 Wien", "erika@example.at", "+43 1 234 5678"),
    "US": ("John Doe", "123 Main Street, Anytown, ST 00000", "john.doe@example.com", "(555) 010-0199"),
    "GB": ("Joe Bloggs", "1 High Street, Anytown AB1 2CD", "joe.bloggs@example.co.uk", "07700 900123"),
    "FR": ("Jean Dupont", "1 rue de l'Exemple, 75000 Paris", "jean.dupont@example.fr", "01 23 45 67 89"),
    "ES": ("Juan Español Español", "Calle Ejemplo 1, 28000 Madrid", "juan@example.es", "600 000 000"),
    "IT": ("Mario Rossi", "Via Roma 1, 00100 Roma", "mario.rossi@example.it", "333 000 0000"),
    "NL": ("Jan Jansen", "Voorbeeldstraat 1, 1234 AB Amsterdam", "jan@example.nl", "06-00000000"),
    "PL": ("Jan Kowalski", "ul. Przykładowa 1, 00-001 Warszawa", "jan.kowalski@example.pl", "500 000 000"),
    "BR": ("Fulano de Tal", "Rua Exemplo, 1, São Paulo - SP, 00000-000", "fulano@example.com.br", "(11) 90000-0000"),
    "JP": ("山田 太郎", "〒100-0000 東京都千代田区1-1-1", "taro@example.jp", "090-0000-0000"),
    "KR": ("홍길동", "서울특별시 중구 세종대로 000", "hong@example.kr", "010-0000-0000"),
    "CN": ("张三", "北京市东城区某某路1号", "zhangsan@example.cn", "138 0000 0000"),
    "RU": ("Иванов Иван Иванович", "г. Москва, ул. Примерная, д. 1", "ivanov@example.ru", "+7 900 000-00-00"),
    "SE": ("Sven Svensson", "Exempelgatan 1, 123 45 Stockholm", "sven@example.se", "070-000 00 00"),
    "TR": ("Ahmet Yılmaz", "Örnek Mah. Deneme Sok. No:1, Ankara", "ahmet@example.com.tr", "0500 000 00 00"),
    "CZ": ("Jan Novák", "Vzorová 1, 110 00 Praha", "jan.novak@example.cz", "600 000 000"),
}


@tpl(25, clean=True)
def c_sample_data(R, cc):
    """Booking-engine help texts and PMS training sheets with sample values:
    sample names, example.* e-mails, placeholder phones and cards, test
    booking numbers."""
    scc = cc if cc in SAMPLES else R.choice(sorted(SAMPLES))
    s = SAMPLES[scc]
    out = ["PMS TRAINING — exercise %d (do not use real guest data)\n" % R.randint(1, 12), "Create a test reservation for ", N(s[0], "sample_name"), ", ", N(s[1], "sample_address"), ", ",
           N(s[2], "example_email"), ", tel. ", N(s[3], "placeholder_phone"), ".\nCard field: enter ", N(R.choice(["XXXX XXXX XXXX XXXX", "<test card from the PSP docs>", "4XXX-XXXX-XXXX-0000"]), "placeholder_card"),
           ", expiry ", N("12/34", "card_expiry"), ".\nBooking number format: ", N("TEST-%06d" % R.randint(0, 999999), "booking_ref"), "; room ", N(room_no(R), "room_number"),
           "; arrival ", N(stay_dates(R)[0].isoformat(), "arrival_date"), ". Delete the profile afterwards."]
    return "training", LANG[cc], wrap(R, cc, R.choice(["verify", "explain"]), out)


FAMOUS = [
    ("en", "Who was Auguste Escoffier, and did he really invent Peach Melba for Nellie Melba?"),
    ("en", "Was César Ritz the founder of the Ritz in Paris or just the manager? Need it for a staff training quiz."),
    ("en", "How did Conrad Hilton buy his first hotel? Short answer for our history wall please."),
    ("en", "Is it true that Oscar Tschirky of the Waldorf invented Eggs Benedict?"),
    ("en", "Did Cesare Cardini create the Caesar salad in Tijuana? A guest asked at dinner."),
    ("en", "Which restaurants does Gordon Ramsay still run in London?"),
    ("en", "What made Julia Child famous in the US? For a menu blurb."),
    ("de", "Wer war Franz Sacher und warum heißt die Torte nach ihm?"),
    ("de", "Stimmt es, dass Paul Bocuse die Nouvelle Cuisine erfunden hat?"),
    ("fr", "Qui était Marie-Antoine Carême ? Un client m'a posé la question."),
    ("fr", "Fernand Point a-t-il vraiment formé Paul Bocuse à Vienne ?"),
    ("es", "¿Qué tiene de especial la cocina de Ferran Adrià en elBulli?"),
    ("es", "¿Quién fue Juan Mari Arzak y por qué es tan famoso en San Sebastián?"),
    ("it", "Giuseppe Cipriani ha inventato davvero il Bellini e il carpaccio all'Harry's Bar?"),
    ("it", "Chi è Massimo Bottura? Un ospite vuole prenotare all'Osteria Francescana."),
    ("nl", "Wie was Anna Pavlova en waarom is het dessert Pavlova naar haar genoemd?"),
    ("pt", "Quem foi o chef Vítor Sobral? Preciso para uma apresentação."),
    ("sv", "Vem var Tore Wretman och vad betydde han för svensk restaurangkultur?"),
    ("ja", "すきやばし次郎の小野二郎さんについて簡単に教えてください。"),
    ("zh", "袁枚的《随园食单》讲的是什么？客人问起来了。"),
    ("ko", "백종원 대표가 유명해진 이유를 짧게 설명해 줘."),
    ("ru", "Кто такой Люсьен Оливье и правда ли, что салат назван в его честь?"),
    ("tr", "Vedat Milör kimdir, restoran eleştirileri neden bu kadar etkili?"),
    ("en", "Who was Charles Ranhofer, the Delmonico's chef behind Lobster Newburg?"),
    ("de", "Wer war Marie-Louise Ritz und welche Rolle spielte sie im Hotel?"),
    ("fr", "Alain Ducasse a combien d'étoiles Michelin aujourd'hui ?"),
    ("en", "Is René Redzepi closing Noma for good? Our chef wants to know."),
    ("el", "Ποιος ήταν ο Νικόλαος Τσελεμεντές και γιατί λέμε «τσελεμεντές» το βιβλίο μαγειρικής;"),
    ("hi", "संजीव कपूर कौन हैं और वे इतने मशहूर क्यों हैं?"),
    ("pl", "Kim była Maria Disslowa i o czym jest jej książka kucharska?"),
]


@tpl(25, clean=True)
def c_famous(R, cc):
    """Questions about famous chefs, hoteliers and people dishes are named
    after (grouped one to three per record with a context line)."""
    k = R.randint(1, 3)
    qs = R.sample(FAMOUS, k)
    ctx = R.choice(["Staff quiz prep:", "For tomorrow's line-up briefing:", "A guest at table 7 asked:", "For the history page of our website:", "Background for the new menu:"])
    out = [ctx, "\n"]
    for lang, q in qs:
        out += ["- ", N(q, "public_figure"), "\n"]
    return "question", qs[0][0], out


NAMEWORD = ["Will the banquet start at 7 or 7:30?", "Mark table 12 as reserved for the anniversary.", "Basil for the pesto arrived wilted again.",
            "Sage butter with the gnocchi tonight, not brown butter.", "Rosemary potatoes are off the menu until Friday.", "Ginger syrup for the mocktails is in the walk-in.",
            "Olive oil delivery is short by two tins.", "Candy floss machine for the kids' party needs cleaning.", "Brandy snaps for the dessert buffet, 80 pieces.",
            "Sherry for the trifle: use the dry one.", "Bill the client for the extra hour of the band.", "Frank feedback from the housekeeping team: we need more linen.",
            "Grant access to the cold room to the new commis only after training.", "Chase the laundry about the missing napkins.", "Dawn shift starts at 5:30 this week.",
            "Sandy floor in the pool bar, please mop before noon.", "Summer terrace opens on the first sunny weekend.", "Pepper grinders on table 4 are empty.",
            "Holly garlands for the Christmas buffet come on Monday.", "Jasmine tea is out, order more.", "Iris vases in the lobby need fresh water.",
            "Ruby port and Stilton for the cheese course.", "Victoria sponge for afternoon tea, two trays.", "Earl Grey at breakfast ran out by 9.",
            "Frank und frei: die Spätschicht ist unterbesetzt.", "Ernst gemeint, das Buffet muss um 10:30 abgeräumt sein.", "Pierre de taille du hall à nettoyer.",
            "Rosa palo para las servilletas de la boda.", "Consuelo es poco: faltan tres camareros el sábado.", "Speranza che il pesce arrivi prima delle 11.",
            "Roos en lelie voor de tafelstukken.", "Graça ao fornecedor, o pão chegou a horas."]


@tpl(25, clean=True)
def c_nameword(R, cc):
    """Kitchen and floor notes where given names are ordinary words."""
    k = R.randint(3, 5)
    out = [R.choice(["Notes for the briefing:", "Line-up notes:", "Kitchen board:", "To do before service:"]), "\n"]
    for s in R.sample(NAMEWORD, k):
        out += ["- ", N(s, "name_as_word"), "\n"]
    return "notes", "en", [R.choice(["Can you turn these into a tidy briefing?", "Sort these by urgency please.", "Make this a short message for the team group."]), "\n\n"] + out


CONF = {
    "en": ("Dear Guest,\n\nThank you for your reservation. Confirmation number: ", "Stay: ", " – ", "Rate: ", " incl. breakfast. Gift voucher applied: ", ". Loyalty no. ", ". Free cancellation until 48 h before arrival.\n\nKind regards,\nReservations team\n"),
    "de": ("Sehr geehrter Gast,\n\nvielen Dank für Ihre Reservierung. Bestätigungsnummer: ", "Aufenthalt: ", " – ", "Preis: ", " inkl. Frühstück. Gutschein angerechnet: ", ". Treuenummer ", ". Kostenfreie Stornierung bis 48 Std. vor Anreise.\n\nMit freundlichen Grüßen\nIhr Reservierungsteam\n"),
    "fr": ("Cher client,\n\nMerci pour votre réservation. Numéro de confirmation : ", "Séjour : ", " – ", "Tarif : ", " petit-déjeuner inclus. Bon cadeau appliqué : ", ". N° de fidélité ", ". Annulation gratuite jusqu'à 48 h avant l'arrivée.\n\nCordialement,\nService réservations\n"),
    "es": ("Estimado cliente:\n\nGracias por su reserva. Número de confirmación: ", "Estancia: ", " – ", "Tarifa: ", " con desayuno. Bono regalo aplicado: ", ". Nº de fidelidad ", ". Cancelación gratuita hasta 48 h antes de la llegada.\n\nUn saludo,\nDepartamento de reservas\n"),
    "it": ("Gentile ospite,\n\ngrazie per la prenotazione. Numero di conferma: ", "Soggiorno: ", " – ", "Tariffa: ", " colazione inclusa. Buono regalo applicato: ", ". N. fedeltà ", ". Cancellazione gratuita fino a 48 ore prima dell'arrivo.\n\nCordiali saluti,\nUfficio prenotazioni\n"),
}


@tpl(25, clean=True)
def c_confirmation(R, cc):
    """Booking confirmation and voucher template addressed to 'Dear Guest':
    confirmation, voucher, gift-card, loyalty and OTA numbers, dates, price,
    the hotel's address, switchboard and role mailbox."""
    lang = LANG[cc] if LANG[cc] in CONF else "en"
    C = CONF[lang]
    h = hotel(cc)
    a, d = stay_dates(R)
    out = [C[0], N(conf_no(R), "booking_ref"), " (", N(ota_id(R), "ota_id"), ")\n", C[1], N(fmt_date(R, cc, a, "num"), "arrival_date"), C[2], N(fmt_date(R, cc, d, "num"), "departure_date"), "\n",
           C[3], N(price(R, cc), "price"), C[4], N("GV-%s-%s" % (_L(R, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), _L(R, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), "voucher_code"),
           " / gift card ", N(group(luhn_bad(R, 16, "6"), 4), "gift_card"), C[5], N(R.choice(["Marriott Bonvoy ", "Hilton Honors ", "ALL ", "IHG One ", ""]) + luhn_bad(R, 9), "loyalty_number"), C[6],
           N(h[0], "hotel"), " · ", N(h[1], "business_address"), " · ", N(h[2], "switchboard"), " · ", N("%s@%s" % (R.choice(["reservations", "booking", "reservas", "prenotazioni"]), h[3]), "role_mailbox")]
    return "email", LANG[cc], wrap(R, cc, R.choice(["verify", "reply"]), out)


# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30})")
RESOLVERS = {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9"}
SEPCH = " -.\u00a0\u202f"


def masked(rec, types=None):
    t = list(rec["text"])
    for sp in rec["spans"]:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                t[i] = "\u2063" if t[i] != "\n" else "\n"
    return "".join(t)


def luhn_runs(s):
    """Luhn-valid runs of 13-19 digits: contiguous, or windows of digit
    groups joined by one separator."""
    bad = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", s):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if 13 <= len(acc) <= 19 and len(set(acc)) > 1 and luhn_ok(acc):
                    bad.append(acc)
        for g in groups:
            for a in range(len(g)):
                for b in range(a + 13, min(len(g), a + 19) + 1):
                    w = g[a:b]
                    if (a == 0 and b == len(g)) and len(set(w)) > 1 and luhn_ok(w):
                        bad.append(w)
    return bad


CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
THAI = re.compile(r"[\u0e00-\u0e7f]")
EXEMPT = PARTICLES | {w.lower() for w in VN_MIDDLE_M + VN_MIDDLE_F}


def name_words(v):
    out = set()
    if CJK.search(v) or THAI.search(v):
        minlen = 4 if THAI.search(v) else 2
        out.add(v.replace(" ", ""))
        for w in re.split(r"[\s,/]+", v):
            if len(w) >= minlen:
                out.add(w)
        # family/given parts of names written without a space
        for cc in ("KR", "CN"):
            gm, gf, fams = PN[cc]
            for fam in fams:
                for f in (fam[0][0], fam[1][0]):
                    if v.startswith(f) and len(v) > len(f):
                        g = v[len(f):]
                        if len(g) >= 2:
                            out.add(g)
                        if len(f) >= 2:
                            out.add(f)
        return out
    for w in re.split(r"[\s,/\-.]+", v):
        if len(w) >= 2 and w.lower() not in EXEMPT:
            out.add(w)
    return out


def rule_violation(rec, clean, seen):
    try:
        check_record(rec)
    except AssertionError:
        return "record"
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        return "length"
    if clean and rec["spans"]:
        return "clean_with_labels"
    if not clean and not rec["spans"]:
        return "no_labels"
    if t in seen:
        return "repeated"
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "gov_id":
            if sp.get("country") == "PL" and sp["sub"] == "passport":
                if not pl_passport_ok(v):
                    return "gov_id_check"
            elif not id_ok(v, sp["sub"]):
                return "gov_id_check"
        elif ty == "iban":
            c = v.replace(" ", "")
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                return "iban_check"
        elif ty == "card":
            c = re.sub(r"\D", "", v)
            if not luhn_ok(c) or not 12 <= len(c) <= 19:
                return "card_check"
        elif ty == "email":
            if not EMAIL_RE.fullmatch(v) or ".example" in v.split("@")[1] or v.split("@")[1].startswith("example."):
                return "email_format"
        elif ty == "ip":
            o = ipaddress.ip_address(v)
            if not o.is_global or any(o in ipaddress.ip_network(n) for n in DOC_NETS):
                return "ip_not_global"
    m = masked(rec)
    for e in EMAIL_RE.finditer(m):
        local, dom = e.group(0).split("@", 1)
        if local.lower() in ROLE_BOXES or dom.startswith("example.") or ".example." in "." + dom:
            continue
        return "email_outside"
    for mm in IPV4_RE.finditer(m):
        if any(int(x) > 255 for x in mm.groups()):
            continue
        ip = mm.group(0)
        o = ipaddress.ip_address(ip)
        if o.is_global and ip not in RESOLVERS and not any(o in ipaddress.ip_network(n) for n in DOC_NETS):
            return "ip_outside"
    for mm in IPV6_RE.finditer(m):
        try:
            o = ipaddress.ip_address(mm.group(0))
        except ValueError:
            continue
        if o.version == 6 and o.is_global:
            return "ip_outside"
    if luhn_runs(m):
        return "luhn_outside"
    for mm in IBAN_RE.finditer(m):
        c = mm.group(1).replace(" ", "").replace("\u00a0", "")
        for k in range(15, len(c) + 1):
            if c[:2] in IBAN_LEN and k == IBAN_LEN[c[:2]] and iban_mod97(c[:k]) == 1:
                return "iban_outside"
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            words |= name_words(sp["value"])
    for w in words:
        if CJK.search(w) or THAI.search(w):
            if w in m or w in m.replace(" ", ""):
                return "name_word"
        elif re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", m, re.I):
            return "name_word"
    return None


# ====================================================================== generation
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def generate():
    cands = []
    for ti, (name, count, fn, clean) in enumerate(TPL):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = COUNTRIES[(i + ti * 7) % len(COUNTRIES)]
            res = fn(R, cc)
            if res is None:
                cands.append((name, i, cc, None))
                continue
            form, lang, parts = res
            rec = build("tmp", form, lang, parts)
            cands.append((name, i, cc, rec))
    allph = sorted({p for _, _, _, r in cands if r for p in phones_of(r)})
    bad = pv_check(allph)
    badset = set()
    if bad is not None:
        for ln in bad:
            f = ln.split("\t")
            badset.add((f[1], f[2], f[3]))
    kept, dropped, seen = {}, Counter(), set()
    kept_cc = {}
    for name, i, cc, rec in cands:
        count = [c for n, c, f, cl in TPL if n == name][0]
        clean = [cl for n, c, f, cl in TPL if n == name][0]
        lst = kept.setdefault(name, [])
        if len(lst) >= count:
            continue
        if rec is None:
            dropped[(name, "none")] += 1
            continue
        why = rule_violation(rec, clean, seen)
        if why is None and any(p in badset for p in phones_of(rec)):
            why = "phone_invalid"
        if why:
            dropped[(name, why)] += 1
            continue
        seen.add(rec["text"])
        lst.append(rec)
        kept_cc[id(rec)] = cc
    recs = []
    meta = []
    for name, count, fn, clean in TPL:
        assert len(kept[name]) == count, (name, len(kept[name]), count)
        for r in kept[name]:
            recs.append(r)
            meta.append((name, kept_cc[id(r)], clean))
    order = list(range(len(recs)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out, outmeta = [], []
    for k, j in enumerate(order):
        r = recs[j]
        r["id"] = "%s%05d" % (PREFIX, k)
        r = {"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})}
        out.append(r)
        outmeta.append(meta[j])
    return out, outmeta, dropped, badset, len(allph)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs, meta, dropped):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(ty.values()))
    print("types", dict(ty.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("forms", dict(Counter(r["form"] for r in recs).most_common()))
    print("countries (labelled)", dict(Counter(m[1] for m, r in zip(meta, recs) if r["spans"]).most_common()))
    print("templates", dict(Counter(m[0] for m in meta)))
    subs = Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"])
    print("subs", sorted(subs.items(), key=lambda x: (x[0][0], str(x[0][1]))))
    print("card issuers", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "card")))
    print("iban countries", dict(Counter(sp["value"][:2] for r in recs for sp in r["spans"] if sp["type"] == "iban")))
    print("phone regions", len({sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone"}), "plan", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("neg tags", len({t for r in recs for t in r.get("neg", [])}), dict(Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    ln = sorted(len(r["text"]) for r in recs)
    print("text length", ln[0], ln[-1], "median", ln[len(ln) // 2])
    print("multiline labels", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("distinct person values", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    print("labels per template", {n: sum(len(r["spans"]) for m, r in zip(meta, recs) if m[0] == n) for n, *_ in TPL})
    print("dropped", sorted(dropped.items()))


def main():
    args = sys.argv[1:]
    recs, meta, dropped, badset, nph = generate()
    data = dumps(recs)
    if "--dump" in args:
        sys.stdout.write(data)
        return
    if "--stats" in args:
        stats(recs, meta, dropped)
        return
    if "--check" in args:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        lines = [json.loads(x) for x in on_disk.splitlines()]
        seen = set()
        ph = sorted({p for r in lines for p in phones_of(r)})
        bad = pv_check(ph)
        assert bad is not None, "pv missing"
        assert not bad, bad[:5]
        for k, r in enumerate(lines):
            assert r["id"] == "%s%05d" % (PREFIX, k), r["id"]
            why = rule_violation(r, not r["spans"], seen)
            assert why is None, (r["id"], why)
            seen.add(r["text"])
        nclean = sum(1 for r in lines if not r["spans"])
        assert len(lines) == 800 and nclean == 200, (len(lines), nclean)
        assert on_disk == data, "regenerating does not give the file byte for byte"
        for hs in ("0", "7", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            o = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
            assert o == on_disk, "differs under PYTHONHASHSEED=" + hs
        ty = Counter(sp["type"] for r in lines for sp in r["spans"])
        print("OK: %d records (%d clean), %d labels %s; %d phones valid per pv; every rule holds; byte-identical on regeneration (PYTHONHASHSEED 0, 7, 12345)"
              % (len(lines), nclean, sum(ty.values()), dict(ty.most_common()), len(ph)))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    for r in recs:
        check_record(r)
    print("wrote", OUT, len(recs), "records;", sum(len(r["spans"]) for r in recs), "labels")


if __name__ == "__main__":
    main()
