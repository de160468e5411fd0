#!/usr/bin/python3
"""Held-out part 11 of the redaction corpus (heldout11.jsonl).

Written by a ninth helper that read only ../README.md, ../corpuslib.py, the
lists of forms, languages, name cultures, formats and hard negatives parts
1-10 use (heldout/README.md) and the header (lines 1-60) and `pv_check` of
gen_heldout10.py (and, outside the repository, the validator's source
/tmp/pv/pv.cc for its input format); not the redactor, its docs, its tests
or the other generators, and it ran no project binary; its one git
command was a `git status --short` (read only, output discarded) while
listing its own files.
Every name, street, template, frame and request here was written by hand
for this part (`pv_check` is reused as is). Deterministic (seed 110359).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout11.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout11.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout11.py --stats   # counts
"""
import base64
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
import uuid
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_make, iban_random, IBAN_SPEC, bban_len,
                       group, ssn_random, aadhaar_random, verhoeff_ok,
                       verhoeff_digit, secret_random, rnd, ALNUM,
                       URLSAFE, B64, B32)

SEED = 110359
OUT = os.path.join(HERE, "heldout11.jsonl")
PREFIX = "heldout-k-"
NREC = 800
NCLEAN = 200
KEEP = 2            # every labelled template gives at least this many records
MAXT = 10           # and at most this many
POOL = 18           # candidates drawn per labelled template
WRAP = 120          # records wrapped in an assistant request (15 %)
R = random.Random(SEED)
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPN = string.ascii_uppercase + string.digits
LOWN = string.ascii_lowercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
TARGET = {"person": 1300, "phone": 450, "email": 380, "address": 300, "secret": 280,
          "dob": 240, "gov_id": 120, "ip": 100, "iban": 65, "card": 50}

def ch(xs):
    return R.choice(xs)

def rd(a, b):
    return R.randint(a, b)

def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))

def nzd(n):
    return R.choice("123456789") + dg(n - 1)

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

def slug(s):
    s = strip_acc(s).lower().replace("'", "").replace("ʼ", "")
    return re.sub(r"[^a-z0-9]+", "", s.replace("æ", "ae").replace("ø", "o").replace("ł", "l"))

def todig(s, zero):
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in s)

# ---------------------------------------------------------------- names
# culture: (order, male given, female given, family [male|female], rule)
# tokens "native/latin"; "_" joins words of one name part.
CULT_RAW = {
    "tg": ("gf", "Фирӯз/Firuz Рустам/Rustam Далер/Daler Шерзод/Sherzod Парвиз/Parviz Ҷамшед/Jamshed",
           "Мадина/Madina Нигина/Nigina Зарина/Zarina Гулноза/Gulnoza Меҳринисо/Mehriniso Фарзона/Farzona",
           "Раҳимов/Rahimov Саидов/Saidov Назаров/Nazarov Шарипов/Sharipov Қодиров/Qodirov Мирзоев/Mirzoev Ҳасанзода/Hasanzoda Давлатзода/Davlatzoda", "ov"),
    "tk": ("gf", "Myrat Serdar Batyr Döwlet Merdan Annamyrat", "Maýsa Bägül Jeren Ogulnabat Gözel Aýgül", "Orazow Annaýew Berdiýew Gurbanow Hojamuradow Nurmuhammedow Ataýew Çaryýew", "ov"),
    "ce": ("gf", "Зелимхан/Zelimkhan Ислам/Islam Мовсар/Movsar Ибрагим/Ibragim Ахмед/Akhmed", "Хава/Khava Зарема/Zarema Малика/Malika Седа/Seda Петимат/Petimat",
           "Эльмурзаев/Elmurzaev Исраилов/Israilov Гайрбеков/Gairbekov Мусаев/Musaev Байсултанов/Baisultanov Межидов/Mezhidov", "ov"),
    "sah": ("gf", "Айаал/Aiaal Эрчимэн/Erchimen Мичил/Michil Дьулустан/Dyulustan Айсен/Aisen", "Сардаана/Sardaana Айыына/Aiyyna Туйаара/Tuiaara Нюргуяна/Nyurguyana Саргылана/Sargylana",
            "Сивцев/Sivtsev Габышев/Gabyshev Местников/Mestnikov Винокуров/Vinokurov Слепцов/Sleptsov Барахов/Barakhov", "ov"),
    "ba": ("gf", "Айдар/Aidar Ильдар/Ildar Азат/Azat Ринат/Rinat Урал/Ural", "Гульшат/Gulshat Айгуль/Aigul Зульфия/Zulfiya Лэйсэн/Leisen Гузель/Guzel",
           "Ишмуратов/Ishmuratov Кильдибаев/Kildibaev Габдуллин/Gabdullin Юмагулов/Yumagulov Аминев/Aminev Кутлугильдин/Kutlugildin", "ov"),
    "kn": ("gf", "ಮಂಜುನಾಥ/Manjunath ಪ್ರಜ್ವಲ್/Prajwal ಶಿವರಾಜ್/Shivaraj ದರ್ಶನ್/Darshan ಕಿರಣ್/Kiran", "ಕಾವ್ಯ/Kavya ರಕ್ಷಿತಾ/Rakshitha ಶ್ವೇತಾ/Shwetha ಭೂಮಿಕಾ/Bhoomika ಸಿಂಚನಾ/Sinchana",
           "ಗೌಡ/Gowda ಹೆಗ್ಡೆ/Hegde ಶೆಟ್ಟಿ/Shetty ಭಟ್/Bhat ನಾಯಕ್/Nayak ಕಾಮತ್/Kamath", ""),
    "mr": ("gf", "अनिकेत/Aniket ओंकार/Omkar संकेत/Sanket तुषार/Tushar शंतनु/Shantanu", "सायली/Sayali ऋतुजा/Rutuja प्राजक्ता/Prajakta मृणाल/Mrunal गौरी/Gauri",
           "देशपांडे/Deshpande पाटील/Patil जाधव/Jadhav गोखले/Gokhale भोसले/Bhosale पवार/Pawar शिंदे/Shinde", ""),
    "or": ("gf", "Debasish Biswajit Soumya Pradeep Ashutosh", "Subhashree Lipsa Sasmita Itishree Monalisa", "Mohapatra Panda Sahoo Behera Pattnaik Swain Rout", ""),
    "as": ("gf", "Dhrubajyoti Pranjal Bidyut Hiranya Manash", "Jonali Pallabi Mitali Bornali Gitanjali", "Bora Gogoi Saikia Baruah Kalita Deka Hazarika", ""),
    "dv": ("gf", "އިބްރާހީމް/Ibrahim ހަސަން/Hassan އަޙްމަދު/Ahmed ޢަލީ/Ali", "އާއިޝަތު/Aishath މަރިޔަމް/Mariyam ފާޠިމަތު/Fathimath ހައުލާ/Hawla",
           "ޝަރީފް/Shareef ރަޝީދު/Rasheed ނަސީމް/Naseem ޒާހިރު/Zahir ސަލީމް/Saleem", ""),
    "bt": ("gf", "Tshering Ugyen Karma Jigme Namgay Kinley", "Dechen Pema Sonam Kinzang Tashi Yeshey",
           "Dorji Tenzin Penjor Phuntsho Tobgay Rinzin|Choden Wangmo Yangzom Zangmo Lhamo Pelden", ""),
    "bo": ("gf", "བསྟན་འཛིན/Tenzin བློ་བཟང/Lobsang ཟླ་བ/Dawa ཀུན་དགའ/Kunga", "སྒྲོལ་མ/Dolma དབྱངས་ཅན/Yangchen ལྷ་མོ/Lhamo ཚེ་རིང/Tsering",
           "ནོར་བུ/Norbu ཆོས་འཕེལ/Choephel རྡོ་རྗེ/Dorjee ཕུན་ཚོགས/Phuntsok|ཡང་འཛོམས/Yangzom སྒྲོལ་དཀར/Dolkar ཆོས་སྒྲོན/Choedon", "tsheg"),
    "jv": ("gf", "Bambang Slamet Joko Agus Hadi Sugeng", "Sri Endang Tri Dwi Siti Wahyu",
           "Sutrisno Riyadi Prasetyo Setiawan Wibowo Handoko|Wahyuni Susilowati Handayani Lestari Rahayu Ningsih", ""),
    "ban": ("gf", "I_Wayan I_Made I_Nyoman I_Ketut I_Gede I_Komang", "Ni_Wayan Ni_Made Ni_Nyoman Ni_Ketut Ni_Luh_Putu Ni_Komang",
            "Sudarsana Suarjana Widiada Arsana Mahendra|Wulandari Sriasih Ariani Sukerni Damayanti", ""),
    "tet": ("gf", "Agostinho Domingos Januário Zeferino Abílio", "Ermelinda Jacinta Rosalina Olinda Ivete", "Ximenes da_Costa Guterres Soares dos_Santos Amaral Freitas Belo", ""),
    "yo": ("gf", "Adébáyọ̀ Olúwaseun Babátúndé Ayọ̀délé Kọ́lápọ̀", "Fọláṣadé Tèmítọ́pẹ́ Mọ́yọ̀sọ́rẹ́ Adéọlá Yétúndé", "Adéyẹmí Ọ̀ṣúntókun Akínwándé Ọláyínká Fáṣọlá Adébísí", "strip"),
    "ig": ("gf", "Chukwuemeka Obinna Nnamdi Ikenna Chibuike", "Ifeoma Chidinma Chiamaka Ugochi Nneka", "Nwachukwu Okafor Anyanwu Nwosu Ezeh Obiora Nwankwo", ""),
    "ha": ("gf", "Abubakar Aminu Sani Nasiru Issoufou", "Hadiza Bilkisu Hauwa Zainab Rakiya", "Danjuma Garba Lawal Yakubu Aliyu Bello Abdullahi", ""),
    "ti": ("gf", "ተስፋይ/Tesfay ዮናስ/Yonas ኣማኑኤል/Amanuel ሚካኤል/Mikael", "ሰላም/Selam ሳባ/Saba ለምለም/Lemlem ፍረወይኒ/Freweyni",
           "ገብረሂወት/Gebrehiwet ተኽለ/Tekle ሃብተ/Habte ብርሃነ/Berhane ዘርኣይ/Zerai ወልደሚካኤል/Woldemichael", ""),
    "am": ("gf", "ዳዊት/Dawit ሄኖክ/Henok ብሩክ/Biruk ሚኪያስ/Mikias ናትናኤል/Natnael", "ቤተልሔም/Betelhem ሜሮን/Meron ትዕግስት/Tigist ማህሌት/Mahlet ሃና/Hana",
           "ተስፋዬ/Tesfaye ግርማ/Girma ታደሰ/Tadesse ወልዴ/Wolde አለሙ/Alemu በቀለ/Bekele", ""),
    "om": ("gf", "Caalaa Gammachuu Tolasaa Lalisaa Dirribaa", "Hawwii Caaltuu Bontuu Dirribee Sabboontuu", "Gudinaa Daraaraa Tolaa Gammadaa Fayyisaa Hirphaa Badhaasaa", ""),
    "so": ("gf", "Abdirahman Mahad Liban Abdiqani Guuleed", "Hodan Ifrah Sagal Nasteexo Ubah", "Warsame Jaamac Faarax Nuur Cali Aadan Yuusuf", ""),
    "bm": ("gf", "Moussa Seydou Bakary Mamadou Adama", "Aminata Kadiatou Oumou Assitan Djénéba", "Traoré Coulibaly Keïta Diarra Sissoko Doumbia Konaté Sangaré", ""),
    "ci": ("fg", "Kouassi Kouamé Yao Koffi Serge", "Affoué Ahou Amenan Adjoua Brigitte", "Kouadio Konan N'Dri Yapi Zadi Gnahoré Tanoh", ""),
    "ee": ("gf", "Kossi Kodjo Komlan Edem Senyo", "Yawa Afi Akossiwa Dela Enyonam", "Agbodjan Amegah Kpodar Tsikata Agbeko Dzidzienyo Amedzro", ""),
    "fon": ("gf", "Codjo Sènan Mahougnon Fiacre Romaric", "Houéfa Sèna Dossi Ablawa Gisèle", "Hounkpatin Ahouansou Gbaguidi Agossou Houngbo Adjovi", ""),
    "kri": ("gf", "Abdulai Alimamy Sorie Foday Santigie", "Isatu Fatmata Kadiatu Mariama Adama", "Kamara Sesay Bangura Conteh Koroma Turay Kanu Mansaray", ""),
    "gnf": ("gf", "Mamadou_Saliou Thierno_Amadou Alpha_Oumar Ousmane Boubacar_Biro", "Mariama_Dian Fatoumata_Binta Aissatou Hadja_Oumou Kadiatou",
            "Diallo Bah Barry Sow Baldé Sylla Soumah", ""),
    "bem": ("gf", "Mwansa Chanda Kelvin Lombe Mapalo", "Bupe Chilufya Natasha Mutinta Namukolo", "Bwalya Mulenga Chileshe Kapembwa Musonda Kabwe Sichone", ""),
    "ny": ("gf", "Thokozani Limbani Kondwani Mphatso Chisomo", "Chikondi Madalitso Tiwonge Tadala Chimwemwe", "Banda Phiri Chirwa Nyirenda Kumwenda Mhango Gondwe Msiska", ""),
    "sn": ("gf", "Tatenda Tinashe Farai Kudakwashe Tafadzwa", "Rufaro Nyasha Chipo Rumbidzai Tsitsi", "Moyo Chikwanha Mutasa Gumbo Mapfumo Makoni Madzima Mushonga", ""),
    "mz": ("gf", "Armando Celestino Hélio Custódio Adilson", "Felismina Graciete Albertina Ercília Luísa", "Macuácua Cossa Sitoe Nhantumbo Tembe Mabunda Muianga", ""),
    "ao": ("gf", "Adelino Teodoro Evaristo Osvaldo Manuel", "Domingas Luzia Fernanda Esperança Marcelina", "Sapalo Tchiwale Kiala Mbala Lutonadio Cassoma Tchissola", ""),
    "owa": ("gf", "Panduleni Tangeni Petrus Johannes Shaanika", "Ndapewa Nangula Tuyeni Ndapandula Selma", "Nghidinwa Shikongo Amutenya Haufiku Iipinge Shilongo Nangolo", ""),
    "tsn": ("gf", "Kagiso Tebogo Onalenna Thato Mpho", "Boitumelo Kefilwe Masego Neo Onthatile", "Molefe Mokgosi Sebego Mogwe Ramotswa Tlhako Motsumi", ""),
    "sd": ("gf", "عبد_الرحمن/Abdelrahman عثمان/Osman مجتبى/Mujtaba مصعب/Musab", "هبة/Hiba آمنة/Amna تسنيم/Tasneem سلافة/Sulafa",
           "بابكر/Babiker الطيب/Eltayeb عبد_القادر/Abdelgadir الأمين/Elamin ميرغني/Mirghani حامد/Hamid", ""),
    "ye": ("gf", "فؤاد/Fuad نبيل/Nabil وليد/Waleed عمار/Ammar", "أحلام/Ahlam أروى/Arwa بلقيس/Bilqis نجلاء/Najla",
           "الأهدل/Al-Ahdal باوزير/Bawazir السقاف/Al-Saqqaf المقطري/Al-Maqtari الحداد/Al-Haddad", ""),
    "gulf": ("gf", "حمدان/Hamdan سعيد/Saeed راشد/Rashid خليفة/Khalifa", "شمة/Shamma حصة/Hessa موزة/Moza اليازية/Alyazia",
             "المزروعي/Al_Mazrouei الكتبي/Al_Ketbi الشامسي/Al_Shamsi البلوشي/Al_Balushi الحارثي/Al_Harthy القحطاني/Al_Qahtani", ""),
    "iq": ("gf", "حيدر/Haider مصطفى/Mustafa كرار/Karrar علي/Ali", "زهراء/Zahraa نور/Noor رقية/Ruqaya مريم/Maryam",
           "الجبوري/Al-Jubouri العبيدي/Al-Obaidi الربيعي/Al-Rubaie الدليمي/Al-Dulaimi الساعدي/Al-Saadi", ""),
    "sy": ("gf", "Ghaith Rami Wissam Kinan Tarek", "Lama Rasha Hala Rouba Nisreen", "Sabbagh Hallak Shami Attar Jabri Khatib", ""),
    "pal": ("gf", "يزن/Yazan تامر/Tamer عدي/Odai سند/Sanad مجد/Majd", "ريم/Reem دانا/Dana ليان/Layan حنين/Haneen يارا/Yara",
            "أبو_غوش/Abu_Ghosh الخالدي/Khalidi نسيبة/Nusseibeh التميمي/Tamimi البرغوثي/Barghouti حدادين/Haddadin", ""),
    "ckb": ("gf", "ئاراس/Aras هێمن/Hemin ڕێبوار/Rebwar شوان/Shwan", "ڤیان/Vian ژیلا/Jila شیلان/Shilan نەسرین/Nasrin", "عەزیز/Aziz حەمە/Hama ڕەسووڵ/Rasul قادر/Qadir سەعید/Saeed", ""),
    "ug": ("gf", "ئەركىن/Erkin تۇرسۇن/Tursun نۇرمەمەت/Nurmemet ئابلىمىت/Ablimit", "گۈلنار/Gulnar ئاينۇر/Aynur مىھراي/Mihray پاتىگۈل/Patigul",
           "قادىر/Qadir ھوشۇر/Hoshur ئابدۇللا/Abdulla توختى/Tokhti نىياز/Niyaz", ""),
    "sgc": ("fg", "Wei_Ming Boon_Keng Jun_Hao Zhi_Wei Kok_Leong", "Hui_Min Siew_Ling Xin_Yi Kah_Hwee Pei_Shan",
            "Tan Lim Goh Ng Teo Koh Ong Chua Quek Yeo", "eng:Jasper Dominic Marcus Bryan|Cheryl Valerie Germaine Joanne"),
    "smi": ("gf", "Ánte Issát Ánde Niillas Máhtte", "Máret Risten Elle Sunná Ingá", "Gaup Eira Somby Hætta Utsi Oskal Sara Bongo", ""),
    "rm": ("gf", "Gian Men Curdin Corsin Duri", "Flurina Seraina Mengia Ladina Annatina", "Caduff Cathomen Tscharner Derungs Cadonau Vieli Bezzola Capaul", ""),
    "hsb": ("gf", "Měrćin Jurij Pětr Beno Handrij", "Hańža Marja Lenka Bogna Julija", "Nuk Šołta Kral Krawc Kocor Wjela Rjenč Zahrodnik", ""),
    "yi": ("gf", "יצחק/Yitzchok מענדל/Mendel שלמה/Shloime זלמן/Zalmen", "חיה/Chaya רבקה/Rivky פייגא/Faigy אסתי/Esty",
           "ווייס/Weiss גרינפעלד/Grunfeld טייטלבוים/Teitelbaum לעווי/Lowy פרידמאן/Friedman ראזענבערג/Rosenberg", ""),
    "md": ("gf", "Ion Vasile Mihai Victor Sergiu", "Doina Corina Ala Natalia Ecaterina", "Ciobanu Rusu Munteanu Cebotari Lungu Cazacu Rotari Țurcan", ""),
    "iu": ("gf", "Pauloosie Jaaka Qilak Aputi Joanasie", "Elisapee Mialia Annie Leesee Ooloota", "Kilabuk Akeeagok Qaunaq Ishulutak Kunuk Nowdlak Anavilok", ""),
    "nv": ("gf", "Darrell Ahiga Kee Tyrone Delbert", "Shandiin Nizhoni Loretta Marlena Bernadine", "Begay Yazzie Tsosie Benally Etsitty Manygoats Tsinajinnie", ""),
    "quc": ("gf", "Domingo Baltazar Sebastián Diego Santos", "Petrona Ixchel Ixmucané Juana Rosario", "Tzoc Ajpacajá Tum Xicará Cux Batz Chocoj Quiej", "two"),
    "hnd": ("gf", "Jefferson Marvin Nelson Edwin Wilmer", "Wendy Dunia Iris Keyla Suyapa", "Aguilar Zelaya Mejía Portillo Cárcamo Lagos Alvarado Funes", "two"),
    "prc": ("gf", "Yadiel Edgardo Javier Jomar Héctor", "Jayleen Coral Yahaira Ivelisse Nayeli", "Colón Santiago Rosario Vélez Quiñones Acevedo Figueroa Maldonado", "two"),
    "jm": ("gf", "Kemar Odane Romaine Jermaine Shamar", "Shanice Tashana Kadian Nordia Shantel", "Campbell McKenzie Gayle Francis Bailey Reid Ebanks Thompson", ""),
    "ttn": ("gf", "Ravindra Shivanand Sherwin Rajendra Vishnu Dinesh Kirk", "Vashti Anisa Nalini Kavita Savitri Devika Sunita", "Ramdial Maharaj Ramkissoon Persad Seepersad Boodoo Sookdeo Ramlogan", ""),
    "srn": ("gf", "Sunil Gerrit Wendell Radjesh Soeperman", "Reshma Rosalie Ilse Soewarni Sharda", "Ramdin Sewdien Kasanpawiro Sardjoe Pinas Mangroelal Soekhoe Karijodikromo", ""),
    "cv": ("gf", "Edson Nilton Hélder Adilson Djalma", "Ivanilda Djeniffer Neusa Carla Arlinda", "Tavares Fortes Monteiro Semedo Varela Delgado Lopes", ""),
    "cha": ("gf", "Vicente Joaquin Juan Jesus Francisco", "Rosario Tomasa Ana Josefina Remedios", "Aguon Taitano Camacho Duenas Mendiola Borja Quitugua Sablan Terlaje", ""),
    "ty": ("gf", "Teiva Manutea Heimana Raiarii Tamatoa", "Vaimiti Hinano Tehani Poema Heiata", "Tetuanui Teriitehau Tehei Tauraa Temauri Maitere Tumahai", ""),
    "pg": ("gf", "Kila Boio Rarua Jacob Dika", "Mairi Lydia Nellie Boni Konio", "Kaupa Siaguru Pokawin Lahari Wama Kuman Yawi", ""),
    "sdh": ("gf", "شاہنواز/Shahnawaz غلام_رسول/Ghulam_Rasool امداد/Imdad ذوالفقار/Zulfiqar سکندر/Sikandar", "ماروی/Marvi شازیہ/Shazia نسرین/Nasreen سسی/Sassui رخسانہ/Rukhsana",
            "سومرو/Soomro تالپور/Talpur جونیجو/Junejo مہر/Mahar میمن/Memon لغاری/Laghari چانڈیو/Chandio جتوئی/Jatoi", ""),
    "ks": ("gf", "Mudasir Tabish Faheem Showkat Irfan", "Iqra Insha Saima Nighat Mehvish", "Wani Dar Lone Ganai Rather Kawoosa Kaul Raina Razdan", ""),
    "gv": ("gf", "Illiam Juan Orry Colin Ewan", "Fenella Aalish Breesha Voirrey Ealee", "Quayle Kermode Corlett Quilliam Kewley Cregeen Kinvig Quirk", ""),
    "co": ("gf", "Ghjacumu Paulu Lisandru Saveriu Anghjulu", "Letizia Ghjulia Maria_Santa Ornella Vannina", "Albertini Santoni Luciani Mattei Antonetti Poli Filippi Pieri", ""),
    "qc": ("gf", "Maxime Étienne Jean-Philippe Olivier Mathieu", "Gabrielle Marie-Ève Geneviève Catherine Mélodie", "Tremblay Gagnon Côté Bouchard Lévesque Pelletier Ouellet Bergeron", ""),
    "rn": ("gf", "Claude Egide Fabrice Prosper Jean-Bosco", "Aline Divine Arlette Bella Nadège", "Niyonzima Irakoze Hakizimana Ndikumana Nshimirimana Niyongabo Bigirimana", ""),
    "znz": ("gf", "Juma Baraka Salim Hamisi Issa", "Mwanaisha Rehema Neema Zuhura Mwajuma", "Mbwana Kombo Hamad Mussa Kitwana Msuya", ""),
    "ka": ("gf", "გიორგი/Giorgi ლაშა/Lasha ლევან/Levan დავით/Davit ნიკა/Nika", "ნინო/Nino თამარ/Tamar მარიამ/Mariam ანა/Ana ეკა/Eka",
           "ბერიძე/Beridze კაპანაძე/Kapanadze გელაშვილი/Gelashvili მაისურაძე/Maisuradze ჯაფარიძე/Japaridze ლომიძე/Lomidze", ""),
    "hy": ("gf", "Արամ/Aram Տիգրան/Tigran Նարեկ/Narek Դավիթ/Davit Հայկ/Hayk", "Անի/Ani Լուսինե/Lusine Նարինե/Narine Սոնա/Sona Գայանե/Gayane",
           "Սարգսյան/Sargsyan Հովհաննիսյան/Hovhannisyan Պետրոսյան/Petrosyan Գրիգորյան/Grigoryan Մկրտչյան/Mkrtchyan Ավետիսյան/Avetisyan", ""),
    "ko": ("fg", "민준 서준 도윤 예준 시우 하준 건우", "서연 지우 서윤 하은 민서 지민 채원", "김 이 박 최 정 강 조 윤 장 임 한", "nosep"),
    "mac": ("fg", "嘉豪/Ka_Hou 偉強/Wai_Keong 俊傑/Chon_Kit 志明/Chi_Meng", "詠琪/Weng_Kei 嘉欣/Ka_Ian 美玲/Mei_Leng 慧儀/Wai_I", "陳/Chan 黃/Wong 李/Lei 梁/Leong 何/Ho 吳/Ng 區/Au", "nosep"),
    "si": ("gf", "කසුන්/Kasun චමින්ද/Chaminda නුවන්/Nuwan ලහිරු/Lahiru", "දිල්රුක්ෂි/Dilrukshi සඳමාලි/Sandamali ඉෂාරා/Ishara නිලූකා/Niluka",
           "පෙරේරා/Perera ජයසූරිය/Jayasuriya බණ්ඩාර/Bandara ගුණවර්ධන/Gunawardena", ""),
    "npl": ("gf", "सुमन/Suman बिकास/Bikash रमेश/Ramesh दीपक/Dipak", "सरिता/Sarita अनिता/Anita पूजा/Puja सुनिता/Sunita",
            "श्रेष्ठ/Shrestha तामाङ/Tamang गुरुङ/Gurung अधिकारी/Adhikari थापा/Thapa", ""),
    "bn": ("gf", "রাশেদ/Rashed তানভীর/Tanvir সাকিব/Sakib মাহফুজ/Mahfuz", "নুসরাত/Nusrat তাসলিমা/Taslima ফারহানা/Farhana সাদিয়া/Sadia",
           "হোসেন/Hossain আহমেদ/Ahmed চৌধুরী/Chowdhury রহমান/Rahman মোল্লা/Molla", ""),
    "mi": ("gf", "Wiremu Tamati Rawiri Hemi Mikaere", "Aroha Mere Huia Kiri Ngaio", "Tawhiri Ngata Parata Te_Rangi Pōmare Tipene Rāwiri", ""),
    "hti": ("gf", "Jean-Robert Wilner Frantz Jocelyn Kervens", "Guerda Marie-Carmelle Fabienne Widline Roseline", "Pierre-Louis Jean-Baptiste Desrosiers Saint-Fleur Dorvil Alexis", ""),
    "ceb": ("gf", "Rodel Junrey Jericho Dindo Rey", "Mylene Rowena Jinky Lovely Rhea", "Cabahug Tumulak Ybañez Dela_Cerna Sumalinog Cuizon Villamor", ""),
    "lb": ("gf", "Jempi Gilles Mett Pit Claude", "Josée Martine Nathalie Léonie Tessy", "Reding Schmit Wagner Kremer Thill Wirtz Hansen", ""),
    "br": ("gf", "Yann Gwenael Loïc Erwan Tangi", "Nolwenn Maiwenn Gwenaëlle Soazig Enora", "Le_Goff Kerjean Le_Bihan Guéguen Le_Gall Quéméner Tanguy", ""),
    "mos": ("gf", "Issouf Boukary Rasmané Souleymane Salfo", "Mariam Rasmata Safiatou Adjaratou Awa", "Ouédraogo Sawadogo Kaboré Zongo Compaoré Ilboudo Tiendrébéogo", ""),
    "ky": ("gf", "Nurlan Azamat Bakyt Ulan", "Aizhan Cholpon Gulnara Nazira", "Abdyldaev Toktogulov Sadyrov Asanov", "ov"),
}

def _tok(s):
    out = []
    for t in s.split():
        t = t.replace("_", " ")
        n, _, l = t.partition("/")
        out.append((n, l or n))
    return out

CULT = {}
for _c, (_o, _m, _f, _s, _r) in CULT_RAW.items():
    _sm, _, _sf = _s.partition("|")
    CULT[_c] = dict(o=_o, m=_tok(_m), f=_tok(_f), sm=_tok(_sm), sf=_tok(_sf or _sm), r=_r)

def _fem(name):
    n, l = name
    for a, b in (("ов", "ова"), ("ев", "ева"), ("ин", "ина")):
        if n.endswith(a):
            n = n + "а"
    for a in ("ov", "ev", "in", "ow", "ew"):
        if l.endswith(a):
            l = l + "a"
    return n, l

RECENT = []                # given names drawn lately: avoided, so one record rarely repeats one

