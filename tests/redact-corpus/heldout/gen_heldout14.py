#!/usr/bin/python3
"""Held-out part 14 of the redaction corpus (heldout14.jsonl).

Written by a twelfth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the lists of forms, languages, name cultures, formats and
hard negatives parts 1-13 use), lines 1-60 of gen_heldout13.py (header and
constants) and its function `pv_check` (grep -A10), and, outside the
repository, the 25-line source of the phone validator /tmp/pv/pv.cc; not the
redactor, its docs, its tests, the other generators or any .jsonl data
file. It ran no project binary, no make and no git command.
Started 14:02:22 UTC, ended 14:19:42 UTC on 2026-12-02 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 13's header as the brief asked.
Every name, street, template, frame and request here was written by hand
for this part. Deterministic (seed 140317).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout14.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout14.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout14.py --stats   # counts
"""
import base64
import ipaddress
import json
import os
import random
import string
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_random, iban_make, IBAN_LEN, group,
                       ssn_random, cf_make, aadhaar_random, verhoeff_ok,
                       secret_random, rnd, ALNUM, URLSAFE, B64, card_random,
                       card_grouping, split_groups, nir_ok)

SEED = 140317
OUT = os.path.join(HERE, "heldout14.jsonl")
PREFIX = "heldout-n-"
NREC = 800
NCLEAN = 200
KEEP = 2
MAXT = 18
POOL = 24
R = random.Random(SEED)
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWN = string.ascii_lowercase + string.digits
CLEAN_W = {"c_market_chat": 4, "c_blank_forms": 4, "c_name_words": 3, "c_storms": 2, "c_clean_tech": 2}
TARGET = {"person": 1300, "phone": 450, "email": 380, "address": 300, "secret": 280,
          "dob": 250, "gov_id": 150, "ip": 100, "iban": 60, "card": 50}


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- small helpers

def pick(xs):
    return R.choice(xs)


def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def fill(p):
    return "".join(R.choice(string.digits) if c == "#" else c for c in p)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- phone plans
# key: (region, country code, trunk prefix, national significant number
# patterns in the national grouping; '#' is a random digit). Written for
# this part; every draw is filtered through libphonenumber below.
PLANS14 = {
    "RU_cheb": ("RU", "7", "8", ["8352 ##-##-##"]),
    "RU_izh": ("RU", "7", "8", ["3412 ##-##-##"]),
    "RU_yola": ("RU", "7", "8", ["8362 ##-##-##"]),
    "RU_mob": ("RU", "7", "8", ["9#2 ###-##-##", "917 ###-##-##", "960 ###-##-##"]),
    "TR_esk": ("TR", "90", "0", ["222 2## ## ##"]),
    "TR_mob": ("TR", "90", "0", ["53# ### ## ##", "54# ### ## ##"]),
    "RO_cta": ("RO", "40", "0", ["241 ### ###"]),
    "RO_mob": ("RO", "40", "0", ["72# ### ###", "74# ### ###"]),
    "UA_mob": ("UA", "380", "0", ["50 ### ## ##", "67 ### ## ##", "97 ### ## ##"]),
    "SE_hap": ("SE", "46", "0", ["922-1# ## #"]),
    "SE_paj": ("SE", "46", "0", ["978-1# ## #"]),
    "SE_mob": ("SE", "46", "0", ["70-### ## ##", "73-### ## ##"]),
    "MK_kru": ("MK", "389", "0", ["48 47# ###"]),
    "MK_mob": ("MK", "389", "0", ["70 ### ###", "75 ### ###"]),
    "IT_na": ("IT", "39", "", ["081 ### ####"]),
    "IT_ge": ("IT", "39", "", ["010 ### ####"]),
    "IT_to": ("IT", "39", "", ["011 ### ####"]),
    "IT_cn": ("IT", "39", "", ["0173 ######"]),
    "IT_cs": ("IT", "39", "", ["0981 #####"]),
    "IT_pa": ("IT", "39", "", ["091 #######"]),
    "IT_mob": ("IT", "39", "", ["33# ### ####", "34# ### ####", "32# ### ####"]),
    "ES_hu": ("ES", "34", "", ["974 ### ###"]),
    "ES_z": ("ES", "34", "", ["976 ### ###"]),
    "ES_mob": ("ES", "34", "", ["6## ### ###"]),
    "FR_am": ("FR", "33", "0", ["3 22 ## ## ##"]),
    "FR_li": ("FR", "33", "0", ["3 20 ## ## ##"]),
    "FR_mob": ("FR", "33", "0", ["6 ## ## ## ##", "7 5# ## ## ##"]),
    "YT_fix": ("YT", "262", "0", ["269 6# ## ##"]),
    "YT_mob": ("YT", "262", "0", ["639 ## ## ##"]),
    "JE_fix": ("JE", "44", "0", ["1534 ######"]),
    "JE_mob": ("JE", "44", "0", ["7829 ######"]),
    "CA_mb": ("CA", "1", "1", ["204-###-####"]),
    "CA_sk": ("CA", "1", "1", ["306-###-####"]),
    "US_sd": ("US", "1", "1", ["605-###-####"]),
    "US_ak": ("US", "1", "1", ["907-###-####"]),
    "US_sc": ("US", "1", "1", ["843-###-####"]),
    "GT": ("GT", "502", "", ["7951 ####", "5### ####", "4### ####"]),
    "EC_fix": ("EC", "593", "0", ["6 29# ####"]),
    "EC_mob": ("EC", "593", "0", ["98# ### ###", "99# ### ###"]),
    "CO_mob": ("CO", "57", "", ["31# ### ####", "30# ### ####"]),
    "ZA_pol": ("ZA", "27", "0", ["15 ### ####"]),
    "ZA_mob": ("ZA", "27", "0", ["72 ### ####", "82 ### ####", "66 ### ####"]),
    "ZM_mob": ("ZM", "260", "0", ["97 #######", "96 #######", "95 #######"]),
    "ZM_mongu": ("ZM", "260", "0", ["217 22####"]),
    "NA_mob": ("NA", "264", "0", ["81 ### ####", "85 ### ####"]),
    "NA_whk": ("NA", "264", "0", ["61 ### ###"]),
    "SC_mob": ("SC", "248", "", ["2 5# ## ##", "2 7# ## ##"]),
    "SC_fix": ("SC", "248", "", ["4 3# ## ##"]),
    "NG_mob": ("NG", "234", "0", ["80# ### ####", "70# ### ####", "81# ### ####"]),
    "TW_hl": ("TW", "886", "0", ["3 8## ####"]),
    "TW_mob": ("TW", "886", "0", ["9## ### ###"]),
    "PH_ilo": ("PH", "63", "0", ["33 3## ####"]),
    "PH_tac": ("PH", "63", "0", ["53 32# ####"]),
    "PH_mob": ("PH", "63", "0", ["917 ### ####", "927 ### ####", "998 ### ####"]),
    "ID_pdg": ("ID", "62", "0", ["751 ######"]),
    "ID_mob": ("ID", "62", "0", ["812-####-####", "852-####-####", "813-####-###"]),
    "IN_dbg": ("IN", "91", "0", ["6272 ######"]),
    "IN_jmu": ("IN", "91", "0", ["191 2######"]),
    "IN_mob": ("IN", "91", "0", ["9#### #####", "7#### #####", "8#### #####"]),
    "PK_qta": ("PK", "92", "0", ["81 28#####"]),
    "PK_mob": ("PK", "92", "0", ["30# #######", "33# #######"]),
    "CK": ("CK", "682", "", ["2# ###", "5# ###", "7# ###"]),
    "TV": ("TV", "688", "", ["2##0#", "90####"]),
    "PW": ("PW", "680", "", ["488 ####", "775 ####", "779 ####"]),
    "AU_mob": ("AU", "61", "0", ["4## ### ###"]),
    "NZ_mob": ("NZ", "64", "0", ["21 ### ####", "27 ### ####"]),
}
USES_00 = {"IT", "FR", "ES", "SE", "RO", "TR", "ZA", "IN", "MK", "YT", "JE", "NA", "ZM", "PK", "CK", "TV", "EC", "GT", "PH", "UA", "NG"}
_POOL = {}


def _build_pools():
    items, keys = [], []
    for k, (reg, cc, tr, pats) in PLANS14.items():
        cands = [fill(pick(pats)) for _ in range(260)]
        for c in cands:
            items.append((tr + c, reg, reg))
            keys.append((k, c))
    bad = pv_check(items)
    badset = set()
    if bad is not None:
        badset = {(ln.split("\t")[1]) for ln in bad}
    for (k, c), it in zip(keys, items):
        if it[0] not in badset:
            _POOL.setdefault(k, []).append(c)


_build_pools()


def phone(key, style=None, sub=None):
    """A labelled phone of plan `key`; style nat / intl / e164 / 00 / paren."""
    reg, cc, tr, pats = PLANS14[key]
    nsn = _POOL[key].pop(0) if _POOL[key] else fill(pick(pats))
    if style is None:
        style = pick(["nat", "nat", "intl", "e164"] + (["00"] if reg in USES_00 else []))
    if style == "00" and reg not in USES_00:
        style = "intl"
    flat = "".join(c for c in nsn if c.isdigit())
    if style == "nat":
        if reg == "RU":
            a, b = nsn.split(" ", 1)
            v = "8 (%s) %s" % (a, b)
        elif reg in ("US", "CA"):
            a, b = nsn.split("-", 1)
            v = pick(["(%s) %s" % (a, b), nsn, "%s.%s" % (a, b.replace("-", "."))])
        else:
            v = tr + nsn
    elif style == "intl":
        body = nsn[1:] if (reg in ("IT",) and False) else nsn
        v = "+%s %s" % (cc, body)
    elif style == "e164":
        v = "+" + cc + flat
    else:
        v = "00%s %s" % (cc, nsn)
    return L("phone", v, sub=sub or key, region=reg)


# ---------------------------------------------------------------- dates

MON14 = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "cv": ["кӑрлач", "нарӑс", "пуш", "ака", "ҫу", "ҫӗртме", "утӑ", "ҫурла", "авӑн", "юпа", "чӳк", "раштав"],
    "crh": ["yanvar", "fevral", "mart", "aprel", "mayıs", "iyun", "iyul", "avgust", "sentâbr", "oktâbr", "noyabr", "dekabr"],
    "nap": ["jennaro", "frevaro", "marzo", "abbrile", "maggio", "giugno", "luglio", "aùsto", "settembre", "ottobre", "nuvembre", "dicembre"],
    "lij": ["zenâ", "frevâ", "marso", "arvî", "mazzo", "zugno", "luggio", "agosto", "settembre", "ottobre", "novembre", "dexembre"],
    "pms": ["gené", "fërvé", "mars", "avril", "magg", "giugn", "luj", "aost", "stèmber", "otóber", "novèmber", "dzèmber"],
    "an": ["chinero", "frebero", "marzo", "abril", "mayo", "chunio", "chulio", "agosto", "setiembre", "otubre", "nobiembre", "abiento"],
    "pcd": ["janvié", "févrié", "mars", "avri", "mai", "jun", "juillet", "aoû", "septimbe", "octobe", "novimbe", "déchimbe"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "fit": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "rup": ["ayhunar", "shcurtu", "marţu", "apriir", "mai", "yinã", "alunar", "avgust", "stembrie", "brumar", "noyembrie", "andreu"],
    "hil": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Septiyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "min": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "nso": ["Janaware", "Feberware", "Matšhe", "Aporele", "Mei", "June", "Julae", "Agostose", "Setemere", "Oktoboro", "Nofemere", "Disemere"],
    "crs": ["Zanvye", "Fevriye", "Mars", "Avril", "Me", "Zen", "Zilyet", "Out", "Septanm", "Oktob", "Novanm", "Desanm"],
}
ODIA_DIG = str.maketrans("0123456789", "०१२३४५६७८९")  # Devanagari digits (Maithili, Dogri)


def bdate(y0=1940, y1=2008):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dfmt(ymd, style, lang="en"):
    y, m, d = ymd
    if style == "dmy.":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "mdy/":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "ymd":
        return "%d%02d%02d" % (y, m, d)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "long":
        mn = MON14[lang][m - 1]
        if lang == "en":
            return pick(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)])
        if lang in ("ru",):
            return "%d %s %d г." % (d, mn, y)
        if lang == "cv":
            return "%d ҫулхи %s уйӑхӗн %d-мӗшӗ" % (y, mn, d)
        if lang in ("es", "an"):
            return "%d de %s de %d" % (d, mn, y)
        if lang == "fit":
            return "%d. %s %d" % (d, mn, y)
        if lang == "hil":
            return "%s %d, %d" % (mn, d, y)
        return "%d %s %d" % (d, mn, y)
    if style == "mon3":
        return "%02d%s%02d" % (d, MON14["en"][m - 1][:3].upper(), y % 100)
    raise KeyError(style)


def dob(ymd, style, lang="en"):
    return L("dob", dfmt(ymd, style, lang))


# ---------------------------------------------------------------- gov ids (rules)

def mrz_cd(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def ec_cedula():
    """Ecuadorian cedula: province 01-24, third digit < 6, mod-10 check
    with coefficients 2,1,2,1,..."""
    prov = "%02d" % R.choice([10, 10, 17, 6, 1])
    body = prov + str(R.randint(0, 5)) + dg(6)
    t = 0
    for i, c in enumerate(body):
        v = int(c) * (2 if i % 2 == 0 else 1)
        t += v - 9 if v > 9 else v
    return body + str((10 - t % 10) % 10)


def ec_ok(s):
    if len(s) != 10 or not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(s[:9]):
        v = int(c) * (2 if i % 2 == 0 else 1)
        t += v - 9 if v > 9 else v
    return (10 - t % 10) % 10 == int(s[9])


def gt_nit():
    """Guatemalan NIT: digits + mod-11 check (10 written K)."""
    body = str(R.randint(1, 9)) + dg(R.choice([6, 7]))
    return body + "-" + _gt_nit_check(body)


def _gt_nit_check(body):
    n = len(body)
    t = sum(int(c) * (n + 1 - i) for i, c in enumerate(body))
    k = (11 - t % 11) % 11
    return "K" if k == 10 else str(k)


def co_nit_dv(body):
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    t = sum(int(c) * w[i] for i, c in enumerate(reversed(body)))
    r = t % 11
    return str(r if r in (0, 1) else 11 - r)


RFC_CH = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def fr_spi():
    """French numero fiscal (SPI): 10 digits + key = first 10 mod 511."""
    body = str(R.choice([0, 1, 2, 3])) + dg(9)
    return body + "%03d" % (int(body) % 511)


def fr_spi_ok(s):
    return len(s) == 13 and int(s[:10]) % 511 == int(s[10:])


def nir_mayotte(female, ymd):
    """NIR of a person born in Mayotte (department 976, commune 2 digits)."""
    y, m, d = ymd
    body = ("2" if female else "1") + "%02d%02d" % (y % 100, m) + "976" + R.choice(["01", "08", "11", "14", "17"]) + "%03d" % R.randint(1, 999)
    key = 97 - int(body) % 97
    return body, "%02d" % key


def ua_unzr(ymd):
    """Ukrainian UNZR: yyyymmdd-nnnnC, check digit with weights 7,3,1."""
    y, m, d = ymd
    s = "%d%02d%02d" % (y, m, d) + dg(4)
    w = [7, 3, 1]
    c = sum(int(ch) * w[i % 3] for i, ch in enumerate(s)) % 10
    return s[:8] + "-" + s[8:] + str(c)


def ua_unzr_ok(v):
    s = v.replace("-", "")
    w = [7, 3, 1]
    return sum(int(ch) * w[i % 3] for i, ch in enumerate(s[:12])) % 10 == int(s[12])


DE_PA_CH = "CFGHJKLMNPRTVWXYZ0123456789"


def na_id(ymd):
    y, m, d = ymd
    return "%02d%02d%02d%s" % (y % 100, m, d, dg(5))


def ru_oms():
    return dg(16)


# ---------------------------------------------------------------- IBANs

IBAN_EXTRA = {"UA": "6n19c", "SC": "4a2n2n16n3a", "GT": "4c20c"}
IBAN_EXTRA_LEN = {"UA": 29, "SC": 31, "GT": 28}


def iban_any(cc):
    if cc in IBAN_EXTRA:
        import re
        out = ""
        for n, k in re.findall(r"(\d+)([nac])", IBAN_EXTRA[cc]):
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits * 3 + string.ascii_uppercase}[k]
            out += "".join(R.choice(alpha) for _ in range(int(n)))
        if cc == "SC":
            out = out[:-3] + pick(["SCR", "EUR", "USD"])
        v = iban_make(cc, out)
        assert len(v) == IBAN_EXTRA_LEN[cc] and iban_mod97(v) == 1
        return v
    return iban_random(R, cc)


def iban(cc, fmt=None):
    v = iban_any(cc)
    fmt = fmt or pick(["grp", "grp", "flat"])
    if fmt == "grp":
        v = group(v)
    return L("iban", v, sub=cc)


