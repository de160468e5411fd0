"""Shared building blocks of the redaction corpus generators (gen_dev.py and
heldout/gen_heldout.py): the record builder that computes exact spans, and the
checksum and format rules every value must obey (format specifications, not
the redactor's patterns). Formatting choices, templates, sentence frames and
name/street/city lists are NOT here: each part has its own.

Offsets are in Unicode code points (Python str indices) of the record's text,
end exclusive: text[start:end] == value.
"""
import json
import string

# ---------------------------------------------------------------- records

SEPS = {
    "nbsp": "\u00a0",      # NO-BREAK SPACE
    "nnbsp": "\u202f",     # NARROW NO-BREAK SPACE (French number grouping)
    "endash": "\u2013",
    "space": " ",
    "dash": "-",
    "dot": ".",
}
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class L:
    """A labelled value inside a template: type, the exact text, metadata
    (sub: subtype, region: phone plan used, ...)."""
    __slots__ = ("type", "value", "meta")

    def __init__(self, type_, value, **meta):
        self.type = type_
        self.value = value
        self.meta = meta


class N:
    """An unlabelled look-alike (hard negative) with its category tag."""
    __slots__ = ("text", "tag")

    def __init__(self, text, tag):
        self.text = text
        self.tag = tag


def _walk(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _walk(p)
        else:
            yield p


def build(rid, form, lang, parts):
    """parts: strings, L, N, or nested lists of them. Returns the record."""
    text, spans, negs = "", [], []
    for p in _walk(parts):
        if isinstance(p, str):
            text += p
        elif isinstance(p, L):
            s = len(text)
            text += p.value
            sp = {"start": s, "end": len(text), "type": p.type, "value": p.value}
            sp.update(p.meta)
            spans.append(sp)
        elif isinstance(p, N):
            text += p.text
            negs.append(p.tag)
        else:
            raise TypeError(repr(p))
    rec = {"id": rid, "form": form, "lang": lang, "text": text, "spans": spans}
    if negs:
        rec["neg"] = sorted(set(negs))
    return rec


def check_record(rec):
    t = rec["text"]
    last = 0
    for sp in rec["spans"]:
        assert 0 <= sp["start"] < sp["end"] <= len(t), rec
        assert t[sp["start"]:sp["end"]] == sp["value"], rec
        assert sp["start"] >= last, ("overlapping or unordered spans", rec)
        last = sp["end"]
        assert sp["type"] in TYPES, rec
        v = sp["value"]
        assert v == v.strip(), ("label with surrounding space", rec)


TYPES = ("email", "phone", "card", "iban", "ip", "gov_id", "secret", "person",
         "address", "dob")


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            check_record(r)
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


# ---------------------------------------------------------------- checksums


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def iban_mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_make(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r.upper()))
    return "%s%02d%s" % (country, 98 - n % 97, bban)


# SWIFT IBAN registry: BBAN structure (n digits, a upper letters, c alnum).
IBAN_SPEC = {
    "AD": "4n4n12c", "AE": "3n16n", "AT": "5n11n", "BE": "3n7n2n", "BG": "4a4n2n8c",
    "BR": "8n5n10n1a1c", "CH": "5n12c", "CY": "3n5n16c", "CZ": "4n6n10n",
    "DE": "8n10n", "DK": "4n9n1n", "EE": "2n2n11n1n", "ES": "4n4n1n1n10n",
    "FI": "3n11n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GR": "3n4n16c",
    "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c",
    "MC": "5n5n11c2n", "MT": "4a5n18c", "NL": "4a10n", "NO": "4n6n1n",
    "PL": "8n16n", "PT": "4n4n11n2n", "RO": "4a16c", "SA": "2n18c", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "TR": "5n1c16c",
}


def bban_len(spec):
    import re
    return sum(int(n) for n in re.findall(r"(\d+)[nac]", spec))


IBAN_LEN = {c: 4 + bban_len(s) for c, s in IBAN_SPEC.items()}


def bban_random(R, country):
    import re
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", IBAN_SPEC[country]):
        alpha = {"n": string.digits, "a": string.ascii_uppercase,
                 "c": string.digits + string.ascii_uppercase}[k]
        if k == "c":  # mostly digits, as real account numbers are
            alpha = string.digits * 12 + string.ascii_uppercase
        out += "".join(R.choice(alpha) for _ in range(int(n)))
    return out