class Person:
    def __init__(self, c, sex=None):
        d = CULT[c]
        self.c = c
        self.sex = sex or ch("mf")
        gs = d["m"] if self.sex == "m" else d["f"]
        self.g = ch([x for x in gs if x not in RECENT] or gs)
        RECENT[:] = (RECENT + [self.g])[-6:]
        fams = d["sm"] if self.sex == "m" else d["sf"]
        self.f = ch(fams)
        if d["r"] == "ov" and self.sex == "f":
            self.f = _fem(self.f)
        if d["r"] == "two":
            f2 = ch([x for x in fams if x != self.f])
            self.f = (self.f[0] + " " + f2[0], self.f[1] + " " + f2[1])
        if d["r"] == "strip":
            self.g = (self.g[0], strip_acc(self.g[0]))
            self.f = (self.f[0], strip_acc(self.f[0]))
        self.eng = None
        if d["r"].startswith("eng:") and R.random() < 0.5:
            em_, _, ef = d["r"][4:].partition("|")
            self.eng = ch((em_ if self.sex == "m" else ef).split())
        self.fg = d["o"] == "fg"
        self.nosep = d["r"] == "nosep"

    def full(self, nat=False):
        i = 0 if nat else 1
        g, f = self.g[i], self.f[i]
        if self.c == "bo" and nat:
            return g + "་" + f
        if self.fg:
            s = f + ("" if self.nosep and nat else " ") + g
            return (self.eng + " " + s) if self.eng and not nat else s
        return g + " " + f

    def fmt(self, st):
        g, f = self.g[1], self.f[1]
        return {"full": self.full(), "nat": self.full(True), "g": g, "gn": self.g[0], "f": f, "fn": self.f[0],
                "caps": f.upper() + " " + g, "CAPS": self.full().upper(), "comma": f + ", " + g,
                "init": g[0] + ". " + f, "ff": f + " " + g, "gi": g + " " + f[0] + "."}[st]

    def L(self, st="full"):
        return L("person", self.fmt(st), sub=self.c)

def P(c, sex=None):
    return Person(c, sex)

def pp(c, st="full", sex=None):
    return P(c, sex).L(st)

# ---------------------------------------------------------------- phones
# Numbering plans written for this part from the ITU-T E.164 assignments and
# the national plans; ranges the validator (libphonenumber 8.12.57) rejected
# were narrowed. code: cc, trunk, international prefix, kinds (kind,
# prefixes, NSN length), national grouping (on trunk+NSN), international
# grouping (on NSN); groupings "a b c" chosen by total length.
PH = {
    "TJ": (992, "", "810", [("mobile", "900 917 918 919 927 935 985 988 550 505 885", 9)], "2 3 2 2", "2 3 4"),
    "TM": (993, "8", "810", [("mobile", "61 62 63 64 65", 8), ("fixed", "12", 8)], "1 2 2 2 2", "2 2 2 2"),
    "MV": (960, "", "00", [("mobile", "77 78 79 91 94 95 96 97", 7), ("fixed", "330 331 332 333 334", 7)], "3 4", "3 4"),
    "BT": (975, "", "00", [("mobile", "17 77", 8), ("fixed", "232 233", 7)], "2 2 2 2|1 3 3", "2 2 2 2|1 3 3"),
    "ET": (251, "0", "00", [("mobile", "91 92 93 94", 9)], "4 2 2 2", "2 3 4"),
    "ER": (291, "0", "00", [("mobile", "71 72 73", 7), ("fixed", "112 115 118", 7)], "2 3 3", "1 3 3"),
    "SO": (252, "0", "00", [("mobile", "61 62 63 65 68 90", 9)], "3 3 4", "2 3 4"),
    "ML": (223, "", "00", [("mobile", "65 66 67 70 71 72 73 74 75 76 77 78 79 90 91 92 93", 8), ("fixed", "202 442", 8)], "2 2 2 2", "2 2 2 2"),
    "CI": (225, "", "00", [("mobile", "0101 0102 0505 0506 0707 0708", 10), ("fixed", "27202 27212 27222 27224", 10)], "2 2 2 2 2", "2 2 2 2 2"),
    "TG": (228, "", "00", [("mobile", "90 91 92 93 96 97 98 99 70 79", 8), ("fixed", "222", 8)], "2 2 2 2", "2 2 2 2"),
    "BJ": (229, "", "00", [("mobile", "90 91 94 95 96 97 61 62 66 67", 8)], "2 2 2 2", "2 2 2 2"),
    "SL": (232, "0", "00", [("mobile", "76 77 78 30 33 88 99 75", 8)], "3 6", "2 6"),
    "LR": (231, "0", "00", [("mobile", "77 88", 9)], "4 3 3", "3 3 3"),
    "GN": (224, "", "00", [("mobile", "620 621 622 624 625 628 655 660 661 664", 9), ("fixed", "3041 3045", 8)], "3 2 2 2|2 2 2 2", "3 2 2 2|2 2 2 2"),
    "BF": (226, "", "00", [("mobile", "70 71 72 73 74 75 76 77 78 79 60 61 65 66", 8), ("fixed", "2530", 8)], "2 2 2 2", "2 2 2 2"),
    "NE": (227, "", "00", [("mobile", "90 91 92 93 94 96 97 98 99 88 89", 8)], "2 2 2 2", "2 2 2 2"),
    "ZM": (260, "0", "00", [("mobile", "95 96 97 76 77", 9), ("fixed", "2112", 9)], "4 3 3", "2 3 4"),
    "MW": (265, "0", "00", [("mobile", "88 99", 9), ("fixed", "17 18", 7)], "4 3 3|2 3 3", "2 3 4|1 3 3"),
    "ZW": (263, "0", "00", [("mobile", "71 77 78 731 733 737", 9)], "3 3 4", "2 3 4"),
    "MZ": (258, "", "00", [("mobile", "82 83 84 85 86 87", 9), ("fixed", "21", 8)], "2 3 4|2 3 3", "2 3 4|2 3 3"),
    "AO": (244, "", "00", [("mobile", "91 92 93 94 95 99", 9)], "3 3 3", "3 3 3"),
    "NA": (264, "0", "00", [("mobile", "81 85", 9), ("fixed", "612", 9)], "3 3 4", "2 3 4"),
    "BW": (267, "", "00", [("mobile", "71 72 73 74 75 76 77", 8), ("fixed", "310 312 318 39", 7)], "2 3 3|3 4", "2 3 3|3 4"),
    "LS": (266, "", "00", [("mobile", "50 51 53 56 57 58 59 62 63", 8), ("fixed", "22", 8)], "4 4", "4 4"),
    "SD": (249, "0", "00", [("mobile", "90 91 92 96 99 12", 9)], "3 3 4", "2 3 4"),
    "DZ": (213, "0", "00", [("mobile", "55 66 69 77 79", 9), ("fixed", "21", 8)], "4 2 2 2|3 2 2 2", "3 2 2 2|2 2 2 2"),
    "YE": (967, "0", "00", [("mobile", "70 71 73 77", 9), ("fixed", "12 13 14", 7)], "4 3 3|2 3 3", "3 3 3|1 3 3"),
    "AE": (971, "0", "00", [("mobile", "50 52 54 55 56 58", 9), ("fixed", "22 24 26 42 43 44 45 62 65 72 92", 8)], "3 3 4|2 3 4", "2 3 4|1 3 4"),
    "SA": (966, "0", "00", [("mobile", "50 53 54 55 56 58 59 570 572 575", 9), ("fixed", "11 122 126 133 138", 9)], "3 3 4", "2 3 4"),
    "OM": (968, "", "00", [("mobile", "91 92 93 95 96 97 98 99 71 72 78 79", 8), ("fixed", "24 25 26", 8)], "4 4", "4 4"),
    "QA": (974, "", "00", [("mobile", "33 50 55 66 70 77", 8), ("fixed", "44", 8)], "4 4", "4 4"),
    "KW": (965, "", "00", [("mobile", "50 55 66 94 97 99 510 512 650 655", 8), ("fixed", "22 23 242 246 253", 8)], "4 4", "4 4"),
    "BH": (973, "", "00", [("mobile", "32 33 34 35 36 37 39 380 383 388", 8), ("fixed", "17", 8)], "4 4", "4 4"),
    "IQ": (964, "0", "00", [("mobile", "750 751 770 771 772 780 781 790", 10)], "4 3 4", "3 3 4"),
    "SY": (963, "0", "00", [("mobile", "93 94 95 96 98 99", 9), ("fixed", "11", 9)], "4 3 3|3 3 4", "3 3 3|2 3 4"),
    "JO": (962, "0", "00", [("mobile", "79 770 772 776 778 780 785 788", 9)], "3 3 4", "1 4 4"),
    "PS": (970, "0", "00", [("mobile", "599 598 597 569 568", 9), ("fixed", "222 224 228", 8)], "4 3 3|2 3 4", "3 3 3|1 3 4"),
    "MO": (853, "", "00", [("mobile", "62 63 65 66 681 685 688", 8), ("fixed", "282 283 287", 8)], "4 4", "4 4"),
    "BN": (673, "", "00", [("mobile", "71 72 73 81 82 83 87 88 89", 7), ("fixed", "22 23 24", 7)], "3 4", "3 4"),
    "TL": (670, "", "00", [("mobile", "72 73 74 75 76 77 78", 8), ("fixed", "331 332 333", 7)], "4 4|3 4", "4 4|3 4"),
    "PG": (675, "", "00", [("mobile", "70 71 72 73 74 75 76 79", 8), ("fixed", "32 30", 7)], "4 4|3 4", "4 4|3 4"),
    "FJ": (679, "", "00", [("mobile", "70 72 73 83 86 92 93 99", 7), ("fixed", "33 34", 7)], "3 4", "3 4"),
    "PF": (689, "", "00", [("mobile", "87 89", 8), ("fixed", "404 405 408", 8)], "2 2 2 2", "2 2 2 2"),
    "GU": (1, "1", "011", [("fixed_or_mobile", "671300 671333 671343 671472 671477 671482 671486 671632 671637 671646 671687 671688 671734 671777 671788 671789 671797 671888", 10)], "3 3 4", "3 3 4"),
    "PR": (1, "1", "011", [("fixed_or_mobile", "78720 78734 78748 78752 78764 78772 78776 78779", 10)], "3 3 4", "3 3 4"),
    "JM": (1, "1", "011", [("fixed_or_mobile", "87621 87634 87642 87654 87663 87688", 10)], "3 3 4", "3 3 4"),
    "TT": (1, "1", "011", [("fixed_or_mobile", "86822 86831 86838 86847 86862 86868 86877", 10)], "3 3 4", "3 3 4"),
    "US": (1, "1", "011", [("fixed_or_mobile", "80822 80838 80852 80871 92867 92872 92874 71838 71845 71853 34762 34774 91754 91762", 10)], "3 3 4", "3 3 4"),
    "CA": (1, "1", "011", [("fixed_or_mobile", "86722 86734 86745 86758 86767 86779 41862 45037 51452 51433", 10)], "3 3 4", "3 3 4"),
    "SR": (597, "", "00", [("mobile", "81 82 85 86 87 88 89", 7), ("fixed", "4", 6)], "3 4|3 3", "3 4|3 3"),
    "GY": (592, "", "001", [("mobile", "60 61 62 63 64 65 66 67 68 69", 7), ("fixed", "220 222 225 231 233", 7)], "3 4", "3 4"),
    "CV": (238, "", "0", [("mobile", "95 97 99 58 59", 7), ("fixed", "26", 7)], "3 2 2", "3 2 2"),
    "GT": (502, "", "00", [("mobile", "30 31 40 41 42 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59", 8), ("fixed", "22 23 24", 8)], "4 4", "4 4"),
    "HN": (504, "", "00", [("mobile", "31 32 33 87 88 89 94 95 96 97 98 99", 8), ("fixed", "222 223", 8)], "4 4", "4 4"),
    "SV": (503, "", "00", [("mobile", "60 61 70 71 72 73 74 75 76 77 78 79", 8), ("fixed", "22 25 26", 8)], "4 4", "4 4"),
    "NI": (505, "", "00", [("mobile", "57 58 76 77 78 81 82 83 84 85 86 87 88 89", 8), ("fixed", "22 25", 8)], "4 4", "4 4"),
    "CR": (506, "", "00", [("mobile", "60 61 62 63 70 71 72 83 84 85 86 87 88 89", 8), ("fixed", "22 24 25", 8)], "4 4", "4 4"),
    "PA": (507, "", "00", [("mobile", "60 61 62 63 64 65 66 67 68 69", 8), ("fixed", "20 21 22 23 26 27 30 39", 7)], "4 4|3 4", "4 4|3 4"),
    "MD": (373, "0", "00", [("mobile", "60 62 67 68 69 76 78 79", 8), ("fixed", "22", 8)], "3 3 3", "2 3 3"),
    "GI": (350, "", "00", [("mobile", "54 56 57 58", 8), ("fixed", "200", 8)], "4 4", "4 4"),
    "IM": (44, "0", "00", [("mobile", "76240 76243 76246 76249", 10), ("fixed", "16245 16247", 10)], "5 6", "4 6"),
    "BI": (257, "", "00", [("mobile", "61 62 68 69 71 72 75 76 77 79", 8), ("fixed", "22", 8)], "2 2 2 2", "2 2 2 2"),
    "MU": (230, "", "020", [("mobile", "57 525 527 545 580 583 586 590 594 597", 8), ("fixed", "20 24 26 40 46", 7)], "4 4|3 4", "4 4|3 4"),
    "GE": (995, "0", "00", [("mobile", "555 557 558 568 571 574 577 579 591 593 595 596 597 598 599", 9), ("fixed", "322", 9)], "4 2 2 2", "3 2 2 2"),
    "AM": (374, "0", "00", [("mobile", "91 93 94 95 96 98 99 77 55 41 43", 8), ("fixed", "10", 8)], "3 2 2 2", "2 2 2 2"),
    "NG": (234, "0", "009", [("mobile", "803 806 813 816 703 706 805 807 815 802 808 812 701 902 906 909", 10)], "4 3 4", "3 3 4"),
    "PK": (92, "0", "00", [("mobile", "300 301 302 303 311 312 313 321 331 333 345", 10)], "4 7", "3 7"),
    "BD": (880, "0", "00", [("mobile", "13 14 15 16 17 18 19", 10)], "5 6", "4 6"),
    "NP": (977, "0", "00", [("mobile", "980 981 982 984 985 986", 10)], "4 7", "3 7"),
    "LK": (94, "0", "00", [("mobile", "70 71 72 75 76 77 78 740 742", 9), ("fixed", "112 113 114", 9)], "3 3 4", "2 3 4"),
    "IN": (91, "0", "00", [("mobile", "98 99 97 94 93 90 88 70 81 63", 10)], "6 5", "5 5"),
    "KR": (82, "0", "001", [("mobile", "1020 1030 1040 1050 1062 1071 1080 1090", 10)], "3 4 4", "2 4 4"),
    "NZ": (64, "0", "00", [("mobile", "21 22 27", 9)], "3 3 4", "2 3 4"),
    "PH": (63, "0", "00", [("mobile", "905 906 915 917 918 919 920 921 926 927 928 929 939 945 966 977 995 998", 10)], "4 3 4", "3 3 4"),
    "ID": (62, "0", "001", [("mobile", "811 812 813 821 822 852 853 856 857 858 878 877 896", 11)], "4 4 4", "3 4 4"),
    "HT": (509, "", "00", [("mobile", "31 32 34 36 37 38 39 40 41 42 43 44 46 47 48", 8)], "4 4", "4 4"),
    "NO": (47, "", "00", [("mobile", "40 41 45 46 47 48 90 91 92 93 94 95 97 98 99", 8)], "3 2 3", "3 2 3"),
    "LU": (352, "", "00", [("mobile", "621 628 661 668 691 698", 9)], "3 3 3", "3 3 3"),
    "CH": (41, "0", "00", [("mobile", "76 77 78 79", 9), ("fixed", "81", 9)], "3 3 2 2", "2 3 2 2"),
    "FR": (33, "0", "00", [("mobile", "61 62 66 67 68 76 77", 9), ("fixed", "2 41 43 45 47", 9)], "2 2 2 2 2", "1 2 2 2 2"),
    "DE": (49, "0", "00", [("mobile", "151 152 157 160 170 171 172 176 179", 11)], "4 8|4 7", "3 8|3 7"),
    "GB": (44, "0", "00", [("mobile", "7400 7412 7423 7459 7480 7510 7534 7712 7747 7799 7833 7852 7865 7896 7931 7954 7971", 10)], "5 6", "4 6"),
    "ZA": (27, "0", "00", [("mobile", "71 72 73 74 76 78 79 82 83 84", 9)], "3 3 4", "2 3 4"),
    "TZ": (255, "0", "000", [("mobile", "65 67 68 71 74 75 76 78", 9)], "4 3 3", "3 3 3"),
    "SG": (65, "", "001", [("mobile", "81 82 83 84 85 86 87 88 90 91 92 93 94 96 97 98", 8), ("fixed", "61 62 63 64 65 66 67", 8)], "4 4", "4 4"),
    "KG": (996, "0", "00", [("mobile", "700 701 705 707 709 770 772 775 777 779 550 555 559", 9)], "4 2 2 2", "3 2 2 2"),
    "KE": (254, "0", "000", [("mobile", "70 71 72 74 79", 9)], "4 3 3", "3 3 3"),
}
NANP = {"US", "CA", "GU", "PR", "JM", "TT"}

def _grp(s, pats):
    for p in pats.split("|"):
        sz = [int(x) for x in p.split()]
        if sum(sz) == len(s):
            out, i = [], 0
            for n in sz:
                out.append(s[i:i + n])
                i += n
            return out
    k = len(s) - 4
    return [s[:k], s[k:]]

def ph_nsn(code, kind=None, pre=None):
    cc, tr, ip, kinds, np_, ip_ = PH[code]
    ks = [k for k in kinds if kind is None or k[0] == kind] or kinds
    k, pres, n = ch(ks)
    p = ch([x for x in pres.split() if pre is None or x.startswith(pre)])
    if code in NANP and len(p) == 3:
        p += ch("23456789")
    return k, p + dg(n - len(p))

def ph_fmt(code, nsn, st, rg):
    cc, tr, ip, kinds, np_, ip_ = PH[code]
    if code in NANP:
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return {"nat": "(%s) %s-%s" % (a, b, c), "nat_dash": "%s-%s-%s" % (a, b, c), "nat_dot": "%s.%s.%s" % (a, b, c),
                "nat1": "1-%s-%s-%s" % (a, b, c), "intl": "+1 %s %s %s" % (a, b, c), "intl_dash": "+1-%s-%s-%s" % (a, b, c),
                "e164": "+1" + nsn, "intl_paren": "+1 (%s) %s-%s" % (a, b, c), "00": PH[rg][2] + " 1 %s %s %s" % (a, b, c)}[st]
    g = _grp(nsn, ip_)
    nat = _grp(tr + nsn, np_)
    if st == "nat":
        return " ".join(nat)
    if st == "nat_dash":
        return nat[0] + " " + "-".join(nat[1:]) if len(nat) > 2 else "-".join(nat)
    if st == "nat_paren":
        return "(%s) %s" % (nat[0], " ".join(nat[1:]))
    if st == "nat_bare":
        return " ".join(g)
    if st == "nat_dot":
        return ".".join(nat)
    if st == "nat_solid":
        return tr + nsn
    if st == "intl":
        return "+%d %s" % (cc, " ".join(g))
    if st == "intl_dash":
        return "+%d-%s" % (cc, "-".join(g))
    if st == "e164":
        return "+%d%s" % (cc, nsn)
    if st == "intl_paren0":
        return "+%d (0)%s" % (cc, " ".join(g))
    if st == "00":
        return "%s %d %s" % (PH[rg][2], cc, " ".join(g))
    if st == "00solid":
        return "%s%d%s" % (PH[rg][2], cc, nsn)
    raise KeyError(st)

def ph(code, kind=None, st=None, rg=None, pool=None, pre=None):
    """A phone label; rg is the region whose conventions the text follows."""
    rg = rg or code
    kind, nsn = ph_nsn(code, kind, pre)
    if st is None:
        if rg != code:
            pool = pool or ["intl", "intl", "e164", "intl_dash"] + (["00"] if PH[rg][2] == "00" else [])
        elif code in NANP:
            pool = pool or ["nat", "nat_dash", "nat_dot", "nat1", "intl", "intl_paren", "e164"]
        else:
            pool = pool or (["nat", "nat", "nat_dash", "intl", "intl", "e164", "intl_dash", "nat_solid"] +
                            (["intl_paren0"] if PH[code][1] == "0" else []) + (["00"] if PH[code][2] == "00" else []) +
                            (["nat_bare"] if code in ("GE", "NP", "IN", "TJ") else []))
        st = ch(pool)
    meta = {"sub": kind, "region": rg}
    if rg != code:
        meta["plan"] = code
    return L("phone", ph_fmt(code, nsn, st, rg), **meta)

# ---------------------------------------------------------------- addresses
# Postal layouts as each country's post prints them (street line, locality,
# postcode where the country has one), in the country's script.
def _j(parts, multi):
    return ("\n" if multi else ", ").join(parts)

def _a_ci(m):
    n = rd(1, 28)
    return _j(["%s, Lot %d, Îlot %d" % (ch(["Cocody Riviera 3", "Cocody Angré 8e tranche", "Marcory Zone 4", "Yopougon Niangon"]), rd(1, 400), rd(1, 40)), "%02d BP %d Abidjan %02d" % (n, rd(100, 4000), n)], m)

def _a_mw(m):
    a = rd(3, 49)
    return _j(["Area %d, Sector %d, Plot %d/%d/%d" % (a, rd(1, 9), a, rd(1, 9), rd(1, 400)), "Lilongwe"], m)