def card(issuer=None, sep=None):
    issuer = issuer or pick(["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "unionpay", "maestro", "jcb"])
    n = card_random(R, issuer)
    sep = sep if sep is not None else pick([" ", " ", "-", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=issuer)


# ---------------------------------------------------------------- people
# Hand-written name lists for the cultures of this part.

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяӑӗҫӳ",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "e", "s", "u"]))


def slug(s):
    import unicodedata
    out = ""
    for ch in s.lower():
        if ch in TRANSLIT:
            out += TRANSLIT[ch]
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if c.isascii() and (c.isalnum()))
        out += d
    return out


RU_PATR = {"Николай": ("Николаевич", "Николаевна"), "Пётр": ("Петрович", "Петровна"),
           "Василий": ("Васильевич", "Васильевна"), "Геннадий": ("Геннадьевич", "Геннадьевна"),
           "Михаил": ("Михайлович", "Михайловна"), "Иван": ("Иванович", "Ивановна"),
           "Анатолий": ("Анатольевич", "Анатольевна"), "Егор": ("Егорович", "Егоровна"),
           "Семён": ("Семёнович", "Семёновна"), "Виталий": ("Витальевич", "Витальевна"),
           "Аркадий": ("Аркадьевич", "Аркадьевна"), "Фёдор": ("Фёдорович", "Фёдоровна")}


def ru_fem(f):
    if f.endswith(("ов", "ев", "ин", "ёв")):
        return f + "а"
    return f


def crh_fem(f):
    if f.endswith(("ov", "ev", "in")):
        return f + "a"
    return f


def same(f):
    return f


CULT = {
    "cv": dict(lang="cv", gm=["Николай", "Пётр", "Ильбек", "Эльмен", "Ахтупай", "Геннадий", "Семён", "Виталий", "Аркадий", "Сентти"],
               gf=["Ильемпи", "Салампи", "Сарпике", "Валентина", "Зинаида", "Надежда", "Уҫӑпи", "Альбина", "Раиса", "Эльби"],
               fam=["Айдаков", "Ендимеров", "Ильбеков", "Мункин", "Сарбаев", "Тенюшев", "Яндуков", "Урмаев", "Ухтеров", "Кибеков", "Вантеров", "Шерккеев"],
               fem=ru_fem, cyr=True, ph=["RU_cheb", "RU_mob", "RU_mob"], mail=["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"]),
    "udm": dict(lang="udm", gm=["Михаил", "Иван", "Егор", "Фёдор", "Анатолий", "Ожмег", "Василий", "Кылдыс"],
                gf=["Акулина", "Вортча", "Галина", "Людмила", "Ольга", "Зоя", "Тамара", "Нина"],
                fam=["Корепанов", "Перевощиков", "Шкляев", "Бабинцев", "Широбоков", "Ложкин", "Кутявин", "Вахрушев", "Главатских", "Поздеев", "Балобанов"],
                fem=ru_fem, cyr=True, ph=["RU_izh", "RU_mob"], mail=["mail.ru", "yandex.ru", "udm.net"]),
    "mhr": dict(lang="mhr", gm=["Эчан", "Ямет", "Пётр", "Николай", "Семён", "Аркадий", "Йыван", "Михаил"],
                gf=["Овыча", "Элнет", "Оксина", "Лидия", "Вера", "Светлана", "Тоймаш", "Мария"],
                fam=["Шабдаров", "Ямбердов", "Айплатов", "Ивуков", "Таныгин", "Мамаев", "Аптриев", "Пекпатров", "Ямаев", "Кугергин"],
                fem=ru_fem, cyr=True, ph=["RU_yola", "RU_mob"], mail=["mail.ru", "yandex.ru", "mari-el.ru"]),
    "crh": dict(lang="crh", gm=["Eldar", "Server", "Reşat", "Remzi", "Enver", "Nariman", "Şevket", "Dilâver", "Ayder", "Seyran"],
                gf=["Emine", "Lenura", "Ayşe", "Lutfiye", "Zarema", "Elmaz", "Gulnara", "Nasibe", "Sabrie", "Meryem"],
                fam=["Ablâmitov", "Kurtseitov", "Umerov", "Seitmemetov", "Bekirov", "Abduraimov", "Ametov", "Osmanov", "Çelebiyev", "Seytablayev", "Memetov", "Asanov", "Qurtumerov"],
                fem=crh_fem, cyr=False, ph=["UA_mob", "TR_esk", "TR_mob", "RO_mob"], mail=["ukr.net", "gmail.com", "yahoo.com.tr", "i.ua"]),
    "fit": dict(lang="fit", gm=["Eino", "Birger", "Toivo", "Tage", "Henning", "Lars-Erik", "Kalle", "Veikko"],
                gf=["Aili", "Hilja", "Ingegerd", "Märta", "Aino", "Elna", "Siiri", "Britt-Marie"],
                fam=["Alatalo", "Lantto", "Keskitalo", "Vaara", "Nilima", "Pekkari", "Huuva", "Kuoksu", "Mäkitalo", "Rova", "Kieri", "Poromaa"],
                fem=same, cyr=False, ph=["SE_hap", "SE_paj", "SE_mob", "SE_mob"], mail=["telia.com", "gmail.com", "bredband.net", "pajala.se"]),
    "rup": dict(lang="rup", gm=["Ianachi", "Naum", "Steryu", "Mita", "Duma", "Tuşa", "Hristu", "Costa"],
                gf=["Vanghea", "Hrista", "Zoica", "Tana", "Sirma", "Lena", "Caliopi", "Despa"],
                fam=["Cuşa", "Caragiani", "Tomuli", "Peiu", "Nica", "Zdru", "Ciumeti", "Gheaţa", "Papanace", "Bolintineanu"],
                fem=same, cyr=False, ph=["MK_kru", "MK_mob", "RO_cta", "RO_mob"], mail=["yahoo.com", "gmail.com", "t-home.mk"]),
    "aae": dict(lang="aae", gm=["Giorgio", "Costantino", "Pietro", "Demetrio", "Atanasio", "Vincenzo", "Nicola"],
                gf=["Maria Teresa", "Lucrezia", "Elena", "Anastasia", "Rosina", "Caterina", "Zoe"],
                fam=["Schirò", "Matranga", "Chinigò", "Bellusci", "Straticò", "Petta", "Cuccia", "Frega", "Barbati", "Parrino"],
                fem=same, cyr=False, ph=["IT_cs", "IT_pa", "IT_mob"], mail=["libero.it", "tiscali.it", "gmail.com"]),
    "nap": dict(lang="nap", gm=["Gennaro", "Ciro", "Salvatore", "Raffaele", "Pasquale", "Vincenzo", "Carmine", "Aniello"],
                gf=["Assunta", "Carmela", "Immacolata", "Nunzia", "Concetta", "Filomena", "Titina", "Annarita"],
                fam=["Esposito", "Scognamiglio", "Cozzolino", "Capasso", "Iovine", "Sannino", "Ammaturo", "Vitiello", "Formisano", "Langella", "Di Lauro", "'O Russo"],
                fem=same, cyr=False, ph=["IT_na", "IT_mob", "IT_mob"], mail=["libero.it", "virgilio.it", "alice.it", "gmail.com"]),
    "lij": dict(lang="lij", gm=["Giobatta", "Nicolò", "Pellegro", "Giacomo", "Bartolomeo", "Stefano", "Emanuele"],
                gf=["Maddalena", "Benedetta", "Manuela", "Nicoletta", "Ines", "Geronima", "Silvana"],
                fam=["Parodi", "Canepa", "Bruzzone", "Repetto", "Olivari", "Ferrando", "Cevasco", "Pittaluga", "Traverso", "Dellepiane", "Bagnasco", "Boero"],
                fem=same, cyr=False, ph=["IT_ge", "IT_mob"], mail=["libero.it", "gmail.com", "fastwebnet.it"]),
    "pms": dict(lang="pms", gm=["Battista", "Teresio", "Secondo", "Ottavio", "Beppe", "Lorenzo", "Dario"],
                gf=["Clotilde", "Mafalda", "Luigina", "Ornella", "Piera", "Bruna", "Giovanna"],
                fam=["Bosio", "Gribaudo", "Cravero", "Abrate", "Operti", "Gerbaudo", "Bonino", "Chiabrando", "Rabino", "Arnaudo", "Tallone", "Dogliotti"],
                fem=same, cyr=False, ph=["IT_cn", "IT_to", "IT_mob"], mail=["libero.it", "gmail.com", "tin.it"]),
    "an": dict(lang="an", gm=["Chusé", "Chorche", "Chuan", "Miguel", "Luis", "Ánchel", "Toni"],
               gf=["Pilar", "Begoña", "Carmen", "Chulia", "Nieus", "Marichesús", "Lorena"],
               fam=["Lasierra", "Bielsa", "Mur", "Buisán", "Ballarín", "Castán", "Lacasta", "Sallán", "Latre", "Nerín", "Garcés", "Puyuelo", "Lafuente", "Orús"],
               fem=same, cyr=False, two=True, ph=["ES_hu", "ES_z", "ES_mob"], mail=["hotmail.es", "gmail.com", "aragon.es", "telefonica.net"]),
    "pcd": dict(lang="pcd", gm=["Jean-Baptiste", "Thierry", "Bertrand", "Ghislain", "Dominique", "Régis", "Wilfried"],
                gf=["Ghislaine", "Aurore", "Maryse", "Édith", "Séverine", "Clémence", "Jocelyne"],
                fam=["Dufossé", "Carpentier", "Delattre", "Leleu", "Lecocq", "Wattebled", "Dupuich", "Vasseur", "Delahaye", "Démarest", "Quéval", "Cocquerel", "Flament"],
                fem=same, cyr=False, ph=["FR_am", "FR_li", "FR_mob"], mail=["orange.fr", "laposte.net", "free.fr", "sfr.fr"]),
    "nrf": dict(lang="nrf", gm=["Philippe", "Elie", "Helier", "Clement", "Jean", "Edouard", "Brendan"],
                gf=["Marguerite", "Daphne", "Rose", "Gwenda", "Elise", "Mabel", "Jeanne"],
                fam=["Le Quesne", "Le Feuvre", "Le Brocq", "Renouf", "Le Sueur", "de Gruchy", "Le Cornu", "Vibert", "Le Maistre", "Pallot", "Journeaux", "Le Masurier", "Perchard", "Querée"],
                fem=same, cyr=False, ph=["JE_fix", "JE_mob"], mail=["jerseymail.co.uk", "gmail.com", "localdial.com", "jtmail.je"]),
    "cr": dict(lang="cr", gm=["Waylon", "Darian", "Norman", "Clifford", "Kyle", "Tyrone", "Maynard"],
               gf=["Tanis", "Krystal", "Cheryl", "Delphine", "Shania", "Marlene", "Roberta"],
               fam=["Bighetty", "Kematch", "Nepinak", "Muskego", "Ballantyne", "Flett", "Beardy", "Ahenakew", "Gamblin", "Kakegamic", "Ducharme", "McKay"],
               fem=same, cyr=False, ph=["CA_mb", "CA_sk"], mail=["gmail.com", "mts.net", "sasktel.net", "hotmail.ca"]),
    "crg": dict(lang="crg", gm=["Gilbert", "Maxime", "Rémi", "Pierre", "Lyle", "Cyril", "Albert"],
                gf=["Rosalie", "Angélique", "Marie-Anne", "Colette", "Yvonne", "Cecile", "Louise"],
                fam=["Desjarlais", "Laframboise", "Lafournaise", "Fleury", "Chartrand", "Bellerose", "Poitras", "Gladue", "Lépine", "Carrière", "Delorme", "Larocque"],
                fem=same, cyr=False, ph=["CA_mb", "CA_sk"], mail=["gmail.com", "shaw.ca", "mymts.net", "sasktel.net"]),
    "lkt": dict(lang="lkt", gm=["Darrell", "Verlin", "Chaske", "Lonnie", "Marcus", "Wendell", "Tatanka"],
                gf=["Tianna", "Marcella", "Winona", "Sage", "Tatewin", "Charmaine", "Loretta"],
                fam=["Little Thunder", "Two Bulls", "Yellow Boy", "Iron Cloud", "Black Bear", "Eagle Elk", "Two Crow", "Kills Enemy", "Bear Shield", "Whirlwind Horse", "Ten Fingers", "High Horse"],
                fem=same, cyr=False, ph=["US_sd"], mail=["gmail.com", "gwtc.net", "yahoo.com"]),
    "esu": dict(lang="esu", gm=["Moses", "Jacob", "Nicolai", "Evan", "Aaluk", "Wassillie", "Peter"],
                gf=["Nellie", "Agnes", "Sophie", "Ayaprun", "Martina", "Elsie", "Cikigaq"],
                fam=["Chikoyak", "Kashatok", "Tikiun", "Pingayak", "Ayagalria", "Kairaiuak", "Ulroan", "Olick", "Nanalook", "Tulik", "Jimmie", "Andrew"],
                fem=same, cyr=False, ph=["US_ak"], mail=["gci.net", "gmail.com", "yahoo.com"]),
    "gul": dict(lang="gul", gm=["Ezekiel", "Hezekiah", "Tiquan", "Cornelius", "Jerome", "Isaiah", "Lonzo"],
                gf=["Mahalia", "Cornelia", "Queenie", "Beulah", "Latrice", "Hattie", "Viola"],
                fam=["Gadsden", "Singleton", "Manigault", "Middleton", "Chisolm", "Legare", "Polite", "Ravenel", "Grant", "Washington", "Simmons", "Brisbane"],
                fem=same, cyr=False, ph=["US_sc"], mail=["gmail.com", "hargray.com", "yahoo.com", "att.net"]),
    "kek": dict(lang="kek", gm=["Domingo", "Santiago", "Abelino", "Oswaldo", "Marcos", "Cruz", "Baltazar"],
                gf=["Juana", "Marcelina", "Rosa Amalia", "Aura", "Magdalena", "Candelaria", "Eulalia"],
                fam=["Caal", "Choc", "Xol", "Coc", "Pop", "Tut", "Cuz", "Ical", "Bol", "Maquin", "Chub", "Tiul", "Cucul", "Xo"],
                fem=same, cyr=False, two=True, ph=["GT"], mail=["gmail.com", "yahoo.com", "hotmail.com"]),
    "qvi": dict(lang="qvi", gm=["Pakari", "Amaru", "Yupanki", "Kuri", "Rumi", "Luis Alberto", "Segundo"],
                gf=["Sisa", "Wayra", "Tamia", "Nayra", "Sumak", "Mayta", "Rosa Elena"],
                fam=["Cotacachi", "Lema", "Males", "Cachiguango", "Tituaña", "Conejo", "Farinango", "Amaguaña", "Perugachi", "Yamberla", "Anrango", "Pichamba"],
                fem=same, cyr=False, two=True, ph=["EC_fix", "EC_mob", "EC_mob"], mail=["gmail.com", "hotmail.com", "yahoo.es"]),
    "guc": dict(lang="guc", gm=["José Antonio", "Wilder", "Arcadio", "Jayariyú", "Eliécer", "Ramiro", "Nemesio"],
                gf=["Remedios", "Yalitza", "Karina", "Yesenia", "Kamüsüchiwo", "Dilia", "Ana Rita"],
                fam=["Epiayú", "Uriana", "Ipuana", "Pushaina", "Jayariyú", "Epinayú", "Sapuana", "Uliana", "Jusayú", "Gouriyú", "Ballesteros"],
                fem=same, cyr=False, two=True, ph=["CO_mob"], mail=["gmail.com", "hotmail.com", "yahoo.es"]),
    "nso": dict(lang="nso", gm=["Lesiba", "Kgaogelo", "Phuti", "Lehlogonolo", "Matome", "Makgabo", "Tshepo"],
                gf=["Mahlatse", "Tshegofatšo", "Mmathapelo", "Refilwe", "Mapula", "Dikeledi", "Mosima"],
                fam=["Mphahlele", "Maake", "Ramaphakela", "Mokgotho", "Mamabolo", "Makgoba", "Lebepe", "Seanego", "Mothapo", "Masenya", "Ramokgopa", "Mogale"],
                fem=same, cyr=False, ph=["ZA_pol", "ZA_mob", "ZA_mob"], mail=["gmail.com", "webmail.co.za", "telkomsa.net", "vodamail.co.za"]),
    "loz": dict(lang="loz", gm=["Mubita", "Sitali", "Akapelwa", "Mutumba", "Mwiya", "Lubasi", "Kalaluka"],
                gf=["Inonge", "Namakau", "Mwangala", "Liseli", "Nalukui", "Mukela", "Sepiso"],
                fam=["Lubinda", "Akashambatwa", "Sikota", "Mufalali", "Sibote", "Mubonda", "Imasiku", "Namushi", "Lisulo", "Nyambe", "Wamundila"],
                fem=same, cyr=False, ph=["ZM_mob", "ZM_mongu"], mail=["gmail.com", "zamtel.zm", "yahoo.com"]),
    "hz": dict(lang="hz", gm=["Uapingena", "Vetaruhe", "Kaera", "Tjinaa", "Ueitjiua", "Kazeongere", "Uazuvara"],
               gf=["Vemunavi", "Uerikua", "Tjipee", "Kaitu", "Veripuare", "Ngaringombe", "Uaundja"],
               fam=["Katjiuongua", "Hoveka", "Kazondu", "Tjivikua", "Kavari", "Mbaeva", "Kandjii", "Tjiho", "Katjivena", "Tjiueza", "Kauta"],
               fem=same, cyr=False, ph=["NA_mob", "NA_whk"], mail=["gmail.com", "iway.na", "africaonline.com.na"]),
    "naq": dict(lang="naq", gm=["Gerson", "Jakobus", "Festus", "Immanuel", "Hendrik", "Petrus"],
                gf=["Hendrina", "Elfriede", "Magdalena", "Ottilie", "Frieda", "Selma"],
                fam=["Gariseb", "Uirab", "Naobeb", "Goagoseb", "Auchamab", "Hoaeb", "Khaxab", "Garoëb", "Nanub", "Gaseb"],
                fem=lambda f: f[:-1] + "s" if f.endswith("b") else f, cyr=False, ph=["NA_mob", "NA_whk"], mail=["gmail.com", "iway.na", "yahoo.com"]),
    "crs": dict(lang="crs", gm=["Jean-Claude", "Terrence", "Ralph", "Kenny", "Marco", "Wilfred", "Dorothé"],
                gf=["Marie-France", "Sheryl", "Christelle", "Annie-May", "Nella", "Sybil", "Jeanette"],
                fam=["Hoareau", "Payet", "Morel", "Larue", "Dubel", "Lablache", "Confait", "Servina", "Esparon", "Mondon", "Barbé", "Figaro"],
                fem=same, cyr=False, ph=["SC_mob", "SC_fix"], mail=["gmail.com", "seychelles.net", "intelvision.sc", "hotmail.com"]),
    "tiv": dict(lang="tiv", gm=["Terhemba", "Msughter", "Aondona", "Terver", "Orshio", "Tersoo", "Iorwase"],
                gf=["Doosuur", "Nguveren", "Iveren", "Sewuese", "Mimidoo", "Ngodoo", "Mwuese"],
                fam=["Agber", "Iyorchia", "Akaaha", "Ikyaator", "Ugbah", "Anyam", "Hembe", "Ioryina", "Gbor", "Ayua", "Tyough"],
                fem=same, cyr=False, ph=["NG_mob"], mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "swb": dict(lang="swb", gm=["Soilihi", "Attoumani", "Houmadi", "Ousseni", "Ahamada", "Boinali", "Zoubeir"],
                gf=["Anziza", "Faïza", "Echati", "Zaïnaba", "Mariama", "Rahamatou", "Moinaecha"],
                fam=["Madi", "Abdallah", "Mohamed", "Saindou", "Combo", "Hamada", "Ali Moussa", "Youssouf", "Mkadara", "Bacar", "Ahmed Abdou"],
                fem=same, cyr=False, ph=["YT_fix", "YT_mob"], mail=["orange.fr", "gmail.com", "wanadoo.fr", "hotmail.fr"]),
    "ami": dict(lang="ami", gm=["Kolas", "Mayaw", "Calaw", "Ofad", "Fotol", "Anaw", "Sawmah"],
                gf=["Panay", "Lafay", "Dongi", "Iyang", "Lisin", "Hana", "Ngaday"],
                fam=["Foting", "Biho", "Mayaw", "Kolas", "Ado", "Lafay", "Sra", "Tiyod", "Calaw", "Pisaw"],
                fem=same, cyr=False, ph=["TW_hl", "TW_mob"], mail=["gmail.com", "yahoo.com.tw", "hotmail.com"]),
    "hil": dict(lang="hil", gm=["Rey", "Joel", "Jerome", "Rodel", "Junjun", "Ariel", "Nonoy"],
                gf=["Ma. Cristina", "Precious", "Jessa Mae", "Kristine Joy", "Marivic", "Inday", "Lourdes"],
                fam=["Jalandoni", "Gustilo", "Montinola", "Javellana", "Tupas", "Sorongon", "Dellota", "Gumban", "Ganzon", "Lamasan", "Pama", "Jaleco"],
                fem=same, cyr=False, mi=True, ph=["PH_ilo", "PH_mob", "PH_mob"], mail=["gmail.com", "yahoo.com", "ymail.com"]),
    "war": dict(lang="war", gm=["Noel", "Jerwin", "Romnick", "Dodong", "Ramil", "Arnel"],
                gf=["Glenda", "Marife", "Analyn", "Leizel", "Rhea", "Nenita"],
                fam=["Abuyen", "Obina", "Pacana", "Sabenorio", "Acebedo", "Codilla", "Yaokasin", "Daantos", "Bernadas", "Gacho", "Cinco"],
                fem=same, cyr=False, mi=True, ph=["PH_tac", "PH_mob"], mail=["gmail.com", "yahoo.com"]),
    "min": dict(lang="min", gm=["Afrizal", "Zulkifli", "Hendri", "Syafrudin", "Ermanto", "Yusrizal", "Fadhli"],
                gf=["Rosmaniar", "Yulnetri", "Deswita", "Yusnidar", "Nofrianti", "Elfia", "Rahmi"],
                fam=["Chaniago", "Piliang", "Tanjung", "Sikumbang", "Koto", "Jambak", "Guci", "Sipisang", "Pitopang", "Mandailiang"],
                fem=same, cyr=False, ph=["ID_pdg", "ID_mob", "ID_mob"], mail=["gmail.com", "yahoo.co.id", "ymail.com"]),
    "mai": dict(lang="mai", gm=["शुभंकर", "राजनाथ", "घनश्याम", "लक्ष्मीनाथ", "विद्यानन्द", "कुमुदेश"],
                gf=["प्रियंका", "कुमुद", "सुधा", "अनुराधा", "भवानी", "रेणु"],
                fam=["झा", "मिश्र", "ठाकुर", "कर्ण", "चौधरी", "मंडल", "पाठक", "लाल दास"],
                fem=same, cyr=False, deva=True, ph=["IN_dbg", "IN_mob", "IN_mob"], mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
                lat={"शुभंकर": "Shubhankar", "राजनाथ": "Rajnath", "घनश्याम": "Ghanshyam", "लक्ष्मीनाथ": "Lakshminath", "विद्यानन्द": "Vidyanand", "कुमुदेश": "Kumudesh",
                     "प्रियंका": "Priyanka", "कुमुद": "Kumud", "सुधा": "Sudha", "अनुराधा": "Anuradha", "भवानी": "Bhawani", "रेणु": "Renu",
                     "झा": "Jha", "मिश्र": "Mishra", "ठाकुर": "Thakur", "कर्ण": "Karn", "चौधरी": "Choudhary", "मंडल": "Mandal", "पाठक": "Pathak", "लाल दास": "Lal Das"}),
    "doi": dict(lang="doi", gm=["Ajatshatru", "Yashpal", "Vikramjit", "Rakesh", "Bodh Raj", "Kuldeep"],
                gf=["Kanta", "Nirmal", "Anupama", "Sunita", "Padma", "Shashi"],
                fam=["Jamwal", "Manhas", "Slathia", "Charak", "Jasrotia", "Bhau", "Langeh", "Andotra", "Pathania", "Balgotra"],
                fem=same, cyr=False, ph=["IN_jmu", "IN_mob"], mail=["gmail.com", "rediffmail.com", "yahoo.co.in"]),
    "bal": dict(lang="bal", gm=["Dostain", "Gul Khan", "Balach", "Hammal", "Jiand", "Durjan", "Shahdad"],
                gf=["Mehrnaz", "Sammi", "Mahgul", "Karima", "Banadi", "Hani", "Zarjan"],
                fam=["Rind", "Gichki", "Notezai", "Lehri", "Zehri", "Magsi", "Bizenjo", "Kenazai", "Raisani", "Mengal", "Sasoli"],
                fem=same, cyr=False, ph=["PK_qta", "PK_mob", "PK_mob"], mail=["gmail.com", "yahoo.com", "hotmail.com"]),
    "rar": dict(lang="rar", gm=["Teariki", "Tangata", "Ngametua", "Tuaine", "Mii", "Taputu", "Teokotai"],
                gf=["Tepaeru", "Vaine", "Mata", "Ngatokorua", "Manea", "Tekura", "Moeroa"],
                fam=["Tuara", "Puna", "Maoate", "Tangimetua", "Tupa", "Matapo", "Tetava", "Ngaau", "Taripo", "Rongo", "Akava"],
                fem=same, cyr=False, ph=["CK", "CK", "NZ_mob"], mail=["oyster.net.ck", "gmail.com", "xtra.co.nz"]),
    "tvl": dict(lang="tvl", gm=["Saufatu", "Tinilau", "Malaki", "Pita", "Feue", "Siaosi"],
                gf=["Sina", "Lise", "Taina", "Fakasoa", "Tausaga", "Lupe"],
                fam=["Lotoala", "Taupo", "Penitala", "Laupepa", "Seluka", "Tafia", "Falani", "Homasi", "Paeniu", "Tauaa"],
                fem=same, cyr=False, ph=["TV", "TV", "AU_mob", "NZ_mob"], mail=["gmail.com", "yahoo.com", "tuvalu.tv"]),
    "pau": dict(lang="pau", gm=["Ikelau", "Mengkur", "Kilad", "Santos", "Ngiraked", "Tmetuchl"],
                gf=["Dilmei", "Yuriko", "Ebil", "Skebong", "Uchel", "Dirraklang"],
                fam=["Ngirmang", "Rechelbang", "Tellei", "Ngiraingas", "Kesolei", "Blailes", "Idechong", "Sadang", "Ngirachitei", "Rengiil", "Otobed"],
                fem=same, cyr=False, ph=["PW"], mail=["palaunet.com", "gmail.com", "yahoo.com"]),
}
CULTS = sorted(CULT)


def person(ck, female=None):
    """Returns dict: given, family, full (as written in running text),
    formal (family-first), female, email local part."""
    c = CULT[ck]
    if female is None:
        female = chance(0.5)
    g = pick(c["gf"] if female else c["gm"])
    f = pick(c["fam"])
    f = c["fem"](f) if female else f
    if c.get("two"):
        f2 = pick([x for x in c["fam"] if c["fem"](x) != f and x != f])
        f = f + " " + f2
    p = {"given": g, "family": f, "female": female}
    if c.get("cyr"):
        fa = pick(sorted(RU_PATR))
        pat = RU_PATR[fa][1 if female else 0]
        p["patr"] = pat
        p["full"] = "%s %s %s" % (g, pat, f)
        p["formal"] = "%s %s %s" % (f, g, pat)
        p["short"] = "%s %s. %s." % (f, g[0], pat[0])
    elif c.get("mi"):
        mi = pick("ABCDEGLMPRSTV") + "."
        p["full"] = "%s %s %s" % (g, mi, f)
        p["formal"] = "%s, %s %s" % (f, g, mi)
    else:
        p["full"] = "%s %s" % (g, f)
        p["formal"] = "%s, %s" % (f, g)
    if c.get("deva"):
        lat = c["lat"]
        p["latin"] = "%s %s" % (lat[g], lat[f])
        loc = slug(lat[g]) + "." + slug(lat[f].split()[0])
    else:
        gg = slug(g.split()[0])
        ff = slug(f.split()[0])
        loc = pick([gg + "." + ff, gg + ff, gg[0] + ff, ff + "." + gg, gg + "_" + ff + str(R.randint(1, 99)), gg + ff[0] + str(R.randint(70, 99))])
    p["mail"] = loc + "@" + pick(c["mail"])
    return p


def Lp(v):
    return L("person", v)


def Le(v):
    return L("email", v)


def Ltel(ck, style=None):
    return phone(pick(CULT[ck]["ph"]), style)


# ---------------------------------------------------------------- addresses
# Each returns the address as a list of lines (joined by ", " on one line
# or by "\n" in letters). Streets, villages and layouts written for this part.

def _n(a, b):
    return R.randint(a, b)


def a_cv():
    if chance(0.6):
        return ["%d, г. Чебоксары, %s, д. %d, кв. %d" % (pick([428000, 428003, 428017, 428022, 428031]), pick(["ул. Хузангая", "пр-т Тракторостроителей", "ул. Калинина", "Эгерский б-р", "ул. Гагарина"]), _n(1, 90), _n(1, 180))]
    return ["%s р-н, с. %s, ул. %s, д. %d" % (pick(["Аликовский", "Моргаушский", "Яльчикский", "Красночетайский"]), pick(["Аликово", "Большой Сундырь", "Яльчики", "Хормалы"]), pick(["Садовая", "Лесная", "Школьная"]), _n(1, 60)), "Чувашская Республика, %d" % pick([429250, 429530, 429380, 429040])]


def a_udm():
    if chance(0.6):
        return ["%d, г. Ижевск, %s, д. %d, кв. %d" % (pick([426011, 426057, 426063, 426069]), pick(["ул. Удмуртская", "ул. Пушкинская", "ул. Ворошилова", "ул. 10 лет Октября"]), _n(1, 280), _n(1, 140))]
    return ["Удмуртская Республика, %s р-н, д. %s, ул. %s, д. %d" % (pick(["Малопургинский", "Игринский", "Можгинский"]), pick(["Бураново", "Кузебаево", "Пычас", "Старые Копки"]), pick(["Центральная", "Полевая", "Заречная"]), _n(1, 45)), "%d" % pick([427820, 427145, 427790])]


def a_mhr():
    return ["%d, г. Йошкар-Ола, %s, д. %d, кв. %d" % (pick([424000, 424003, 424031, 424038]), pick(["ул. Пушкина", "Ленинский пр-т", "ул. Первомайская", "б-р Чавайна"]), _n(1, 120), _n(1, 99))] if chance(0.6) else \
        ["Республика Марий Эл, %s р-н, с. %s, ул. %s, д. %d, %d" % (pick(["Моркинский", "Сернурский", "Параньгинский"]), pick(["Шиньша", "Кужеры", "Сернур"]), pick(["Мира", "Молодёжная", "Школьная"]), _n(1, 50), pick([425130, 425450, 425570]))]


def a_crh():
    k = R.random()
    if k < 0.4:
        return ["%s Mah. %s No: %d D: %d" % (pick(["Hoşnudiye", "Şirintepe", "Emek", "Gökmeydan"]), pick(["İsmet İnönü Cad.", "Kırım Sok.", "Bağlar Cad.", "Yeşiltepe Sok."]), _n(1, 140), _n(1, 20)), "%d %s/Eskişehir" % (pick([26130, 26090, 26170]), pick(["Tepebaşı", "Odunpazarı"]))]
    if k < 0.7:
        return ["Str. %s nr. %d" % (pick(["Ovidiu", "Tudor Vladimirescu", "Republicii", "Mamaia"]), _n(1, 80)), "%d %s, jud. Constanța" % (pick([905600, 905700, 900001]), pick(["Medgidia", "Mangalia", "Constanța"]))]
    return ["вул. %s, %d, кв. %d" % (pick(["Кримська", "Ніжинська", "Велика Васильківська"]), _n(1, 90), _n(1, 120)), "м. Київ, %s" % pick(["02000", "03150", "04119"])]


def a_fit():
    return ["%s %d" % (pick(["Storgatan", "Köpmansgatan", "Torget", "Strandvägen", "Tornedalsvägen"]), _n(1, 60)), "%s" % pick(["953 31 Haparanda", "984 31 Pajala", "984 94 Tärendö", "957 31 Övertorneå", "984 95 Korpilombolo"])]


def a_rup():
    if chance(0.5):
        return ["ул. %s бр. %d" % (pick(["Питу Гули", "Никола Карев", "Јане Сандански"]), _n(1, 60)), "%s" % pick(["7550 Крушево", "7000 Битола", "1230 Гостивар"])]
    return ["Str. %s nr. %d, bl. %s, ap. %d" % (pick(["Dobrogei", "Mircea cel Bătrân", "Cuza Vodă"]), _n(1, 90), pick(["A3", "C7", "F2"]), _n(1, 60)), "%s, jud. %s" % pick([("900403 Constanța", "Constanța"), ("820001 Tulcea", "Tulcea"), ("905500 Cernavodă", "Constanța")])[0:2]]


def a_aae():
    return ["Via %s %d" % (pick(["Skanderbeg", "Giorgio Kastriota", "Sant'Atanasio", "dei Greci", "Castriota"]), _n(1, 70)), "%s" % pick(["87010 Civita (CS)", "90037 Piana degli Albanesi (PA)", "87040 Lungro (CS)", "87069 San Demetrio Corone (CS)", "90030 Contessa Entellina (PA)"])]


def a_nap():
    return ["%s %d" % (pick(["Via San Gregorio Armeno", "Vico Lungo Gelso", "Via dei Tribunali", "Salita Tarsia", "Vico Santa Maria Apparente", "Via Pignasecca"]), _n(1, 120)), "%s" % pick(["80138 Napoli (NA)", "80134 Napoli (NA)", "80059 Torre del Greco (NA)", "80055 Portici (NA)", "80135 Napoli (NA)"])]


def a_lij():
    return ["%s %d/%d" % (pick(["Salita Santa Caterina", "Via del Campo", "Vico del Fico", "Via Gramsci", "Salita Pollaiuoli", "Via Ruffini"]), _n(1, 40), _n(1, 18)), "%s" % pick(["16123 Genova (GE)", "16128 Genova (GE)", "16032 Camogli (GE)", "16036 Recco (GE)", "16038 Santa Margherita Ligure (GE)"])]


def a_pms():
    return ["%s %d" % (pick(["Via Vittorio Emanuele II", "Corso Piave", "Via Cavour", "Piazza Risorgimento", "Via Maestra"]), _n(1, 90)), "%s" % pick(["12051 Alba (CN)", "12063 Dogliani (CN)", "12060 Barolo (CN)", "12040 Monticello d'Alba (CN)", "10124 Torino (TO)"])]


def a_an():
    return ["C/ %s, %d, %s" % (pick(["Mayor", "d'o Carmen", "Echecho", "Baxa", "Ramiro I"]), _n(1, 40), pick(["1.º A", "2.º B", "3.º izq.", "bajo"])), "%s" % pick(["22700 Chaca (Uesca)", "22640 Sallent de Galligo (Uesca)", "22360 Lanuza", "22300 Balbastro (Uesca)", "50001 Zaragoza"])]


def a_pcd():
    return ["%d %s" % (_n(1, 120), pick(["rue des Jacobins", "rue Saint-Leu", "rue de la Hotoie", "chemin du Halage", "rue Delambre", "place Parmentier"])), "%s" % pick(["80000 Amiens", "80100 Abbeville", "80200 Péronne", "59000 Lille", "62100 Calais"])]


def a_nrf():
    return ["%s" % pick(["Les Vaux", "La Chasse", "Le Clos du Moulin", "Beau Désert", "La Pompe"]), "%s" % pick(["La Rue de la Blinerie", "La Route de St Aubin", "La Rue du Pont", "La Grande Route de St Martin"]), "%s, Jersey %s" % pick([("St Clement", "JE2 6QT"), ("St Ouen", "JE3 2LG"), ("Trinity", "JE3 5AS"), ("St Martin", "JE3 6DN"), ("Grouville", "JE3 9BN")])]


def a_cr():
    return ["%s %d" % (pick(["House", "Box", "Lot"]), _n(1, 400)), "%s" % pick(["Norway House, MB R0B 1B0", "Cross Lake, MB R0B 0J0", "Stanley Mission, SK S0J 2P0", "Pelican Narrows, SK S0P 0E0", "Oxford House, MB R0B 1C0"])]


def a_crg():
    return ["%s" % pick(["%d Avenue P South" % _n(100, 1800), "Box %d" % _n(1, 300), "%d Main Street" % _n(1, 900), "%d Rue Desautels" % _n(1, 400)]), "%s" % pick(["Saskatoon, SK S7M 2W6", "St. Laurent, MB R0C 2S0", "Batoche, SK S0K 0K0", "Saint-Boniface, Winnipeg, MB R2H 0E4", "Île-à-la-Crosse, SK S0M 1C0"])]


def a_lkt():
    return ["%s" % pick(["PO Box %d" % _n(1, 900), "HC 49 Box %d" % _n(1, 90), "%d Crazy Horse Dr" % _n(100, 900)]), "%s" % pick(["Pine Ridge, SD 57770", "Porcupine, SD 57772", "Kyle, SD 57752", "Wanblee, SD 57577", "Mission, SD 57555"])]


def a_esu():
    return ["PO Box %d" % _n(1, 400), "%s" % pick(["Bethel, AK 99559", "Toksook Bay, AK 99637", "Chevak, AK 99563", "Hooper Bay, AK 99604", "Quinhagak, AK 99655"])]


def a_gul():
    return ["%d %s" % (_n(10, 2800), pick(["Sea Island Pkwy", "Dr Martin Luther King Jr Dr", "Land's End Rd", "Polowana Rd", "Warsaw Island Rd"])), "%s" % pick(["St Helena Island, SC 29920", "Hilton Head Island, SC 29926", "Johns Island, SC 29455", "Wadmalaw Island, SC 29487"])]


def a_kek():
    return ["%da. calle %d-%02d zona %d" % (_n(1, 9), _n(1, 12), _n(1, 80), _n(1, 6)), "%s" % pick(["Cobán, Alta Verapaz", "San Pedro Carchá, Alta Verapaz", "Chisec, Alta Verapaz", "San Juan Chamelco, Alta Verapaz"])]


def a_qvi():
    return ["%s" % pick(["Calle Sucre y Colón", "Comunidad Peguche", "Calle Bolívar %d y Quiroga" % _n(1, 20), "Comunidad Ilumán Bajo", "Av. Atahualpa y Quito"]), "%s" % pick(["Otavalo, Imbabura", "Otavalo 100450, Imbabura", "Cotacachi, Imbabura", "San Pablo del Lago, Imbabura"])]


def a_guc():
    return ["%s" % pick(["Calle %d # %d-%d" % (_n(1, 20), _n(1, 15), _n(1, 60)), "Ranchería %s" % pick(["Jepirra", "Kasiwoluin", "Iparú", "Wayuu Mmakat"])]), "%s" % pick(["Uribia, La Guajira", "Manaure, La Guajira", "Riohacha, La Guajira", "Maicao, La Guajira"])]


def a_nso():
    return ["%s" % pick(["Stand %d" % _n(100, 4800), "%d Hospital Street" % _n(1, 80), "%d Thabo Mbeki Street" % _n(1, 120), "House %d, Zone %d" % (_n(1, 900), _n(1, 9))]), "%s" % pick(["Ga-Mphahlele, 0736", "Polokwane, 0699", "Jane Furse, 1085", "Seshego, 0742", "Lebowakgomo, 0737"])]


def a_loz():
    return ["%s" % pick(["Plot %d, Lealui Road" % _n(1, 400), "P.O. Box %d" % _n(91000, 91999), "House %d, Limulunga" % _n(1, 300), "Plot %d, Independence Avenue" % _n(1, 200)]), "%s" % pick(["Mongu, Western Province", "Kalabo, Western Province", "Senanga", "Mongu"])]


def a_hz():
    return ["%s" % pick(["Erf %d" % _n(100, 4000), "P.O. Box %d" % _n(1, 900), "%d Hosea Kutako Street" % _n(1, 90)]), "%s" % pick(["Okahandja", "Okakarara", "Katutura, Windhoek", "Gobabis", "Opuwo"])]


def a_naq():
    return ["%s" % pick(["Erf %d" % _n(100, 3000), "P.O. Box %d" % _n(1, 400)]), "%s" % pick(["Khorixas", "Sesfontein", "Keetmanshoop", "Rehoboth", "Mariental"])]


def a_crs():
    return ["%s" % pick(["Anse Royale", "Mont Fleuri", "Baie Ste Anne", "Glacis", "Takamaka", "Bel Ombre", "La Digue"]), "%s" % pick(["Mahé", "Victoria, Mahé", "Praslin", "Mahé, Seychelles"])]


def a_tiv():
    return ["No. %d %s" % (_n(1, 90), pick(["Ankpa Quarters Road", "J.S. Tarka Way", "Old Otukpo Road", "Gboko Road", "Wurukum Market Street"])), "%s" % pick(["Makurdi, Benue State", "Gboko, Benue State", "Katsina-Ala, Benue State", "Vandeikya, Benue State"])]


def a_swb():
    return ["%d %s" % (_n(1, 60), pick(["rue du Commerce", "rue Mahabou", "impasse Caribou", "route de Vahibé", "rue de la Mosquée"])), "%s" % pick(["97600 Mamoudzou", "97670 Chiconi", "97615 Pamandzi", "97660 Dembéni", "97620 Chirongui"])]


def a_ami():
    if chance(0.5):
        return ["%s" % pick(["花蓮縣吉安鄉南昌村中山路一段%d號" % _n(1, 300), "花蓮縣光復鄉大馬村%d鄰%d號" % (_n(1, 20), _n(1, 90)), "臺東縣成功鎮三民里%d號" % _n(1, 200)])]
    return ["No. %d, %s" % (_n(1, 200), pick(["Sec. 1, Zhongshan Rd., Ji'an Township", "Mataian Village, Guangfu Township", "Dulan Village, Donghe Township"])), "%s" % pick(["Hualien County 973", "Hualien County 976", "Taitung County 959"])]


def a_hil():
    return ["%s" % pick(["Blk %d Lot %d, Villa Arevalo" % (_n(1, 20), _n(1, 40)), "Brgy. Tabuc Suba, Jaro", "%d Gen. Luna St." % _n(1, 300), "Purok %d, Brgy. Balantang, Jaro" % _n(1, 7)]), "%s" % pick(["Iloilo City 5000", "Iloilo City", "Pavia, Iloilo 5001", "Oton, Iloilo 5020"])]


def a_war():
    return ["%s" % pick(["Brgy. %d San Jose" % _n(80, 90), "%d Real St." % _n(1, 200), "Purok %d, Brgy. Marasbaras" % _n(1, 6)]), "%s" % pick(["Tacloban City, Leyte 6500", "Palo, Leyte 6501", "Tanauan, Leyte 6502", "Catbalogan City, Samar 6700"])]


def a_min():
    if chance(0.5):
        return ["Jl. %s No. %d" % (pick(["Sudirman", "Perintis Kemerdekaan", "Veteran", "Khatib Sulaiman"]), _n(1, 120)), "Kel. %s, Kec. %s" % (pick(["Alai Parak Kopi", "Flamboyan Baru", "Jati"]), pick(["Padang Utara", "Padang Barat", "Padang Timur"])), "Kota Padang, Sumatera Barat %d" % pick([25115, 25133, 25121])]
    return ["Jorong %s, Nagari %s" % (pick(["Koto Baru", "Pincuran Tujuah", "Balai Gadang"]), pick(["Sungai Pua", "Pariangan", "Pandai Sikek"])), "Kec. %s, Kab. %s, Sumatera Barat %d" % (pick(["Sungai Pua", "Pariangan", "X Koto"]), pick(["Agam", "Tanah Datar"]), pick([26181, 27264, 27151]))]


def a_mai():
    return ["%s" % pick(["मोहल्ला लालबाग", "ग्राम रांटी, पो. रांटी", "वार्ड नं. %d, शुभंकरपुर" % _n(1, 40)]), "%s" % pick(["दरभंगा, बिहार %d" % 846004, "जिला मधुबनी, बिहार 847211", "दरभंगा 846009"])] if chance(0.5) else \
        ["%s" % pick(["Mohalla Lalbagh", "Village Ranti, P.O. Ranti", "Ward No. %d, Shubhankarpur" % _n(1, 40)]), "%s" % pick(["Darbhanga, Bihar 846004", "Dist. Madhubani, Bihar 847211", "Darbhanga 846009"])]


def a_doi():
    return ["%s" % pick(["H. No. %d, Sector %d, Gandhi Nagar" % (_n(1, 400), _n(1, 7)), "Ward %d, Mohalla Jamwalan" % _n(1, 20), "%d-A, Trikuta Nagar" % _n(1, 300)]), "%s" % pick(["Jammu 180004", "Jammu, J&K 180012", "Kathua, J&K 184101", "Udhampur 182101"])]


def a_bal():
    return ["%s" % pick(["House %d, Jinnah Town" % _n(1, 300), "Street %d, Samungli Road" % _n(1, 20), "Mohalla Gichkiabad"]), "%s" % pick(["Quetta 87300", "Quetta", "Turbat, Kech", "Gwadar 91200", "Panjgur"])]


def a_rar():
    return ["%s" % pick(["PO Box %d" % _n(1, 900), "Nikao", "Arorangi", "Titikaveka", "Ngatangiia"]), "%s" % pick(["Avarua, Rarotonga", "Rarotonga, Cook Islands", "Rarotonga"])]


def a_tvl():
    return ["%s" % pick(["Vaiaku", "Fakaifou", "Alapi", "Senala", "Lofeagai"]), "Funafuti, Tuvalu"]


def a_pau():
    return ["%s" % pick(["PO Box %d" % _n(1, 3000), "Ngerkebesang hamlet", "Meketii hamlet", "Idid hamlet"]), "%s" % pick(["Koror, PW 96940", "Koror, Palau 96940", "Airai, PW 96940"])]


ADDR = {k: globals()["a_" + k] for k in CULT}


def addr(ck, sep=", "):
    return L("address", sep.join(ADDR[ck]()), sub=ck)


# ---------------------------------------------------------------- ids per culture

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
TW_L = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19, "L": 20, "M": 21,
        "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33}


def tw_id(female, letter="U"):
    body = letter + ("2" if female else "1") + dg(7)
    n = TW_L[letter]
    t = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body[1:], [8, 7, 6, 5, 4, 3, 2, 1]))
    return body + str((10 - t % 10) % 10)


def tw_ok(s):
    n = TW_L[s[0]]
    t = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1]))
    return t % 10 == 0