def _fr_rib_key(bank, branch, acct):
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    b, g, a = int(bank), int(branch), int(acct.translate(conv))
    return "%02d" % (97 - ((89 * b + 15 * g + 3 * a) % 97))


def _es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (d("00" + bank + branch), d(acct))


def _it_cin(abi, cab, acct):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]
    s = 0
    for i, c in enumerate(abi + cab + acct):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += odd[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_random(R, country):
    """A valid IBAN (mod 97, registry length); FR, ES, IT, BE, PT also carry
    valid national check digits."""
    bban = bban_random(R, country)
    if country == "FR":
        bban = bban[:21] + _fr_rib_key(bban[:5], bban[5:10], bban[10:21])
    elif country == "ES":
        bban = bban[:8] + _es_dc(bban[:4], bban[4:8], bban[10:]) + bban[10:]
    elif country == "IT":
        rest = bban[1:]
        bban = _it_cin(rest[:5], rest[5:10], rest[10:]) + rest
    elif country == "BE":
        bban = bban[:10] + "%02d" % ((int(bban[:10]) % 97) or 97)
    elif country == "PT":
        bban = bban[:19] + "%02d" % (98 - (int(bban[:19]) * 100) % 97)
    iban = iban_make(country, bban)
    assert iban_mod97(iban) == 1 and len(iban) == IBAN_LEN[country]
    return iban


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- gov ids


def ssn_valid(a, g, s):
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def ssn_random(R):
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if ssn_valid(a, g, s):
            return "%03d" % a, "%02d" % g, "%04d" % s


def itin_random(R):
    g = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%02d" % R.randint(0, 99), "%02d" % g, "%04d" % R.randint(0, 9999)


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_random(R):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in NINO_BAD_PREFIX:
            break
    return p, "%06d" % R.randint(0, 999999), R.choice("ABCD")


def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_random(R):
    while True:
        d9 = str(R.randint(4, 9)) + "".join(R.choice(string.digits) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            return d9 + c


def nhs_ok(s):
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


def steuerid_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def steuerid_random(R):
    """11 digits; first not 0; among the first ten exactly one digit occurs
    twice (or three times, not adjacent thrice), the others at most once;
    ISO 7064 MOD 11,10 check digit."""
    while True:
        digits = R.sample(string.digits, 9)
        dup = R.choice(digits)
        d = digits + [dup]
        R.shuffle(d)
        s = "".join(d)
        if s[0] == "0":
            continue
        return s + steuerid_check(s)


def steuerid_ok(s):
    from collections import Counter
    if len(s) != 11 or s[0] == "0":
        return False
    cnt = Counter(s[:10])
    if sorted(cnt.values())[-1] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return steuerid_check(s[:10]) == s[10]


def nir_random(R, sex=None, yy=None, mm=None):
    sex = sex or R.choice("12")
    yy = yy if yy is not None else R.randint(40, 99)
    mm = mm or R.randint(1, 12)
    dept = R.choice(["75", "69", "13", "33", "59", "2A", "2B", "31", "44", "67", "92", "93"])
    commune = "%03d" % R.randint(1, 400)
    order = "%03d" % R.randint(1, 999)
    body = "%s%02d%02d%s%s%s" % (sex, yy, mm, dept, commune, order)
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = "%02d" % (97 - num % 97)
    return body, key


def nir_ok(body, key):
    num = int(body.replace("2A", "19").replace("2B", "18"))
    return int(key) == 97 - num % 97


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_random(R):
    n = R.randint(1, 99999999)
    return "%08d" % n, DNI_LETTERS[n % 23]


def nie_random(R):
    p = R.choice("XYZ")
    n = "%07d" % R.randint(0, 9999999)
    return p, n, DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]


def nie_ok(s):
    return s[8] == DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23]


CF_ODD = dict(zip(string.digits + string.ascii_uppercase,
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                   16, 10, 22, 25, 24, 23]))
CF_EVEN = dict(zip(string.digits + string.ascii_uppercase,
                   list(range(10)) + list(range(26))))
CF_MONTH = "ABCDEHLMPRST"


def cf_check(s15):
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s15))
    return chr(65 + t % 26)


def _cf_part(word, is_name):
    w = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_make(surname, given, yy, mm, dd, female, belfiore):
    s = _cf_part(surname, False) + _cf_part(given, True) + "%02d" % yy + CF_MONTH[mm - 1] + \
        "%02d" % (dd + (40 if female else 0)) + belfiore
    return s + cf_check(s)


