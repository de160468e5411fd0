#!/usr/bin/python3
"""Held-out part 29 of the redaction corpus (heldout29.jsonl).

Written by a twenty-seventh helper that read only ../README.md,
../corpuslib.py, heldout/README.md (the conventions, the opening sections,
the part 27 section in full as the model, the theme lines of the other
parts and part 25's decisions on children, associations and home codes),
lines 1-60 of gen_heldout27.py (header and imports) and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run by hand on a few numbers, otherwise only through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no project
binary, no make, no cmake/ctest and no git command, and it did not score
this file. Started 07:07:37 UTC on 2026-12-04 (`date -u`); the end time is
in heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 27's header.

Theme: CLUBS, SPORTS, EVENTS AND VOLUNTEERING. What people paste into an AI
assistant about their life in groups, from 25 countries and 16 languages:
sports-club membership forms with SEPA mandates, team rosters (players'
birth dates for age groups, parents' phones), race and tournament
registrations, result lists, a club's member export and its treasurer's
direct-debit list, AGM invitations and minutes, volunteer sign-up sheets and
shift rotas, choir, orchestra and theatre group chats, parish baptism and
wedding registrations, youth-camp and scout consent forms (children's birth
dates, parents' national ids where the country asks), ticket orders and
guest lists, wedding and party planning chats, gym and fitness-app
accounts (app passwords, locker and smart-lock codes), a club website's
admin notes (.env, booking-system keys, server IPs), Discord, Telegram and
WhatsApp group exports, coaches' and referees' payment forms, donation
receipts with donors' tax ids, sponsorship letters. Hard negatives of the
theme everywhere: bib, membership, ticket, seat, order, licence and
federation numbers, mandate references and creditor ids, scores and finish
times, event dates, clubs', venues' and federations' addresses, lines and
role mailboxes, famous athletes, trophies, stadiums and halls named after
people, prices and fees in many currencies, documentation IPs, masked
values, sample values in templates.

Every name, street, town, club, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 290924, shuffle
seed 290925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout29.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout29.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout29.py --stats   # counts
"""
import base64
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
                       luhn_complete, iban_random, iban_mod97, IBAN_LEN, group,
                       ssn_random, ssn_valid, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, cpf_random, cpf_ok, pan_random,
                       aadhaar_random, verhoeff_ok, card_random, card_grouping,
                       split_groups, steuerid_random, steuerid_ok, bsn_random, bsn_ok,
                       nino_random, NINO_BAD_PREFIX, PLANS, secret_random, MONTHS, rnd,
                       ALNUM, URLSAFE, digits, nz)

SEED = 290924
SHUFFLE_SEED = 290925
OUT = os.path.join(HERE, "heldout29.jsonl")
PREFIX = "heldout-ac"


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
# cc: (given_m, given_f, surnames); written for this part.
NAMES = {
    "US": ("Dashiell Thaddeus Rhett Lamar Brantley Everett Cullen Tobiah Jarvis Wendell",
           "Marisol Sloane Juniper Kinsley Leighton Bristol Oakley Dorinda Reagan Tawny",
           "Whitacre Tolliver Brannigan Castellanos Pruitt Hargrove Lindell Ambrose Fairbanks Quarles Mayhew Dunaway"),
    "GB": ("Crispin Torquil Alfie Barnaby Rufus Lachlan Digby Ewan Hamish Percival",
           "Imogen Clemency Philippa Tamsin Araminta Rosalind Honor Elspeth Marnie Cressida",
           "Pennington Ormerod Sowerby Thwaites Greenhalgh Hebblethwaite Ackroyd Bramwell Fairclough Haworth Lumb Entwistle"),
    "IE": ("Cathal Tadhg Fionn Cillian Colm Donnacha Peadar Lorcan Fiachra Senan Darragh",
           "Aoibheann Clodagh Gráinne Orlaith Caoimhe Síle Muireann Éabha Ailbhe Niamh Róisín",
           "Ó Flannabhra Mac Confhaola Ní Dhubhghaill Kinsella Fogarty Hennessy Mulcahy Twomey Scanlon Breathnach"),
    "AU": ("Lachie Brodie Kobe Jarrah Rory Zander Tully Mitchell Darcy Banjo",
           "Evie Indi Sienna Maddison Tahlia Ellie Bindi Jacinta Skye Kirrily",
           "Thistlethwaite Pappas Papadakis Kowalczyk Fitzsimons McGillivray Strachan Lovegrove"),
    "CA": ("Gaétan Lucien Tremaine Colby Félix Anders Beckett Nolan Jérémie Owen",
           "Solène Ginette Brielle Annika Marguerite Josée Kenna Delphine Rosalie Maëva",
           "Thibodeau Lapointe Ouellette Nakamura Szabo Fraser-Lee Gauthier Hrycenko"),
    "ZA": ("Sipho Thabo Lwazi Jurie Wikus Ruan Katlego Tshepo Bongani Jaco",
           "Nomvula Lerato Zanele Anri Marli Thandeka Refilwe Elmarie Busisiwe Lize",
           "Dlamini Mokoena Botha Ndlovu Van Wyk Pretorius Mahlangu Khumalo Steyn Molefe"),
    "IN": ("Aniruddh Harshvardhan Tejas Devansh Ojas Siddhant Pranav Yatin Kunal Mihir",
           "Ishita Tanvi Revati Mrunal Aditi Shravya Ketaki Vaidehi Pallavi Sanjana",
           "Kulkarni Deshpande Bhattacharya Venkataraman Chaturvedi Iyengar Sawant Banerjee Nair Rathore Gokhale"),
    "DE": ("Jannik Malte Hauke Till Arne Fiete Henrik Kilian Torben Volker Rüdiger Detlef",
           "Swantje Imke Mareike Heike Rieke Anneliese Gunda Gesa Ilka Jördis Wencke Liesel",
           "Brakelmann Tiedemann Höltgen Ruschmeier Wendeborn Kühnert Ahlers Oetjen Pfannkuch Lütkemeyer Sandmeier Grotefend"),
    "AT": ("Florentin Leopold Vinzenz Quirin Valentin Raphael Severin Korbinian",
           "Theresa Leonie Johanna Vroni Magdalena Kathi Resi Burgi",
           "Hinterleitner Pichlmayr Oberhuber Kranewitter Stöckl Mayrhofer Plankensteiner Aigner"),
    "CH": ("Urs Ueli Reto Gian-Andrea Mattia Noé Silvan Jon",
           "Mirjam Nadja Corina Flurina Ladina Seline Annatina",
           "Tschudi Zürcher Egloff Bärtschi Steffen Cadonau Rüegsegger Bundi"),
    "FR": ("Aurélien Gaspard Maël Corentin Anatole Tristan Lilian Gautier Clovis Evrard",
           "Solveig Maëlys Clémence Ombeline Capucine Bérénice Léonore Apolline Faustine Séverine",
           "Le Moal Guillemot Besnard Riviere-Lacaze Castagné Pelletier Vasseur Maréchal Drouet Rouxel Lamarque Chevreuil"),
    "BE": ("Wout Jelle Brecht Arnaud Quentin Joren Thibaut Stijn Lowie Cedric",
           "Lotte Febe Nele Wendy Amandine Marthe Axelle Griet Fien Ines",
           "Vandevelde Verstraeten De Meulemeester Claessens Lambrecht Dewulf Goossens Van Acker Delvaux Bertrand-Lhoist"),
    "NL": ("Sjoerd Gijs Thijmen Hidde Jorrit Wessel Mees Teun Rutger Joost",
           "Femke Marloes Ilse Jildou Sanne Roosmarijn Tjitske Lieke Mirthe Floor",
           "Hofstede van Dalen Kuipers Zwanenburg Wijnberg de Haan Tjeerdsma Sikkema van Veldhuizen Bosgra Hazelhoff"),
    "ES": ("Asier Aitor Gonzalo Borja Ximo Unai Jacobo Rodrigo Ignasi Telmo",
           "Nerea Ainhoa Macarena Covadonga Leire Montserrat Rocío Begoña Txell Irati",
           "Arrizabalaga Villaverde Cifuentes Olabarria Santamaría Echeverría Canals Ferrándiz Lozano Quintanilla Zubizarreta Ballesteros"),
    "MX": ("Emiliano Uriel Cuauhtli Alonso Santiago Jesús Leonel Mateo",
           "Itzel Nayeli Guadalupe Renata Yaretzi Fernanda Citlalli Dulce",
           "Huerta Cervantes Zepeda Tlapanco Olvera Ramírez Bustamante Aguirre"),
    "PT": ("Duarte Tomé Tiago Afonso Rui Gaspar Henrique Martim Lourenço Simão Gonçalo",
           "Leonor Matilde Inês Benedita Carlota Filipa Francisca Constança Joana Mafalda Beatriz",
           "Meireles Vasconcelos Quaresma Teixeira Brandão Sequeira Valadares Amorim Peixoto"),
    "BR": ("Thiago Caio Davi Heitor Jeferson Rômulo Anderson Kauã Kauê Vinícius",
           "Thaís Jéssica Luana Bruna Yasmin Kelly Daiane Rayssa Lorena Priscila",
           "Nogueira Albuquerque Cavalcanti Rezende Siqueira Bezerra Prado Fontes Moraes Guimarães"),
    "IT": ("Gianmarco Ettore Tommaso Jacopo Raffaele Amedeo Ludovico Salvatore Cosimo Ottavio",
           "Ginevra Ludovica Benedetta Ilaria Arianna Costanza Noemi Annalisa Vittoria Elisa",
           "Colnaghi Barbieri Lombardi Pellegrino Fumagalli Ruggiero Santoro Cattaneo Morandi Benedetti Guarnieri Trevisan"),
    "PL": ("Bartosz Szymon Mikołaj Wojciech Przemysław Kacper Radosław Maciej Janusz Dawid",
           "Zuzanna Małgorzata Agnieszka Wiktoria Bożena Karolina Dorota Halina Oliwia Jadwiga",
           "Kwiatkowski Zieliński Jabłoński Wiśniewski Pawlak Sikora Grabowski Urbański Mazur Walczak"),
    "SE": ("Linus Viggo Algot Sixten Hampus Elis Melker Tage Ebbe Folke",
           "Saga Ebba Signe Tilde Alva Majken Elvira Ingrid Sigrid Wilma",
           "Lindqvist Bergström Håkansson Sjöberg Ekström Nyqvist Wallin Dahlgren Forsberg"),
    "RU": ("Арсений:Arseny Тимофей:Timofey Глеб:Gleb Святослав:Svyatoslav Ярослав:Yaroslav Матвей:Matvey",
           "Василиса:Vasilisa Ульяна:Ulyana Злата:Zlata Милана:Milana Есения:Yesenia Таисия:Taisiya",
           "Воронцов:Vorontsov Шелестов:Shelestov Гончаров:Goncharov Рябинин:Ryabinin Калинин:Kalinin Лебедев:Lebedev Журавлёв:Zhuravlev"),
    "JP": ("湊:Minato 蓮:Ren 陽翔:Haruto 颯太:Sota 悠真:Yuma 樹:Itsuki",
           "結菜:Yuina 凛:Rin 芽依:Mei 澪:Mio 紬:Tsumugi 心春:Koharu",
           "高橋:Takahashi 渡辺:Watanabe 小林:Kobayashi 森田:Morita 石井:Ishii 松本:Matsumoto 藤原:Fujiwara 岡田:Okada"),
    "CN": ("浩然:Haoran 子轩:Zixuan 宇航:Yuhang 俊杰:Junjie 明哲:Mingzhe 思远:Siyuan",
           "梓涵:Zihan 雨桐:Yutong 诗琪:Shiqi 欣悦:Xinyue 佳怡:Jiayi 若曦:Ruoxi",
           "刘:Liu 陈:Chen 赵:Zhao 黄:Huang 周:Zhou 吴:Wu 孙:Sun 郭:Guo"),
    "KR": ("도윤:Doyun 하준:Hajun 시우:Siu 은우:Eunwoo 예준:Yejun 지호:Jiho",
           "서아:Seoa 하린:Harin 지안:Jian 수아:Sua 채원:Chaewon 윤서:Yunseo",
           "김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 윤:Yoon 한:Han"),
    "TR": ("Emirhan Kerem Barış Onur Tolga Yiğit Kaan Serkan Alper Cem",
           "Elif Zeynep Defne Ecrin Buse Sıla Melis Gizem Nehir Özge",
           "Kalkan Aydoğan Karataş Erdem Şahin Kılıç Özdemir Çelik Demirci Korkmaz"),
}
FEM_SURNAME = {"PL": [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")],
               "RU": [("ов", "ова"), ("ин", "ина"), ("ёв", "ёва"), ("ев", "ева")]}
RU_LAT_F = [("ov", "ova"), ("in", "ina"), ("ev", "eva")]
CJK = {"JP", "CN", "KR"}


def _split(cc, s):
    out = []
    for w in s.split(" "):
        if ":" in w:
            a, b = w.split(":")
            out.append((a, b))
        else:
            out.append((w, w))
    return out


def _surnames(cc):
    raw = NAMES[cc][2]
    # multi-word surnames joined by known particles
    toks = raw.split(" ")
    out, i = [], 0
    parts = {"Ó", "Mac", "Ní", "Van", "De", "van", "de", "Le"}
    while i < len(toks):
        t = toks[i]
        if t in parts and i + 1 < len(toks):
            if t in ("Mac",) and toks[i + 1] == "Giolla":
                out.append(" ".join(toks[i:i + 3]))
                i += 3
                continue
            out.append(t + " " + toks[i + 1])
            i += 2
            continue
        out.append(t)
        i += 1
    return [(w.split(":")[0], w.split(":")[-1]) for w in out]


def ascii_fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, cc, given, family, g, glat, flat):
        self.cc, self.given, self.family, self.g = cc, given, family, g
        self.glat, self.flat = glat, flat

    @property
    def full(self):
        if self.cc in ("JP", "CN", "KR"):
            return self.family + self.given
        if self.cc == "RU":
            return self.given + " " + self.family
        return self.given + " " + self.family

    @property
    def full_sp(self):  # CJK with the space
        return self.family + " " + self.given

    @property
    def surname_first(self):
        return self.family + " " + self.given

    @property
    def latin(self):
        return ascii_fold(self.glat + " " + self.flat)

    def words(self):
        if self.cc in CJK:
            return {self.given, self.family}
        return set(re.split(r"[ \-']", self.given + " " + self.family)) - {""}


class Ctx:
    """Per-record drawing context: people share no name word (unless a
    family name is passed on purpose)."""

    def __init__(self, R):
        self.R = R
        self.used = set()

    def block(self, *words):
        for w in words:
            for x in re.split(r"[ \-/,.()]", w):
                if x:
                    self.used.add(x.lower())

    def person(self, cc, g=None, family=None, flat=None):
        R = self.R
        g = g or R.choice("mf")
        gm, gf = _split(cc, NAMES[cc][0]), _split(cc, NAMES[cc][1])
        sur = _surnames(cc)
        for _ in range(200):
            gv, glat = R.choice(gm if g == "m" else gf)
            if family is None:
                fam, fl = R.choice(sur)
                if g == "f" and cc in FEM_SURNAME:
                    for a, b in FEM_SURNAME[cc]:
                        if fam.endswith(a):
                            fam = fam[:-len(a)] + b
                            break
                    if cc == "RU":
                        for a, b in RU_LAT_F:
                            if fl.endswith(a):
                                fl = fl[:-len(a)] + b
                                break
            else:
                fam, fl = family, flat or family
            p = Person(cc, gv, fam, g, glat, fl)
            ws = {w.lower() for w in p.words()} - {"van", "de", "der", "den", "le", "la", "da", "dos", "mac", "ó", "ní", "giolla"}
            if family is not None:
                ws_check = {gv.lower()}
            else:
                ws_check = ws
            if not (ws_check & self.used):
                self.used |= ws
                return p
        if family is not None and not getattr(self, "_retry", False):
            self._retry = True
            try:
                return self.person(cc, g="f" if g == "m" else "m", family=family, flat=flat)
            finally:
                self._retry = False
        raise RuntimeError("no person for " + cc)

    def child(self, parent, g=None):
        g = g or self.R.choice("mf")
        fam, fl = parent.family, parent.flat
        if parent.cc in FEM_SURNAME:
            for a, b in FEM_SURNAME[parent.cc]:
                if g == "m" and fam.endswith(b):
                    fam = fam[:-len(b)] + a
                elif g == "f" and fam.endswith(a) and not fam.endswith(b):
                    fam = fam[:-len(a)] + b
            if parent.cc == "RU":
                for a, b in RU_LAT_F:
                    if g == "m" and fl.endswith(b):
                        fl = fl[:-len(b)] + a
                    elif g == "f" and fl.endswith(a) and not fl.endswith(b):
                        fl = fl[:-len(a)] + b
        return self.person(parent.cc, g=g, family=fam, flat=fl)


def P(value, **meta):
    return L("person", value, **meta)


# ====================================================================== phones
KR_MOB = lambda R: "10" + R.choice("23456789") + digits(R, 7)  # noqa: E731
TR_MOB = lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "549", "551", "552", "553", "554", "555", "505", "506", "507"]) + digits(R, 7)  # noqa: E731


def nsn(R, cc, kind=None):
    if cc == "KR":
        return 82, "0", "mobile", KR_MOB(R)
    if cc == "TR":
        return 90, "0", "mobile", TR_MOB(R)
    c, trunk, kinds = PLANS[cc]
    if kind is None and cc == "CN":
        kind = "mobile"   # sign-ups in China ask for the 手机 number
    if kind is None:
        ks = [k for k in sorted(kinds) if k not in ("fiction", "toll_free")]
        # mostly mobiles: members give their mobile
        mob = [k for k in ks if k.startswith("mobile") or k in ("fixed_or_mobile", "any")]
        kind = R.choice(mob) if (mob and R.random() < 0.8) else R.choice(ks)
    return c, trunk, kind, kinds[kind](R)