BELF = {"nap": ["F839"], "lij": ["D969"], "pms": ["L219", "A124"], "aae": ["G273", "D086"]}


def gov(ck, p, ymd):
    """A gov id for a person of culture ck: (L or None, field label)."""
    y, m, d = ymd
    f = p["female"]
    if ck in ("cv", "udm", "mhr"):
        return L("gov_id", dg(16), sub="ru_oms"), "полис ОМС"
    if ck == "crh":
        return L("gov_id", ua_unzr(ymd), sub="ua_unzr"), "UNZR"
    if ck in BELF:
        fam = p["family"].replace("'O ", "").replace("Di ", "Di")
        return L("gov_id", cf_make(fam, p["given"].split()[0], y % 100, m, d, f, pick(BELF[ck])), sub="it_cf"), "C.F."
    if ck == "an":
        n = R.randint(10000000, 29999999)
        return L("gov_id", "%08d%s" % (n, DNI_L[n % 23]) if chance(0.6) else "%08d-%s" % (n, DNI_L[n % 23]), sub="es_dni"), "DNI"
    if ck == "pcd":
        s = fr_spi()
        return L("gov_id", pick([s, "%s %s %s %s %s" % (s[:2], s[2:4], s[4:7], s[7:10], s[10:])]), sub="fr_spi"), "n° fiscal"
    if ck in ("cr", "crg"):
        k = R.random()
        if k < 0.4:
            return L("gov_id", "%03d%05d%02d" % (R.randint(260, 400), R.randint(1, 99999), R.randint(1, 12)), sub="ca_status"), "Registry No."
        if k < 0.7:
            return L("gov_id", "%s %s %s" % (dg(3), dg(3), dg(3)), sub="ca_mb_phin"), "PHIN"
        return L("gov_id", dg(9), sub="ca_sk_hsn"), "HSN"
    if ck in ("lkt", "esu", "gul"):
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn"), "SSN"
    if ck == "kek":
        return L("gov_id", gt_nit(), sub="gt_nit"), "NIT"
    if ck == "qvi":
        c = ec_cedula()
        return L("gov_id", pick([c, c[:9] + "-" + c[9]]), sub="ec_cedula"), "C.I."
    if ck == "guc":
        n = "%d" % R.randint(40000000, 1130000000)
        v = "{:,}".format(int(n)).replace(",", ".")
        return L("gov_id", v, sub="co_cc"), "C.C."
    if ck == "loz":
        return L("gov_id", "%s/%02d/1" % (dg(6), R.randint(10, 99)), sub="zm_nrc"), "NRC"
    if ck in ("hz", "naq"):
        return L("gov_id", na_id(ymd), sub="na_id"), "ID No."
    if ck == "tiv":
        return L("gov_id", str(R.randint(1, 9)) + dg(10), sub=pick(["ng_nin", "ng_bvn"])), "NIN"
    if ck == "swb":
        b, k = nir_mayotte(f, ymd)
        return L("gov_id", pick([b + " " + k, "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:8], b[8:10], b[10:13], k)]), sub="fr_nir_976"), "n° sécu"
    if ck == "ami":
        return L("gov_id", tw_id(f), sub="tw_id"), "身分證"
    if ck in ("hil", "war"):
        k = R.random()
        if k < 0.5:
            return L("gov_id", "%s-%s-%s-%s" % (dg(4), dg(4), dg(4), dg(4)), sub="ph_psn"), "PSN"
        return L("gov_id", "%s-%s-%s" % (dg(2), dg(9), dg(1)), sub="ph_philhealth"), "PhilHealth"
    if ck == "min":
        if chance(0.5):
            return L("gov_id", "%s.%s.%s.%s-%s.%s" % (dg(2), dg(3), dg(3), dg(1), dg(3), dg(3)), sub="id_npwp"), "NPWP"
        return L("gov_id", "000" + dg(10), sub="id_bpjs"), "No. BPJS"
    if ck in ("mai", "doi"):
        if chance(0.5):
            return L("gov_id", "91-%s-%s-%s" % (dg(4), dg(4), dg(4)), sub="in_abha"), "ABHA"
        return L("gov_id", "10" + dg(10), sub="in_uan"), "UAN"
    if ck == "bal":
        return L("gov_id", "54400-%s-%d" % (dg(7), pick([2, 4, 6, 8]) if f else pick([1, 3, 5, 7, 9])), sub="pk_cnic"), "CNIC"
    if ck == "fit":
        return None, None
    return None, None


# ---------------------------------------------------------------- language packs
# genre (the form value of the culture's roster), title, column labels
# (name, phone, birth, address, email), greeting, self-introduction, phone
# and birth sentences, sign-off; dob styles and month-name language.

LP = {
    "cv": dict(genre="akatuy_roster", title="Акатуй — хутшӑнакансен списокӗ", cols=["Хушамат, ят", "Телефон", "Ҫуралнӑ кун", "Адрес", "Эл. почта"],
               intro="Ырӑ кун! Эпӗ — {name}.", tel="Ман телефон: {phone}.", born="Ҫуралнӑ кун: {dob}.", bye="Тав!", ds=["dmy.", "long"], ml="cv", nm="formal"),
    "udm": dict(genre="gerber_volunteers", title="Гербер — волонтёръёслэн списоксы", cols=["Нимы", "Телефон", "Вордскем нуналэз", "Адрес", "E-mail"],
                intro="Ӟечбуресь! Мынам нимы — {name}.", tel="Телефон: {phone}.", born="Вордскемы: {dob}.", bye="Тау!", ds=["dmy.", "long"], ml="ru", nm="formal"),
    "mhr": dict(genre="grove_prayer_donors", title="Кӱсото кумалтыш — пӧлек пуышо-влак", cols=["Лӱм", "Телефон", "Шочмо кече", "Адрес", "E-mail"],
                intro="Салам! Мыйын лӱмем — {name}.", tel="Телефон: {phone}.", born="Шочмо кече: {dob}.", bye="Тау!", ds=["dmy.", "long"], ml="ru", nm="formal"),
    "crh": dict(genre="hidirellez_committee", title="Hıdırellez — iştirakçiler cedveli", cols=["Adı, soyadı", "Telefon", "Doğğan künü", "Adres", "E-mail"],
                intro="Selâm! Menim adım {name}.", tel="Telefonım: {phone}.", born="Doğğan künüm: {dob}.", bye="Sağ oluñız!", ds=["dmy.", "long"], ml="crh", nm="full"),
    "fit": dict(genre="snowmobile_club_members", title="Skoterklubben — jäsenlista / medlemslista", cols=["Nimi", "Telefooni", "Syntymäpäivä", "Osote", "E-posti"],
                intro="Hei! Minun nimi on {name}.", tel="Telefooni: {phone}.", born="Olen syntyny {dob}.", bye="Kiitos!", ds=["iso", "long"], ml="fit", nm="full"),
    "rup": dict(genre="vlach_congress_registration", title="Sutsata Armãneascã — lista di partitsipantsã", cols=["Numa", "Telefon", "Data di amintari", "Adresa", "E-mail"],
                intro="Bunã dzuã! Mi cljamã {name}.", tel="Telefonlu a meu: {phone}.", born="Hiu amintat tu {dob}.", bye="Haristo!", ds=["dmy.", "long"], ml="rup", nm="full"),
    "aae": dict(genre="vallja_dancers", title="Vallja e Pashkëve — lista e valltarëve", cols=["Emri", "Telefoni", "Lindur më", "Adresa", "Email"],
                intro="Mirë se të gjej! Jam {name}.", tel="Telefoni: {phone}.", born="Lindur më {dob}.", bye="Ju falem!", ds=["dmy/", "dmy."], ml="it", nm="full"),
    "nap": dict(genre="presepe_commissions", title="Bottega d''o presepio — ordinazione 'e pasture", cols=["Nomme", "Telefono", "Nato/a 'o", "Indirizzo", "E-mail"],
                intro="Salve! Io so' {name}.", tel="'O nummero mio è {phone}.", born="So' nato/a 'o {dob}.", bye="Grazie assaje!", ds=["dmy/", "long"], ml="nap", nm="full"),
    "lij": dict(genre="cristezzanti_roster", title="Confraternita — lista di cristezzanti", cols=["Nomme", "Telefono", "Nasciûo o", "Indirisso", "E-mail"],
                intro="Ciao! Mi son {name}.", tel="O mæ numero: {phone}.", born="Son nasciûo o {dob}.", bye="Grazie!", ds=["dmy/", "long"], ml="lij", nm="full"),
    "pms": dict(genre="pallone_elastico_team", title="Balon — squadra e sòci 2025", cols=["Nòm", "Teléfon", "Nàit ël", "Adrëssa", "E-mail"],
                intro="Cerea! I son {name}.", tel="Ël mè numer: {phone}.", born="I son nàit ël {dob}.", bye="Mersì!", ds=["dmy/", "long"], ml="pms", nm="full"),
    "an": dict(genre="jota_contest_entries", title="Concurso de chota — inscripcions", cols=["Nombre y apellidos", "Telefono", "Naixencia", "Adreza", "Correu"],
               intro="Bueno día! Me clamo {name}.", tel="O mío telefono ye {phone}.", born="Naixié o {dob}.", bye="Grazias!", ds=["dmy/", "long"], ml="an", nm="full"),
    "pcd": dict(genre="giants_bearers", title="Géants — inscriptions porteux", cols=["Nom", "Téléphonne", "Né(e) l'", "Adresse", "Courriel"],
                intro="Bojour! Ej m'appelle {name}.", tel="Min numéro : {phone}.", born="Ej sus né l'{dob}.", bye="Merchi !", ds=["dmy/", "long"], ml="pcd", nm="full"),
    "nrf": dict(genre="battle_of_flowers_entrants", title="Battle of Flowers — entrants / Bataille dé Fliurs", cols=["Name / Nom", "Téléphone", "Date of birth", "Adresse", "Email"],
                intro="Bouônjour! Man nom est {name}.", tel="Téléphone: {phone}.", born="Né/Née le {dob}.", bye="Mèrcie!", ds=["dmy/", "long"], ml="en", nm="full"),
    "cr": dict(genre="trapline_registration", title="Trapline registration — ᑕᓂᓯ (tânisi)", cols=["Name", "Phone", "DOB", "Address", "Email"],
               intro="Tânisi! {name} nitisiyihkâson.", tel="My number is {phone}.", born="Born {dob}.", bye="Ay-hay!", ds=["iso", "mdy/", "long"], ml="en", nm="full"),
    "crg": dict(genre="harvester_card_applications", title="Métis harvester card — applications", cols=["Name", "Phone", "DOB", "Address", "Email"],
                intro="Taanishi! {name} dishinihkaashoon.", tel="Phone: {phone}.", born="Born {dob}.", bye="Marsii!", ds=["iso", "long"], ml="en", nm="full"),
    "lkt": dict(genre="wacipi_dancer_registration", title="Wačhípi dancer registration", cols=["Name", "Phone", "DOB", "Address", "Email"],
                intro="Háu kolá! {name} emáčiyapi.", tel="Phone: {phone}.", born="Born {dob}.", bye="Philámayaye!", ds=["mdy/", "long"], ml="en", nm="full"),
    "esu": dict(genre="subsistence_permit_list", title="Subsistence fishing permits — Yukon-Kuskokwim", cols=["Name", "Phone", "DOB", "Mailing address", "Email"],
                intro="Waqaa! {name}-mek atengqertua.", tel="Phone: {phone}.", born="Born {dob}.", bye="Quyana!", ds=["mdy/", "long"], ml="en", nm="full"),
    "gul": dict(genre="sweetgrass_vendor_permits", title="Sweetgrass basket stand permits", cols=["Name", "Phone", "DOB", "Address", "Email"],
                intro="Hey yuh! Me name {name}.", tel="Call me at {phone}.", born="Born {dob}.", bye="Tenki!", ds=["mdy/", "long"], ml="en", nm="full"),
    "kek": dict(genre="cardamom_coop_deliveries", title="Cooperativa de cardamomo — entregas", cols=["Nombre", "Teléfono", "Fecha de nacimiento", "Dirección", "Correo"],
                intro="Ma sa laach'ool? Lin k'ab'a' {name}.", tel="Lin teléfono: {phone}.", born="Nací el {dob}.", bye="Bantiox!", ds=["dmy/", "long"], ml="es", nm="full"),
    "qvi": dict(genre="minga_attendance", title="Minga — shutikunata killkashka", cols=["Shuti", "Teléfono", "Fecha de nacimiento", "Kawsana", "Correo"],
                intro="Alli puncha! Ñuka shutika {name} kan.", tel="Teléfono: {phone}.", born="Fecha de nacimiento: {dob}.", bye="Yupaychani!", ds=["dmy/", "long"], ml="es", nm="full"),
    "guc": dict(genre="weavers_coop_members", title="Asociación de tejedoras wayuu — socias", cols=["Nombre", "Celular", "Fecha de nacimiento", "Dirección", "Correo"],
                intro="Jamaya! Taya {name}.", tel="Mi celular: {phone}.", born="Nací el {dob}.", bye="Anayawachi!", ds=["dmy/", "long"], ml="es", nm="full"),
    "nso": dict(genre="sgb_nominations", title="Kgetho ya SGB — ditlhaolo", cols=["Leina", "Mogala", "Letšatši la matswalo", "Aterese", "Imeile"],
                intro="Dumelang! Leina la ka ke {name}.", tel="Nomoro ya ka ke {phone}.", born="Ke belegwe ka {dob}.", bye="Ke a leboga!", ds=["dmy/", "long", "iso"], ml="nso", nm="full"),
    "loz": dict(genre="kuomboka_paddlers", title="Kuomboka — paddlers list", cols=["Libizo", "Nomba", "Lizazi la ku pepwa", "Aterese", "Email"],
                intro="Muzuhile! Libizo la ka ki {name}.", tel="Nomba ya ka ki {phone}.", born="Ni pepilwe {dob}.", bye="Ni itumezi!", ds=["dmy/", "dmy."], ml="en", nm="full"),
    "hz": dict(genre="cattle_auction_registration", title="Ongombe auction — omatjangisiro", cols=["Ena", "Ongodi", "Eyuva ra kotjivarero", "Ondjiviro", "Email"],
               intro="Moro! Ena randje ove {name}.", tel="Ongodi: {phone}.", born="Mbe kwatwa {dob}.", bye="Okuhepa!", ds=["dmy/", "iso"], ml="en", nm="full"),
    "naq": dict(genre="conservancy_members", title="Conservancy members — ǁhûi-aona", cols=["ǀOn", "Phone", "Born", "Address", "Email"],
                intro="!Gâi tses! Ti ons ge {name} a.", tel="Phone: {phone}.", born="Born {dob}.", bye="Aio!", ds=["dmy/", "iso"], ml="en", nm="full"),
    "crs": dict(genre="festival_kreol_participants", title="Festival Kreol — lalis partisipan", cols=["Non", "Nimero telefonn", "Dat nesans", "Ladres", "Imel"],
                intro="Bonzour! Mon apel {name}.", tel="Mon nimero telefonn: {phone}.", born="Mon ne le {dob}.", bye="Mersi!", ds=["dmy/", "long"], ml="crs", nm="full"),
    "tiv": dict(genre="kwagh_hir_troupe", title="Kwagh-hir troupe list", cols=["Iti", "Phone", "Date of birth", "Address", "Email"],
                intro="Msugh! Iti yam ka {name}.", tel="Phone: {phone}.", born="Born {dob}.", bye="Msugh!", ds=["dmy/", "long"], ml="en", nm="full"),
    "swb": dict(genre="manzaraka_guest_list", title="Manzaraka — liste des invités", cols=["Nom", "Téléphone", "Né(e) le", "Adresse", "E-mail"],
                intro="Jeje! Dzina langu {name}.", tel="Téléphone : {phone}.", born="Né(e) le {dob}.", bye="Marahaba!", ds=["dmy/", "long"], ml="fr", nm="full"),
    "ami": dict(genre="ilisin_age_set_roster", title="Ilisin 豐年祭 — kapah roster", cols=["ngangan 姓名", "電話", "出生日期", "地址", "Email"],
                intro="Nga'ay ho! Ci {name} ko ngangan ako.", tel="電話 {phone}.", born="出生 {dob}.", bye="Aray!", ds=["iso", "dmy/"], ml="en", nm="full"),
    "hil": dict(genre="dinagyang_contingent", title="Dinagyang — tribe contingent list", cols=["Ngalan", "Numero", "Petsa sang pagkatawo", "Puloy-an", "Email"],
                intro="Maayong aga! Ako si {name}.", tel="Ang numero ko {phone}.", born="Natawo ako sang {dob}.", bye="Salamat gid!", ds=["long", "mdy/"], ml="hil", nm="full"),
    "war": dict(genre="pintados_participants", title="Pintados — listahan han partisipante", cols=["Ngaran", "Numero", "Petsa han pagkatawo", "Puy-anan", "Email"],
                intro="Maupay nga aga! Ako hi {name}.", tel="An akon numero {phone}.", born="Natawo ako han {dob}.", bye="Salamat!", ds=["long", "mdy/"], ml="hil", nm="full"),
    "min": dict(genre="perantau_association_members", title="Ikatan Keluarga Minang — daftar anggota", cols=["Namo", "No. HP", "Tanggal lahia", "Alamat", "Email"],
                intro="Assalamualaikum! Namo ambo {name}.", tel="Nomor HP ambo {phone}.", born="Ambo lahia {dob}.", bye="Tarimo kasih!", ds=["dmy-", "long"], ml="min", nm="full"),
    "mai": dict(genre="mithila_painters_register", title="मिथिला चित्रकला सहकारी — कलाकार पंजी", cols=["नाम", "फोन", "जन्म तिथि", "पता", "ईमेल"],
                intro="प्रणाम! हमर नाम {name} अछि।", tel="हमर फोन नम्बर {phone} अछि।", born="जन्म तिथि: {dob}।", bye="धन्यवाद!", ds=["dmy/", "dmy-"], ml="en", nm="full"),
    "doi": dict(genre="kavi_sammelan_registration", title="Dogri kavi sammelan — registration", cols=["Naan", "Phone", "Janm tithi", "Pata", "Email"],
                intro="Namaste ji! Mera naan {name} ai.", tel="Phone: {phone}.", born="Janm tithi: {dob}.", bye="Shukriya!", ds=["dmy/", "dmy-"], ml="en", nm="full"),
    "bal": dict(genre="culture_day_stalls", title="Balochi Culture Day — stall list", cols=["Naam", "Phone", "Paidaish", "Address", "Email"],
                intro="Salaam! Mani naam {name} int.", tel="Phone: {phone}.", born="Paidaish: {dob}.", bye="Minnatwar!", ds=["dmy/", "dmy-"], ml="en", nm="full"),
    "rar": dict(genre="te_maeva_nui_team", title="Te Maeva Nui — dance team", cols=["Ingoa", "Phone", "DOB", "Address", "Email"],
                intro="Kia orana! Ko {name} toku ingoa.", tel="Phone: {phone}.", born="Born {dob}.", bye="Meitaki maata!", ds=["dmy/", "long"], ml="en", nm="full"),
    "tvl": dict(genre="fatele_kaupule_list", title="Fatele — kaupule list", cols=["Igoa", "Phone", "DOB", "Address", "Email"],
                intro="Talofa! Toku igoa ko {name}.", tel="Phone: {phone}.", born="Born {dob}.", bye="Fakafetai!", ds=["dmy/", "long"], ml="en", nm="full"),
    "pau": dict(genre="ocheraol_contributions", title="Ocheraol — contributions", cols=["Ngakl", "Phone", "DOB", "Address", "Email"],
                intro="Alii! A ngklek a {name}.", tel="Phone: {phone}.", born="Born {dob}.", bye="Sulang!", ds=["mdy/", "long"], ml="en", nm="full"),
}

REQ = {
    "en": ["Can you tidy this up into a table?", "Please summarise this for me:", "Anonymise this before I forward it, please.", "What is missing from this list?",
           "Can you check this for typos?", "Turn this into a CSV, please.", "Translate this into English:"],
    "nap": ["Me faje nu riassunto 'e chesto?"], "an": ["Me fas un resumen d'isto?"], "crs": ["Ou kapab fer en rezime sa pour mwan?"],
    "hil": ["Pwede mo ini i-summarize para sa akon?"], "war": ["Puydi mo ba ini i-summarize?"], "min": ["Bisa dirangkum iko?"],
    "nso": ["Na o ka nthuša ka kakaretšo ya se?"], "mai": ["की अहाँ एकर सारांश कऽ सकैत छी?"], "lij": ["Ti me peu fâ un riassunto de questo?"],
    "pms": ["Peus-to fé-me un riassunt ëd sòn?"], "pcd": ["Te pux m'foaire un résumé d'cha ?"], "swb": ["Tu peux me résumer ça ?"],
    "kek": ["¿Me puedes ordenar esta lista?"], "qvi": ["¿Puedes pasar esto a una tabla?"], "guc": ["¿Me ayudas a pasar esto a Excel?"],
}


# ---------------------------------------------------------------- template machinery

TEMPLATES = []      # (name, fn, clean)


def tpl(clean=False, name=None):
    def deco(fn):
        TEMPLATES.append((name or fn.__name__, fn, clean))
        return fn
    return deco


def F(s, **kw):
    """Splits a format string with {key} slots into parts."""
    import re
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", s):
        out.append(s[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(s[pos:])
    return [x for x in out if x != ""]


def nm_of(ck, p):
    return p["formal"] if LP[ck]["nm"] == "formal" else p["full"]


def qcsv(parts, sep):
    """Quotes a CSV cell (parts) when its text holds the separator."""
    txt = "".join(x if isinstance(x, str) else x.value for x in parts)
    if sep in txt or '"' in txt:
        return ['"'] + parts + ['"']
    return parts


def join_cells(cells, sep):
    out = []
    for i, c in enumerate(cells):
        if i:
            out.append(sep)
        out.extend(c)
    return out


def bdob(ck, ymd=None):
    lp = LP[ck]
    ymd = ymd or bdate()
    return dob(ymd, pick(lp["ds"]), lp["ml"])


def make_roster(ck):
    lp = LP[ck]

    def roster():
        style = pick(["csv", "tsv", "md", "num", "num"])
        use_addr = chance(0.45)
        use_mail = chance(0.25)
        use_id = chance(0.45) and ck not in ("fit", "nso", "crs", "rar", "tvl", "pau", "rup", "nrf")
        head = [lp["cols"][0], lp["cols"][1], lp["cols"][2]]
        if use_addr:
            head.append(lp["cols"][3])
        if use_mail:
            head.append(lp["cols"][4])
        idlab = None
        rows = []
        for i in range(R.randint(3, 6)):
            p = person(ck)
            ymd = bdate(1945, 2007)
            cells = [[Lp(nm_of(ck, p))]]
            cells.append([Ltel(ck)] if chance(0.5) else ["—"])
            cells.append([bdob(ck, ymd)] if chance(0.5) else ["—"])
            if use_addr:
                cells.append([addr(ck)] if chance(0.8) else ["—"])
            if use_mail:
                cells.append([Le(p["mail"])] if chance(0.7) else ["—"])
            if use_id:
                g, lab = gov(ck, p, ymd)
                idlab = lab
                cells.append([g] if (g is not None and chance(0.8)) else ["—"])
            rows.append(cells)
        if use_id:
            head.append(idlab or "ID")
        out = [lp["title"], "\n"]
        if style in ("csv", "tsv"):
            sep = "," if style == "csv" else "\t"
            out += [sep.join(('"%s"' % h) if sep in h else h for h in head), "\n"]
            for cells in rows:
                out += join_cells([qcsv(c, sep) for c in cells], sep) + ["\n"]
        elif style == "md":
            out += ["| " + " | ".join(head) + " |\n", "|" + "---|" * len(head) + "\n"]
            for cells in rows:
                out += ["| "] + join_cells(cells, " | ") + [" |\n"]
        else:
            for i, cells in enumerate(rows):
                out += ["%d. " % (i + 1)] + join_cells([c for c in cells if c != ["—"]], " — " if chance(0.5) else "; ") + ["\n"]
        o = person(ck)
        out += ["\n", lp["bye"], " — ", Lp(o["full"])]
        if chance(0.4):
            out += [", ", Ltel(ck)]
        if chance(0.5):
            out += [", ", Le(o["mail"])]
        return lp["genre"], ck, out
    roster.__name__ = "roster_" + ck
    return roster


for _ck in CULTS:
    tpl(name="roster_" + _ck)(make_roster(_ck))


SIGNUP_IBAN = {"aae": ["IT"], "nap": ["IT"], "lij": ["IT"], "pms": ["IT"], "an": ["ES"], "pcd": ["FR"], "swb": ["FR"], "fit": ["SE"], "nrf": ["GB"],
               "crh": ["UA", "TR", "RO"], "crs": ["SC"], "kek": ["GT"], "rup": ["RO"]}


def make_signup(ck):
    lp = LP[ck]

    def signup():
        p = person(ck)
        out = [pick(["Re: ", "", "Fwd: ", ""]) + lp["title"].split(" — ")[0] + "\n\n"]
        out += F(lp["intro"], name=Lp(p["full"]))
        if chance(0.6):
            out += [" "] + F(lp["tel"], phone=Ltel(ck))
        if chance(0.4):
            out += [" "] + F(lp["born"], dob=bdob(ck))
        if ck in SIGNUP_IBAN and chance(0.45):
            out += ["\nIBAN: ", iban(pick(SIGNUP_IBAN[ck]))]
        if chance(0.18):
            out += ["\n\U0001F4B3 ", card(), " ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")]
        if chance(0.5):
            out += ["\n", lp["cols"][3], ": ", addr(ck)]
        if chance(0.4):
            q = person(ck)
            out += ["\n+ ", Lp(q["given"] + " " + p["family"] if CULT[ck]["fem"] is same and not CULT[ck].get("two") else q["full"])]
            if chance(0.5):
                out += [" (", Ltel(ck), ")"]
        if chance(0.6):
            out += ["\n", lp["cols"][4], ": ", Le(p["mail"])]
        out += ["\n", lp["bye"]]
        return "signup_reply", ck, out
    return signup


for _ck in CULTS:
    tpl(name="signup_" + _ck)(make_signup(_ck))


def intro_parts(ck, p, with_phone=True, with_dob=True, with_addr=False):
    lp = LP[ck]
    out = F(lp["intro"], name=Lp(p["full"]))
    if with_phone:
        out += [" "] + F(lp["tel"], phone=Ltel(ck))
    if with_dob:
        out += [" "] + F(lp["born"], dob=bdob(ck))
    if with_addr:
        out += [" ", addr(ck)]
    return out


# ---------------------------------------------------------------- documents and exports

def latin_ck():
    return pick([c for c in CULTS if c not in ("cv", "udm", "mhr", "mai")])


@tpl()
def docx_xml():
    ck = pick(CULTS)
    p = person(ck)
    q = person(ck)
    runs = [F(LP[ck]["intro"], name=Lp(p["full"]))]
    runs.append(F(LP[ck]["tel"], phone=Ltel(ck)))
    runs.append(F(LP[ck]["born"], dob=bdob(ck)))
    runs.append([addr(ck)])
    if chance(0.6):
        runs.append([Le(p["mail"])])
    runs.append([LP[ck]["bye"] + " ", Lp(q["full"])])
    out = ['<w:body>\n']
    for r in runs:
        out += ['  <w:p><w:r><w:t xml:space="preserve">'] + r + ['</w:t></w:r></w:p>\n']
    out.append('</w:body>')
    req = "I unzipped the .docx and this is word/document.xml — can you extract the letter text?\n" if chance(0.5) else ""
    return "docx_xml", ck, [req] + out


@tpl()
def rtf_letter():
    ck = latin_ck()
    p = person(ck)
    lines = [[Lp(p["full"])], [addr(ck, "\\par\n")], ["Tel. ", Ltel(ck)], [Le(p["mail"])], [""],
             F(LP[ck]["born"], dob=bdob(ck)), [LP[ck]["bye"]]]
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl {\\f0 Calibri;}}\n\\f0\\fs22 "]
    for ln in lines:
        out += ln + ["\\par\n"]
    out.append("}")
    return "rtf", ck, out


@tpl()
def xfdf_form():
    ck = pick(CULTS)
    p = person(ck)
    ymd = bdate(1950, 2006)
    fields = [("LastName", [Lp(p["family"])]), ("FirstName", [Lp(p["given"])]),
              ("DateOfBirth", [bdob(ck, ymd)]), ("Phone", [Ltel(ck)]), ("Email", [Le(p["mail"])])]
    if chance(0.6):
        fields.append(("Address", [addr(ck)]))
    g, lab = gov(ck, p, ymd)
    if g is not None and chance(0.7):
        fields.append(("IdNumber", [g]))
    if chance(0.3):
        fields.append(("CardNumber", [card(sep="")]))
    R.shuffle(fields)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n <f href="%s"/>\n <fields>\n' % pick(["application_form.pdf", "registration_2025.pdf", "membership.pdf"])]
    for k, v in fields:
        out += ['  <field name="%s"><value>' % k] + v + ['</value></field>\n']
    out.append(" </fields>\n</xfdf>")
    return "xfdf", ck, out


@tpl()
def latex_letter():
    ck = latin_ck()
    p = person(ck)
    q = person(ck)
    out = ["\\documentclass{letter}\n\\signature{", Lp(p["full"]), "}\n\\address{", addr(ck, " \\\\ "), " \\\\ Tel.~", Ltel(ck), "}\n\\begin{document}\n\\begin{letter}{",
           Lp(q["full"]), " \\\\ ", addr(ck, " \\\\ "), "}\n\\opening{"] + F(LP[ck]["intro"], name=Lp(p["full"])) + ["}\n"]
    out += F(LP[ck]["born"], dob=bdob(ck)) + [" ", Le(p["mail"]), "\n\\closing{", LP[ck]["bye"], "}\n\\end{letter}\n\\end{document}"]
    return "latex_letter", ck, out


@tpl()
def xlsx_sharedstrings():
    ck = pick(CULTS)
    items = []
    for h in LP[ck]["cols"][:3]:
        items.append([h])
    for _ in range(R.randint(2, 4)):
        p = person(ck)
        items.append([Lp(nm_of(ck, p))])
        items.append([Ltel(ck)])
        items.append([bdob(ck)])
    out = ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(items), len(items))]
    for it in items:
        out += ["<si><t>"] + it + ["</t></si>"]
    out.append("</sst>")
    return "xlsx_sharedstrings", ck, ["xl/sharedStrings.xml from the export (the sheet itself is broken):\n"] + out


@tpl()
def zoom_saved_chat():
    ck = pick(CULTS)
    ppl = [person(ck) for _ in range(3)]
    out = []
    t = R.randint(9, 18) * 3600 + R.randint(0, 3000)
    for i, p in enumerate(ppl):
        t += R.randint(20, 300)
        hh = "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)
        to = pick(["Everyone", "Everyone", None])
        out += [hh, " From ", Lp(p["full"]), " to ", (to or "Me"), "(Direct Message)" if to is None else "", ":\n\t"]
        k = i % 3
        if k == 0:
            out += F(LP[ck]["intro"], name=Lp(p["given"])) + [" ", Le(p["mail"])]
        elif k == 1:
            out += F(LP[ck]["tel"], phone=Ltel(ck))
        else:
            out += [LP[ck]["bye"]]
        out.append("\n")
    return "zoom_saved_chat", ck, ["meeting_saved_chat.txt:\n"] + out


@tpl()
def snapchat_json():
    ck = pick(CULTS)
    me = person(ck)
    fr = person(ck)
    out = ['{"Received Saved Chat History": [\n']
    msgs = [F(LP[ck]["intro"], name=Lp(fr["full"])), F(LP[ck]["tel"], phone=Ltel(ck)), F(LP[ck]["born"], dob=bdob(ck))]
    if chance(0.5):
        msgs.append([addr(ck)])
    for i, m in enumerate(msgs):
        out += ['  {"From": "', pick(["sunset", "island", "kreol", "mango", "tide"]) + "_" + str(R.randint(10, 999)), '", "Media Type": "TEXT", "Created": "2025-%02d-%02d %02d:%02d:%02d UTC", "Text": "' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))] + m + ['"}', ",\n" if i < len(msgs) - 1 else "\n"]
    out += ["],\n\"Display Name\": \"", Lp(me["full"]), "\"}"]
    return "snapchat_json", ck, out