def bsn_ok(s):
    if len(s) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return t % 11 == 0 and t != 0


def bsn_random(R):
    while True:
        s = str(R.randint(1, 6)) + "".join(R.choice(string.digits) for _ in range(8))
        if bsn_ok(s):
            return s


# Verhoeff (Aadhaar)
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_random(R):
    body = str(R.randint(2, 9)) + "".join(R.choice(string.digits) for _ in range(10))
    s = body + verhoeff_digit(body)
    assert verhoeff_ok(s)
    return s


def pan_random(R, holder="P", surname="X"):
    first = "".join(R.choice(string.ascii_uppercase) for _ in range(3))
    return first + holder + surname[0].upper() + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase)


def cpf_digits(d9):
    s1 = sum(int(c) * (10 - i) for i, c in enumerate(d9)) * 10 % 11 % 10
    d10 = d9 + str(s1)
    s2 = sum(int(c) * (11 - i) for i, c in enumerate(d10)) * 10 % 11 % 10
    return d10 + str(s2)


def cpf_random(R):
    while True:
        d9 = "".join(R.choice(string.digits) for _ in range(9))
        if len(set(d9)) > 1:
            return cpf_digits(d9)


def cpf_ok(s):
    return len(s) == 11 and len(set(s)) > 1 and cpf_digits(s[:9]) == s


# ---------------------------------------------------------------- month names

# Month names per language (facts, not a formatting choice).
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}


# ---------------------------------------------------------------- cards

# (issuer, prefixes, lengths)
CARD_ISSUERS = [
    ("visa", ["4"], [16]), ("visa13", ["4"], [13]),
    ("mastercard", ["51", "52", "53", "54", "55"], [16]),
    ("mastercard2", ["2221", "2300", "2500", "2720"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "644", "649", "65"], [16]),
    ("jcb", ["3528", "3530", "3589"], [16]),
    ("diners", ["36", "300", "305", "38"], [14]),
    ("unionpay", ["62"], [16, 17, 18, 19]),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [12, 13, 15, 16, 19]),
    ("rupay", ["6069", "6521", "6522", "8172", "5085"], [16]),
    ("troy", ["9792"], [16]),
    ("mir", ["2200", "2201", "2202", "2204"], [16]),
]


def card_random(R, issuer):
    for name, prefixes, lengths in CARD_ISSUERS:
        if name == issuer:
            p = R.choice(prefixes)
            n = R.choice(lengths)
            body = p + "".join(R.choice(string.digits) for _ in range(n - len(p) - 1))
            return luhn_complete(body)
    raise KeyError(issuer)


def card_grouping(n):
    return {12: [4, 4, 4], 13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4],
            17: [4, 4, 4, 5], 18: [4, 4, 4, 6], 19: [4, 4, 4, 4, 3]}[n]


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return out


# ---------------------------------------------------------------- phones