AD = {
    "ID": lambda m: _j(["Jl. %s No. %d, Kel. %s" % (ch(["Slamet Riyadi", "Dr. Radjiman", "Kapten Mulyadi"]), rd(1, 300), ch(["Kemlayan", "Sriwedari", "Jayengan"])), "Kec. Serengan, Surakarta %d" % ch([57151, 57155, 57152])], m),
    "PH": lambda m: _j(["Purok %d, Brgy. %s" % (rd(1, 9), ch(["Lahug", "Mabolo", "Guadalupe", "Talamban"])), "Cebu City %d" % ch([6000, 6014])], m),
    "CA-qc": lambda m: _j(["%d, %s, app. %d" % (rd(100, 9999), ch(["rue Saint-Denis", "avenue du Mont-Royal Est", "boulevard René-Lévesque"]), rd(1, 30)), "%s (Québec)  %s" % ch([("Montréal", "H2X 3K8"), ("Montréal", "H2J 1Y7"), ("Québec", "G1R 2B5")])], m),
    "TJ": lambda m: _j(["%s, ш. Душанбе" % ch(["734025", "734003", "734018", "734042"]), "%s %d, ҳуҷраи %d" % (ch(["кӯчаи Айнӣ", "кӯчаи Бохтар", "кӯчаи Шотемур", "хиёбони Исмоили Сомонӣ"]), rd(1, 120), rd(1, 90))], m),
    "TM": lambda m: _j(["%s köçesi, %d-nji jaý, %d-nji öý" % (ch(["Oguzhan", "Magtymguly", "Azady", "Görogly"]), rd(1, 90), rd(1, 80)), "744%03d Aşgabat" % rd(0, 40)], m),
    "MV": lambda m: _j(["%s. %s, %s" % (ch(["H", "M", "Ma", "G", "Hen"]), ch(["Fehiraiymaage", "Seaview", "Nooranee Villa", "Blue Lily", "Dhoorimaage"]), ch(["Sosun Magu", "Majeedhee Magu", "Ameeru Ahmed Magu", "Orchid Magu"])), "Malé %d" % rd(20002, 20320)], m),
    "BT": lambda m: _j(["Building %d, %s" % (rd(1, 60), ch(["Norzin Lam", "Chang Lam", "Doebum Lam", "Gongphel Lam"])), "Thimphu 11001"], m),
    "ET": lambda m: ch([_j(["Bole Sub-City, Woreda %02d, House No. %d" % (rd(1, 14), rd(100, 3999)), "Addis Ababa"], m), _j(["ቦሌ ክፍለ ከተማ፣ ወረዳ %02d፣ የቤት ቁጥር %d" % (rd(1, 14), rd(100, 3999)), "አዲስ አበባ"], m)]),
    "ER": lambda m: _j(["Godena %d-%d No. %d" % (rd(160, 175), rd(1, 9), rd(1, 60)), "Asmara"], m),
    "ML": lambda m: _j(["Rue %d, Porte %d, %s" % (rd(100, 400), rd(1, 90), ch(["Hamdallaye ACI 2000", "Badalabougou", "Kalaban Coura"])), "BP E %d Bamako" % rd(1000, 4999)], m),
    "CI": _a_ci,
    "TG": lambda m: _j(["Rue %d, Maison %d, Quartier %s" % (rd(100, 300), rd(1, 60), ch(["Bè-Kpota", "Tokoin Wuiti", "Adidogomé"])), "01 BP %d Lomé 01" % rd(1000, 5000)], m),
    "BJ": lambda m: _j(["Lot %d, Carré %d, %s" % (rd(100, 2000), rd(10, 900), ch(["Haie Vive", "Akpakpa", "Fidjrossè"])), "01 BP %d Cotonou" % rd(1000, 9000)], m),
    "SL": lambda m: _j(["%d %s" % (rd(1, 90), ch(["Wilkinson Road", "Kissy Road", "Spur Road", "Siaka Stevens Street"])), "Freetown"], m),
    "GN": lambda m: _j(["Quartier %s, Commune de %s" % (ch(["Kipé", "Nongo", "Lambanyi"]), ch(["Ratoma", "Matoto"])), "BP %d, Conakry" % rd(100, 4999)], m),
    "BF": lambda m: _j(["Secteur %d, Rue %d.%d, Porte %d" % (rd(1, 30), rd(10, 30), rd(1, 99), rd(1, 80)), "01 BP %d Ouagadougou 01" % rd(100, 5000)], m),
    "NE": lambda m: _j(["Rue KK %d, Porte %d, Quartier %s" % (rd(1, 90), rd(1, 60), ch(["Koira Kano", "Plateau", "Yantala"])), "BP %d Niamey" % rd(10000, 13000)], m),
    "ZM": lambda m: _j(["Plot %d, %s" % (rd(100, 9999), ch(["Mwambula Road, Jesmondine", "Chindo Road, Kabulonga", "Lukasu Road, Rhodes Park"])), "Lusaka %d" % ch([10101, 10100, 10105])], m),
    "MW": _a_mw,
    "ZW": lambda m: _j(["%d %s" % (rd(1, 120), ch(["Fife Avenue, Avondale", "Lomagundi Road, Mount Pleasant", "Enterprise Road, Highlands"])), "Harare"], m),
    "MZ": lambda m: _j(["Av. %s n.º %d, %d.º andar" % (ch(["Julius Nyerere", "24 de Julho", "Vladimir Lenine", "Kenneth Kaunda"]), rd(10, 2500), rd(1, 12)), "Maputo 1100"], m),
    "AO": lambda m: _j(["Rua %s n.º %d, %s" % (ch(["Rainha Ginga", "Major Kanhangulo", "Amílcar Cabral", "Direita da Samba"]), rd(1, 200), ch(["Ingombota", "Maianga", "Alvalade"])), "Luanda"], m),
    "NA": lambda m: _j(["%d %s" % (rd(1, 80), ch(["Jan Jonker Road, Klein Windhoek", "Sam Nujoma Drive, Eros", "Mandume Ndemufayo Avenue, Southern Industrial"])), "Windhoek"], m),
    "BW": lambda m: _j(["Plot %d, %s" % (rd(1000, 60000), ch(["Extension 9", "Tsholofelo", "Block 8", "Phakalane"])), "Gaborone"], m),
    "LS": lambda m: _j(["House No. %d, %s" % (rd(1, 400), ch(["Ha Thetsane", "Maseru West", "Ha Abia"])), "Maseru 100"], m),
    "SD": lambda m: _j(["Block %d, House %d, %s" % (rd(1, 30), rd(1, 90), ch(["Al-Riyadh", "Al-Amarat", "Kafouri"])), "Khartoum %d" % ch([11111, 11113, 11115])], m),
    "DZ": lambda m: ch([_j(["%d, rue %s" % (rd(1, 90), ch(["Didouche Mourad", "Larbi Ben M'hidi", "Hassiba Ben Bouali"])), "16000 Alger"], m), _j(["%d شارع %s" % (rd(1, 90), ch(["ديدوش مراد", "العربي بن مهيدي"])), "16000 الجزائر"], m)]),
    "YE": lambda m: _j(["شارع %s، عمارة %d" % (ch(["الزبيري", "حدة", "الستين"]), rd(1, 80)), "صنعاء"], m),
    "AE": lambda m: ch([_j(["Villa %d, Street %d%s, %s" % (rd(1, 90), rd(1, 40), ch(["", "A", "B"]), ch(["Al Barsha 2", "Mirdif", "Al Safa 1", "Jumeirah 3"])), "Dubai"], m), _j(["فيلا %d، شارع %d، %s" % (rd(1, 90), rd(1, 40), ch(["البرشاء 2", "مردف", "الصفا 1"])), "دبي"], m), _j(["Flat %d, %s Tower, Al Khalidiya" % (rd(101, 2204), ch(["Al Noor", "Bin Hamoodah", "Sheikha Salama"])), "Abu Dhabi"], m)]),
    "SA": lambda m: ch([_j(["%d %s, %s Dist." % (rd(1000, 9999), ch(["King Fahd Rd", "Prince Sultan St", "Takhassusi St"]), ch(["Al Olaya", "Al Malqa", "Al Yasmin"])), "Riyadh %d - %d" % (rd(12200, 13500), rd(2000, 9999))], m), _j(["%s %s، حي %s" % (todig(str(rd(1000, 9999)), "٠"), ch(["طريق الملك فهد", "شارع التخصصي"]), ch(["العليا", "الملقا"])), "الرياض %s - %s" % (todig(str(rd(12200, 13500)), "٠"), todig(str(rd(2000, 9999)), "٠"))], m)]),
    "OM": lambda m: _j(["Way %d, Building %d, %s" % (rd(2000, 4999), rd(100, 3000), ch(["Al Khuwair", "Qurum", "Al Ghubrah"])), "P.C. %d, Muscat" % ch([133, 112, 130])], m),
    "QA": lambda m: _j(["Building %d, Street %d, Zone %d" % (rd(1, 120), rd(800, 990), rd(30, 70)), "Doha"], m),
    "KW": lambda m: _j(["Block %d, Street %d, House %d" % (rd(1, 12), rd(1, 130), rd(1, 60)), "%s %d" % (ch(["Salmiya", "Jabriya", "Mishref"]), rd(20000, 49999))], m),
    "BH": lambda m: _j(["Flat %d, Building %d, Road %d, Block %d" % (rd(1, 40), rd(100, 2999), rd(1000, 4000), rd(300, 999)), ch(["Seef", "Juffair", "Adliya"]) + ", Manama"], m),
    "IQ": lambda m: ch([_j(["Mahalla %d, Zuqaq %d, House %d, Karrada" % (rd(900, 999), rd(1, 60), rd(1, 90)), "Baghdad"], m), _j(["گەڕەکی %s، کۆڵانی %d، خانووی %d" % (ch(["ئازادی", "بەختیاری", "ئیسکان"]), rd(1, 300), rd(1, 90)), "هەولێر 44001"], m)]),
    "SY": lambda m: _j(["شارع %s، بناء %d، الطابق %d" % (ch(["بغداد", "الثورة", "أبو رمانة"]), rd(1, 90), rd(1, 9)), "دمشق"], m),
    "JO": lambda m: _j(["Building %d, %s St, %s" % (rd(1, 90), ch(["Al-Madina Al-Munawwara", "Wasfi Al-Tal", "Mecca"]), ch(["Tla' Al-Ali", "Sweifieh", "Khalda"])), "Amman %d" % ch([11183, 11195, 11821])], m),
    "PS": lambda m: _j(["شارع %s، عمارة %d" % (ch(["الإرسال", "النزهة", "ركب"]), rd(1, 60)), ch(["رام الله", "البيرة"])], m) if R.random() < 0.5 else _j(["%s Street, Building %d" % (ch(["Al-Irsal", "Al-Nuzha", "Rukab"]), rd(1, 60)), ch(["Ramallah", "Al-Bireh"])], m),
    "MO": lambda m: ch([_j(["Rua de %s n.º %d, Edf. %s, %d.º andar %s" % (ch(["S. Paulo", "Tomás Vieira", "Pedro Nolasco da Silva"]), rd(1, 80), ch(["Kam Fu", "Hoi Va", "Lok Yeung"]), rd(1, 20), ch("ABCD")), "Macau"], m), "澳門%s%d號%s大廈%d樓%s座" % (ch(["大堂街", "新馬路", "高士德大馬路"]), rd(1, 90), ch(["金富", "海華", "樂洋"]), rd(1, 20), ch("ABCD"))]),
    "BN": lambda m: _j(["No. %d, Simpang %d, Jalan %s" % (rd(1, 90), rd(10, 300), ch(["Gadong", "Tutong", "Muara"])), "Bandar Seri Begawan BE%d" % rd(1000, 4999)], m),
    "TL": lambda m: _j(["Rua de %s, Aldeia %s" % (ch(["Caicoli", "Audian", "Bidau"]), ch(["20 de Setembro", "Lemocari", "Becusi"])), "Suco %s, Dili" % ch(["Caicoli", "Bidau Santana", "Bemori"])], m),
    "PG": lambda m: _j(["Section %d, Allotment %d, %s" % (rd(1, 90), rd(1, 40), ch(["Boroko", "Gordons", "Waigani"])), "National Capital District"], m),
    "FJ": lambda m: _j(["%d %s" % (rd(1, 120), ch(["Waimanu Road", "Ratu Sukuna Road", "Princes Road, Tamavua"])), "Suva"], m),
    "GU": lambda m: _j(["%d %s" % (rd(100, 999), ch(["Chalan San Antonio", "Route 8", "Chalan Pale Duenas", "Marine Corps Drive"])), "%s, GU %s" % ch([("Tamuning", "96913"), ("Barrigada", "96913"), ("Hagåtña", "96910"), ("Yigo", "96929")])], m),
    "PF": lambda m: _j(["BP %d, %s" % (rd(100, 9999), ch(["Quartier Fariipiti", "Route de l'Hippodrome", "Rue des Poilus Tahitiens"])), "98713 Papeete, Tahiti"], m),
    "PR": lambda m: _j(["Urb. %s, Calle %d Bloque %d #%d" % (ch(["Villa Carolina", "Country Club", "Santa Juanita"]), rd(1, 90), rd(1, 60), rd(1, 40)), "%s, PR %s" % ch([("Carolina", "00985"), ("San Juan", "00924"), ("Bayamón", "00961")])], m),
    "JM": lambda m: _j(["%d %s" % (rd(1, 90), ch(["Hope Road", "Constant Spring Road", "Lady Musgrave Road"])), "Kingston %d" % rd(5, 10)], m),
    "TT": lambda m: _j(["%d %s" % (rd(1, 90), ch(["Ariapita Avenue, Woodbrook", "Eastern Main Road, Tunapuna", "Southern Main Road, Couva"])), ch(["Port of Spain", "Trinidad and Tobago"])], m),
    "SR": lambda m: _j(["%s %d" % (ch(["Kwattaweg", "Indira Gandhiweg", "Verlengde Gemenelandsweg", "Anamoestraat"]), rd(1, 400)), "Paramaribo"], m),
    "GY": lambda m: _j(["Lot %d %s" % (rd(1, 200), ch(["Middle Street, Cummingsburg", "Sheriff Street, Campbellville", "Vlissengen Road, Bel Air Park"])), "Georgetown"], m),
    "CV": lambda m: _j(["%s, Rua %d, casa %d" % (ch(["Achada Santo António", "Palmarejo", "Achada Grande Frente"]), rd(1, 30), rd(1, 90)), "Praia"], m),
    "GT": lambda m: _j(["%d.ª Avenida %d-%02d, Zona %d" % (rd(1, 15), rd(1, 30), rd(1, 99), ch([1, 9, 10, 14, 15])), "01010 Guatemala"], m),
    "HN": lambda m: _j(["Colonia %s, %s, Casa %d" % (ch(["Palmira", "Kennedy", "Lomas del Guijarro"]), ch(["Avenida República de Chile", "Calle Principal", "Bloque D"]), rd(1, 2000)), "Tegucigalpa, M.D.C."], m),
    "SV": lambda m: _j(["%s, Pasaje %d, Casa #%d, Colonia %s" % (ch(["Calle El Mirador", "Calle La Mascota", "Avenida Masferrer"]), rd(1, 9), rd(1, 90), ch(["Escalón", "San Benito", "Miramonte"])), "San Salvador"], m),
    "NI": lambda m: _j(["De %s %d c. al %s, %s c. abajo" % (ch(["la Rotonda El Güegüense", "donde fue el cine González", "los semáforos de Villa Fontana"]), rd(1, 4), ch(["sur", "norte", "lago"]), ch(["1/2", "1", "2"])), "Managua"], m),
    "CR": lambda m: _j(["Barrio %s, del %s %d m %s y %d m %s, casa %d" % (ch(["Escalante", "Los Yoses", "Rohrmoser"]), ch(["Parque Francia", "Automercado", "antiguo Higuerón"]), ch([100, 200, 300]), ch(["norte", "sur"]), ch([25, 50, 75]), ch(["este", "oeste"]), rd(1, 60)), "San José %d" % rd(10101, 10110)], m),
    "PA": lambda m: _j(["Calle %d, Edificio %s, Piso %d, Apto. %d%s" % (rd(40, 80), ch(["Torre Global", "Bay View", "Sky Tower"]), rd(2, 40), rd(1, 9), ch("ABCD")), ch(["Obarrio", "Bella Vista", "San Francisco"]) + ", Ciudad de Panamá"], m),
    "MD": lambda m: _j(["str. %s %d, ap. %d" % (ch(["Ștefan cel Mare", "Mihai Eminescu", "Alba Iulia", "Ismail"]), rd(1, 200), rd(1, 120)), "MD-%d, Chișinău" % ch([2001, 2004, 2012, 2068])], m),
    "GI": lambda m: _j(["%d %s" % (rd(1, 120), ch(["Main Street", "Engineer Lane", "Irish Town", "Rosia Road"])), "Gibraltar GX11 1AA"], m),
    "IM": lambda m: _j(["%d %s" % (rd(1, 80), ch(["Athol Street", "Bucks Road", "Victoria Road", "Glencrutchery Road"])), "Douglas", "Isle of Man", "IM%d %d%s" % (rd(1, 4), rd(1, 9), ch(["AB", "JE", "HN", "QD"]))], m),
    "BI": lambda m: _j(["Avenue %s, %s" % (ch(["de l'Université", "du Large", "de la Mission"]), ch(["Rohero I", "Kiriri", "Kinindo"])), "BP %d Bujumbura" % rd(100, 7000)], m),
    "MU": lambda m: _j(["%d %s" % (rd(1, 90), ch(["Royal Road", "Avenue des Flamboyants", "Sir Seewoosagur Ramgoolam Street"])), "%s %d" % ch([("Curepipe", 74213), ("Quatre Bornes", 72201), ("Rose Hill", 71368)])], m),
    "GE": lambda m: ch([_j(["%s %d, ბინა %d" % (ch(["ჭავჭავაძის გამზ.", "პეკინის ქ.", "ვაჟა-ფშაველას გამზ."]), rd(1, 90), rd(1, 80)), "თბილისი %s" % ch(["0179", "0160", "0177"])], m), _j(["%d %s, apt %d" % (rd(1, 90), ch(["Chavchavadze Ave", "Pekini St", "Vazha-Pshavela Ave"]), rd(1, 80)), "Tbilisi %s" % ch(["0179", "0160", "0177"])], m)]),
    "AM": lambda m: _j(["%s %d, բն. %d" % (ch(["Աբովյան փ.", "Կոմիտասի պող.", "Բաղրամյան պող."]), rd(1, 90), rd(1, 80)), "Երևան %s" % ch(["0001", "0010", "0033", "0019"])], m),
    "IN-kn": lambda m: _j(["ನಂ. %d, %dನೇ ಅಡ್ಡರಸ್ತೆ, %s" % (rd(1, 400), rd(1, 12), ch(["ಜಯನಗರ 4ನೇ ಬ್ಲಾಕ್", "ಬಸವನಗುಡಿ", "ಮಲ್ಲೇಶ್ವರಂ"])), "ಬೆಂಗಳೂರು %s" % ch(["560041", "560004", "560003"])], m),
    "IN-mr": lambda m: _j(["फ्लॅट क्र. %d, %s, %s" % (rd(1, 40), ch(["साईकृपा सोसायटी", "गणेश अपार्टमेंट", "स्वप्नपूर्ती सोसायटी"]), ch(["कोथरूड", "कर्वे नगर", "सदाशिव पेठ"])), "पुणे %s" % todig(ch(["411038", "411052", "411030"]), "०")], m),
    "IN-ks": lambda m: _j(["House No. %d, %s" % (rd(1, 300), ch(["Rajbagh", "Jawahar Nagar", "Hyderpora"])), "Srinagar, Jammu and Kashmir %s" % ch(["190008", "190014"])], m),
    "IN-tb": lambda m: _j(["%s, %s" % (ch(["Ketsang Lodge Road", "Jogiwara Road", "Temple Road"]), ch(["McLeod Ganj", "Gangchen Kyishong"])), "Dharamshala, Himachal Pradesh 176219"], m),
    "LK": lambda m: _j(["%d, %s" % (rd(1, 400), ch(["ගාලු පාර", "ධර්මපාල මාවත", "හැව්ලොක් පාර"])), "කොළඹ %02d" % ch([3, 4, 5, 6])], m),
    "NP": lambda m: _j(["%s-%d, %s" % (ch(["काठमाडौं महानगरपालिका", "ललितपुर महानगरपालिका"]), rd(1, 32), ch(["बालुवाटार", "बानेश्वर", "कुपण्डोल"])), ch(["काठमाडौं", "ललितपुर"])], m),
    "BD": lambda m: _j(["বাড়ি %s, রোড %s, %s" % (todig(str(rd(1, 90)), "০"), todig(str(rd(1, 30)), "০"), ch(["ধানমন্ডি", "মিরপুর ১০", "উত্তরা সেক্টর ৭"])), "ঢাকা %s" % todig(ch(["1205", "1216", "1230"]), "০")], m),
    "PK": lambda m: ch([_j(["House No. %d, Block %d, %s" % (rd(1, 400), rd(1, 18), ch(["Gulshan-e-Iqbal", "PECHS", "North Nazimabad"])), "Karachi %s" % ch(["75300", "75400", "74700"])], m), _j(["مکان نمبر %d، بلاک %d، %s" % (rd(1, 400), rd(1, 18), ch(["گلشن اقبال", "قاسم آباد"])), ch(["کراچی", "حیدرآباد"])], m)]),
    "CN-xz": lambda m: "西藏自治区拉萨市城关区%s%d号 850000" % (ch(["北京中路", "江苏路", "林廓东路"]), rd(1, 200)),
    "CA-nu": lambda m: _j(["Box %d" % rd(100, 2999), "Iqaluit NU  X0A 0H0"], m) if R.random() < 0.5 else _j(["Building %d, %s" % (rd(100, 4000), ch(["Niaqunngusiariaq Road", "Federal Road", "Tumiit Plaza"])), "Iqaluit, Nunavut X0A 0H0"], m),
    "US-nv": lambda m: ch([_j(["PO Box %d" % rd(100, 3000), "Window Rock, AZ 86515"], m), _j(["HC %d Box %d" % (rd(58, 63), rd(10, 900)), "Chinle, AZ 86503"], m), _j(["%d %s" % (rd(100, 9999), ch(["Navajo Route 12", "Indian Route 15"])), "Tuba City, AZ 86045"], m)]),
    "US-ny": lambda m: _j(["%d %s, Apt %d%s" % (rd(10, 800), ch(["Lee Ave", "Bedford Ave", "Wilson St", "Ross St"]), rd(1, 6), ch("ABCDEF")), "Brooklyn, NY 11211"], m),
    "CH-rm": lambda m: _j(["%s %d" % (ch(["Stradun", "Via da Ftan", "Plaz", "Via Mulin"]), rd(1, 400)), ch(["7550 Scuol", "7530 Zernez", "7180 Disentis/Mustér"])], m),
    "DE-hsb": lambda m: _j(["%s %d" % (ch(["Bahnhofstraße", "Lauengraben", "Póstowe naměsto", "Dwórnišćowa"]), rd(1, 90)), ch(["02625 Bautzen", "02625 Budyšin", "01920 Panschwitz-Kuckau"])], m),
    "FR-co": lambda m: _j(["%d %s" % (rd(1, 90), ch(["cours Napoléon", "rue Fesch", "boulevard Paoli", "avenue Pascal Paoli"])), ch(["20000 Ajaccio", "20200 Bastia", "20250 Corte"])], m),
    "FR-br": lambda m: _j(["%d %s" % (rd(1, 90), ch(["rue Kéréon", "rue de Brest", "place Saint-Corentin"])), ch(["29000 Quimper", "29200 Brest", "56100 Lorient"])], m),
    "NO-se": lambda m: _j(["%s %d" % (ch(["Gámvaluodda", "Finnmarksgata", "Rådhusveien"]), rd(1, 90)), ch(["9730 Karasjok", "9520 Kautokeino"])], m),
    "LU": lambda m: _j(["%d, %s" % (rd(1, 120), ch(["rue de la Gare", "route d'Arlon", "Grand-Rue", "rue Principale"])), "L-%d %s" % ch([(9122, "Schieren"), (8009, "Strassen"), (9010, "Ettelbruck"), (7220, "Walferdange")])], m),
    "SG": lambda m: _j(["Blk %d %s, #%02d-%02d" % (rd(100, 700), ch(["Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road", "Jurong West Street 52"]), rd(2, 16), rd(1, 99)), "Singapore %d" % rd(460000, 650999)], m),
    "NZ": lambda m: _j(["%d %s" % (rd(1, 200), ch(["Waiapu Road", "Marae Road", "Te Ara Street"])), ch(["Ruatoria 4032", "Kaitaia 0410", "Tokomaru Bay 4079"])], m),
    "HT": lambda m: _j(["%s, Rue %s #%d" % (ch(["Delmas 33", "Pétion-Ville", "Turgeau"]), ch(["Charbonnière", "Grégoire", "Faustin"]), rd(1, 90)), "Port-au-Prince HT%d" % ch([6110, 6120, 6140])], m),
    "NG": lambda m: _j(["%d %s" % (rd(1, 90), ch(["Opebi Road, Ikeja", "Adeola Odeku Street, Victoria Island", "Ogui Road, Enugu"])), ch(["Lagos 100271", "Lagos 101241", "Enugu 400001"])], m),
    "TZ": lambda m: _j(["Mtaa wa %s, Nyumba Na. %d" % (ch(["Uhuru", "Mkunazini", "Jamhuri"]), rd(1, 90)), "S.L.P. %d, %s" % (rd(100, 9999), ch(["Dar es Salaam", "Zanzibar"]))], m),
    "KR": lambda m: "%s %s %d, %d동 %d호" % (ch(["서울특별시 마포구", "부산광역시 해운대구", "대전광역시 유성구"]), ch(["월드컵북로", "센텀중앙로", "대학로"]), rd(1, 200), rd(101, 115), rd(101, 1504)),
}

def ad(code, multi=False):
    return L("address", AD[code](multi), sub=code.split("-")[0])

# ---------------------------------------------------------------- dates
MON = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
    "so": "Jannaayo Febraayo Maarso Abriil Maajo Juun Luuliyo Agoosto Sebtembar Oktoobar Nofembar Desembar",
    "ha": "Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba",
    "zu": "Januwari Februwari Mashi Ephreli Meyi Juni Julayi Agasti Septemba Okthoba Novemba Disemba",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "kn": "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    "tg": "январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри",
    "tk": "ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr",
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember",
    "rm": "schaner favrer mars avrigl matg zercladur fanadur avust settember october november december",
    "br": "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu",
    "ht": "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
    "tet": "Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru",
    "tpi": "Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Disemba",
    "mi": "Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Hereturikōkā Mahuru Whiringa-ā-nuku Whiringa-ā-rangi Hakihea",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ceb": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Septiyembre Oktubre Nobiyembre Disyembre",
    "arg": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "arl": "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
    "ckb": "کانوونی_دووەم شوبات ئازار نیسان ئایار حوزەیران تەمموز ئاب ئەیلوول تشرینی_یەکەم تشرینی_دووەم کانوونی_یەکەم",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "ny": "Januwale Febuluwale Malichi Epulo Meyi Juni Julayi Ogasiti Seputembala Okutobala Novembala Disembala",
    "am": "ጃንዩወሪ ፌብሩወሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር",
    "amet": "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
}
MON = {k: [m.replace("_", " ") for m in v.split()] for k, v in MON.items()}

def bday(lo=1948, hi=2004):
    return datetime.date(rd(lo, hi), rd(1, 12), rd(1, 28))

def eth_date(d):
    """Gregorian -> Ethiopian (Amete Mihret) calendar via the Julian day number."""
    jdn = d.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    y = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return y, n // 30 + 1, n % 30 + 1

def fd(d, st):
    """A date written in one of many conventions."""
    D, M, Y = d.day, d.month, d.year
    if st in MON:
        m = MON[st][M - 1]
        return {"en": "%d %s %d" % (D, m, Y), "hy": "%d %s %d" % (D, m, Y), "ha": "%d ga %s, %d" % (D, m, Y),
                "br": "%d a viz %s %d" % (D, m, Y), "rm": "%d da %s %d" % (D, m, Y), "lb": "%d. %s %d" % (D, m, Y),
                "ceb": "%s %d, %d" % (m, D, Y), "si": "%d %s %02d" % (Y, m, D), "tk": "%d-nji %s %d" % (D, m, Y),
                "bn": todig("%d %s %d" % (D, m, Y), "০"), "mr": todig("%d %s %d" % (D, m, Y), "०"),
                "arg": todig("%d %s %d" % (D, m, Y), "٠"), "arl": "%d %s %d" % (D, m, Y), "ckb": todig("%d ی %s ی %d" % (D, m, Y), "٠").replace(" ی ", "ی "),
                "es": "%d de %s de %d" % (D, m, Y), "pt": "%d de %s de %d" % (D, m, Y), "tet": "%d %s %d" % (D, m, Y),
                "nl": "%d %s %d" % (D, m, Y), "no": "%d. %s %d" % (D, m, Y), "de": "%d. %s %d" % (D, m, Y),
                }.get(st, "%d %s %d" % (D, m, Y))
    if st == "amet":
        y, m, dd = eth_date(d)
        return "%s %d ቀን %d" % (MON["amet"][m - 1], dd, y)
    if st == "etnum":
        y, m, dd = eth_date(d)
        return "%02d/%02d/%d" % (dd, m, y)
    return {"dmy/": "%02d/%02d/%d" % (D, M, Y), "dmy.": "%02d.%02d.%d" % (D, M, Y), "dmy-": "%02d-%02d-%d" % (D, M, Y),
            "mdy/": "%02d/%02d/%d" % (M, D, Y), "mdy": "%d/%d/%d" % (M, D, Y), "iso": d.isoformat(), "ymd/": "%d/%02d/%02d" % (Y, M, D),
            "ymd.": "%d.%02d.%02d" % (Y, M, D), "compact": "%d%02d%02d" % (Y, M, D), "enus": "%s %d, %d" % (MON["en"][M - 1], D, Y),
            "enab": "%02d %s %d" % (D, MON["en"][M - 1][:3].upper(), Y), "en-": "%d-%s-%d" % (D, MON["en"][M - 1][:3], Y),
            "fr": "%d %s %d" % (D, MON["fr"][M - 1], Y), "ko": "%d년 %d월 %d일" % (Y, M, D), "zh": "%d年%d月%d日" % (Y, M, D),
            "arnum": todig("%d/%d/%d" % (D, M, Y), "٠"), "fanum": todig("%d/%02d/%02d" % (Y, M, D), "۰"),
            "bnnum": todig("%02d/%02d/%d" % (D, M, Y), "০"), "denum": todig("%d-%02d-%02d" % (Y, M, D), "०"),
            "ord": "%d%s %s %d" % (D, "th" if 10 <= D % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th"), MON["en"][M - 1], Y),
            "dmy2": "%d/%d/%02d" % (D, M, Y % 100)}[st]

def dob(st, lo=1948, hi=2004, d=None):
    d = d or bday(lo, hi)
    return L("dob", fd(d, st), sub=st)

def odate(st="iso", lo=2019, hi=2025, tag="date_other"):
    return N(fd(datetime.date(rd(lo, hi), rd(1, 12), rd(1, 28)), st), tag)

# ---------------------------------------------------------------- gov ids
def _luhn_digit(body):
    return luhn_complete(body)[-1]

def id_eid(y):             # UAE Emirates ID: 784-YYYY-NNNNNNN-C, Luhn over 15 digits
    b = "784%d%s" % (y, dg(7))
    s = luhn_complete(b)
    return "%s-%s-%s-%s" % (s[:3], s[3:7], s[7:14], s[14])

def id_sa(kind="1"):       # Saudi national id (1...) / iqama (2...), Luhn
    return luhn_complete(kind + dg(8))

def id_kw(d):              # Kuwait civil id: C YYMMDD NNNN K, weights 2 1 6 3 7 9 10 5 8 4 2
    w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    while True:
        b = ("2" if d.year < 2000 else "3") + d.strftime("%y%m%d") + dg(4)
        c = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if c < 10:
            return b + str(c)

def kw_ok(s):
    w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 12 and 11 - sum(int(x) * y for x, y in zip(s, w)) % 11 == int(s[11])

def id_ps():               # Palestinian id: 9 digits, the teudat zehut (Luhn) check
    return luhn_complete(ch("498") + dg(7))

def id_ohip():             # Ontario health number: 10 digits, Luhn, version code
    s = luhn_complete(nzd(9))
    return "%s-%s-%s-%s" % (s[:4], s[4:7], s[7:], "".join(ch(string.ascii_uppercase) for _ in range(2)))

def id_dui():              # El Salvador DUI: 8 digits + check (weights 9..2, mod 10)
    b = dg(8)
    return b + "-" + str((10 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 10) % 10)

def dui_ok(s):
    b, c = s.split("-")
    return (10 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 10) % 10 == int(c)

def id_cui():              # Guatemala CUI/DPI: 8 digits, check = sum(d_i*(i+2)) mod 11, department, municipality
    while True:
        b = dg(8)
        c = sum(int(x) * (i + 2) for i, x in enumerate(b)) % 11
        if c < 10:
            return "%s %s%d %02d%02d" % (b[:4], b[4:], c, rd(1, 22), rd(1, 12))

def cui_ok(s):
    s = s.replace(" ", "")
    return sum(int(x) * (i + 2) for i, x in enumerate(s[:8])) % 11 == int(s[8]) and 1 <= int(s[9:11]) <= 22

NI_LET = "ABCDEFGHJKLMNPQRSTUVWXY"

def id_ni(d):              # Nicaragua cédula: municipality-DDMMYY-serial + letter (13 digits mod 23)
    b = ch(["001", "081", "401", "121", "241"]) + d.strftime("%d%m%y") + dg(4)
    return "%s-%s-%s%s" % (b[:3], b[3:9], b[9:], NI_LET[int(b) % 23])

def ni_ok(s):
    b = s.replace("-", "")
    return NI_LET[int(b[:13]) % 23] == b[13]

ZW_LET = "ZABCDEFGHJKLMNPQRSTVWXY"

def id_zw():               # Zimbabwe national id: district-serial check letter district
    dist, ser = "%02d" % ch([63, 8, 42, 58, 29, 70]), dg(7)
    return "%s-%s %s %02d" % (dist, ser, ZW_LET[int(dist + ser) % 23], ch([42, 63, 18, 75]))

def zw_ok(s):
    a, l, _ = s.split(" ")
    return ZW_LET[int(a.replace("-", "")) % 23] == l

def id_lu(d):              # Luxembourg matricule: YYYYMMDD + 3 + Luhn digit + Verhoeff digit (both over the 11)
    b = d.strftime("%Y%m%d") + dg(3)
    return b + _luhn_digit(b) + verhoeff_digit(b)

def lu_ok(s):
    return luhn_ok(s[:11] + s[11]) and verhoeff_ok(s[:11] + s[12])

def id_md():               # Moldova IDNP: 13 digits, check = sum(d*7,3,1) mod 10
    b = "2" + dg(11)
    return b + str(sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(b)) % 10)

def md_ok(s):
    return len(s) == 13 and sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s[:12])) % 10 == int(s[12])

def id_cvnif():            # Cabo Verde NIF: 9 digits, mod 11 (weights 9..2)
    while True:
        b = "1" + dg(7)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        if c < 10:
            return b + str(c)

def cvnif_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return c < 10 and int(s[8]) == c

def id_ramq(p, d):         # Quebec health insurance number: 3 letters of surname, given initial, YY MM(+50) DD, 2 digits
    f = strip_acc(p.f[1]).upper().replace(" ", "").replace("-", "")
    mm = d.month + (50 if p.sex == "f" else 0)
    return "%s%s %02d%02d %02d%s" % (f[:3], strip_acc(p.g[1])[0].upper(), d.year % 100, mm, d.day, dg(2))

def id_lk(d, sex):         # Sri Lankan NIC (2016 form): YYYY + day of year (+500 for women) + serial
    doy = d.timetuple().tm_yday + (500 if sex == "f" else 0)
    return "%d%03d%s" % (d.year, doy, dg(5))

def id_pk(sex):
    return "%s-%s-%d" % (ch(["42101", "41303", "42201", "45102"]), dg(7), ch([1, 3, 5, 7, 9] if sex == "m" else [2, 4, 6, 8]))