@tpl()
def marc21():
    ck = latin_ck()
    p = person(ck)
    q = person(ck)
    y = R.randint(1940, 1995)
    out = ["=LDR  00000nam a2200000 i 4500\n=008  %02d%02d%02ds2024    xx a     b    001 0 und d\n" % (R.randint(20, 25), R.randint(1, 12), R.randint(1, 28)),
           "=100  1\\$a", Lp(p["formal"]), ",$d%d-$eauthor.\n" % y,
           "=245  10$a%s /$c" % pick(["Songs of the river", "Notes from the island", "A grammar sketch", "Weaving patterns", "Recipes of the village"]), Lp(p["full"]), " ; with photographs by ", Lp(q["full"]), ".\n",
           "=700  1\\$a", Lp(q["formal"]), ",$ephotographer.\n",
           "=856  40$zContact:$u", Le(p["mail"]), "\n"]
    return "marc21", ck, out


@tpl()
def bibtex():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(2, 4))]
    key = "ref%d" % R.randint(100, 999)
    out = ["@article{%s,\n  author = {" % key]
    for i, p in enumerate(ps):
        if i:
            out.append(" and ")
        out.append(Lp(p["formal"]))
    out += ["},\n  title = {%s},\n  journal = {%s},\n  year = {%d},\n  note = {Corresponding author: " % (
        pick(["Oral histories of seasonal work", "Language shift in two villages", "A field survey of fishing households", "Kinship terms revisited"]),
        pick(["Journal of Community Studies", "Field Linguistics Notes", "Island Studies Review"]), R.randint(2018, 2025)), Le(ps[0]["mail"]), "}\n}"]
    return "bibtex", "en", out