def digits(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nz(R, n):
    return R.choice("123456789") + digits(R, n - 1)


# Numbering plans (national significant numbers, NSN) after the ITU-T E.164
# assignments and the national regulators' plans: country calling code,
# trunk prefix, and ranges by kind. Each entry: kind -> function(R) -> NSN.
US_AREAS = ["201", "202", "206", "212", "213", "305", "312", "415", "503", "512",
            "617", "702", "713", "718", "801", "904", "917", "949", "303", "404"]
CA_AREAS = ["416", "604", "514", "403", "613"]


def _nanp_line(R, areas):
    while True:
        exch = R.choice("23456789") + digits(R, 2)
        if exch[1:] != "11" and exch != "555":
            break
    return R.choice(areas) + exch + digits(R, 4)


GB_MOBILE = ["740", "741", "742", "744", "746", "747", "748", "749", "751", "753", "754", "755", "756",
             "757", "758", "759", "771", "772", "773", "774", "775", "776", "777", "780", "781", "784",
             "785", "786", "787", "788", "789", "790", "792", "794", "795", "796", "797", "798", "799"]

PLANS = {
    "US": (1, "1", {"fixed_or_mobile": lambda R: _nanp_line(R, US_AREAS),
                    "fiction": lambda R: R.choice(US_AREAS) + "5550" + "1" + digits(R, 2),
                    "toll_free": lambda R: R.choice(["800", "888", "877", "866"]) + R.choice("23456789") + digits(R, 6)}),
    "CA": (1, "1", {"fixed_or_mobile": lambda R: _nanp_line(R, CA_AREAS)}),
    "GB": (44, "0", {"mobile": lambda R: R.choice(GB_MOBILE) + digits(R, 7),
                     "london": lambda R: "20" + R.choice("78") + digits(R, 7),
                     "fixed": lambda R: R.choice(["161", "121", "113", "131", "141"]) + R.choice("234") + digits(R, 6)}),
    "DE": (49, "0", {"mobile": lambda R: R.choice(["151", "152", "157", "159"]) + nz(R, 8),
                     "mobile7": lambda R: R.choice(["160", "170", "171", "172", "173", "175", "176", "177", "178", "179"]) + nz(R, 7),
                     "berlin": lambda R: "30" + nz(R, 8),
                     "fixed": lambda R: R.choice(["89", "40", "69", "221", "211", "711"]) + nz(R, 7)}),
    "AT": (43, "0", {"mobile": lambda R: R.choice(["664", "660", "676", "699", "650"]) + nz(R, 7),
                     "vienna": lambda R: "1" + R.choice("23456789") + digits(R, 6)}),
    "CH": (41, "0", {"mobile": lambda R: R.choice(["76", "77", "78", "79"]) + nz(R, 7),
                     "fixed": lambda R: R.choice(["44", "22", "31", "61"]) + nz(R, 7)}),
    "FR": (33, "0", {"mobile": lambda R: R.choice(["60", "61", "62", "63", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + digits(R, 7),
                     "fixed": lambda R: R.choice("12345") + nz(R, 8)}),
    "BE": (32, "0", {"mobile": lambda R: R.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"]) + digits(R, 6),
                     "fixed": lambda R: "2" + R.choice("234567") + digits(R, 6)}),
    "NL": (31, "0", {"mobile": lambda R: "6" + R.choice("12345") + digits(R, 7),
                     "fixed": lambda R: R.choice(["20", "10", "30", "70"]) + nz(R, 7)}),
    "ES": (34, "", {"mobile": lambda R: "6" + digits(R, 8),
                    "mobile7": lambda R: "7" + R.choice("1234") + digits(R, 7),
                    "fixed": lambda R: R.choice(["91", "93", "95", "96"]) + nz(R, 7)}),
    "PT": (351, "", {"mobile": lambda R: "9" + R.choice("1236") + digits(R, 7),
                     "fixed": lambda R: "2" + R.choice("12") + nz(R, 7)}),
    "IT": (39, "", {"mobile": lambda R: "3" + R.choice(["20", "27", "28", "29", "30", "31", "33", "34", "35", "36", "38", "39", "40", "42", "43", "45", "46", "47", "48", "49", "88", "89", "91", "92", "93"]) + digits(R, 7),
                    "rome": lambda R: "06" + nz(R, 8),
                    "milan": lambda R: "02" + nz(R, 8)}),
    "PL": (48, "", {"mobile": lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(R, 7),
                    "fixed": lambda R: "22" + nz(R, 7)}),
    "IE": (353, "0", {"mobile": lambda R: R.choice(["83", "85", "86", "87", "89"]) + nz(R, 7)}),
    "SE": (46, "0", {"mobile": lambda R: "7" + R.choice("0236") + digits(R, 7)}),
    "IN": (91, "0", {"mobile": lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + digits(R, 8)}),
    "BR": (55, "0", {"mobile": lambda R: R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"]) + "9" + R.choice("6789") + digits(R, 7),
                     "fixed": lambda R: R.choice(["11", "21", "31", "41", "51", "61"]) + R.choice("2345") + digits(R, 7)}),
    "MX": (52, "", {"any": lambda R: R.choice(["55", "33", "81"]) + nz(R, 8)}),
    "CN": (86, "0", {"mobile": lambda R: "1" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + digits(R, 8),
                     "beijing": lambda R: "10" + R.choice("68") + digits(R, 7)}),
    "SG": (65, "", {"mobile": lambda R: R.choice("89") + R.choice("1234567") + digits(R, 6),
                    "fixed": lambda R: "6" + R.choice("1234578") + digits(R, 6)}),
    "HK": (852, "", {"mobile": lambda R: R.choice(["51", "52", "53", "54", "55", "56", "59", "61", "62", "63", "64", "65", "66", "67", "69", "90", "91", "92", "93", "94", "95", "96", "97"]) + digits(R, 6),
                     "fixed": lambda R: R.choice(["21", "23", "24", "25", "26", "27", "28"]) + digits(R, 6)}),
    "RU": (7, "8", {"mobile": lambda R: "9" + R.choice(["01", "03", "05", "10", "12", "15", "16", "17", "20", "21", "25", "26", "29", "50", "60", "61", "62", "63", "65", "77", "85", "99"]) + digits(R, 7),
                    "moscow": lambda R: R.choice(["495", "499"]) + nz(R, 7)}),
    "JP": (81, "0", {"mobile": lambda R: R.choice(["90", "80", "70"]) + nz(R, 8)}),
    "AU": (61, "0", {"mobile": lambda R: "4" + R.choice("0123") + digits(R, 7)}),
    "ZA": (27, "0", {"mobile": lambda R: R.choice(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84"]) + digits(R, 7)}),
}


def phone_nsn(R, region, kind=None):
    cc, trunk, kinds = PLANS[region]
    if kind is None:
        kind = R.choice(sorted(kinds))
    return cc, trunk, kind, kinds[kind](R)


# ---------------------------------------------------------------- secrets
B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rnd(R, alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def secret_random(R, kind):
    """Credential formats as the providers document them (and as gitleaks /
    trufflehog rules describe their shape)."""
    if kind == "aws_access_key_id":
        return R.choice(["AKIA", "ASIA"]) + rnd(R, B32, 16)
    if kind == "aws_secret_access_key":
        return rnd(R, B64, 40)
    if kind == "github_pat":
        return R.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rnd(R, ALNUM, 36)
    if kind == "github_fine_grained":
        return "github_pat_" + rnd(R, ALNUM, 22) + "_" + rnd(R, ALNUM, 59)
    if kind == "gitlab_pat":
        return "glpat-" + rnd(R, URLSAFE, 20)
    if kind == "slack_token":
        return R.choice(["xoxb-", "xoxp-"]) + "%d-%d-" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12)) + rnd(R, ALNUM, 24)
    if kind == "slack_webhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rnd(R, string.ascii_uppercase + string.digits, 10), rnd(R, string.ascii_uppercase + string.digits, 10), rnd(R, ALNUM, 24))
    if kind == "stripe":
        return R.choice(["sk_live_", "sk_test_", "rk_live_"]) + rnd(R, ALNUM, R.choice([24, 34, 99]))
    if kind == "google_api_key":
        return "AIza" + rnd(R, URLSAFE, 35)
    if kind == "openai":
        if R.random() < 0.5:
            return "sk-proj-" + rnd(R, URLSAFE, 74) + "T3BlbkFJ" + rnd(R, URLSAFE, 74)
        return "sk-" + rnd(R, ALNUM, 20) + "T3BlbkFJ" + rnd(R, ALNUM, 20)
    if kind == "anthropic":
        return "sk-ant-api03-" + rnd(R, URLSAFE, 93) + "AA"
    if kind == "jwt":
        import base64
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}).encode()).rstrip(b"=").decode()
        body = base64.urlsafe_b64encode(json.dumps({"sub": str(R.randint(1000, 99999)), "iat": R.randint(1600000000, 1800000000), "scope": R.choice(["read", "admin", "user:email"])}).encode()).rstrip(b"=").decode()
        return hdr + "." + body + "." + rnd(R, URLSAFE, R.choice([43, 86]))
    if kind == "npm_token":
        return "npm_" + rnd(R, ALNUM, 36)
    if kind == "sendgrid":
        return "SG." + rnd(R, URLSAFE, 22) + "." + rnd(R, URLSAFE, 43)
    if kind == "twilio":
        return "SK" + rnd(R, "0123456789abcdef", 32)
    if kind == "hex32":
        return rnd(R, "0123456789abcdef", 32)
    if kind == "password":
        words = ["Summer", "Blue", "Tiger", "Orange", "Kaffee", "Soleil", "Luna", "Falcon", "Pepper", "Nordic"]
        return R.choice(words) + R.choice(["!", "#", "$", "%", "&", "*", "_"]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "?"])
    if kind == "pem":
        typ = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = [rnd(R, B64, 64) for _ in range(R.randint(3, 8))] + [rnd(R, B64, R.randint(8, 60)) + "=="]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, "\n".join(lines), typ)
    raise KeyError(kind)