def id_simple(kind):
    return {"bw_omang": lambda: dg(4) + ch("12") + dg(4), "zm_nrc": lambda: "%s/%02d/1" % (dg(6), rd(10, 99)),
            "bt_cid": lambda: "1" + dg(10), "mv_nic": lambda: "A" + dg(6), "np_citizenship": lambda: "%02d-%02d-%02d-%05d" % (rd(1, 77), rd(1, 9), rd(60, 80), rd(1, 99999)),
            "et_fan": lambda: " ".join(dg(4) for _ in range(4)), "cr_cedula": lambda: "%d-%04d-%04d" % (rd(1, 7), rd(100, 1999), rd(1, 9999)),
            "pa_cedula": lambda: "%d-%d-%d" % (rd(1, 9), rd(100, 999), rd(1000, 9999)), "hn_dni": lambda: "%04d-%d-%05d" % (ch([801, 501, 101, 1501]), rd(1960, 2004), rd(1, 99999)),
            "qa_qid": lambda: ch("23") + dg(2) + ch(["634", "356", "586", "818"]) + dg(5), "mo_bir": lambda: "%s%s(%s)" % (ch("157"), dg(6), dg(1)),
            "iq_card": lambda: "1" + dg(11), "jm_trn": lambda: "1%s-%s-%s" % (dg(2), dg(3), dg(3)), "am_ssn": lambda: dg(10),
            "mz_bi": lambda: "1101%s%s" % (dg(8), ch(string.ascii_uppercase)), "nu_health": lambda: "1" + dg(8), "tj_passport": lambda: "4" + dg(8),
            "passport": lambda: ch(string.ascii_uppercase) + dg(8), "bd_nid": lambda: nzd(10), "tl_eleitoral": lambda: dg(9), "so_id": lambda: dg(10)}[kind]()

def gid(kind, v=None):
    return L("gov_id", v if v is not None else id_simple(kind), sub=kind)

GOV_CHECK = {"ae_eid": lambda v: luhn_ok(v.replace("-", "")), "sa_nid": luhn_ok, "sa_iqama": luhn_ok, "kw_civil": kw_ok,
             "ps_id": luhn_ok, "ca_ohip": lambda v: luhn_ok(v.replace("-", "")[:10]), "sv_dui": dui_ok, "gt_cui": cui_ok,
             "ni_cedula": ni_ok, "zw_id": zw_ok, "lu_matricule": lu_ok, "md_idnp": md_ok, "cv_nif": cvnif_ok,
             "us_ssn": lambda v: re.fullmatch(r"(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}", v) is not None,
             "in_aadhaar": lambda v: verhoeff_ok(v.replace(" ", ""))}

# ---------------------------------------------------------------- cards, ibans, ips
CARDS = {"visa": (["4"], 16), "mc": (["51", "53", "55", "2221", "2720"], 16), "amex": (["34", "37"], 15),
         "unionpay": (["62"], 16), "jcb": (["3528", "3566"], 16), "mada": (["588845", "440647", "446404", "968208"], 16),
         "napas": (["9704"], 16), "uzcard": (["8600"], 16), "verve": (["506099", "506118", "650002"], 19),
         "elo": (["636368", "504175", "509048"], 16), "dankort": (["5019"], 16), "uatp": (["1"], 15),
         "belkart": (["9112"], 16), "mir": (["2200", "2202"], 16), "troy": (["9792"], 16), "rupay": (["6521", "6522"], 16)}

def card_num(iss):
    pre, n = CARDS[iss]
    p = ch(pre)
    return luhn_complete(p + dg(n - len(p) - 1))

def cd(iss=None, st=None):
    iss = iss or ch(["visa", "visa", "mc", "mc", "amex", "unionpay", "jcb", "verve", "elo", "napas", "uzcard", "dankort", "belkart", "uatp", "troy", "mir"])
    s = card_num(iss)
    st = st or ch(["sp", "sp", "dash", "solid", "nbsp"])
    if len(s) == 15:
        g = [s[:4], s[4:10], s[10:]] if iss == "amex" else [s[:4], s[4:9], s[9:]]
    elif len(s) == 19:
        g = [s[:4], s[4:8], s[8:12], s[12:16], s[16:]] if st != "6-13" else [s[:6], s[6:]]
    else:
        g = [s[i:i + 4] for i in range(0, 16, 4)]
    sep = {"sp": " ", "dash": "-", "solid": "", "nbsp": "\u00a0", "6-13": " "}[st]
    return L("card", sep.join(g), sub=iss)

IBAN_MORE = {"QA": "4a21c", "KW": "4a22c", "BH": "4a14c", "JO": "4a4n18c", "IQ": "4a3n12n", "PS": "4a21c",
             "MU": "4a2n2n12n3n3a", "SC": "4a2n2n16n3a", "MD": "2c18c", "GI": "4a15c", "TL": "3n14n2n", "SV": "4a20n",
             "BI": "5n5n11n2n", "SD": "2n12n", "CR": "4n14n", "GT": "4c20c", "LY": "3n3n15n", "VA": "3n15n", "MR": "5n5n11n2n", "ST": "8n11n2n"}
IBAN_ALL = dict(IBAN_SPEC, **IBAN_MORE)
IBAN_LENS = {c: 4 + bban_len(s) for c, s in IBAN_ALL.items()}

def iban_new(c):
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", IBAN_ALL[c]):
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits * 8 + string.ascii_uppercase}[k]
        out += "".join(ch(alpha) for _ in range(int(n)))
    if c == "MU":
        out = out[:-3] + "MUR"
    if c == "SC":
        out = out[:-3] + "SCR"
    s = iban_make(c, out)
    assert iban_mod97(s) == 1 and len(s) == IBAN_LENS[c]
    return s

def ib(c, st=None):
    s = iban_random(R, c) if c in IBAN_SPEC else iban_new(c)
    st = st or ch(["g4", "g4", "solid", "g4nb"])
    v = {"g4": group(s), "solid": s, "g4nb": group(s, 4, "\u00a0"), "g4dash": group(s, 4, "-")}[st]
    return L("iban", v, sub=c)

def ip4(kind=None):
    kind = kind or ch(["pub", "pub", "pub", "p10", "p192", "p172"])
    while True:
        if kind == "pub":
            a = ch([41, 45, 62, 77, 85, 91, 102, 105, 154, 156, 160, 175, 185, 196, 197, 200, 212])
            v = "%d.%d.%d.%d" % (a, rd(0, 255), rd(0, 255), rd(1, 254))
        elif kind == "p10":
            v = "10.%d.%d.%d" % (rd(0, 255), rd(0, 255), rd(2, 254))
        elif kind == "p192":
            v = "192.168.%d.%d" % (rd(0, 254), rd(2, 254))
        else:
            v = "172.%d.%d.%d" % (rd(16, 31), rd(0, 255), rd(2, 254))
        if ipaddress.ip_address(v).is_global or kind != "pub":
            return L("ip", v, sub="v4" if kind == "pub" else "v4_private")

def ipx():
    return ip6() if R.random() < 0.35 else ip4()

def ip6(kind=None):
    kind = kind or ch(["pub", "pub", "ula"])
    if kind == "pub":
        v = "%s:%x:%x::%x" % (ch(["2a02:c7f", "2c0f:fb50", "2400:cb00", "2a01:4f8", "2001:41d0", "2c0f:f248"]), rd(1, 0xffff), rd(1, 0xffff), rd(1, 0xffff))
    else:
        v = "fd%02x:%x:%x:%x::%x" % (rd(0, 255), rd(1, 0xffff), rd(1, 0xffff), rd(1, 0xffff), rd(2, 0xfff))
    return L("ip", str(ipaddress.ip_address(v)), sub="v6" if kind == "pub" else "v6_private")

# ---------------------------------------------------------------- e-mail
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "yahoo.fr", "live.com", "zoho.com", "mail.ru", "yandex.ru", "gmx.net"]

def em(p=None, dom=None, st=None):
    if p is None:
        loc = ch(["info", "office", "admin.desk", "bookings", "hr", "finance", "frontdesk", "support"])
    else:
        g, f = slug(p.g[1]), slug(p.f[1])
        st = st if st is not None else rd(0, 6)
        loc = [g + "." + f, g[0] + f, f + "." + g, "%s%s%d" % (g, f[:1], rd(2, 99)), g + "_" + f, f + g[0], "%s.%s%d" % (g, f, rd(70, 99))][st]
    return L("email", loc + "@" + (dom or ch(FREEMAIL)), sub="personal" if p else "role")

# ---------------------------------------------------------------- secrets
def _b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def _pw():
    w = ch(["Kwacha", "Baobab", "Zambezi", "Monsoon", "Tundra", "Lagoon", "Savanna", "Cedar", "Harmattan", "Sirocco", "Atoll", "Mango"])
    return ch([w + ch("!#$%&*@") + str(rd(10, 9999)), w.lower() + str(rd(1950, 2024)) + ch(["!", "?", ""]),
               rnd(R, ALNUM + "!#%^*", rd(12, 20)), ch(["Tr0ub4dor", "N3wYear", "Pa55w0rd", "Welcome"]) + ch(["&3", "!!", "#24", "2025"]),
               "-".join(ch(["river", "amber", "copper", "lantern", "quiet", "falcon", "ember", "harbor", "orbit", "velvet"]) for _ in range(4))])

def _pem(typ):
    lines = [rnd(R, B64, 64) for _ in range(rd(4, 9))] + [rnd(R, B64, rd(8, 60)) + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, "\n".join(lines), typ)

def _uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

SEC = {
    "password": _pw,
    "atlassian_api_token": lambda: "ATATT3xFfGF0" + rnd(R, URLSAFE, 170) + "=" + rnd(R, HEXU, 8),
    "asana_pat": lambda: "2/%s/%s:%s" % (dg(16), dg(16), rnd(R, HEX, 32)),
    "airtable_pat": lambda: "pat" + rnd(R, ALNUM, 14) + "." + rnd(R, HEX, 64),
    "okta_api_token": lambda: "00" + rnd(R, URLSAFE, 40),
    "dropbox_token": lambda: "sl." + rnd(R, URLSAFE, 136),
    "mailgun_key": lambda: "key-" + rnd(R, HEX, 32),
    "postmark_token": _uuid,
    "brevo_key": lambda: "xkeysib-" + rnd(R, HEX, 64) + "-" + rnd(R, ALNUM, 16),
    "contentful_pat": lambda: "CFPAT-" + rnd(R, URLSAFE, 43),
    "fcm_server_key": lambda: "AAAA" + rnd(R, URLSAFE, 7) + ":APA91b" + rnd(R, URLSAFE, 134),
    "consul_acl_token": _uuid,
    "github_oauth_secret": lambda: rnd(R, HEX, 40),
    "bitbucket_app_password": lambda: "ATBB" + rnd(R, ALNUM, 28) + rnd(R, HEXU, 8),
    "azure_devops_pat": lambda: rnd(R, "abcdefghijklmnopqrstuvwxyz234567", 52),
    "putty_ppk": lambda: "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-%s\nPublic-Lines: 2\n%s\n%s\nPrivate-Lines: 1\n%s\nPrivate-MAC: %s" % (
        dg(8), "AAAAC3NzaC1lZDI1NTE5AAAA" + rnd(R, B64, 44)[:44], rnd(R, B64, 20), "AAAAI" + rnd(R, B64, 43), rnd(R, HEX, 64)),
    "cloudinary_secret": lambda: rnd(R, URLSAFE, 27),
    "launchdarkly_sdk": lambda: "sdk-" + _uuid(),
    "intercom_token": lambda: base64.b64encode(("tok:" + _uuid()).encode()).decode().rstrip("="),
    "zendesk_token": lambda: rnd(R, ALNUM, 40),
    "hubspot_pat": lambda: "pat-%s-%s" % (ch(["na1", "eu1"]), _uuid()),
    "plaid_secret": lambda: rnd(R, HEX, 30),
    "paystack_secret": lambda: "sk_live_" + rnd(R, HEX, 40),
    "binance_secret": lambda: rnd(R, ALNUM, 64),
    "twitch_secret": lambda: rnd(R, LOWN, 30),
    "spotify_secret": lambda: rnd(R, HEX, 32),
    "cohere_key": lambda: rnd(R, ALNUM, 40),
    "mistral_key": lambda: rnd(R, ALNUM, 32),
    "openrouter_key": lambda: "sk-or-v1-" + rnd(R, HEX, 64),
    "deepseek_key": lambda: "sk-" + rnd(R, HEX, 32),
    "google_oauth_secret": lambda: "GOCSPX-" + rnd(R, URLSAFE, 28),
    "google_refresh_token": lambda: "1//0" + rnd(R, URLSAFE, 2) + rnd(R, URLSAFE, 98),
    "cloudflare_origin_ca": lambda: "v1.0-" + rnd(R, HEX, 24) + "-" + rnd(R, HEX, 146),
    "flyio_token": lambda: "FlyV1 fm2_" + rnd(R, B64, 180),
    "render_key": lambda: "rnd_" + rnd(R, ALNUM, 32),
    "bitwarden_sm_token": lambda: "0.%s.%s:%s" % (_uuid(), rnd(R, ALNUM, 30), rnd(R, ALNUM + "+/", 22) + "=="),
    "grafana_cloud_token": lambda: "glc_" + rnd(R, ALNUM, 100) + "==",
    "dynatrace_token": lambda: "dt0c01.%s.%s" % (rnd(R, UPN, 24), rnd(R, UPN, 64)),
    "honeycomb_key": lambda: "hcaik_" + rnd(R, LOWN, 58),
    "splunk_hec": _uuid,
    "vonage_secret": lambda: rnd(R, ALNUM, 16),
    "wise_token": _uuid,
    "mpesa_consumer_secret": lambda: rnd(R, ALNUM, 16),
    "gocardless_token": lambda: "live_" + rnd(R, URLSAFE, 40),
    "solana_keypair": lambda: "[" + ",".join(str(rd(0, 255)) for _ in range(64)) + "]",
    "xprv": lambda: "xprv9s21ZrQH143K" + rnd(R, B58, 95),
    "session_cookie": lambda: ch(["s%3A" + rnd(R, URLSAFE, 32) + "." + rnd(R, B64, 43), rnd(R, LOWN, 32), "eyJpdiI6" + rnd(R, ALNUM, 180) + "%3D"]),
    "snmp_community": lambda: ch(["n0c", "mon", "ro"]) + rnd(R, ALNUM, rd(8, 14)),
    "cisco_type7": lambda: "%02d%s" % (rd(0, 15), rnd(R, HEXU, 2 * rd(8, 12))),
    "totp_seed": lambda: rnd(R, B32, 32),
    "recovery_code": lambda: "%s-%s" % (rnd(R, LOWN, 5), rnd(R, LOWN, 5)),
    "nats_nkey_seed": lambda: "SU" + rnd(R, B32, 56),
    "artifactory_key": lambda: "AKCp" + rnd(R, ALNUM, 69),
    "artifactory_ref_token": lambda: "cmVmdGtuOjAxOj" + rnd(R, ALNUM, 50),
    "jenkins_api_token": lambda: "11" + rnd(R, HEX, 32),
    "gitea_token": lambda: rnd(R, HEX, 40),
    "gitlab_runner_token": lambda: "glrt-" + rnd(R, URLSAFE, 20),
    "gitlab_deploy_token": lambda: "gldt-" + rnd(R, URLSAFE, 20),
    "azure_sb_key": lambda: _b64(32),
    "cosmos_account_key": lambda: _b64(64),
    "gcs_hmac_secret": lambda: rnd(R, B64, 40),
    "linode_token": lambda: rnd(R, HEX, 64),
    "vultr_key": lambda: rnd(R, UPN, 36),
    "hetzner_token": lambda: rnd(R, ALNUM, 64),
    "ovh_app_secret": lambda: rnd(R, ALNUM, 32),
    "k8s_bootstrap_token": lambda: rnd(R, LOWN, 6) + "." + rnd(R, LOWN, 16),
    "swarm_join_token": lambda: "SWMTKN-1-" + rnd(R, LOWN, 50) + "-" + rnd(R, LOWN, 25),
    "k3s_token": lambda: "K10" + rnd(R, HEX, 64) + "::server:" + rnd(R, HEX, 32),
    "rancher_token": lambda: "token-%s:%s" % (rnd(R, LOWN, 5), rnd(R, LOWN, 54)),
    "ngrok_authtoken": lambda: "2" + rnd(R, ALNUM, 26) + "_" + rnd(R, ALNUM, 21),
    "openvpn_static_key": lambda: "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(rnd(R, HEX, 32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----",
    "codecov_token": _uuid,
    "snyk_token": _uuid,
    "pem_rsa": lambda: _pem("RSA PRIVATE KEY"),
    "pem_pkcs8": lambda: _pem("PRIVATE KEY"),
    "pem_openssh": lambda: _pem("OPENSSH PRIVATE KEY"),
    "pem_dsa": lambda: _pem("DSA PRIVATE KEY"),
    "pem_encrypted": lambda: _pem("ENCRYPTED PRIVATE KEY"),
    "minisign_secret": lambda: "RWRTY0Iy" + rnd(R, B64, 204),
    "pusher_secret": lambda: rnd(R, HEX, 20),
    "algolia_admin_key": lambda: rnd(R, HEX, 32),
    "segment_write_key": lambda: rnd(R, ALNUM, 32),
    "sentry_auth_token": lambda: "sntrys_" + rnd(R, B64, 120),
    "square_token": lambda: "EAAA" + rnd(R, URLSAFE, 60),
    "jwt": lambda: secret_random(R, "jwt"),
    "aws_secret": lambda: secret_random(R, "aws_secret_access_key"),
    "aws_key_id": lambda: secret_random(R, "aws_access_key_id"),
    "slack_webhook": lambda: secret_random(R, "slack_webhook"),
    "stripe": lambda: secret_random(R, "stripe"),
    "github_pat": lambda: secret_random(R, "github_pat"),
    "sendgrid": lambda: secret_random(R, "sendgrid"),
    "twilio_auth": lambda: rnd(R, HEX, 32),
    "gcp_sa_private_key": lambda: "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(rnd(R, B64, 64) for _ in range(6)) + "\\n" + rnd(R, B64, 24) + "=\\n-----END PRIVATE KEY-----",
}

def sec(kind, v=None):
    return L("secret", v if v is not None else SEC[kind](), sub=kind)

SECRET_ENV = {
    "atlassian_api_token": "JIRA_API_TOKEN", "asana_pat": "ASANA_PAT", "airtable_pat": "AIRTABLE_TOKEN", "okta_api_token": "OKTA_API_TOKEN",
    "dropbox_token": "DROPBOX_ACCESS_TOKEN", "postmark_token": "POSTMARK_SERVER_TOKEN", "brevo_key": "BREVO_API_KEY", "fcm_server_key": "FCM_SERVER_KEY",
    "consul_acl_token": "CONSUL_HTTP_TOKEN", "github_oauth_secret": "GITHUB_CLIENT_SECRET", "cloudinary_secret": "CLOUDINARY_API_SECRET", "plaid_secret": "PLAID_SECRET",
    "twitch_secret": "TWITCH_CLIENT_SECRET", "spotify_secret": "SPOTIFY_CLIENT_SECRET", "openrouter_key": "OPENROUTER_API_KEY", "deepseek_key": "DEEPSEEK_API_KEY",
    "google_oauth_secret": "GOOGLE_CLIENT_SECRET", "google_refresh_token": "GOOGLE_REFRESH_TOKEN", "cloudflare_origin_ca": "CF_ORIGIN_CA_KEY", "flyio_token": "FLY_API_TOKEN",
    "render_key": "RENDER_API_KEY", "bitwarden_sm_token": "BWS_ACCESS_TOKEN", "grafana_cloud_token": "GRAFANA_CLOUD_TOKEN", "dynatrace_token": "DT_API_TOKEN",
    "honeycomb_key": "HONEYCOMB_API_KEY", "splunk_hec": "SPLUNK_HEC_TOKEN", "vonage_secret": "VONAGE_API_SECRET", "gocardless_token": "GOCARDLESS_ACCESS_TOKEN",
    "pusher_secret": "PUSHER_APP_SECRET", "algolia_admin_key": "ALGOLIA_ADMIN_KEY", "segment_write_key": "SEGMENT_WRITE_KEY", "square_token": "SQUARE_ACCESS_TOKEN",
    "linode_token": "LINODE_TOKEN", "vultr_key": "VULTR_API_KEY", "hetzner_token": "HCLOUD_TOKEN", "ovh_app_secret": "OVH_APPLICATION_SECRET",
    "codecov_token": "CODECOV_TOKEN", "snyk_token": "SNYK_TOKEN", "artifactory_ref_token": "JFROG_ACCESS_TOKEN", "gitea_token": "GITEA_TOKEN",
    "aws_secret": "AWS_SECRET_ACCESS_KEY", "aws_key_id": "AWS_ACCESS_KEY_ID", "sendgrid": "SENDGRID_API_KEY", "github_pat": "GH_TOKEN", "twilio_auth": "TWILIO_AUTH_TOKEN",
    "cohere_key": "COHERE_API_KEY", "mistral_key": "MISTRAL_API_KEY", "zendesk_token": "ZENDESK_API_TOKEN", "intercom_token": "INTERCOM_ACCESS_TOKEN",
    "hubspot_pat": "HUBSPOT_ACCESS_TOKEN", "wise_token": "WISE_API_TOKEN", "sentry_auth_token": "SENTRY_AUTH_TOKEN", "minisign_secret": "MINISIGN_SECRET_KEY",
    "xprv": "WALLET_XPRV", "solana_keypair": "SOLANA_KEYPAIR", "binance_secret": "BINANCE_API_SECRET", "paystack_secret": "PAYSTACK_SECRET_KEY",
}

def envs(n, fmt):
    """n credentials from SECRET_ENV written as fmt ("{k}" name, "{v}" value)."""
    out = []
    for k in R.sample(sorted(SECRET_ENV), n):
        pre, post = fmt.replace("{k}", SECRET_ENV[k]).split("{v}")
        out += [pre, sec(k), post]
    return out

# ---------------------------------------------------------------- look-alikes
def imei():
    return luhn_complete(ch(["35", "86", "01"]) + dg(12))

def iccid(cc):
    return luhn_complete("89" + cc + dg(17 - len(cc)))

def lei():
    b = rnd(R, UPN, 18)
    return b + "%02d" % (98 - int("".join(str(int(c, 36)) for c in b + "00")) % 97)

def orcid():
    b, t = "0000000" + dg(8), 0
    for c in b:
        t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    s = b + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))

def iswc():
    b = dg(9)
    return "T-%s.%s.%s-%d" % (b[:3], b[3:6], b[6:], (10 - (1 + sum((i + 1) * int(x) for i, x in enumerate(b))) % 10) % 10)

def imo():
    b = nzd(6)
    return "IMO %s%d" % (b, sum(int(x) * (7 - i) for i, x in enumerate(b)) % 10)

_VT = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))

def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(ch(["1FT", "JTM", "WVW", "MA3", "SAL", "KMH"]) + "".join(ch(al) for _ in range(14)))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    t = sum((int(c) if c.isdigit() else _VT[c]) * w[i] for i, c in enumerate(s)) % 11
    s[8] = "X" if t == 10 else str(t)
    return "".join(s)