@tpl()
def ris():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(2, 3))]
    out = ["TY  - RPRT\n"]
    for p in ps:
        out += ["AU  - ", Lp(p["formal"]), "\n"]
    out += ["TI  - %s\nPY  - %d\nAD  - " % (pick(["Household survey report", "Community water report", "Festival economic impact"]), R.randint(2016, 2025)), addr(ck), "\nN1  - Contact ", Le(ps[0]["mail"]), ", ", Ltel(ck), "\nER  - "]
    return "ris", "en", out


@tpl()
def cda_xml():
    ck = latin_ck()
    p = person(ck)
    ymd = bdate(1935, 2015)
    a = ADDR[ck]()
    out = ['<recordTarget><patientRole>\n  <id root="2.16.840.1.113883.19.5" extension="%s"/>\n' % dg(8),
           '  <addr use="HP"><streetAddressLine>', L("address", ", ".join(a), sub=ck), '</streetAddressLine></addr>\n']
    out += ['  <telecom use="MC" value="tel:', phone(pick(CULT[ck]["ph"]), "e164"), '"/>\n',
            '  <patient>\n    <name><given>', Lp(p["given"]), '</given><family>', Lp(p["family"]), '</family></name>\n',
            '    <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>\n' % ("F" if p["female"] else "M"),
            '    <birthTime value="', dob(ymd, "ymd"), '"/>\n  </patient>\n</patientRole></recordTarget>']
    return "cda_xml", "en", out


@tpl()
def gdt_record():
    ck = pick(["crh", "rup", "aae", "an", "pcd", "swb", "nso", "tiv", "min", "hil", "bal"])
    p = person(ck)
    ymd = bdate(1940, 2010)

    def fld(code, parts):
        txt = "".join(x if isinstance(x, str) else x.value for x in parts)
        n = 3 + 4 + len(txt.encode("latin-1", "replace")) + 2
        return ["%03d%s" % (n, code)] + parts + ["\n"]
    out = ["01380006311\n"]
    out += fld("3000", [dg(5)])
    out += fld("3101", [Lp(p["family"])])
    out += fld("3102", [Lp(p["given"])])
    out += fld("3103", [dob(ymd, "dmy.").replace(".", "") if False else L("dob", "%02d%02d%d" % (ymd[2], ymd[1], ymd[0]))])
    out += fld("3110", ["2" if p["female"] else "1"])
    if chance(0.6):
        out += fld("3626", [phone("FR_mob" if ck in ("pcd", "swb") else "IT_mob" if ck == "aae" else "TR_mob" if ck == "crh" else "ES_mob" if ck == "an" else "RO_mob" if ck == "rup" else "ZA_mob" if ck == "nso" else "NG_mob" if ck == "tiv" else "ID_mob" if ck == "min" else "PH_mob" if ck == "hil" else "PK_mob", "intl")])
    return "gdt_record", "de", ["GDT-Datei aus der Praxissoftware, Satzart 6311 — warum kommt der Patient nicht an?\n"] + out


@tpl()
def mrz_kyc():
    ck = latin_ck()
    p = person(ck)
    ymd = bdate(1950, 2005)
    iss = {"crh": "UKR", "fit": "SWE", "rup": "MKD", "aae": "ITA", "nap": "ITA", "lij": "ITA", "pms": "ITA", "an": "ESP", "pcd": "FRA", "nrf": "GBR",
           "cr": "CAN", "crg": "CAN", "lkt": "USA", "esu": "USA", "gul": "USA", "kek": "GTM", "qvi": "ECU", "guc": "COL", "nso": "ZAF", "loz": "ZMB",
           "hz": "NAM", "naq": "NAM", "crs": "SYC", "tiv": "NGA", "swb": "FRA", "ami": "TWN", "hil": "PHL", "war": "PHL", "min": "IDN", "doi": "IND",
           "bal": "PAK", "rar": "COK", "tvl": "TUV", "pau": "PLW"}[ck]
    sur = slug(p["family"]).upper()
    giv = slug(p["given"].split()[0]).upper()
    fam_parts = [slug(x).upper() for x in p["family"].split()]
    l1_name = "<".join(fam_parts) + "<<" + giv
    pad = max(0, 44 - 5 - len(l1_name))
    doc = "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(2)) + dg(7)
    dobs = "%02d%02d%02d" % (ymd[0] % 100, ymd[1], ymd[2])
    exp = "%02d%02d%02d" % (R.randint(27, 34), R.randint(1, 12), R.randint(1, 28))
    sex = "F" if p["female"] else "M"
    line2a = doc + mrz_cd(doc) + iss
    opt = "<" * 14
    comp = doc + mrz_cd(doc) + dobs + mrz_cd(dobs) + exp + mrz_cd(exp) + opt + mrz_cd(opt)
    fin = mrz_cd(comp)
    out = ["P<%s" % iss]
    for i, fp in enumerate(fam_parts):
        if i:
            out.append("<")
        out.append(Lp(fp))
    out += ["<<", Lp(giv), "<" * pad, "\n", L("gov_id", doc, sub="passport"), mrz_cd(doc) + iss, L("dob", dobs), mrz_cd(dobs) + sex + exp + mrz_cd(exp) + opt + mrz_cd(opt) + fin]
    assert sur
    return "mrz_kyc_chat", "en", [pick(["The OCR gave me this MRZ for ", "Customer sent a passport photo, MRZ reads (for "]), Lp(p["full"]), "):\n"] + out + ["\n", pick(["Do the check digits add up?", "Which field is the expiry?", "Why does our parser reject it?"])]


# ---------------------------------------------------------------- packaging and project metadata

PO_LANG = {"cv": "Chuvash", "udm": "Udmurt", "mhr": "Meadow Mari", "crh": "Crimean Tatar", "fit": "Meänkieli", "rup": "Aromanian",
           "nap": "Neapolitan", "lij": "Ligurian", "pms": "Piedmontese", "an": "Aragonese", "pcd": "Picard", "nrf": "Jèrriais",
           "kek": "Q'eqchi'", "nso": "Northern Sotho", "loz": "Lozi", "hz": "Herero", "crs": "Seychellois Creole", "tiv": "Tiv",
           "hil": "Hiligaynon", "war": "Waray", "min": "Minangkabau", "mai": "Maithili", "doi": "Dogri", "bal": "Baluchi"}


@tpl()
def gettext_po():
    ck = pick(sorted(PO_LANG))
    p = person(ck)
    q = person(ck)
    out = ["# %s translation for %s.\n# Copyright (C) %d\n# This file is distributed under the same license as the package.\n# " % (PO_LANG[ck], pick(["gnome-calendar", "xfce4-panel", "kdeconnect", "shotwell", "gimp"]), R.randint(2015, 2025)),
           Lp(q["full"]), " <", Le(q["mail"]), ">, %d.\n#\nmsgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: %s\\n\"\n" % (R.randint(2015, 2024), pick(["3.2.1", "4.18", "24.08"])),
           "\"PO-Revision-Date: 2025-%02d-%02d %02d:%02d+0000\\n\"\n\"Last-Translator: " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)),
           Lp(p["full"]), " <", Le(p["mail"]), ">\\n\"\n\"Language-Team: %s <%s@li.org>\\n\"\n\"Language: %s\\n\"\n\"MIME-Version: 1.0\\n\"" % (PO_LANG[ck], ck, ck)]
    return "gettext_po", ck, out


@tpl()
def rpm_spec():
    ck = latin_ck()
    out = ["%changelog\n"]
    for _ in range(R.randint(2, 3)):
        p = person(ck)
        out += ["* %s %s %02d %d " % (pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), pick(["Jan", "Mar", "Jun", "Sep", "Nov"]), R.randint(1, 28), R.randint(2019, 2025)),
                Lp(p["full"]), " <", Le(p["mail"]), "> - %d.%d.%d-%d\n- %s\n\n" % (R.randint(0, 4), R.randint(0, 20), R.randint(0, 9), R.randint(1, 3), pick(["Rebuilt for new toolchain", "Fix build with gcc 14", "Update to latest upstream", "Add missing BuildRequires"]))]
    return "rpm_spec", "en", out


@tpl()
def debian_copyright():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(2, 3))]
    out = ["Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: %s\nUpstream-Contact: " % pick(["hunspell-dict", "keyboard-layouts", "fonts-tribal", "word-lists"]),
           Lp(ps[0]["full"]), " <", Le(ps[0]["mail"]), ">\n\nFiles: *\nCopyright: %d-%d " % (R.randint(2008, 2016), R.randint(2017, 2025)), Lp(ps[0]["full"]), "\n"]
    for p in ps[1:]:
        out += ["           %d " % R.randint(2012, 2025), Lp(p["full"]), " <", Le(p["mail"]), ">\n"]
    out.append("License: GPL-2+")
    return "debian_copyright", "en", out


@tpl()
def pyproject_toml():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(1, 3))]
    out = ["[project]\nname = \"%s\"\nversion = \"%d.%d.%d\"\nauthors = [\n" % (pick(["tribal-dict", "orthography-tools", "fest-planner", "roster-export"]), R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))]
    for p in ps:
        out += ["  { name = \"", Lp(p["full"]), "\", email = \"", Le(p["mail"]), "\" },\n"]
    out.append("]\n")
    if chance(0.5):
        tok = "pypi-AgEIcHlwaS5vcmc" + rnd(R, URLSAFE, 120)
        out += ["\n# TODO remove before pushing\n[tool.uv]\npublish-token = \"", L("secret", tok, sub="pypi_token"), "\"\n"]
    return "pyproject_toml", "en", out


@tpl()
def gemspec():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(1, 2))]
    out = ["Gem::Specification.new do |spec|\n  spec.name    = \"%s\"\n  spec.authors = [" % pick(["roster_csv", "festival-forms", "kreol-spell"])]
    for i, p in enumerate(ps):
        out += [", " if i else "", "\"", Lp(p["full"]), "\""]
    out.append("]\n  spec.email   = [")
    for i, p in enumerate(ps):
        out += [", " if i else "", "\"", Le(p["mail"]), "\""]
    out.append("]\n  spec.homepage = \"https://github.com/%s/%s\"\nend" % (pick(["island-tools", "coop-dev"]), pick(["roster", "forms", "spell"])))
    return "gemspec", "en", out


@tpl()
def all_contributorsrc():
    ck = latin_ck()
    out = ['{\n  "projectName": "%s",\n  "contributors": [\n' % pick(["kreol-keyboard", "island-tide-app", "weavers-shop"])]
    ps = [person(ck) for _ in range(R.randint(2, 3))]
    for i, p in enumerate(ps):
        out += ['    {"login": "%s", "name": "' % (pick(["reefdev", "tidecoder", "weaver", "kuomboka", "pixelfish", "mangoes"]) + str(R.randint(1, 99))), Lp(p["full"]), '", "contributions": ["%s"]' % pick(["code", "translation", "doc"])]
        if chance(0.5):
            out += [', "email": "', Le(p["mail"]), '"']
        out.append("}" + (",\n" if i < len(ps) - 1 else "\n"))
    out.append("  ]\n}")
    return "all_contributorsrc", "en", out


@tpl()
def openapi_contact():
    ck = latin_ck()
    p = person(ck)
    out = ["openapi: 3.0.3\ninfo:\n  title: %s API\n  version: %d.%d.0\n  contact:\n    name: " % (pick(["Festival Registration", "Coop Deliveries", "Permit Desk"]), R.randint(1, 3), R.randint(0, 9)),
           Lp(p["full"]), "\n    email: ", Le(p["mail"]), "\n    x-phone: \"", Ltel(ck, "e164"), "\"\nservers:\n  - url: https://api.%s.test/v1\n" % pick(["festival", "coop", "permits"])]
    out.append(N("# the .test TLD is reserved (RFC 2606)\n", "reserved_tld"))
    return "openapi_yaml", "en", out


