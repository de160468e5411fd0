#!/usr/bin/python3
"""Held-out part 42 of the redaction corpus (heldout42.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 41
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
07:02:53 UTC on 2026-12-05 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: POLITICS, ELECTIONS AND CIVIC CAMPAIGNS. What campaign staff,
canvassers, party organisers, election officials and poll workers,
constituency caseworkers, councillors' assistants, petition organisers,
union reps, advocacy NGOs and lobbyists paste into an AI assistant, from 23
countries in 20 languages: walk sheets and door-knock notes, volunteer
rosters, membership renewals, donor records with the legal disclosure
fields, petition and nomination sheets, voter-file extracts, postal-vote
and proxy applications, polling-station rosters and incident logs,
casework letters, surgery notes, press lists, event RSVPs, phone-bank
logs, campaign tool configs, CRM exports, donation webhooks and access
logs. Hard negatives everywhere: public figures (clean records only),
parties, constituencies, wards and polling districts, elector and ballot
numbers, bill and motion numbers, vote counts, election dates, party HQ
and council addresses, switchboards, press-office mailboxes, streets
named after people, documentation IPs, sample values and name-as-word
sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
420613, shuffle seed 420614).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout42.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout42.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout42.py --stats   # counts
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
                       iban_mod97, IBAN_LEN, iban_random, ssn_random,
                       nino_random, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, cf_make,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, secret_random, PLANS, digits, nz,
                       rnd, ALNUM)

SEED = 420613
SHUFFLE_SEED = 420614
OUT = os.path.join(HERE, "heldout42.jsonl")
PREFIX = "heldout-ap-"


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
# names: "native|roman" where the script is not Latin. (given m, given f, family)
NAMES = {
    "US": ("Tremaine Lowell Lonnie Emmett Dewitt Stetson Quillan Barrett",
           "Marlowe Delphine Juniper Carlene Oleta Verna Darcy Kaylene",
           "Bramblett Culpepper Stutzman Ostrander Vanhorn Wingfield Mayhugh Prewitt Satterlee Coldiron"),
    "GB": ("Alastair Rufus Aldous Gethin Lachlan Ivo Fergus Crispian",
           "Perpetua Jocasta Morwenna Clemency Henrietta Euphemia Ottoline Bryony",
           "Gatenby Ackroyd Pocklington Gorringe Tremlett Wibberley Shuttleworth Spurrier Loxley Bellingham"),
    "DE": ("Volkmar Hartwig Gerolf Gernot Siegbert Ottfried Reinold Jost",
           "Irmtraud Walburga Gesine Roswitha Hiltrud Heilwig Edeltraud Almut",
           "Kerkhoff Hollmichel Schwanbeck Scharnweber Pfefferkorn Wolkenhauer Brinkhege Rübsamen Tiedeken Quandtmeyer"),
    "FR": ("Aurèle Gaspard Hippolyte Évariste Ghislain Lancelot Théophane Barnabé",
           "Ysaline Séverine Bérengère Apolline Clothilde Léontine Maylis Solène",
           "Pelletret Chabanais Ducrocq Lesueur Quintard Vautrin Bouvarel Marchetaud Tardiveau Guénolé"),
    "ES": ("Eusebio Fulgencio Baltasar Casimiro Leandro Nicanor Teodosio Ubaldo",
           "Remedios Sagrario Eulalia Inmaculada Begoña Milagros Fuensanta Nieves",
           "Urquidi Villalpando Cienfuegos Baquedano Zarandona Tejedor Ochandiano Valdelomar Escudero Piqueras"),
    "IT": ("Ermenegildo Gaspare Lucio Settimio Saverio Teodoro Venanzio Ruggero",
           "Annunziata Gelsomina Ippolita Loredana Teodolinda Veronica Zelinda Assunta",
           "Sparapani Bertolazzi Capuozzo Caputi Finocchiaro Maragliano Pelizzari Tramontano Zuccolotto Ghirardelli"),
    "NL": ("Hessel Tjeerd Wubbo Gerolt Jelmer Sietse Douwe Reinout",
           "Fenna Hiske Sjoukje Marrit Tjitske Hiltje Geesje Romy",
           "Bosschaart Kuipers Hoogendam Wolthuis Brouwershaven Nijenhuis Stapelkamp Veldhoen Zwartjes Haverkort"),
    "PT": ("Aníbal Adelino Crisóstomo Deolindo Ezequiel Gaudêncio Leonel Romualdo",
           "Benvinda Conceição Deolinda Felismina Guilhermina Laurinda Otília Zulmira",
           "Quaresma Brotas Caldeira Espinheira Fragoso Godinho Loureiro Carrapiço Seixas Valadares"),
    "BR": ("Jurandir Edivaldo Adenilson Arlindo Erivaldo Genivaldo Josuel Raimundo",
           "Jucilene Marinalva Edineide Rosilda Cleonice Gilvanete Valdirene Ivonete",
           "Bezerra Cavalcanti Nepomuceno Aragão Sobreira Medeiros Albuquerque Brandini Vasconcelos Holanda"),
    "MX": ("Eleuterio Filemón Heriberto Librado Porfirio Rigoberto Sóstenes Tiburcio",
           "Eréndira Guadalupe Maclovia Nayeli Itzayana Citlalmina Yareli Zenaida",
           "Huitrón Ixtlahuac Malacara Ocotlán Tenorio Zamudio Villaseñor Cabañas Anzures Tlatelpa"),
    "PL": ("Bogumił Czesław Dobromir Lechosław Mściwój Przemysław Radosław Zdzisław",
           "Bożena Dobrosława Grażyna Jadwiga Lucyna Mirosława Wiesława Zdzisława",
           "Chmielewsk/i Grzybowsk/i Jabłońsk/i Kołodziejczyk Pietrzak Szczepańsk/i Wróblewsk/i Zawadzk/i Ostrowsk/i Kaczmarek"),
    "SE": ("Gunnar Helmer Ragnvald Helge Torbjörn Valdemar Edvin Folke",
           "Gunvor Ingeborg Signhild Solveig Ylva Märta Sigrid Vendela",
           "Bäckström Hjelmqvist Lindqvist Söderberg Tornblad Wahlgren Ekdahl Rosengren Sjöholm Åkesson"),
    "RU": ("Всеволод|Vsevolod Ростислав|Rostislav Святослав|Svyatoslav Тимофей|Timofey Ефим|Efim Игнат|Ignat Прохор|Prokhor Савелий|Saveliy",
           "Злата|Zlata Ульяна|Ulyana Василиса|Vasilisa Агния|Agniya Евдокия|Evdokiya Таисия|Taisiya Ярослава|Yaroslava Фаина|Faina",
           "Колокольцев/а|Kolokoltsev/a Шелепин/а|Shelepin/a Третьяков/а|Tretyakov/a Бурмистров/а|Burmistrov/a Голованов/а|Golovanov/a Жаворонков/а|Zhavoronkov/a Лапшин/а|Lapshin/a Мухортов/а|Mukhortov/a"),
    "GR": ("Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευάγγελος|Evangelos Παντελής|Pantelis Θεμιστοκλής|Themistoklis Αριστείδης|Aristeidis",
           "Ευανθία|Evanthia Πηνελόπη|Pinelopi Καλλιόπη|Kalliopi Θεοπίστη|Theopisti Ουρανία|Ourania Χρυσούλα|Chrysoula",
           "Καραμπέτσος/ου|Karampetsos/ou Λιαπής/ή|Liapis/i Μαυρογιάννης/η|Mavrogiannis/i Τσακίρης/η|Tsakiris/i Κουντουράκης/η|Kountourakis/i Ζαφειρόπουλος/ου|Zafeiropoulos/ou"),
    "IL": ("אליאב|Eliav עמיחי|Amichai נריה|Neriya שגיא|Sagi יהונתן|Yehonatan אביתר|Evyatar",
           "הודיה|Hodaya טליה|Talya נגה|Noga אביטל|Avital רעות|Reut מעיין|Maayan",
           "אבוטבול|Abutbul קורנפלד|Kornfeld אלמוזנינו|Almoznino טרכטנברג|Trachtenberg גולדפרב|Goldfarb שטרנליכט|Sternlicht"),
    "EG": ("حسام|Hossam طارق|Tarek شريف|Sherif وليد|Walid ماجد|Maged هشام|Hesham",
           "رانيا|Rania داليا|Dalia هبة|Heba نرمين|Nermine شيرين|Shereen ياسمين|Yasmine",
           "الشناوي|El-Shenawy المنياوي|El-Minyawi الدمرداش|El-Demerdash العشماوي|El-Ashmawy القليوبي|El-Qalyoubi الفيومي|El-Fayoumi"),
    "IN": ("अभिजीत|Abhijeet चिन्मय|Chinmay कौस्तुभ|Kaustubh प्रणव|Pranav योगेश|Yogesh विनायक|Vinayak",
           "मृणाल|Mrinal सुरेखा|Surekha गौरी|Gauri रेवती|Revati ऋतुजा|Rutuja वैदेही|Vaidehi",
           "भालेराव|Bhalerao गायकवाड|Gaikwad पवार|Pawar सावंत|Sawant मोहिते|Mohite निंबाळकर|Nimbalkar"),
    "TH": ("ธนกฤต|Thanakrit ภูมิพัฒน์|Phummiphat วรเมธ|Worametha ศุภชัย|Suphachai กิตติพงษ์|Kittiphong ณัฐวุฒิ|Natthawut",
           "พิมพ์ลดา|Pimlada ณัฐธิดา|Natthida กมลชนก|Kamonchanok ปวีณา|Paweena ศิริรัตน์|Sirirat อรอุมา|Onuma",
           "ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasoet วงศ์ไพบูลย์|Wongphaiboon แสงอรุณ|Saengarun บุญยืน|Boonyuen จันทร์เพ็ญ|Chanphen"),
    "CN": ("浩然|Haoran 子墨|Zimo 俊熙|Junxi 明轩|Mingxuan 睿哲|Ruizhe 景行|Jingxing",
           "雨桐|Yutong 语嫣|Yuyan 诗涵|Shihan 梓萱|Zixuan 婉清|Wanqing 若溪|Ruoxi",
           "钟离|Zhongli 闾丘|Lyuqiu 第五|Diwu 东郭|Dongguo 百里|Baili 澹台|Tantai"),
    "JP": ("隼人|Hayato 颯太|Sota 蒼真|Soma 湊斗|Minato 悠真|Yuma 樹生|Tatsuki",
           "琴音|Kotone 紬|Tsumugi 凛花|Rinka 心春|Koharu 和奏|Wakana 柚希|Yuzuki",
           "勅使河原|Teshigawara 五十嵐|Igarashi 長谷部|Hasebe 小野寺|Onodera 宇佐美|Usami 御子柴|Mikoshiba"),
    "KR": ("도윤|Doyun 시우|Siu 하준|Hajun 은찬|Eunchan 건우|Geonu 태오|Taeo",
           "서아|Seoa 하린|Harin 지안|Jian 채원|Chaewon 예린|Yerin 소율|Soyul",
           "설|Seol 편|Pyeon 묵|Muk 곽|Kwak 빈|Bin 육|Yuk"),
    "VN": ("Hiển Khang Phước Thịnh Toàn Vĩnh",
           "Diễm Hằng Kiều Nhàn Thục Uyên",
           "Lưu Tạ Quách Khổng Đàm Hứa"),
    "TR": ("Abdurrahman Cengizhan Doğukan Egemen Kutay Oğuzhan Tolga Yiğitcan",
           "Berfin Cansu Dilara Gülsüm İpek Nurcan Şebnem Tülay",
           "Karabacak Kocabıyık Özyurt Sarıkaya Tanrıverdi Yazıcıoğlu Çakmakçı Demirbağ Ekinci Gündoğdu"),
}
VN_MID = ["Văn", "Thị", "Đình", "Hoài"]


# lang of the locale; script of the names (True: native with roman form)
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "PT": "pt", "BR": "pt", "MX": "es", "PL": "pl", "SE": "sv", "RU": "ru", "GR": "el",
        "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko",
        "VN": "vi", "TR": "tr"}
COUNTRIES = list(LANG)
NATIVE = {"RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"}

STREETS = {
    "US": ["Quarry Ridge Rd", "Tanager Ln", "Sawyer Pond Dr", "Sassafras Ct", "Chokecherry Creek Ave", "Bluestem Way"],
    "GB": ["Ropewalk Lane", "Tanners Row", "Coppice Close", "Kiln Hill", "Lapwing Crescent", "Fullers Yard"],
    "DE": ["Hainbuchenweg", "Kiebitzstraße", "Am Ziegelteich", "Flachsgasse", "Wacholderring", "Torfstichweg"],
    "FR": ["rue des Tanneurs", "allée des Sorbiers", "impasse du Moulin-Brûlé", "rue de la Forge", "chemin des Vignottes", "rue du Pressoir"],
    "ES": ["calle Alfarería", "calle del Esparto", "avenida de los Azufaifos", "calle Tahona", "calle del Lagar", "calle Albarda"],
    "IT": ["via dei Cordai", "via del Mulino Vecchio", "vicolo dei Bottai", "via delle Fornaci", "via dei Canneti", "via della Gualchiera"],
    "NL": ["Lijnbaanstraat", "Kievitsdijk", "Turfmarkt", "Weverstraat", "Touwslagerspad", "Zuivelhof"],
    "PT": ["Rua dos Tanoeiros", "Travessa do Lagar", "Rua da Cordoaria", "Rua do Forno da Cal", "Calçada dos Moinhos", "Rua das Azenhas"],
    "BR": ["Rua Tiê-Sangue", "Rua Jatobá-Mirim", "Avenida dos Jequitibás", "Rua Carnaúba", "Rua Juriti", "Travessa Buriti"],
    "MX": ["Calle Ahuehuete", "Calle Tezontle", "Av. de los Fresnos", "Calle Jacaranda Morada", "Calle Huizache", "Cerrada Mezquite"],
    "PL": ["ul. Kowalska", "ul. Jarzębinowa", "ul. Bednarska", "ul. Wrzosowa", "ul. Garncarska", "ul. Młynarska"],
    "SE": ["Repslagargatan", "Tjärdalsvägen", "Smedjegatan", "Lingonstigen", "Kvarnbacken", "Ängsgärdet"],
    "RU": ["ул. Гончарная", "ул. Рябиновая", "Кожевенный пер.", "ул. Мельничная", "ул. Бондарная", "ул. Ткацкая"],
    "GR": ["οδός Αγγειοπλαστών", "οδός Μυρτιάς", "οδός Βυρσοδεψών", "οδός Κυπαρίσσων", "οδός Ανεμόμυλων", "οδός Σχοινουργών"],
    "IL": ["רחוב הקדרים", "רחוב הצורפים", "רחוב השקמה", "רחוב האורגים", "רחוב הרימון", "רחוב הנפחים"],
    "EG": ["شارع الفخارين", "شارع الجميز", "شارع النحاسين", "شارع السواقي", "شارع الحدادين", "شارع الصباغين"],
    "IN": ["कुम्हार गली", "पीपल चौक मार्ग", "बुनकर कॉलोनी रोड", "नीम गली", "तांबट आळी", "सुतार पेठ"],
    "TH": ["ซอยช่างหม้อ", "ซอยต้นมะขาม", "ซอยช่างทอ", "ซอยลำพู", "ซอยโรงสี", "ซอยช่างเงิน"],
    "CN": ["陶瓦巷", "槐荫路", "织锦街", "磨坊巷", "铜匠胡同", "榆钱里"],
    "JP": ["鍛冶町", "紺屋町", "桶屋町", "瓦町", "糸屋町", "塩屋町"],
    "KR": ["대장간길", "옹기골로", "베틀길", "물레방아로", "느티나무길", "놋그릇로"],
    "VN": ["đường Thợ Gốm", "ngõ Thợ Rèn", "đường Cây Gạo", "ngõ Lò Chum", "đường Bến Nứa", "ngõ Thợ Dệt"],
    "TR": ["Çömlekçi Sok.", "Bakırcılar Cad.", "Dokumacı Sok.", "Değirmen Sok.", "Kalaycı Sok.", "Ihlamur Sok."],
}
TOWNS = {
    "US": [("Quincy", "IL", "623"), ("Walla Walla", "WA", "993"), ("Paducah", "KY", "420"), ("Muncie", "IN", "473")],
    "GB": [("Kettering", "NN"), ("Stroud", "GL"), ("Morpeth", "NE"), ("Bridport", "DT")],
    "DE": [("Minden", "32"), ("Hameln", "31"), ("Bautzen", "02"), ("Fulda", "36")],
    "FR": [("Vierzon", "18"), ("Périgueux", "24"), ("Épinal", "88"), ("Saintes", "17")],
    "ES": [("Teruel", "44"), ("Zamora", "49"), ("Palencia", "34"), ("Cuenca", "16")],
    "IT": [("Rovigo", "RO", "45"), ("Benevento", "BN", "82"), ("Sondrio", "SO", "23"), ("Macerata", "MC", "62")],
    "NL": [("Meppel", ""), ("Sneek", ""), ("Tiel", ""), ("Zutphen", "")],
    "PT": [("Tomar", "23"), ("Lamego", "51"), ("Elvas", "73"), ("Chaves", "54")],
    "BR": [("Caruaru", "PE", "55"), ("Crato", "CE", "63"), ("Itabuna", "BA", "45"), ("Passo Fundo", "RS", "99")],
    "MX": [("Tlaxcala", "Tlax.", "90"), ("Zacatecas", "Zac.", "98"), ("Colima", "Col.", "28"), ("Pachuca", "Hgo.", "42")],
    "PL": [("Przemyśl", "37"), ("Łomża", "18"), ("Chełm", "22"), ("Sieradz", "98")],
    "SE": [("Härnösand", "871"), ("Mora", "792"), ("Ystad", "271"), ("Skövde", "541")],
    "RU": [("Кострома", "156"), ("Псков", "180"), ("Тамбов", "392"), ("Вологда", "160")],
    "GR": [("Λαμία", "351"), ("Τρίπολη", "221"), ("Κοζάνη", "501"), ("Ξάνθη", "671")],
    "IL": [("עפולה", "18"), ("נהריה", "22"), ("דימונה", "86"), ("קריית שמונה", "11")],
    "EG": [("المنصورة", ""), ("طنطا", ""), ("أسيوط", ""), ("الزقازيق", "")],
    "IN": [("सातारा", "महाराष्ट्र", "415"), ("कोल्हापूर", "महाराष्ट्र", "416"), ("नांदेड", "महाराष्ट्र", "431"), ("अहमदनगर", "महाराष्ट्र", "414")],
    "TH": [("ลำปาง", "52"), ("อุดรธานี", "41"), ("นครสวรรค์", "60"), ("ตรัง", "92")],
    "CN": [("扬州市", "邗江区"), ("绍兴市", "越城区"), ("洛阳市", "涧西区"), ("泉州市", "鲤城区")],
    "JP": [("山形県鶴岡市", "997"), ("長野県飯田市", "395"), ("愛媛県今治市", "794"), ("秋田県横手市", "013")],
    "KR": [("전주시 완산구", "55"), ("청주시 상당구", "28"), ("여수시", "59"), ("춘천시", "24")],
    "VN": [("TP. Nam Định", "Nam Định"), ("TP. Vinh", "Nghệ An"), ("TP. Quy Nhơn", "Bình Định"), ("TP. Hà Tĩnh", "Hà Tĩnh")],
    "TR": [("Kastamonu", "37"), ("Afyonkarahisar", "03"), ("Tokat", "60"), ("Kırşehir", "40")],
}


def address(R, c):
    st = R.choice(STREETS[c])
    t = R.choice(TOWNS[c])
    n = R.randint(2, 148)
    if c == "US":
        return "%d %s, %s, %s %s%02d" % (R.randint(100, 9899), st, t[0], t[1], t[2], R.randint(1, 99))
    if c == "GB":
        pc = "%s%d %d%s" % (t[1], R.randint(1, 29), R.randint(1, 9), R.choice(["AB", "DF", "HJ", "LQ", "PT", "WX", "RN"]))
        return "%d %s, %s %s" % (n, st, t[0], pc)
    if c == "DE":
        return "%s %d, %s%03d %s" % (st, n, t[1], R.randint(100, 999), t[0])
    if c == "FR":
        return "%d %s, %s%03d %s" % (n, st, t[1], R.randint(0, 990), t[0])
    if c == "ES":
        return "%s, %d, %dº %s, %s%03d %s" % (st[0].upper() + st[1:], n, R.randint(1, 6), R.choice("ABCD"), t[1], R.randint(1, 99), t[0])
    if c == "IT":
        return "%s %d, %s%03d %s (%s)" % (st[0].upper() + st[1:], n, t[2], R.randint(10, 199), t[0], t[1])
    if c == "NL":
        return "%s %d, %d %s %s" % (st, n, R.randint(1000, 9999), R.choice(["AB", "KL", "RT", "GV", "MN"]), t[0])
    if c == "PT":
        return "%s, %d, %s%02d-%03d %s" % (st, n, t[1], R.randint(0, 99), R.randint(0, 999), t[0])
    if c == "BR":
        return "%s, %d, %s - %s, %s%03d-%03d" % (st, n, t[0], t[1], t[2], R.randint(0, 999), R.randint(0, 999))
    if c == "MX":
        return "%s %d, Col. Centro, %s%03d %s, %s" % (st, n, t[2], R.randint(0, 999), t[0], t[1])
    if c == "PL":
        return "%s %d/%d, %s-%03d %s" % (st, n, R.randint(1, 40), t[1], R.randint(100, 999), t[0])
    if c == "SE":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(10, 99), t[0])
    if c == "RU":
        return "г. %s, %s, д. %d, кв. %d, %s%03d" % (t[0], st, n, R.randint(1, 120), t[1], R.randint(0, 999))
    if c == "GR":
        return "%s %d, %s %02d %s" % (st, n, t[1], R.randint(0, 99), t[0])
    if c == "IL":
        return "%s %d, %s %s%05d" % (st, n, t[0], t[1], R.randint(10000, 99999))
    if c == "EG":
        return "%d %s، %s" % (n, st, t[0])
    if c == "IN":
        return "घर नं. %d, %s, %s, %s %s%03d" % (n, st, t[0], t[1], t[2], R.randint(1, 999))
    if c == "TH":
        return "%d/%d %s ต.ในเมือง อ.เมือง จ.%s %s%03d" % (R.randint(1, 300), R.randint(1, 99), st, t[0], t[1], R.randint(0, 999))
    if c == "CN":
        return "%s%s%s%d号%d室" % (t[0], t[1], st, n, R.randint(101, 1802))
    if c == "JP":
        return "〒%s-%04d %s%s%d-%d-%d" % (t[1], R.randint(0, 9999), t[0], st, R.randint(1, 9), R.randint(1, 30), R.randint(1, 20))
    if c == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, n, R.randint(101, 112), R.randint(101, 1504))
    if c == "VN":
        return "số %d %s, %s, %s" % (n, st, t[0], t[1])
    if c == "TR":
        return "%s No: %d D: %d, %s%03d %s" % (st, n, R.randint(1, 20), t[1], R.randint(0, 999), t[0])
    raise KeyError(c)


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def phone(R, c, intl=None):
    """A mobile of country c: (text, region, plan) where region is c."""
    if intl is None:
        intl = R.random() < 0.3
    if c in ("US",):
        from corpuslib import _nanp_line
        s = _nanp_line(R, ["309", "509", "270", "765", "217", "812"])
        if intl:
            return "+1 %s %s %s" % (s[:3], s[3:6], s[6:])
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:6], s[6:])
    if c == "GB":
        s = PLANS["GB"][2]["mobile"](R)
        return ("+44 %s %s" % (s[:4], s[4:])) if intl else ("0%s %s" % (s[:4], s[4:]))
    if c == "DE":
        s = PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R)
        return ("+49 %s %s" % (s[:3], s[3:])) if intl else R.choice(["0%s %s", "0%s/%s"]) % (s[:3], s[3:])
    if c == "FR":
        s = R.choice(["6", "7"]) + R.choice("0123456789" if True else "") + digits(R, 7)
        while s[:2] in ("63", "69", "70", "71", "72", "79"):
            s = "6" + R.choice("0124578") + s[2:]
        return ("+33 %s" % _g(s, [1, 2, 2, 2, 2])) if intl else ("0" + _g(s, [1, 2, 2, 2, 2]))
    if c == "ES":
        s = "6" + digits(R, 8)
        return ("+34 %s" % _g(s, [3, 3, 3])) if intl else _g(s, [3, 3, 3])
    if c == "IT":
        s = PLANS["IT"][2]["mobile"](R)
        return ("+39 %s" % _g(s, [3, 3, 4])) if intl else _g(s, [3, 3, 4])
    if c == "NL":
        s = PLANS["NL"][2]["mobile"](R)
        return ("+31 6 %s" % s[1:]) if intl else ("06-%s" % s[1:])
    if c == "PT":
        s = PLANS["PT"][2]["mobile"](R)
        return ("+351 %s" % _g(s, [3, 3, 3])) if intl else _g(s, [3, 3, 3])
    if c == "BR":
        s = PLANS["BR"][2]["mobile"](R)
        return ("+55 %s %s-%s" % (s[:2], s[2:7], s[7:])) if intl else ("(%s) %s-%s" % (s[:2], s[2:7], s[7:]))
    if c == "MX":
        s = R.choice(["55", "33", "81"]) + nz(R, 8)
        return ("+52 %s %s %s" % (s[:2], s[2:6], s[6:])) if intl else ("%s %s %s" % (s[:2], s[2:6], s[6:]))
    if c == "PL":
        s = PLANS["PL"][2]["mobile"](R)
        return ("+48 %s" % _g(s, [3, 3, 3])) if intl else _g(s, [3, 3, 3])
    if c == "SE":
        s = PLANS["SE"][2]["mobile"](R)
        return ("+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])) if intl else ("0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]))
    if c == "RU":
        s = PLANS["RU"][2]["mobile"](R)
        return ("+7 %s %s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])) if intl else ("8 (%s) %s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:]))
    if c == "GR":
        s = R.choice(["694", "697", "698", "699", "693", "690"]) + nz(R, 7)
        return ("+30 %s %s %s" % (s[:3], s[3:6], s[6:])) if intl else ("%s %s %s" % (s[:3], s[3:6], s[6:]))
    if c == "IL":
        s = "5" + R.choice("0238") + R.choice("23456789") + digits(R, 6)
        return ("+972 %s-%s-%s" % (s[:2], s[2:5], s[5:])) if intl else ("0%s-%s-%s" % (s[:2], s[2:5], s[5:]))
    if c == "EG":
        s = "1" + R.choice("0125") + nz(R, 8)
        return ("+20 %s %s %s" % (s[:2], s[2:6], s[6:])) if intl else ("0%s %s %s" % (s[:2], s[2:6], s[6:]))
    if c == "IN":
        s = PLANS["IN"][2]["mobile"](R)
        return ("+91 %s %s" % (s[:5], s[5:])) if intl else ("%s %s" % (s[:5], s[5:]))
    if c == "TH":
        s = R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "93", "94", "95", "96", "97", "98"]) + digits(R, 7)
        return ("+66 %s %s %s" % (s[:2], s[2:5], s[5:])) if intl else ("0%s-%s-%s" % (s[:2], s[2:5], s[5:]))
    if c == "CN":
        s = PLANS["CN"][2]["mobile"](R)
        return ("+86 %s %s %s" % (s[:3], s[3:7], s[7:])) if intl else ("%s %s %s" % (s[:3], s[3:7], s[7:]))
    if c == "JP":
        s = PLANS["JP"][2]["mobile"](R)
        return ("+81 %s-%s-%s" % (s[:2], s[2:6], s[6:])) if intl else ("0%s-%s-%s" % (s[:2], s[2:6], s[6:]))
    if c == "KR":
        s = "10" + R.choice("2346789") + digits(R, 7)
        return ("+82 %s-%s-%s" % (s[:2], s[2:6], s[6:])) if intl else ("0%s-%s-%s" % (s[:2], s[2:6], s[6:]))
    if c == "VN":
        s = R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38"]) + digits(R, 7)
        return ("+84 %s %s %s" % (s[:2], s[2:5], s[5:])) if intl else ("0%s %s %s" % (s[:2], s[2:5], s[5:]))
    if c == "TR":
        s = "5" + R.choice(["30", "32", "33", "35", "38", "42", "43", "46", "52", "53", "55"]) + digits(R, 7)
        return ("+90 %s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:])) if intl else ("0%s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:]))
    raise KeyError(c)


def PH(R, c, intl=None):
    return L("phone", phone(R, c, intl), sub="mobile", region=c)


# ------------------------------------------------------------------- people
class Person:
    def __init__(self, c, given, family, female, rg, rf):
        self.c, self.given, self.family, self.female = c, given, family, female
        self.rgiven, self.rfamily = rg, rf

    @property
    def full(self):
        if self.c in ("CN", "KR"):
            return self.family + self.given
        if self.c == "JP":
            return self.family + " " + self.given
        if self.c == "VN":
            return self.family + " " + self.mid + " " + self.given
        if self.c == "EG":
            return self.given + " " + self.family
        return self.given + " " + self.family

    @property
    def roman(self):
        return self.rgiven + " " + self.rfamily

    def words(self):
        return set(re.split(r"[\s\-']+", self.full)) | set(re.split(r"[\s\-']+", self.roman))


def _split(tok):
    return tok.split("|") if "|" in tok else (tok, tok)


def _fem(fam, female):
    if "/" not in fam:
        return fam
    base, suf = fam.split("/")
    if suf in ("a", "i") and not female:
        return base if suf == "a" else base + "i"
    if suf == "i":
        return base + ("a" if female else "i")
    if suf == "a":
        return base + "a"
    if suf == "ou":
        return base[:-2] + "ou" if female else base
    if suf in ("η", "ή"):
        return base[:-2] + suf if female else base
    return base


def _famform(f, female):
    nat, rom = _split(f)
    if "/" in nat:
        b, s = nat.split("/")
        rb, rs = rom.split("/")
        if s == "а":
            return (b + "а", rb + "a") if female else (b, rb)
        if s == "i":
            return (b + ("a" if female else "i"), rb + ("a" if female else "i"))
        if s == "ου":
            return (b[:-2] + "ου", rb[:-2] + "ou") if female else (b, rb)
        if s in ("η", "ή"):
            return (b[:-2] + s, rb[:-2] + rs) if female else (b, rb)
    return nat, rom


class People:
    """Draws people of one country so that no name word repeats in a record."""
    def __init__(self, R, used=None):
        self.R = R
        self.used = used if used is not None else set()

    def get(self, c, female=None):
        R = self.R
        m, f, fam = NAMES[c]
        for _ in range(60):
            fe = R.random() < 0.5 if female is None else female
            g = R.choice((f if fe else m).split())
            fm = R.choice(fam.split())
            gn, gr = _split(g)
            fn, fr = _famform(fm, fe)
            p = Person(c, gn, fn, fe, gr, fr)
            if c == "VN":
                p.mid = "Thị" if fe else R.choice(["Văn", "Đình", "Hoài"])
            w = {x.lower() for x in (gn, gr, fn, fr)}
            if w & self.used:
                continue
            self.used |= w
            return p
        raise Exhausted(c)


class Exhausted(Exception):
    """A country's name list is used up for this record: the candidate is dropped."""