def s10(cc):
    b = dg(8)
    c = 11 - sum(int(x) * w for x, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    return "%s%s%d%s" % (ch(["RR", "EE", "CP", "LX"]), b, {10: 0, 11: 5}.get(c, c), cc)

def bad_iban(c):
    s = iban_new(c)
    k = (int(s[2:4]) + rd(1, 50)) % 97 + 2
    return group(s[:2] + "%02d" % k + s[4:])

def luhn_bad():
    s = card_num("visa")
    return group(s[:-1] + str((int(s[-1]) + rd(1, 9)) % 10))

def sha(n=64):
    return rnd(R, HEX, n)

def amt(cur):
    v = rd(20, 250000)
    return {"ZMW": "K%s" % f"{v:,}", "MWK": "MK %s" % f"{v:,}", "XOF": "%s FCFA" % f"{v:,}".replace(",", "\u202f"), "AED": "AED %s.00" % f"{v:,}",
            "KWD": "KD %d.%03d" % (v % 900, rd(0, 999)), "BHD": "BD %d.%03d" % (v % 900, rd(0, 999)), "JOD": "JD %d.%03d" % (v % 900, rd(0, 999)),
            "CVE": "%s$%02d" % (f"{v:,}".replace(",", "."), rd(0, 99)), "GTQ": "Q %s.00" % f"{v:,}", "HNL": "L %s.00" % f"{v:,}",
            "NIO": "C$ %s" % f"{v:,}", "CRC": "₡%s" % f"{v:,}".replace(",", " "), "PAB": "B/. %s.00" % f"{v % 5000:,}", "MDL": "%s lei" % f"{v:,}".replace(",", " "),
            "TTD": "TT$%s.00" % f"{v:,}", "JMD": "J$%s" % f"{v:,}", "SRD": "SRD %s,%02d" % (f"{v:,}".replace(",", "."), rd(0, 99)),
            "MOP": "MOP$ %s" % f"{v:,}", "XPF": "%s XPF" % f"{v:,}".replace(",", " "), "FJD": "FJ$%s" % f"{v % 9000:,}", "PGK": "K %s.00" % f"{v % 9000:,}",
            "BTN": "Nu. %s" % f"{v:,}", "MVR": "MVR %s" % f"{v % 9000:,}", "ETB": "%s ብር" % f"{v:,}", "TJS": "%s сомонӣ" % f"{v % 9000:,}".replace(",", " "),
            "AMD": "%s ֏" % f"{v:,}".replace(",", " "), "GEL": "%s ₾" % f"{v % 9000:,}".replace(",", " "), "INR": "₹%s" % f"{v:,}",
            "PKR": "Rs. %s/-" % f"{v:,}", "BDT": "৳ %s" % todig(f"{v:,}", "০"), "NPR": "रु. %s" % todig(f"{v:,}", "०"), "LKR": "Rs. %s.00" % f"{v:,}",
            "SAR": "%s ر.س" % todig(str(v % 9000), "٠"), "USD": "US$%s.00" % f"{v % 9000:,}", "EUR": "%s,%02d €" % (f"{v % 9000:,}".replace(",", "."), rd(0, 99)),
            "GBP": "£%s.%02d" % (f"{v % 9000:,}", rd(0, 99)), "CHF": "CHF %s.–" % f"{v % 9000:,}".replace(",", "'"), "NGN": "₦%s" % f"{v:,}",
            "BWP": "P%s.00" % f"{v % 9000:,}", "NAD": "N$%s" % f"{v % 9000:,}", "KRW": "%s원" % f"{v * 10:,}", "HTG": "%s goud" % f"{v % 90000:,}",
            "BIF": "%s FBu" % f"{v * 10:,}".replace(",", " "), "AOA": "%s Kz" % f"{v:,}".replace(",", " "), "MZN": "%s MT" % f"{v:,}".replace(",", " "),
            "IQD": "%s د.ع" % todig(f"{v * 10:,}", "٠"), "SYP": "%s ل.س" % f"{v * 10:,}", "TZS": "TSh %s" % f"{v * 10:,}", "IDR": "Rp %s" % f"{v * 100:,}".replace(",", "."),
            "PHP": "₱%s.00" % f"{v % 90000:,}", "TMT": "%s manat" % f"{v % 9000:,}", "KGS": "%s сом" % f"{v % 90000:,}".replace(",", " "), "MUR": "Rs %s" % f"{v % 90000:,}"}[cur]

def A(cur):
    return N(amt(cur), "amount")

TPL, CTPL = [], []
EPONYM_WORDS = set()

def EP(text):
    """A place, institution or work named after a person: a look-alike, not a label."""
    EPONYM_WORDS.update(re.findall(r"\w+", text))
    return N(text, "eponym")

def tpl(f):
    TPL.append(f)
    return f

def ctpl(f):
    CTPL.append(f)
    return f

def opt(f, p=0.3, blank="—"):
    """An optional cell: most ledger rows leave phone or birth date empty."""
    return f() if R.random() < p else blank

# ---------------------------------------------------------------- labelled templates: documents (English)
@tpl
def t_purchase_order():
    c = ch(["ZM", "MW", "ZW"])
    cu, cur = {"ZM": ("bem", "ZMW"), "MW": ("ny", "MWK"), "ZW": ("sn", "USD")}[c]
    b, s = P(cu), P(cu)
    dom = {"ZM": "kwacha-agro.co.zm", "MW": "lilongwe-hardware.mw", "ZW": "mashonaland-feeds.co.zw"}[c]
    return "purchase_order", "en", [
        "PURCHASE ORDER ", N("PO-%d-%05d" % (rd(2023, 2025), rd(1, 99999)), "order_no"), "\nDate: ", odate("dmy/"),
        "\nBuyer contact: ", b.L(), "   Tel: ", ph(c), "   Email: ", em(b, dom), "\nDeliver to: ", ad(c),
        "\n\nItem                 HS code    Qty  Unit price\nMaize sheller MS-40  ", N("8433.52", "hs_code"), "    2    ", A(cur),
        "\nSolar pump SP-1100   ", N("8413.70", "hs_code"), "    1    ", A(cur), "\n\nApproved by: ", s.L(), " (Procurement)\n"]

@tpl
def t_press_release():
    c, cu = ch([("BW", "tsn"), ("NA", "owa"), ("LS", "tsn")])
    sp, mc = P(cu), P(cu)
    ep = {"BW": "Sir Seretse Khama International Airport", "NA": "Hosea Kutako International Airport", "LS": "Moshoeshoe I International Airport"}[c]
    return "press_release", "en", [
        "FOR IMMEDIATE RELEASE\n\nNew cold-chain hub opens next to ", EP(ep), "\n\n", odate("enus"), " — The hub will store vaccines for 14 districts. \"This cuts delivery times in half,\" said ",
        sp.L(), ", operations director. ", sp.L("g"), " added that 38 jobs were created.\n\n###\n\nMedia contact:\n", mc.L(), "\n", ph(c), "\n", em(mc, ch(["coldlink.co.bw", "medlogix.com.na", "kgotla-pr.co.ls"])), "\n"]

@tpl
def t_grant_application():
    cu, c = ch([("ny", "MW"), ("am", "ET"), ("bem", "ZM"), ("om", "ET")])
    pi, co1, co2 = P(cu), P(cu), P(ch(["gv", "qc", "smi"]))
    return "grant_application", "en", [
        "Section A. Principal investigator\nName: ", pi.L(), "\nORCID: ", N(orcid(), "orcid"), "\nInstitution address: ", ad(c, True), "\nE-mail: ", em(pi, ch(["unima.ac.mw", "aau.edu.et", "unza.zm"])),
        "\nPhone: ", ph(c), "\n\nSection B. Co-investigators\n1. ", co1.L(), " (ORCID ", N(orcid(), "orcid"), ")\n2. ", co2.L(), ", ", em(co2),
        "\n\nRequested budget: ", A("USD"), " over 36 months (call ", N("GCH-%d-R%d" % (rd(2024, 2026), rd(1, 4)), "call_id"), ")\n"]

@tpl
def t_patent_declaration():
    invs = [P(ch(["sgc", "mac", "ks"])) for _ in range(rd(2, 2))]
    reg = {"sgc": "SG", "mac": "MO", "ks": "IN-ks", "kn": "IN-kn"}
    x = ["DECLARATION (37 CFR 1.63) FOR UTILITY APPLICATION\nApplication No. ", N("%d/%03d,%03d" % (rd(17, 18), rd(100, 999), rd(100, 999)), "application_no"),
         "   Priority date: ", odate("enus", 2022, 2024), "\nTitle: Low-power mesh relay with adaptive duty cycle\n\n"]
    for i, p in enumerate(invs):
        r = reg[p.c]
        x += ["Inventor %d: " % (i + 1), p.L("full" if i else "CAPS"), "\n  Mailing address: ", ad(r),
              "\n  Citizenship: ", {"sgc": "Singapore", "mac": "China (Macao SAR)", "ks": "India", "kn": "India"}[p.c], "\n"]
    return "patent_declaration", "en", x + ["\nI hereby declare that the above-identified application was made or authorized to be made by me.\n"]

@tpl
def t_model_release():
    m, ph_, g = P(ch(["jm", "ttn", "prc"])), P(ch(["jm", "ttn"])), P(ch(["jm", "ttn"]))
    c = {"jm": "JM", "ttn": "TT", "prc": "PR"}[m.c]
    minor = R.random() < 0.4
    x = ["MODEL RELEASE FORM\n\nModel name: ", m.L(), "\nDate of birth: ", dob("mdy/", 2008 if minor else 1975, 2011 if minor else 2003),
         "\nAddress: ", ad(c), "\nPhone: ", ph(c), "\nTRN: " if c == "JM" and not minor else "", gid("jm_trn") if c == "JM" and not minor else "", "\n\nI grant ", ph_.L(), " (the Photographer) the right to use images taken on ", odate("enus"),
         " at ", N("Frenchman's Cove", "place"), " for editorial and commercial purposes.\n"]
    if minor:
        x += ["\nParent/guardian (model is under 18): ", g.L(), "  Tel ", ph(c), "\n"]
    return "model_release", "en", x + ["Signed: ______________________\n"]

@tpl
def t_split_sheet():
    ws = [P(ch(["jm", "ttn", "ty", "prc", "bm", "ee", "fon"])) for _ in range(3)]
    sh = ch([[50, 25, 25], [34, 33, 33], [40, 40, 20]])
    x = ["SONG SPLIT SHEET\nTitle: \"Tide Come In\"   ISWC: ", N(iswc(), "iswc"), "   Session date: ", odate("mdy/"), "\n\nWriter | IPI | PRO | Share | Email | Phone\n"]
    for p, s in zip(ws, sh):
        c = {"jm": "JM", "ttn": "TT", "ty": "PF", "prc": "PR", "bm": "ML", "ee": "TG", "fon": "BJ"}[p.c]
        x += [p.L(), " | ", N("%011d" % rd(10 ** 8, 10 ** 10), "ipi"), " | ", ch(["JACAP", "COTT", "ASCAP", "SACEM"]), " | %d%% | " % s, em(p), " | ", ph(c, rg="US" if c == "PR" else c), "\n"]
    return "split_sheet", "en", x

@tpl
def t_eld_log():
    d, co = P(ch(["nv", "prc"])), P(ch(["nv", "jm"]))
    return "eld_driver_log", "en", [
        "DRIVER'S DAILY LOG — ", odate("mdy/"), "\nCarrier: Four Corners Freight LLC   ", N("USDOT %d" % rd(1000000, 3999999), "usdot"), "\nDriver: ", d.L("caps"),
        "   License: ", gid("us_dl", "D" + dg(8)), " (AZ)\nCo-driver: ", co.L(), "\nTruck VIN: ", N(vin(), "vin"), "   Odometer start: ", N("%s mi" % f"{rd(100000, 900000):,}", "measure"),
        "\n00:00-06:15 OFF   06:15-06:45 ON (pre-trip)   06:45-11:30 D  Gallup NM -> Flagstaff AZ\nDispatcher on call: ", ph("US", pool=["nat", "nat_dash"], pre="928"), "\n"]

@tpl
def t_seafarer_agreement():
    cu = ch(["ceb", "cv", "kri", "ttn", "gnf", "md"])
    p, nk = P(cu), P(cu)
    c = {"ceb": "PH", "cv": "CV", "kri": "SL", "ttn": "TT", "gnf": "GN", "md": "MD"}[cu]
    return "seafarer_employment_agreement", "en", [
        "SEAFARER EMPLOYMENT AGREEMENT (MLC, 2006)\nShip: MV ", N("Atlantic Pioneer", "ship"), "   ", N(imo(), "imo"), "   Flag: ", N("Liberia", "country"), "\nSeafarer: ", p.L("comma"),
        "\nDate of birth: ", dob("dmy/", 1965, 2002), "   Place of birth: ", N({"PH": "Cebu City", "CV": "Mindelo", "SL": "Bo", "TT": "San Fernando", "GN": "Labé", "MD": "Bălți"}[c], "place"),
        "\nPassport: ", gid("passport"), "   Seaman's book: ", N(rnd(R, UPN, 2) + dg(6), "book_no"), "\nHome address: ", ad(c if c in AD else "PH"), "\nRank: ", ch(["AB", "Oiler", "Cook", "2nd Engineer"]),
        "   Basic wage: ", A("USD"), " per month\nNext of kin: ", nk.L(), ", ", ph(c if c in PH else "PH"), "\n"]

@tpl
def t_access_form():
    rq, mg = P(ch(["sgc", "mac", "gulf", "as", "or", "ks"])), P(ch(["sgc", "qc"]))
    return "access_provisioning_form", "en", [
        "PRIVILEGED ACCESS PROVISIONING FORM ", N("PAF-%05d" % rd(1, 99999), "form_no"), "\nRequested for: ", rq.L(), " <", em(rq, "corp-example.sg"), ">\nManager approval: ", mg.L(),
        "\nSystem: prod-bastion (", N("AS%d" % rd(10000, 60000), "asn"), ")\nSource IPs to allowlist: ", ip4("pub"), ", ", ipx(), "\nTemporary password issued: ", sec("password"),
        " (must change at first login)\nExpiry: ", odate("iso", 2025, 2026), "\n"]

@tpl
def t_breach_letter():
    p = P(ch(["cha", "prc", "nv"]))
    c = {"cha": "GU", "prc": "PR", "nv": "US-nv"}[p.c]
    return "breach_notification", "en", [
        "NOTICE OF DATA BREACH\n\n", p.L(), "\n", ad(c, True), "\n\nDear ", p.L(), ":\n\nOn ", odate("enus"), " we learned that an unauthorized party accessed a file containing your name, date of birth (",
        dob("mdy/", 1950, 2000), ") and the last four digits of your Social Security number (", N("XXX-XX-%s" % dg(4), "ssn_masked"), ").\n\nQuestions: ", em(None, "clinic-notice.com"), "\n"]

@tpl
def t_last_will():
    t, e1, e2, b1 = P("ttn"), P("ttn"), P("ttn"), P("ttn")
    return "last_will", "en", [
        "THIS IS THE LAST WILL of me ", t.L("CAPS"), " of ", ad("TT"), ".\n1. I revoke all former wills.\n2. I appoint ", e1.L(), " and ", e2.L(), " to be my executors.\n3. I give my house to my daughter ",
        b1.L(), ", and my gold bangles to the ", EP("Lakshmi Narayan Mandir"), ".\n\nSigned on ", odate("ord"), " in the presence of ", pp("ttn"), " and ", pp("jm"), ".\n"]

@tpl
def t_probate_inventory():
    c = ch(["GI", "IM"])
    d, e = P(ch(["gv", "md", "co"])), P(ch(["gv", "md", "co"]))
    return "probate_inventory", "en", [
        "INVENTORY OF THE ESTATE of the late ", d.L(), "\nDate of birth: ", dob("dmy/", 1930, 1960), "   Date of death: ", odate("dmy/"), "\nLast address: ", ad(c),
        "\n\nAssets\n- Current account, IBAN ", ib("GI"), ": ", A("GBP"), "\n- Savings (joint with ", pp(ch(["gv", "co"])), "): ", A("GBP"), "\n\nExecutor: ", e.L(), ", ", ph(c), "\n"]

@tpl
def t_foster_placement():
    k, c1, sw = P("iu"), P("iu"), P(ch(["qc", "iu"]))
    return "foster_placement", "en", [
        "PLACEMENT AGREEMENT\nChild: ", k.L(), "   DOB: ", dob("iso", 2010, 2020), "   Health card: ", gid("nu_health"), "\nCaregiver: ", c1.L(), ", ", ad("CA-nu"), "\nCaregiver phone: ", ph("CA"),
        "\nCommunity social worker: ", sw.L(), " — ", em(sw, "gov.nu.ca"), ", ", ph("CA"), "\nSchool: ", N("Nakasuk School", "place"), "\n"]

@tpl
def t_affidavit_support():
    s = P(ch(["prc", "nv", "cha"]))
    a, b, c = ssn_random(R)
    return "affidavit_of_support", "en", [
        "Form I-864, Part 4. Information About You (Sponsor)\n1.a Family name: ", s.L("f"), "\n1.b Given name: ", s.L("g"), "\n2. Mailing address: ", ad({"prc": "PR", "nv": "US-nv", "cha": "GU"}[s.c]),
        "\n7. Date of birth: ", dob("mdy/", 1960, 1995), "\n9. U.S. Social Security number: ", gid("us_ssn", "%s-%s-%s" % (a, b, c)), "\n10. Daytime phone: ", ph({"prc": "PR", "nv": "US", "cha": "GU"}[s.c]),
        "\n12. Email: ", em(s), "\nReceipt number: ", N("IOE%010d" % rd(1, 9999999999), "receipt_no"), "\n"]

@tpl
def t_census_return():
    c = ch(["BT", "MV"])
    cu = "bt" if c == "BT" else "dv"
    hh = [P(cu) for _ in range(rd(2, 3))]
    x = ["HOUSEHOLD FORM — Enumeration area ", N("EA-%03d-%02d" % (rd(1, 400), rd(1, 40)), "ea_code"), "\nAddress: ", ad(c), "\n\n# | Name | Relation | DOB | ID\n"]
    for i, p in enumerate(hh):
        x += ["%d | " % (i + 1), p.L(), " | ", ["Head", "Spouse", "Son/Daughter", "Parent"][i], " | ", dob("dmy/", 1950, 2015), " | ", gid("bt_cid" if c == "BT" else "mv_nic"), "\n"]
    return "census_return", "en", x

@tpl
def t_radiology_report():
    p, rf, rad = P(ch(["gulf", "sd", "ye"])), P("gulf"), P(ch(["kn", "mr", "sy"]))
    d = bday(1950, 1995)
    return "radiology_report", "en", [
        "RADIOLOGY REPORT\nPatient: ", p.L(), "   DOB: ", dob("dmy/", d=d), "   Emirates ID: ", gid("ae_eid", id_eid(d.year)), "\nAccession: ", N("ACC%08d" % rd(1, 99999999), "accession_no"),
        "   Exam date: ", odate("dmy/"), "\nReferring physician: Dr. ", rf.L(), "\n\nCT ABDOMEN WITH CONTRAST\nFindings: ", N("2.3 x 1.8 cm", "measure"),
        " hypodense lesion in segment VI, likely cyst.\n\nReported by: Dr ", rad.L(), ", Consultant Radiologist\n"]

@tpl
def t_surgical_consent():
    p, s, w = P(ch(["iu", "ug"])), P("qc"), P("qc")
    it = P(p.c)
    return "surgical_consent", "en", [
        "CONSENT TO TREATMENT\nPatient: ", p.L(), "  DOB: ", dob("iso", 1945, 2000), "  Health number: ", gid("ca_ohip", id_ohip()), "\nProcedure: laparoscopic cholecystectomy\nSurgeon: Dr. ", s.L(),
        "\nInterpreter used: yes — ", it.L(), " (", {"ug": "Uyghur", "iu": "Inuktitut"}[p.c], ")\nWitness: ", w.L(), "\nDate: ", odate("iso"), "\n"]

@tpl
def t_pre_admission():
    p, co = P(ch(["sd", "iq", "ye", "ha", "sy", "gulf"])), P(ch(["kn", "mr"]))
    att = P(p.c)
    c = {"sd": "SD", "iq": "IQ", "ye": "YE", "ha": "NE", "sy": "SY", "gulf": "OM"}[p.c]
    return "pre_admission_form", "en", [
        "INTERNATIONAL PATIENT PRE-ADMISSION FORM\nPatient: ", p.L("CAPS"), "\nDate of birth: ", dob("dmy/", 1945, 1990), "\nPassport no.: ", gid("passport"), "\nWhatsApp: ", ph(c),
        "\nAttendant: ", att.L(), " (", ch(["son", "daughter", "brother", "wife"]), ")\nProcedure: total knee replacement, est. ", A("INR"), "\nAdvance deposit: ", A("USD"), " on card ", cd(ch(["mada", "verve", "visa", "mc"])),
        " exp ", N("%02d/%02d" % (rd(1, 12), rd(26, 30)), "expiry"), "\n\nCoordinator: ", co.L(), ", International Patient Desk, ", ph("IN"), ", ", em(co, "carehospitals-intl.in"), "\n"]

@tpl
def t_death_registration():
    c, cu = ch([("ZM", "bem"), ("MW", "ny"), ("ZW", "sn")])
    d, inf = P(cu), P(cu)
    x = ["REGISTRATION OF DEATH\nDeceased: ", d.L("CAPS"), "\nDate of birth: ", dob("dmy/", 1930, 1970), "   Date of death: ", odate("dmy/"), "\nPlace of death: ",
         N("University Teaching Hospital" if c == "ZM" else ("Kamuzu Central Hospital" if c == "MW" else "Parirenyatwa Hospital"), "eponym" if c != "ZM" else "place"),
         "\nInformant: ", inf.L(), " (", ch(["son", "daughter", "spouse"]), ")\nInformant address: ", ad(c), "\nInformant phone: ", ph(c)]
    if c == "ZW":
        x += ["\nInformant ID: ", gid("zw_id", id_zw())]
    elif c == "ZM":
        x += ["\nNRC: ", gid("zm_nrc")]
    return "death_registration", "en", x + ["\n"]

@tpl
def t_exam_register():
    x = ["ATTENDANCE REGISTER — WASSCE Paper 2 — ", odate("dmy/", 2025, 2025), " (", N("09:00-11:30", "time_range"), ")\nCandidate no. | Name | DOB | Signature\n"]
    for _ in range(rd(3, 5)):
        x += [N("%d%05d" % (rd(4010000, 4019999), rd(1, 99999)), "candidate_no"), " | ", pp(ch(["kri", "kri", "gnf"]), ch(["caps", "full"])), " | ", dob("dmy/", 2005, 2009), " | ____\n"]
    return "exam_attendance_register", "en", x + ["Invigilator: ", pp("kri"), ", ", ph(ch(["SL", "LR", "GN"]), rg="SL"), "\n"]

@tpl
def t_dive_log():
    d, b, ins = P(ch(["sgc", "qc", "lb", "gulf"])), P(ch(["qc", "sgc"])), P("dv")
    return "dive_log", "en", [
        "DIVE #", N(str(rd(20, 400)), "count"), " — ", odate("dmy/"), "\nSite: ", N(ch(["Banana Reef", "Maaya Thila", "Fish Head"]), "site"), "   Max depth ", N("%d.%d m" % (rd(12, 30), rd(0, 9)), "measure"),
        "   Bottom time ", N("%d min" % rd(35, 60), "measure"), "\nDiver: ", d.L(), " (cert. ", N("%dJ%d" % (rd(10000, 99999), rd(1000, 9999)), "cert_no"), ")\nBuddy: ", b.L(), "\nInstructor: ", ins.L(),
        "\nEmergency contact: ", ph(ch(["SG", "FR", "LU"]) if R.random() < 0.3 else "MV"), "\nPaid: ", A("USD"), " by card ", cd(ch(["visa", "mc", "amex", "jcb", "mir", "unionpay"])), "\n"]

@tpl
def t_climbing_permit():
    lo = P("npl")
    x = ["MOUNTAINEERING EXPEDITION — MEMBER DETAILS\nPeak: ", N("Ama Dablam (6,812 m)", "peak"), "   Season: autumn ", N("2025", "year"), "\n\nName | Nationality | DOB | Passport\n"]
    for _ in range(rd(2, 3)):
        p = P(ch(["smi", "rm", "lb", "md", "ka", "ky", "sah"]))
        x += [p.L(), " | ", {"smi": "Norway", "rm": "Switzerland", "lb": "Luxembourg", "md": "Moldova", "ka": "Georgia", "ky": "Kyrgyzstan", "sah": "Russia"}[p.c], " | ", dob("iso", 1970, 2000), " | ", gid("passport"), "\n"]
    return "climbing_permit", "en", x + ["\nLiaison officer: ", lo.L(), " (", ph("NP"), ")\nRoyalty paid by card ", cd(ch(["visa", "mc", "unionpay", "jcb", "elo"])), "\n"]

@tpl
def t_livestock_movement():
    f, h = P("tsn"), P("tsn")
    return "livestock_movement", "en", [
        "LIVESTOCK MOVEMENT PERMIT\nPermit no.: ", N("LMP/%d/%05d" % (rd(2024, 2025), rd(1, 99999)), "permit_no"), "\nOwner: ", f.L(), "   Omang: ", gid("bw_omang"), "\nFrom: cattle post, ", N("Zone 6b", "zone"),
        "   To: ", N("BMC Lobatse abattoir", "place"), "\nHead of cattle: ", N("24", "count"), "   Bolus IDs: ", N("BW%s..BW%s" % (dg(9), dg(9)), "bolus_id"), "\nTruck driver: ", h.L(), " ", ph("BW"), "\n"]

@tpl
def t_milk_coop():
    c, cu = ch([("ZW", "sn"), ("MW", "ny")])
    x = ["MILK COLLECTION LEDGER — ", ch(["Marirangwe", "Bvumbwe"]), " centre, week of ", odate("dmy/"), "\nMember no | Name | Litres | Payout phone\n"]
    for _ in range(rd(3, 5)):
        x += [N("M%03d" % rd(1, 999), "member_no"), " | ", pp(cu), " | ", N("%d.%d" % (rd(20, 180), rd(0, 9)), "measure"), " | ", opt(lambda: ph(c, pool=["nat_solid", "nat"])), "\n"]
    return "milk_coop_ledger", "en", x

@tpl
def t_inscription_proof():
    c, cu = ch([("JM", "jm"), ("TT", "ttn"), ("GY", "ttn")])
    cus, dec = P(cu), P(cu)
    return "inscription_proof", "en", [
        "INSCRIPTION PROOF — please check every letter and sign\nCustomer: ", cus.L(), "   Tel: ", ph(c), "   Email: ", em(cus), "\nStone: black granite, 24\" x 18\"\n\nInscription:\n  IN LOVING MEMORY OF\n  ", dec.L("CAPS"), "\n  ",
        dob(ch(["enus", "ord"]), 1930, 1965), " – ", odate("enus", 2023, 2025, "date_death"), "\n  \"Gone fishing\"\n\nDeposit: ", A({"JM": "JMD", "TT": "TTD", "GY": "USD"}[c]), " on card ", cd(), "\n"]

@tpl
def t_pledge_form():
    b = P("sgc")
    return "sponsorship_pledge_form", "en", [
        "SPONSORSHIP PLEDGE FORM — ", EP("Lee Kuan Yew School"), " alumni bursary gala\nI pledge to sponsor 2 tables.\nName: ", b.L(), "\nMobile: ", ph("SG", pool=["nat", "intl"]),
        "\nEmail: ", em(b), "\nCard: ", cd(ch(["visa", "amex", "mc", "unionpay"])), " exp ", N("%02d/%02d" % (rd(1, 12), rd(26, 30)), "expiry"), " — pledge ", N("S$4,800", "amount"), "\nSignature: ____________\n"]

@tpl
def t_uniform_register():
    x = ["UNIFORM & PPE ISSUE REGISTER — ", N("Dhigufinolhu", "island"), "\nName | NIC | Items | Mobile\n"]
    for _ in range(rd(3, 5)):
        x += [pp("dv"), " | ", opt(lambda: gid("mv_nic"), 0.5), " | ", ch(["2 shirts, 1 cap", "safety boots 42", "apron, gloves", "raincoat"]), " | ", opt(lambda: ph("MV", pool=["nat", "nat_dash", "intl"])), "\n"]
    return "uniform_issue_register", "en", x

@tpl
def t_tibetan_sponsorship():
    k, sp = P("bo"), P(ch(["rm", "lb", "gv", "qc"]))
    return "child_sponsorship_form", "en", [
        "CHILD SPONSORSHIP — SPONSOR DETAILS\nChild: ", k.L(), " (", k.L("nat"), ")\nDate of birth: ", dob("dmy/", 2008, 2018), "\nSchool: ", N("Upper TCV, Dharamshala", "place"),
        "\nGuardian address: ", ad("IN-tb"), "\n\nSponsor: ", sp.L(), "\nE-mail: ", em(sp), "\nMonthly gift: ", A("EUR"), " by card ", cd(), "\n"]

# ---------------------------------------------------------------- labelled templates: configs, logs, code (English)
def host():
    return ch(["db01.internal", "pg-main.lan", "warehouse.corp", "etl-02", "mq.svc.cluster.local"])

@tpl
def t_pulumi_config():
    return "pulumi_stack_config", "en", [
        "# Pulumi.prod.yaml\nconfig:\n  aws:region: ", N("af-south-1", "region"), "\n  app:dbPassword:\n    secure: ", N("v1:" + rnd(R, B64, 24) + ":" + rnd(R, B64, 40), "ciphertext"),
        "\n  app:mailgunKey: ", sec("mailgun_key"), "\n", envs(rd(1, 2), "  app:{k}: {v}\n"), "  app:opsEmail: ", em(P(ch(["ty", "cv"]))), "\n  app:contentfulToken: ", sec("contentful_pat"), "\n  app:allowedCidr: ", N("10.20.0.0/16", "cidr"), "\n"]

@tpl
def t_serverless_yml():
    return "serverless_yml", "en", [
        "service: payouts-api\nframeworkVersion: '", N("3.38.0", "version"), "'\nprovider:\n  name: aws\n  runtime: nodejs18.x\n  environment:\n    PAYSTACK_SECRET_KEY: ", sec("paystack_secret"),
        "\n    MPESA_CONSUMER_SECRET: ", sec("mpesa_consumer_secret"), "\n    LAUNCHDARKLY_SDK_KEY: ", sec("launchdarkly_sdk"), "\n", envs(rd(1, 3), "    {k}: {v}\n"), "    ALERT_EMAIL: ", em(P(ch(["znz", "bem", "ig"]))), "\n    STAGE: prod\n"]

@tpl
def t_bitbucket_pipelines():
    return "bitbucket_pipelines", "en", [
        "image: python:3.12\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n          script:\n            - pip install -r requirements.txt\n",
        "            - export ARTIFACTORY_API_KEY=", sec("artifactory_key"), "\n", envs(rd(1, 2), "            - export {k}={v}\n"), "            - curl -u ci-bot:", sec("bitbucket_app_password"), " https://api.bitbucket.org/2.0/repositories\n",
        "            - ssh deploy@", ip4(), " 'systemctl restart app'\n            - echo \"notify ", em(P(ch(["jm", "ttn"]))), "\"\n"]

@tpl
def t_azure_pipelines():
    return "azure_pipelines", "en", [
        "trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  AZURE_DEVOPS_EXT_PAT: '", sec("azure_devops_pat"), "'\n  SERVICEBUS_CONN: 'Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=",
        sec("azure_sb_key"), "'\n  COSMOS_KEY: '", sec("cosmos_account_key"), "'\n", envs(rd(1, 2), "  {k}: '{v}'\n"), "  buildConfiguration: Release  # owner: ", em(P(ch(["qc", "sgc"]))), "\n"]

@tpl
def t_postfix_sasl():
    u = P(ch(["lb", "rm", "co", "br"]))
    return "postfix_sasl_passwd", "en", [
        "# /etc/postfix/main.cf (excerpt)\nrelayhost = [smtp.office365.com]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nmynetworks = ",
        N("127.0.0.0/8", "loopback"), " ", ip4("p192"), "\n\n# /etc/postfix/sasl_passwd\n[smtp.office365.com]:587 ", em(u, ch(["atelier-quimper.fr", "sdc-scuol.ch", "reding-sarl.lu"])), ":", sec("password"), "\n"]

@tpl
def t_sqlplus_session():
    return "sqlplus_session", "en", [
        "$ sqlplus hr_app/", sec("password", rnd(R, ALNUM, 12)), "@//", ip4(), ":1521/ORCLPDB1\n\nSQL*Plus: Release ", N("19.0.0.0.0", "version"), " - Production\n\n",
        "SQL> select first_name, last_name, email from employees where employee_id = ", N(str(rd(100, 999)), "row_id"), ";\n\nFIRST_NAME   LAST_NAME    EMAIL\n",
        "------------ ------------ ------------------------------\n"] + (lambda p: [p.L("g"), "  ", p.L("f"), "  ", em(p, "hr-example.mo"), "\n"])(P(ch(["mac", "sgc", "tet"])))

@tpl
def t_elastic_yml():
    return "elasticsearch_yml", "en", [
        "# kibana.yml\nserver.host: \"", ip4(), "\"\nelasticsearch.hosts: [\"https://", ip4("p10"), ":9200\"]\nelasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"", sec("password"),
        "\"\nxpack.encryptedSavedObjects.encryptionKey: \"", sec("password", rnd(R, ALNUM, 32)), "\"\n# admin: ", em(P(ch(["sy", "pal"]))), "\n"]

@tpl
def t_airflow_connections():
    u = P(ch(["sgc", "kn", "mr"]))
    return "airflow_connections_json", "en", [
        "{\n  \"warehouse_pg\": {\n    \"conn_type\": \"postgres\",\n    \"host\": \"", ip4("p172"), "\",\n    \"login\": \"etl\",\n    \"password\": \"", sec("password"),
        "\",\n    \"port\": 5432\n  },\n  \"smtp_alerts\": {\n    \"conn_type\": \"smtp\",\n    \"login\": \"", em(u, "gmail.com"), "\",\n    \"password\": \"", sec("password", rnd(R, string.ascii_lowercase, 16)),
        "\"\n  },\n  \"slack\": {\"conn_type\": \"http\", \"password\": \"", sec("slack_webhook"), "\"}\n}\n"]

@tpl
def t_dbt_profiles():
    u = P(ch(["qc", "lb", "rm"]))
    return "dbt_profiles_yml", "en", [
        "analytics:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: ", N("xy" + dg(5) + ".eu-central-1", "account_id"), "\n      user: ", em(u, "fondsalpin.ch"),
        "\n      password: ", sec("password"), "\n      role: TRANSFORMER\n      warehouse: WH_XS\n      database: ANALYTICS\n      schema: dbt_", slug(u.g[1]), "\n      threads: 8\n"]

@tpl
def t_gcp_sa_json():
    proj = ch(["harvest-map", "kiosk-prod", "clinic-sync"]) + "-" + dg(6)
    return "gcp_service_account_json", "en", [
        "{\n  \"type\": \"service_account\",\n  \"project_id\": \"", N(proj, "project_id"), "\",\n  \"private_key_id\": \"", N(sha(40), "key_id"), "\",\n  \"private_key\": \"", sec("gcp_sa_private_key"),
        "\\n\",\n  \"client_email\": \"", L("email", "%s@%s.iam.gserviceaccount.com" % (ch(["deployer", "etl-runner", "firebase-adminsdk-" + rnd(R, LOWN, 5)]), proj), sub="service_account"), "\",\n  \"client_id\": \"", N(dg(21), "client_id"), "\"\n}\n"]

@tpl
def t_clouds_yaml():
    return "openstack_clouds_yaml", "en", [
        "clouds:\n  mycloud:\n    auth:\n      auth_url: https://", ip4(), ":5000/v3\n      username: \"", em(P(ch(["md", "ka", "hy"])), "cloud.md"), "\"\n      password: \"", sec("password"),
        "\"\n      project_name: \"research\"\n      user_domain_name: \"Default\"\n    region_name: \"RegionOne\"\n  ci:\n    auth_type: v3applicationcredential\n    auth:\n      application_credential_id: \"",
        N(rnd(R, HEX, 32), "key_id"), "\"\n      application_credential_secret: \"", sec("password", rnd(R, URLSAFE, 86)), "\"\n"]

@tpl
def t_snmpd_conf():
    return "snmpd_conf", "en", [
        "# /etc/snmp/snmpd.conf\nsysLocation    ", N("Rack B3, Lusaka DC", "location"), "\nsysContact     ", pp(ch(["bem", "ny"])), " <", em(P(ch(["bem", "ny"])), "netops.co.zm"), ">\nrocommunity ", sec("snmp_community"), " ", ip4("p10"),
        "\nrwcommunity ", sec("snmp_community"), " ", ip4("p192"), "\nview systemonly included ", N(".1.3.6.1.2.1.1", "oid"), "\nextend disk /usr/bin/df -h  # ", N(".1.3.6.1.4.1.8072.1.3.2", "oid"), "\n"]

@tpl
def t_ipmitool():
    return "ipmitool_session", "en", [
        "$ ipmitool -I lanplus -H ", ip4("p10"), " -U ADMIN -P '", sec("password"), "' chassis power status\nChassis Power is on\n$ ipmitool -I lanplus -H ", ip4("p10"),
        " -U ADMIN -P '", sec("password"), "' sel list | tail -2\n  1f | ", odate("mdy/"), " | 03:12:44 | Power Supply #0x63 | Failure detected\n  20 | ", odate("mdy/"), " | 03:12:51 | Fan #0x31 | Lower Critical\n"]

@tpl
def t_mysql_slow_log():
    p = P(ch(["prc", "hnd", "quc"]))
    return "mysql_slow_log", "en", [
        "# Time: ", N("2025-%02d-%02dT%02d:%02d:%02d.%06dZ" % (rd(1, 12), rd(1, 28), rd(0, 23), rd(0, 59), rd(0, 59), rd(0, 999999)), "timestamp"),
        "\n# User@Host: crm_app[crm_app] @ app-", str(rd(1, 9)), " [", ip4("p172"), "]  Id: ", N(str(rd(1000, 99999)), "thread_id"),
        "\n# Query_time: 4.812  Lock_time: 0.000 Rows_sent: 1  Rows_examined: 1840223\nSET timestamp=", N(str(rd(1700000000, 1760000000)), "epoch"),
        ";\nSELECT * FROM customers WHERE email = '", em(p), "' OR full_name LIKE '%", p.L(), "%';\n"]

@tpl
def t_sysmon_event():
    return "sysmon_event", "en", [
        "Log Name: Microsoft-Windows-Sysmon/Operational\nEvent ID: 1 (Process Create)\nUtcTime: ", N("2025-%02d-%02d %02d:%02d:%02d.%03d" % (rd(1, 12), rd(1, 28), rd(0, 23), rd(0, 59), rd(0, 59), rd(0, 999)), "timestamp"),
        "\nImage: C:\\Windows\\System32\\net.exe\nCommandLine: net use \\\\", ip4("p10"), "\\finance /user:CORP\\svc_backup ", sec("password"),
        "\nUser: CORP\\svc_backup\nParentImage: C:\\Windows\\System32\\cmd.exe\nHashes: SHA256=", N(sha().upper(), "sha256"), "\n"]

@tpl
def t_k8s_audit():
    u = P(ch(["sgc", "qc", "ka"]))
    return "k8s_audit_log", "en", [
        "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"", N(str(uuid.UUID(int=R.getrandbits(128))), "uuid"),
        "\",\"verb\":\"get\",\"requestURI\":\"/api/v1/namespaces/payments/secrets/stripe\",\"user\":{\"username\":\"", em(u, "fintech-example.com"), "\",\"groups\":[\"system:authenticated\"]},",
        "\"sourceIPs\":[\"", ipx(), "\"],\"userAgent\":\"kubectl/", N("v1.29.3", "version"), "\",\"responseStatus\":{\"code\":200}}\n"]

@tpl
def t_cognito_user():
    p = P(ch(["cha", "ty", "jm", "nv"]))
    c = {"cha": "GU", "ty": "PF", "jm": "JM", "nv": "US"}[p.c]
    return "cognito_user_json", "en", [
        "$ aws cognito-idp admin-get-user --user-pool-id ", N("ap-southeast-2_" + rnd(R, ALNUM, 9), "pool_id"), " --username ", N(str(uuid.UUID(int=R.getrandbits(128))), "uuid"),
        "\n{\n  \"UserAttributes\": [\n    {\"Name\": \"name\", \"Value\": \"", p.L(), "\"},\n    {\"Name\": \"email\", \"Value\": \"", em(p), "\"},\n    {\"Name\": \"phone_number\", \"Value\": \"",
        ph(c, st="e164"), "\"},\n    {\"Name\": \"birthdate\", \"Value\": \"", dob("iso", 1960, 2005), "\"}\n  ],\n  \"UserStatus\": \"CONFIRMED\"\n}\n"]

@tpl
def t_firebase_export():
    x = ["{\"users\": ["]
    for i in range(rd(2, 2)):
        p = P(ch(["sgc", "mac", "ceb", "jv"]))
        c = {"sgc": "SG", "mac": "MO", "ceb": "PH", "jv": "ID"}[p.c]
        x += ["" if i == 0 else ",", "\n  {\"localId\": \"", N(rnd(R, ALNUM, 28), "uid"), "\", \"email\": \"", em(p), "\", \"displayName\": \"", p.L(), "\", \"phoneNumber\": \"", ph(c, st="e164"),
              "\", \"passwordHash\": \"", N(rnd(R, B64, 86) + "==", "pw_hash_salted"), "\", \"createdAt\": \"", N(str(rd(1600000000000, 1760000000000)), "epoch_ms"), "\"}"]
    return "firebase_auth_export", "en", x + ["\n]}\n"]

@tpl
def t_vscode_settings():
    return "vscode_settings_json", "en", [
        "{\n  \"editor.tabSize\": 2,\n  \"sqltools.connections\": [\n    {\n      \"name\": \"reporting\",\n      \"driver\": \"PostgreSQL\",\n      \"server\": \"", ip4("p10"), "\",\n      \"port\": 5432,\n      \"username\": \"report_ro\",\n      \"password\": \"",
        sec("password"), "\"\n    }\n  ],\n  \"rest-client.environmentVariables\": {\"prod\": {\"cohereKey\": \"", sec("cohere_key"), "\", \"mistralKey\": \"", sec("mistral_key"), "\"", envs(rd(1, 2), ", \"{k}\": \"{v}\""), "}}\n}\n"]

@tpl
def t_framework_config():
    k = ch(["django", "elixir", "rails", "perl"])
    pw, h = sec("password"), ip4("p10")
    if k == "django":
        return "django_settings", "en", ["DATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"HOST\": \"", h, "\",\n        \"USER\": \"portal\",\n        \"PASSWORD\": \"", pw,
                                         "\",\n    }\n}\nSECRET_KEY = \"", sec("password", "django-insecure-" + rnd(R, LOWN + "!@#$%^&*(-_=+)", 50)), "\"\nADMINS = [(\"", pp("hsb"), "\", \"", em(P("hsb"), "serbski-portal.de"), "\")]\n"]
    if k == "elixir":
        return "elixir_runtime_exs", "en", ["import Config\n\nconfig :shop, Shop.Repo,\n  hostname: \"", h, "\",\n  username: \"shop\",\n  password: \"", pw, "\",\n  pool_size: 10\n\nconfig :shop, ShopWeb.Endpoint,\n  secret_key_base: \"",
                                            sec("password", rnd(R, B64, 64)), "\"\n\nconfig :stripity_stripe, api_key: \"", sec("stripe"), "\"\n"]
    if k == "rails":
        return "rails_database_yml", "en", ["production:\n  adapter: postgresql\n  host: ", h, "\n  database: clinic_production\n  username: clinic\n  password: ", pw, "\n  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>\n",
                                            "# DBA on call: ", pp(ch(["jm", "ttn"])), " ", ph(ch(["JM", "TT"])), "\n"]
    return "perl_dbi_script", "en", ["#!/usr/bin/perl\nuse strict;\nuse DBI;\nmy $dbh = DBI->connect(\"DBI:mysql:database=inventory;host=", h, "\", \"stock\", \"", pw, "\", { RaiseError => 1 });\n",
                                     "my $sth = $dbh->prepare(\"SELECT sku FROM items WHERE owner = ?\");\n$sth->execute('", em(P(ch(["md", "ka"]))), "');\n"]

@tpl
def t_cookies_txt():
    return "netscape_cookies_txt", "en", [
        "# Netscape HTTP Cookie File\n# This file was generated by a browser extension. Edit at your own risk.\n\n.portal.example-bank.mu\tTRUE\t/\tTRUE\t", N(str(rd(1750000000, 1800000000)), "epoch"), "\tsessionid\t", sec("session_cookie"),
        "\n.portal.example-bank.mu\tTRUE\t/\tFALSE\t", N(str(rd(1750000000, 1800000000)), "epoch"), "\t_ga\t", N("GA1.1.%d.%d" % (rd(10 ** 8, 10 ** 9), rd(1700000000, 1760000000)), "analytics_id"),
        "\n.portal.example-bank.mu\tTRUE\t/\tTRUE\t0\tremember_email\t", L("email", em(P(ch(["ttn", "srn"]))).value.replace("@", "%40"), sub="urlencoded"), "\n"]

@tpl
def t_playwright_state():
    p = P(ch(["sgc", "lb", "qc"]))
    return "playwright_storage_state", "en", [
        "{\n  \"cookies\": [{\"name\": \"connect.sid\", \"value\": \"", sec("session_cookie"), "\", \"domain\": \"staging.example.app\", \"path\": \"/\", \"httpOnly\": true}],\n  \"origins\": [{\"origin\": \"https://staging.example.app\", \"localStorage\": [\n",
        "    {\"name\": \"auth_token\", \"value\": \"", sec("jwt"), "\"},\n    {\"name\": \"last_user\", \"value\": \"", em(p), "\"},\n    {\"name\": \"theme\", \"value\": \"dark\"}\n  ]}]\n}\n"]

@tpl
def t_cluster_bootstrap():
    k = ch(["kubeadm", "swarm", "k3s"])
    if k == "kubeadm":
        body = ["kubeadm join ", ip4("p10"), ":6443 --token ", sec("k8s_bootstrap_token"), " \\\n    --discovery-token-ca-cert-hash ", N("sha256:" + sha(), "cert_hash")]
    elif k == "swarm":
        body = ["docker swarm join --token ", sec("swarm_join_token"), " ", ip4("p192"), ":2377"]
    else:
        body = ["curl -sfL https://get.k3s.io | K3S_URL=https://", ip4(), ":6443 K3S_TOKEN=", sec("k3s_token"), " sh -"]
    return "cluster_bootstrap_notes", "en", [
        "Node setup notes (", odate("iso"), ")\n1. apt install -y containerd (", N("1.7.12", "version"), ")\n2. Join the worker:\n\n", body, "\n\n3. Rancher import token: ", sec("rancher_token"), "\nAsk ", pp(ch(["ka", "hy", "md"])), " if it fails.\n"]

@tpl
def t_nats_ngrok():
    return "nats_creds_ngrok_yml", "en", [
        "# ~/.config/ngrok/ngrok.yml\nversion: \"2\"\nauthtoken: ", sec("ngrok_authtoken"), "\ntunnels:\n  web:\n    proto: http\n    addr: ", N("127.0.0.1:3000", "loopback"),
        "\n\n# edge.creds\n-----BEGIN NATS USER JWT-----\n", sec("jwt"), "\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n", sec("nats_nkey_seed"), "\n------END USER NKEY SEED------\n"]

@tpl
def t_vpn_keys():
    if R.random() < 0.5:
        return "openvpn_static_key", "en", ["# site-to-site link ", N("lusaka-ndola", "link_name"), ", peer ", ip4(), "\n#\n# 2048 bit OpenVPN static key\n#\n", sec("openvpn_static_key"), "\n"]
    return "putty_ppk", "en", ["Here's the key file the vendor sent for the SFTP drop (", ip4(), ", user ", N("sftp_upload", "username"), "):\n\n", sec("putty_ppk"), "\n"]

@tpl
def t_backup_codes():
    x = ["SAVE THESE BACKUP CODES\nAccount: ", em(P(ch(["jv", "ban", "ceb", "tet"]))), "\nGenerated: ", odate("enus"), "\n\n"]
    for i in range(rd(3, 5)):
        x += ["%d. " % (i + 1), sec("recovery_code"), "\n"]
    return "backup_codes", "en", x + ["\nKeep them somewhere safe. Each code can be used once.\notpauth://totp/Example:account?secret=", sec("totp_seed"), "&issuer=Example\n"]

@tpl
def t_change_request():
    eng = P(ch(["sgc", "dv", "bt"]))
    return "network_change_request", "en", [
        "CHANGE REQUEST ", N("CHG%07d" % rd(1, 9999999), "ticket_no"), " — replace core switch, Malé office\nImplementer: ", eng.L(), " (", ph("MV"), ")\nWindow: ", odate("iso", 2025, 2026), " ", N("22:00-02:00", "time_range"),
        "\n\nRunning config to restore:\nhostname CORE-SW1\nenable secret 9 ", N("$9$" + rnd(R, B64.replace("+", "."), 14) + "$" + rnd(R, B64.replace("+", "."), 43), "pw_hash"), "\nusername netadmin password 7 ", sec("cisco_type7"),
        "\ninterface Vlan10\n ip address ", ip4("p10"), " ", N("255.255.255.0", "netmask"), "\nsnmp-server community ", sec("snmp_community"), " RO\n"]

@tpl
def t_runner_register():
    return "runner_registration", "en", [
        "$ gitlab-runner register --non-interactive \\\n  --url https://gitlab.example.org \\\n  --token ", sec("gitlab_runner_token"), " \\\n  --executor docker --docker-image alpine:", N("3.19", "version"),
        "\nRuntime platform  arch=amd64 os=linux pid=", N(str(rd(1000, 99999)), "pid"), " revision=", N(rnd(R, HEX, 8), "git_sha"), "\nRunner registered successfully.\n\n# deploy token for the package registry: ", sec("gitlab_deploy_token"),
        "\n# jenkins (legacy) API token: ", sec("jenkins_api_token"), "\n"]

@tpl
def t_instagram_dm():
    a, b = P(ch(["ty", "cha", "jm"])), P(ch(["ty", "cha", "jm"]))
    c = {"ty": "PF", "cha": "GU", "jm": "JM"}[b.c]
    return "instagram_dm_json", "en", [
        "{\n  \"participants\": [{\"name\": \"", a.L(), "\"}, {\"name\": \"", b.L(), "\"}],\n  \"messages\": [\n    {\"sender_name\": \"", b.L(), "\", \"timestamp_ms\": ", N(str(rd(1700000000000, 1760000000000)), "epoch_ms"),
        ", \"content\": \"call me on ", ph(c), " about the board shorts order\"},\n    {\"sender_name\": \"", a.L(), "\", \"timestamp_ms\": ", N(str(rd(1700000000000, 1760000000000)), "epoch_ms"),
        ", \"content\": \"sure! or email me ", em(a), "\"}\n  ],\n  \"title\": \"", b.L(), "\",\n  \"is_still_participant\": true\n}\n"]

@tpl
def t_twitter_dm():
    p = P(ch(["srn", "ttn", "hti"]))
    c = {"srn": "SR", "ttn": "TT", "hti": "HT"}[p.c]
    return "twitter_dm_archive", "en", [
        "window.YTD.direct_messages.part0 = [ {\n  \"dmConversation\" : {\n    \"conversationId\" : \"", N("%d-%d" % (rd(10 ** 17, 10 ** 18), rd(10 ** 17, 10 ** 18)), "conversation_id"),
        "\",\n    \"messages\" : [ {\n      \"messageCreate\" : {\n        \"text\" : \"Hi, it's ", p.L(), " from the market stall. My WhatsApp is ", ph(c, rg=c), ", send the invoice to ", em(p), "\",\n        \"createdAt\" : \"",
        N("2025-%02d-%02dT%02d:%02d:%02d.000Z" % (rd(1, 12), rd(1, 28), rd(0, 23), rd(0, 59), rd(0, 59)), "timestamp"), "\"\n      }\n    } ]\n  }\n} ]\n"]

@tpl
def t_shopify_customers():
    x = ["First Name,Last Name,Email,Accepts Email Marketing,Default Address Address1,Default Address City,Default Address Zip,Default Address Country Code,Phone,Total Spent\n"]
    for _ in range(rd(2, 3)):
        p = P(ch(["iu", "nv", "qc"]))
        c = "US" if p.c == "nv" else "CA"
        if c == "CA":
            st, ci, z = ch(["Box %d" % rd(100, 2999), "%d Aupaluktuq Road" % rd(100, 999)]), "Iqaluit", "X0A 0H0"
        else:
            st, ci, z = ch(["PO Box %d" % rd(100, 3000), "%d Navajo Route 12" % rd(100, 9999)]), "Window Rock", "86515"
        x += [p.L("g"), ",", p.L("f"), ",", em(p), ",yes,", L("address", st, sub=c), ",", L("address", ci, sub=c), ",", L("address", z, sub=c),
              ",", c, ",", ph(c, st="e164", pre="928" if c == "US" else "867"), ",", N("%d.%02d" % (rd(10, 900), rd(0, 99)), "amount"), "\n"]
    return "shopify_customers_csv", "en", x

@tpl
def t_health_export():
    p = P(ch(["sgc", "qc", "lb", "gulf"]))
    return "apple_health_export_xml", "en", [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_SG\">\n <ExportDate value=\"", N("2025-%02d-%02d 09:12:44 +0800" % (rd(1, 12), rd(1, 28)), "timestamp"),
        "\"/>\n <Me HKCharacteristicTypeIdentifierDateOfBirth=\"", dob("iso", 1950, 2005), "\" HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSex", "Female" if p.sex == "f" else "Male",
        "\" HKCharacteristicTypeIdentifierBloodType=\"HKBloodTypeOPositive\"/>\n <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"", p.L("g"),
        "’s Apple Watch\" unit=\"count\" value=\"", N(str(rd(100, 9000)), "count"), "\"/>\n</HealthData>\n"]

@tpl
def t_dna_matches():
    x = ["Shared DNA matches (exported ", odate("iso"), ")\nName,Relationship,Shared cM,Segments,Contact\n"]
    for _ in range(rd(2, 3)):
        p = P(ch(["co", "hsb", "rm", "smi", "gv", "ce", "sah", "ba"]))
        x += [p.L(), ",", ch(["2nd cousin", "3rd cousin", "half 1st cousin"]), ",", N("%d cM" % rd(40, 420), "measure"), ",", N(str(rd(2, 14)), "count"), ",", em(p) if R.random() < 0.6 else "", "\n"]
    return "dna_match_list", "en", x

# ---------------------------------------------------------------- labelled templates: other languages
@tpl
def t_ka_gift_ledger():
    a, b = P("ka", "m"), P("ka", "f")
    x = ["ქორწილის საჩუქრების სია\nნეფე: ", a.L("nat"), " · პატარძალი: ", b.L("nat"), "\nთარიღი: ", odate("dmy."), "\n\n№ | სახელი, გვარი | თანხა | ტელეფონი\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("ka", "nat"), " | ", A("GEL"), " | ", opt(lambda: ph("GE", pool=["nat_bare", "nat", "intl"])), "\n"]
    return "wedding_gift_ledger", "ka", x

@tpl
def t_ko_gift_ledger():
    a, b = P("ko", "m"), P("ko", "f")
    x = ["축의금 명부 — 신랑 ", a.L("nat"), " · 신부 ", b.L("nat"), " (", odate("ko"), ")\n번호 | 성함 | 관계 | 금액 | 연락처\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("ko", "nat"), " | ", ch(["직장 동료", "대학 동기", "친척", "고향 친구"]), " | ", N("%s원" % f"{ch([50000, 100000, 200000]):,}", "amount"), " | ", opt(lambda: ph("KR", pool=["nat", "nat_dash"])), "\n"]
    return "wedding_gift_ledger", "ko", x + ["\n마음 전하실 곳: 국민은행 ", N("%s-%s-%s" % (dg(6), dg(2), dg(6)), "bank_account"), "\n"]

@tpl
def t_hy_deposit_slip():
    p = P("hy")
    return "cash_deposit_slip", "hy", [
        "ԿԱՆԽԻԿ ԳՈՒՄԱՐԻ ՄՈՒՏՔԱԳՐՄԱՆ ԿՏՐՈՆ № ", N(dg(7), "slip_no"), "\nԱվանդատու՝ ", p.L("nat"), "\nԾննդյան ամսաթիվ՝ ", dob("hy", 1950, 2003), " թ.\nԱնձնագիր՝ ", gid("passport", "AN" + dg(7)),
        "\nՀՎՀՀ՝ ", gid("am_ssn"), "\nՀասցե՝ ", ad("AM"), "\nՀեռախոս՝ ", ph("AM"), "\nԷլ. փոստ՝ ", em(p), "\nՍտացողի հաշվեհամար՝ ", N(dg(16), "bank_account"), "\nԳումար՝ ", A("AMD"), "\nՆպատակ՝ վարձավճար\n"]

@tpl
def t_am_edir_ledger():
    x = ["የ", N("ቦሌ ሚካኤል", "place"), " እድር ወርሃዊ መዋጮ መዝገብ\nተ.ቁ | ስም | የትውልድ ቀን | ስልክ | መዋጮ\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("am", "nat"), " | ", opt(lambda: dob(ch(["amet", "etnum"]), 1950, 2000), 0.5), " | ", opt(lambda: ph("ET", pool=["nat", "nat_solid"])), " | ",
              N("%d ብር" % ch([50, 100, 150, 200]), "amount"), "\n"]
    return "edir_contribution_ledger", "am", x + ["ጸሐፊ: ", pp("am", "nat"), " — ", ad("ET"), "\n"]

@tpl
def t_ti_mahber():
    x = ["ዝርዝር ኣባላት ማሕበር ", N("ሓድነት", "org"), " — ", odate("dmy/"), "\nቁ. | ስም | ቁ.ስልኪ | ወርሓዊ ክፍሊት\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("ti", "nat"), " | ", opt(lambda: ph("ER")), " | ", N("%d ናቕፋ" % ch([100, 200, 250]), "amount"), "\n"]
    return "savings_group_ledger", "ti", x

@tpl
def t_so_qaraan():
    x = ["QARAAN — liiska deeqaha loogu talagalay qoyska ", pp("so"), "\nMagaca | Taleefanka | Lacagta\n"]
    for _ in range(rd(2, 4)):
        x += [pp("so"), " | ", opt(lambda: ph(ch(["SO", "KE", "AE"]), rg="SO")), " | ", N("$%d" % ch([20, 50, 100, 200]), "amount"), "\n"]
    return "pledge_list", "so", x + ["Lacagta waxaa loo dirayaa: ", N("Dahabshiil #%s" % dg(6), "ref_no"), " — xiriir: ", pp("so"), " ", ph("SO"), "\n"]

@tpl
def t_ha_zakat():
    x = ["JERIN MASU KARBAR ZAKKA — Unguwar ", N("Koira Kano", "place"), ", ", odate("dmy/"), "\nLamba | Suna | Ranar haihuwa | Lambar waya | Adireshi\n"]
    for i in range(rd(2, 3)):
        x += ["%d | " % (i + 1), pp("ha"), " | ", opt(lambda: dob("ha", 1945, 1995)), " | ", opt(lambda: ph("NE")), " | ", opt(lambda: ad("NE"), 0.6), "\n"]
    return "zakat_distribution_list", "ha", x

@tpl
def t_yo_esusu():
    x = ["ÀKỌSÍLẸ̀ ÈSÚSÚ — Ẹgbẹ́ ", N("Ìfẹ́ Ọlọ́run", "org"), "\nOrúkọ | Nọ́mbà fóònù | Ìdá | Ọjọ́ ìbí\n"]
    for _ in range(rd(2, 4)):
        p = P("yo")
        x += [p.L("full" if R.random() < 0.7 else "CAPS"), " | ", opt(lambda: ph("NG", pool=["nat", "nat_solid", "intl"])), " | ", N("₦%s" % f"{ch([5000, 10000, 20000]):,}", "amount"), " | ", opt(lambda: dob("dmy/", 1960, 2000)), "\n"]
    return "savings_group_ledger", "yo", x

@tpl
def t_ig_levy():
    x = ["NDEPUTA ỤTỤ — Nzukọ Ụmụnwaanyị August ", N("2025", "year"), ", ", N("Ụmụahịa", "place"), "\nAha | Ekwentị | Ego\n"]
    for _ in range(rd(2, 4)):
        x += [pp("ig"), " | ", opt(lambda: ph("NG")), " | ", A("NGN"), "\n"]
    return "levy_register", "ig", x + ["Onye ode akwụkwọ: ", pp("ig"), " (", em(P("ig")), ")\n"]

@tpl
def t_zu_stokvel():
    x = ["IRIJISTA YE-STOKVEL — ", N("Masakhane", "org"), "\nIgama | Inombolo yocingo | Usuku lokuzalwa | Iminikelo\n"]
    for _ in range(rd(2, 4)):
        x += [pp("tsn"), " | ", opt(lambda: ph("ZA")), " | ", opt(lambda: dob(ch(["zu", "dmy/"]), 1955, 2000)), " | ", N("R%d" % ch([300, 500, 1000]), "amount"), "\n"]
    return "savings_group_ledger", "zu", x + ["Usihlalo: ", pp("tsn"), "\n"]

@tpl
def t_tn_vaccination():
    x = ["RETISETARA YA MOENTO WA DIKGOMO — ", N("Zone 6b", "zone"), ", ", odate("dmy/"), "\nLeina | Omang | Mogala | Dikgomo\n"]
    for _ in range(rd(2, 4)):
        x += [pp("tsn"), " | ", opt(lambda: gid("bw_omang"), 0.6), " | ", opt(lambda: ph("BW")), " | ", N(str(rd(3, 60)), "count"), "\n"]
    return "livestock_vaccination_register", "tn", x + ["Ngaka ya diphologolo: ", pp("tsn"), "\n"]

@tpl
def t_ny_vsl():
    p = P("ny")
    return "savings_passbook", "ny", [
        "BUKHU LA MEMBALA — Gulu la ", N("Tiyanjane", "org"), "\nDzina: ", p.L(), "\nTsiku lobadwa: ", dob(ch(["ny", "dmy/"]), 1955, 2002), "\nNambala ya foni: ", ph("MW"), "\nMudzi: ", N("Chigoneka", "place"),
        "\n\nTsiku | Ndalama zosunga | Ngongole\n", odate("dmy/", 2025, 2025), " | ", A("MWK"), " | 0\n", odate("dmy/", 2025, 2025), " | ", A("MWK"), " | ", A("MWK"), "\n"]

@tpl
def t_sn_burial():
    p = P("sn")
    return "burial_society_application", "sn", [
        "FOMU YEKUNYORESA — ", N("Tabudirira", "org"), " Burial Society\nZita: ", p.L(), "\nNhamba yechitupa: ", gid("zw_id", id_zw()), "\nZuva rekuzvarwa: ", dob("dmy/", 1950, 2000), "\nKero: ", ad("ZW"),
        "\nNhare: ", ph("ZW"), "\nVanobatsirwa: ", pp("sn"), " (mukadzi), ", pp("sn"), " (mwana)\nMubhadharo wepamwedzi: ", A("USD"), "\n"]

@tpl
def t_om_coffee():
    x = ["GALMEE BUNA DHIYEESSUU — Waldaa Hojii Gamtaa ", N("Gummii", "org"), ", ", odate("dmy/"), "\nMaqaa | Lakk. bilbilaa | Kiiloo\n"]
    for _ in range(rd(2, 4)):
        x += [pp("om"), " | ", opt(lambda: ph("ET", pool=["nat", "nat_solid", "intl"])), " | ", N("%d" % rd(40, 900), "measure"), "\n"]
    return "cooperative_delivery_log", "om", x

@tpl
def t_ur_tenant():
    t, f, o = P("sdh", "m"), P("sdh", "m"), P("sdh")
    return "tenant_police_verification", "ur", [
        "کرایہ دار کی معلومات کا فارم\nنام: ", t.L("nat"), "\nولدیت: ", f.L("nat"), "\nشناختی کارڈ نمبر: ", gid("pk_cnic", id_pk(t.sex)), "\nتاریخ پیدائش: ", dob(ch(["ur", "dmy/"]), 1960, 2002),
        "\nموبائل نمبر: ", ph("PK"), "\nمستقل پتہ: ", ad("PK"), "\nمالک مکان: ", o.L("nat"), " — ", ph("PK"), "\n"]

@tpl
def t_bn_nid():
    p = P("bn")
    return "nid_correction_application", "bn", [
        "জাতীয় পরিচয়পত্র সংশোধনের আবেদন\nনাম: ", p.L("nat"), "\nনাম (ইংরেজি): ", p.L("CAPS"), "\nপিতার নাম: ", pp("bn", "nat", "m"), "\nজন্ম তারিখ: ", dob(ch(["bn", "bnnum"]), 1960, 2003),
        "\nএনআইডি নম্বর: ", gid("bd_nid"), "\nমোবাইল: ", ph("BD"), "\nঠিকানা: ", ad("BD"), "\nসংশোধনের বিষয়: জন্ম তারিখ\n"]

@tpl
def t_kn_ration_card():
    p, s, k = P("kn"), P("kn"), P("kn")
    return "ration_card_application", "kn", [
        "ಪಡಿತರ ಚೀಟಿ ಅರ್ಜಿ\nಕುಟುಂಬದ ಮುಖ್ಯಸ್ಥರ ಹೆಸರು: ", p.L("nat"), "\nಮನೆಯ ಹೆಸರು: ", N(ch(["ರೋಹಿಣಿ ನಿಲಯ", "ಕಾವ್ಯ ಕುಟೀರ", "ಶ್ವೇತಾ ನಿವಾಸ"]), "name_word"), "\nವಿಳಾಸ: ", ad("IN-kn"),
        "\nಮೊಬೈಲ್: ", ph("IN"), "\nಕುಟುಂಬದ ಸದಸ್ಯರು: ", s.L("nat"), ", ", k.L("nat"), "\nವಾರ್ಷಿಕ ಆದಾಯ: ", A("INR"), "\nಶುಲ್ಕ ₹100 ಪಾವತಿ (ಕಾರ್ಡ್ ", cd("rupay"), ")\n"]

@tpl
def t_kn_gas():
    p = P("kn")
    aad = aadhaar_random(R)
    return "gas_connection_application", "kn", [
        "ಎಲ್‌ಪಿಜಿ ಹೊಸ ಸಂಪರ್ಕಕ್ಕೆ ಅರ್ಜಿ\nಅರ್ಜಿದಾರರ ಹೆಸರು: ", p.L("nat"), "\nಜನ್ಮ ದಿನಾಂಕ: ", dob(ch(["kn", "dmy-"]), 1955, 2003), "\nಆಧಾರ್ ಸಂಖ್ಯೆ: ", gid("in_aadhaar", group(aad)),
        "\nವಿಳಾಸ: ", ad("IN-kn"), "\nಮೊಬೈಲ್: ", ph("IN"), "\nಇಮೇಲ್: ", em(p), "\nವಿತರಕರು: ", N("ಶ್ರೀ ಗಣೇಶ್ ಗ್ಯಾಸ್ ಏಜೆನ್ಸಿ", "org"), "\n"]

@tpl
def t_mr_nomination():
    m = P("mr")
    n = P("mr", ch("mf"))
    return "society_nomination_form", "mr", [
        "नामनिर्देशन पत्र (नमुना १४)\nसभासदाचे नाव: ", m.L("nat"), "\nसदनिका क्र.: ", N("बी-%s" % todig(str(rd(101, 704)), "०"), "flat_no"), "\nपत्ता: ", ad("IN-mr"),
        "\nनामनिर्देशित व्यक्तीचे नाव: ", n.L("nat"), "\nनाते: ", ch(["मुलगा", "भाऊ"] if n.sex == "m" else (["मुलगी", "बहीण"] + (["पत्नी"] if m.sex == "m" else []))), "\nजन्मतारीख: ", dob(ch(["mr", "denum", "dmy/"]), 1950, 2005), "\nमोबाईल: ", ph("IN"), "\n"]

@tpl
def t_si_samurdhi():
    x = ["සමෘද්ධි ප්‍රතිලාභී ලැයිස්තුව — ", N("ග්‍රාම නිලධාරී වසම 520", "place"), "\nනම | ජා.හැ.අ. | උපන් දිනය | දුරකථන\n"]
    for _ in range(rd(2, 4)):
        p, d = P("si"), bday(1950, 2000)
        x += [p.L("nat"), " | ", gid("lk_nic", id_lk(d, p.sex)), " | ", dob(ch(["si", "iso"]), d=d), " | ", opt(lambda: ph("LK")), "\n"]
    return "welfare_beneficiary_list", "si", x + ["ලිපිනය (කාර්යාලය): ", ad("LK"), "\nසකස් කළේ: ", pp("si", "nat"), "\n"]

@tpl
def t_ne_labour():
    p = P("npl")
    return "labour_permit_application", "ne", [
        "श्रम स्वीकृतिको लागि निवेदन\nनाम थर: ", p.L("nat"), "\nनागरिकता नं.: ", gid("np_citizenship"), "\nराहदानी नं.: ", gid("passport", "PA" + dg(7)), "\nजन्म मिति: ", dob("denum", 1975, 2004),
        "\nमोबाइल: ", ph("NP", pool=["nat_bare", "nat_solid", "intl"]), "\nइमेल: ", em(p), "\nठेगाना: ", ad("NP"), "\nगन्तव्य देश: कतार\nरोजगारदाता: ", N("Al Rayyan Facility Services", "org"), "\n"]

@tpl
def t_tg_patent():
    p = P("tg")
    return "work_patent_application", "tg", [
        "АРИЗА барои гирифтани патент\nНасаб, ном: ", L("person", p.f[0] + " " + p.g[0], sub="tg"), "\nСанаи таваллуд: ", dob(ch(["tg", "dmy."]), 1970, 2004), "\nШиносномаи хориҷӣ: ", gid("tj_passport"),
        "\nСуроға: ", ad("TJ"), "\nТелефон: ", ph("TJ"), "\nПочтаи электронӣ: ", em(p, ch(["mail.ru", "gmail.com"])), "\nКасб: ронанда\n"]

@tpl
def t_tk_internet():
    p = P("tk")
    return "internet_connection_application", "tk", [
        "Öý internedini birikdirmek üçin ARZA\nFamiliýasy, ady: ", p.L("caps"), "\nDoglan senesi: ", dob(ch(["tk", "dmy."]), 1960, 2004), "\nPasport: ", gid("passport", "I-AŞ " + dg(6)), "\nSalgysy: ", ad("TM"),
        "\nTelefon: ", ph("TM"), "\nE-poçta: ", em(p), "\nTarif: «Bagtyýar 20»\n"]

@tpl
def t_ckb_ngo():
    p = P("ckb")
    return "beneficiary_registration", "ckb", [
        "فۆرمی تۆمارکردنی سوودمەند\nناو: ", p.L("nat"), "\nڕێکەوتی لەدایکبوون: ", dob(ch(["ckb", "arnum", "dmy/"]), 1950, 2005), "\nژمارەی کارتی نیشتمانی: ", gid("iq_card"),
        "\nژمارەی مۆبایل: ", ph("IQ"), "\nناونیشان: ", ad("IQ"), "\nژمارەی خێزان: ", N("6", "count"), "\nئایبان: ", ib("IQ"), "\n"]

@tpl
def t_ug_gift_ledger():
    x = ["توي سوۋغىتى تىزىملىكى — ", pp("ug", "nat", "m"), " ۋە ", pp("ug", "nat", "f"), " (بىشكەك)\nئىسىمى | سوۋغات | تېلېفون\n"]
    for _ in range(rd(2, 4)):
        x += [pp("ug", "nat"), " | ", A("KGS"), " | ", opt(lambda: ph("KG")), "\n"]
    return "wedding_gift_ledger", "ug", x

@tpl
def t_yi_gemach():
    x = ["גמ״ח ביכל — הלוואות (", N("בית מדרש אהבת חסד", "org"), ")\nנאמען | אדרעס | טעלעפאן | סכום | צוריקצאלן ביז\n"]
    for _ in range(rd(2, 4)):
        x += [pp("yi", "nat"), " | ", opt(lambda: ad("US-ny"), 0.6), " | ", opt(lambda: ph("US", pre=ch(["718", "347", "917"]), pool=["nat", "nat_dash"]), 0.6), " | ",
              N("$%s" % f"{ch([500, 1000, 2500, 5000]):,}", "amount"), " | ", odate("mdy/", 2025, 2026, "date_due"), "\n"]
    return "free_loan_ledger", "yi", x

@tpl
def t_lb_building_permit():
    p = P("lb")
    d = bday(1955, 2000)
    return "building_permit_application", "lb", [
        "Demande fir eng Bauerlaabnis — Gemeng ", N("Walfer", "place"), "\nBauhär: ", p.L(), "\nGebuertsdatum: ", dob(ch(["lb", "dmy."]), d=d), "\nMatricule: ", gid("lu_matricule", id_lu(d)),
        "\nAdress: ", ad("LU"), "\nBaupläz: ", N("Parzell %d/%d" % (rd(100, 999), rd(1, 9999)), "parcel_no"), "\nTelefon: ", ph("LU"), "\nE-Mail: ", em(p), "\nArchitekt: ", pp("lb"),
        "\nGebühren per Iwwerweisung, IBAN: ", ib("LU"), "\n"]

@tpl
def t_rm_firewood():
    x = ["Repartiziun da laina da fieu ", N("2025", "year"), " — Vischnanca ", N("Scuol", "place"), "\nNum | Adressa | Telefon | Ster\n"]
    for _ in range(rd(2, 4)):
        x += [pp("rm"), " | ", opt(lambda: ad("CH-rm"), 0.6), " | ", opt(lambda: ph("CH")), " | ", N(str(rd(2, 12)), "count"), "\n"]
    return "firewood_allocation", "rm", x

@tpl
def t_br_mooring():
    p = P("br")
    return "mooring_permit_application", "br", [
        "Goulenn aotre eoriañ — Porzh ", N("Konk-Kerne", "place"), "\nAnv: ", p.L(), "\nDeiziad ganedigezh: ", dob("br", 1950, 2000), "\nChomlec'h: ", ad("FR-br"), "\nPellgomz: ", ph("FR"), "\nPostel: ", em(p),
        "\nBag: ", N("Gwenn-ha-Du", "vessel"), " (", N("CC %d" % rd(100000, 999999), "boat_reg"), ")\n"]

@tpl
def t_ht_aid_list():
    x = ["LIS DISTRIBISYON KIT IJYÈN — ", N("Delmas 33", "place"), ", ", odate("dmy/"), "\nNon | Telefòn | Kantite moun nan fanmi | Siyati\n"]
    for _ in range(rd(2, 4)):
        x += [pp("hti"), " | ", opt(lambda: ph("HT")), " | ", N(str(rd(2, 9)), "count"), " | ____\n"]
    r = P("hti")
    return "aid_distribution_list", "ht", x + ["Responsab: ", r.L(), ", ", em(r), "\n"]

@tpl
def t_tet_land_claim():
    p = P("tet")
    return "land_claim_declaration", "tet", [
        "DEKLARASAUN REKLAMASAUN RAI\nNaran: ", p.L(), "\nData moris: ", dob(ch(["tet", "dmy/"]), 1945, 1995), "\nHela fatin: ", ad("TL"), "\nNúmeru telefone: ", ph("TL"), "\nKartaun eleitorál: ", gid("tl_eleitoral"),
        "\nRai ne'ebé reklama: parsela ", N("%02d-%04d-%03d" % (rd(1, 13), rd(1, 9999), rd(1, 999)), "parcel_no"), "\nSaksi: ", pp("tet"), " no ", pp("tet"), "\n"]

@tpl
def t_tpi_haus_krai():
    d = P("pg")
    x = ["HAUS KRAI BILONG ", d.L("CAPS"), "\nDe bilong bon: ", dob("tpi", 1940, 1990), "   De bilong dai: ", odate("dmy/", 2024, 2025, "date_death"),
         "\nLain: ", N("Komblo (Wahgi)", "clan"), "\nNem | Namba bilong fon | Mani\n"]
    for _ in range(rd(2, 4)):
        x += [pp("pg"), " | ", opt(lambda: ph("PG")), " | ", N("K%d" % ch([20, 50, 100, 200]), "amount"), "\n"]
    return "funeral_contribution_list", "tpi", x

@tpl
def t_mi_koha():
    x = ["Rārangi Koha — Tangihanga o ", pp("mi"), " ki ", EP(ch(["Te Poho-o-Rāwiri", "Te Tokanganui-a-Noho", "Hinerupe"])), "\nIngoa | Wāea | Koha\n"]
    for _ in range(rd(2, 4)):
        x += [pp("mi"), " | ", opt(lambda: ph("NZ")), " | ", N("$%d" % ch([20, 50, 100]), "amount"), "\n"]
    k = P("mi")
    return "funeral_contribution_list", "mi", x + ["Kaitiaki pūtea: ", k.L(), " — ", em(k), ", ", ad("NZ"), "\n"]

@tpl
def t_jv_arisan():
    x = ["DHAPTAR ANGGOTA ARISAN RT ", N("%02d/%02d" % (rd(1, 12), rd(1, 15)), "rt_rw"), "\nNo | Jeneng | Nomer HP | Alamat\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp(ch(["jv", "jv", "ban"])), " | ", opt(lambda: ph("ID", pool=["nat", "nat_solid", "nat_dash"])), " | ", opt(lambda: ad("ID"), 0.6), "\n"]
    return "savings_group_ledger", "jv", x

@tpl
def t_ceb_clearance():
    p = P("ceb")
    return "barangay_clearance_request", "ceb", [
        "HANGYO PARA SA BARANGAY CLEARANCE\nNgalan: ", p.L("CAPS"), "\nPetsa sa pagkatawo: ", dob(ch(["ceb", "mdy/"]), 1960, 2005), "\nPuy-anan: ", ad("PH"), "\nNumero sa cellphone: ", ph("PH"), "\nEmail: ", em(p),
        "\nTuyo: trabaho sa ", N("Mandaue", "place"), "\nCTC No.: ", N(dg(8), "ctc_no"), "\n"]

@tpl
def t_ar_domestic_worker():
    e, w = P("gulf"), P(ch(["ceb", "npl", "si", "am"]))
    d = bday(1960, 1995)
    return "domestic_worker_contract", "ar", [
        "عقد عمل عامل مساعد\nالطرف الأول (صاحب العمل): ", e.L("nat"), "\nرقم الهوية: ", gid("ae_eid", id_eid(d.year)), "\nالهاتف: ", ph("AE"), "\nالعنوان: ", ad("AE"),
        "\nالطرف الثاني (العامل): ", w.L("CAPS"), "\nرقم جواز السفر: ", gid("passport"), "\nتاريخ الميلاد: ", dob(ch(["arg", "dmy/"]), 1975, 2003), "\nالراتب الشهري: ", A("AED"), "\nرقم الآيبان لتحويل الراتب: ", ib("AE"), "\n"]

@tpl
def t_ar_sd_attestation():
    p = P("sd")
    return "certificate_attestation_request", "ar", [
        "طلب توثيق شهادة جامعية\nالاسم: ", p.L("nat"), "\nتاريخ الميلاد: ", dob(ch(["arg", "arnum"]), 1975, 2002), "\nالرقم الوطني: ", gid("sd_national", dg(11)), "\nالهاتف: ", ph("SD"),
        "\nالبريد الإلكتروني: ", em(p), "\nالعنوان: ", ad("SD"), "\nالجامعة: ", N("جامعة الخرطوم", "org"), "\n"]

@tpl
def t_ar_credit_ledger():
    x = ["دفتر الديون — بقالة ", N("الأمانة", "org"), "\nالاسم | الهاتف | المبلغ\n"]
    for _ in range(rd(2, 4)):
        x += [pp("ye", "nat"), " | ", opt(lambda: ph("YE")), " | ", N("%s ريال" % f"{rd(2, 90) * 500:,}", "amount"), "\n"]
    return "shop_credit_ledger", "ar", x

@tpl
def t_fr_tontine():
    x = ["REGISTRE DE LA TONTINE « ", N("Les Battantes de Yopougon", "org"), " »\nN° | Nom et prénoms | Contact | Cotisation | Ramassage\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("ci", ch(["CAPS", "caps"])), " | ", opt(lambda: ph("CI", pool=["nat", "nat_solid"])), " | ", A("XOF"), " | ", odate("dmy/", 2025, 2026), "\n"]
    return "savings_group_ledger", "fr", x

@tpl
def t_fr_loss_declaration():
    k = P("mos")
    return "loss_declaration", "fr", [
        "DÉCLARATION DE PERTE DE PIÈCE D'IDENTITÉ\n\nJe soussigné(e) ", k.L(), ", né(e) le ", dob(ch(["fr", "dmy/"]), 1960, 2004), " à ", N("Koudougou", "place"), ", demeurant ", ad("BF"),
        ", déclare avoir perdu ma CNIB n° ", gid("bf_cnib", "B" + dg(8)), " le ", odate("fr", 2024, 2025), " au marché ", EP("Rood-Woko"), ".\nTéléphone : ", ph("BF"),
        "\nFait à Ouagadougou, le ", odate("fr", 2025, 2025, "date_form"), "\n"]

@tpl
def t_fr_pf_housing():
    p, c = P("ty"), P("ty")
    return "social_housing_application", "fr", [
        "DEMANDE DE LOGEMENT SOCIAL\nDemandeur : ", p.L(), "\nNé(e) le : ", dob("fr", 1960, 2003), "\nAdresse actuelle : ", ad("PF"), "\nTéléphone : ", ph("PF"), "\nCourriel : ", em(p),
        "\nConjoint(e) : ", c.L(), "\nRevenus mensuels du foyer : ", A("XPF"), "\nRIB (IBAN) : ", ib("FR"), "\n"]

@tpl
def t_fr_ramq():
    p = P("qc")
    d = bday(1950, 2005)
    return "health_insurance_registration", "fr", [
        "Demande d'inscription — Régie de l'assurance maladie du Québec\nNom : ", p.L("f"), "\nPrénom : ", p.L("g"), "\nDate de naissance : ", dob("iso", d=d), "\nNuméro d'assurance maladie : ", gid("qc_ramq", id_ramq(p, d)),
        "\nAdresse : ", ad("CA-qc", True), "\nTéléphone : ", ph("CA", pre=ch(["514", "418", "450"])), "\nCourriel : ", em(p, ch(["videotron.ca", "hotmail.com", "gmail.com"])), "\n"]

@tpl
def t_fr_opus_card():
    p = P("qc")
    return "transit_card_application", "fr", [
        "Demande de carte OPUS avec photo — tarif réduit 65 ans et plus\nNom : ", p.L("f"), "\nPrénom : ", p.L("g"), "\nDate de naissance : ", dob(ch(["iso", "fr"]), 1935, 1960),
        "\nAdresse : ", ad("CA-qc", True), "\nTéléphone : ", ph("CA", pre=ch(["514", "418", "450"])), "\nCourriel : ", em(p), "\nFrais de 15 $ payés par carte ", cd(ch(["visa", "mc"])), "\n"]

@tpl
def t_fr_beehives():
    p = P("co")
    return "beehive_declaration", "fr", [
        "DÉCLARATION DE DÉTENTION ET D'EMPLACEMENT DE RUCHES\nN° NAPI : ", N("A%07d" % rd(1, 9999999), "napi"), "\nNom, prénom : ", p.L("comma"), "\nNé(e) le : ", dob("dmy/", 1950, 2000),
        "\nAdresse : ", ad("FR-co"), "\nTéléphone : ", ph("FR"), "\nCourriel : ", em(p), "\nNombre de ruches : ", N(str(rd(5, 120)), "count"), "\n"]

@tpl
def t_fr_sponsorship():
    k, par, sp = P("rn"), P("rn"), P(ch(["qc", "lb"]))
    return "child_sponsorship_form", "fr", [
        "FICHE DE PARRAINAGE\nEnfant : ", k.L(), "\nDate de naissance : ", dob("fr", 2010, 2019), "\nAdresse : ", ad("BI"), "\nParent : ", par.L(), " — ", ph("BI"), "\nParrain : ", sp.L(), ", ", em(sp),
        "\nVersement : ", A("EUR"), " par mois, IBAN ", ib(ch(["LU", "BE", "FR"])), "\nCompte de la famille : ", ib("BI"), "\n"]

@tpl
def t_pt_kixikila():
    x = ["LISTA DA KIXIKILA — grupo ", N("Mamãs do Cazenga", "org"), "\nNº | Nome | Telefone | Mês de receber\n"]
    for i in range(rd(2, 4)):
        x += ["%d | " % (i + 1), pp("ao"), " | ", opt(lambda: ph("AO")), " | ", MON["pt"][(i + rd(0, 5)) % 12], "\n"]
    return "savings_group_ledger", "pt", x + ["Valor mensal: ", A("AOA"), "\n"]

@tpl
def t_pt_water():
    p = P("mz")
    return "water_connection_request", "pt", [
        "PEDIDO DE LIGAÇÃO DE ÁGUA\nNome: ", p.L(), "\nBI n.º: ", gid("mz_bi"), "\nData de nascimento: ", dob(ch(["pt", "dmy/"]), 1955, 2003), "\nEndereço: ", ad("MZ"), "\nContacto: ", ph("MZ"),
        "\nE-mail: ", em(p), "\nLeitura do contador vizinho: ", N("%05d m³" % rd(1, 99999), "meter_reading"), "\n"]

@tpl
def t_pt_birth_cert():
    r, k, f, m = P("cv"), P("cv"), P("cv", "m"), P("cv", "f")
    return "certificate_request", "pt", [
        "PEDIDO DE CERTIDÃO DE NASCIMENTO\nRequerente: ", r.L(), "\nNIF: ", gid("cv_nif", id_cvnif()), "\nNome do registado: ", k.L(), "\nData de nascimento: ", dob(ch(["pt", "dmy/"]), 1960, 2010),
        "\nFiliação: ", f.L(), " e ", m.L(), "\nMorada: ", ad("CV"), "\nTelefone: ", ph("CV"), "\n"]

@tpl
def t_es_finiquito():
    p = P("quc")
    return "employment_settlement", "es", [
        "FINIQUITO LABORAL\n\nYo, ", p.L(), ", con DPI/CUI ", gid("gt_cui", id_cui()), ", declaro haber recibido de ", N("Textiles Xela, S.A.", "org"), " la cantidad de ", A("GTQ"),
        " en concepto de indemnización, aguinaldo y vacaciones, por lo que no tengo reclamo alguno.\n\nQuetzaltenango, ", odate("es"), ".\nTel. ", ph("GT"), "\n"]

@tpl
def t_es_aid_record():
    p = P("hnd")
    return "aid_delivery_record", "es", [
        "ACTA DE ENTREGA — Bono de apoyo familiar\nBeneficiario/a: ", p.L(), "\nDUI: ", gid("sv_dui", id_dui()), "\nFecha de nacimiento: ", dob(ch(["es", "dmy/"]), 1950, 2003), "\nDirección: ", ad("SV"),
        "\nCelular: ", ph("SV"), "\nCorreo: ", em(p), "\nDepósito en cuenta IBAN: ", ib("SV"), "\nMonto: ", N("$300.00", "amount"), "\nEntregó: ", pp("hnd"), "\n"]

@tpl
def t_es_brand_registry():
    s = P("hnd")
    return "brand_registration_certificate", "es", [
        "CONSTANCIA DE REGISTRO DE FIERRO\n\nSe hace constar que ", s.L(), ", cédula de identidad ", gid("ni_cedula", id_ni(bday(1955, 2000))), ", domiciliado en ", ad("NI"), ", tiene registrado el fierro ",
        N("«J4»", "brand_no"), " bajo el número ", N("%d-%04d" % (rd(1, 17), rd(1, 9999)), "registry_no"), ".\n\nManagua, ", odate("es"), ". Tel. ", ph("NI"), "\n"]

@tpl
def t_es_patente():
    p = P("hnd")
    return "business_licence_application", "es", [
        "SOLICITUD DE LICENCIA COMERCIAL (PATENTE)\nSolicitante: ", p.L(), "\nCédula: ", gid("cr_cedula"), "\nDirección del local: ", ad("CR"), "\nTeléfono: ", ph("CR"), "\nCorreo: ", em(p),
        "\nCuenta IBAN para pagos: ", ib("CR"), "\nActividad: soda y venta de café\nFinca: ", N("1-%06d-000" % rd(1, 999999), "property_no"), "\n"]

@tpl
def t_es_paz_y_salvo():
    p = P(ch(["hnd", "prc"]))
    return "no_debt_certificate", "es", [
        "PAZ Y SALVO\n\nSe certifica que ", p.L(), ", con cédula ", gid("pa_cedula"), ", residente en ", ad("PA"), ", se encuentra a paz y salvo con ", N("Cooperativa El Educador", "org"), " al ", odate("es"),
        ".\n\nContacto: ", ph("PA"), "\n"]

@tpl
def t_es_pr_conduct():
    p = P("prc")
    a, b, c = ssn_random(R)
    return "police_record_request", "es", [
        "SOLICITUD DE CERTIFICADO DE ANTECEDENTES PENALES\nNombre: ", p.L(), "\nSeguro Social: ", gid("us_ssn", "%s-%s-%s" % (a, b, c)), "\nFecha de nacimiento: ", dob(ch(["es", "mdy/"]), 1960, 2005),
        "\nDirección postal: ", ad("PR"), "\nTeléfono: ", ph("PR"), "\nCorreo electrónico: ", em(p), "\nPropósito: empleo\n"]

@tpl
def t_es_parents_pledge():
    par, k = P("hnd"), P("hnd")
    return "parents_commitment", "es", [
        "ACTA DE COMPROMISO DE PADRES DE FAMILIA\n\nYo, ", par.L(), ", con identidad ", gid("hn_dni"), ", padre/madre del alumno ", k.L(), " de ", N("7.º grado", "class"),
        ", me comprometo a asistir a las reuniones.\nTeléfono: ", ph("HN"), "\nDirección: ", ad("HN"), "\n"]

@tpl
def t_nl_sr_extract():
    p = P("srn")
    return "civil_register_extract_request", "nl", [
        "AANVRAAG UITTREKSEL — Centraal Bureau voor Burgerzaken\nNaam: ", p.L(), "\nGeboortedatum: ", dob(ch(["nl", "dmy-"]), 1950, 2005), "\nAdres: ", ad("SR"), "\nTelefoon: ", ph("SR"), "\nE-mail: ", em(p),
        "\nDoel: huwelijk in ", N("Nederland", "country"), "\n"]

@tpl
def t_no_earmark():
    p = P("smi")
    return "reindeer_earmark_register", "no", [
        "REINMERKEREGISTER — Reinbeitedistrikt ", N("16 Kautokeino østre", "district"), "\nMerkeeier: ", p.L(), "\nFødselsdato: ", dob(ch(["no", "dmy."]), 1950, 2005), "\nAdresse: ", ad("NO-se"),
        "\nTelefon: ", ph("NO"), "\nMerke: ", N("%s-%s" % (rnd(R, "VHS", 3), rnd(R, "VHS", 3)), "earmark"), "\nSiida: ", N("Ávžževárri", "siida"), "\n"]

@tpl
def t_de_parking():
    a = P("hsb")
    return "parking_permit_application", "de", [
        "Antrag auf Bewohnerparkausweis — Zone ", N("B3", "zone"), "\nAntragsteller/in: ", a.L(), "\nAnschrift: ", ad("DE-hsb"), "\nKennzeichen: ", N("BZ-%s %d" % (rnd(R, string.ascii_uppercase, 2), rd(1, 9999)), "plate"),
        "\nTelefon: ", ph("DE"), "\nE-Mail: ", em(a), "\nGebühr per SEPA-Lastschrift, IBAN: ", ib("DE"), "\n"]

@tpl
def t_zh_housing():
    p = P("mac")
    return "public_housing_application", "zh", [
        "經濟房屋申請表\n申請人姓名：", p.L("nat"), "\n外文姓名：", p.L("CAPS"), "\n出生日期：", dob(ch(["zh", "dmy/"]), 1950, 2004), "\n澳門居民身份證：", gid("mo_bir"), "\n聯絡電話：", ph("MO"),
        "\n現居地址：", ad("MO"), "\n電郵：", em(p), "\n家團成員：", pp("mac", "nat"), "（配偶）\n"]

@tpl
def t_sw_wedding_committee():
    x = ["KAMATI YA HARUSI — MICHANGO\nBwana harusi: ", pp("znz", sex="m"), "\nJina | Simu | Ahadi | Imelipwa\n"]
    for _ in range(rd(2, 4)):
        x += [pp("znz"), " | ", opt(lambda: ph("TZ")), " | ", A("TZS"), " | ", ch(["ndiyo", "bado", "nusu"]), "\n"]
    return "wedding_committee_pledges", "sw", x

@tpl
def t_eosb_claim():
    c = ch(["KW", "SA", "QA", "BH", "JO", "AE"])
    p = P(ch(["gulf", "iq", "pal", "ks", "ceb", "npl", "kn"]))
    d = bday(1965, 2000)
    kind, v = {"KW": ("kw_civil", id_kw(d)), "SA": ("sa_nid", id_sa("1")) if p.c == "gulf" else ("sa_iqama", id_sa("2")), "QA": ("qa_qid", None),
               "BH": ("passport", None), "JO": ("passport", None), "AE": ("ae_eid", id_eid(d.year))}[c]
    return "end_of_service_claim", "en", [
        "END-OF-SERVICE BENEFIT CLAIM\nEmployee no.: ", N("E%05d" % rd(1, 99999), "employee_no"), "\nName: ", p.L(), "\nDate of birth: ", dob("dmy/", d=d), "\nCivil ID / Iqama / passport: ", gid(kind, v),
        "\nLast working day: ", odate("enab", 2025, 2026), "\nMobile: ", ph(c), "\nEmail: ", em(p), "\nPay the gratuity to IBAN: ", ib(c), "\nBank SWIFT: ", N({"KW": "NBOKKWKW", "QA": "QNBAQAQA", "SA": "NCBKSAJE", "JO": "ARABJOAX", "AE": "EBILAEAD", "BH": "NBOBBHBM"}[c], "bic"), "\n"]

@tpl
def t_ro_child_allowance():
    p, k = P("md"), P("md")
    return "child_allowance_application", "ro", [
        "CERERE pentru stabilirea indemnizației lunare pentru creșterea copilului\nSolicitant: ", p.L("caps"), "\nIDNP: ", gid("md_idnp", id_md()), "\nDomiciliul: ", ad("MD"), "\nTelefon: ", ph("MD"),
        "\nE-mail: ", em(p), "\nCopilul: ", k.L(), ", născut(ă) la ", dob(ch(["ro", "dmy."]), 2022, 2025), "\nIBAN pentru plată: ", ib("MD"), "\nData: ", odate("dmy.", 2025, 2025), "\n"]

@tpl
def t_ar_cash_for_work():
    p = P("pal")
    return "cash_for_work_registration", "ar", [
        "نموذج التسجيل في برنامج النقد مقابل العمل\nالاسم: ", p.L("nat"), "\nرقم الهوية: ", gid("ps_id", id_ps()), "\nتاريخ الميلاد: ", dob(ch(["arl", "arnum", "dmy/"]), 1960, 2004), "\nالهاتف المحمول: ", ph("PS"),
        "\nالعنوان: ", ad("PS"), "\nالبريد الإلكتروني: ", em(p), "\nرقم الحساب الدولي (IBAN) لاستلام الأجر: ", ib("PS"), "\n"]

# ---------------------------------------------------------------- clean templates (no labels, only look-alikes)
EPONYMS = ["Kenneth Kaunda International Airport", "Julius Nyerere International Airport", "Amílcar Cabral International Airport", "Sir Seretse Khama International Airport",
           "Félix-Houphouët-Boigny International Airport", "Modibo Keïta International Airport", "Cheddi Jagan International Airport", "Johan Adolf Pengel International Airport",
           "Norman Manley International Airport", "Luis Muñoz Marín International Airport", "Antonio B. Won Pat International Airport", "Presidente Nicolau Lobato International Airport",
           "Queen Alia International Airport", "King Khalid International Airport", "Hamad International Airport", "Kamuzu International Airport", "Robert Gabriel Mugabe International Airport",
           "Harry Mwaanga Nkumbula International Airport", "Augusto C. Sandino International Airport", "Juan Santamaría International Airport", "Óscar Arnulfo Romero International Airport",
           "Sir Seewoosagur Ramgoolam International Airport", "Gnassingbé Eyadéma International Airport", "Cardinal Bernardin Gantin Airport", "Houari Boumediene Airport"]
PLACES = ["Jl. Slamet Riyadi, Surakarta", "Universidade Eduardo Mondlane", "Université Mouloud Mammeri", "Università di Corsica Pasquale Paoli", "Caisse Desjardins", "Rudaki Avenue",
          "Magtymguly Avenue", "Livingstone Museum", "Mount Everest", "Victoria Falls Bridge", "Sam Nujoma Stadium", "Agostinho Neto University", "Jomo Kenyatta Avenue",
          "Hastings Kamuzu Banda Mausoleum", "Place Lat Dior", "Sultan Qaboos Grand Mosque", "Sheikh Zayed Road", "Tomb of Queen Arwa", "Tecún Umán monument", "Casanova Lodge",
          "Lady Musgrave Road", "Te Poho-o-Rāwiri marae", "Bhupen Hazarika Setu", "Rigoberta Menchú Foundation", "Selassie Cathedral"]
NAME_WORDS = [("sn", "Tatenda nekubatsira! Rufaro rwakawanda kwamuri mese."), ("ny", "Zikomo kwambiri. Chikondi chanu ndi madalitso kwa ife tonse."),
              ("tn", "Kagiso e nne le lona. Masego a magolo!"), ("kn", "ಈ ಕಾವ್ಯ ತುಂಬಾ ಸುಂದರವಾಗಿದೆ."), ("mr", "गौरी पूजनासाठी सायलीची फुले आणली."),
              ("am", "ሰላም ነው? ተስፋ አለን።"), ("ar", "أطفئ النور قبل أن تخرج، وكن على أمل."), ("jv", "Muga-muga slamet tekan omah, lestari alame."),
              ("en", "Made in Bali, hand-dyed. Ships in 3 days."), ("ty", "Ua nehenehe te moana i teie mahana."), ("mi", "Kia ora! He aroha nui ki a koutou."),
              ("ceb", "Lovely kaayo ang adlaw karon, Precious ang tawag sa among iring."), ("en", "Add the romaine lettuce, then the coral-pink dressing."),
              ("nv", "Yá'át'ééh! Nizhóní ałdó' dziłígíí."), ("tk", "Jeren — Türkmenistanyň gözel haýwany."), ("yo", "Ayọ̀ ni o, ìfẹ́ ni o."), ("sw", "Asante kwa baraka na neema zenu."),
              ("so", "Hodan iyo barwaaqo ayaan idiin rajeynaynaa."), ("en", "Tashi delek! See you at the tshechu."), ("ur", "صبا کی ہوا ٹھنڈی ہے۔"), ("ug", "گۈلنار ئېچىلدى."),
              ("en", "Set the thermostat to 300 kelvin in the simulation and add a half nelson diagram."), ("es", "El domingo vamos a Rosario a ver a Santos."),
              ("en", "The iris scanner and the jasper countertop arrived; Neo4j is still down."), ("tpi", "Grace bilong God i stap wantaim yumi."), ("tg", "Зарина — тиллоранг."),
              ("ha", "Albarka da aminci ga kowa."), ("ig", "Ngozi Chineke dịrị unu.")]

@ctpl
def c_itinerary():
    return "travel_itinerary", "en", [
        "Day 1: land at ", EP(ch(EPONYMS)), " (flight ", N("%s %d" % (ch(["KQ", "ET", "SA", "QR", "TM", "BW"]), rd(100, 999)), "flight_no"), ", ", N("%02d:%02d" % (rd(0, 23), rd(0, 59)), "time"),
        ")\nDay 2: walk from ", EP(ch(PLACES)), " to ", EP(ch(PLACES)), " — entry ", A(ch(["ZMW", "MZN", "AOA", "BWP", "USD", "XOF"])),
        "\nDay 3: transfer to ", EP(ch(EPONYMS)), ", check-in closes ", N("%d min" % ch([45, 60, 90]), "duration"), " before departure on ", odate("enus", 2025, 2026, "date_travel"), "\n"]

@ctpl
def c_name_words():
    sel = R.sample(NAME_WORDS, rd(2, 4))
    return "name_as_word_notes", sel[0][0], [[N(t, "name_word"), "\n"] for _, t in sel]

@ctpl
def c_lookalikes():
    items = [("ICCID", N(iccid(ch(["260", "265", "263", "258"])), "iccid")), ("IMEI", N(imei(), "imei")), ("LEI", N(lei(), "lei")), ("ORCID", N(orcid(), "orcid")),
             ("ISWC", N(iswc(), "iswc")), ("Vessel", N(imo(), "imo")), ("VIN", N(vin(), "vin")), ("Parcel", N(s10(ch(["ZM", "MW", "BW", "NA"])), "upu_s10")),
             ("IBAN (check digits wrong)", N(bad_iban(ch(["QA", "KW", "JO", "MU", "SV"])), "iban_bad")), ("Card (fails Luhn)", N(luhn_bad(), "luhn_fail")),
             ("Card", N("%s •••• •••• %s" % (ch(["4", "5"]) + dg(3), dg(4)), "card_masked")), ("BIC", N(ch(["NBMAMWMW", "FIRNZMLX", "BMOCMZMA", "BFAGAOLU", "QNBAQAQA", "ARABJOAX"]), "bic")),
             ("Firmware", N("%d.%d.%d.%d" % (rd(1, 9), rd(0, 20), rd(0, 99), rd(0, 255)), "version4")), ("Build", N("10.0.%d.%d" % (rd(19041, 26100), rd(1000, 5000)), "version4")),
             ("Mobile money", N(ch(["*150#", "*182#", "*115#", "*144#"]), "ussd")), ("Emergency", N(ch(["112", "999", "911", "997", "191"]), "emergency_no")),
             ("Test number", N(ch(["+999 555 0100", "(123) 456-7890", "000-000-0000", "+260 000"]), "phone_invalid")), ("Coordinates", N("%.4f, %.4f" % (-rd(0, 30) - R.random(), rd(20, 40) + R.random()), "coords")),
             ("Company reg.", N("%d%07d" % (rd(1990, 2024), rd(1, 9999999)), "company_no")), ("Octets", N("%d.%d.%d.%d" % (rd(256, 999), rd(0, 255), rd(0, 255), rd(0, 255)), "octet_overflow"))]
    x = ["Reference numbers from the shipment and device paperwork (none of them personal):\n"]
    for k, v in R.sample(items, rd(6, 9)):
        x += ["- ", k, ": ", v, "\n"]
    return "lookalike_notes", "en", x

@ctpl
def c_config_placeholders():
    return "config_placeholders", "en", [
        "# deploy.yaml — secrets come from the vault, never from this file\nenv:\n  STRIPE_PUBLISHABLE_KEY: ", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n  PAYSTACK_SECRET_KEY: ", N("${{ secrets.PAYSTACK_SECRET_KEY }}", "placeholder"),
        "\n  DB_PASSWORD: ", N(ch(["<REDACTED>", "********", "${DB_PASSWORD}", "{{ vault_db_password }}"]), "placeholder"), "\n  API_TOKEN: ", N("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rnd(R, B64, 32), rnd(R, B64, 22), rnd(R, B64, 22)), "ciphertext"),
        "\n  SSH_PUBKEY: ", N("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(R, B64, 43) + " deploy", "ssh_pubkey"), "\n  AGE_RECIPIENT: ", N("age1" + rnd(R, "023456789acdefghjklmnpqrstuvwxyz", 58), "age_pubkey"),
        "\n  CA_HASH: ", N("sha256:" + sha(), "cert_hash"), "\n  XPUB: ", N("xpub6" + rnd(R, B58, 106), "xpub"), "\n"]

@ctpl
def c_service_log():
    x = []
    for _ in range(rd(3, 5)):
        x += [N("2025-%02d-%02dT%02d:%02d:%02dZ" % (rd(1, 12), rd(1, 28), rd(0, 23), rd(0, 59), rd(0, 59)), "timestamp"), " ", ch(["INFO", "WARN", "DEBUG"]), " ",
              ch([["listening on ", N(ch(["127.0.0.1", "0.0.0.0", "[::1]", "[::]"]) + ":" + str(rd(1024, 9999)), "loopback")], ["joined group ", N(ch(["224.0.0.251", "ff02::fb"]), "multicast")], ["route ", N(ch(["10.0.0.0/8", "fe80::/10", "0.0.0.0/0"]), "cidr"), " via gateway"], ["worker ", N(str(uuid.UUID(int=R.getrandbits(128))), "uuid"), " done in ", N("%d ms" % rd(3, 900), "duration")],
                  ["image ", N("sha256:" + sha(), "digest"), " pulled"], ["netmask ", N("255.255.%d.0" % ch([0, 240, 255]), "netmask"), " applied"], ["upgraded to ", N("v%d.%d.%d" % (rd(1, 9), rd(0, 30), rd(0, 99)), "version")]]), "\n"]
    return "service_log", "en", x

BLANK = [("ka", "სახელი, გვარი: ______\nტელეფონი: ______"), ("hy", "Անուն, ազգանուն՝ ______\nՀեռախոս՝ ______"), ("am", "ስም: ______\nስልክ: ______\nየትውልድ ቀን: ______"),
         ("ti", "ስም: ______\nቁ.ስልኪ: ______"), ("so", "Magaca: ______\nTaleefanka: ______"), ("ha", "Suna: ______\nLambar waya: ______\nRanar haihuwa: ______"),
         ("yo", "Orúkọ: ______\nNọ́mbà fóònù: ______"), ("zu", "Igama: ______\nInombolo yocingo: ______"), ("tn", "Leina: ______\nMogala: ______"), ("ny", "Dzina: ______\nNambala ya foni: ______"),
         ("sn", "Zita: ______\nNhare: ______\nKero: ______"), ("om", "Maqaa: ______\nLakk. bilbilaa: ______"), ("ur", "نام: ______\nموبائل نمبر: ______"), ("bn", "নাম: ______\nমোবাইল: ______"),
         ("kn", "ಹೆಸರು: ______\nಮೊಬೈಲ್: ______"), ("mr", "नाव: ______\nमोबाईल: ______"), ("si", "නම: ______\nදුරකථන: ______"), ("ne", "नाम थर: ______\nमोबाइल: ______"),
         ("tg", "Насаб, ном: ______\nТелефон: ______"), ("tk", "Familiýasy, ady: ______\nTelefon: ______"), ("ckb", "ناو: ______\nژمارەی مۆبایل: ______"), ("ug", "ئىسىمى: ______\nتېلېفون: ______"),
         ("yi", "נאמען: ______\nטעלעפאן: ______"), ("lb", "Numm: ______\nTelefon: ______"), ("rm", "Num: ______\nTelefon: ______"), ("br", "Anv: ______\nPellgomz: ______"),
         ("ht", "Non: ______\nTelefòn: ______"), ("tet", "Naran: ______\nNúmeru telefone: ______"), ("tpi", "Nem: ______\nNamba bilong fon: ______"), ("mi", "Ingoa: ______\nWāea: ______"),
         ("jv", "Jeneng: ______\nNomer HP: ______"), ("ceb", "Ngalan: ______\nNumero sa cellphone: ______"), ("ar", "الاسم: ______\nالهاتف: ______"), ("sw", "Jina: ______\nSimu: ______")]

@ctpl
def c_blank_form():
    lang, body = ch(BLANK)
    return "blank_form", lang, [N(body, "blank_field"), "\n", odate("dmy/", 2025, 2026, "date_form"), "\n"]

def ean13():
    b = "6" + dg(11)
    return b + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b)) % 10) % 10)

@ctpl
def c_catalogue():
    x = ["SKU | EAN | Item | Price\n"]
    for _ in range(rd(3, 5)):
        x += [N("%s-%04d" % (rnd(R, string.ascii_uppercase, 3), rd(1, 9999)), "sku"), " | ", N(ean13(), "ean13"), " | ", ch(["Solar lantern 3W", "Water filter 20 L", "Kerosene stove", "Maize grinder", "Mosquito net (LLIN)"]),
              " | ", A(ch(["ZMW", "MWK", "TZS", "NGN", "XOF", "MZN", "AOA"])), "\n"]
    return "product_catalogue", "en", x

@ctpl
def c_ferry_timetable():
    route, cur, lo, hi = ch([("Malé – Hulhumalé", "MVR %d", 10, 30), ("Malé – Maafushi", "MVR %d", 25, 60), ("Dar es Salaam – Zanzibar", "TSh %d,000", 35, 70), ("Praia – Brava", "%d$00", 2000, 4500)])
    x = ["Route ", N("%03d" % rd(301, 399), "route_no"), " ", route, "\n"]
    for _ in range(rd(3, 5)):
        h = rd(5, 20)
        x += [N("%02d:%02d" % (h, ch([0, 15, 30, 45])), "time"), " → ", N("%02d:%02d" % (h + rd(1, 3), ch([0, 15, 30, 45])), "time"), "   fare ", N(cur % rd(lo, hi), "amount"), "\n"]
    return "ferry_timetable", "en", x

@ctpl
def c_code_question():
    return "code_question", "en", [
        "Why does this test pass? I expected the IBAN to be rejected.\n\n```python\nassert not is_valid_iban(\"", N(bad_iban(ch(["QA", "BH", "KW", "PS"])), "iban_bad"), "\")\nassert not luhn_ok(\"", N(luhn_bad().replace(" ", ""), "luhn_fail"),
        "\")\nPHONE_RE = re.compile(r\"^\\+?[0-9 ]{7,15}$\")\nassert PHONE_RE.match(\"", N("+000 000 0000", "phone_invalid"), "\")\n```\nRunning Python ", N("3.12.%d" % rd(0, 8), "version"), ".\n"]

@ctpl
def c_statistics():
    x = ["District | Births %d | Deaths %d | Median age\n" % (rd(2020, 2024), rd(2020, 2024))]
    for _ in range(rd(3, 5)):
        x += [ch(["Chipata", "Kasama", "Mzuzu", "Zomba", "Masvingo", "Gweru", "Serowe", "Maun"]), " | ", N(f"{rd(1000, 90000):,}", "count"), " | ", N(f"{rd(100, 9000):,}", "count"), " | ", N("%d.%d" % (rd(15, 30), rd(0, 9)), "measure"), "\n"]
    return "statistics_table", "en", x

@ctpl
def c_crypto_public():
    return "block_explorer", "en", [
        "Tx ", N("0x" + sha(), "tx_hash"), "\nFrom ", N("0x" + rnd(R, HEX, 40), "eth_address"), "\nTo ", N("0x" + rnd(R, HEX, 40), "eth_address"), "\nBlock ", N(f"{rd(18000000, 21000000):,}", "block_no"),
        "   Gas ", N("%d gwei" % rd(5, 80), "measure"), "\nBTC deposit address: ", N("bc1q" + rnd(R, "023456789acdefghjklmnpqrstuvwxyz", 38), "btc_address"), "\n"]

@ctpl
def c_bank_help():
    c = ch(["QA", "KW", "BH", "JO", "MU", "SV", "BI", "MD"])
    mask = iban_new(c)
    return "payment_help_text", "en", [
        "How to pay us from abroad: use our BIC ", N(ch(["QNBAQAQA", "NBOKKWKW", "ARABJOAX", "MCBLMUMU", "BAGRSVSS"]), "bic"), " and your IBAN. A ", c, " IBAN has ", str(IBAN_LENS[c]), " characters, e.g. ",
        N(mask[:4] + " " + "•" * 4 + " … " + mask[-4:], "iban_masked"), ". Transfers above ", A("USD"), " need a reference such as ", N("INV-%d-%04d" % (rd(2024, 2026), rd(1, 9999)), "invoice_no"), ".\n"]

@ctpl
def c_group_chat():
    return "group_chat_noid", "en", [
        "[", N("09:14", "time"), "] Admin: meeting moved to room ", N("B-%d" % rd(100, 499), "room_no"), ", ", N("3:30–4:15 pm", "time_range"), "\n[", N("09:15", "time"), "] Admin: bring the ", N("Q3", "quarter"),
        " sheet (v", N("%d.%d" % (rd(1, 9), rd(0, 9)), "version"), ")\n[", N("09:20", "time"), "] Me: ok, dialling in via the bridge code ", N("%d %d#" % (rd(100, 999), rd(1000, 9999)), "meeting_code"), "\n"]

@ctpl
def c_market_sms():
    return "market_price_sms", "en", [
        "MARKET PRICES ", odate("dmy/", 2025, 2025, "date_report"), ": maize ", N("K%d" % rd(150, 420), "amount"), "/50kg, beans ", N("K%d" % rd(600, 1400), "amount"), "/bag. Dial ", N(ch(["*7373#", "*210#", "*384*2#"]), "ussd"),
        " for updates. Rain ", N("%d mm" % rd(0, 80), "measure"), " expected.\n"]

# ---------------------------------------------------------------- assistant requests
REQ = [("en", "Can you summarise this?"), ("en", "Please turn this into a table."), ("en", "Translate this into English for me:"), ("en", "What's wrong with this config?"),
       ("en", "Can you check this for mistakes before I send it?"), ("en", "Draft a polite reply to this:"), ("fr", "Peux-tu me résumer ce document ?"), ("es", "¿Me ayudas a pasar esto a una tabla?"),
       ("pt", "Podes rever este texto?"), ("ar", "هل يمكنك تلخيص هذا؟"), ("sw", "Tafadhali nifupishie hii:"), ("ha", "Don Allah ka taƙaita min wannan:"), ("yo", "Jọ̀wọ́ ṣe àkópọ̀ èyí fún mi:"),
       ("am", "እባክህ ይህን አጠቃልልኝ፦"), ("so", "Fadlan ii soo koob qoraalkan:"), ("zu", "Ngicela ungifingqele lokhu:"), ("tn", "Ke kopa o nkhutswaletse se:"), ("ny", "Chonde ndifupikitsireni izi:"),
       ("sn", "Ndapota pfupikisa izvi:"), ("om", "Maaloo kana naaf gabaabsi:"), ("ur", "براہ کرم اس کا خلاصہ کر دیں:"), ("bn", "দয়া করে এটির সারসংক্ষেপ করুন:"), ("kn", "ದಯವಿಟ್ಟು ಇದನ್ನು ಸಂಕ್ಷಿಪ್ತಗೊಳಿಸಿ:"),
       ("mr", "कृपया याचा सारांश द्या:"), ("ne", "कृपया यसको सारांश दिनुहोस्:"), ("si", "කරුණාකර මෙය සාරාංශ කරන්න:"), ("ka", "შეგიძლია ეს შეაჯამო?"), ("hy", "Կարո՞ղ ես սա ամփոփել:"),
       ("tg", "Лутфан инро хулоса кунед:"), ("tk", "Muny gysgaça düşündirip bilersiňmi?"), ("ckb", "تکایە ئەمە کورت بکەرەوە:"), ("ug", "بۇنى قىسقارتىپ بېرەلەمسىز؟"),
       ("lb", "Kanns de dat mol zesummefassen?"), ("rm", "Pos ti far in resumaziun da quai?"), ("br", "Gallout a rafe ober un diverrañ eus se ?"), ("ht", "Èske ou ka rezime sa pou mwen?"),
       ("tet", "Bele halo rezumu ida ne'e?"), ("tpi", "Yu ken sotim dispela tok?"), ("mi", "Ka taea e koe te whakarāpopoto i tēnei?"), ("jv", "Tulung ringkesen iki:"),
       ("ceb", "Mahimo ba nimo kining i-summarize?"), ("ko", "이거 표로 정리해 줄래?"), ("zh", "可以幫我整理成表格嗎？"), ("nl", "Kun je dit samenvatten?"), ("no", "Kan du oppsummere dette?"), ("de", "Kannst du das zusammenfassen?")]

def wrap(rec_parts, lang):
    same = [r for r in REQ if r[0] == lang]
    q = ch(same) if same and R.random() < 0.6 else ch(REQ)
    fence = R.random() < 0.5
    body = ["```\n", rec_parts, "```"] if fence else [rec_parts]
    return ([q[1], "\n\n"] + body) if R.random() < 0.7 else (body + ["\n\n", q[1]]), q[0]

# ---------------------------------------------------------------- assembly
def counts(parts):
    c = Counter()

    def walk(ps):
        for p in ps:
            if isinstance(p, (list, tuple)):
                walk(p)
            elif isinstance(p, L):
                c[p.type] += 1
    walk(parts)
    return c

def generate():
    R.seed(SEED)
    pools = []
    for t in TPL:
        cands = []
        for _ in range(POOL):
            form, lang, parts = t()
            cands.append((t.__name__, form, lang, parts, counts(parts)))
        pools.append(cands)
    nlab = NREC - NCLEAN
    chosen, cur, uses, en = [], Counter(), Counter(), 0
    for cands in pools:
        for c in cands[:KEEP]:
            chosen.append(c)
            cur.update(c[4])
            uses[c[0]] += 1
            en += c[2] == "en"
    rest = [c for cands in pools for c in cands[KEEP:]]
    scale = {k: v * 1.0 for k, v in TARGET.items()}
    while len(chosen) < nlab:
        best, bi = None, -1
        share = en / len(chosen)
        for i, c in enumerate(rest):
            if c is None or uses[c[0]] >= MAXT:
                continue
            d = sum(n * (2 * cur[k] + n - 2 * scale[k]) / scale[k] ** 2 for k, n in c[4].items())
            d += 0.0002 * uses[c[0]] + (0.0005 if (c[2] == "en") == (share > 0.45) else -0.0005)
            if best is None or d < best:
                best, bi = d, i
        c = rest[bi]
        rest[bi] = None
        chosen.append(c)
        cur.update(c[4])
        uses[c[0]] += 1
        en += c[2] == "en"
    clean = [CTPL[i % len(CTPL)]() for i in range(NCLEAN)]
    recs = [(c[1], c[2], c[3]) for c in chosen] + clean
    R.shuffle(recs)
    wrapped = set(R.sample(range(NREC), WRAP))
    out = []
    for i, (form, lang, parts) in enumerate(recs):
        if i in wrapped:
            parts, _ = wrap(parts, lang)
        out.append(build("%s%05d" % (PREFIX, i), form, lang, parts))
    return out

# ---------------------------------------------------------------- verification
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")

def verify(recs):
    errs, phones = [], []
    for r in recs:
        check_record(r)
        t = r["text"]
        mask = list(t)
        for sp in r["spans"]:
            v, k = sp["value"], sp.get("sub")
            for i in range(sp["start"], sp["end"]):
                mask[i] = " "
            if sp["type"] == "card":
                d = re.sub(r"\D", "", v)
                ok = luhn_ok(d) and any(d.startswith(p) for p in CARDS[k][0]) and len(d) == CARDS[k][1]
            elif sp["type"] == "iban":
                s = re.sub(r"[\s\u00a0-]", "", v)
                ok = iban_mod97(s) == 1 and len(s) == IBAN_LENS[s[:2]]
            elif sp["type"] == "gov_id":
                ok = GOV_CHECK.get(k, lambda x: True)(v)
            elif sp["type"] == "ip":
                a = ipaddress.ip_address(v)
                ok = not (a.is_loopback or a.is_unspecified or a.is_multicast) and (a.version == 6 or v.split(".")[-1] not in ("0", "255"))
            elif sp["type"] == "email":
                ok = EMAIL_RE.fullmatch(v) is not None
            elif sp["type"] == "phone":
                phones.append((v, sp["region"], sp.get("plan", "")))
                ok = True
            else:
                ok = True
            if not ok:
                errs.append("%s: bad %s %r" % (r["id"], sp["type"], v))
        rest = "".join(mask)
        words = set()
        for sp in r["spans"]:
            if sp["type"] == "person":
                words.update(w for w in re.split(r"[\s,.\-'’/()]+", sp["value"]) if len(w) > 2 and w[0].isupper())
        for n in re.finditer(r"\w+", rest):
            if n.group() in words and not ("eponym" in r.get("neg", []) and n.group() in EPONYM_WORDS):
                errs.append("%s: name word %r outside a label" % (r["id"], n.group()))
        if EMAIL_RE.search(rest):
            errs.append("%s: unlabelled e-mail %r" % (r["id"], EMAIL_RE.search(rest).group()))
        for m in IPV4_RE.finditer(rest):
            o = [int(g) for g in m.groups()]
            if max(o) <= 255 and not (o[0] in (0, 127, 224, 255) or o[3] in (0, 255) or m.group().startswith("10.0.0.0")):
                if not re.search(r"(firmware|Firmware|Build|version|v)\W*$", rest[max(0, m.start() - 12):m.start()]):
                    errs.append("%s: unlabelled IPv4 %r" % (r["id"], m.group()))
    bad = pv_check(phones)
    if bad:
        errs += bad
    return errs, bad is None

def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]

def stats(recs):
    c, subs, forms, langs, negs = Counter(), defaultdict(Counter), Counter(), Counter(), Counter()
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        for t in r.get("neg", []):
            negs[t] += 1
        for sp in r["spans"]:
            c[sp["type"]] += 1
            subs[sp["type"]][sp.get("plan", sp.get("region")) if sp["type"] == "phone" else sp.get("sub")] += 1
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(c.values())))
    print("per type:", ", ".join("%s %d" % kv for kv in c.most_common()))
    print("templates: %d labelled, %d clean; forms %d; languages %d" % (len(TPL), len(CTPL), len(forms), len(langs)))
    print("languages:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    for t in ("person", "phone", "address", "gov_id", "secret", "dob", "card", "iban", "ip"):
        print("%s (%d kinds):" % (t, len(subs[t])), ", ".join("%s %d" % kv for kv in subs[t].most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("wrapped: %d" % sum(1 for r in recs if any(q[1] in r["text"] for q in REQ)))

def main():
    recs = generate()
    if "--stats" in sys.argv:
        stats(recs)
        return
    if "--check" in sys.argv:
        with open(OUT, "rb") as f:
            old = f.read()
        new = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs).encode("utf-8")
        if old != new:
            sys.exit("heldout11.jsonl differs from what the generator makes")
        errs, nopv = verify([json.loads(ln) for ln in old.decode("utf-8").splitlines()])
        if errs:
            sys.exit("\n".join(errs[:50]))
        print("ok: %d records identical and valid%s" % (len(recs), " (phones not checked: /tmp/pv/pv missing)" if nopv else ""))
        return
    errs, nopv = verify(recs)
    if errs:
        sys.exit("\n".join(errs[:50]))
    write_jsonl(OUT, recs)
    print("wrote %s (%d records)" % (OUT, len(recs)))

if __name__ == "__main__":
    main()