def fmt_phone(R, cc, n, c, trunk, kind, style):
    """National and international layouts per country."""
    intl = style == "intl"
    e164 = style == "e164"
    if e164:
        return "+%d%s" % (c, n)
    if cc in ("US", "CA"):
        a, e, l4 = n[:3], n[3:6], n[6:]
        if intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (a, e, l4)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s)%s-%s"]) % (a, e, l4)
    if cc == "GB":
        if n.startswith("7"):
            return ("+44 %s %s" % (n[:4], n[4:])) if intl else R.choice(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
        if n.startswith("20"):
            return ("+44 20 %s %s" % (n[2:6], n[6:])) if intl else "020 %s %s" % (n[2:6], n[6:])
        return ("+44 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "IE":
        return ("+353 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s-%s" % (n[:2], n[2:])])
    if cc == "AU":
        return ("+61 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if cc == "ZA":
        return ("+27 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s%s" % (n[:2], n[2:])])
    if cc == "IN":
        return ("+91 %s %s" % (n[:5], n[5:])) if intl else R.choice(["%s %s" % (n[:5], n[5:]), "0%s" % n, "%s" % n, "%s-%s" % (n[:5], n[5:])])
    if cc == "DE":
        if n[0] == "1":
            a, r = n[:3], n[3:]
            if intl:
                return R.choice(["+49 %s %s" % (a, r), "+49 (0)%s %s" % (a, r), "+49 %s %s %s" % (a, r[:4], r[4:])])
            return R.choice(["0%s %s" % (a, r), "0%s/%s" % (a, r), "0%s-%s" % (a, r), "0%s / %s %s" % (a, r[:3], r[3:])])
        a = n[:2] if n[:2] in ("30", "40", "69", "89") else n[:3]
        r = n[len(a):]
        return ("+49 %s %s" % (a, r)) if intl else R.choice(["0%s %s" % (a, r), "0%s/%s" % (a, r), "(0%s) %s" % (a, r)])
    if cc == "AT":
        if n[0] == "6":
            return ("+43 %s %s" % (n[:3], n[3:])) if intl else R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:])])
        return ("+43 1 %s" % n[1:]) if intl else "01 %s" % n[1:]
    if cc == "CH":
        g = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return ("+41 " + g) if intl else "0" + g
    if cc == "FR":
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        if intl:
            return R.choice(["+33 %s %s" % (n[0], pairs), "+33 (0)%s %s" % (n[0], pairs)])
        sep = R.choice([" ", ".", " ", "\u00a0", ""])
        return "0" + n[0] + sep + sep.join(n[i:i + 2] for i in range(1, 9, 2))
    if cc == "BE":
        if n[0] == "4":
            return ("+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])) if intl else R.choice(["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:])])
        return ("+32 2 %s %s %s" % (n[1:4], n[4:6], n[6:])) if intl else "02 %s %s %s" % (n[1:4], n[4:6], n[6:])
    if cc == "NL":
        if n[0] == "6":
            return ("+31 6 %s" % n[1:]) if intl else R.choice(["06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:]), "06 %s" % n[1:]])
        return ("+31 %s %s %s" % (n[:2], n[2:5], n[5:])) if intl else "0%s-%s" % (n[:2], n[2:])
    if cc == "ES":
        if intl:
            return R.choice(["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
        if n[0] == "9":
            return "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), n])
    if cc == "MX":
        return ("+52 %s %s %s" % (n[:2], n[2:6], n[6:])) if intl else R.choice(["%s %s %s" % (n[:2], n[2:6], n[6:]), "(%s) %s-%s" % (n[:2], n[2:6], n[6:])])
    if cc == "PT":
        return ("+351 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    if cc == "BR":
        if len(n) == 11:
            return ("+55 %s %s-%s" % (n[:2], n[2:7], n[7:])) if intl else R.choice(["(%s) %s-%s" % (n[:2], n[2:7], n[7:]), "%s %s-%s" % (n[:2], n[2:7], n[7:]), "(0%s) %s-%s" % (n[:2], n[2:7], n[7:])])
        return ("+55 %s %s-%s" % (n[:2], n[2:6], n[6:])) if intl else "(%s) %s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "IT":
        if n[0] == "3":
            return ("+39 %s %s" % (n[:3], n[3:])) if intl else R.choice(["%s %s" % (n[:3], n[3:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "%s/%s" % (n[:3], n[3:]), "%s-%s" % (n[:3], n[3:])])
        return ("+39 %s %s" % (n[:2], n[2:])) if intl else "%s %s %s" % (n[:2], n[2:6], n[6:])
    if cc == "PL":
        if n[:2] == "22":
            return ("+48 22 %s %s %s" % (n[2:5], n[5:7], n[7:])) if intl else "22 %s %s %s" % (n[2:5], n[5:7], n[7:])
        return ("+48 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if cc == "SE":
        return ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if intl else R.choice(["0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "0%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
    if cc == "RU":
        a, b, c2, d = n[:3], n[3:6], n[6:8], n[8:]
        if intl:
            return R.choice(["+7 %s %s-%s-%s" % (a, b, c2, d), "+7 (%s) %s-%s-%s" % (a, b, c2, d), "+7%s" % n])
        return R.choice(["8 (%s) %s-%s-%s" % (a, b, c2, d), "8-%s-%s-%s-%s" % (a, b, c2, d), "8 %s %s %s %s" % (a, b, c2, d)])
    if cc == "JP":
        return ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if intl else "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "CN":
        if n[0] == "1" and len(n) == 11:
            return ("+86 %s %s %s" % (n[:3], n[3:7], n[7:])) if intl else R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
        return ("+86 10 %s" % n[2:]) if intl else "010-%s" % n[2:]
    if cc == "KR":
        return ("+82 10-%s-%s" % (n[2:6], n[6:])) if intl else R.choice(["010-%s-%s" % (n[2:6], n[6:]), "010 %s %s" % (n[2:6], n[6:]), "010%s" % n[2:]])
    if cc == "TR":
        return ("+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])) if intl else R.choice(["0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s%s" % (n[:3], n[3:])])
    if cc in ("SG", "HK"):
        return ("+%d %s %s" % (c, n[:4], n[4:])) if intl else "%s %s" % (n[:4], n[4:])
    raise KeyError(cc)


def PH(R, cc, kind=None, intl=None, plan=None):
    """A phone label of country cc (plan) read in region cc (or the text's
    region when plan is given)."""
    pc = plan or cc
    c, trunk, k, n = nsn(R, pc, kind)
    if intl is None:
        intl = R.random() < 0.25
    if plan:
        style = R.choice(["intl", "intl", "e164"])
    else:
        style = "intl" if intl else ("e164" if R.random() < 0.05 else "nat")
    v = fmt_phone(R, pc, n, c, trunk, k, style)
    meta = {"sub": k, "region": cc}
    if plan:
        meta["plan"] = plan
    return L("phone", v, **meta)


# ====================================================================== places
# streets and towns (with real postcodes of the town) per country.
STREETS = {
    "US": ["Larkspur Ln", "Old Quarry Rd", "Sycamore Ridge Dr", "Bluebonnet Ct", "Tanglewood Ave", "Cider Press Way", "N Hawthorne St", "Cedar Hollow Rd"],
    "GB": ["Tanners Row", "Kiln Lane", "Ropewalk Close", "Weavers Fold", "Beck Side", "Coopers Yard", "Saltings Way", "Orchard Rise"],
    "IE": ["Ashgrove Lawn", "Cnoc na Gréine", "Millrace Park", "Bóthar na Trá", "Riverbank Drive", "Larchfield Court"],
    "AU": ["Banksia Cres", "Wattle Grove", "Kookaburra Cl", "Jacaranda Pde", "Ironbark Rd", "Melaleuca Dr"],
    "CA": ["Tamarack Cres", "Rue des Érables", "Birchwood Trail", "Chemin du Lac-Brome", "Muskoka Lane", "Spruce Hollow Rd"],
    "ZA": ["Protea Rd", "Jacaranda Ave", "Klipspringer St", "Bougainvillea Cres", "Milkwood Lane", "Umhlanga Rocks Dr"],
    "IN": ["Shantivan Society", "Gulmohar Residency", "Sai Kripa Apartments", "Prestige Lakeview", "Nandanvan CHS", "Rohini Heights"],
    "DE": ["Holunderweg", "Am Mühlbach", "Kiebitzweg", "Lerchenfeldstraße", "Brunnenwiese", "Hagebuttenweg", "Im Ostfeld", "Torfstich", "Schlehdornring"],
    "AT": ["Marillengasse", "Am Anger", "Föhrenweg", "Kellergasse", "Birkenleiten"],
    "CH": ["Rebbergstrasse", "Chemin des Vignettes", "Via dei Faggi", "Im Grüt", "Sonnhaldenweg"],
    "FR": ["rue des Tanneurs", "impasse des Glycines", "chemin de la Croix-Blanche", "allée des Mésanges", "rue du Lavoir", "rue de la Herse", "route des Salines"],
    "BE": ["Kouterstraat", "Rue du Try", "Beukendreef", "Rue des Houblonnières", "Populierenlaan", "Chaussée de Marche"],
    "NL": ["Klaprooslaan", "Zwanebloemstraat", "Kievitsbloem", "Lijsterbeshof", "Turfschip", "Dotterbloemweg", "Schelpenpad"],
    "ES": ["Calle del Tomillo", "Avenida de los Olmos", "Calle de la Era", "Carrer del Rec", "Calle Fuente Vieja", "Calle de las Eras Altas"],
    "MX": ["Calle Jacarandas", "Calle Ahuehuetes", "Av. de las Fuentes", "Calle Tejocote", "Privada Colibrí"],
    "PT": ["Rua das Camélias", "Travessa do Forno", "Rua da Fonte Velha", "Rua do Moinho de Vento", "Largo do Chafariz"],
    "BR": ["Rua dos Jacarandás", "Rua Ipê-Amarelo", "Rua das Bromélias", "Alameda dos Sabiás", "Rua Pau-Brasil"],
    "IT": ["Via dei Gelsi", "Vicolo del Pozzo", "Via delle Ginestre", "Strada della Pieve", "Via del Mulino Vecchio", "Via dei Pescatori"],
    "PL": ["ul. Jaśminowa", "ul. Wrzosowa", "ul. Piaskowa", "ul. Kasztanowa", "ul. Rybacka", "ul. Młyńska"],
    "SE": ["Lingonvägen", "Tallstigen", "Kvarngatan", "Blåbärsstigen", "Smedjegatan"],
    "RU": ["ул. Рябиновая", "ул. Заречная", "пр-т Строителей", "ул. Луговая", "ул. Кленовая"],
    "TR": ["Menekşe Sok.", "Çınaraltı Sok.", "Lale Sok.", "Yaprak Sok.", "Papatya Sok."],
}
TOWNS = {
    "US": [("Ames", "IA", "50010"), ("Bend", "OR", "97701"), ("Frederick", "MD", "21701"), ("Savannah", "GA", "31401"), ("Eau Claire", "WI", "54701"), ("Bozeman", "MT", "59715"), ("Durham", "NC", "27701")],
    "GB": [("Kendal", "LA9 4QD"), ("Hexham", "NE46 3LS"), ("Frome", "BA11 1EL"), ("Ludlow", "SY8 1PB"), ("Otley", "LS21 3AE"), ("Stroud", "GL5 2HP"), ("Whitby", "YO21 1DH")],
    "IE": [("Ennis", "Co. Clare", "V95 T2K4"), ("Tralee", "Co. Kerry", "V92 X8D3"), ("Athlone", "Co. Westmeath", "N37 F6C2"), ("Carlow", "Co. Carlow", "R93 E2W7")],
    "AU": [("Fremantle", "WA", "6160"), ("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Wollongong", "NSW", "2500"), ("Launceston", "TAS", "7250")],
    "CA": [("Kingston", "ON", "K7L 3N6"), ("Moncton", "NB", "E1C 4B7"), ("Kelowna", "BC", "V1Y 6H2"), ("Sherbrooke", "QC", "J1H 5N3")],
    "ZA": [("Rondebosch", "Cape Town", "7700"), ("Greenside", "Johannesburg", "2193"), ("Morningside", "Durban", "4001"), ("Brooklyn", "Pretoria", "0181")],
    "IN": [("Kothrud", "Pune", "411038", "Maharashtra"), ("Indiranagar", "Bengaluru", "560038", "Karnataka"), ("Salt Lake Sector II", "Kolkata", "700091", "West Bengal"), ("Gomti Nagar", "Lucknow", "226010", "Uttar Pradesh"), ("Navrangpura", "Ahmedabad", "380009", "Gujarat")],
    "DE": [("Bamberg", "96047"), ("Lüneburg", "21335"), ("Göppingen", "73033"), ("Paderborn", "33098"), ("Gießen", "35390"), ("Rosenheim", "83022"), ("Oldenburg", "26122")],
    "AT": [("Wels", "4600"), ("Dornbirn", "6850"), ("Leoben", "8700"), ("Krems an der Donau", "3500")],
    "CH": [("Winterthur", "8400"), ("Thun", "3600"), ("Aarau", "5000"), ("Nyon", "1260"), ("Bellinzona", "6500")],
    "FR": [("Angers", "49100"), ("Colmar", "68000"), ("Pau", "64000"), ("Niort", "79000"), ("Quimper", "29000"), ("Annecy", "74000")],
    "BE": [("Leuven", "3000"), ("Namur", "5000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mons", "7000")],
    "NL": [("Zwolle", "8012"), ("Deventer", "7411"), ("Amersfoort", "3811"), ("Leeuwarden", "8911"), ("Haarlem", "2011"), ("Breda", "4811")],
    "ES": [("Logroño", "26001", "La Rioja"), ("Cáceres", "10001", "Cáceres"), ("Girona", "17001", "Girona"), ("Huesca", "22001", "Huesca"), ("Burgos", "09001", "Burgos"), ("Santander", "39001", "Cantabria")],
    "MX": [("Col. Del Valle", "03100", "Ciudad de México", "CDMX"), ("Col. Americana", "44160", "Guadalajara", "Jal."), ("Col. Centro", "76000", "Querétaro", "Qro."), ("Col. Obispado", "64060", "Monterrey", "N.L.")],
    "PT": [("Braga", "4700-335"), ("Aveiro", "3810-200"), ("Évora", "7000-645"), ("Viseu", "3500-090"), ("Setúbal", "2900-064")],
    "BR": [("Savassi", "Belo Horizonte", "MG", "30140-071"), ("Boa Viagem", "Recife", "PE", "51020-010"), ("Moinhos de Vento", "Porto Alegre", "RS", "90570-020"), ("Batel", "Curitiba", "PR", "80420-090")],
    "IT": [("Cremona", "26100", "CR"), ("Lucca", "55100", "LU"), ("Trento", "38122", "TN"), ("Lecce", "73100", "LE"), ("Perugia", "06121", "PG")],
    "PL": [("Toruń", "87-100"), ("Rzeszów", "35-064"), ("Opole", "45-072"), ("Olsztyn", "10-437"), ("Gdynia", "81-366")],
    "SE": [("Umeå", "903 26"), ("Västerås", "722 11"), ("Lund", "222 22"), ("Örebro", "702 10")],
    "RU": [("Казань", "420111"), ("Екатеринбург", "620014"), ("Самара", "443010"), ("Тверь", "170100")],
    "JP": [("460-0008", "愛知県名古屋市中区栄"), ("980-0811", "宮城県仙台市青葉区一番町"), ("700-0821", "岡山県岡山市北区中山下"), ("812-0011", "福岡県福岡市博多区博多駅前")],
    "CN": [("成都市", "武侯区", "玉林北路"), ("杭州市", "西湖区", "文三路"), ("武汉市", "洪山区", "珞喻路"), ("南京市", "鼓楼区", "草场门大街")],
    "KR": [("서울특별시 마포구 성미산로", "03970"), ("부산광역시 해운대구 좌동순환로", "48084"), ("대전광역시 유성구 궁동로", "34134"), ("경기도 성남시 분당구 황새울로", "13591")],
    "TR": [("Caferağa Mah.", "Kadıköy/İstanbul"), ("Bahçelievler Mah.", "Çankaya/Ankara"), ("Kazımdirik Mah.", "Bornova/İzmir"), ("Görükle Mah.", "Nilüfer/Bursa")],
}


def address(R, cc, ml=False):
    """A home address in the country's postal layout; ml: across lines."""
    nl = "\n" if ml else ", "
    n = R.randint(2, 148)
    if cc == "US":
        t, st, z = R.choice(TOWNS[cc])
        unit = R.choice(["", "", " Apt %d" % R.randint(1, 30), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s" % (R.randint(100, 9899), R.choice(STREETS[cc]), unit, nl, t, st, z)
    if cc == "GB":
        t, pc = R.choice(TOWNS[cc])
        return "%d %s%s%s%s%s" % (n, R.choice(STREETS[cc]), nl, t, nl, pc)
    if cc == "IE":
        t, co, ec = R.choice(TOWNS[cc])
        return "%d %s%s%s%s%s %s" % (n, R.choice(STREETS[cc]), nl, t, nl, co, ec)
    if cc == "AU":
        t, st, pc = R.choice(TOWNS[cc])
        return "%d %s%s%s %s %s" % (n, R.choice(STREETS[cc]), nl, t, st, pc)
    if cc == "CA":
        t, pr, pc = R.choice(TOWNS[cc])
        return "%d %s%s%s, %s %s" % (R.randint(10, 2400), R.choice(STREETS[cc]), nl, t, pr, pc)
    if cc == "ZA":
        sub, city, pc = R.choice(TOWNS[cc])
        return "%d %s%s%s%s%s, %s" % (n, R.choice(STREETS[cc]), nl, sub, nl, city, pc)
    if cc == "IN":
        loc, city, pin, state = R.choice(TOWNS[cc])
        return "Flat %s-%d, %s,%s%s, %s - %s%s" % (R.choice("ABCD"), R.randint(101, 1204), R.choice(STREETS[cc]), nl if ml else " ", loc, city, pin, ", " + state if R.random() < 0.6 else "")
    if cc in ("DE", "AT", "CH"):
        t, pc = R.choice(TOWNS[cc])
        pre = "CH-" if cc == "CH" and R.random() < 0.2 else ("A-" if cc == "AT" and R.random() < 0.2 else "")
        return "%s %d%s%s%s%s %s" % (R.choice(STREETS[cc]), n, R.choice(["", "", "a", "b"]), nl, pre, pc, t)
    if cc == "FR":
        t, pc = R.choice(TOWNS[cc])
        bis = R.choice(["", "", "", " bis", " ter"])
        return "%d%s %s%s%s %s" % (n, bis, R.choice(STREETS[cc]), nl, pc, t.upper() if ml and R.random() < 0.5 else t)
    if cc == "BE":
        t, pc = R.choice(TOWNS[cc])
        s = R.choice(STREETS[cc])
        if s.startswith("Rue") or s.startswith("Chauss"):
            return "%s %d%s%s %s" % (s, n, nl, pc, t)
        return "%s %d%s%s%s %s" % (s, n, R.choice(["", " bus 2", "/3"]), nl, pc, t)
    if cc == "NL":
        t, pc = R.choice(TOWNS[cc])
        return "%s %d%s%s%s %s%s %s" % (R.choice(STREETS[cc]), n, R.choice(["", "", "-A", " II"]), nl, pc, R.choice("BCEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRSTVWXZ"), t.upper() if R.random() < 0.3 else t)
    if cc == "ES":
        t, pc, prov = R.choice(TOWNS[cc])
        piso = R.choice(["", ", %dº %s" % (R.randint(1, 8), R.choice("ABCD")), ", bajo", ", %dº%d" % (R.randint(1, 6), R.randint(1, 4))])
        return "%s, %d%s%s%s %s%s" % (R.choice(STREETS[cc]), n, piso, nl, pc, t, " (%s)" % prov if prov != t and R.random() < 0.5 else "")
    if cc == "MX":
        col, pc, city, st = R.choice(TOWNS[cc])
        return "%s %d%s, %s%sC.P. %s, %s, %s" % (R.choice(STREETS[cc]), n, R.choice(["", " Int. 4", " Depto. 302"]), col, nl, pc, city, st)
    if cc == "PT":
        t, pc = R.choice(TOWNS[cc])
        return "%s, %d%s%s%s %s" % (R.choice(STREETS[cc]), n, R.choice(["", ", 2.º Esq.", ", r/c Dto.", ", 3.º B"]), nl, pc, t)
    if cc == "BR":
        b, city, uf, cep = R.choice(TOWNS[cc])
        return "%s, %d%s - %s%s%s - %s, %s" % (R.choice(STREETS[cc]), n, R.choice(["", ", apto %d" % R.randint(11, 1504), ", casa 2"]), b, nl, city, uf, cep)
    if cc == "IT":
        t, cap, pr = R.choice(TOWNS[cc])
        return "%s %d%s%s%s %s (%s)" % (R.choice(STREETS[cc]), n, R.choice(["", "", "/B", ", int. 5"]), nl, cap, t, pr)
    if cc == "PL":
        t, pc = R.choice(TOWNS[cc])
        return "%s %d%s%s%s %s" % (R.choice(STREETS[cc]), n, R.choice(["", "/%d" % R.randint(1, 60), " m. %d" % R.randint(1, 40)]), nl, pc, t)
    if cc == "SE":
        t, pc = R.choice(TOWNS[cc])
        return "%s %d%s%s%s %s" % (R.choice(STREETS[cc]), n, R.choice(["", " B", ", lgh 1102"]), nl, pc, t.upper() if R.random() < 0.3 else t)
    if cc == "RU":
        t, idx = R.choice(TOWNS[cc])
        return "%s, г. %s, %s, д. %d, кв. %d" % (idx, t, R.choice(STREETS[cc]), R.randint(1, 90), R.randint(1, 240))
    if cc == "JP":
        pc, area = R.choice(TOWNS[cc])
        b = R.choice(["", " " + R.choice(["グランドメゾン", "ライオンズマンション", "コーポ若葉", "パークハイツ"]) + "%d号室" % R.randint(101, 1205)])
        return "〒%s%s%s%d-%d-%d%s" % (pc, nl if ml else " ", area, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), b)
    if cc == "CN":
        city, dist, road = R.choice(TOWNS[cc])
        return "%s%s%s%d号%s小区%d栋%d单元%d室" % (city, dist, road, R.randint(1, 300), R.choice(["锦绣", "翠苑", "阳光", "枫林"]), R.randint(1, 20), R.randint(1, 4), R.randint(101, 2806))
    if cc == "KR":
        road, pc = R.choice(TOWNS[cc])
        return "%s %d, %d동 %d호 (%s)" % (road, R.randint(1, 200), R.randint(101, 112), R.randint(101, 1504), pc)
    if cc == "TR":
        mah, ilce = R.choice(TOWNS[cc])
        return "%s %s No: %d D: %d%s%s" % (mah, R.choice(STREETS[cc]), R.randint(1, 80), R.randint(1, 24), nl if ml else " ", ilce)
    raise KeyError(cc)


def ADR(R, cc, ml=False, **meta):
    return L("address", address(R, cc, ml), **meta)


# ====================================================================== e-mail
DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "CA": ["gmail.com", "videotron.ca", "rogers.com", "shaw.ca"], "ZA": ["gmail.com", "telkomsa.net", "mweb.co.za"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "AT": ["gmx.at", "aon.at", "chello.at"], "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"], "BE": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"], "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"], "PT": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"], "IT": ["libero.it", "alice.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "SE": ["telia.com", "gmail.com", "bredband.net"],
    "RU": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru"], "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "ezweb.ne.jp"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"], "KR": ["naver.com", "daum.net", "hanmail.net"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
}


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def email_for(R, p, work_domain=None):
    g, f = _slug(p.glat), _slug(p.flat)
    if p.cc == "CN" and R.random() < 0.4:
        local = str(R.randint(10 ** 7, 10 ** 10))
        dom = "qq.com"
    else:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)), "%s.%s%d" % (f, g, R.randint(70, 99)), "%s%s" % (g, f[:3]), "%s-%s" % (g, f)])
        dom = work_domain or R.choice(DOMAINS[p.cc])
    return local + "@" + dom


def EM(R, p, **kw):
    return L("email", email_for(R, p, kw.pop("work_domain", None)), **kw)


# ====================================================================== dates
def dob_parts(R, y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(R, cc, y, m, d, style=None):
    lang = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "GB": "en", "IE": "en", "AU": "en", "US": "en", "CA": "en", "ZA": "en", "IN": "en"}.get(cc)
    if style is None:
        style = R.choice(["num", "num", "num", "name"]) if lang else "num"
    if cc in ("JP", "CN"):
        return R.choice(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
    if cc == "KR":
        return R.choice(["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%02d%02d%02d" % (y % 100, m, d)])
    if cc == "SE":
        return R.choice(["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"][m - 1], y)])
    if cc == "PL":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"][m - 1], y)])
    if cc == "RU":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][m - 1], y)])
    if cc == "TR":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"][m - 1], y)])
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "name":
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return R.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%d %s %d" % (d, mn[:3], y)])
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang == "nl":
            return "%d %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if cc in ("US",):
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)])
    if cc in ("CA",):
        return R.choice(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y)])
    if cc in ("DE", "AT", "CH"):
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)])
    if cc == "NL":
        return R.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if cc == "IN":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])


def DOB(R, cc, y0=1950, y1=2005, style=None, ymd=None):
    y, m, d = ymd or dob_parts(R, y0, y1)
    return L("dob", fmt_date(R, cc, y, m, d, style))


def event_date(R, cc, year=2026):
    m, d = R.randint(1, 12), R.randint(1, 28)
    return fmt_date(R, cc, year, m, d, "num")


# ====================================================================== gov ids
def pesel_make(y, m, d, female, R):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def pnr_make(y, m, d, R, plus=False):
    body = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    c = luhn_complete(body)[-1]
    return "%d%02d%02d-%s%s" % (y, m, d, body[6:], c) if not plus else "%02d%02d%02d-%s%s" % (y % 100, m, d, body[6:], c)


def pnr_ok(s):
    s2 = s.replace("-", "").replace("+", "")
    if len(s2) == 12:
        s2 = s2[2:]
    return len(s2) == 10 and luhn_ok(s2)


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


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    c = snils_check(d9)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], c)


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, y, m, d, female):
    area = R.choice(["510107", "330106", "420111", "320106"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = "%s%d%02d%02d%s" % (area, y, m, d, seq)
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and s[:17].isdigit() and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], CN_W)) % 11] == s[17]


def nif_pt_make(R):
    body = str(R.choice([1, 2, 3])) + "%07d" % R.randint(0, 9999999)
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(body)) % 11
    return body + str(0 if c >= 10 else c)


def nif_pt_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(s[:8])) % 11
    return int(s[8]) == (0 if c >= 10 else c)


BELFIORE = {"CR": "D150", "LU": "E715", "TN": "L378", "LE": "E506", "PG": "G478", "MI": "F205", "RM": "H501", "NA": "F839"}


def cf_for(R, p, y, m, d):
    return cf_make(ascii_fold(p.family).replace(" ", ""), ascii_fold(p.given), y % 100, m, d, p.g == "f", R.choice(sorted(BELFIORE.values())))


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def GOV(value, sub):
    return L("gov_id", value, sub=sub)


# ====================================================================== money
def iban_fmt(R, iban, style=None):
    style = style or R.choice(["grp", "grp", "grp", "compact", "nbsp"])
    if style == "compact":
        return iban
    if style == "nbsp":
        return group(iban, 4, "\u00a0")
    return group(iban, 4, " ")


def iban_plain(R, cc):
    """A valid IBAN whose alphanumeric account fields hold digits only, as
    real TR, FR, IT... accounts mostly do (letters kept where the registry
    has letter fields: bank codes, the Italian CIN)."""
    spec = IBAN_SPEC_LETTERS.get(cc, ())
    for _ in range(400):
        i = iban_random(R, cc)
        body = "".join(c for k, c in enumerate(i[4:]) if k not in spec)
        if body.isdigit():
            return i
    return i


def _letter_positions(cc):
    from corpuslib import IBAN_SPEC
    pos, k = [], 0
    for n, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        if t == "a":
            pos += list(range(k, k + int(n)))
        k += int(n)
    return tuple(pos)


IBAN_SPEC_LETTERS = {cc: _letter_positions(cc) for cc in ("AT", "BE", "CH", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PL", "PT", "SE", "TR")}


def IB(R, cc, style=None, **meta):
    return L("iban", iban_fmt(R, iban_plain(R, cc), style), sub=cc, **meta)


def CARD(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover"])
    num = card_random(R, issuer)
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", "\u00a0"])
    v = sep.join(split_groups(num, card_grouping(len(num)))) if sep else num
    return L("card", v, sub=issuer)


def luhn_bad(n):
    """Make a digit string Luhn-invalid (look-alike ids of 12+ digits)."""
    if luhn_ok(n):
        last = (int(n[-1]) + 1) % 10
        n = n[:-1] + str(last)
    return n


def money(R, cur, lo, hi):
    v = R.randint(lo, hi)
    cents = R.choice([0, 0, 50, 90, 99])
    if cur == "EUR_de":
        return "%d,%02d\u00a0€" % (v, cents)
    if cur == "EUR_fr":
        return "%d,%02d €" % (v, cents)
    if cur == "EUR_nl":
        return "€ %d,%02d" % (v, cents)
    if cur == "EUR_en":
        return "€%d.%02d" % (v, cents)
    return {"USD": "$%d.%02d", "GBP": "£%d.%02d", "CHF": "CHF %d.%02d", "SEK": "%d kr", "PLN": "%d,%02d zł", "BRL": "R$ %d,%02d",
            "INR": "₹%d", "JPY": "%d円", "CNY": "¥%d", "KRW": "%d원", "TRY": "%d ₺", "RUB": "%d ₽", "AUD": "A$%d", "CAD": "CA$%d.%02d",
            "ZAR": "R%d", "MXN": "$%d MXN"}[cur] % ((v, cents) if cur in ("USD", "GBP", "CHF", "PLN", "BRL", "CAD") else (v,))


# ====================================================================== secrets, ips
def public_ip(R):
    while True:
        a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global and not a.is_multicast:
            return str(a)


def public_ip6(R):
    pre = R.choice(["2a02:8108", "2001:16b8", "2a01:e0a", "2a00:23c7", "2600:1700", "2a02:a46f", "2406:da18", "2a0d:5600"])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.choice([2, 4, 6]) )) if False else \
        pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(6))


def IP(R, v6=False, private=False):
    if private:
        return L("ip", R.choice(["192.168.%d.%d" % (R.choice([0, 1, 2, 178, 10]), R.randint(2, 250)), "10.0.%d.%d" % (R.randint(0, 20), R.randint(2, 250))]), sub="private")
    if v6:
        return L("ip", public_ip6(R), sub="ipv6")
    return L("ip", public_ip(R), sub="ipv4")


PW_WORDS = ["Sprungturm", "Dribbel", "Ballon", "Piston", "Tenor", "Puck", "Regatta", "Paddel", "Marathon", "Volley", "Kegel", "Shuttle",
            "Chorprobe", "Libero", "Ruderboot", "Elfmeter", "Slalom", "Tamburin", "Kayak", "Bogey"]


def password(R):
    w = R.choice(PW_WORDS)
    return R.choice(["%s%s%d" % (w, R.choice("!#$%&*?"), R.randint(10, 2099)),
                     "%s_%s%d" % (w.lower(), R.choice(["club", "team", "kasse", "crew", "verein"]), R.randint(1, 99)),
                     "%s%d%s%s" % (w[:4], R.randint(100, 999), R.choice(string.ascii_uppercase), R.choice("!.-+")),
                     rnd(R, ALNUM, R.randint(12, 18))])


def app_password(R):
    return " ".join(rnd(R, string.ascii_lowercase, 4) for _ in range(4))


def SEC(value, sub):
    return L("secret", value, sub=sub)


def discord_token(R):
    uid = str(R.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rnd(R, URLSAFE, 6) + "." + rnd(R, URLSAFE, 38)


def telegram_token(R):
    return "%d:AA%s" % (R.randint(10 ** 9, 7 * 10 ** 9), rnd(R, URLSAFE, 33))


def stripe_key(R, live=True):
    return ("sk_live_" if live else "rk_live_") + rnd(R, ALNUM, R.choice([24, 99]))


def pick(R, xs):
    return R.choice(xs)


# ====================================================================== templates
TEMPLATES = []   # (name, count, fn, clean)


def tpl(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, clean))
        return fn
    return deco


CC_LANG = {"US": "en", "GB": "en", "IE": "en", "AU": "en", "CA": "en", "ZA": "en", "IN": "in", "DE": "de", "AT": "de", "CH": "de",
           "FR": "fr", "BE": "nl", "NL": "nl", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt", "IT": "it", "PL": "pl", "SE": "sv",
           "RU": "ru", "JP": "ja", "CN": "zh", "KR": "ko", "TR": "tr"}