@tpl()
def humans_txt():
    ck = latin_ck()
    out = ["/* TEAM */\n"]
    for _ in range(R.randint(2, 3)):
        p = person(ck)
        out += ["  %s: " % pick(["Developer", "Designer", "Translator", "Coordinator"]), Lp(p["full"]), "\n  Contact: ", Le(p["mail"]), "\n  From: %s\n\n" % pick(["Rarotonga", "Mongu", "Amiens", "Genova", "Iloilo", "Padang", "Otavalo", "Bethel"])]
    out.append("/* SITE */\n  Last update: 2025/%02d/%02d\n  Standards: HTML5, CSS3" % (R.randint(1, 12), R.randint(1, 28)))
    return "humans_txt", "en", out


# ---------------------------------------------------------------- money

@tpl()
def qif_export():
    ck = latin_ck()
    out = ["!Type:Bank\n"]
    for _ in range(R.randint(3, 5)):
        p = person(ck)
        amt = "%s%d.%02d" % (pick(["-", "-", ""]), R.randint(5, 900), R.randint(0, 99))
        out += ["D%02d/%02d'%02d\nT%s\nP" % (R.randint(1, 12), R.randint(1, 28), R.randint(20, 25), amt), Lp(p["full"].upper() if chance(0.3) else p["full"]), "\n"]
        if chance(0.4):
            out += ["M", pick(["rent ", "deposit ", "festival stall ", "ref "]), Ltel(ck) if chance(0.5) else Le(p["mail"]), "\n"]
        out.append("^\n")
    return "qif", "en", out


@tpl()
def ofx_statement():
    ck = pick(["aae", "nap", "lij", "pms", "an", "pcd", "swb", "fit", "crh", "crs", "kek", "nrf"])
    cc = {"aae": "IT", "nap": "IT", "lij": "IT", "pms": "IT", "an": "ES", "pcd": "FR", "swb": "FR", "fit": "SE", "crh": pick(["UA", "TR", "RO"]),
          "crs": "SC", "kek": "GT", "nrf": "GB"}[ck]
    out = ["<OFX>\n<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>%s\n<BANKACCTFROM><ACCTID>" % pick(["EUR", "EUR", "USD"]), iban(cc, "flat"), "</ACCTID></BANKACCTFROM>\n<BANKTRANLIST>\n"]
    for _ in range(R.randint(2, 3)):
        p = person(ck)
        out += ["<STMTTRN><TRNTYPE>%s<DTPOSTED>2025%02d%02d<TRNAMT>%s%d.%02d<FITID>%s<NAME>" % (pick(["CREDIT", "DEBIT"]), R.randint(1, 12), R.randint(1, 28), pick(["-", ""]), R.randint(10, 2000), R.randint(0, 99), dg(12)),
                Lp(p["full"].upper()), "<MEMO>"]
        out += [pick(["SEPA ", "VIR ", "BONIFICO "]), iban(cc, "flat")] if chance(0.5) else [pick(["INVOICE ", "QUOTA ", "REF "]) + dg(6)]
        out.append("</STMTTRN>\n")
    out.append("</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>\n</OFX>")
    return "ofx", "en", out


@tpl()
def quickbooks_iif():
    ck = pick(["lkt", "esu", "gul", "cr", "crg", "pau", "rar", "tvl"])
    out = ["!CUST\tNAME\tBADDR1\tBADDR2\tPHONE1\tEMAIL\n"]
    for _ in range(R.randint(2, 4)):
        p = person(ck)
        a = ADDR[ck]()
        out += ["CUST\t", Lp(p["full"]), "\t", L("address", a[0] + ", " + a[1], sub=ck), "\t\t", Ltel(ck, "nat") if chance(0.8) else "", "\t", Le(p["mail"]) if chance(0.7) else "", "\n"]
    return "quickbooks_iif", "en", out


@tpl()
def pain008():
    ck = pick(["aae", "nap", "lij", "pms", "an", "pcd", "swb", "fit"])
    cc = {"aae": "IT", "nap": "IT", "lij": "IT", "pms": "IT", "an": "ES", "pcd": "FR", "swb": "FR", "fit": "SE"}[ck]
    out = ['<CstmrDrctDbtInitn>\n  <GrpHdr><MsgId>DD-%s</MsgId><NbOfTxs>%d</NbOfTxs></GrpHdr>\n' % (dg(8), 2)]
    for _ in range(R.randint(1, 3)):
        p = person(ck)
        a = ADDR[ck]()
        out += ['  <DrctDbtTxInf>\n    <PmtId><EndToEndId>%s</EndToEndId></PmtId>\n    <InstdAmt Ccy="EUR">%d.00</InstdAmt>\n' % ("E2E" + dg(10), R.randint(10, 120)),
                '    <DrctDbtTx><MndtRltdInf><MndtId>MND-%s</MndtId><DtOfSgntr>2024-%02d-%02d</DtOfSgntr></MndtRltdInf></DrctDbtTx>\n' % (dg(6), R.randint(1, 12), R.randint(1, 28)),
                '    <Dbtr><Nm>', Lp(p["full"]), '</Nm><PstlAdr><AdrLine>', L("address", a[0], sub=ck), '</AdrLine><AdrLine>', L("address", a[-1], sub=ck), '</AdrLine></PstlAdr></Dbtr>\n',
                '    <DbtrAcct><Id><IBAN>', iban(cc, "flat"), '</IBAN></Id></DbtrAcct>\n  </DrctDbtTxInf>\n']
    out.append("</CstmrDrctDbtInitn>")
    return "pain008", "en", out


# ---------------------------------------------------------------- identity providers

@tpl()
def saml_assertion():
    ck = latin_ck()
    p = person(ck)
    ip = pubip()
    out = ['<saml:Assertion ID="_%s" IssueInstant="2025-%02d-%02dT%02d:%02d:11Z">\n' % (rnd(R, HEX, 32), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)),
           '  <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">', Le(p["mail"]), '</saml:NameID>\n',
           '    <saml:SubjectConfirmation><saml:SubjectConfirmationData Address="', L("ip", ip, sub="v4"), '"/></saml:SubjectConfirmation></saml:Subject>\n',
           '  <saml:AttributeStatement>\n    <saml:Attribute Name="givenName"><saml:AttributeValue>', Lp(p["given"]), '</saml:AttributeValue></saml:Attribute>\n',
           '    <saml:Attribute Name="sn"><saml:AttributeValue>', Lp(p["family"]), '</saml:AttributeValue></saml:Attribute>\n']
    if chance(0.5):
        out += ['    <saml:Attribute Name="mobile"><saml:AttributeValue>', phone(pick(CULT[ck]["ph"]), "e164"), '</saml:AttributeValue></saml:Attribute>\n']
    out.append('  </saml:AttributeStatement>\n</saml:Assertion>')
    return "saml_assertion", "en", ["Decoded SAMLResponse from the browser trace — why is the SP saying 'no email attribute'?\n"] + out


@tpl()
def scim_user():
    ck = latin_ck()
    p = person(ck)
    a = ADDR[ck]()
    out = ['{\n  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],\n  "userName": "', Le(p["mail"]), '",\n  "name": {"givenName": "', Lp(p["given"]), '", "familyName": "', Lp(p["family"]), '"},\n',
           '  "displayName": "', Lp(p["full"]), '",\n  "phoneNumbers": [{"value": "', Ltel(ck), '", "type": "mobile"}],\n']
    if chance(0.6):
        out += ['  "addresses": [{"formatted": "', L("address", ", ".join(a), sub=ck), '", "type": "home"}],\n']
    out.append('  "active": true\n}')
    return "scim_user", "en", ["POST /scim/v2/Users body that our IdP sends:\n"] + out


@tpl()
def oidc_userinfo():
    ck = latin_ck()
    p = person(ck)
    ymd = bdate(1950, 2006)
    out = ['{"sub": "%s", "name": "' % rnd(R, HEX, 24), Lp(p["full"]), '", "given_name": "', Lp(p["given"]), '", "family_name": "', Lp(p["family"]), '", "email": "', Le(p["mail"]),
           '", "email_verified": true, "birthdate": "', dob(ymd, "iso"), '", "phone_number": "', phone(pick(CULT[ck]["ph"]), "e164"), '", "locale": "%s"}' % ck]
    return "oidc_userinfo", "en", ["GET /userinfo returned:\n"] + out


@tpl()
def gam_users_csv():
    ck = latin_ck()
    out = ["primaryEmail,name.givenName,name.familyName,phones.0.value,lastLoginTime\n"]
    for _ in range(R.randint(3, 5)):
        p = person(ck)
        out += [Le(p["mail"]), ",", Lp(p["given"]), ",", Lp(p["family"]), ",", Ltel(ck, "e164") if chance(0.6) else "", ",2025-%02d-%02dT%02d:%02d:00.000Z\n" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))]
    return "gam_users_csv", "en", ["gam print users fields name,phones,lastlogintime >\n"] + out


# ---------------------------------------------------------------- network

def pubip():
    while True:
        a = R.choice([41, 45, 62, 77, 81, 85, 91, 102, 103, 105, 110, 124, 139, 154, 177, 186, 190, 196, 197, 202])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def privip():
    return pick(["192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)), "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def ip6():
    return "2%03x:%x:%x:%x::%x" % (R.randint(0x400, 0xa00), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))


@tpl()
def nmap_scan():
    ck = latin_ck()
    net = "192.168.%d" % R.randint(0, 9)
    out = ["Starting Nmap 7.94 ( https://nmap.org )\n"]
    for _ in range(R.randint(3, 5)):
        ip = "%s.%d" % (net, R.randint(2, 250))
        p = person(ck)
        k = R.random()
        if k < 0.5:
            out += ["Nmap scan report for ", Lp(p["given"]), pick(["s-iPhone", "-Galaxy-A54", "s-MacBook-Air"]), ".lan (", L("ip", ip, sub="v4_private"), ")\n"]
        else:
            out += ["Nmap scan report for ", L("ip", ip, sub="v4_private"), "\n"]
        out.append("Host is up (0.00%ds latency).\nMAC Address: %s (%s)\n" % (R.randint(1, 9), ":".join("%02X" % R.randint(0, 255) for _ in range(6)), pick(["Apple", "Samsung Electronics", "Espressif", "TP-Link"])))
    out.append(N("Nmap done: 256 IP addresses (%d hosts up) scanned in 2.%02d seconds" % (R.randint(3, 9), R.randint(0, 99)), "nmap_summary"))
    return "nmap_scan", "en", out


@tpl()
def fortigate_log():
    ck = latin_ck()
    out = []
    for _ in range(R.randint(2, 4)):
        p = person(ck)
        out += ['date=2025-%02d-%02d time=%02d:%02d:%02d devname="FGT60F" type="event" subtype="vpn" action="ssl-login-fail" remip=' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                L("ip", pubip(), sub="v4"), ' user="', Le(p["mail"]), '" reason="%s" tunnelip=' % pick(["sslvpn_login_permission_denied", "sslvpn_login_unknown_user", "sslvpn_login_cert_checked_error"]),
                L("ip", privip(), sub="v4_private"), "\n"]
    return "fortigate_log", "en", out


@tpl()
def unifi_clients():
    ck = latin_ck()
    out = ["hostname,name,ip,mac,last_seen\n"]
    for _ in range(R.randint(3, 5)):
        p = person(ck)
        out += [pick(["iPhone", "android-%s" % rnd(R, HEX, 8), "Galaxy-S23", "ESP_%s" % rnd(R, HEXU, 6)]), ",", Lp(p["full"]) if chance(0.6) else pick(["Living room TV", "Printer", "Doorbell"]), "'s phone" if False else "", ",",
                L("ip", privip(), sub="v4_private"), ",%s,%d\n" % (":".join("%02x" % R.randint(0, 255) for _ in range(6)), R.randint(1730000000, 1760000000))]
    return "unifi_clients", "en", ["UniFi client export — who is the unknown device?\n"] + out


@tpl()
def macos_unified_log():
    ck = latin_ck()
    p = person(ck)
    out = ["log show --predicate 'process == \"accountsd\"' --last 1h\n"]
    for _ in range(R.randint(2, 3)):
        out += ["2025-%02d-%02d %02d:%02d:%02d.%06d+0200 0x%x Default 0x0 %d accountsd: [com.apple.accounts:AccountsDaemon] Refreshing iCloud account " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(1000, 99999), R.randint(100, 999)),
                Le(p["mail"]), " from ", L("ip", pick([pubip(), ip6()]), sub="v4_or_v6"), "\n"]
    return "macos_unified_log", "en", out


# ---------------------------------------------------------------- travel and payments

@tpl()
def amadeus_pnr():
    ck = latin_ck()
    ps = [person(ck) for _ in range(R.randint(1, 2))]
    out = ["RP/%s/%s  AA/SU  %02d%s25/%02d%02dZ   %s\n" % (pick(["MNLPR08AA", "WDHNM2100", "GOAIT0800", "RARCK0001"]), pick(["MNLPR08AA", "WDHNM2100"]), R.randint(1, 28), pick(["MAR", "JUN", "SEP"]), R.randint(0, 23), R.randint(0, 59), "".join(R.choice(string.ascii_uppercase) for _ in range(6)))]
    for i, p in enumerate(ps):
        fam = slug(p["family"]).upper()
        giv = slug(p["given"].split()[0]).upper()
        out += ["  %d." % (i + 1), Lp(fam), "/", Lp(giv), " %s\n" % ("MRS" if p["female"] else "MR")]
    out.append("  3  %s %d Y %02dOCT 4 %s HK%d  0900 1135   E0\n" % (pick(["PR", "NZ", "SA", "PX", "ET"]), R.randint(100, 999), R.randint(1, 28), pick(["MNLILO", "AKLRAR", "JNBWDH", "NANFUN"]), len(ps)))
    out += ["  4 APM ", phone(pick(CULT[ck]["ph"]), "e164"), "/P1\n  5 APE ", Le(ps[0]["mail"]), "/P1\n"]
    p = ps[0]
    ymd = bdate(1950, 2006)
    doc = rnd(R, string.ascii_uppercase, 1) + dg(7)
    out += ["  6 SSR DOCS YY HK1 P/", "XXX" if False else pick(["PHL", "NAM", "COK", "ITA", "FRA", "USA", "CAN"]), "/", L("gov_id", doc, sub="passport"), "/", pick(["PHL", "NAM", "COK", "ITA"]), "/",
            L("dob", "%02d%s%02d" % (ymd[2], MON14["en"][ymd[1] - 1][:3].upper(), ymd[0] % 100)), "/%s/%02dJAN%02d/" % ("F" if p["female"] else "M", R.randint(1, 28), R.randint(27, 34)),
            Lp(slug(p["family"]).upper()), "/", Lp(slug(p["given"].split()[0]).upper()), "/P1\n"]
    if chance(0.6):
        n = card_random(R, pick(["visa", "mastercard", "amex"]))
        out += ["  7 FP CC", "VI" if n[0] == "4" else "CA" if n[0] in "25" else "AX", L("card", n, sub="pnr_fop"), "/%02d%02d\n" % (R.randint(1, 12), R.randint(27, 31))]
    out.append("  8 TK OK%02dOCT/MNLPR08AA" % R.randint(1, 28))
    return "amadeus_pnr", "en", ["Amadeus RT display pasted from the agency screen — can you tell me what SSR DOCS means?\n"] + out