def PN(p, form=None, **meta):
    return L("person", p.full if form is None else form, **meta)


def email_of(R, p, dom=None):
    def asc(s):
        import unicodedata
        s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D"))
        return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-")).lower()
    g, f = asc(p.rgiven), asc(p.rfamily).replace("-", "")
    dom = dom or R.choice(WEBMAIL[p.c])
    pat = R.choice(["{g}.{f}", "{g}{f}", "{g1}{f}", "{f}.{g}", "{g}_{f}{n}", "{g}{n}"])
    return pat.format(g=g, f=f, g1=g[:1], n=R.randint(2, 98)) + "@" + dom


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "MX": ["prodigy.net.mx", "gmail.com", "hotmail.com"], "PL": ["wp.pl", "onet.pl", "o2.pl"], "SE": ["telia.com", "gmail.com"],
           "RU": ["yandex.ru", "mail.ru"], "GR": ["otenet.gr", "gmail.com"], "IL": ["walla.co.il", "gmail.com"],
           "EG": ["gmail.com", "yahoo.com"], "IN": ["rediffmail.com", "gmail.com"], "TH": ["hotmail.com", "gmail.com"],
           "CN": ["163.com", "qq.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net"], "VN": ["gmail.com", "yahoo.com.vn"], "TR": ["gmail.com", "hotmail.com"]}