def wrap(R, req, body, lead=None):
    """Puts the request line before or after the paste, sometimes in quotes."""
    q = R.random()
    if q < 0.2:
        return [req, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if q < 0.55:
        return [req, "\n\n", body]
    if q < 0.7:
        return [body, "\n\n---\n", req]
    return [body, "\n\n", req]


# ---------------------------------------------------------------- 1 membership form with SEPA mandate
MEMB = {
    "DE": ("de", ["TSV Eintracht Hallstadt 1911 e.V.", "SV Blau-Weiß Ostheide e.V.", "Ruderverein Ilmenau von 1897 e.V.", "Turnerschaft Göppingen-Süd e.V."],
           ["Kann ich den Antrag so abgeben oder fehlt was?", "Bitte prüf kurz, ob alles vollständig ausgefüllt ist.", "Ist das mit dem SEPA-Mandat so richtig? Ich will nicht doppelt abgebucht werden.", "kannst du mir das in eine Mail an den Verein umformulieren?"]),
    "AT": ("de", ["ASKÖ Turnverein Wels-Pernau", "Union Volleyballclub Dornbirn", "SC Leoben-Göss Sektion Tennis"],
           ["Passt das so? Die Kassierin will es bis Freitag.", "Bitte kurz drüberschauen, ob die Angaben stimmen."]),
    "CH": ("de", ["FC Veltheim Junioren", "Turnverein Thun-Strättligen", "Ruderclub Aarau"],
           ["Chasch mir das schnell kontrolliere? Isch alles vollständig?", "Bitte prüfen, ob das Formular komplett ist."]),
    "NL": ("nl", ["Hockeyclub De Kieviten", "AV Zwolle '08", "Roeivereniging IJsselvogels", "Korfbalvereniging Sparta Deventer"],
           ["Klopt dit zo? Ik moet het morgen inleveren bij de ledenadministratie.", "Kun je checken of ik niks vergeten ben?"]),
    "BE": ("nl", ["KVC Heverlee Jeugd", "Volleybalclub Brugse Poorters", "Atletiekclub Hasselt-Kiewit"],
           ["Is dit volledig? Het secretariaat wil het tegen zondag.", "Kan je dit nalezen?"]),
    "FR": ("fr", ["AS Angers Doutre Handball", "Stade Niortais Rugby École", "Club Nautique du Lac d'Annecy", "US Colmar Badminton"],
           ["Tu peux vérifier si le bulletin est complet ?", "C'est bon comme ça pour le prélèvement SEPA ?"]),
    "ES": ("es", ["Club Deportivo Berceo Logroño", "CB Santander Femenino", "Club de Remo Girona"],
           ["¿Está bien rellenado? Lo tengo que entregar el lunes.", "Revísame la ficha, porfa."]),
    "IT": ("it", ["ASD Polisportiva Cremonese", "Pallavolo Lucca San Concordio", "Canottieri Trento ASD"],
           ["Mi controlli se il modulo è completo?", "Va bene così per la segreteria?"]),
}
MEMB_L = {
    "de": ("Aufnahmeantrag", "Name, Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Abteilung", "Beitrag", "SEPA-Lastschriftmandat",
           "Gläubiger-Identifikationsnummer", "Mandatsreferenz", "wird separat mitgeteilt", "Kontoinhaber", "IBAN", "Ort, Datum, Unterschrift"),
    "nl": ("Inschrijfformulier", "Naam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Afdeling", "Contributie", "Doorlopende SEPA-machtiging",
           "Incassant ID", "Kenmerk machtiging", "volgt per e-mail", "Rekeninghouder", "IBAN", "Plaats, datum, handtekening"),
    "fr": ("Bulletin d'adhésion", "Nom, prénom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Section", "Cotisation", "Mandat de prélèvement SEPA",
           "ICS", "RUM", "communiquée ultérieurement", "Titulaire du compte", "IBAN", "Fait à, le, signature"),
    "es": ("Ficha de inscripción", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo", "Sección", "Cuota", "Orden de domiciliación SEPA",
           "Identificador del acreedor", "Referencia de la orden", "se comunicará", "Titular de la cuenta", "IBAN", "Lugar, fecha y firma"),
    "it": ("Domanda di iscrizione", "Cognome e nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Sezione", "Quota", "Mandato SEPA Direct Debit",
           "Codice identificativo creditore", "Riferimento mandato", "comunicato a parte", "Intestatario del conto", "IBAN", "Luogo, data, firma"),
}
CRED_ID = {"DE": "DE98ZZZ09999999999", "AT": "AT61ZZZ00000004321", "CH": "CH14ZZZ00000002718", "NL": "NL47ZZZ401234560000", "BE": "BE69ZZZ0431256789",
           "FR": "FR52ZZZ812345", "ES": "ES71000G26123456", "IT": "IT66ZZZ0000080012345678"}
SECTIONS = {"de": ["Fußball Jugend", "Rudern", "Turnen / Eltern-Kind", "Leichtathletik", "Tischtennis"], "nl": ["Jeugd O13", "Senioren", "Recreanten", "G-hockey"],
            "fr": ["École de handball U11", "Loisirs adultes", "Compétition", "Baby-gym"], "es": ["Escuela alevín", "Veteranos", "Remo de banco fijo"],
            "it": ["Minivolley", "Under 14 femminile", "Canottaggio master"]}
CUR = {"DE": "EUR_de", "AT": "EUR_de", "CH": "CHF", "NL": "EUR_nl", "BE": "EUR_nl", "FR": "EUR_fr", "ES": "EUR_fr", "IT": "EUR_fr"}


@tpl(30)
def membership_sepa(R):
    cc = R.choice(sorted(MEMB))
    lang, clubs, reqs = MEMB[cc]
    C = Ctx(R)
    club = R.choice(clubs)
    C.block(club)
    lb = MEMB_L[lang]
    kid = R.random() < 0.5
    parent = C.person(cc)
    member = C.child(parent) if kid else parent
    mnr = "%05d" % R.randint(100, 99999)
    ib_cc = "CH" if cc == "CH" else cc
    fam_first = lang in ("de", "it", "fr")
    nm = (member.family + ", " + member.given) if fam_first and R.random() < 0.6 else member.full
    if fam_first and "," in nm:
        name_parts = [P(member.family), ", ", P(member.given)]
    else:
        name_parts = [P(nm)]
    rows = ["%s – %s\n" % (club, lb[0]), "%s: " % lb[1], name_parts, "\n%s: " % lb[2],
            DOB(R, cc, 2011, 2019) if kid else DOB(R, cc, 1958, 2003), "\n%s: " % lb[3], ADR(R, cc, ml=False),
            "\n%s: " % lb[4], PH(R, cc) if R.random() < 0.75 else "", "\n%s: " % lb[5], EM(R, parent) if R.random() < 0.75 else "", "\n%s: %s\n%s: %s / %s\n" % (lb[6], R.choice(SECTIONS[lang]), lb[7], money(R, CUR[cc], 48, 260), {"de": "Jahr", "nl": "jaar", "fr": "an", "es": "año", "it": "anno"}[lang]),
            N("(%s %s)" % ({"de": "Mitgliedsnr. vom Verein:", "nl": "lidnr.", "fr": "n° licence FFHB", "es": "n.º socio", "it": "tessera FIPAV"}[lang], mnr), "membership_number"), "\n"]
    if kid:
        rows += ["%s: " % {"de": "Erziehungsberechtigte/r", "nl": "Ouder/verzorger", "fr": "Représentant légal", "es": "Padre/madre/tutor", "it": "Genitore"}[lang], P(parent.full), "\n"]
    rows += ["\n%s\n%s: " % (lb[8], lb[9]), N(CRED_ID[cc], "creditor_id"), " – %s: " % lb[10], N(R.choice(["%s", "MREF-%s"]) % ("%06d" % R.randint(1, 999999)) if R.random() < 0.6 else lb[11], "mandate_reference"),
             "\n%s: " % lb[12], P(parent.full), "\n%s: " % lb[13], IB(R, ib_cc), "\n%s: %s, %s   " % (lb[14], "____", event_date(R, cc)),
             N("[Unterschrift]" if lang == "de" else "[sig]", "signature_placeholder")]
    if R.random() < 0.3:
        rows += ["\n\n", N({"de": "Vereinsheim: Sportpark Nord, Tel. Geschäftsstelle 0951 96 55 10 (Di 17-19 Uhr)", "nl": "Clubhuis: Sportpark De Marslanden, info@ via de website", "fr": "Secrétariat: gymnase Jean-Moulin, le mercredi 14h-18h", "es": "Oficinas: Polideportivo Las Gaunas, lunes a jueves", "it": "Segreteria: Palazzetto dello Sport, mar/gio 18-20"}[lang], "club_contact")]
    return "form", lang, wrap(R, R.choice(reqs), rows)


# ---------------------------------------------------------------- 2 youth roster
ROSTER = {
    "GB": ("en", "U12 Girls – {club} – squad list 2026/27", ["Hartside Rovers JFC", "Kendal Harriers Netball", "Otley Town Colts"], "Can you sort this by date of birth and flag anyone who'd be too old for U12 (cut-off 1 Sept 2014)?"),
    "US": ("en", "{club} 10U roster (spring)", ["Bozeman Blizzard Travel Softball", "Savannah Tide Swim Team", "Frederick Falcons Little League"], "can you turn this into a table sorted by jersey number? also who's missing a parent phone"),
    "AU": ("en", "{club} — U11 Saturday team", ["Fremantle Dockers Juniors Auskick", "Ballarat Netball Assoc. – Wendouree Wildcats", "Toowoomba Hockey Club"], "Can you make this a carpool list grouped by suburb?"),
    "IE": ("en", "{club} U10 Hurling panel", ["Naomh Bríd GAA", "Ennis Rovers AFC", "Tralee Dolphins SC"], "Could you tidy this into a table for the Go Games day?"),
    "DE": ("de", "Kaderliste {club} – E-Jugend Saison 26/27", ["JSG Ostheide", "SpVgg Bamberg-Gaustadt", "TSG Gießen-Wieseck"], "Kannst du die Liste nach Jahrgang sortieren? Wer ist zu alt für die E1?"),
    "FR": ("fr", "Effectif U11 – {club}", ["ES Pau Nord-Est Football", "Angers Doutre Basket", "AS Quimper Ergué"], "Tu peux me faire un tableau par année de naissance pour les catégories ?"),
    "ES": ("es", "Plantilla alevín – {club}", ["CD Berceo", "UD Gironella Base", "Club Baloncesto Burgos Cantera"], "¿Me lo ordenas por año de nacimiento? Tengo que mandar la ficha a la federación."),
    "IT": ("it", "Rosa Pulcini 2016 – {club}", ["ASD Virtus Lecce", "US Cremonese Giovanili", "Polisportiva Trento Nord"], "Mi fai una tabella con i recapiti dei genitori ordinata per cognome?"),
    "NL": ("nl", "Teamlijst JO11-2 {club}", ["vv Zwolsche Boys", "HC Amersfoort", "vv Haarlem-Kennemerland"], "Kun je hier een rijschema voor de uitwedstrijden van maken?"),
    "SE": ("sv", "Lagtrupp F12 – {club}", ["IFK Umeå Ungdom", "Västerås Innebandy", "Lunds BK Flickor"], "Kan du göra en tabell och markera vem som saknar telefon till målsman?"),
    "PL": ("pl", "Lista zawodników – {club} rocznik 2015", ["UKS Jedynka Toruń", "MKS Opole Młodzik", "KS Rybacy Gdynia"], "Możesz to ułożyć alfabetycznie i dopisać kategorię wiekową?"),
    "PT": ("pt", "Plantel Sub-11 – {club}", ["GD Braga Formação", "SC Aveirense Infantis", "Clube Viseu Futsal"], "Consegues pôr isto numa tabela por ano de nascimento?"),
    "BR": ("pt", "Lista de atletas Sub-11 – {club}", ["Escolinha Raposa Savassi", "Projeto Craques de Boa Viagem", "AABB Porto Alegre Vôlei"], "Me ajuda a organizar por data de nascimento? Preciso mandar pra federação."),
    "CA": ("en", "{club} U11 AA roster", ["Kingston Frontenacs Minor Hockey", "Kelowna Youth Soccer", "Moncton Wildcats Ringette"], "Can you make a snack-duty schedule from this list?"),
    "ZA": ("en", "{club} U12A squad", ["Rondebosch Cricket Club Juniors", "Greenside Netball", "Brooklyn Hockey Club"], "Please sort this by age and tell me who's missing a parent contact."),
}
ROSTER_H = {
    "en": ("#", "Player", "DOB", "Parent/guardian", "Mobile"), "de": ("Nr", "Spieler/in", "Geb.", "Eltern", "Handy"),
    "fr": ("N°", "Joueur", "Né(e) le", "Parent", "Portable"), "es": ("Dorsal", "Jugador/a", "F. nac.", "Padre/madre", "Móvil"),
    "it": ("N.", "Atleta", "Nato/a il", "Genitore", "Cellulare"), "nl": ("Rugnr", "Speler", "Geb.datum", "Ouder", "Mobiel"),
    "sv": ("Nr", "Spelare", "Född", "Målsman", "Mobil"), "pl": ("Nr", "Zawodnik", "Data ur.", "Rodzic", "Telefon"), "pt": ("Nº", "Atleta", "Data nasc.", "Responsável", "Telemóvel"),
}


@tpl(16)
def roster(R):
    cc = R.choice(sorted(ROSTER))
    lang, title, clubs, req = ROSTER[cc]
    C = Ctx(R)
    club = R.choice(clubs)
    C.block(club)
    h = ROSTER_H[lang]
    if cc == "BR":
        h = (h[0], h[1], h[2], h[3], "Celular")
    layout = R.choice(["csv", "md", "tsv", "plain"])
    rows = [title.format(club=club), "\n"]
    sep = {"csv": ",", "tsv": "\t", "md": " | ", "plain": " – "}[layout]
    if layout == "md":
        rows.append("| " + " | ".join(h) + " |\n|" + "---|" * 5 + "\n")
    elif layout != "plain":
        rows.append(sep.join(h) + "\n")
    used_nums = set()
    y = R.choice([2014, 2015, 2016])
    for i in range(R.randint(2, 3)):
        try:
            par = C.person(cc)
            kid = C.child(par)
        except RuntimeError:
            break
        num = R.randint(1, 30)
        while num in used_nums:
            num = R.randint(1, 30)
        used_nums.add(num)
        cells = [N(str(num), "shirt_number"), P(kid.full if R.random() < 0.8 else kid.given), DOB(R, cc, y, y + 1, style="num")]
        if R.random() < 0.5:
            pname = P(par.given if R.random() < 0.35 else par.full)
            cells += [pname, PH(R, cc) if R.random() < 0.9 else ""]
        else:
            cells += ["", ""]
        line = []
        if layout == "md":
            line.append("| ")
        for j, c in enumerate(cells):
            if j:
                line.append(sep)
            line.append(c)
        if layout == "md":
            line.append(" |")
        rows += line + ["\n"]
    if R.random() < 0.5:
        rows += [N({"en": "Coach: see club app. Registration fee %s due by " % money(R, {"GB": "GBP", "US": "USD", "AU": "AUD", "IE": "EUR_en", "CA": "CAD", "ZA": "ZAR"}.get(cc, "USD"), 40, 180) + event_date(R, cc),
                    "de": "Trainingszeiten: Di + Do 17:00-18:30, Kunstrasen. Beitrag %s" % money(R, "EUR_de", 60, 120),
                    "fr": "Licence FFF à renouveler avant le %s, cotisation %s" % (event_date(R, cc), money(R, "EUR_fr", 120, 220)),
                    "es": "Ficha federativa: %s. Cuota %s" % (R.choice(["pendiente", "tramitada"]), money(R, "EUR_fr", 150, 300)),
                    "it": "Visite mediche entro il %s. Quota %s" % (event_date(R, cc), money(R, "EUR_fr", 200, 400)),
                    "nl": "Contributie %s, trainingen wo 18:00" % money(R, "EUR_nl", 120, 260),
                    "sv": "Medlemsavgift %s, träning tis/tor" % money(R, "SEK", 400, 1200),
                    "pl": "Składka %s/mies." % money(R, "PLN", 80, 200),
                    "pt": "Mensalidade %s" % (money(R, "BRL", 80, 250) if cc == "BR" else money(R, "EUR_fr", 20, 45))}[lang], "fee"), "\n"]
    return "list", lang, wrap(R, req, rows)


# ---------------------------------------------------------------- 3 race registration confirmation
RACES = {
    "US": ("en", ["Bozeman Bridger Ridge Half", "Savannah Riverfront 10K", "Frederick Covered Bridges Marathon"]),
    "GB": ("en", ["Kendal Fell Race", "Frome Cheese & Ale 10K", "Hexham Abbey Half Marathon"]),
    "AU": ("en", ["Fremantle Harbour Half", "Ballarat Lakeside 15K"]),
    "IE": ("en", ["Tralee Bay Half Marathon", "Athlone Shannon 10K"]),
    "DE": ("de", ["Bamberger Weltkulturerbe-Lauf", "Lüneburger Heidelauf", "Paderborner Osterlauf"]),
    "FR": ("fr", ["Semi-marathon d'Angers", "Foulées Colmariennes", "Trail des Aravis"]),
    "ES": ("es", ["Media Maratón de Logroño", "Cursa de Girona 10K", "Trail Picos de Burgos"]),
    "IT": ("it", ["Mezza di Lucca", "Trento Half", "Lecce Barocco Run"]),
    "NL": ("nl", ["Zwolse Halve Marathon", "Deventer Singelloop", "Haarlem Dunes Run"]),
    "BR": ("pt", ["Meia Maratona de Curitiba", "Corrida Boa Viagem 10K", "Maratona de Porto Alegre"]),
    "TR": ("tr", ["Kadıköy Yarı Maratonu", "Bursa Uludağ Koşusu"]),
    "CN": ("zh", ["成都天府绿道半程马拉松", "杭州西湖10公里", "武汉东湖马拉松"]),
    "IN": ("in", ["Pune Riverfront Half", "Bengaluru Cubbon 10K", "Lucknow Heritage Run"]),
    "JP": ("ja", ["名古屋シティハーフ", "仙台青葉ラン"]),
}
RACE_REQ = {
    "en": ["Can you check my registration, I think they got my DOB wrong and I'm in the wrong age group?", "Summarise what I need to bring on race day please.", "Is this the right email to forward to my running club for the team entry?"],
    "de": ["Stimmt meine Altersklasse so? Ich glaube das Geburtsdatum ist falsch.", "Was muss ich am Wettkampftag mitbringen? Fass mir das kurz zusammen."],
    "fr": ["Tu peux vérifier ma catégorie d'âge ? Il y a une erreur je crois.", "Résume-moi ce qu'il faut apporter au retrait des dossards."],
    "es": ["¿Me resumes lo que tengo que llevar el día de la carrera?", "Creo que mi categoría está mal, ¿lo ves?"],
    "it": ["Mi riassumi cosa devo portare al ritiro pettorali?", "La categoria è giusta secondo te?"],
    "nl": ["Klopt mijn leeftijdscategorie? Mijn geboortedatum lijkt verkeerd.", "Kun je samenvatten wat ik moet meenemen?"],
    "pt": ["Me ajuda a conferir se meus dados estão certos? Acho que erraram a categoria.", "Resume pra mim o que levar na retirada do kit."],
    "tr": ["Kayıt bilgilerim doğru mu, bir bakar mısın?", "Kit teslimine ne götürmem gerekiyor, özetler misin?"],
    "zh": ["帮我看看报名信息有没有填错？", "领物需要带什么？帮我总结一下。"],
    "in": ["Kindly check whether all details are correct, category looks wrong.", "Please summarise what to carry for bib collection."],
    "ja": ["登録内容に間違いがないか確認してもらえますか？", "当日の持ち物をまとめてください。"],
}


FOREIGN = {"GB": ["ES", "FR", "IE"], "US": ["MX", "CA"], "AU": ["GB"], "IE": ["GB", "US"], "DE": ["AT", "PL", "CH"], "FR": ["BE", "PT", "ES", "CH"],
           "ES": ["FR", "GB"], "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT"], "TR": ["DE", "NL"], "CN": ["HK"], "IN": ["US", "SG"], "JP": ["US"],
           "PL": ["DE", "GB"], "SE": ["GB"], "RU": ["DE"], "BE": ["NL", "FR"]}


def ICEPH(R, cc):
    """An emergency contact's phone; now and then a relative abroad (plan)."""
    if cc in FOREIGN and R.random() < 0.18:
        return PH(R, cc, plan=R.choice(FOREIGN[cc]))
    return PH(R, cc)


def bib(R):
    return str(R.randint(101, 24999))


@tpl(30)
def race_reg(R):
    cc = R.choice(sorted(RACES))
    lang, races = RACES[cc]
    C = Ctx(R)
    race = R.choice(races)
    C.block(race)
    p = C.person(cc)
    ice = C.person(cc)
    y, m, d = dob_parts(R, 1960, 2004)
    order = luhn_bad(str(R.randint(10 ** 11, 10 ** 12 - 1)))
    wave = R.choice(["A", "B", "C", "D", "Elite"])
    fin = "%d:%02d:%02d" % (R.randint(1, 2), R.randint(0, 59), R.randint(0, 59))
    if lang == "en":
        body = ["From: ", N("registrations@%s.org" % _slug(race)[:14], "role_mailbox"), "\nSubject: Entry confirmed – %s\n\n" % race, [R.choice(["Hi ", "Hey "]), P(p.given), ","] if R.random() < 0.5 else "Hi there,", "\n\nThanks for entering the %s. Your details:\n\nName: " % race, P(p.full),
                "\nDate of birth: ", L("dob", fmt_date(R, cc, y, m, d)), "\nEmail: ", EM(R, p), "\nMobile: ", PH(R, cc), "\nAddress: ", ADR(R, cc),
                "\nEmergency contact: ", P(ice.full), " (", R.choice(["partner", "mum", "brother", "friend"]), ") ", ICEPH(R, cc),
                "\n\nBib number: ", N(bib(R), "bib_number"), "   Start wave: ", N(wave, "start_wave"), "\nOrder ref: ", N(order, "order_number"),
                "\nEstimated finish: ", N(fin, "finish_time"), "\nEntry fee paid: ", N(money(R, {"US": "USD", "GB": "GBP", "AU": "AUD", "IE": "EUR_en"}[cc], 25, 95), "price"),
                "\n\nBib collection: Race HQ, the day before, 2-7pm. Bring photo ID.\n", N("Questions? help@runsignup-support.example.com", "example_email")]
    elif lang == "in":
        body = ["Registration Confirmation – %s\n\nDear " % race, P(p.full), ",\nYour registration is confirmed.\n\nParticipant: ", P(p.full), "\nDOB: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nGender: ", "M" if p.g == "m" else "F", "\nMobile: ", PH(R, cc), "\nEmail: ", EM(R, p), "\nID proof (Aadhaar): ", GOV(R.choice(["%s %s %s", "%s%s%s"]) % tuple(split_groups(aadhaar_random(R), [4, 4, 4])), "aadhaar"),
                "\nT-shirt: ", R.choice(["S", "M", "L", "XL"]), "\nEmergency contact: ", P(ice.full), " – ", ICEPH(R, cc), "\nBIB: ", N(bib(R), "bib_number"), " | Txn ID: ", N("pay_" + rnd(R, ALNUM, 14), "transaction_id"),
                "\nAmount: ", N(money(R, "INR", 900, 2500), "price"), "\n"]
    elif lang == "de":
        body = ["Anmeldebestätigung %s\n\nHallo " % race, P(p.given), ",\nvielen Dank für deine Anmeldung!\n\nName: ", P(p.family), ", ", P(p.given), "\nGeburtsdatum: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nVerein: ", R.choice(["LG Regnitz", "vereinslos", "Lauftreff Bug", "TV Gaustadt"]), "\nE-Mail: ", EM(R, p), "\nHandy: ", PH(R, cc), "\nAnschrift: ", ADR(R, cc),
                "\nNotfallkontakt: ", P(ice.full), ", ", ICEPH(R, cc), "\n\nStartnummer: ", N(bib(R), "bib_number"), " | Block ", N(wave, "start_wave"), " | Zielzeit: ", N(fin, "finish_time"),
                "\nStartgeld: ", N(money(R, "EUR_de", 18, 65), "price"), " (bezahlt)\nBestellnr.: ", N(order, "order_number"), "\n\nStartunterlagen: Sa 10–18 Uhr, Konzerthalle.\n"]
    elif lang == "fr":
        body = ["Confirmation d'inscription – %s\n\nBonjour " % race, P(p.given), ",\n\nNom : ", P(p.family.upper() if R.random() < 0.5 else p.family), "\nPrénom : ", P(p.given), "\nNé(e) le : ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nE-mail : ", EM(R, p), "\nPortable : ", PH(R, cc), "\nAdresse : ", ADR(R, cc), "\nPersonne à prévenir : ", P(ice.full), " ", ICEPH(R, cc),
                "\nN° licence FFA : ", N(str(R.randint(100000, 1999999)), "licence_number"), "\nDossard : ", N(bib(R), "bib_number"), " – SAS ", N(wave, "start_wave"),
                "\nCertificat médical : validé\nMontant : ", N(money(R, "EUR_fr", 15, 60), "price"), "\n"]
    elif lang == "es":
        body = ["Inscripción confirmada: %s\n\nHola " % race, P(p.given), ",\n\nNombre: ", P(p.full), "\nFecha de nacimiento: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nDNI: ", GOV("%s%s" % dni_random(R), "es_dni"), "\nEmail: ", EM(R, p), "\nMóvil: ", PH(R, cc), "\nContacto de emergencia: ", P(ice.full), " – ", ICEPH(R, cc),
                "\nDorsal: ", N(bib(R), "bib_number"), " · Cajón ", N(wave, "start_wave"), "\nImporte: ", N(money(R, "EUR_fr", 12, 55), "price"), "\nLocalizador: ", N(rnd(R, string.ascii_uppercase + string.digits, 8), "booking_reference"), "\n"]
    elif lang == "it":
        body = ["Conferma iscrizione – %s\n\nCiao " % race, P(p.given), ",\n\nCognome: ", P(p.family), "\nNome: ", P(p.given), "\nData di nascita: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nCodice fiscale: ", GOV(cf_for(R, p, y, m, d), "it_cf"), "\nEmail: ", EM(R, p), "\nCellulare: ", PH(R, cc), "\nTessera FIDAL/Runcard: ", N("RC-%06d" % R.randint(1, 999999), "licence_number"),
                "\nPettorale: ", N(bib(R), "bib_number"), "\nQuota: ", N(money(R, "EUR_fr", 15, 50), "price"), "\nIn caso di emergenza: ", P(ice.full), " ", ICEPH(R, cc), "\n"]
    elif lang == "nl":
        body = ["Bevestiging inschrijving %s\n\nBeste " % race, P(p.given), ",\n\nNaam: ", P(p.full), "\nGeboortedatum: ", L("dob", fmt_date(R, cc, y, m, d)), "\nE-mail: ", EM(R, p),
                "\nMobiel: ", PH(R, cc), "\nAdres: ", ADR(R, cc), "\nNoodcontact: ", P(ice.full), " (", ICEPH(R, cc), ")\nStartnummer: ", N(bib(R), "bib_number"),
                " – startvak ", N(wave, "start_wave"), "\nInschrijfgeld: ", N(money(R, "EUR_nl", 12, 40), "price"), "\n"]
    elif lang == "pt":
        cpf = cpf_random(R)
        body = ["Inscrição confirmada – %s\n\nOlá, " % race, P(p.given), "!\n\nAtleta: ", P(p.full), "\nCPF: ", GOV("%s.%s.%s-%s" % (cpf[:3], cpf[3:6], cpf[6:9], cpf[9:]), "br_cpf"),
                "\nData de nascimento: ", L("dob", fmt_date(R, cc, y, m, d)), "\nE-mail: ", EM(R, p), "\nCelular: ", PH(R, cc), "\nContato de emergência: ", P(ice.full), " ", ICEPH(R, cc),
                "\nNº de peito: ", N(bib(R), "bib_number"), "\nKit: camiseta ", R.choice(["P", "M", "G", "GG"]), "\nValor: ", N(money(R, "BRL", 89, 260), "price"), "\nPedido: ", N("#" + order, "order_number"), "\n"]
    elif lang == "tr":
        body = ["%s – Kayıt Onayı\n\nSayın " % race, P(p.full), ",\n\nAd Soyad: ", P(p.full), "\nT.C. Kimlik No: ", GOV(tckn_make(R), "tr_tckn"), "\nDoğum Tarihi: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nCep: ", PH(R, cc), "\nE-posta: ", EM(R, p), "\nAcil durum kişisi: ", P(ice.full), " ", ICEPH(R, cc), "\nGöğüs No: ", N(bib(R), "bib_number"), "\nÜcret: ", N(money(R, "TRY", 400, 1500), "price"), "\n"]
    elif lang == "zh":
        cid = cnid_make(R, y, m, d, p.g == "f")
        body = ["【%s】报名成功通知\n\n姓名：" % race, P(p.full), "\n证件类型：居民身份证\n证件号码：", GOV(cid, "cn_resident_id"), "\n出生日期：", L("dob", fmt_date(R, cc, y, m, d)),
                "\n手机：", PH(R, cc), "\n邮箱：", EM(R, p), "\n紧急联系人：", P(ice.full), " ", ICEPH(R, cc), "\n参赛号：", N(bib(R), "bib_number"), "\n报名费：", N(money(R, "CNY", 100, 300), "price"), "\n领物时间：赛前两天 10:00-20:00\n"]
    else:  # ja
        body = ["【%s】エントリー完了のお知らせ\n\n" % race, P(p.full), " 様\n\nお名前：", P(p.full_sp), "\n生年月日：", L("dob", fmt_date(R, cc, y, m, d)), "\n電話番号：", PH(R, cc),
                "\nメール：", EM(R, p), "\n住所：", ADR(R, cc), "\n緊急連絡先：", P(ice.full), "（", R.choice(["妻", "夫", "母", "父"]), "）", ICEPH(R, cc),
                "\nナンバーカード：", N(bib(R), "bib_number"), "\n参加費：", N(money(R, "JPY", 4000, 9000), "price"), "\n"]
    return "email", lang, wrap(R, R.choice(RACE_REQ[lang]), body)


# ---------------------------------------------------------------- 4 results list
RES = {
    "en": ("Results – {race}\nPos  Bib   Name                 Club                 Cat   Time\n", ["Kendal AC", "Otley Harriers", "Unattached", "Stroud & District AC", "Frome Running Club"], "GB",
           ["I'm the one in row {k}, can you work out my pace per km?", "Could you write a short club newsletter blurb congratulating our runners?"]),
    "de": ("Ergebnisliste {race}\nPl.  StNr  Name                 Verein               AK    Zeit\n", ["LG Regnitz", "TV Gaustadt", "SV Ostheide", "vereinslos"], "DE",
           ["Kannst du mir einen kurzen Bericht für die Vereinszeitung schreiben?", "Welche Pace bin ich gelaufen (Zeile {k})?"]),
    "fr": ("Classement – {race}\nClt  Dos.  Nom                  Club                 Cat.  Temps\n", ["Angers Athlé", "AC Pau", "Colmar Running", "Non licencié"], "FR",
           ["Tu peux écrire un petit mot pour le site du club ?", "Je suis à la ligne {k}, quelle allure au kilo ?"]),
    "nl": ("Uitslag {race}\nPl   Nr    Naam                 Vereniging           Cat   Tijd\n", ["AV Zwolle '08", "Loopgroep Deventer", "Haarlem Runners", "geen"], "NL",
           ["Kun je een stukje voor de clubnieuwsbrief schrijven?", "Ik sta op regel {k}, wat was mijn tempo?"]),
    "es": ("Clasificación – {race}\nPos  Dors  Nombre               Club                 Cat   Tiempo\n", ["CA Logroño", "Girona Runners", "Independiente"], "ES",
           ["¿Me escribes una nota para el grupo del club?", "Soy la fila {k}, ¿a qué ritmo fui?"]),
    "it": ("Classifica – {race}\nPos  Pett  Nome                 Società              Cat   Tempo\n", ["Atletica Lucca", "GS Trento", "Podistica Cremona"], "IT",
           ["Mi scrivi un post per la pagina della società?", "Sono alla riga {k}, che passo ho tenuto?"]),
}