@tpl()
def card_over_chat():
    ck = pick(["hil", "war", "min", "crs", "nso", "nap", "an", "pcd", "lkt", "gul", "rar", "doi", "bal", "tiv", "loz", "hz"])
    p = person(ck)
    c = card()
    ex = "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
    lines = [["[", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "] ", Lp(p["given"]), ": "] + F(LP[ck]["intro"], name=Lp(p["full"])),
             ["[", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "] Agent: Thanks, please send the card for the deposit."],
             ["[", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "] ", Lp(p["given"]), ": ", c, " exp ", N(ex, "card_expiry"), " cvv ", N(dg(3), "cvv")]]
    if chance(0.6):
        lines.append(["[", "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "] ", Lp(p["given"]), ": "] + F(LP[ck]["tel"], phone=Ltel(ck)))
    out = []
    for ln in lines:
        out += ln + ["\n"]
    return "card_over_chat", ck, out


# ---------------------------------------------------------------- credentials (shapes written for this part)

WORDS = ["kayak", "mango", "tundra", "cobalt", "walrus", "pepper", "lagoon", "ember", "quartz", "hibiscus", "marimba", "saffron", "taro", "cassava", "reindeer", "sweetgrass"]


def pw(kind=None):
    kind = kind or pick(["rand", "rand", "phrase", "mixed"])
    if kind == "rand":
        return rnd(R, ALNUM + "!#%&*+-_", R.randint(14, 24))
    if kind == "phrase":
        return "-".join(pick(WORDS) for _ in range(R.randint(3, 5))) + str(R.randint(1, 99))
    return pick(WORDS).capitalize() + pick(["!", "#", "@", "$"]) + str(R.randint(100, 9999)) + pick(WORDS)[:3]


def sec(kind):
    if kind == "porkbun_pk":
        return "pk1_" + rnd(R, HEX, 64)
    if kind == "porkbun_sk":
        return "sk1_" + rnd(R, HEX, 64)
    if kind == "deno_deploy":
        return "ddp_" + rnd(R, ALNUM, 36)
    if kind == "xendit":
        return pick(["xnd_production_", "xnd_development_"]) + rnd(R, ALNUM, 60)
    if kind == "midtrans":
        return "Mid-server-" + rnd(R, URLSAFE, 24)
    if kind == "vk":
        return "vk1.a." + rnd(R, URLSAFE, 180)
    if kind == "openshift":
        return "sha256~" + rnd(R, URLSAFE, 43)
    if kind == "cf_tunnel":
        j = json.dumps({"a": rnd(R, HEX, 32), "t": "%s-%s-%s-%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12)), "s": base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()}, separators=(",", ":"))
        return base64.b64encode(j.encode()).decode().rstrip("=")
    if kind == "uuid":
        return "%s-%s-4%s-%s%s-%s" % (rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 3), pick("89ab"), rnd(R, HEX, 3), rnd(R, HEX, 12))
    if kind == "gotify":
        return pick("AC") + rnd(R, URLSAFE, 14)
    if kind == "cf_api":
        return rnd(R, URLSAFE, 40)
    if kind == "b64_32":
        return base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()
    if kind == "alnum64":
        return rnd(R, ALNUM, 64)
    if kind == "alnum32":
        return rnd(R, ALNUM, 32)
    if kind == "conda":
        return "%s-%s-%s-%s-%s" % (rnd(R, LOWN, 2), rnd(R, HEX, 8), rnd(R, HEX, 4), rnd(R, HEX, 4), rnd(R, HEX, 12))
    if kind == "tfc":
        return rnd(R, ALNUM, 14) + ".atlasv1." + rnd(R, ALNUM, 67)
    if kind == "telegram":
        return "%d:AA%s" % (R.randint(1000000000, 7999999999), rnd(R, URLSAFE, 33))
    if kind == "totp":
        return rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
    return secret_random(R, kind)


def S(kind, v=None):
    return L("secret", v if v is not None else sec(kind), sub=kind)


@tpl()
def restic_env():
    ck = latin_ck()
    p = person(ck)
    out = ["# ~/.config/restic/b2.env (", Lp(p["full"]), ")\nexport B2_ACCOUNT_ID=%s\nexport B2_ACCOUNT_KEY=" % ("005" + rnd(R, HEX, 21)), S("b2", "K005" + rnd(R, ALNUM, 27)),
           "\nexport RESTIC_REPOSITORY=b2:%s-backup:/laptop\nexport RESTIC_PASSWORD=" % pick(["family", "nas", "office"]), S("restic_password", pw("phrase")), "\n"]
    if chance(0.5):
        out += ["export BORG_PASSPHRASE='", S("borg_passphrase", pw("rand").replace("'", "")), "'\n"]
    out.append(N("# snapshot 4f3a9c21 saved; restic 0.17.3 compiled with go1.23.4 on linux/amd64", "restic_snapshot_id"))
    return "restic_env", "en", out


@tpl()
def apprise_yaml():
    ck = latin_ck()
    p = person(ck)
    gm = slug(p["given"].split()[0]) + "." + slug(p["family"].split()[0]) + "@gmail.com"
    out = ["# apprise.yml\nurls:\n  - tgram://", S("telegram"), "/%d:\n      tag: alerts\n" % R.randint(100000000, 999999999),
           "  - mailtos://smtp.gmail.com?user=", Le(gm), "&pass=", S("smtp_app_password", rnd(R, string.ascii_lowercase, 16)), "&to=", Le(p["mail"]), "\n"]
    if chance(0.5):
        out += ["  - gotify://gotify.%s.lan/" % pick(["home", "nas", "casa"]), S("gotify"), "\n"]
    if chance(0.4):
        out += ["  - ntfys://", N("{user}", "placeholder"), ":", N("{password}", "placeholder"), "@ntfy.sh/backups\n"]
    return "apprise_yaml", "en", out


@tpl()
def frigate_yaml():
    ck = latin_ck()
    p = person(ck)
    ip1, ip2 = privip(), privip()
    pw1 = pw("rand").replace("@", "").replace(":", "").replace("/", "")
    out = ["mqtt:\n  host: ", L("ip", privip(), sub="v4_private"), "\n  user: frigate\n  password: ", S("mqtt_password", pw("mixed")), "\ncameras:\n  driveway:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:",
           S("rtsp_password", pw1), "@", L("ip", ip1, sub="v4_private"), ":554/Streaming/Channels/101\n  backyard:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:"]
    if chance(0.5):
        out += [N("{FRIGATE_RTSP_PASSWORD}", "frigate_env_ref")]
    else:
        out += [S("rtsp_password", pw("rand").replace("@", "").replace(":", "").replace("/", ""))]
    out += ["@", L("ip", ip2, sub="v4_private"), ":554/cam/realmonitor?channel=1&subtype=0\n# owner: ", Lp(p["full"]), " ", Ltel(ck)]
    return "frigate_yaml", "en", out


@tpl()
def authelia_config():
    ck = latin_ck()
    p = person(ck)
    out = ["identity_validation:\n  reset_password:\n    jwt_secret: '", S("authelia_jwt_secret", sec("alnum64")), "'\nsession:\n  secret: '", S("authelia_session_secret", sec("alnum64")),
           "'\nstorage:\n  encryption_key: '", S("authelia_storage_key", sec("alnum64")), "'\nnotifier:\n  smtp:\n    address: 'submission://smtp.%s:587'\n    username: '" % pick(["fastmail.com", "mailbox.org", "zoho.eu"]),
           Le(p["mail"]), "'\n    password: '", S("smtp_password", pw()), "'\n"]
    if chance(0.5):
        out += ["# users_database.yml\n  ", pick(["user1", "mum", "dad", "guest"]), ":\n    displayname: '", Lp(p["full"]), "'\n    password: ",
                N("'$argon2id$v=19$m=65536,t=3,p=4$%s$%s'" % (rnd(R, B64.replace("+", ""), 22), rnd(R, B64.replace("+", ""), 43)), "argon2_hash"), "\n    email: ", Le(p["mail"]), "\n"]
    return "authelia_config", "en", out


@tpl()
def vaultwarden():
    ck = latin_ck()
    p = person(ck)
    out = ["DOMAIN=https://vault.%s.duckdns.org\nADMIN_TOKEN=" % pick(["casa-nas", "homelab42", "fale-server"]), S("vaultwarden_admin_token", rnd(R, URLSAFE, 48)), "\nSIGNUPS_ALLOWED=false\nSMTP_USERNAME=", Le(p["mail"]),
           "\nSMTP_PASSWORD=", S("smtp_password", pw()), "\n\n[2025-%02d-%02d %02d:%02d:%02d.%03d][vaultwarden::api::identity][ERROR] Username or password is incorrect. Try again. IP: " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
           L("ip", pubip(), sub="v4"), ". Username: ", Le(person(ck)["mail"]), ".\n"]
    return "vaultwarden", "en", out


@tpl()
def transmission_json():
    ck = latin_ck()
    out = ['{\n    "download-dir": "/srv/media/downloads",\n    "rpc-authentication-required": true,\n    "rpc-password": "']
    if chance(0.7):
        out += [S("transmission_rpc_password", pw())]
    else:
        out += [N("{" + rnd(R, HEX, 40) + "", "transmission_hashed_password")]
    out += ['",\n    "rpc-username": "%s",\n    "rpc-whitelist": "127.0.0.1,' % pick(["admin", "seedbox", "nas"]), L("ip", privip(), sub="v4_private"), '",\n    "peer-port": %d\n}' % R.randint(49152, 65535)]
    return "transmission_json", "en", out


@tpl()
def nmcli_secrets():
    ck = latin_ck()
    p = person(ck)
    eap = chance(0.4)
    out = ["$ nmcli --show-secrets connection show \"%s\"\nconnection.id:                          %s\n" % ((("eduroam" if eap else "Casa-" + rnd(R, HEXU, 4)),) * 2)]
    if eap:
        out += ["802-1x.identity:                        ", Le(p["mail"]), "\n802-1x.password:                        ", S("wifi_eap_password", pw()), "\n"]
    else:
        out += ["802-11-wireless-security.key-mgmt:      wpa-psk\n802-11-wireless-security.psk:           ", S("wifi_psk", pw()), "\n"]
    out += ["IP4.ADDRESS[1]:                         ", L("ip", privip(), sub="v4_private"), "/24\n", N("IP4.GATEWAY:                            192.168.1.1\nIP4.DNS[1]:                             1.1.1.1", "gateway_and_resolver")]
    return "nmcli_secrets", "en", out


@tpl()
def wificonfigstore_xml():
    ck = latin_ck()
    out = ['<WifiConfigStoreData>\n<NetworkList>\n']
    for _ in range(R.randint(1, 3)):
        ssid = pick(["Casa", "Home", "Fale", "Bale", "Kainga", "Dom", "Lakay"]) + "-" + rnd(R, HEXU, 4)
        out += ['<Network><WifiConfiguration>\n<string name="ConfigKey">&quot;%s&quot;WPA_PSK</string>\n<string name="SSID">&quot;%s&quot;</string>\n<string name="PreSharedKey">&quot;' % (ssid, ssid),
                S("wifi_psk", pw().replace("&", "").replace("<", "")), '&quot;</string>\n</WifiConfiguration></Network>\n']
    out.append("</NetworkList>\n</WifiConfigStoreData>")
    return "wificonfigstore_xml", "en", ["Pulled /data/misc/apexdata/com.android.wifi/WifiConfigStore.xml off my old phone (rooted):\n"] + out


@tpl()
def pass_show():
    ck = latin_ck()
    p = person(ck)
    site = pick(["bank/bpi", "email/fastmail", "gov/philhealth", "shop/lazada", "utility/nampower", "school/portal"])
    out = ["$ pass show %s\n" % site, S("pass_password", pw()), "\nlogin: ", Le(p["mail"]), "\nurl: https://%s\n" % pick(["online.example-bank.ph", "app.fastmail.com", "memberinquiry.philhealth.gov.ph", "portal.school.test"])]
    if chance(0.5):
        out += ["otpauth://totp/%s?secret=" % site.split("/")[1], S("totp_seed", sec("totp")), "&issuer=%s\n" % site.split("/")[1]]
    if chance(0.4):
        out += ["recovery phone: ", Ltel(ck), "\n"]
    if chance(0.35):
        out += ["\n$ pass show cards/%s\n" % pick(["visa", "debit", "travel"]), card(), "\nexp: ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), "\n"]
    return "pass_show", "en", out


@tpl()
def bitwarden_item_json():
    ck = latin_ck()
    p = person(ck)
    if chance(0.5):
        out = ['{"object": "item", "type": 3, "name": "%s", "card": {"cardholderName": "' % pick(["Visa", "Debit card", "Travel card"]), Lp(p["full"].upper() if chance(0.4) else p["full"]),
               '", "brand": "Visa", "number": "', L("card", card_random(R, "visa"), sub="visa"), '", "expMonth": "%d", "expYear": "20%d", "code": "' % (R.randint(1, 12), R.randint(26, 31)), N(dg(3), "cvv"), '"}}']
    else:
        out = ['{"object": "item", "type": 1, "name": "%s", "login": {"username": "' % pick(["Gmail", "Facebook", "GCash", "Bank"]), Le(p["mail"]), '", "password": "', S("bitwarden_password", pw().replace('"', "")),
               '", "totp": "', S("totp_seed", sec("totp")), '"}, "notes": "recovery: ', Ltel(ck), '"}']
    return "bitwarden_item_json", "en", ["$ bw get item %s\n" % sec("uuid")] + out


@tpl()
def chrome_logins_sqlite():
    ck = latin_ck()
    out = ["sqlite> SELECT origin_url, username_value, password_value FROM logins;  -- after decrypt.py\n"]
    for _ in range(R.randint(2, 4)):
        p = person(ck)
        out += ["https://%s/|" % pick(["accounts.google.com", "www.facebook.com", "m.gcash.com", "mail.yahoo.com", "online.fnb.co.za"]), Le(p["mail"]), "|", S("browser_saved_password", pw().replace("|", "")), "\n"]
    return "chrome_logins_sqlite", "en", out


@tpl()
def renviron():
    ck = latin_ck()
    p = person(ck)
    out = ["# ~/.Renviron — ", Lp(p["full"]), "\nGITHUB_PAT=", S("github_pat"), "\n"]
    if chance(0.6):
        out += ["OPENAI_API_KEY=", S("openai"), "\n"]
    if chance(0.5):
        out += ["REDCAP_TOKEN=", S("redcap_token", rnd(R, HEXU, 32)), "\n"]
    out.append(N("R_LIBS_USER=~/R/x86_64-pc-linux-gnu-library/4.4", "r_libs_path"))
    return "renviron", "en", ["usethis::edit_r_environ() opened this — is it safe to commit?\n"] + out


@tpl()
def nix_conf():
    out = ["# ~/.config/nix/nix.conf\nexperimental-features = nix-command flakes\naccess-tokens = github.com=", S("github_pat"), " gitlab.com=PAT:", S("gitlab_pat"), "\n"]
    out.append(N("substituters = https://cache.nixos.org\ntrusted-public-keys = cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=", "nix_public_key"))
    return "nix_conf", "en", out


@tpl()
def condarc():
    ck = latin_ck()
    p = person(ck)
    out = ["channels:\n  - https://conda.anaconda.org/t/", S("anaconda_token", sec("conda")), "/%s\n  - conda-forge\nchannel_priority: strict\n# maintained by " % pick(["lab-private", "org-internal"]), Lp(p["full"]), " (", Le(p["mail"]), ")"]
    return "condarc", "en", out


@tpl()
def wrangler_toml():
    ck = latin_ck()
    p = person(ck)
    out = ['name = "%s"\nmain = "src/index.ts"\n' % pick(["festival-api", "tide-bot", "roster-worker"]), N('account_id = "%s"\n' % rnd(R, HEX, 32), "cf_account_id"),
           '[vars]\nORGANISER = "', Lp(p["full"]), '"\nCONTACT = "', Le(p["mail"]), '"\n\n# .dev.vars\nCLOUDFLARE_API_TOKEN=', S("cloudflare_api_token", sec("cf_api")), "\n"]
    if chance(0.5):
        out += ["TUNNEL_TOKEN=", S("cloudflare_tunnel_token", sec("cf_tunnel")), "\n"]
    return "wrangler_toml", "en", out


@tpl()
def glab_config():
    ck = latin_ck()
    p = person(ck)
    out = ["# ~/.config/glab-cli/config.yml\nhosts:\n  gitlab.com:\n    token: ", S("gitlab_pat"), "\n    api_host: gitlab.com\n    git_protocol: ssh\n    user: %s\n" % (pick(["dev", "ci-bot", "maintainer"]) + str(R.randint(1, 99)))]
    if chance(0.6):
        out += ["  gitlab.%s.org:\n    token: " % pick(["coop", "festival", "island"]), S("gitlab_pat"), "\n"]
    return "glab_config", "en", out


@tpl()
def terraformrc():
    out = ['credentials "app.terraform.io" {\n  token = "', S("terraform_cloud", sec("tfc")), '"\n}\n']
    if chance(0.5):
        out += ['provider_installation {\n  network_mirror { url = "https://mirror.', pick(["corp", "lab"]), '.internal/" }\n}\n']
    if chance(0.5):
        out += ["# also: export NOMAD_TOKEN=", S("nomad_token", sec("uuid")), "\n"]
    return "terraformrc", "en", out


@tpl()
def ddns_script():
    ck = latin_ck()
    p = person(ck)
    out = ["#!/bin/sh\n# dynamic DNS for %s.%s — " % (pick(["home", "nas", "fale"]), pick(["ck", "ph", "na"])), Lp(p["full"]), "\nAPIKEY=\"", S("porkbun_api_key", sec("porkbun_pk")), "\"\nSECRET=\"", S("porkbun_secret", sec("porkbun_sk")),
           "\"\nIP=$(curl -s https://api.ipify.org)   # was ", L("ip", pubip(), sub="v4"), " yesterday\n"]
    if chance(0.5):
        out += ["curl -s \"https://www.duckdns.org/update?domains=%s&token=" % pick(["homelab42", "casa-nas"]), S("duckdns_token", sec("uuid")), "&ip=$IP\"\n"]
    return "ddns_script", "en", out


@tpl()
def selfhost_env():
    ck = latin_ck()
    p = person(ck)
    out = ["# paperless + minio stack\nPAPERLESS_SECRET_KEY=", S("paperless_secret_key", rnd(R, ALNUM + "!@#%^*", 50)), "\nPAPERLESS_ADMIN_USER=%s\nPAPERLESS_ADMIN_MAIL=" % pick(["admin", "paperless"]), Le(p["mail"]),
           "\nPAPERLESS_ADMIN_PASSWORD=", S("admin_password", pw()), "\nMINIO_ROOT_USER=minioadmin\nMINIO_ROOT_PASSWORD=", S("minio_root_password", pw()), "\n"]
    if chance(0.5):
        out += ["NODE_RED_CREDENTIAL_SECRET=", S("nodered_credential_secret", rnd(R, ALNUM, 32)), "\n"]
    if chance(0.4):
        out += ["SYNCTHING_API_KEY=", S("syncthing_api_key", rnd(R, ALNUM, 32)), "\n", N("SYNCTHING_DEVICE=%s" % "-".join(rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7) for _ in range(8)), "syncthing_device_id"), "\n"]
    return "selfhost_env", "en", out


@tpl()
def payment_gateway_env():
    ck = pick(["min", "hil", "war", "tiv", "crh", "cv"])
    p = person(ck)
    out = ["# checkout service (.env.production)\n"]
    if ck in ("min",):
        out += ["MIDTRANS_SERVER_KEY=", S("midtrans_server_key", sec("midtrans")), "\nXENDIT_SECRET_KEY=", S("xendit_secret_key", sec("xendit")), "\n"]
    elif ck in ("hil", "war"):
        out += ["XENDIT_SECRET_KEY=", S("xendit_secret_key", sec("xendit")), "\n"]
    elif ck == "cv":
        out += ["VK_SERVICE_TOKEN=", S("vk_token", sec("vk")), "\n"]
    else:
        out += ["DENO_DEPLOY_TOKEN=", S("deno_deploy_token", sec("deno_deploy")), "\nOPENSHIFT_TOKEN=", S("openshift_token", sec("openshift")), "\n"]
    out += ["SUPPORT_CONTACT=", Le(p["mail"]), "\nSUPPORT_PHONE=", Ltel(ck, "e164"), "\n", N("PUBLIC_CLIENT_KEY=%s" % ("xnd_public_production_" + rnd(R, ALNUM, 40) if ck != "cv" else "SB-Mid-client-" + rnd(R, URLSAFE, 16)), "publishable_key")]
    return "payment_gateway_env", "en", out


# ---------------------------------------------------------------- clean records (hard negatives only)

@tpl(clean=True)
def c_llm_models():
    ms = [("Claude 3.5 Sonnet", "llm_name_claude"), ("Gemma 2 9B", "llm_name_gemma"), ("Mistral Large 2", "llm_name_mistral"), ("Falcon 40B", "llm_name_falcon"),
          ("Jamba 1.5 Mini", "llm_name_jamba"), ("OLMo 2", "llm_name_olmo"), ("Phi-3.5-mini", "llm_name_phi"), ("Aya Expanse 8B", "llm_name_aya"), ("Qwen2.5-7B", "llm_name_qwen")]
    a, b, c = R.sample(ms, 3)
    lead = pick(["For the Chuvash and Mari glossary I compared ", "Tested spelling help in Picard with ", "Our Kreol chatbot pilot ran on "])
    return "llm_notes", "en", [lead, N(a[0], a[1]), ", ", N(b[0], b[1]), " and ", N(c[0], c[1]), ". ", pick(["The second one hallucinated month names.", "Latency was %d ms median." % R.randint(200, 900), "Context window: %dk tokens." % pick([8, 32, 128])]),
                               " Temperature ", N("0.%d" % R.randint(1, 9), "float_param"), ", seed ", N(str(R.randint(1000, 99999)), "seed_number"), "."]


@tpl(clean=True)
def c_storms():
    st = [("Typhoon Haiyan (Yolanda)", "8 November 2013", "war"), ("Cyclone Idai", "14 March 2019", "en"), ("Storm Ciarán", "2 November 2023", "en"),
          ("Hurricane Ian", "28 September 2022", "en"), ("Storm Daniel", "10 September 2023", "en"), ("Cyclone Pam", "13 March 2015", "en"), ("Typhoon Odette (Rai)", "16 December 2021", "hil")]
    s = pick(st)
    lang = s[2]
    if lang == "war":
        body = ["Han ", N(s[1], "landfall_date"), " nag-landfall an ", N(s[0], "storm_name"), " ha Tacloban. Relief packs: ", N(str(R.randint(200, 900)), "count"), ", ", N("₱%d" % R.randint(100, 900) + ",000", "amount_php"), " an budget."]
    elif lang == "hil":
        body = ["Sang ", N(s[1], "landfall_date"), " nag-agi ang ", N(s[0], "storm_name"), " sa Iloilo. Nasira nga balay: ", N(str(R.randint(100, 5000)), "count"), "."]
    else:
        body = [N(s[0], "storm_name"), " made landfall on ", N(s[1], "landfall_date"), "; peak gusts ", N("%d km/h" % R.randint(120, 310), "wind_speed"), ", central pressure ", N("%d hPa" % R.randint(895, 975), "pressure"), ". ",
                pick(["Insurance claims window closes ", "Rebuilding grant round opens "]), N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "deadline_date"), "."]
    return "storm_report", lang, body


@tpl(clean=True)
def c_css_fonts():
    fonts = [("Gill Sans", "font_gill"), ("Baskerville", "font_baskerville"), ("Garamond", "font_garamond"), ("Bodoni Moda", "font_bodoni"), ("Frutiger", "font_frutiger"),
             ("Caslon", "font_caslon"), ("Futura", "font_futura"), ("Bembo", "font_bembo"), ("Eric Gill's Joanna", "font_joanna")]
    a, b = R.sample(fonts, 2)
    return "css_snippet", "en", ["h1 { font-family: \"", N(a[0], a[1]), "\", serif; color: ", N("#%s" % rnd(R, HEX, 6), "hex_colour"), "; }\nbody { font: 16px/1.5 \"", N(b[0], b[1]), "\", sans-serif; max-width: ",
                                 N("%dch" % R.randint(55, 80), "css_length"), "; }\n/* brand guide v", N("%d.%d" % (R.randint(1, 4), R.randint(0, 9)), "version"), " */"]


@tpl(clean=True)
def c_cultivars():
    cv = [("'Gertrude Jekyll'", "rose_cultivar"), ("'Graham Thomas'", "rose_cultivar"), ("'Munstead Wood'", "rose_cultivar"), ("Granny Smith", "apple_cultivar"),
          ("Cox's Orange Pippin", "apple_cultivar"), ("Doyenné du Comice", "pear_cultivar"), ("'Lady Emma Hamilton'", "rose_cultivar"), ("Bramley's Seedling", "apple_cultivar"), ("'Princess Alexandra of Kent'", "rose_cultivar")]
    a, b, c = R.sample(cv, 3)
    return "garden_notes", "en", ["Allotment plan: prune ", N(a[0], a[1]), " in ", N("late February", "season_date"), "; graft ", N(b[0], b[1]), " onto ", N("M26", "rootstock_code"), " rootstock; order ",
                                  N(c[0], c[1]), " (", N("£%d.%02d" % (R.randint(8, 30), R.randint(0, 99)), "amount_gbp"), ", bare root). Plot ", N(str(R.randint(1, 60)) + pick("ABC"), "plot_number"), "."]


@tpl(clean=True)
def c_laws():
    laws = [("Megan's Law", "eponymous_law"), ("Sarbanes-Oxley", "eponymous_law"), ("Ley Olimpia", "eponymous_law"), ("Loi Évin", "eponymous_law"), ("Lei Maria da Penha", "eponymous_law"),
            ("Jessica's Law", "eponymous_law"), ("Martyn's Law", "eponymous_law"), ("Lex Koller", "eponymous_law"), ("Natasha's Law", "eponymous_law")]
    a, b = R.sample(laws, 2)
    return "policy_notes", "en", ["Compliance checklist: ", N(a[0], a[1]), " (see ", N("§ %d(%s)" % (R.randint(1, 400), pick("abcd")), "statute_section"), ") and ", N(b[0], b[1]), " apply to the venue. Review due ",
                                  N("Q%d 2026" % R.randint(1, 4), "quarter"), "; ticket ", N("COMP-%d" % R.randint(100, 9999), "ticket_id"), "."]


@tpl(clean=True)
def c_breeds_cocktails():
    xs = [("Jack Russell", "dog_breed"), ("King Charles Spaniel", "dog_breed"), ("Gordon Setter", "dog_breed"), ("Dobermann", "dog_breed"), ("Tom Collins", "cocktail"),
          ("Shirley Temple", "cocktail"), ("Arnold Palmer", "cocktail"), ("Bloody Mary", "cocktail"), ("Rob Roy", "cocktail")]
    a, b = R.sample(xs, 2)
    return "party_notes", "en", ["Fundraiser: the ", N(a[0], a[1]), " show ring opens at ", N("%d:%02d" % (R.randint(9, 12), pick([0, 15, 30])), "time"), ", bar serves ", N(b[0], b[1]), " at ",
                                 N("N$%d" % R.randint(30, 90), "amount_nad"), pick([" (mocktail for kids).", ".", " — table %d." % R.randint(1, 30)])]


@tpl(clean=True)
def c_release_notes():
    xs = [N("Debian 12 \"bookworm\"", "debian_codename"), N("Debian 3.0 \"woody\"", "debian_codename"), N("Android build UP1A.231005.007", "android_build_id"),
          N("kernel 6.8.0-45-generic", "kernel_version"), N("Ubuntu 24.04.1 LTS (Noble Numbat)", "ubuntu_codename"), N("Fedora 41", "version"), N("iOS 18.1 (22B83)", "ios_build"),
          N("Windows 11 24H2 (26100.2314)", "windows_build"), N("openSUSE Leap 15.6", "version")]
    a, b, c = R.sample(xs, 3)
    return "release_notes", "en", ["Tested on ", a, ", ", b, " and ", c, ". Checksum ", N("sha256:" + rnd(R, HEX, 64), "sha256"), ". Released ", N("2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "release_date"), "."]


@tpl(clean=True)
def c_masks_regex():
    xs = [N(r"^\d{3}-\d{2}-\d{4}$", "ssn_regex"), N("+7 (___) ___-__-__", "phone_input_mask"), N("XXX-XX-XXXX", "ssn_mask"), N("DD.MM.YYYY", "date_mask"),
          N(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", "curp_regex"), N("(999) 999-9999", "phone_input_mask"), N(r"\b[A-Z]{2}\d{2}(?: ?\d{4}){4}\b", "iban_regex"),
          N("0000 0000 0000 0000", "card_mask"), N("+63 9XX XXX XXXX", "phone_input_mask"), N("__/__/____", "date_mask")]
    a, b, c = R.sample(xs, 3)
    return "code_question", "en", [pick(["Why does this validator reject everything? Patterns: ", "Form library config — masks: ", "Regex review: "]), a, " ; ", b, " ; ", c, pick([" — flags `i`?", "", " (JavaScript, not PCRE)."])]


@tpl(clean=True)
def c_patents_codes():
    xs = [N("EP 3 456 789 B1", "patent_number"), N("US 11,234,567 B2", "patent_number"), N("WO 2021/123456 A1", "patent_number"), N("ISO 3166-1 alpha-3", "standard_ref"),
          N("RFC 5322", "standard_ref"), N("IEC 60601-1", "standard_ref"), N("NDC 0002-3227-30", "ndc_code"), N("ATC N02BE01", "atc_code"), N("GS1 company prefix 0614141", "gs1_prefix"),
          N("ICAO Doc 9303", "standard_ref")]
    a, b, c = R.sample(xs, 3)
    return "reference_list", "en", ["References: ", a, "; ", b, "; ", c, "."]


@tpl(clean=True)
def c_public_ids():
    xs = [N("ZeroTier network " + rnd(R, HEX, 16), "zerotier_network_id"), N("Syncthing device " + "-".join(rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7) for _ in range(8)), "syncthing_device_id"),
          N("zone_id " + rnd(R, HEX, 32), "cf_zone_id"), N("G-" + rnd(R, string.ascii_uppercase + string.digits, 10), "ga_measurement_id"), N("data-sitekey=\"6L" + rnd(R, URLSAFE, 38) + "\"", "recaptcha_site_key"),
          N("Team ID " + rnd(R, string.ascii_uppercase + string.digits, 10), "apple_team_id"), N("bundle id com.%s.app" % pick(["kuomboka", "dinagyang", "festa"]), "bundle_id")]
    a, b, c = R.sample(xs, 3)
    return "public_identifiers", "en", ["These are public, right? ", a, "\n", b, "\n", c]


@tpl(clean=True)
def c_imsi():
    rows = []
    for _ in range(R.randint(2, 4)):
        mcc, mnc = pick([("250", "01"), ("286", "03"), ("515", "02"), ("645", "01"), ("510", "10"), ("655", "10"), ("549", "01")])
        rows += [N("IMSI %s%s%s" % (mcc, mnc, dg(10)), "imsi"), "  MCC/MNC ", N("%s-%s" % (mcc, mnc), "mcc_mnc"), "  TAC ", N(dg(8), "imei_tac"), "\n"]
    return "modem_log", "en", ["AT+CIMI / modem diag:\n"] + rows


@tpl(clean=True)
def c_secret_refs():
    xs = [N("op://Family/Wi-Fi/password", "onepassword_ref"), N("RESTIC_PASSWORD_FILE=/run/secrets/restic", "secret_file_ref"), N("ADMIN_TOKEN=", "empty_value"),
          N("password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + rnd(R, "0123456789", 64), "ansible_vault_ciphertext"), N("token = \"{{ .Env.GITLAB_TOKEN }}\"", "template_ref"),
          N("jwt_secret: '{{ secret \"/run/secrets/jwt\" }}'", "template_ref"), N("PAPERLESS_SECRET_KEY=change-me", "placeholder"), N("mailtos://{user}:{password}@gmail.com", "placeholder"),
          N("rpc-password: \"{" + rnd(R, HEX, 40) + "\"", "transmission_hashed_password"), N("APIKEY=\"pk1_<your-key-here>\"", "placeholder")]
    a, b, c = R.sample(xs, 3)
    return "config_review", "en", [pick(["Before I push — these are fine to commit?\n", "Secret handling in our homelab repo:\n"]), a, "\n", b, "\n", c]


@tpl(clean=True)
def c_eponyms():
    xs = [N("Hosea Kutako International Airport", "eponym_airport"), N("Daniel Z. Romualdez Airport", "eponym_airport"), N("Mariscal Sucre Airport", "eponym_airport"),
          N("Almirante Padilla Airport", "eponym_airport"), N("Ted Stevens Anchorage International", "eponym_airport"), N("Cristoforo Colombo Airport", "eponym_airport"),
          N("Louis Riel Day", "eponym_holiday"), N("Piazza Garibaldi", "eponym_square"), N("the Ramon Magsaysay Award", "eponym_award"), N("Ninoy Aquino terminal 3", "eponym_airport"),
          N("Sultan Iskandar Muda Airport", "eponym_airport"), N("Kenneth Kaunda Wildlife Area", "eponym_place")]
    a, b = R.sample(xs, 2)
    return "itinerary", "en", ["Day 1: land at ", a, " ", N("%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "time"), ", flight ", N(pick(["PR", "NZ", "SA", "AV", "AS"]) + str(R.randint(100, 999)), "flight_number"),
                               ". Day 2: ", b, ", then the %s." % pick(["ferry", "bus", "night train"])]


@tpl(clean=True)
def c_name_words():
    xs = [("qvi", ["Sisa means flower and wayra means wind — the weaving is called ", N("\"sisa wayra\"", "name_as_word_kichwa"), "."]),
          ("ami", ["In Amis, ", N("panay", "name_as_word_amis"), " is rice; the harvest songs thank the ", N("panay", "name_as_word_amis"), "."]),
          ("loz", ["Liseli ni ", N("liseli", "name_as_word_lozi"), " — 'light' in Silozi; the school is called ", N("Liseli Community School", "eponym_school"), "."]),
          ("nso", ["Lentšu ", N("lesedi", "name_as_word_sepedi"), " le ra 'light', ", N("tshepo", "name_as_word_sepedi"), " le ra 'hope'."]),
          ("min", ["Pemandangan di Ngarai Sianok ", N("indah", "name_as_word_minang"), " bana, ", N("cahayo", "name_as_word_minang"), " patang masuak ka lurah."]),
          ("hil", ["Ang ", N("tala", "name_as_word_hil"), " sa langit kag ang ", N("ligaya", "name_as_word_hil"), " sang piesta."]),
          ("cv", ["«", N("Нарспи", "poem_title_chuvash"), "» — 1908 ҫулхи поэма, театрта ", N("1 раштав", "event_date"), "."]),
          ("crh", ["Bu kece ", N("yıldız", "name_as_word_crh"), " çoq, ", N("ay", "name_as_word_crh"), " tolu."]),
          ("nap", ["'A festa 'e l'", N("Assunta", "feast_name"), " e 'o miracolo 'e ", N("San Gennaro", "saint_name"), " 'o 19 'e settembre."]),
          ("lkt", ["The ", N("wanbli", "name_as_word_lakota"), " (eagle) feather was returned during the ", N("Oglala Nation Wačhípi", "event_name"), "."]),
          ("gul", ["Sweetgrass, bulrush and ", N("Grant", "name_as_word_en"), " money for the basket museum — ", N("grant", "name_as_word_en"), " deadline is Friday."])]
    ck, body = pick(xs)
    return "name_as_word_note", ck if ck not in ("ami", "loz", "lkt", "gul") else "en", body


@tpl(clean=True)
def c_market_chat():
    xs = [("loz", ["Mbuma ya mukute ki ", N("K%d" % R.randint(10, 90), "amount_zmw"), " kwa musika wa Mongu. Lizazi la Kuomboka ki ", N("%d April" % R.randint(1, 28), "event_date"), "."]),
          ("hz", ["Ongombe ndji ya randisiwa ", N("N$%d %03d" % (R.randint(5, 30), R.randint(0, 999)), "amount_nad"), " ku Okahandja, lot ", N(str(R.randint(1, 300)), "lot_number"), "."]),
          ("crs", ["Pri pwason dan bazar: ", N("SCR %d" % R.randint(40, 300), "amount_scr"), " pour en kilo bourzwa. Marse i ouver ", N("5h30", "time"), "."]),
          ("kek", ["El quintal de cardamomo está a ", N("Q%d" % R.randint(800, 2400), "amount_gtq"), "; entrega el ", N("%d de marzo" % R.randint(1, 28), "delivery_date"), "."]),
          ("cv", ["Шупашкарта пахча ҫимӗҫ хакӗ: ", N("%d ₽" % R.randint(40, 300), "amount_rub"), " килограмӗ. Пасар ", N("8:00", "time"), " уҫӑлать."]),
          ("crh", ["Çibörek bugün ", N("%d ₺" % R.randint(40, 150), "amount_try"), ", yantıq ", N("%d ₴" % R.randint(40, 120), "amount_uah"), "."]),
          ("min", ["Harago randang di Pasa Ateh ", N("Rp %d.000" % R.randint(120, 300), "amount_idr"), " sakilo."]),
          ("war", ["An isda ha merkado ", N("₱%d" % R.randint(120, 400), "amount_php"), " kada kilo yana nga ", N("Sabado", "weekday"), "."]),
          ("rar", ["Ika mata at the Punanga Nui market: ", N("NZ$%d" % R.randint(8, 25), "amount_nzd"), " a plate, Saturday from ", N("6am", "time"), "."]),
          ("tvl", ["Pulaka harvest list due ", N("%d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "due_date"), "; fish ", N("A$%d" % R.randint(5, 20), "amount_aud"), " per string."])]
    ck, body = pick(xs)
    return "market_chat", ck, body


@tpl(clean=True)
def c_blank_forms():
    xs = [("crs", ["Non: ", N("________________", "blank_field"), "\nDat nesans: ", N("__/__/____", "date_mask"), "\nNimero telefonn: ", N("+248 _ __ __ __", "phone_input_mask")]),
          ("an", ["Nombre y apellidos: ", N("[ ]", "blank_field"), "\nNaixencia: ", N("dd/mm/aaaa", "date_mask"), "\nDNI: ", N("00000000X", "placeholder_id")]),
          ("min", ["Namo: ", N("....................", "blank_field"), "\nTanggal lahia: ", N("..../..../........", "date_mask"), "\nNo. HP: ", N("08xx-xxxx-xxxx", "phone_input_mask")]),
          ("nso", ["Leina: ", N("__________", "blank_field"), "\nLetšatši la matswalo: ", N("YYYY-MM-DD", "date_mask"), "\nNomoro ya ID: ", N("0000000000000", "placeholder_id")]),
          ("cv", ["Хушамат, ят: ", N("________", "blank_field"), "\nҪуралнӑ кун: ", N("__.__.____", "date_mask"), "\nТелефон: ", N("+7 (___) ___-__-__", "phone_input_mask")]),
          ("hil", ["Ngalan: ", N("(Apelyido, Ngalan, M.I.)", "blank_field"), "\nPetsa sang pagkatawo: ", N("MM/DD/YYYY", "date_mask"), "\nNumero: ", N("09XX XXX XXXX", "phone_input_mask")]),
          ("mai", ["नाम: ", N("__________", "blank_field"), "\nजन्म तिथि: ", N("दिन/मास/वर्ष", "date_mask"), "\nफोन: ", N("+91 XXXXX XXXXX", "phone_input_mask")])]
    ck, body = pick(xs)
    return "blank_form", ck, body


@tpl(clean=True)
def c_clean_tech():
    k = R.randint(0, 5)
    if k == 0:
        return "gettext_po", "en", ["# SOME DESCRIPTIVE TITLE.\n# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n# ", N("FIRST AUTHOR <EMAIL@ADDRESS>", "po_template_placeholder"), ", YEAR.\n\"Last-Translator: ",
                                    N("FULL NAME <EMAIL@ADDRESS>", "po_template_placeholder"), "\\n\"\n\"Language-Team: LANGUAGE <", N("LL@li.org", "po_template_placeholder"), ">\\n\""]
    if k == 1:
        return "rpm_spec", "en", ["%changelog\n* ", N("Thu Jul 18 2024", "changelog_date"), " ", N("Fedora Release Engineering <releng@fedoraproject.org>", "bot_author"), " - ", N("2.4.1-3", "version"), "\n- Rebuilt for mass rebuild"]
    if k == 2:
        return "nmap_scan", "en", ["Nmap scan report for ", N("scanme.nmap.org (45.33.32.156)", "public_test_host"), "\nHost is up (", N("0.%03ds" % R.randint(10, 300), "latency"), " latency).\nPORT   STATE SERVICE\n22/tcp open  ssh\n",
                                   N("Nmap done: 1 IP address (1 host up) scanned in 1.%02d seconds" % R.randint(0, 99), "nmap_summary")]
    if k == 3:
        return "frigate_yaml", "en", ["cameras:\n  porch:\n    ffmpeg:\n      inputs:\n        - path: rtsp://", N("{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}", "frigate_env_ref"), "@", N("127.0.0.1", "loopback"), ":8554/porch\n    detect:\n      width: 1280\n      height: 720"]
    if k == 4:
        return "amadeus_pnr", "en", ["Training PNR from the course handout:\n  1.", N("TEST/PASSENGER MR", "training_pnr_name"), "\n  2  XX 123 Y 10OCT 4 AAABBB HK1\n  3 APE ", N("noreply@airline.test", "reserved_tld"),
                                     "\n  4 SSR DOCS YY HK1 P/", N("UTO/L898902C3/UTO/12AUG74/F/15APR12", "icao_specimen_docs")]
    return "wrangler_toml", "en", ['name = "tide-bot"\n', N('account_id = "%s"\n' % rnd(R, HEX, 32), "cf_account_id"), '[vars]\nTIMEZONE = "Pacific/Rarotonga"\nCURRENCY = "NZD"\n# secrets via `wrangler secret put API_TOKEN`']


# ---------------------------------------------------------------- validation

def cf_ok(s):
    from corpuslib import cf_check
    return len(s) == 16 and cf_check(s[:15]) == s[15]


ROLE = {"noreply", "support", "info", "admin", "security", "team", "office", "releng", "translators"}


def validate(rec, phones_ok=None):
    """Raises AssertionError when a record breaks a rule of this part."""
    import re
    check_record(rec)
    t = rec["text"]
    masked = list(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            masked[i] = " "
        v = sp["value"]
        ty = sp["type"]
        if ty == "iban":
            c = v.replace(" ", "")
            assert iban_mod97(c) == 1, v
            assert len(c) == IBAN_LEN.get(c[:2], IBAN_EXTRA_LEN.get(c[:2])), v
        elif ty == "card":
            assert luhn_ok("".join(ch for ch in v if ch.isdigit())), v
        elif ty == "ip":
            ipaddress.ip_address(v)
        elif ty == "email":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v), v
        elif ty == "gov_id":
            sub = sp.get("sub")
            c = v.replace(" ", "").replace("-", "")
            if sub == "it_cf":
                assert cf_ok(v), v
            elif sub == "ec_cedula":
                assert ec_ok(c), v
            elif sub == "gt_nit":
                assert _gt_nit_check(c[:-1]) == c[-1], v
            elif sub == "tw_id":
                assert tw_ok(v), v
            elif sub == "fr_spi":
                assert fr_spi_ok(c), v
            elif sub == "fr_nir_976":
                assert 97 - int(c[:13]) % 97 == int(c[13:]), v
            elif sub == "ua_unzr":
                assert ua_unzr_ok(v), v
            elif sub == "es_dni":
                assert DNI_L[int(c[:8]) % 23] == c[8], v
        elif ty == "person":
            assert v.strip() and "  " not in v, v
    rest = "".join(masked)
    # no e-mail outside a label (role addresses and reserved test domains aside)
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", rest):
        loc = m.group(0).split("@")[0].lower()
        dom = m.group(0).split("@")[1].lower()
        assert loc in ROLE or dom.endswith((".test", ".org")) and loc in ROLE | {"ll"} or dom.endswith(".test"), (m.group(0), rec["id"] if "id" in rec else "")
    # no labelled name word left unlabelled elsewhere in the record
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            for w in re.split(r"[\s<'/,.]+", sp["value"]):
                if len(w) >= 3 and w.lower() not in ("mrs", "the", "van", "des", "del"):
                    words.add(w)
    for w in words:
        assert not re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", rest, re.I), (w, rec.get("id"))


def all_phones(recs):
    out = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                out.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    return out


# ---------------------------------------------------------------- assembly

def wrap(form, lang, parts):
    reqs = REQ.get(lang) or (REQ["en"] if lang in ("en", "cr", "crg", "lkt", "esu", "gul", "tiv", "nrf", "rar", "tvl", "pau", "loz", "hz", "naq", "doi", "bal") else None)
    if not reqs:
        return parts
    q = pick(reqs)
    fence = chance(0.4)
    body = (["```\n"] + list(parts) + ["\n```"]) if fence else list(parts)
    return ([q, "\n\n"] + body) if chance(0.7) else (body + ["\n\n", q])


def count(rec):
    return Counter(sp["type"] for sp in rec["spans"])


def generate():
    lab = [(n, f) for n, f, c in TEMPLATES if not c]
    cln = [(n, f) for n, f, c in TEMPLATES if c for _ in range(CLEAN_W.get(n, 1))]
    cands = defaultdict(list)
    for n, f in lab:
        for _ in range(POOL):
            form, lang, parts = f()
            if chance(0.2):
                parts = wrap(form, lang, parts)
            rec = build("tmp", form, lang, parts)
            rec["tpl"] = n
            if not rec["spans"]:
                continue
            try:
                validate(rec)
            except AssertionError:
                continue
            cands[n].append(rec)
    # phones: drop candidates holding a number libphonenumber rejects
    flat = [r for n, _ in lab for r in cands[n]]
    bad = pv_check(all_phones(flat)) or []
    badv = {ln.split("\t")[1] for ln in bad}
    for n, _ in lab:
        cands[n] = [r for r in cands[n] if not any(sp["type"] == "phone" and sp["value"] in badv for sp in r["spans"])]
    chosen = []
    used = Counter()
    for n, _ in lab:
        for r in cands[n][:KEEP]:
            chosen.append(r)
            used[n] += 1
        cands[n] = cands[n][KEEP:]
    cur = Counter()
    for r in chosen:
        cur.update(count(r))
    nlab = NREC - NCLEAN
    nen = sum(1 for r in chosen if r["lang"] == "en")
    while len(chosen) < nlab:
        k = len(chosen) + 1
        best, bs = None, None
        for n, _ in lab:
            if used[n] >= MAXT:
                continue
            for i, r in enumerate(cands[n][:6]):
                c = count(r)
                s = 0.0
                for t, tv in TARGET.items():
                    exp = tv * k / nlab
                    s += (cur[t] + c[t] - exp) ** 2 / tv
                s += 0.6 * used[n] + (2.0 if (r["lang"] == "en" and nen > 0.42 * k) else 0)
                if bs is None or s < bs:
                    best, bs = (n, i), s
        n, i = best
        r = cands[n].pop(i)
        chosen.append(r)
        used[n] += 1
        cur.update(count(r))
        nen += r["lang"] == "en"
    clean = []
    seen = set()
    i = 0
    while len(clean) < NCLEAN:
        n, f = cln[i % len(cln)]
        i += 1
        form, lang, parts = f()
        if chance(0.15):
            parts = wrap(form, lang, parts)
        rec = build("tmp", form, lang, parts)
        if rec["text"] in seen:
            continue
        seen.add(rec["text"])
        assert not rec["spans"]
        rec["tpl"] = n
        clean.append(rec)
    allr = chosen + clean
    R.shuffle(allr)
    out = []
    for j, r in enumerate(allr):
        r.pop("tpl")
        r["id"] = "%s%05d" % (PREFIX, j)
        out.append(build(r["id"], r["form"], r["lang"], []) and r)
    return [{"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})} for r in out]


def stats(recs):
    c = Counter()
    forms, langs, negs = Counter(), Counter(), Counter()
    subs = defaultdict(Counter)
    for r in recs:
        for sp in r["spans"]:
            c[sp["type"]] += 1
            subs[sp["type"]][sp.get("sub", "")] += 1
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        for n in r.get("neg", []):
            negs[n] += 1
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(c.values())))
    print("labels: " + ", ".join("%s %d" % kv for kv in c.most_common()))
    print("langs (%d): " % len(langs) + ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("forms: %d; neg tags: %d" % (len(forms), len(negs)))
    print("gov_id subs: " + ", ".join("%s %d" % kv for kv in subs["gov_id"].most_common()))
    print("secret subs (%d): " % len(subs["secret"]) + ", ".join("%s %d" % kv for kv in subs["secret"].most_common()))
    print("phone plans (%d): " % len(subs["phone"]) + ", ".join("%s %d" % kv for kv in subs["phone"].most_common()))
    print("iban: " + ", ".join("%s %d" % kv for kv in subs["iban"].most_common()))
    print("address cultures (%d)" % len(subs["address"]))


def main():
    recs = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            have = [json.loads(ln) for ln in f]
        assert have == recs, "heldout14.jsonl differs from what the generator makes"
        for r in have:
            validate(r)
        bad = pv_check(all_phones(have))
        assert bad == [] or bad is None, bad
        assert len(have) == NREC and sum(1 for r in have if not r["spans"]) == NCLEAN
        print("ok: %d records, %d phones valid (libphonenumber)" % (len(have), len(all_phones(have))))
        return
    if "--stats" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            stats([json.loads(ln) for ln in f])
        return
    for r in recs:
        validate(r)
    write_jsonl(OUT, recs)
    stats(recs)


if __name__ == "__main__":
    main()