def EM(R, p, dom=None, **meta):
    return L("email", email_of(R, p, dom), **meta)


# ------------------------------------------------------------------- dates
MON_EXTRA = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
}


def dob_parts(R):
    return R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)


def dob_text(R, c, ymd=None):
    y, m, d = ymd or dob_parts(R)
    lg = LANG[c]
    if R.random() < 0.2 and (lg in MONTHS or lg in MON_EXTRA) and c not in ("US",):
        mn = (MONTHS.get(lg) or MON_EXTRA[lg])[m - 1]
        if lg == "de":
            return "%d. %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y) if lg != "pt" else "%d de %s de %d" % (d, mn, y)
    if c == "US":
        return "%02d/%02d/%d" % (m, d, y)
    if c in ("SE", "CN", "KR") and R.random() < 0.6:
        return "%d-%02d-%02d" % (y, m, d)
    if c == "JP":
        return "%d年%d月%d日" % (y, m, d)
    if c == "KR":
        return "%d. %d. %d." % (y, m, d)
    if c in ("DE", "PL", "RU", "TR"):
        return "%02d.%02d.%d" % (d, m, y)
    if c == "NL":
        return "%02d-%02d-%d" % (d, m, y)
    if c == "TH":
        return "%d/%d/%d" % (d, m, y + 543)
    return "%02d/%02d/%d" % (d, m, y)


def DOB(R, c, ymd=None):
    return L("dob", dob_text(R, c, ymd))


# ------------------------------------------------------------------- gov ids
def pesel(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def pnr_se(R, y, m, d):
    s = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    for c in "0123456789":
        if luhn_ok(s + c):
            return "%s-%s" % (s[:6], s[6:] + c)


def nif_pt(R):
    s = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(s)) % 11
    return s + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(s[:8])) % 11
    return str(0 if c >= 10 else c) == s[8]


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] and d[9] == ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10) and d[10] == sum(d[:10]) % 10


def il_id(R):
    s = digits(R, 8)
    for c in "0123456789":
        if il_id_ok(s + c):
            return s + c


def il_id_ok(s):
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def cn_id(R, y, m, d, female):
    s = R.choice(["321003", "330602", "410305", "350502"]) + "%d%02d%02d" % (y, m, d) + "%02d" % R.randint(0, 99) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def cn_id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


BELFIORE = ["H620", "A783", "I829", "E783"]


def gov_id(R, c, p, ymd):
    """(value, sub) of the personal id the theme asks for in country c, or None."""
    y, m, d = ymd
    if c == "US":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "ssn"
    if c == "GB":
        pr, n, sf = nino_random(R)
        return R.choice(["%s%s%s", "%s %s %s"]) % (pr, n if R.random() < 0.5 else " ".join([n[:2], n[2:4], n[4:]]), sf), "nino"
    if c == "DE":
        s = steuerid_random(R)
        return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "steuer_id"
    if c == "FR":
        body, key = nir_random(R, "2" if p.female else "1", y % 100, m)
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), "nir"
    if c in ("ES",):
        n, l = dni_random(R)
        return n + l, "dni"
    if c == "IT":
        return cf_make(p.family, p.given, y % 100, m, d, p.female, R.choice(BELFIORE)), "codice_fiscale"
    if c == "NL":
        return bsn_random(R), "bsn"
    if c == "PT":
        return nif_pt(R), "nif"
    if c == "BR":
        s = cpf_random(R)
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "cpf"
    if c == "PL":
        return pesel(R, y, m, d, p.female), "pesel"
    if c == "SE":
        return pnr_se(R, y, m, d), "personnummer"
    if c == "TR":
        return tckn(R), "tc_kimlik"
    if c == "IL":
        return il_id(R), "teudat_zehut"
    if c == "CN":
        return cn_id(R, y, m, d, p.female), "resident_id"
    if c == "IN":
        s = aadhaar_random(R)
        return "%s %s %s" % (s[:4], s[4:8], s[8:]), "aadhaar"
    return None


def GOV(R, c, p, ymd):
    g = gov_id(R, c, p, ymd)
    return L("gov_id", g[0], sub=g[1], country=c) if g else None


def passport(R, c):
    if c == "IN":
        return R.choice("JKLMNPRSTUVWZ") + digits(R, 7)
    if c == "CN":
        return "E" + nz(R, 8)
    if c == "RU":
        return "7" + digits(R, 1) + " " + digits(R, 7)
    if c == "EG":
        return "A" + nz(R, 8)
    if c == "VN":
        return "C" + nz(R, 7)
    if c == "TR":
        return "U" + nz(R, 8)
    if c == "MX":
        return "G" + nz(R, 8)
    if c == "TH":
        return "A" + R.choice("ABCDEF") + nz(R, 7)
    return R.choice("CFGHJK") + rnd(R, "CFGHJKLMNPRTVWXYZ0123456789", 8)


# ------------------------------------------------------------------- money, net
IBAN_C = {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PT": "PT", "PL": "PL", "SE": "SE",
          "GB": "GB", "TR": "TR", "GR": "GR", "BR": "BR", "IL": None}


def IBAN(R, c, sp=True):
    v = iban_random(R, IBAN_C[c])
    if sp:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return L("iban", v, sub=IBAN_C[c])