@tpl(10)
def results(R):
    lang = R.choice(sorted(RES))
    head, clubs, cc, reqs = RES[lang]
    C = Ctx(R)
    race = R.choice(RACES.get(cc, ("", ["Stadtlauf"]))[1] if cc in RACES else ["Stadtlauf"])
    C.block(race, *clubs)
    km = R.choice([10, 21.1, 5])
    rows = [head.format(race=race)]
    t0 = R.randint(1900, 3200) if km != 5 else R.randint(900, 1300)
    n = R.randint(4, 6)
    for i in range(n):
        p = C.person(cc)
        t0 += R.randint(3, 80)
        tt = "%d:%02d:%02d" % (t0 // 3600, (t0 % 3600) // 60, t0 % 60) if t0 >= 3600 else "%02d:%02d" % (t0 // 60, t0 % 60)
        nm = p.full if R.random() < 0.6 else (p.family.upper() + " " + p.given)
        rows += ["%-4d " % (i + 1), N("%-5s" % bib(R), "bib_number"), " ", P(nm), " " * max(1, 21 - len(nm)), "%-20s " % R.choice(clubs),
                 "%-5s " % (R.choice(["M40", "MH", "M50", "M35"]) if p.g == "m" else R.choice(["W35", "W45", "WH", "W40"])), N(tt, "finish_time"), "\n"]
    rows.append("%s %s km\n" % ({"en": "Distance:", "de": "Strecke:", "fr": "Distance :", "nl": "Afstand:", "es": "Distancia:", "it": "Distanza:"}[lang], km))
    req = R.choice(reqs).format(k=R.randint(1, n))
    return "list", lang, wrap(R, req, rows)


# ---------------------------------------------------------------- 5 treasurer SEPA list
SEPA = {
    "DE": ("de", ["Mandatsref", "Name", "IBAN", "BIC", "Betrag", "Verwendungszweck"], "Mitgliedsbeitrag %s", ["Die Bank lehnt die Datei ab – siehst du einen Fehler?", "Kannst du mir daraus eine pain.008-XML machen?", "Summe stimmt nicht mit meiner Liste überein, was fehlt?"], ["COBADEFFXXX", "GENODEF1BA1", "BYLADEM1001", "SOLADES1LBG"]),
    "AT": ("de", ["Mandat", "Mitglied", "IBAN", "BIC", "Betrag", "Zweck"], "Beitrag %s", ["Kannst du die Liste auf Fehler prüfen?"], ["RLNWATWW", "BKAUATWW", "SPWEAT21XXX"]),
    "NL": ("nl", ["Machtigingskenmerk", "Naam", "IBAN", "BIC", "Bedrag", "Omschrijving"], "Contributie %s", ["De incasso-batch wordt geweigerd, zie jij waarom?", "Kun je hier een SEPA-bestand van maken?"], ["RABONL2U", "INGBNL2A", "ABNANL2A", "SNSBNL2A"]),
    "BE": ("nl", ["Mandaat", "Naam", "IBAN", "BIC", "Bedrag", "Mededeling"], "Lidgeld %s", ["Klopt het totaal?"], ["GEBABEBB", "KREDBEBB", "BBRUBEBB"]),
    "FR": ("fr", ["RUM", "Nom", "IBAN", "BIC", "Montant", "Libellé"], "Cotisation %s", ["Tu peux vérifier le fichier avant que je l'envoie à la banque ?", "Le total ne tombe pas juste, tu vois pourquoi ?"], ["AGRIFRPP", "CMCIFR2A", "CCBPFRPP"]),
    "ES": ("es", ["Ref. mandato", "Nombre", "IBAN", "BIC", "Importe", "Concepto"], "Cuota socio %s", ["¿Ves algún error antes de subir la remesa?"], ["CAIXESBBXXX", "BSCHESMM", "BBVAESMM"]),
    "IT": ("it", ["Rif. mandato", "Nominativo", "IBAN", "BIC", "Importo", "Causale"], "Quota sociale %s", ["Mi controlli il file prima di caricarlo in banca?"], ["BCITITMM", "UNCRITMM", "BPMOIT22"]),
}


@tpl(24)
def sepa_list(R):
    cc = R.choice(sorted(SEPA))
    lang, hdr, purpose, reqs, bics = SEPA[cc]
    C = Ctx(R)
    sep = R.choice([";", ";", ",", "\t"])
    rows = []
    if R.random() < 0.6:
        rows += [N({"de": "Gläubiger-ID: %s" % CRED_ID[cc], "nl": "Incassant-ID: %s" % CRED_ID[cc], "fr": "ICS : %s" % CRED_ID[cc], "es": "Id. acreedor: %s" % CRED_ID[cc], "it": "CID: %s" % CRED_ID[cc]}[lang], "creditor_id"),
                 " | ", {"de": "Fälligkeit", "nl": "Incassodatum", "fr": "Échéance", "es": "Fecha de cobro", "it": "Scadenza"}[lang], " ", N(event_date(R, cc), "collection_date"), "\n"]
    rows.append(sep.join(hdr) + "\n")
    cur = CUR.get(cc, "EUR_de")
    for i in range(R.randint(2, 4)):
        p = C.person(cc)
        ref = R.choice(["M%04d", "VEREIN-%05d", "MB-2026-%03d"]) % R.randint(1, 9999)
        nm = p.family + ", " + p.given if R.random() < 0.5 else p.full
        npart = [P(p.family), ", ", P(p.given)] if "," in nm else [P(nm)]
        amt = R.choice([24, 36, 48, 60, 72, 90, 120, 15.5, 7.5])
        amts = ("%.2f" % amt).replace(".", "," if sep != "," else ".")
        if sep == "," and "," in nm:
            npart = ['"'] + npart + ['"']
        rows += [N(ref, "mandate_reference"), sep, npart, sep, IB(R, cc, style=R.choice(["compact", "compact", "grp"])), sep, N(R.choice(bics), "bic"), sep, N(amts, "amount"), sep,
                 purpose % R.choice(["2026", "Q1/2026", "Jugend 2026", "2026/27"]), "\n"]
    return "csv", lang, wrap(R, R.choice(reqs), rows)


# ---------------------------------------------------------------- 6 member export
EXPORT = {
    "DE": ("de", "Mitglieder_Export_%s.csv", ["Mitgliedsnr", "Vorname", "Nachname", "Geburtsdatum", "Strasse", "PLZ", "Ort", "Telefon", "E-Mail", "Eintritt"], "Kannst du mir sagen, wer dieses Jahr einen runden Geburtstag hat?"),
    "GB": ("en", "members_export_%s.csv", ["member_no", "first_name", "last_name", "dob", "address", "town", "postcode", "phone", "email", "joined"], "Can you find duplicates in this export? Some people signed up twice."),
    "US": ("en", "roster_export_%s.csv", ["id", "first", "last", "birthdate", "street", "city", "state", "zip", "cell", "email", "waiver_signed"], "Which of these members are under 18? we need waivers from their parents"),
    "NL": ("nl", "ledenlijst_%s.csv", ["relatienr", "voornaam", "achternaam", "geboortedatum", "straat", "postcode", "plaats", "mobiel", "email", "lid_sinds"], "Wie worden dit jaar 18? Die moeten naar de seniorencontributie."),
    "FR": ("fr", "adherents_%s.csv", ["n_licence", "prenom", "nom", "date_naissance", "adresse", "cp", "ville", "tel", "email", "inscription"], "Tu peux me dire qui n'a pas encore renouvelé ?"),
    "IT": ("it", "soci_%s.csv", ["n_tessera", "nome", "cognome", "data_nascita", "indirizzo", "cap", "citta", "cell", "email", "iscrizione"], "Mi trovi i soci con la visita medica in scadenza? (iscritti prima del 2024)"),
    "SE": ("sv", "medlemmar_%s.csv", ["medlemsnr", "förnamn", "efternamn", "personnummer", "adress", "postnr", "ort", "mobil", "epost", "inträde"], "Kan du räkna ut hur många som är under 20 för LOK-stödet?"),
    "ES": ("es", "socios_%s.csv", ["n_socio", "nombre", "apellidos", "fecha_nac", "direccion", "cp", "localidad", "movil", "email", "alta"], "¿Puedes sacarme los que cumplen 65 este año? Tienen descuento."),
}


def _addr_split(R, cc):
    """Street line, postcode and town as CSV cells (no separator inside)."""
    t = R.choice(TOWNS[cc])
    street = R.choice(STREETS[cc])
    n = R.randint(1, 120)
    if cc == "GB":
        return ["%d %s" % (n, street), t[0], t[1]]
    if cc == "US":
        return ["%d %s" % (R.randint(100, 9800), street), t[0], t[1], t[2]]
    return ["%s %d" % (street, n) if cc not in ("FR",) else "%d %s" % (n, street),
            t[1] if cc != "NL" else "%s %s%s" % (t[1], R.choice("BCDGHKLMNPRSTVWZ"), R.choice("ABDEGHJKLNPRSTVXZ")), t[0]]


@tpl(8)
def member_export(R):
    cc = R.choice(sorted(EXPORT))
    lang, fname, hdr, req = EXPORT[cc]
    C = Ctx(R)
    sep = R.choice([",", ";"]) if cc not in ("GB", "US") else ","
    rows = [fname % ("2026%02d%02d" % (R.randint(1, 12), R.randint(1, 28))), "\n", sep.join(hdr), "\n"]
    for i in range(R.randint(2, 3)):
        p = C.person(cc)
        y, m, d = dob_parts(R, 1944, 2016)
        cells = [N(str(R.randint(1000, 99999)), "membership_number"), P(p.given), P(p.family)]
        if cc == "SE":
            cells.append(GOV(pnr_make(y, m, d, R), "se_personnummer"))
        else:
            cells.append(L("dob", fmt_date(R, cc, y, m, d, "num" if R.random() < 0.7 else "iso")))
        cells.append(L("address", sep.join(_addr_split(R, cc)), sub="csv_columns"))
        cells.append(PH(R, cc) if R.random() < 0.6 else "")
        cells.append(EM(R, p) if R.random() < 0.6 else "")
        cells.append(N(str(R.randint(1995, 2026)), "join_year") if cc != "US" else R.choice(["yes", "no", "pending"]))
        for j, c in enumerate(cells):
            if j:
                rows.append(sep)
            rows.append(c)
        rows.append("\n")
    return "csv", lang, wrap(R, req, rows)


# ---------------------------------------------------------------- 7 AGM invitation / minutes
AGM = {
    "DE": ("de", ["Kleingartenverein Am Hagebuttenhang e.V.", "Gesangverein Liederkranz Gaustadt 1862 e.V.", "Förderverein Freibad Lüneburg-Kaltenmoor e.V."],
           "Einladung zur ordentlichen Mitgliederversammlung", "Vereinsheim", ["Kannst du daraus ein Protokoll-Gerüst machen?", "Bitte formulier die Einladung etwas freundlicher.", "Ist die Einladungsfrist laut Satzung (2 Wochen) eingehalten?"]),
    "FR": ("fr", ["Association des Parents du Collège de Pau-Ouest", "Comité des fêtes de Quimper-Kerfeunteun", "Amicale des Sapeurs-Pompiers d'Annecy-le-Vieux"],
           "Convocation à l'Assemblée Générale ordinaire", "salle polyvalente", ["Tu peux rédiger le procès-verbal à partir de ça ?", "Reformule la convocation plus simplement."]),
    "NL": ("nl", ["Muziekvereniging Excelsior Deventer", "Speeltuinvereniging De Kievit", "IJsclub Leeuwarden-Oost"],
           "Uitnodiging Algemene Ledenvergadering", "kantine", ["Kun je hier een nette notulen-opzet van maken?", "Maak de uitnodiging wat korter aub."]),
    "GB": ("en", ["Hexham Allotment Society", "Ludlow Bell Ringers' Guild", "Friends of Whitby Lifeboat Station"],
           "Notice of Annual General Meeting", "village hall", ["Can you draft minutes from these notes?", "Please make this notice a bit less stiff."]),
    "IT": ("it", ["Pro Loco Borgo San Lorenzo di Lucca", "Associazione Alpini Sezione Trento Sud", "Banda Musicale Città di Cremona"],
           "Convocazione assemblea ordinaria dei soci", "sede sociale", ["Mi prepari una bozza di verbale?", "Riscrivi la convocazione in modo più chiaro."]),
    "ES": ("es", ["Asociación Vecinal El Cubo de Logroño", "Peña Ciclista Los Olmos", "Cofradía de la Vera Cruz de Huesca"],
           "Convocatoria de Asamblea General Ordinaria", "local social", ["¿Me ayudas a redactar el acta?", "Hazme la convocatoria más cercana."]),
    "SE": ("sv", ["Västerås Kanotsällskap", "Umeå Folkdanslag", "Lunds Fältrittklubb"], "Kallelse till årsmöte", "klubbstugan", ["Kan du göra ett protokollutkast av detta?"]),
    "PL": ("pl", ["Stowarzyszenie Miłośników Ziemi Toruńskiej", "Klub Seniora Wrzos Opole", "OSP Gdynia-Chylonia"], "Zawiadomienie o walnym zebraniu członków", "świetlicy", ["Pomożesz mi napisać protokół?"]),
}
ROLES = {"de": ["Vorsitzende/r", "2. Vorsitzende/r", "Kassenwart/in", "Schriftführer/in", "Jugendwart/in", "Kassenprüfer/in"],
         "fr": ["Président(e)", "Vice-président(e)", "Trésorier(ère)", "Secrétaire", "Membre du bureau"],
         "nl": ["Voorzitter", "Secretaris", "Penningmeester", "Bestuurslid jeugd", "Kascommissie"],
         "en": ["Chair", "Vice-chair", "Treasurer", "Secretary", "Membership secretary", "Independent examiner"],
         "it": ["Presidente", "Vicepresidente", "Tesoriere", "Segretario", "Consigliere", "Revisore dei conti"],
         "es": ["Presidente/a", "Vicepresidente/a", "Tesorero/a", "Secretario/a", "Vocal"],
         "sv": ["Ordförande", "Kassör", "Sekreterare", "Ledamot", "Revisor"], "pl": ["Prezes", "Wiceprezes", "Skarbnik", "Sekretarz", "Członek komisji rewizyjnej"]}
SEC_ROLE = {"de": "Schriftführer/in", "fr": "Secrétaire", "nl": "Secretaris", "en": "Secretary", "it": "Segretario", "es": "Secretario/a", "sv": "Sekreterare", "pl": "Sekretarz"}
AGM_TXT = {
    "de": ("Liebe Mitglieder,\nhiermit laden wir euch herzlich ein am ", " um 19:30 Uhr im ", ".\n\nTagesordnung:\n1. Begrüßung\n2. Bericht des Vorstands\n3. Kassenbericht und Entlastung\n4. Wahlen\n5. Beitragsanpassung auf ", " (Kinder ", ")\n6. Verschiedenes\n\nKandidaturen:\n", "Anträge bitte bis 14 Tage vorher schriftlich an die Schriftführerin: ", "Bei Fragen: ", "Mit sportlichem Gruß\n"),
    "fr": ("Chers adhérents,\nvous êtes convoqués le ", " à 18h30 à la ", ".\n\nOrdre du jour :\n1. Rapport moral\n2. Rapport financier\n3. Élection du bureau\n4. Cotisation ", " (enfants ", ")\n5. Questions diverses\n\nCandidats :\n", "Pouvoirs et questions à adresser à la secrétaire : ", "Contact : ", "Bien cordialement,\n"),
    "nl": ("Beste leden,\nHierbij nodigen wij u uit op ", " om 20:00 uur in de ", ".\n\nAgenda:\n1. Opening\n2. Jaarverslag\n3. Financieel verslag en kascommissie\n4. Bestuursverkiezing\n5. Contributie ", " (jeugd ", ")\n6. Rondvraag\n\nKandidaten:\n", "Stukken opvragen bij de secretaris: ", "Vragen: ", "Met vriendelijke groet,\n"),
    "en": ("Dear members,\nThe AGM will be held on ", " at 7.30pm in the ", ".\n\nAgenda:\n1. Apologies\n2. Minutes of last AGM\n3. Treasurer's report\n4. Election of officers\n5. Subs for next year: ", " (juniors ", ")\n6. AOB\n\nNominations received:\n", "Nominations and motions in writing to the Secretary at ", "Any queries: ", "Best wishes,\n"),
    "it": ("Cari soci,\nè convocata l'assemblea ordinaria il giorno ", " alle ore 20:45 presso la ", ".\n\nOrdine del giorno:\n1. Relazione del presidente\n2. Bilancio consuntivo\n3. Rinnovo cariche\n4. Quota associativa ", " (under 18 ", ")\n5. Varie ed eventuali\n\nCandidature:\n", "Deleghe da consegnare al segretario: ", "Info: ", "Cordiali saluti,\n"),
    "es": ("Estimados socios:\nse convoca Asamblea General el ", " a las 19:00 en el ", ".\n\nOrden del día:\n1. Lectura del acta anterior\n2. Estado de cuentas\n3. Renovación de la junta\n4. Cuota anual ", " (menores ", ")\n5. Ruegos y preguntas\n\nCandidaturas:\n", "Delegaciones de voto a la secretaria: ", "Dudas: ", "Un saludo,\n"),
    "sv": ("Hej alla medlemmar!\nVälkomna till årsmöte ", " kl. 18.00 i ", ".\n\nDagordning:\n1. Mötets öppnande\n2. Verksamhetsberättelse\n3. Revisorernas berättelse\n4. Val av styrelse\n5. Medlemsavgift ", " (ungdom ", ")\n6. Övriga frågor\n\nValberedningens förslag:\n", "Motioner skickas till sekreteraren: ", "Frågor: ", "Hälsningar\n"),
    "pl": ("Szanowni Członkowie,\nzapraszamy na walne zebranie w dniu ", " o godz. 17:00 w ", ".\n\nPorządek obrad:\n1. Otwarcie\n2. Sprawozdanie zarządu\n3. Sprawozdanie komisji rewizyjnej\n4. Wybory\n5. Składka ", " (młodzież ", ")\n6. Wolne wnioski\n\nKandydaci:\n", "Wnioski proszę kierować do sekretarza: ", "Kontakt: ", "Z poważaniem\n"),
}
AGM_CUR = {"de": "EUR_de", "fr": "EUR_fr", "nl": "EUR_nl", "en": "GBP", "it": "EUR_fr", "es": "EUR_fr", "sv": "SEK", "pl": "PLN"}


@tpl(26)
def agm(R):
    cc = R.choice(sorted(AGM))
    lang, clubs, title, venue, reqs = AGM[cc]
    C = Ctx(R)
    club = R.choice(clubs)
    C.block(club)
    tx = AGM_TXT[lang]
    board = [C.person(cc) for _ in range(R.randint(2, 3))]
    sec = board[1]
    roles = [ROLES[lang][0], SEC_ROLE[lang]] + R.sample([x for x in ROLES[lang][1:] if x != SEC_ROLE[lang]], len(board) - 2)
    body = [club, "\n", title, "\n\n", tx[0], N(event_date(R, cc), "event_date"), tx[1], venue, tx[2], N(money(R, AGM_CUR[lang], 45, 150), "fee"), tx[3], N(money(R, AGM_CUR[lang], 10, 40), "fee"), tx[4]]
    for p, role in zip(board, roles):
        body += ["- ", role, ": ", P(p.full), "\n"]
    body += ["\n", tx[5]]
    if R.random() < 0.6:
        body += [ADR(R, cc, ml=False), R.choice([" ", " oder per Mail " if lang == "de" else " / "]), EM(R, sec), "\n"]
    else:
        body += [EM(R, sec), "\n"]
    body += [tx[6], P(board[0].given), " ", PH(R, cc), "\n\n", tx[7], P(board[0].full), "\n"]
    if R.random() < 0.4:
        body += [N({"de": "Vereinskonto: DE·· ···· ···· ···· ··42 17 (Sparkasse)", "fr": "RIB de l'association sur demande à tresorerie@ (ne pas envoyer d'espèces)", "nl": "Rekening vereniging eindigend op ...8841", "en": "Club account: sort code 30-9x-xx, acc. ending 4417",
                   "it": "IBAN associazione: IT** **** **** **** **** 0917", "es": "Cuenta de la asociación: ES** **** **** **** 3381", "sv": "Bankgiro 5012-8841", "pl": "Konto: PL** **** **** **** 2207"}[lang], "masked_account"), "\n"]
    return "letter", lang, wrap(R, R.choice(reqs), body)


# ---------------------------------------------------------------- 8 volunteer rota
VOL = {
    "GB": ("en", ["Kendal Mountain Festival", "Frome Independent Market", "Otley Carnival"], ["Marshal – Gate B", "Car park", "Bar", "First aid tent", "Litter pick", "Info desk"], "Can you turn this into a shift rota so nobody does more than two slots?"),
    "US": ("en", ["Savannah Food Bank Turkey Drive", "Bozeman Trail Cleanup Day", "Durham Bull City Run Water Station 3"], ["Check-in", "Water table", "Packing", "Setup", "Teardown", "Driver"], "make this into a reminder text I can send everyone the night before"),
    "DE": ("de", ["Sommerfest TSV Hallstadt", "Altstadtlauf Lüneburg Helfer", "Weihnachtsmarkt Göppingen Vereinsstand"], ["Kuchentheke", "Grill", "Kasse", "Aufbau", "Abbau", "Streckenposten km 4"], "Kannst du daraus einen Schichtplan machen? Jeder max. 2 Schichten."),
    "FR": ("fr", ["Fête de la musique Niort", "Vide-grenier APE Colmar", "Trail des Aravis – bénévoles"], ["Buvette", "Parking", "Ravitaillement", "Accueil", "Montage", "Démontage"], "Tu peux faire un planning propre à partir de ça ?"),
    "NL": ("nl", ["Koningsdag Vrijmarkt Zwolle", "Avondvierdaagse Breda", "Clubactie HC Amersfoort"], ["Bardienst", "Verkeersregelaar", "EHBO", "Opbouw", "Afbouw", "Kassa"], "Kun je hier een rooster van maken en dubbele boekingen eruit halen?"),
    "ES": ("es", ["Fiestas de San Bernabé Logroño", "Carrera solidaria Cáceres", "Banco de Alimentos Burgos"], ["Avituallamiento", "Barra", "Montaje", "Recogida", "Dorsales", "Información"], "¿Me haces un cuadrante de turnos con esto?"),
    "IT": ("it", ["Sagra della Castagna di Lucca", "Festa dello Sport Trento", "Colletta Alimentare Lecce"], ["Cucina", "Cassa", "Allestimento", "Smontaggio", "Parcheggio", "Bar"], "Mi fai una tabella dei turni?"),
    "AU": ("en", ["Fremantle Street Arts Festival", "Toowoomba Carnival of Flowers", "parkrun Wollongong volunteer roster"], ["Timekeeper", "Barcode scanner", "Marshal", "Tail walker", "Setup"], "Can you check who's double-booked?"),
    "IN": ("in", ["Pune Ganeshotsav Mandal seva", "Bengaluru Lake Cleanup Drive", "Lucknow Blood Donation Camp"], ["Registration desk", "Prasad distribution", "Crowd control", "Water", "Decoration"], "Kindly prepare a duty chart from this list."),
}


@tpl(18)
def volunteer(R):
    cc = R.choice(sorted(VOL))
    lang, events, tasks, req = VOL[cc]
    C = Ctx(R)
    ev = R.choice(events)
    C.block(ev)
    slots = ["08:00–10:00", "10:00–12:30", "12:30–15:00", "15:00–17:30", "17:30–20:00"]
    rows = ["%s – %s %s\n" % (ev, {"en": "volunteer sign-up", "in": "volunteer list", "de": "Helferliste", "fr": "inscriptions bénévoles", "nl": "vrijwilligerslijst", "es": "voluntarios", "it": "volontari"}[lang], event_date(R, cc) if R.random() < 0.5 else ""), ]
    layout = R.choice(["table", "lines"])
    if layout == "table":
        rows.append({"en": "Slot | Job | Name | Phone | Email\n", "in": "Slot | Duty | Name | Mobile | Email\n", "de": "Zeit | Aufgabe | Name | Handy | Mail\n", "fr": "Créneau | Poste | Nom | Tél | Mail\n",
                     "nl": "Tijd | Taak | Naam | Tel | Mail\n", "es": "Turno | Puesto | Nombre | Tel | Email\n", "it": "Turno | Mansione | Nome | Cell | Email\n"}[lang])
    for i in range(R.randint(2, 4)):
        p = C.person(cc)
        nm = p.full if R.random() < 0.7 else p.given + " " + p.family[0] + "."
        pn = P(p.full) if nm == p.full else [P(p.given), " " + p.family[0] + "."]
        if nm != p.full:
            pn = [P(p.given + " " + p.family[0] + ".")]  # initial kept inside the label
        tel = PH(R, cc) if R.random() < 0.85 else "?"
        em = EM(R, p) if R.random() < 0.3 else ""
        if layout == "table":
            rows += [N(R.choice(slots), "time_range"), " | ", R.choice(tasks), " | ", pn, " | ", tel, " | ", em, "\n"]
        else:
            rows += [R.choice(tasks), " ", N(R.choice(slots), "time_range"), ": ", pn, " – ", tel, (" – " if em else ""), em, "\n"]
    rows.append({"en": "Coordinator line on the day: ", "in": "Control room: ", "de": "Orga-Telefon am Tag: ", "fr": "PC course : ", "nl": "Coördinatie: ", "es": "Organización: ", "it": "Segreteria organizzativa: "}[lang])
    rows.append(N({"GB": "01539 72 1000 (festival office)", "US": "(406) 555-0142", "DE": "Vereinsheim 07161 9 88 77-0", "FR": "05 49 00 00 00 (mairie)", "NL": "14 038 (gemeente)", "ES": "010 (Ayuntamiento)", "IT": "0583 000000 (Pro Loco, interno 2)", "AU": "13 14 50", "IN": "control room ext. 22"}[cc], "org_phone"))
    rows.append("\n")
    return "list", lang, wrap(R, req, rows)


# ---------------------------------------------------------------- 9 choir / orchestra / theatre group chats
CHAT = {
    "DE": ("de", ["Kammerchor Cantabile Bamberg", "Laientheater Rampenlicht Gießen", "Posaunenchor Paderborn-Elsen"],
           ["Probe heute fällt aus, Kirche ist belegt 😕", "Wer kann Noten für den Messias mitbringen?", "Generalprobe Sa 14 Uhr, Einsingen 13:30!", "Wir proben ausnahmsweise bei mir: ", "Meine neue Nummer: ", "Kostüme bitte bis Freitag bei mir abgeben: ", "Bin krank, kann mich jemand im Alt vertreten?", "Kartenvorverkauf läuft, %s pro Karte"],
           "Kannst du den Chat zusammenfassen? Was muss ich bis Samstag erledigen?"),
    "FR": ("fr", ["Chorale À Cœur Joie Angers", "Troupe du Petit Théâtre de Niort", "Harmonie municipale de Colmar"],
           ["Répétition annulée ce soir, la salle est prise", "Qui peut ramener les partitions du Requiem ?", "Générale samedi 14h !", "On répète chez moi exceptionnellement : ", "Mon nouveau numéro : ", "Déposez les costumes chez moi avant vendredi : ", "Je suis malade, quelqu'un peut me remplacer chez les altos ?", "Billetterie ouverte, %s la place"],
           "Tu peux me résumer la conversation ? Qu'est-ce que je dois faire avant samedi ?"),
    "NL": ("nl", ["Gemengd Koor Vox Zwolle", "Toneelvereniging Het Scheve Doek", "Harmonie Sint-Caecilia Breda"],
           ["Repetitie vanavond gaat niet door", "Wie neemt de partituren mee?", "Generale zaterdag 14:00!", "We repeteren deze keer bij mij: ", "Mijn nieuwe nummer: ", "Kostuums graag voor vrijdag bij mij inleveren: ", "Ik ben ziek, kan iemand de alt overnemen?", "Kaartverkoop is open, %s per stuk"],
           "Kun je dit gesprek samenvatten? Wat moet ik voor zaterdag doen?"),
    "GB": ("en", ["Ludlow Choral Society", "Frome Amateur Operatic Society", "Hexham Community Orchestra"],
           ["Rehearsal's off tonight, hall double booked", "Who's got the spare vocal scores?", "Dress rehearsal Sat 2pm!", "We're rehearsing at mine this week: ", "New number btw: ", "Costumes back to mine by Friday please: ", "Poorly, can someone cover alto 2?", "Tickets on sale, %s each"],
           "Summarise this chat for me please – what do I need to do before Saturday?"),
    "IT": ("it", ["Coro Polifonico Città di Lucca", "Compagnia Teatrale Il Sipario Cremona", "Orchestra Giovanile Trentina"],
           ["Prova annullata stasera", "Chi porta le parti del Gloria?", "Prova generale sabato alle 14!", "Stavolta proviamo da me: ", "Nuovo numero: ", "Costumi da riportare a casa mia entro venerdì: ", "Sono malata, qualcuno mi sostituisce nei contralti?", "Biglietti in vendita, %s l'uno"],
           "Mi riassumi la chat? Cosa devo fare entro sabato?"),
    "ES": ("es", ["Coral Polifónica Santanderina", "Grupo de Teatro La Tramoya Burgos", "Banda de Música de Huesca"],
           ["Hoy no hay ensayo", "¿Quién trae las partituras?", "Ensayo general el sábado a las 17h", "Esta vez ensayamos en mi casa: ", "Mi número nuevo: ", "Los trajes a mi casa antes del viernes: ", "Estoy mala, ¿alguien me cubre en contraltos?", "Entradas a la venta, %s cada una"],
           "¿Me resumes el chat? ¿Qué tengo que hacer antes del sábado?"),
    "RU": ("ru", ["Хор «Рябинушка»", "Народный театр «Маска»", "Оркестр русских народных инструментов"],
           ["Сегодня репетиции не будет", "Кто принесёт ноты?", "Генеральная в субботу в 14:00!", "Репетируем у меня: ", "Мой новый номер: ", "Костюмы занесите ко мне до пятницы: ", "Заболела, кто заменит во вторых альтах?", "Билеты в продаже, %s"],
           "Сделай краткое резюме чата: что мне нужно успеть до субботы?"),
    "JP": ("ja", ["混声合唱団こだま", "劇団あおば", "名古屋市民吹奏楽団"],
           ["今日の練習は中止です", "楽譜を持ってこれる人いますか？", "ゲネプロは土曜14時です！", "今回はうちで練習します：", "番号変わりました：", "衣装は金曜までにうちに：", "体調不良で休みます。アルトお願いできますか？", "チケット販売中、%s"],
           "このチャットを要約して、土曜までにやることを教えてください。"),
    "KR": ("ko", ["한빛 합창단", "극단 바람꽃", "대전 시민 오케스트라"],
           ["오늘 연습 취소입니다", "악보 가져오실 분?", "토요일 2시 리허설!", "이번엔 저희 집에서 연습해요: ", "번호 바뀌었어요: ", "의상은 금요일까지 저희 집으로: ", "아파서 못 가요, 알토 대신해 주실 분?", "티켓 판매 중, %s"],
           "이 대화 요약해 줘. 토요일까지 뭐 해야 돼?"),
    "BR": ("pt", ["Coral Vozes de Boa Viagem", "Grupo de Teatro Ribalta Curitiba", "Orquestra Jovem de Porto Alegre"],
           ["Ensaio hoje cancelado", "Quem traz as partituras?", "Ensaio geral sábado 14h!", "Dessa vez ensaiamos lá em casa: ", "Meu número novo: ", "Figurinos lá em casa até sexta: ", "Tô doente, alguém cobre o contralto?", "Ingressos à venda, %s cada"],
           "Resume a conversa pra mim? O que preciso fazer até sábado?"),
    "PL": ("pl", ["Chór Cantilena Toruń", "Teatr Amatorski Kurtyna Olsztyn", "Orkiestra Dęta OSP Rzeszów"],
           ["Dziś nie ma próby", "Kto przyniesie nuty?", "Próba generalna w sobotę o 14!", "Tym razem próba u mnie: ", "Mój nowy numer: ", "Kostiumy do mnie do piątku: ", "Jestem chora, ktoś mnie zastąpi w altach?", "Bilety w sprzedaży, %s"],
           "Streścisz mi ten czat? Co muszę zrobić do soboty?"),
}
CHAT_CUR = {"DE": "EUR_de", "FR": "EUR_fr", "NL": "EUR_nl", "GB": "GBP", "IT": "EUR_fr", "ES": "EUR_fr", "RU": "RUB", "JP": "JPY", "KR": "KRW", "BR": "BRL", "PL": "PLN"}


@tpl(30)
def group_chat(R):
    cc = R.choice(sorted(CHAT))
    lang, groups, lines, req = CHAT[cc]
    C = Ctx(R)
    grp = R.choice(groups)
    C.block(grp)
    ppl = [C.person(cc) for _ in range(R.randint(2, 4))]
    disp = {id(p): (p.full if (R.random() < 0.5 or cc in CJK) else p.given) for p in ppl}
    dstyle = R.choice(["android", "ios"])
    day = R.randint(1, 28)
    mon = R.randint(1, 12)
    out = []
    if R.random() < 0.5:
        out += [N("%02d/%02d/26, 09:%02d" % (day, mon, R.randint(0, 59)) if dstyle == "android" else "[%02d.%02d.26, 09:%02d:11]" % (day, mon, R.randint(0, 59)), "chat_timestamp"),
                " - " if dstyle == "android" else " ", grp, ": ", {"de": "Du wurdest hinzugefügt", "fr": "Vous avez été ajouté", "nl": "Je bent toegevoegd", "en": "You were added", "it": "Sei stato aggiunto", "es": "Te añadieron", "ru": "Вас добавили", "ja": "あなたが追加されました", "ko": "회원님이 초대되었습니다", "pt": "Você foi adicionado", "pl": "Dodano Cię"}[lang], "\n"]
    used_lines = R.sample(lines, R.randint(3, 5))
    clock = 17 * 60 + R.randint(0, 50)
    for ln in used_lines:
        sp = R.choice(ppl)
        clock += R.randint(1, 40)
        h, h_m = clock // 60, clock % 60
        ts = "%02d/%02d/26, %02d:%02d" % (day, mon, h, h_m) if dstyle == "android" else "[%02d.%02d.26, %02d:%02d:%02d]" % (day, mon, h, h_m, R.randint(0, 59))
        sender = disp[id(sp)]
        out += [N(ts, "chat_timestamp"), " - " if dstyle == "android" else " ", P(sender), ": "]
        if "%s" in ln:
            out.append(N(ln % money(R, CHAT_CUR[cc], 8, 35) if cc not in ("JP", "KR", "RU") else ln % money(R, CHAT_CUR[cc], 1500, 3000), "price"))
        elif ln.endswith(": ") or ln.endswith("：") or ln.endswith(": "):
            out.append(ln)
            if any(k in ln for k in ["numéro", "number", "Nummer", "nummer", "numero", "número", "номер", "番号", "번호", "numer"]):
                out.append(PH(R, cc))
            else:
                out.append(ADR(R, cc))
        else:
            out.append(ln)
        out.append("\n")
    # someone mentions another member by given name
    thanker = R.choice(ppl)
    other = R.choice([p for p in ppl if p is not thanker])
    if R.random() < 0.5:
        return "chat_export", lang, wrap(R, req, out)
    out += [N("%02d/%02d/26, 21:%02d" % (day, mon, R.randint(0, 59)) if dstyle == "android" else "[%02d.%02d.26, 21:%02d:03]" % (day, mon, R.randint(0, 59)), "chat_timestamp"),
            " - " if dstyle == "android" else " ", P(disp[id(thanker)]), ": ",
            {"de": "Danke ", "fr": "Merci ", "nl": "Dank je ", "en": "Thanks ", "it": "Grazie ", "es": "Gracias ", "ru": "Спасибо, ", "ja": "ありがとう、", "ko": "고마워요 ", "pt": "Valeu ", "pl": "Dzięki "}[lang],
            P(other.given if cc not in CJK else other.full), {"ja": "さん！", "ko": "님!"}.get(lang, "! 🙏"), "\n"]
    return "chat_export", lang, wrap(R, req, out)


# ---------------------------------------------------------------- 10 parish registrations
PARISH = {
    "DE": ("de", "Anmeldung zur Taufe – Pfarrei St. Martin Bamberg", ["Täufling", "geboren am", "Vater", "Mutter", "Anschrift", "Telefon", "Pate/Patin", "Tauftermin gewünscht"], "Kannst du mir helfen, das Formular fürs Pfarrbüro auszufüllen? Hab das schon mal vorgeschrieben."),
    "IT": ("it", "Richiesta di Battesimo – Parrocchia di San Frediano, Lucca", ["Battezzando/a", "nato/a il", "Padre", "Madre", "Residenza", "Telefono", "Padrino/Madrina", "Data richiesta"], "Mi sistemi questo testo da mandare al parroco?"),
    "ES": ("es", "Solicitud de bautismo – Parroquia de Santa María de la Redonda", ["Nombre del niño/a", "fecha de nacimiento", "Padre", "Madre", "Domicilio", "Teléfono", "Padrino/Madrina", "Fecha solicitada"], "¿Está bien para mandarlo a la parroquia?"),
    "PL": ("pl", "Zgłoszenie chrztu – Parafia pw. św. Jakuba w Toruniu", ["Imię i nazwisko dziecka", "data urodzenia", "Ojciec", "Matka", "Adres", "Telefon", "Chrzestni", "Proponowany termin"], "Czy to wystarczy do kancelarii parafialnej?"),
    "FR": ("fr", "Demande de baptême – Paroisse Saint-Maurice d'Angers", ["Enfant", "né(e) le", "Père", "Mère", "Adresse", "Téléphone", "Parrain/Marraine", "Date souhaitée"], "Tu peux relire avant que je l'envoie au secrétariat paroissial ?"),
    "IE": ("en", "Baptism booking – Parish of Ennis", ["Child's name", "Date of birth", "Father", "Mother", "Address", "Phone", "Godparents", "Preferred date"], "Is this ok to send to the parish office?"),
    "BR": ("pt", "Ficha de batismo – Paróquia Nossa Senhora da Boa Viagem", ["Nome da criança", "data de nascimento", "Pai", "Mãe", "Endereço", "Telefone", "Padrinhos", "Data desejada"], "Tá certo pra mandar pra secretaria da paróquia?"),
    "PT": ("pt", "Pedido de batismo – Paróquia da Sé de Braga", ["Nome da criança", "data de nascimento", "Pai", "Mãe", "Morada", "Telemóvel", "Padrinhos", "Data pretendida"], "Está bem para enviar ao cartório paroquial?"),
}
WEDDING_REG = {
    "DE": ("de", "Traugespräch – Angaben der Brautleute", ["Bräutigam", "Braut", "geb.", "Wohnort", "Telefon", "Trauzeugen", "Wunschtermin"], "Hilf mir, das an den Pfarrer zu schicken."),
    "IT": ("it", "Pratica matrimoniale – dati dei nubendi", ["Sposo", "Sposa", "nato/a il", "Residenza", "Telefono", "Testimoni", "Data"], "Mi aiuti a scrivere la mail al parroco?"),
    "ES": ("es", "Expediente matrimonial – datos de los novios", ["Novio", "Novia", "nacido/a el", "Domicilio", "Teléfono", "Testigos", "Fecha"], "¿Me ayudas a redactar el correo a la parroquia?"),
    "GB": ("en", "Wedding enquiry – St Laurence's, Ludlow", ["Groom", "Bride", "DOB", "Address", "Phone", "Witnesses", "Preferred date"], "Can you turn this into a polite email to the vicar?"),
}


@tpl(22)
def parish(R):
    C = Ctx(R)
    if R.random() < 0.7:
        cc = R.choice(sorted(PARISH))
        lang, title, lb, req = PARISH[cc]
        C.block(title)
        fa = C.person(cc, g="m")
        mo = C.person(cc, g="f", family=fa.family if R.random() < 0.6 else None, flat=fa.flat)
        kid = C.child(fa)
        gp = [C.person(cc) for _ in range(1)]
        body = [title, "\n\n", lb[0], ": ", P(kid.full), "\n", lb[1][0].upper() + lb[1][1:], ": ", DOB(R, cc, 2025, 2026),
                "\n", lb[2], ": ", P(fa.full), [", ", DOB(R, cc, 1982, 1998)] if R.random() < 0.5 else "", "\n", lb[3], ": ", P(mo.full), [", ", DOB(R, cc, 1984, 1999)] if R.random() < 0.5 else "",
                "\n", lb[4], ": ", ADR(R, cc, ml=R.random() < 0.3), "\n", lb[5], ": ", PH(R, cc), " / ", EM(R, mo), "\n", lb[6], ": "]
        gp = gp if R.random() < 0.7 else []
        for i, g in enumerate(gp):
            body += ([" & "] if i else []) + [P(g.full)]
        body += ["\n", lb[7], ": ", N(event_date(R, cc), "event_date"), "\n"]
        if R.random() < 0.4:
            body += [N({"de": "Pfarrbüro: Mo–Fr 9–12 Uhr, Tel. 0951 91 44 30", "it": "Ufficio parrocchiale: 0583 49 36 27", "es": "Despacho parroquial: 941 22 57 42, martes y jueves", "pl": "Kancelaria: 56 622 31 98",
                         "fr": "Secrétariat : 02 41 87 58 45", "en": "Parish office: 065 682 4043", "pt": "Secretaria: (81) 3326-2000"}[lang], "org_phone"), "\n"]
        return "form", lang, wrap(R, req, body)
    cc = R.choice(sorted(WEDDING_REG))
    lang, title, lb, req = WEDDING_REG[cc]
    a, b = C.person(cc, g="m"), C.person(cc, g="f")
    w = [C.person(cc), C.person(cc)]
    body = [title, "\n", lb[0], ": ", P(a.full), ", ", lb[2], " ", DOB(R, cc, 1985, 2000), "\n", lb[1], ": ", P(b.full), ", ", lb[2], " ", DOB(R, cc, 1985, 2000), "\n",
            lb[3], ": ", ADR(R, cc), "\n", lb[4], ": ", PH(R, cc), " (", P(a.given), "), ", PH(R, cc), " (", P(b.given), ")\n", lb[5], ": ", P(w[0].full), ", ", P(w[1].full), "\n",
            lb[6], ": ", N(event_date(R, cc, 2027), "event_date"), "\n"]
    return "form", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 11 youth camp / scout consent
CAMP = {
    "PL": ("pl", "Karta kwalifikacyjna uczestnika wypoczynku – obóz harcerski %s", ["Hufiec ZHP Toruń", "Szczep Wrzos Olsztyn"], ["Imię i nazwisko uczestnika", "Data urodzenia", "PESEL", "Adres zamieszkania", "Rodzice/opiekunowie", "Telefon", "Osoba do kontaktu w nagłych wypadkach"], "Czy dobrze wypełniłam tę kartę? Nie wiem co wpisać przy szczepieniach."),
    "IT": ("it", "Modulo di iscrizione e autorizzazione – Campo estivo %s", ["Gruppo Scout AGESCI Lucca 3", "Oratorio San Luigi Cremona"], ["Nome e cognome del ragazzo/a", "Data di nascita", "Codice fiscale", "Residenza", "Genitori", "Cellulare", "Contatto di emergenza"], "Manca qualcosa secondo te?"),
    "ES": ("es", "Autorización campamento de verano %s", ["Grupo Scout Berceo 412", "Campamentos Picos de Urbión"], ["Nombre y apellidos del participante", "Fecha de nacimiento", "DNI del padre/madre/tutor", "Domicilio", "Padre/madre/tutor", "Teléfono", "Contacto de emergencia"], "¿Está todo bien rellenado?"),
    "SE": ("sv", "Anmälan till sommarläger %s", ["Scoutkåren Tallbacken Umeå", "Västerås Simsällskap lägerskola"], ["Deltagarens namn", "Födelsedatum", "Personnummer", "Adress", "Vårdnadshavare", "Telefon", "Nödkontakt"], "Har jag fyllt i allt?"),
    "BR": ("pt", "Ficha de inscrição – Acampamento de férias %s", ["Grupo Escoteiro Caramuru Curitiba", "Acampamento Vale Verde"], ["Nome do participante", "Data de nascimento", "CPF do responsável", "Endereço", "Responsáveis", "Celular", "Contato de emergência"], "Tá faltando alguma coisa?"),
    "DE": ("de", "Anmeldung Zeltlager %s – Einverständniserklärung der Erziehungsberechtigten", ["DPSG Stamm St. Otto Bamberg", "Jugendfeuerwehr Rosenheim"], ["Name des Kindes", "Geburtsdatum", None, "Anschrift", "Erziehungsberechtigte", "Telefon", "Im Notfall erreichbar"], "Kannst du prüfen, ob ich alles richtig angekreuzt habe?"),
    "GB": ("en", "Consent & health form – Summer camp %s", ["1st Kendal Scouts", "Hexham Youth Sailing"], ["Young person's name", "Date of birth", None, "Home address", "Parent/carer", "Mobile", "Emergency contact"], "Could you check I haven't missed anything?"),
    "US": ("en", "Camper registration & medical release – %s", ["Camp Tamarack Bend", "Troop 418 Summer Camp"], ["Camper name", "Date of birth", None, "Home address", "Parent/guardian", "Cell", "Emergency contact (not parent)"], "can you check this before I submit it? also what does 'medical release' actually allow them to do"),
    "FR": ("fr", "Fiche sanitaire de liaison – colonie %s", ["Scouts et Guides de France, groupe Quimper-Ouest", "Centre de vacances Les Aravis"], ["Nom et prénom de l'enfant", "Date de naissance", None, "Adresse", "Responsable légal", "Portable", "Personne à prévenir"], "Tu peux vérifier que j'ai rien oublié ?"),
    "RU": ("ru", "Заявление на путёвку в детский лагерь %s", ["ДОЛ «Ласточка»", "Лагерь «Салют»"], ["ФИО ребёнка", "Дата рождения", "СНИЛС ребёнка", "Адрес", "Родитель", "Телефон", "Контакт на экстренный случай"], "Проверь, пожалуйста, всё ли заполнено."),
}


@tpl(28)
def camp(R):
    cc = R.choice(sorted(CAMP))
    lang, title, orgs, lb, req = CAMP[cc]
    C = Ctx(R)
    org = R.choice(orgs)
    C.block(org)
    par = C.person(cc)
    kid = C.child(par)
    ice = C.person(cc)
    y, m, d = dob_parts(R, 2011, 2019)
    body = [title % "2026", "\n", org, "\n\n", lb[0], ": ", P(kid.full), "\n", lb[1], ": ", L("dob", fmt_date(R, cc, y, m, d)), "\n"]
    if lb[2]:
        body += [lb[2], ": "]
        if cc == "PL":
            body.append(GOV(pesel_make(y, m, d, kid.g == "f", R), "pl_pesel"))
        elif cc == "IT":
            body.append(GOV(cf_for(R, kid, y, m, d), "it_cf"))
        elif cc == "ES":
            body.append(GOV(R.choice(["%s%s", "%s-%s"]) % dni_random(R), "es_dni"))
        elif cc == "SE":
            body.append(GOV(pnr_make(y, m, d, R, plus=R.random() < 0.3), "se_personnummer"))
        elif cc == "BR":
            cpf = cpf_random(R)
            body.append(GOV(R.choice(["%s.%s.%s-%s" % (cpf[:3], cpf[3:6], cpf[6:9], cpf[9:]), cpf]), "br_cpf"))
        elif cc == "RU":
            body.append(GOV(snils_make(R), "ru_snils"))
        body.append("\n")
    body += [lb[3], ": ", ADR(R, cc, ml=False), "\n", lb[4], ": ", P(par.full)]
    if R.random() < 0.25:
        par2 = C.person(cc, g="m" if par.g == "f" else "f", family=par.family, flat=par.flat)
        body += [", ", P(par2.given)]
    body += ["\n", lb[5], ": ", PH(R, cc), "\n"]
    if R.random() < 0.6:
        body += ["E-mail: ", EM(R, par), "\n"]
    if R.random() < 0.6:
        body += [lb[6], ": ", P(ice.full), " ", ICEPH(R, cc), "\n"]
    extra = {"pl": "Szczepienia: tężec, błonica (wg kalendarza). Uczulenia: orzechy. Nr legitymacji szkolnej: %d/2025" % R.randint(100, 999),
             "it": "Tessera sanitaria n. %s – Allergie: nessuna" % luhn_bad("80380%012d" % R.randint(0, 10 ** 11)), "es": "Tarjeta sanitaria: RIOJ%08d – Alergias: polen" % R.randint(0, 10 ** 8),
             "sv": "Allergier: laktos. Simkunnighet: 200 m", "pt": "Plano de saúde: Unimed, carteirinha %d" % R.randint(10 ** 9, 10 ** 10),
             "de": "Schwimmabzeichen: Bronze. Zecken entfernen: ja. Krankenkasse: AOK Bayern", "en": "Allergies: none known. Swimming: 25m. Medication: inhaler (blue)",
             "fr": "Vaccins DT-Polio à jour (rappel 2024). Régime : sans porc. N° allocataire CAF : %07d" % R.randint(0, 10 ** 7), "ru": "Полис ОМС: %s. Аллергия: нет" % luhn_bad("%016d" % R.randint(10 ** 15, 10 ** 16 - 1))}[lang]
    body += [N(extra, "health_insurance_or_health_note"), "\n"]
    fee_cur = {"PL": "PLN", "IT": "EUR_fr", "ES": "EUR_fr", "SE": "SEK", "BR": "BRL", "DE": "EUR_de", "GB": "GBP", "US": "USD", "FR": "EUR_fr", "RU": "RUB"}[cc]
    lo, hi = {"SEK": (1500, 6000), "RUB": (15000, 45000), "PLN": (900, 2500), "BRL": (600, 2400)}.get(fee_cur, (150, 900))
    body += [{"pl": "Opłata", "it": "Quota", "es": "Precio", "sv": "Avgift", "pt": "Valor", "de": "Teilnehmerbeitrag", "en": "Fee", "fr": "Prix du séjour", "ru": "Стоимость"}[lang], ": ", N(money(R, fee_cur, lo, hi), "price")]
    if cc in ("GB", "US", "DE", "FR") and R.random() < 0.6:
        body += ["\n", {"en": "Card for the balance: ", "de": "Kreditkarte (Restzahlung): ", "fr": "Carte pour le solde : "}[lang], CARD(R), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")]
    body += ["\n", {"pl": "Podpis rodzica", "it": "Firma del genitore", "es": "Firma", "sv": "Underskrift", "pt": "Assinatura", "de": "Unterschrift", "en": "Signed", "fr": "Signature", "ru": "Подпись"}[lang], ": ", P(par.full), "\n"]
    return "form", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 12 ticket orders and guest lists
TIX = {
    "GB": ("en", ["Ludlow Food Festival", "Kendal Calling", "Whitby Goth Weekend"], "GBP"), "US": ("en", ["Savannah Music Festival", "Bozeman Sweet Pea Festival"], "USD"),
    "DE": ("de", ["Sandkerwa Bamberg", "Lüneburger Sülfmeistertage", "Rosenheimer Herbstfest"], "EUR_de"), "FR": ("fr", ["Festival de Cornouaille", "Foire aux Vins de Colmar"], "EUR_fr"),
    "NL": ("nl", ["Zwolle Unlimited", "Deventer op Stelten"], "EUR_nl"), "ES": ("es", ["Fiestas de San Mateo", "Festival de Jazz de Girona"], "EUR_fr"),
    "IT": ("it", ["Lucca Comics & Games", "Trento Film Festival"], "EUR_fr"), "AU": ("en", ["Fremantle Festival", "Ballarat Beat"], "AUD"),
}


@tpl(36)
def tickets(R):
    cc = R.choice(sorted(TIX))
    lang, evs, cur = TIX[cc]
    C = Ctx(R)
    ev = R.choice(evs)
    C.block(ev)
    buyer = C.person(cc)
    guests = [C.person(cc) for _ in range(R.randint(1, 2))]
    order = luhn_bad(str(R.randint(10 ** 12, 10 ** 13 - 1)))
    mode = R.choice(["order", "order", "guestlist", "phone", "phone"])
    if mode == "order":
        lb = {"en": ("Order confirmation", "Order no.", "Billing name", "Email", "Phone", "Ticket holders", "Seat", "Total", "Paid with", "Can you check whether the names on the tickets are right? Bea's is misspelt I think."),
              "de": ("Bestellbestätigung", "Bestellnr.", "Rechnungsname", "E-Mail", "Telefon", "Ticketinhaber", "Platz", "Gesamt", "Bezahlt mit", "Sind die Namen auf den Tickets richtig? Kann man die noch ändern?"),
              "fr": ("Confirmation de commande", "N° de commande", "Acheteur", "E-mail", "Téléphone", "Participants", "Place", "Total", "Payé par", "Les noms sur les billets sont bons ? On peut encore les changer ?"),
              "nl": ("Bestelbevestiging", "Bestelnr.", "Naam koper", "E-mail", "Telefoon", "Tickethouders", "Plaats", "Totaal", "Betaald met", "Kan ik de namen op de tickets nog wijzigen?"),
              "es": ("Confirmación de pedido", "N.º pedido", "Comprador", "Email", "Teléfono", "Titulares", "Asiento", "Total", "Pagado con", "¿Se pueden cambiar los nombres de las entradas?"),
              "it": ("Conferma ordine", "Ordine n.", "Acquirente", "Email", "Telefono", "Intestatari", "Posto", "Totale", "Pagato con", "Si possono cambiare i nominativi sui biglietti?")}[lang]
        body = [lb[0], " – ", ev, "\n", lb[1], " ", N(order, "order_number"), "\n", lb[2], ": ", P(buyer.full), "\n", lb[3], ": ", EM(R, buyer), "\n", lb[4], ": ", PH(R, cc), "\n\n", lb[5], ":\n"]
        for g in [buyer] + guests:
            body += ["  ", N(R.choice(["GA", "Day 2", "Weekend", "VIP"]), "ticket_type"), "  ", P(g.full if g is not buyer else g.given + " " + g.family), "  ", lb[6], " ", N("%s-%d" % (R.choice("ABCDEFGH"), R.randint(1, 40)), "seat_number"),
                     "  ", N("TKT" + str(R.randint(10 ** 9, 10 ** 10)), "ticket_number"), "\n"]
        body += ["\n", lb[7], ": ", N(money(R, cur, 40, 480), "price"), "\n", lb[8], ": ", N(R.choice(["Visa •••• %04d", "Mastercard ending %04d", "**** **** **** %04d", "Amex ***%04d"]) % R.randint(0, 9999), "masked_card"), "\n"]
        req = lb[9]
    elif mode == "guestlist":
        lb = {"en": "Guest list – %s (door staff copy)\nName | +1 | Phone\n", "de": "Gästeliste – %s (Einlass)\nName | Begleitung | Handy\n", "fr": "Liste d'invités – %s (entrée)\nNom | +1 | Tél\n",
              "nl": "Gastenlijst – %s (deur)\nNaam | +1 | Tel\n", "es": "Lista de invitados – %s (puerta)\nNombre | Acompañante | Tel\n", "it": "Lista ospiti – %s (ingresso)\nNome | +1 | Tel\n"}[lang]
        body = [lb % ev]
        for g in [buyer] + guests:
            body += [P(g.full), " | ", R.choice(["0", "1", "–"]), " | ", PH(R, cc) if R.random() < 0.8 else "", "\n"]
        body += [N({"en": "Doors 19:30, wristbands at box office", "de": "Einlass 19:30, Bändchen an der Abendkasse", "fr": "Ouverture 19h30, bracelets à la billetterie", "nl": "Deuren 19:30", "es": "Apertura 19:30", "it": "Apertura porte 19:30"}[lang], "event_time"), "\n"]
        req = {"en": "Can you sort this alphabetically by surname?", "de": "Kannst du die Liste alphabetisch nach Nachname sortieren?", "fr": "Tu peux trier par nom de famille ?", "nl": "Kun je dit op achternaam sorteren?", "es": "¿Me lo ordenas por apellido?", "it": "Me la ordini per cognome?"}[lang]
    else:
        lb = {"en": ("Phone booking notes – box office", "caller", "card", "cvv given verbally, not written", "Please tidy these notes into a booking record."),
              "de": ("Telefonbestellung – Notiz Vorverkaufsstelle", "Anrufer/in", "Karte", "CVC mündlich, nicht notiert", "Mach daraus bitte einen sauberen Buchungsvermerk."),
              "fr": ("Réservation téléphonique – notes billetterie", "appelant(e)", "CB", "cryptogramme donné oralement, non noté", "Mets ces notes au propre stp."),
              "nl": ("Telefonische bestelling – kassa", "beller", "kaart", "CVC mondeling, niet genoteerd", "Maak hier een nette boeking van."),
              "es": ("Reserva telefónica – taquilla", "cliente", "tarjeta", "CVV dado por teléfono, no anotado", "Pásalo a limpio, porfa."),
              "it": ("Prenotazione telefonica – biglietteria", "cliente", "carta", "CVV comunicato a voce, non annotato", "Mettimi in ordine questi appunti.")}[lang]
        body = [lb[0], " ", ev, "\n", lb[1], ": ", P(buyer.full), " ", PH(R, cc), "\n", "%dx " % (len(guests) + 1), N({"en": "Stalls row F", "de": "Tribüne Süd, Block C", "fr": "Parterre, rang 12", "nl": "Balkon rij 3", "es": "Grada Sur, fila 8", "it": "Gradinata, settore B"}[lang], "seat_block"),
                " ", N(money(R, cur, 25, 90), "price"), {"en": " each", "de": " pro Karte", "fr": " la place", "nl": " per stuk", "es": " cada una", "it": " cadauno"}[lang], "\n", lb[2], ": ", CARD(R), " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), " (", lb[3], ")\n",
                "+ ", ", ".join([""] * 0)]
        for i, g in enumerate(guests):
            body += ([", "] if i else []) + [P(g.full)]
        body += ["\nE-mail: ", EM(R, buyer), "\n"]
        req = lb[4]
    return "receipt" if mode == "order" else ("list" if mode == "guestlist" else "notes"), lang, wrap(R, req, body)


# ---------------------------------------------------------------- 13 wedding / party planning chat
WED = {
    "en": ("GB", ["ok so invites need to go to:", "nan said she's not sure about the address for", "also the florist wants a deposit, I'll just put it on my card:", "venue's confirmed!! Hexham Abbey Hall, 14 June"],
           "Can you turn the addresses into a mail-merge table for the invitations?"),
    "de": ("DE", ["Einladungen gehen an:", "Oma weiß die Adresse von", "Anzahlung Location hab ich schon überwiesen", "Saal ist bestätigt: Gasthaus zur Linde, 14. Juni"],
           "Kannst du aus den Adressen eine Tabelle für die Einladungen machen?"),
    "fr": ("FR", ["les faire-part partent chez :", "mamie n'est pas sûre de l'adresse de", "acompte du traiteur payé", "la salle est confirmée : domaine de la Herse, 14 juin"],
           "Tu peux me faire un tableau d'adresses pour les faire-part ?"),
    "it": ("IT", ["le partecipazioni vanno a:", "la nonna non è sicura dell'indirizzo di", "caparra al ristorante fatta", "location confermata: Villa sul lago, 14 giugno"],
           "Mi fai una tabella con gli indirizzi per le partecipazioni?"),
    "es": ("ES", ["las invitaciones van a:", "la abuela no sabe bien la dirección de", "señal del catering pagada", "finca confirmada: 14 de junio"],
           "¿Me haces una tabla con las direcciones para las invitaciones?"),
    "nl": ("NL", ["de uitnodigingen gaan naar:", "oma weet het adres niet zeker van", "aanbetaling locatie gedaan", "locatie bevestigd: 14 juni"],
           "Kun je de adressen in een tabel zetten voor de kaarten?"),
    "pt": ("PT", ["os convites vão para:", "a avó não tem a certeza da morada de", "sinal da quinta pago", "quinta confirmada: 14 de junho"],
           "Fazes-me uma tabela com as moradas para os convites?"),
    "in": ("IN", ["cards to be couriered to:", "mummy doesn't have the correct address of", "caterer advance paid", "mandap booked for 14 Feb muhurat"],
           "Please make an address list for the wedding cards from this chat."),
    "sv": ("SE", ["inbjudningar till:", "mormor är osäker på adressen till", "handpenning till festlokalen betald", "lokalen bekräftad: 14 juni"],
           "Kan du göra en adresslista för inbjudningarna?"),
}


@tpl(18)
def wedding_chat(R):
    lang = R.choice(sorted(WED))
    cc, lines, req = WED[lang]
    C = Ctx(R)
    a, b = C.person(cc, g="f"), C.person(cc, g="m")
    guests = [C.person(cc) for _ in range(R.randint(1, 2))]
    body = []
    t = R.randint(8, 20)

    clock = [t * 60 + R.randint(0, 20)]

    def hdr(p):
        clock[0] += R.randint(1, 25)
        return [N("[%02d:%02d]" % (clock[0] // 60 % 24, clock[0] % 60), "chat_timestamp"), " ", P(p.given), ": "]
    body += hdr(a) + [lines[0], "\n"]
    for g in guests:
        body += ["- ", P(g.full), R.choice([" & family", " + partner", "", ""]) if lang in ("en", "in") else "", ", ", ADR(R, cc), "\n"]
    body += hdr(b) + [lines[1] + " ", P(R.choice(guests).given), " 🙈\n"]
    if R.random() < 0.35:
        body += hdr(a) + [lines[2] + " ", CARD(R) if lines[2].endswith(":") else "", "\n"] if lines[2].endswith(":") else hdr(a) + [lines[2], " ", N(money(R, {"en": "GBP", "de": "EUR_de", "fr": "EUR_fr", "it": "EUR_fr", "es": "EUR_fr", "nl": "EUR_nl", "pt": "EUR_fr", "in": "INR", "sv": "SEK"}[lang], 300, 2500), "price"), "\n"]
    body += hdr(b) + [lines[3], "\n"]
    if R.random() < 0.5:
        body += hdr(a) + [{"en": "her mobile if the printer needs it: ", "de": "Handy von ihr falls die Druckerei fragt: ", "fr": "son portable si l'imprimeur a besoin : ", "it": "il suo cell se serve: ", "es": "su móvil por si acaso: ",
                           "nl": "haar nummer voor de drukker: ", "pt": "o telemóvel dela se precisarem: ", "in": "her number for the courier guy: ", "sv": "hennes nummer om tryckeriet undrar: "}[lang], PH(R, cc), "\n"]
    return "chat_export", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 14 gym / fitness app
GYM = {
    "DE": ("de", ["McFIT", "FitX", "Urban Sports Club", "clever fit"], "Mitgliedsantrag", "Kannst du mir sagen, wie ich da wieder rauskomme? Kündigungsfrist?"),
    "GB": ("en", ["PureGym", "The Gym Group", "Better Leisure", "Anytime Fitness"], "Membership sign-up", "How do I cancel this before the minimum term? Also is it normal they keep my card?"),
    "US": ("en", ["Planet Fitness", "Crunch Fitness", "Orangetheory", "Peloton"], "Member agreement", "help me write a cancellation letter, they say I need to do it in person"),
    "NL": ("nl", ["Basic-Fit", "SportCity", "TrainMore"], "Inschrijving", "Hoe zeg ik dit op? Ik zit vast aan een jaarcontract."),
    "FR": ("fr", ["Basic-Fit", "Fitness Park", "L'Orange Bleue", "Keepcool"], "Contrat d'abonnement", "Comment résilier avant la fin de l'engagement ?"),
    "ES": ("es", ["Altafit", "VivaGym", "Synergym"], "Alta de socio", "¿Cómo me doy de baja? No encuentro la opción."),
    "IT": ("it", ["Virgin Active", "McFIT Italia", "Anytime Fitness"], "Contratto di iscrizione", "Come faccio a disdire prima della scadenza?"),
    "AU": ("en", ["Jetts", "Snap Fitness", "F45 Training"], "Membership form", "Can I freeze this membership while I'm overseas?"),
}


@tpl(34)
def gym(R):
    cc = R.choice(sorted(GYM))
    lang, brands, title, req = GYM[cc]
    C = Ctx(R)
    p = C.person(cc)
    brand = R.choice(brands)
    mode = R.choice(["form", "app"])
    cur = {"DE": "EUR_de", "GB": "GBP", "US": "USD", "NL": "EUR_nl", "FR": "EUR_fr", "ES": "EUR_fr", "IT": "EUR_fr", "AU": "AUD"}[cc]
    if mode == "form":
        lb = {"de": ("Name", "Geburtsdatum", "Adresse", "Mobil", "E-Mail", "Mitgliedsnummer", "Tarif", "Zahlungsart", "Spind-Code (selbst gewählt)"),
              "en": ("Name", "Date of birth", "Address", "Mobile", "Email", "Member ID", "Plan", "Payment", "Locker code (your choice)"),
              "nl": ("Naam", "Geboortedatum", "Adres", "Mobiel", "E-mail", "Lidnummer", "Abonnement", "Betaling", "Kluiscode (zelf gekozen)"),
              "fr": ("Nom", "Date de naissance", "Adresse", "Portable", "E-mail", "N° adhérent", "Formule", "Paiement", "Code casier (au choix)"),
              "es": ("Nombre", "Fecha de nacimiento", "Dirección", "Móvil", "Email", "N.º socio", "Tarifa", "Pago", "Código taquilla"),
              "it": ("Nome", "Data di nascita", "Indirizzo", "Cellulare", "Email", "N. tessera", "Piano", "Pagamento", "Codice armadietto")}[lang]
        body = [brand, " – ", title, "\n", lb[0], ": ", P(p.full), "\n", lb[1], ": ", DOB(R, cc, 1970, 2006), "\n", lb[2], ": ", ADR(R, cc), "\n", lb[3], ": ", PH(R, cc), "\n", lb[4], ": ", EM(R, p),
                "\n", lb[5], ": ", N(luhn_bad(str(R.randint(10 ** 11, 10 ** 12 - 1))), "membership_number"), "\n", lb[6], ": ", N(R.choice(["Premium", "Basic", "Comfort", "Off-Peak", "All Inclusive"]) + " " + money(R, cur, 15, 90), "price"),
                "\n", lb[7], ": "]
        if R.random() < 0.7:
            body += [CARD(R), " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")]
        else:
            body += ["SEPA ", IB(R, {"DE": "DE", "NL": "NL", "FR": "FR", "ES": "ES", "IT": "IT"}.get(cc, "IE")) if cc in ("DE", "NL", "FR", "ES", "IT") else N("Direct Debit, sort code 20-**-** ****4471", "masked_account")]
        body += ["\n", lb[8], ": ", SEC("%04d" % R.randint(0, 9999), "locker_code"), "\n"]
        return "form", lang, wrap(R, req, body)
    # app account / sign-in alert
    lbl = {"de": ("Dein Konto", "Neue Anmeldung", "von IP", "Passwort geändert? Neues Passwort", "Check-in-Code für das Studio"),
           "en": ("Your account", "New sign-in", "from IP", "Password reset – new password", "Door access code"),
           "nl": ("Je account", "Nieuwe login", "vanaf IP", "Nieuw wachtwoord", "Toegangscode deur"),
           "fr": ("Ton compte", "Nouvelle connexion", "depuis l'IP", "Nouveau mot de passe", "Code d'accès porte"),
           "es": ("Tu cuenta", "Nuevo inicio de sesión", "desde IP", "Contraseña nueva", "Código de acceso"),
           "it": ("Il tuo account", "Nuovo accesso", "da IP", "Nuova password", "Codice porta")}[lang]
    body = [brand, " app – ", lbl[0], "\n", P(p.full), "\n", EM(R, p), "\n", PH(R, cc), "\n\n", lbl[1], " ", N(event_date(R, cc) + " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "signin_time"), " ", lbl[2], " ", IP(R, v6=R.random() < 0.3),
            " (", R.choice(["Chrome on Windows", "iPhone", "Android"]), ")\n"]
    if R.random() < 0.7:
        body += ["\n", {"de": "Meine Notizen:", "en": "my notes:", "nl": "notities:", "fr": "mes notes :", "es": "mis notas:", "it": "appunti:"}[lang], "\n", lbl[3], ": ", SEC(password(R), "password"), "\n", lbl[4], ": ", SEC("%s%d#" % (R.choice(["", "*"]), R.randint(100000, 999999)), "door_code"), "\n"]
    else:
        body += ["\n", {"de": "Mein Apple-ID App-Passwort für die Sync:", "en": "app-specific password for the watch sync:", "nl": "app-wachtwoord voor de sync:", "fr": "mot de passe d'application pour la synchro :", "es": "contraseña de aplicación:", "it": "password per l'app:"}[lang], " ", SEC(app_password(R), "app_password"), "\n"]
    body += [N({"de": "Mitgliedsnr.", "en": "Member no.", "nl": "Lidnr.", "fr": "N° membre", "es": "Socio n.º", "it": "Tessera"}[lang] + " " + "%d" % R.randint(10 ** 6, 10 ** 8), "membership_number"), "\n"]
    req2 = {"de": "Das war nicht ich – was soll ich jetzt tun?", "en": "That sign-in wasn't me. What should I do?", "nl": "Die login was ik niet, wat nu?", "fr": "Cette connexion ce n'est pas moi, je fais quoi ?", "es": "Ese inicio no fui yo, ¿qué hago?", "it": "Quell'accesso non ero io, cosa faccio?"}[lang]
    return "screenshot", lang, wrap(R, req2, body)


# ---------------------------------------------------------------- 15 club website admin notes (.env)
ENV_REQ = {"en": ["The booking page throws 500 since the update – anything wrong in the config?", "Can you explain what each of these settings does? I inherited the club website.", "I'm handing the website over to the new volunteer, write a handover note from this."],
           "de": ["Seit dem Update geht die Platzbuchung nicht mehr – siehst du was in der Config?", "Ich übergebe die Vereinsseite an den neuen Webwart, schreib mir eine Übergabenotiz."],
           "fr": ["Depuis la mise à jour la réservation des courts plante, tu vois un souci dans la config ?"], "nl": ["Sinds de update werkt baanreservering niet meer, zie jij iets in de config?"],
           "es": ["Desde la actualización no funcionan las reservas de pistas, ¿ves algo raro?"], "it": ["Dopo l'aggiornamento le prenotazioni dei campi non vanno, vedi errori?"]}


@tpl(22)
def club_env(R):
    lang = R.choice(["en", "en", "de", "de", "fr", "nl", "es", "it"])
    C = Ctx(R)
    admin = C.person({"en": R.choice(["GB", "US", "AU"]), "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT"}[lang])
    club = R.choice(["tc-gaustadt", "hc-kieviten", "padel-logrono", "rowing-kendal", "asd-lucca-tennis", "badminton-colmar", "squash-bend"])
    head = {"en": "# %s.org – production .env (notes by %s)\n", "de": "# %s.de – .env Produktivserver (Notizen: %s)\n", "fr": "# %s.fr – .env prod (notes de %s)\n",
            "nl": "# %s.nl – .env productie (notities %s)\n", "es": "# %s.es – .env producción (notas de %s)\n", "it": "# %s.it – .env produzione (appunti di %s)\n"}[lang]
    hs = head.split("%s")
    body = [hs[0], club, hs[1], P(admin.full), hs[2]]
    body += ["APP_ENV=production\nAPP_URL=https://", club, ".", {"en": "org", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it"}[lang], "\n",
             "APP_KEY=base64:", SEC(base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode(), "app_key"), "\n",
             "DB_HOST=", IP(R), "\nDB_PORT=3306\nDB_DATABASE=", club.replace("-", "_"), "\nDB_USERNAME=", club.split("-")[0] + "_app", "\nDB_PASSWORD=", SEC(password(R), "db_password"), "\n\n",
             "# booking system (court/boat reservations)\n"]
    k = R.choice(["stripe", "sendgrid", "google", "jwt", "hex"])
    if k == "stripe":
        body += ["STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\nSTRIPE_SECRET_KEY=", SEC(stripe_key(R), "stripe"), "\n"]
    elif k == "sendgrid":
        body += ["MAIL_MAILER=smtp\nMAIL_HOST=smtp.sendgrid.net\nMAIL_USERNAME=apikey\nMAIL_PASSWORD=", SEC(secret_random(R, "sendgrid"), "sendgrid"), "\nMAIL_FROM_ADDRESS=", N("noreply@%s.%s" % (club, {"en": "org", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it"}[lang]), "role_mailbox"), "\n"]
    elif k == "google":
        body += ["GOOGLE_MAPS_KEY=", SEC(secret_random(R, "google_api_key"), "google_api_key"), "\n"]
    elif k == "jwt":
        body += ["BOOKING_API_URL=https://api.eversports.example.com/v2\nBOOKING_API_TOKEN=", SEC(secret_random(R, "jwt"), "jwt"), "\n"]
    else:
        body += ["COURTBOOKING_API_KEY=", SEC(rnd(R, "0123456789abcdef", 32), "api_key"), "\nCOURTBOOKING_CLUB_ID=", N(str(R.randint(1000, 99999)), "club_id"), "\n"]
    tld = {"en": "org", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it"}[lang]
    body += ["SMTP_USER=", N("info@%s.%s" % (club, tld), "role_mailbox"), "\nSMTP_PASS=", SEC(password(R), "smtp_password"), "\n"]
    if R.random() < 0.5:
        body += ["\n# ", {"en": "admin login for the WordPress: ", "de": "WP-Admin: ", "fr": "admin WP : ", "nl": "WP-beheer: ", "es": "admin WP: ", "it": "admin WP: "}[lang], EM(R, admin), " / ", SEC(password(R), "password"), "\n"]
    if R.random() < 0.6:
        body += ["# ", {"en": "server ssh: ", "de": "Server SSH: ", "fr": "serveur ssh : ", "nl": "server ssh: ", "es": "servidor ssh: ", "it": "server ssh: "}[lang], "deploy@", IP(R), " ",
                 {"en": "(ask ", "de": "(bei Fragen ", "fr": "(demander à ", "nl": "(vraag ", "es": "(preguntar a ", "it": "(chiedere a "}[lang], P(admin.given), " ", PH(R, admin.cc), ")\n"]
    body += ["TRUSTED_PROXIES=", N(R.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]), "cidr"), "\nRESOLVER=", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), "\n"]
    return "env", lang, wrap(R, R.choice(ENV_REQ[lang]), body)


# ---------------------------------------------------------------- 16 Discord / Telegram / meetup exports
DISC = {
    "en": ("US", ["Bozeman Trail Runners", "Savannah Board Game Night", "Durham Ultimate Frisbee"], "Can you summarise who's coming and who still owes money?"),
    "ja": ("JP", ["名古屋ボードゲーム会", "仙台ランニング部", "博多フットサル部"], "誰が参加で誰が未払いか整理してください。"),
    "zh": ("CN", ["成都飞盘俱乐部", "杭州夜跑团", "武汉羽毛球群"], "帮我整理一下谁报名了、谁还没交钱。"),
    "ko": ("KR", ["마포 러닝크루", "해운대 보드게임 모임", "유성 배드민턴 동호회"], "누가 오고 누가 아직 회비 안 냈는지 정리해 줘."),
    "ru": ("RU", ["Казанский клуб настолок", "Бег по набережной Самара", "Тверь фрисби"], "Кто идёт и кто ещё не сдал деньги? Сведи в таблицу."),
    "de": ("DE", ["Boulder-Treff Bamberg", "Spieleabend Lüneburg", "Lauftreff Paderborn"], "Fass mal zusammen, wer kommt und wer noch Geld schuldet."),
}


@tpl(20)
def discord(R):
    lang = R.choice(sorted(DISC))
    cc, groups, req = DISC[lang]
    C = Ctx(R)
    g = R.choice(groups)
    C.block(g)
    ppl = [C.person(cc) for _ in range(R.randint(3, 5))]
    mode = R.choice(["discord", "telegram"])
    body = []
    if mode == "discord":
        body += ["#", {"en": R.choice(["general", "events"]), "ja": "連絡", "zh": "活动通知", "ko": "공지", "ru": "встречи", "de": "treffen"}[lang], " — ", g, "\n"]
    else:
        body += [g, " (Telegram)\n"]
    msgs = {"en": ["count me in for saturday", "I'll bring the cones", "venmo me $12 for the field", "my number if you get lost: ", "pickup at mine: "],
            "ja": ["土曜参加します", "コーン持っていきます", "参加費%sお願いします", "迷ったら電話ください：", "集合はうちで："],
            "zh": ["周六我去", "我带飞盘", "场地费%s，记得转", "找不到打我电话：", "在我家楼下集合："],
            "ko": ["토요일 참석이요", "콘 가져갈게요", "회비 %s 보내주세요", "길 잃으면 전화: ", "우리 집 앞에서 모여요: "],
            "ru": ["в субботу буду", "возьму фишки", "взнос %s, переводите", "если потеряетесь, звоните: ", "сбор у меня: "],
            "de": ["Samstag bin ich dabei", "ich bring die Hütchen", "Hallenmiete %s, bitte per PayPal", "falls ihr euch verlauft: ", "Treffpunkt bei mir: "]}[lang]
    cur = {"en": "USD", "ja": "JPY", "zh": "CNY", "ko": "KRW", "ru": "RUB", "de": "EUR_de"}[lang]
    clock = R.randint(7, 12) * 60
    for i, m in enumerate(R.sample(msgs, len(msgs))):
        p = ppl[i % len(ppl)]
        nm = p.full if lang in ("ja", "zh", "ko") else R.choice([p.full, p.given])
        clock += R.randint(2, 95)
        ts = "%02d:%02d" % (clock // 60 % 24, clock % 60)
        body += [P(nm), " — ", N(("Today at %s" if lang == "en" else "%s") % ts, "chat_timestamp"), "\n"] if mode == "discord" else [N("[%s]" % ts, "chat_timestamp"), " ", P(nm), ": "]
        if "%s" in m:
            lo, hi = {"JPY": (500, 3000), "KRW": (5000, 20000), "RUB": (200, 1500), "CNY": (20, 80)}.get(cur, (5, 30))
            body.append(N(m % money(R, cur, lo, hi), "price"))
        elif m.endswith(": ") or m.endswith("："):
            body.append(m)
            body.append(PH(R, cc) if ("number" in m or "電話" in m or "电话" in m or "전화" in m or "звоните" in m or "verlauft" in m) else ADR(R, cc))
        else:
            body.append(m)
        body.append("\n")
    if R.random() < 0.5:
        body += [{"en": "(pinned) bot setup – don't share: ", "ja": "（ピン留め）Bot設定・共有禁止：", "zh": "（置顶）机器人配置，勿外传：", "ko": "(고정) 봇 설정 - 공유 금지: ", "ru": "(закреп) настройки бота, не пересылать: ", "de": "(angepinnt) Bot-Token, nicht teilen: "}[lang],
                 SEC(discord_token(R), "discord_bot_token") if mode == "discord" else SEC(telegram_token(R), "telegram_bot_token"), "\n"]
    return "chat_export", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 17 donation receipts
@tpl(44)
def donation(R):
    C = Ctx(R)
    cc = R.choice(["IN", "IN", "IT", "ES", "PT", "BR", "US", "DE", "NL", "GB"])
    p = C.person(cc)
    amt = {"IN": money(R, "INR", 1001, 51000), "IT": money(R, "EUR_fr", 20, 500), "ES": money(R, "EUR_fr", 20, 500), "PT": money(R, "EUR_fr", 10, 300), "BR": money(R, "BRL", 50, 1000),
           "US": money(R, "USD", 25, 1000), "DE": money(R, "EUR_de", 20, 800), "NL": money(R, "EUR_nl", 20, 500), "GB": money(R, "GBP", 10, 500)}[cc]
    rno = luhn_bad(str(R.randint(10 ** 12, 10 ** 13 - 1))) if R.random() < 0.5 else "%d/%04d" % (R.choice([2025, 2026]), R.randint(1, 2999))
    if cc == "IN":
        org = R.choice(["Shri Ganesh Seva Mandal Trust, Kothrud", "Indiranagar Lake Restoration Foundation", "Lucknow Youth Football Academy Trust"])
        body = [org, "\nReceipt u/s 80G of the Income Tax Act\nReceipt No: ", N(rno, "receipt_number"), "   Date: ", N(event_date(R, cc), "receipt_date"), "\nReceived with thanks from ", P(p.full),
                "\nAddress: ", ADR(R, cc), "\nPAN of donor: ", GOV(pan_random(R, "P", p.family), "in_pan"), "\nMobile: ", PH(R, cc), "\nAmount: ", N(amt, "amount"), " by UPI (Ref ", N(str(R.randint(10 ** 11, 10 ** 12 - 1)), "upi_reference"), ")\n",
                N("Trust PAN: AAATS%04dK  80G Reg. No. AAATS%04dKF2021%d" % (R.randint(1000, 9999), R.randint(1000, 9999), R.randint(1, 9)), "org_tax_id"), "\n"]
        req = R.choice(["Is this receipt valid for claiming 80G deduction? Donor PAN is there.", "Kindly check if receipt format is correct, our CA is asking."])
        lang = "in"
    elif cc == "IT":
        y, m, d = dob_parts(R, 1950, 2000)
        body = ["ASD Polisportiva Cremonese – Ricevuta di erogazione liberale n. ", N(rno, "receipt_number"), "\nSi attesta di aver ricevuto da ", P(p.full), ", C.F. ", GOV(cf_for(R, p, y, m, d), "it_cf"),
                ", residente in ", ADR(R, cc), ", la somma di ", N(amt, "amount"), " a titolo di erogazione liberale.\nC.F. associazione: ", N("9%010d" % R.randint(0, 10 ** 10), "org_tax_id"), "\n"]
        req, lang = "È detraibile nel 730? Cosa devo conservare?", "it"
    elif cc == "ES":
        body = ["Certificado de donación – Club de Remo Girona\nDonante: ", P(p.full), "\nNIF: ", GOV("%s%s" % dni_random(R), "es_dni"), "\nDomicilio: ", ADR(R, cc), "\nImporte: ", N(amt, "amount"),
                "\nFecha: ", N(event_date(R, cc), "donation_date"), "\nCIF de la entidad: ", N("G%08d" % R.randint(0, 10 ** 8), "org_tax_id"), "\n"]
        req, lang = "¿Con esto me vale para la deducción en la renta (modelo 182)?", "es"
    elif cc == "PT":
        body = ["Recibo de donativo n.º ", N(rno, "receipt_number"), " – Associação Humanitária dos Bombeiros de Viseu\nDoador: ", P(p.full), "\nNIF: ", GOV(nif_pt_make(R), "pt_nif"), "\nMorada: ", ADR(R, cc),
                "\nValor: ", N(amt, "amount"), "\nNIPC da associação: ", N("50%07d" % R.randint(0, 10 ** 7), "org_tax_id"), "\n"]
        req, lang = "Isto conta para o IRS? O NIF está bem?", "pt"
    elif cc == "BR":
        cpf = cpf_random(R)
        body = ["Recibo de doação – Projeto Craques de Boa Viagem\nRecebemos de ", P(p.full), ", CPF ", GOV("%s.%s.%s-%s" % (cpf[:3], cpf[3:6], cpf[6:9], cpf[9:]), "br_cpf"), ", a quantia de ", N(amt, "amount"),
                " via Pix.\nContato: ", PH(R, cc), " – ", EM(R, p), "\nCNPJ: ", N("%02d.%03d.%03d/0001-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99)), "cnpj"), "\n"]
        req, lang = "Dá pra deduzir isso no imposto de renda?", "pt"
    elif cc == "US":
        body = ["Bozeman Blizzard Softball Boosters, a 501(c)(3) nonprofit (EIN ", N("%02d-%07d" % (R.randint(10, 99), R.randint(0, 10 ** 7)), "ein"), ")\n\nDear ", P(p.given), ",\nThank you for your gift of ", N(amt, "amount"),
                " received on ", N(event_date(R, cc), "donation_date"), ". No goods or services were provided in exchange.\n\nDonor: ", P(p.full), "\n", ADR(R, cc, ml=True), "\n", EM(R, p), "\n"]
        req, lang = "Is this enough for my taxes or do I need something else from them?", "en"
    elif cc == "DE":
        body = ["Zuwendungsbestätigung (Geldzuwendung) – Förderverein Freibad Lüneburg-Kaltenmoor e.V.\nName und Anschrift des Zuwendenden:\n", P(p.full), "\n", ADR(R, cc, ml=True), "\nBetrag: ", N(amt, "amount"),
                "\nTag der Zuwendung: ", N(event_date(R, cc), "donation_date"), "\nSteuernummer des Vereins: ", N("33/%03d/%05d" % (R.randint(0, 999), R.randint(0, 99999)), "org_tax_id"), "\n"]
        req, lang = "Reicht das fürs Finanzamt oder brauch ich das Original?", "de"
    elif cc == "NL":
        body = ["Bedankt voor je gift!\nStichting Vrienden van Roeivereniging IJsselvogels (ANBI, RSIN ", N("8%08d" % R.randint(0, 10 ** 8), "rsin"), ")\nGever: ", P(p.full), "\n", ADR(R, cc), "\nBedrag: ", N(amt, "amount"),
                "\nVan rekening: ", IB(R, "NL"), "\n"]
        req, lang = "Kan ik dit aftrekken bij de belastingaangifte?", "nl"
    else:
        body = ["Gift Aid declaration – Whitby Lifeboat Supporters\nTitle: ", R.choice(["Mr", "Mrs", "Ms", "Dr"]), "  First name: ", P(p.given), "  Surname: ", P(p.family), "\nHome address: ", ADR(R, cc),
                "\nDonation: ", N(amt, "amount"), "\n", N("Charity no. %d" % R.randint(200000, 1199999), "charity_number"), "\nI am a UK taxpayer and understand that if I pay less Income Tax...\nEmail: ", EM(R, p), "\n"]
        req, lang = "Have I filled this in right?", "en"
    return "receipt", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 18 sponsorship letters
@tpl(22)
def sponsor(R):
    cc = R.choice(["DE", "GB", "NL", "FR", "IT", "ES", "AT"])
    lang = CC_LANG[cc]
    C = Ctx(R)
    chair = C.person(cc)
    contact = C.person(cc)
    firm = R.choice({"DE": ["Bäckerei Ruschweg GmbH", "Autohaus Lindenhof", "Sparkasse Bamberg"], "GB": ["Dale View Plumbing Ltd", "Hexham Co-operative", "Kiln Lane Builders"],
                     "NL": ["Bouwbedrijf IJsseldelta", "Rabobank Salland"], "FR": ["Boulangerie du Lavoir", "Crédit Agricole Anjou"], "IT": ["Pasticceria Le Ginestre", "Cassa Rurale Trento"],
                     "ES": ["Bodegas Valle del Najerilla", "Talleres Ebro"], "AT": ["Raiffeisenbank Wels", "Tischlerei Föhrenholz"]}[cc])
    C.block(firm)
    iban = IB(R, cc, holder="org")
    txt = {"de": (["Sehr geehrte/r ", "", ",\n\nder ", "TSV Eintracht Hallstadt", " sucht für die Saison 2026/27 Trikotsponsoren für unsere C-Jugend. Für ", " erhalten Sie Ihr Logo auf 18 Trikots und eine Bandenwerbung am Sportplatz.\n\nÜberweisung bitte auf das Vereinskonto ", ".\nRückfragen gern direkt an mich: ", " oder ", "\n\nMit sportlichen Grüßen\n", "\n1. Vorsitzende/r"], "Kannst du den Brief überzeugender machen?"),
           "en": (["Dear ", "", ",\n\n", "Kendal Harriers Netball", " are looking for a kit sponsor for the 2026/27 season. For ", " your logo would appear on our match bibs and website.\n\nPayment can be made to the club account ", ".\nDo get in touch: ", " or ", "\n\nKind regards,\n", "\nClub Chair"], "Can you make this letter more persuasive but still short?"),
           "nl": (["Geachte ", "", ",\n\n", "Hockeyclub De Kieviten", " zoekt een shirtsponsor voor het seizoen 2026/27. Voor ", " staat uw logo op de shirts en op de website.\n\nBetaling op rekening ", ".\nVragen: ", " of ", "\n\nMet sportieve groet,\n", "\nVoorzitter"], "Kun je deze brief wat pakkender maken?"),
           "fr": (["Madame, Monsieur ", "", ",\n\nle ", "Stade Niortais Rugby École", " recherche un partenaire maillots pour 2026/27. Pour ", ", votre logo figurera sur les maillots et notre site.\n\nVirement sur le compte du club ", ".\nContact : ", " ou ", "\n\nSportivement,\n", "\nPrésident(e)"], "Tu peux rendre ce courrier plus convaincant ?"),
           "it": (["Gentile ", "", ",\n\nla ", "Pallavolo Lucca San Concordio", " cerca uno sponsor maglie per la stagione 2026/27. Con ", " il vostro logo sarà sulle divise e sul sito.\n\nBonifico sul conto dell'associazione ", ".\nPer info: ", " oppure ", "\n\nCordiali saluti,\n", "\nIl Presidente"], "Me la rendi più convincente?"),
           "es": (["Estimado/a ", "", ":\n\nel ", "Club Deportivo Berceo", " busca patrocinador de equipaciones para 2026/27. Por ", " su logo aparecerá en las camisetas y la web.\n\nIngreso en la cuenta del club ", ".\nContacto: ", " o ", "\n\nUn saludo deportivo,\n", "\nPresidente/a"], "¿Me la haces más convincente?")}[lang]
    t, req = txt
    cur = {"DE": "EUR_de", "AT": "EUR_de", "GB": "GBP", "NL": "EUR_nl", "FR": "EUR_fr", "IT": "EUR_fr", "ES": "EUR_fr"}[cc]
    fem = contact.g == "f"
    sal = {"de": "Sehr geehrte Frau " if fem else "Sehr geehrter Herr ", "en": "Dear ", "nl": "Geachte mevrouw " if fem else "Geachte heer ", "fr": "Madame " if fem else "Monsieur ",
           "it": "Gentile dott.ssa " if fem else "Gentile dott. ", "es": "Estimada Sra. " if fem else "Estimado Sr. "}[lang]
    body = [firm, "\nz. Hd. " if lang == "de" else "\nAttn: " if lang == "en" else "\n", P(contact.full), "\n\n", sal, P(contact.family if lang != "en" else contact.given), t[2], t[3], t[4], N(money(R, cur, 250, 1500), "price"), t[5], iban, t[6], PH(R, cc), t[7], EM(R, chair), t[8], P(chair.full), t[9], "\n"]
    return "letter", lang, wrap(R, req, body)


def steuer_fmt(R, s):
    return s if R.random() < 0.5 else " ".join(split_groups(s, [2, 3, 3, 3]))


# ---------------------------------------------------------------- 19 coaches' and referees' payment forms
@tpl(48)
def coach_pay(R):
    C = Ctx(R)
    cc = R.choice(["DE", "DE", "NL", "US", "GB", "IT", "ES", "SE", "AT"])
    p = C.person(cc)
    y, m, d = dob_parts(R, 1965, 2004)
    if cc in ("DE", "AT"):
        body = ["Übungsleiterpauschale § 3 Nr. 26 EStG – Erklärung\nVerein: ", "TSV Eintracht Hallstadt" if cc == "DE" else "Union Volleyballclub Dornbirn", "\nName: ", P(p.full), "\nGeburtsdatum: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nAnschrift: ", ADR(R, cc), "\n"]
        if cc == "DE":
            body += ["Steuer-ID: ", GOV(steuer_fmt(R, steuerid_random(R)), "de_steuerid"), "\n"]
        else:
            body += ["SV-Nummer: ", N("siehe e-card", "placeholder"), "\n"]
        body += ["Tätigkeit: Trainer/in ", R.choice(["U13", "Damen 1", "Kinderturnen", "Schwimmen"]), ", ", N("%d Std./Woche" % R.randint(2, 8), "hours"), "\nVergütung: ", N(money(R, "EUR_de", 50, 250) + " monatlich", "amount"),
                "\nIch versichere, den Freibetrag von ", N("3.000\u00a0€", "amount"), " nicht bei anderen Arbeitgebern in Anspruch zu nehmen.\nAuszahlung auf: ", IB(R, cc), "\nMobil: ", PH(R, cc), "\n"]
        return "form", "de", wrap(R, "Muss ich das so unterschreiben? Was bedeutet der Freibetrag?", body)
    if cc == "NL":
        body = ["Aanvraag VOG (Verklaring Omtrent het Gedrag) – vrijwilliger jeugdtrainer\nOrganisatie: vv Zwolsche Boys (gratis VOG-regeling)\nAchternaam: ", P(p.family), "\nVoornamen: ", P(p.given),
                "\nGeboortedatum: ", L("dob", fmt_date(R, cc, y, m, d)), "\nBSN: ", GOV(bsn_random(R), "nl_bsn"), "\nAdres: ", ADR(R, cc), "\nE-mail: ", EM(R, p), "\nTelefoon: ", PH(R, cc),
                "\nScreeningsprofiel: ", N("45, 84 en 86", "screening_profile"), "\n"]
        return "form", "nl", wrap(R, "Moet ik mijn BSN hier echt invullen voor de club? Is dat veilig?", body)
    if cc == "US":
        a, g, s = ssn_random(R)
        body = ["Form W-9 (for youth soccer referee payments)\n1 Name: ", P(p.full), "\n3 Federal tax classification: Individual/sole proprietor\n5 Address: ", ADR(R, cc, ml=False),
                "\nPart I – Taxpayer Identification Number\nSocial security number: ", GOV("%s-%s-%s" % (a, g, s), "us_ssn"), "\nSigned: ", P(p.full), "  Date: ", N(event_date(R, cc), "signature_date"),
                "\n\nRef assignor wants it emailed to ", N("treasurer@durhamyouthsoccer.org", "role_mailbox"), ". My cell is ", PH(R, cc), " if they need to call.\n"]
        return "form", "en", wrap(R, "is it safe to email this? feels weird sending my SSN to a volunteer treasurer", body)
    if cc == "GB":
        pre, num, suf = nino_random(R)
        body = ["DBS application – volunteer (Kendal Harriers Netball)\nSurname: ", P(p.family.upper()), "\nForename(s): ", P(p.given.upper()), "\nDOB: ", L("dob", fmt_date(R, cc, y, m, d)),
                "\nNI number: ", GOV("%s %s %s %s %s" % (pre, num[:2], num[2:4], num[4:], suf) if R.random() < 0.5 else pre + num + suf, "gb_nino"), "\nCurrent address: ", ADR(R, cc), "\nPhone: ", PH(R, cc), "\nEmail: ", EM(R, p),
                "\nRole: Junior coach (regulated activity with children)\n"]
        return "form", "en", wrap(R, "Is this right for a volunteer DBS? Do I need the NI number?", body)
    if cc == "IT":
        body = ["Dichiarazione compensi sportivi dilettantistici – ASD Virtus Lecce\nIl/la sottoscritto/a ", P(p.full), " nato/a il ", L("dob", fmt_date(R, cc, y, m, d)), ", C.F. ", GOV(cf_for(R, p, y, m, d), "it_cf"),
                ", residente in ", ADR(R, cc), ", dichiara di non aver superato la soglia di ", N("5.000 €", "amount"), " per l'anno 2026.\nIBAN per l'accredito: ", IB(R, "IT"), "\nCell. ", PH(R, cc), "\n"]
        return "form", "it", wrap(R, "Mi spieghi cosa sto dichiarando qui?", body)
    if cc == "ES":
        body = ["Recibo de gratificación – árbitro voluntario\nD./Dña. ", P(p.full), " con DNI ", GOV(R.choice(["%s%s", "%s-%s"]) % dni_random(R), "es_dni"), " y domicilio en ", ADR(R, cc), ", recibe ",
                N(money(R, "EUR_fr", 20, 80), "amount"), " por el arbitraje del partido ", N("%s – %s (%d-%d)" % ("CD Berceo", "UD Gironella", R.randint(0, 5), R.randint(0, 5)), "match_result"), ".\nIBAN: ", IB(R, "ES"), "\nTel.: ", PH(R, cc), "\n"]
        return "form", "es", wrap(R, "¿Esto tiene que tributar? ¿Está bien el recibo?", body)
    body = ["Arvodesunderlag – domare (Västerås Innebandy)\nNamn: ", P(p.full), "\nPersonnummer: ", GOV(pnr_make(y, m, d, R), "se_personnummer"), "\nAdress: ", ADR(R, cc), "\nMobil: ", PH(R, cc),
            "\nClearingnr/konto: ", N("8327-9, %s" % luhn_bad(str(R.randint(10 ** 9, 10 ** 10 - 1))), "bank_account"), "\nMatch: ", N("Västerås IBK – Umeå City %d–%d" % (R.randint(0, 9), R.randint(0, 9)), "match_result"), "\n"]
    return "form", "sv", wrap(R, "Blir det skatt på det här? Hur fyller jag i?", body)


# ---------------------------------------------------------------- 20 Japanese / Korean / Chinese club contact lists
@tpl(14)
def asia_club(R):
    cc = R.choice(["JP", "JP", "KR", "CN"])
    C = Ctx(R)
    if cc == "JP":
        title = R.choice(["少年野球チーム 緊急連絡網（%d年度）", "町内会 夏祭り 係分担表（%d年）", "子ども会 名簿（%d年度）"]) % 2026
        rows = [title, "\n", "学年 | 名前 | 保護者 | 電話 | 住所\n"]
        for i in range(R.randint(2, 3)):
            par = C.person(cc)
            kid = C.child(par)
            rows += [N("%d年" % R.randint(1, 6), "grade"), " | ", P(kid.full if R.random() < 0.5 else kid.full_sp), " | ", P(par.full), " | ", PH(R, cc), " | ", ADR(R, cc) if R.random() < 0.6 else "", "\n"]
        rows += [N("会費：月%s（振込先は監督まで）" % money(R, "JPY", 1000, 3000), "fee"), "\n"]
        req = R.choice(["この名簿をExcelに貼れる形に直してください。", "電話の順番（連絡網）を学年順に並べ替えてください。"])
        return "list", "ja", wrap(R, req, rows)
    if cc == "KR":
        rows = [R.choice(["마포 조기축구회 회원 명단", "유성 배드민턴 동호회 연락처", "해운대 러닝크루 정기런 신청자"]), "\n이름 | 생년월일 | 연락처 | 주소\n"]
        for i in range(R.randint(2, 3)):
            p = C.person(cc)
            rows += [P(p.full), " | ", DOB(R, cc, 1965, 2003), " | ", PH(R, cc), " | ", ADR(R, cc) if R.random() < 0.5 else "-", "\n"]
        rows += [N("회비: 월 %s, 계좌 카카오뱅크 3333-**-***%d" % (money(R, "KRW", 10000, 30000), R.randint(1000, 9999)), "masked_account"), "\n"]
        return "list", "ko", wrap(R, "이 명단 엑셀에 붙여넣기 좋게 정리해 줘.", rows)
    rows = [R.choice(["成都飞盘俱乐部 周末活动报名表", "杭州夜跑团 新成员登记", "武汉羽毛球群 比赛报名"]), "\n序号\t姓名\t手机\t出生日期\t身份证号\n"]
    for i in range(R.randint(2, 3)):
        p = C.person(cc)
        y, m, d = dob_parts(R, 1975, 2005)
        rows += ["%d\t" % (i + 1), P(p.full), "\t", PH(R, cc), "\t", L("dob", fmt_date(R, cc, y, m, d)), "\t"]
        rows += [GOV(cnid_make(R, y, m, d, p.g == "f"), "cn_resident_id") if R.random() < 0.7 else "（未填）", "\n"]
    rows += [N("报名费 %s/人，场地：体育中心3号馆" % money(R, "CNY", 30, 120), "fee"), "\n"]
    return "list", "zh", wrap(R, R.choice(["帮我把这个表整理成Excel格式。", "买保险需要身份证号，帮我检查一下有没有漏填的。"]), rows)


# ---------------------------------------------------------------- 21 birthday / party planning
PARTY = {
    "en": ("US", "Maya's 8th birthday – RSVPs so far", "Can you write a reminder message to the parents who haven't replied?"),
    "de": ("DE", "Kindergeburtstag Samstag – Zusagen", "Kannst du eine Erinnerung an die Eltern schreiben, die noch nicht geantwortet haben?"),
    "fr": ("FR", "Anniversaire des 40 ans – réponses", "Tu peux écrire un petit rappel pour ceux qui n'ont pas répondu ?"),
    "es": ("MX", "Fiesta de XV años – confirmaciones", "¿Me ayudas a escribir un recordatorio para los que no han confirmado?"),
    "it": ("IT", "Festa dei 50 anni – conferme", "Mi scrivi un promemoria per chi non ha ancora risposto?"),
    "nl": ("BE", "Verjaardagsfeest 30 jaar – aanmeldingen", "Kun je een herinnering sturen naar wie nog niet reageerde?"),
    "pt": ("BR", "Aniversário de 1 ano – confirmados", "Me ajuda a escrever um lembrete pra quem não confirmou?"),
    "tr": ("TR", "Nişan yemeği – katılım listesi", "Cevap vermeyenlere kibar bir hatırlatma yazar mısın?"),
}


@tpl(14)
def party(R):
    lang = R.choice(sorted(PARTY))
    cc, title, req = PARTY[lang]
    C = Ctx(R)
    host = C.person(cc)
    C.block("Maya")
    rows = [title, "\n"]
    for i in range(R.randint(2, 4)):
        g = C.person(cc)
        st = R.choice({"en": ["yes", "no", "maybe", "?"], "de": ["ja", "nein", "vielleicht", "?"], "fr": ["oui", "non", "peut-être", "?"], "es": ["sí", "no", "quizás", "?"], "it": ["sì", "no", "forse", "?"],
                       "nl": ["ja", "nee", "misschien", "?"], "pt": ["sim", "não", "talvez", "?"], "tr": ["evet", "hayır", "belki", "?"]}[lang])
        rows += ["- ", P(g.full if R.random() < 0.6 else g.given), ": ", st]
        if R.random() < 0.5:
            rows += [" – ", PH(R, cc)]
        if R.random() < 0.2:
            rows += [" (", {"en": "allergic to nuts", "de": "Nussallergie", "fr": "allergie arachides", "es": "alergia frutos secos", "it": "allergia noci", "nl": "notenallergie", "pt": "alergia a amendoim", "tr": "fıstık alerjisi"}[lang], ")"]
        rows.append("\n")
    rows += [{"en": "Party at ours: ", "de": "Feier bei uns: ", "fr": "Chez nous : ", "es": "En casa: ", "it": "Da noi: ", "nl": "Bij ons thuis: ", "pt": "Lá em casa: ", "tr": "Adres: "}[lang], ADR(R, cc), ", ",
             N({"en": "Sat 3–6pm", "de": "Sa 15–18 Uhr", "fr": "sam. 19h", "es": "sáb. 18:00", "it": "sab. ore 20", "nl": "za 20:00", "pt": "sáb 16h", "tr": "Cmt 19:00"}[lang], "event_time"), "\n",
             {"en": "Text ", "de": "Absagen an ", "fr": "Répondre à ", "es": "Confirmar con ", "it": "Conferme a ", "nl": "Afmelden bij ", "pt": "Confirmar com ", "tr": "Katılım için "}[lang], P(host.given), " ", PH(R, cc), "\n"]
    return "list", lang, wrap(R, req, rows)


# ---------------------------------------------------------------- 22 clubhouse smart lock / key safe notes
LOCK = {
    "en": ("GB", "Clubhouse access – new committee", ["Nuki app invite sent to", "key safe by the boathouse door", "alarm panel", "Wi-Fi (members)", "bar till PIN"], "Can you turn this into a handover note for the new committee?"),
    "de": ("DE", "Vereinsheim – Zugänge für den neuen Vorstand", ["Nuki-Einladung an", "Schlüsseltresor am Geräteschuppen", "Alarmanlage", "WLAN Vereinsheim", "Kassen-PIN Theke"], "Mach daraus bitte eine saubere Übergabeliste."),
    "nl": ("NL", "Clubhuis – toegang nieuw bestuur", ["Nuki-uitnodiging naar", "sleutelkluis bij de loods", "alarmcode", "wifi kantine", "kassa-pincode bar"], "Kun je hier een overdrachtsdocument van maken?"),
    "fr": ("FR", "Club-house – accès nouveau bureau", ["invitation Nuki envoyée à", "boîte à clés du hangar", "code alarme", "wifi du club", "code caisse buvette"], "Tu peux en faire une note de passation ?"),
    "sv": ("SE", "Klubbstugan – behörigheter nya styrelsen", ["Nuki-inbjudan till", "nyckelbox vid båthuset", "larmkod", "wifi klubbstugan", "kassakod kiosken"], "Kan du göra en överlämningslista av detta?"),
}


@tpl(16)
def clubhouse(R):
    lang = R.choice(sorted(LOCK))
    cc, title, lb, req = LOCK[lang]
    C = Ctx(R)
    a, b = C.person(cc), C.person(cc)
    body = [title, "\n\n", lb[0], " ", P(a.full), " (", EM(R, a), ") ", {"en": "and", "de": "und", "nl": "en", "fr": "et", "sv": "och"}[lang], " ", P(b.given), " (", PH(R, cc), ")\n",
            lb[1], ": ", SEC("%04d" % R.randint(0, 9999), "key_safe_code"), "\n", lb[2], ": ", SEC("%d%d%d%d%s" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.choice(["", "#", "*"])), "alarm_code"), "\n",
            lb[3], ": SSID ", N(R.choice(["Clubhaus-Gast", "Kieviten-Leden", "Boathouse5G", "Vereinsheim_WLAN", "Klubbstugan"]), "ssid"), " / ", SEC(password(R), "wifi_password"), "\n", lb[4], ": ", SEC("%04d" % R.randint(0, 9999), "pin"), "\n"]
    if R.random() < 0.5:
        body += [{"en": "Router admin", "de": "Router-Login", "nl": "Router beheer", "fr": "Box admin", "sv": "Router admin"}[lang], ": http://", N(R.choice(["192.168.178.1", "192.168.1.1", "192.168.0.1"]), "default_gateway"), " admin / ", SEC(password(R), "admin_password"), "\n"]
    body += [N({"en": "Bar stock order: Monday via Booker, acc. 118-204", "de": "Getränkebestellung: Mo bei Getränke-Ruhland, Kd.-Nr. 40817", "nl": "Bestelling bar: maandag via Sligro, klantnr. 77120", "fr": "Commande buvette : lundi, n° client 55103", "sv": "Kioskbeställning: måndagar, kundnr 90211"}[lang], "customer_number"), "\n"]
    return "notes", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 23 Turkish association / sports club
@tpl(20)
def tr_club(R):
    C = Ctx(R)
    p = C.person("TR")
    par = C.person("TR")
    y, m, d = dob_parts(R, 1970, 2010)
    mode = R.choice(["dernek", "lisans"])
    if mode == "dernek":
        body = ["Kadıköy Kürek ve Yelken Derneği – Üyelik Başvuru Formu\nAdı Soyadı: ", P(p.full), "\nT.C. Kimlik No: ", GOV(tckn_make(R), "tr_tckn"), "\nDoğum Tarihi: ", L("dob", fmt_date(R, "TR", y, m, d)),
                "\nİkametgâh: ", ADR(R, "TR"), "\nCep Tel: ", PH(R, "TR"), "\nE-posta: ", EM(R, p), "\nAidat: ", N(money(R, "TRY", 200, 900) + "/ay", "fee"), "\nÖdeme: ", IB(R, "TR"), "\nReferans üye: ", P(par.full), "\n"]
        req = R.choice(["Formu doğru doldurdum mu?", "Bunu derneğe mail olarak atmak istiyorum, düzgün bir mesaj yazar mısın?"])
    else:
        body = ["Veli Muvafakatnamesi – Sporcu Lisansı\nSporcunun Adı Soyadı: ", P(p.full), "\nDoğum Tarihi: ", L("dob", fmt_date(R, "TR", R.randint(2011, 2016), m, d)), "\nT.C. Kimlik No: ", GOV(tckn_make(R), "tr_tckn"),
                "\nKulübü: Bornova Gençlik Spor\nVelisi: ", P(par.full), "\nVeli Tel: ", PH(R, "TR"), "\nAdres: ", ADR(R, "TR"), "\nLisans No: ", N(str(R.randint(10 ** 6, 10 ** 7)), "licence_number"), "\n"]
        req = "Bu muvafakatnamede eksik bir şey var mı?"
    return "form", "tr", wrap(R, req, body)


# ---------------------------------------------------------------- 25 trip payment chats (card typed in)
TRIP = {
    "en": ("GB", ["Ski club coach trip – Tignes", "Netball tour to Dublin", "Choir trip to Bruges"], ["can you pay my deposit with this, I'm at work:", "sorted, thanks!! I owe you a pint", "no worries, done – booking ref "], "Is it ok that she sent her card like this? How do I tell her nicely not to?"),
    "de": ("DE", ["Skifahrt Skiclub Göppingen – Zillertal", "Chorreise nach Wien", "Mannschaftsfahrt Mallorca"], ["kannst du meine Anzahlung mit der Karte machen? bin auf der Arbeit:", "danke dir!!", "erledigt, Buchungsnr. "], "War das okay, dass sie mir die Karte so schickt? Wie sag ich ihr das freundlich?"),
    "fr": ("FR", ["Voyage du club de ski – Val Thorens", "Tournoi à Barcelone (U15)", "Chorale – week-end à Strasbourg"], ["tu peux payer mon acompte avec ma carte ? je suis au boulot :", "merci !!", "c'est fait, réf. "], "C'est risqué qu'elle m'envoie sa carte comme ça ? Comment lui dire gentiment ?"),
    "nl": ("NL", ["Wintersport skivereniging – Saalbach", "Koorreis naar Praag", "Hockeytoernooi Antwerpen"], ["kun jij mijn aanbetaling met deze kaart doen? zit op werk:", "top, dank je!!", "gedaan, boekingsnr. "], "Is het handig dat ze haar kaart zo stuurt? Hoe zeg ik dat vriendelijk?"),
    "es": ("ES", ["Viaje del club de montaña – Pirineos", "Torneo en Lisboa (alevines)", "Excursión de la coral a Oporto"], ["¿me pagas la señal con esta tarjeta? estoy currando:", "¡gracias!", "hecho, localizador "], "¿Es seguro que me mande la tarjeta así? ¿Cómo se lo digo sin ofenderla?"),
}


@tpl(28)
def trip_payment(R):
    lang = R.choice(sorted(TRIP))
    cc, trips, lines, req = TRIP[lang]
    C = Ctx(R)
    a, b = C.person(cc), C.person(cc)
    trip = R.choice(trips)
    C.block(trip)
    t = R.randint(9, 20)
    mins = sorted(R.sample(range(0, 59), 2))
    body = [trip, "\n", N("[%02d:%02d]" % (t, mins[0]), "chat_timestamp"), " ", P(a.given), ": ", lines[0], " ", CARD(R), " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
            " ", N("cvc %03d" % R.randint(0, 999) if R.random() < 0.5 else "", "card_cvc"), "\n",
            N("[%02d:%02d]" % (t, mins[1]), "chat_timestamp"), " ", P(b.given), ": ", lines[2], N(rnd(R, string.ascii_uppercase + string.digits, 6), "booking_reference"), " · ", N(money(R, {"en": "GBP", "de": "EUR_de", "fr": "EUR_fr", "nl": "EUR_nl", "es": "EUR_fr"}[lang], 80, 350), "price"), "\n",
            N("[%02d:%02d]" % (t + 1, R.randint(0, 59)), "chat_timestamp"), " ", P(a.given), ": ", lines[1], "\n"]
    if R.random() < 0.5:
        body += [N("[%02d:%02d]" % (t + 2, R.randint(0, 59)), "chat_timestamp"), " ", P(b.given), ": ", {"en": "btw what's your mobile for the coach list? ", "de": "welche Handynummer für die Teilnehmerliste? ", "fr": "ton portable pour la liste du car ? ", "nl": "welk nummer voor de deelnemerslijst? ", "es": "¿tu móvil para la lista del bus? "}[lang], "\n",
                 P(a.given), ": ", PH(R, cc), "\n"]
    return "chat_export", lang, wrap(R, req, body)


# ---------------------------------------------------------------- 24 Catalan castellers / esplai
@tpl(22)
def catalan(R):
    C = Ctx(R)
    par = C.person("ES")
    kid = C.child(par)
    mode = R.choice(["colla", "esplai"])
    if mode == "colla":
        body = ["Full d'inscripció – Colla Castellera de Girona (temporada 2026)\nNom i cognoms: ", P(par.full), "\nData de naixement: ", DOB(R, "ES", 1970, 2004, style="num"), "\nAdreça: ", ADR(R, "ES"),
                "\nMòbil: ", PH(R, "ES"), "\nCorreu: ", EM(R, par), "\nPosició: ", R.choice(["pinya", "tronc", "canalla", "gralla"]), "\nQuota: ", N(money(R, "EUR_fr", 20, 60) + " l'any", "fee"),
                "\nDomiciliació: ", IB(R, "ES"), "\nFills/es a la canalla: ", P(kid.given), "\n"]
        req = "Em revises la fitxa abans d'enviar-la a la junta?"
    else:
        y, m, d = dob_parts(R, 2012, 2019)
        body = ["Autorització colònies d'estiu – Esplai El Rec\nJo, ", P(par.full), ", amb DNI ", GOV(R.choice(["%s%s", "%s-%s"]) % dni_random(R), "es_dni"), ", autoritzo el meu fill/a ", P(kid.given),
                ", nascut/da el ", L("dob", fmt_date(R, "ES", y, m, d)), ", a participar a les colònies.\nTelèfon d'urgències: ", PH(R, "ES"), "\nTargeta sanitària: ", N("CatSalut %s%08d" % (R.choice(["ABCD", "EFGH"])[:4], R.randint(0, 10 ** 8)), "health_card"),
                "\nPreu: ", N(money(R, "EUR_fr", 180, 420), "price"), "\n"]
        req = "Pots revisar si l'autorització està ben redactada?"
    return "form", "ca", wrap(R, req, body)


# ====================================================================== clean templates
@tpl(25, clean=True)
def c_fixtures(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ja"])
    teams = {"en": ["Kendal Harriers", "Otley Town", "Stroud AC", "Frome Colts", "Ludlow Rovers"], "de": ["SV Ostheide", "TSV Hallstadt", "SpVgg Gaustadt", "TSG Wieseck", "JSG Heide"],
             "fr": ["AS Pau Nord", "US Colmar", "Angers Doutre", "Stade Niortais", "Quimper Ergué"], "es": ["CD Berceo", "UD Gironella", "CB Santander", "Burgos Cantera"],
             "it": ["Virtus Lecce", "Cremonese U14", "Trento Nord", "Lucca San Concordio"], "nl": ["Zwolsche Boys", "HC Amersfoort", "Sparta Deventer", "Kennemerland"],
             "pt": ["GD Braga", "SC Aveirense", "Clube Viseu", "Atlético Setúbal"], "pl": ["UKS Jedynka", "MKS Opole", "KS Rybacy", "Stal Rzeszów"],
             "sv": ["IFK Umeå", "Västerås IBK", "Lunds BK", "Örebro SK"], "ja": ["名古屋FC U12", "仙台ジュニア", "博多キッカーズ", "岡山ユナイテッド"]}[lang]
    venue = {"en": "Sir Bobby Robson Memorial Pitch", "de": "Fritz-Walter-Sportpark", "fr": "Stade Roland-Garros annexe (terrain 4)", "es": "Estadio Santiago Bernabéu (visita)", "it": "Campo Gaetano Scirea",
             "nl": "Sportpark Johan Cruijff", "pt": "Estádio Eusébio da Silva Ferreira (visita)", "pl": "Stadion im. Kazimierza Górskiego", "sv": "Zlatan Arena (läktare B)", "ja": "長嶋茂雄記念グラウンド"}[lang]
    rows = [{"en": "Fixtures & results – U14 league", "de": "Spielplan & Ergebnisse – C-Jugend Kreisliga", "fr": "Calendrier et résultats – U15 district", "es": "Calendario y resultados – infantil", "it": "Calendario e risultati – Under 14",
             "nl": "Programma en uitslagen – JO15", "pt": "Calendário e resultados – Sub-15", "pl": "Terminarz i wyniki – trampkarze", "sv": "Spelschema och resultat – P14", "ja": "日程と結果 – U12リーグ"}[lang], "\n"]
    for i in range(R.randint(5, 9)):
        a, b = R.sample(teams, 2)
        dm = (R.randint(1, 28), R.randint(1, 12))
        rows += [N(("%d/%d" % (dm[1], dm[0])) if lang == "ja" else ("%02d.%02d." % dm if lang in ("de", "pl", "sv") else "%02d/%02d" % dm), "event_date"), "  ", a, " – ", b, "  ",
                 N(R.choice(["%d:%d", "%d-%d", "%d–%d"]) % (R.randint(0, 6), R.randint(0, 6)), "score"), R.choice(["", "", " (n.V.)" if lang == "de" else " (a.e.t.)" if lang == "en" else ""]), "\n"]
    rows += [{"en": "Venue: ", "de": "Spielort: ", "fr": "Lieu : ", "es": "Campo: ", "it": "Campo: ", "nl": "Locatie: ", "pt": "Local: ", "pl": "Miejsce: ", "sv": "Plats: ", "ja": "会場："}[lang], N(venue, "venue_named_after_person"), "\n",
             N({"en": "League secretary: fixtures@", "de": "Staffelleiter: spielbetrieb@", "fr": "Contact district : secretariat@", "es": "Federación: competiciones@", "it": "Comitato: attivita@", "nl": "Wedstrijdsecretariaat: wedstrijdzaken@",
                "pt": "Associação: provas@", "pl": "Kontakt: rozgrywki@", "sv": "Förbundet: tavling@", "ja": "事務局 info@"}[lang] + "league-example.org", "role_mailbox"), "\n"]
    req = {"en": "Who's top of the table on these results?", "de": "Wer ist nach den Ergebnissen Tabellenführer?", "fr": "Qui est premier avec ces résultats ?", "es": "¿Quién va primero con estos resultados?", "it": "Chi è primo in classifica?",
           "nl": "Wie staat er bovenaan?", "pt": "Quem lidera com esses resultados?", "pl": "Kto prowadzi w tabeli?", "sv": "Vem leder serien?", "ja": "この結果で首位はどこですか？"}[lang]
    return "list", lang, wrap(R, req, rows)


@tpl(25, clean=True)
def c_event_notice(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "zh", "ko", "tr"])
    d = {"en": ("Charity Gala Dinner – Ryder Cup Legends Night", "Venue: Allianz Arena Business Club? No – moved to the Kendal Leisure Centre, Burneside Road, Kendal LA9 4RL", "Tickets %s, tables of 10 %s", "Box office: 01539 729702 · tickets@kendalleisure-example.org", "Can you write a short Facebook post for this?", "GBP"),
         "de": ("Sommerfest mit Stanley-Cup-Trophäe zum Anfassen", "Ort: Max-Schmeling-Halle, Am Falkplatz 1, 10437 Berlin", "Eintritt %s, Kinder %s", "Vorverkauf: Tel. 030 44304-430, karten@vereinsfest-example.de", "Mach mir daraus einen Instagram-Post.", "EUR_de"),
         "fr": ("Tournoi caritatif de tennis – finale au Stade Roland-Garros", "Lieu : 2 avenue Gordon-Bennett, 75016 Paris", "Entrée %s, moins de 12 ans %s", "Infos : billetterie@tournoi-example.fr – 01 47 43 48 00", "Tu peux faire une annonce pour le site du club ?", "EUR_fr"),
         "es": ("Visita al Estadio Santiago Bernabéu para la cantera", "Punto de encuentro: Av. de Concha Espina 1, 28036 Madrid", "Precio %s, acompañantes %s", "Reservas: secretaria@cantera-example.es · 91 398 43 00", "¿Me redactas el aviso para las familias?", "EUR_fr"),
         "it": ("Trofeo Gaetano Scirea – torneo giovanile", "Palazzetto Giorgio Chinaglia, via dello Sport 3, 55100 Lucca", "Iscrizione squadra %s, ingresso %s", "Info: segreteria@trofeo-example.it – 0583 000 111", "Mi scrivi un post per Facebook?", "EUR_fr"),
         "nl": ("Davis Cup kijkavond in de kantine", "Johan Cruijff ArenA, skybox 12 (verloot onder leden)", "Entree %s, leden %s", "Info: activiteiten@club-example.nl", "Kun je hier een nieuwsbriefstukje van maken?", "EUR_nl"),
         "pt": ("Jantar de gala – Taça Eusébio", "Estádio da Luz, Av. Eusébio da Silva Ferreira, 1500-313 Lisboa", "Bilhete %s, mesa %s", "Reservas: eventos@gala-example.pt · 217 219 500", "Podes fazer um texto para o Instagram?", "EUR_fr"),
         "pl": ("Turniej o Puchar im. Kazimierza Deyny", "Hala Sportowa im. Huberta Wagnera, ul. Sportowa 1, Olsztyn", "Wpisowe %s, kibice %s", "Zapisy: turniej@klub-example.pl", "Napiszesz ogłoszenie na stronę?", "PLN"),
         "ru": ("Турнир на Кубок Третьяка", "Ледовый дворец «Татнефть Арена», ул. Чистопольская, 42, Казань", "Взнос %s, зрители %s", "Справки: info@turnir-example.ru", "Напиши короткий анонс для группы ВК.", "RUB"),
         "zh": ("姚明杯青少年篮球邀请赛", "地点：成都市体育中心，顺城大街2号", "报名费 %s，观众 %s", "咨询：赛事组委会 028-8666 0000", "帮我写一段朋友圈文案。", "CNY"),
         "ko": ("박지성 유소년 축구캠프", "장소: 서울월드컵경기장 보조구장, 마포구 월드컵로 240", "참가비 %s, 보호자 %s", "문의: 대회 사무국 02-2128-2002", "인스타 홍보 문구 써 줘.", "KRW"),
         "tr": ("Hidayet Türkoğlu Basketbol Kampı", "Yer: Ülker Sports Arena, Ataşehir/İstanbul", "Katılım %s, veli %s", "Bilgi: kamp@basketbol-example.com.tr", "Instagram için kısa bir duyuru yazar mısın?", "TRY")}[lang]
    title, venue, price, contact, req, cur = d
    lo, hi = (500, 3000) if cur in ("RUB", "CNY", "TRY") else ((10000, 50000) if cur == "KRW" else (5, 60))
    prog = {"en": "Doors 6.30pm · auction · raffle", "de": "Einlass 17 Uhr · Tombola · Live-Musik", "fr": "Ouverture 9h · tombola · buvette", "es": "Apertura 10:00 · sorteo · bar",
            "it": "Inizio ore 9 · lotteria · stand gastronomici", "nl": "Deuren 19:30 · loterij", "pt": "Abertura 19h30 · leilão", "pl": "Start 9:00 · loteria · grill",
            "ru": "Начало в 10:00 · розыгрыш призов", "zh": "上午9点签到 · 抽奖", "ko": "오전 9시 접수 · 경품 추첨", "tr": "Saat 10:00 · çekiliş"}[lang]
    body = [title, "\n", N(event_date(R, "DE"), "event_date"), " – ", N(prog, "event_time"), "\n", N(venue, "venue_address"), "\n", N(price % (money(R, cur, lo, hi), money(R, cur, lo, hi)), "price"), "\n", N(contact, "org_contact"), "\n"]
    return "notice", lang, wrap(R, req, body)


@tpl(25, clean=True)
def c_help_sample(R):
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt", "sv"])
    d = {"de": ("So füllen Sie den Mitgliedsantrag aus (Beispiel):\nName: Max Mustermann\nGeburtsdatum: TT.MM.JJJJ\nAnschrift: Musterstraße 1, 12345 Musterstadt\nIBAN: DE00 0000 0000 0000 0000 00\nE-Mail: max@example.de", "Wie trage ich beim Mitgliedsantrag das Geburtsdatum meines Kindes ein?"),
         "en": ("Example entry for the club registration form:\nName: John Smith\nDOB: DD/MM/YYYY\nAddress: 1 Example Street, Anytown AB1 2CD\nPhone: 07700 900000\nEmail: john.smith@example.com", "What do I put in the DOB field if I'm registering my son?"),
         "fr": ("Exemple de bulletin rempli :\nNom : DUPONT Jean\nNé le : JJ/MM/AAAA\nAdresse : 1 rue de l'Exemple, 75000 Paris\nIBAN : FR76 XXXX XXXX XXXX XXXX XXXX XXX\nCourriel : jean.dupont@example.fr", "Je mets quoi pour mon fils mineur ?"),
         "es": ("Ejemplo de ficha:\nNombre: Juan Español Español\nDNI: 99999999R\nFecha de nacimiento: dd/mm/aaaa\nIBAN: ES00 0000 0000 00 0000000000\nEmail: usuario@example.es", "¿Cómo relleno la ficha para un menor?"),
         "it": ("Esempio di compilazione:\nNome: Mario Rossi\nCodice fiscale: RSSMRA80A01H501U\nData di nascita: gg/mm/aaaa\nIBAN: IT00 X000 0000 0000 0000 0000 000\nEmail: mario.rossi@example.it", "Per un minore cosa scrivo nel campo del codice fiscale?"),
         "nl": ("Voorbeeld inschrijving:\nNaam: Jan Jansen\nGeboortedatum: dd-mm-jjjj\nIBAN: NL00 BANK 0000 0000 00\nE-mail: j.jansen@example.nl", "Wat vul ik in bij 'machtiging' als ik geen eigen rekening heb?"),
         "pt": ("Exemplo de preenchimento:\nNome: Fulano de Tal\nCPF: 000.000.000-00\nNascimento: dd/mm/aaaa\nE-mail: fulano@example.com.br", "O que coloco no CPF se a criança ainda não tem?"),
         "sv": ("Exempel på ifylld anmälan:\nNamn: Anna Andersson\nPersonnummer: ÅÅÅÅMMDD-XXXX\nE-post: anna@example.se", "Vad skriver jag om barnet saknar personnummer?")}[lang]
    sample, q = d
    clubs = {"de": ["TSV Eintracht Hallstadt", "SV Blau-Weiß Ostheide", "Ruderverein Ilmenau"], "en": ["Kendal Harriers", "Hexham Youth Sailing", "Frome Running Club"],
             "fr": ["AS Angers Doutre", "US Colmar Badminton", "Club Nautique d'Annecy"], "es": ["CD Berceo", "Club de Remo Girona", "CB Santander"],
             "it": ["Polisportiva Cremonese", "Canottieri Trento", "Pallavolo Lucca"], "nl": ["HC De Kieviten", "AV Zwolle '08", "IJsclub Leeuwarden-Oost"],
             "pt": ["Projeto Craques de Boa Viagem", "AABB Porto Alegre", "Escolinha Raposa"], "sv": ["IFK Umeå", "Västerås Kanotsällskap", "Lunds BK"]}[lang]
    intro = {"de": "Hilfetext aus dem Online-Formular von %s (Anmeldeschluss %s):", "en": "Help text from the %s online form (closes %s):", "fr": "Aide du formulaire en ligne de %s (clôture le %s) :",
             "es": "Texto de ayuda del formulario de %s (cierre %s):", "it": "Testo di aiuto del modulo online di %s (chiusura %s):", "nl": "Helptekst van het formulier van %s (sluit %s):",
             "pt": "Texto de ajuda do formulário do %s (encerra %s):", "sv": "Hjälptext från %s anmälningsformulär (stänger %s):"}[lang] % (R.choice(clubs), event_date(R, "DE"))
    extra = N({"de": "(Felder mit * sind Pflichtfelder)", "en": "(fields marked * are required)", "fr": "(* obligatoire)", "es": "(* obligatorio)", "it": "(* obbligatorio)", "nl": "(* verplicht)", "pt": "(* obrigatório)", "sv": "(* obligatoriskt)"}[lang], "form_hint")
    return "faq", lang, wrap(R, q, [N(intro, "deadline"), "\n", N(sample, "sample_values"), "\n", extra])


@tpl(25, clean=True)
def c_famous(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja", "zh", "ko"])
    qs = {"en": ["Who has won more Stanley Cups, Wayne Gretzky or Mario Lemieux? Settle a bet from our pub quiz team.", "Will the Ryder Cup be on free TV this year? Our golf club wants to put it on in the bar.",
                 "May I ask whether Serena Williams won more titles at Roland-Garros than Steffi Graf? Our tennis section is arguing.", "Will the Davis Cup ever go back to home ties? Hope the answer is yes.",
                 "Our club is named after Jesse Owens Park. Can you give me three facts about him for the newsletter?", "Is the Ashes older than the Davis Cup?"],
          "de": ["Wer hat öfter den DFB-Pokal gewonnen, Bayern oder Werder? Frage für unseren Stammtisch.", "Ist die Allianz Arena größer als das Estadio Santiago Bernabéu?", "Frank und frei: war Franz Beckenbauer wirklich Libero erfunden oder Mythos?"],
          "fr": ["Combien de fois Rafael Nadal a-t-il gagné à Roland-Garros ? On fait un quiz au club.", "La Coupe Davis se joue-t-elle encore à domicile ?", "Pierre qui roule n'amasse pas mousse – c'est vrai pour un coureur de fond ?"],
          "es": ["¿Cuántas Champions tiene el Real Madrid? Es para el quiz de la peña.", "¿El Bernabéu tiene más aforo que el Camp Nou ahora?", "¿Quién ganó más Tours, Induráin o Contador?"],
          "it": ["Quanti scudetti ha vinto la Juventus di Trapattoni?", "Il Giro d'Italia passa da Lucca quest'anno?", "Chi ha vinto più Coppe Davis, l'Italia di Panatta o la Spagna?"],
          "nl": ["Hoeveel Elfstedentochten heeft Evert van Benthem gewonnen? Voor de quiz van de schaatsclub.", "Is de Johan Cruijff ArenA groter dan De Kuip?"],
          "pt": ["Quantas Bolas de Ouro tem o Cristiano Ronaldo? É para o quiz do clube.", "O Pelé jogou mais jogos pelo Santos ou pelo Cosmos?"],
          "pl": ["Ile razy Robert Lewandowski był królem strzelców Bundesligi? Pytanie do quizu w klubie.", "Czy Puchar Davisa gra się jeszcze w formacie domowym?"],
          "ja": ["大谷翔平は今季何本ホームランを打ちましたか？草野球チームの話題です。", "ワールドカップとオリンピックのサッカー、どっちが先に始まった？"],
          "zh": ["姚明在NBA打了几个赛季？我们篮球群在争论。", "李娜拿过几个大满贯？"],
          "ko": ["손흥민이 프리미어리그 득점왕 한 게 몇 년도야? 조기축구회에서 내기했어.", "김연아 올림픽 금메달 몇 개야?"]}
    q = R.choice(qs[lang])
    extra = {"en": " (asking for the quiz night on Friday, entry %s per team)" % money(R, "GBP", 5, 20), "de": " (Quizabend Freitag, Startgeld %s)" % money(R, "EUR_de", 3, 10), "fr": " (soirée quiz vendredi, %s par équipe)" % money(R, "EUR_fr", 3, 10),
             "es": " (quiz del viernes, %s por equipo)" % money(R, "EUR_fr", 3, 10), "it": " (quiz del venerdì, %s a squadra)" % money(R, "EUR_fr", 3, 10), "nl": " (quizavond vrijdag, %s per team)" % money(R, "EUR_nl", 3, 10),
             "pt": " (quiz de sexta, %s por equipa)" % money(R, "EUR_fr", 3, 10), "pl": " (quiz w piątek, wpisowe %s)" % money(R, "PLN", 10, 40), "ja": "（金曜のクイズ大会用、参加費%s）" % money(R, "JPY", 500, 1500),
             "zh": "（周五群里有竞猜，奖金%s）" % money(R, "CNY", 50, 200), "ko": "(금요일 퀴즈, 참가비 %s)" % money(R, "KRW", 5000, 20000)}[lang]
    more = R.choice([x for x in qs[lang] if x != q])
    parts = [N(q, "famous_athletes_trophies"), N(extra, "price"), "\n", N(more, "famous_athletes_trophies")]
    lead = {"ja": "草野球チームのLINEグループで盛り上がっているのですが、誰も正確な答えを知りません。負けた人が次の飲み会の幹事です。",
            "zh": "我们俱乐部的微信群里为这个吵了一晚上，谁都说服不了谁，输的人请大家喝奶茶。麻烦帮忙查一下，最好附上出处。",
            "ko": "동호회 단톡방에서 이걸로 한참 싸웠는데 아무도 정확히 모르네요. 진 사람이 다음 회식 총무예요. 출처도 같이 알려 주세요."}.get(lang)
    if lead:
        parts = [lead, "\n"] + parts
    return "question", lang, parts


@tpl(25, clean=True)
def c_masked(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl"])
    d = {"en": "Your order %s\nTicket holder: J*** W***\nEmail: j******@gmail.com\nPhone: +44 7*** ***%03d\nPaid: Visa •••• %04d (exp %02d/%02d)\nSeat: Block %s, Row %d, Seat %d\nTotal: %s",
         "de": "Bestellung %s\nTicketinhaber: M*** K***\nE-Mail: m*****@web.de\nTelefon: +49 1** ******%02d\nBezahlt: Mastercard **** %04d (gültig bis %02d/%02d)\nPlatz: Block %s, Reihe %d, Platz %d\nSumme: %s",
         "fr": "Commande %s\nTitulaire : C*** L***\nE-mail : c*****@orange.fr\nTél : 06 ** ** ** %02d\nPayé : CB **** %04d (exp. %02d/%02d)\nPlace : tribune %s, rang %d, siège %d\nTotal : %s",
         "es": "Pedido %s\nTitular: I*** A***\nEmail: i*****@gmail.com\nTel: 6** *** %03d\nPagado: Visa **** %04d (cad. %02d/%02d)\nAsiento: sector %s, fila %d, butaca %d\nTotal: %s",
         "it": "Ordine %s\nIntestatario: G*** C***\nEmail: g*****@libero.it\nCell: 3** *** *%03d\nPagato: Visa **** %04d (scad. %02d/%02d)\nPosto: settore %s, fila %d, posto %d\nTotale: %s",
         "nl": "Bestelling %s\nTickethouder: S*** H***\nE-mail: s*****@ziggo.nl\nMobiel: 06-****%04d\nBetaald: iDEAL / Maestro **** %04d (%02d/%02d)\nPlaats: vak %s, rij %d, stoel %d\nTotaal: %s"}[lang]
    cur = {"en": "GBP", "de": "EUR_de", "fr": "EUR_fr", "es": "EUR_fr", "it": "EUR_fr", "nl": "EUR_nl"}[lang]
    txt = d % (luhn_bad(str(R.randint(10 ** 12, 10 ** 13 - 1))), R.randint(0, 999) if lang not in ("de", "fr") else R.randint(0, 99), R.randint(0, 9999), R.randint(1, 12), R.randint(27, 31), R.choice("ABCDEFGH"), R.randint(1, 40), R.randint(1, 30), money(R, cur, 30, 300))
    req = {"en": "Is this the confirmation I need to show at the gate?", "de": "Reicht das als Ticket am Einlass?", "fr": "C'est ça qu'il faut montrer à l'entrée ?", "es": "¿Con esto me dejan entrar?", "it": "Basta questo all'ingresso?", "nl": "Is dit genoeg bij de ingang?"}[lang]
    return "receipt", lang, wrap(R, req, [N(txt, "masked_values")])


@tpl(25, clean=True)
def c_api_docs(R):
    lang = R.choice(["en", "en", "de", "fr", "nl", "es"])
    q = {"en": "How do I call this booking API from our club site? Docs below.", "de": "Wie binde ich diese Buchungs-API auf der Vereinsseite ein?", "fr": "Comment appeler cette API de réservation depuis le site du club ?",
         "nl": "Hoe roep ik deze reserverings-API aan vanaf de clubsite?", "es": "¿Cómo llamo a esta API de reservas desde la web del club?"}[lang]
    doc = ["## Court booking API – quick start\n\n```bash\ncurl -H \"Authorization: Bearer ", N(R.choice(["<YOUR_API_KEY>", "${BOOKING_API_TOKEN}", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR-TOKEN-HERE"]), "secret_placeholder"), "\" \\\n  https://api.courtbooking.example.com/v2/clubs/",
           N(str(R.randint(100, 9999)), "club_id"), "/slots?date=2026-", N("%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "event_date"), "\n```\n\nWebhook sender IPs to allow: ", N(R.choice(["203.0.113.10", "198.51.100.24", "192.0.2.55"]), "documentation_ip"), ", ",
           N(R.choice(["203.0.113.11", "198.51.100.25"]), "documentation_ip"), "\nSandbox server: ", N("http://127.0.0.1:8080", "loopback"), "\nTest card: ", N("4242 4242 4242 4242", "test_card"), " (any future expiry)\n",
           "Support: ", N("api-support@courtbooking.example.com", "example_email"), "\n", "Rate limit: 60 req/min, booking ids like ", N("bk_%s" % rnd(R, "0123456789abcdef", 12), "booking_id"), "\n"]
    return "code", lang, wrap(R, q, doc)


@tpl(25, clean=True)
def c_licences(R):
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pl"])
    rows = [{"de": "Startliste Staffel – Kreismeisterschaften (nur Vereine und Startnummern)\n", "en": "Relay start list – county champs (clubs and bibs only)\n", "fr": "Liste de départ relais – championnats départementaux\n",
             "es": "Lista de salida relevos – campeonato provincial\n", "it": "Start list staffette – campionati provinciali\n", "nl": "Startlijst estafette – districtskampioenschappen\n", "pl": "Lista startowa sztafet – mistrzostwa okręgu\n"}[lang]]
    for i in range(R.randint(5, 8)):
        rows += [N("Bahn %d" % (i + 1) if lang == "de" else "Lane %d" % (i + 1), "lane"), "  ", N("%d" % R.randint(100, 999), "bib_number"), "  ", R.choice(["LG Regnitz", "Kendal AC", "Angers Athlé", "CA Logroño", "Atletica Lucca", "AV Zwolle", "AZS Toruń"]),
                 "  ", N("Vereins-ID %s" % R.randint(10000, 99999) if lang == "de" else "club code %s" % R.randint(10000, 99999), "federation_id"), "  ", N("Meldezeit %d:%02d.%02d" % (R.randint(0, 4), R.randint(0, 59), R.randint(0, 99)) if lang == "de" else "SB %d:%02d.%02d" % (R.randint(0, 4), R.randint(0, 59), R.randint(0, 99)), "time"), "\n"]
    rows += [N({"de": "Meldegeld %s pro Staffel, Nachmeldung %s", "en": "Entry %s per team, late entry %s", "fr": "Engagement %s par équipe, tardif %s", "es": "Inscripción %s por equipo, tardía %s", "it": "Iscrizione %s a squadra, tardiva %s",
                "nl": "Inschrijfgeld %s per team, na-inschrijving %s", "pl": "Wpisowe %s od sztafety, po terminie %s"}[lang] % (money(R, "EUR_de" if lang != "pl" else "PLN", 10, 30), money(R, "EUR_de" if lang != "pl" else "PLN", 20, 60)), "price"), "\n",
             N("FIFA ID %d · UEFA licence B-%05d" % (R.randint(10 ** 6, 10 ** 7), R.randint(0, 99999)), "federation_id"), "\n"]
    q = {"de": "Wie viele Staffeln sind gemeldet und welche Bahnen sind frei?", "en": "How many teams are entered and which lanes are free?", "fr": "Combien d'équipes sont engagées ?", "es": "¿Cuántos equipos hay inscritos?", "it": "Quante squadre sono iscritte?",
         "nl": "Hoeveel teams zijn er ingeschreven?", "pl": "Ile sztafet jest zgłoszonych?"}[lang]
    return "list", lang, wrap(R, q, rows)


@tpl(25, clean=True)
def c_fees(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "sv", "pl", "pt", "ja", "tr", "ru", "in"])
    cur = {"en": "USD", "de": "CHF", "fr": "EUR_fr", "es": "MXN", "it": "EUR_fr", "nl": "EUR_nl", "sv": "SEK", "pl": "PLN", "pt": "BRL", "ja": "JPY", "tr": "TRY", "ru": "RUB", "in": "INR"}[lang]
    lo, hi = {"JPY": (3000, 15000), "TRY": (500, 3000), "RUB": (1500, 8000), "INR": (800, 5000), "SEK": (300, 900), "MXN": (300, 1500)}.get(cur, (15, 90))
    tiers = {"en": ["Junior", "Adult", "Family", "Off-peak", "Senior (65+)"], "de": ["Jugend", "Erwachsene", "Familie", "Passiv", "Senioren"], "fr": ["Jeune", "Adulte", "Famille", "Loisir"], "es": ["Infantil", "Adulto", "Familiar", "Mañanas"],
             "it": ["Under 18", "Adulti", "Famiglia", "Mattina"], "nl": ["Jeugd", "Senior", "Gezin", "Niet-spelend"], "sv": ["Ungdom", "Vuxen", "Familj", "Stödmedlem"], "pl": ["Junior", "Dorosły", "Rodzinny", "Poranny"],
             "pt": ["Infantil", "Adulto", "Família", "Manhã"], "ja": ["小学生", "一般", "家族", "平日昼"], "tr": ["Öğrenci", "Yetişkin", "Aile", "Sabah"], "ru": ["Детский", "Взрослый", "Семейный", "Утренний"], "in": ["Junior", "Adult", "Family", "Corporate"]}[lang]
    rows = [{"en": "Membership fees 2026 (per month / per year)", "de": "Beiträge 2026 (Monat / Jahr)", "fr": "Cotisations 2026 (mois / an)", "es": "Cuotas 2026 (mes / año)", "it": "Quote 2026 (mese / anno)", "nl": "Contributie 2026 (maand / jaar)",
             "sv": "Avgifter 2026 (månad / år)", "pl": "Składki 2026 (miesiąc / rok)", "pt": "Mensalidades 2026 (mês / ano)", "ja": "2026年度 会費（月額／年額）", "tr": "2026 aidatları (ay / yıl)", "ru": "Взносы 2026 (месяц / год)", "in": "Membership fees 2026 (monthly / annual)"}[lang], "\n"]
    for t in tiers:
        m = R.randint(lo, hi)
        rows += [t, ": ", N(money(R, cur, m, m), "price"), " / ", N(money(R, cur, m * 10, m * 11), "price"), "\n"]
    rows += [N({"en": "Joining fee waived until 31 March. Club office: 9am–1pm.", "de": "Aufnahmegebühr entfällt bis 31.03. Geschäftsstelle Mo–Do.", "fr": "Frais d'inscription offerts jusqu'au 31/03.", "es": "Sin matrícula hasta el 31/03.", "it": "Niente quota d'ingresso fino al 31/03.",
                "nl": "Geen inschrijfgeld tot 31-03.", "sv": "Ingen inträdesavgift t.o.m. 31/3.", "pl": "Bez wpisowego do 31.03.", "pt": "Sem taxa de adesão até 31/03.", "ja": "3月31日まで入会金無料", "tr": "31 Mart'a kadar kayıt ücreti yok.", "ru": "До 31 марта без вступительного взноса.", "in": "No joining fee till 31 March."}[lang], "promo"), "\n"]
    q = {"en": "Which plan is cheapest for a family of four with two kids who swim 3x a week?", "de": "Was lohnt sich für uns als Familie mit zwei Kindern?", "fr": "Quelle formule est la moins chère pour une famille de quatre ?", "es": "¿Qué cuota sale más barata para una familia de cuatro?",
         "it": "Quale conviene a una famiglia di quattro?", "nl": "Wat is het voordeligst voor een gezin met twee kinderen?", "sv": "Vad blir billigast för en familj med två barn?", "pl": "Co się opłaca rodzinie z dwójką dzieci?", "pt": "Qual compensa para uma família de quatro?",
         "ja": "子ども2人の4人家族ならどれが一番安いですか？", "tr": "İki çocuklu bir aile için hangisi daha uygun?", "ru": "Что выгоднее для семьи с двумя детьми?", "in": "Which plan is best value for a family of four?"}[lang]
    return "list", lang, wrap(R, q, rows)


# ====================================================================== rules
ROLE_LOCALS = {"info", "kassenwart", "secretary", "treasurer", "registrations", "noreply", "no-reply", "tickets", "fixtures", "spielbetrieb", "secretariat", "secretariaat",
               "competiciones", "attivita", "wedstrijdzaken", "provas", "rozgrywki", "tavling", "karten", "billetterie", "secretaria", "segreteria", "eventos", "turniej",
               "activiteiten", "kamp", "api-support", "help", "max", "john.smith", "jean.dupont", "usuario", "mario.rossi", "j.jansen", "fulano", "anna"}
PUBLIC_TEST_CARDS = {"4242424242424242"}   # the payment provider's documented test card
RESOLVERS = {"1.1.1.1", "8.8.8.8", "9.9.9.9", "0.0.0.0", "127.0.0.1", "255.255.255.0"}
NAME_PARTICLES = {"van", "der", "de", "den", "da", "das", "dos", "di", "del", "le", "la", "Van", "De", "Le", "Mac", "Ó", "Ní", "'t", "y"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(/\d{1,2})?(?![\d.]*\d)")
RUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8})")


def covered(spans, a, b, types=None):
    return any(s["start"] <= a and b <= s["end"] and (types is None or s["type"] in types) for s in spans)


def gov_ok(v, sub):
    c = re.sub(r"[\s.\-]", "", v)
    if sub == "es_dni":
        return len(c) == 9 and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "it_cf":
        return cf_ok(c)
    if sub == "pl_pesel":
        return pesel_ok(c)
    if sub == "se_personnummer":
        return pnr_ok(v)
    if sub == "br_cpf":
        return cpf_ok(c)
    if sub == "ru_snils":
        return snils_ok(v)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "cn_resident_id":
        return cnid_ok(c)
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if sub == "aadhaar":
        return len(c) == 12 and c[0] not in "01" and verhoeff_ok(c)
    if sub == "pt_nif":
        return nif_pt_ok(c)
    if sub == "de_steuerid":
        return steuerid_ok(c)
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "us_ssn":
        a, g, s = v.split("-")
        return ssn_valid(int(a), int(g), int(s))
    if sub == "gb_nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None and c[:2] not in NINO_BAD_PREFIX
    return False


def rule_failures(rec):
    """Every rule of the part; returns a list of reasons (empty: keep)."""
    t, sp = rec["text"], rec["spans"]
    bad = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["record: %s" % str(e)[:80]]
    if not 120 <= len(t) <= 2200:
        bad.append("length %d" % len(t))
    for s in sp:
        v = s["value"]
        if s["type"] == "card":
            d = re.sub(r"\D", "", v)
            if not (luhn_ok(d) and 12 <= len(d) <= 19):
                bad.append("card " + v)
        elif s["type"] == "iban":
            c = re.sub(r"[\s\u00a0]", "", v)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                bad.append("iban " + v)
        elif s["type"] == "gov_id":
            if not gov_ok(v, s["sub"]):
                bad.append("gov " + v)
        elif s["type"] == "email":
            if not EMAIL_RE.fullmatch(v):
                bad.append("email " + v)
        elif s["type"] == "ip":
            a = ipaddress.ip_address(v)
            if s.get("sub") == "private":
                if not a.is_private:
                    bad.append("ip " + v)
            elif not a.is_global:
                bad.append("ip " + v)
    for m in EMAIL_RE.finditer(t):
        if covered(sp, m.start(), m.end(), {"email"}):
            continue
        local, dom = m.group(0).split("@", 1)
        if local.lower() not in ROLE_LOCALS and ".example." not in "." + dom and not dom.startswith("example."):
            bad.append("unlabelled email " + m.group(0))
    for m in IPV4_RE.finditer(t):
        ip = m.group(1)
        if m.group(2) or covered(sp, m.start(1), m.end(1), {"ip"}):
            continue
        try:
            a = ipaddress.IPv4Address(ip)
        except ValueError:
            continue
        doc = any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
        if not (doc or ip in RESOLVERS or ip in ("192.168.178.1", "192.168.1.1", "192.168.0.1")):
            bad.append("unlabelled ip " + ip)
    for m in RUN_RE.finditer(t):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                a, b = groups[i][0], groups[j][1]
                dd = re.sub(r"\D", "", t[a:b])
                if 13 <= len(dd) <= 19 and luhn_ok(dd) and not covered(sp, a, b) and len(set(dd)) > 1 and dd not in PUBLIC_TEST_CARDS:
                    bad.append("luhn run " + t[a:b])
    for m in IBAN_RE.finditer(t):
        c = re.sub(r"[\s\u00a0]", "", m.group(1))
        for n in range(len(c), 14, -1):
            cc = c[:n]
            if cc[:2] in IBAN_LEN and IBAN_LEN[cc[:2]] == n and iban_mod97(cc) == 1 and not covered(sp, m.start(1), m.start(1) + 1, {"iban"}):
                bad.append("unlabelled iban " + cc)
    # name words
    pspans = [s for s in sp if s["type"] == "person"]
    words = set()
    for s in pspans:
        v = s["value"]
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", v):
            words.add(v)
            words.add(v.replace(" ", ""))
            for w in v.split(" "):
                if len(w) >= 2:
                    words.add(w)
            continue
        for w in re.split(r"[ \-,]+", v):
            w = w.strip(".")
            if len(w) >= 2 and w[0].isupper() and w not in NAME_PARTICLES:
                words.add(w)
    for w in words:
        cjk = re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", w) is not None
        for form in {w, w.upper(), w.title()}:
            pat = re.escape(form) if cjk else r"(?<!\w)" + re.escape(form) + r"(?!\w)"
            for m in re.finditer(pat, t):
                if not covered(sp, m.start(), m.end(), {"person"}):
                    bad.append("name word outside label: " + w)
                    break
    if rec["_clean"] and sp:
        bad.append("clean with labels")
    if not rec["_clean"] and not sp:
        bad.append("labelled without labels")
    return bad


# ====================================================================== generation
def candidates():
    R = random.Random(SEED)
    out = []
    for name, count, fn, clean in TEMPLATES:
        for k in range(3 * count + 6):
            form, lang, parts = fn(R)
            rec = build("", form, lang, parts)
            rec["_tpl"], rec["_clean"], rec["_k"] = name, clean, k
            out.append(rec)
    return out


def select(cands, pv=True):
    """Drops candidates that break a rule or repeat a text; keeps the first
    `count` of each template."""
    phones = sorted({(s["value"], s["region"], s.get("plan", "")) for r in cands for s in r["spans"] if s["type"] == "phone"})
    invalid = set()
    if pv:
        res = pv_check(phones)
        if res is None:
            raise SystemExit("/tmp/pv/pv missing: cannot validate phones")
        for ln in res:
            _, v, reg = ln.split("\t")
            invalid.add((v, reg))
    kept, seen, dropped = {}, set(), Counter()
    reasons = Counter()
    for r in cands:
        name = r["_tpl"]
        cnt = dict((n, c) for n, c, f, cl in TEMPLATES)[name]
        if len(kept.setdefault(name, [])) >= cnt:
            continue
        bad = rule_failures(r)
        if any((s["value"], s["region"]) in invalid for s in r["spans"] if s["type"] == "phone"):
            bad.append("phone rejected by pv")
        if r["text"] in seen:
            bad.append("repeated text")
        if bad:
            dropped[name] += 1
            for b in bad:
                reasons[b.split(" ")[0] + " " + (b.split(" ")[1] if len(b.split(" ")) > 1 else "")] += 1
            continue
        seen.add(r["text"])
        kept[name].append(r)
    for n, c, f, cl in TEMPLATES:
        assert len(kept[n]) == c, (n, len(kept[n]), c)
    return kept, dropped, reasons


def finalize(kept):
    recs = [r for n, c, f, cl in TEMPLATES for r in kept[n]]
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        o = {"id": "%s-%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            o["neg"] = r["neg"]
        out.append(o)
    return out


def generate(pv=True):
    kept, dropped, reasons = select(candidates(), pv)
    return finalize(kept), dropped, reasons


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def main():
    args = sys.argv[1:]
    if not args:
        recs, dropped, reasons = generate()
        write_jsonl(OUT, recs)
        print("wrote %s: %d records, %d labels; dropped %d candidates in the kept range" % (OUT, len(recs), sum(len(r["spans"]) for r in recs), sum(dropped.values())))
        for k, v in reasons.most_common():
            print("  %5d %s" % (v, k))
        return
    if args[0] == "--check":
        check()
        return
    if args[0] == "--stats":
        stats()
        return
    raise SystemExit(__doc__)


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(ln) for ln in f]


def check():
    recs = load()
    assert len(recs) == 800, len(recs)
    assert [r["id"] for r in recs] == ["%s-%05d" % (PREFIX, i) for i in range(800)]
    clean = sum(1 for r in recs if not r["spans"])
    assert clean == 200, clean
    # which template made each record (from the generator) and its rules
    by_text = {}
    for c in candidates():
        by_text.setdefault(c["text"], c)
    for r in recs:
        g = by_text[r["text"]]
        rr = dict(r, _clean=g["_clean"])
        bad = rule_failures(rr)
        assert not bad, (r["id"], bad)
        assert g["_clean"] == (not r["spans"]), r["id"]
        assert g.get("neg") == r.get("neg"), r["id"]
    assert len({r["text"] for r in recs}) == 800
    phones = sorted({(s["value"], s["region"], s.get("plan", "")) for r in recs for s in r["spans"] if s["type"] == "phone"})
    res = pv_check(phones)
    assert res is not None, "/tmp/pv/pv missing"
    assert not res, res[:5]
    text = open(OUT, encoding="utf-8").read()
    regen = serialise(generate()[0])
    assert regen == text, "regeneration differs"
    for seed in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", "import sys; sys.argv=['x']; sys.path.insert(0, %r); import gen_heldout29 as g; sys.stdout.write(g.serialise(g.generate()[0]))" % HERE],
                             env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        assert out == text, "PYTHONHASHSEED=%s differs" % seed
    n = sum(len(r["spans"]) for r in recs)
    print("ok: 800 records (600 labelled, 200 clean), %d labels; every checksum, format and rule holds; %d phones valid in pv; regenerates byte for byte (also PYTHONHASHSEED 0, 7, 12345)" % (n, len(phones)))


def stats():
    recs = load()
    kept, dropped, reasons = select(candidates(), pv=True)
    tpl_of = {r["text"]: r["_tpl"] for n in kept for r in kept[n]}
    types, subs, forms, langs, tpls, negs = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        tpls[tpl_of[r["text"]]] += 1
        for s in r["spans"]:
            types[s["type"]] += 1
            subs["%s:%s" % (s["type"], s.get("plan", s.get("region", s.get("sub", ""))) if s["type"] == "phone" else s.get("sub", ""))] += 1
        for t in r.get("neg", []):
            negs[t] += 1
    lens = sorted(len(r["text"]) for r in recs)
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("multi-line labels %d" % sum(1 for r in recs for s in r["spans"] if "\n" in s["value"]))
    for title, c in (("types", types), ("forms", forms), ("languages", langs), ("templates", tpls), ("subtypes", subs), ("negative tags", negs)):
        print("\n%s (%d):" % (title, len(c)))
        for k, v in c.most_common():
            print("  %-40s %d" % (k, v))
    print("\ndropped in kept range: %d %s" % (sum(dropped.values()), dict(dropped)))
    for k, v in reasons.most_common():
        print("  %5d %s" % (v, k))


if __name__ == "__main__":
    main()