def public_ip(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 79, 81, 84, 88, 91, 94, 109, 141, 151, 176, 178, 185, 188, 193, 212, 213, 217, 89, 95, 201, 186, 200, 103, 110, 122, 58, 61, 124, 175, 211])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def public_ip6(R):
    return "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x1000, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


def IP(R, sub="ipv4"):
    return L("ip", public_ip6(R) if sub == "ipv6" else public_ip(R), sub=sub)


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def lan_ip(R):
    return R.choice(["10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "172.16.%d.%d" % (R.randint(0, 9), R.randint(2, 250))])


def CARD(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover"])
    v = card_random(R, iss)
    sep = R.choice([" ", "-", ""])
    return L("card", sep.join(split_groups(v, card_grouping(len(v)))) if sep else v, sub=iss.rstrip("2"))


def nonluhn(R, n):
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


def amount(R, c):
    v = R.choice([5, 10, 15, 20, 25, 27, 35, 50, 75, 100, 150, 250, 500, 1000])
    cur = {"US": "$%d", "GB": "£%d", "BR": "R$ %d,00", "MX": "$%d MXN", "PL": "%d zł", "SE": "%d kr", "RU": "%d ₽",
           "IN": "₹%d", "TH": "%d บาท", "CN": "¥%d", "JP": "¥%d,000", "KR": "%d,000원", "VN": "%d.000 ₫",
           "TR": "%d TL", "IL": "₪%d", "EG": "%d ج.م"}.get(c, "%d €")
    return cur % v


# ------------------------------------------------------------------- organisations (fictional)
# party or campaign, web domain, HQ address (streets named after people), switchboard, ward/district
ORG = {
    "US": ("Tri-County Forward PAC", "tricountyforward.org", "1200 Frederick Douglass Blvd, Suite 4, Quincy, IL 62301", "(217) 555-0100", ["Precinct 14-B", "Ward 3"]),
    "GB": ("Kettering & Corby Fairer Future", "fairerfuture-kc.org.uk", "Unit 2, Emmeline Pankhurst Court, Kettering NN16 0AA", "01536 000000", ["Brambleside ward", "polling district KB3"]),
    "DE": ("Bürgerliste Weserbogen", "weserbogen-liste.de", "Konrad-Zuse-Straße 1, 32423 Minden", "0571 000000", ["Wahlbezirk 0412", "Stimmbezirk 17"]),
    "FR": ("Collectif Vierzon Demain", "vierzon-demain.fr", "12 place Jean-Jaurès, 18100 Vierzon", "02 48 00 00 00", ["bureau de vote n° 7", "canton de Vierzon-2"]),
    "ES": ("Plataforma Teruel Vive", "teruelvive.es", "Plaza de Clara Campoamor 3, 44001 Teruel", "978 000 000", ["mesa electoral 2-B", "sección 014"]),
    "IT": ("Lista Civica Polesine Aperto", "polesineaperto.it", "Piazza Giacomo Matteotti 5, 45100 Rovigo (RO)", "0425 000000", ["sezione elettorale n. 23", "collegio uninominale 4"]),
    "NL": ("Lokaal Belang Meppel", "lokaalbelangmeppel.nl", "Thorbeckeplein 1, 7941 AA Meppel", "0522 000 000", ["stembureau 12", "wijk Koedijk"]),
    "PT": ("Movimento Tomar Primeiro", "tomarprimeiro.pt", "Praça Humberto Delgado 2, 2300-000 Tomar", "249 000 000", ["secção de voto 4", "freguesia de São João"]),
    "BR": ("Coletivo Caruaru em Movimento", "caruaruemmovimento.org.br", "Av. Agamenon Magalhães 1000, Caruaru - PE, 55000-000", "(81) 3000-0000", ["zona eleitoral 104", "seção 0231"]),
    "MX": ("Frente Ciudadano Tlaxcalteca", "frentetlaxcalteca.mx", "Av. Benito Juárez 100, Col. Centro, 90000 Tlaxcala, Tlax.", "246 000 0000", ["sección electoral 0412", "distrito 02"]),
    "PL": ("Komitet Obywatelski Ziemia Przemyska", "ziemiaprzemyska.pl", "ul. Marii Konopnickiej 1, 37-700 Przemyśl", "16 000 00 00", ["obwód głosowania nr 14", "okręg nr 3"]),
    "SE": ("Härnösandslistan", "harnosandslistan.se", "Selma Lagerlöfs väg 1, 871 31 Härnösand", "0611-00 00 00", ["valdistrikt Härnösand 7", "Valkrets Nord"]),
    "RU": ("Общественное движение «Костромской выбор»", "kostroma-vybor.ru", "г. Кострома, пр-т Мира, д. 1", "8 (4942) 00-00-00", ["УИК № 412", "округ № 9"]),
    "GR": ("Κίνηση Πολιτών Λαμίας", "kinisi-lamias.gr", "Πλατεία Ελευθερίου Βενιζέλου 1, 351 00 Λαμία", "22310 00000", ["εκλογικό τμήμα 37", "δημοτική κοινότητα Λαμιέων"]),
    "IL": ("רשימת עפולה שלנו", "afula-shelanu.org.il", "שדרות רחל המשוררת 1, עפולה", "04-0000000", ["קלפי 23", "שכונת גבעת המורה"]),
    "EG": ("حملة المنصورة للجميع", "mansoura-lelgamee.org", "شارع أحمد عرابي، المنصورة", "050 0000000", ["لجنة فرعية 14", "دائرة ثان المنصورة"]),
    "IN": ("सातारा नागरिक मंच", "satara-nagrikmanch.in", "छत्रपती शिवाजी महाराज चौक, सातारा 415001", "02162 000000", ["मतदान केंद्र क्र. 118", "वार्ड क्र. 9"]),
    "TH": ("กลุ่มพลเมืองลำปาง", "lampang-citizens.or.th", "ถนนพหลโยธิน จ.ลำปาง 52000", "054 000 000", ["หน่วยเลือกตั้งที่ 12", "เขตเลือกตั้งที่ 2"]),
    "CN": ("扬州市社区议事会", "yz-yishihui.cn", "扬州市邗江区文昌西路1号", "0514 0000 0000", ["第12选区", "东关街道"]),
    "JP": ("鶴岡市民の会", "tsuruoka-shimin.jp", "山形県鶴岡市馬場町1-1", "0235-00-0000", ["第7投票区", "鶴岡市第3選挙区"]),
    "KR": ("전주시민연대", "jeonju-simin.kr", "전주시 완산구 충경로 1", "063-000-0000", ["제3투표소", "효자동 선거구"]),
    "VN": ("Nhóm Công dân Nam Định", "congdan-namdinh.vn", "số 1 đường Trần Hưng Đạo, TP. Nam Định", "0228 000 0000", ["khu vực bỏ phiếu số 5", "phường Vị Xuyên"]),
    "TR": ("Kastamonu Yurttaş Girişimi", "kastamonuyurttas.org", "Atatürk Bulvarı No: 1, 37100 Kastamonu", "0366 000 00 00", ["sandık no. 1042", "Kuzeykent Mahallesi"]),
}

# request lines: (tidy into a table, summarise, draft a reply/letter, what to remove before sharing)
REQ = {
    "en": ["Can you turn this into a clean table, one row per person?", "Summarise this for tomorrow's team briefing, bullet points please.",
           "Help me draft a reply to this — keep it short and friendly.", "I need to share this with the regional office. What should I strip out first?"],
    "de": ["Kannst du das in eine saubere Tabelle bringen, eine Zeile pro Person?", "Fass das bitte in Stichpunkten für die Teamsitzung morgen zusammen.",
           "Hilf mir, darauf kurz und freundlich zu antworten.", "Ich muss das an den Kreisverband weitergeben. Was sollte ich vorher rausnehmen?"],
    "fr": ["Tu peux mettre ça au propre dans un tableau, une ligne par personne ?", "Résume-moi ça en quelques points pour la réunion d'équipe.",
           "Aide-moi à rédiger une réponse courte et aimable.", "Je dois transmettre ça à la fédération. Qu'est-ce que je dois retirer avant ?"],
    "es": ["¿Puedes pasar esto a una tabla limpia, una fila por persona?", "Resúmeme esto en puntos para la reunión del equipo de campaña.",
           "Ayúdame a redactar una respuesta breve y cordial.", "Tengo que enviarlo a la sede provincial. ¿Qué debería quitar antes?"],
    "it": ["Puoi metterlo in una tabella ordinata, una riga per persona?", "Riassumilo in punti per la riunione del comitato di domani.",
           "Aiutami a scrivere una risposta breve e gentile.", "Devo girarlo alla segreteria provinciale. Cosa dovrei togliere prima?"],
    "nl": ["Kun je dit in een nette tabel zetten, één regel per persoon?", "Vat dit samen in punten voor het teamoverleg van morgen.",
           "Help me een kort en vriendelijk antwoord te schrijven.", "Ik moet dit doorsturen naar het landelijk bureau. Wat moet ik eruit halen?"],
    "pt": ["Consegues pôr isto numa tabela limpa, uma linha por pessoa?", "Resume isto em tópicos para a reunião da equipa amanhã.",
           "Ajuda-me a escrever uma resposta curta e simpática.", "Preciso mandar isso pro diretório estadual. O que devo tirar antes?"],
    "pl": ["Możesz to ułożyć w czytelną tabelę, jeden wiersz na osobę?", "Streść to w punktach na jutrzejsze spotkanie sztabu.",
           "Pomóż mi napisać krótką i uprzejmą odpowiedź.", "Muszę to przesłać do biura krajowego. Co powinienem najpierw usunąć?"],
    "sv": ["Kan du göra om det här till en ren tabell, en rad per person?", "Sammanfatta det här i punktform till morgondagens möte.",
           "Hjälp mig skriva ett kort och vänligt svar.", "Jag ska skicka det här till partikansliet. Vad borde jag ta bort först?"],
    "ru": ["Сделай из этого аккуратную таблицу, по строке на человека.", "Кратко перескажи это по пунктам для завтрашней планёрки штаба.",
           "Помоги коротко и вежливо ответить.", "Мне нужно переслать это в региональный штаб. Что убрать перед отправкой?"],
    "el": ["Μπορείς να το κάνεις έναν καθαρό πίνακα, μία γραμμή ανά άτομο;", "Κάνε μου μια σύντομη περίληψη για τη σύσκεψη του επιτελείου.",
           "Βοήθησέ με να γράψω μια σύντομη και ευγενική απάντηση.", "Πρέπει να το στείλω στα κεντρικά. Τι να αφαιρέσω πρώτα;"],
    "he": ["אפשר לסדר את זה בטבלה נקייה, שורה לכל אדם?", "תסכם לי את זה בנקודות לישיבת המטה מחר.",
           "תעזור לי לנסח תשובה קצרה ואדיבה.", "אני צריך להעביר את זה למטה הארצי. מה כדאי להוריד קודם?"],
    "ar": ["هل يمكنك ترتيب هذا في جدول نظيف، صف لكل شخص؟", "لخّص هذا في نقاط لاجتماع فريق الحملة غداً.",
           "ساعدني في كتابة رد قصير ولطيف.", "يجب أن أرسل هذا إلى المقر الرئيسي. ما الذي يجب أن أحذفه أولاً؟"],
    "hi": ["क्या इसे एक साफ़ तालिका में बदल सकते हो, हर व्यक्ति की एक पंक्ति?", "कल की टीम बैठक के लिए इसका बिंदुवार सार बना दो।",
           "इसका छोटा और विनम्र जवाब लिखने में मदद करो।", "मुझे यह ज़िला कार्यालय को भेजना है। पहले क्या हटाना चाहिए?"],
    "th": ["ช่วยจัดเป็นตารางให้เรียบร้อย หนึ่งแถวต่อหนึ่งคนได้ไหม", "ช่วยสรุปเป็นข้อ ๆ สำหรับประชุมทีมพรุ่งนี้",
           "ช่วยร่างคำตอบสั้น ๆ และสุภาพให้หน่อย", "ต้องส่งต่อให้สำนักงานใหญ่ ควรลบอะไรออกก่อน"],
    "zh": ["帮我整理成表格，每人一行。", "帮我概括成要点，明天团队开会用。", "帮我写一个简短礼貌的回复。", "我要把这个转给市里的办公室，发之前应该删掉哪些内容？"],
    "ja": ["これを一人一行の表にまとめてください。", "明日のミーティング用に要点をまとめてください。", "短く丁寧な返信の下書きを手伝ってください。", "本部に転送する前に、何を消しておくべきですか？"],
    "ko": ["이걸 한 사람당 한 줄로 깔끔한 표로 정리해 줄래?", "내일 팀 회의용으로 요점만 정리해 줘.", "짧고 정중한 답장 초안을 써 줘.", "이걸 중앙당에 보내야 하는데, 먼저 뭘 지워야 할까?"],
    "vi": ["Bạn chuyển cái này thành bảng gọn gàng, mỗi người một dòng nhé?", "Tóm tắt giúp mình thành các ý chính cho buổi họp nhóm mai.",
           "Giúp mình viết một câu trả lời ngắn gọn, lịch sự.", "Mình phải gửi cái này lên văn phòng tỉnh. Nên xoá những gì trước?"],
    "tr": ["Bunu düzgün bir tabloya çevirebilir misin, kişi başına bir satır?", "Yarınki ekip toplantısı için bunu maddeler halinde özetle.",
           "Kısa ve nazik bir cevap yazmama yardım et.", "Bunu il başkanlığına göndermem gerekiyor. Önce neleri çıkarmalıyım?"],
}


def wrap(R, lang, kind, body):
    """A request line in the text's language before or after the paste."""
    q = REQ[lang][kind]
    st = R.randrange(5)
    if st == 0:
        return [q, "\n\n", body]
    if st == 1:
        return [q, '\n"""\n', body, '\n"""']
    if st == 2:
        return [body, "\n---\n", q]
    if st == 3:
        return [q, "\n```\n", body, "\n```"]
    return [body, "\n\n", q]


HDR = {  # name, address, phone, email, dob, id, notes
    "en": ("Name", "Address", "Phone", "Email", "DOB", "ID no.", "Notes"),
    "de": ("Name", "Anschrift", "Telefon", "E-Mail", "Geburtsdatum", "Ausweis-/Steuer-Nr.", "Notiz"),
    "fr": ("Nom", "Adresse", "Téléphone", "Courriel", "Date de naissance", "N° pièce", "Remarques"),
    "es": ("Nombre", "Domicilio", "Teléfono", "Correo", "Fecha de nacimiento", "DNI", "Notas"),
    "it": ("Nome", "Indirizzo", "Telefono", "Email", "Data di nascita", "Codice fiscale", "Note"),
    "nl": ("Naam", "Adres", "Telefoon", "E-mail", "Geboortedatum", "BSN", "Opmerking"),
    "pt": ("Nome", "Morada", "Telefone", "E-mail", "Data de nascimento", "NIF/CPF", "Notas"),
    "pl": ("Imię i nazwisko", "Adres", "Telefon", "E-mail", "Data urodzenia", "PESEL", "Uwagi"),
    "sv": ("Namn", "Adress", "Telefon", "E-post", "Födelsedatum", "Personnummer", "Anteckning"),
    "ru": ("ФИО", "Адрес", "Телефон", "Эл. почта", "Дата рождения", "Документ", "Примечание"),
    "el": ("Ονοματεπώνυμο", "Διεύθυνση", "Τηλέφωνο", "Email", "Ημ. γέννησης", "Αρ. ταυτότητας", "Σημειώσεις"),
    "he": ("שם", "כתובת", "טלפון", "דוא\"ל", "תאריך לידה", "ת.ז.", "הערות"),
    "ar": ("الاسم", "العنوان", "الهاتف", "البريد", "تاريخ الميلاد", "الرقم القومي", "ملاحظات"),
    "hi": ("नाम", "पता", "फ़ोन", "ईमेल", "जन्म तिथि", "आधार", "टिप्पणी"),
    "th": ("ชื่อ", "ที่อยู่", "โทร", "อีเมล", "วันเกิด", "เลขบัตร", "หมายเหตุ"),
    "zh": ("姓名", "地址", "电话", "邮箱", "出生日期", "身份证号", "备注"),
    "ja": ("氏名", "住所", "電話", "メール", "生年月日", "番号", "備考"),
    "ko": ("이름", "주소", "전화", "이메일", "생년월일", "번호", "메모"),
    "vi": ("Họ tên", "Địa chỉ", "Điện thoại", "Email", "Ngày sinh", "Số giấy tờ", "Ghi chú"),
    "tr": ("Ad Soyad", "Adres", "Telefon", "E-posta", "Doğum tarihi", "TC Kimlik No", "Not"),
}

# canvass notes in the language (look-alike free text)
NOTE = {
    "en": ["supporter, wants a poster", "undecided, worried about bus cuts", "not home, leaflet left", "moved away", "will vote by post", "against, polite"],
    "de": ["Unterstützer, will Plakat", "unentschlossen, Thema Bus", "nicht angetroffen, Flyer eingeworfen", "Briefwahl geplant", "dagegen, freundlich"],
    "fr": ["soutien, veut une affiche", "indécise, parle des impôts locaux", "absent, tract déposé", "vote par procuration", "contre, courtois"],
    "es": ["apoya, quiere cartel", "indeciso, preocupa el centro de salud", "no estaba, dejamos folleto", "votará por correo", "en contra, amable"],
    "it": ["sostenitore, vuole il manifesto", "indeciso, tema ospedale", "assente, lasciato volantino", "vota fuori sede", "contrario, cortese"],
    "nl": ["voor, wil een raambiljet", "twijfelt, zorgen over de bibliotheek", "niet thuis, folder achtergelaten", "stemt per volmacht"],
    "pt": ["apoiante, quer cartaz", "indeciso, fala do centro de saúde", "ausente, deixámos folheto", "vota antecipadamente"],
    "pl": ["popiera, chce plakat", "niezdecydowany, temat komunikacji", "nieobecny, ulotka zostawiona", "głosuje korespondencyjnie"],
    "sv": ["stöder oss, vill ha affisch", "osäker, oroad för skolan", "ej hemma, flygblad kvar", "förtidsröstar"],
    "ru": ["поддерживает, просит листовки", "не определился, вопрос ЖКХ", "нет дома, оставили газету", "голосует досрочно"],
    "el": ["υποστηρικτής, θέλει αφίσα", "αναποφάσιστος, θέμα νερού", "απών, αφήσαμε φυλλάδιο"],
    "he": ["תומך, רוצה שלט", "מתלבט, נושא חניה", "לא בבית, השארנו עלון"],
    "ar": ["مؤيد، يريد ملصقاً", "متردد، مشكلة المياه", "غير موجود، تركنا منشوراً"],
    "hi": ["समर्थक, पोस्टर चाहिए", "अनिर्णीत, पानी की समस्या", "घर पर नहीं, पर्चा छोड़ा"],
    "th": ["สนับสนุน ขอโปสเตอร์", "ยังไม่ตัดสินใจ เรื่องน้ำประปา", "ไม่อยู่บ้าน ฝากแผ่นพับไว้"],
    "zh": ["支持，想要海报", "犹豫，关心停车问题", "不在家，留了传单"],
    "ja": ["支持、ポスター希望", "未定、バス路線の件", "不在、チラシ投函"],
    "ko": ["지지, 현수막 요청", "미정, 주차 문제", "부재, 전단지 두고 옴"],
    "vi": ["ủng hộ, xin áp phích", "còn phân vân, vấn đề nước sạch", "vắng nhà, để lại tờ rơi"],
    "tr": ["destekçi, afiş istiyor", "kararsız, otobüs hattı", "evde yok, broşür bırakıldı"],
}


# ====================================================================== templates
TPL = []


def tpl(count, clean=False, countries=None):
    def deco(f):
        TPL.append((f.__name__, count, clean, countries or COUNTRIES, f))
        return f
    return deco


def elector_no(R, c):
    if c == "GB":
        return "%s%d-%d" % (R.choice(["KB", "ST", "MO", "BR"]), R.randint(1, 6), R.randint(1, 2400))
    return "%d/%04d" % (R.randint(1, 60), R.randint(1, 3200))


def lst(R, c, n, P, fn):
    rows = []
    for _ in range(n):
        p = P.get(c)
        if p is None:
            break
        rows.append(fn(p))
    return rows


@tpl(40, countries=["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "TR", "GR", "IL", "IN", "MX", "RU", "JP", "KR", "CN", "TH", "EG", "VN"])
def walk_sheet(R, c):
    lg = LANG[c]
    h = HDR[lg]
    o = ORG[c]
    P = People(R)
    out = ["%s — %s\n" % (o[0], R.choice(o[4])), "#;%s;%s;%s;%s\n" % (h[0], h[1], h[2], h[6])]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        row = [N(elector_no(R, c), "elector_number"), ";", PN(p), ";", L("address", address(R, c)), ";"]
        if R.random() < 0.6:
            row += [PH(R, c)]
        row += [";", R.choice(NOTE[lg]), "\n"]
        out += row
    out += ["%s: %d/%d" % ({"en": "doors", "de": "Türen"}.get(lg, "#"), R.randint(20, 80), R.randint(80, 140))]
    return "csv", lg, wrap(R, lg, R.choice([0, 1, 3]), out)


@tpl(36)
def volunteer_roster(R, c):
    lg = LANG[c]
    h = HDR[lg]
    o = ORG[c]
    P = People(R)
    out = ["%s,%s,%s,%s,%s\n" % (h[0], h[2], h[3], "station", "shift")]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        out += [PN(p), ",", PH(R, c), ","]
        out += [EM(R, p)] if R.random() < 0.75 else ["-"]
        out += [",", N(R.choice(o[4]), "polling_district"), ",", N("%02d:00-%02d:00" % (R.choice([7, 9, 13]), R.choice([15, 19, 22])), "shift_time"), "\n"]
    co = P.get(c)
    out += ["-- ", PN(co), " (", N(o[0], "party"), ")"]
    return "csv", lg, wrap(R, lg, R.choice([0, 1]), out)


@tpl(36, countries=["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "GB", "TR", "GR", "BR"])
def membership_renewal(R, c):
    lg = LANG[c]
    h = HDR[lg]
    o = ORG[c]
    P = People(R)
    out = ["%s — renewals %d\n" % (o[0], R.choice([2026, 2027]))]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        out += [N("M-%06d" % R.randint(1000, 999999), "member_number"), " | ", PN(p), " | ", DOB(R, c), " | ",
                L("address", address(R, c)), " | ", EM(R, p), " | "]
        if IBAN_C.get(c) and R.random() < 0.7:
            out += ["IBAN ", IBAN(R, c, R.random() < 0.6)]
        else:
            out += [N(amount(R, c), "amount"), " cash"]
        out += ["\n"]
    return "list", lg, wrap(R, lg, R.choice([0, 3]), out)


@tpl(40, countries=["US", "BR", "ES", "IT", "PT", "PL", "GB", "DE", "FR", "MX", "TR", "IL", "KR", "JP", "CN", "IN", "GR", "RU"])
def donor_records(R, c):
    lg = LANG[c]
    o = ORG[c]
    P = People(R)
    if c == "US":
        out = ["contributor_name,address,employer,occupation,amount,date,aggregate_ytd\n"]
    else:
        out = ["donor;%s;%s;%s;amount;date\n" % (HDR[lg][1], HDR[lg][5], HDR[lg][3])]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        ymd = dob_parts(R)
        if c == "US":
            out += ['"', PN(p, "%s, %s" % (p.family.upper(), p.given.upper())), '","', L("address", address(R, c)), '",',
                    R.choice(["Self-employed", "Quincy Feed & Grain", "Retired", "County Schools"]), ",",
                    R.choice(["Teacher", "Retired", "Farmer", "Nurse", "Electrician"]), ",", N(amount(R, c), "amount"), ",",
                    N("%02d/%02d/2026" % (R.randint(1, 9), R.randint(1, 28)), "contribution_date"), ",", N("$%d" % R.randint(30, 3300), "amount"), "\n"]
        else:
            g = GOV(R, c, p, ymd) if c in ("BR", "ES", "IT", "PT", "PL", "TR", "IL", "CN", "IN") else None
            out += [PN(p), ";", L("address", address(R, c)), ";"]
            out += [g if g else "-", ";"]
            out += [EM(R, p)] if R.random() < 0.5 else ["-"]
            out += [";", N(amount(R, c), "amount"), ";", N("2026-%02d-%02d" % (R.randint(1, 9), R.randint(1, 28)), "contribution_date"), "\n"]
    out += [N("report ref %s-%d" % (c, R.randint(10000, 99999)), "filing_reference")]
    return "csv", lg, wrap(R, lg, R.choice([0, 3, 2]), out)


@tpl(36, countries=["IT", "ES", "PL", "FR", "PT", "GB", "DE", "NL", "SE", "BR", "TR", "IL", "IN", "CN", "VN", "TH", "EG"])
def petition_sheet(R, c):
    lg = LANG[c]
    h = HDR[lg]
    P = People(R)
    topic = {"IL": "עצומה מס' %d", "IN": "याचिका क्र. %d", "CN": "联名信 第%d号", "VN": "Kiến nghị số %d", "TH": "ข้อเสนอหมายเลข %d", "EG": "عريضة رقم %d", "IT": "Proposta di legge di iniziativa popolare n. %d", "ES": "ILP registro %d/2026", "PL": "Obywatelski projekt ustawy, druk nr %d",
             "FR": "Pétition n° %d — réouverture de la gare", "PT": "Petição n.º %d/XV", "GB": "Petition ref. %d — save the Lido",
             "DE": "Bürgerbegehren Nr. %d Freibad", "NL": "Burgerinitiatief %d", "SE": "Medborgarförslag %d", "BR": "Projeto de iniciativa popular %d",
             "TR": "Dilekçe no. %d"}[c]
    out = [N(topic % R.randint(10, 999), "petition_number"), "\n", "%s | %s | %s | %s\n" % (h[0], h[4], h[1], h[5])]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        ymd = dob_parts(R)
        out += [PN(p), " | "]
        if c in ("IT", "ES", "PL", "PT", "FR", "BR", "TR"):
            out += [DOB(R, c, ymd), " | "]
        else:
            out += ["- | "]
        out += [L("address", address(R, c)), " | "]
        g = GOV(R, c, p, ymd) if c in ("IT", "ES", "PL", "PT", "BR", "TR", "IL", "IN", "CN") else None
        out += [g if g else "", " | [✍]\n"]
    return "form", lg, wrap(R, lg, R.choice([0, 3, 1]), out)


@tpl(24, countries=["GB"])
def nomination_paper(R, c):
    P = People(R)
    cand = P.get(c)
    out = ["NOMINATION PAPER — Kettering Borough Council, ", N(R.choice(["Brambleside ward", "Tanyard ward", "Pytchley ward"]), "ward"),
           "\nCandidate: ", PN(cand, "%s, %s" % (cand.family.upper(), cand.given)), ", home address ", L("address", address(R, c)), "\n"]
    for role in ["Proposer", "Seconder"] + ["Assentor %d" % i for i in range(1, R.randint(3, 5))]:
        p = P.get(c)
        if p is None:
            break
        out += ["%s: " % role, PN(p), " — elector no. ", N(elector_no(R, c), "elector_number"), "\n"]
    out += ["Delivered by the agent on ", N("%d April 2026" % R.randint(1, 9), "deadline_date")]
    return "form", "en", wrap(R, "en", R.choice([1, 3]), out)


@tpl(36, countries=["GB", "FR", "DE", "NL", "ES", "IT", "SE", "PL", "US"])
def postal_proxy(R, c):
    lg = LANG[c]
    h = HDR[lg]
    P = People(R)
    p = P.get(c)
    ymd = dob_parts(R)
    title = {"GB": "Application for a postal vote / proxy", "FR": "Procuration de vote — Maprocuration", "DE": "Antrag auf Briefwahlunterlagen",
             "NL": "Verzoek om volmachtbewijs", "ES": "Solicitud de voto por correo", "IT": "Domanda di voto domiciliare",
             "SE": "Ansökan om brevröstning", "PL": "Wniosek o głosowanie korespondencyjne", "US": "Absentee Ballot Application"}[c]
    out = [title, "\n", h[0], ": ", PN(p), "\n", h[1], ": ", L("address", address(R, c)), "\n", h[4], ": ", DOB(R, c, ymd), "\n"]
    if c == "GB":
        out += ["National Insurance number: ", GOV(R, c, p, ymd), "\n"]
    elif c == "FR":
        out += ["Numéro national d'électeur : ", N("%09d" % R.randint(10 ** 8, 10 ** 9 - 1), "elector_number"), "\n"]
    elif c == "US":
        out += ["Last 4 of SSN: ", N("%04d" % R.randint(1, 9999), "ssn_last4"), "  Voter ID: ", N("%d" % R.randint(10 ** 8, 10 ** 9), "voter_id"), "\n"]
    elif c == "PL":
        out += [h[5], ": ", GOV(R, c, p, ymd), "\n"]
    out += [h[3], ": ", EM(R, p), "\n", h[2], ": ", PH(R, c), "\n"]
    q = P.get(c)
    if q is not None and R.random() < 0.6:
        out += ["Proxy / mandataire: ", PN(q), ", ", L("address", address(R, c)), "\n"]
    out += ["Election: ", N("%d %s 2026" % (R.randint(1, 28), MONTHS["en"][R.randint(2, 10)]), "election_date")]
    return "form", lg, wrap(R, lg, R.choice([0, 1, 3]), out)


@tpl(30)
def polling_incident(R, c):
    lg = LANG[c]
    o = ORG[c]
    P = People(R)
    po = P.get(c)
    clerk = P.get(c)
    voter = P.get(c)
    t = "%02d:%02d" % (R.randint(7, 21), R.randint(0, 59))
    out = ["Polling station: ", N(R.choice(o[4]), "polling_district"), "\nPresiding officer: ", PN(po), " ", PH(R, c), "\nClerk: ", PN(clerk), "\n\n",
           N(t, "time"), " voter ", PN(voter), " ", R.choice(["said she had already been marked as voted", "arrived without ID and was turned away", "asked for help with the ballot paper", "complained about a leaflet near the entrance"]),
           ". Ballot paper no. ", N("%05d" % R.randint(1, 99999), "ballot_number"), " spoilt and replaced. Contact: ", PH(R, c),
           ".\nTurnout so far ", N("%d%%" % R.randint(18, 71), "percentage"), "."]
    return "log", lg, wrap(R, lg, 1, out)


CASE = {
    "en": {"housing": "damp flat, landlord not answering", "visa": "spouse visa delay", "benefits": "payments stopped",
           "rel_m": "My husband", "rel_f": "My sister", "born": "born", "passport": "passport", "waiting": "has been waiting %d weeks for a decision, ref",
           "stopped": "My payments stopped two months ago and nobody calls back. My date of birth is", "number": " and my number is",
           "damp": "The damp in our flat is getting worse and the landlord does not answer. Council case no.", "note": "internal note", "assigned": "Assigned to"},
    "de": {"housing": "Schimmel in der Wohnung", "visa": "Visum für meinen Mann", "benefits": "Zahlungen eingestellt",
           "rel_m": "Mein Mann", "rel_f": "Meine Schwester", "born": "geb.", "passport": "Reisepass", "waiting": "wartet seit %d Wochen auf eine Entscheidung, Az.",
           "stopped": "Seit zwei Monaten kommt kein Geld mehr. Mein Geburtsdatum ist der", "number": ", meine Steuer-ID",
           "damp": "Der Schimmel wird schlimmer und die Hausverwaltung meldet sich nicht. Vorgang", "note": "interne Notiz", "assigned": "Zuständig:"},
    "fr": {"housing": "logement insalubre", "visa": "visa de mon époux", "benefits": "versements suspendus",
           "rel_m": "Mon mari", "rel_f": "Ma sœur", "born": "né(e) le", "passport": "passeport", "waiting": "attend une réponse depuis %d semaines, dossier",
           "stopped": "Mes versements sont suspendus depuis deux mois. Je suis né(e) le", "number": ", numéro de sécurité sociale",
           "damp": "L'humidité s'aggrave et le bailleur ne répond pas. Dossier", "note": "note interne", "assigned": "Suivi par"},
    "es": {"housing": "humedad en el piso", "visa": "visado de mi marido", "benefits": "prestación suspendida",
           "rel_m": "Mi marido", "rel_f": "Mi hermana", "born": "nacido el", "passport": "pasaporte", "waiting": "lleva %d semanas esperando respuesta, expediente",
           "stopped": "Me han suspendido la prestación hace dos meses. Mi fecha de nacimiento es", "number": " y mi DNI",
           "damp": "La humedad va a peor y el casero no contesta. Expediente", "note": "nota interna", "assigned": "Asignado a"},
    "it": {"housing": "muffa in casa", "visa": "visto per mio marito", "benefits": "pagamenti sospesi",
           "rel_m": "Mio marito", "rel_f": "Mia sorella", "born": "nato il", "passport": "passaporto", "waiting": "aspetta da %d settimane, pratica",
           "stopped": "I pagamenti sono sospesi da due mesi. Sono nato/a il", "number": ", codice fiscale",
           "damp": "La muffa peggiora e il proprietario non risponde. Pratica", "note": "nota interna", "assigned": "Assegnato a"},
    "nl": {"housing": "schimmel in de woning", "visa": "visum voor mijn man", "benefits": "uitkering gestopt",
           "rel_m": "Mijn man", "rel_f": "Mijn zus", "born": "geboren", "passport": "paspoort", "waiting": "wacht al %d weken op een besluit, zaak",
           "stopped": "Mijn uitkering is al twee maanden gestopt. Mijn geboortedatum is", "number": " en mijn BSN",
           "damp": "De schimmel wordt erger en de verhuurder reageert niet. Zaak", "note": "interne notitie", "assigned": "Toegewezen aan"},
    "pt": {"housing": "humidade em casa", "visa": "visto do meu marido", "benefits": "prestação suspensa",
           "rel_m": "O meu marido", "rel_f": "A minha irmã", "born": "nascido a", "passport": "passaporte", "waiting": "espera há %d semanas, processo",
           "stopped": "A minha prestação foi suspensa há dois meses. A minha data de nascimento é", "number": " e o meu NIF",
           "damp": "A humidade está pior e o senhorio não responde. Processo", "note": "nota interna", "assigned": "Atribuído a"},
}


@tpl(40, countries=["GB", "US", "DE", "FR", "NL", "IT", "ES", "PT", "SE", "PL", "IN", "IL", "EG", "RU", "GR", "TR", "VN", "TH"])
def casework(R, c):
    # constituent writes to the member's office; the writer is a caseworker
    lg = LANG[c]
    P = People(R)
    p = P.get(c)
    cw = P.get(c)
    ymd = dob_parts(R)
    o = ORG[c]
    issue = R.choice(["housing", "visa", "benefits", "benefits" if c in ("US", "GB", "NL", "DE") else "visa"])
    T = CASE.get(lg, CASE["en"])
    out = ["From: ", PN(p), " <", EM(R, p), ">\nTo: ", N("casework@" + o[1], "role_mailbox"), "\nSubject: ", T[issue], "\n\n"]
    if issue == "visa":
        fam = P.get(R.choice(["IN", "EG", "VN", "TH", "RU", "CN", "TR", "MX"]))
        fy = dob_parts(R)
        out += [T["rel_m"] if not fam.female else T["rel_f"], " ", PN(fam, fam.roman if fam.c in NATIVE and lg != LANG[fam.c] else None), " (", T["born"], " ", DOB(R, c, fy), ", ", T["passport"], " ",
                L("gov_id", passport(R, fam.c), sub="passport", country=fam.c), ") ", T["waiting"] % R.randint(9, 40), " ",
                N("GWF%09d" % R.randint(10 ** 7, 10 ** 9 - 1), "case_reference"), ".\n"]
    elif issue == "benefits":
        g = GOV(R, c, p, ymd)
        out += [T["stopped"], " ", DOB(R, c, ymd)]
        out += ([T["number"], " ", g, ".\n"] if g else [".\n"])
    else:
        out += [T["damp"], " ", N("HSG-%05d" % R.randint(100, 99999), "case_reference"), ".\n"]
    out += ["\n", PN(p), "\n", L("address", address(R, c)), "\n", PH(R, c), "\n\n--- ", T["note"], " ---\n", T["assigned"], " ", PN(cw),
            " (", EM(R, cw, o[1], sub="work"), ")."]
    return "email", lg, wrap(R, lg, R.choice([2, 3, 1]), out)


@tpl(30, countries=["GB", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "PL", "JP", "KR", "CN", "IN", "BR", "MX", "US"])
def surgery_notes(R, c):
    lg = LANG[c]
    o = ORG[c]
    P = People(R)
    out = ["Surgery notes — ", N(R.choice(o[4]), "ward"), ", ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "meeting_date"), "\n"]
    for k in range(R.randint(2, 3)):
        p = P.get(c)
        out += ["%d. " % (k + 1), PN(p), ", ", L("address", address(R, c)), " — ", R.choice(NOTE[lg] + ["bin collections", "streetlight out", "school place appeal", "parking permit"]), ". Tel ", PH(R, c), "\n"]
    out += ["Follow-up by the assistant before the next ", N("full council", "meeting"), "."]
    return "notes", lg, wrap(R, lg, 1, out)


@tpl(26)
def press_list(R, c):
    lg = LANG[c]
    o = ORG[c]
    P = People(R)
    outlets = ["Morning Ledger", "Radio Valley", "Civic Wire", "Regional TV News", "The Weekly Tribune", "Courier Online"]
    out = ["outlet\tjournalist\temail\tmobile\n"]
    for k in range(R.randint(2, 4)):
        if R.random() < 0.35:  # a foreign correspondent: the number belongs to another country
            oc = R.choice([x for x in COUNTRIES if x != c])
            p = P.get(oc)
            ph = L("phone", phone(R, oc, True), sub="mobile", region=c, plan=oc)
        else:
            p = P.get(c)
            ph = PH(R, c, True) if R.random() < 0.5 else PH(R, c)
        out += [N(R.choice(outlets), "outlet"), "\t", PN(p), "\t", EM(R, p), "\t", ph, "\n"]
    out += ["press office: ", N("press@" + o[1], "role_mailbox"), " / ", N(o[3], "switchboard")]
    return "csv", lg, wrap(R, lg, R.choice([0, 3]), out)


@tpl(28)
def event_rsvp(R, c):
    lg = LANG[c]
    P = People(R)
    out = ["RSVP — fundraiser dinner, ", N(ORG[c][2], "hq_address"), "\n"]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        out += ["- ", PN(p), " <", EM(R, p), ">"]
        q = P.get(c) if R.random() < 0.4 else None
        if q:
            out += [" +1 ", PN(q)]
        if R.random() < 0.4:
            out += [" ", PH(R, c)]
        out += [" — ", R.choice(["veg", "no nuts", "halal", "yes", "maybe"]), "\n"]
    out += ["Tickets sold: ", N(str(R.randint(40, 180)), "count")]
    return "list", lg, wrap(R, lg, R.choice([0, 1]), out)


@tpl(34)
def phonebank_log(R, c):
    lg = LANG[c]
    P = People(R)
    caller = P.get(c)
    out = ["caller: ", PN(caller, caller.given if c not in ("CN", "KR", "JP") else caller.full), "\nname | phone | result\n"]
    for k in range(R.randint(3, 4)):
        p = P.get(c)
        out += [PN(p), " | ", PH(R, c), " | ", R.choice(["SUP", "UND", "AGN", "NA", "VM", "WRONG#"]), "\n"]
    out += ["script v", N("%d.%d" % (R.randint(1, 4), R.randint(0, 9)), "version")]
    return "log", lg, wrap(R, lg, R.choice([1, 3]), out)


def mailchimp_key(R):
    return rnd(R, "0123456789abcdef", 32) + "-us%d" % R.randint(2, 21)


@tpl(34)
def tool_config(R, c):
    lg = LANG[c]
    o = ORG[c]
    P = People(R)
    owner = P.get(c)
    out = ["# campaign tools — ", N(o[0], "party"), "\n",
           "MAILCHIMP_API_KEY=", L("secret", mailchimp_key(R), sub="api_key"), "\n",
           "MAILCHIMP_LIST_ID=", N(rnd(R, "0123456789abcdef", 10), "list_id"), "\n"]
    if R.random() < 0.6:
        out += ["STRIPE_SECRET_KEY=", L("secret", "sk_live_" + rnd(R, ALNUM, 24), sub="stripe"), "\n",
                "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n"]
    if R.random() < 0.5:
        out += ["TWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"), "\n"]
    out += ["DB_URL=postgres://crm:", L("secret", secret_random(R, "password"), sub="password"), "@", N(lan_ip(R), "lan_ip"), ":5432/voters\n",
            "SERVER_IP=", IP(R), "\n", "TEST_IP=", N(doc_ip(R), "documentation_ip"), "\n",
            "ADMIN_EMAIL=", EM(R, owner, o[1], sub="work"), "\n", "ALERTS_TO=", N("webmaster@" + o[1], "role_mailbox"), "\n"]
    return "config", lg, wrap(R, lg, R.choice([1, 3]), ["# owner: ", PN(owner), "\n"] + out)


@tpl(34)
def crm_export(R, c):
    lg = LANG[c]
    P = People(R)
    out = ["[\n"]
    n = R.choice([2, 2, 3])
    for k in range(n):
        p = P.get(c)
        out += ['  {"id": ', N(str(R.randint(10000, 999999)), "record_id"), ', "first_name": "', PN(p, p.given), '", "last_name": "', PN(p, p.family), '", "email": "', EM(R, p),
                '", "mobile": "', PH(R, c), '", "address": "', L("address", address(R, c)), '"']
        if R.random() < 0.5:
            out += [', "birthdate": "', DOB(R, c), '"']
        out += [', "tags": ["', R.choice(["volunteer", "donor", "yard-sign", "host"]), '"], "support_level": ', N(str(R.randint(1, 5)), "score"), "}", ",\n" if k < n - 1 else "\n"]
    out += ["]"]
    return "code", lg, wrap(R, lg, R.choice([0, 3]), out)


@tpl(26, countries=["US", "GB", "DE", "FR", "NL", "ES", "IT", "BR", "MX", "PL", "SE"])
def donation_webhook(R, c):
    lg = LANG[c]
    P = People(R)
    p = P.get(c)
    out = ['POST /webhooks/donations 200\n{"event": "contribution.created", "contribution_id": "', N("ctb_" + rnd(R, ALNUM, 14), "transaction_id"),
           '", "amount": "', N(amount(R, c), "amount"), '", "donor": {"name": "', PN(p), '", "email": "', EM(R, p),
           '", "address": "', L("address", address(R, c)), '", "ip": "', IP(R), '"}, ']
    if c in ("DE", "FR", "NL", "ES", "IT") and R.random() < 0.5:
        out += ['"sepa": {"iban": "', IBAN(R, c, False), '", "mandate": "', N("MD-%08d" % R.randint(1, 10 ** 8), "mandate_ref"), '"}}']
    else:
        out += ['"debug_raw_card": "', CARD(R), '", "exp": "', N("%02d/%d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), '"}']
    out += ["\nsignature header: ", L("secret", "whsec_" + rnd(R, ALNUM, 32), sub="webhook_secret")]
    return "http", lg, wrap(R, lg, R.choice([1, 3]), out)


@tpl(26)
def access_log(R, c):
    lg = LANG[c]
    P = People(R)
    out = []
    for k in range(R.randint(4, 6)):
        ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        r = R.random()
        if r < 0.4:
            p = P.get(c)
            out += [N(ts, "timestamp"), " ", IP(R, "ipv6" if R.random() < 0.2 else "ipv4"), " POST /admin/login 302 user=", EM(R, p, ORG[c][1], sub="work"), "\n"]
        elif r < 0.7:
            out += [N(ts, "timestamp"), " ", IP(R), " POST /donate 429 rate-limited\n"]
        else:
            out += [N(ts, "timestamp"), " ", N(lan_ip(R), "lan_ip"), " GET /healthz 200\n"]
    return "log", lg, wrap(R, lg, R.choice([1, 3]), out)


@tpl(22)
def union_notes(R, c):
    lg = LANG[c]
    P = People(R)
    rep = P.get(c)
    out = ["Union branch — grievance notes (rep: ", PN(rep), ")\n"]
    for k in range(R.randint(2, 4)):
        p = P.get(c)
        out += ["* ", PN(p), ", staff no. ", N("E%05d" % R.randint(1, 99999), "staff_number"), ", ", PH(R, c), " — ",
                R.choice(["shift cuts", "unpaid overtime", "disciplinary hearing", "ballot for strike action"]), "\n"]
    out += ["Ballot result: ", N("%d%% yes on a %d%% turnout" % (R.randint(55, 92), R.randint(41, 80)), "percentage")]
    return "notes", lg, wrap(R, lg, R.choice([1, 2]), out)


@tpl(22)
def sms_list(R, c):
    lg = LANG[c]
    P = People(R)
    out = ["phone,first_name,opt_in,segment\n"]
    for k in range(R.randint(3, 4)):
        p = P.get(c)
        out += [PH(R, c, True), ",", PN(p, p.given), ",", R.choice(["yes", "yes", "STOP"]), ",", N(R.choice(ORG[c][4]), "polling_district"), "\n"]
    out += ["sender id: ", N(ORG[c][0][:11].upper().replace(" ", ""), "sender_id")]
    return "csv", lg, wrap(R, lg, R.choice([0, 3]), out)


# ----------------------------------------------------------------- clean templates
FAMOUS = {
    "en": ["Clement Attlee", "Eleanor Roosevelt", "Abraham Lincoln", "Margaret Thatcher", "Nelson Mandela", "Winston Churchill", "Shirley Chisholm"],
    "de": ["Willy Brandt", "Konrad Adenauer", "Helmut Schmidt", "Marie Juchacz", "Otto von Bismarck"],
    "fr": ["Charles de Gaulle", "Simone Veil", "Léon Blum", "Jean Jaurès", "Georges Clemenceau"],
    "es": ["Adolfo Suárez", "Clara Campoamor", "Felipe González", "Dolores Ibárruri"],
    "it": ["Alcide De Gasperi", "Nilde Iotti", "Enrico Berlinguer", "Sandro Pertini"],
    "nl": ["Willem Drees", "Aletta Jacobs", "Johan Rudolph Thorbecke", "Joop den Uyl"],
    "pt": ["Mário Soares", "Getúlio Vargas", "Juscelino Kubitschek", "Maria de Lourdes Pintasilgo"],
    "pl": ["Tadeusz Mazowiecki", "Józef Piłsudski", "Lech Wałęsa"],
    "sv": ["Olof Palme", "Tage Erlander", "Per Albin Hansson"],
    "ru": ["Пётр Столыпин", "Сергей Витте", "Александр Керенский"],
    "el": ["Ελευθέριος Βενιζέλος", "Χαρίλαος Τρικούπης", "Κωνσταντίνος Καραμανλής"],
    "he": ["דוד בן-גוריון", "גולדה מאיר", "מנחם בגין"],
    "ar": ["سعد زغلول", "جمال عبد الناصر", "أنور السادات"],
    "hi": ["जवाहरलाल नेहरू", "सरदार वल्लभभाई पटेल", "भीमराव आम्बेडकर"],
    "th": ["ปรีดี พนมยงค์", "ป๋วย อึ๊งภากรณ์"],
    "zh": ["孙中山", "梁启超", "蔡元培"],
    "ja": ["吉田茂", "伊藤博文", "市川房枝"],
    "ko": ["김구", "안창호", "여운형"],
    "vi": ["Phan Châu Trinh", "Phan Bội Châu"],
    "tr": ["Mustafa Kemal Atatürk", "İsmet İnönü", "Adnan Menderes"],
}
FAMQ = {
    "en": "Why is %s still quoted in campaign speeches? Give me three examples I could use in a leaflet.",
    "de": "Warum wird %s im Wahlkampf immer noch zitiert? Nenn mir drei Beispiele für einen Flyer.",
    "fr": "Pourquoi cite-t-on encore %s dans les meetings ? Donne-moi trois exemples pour un tract.",
    "es": "¿Por qué se sigue citando a %s en los mítines? Dame tres ejemplos para un folleto.",
    "it": "Perché %s viene ancora citato nei comizi? Dammi tre esempi per un volantino.",
    "nl": "Waarom wordt %s nog steeds aangehaald in campagnes? Geef drie voorbeelden voor een folder.",
    "pt": "Por que %s ainda é citado nos comícios? Dá-me três exemplos para um panfleto.",
    "pl": "Dlaczego %s wciąż pojawia się w przemówieniach wyborczych? Podaj trzy przykłady do ulotki.",
    "sv": "Varför citeras %s fortfarande i valtal? Ge mig tre exempel till ett flygblad.",
    "ru": "Почему %s до сих пор цитируют на предвыборных встречах? Приведи три примера для листовки.",
    "el": "Γιατί ο %s αναφέρεται ακόμα σε προεκλογικές ομιλίες; Δώσε μου τρία παραδείγματα για φυλλάδιο.",
    "he": "למה עדיין מצטטים את %s בנאומי בחירות? תן לי שלוש דוגמאות לעלון.",
    "ar": "لماذا ما زال %s يُقتبس في الخطابات الانتخابية؟ أعطني ثلاثة أمثلة لمنشور.",
    "hi": "चुनावी भाषणों में आज भी %s को क्यों उद्धृत किया जाता है? पर्चे के लिए तीन उदाहरण दो।",
    "th": "ทำไม %s ยังถูกอ้างถึงในการหาเสียง ขอตัวอย่างสามข้อสำหรับแผ่นพับ",
    "zh": "为什么竞选演讲里还常引用%s？给我三个可以写进传单的例子。",
    "ja": "なぜ今も選挙演説で%sが引用されるのですか？チラシに使える例を三つ挙げてください。",
    "ko": "왜 아직도 선거 연설에서 %s 이야기가 나올까? 전단지에 쓸 예시 세 개만 알려 줘.",
    "vi": "Vì sao %s vẫn được nhắc đến trong các bài phát biểu vận động? Cho mình ba ví dụ để in tờ rơi.",
    "tr": "%s neden hâlâ seçim konuşmalarında anılıyor? Broşür için üç örnek ver.",
}


@tpl(40, clean=True)
def famous_question(R, c):
    lg = LANG[c]
    names = R.sample(FAMOUS[lg], min(len(FAMOUS[lg]), R.randint(1, 2)))
    out = [FAMQ[lg] % names[0]]
    out = [FAMQ[lg].split("%s")[0], N(names[0], "public_figure"), FAMQ[lg].split("%s")[1]]
    if len(names) > 1:
        out += ["\n(", N(names[1], "public_figure"), " — ", N(ORG[c][0], "party"), ", ", N(ORG[c][4][0], "ward"), ")"]
    out += ["\n\nContext: our candidate speaks at ", N(ORG[c][2], "hq_address"), " on ", N("%d.%d.2026" % (R.randint(1, 28), R.randint(1, 12)), "event_date"), "."]
    return "question", lg, out


@tpl(40, clean=True)
def results_table(R, c):
    lg = LANG[c]
    o = ORG[c]
    out = ["%s — %s\n" % ("results", o[4][0]), "list;votes;%\n"]
    tot = 0
    rows = []
    for nm in [o[0], "Independents", "Green Tide", "Citizens First"]:
        v = R.randint(300, 9000)
        tot += v
        rows.append((nm, v))
    for nm, v in rows:
        out += [N(nm, "party"), ";", N(str(v), "vote_count"), ";", N("%.1f" % (100.0 * v / tot), "percentage"), "\n"]
    out += ["turnout ", N("%.1f%%" % R.uniform(31, 78), "percentage"), ", spoilt ballots ", N(str(R.randint(10, 300)), "count"), ", ballot boxes ", N("%d-%d" % (R.randint(1, 20), R.randint(21, 60)), "ballot_number")]
    return "csv", lg, wrap(R, lg, 1, out)


@tpl(40, clean=True)
def contact_sheet(R, c):
    lg = LANG[c]
    o = ORG[c]
    out = [N(o[0], "party"), "\n", N(o[2], "hq_address"), "\nSwitchboard: ", N(o[3], "switchboard"), "\nPress office: ", N("press@" + o[1], "role_mailbox"),
           "\nMembership: ", N("members@" + o[1], "role_mailbox"), "\nWeb: https://www.", o[1], "\nOffice hours Mon-Fri 09:00-17:00. Registered number ", N("%d" % R.randint(100000, 999999), "registration_number"), "."]
    return "notice", lg, wrap(R, lg, R.choice([2, 3]), out)


WORDSENT = [
    "Will the count start before midnight if the boxes from the rural wards are late?",
    "Mark the tally sheets in blue ink and keep them with the ballot paper account.",
    "Grant access to the count centre only to accredited agents.",
    "Chase the printers: the poll cards for district KB3 still have the old polling station.",
    "Frank feedback from the doorstep: people want the bus route back.",
    "Rosa-Luxemburg-Platz is closed on Saturday, so the street stall moves to the market.",
    "Bill 214 and motion 37 go to second reading on Thursday; amendment 5 was withdrawn.",
    "Dawn leafleting at the station again, then the school gates at 8:30.",
    "Summer recess starts on 24 July; the by-election writ is expected before then.",
    "Hope Street and Faith Lane are in the new boundary, Charity Row is not.",
]


@tpl(40, clean=True)
def agenda_notes(R, c):
    lg = "en" if R.random() < 0.5 else LANG[c]
    s = R.sample(WORDSENT, R.randint(3, 5))
    out = ["Agenda — ", N(ORG[c][4][0], "ward"), " branch meeting, ", N("%d/%d/2026" % (R.randint(1, 28), R.randint(1, 12)), "meeting_date"), "\n"]
    for k, x in enumerate(s):
        out += ["%d. " % (k + 1), N(x, "name_as_word"), "\n"]
    out += ["Motion ", N("M-%d/%d" % (R.randint(1, 99), R.choice([25, 26])), "motion_number"), " carried ", N("%d-%d" % (R.randint(10, 30), R.randint(0, 9)), "vote_count")]
    return "notes", lg, wrap(R, lg, R.choice([1, 2]), out)


SAMPLES = [("John Doe", "123 Main Street, Anytown", "john.doe@example.com", "(555) 010-0000"),
           ("Max Mustermann", "Musterstraße 1, 12345 Musterstadt", "max@example.de", "0123 4567890"),
           ("Mario Rossi", "Via Roma 1, 00100 Roma", "mario.rossi@example.it", "000 000 0000"),
           ("Jan Kowalski", "ul. Przykładowa 1, 00-000 Warszawa", "jan@example.pl", "000 000 000"),
           ("Jean Dupont", "1 rue de l'Exemple, 75000 Paris", "jean.dupont@example.fr", "00 00 00 00 00"),
           ("Fulano de Tal", "Rua Exemplo, 0, São Paulo - SP", "fulano@example.com.br", "(00) 00000-0000")]


@tpl(40, clean=True)
def form_guidance(R, c):
    lg = LANG[c]
    s = R.choice(SAMPLES)
    out = ["Signup form help text\nName: e.g. ", N(s[0], "sample_name"), "\nAddress: e.g. ", N(s[1], "sample_address"), "\nEmail: ", N(s[2], "sample_email"),
           "\nPhone: ", N(s[3], "sample_phone"), "\nAPI key: ", N("<your-mailchimp-key>", "placeholder"), "\nWebhook allowlist: ", N(doc_ip(R), "documentation_ip"),
           ", ", N(lan_ip(R), "lan_ip"), "\nDefault district: ", N(ORG[c][4][1], "polling_district")]
    return "form", lg, wrap(R, lg, R.choice([1, 3]), out)


# ====================================================================== rules
ROLE = ("casework@", "press@", "members@", "webmaster@", "info@")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8})\b")
PUBLIC_OK = ()
PARTICLES = {"el", "de", "van", "der", "dell", "văn", "thị", "đình", "hoài"}
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def outside(text, spans):
    """The text with every label blanked (same length)."""
    t = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def ids_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"\D", "", v)
    if sp["type"] == "card":
        return luhn_ok(d) and 13 <= len(d) <= 19
    if sp["type"] == "iban":
        c = v.replace(" ", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if sp["type"] == "ip":
        return ipaddress.ip_address(v).is_global
    if sp["type"] == "email":
        return "example" not in v and not v.startswith(ROLE)
    if sp["type"] == "gov_id":
        if sub == "steuer_id":
            return steuerid_ok(d)
        if sub == "nir":
            c = v.replace(" ", "")
            return nir_ok(c[:13], c[13:])
        if sub == "dni":
            return DNI_LETTERS[int(v[:8]) % 23] == v[8]
        if sub == "bsn":
            return bsn_ok(d)
        if sub == "aadhaar":
            return verhoeff_ok(d)
        if sub == "cpf":
            return cpf_ok(d)
        if sub == "pesel":
            return pesel_ok(d)
        if sub == "personnummer":
            return luhn_ok(d)
        if sub == "nif":
            return nif_pt_ok(d)
        if sub == "tc_kimlik":
            return tckn_ok(d)
        if sub == "teudat_zehut":
            return il_id_ok(d)
        if sub == "resident_id":
            return cn_id_ok(v)
        if sub == "codice_fiscale":
            from corpuslib import cf_check
            return cf_check(v[:15]) == v[15]
        if sub == "ssn":
            a, g, s = v.split("-")
            return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
    return True


def problems(rec, clean):
    t, spans = rec["text"], rec["spans"]
    out = []
    if not 120 <= len(t) <= 2500:
        out.append("length")
    if clean and spans:
        out.append("clean with labels")
    if not clean and not spans:
        out.append("no labels")
    for sp in spans:
        if not ids_ok(sp):
            out.append("bad %s %s" % (sp["type"], sp["value"]))
    o = outside(t, spans)
    for m in EMAIL_RE.finditer(o):
        e = m.group(0)
        if not (e.startswith(ROLE) or "example" in e):
            out.append("email outside " + e)
    for m in IPV4_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group(1)).is_global:
                out.append("ip outside " + m.group(1))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group(1)).is_global:
                out.append("ipv6 outside " + m.group(1))
        except ValueError:
            pass
    for m in re.finditer(r"\d[\d \-.\u00a0\u202f]{11,40}\d", o):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            s = ""
            for j in range(i, len(groups)):
                s += groups[j]
                if 13 <= len(s) <= 19 and luhn_ok(s) and len(set(s)) > 1:
                    out.append("luhn outside " + s)
    for m in re.finditer(r"\d{13,19}", o):
        if luhn_ok(m.group(0)) and len(set(m.group(0))) > 1:
            out.append("luhn outside " + m.group(0))
    for m in IBAN_RE.finditer(o):
        c = m.group(1).replace(" ", "")
        if c[:2] in IBAN_LEN and len(c) >= IBAN_LEN[c[:2]] and iban_mod97(c[:IBAN_LEN[c[:2]]]) == 1:
            out.append("iban outside " + c)
    words = set()
    for sp in spans:
        if sp["type"] == "person":
            for w in re.split(r"[\s,\-'/]+", sp["value"]):
                if len(w) >= 2 and w.lower() not in PARTICLES:
                    words.add(w)
    for w in words:
        if CJK.search(w):
            if w in o:
                out.append("name word outside " + w)
        elif re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", o, re.I):
            out.append("name word outside " + w)
    return out


# ====================================================================== generation
def generate(badset=frozenset()):
    recs, dropped = [], Counter()
    why = []
    for name, count, clean, countries, fn in TPL:
        kept = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            c = countries[i % len(countries)]
            try:
                form, lang, parts = fn(R, c)
            except Exhausted:
                dropped[name] += 1
                why.append((name, "names used up"))
                continue
            rec = build("x", form, lang, parts)
            rec["_c"] = c
            rec["_t"] = name
            pr = problems(rec, clean)
            if any(sp["type"] == "phone" and sp["value"] in badset for sp in rec["spans"]):
                pr = ["phone rejected by pv"] + pr
            if pr:
                dropped[name] += 1
                why.append((name, pr[0]))
                continue
            if any(rec["text"] == k["text"] for k in kept):
                continue
            kept.append(rec)
            if len(kept) == count:
                break
        assert len(kept) == count, (name, len(kept))
        recs += kept
    # phones through pv
    items = sorted({(sp["value"], sp["region"], sp.get("plan", sp["region"])) for r in recs for sp in r["spans"] if sp["type"] == "phone"})
    bad = pv_check(items)
    return recs, dropped, why, items, bad


def finish(recs):
    R = random.Random(SHUFFLE_SEED)
    R.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r2 = {"id": PREFIX + "%05d" % i, "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            r2["neg"] = r["neg"]
        out.append(r2)
    return out


def main():
    badset = set()
    while True:
        recs, dropped, why, items, bad = generate(frozenset(badset))
        if bad is None:
            raise SystemExit("pv missing: /tmp/pv/pv")
        if not bad:
            break
        badset |= {ln.split("\t")[1] for ln in bad}
    final = finish(recs)
    texts = [r["text"] for r in final]
    assert len(set(texts)) == len(texts), "repeated text"
    for r in final:
        check_record(r)
    if "--check" in sys.argv:
        want = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in final)
        have = open(OUT, encoding="utf-8").read()
        assert have == want, "heldout42.jsonl differs from a fresh generation"
        assert sum(1 for r in final if not r["spans"]) == 200 and len(final) == 800
        assert bad is not None, "pv missing"
        for r in final:
            clean = not r["spans"]
            assert not problems(r, clean), (r["id"], problems(r, clean))
        print("ok: %d records, %d phones valid, file identical" % (len(final), len(items)))
        return
    if "--stats" in sys.argv:
        tc = Counter(sp["type"] for r in final for sp in r["spans"])
        print("records", len(final), "clean", sum(1 for r in final if not r["spans"]), "labels", sum(tc.values()))
        print(dict(tc.most_common()))
        print("lang", dict(Counter(r["lang"] for r in final).most_common()))
        print("form", dict(Counter(r["form"] for r in final).most_common()))
        print("country", dict(Counter(r["_c"] for r in recs if r["spans"]).most_common()))
        print("templates", {n: c for n, c, *_ in TPL})
        print("dropped", dict(dropped), Counter(" ".join(w[1].split(" ")[:2]) for w in why))
        print("subs", dict(Counter((sp["type"], sp.get("sub")) for r in final for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "ip", "card", "iban", "email")).most_common()))
        print("negs", len({t for r in final for t in r.get("neg", [])}), dict(Counter(t for r in final for t in r.get("neg", [])).most_common()))
        ls = sorted(len(t) for t in texts)
        print("length", ls[0], ls[-1], ls[len(ls) // 2])
        return
    write_jsonl(OUT, final)
    print("wrote %d records to %s" % (len(final), OUT))


if __name__ == "__main__":
    main()
